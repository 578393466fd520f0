"""The fifth to twentieth table sets (benchmarks/data/fifth_tables.json, sixth_tables.json,
seventh_tables.json, eighth_tables.json, ninth_tables.json, tenth_tables.json, eleventh_tables.json,
twelfth_tables.json, thirteenth_tables.json, fourteenth_tables.json, fifteenth_tables.json,
sixteenth_tables.json, seventeenth_tables.json, eighteenth_tables.json, nineteenth_tables.json,
twentieth_tables.json, twentyfirst_tables.json, twentysecond_tables.json,
twentythird_tables.json, twentyfourth_tables.json, twentyfifth_tables.json,
twentysixth_tables.json, twentyseventh_tables.json, twentyeighth_tables.json,
twentyninth_tables.json, thirtieth_tables.json,
thirtyfirst_tables.json, thirtysecond_tables.json, thirtythird_tables.json,
thirtyfourth_tables.json, thirtyfifth_tables.json) are what
their builders write: labels are the rows the executor formats on each record's full table at the
bench's reference date, their tables can tell each rule from its near misses and from the same rule on
another column, about a third of the records are written header-only (`Data` = [header], `Labels` = []),
and each is a set of its own: tables no earlier set uses, no request (case aside) of any other set file
or of the benchmark's train split, IDs with the set's prefix split by the ID hash, about half whole-row
requests, every one of the 41 top functions in both halves, one tested column per rule, one naming and
one style tag per record (the set's own styles: tenth_tables has `annotator`, `forum`, `sms`,
`nonnative`, `meeting`; eleventh_tables `annotator`, `forum`, `story`, `formulaish`, `exercise`;
twelfth_tables `annotator`, `forum`, `programmer`, `ifthen`, `formatfirst`; thirteenth_tables
`annotator`, `forum`, `spec`, `slang`, `formal`; fourteenth_tables `annotator`, `forum`, `steps`,
`shouting`, `contrastive`; fifteenth_tables `annotator`, `forum`, `prompt`, `email`, `comparative`;
sixteenth_tables `annotator`, `forum`, `dialogue`, `policy`, `quizform`; seventeenth_tables
`annotator`, `forum`, `correction`, `hedged`, `emoji`, `headline`; eighteenth_tables `annotator`,
`forum`, `units`, `arithmetic`, `typos`, `hashtag`; nineteenth_tables `annotator`, `forum`,
`distractor`, `symbols`, `regional`, `idiom`; twentieth_tables `annotator`, `forum`, `menu`, `legalese`,
`teen`, `reference`; twentyfirst_tables `annotator`, `forum`, `code-switch`, `double-negative`,
`sarcastic`, `puzzle`; twentysecond_tables `annotator`, `forum`, `other-app`, `rationale`,
`checklist`, `scope-heavy`; twentythird_tables `annotator`, `forum`, `reported`, `redo`, `markdown`,
`payload`; twentyfourth_tables `annotator`, `forum`, `sql`, `gherkin`, `ocr`, `verse`; twentyfifth_tables
`annotator`, `forum`, `regex`, `cli`, `bug-report`, `numerals`; twentysixth_tables `annotator`, `forum`,
`commit`, `diff`, `math`, `definition`; twentyseventh_tables `annotator`, `forum`, `tldr`, `html`,
`telegram`, `recipe`; twentyeighth_tables `annotator`, `forum`, `ascii-table`, `identifier`,
`jargon`, `footnote`; twentyninth_tables `annotator`, `forum`, `url`, `alerting`,
`changelog`, `eli5`; thirtieth_tables `annotator`, `forum`, `log-line`, `archaic`, `academic`,
`config`; thirtyfirst_tables `annotator`, `forum`, `css`, `subtitle`, `pirate`, `stacktrace`; thirtysecond_tables
`annotator`, `forum`, `calendar`, `receipt`, `yoda`, `sportscast`; thirtythird_tables `annotator`, `forum`,
`radio`, `horoscope`, `military`, `auction`; thirtyfourth_tables `annotator`, `forum`, `weather`, `quest`,
`transcript`, `thread`; thirtyfifth_tables `annotator`, `forum`, `screenplay`,
`prescription`, `navigation`, `classified`), column letters true for the table placed at A1.
Each test runs on every one of these sets (their builders share `benchmarks/data/table_sets.py`)."""

from __future__ import annotations

import re

import pytest

from cf_assistant.languages.cf.rules import COMPARE_OPS, PERIODS, TEXT_OPS
from set_files import (
    DATA, TRAIN, borrowed, builder, check_full_tables, check_ids_and_tags, check_written, from_train,
    records,
)

FOURTH_AND_EARLIER = (
    "everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json", "third_cf.json",
    "third_tables.json", "web_cf.json", "plain_cf.json", "forum_tables.json", "annotator_tables.json",
    "template_tables.json", "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json")
LATER = ("fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
         "seventeenth eighteenth nineteenth twentieth twentyfirst twentysecond twentythird twentyfourth "
         "twentyfifth twentysixth twentyseventh twentyeighth twentyninth thirtieth thirtyfirst thirtysecond "
         "thirtythird thirtyfourth thirtyfifth").split()


def written_before(tag: str) -> tuple[str, ...]:
    """The set files written before the set `tag` ("ninth"): the fourth and earlier, then each later pair."""
    return FOURTH_AND_EARLIER + tuple(f"{t}_{kind}.json" for t in LATER[:LATER.index(tag)]
                                      for kind in ("cf", "tables"))


# per set: ID prefix, set tag, records (least, most), tables (least, most), set files written before it
SETS = {
    "fifth_tables": ("e5t-", "fifth", (260, 320), (10, 12), written_before("fifth")),
    "sixth_tables": ("e6t-", "sixth", (250, 320), (10, 10), written_before("sixth")),
    "seventh_tables": ("e7t-", "seventh", (260, 320), (10, 12), written_before("seventh")),
    "eighth_tables": ("e8t-", "eighth", (260, 320), (10, 12), written_before("eighth")),
    "ninth_tables": ("n9t-", "ninth", (260, 320), (10, 12), written_before("ninth")),
    "tenth_tables": ("t10t-", "tenth", (290, 340), (11, 12), written_before("tenth")),
    "eleventh_tables": ("e11t-", "eleventh", (290, 340), (11, 12), written_before("eleventh")),
    "twelfth_tables": ("t12t-", "twelfth", (290, 340), (11, 12), written_before("twelfth")),
    "thirteenth_tables": ("t13t-", "thirteenth", (290, 340), (11, 12), written_before("thirteenth")),
    "fourteenth_tables": ("f14t-", "fourteenth", (290, 340), (11, 12), written_before("fourteenth")),
    "fifteenth_tables": ("f15t-", "fifteenth", (290, 340), (11, 12), written_before("fifteenth")),
    "sixteenth_tables": ("s16t-", "sixteenth", (290, 340), (11, 12), written_before("sixteenth")),
    "seventeenth_tables": ("s17t-", "seventeenth", (300, 370), (11, 12), written_before("seventeenth")),
    "eighteenth_tables": ("e18t-", "eighteenth", (320, 380), (11, 12), written_before("eighteenth")),
    "nineteenth_tables": ("n19t-", "nineteenth", (320, 380), (11, 12), written_before("nineteenth")),
    "twentieth_tables": ("t20t-", "twentieth", (320, 380), (11, 12), written_before("twentieth")),
    "twentyfirst_tables": ("t21t-", "twentyfirst", (320, 380), (11, 12), written_before("twentyfirst")),
    "twentysecond_tables": ("t22t-", "twentysecond", (320, 380), (11, 12), written_before("twentysecond")),
    "twentythird_tables": ("t23t-", "twentythird", (320, 380), (11, 12), written_before("twentythird")),
    "twentyfourth_tables": ("t24t-", "twentyfourth", (320, 380), (11, 12), written_before("twentyfourth")),
    "twentyfifth_tables": ("t25t-", "twentyfifth", (320, 380), (11, 12), written_before("twentyfifth")),
    "twentysixth_tables": ("t26t-", "twentysixth", (320, 380), (11, 12), written_before("twentysixth")),
    "twentyseventh_tables": ("t27t-", "twentyseventh", (320, 380), (11, 12), written_before("twentyseventh")),
    "twentyeighth_tables": ("t28t-", "twentyeighth", (320, 380), (11, 12), written_before("twentyeighth")),
    "twentyninth_tables": ("t29t-", "twentyninth", (320, 380), (11, 12), written_before("twentyninth")),
    "thirtieth_tables": ("t30t-", "thirtieth", (320, 380), (11, 12), written_before("thirtieth")),
    "thirtyfirst_tables": ("t31t-", "thirtyfirst", (320, 380), (11, 12), written_before("thirtyfirst")),
    "thirtysecond_tables": ("t32t-", "thirtysecond", (320, 380), (11, 12), written_before("thirtysecond")),
    "thirtythird_tables": ("t33t-", "thirtythird", (320, 380), (11, 12), written_before("thirtythird")),
    "thirtyfourth_tables": ("t34t-", "thirtyfourth", (320, 380), (11, 12), written_before("thirtyfourth")),
    "thirtyfifth_tables": ("t35t-", "thirtyfifth", (320, 380), (11, 12), written_before("thirtyfifth")),
}
OTHER_FUNCTIONS = ("Between NotBetween Top Bottom TopPercent BottomPercent AboveAverage BelowAverage Duplicates "
                   "Unique Blanks NotBlanks Errors NotErrors ColorScale DataBar IconSet AND OR NOT").split()
EVERY_FUNCTION = frozenset(COMPARE_OPS + TEXT_OPS + PERIODS) | set(OTHER_FUNCTIONS)
NAMINGS = {"by-header", "by-meaning", "by-value"}
STYLES = {"forum", "annotator", "chat", "terse"}
# a set with styles of its own (the others use STYLES)
SET_STYLES = {"tenth_tables": {"annotator", "forum", "sms", "nonnative", "meeting"},
              "eleventh_tables": {"annotator", "forum", "story", "formulaish", "exercise"},
              "twelfth_tables": {"annotator", "forum", "programmer", "ifthen", "formatfirst"},
              "thirteenth_tables": {"annotator", "forum", "spec", "slang", "formal"},
              "fourteenth_tables": {"annotator", "forum", "steps", "shouting", "contrastive"},
              "fifteenth_tables": {"annotator", "forum", "prompt", "email", "comparative"},
              "sixteenth_tables": {"annotator", "forum", "dialogue", "policy", "quizform"},
              "seventeenth_tables": {"annotator", "forum", "correction", "hedged", "emoji", "headline"},
              "eighteenth_tables": {"annotator", "forum", "units", "arithmetic", "typos", "hashtag"},
              "nineteenth_tables": {"annotator", "forum", "distractor", "symbols", "regional", "idiom"},
              "twentieth_tables": {"annotator", "forum", "menu", "legalese", "teen", "reference"},
              "twentyfirst_tables": {"annotator", "forum", "code-switch", "double-negative", "sarcastic", "puzzle"},
              "twentysecond_tables": {"annotator", "forum", "other-app", "rationale", "checklist", "scope-heavy"},
              "twentythird_tables": {"annotator", "forum", "reported", "redo", "markdown", "payload"},
              "twentyfourth_tables": {"annotator", "forum", "sql", "gherkin", "ocr", "verse"},
              "twentyfifth_tables": {"annotator", "forum", "regex", "cli", "bug-report", "numerals"},
              "twentysixth_tables": {"annotator", "forum", "commit", "diff", "math", "definition"},
              "twentyseventh_tables": {"annotator", "forum", "tldr", "html", "telegram", "recipe"},
              "twentyeighth_tables": {"annotator", "forum", "ascii-table", "identifier", "jargon", "footnote"},
              "twentyninth_tables": {"annotator", "forum", "url", "alerting", "changelog", "eli5"},
              "thirtieth_tables": {"annotator", "forum", "log-line", "archaic", "academic", "config"},
              "thirtyfirst_tables": {"annotator", "forum", "css", "subtitle", "pirate", "stacktrace"},
              "thirtysecond_tables": {"annotator", "forum", "calendar", "receipt", "yoda", "sportscast"},
              "thirtythird_tables": {"annotator", "forum", "radio", "horoscope", "military", "auction"},
              "thirtyfourth_tables": {"annotator", "forum", "weather", "quest", "transcript", "thread"},
              "thirtyfifth_tables": {"annotator", "forum", "screenplay", "prescription", "navigation",
                                     "classified"}}


@pytest.fixture(scope="module", params=sorted(SETS))
def stem(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def module(stem):
    return builder(stem)


@pytest.fixture(scope="module")
def full(module) -> dict[str, dict]:
    return {record["ID"]: record for record in module.build_full()}


@pytest.fixture(scope="module")
def written(stem) -> list[dict]:
    return records(f"{stem}.json")


def test_the_file_is_what_the_builder_writes(module, full, written):
    check_written(module, full, written)


def test_each_label_is_a_row_the_executor_formats_on_the_full_table(full):
    check_full_tables(full, (7, 10))
    for rid, record in full.items():
        assert record["Columns"] == [record["Column"]], rid
        tested = str(record["Data"][0].index(record["Column"]))
        assert set(re.findall(r"c\[(\d+)\]", record["Code"])) == {tested}, rid


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


def test_split_ids_tags_and_scopes(stem, written):
    prefix, tag, (least, most), (fewest, tables), _ = SETS[stem]
    styles = SET_STYLES.get(stem, STYLES)
    assert least <= len(written) <= most and fewest <= len({r["Table"] for r in written}) <= tables
    for record in written:
        check_ids_and_tags(record, prefix, tag, styles, NAMINGS)
        assert record["Tags"][-1] == tag and record["Tags"][0] in NAMINGS and record["Tags"][1] in styles
    whole_rows = sum(r["Scope"] == "rows" for r in written) / len(written)
    assert 0.4 <= whole_rows <= 0.6
    assert {r["Tags"][0] for r in written} == NAMINGS and {r["Tags"][1] for r in written} == styles
    assert len(EVERY_FUNCTION) == 41
    for half in ("dev", "test"):
        functions = {r["Function"] for r in written if r["split"] == half}
        assert functions == EVERY_FUNCTION, (half, EVERY_FUNCTION - functions)


def test_column_letters_are_the_columns_of_the_rule(module, written):
    for record in written:
        named = module.letters_named(record["NL Utterance"])
        letters = {"ABCDEFGHIJ"[record["Data"][0].index(name)] for name in record["Columns"]}
        assert named <= letters, record["NL Utterance"]


def test_new_tables_and_new_requests(stem, written):
    prefix, _, _, _, earlier_sets = SETS[stem]
    others = sorted(path.name for path in DATA.glob("*.json") if path.name != f"{stem}.json")
    assert set(earlier_sets) <= set(others)
    earlier = [r for name in others for r in records(name)]
    assert not {r["Table"] for r in written} & {r["Table"] for r in earlier if "Table" in r}
    assert borrowed(written, others) == []
    assert len({r["NL Utterance"].strip().lower() for r in written}) == len(written)
    assert not any(r["ID"].startswith(prefix) for r in earlier)


@pytest.mark.skipif(not TRAIN.exists(), reason="../shared/data/cf/train.json is absent")
def test_no_request_of_the_train_split(written):
    assert from_train(written) == []
