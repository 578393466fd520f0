"""Conditional-formatting rules in real `.xlsx` workbooks: write them, read them back, find the cells.

- `write_rule(in_path, out_path, sheet, range_ref, rule)` adds a rule (native where one fits, else
  an `expression`) to a copy of a workbook, or to a new one; `write_table(out_path, table, rule,
  target)` writes a table (header in row 1) and applies the rule to the target column's data.
  Neither ever overwrites a file unless `overwrite=True`, and both write through a temporary file,
  so a failure leaves nothing behind.
- `read_rules(path)` lists every rule of every sheet as a `WorkbookRule`: the rule in the language
  when it maps back (native rules and the expression formulas this project writes), its native
  type, the openpyxl original, and why it is not valid when it is not. Foreign `expression` rules
  are compiled with the `formulas` package (a real Excel-formula engine).
- `cells_formatted(source, rule)` gives the A1 references of the cells a rule formats, in sheet
  order: the executor on the range's cells (with the types the workbook holds; dates as serials;
  formula cells as their cached values), or the formula engine for foreign expressions, each
  cell's relative references shifted as Excel shifts them. Only cells inside the sheet's used
  area are considered.

Bad input raises `WorkbookError` with a one-line message: a missing path, a file that is not a
workbook, a truncated or password-protected one, a sheet over MAX_ROWS rows (found from the
sheet's dimension without loading its cells), a range outside the Excel grid.

This module knows nothing of the command line, of rule text or of how rules execute.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Union

import numpy as np
import openpyxl
from openpyxl.formatting.rule import Rule as XlRule
from openpyxl.styles import PatternFill
from openpyxl.utils.cell import get_column_letter, range_boundaries
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from cf_assistant.errors import BadInputError, CfaError, WorkbookError
from cf_assistant.languages.cf import excel
from cf_assistant.languages.cf.printer import to_text
from cf_assistant.languages.cf.rules import And, ColumnRef, Not, Or, Rule
from cf_assistant.languages.cf.values import CellValue, ExcelError, Table, to_cell_value

MAX_ROWS = 200_000  # sheets with more rows are refused before their cells are loaded
MAX_EVAL_CELLS = 200_000  # cells a foreign formula is evaluated on
EXCEL_ROWS, EXCEL_COLS = 1_048_576, 16_384
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

Source = Union[str, Path, Workbook]


@dataclass
class WorkbookRule:
    """One conditional-formatting rule of a workbook."""

    sheet: str
    range: str  # the sqref as the file holds it, e.g. "B2:B40" or "A2:A9 C2:C9"
    native_type: str  # "cellIs:greaterThan", "expression", ... (excel.native_type's spelling)
    rule: Rule | None  # the rule in the CF language, when it maps back
    original: XlRule = field(repr=False)
    formula: str | None = None  # the expression formula (expression rules only)
    error: str | None = None  # why the rule is not valid; None when it is
    _compiled: Any = field(default=None, repr=False, compare=False)

    @property
    def valid(self) -> bool:
        return self.error is None

    @property
    def foreign(self) -> bool:
        """An expression rule that is not a rule of the language (evaluated as a formula)."""
        return self.native_type == "expression" and self.rule is None


# ---------------------------------------------------------------------------------------------
# opening workbooks safely


def check_file(path: str | Path) -> Path:
    """The path of a readable .xlsx file, or WorkbookError saying what it is instead."""
    p = Path(path)
    if not p.exists():
        raise WorkbookError(f"{p}: no such file")
    if not p.is_file():
        raise WorkbookError(f"{p}: not a file")
    with p.open("rb") as fh:
        head = fh.read(8)
    if head == _OLE_MAGIC:
        raise WorkbookError(
            f"{p}: password-protected (encrypted) or legacy .xls workbook; save it unprotected as .xlsx"
        )
    if not head.startswith(b"PK"):
        raise WorkbookError(f"{p}: not an .xlsx workbook (not a zip file)")
    try:
        with zipfile.ZipFile(p) as zf:
            names = set(zf.namelist())
            if zf.testzip() is not None:
                raise zipfile.BadZipFile("a member fails its CRC check")
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        raise WorkbookError(f"{p}: truncated or corrupt .xlsx ({exc})") from exc
    if "xl/workbook.xml" not in names:
        raise WorkbookError(f"{p}: a zip file but not an .xlsx workbook (no xl/workbook.xml)")
    return p


def _scan_rows(path: Path, member: str) -> int:
    """The highest row number of a sheet's XML, streamed (for sheets without a dimension)."""
    highest, tail = 0, b""
    with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
        while chunk := fh.read(1 << 20):
            data = tail + chunk
            for m in re.finditer(rb'<(?:\w+:)?row [^>]*?r="(\d+)"', data):
                highest = max(highest, int(m.group(1)))
            tail = data[-200:]
    return highest


def check_size(path: Path, max_rows: int = MAX_ROWS) -> None:
    """Refuse sheets over `max_rows` rows, reading only their dimensions (read-only mode)."""
    try:
        wb = openpyxl.load_workbook(path, read_only=True)
    except Exception as exc:  # openpyxl raises many types on malformed parts
        raise WorkbookError(f"{path}: cannot be read as .xlsx ({type(exc).__name__}: {exc})") from exc
    try:
        for ws in wb.worksheets:
            rows = ws.max_row
            if rows is None:
                rows = _scan_rows(path, ws._worksheet_path)  # type: ignore[attr-defined]
            if rows > max_rows:
                raise WorkbookError(
                    f"{path}: sheet '{ws.title}' has {rows:,} rows, over the limit of {max_rows:,}; "
                    "apply the rule to a smaller extract"
                )
    finally:
        wb.close()


def open_workbook(path: str | Path, max_rows: int = MAX_ROWS, data_only: bool = True) -> Workbook:
    """Load a workbook after every check above (data_only: formula cells as cached values)."""
    p = check_file(path)
    check_size(p, max_rows)
    try:
        return openpyxl.load_workbook(p, data_only=data_only)
    except Exception as exc:  # malformed parts surface as many exception types
        raise WorkbookError(f"{p}: cannot be read as .xlsx ({type(exc).__name__}: {exc})") from exc


# ---------------------------------------------------------------------------------------------
# ranges


def bounds(range_ref: str) -> tuple[int, int, int, int]:
    """(min_col, min_row, max_col, max_row) of one A1 range; whole columns/rows fill the grid."""
    try:
        min_col, min_row, max_col, max_row = range_boundaries(range_ref.replace("$", "").upper())
    except (ValueError, TypeError) as exc:
        raise WorkbookError(f"'{range_ref}' is not a range such as B2:B40") from exc
    box = (min_col or 1, min_row or 1, max_col or EXCEL_COLS, max_row or EXCEL_ROWS)
    if box[2] > EXCEL_COLS or box[3] > EXCEL_ROWS or box[0] < 1 or box[1] < 1:
        raise WorkbookError(f"range '{range_ref}' lies outside the sheet (Excel's grid ends at XFD1048576)")
    return box


def _sqref_boxes(sqref: str) -> list[tuple[int, int, int, int]]:
    return [bounds(part) for part in sqref.split()]


def _first_range(sqref: str) -> str:
    """The first range of an sqref, bounded (A:A -> A1:A1048576)."""
    min_col, min_row, max_col, max_row = _sqref_boxes(sqref)[0]
    return f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"


# ---------------------------------------------------------------------------------------------
# writing


def _atomic_save(wb: Workbook, out_path: Path) -> None:
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=out_path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, out_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _check_out_path(out_path: str | Path, overwrite: bool) -> Path:
    out = Path(out_path)
    if out.exists() and not overwrite:
        raise WorkbookError(f"{out} exists; pass overwrite=True (or another output path)")
    if not out.parent.is_dir():
        raise WorkbookError(f"{out.parent}: no such folder for the output workbook")
    return out


def _add_rule(ws: Worksheet, range_ref: str, rule: Rule, fill: PatternFill | None) -> str:
    """Add the rule; whole columns/rows (B:B) are written as bounded ranges. Returns the sqref."""
    range_ref = " ".join(
        f"{get_column_letter(b[0])}{b[1]}:{get_column_letter(b[2])}{b[3]}" for b in _sqref_boxes(range_ref)
    )
    try:
        native = excel.to_native(rule, _first_range(range_ref), fill)
    except BadInputError as exc:
        raise WorkbookError(str(exc)) from exc
    ws.conditional_formatting.add(range_ref, native)
    return range_ref


def write_rule(
    in_path: str | Path | None,
    out_path: str | Path,
    sheet: str,
    range_ref: str,
    rule: Rule,
    fill: PatternFill | None = None,
    overwrite: bool = False,
) -> Path:
    """Write `rule` on `sheet!range_ref` of a copy of `in_path` (or of a new workbook) to `out_path`."""
    out = _check_out_path(out_path, overwrite)
    if in_path is None:
        wb = openpyxl.Workbook()
        wb.active.title = sheet
    else:
        wb = open_workbook(in_path, data_only=False)  # keep the formulas of the input
    if sheet not in wb.sheetnames:
        raise WorkbookError(f"no sheet '{sheet}' (sheets: {', '.join(wb.sheetnames)})")
    _add_rule(wb[sheet], range_ref, rule, fill)
    _atomic_save(wb, out)
    return out


def _write_value(ws: Worksheet, row: int, col: int, value: CellValue) -> None:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, ExcelError):
        cell.value = value.code  # openpyxl stores error codes as error cells (t="e")
        cell.data_type = "e"
        return
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text that looks like a formula or an error code stays text


def write_table(
    out_path: str | Path,
    table: Table,
    rule: Rule,
    target: int,
    sheet: str = "Sheet1",
    fill: PatternFill | None = None,
    overwrite: bool = False,
) -> str:
    """A new workbook: `table` (header in row 1) with `rule` on column `target`'s data cells.

    Returns the range the rule applies to, e.g. "B2:B41".
    """
    out = _check_out_path(out_path, overwrite)
    if not 0 <= target < max(table.n_cols, 1):
        raise WorkbookError(f"target column {target} is not a column of the table")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for j, name in enumerate(table.header, start=1):
        ws.cell(row=1, column=j, value=name).data_type = "s"
    for i, row in enumerate(table.rows, start=2):
        for j, value in enumerate(row, start=1):
            _write_value(ws, i, j, value)
    letter = get_column_letter(target + 1)
    range_ref = f"{letter}2:{letter}{max(2, table.n_rows + 1)}"
    _add_rule(ws, range_ref, rule, fill)
    _atomic_save(wb, out)
    return range_ref


# ---------------------------------------------------------------------------------------------
# reading rules


def _compile(formula: str) -> Any:
    import formulas  # imported here: slow to import, needed only for foreign formulas

    return formulas.Parser().ast(_engine_formula(formula))[1].compile()


_A1_RANGE = re.compile(r"(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?")


def _engine_formula(formula: str) -> str:
    """The formula with each reference's `$` flags moved into a sheet name (F1010!A2).

    The engine names its inputs without `$` (A2 and $A$2 would be one input); the flags in the
    name tell `_cells_by_engine` how to shift each reference from cell to cell.
    """
    from openpyxl.formula.tokenizer import Tokenizer

    parts = []
    for tok in Tokenizer("=" + formula).items:
        value = tok.value
        if tok.type == "OPERAND" and tok.subtype == "RANGE":
            m = _A1_RANGE.fullmatch(value)
            if not m:
                raise WorkbookError(f"formula '{formula}' refers to '{value}' (another sheet or a name); "
                                    "only references to this sheet are evaluated")
            d1, c1, r1_, n1, d2, c2, r2_, n2 = m.groups()
            flags = "".join("1" if f else "0" for f in (d1, r1_, d2 if c2 else d1, r2_ if c2 else r1_))
            value = f"F{flags}!{c1}{n1}" + (f":{c2}{n2}" if c2 else "")
        parts.append(value)
    return "=" + "".join(parts)


def _describe(ws: Worksheet, sqref: str, xl: XlRule) -> WorkbookRule:
    native = excel.xl_type(xl)
    formula = xl.formula[0] if xl.type == "expression" and xl.formula else None
    wr = WorkbookRule(ws.title, sqref, native, None, xl, formula)
    try:
        wr.rule = excel.from_native(xl, _first_range(sqref))
    except CfaError as exc:
        wr.error = str(exc)
        return wr
    if wr.rule is not None:
        return wr
    if native != "expression":
        wr.error = f"native rule {native} ({_attributes(xl)}) has no equivalent in the CF language"
    elif formula is None:
        wr.error = "expression rule without a formula"
    else:
        try:
            wr._compiled = _compile(formula)
        except Exception as exc:  # the formulas package raises its own and schedula's types
            wr.error = f"formula '{formula}' cannot be evaluated: {_one_line(exc)}"
    return wr


def _attributes(xl: XlRule) -> str:
    keys = ("operator", "text", "rank", "percent", "bottom", "aboveAverage", "stdDev",
            "equalAverage", "timePeriod")
    parts = [f"{k}={getattr(xl, k)!r}" for k in keys if getattr(xl, k, None) is not None]
    parts += [f"formula={list(xl.formula)!r}"] if xl.formula else []
    return ", ".join(parts) or "no attributes"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _workbook(source: Source) -> Workbook:
    return source if isinstance(source, Workbook) else open_workbook(source)


def read_rules(source: Source) -> list[WorkbookRule]:
    """Every conditional-formatting rule of every sheet, in sheet and priority order."""
    wb = _workbook(source)
    out: list[WorkbookRule] = []
    for ws in wb.worksheets:
        found = []
        for cf in ws.conditional_formatting:
            sqref = str(cf.sqref)
            found += [(xl.priority or 0, len(found), sqref, xl) for xl in cf.rules]
        for _prio, _n, sqref, xl in sorted(found, key=lambda t: (t[0], t[1])):
            out.append(_describe(ws, sqref, xl))
    return out


# ---------------------------------------------------------------------------------------------
# the cells a rule formats


def cell_value(cell: Any) -> CellValue:
    """A workbook cell as a cell value, keeping its type (errors, dates as serials)."""
    value = cell.value
    if cell.data_type == "e" and isinstance(value, str):
        return ExcelError(value.upper())
    if isinstance(value, str):
        return value  # workbook text stays text, even when it looks like a number
    if isinstance(value, _dt.timedelta):
        return value.total_seconds() / 86400
    return to_cell_value(value)


def _clip(box: tuple[int, int, int, int], ws: Worksheet) -> tuple[int, int, int, int] | None:
    min_col, min_row, max_col, max_row = box
    max_col, max_row = min(max_col, ws.max_column), min(max_row, ws.max_row)
    return None if max_col < min_col or max_row < min_row else (min_col, min_row, max_col, max_row)


def _rule_columns(rule: Rule) -> set[int]:
    """The table columns a rule names with c[i] (as its column or as an operand)."""
    if isinstance(rule, (And, Or)):
        return set().union(*(_rule_columns(r) for r in rule.rules))
    if isinstance(rule, Not):
        return _rule_columns(rule.rule)
    cols = {rule.column} if rule.column is not None else set()
    return cols | {v.index for v in vars(rule).values() if isinstance(v, ColumnRef)}


def _grid(ws: Worksheet, min_row: int, max_row: int, n_cols: int) -> list[list[CellValue]]:
    rows = ws.iter_rows(min_row=min_row, max_row=max_row, min_col=1, max_col=n_cols)
    return [[cell_value(c) for c in row] for row in rows]


def _execute(rule: Rule, table: Table, target: int, reference_date: _dt.date | None) -> np.ndarray:
    from cf_assistant.languages.cf.executor import execute

    return np.asarray(execute(rule, table, target, reference_date=reference_date), dtype=bool)


def _cells_by_executor(ws: Worksheet, wr: WorkbookRule, reference_date: _dt.date | None) -> list[tuple[int, int]]:
    assert wr.rule is not None
    boxes = [b for b in (_clip(b, ws) for b in _sqref_boxes(wr.range)) if b]
    columns = _rule_columns(wr.rule)
    if not columns:  # no c[i]: Excel pools all cells of the range (Top, averages, duplicates)
        cells = [(r, c) for b in boxes for r in range(b[1], b[3] + 1) for c in range(b[0], b[2] + 1)]
        cells = sorted(set(cells))
        values = [[cell_value(ws.cell(row=r, column=c))] for r, c in cells]
        mask = _execute(wr.rule, Table(["range"], values), 0, reference_date)
        return [rc for rc, hit in zip(cells, mask) if hit]
    out: list[tuple[int, int]] = []
    for min_col, min_row, max_col, max_row in boxes:
        n_cols = max(max_col, max(columns) + 1)
        header = [get_column_letter(j + 1) for j in range(n_cols)]
        table = Table(header, _grid(ws, min_row, max_row, n_cols))
        for col in range(min_col, max_col + 1):
            mask = _execute(wr.rule, table, col - 1, reference_date)
            out += [(min_row + i, col) for i, hit in enumerate(mask) if hit]
    return out


def _shift(name: str, d_row: int, d_col: int) -> tuple[int, int, int, int]:
    """Box of an engine input (F1010!A2:B3) moved by (d_row, d_col) where it is relative."""
    from openpyxl.utils.cell import column_index_from_string

    sheet, ref = name.split("!")
    fixed_c1, fixed_r1, fixed_c2, fixed_r2 = (flag == "1" for flag in sheet[1:5])
    m = _A1_RANGE.fullmatch(ref)
    assert m is not None
    c1, r1 = column_index_from_string(m.group(2).upper()), int(m.group(4))
    c2, r2 = (column_index_from_string(m.group(6).upper()), int(m.group(8))) if m.group(6) else (c1, r1)
    c1, c2 = c1 + (0 if fixed_c1 else d_col), c2 + (0 if fixed_c2 else d_col)
    r1, r2 = r1 + (0 if fixed_r1 else d_row), r2 + (0 if fixed_r2 else d_row)
    return min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)


def _engine_value(cell: Any) -> Any:
    import schedula

    value = cell_value(cell)
    if value is None:
        return schedula.EMPTY
    if isinstance(value, ExcelError):
        from formulas.tokens.operand import XlError

        return XlError(value.code)
    return value


def _engine_input(ws: Worksheet, box: tuple[int, int, int, int]) -> Any:
    min_col, min_row, max_col, max_row = box
    if min_col < 1 or min_row < 1:
        from formulas.tokens.operand import XlError

        return XlError("#REF!")
    if box[:2] == box[2:]:
        return _engine_value(ws.cell(row=min_row, column=min_col))
    rows = ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col)
    return np.array([[_engine_value(c) for c in row] for row in rows], dtype=object)


def _truthy(result: Any) -> bool:
    value = np.asarray(result, dtype=object).ravel()
    if value.size == 0:
        return False
    first = value[0]
    if isinstance(first, (bool, np.bool_)):
        return bool(first)
    return isinstance(first, (int, float, np.number)) and first != 0


def _cells_by_engine(ws: Worksheet, wr: WorkbookRule) -> list[tuple[int, int]]:
    assert wr.formula is not None and wr._compiled is not None
    inputs = list(wr._compiled.inputs)
    origin = _sqref_boxes(wr.range)[0]
    cells = sorted({(r, c) for b in (_clip(b, ws) for b in _sqref_boxes(wr.range)) if b
                    for r in range(b[1], b[3] + 1) for c in range(b[0], b[2] + 1)})
    if len(cells) > MAX_EVAL_CELLS:
        raise WorkbookError(f"range {wr.range} has {len(cells):,} cells, over {MAX_EVAL_CELLS:,}")
    out = []
    for r, c in cells:
        d_row, d_col = r - origin[1], c - origin[0]
        args = [_engine_input(ws, _shift(name, d_row, d_col)) for name in inputs]
        try:
            result = wr._compiled(*args)
        except Exception as exc:  # the engine raises schedula's and its own types
            raise WorkbookError(f"formula '{wr.formula}' fails at {get_column_letter(c)}{r}: "
                                f"{_one_line(exc)}") from exc
        if _truthy(result):
            out.append((r, c))
    return out


def _a1(cells: list[tuple[int, int]]) -> list[str]:
    return [f"{get_column_letter(c)}{r}" for r, c in sorted(set(cells))]


def cells_formatted(source: Source, wr: WorkbookRule, reference_date: _dt.date | None = None) -> list[str]:
    """A1 references of the cells `wr` formats, in sheet order (row by row)."""
    if not wr.valid:
        raise WorkbookError(wr.error or "invalid rule")
    wb = _workbook(source)
    if wr.sheet not in wb.sheetnames:
        raise WorkbookError(f"no sheet '{wr.sheet}' (sheets: {', '.join(wb.sheetnames)})")
    ws = wb[wr.sheet]
    if wr.rule is not None:
        return _a1(_cells_by_executor(ws, wr, reference_date))
    return _a1(_cells_by_engine(ws, wr))


def check_rules(path: str | Path, reference_date: _dt.date | None = None) -> list[dict]:
    """Every CF rule of the workbook at `path` as `cfa validate --json` lists it: `{"sheet",
    "range", "rule", "type", "valid", "cells", "error"}` (the rule in the CF language, or the raw
    formula of a foreign `expression` rule; the A1 cells it formats)."""
    wb = open_workbook(path)
    return [_rule_report(wb, wr, reference_date) for wr in read_rules(wb)]


def _rule_report(wb: Workbook, wr: WorkbookRule, reference_date: _dt.date | None) -> dict:
    error, cells = wr.error, []
    if error is None:
        try:
            cells = cells_formatted(wb, wr, reference_date)
        except CfaError as exc:
            error = str(exc)
    if wr.rule is not None:
        text = to_text(wr.rule)
    else:
        text = "=" + wr.formula if wr.formula else None
    return {"sheet": wr.sheet, "range": wr.range, "rule": text, "type": wr.native_type,
            "valid": error is None, "cells": cells, "error": error}
