"""Parse one CF rule: canonical form, native Excel type and formula, explanation, preview.

`cfa rule "top(10%)" --values "3,7,,abc"` prints the rule's canonical spelling, the native Excel
rule type it is written as, its equivalent Excel formula (for the top-left cell A2 of the values),
one English sentence, and which values it formats. `--csv FILE --column NAME` takes the values
from a CSV column instead (other columns are there for `c[j]`). `--json` prints exactly
`canonical`, `type`, `formula`, `explanation` and `formatted` (0-based indices of the formatted
values; [] without values). Text that is not a rule exits 2 with the parser's message.

This module only parses options and prints; the language lives in cf_assistant.languages.cf.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
from pathlib import Path
from typing import Optional

import typer

from cf_assistant.errors import BadInputError


def command(
    text: str = typer.Argument(..., help="The rule, e.g. 'GreaterThan(5)' or 'AND(top(10%), NOT(Blanks()))'."),
    values: Optional[str] = typer.Option(None, "--values", help='A column as comma-separated values, e.g. "3,7,,abc".'),
    csv_path: Optional[Path] = typer.Option(None, "--csv", help="A CSV file with a header row (use with --column)."),
    column: Optional[str] = typer.Option(None, "--column", help="The CSV column the rule applies to."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for programs."),
    today: Optional[str] = typer.Option(None, "--today", help="Reference date for date rules, YYYY-MM-DD."),
) -> None:
    from cf_assistant.languages.cf.excel import native_type, to_formula
    from cf_assistant.languages.cf.executor import formatted_rows
    from cf_assistant.languages.cf.explain import explain
    from cf_assistant.languages.cf.parser import parse
    from cf_assistant.languages.cf.printer import to_text

    rule = parse(text)
    reference = parse_date(today)
    table, target, shown = _data(values, csv_path, column)
    letters = [_letter(j) for j in range(max(table.n_cols, 1))] if table else None
    formula = to_formula(
        rule, cell=f"{_letter(target)}2", first_row=2,
        last_row=max(2, table.n_rows + 1) if table else None,
        column_letters=letters, reference_date=reference,
    )
    formatted = formatted_rows(rule, table, target, reference) if table else []
    result = {"canonical": to_text(rule), "type": native_type(rule), "formula": formula,
              "explanation": explain(rule), "formatted": formatted}
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        _print(result, shown)


def parse_date(text: str | None) -> _dt.date | None:
    if text is None:
        return None
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise BadInputError(f"--today '{text}' is not a date; write it as YYYY-MM-DD") from exc


def _letter(index: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(index + 1)


def _data(values: str | None, csv_path: Path | None, column: str | None):
    """(Table or None, target column, the raw texts shown to people)."""
    from cf_assistant.languages.cf.values import Table, type_text

    if values is not None and csv_path is not None:
        raise BadInputError("give the values one way: --values or --csv, not both")
    if column is not None and csv_path is None:
        raise BadInputError("--column goes with --csv FILE")
    if values is not None:
        raw = values.split(",")
        return Table(["value"], [[type_text(v)] for v in raw]), 0, raw
    if csv_path is None:
        return None, 0, []
    header, rows = _read_csv(csv_path)
    if column is None:
        if len(header) != 1:
            raise BadInputError(f"{csv_path} has {len(header)} columns; pick one with --column NAME")
        column = header[0]
    if column not in header:
        raise BadInputError(f"{csv_path} has no column '{column}' (columns: {', '.join(header)})")
    target = header.index(column)
    typed = [[type_text(v) for v in row] for row in rows]
    return Table(header, typed), target, [row[target] for row in rows]


def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    if not path.is_file():
        raise BadInputError(f"{path}: no such file")
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            records = list(csv.reader(fh))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise BadInputError(f"{path}: not a UTF-8 CSV file ({exc})") from exc
    if not records or not records[0]:
        raise BadInputError(f"{path}: empty CSV; the first row must name the columns")
    width = max(len(r) for r in records)
    header = records[0] + [f"column{j + 1}" for j in range(len(records[0]), width)]
    return header, [r + [""] * (width - len(r)) for r in records[1:]]


def _print(result: dict, shown: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console()
    info = RichTable(show_header=False, box=None, padding=(0, 1))
    info.add_column(no_wrap=True)
    info.add_column(overflow="fold")
    info.add_row("[bold]rule[/]", result["canonical"])
    info.add_row("[bold]excel type[/]", result["type"])
    info.add_row("[bold]formula[/]", "=" + result["formula"])
    info.add_row("[bold]meaning[/]", result["explanation"])
    console.print(info)
    if not shown:
        return
    hits = set(result["formatted"])
    preview = RichTable(title=f"{len(hits)} of {len(shown)} values formatted")
    for name in ("#", "value", "formatted"):
        preview.add_column(name)
    for i, raw in enumerate(shown):
        preview.add_row(str(i), repr(raw) if raw.strip() != raw or not raw else raw,
                        "[green]yes[/]" if i in hits else "")
    console.print(preview)
