"""The committed fresh everyday set (benchmarks/data/fresh_cf.json) is what fresh_cf.py builds and
what the executor formats today: size, every CF function in both halves, hash splits, labels that
format some rows but not all, canonical rules, the `fresh` tag, and near misses told apart."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text
from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS

DATA_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
FRESH_FILE = DATA_DIR / "fresh_cf.json"
ALL_FUNCTIONS = {
    *COMPARE_OPS, *TEXT_OPS, *PERIODS, *VISUAL_KINDS, "Between", "NotBetween", "Top", "Bottom",
    "TopPercent", "BottomPercent", "AboveAverage", "BelowAverage", "Duplicates", "Unique", "Blanks",
    "NotBlanks", "Errors", "NotErrors", "NOT", "AND", "OR",
}


def _committed() -> dict[str, list[dict]]:
    return json.loads(FRESH_FILE.read_text(encoding="utf-8"))


def _fresh_builder():
    """benchmarks/data/fresh_cf.py loaded from its path (it puts its own folder on sys.path)."""
    spec = importlib.util.spec_from_file_location("fresh_cf", DATA_DIR / "fresh_cf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_size_functions_and_hash_split():
    splits = _committed()
    assert set(splits) == {"dev", "test"}
    assert sum(map(len, splits.values())) >= 200
    for name, recs in splits.items():
        assert {r["Function"] for r in recs} >= ALL_FUNCTIONS, name
        for rec in recs:
            assert rec["ID"].startswith("efr-")
            even = int(hashlib.sha1(rec["ID"].encode()).hexdigest(), 16) % 2 == 0
            assert (name == "dev") == even, rec["ID"]
    everyday = json.loads((DATA_DIR / "everyday_cf.json").read_text(encoding="utf-8"))
    old_requests = {r["NL Utterance"].strip().lower() for recs in everyday.values() for r in recs}
    new_requests = [r["NL Utterance"].strip().lower() for recs in splits.values() for r in recs]
    assert len(new_requests) == len(set(new_requests))
    assert not old_requests & set(new_requests)


def test_labels_are_what_the_executor_formats():
    from cf_assistant.data import REFERENCE_DATE

    for recs in _committed().values():
        for rec in recs:
            assert rec["Today"] == REFERENCE_DATE.isoformat()
            assert rec["Tags"][-1] == "fresh"
            rule = parse(rec["Code"])
            assert to_text(rule) == rec["Code"] and rec["Code"].startswith(rec["Function"] + "(")
            rows = formatted_rows(rule, table_from_records(rec["Data"]), 0, REFERENCE_DATE)
            labels = [0] + [int(i in rows) for i in range(len(rec["Data"]) - 1)]
            assert rec["Labels"] == labels, rec["NL Utterance"]
            assert 0 < sum(labels) < len(labels) - 1, rec["NL Utterance"]


def test_committed_file_is_what_the_script_builds():
    built = _fresh_builder().build()  # also runs the near-miss check on every record
    committed = [r for recs in _committed().values() for r in recs]
    assert sorted(built, key=lambda r: r["ID"]) == sorted(committed, key=lambda r: r["ID"])


def test_a_column_that_cannot_tell_a_near_miss_is_refused():
    """The builder's check bites: `> 5000` on a column without 5,000 cannot be told from `>= 5000`."""
    fresh = _fresh_builder()
    data = [["Cost"], ["4,200"], ["6,000"], ["600"], ["60,000"], [""]]
    assert "GreaterThanEqual(5000)" in fresh.weak_near_misses("GreaterThan(5000)", data)
    record = fresh.make_record("cost > 5000", "GreaterThan(5000)", "cost")
    assert fresh.weak_near_misses(record["Code"], record["Data"]) == []
