"""An Excel formula typed into a request, read as the rule it tests.

Users who know Excel write the test as Excel would: "=$H2<1 on Paid % -> whole row",
'LEFT(C2,5)="Theft" -> whole row', 'NOT(ISNUMBER(SEARCH("seal",J2)))', "Electorate not between
1000 and 2500, i.e. =OR(D2<1000,D2>2500)". The formula says the rule exactly; the model, which
reads words, takes its letters and numbers for texts and thresholds. `typed_rule(utterance,
headers)` finds the one formula in the request (`excel_formula.parse_formula` reads it) and
writes the rule of the language it is: a comparison of a cell with a constant, a text compared
whole or by `LEFT`/`RIGHT`, `ISNUMBER(SEARCH(...))` (contains), `ISBLANK` or `=""` (blank),
`ISERROR`, the cell against `TODAY()` (give or take a day), against `AVERAGE(...)`, and `AND`,
`OR` and `NOT` of those; `OR(x<a, x>b)` is `NotBetween(a, b)` and `AND(x>=a, x<=b)` `Between`.
On a table (`headers` given) the cell's column letter names the column, the table starting at
column A (`c[i]`); on one column the letter is the selection's own. Anything else in the formula
(another function, arithmetic on the cell, two columns compared) reads as nothing.
"""

from __future__ import annotations

import math
import re
from typing import Any

from cf_assistant.errors import CfaError
from cf_assistant.languages.cf.excel_formula import FormulaSyntaxError, parse_formula

# Where a typed formula starts: "=", a function it tests with, or a cell compared ("$H2<1").
_START = re.compile(r"(?:(?<![\w$])=\s*(?=[$A-Za-z(])|(?<![\w$])(?=(?:NOT|AND|OR|LEFT|RIGHT|ISNUMBER|ISBLANK|"
                    r"ISERROR|ISERR|ISTEXT)\s*\()|(?<![\w$])(?=\$?[A-Z]{1,3}\$?\d+\s*(?:<>|<=|>=|[<>=])))")
_MAX = 120  # characters of a typed formula at most
_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "<>": "<>"}
_COMPARE = {">": "GreaterThan", ">=": "GreaterThanEqual", "<": "LessThan", "<=": "LessThanEqual",
            "=": "Equals", "<>": "NotEquals"}


class _NotOurs(Exception):
    """A formula that is no rule of the language."""


def typed_rule(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """The rule (canonical text) of the one Excel formula typed in `utterance`; None when there
    is none, several, or one that is no rule of the language."""
    found, end = [], 0
    for m in _START.finditer(utterance):
        if m.start() < end:
            continue  # inside the formula read before ("ISNUMBER(" in "NOT(ISNUMBER(")
        tree, end = _formula_at(utterance, m.start())
        if tree is not None:
            found.append(tree)
    if len({repr(t) for t in found}) != 1 or found[0][0] not in ("op", "fn"):
        return None
    day = _day(found[0])
    if day is not None:  # "Duty Date = TODAY()+1": the header names the column
        return f"{day}()"
    try:
        columns: set[int | None] = set()
        rule = _rule(found[0], columns, len(headers))
    except _NotOurs:
        return None
    if len(columns) != 1:  # one column tested, as every rule of the bench tests one
        return None
    from cf_assistant.languages.cf.parser import parse
    from cf_assistant.languages.cf.printer import to_text

    try:
        return to_text(parse(rule))
    except CfaError:  # (a rule the language refuses)
        return None


def _formula_at(text: str, start: int) -> tuple[Any, int]:
    """The longest formula that parses from `start` (after its "="), and where it ends; (None,
    start) when none does."""
    skip = len(text[start:]) - len(text[start:].lstrip("= "))
    body = text[start + skip:start + skip + _MAX]
    for end in range(len(body), 2, -1):
        if end < len(body) and body[end - 1].isalnum() and body[end].isalnum():
            continue  # never cut inside a word or a number
        try:
            return parse_formula(body[:end]), start + skip + end
        except (FormulaSyntaxError, ValueError, IndexError):
            continue
    return None, start


_TODAY = ("fn", "TODAY", ())


def _day(tree: Any) -> str | None:
    """The period of a formula that is only a day against today ("=TODAY()+1": Tomorrow)."""
    if tree == _TODAY:
        return "Today"
    if tree[0] == "op" and tree[1] in "+-" and tree[2] == _TODAY and tree[3] == ("num", 1.0):
        return "Tomorrow" if tree[1] == "+" else "Yesterday"
    return None


def _column(node: Any, columns: set, width: int) -> str:
    """The rule's column prefix for a cell reference ("c[7], " on a table), noted in `columns`."""
    if node[0] != "ref" or ":" in node[1]:
        raise _NotOurs
    letters = re.match(r"\$?([A-Z]{1,3})", node[1]).group(1)
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    index -= 1
    if width and index >= width:
        raise _NotOurs  # a column the table lacks
    columns.add(index if width else None)
    return f"c[{index}], " if width else ""


def _literal(node: Any) -> str:
    if node[0] == "num" and not math.isfinite(node[1]):
        raise _NotOurs  # "=$A2>1e999": no number a cell holds
    if node[0] == "num":
        return repr(node[1]).removesuffix(".0") if node[1].is_integer() else repr(node[1])
    if node[0] == "pct" and node[1][0] == "num" and math.isfinite(node[1][1]):
        return repr(node[1][1] / 100)
    if node[0] == "neg" and node[1][0] == "num":
        return "-" + _literal(node[1])
    if node[0] == "str":
        return '"' + node[1].replace('"', '""') + '"'
    raise _NotOurs


def _rule(node: Any, columns: set, width: int) -> str:  # noqa: C901 - one branch per form
    if node[0] == "fn":
        return _function(node[1], node[2], columns, width)
    if node[0] != "op" or node[1] not in _FLIP:
        raise _NotOurs
    op, left, right = node[1], node[2], node[3]
    if left[0] not in ("ref", "fn"):
        op, left, right = _FLIP[op], right, left
    if left[0] == "fn":
        return _affix(left, op, right, columns, width)
    col = _column(left, columns, width)
    if right[0] == "fn" and right[1] in ("TODAY", "AVERAGE"):
        return _against(right, op, col)
    if _day(right) is not None:
        if op != "=":
            raise _NotOurs
        return f"{_day(right)}({col.rstrip(', ')})"
    value = _literal(right)
    if right[0] == "str":
        if op not in ("=", "<>"):
            raise _NotOurs
        if right[1] == "":
            return f"{'Blanks' if op == '=' else 'NotBlanks'}({col.rstrip(', ')})"
        test = f"TextEquals({col}{value})"
        return test if op == "=" else f"NOT({test})"
    return f"{_COMPARE[op]}({col}{value})"


def _affix(left: Any, op: str, right: Any, columns: set, width: int) -> str:
    """`LEFT(cell, n)="text"` (a start) and `RIGHT(cell, n)="text"` (an end)."""
    name, args = left[1], left[2]
    if name not in ("LEFT", "RIGHT") or op != "=" or right[0] != "str" or len(args) != 2:
        raise _NotOurs
    function = "TextStartsWith" if name == "LEFT" else "TextEndsWith"
    return f"{function}({_column(args[0], columns, width)}{_literal(right)})"


def _against(right: Any, op: str, col: str) -> str:
    bare = col.rstrip(", ")
    if right[1] == "TODAY" and op == "=":
        return f"Today({bare})"
    if right[1] == "AVERAGE" and op in (">", "<"):
        return f"{'AboveAverage' if op == '>' else 'BelowAverage'}({bare})"
    raise _NotOurs


def _function(name: str, args: tuple, columns: set, width: int) -> str:
    if name in ("AND", "OR") and len(args) >= 2:
        parts = [_rule(a, columns, width) for a in args]
        return _range(name, args, columns, width) or f"{name}({', '.join(parts)})"
    if name == "NOT" and len(args) == 1:
        inner = args[0]
        if inner[0] == "fn" and inner[1] == "ISNUMBER" and _search(inner[2]) is not None:
            text, ref = _search(inner[2])
            return f"TextNotContains({_column(ref, columns, width)}{_literal(text)})"
        return f"NOT({_rule(inner, columns, width)})"
    if name == "ISNUMBER" and len(args) == 1 and _search(args) is not None:
        text, ref = _search(args)
        return f"TextContains({_column(ref, columns, width)}{_literal(text)})"
    if name in ("ISBLANK", "ISERROR", "ISERR") and len(args) == 1:
        col = _column(args[0], columns, width).rstrip(", ")
        return f"{'Blanks' if name == 'ISBLANK' else 'Errors'}({col})"
    raise _NotOurs


def _search(args: tuple) -> tuple[Any, Any] | None:
    """(text, cell) of `ISNUMBER(SEARCH(text, cell))`'s argument, or None."""
    inner = args[0] if len(args) == 1 else None
    if inner is None or inner[0] != "fn" or inner[1] not in ("SEARCH", "FIND") or len(inner[2]) != 2:
        return None
    text, ref = inner[2]
    return (text, ref) if text[0] == "str" else None


def _range(name: str, args: tuple, columns: set, width: int) -> str | None:
    """`OR(x<a, x>b)` as NotBetween(a, b), `AND(x>=a, x<=b)` as Between(a, b); else None."""
    if len(args) != 2 or any(a[0] != "op" or a[2][0] != "ref" or a[3][0] not in ("num", "pct") for a in args):
        return None
    (op1, ref1, v1), (op2, ref2, v2) = ((a[1], a[2], a[3]) for a in args)
    if ref1 != ref2:
        return None
    ops = {op1: v1, op2: v2}
    col = _column(ref1, columns, width)
    if name == "OR" and set(ops) == {"<", ">"}:
        return f"NotBetween({col}{_literal(ops['<'])}, {_literal(ops['>'])})"
    if name == "AND" and set(ops) == {">=", "<="}:
        return f"Between({col}{_literal(ops['>='])}, {_literal(ops['<='])})"
    return None
