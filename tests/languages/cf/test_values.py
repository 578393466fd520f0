"""Typing pasted text like Excel, and tables from the benchmark's records."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cf_assistant.languages.cf.values import (
    ERROR_CODES, ExcelError, Table, excel_serial, table_from_records, to_cell_value, type_text,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("619.5", 619.5),
        ("144.69999999999999", 144.7),
        ("1071", 1071.0),
        ("-3", -3.0),
        ("+4", 4.0),
        (".5", 0.5),
        ("5.", 5.0),
        ("1,200", 1200.0),
        ("1,234,567.25", 1234567.25),
        ("12%", 0.12),
        ("-12.5%", -0.125),
        ("1e3", 1000.0),
        ("2E-2", 0.02),
        ("$5", 5.0),
        ("-$5.50", -5.5),
        ("(5)", -5.0),
        (" 42 ", 42.0),
        ("0", 0.0),
        ("-0", 0.0),
    ],
)
def test_numeric_text_becomes_a_number(text, value):
    typed = type_text(text)
    assert isinstance(typed, float) and typed == value


@pytest.mark.parametrize(
    "text",
    ["1,20", "12,34,567", "1.2.3", "abc", "5 Days", "inf", "nan", "NaN", "1e999", "--5", "$",
     "1 000", "0x1F", "(-5)", "e5", ".", "12%%", "Total", "  ", " x "],
)
def test_other_text_stays_text(text):
    assert type_text(text) == text


def test_blank_booleans_and_errors():
    assert type_text("") is None
    assert type_text("TRUE") is True and type_text("false") is False
    assert type_text(" True ") is True
    for code in ERROR_CODES:
        assert type_text(code) == ExcelError(code)
        assert type_text(code.lower()) == ExcelError(code)
    assert str(ExcelError("#N/A")) == "#N/A"


def test_leading_apostrophe_forces_text():
    assert type_text("'5") == "5"
    assert type_text("'TRUE") == "TRUE"


def test_dates_become_serial_numbers():
    assert excel_serial(dt.date(2021, 1, 1)) == 44197
    assert excel_serial(dt.date(1900, 3, 1)) == 61
    assert type_text("2021-01-01") == 44197
    assert type_text("2021-01-01 12:00") == 44197.5
    assert type_text("1/2/2021") == 44198  # US order: January 2nd
    assert type_text("2021-02-30") == "2021-02-30"  # not a date: stays text
    assert excel_serial(dt.datetime(2021, 1, 1, 6)) == 44197.25


def test_json_values_keep_their_type():
    assert to_cell_value(3) == 3.0 and isinstance(to_cell_value(3), float)
    assert to_cell_value(2.5) == 2.5
    assert to_cell_value(True) is True
    assert to_cell_value(None) is None
    assert to_cell_value(float("nan")) == ExcelError("#NUM!")
    assert to_cell_value(dt.date(2021, 1, 1)) == 44197
    assert to_cell_value(dt.time(12, 0)) == 0.5


def test_table_from_records():
    table = table_from_records([["Index", "Value"], [0, ""], [1, "619.5"], [2, "abc"], [3]])
    assert table == Table(
        header=["Index", "Value"],
        rows=[[0.0, None], [1.0, 619.5], [2.0, "abc"], [3.0, None]],
    )
    assert table.n_rows == 4 and table.n_cols == 2
    assert table.column(1) == [None, 619.5, "abc", None]


def test_table_from_records_edge_cases():
    assert table_from_records([]) == Table(header=[], rows=[])
    assert table_from_records([["Value"]]).n_rows == 0
    ragged = table_from_records([["a"], [1, 2]])
    assert ragged.header == ["a", ""] and ragged.rows == [[1.0, 2.0]]
    assert table_from_records([[None, 5]]).header == ["", "5"]


@given(st.text(max_size=30))
def test_type_text_never_fails_and_returns_a_cell_value(text):
    value = type_text(text)
    assert value is None or isinstance(value, (bool, float, str, ExcelError))
    if isinstance(value, float):
        assert value == value and abs(value) != float("inf")


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_numbers_written_by_python_read_back(x):
    assert type_text(repr(x)) == x
