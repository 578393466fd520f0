"""Print a rule in the one canonical spelling of the CF language: `to_text(rule) -> str`.

The canonical spelling is what exact match and deduplication compare:
- canonical function names (`GreaterThanEqual`, `TextStartsWith`, `Duplicates`, `Top`, `AND`);
- a named column first: `LessThan(c[1], 5)`; arguments separated by `, `;
- numbers in their shortest exact form without exponent for 1e-20 <= |x| < 1e21 (`5`, `0.5`,
  `-3`, `144.7`, `10000000000000000`), Python's shortest form (`1e+300`) beyond that, so
  `float(printed) == value` always; `-0` prints as `0`;
- every text in double quotes, an embedded `"` doubled (the text `a"b` prints as `"a""b"`):
  a text that looks like a number (`"5"`) stays text when read back;
- percent rank rules as `TopPercent(p)` / `BottomPercent(p)`, never `Top(p%)`;
- `Equals(50%)` was read as the number 0.5 and prints as `Equals(0.5)`.

`parse(to_text(rule)) == rule` for every rule, and `to_text(parse(s))` is a fixed point.
This module knows nothing of parsing (beyond the spelling), execution or workbooks.
"""

from __future__ import annotations

import math
from decimal import Decimal

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf.rules import (
    COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS, And, Average, Between, Blanks, ColumnRef, Compare,
    Duplicates, Errors, Not, Or, Rank, Rule, Text, TimePeriod, Visual,
)


def format_number(value: float) -> str:
    """The shortest exact decimal spelling of a finite number (no exponent for usual sizes)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadInputError(f"a rule number must be a number, got {value!r}")
    x = float(value)
    if not math.isfinite(x):
        raise BadInputError(f"a rule number must be finite, got {x!r}")
    if x == 0:
        return "0"
    text = repr(x)
    if "e" in text:
        dec = Decimal(text)
        if -20 <= dec.adjusted() < 21:
            text = format(dec, "f")
    if text.endswith(".0"):
        text = text[:-2]
    return text


def quote_text(text: str) -> str:
    """`text` in double quotes, each embedded double quote doubled."""
    if not isinstance(text, str):
        raise BadInputError(f"a rule text must be a string, got {text!r}")
    return '"' + text.replace('"', '""') + '"'


def _column_ref(index: int) -> str:
    if isinstance(index, bool) or not isinstance(index, int) or index < 0:
        raise BadInputError(f"a column index must be an integer >= 0, got {index!r}")
    return f"c[{index}]"


def _operand(value: object) -> str:
    if isinstance(value, ColumnRef):
        return _column_ref(value.index)
    if isinstance(value, str):
        return quote_text(value)
    return format_number(value)  # raises for anything else


def _checked(name: str, allowed: tuple[str, ...]) -> str:
    if name not in allowed:
        raise BadInputError(f"unknown rule name {name!r}; expected one of {', '.join(allowed)}")
    return name


def _call(name: str, column: int | None, *args: str) -> str:
    parts = ([_column_ref(column)] if column is not None else []) + list(args)
    return f"{name}({', '.join(parts)})"


def _rank_name(rule: Rank) -> str:
    return ("Bottom" if rule.bottom else "Top") + ("Percent" if rule.percent else "")


_NULLARY_NAMES = {
    (Average, False): "AboveAverage", (Average, True): "BelowAverage",
    (Duplicates, False): "Duplicates", (Duplicates, True): "Unique",
    (Blanks, False): "Blanks", (Blanks, True): "NotBlanks",
    (Errors, False): "Errors", (Errors, True): "NotErrors",
}


def _flag(rule: Rule) -> bool:
    return bool(getattr(rule, "below", getattr(rule, "unique", getattr(rule, "negate", False))))


def to_text(rule: Rule) -> str:
    """The canonical spelling of `rule` (raises BadInputError for a malformed rule object)."""
    if isinstance(rule, Compare):
        return _call(_checked(rule.op, COMPARE_OPS), rule.column, _operand(rule.value))
    if isinstance(rule, Between):
        name = "NotBetween" if rule.negate else "Between"
        return _call(name, rule.column, _operand(rule.low), _operand(rule.high))
    if isinstance(rule, Text):
        return _call(_checked(rule.op, TEXT_OPS), rule.column, quote_text(rule.text))
    if isinstance(rule, Rank):
        return _call(_rank_name(rule), rule.column, format_number(rule.n))
    if isinstance(rule, (Average, Duplicates, Blanks, Errors)):
        return _call(_NULLARY_NAMES[(type(rule), _flag(rule))], rule.column)
    if isinstance(rule, Visual):
        return _call(_checked(rule.kind, VISUAL_KINDS), rule.column)
    if isinstance(rule, TimePeriod):
        return _call(_checked(rule.period, PERIODS), rule.column)
    if isinstance(rule, (And, Or)):
        if not rule.rules:
            raise BadInputError(f"{type(rule).__name__.upper()} needs at least one rule")
        return f"{type(rule).__name__.upper()}({', '.join(to_text(r) for r in rule.rules)})"
    if isinstance(rule, Not):
        return f"NOT({to_text(rule.rule)})"
    raise BadInputError(f"not a CF rule object: {rule!r}")
