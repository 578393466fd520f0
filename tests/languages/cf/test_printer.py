"""The canonical printer: one spelling per rule, and parse(to_text(rule)) == rule for every rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf.parser import parse
from cf_assistant.languages.cf.printer import format_number, to_text
from cf_assistant.languages.cf.rules import (
    COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS, And, Average, Between, Blanks, ColumnRef,
    Compare, Duplicates, Errors, Not, Or, Rank, Text, TimePeriod, Visual,
)


@pytest.mark.parametrize(
    "source, canonical",
    [
        ("GreaterThan(5.0)", "GreaterThan(5)"),
        ("greaterthanequals(0.50)", "GreaterThanEqual(0.5)"),
        ("LessThan(1E3)", "LessThan(1000)"),
        ("LessThan(-0)", "LessThan(0)"),
        ("Equals(144.69999999999999)", "Equals(144.7)"),
        ("Between(1e16, 2)", "Between(10000000000000000, 2)"),
        ("Between(0.5, 1E-32)", "Between(0.5, 1e-32)"),
        ("TextContains(Needs Update)", 'TextContains("Needs Update")'),
        ("TextEquals(c[3], 'Worldwide')", 'TextEquals(c[3], "Worldwide")'),
        ("TextEquals(165)", 'TextEquals("165")'),
        ('TextEquals(a"b)', 'TextEquals("a""b")'),
        ("BeginsWith(x)", 'TextStartsWith("x")'),
        ("top(10%)", "TopPercent(10)"),
        ("Top(c[1], 10%)", "TopPercent(c[1], 10)"),
        ("TopPercent(c[1], 20)", "TopPercent(c[1], 20)"),
        ("bottom(5%)", "BottomPercent(5)"),
        ("top(10)", "Top(10)"),
        ("Duplicate()", "Duplicates()"),
        ("aboveAverage()", "AboveAverage()"),
        ("LessThan(c[2],c[1])", "LessThan(c[2], c[1])"),
        ("AND(GreaterThanEqual(25),LessThan(50))", "AND(GreaterThanEqual(25), LessThan(50))"),
        ('Not(TextEquals(""))', 'NOT(TextEquals(""))'),
        ("GreaterThan(5 Days)", 'GreaterThan("5 Days")'),
        ("GreaterThan(50%)", "GreaterThan(0.5)"),
    ],
)
def test_canonical_spelling(source, canonical):
    assert to_text(parse(source)) == canonical
    assert to_text(parse(canonical)) == canonical


@pytest.mark.parametrize(
    "value, text",
    [(5.0, "5"), (0.5, "0.5"), (-3, "-3"), (0.1 + 0.2, "0.30000000000000004"), (1e20, "100000000000000000000"),
     (1e21, "1e+21"), (1.5e-7, "0.00000015"), (-0.0, "0"), (123456789.125, "123456789.125")],
)
def test_numbers_are_exact_and_short(value, text):
    assert format_number(value) == text
    assert float(text) == value


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "5", True, None])
def test_bad_numbers_are_refused(bad):
    with pytest.raises(BadInputError):
        format_number(bad)


def test_malformed_rule_objects_are_refused():
    for bad in (Compare("Bigger", 5.0), And(()), Text("TextEquals", 5), "GreaterThan(5)",
                Compare("Equals", ColumnRef(-1)), Visual("Sparkline")):
        with pytest.raises(BadInputError):
            to_text(bad)


# ------------------------------------------------------------------------------ round trip

columns = st.none() | st.integers(0, 60)
numbers = st.floats(allow_nan=False, allow_infinity=False)
texts = st.text(max_size=20)
operands = numbers | texts | st.builds(ColumnRef, st.integers(0, 60))

leaves = st.one_of(
    st.builds(Compare, st.sampled_from(COMPARE_OPS), operands, columns),
    st.builds(Between, operands, operands, st.booleans(), columns),
    st.builds(Text, st.sampled_from(TEXT_OPS), texts, columns),
    st.builds(Rank, numbers, st.booleans(), st.booleans(), columns),
    st.builds(Average, st.booleans(), columns),
    st.builds(Duplicates, st.booleans(), columns),
    st.builds(Blanks, st.booleans(), columns),
    st.builds(Errors, st.booleans(), columns),
    st.builds(Visual, st.sampled_from(VISUAL_KINDS), columns),
    st.builds(TimePeriod, st.sampled_from(PERIODS), columns),
)
rules = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.builds(And, st.lists(inner, min_size=1, max_size=3).map(tuple)),
        st.builds(Or, st.lists(inner, min_size=1, max_size=3).map(tuple)),
        st.builds(Not, inner),
    ),
    max_leaves=6,
)


@settings(max_examples=500, deadline=None)
@given(rules)
def test_round_trip(rule):
    text = to_text(rule)
    assert parse(text) == rule
    assert to_text(parse(text)) == text


_SPELLINGS = st.sampled_from(
    ["GreaterThan(5)", "top(10%)", "TextContains(a b)", "Between(2, 1)", "Duplicate()",
     "NOT(TextEquals(\"\"))", "LessThan(c[2], c[1])", "TextEquals(c[3], 'x''y')", "bottom(3)"]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_SPELLINGS, min_size=1, max_size=4), st.sampled_from(["AND", "Or", "not"]))
def test_canonical_is_idempotent_on_written_rules(parts, combinator):
    source = f"{combinator}({parts[0]})" if combinator == "not" else f"{combinator}({','.join(parts)})"
    once = to_text(parse(source))
    assert to_text(parse(once)) == once
