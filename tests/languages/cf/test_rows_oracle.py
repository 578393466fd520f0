"""Whole-row rules: the executor, the workbook read back (`cfa validate`) and LibreOffice agree.

A table (header in row 1, ten data rows in A2:E11, text, numbers, status words, blanks, dates) gets
rules on one column, each anchored as a whole-row rule over A2:E11 (`rows.scoped`). The executor's
rows (the implicit rule on its column) must be exactly the rows whose five cells are formatted:

- read back from the workbook that `workbook.write_rule` writes (the `cfa validate` path), and
- by LibreOffice (skipped, visibly, where `soffice` is not installed): the formula of the rule
  `write_rule` adds (with the reference day in place of TODAY()) is written, shifted as Excel
  shifts it to each of the 50 cells of the range, into helper cells; LibreOffice recalculates
  them. A formula that lost its `$` would test another column once shifted.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess

import openpyxl
import pytest
from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import get_column_letter

from cf_assistant.languages.cf import excel, parse
from cf_assistant.languages.cf import workbook as W
from cf_assistant.languages.cf.executor import execute
from cf_assistant.languages.cf.rows import Box, anchor, release, row_formula, scoped, column_named
from cf_assistant.languages.cf.values import Table, table_from_records, to_cell_value

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TODAY = dt.date(2024, 6, 12)
HEADER = ["Order", "Customer", "Amount", "Status", "Due"]
ROWS = [
    ["A-1", "Acme", 250.5, "Late", dt.date(2024, 6, 3)],
    ["A-2", "bolt co", 80.0, "On time", dt.date(2024, 5, 20)],
    ["A-3", "Acme", 1200.0, "late", dt.date(2024, 6, 30)],
    ["A-4", "Zed", 35.0, "Shipped", dt.date(2024, 7, 2)],
    ["A-5", None, 999.0, None, dt.date(2024, 6, 12)],
    ["A-6", "Bolt Co", 1200.0, "Late", dt.date(2023, 6, 12)],
    ["A-7", "Yolo", -5.0, "On time", None],
    ["A-8", "Acme", 410.0, "Late ", dt.date(2024, 6, 11)],
    ["A-9", "Quux", None, "Shipped", dt.date(2024, 6, 13)],
    ["A-10", "Zed", 77.25, "On time", dt.date(2024, 6, 1)],
]
BOX = Box(1, 5, 2, 11)
RULES = [  # (rule on the implicit column, the column it tests)
    ("TextEquals(Late)", 3), ("Equals(Late)", 3), ("NOT(TextEquals(Late))", 3),
    ("TextContains(co)", 1), ("TextStartsWith(a)", 1), ("Duplicates()", 1), ("Unique()", 1),
    ("Blanks()", 3), ("NotBlanks()", 1), ("GreaterThan(500)", 2), ("LessThan(100)", 2),
    ("Between(80, 410)", 2), ("Top(3)", 2), ("Bottom(20%)", 2), ("AboveAverage()", 2),
    ("BelowAverage()", 2), ("AND(GreaterThan(100),LessThan(1000))", 2),
    ("OR(TextEquals(Zed),TextEquals(Quux))", 1), ("ThisMonth()", 4), ("Last7Days()", 4),
    ("NextWeek()", 4), ("GreaterThan(c[2], 300)", 3),
    ('AND(TextEquals(c[1], "Acme"), GreaterThan(100))', 2),  # a named value joined (tables)
]


def _table() -> Table:
    return Table(HEADER, [[to_cell_value(v) for v in row] for row in ROWS])


def _book(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    wb.save(path)


def _expected_rows(code: str, column: int) -> list[int]:
    mask = execute(parse(code), _table(), column, reference_date=TODAY)
    return [i for i, hit in enumerate(mask) if hit]


def test_anchor_release_and_the_range():
    rule = parse("AND(GreaterThan(100),LessThan(c[4], 5))")
    anchored = anchor(rule, 2)
    assert release(anchored, 2) == rule and column_named(anchor(parse("Top(3)"), 2)) == 2
    assert scoped(parse("Top(3)"), "cells", 2, BOX) == (parse("Top(3)"), "C2:C11")
    assert scoped(parse("Top(3)"), "rows", 2, BOX) == (anchor(parse("Top(3)"), 2), "A2:E11")
    assert row_formula(parse("Equals(Late)"), 3, BOX) == '=$D2="Late"'


@pytest.mark.parametrize("code, column", RULES)
def test_the_workbook_read_back_formats_the_executors_rows(tmp_path, code, column):
    src, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    _book(src)
    rule, range_ref = scoped(parse(code), "rows", column, BOX)
    W.write_rule(src, out, "Sheet1", range_ref, rule)
    (wr,) = W.read_rules(out)
    assert wr.range == "A2:E11" and wr.native_type == "expression" and wr.rule == rule
    cells = W.cells_formatted(out, wr, reference_date=TODAY)
    rows = _expected_rows(code, column)
    assert cells == [f"{get_column_letter(c)}{i + 2}" for i in rows for c in range(1, 6)]


def test_cfa_validate_lists_whole_rows(cli, tmp_path):
    src, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    _book(src)
    rule, range_ref = scoped(parse("TextEquals(Late)"), "rows", 3, BOX)
    W.write_rule(src, out, "Sheet1", range_ref, rule)
    code, stdout, _ = cli("validate", str(out), "--json")
    (listed,) = json.loads(stdout)["rules"]
    assert code == 0 and listed["rule"] == 'TextEquals(c[3], "Late")'
    assert listed["cells"] == [f"{c}{r}" for r in (2, 4, 7) for c in "ABCDE"]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_formats_the_same_rows(tmp_path):
    path = tmp_path / "rows.xlsx"
    _book(path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    first_helper = 7  # G: one helper column per (rule, range column)
    for k, (code, column) in enumerate(RULES):
        rule, range_ref = scoped(parse(code), "rows", column, BOX)
        written = excel.to_native(rule, range_ref).formula[0]  # what --apply writes, TODAY()
        formula = excel.file_formula(row_formula(parse(code), column, BOX, reference_date=TODAY)[1:])
        assert written == formula.replace("DATE(2024,6,12)", "TODAY()")
        for c in range(BOX.first_col, BOX.last_col + 1):
            helper = first_helper + k * 5 + c - 1
            for r in range(BOX.first_row, BOX.last_row + 1):
                shifted = Translator("=" + formula, origin="A2").translate_formula(
                    f"{get_column_letter(c)}{r}")
                ws.cell(row=r, column=helper, value=shifted)
    wb.save(path)
    profile = tmp_path / f"lo-profile-{os.getpid()}"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir",
                    str(tmp_path), str(path)], check=True, timeout=180, capture_output=True)
    with path.with_suffix(".csv").open(encoding="utf-8", newline="") as fh:
        grid = list(csv.reader(fh))
    mismatches = []
    for k, (code, column) in enumerate(RULES):
        rows = set(_expected_rows(code, column))
        for c in range(5):
            for i in range(10):
                lo = grid[i + 1][first_helper - 1 + k * 5 + c]
                if (lo == "TRUE") != (i in rows):
                    mismatches.append(f"{code} on {HEADER[column]}: cell {'ABCDE'[c]}{i + 2} "
                                      f"LibreOffice {lo!r}, executor {i in rows}")
    assert not mismatches, "\n".join(mismatches[:20])


def test_records_typed_as_pasted_text_agree_too():
    """The same rows from the benchmark's JSON form (text typed as Excel types it)."""
    records = [HEADER] + [[("" if v is None else str(v)) for v in row] for row in ROWS]
    table = table_from_records(records)
    mask = execute(anchor(parse("GreaterThan(500)"), 2), table, 0)
    assert [i for i, hit in enumerate(mask) if hit] == _expected_rows("GreaterThan(500)", 2)
