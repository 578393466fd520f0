"""A request's frame read away: who it is addressed to, its chat, question, hedges and heading, and
figures named by what they are.

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
A clause cited first ("Per disciplinary code 7, ...") goes, a sign denied ("not > 5") is the
other bound, a figure's label ("< .3 = weak") goes, "rows with Room Count blanks" is that column
blank.

Other frames: a chat between A and B (`in_dialogue`: "A: mark the poor shooters. B: accuracy
under .2? A: yes" -> "mark accuracy under .2"), a question then the action (`quizzed`: "Is the
breed Nubian? Shade it." -> "Shade it if the breed is Nubian"), hedges (`unhedged`: "maybe ...?
if that makes sense"), a heading or a to-do item (`headlined`: "PIM Over 4 Up To 12: Amber" ->
"highlight PIM over 4 up to 12"), mentions and hashtags (`untagged`: "@sheet ... #orchids"), and a
literal given by a small sum (`worked_out`: "twice the 0.5 limit" -> 1, "3 x 5 percent", "100 more
than the usual 400", "2 dozen", "a quarter kilo" -> 0.25 kilo, which the table readers then put
in the column's unit), context around the ask (`uncontexted`: "Sheet2, rows 4 to 18, 2023 survey:
...", "(14 rows, 2022 sinking)": its figures are no literals), figures of speech, signs and
regional numbers (`idiomatic`: "north of 50", "= ∅", "∉ [1, 2]", "2 lakh", "Rs. 1200/-"), Excel's
menus as a request (`menu_path`: "New Rule > Cell Value > not between > 1 and 5") and formal, youth
and reference wordings (`registered`: "shall not exceed", "save those", "fr", "a baker's dozen"; an
exasperated user's asides: "oh great, another sheet.", "I guess"), and a request said through two
negations (`affirmed`: "don't leave out any X", "no X should go unmarked", "highlight nothing
except X", "the X, but not the ones that aren't Y"), a rule asked for again by what was done
before (`redone`: "last season I marked 10 outs or more, do that again"), a request in rhyme
(`versed`: "Nights that fall in the month after this, / colour them teal so none we miss") and
one written as a test scenario (`scenario`: "Scenario: ... Given ... When ... Then").

These are rewrites of the text the pipeline reads (`asking.asked`); the answer echoes the request
as typed. Their words were chosen from English and from the dev halves of the fifteenth to
twenty-fourth sets (benchmarks/data/*_cf.json, *_tables.json), never from their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.diffusion.spoken_numbers import number_word

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
              r"match(?:es|ed|ing)?|at|to|of|within|reach(?:es|ed|ing)?|hit(?:s|ting)?|meet(?:s|ing)?|"
              r"equal(?:s|ling)?|as|from|and|short\s+of)")
_NUMBER = r"[$£€]?\d[\d,]*(?:\.\d+)?(?:%|[kKmM]\b)?"
_UNIT = (r"(?:(?<!%)(?:-|\s)?(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|mm|cm|m|km|"
         r"ft|yd|mi|g|kg|t|lbs?|oz|mg|ml|l|L|litres?|liters?|gal|mph|kph|km/h|kmh|knots?|kn|nm|dB|Hz|kHz|V|W|kW|"
         r"kWh|MW|MN|kN|N|Pa|kPa|bar|psi|ATA|°C|°F|°|C|F|pts|ppm|ppb|m³|m²|m3|m2|cc|rpm|bpm|mmHg|lux|GB|MB|TB)"
         r"(?![\w³²/]))?")
_FIGURE = re.compile(rf"\b(?P<cue>{_COMPARING})\s+(?:the|our|their|my|your|its|this|that|a|an)\s+"
                     rf"(?:(?:usual|normal|standard|regular|current|agreed|official|new|old)\s+)?"
                     rf"(?P<figure>{_NUMBER}{_UNIT})(?!\s+(?:highest|lowest|largest|smallest|biggest|greatest|best|"
                     r"worst|top|bottom|fewest|least|most)\b)"  # "one of the 3 lowest values" is a rank
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


# A question, then the action: "Is the breed Nubian? Shade it." is "Shade it if the breed is Nubian"
_VERB_ORDER = r"(?:shade|mark|colou?r|highlight|flag|grey|gray|bold|fill|format|tint|make)"
_QUIZ = re.compile(r"^\W*(?P<be>is|are|was|were)\s+(?P<subject>(?:(?:the|this|that|its|their|his|her|my|"
                   r"our)\s+|(?-i:[A-Z]))[^?]+?)\s*\?"
                   r"\s*(?:(?:then|if\s+so|yes)\s*[,:–—-]?\s*)?"
                   rf"(?P<order>{_VERB_ORDER}\b[^.!?]*?)\s*[.!]*\s*$", re.IGNORECASE)
_ONE_OF = re.compile(r"^\W*(?:is|are|was|were)\s+(?:this|it|that|these|they)\s+(?:one|some|among)\s+of\s+the\s+"
                     rf"(?P<what>[^?]+?)\s*\?\s*(?:then\s*,?\s*)?"
                     rf"(?P<order>{_VERB_ORDER}\b[^.!?]*?)\s*[.!]*\s*$", re.IGNORECASE)
_DETERMINERS = frozenset("the this that its their his her my our".split())
_DOES = re.compile(r"^\W*(?:does|do|did)\s+(?P<subject>(?:the|this|that|its|their|his|her|my|our)\s+.+?)\s+"
                   r"(?P<verb>end|start|begin|contain|include|mention|say|read|show|have|match|equal|exceed|"
                   r"appear|occur|repeat|come|turn)\s+"
                   r"(?P<rest>[^?]+?)\s*\?\s*(?:(?:then|if\s+so|yes)\s*[,:–—-]?\s*)?"
                   rf"(?P<order>{_VERB_ORDER}\b[^.!?]*?)\s*[.!]*\s*$", re.IGNORECASE)
# where the subject ends and what is asked of it begins: a capital, quote, figure or a test's word
_PREDICATE = re.compile(r"\s+(?=[A-Z\"'“‘\d$£€]|(?:exactly|anything|any|all|none|nothing|only|just|still|either|"
                        r"neither|no|something|everything|used|listed|logged|\w{2,}[a-df-z]ed|over|under|above|below|"
                        r"between|more|"
                        r"less|fewer|greater|at|a|an|not|blank|empty|missing|in|on|from|before|after|within|outside|"
                        r"equal|starting|"
                        r"beginning|ending|containing|due|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"\w+er)\b)")


def quizzed(text: str) -> str:
    """A question, then the action, as the action on a condition: "Is the breed Nubian? Shade it."
    -> "Shade it if the breed is Nubian"; `text` when the question's subject and what is asked of
    it cannot be told apart."""
    text = _MISSING_FROM.sub(lambda m: f"{m.group('col')} not containing {m.group('q')}", text)
    text = _ON_MORE_THAN_ONE.sub("appear more than once", text)
    one_of = _ONE_OF.match(text)  # "Is this one of the 3 best speech scores? Then make the cell green."
    if one_of is not None:
        return f"{one_of.group('order')} for the {one_of.group('what')}"
    does = _DOES.match(text)  # "Does the buoy type end with lateral? Then highlight the type."
    if does is not None:
        verb = does.group("verb").lower()
        verb = "has" if verb == "have" else verb + ("es" if verb.endswith(("h", "s")) else "s")
        return f"{does.group('order')} where {does.group('subject')} {verb} {does.group('rest')}"
    m = _QUIZ.match(text)
    if m is None:
        return text
    words = m.group("subject").split(" ", 1)
    cut = _PREDICATE.search(" " + words[1]) if len(words) > 1 else None
    header = words[0][:1].isupper() and words[0].lower() not in _DETERMINERS  # "Is Access not containing Easy?"
    if cut is None or cut.start() == 0 and not header:
        return text
    subject, asked = words[0] + " " + words[1][:max(cut.start() - 1, 0)], words[1][cut.start():].strip()
    if not subject.strip() or not asked:
        return text
    return f"{m.group('order')} if {subject.strip()} {m.group('be').lower()} {asked}"


# A request spread over a chat: "A: mark the poor shooters. B: accuracy under .2? A: yes"
_TURN = re.compile(r"(?:^|(?<=\s))(?P<who>[A-Z])\s*:\s+")
_AFFIRM = re.compile(r"^\W*(?:yes(?:\s+please)?|yeah|yep|yup|exactly|correct|right|sure|"
                     r"that['’]s\s+(?:it|right|him|her|them|the\s+ones?)|"
                     r"indeed|uh-huh|mhm|spot\s+on|precisely|aye|ok|okay)\b[\s,.!;:–—-]*", re.IGNORECASE)
_CLARIFYING = re.compile(r"^\W*(?:so|oh|ok|okay|right|and|i\s+see)?[\s,]*(?:(?:do\s+)?you\s+mean|meaning|as\s+in|"
                         r"i\.e\.|"
                         r"like)?[\s,:]*|[\s,]*(?:(?:do\s+)?you\s+mean|right|then|yes|is\s+that\s+it)?\s*[?.!]*\s*$",
                         re.IGNORECASE)
_ORDER_START = re.compile(rf"^\W*(?:(?:can|could|would)\s+you\s+|please\s+|"
                          rf"just\s+)?(?P<verb>{_VERB_ORDER}(?:\s+out)?)\b",
                          re.IGNORECASE)
_SAYS_TEST = re.compile(r"\d|[\"“<>=%]|(?<!\w)['‘](?=\w)|(?<=\s)(?-i:[A-Z])|\b(?:blank|blanks|empty|duplicates?|"
                        r"doubles?|twice|once|"
                        r"repeat\w*|start\w*|begin\w*|end\w*|contain\w*|without|between|under|over|above|below|"
                        r"less|more|least|most|up\s+to|yesterday|today|tomorrow|week|month|year|errors?|unique|top|"
                        r"bottom|highest|lowest|average|\w+er\s+than)\b", re.IGNORECASE)

_ASKED_BACK = re.compile(r"\b(?:how|what|which|who|when|meaning|means|mean)\b", re.IGNORECASE)
_ROWS_SAID = re.compile(r"\b(?:rows?|cells?|line|lines)\b", re.IGNORECASE)


def _said_tests(text: str) -> set[str]:
    return {m.group(0).lower() for m in _SAYS_TEST.finditer(text)}


def _added(first: str, turns: list[str]) -> list[str]:
    """What the later turns add to a first turn that tests: what the rows are ("just the
    cells"), and a test, figure or name it does not say ("the worst 20 percent", "Tom Walsh?"
    when answered yes); not what it says again ("52 itself not included?")."""
    out = []
    for n, turn in enumerate(turns):
        said = _CLARIFYING.sub("", _AFFIRM.sub("", turn)).strip(" ,.!?")
        asked_back = turn.rstrip().endswith("?")
        affirmed = n + 1 < len(turns) and _AFFIRM.match(turns[n + 1]) is not None
        if not said or asked_back and _ASKED_BACK.search(said):
            continue
        if _SAYS_TEST.search(said) and (affirmed or not asked_back) and _said_tests(said) - _said_tests(first):
            out.append(said)
        elif _ROWS_SAID.search(said) and not _SAYS_TEST.search(said):
            out.append(said)
    return out


def in_dialogue(text: str) -> str:
    """A request spread over a chat between A and B, as one request: when its first turn tests
    nothing ("A: mark the poor shooters."), that turn's order on what the later turns test
    ("B: accuracy under .2? A: yes" -> "mark accuracy under .2"), and their say on the rows ("the
    whole row"); when its first turn tests already, that turn and what the others say of the rows
    ("mark the ears at 30 dB or more. B: just the cells? A: yes" -> "mark the ears at 30 dB or
    more, just the cells"); `text` when it is no such chat."""
    marks = list(_TURN.finditer(text))
    if len(marks) < 3 or len({m.group("who") for m in marks}) < 2 or marks[0].start() > 0:
        return text
    turns = [text[m.end():nxt.start() if nxt else len(text)].strip()
             for m, nxt in zip(marks, marks[1:] + [None])]
    first = turns[0].rstrip(" ?.!")
    order = _ORDER_START.match(first)  # a first turn that tells ("some dogs are down twice") asks nothing yet
    if order and _SAYS_TEST.search(first[order.end():]):  # what the others add joins it
        return first + "".join(f", {t}" for t in dict.fromkeys(_added(first, turns[1:])))
    tests = [first] if turns[0].rstrip().endswith("?") and _SAYS_TEST.search(first) else []  # "which loads ...?"
    rest = []
    for turn in turns[1:]:
        yes = _AFFIRM.match(turn)
        said = _CLARIFYING.sub("", turn[yes.end():] if yes else turn).strip(" ,.!?")
        if not said or turn.rstrip().endswith("?") and _ASKED_BACK.search(said):
            continue  # "how slow?", "up to what?": asked back, the answer follows
        if _ORDER_START.match(said) and not _SAYS_TEST.search(said[_ORDER_START.match(said).end():]):
            order = order or _ORDER_START.match(said)  # "yeah, colour those": the order said again
        elif _SAYS_TEST.search(said):
            tests.append(said)
        elif _ROWS_SAID.search(said):
            rest.append(said)  # "the whole row?", "just the cells"
    said = ", ".join(tests + rest)
    if not tests or order is None and not _ORDER_START.match(said):
        return text
    return said if _ORDER_START.match(said) else f"{order.group('verb').lower()} {said}"

# a clause cited before the order: "Per disciplinary code 7, ...", "Under policy 4.2, ..."
_CITED = re.compile(r"^\W*(?:per|as\s+per|under|according\s+to|in\s+line\s+with|pursuant\s+to|in\s+accordance\s+with)"
                    r"\s+(?:the\s+|our\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:code|clause|section|rule|policy|regulation|"
                    r"article|procedure|sop|guideline|guidance|standard|bylaw|protocol|directive|paragraph|memo|note)s?"
                    r"(?:\s+[\w.()/-]*\d[\w.()/-]*)?\s*,\s*", re.IGNORECASE)
# a sign denied ("pain not > 5") and a figure's label after it ("< .3 = weak, flag")
_NOT_SIGN = re.compile(r"\bnot\s*(>=|≥|<=|≤|>|<)\s*")
_SIGN_DENIED = {">=": "less than ", "≥": "less than ", "<=": "greater than ", "≤": "greater than ", ">": "at most ",
                "<": "at least "}
_LABELLED = re.compile(r"(?<=\d)(\s*%?)\s*=\s*[a-z][a-z-]*(?=\s*(?:[,;]|->|→|$))")


# Hedges: "maybe the bed numbers that only turn up once? if that's a thing you can do", "I suppose
# the gymnasts older than 9", "could we maybe mark ...? if it's not too much trouble"
_HEDGE_START = re.compile(r"^\W*(?:(?:i\s+(?:suppose|think|guess|reckon)|maybe|perhaps|possibly|probably|"
                          r"not\s+sure\s+but|i['’]m\s+not\s+sure\s+but)\b[\s,]*)+(?=(?-i:[a-z])|"
                          r"[\"'“‘])", re.IGNORECASE)
_HEDGED_ASK = re.compile(r"\b(could|can|would|will)\s+(you|we)\s+(?:maybe|perhaps|possibly)\s+", re.IGNORECASE)
_HEDGE = re.compile(r"(?:(?<=[.?!,])|^)\s*(?:if\s+(?:it['’]?s|that['’]?s|"
                    r"that\s+is)\s+(?:not\s+(?:too\s+much\s+)?(?:a\s+)?"
                    r"(?:trouble|bother|hassle|problem|pain)|ok(?:ay)?|possible|alright|a\s+thing[^.?!,]*)|"
                    r"if\s+that\s+makes\s+sense|if\s+you\s+can|"
                    r"i['’]?m\s+not\s+(?:totally\s+|entirely\s+|100%\s+|really\s+|quite\s+)?sure[^.?!,]*|"
                    r"not\s+sure\s+(?:if|whether|we|about)[^.?!,]*(?:,?\s*but\s+let['’]?s\s+say[^.?!,]*)?|"
                    r"i\s+(?:think|guess|suppose|reckon)|or\s+something(?:\s+like\s+that)?|i\s+mean|maybe|"
                    r"perhaps)\s*[.?!]*\s*"
                    r"(?=$|,)", re.IGNORECASE)


def unhedged(text: str) -> str:
    """`text` without its hedges: "maybe", "I suppose", "if that makes sense", "I'm not totally
    sure", "not sure if today counts but let's say it does"; `text` when nothing else is left."""
    cut = _HEDGED_ASK.sub(r"\1 \2 ", _HEDGE_START.sub("", text))
    while (m := _HEDGE.search(cut)) is not None and m.end() > m.start():
        cut = re.sub(r"([?!.])\s*,\s*", r"\1 ", cut[:m.start()] + cut[m.end():]).strip(" ,")
    return cut if cut.strip(" ,.?!") else text


# A heading or a to-do item: "Overdue Invoices: Highlight", "TODO - Mark Duplicate Emails",
# "PIM Over 4 Up To 12: Amber", "Grant? Pending Or No: Highlight Row"
_TODO = re.compile(r"^\W*(?:to-?do|todo|reminder|fixme)\s*[-–—:]\s*", re.IGNORECASE)
_COLOURS = r"(?:red|green|amber|yellow|orange|gold|blue|pink|purple|grey|gray|teal|bold)"
_HEADING = re.compile(rf"^(?P<what>[^:]+?)\s*:\s*(?P<act>(?:{_VERB_ORDER}|{_COLOURS})(?:\s+(?:fill|text|the|whole|"
                      rf"entire|"
                      r"it|them|cells?|rows?|lines?))*)\s*[.!]*\s*$", re.IGNORECASE)
_FRAME_WORDS = frozenset("""not starting starts start with over up to under above below between and or exactly equal
    equals more less than at least most every each all any the a an of in on is are cells cell rows row values value
    containing contains contain ending ends end beginning begins begin top bottom highest lowest blank blanks empty
    duplicate duplicates unique this last next week weeks month months year today yesterday tomorrow days day before
    after errors error greater fewer that which where whose who only except without but ones those anything
    everything whole entire if for from by due overdue average percent items once twice have has""".split())


def headlined(text: str) -> str:
    """A heading or a to-do item as a request: its label ("TODO -") gone, its frame words in lower
    case when it is written in Title Case ("Not Starting With" -> "not starting with"; values as
    typed), and "X: Highlight" as "highlight X" ("... Row": the whole row)."""
    cut = _TODO.sub("", text)
    words = re.findall(r"[A-Za-z][\w'’-]*", cut)
    if len(words) >= 3 and sum(w[0].isupper() for w in words) >= max(3, 0.6 * len(words)):
        cut = re.sub(r"[A-Za-z][\w'’-]*", lambda m: m.group(0).lower() if m.group(0).lower() in _FRAME_WORDS
                     and m.group(0)[1:].islower() else m.group(0), cut)
    m = _HEADING.match(cut)
    if m is None or not re.search(r"\w", m.group("what")):
        return cut if cut.strip() else text
    act = m.group("act").lower()
    verb = act.split()[0] if re.match(_VERB_ORDER, act) else "highlight"
    row = ", whole row" if re.search(r"\b(?:rows?|lines?)\b", act) else ""
    return f"{verb} {m.group('what').strip()}{row}"

# "rows with Room Count blanks": the column blank; "Capt. Osei" is one name; "the word Easy missing from Access"
_WITH_BLANKS = re.compile(r"\bwith\s+((?:[A-Z][\w()?/%.-]*\s+)(?:[A-Z(][\w()?/%.-]*\s+){0,3}?)blanks?\b")
# "come up on more than one docket", "been fitted to more than one patient": a value that repeats
_ON_MORE_THAN_ONE = re.compile(r"\b(?:come|comes|came|appear\w*|been\s+\w+|(?:is|are|was|were)\s+\w+ed|used|listed|"
                               r"occur\w*|show\w*\s+up|turn\w*\s+up)\s+(?:up\s+)?(?:on|in|to|for|with|at|against|by)\s+"
                               r"more\s+than\s+one\s+\w+", re.IGNORECASE)
_MISSING_FROM = re.compile(r"\b(?:the\s+(?:word|text|string|code)\s+)?(?P<q>[\"'“]?[A-Za-z][\w-]*[\"'”]?)\s+(?:is\s+)?"
                           r"(?:missing|absent)\s+from\s+(?:the\s+)?(?P<col>[A-Z][\w ()?]*?)(?=\s*(?:[?.!,;]|$))")


# A literal given by a small sum: "twice the 0.5 limit", "3 x 5 percent", "half of 300", "100 more
# than the usual 400", "1 less than 8", "2000 + 15", "2 dozen", "a quarter kilo"
_N = r"(\d+(?:\.\d+)?)"
_USUAL = r"(?:the\s+|our\s+)?(?:(?:usual|normal|standard|agreed|current|old)\s+)?"
_NAMED = r"(?:\s+(?:[a-z-]+\s+)?" + _REFERENCE + r"\b)?"  # "twice the 0.5 limit": the name goes too
_SUMS = (
    (re.compile(rf"\b(?:twice|double)\s+(?:of\s+)?{_USUAL}{_N}{_NAMED}", re.I), lambda a: 2 * a[0]),
    # ("3x3" unspaced is a size or a code, no sum)
    (re.compile(rf"(?<![\w.]){_N}(?:\s+(?:times|x)\s+|\s*×\s*|\s*times\s*){_USUAL}{_N}(?![\w.])", re.I),
     lambda a: a[0] * a[1]),
    (re.compile(rf"\b(?:a\s+)?half\s+of\s+{_USUAL}{_N}{_NAMED}", re.I), lambda a: a[0] / 2),
    (re.compile(rf"\b(?:a|one)\s+quarter\s+of\s+{_USUAL}{_N}{_NAMED}", re.I), lambda a: a[0] / 4),
    (re.compile(rf"\b(?:a|one)\s+fifth\s+of\s+{_USUAL}{_N}{_NAMED}", re.I), lambda a: a[0] / 5),
    (re.compile(rf"\b(?:a|one)\s+tenth\s+of\s+{_USUAL}{_N}{_NAMED}", re.I), lambda a: a[0] / 10),
    (re.compile(rf"(?<![\w.]){_N}\s+more\s+than\s+{_USUAL}{_N}(?![\w.%])(?!\s*(?:%|percent))", re.I),
     lambda a: a[1] + a[0]),
    (re.compile(rf"(?<![\w.]){_N}\s+(?:less|fewer)\s+than\s+{_USUAL}{_N}(?![\w.%])(?!\s*(?:%|percent))", re.I),
     lambda a: a[1] - a[0]),
    (re.compile(rf"(?<![\w.]){_N}\s*\+\s*{_N}(?![\w.])"), lambda a: a[0] + a[1]),
    (re.compile(rf"(?<![\w.]){_N}\s+dozens?\b", re.I), lambda a: 12 * a[0]),
)
# (session 20, read on the eighteenth table set's dev half) a difference after a comparison or a
# rank, the first number the larger ("under 15 - 8", "the bottom 6 - 4"): a range reads low to high
_DIFFERENCE = re.compile(rf"\b(under|over|below|above|than|top|bottom|least|most)\s+{_N}\s+(?:[-−–]|minus)\s+{_N}"
                         r"(?![\w.%])", re.I)
_FRACTION_OF = re.compile(r"\b(?:(?:a|one)\s+(quarter|third|fifth|tenth)\s+(?:of\s+)?(?:an?\s+)?"
                          r"|(?<!\ba\s)half\s+(?:of\s+)?an?\s+)"
                          r"(?=(?:kilo|kilogram|kilometre|kilometer|km|kg|metre|meter|litre|liter|hour|day|week|"
                          r"year|century|decade|dozen|mile|gram|minute)s?\b)", re.I)
_THOUSANDS_BEFORE_UNIT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?=\s*(?:mm|cm|m|km|metres?|meters?|g|kg|kilos?|"
                                    r"p|pence|"
                                    r"tonnes?|t|ml|cl|dl|l|litres?|liters?|secs?|seconds?|mins?|minutes?|hrs?|hours?|"
                                    r"days?|weeks?|months?|years?)\b)")
_QUOTED_SPAN = re.compile(r"(?<!\w)[\"“'‘][^\"”'’]*[\"”'’](?!\w)")  # a cell text as the request quotes it
_NT_TYPED = re.compile(r"\b(is|are|was|were|has|have)'?nt\b", re.IGNORECASE)
_PARTS = {"quarter": "0.25", "third": "0.33", "fifth": "0.2", "tenth": "0.1", None: "0.5"}


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.6f}".rstrip("0").rstrip(".")


def worked_out(text: str) -> str:
    """`text` with each small sum that gives a literal worked out ("twice the 0.5 limit" -> "1",
    "3 x 5 percent" -> "15 percent", "100 more than the usual 400" -> "500", "half of 20 percent" ->
    "10 percent", "2000 + 15" -> "2015", "under 15 - 8" -> "under 7", "2 dozen" -> "24", "a quarter
    kilo" -> "0.25 kilo", "half a dozen" -> "6", "half a century" -> "50 years"); quantities in
    units are then converted to the column's unit by the table readers (`tables.in_header_units`)."""
    text = _THOUSANDS_BEFORE_UNIT.sub(lambda m: m.group(0).replace(",", ""), text)  # "7,000 m"
    text = _NT_TYPED.sub(lambda m: m.group(1) + "n't", text)  # "isnt No", "is'nt Yes"
    text = re.sub(r"\bhalf\s+a\s+dozen\b|\bhalf\s+dozen\b", "6", text, flags=re.I)
    text = re.sub(r"\b(?:a|one)\s+dozen\b", "12", text, flags=re.I)
    text = re.sub(r"\bhalf\s+a\s+century\b", "50 years", text, flags=re.I)
    text = re.sub(r"\b(?:a|one)\s+century\b", "100 years", text, flags=re.I)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    for pattern, work in _SUMS:  # (a quoted text is the cells': "is exactly '3x3'")
        text = pattern.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in quoted) else
                           _number(work([float(g) for g in m.groups() if g is not None])), text)
        quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    text = _DIFFERENCE.sub(lambda m: f"{m.group(1)} {_number(float(m.group(2)) - float(m.group(3)))}"
                           if float(m.group(2)) > float(m.group(3)) else m.group(0), text)
    return _FRACTION_OF.sub(lambda m: _PARTS[m.group(1).lower() if m.group(1) else None] + " ", text)


# Social-media shorthand: "@sheet overwatered? ... #orchids", "non error counts #flag"
_MENTION = re.compile(r"^\W*@[A-Za-z]\w*\b(?![.@])\s*")  # at the start only: "ending in @company.com" is a text
_ERROR_NAMES = r"(?:N/A|REF|VALUE|DIV|NAME|NUM|NULL|SPILL|CALC)\b"
_TRAILING_TAGS = re.compile(r"(?<!\btext)(?<!\bcontaining)(?<!\bcontains)(?<!\bexactly)(?<!\bequal\sto)(?<!\bsays)"
                            rf"(?:\s+#(?!{_ERROR_NAMES})[A-Za-z]\w*)+\s*[.!]*\s*$")  # "exact text #excel" is a text
_TAG = re.compile(r"(?<![\w#])(?<!\btext\s)(?<!\bcontaining\s)(?<!\bcontains\s)(?<!\bexactly\s)(?<!\bsays\s)"
                  rf"(?<!\bwith\s)(?<!=\s)(?<!=)#(?=[A-Za-z]{{2,}}\b)(?!{_ERROR_NAMES})")


def untagged(text: str) -> str:
    """`text` without its mentions ("@sheet") and the hashtags that end it ("#orchids"), the
    other hashtags read as words ("#overdue rows" -> "overdue rows"); `text` when nothing is left."""
    cut = _TAG.sub("", _TRAILING_TAGS.sub("", _MENTION.sub("", text))).strip()
    return cut if re.search(r"[A-Za-z]", cut) else text


def figures_named(text: str) -> str:
    """`text` with each figure named by what it is said as the figure ("than the 15-minute club
    standard" -> "than 15-minute"), a pace against a time as a comparison ("faster than 20-minute"
    -> "less than 20-minute"), an error value equalled as an error ("= #N/A" -> "is an error"), a
    cell's value "still" held as the value ("is still down as tbc" -> "is tbc"), a
    text named by whose it is as the text ("the same name as our old club, Vixens" -> 'equal to
    "Vixens"') and figures excepted together as neither ("other than £10 and £20")."""
    text = _LABELLED.sub(r"\1", _NOT_SIGN.sub(lambda m: _SIGN_DENIED[m.group(1)], _CITED.sub("", text)))
    text = _FIGURE.sub(lambda m: f"{m.group('cue')} {m.group('figure')}", text)
    text = _PACE.sub(lambda m: ("more" if m.group("way").lower() == "slower" else "less") + " than ", text)
    text = _WITH_BLANKS.sub(lambda m: f"with blank {m.group(1).strip()}", text)
    text = _STILL.sub(lambda m: m.group(1) + (m.group(2) or "") + " ", text)
    text = _SAME_AS.sub(lambda m: f'equal to "{m.group("text")}"', text)
    text = _OTHER_THAN_WHOSE.sub(lambda m: f'not equal to "{m.group("text")}"', text)
    text = _OTHER_THAN_BOTH.sub(r"not equal to \1 and not equal to \2", text)
    return _ERROR_VALUE.sub(" is an error", text)


# (session 20, read on the nineteenth sets' dev halves) Context around an ask: where the data is and
# what it is ("Sheet2, rows 4 to 18, 2023 survey: ...", "(14 rows, 2022 sinking)", "for the 2025
# brochure, ...", "..., the Eid 2024 rush"). A part holding a figure and none of these words is
# context, not the rule's: its figures are no literals.
_RULE_WORDS = re.compile(
    r"[<>=≠≥≤%+]|\b(?:over|under|above|below|more|less|fewer|greater|smaller|bigger|larger|higher|lower|between|"
    r"outside|inside|within|than|least|most|top|bottom|highest|lowest|largest|smallest|biggest|best|worst|"
    r"blank\w*|empty|missing|duplicat\w*|repeat\w*|unique|once|twice|error\w*|average|today|tomorrow|yesterday|"
    r"last|next|this|past|ago|before|after|since|until|contain\w*|start\w*|begin\w*|end\w*|equal\w*|exactly|"
    r"not|no|isn't|aren't|except|without|only|inclu\w*|exclu\w*|incl|excl|or|and|nor|but|to|up|down|min\w*|max\w*|"
    r"upwards?|plus|and\s+up|highlight|shade|colou?r|mark|flag|format|fill|if|where|when|whenever|whose|unless|"
    r"\w{2,}est)\b|[$£€₹]"
    r"|(?<!19\d)(?<!20\d)\d\s*[-–]\s*\d+(?!\d)(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"|\b[A-Z]{1,3}\d+:[A-Z]{1,3}\d+\b|\bcol(?:umn)?\s+[A-Z]\b", re.IGNORECASE)
# what context says: a year, a count of things ("14 rows", "3 bales"), a page, sheet, tab, batch or
# number label, a quarter, a day of a month
_CONTEXT_SIGNAL = re.compile(r"\b(?:19|20)\d\d\b|\b\d+\s+[a-z]+s\b|\b(?:page|sheet\d*|tabs?|rows?|lines?|batch|"
                             r"invoice|log|no\.)(?:\W|$)|\bQ[1-4]\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|"
                             r"may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_SHEET_NAMED = re.compile(r"\b(?:sheet|tab)\s+'[^']*'|'[^']*'\s+(?:sheet|tab)\b", re.IGNORECASE)
_CONTEXT_ASIDE = re.compile(r"(?:^|\s+)\(([^()]*\d[^()]*)\)")  # (a function's parentheses, "SEARCH(...)", stay)
_CONTEXT_LEAD = re.compile(r"^\s*(?P<pre>[^:;]*\d[^:;]*?)\s*[:;]\s+(?P<rest>\S.*)$", re.DOTALL)
# "For the June 2024 invoice run shade the orders ...": a purpose with a figure before the ask
_CONTEXT_FOR = re.compile(rf"^\s*for\s+(?P<pre>[^,;:]*?\d[^,;:]*?)\s+(?={_ASK_VERB}\b)", re.I)
_ASK_FIRST = re.compile(rf"^\W*(?:please\s+|pls\s+|kindly\s+)?{_ASK_VERB}\b", re.I)
# the words of a comparison; before an ask ("Ticket office open 9 to 5, ...: highlight"), "to",
# "and", "no" are the context's own
_WEAK_RULE_WORDS = re.compile(r"\b(?:or|and|nor|but|to|up|down|no|only)\b", re.I)
_CONTEXT_CLAUSES = (re.compile(r"^\s*[^,]*\d[^,]*?,\s+"), re.compile(r",\s+[^,]*\d[^,]*?\s*[.!]?\s*$"))
_WHERE = re.compile(r"\b(?:rows?|lines?)\s+\d+\s*(?:to|-|–|through)\s*\d+|\b(?:rows?|tabs?|sheets?)\b", re.I)


def uncontexted(text: str) -> str:
    """`text` without the context it gives around its ask: an aside in parentheses, a lead before
    a colon or a first or last clause set off by a comma that holds a figure and no word of a
    rule ("Shaft B log (14 rows, 2022 sinking): depths deeper than 3000" -> "depths deeper than
    3000"; "cutting planned next week, the Eid 2024 rush" -> "cutting planned next week"; "For the
    June 2024 invoice run shade ..." -> "shade ..."), where what is left says a rule; before an
    ask verb ("...: highlight ..."), a lead with a figure and no word of a comparison."""
    def context(part: str, weak: bool = False) -> bool:  # (", 2024" may be a date's year; quotes are texts)
        if re.search(r"[\"“”]|(?<!\w)'|'(?!\w)", _SHEET_NAMED.sub(" ", part)):
            return False
        words = _WHERE.sub(" ", part)
        return re.search(r"[A-Za-z]{3,}", part) is not None and _CONTEXT_SIGNAL.search(part) is not None \
            and not _RULE_WORDS.search(_WEAK_RULE_WORDS.sub(" ", words) if weak else words)

    out = _CONTEXT_ASIDE.sub(lambda m: "" if context(m.group(1)) else m.group(0), text)
    m = _CONTEXT_LEAD.match(out)
    if m and _RULE_WORDS.search(m.group("rest")) and context(m.group("pre"), bool(_ASK_FIRST.match(m.group("rest")))):
        out = m.group("rest")
    m = _CONTEXT_FOR.match(out)
    if m and context(m.group("pre")):
        out = out[m.end():]
    for clause in _CONTEXT_CLAUSES:
        m = clause.search(out)
        rest = out[:m.start()] + out[m.end():] if m else ""
        listed = m is not None and re.search(r"\d\s*,\s*\d", out[max(m.start() - 3, 0):m.end() + 3])
        if m and not listed and context(m.group(0)) and _RULE_WORDS.search(rest):  # ("like 5, 10 - red": a list)
            out = rest
    out = out.strip()
    return out if re.search(r"[A-Za-z]", out) else text


# (session 20, read on the nineteenth sets' dev halves) Figures of speech for a rule's words
_IDIOMS = (
    (re.compile(r"\bnorth\s+of\b(?=\s*[-$£€₹]?\s*\d|\s+(?:a|an|one)\s)", re.I), "over"),
    (re.compile(r"\bsouth\s+of\b(?=\s*[-$£€₹]?\s*\d|\s+(?:a|an|one)\s)", re.I), "under"),
    (re.compile(r"\b(?:tops?|topping|topped|max|maxes|maxed|caps?|capped)\s+out\s+at\b", re.I), "at most"),
    (re.compile(r"\b(?:bottoms|bottomed)\s+out\s+at\b", re.I), "at least"),
    (re.compile(r"\b(?:kicks?|kicking|kicked)\s+off\s+with\b", re.I), "starts with"),
    (re.compile(r"\b(?:wraps?|wrapping)\s+up\s+with\b", re.I), "ends with"),
    (re.compile(r"\bunder\s+(?=(?:the\s+)?(?:column['’]s\s+)?(?:average|mean)\b)", re.I), "below "),  # (session 26)
    (re.compile(r"\bbeneath\s+(?=[-$£€]?\d)", re.I), "below "),
    (re.compile(r"\b(?P<how>saying|says|reading|reads|matching|matches)\s+(?P<v>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|"
                r"['\"“‘][^'\"”’]+['\"”’])\s+and\s+nothing\s+else\b"), r"\g<how> exactly \g<v>"),
    (re.compile(r"\b(?P<how>match(?:es|ing)?|read(?:s|ing)?|say(?:s|ing)?|equal(?:s|ling)?(?:\s+to)?)\s+"
                r"(?P<v>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|['\"“‘][^'\"”’]+['\"”’])\s+exactly\b"),
     r"\g<how> exactly \g<v>"),
    (re.compile(r"\bover\s+(?=(?:the\s+)?(?:column['’]s\s+)?(?:average|mean)\b)", re.I), "above "),
    (re.compile(r"\b(?P<verb>open(?:s|ing)?)\s+with(?=\s+(?:the\s+letters?\s+)?['\"“‘])", re.I),  # (session 26)
     lambda m: {"open": "begin", "opens": "begins", "opening": "beginning"}[m["verb"].lower()] + " with"),
    (re.compile(r"\bjust\s+plain\s+", re.I), "exactly "),
    (re.compile(r"\s*×\s*1\b(?![\d.,])"), " once"),  # "HBL no. × 1 only"
    (re.compile(r"\bno\s+(?=['\"“][^'\"“”]+['\"”])"), "not containing "),  # "starts 'MV' and no 'Northern'"
    (re.compile(r"\bmissing\s+(?:an?\s+|the\s+)?(@|#|/|\.)(?=\s|$)"), r'not containing "\1"'),  # "emails missing an @"
    # "light them up like Bonfire Night", "repeat like a boomerang": a simile says no more than its verb
    (re.compile(r"\blight\s+(them|it|those|these)\s+up\b(?:\s+like\s+[^,.;!?]+)?", re.I), r"highlight \1"),
    (re.compile(r"\s+like\s+an?\s+[a-z]+(?=\s*(?:[,.;!?]|$))"), ""),
    (re.compile(r",?\s*(?:with\s+)?nothing\s+(?:else\s+)?(?:tacked|added|stuck|bolted)\s+on\b", re.I),
     ", nothing else"),
    # "no Dave anywhere in the name", "no Rahman in the supervisor's name"
    (re.compile(r"\b(?:with\s+)?no\s+(?=[A-Z])([\w'&-]+)\s+(?:anywhere\s+)?in\s+(?:the|their|its|his|her)\s+"
                r"(?:[\w']+\s+)?(?:name|title|code|notes?|description|address|e-?mail|comment|area|cell|text|entry|"
                r"field|column)s?\b"),
     r"not containing \1"),
    (re.compile(r"\b(?:keeps?|kept)\s+(?:on\s+)?(?:coming|cropping|popping|turning)\s+(?:back|up)\b", re.I), "repeat"),
    (re.compile(r"\b(everyone|everybody|everything|everywhere|anyone|anything|all)\s+bar\s+", re.I),
     r"\1 except "),
)
# Signs for words: "Notes = ∅", "∉ [850, 1350]", "Trips < 15 ∨ Trips > 27", "≠ error", "130 ≤ X ≤ 145"
_SIGN_SET = re.compile(r"(?P<no>∉|∈)\s*[\[(]\s*(?P<a>-?[$£€₹]?\d[\d,.]*)\s*[,;]\s*"
                       r"(?P<b>-?[$£€₹]?\d[\d,.]*)\s*[\])]")
_EMPTY_SET = re.compile(r"(?:(?:=|==|is)\s*)?∅")
_NOT_ERROR = re.compile(r"(?:≠|!=|<>)\s*(?:an?\s+)?(?:#?error|#\w+!?)\b", re.I)
_CHAINED = re.compile(r"(?P<a>-?[$£€₹]?\d[\d,.]*)\s*(?P<o1>≤|<=|<)\s*(?P<what>[A-Za-z][^<≤>≥=]*?)\s*"
                      r"(?P<o2>≤|<=|<)\s*"
                      r"(?P<b>-?[$£€₹]?\d[\d,.]*)")
# Regional numbers: "2 lakh", "1.5 crore", Indian grouping "1,50,000", "Rs. 1200/-", "₹500", "nil"
_LAKH = re.compile(r"(?<![\w.])(?:(?P<n>\d+(?:\.\d+)?)|(?P<half>half\s+a)|(?P<one>a|one))\s*"
                   r"(?P<unit>lakhs?|lacs?|crores?|cr)\b", re.I)
_INDIAN_GROUPS = re.compile(r"(?<![\d,.])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])")
_RUPEES = re.compile(r"\b(?:Rs\.?|INR)\s*(?=\d)|₹\s*(?=\d)|(?<=\d)/-", re.I)
_NIL = re.compile(r"\b(is|was|were|are|be|as|of|at)\s+nil\b")
_PER_CENT = re.compile(r"\bper\s+cent\b", re.I)
# "Depth (m) → ▇▅▂ data bars": the visual on what the arrow points from
_TO_VISUAL = re.compile(r"^\s*(?P<what>[^→>]+?)\s*(?:→|->|=>)\s*"
                        r"(?P<visual>[^\w\s]*\s*(?:data\s*bars?|colou?r\s*scales?|"
                        r"icon\s*sets?|heat\s*maps?|traffic\s+lights?)(?:\s+(?:please|pls))?)\s*[.!]?\s*$", re.I)


def idiomatic(text: str) -> str:
    """`text` with its figures of speech for rule words said plainly ("north of 50" -> "over
    50", "tops out at 30" -> "at most 30", "kick off with" -> "starts with", "just plain Ronnie" ->
    "exactly Ronnie", "keep coming back" -> "repeat", "everyone bar the Rahmans" -> "everyone except
    the Rahmans"), its signs in words ("= ∅" -> "is blank", "∉ [1, 2]" -> "not between 1 and 2", "∨"
    -> "or", "≠ error" -> "is not an error", "130 ≤ X ≤ 145" -> "X between 130 and 145") and its
    regional numbers in figures ("2 lakh" -> "200000", "1,50,000" -> "150000", "Rs. 1200/-" ->
    "$1200", "was nil" -> "was 0", "20 per cent" -> "20 percent"); "Depth (m) → data bars" is
    "data bars on Depth (m)"."""
    for pattern, plain in _IDIOMS:
        text = pattern.sub(plain, text)
    text = _TO_VISUAL.sub(lambda m: f"{m.group('visual').strip()} on {m.group('what')}", text)
    text = _SIGN_SET.sub(lambda m: ("not between " if m.group("no") == "∉" else "between ")
                         + f"{m.group('a')} and {m.group('b')}", text)
    text = _NOT_ERROR.sub(" is not an error", _EMPTY_SET.sub(" is blank", text))
    text = text.replace("∨", " or ").replace("∧", " and ").replace("¬", " not ")
    text = _CHAINED.sub(lambda m: f"{m.group('what')} " + (
        f"between {m.group('a')} and {m.group('b')}" if m.group("o1") != "<" and m.group("o2") != "<"
        else f"greater than {m.group('a')} and less than {m.group('b')}" if m.group("o1") == m.group("o2")
        else m.group(0)), text)
    text = _LAKH.sub(lambda m: _number((float(m.group("n")) if m.group("n") else 0.5 if m.group("half") else 1.0)
                                       * (1e5 if m.group("unit").lower().startswith("la") else 1e7)), text)
    text = _INDIAN_GROUPS.sub(lambda m: m.group(0).replace(",", ""), text)
    text = _RUPEES.sub(lambda m: "" if m.group(0) == "/-" else "$", text)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _PER_CENT.sub("percent", _NIL.sub(r"\1 0", text)))


# (session 20, read on the twentieth sets' dev halves) Excel's menus and dialogs as a request:
# "New Rule > Format only cells that contain > Cell Value > not between > 1400 and 1500",
# "Highlight Cells Rules > Text that Contains... Coin"
_MENU_STEP = re.compile(
    r"^(?:home|conditional\s+formatting|cf|new\s+rule|manage\s+rules|edit\s+rule|rule\s+type|select\s+a\s+rule\s+type|"
    r"highlight\s+cells?\s+rules?|top\s*/\s*bottom\s+rules?|format\s+only\s+cells\s+(?:that\s+contain|with)|"
    r"format\s+only\s+(?:top|bottom)\s+or\s+(?:top|bottom)\s+ranked\s+values|cell\s+value|specific\s+text|"
    r"format\s+only\s+values\s+that\s+are\s+above\s+or\s+below\s+average|(?:a\s+)?dates?\s+occurring|"
    r"format\s+only\s+unique\s+or\s+duplicate\s+values|format\s+all\s+cells\s+based\s+on\s+their\s+values|"
    r"more\s+rules)\W*$", re.IGNORECASE)
_MENU_SEPARATOR = re.compile(r"\s*(?:>|›|»|→|->)\s*")


def menu_path(text: str) -> str:
    """A request written as Excel's menus and dialogs said as the rule they set: its steps that
    only navigate ("New Rule", "Cell Value", "Highlight Cells Rules") left out and the dialog's
    choices joined ("... > not between > 1400 and 1500" -> "not between 1400 and 1500"); `text`
    itself unless its first step is one of Excel's menus and a separator follows it."""
    parts = _MENU_SEPARATOR.split(text.strip())
    if len(parts) < 2 or not _MENU_STEP.match(parts[0].strip()):
        return text
    kept = [re.sub(r"\s*(?:\.\.\.|…)\s*", " ", p).strip() for p in parts if not _MENU_STEP.match(p.strip())]
    for n in range(len(kept) - 1):  # "Icon Sets > 3 Arrows (Colored), on ...": the set's style names no rule
        if re.fullmatch(r"(?i)icon\s+sets?|data\s+bars?|colou?r\s+scales?", kept[n]):
            kept[n + 1] = kept[n + 1].partition(",")[2] and "," + kept[n + 1].partition(",")[2]
    said = re.sub(r"\s+,", ",", " ".join(p for p in kept if p))
    if not said:
        return text
    said = _DEFAULT_CHANGED.sub(lambda m: m.group("m") + (m.group("pct") or "") + m.group("mid"), said)
    return _DIALOG_CHOICE.sub(lambda m: _DIALOG_SAYS[m.group(1).lower()], said)


# a dialog's default changed: "Bottom 10 Items, change 10 to 2", "Top 10%, then set it to 20%"
_DEFAULT_CHANGED = re.compile(r"(?<![\d.])\d+(?P<pct>%)?(?P<mid>[^,\d]*?),\s*(?:then\s+|but\s+)?"
                              r"(?:change\s+(?:it\s+|\d+%?\s+)?to|set\s+(?:it\s+)?to|make\s+it)\s+(?P<m>\d+)%?",
                              re.IGNORECASE)


# the dialog's own choices ("Format only cells with: No Errors") in a request's words
_DIALOG_SAYS = {"no errors": "cells without errors", "no blanks": "cells that are not blank",
                "errors": "cells with errors", "blanks": "blank cells"}
_DIALOG_CHOICE = re.compile(r"^(" + "|".join(k.replace(" ", r"\s+") for k in _DIALOG_SAYS) + r")\b", re.IGNORECASE)


# Formal, youth and reference wordings for a rule's words and figures
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
_SAID_FIGURE = rf"(?:\d+(?:\.\d+)?|{_NUMBER_WORD}(?:-{_NUMBER_WORD})?)"  # a figure in digits or in words
_UNIT_WORD = r"(?:\s+(?!more\b|less\b|fewer\b|over\b|under\b|or\b)[a-z]+)?"  # ("18 seconds or less")


def _hundreds(hundreds: str, tens: str) -> int:
    """Hundreds said in pairs: "four", "eighty" -> 480."""
    return number_word(hundreds) * 100 + number_word(tens)


_REGISTERS = (
    # a figure said by what it is and then in figures: "under a C-note ($100)", "a score of years (20)"
    (re.compile(r"(?P<cue>\b(?:under|over|below|above|than|exactly|least|most|to|at|of|for)\s+)"
                r"(?:a|an|the|half\s+a|\w+['’]s)\s+"
                r"(?:[\w'’-]+\s+){0,5}?\(\s*(?:=\s*)?(?P<n>[$£€]?\d[\d,.]*(?:\s*(?!in\b)[A-Za-z%]+)?)"
                r"(?:\s+in\s+[\w ]+)?\s*\)",
                re.I), r"\g<cue>\g<n>"),
    (re.compile(r"\b(?:shall|will|must|should|does|do|did|may)\s+not\s+exceed\b|\bnot\s+exceeding\b", re.I), "at most"),
    (re.compile(r"\s*\bshall\s+be\s+(?:highlighted|marked|shaded|colou?red|flagged|formatted|filled)\b", re.I), ""),
    (re.compile(r"\bshall\s+", re.I), ""),
    (re.compile(r",?\s*for\s+the\s+avoidance\s+of\s+doubt,?", re.I), ""),
    (re.compile(r"\bsave\s+(?=(?:those|that|these|where|for|when|the|any|ones|entries|cells|rows)\b)", re.I),
     "except "),
    (re.compile(r"\b(?:on\s+)?the\s+morrow\b", re.I), "tomorrow"),
    (re.compile(r"(?P<q>['\"“][^'\"”]+['\"”])\s+and\s+no\s+other\b"), r"exactly \g<q>"),
    (re.compile(r"(?<=\d)\s+n\s+(?=[a-z])"), " and "),  # "older than 20 n younger than 30"
    (re.compile(r"\b(highlight|mark|shade|flag|colou?r|fill|bold)\s+em\b(?![\"'])", re.I),
     r"\1 them"),  # "highlight em"
    (re.compile(r"(?<![\"'\w])(?:ngl|lowkey|highkey|no\s+cap|tbh|imo|lol|lmao|bestie|bruh|istg|deadass|kinda|sorta)"
                r"(?![\w\"'])", re.I), ""),
    (re.compile(r"(?<![\"'\w])(?:fr\s*fr|fr|af|rn|ong|fam)(?=\s*(?:$|[,.;!?]))", re.I), ""),  # said last only
    (re.compile(r"\ba\s+baker['’]?s\s+dozen\b", re.I), "13"),
    (re.compile(r"\b(from|than|least|most|exactly|over|under|above|below)\s+a\s+(?:pair|couple)\b(?!\s+of)", re.I),
     r"\1 2"),
    (re.compile(r"\b(?:the\s+)?boiling\s+point(?:\s+of\s+water)?\b|\bboiling\b(?=\s*(?:$|[,.;!?]))", re.I), "100"),
    (re.compile(r"\b(?:the\s+)?freezing\s+point(?:\s+of\s+water)?\b", re.I), "0"),
    (re.compile(r"\b(below|under|above|than)\s+freezing\b", re.I), r"\1 0"),
    # (session 21, the twenty-first sets' dev halves) an exasperated or ironic user's asides
    (re.compile(r"^\W*(?:oh\s+)?(?:great|wonderful|fantastic|brilliant|perfect|lovely|super|yay|wow|awesome|cool)\b"
                r"[^.!?]*[.!?]\s*(?=\S)", re.I), ""),
    (re.compile(r"(?:^|(?<=[.!?])\s*)[^.!?]*\bwho['’]?d\s+have\s+(?:guessed|thought)\b[^.!?]*[.!?]\s*", re.I), ""),
    (re.compile(r"^\W*(?:because|since|as|cos|cause)\s+(?:apparently|obviously|clearly|of\s+course|naturally)\b"
                r"[^,.;:]*[,.;:]\s*", re.I), ""),
    # cells holding no characters: Excel's blanks ("zero characters or only spaces", "nothing but spaces")
    (re.compile(r"\b(?:with|holding|having|containing)\s+(?:zero|no|0)\s+characters(?:\s+or\s+(?:only|just)\s+spaces)?"
                r"(?:\s+in\s+(?:them|it))?|\b(?:holding|with|having|containing)\s+nothing\s+but,?\s+(?:at\s+most,?\s+)?"
                r"(?:a\s+few\s+)?spaces\b", re.I), "that are blank"),
    # the icon set by its look; the visual rules it is not, said beside it
    (re.compile(r"\b(?:the\s+)?(?:conditional\s+format(?:ting)?\s+(?:of|with)\s+)?(?:the\s+)?(?:little|small|tiny)\s+"
                r"(?:symbols|pictures|pictograms|signs|icons)\b", re.I), "icon set"),
    (re.compile(r",\s*(?:and\s+)?not\s+(?:an?\s+)?(?:data\s+bars?|bars|colou?r\s+scales?|icons?(?:\s+sets?)?)"
                r"(?:\s+(?:and|or|nor)\s+(?:not\s+)?(?:an?\s+)?(?:data\s+bars?|bars|colou?r\s+scales?|icons?"
                r"(?:\s+sets?)?))*\s*,", re.I), ""),
    (re.compile(r"\s*,\s*(?:since|because|as|cos|cause)\b[^,.;]*\b(?:apparently|obviously|of\s+course|clearly|"
                r"naturally|god\s+forbid|heaven\s+forbid)\b[^,.;]*", re.I), ""),
    (re.compile(r"^\W*(?:fine|ok(?:ay)?\s+fine|whatever|sure|yes|yeah|right)\s*[,.!]\s*(?=\S)", re.I), ""),
    (re.compile(r"\s*,?\s*(?:I\s+guess|I\s+suppose|because\s+of\s+course|of\s+course|obviously|apparently|"
                r"as\s+usual|naturally|clearly|evidently|go\s+figure|big\s+surprise|surprise\s+surprise|shocker|"
                r"what\s+a\s+(?:thrill|joy|surprise|shock))\s*[.!]*\s*$", re.I), ""),
    (re.compile(r"\s*,\s*[^,.;\"'“]*\b(?:no\s+doubt|I\s+bet|I['’]m\s+sure|naturally|of\s+course)\s*[.!]*\s*$",
                re.I), ""),
    (re.compile(r"\b(?:someone|somebody|anyone|anybody)\s+(?:actually\s+)?(?:bothered|managed|remembered)\s+to\s+"
                r"fill(?:\s+in)?\b", re.I), "filled in"),
    (re.compile(r"\b(?:no\s*one|nobody)\s+(?:bothered|managed|remembered)\s+to\s+fill(?:\s+in)?\b", re.I), "blank"),
    # (the twenty-second sets' dev halves) "free of Excel errors", "with something in them"
    (re.compile(r"\b(?:free\s+(?:of|from)\s+(?:any\s+)?(?:excel\s+)?errors?|error[-\s]free)\b", re.I),
     "without errors"),
    (re.compile(r"\b(?:with|having|holding)\s+(?:something|anything)\s+(?:written\s+|typed\s+|entered\s+)?in\s+"
                r"(?:them|it|the\s+cell)\b", re.I), "that are not blank"),
    # (session 22, the twenty-fourth sets' dev halves) a bound denied with its side ("not 18 or less": more
    # than 18), one figure and no other ("at 25, not one more or less"), hundreds said in pairs
    # ("four-eighty" 480), "the month we are in", "not left bare", "no pirate in them"
    (re.compile(rf"\b(?:at|of)\s+(?P<n>{_SAID_FIGURE}),?\s+not\s+(?:one|a\s+\w+)\s+more\s+or\s+(?:one\s+)?less\b",
                re.I), r"exactly \g<n>"),
    (re.compile(rf"\bnot\s+(?P<n>{_SAID_FIGURE})(?P<u>{_UNIT_WORD})\s+or\s+(?:less|fewer|under|below|lower|shorter)\b",
                re.I), r"more than \g<n>\g<u>"),
    (re.compile(rf"\bnot\s+(?P<n>{_SAID_FIGURE})(?P<u>{_UNIT_WORD})\s+or\s+(?:more|over|above|higher|longer)\b",
                re.I), r"less than \g<n>\g<u>"),
    (re.compile(r"\b(?P<cue>from|to|than|between|and|least|most|under|over|above|below|exceeding)\s+"
                r"(?P<h>one|two|three|four|five|six|seven|eight|nine)-(?P<t>ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b",
                re.I), lambda m: f'{m.group("cue")} {_hundreds(m.group("h"), m.group("t"))}'),
    (re.compile(r"\bthe\s+(?P<p>month|week)\s+(?:that\s+)?we['’]?\s*(?:are|re)\s+(?:in|living\s+in)\b", re.I),
     r"this \g<p>"),
    (re.compile(r"\bnot\s+left\s+(?:bare|blank|empty)\b", re.I), "not blank"),
    (re.compile(r"\b(?:(?:that|which)\s+)?(?:have|has|having|with)\s+no\s+(?P<w>[a-z]+)\s+in\s+(?:them|it)"
                r"(?:\s+at\s+all)?\b", re.I),
     r"not containing \g<w>"),
    # (session 23, the twenty-sixth sets' dev halves) "finishes in 'ng'", "lacks the text 'Single'", "equal to
    # Matcha Latte, no variants"
    (re.compile(r"\bfinish(?P<end>es|ing)?\s+(?:in|with)\b(?=\s*['\"“‘])", re.I),
     lambda m: {"es": "ends", "ing": "ending"}.get((m.group("end") or "").lower(), "end") + " with"),
    (re.compile(r"\black(?:s|ing)?\s+(?:the\s+)?(?:text|word|string)?\s*(?=['\"“])", re.I), "does not contain "),
    (re.compile(r"\s*,\s*no\s+variants?\b", re.I), ""),
    (re.compile(r"\b(?:that\s+|which\s+)?(?:holds?|has|have|contains?|shows?)\s+no\s+(?:excel\s+)?"
                r"error(?:\s+values?)?\b", re.I), "without errors"),
)


def registered(text: str) -> str:
    """`text` in plain words from a formal register ("shall not exceed 5,000" -> "at most 5,000",
    "save those whose" -> "except those whose", "on the morrow" -> "tomorrow", "'Film' and no
    other" -> "exactly 'Film'"), a youth one ("fr", "ngl", "lowkey" left out, "20 n 30" -> "20
    and 30") and a figure said by what it is ("a baker's dozen" -> 13, "the boiling point of
    water" -> 100, "below freezing" -> "below 0", "under a C-note ($100)" -> "under $100")."""
    for pattern, plain in _REGISTERS:
        text = pattern.sub(plain, text)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text).strip(" ,")


# (session 21, read on the twenty-first sets' dev halves) a request said through two negations:
# "don't leave out any X", "no X should go unmarked", "highlight nothing except X", "but not the
# ones that aren't X", "and don't colour any that aren't": each asks for X and nothing else
_UNMARKED = (r"(?:unmarked|unhighlighted|un-?highlighted|uncolou?red|unshaded|unformatted|unflagged|plain|white|"
             r"untouched|out|behind|alone|without\s+(?:a\s+|any\s+)?(?:colou?r|highlight|mark|format\w*|fill)|"
             r"(?:the\s+)?(?:highlight(?:ing)?|colou?r(?:ing)?|marking|formatting|fill))")
_VISUAL = r"(?P<f>colou?r\s+scales?|data\s+bars?|(?:an?\s+)?icons?(?:\s+sets?)?)"
_NONE_OF = r"(?:no|not\s+(?:one|a\s+single|a|any)(?:\s+of)?|none\s+of)"
_SHOULD = r"(?:should|shall|must|may|can|is\s+to|are\s+to|will|gets?\s+to)"
_AFFIRMED = (
    # what the others get, said last: "and don't colour any that aren't", "and none that isn't should be highlighted"
    (re.compile(r"\s*[,;]?\s*(?:and\s+|but\s+)?(?:(?:don['’]?t|do\s+not|never)\s+(?:colou?r|highlight|touch|mark|shade|"
                r"format|fill)\s+(?:the\s+rows?\s+(?:of\s+)?)?(?:any\s+|the\s+)?(?:others?\b|other\s+\w+|(?:ones?\s+)?"
                r"(?:that|which)\s+(?:aren['’]?t|isn['’]?t|are\s+not|is\s+not)\b|the\s+rest\b|(?:rows?|cells?|ones)\s+"
                r"without\s+(?:one|it|them)\b)|(?:none|nothing|no\s+others?|no\s+other\s+\w+)\s+(?:that\s+(?:isn['’]?t|"
                r"aren['’]?t|is\s+not|are\s+not)\s+)?(?:should|shall|must|may|will)\s+be\s+(?:highlighted|colou?red|"
                r"marked|shaded|formatted|flagged|filled)\b)[^.;]*", re.I), ""),
    # "no X should lack a data bar", "no X without a colour scale", "don't leave any X without an icon set"
    (re.compile(rf"^(?P<pre>\W*)(?:(?:don['’]?t|do\s+not|never)\s+leave\s+(?:any|a\s+single)|leave\s+no|{_NONE_OF})\s+"
                rf"(?P<x>.+?)\s+(?:(?:{_SHOULD}\s+)?(?:lack|miss|be\s+(?:left\s+)?without|go\s+without|do\s+without|"
                rf"(?:be\s+)?left\s+without)|without)\s+(?:a|an|the|its|any)?\s*{_VISUAL}"
                r"(?:\s+(?:beside|next\s+to|on|in)\s+(?:it|them))?", re.I), r"\g<pre>\g<f> on \g<x>"),
    # "don't leave any X unmarked", "leave no X unmarked", "no X should go unmarked", "not one X should escape
    # the highlight"
    (re.compile(rf"^(?P<pre>\W*)(?:(?:don['’]?t|do\s+not|never)\s+leave\s+(?:any|a\s+single)|leave\s+no)\s+"
                rf"(?P<x>.+?)\s+{_UNMARKED}(?=\s*(?:$|[,.;!?]))", re.I), r"\g<pre>highlight \g<x>"),
    (re.compile(rf"^(?P<pre>\W*){_NONE_OF}\s+(?P<x>.+?)\s+{_SHOULD}\s+(?:go|stay|be(?:\s+left)?|remain|get\s+left|"
                rf"end\s+up|escape|miss|avoid|slip)\s+{_UNMARKED}(?=\s*(?:$|[,.;!?]))", re.I),
     r"\g<pre>highlight \g<x>"),
    (re.compile(rf"^(?P<pre>\W*){_NONE_OF}\s+(?P<x>.+?)\s+(?:goes|stays|is\s+left|remains|gets\s+left)\s+{_UNMARKED}"
                rf"(?=\s*(?:$|[,.;!?]))", re.I), r"\g<pre>highlight \g<x>"),
    # "don't leave out any X", "don't skip any X", "don't leave unmarked the X"
    (re.compile(r"^(?P<pre>\W*(?:please\s+)?)(?:don['’]?t|do\s+not|never)\s+(?:leave\s+out|skip|miss|omit|forget|"
                r"overlook|ignore|exclude|leave\s+(?:unmarked|unhighlighted|uncolou?red|unshaded|plain))\s+"
                r"(?:any(?:\s+of)?\s+|a\s+single\s+|one\s+(?:of\s+)?)?", re.I), r"\g<pre>highlight "),
    # "highlight nothing except X", "highlight none but X"
    (re.compile(r"\b(highlight|mark|shade|colou?r|flag|format)\s+(?:none|nothing|no\s+(?:one|rows?|cells?|ones?|"
                r"entries))\s+(?:but|except(?:\s+for)?|other\s+than|save|apart\s+from|besides)\s+", re.I), r"\1 only "),
    # "but not the ones that aren't X", "but not the ones whose Group cell isn't starting with"
    (re.compile(r",?\s*but\s+not\s+(?:the\s+ones|those|any)\s+(?P<w>that|which|whose\s+[^,;]+?)\s+(?P<n>isn['’]?t|"
                r"aren['’]?t|is\s+not|are\s+not|don['’]?t|doesn['’]?t|do\s+not|does\s+not)\s+", re.I),
     lambda m: " " if re.match(r"\w+ing\s+['\"“‘]", m.string[m.end():]) and not m["w"].lower().startswith("whose")
     else f" {m['w']} {_affirmed_verb(m['n'])} "),  # ("... reading 'Rye'")
    # "170 to 190, i.e. outside that range"
    (re.compile(r"(?P<r>(?:from\s+)?[$£€]?\d[\d,.]*\s*(?:to|-|–|and|through)\s*[$£€]?\d[\d,.]*)\s*,?\s*(?:i\.?\s*e\.?|"
                r"that\s+is|meaning|ie)\s*,?\s*(?P<w>outside|inside|within)\s+(?:of\s+)?(?:that|this|the)\s+range\b",
                re.I), r"\g<w> \g<r>"),
    # "isn't outside the last 7 days": inside
    (re.compile(r"\b(?:(?P<be>is|are)n['’]?t|(?P<be2>is|are)\s+not|not)\s+outside\s+(?:of\s+)?", re.I),
     lambda m: (m["be"] or m["be2"] or "").lower() + (" " if m["be"] or m["be2"] else "") + "within "),
)
def _affirmed_verb(negation: str) -> str:
    """The verb a negation leaves once said positively: "isn't" -> "is", "aren't" -> "are",
    "doesn't" -> "does", "don't" -> "" ("the ones that don't appear" -> "that appear")."""
    word = negation.lower().split()[0]
    return "does" if word.startswith("does") else "" if word.startswith("do") else \
        "is" if word.startswith("is") else "are"


def affirmed(text: str) -> str:
    """`text` with a request said through two negations said once ("don't leave out any X" ->
    "highlight X", "no X should go unmarked" -> "highlight X", "no X without a colour scale" ->
    "colour scale on X", "highlight nothing except X" -> "highlight only X", "the X, but not the
    ones that aren't Y" -> "the X that are Y"); what the others get, said last, goes."""
    for pattern, plain in _AFFIRMED:
        text = pattern.sub(plain, text)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text).strip(" ,")


# (session 21, read on the twenty-second sets' dev halves) another spreadsheet program's dialogs
# as the request: "LibreOffice: Condition 1 > Cell value is > between > 3 and 5", "Numbers:
# Highlight Cells If > Text > is > Pistachio", "Google Sheets: Format rules > Text ends with > Waltz"
_APP = re.compile(r"^\W*(?:in\s+)?(?:the\s+)?(?:LibreOffice(?:\s+Calc)?|Calc|Google\s+Sheets|G\s*Sheets|Sheets|"
                  r"(?:Apple\s+)?Numbers(?:\s+app)?|Only\s*Office|WPS(?:\s+Spreadsheets?)?|Airtable|Notion|"
                  r"Smartsheet|Zoho(?:\s+Sheet)?|Gnumeric|Excel\s+Online)(?:[\s-]+(?:filter|view|way\s+of\s+saying\s+"
                  r"it|style|wording|terms|speak|rule|dialog|habit|brain)(?:\s+please)?)?\s*(?:[:,—–]|\s-\s)\s*", re.I)
_APP_STEP = re.compile(r"^(?:condition\s*\d*|cell\s+value(?:\s+is)?|format\s+rules?|format\s+cells\s+if|highlight\s+"
                       r"cells?\s+if|text|number|date|duplicates?\s*/\s*unique|conditional\s+formatting|format|"
                       r"add\s+(?:another\s+)?rule|single\s+colou?r|manage(?:\s+rules)?|new\s+rule|all\s+cells|"
                       r"custom\s+formula(?:\s+is)?|formula\s+is|condition\s+type|styles?)\W*$", re.I)
_APP_DEFAULT = re.compile(r"\b(?P<way>top|bottom)\s+10\s+(?P<what>elements|items|percent|%)\s*,?\s*(?:set\s+(?:it\s+)?"
                          r"to|but|make\s+it|change(?:\s+it)?\s+to|to)?\s*(?P<n>\d+)(?:\s*(?P<pct>percent|%))?"
                          r"(?:\s+of\s+them)?", re.I)
_APP_SAYS = [(re.compile(r"^(?:is|equals?|is\s+exactly)$", re.I), "exactly"),
             (re.compile(r"^(?:no\s+)?errors?$", re.I), lambda m: "cells without errors" if m.group(0).lower()
              .startswith("no") else "cells with errors"),
             (re.compile(r"^unique(?:\s+values)?$", re.I), "unique values"),
             (re.compile(r"^duplicates?(?:\s+values)?$", re.I), "duplicate values")]


_APP_NAMED = re.compile(r"\b(?:LibreOffice|Calc|Google\s+Sheets|Numbers|Only\s*Office|WPS|Airtable|Notion|Smartsheet|"
                        r"Zoho|Gnumeric)\b")
_APP_WORDS = tuple((re.compile(p, re.I), r) for p, r in (
    (r"^\W*(?:coming\s+from|in|like\s+(?:an?|the|in)|as\s+in|from|used\s+to)\s+(?:the\s+)?"
     r"(?:LibreOffice(?:\s+Calc)?|Calc|Google\s+Sheets|Numbers|Only\s*Office|Airtable|Notion)(?:[-\s]+(?:style|habit|"
     r"brain|filter|terms|way))?(?:\s+(?:this\s+is|it['’]?s|please|I['’]d\s+say))?\s*[:,—–-]?\s*(?=\S)", ""),
    (r"\bcondition\s+(?=[\"“])", ""),
    (r"\bcondition\s+\d+\s*(?:on\s+(?P<on>[^:]+?)\s*(?=:))?[-–:]?\s*", r"\g<on> "),
    (r"\bcell\s+value\s+is\s+", ""), (r"\bformat\s+rules\s*,?\s*(?:condition\s+)?", ""),
    (r"\bfilter\s+where\b", "where"),
    (r"\b(top|bottom)\s+(?:elements|items)\s*,?\s*(?:value|set\s+to|of)\s+(\d+)", r"\1 \2"),
    (r"\b(top|bottom)\s+percent\s*,?\s*(?:value|set\s+to|of)\s+(\d+)", r"\1 \2 percent"),
    (r"\bdate\s+is\s+(?=(?:last|next|this)\s+(?:week|month)|today|yesterday|tomorrow)", "dated "),
    (r"[\"“](?P<c>(?:highlight\s+cells\s+if\s+)?[^\"”]*?\b(?:less|greater|more|fewer)\s+than[^\"”]*|[^\"”]*\b(?:is\s+"
     r"(?:not\s+)?empty|contains|does\s+not\s+contain|starts\s+with|ends\s+with)\b[^\"”]*)[\"”]", r"\g<c>"),
    (r"\bhighlight\s+cells\s+if\s+", ""),
    (r",?\s*except\s+(?=(?:highlight|colou?r|shade|mark)\b)", ", but "),  # "filter where X, except highlight ..."
))


def _app_words(text: str) -> str:
    """A request that names another program with its dialog's words said plainly ("Condition 1
    - Cell value is bottom elements, value 3" -> "bottom 3", "Date is Last week" -> "dated Last
    week", a quoted condition unquoted)."""
    for pattern, said in _APP_WORDS:
        text = pattern.sub(said, text)
    return re.sub(r"\s{2,}", " ", text).strip()


def app_path(text: str) -> str:
    """A request written as another spreadsheet program's dialogs (`_APP` first) said as the rule
    they set: its navigation steps left out, the dialog's choices joined, a default changed
    ("top 10 elements, set to 2" -> "top 2"); `text` itself unless a program is named first."""
    m = _APP.match(text)
    if m is None:
        return _app_words(text) if _APP_NAMED.search(text) else text
    rest = text[m.end():]
    formula = re.search(r"=\s*[A-Z(]", rest)
    if formula is not None:  # "Custom formula is =OR(B2<0.3, B2>3), on Carat Weight": the formula reads it
        return rest[formula.start():]
    steps = [p.strip() for p in re.split(r"\s*(?:>|›|»|→|->)\s*|,\s+(?=[A-Za-z])", rest) if p.strip()]
    kept = [p for p in steps if not _APP_STEP.match(p)]
    for n, step in enumerate(kept):
        for pattern, says in _APP_SAYS:
            kept[n] = pattern.sub(says, kept[n])
    said = re.sub(r"^text\s+(?=(?:contains?|does|starts?|begins?|ends?|is)\b)", "", " ".join(kept), flags=re.I)
    said = re.sub(r"\b(between|than|to|is)\s*,\s*", r"\1 ", said, flags=re.I)
    said = _APP_DEFAULT.sub(lambda d: f"{d['way']} {d['n']}" + (" percent" if d["pct"] or d["what"].lower() in
                                                                 ("percent", "%") else ""), said)
    return _app_words(said) or text


# where the rule applies, said at length: "Wait Time column only, every row beneath the header,
# nothing else: the bottom 10 percent", "from row 2 to the bottom, not the title": no literal
_ROW_START = (r"(?:from\s+)?(?:(?:rows?|line)\s+2|(?:the\s+)?second\s+row|(?:the\s+)?(?:first|top)\s+"
              r"(?:row\s+of\s+data|\w+))")
_ROW_END = (r"\s+(?:(?:down|downwards)\s+)?(?:to|through|thru|till|until)\s+(?:the\s+)?(?:very\s+)?(?:bottom|end|"
            r"last(?!\s+(?:\d+|seven|week|month|year|quarter|days?)\b)(?:\s+\w+)?)(?:\s+of\s+(?:the\s+)?\w+)?")
_SCOPES = tuple((re.compile(p, re.I), r) for p, r in (
    (r"\b(?:from\s+)?rows?\s+2\s+(?:down\s+)?(?:to|through|thru|till|until|-|–)\s+(?:row\s+)?\d+\b", ""),
    (rf"\b{_ROW_START}(?:{_ROW_END}|\s+(?:down(?:wards)?|onwards?|and\s+below)\b)", ""),
    (r"\b(?:every|each|all)(?:\s+the)?\s+(?:\w+\s+)?(?:rows?|cells?|readings?|values?|dates?|entr(?:y|ies)|numbers?)"
     r"\s+(?:beneath|below|under)\s+the\s+(?:header|heading|title)(?:\s+row)?(?:\s+(?:to|down\s+to)\s+the\s+"
     r"(?:bottom|end))?", ""),
    (r"\b(?:the\s+)?(?:header|heading|title)(?:\s+row)?\s+(?:not\s+included|excluded|left\s+out|out|aside|skipped|"
     r"untouched|left\s+alone)\b", ""),
    (r"\(\s*(?:rows?\s+)?2\s*(?:to|-|–|through|thru)\s*\d+\s*(?:,\s*(?:no|not\s+the|without\s+the)\s+header)?\s*\)",
     ""),
    (r"\b(?:data\s+rows\s+only|all\s+columns\s+of\s+the\s+row|just\s+(?:that|this)\s+one)\b", ""),
    (r"\b(?:across|over|in|on|for|throughout)\s+the\s+(?:whole|entire|full)\s+(?:table|sheet|range|selection)\b", ""),
    (r"\b(?:and\s+)?leave\s+(?:every|all\s+the|the|each)\s+other\s+columns?\s+alone\b", ""),
    (r"\b(?:no|not\s+the|skip\s+the|skipping\s+the|excluding\s+the|except\s+the|without\s+the|leave\s+out\s+the|"
     r"ignore\s+the|minus\s+the)\s+(?:header|heading|title)(?:\s+row)?\b", ""),
    (r"\b(?:that|this|the)\s+column\s+and\s+nothing\s+(?:else\s+)?(?:next\s+to|beside|near)\s+it\b", ""),
    (r"\bno\s+other\s+columns?\b|\b(?:just|only)\s+it\b|,\s*nothing\s+else\s*(?=:)", ""),
    (r"\b(?:the\s+)?column\s+only\b|\bonly\s+(?:the|this)\s+column\b", "column"),
))


_SCOPE_WORDS = frozenset("""every each all data row rows header heading headers left alone excluded column columns of
    the whole table entire cell cells only no not included untouched and skip skipped except just that this its it
    range selection sheet""".split())
_WHOLE_ROW = re.compile(r"\b(?:whole|entire|full)\s+rows?\b|\b(?:every|each|all)(?:\s+the)?\s+columns?\s+of\s+"
                        r"(?:the|each|that|its)\s+row\b", re.I)
_ENDS_UNCOUNTED = re.compile(r"(?P<r>\boutside\s+(?:of\s+)?[$£€]?\d[\d,.]*\s*(?:to|-|–|and)\s*[$£€]?\d[\d,.]*)"
                             r"\s*\([^()]*\b(?:don['’]?t|do\s+not|doesn['’]?t|not|aren['’]?t|never)\s+"
                             r"(?:count|includ\w*|in)\b[^()]*\)", re.I)


def _scope_only(aside: str) -> bool:
    said = set(re.findall(r"[a-z]+", aside.lower()))
    return bool(said & {"row", "rows", "header", "heading", "column", "columns", "table", "range", "selection"}) \
        and said <= _SCOPE_WORDS


def unscoped(text: str) -> str:
    """`text` without what it says of where the rule applies ("from row 2 to the bottom", "not the
    header", "that column and nothing next to it"): the rule's place is the selection, and its
    figures ("row 2") are no literals. `text` itself when nothing was left out."""
    plain = _ENDS_UNCOUNTED.sub(r"\g<r>", text)  # "outside 5 to 9 (5 and 9 don't count)": outside is so
    for pattern, said in _SCOPES:
        plain = pattern.sub(said, plain)
    # "(every data row, header left alone, every column of the row)"
    plain = re.sub(r"\s*\(([^()\d]+)\)", lambda m: "" if _scope_only(m.group(1)) else m.group(0), plain)
    if plain == text:
        return text
    if _WHOLE_ROW.search(text) and not _WHOLE_ROW.search(plain):  # the rows formatted whole, said in the scope
        plain += ", whole row"
    plain = re.sub(r"(?:\s*,\s*){2,}", ", ", plain)
    plain = re.sub(r"\s*,\s*(?=[:;])|(?<=[:;])\s*,", "", plain)
    return re.sub(r"\s{2,}", " ", plain).strip(" ,")


# a request that gives its reason, the reason holding figures of its own: "our racks take 4 to 7 kg,
# so mark any weight outside 4-7", "since 40 is the pass mark, flag whoever is below it"
_ASK_START = (rf"(?:please\s+|just\s+|then\s+|can\s+you\s+|could\s+you\s+|I\s+(?:need|want)\s+(?:you\s+)?to\s+|"
              rf"let['’]?s\s+|I['’]?d\s+like\s+to\s+)?(?:{_ASK_VERB}|put|give|apply|add|show|make|pick)\b")
_SO_ASK = re.compile(r"^(?P<why>.+?)(?:\s*[,;:]|\s+-)?\s+(?:so(?!\s+on\b)|therefore|hence|which\s+is\s+why|"
                     r"that['’]s\s+why)\s*,?\s+(?P<ask>.+)$", re.I)
_SINCE_FIRST = re.compile(r"^\W*(?:since|because|given\s+that|seeing\s+(?:as|that)|now\s+that|as)\s+(?P<why>[^,;:]+)"
                          r"[,;:]\s*(?P<ask>.+)$", re.I)
_ASK_SINCE = re.compile(rf"^(?P<ask>\W*{_ASK_START}.+?)[,;]?\s+(?:since|because|given\s+that|seeing\s+as)\s+"
                        r"(?P<why>.+)$", re.I)
_POINTER = re.compile(r"\b(?P<cmp>below|under|above|over|beyond|past|reach(?:es|ing)?|reached|meet(?:s|ing)?|"
                      r"hit(?:s|ting)?|exceed(?:s|ing|ed)?|than|at\s+least|at\s+most|to|equal\s+to|exactly|of|from)\s+"
                      r"(?:it|that(?:\s+(?:figure|number|mark|level|line|limit|amount|value|threshold))?|this|the\s+"
                      r"(?:cut-?off|limit|threshold|mark|line|target|figure|bar|minimum|maximum|pass\s+mark))(?![\w'])",
                      re.I)
_REACH = {"reach": "at least", "reaches": "at least", "reaching": "at least", "reached": "at least", "meet": "at least",
          "meets": "at least", "meeting": "at least", "hit": "at least", "hits": "at least", "hitting": "at least",
          "exceed": "over", "exceeds": "over", "exceeding": "over", "exceeded": "over"}
_CONSEQUENCE = re.compile(rf"^(?P<subj>.+?)\s+(?:means|indicates|signals|shows)\s+[^;.]+[;.]\s*(?P<verb>{_ASK_VERB})\s+"
                          r"(?:those|them|these|it|they)\b\W*$", re.I)
_SAYS_RULE = re.compile(r"\d|[\"“'‘]\w|\b(?:blank\w*|empt\w*|duplicat\w*|unique|average|errors?|top|bottom|highest|"
                        r"lowest|"
                        r"today|yesterday|tomorrow|week|month|colou?r\s+scale|data\s+bars?|icons?|contain\w*|start\w*|"
                        r"end\w*|repeat\w*|once)\b", re.I)
_VISUAL_PURPOSE = re.compile(r"^(?P<rule>\W*(?:a|an|the)\s+(?:colou?r\s+scale|data\s+bars?|icon\s+sets?|icons)\s+"
                             r"(?:on|for|across|over)\s+.+?)\s+(?:will|would|should|can|could|to)\s+(?:show|tell|help|"
                             r"let|make|reveal|see)\b.*$", re.I)


def _pointed(m: re.Match, figure: str) -> str:
    """The comparison of `m` with `figure` for its pointer ("reach it" -> "at least 50", "that reach
    it" -> "that are at least 50")."""
    said = _REACH.get(m["cmp"].lower(), m["cmp"])
    before = m.string[:m.start()].rstrip().lower()
    if m["cmp"].lower() in _REACH and before.endswith(("that", "which", "who")):
        said = "are " + said
    return f"{said} {figure}"


def reasoned(text: str) -> str:
    """The ask of a request that gives its reason first or last ("the racks take 4 to 7 kg, so
    mark any weight outside 4-7" -> "mark any weight outside 4-7"), the reason's one figure put
    for a pointer to it ("since 40 is the pass mark, flag whoever is below it" -> "flag whoever
    is below 40", "reach it" -> "at least 50"); `text` itself when the ask says no rule."""
    m = _VISUAL_PURPOSE.match(text)
    if m:
        return m["rule"]
    for pattern in (_SO_ASK, _SINCE_FIRST, _ASK_SINCE):
        m = pattern.match(text)
        if m is None:
            continue
        ask, why = m["ask"].strip(), m["why"]
        c = _CONSEQUENCE.match(ask)
        if c:
            ask = f"{c['verb']} {c['subj']}"
        if pattern is _SO_ASK and not re.match(rf"\W*{_ASK_START}", ask, re.I) and not c \
                and not re.search(rf"\b{_ASK_VERB}\b", ask, re.I):
            continue
        figures = re.findall(r"[$£€]?\d[\d,]*(?:\.\d+)?%?", why)
        if _POINTER.search(ask) and len(set(figures)) == 1:
            ask = _POINTER.sub(lambda p: _pointed(p, figures[0]), ask)
        if _SAYS_RULE.search(ask) and not _POINTER.search(ask):
            return ask
    return text


_REDO_TAIL = re.compile(r"[\s,;.:–—-]*\b(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:(?:do|apply|use)\s+"
                        r"(?:that|it|this|the\s+same(?:\s+thing)?)(?:\s+again)?|(?:the\s+)?same\s+again|"
                        r"(?:put|bring|set)\s+(?:that|it|this|them)\s+back(?:\s+again)?|again\s+please|"
                        r"redo\s+(?:that|it)|same\s+(?:thing|as\s+before)|like\s+before|as\s+before)"
                        r"(?:\s+(?:please|pls|thanks))?\s*[.!]*\s*$", re.I)
_REDO_TIME = (r"(?:last|this\s+past|the\s+previous|previous)\s+(?!week['’]s|month['’]s|(?:7|seven)\s+days)"
              r"(?:(?:new\s+)?[a-z]+)")
_REDO_LEAD = re.compile(rf"^\W*{_REDO_TIME}\s*,?\s+(?=(?:I|we|they|it|you|the|my|our|there)\b)", re.I)
_REDO_END = re.compile(rf"\s+(?:{_REDO_TIME}|before|previously|earlier)(?:\s+(?:the|we|I|it|they)\b[^,;]*)?\s*$",
                       re.I)
_REDO_DONE = re.compile(r"^(?:I|we|it|they|you)\s+(?:(?P<had>had|kept|used\s+to\s+have)\s+|"
                        r"(?P<used>used\s+to|would)\s+|"
                        r"(?P<did>marked|shaded|highlighted|coloured|colored|flagged|greyed|picked)\b)", re.I)
# "were red", "used to be highlighted"
_REDO_PASSIVE = re.compile(r"\s+(?:used\s+to\s+be|were|was|got)\s+[a-z]+\s*$", re.I)
_REDO_HAD = re.compile(r"\s+(?:highlighted|shaded|marked|coloured|colored|flagged|greyed\s+out|picked\s+out)\s*$",
                       re.I)
_REDO_HAVE = re.compile(r"^(?P<subj>.+?)\s+used\s+to\s+have\s+(?P<what>.+)$", re.I)
_PRESENT = {"marked": "mark", "shaded": "shade", "highlighted": "highlight", "coloured": "colour", "colored": "color",
            "flagged": "flag", "greyed": "grey", "picked": "pick"}


def redone(text: str) -> str:
    """A rule asked for again by what was done before: "last season I marked 10 outs or more, do
    that again" -> "mark 10 outs or more"; "I had 250-500 yd shaded last time, put that back" ->
    "highlight 250-500 yd"; "last year the bottom 20% of scores were red, same again" ->
    "highlight the bottom 20% of scores". Only with the ask to redo it: "last month" and "before"
    are then when it was done, no period of the rule ("last week's fixtures" stays)."""
    aside = re.search(r"\s*\([^()]*\)\s*[.!]*\s*$", text)  # "put that back (250 and 500 included)"
    tail = _REDO_TAIL.search(text[:aside.start()] if aside else text)
    if not tail or not tail.start():
        return text
    body = text[:tail.start()].rstrip(" ,;")
    if not aside:  # "... in purple before (both ends in), put that back"
        aside = re.search(r"\s*\([^()]*\)\s*$", body)
        body = body[:aside.start()] if aside else body
    body = _REDO_END.sub("", _REDO_LEAD.sub("", body))
    done = _REDO_DONE.match(body)
    if done and done.group("used"):
        body = body[done.end():]
    elif done and done.group("had"):
        rest = _REDO_HAD.sub("", body[done.end():])
        visual = re.match(r"(?:an?\s+)?(?:colou?r\s+scale|icon|data\s+bar)", rest, re.I)
        body = ("add " if visual else "highlight ") + rest
    elif done:
        body = _PRESENT[done.group("did").lower()] + body[done.end():]
    elif _REDO_HAVE.match(body):  # "the Entry column used to have a colour scale"
        body = "add {what} on {subj}".format(**_REDO_HAVE.match(body).groupdict())
    elif not re.match(r"\W*(?:highlight|mark|shade|colou?r|flag|format|bold|fill|pick|grey|gray)\b", body, re.I):
        body = "highlight " + _REDO_PASSIVE.sub("", body)
    return body + (" " + aside.group(0).strip() if aside else "")


_VERSE_LINE = re.compile(r"\s+/\s+")
_VERSE_ASK = re.compile(r"^(?:and\s+|so\s+|then\s+)?(?P<verb>colou?r|tint|shade|paint|mark|highlight|flag|light|dye|"
                        r"fill|make|turn)\s+(?:them|it|those|these|each|the\s+lot)\b(?:\s+(?:up|in))?", re.I)
_VERSE_RULE = re.compile(r"\d|(?<!\w)[\"“'‘]\w|#\w+|\b(?:errors?|blanks?|empty|duplicat\w*|unique|average|between|"
                         r"over|under|above|below|more|less|fewer|exactly|not|without|contain\w*|today|tomorrow|"
                         r"yesterday|week|month)\b", re.I)


def versed(text: str) -> str:
    """A request in rhyme, its lines set apart by " / ": the line that asks for the format
    ("colour them teal so none we miss") said as its verb before the line that says which cells,
    its rhyme left out: "Nights that fall in the month after this, / colour them teal so none we
    miss" -> "colour Nights that fall in the month after this". A line that also says a rule
    ("paint it red, like #DIV/0!") stays. An opening line ending in ";" or ":" that says no rule
    ("Roses are red and the grid is plain too;") goes."""
    lines = _VERSE_LINE.split(text.strip())
    opener = re.match(r"^[^\n]*[;:]\s*\n", text)  # "Roses are red and the grid is plain too;\n if a Notes cell ..."
    if len(lines) == 1 and opener and not re.search(r"\d|(?<!\w)['\"“‘]\w", opener.group(0)) \
            and not _VERSE_RULE.search(opener.group(0)):
        return text[opener.end():]
    if len(lines) != 2:
        return text
    ask = _VERSE_ASK.match(lines[1])
    if not ask or _VERSE_RULE.search(lines[1][ask.end():]):
        return text
    return f"{ask.group('verb').lower()} {lines[0].strip().rstrip(',;:')}"


_SCENARIO = re.compile(r"^\s*Scenario(?:\s+Outline)?:[^\n]*\n(?=\s*(?:Given|When)\b)", re.I)
_REST_NOT = re.compile(r",?\s+and\s+the\s+rest\s+of\s+(?:its|the|that)\s+row\s+(?:is|stays?)\s+(?:not|untouched|"
                       r"plain|as\s+it\s+is)\b", re.I)
_CALLED = re.compile(r"\b(?P<be>is|are)\s+(?:called|named)\s+(?=[\"“'‘])", re.I)


def scenario(text: str) -> str:
    """A request as a test scenario: its "Scenario:" title line over the steps goes (the steps say
    it again), "and the rest of its row is not" is where the format goes, no negation, and "when the
    pair is called 'X'" is that text exactly."""
    text = _REST_NOT.sub("", _SCENARIO.sub("", text))
    return _CALLED.sub(lambda m: f"{m.group('be')} exactly ", text)
