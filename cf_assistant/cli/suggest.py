"""Suggest code for a request: ranked, validated candidates (CF rules run on your data).

`cfa suggest "highlight cells > 5" --values "3,7,,abc"` prints, per candidate, its rank, the rule,
its native Excel rule and formula, a plain-English explanation and which of your values it
formats. `--json` prints `{"lang", "utterance", "candidates", "timing_ms"}` for programs (also
when no candidate is valid: an empty list, exit 1; `--show-invalid` adds `"invalid"`).
`--apply --out NEW.xlsx` writes the top rule into the `--workbook` over `--range` with a fill; the
input workbook is only changed with `--in-place`. On a table (`--csv FILE` without `--column`, or
a `--range` over several columns whose first row is a header) each candidate names the column it
tests and its scope (the column's cells, or whole rows: `=$D2="Late"` over `A2:E11`); `--json`
adds `column`, `scope` and `range` per candidate, and `--apply` writes the top one over its range. Corpus examples (the code of similar training
requests, `cf_assistant.retrieval.examples`) are marked "(example)" with the request each answered;
`--examples` places them after the model's answers, first, or not at all (`auto`: the model's own
setting).

This module only parses options and prints: the work is the assistant API's
(`cf_assistant.assistant.Assistant`), the user's inputs are `cf_assistant.assistant.inputs`. Heavy modules (torch, openpyxl) are
imported only when the options need them, so that the command starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

PREVIEW_VALUES = 6  # formatted values listed in the preview before "…"


def command(
    text: str = typer.Argument(..., help="What the rule (or command, or code) should do."),
    lang: str = typer.Option("cf", "--lang", help="cf, bash or python."),
    k: int = typer.Option(5, "-k", help="Candidates to generate (one batch)."),
    steps: Optional[int] = typer.Option(None, "--steps", help="Sampling steps (default: the model's)."),
    seed: int = typer.Option(0, "--seed", help="Random seed of the sampler."),
    values: Optional[str] = typer.Option(None, "--values", help='Your column as comma-separated values, e.g. "3,7,,abc".'),
    csv_path: Optional[Path] = typer.Option(None, "--csv", help="A CSV file with a header row (a table: the request picks the column)."),
    column: Optional[str] = typer.Option(None, "--column", help="Force the CSV column to run the rules on."),
    workbook: Optional[Path] = typer.Option(None, "--workbook", help="An .xlsx workbook (use with --range)."),
    range_ref: Optional[str] = typer.Option(None, "--range", help="The cells the rule applies to, e.g. B2:B50, or a table with its header row, e.g. A1:E11."),
    sheet: Optional[str] = typer.Option(None, "--sheet", help="The sheet of --range (default: the active one)."),
    today: Optional[str] = typer.Option(None, "--today", help="Reference date for date rules, YYYY-MM-DD."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for programs."),
    show_invalid: bool = typer.Option(False, "--show-invalid", help="Also list the invalid candidates, apart."),
    apply: bool = typer.Option(False, "--apply", help="Write the top rule into the --workbook."),
    out: Optional[Path] = typer.Option(None, "--out", help="The NEW workbook --apply writes."),
    in_place: bool = typer.Option(False, "--in-place", help="Let --apply modify the --workbook itself."),
    model: Optional[Path] = typer.Option(None, "--model", help="A model folder (default: the shipped one)."),
    examples: str = typer.Option("auto", "--examples",
                                 help="Code of similar training requests, marked as examples: 'after' the "
                                      "model's answers (in the slots they leave free), 'first', 'off', or "
                                      "'auto' (the model's choice: first for Bash and Python, after for CF)."),
) -> None:
    from cf_assistant.assistant import Assistant, SuggestRequest, inputs
    from cf_assistant.errors import NoValidCandidateError

    _check_options(lang, values, csv_path, column, workbook, range_ref, sheet, apply, out, in_place)
    assistant = Assistant(seed=seed, examples=examples, steps=steps,
                          checkpoints={lang: model} if model is not None else None)
    inputs.check_utterance(text)  # before any file is read
    reference = inputs.parse_today(today)
    assistant.suggester(lang)  # an unknown language, before any file is read
    data = _data(inputs, values, csv_path, column, workbook, range_ref, sheet)
    try:
        result = assistant.suggest(SuggestRequest(text, lang=lang, k=k, today=reference, data=data))
    except NoValidCandidateError as exc:
        if show_invalid or as_json:  # programs always get their document (no candidates)
            _print(exc.result, as_json, show_invalid)  # type: ignore[attr-defined]
        raise
    _print(result, as_json, show_invalid)
    if apply:
        top = result.candidates[0]
        where = top.range_ref or result.data.range_ref  # a table's: the top candidate's column or rows
        target = assistant.apply(workbook, top.code, where, out, result.data.sheet, in_place=in_place)
        if not as_json:
            typer.echo(f"wrote {top.code} over {result.data.sheet}!{where} into {target}", err=True)


def _check_options(lang, values, csv_path, column, workbook, range_ref, sheet, apply, out, in_place) -> None:
    from cf_assistant.errors import BadInputError

    sources = [name for name, given in (("--values", values), ("--csv", csv_path), ("--workbook", workbook)) if given is not None]
    problems = [
        (len(sources) > 1, f"give your data one way, not {' and '.join(sources)}"),
        (column is not None and csv_path is None, "--column goes with --csv FILE"),
        (workbook is not None and range_ref is None, "--workbook needs --range, e.g. --range B2:B50"),
        ((range_ref is not None or sheet is not None) and workbook is None, "--range and --sheet go with --workbook BOOK.xlsx"),
        (apply and workbook is None, "--apply needs --workbook BOOK.xlsx --range B2:B50"),
        (apply and out is None and not in_place, "--apply needs --out NEW.xlsx (or --in-place to modify the workbook)"),
        (apply and out is not None and in_place, "give --out NEW.xlsx or --in-place, not both"),
        ((out is not None or in_place) and not apply, "--out and --in-place go with --apply"),
        (out is not None and out.exists(), f"{out} already exists; choose a new --out file (it is never overwritten)"),
    ]
    for bad, message in problems:
        if bad:
            raise BadInputError(message)


def _data(inputs, values, csv_path, column, workbook, range_ref, sheet):
    if values is not None:
        return inputs.values_data(inputs.parse_values(values))
    if csv_path is not None:
        return inputs.read_csv_column(csv_path, column)
    if workbook is not None:
        return inputs.workbook_data(workbook, range_ref, sheet)
    return None


# --------------------------------------------------------------------------- output


def _print(result, as_json: bool, show_invalid: bool) -> None:
    if as_json:
        import json

        typer.echo(json.dumps(result.to_json(show_invalid=show_invalid), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    if result.candidates:
        console.print(f"[bold]{len(result.candidates)} suggestion(s)[/bold] for: {escape(result.utterance)}")
        for c in result.candidates:
            console.print(_block(result, c))
    if show_invalid and result.invalid:
        console.print(f"[bold]{len(result.invalid)} invalid candidate(s)[/bold], never answers:")
        for c in result.invalid:
            console.print(_block(result, c))
    t = result.timing_ms
    console.print(f"[dim]model {t['model']:.0f} ms, load {t['load']:.0f} ms, total {t['total']:.0f} ms[/dim]")


def _block(result, c):
    """One candidate: its rank and code, then indented labelled lines (Excel, meaning, preview)."""
    from rich.console import Group
    from rich.markup import escape
    from rich.padding import Padding
    from rich.table import Table

    style = "bold green" if c.valid else "bold red"
    score = "" if c.score != c.score else f"  [dim]score {c.score:.2f}[/dim]"  # NaN: an example
    head = f"{c.rank}. [{style}]{escape(c.code)}[/{style}]{score}"
    if c.origin != "model":
        head += f"  [dim]({escape(c.origin)})[/dim]"
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, text in _lines(result, c):
        grid.add_row(label, escape(text))
    return Group(head, Padding(grid, (0, 0, 0, 3), expand=False))


def _lines(result, c) -> list[tuple[str, str]]:
    if not c.valid:
        return [("problem", _problems(c))]
    lines = []
    if c.example_of:
        lines.append(("example of", f"a training request: {c.example_of}"))
    if c.native_type or c.formula:
        lines.append(("Excel", f"{c.native_type}  {c.formula}"))
    if c.explanation:
        lines.append(("meaning", c.explanation))
    if c.column is not None:
        what = "whole rows" if c.scope == "rows" else "its cells"
        lines.append(("column", f"{c.column}: formats {what}, {c.range_ref}"))
    if result.data is not None:
        lines.append(("preview", preview(c, _labels(result.data, c))))
    return lines


def _labels(data, c) -> tuple[str, ...]:
    """The texts a preview names per row: a table's tested column for cells, else the data's."""
    if c.column is None or c.scope == "rows" or c.column not in data.selection.headers:
        return data.labels
    from cf_assistant.assistant.tables import column_data

    return column_data(data, data.selection.headers.index(c.column)).labels


def _problems(c) -> str:
    return "; ".join(f"{d.code} {d.message} (line {d.line}, col {d.column})" for d in c.diagnostics)


def preview(c: Any, labels: tuple[str, ...]) -> str:
    """'3 of 5: 7, abc, (blank)' — how many and which values a candidate formats."""
    if c.formatted is None:
        return f"cannot run on this data: {c.execution_error}" if c.execution_error else ""
    shown = [labels[i] if labels[i].strip() else "(blank)" for i in c.formatted[:PREVIEW_VALUES]]
    more = ", …" if len(c.formatted) > PREVIEW_VALUES else ""
    head = f"{len(c.formatted)} of {len(labels)}"
    return f"{head}: {', '.join(shown)}{more}" if shown else head
