"""A value named on a header-only table (assistant.header_values): its column read from the headers."""

from __future__ import annotations

import pytest

from cf_assistant.assistant import header_values as H
from cf_assistant.assistant import tables as T

REPAIRS = [["Job No", "Technician", "Site", "Logged", "Priority", "Status", "Invoiced", "Parts Cost ($)"]]
GYM = [["Member", "Plan", "Trainer", "Joined", "Visits", "Auto-Billing"]]


def read(head, request, embed=None):
    table, selection = T.from_records(head)
    return H.read(request, selection, embed)


@pytest.mark.parametrize("request_text, code", [
    ("closed jobs", 'TextEquals(c[5], "Closed")'),  # a status word, the rows' own noun aside
    ("jobs on hold, whole row", 'TextEquals(c[5], "On hold")'),  # a status of two words
    ("Marta's jobs", 'TextEquals(c[1], "Marta")'),  # a possessive: the people column
    ("jobs done by K. Osei", 'TextEquals(c[1], "K. Osei")'),
    ("urgent priority", 'TextEquals(c[4], "Urgent")'),  # a level beside its header
    ("emergency call outs", 'TextEquals(c[4], "Emergency")'),  # a level word, no header said
    ("jobs not invoiced", 'TextEquals(c[6], "No")'),  # a yes/no column stated
    ("uninvoiced jobs", 'TextEquals(c[6], "No")'),
    ("open or parked", 'OR(TextEquals(c[5], "Open"), TextEquals(c[5], "Parked"))'),  # one column: OR
    ("jobs that aren't closed", 'NOT(TextEquals(c[5], "Closed"))'),
    ("Marta's jobs that are open", 'AND(TextEquals(c[1], "Marta"), TextEquals(c[5], "Open"))'),
    ("site Harbour", 'TextEquals(c[2], "Harbour")'),  # a header said beside the value
    ("Harbour site jobs", 'TextEquals(c[2], "Harbour")'),
    ("closed jobs should be highlighted", 'TextEquals(c[5], "Closed")'),  # a modal is no value word
    # a forum's hedges and an "if" are no value words (session 17)
    ("any chance I can colour every Harbour job? whole line ideally", 'TextEquals(c[2], "Harbour")'),
    ("if a job is on hold, make the row grey", 'TextEquals(c[5], "On hold")'),
    # a value "in the X <header>" (session 18); texting's "w/"
    ("jobs in the Harbour site? whole row", 'TextEquals(c[2], "Harbour")'),
    ("pls hl the ones w/ parts invoiced", None),
    # "exactly" says how the value is matched, no word of it (session 26)
    ("mark any cell in Site that reads exactly 'Harbour'", 'TextEquals(c[2], "Harbour")'),
    ("every row belonging to the Harbour site", 'TextEquals(c[2], "Harbour")'),  # "belonging": no value word
])
def test_a_value_goes_to_the_column_its_kind_of_word_names(request_text, code):
    assert read(REPAIRS, request_text) == code


STUDIO = [["Session", "Client", "Engineer", "Booked For", "Rate (£)", "Fully Paid", "RSVP"]]


@pytest.mark.parametrize("request_text, code", [
    ("Kemi's sessions", 'TextEquals(c[2], "Kemi")'),  # a possessive: the one who does the work
    ("anything for Harbour Films", 'TextEquals(c[1], "Harbour Films")'),  # "for": the client
    ("sessions assigned to Kemi", 'TextEquals(c[2], "Kemi")'),
    ("sessions that aren't fully paid", 'TextEquals(c[5], "No")'),  # a yes/no header of two words
    ("clients who declined", 'TextEquals(c[6], "Declined")'),  # RSVP holds a status
])
def test_people_states_and_statuses_of_a_studio_sheet(request_text, code):
    assert read(STUDIO, request_text) == code


INCIDENTS = [["Inc #", "Service", "Sev", "PIR Date", "MTTR (h)", "On-call", "PM Done?"]]


@pytest.mark.parametrize("request_text, code", [
    ("if an incident is SEV2, colour its row orange", 'TextEquals(c[2], "SEV2")'),  # a code spelling its column
    ("if PM Done? isn't Yes, make the row pink", 'NOT(TextEquals(c[6], "Yes"))'),  # the state's word denied
    ("if PM Done? is No, make the row pink", 'TextEquals(c[6], "No")'),
])
def test_a_code_that_spells_its_column_and_a_yes_no_word_denied(request_text, code):
    assert read(INCIDENTS, request_text) == code


def test_a_yes_no_header_with_a_hyphen_and_a_plan_word_guessed_by_the_headers(embed):
    assert read(GYM, "members with auto-billing off") == 'TextEquals(c[5], "No")'
    assert read(GYM, "platinum members", embed) == 'TextEquals(c[1], "Platinum")'  # Plan, not Trainer (people)


@pytest.mark.parametrize("request_text", [
    "jobs over 200",  # a quantity
    "parts cost above 50",
    "jobs logged this week",  # a date rule
    "jobs with no technician",  # a blank
    "duplicate sites", "blank status", "top 3 parts cost",  # other rules
    'status is "Closed"',  # quoted: the model's slot reads it
    "sites containing harbour",
    "the most expensive job", "the latest jobs",
    "sites opening with Har", "technicians finishing with sen",  # a start or an end (session 26)
])
def test_a_request_asking_for_another_rule_is_not_read(request_text):
    assert read(REPAIRS, request_text) is None


def test_only_a_header_only_table_is_read_through_the_tables():
    """`on_table` reads only a table without data rows; with cells, the cells decide
    (`Tables.valued`)."""
    tables = T.Tables(lambda: None)
    empty = T.table_data(*T.from_records(REPAIRS))
    assert H.on_table("closed jobs", empty, tables) == 'TextEquals(c[5], "Closed")'
    assert tables.valued("closed jobs", empty) is None
    filled = T.table_data(*T.from_records(REPAIRS + [["J-1", "Ana", "Dock", "2024-01-02", "High", "Open", "Yes", "12"]]))
    assert H.on_table("closed jobs", filled, tables) is None


@pytest.fixture(scope="module")
def embed():
    from cf_assistant.diffusion.minilm import MiniLM

    return T.Embedder(MiniLM.from_package())


def test_a_header_value_ranks_first_though_the_request_does_not_spell_it():
    """"No" for "unpaid", "Closed" for "closed": the reading writes the cells' likely spelling,
    and is not demoted as a text the request does not hold."""
    from cf_assistant.assistant import pipeline

    class Source:
        def generate_scored(self, utterances, k):
            return [[("Blanks()", -0.1), ('TextEquals("")', -0.5)] for _ in utterances]

    data = T.table_data(*T.from_records(REPAIRS))
    got = pipeline.Suggester("cf", source=Source()).suggest("uninvoiced jobs", k=3, data=data)
    assert got.candidates[0].code == 'TextEquals(c[6], "No")'
    assert got.candidates[0].origin == pipeline.HEADER_VALUE


def test_a_yes_no_header_read_as_an_amount_and_the_first_columns_word_for_the_rows():
    """"Deposit Paid" reads as a number from its header (deposit), yet "no deposit paid" states it;
    "shows" beside Show Date names the rows; "Courier Required" holds a state, not a person."""
    head = [["Show Date", "Venue", "City", "Deposit Paid", "Courier Required", "Status"]]
    assert read(head, "no deposit paid") == 'TextEquals(c[3], "No")'
    assert read(head, "shows where the deposit hasn't been paid") == 'TextEquals(c[3], "No")'
    assert read(head, "shows that need a courier") == 'TextEquals(c[4], "Yes")'
    assert read(head, "rows where Status is No") == 'TextEquals(c[5], "No")'  # "No" last: a value, no denial


def test_a_guessed_value_leans_to_a_category_header_and_after_from_to_an_origin(embed):
    assert read([["Patient", "NHS", "Treatment Type", "Fee"]], "fillings", embed) == 'TextEquals(c[2], "Filling")'
    head = [["Item", "Colour Code", "Category", "Supplier", "Qty"]]
    assert read(head, "anything from Northwood", embed) == 'TextEquals(c[3], "Northwood")'
    assert read([["Gig Date", "Venue", "City", "Fee"]], "leeds or york gigs", embed) == \
        'OR(TextEquals(c[2], "Leeds"), TextEquals(c[2], "York"))'  # values before the rows' noun: as typed


def test_a_status_said_in_the_passive_with_got_is_read():
    assert read(REPAIRS, "highlight the jobs that got cancelled") == 'TextEquals(c[5], "Cancelled")'
    assert read(REPAIRS, "jobs that got someone") is None  # "got someone": presence, another rule


def test_to_stand_out_is_the_format_asked_not_a_value():
    backers = [["Backer #", "Name", "Tier", "Payment", "Survey"]]
    assert read(backers, "every row where the payment hasn't been Collected to stand out") == \
        'NOT(TextEquals(c[3], "Collected"))'


def test_a_column_said_by_its_letter_is_no_value_whatever_its_case(embed):
    scaffolds = [["Tag No", "Site", "Type", "Lifts", "Height (m)", "Load Class", "Insp. Due", "Defects", "Tag",
                  "Hire (£/wk)"]]
    assert read(scaffolds, "Column H.", embed) is None  # (what was left of a question once)
    assert read(scaffolds, "Column H. The tube ones", embed) == read(scaffolds, "The tube ones", embed)


RESERVOIRS = [["Reservoir", "Catchment", "Level (% full)", "Algae Alert?", "Lead Condition"]]


@pytest.mark.parametrize("request_text, code", [
    # a value said of a yes/no column is its text, not Yes (session 19)
    ("highlight the whole row when Algae Alert? is Red", 'TextEquals(c[3], "Red")'),
    ("highlight the whole row when Algae Alert? is Yes", 'TextEquals(c[3], "Yes")'),
    ("rows where Algae Alert? is Bloom", 'TextEquals(c[3], "Bloom")'),
    ("highlight Algae Alert? Pending or No, whole row", 'OR(TextEquals(c[3], "Pending"), TextEquals(c[3], "No"))'),
    # a condition's word is a status
    ("please highlight the Poor reservoirs", 'TextEquals(c[4], "Poor")'),
])
def test_a_value_said_of_a_yes_no_column_and_a_condition_word(request_text, code):
    assert read(RESERVOIRS, request_text) == code
