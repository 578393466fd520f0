"""The committed sixth one-column set (benchmarks/data/sixth_cf.json) is what sixth_cf.py builds,
byte for byte, and what the executor formats today: size, every CF function in both halves, hash
splits, labels that format some rows but not all, canonical rules, a style first and the `sixth`
tag last, near misses told apart, and no request shared with any other set file of
benchmarks/data (sixth_tables.json, written beside it, included when present) or with the
benchmark train split (that last part is skipped, visibly, where ../shared/data/cf/train.json is
absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from set_files import (DATA as DATA_DIR, TRAIN, builder, check_built_is_committed, check_halves,
                       check_no_request_shared, check_one_column_record, check_refusals,
                       check_styles_and_tags)

SET = DATA_DIR / "sixth_cf.json"
STYLES = {"office", "mobile", "question", "polite"}
EXTRA_TAGS = {"typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual"}


def _load(path: Path) -> dict[str, list[dict]]:
    return json.loads(path.read_text(encoding="utf-8"))


def _requests(splits: dict[str, list[dict]]) -> list[str]:
    return [str(rec["NL Utterance"]).strip().lower() for recs in splits.values() for rec in recs]


def _records() -> list[dict]:
    return [rec for recs in _load(SET).values() for rec in recs]


def _builder():
    """benchmarks/data/sixth_cf.py run from its path (it puts its own folder on sys.path)."""
    return builder("sixth_cf")


def test_size_and_every_function_in_both_halves_split_by_the_id_hash():
    check_halves(SET, "e6c", at_least=300, at_most=400)
    splits = _load(SET)
    assert all(len(splits[half]) >= 150 for half in ("dev", "test"))


def test_every_style_every_tag_and_many_columns():
    check_styles_and_tags(SET, STYLES, EXTRA_TAGS, "sixth", columns=75)


def test_no_request_is_written_twice_or_taken_from_another_set():
    check_no_request_shared(SET, at_least=15)


@pytest.mark.skipif(not TRAIN.exists(), reason=f"benchmark train split absent: {TRAIN}")
def test_no_request_is_taken_from_the_train_split():
    assert not set(_requests(_load(SET))) & set(_requests(_load(TRAIN)))


@pytest.mark.parametrize("rec", _records(), ids=lambda rec: rec["ID"])
def test_labels_are_what_the_executor_formats(rec):
    """Each record on its own (`set_files.check_one_column_record`)."""
    check_one_column_record(rec)


def test_committed_file_is_what_the_script_builds_byte_for_byte(tmp_path):
    check_built_is_committed(_builder(), SET, tmp_path)  # the build runs every record's checks


def test_the_builder_refuses_a_weak_column_a_borrowed_request_and_an_unknown_tag():
    """The checks bite: `> N` on a column without N cannot be told from `>= N`, a request that
    another set already holds is refused, and so is a style or tag outside the set's."""
    weak = [["Takings"], ["1250"], ["3400"], ["980"], ["12000"], [""]]
    check_refusals(_builder(), weak, "GreaterThan(1000)", "GreaterThanEqual(1000)",
                   "days the van took more than a grand, colour them", "truck_takings",
                   ("mobile", "number-words"), "fifth_cf.json")