"""The committed everyday evaluation sets (benchmarks/data/everyday_*.json) are what their scripts
build and what the executor says today: sizes, every CF function in both halves, labels, canonical
rules, disjoint hash splits, indexed-column tables with scope and column."""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from pathlib import Path

import pytest

from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text
from cf_assistant.languages.cf.judge import cf_execution
from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS

DATA_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
CF_FILE = DATA_DIR / "everyday_cf.json"
TABLES_FILE = DATA_DIR / "everyday_tables.json"

EVERY_FUNCTION = {
    *COMPARE_OPS, "Between", "NotBetween", *TEXT_OPS, "Top", "Bottom", "TopPercent",
    "BottomPercent", "AboveAverage", "BelowAverage", "Duplicates", "Unique", "Blanks", "NotBlanks",
    "Errors", "NotErrors", *PERIODS, *VISUAL_KINDS, "NOT", "AND", "OR",
}


def _bench_reference_date():
    from cf_assistant.data import REFERENCE_DATE

    return REFERENCE_DATE


def _splits(path: Path) -> dict[str, list[dict]]:
    return json.loads(path.read_text(encoding="utf-8"))


def _builder(name: str):
    sys.path.insert(0, str(DATA_DIR))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(DATA_DIR))


@pytest.fixture(scope="module", params=[CF_FILE, TABLES_FILE], ids=["cf", "tables"])
def splits(request):
    return _splits(request.param)


def test_sizes_and_split_names():
    cf, tables = _splits(CF_FILE), _splits(TABLES_FILE)
    assert set(cf) == set(tables) == {"dev", "test"}
    assert sum(map(len, cf.values())) >= 400
    assert sum(map(len, tables.values())) >= 100
    assert len({r["Table"] for s in tables.values() for r in s}) >= 8


def test_every_cf_function_in_both_halves():
    cf = _splits(CF_FILE)
    for name in ("dev", "test"):
        assert {r["Function"] for r in cf[name]} >= EVERY_FUNCTION, name


def test_table_functions_in_both_halves():
    tables = _splits(TABLES_FILE)
    dev = {r["Function"] for r in tables["dev"]}
    test = {r["Function"] for r in tables["test"]}
    assert dev == test


def test_splits_disjoint_and_by_id_hash(splits):
    ids = {name: [r["ID"] for r in recs] for name, recs in splits.items()}
    assert not set(ids["dev"]) & set(ids["test"])
    for name, values in ids.items():
        assert len(values) == len(set(values))
        for rid in values:
            even = int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 2 == 0
            assert (name == "dev") == even, rid
    requests = [r["NL Utterance"].strip().lower() for recs in splits.values() for r in recs]
    assert len(requests) == len(set(requests))


def _target(record: dict) -> int:
    return record["Data"][0].index(record["Column"]) if "Column" in record else 0


def test_labels_are_what_the_executor_formats(splits):
    today = _bench_reference_date()
    for recs in splits.values():
        for rec in recs:
            assert rec["Today"] == today.isoformat()
            rule = parse(rec["Code"])
            assert to_text(rule) == rec["Code"]
            assert rec["Code"].split("(", 1)[0] == rec["Function"]
            rows = formatted_rows(rule, table_from_records(rec["Data"]), _target(rec), today)
            expected = [0] + [int(i in rows) for i in range(len(rec["Data"]) - 1)]
            assert rec["Labels"] == expected, rec["NL Utterance"]
            assert 0 < sum(expected) < len(expected) - 1, rec["NL Utterance"]


def test_table_records_use_indexed_columns():
    for recs in _splits(TABLES_FILE).values():
        for rec in recs:
            header = rec["Data"][0]
            assert rec["Scope"] in ("rows", "cells")
            assert rec["Column"] == rec["Columns"][0] and set(rec["Columns"]) <= set(header)
            assert f"c[{header.index(rec['Column'])}]" in rec["Code"]
            assert 9 <= len(rec["Data"]) - 1 <= 15


@pytest.mark.parametrize("builder,path", [("everyday_cf", CF_FILE), ("everyday_tables", TABLES_FILE)])
def test_committed_file_is_what_the_script_builds(builder, path):
    module = _builder(builder)
    if builder == "everyday_cf":
        built = [module.build_record(e) for e in module.ENTRIES]
    else:
        built = [module.build_record(t, e) for t, entries in module.ENTRIES.items() for e in entries]
    committed = [r for recs in _splits(path).values() for r in recs]
    key = lambda r: r["ID"]  # noqa: E731
    assert sorted(built, key=key) == sorted(committed, key=key)


def test_a_near_miss_fails_on_the_record():
    """The judge tells `> 5` from `>= 5` on the record written for it (a canary for the check
    the builder runs on every record)."""
    cf = _builder("everyday_cf")
    common = _builder("everyday_common")
    rec = cf.build_record(("> 5", "GreaterThan(5)", "score"))
    assert "GreaterThanEqual(5)" in [to_text(m) for m in common.near_misses(parse(rec["Code"]))]
    assert common.weak_near_misses(rec["Code"], rec["Data"]) == []
    assert cf_execution(rec["Code"], "GreaterThanEqual(5)", rec["Data"]) == (False, False)
