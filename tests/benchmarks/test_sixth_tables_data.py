"""benchmarks/data/sixth_tables.json is what benchmarks/data/sixth_tables.py builds: labels are the
rows the executor formats on each record's full table at the bench's reference date, its tables can
tell each rule from its near misses and from the same rule on another column, about a third of the
records are written header-only (`Data` = [header], `Labels` = []), and it is a set of its own:
ten tables no earlier set uses, no request (case aside) of any other set file or of the
benchmark's train split, `e6t-` IDs split by the ID hash, about half whole-row requests, every one
of the 41 top functions in both halves, one tested column per rule, one naming and one style tag
per record, column letters true for the table placed at A1."""

from __future__ import annotations

import re

import pytest

from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS
from set_files import (
    DATA, TRAIN, borrowed, builder_fixtures, check_full_tables, check_ids_and_tags, check_written,
    from_train, records,
)

module, full, written = builder_fixtures("sixth_tables")

EARLIER = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
           "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json", "forum_tables.json",
           "annotator_tables.json", "template_tables.json", "spoken_cf.json", "posts_tables.json",
           "fourth_cf.json", "fourth_tables.json", "fifth_cf.json", "fifth_tables.json")
OTHER_FUNCTIONS = ("Between NotBetween Top Bottom TopPercent BottomPercent AboveAverage BelowAverage "
                   "Duplicates Unique Blanks NotBlanks Errors NotErrors ColorScale DataBar IconSet AND OR NOT").split()
EVERY_FUNCTION = frozenset(COMPARE_OPS + TEXT_OPS + PERIODS) | set(OTHER_FUNCTIONS)
NAMINGS = {"by-header", "by-meaning", "by-value"}
STYLES = {"forum", "annotator", "chat", "terse"}


def test_the_file_is_what_the_builder_writes(module, full, written):
    check_written(module, full, written)


def test_each_label_is_a_row_the_executor_formats_on_the_full_table(full):
    check_full_tables(full, (7, 10))
    for rid, record in full.items():
        assert record["Columns"] == [record["Column"]], rid
        assert set(re.findall(r"c\[(\d+)\]", record["Code"])) == {str(record["Data"][0].index(record["Column"]))}, rid


def test_near_misses_and_other_columns_are_told_apart(module, full):
    """everyday_tables' checks on every record's full table: near misses (text operators exempt)
    and the same rule on another column format other rows."""
    rule_texts = {module.build_record(table, entry)["ID"]: entry[1]
                  for table, entries in module.ENTRIES.items() for entry in entries}
    for rid, record in full.items():
        assert module.base.problems(record, rule_texts[rid]) == [], rid


def test_header_only_records_keep_the_header_and_nothing_else(full, written):
    header_only = [r for r in written if "header-only" in r["Tags"]]
    for record in written:
        whole = full[record["ID"]]
        if "header-only" in record["Tags"]:
            assert record["Data"] == [whole["Data"][0]] and record["Labels"] == [], record["ID"]
        else:
            assert record["Data"] == whole["Data"] and record["Labels"] == whole["Labels"], record["ID"]
    assert 0.28 <= len(header_only) / len(written) <= 0.4
    assert {r["split"] for r in header_only} == {"dev", "test"}


def test_split_ids_tags_and_scopes(written):
    assert 250 <= len(written) <= 320 and len({r["Table"] for r in written}) == 10
    for record in written:
        check_ids_and_tags(record, "e6t-", "sixth", STYLES, NAMINGS)
        assert record["Tags"][-1] == "sixth" and record["Tags"][0] in NAMINGS and record["Tags"][1] in STYLES
    whole_rows = sum(r["Scope"] == "rows" for r in written) / len(written)
    assert 0.4 <= whole_rows <= 0.6
    assert {r["Tags"][0] for r in written} == NAMINGS and {r["Tags"][1] for r in written} == STYLES
    assert len(EVERY_FUNCTION) == 41
    for half in ("dev", "test"):
        functions = {r["Function"] for r in written if r["split"] == half}
        assert functions == EVERY_FUNCTION, (half, EVERY_FUNCTION - functions)


def test_column_letters_are_the_columns_of_the_rule(module, written):
    for record in written:
        named = module.letters_named(record["NL Utterance"])
        letters = {"ABCDEFGHIJ"[record["Data"][0].index(name)] for name in record["Columns"]}
        assert named <= letters, record["NL Utterance"]


def test_new_tables_and_new_requests(written):
    others = sorted(path.name for path in DATA.glob("*.json") if path.name != "sixth_tables.json")
    assert set(EARLIER) <= set(others)
    earlier = [r for name in others for r in records(name)]
    assert not {r["Table"] for r in written} & {r["Table"] for r in earlier if "Table" in r}
    assert borrowed(written, others) == []
    assert len({r["NL Utterance"].strip().lower() for r in written}) == len(written)
    assert not any(r["ID"].startswith("e6t-") for r in earlier)


@pytest.mark.skipif(not TRAIN.exists(), reason="../shared/data/cf/train.json is absent")
def test_no_request_of_the_train_split(written):
    assert from_train(written) == []
