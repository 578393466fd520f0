"""The committed fifth one-column set (benchmarks/data/fifth_cf.json) is what fifth_cf.py builds,
byte for byte, and what the executor formats today: size, every CF function in both halves, hash
splits, labels that format some rows but not all, canonical rules, a style first and the `fifth`
tag last, near misses told apart, and no request shared with any other set file of
benchmarks/data (fifth_tables.json, written beside it, included when present) or with the
benchmark train split (that last part is skipped, visibly, where ../shared/data/cf/train.json is
absent)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS
from set_files import (DATA as DATA_DIR, TRAIN, builder, check_built_is_committed,
                       check_no_request_shared, check_one_column_record)

SET = DATA_DIR / "fifth_cf.json"
STYLES = {"web", "forum", "chat", "terse"}
EXTRA_TAGS = {"typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual"}
OTHER_FUNCTIONS = ("Between NotBetween Top Bottom TopPercent BottomPercent AboveAverage BelowAverage "
                   "Duplicates Unique Blanks NotBlanks Errors NotErrors NOT AND OR").split()
EVERY_FUNCTION = frozenset(COMPARE_OPS + TEXT_OPS + PERIODS + VISUAL_KINDS) | set(OTHER_FUNCTIONS)


def _load(path: Path) -> dict[str, list[dict]]:
    return json.loads(path.read_text(encoding="utf-8"))


def _requests(splits: dict[str, list[dict]]) -> list[str]:
    return [str(rec["NL Utterance"]).strip().lower() for recs in splits.values() for rec in recs]


def _records() -> list[dict]:
    return [rec for recs in _load(SET).values() for rec in recs]


def _builder():
    """benchmarks/data/fifth_cf.py run from its path (it puts its own folder on sys.path)."""
    return builder("fifth_cf")


def test_size_and_every_function_in_both_halves_split_by_the_id_hash():
    splits = _load(SET)
    assert sorted(splits) == ["dev", "test"] and 320 <= len(_requests(splits)) <= 400
    assert all(len(splits[half]) >= 150 for half in ("dev", "test"))
    assert len(EVERY_FUNCTION) == 41
    for half in ("dev", "test"):
        assert EVERY_FUNCTION <= {rec["Function"] for rec in splits[half]}, half
        ids = [rec["ID"] for rec in splits[half]]
        assert all(i.startswith("e5c-") for i in ids)
        parity = {int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 for i in ids}
        assert parity == ({0} if half == "dev" else {1}), half


def test_every_style_every_tag_and_many_columns():
    records = _records()
    assert {rec["Tags"][0] for rec in records} == STYLES
    assert all(rec["Tags"][-1] == "fifth" and set(rec["Tags"][1:-1]) <= EXTRA_TAGS for rec in records)
    assert EXTRA_TAGS <= {tag for rec in records for tag in rec["Tags"]}
    assert len({rec["Data"][0][0] for rec in records}) >= 80
    assert all(12 <= len(rec["Data"]) - 1 <= 20 and all(len(row) == 1 for row in rec["Data"])
               for rec in records)


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
    builder = _builder()
    weak = [["Downloads"], ["1250"], ["3400"], ["980"], ["12000"], [""]]
    assert "GreaterThanEqual(1000)" in builder.weak_near_misses("GreaterThan(1000)", weak)
    taken = builder.other_requests()
    request, code, key = "episodes past the thousand-download mark, shade them", "GreaterThan(1000)", "pod_dl"
    assert builder.problems_of(builder.make_record(request, code, key, ("chat", "number-words")),
                               taken) == []
    lent = _load(DATA_DIR / "fourth_cf.json")["dev"][0]["NL Utterance"]
    borrowed = builder.make_record(lent, code, key, ("terse",))
    assert any("another set" in problem for problem in builder.problems_of(borrowed, taken))
    with pytest.raises(SystemExit, match="unknown"):
        builder.make_record(request, code, key, ("no-such-style",))
    with pytest.raises(SystemExit, match="unknown"):
        builder.make_record(request, code, key, ("terse", "no-such-tag"))
