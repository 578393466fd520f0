"""The user's data as the pipeline reads it: `Data` (a table, the target column, the text shown
per row, where the cells are, and for a table the columns a candidate may choose) and
`cell_text`, a typed cell as a preview shows it.

Built by `assistant.inputs` (pasted values, CSV, workbook ranges) and `assistant.tables` (tables
whose column each candidate chooses); imports neither, so both can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Data:
    """The user's column: a CF table, the target column, and the text shown for each data row."""

    table: Any  # cf_assistant.languages.cf.values.Table
    target: int
    labels: tuple[str, ...]
    range_ref: str | None = None  # where the cells are in a sheet (e.g. "B2:B50"), if known
    sheet: str | None = None  # the workbook sheet the cells come from
    selection: Any = None  # a table (`assistant.tables.Selection`): each candidate picks its column


def cell_text(value: Any) -> str:
    """A typed cell value as a preview shows it: blank "", TRUE/FALSE, 619.5, #N/A, text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return format(value, ".15g")
    return str(value)
