"""Check every conditional-formatting rule of a workbook and list the cells each one formats.

`cfa validate BOOK.xlsx` prints, for every sheet and rule: the range, the rule in the CF language
(or the raw formula of a foreign `expression` rule, evaluated with a real Excel-formula engine),
its native type, whether it is valid, and the cells it formats. `--json` prints one object
`{"path", "rules": [{"sheet", "range", "rule", "type", "valid", "cells", "error"}]}`. Exit 0 when
every rule is valid, 1 when any is not, 2 for bad input (one line on stderr, nothing written).

This module only parses options and prints; reading workbooks is
cf_assistant.languages.cf.workbook.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from cf_assistant.cli.rule import parse_date

CELLS_SHOWN = 12  # cells listed per rule in the table for people


def command(
    book: Path = typer.Argument(..., help="The .xlsx workbook to check."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for programs."),
    today: Optional[str] = typer.Option(None, "--today", help="Reference date for date rules, YYYY-MM-DD."),
) -> None:
    from cf_assistant.languages.cf.workbook import open_workbook

    reference = parse_date(today)
    wb = open_workbook(book)
    report = [_check(wb, wr, reference) for wr in _rules(wb)]
    if as_json:
        typer.echo(json.dumps({"path": str(book), "rules": report}, ensure_ascii=False))
    else:
        _print(book, report)
    if not all(r["valid"] for r in report):
        raise SystemExit(1)


def _rules(wb):
    from cf_assistant.languages.cf.workbook import read_rules

    return read_rules(wb)


def _check(wb, wr, reference) -> dict:
    from cf_assistant.errors import CfaError
    from cf_assistant.languages.cf.printer import to_text
    from cf_assistant.languages.cf.workbook import cells_formatted

    error, cells = wr.error, []
    if error is None:
        try:
            cells = cells_formatted(wb, wr, reference)
        except CfaError as exc:
            error = str(exc)
    if wr.rule is not None:
        text = to_text(wr.rule)
    else:
        text = "=" + wr.formula if wr.formula else None
    return {"sheet": wr.sheet, "range": wr.range, "rule": text, "type": wr.native_type,
            "valid": error is None, "cells": cells, "error": error}


def _print(book: Path, report: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not report:
        console.print(f"{book}: no conditional-formatting rules")
        return
    table = Table(title=f"{book}: {len(report)} rules")
    for name in ("sheet", "range", "rule", "type", "valid", "cells formatted"):
        table.add_column(name)
    for r in report:
        cells = ", ".join(r["cells"][:CELLS_SHOWN])
        if len(r["cells"]) > CELLS_SHOWN:
            cells += f", … (+{len(r['cells']) - CELLS_SHOWN})"
        valid = "[green]yes[/]" if r["valid"] else f"[red]no[/]: {r['error']}"
        table.add_row(r["sheet"], r["range"], r["rule"] or "", r["type"], valid,
                      f"{len(r['cells'])}: {cells}" if r["cells"] else "0")
    console.print(table)
