"""The suggest pipeline with a fake candidate source: dedup, validation, execution, ranking, input
checks (the inputs themselves: test_inputs.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from cf_assistant.assistant import pipeline
from cf_assistant.errors import BadInputError, NoValidCandidateError, UnknownLanguageError
from cf_assistant.assistant.ranking import Evidence
from cf_assistant.assistant.inputs import MAX_K
from cf_assistant.assistant.pipeline import Suggester


class FakeSource:
    """Returns fixed (code, score) samples; records every call."""

    def __init__(self, samples):
        self.samples = samples
        self.calls = []

    def generate_scored(self, utterances, k):
        self.calls.append((list(utterances), k))
        return [list(self.samples[:k]) for _ in utterances]


def suggester(samples, lang="cf"):
    return Suggester(lang, source=FakeSource(samples))


def answered(result) -> list[str]:
    """The codes of a result's answers but the alternatives put among them (`_with_alternatives`)."""
    return [c.code for c in result.candidates if c.origin != "alternative"]


def test_k_candidates_are_asked_for_as_one_batch():
    s = suggester([("GreaterThan(5)", -1.0)] * 5)
    s.suggest("  highlight cells > 5 ", k=5)
    assert s.source.calls == [(["highlight cells > 5"], 5)]


def test_duplicates_merge_by_canonical_form_keeping_the_best_score():
    result = suggester([("greaterthan(5)", -3.0), ("GreaterThan(5)", -1.0), ("GREATERTHAN( 5 )", -2.0)]).suggest("x")
    assert [c.code for c in result.candidates] == ["GreaterThan(5)"]
    top = result.candidates[0]
    assert top.score == -1.0 and top.count == 3 and top.rank == 1
    assert len(top.variants) == 3


def test_invalid_candidates_are_never_answers_but_kept_apart():
    result = suggester([("GreaterThan(", 5.0), ("Blanks()", -4.0)]).suggest("x")
    assert [c.code for c in result.candidates] == ["Blanks()"]
    assert [c.code for c in result.invalid] == ["GreaterThan("]
    bad = result.invalid[0]
    assert not bad.valid and bad.diagnostics and bad.explanation is None
    assert "invalid" not in result.to_json() and result.to_json(show_invalid=True)["invalid"][0]["diagnostics"]


def test_no_valid_candidate_raises_with_the_result_attached():
    with pytest.raises(NoValidCandidateError, match="no valid candidate among k=3") as info:
        suggester([("GreaterThan(", 0.0), ("$A2=", 0.0), ("GreaterThan(", -1.0)]).suggest("x", k=3)
    assert info.value.exit_code == 1
    assert len(info.value.result.invalid) == 2


def test_cf_candidates_carry_explanation_native_type_and_formula():
    c = suggester([("GreaterThan(5)", 0.0)]).suggest("x").candidates[0]
    assert c.explanation and "5" in c.explanation
    assert c.native_type and c.formula and "5" in c.formula
    assert c.formatted is None and c.evidence is Evidence.INFORMATIVE


def test_execution_on_values_reports_formatted_rows():
    result = suggester([("GreaterThan(5)", 0.0)]).suggest("x", values=["3", "7", "", "abc"])
    # Excel: blank compares as 0, any text is greater than any number
    assert result.candidates[0].formatted == (1, 3)
    assert result.data.labels == ("3", "7", "", "abc")


def test_a_rule_that_separates_the_column_outranks_a_likelier_degenerate_one():
    samples = [("GreaterThan(100)", -0.1), ("LessThan(1000)", -0.2), ("GreaterThan(5)", -3.0)]
    result = suggester(samples).suggest("x", values=["3", "7", "12", "40"])
    assert answered(result) == ["GreaterThan(5)", "GreaterThan(100)", "LessThan(1000)"]
    assert [c.evidence for c in result.candidates if c.origin != "alternative"] == [
        Evidence.INFORMATIVE, Evidence.DEGENERATE, Evidence.DEGENERATE
    ]


def test_without_data_the_model_score_decides():
    samples = [("GreaterThan(100)", -0.1), ("GreaterThan(5)", -3.0)]
    result = suggester(samples).suggest("x")
    assert answered(result) == ["GreaterThan(100)", "GreaterThan(5)"]


def test_a_colour_scale_is_not_penalised_for_formatting_every_number():
    result = suggester([("ColorScale()", -0.5), ("GreaterThan(5)", -2.0)]).suggest("x", values=["3", "7", "12"])
    assert result.candidates[0].code == "ColorScale()"
    assert result.candidates[0].formatted == (0, 1, 2)


def test_a_rule_that_cannot_run_on_the_data_ranks_last_among_valid_ones():
    result = suggester([("LessThan(c[4], 5)", 0.0), ("Blanks()", -9.0)]).suggest("x", values=["1", ""])
    assert answered(result) == ["Blanks()", "LessThan(c[4], 5)"]
    failed = result.candidates[-1]
    assert failed.evidence is Evidence.FAILED and failed.formatted is None and failed.execution_error


def test_today_is_the_reference_date_of_date_rules():
    result = suggester([("Today()", 0.0)]).suggest("x", values=["2024-03-05", "2024-03-06"], today=date(2024, 3, 5))
    assert result.candidates[0].formatted == (0,)


def test_table_and_target_column():
    from cf_assistant.languages.cf.values import table_from_records

    table = table_from_records([["Name", "Sales"], ["a", 5], ["b", 50]])
    result = suggester([("GreaterThan(10)", 0.0)]).suggest("x", table=table, target=1)
    assert result.candidates[0].formatted == (1,)
    assert result.data.labels == ("5", "50")


@pytest.mark.parametrize("lang,good,bad", [("python", "print(1)", "def (:"), ("bash", "ls -la | wc -l", "ls (")])
def test_bash_and_python_use_their_validators_and_have_no_preview(lang, good, bad):
    result = suggester([(bad, 1.0), (good, 0.0)], lang=lang).suggest("x")
    assert [c.code for c in result.candidates] == [good]
    assert result.candidates[0].formatted is None and result.candidates[0].formula is None
    assert [c.valid for c in result.invalid] == [False]


def test_data_is_refused_for_bash():
    with pytest.raises(BadInputError, match="only applies to CF"):
        suggester([("ls", 0.0)], lang="bash").suggest("x", values=["1"])


def test_the_default_source_is_created_lazily_with_the_options(monkeypatch, tmp_path):
    made = []

    def factory(lang, checkpoint, steps, seed):
        made.append((lang, checkpoint, steps, seed))
        return FakeSource([("Blanks()", 0.0)])

    monkeypatch.setattr(pipeline, "source_factory", factory)
    s = Suggester("cf", steps=7, seed=3, checkpoint=tmp_path)
    assert made == []
    s.suggest("x")
    s.suggest("y")
    assert made == [("cf", tmp_path, 7, 3)]


def test_unknown_language():
    with pytest.raises(UnknownLanguageError, match="did you mean 'python'"):
        Suggester("pyton", source=FakeSource([]))


@pytest.mark.parametrize("k,steps", [(0, None), (MAX_K + 1, None), (5, 0)])
def test_bad_counts(k, steps):
    with pytest.raises(BadInputError):
        Suggester("cf", source=FakeSource([]), steps=steps).suggest("x", k=k)


def test_importing_the_pipeline_and_command_pulls_in_no_heavy_module():
    code = (
        "import sys, cf_assistant.assistant.pipeline, cf_assistant.cli.suggest\n"
        "heavy = [m for m in ('torch', 'transformers', 'pandas', 'openpyxl') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_an_invented_text_gets_a_repaired_twin_ranked_above_it():
    result = suggester([('TextContains("C")', -0.5)]).suggest('color cells that contain "Done"', k=1)
    assert [(c.code, c.origin) for c in result.candidates] == [
        ('TextContains("Done")', "literal repair"), ('TextContains("C")', "model")]
    assert result.to_json()["candidates"][0]["origin"] == "literal repair"
    assert "origin" not in result.to_json()["candidates"][1]


def test_a_form_the_model_produced_is_not_marked_as_repaired():
    samples = [('TextContains("C")', -0.2), ('TextContains("Done")', -0.9)]
    result = suggester(samples).suggest('cells that contain "Done"', k=2)
    assert [(c.code, c.origin, c.count) for c in result.candidates] == [
        ('TextContains("Done")', "model", 1), ('TextContains("C")', "model", 1)]


def test_no_repair_outside_cf():
    result = suggester([('echo "C"', -0.1)], lang="bash").suggest('print "Done"', k=1)
    assert [c.code for c in result.candidates] == ['echo "C"']


def test_a_text_named_without_quotes_repairs_an_invented_one():
    # "are In Progress" names the text; the model wrote "-" (dev record 4's failure)
    result = suggester([('TextEquals("-")', -0.3), ("GreaterThan(5)", -0.9)]).suggest(
        "Style values which are In Progress", k=2)
    assert [(c.code, c.origin) for c in result.candidates] == [
        ('TextEquals("In Progress")', "literal repair"), ("GreaterThan(5)", "model"),
        ('TextEquals("-")', "model")]


def test_no_text_named_no_repair():
    result = suggester([('TextContains("C")', -0.3)]).suggest("highlight the cells that stand out", k=1)
    assert [(c.code, c.origin) for c in result.candidates] == [('TextContains("C")', "model")]


def test_a_number_taken_from_a_cell_reference_ranks_below_its_repair():
    result = suggester([("GreaterThan(2)", -0.1), ("GreaterThan(100)", -0.6)]).suggest(
        "Color cell where values is greater than 100 for B2:B100", k=2)
    # the model wrote GreaterThan(100) itself, so it is not marked as a repair
    assert [(c.code, c.origin, c.faithful) for c in result.candidates] == [
        ("GreaterThan(100)", "model", True), ("GreaterThan(2)", "model", False)]


def test_a_contradicted_comparison_gets_a_repaired_twin_ranked_above_it():
    result = suggester([("GreaterThan(1)", -0.1)]).suggest(
        "Color cells that have value greater than or equal to 1", k=1)
    assert [(c.code, c.origin, c.faithful) for c in result.candidates] == [
        ("GreaterThanEqual(1)", "comparison repair", True), ("GreaterThan(1)", "model", False)]


def test_literal_and_comparison_repairs_combine():
    result = suggester([("GreaterThan(3)", -0.1)]).suggest(
        "Find smaller value than 100 in cell F3 to F20", k=1)
    assert [(c.code, c.origin) for c in result.candidates][:1] == [
        ("LessThan(100)", "literal and comparison repair")]


def test_a_source_that_keeps_its_order_is_ranked_by_it_not_by_score():
    samples = [("ls -la", -3.0), ("ls invalid (", 0.0), ("du -sh .", -1.0)]
    by_score = suggester(samples, lang="bash").suggest("list files", k=3)
    assert [c.code for c in by_score.candidates] == ["du -sh .", "ls -la"]
    source = FakeSource(samples)
    source.keeps_order = True  # e.g. the diffusion model sampling from retrieved examples
    kept = Suggester("bash", source=source).suggest("list files", k=3)
    assert [c.code for c in kept.candidates] == ["ls -la", "du -sh ."]
    assert [c.code for c in kept.invalid] == ["ls invalid ("]  # valid still before invalid


def test_a_threshold_that_reads_every_number_alike_ranks_below_one_that_divides_them():
    """'under 80%' on cells holding 60%..95% (0.6..0.95): LessThan(80) formats every number, and
    the blank and the text keep it from formatting every row; the fraction twin divides them."""
    values = ["60%", "79%", "80%", "95%", "", "excused"]
    result = suggester([("LessThan(80)", -0.1)]).suggest("attendance under 80%", values=values)
    assert answered(result)[:2] == ["LessThan(0.8)", "LessThan(80)"]
    assert result.candidates[-1].evidence is Evidence.DEGENERATE


def test_without_data_a_percentage_is_compared_as_its_fraction():
    result = suggester([("Equals(0.15)", -0.1)]).suggest("discount equal to 15%")
    assert [c.code for c in result.candidates][:2] == ["Equals(0.15)", "Equals(15)"]
    result = suggester([("TopPercent(10)", -0.1)]).suggest("top 10%")
    assert result.candidates[0].code == "TopPercent(10)"


def test_a_corpus_example_comes_before_answers_that_invent_a_text():
    class Examples:
        def nearest(self, text, n, query=None):
            from types import SimpleNamespace

            return [SimpleNamespace(code="ColorScale()", utterance="apply a green-red scale")]

    s = Suggester("cf", source=FakeSource([('TextContains("in progress")', -0.1)]), examples=Examples())
    got = s.suggest("green to red by progress", k=2)
    assert [c.code for c in got.candidates] == ["ColorScale()", 'TextContains("in progress")']
    assert got.candidates[1].faithful is False


def test_when_nothing_valid_answers_the_nearest_examples_come_with_the_requests_literals():
    from types import SimpleNamespace

    class Examples:
        def nearest(self, text, n, query=None):
            return [SimpleNamespace(code="GreaterThan(40)", utterance="tips over 40"),
                    SimpleNamespace(code='TextContains("vip")', utterance="names containing vip")]

    s = Suggester("cf", source=FakeSource([("GreaterThan(", -0.1)]), examples=Examples())
    got = s.suggest("sales that clear 500", k=2)  # (no reader reads it: the examples answer)
    assert [(c.code, c.origin, c.example_of) for c in got.candidates] == [
        ("GreaterThan(500)", "fitted example", "tips over 40")]  # the text example keeps to nothing said
    # a valid answer of the model's own: examples as before, none fitted
    s = Suggester("cf", source=FakeSource([("GreaterThan(500)", -0.1)]), examples=Examples())
    assert [c.origin for c in s.suggest("sales that clear 500", k=2).candidates] == ["model"]


def test_the_readers_never_see_the_sheets_name():
    """"in sheet ContainerYard" holds "contain": read whole, it would stop the threshold reader."""
    result = suggester([("ColorScale()", -0.5)]).suggest("Highlight sizes equal to 40 in sheet ContainerYard", k=2)
    assert ("Equals(40)", "named threshold") in [(c.code, c.origin) for c in result.candidates]


def test_rules_one_edit_from_the_first_come_after_the_first_two_answers():
    samples = [("GreaterThan(5)", -0.1), ("GreaterThan(10)", -0.5), ("Top(1)", -0.9)]
    result = suggester(samples).suggest("x", values=["3", "5", "7", "12", "40"])
    assert [(c.code, c.origin) for c in result.candidates] == [
        ("GreaterThan(5)", "model"), ("GreaterThan(10)", "model"),
        ("GreaterThanEqual(5)", "alternative"), ("LessThanEqual(5)", "alternative"), ("Top(1)", "model")]
    rows = [c.formatted for c in result.candidates]
    assert len(set(rows)) == len(rows)  # each formats other rows than every answer before it
    assert [c.rank for c in result.candidates] == [1, 2, 3, 4, 5]


def test_alternatives_take_the_places_of_the_last_answers_not_more():
    samples = [(f"GreaterThan({n})", -n / 10) for n in (5, 10, 20, 30, 35)]
    result = suggester(samples).suggest("x", values=["3", "5", "7", "12", "25", "33", "40"])
    assert len(result.candidates) == 5 and answered(result) == ["GreaterThan(5)", "GreaterThan(10)",
                                                               "GreaterThan(20)"]


def test_an_alternative_comes_before_an_answer_that_formats_no_row_but_never_first():
    samples = [("GreaterThan(5)", -0.1), ("GreaterThan(100)", -0.5)]
    result = suggester(samples).suggest("x", values=["3", "7", "12", "40"])
    assert [c.code for c in result.candidates] == ["GreaterThan(5)", "LessThanEqual(5)", "GreaterThan(100)"]
    assert result.candidates[1].origin == "alternative"


def test_a_word_of_the_cells_named_among_other_words_is_offered_before_the_edits():
    samples = [("ColorScale()", -0.1), ("Duplicates()", -0.5), ("Errors()", -0.7)]
    values = ["Merino DK", "Alpaca Aran", "Cotton 4ply", "Acrylic DK", "Merino DK"]
    result = suggester(samples).suggest("every DK yarn highlight it", values=values)
    assert [(c.code, c.origin) for c in result.candidates][2] == ('TextContains("dk")', "alternative")


def test_none_for_a_single_answer_a_small_k_or_a_language_without_edits():
    assert answered(suggester([("GreaterThan(5)", 0.0)]).suggest("x", values=["3", "7"])) == ["GreaterThan(5)"]
    two = [("GreaterThan(5)", -0.1), ("GreaterThan(10)", -0.5)]
    assert len(suggester(two).suggest("x", k=3, values=["3", "7", "12"]).candidates) == 2
    bash = suggester([("ls -la", -0.1), ("ls", -0.2), ("du -sh .", -0.3)], lang="bash").suggest("list", k=5)
    assert all(c.origin != "alternative" for c in bash.candidates)


def test_on_a_table_an_alternative_keeps_the_first_answers_scope_and_names_its_column():
    from cf_assistant.assistant import tables

    rows = [["Name", "Dept", "Salary"], ["Ann", "IT", "72000"], ["Bob", "HR", "65000"],
            ["Cy", "IT", "81000"], ["Dee", "Sales", "58000"], ["Eve", "HR", "70000"]]
    samples = [("GreaterThan(70000)", -0.1), ("AboveAverage()", -0.4), ("Top(1)", -0.6)]
    result = suggester(samples).suggest("salaries above 70000, whole row",
                                        data=tables.table_data(*tables.from_records(rows)))
    alts = [c for c in result.candidates if c.origin == "alternative"]
    assert alts and all(c.scope == "rows" and c.column == "Salary" for c in alts)


def _on_table(samples, request, header):
    from cf_assistant.assistant import tables

    data = tables.table_data(*tables.from_records([header]))
    return Suggester("cf", source=FakeSource(samples)).suggest(request, k=3, data=data)


def test_a_tables_readers_never_take_the_sheets_name_for_a_value():
    """"where Ticker is TSLA in sheet TradeLog": the value is TSLA (session 17: "TSLA TradeLog")."""
    result = _on_table([("ColorScale()", -0.5)], "Apply light red fill to rows where Ticker is TSLA in sheet "
                       "TradeLog", ["Trade ID", "Ticker", "Side", "Qty"])
    assert result.candidates[0].code == 'TextEquals(c[1], "TSLA")'


def test_a_coded_test_outranks_the_model_though_it_denies_the_word_it_spells():
    """"~df.Item.str.contains('ring')" says "contains" and means the denial: it says its rule
    exactly, so no fidelity check demotes it below the model's TextContains."""
    result = _on_table([('TextContains(c[1], "ring")', -0.1)], "df[~df.Item.str.contains('ring')]",
                       ["Ticket", "Item", "Value (£)", "Status"])
    assert [(c.code, c.origin) for c in result.candidates[:1]] == [('TextNotContains(c[1], "ring")', "coded test")]


def test_a_sample_with_a_rule_written_inside_its_text_literal_is_dropped():
    said = "highlight the jobs where Survey Done? is No"
    result = suggester([('TextStartsWith(TextEquals("No"))', -1.0), ('TextEquals("No")', -2.0)]).suggest(said, k=5)
    # kept, its literal "repaired" to "No" would answer TextStartsWith("No") first
    assert [c.code for c in result.candidates][:1] == ['TextEquals("No")']
    assert not any(c.code.startswith("TextStartsWith") and c.origin != "alternative" for c in result.candidates)
