"""Parse one CF rule: canonical form, native Excel type and formula, explanation, preview.

`cfa rule "top(10%)" --values "3,7,,abc"` prints the rule's canonical spelling, the native Excel
rule type it is written as, its equivalent Excel formula (for the top-left cell A2 of the values),
one English sentence, and which values it formats. `--csv FILE --column NAME` takes the values
from a CSV column instead (other columns are there for `c[j]`). `--json` prints exactly
`canonical`, `type`, `formula`, `explanation` and `formatted` (0-based indices of the formatted
values; [] without values). Text that is not a rule exits 2 with the parser's message.

This module only parses options and prints: the work is the assistant API's
(`cf_assistant.assistant.Assistant.rule`), the language's knowledge is cf_assistant.languages.cf.
"""

from __future__ import annotations

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
    from cf_assistant.assistant import Assistant, inputs
    from cf_assistant.languages.cf.parser import parse

    parse(text)  # not a rule: the parser's message, before any file is read
    reference = inputs.parse_today(today)
    data, shown = _data(inputs, values, csv_path, column)
    result = Assistant().rule(text, today=reference, data=data)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        _print(result, shown)


def _data(inputs, values: str | None, csv_path: Path | None, column: str | None):
    """(the user's Data or None, the raw texts shown to people)."""
    if values is not None and csv_path is not None:
        raise BadInputError("give the values one way: --values or --csv, not both")
    if column is not None and csv_path is None:
        raise BadInputError("--column goes with --csv FILE")
    if values is not None:
        raw = values.split(",")
        return inputs.values_data(raw), raw
    if csv_path is None:
        return None, []
    data = inputs.read_csv_column(csv_path, column)
    if column is None and data.selection is not None:  # a table: a rule tests the column it is given
        raise BadInputError(f"{csv_path} has {len(data.selection.headers)} columns; pick one with --column NAME")
    return data, list(data.labels)


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
