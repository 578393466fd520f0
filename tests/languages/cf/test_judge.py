"""The CF execution judge (`languages.cf.judge`) on hand-made cases, including cases that must not
match."""

from __future__ import annotations

from cf_assistant.languages.cf.judge import ExecutionJudge, cf_execution, parse_cf, probe_values, target_column

TABLE = [["Index", "Value"], [0, "3"], [1, "5"], [2, "7"], [3, ""], [4, "abc"]]
HEADER_ONLY = [["Index", "Value"]]


def test_target_column_rule():
    assert target_column(parse_cf("GreaterThan(c[2], 5)"), ["a", "b", "c"]) == 2
    assert target_column(parse_cf("GreaterThan(5)"), ["Value", "Index"]) == 0
    assert target_column(parse_cf("GreaterThan(5)"), ["Index", "Score", "ID"]) == 1
    assert target_column(parse_cf("GreaterThan(5)"), ["Only"]) == 0
    assert target_column(None, []) == 0


def test_same_rows_on_the_data_but_not_on_the_probes():
    # on whole numbers 3, 5, 7 these agree; the probes (5.01, 5.99 ...) tell them apart
    data, probes = cf_execution("GreaterThan(5)", "GreaterThanEqual(6)", TABLE)
    assert data is True and probes is False


def test_equivalent_rules_match_everywhere():
    assert cf_execution("GreaterThan(5)", "NOT(LessThanEqual(5))", TABLE) == (True, True)
    assert cf_execution("TextContains(abc)", "TextContains(ABC)", TABLE) == (True, True)
    assert cf_execution("Between(1, 5)", "Between(5, 1)", TABLE) == (True, True)
    assert cf_execution("GreaterThanOrEqual(5)", "GreaterThanEqual(5.0)", TABLE) == (True, True)


def test_different_rules_do_not_match():
    assert cf_execution("GreaterThan(5)", "LessThan(5)", TABLE) == (False, False)
    assert cf_execution("TextContains(abc)", "TextEquals(abc)", HEADER_ONLY) == (False, False)
    assert cf_execution("Duplicates()", "Unique()", HEADER_ONLY) == (False, False)
    assert cf_execution("Blanks()", "NotBlanks()", TABLE) == (False, False)
    assert cf_execution("Errors()", "Blanks()", HEADER_ONLY) == (False, False)
    assert cf_execution("Today()", "Yesterday()", HEADER_ONLY) == (False, False)
    assert cf_execution("Top(5%)", "Top(3%)", HEADER_ONLY) == (False, False)
    assert cf_execution("Top(10)", "Top(11)", HEADER_ONLY) == (False, False)
    assert cf_execution("Top(10)", "Bottom(10)", HEADER_ONLY) == (False, False)


def test_no_data_rows_uses_the_probes():
    assert cf_execution("GreaterThan(5)", "NOT(LessThanEqual(5))", HEADER_ONLY) == (True, True)
    assert cf_execution("GreaterThan(5)", "GreaterThanEqual(6)", HEADER_ONLY) == (False, False)
    assert cf_execution("GreaterThan(5)", "GreaterThan(5)", None) == (True, True)


def test_candidate_that_does_not_parse_never_matches():
    assert cf_execution("Blanks()", "Blanks(", TABLE) == (False, False)
    assert cf_execution("Blanks()", "", TABLE) == (False, False)


def test_column_references():
    table = [["Index", "A", "B"], [0, 1, 2], [1, 5, 2], [2, 3, 3]]
    # the reference names column 2: an implicit-column candidate is run on column 2 too
    assert cf_execution("GreaterThan(c[2], 2)", "GreaterThan(2)", table) == (True, True)
    assert cf_execution("GreaterThan(c[2], 2)", "GreaterThan(c[1], 2)", table)[0] is False
    assert cf_execution("GreaterThan(c[1], c[2])", "LessThan(c[2], c[1])", table) == (True, True)
    assert cf_execution("GreaterThan(c[1], c[2])", "GreaterThan(c[2], c[1])", table) == (False, False)


def test_reference_outside_the_language_falls_back_to_equal_text():
    ref = "$A2=$A3"
    judge = ExecutionJudge(ref, TABLE)
    assert not judge.reference_executes
    assert judge.on_data("$A2=$A3") and judge.on_probes("$A2=$A3")
    assert not judge.on_data("Duplicates()")


def test_probes_hold_literals_their_variants_blanks_and_errors():
    values = probe_values([parse_cf("Between(1, 5)"), parse_cf("TextContains(Ab)")])
    for v in (1.0, 5.0, 4.99, 5.01, 0.0, 6.0, "Ab", "AB", "ab", "xx Ab", None, "   ", "#N/A", "zzz"):
        assert v in values
    assert values.count("zzz") == 2  # a duplicate for Duplicates()/Unique()
