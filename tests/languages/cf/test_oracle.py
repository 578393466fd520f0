"""The LibreOffice oracle: the executor against an Excel engine that none of our code wrote.

Random rules (every family, combinators, c[j] operands and columns) over random typed columns
(numbers, numeric text, free text, blanks, error cells made by =NA(), =1/0, =SQRT(-1), dates;
no booleans, which LibreOffice treats as the numbers 1 and 0) are translated with
`excel.to_formula` into helper columns of one workbook, LibreOffice recalculates it
(`soffice --headless --convert-to csv`, one run), and every helper cell must equal the executor's
answer for its row. The blocks of the workbook are stacked vertically: each block is a small table
(columns A..C) with one rule per helper column, so every rule sees its own column ranges.

Skipped, visibly, only where `soffice` is not installed.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
import subprocess
import time
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import get_column_letter

from cf_assistant.languages.cf import excel
from cf_assistant.languages.cf.executor import execute
from cf_assistant.languages.cf.printer import to_text
from cf_assistant.languages.cf.rules import (
    COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS, And, Average, Between, Blanks, ColumnRef,
    Compare, Duplicates, Errors, Not, Or, Rank, Rule, Text, TimePeriod, Visual,
)
from cf_assistant.languages.cf.values import ExcelError, Table, excel_serial

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
N_COLS = 3  # data columns A..C of every block
N_ROWS = 24  # data rows of every block
RULES_PER_BLOCK = 12
N_BLOCKS = 40
REFERENCE_DATES = [dt.date(2024, 5, 15), dt.date(2024, 3, 1), dt.date(2023, 12, 31),
                   dt.date(2024, 2, 29), dt.date(2024, 1, 7), dt.date(2024, 6, 8)]
WORDS = ["abc", "ABC", "Apple", "apple pie", "b", "zeta", "Zeta", " ", "  ", "a*b", "x?y", "q~",
         "hello world", "5 apples", "pie", "ab", "x",
         # texts whose order depends on the collation (punctuation < symbols < digits < letters,
         # accents second, scripts after Latin): see tests/cf/test_collation.py
         "~t", "-x", "#1", "(x)", "$5", "a-b", "a b", "é", "É", "Éclair", "eclair", "über", "Uber",
         "côte", "coté", "経済", "经济", "Кириллица", "кириллица", "Ωmega", "ﬁ", "FI"]
NUMERIC_TEXT = ["5", "12", "3.5", "-2", "0", "1e3"]
ERRORS = {"=NA()": "#N/A", "=1/0": "#DIV/0!", "=SQRT(-1)": "#NUM!", '=VALUE("x")': "#VALUE!"}

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


# ------------------------------------------------------------------------------- random columns


def _number(rng: random.Random, today: dt.date) -> float:
    kind = rng.random()
    if kind < 0.55:
        return float(rng.randint(-3, 12))
    if kind < 0.75:
        return rng.randint(-20, 40) / 4
    if kind < 0.9:  # a date (and time) near the reference day
        return excel_serial(today) + rng.randint(-45, 45) + rng.choice([0, 0, 0.25, 0.5])
    return rng.choice([1e20, 1e-5, 123456789.0, -0.5, 1234.5678])


def _cell(rng: random.Random, profile: str, today: dt.date) -> tuple[object, object]:
    """(what the workbook holds, the executor's value) for one cell of a column profile."""
    r = rng.random()
    if r < 0.12:
        return None, None
    if r < 0.2:
        formula = rng.choice(list(ERRORS))
        return formula, ExcelError(ERRORS[formula])
    if profile == "numbers" or (profile == "mixed" and r < 0.55):
        value = _number(rng, today)
        return value, value
    if profile == "numeric text" or (profile == "mixed" and r < 0.7):
        text = rng.choice(NUMERIC_TEXT)
        return text, text
    text = rng.choice(WORDS)
    return text, text


def _columns(rng: random.Random, today: dt.date) -> tuple[list[list], list[list]]:
    """N_COLS columns of N_ROWS cells: (workbook values, executor values), row-major."""
    profiles = [rng.choice(["numbers", "numbers", "mixed", "mixed", "text", "numeric text"])
                for _ in range(N_COLS)]
    book, table = [], []
    for _ in range(N_ROWS):
        cells = [_cell(rng, p, today) for p in profiles]
        book.append([c[0] for c in cells])
        table.append([c[1] for c in cells])
    return book, table


# ------------------------------------------------------------------------------- random rules


def _operand(rng: random.Random, today: dt.date) -> object:
    r = rng.random()
    if r < 0.5:
        return _number(rng, today)
    if r < 0.75:
        return rng.choice(WORDS + NUMERIC_TEXT + [""])
    return ColumnRef(rng.randrange(N_COLS))


def _column(rng: random.Random) -> int | None:
    return rng.randrange(N_COLS) if rng.random() < 0.3 else None


def _leaf(rng: random.Random, today: dt.date) -> Rule:
    family = rng.randrange(11)
    col = _column(rng)
    if family == 0:
        return Compare(rng.choice(COMPARE_OPS), _operand(rng, today), col)  # type: ignore[arg-type]
    if family == 1:
        return Between(_operand(rng, today), _operand(rng, today), rng.random() < 0.4, col)  # type: ignore[arg-type]
    if family == 2:
        text = rng.choice(WORDS + NUMERIC_TEXT + ["", "A", "p", "e", "*", "?", "~", "1", "."])
        op = rng.choice(TEXT_OPS)
        if text == "" and op in ("TextContains", "TextNotContains"):
            # Excel's SEARCH("", x) is 1 (its documented start_num), LibreOffice's is #VALUE!; the
            # executor follows Excel, so this one pair is not LibreOffice's to judge.
            text = "."
        return Text(op, text, col)  # type: ignore[arg-type]
    if family == 3:
        percent = rng.random() < 0.4
        n = float(rng.choice([5, 10, 25, 33.3, 50, 100, 150])) if percent else float(
            rng.choice([1, 2, 3, 5, 8, 30, 2.5, 0]))
        return Rank(n, rng.random() < 0.5, percent, col)
    if family == 4:
        return Average(rng.random() < 0.5, col)
    if family == 5:
        return Duplicates(rng.random() < 0.5, col)
    if family == 6:
        return Blanks(rng.random() < 0.5, col)
    if family == 7:
        return Errors(rng.random() < 0.5, col)
    if family == 8:
        return Visual(rng.choice(VISUAL_KINDS), col)  # type: ignore[arg-type]
    return TimePeriod(rng.choice(PERIODS), col)  # type: ignore[arg-type]


def random_rule(rng: random.Random, today: dt.date, depth: int = 0) -> Rule:
    r = rng.random()
    if depth >= 2 or r < 0.6:
        return _leaf(rng, today)
    if r < 0.75:
        return Not(random_rule(rng, today, depth + 1))
    children = tuple(random_rule(rng, today, depth + 1) for _ in range(rng.randint(2, 3)))
    return And(children) if r < 0.88 else Or(children)


# ------------------------------------------------------------------------------- the workbook


def _block_start(block: int) -> int:
    return 2 + block * (N_ROWS + 1)  # row 1 is a header; one empty row between blocks


def build_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for block in range(N_BLOCKS):
        today = rng.choice(REFERENCE_DATES)
        book, table = _columns(rng, today)
        rules = [(random_rule(rng, today), rng.randrange(N_COLS)) for _ in range(RULES_PER_BLOCK)]
        cases.append({"today": today, "book": book, "table": table, "rules": rules,
                      "start": _block_start(block)})
    return cases


def write_workbook(cases: list[dict], path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for j in range(N_COLS + RULES_PER_BLOCK):
        ws.cell(row=1, column=j + 1, value=f"h{j}")
    letters = [get_column_letter(j + 1) for j in range(N_COLS)]
    for case in cases:
        start, end = case["start"], case["start"] + N_ROWS - 1
        for i, row in enumerate(case["book"]):
            for j, value in enumerate(row):
                if value is not None:
                    cell = ws.cell(row=start + i, column=j + 1, value=value)
                    if isinstance(value, str) and not value.startswith("="):
                        cell.data_type = "s"
        for k, (rule, target) in enumerate(case["rules"]):
            helper = get_column_letter(N_COLS + k + 1)
            formula = excel.file_formula(excel.to_formula(
                rule, cell=f"{letters[target]}{start}", first_row=start, last_row=end,
                column_letters=letters, reference_date=case["today"]))
            for r in range(start, end + 1):
                ws[f"{helper}{r}"] = Translator("=" + formula, origin=f"{helper}{start}").translate_formula(
                    f"{helper}{r}")
    wb.save(path)


def recalculate(paths: list[Path], outdir: Path, profile: Path) -> None:
    """Let LibreOffice open, recalculate and save each workbook as CSV (UTF-8) into outdir."""
    cmd = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(outdir),
           *map(str, paths)]
    subprocess.run(cmd, check=True, timeout=180, capture_output=True)


def compare(cases: list[dict], csv_path: Path) -> tuple[int, list[str]]:
    with csv_path.open(encoding="utf-8", newline="") as fh:
        grid = list(csv.reader(fh))
    compared, mismatches = 0, []
    for case in cases:
        table = Table([f"c{j}" for j in range(N_COLS)], case["table"])
        for k, (rule, target) in enumerate(case["rules"]):
            expected = execute(rule, table, target, reference_date=case["today"])
            for i in range(N_ROWS):
                row = grid[case["start"] - 1 + i]
                lo = row[N_COLS + k] if N_COLS + k < len(row) else ""
                compared += 1
                if (lo == "TRUE") != bool(expected[i]):
                    mismatches.append(
                        f"{to_text(rule)} on c{target} row {i}: values {case['table'][i]!r}, "
                        f"LibreOffice {lo!r}, executor {bool(expected[i])}, today {case['today']}"
                    )
    return compared, mismatches


@pytest.mark.slow
def test_executor_agrees_with_libreoffice(tmp_path, capsys):
    t0 = time.perf_counter()
    seeds = [20240515, 7]
    cases = {seed: build_cases(seed) for seed in seeds}
    paths = []
    for seed in seeds:
        paths.append(tmp_path / f"oracle_{seed}.xlsx")
        write_workbook(cases[seed], paths[-1])
    recalculate(paths, tmp_path, tmp_path / f"lo-profile-{os.getpid()}")
    compared, mismatches = 0, []
    for seed, path in zip(seeds, paths):
        n, bad = compare(cases[seed], path.with_suffix(".csv"))
        compared += n
        mismatches += bad
    pairs = len(seeds) * N_BLOCKS * RULES_PER_BLOCK
    with capsys.disabled():
        print(f"\nLibreOffice oracle: {pairs} rule/column pairs, {compared} rows compared, "
              f"{len(mismatches)} mismatches, {time.perf_counter() - t0:.1f} s")
    assert compared == pairs * N_ROWS
    assert not mismatches, "\n".join(mismatches[:25])


def test_oracle_cases_cover_every_family():
    """The random rules reach every family, combinator and c[j] form (the oracle's coverage)."""
    seen: set[str] = set()

    def walk(rule: Rule) -> None:
        seen.add(type(rule).__name__)
        if isinstance(rule, (And, Or)):
            for r in rule.rules:
                walk(r)
        elif isinstance(rule, Not):
            walk(rule.rule)
        else:
            if rule.column is not None:
                seen.add("c[i]")
            if any(isinstance(v, ColumnRef) for v in vars(rule).values()):
                seen.add("c[j] operand")

    for case in build_cases(20240515):
        for rule, _target in case["rules"]:
            walk(rule)
    assert seen >= {"Compare", "Between", "Text", "Rank", "Average", "Duplicates", "Blanks",
                    "Errors", "Visual", "TimePeriod", "And", "Or", "Not", "c[i]", "c[j] operand"}
