"""A request written as a classified ad, without the ad.

Some users write the request into a small ad: "FOR SALE: sofa bed, 2008, 57375 km, $213 or best
offer -- and tint any X cell below 93. (box 48)", "WANTED: someone to bold the values under X
within the past seven days. Pay $53. No time-wasters.", "LOST: chest freezer near the market. If
found, call 555-0109. Also, shade the X cells in the bottom 4.", and on a table "SERVICES: will
color full rows for repairs where ... in T for $40. Call 555-0186 after 6". The prices, years,
mileages, phone and box numbers were read as the rule's figures (Between(555, 109), Equals(2015)).
`unclassified` takes away the ad's headings (FOR SALE, WANTED, LOST, FREE TO GOOD HOME, SERVICES),
prices, phone numbers, box numbers, years and mileages, its set phrases ("or best offer", "ono",
"pick-up only", "no time-wasters", "genuine buyers only", "if found, call ...") and keeps the
clauses that ask (`framed.kept_asks`): "WANTED: someone to bold ..." and "will color ..." ask to
bold and to colour. A text without a classified heading, a price with "ono" or "best offer", a
box number or a phone number to call is left as it is.

The forms were seen on the thirty-fifth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.framed import ASKS, kept_asks, without_parts

_I = re.IGNORECASE
_HEADING = (r"(?:for\s+sale|wanted|lost|found|free\s+to\s+(?:a\s+)?good\s+home|services?|classifieds?|swap|trade|"
            r"for\s+hire)")
_CUE = re.compile(rf"(?:^|[.!?]\s+){_HEADING}\s*[:,!]|\bono\b|\bor\s+best\s+offer\b|\(\s*box\s+\d+\s*\)|"
                  r"\bbox\s+\d+\s*:|"
                  r"\bcall\s+\d{3}-\d{4}\b|\bno\s+time-?wasters\b|\bpick-?up\s+only\b", _I)
_PARTS = tuple((re.compile(p, _I), said) for p, said in (
    (r"\(\s*box\s+\d+\s*\)|\bclassifieds?\s*,\s*box\s+\d+\s*:|\bbox\s+\d+\s*:", " "),
    (r"\b(?:please\s+)?call\s+\d{3}-\d{4}(?:\s+after\s+\d+(?:\s*(?:pm|am))?)?", " "),
    (r"\bif\s+found\s*,?", " "),
    (r"(?:\b(?:up\s+to|pays?|from|only)\s+)?[$£€]\s?\d[\d,]*(?:\.\d+)?"
     r"(?:\s+(?:ono|o\.n\.o\.|or\s+best\s+offer|obo|offered|firm))?",
                                  " "),
    (r"\b(?:ono|or\s+best\s+offer|obo)\b", " "), (r"\b\d[\d,]*\s*(?:km|miles|mi)\b", " "), (r"\b(?:19|20)\d\d\b", " "),
    (r"\bwanted\s*:\s*someone\s+to\s+", " "), (r"\bservices?\s*:\s*will\s+", " "), (r"\bbuyer\s+must\s+", " "),
    (r"\bP\.\s*S\.", " "), (r"\bfor\s+(?=\s*[.,]|\s*$)", " "),
))
_FRAME = re.compile(rf"\b(?:{_HEADING}|call|pick-?up|collect|time-?wasters|buyers?|genuine|replies|offer|reward|pay|"
                    r"model|condition|barely\s+used|good\s+nick|near\s+the|hatchback|sofa|freezer|bike|dresser|van|"
                    r"spreadsheet|sheet|only)\b", _I)
_LINKS = re.compile(r"also(?:\s+wanted)?|and|while\s+you['’]re\s+here|please|condition", _I)
_SAID = tuple((re.compile(p, _I), said) for p, said in (
    (r"^(?:and|also|while\s+you['’]re\s+here)\s*,?\s+", ""), (r"^(?:also\s+wanted|condition)\s*:\s*", ""),
))


def unclassified(text: str) -> str:
    """`text` without the classified ad it is written as (the module's docstring)."""
    if not _CUE.search(text):
        return text
    said = without_parts(text, _PARTS)
    said = re.sub(rf"(?:^|(?<=[.!?]\s)){_HEADING}\s*[:,!]\s*(?P<item>[^.,;]*)",  # the heading and the thing sold
                  lambda m: m["item"] if ASKS.search(m["item"]) else " ", said, flags=_I)
    said = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", said)).strip()
    return kept_asks(said, _FRAME, _SAID, _LINKS)
