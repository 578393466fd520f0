"""The committed fresh table requests (benchmarks/data/fresh_tables.json) are what
benchmarks/data/fresh_tables.py builds, label what the executor formats at the bench's reference
date, and stay a set of their own: new tables, `eft-` IDs split by the ID hash, about half rows."""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text

DATA_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
FRESH = DATA_DIR / "fresh_tables.json"
OLD_TABLES = {"sales", "grades", "stock", "staff", "tasks", "orders", "invoices", "expenses", "tickets"}


@pytest.fixture(scope="module")
def committed() -> dict[str, list[dict]]:
    return json.loads(FRESH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def builder():
    sys.path.insert(0, str(DATA_DIR))
    try:
        return importlib.import_module("fresh_tables")
    finally:
        sys.path.remove(str(DATA_DIR))


def test_committed_file_is_what_the_script_builds(committed, builder):
    built = {r["ID"]: r for r in builder.build()}
    flat = {r["ID"]: r for recs in committed.values() for r in recs}
    assert built == flat


def test_labels_are_what_the_executor_formats_today(committed):
    from cf_assistant.data import REFERENCE_DATE

    for rec in (r for recs in committed.values() for r in recs):
        assert rec["Today"] == REFERENCE_DATE.isoformat()
        rule = parse(rec["Code"])
        assert to_text(rule) == rec["Code"]
        header = rec["Data"][0]
        rows = formatted_rows(rule, table_from_records(rec["Data"]), header.index(rec["Column"]),
                              REFERENCE_DATE)
        assert rec["Labels"] == [0] + [int(i in rows) for i in range(len(rec["Data"]) - 1)], rec["ID"]
        assert f"c[{header.index(rec['Column'])}]" in rec["Code"]


def test_a_set_of_its_own(committed):
    records = [r for recs in committed.values() for r in recs]
    assert set(committed) == {"dev", "test"} and len(records) >= 160
    tables = {r["Table"] for r in records}
    assert len(tables) >= 8 and not tables & OLD_TABLES
    for split, recs in committed.items():
        for rec in recs:
            assert rec["ID"].startswith("eft-") and "fresh" in rec["Tags"]
            even = int(hashlib.sha1(rec["ID"].encode()).hexdigest(), 16) % 2 == 0
            assert (split == "dev") == even, rec["ID"]
            assert 11 <= len(rec["Data"]) - 1 <= 14
    scopes = Counter(r["Scope"] for r in records)
    assert set(scopes) == {"rows", "cells"} and 0.4 <= scopes["rows"] / len(records) <= 0.6
    dev, test = ({r["Function"] for r in committed[s]} for s in ("dev", "test"))
    assert dev == test
