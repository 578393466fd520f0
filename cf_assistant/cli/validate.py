"""Check every conditional-formatting rule of a workbook and list the cells each one formats.

`cfa validate BOOK.xlsx` prints, for every sheet and rule: the range, the rule in the CF language
(or the raw formula of a foreign `expression` rule, evaluated with a real Excel-formula engine),
its native type, whether it is valid, and the cells it formats. `--json` prints one object
`{"path", "rules": [{"sheet", "range", "rule", "type", "valid", "cells", "error"}]}`. Exit 0 when
every rule is valid, 1 when any is not, 2 for bad input (one line on stderr, nothing written).

This module only parses options and prints: the work is the assistant API's
(`cf_assistant.assistant.Assistant.validate`, over cf_assistant.languages.cf.workbook).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

CELLS_SHOWN = 12  # cells listed per rule in the table for people


def command(
    book: Path = typer.Argument(..., help="The .xlsx workbook to check."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for programs."),
    today: Optional[str] = typer.Option(None, "--today", help="Reference date for date rules, YYYY-MM-DD."),
) -> None:
    from cf_assistant.assistant import Assistant, inputs

    report = Assistant().validate(book, inputs.parse_today(today))
    if as_json:
        typer.echo(json.dumps({"path": str(book), "rules": report}, ensure_ascii=False))
    else:
        _print(book, report)
    if not all(r["valid"] for r in report):
        raise SystemExit(1)


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
