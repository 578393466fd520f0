"""Two checks of the table requests (benchmarks/data/everyday_tables.json) beside `cfa bench`.

1. The column choice alone (`assistant.tables`): given each record's reference rule on the
   implicit column, is the column it tests the record's `Column`, and is the scope the record's
   `Scope`? (What the assistant would choose if the model's rule were right.)
2. Whole rows applied: each record of scope "rows" goes through the assistant as a workbook
   (`--workbook BOOK --range A1:..` over the table, header detected) with the shipped model; the
   top candidate is written with `Assistant.apply` over its range and read back with
   `Assistant.validate` (`cfa validate`). Counted: top-1 in rows scope; read back = every cell of
   exactly the candidate's rows; read back = the record's expected rows (`Labels`).

    python benchmarks/tables_check.py --split dev        # choices are made on dev only

Prints one JSON object. Reads the benchmark file; never writes into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
from pathlib import Path

from cf_assistant.data import REFERENCE_DATE

ROOT = Path(__file__).resolve().parents[1]


def chooser_alone(records: list[dict]) -> dict:
    """Column and scope from the reference rule released to the implicit column."""
    from cf_assistant.assistant import tables as T
    from cf_assistant.diffusion.minilm import MiniLM
    from cf_assistant.languages.cf import parse
    from cf_assistant.languages.cf.rows import release

    embed = T.Embedder(MiniLM.from_package())
    column = scope = 0
    for r in records:
        table, sel = T.from_records(r["Data"])
        truth = sel.headers.index(r["Column"])
        rule = release(parse(r["Code"]), truth)
        choice = T.ColumnChoice(r["NL Utterance"], table, sel, embed, REFERENCE_DATE)
        got = choice.ranked(rule)[0][0]
        column += got == truth
        scope += T.scope_of(r["NL Utterance"], sel.headers[got]) == r["Scope"]
    return {"n": len(records), "column_right": column, "scope_right": scope}


def _book(record: dict, path: Path) -> str:
    """The record's table in a new workbook from A1 (dates as dates); its range."""
    import openpyxl
    from openpyxl.utils.cell import get_column_letter

    from cf_assistant.assistant import tables as T
    from cf_assistant.languages.cf.values import ExcelError, to_cell_value

    _, sel = T.from_records(record["Data"])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(record["Data"][0])
    for i, row in enumerate(record["Data"][1:], start=2):
        for j, raw in enumerate(row):
            value = to_cell_value(raw)
            if sel.kinds[j] == "date" and isinstance(value, float):
                value = dt.datetime(1899, 12, 30) + dt.timedelta(days=value)
            cell = ws.cell(row=i, column=j + 1)
            if isinstance(value, ExcelError):
                cell.value, cell.data_type = value.code, "e"
            elif value is not None:
                cell.value = value
    wb.save(path)
    return f"A1:{get_column_letter(len(record['Data'][0]))}{len(record['Data'])}"


def rows_applied(records: list[dict]) -> dict:
    """Whole-row records through the assistant, applied and read back."""
    from cf_assistant.assistant import Assistant, SuggestRequest, inputs
    from cf_assistant.errors import CfaError

    assistant = Assistant(seed=0)
    counts = {"n": 0, "top1_rows_scope": 0, "read_back_is_candidates_rows": 0,
              "read_back_is_expected_rows": 0, "no_answer": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for i, r in enumerate(x for x in records if x["Scope"] == "rows"):
            counts["n"] += 1
            book, out = Path(tmp) / f"in{i}.xlsx", Path(tmp) / f"out{i}.xlsx"
            data = inputs.workbook_data(book, _book(r, book))
            try:
                top = assistant.suggest(SuggestRequest(r["NL Utterance"], data=data,
                                                       today=REFERENCE_DATE)).candidates[0]
            except CfaError:
                counts["no_answer"] += 1
                continue
            if top.scope != "rows":
                continue
            counts["top1_rows_scope"] += 1
            assistant.apply(book, top.code, top.range_ref, out)
            (rule,) = assistant.validate(out, REFERENCE_DATE)
            width = len(r["Data"][0])
            rows = sorted({int(c.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) - 2 for c in rule["cells"]})
            whole = len(rule["cells"]) == width * len(rows)
            counts["read_back_is_candidates_rows"] += whole and rows == list(top.formatted)
            expected = [k for k, hit in enumerate(r["Labels"][1:]) if hit]
            counts["read_back_is_expected_rows"] += whole and rows == expected
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT / "benchmarks" / "data" / "everyday_tables.json"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--no-model", action="store_true", help="only the chooser-alone check")
    args = parser.parse_args()
    records = json.loads(Path(args.data).read_text(encoding="utf-8"))[args.split]
    out = {"split": args.split, "chooser_alone": chooser_alone(records)}
    if not args.no_model:
        out["rows_applied"] = rows_applied(records)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
