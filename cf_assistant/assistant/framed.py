"""The clauses of a request said inside something else that ask something, the rest dropped.

A request written inside a prescription, a set of driving directions, a classified ad or a film
script (`prescriptions`, `directions`, `classifieds`, `scripts`) keeps its ask in a clause of its
own: "Rx #73543 Sig: tint any X cell different from 103. Refills: 1.", "Take exit 40 toward A32.
Colour any X cell more than 4. Continue for 2.1 miles.". `kept_asks` cuts a text at sentence ends,
dashes, colons, commas, semicolons and pipes, drops each clause that speaks only of the frame (a
word of it and no word of an ask: no verb of formatting, no cell, column, row, value or entry, no
"every", "each", "any", "when", "if") or holds no word at all, says what is left with the form's
own rewordings and joins it with commas. The readers call it only when their form's cue is there.
"""

from __future__ import annotations

import re
from typing import Iterable

_I = re.IGNORECASE
# a clause that asks something: a verb of formatting or the cells it is about
ASKS = re.compile(r"\b(?:h\w{0,3}l\w{0,2}ght\w*|colou?r\w*|colr|shade\w*|shd\w*|mark(?:s|ed|ing)?|mrak|flag\w*|falg|"
                  r"tint\w*|"
                  r"paint\w*|piant|bold\w*|fill\w*|apply|add|put|show|make|give|cells?|columns?|rows?|entr(?:y|ies)|"
                  r"values?|every|each|any|anything|all|whenever|when|where|wherever|whose|if|icons?|bars?|scale|"
                  r"ones|those)\b", _I)
_SEPARATOR = re.compile(r"(?<=[.;!?])\s+|\s+(?:--|—|–|\|)\s+|:\s+|,\s+|;\s*")


def without_parts(text: str, parts: Iterable[tuple[re.Pattern, str]]) -> str:
    """`text` with each of `parts` (a pattern and what it is said as) said so, its runs of spaces and
    the spaces before its punctuation closed up."""
    for pattern, plain in parts:
        text = pattern.sub(plain, text)
    return re.sub(r"\s+([,.;:?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


def kept_asks(text: str, frame: re.Pattern, said: Iterable[tuple[re.Pattern, str]] = (),
              dropped: re.Pattern | None = None) -> str:
    """`text`'s clauses that ask something (the module's docstring); `frame` finds the form's words,
    `dropped` the clauses dropped whole, `said` the rewordings of a kept clause; `text` when
    nothing is left."""
    kept = []
    for clause in _SEPARATOR.split(text):
        bare = (clause or "").strip(" .!?,;:").lstrip("-—–| ").strip()
        if not re.search(r"[A-Za-z]", bare) or (dropped is not None and dropped.fullmatch(bare)) \
                or (frame.search(bare) and not ASKS.search(bare)):
            continue
        for pattern, plain in said:
            bare = pattern.sub(plain, bare).strip(" ,")
        if re.search(r"[A-Za-z]", bare):
            kept.append(bare)
    out = ", ".join(kept)
    return f"{out}." if out else text
