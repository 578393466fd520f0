"""Typed rule objects of the CF rule language (see ../shared/docs/CF_RULES.md).

One frozen dataclass per family of rules. Every rule may name its column with a leading `c[i]`
(`column=i`, 0-based) or apply to the implicit column (`column=None`). Operands are a number
(`float`), a text (`str`) or a column reference (`ColumnRef`). Rules are hashable and compare by
value, so `parse(print(rule)) == rule` is a plain equality.

This module knows nothing of parsing, printing, execution or workbooks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union


@dataclass(frozen=True)
class ColumnRef:
    """`c[i]`: column i of the table, 0-based."""

    index: int


Operand = Union[float, str, ColumnRef]

CompareOp = Literal[
    "GreaterThan", "GreaterThanEqual", "LessThan", "LessThanEqual", "Equals", "NotEquals"
]
TextOp = Literal["TextEquals", "TextContains", "TextNotContains", "TextStartsWith", "TextEndsWith"]
VisualKind = Literal["ColorScale", "DataBar", "IconSet"]
Period = Literal[
    "Yesterday", "Today", "Tomorrow", "Last7Days", "LastWeek", "ThisWeek", "NextWeek",
    "LastMonth", "ThisMonth", "NextMonth",
]

COMPARE_OPS: tuple[str, ...] = (
    "GreaterThan", "GreaterThanEqual", "LessThan", "LessThanEqual", "Equals", "NotEquals",
)
TEXT_OPS: tuple[str, ...] = (
    "TextEquals", "TextContains", "TextNotContains", "TextStartsWith", "TextEndsWith",
)
VISUAL_KINDS: tuple[str, ...] = ("ColorScale", "DataBar", "IconSet")
PERIODS: tuple[str, ...] = (
    "Yesterday", "Today", "Tomorrow", "Last7Days", "LastWeek", "ThisWeek", "NextWeek",
    "LastMonth", "ThisMonth", "NextMonth",
)


@dataclass(frozen=True)
class Compare:
    """Excel "Cell Value" comparison: GreaterThan(x), Equals(x), ... (x: number, text or c[j])."""

    op: CompareOp
    value: Operand
    column: int | None = None


@dataclass(frozen=True)
class Between:
    """Between(a, b) / NotBetween(a, b): inclusive, bounds in either order."""

    low: Operand
    high: Operand
    negate: bool = False
    column: int | None = None


@dataclass(frozen=True)
class Text:
    """TextEquals / TextContains / TextNotContains / TextStartsWith / TextEndsWith (case-insensitive)."""

    op: TextOp
    text: str
    column: int | None = None


@dataclass(frozen=True)
class Rank:
    """Top(n) / Bottom(n) / Top(p%) = TopPercent(p): numbers of the column, ties included."""

    n: float
    bottom: bool = False
    percent: bool = False
    column: int | None = None


@dataclass(frozen=True)
class Average:
    """AboveAverage() / BelowAverage(): strictly above / below the mean of the column's numbers."""

    below: bool = False
    column: int | None = None


@dataclass(frozen=True)
class Duplicates:
    """Duplicates() (values seen more than once) / Unique() (exactly once); text case-insensitive."""

    unique: bool = False
    column: int | None = None


@dataclass(frozen=True)
class Blanks:
    """Blanks() (empty or only spaces) / NotBlanks()."""

    negate: bool = False
    column: int | None = None


@dataclass(frozen=True)
class Errors:
    """Errors() (Excel error values such as #DIV/0!, #N/A) / NotErrors()."""

    negate: bool = False
    column: int | None = None


@dataclass(frozen=True)
class Visual:
    """ColorScale() / DataBar() / IconSet(): every numeric cell of the column is formatted."""

    kind: VisualKind
    column: int | None = None


@dataclass(frozen=True)
class TimePeriod:
    """Excel's timePeriod rules (Today(), LastMonth(), ...) against a reference date."""

    period: Period
    column: int | None = None


@dataclass(frozen=True)
class And:
    rules: tuple["Rule", ...]


@dataclass(frozen=True)
class Or:
    rules: tuple["Rule", ...]


@dataclass(frozen=True)
class Not:
    rule: "Rule"


Rule = Union[
    Compare, Between, Text, Rank, Average, Duplicates, Blanks, Errors, Visual, TimePeriod, And, Or, Not
]
LEAF_TYPES = (Compare, Between, Text, Rank, Average, Duplicates, Blanks, Errors, Visual, TimePeriod)
