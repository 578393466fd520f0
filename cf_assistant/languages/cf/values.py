"""Cell values and the way Excel types pasted text.

A cell value is one of: `None` (blank), `bool`, `float` (numbers, and dates as Excel serial
numbers of the 1900 date system), `str` (text) or `ExcelError` (#DIV/0!, #N/A, ...). `type_text`
types a piece of pasted text the way Excel's en-US locale does; `table_from_records` builds a
`Table` (header + typed data rows) from the benchmark's JSON `Data` field.

Decisions (each tested in tests/cf/test_values.py):
- numbers: optional sign, optional `$`, digits with valid thousands groups (`1,200`; `1,20` stays
  text), decimals, exponent (`1e3`), trailing `%` (`12%` = 0.12), accounting negatives (`(5)` = -5);
  surrounding spaces are ignored; `inf`, `nan` and overflowing numbers stay text;
- `""` is blank; text of only spaces stays text (the Blanks() rule treats it as blank);
- `TRUE`/`FALSE` (any case) are booleans; `#N/A`, `#div/0!`, ... (any case) are errors;
- ISO dates `2021-03-04`, `2021-03-04 10:30[:00]` and US dates `3/4/2021` become serial numbers;
- a leading apostrophe forces text (`'5` is the text "5"), as typing it in Excel does.

This module knows nothing of rules, parsing or execution.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from typing import Any, Union

ERROR_CODES: tuple[str, ...] = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!")
_ERRORS_BY_UPPER = {code: code for code in ERROR_CODES}


@dataclass(frozen=True)
class ExcelError:
    """An Excel error value such as `#N/A`; `code` is one of ERROR_CODES."""

    code: str

    def __str__(self) -> str:
        return self.code


CellValue = Union[None, bool, float, str, ExcelError]

_NUMBER = re.compile(
    r"""^(?P<sign>[+-])?\$?
        (?P<int>\d{1,3}(?:,\d{3})+|\d*)
        (?P<frac>\.\d*)?
        (?P<exp>[eE][+-]?\d+)?
        (?P<pct>%)?$""",
    re.VERBOSE,
)
_ISO_DATE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$"
)
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)


def excel_serial(value: _dt.date | _dt.datetime) -> float:
    """The Excel (1900 system) serial number of a date or datetime, e.g. 2021-01-01 -> 44197.

    Excel counts a fictitious 1900-02-29; dates from 1900-03-01 on are exact, earlier dates are
    one less than Excel shows (Excel users rarely hold them).
    """
    if not isinstance(value, _dt.datetime):
        value = _dt.datetime(value.year, value.month, value.day)
    delta = value.replace(tzinfo=None) - _EXCEL_EPOCH
    return delta.days + delta.seconds / 86400 + delta.microseconds / 86400e6


def parse_number(text: str) -> float | None:
    """The number that `text` spells the way Excel reads typed numbers, or None."""
    s = text.strip()
    negative_parens = len(s) > 2 and s[0] == "(" and s[-1] == ")"
    if negative_parens:
        s = s[1:-1].strip()
    m = _NUMBER.match(s)
    if not m or not (m.group("int") or (m.group("frac") or "")[1:]):
        return None
    if negative_parens and m.group("sign"):
        return None
    body = m.group("int").replace(",", "") + (m.group("frac") or "") + (m.group("exp") or "")
    try:
        value = float(body)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    if m.group("pct"):
        value /= 100
    if m.group("sign") == "-" or negative_parens:
        value = -value
    return value + 0.0  # no negative zero


def _parse_date(text: str) -> float | None:
    s = text.strip()
    try:
        if m := _ISO_DATE.match(s):
            y, mo, d, hh, mm, ss = (int(g) if g else 0 for g in m.groups())
            return excel_serial(_dt.datetime(y, mo, d, hh, mm, ss))
        if m := _US_DATE.match(s):
            mo, d, y = (int(g) for g in m.groups())
            return excel_serial(_dt.date(y, mo, d))
    except ValueError:
        return None
    return None


def type_text(text: str) -> CellValue:
    """Type pasted text as Excel does: number, boolean, error, blank (None) or text."""
    if text == "":
        return None
    if text.startswith("'"):
        return text[1:]
    upper = text.strip().upper()
    if upper in ("TRUE", "FALSE"):
        return upper == "TRUE"
    if upper in _ERRORS_BY_UPPER:
        return ExcelError(_ERRORS_BY_UPPER[upper])
    number = parse_number(text)
    if number is not None:
        return number
    date = _parse_date(text)
    if date is not None:
        return date
    return text


def to_cell_value(value: Any) -> CellValue:
    """A JSON or workbook value as a cell value: strings are typed, numbers stay numbers."""
    if value is None or isinstance(value, (bool, ExcelError)):
        return value
    if isinstance(value, str):
        return type_text(value)
    if isinstance(value, (int, float)):
        number = float(value)
        return number if math.isfinite(number) else ExcelError("#NUM!")
    if isinstance(value, (_dt.date, _dt.datetime)):
        return excel_serial(value)
    if isinstance(value, _dt.time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    return type_text(str(value))


@dataclass(frozen=True)
class Table:
    """A header row and typed data rows (every row as long as the header)."""

    header: list[str]
    rows: list[list[CellValue]] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return len(self.header)

    def column(self, index: int) -> list[CellValue]:
        """The data cells of column `index` (0-based)."""
        return [row[index] for row in self.rows]


def table_from_records(data: list[list[Any]]) -> Table:
    """A Table from records whose first row is the header (the benchmark's `Data` field).

    Ragged rows are padded with blanks to the widest row; header cells become text.
    """
    if not data:
        return Table(header=[], rows=[])
    width = max(len(row) for row in data)
    header = [("" if h is None else str(h)) for h in data[0]] + [""] * (width - len(data[0]))
    rows = [
        [to_cell_value(v) for v in row] + [None] * (width - len(row)) for row in data[1:]
    ]
    return Table(header=header, rows=rows)
