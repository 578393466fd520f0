"""The ranking order and deduplication by canonical form (no language, no model)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from cf_assistant.assistant.ranking import Evidence, dedupe, execution_evidence, rank


@dataclass
class C:
    code: str
    valid: bool = True
    score: float = 0.0
    evidence: Evidence = Evidence.INFORMATIVE
    count: int = 1


def codes(cands):
    return [c.code for c in rank(cands)]


def test_valid_before_invalid_whatever_the_score():
    assert codes([C("bad", valid=False, score=10.0), C("good", score=-10.0)]) == ["good", "bad"]


def test_model_score_orders_equal_evidence():
    assert codes([C("a", score=-3.0), C("b", score=-1.0), C("c", score=-2.0)]) == ["b", "c", "a"]


def test_execution_evidence_beats_model_score():
    cands = [
        C("all", score=-0.1, evidence=Evidence.DEGENERATE),
        C("fails", score=0.0, evidence=Evidence.FAILED),
        C("separates", score=-5.0, evidence=Evidence.INFORMATIVE),
    ]
    assert codes(cands) == ["separates", "all", "fails"]


def test_evidence_never_lifts_an_invalid_candidate():
    cands = [C("inv", valid=False, evidence=Evidence.INFORMATIVE), C("deg", evidence=Evidence.DEGENERATE)]
    assert codes(cands) == ["deg", "inv"]


def test_ties_broken_by_count_then_length_then_text():
    cands = [C("bbb"), C("aaa"), C("cc"), C("zzzz", count=3)]
    assert codes(cands) == ["zzzz", "cc", "aaa", "bbb"]


def test_nan_score_sorts_last_among_equals():
    assert codes([C("nan", score=math.nan), C("low", score=-100.0)]) == ["low", "nan"]


def test_execution_evidence_tiers():
    assert execution_evidence(0, 5) is Evidence.DEGENERATE
    assert execution_evidence(5, 5) is Evidence.DEGENERATE
    assert execution_evidence(3, 5) is Evidence.INFORMATIVE
    assert execution_evidence(None, 5) is Evidence.FAILED
    assert execution_evidence(5, 5, graded=True) is Evidence.INFORMATIVE
    assert execution_evidence(0, 0) is Evidence.INFORMATIVE


def test_dedupe_merges_by_canonical_form_keeping_the_best_score():
    canon = {"greaterthan(5)": "GreaterThan(5)", "GreaterThan( 5 )": "GreaterThan(5)"}
    samples = [("greaterthan(5)", -2.0), ("Blanks()", -1.0), (" GreaterThan( 5 ) ", -0.5)]
    merged = dedupe(samples, lambda s: canon.get(s, s))
    assert [m.code for m in merged] == ["GreaterThan(5)", "Blanks()"]
    top = merged[0]
    assert top.score == -0.5 and top.count == 2
    assert top.variants == ("greaterthan(5)", "GreaterThan( 5 )")
    assert top.best_raw == "GreaterThan( 5 )"


def test_dedupe_keeps_identical_raw_spellings_once():
    merged = dedupe([("x", 1.0), ("x", 2.0), ("x", math.nan)], lambda s: s)
    assert len(merged) == 1 and merged[0].score == 2.0 and merged[0].count == 3
    assert merged[0].variants == ("x",)
