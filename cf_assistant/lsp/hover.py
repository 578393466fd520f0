"""Hover over a CF rule such as `GreaterThan(5)` in any document: what `cfa rule` says of it.

`rule_spans(line, column)` finds the calls of CF function names (any accepted spelling, as the CF
parser knows them) whose balanced parentheses contain the cursor, outermost first, so that
hovering inside `AND(GreaterThan(5), NOT(Blanks()))` explains the whole rule. The server asks the
assistant's `rule` for each span until one parses and shows `markdown(result)`: the canonical
form, the native Excel rule (type and formula) and the plain-English explanation. Only a window
of `WINDOW_CHARS` around the cursor is read, so a 1 MB line costs no more than a short one.
"""

from __future__ import annotations

import re

WINDOW_CHARS = 2000  # characters either side of the cursor that are searched for a rule
MAX_SPANS = 8  # rule texts tried per hover
_CALL = re.compile(r"(?<![\w.])([A-Za-z_][A-Za-z0-9_]*)\s*\(")


def _names() -> frozenset[str]:
    from cf_assistant.languages.cf.parser import CANONICAL

    return frozenset(CANONICAL)


def _closing(text: str, open_at: int) -> int | None:
    """The index just past the ')' that closes the '(' at `open_at` (quotes respected)."""
    depth, quote = 0, ""
    for i in range(open_at, len(text)):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def rule_spans(line: str, column: int) -> list[tuple[int, int]]:
    """(start, end) code-point spans of CF calls on `line` that hold `column`, outermost first."""
    low = max(0, column - WINDOW_CHARS)
    window = line[low: column + WINDOW_CHARS]
    names = _names()
    spans: list[tuple[int, int]] = []
    for match in _CALL.finditer(window):
        if match.start() > column - low:
            break
        if match.group(1).lower() not in names:
            continue
        end = _closing(window, match.end() - 1)
        if end is not None and match.start() <= column - low < end:
            spans.append((low + match.start(), low + end))
    spans.sort(key=lambda span: (span[0], -span[1]))
    return spans[:MAX_SPANS]


def markdown(result: dict) -> str:
    """The hover text for one `rule` result (the object `cfa rule --json` prints)."""
    return "\n".join([
        f"**CF rule** `{result['canonical']}`",
        "",
        f"- Excel rule: {result['type']}, formula `={result['formula']}`",
        f"- Meaning: {result['explanation']}",
    ])
