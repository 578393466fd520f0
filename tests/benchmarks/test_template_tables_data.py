"""benchmarks/data/template_tables.json is what benchmarks/data/template_tables.py builds: every
record is written header-only (`Data` = [header], `Labels` = []) and, on its full table, its rule
parses in canonical spelling and formats some but not all rows (the executor at the bench's
reference date); the tables have 4 to 9 columns and 12 to 16 data rows; both halves cover every
function family and every date period; each record has one style and one way of naming its
column; no request repeats, and none (case aside) is one of the ten other sets or of the
benchmark's train split."""

from __future__ import annotations

import re

import pytest

from set_files import (PERIODS, TRAIN, borrowed, builder_fixtures, check_full_tables, check_ids_and_tags,
                       check_written, from_train)

OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json")
STYLES = {"chat", "forum", "addin", "terse"}
NAMINGS = {"by-header", "by-meaning", "by-value"}


module, full, written = builder_fixtures("template_tables")


def test_the_file_is_what_the_builder_writes(module, full, written):
    check_written(module, full, written)


def test_every_record_is_header_only(full, written):
    for record in written:
        assert record["Data"] == [full[record["ID"]]["Data"][0]] and record["Labels"] == [], record["ID"]
        assert "header-only" in record["Tags"], record["ID"]


def test_each_rule_formats_some_but_not_all_rows_of_its_full_table(full):
    check_full_tables(full, (4, 9))


def test_ids_splits_tags_and_tables(written):
    assert 280 <= len(written) <= 360 and len({r["Table"] for r in written}) >= 12
    for record in written:
        check_ids_and_tags(record, "tpl-", "template-set", STYLES, NAMINGS)
        assert record["Scope"] in ("rows", "cells")
        assert ("value-word" in record["Tags"]) == bool(re.search(r'"[^"]+"', record["Code"])), record["ID"]
    value_words = sum("value-word" in r["Tags"] for r in written) / len(written)
    assert 0.35 <= value_words <= 0.50, value_words


def test_both_halves_cover_every_function_family_and_period(module, written):
    for split in ("dev", "test"):
        functions = {r["Function"] for r in written if r["split"] == split}
        assert {module.family_of(f) for f in functions} == set(module.FAMILIES), split
        assert PERIODS <= functions, split
        assert {"rows", "cells"} == {r["Scope"] for r in written if r["split"] == split}


def test_no_request_repeats_or_is_of_another_set(written):
    requests = [r["NL Utterance"].strip().lower() for r in written]
    assert len(requests) == len(set(requests))
    assert borrowed(written, OTHER_SETS) == []


@pytest.mark.skipif(not TRAIN.exists(), reason="../shared/data/cf/train.json is absent")
def test_no_request_of_the_train_split(written):
    assert from_train(written) == []
