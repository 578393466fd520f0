"""The committed third everyday set (benchmarks/data/third_cf.json) is what third_cf.py builds and
what the executor formats today: size, every CF function in both halves, hash splits, labels that
format some rows but not all, canonical rules, the `third` tag, near misses told apart, and no
request shared with the other everyday sets."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

from cf_assistant.data import REFERENCE_DATE
from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text
from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS

DATA_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
OTHER_FUNCTIONS = ("Between NotBetween Top Bottom TopPercent BottomPercent AboveAverage BelowAverage "
                   "Duplicates Unique Blanks NotBlanks Errors NotErrors NOT AND OR").split()
EVERY_FUNCTION = frozenset(COMPARE_OPS + TEXT_OPS + PERIODS + VISUAL_KINDS) | set(OTHER_FUNCTIONS)


def _load(name: str) -> dict[str, list[dict]]:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _requests(splits: dict[str, list[dict]]) -> list[str]:
    return [rec["NL Utterance"].strip().lower() for recs in splits.values() for rec in recs]


def _builder():
    """benchmarks/data/third_cf.py run from its path (it puts its own folder on sys.path)."""
    spec = importlib.util.spec_from_file_location("third_cf", DATA_DIR / "third_cf.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder


def test_every_function_in_both_halves_split_by_the_id_hash():
    third = _load("third_cf.json")
    assert sorted(third) == ["dev", "test"] and len(_requests(third)) >= 200
    for half in ("dev", "test"):
        assert EVERY_FUNCTION <= {rec["Function"] for rec in third[half]}, half
        ids = [rec["ID"] for rec in third[half]]
        assert all(i.startswith("etc-") for i in ids)
        parity = {int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 for i in ids}
        assert parity == ({0} if half == "dev" else {1}), half


def test_no_request_is_written_twice_or_taken_from_another_set():
    mine = _requests(_load("third_cf.json"))
    assert len(set(mine)) == len(mine)
    for name in ("everyday_cf.json", "fresh_cf.json", "everyday_tables.json", "fresh_tables.json"):
        assert not set(mine) & set(_requests(_load(name))), name


def test_labels_are_what_the_executor_formats():
    for rec in [rec for recs in _load("third_cf.json").values() for rec in recs]:
        assert rec["Today"] == REFERENCE_DATE.isoformat() and rec["Tags"][-1] == "third"
        rule = parse(rec["Code"])
        assert to_text(rule) == rec["Code"] and rec["Code"].startswith(rec["Function"] + "(")
        rows = formatted_rows(rule, table_from_records(rec["Data"]), 0, REFERENCE_DATE)
        expected = [0] + [int(i in rows) for i in range(len(rec["Data"]) - 1)]
        assert rec["Labels"] == expected, rec["NL Utterance"]
        assert 0 < sum(expected) < len(expected) - 1, rec["NL Utterance"]


def test_committed_file_is_what_the_script_builds():
    built = _builder().build()  # also runs the near-miss and other-set checks on every record
    committed = [rec for recs in _load("third_cf.json").values() for rec in recs]
    assert sorted(built, key=lambda r: r["ID"]) == sorted(committed, key=lambda r: r["ID"])


def test_the_builder_refuses_a_weak_column_and_a_borrowed_request():
    """The checks bite: `> 21` on a column without 21 cannot be told from `>= 21`, and a request
    that fresh_cf.json already holds is refused."""
    builder = _builder()
    weak = [["Days Out"], ["3"], ["22"], ["2"], ["210"], [""]]
    assert "GreaterThanEqual(21)" in builder.weak_near_misses("GreaterThan(21)", weak)
    taken = builder.other_requests()
    good = builder.make_record("loans out longer than 3 weeks", "GreaterThan(21)", "days_out")
    assert builder.problems_of(good, taken) == []
    borrowed = builder.make_record(_load("fresh_cf.json")["dev"][0]["NL Utterance"], "GreaterThan(21)",
                                   "days_out")
    assert any("another set" in problem for problem in builder.problems_of(borrowed, taken))
