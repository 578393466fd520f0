"""The committed fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth,
fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, twenty-first, twenty-second, twenty-third,
twenty-fourth, twenty-fifth, twenty-sixth, twenty-seventh, twenty-eighth, twenty-ninth, thirtieth, thirty-first,
thirty-second, thirty-third, thirty-fourth and thirty-fifth one-column sets (benchmarks/data/fourth_cf.json,
fifth_cf.json, sixth_cf.json, seventh_cf.json, eighth_cf.json, ninth_cf.json, tenth_cf.json, eleventh_cf.json,
twelfth_cf.json, thirteenth_cf.json, fourteenth_cf.json, fifteenth_cf.json, sixteenth_cf.json, seventeenth_cf.json,
eighteenth_cf.json, nineteenth_cf.json, twentieth_cf.json, twentyfirst_cf.json, twentysecond_cf.json,
twentythird_cf.json, twentyfourth_cf.json, twentyfifth_cf.json, twentysixth_cf.json, twentyseventh_cf.json,
twentyeighth_cf.json, twentyninth_cf.json, thirtieth_cf.json, thirtyfirst_cf.json, thirtysecond_cf.json,
thirtythird_cf.json, thirtyfourth_cf.json, thirtyfifth_cf.json) are what their builders build, byte for byte, and what
the executor formats today: size, every CF function in both halves, hash splits, labels that format some rows but not
all, canonical rules, a style first and the set's tag last, near misses told apart, and no request shared with any other
set file of benchmarks/data (a set written beside one included when present) or with the benchmark train split (that
last part is skipped, visibly, where ../shared/data/cf/train.json is absent).
Each test runs on every set of `SETS`."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from set_files import (DATA as DATA_DIR, TRAIN, builder, check_built_is_committed, check_halves,
                       check_no_request_shared, check_one_column_record, check_refusals,
                       check_styles_and_tags)

_TAGS = {"typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
         "superlative", "column-word", "boundary", "range", "polarity"}


@dataclass(frozen=True)
class Set:
    prefix: str
    tag: str
    styles: frozenset
    extra_tags: frozenset
    size: tuple[int, int | None]  # records, least and most
    half_least: int  # records in each half, least
    columns: int  # distinct columns, least
    others: int  # other set files beside it, least
    refusal: tuple  # a weak column, its rule and twin, a request that passes, its column key and
    # tags, and the set file a borrowed request comes from (`set_files.check_refusals`)


SETS = {
    "fourth_cf": Set("e4c", "fourth", frozenset({"terse", "chatty", "question", "command"}), frozenset(_TAGS),
                     (300, None), 0, 75, 1,
                     ([["Hive Weight (kg)"], ["38.5"], ["46"], ["29"], ["460"], [""]], "GreaterThan(45)",
                      "GreaterThanEqual(45)", "hives over forty-five kilos, colour them", "hive_kg",
                      ("command", "number-words"), "spoken_cf.json")),
    "fifth_cf": Set("e5c", "fifth", frozenset({"web", "forum", "chat", "terse"}),
                    frozenset(_TAGS | {"date", "visual"}), (320, 400), 150, 80, 15,
                    ([["Downloads"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                     "GreaterThanEqual(1000)", "episodes past the thousand-download mark, shade them", "pod_dl",
                     ("chat", "number-words"), "fourth_cf.json")),
    "sixth_cf": Set("e6c", "sixth", frozenset({"office", "mobile", "question", "polite"}),
                    frozenset(_TAGS | {"date", "visual"}), (300, 400), 150, 75, 15,
                    ([["Takings"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                     "GreaterThanEqual(1000)", "days the van took more than a grand, colour them", "truck_takings",
                     ("mobile", "number-words"), "fifth_cf.json")),
    "seventh_cf": Set("e7c", "seventh", frozenset({"email", "dictated", "notes", "helpdesk"}),
                      frozenset(_TAGS | {"date", "visual"}), (340, 420), 150, 80, 19,
                      ([["Visitors"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                       "GreaterThanEqual(1000)", "colour the days the zoo had more than a thousand visitors",
                       "zoo_visit", ("dictated", "number-words"), "sixth_cf.json")),
    "eighth_cf": Set("e8c", "eighth", frozenset({"slack", "ticket", "learner", "shorthand"}),
                     frozenset(_TAGS | {"date", "visual"}), (340, 420), 150, 80, 21,
                     ([["Pitch Fee (£)"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                      "GreaterThanEqual(1000)", "traders paying more than a thousand for a pitch, colour those",
                      "mf_fee", ("slack", "number-words"), "seventh_cf.json")),
    "ninth_cf": Set("n9c", "ninth", frozenset({"manager", "comment", "voice", "requirements"}),
                    frozenset(_TAGS | {"date", "visual"}), (340, 420), 150, 80, 23,
                    ([["Load Weight (kg)"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                     "GreaterThanEqual(1000)", "loads heavier than a thousand kilos colour them", "sm_kg",
                     ("voice", "number-words"), "eighth_cf.json")),
    "tenth_cf": Set("t10c", "tenth", frozenset({"sms", "followup", "minutes", "hesitant"}),
                    frozenset(_TAGS | {"date", "visual"}), (340, 420), 150, 80, 25,
                    ([["Bundles Used"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                     "GreaterThanEqual(1000)", "jobs using over a thousand bundles hl pls", "th_bundles",
                     ("sms", "number-words"), "ninth_cf.json")),
    "eleventh_cf": Set("e11c", "eleventh", frozenset({"story", "formulaish", "exercise", "frustrated"}),
                       frozenset(_TAGS | {"date", "visual"}), (340, 420), 150, 85, 27,
                       ([["Blocks Cut"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                        "GreaterThanEqual(1000)", "ugh, blocks over a thousand kilos, why won't it colour them",
                        "st_weight", ("frustrated", "number-words"), "tenth_cf.json")),
    "twelfth_cf": Set("t12c", "twelfth", frozenset({"programmer", "ifthen", "formatfirst", "pasted"}),
                      frozenset(_TAGS | {"date", "visual"}), (380, 430), 180, 90, 29,
                      ([["Slide Runs"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                       "GreaterThanEqual(1000)",
                       "if more than a thousand guests came through the gates, colour the day", "wp_visitors",
                       ("ifthen", "number-words"), "eleventh_cf.json")),
    "thirteenth_cf": Set("t13c", "thirteenth", frozenset({"spec", "slang", "formal", "translated"}),
                         frozenset(_TAGS | {"date", "visual"}), (380, 430), 180, 90, 31,
                         ([["Rental Miles"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                          "GreaterThanEqual(1000)",
                          "it is kindly requested that hires exceeding one thousand miles be distinguished",
                          "cr_miles", ("formal", "number-words"), "twelfth_cf.json")),
    "fourteenth_cf": Set("f14c", "fourteenth", frozenset({"steps", "shouting", "contrastive", "example"}),
                         frozenset(_TAGS | {"date", "visual"}), (380, 430), 180, 90, 33,
                         ([["Wingspan (mm)"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                          "GreaterThanEqual(1000)", "WINGSPANS OVER ONE THOUSAND MM -> GIANT SCALE -> ORANGE",
                          "ma_span", ("shouting", "number-words"), "thirteenth_cf.json")),
    "fifteenth_cf": Set("f15c", "fifteenth", frozenset({"prompt", "email", "abbrev", "comparative"}),
                        frozenset(_TAGS | {"date", "visual"}), (380, 430), 180, 90, 35,
                        ([["Quote (£)"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                         "GreaterThanEqual(1000)", "Hi Meg, can you shade the quotes over a thousand? Ta, Bryn",
                         "dp_quote", ("email", "number-words"), "fourteenth_cf.json")),
    "sixteenth_cf": Set("s16c", "sixteenth", frozenset({"dialogue", "policy", "quizform", "notes"}),
                        frozenset(_TAGS | {"date", "visual"}), (380, 430), 180, 90, 37,
                        ([["Fuel Load (l)"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                         "GreaterThanEqual(1000)",
                         "A: can you shade the heavy fuel loads? B: heavy meaning? A: anything over a thousand litres",
                         "cg_fuel", ("dialogue", "number-words"), "fifteenth_cf.json")),
    "seventeenth_cf": Set("s17c", "seventeenth", frozenset({"correction", "hedged", "emoji", "headline"}),
                          frozenset(_TAGS | {"date", "visual"}), (400, 450), 180, 100, 39,
                          ([["Eggs Collected"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                           "GreaterThanEqual(1000)", "🥚 days with more than a thousand eggs laid", "ef_eggs",
                           ("emoji", "number-words"), "sixteenth_cf.json")),
    "eighteenth_cf": Set("e18c", "eighteenth", frozenset({"units", "arithmetic", "typos", "hashtag"}),
                         frozenset(_TAGS | {"date", "visual"}), (400, 460), 180, 100, 41,
                         ([["Rope Length (m)"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                          "GreaterThanEqual(1000)", "ropes over a thousand metres #longlines", "mf_rope",
                          ("hashtag", "number-words"), "seventeenth_cf.json")),
    "nineteenth_cf": Set("n19c", "nineteenth", frozenset({"distractor", "symbols", "regional", "idiom"}),
                         frozenset(_TAGS | {"date", "visual"}), (420, 460), 200, 110, 43,
                         ([["Bales Dispatched"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                          "GreaterThanEqual(1000)", "bales past the thousand mark ✓", "cm_bales",
                          ("symbols", "number-words"), "eighteenth_cf.json")),
    "twentieth_cf": Set("t20c", "twentieth", frozenset({"menu", "legalese", "teen", "reference"}),
                        frozenset(_TAGS | {"date", "visual"}), (420, 460), 200, 105, 45,
                        ([["Pumpkin Weight (lb)"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                         "GreaterThanEqual(1000)", "pumpkins heavier than a thousand pounds ngl, highlight em",
                         "fa_pump", ("teen", "number-words"), "nineteenth_cf.json")),
    "twentyfirst_cf": Set("t21c", "twentyfirst",
                          frozenset({"code-switch", "double-negative", "sarcastic", "puzzle"}),
                          frozenset(_TAGS | {"date", "visual"}), (420, 460), 200, 108, 47,
                          ([["Gig Fee ($)"], ["1250"], ["3400"], ["980"], ["12000"], [""]], "GreaterThan(1000)",
                           "GreaterThanEqual(1000)", "oh sure, gigs paying more than a thousand, how nice for them",
                           "mb_fee", ("sarcastic", "number-words"), "twentieth_cf.json")),
    "twentysecond_cf": Set("t22c", "twentysecond",
                           frozenset({"other-app", "rationale", "checklist", "scope-heavy"}),
                           frozenset(_TAGS | {"date", "visual"}), (420, 460), 200, 108, 49,
                           ([["Scoops Sold"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                            "GreaterThanEqual(40)", "Numbers user: Highlight Cells If > Number > greater than > 40",
                            "ge_scoops", ("other-app",), "twentyfirst_cf.json")),
    "twentythird_cf": Set("t23c", "twentythird",
                          frozenset({"reported", "redo", "markdown", "payload"}),
                          frozenset(_TAGS | {"date", "visual"}), (420, 460), 190, 108, 51,
                          ([["Birds Counted"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                           "GreaterThanEqual(40)", "the warden's note says: colour the counts above 40",
                           "bw_count", ("reported",), "twentysecond_cf.json")),
    "twentyfourth_cf": Set("t24c", "twentyfourth",
                           frozenset({"sql", "gherkin", "ocr", "verse"}),
                           frozenset(_TAGS | {"date", "visual"}), (420, 460), 200, 108, 53,
                           ([["Lance Hits"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                            "GreaterThanEqual(40)",
                            "Given the dozens steamed, When a batch is over 40 dozen, Then shade it", "tk_dozens",
                            ("gherkin",), "twentythird_cf.json")),
    "twentyfifth_cf": Set("t25c", "twentyfifth",
                          frozenset({"regex", "cli", "bug-report", "numerals"}),
                          frozenset(_TAGS | {"date", "visual"}), (420, 460), 200, 108, 55,
                          ([["Eggs Laid"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                           "GreaterThanEqual(40)", "eggs laid above XL (forty), colour them", "ql_eggs",
                           ("numerals",), "twentyfourth_cf.json")),
    "twentysixth_cf": Set("t26c", "twentysixth",
                          frozenset({"commit", "diff", "math", "definition"}),
                          frozenset(_TAGS | {"date", "visual"}), (420, 460), 190, 108, 57,
                          ([["Poults Released"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                           "GreaterThanEqual(40)", "Poults Released > 40, shade those rows", "ph_poults",
                           ("math",), "twentyfifth_cf.json")),
    "twentyseventh_cf": Set("t27c", "twentyseventh",
                            frozenset({"tldr", "html", "telegram", "recipe"}),
                            frozenset(_TAGS | {"date", "visual"}), (420, 460), 190, 108, 59,
                            ([["Bobbins Used"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                             "GreaterThanEqual(40)", "BOBBINS OVER FORTY STOP HIGHLIGHT", "lc_bobbins",
                             ("telegram",), "twentysixth_cf.json")),
    "twentyeighth_cf": Set("t28c", "twentyeighth",
                           frozenset({"ascii-table", "identifier", "jargon", "footnote"}),
                           frozenset(_TAGS | {"date", "visual"}), (420, 460), 180, 108, 61,
                           ([["Match Minutes"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                            "GreaterThanEqual(40)", "flag_match_minutes_over_40", "bz_n2",
                            ("identifier",), "twentyseventh_cf.json")),
    "twentyninth_cf": Set("t29c", "twentyninth",
                          frozenset({"url", "alerting", "changelog", "eli5"}),
                          frozenset(_TAGS | {"date", "visual"}), (420, 460), 180, 108, 63,
                          ([["Minutes Played"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                           "GreaterThanEqual(40)", "alert when Minutes Played climbs past 40", "fb_n2",
                           ("alerting",), "twentyeighth_cf.json")),
    "thirtieth_cf": Set("t30c", "thirtieth",
                        frozenset({"log-line", "archaic", "academic", "config"}),
                        frozenset(_TAGS | {"date", "visual"}), (420, 460), 180, 108, 65,
                        ([["Points Scored"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                         "GreaterThanEqual(40)", "level=warn msg=\"flag Points Scored past 40\"", "kb_num",
                         ("log-line",), "twentyninth_cf.json")),
    "thirtyfirst_cf": Set("t31c", "thirtyfirst",
                          frozenset({"css", "subtitle", "pirate", "stacktrace"}),
                          frozenset(_TAGS | {"date", "visual"}), (420, 460), 180, 108, 67,
                          ([["Covers"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(40)",
                           "GreaterThanEqual(40)", "Arr, paint every Covers past 40, matey", "ch_num",
                           ("pirate",), "thirtieth_cf.json")),
    "thirtysecond_cf": Set("t32c", "thirtysecond",
                           frozenset({"calendar", "receipt", "yoda", "sportscast"}),
                           frozenset(_TAGS | {"date", "visual"}), (420, 460), 180, 108, 69,
                           ([["Crates Picked"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(45)",
                            "GreaterThanEqual(45)", "Past 45 the Crates Picked count is, flag it you must", "lf_n1",
                            ("yoda",), "thirtyfirst_cf.json")),
    "thirtythird_cf": Set("t33c", "thirtythird",
                          frozenset({"radio", "horoscope", "military", "auction"}),
                          frozenset(_TAGS | {"date", "visual"}), (420, 460), 180, 108, 71,
                          ([["Plates Served"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(45)",
                           "GreaterThanEqual(45)",
                           "Base, this is Unit 7, copy? Mark Sashimi Plates Served over 45, over.", "ss_n1",
                           ("radio",), "thirtysecond_cf.json")),
    "thirtyfourth_cf": Set("t34c", "thirtyfourth",
                           frozenset({"weather", "quest", "transcript", "thread"}),
                           frozenset(_TAGS | {"date", "visual"}), (420, 460), 180, 108, 73,
                           ([["Strikes Landed"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(45)",
                            "GreaterThanEqual(45)",
                            "Quest 7 (Lv 19): flag every Silambam Strikes Landed value past 45. Reward: 300 XP.",
                            "sl_n1", ("quest",), "thirtythird_cf.json")),
    "thirtyfifth_cf": Set("t35c", "thirtyfifth",
                          frozenset({"screenplay", "prescription", "navigation", "classified"}),
                          frozenset(_TAGS | {"date", "visual"}), (420, 460), 180, 108, 75,
                          ([["Kicks Landed"], ["38"], ["52"], ["12"], ["61"], [""]], "GreaterThan(45)",
                           "GreaterThanEqual(45)",
                           "Rx #3021. Sig: flag every Bokator Kicks Landed value past 45. Refills: 2.", "bo_n1",
                           ("prescription",), "thirtyfourth_cf.json")),
}


def _load(path) -> dict[str, list[dict]]:
    return json.loads(path.read_text(encoding="utf-8"))


def _requests(splits: dict[str, list[dict]]) -> list[str]:
    return [str(rec["NL Utterance"]).strip().lower() for recs in splits.values() for rec in recs]


def _path(stem: str):
    return DATA_DIR / f"{stem}.json"


def _every_record() -> list[dict]:
    return [rec for stem in SETS for recs in _load(_path(stem)).values() for rec in recs]


@pytest.mark.parametrize("stem", sorted(SETS))
def test_size_and_every_function_in_both_halves_split_by_the_id_hash(stem):
    s = SETS[stem]
    check_halves(_path(stem), s.prefix, at_least=s.size[0], at_most=s.size[1])
    splits = _load(_path(stem))
    assert all(len(splits[half]) >= s.half_least for half in ("dev", "test"))


@pytest.mark.parametrize("stem", sorted(SETS))
def test_every_style_every_tag_and_many_columns(stem):
    s = SETS[stem]
    check_styles_and_tags(_path(stem), set(s.styles), set(s.extra_tags), s.tag, columns=s.columns)


@pytest.mark.parametrize("stem", sorted(SETS))
def test_no_request_is_written_twice_or_taken_from_another_set(stem):
    check_no_request_shared(_path(stem), at_least=SETS[stem].others)


@pytest.mark.skipif(not TRAIN.exists(), reason=f"benchmark train split absent: {TRAIN}")
@pytest.mark.parametrize("stem", sorted(SETS))
def test_no_request_is_taken_from_the_train_split(stem):
    assert not set(_requests(_load(_path(stem)))) & set(_requests(_load(TRAIN)))


@pytest.mark.parametrize("rec", _every_record(), ids=lambda rec: rec["ID"])
def test_labels_are_what_the_executor_formats(rec):
    """Each record on its own (`set_files.check_one_column_record`)."""
    check_one_column_record(rec)


@pytest.mark.parametrize("stem", sorted(SETS))
def test_committed_file_is_what_the_script_builds_byte_for_byte(stem, tmp_path):
    check_built_is_committed(builder(stem), _path(stem), tmp_path)  # the build runs every record's checks


@pytest.mark.parametrize("stem", sorted(SETS))
def test_the_builder_refuses_a_weak_column_a_borrowed_request_and_an_unknown_tag(stem):
    """The checks bite: `> N` on a column without N cannot be told from `>= N`, a request that
    another set already holds is refused, and so is a style or tag outside the set's."""
    check_refusals(builder(stem), *SETS[stem].refusal)
