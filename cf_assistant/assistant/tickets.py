"""A request written as a bug report: what is expected, not what happens.

Users file the rule they want as a ticket: "Bug: flavours beginning with Choc are not coloured.
Expected: those in brown. Actual: plain", "Steps: open the sheet, select Falls. Expected: data bars
on those cells. Actual: nothing changes.", "Expected: Tips cells with errors in red. Actual: not
red". The "Actual" part says what the sheet does now (often with a negation: "no fill", "not red")
and is no part of the rule; the summary's complaint ("are not coloured", "aren't red", "stay
uncoloured") says that the rule is missing, not that it is negated. `expected` keeps the rule: the
"Expected" part where it tests something, else the summary (without its complaint) or the steps
(without "open the sheet"), with the expected format; a column the steps select ("select Crowd")
is named with it. A text without an "Expected:" part is left as it is.

The forms were seen on the twenty-fifth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_LABEL = re.compile(r"(?:^|(?<=[.!?;])\s+|\n\s*)(?P<label>bug|issue|defect|ticket|summary|title|problem|"
                    r"steps(?:\s+to\s+reproduce)?|repro(?:duce)?|expe\w{0,4}d(?:\s+(?:result|behaviou?r|outcome))?|"
                    r"actual(?:ly)?(?:\s+(?:result|behaviou?r|outcome))?|observed|got|environment|version|severity|"
                    r"priority|component)\s*:\s*", _I)
_EXPECTED = re.compile(r"(?i)^expe")
_DROPPED = re.compile(r"(?i)^(?:actual|observed|got|environment|version|severity|priority|component)")
_STEPS = re.compile(r"(?i)^(?:steps|repro)")
_SHEET_NAMED = re.compile(r"^\s*(?:bug|issue|defect|problem)\s+(?:in|on)\s+(?:the\s+)?(?:sheet|tab|workbook)\s+"
                          r"[\w.-]+\s*[.:]\s*", _I)
_OPENED = re.compile(r"\b(?:open|go\s+to|switch\s+to|load)\s+(?:the\s+)?(?:sheet\s+|tab\s+)?[\w.-]+\s*"
                     r"(?:,|and|then)?\s*", _I)
_SELECTED = re.compile(r"\b(?:select|click|choose|pick|highlight)\s+(?:the\s+)?(?:column\s+)?(?P<col>[^,.;]+?)"
                       r"(?:\s+column)?\s*(?:,|\.|;|$|\band\b|\bthen\b)\s*", _I)
_ADDED = re.compile(r"\b(?:add|apply|create|set\s+up)\s+(?:the|a|my)\s+(?:cf\s+)?(?:rule|format\w*)\s*[,.;]?\s*", _I)
_COLOURS = r"(?:red|green|blue|yellow|amber|orange|gold|brown|pink|purple|grey|gray|teal|coloured|colored)"
_COMPLAINT = re.compile(r"\s*(?:,\s*)?(?:(?:are|is|were|was|do|does|did|get|gets)\s+)?"
                        r"(?:not|n't|never|still\s+not)\s+(?:being\s+|getting\s+|get\s+|showing\s+(?:up\s+)?(?:as\s+)?)?(?:coloured|colored|highlighted|"
                        rf"shaded|shown|flagged|marked|filled|formatted|picked\s+up|{_COLOURS})\b[^.]*?[.!]?\s*$|"
                        r"\s*(?:,\s*)?(?:aren't|isn't|weren't|wasn't|don't|doesn't)\s+(?:being\s+|getting\s+)?"
                        rf"(?:coloured|colored|highlighted|shaded|shown|flagged|marked|filled|formatted|{_COLOURS})"
                        r"\b[^.]*?[.!]?\s*$|\s*(?:,\s*)?(?:stay|stays|remain|remains)\s+(?:un\w+|white|plain)\b[^.]*?"
                        r"[.!]?\s*$", _I)
_TESTS = re.compile(r"\d|[\"“=<>%]|\b(?:blank|blanks|empty|over|under|above|below|more|less|fewer|greater|between|"
                    r"least|most|top|bottom|highest|lowest|largest|smallest|duplicate\w*|repeat\w*|unique|error\w*|"
                    r"average|today|tomorrow|yesterday|week|month|year|contain\w*|start\w*|begin\w*|end(?:s|ing)?|"
                    r"equal\w*|exactly|outside|data\s+bars?|colou?r\s+scales?|icon\s+sets?|icons)\b", _I)


def _parts(text: str) -> list[tuple[str, str]]:
    """(label, content) of each part of a ticket; the text before the first label is ("", ...)."""
    marks = list(_LABEL.finditer(text))
    out = [("", text[:marks[0].start()])] if marks and marks[0].start() > 0 else []
    for m, after in zip(marks, marks[1:] + [None]):
        out.append((m.group("label"), text[m.end(): after.start() if after else len(text)]))
    return [(label, content.strip()) for label, content in out if content.strip()]


def expected(text: str) -> str:
    """The rule a bug report asks for (see the module's docstring); `text` where it is no report."""
    if not re.search(r"(?i)\bexpe\w{0,4}d(?:\s+\w+)?\s*:", text):
        return text
    parts = _parts(_SHEET_NAMED.sub("", text))
    wanted = next((c for label, c in parts if _EXPECTED.match(label)), "")
    steps = " ".join(c for label, c in parts if _STEPS.match(label))
    summary = " ".join(c for label, c in parts if not (_EXPECTED.match(label) or _DROPPED.match(label)
                                                      or _STEPS.match(label)))
    column = _SELECTED.search(steps)
    steps = _SELECTED.sub("", _ADDED.sub("", _OPENED.sub("", steps))).strip(" ,.;")
    summary = _COMPLAINT.sub("", summary).strip(" ,.;")
    if _TESTS.search(wanted):
        said = wanted
    elif _TESTS.search(summary):
        said = f"{summary}. {wanted}".strip(". ")
    elif _TESTS.search(steps):
        said = f"{steps}. {wanted}".strip(". ")
    else:
        return text
    return f"{column.group('col').strip()}: {said}" if column else said
