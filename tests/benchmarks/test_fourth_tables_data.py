"""benchmarks/data/fourth_tables.json is what benchmarks/data/fourth_tables.py builds, its labels are
the rows the executor formats at the bench's reference date, its tables can tell each rule from its
near misses and from the same rule on another column, and it is a set of its own: ten tables no
earlier set uses, no request (case aside) of any other set file or of the benchmark's train split,
`e4t-` IDs split by the ID hash, about half whole-row requests, every one of the 41 top functions
in both halves and in both scopes, one tested column per rule, one naming tag per record."""

from __future__ import annotations

import hashlib
import json

import pytest

from cf_assistant.languages.cf import formatted_rows, parse, table_from_records, to_text
from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS
from set_files import DATA, TRAIN, builder, records
EARLIER = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
           "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json", "forum_tables.json",
           "annotator_tables.json", "template_tables.json", "spoken_cf.json", "posts_tables.json")
OTHER_FUNCTIONS = ("Between NotBetween Top Bottom TopPercent BottomPercent AboveAverage BelowAverage "
                   "Duplicates Unique Blanks NotBlanks Errors NotErrors ColorScale DataBar IconSet AND OR NOT").split()
EVERY_FUNCTION = frozenset(COMPARE_OPS + TEXT_OPS + PERIODS) | set(OTHER_FUNCTIONS)
NAMINGS = {"by-header", "by-meaning", "by-value"}


@pytest.fixture(scope="module")
def module():
    return builder("fourth_tables")


@pytest.fixture(scope="module")
def fourth() -> list[dict]:
    return records("fourth_tables.json")


def test_the_file_is_what_the_builder_writes(module, fourth):
    built = module.build()
    on_file = {r["ID"]: {k: v for k, v in r.items() if k != "split"} for r in fourth}
    assert {r["ID"]: r for r in built} == on_file
    assert len(built) == len(fourth)


def test_each_label_is_a_row_the_executor_formats(fourth):
    from cf_assistant.data import REFERENCE_DATE

    for record in fourth:
        rule, header = parse(record["Code"]), record["Data"][0]
        column = header.index(record["Column"])
        assert record["Today"] == REFERENCE_DATE.isoformat() and to_text(rule) == record["Code"]
        assert f"c[{column}]" in record["Code"] and record["Columns"] == [record["Column"]], record["ID"]
        rows = set(formatted_rows(rule, table_from_records(record["Data"]), column, REFERENCE_DATE))
        labelled = {i - 1 for i, label in enumerate(record["Labels"]) if label}
        assert record["Labels"][0] == 0 and labelled == rows, record["ID"]
        assert 0 < len(rows) < len(record["Data"]) - 1, record["ID"]


def test_near_misses_and_other_columns_are_told_apart(module, fourth):
    """everyday_tables' checks on every committed record: near misses (text operators exempt) and
    the same rule on another column format other rows."""
    base = module.base
    rule_texts = {module.build_record(table, entry)["ID"]: entry[1]
                  for table, entries in module.ENTRIES.items() for entry in entries}
    for record in fourth:
        clean = {k: v for k, v in record.items() if k != "split"}
        assert base.problems(clean, rule_texts[record["ID"]]) == [], record["ID"]


def test_split_ids_tags_and_scopes(fourth):
    assert len(fourth) >= 240 and len({r["Table"] for r in fourth}) == 10
    for record in fourth:
        even = int(hashlib.sha1(record["ID"].encode()).hexdigest(), 16) % 2 == 0
        assert record["split"] == ("dev" if even else "test"), record["ID"]
        assert record["ID"].startswith("e4t-") and record["Tags"][-1] == "fourth", record["ID"]
        assert record["Tags"][0] in NAMINGS and len(set(record["Tags"]) & NAMINGS) == 1, record["ID"]
        assert 12 <= len(record["Data"]) - 1 <= 20 and 6 <= len(record["Data"][0]) <= 9
    whole_rows = sum(r["Scope"] == "rows" for r in fourth) / len(fourth)
    assert {r["Scope"] for r in fourth} == {"rows", "cells"} and 0.4 <= whole_rows <= 0.6
    assert {r["Tags"][0] for r in fourth} == NAMINGS
    assert len(EVERY_FUNCTION) == 41
    for field, halves in (("split", ("dev", "test")), ("Scope", ("rows", "cells"))):
        for half in halves:
            functions = {r["Function"] for r in fourth if r[field] == half}
            assert functions == EVERY_FUNCTION, (half, EVERY_FUNCTION - functions)


def test_new_tables_and_new_requests(fourth):
    others = sorted(path.name for path in DATA.glob("*.json") if path.name != "fourth_tables.json")
    assert set(EARLIER) <= set(others)
    earlier = [r for name in others for r in records(name)]
    old_tables = {r["Table"] for r in earlier if "Table" in r}
    old_requests = {r["NL Utterance"].strip().lower() for r in earlier}
    if TRAIN.exists():
        train = json.loads(TRAIN.read_text(encoding="utf-8"))
        old_requests |= {str(r["NL Utterance"]).strip().lower() for recs in train.values() for r in recs}
    assert not {r["Table"] for r in fourth} & old_tables
    assert [r["NL Utterance"] for r in fourth if r["NL Utterance"].strip().lower() in old_requests] == []
    assert len({r["NL Utterance"].strip().lower() for r in fourth}) == len(fourth)
    assert not any(r["ID"].startswith("e4t-") for r in earlier)
