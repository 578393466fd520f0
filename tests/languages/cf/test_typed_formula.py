"""An Excel formula typed into a request, read as its rule (`languages.cf.typed_formula`)."""

from __future__ import annotations

import pytest

from cf_assistant.languages.cf.typed_formula import typed_rule

TEN = tuple("ABCDEFGHIJ")  # a table of ten columns, A to J


@pytest.mark.parametrize("text, rule", [
    ("=$H2<1 on Paid % -> whole row (not fully paid)", "LessThan(c[7], 1)"),
    ("=$J2=1 -> whole row", "Equals(c[9], 1)"),
    ('=$I2="Yes" whole row (the recounts)', 'TextEquals(c[8], "Yes")'),
    ('=$C2<>"Sale"', 'NOT(TextEquals(c[2], "Sale"))'),
    ('LEFT(C2,5)="Theft" -> whole row', 'TextStartsWith(c[2], "Theft")'),
    ('=RIGHT(A2,3)="xyz"', 'TextEndsWith(c[0], "xyz")'),
    ('NOT(ISNUMBER(SEARCH("seal",J2))) -> cell', 'TextNotContains(c[9], "seal")'),
    ('=isnumber(search("x",A2))', 'TextContains(c[0], "x")'),
    ("Electorate not between 1000 and 2500, i.e. =OR(D2<1000,D2>2500)", "NotBetween(c[3], 1000, 2500)"),
    ("=AND($E2>=3,$E2<=7)", "Between(c[4], 3, 7)"),
    ('=OR($B2="a",$B2="b")', 'OR(TextEquals(c[1], "a"), TextEquals(c[1], "b"))'),
    ("=$B2=TODAY()", "Today(c[1])"),
    ("Duty Date = TODAY()+1 -> highlight the row", "Tomorrow()"),  # no cell: the header says which
    ("=ISBLANK(B2)", "Blanks(c[1])"),
    ('=$E2=""', "Blanks(c[4])"),
    ("=B2>AVERAGE($B$2:$B$20)", "AboveAverage(c[1])"),
    ("=$F2>=50%", "GreaterThanEqual(c[5], 0.5)"),
])
def test_a_typed_formula_is_its_rule(text, rule):
    assert typed_rule(text, TEN) == rule


@pytest.mark.parametrize("text", [
    "=$A2>$B2",  # two columns compared: no rule of one column
    "=AND($B2>3,$C2<4)",
    "=$M2>5",  # a column the table lacks
    "=B2>AVERAGE(B:B)",  # a whole-column range this reader does not know
    "=$B2*2>10",  # arithmetic on the cell
    "highlight sales over 5",
    "x = 5",
    "=$B2>5 or =$C2<3",  # two formulas
])
def test_no_rule_for_what_is_no_formula_of_one_column(text):
    assert typed_rule(text, TEN) is None


def test_on_one_column_the_letter_is_the_selections_own():
    assert typed_rule("=$H2<1", ()) == "LessThan(1)"


@pytest.mark.parametrize("text", ["=$A2>1e999", "=$A2<-1e999", "=$A2>1e999%"])
def test_a_number_no_cell_can_hold_reads_as_nothing_and_raises_nothing(text):
    assert typed_rule(text, TEN) is None and typed_rule(text, ()) is None


def test_the_pipeline_answers_a_typed_formula_with_an_endless_number():
    from tests.assistant.test_pipeline import suggester

    result = suggester([("GreaterThan(5)", -0.1), ("Top(3)", -0.5)]).suggest("=$A2>1e999", values=["3", "7"])
    assert result.candidates[0].code == "GreaterThan(5)"


def test_on_one_column_a_formulas_letter_is_the_selections_own():
    from cf_assistant.languages.cf import CFLanguage

    read = CFLanguage().readings("Custom formula is =OR(B2<0.3, B2>3), on Carat Weight", None, ("Carat Weight",))
    assert ("NotBetween(0.3, 3)", "typed formula") in read
