"""The committed plain-request set (benchmarks/data/plain_cf.json) is what plain_cf.py builds and
what the executor formats today: size, every CF function in both halves, hash splits, labels that
format some rows but not all, canonical rules, a persona tag then the `plain` tag, near misses
told apart, and no request shared with the other one-column and table sets or with the benchmark
train split (that last part is skipped, visibly, where ../shared/data/cf/train.json is absent)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from cf_assistant.data import REFERENCE_DATE
from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text
from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "benchmarks" / "data"
TRAIN = ROOT.parent / "shared" / "data" / "cf" / "train.json"
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "forum_tables.json",
              "annotator_tables.json")
OTHER_FUNCTIONS = ("Between NotBetween Top Bottom TopPercent BottomPercent AboveAverage BelowAverage "
                   "Duplicates Unique Blanks NotBlanks Errors NotErrors NOT AND OR").split()
EVERY_FUNCTION = frozenset(COMPARE_OPS + TEXT_OPS + PERIODS + VISUAL_KINDS) | set(OTHER_FUNCTIONS)
PERSONAS = {"office", "shop", "field", "care", "nonnative", "mobile"}


def _load(path: Path) -> dict[str, list[dict]]:
    return json.loads(path.read_text(encoding="utf-8"))


def _requests(splits: dict[str, list[dict]]) -> list[str]:
    return [str(rec["NL Utterance"]).strip().lower() for recs in splits.values() for rec in recs]


def _records() -> list[dict]:
    return [rec for recs in _load(DATA_DIR / "plain_cf.json").values() for rec in recs]


def _builder():
    """benchmarks/data/plain_cf.py run from its path (it puts its own folder on sys.path)."""
    spec = importlib.util.spec_from_file_location("plain_cf", DATA_DIR / "plain_cf.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder


def test_every_function_in_both_halves_split_by_the_id_hash():
    plain = _load(DATA_DIR / "plain_cf.json")
    assert sorted(plain) == ["dev", "test"] and len(_requests(plain)) >= 280
    for half in ("dev", "test"):
        assert EVERY_FUNCTION <= {rec["Function"] for rec in plain[half]}, half
        ids = [rec["ID"] for rec in plain[half]]
        assert all(i.startswith("pln-") for i in ids)
        parity = {int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 for i in ids}
        assert parity == ({0} if half == "dev" else {1}), half


def test_every_persona_and_many_columns():
    records = _records()
    assert {rec["Tags"][0] for rec in records} == PERSONAS
    assert all(len(rec["Tags"]) == 2 for rec in records)
    assert len({rec["Data"][0][0] for rec in records}) >= 60
    assert all(12 <= len(rec["Data"]) - 1 <= 20 and len(rec["Data"][0]) == 1 for rec in records)


def test_no_request_is_written_twice_or_taken_from_another_set():
    mine = _requests(_load(DATA_DIR / "plain_cf.json"))
    assert len(set(mine)) == len(mine)
    for name in OTHER_SETS:
        if (DATA_DIR / name).exists():
            assert not set(mine) & set(_requests(_load(DATA_DIR / name))), name


@pytest.mark.skipif(not TRAIN.exists(), reason=f"benchmark train split absent: {TRAIN}")
def test_no_request_is_taken_from_the_train_split():
    mine = set(_requests(_load(DATA_DIR / "plain_cf.json")))
    assert not mine & set(_requests(_load(TRAIN)))


@pytest.mark.parametrize("rec", _records(), ids=lambda rec: rec["ID"])
def test_labels_are_what_the_executor_formats(rec):
    """Each record on its own: canonical rule, Function, tags, Today, and labels that the
    executor gives again and that format some data rows but not all."""
    assert rec["Today"] == REFERENCE_DATE.isoformat() and rec["Tags"][-1] == "plain"
    rule = parse(rec["Code"])
    assert to_text(rule) == rec["Code"] and rec["Code"].startswith(rec["Function"] + "(")
    formatted = set(formatted_rows(rule, table_from_records(rec["Data"]), 0, REFERENCE_DATE))
    assert rec["Labels"][0] == 0 and len(rec["Labels"]) == len(rec["Data"])
    assert {i for i, label in enumerate(rec["Labels"][1:]) if label} == formatted
    assert 0 < len(formatted) < len(rec["Data"]) - 1


def test_committed_file_is_what_the_script_builds():
    built = _builder().build()  # also runs the near-miss and other-set checks on every record
    committed = _records()
    assert sorted(built, key=lambda r: r["ID"]) == sorted(committed, key=lambda r: r["ID"])


def test_the_builder_refuses_a_weak_column_a_borrowed_request_and_an_unknown_persona():
    """The checks bite: `> 40` on a column without 40 cannot be told from `>= 40`, a request that
    web_cf.json already holds is refused, and so is a persona outside the six."""
    builder = _builder()
    weak = [["Load (t)"], ["3"], ["41"], ["2"], ["410"], [""]]
    assert "GreaterThanEqual(40)" in builder.weak_near_misses("GreaterThan(40)", weak)
    taken = builder.other_requests()
    good = builder.make_record("loads over 40 tonnes pls", "GreaterThan(40)", "load_t", ("field",))
    assert builder.problems_of(good, taken) == []
    borrowed = builder.make_record(_load(DATA_DIR / "web_cf.json")["dev"][0]["NL Utterance"],
                                   "GreaterThan(40)", "load_t", ("field",))
    assert any("another set" in problem for problem in builder.problems_of(borrowed, taken))
    with pytest.raises(SystemExit, match="unknown persona"):
        builder.make_record("loads over 40 tonnes pls", "GreaterThan(40)", "load_t", ("chat",))
