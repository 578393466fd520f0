"""A request said over a radio, as an order, at an auction or in a horoscope, without the figures
that name things rather than test cells.

Some users frame the request the way their trade talks: "Unit 43: shade anything 16 or below in
Felled. Acknowledge, over.", "Roger that, channel 14 -- colour the Fried entries equal to 110",
"OPORD 23: at 1015, 9th Recce Team will light up the Score rows over 5. Execute.", "rally at grid
9780 7846, then fill ...", "Sold! Lot 81 goes to paddle 92: the Points entries in the bottom 25
percent", "Bid of $480 from the back, and the lot is: fill Rings cells from 50 to 90", "Forecast
for Libra (Sep 23 - Oct 22): highlight every Points value in the bottom 2. Lucky number 25.". The
unit, channel, lot, paddle and order numbers, the call signs' numbers ("Bravo 4", "Car 33"), the
times ("at 1015", "by 2330", "H-hour 0800"), the grid references, the bids, the star sign's dates
and its lucky number were read as the rule's figures (Top(81), Between(23, 22)). `without_callsigns`
takes those figures away with the words that name them and the trades' set phrases around the request
("Going once, going twice", "Over and out", "the stars say", "Luck follows"), and then says "light
up", "should light up", "will glow" and "..., sold to the highlighter" as highlighting, a header in
quotes before "entry" or "cell" as the header, and reads a message said twice ("... Say again?
...") once. A text
without such named figures or words is left as it is.

The forms were seen on the thirty-third sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_SPELLING = (r"alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|kilo|lima|mike|november|oscar|papa|"
             r"quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-ray|yankee|zulu")
_NAMED = tuple(re.compile(p, _I) for p in (
    # a unit, a channel, a lot, an order: the number names it ("Unit 43", "lot 245", "FRAGO 15", "Task Force 50")
    r"\b(?P<label>lot|paddle|unit|car|channel|ch\.|breaker|platoon|squad|troop|company|detachment|"
    r"task\s+force|phase|para(?:graph)?|opord|frago|warno|sitrep|op\s+order|call\s+sign|" + _SPELLING + r")"
    r"\s*(?:no\.?\s*|number\s+|#\s*)?\d+\b",
    r"\b\d+(?:st|nd|rd|th)\s+(?=(?:recce\s+)?(?:platoon|squad|section|company|troop|detachment|battalion|team|"
    r"regiment|brigade)\b)",
    # a time of day in four figures and a grid reference
    r"[,;]?\s*\b(?:at|by|until|till|effective|from|no\s+later\s+than|nlt|h-hour|time\s+now|report\s+at|move\s+out\s+at|"
    r"execute\s+at|next\s+report\s+at)\s+[0-2]\d[0-5]\d\b(?:\s*(?:hours|hrs|h|z)\b|(?=\s*(?:[,.;:!]|$)))",
    r"[,;]?\s*\b(?:rally\s+(?:point\s+)?(?:at\s+)?)?grid(?:\s+ref(?:erence)?)?\s+(?:[A-Z]{2}\s+)?\d{3,5}\s+\d{3,5}\b",
    # a bid ("Bid of $480 from the back", "$850 now", "sold at $205", "do I hear $140?")
    r"\b(?:bid\s+of|opening\s+at|sold\s+at|do\s+i\s+hear|starting\s+at|going\s+at)\s+[$£€]\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s+from\s+the\s+back)?\??",
    r"[$£€]\s?\d[\d,]*(?:\.\d+)?\s+now\b|^\s*[$£€]\s?\d[\d,]*(?:\.\d+)?\?",
    # a star sign's dates and its lucky number
    rf"\(\s*{_MONTH}\s+\d{{1,2}}\s*[-–—]\s*{_MONTH}\s+\d{{1,2}}\s*\)",
    r"\blucky\s+numbers?\s+(?:is\s+)?\d+(?:\s*(?:,|and)\s*\d+)*\b\.?",
))
_SIGNS = (r"aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces")
_FRAMES = tuple(re.compile(p, _I) for p in (  # the trades' set phrases around a request, no part of it
    r"\bgoing\s+once,?\s+going\s+twice\b(?:,?\s+(?:going,?\s+)?gone\b)?[!.]*|\bgoing,\s+going,\s+gone\b[!.]*|"
    r"\bhammer\s+down\b[!.]*|\bhammer['’]s\s+up\b|\bsold\s*!+(?!=)|\bhey\s+bid-a-bid\b,?|\bwho['’]ll\s+go\s+higher\b|"
    r"\bladies\s+and\s+gent(?:lemen|s)\b|\bthank\s+you,?\s+sir\b|\bpaddle\s+takes\s+it\b[!.]*|\bfinal\s+call\s+on\b",
    r"\bover\s+and\s+out\b[.!]*|\bhow\s+copy\b,?(?:\s+over)?\??|\bcopy\?|\bten-four\b,?|\broger\s+that\b,?|"
    r"\bbreak,\s+break\b,?|\bradio\s+check\b.*?loud\s+and\s+clear\b[.!]*(?:\s*now\s*:)?|\breading\s+you\s+loud\s+and"
    r"\s+clear\b[.!]*|\b(?:unit|delta|bravo|alpha|charlie)\s+out\b[.!]*|(?<=[.!?])\s*(?:over(?:\s+and\s+out)?|out|execute|dismissed|"
    r"acknowledge|move\s+out|hooah)\s*[.!]*(?=\s|$)|,\s*over\s*[.!]*$|\backnowledge\b[.!]*\s*$",
    rf"\b(?:the\s+)?planets\s+align\s+for\s+(?:{_SIGNS})\b,?\s*(?:and\s+)?|\bthe\s+stars\s+say\b\s*|\bthe\s+cosmos\s+"
    rf"insists\b[.!]*|\bluck\s+follows\b[.!]*|\blucky\s+colou?r\s*:\s*\w+\b[.!]*|"
    rf"\bbest\s+match\s*:\s*(?:{_SIGNS})\b[.!]*|"
    rf"\b(?:mercury|venus|mars|jupiter)\s+(?:approves|turns|is\s+strong|wants\s+you\s+to)\b[,.!]*|\bwhile\s+jupiter\s+"
    rf"is\s+strong\b|\bthis\s+season\b(?=\s*[.!]|$)|\btrust\s+your\s+instincts\b,?",
    rf"^\s*(?:(?:dear|forecast\s+for|your\s+(?:horoscope|reading),?|born\s+under)\s+)?(?:{_SIGNS})(?:\s+(?:rising|"
    rf"horoscope))?\s*[,:?!-]+\s*(?:(?:then|and)\s+)?(?:the\s+moon\s+enters\s+your\s+[\w\s]{{0,30}}?house\s*:\s*)?",
    rf"\bthe\s+moon\s+in\s+(?:{_SIGNS})\s+asks\s+you\s+to\b",
))
_SOLD_TO = re.compile(r"^(?P<lead>.*?)(?P<what>\b(?:each|every|any|all|the)\b.+?),?\s*sold\s+to\s+the\s+"
                      r"highlighter\b[!.]*",
                      _I)
_QUOTED_HEADER = re.compile(r"[\"“](?P<h>[^\"”]{2,40})[\"”]"
                            r"(?=\s+(?:entry|entries|cell|cells|value|values|column|field)\b)")
_I_SAY_AGAIN = re.compile(r"\s*\bI\s+say\s+again\s*[,:]?\s*(?P<x>[^.!?]{6,})[.!?]?", _I)
_LIGHT = tuple((re.compile(p, _I), said) for p, said in (
    (r"\b(?:should|must|will|shall)\s+(?:light\s+up|glow)(?:\s+under\s+this\s+moon)?(?=\s*(?:[.,;:!?)]|$|this\b|"
     r"tonight\b|today\b))", "should be highlighted"),
    (r"\blight\s+(?P<obj>them|it)\s+up\b", r"highlight \g<obj>"),
    (r"\blight\s+up\s+(?=(?:the|every|each|any|all)\b)", "highlight "),
))
_SAID_AGAIN = re.compile(r"(?P<said>[^.?!]{12,}[.?!])\s*say\s+again\?\s*(?:\.{3}\s*)?(?P<again>[^.?!]{12,}[.?!])", _I)


def without_callsigns(text: str) -> str:
    """`text` without the figures that name things (see the module's docstring)."""
    said = text
    for pattern in _NAMED:
        said = pattern.sub(lambda m: m["label"] if "label" in m.re.groupindex else "", said)
    said = _SOLD_TO.sub(lambda m: f"{m['lead']}highlight {m['what']}", said)
    for pattern in _FRAMES:
        said = pattern.sub(" ", said)
    if said == text and not re.search(r"\bwill\s+glow\b|\bsay\s+again\b", text, _I):
        return text
    said = _QUOTED_HEADER.sub(r"\g<h>", said)
    for pattern, plain in _LIGHT:
        said = pattern.sub(plain, said)
    again = _SAID_AGAIN.search(said)
    if again and again["said"].strip().lower() == again["again"].strip().lower():
        said = said[:again.start("again")] + said[again.end("again"):]
        said = re.sub(r"\s*say\s+again\?\s*(?:\.{3}\s*)?", " ", said, flags=_I)
    said = _I_SAY_AGAIN.sub(lambda m: "" if m["x"].strip().lower() in said[:m.start()].lower() else m.group(0), said)
    said = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", said))
    said = re.sub(r"(?:[,:;]\s*)+([,:;])", r"\1", said)  # "lot 59, opening at $110: shade" -> "lot: shade"
    return re.sub(r"\.{2}(?!\.)", ".", said).strip(" ,;-–—")
