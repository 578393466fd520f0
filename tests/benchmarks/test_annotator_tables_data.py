"""benchmarks/data/annotator_tables.json is what benchmarks/data/annotator_tables.py builds: labels
are the rows the executor formats on each record's full table at the bench's reference date, about
half of the records are written header-only (`Data` = [header], `Labels` = []), the tables have 2 to
5 columns, both halves cover every function family and every date period, each record has one style
and one way of naming its column and names only its own column letters, and no request (case aside)
is one of the eight other sets or of the benchmark's train split."""

from __future__ import annotations

import re

import pytest

from cf_assistant.languages.cf import parse, to_text
from set_files import (PERIODS, TRAIN, borrowed, builder, check_ids_and_tags, executor_labels, from_train,
                       records)

OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "forum_tables.json")
STYLES = {"annotator", "terse", "question"}
NAMINGS = {"letter", "by-header", "by-word", "no-column"}



@pytest.fixture(scope="module")
def module():
    """The builder, loaded from its file (it puts its own folder on sys.path for its imports)."""
    return builder("annotator_tables")


@pytest.fixture(scope="module")
def full(module) -> dict[str, dict]:
    """Every record on its full table, by ID (the builder's checks run on these)."""
    return {record["ID"]: record for record in module.build_full()}


@pytest.fixture(scope="module")
def annotated() -> list[dict]:
    return records("annotator_tables.json")


def test_the_file_is_what_the_builder_writes(module, full, annotated):
    assert sorted(r["ID"] for r in annotated) == sorted(full)
    for record in annotated:
        assert {k: v for k, v in record.items() if k != "split"} == module.strip(full[record["ID"]])


def test_each_label_is_a_row_the_executor_formats_on_the_full_table(full):
    for rid, record in full.items():
        from cf_assistant.data import REFERENCE_DATE

        assert to_text(parse(record["Code"])) == record["Code"] and record["Today"] == str(REFERENCE_DATE), rid
        first = re.search(r"c\[(\d+)\]", record["Code"]).group(1)
        assert record["Data"][0][int(first)] == record["Column"], rid
        assert record["Labels"] == executor_labels(record), rid
        assert 0 < sum(record["Labels"]) < len(record["Data"]) - 1, rid


def test_header_only_records_keep_the_header_and_nothing_else(full, annotated):
    header_only = [r for r in annotated if "header-only" in r["Tags"]]
    for record in annotated:
        whole = full[record["ID"]]
        if "header-only" in record["Tags"]:
            assert len(record["Data"]) == 1 and record["Labels"] == [], record["ID"]
            assert record["Data"] == [whole["Data"][0]], record["ID"]
        else:
            assert record["Data"] == whole["Data"] and 11 <= len(record["Data"]) <= 21, record["ID"]
    assert 0.40 <= len(header_only) / len(annotated) <= 0.60
    for split in ("dev", "test"):
        in_split = [r for r in annotated if r["split"] == split]
        assert 0.35 <= sum("header-only" in r["Tags"] for r in in_split) / len(in_split) <= 0.65, split


def test_ids_splits_tags_and_tables(annotated):
    assert 280 <= len(annotated) <= 340 and len({r["Table"] for r in annotated}) >= 25
    for record in annotated:
        check_ids_and_tags(record, "fat-", "annotator-set", STYLES, NAMINGS)
        assert 2 <= len(record["Data"][0]) <= 5 and record["Scope"] in ("rows", "cells")
    share = {name: sum(name in r["Tags"] for r in annotated) / len(annotated) for name in NAMINGS}
    assert all(0.15 <= s <= 0.35 for s in share.values()), share
    assert sum("annotator" in r["Tags"] for r in annotated) / len(annotated) >= 0.5
    two_columns = sum("two-columns" in r["Tags"] for r in annotated) / len(annotated)
    assert 0.03 <= two_columns <= 0.08


def test_both_halves_cover_every_function_family_and_period(module, annotated):
    for split in ("dev", "test"):
        functions = {r["Function"] for r in annotated if r["split"] == split}
        assert {module.family_of(f) for f in functions} == set(module.FAMILIES), split
        assert PERIODS <= functions, split


def test_column_letters_are_the_columns_of_the_rule(annotated):
    ranges = re.compile(r"\b([A-H])\d+\s*:\s*([A-H])\d+\b")
    for record in (r for r in annotated if "letter" in r["Tags"]):
        named = {c for pair in ranges.findall(record["NL Utterance"]) for c in pair}
        named |= set(re.findall(r"(?i:\bcolumn) ([A-H])\b", record["NL Utterance"]))
        letters = {"ABCDEFGH"[record["Data"][0].index(name)] for name in record["Columns"]}
        assert named and named <= letters, record["NL Utterance"]


def test_no_request_of_another_set(annotated):
    assert borrowed(annotated, OTHER_SETS) == []


@pytest.mark.skipif(not TRAIN.exists(), reason="../shared/data/cf/train.json is absent")
def test_no_request_of_the_train_split(annotated):
    assert from_train(annotated) == []
