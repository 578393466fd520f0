"""A request in an academic paper's register, without its citations and cross-references.

Some users write as in a paper or a thesis: "Following O'Connell et al., 2018, each cell of the
Qty column that falls below 300 is highlighted (see Section 2.7)", "Observations whose Qty ... are
of interest and should be shaded, as in Table 4a of Haddad and Moreau, 2017", "Hypothesis H2: any
entry in Qty that ... merits highlighting (Ferreira, 2015)", "Let S be the set of Code cells whose
value starts with "AB"; the complement of S is highlighted". The citations' years and the
sections' numbers were read as the rule's figures ("LessThan(2018)"). `uncited` takes the
citations, the cross-references and the hypothesis's label away and says a set's complement as the
cells outside it. A text without them is left as it is.

The forms were seen on the thirtieth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.jargon import dropped_and_said

_I = re.IGNORECASE
_AUTHORS = r"[A-Z][\w'’\-]+(?:\s+(?:et\s+al\.?|(?:and|&)\s+(?:al\.?|[A-Z][\w'’\-]+)))?"
_YEAR = r"(?:1[89]|20)\d{2}[a-z]?"
_REF = r"(?:Section|Sect\.|§|Table|Figure|Fig\.|Eq\.|Appendix|Chapter)\s*\d[\w.]*"
_DROPPED = tuple(re.compile(p, _I) for p in (
    rf"\s*\([^()]*\b{_REF}[^()]*\)",  # "(see Section 2.7)", "(arrows by tercile; see Section 6.1)"
    rf"\s*\((?:cf\.|see|e\.g\.,?|after)?\s*{_AUTHORS},\s*{_YEAR}(?:;\s*{_AUTHORS},\s*{_YEAR})*\)",  # (Smith, 2020)
    # "Following X, 2018, "
    rf"^\s*(?:following|after|as\s+in|per|like|cf\.)\s+(?:{_AUTHORS},\s*{_YEAR}|{_REF})\s*,\s*",
    # "as in Table 4a of X, 2017"
    rf",?\s*(?:as\s+in|after|following|cf\.|see)\s+{_REF}(?:\s+of\s+{_AUTHORS},\s*{_YEAR})?",
    rf",?\s*(?:as\s+in|after|following|cf\.)\s+{_AUTHORS},\s*{_YEAR}",  # ", after Ferreira, 2015"
    r"^\s*(?:hypothesis|proposition|definition|remark|claim)\s+[A-Z]?\d+[a-z]?\s*[:.]\s*",  # "Hypothesis H2:"
))
_SAID = tuple((re.compile(p, _I), plain) for p, plain in (
    (r"^\s*(?:observations|entries|cells|rows|values|records|items)\s+(?:whose|where|in\s+which)\s+(?P<t>.+?)\s+"
     r"(?:are|is)\s+of\s+(?:interest|note)(?:\s+and\s+(?:should|shall|must|will)\s+be\s+\w+)?",
     r"highlight where \g<t>"),
    (r"\bthe\s+preceding\s+day\b", "yesterday"), (r"\bthe\s+following\s+day\b", "tomorrow"),
    (r"\bthe\s+current\s+(?:date|day)\b", "today"),
    (r"\b(?:lies\s+|falls\s+)?outside\s+(?:of\s+)?the\s+closed\s+interval\s+"
     r"\[\s*(?P<a>-?[\d,.]+)\s*,\s*(?P<b>-?[\d,.]+)\s*\]",
     r"is not between \g<a> and \g<b>"),
    (r"\b(?:lies\s+|falls\s+)?(?:within|in)\s+the\s+closed\s+interval\s+"
     r"\[\s*(?P<a>-?[\d,.]+)\s*,\s*(?P<b>-?[\d,.]+)\s*\]",
     r"is between \g<a> and \g<b>"),
    (r"\blacks\s+the\s+(?:string|substring|text|word)\b", "does not contain"),
    (r"[,;]?\s*rows\s+are\s+left\s+unformatted\b", ", cells only"),
))
_NEGATED = {"starts": "does not start", "begins": "does not begin", "ends": "does not end",
            "contains": "does not contain",
            "includes": "does not include", "equals": "does not equal", "exceeds": "does not exceed", "is": "is not"}
_COMPLEMENT = re.compile(r"^\s*let\s+(?P<s>[A-Z])\s+be\s+the\s+set\s+of\s+(?P<what>.+?)\s*[;,.]\s*(?:then\s+)?the\s+"
                         r"complement\s+of\s+(?P=s)\s+(?:is|be|are)\s+(?:highlighted|shaded|coloured|colored|marked|"
                         r"flagged)\b", _I)


def uncited(text: str) -> str:
    """`text` without its citations, cross-references and labels (see the module's docstring)."""
    m = _COMPLEMENT.match(text)
    if m:  # "the set of Code cells whose value starts with AB" -> "... whose value does not start with AB"
        what = re.sub(r"\b(?:starts|begins|ends|contains|includes|equals|exceeds|is)\b",
                      lambda v: _NEGATED[v.group(0).lower()], m.group("what"), count=1, flags=_I)
        text = f"highlight the {what}{text[m.end():]}"
    return dropped_and_said(text, _DROPPED, _SAID)
