"""Office.js payloads: Excel's own type and property names, Custom formulas where none fits."""

from __future__ import annotations

import datetime as dt

import pytest

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf import excel, officejs
from cf_assistant.languages.cf.parser import parse

# Excel's enum values (ExcelApi 1.6: ConditionalFormatType and the rule enums)
TYPES = {"CellValue": "cellValue", "ContainsText": "textComparison", "PresetCriteria": "preset",
         "TopBottom": "topBottom", "ColorScale": "colorScale", "DataBar": "dataBar",
         "IconSet": "iconSet", "Custom": "custom"}


@pytest.mark.parametrize("code, kind, rule", [
    ("GreaterThan(5)", "CellValue", {"operator": "GreaterThan", "formula1": "=5"}),
    ("LessThanEqual(-2.5)", "CellValue", {"operator": "LessThanOrEqual", "formula1": "=-2.5"}),
    ("Equals(\"a\"\"b\")", "CellValue", {"operator": "EqualTo", "formula1": '="a""b"'}),
    ("NotEquals(0)", "CellValue", {"operator": "NotEqualTo", "formula1": "=0"}),
    ("Between(1, 10)", "CellValue", {"operator": "Between", "formula1": "=1", "formula2": "=10"}),
    ("NotBetween(1, 10)", "CellValue", {"operator": "NotBetween", "formula1": "=1", "formula2": "=10"}),
    ("GreaterThan(c[0])", "CellValue", {"operator": "GreaterThan", "formula1": "=$A3"}),
    ("TextContains(\"ab\")", "ContainsText", {"operator": "Contains", "text": "ab"}),
    ("TextStartsWith(\"x\")", "ContainsText", {"operator": "BeginsWith", "text": "x"}),
    ("TextEndsWith(\"x\")", "ContainsText", {"operator": "EndsWith", "text": "x"}),
    ("Top(10)", "TopBottom", {"rank": 10, "type": "TopItems"}),
    ("Bottom(10%)", "TopBottom", {"rank": 10, "type": "BottomPercent"}),
    ("AboveAverage()", "PresetCriteria", {"criterion": "AboveAverage"}),
    ("BelowAverage()", "PresetCriteria", {"criterion": "BelowAverage"}),
    ("Duplicates()", "PresetCriteria", {"criterion": "DuplicateValues"}),
    ("Unique()", "PresetCriteria", {"criterion": "UniqueValues"}),
    ("Blanks()", "PresetCriteria", {"criterion": "Blanks"}),
    ("NotBlanks()", "PresetCriteria", {"criterion": "NonBlanks"}),
    ("Errors()", "PresetCriteria", {"criterion": "Errors"}),
    ("NotErrors()", "PresetCriteria", {"criterion": "NonErrors"}),
    ("Last7Days()", "PresetCriteria", {"criterion": "LastSevenDays"}),
    ("NextMonth()", "PresetCriteria", {"criterion": "NextMonth"}),
])
def test_native_highlights(code, kind, rule):
    p = officejs.from_code(code, "Sheet1!C3:C20")
    assert p["type"] == kind and list(p["props"]) == [TYPES[kind]]
    assert p["props"][TYPES[kind]] == {"format": officejs.DEFAULT_FORMAT, "rule": rule}


@pytest.mark.parametrize("code", [
    "TextNotContains(\"ab\")",  # Excel's own not-contains formats error cells; ours never does
    "TextEquals(\"ab\")", "TextContains(\"a*b\")", "Top(2.5)", "Top(0)",
    "AND(GreaterThan(5), NOT(Blanks()))", "OR(Top(3), Errors())", "GreaterThan(c[1], 5)",
])
def test_custom_formula_is_excels_formula_at_the_top_left_cell(code):
    rule = parse(code)
    p = officejs.payload(rule, "C3:C20")
    assert p["type"] == "Custom"
    expected = "=" + excel.to_formula(rule, cell="C3", first_row=3, last_row=20)
    assert p["props"]["custom"]["rule"] == {"formula": expected}
    assert excel.native_type(rule) == "expression" or code.startswith("TextNotContains")


def test_visual_rules_use_the_workbook_writers_colours():
    scale = officejs.from_code("ColorScale()")["props"]["colorScale"]["criteria"]
    assert [scale[k]["type"] for k in ("minimum", "midpoint", "maximum")] == ["LowestValue", "Percentile", "HighestValue"]
    assert officejs.from_code("DataBar()")["props"]["dataBar"]["positiveFormat"]["fillColor"] == "#638EC6"
    icons = officejs.from_code("IconSet()")["props"]["iconSet"]
    assert icons["style"] == "ThreeTrafficLights1" and len(icons["criteria"]) == 3
    assert "format" not in officejs.from_code("DataBar()")["props"]["dataBar"]


def test_defaults_dates_formats_and_bad_ranges():
    rule = parse("AND(Today(), NotBlanks())")
    assert "A2" in officejs.payload(rule)["props"]["custom"]["rule"]["formula"]  # default A2
    pinned = officejs.payload(rule, "B2:B9", reference_date=dt.date(2026, 1, 31))
    assert "DATE(2026,1,31)" in pinned["props"]["custom"]["rule"]["formula"]
    green = {"fill": {"color": "#C6EFCE"}}
    assert officejs.payload(parse("GreaterThan(1)"), fmt=green)["props"]["cellValue"]["format"] == green
    first = officejs.payload(parse("GreaterThan(1)"))
    first["props"]["cellValue"]["format"]["fill"]["color"] = "#000000"  # a copy, not the constant
    assert officejs.DEFAULT_FORMAT["fill"]["color"] == "#FFC7CE"
    with pytest.raises(BadInputError):
        officejs.from_code("GreaterThan(1)", "not a range")


@pytest.mark.parametrize("address, cell, rows", [
    ("Sheet1!B2:B40", "B2", (2, 40)), ("'My sheet'!B:B", "B1", (1, 1_048_576)),
    ("B2:B5,D2:D5", "B2", (2, 5)), ("$C$3:$C$9", "C3", (3, 9)), ("Data!C7", "C7", (7, 7)),
])
def test_excel_address_forms(address, cell, rows):
    place = officejs.place_of(address)
    assert (f"{place.column}{place.row}", (place.first_row, place.last_row)) == (cell, rows)
    with pytest.raises(BadInputError):
        officejs.place_of("1:3")  # whole rows: a rule formats one column
