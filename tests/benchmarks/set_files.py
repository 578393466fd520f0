"""What the tests of the table sets' builders share: a set file's records and a builder module."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
TRAIN = ROOT.parent / "shared" / "data" / "cf" / "train.json"
PERIODS = {"LastMonth", "ThisMonth", "Yesterday", "Today", "Tomorrow", "Last7Days", "LastWeek",
           "ThisWeek", "NextWeek", "NextMonth"}


def builder_fixtures(stem: str):
    """The module-scoped fixtures of a table set's test: `module` (its builder), `full` (every
    record on its full table, by ID: the builder's checks run on these) and `written` (the
    committed file's records); a test module binds them: `module, full, written = ...`."""
    import pytest

    @pytest.fixture(scope="module")
    def module():
        return builder(stem)

    @pytest.fixture(scope="module")
    def full(module) -> dict[str, dict]:
        return {record["ID"]: record for record in module.build_full()}

    @pytest.fixture(scope="module")
    def written() -> list[dict]:
        return records(f"{stem}.json")

    return module, full, written


def check_written(module, full: dict[str, dict], written: list[dict]) -> None:
    """The committed records are the builder's full records in their written form (`strip`)."""
    assert sorted(r["ID"] for r in written) == sorted(full)
    for record in written:
        assert {k: v for k, v in record.items() if k != "split"} == module.strip(full[record["ID"]])


def check_full_tables(full: dict[str, dict], columns: tuple[int, int]) -> None:
    """Each record on its full table: a canonical rule on its `Column` (the first `c[i]` it
    names), the bench's date, a table of `columns` (least, most) columns and 12 to 16 data rows,
    the executor's labels, some rows formatted but not all."""
    import re

    from cf_assistant.data import REFERENCE_DATE
    from cf_assistant.languages.cf import parse, to_text

    for rid, record in full.items():
        assert to_text(parse(record["Code"])) == record["Code"] and record["Today"] == str(REFERENCE_DATE), rid
        first = re.search(r"c\[(\d+)\]", record["Code"]).group(1)
        assert record["Data"][0][int(first)] == record["Column"], rid
        assert columns[0] <= len(record["Data"][0]) <= columns[1] and 12 <= len(record["Data"]) - 1 <= 16, rid
        assert record["Labels"] == executor_labels(record), rid
        assert 0 < sum(record["Labels"]) < len(record["Data"]) - 1, rid


def records(name: str) -> list[dict]:
    """The records of a set file, each with its split added."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [{**record, "split": split} for split, recs in json.loads(text).items() for record in recs]


def builder(stem: str):
    """A builder loaded from its file (it puts its own folder on sys.path for its imports)."""
    spec = importlib.util.spec_from_file_location(stem, DATA / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def executor_labels(record: dict) -> list[int]:
    """0 for the header, then 1 per data row the executor formats at the bench's date (a table
    record: its rule runs on the column named `Column`)."""
    from cf_assistant.data import REFERENCE_DATE
    from cf_assistant.languages.cf import formatted_rows, parse, table_from_records

    rows = formatted_rows(parse(record["Code"]), table_from_records(record["Data"]),
                          record["Data"][0].index(record["Column"]), REFERENCE_DATE)
    return [0] + [int(row in set(rows)) for row in range(len(record["Data"]) - 1)]


def check_one_column_record(rec: dict) -> None:
    """A one-column record on its own: canonical rule, Function, Today, and labels that the
    executor gives again and that format some data rows but not all (assertions)."""
    from cf_assistant.data import REFERENCE_DATE
    from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text

    assert rec["Today"] == REFERENCE_DATE.isoformat()
    rule = parse(rec["Code"])
    assert to_text(rule) == rec["Code"] and rec["Code"].startswith(rec["Function"] + "(")
    formatted = set(formatted_rows(rule, table_from_records(rec["Data"]), 0, REFERENCE_DATE))
    assert rec["Labels"][0] == 0 and len(rec["Labels"]) == len(rec["Data"])
    assert {i for i, label in enumerate(rec["Labels"][1:]) if label} == formatted
    assert 0 < len(formatted) < len(rec["Data"]) - 1


def _said(record: dict) -> str:
    return str(record["NL Utterance"]).strip().lower()


def borrowed(written: list[dict], names) -> list[str]:
    """The requests of `written` that one of the set files `names` holds too (case aside)."""
    old = {_said(r) for name in names for r in records(name)}
    return [r["NL Utterance"] for r in written if _said(r) in old]


def from_train(written: list[dict]) -> list[str]:
    """The requests of `written` that the benchmark's train split holds (case aside)."""
    splits = json.loads(TRAIN.read_text(encoding="utf-8"))
    train = {_said(r) for recs in splits.values() for r in recs}
    return [r["NL Utterance"] for r in written if _said(r) in train]


def check_ids_and_tags(record: dict, prefix: str, tag: str, styles: set[str], namings: set[str]) -> None:
    """A table set's record: its split is its ID's hash (even: dev), its ID has the set's prefix,
    its tags the set's tag and one style and one way of naming the column, its scope rows or cells."""
    import hashlib

    even = int(hashlib.sha1(record["ID"].encode()).hexdigest(), 16) % 2 == 0
    assert record["split"] == ("dev" if even else "test"), record["ID"]
    assert record["ID"].startswith(prefix) and tag in record["Tags"], record["ID"]
    tags = set(record["Tags"])
    assert len(styles & tags) == 1 and len(namings & tags) == 1, record["ID"]
    assert record["Scope"] in ("rows", "cells"), record["ID"]


def check_built_is_committed(module, path: Path, tmp_path: Path) -> None:
    """A one-column set's builder builds the committed file's records (running every check on
    each) and writes the file byte for byte."""
    built = module.build()
    by_id = lambda rec: rec["ID"]  # noqa: E731
    committed = [rec for recs in json.loads(path.read_text(encoding="utf-8")).values() for rec in recs]
    assert sorted(built, key=by_id) == sorted(committed, key=by_id)
    module.write_splits(tmp_path / "again.json", built)
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def check_no_request_shared(path: Path, at_least: int = 1) -> None:
    """No request of the set file at `path` is written twice or held by another set file of its
    folder (at least `at_least` of them there)."""
    said = lambda p: [str(r["NL Utterance"]).strip().lower()  # noqa: E731
                      for recs in json.loads(p.read_text(encoding="utf-8")).values() for r in recs]
    mine = said(path)
    assert len(set(mine)) == len(mine)
    others = sorted(other for other in path.parent.glob("*.json") if other != path)
    assert len(others) >= at_least, "set files missing"
    for other in others:
        assert not set(mine) & set(said(other)), other.name
