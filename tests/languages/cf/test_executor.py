"""The executor: every function of the CF language and every semantic point of CF_RULES.md."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf.executor import display_text, execute, formatted_rows
from cf_assistant.languages.cf.parser import parse
from cf_assistant.languages.cf.rules import And, Compare
from cf_assistant.languages.cf.values import ExcelError, Table, table_from_records

NA = ExcelError("#N/A")
DIV0 = ExcelError("#DIV/0!")


def table(*columns: list) -> Table:
    header = [f"col{i}" for i in range(len(columns))]
    return Table(header=header, rows=[list(r) for r in zip(*columns)])


def fmt(rule: str, values: list, **kw) -> list[int]:
    """Formatted row indices of `rule` on one column of cell values."""
    return formatted_rows(parse(rule), table(values), 0, **kw)


MIXED = [None, 5.0, "abc", NA, True, 10.0, "  ", "ABC", -3.0, 0.0]
#        0     1     2      3   4     5     6     7      8     9


# ------------------------------------------------------------------------------ cell value


def test_greater_than_numbers_and_text_above_numbers():
    assert fmt("GreaterThan(5)", MIXED) == [2, 4, 5, 6, 7]  # text and TRUE rank above numbers


def test_less_than_formats_blanks_as_zero():
    assert fmt("LessThan(5)", MIXED) == [0, 8, 9]
    assert fmt("LessThan(-5)", MIXED) == []


def test_equals_zero_formats_blank():
    assert fmt("Equals(0)", MIXED) == [0, 9]


def test_greater_than_equal_and_less_than_equal_are_inclusive():
    assert fmt("GreaterThanEqual(10)", [9.0, 10.0, 11.0]) == [1, 2]
    assert fmt("LessThanEqual(10)", [9.0, 10.0, 11.0]) == [0, 1]


def test_not_equals_skips_errors_only():
    assert fmt("NotEquals(5)", MIXED) == [0, 2, 4, 5, 6, 7, 8, 9]


def test_text_operand_is_case_insensitive_and_blank_is_empty_text():
    assert fmt("Equals(abc)", MIXED) == [2, 7]
    # numbers < text; blank compares as "" (< "abc"); "  " < "abc"
    assert fmt("LessThan(abc)", MIXED) == [0, 1, 5, 6, 8, 9]
    assert fmt('GreaterThan("ab")', ["abc", "AB", "b", "a"]) == [0, 2]


def test_numeric_text_operand_is_text():
    assert fmt('Equals("5")', [5.0, "5"]) == [1]
    assert fmt("Equals(5)", [5.0, "5"]) == [0]


def test_booleans_rank_above_text():
    assert fmt("GreaterThan(zzz)", [True, False, "zzzz", 1e300]) == [0, 1, 2]


def test_between_inclusive_either_order():
    values = [4.0, 5.0, 7.0, 10.0, 11.0, None, "x"]
    assert fmt("Between(5, 10)", values) == [1, 2, 3]
    assert fmt("Between(10, 5)", values) == [1, 2, 3]
    assert fmt("NotBetween(5, 10)", values) == [0, 4, 5, 6]
    assert fmt("Between(-1, 1)", values) == [5]  # blank is 0


def test_between_skips_errors_also_when_negated():
    assert fmt("NotBetween(1, 2)", [NA, 5.0]) == [1]


def test_column_operand_compares_row_by_row():
    t = table([1.0, 5.0, None, "b", NA], [2.0, 5.0, 0.0, "A", 1.0])
    assert formatted_rows(parse("LessThan(c[1])"), t, 0) == [0]
    assert formatted_rows(parse("Equals(c[0], c[1])"), t, 0) == [1, 2]
    assert formatted_rows(parse("GreaterThan(c[0], c[1])"), t, 1) == [3]
    # row 2: blank is 0; row 3: 10 (a number) <= "A" <= "b"; row 4: the operand is #N/A
    assert formatted_rows(parse("Between(c[1], c[0], 10)"), t, 0) == [0, 1, 2, 3]


def test_rule_column_overrides_target():
    t = table([1.0, 2.0], [10.0, 0.0])
    assert formatted_rows(parse("GreaterThan(c[1], 5)"), t, 0) == [0]
    assert formatted_rows(parse("GreaterThan(5)"), t, 1) == [0]
    assert formatted_rows(parse("AND(GreaterThan(c[0], 1), LessThan(c[1], 5))"), t, 0) == [1]


# ------------------------------------------------------------------------------ text rules


def test_display_text_of_cells():
    assert [display_text(v) for v in (5.0, 0.12, 144.69999999999999, 1e20, -0.0, 1e-5)] == [
        "5", "0.12", "144.7", "1E+20", "0", "1E-05"]
    assert display_text(True) == "TRUE" and display_text(None) == "" and display_text("x") == "x"


def test_text_contains_case_insensitive_on_cell_text():
    values = ["Needs Update", "needs update now", "done", 1500.0, None, NA, True]
    assert fmt("TextContains(Needs Update)", values) == [0, 1]
    assert fmt("TextContains(50)", values) == [3]  # the number's text "1500"
    assert fmt("TextContains(ru)", values) == [6]  # TRUE
    assert fmt('TextContains("")', values) == [0, 1, 2, 3, 4, 6]


def test_text_contains_is_literal_not_wildcard():
    assert fmt("TextContains(*)", ["a*b", "ab"]) == [0]
    assert fmt("TextContains(a?)", ["a?", "ab"]) == [0]


def test_text_not_contains_formats_blanks_but_not_errors():
    assert fmt("TextNotContains(a)", ["abc", "xyz", None, NA, 5.0]) == [1, 2, 4]


def test_text_equals_whole_text_case_insensitive():
    values = ["Yes", "YES", "yes!", 165.0, "165", None, NA]
    assert fmt("TextEquals(yes)", values) == [0, 1]
    assert fmt("TextEquals(165)", values) == [3, 4]
    assert fmt('TextEquals("")', values) == [5]
    assert fmt('NOT(TextEquals(""))', values) == [0, 1, 2, 3, 4]


def test_starts_and_ends_with():
    values = ["Apple pie", "apple", "pineapple", 123.0, None, NA]
    assert fmt("TextStartsWith(APP)", values) == [0, 1]
    assert fmt("TextEndsWith(apple)", values) == [1, 2]
    assert fmt("BeginsWith(12)", values) == [3]
    assert fmt("EndsWith(23)", values) == [3]
    assert fmt('TextStartsWith("")', values) == [0, 1, 2, 3, 4]


def test_non_latin_text():
    assert fmt("TextContains(经济)", ["中国经济", "政治"]) == [0]


# ------------------------------------------------------------------------------ ranks, averages


def test_top_n_numbers_only_ties_included():
    values = [10.0, 9.0, 9.0, 8.0, "zzz", None, NA, True, 1.0]
    assert fmt("Top(1)", values) == [0]
    assert fmt("Top(2)", values) == [0, 1, 2]  # 9 ties with the 2nd value
    assert fmt("Top(3)", values) == [0, 1, 2]
    assert fmt("Top(100)", values) == [0, 1, 2, 3, 8]
    assert fmt("Bottom(1)", values) == [8]
    assert fmt("Bottom(2)", values) == [3, 8]
    assert fmt("Top(0)", values) == []


def test_top_percent_floor_at_least_one():
    values = [float(i) for i in range(1, 21)]  # 20 numbers
    assert fmt("TopPercent(10)", values) == [18, 19]  # floor(2.0)
    assert fmt("Top(10%)", values) == [18, 19]
    assert fmt("TopPercent(12)", values) == [18, 19]  # floor(2.4) = 2
    assert fmt("BottomPercent(1)", values) == [0]  # floor(0.2) = 0 -> at least 1
    assert fmt("TopPercent(100)", values) == list(range(20))
    assert fmt("TopPercent(0)", values) == []


def test_rank_of_a_column_without_numbers():
    assert fmt("Top(3)", ["a", None]) == []
    assert fmt("TopPercent(50)", []) == []


def test_above_and_below_average_strict():
    values = [1.0, 2.0, 3.0, None, "x", NA]  # mean of numbers = 2
    assert fmt("AboveAverage()", values) == [2]
    assert fmt("BelowAverage()", values) == [0]
    assert fmt("AboveAverage()", [2.0, 2.0]) == []
    assert fmt("AboveAverage()", ["a", None]) == []


# ------------------------------------------------------------------------------ duplicates, blanks, errors


def test_duplicates_case_insensitive_blanks_not_counted():
    values = ["a", "A", "b", None, None, 5.0, "5", 5.0, True, True, NA, NA, "  ", "  "]
    assert fmt("Duplicates()", values) == [0, 1, 5, 7, 8, 9, 12, 13]
    assert fmt("Unique()", values) == [2, 6]


def test_blanks_empty_or_only_spaces():
    values = [None, "", "   ", " x ", 0.0, NA, "\t"]
    assert fmt("Blanks()", values) == [0, 1, 2]
    assert fmt("NotBlanks()", values) == [3, 4, 6]


def test_errors():
    values = [NA, DIV0, ExcelError("#VALUE!"), None, "#N/A text", 1.0]
    assert fmt("Errors()", values) == [0, 1, 2]
    assert fmt("NotErrors()", values) == [3, 4, 5]


@pytest.mark.parametrize("rule", ["ColorScale()", "DataBar()", "IconSet()"])
def test_visual_rules_format_every_number(rule):
    assert fmt(rule, [1.0, None, "x", True, NA, -2.5]) == [0, 5]


# ------------------------------------------------------------------------------ dates

REF = dt.date(2024, 5, 15)  # a Wednesday; the week is Sun 12 .. Sat 18 May


def serial(day: dt.date, hour: int = 0) -> float:
    return float((day - dt.date(1899, 12, 30)).days) + hour / 24


def dates(*days: int, month: int = 5) -> list[float]:
    return [serial(dt.date(2024, month, d), 10) for d in days]


@pytest.mark.parametrize(
    "rule, expected_days",
    [
        ("Today()", [15]),
        ("Yesterday()", [14]),
        ("Tomorrow()", [16]),
        ("Last7Days()", [9, 10, 11, 12, 13, 14, 15]),
        ("ThisWeek()", [12, 13, 14, 15, 16, 17, 18]),
        ("LastWeek()", [5, 6, 7, 8, 9, 10, 11]),
        ("NextWeek()", [19, 20, 21, 22, 23, 24, 25]),
    ],
)
def test_day_and_week_periods(rule, expected_days):
    days = list(range(1, 32))
    got = fmt(rule, dates(*days), reference_date=REF)
    assert [days[i] for i in got] == expected_days


def test_month_periods():
    values = [serial(dt.date(2024, 4, 30)), serial(dt.date(2024, 5, 1)), serial(dt.date(2024, 5, 31)),
              serial(dt.date(2024, 6, 1)), serial(dt.date(2023, 5, 15)), "2024-05-15", None, NA]
    assert fmt("LastMonth()", values, reference_date=REF) == [0]
    assert fmt("ThisMonth()", values, reference_date=REF) == [1, 2]
    assert fmt("NextMonth()", values, reference_date=REF) == [3]


def test_month_periods_across_a_year_and_week_from_sunday():
    jan = dt.date(2024, 1, 7)  # a Sunday
    values = [serial(dt.date(2023, 12, 31)), serial(dt.date(2024, 2, 1)), serial(dt.date(2024, 1, 7))]
    assert fmt("LastMonth()", values, reference_date=jan) == [0]
    assert fmt("NextMonth()", values, reference_date=jan) == [1]
    assert fmt("ThisWeek()", values, reference_date=jan) == [2]
    assert fmt("LastWeek()", values, reference_date=jan) == [0]


def test_default_reference_date_is_today():
    today = serial(dt.date.today(), 12)
    assert fmt("Today()", [today, today - 1]) == [0]


def test_time_periods_ignore_absurd_numbers():
    assert fmt("ThisMonth()", [-5.0, 1e300, 3e6], reference_date=REF) == []


# ------------------------------------------------------------------------------ combinators


def test_and_or_not():
    values = [10.0, 30.0, 49.0, 50.0, None]
    assert fmt("AND(GreaterThanEqual(25),LessThan(50))", values) == [1, 2]
    assert fmt("OR(LessThan(20), GreaterThan(49))", values) == [0, 3, 4]
    assert fmt("NOT(Between(25, 49))", values) == [0, 3, 4]


def test_errors_propagate_through_combinators_like_excel():
    values = [NA, None, 5.0]
    assert fmt("NOT(GreaterThan(1))", values) == [1]
    assert fmt("OR(Errors(), Blanks())", values) == [1]  # OR(TRUE, #N/A) is #N/A
    assert fmt("OR(Errors(), TextContains(x))", values) == [0]  # SEARCH is wrapped: no error
    assert fmt("NOT(NotErrors())", values) == [0]


def test_combinator_columns_mix():
    t = table(["a", "b", "a"], [1.0, 2.0, 3.0])
    assert formatted_rows(parse("AND(Duplicates(c[0]), GreaterThan(c[1], 1))"), t, 0) == [2]


# ------------------------------------------------------------------------------ API


def test_execute_returns_one_bool_per_row():
    result = execute(parse("GreaterThan(1)"), table([0.0, 2.0]), 0)
    assert isinstance(result, np.ndarray) and result.dtype == bool and result.tolist() == [False, True]
    assert execute(parse("Top(1)"), Table(header=["v"], rows=[]), 0).shape == (0,)


def test_bad_columns_are_bad_input():
    with pytest.raises(BadInputError, match="c\\[3\\]"):
        execute(parse("GreaterThan(c[3], 1)"), table([1.0]), 0)
    with pytest.raises(BadInputError):
        execute(parse("GreaterThan(1)"), table([1.0]), 5)
    with pytest.raises(BadInputError):
        execute(And(()), table([1.0]), 0)
    with pytest.raises(BadInputError):
        execute("GreaterThan(1)", table([1.0]), 0)  # type: ignore[arg-type]


def test_benchmark_record_end_to_end():
    data = [["Index", "Value"], [0, ""], [1, "619.5"], [2, "39.5"], [3, "25"], [4, "49.8"]]
    t = table_from_records(data)
    rule = parse("AND(GreaterThanEqual(25),LessThan(50))")
    assert formatted_rows(rule, t, 1) == [2, 3, 4]
    assert formatted_rows(Compare("LessThan", 50.0), t, 1) == [0, 2, 3, 4]  # the blank too


def test_large_column_is_fast():
    import time

    rng = np.random.default_rng(0)
    values = [float(x) for x in rng.normal(size=100_000)]
    t = table(values)
    start = time.perf_counter()
    for rule in ("GreaterThan(0)", "Top(10)", "Duplicates()", "AboveAverage()"):
        execute(parse(rule), t, 0)
    assert time.perf_counter() - start < 4.0
