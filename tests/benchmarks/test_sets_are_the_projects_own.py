"""The project's evaluation sets (benchmarks/data/*.json) are its own, not copies of the benchmark
data (../shared/data, read from its path, never committed): no set record shares an ID, a request
(case and spacing aside), a header row, or a column of three or more distinct cells with a record
of the benchmark's CF, Bash or Python train splits."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
SHARED = ROOT.parent / "shared" / "data"
TRAINS = [SHARED / lang / "train.json" for lang in ("cf", "bash", "python")]


def _said(text) -> str:
    return " ".join(str(text).lower().split())


def _table(data) -> list[list]:
    if isinstance(data, str):
        try:
            data = ast.literal_eval(data)
        except (ValueError, SyntaxError):
            return []
    return data if isinstance(data, list) and data and isinstance(data[0], list) else []


def _marks(record: dict) -> set[tuple]:
    """What would show a record copied: its ID, its request, its header row, its columns of 3+
    distinct cells."""
    out = {("request", _said(record.get("NL Utterance", "")))}
    table = _table(record.get("Data"))
    if table:
        out.add(("header", tuple(_said(h) for h in table[0])))
        for j in range(len(table[0])):
            column = tuple(_said(row[j]) for row in table[1:] if j < len(row))
            if len(set(column)) >= 3:
                out.add(("column", column))
    return out


def _benchmark_marks() -> tuple[set[str], set[tuple]]:
    ids, marks = set(), set()
    for path in TRAINS:
        splits = json.loads(path.read_text(encoding="utf-8"))
        for recs in splits.values():
            for r in recs:
                ids.add(f"{path.parent.name}:{r.get('ID')}")
                marks |= _marks(r)
    return ids, marks


def copied(records: list[dict], ids: set[str], marks: set[tuple]) -> list[str]:
    """The IDs of `records` that share an ID or a mark with the benchmark's records."""
    return [r["ID"] for r in records if f"cf:{r['ID']}" in ids or _marks(r) & marks]


@pytest.fixture(scope="module")
def train_marks():
    if not all(p.is_file() for p in TRAINS):
        pytest.skip("the benchmark's train splits are not at ../shared/data")
    return _benchmark_marks()


def test_a_record_copied_from_the_benchmark_is_found(train_marks):
    train = json.loads((SHARED / "cf" / "train.json").read_text(encoding="utf-8"))["train"]
    copy = dict(train[0], ID="own-1")
    assert copied([copy], *train_marks) == ["own-1"]
    reworded = dict(copy, **{"NL Utterance": "a request nobody wrote before", "Data": None})
    assert copied([reworded], *train_marks) == []


@pytest.mark.parametrize("path", sorted(DATA.glob("*.json")), ids=lambda p: p.name)
def test_no_set_record_is_a_copy_of_the_benchmarks(path, train_marks):
    records = [r for recs in json.loads(path.read_text(encoding="utf-8")).values() for r in recs]
    assert records and copied(records, *train_marks) == []
