"""The CF repair rules (`languages.cf.repairs`): invented texts and numbers, and their repairs."""

from __future__ import annotations

import pytest


def test_names_given_text_flags_only_invented_texts():
    from cf_assistant.languages.cf.repairs import names_given_text

    said = 'color cells that contain "Done"'
    assert not names_given_text('TextContains("C")', said)  # "C" only inside other words
    assert names_given_text('TextContains("Done")', said)
    assert names_given_text('TextContains("cells")', said)  # a word the user wrote
    assert names_given_text("GreaterThan(5)", said)  # no text at all
    assert names_given_text('TextContains("C")', "cells that contain C")  # named without quotes
    assert not names_given_text('TextContains("x")', "cells that contain C")
    assert not names_given_text('TextEquals("")', "values which are Active")  # empty = invented
    assert not names_given_text('TextContains("x")', "highlight cells > 5")  # none named: invented
    assert not names_given_text('TextContains("in progress")', "green to red by progress")
    # one word of a header the request names, where it names another text: the header's, not the user's
    assert not names_given_text('TextEndsWith("Roast")', 'highlight Roast Level cells ending with "Light"')
    assert not names_given_text('TextContains("Rider")', "rows where Rider Team contains Steppe")
    assert names_given_text('TextContains("Rider")', "rows where Team contains Rider")
    assert names_given_text('TextEquals("New York")', "City is New York")


def test_unquoted_text_is_the_span_after_the_last_cue():
    from cf_assistant.languages.cf.repairs import named_texts, unquoted_text

    assert unquoted_text("Style values which are In Progress") == "In Progress"
    assert unquoted_text("Apply equalTo = X conditional formatting on C4:H212 in sheet1.") == "X"
    assert unquoted_text("Apply equalTo =S to cell range B6:C21") == "S"
    assert unquoted_text("Color cells that have value equal to SUFFICIENTE") == "SUFFICIENTE"
    assert unquoted_text("names that start with letter A from cell A1-B446") == "A"
    assert unquoted_text("Format cells that have yes in their value") == "yes"
    assert unquoted_text("color cells containing the word apple pie, please") == "apple pie"
    # comparisons, cell references and cue-less requests name no text
    assert unquoted_text("Color cells that are greater than 5") is None
    assert unquoted_text("cells equal to A1") is None
    assert unquoted_text("highlight cells > 5") is None
    assert unquoted_text("Apply conditional formatting to Blood on Sample Site") is None
    # quoted texts win over the cues
    assert named_texts('cells that are "Done" or equal to X') == ("Done",)
    assert named_texts("cells equal to Done") == ("Done",)


def test_text_repairs_replace_the_one_invented_text_by_the_one_named_text():
    from cf_assistant.languages.cf.repairs import text_repairs

    assert text_repairs('TextContains("C")', 'cells that contain "Done"') == ['TextContains("Done")']
    assert text_repairs('TextEquals("x")', "status is 'In Progress'") == ['TextEquals("In Progress")']
    # a quoted text holding a double quote is escaped the CF way
    assert text_repairs('TextContains("x")', 'contain “a "b"”') == ['TextContains("a ""b""")']
    assert text_repairs('TextContains("C")', 'value "A" or "B"') == []  # two quoted texts
    assert text_repairs('OR(TextContains("x"),TextContains("y"))', 'contain "Done"') == []
    assert text_repairs('TextContains("Done")', 'contain "Done"') == []  # already faithful
    assert text_repairs('TextContains("C")', "cells that contain C") == []  # already faithful
    assert text_repairs('TextEquals("-")', "Style values which are In Progress") == [
        'TextEquals("In Progress")']
    assert text_repairs('TextEquals("")', "equalTo = Active conditional formatting") == [
        'TextEquals("Active")']
    assert text_repairs('TextContains("C")', "highlight cells > 5") == []  # no text named


def test_numbers_from_cell_references_count_as_invented_and_get_repaired():
    from cf_assistant.languages.cf.repairs import keeps_to_literals, literal_repairs, number_repairs

    said = "Color cell where values is greater than 100 for B2:B100 on sheet Fish"
    assert not keeps_to_literals("GreaterThan(2)", said)  # 2 only stands in "B2"
    assert keeps_to_literals("GreaterThan(100)", said)  # 100 is also written as a number
    assert number_repairs("GreaterThan(2)", said) == ["GreaterThan(100)"]
    assert number_repairs("GreaterThan(100)", said) == []
    # two numbers from references, or no plain number to use: no repair
    assert number_repairs("Between(3, 20)", "values in F3 to F20 between 5 and 9") == []
    assert number_repairs("Top(14)", "top values of E5:E14") == []
    # references in the code itself, words such as Sheet1 and Top1 are not cell references
    assert keeps_to_literals("TextEquals($B$6)", "value of B6")
    assert keeps_to_literals("Bottom(1)", "bottom value in Sheet1")
    assert keeps_to_literals("Top(1)", "Highlight Top1 number")
    # a text and a number repaired together
    assert literal_repairs('AND(TextEquals("x"),GreaterThan(3))',
                           "cells that are Done in C3:C9 and above 7") == [
        'AND(TextEquals("Done"),GreaterThan(3))', 'AND(TextEquals("x"),GreaterThan(7))',
        'AND(TextEquals("Done"),GreaterThan(7))']


def test_uses_only_named():
    from cf_assistant.languages.cf.repairs import uses_only_named

    assert uses_only_named("GreaterThan(5)", "cells above 5 in B2:B9")
    assert not uses_only_named("GreaterThan(2)", "cells above 5 in B2:B9")  # 2 is a reference's
    assert uses_only_named('TextEquals("Done")', "cells that say done")
    assert not uses_only_named('TextEquals("Nil")', "cells that say done")
    assert uses_only_named("Blanks()", "empty cells")


def test_a_percentage_gets_its_twin_on_the_other_scale():
    from cf_assistant.languages.cf.repairs import compares_whole_percent, percent_repairs

    assert percent_repairs("LessThan(80)", "attendance under 80%") == ["LessThan(0.8)"]
    assert percent_repairs("LessThan(0.8)", "attendance under 80%") == ["LessThan(80)"]
    assert percent_repairs("Between(-5, 5)", "between -5% and 5%") == ["Between(-0.05, 0.05)"]
    assert percent_repairs("GreaterThan(5)", "over 5") == []
    # a TopPercent's or BottomPercent's share is a percentage on its own scale only
    assert percent_repairs("BottomPercent(c[3], 20)", "lightest 20% of parcels") == []
    assert percent_repairs("AND(TopPercent(10), GreaterThan(0.5))", "top 10% and over 50%") == [
        "AND(TopPercent(10), GreaterThan(50))"]
    assert compares_whole_percent("LessThan(80)", "under 80%")
    assert not compares_whole_percent("LessThan(0.8)", "under 80%")
    assert not compares_whole_percent("TopPercent(10)", "the top 10%")
    assert not compares_whole_percent("GreaterThan(80)", "over 80")


def test_an_invented_number_ranks_below_its_twin_with_the_named_number():
    from cf_assistant.languages.cf.repairs import faithful, repairs

    said = "Find smaller value than 100 in cell F3 to F20"
    assert repairs("LessThan(1)", said) == [("LessThan(100)", "literal repair")]
    assert not faithful("LessThan(1)", said) and faithful("LessThan(100)", said)
    assert faithful("GreaterThan(0)", "positive values over 5")  # 0 is never invented
    assert faithful("Top(10)", "the top values")  # no number written: nothing to hold it to
    assert faithful("GreaterThan(12)", "more than a dozen")  # a number said in words


def test_a_tables_column_indices_are_no_numbers():
    from cf_assistant.languages.cf.repairs import faithful

    assert faithful('AND(TextEquals(c[3], "Apollo"), GreaterThan(c[4], 40))', '"Apollo" hours over 40')


@pytest.mark.parametrize("code, request_text, plain", [
    ('NOT(TextEquals("rose"))', "designs that are just rose", 'TextEquals("rose")'),
    ('TextNotContains("urgent")', "tasks mentioning urgent", 'TextContains("urgent")'),
    ("NotEquals(5)", "exactly 5", "Equals(5)"),
    ("NotBetween(1, 5)", "from 1 to 5", "Between(1, 5)"),
])
def test_a_negation_where_the_request_says_no_denial_is_unfaithful_and_undone(code, request_text, plain):
    from cf_assistant.languages.cf.repairs import denies_unsaid, faithful, polarity_repairs

    assert denies_unsaid(code, request_text) and not faithful(code, request_text)
    assert polarity_repairs(code, request_text) == [plain]


@pytest.mark.parametrize("request_text", [
    "designs that are not rose", "no rose", "flavours w/o choc", "anything but 5", "unpaid", "non-vegan",
    "outside 1 to 5", "Apply NotBetween 1 and 5", "genre doesn’t mention rock", "all but rose", "≠ 5",
])
def test_any_word_that_may_deny_leaves_a_negation_be(request_text):
    from cf_assistant.languages.cf.repairs import denies_unsaid, polarity_repairs

    assert not denies_unsaid('NOT(TextEquals("rose"))', request_text)
    assert polarity_repairs('NOT(TextEquals("rose"))', request_text) == []


def test_a_not_inside_a_quoted_status_negates_nothing():
    from cf_assistant.languages.cf.repairs import (
        faithful, literal_repairs, negates_a_literal, polarity_repairs,
    )

    # the tables quote a cell text the request names: "not started" -> '"Not started"'
    code = 'NOT(TextEquals(c[3], "Not started"))'
    assert negates_a_literal(code, '"Not started"')
    assert not faithful(code, 'show "Not started" tasks')
    assert polarity_repairs(code, '"Not started"') == ['TextEquals(c[3], "Not started")']
    assert 'TextEquals(c[3], "Not started")' in literal_repairs(code, '"Not started"')
    # a negation outside the quotes is the user's own
    for said in ('everything but "Not started"', 'tasks that are not "Not started"',
                 'rows that aren\'t "Not started"'):
        assert not negates_a_literal(code, said) and polarity_repairs(code, said) == []
    # no negation in the quoted text: nothing to undo
    assert not negates_a_literal('NOT(TextEquals("Done"))', 'highlight "Done"')
    assert polarity_repairs('TextEquals("Not started")', '"Not started"') == []


def test_a_number_with_k_is_read_as_the_model_reads_it():
    from cf_assistant.languages.cf.repairs import uses_only_named

    # "100k" is 100000: an example comparing with 100 brings its own number
    assert not uses_only_named("GreaterThan(100)", "cars that have done over 100k km")
    assert uses_only_named("GreaterThan(100000)", "cars that have done over 100k km")
    assert uses_only_named("GreaterThan(10)", "more than ten")


@pytest.mark.parametrize("code, utterance, twin", [
    ('TextStartsWith("srv")', "hosts not starting with srv", 'NOT(TextStartsWith("srv"))'),
    ('TextEndsWith(".pdf")', "files that don't end in .pdf", 'NOT(TextEndsWith(".pdf"))'),
    ('TextContains("x")', "names that doesnt contain x", 'TextNotContains("x")'),
    ('TextContains("none")', "allergens other than none", 'NOT(TextEquals("none"))'),
])
def test_a_text_test_the_request_denies_gets_its_negated_twin_and_is_unfaithful(code, utterance, twin):
    from cf_assistant.languages.cf.repairs import denial_repairs, faithful, repairs

    assert denial_repairs(code, utterance) == [twin]
    assert (twin, "literal repair") in repairs(code, utterance)
    assert not faithful(code, utterance) and faithful(twin, utterance)


@pytest.mark.parametrize("code, utterance", [
    ('TextStartsWith("srv")', "hosts starting with srv"),  # nothing denied
    ('TextContains("srv")', "hosts not starting with srv"),  # another test than the denied one
    ('TextStartsWith("a")', "not starting with a and not ending with b"),  # two denials
    ('TextEquals("Not started")', 'tasks that are "Not started"'),  # the denial is the quoted text
])
def test_no_denial_twin_where_the_request_denies_no_such_test(code, utterance):
    from cf_assistant.languages.cf.repairs import denial_repairs

    assert denial_repairs(code, utterance) == []


@pytest.mark.parametrize("code, request_text, twin", [
    ('TextEquals("deluxe")', "rooms that are deluxe", 'TextContains("deluxe")'),
    ('NOT(TextEquals("gmail"))', "emails that aren't gmail", 'TextNotContains("gmail")'),
    ('TextEquals("deluxe")', "rooms that are exactly deluxe", None),  # the whole text asked for
    ('TextEquals("")', "blank rooms", None), ('GreaterThan(5)', "over 5", None),
])
def test_a_whole_text_gets_a_contained_twin(code, request_text, twin):
    from cf_assistant.languages.cf.repairs import contains_twin

    assert contains_twin(code, request_text) == twin


def test_the_contained_twin_ranks_first_only_where_the_cells_show_it():
    from cf_assistant.assistant import pipeline

    class Source:
        def generate_scored(self, utterances, k):
            return [[('TextEquals("deluxe")', -0.1)] for _ in utterances]

    suggester = pipeline.Suggester("cf", source=Source())
    rooms = ["Double Deluxe", "Twin", "Deluxe Suite", "Single"]
    assert suggester.suggest("rooms that are deluxe", k=3, values=rooms).candidates[0].code == 'TextContains("deluxe")'
    assert suggester.suggest("rooms that are deluxe", k=3).candidates[0].code == 'TextEquals("deluxe")'
    exact = ["Deluxe", "Twin", "Double Deluxe"]
    assert suggester.suggest("rooms that are deluxe", k=3, values=exact).candidates[0].code == 'TextEquals("deluxe")'


@pytest.mark.parametrize("code, twin", [
    ('AND(TextEquals(c[1], "Tap Junior"), TextEquals(c[1], "Jazz"))', 'OR(TextEquals(c[1], "Tap Junior"), TextEquals(c[1], "Jazz"))'),
    ('AND(TextEquals("a"), TextEquals("b"))', 'OR(TextEquals("a"), TextEquals("b"))'),
    ('AND(TextEquals(c[1], "a"), TextEquals(c[2], "b"))', None),  # two columns: both can hold
    ('AND(TextEquals("a"), TextEquals("A"))', None),  # one text (case does not count)
    ('AND(TextContains("a"), TextContains("b"))', None),  # a cell can contain both
    ('OR(TextEquals("a"), TextEquals("b"))', None),
])
def test_two_whole_texts_of_one_cell_get_an_or_twin(code, twin):
    from cf_assistant.languages.cf.repairs import either_twin

    assert either_twin(code) == twin


def test_two_whole_texts_asked_of_one_named_column_are_no_faithful_reading():
    from cf_assistant.languages.cf.repairs import faithful

    said = "Tap Junior and Jazz share a studio"
    assert not faithful('AND(TextEquals(c[1], "Tap Junior"), TextEquals(c[1], "Jazz"))', said)
    assert faithful('OR(TextEquals(c[1], "Tap Junior"), TextEquals(c[1], "Jazz"))', said)
    assert faithful('AND(TextEquals("Tap Junior"), TextEquals("Jazz"))', said)  # a table may split it


def test_an_and_a_table_puts_on_one_column_gives_way_to_its_or_twin():
    from cf_assistant.assistant import pipeline, tables

    class Source:
        def generate_scored(self, utterances, k):
            return [[('AND(TextEquals("Tap Junior"), TextEquals("Jazz"))', -0.1), ('ColorScale()', -0.5)]
                    for _ in utterances]

    suggester = pipeline.Suggester("cf", source=Source())
    rows = [["Pupil", "Class", "Age"], ["Ann", "Tap Junior", "9"], ["Bo", "Jazz", "11"], ["Cy", "Ballet", "8"]]
    data = tables.table_data(*tables.from_records(rows))
    top = suggester.suggest("Tap Junior and Jazz share a studio, highlight them", k=3, data=data).candidates[0]
    assert top.code.startswith("OR(") and top.faithful is not False
    rows = [["Task", "Priority", "Status"], ["a", "High", "Late"], ["b", "Low", "Late"], ["c", "High", "Done"]]
    data = tables.table_data(*tables.from_records(rows))
    source = Source()
    source.generate_scored = lambda utterances, k: [[('AND(TextEquals("High"), TextEquals("Late"))', -0.1)]
                                                    for _ in utterances]
    suggester = pipeline.Suggester("cf", source=source)
    assert suggester.suggest("tasks that are high priority and late", k=3, data=data).candidates[0].code.startswith("AND(")


@pytest.mark.parametrize("request_text, text", [
    ("meds with cillin anywhere", "cillin"),
    ("items that end with taco like fish taco", "taco"),
])
def test_an_unquoted_text_ends_before_words_that_place_it(request_text, text):
    from cf_assistant.languages.cf.repairs import unquoted_text

    assert unquoted_text(request_text) == text


def test_a_shouted_denial_ends_an_unquoted_text():
    from cf_assistant.languages.cf.repairs import unquoted_text

    assert unquoted_text("Everything in the Price column that is NOT 12 should be orange") is None


def test_blanks_the_request_denies_are_unfaithful_and_turned_round():
    from cf_assistant.languages.cf.repairs import denies_blanks, faithful, polarity_repairs

    said = "cars booked under 100 but not the empty ones"
    assert denies_blanks("AND(Blanks(), LessThan(100))", said)
    assert not faithful("AND(Blanks(), LessThan(100))", said)
    assert polarity_repairs("AND(Blanks(), LessThan(100))", said) == ["AND(NotBlanks(), LessThan(100))"]
    assert not denies_blanks("AND(NotBlanks(), LessThan(100))", said) and not denies_blanks("NOT(Blanks())", said)
    assert not denies_blanks("Blanks()", "the empty ones")


def test_a_denied_including_is_read_as_a_denied_contains_not_a_crash():
    from cf_assistant.languages.cf.repairs import _denied_test, denies_named_test

    assert _denied_test("guests over 100 but under 200 (not including 100 or 200)") == "TextContains"
    assert denies_named_test('TextContains("smith")', "names not including smith")
    assert not denies_named_test('TextNotContains("smith")', "names not including smith")


def test_a_rule_written_inside_a_text_literal_is_garbled_unless_the_request_says_it():
    from cf_assistant.languages.cf.repairs import garbled

    said = "highlight the jobs where Survey Done? is No"
    assert garbled('TextStartsWith(c[7], "TextEquals(""No"")")', said)
    assert garbled('NOT(TextStartsWith("AND(No"))', said)
    assert not garbled('TextEquals(c[7], "No")', said)
    assert not garbled('TextContains("TOP(5)")', 'cells containing "TOP(5)"')  # the user's own text
