"""Whole-row formatting: a rule on one column of a table, written over the table's data rows.

A rule of the language that tests the implicit column formats that column's cells. To format
whole rows, the rule is anchored on the column it tests (`anchor(rule, 3)` turns
`TextEquals(Late)` into `TextEquals(c[3], Late)`) and written over every column of the table's
data rows: in a workbook that is an `expression` rule such as `=$D2="Late"` over `A2:E11`, the
column absolute (`$D`) and the row relative, so Excel and LibreOffice test column D in each row and
format the row's every cell. Ranges a rule reads (Top, averages, duplicates) are the tested
column's data rows (`$D$2:$D$11`), the rows the executor sees. `cfa validate` reads such a rule back
as the anchored rule (`excel.from_formula`), and the executor formats the same rows.

`c[i]` is sheet column i (A = c[0]), as everywhere in `excel` and `workbook`; `scoped(rule,
scope, column, box)` gives the rule and the range to write for a scope ("cells" or "rows"), and
`row_formula` the formula Excel evaluates for the range's top-left cell.

This module knows nothing of requests, models or the command line.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from openpyxl.utils.cell import get_column_letter

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf import excel
from cf_assistant.languages.cf.rules import And, Not, Or, Rule

SCOPES = ("cells", "rows")


@dataclass(frozen=True)
class Box:
    """The data rows of a table in a sheet: 1-based sheet columns and rows, header excluded."""

    first_col: int
    last_col: int
    first_row: int
    last_row: int

    def cells(self, column: int) -> str:
        """The data cells of table column `column` (0-based sheet column), e.g. "D2:D11"."""
        letter = get_column_letter(column + 1)
        return f"{letter}{self.first_row}:{letter}{self.last_row}"

    def rows(self) -> str:
        """Every cell of the data rows, e.g. "A2:E11"."""
        return (f"{get_column_letter(self.first_col)}{self.first_row}:"
                f"{get_column_letter(self.last_col)}{self.last_row}")


def anchor(rule: Rule, column: int) -> Rule:
    """`rule` with every leaf that tests the implicit column testing column `column` instead."""
    if isinstance(rule, (And, Or)):
        return type(rule)(tuple(anchor(r, column) for r in rule.rules))
    if isinstance(rule, Not):
        return Not(anchor(rule.rule, column))
    return rule if rule.column is not None else dataclasses.replace(rule, column=column)


def release(rule: Rule, column: int) -> Rule:
    """The inverse of `anchor`: leaves that test column `column` test the implicit column."""
    if isinstance(rule, (And, Or)):
        return type(rule)(tuple(release(r, column) for r in rule.rules))
    if isinstance(rule, Not):
        return Not(release(rule.rule, column))
    return dataclasses.replace(rule, column=None) if rule.column == column else rule


def column_named(rule: Rule) -> int | None:
    """The one column the rule's leaves name with `c[i]` (None: none, or several)."""
    if isinstance(rule, (And, Or)):
        found = {column_named(r) for r in rule.rules}
        return found.pop() if len(found) == 1 else None
    if isinstance(rule, Not):
        return column_named(rule.rule)
    return rule.column


def scoped(rule: Rule, scope: str, column: int, box: Box) -> tuple[Rule, str]:
    """(the rule to write, the range to write it over) for `scope` "cells" or "rows"."""
    if scope not in SCOPES:
        raise BadInputError(f"scope must be {' or '.join(SCOPES)}, not '{scope}'")
    if not box.first_col <= column + 1 <= box.last_col:
        raise BadInputError(f"column {get_column_letter(column + 1)} is outside {box.rows()}")
    if scope == "cells":
        return rule, box.cells(column)
    return anchor(rule, column), box.rows()


def row_formula(rule: Rule, column: int, box: Box, reference_date=None) -> str:
    """The formula (with '=') of the whole-row rule for the top-left cell of `box.rows()`."""
    return "=" + excel.to_formula(
        anchor(rule, column), cell=f"{get_column_letter(box.first_col)}{box.first_row}",
        first_row=box.first_row, last_row=box.last_row, reference_date=reference_date)
