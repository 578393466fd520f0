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
    ("jobs not invoiced", 'TextEquals(c[6], "No")'),  # a yes/no column stated
    ("uninvoiced jobs", 'TextEquals(c[6], "No")'),
    ("open or parked", 'OR(TextEquals(c[5], "Open"), TextEquals(c[5], "Parked"))'),  # one column: OR
    ("jobs that aren't closed", 'NOT(TextEquals(c[5], "Closed"))'),
    ("Marta's jobs that are open", 'AND(TextEquals(c[1], "Marta"), TextEquals(c[5], "Open"))'),
    ("site Harbour", 'TextEquals(c[2], "Harbour")'),  # a header said beside the value
    ("Harbour site jobs", 'TextEquals(c[2], "Harbour")'),
])
def test_a_value_goes_to_the_column_its_kind_of_word_names(request_text, code):
    assert read(REPAIRS, request_text) == code


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
])
def test_a_request_asking_for_another_rule_is_not_read(request_text):
    assert read(REPAIRS, request_text) is None


def test_only_a_header_only_table_is_read_through_the_tables():
    """`Tables.valued` reads header values only where the table has no data rows; with cells, the
    cells decide (`named_value`)."""
    tables = T.Tables(lambda: None)
    empty = T.table_data(*T.from_records(REPAIRS))
    assert tables.valued("closed jobs", empty) == 'TextEquals(c[5], "Closed")'
    filled = T.table_data(*T.from_records(REPAIRS + [["J-1", "Ana", "Dock", "2024-01-02", "High", "Open", "Yes", "12"]]))
    assert tables.valued("closed jobs", filled) is None


@pytest.fixture(scope="module")
def embed():
    from cf_assistant.diffusion.minilm import MiniLM

    return T.Embedder(MiniLM.from_package())
