"""One-column requests read from the words the cells hold (`assistant.cell_words`), and the
pipeline that adds that reading to the model's samples when it has the cells."""

from __future__ import annotations

import pytest

from cf_assistant.assistant import cell_words as W
from cf_assistant.assistant.pipeline import Suggester
from tests.assistant.test_pipeline import FakeSource

DISHES = ["Vegan curry", "Chicken curry", "vegan burger", "Beef burger", "Curry (vegan)", "",
          "Veganuary special", "Thai curry"]
TICKETS = ["Closed", "closed", "Reopened", "Not closed", "Closed - duplicate", "Open"]
PAYMENTS = ["Paid", "paid", "Unpaid", "Partially paid", "Overdue"]
EXPENSES = ["Taxi", "taxi", "Flights", "Taxi - airport", "Uber (taxi)", "Late Uber home", "Hotel"]
LISTINGS = ["For sale", "Sold", "Under offer", "Unsold", "For sale - reduced", "Relisted for sale"]
CHANNELS = ["Email", "Email newsletter", "Facebook", "Paid social", "Re-email", "Gmail ads"]


@pytest.mark.parametrize("request_text, texts, header, rule", [
    ("Vegan Dishes", DISHES, "Dish", 'TextContains("vegan")'),  # the header word names the column
    ("defenders", ["Defender", "Midfielder", "Centre Defender"], "Position", 'TextContains("defender")'),
    ("LAPTOPS", ["laptop-ann", "srv-web-01", "LAPTOP-BOB"], "Hostname", 'TextContains("laptop")'),
    ("emial campaigns", CHANNELS, "Channel", 'TextContains("email")'),  # a slip of a cell word
    ("for sale listings", LISTINGS, "Listing", 'TextContains("for sale")'),  # a run with a stop word
    ("taxi or uber", EXPENSES, "Expense Type", 'OR(TextContains("taxi"), TextContains("uber"))'),
    ("VEGAN curries", DISHES, "Dish", 'AND(TextContains("vegan"), TextContains("curry"))'),
    # containing the word would colour a denial of it, or the letters inside another word
    ("mark closed tickets", TICKETS, "Ticket", 'TextEquals("Closed")'),
    ("the paid ones", PAYMENTS, "Payment", 'TextEquals("Paid")'),
    ("plain taxi claims", EXPENSES, "Expense Type", 'TextEquals("Taxi")'),  # the exact text asked
    ("anything vegan", DISHES, "Dish", 'TextContains("vegan")'),  # "any", "anything": whichever
    ("any taxis?", EXPENSES, "Expense Type", 'TextContains("taxi")'),
    ("Highlight all black belts (exact match).", ["Black", "Black 2nd Dan", "Junior black", "Brown"], "Belt",
     'TextEquals("Black")'),  # "exact match" asks for the whole cell
    ("the French ones", ["France", "Italy", "Spain"], "Country", 'TextContains("france")'),  # a country's adjective
    # "of any kind": none that holds it; "part" is the header's word, no "part of"
    ("every voice part that isn't a soprano of any kind", ["Soprano 1", "Mezzo soprano", "Alto", "Tenor"],
     "Voice Part", 'TextNotContains("soprano")'),
    ("rain but not heavy", ["Light rain", "Heavy rain", "Rain", "Fog"], "Note",
     'AND(TextContains("rain"), TextNotContains("heavy"))'),  # two named runs, a denial between
])
def test_a_request_naming_words_of_the_cells_reads_them(request_text, texts, header, rule):
    assert W.named_words(request_text, texts, header) == rule


@pytest.mark.parametrize("request_text", [
    "dishes that aren't vegan",  # a denial
    "dishes without vegan",  # a rule word
    "dishes containg vegan",  # a rule word, misspelt
    "dishes containing vegan",  # the model has a slot for the text
    'dishes "vegan"',
    "top 3 vegan dishes",  # a number
    "curry, burger or special",  # three named runs: no reading
    "highlight the dishes",  # the header word alone: nothing named
    "cold vegan dishes",  # an adjective the cells do not hold asks for more
    "anything but vegan curry",  # "anything" before a denial: no plain reading
])
def test_a_request_asking_more_than_the_named_words_is_left_to_the_model(request_text):
    assert W.named_words(request_text, DISHES, "Dish") is None
    assert W.quoted(request_text, DISHES, "Dish") == request_text


def test_the_named_words_are_quoted_as_the_cells_write_them():
    assert W.quoted("Vegan Dishes", DISHES, "Dish") == '"vegan" Dishes'
    assert W.quoted("emial campaigns", CHANNELS, "Channel") == '"email" campaigns'
    assert W.quoted("taxi or uber", EXPENSES, "") == '"taxi" or "uber"'


def test_with_the_cells_the_pipeline_answers_the_named_words_first():
    """The model, which sees no cells, answers "vegan dishes" with a colour scale; with the
    cells the reading comes first and the model's answer follows; without them nothing changes."""
    s = Suggester("cf", source=FakeSource([("ColorScale()", -0.1), ('TextEquals("vegan")', -0.5)]))
    got = s.suggest("vegan dishes", k=3, values=DISHES)
    assert [c.code for c in got.candidates][:2] == ['TextContains("vegan")', "ColorScale()"]
    assert got.candidates[0].origin == "named words" and got.candidates[0].faithful
    bare = s.suggest("vegan dishes", k=3)
    assert bare.candidates[0].code == "ColorScale()"
    assert s.source.calls[0][0] == ['"vegan" dishes'] and s.source.calls[1][0] == ["vegan dishes"]


def test_on_a_table_the_words_of_one_text_column_are_read_unless_a_whole_cell_is_named():
    from cf_assistant.assistant import tables as T

    staff = [["Name", "Role", "Team", "Salary"], ["Ann", "UX Designer", "Web", "72000"],
             ["Bob", "Lead Designer", "Print", "48000"], ["Cy", "Data Engineer", "Lead Gen", "95000"],
             ["Di", "Engineer", "Web", "55000"]]
    data = T.table_data(*T.from_records(staff))
    tables = T.Tables(embedder=None)

    def worded(request):
        return W.on_table(request, data, tables.quoted(request, data))

    assert worded("desinger roles") == ('"designer" roles', 'TextContains("designer")')
    assert worded("web team") is None  # a whole cell: quote_values names it
    assert tables.quoted("web team", data) == '"Web" team'
    assert worded("lead people") is None  # words of two columns' cells


def test_one_number_column_reads_a_quantity_in_its_headers_unit_a_text_column_does_not():
    s = Suggester("cf", source=FakeSource([("GreaterThan(21)", -0.1)]))
    s.suggest("out longer than 3 weeks", k=1, values=["3", "25", "7"])  # header "Value": no unit
    s.suggest("out longer than 3 weeks", k=1, data=_column("Days Out", ["3", "25", "7"]))
    s.suggest("out longer than 3 weeks", k=1, data=_column("Days Out", ["a", "b", "7"]))
    assert [call[0][0] for call in s.source.calls] == [
        "out longer than 3 weeks", "out longer than 21", "out longer than 3 weeks"]


def _column(header, values):
    from cf_assistant.assistant.inputs import column_data

    return column_data(header, values)


def test_a_word_for_the_header_in_another_form_leaves_the_reading():
    """"allergic" is a form of Allergies, the header: it names the column, not a value."""
    from cf_assistant.assistant.cell_words import named_words

    texts = ["None", "Penicillin", "Nuts", "penicillin, latex", "Latex"]
    assert named_words("anyone allergic to penicillin", texts, "Allergies") == 'TextContains("penicillin")'


@pytest.mark.parametrize("request_text, header, texts, rule", [
    ("signed contracts", "Signed On", [], "NotBlanks()"),
    ("unsigned contracts", "Signed On", [], "Blanks()"),
    ("contracts not signed yet", "Signed On", [], "Blanks()"),
    ("unassigned tickets", "Assigned To", ["Ann", "", "Bo"], "Blanks()"),
    ("approved claims", "Approved", ["Yes", "No"], None),  # yes/no cells: their words read it
    ("contracts signed over 5 days ago", "Signed On", [], None), ("contracts signed by Ann", "Signed On", [], None),
])
def test_the_state_a_header_names_is_there_or_missing(request_text, header, texts, rule):
    from cf_assistant.assistant.cell_words import named_state

    assert named_state(request_text, texts, header) == rule


_DESIGNS = ["Rose sleeve", "Custom rose", "Sparrow", "custom koi", "Rose", "Compass rose", "Koi"]


@pytest.mark.parametrize("request_text, texts, quoted, rule", [
    ("designs with no rose", _DESIGNS, 'designs with no "rose"', 'TextNotContains("rose")'),
    ("the ones with no koi", _DESIGNS, 'the ones with no "koi"', 'TextNotContains("koi")'),
    ("designs that arent koi", _DESIGNS, 'designs that arent "koi"', 'NOT(TextEquals("Koi"))'),  # being: whole
])
def test_one_denial_before_the_one_named_run_denies_it(request_text, texts, quoted, rule):
    assert W.read(request_text, texts, "Design") == (quoted, rule)


@pytest.mark.parametrize("request_text", [
    "no rose or koi",  # two runs
    "not custom",  # a text the model has a slot for ("not" is a cue of text_slots.mark)
    "anything thats not a cillin",
    "non-error values",  # the rule's own word: its readers read it
    "rose but not koi",
])
def test_a_denial_the_reading_cannot_place_is_left_to_the_model(request_text):
    assert W.read(request_text, _DESIGNS + ["error", "Error log"], "Design") is None


def test_a_chatty_ask_and_its_frame_words_leave_the_named_words_and_no_cell_holding_both_means_either():
    routes = ["Loop via Ashby", "Coast road out and back", "Ashby hills", "Reservoir loop"]
    assert W.named_words("hey, could you pick out every route that uses the coast road?", routes,
                         "Route") == 'TextContains("coast road")'
    assert W.named_words("every job with a socket", ["Socket swap", "Rewire", "EICR"], "Job Type") == \
        'TextContains("socket")'
    hirers = ["Brownies", "Yoga (Sarah)", "Private party", "Kids party", "WI"]
    assert W.named_words("all the parties and anything yoga", hirers, "Hirer") == \
        'OR(TextContains("party"), TextContains("yoga"))'  # no cell holds both
    jobs = ["EICR", "EICR - landlord", "Rewire", "Landlord gas check"]
    assert W.named_words("landlord EICRs only", jobs, "Job Type") == \
        'AND(TextContains("landlord"), TextContains("eicr"))'  # a cell holds both: no TextEquals


@pytest.mark.parametrize("request_text, texts, rule", [
    ("Pike only please, not the jack pike", ["Pike", "Jack pike", "Carp"], 'TextEquals("Pike")'),
    ("Just B1, not B1+.", ["A1", "B1", "B1+", "B2"], 'TextEquals("B1")'),
    ("just the straight Hamlet shows, no matinees", ["Hamlet", "Matinee: Hamlet", "Jazz night"],
     'TextEquals("Hamlet")'),
    ('exactly "Paid", not part paid or unpaid', ["Paid", "Part paid", "Unpaid"], 'TextEquals("Paid")'),
    ("just vegan dishes", ["Vegan", "Vegan curry"], None),  # nothing denied: "just" may mean "only those"
    ("just Pike, not Carp", ["Pike", "Carp"], None),  # no cell holds Pike inside more
    # (session 20) the cue alone, the text said last or "exactly"/"plain"; a denial before it
    ("diet notes that are just Normal", ["Normal", "Normal - low salt", "Vegan"], 'TextEquals("Normal")'),
    ("Is the report status exactly Final? Shade it green.", ["Final", "Final draft"], 'TextEquals("Final")'),
    ("if the glass isn't plain Float, mark it", ["Float", "Float tinted"], 'NOT(TextEquals("Float"))'),
    ("every dog except exactly Moss", ["Moss", "Moss II", "Rex"], 'NOT(TextEquals("Moss"))'),
])
def test_one_whole_cell_asked_for_exactly_is_equal_to_it(request_text, texts, rule):
    assert W.exact_cell(request_text, texts) == rule


def test_a_literal_no_cell_holds_is_written_as_the_cells_write_it():
    cells = ["Giant panda", "Red panda", "Emperor penguin", "Lion"]
    assert W.in_cells_spelling('OR(TextEquals("pandas"), TextEquals("penguins"))', cells) == \
        'OR(TextEquals("panda"), TextEquals("penguin"))'  # a plural
    assert W.in_cells_spelling('TextContains("junoir")', ["Junior", "Adult", "Senior"]) == \
        'TextContains("junior")'  # a slip of a cell word
    assert W.in_cells_spelling('TextEndsWith("Pro needs")', ["iPhone 13 Pro", "Galaxy S22"]) == \
        'TextEndsWith("Pro")'  # the model's span ran past the text
    assert W.in_cells_spelling('TextEndsWith("Pro")', ["iPhone 13 Pro"]) is None  # held already
    assert W.in_cells_spelling('TextContains("zebra")', cells) is None  # no form held: as it is


def test_with_the_cells_a_twin_in_their_spelling_comes_first():
    s = Suggester("cf", source=FakeSource([('TextEndsWith("Pro needs")', -0.1)]), examples=False)
    got = s.suggest("Any model ending in Pro needs the bigger screen part", k=2,
                    values=["iPhone 13 Pro", "Galaxy S22", "iPhone 12", "Pixel 7 Pro"])
    assert got.candidates[0].code == 'TextEndsWith("Pro")' and got.candidates[0].origin == "cells' spelling"


@pytest.mark.parametrize("request_text, texts, header, rules", [
    ("every DK yarn highlight it", ["Merino DK", "Alpaca Blend Aran", "Cotton 4ply", "Acrylic DK"], "Yarn",
     ['TextContains("dk")']),  # the header's word is no value
    ("every sole job highlight", ["Heels", "Full soles", "Half soles", "Zip"], "Repair", ['TextContains("sole")']),
    ("soles and heels please", ["Heel", "Full sole", "Zip"], "Repair",
     ['TextContains("sole")', 'TextContains("heel")']),  # the cells' spelling where it is the shorter
    ("highlight blanks over 5", ["over", "blank", "top"], "Note", []),  # rule words are never values
])
def test_the_words_of_the_cells_a_request_names_among_others(request_text, texts, header, rules):
    assert W.mentioned(request_text, texts, header) == rules


def test_of_two_columns_read_the_one_whose_cells_it_names_in_fewer_runs():
    from cf_assistant.assistant import tables as T

    passes = [["Pass ID", "Sat", "Ops Note"], ["P-1", "SENTRY-2", "pass aborted"], ["P-2", "CUBESAT-7", ""],
              ["P-3", "CUBESAT-7", "cubesat link"], ["P-4", "AQUILA-1", "low elevation"]]
    data = T.table_data(*T.from_records(passes))
    tables = T.Tables(embedder=None)
    request = "can u highlight every cubesat pass lol whole row"
    assert W.on_table(request, data, tables.quoted(request, data)) == (
        'can u highlight every "cubesat" pass lol whole row', 'TextContains("cubesat")')


def test_a_literal_of_spaces_only_has_no_cells_spelling_and_raises_nothing():
    # found by the fifteenth one-column set's dev half (an IndexError that ended `cfa bench`)
    assert W.in_cells_spelling('TextEquals(" ")', ["Apple", "Pear"]) is None
    assert W.in_cells_spelling('OR(TextEquals("  "), TextContains("pears"))', ["Apple", "Pear"]) == \
        'OR(TextEquals("  "), TextContains("pear"))'
