"""benchmarks/data/third_tables.json is what benchmarks/data/third_tables.py builds, its labels are
the rows the executor formats at the bench's reference date, and it is a set of its own: ten tables
no earlier table set uses, no request (case aside) of the other everyday sets, `ett-` IDs
split by the ID hash, about half whole-row requests, every function in both halves."""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from pathlib import Path

import pytest

from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
EARLIER = ("everyday_cf.json", "fresh_cf.json", "everyday_tables.json", "fresh_tables.json", "third_cf.json")


def _records(name: str) -> list[dict]:
    splits = json.loads((DATA / name).read_text(encoding="utf-8"))
    return [dict(record, split=split) for split, recs in splits.items() for record in recs]


@pytest.fixture(scope="module")
def third() -> list[dict]:
    return _records("third_tables.json")


def test_the_file_is_what_the_builder_writes(third):
    sys.path.insert(0, str(DATA))
    try:
        built = importlib.import_module("third_tables").build()
    finally:
        sys.path.remove(str(DATA))
    on_file = {r["ID"]: {k: v for k, v in r.items() if k != "split"} for r in third}
    assert {r["ID"]: r for r in built} == on_file


def test_each_label_is_a_row_the_executor_formats(third):
    from cf_assistant.data import REFERENCE_DATE

    for record in third:
        rule, header = parse(record["Code"]), record["Data"][0]
        column = header.index(record["Column"])
        assert record["Today"] == REFERENCE_DATE.isoformat() and to_text(rule) == record["Code"]
        assert f"c[{column}]" in record["Code"]
        rows = set(formatted_rows(rule, table_from_records(record["Data"]), column, REFERENCE_DATE))
        labelled = {i - 1 for i, label in enumerate(record["Labels"]) if label}
        assert record["Labels"][0] == 0 and labelled == rows, record["ID"]
        assert 0 < len(rows) < len(record["Data"]) - 1, record["ID"]


def test_split_ids_tags_and_scopes(third):
    assert len(third) >= 200 and len({r["Table"] for r in third}) == 10
    for record in third:
        even = int(hashlib.sha1(record["ID"].encode()).hexdigest(), 16) % 2 == 0
        assert record["split"] == ("dev" if even else "test"), record["ID"]
        assert record["ID"].startswith("ett-") and "third" in record["Tags"]
        assert 10 <= len(record["Data"]) - 1 <= 14 and 5 <= len(record["Data"][0]) <= 8
    whole_rows = sum(r["Scope"] == "rows" for r in third) / len(third)
    assert {r["Scope"] for r in third} == {"rows", "cells"} and 0.4 <= whole_rows <= 0.6
    by_split = {s: {r["Function"] for r in third if r["split"] == s} for s in ("dev", "test")}
    assert by_split["dev"] == by_split["test"]


def test_new_tables_and_new_requests(third):
    earlier = [r for name in EARLIER for r in _records(name)]
    old_tables = {r["Table"] for r in earlier if "Table" in r}
    old_requests = {r["NL Utterance"].strip().lower() for r in earlier}
    assert not {r["Table"] for r in third} & old_tables
    assert [r["NL Utterance"] for r in third if r["NL Utterance"].strip().lower() in old_requests] == []
