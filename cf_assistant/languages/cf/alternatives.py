"""Rules one edit away from a CF rule, in the order a misread request most often needs them.

The assistant's first answer is a reading of the request; when it is wrong, it is most often
wrong by one edit: the boundary ("over 5" meant 5 included), the polarity ("without" read as
"with"), the text operator ("starting with" read as "containing"), a neighbouring period ("this
month" read as "last month"), the other end of a ranking. `one_edit(rule)` lists those rules,
nearest first: the same test with the other boundary, then the opposite test, then the other
operators of its family; NOT(x) gives x first; AND/OR give each of their parts alone, the other
junction, then their parts' edits. The pipeline offers a few of them below the first answer when they format other cells
(`Suggester._with_alternatives`), so that a slip of reading still leaves the right rule in the
top k. Nothing here reads the request: the edits follow from the rule alone.
"""

from __future__ import annotations

from dataclasses import replace

from cf_assistant.languages.cf.rules import (
    And, Average, Between, Blanks, Compare, Duplicates, Errors, Not, Or, Rank, Text, TimePeriod,
)

# For each comparison: the same test with the other boundary, then the opposite test.
_BOUNDARY = {"GreaterThan": "GreaterThanEqual", "GreaterThanEqual": "GreaterThan",
             "LessThan": "LessThanEqual", "LessThanEqual": "LessThan",
             "Equals": "NotEquals", "NotEquals": "Equals"}
_OPPOSITE = {"GreaterThan": "LessThanEqual", "GreaterThanEqual": "LessThan",
             "LessThan": "GreaterThanEqual", "LessThanEqual": "GreaterThan"}
_MIRROR = {"GreaterThan": "LessThan", "GreaterThanEqual": "LessThanEqual",
           "LessThan": "GreaterThan", "LessThanEqual": "GreaterThanEqual"}
# The periods next to each, in time; Last7Days beside the weeks.
_NEIGHBOURS = {"Yesterday": ("Today", "Last7Days"), "Today": ("Yesterday", "Tomorrow"),
               "Tomorrow": ("Today", "NextWeek"), "Last7Days": ("LastWeek", "ThisWeek"),
               "LastWeek": ("Last7Days", "ThisWeek"), "ThisWeek": ("Last7Days", "LastWeek", "NextWeek"),
               "NextWeek": ("ThisWeek", "Tomorrow"), "LastMonth": ("ThisMonth",),
               "ThisMonth": ("LastMonth", "NextMonth"), "NextMonth": ("ThisMonth",)}
# A text test's own denial first, then the other operators, the nearest first.
_TEXT_NEAR = {"TextContains": ("TextEquals", "TextStartsWith", "TextEndsWith"),
              "TextEquals": ("TextContains", "TextStartsWith"),
              "TextStartsWith": ("TextContains", "TextEquals", "TextEndsWith"),
              "TextEndsWith": ("TextContains", "TextEquals", "TextStartsWith"),
              "TextNotContains": ("TextContains",)}


def one_edit(rule) -> list:
    """The rules one edit away from `rule`, nearest first, without repeats; `rule` itself is
    not among them."""
    out = _edits(rule)
    return [r for r in dict.fromkeys(out) if r != rule]


def _edits(rule) -> list:
    if isinstance(rule, Not):
        return [rule.rule] + [Not(r) for r in _edits(rule.rule) if not isinstance(r, Not)]
    if isinstance(rule, (And, Or)):
        other = Or if isinstance(rule, And) else And
        out = [*rule.rules, other(rule.rules)]  # a condition read in too many, "and" for "or"
        for i, part in enumerate(rule.rules):
            out += [type(rule)(rule.rules[:i] + (r,) + rule.rules[i + 1:]) for r in _edits(part)[:2]]
        return out
    return _leaf_edits(rule)


def _leaf_edits(rule) -> list:  # noqa: C901 - one branch per family of the language
    if isinstance(rule, Compare):
        return _compare_edits(rule)
    if isinstance(rule, Between):
        return [replace(rule, negate=not rule.negate)]
    if isinstance(rule, Text):
        return _text_edits(rule)
    if isinstance(rule, Rank):
        out = [replace(rule, bottom=not rule.bottom), replace(rule, percent=not rule.percent)]
        return out + ([] if rule.percent else [replace(rule, n=rule.n + 1)]
                      + ([replace(rule, n=rule.n - 1)] if rule.n > 1 else []))
    if isinstance(rule, Average):
        return [replace(rule, below=not rule.below)]
    if isinstance(rule, Duplicates):
        return [replace(rule, unique=not rule.unique)]
    if isinstance(rule, (Blanks, Errors)):
        return [replace(rule, negate=not rule.negate)]
    if isinstance(rule, TimePeriod):
        return [Not(rule), *(replace(rule, period=p) for p in _NEIGHBOURS[rule.period])]
    return []  # a visual rule has no nearer rule


def _compare_edits(rule: Compare) -> list:
    out = [replace(rule, op=_BOUNDARY[rule.op])]
    if rule.op in _OPPOSITE:
        out.append(replace(rule, op=_OPPOSITE[rule.op]))
        if isinstance(rule.value, float) and rule.value != 0:  # "short by more than 5": < -5
            out.append(replace(rule, op=_MIRROR[rule.op], value=-rule.value))
    return out


def _text_edits(rule: Text) -> list:
    if rule.op == "TextNotContains":
        return [replace(rule, op="TextContains"), Not(replace(rule, op="TextEquals"))]
    denial = Text("TextNotContains", rule.text, rule.column) if rule.op == "TextContains" \
        else Not(rule)
    return [denial] + [replace(rule, op=op) for op in _TEXT_NEAR[rule.op]]
