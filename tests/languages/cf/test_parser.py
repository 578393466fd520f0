"""The CF parser: both dialects, aliases, bare/quoted texts, and errors that say where and what."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cf_assistant.errors import RuleSyntaxError
from cf_assistant.languages.cf.parser import CANONICAL, FUNCTIONS, GRAMMAR_PATH, parse
from cf_assistant.languages.cf.rules import (
    And, Average, Between, Blanks, ColumnRef, Compare, Duplicates, Errors, Not, Or, Rank, Text,
    TimePeriod, Visual,
)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("GreaterThan(437)", Compare("GreaterThan", 437.0)),
        ("GreaterThanEqual(25)", Compare("GreaterThanEqual", 25.0)),
        ("LessThanEqual(-3.5)", Compare("LessThanEqual", -3.5)),
        ("Equals(0)", Compare("Equals", 0.0)),
        ("NotEquals(1e3)", Compare("NotEquals", 1000.0)),
        ("GreaterThan(5 Days)", Compare("GreaterThan", "5 Days")),
        ("GreaterThan($E$13)", Compare("GreaterThan", "$E$13")),
        ('Equals("5")', Compare("Equals", "5")),
        ("GreaterThan(50%)", Compare("GreaterThan", 0.5)),
        ("Between(400, 800)", Between(400.0, 800.0)),
        ("Between(610, 550)", Between(610.0, 550.0)),
        ("NotBetween(1,2)", Between(1.0, 2.0, negate=True)),
        ("Between(0.5, 1E-32)", Between(0.5, 1e-32)),
        ("TextContains(Needs Update)", Text("TextContains", "Needs Update")),
        ("TextNotContains(x)", Text("TextNotContains", "x")),
        ("TextStartsWith(partial)", Text("TextStartsWith", "partial")),
        ("TextEndsWith(ing)", Text("TextEndsWith", "ing")),
        ("TextEquals(165)", Text("TextEquals", "165")),
        ("top(10%)", Rank(10.0, percent=True)),
        ("Top(1)", Rank(1.0)),
        ("bottom(3)", Rank(3.0, bottom=True)),
        ("bottom(5%)", Rank(5.0, bottom=True, percent=True)),
        ("TopPercent(20)", Rank(20.0, percent=True)),
        ("BottomPercent(20)", Rank(20.0, bottom=True, percent=True)),
        ("aboveAverage()", Average()),
        ("belowAverage()", Average(below=True)),
        ("Duplicate()", Duplicates()),
        ("Duplicates()", Duplicates()),
        ("Unique()", Duplicates(unique=True)),
        ("Blanks()", Blanks()),
        ("NotBlanks()", Blanks(negate=True)),
        ("Errors()", Errors()),
        ("NotErrors()", Errors(negate=True)),
        ("ColorScale()", Visual("ColorScale")),
        ("DataBar()", Visual("DataBar")),
        ("IconSet()", Visual("IconSet")),
        ("LastMonth()", TimePeriod("LastMonth")),
        ("Last7Days()", TimePeriod("Last7Days")),
        ("Today()", TimePeriod("Today")),
        (
            "AND(GreaterThanEqual(25),LessThan(50))",
            And((Compare("GreaterThanEqual", 25.0), Compare("LessThan", 50.0))),
        ),
        ('NOT(TextEquals(""))', Not(Text("TextEquals", ""))),
        (
            "OR(TextEquals(p), TextEquals(ul))",
            Or((Text("TextEquals", "p"), Text("TextEquals", "ul"))),
        ),
    ],
)
def test_implicit_column_dialect(text, rule):
    assert parse(text) == rule


@pytest.mark.parametrize(
    "text, rule",
    [
        ("LessThan(c[1], 900000)", Compare("LessThan", 900000.0, column=1)),
        ("TextEquals(c[3], 'Worldwide')", Text("TextEquals", "Worldwide", column=3)),
        ("Duplicates(c[0])", Duplicates(column=0)),
        ("LessThan(c[2], c[1])", Compare("LessThan", ColumnRef(1), column=2)),
        ("TopPercent(c[1], 20)", Rank(20.0, percent=True, column=1)),
        ("Top(c[1], 10%)", Rank(10.0, percent=True, column=1)),
        ("Between(c[2], 1, c[0])", Between(1.0, ColumnRef(0), column=2)),
        ("TextContains(c[0], a, b)", Text("TextContains", "a, b", column=0)),
        ("ColorScale(c[4])", Visual("ColorScale", column=4)),
        ("Yesterday(c[1])", TimePeriod("Yesterday", column=1)),
        ("GreaterThan(c[1])", Compare("GreaterThan", ColumnRef(1))),
        ("LessThan( C[ 2 ] , 5 )", Compare("LessThan", 5.0, column=2)),
    ],
)
def test_indexed_column_dialect(text, rule):
    assert parse(text) == rule


@pytest.mark.parametrize(
    "alias, canonical",
    [
        ("GreaterThanEquals", "GreaterThanEqual"), ("GreaterThanOrEqual", "GreaterThanEqual"),
        ("LessThanEquals", "LessThanEqual"), ("greaterthan", "GreaterThan"),
        ("LESSTHAN", "LessThan"),
    ],
)
def test_compare_aliases_any_case(alias, canonical):
    assert parse(f"{alias}(5)") == Compare(canonical, 5.0)


@pytest.mark.parametrize(
    "alias, canonical",
    [("StartsWith", "TextStartsWith"), ("BeginsWith", "TextStartsWith"),
     ("EndsWith", "TextEndsWith"), ("textcontains", "TextContains")],
)
def test_text_aliases(alias, canonical):
    assert parse(f"{alias}(ab)") == Text(canonical, "ab")


def test_combinator_aliases_any_case():
    assert parse("Not(And(Blanks(), Or(Errors())))") == Not(And((Blanks(), Or((Errors(),)))))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("TextContains(Mon Jun 15)", "Mon Jun 15"),
        ("TextContains(经济)", "经济"),
        ("TextContains(Non-pooled, en)", "Non-pooled, en"),  # commas belong to a lone text
        ("TextContains(Meets 50% Exception)", "Meets 50% Exception"),
        ("TextContains(f'k{kk foHkkx jktLFkku)", "f'k{kk foHkkx jktLFkku"),
        ("TextEquals(rich's)", "rich's"),
        ("TextEquals(Y(SH))", "Y(SH)"),  # balanced parentheses inside a bare text
        ("TextContains(()", "("),  # an unbalanced one: the only possible end
        ("TextContains(Yes-adhoc(if needed)", "Yes-adhoc(if needed"),
        ("TextEquals(  padded  )", "padded"),  # bare texts are trimmed; quote to keep spaces
        ('TextEquals(" ")', " "),
        ('TextEquals("")', ""),
        ("TextEquals()", ""),
        ("TextEquals('it''s')", "it's"),
        ('TextEquals("say ""hi""")', 'say "hi"'),
        ("TextEquals('a, b')", "a, b"),
        ("TextEquals(#REF!)", "#REF!"),
    ],
)
def test_text_arguments(text, expected):
    assert parse(text).text == expected


def test_long_bare_text_with_many_parentheses():
    assert parse("TextContains(" + "(a)" * 3000) == Text("TextContains", "(a)" * 2999 + "(a")


def test_nested_bare_text_with_parenthesis_backtracks():
    assert parse("NOT(TextContains(a(b))") == Not(Text("TextContains", "a(b"))
    assert parse("NOT(TextContains(a(b)))") == Not(Text("TextContains", "a(b)"))


def test_deep_nesting_from_the_data():
    text = (
        'OR(AND(OR(OR(NOT(TextEquals("")),NOT(TextEquals(""))),NOT(TextEquals(""))),'
        'OR(TextEquals(""),TextEquals(0))),AND(OR(OR(TextEquals(""),TextEquals("")),'
        'TextEquals("")),AND(NOT(TextEquals("")),NOT(TextEquals(0)))))'
    )
    assert isinstance(parse(text), Or)


def _error(text: str) -> RuleSyntaxError:
    with pytest.raises(RuleSyntaxError) as info:
        parse(text)
    return info.value


@pytest.mark.parametrize(
    "text, position, fragment",
    [
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ("Foo(1)", 0, "unknown function 'Foo'"),
        ("GreaterThen(5)", 0, "did you mean GreaterThan"),
        ("SUMPRODUCT(($A$2:$A$10=A2)*1)>1", 0, "unknown function 'SUMPRODUCT'"),
        ("$A2=$A3", 0, "unexpected '$A2=$A3' at column 1"),
        ("--", 0, "unexpected '--' at column 1"),
        ("GreaterThan(5", 13, "'(' at column 12 is never closed"),
        ("AND(GreaterThan(1)", 18, "'(' at column 4 is never closed"),
        ("GreaterThan(5))", 14, "')' closes nothing at column 15"),
        ("AND()", 4, "unexpected ')' at column 5"),
        ("Top(ten)", 4, "expected a column c[i] or a number"),
        ("Between(1)", 9, "expected ','"),
        ("ColorScale(5)", 11, "unexpected '5' at column 12"),
        ('TextEquals("abc)', 11, 'the " at column 12 is never closed'),
        ('TextEquals("a" b)', 15, "unexpected 'b' at column 16"),
        ("GreaterThan(5) LessThan(3)", 15, "expected the end of the rule"),
        ("GreaterThan()", 12, "expected"),
    ],
)
def test_errors_name_position_and_expectation(text, position, fragment):
    err = _error(text)
    assert err.position == position
    assert fragment in str(err)
    assert err.text == text
    assert str(err).startswith("not a CF rule: ")


def test_unknown_function_lists_the_canonical_names():
    err = _error("Foo(1)")
    assert "GreaterThan" in err.expected and "TextContains" in err.expected


def test_office_scripts_fragment_is_not_a_rule():
    text = (
        'TextEquals(Male",formula2:undefined,operator:ExcelScript.ConditionalCellValueOperator.'
        'equalTo,}); conditionalFormatting.getCellValue().setRule({formula1:"=Male)'
    )
    err = _error(text)
    assert err.position == text.index(";")


def test_too_deep_nesting_is_an_error_not_a_crash():
    err = _error("NOT(" * 5000 + "Blanks()" + ")" * 5000)
    assert "nested too deeply" in str(err)


def test_non_text_input():
    with pytest.raises(RuleSyntaxError):
        parse(None)  # type: ignore[arg-type]


def test_grammar_lists_the_same_spellings_as_the_alias_table():
    grammar = GRAMMAR_PATH.read_text(encoding="utf-8")
    for family, names in FUNCTIONS.items():
        m = re.search(rf"^{family}:\s*/\(\?i:([^)]*)\)/", grammar, re.M)
        assert m, family
        assert {a.lower() for a in m.group(1).split("|")} == {
            a.lower() for aliases in names.values() for a in aliases
        }, family
    assert all(CANONICAL[a.lower()][1] == c for n in FUNCTIONS.values() for c in n for a in n[c])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_raises_only_rule_syntax_error(text):
    try:
        parse(text)
    except RuleSyntaxError as err:
        assert 0 <= err.position <= len(text)


_PIECES = st.sampled_from(
    ["GreaterThan", "TextContains", "Between", "AND", "NOT", "top", "c[1]", "(", ")", ",", " ",
     '"', "'", "%", "5", "-1.5e3", "abc", "Blanks", "()", "))", "(("]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_rule_like_junk_raises_only_rule_syntax_error(text):
    try:
        parse(text)
    except RuleSyntaxError as err:
        assert 0 <= err.position <= len(text)


def test_ten_thousand_characters_of_junk_fail_fast():
    import time

    junks = ("x(" * 5000, "AND(TextContains(" + "(a)" * 3000, "AND(" + "Blanks()," * 1200 + "(")
    for junk in junks:
        start = time.perf_counter()
        with pytest.raises(RuleSyntaxError):
            parse(junk)
        assert time.perf_counter() - start < 2.0


# ------------------------------------------------------------------------------ the Language object

from cf_assistant.languages import TokenKind, get_language  # noqa: E402
from cf_assistant.languages.cf import CF, explain  # noqa: E402

K, I, O = TokenKind.KEYWORD, TokenKind.IDENTIFIER, TokenKind.OTHER


def test_registered_under_its_names():
    assert get_language("cf") is CF and get_language("Excel") is CF
    assert CF.name == "cf" and CF.display_name


def test_validate_reports_code_line_and_column():
    assert CF.validate("top(10%)").valid
    bad = CF.validate("AND(GreaterThan(1),\nFoo(2))")
    assert not bad.valid
    (diag,) = bad.diagnostics
    assert (diag.code, diag.line, diag.column) == ("CF002", 2, 1)
    assert CF.validate("GreaterThan(5").diagnostics[0].code == "CF003"
    assert CF.validate("").diagnostics[0].code == "CF004"
    assert CF.validate('TextEquals("x)').diagnostics[0].code == "CF005"
    assert CF.validate("$A2=$A3").diagnostics[0].code == "CF001"


def test_canonical_or_unchanged():
    assert CF.canonical("top(10%)") == "TopPercent(10)"
    assert CF.canonical("SUMPRODUCT(x)>1") == "SUMPRODUCT(x)>1"
    # an AND or OR of one rule is that rule (the model writes "AND(TextContains(...))" for "does not contain")
    assert CF.canonical('AND(TextContains(c[2], "a"))') == 'TextContains(c[2], "a")'
    assert CF.canonical("OR(AND(Equals(2)), Blanks())") == "OR(Equals(2), Blanks())"
    assert CF.canonical("NOT(OR(Blanks()))") == "NOT(Blanks())"
    assert CF.canonical("AND(Equals(1), Blanks())") == "AND(Equals(1), Blanks())"


def test_token_kinds_from_the_parse():
    tokens = ["Greater", "Than", "(", "c[1]", ", ", "5", ")"]
    assert CF.token_kinds(tokens) == [K, K, O, I, O, I, O]
    tokens = ["TextContains", "(", "Needs", " ", "Update", ")"]
    assert CF.token_kinds(tokens) == [K, O, I, I, I, O]
    assert CF.token_kinds(["top", "(", "10", "%", ")"]) == [K, O, I, I, O]
    assert CF.token_kinds(["NOT", "(", 'TextEquals("', '"))']) == [K, O, K, I]  # a quote is literal


def test_token_kinds_on_invalid_code_fall_back_to_a_scan():
    assert CF.token_kinds(["Foo", "(", "x y", ")", ")"]) == [K, O, I, O, O]
    assert CF.token_kinds([]) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=5), max_size=8))
def test_token_kinds_never_fail(tokens):
    assert len(CF.token_kinds(tokens)) == len(tokens)


@pytest.mark.parametrize(
    "text, sentence",
    [
        ("GreaterThan(5)", "Formats cells greater than 5."),
        ("LessThan(c[2], c[1])", "Formats cells of column 2 less than the value in column 1 of the same row."),
        ("top(10%)", "Formats cells in the top 10% of the numbers."),
        ("Between(1, 3)", "Formats cells between 1 and 3 (inclusive)."),
        ("NOT(Blanks())", "Formats cells not blank (empty or only spaces)."),
        ('TextContains(abc)', 'Formats cells containing "abc" (ignoring case).'),
        ("Duplicate()", "Formats cells with a duplicated value."),
        ("AND(GreaterThan(0),OR(LessThan(1),Errors()))",
         "Formats cells greater than 0 and (less than 1 or holding an error value)."),
    ],
)
def test_explain(text, sentence):
    assert explain(parse(text)) == sentence
    assert CF.explain(text) == sentence


def test_explain_every_function():
    for names in FUNCTIONS.values():
        for name in names:
            if name in ("AND", "OR", "NOT"):
                source = f"{name}(Blanks())"
            elif name in ("Between", "NotBetween"):
                source = f"{name}(1, 2)"
            elif name in FUNCTIONS["NULLARY_FN"]:
                source = f"{name}(c[1])"
            else:
                source = f"{name}(c[0], 3)"
            sentence = explain(parse(source))
            assert sentence.startswith("Formats cells") and sentence.endswith(".")
