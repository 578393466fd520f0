"""A request's frame read away: who it is addressed to, and figures named by what they are.

A request written to a colleague or to an AI assistant wraps its ask: "Hi Jess, can you highlight
any study still down as tbc? Thanks, Omar", "You are an Excel expert. Write a rule that shades the
emptiest 20% of the reservoirs.", "Act as an Excel helper and mark gestations of 24 weeks or
less". `unaddressed` leaves out the greeting with its name, the sign-off with its name and the role
given to the reader, and reads "write a rule that shades X" as "shade X"; the names are no values
of the rule (on a table they were read as cell texts: `OR(TextEquals("Jess"), ...)`).

A figure is often named by what it is: "slower than the 15-minute club standard", "over the 34.2 MN
alarm setting", "at or above the 20% extrait threshold", "matching the £150 rate we charge for
gowns". `figures_named` keeps the comparison and the figure with its unit ("slower than 15-minute")
and leaves out the article and the name after it, which end in a word for a reference figure
("standard", "limit", "target" ...); a superlative after the figure ("the 3 heaviest") is a
ranking and stays. A pace against a time ("faster than 20-minute", "quicker than 405-second") is
fewer minutes or seconds: less than; slower is more. An Excel error value as the text a cell
equals ("tip = #N/A err", "dep = #VALUE!") is the cell's error: the language tests errors, not which.

These are rewrites of the text the pipeline reads (`asking.asked`); the answer echoes the request
as typed. Their words were chosen from English and from the fifteenth sets' dev halves
(benchmarks/data/fifteenth_*.json), never from their test halves.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’-]+"
_GREETING = re.compile(rf"^\W*(?i:hi|hello|hey|hiya|dear|morning|afternoon|good\s+(?:morning|afternoon|evening)|"
                       rf"greetings)\b(?:\s+(?:(?i:there|team|all|everyone|folks|guys)|{_NAME}))?"
                       r"(?:\s*[,!:]\s*|\s+[–—-]\s+)")
_THANKS = (r"(?:thanks(?:\s+(?:so\s+much|a\s+lot|again|in\s+advance))?|thank\s+you|thx|ta|cheers|danke|merci|"
           r"gracias|grazie|regards|kind\s+regards|best(?:\s+wishes)?|many\s+thanks|much\s+appreciated|"
           r"ta\s+very\s+much)")
_SIGN_OFF = re.compile(rf"(?<=[.?!])\s*(?i:{_THANKS})\b\s*[,!.]?\s*(?:[-–—]\s*)?(?:{_NAME})?\s*[.!]*\s*$")
_THANKS_ONLY = re.compile(rf"(?:\W*(?i:{_THANKS}|hi|hello|hey)\b)+\W*")
_ROLE = re.compile(r"^\W*(?:(?:you\s+are|you['’]re|act(?:ing)?\s+as|as|pretend\s+(?:you['’]re|you\s+are|to\s+be)|"
                   r"imagine\s+you['’]re|be)\s+(?:an?\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:excel|spreadsheet|sheets|"
                   r"formatting|data|office)\s+(?:expert|helper|assistant|guru|pro|wizard|specialist|analyst|"
                   r"consultant|bot|whizz?|genius|power\s+user)s?\b\s*(?:[:.,;!–—-]+\s*(?:and\s+)?|\s+and\s+))",
                   re.IGNORECASE)
_ASK_VERB = r"(?:highlight|hilight|shade|colou?r|mark|flag|format|bold|fill|grey|gray|tint|emphasi[sz]e|pick\s+out)"
_WRITE_RULE = re.compile(r"^\W*(?:please\s+|now\s+|kindly\s+)?(?:write|create|give\s+me|make|generate|produce|build|"
                         r"set\s+up|add|suggest|draft)\s+(?:me\s+)?(?:an?\s+|the\s+|one\s+)?(?:excel\s+)?"
                         r"(?:conditional[\s-]+format(?:ting)?\s+|cf\s+)?(?:rule|formula|format(?:ting)?)\s+"
                         rf"(?:that|which|to)\s+(?:will\s+|would\s+|should\s+|can\s+)?(?P<verb>{_ASK_VERB})(?:e?s)?\b",
                         re.IGNORECASE)


def unaddressed(text: str) -> str:
    """`text` without its greeting and sign-off and their names, and without a role given to
    the reader ("You are an Excel expert."); "write a rule that shades X" is "shade X"."""
    cut = _SIGN_OFF.sub("", _GREETING.sub("", text)).strip()
    cut = _ROLE.sub("", cut)
    cut = _WRITE_RULE.sub(lambda m: m.group("verb"), cut)
    for sentence in re.split(r"(?<=[.!?])\s+", cut):  # "You are an Excel expert. Write a rule that ..."
        if _ROLE.match(sentence + " ") and len(sentence) < len(cut):
            cut = cut.replace(sentence, "", 1).strip()
            cut = _WRITE_RULE.sub(lambda m: m.group("verb"), cut)
    return cut if cut and not _THANKS_ONLY.fullmatch(cut) else text  # "Thanks! Cheers.": nothing asked


# a figure named by what it is: "the 15-minute club standard", "our 20-minute target"
_REFERENCE = (r"(?:standard|limit|line|threshold|target|minimum|maximum|min|max|setting|mark|trigger|floor|ceiling|"
              r"cap|cut-?off|rate|time|slot|weight|stack|bar|allowance|budget|quota|par|benchmark|norm|baseline|"
              r"point|goal|requirement|guideline|spec|tolerance|alarm|warning|alert|record|price|fee|charge|figure|"
              r"amount|level|margin|buffer|band|value|reading|score|size|length|speed|capacity|trip|rule)s?")
_COMPARING = (r"(?:than|least|most|between|over|under|above|below|past|beyond|exceed(?:s|ed|ing)?|"
              r"match(?:es|ed|ing)?|at|to|of|within|reach(?:es|ed|ing)?|hit(?:s|ting)?|meet(?:s|ing)?|equal(?:s|ling)?|as|from|and|short\s+of)")
_NUMBER = r"[$£€]?\d[\d,]*(?:\.\d+)?(?:%|[kKmM]\b)?"
_UNIT = (r"(?:(?<!%)(?:-|\s)?(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|mm|cm|m|km|"
         r"ft|yd|mi|g|kg|t|lbs?|oz|mg|ml|l|L|litres?|liters?|gal|mph|kph|km/h|kmh|knots?|kn|nm|dB|Hz|kHz|V|W|kW|"
         r"kWh|MW|MN|kN|N|Pa|kPa|bar|psi|ATA|°C|°F|°|C|F|pts|ppm|ppb|m³|m²|m3|m2|cc|rpm|bpm|mmHg|lux|GB|MB|TB)"
         r"(?![\w³²/]))?")
_FIGURE = re.compile(rf"\b(?P<cue>{_COMPARING})\s+(?:the|our|their|my|your|its|this|that|a|an)\s+"
                     rf"(?:(?:usual|normal|standard|regular|current|agreed|official|new|old)\s+)?"
                     rf"(?P<figure>{_NUMBER}{_UNIT})"
                     rf"(?P<name>(?:\s+(?!(?:but|and|or|yet|while)\b)[a-z][\w'’-]*){{0,3}}?\s+(?:[\w-]+-)?{_REFERENCE})"
                     r"(?P<tail>\s+(?:for|we|they|you|that|which|set|used|agreed|on)\b[^,.;:!?]*?)?"
                     r"(?=\s*(?:$|[,.;:!?)])|\s+(?:but|and|or|yet|while|though|in|on)\b)", re.IGNORECASE)
_TIME_UNIT = r"(?:s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)"
_PACE = re.compile(rf"\b(?P<way>faster|quicker|speedier|slower)\s+than\s+(?=[$£€]?\d[\d,.]*\s*-?\s*{_TIME_UNIT}\b)",
                   re.IGNORECASE)
_ERROR_VALUE = re.compile(r"(?:\s*(?:==?|\bis\b|\bequals?\b|\bequal\s+to\b|\bshows?\b|\bsays?\b|\breads?\b)\s*)"
                          r"[\"'“]?#(?:N/A|REF!|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)[\"'”]?"
                          r"(?:\s+err(?:or)?s?\b)?", re.IGNORECASE)

# a text named by whose it is: "the same name as our old club, Vixens", "other than our first patient's, Spike"
_SAME_AS = re.compile(r"\b(?:(?:with|having|sharing|that\s+(?:have|has|share)|who\s+(?:have|has|share))\s+)?"
                      r"the\s+same\s+(?:name|text|label|title|value|code|word|entry|wording)\s+as\s+[^,;:.!?\"“]+?,\s*"
                      r"(?P<text>[^,;:.!?\"“]+?)\s*(?=$|[.!?;])", re.IGNORECASE)
_OTHER_THAN_WHOSE = re.compile(r"\b(?:other\s+than|except(?:\s+for)?|apart\s+from|besides|but\s+not)\s+"
                               r"(?:[\w-]+\s+){0,4}?[\w-]+(?:['’]s|s['’]),\s*(?P<text>[A-Z][^,;:.!?\"“]*?)"
                               r"\s*(?=$|[.!?;])")
# figures excepted together: "other than £10 and £20" is neither
_OTHER_THAN_BOTH = re.compile(rf"\bother\s+than\s+({_NUMBER})\s+(?:and|or|&|nor)\s+({_NUMBER})(?![\d.,])",
                              re.IGNORECASE)

# "is still No", "is still down as tbc": what a cell holds, told as it stands
_STILL = re.compile(r"\b(is|are|was|were)(\s+not)?\s+(?:still\s+(?:(?:down|recorded|listed|entered|logged|set|marked)"
                    r"\s+as\s+)?|down\s+as\s+)", re.IGNORECASE)


def figures_named(text: str) -> str:
    """`text` with each figure named by what it is said as the figure ("than the 15-minute club
    standard" -> "than 15-minute"), a pace against a time as a comparison ("faster than 20-minute"
    -> "less than 20-minute"), an error value equalled as an error ("= #N/A" -> "is an error"), a
    cell's value "still" held as the value ("is still down as tbc" -> "is tbc"), a
    text named by whose it is as the text ("the same name as our old club, Vixens" -> 'equal to
    "Vixens"') and figures excepted together as neither ("other than £10 and £20")."""
    text = _FIGURE.sub(lambda m: f"{m.group('cue')} {m.group('figure')}", text)
    text = _PACE.sub(lambda m: ("more" if m.group("way").lower() == "slower" else "less") + " than ", text)
    text = _STILL.sub(lambda m: m.group(1) + (m.group(2) or "") + " ", text)
    text = _SAME_AS.sub(lambda m: f'equal to "{m.group("text")}"', text)
    text = _OTHER_THAN_WHOSE.sub(lambda m: f'not equal to "{m.group("text")}"', text)
    text = _OTHER_THAN_BOTH.sub(r"not equal to \1 and not equal to \2", text)
    return _ERROR_VALUE.sub(" is an error", text)
