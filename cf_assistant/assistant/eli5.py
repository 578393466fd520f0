"""A request explained in very simple words, as to a child or a newcomer, said in the rule's words.

Some users avoid every technical word: "the Notes boxes where nobody wrote anything in the box
should turn yellow", "if the number is 8, 25, or anywhere in between, colour that box", "not 20,
not 37, and not anywhere in between", "the Blower boxes where you cannot find 'Petrol' anywhere",
"when what it says shows up only one time", "put little bars inside the Qty boxes, longer bars
for bigger numbers", "paint the whole line across, not just the box". `grown_up` says them as the
rule's words: a box is a cell and a line a row, the empty box is blank, the list with "anywhere
in between" is a range, what cannot be found is not contained, what shows up one time is unique,
the little bars are data bars, and what to "look at" first is where the next sentence's test is.
A text without such words is left as it is.

The words were seen on the twenty-ninth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def _verb(said: str) -> str:
    """"appears" or "appear", as the words it stands for are said ("shows up" -> "appears")."""
    return "appears" if re.search(r"(?i)\b(?:shows|appears|is)\b", said) else "appear"


_N = r"-?[$£€]?\d(?:[\d,.]*\d)?"
_SAID = tuple((re.compile(p, flags), plain) for p, plain, flags in (
    # ranges: "8, 25, or anywhere in between"; "not 20, not 37, and not anywhere in between"
    (rf"\bnot\s+(?P<a>{_N})\s*,?\s*not\s+(?P<b>{_N})\s*,?\s*(?:and|or|nor)\s+not\s+anywhere\s+in\s+"
     r"(?:between|the\s+middle)",
     r"not between \g<a> and \g<b>", _I),
    (rf"\b(?P<a>{_N})\s*,?\s*(?P<b>{_N})\s*,?\s*(?:or|and)\s+anywhere\s+in\s+(?:between|the\s+middle)",
     r"between \g<a> and \g<b>", _I),
    (rf"\bsomewhere\s+(?:from|between)\s+(?P<a>{_N})\s+(?:up\s+)?(?:to|and)\s+(?P<b>{_N})", r"from \g<a> to \g<b>", _I),
    (rf",\s*and\s+(?:both\s+)?{_N}\s+and\s+{_N}\s+(?:themselves\s+)?(?:count|are\s+in(?:cluded)?|are\s+okay|"
     r"are\s+fine)\s+(?:too|as\s+well)\b", "", _I),
    # emptiness and finding
    (r"\b(?:where|if|when|that)\s+(?:nobody|no\s+one|no-one)\s+(?:has\s+)?wr(?:ote|itten)\s+anything"
     r"(?:\s+(?:in|inside)\s+(?:the\s+box|the\s+cell|it|there|them))?", "that are blank", _I),
    (r",?\s*with\s+nothing\s+written\s+in\s+(?:it|them|the\s+box)\b", "", _I),
    (r"\b(?:where|if|when)\s+you\s+(?:cannot|can['’]?t|can\s+not|do\s+not|don['’]?t)\s+(?:find|see|spot)\s+"
     r"(?P<v>'[^']+'|\"[^\"]+\"|\w+)(?:\s+anywhere)?(?:\s+(?:there|in\s+it|in\s+them|inside))?",
     r"not containing \g<v>", _I),
    (r"\b(?:where|if|when)\s+you\s+can\s+(?:find|see|spot)\s+(?P<v>'[^']+'|\"[^\"]+\"|\w+)(?:\s+somewhere)?"
     r"(?:\s+(?:there|in\s+it|in\s+them|inside))?", r"containing \g<v>", _I),
    # once and more
    (r"\b(?:shows?\s+up|appears?|is\s+there)\s+only\s+one\s+time\b|\bonly\s+shows?\s+up\s+(?:one\s+time|once)\b",
     lambda m: f"{_verb(m.group(0))} only once", _I),
    (r"\b(?:shows?\s+up|appears?)\s+(?:more\s+than\s+one\s+time|two\s+or\s+more\s+times)\b",
     lambda m: f"{_verb(m.group(0))} more than once", _I),
    # bars; boxes and lines
    (r"\b(?:little|small|tiny)\s+bars\s+(?:inside|in|into)\b", "data bars on", _I),
    (r",?\s*(?:with\s+)?(?:longer|bigger)\s+bars\s+for\s+(?:bigger|larger|higher)\s+numbers\b", "", _I),
))
# a box is a cell and a line a row only in a request told this simply ("a Qty box should turn yellow", "colour that
# box", "if the number is ...": "box office", "every Riverside box" and "boxes sold" stay)
_SIMPLE = re.compile(r"\bturn\s+(?:yellow|red|green|blue|orange|pink|purple)\b|\ba\s+bright\s+colou?r\b|"
                     r"\bcolou?r\s+(?:it|that\s+box|those\s+boxes)\b|\bpaint\b|\bthe\s+number\s+is\b|"
                     r"\bwhat\s+it\s+says\b|\bnobody\s+wrote\b|\bonly\s+those\s+boxes\b|\bjust\s+the\s+box\b|"
                     r"\blonger\s+bars\b", re.IGNORECASE)
_BOXES = ((re.compile(r"\bthe\s+whole\s+line(?:\s+across)?\b", _I), "the whole row"),
          (re.compile(r"\bboxes\b"), "cells"), (re.compile(r"\bbox\b"), "cell"))
# "Look at the Fee boxes in Jobs. If the number is 8, colour that box.": what to look at is the column
_LOOK = re.compile(r"^\s*(?:please\s+)?(?:look\s+at|check|go\s+to|find)\s+(?P<what>[^.!?:\n]+)\.\s+"
                   r"(?P<rest>(?:if|when|where|whenever)\b.+)$", re.IGNORECASE | re.DOTALL)


def grown_up(text: str) -> str:
    """`text` with its very simple words said as the rule's words (see the module's docstring)."""
    look = _LOOK.match(text)
    out = f"In {look.group('what')}, {look.group('rest')[0].lower()}{look.group('rest')[1:]}" if look else text
    for pattern, plain in _SAID:
        out = pattern.sub(plain, out)
    for pattern, plain in _BOXES if _SIMPLE.search(text) else ():  # (a quoted "box" is a value)
        out = re.sub(r"\"[^\"]*\"|'[^']*'|[^\"']+", lambda m: m.group(0) if m.group(0)[0] in "\"'" else
                     pattern.sub(plain, m.group(0)), out)
    return re.sub(r"[^\S\n]{2,}", " ", out) if out != text else text
