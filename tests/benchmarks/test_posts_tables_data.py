"""benchmarks/data/posts_tables.json is what benchmarks/data/posts_tables.py builds: every record,
on its full table, parses in canonical spelling and formats some but not all rows (the executor at
the bench's reference date); records with data keep the executor's labels, header-only records
(about 40%) keep the header row only and no labels; both halves cover all 41 top functions of the
CF language; each record has one style and one way of naming its column, and every column letter
it names is true; no request repeats, and none (case aside) is one of the other sets or of the
benchmark's train split."""

from __future__ import annotations

import pytest

from set_files import (PERIODS, TRAIN, borrowed, builder_fixtures, check_full_tables, check_ids_and_tags,
                       check_written, executor_labels, from_train)

STYLES = {"post", "helpdesk", "reply"}
NAMINGS = {"by-header", "by-meaning", "by-value"}


module, full, written = builder_fixtures("posts_tables")


def test_the_file_is_what_the_builder_writes(module, full, written):
    check_written(module, full, written)


def test_header_only_records_and_the_others(module, full, written):
    for record in written:
        whole = full[record["ID"]]
        if module.header_only(record["ID"]):
            assert record["Data"] == [whole["Data"][0]] and record["Labels"] == [], record["ID"]
            assert "header-only" in record["Tags"], record["ID"]
        else:
            assert record["Data"] == whole["Data"] and "header-only" not in record["Tags"], record["ID"]
            assert record["Labels"] == executor_labels(record), record["ID"]
    share = sum("header-only" in r["Tags"] for r in written) / len(written)
    assert 0.33 <= share <= 0.47, share


def test_each_rule_formats_some_but_not_all_rows_of_its_full_table(full):
    check_full_tables(full, (6, 9))


def test_column_letters_named_are_true(module, full):
    assert [p for record in full.values() for p in module.letter_problems(record)] == []
    assert sum("range-named" in r["Tags"] for r in full.values()) >= 10


def test_ids_splits_tags_and_tables(written):
    assert 240 <= len(written) <= 360 and len({r["Table"] for r in written}) >= 12
    for record in written:
        check_ids_and_tags(record, "pst-", "posts-set", STYLES, NAMINGS)
        assert record["Scope"] in ("rows", "cells")


def test_both_halves_cover_every_function_and_period(module, written):
    every = {f for members in module.FAMILIES.values() for f in members}
    assert len(every) == 41 and PERIODS <= every
    for split in ("dev", "test"):
        functions = {r["Function"] for r in written if r["split"] == split}
        assert functions == every, (split, every - functions)
        assert {"rows", "cells"} == {r["Scope"] for r in written if r["split"] == split}


def test_no_request_repeats_or_is_of_another_set(module, written):
    requests = [r["NL Utterance"].strip().lower() for r in written]
    assert len(requests) == len(set(requests))
    assert borrowed(written, module.OTHER_SETS) == []


@pytest.mark.skipif(not TRAIN.exists(), reason="../shared/data/cf/train.json is absent")
def test_no_request_of_the_train_split(written):
    assert from_train(written) == []
