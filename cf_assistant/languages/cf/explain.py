"""One plain-English sentence for a CF rule.

`explain(parse("GreaterThan(5)"))` is "Formats cells greater than 5."

The sentence names the column when the rule names one ("cells of column 2", 0-based index as
written in the rule) and spells numbers as the canonical printer does. Combinators join the
conditions of their rules. This module knows nothing of parsing, execution or workbooks.
"""

from __future__ import annotations

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf.printer import format_number
from cf_assistant.languages.cf.rules import (
    And, Average, Between, Blanks, ColumnRef, Compare, Duplicates, Errors, Not, Or, Rank, Rule,
    Text, TimePeriod, Visual,
)

_COMPARE_WORDS = {
    "GreaterThan": "greater than", "GreaterThanEqual": "greater than or equal to",
    "LessThan": "less than", "LessThanEqual": "less than or equal to",
    "Equals": "equal to", "NotEquals": "not equal to",
}
_TEXT_WORDS = {
    "TextEquals": "whose text is", "TextContains": "containing",
    "TextNotContains": "not containing", "TextStartsWith": "starting with",
    "TextEndsWith": "ending with",
}
_PERIOD_WORDS = {
    "Yesterday": "yesterday", "Today": "today", "Tomorrow": "tomorrow",
    "Last7Days": "in the last 7 days", "LastWeek": "last week", "ThisWeek": "this week",
    "NextWeek": "next week", "LastMonth": "last month", "ThisMonth": "this month",
    "NextMonth": "next month",
}
_VISUAL_WORDS = {"ColorScale": "a colour scale", "DataBar": "a data bar", "IconSet": "an icon"}


def _value(value: object) -> str:
    if isinstance(value, ColumnRef):
        return f"the value in column {value.index} of the same row"
    if isinstance(value, str):
        return f'"{value}"'
    return format_number(value)


def _rank(rule: Rank) -> str:
    side = "bottom" if rule.bottom else "top"
    n = format_number(rule.n)
    if rule.percent:
        return f"in the {side} {n}% of the numbers"
    if rule.n == 1:
        return f"holding the {'smallest' if rule.bottom else 'largest'} number"
    return f"among the {side} {n} numbers"


def _condition(rule: Rule) -> str:
    """What a cell must be: the words after "cells"."""
    if isinstance(rule, Compare):
        return f"{_COMPARE_WORDS[rule.op]} {_value(rule.value)}"
    if isinstance(rule, Between):
        words = "not between" if rule.negate else "between"
        return f"{words} {_value(rule.low)} and {_value(rule.high)} (inclusive)"
    if isinstance(rule, Text):
        return f'{_TEXT_WORDS[rule.op]} "{rule.text}" (ignoring case)'
    if isinstance(rule, Rank):
        return _rank(rule)
    if isinstance(rule, Average):
        return f"{'below' if rule.below else 'above'} the column's average"
    if isinstance(rule, Duplicates):
        return "with a value that appears only once" if rule.unique else "with a duplicated value"
    if isinstance(rule, Blanks):
        return "not blank" if rule.negate else "blank (empty or only spaces)"
    if isinstance(rule, Errors):
        return "not holding an error value" if rule.negate else "holding an error value"
    if isinstance(rule, Visual):
        return f"holding numbers, with {_VISUAL_WORDS[rule.kind]} scaled to their value"
    if isinstance(rule, TimePeriod):
        return f"holding a date {_PERIOD_WORDS[rule.period]}"
    if isinstance(rule, And):
        return " and ".join(_clause(r) for r in rule.rules)
    if isinstance(rule, Or):
        return " or ".join(_clause(r) for r in rule.rules)
    if isinstance(rule, Not):
        inner = _clause(rule.rule)
        return f"not {inner}" if inner.startswith("(") else f"not {inner}".replace("not not ", "")
    raise BadInputError(f"not a CF rule object: {rule!r}")


def _clause(rule: Rule) -> str:
    """A sub-condition, naming its column when it has one; combinators in parentheses."""
    inner = _condition(rule)
    column = getattr(rule, "column", None)
    if column is not None:
        inner = f"{inner} (column {column})"
    return f"({inner})" if isinstance(rule, (And, Or)) else inner


def explain(rule: Rule) -> str:
    """One sentence saying which cells `rule` formats."""
    column = getattr(rule, "column", None)
    where = "cells" if column is None else f"cells of column {column}"
    return f"Formats {where} {_condition(rule)}."
