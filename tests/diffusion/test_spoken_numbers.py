"""Numbers said in words (`diffusion.spoken_numbers`), and that they reach the answer as literals."""

import datetime as dt

import pytest

from cf_assistant.diffusion.spoken_numbers import spoken_numbers
from cf_assistant.diffusion.text_slots import spell_numbers


@pytest.mark.parametrize("said, written", [
    ("unit cost of one point five exactly", "unit cost of 1.5 exactly"),
    ("decks eight point two five or wider", "decks 8.25 or wider"),
    ("an economy of four and a half", "an economy of 4.5"),
    ("one and a half", "1.5"),
    ("vintages before twenty eighteen", "vintages before 2018"),
    ("the twenty nineteens", "the 2019"),
    ("doses of two fifty", "doses of 250"),
    ("faster than one twenty four", "faster than 124"),
    ("um two hundred and fifty stems or more", "um 250 stems or more"),
    ("temps of one thousand two hundred and fifty or more", "temps of 1250 or more"),
    ("between two hundred and fifty thousand and four hundred thousand km", "between 250000 and 400000 km"),
    ("between a hundred and two hundred", "between 100 and 200"),
    ("a hundred and fifty", "150"),
    ("half a million km or more", "500000 km or more"),
    ("a quarter million", "250000"),
    ("turnover above ten lakh", "turnover above 1000000"),
    ("two dozen", "24"),
    ("peaks above minus three", "peaks above -3"),
    ("peak between minus twelve and minus three", "peak between -12 and -3"),
    ("below minus 12 db", "below -12 db"),
    ("twenty-one or more", "21 or more"),
    ("if it's under half a carat, make it grey", "if it's under 0.5 carat, make it grey"),  # a fraction of a unit
    ("sessions under a quarter of an hour", "sessions under 0.25 hour"),
    ("over three quarters of a mile", "over 0.75 mile"),
])
def test_numbers_said_at_length_are_written_as_digits(said, written):
    assert spoken_numbers(said) == written


@pytest.mark.parametrize("words", [
    "the one with five", "no one", "negative values", "one two three", "top five",
    "volume under 10 million",  # a scale after digits: spell_numbers' own rule
    "at some point one of them",
    "the top half of a list",  # a share of a ranking, not of a unit
    "within half an hour",  # a table's units read it (tables.in_header_units)
])
def test_words_that_are_no_number_run_stay_as_typed(words):
    assert spoken_numbers(words) == words


def test_spell_numbers_keeps_its_own_rules_around_them():
    assert spell_numbers("volume under 10 million") == "volume under 10000000"
    assert spell_numbers("over two fifty or under five") == "over 250 or under 5"
    assert spell_numbers("between two numbers 1500 and 2000") == "between 1500 and 2000"


def test_a_spoken_number_reaches_the_rule_read_from_the_request():
    from cf_assistant.languages.cf import CF

    codes = [code for code, _ in CF.readings("bpm between one twenty and one thirty", dt.date(2024, 6, 12))]
    assert "Between(120, 130)" in codes
    codes = [code for code, _ in CF.readings("peaks below minus twelve db", dt.date(2024, 6, 12))]
    assert "LessThan(-12)" in codes
