"""A request laid out as a small text table, said as a sentence.

Some users type or paste the rule as a table: a header row and a row of cells, with pipes
("|column|test|value| |Qty|<|5|", a markdown table with its "|---|" row, a "+----+" border),
aligned with spaces ("COLUMN    TEST    VALUE    Qty    >=    8", a "-----" or "=====" row
under the header), or as labelled cells ("Column: Owner  Rule: blank", "col |Qty|  op |NOT >|
val |30|", "[column] Filling  [test] equals  [value] Pork", "Sheet:  Races" on lines of their
own). `ungridded` reads the cells by their labels (column, test/rule/op/condition, value,
format, apply to, sheet) and writes the request they stand for: "highlight Qty cells less than
5", "highlight the entire row where Owner is blank in sheet Races", "data bars on Qty". A test's
sign is said in words ("NOT >" -> "not greater than"), a range's bounds from "10-16" or
"80..160", letters given values ("over A and under B A=120 B=270") their values, and a text
test's value is quoted. A payload the payload reader reads (`payloads.spelled_out`) is left to it;
a text that is not wholly such a table, or whose labels name no column and no test, is left as it is.

The forms were seen on the twenty-eighth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.payloads import _OPS, _key, spelled_out

_I = re.IGNORECASE
_LABELS = {"column": "column", "col": "column", "field": "column", "header": "column", "column name": "column",
           "rule": "test", "test": "test", "op": "test", "operator": "test", "condition": "test", "check": "test",
           "when": "test", "rows to highlight": "test", "cells to highlight": "test", "value": "value",
           "val": "value", "text": "value", "threshold": "value", "format": "format", "sheet": "sheet",
           "tab": "sheet", "apply": "scope", "apply to": "scope", "scope": "scope", "highlight": "scope"}
_LABEL = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _LABELS), key=len, reverse=True))
_BORDER = re.compile(r"^\s*(?:[-+=_:|]{3,}[\s\-+=_:|]*)?$")
_KEYED_LINE = re.compile(rf"(?:^|\n|\s{{2,}})\s*(?P<k>{_LABEL})\s*:\s*", _I)
_PIPED_LABEL = re.compile(rf"(?P<k>{_LABEL})\s*\|(?P<v>[^|]*)\|", _I)
_BRACKETED = re.compile(rf"\[(?P<k>{_LABEL})\]\s*(?P<v>[^\[]*)", _I)
_LEAD = re.compile(r"^\s*(?:please\s+)?(?:highlight|format|colou?r|shade|mark|flag)?[\w\s]{0,20}?"
                   r"(?:per|as\s+per|like|following)\s+this\s*:\s*", _I)
_TRAILER = re.compile(r"\s*\((?:shade|highlight|colou?r|mark|flag)\s+(?:the\s+)?(?:matches|matching\s+\w+|those|them)\)"
                      r"\s*$|\s+(?:highlight|shade|colou?r|mark|flag)\s+(?:those|them|these)\s*[.!]?\s*$", _I)
_ROW = re.compile(r"\b(?:entire|whole|full)\s+rows?\b|^\s*rows?\s*$", _I)
_TEXT_TEST = re.compile(r"\b(?:contain|begin|start|end|equal|is|exactly|match)", _I)
_PERIOD_TESTS = frozenset({"dateis", "date", "period", "when", "occurring", "dateoccurring", "is"})
_FORMAT_TESTS = frozenset({"format", "apply", "visual", "show", "add"})
_RANGE = re.compile(r"^\s*(?P<a>-?\d[\d,.]*?)\s*(?:-|–|\.\.|to|and)\s*(?P<b>-?\d[\d,.]*)(?P<rest>.*)$", _I)


def _label(word: str) -> str | None:
    return _LABELS.get(re.sub(r"\s+", " ", word.strip().lower()))


def _keyed(text: str) -> list[tuple[str, str]] | None:
    marks = list(_KEYED_LINE.finditer(text))
    if len(marks) < 2 or text[:marks[0].start()].strip():
        return None
    return [(m.group("k"), text[m.end(): after.start() if after else len(text)].strip())
            for m, after in zip(marks, marks[1:] + [None])]


def _piped(text: str) -> list[tuple[str, str]] | None:
    if text.count("|") < 3:
        return None
    pairs = [(m.group("k"), m.group("v")) for m in _PIPED_LABEL.finditer(text)]
    if len(pairs) >= 2 and not _PIPED_LABEL.sub("", text).replace("|", "").strip():
        return pairs
    lines = [line for line in text.split("\n") if "|" in line]
    after = [line for line in text.split("\n") if "|" not in line and line.strip()]
    cells = [c.strip() for line in lines for c in line.split("|") if not _BORDER.match(c)]
    if any(re.search(r"[+]-{2,}", c) for c in cells):
        return None
    width = next((n for n in range(len(cells), 0, -1) if all(_label(c) for c in cells[:n])), 0)
    if width >= 2 and len(cells) == 2 * width:
        pairs = list(zip(cells[:width], cells[width:]))
    elif width == 0 and len(cells) in (2, 3) and re.search(r"[-+=]{3,}", text):  # ("+----+ |Notes|blank| +----+")
        pairs = list(zip(("column", "test", "value"), cells))
    else:
        return None
    extra = _keyed("\n" + "\n".join(after)) if after else []
    if after and (extra is None and len(after) == 1):
        extra = [(m.group("k"), ("\n" + line)[m.end():].strip()) for line in after
                 for m in [_KEYED_LINE.match("\n" + line)] if m] or None
    return None if extra is None else pairs + [(k, v) for k, v in extra]


def _aligned(text: str) -> list[tuple[str, str]] | None:
    cells = [c for c in re.split(r"\s{2,}|\n", text.strip()) if c and not _BORDER.match(c)]
    width = next((n for n in range(len(cells) // 2, 0, -1) if all(_label(c) for c in cells[:n])), 0)
    return list(zip(cells[:width], cells[width:])) if width >= 2 and len(cells) == 2 * width else None


def _lettered(phrase: str) -> str:
    """"over A and under B A=120 B=270" -> "over 120 and under 270"."""
    given = dict(re.findall(r"\b([A-Z])\s*=\s*(-?\d[\d,.]*)", phrase))
    if not given:
        return phrase
    phrase = re.sub(r"\s*\b[A-Z]\s*=\s*-?\d[\d,.]*", "", phrase)
    return re.sub(r"\b([A-Z])\b", lambda m: given.get(m.group(1), m.group(1)), phrase)


def _phrase(test: str, value: str) -> str:
    test = re.sub(r"(?<=[<>=!])\s*\([a-z ]+\)", "", _lettered(test.strip()))
    value = value.strip()
    negated = re.match(r"^not\s+(?=[<>=!]|\w)", test, _I) is not None and _key(test) not in _OPS
    op = test[4:].strip() if negated else test
    key = _key(op)
    rng = _RANGE.match(value) if value else None
    if rng and re.search(r"from|between|range|outside|to\b|inclusive|included", test, _I):
        outside = re.search(r"outside|not\s+between|not\s+in", test, _I) is not None
        shut = re.search(r"exclud|exclusive|not\s+(?:counted|included)", test + rng.group("rest"), _I)
        a, b = rng.group("a").rstrip(".,"), rng.group("b").rstrip(".,")
        if shut and not outside:
            return f"greater than {a} and less than {b}"
        return f"{'not between' if outside else 'between'} {a} and {b}"
    if not value:
        return test
    if key in _PERIOD_TESTS:
        return value
    if op in _OPS or key in _OPS and not re.match(r"^(?:is|has|exactly|exact|like)$", key):
        said = _OPS.get(op, _OPS.get(key))[0]
        quoted = value if re.match(r"^-?[$£€]?\d[\d,.]*%?$|^[\"'].*[\"']$", value) else f'"{value}"'
        return f"{'not ' if negated else ''}{said} {quoted}"
    if _TEXT_TEST.search(test) and not re.match(r"^-?[$£€]?\d[\d,.]*%?$|^[\"']", value):
        return f'{test} "{value}"'
    percent = re.match(r"^(top|bottom)\s*(?:%|percent|pct)$", test, _I)
    if percent and re.match(r"^\d+(?:\.\d+)?%?$", value):
        return f"in the {percent.group(1)} {value.rstrip('%')}%"
    if re.match(r"^(?:top|bottom|highest|lowest)$", test, _I):
        return f"in the {test} {value}"
    return f"{test} {value}"


def _request(pairs: list[tuple[str, str]]) -> str | None:
    cells: dict[str, str] = {}
    for label, cell in pairs:
        kind = _label(label)
        if kind == "scope" and not re.search(r"\b(?:rows?|cells?|only)\b", cell, _I):
            kind = "test"  # ("Highlight: all spits except the 'Family' ones")
        if kind and cell.strip() and kind not in cells:
            cells[kind] = cell.strip()
    column, test, value = cells.get("column"), cells.get("test", ""), cells.get("value", "")
    if column is None and not test:
        return None
    visual = cells.get("format") or (value if _key(test) in _FORMAT_TESTS else "")
    if visual and column and not (test and _key(test) not in _FORMAT_TESTS):
        said = f"{visual} on {column}"
    elif test or value:
        phrase = _phrase(test, value) if test else value
        row = _ROW.search(cells.get("scope", "")) is not None
        if column is None:
            said = f"highlight {phrase}{', entire row' if row else ''}"
        else:
            said = f"highlight the entire row where {column} {phrase}" if row else f"highlight {column} cells {phrase}"
    else:
        return None
    return f"{said} in sheet {cells['sheet']}" if cells.get("sheet") else said


def ungridded(text: str) -> str:
    """`text` said as a sentence where it is wholly a small text table (see the module's docstring)."""
    body = _TRAILER.sub("", _LEAD.sub("", text.strip()))
    if not re.search(rf"(?i:{_LABEL})|\|", body) or spelled_out(text) != text:  # (a payload: `payloads` reads it)
        return text
    pairs = _piped(body) or ([(m.group("k"), m.group("v")) for m in _BRACKETED.finditer(body)]
                             if re.match(r"^\s*\[", body) else None) or _keyed(body) or _aligned(body)
    if not pairs:
        return text
    return _request(pairs) or text
