"""Workbooks: rules written to real .xlsx files, read back, their cells; bad files refused."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.formatting.rule import FormulaRule, Rule as XlRule

from cf_assistant.errors import WorkbookError
from cf_assistant.languages.cf import workbook as W
from cf_assistant.languages.cf.executor import formatted_rows
from cf_assistant.languages.cf.parser import parse
from cf_assistant.languages.cf.printer import to_text
from cf_assistant.languages.cf.values import ExcelError, Table

TABLE = Table(
    ["amount", "name", "limit"],
    [
        [5.0, "abc", 4.0],
        [12.0, "x", 20.0],
        [None, "ABC", 1.0],
        [ExcelError("#N/A"), "5", 0.0],
        [3.0, None, 3.0],
        ["7", "a*b", None],
        [12.0, "pie", 2.5],
        [45427.5, "Abc", 9.0],  # 2024-05-15 12:00
    ],
)
RULES = [
    "GreaterThan(4)", "LessThan(5)", "Equals(abc)", "NotBetween(3, 10)", "GreaterThan(c[2])",
    "TextContains(a)", "TextContains(a*)", "TextNotContains(b)", "TextStartsWith(p)",
    "TextEndsWith(C)", "TextEquals(abc)", "Top(2)", "Bottom(1)", "TopPercent(50)",
    "AboveAverage()", "BelowAverage()", "Duplicates()", "Unique()", "Blanks()", "NotBlanks()",
    "Errors()", "NotErrors()", "ColorScale()", "DataBar()", "IconSet()", "Today()",
    "ThisMonth()", "AND(GreaterThan(1), LessThan(c[1], \"b\"))", "OR(Blanks(), Errors())",
    "NOT(Top(1))", "Duplicates(c[1])", "LessThan(c[2], c[0])",
]
TODAY = dt.date(2024, 5, 15)


@pytest.mark.parametrize("target", [0, 1])
def test_round_trip_through_a_real_file(tmp_path, target):
    for i, text in enumerate(RULES):
        rule = parse(text)
        path = tmp_path / f"t{target}_{i}.xlsx"
        range_ref = W.write_table(path, TABLE, rule, target)
        [wr] = W.read_rules(path)
        assert wr.valid and wr.range == range_ref
        assert to_text(wr.rule) == to_text(rule), text
        letter = "AB"[target]
        expected = [f"{letter}{r + 2}" for r in formatted_rows(rule, TABLE, target, TODAY)]
        assert W.cells_formatted(path, wr, TODAY) == expected, text


def test_cells_keep_the_workbook_types(tmp_path):
    path = tmp_path / "types.xlsx"
    W.write_table(path, TABLE, parse("GreaterThan(100)"), 0)
    ws = openpyxl.load_workbook(path)["Sheet1"]
    assert ws["A7"].value == "7" and ws["A7"].data_type == "s"  # text stays text
    assert ws["A5"].data_type == "e" and W.cell_value(ws["A5"]) == ExcelError("#N/A")
    assert W.cells_formatted(path, W.read_rules(path)[0]) == ["A7", "A9"]  # text > numbers


def test_dates_are_serial_numbers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, day in enumerate([dt.date(2024, 5, 14), dt.datetime(2024, 5, 15, 18, 0), "2024-05-15"], 2):
        ws.cell(row=r, column=1, value=day)
    src = tmp_path / "dates.xlsx"
    wb.save(src)
    out = W.write_rule(src, tmp_path / "dates_cf.xlsx", "Sheet", "A2:A4", parse("Today()"))
    assert W.cells_formatted(out, W.read_rules(out)[0], TODAY) == ["A3"]


def test_write_rule_never_overwrites(tmp_path):
    src = tmp_path / "in.xlsx"
    W.write_table(src, TABLE, parse("Blanks()"), 0)
    before = src.read_bytes()
    with pytest.raises(WorkbookError, match="exists"):
        W.write_rule(src, src, "Sheet1", "B2:B9", parse("TextContains(a)"))
    with pytest.raises(WorkbookError, match="exists"):
        W.write_table(src, TABLE, parse("Blanks()"), 0)
    assert src.read_bytes() == before
    out = W.write_rule(src, tmp_path / "out.xlsx", "Sheet1", "B2:B9", parse("TextContains(a)"))
    assert [to_text(r.rule) for r in W.read_rules(out)] == ["Blanks()", 'TextContains("a")']
    W.write_rule(src, src, "Sheet1", "C2:C9", parse("Top(1)"), overwrite=True)
    assert len(W.read_rules(src)) == 2


def test_write_rule_bad_sheet_and_range(tmp_path):
    with pytest.raises(WorkbookError, match="no sheet"):
        W.write_rule(_book(tmp_path), tmp_path / "a.xlsx", "Nope", "A1:A3", parse("Blanks()"))
    with pytest.raises(WorkbookError, match="outside"):
        W.write_rule(None, tmp_path / "b.xlsx", "Data", "A1:A2000000", parse("Blanks()"))
    with pytest.raises(WorkbookError, match="not a range"):
        W.write_rule(None, tmp_path / "c.xlsx", "Data", "1A:??", parse("Blanks()"))
    assert not any(tmp_path.glob("[abc].xlsx"))
    new = W.write_rule(None, tmp_path / "d.xlsx", "Data", "A1:A3", parse("Blanks()"))
    assert W.read_rules(new)[0].sheet == "Data"


def _book(tmp_path: Path, rows: int = 6) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "S"
    for r in range(1, rows + 1):
        ws.cell(row=r, column=1, value=r % 3)
        ws.cell(row=r, column=2, value=r)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_foreign_expression_rules_are_evaluated_by_a_formula_engine(tmp_path):
    path = _book(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["S"]
    ws.conditional_formatting.add("A1:A6", FormulaRule(formula=["COUNTIF($A$1:$A$6,A1)>1"]))
    ws.conditional_formatting.add("A1:B6", FormulaRule(formula=["$B1>A$1*4"]))
    ws.conditional_formatting.add("B1:B6", FormulaRule(formula=["NOSUCHFUNCTION(B1)"]))
    ws.conditional_formatting.add("B1:B6", FormulaRule(formula=["B1>("]))
    wb.save(path)
    rules = W.read_rules(path)
    assert [r.foreign for r in rules] == [True, True, True, True]
    assert W.cells_formatted(path, rules[0]) == ["A1", "A2", "A3", "A4", "A5", "A6"]
    # column A: B_r > A1*4 = 4 (rows 5, 6); column B: B_r > B1*4 = 4 (rows 5, 6)
    assert W.cells_formatted(path, rules[1]) == ["A5", "B5", "A6", "B6"]
    with pytest.raises(WorkbookError, match="NOSUCHFUNCTION"):
        W.cells_formatted(path, rules[2])
    assert not rules[3].valid and "cannot be evaluated" in rules[3].error


def test_native_rules_outside_the_language_are_not_valid(tmp_path):
    path = _book(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["S"].conditional_formatting.add("B1:B6", XlRule(type="aboveAverage", stdDev=1))
    wb.save(path)
    [wr] = W.read_rules(path)
    assert not wr.valid and "aboveAverage" in wr.error and "stdDev" in wr.error


def test_multi_column_ranges_pool_their_cells(tmp_path):
    path = _book(tmp_path, rows=3)  # A: 1 2 0, B: 1 2 3
    out = W.write_rule(path, tmp_path / "o.xlsx", "S", "A1:B3", parse("Top(2)"))
    assert W.cells_formatted(out, W.read_rules(out)[0]) == ["A2", "B2", "B3"]


def test_whole_column_ranges_are_clipped_to_the_used_area(tmp_path):
    path = _book(tmp_path, rows=4)
    out = W.write_rule(path, tmp_path / "o.xlsx", "S", "B:B", parse("GreaterThan(2)"))
    [wr] = W.read_rules(out)
    assert (wr.rule, wr.range) == (parse("GreaterThan(2)"), "B1:B1048576")
    assert W.cells_formatted(out, wr) == ["B3", "B4"]


# ------------------------------------------------------------------------------- bad input


def test_missing_path(tmp_path):
    with pytest.raises(WorkbookError, match="no such file"):
        W.read_rules(tmp_path / "nope.xlsx")


def test_not_a_workbook(tmp_path):
    text = tmp_path / "notes.xlsx"
    text.write_text("hello")
    with pytest.raises(WorkbookError, match="not an .xlsx"):
        W.read_rules(text)
    other_zip = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("readme.txt", "hi")
    with pytest.raises(WorkbookError, match="no xl/workbook.xml"):
        W.read_rules(other_zip)


def test_truncated(tmp_path):
    path = _book(tmp_path)
    data = path.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkbookError, match="truncated"):
        W.read_rules(cut)


def test_corrupt_deflate_stream(tmp_path):
    """A zip whose directory is intact but whose compressed data is not (zlib.error, not a CRC
    mismatch) is refused as corrupt, never a traceback."""
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook>" + "x" * 5000 + "</workbook>")
    data = bytearray(bad.read_bytes())
    start = 30 + len("xl/workbook.xml")  # the first member's data follows its local header
    data[start:start + 8] = b"\xff" * 8
    bad.write_bytes(bytes(data))
    with pytest.raises(WorkbookError, match="corrupt"):
        W.read_rules(bad)


def test_password_protected(tmp_path):
    enc = tmp_path / "secret.xlsx"
    enc.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    with pytest.raises(WorkbookError, match="password-protected"):
        W.read_rules(enc)


def _patched(path: Path, out: Path, edit) -> Path:
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = edit(data)
            zout.writestr(item, data)
    return out


def test_a_million_rows_is_refused_from_the_dimension(tmp_path):
    big = _patched(_book(tmp_path), tmp_path / "big.xlsx",
                   lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B1000000"', d))
    with pytest.raises(WorkbookError, match="1,000,000 rows"):
        W.read_rules(big)


def test_a_million_rows_without_dimension_is_refused_by_scanning(tmp_path):
    def edit(d: bytes) -> bytes:
        d = re.sub(rb"<dimension[^>]*/>", b"", d)
        return d.replace(b"</sheetData>", b'<row r="1000000"><c r="A1000000"><v>1</v></c></row></sheetData>')

    big = _patched(_book(tmp_path), tmp_path / "big2.xlsx", edit)
    with pytest.raises(WorkbookError, match="1,000,000 rows"):
        W.read_rules(big)
