"""A request written as a bug report or as a change: what is expected, not what happens.

Users file the rule they want as a ticket: "Bug: flavours beginning with Choc are not coloured.
Expected: those in brown. Actual: plain", "Steps: open the sheet, select Falls. Expected: data bars
on those cells. Actual: nothing changes.", "Expected: Tips cells with errors in red. Actual: not
red". The "Actual" part says what the sheet does now (often with a negation: "no fill", "not red")
and is no part of the rule; the summary's complaint ("are not coloured", "aren't red", "stay
uncoloured") says that the rule is missing, not that it is negated. `expected` keeps the rule: the
"Expected" part where it tests something, else the summary (without its complaint) or the steps
(without "open the sheet"), with the expected format; a column the steps select ("select Crowd")
is named with it. A text without an "Expected:" part is left as it is.

Others write the rule as a change to the sheet or to its rules: a diff ("- Score < 250 / + Score <
200"), a before and after ("Before: nothing. After: yesterday's cuts highlighted"), a change
("change: highlight rule -> Played is in this calendar week") or a commit message or changelog
line ("feat(Orders): highlight late rows", "v2.1 - Added: ..."). `changed` keeps the new state: the
"+" line, the "After" part (a pronoun in it, "icon sets on it", standing for the "Before" part's
subject, and that subject kept where the new state tests nothing: "Before: tomorrow's fixtures
looked like every other row. After: they're highlighted"), the right of the arrow, the commit's
message without its type and scope.

The bug reports were seen on the twenty-fifth sets' dev halves, the changes on the twenty-sixth
sets' dev halves, never their test halves.
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
                        r"(?:not|n't|never|still\s+not)\s+(?:being\s+|getting\s+|get\s+|showing\s+(?:up\s+)?"
                        r"(?:as\s+)?)?(?:coloured|colored|highlighted|"
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
    if not re.search(r"(?i)\bexpe\w{0,4}d(?:\s+(?:result|behaviou?r|outcome))?\s*:", text):  # ("Expected Date: ...")
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


_COMMIT = re.compile(r"^\s*(?:(?:feat|fix|chore|refactor|style|docs|perf|build|ci|test|tweak)(?:\([^)]*\))?!?\s*:\s*"
                     r"|(?:v\d+(?:\.\d+)*|\d+\.\d+\.\d+)\s*(?:[-–—:]\s*)?"
                     r"(?:(?:added|changed|fixed|new|updated)\s*:\s*)?"
                     r"|\d+\.\d+\s*[-–—:]\s*(?:added|changed|fixed|new|updated)\s*:\s*"
                     r"|(?:added|changed|fixed|new|updated)\s*:\s*)", _I)
_DIFF = re.compile(r"^\s*[-−]\s+(?P<old>.+?)\s*(?:\s/\s*|\n)\s*\+\s*(?P<new>.+?)\s*$", re.S)
_BEFORE_AFTER = re.compile(r"^\s*(?:before|was|old)\s*:\s*(?P<old>.*?)\s*(?:after|now|new)\s*:\s*(?P<new>.+?)\s*$",
                           _I | re.S)
_ARROWED = re.compile(r"^\s*(?:change[sd]?|update[sd]?|edit(?:ed)?|diff)\s*:\s*(?P<old>.*?)\s*(?:->|→|=>)\s*"
                      r"(?P<new>.+?)\s*$", _I | re.S)
_NOTHING = re.compile(r"^(?:nothing|none|no\s+(?:format\w*|rule|rules|highlight\w*|fill|colou?rs?|shading)|plain|"
                      r"(?:the\s+)?(?:highlight\s+)?rule|(?:nothing|no\s+\w+)\s+(?:in|on)\s+\S+|"
                      r"\w+\s+(?:has|had)\s+no\s+\w+)\b", _I)
_STATE = re.compile(r"\s+(?:has|had|have|looked|look|looks|was|were|got|get|gets|showed|shows|stayed|stays)\b.*$", _I)
_PRONOUN = re.compile(r"\b(?:it|them|they|they're|those)\b", _I)


def _subject(old: str) -> str:
    """What the old state was said of ("Deck (in) in Races has no formatting" -> "Deck (in) in
    Races"); "" for no rule at all ("nothing", "no format", "Races has no highlighting")."""
    old = old.strip(" .;,")
    return "" if not old or _NOTHING.match(old) else _STATE.sub("", old).strip(" .;,")


def changed(text: str) -> str:
    """The new state a change asks for (see the module's docstring); `text` where it is no change."""
    text = _COMMIT.sub("", text, count=1) if _COMMIT.match(text) else text
    m = _DIFF.match(text) or _BEFORE_AFTER.match(text) or _ARROWED.match(text)
    if not m:
        return text
    new, subject = re.sub(r"(?i)\bthey['’]re\b", "they are", m.group("new").strip()), _subject(m.group("old"))
    if not subject or _TESTS.search(new) and not _PRONOUN.search(new):
        return new
    if not _TESTS.search(new):  # "they're highlighted": the old state's subject is what is asked
        return f"{subject} {_PRONOUN.sub('', new, count=1).strip()}"
    return _PRONOUN.sub(lambda _: subject, new, count=1)  # "icon sets on it": on the subject
