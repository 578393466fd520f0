"""Rules one edit away from a CF rule (`languages.cf.alternatives`), nearest first."""

from __future__ import annotations

import pytest

from cf_assistant.languages import get_language
from cf_assistant.languages.cf import parse
from cf_assistant.languages.cf.alternatives import one_edit

CF = get_language("cf")


@pytest.mark.parametrize("code, first", [
    ("GreaterThan(150)", ["GreaterThanEqual(150)", "LessThanEqual(150)", "LessThan(-150)"]),
    ("LessThanEqual(10)", ["LessThan(10)", "GreaterThan(10)", "GreaterThanEqual(-10)"]),
    ("Equals(0)", ["NotEquals(0)"]),
    ('TextContains("junior")', ['TextNotContains("junior")', 'TextEquals("junior")']),
    ('TextEquals("Hem")', ['NOT(TextEquals("Hem"))', 'TextContains("Hem")']),
    ('TextNotContains("b3")', ['TextContains("b3")', 'NOT(TextEquals("b3"))']),
    ('TextStartsWith("V1")', ['NOT(TextStartsWith("V1"))', 'TextContains("V1")']),
    ("NOT(LastMonth())", ["LastMonth()", "NOT(ThisMonth())"]),
    ("ThisWeek()", ["NOT(ThisWeek())", "Last7Days()", "LastWeek()", "NextWeek()"]),
    ("Top(3)", ["Bottom(3)", "TopPercent(3)", "Top(4)", "Top(2)"]),
    ("Between(1, 5)", ["NotBetween(1, 5)"]),
    ("Unique()", ["Duplicates()"]),
    ("Blanks()", ["NotBlanks()"]),
    ("BelowAverage()", ["AboveAverage()"]),
    ("AND(TextEquals(\"Yes\"), ThisMonth())", ['TextEquals("Yes")', "ThisMonth()",
                                                'OR(TextEquals("Yes"), ThisMonth())']),
])
def test_the_nearest_edits_come_first(code, first):
    assert CF.alternatives(code)[:len(first)] == first


def test_an_edit_keeps_the_column_a_table_rule_names():
    assert CF.alternatives("GreaterThan(c[2], 70000)")[:2] == ["GreaterThanEqual(c[2], 70000)",
                                                                "LessThanEqual(c[2], 70000)"]


def test_no_edit_repeats_or_is_the_rule_itself():
    for code in ("OR(TextEquals(\"a\"), TextEquals(\"b\"))", "NOT(TextContains(\"x\"))", "Top(1)",
                 "AND(GreaterThan(0), LessThan(5))"):
        rule = parse(code)
        edits = one_edit(rule)
        assert rule not in edits and len(edits) == len(set(edits))
    assert "Top(0)" not in CF.alternatives("Top(1)")  # no ranking of nothing


def test_visual_rules_and_bad_code_have_none():
    assert CF.alternatives("ColorScale()") == [] and CF.alternatives("GreaterThan(") == []
