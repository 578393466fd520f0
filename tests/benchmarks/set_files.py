"""What the tests of the table sets' builders share: a set file's records and a builder module."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
TRAIN = ROOT.parent / "shared" / "data" / "cf" / "train.json"
PERIODS = {"LastMonth", "ThisMonth", "Yesterday", "Today", "Tomorrow", "Last7Days", "LastWeek",
           "ThisWeek", "NextWeek", "NextMonth"}


def builder_fixtures(stem: str):
    """The module-scoped fixtures of a table set's test: `module` (its builder), `full` (every
    record on its full table, by ID: the builder's checks run on these) and `written` (the
    committed file's records); a test module binds them: `module, full, written = ...`."""
    import pytest

    @pytest.fixture(scope="module")
    def module():
        return builder(stem)

    @pytest.fixture(scope="module")
    def full(module) -> dict[str, dict]:
        return {record["ID"]: record for record in module.build_full()}

    @pytest.fixture(scope="module")
    def written() -> list[dict]:
        return records(f"{stem}.json")

    return module, full, written


def check_written(module, full: dict[str, dict], written: list[dict]) -> None:
    """The committed records are the builder's full records in their written form (`strip`)."""
    assert sorted(r["ID"] for r in written) == sorted(full)
    for record in written:
        assert {k: v for k, v in record.items() if k != "split"} == module.strip(full[record["ID"]])


def check_full_tables(full: dict[str, dict], columns: tuple[int, int]) -> None:
    """Each record on its full table: a canonical rule on its `Column` (the first `c[i]` it
    names), the bench's date, a table of `columns` (least, most) columns and 12 to 16 data rows,
    the executor's labels, some rows formatted but not all."""
    import re

    from cf_assistant.data import REFERENCE_DATE
    from cf_assistant.languages.cf import parse, to_text

    for rid, record in full.items():
        assert to_text(parse(record["Code"])) == record["Code"] and record["Today"] == str(REFERENCE_DATE), rid
        first = re.search(r"c\[(\d+)\]", record["Code"]).group(1)
        assert record["Data"][0][int(first)] == record["Column"], rid
        assert columns[0] <= len(record["Data"][0]) <= columns[1] and 12 <= len(record["Data"]) - 1 <= 16, rid
        assert record["Labels"] == executor_labels(record), rid
        assert 0 < sum(record["Labels"]) < len(record["Data"]) - 1, rid


def records(name: str) -> list[dict]:
    """The records of a set file, each with its split added."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [{**record, "split": split} for split, recs in json.loads(text).items() for record in recs]


def builder(stem: str):
    """A builder loaded from its file (it puts its own folder on sys.path for its imports)."""
    spec = importlib.util.spec_from_file_location(stem, DATA / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def executor_labels(record: dict) -> list[int]:
    """0 for the header, then 1 per data row the executor formats at the bench's date (a table
    record: its rule runs on the column named `Column`)."""
    from cf_assistant.data import REFERENCE_DATE
    from cf_assistant.languages.cf import formatted_rows, parse, table_from_records

    rows = formatted_rows(parse(record["Code"]), table_from_records(record["Data"]),
                          record["Data"][0].index(record["Column"]), REFERENCE_DATE)
    return [0] + [int(row in set(rows)) for row in range(len(record["Data"]) - 1)]


def check_one_column_record(rec: dict) -> None:
    """A one-column record on its own: canonical rule, Function, Today, and labels that the
    executor gives again and that format some data rows but not all (assertions)."""
    from cf_assistant.data import REFERENCE_DATE
    from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text

    assert rec["Today"] == REFERENCE_DATE.isoformat()
    rule = parse(rec["Code"])
    assert to_text(rule) == rec["Code"] and rec["Code"].startswith(rec["Function"] + "(")
    formatted = set(formatted_rows(rule, table_from_records(rec["Data"]), 0, REFERENCE_DATE))
    assert rec["Labels"][0] == 0 and len(rec["Labels"]) == len(rec["Data"])
    assert {i for i, label in enumerate(rec["Labels"][1:]) if label} == formatted
    assert 0 < len(formatted) < len(rec["Data"]) - 1


def _said(record: dict) -> str:
    return str(record["NL Utterance"]).strip().lower()


def borrowed(written: list[dict], names) -> list[str]:
    """The requests of `written` that one of the set files `names` holds too (case aside)."""
    old = {_said(r) for name in names for r in records(name)}
    return [r["NL Utterance"] for r in written if _said(r) in old]


def from_train(written: list[dict]) -> list[str]:
    """The requests of `written` that the benchmark's train split holds (case aside)."""
    splits = json.loads(TRAIN.read_text(encoding="utf-8"))
    train = {_said(r) for recs in splits.values() for r in recs}
    return [r["NL Utterance"] for r in written if _said(r) in train]


def check_ids_and_tags(record: dict, prefix: str, tag: str, styles: set[str], namings: set[str]) -> None:
    """A table set's record: its split is its ID's hash (even: dev), its ID has the set's prefix,
    its tags the set's tag and one style and one way of naming the column, its scope rows or cells."""
    import hashlib

    even = int(hashlib.sha1(record["ID"].encode()).hexdigest(), 16) % 2 == 0
    assert record["split"] == ("dev" if even else "test"), record["ID"]
    assert record["ID"].startswith(prefix) and tag in record["Tags"], record["ID"]
    tags = set(record["Tags"])
    assert len(styles & tags) == 1 and len(namings & tags) == 1, record["ID"]
    assert record["Scope"] in ("rows", "cells"), record["ID"]


def check_built_is_committed(module, path: Path, tmp_path: Path) -> None:
    """A one-column set's builder builds the committed file's records (running every check on
    each) and writes the file byte for byte."""
    built = module.build()
    by_id = lambda rec: rec["ID"]  # noqa: E731
    committed = [rec for recs in json.loads(path.read_text(encoding="utf-8")).values() for rec in recs]
    assert sorted(built, key=by_id) == sorted(committed, key=by_id)
    module.write_splits(tmp_path / "again.json", built)
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def check_no_request_shared(path: Path, at_least: int = 1) -> None:
    """No request of the set file at `path` is written twice or held by another set file of its
    folder (at least `at_least` of them there)."""
    said = lambda p: [str(r["NL Utterance"]).strip().lower()  # noqa: E731
                      for recs in json.loads(p.read_text(encoding="utf-8")).values() for r in recs]
    mine = said(path)
    assert len(set(mine)) == len(mine)
    others = sorted(other for other in path.parent.glob("*.json") if other != path)
    assert len(others) >= at_least, "set files missing"
    for other in others:
        assert not set(mine) & set(said(other)), other.name


def _every_function() -> frozenset:
    """The 41 top functions of the CF language (every one-column set holds each in both halves)."""
    from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS as PERIOD_NAMES, TEXT_OPS, VISUAL_KINDS

    others = ("Between NotBetween Top Bottom TopPercent BottomPercent AboveAverage BelowAverage "
              "Duplicates Unique Blanks NotBlanks Errors NotErrors NOT AND OR").split()
    return frozenset(COMPARE_OPS + TEXT_OPS + PERIOD_NAMES + VISUAL_KINDS) | set(others)


def check_halves(path: Path, prefix: str, at_least: int, at_most: int | None = None) -> None:
    """A one-column set file: dev and test halves by the ID hash, `at_least` (to `at_most`)
    records, IDs prefixed `prefix-`, every CF function in both halves."""
    splits = json.loads(path.read_text(encoding="utf-8"))
    total = sum(len(recs) for recs in splits.values())
    assert sorted(splits) == ["dev", "test"] and at_least <= total <= (at_most or total)
    every = _every_function()
    assert len(every) == 41
    for half in ("dev", "test"):
        assert every <= {rec["Function"] for rec in splits[half]}, half
        ids = [rec["ID"] for rec in splits[half]]
        assert all(i.startswith(f"{prefix}-") for i in ids)
        parity = {int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 for i in ids}
        assert parity == ({0} if half == "dev" else {1}), half


def check_styles_and_tags(path: Path, styles: set[str], extra: set[str], tag: str, columns: int) -> None:
    """A one-column set file: a style first, tags of `extra` between, `tag` last, every style and
    extra tag used, at least `columns` distinct columns of 12-20 cells each."""
    records = [rec for recs in json.loads(path.read_text(encoding="utf-8")).values() for rec in recs]
    assert {rec["Tags"][0] for rec in records} == styles
    assert all(rec["Tags"][-1] == tag and set(rec["Tags"][1:-1]) <= extra for rec in records)
    assert extra <= {t for rec in records for t in rec["Tags"]}
    assert len({rec["Data"][0][0] for rec in records}) >= columns
    assert all(12 <= len(rec["Data"]) - 1 <= 20 and all(len(row) == 1 for row in rec["Data"])
               for rec in records)


def check_refusals(module, weak: list[list[str]], code: str, twin: str, request: str, key: str,
                   tags: tuple[str, ...], lent_from: str) -> None:
    """A one-column builder's checks bite: `code` on the `weak` column cannot be told from
    `twin`; `request` on column `key` with `tags` passes, the first dev request of `lent_from`
    (another set) is refused, and so are an unknown style and an unknown tag."""
    import pytest

    assert twin in module.weak_near_misses(code, weak)
    taken = module.other_requests()
    assert module.problems_of(module.make_record(request, code, key, tags), taken) == []
    lent = json.loads((DATA / lent_from).read_text(encoding="utf-8"))["dev"][0]["NL Utterance"]
    borrowed = module.make_record(lent, code, key, tags[:1])
    assert any("another set" in problem for problem in module.problems_of(borrowed, taken))
    with pytest.raises(SystemExit, match="unknown"):
        module.make_record(request, code, key, ("no-such-style",))
    with pytest.raises(SystemExit, match="unknown"):
        module.make_record(request, code, key, (tags[0], "no-such-tag"))
