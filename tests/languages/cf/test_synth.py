"""The CF training-data generator: every function of the language, canonical, deterministic."""

import pytest

from cf_assistant.languages.cf import parse, to_text
from cf_assistant.languages.cf.rules import (
    And, Average, Between, Blanks, Compare, Duplicates, Errors, Not, Or, Rank, Text, TimePeriod,
    Visual, COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS,
)
from cf_assistant.languages.cf.synth import generate, main, records


@pytest.fixture(scope="module")
def pairs():
    return generate(3000, seed=3)


def _names(rule) -> set[str]:
    """Every canonical function name used by `rule`, combinators and their children."""
    text = to_text(rule)
    return {part.split("(")[-1] for part in text.replace(")", "(").split("(") if part} | \
        {w.strip(" ,") for w in text.replace("(", " ").replace(")", " ").split()}


def test_every_function_of_the_language_is_generated(pairs):
    seen = set().union(*(_names(p.rule) for p in pairs))
    expected = set(COMPARE_OPS) | set(TEXT_OPS) | set(VISUAL_KINDS) | set(PERIODS) | {
        "Between", "NotBetween", "Top", "Bottom", "TopPercent", "BottomPercent", "AboveAverage",
        "BelowAverage", "Duplicates", "Unique", "Blanks", "NotBlanks", "Errors", "NotErrors",
        "AND", "OR", "NOT"}
    assert expected <= seen, expected - seen


def test_every_rule_parses_back_and_prints_canonically(pairs):
    for p in pairs:
        assert parse(p.code) == p.rule
        assert to_text(parse(p.code)) == p.code


def test_the_same_seed_gives_the_same_pairs_and_another_seed_others():
    a, b, c = generate(200, seed=7), generate(200, seed=7), generate(200, seed=8)
    assert [(p.request, p.code) for p in a] == [(p.request, p.code) for p in b]
    assert [(p.request, p.code) for p in a] != [(p.request, p.code) for p in c]


def test_requests_are_varied(pairs):
    assert len({p.request for p in pairs}) > 0.9 * len(pairs)
    assert all(p.request.strip() for p in pairs)


def test_a_text_rule_names_its_text_in_the_request(pairs):
    for p in pairs:
        if isinstance(p.rule, Text):
            assert p.rule.text.lower() in p.request.lower()


def test_combinations_map_to_combinators(pairs):
    between_but_not = [p for p in pairs if isinstance(p.rule, And)
                       and isinstance(p.rule.rules[0], Between)]
    assert between_but_not
    for p in between_but_not:
        low, high = p.rule.rules[0].low, p.rule.rules[0].high
        assert p.rule.rules[1] == Compare("NotEquals", float(int((low + high) / 2)))
    assert any(isinstance(p.rule, Or) and " or " in p.request.lower() for p in pairs)


def test_column_words_do_not_turn_comparisons_into_ranks(pairs):
    ranks = [p.request.lower() for p in pairs if isinstance(p.rule, Rank)]
    named = [words for words in ranks
             if any(w in words for w in ("top", "bottom", "max", "min", "most", "least", "worst", "best",
                                        "quarter", "half"))
             or any(w.endswith("est") for w in words.split())]
    assert len(named) >= 0.92 * len(ranks)  # the rest carry a slip of the fingers ("bet 5")
    for p in pairs:
        if isinstance(p.rule, Compare) and " above " in f" {p.request.lower()} ":
            assert "top" not in p.request.lower().split()


def test_records_are_in_the_benchmark_format_and_main_writes_them(tmp_path):
    recs = records(5, seed=1)
    assert [set(r) for r in recs] == [{"ID", "NL Utterance", "Code"}] * 5
    out = tmp_path / "synth.json"
    main(["--n", "5", "--seed", "1", "--out", str(out)])
    from cf_assistant.data import load_split

    loaded, skipped = load_split(out, "train", lang="cf")
    assert skipped == 0 and [r.code for r in loaded] == [r["Code"] for r in recs]


def test_every_rule_family_appears(pairs):
    kinds = {type(p.rule) for p in pairs}
    assert {Compare, Between, Text, Rank, Average, Duplicates, Blanks, Errors, Visual,
            TimePeriod, And, Or, Not} <= kinds


def test_direction_words_read_on_the_number_line():
    """ "faster" is a smaller time, "cheapest" the bottom of prices, "warmer than average" above it."""
    pairs = [p for p in generate(4000, seed=5) if p.family == "measure"]
    assert len(pairs) > 100
    for p in pairs:
        words = set(p.request.lower().split())
        if words & {"faster", "quicker", "cheaper", "colder", "cooler", "lighter", "younger"}:
            assert p.code.startswith(("LessThan(", "BelowAverage("))
        if words & {"fastest", "quickest", "cheapest", "coldest", "youngest"}:
            assert p.code.startswith("Bottom(")
        if words & {"slowest", "priciest", "hottest", "oldest", "heaviest"}:
            assert p.code.startswith("Top(")


def test_slips_and_short_forms_never_touch_a_literal():
    for p in generate(3000, seed=6):
        if isinstance(p.rule, Text):
            assert p.rule.text in p.request


def test_some_requests_are_framed_and_a_frame_keeps_the_request_whole():
    import random
    import re

    from cf_assistant.languages.cf import synth

    framed = [synth._frame(random.Random(i), "highlight cells that contain urgent", ("notes",))
              for i in range(300)]
    assert all("ells that contain urgent" in f for f in framed)  # "Cells ..." when said first
    assert sum(f != "highlight cells that contain urgent" for f in framed) > 0.6 * len(framed)
    assert any(f.startswith(("Could you pick out", "could you pick out")) and f.endswith("?")
               for f in framed)
    assert any(f.startswith("In the notes column, ") for f in framed)
    assert any("should be highlighted" in f for f in framed)
    # a sentence said after a bare text starts after a full stop, so the text stays one word
    sentences = [f for f in framed if re.search(r"urgent\.? [A-Z]", f)]
    assert sentences and all("urgent. " in f for f in sentences)
