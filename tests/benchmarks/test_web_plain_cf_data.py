"""The committed web-style and plain-request sets (benchmarks/data/web_cf.json, plain_cf.json) are
what web_cf.py and plain_cf.py build and what the executor formats today: size, every CF function
in both halves, hash splits, labels that format some rows but not all, canonical rules, a style or
persona tag then the set's tag, near misses told apart, and no request shared with the other sets
or with the benchmark train split (that last part is skipped, visibly, where
../shared/data/cf/train.json is absent)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS
from set_files import check_one_column_record

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "benchmarks" / "data"
TRAIN = ROOT.parent / "shared" / "data" / "cf" / "train.json"
OLDER = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
         "third_cf.json", "third_tables.json")
OTHER_FUNCTIONS = ("Between NotBetween Top Bottom TopPercent BottomPercent AboveAverage BelowAverage "
                   "Duplicates Unique Blanks NotBlanks Errors NotErrors NOT AND OR").split()
EVERY_FUNCTION = frozenset(COMPARE_OPS + TEXT_OPS + PERIODS + VISUAL_KINDS) | set(OTHER_FUNCTIONS)
# set -> (ID prefix, last tag, first tags, columns at least, sets it may not repeat, a weak column
# and its rule and near miss, a good entry (request, rule, key, tag), the set it must not borrow from)
SETS = {
    "web_cf": ("web-", "web", {"search", "qa", "chat", "terse"}, 50, OLDER,
               ([["Days Out"], ["3"], ["22"], ["2"], ["210"], [""]], "GreaterThan(21)", "GreaterThanEqual(21)"),
               ("flights delayed by more than 15 minutes, please", "GreaterThan(15)", "delay", "chat"),
               "third_cf.json"),
    "plain_cf": ("pln-", "plain", {"office", "shop", "field", "care", "nonnative", "mobile"}, 60,
                 OLDER + ("web_cf.json", "forum_tables.json", "annotator_tables.json"),
                 ([["Load (t)"], ["3"], ["41"], ["2"], ["410"], [""]], "GreaterThan(40)", "GreaterThanEqual(40)"),
                 ("loads over 40 tonnes pls", "GreaterThan(40)", "load_t", "field"), "web_cf.json"),
}


def _load(path: Path) -> dict[str, list[dict]]:
    return json.loads(path.read_text(encoding="utf-8"))


def _requests(splits: dict[str, list[dict]]) -> list[str]:
    return [str(rec["NL Utterance"]).strip().lower() for recs in splits.values() for rec in recs]


def _records(name: str) -> list[dict]:
    return [rec for recs in _load(DATA_DIR / f"{name}.json").values() for rec in recs]


def _builder(name: str):
    """benchmarks/data/<name>.py run from its path (it puts its own folder on sys.path)."""
    spec = importlib.util.spec_from_file_location(name, DATA_DIR / f"{name}.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder


@pytest.mark.parametrize("name", SETS)
def test_every_function_in_both_halves_split_by_the_id_hash(name):
    splits = _load(DATA_DIR / f"{name}.json")
    assert sorted(splits) == ["dev", "test"] and len(_requests(splits)) >= 280
    for half in ("dev", "test"):
        assert EVERY_FUNCTION <= {rec["Function"] for rec in splits[half]}, half
        ids = [rec["ID"] for rec in splits[half]]
        assert all(i.startswith(SETS[name][0]) for i in ids)
        parity = {int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 for i in ids}
        assert parity == ({0} if half == "dev" else {1}), half


@pytest.mark.parametrize("name", SETS)
def test_every_style_and_many_columns(name):
    records = _records(name)
    assert {rec["Tags"][0] for rec in records} == SETS[name][2]
    assert all(len(rec["Tags"]) == 2 for rec in records)
    assert len({rec["Data"][0][0] for rec in records}) >= SETS[name][3]
    assert all(12 <= len(rec["Data"]) - 1 <= 20 and len(rec["Data"][0]) == 1 for rec in records)


@pytest.mark.parametrize("name", SETS)
def test_no_request_is_written_twice_or_taken_from_another_set(name):
    mine = _requests(_load(DATA_DIR / f"{name}.json"))
    assert len(set(mine)) == len(mine)
    for other in SETS[name][4]:
        assert not set(mine) & set(_requests(_load(DATA_DIR / other))), other


@pytest.mark.skipif(not TRAIN.exists(), reason=f"benchmark train split absent: {TRAIN}")
@pytest.mark.parametrize("name", SETS)
def test_no_request_is_taken_from_the_train_split(name):
    assert not set(_requests(_load(DATA_DIR / f"{name}.json"))) & set(_requests(_load(TRAIN)))


@pytest.mark.parametrize("name, rec", [(name, rec) for name in SETS for rec in _records(name)],
                         ids=lambda value: value["ID"] if isinstance(value, dict) else value)
def test_labels_are_what_the_executor_formats(name, rec):
    """Each record on its own (`set_files.check_one_column_record`), and the set's tag last."""
    assert rec["Tags"][-1] == SETS[name][1]
    check_one_column_record(rec)


@pytest.mark.parametrize("name", SETS)
def test_committed_file_is_what_the_script_builds(name):
    built = _builder(name).build()  # also runs the near-miss and other-set checks on every record
    assert sorted(built, key=lambda r: r["ID"]) == sorted(_records(name), key=lambda r: r["ID"])


@pytest.mark.parametrize("name", SETS)
def test_the_builder_refuses_a_weak_column_a_borrowed_request_and_an_unknown_tag(name):
    """The checks bite: `> N` on a column without N cannot be told from `>= N`, a request that
    another set already holds is refused, and so is a style or persona outside the set's."""
    builder = _builder(name)
    (weak, rule, near), (request, code, key, tag), lender = SETS[name][5:8]
    assert near in builder.weak_near_misses(rule, weak)
    taken = builder.other_requests()
    assert builder.problems_of(builder.make_record(request, code, key, (tag,)), taken) == []
    borrowed = builder.make_record(_load(DATA_DIR / lender)["dev"][0]["NL Utterance"], code, key, (tag,))
    assert any("another set" in problem for problem in builder.problems_of(borrowed, taken))
    with pytest.raises(SystemExit, match="unknown"):
        builder.make_record(request, code, key, ("no-such-tag",))
