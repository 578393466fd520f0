"""The user's inputs, checked: the request text, the counts, and the data a CF rule runs on.

`check_utterance` and `check_counts` refuse what the pipeline cannot use with a one-line
`BadInputError`. The data comes as `Data` (`assistant.cells`): `values_data`, `column_data`, `read_csv_column`
and `workbook_data` build it from pasted values, a CSV file or a workbook range (the last through
the CF workbook module, imported only then; a range or file of several columns through
`assistant.tables`). `parse_today` reads the reference date of date rules.

This module knows nothing of the model, of ranking or of the command line.
"""

from __future__ import annotations

import csv
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from cf_assistant.assistant.cells import Data, cell_text  # noqa: F401 - Data is the inputs' product
from cf_assistant.errors import BadInputError

MAX_UTTERANCE_CHARS = 1000  # longer text is refused: the model was trained on short requests
MAX_K = 64  # candidates per request (one batch)
MAX_STEPS = 1200  # sampling steps: the noise schedule's T
MAX_VALUES = 100_000  # data rows accepted for the preview
JUNK_FRACTION = 0.1  # more than this share of non-printable characters = binary junk
_KEEP_CONTROLS = {"\t", "\n", "\r"}


def check_utterance(text: str) -> str:
    """The utterance without surrounding whitespace, or BadInputError saying what is wrong."""
    if not isinstance(text, str):
        raise BadInputError("the request must be text")
    if "\x00" in text or _junk_share(text) > JUNK_FRACTION:
        raise BadInputError("the request looks like binary data, not text; describe the rule in words")
    stripped = text.strip()
    if not stripped:
        raise BadInputError("the request is empty; describe the rule, e.g. \"highlight cells > 5\"")
    if len(stripped) > MAX_UTTERANCE_CHARS:
        raise BadInputError(
            f"the request has {len(stripped):,} characters; the limit is {MAX_UTTERANCE_CHARS:,}"
            " — describe one rule in a sentence or two"
        )
    return stripped


def _junk_share(text: str) -> float:
    if not text:
        return 0.0
    junk = sum(1 for ch in text if _is_junk(ch))
    return junk / len(text)


def _is_junk(ch: str) -> bool:
    if ch in _KEEP_CONTROLS:
        return False
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")


def check_counts(k: int, steps: int | None) -> None:
    if not 1 <= k <= MAX_K:
        raise BadInputError(f"-k must be between 1 and {MAX_K} (got {k})")
    if steps is not None and not 1 <= steps <= MAX_STEPS:
        raise BadInputError(f"--steps must be between 1 and {MAX_STEPS} (got {steps})")


def parse_values(text: str) -> list[str]:
    """`"3,7,,abc"` -> ["3", "7", "", "abc"]; CSV quoting allowed (`'"1,200",7'`)."""
    if "\x00" in text or _junk_share(text) > JUNK_FRACTION:
        raise BadInputError("--values looks like binary data; give comma-separated values")
    if "\n" in text.strip("\r\n") or "\r" in text.strip("\r\n"):
        raise BadInputError("--values must be one line of comma-separated values")
    try:
        rows = list(csv.reader([text.strip("\r\n")], strict=True))
    except csv.Error as exc:
        raise BadInputError(f"--values is not a comma-separated list ({exc}); quote values with commas") from None
    values = rows[0] if rows else []
    if not values or (len(values) == 1 and not values[0].strip()):
        raise BadInputError("--values is empty; give comma-separated values, e.g. \"3,7,,abc\"")
    if len(values) > MAX_VALUES:
        raise BadInputError(f"--values has {len(values):,} values; the limit is {MAX_VALUES:,}")
    return values


def values_data(values: Sequence[str]) -> Data:
    """A one-column table (header "Value") typed the way Excel types pasted text."""
    return column_data("Value", values)


def column_data(header: str, values: Sequence[str]) -> Data:
    """One column under its header, typed the way Excel types pasted text, in A2:A(n+1)."""
    from cf_assistant.languages.cf.values import table_from_records

    table = table_from_records([[header], *([v] for v in values)])
    return Data(table=table, target=0, labels=tuple(values), range_ref=f"A2:A{len(values) + 1}")


def read_csv_column(path: str | Path, column: str | None = None) -> Data:
    """The column headed `column` (or its 0-based index) of a CSV file with a header row; None:
    the file's only column, or for a file of several columns a table whose column each
    candidate chooses (`assistant.tables`)."""
    rows = _read_csv_rows(Path(path))
    header = rows[0]
    target = 0 if column is None else _column_index(header, column, path)
    width = len(header)
    body = [_fit(row, width) for row in rows[1:]]
    if len(body) > MAX_VALUES:
        raise BadInputError(f"{path} has {len(body):,} data rows; the limit is {MAX_VALUES:,}")
    if width > 1:  # a table: the request chooses the column, unless --column forces one
        from cf_assistant.assistant import tables

        return tables.table_data(*tables.from_records([header, *body], forced=None if column is None else target))
    return column_data(header[0], [row[0] for row in body])  # one column: A2:A(n+1)


def _read_csv_rows(path: Path) -> list[list[str]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadInputError(f"no such CSV file: {path}") from None
    except IsADirectoryError:
        raise BadInputError(f"{path} is a folder; give a CSV file") from None
    if b"\x00" in raw:
        raise BadInputError(f"{path} is not a text CSV file (it holds binary data)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInputError(f"{path} is not UTF-8 text; save the CSV as UTF-8") from None
    try:
        rows = [row for row in csv.reader(text.splitlines(), strict=True) if row]
    except csv.Error as exc:
        raise BadInputError(f"{path} is not valid CSV ({exc})") from None
    if not rows:
        raise BadInputError(f"{path} is empty; it needs a header row and data rows")
    return rows


def _column_index(header: list[str], column: str, path: Any) -> int:
    names = [h.strip() for h in header]
    if column.strip() in names:
        return names.index(column.strip())
    lowered = [n.lower() for n in names]
    if column.strip().lower() in lowered:
        return lowered.index(column.strip().lower())
    if column.strip().isdigit() and int(column) < len(names):
        return int(column)
    raise BadInputError(f"{path} has no column '{column}' (columns: {', '.join(names)})")


def _fit(row: list[str], width: int) -> list[str]:
    return (row + [""] * width)[:width]


def column_letter(index: int) -> str:
    """The sheet column letter of a 0-based column index (0 -> "A"); openpyxl imported only here."""
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(index + 1)


def workbook_data(path: str | Path, range_ref: str, sheet: str | None = None) -> Data:
    """The cells of a one-column `range_ref` of a workbook sheet (default: the active sheet); a
    range over several columns is a table whose column each candidate chooses (`_workbook_table`).

    The table holds every sheet column from A (so that `c[i]` is sheet column i) over the range's
    rows, cut at the sheet's last used row; its header is the row above the range (or the column
    letters). A range outside the sheet's used area is refused: there is nothing to preview.
    """
    from cf_assistant.languages.cf import workbook as wb
    from cf_assistant.languages.cf.values import Table

    book = wb.open_workbook(path)
    ws = _sheet(book, sheet)
    min_col, min_row, max_col, max_row = wb.bounds(range_ref)
    used = f"A1:{column_letter(ws.max_column - 1)}{ws.max_row}"
    if min_col > ws.max_column or min_row > ws.max_row:
        raise BadInputError(f"--range {range_ref} lies outside the data of sheet '{ws.title}' ({used})")
    last = min(max_row, ws.max_row)
    if min_col != max_col:  # a table: the request chooses the column
        return _workbook_table(ws, min_col, min_row, min(max_col, ws.max_column), last)
    width = ws.max_column
    rows = [[wb.cell_value(c) for c in row] for row in ws.iter_rows(min_row, last, 1, width)]
    header = _header(ws, min_row, width)
    labels = tuple(cell_text(r[min_col - 1]) for r in rows)
    return Data(Table(header, rows), min_col - 1, labels, range_ref.replace("$", "").upper(), ws.title)


def _workbook_table(ws: Any, min_col: int, min_row: int, max_col: int, last: int) -> Data:
    """A range over several columns as a table (`assistant.tables.from_grid`): its first row is
    the header when it is text over typed data."""
    from cf_assistant.assistant import tables
    from cf_assistant.languages.cf import workbook as wb

    cells = list(ws.iter_rows(min_row, last, 1, max_col))
    above = [wb.cell_value(c) for c in next(ws.iter_rows(min_row - 1, min_row - 1, 1, max_col))] \
        if min_row > 1 else None
    raw = [[c.value for c in row] for row in cells]
    typed = [[wb.cell_value(c) for c in row] for row in cells]
    return tables.table_data(*tables.from_grid(raw, typed, min_col, min_row, above), ws.title)


def _sheet(book: Any, name: str | None) -> Any:
    if name is None:
        return book.active
    if name not in book.sheetnames:
        raise BadInputError(f"no sheet '{name}' (sheets: {', '.join(book.sheetnames)})")
    return book[name]


def _header(ws: Any, first_row: int, width: int) -> list[str]:
    if first_row == 1:
        return [column_letter(i) for i in range(width)]
    cells = next(ws.iter_rows(first_row - 1, first_row - 1, 1, width))
    return [cell_text(c.value) if c.value is not None else column_letter(i) for i, c in enumerate(cells)]


def parse_today(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInputError(f"--today must be a date as YYYY-MM-DD (got '{text}')") from None


def table_data(table: Any, target: int) -> Data:
    if not 0 <= target < len(table.header):
        raise BadInputError(f"target column {target} is not in the table ({len(table.header)} columns)")
    labels = tuple(cell_text(row[target]) for row in table.rows)
    return Data(table=table, target=target, labels=labels)
