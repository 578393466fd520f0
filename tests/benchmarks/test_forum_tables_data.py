"""benchmarks/data/forum_tables.json is what benchmarks/data/forum_tables.py builds: labels are the
rows the executor formats on each record's full table at the bench's reference date, a third or so
of the records are written header-only (`Data` = [header], `Labels` = []), both halves cover every
function family, each record has a style tag and names only its own column letters, and no request
(case aside) is one of the six other table/CF sets or of the benchmark's train split."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
TRAIN = ROOT.parent / "shared" / "data" / "cf" / "train.json"
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json")
STYLES = {"forum", "annotator", "letter", "terse"}


def _records(name: str) -> list[dict]:
    splits = json.loads((DATA / name).read_text(encoding="utf-8"))
    return [dict(record, split=split) for split, recs in splits.items() for record in recs]


@pytest.fixture(scope="module")
def module():
    """The builder, loaded from its file (it puts its own folder on sys.path for its imports)."""
    spec = importlib.util.spec_from_file_location("forum_tables", DATA / "forum_tables.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


@pytest.fixture(scope="module")
def full(module) -> dict[str, dict]:
    """Every record on its full table, by ID (the builder's checks run on these)."""
    return {r["ID"]: r for r in module.build_full()}


@pytest.fixture(scope="module")
def forum() -> list[dict]:
    return _records("forum_tables.json")


def test_the_file_is_what_the_builder_writes(module, full, forum):
    on_file = {r["ID"]: {k: v for k, v in r.items() if k != "split"} for r in forum}
    assert on_file == {rid: module.strip(r) for rid, r in full.items()}


def test_each_label_is_a_row_the_executor_formats_on_the_full_table(full):
    from cf_assistant.data import REFERENCE_DATE

    for rid, record in full.items():
        rule = parse(record["Code"])
        assert to_text(rule) == record["Code"] and record["Today"] == str(REFERENCE_DATE), rid
        target = record["Data"][0].index(record["Column"])
        assert re.search(r"c\[(\d+)\]", record["Code"]).group(1) == str(target), rid  # its first c[i]
        table = table_from_records(record["Data"])
        formatted = set(formatted_rows(rule, table, target, REFERENCE_DATE))
        expected = [0] + [int(row in formatted) for row in range(len(record["Data"]) - 1)]
        assert record["Labels"] == expected, rid
        assert 0 < sum(expected) < len(expected) - 1, rid


def test_header_only_records_keep_the_header_and_nothing_else(full, forum):
    header_only = [r for r in forum if "header-only" in r["Tags"]]
    for record in forum:
        whole = full[record["ID"]]
        if "header-only" in record["Tags"]:
            assert record["Data"] == [whole["Data"][0]] and record["Labels"] == [], record["ID"]
        else:
            assert record["Data"] == whole["Data"] and len(record["Data"]) > 12, record["ID"]
    assert 0.25 <= len(header_only) / len(forum) <= 0.45
    assert {r["split"] for r in header_only} == {"dev", "test"}


def test_ids_splits_tags_and_tables(forum):
    assert 280 <= len(forum) <= 330 and len({r["Table"] for r in forum}) >= 12
    for record in forum:
        even = int(hashlib.sha1(record["ID"].encode()).hexdigest(), 16) % 2 == 0
        assert record["split"] == ("dev" if even else "test"), record["ID"]
        assert record["ID"].startswith("fft-") and "forum-set" in record["Tags"]
        assert STYLES & set(record["Tags"]), record["ID"]
        assert 3 <= len(record["Data"][0]) <= 8 and record["Scope"] in ("rows", "cells")
    two_columns = sum("two-columns" in r["Tags"] for r in forum) / len(forum)
    assert 0.03 <= two_columns <= 0.08


def test_both_halves_cover_every_function_family(module, forum):
    for split in ("dev", "test"):
        families = {module.family_of(r["Function"]) for r in forum if r["split"] == split}
        assert families == set(module.FAMILIES), split


def test_column_letters_are_the_columns_of_the_rule(forum):
    ranges = re.compile(r"\b([A-H])\d+\s*:\s*([A-H])\d+\b")
    for record in (r for r in forum if "letter" in r["Tags"]):
        named = {c for pair in ranges.findall(record["NL Utterance"]) for c in pair}
        named |= set(re.findall(r"(?i:\bcolumn) ([A-H])\b", record["NL Utterance"]))
        letters = {"ABCDEFGH"[record["Data"][0].index(name)] for name in record["Columns"]}
        assert named and named <= letters, record["NL Utterance"]


def test_no_request_of_another_set(forum):
    old = {r["NL Utterance"].strip().lower() for name in OTHER_SETS for r in _records(name)}
    assert [r["NL Utterance"] for r in forum if r["NL Utterance"].strip().lower() in old] == []


@pytest.mark.skipif(not TRAIN.exists(), reason="../shared/data/cf/train.json is absent")
def test_no_request_of_the_train_split(forum):
    splits = json.loads(TRAIN.read_text(encoding="utf-8"))
    train = {r["NL Utterance"].strip().lower() for recs in splits.values() for r in recs}
    assert [r["NL Utterance"] for r in forum if r["NL Utterance"].strip().lower() in train] == []
