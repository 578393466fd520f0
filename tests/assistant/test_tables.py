"""Tables: the column a request tests (header words, words for them, values, types) and scope."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from cf_assistant.assistant import tables as T
from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf import parse

STAFF = [["Name", "Department", "Salary", "Age", "Start Date"],
         ["Ann", "IT", "72000", "34", "2019-03-01"],
         ["Bob", "Sales", "48,000", "45", "2021-06-15"],
         ["Cy", "IT", "95000", "29", "2023-01-10"],
         ["Di", "HR", "55000", "51", "2015-09-30"]]
ORDERS = [["Order ID", "Customer", "Amount", "Status", "Due"],
          ["A-1", "Acme", "250.5", "Late", "2024-05-01"],
          ["A-2", "Bolt", "80", "On time", "2024-05-03"],
          ["A-3", "Acme", "1200", "Late", "2024-06-01"],
          ["A-4", "Zed", "35", "Shipped", "2024-06-09"]]


def best(data, request: str, code: str, embed=None) -> str:
    table, selection = T.from_records(data)
    ranked = T.ColumnChoice(request, table, selection, embed).ranked(parse(code))
    return selection.headers[ranked[0][0]]


@pytest.fixture(scope="module")
def embed():
    from cf_assistant.diffusion.minilm import MiniLM

    return T.Embedder(MiniLM.from_package())


def test_words_are_stemmed_and_split():
    assert T.words("Salaries") == ["salary"]
    assert T.words("UnitPrice") == ["unit", "price"]
    assert T.header_words("Response (h)") == ["response"]
    assert T.words("highlight the boxes in rows") == ["box"]
    assert T.plain_words("salaries above 70k") == ["salaries"]


def test_column_kinds_from_raw_and_typed_cells():
    table, selection = T.from_records(STAFF)
    assert selection.kinds == ("text", "text", "number", "number", "date")
    assert T.column_kind([dt.date(2024, 1, 1), None], [45292.0, None]) == "date"
    assert T.column_kind([None, ""], [None, None]) == "empty"
    days_open = ["0", "8", "tbc", "n/a", "tbc", "5"]  # placeholders count for no text
    assert T.column_kind(days_open, [0.0, 8.0, "tbc", "n/a", "tbc", 5.0]) == "number"
    assert T.column_kind(["tbc", "n/a"], ["tbc", "n/a"]) == "text"


def test_header_row_is_text_over_typed_data():
    assert T.has_header(["Name", "Score"], [["Ann", 3.0], ["Bob", 4.0]])
    assert not T.has_header([1.0, 2.0], [[3.0, 4.0]])
    assert not T.has_header(["Ann", "x"], [["Ann", "y"]])  # a text that recurs below: data
    assert T.has_header(["Name", "City"], [["Ann", "Oslo"]])  # all text, never repeated


def test_header_words_and_magnitude_choose_the_money_column():
    assert best(STAFF, "salaries above 70k", "GreaterThan(70000)") == "Salary"
    assert best(STAFF, "older than 40", "GreaterThan(40)") == "Age"  # 40 fits ages, not pay


def test_a_text_literal_found_in_one_column_chooses_it():
    assert best(STAFF, "highlight the entire row for everyone in IT", "TextEquals(IT)") == "Department"
    assert best(ORDERS, "highlight late orders", "TextEquals(Late)") == "Status"


def test_rule_types_rule_out_columns():
    assert best(ORDERS, "this month", "ThisMonth()") == "Due"  # the only date column
    table, selection = T.from_records(ORDERS)
    choice = T.ColumnChoice("customers containing a", table, selection)
    scores = dict(choice.ranked(parse("TextContains(a)")))
    assert scores[2] < 0 and scores[1] > scores[2]  # Amount holds no text


def test_words_standing_for_headers_and_values(embed):
    assert best(STAFF, "pay under 50000", "LessThan(50000)", embed) == "Salary"
    assert best(STAFF, "empty division", "Blanks()", embed) == "Department"
    assert best(ORDERS, "repeated clients", "Duplicates()", embed) == "Customer"


def test_plausible_alternates_and_forced_column():
    marks, both = T.from_records([["Math", "English"], ["50", "60"], ["70", "40"], ["90", "80"]])
    assert T.ColumnChoice("over 55", marks, both).plausible(parse("GreaterThan(55)")) == [0, 1]
    assert T.ColumnChoice("english over 55", marks, both).plausible(parse("GreaterThan(55)")) == [1]
    table, selection = T.from_records(STAFF)
    choice = T.ColumnChoice("above 50", table, selection)
    assert choice.plausible(parse("GreaterThan(50)")) == [3]  # every salary is above 50: none
    forced = T.Selection(selection.headers, selection.columns, selection.kinds, selection.box, 1)
    assert T.ColumnChoice("salaries above 70k", table, forced).plausible(parse("GreaterThan(1)")) == [1]
    own = choice.ranked(parse("GreaterThan(c[2], 50)"))
    assert own == [(2, 0.0)]  # a rule that names its column keeps it


@pytest.mark.parametrize("request_text, header, scope", [
    ("highlight the entire row for everyone in IT", "Department", "rows"),
    ("rows where status is late", "Status", "rows"),
    ("highlight the orders that are late", "Status", "rows"),
    ("highlight salaries above 70k", "Salary", "cells"),
    ("highlight cells greater than 5", "Amount", "cells"),
    ("highlight the values that are blank", "Amount", "cells"),
    ("amounts over 100", "Amount", "cells"),
    ("fewer than 2 bathrooms", "Baths", "cells"),  # a longer word for the head word
    ("addreses ending in Rd", "Address", "cells"),  # one slip from it
    ("cheap ones under 50 bucks", "Cost ($)", "cells"),  # a pronoun and a unit name no things
    ("orders in the past 7 days", "Order Date", "rows"),  # a header word, but not its head
])
def test_scope(request_text, header, scope):
    assert T.scope_of(request_text, header) == scope


def test_a_request_naming_a_missing_column_lists_the_headers():
    headers = STAFF[0]
    with pytest.raises(BadInputError, match=r"no column 'Bonus' \(columns: Name, Department, Salary"):
        T.check_named_columns("highlight the Bonus column above 100", headers)
    with pytest.raises(BadInputError, match="no column 'Region'"):
        T.check_named_columns('rows where column "Region" is North', headers)
    T.check_named_columns("highlight the Salary column above 100", headers)
    T.check_named_columns("salaries in the start date column before 2020", headers)
    T.check_named_columns("highlight the entire column", headers)
    T.check_named_columns("highlight the whole row", headers)
    T.check_named_columns("shade just the cells of column C reading exactly 'HR'", headers)  # a lettered column
    T.check_named_columns("shade the entire row when column C, Salary, is over 9", headers)  # ("row when")


def test_from_grid_detects_the_header_and_places_the_rows():
    raw = [[None, "Item", "Qty"], [None, "nut", 4.0], [None, "bolt", 7.0]]
    table, selection = T.from_grid(raw, raw, first_col=2, first_row=3, above=None)
    assert selection.headers[1:] == ("Item", "Qty") and selection.columns == (1, 2)
    assert selection.box.rows() == "B4:C5" and selection.box.cells(2) == "C4:C5"
    assert table.n_rows == 2
    no_header = [[None, "nut", 4.0], [None, "bolt", 7.0]]
    table, selection = T.from_grid(no_header, no_header, 2, 3, above=["x", "Item", None])
    assert selection.headers == ("x", "Item", "C") and selection.box.rows() == "B3:C4"
    texts = [[None, "Ann", "Late"], [None, "Bob", "On time"]]  # all text, never repeated
    _, selection = T.from_grid(texts, texts, 2, 2, above=[None, "Name", "Status"])
    assert selection.headers[1:] == ("Name", "Status") and selection.box.rows() == "B2:C3"
    _, selection = T.from_grid(texts, texts, 2, 1, above=None)
    assert selection.headers[1:] == ("Ann", "Late") and selection.box.rows() == "B2:C2"


def test_a_named_column_may_be_a_near_word_for_a_header(embed):
    headers = ["Name", "Department", "Unit Cost", "Start Date"]
    T.check_named_columns("highlight the dept column where it is IT", headers, lambda: embed)
    T.check_named_columns("rows where the hire date column is last month", headers, lambda: embed)
    with pytest.raises(BadInputError, match="no column 'bonus'"):
        T.check_named_columns("values in the bonus column over 5", headers, lambda: embed)


def test_the_embedding_cache_is_bounded(monkeypatch):
    class Model:
        calls = 0

        def embed(self, texts):
            Model.calls += 1
            return np.eye(8, dtype=np.float32)[[len(t) % 8 for t in texts]]

    monkeypatch.setattr(T, "CACHE_TEXTS", 3)
    embed = T.Embedder(Model())
    assert embed(["a", "bb"]).shape == (2, 8) and embed(["a"]).shape == (1, 8)
    assert Model.calls == 1  # "a" came from the cache
    out = embed(["ccc", "dddd"])  # over the bound: the cache starts again, nothing is lost
    assert out.shape == (2, 8) and len(embed._cache) == 2


def test_words_that_are_cell_texts_are_named_as_texts():
    values = ["Laptop", "Laptop bag", "Not started", "Ana", "Q4", "No", "A", "12", "IT"]
    assert T.quote_values("highlight laptop sales", values) == 'highlight "Laptop" sales'
    assert T.quote_values("laptop bag orders", values) == '"Laptop bag" orders'
    assert T.quote_values("not started", values) == '"Not started"'
    assert T.quote_values("rows of the 'laptop' orders", values) == 'rows of the "Laptop" orders'  # single quotes
    assert T.quote_values("rows other than the 'Desk' ones, it's 'late'", values) == \
        "rows other than the 'Desk' ones, it's 'late'"  # (no cell's text)
    assert T.quote_values("Ana's tasks in Q4", values) == '"Ana"\'s tasks in "Q4"'
    assert T.quote_values("IT staff", values) == '"IT" staff'
    for untouched in ("no receipt", "A grades", "over 12", 'cells equal to "laptop"'):
        assert T.quote_values(untouched, values) == untouched
    # a past tense names its status: "failed" for Fail, "completed" for Complete
    assert T.quote_values("the failed samples", ["Pass", "Fail", "Retest"]) == 'the "Fail" samples'
    assert T.quote_values("completed jobs", ["Complete", "Pending"]) == '"Complete" jobs'
    assert T.quote_values("passed exams", ["Pass", "Fail"]) == '"Pass" exams'


def test_a_table_value_repairs_an_invented_text():
    from cf_assistant.assistant import pipeline

    read = []

    class Source:
        def generate_scored(self, utterances, k):
            read.extend(utterances)
            return [[("TextEquals(zzz)", -0.1)] for _ in utterances]

    data = T.table_data(*T.from_records(STAFF))
    result = pipeline.Suggester("cf", source=Source()).suggest("everyone in IT", k=1, data=data)
    assert read == ['everyone in "IT"']  # the model reads the table's value as a quoted text
    top = result.candidates[0]
    assert top.code == 'TextEquals(c[1], "IT")' and top.column == "Department"
    assert result.utterance == "everyone in IT" and top.origin == "literal repair"
    assert T.quote_values("everyone in it", ["IT"]) == "everyone in it"


def test_a_forced_column_never_asks_for_the_embedder():
    def no_embedder():
        raise AssertionError("--column chooses no column: MiniLM is not needed")

    table, selection = T.from_records(STAFF, forced=2)
    data = T.table_data(table, selection)
    (narrowed, fields), = T.Tables(no_embedder).candidates("salaries above 70k", "GreaterThan(70000)",
                                                           data)
    assert fields["column"] == "Salary" and narrowed.target == 2


def test_the_column_choice_is_kept_per_reference_date():
    data = T.table_data(*T.from_records(ORDERS))
    tables = T.Tables(lambda: None)
    may = tables.choice("due this month", data, dt.date(2024, 5, 15)).score(parse("ThisMonth()"), 4)
    later = tables.choice("due this month", data, dt.date(2025, 1, 1)).score(parse("ThisMonth()"), 4)
    assert later == may + T.DEGENERATE  # no due date in January 2025: formats none


def test_a_capital_letter_beside_its_column_and_a_word_inside_cells_are_named_as_texts():
    columns = [("Student", ["Ava", "Ben"]), ("Grade", ["A", "B", "A+"]),
               ("Title", ["Account Manager", "HR Manager", "Developer"])]
    assert T.quote_parts("A grades", columns) == '"A" grades'
    assert T.quote_parts("students with a B grade or better", columns) == \
        'students with a "B" grade or better'
    assert T.quote_parts("highlight the managers", columns) == 'highlight the "manager"'
    assert T.quote_parts("US orders", [("Country", ["USA", "UK", "usa"])]) == '"USA" orders'
    assert T.quote_parts("Reg starts with EI", [("From", ["EIDW", "EGLL"])]) == "Reg starts with EI"  # a prefix
    assert T.quote_parts("SO orders", [("Order", ["SO-1", "SO-2"])]) == "SO orders"
    for untouched in ("A students", "B", "account totals", 'titles with "Manager"', "I want A"):
        assert T.quote_parts(untouched, columns) == untouched


def test_two_texts_in_two_columns_put_each_test_on_its_column():
    table, selection = T.from_records(ORDERS)
    split = T.split_columns(parse('AND(TextEquals("Acme"), TextEquals("late"))'), table, selection)
    assert split == parse('AND(TextEquals(c[1], "Acme"), TextEquals(c[3], "late"))')
    for same_column in ('OR(TextEquals("Late"), TextEquals("Shipped"))', 'TextEquals("Acme")',
                        'AND(TextEquals("Acme"), GreaterThan(5))', 'AND(TextEquals("Acme"), TextEquals("x"))'):
        assert T.split_columns(parse(same_column), table, selection) is None


def test_a_two_column_answer_formats_the_rows_where_both_hold():
    from cf_assistant.assistant import pipeline

    class Source:
        def generate_scored(self, utterances, k):
            return [[('AND(TextEquals("Acme"), TextEquals("Late"))', -0.1)] for _ in utterances]

    data = T.table_data(*T.from_records(ORDERS))
    top = pipeline.Suggester("cf", source=Source()).suggest("late Acme orders", k=1,
                                                            data=data).candidates[0]
    assert top.code == 'AND(TextEquals(c[1], "Acme"), TextEquals(c[3], "Late"))'
    assert top.scope == "rows" and list(top.formatted) == [0, 2]


FLAGS = [("Invoice", ["INV-1", "INV-2"]), ("Paid", ["Yes", "No", "no", "Partial"]),
         ("Receipt", ["yes", "no"]), ("Status", ["Open", "Closed"])]


@pytest.mark.parametrize("request_text, written", [
    ("unpaid invoices", 'Paid "No" invoices'), ("invoices not paid", 'invoices Paid "No"'),
    ("paid invoices", 'Paid "Yes" invoices'), ("expenses without a receipt", 'expenses Receipt "no"'),
    *[(kept, kept) for kept in ("rows where Receipt is No", "open invoices", 'paid "x"', "Status paid yes")],
])
def test_a_yes_no_column_named_by_its_header_word_is_written_as_column_and_value(request_text, written):
    assert T.name_flags(request_text, FLAGS) == written
    assert T.name_flags("unpaid", [("Paid", ["Yes", "No", "Partial", "Later"])]) == "unpaid"


def test_a_yes_no_headers_word_inside_another_header_said_names_no_flag():
    cols = [("Raid Points", ["12", "30"]), ("Super Raid?", ["Yes", "No"])]
    assert T.name_flags("rows with Raid Points over 15", cols) == "rows with Raid Points over 15"
    assert T.name_flags("super raids with Raid Points over 15", cols) == 'Super Raid? "Yes" with Raid Points over 15'


def test_a_yes_no_header_with_a_question_mark_its_words_apart_and_a_text_or_blanks_asked():
    cols = [("PIC?", ["Yes", "No"]), ("Heating On", ["Yes", "No"]), ("Gift Aid", ["Yes", "No"]),
            ("Legal Aid?", ["Yes", "No"]), ("Remarks", ["roots", "ok"])]
    assert T.name_flags("flights where i was PIC", cols) == 'flights where i was PIC? "Yes"'
    assert T.name_flags("days the heating was on", cols) == 'days the Heating On "Yes"'
    assert T.name_flags("gift aided donations", cols) == 'Gift Aid "Yes" donations'
    assert T.name_flags("gifts of 1,000 or more", cols) == "gifts of 1,000 or more"  # one word: the rows
    assert T.name_flags("the gaps in Legal Aid?", cols) == "the gaps in Legal Aid?"  # its blanks
    assert T.name_flags("remarks that contain pic", cols) == "remarks that contain pic"  # a text


def test_rule_words_of_a_header_said_whole_are_left_out_of_what_the_model_reads():
    heads = ["Unit No", "Top Bid (£)", "Avg DBH (cm)", "Next Due", "Last"]
    assert T.without_header_cues("Highlight Unit No ending with 3", heads) == "Highlight Unit ending with 3"
    assert T.without_header_cues("lots whose Top Bid is not an error", heads) == "lots whose Bid is not an error"
    assert T.without_header_cues("Avg DBH (cm) under 32", heads) == "DBH (cm) under 32"
    assert T.without_header_cues("highlight the top bid", heads) == "highlight the top bid"  # typed otherwise


STOCK = [["Item", "In Stock", "Reorder Level", "Supplier"],
         ["bolts", "5", "10", "Acme"], ["nuts", "20", "10", "Zed"], ["pins", "3", "3", ""]]


@pytest.mark.parametrize("request_text, code", [
    ("items whose stock is below the reorder level", "LessThan(c[1], c[2])"),
    ("stock above reorder level", "GreaterThan(c[1], c[2])"),
    ("stock below 5", None), ("the reorder level", None), ("stock and reorder level", None),
])
def test_two_number_columns_compared_in_words(request_text, code):
    assert T.column_comparison(request_text, T.from_records(STOCK)[1]) == code


def test_a_column_comparison_is_offered_first_and_formats_its_rows():
    from cf_assistant.assistant import pipeline

    class Source:
        def generate_scored(self, utterances, k):
            return [[('TextEquals("reorder")', -0.1)] for _ in utterances]

    data = T.table_data(*T.from_records(STOCK))
    top = pipeline.Suggester("cf", source=Source()).suggest(
        "items whose stock is below the reorder level", k=2, data=data).candidates[0]
    assert top.code == "LessThan(c[1], c[2])" and top.origin == "column comparison"
    assert top.scope == "rows" and list(top.formatted) == [0]


def test_a_named_value_of_another_column_joins_the_rule():
    """'Acme orders over 100': the model's GreaterThan(100) tests Amount; "Acme" is a cell of
    Customer only, so the first candidate tests both and the bare rule follows it."""
    from cf_assistant.assistant import pipeline

    table, selection = T.from_records(ORDERS)
    joined = T.with_named_value(parse("GreaterThan(100)"), '"Acme" orders over 100', table,
                                selection, 2)
    assert joined == parse('AND(TextEquals(c[1], "Acme"), GreaterThan(c[2], 100))')
    for request, code in (('"Acme" orders over 100', 'TextEquals("Acme")'),  # its own text
                          ("orders over 100", "GreaterThan(100)"),  # no value named
                          ('"Nobody" orders over 100', "GreaterThan(100)"),  # in no column
                          ('orders not from "Acme" over 100', "GreaterThan(100)"),  # denied
                          ('"Acme" orders', "GreaterThan(100)")):  # a number never said
        assert T.with_named_value(parse(code), request, table, selection, 2) is None

    class Source:
        def generate_scored(self, utterances, k):
            return [[("GreaterThan(100)", -0.1)] for _ in utterances]

    data = T.table_data(table, selection)
    got = pipeline.Suggester("cf", source=Source()).suggest("acme orders over 100", k=2, data=data)
    assert [c.code for c in got.candidates] == ['AND(TextEquals(c[1], "Acme"), GreaterThan(c[2], 100))',
                                                "GreaterThan(c[2], 100)"]
    assert list(got.candidates[0].formatted) == [0, 2]


def test_cell_texts_typed_loosely_or_with_a_slip_are_named():
    values = ["Follow-up", "Check-up", "Cardiology", "Dermatology", "New patient", "Late"]
    assert T.quote_values("follow ups", values) == '"Follow-up"'
    assert T.quote_values("new patients", values) == '"New patient"'
    assert T.quote_values("cardiolgy appointments", values) == '"Cardiology" appointments'
    assert T.quote_values("checkups", values) == "checkups"  # no value loosely so
    assert T.quote_values("cardiology or dermatology", values) == '"Cardiology" or "Dermatology"'
    assert T.quote_values("the latest", values) == "the latest"  # an English word, no slip


def test_yes_no_columns_with_two_word_headers_and_off():
    cols = [("Parent Contacted", ["Yes", "No"]), ("Auto-Renew", ["Yes", "No"])]
    assert T.name_flags("parents not contacted", cols) == 'parents Parent Contacted "No"'
    assert T.name_flags("accounts with auto-renew off", cols) == 'accounts with Auto-Renew "No"'
    assert T.name_flags("auto-renew accounts", cols) == 'Auto-Renew "Yes" accounts'


def test_two_number_columns_compared_with_a_past_participle():
    table, selection = T.from_records([["Line", "Budget ($)", "Actual ($)"], ["a", "10", "12"],
                                       ["b", "20", "15"], ["c", "5", "5"]])
    assert T.column_comparison("actuals lower than budgeted", selection) == "LessThan(c[2], c[1])"


def test_a_second_quoted_value_joins_a_rule_that_tests_the_first():
    """'"Acme" orders that are "Late"': the model tests one value, the other one's column joins."""
    table, selection = T.from_records(ORDERS)
    joined = T.with_named_value(parse('TextEquals("Late")'), '"Acme" orders that are "Late"',
                                table, selection, 3)
    assert joined == parse('AND(TextEquals(c[1], "Acme"), TextEquals(c[3], "Late"))')
    first = T.with_named_value(parse('TextEquals("Acme")'), '"Acme" orders that are "Late"',
                               table, selection, 1)
    assert first == parse('AND(TextEquals(c[1], "Acme"), TextEquals(c[3], "Late"))')  # as said
    for request, code in (('"Acme" or "Zed"', 'OR(TextEquals("Acme"), TextEquals("Zed"))'),  # both tested
                          ('"Acme" orders that are "Late"', 'TextEquals("Gone")'),  # a text not quoted
                          ('"Late" orders not for "Acme"', 'TextEquals("Late")')):  # denied
        assert T.with_named_value(parse(code), request, table, selection, 3) is None


@pytest.mark.parametrize("request_text, written", [
    ("response time of a day or more", "response time of 24 or more"),
    ("responses within half an hour", "responses within 0.5"),
    ("weighing over 500 g", "weighing over 0.5"),
    ("responses over 2d", "responses over 48"),
    ("responses of 2 hours or more", "responses of 2 hours or more"),  # the header's own unit
    ("opened more than a day ago", "opened more than a day ago"),  # no unit column named
    ('response "a day"', 'response "a day"'),  # quoted
    ("weights over 5 m", "weights over 5 m"),  # a unit no header names ("m" may be millions)
])
def test_quantities_in_another_unit_are_written_in_the_headers_unit(request_text, written):
    headers = ["Ticket", "Opened", "Response (h)", "Weight (kg)"]
    assert T.header_unit("Response (h)") == ("time", 1.0) and T.header_unit("Visits (30d)") is None
    assert T.in_header_units(request_text, headers) == written
    # two headers in the same unit dimension: the one named, else no telling which one is meant
    assert T.in_header_units("response of a day", ["Response (h)", "Resolution (h)"]) == "response of 24"
    assert T.in_header_units("a turnaround of a day", ["Response (h)", "Resolution (h)"]) == \
        "a turnaround of a day"


def test_a_unit_word_of_a_header_is_its_unit_and_one_column_need_not_be_named():
    assert T.header_unit("Days Out") == ("time", 24.0) and T.header_unit("Hours Worked") == ("time", 1.0)
    assert T.header_unit("Mileage") is None and T.header_unit("Day") == ("time", 24.0)
    assert T.in_header_units("loans due in the next 3 weeks", ["Due", "Days Out"]) == \
        "loans due in the next 3 weeks"  # a date's distance (session 20: a time header unnamed otherwise)
    assert T.in_header_units("loans longer than 3 weeks", ["Days Out"]) == "loans longer than 21"
    assert T.in_header_units("loans longer than 3 weeks", ["Days Out"], named_only=False) == \
        "loans longer than 21"


@pytest.mark.parametrize("request_text, header, written", [
    ("top speeds below 36 km/h", "Top Speed (km/h)", "top speeds below 36"),
    ("doses over 5 mg/l or 3mg/l", "Dose (mg/l)", "doses over 5 or 3"),
    ("loads over 5 kg", "Load (kg)", "loads over 5 kg"),  # (a plain unit stays)
    ("top 5% of rates", "Rate (%)", "top 5% of rates"),  # a share is no unit to drop
    ("over 5 km/h", "Speed", "over 5 km/h"),
])
def test_a_one_columns_own_unit_after_a_number_goes(request_text, header, written):
    assert T.without_own_unit(request_text, header) == written


@pytest.mark.parametrize("request_text, header, written", [
    ("finishers over four and a half hours", "Finish (min)", "finishers over 270"),  # said in words
    ("sub four hours or exactly four", "Finish (min)", "sub 240 or exactly 240"),  # the unit said once
    ("crossings under an hour twenty", "Crossing (min)", "crossings under 80"),  # minutes after hours
    ("over 2 hours and 15 minutes", "Finish (min)", "over 135"),
    ("over 2 hours and 15 tickets", "Finish (min)", "over 120 and 15 tickets"),  # no minutes
    ("between 2 and 3 hours", "Finish (min)", "between 120 and 180"),  # the unit said after both
    ("2-3 hours", "Finish (min)", "120-180"),
    ("tracks not exactly four minutes", "Length (s)", "tracks not exactly 240"),  # seconds
    ("waits under 30 seconds or over 5 minutes", "Wait (sec)", "waits under 30 seconds or over 300"),
    ("stays shorter than a week", "Nights", "stays shorter than 7"),  # a stay's nights are days
    ("runs of 30 minutes or more", "Finish (min)", "runs of 30 minutes or more"),  # its own unit
    ("people in their 30s", "Age (s)", "people in their 30s"),  # "s" only in a header
])
def test_one_columns_quantities_said_in_other_units_and_words_are_written_in_its_unit(request_text, header,
                                                                                         written):
    assert T.in_header_units(request_text, [header], named_only=False) == written


@pytest.mark.parametrize("request_text, code", [
    ("Could rows with Status = Pending go amber?", 'TextEquals(c[3], "Pending")'),
    ("Whole row if the fee isn't fully paid, i.e. Fee Paid says No or Part.",
     'OR(TextEquals(c[2], "No"), TextEquals(c[2], "Part"))'),
    ("Highlight the kids who haven't handed in a medical form (Medical Form = No) and haven't paid "
     "either (Fee Paid = No)", 'AND(TextEquals(c[4], "No"), TextEquals(c[2], "No"))'),
    ("Fee Paid = No or Medical Form = No", 'OR(TextEquals(c[2], "No"), TextEquals(c[4], "No"))'),
    ("rows where Status != Done", 'NOT(TextEquals(c[3], "Done"))'),
    ("status = pending", 'TextEquals(c[3], "Pending")'),  # the cells' spelling
    ("Fee (£) = 40", "Equals(c[1], 40)"), ("Fee = 40", "Equals(c[1], 40)"),  # a number on a number column
    ("Status = Pending and fee over 40", None),  # asks for more than it states
    ("Status = Pending but not the kids in U7", None),
    ("When Fee Paid says No, can the row go red?", 'TextEquals(c[2], "No")'),
    ("highlight pending rows", None),  # nothing stated
])
def test_values_stated_of_headers_are_the_rule(request_text, code):
    rows = [["Player", "Fee (£)", "Fee Paid", "Status", "Medical Form"],
            ["Ann", 40, "No", "Pending", "Yes"], ["Bo", 35, "Part", "Done", "No"]]
    table, selection = T.from_records(rows)
    data = T.table_data(table, selection)
    assert T.stated_values(request_text, data.selection, data.table) == code


def test_a_single_quoted_text_is_left_as_the_request_quotes_it():
    columns = [("Title", ["Q&A Special", "Holiday Special", "Burnout"])]
    assert T.quote_parts("Titles ending in 'Special'", columns) == "Titles ending in 'Special'"
    assert T.quote_parts("Titles ending in Special", columns) == 'Titles ending in "special"'
    assert T.quote_parts("the specials' ones", columns) == "the \"special\"' ones"


def test_a_header_with_digits_written_in_the_request_gives_no_number():
    headers = ["Unit", "Odometer (km)", "L/100km"]
    assert T.without_header_numbers("L/100km of 10 or more", headers) == "the values of 10 or more"
    assert T.without_header_numbers("over 100k km", headers) == "over 100k km"
    assert T.without_header_numbers("NEWS2 shows #N/A", ["NEWS2"]) == "NEWS shows #N/A"  # still named


def test_a_capitalised_word_of_one_columns_texts_is_named_as_a_text():
    columns = [("Driver", ["Dave R.", "Sam K."]), ("Agent", ["J. Alvarez", "K. Obi"]),
               ("Show", ["Top Gear", "Done"])]
    assert T.quote_parts("highlight Dave's vans", columns) == 'highlight "Dave"\'s vans'
    assert T.quote_parts("anything listed by alvarez", columns) == 'anything listed by "Alvarez"'
    for untouched in ("top 3 shows", "the Top shows", "vans driven by Kim"):  # rule words, no owner
        assert T.quote_parts(untouched, columns) == untouched


def test_a_named_cell_text_with_nothing_more_asked_is_read_as_equal_to_it():
    table, selection = T.from_records(ORDERS)
    assert T.named_value('"Late" orders', selection, table) == 'TextEquals("Late")'
    assert T.named_value('customer "Zed"', selection, table) == 'TextEquals("Zed")'
    for denied in ('orders not "Late"', 'orders other than "Late"', 'everything except "Late"'):  # one denial
        assert T.named_value(denied, selection, table) == 'NOT(TextEquals("Late"))'
    for other in ('"Late" or "Shipped"',  # two values
                  "orders that aren't \"Late\"", 'orders not "Late" and not today',
                  'orders other than "Late" over 100', 'orders containing "Late"', '"Late" orders over 100',
                  '"Late" orders due today',  # more asked than the value
                  '"late" orders',  # not a cell's spelling
                  '"Nobody" orders'):  # no cell
        assert T.named_value(other, selection, table) is None


def test_a_named_cell_text_is_offered_first_and_once():
    from cf_assistant.assistant import pipeline

    class Source:
        def generate_scored(self, utterances, k):
            return [[("IconSet()", -0.1), ('TextEquals("Late")', -0.5)] for _ in utterances]

    data = T.table_data(*T.from_records(ORDERS))
    got = pipeline.Suggester("cf", source=Source()).suggest("late orders", k=3, data=data)
    codes = [c.code for c in got.candidates]
    assert codes[0] == 'TextEquals(c[3], "Late")' and codes.count('TextEquals(c[3], "Late")') == 1
    assert list(got.candidates[0].formatted) == [0, 2]


def test_a_header_without_cells_says_its_kind():
    """A header row with no data rows (a template): the header gives the kinds, and a date or
    number rule goes to the column whose header reads so, not to the one the request's subject
    names ("tasks"); a column the request names still wins over a guess."""
    head = [["Task", "Owner", "Due Date", "Status", "Hours"]]
    table, selection = T.from_records(head)
    assert selection.kinds == ("text", "text", "date", "text", "number")
    assert selection.guessed == frozenset(range(5))
    assert best(head, "tasks due this week", "ThisWeek()") == "Due Date"
    assert best(head, "tasks that took over 5", "GreaterThan(5)") == "Hours"
    assert best([["Math", "Name"]], "math above 80", "GreaterThan(80)") == "Math"  # guessed text, named
    assert T.from_records(STAFF)[1].guessed == frozenset()  # cells decide where there are some


def test_a_column_named_by_its_letter_is_chosen():
    assert T.lettered_columns("highlight values below 1000 in column D") == {3}
    assert T.lettered_columns("color cells in range C2:C50 greater than 20") == {2}
    assert T.lettered_columns("from cell B2 to B220, the D column too") == {1, 3}
    assert T.lettered_columns("Apply to A1:F257") == set()  # a range across columns names none
    assert T.lettered_columns("in the column I want, A column of dates, COLUMN OF A") == set()
    assert best(STAFF, "highlight values over 40 in column D", "GreaterThan(40)") == "Age"
    assert best(STAFF, "values over 40 in C2:C5", "GreaterThan(40)") == "Salary"
    T.check_named_columns("the E column is blank", STAFF[0])  # a letter, not a missing header


def test_a_yes_no_header_ending_in_a_stop_word_or_named_as_a_column_is_no_value():
    cols = [("Checked In", ["Yes", "No"]), ("Reconciled", ["Y", "N"])]
    assert T.name_flags("amount less than 49 in sheet Registrations", cols) == \
        "amount less than 49 in sheet Registrations"  # "in" is no "Checked In"
    assert T.name_flags("nothing in the Reconciled column", cols) == "nothing in the Reconciled column"
    assert T.name_flags("reconciled lines", cols) == 'Reconciled "Y" lines'


def test_the_pronoun_i_is_no_abbreviation_of_a_cell_text():
    assert T.quote_parts("Which budgets? I want them shaded", [("Centre", ["IT", "HR"])]) == \
        "Which budgets? I want them shaded"
    assert T.quote_parts("US orders", [("Country", ["USA", "UK"])]) == '"USA" orders'


CLAIMS = [["Claim", "Filed", "Settled", "Amount Claimed", "Amount Approved"],
          ["C1", "2024-06-01", "2024-06-03", "100", "100"], ["C2", "2024-06-05", "2024-06-02", "50", "20"],
          ["C3", "2024-06-07", "2024-06-09", "80", "80"]]


@pytest.mark.parametrize("request_text, code", [
    ("claims paid in full (approved equal to claimed)", "Equals(c[4], c[3])"),
    ("settled earlier than filed", "LessThan(c[2], c[1])"),
    ("rows where settled is after filed", "GreaterThan(c[2], c[1])"),
    ("amount claimed in column D and approved in E: where approved is less than claimed",
     "LessThan(c[4], c[3])"),  # the last pair with a comparison between
    ("approved over filed", None),  # a number and a date
])
def test_columns_compared_by_equality_by_dates_and_by_their_own_word(request_text, code):
    assert T.column_comparison(request_text, T.from_records(CLAIMS)[1]) == code


def test_a_percentage_leans_to_the_percent_column():
    head = [["Line", "Variance", "Variance %"]]
    assert best(head, "variance above 3%", "GreaterThan(0.03)") == "Variance %"
    assert best(head, "variance above 300", "GreaterThan(300)") == "Variance"


def test_a_column_said_as_a_column_whole_or_by_its_unit_leans_the_choice():
    head = [["Unit", "Tenant", "Monthly Rent", "Yield (t/ha)", "Moisture %"]]
    assert best(head, "Highlight units whose Monthly Rent is above average", "AboveAverage()") == "Monthly Rent"
    assert best(head, "Highlight yeild above 7 t/ha", "GreaterThan(7)") == "Yield (t/ha)"
    assert T.said_columns("which still say TBC in the Tenant column?", head[0]) == {1}
    T.check_named_columns("The admission date is column C.", head[0])  # a sentence, no name


def test_a_text_found_among_a_number_columns_cells_is_no_type_mismatch():
    data = [["Centre", "Actual"], ["IT", "50"], ["HR", "TBC"], ["Ops", "20"]]
    assert best(data, "which still say TBC in the Actual column", 'TextEquals("TBC")') == "Actual"


def test_a_header_word_said_with_a_slip_and_a_comparison_before_a_value():
    head = [["Page", "Page Views", "Avg Time on Page (s)"]]
    assert best(head, "page veiws above average", "AboveAverage()") == "Page Views"
    table, selection = T.from_records(CLAIMS)
    data = T.table_data(table, selection)
    assert T.Tables(None).valued("claims approved equal to claimed", data) is None


def test_two_columns_not_equal():
    selection = T.from_records([["Room", "Set Temp", "Actual Temp"]])[1]
    assert T.column_comparison("rooms where the Actual Temp is not equal to the Set Temp", selection) == \
        "NotEquals(c[2], c[1])"
    assert T.column_comparison("rooms where the Actual Temp equals the Set Temp", selection) == \
        "Equals(c[2], c[1])"


def test_the_plural_subject_names_the_rows_and_an_abbreviation_its_column():
    head = [["Ticket", "Subject", "Opened", "Copay"]]
    assert best(head, "tickets from the last 7 days", "Last7Days()") == "Opened"
    assert best([["Patient", "Date", "Copay"]], "copays between 20 and 40", "Between(20, 40)") == "Copay"
    assert best([["Candidate", "Applied", "Years Exp"]], "most experienced 2", "Top(2)") == "Years Exp"


def test_money_said_leans_to_a_header_with_a_currency_sign():
    selection = T.from_records([["Guest", "Nights", "Rate ($/night)"]])[1]
    bonus = T._said_bonus("expensive rooms, over $300 a night", selection)
    assert bonus[2] > bonus[1] == bonus[0] == 0


def test_a_short_header_is_named_by_what_it_means():
    """"arriving" names ETA, "mileage" Odometer, "fuel consumption" L/100km (`headers.header_meanings`)."""
    fleet = [["Van", "Depot Date", "ETA", "Odometer (km)", "Year", "L/100km"]]
    assert best(fleet, "vans arriving tomorrow", "Tomorrow()") == "ETA"
    assert best(fleet, "mileage under 40k", "LessThan(40000)") == "Odometer (km)"
    assert best(fleet, "fuel consumption above average", "AboveAverage()") == "L/100km"
    assert T._meant({"birthday"}, "DOB") == {"dob"} and T._meant({"birthday"}, "Due") == set()


def test_the_rows_noun_gives_way_to_another_named_column_and_word_forms_name_headers():
    """"accounts with no owner": Account names the rows, Owner is tested; "generation" says
    kWh Generated, "approval" Approved."""
    head = [["Account", "Plan", "Owner", "Renewal"]]
    assert best(head, "accounts with no owner", "Blanks()") == "Owner"
    assert best(head, "accounts", "NotBlanks()") == "Account"  # nothing else named
    assert T._rooted("generated", {"generation"}) and T._rooted("approved", {"approval"})
    assert not T._rooted("station", {"stated"}) and not T._rooted("generated", {"general"})


@pytest.mark.parametrize("request_text, code", [
    ("desks without a member", "Blanks(c[1])"), ("bookings missing a rate", "Blanks(c[3])"),
    ("desks that have someone booked", "NotBlanks(c[2])"), ("rows with a rate", "NotBlanks(c[3])"),
    ("desks with no member and no rate", None), ("rates over 40", None), ("desks with a rate above average", None),
    ("members with auto-renew off", None),
    ("every row with a Rate cell left blank", "Blanks(c[3])"), ("rows with a Rate cell that's empty", "Blanks(c[3])"),
    ("rows with Member starting with Jo", None), ("rows with Member holding 'Jo'", None),
])
def test_a_column_said_to_be_missing_or_there(request_text, code):
    head = [["Desk", "Member", "Booked By", "Rate", "Auto-Renew"]]
    table, selection = T.from_records(head)
    assert T.named_presence(request_text, selection) == code


def test_a_quoted_value_names_no_header_and_prices_are_named_by_cheap_and_dear():
    head = [["Plant", "Category", "Hardy", "Price (£)"]]
    assert best(head, "plants starting with 'Hardy'", 'TextStartsWith("Hardy")') == "Plant"
    assert best(head, "the 3 cheapest plants", "Bottom(3)") == "Price (£)"


def test_a_repeat_counts_the_rows_own_column_and_an_identifier_holds_codes():
    """"clients with more than one job": Client, though Job ID is named too; "refs ending in 7":
    an identifier column (kind unknown) holds the text codes."""
    head = [["Job ID", "Client", "Words", "Deadline"]]
    assert best(head, "clients with more than one job", "Duplicates()") == "Client"
    assert best([["Rental Ref", "Customer", "Hrs"]], "Refs ending in 7", 'TextEndsWith("7")') == "Rental Ref"
    assert best([["Rental Ref", "Customer", "Hired On"]], "rentals hired today", "Today()") == "Hired On"


def test_the_pipeline_answers_a_stated_value_first_on_its_column():
    """The model, which sees no headers, answers a post's "Status = Pending" with a colour scale;
    the stated value comes first, on its column."""
    from cf_assistant.assistant.pipeline import Suggester
    from tests.assistant.test_pipeline import FakeSource

    rows = [["Stall", "Fee", "Status"], ["A1", 40, "Pending"], ["A2", 35, "Confirmed"]]
    s = Suggester("cf", source=FakeSource([("ColorScale()", -0.1)]))
    got = s.suggest("Could rows with Status = Pending go amber?", k=3, data=T.table_data(*T.from_records(rows)))
    first = got.candidates[0]
    assert (first.code, first.origin, first.column) == ('TextEquals(c[2], "Pending")', "stated value", "Status")


def test_a_sheet_named_in_camel_case_is_where_not_a_column():
    """(The twenty-sixth table set's dev half: "PillowFightBouts" read as naming Pillow (g).)"""
    headers = ["Entry", "Grower", "Pumpkin (kg)", "Weigh Date", "Girth (cm)"]
    assert T.without_sheet("feat(PumpkinWeighIns): rows of PumpkinWeighIns", headers).split() == ["feat(", "):",
                                                                                                   "rows", "of"]
    for kept in ("Apply NotBetween 9 and 41 on Girth (cm)", "Grower is BigJim", "rows in WeighDate",
                 "cells only, sheet"):  # a rule's name, a value, a header so spelt
        assert T.without_sheet(kept, headers + ["WeighDate"]) == kept


def test_a_date_rule_goes_to_the_date_column_unless_the_rows_noun_is_the_only_one():
    from cf_assistant.languages.cf.parser import parse

    def best(headers, request, code):
        table, selection = T.from_records([headers])
        choice = T.ColumnChoice(request, table, selection)
        return headers[choice.ranked(parse(code))[0][0]]

    bookings = ["Booking", "Lead Booker", "Room", "Date", "Players"]
    assert best(bookings, "Upcoming bookings for next week", "NextWeek()") == "Date"  # after an adjective
    assert best(bookings, "bookings for next week", "NextWeek()") == "Date"
    table, selection = T.from_records([["Agent", "Calls", "CSAT"]])  # "the agent rows": the rows' noun
    agents = T.ColumnChoice("Colour the agent rows where CSAT is 4.4 or higher", table, selection)
    assert agents.rows_named == {0} and agents.base[0] == 0.0 and agents.base[2] > 0
    films = ["Film", "Country", "Section", "Screening", "Runtime (min)"]
    assert best(films, "Screenings today", "Today()") == "Screening"  # no date column: the one named
    entrants = ["Entrant ID", "Entrant", "Class", "Show Date", "Points"]  # "the row of the entrants": the rows
    assert best(entrants, "How can I shade the whole row of the entrants dated yesterday?", "Yesterday()") \
        == "Show Date"


def test_a_meaning_outweighs_a_shared_word_and_an_initialism_is_spelt_out():
    """"how many units" is Qty's (its meaning), not Unit Price's (a word in common); "personal
    best" spells PB; a rule's own word ("average") names no column by its meaning."""
    orders = [["Order No", "Customer", "Qty", "Unit Price", "Status"]]
    assert best(orders, "orders with more than 50 units", "GreaterThan(50)") == "Qty"
    assert best(orders, "unit price over 5", "GreaterThan(5)") == "Unit Price"
    swims = [["Swimmer", "Event", "Entry Time (s)", "PB (s)"]]
    assert T._initialled("swimmers who already have a personal best", "PB (s)") == {"pb"}
    assert T._initialled("pb under 30", "PB (s)") == set() and T._initialled("a personal best", "Event") == set()
    assert best(swims, "swimmers who already have a personal best", "NotBlanks()") == "PB (s)"
    selection = T.from_records([["Page", "Page Views", "Avg Time on Page (s)"]])[1]
    assert T._said_bonus("page views above average", selection)[2] == 0


def test_a_rates_own_unit_and_a_half_said_after_the_unit():
    assert T.header_unit("Practice (mins/week)") == T._UNITS["mins"]
    assert T.in_header_units("practice at least 2 hours", ["Practice (mins/week)"], named_only=False) == \
        "practice at least 120"
    assert T.in_header_units("less than an hour's practice a week", ["Practice (mins/week)"],
                             named_only=False) == "less than 60's practice a week"  # "a week": the period
    assert T.in_header_units("an hour and a half or less", ["Hours Booked"], named_only=False) == \
        "1.5 hour or less"
    assert T.in_header_units("half-kilo bags", ["Bag Size (g)"], named_only=False) == "500 bags"


def test_a_sheet_the_request_names_is_no_column():
    assert T.without_sheet("Highlight rows where QC is Fail or Retest in sheet Batches").strip() == \
        "Highlight rows where QC is Fail or Retest"
    assert "summary" not in T.without_sheet("greater than 500rs.of summary sheet")
    assert T.without_sheet("colour it on the 'Q3 Sales' tab please") == "colour it   please"
    assert T.without_sheet("timesheet hours over 40") == "timesheet hours over 40"
    head = [["Batch", "Beer", "QC"]]
    assert best(head, "Highlight rows where QC is Fail in sheet Batches", 'TextEquals("Fail")') == "QC"


def test_a_header_word_is_no_loose_form_of_a_cell_and_a_sheet_name_leans():
    assert T.quote_values("rows where Quote is below average", ["Quoted", "Done"], ["Quote", "Status"]) == \
        "rows where Quote is below average"
    assert T.quote_values("the failed ones", ["Fail", "Pass"], ["QC"]) == 'the "Fail" ones'
    head = [["Name", "DOB", "Age"]]
    assert best(head, "Highlight blank cells in sheet Birthdays", "Blanks()") == "DOB"


def test_one_columns_value_said_present_or_missing_by_its_header():
    assert T.column_presence("Highlight only episodes that have a rating (skip the empty ones)",
                             "Avg Rating") == "NotBlanks()"
    assert T.column_presence("certs with no due date", "Cert Due") == "Blanks()"
    assert T.column_presence("episodes over 4 rating", "Avg Rating") is None
    assert T.column_presence("rows with a rating", "") is None


def test_a_word_with_in_it_is_inside_the_cells_not_the_column_present():
    assert T.column_presence("anything with SKU in it", "SKU") is None


def test_a_sheets_name_is_never_quoted_as_a_value():
    assert T.quote_values("Highlight rows where Crew is not equal to 3 in sheet Quotes", ["Quoted", "Booked"],
                          ["Crew", "Status"]) == "Highlight rows where Crew is not equal to 3 in sheet Quotes"
    assert T.quote_values("the booked ones in sheet Quotes", ["Quoted", "Booked"], ["Status"]) == \
        'the "Booked" ones in sheet Quotes'


def test_a_countrys_adjective_names_its_cell_and_an_empty_column_cell_is_missing():
    assert T.quote_values("highlight all the French wines", ["France", "Italy"], ["Country"]) == \
        'highlight all the "France" wines'
    assert T.quote_values("Spanish or Italian wines", ["Spain", "Italy"], ["Country"]) == \
        '"Spain" or "Italy" wines'
    assert T.quote_values("French wines", ["Italy"], ["Country"]) == "French wines"  # no France cell
    assert T.column_presence("Any row with an empty Notes cell should go grey.", "Notes") == "Blanks()"


def test_a_headers_word_with_a_digit_said_beside_its_other_words_is_no_number():
    assert T.without_header_numbers("10K times NOT between 45 and 60", ["10K Time (min)"], parts=True).split() == \
        ["times", "NOT", "between", "45", "and", "60"]
    assert T.without_header_numbers("sales in Q1 over 500", ["Q1 Sales", "Q2 Sales"]) == \
        "sales in Q1 over 500"  # on a table "Q1" tells the columns apart
    assert T.without_header_numbers("Q1 sales over 500", ["Q1 Sales"]) == "Sales over 500"
    assert T.without_header_numbers("L/100km of 10 or more", ["L/100km"]) == "the values of 10 or more"
    assert T.without_header_numbers("SCC ('000/ml) cells with errors", ["SCC ('000/ml)"]) == "SCC cells with errors"
    assert T.without_header_numbers("under 10K", ["10K Time (min)"], parts=True) == "under 10K"  # no other word


def test_a_named_column_cut_short_a_plural_in_ies_and_a_header_beside_its_status():
    heads = ["Order No", "Qty", "Price ($)", "Disc %", "Ordered", "Status"]
    T.check_named_columns("icon set for the discount column please", heads)  # "Disc %": no error
    assert T.said_columns("icon set for the discount column please", heads) == {3}
    assert T.quote_values("rows that aren't cherries", ["Cherry", "Apple"], ["Crop"]) == 'rows that aren\'t "Cherry"'
    values = ["Ordered", "Shipped"]
    assert T.quote_values("orders placed today", values, heads) == "orders placed today"
    assert T.quote_values("dates in the Ordered column", values, heads) == "dates in the Ordered column"
    assert T.quote_values("status is ordered", values, heads) == 'status is "Ordered"'


def test_everyday_words_for_common_headers():
    """"buyers" name Customer, "lapse" Expires, "points" Stableford, "sugar" Brix, "due back"
    Promised (`headers._MEANINGS`), on header rows with no cells."""
    orders = [["Order No", "Customer", "Title", "Qty", "Status"]]
    assert best(orders, "buyers who appear only once", "Unique()") == "Customer"
    permits = [["Holder", "Reg", "Zone", "Issued", "Expires", "Paid"]]
    assert best(permits, "permits that lapse today", "Today()") == "Expires"
    golf = [["Player", "Hcp", "Gross", "Net", "Stableford", "Birdies"]]
    assert best(golf, "36 points or more", "GreaterThanEqual(36)") == "Stableford"
    picks = [["Field", "Crop", "Pickers", "Punnets", "Brix", "Pick Date"],
             ["North", "Cherry", "6", "140", "8.5", "2024-06-10"], ["South", "Apple", "4", "90", "11.2", "2024-06-11"]]
    assert best(picks, "fruit with a sugar level below 9", "LessThan(9)") == "Brix"


def test_a_rate_said_per_its_unit_and_a_temperature_said_by_its_feel():
    kennel = [["Dog", "Nights", "Rate/Night ($)", "Total ($)"]]  # header only: no magnitudes to go by
    assert best(kennel, "rate per night not 38", "NotEquals(38)") == "Rate/Night ($)"
    assert best(kennel, "the three longest stays", "Top(3)") == "Nights"
    kiln = [["Firing #", "Kiln", "Pieces", "Peak °C"]]
    assert best(kiln, "the two firings that ran coolest", "Bottom(2)") == "Peak °C"


def test_a_value_that_is_a_word_of_the_rule_s_own_header_joins_nothing():
    claims = [["Claim", "Status", "Days Open"], ["C1", "Open", 3], ["C2", "Closed", 8], ["C3", "Open", 12]]
    table, selection = T.from_records(claims)
    assert T.with_named_value(parse("BottomPercent(20)"), 'bottom 20% of days "Open"', table, selection, 2) is None
    # "open claims over 5 days" reads as claims open over 5 days: Open is a word of Days Open
    assert T.with_named_value(parse("GreaterThan(5)"), '"Open" claims over 5 days', table, selection, 2) is None
    joined = T.with_named_value(parse("GreaterThan(5)"), '"Closed" claims over 5 days', table, selection, 2)
    from cf_assistant.languages.cf import to_text

    assert joined is not None and to_text(joined).startswith('AND(TextEquals(c[1], "Closed")')


def test_a_column_named_as_the_place_of_a_text():
    trucks = [["Truck", "Tyres", "Defects"], ["T1", "tyre ok", "flat tyre"], ["T2", "tyre worn", "none"]]
    table, selection = T.from_records(trucks)
    bonus = T._said_bonus("anything mentioning a tyre in the defects", selection)
    assert bonus[2] > bonus[1] == bonus[0]


def test_a_field_header_said_whole_is_no_value_and_average_compares_no_second_column():
    """"Sensor Status" said as typed would read as the Status value "Sensor"; "above average in
    sheet Subs" names neither a second column nor the sheet's Sub column."""
    assert T.lowered_field_headers("Highlight Sensor Status not equal to OK", ["Sensor Status", "Bay"]) \
        == "Highlight sensor status not equal to OK"
    assert T.lowered_field_headers("Highlight Bay 4", ["Sensor Status", "Bay"]) == "Highlight Bay 4"
    table, selection = T.from_records([["Member", "Sub (£)", "Caps"], ["A", 10, 3], ["B", 12, 5]])
    assert T.column_comparison("Highlight Caps above average in sheet Subs", selection) is None
    assert T.column_comparison("Caps above Sub", selection) == "GreaterThan(c[2], c[1])"
    assert T.column_comparison("Caps above the average Sub", selection) is None  # no second column
    assert T.column_comparison("Caps above the others in sheet Subs", selection) is None  # the sheet is none


def test_a_column_pointed_at_or_named_by_its_meaning_is_no_missing_column():
    headers = ["Subject", "SBP (mmHg)", "Deposit %"]
    T.check_named_columns("Please put a color scale in the blood pressure column", headers)
    T.check_named_columns("How do I make the error cells in that column stand out?", headers)
    with pytest.raises(BadInputError):
        T.check_named_columns("highlight the bonus column", headers)


def test_a_long_phrase_or_a_word_cut_short_before_column_is_no_missing_column():
    headers = ["Name", "Temperature", "Deposit %"]
    T.check_named_columns("highlight the temp column above 30", headers)
    T.check_named_columns("how do I colour the cells with an error in them in my column", headers)
    T.check_named_columns("make the ones that were never paid back on time in the column", headers)
    with pytest.raises(BadInputError, match="no column 'bonus'"):
        T.check_named_columns("values in the bonus column over 5", headers)


def test_a_rate_said_with_money_names_the_rate_column_not_the_count_of_its_unit():
    """"$300 a night" over Nights and Rate ($/night): the night is the rate's unit."""
    table, selection = T.from_records([["Guest", "Nights", "Rate ($/night)"]])
    choice = T.ColumnChoice("expensive rooms, over $300 a night", table, selection)
    assert choice.ranked(parse("GreaterThan(300)"))[0][0] == 2
    choice = T.ColumnChoice("stays of more than 3 nights", table, selection)
    assert choice.ranked(parse("GreaterThan(3)"))[0][0] == 1


def test_a_temperature_word_names_the_degree_not_the_headers_other_words():
    """"the coldest minimum readings" over Min/Max/Now °C: Min; "above 5 degrees" beside Weight
    (kg): the degrees' column."""
    table, selection = T.from_records([["Fridge", "Max °C", "Min °C", "Now °C"]])  # (Min not leftmost)
    choice = T.ColumnChoice("mark the coldest 10% of the minimum readings", table, selection)
    assert choice.ranked(parse("BottomPercent(10)"))[0][0] == 2
    table, selection = T.from_records([["Item", "Weight (kg)", "Temp °C"], ["a", 4, 20], ["b", 7, 25],
                                       ["c", 5, 30], ["d", 6, 22]])  # 5 is a weight's size, not a temperature's
    choice = T.ColumnChoice("donations logged above 5 degrees", table, selection)
    assert choice.ranked(parse("GreaterThan(5)"))[0][0] == 2


def test_a_column_named_only_by_the_rows_noun_is_no_other_column():
    """"demos that are Live": Demo names the rows and is tested; Demo Day Slot shares only the
    rows' word, so it does not take the test from Demo (the rows' noun keeps its column)."""
    table, selection = T.from_records([["Team", "Demo", "Demo Day Slot"]])  # a header row only
    choice = T.ColumnChoice("demos that are Live", table, selection)
    assert choice.rows_named == {1}
    assert 1 not in choice.rows_base
    choice = T.ColumnChoice("demos whose team is a", table, selection)
    assert choice.rows_base.get(1) is not None  # Team is named by another word: Demo names the rows


def test_an_errors_code_is_never_a_cell_text():
    values = ["n/a", "Pass", "ref"]
    assert T.quote_values("highlight the cells that show #N/A", values) == "highlight the cells that show #N/A"
    assert T.quote_values("the n/a results", values) == 'the "n/a" results'  # said as a text: quoted


def test_a_headers_range_in_parentheses_is_no_number_even_over_a_text_or_empty_column():
    tables = T.Tables(lambda: None)
    head = [["Session", "Ear Pain (0-10)", "Chamber"]]  # header-only: the columns' kinds are guessed
    table, selection = T.from_records(head)
    data = T.table_data(table, selection)
    said = tables.quoted("Highlight rows with Ear Pain (0-10) bottom 2", data)
    assert "0" not in said.replace("bottom 2", "") and "10" not in said, said



@pytest.mark.parametrize("request_text, header, wanted", [
    ("orchid spikes taller than half a metre", "Spike Height (cm)", "orchid spikes taller than 50"),
    ("waterings of at least 3 decilitres", "Water (ml)", "waterings of at least 300"),
    ("loads of 5 tonnes or less", "Load (kg)", "loads of 5000 or less"),
    ("ages of 5 years or more", "Age (months)", "ages of 60 or more"),
    ("parrots younger than 18 months", "Age (years)", "parrots younger than 1.5"),
    ("overdue by more than a month", "Days Overdue", "overdue by more than a month"),  # months apart from days
])
def test_lengths_volumes_masses_and_calendar_units_in_the_headers_unit(request_text, header, wanted):
    assert T.in_header_units(request_text, [header], named_only=False) == wanted


@pytest.mark.parametrize("request_text, headers, wanted", [
    # (session 20) the one header of a length, volume, mass or money dimension need not be named
    ("loads bigger than 2000 litres", ["Load ID", "Volume (m³)", "Price (£)"], "loads bigger than 2"),
    ("trips further than 7000 m but under 15 km", ["Trip", "Distance (km)"], "trips further than 7 but under 15 km"),
    ("sessions over 2200p", ["Set Length (min)", "Takings (£)"], "sessions over 22"),
    ("weight between 0.2 and 0.4 tonnes", ["Weight (kg)", "Price (£)"], "weight between 200 and 400"),
    ("tiles bigger than 450 mm", ["Tile Size (cm)", "Grout Gap (mm)"], "tiles bigger than 45"),  # the one named
    ("donkeys older than 132 months", ["Age (years)", "Feed (kg/day)"], "donkeys older than 11"),
    ("turnarounds of a fortnight or more", ["Job", "Turnaround (days)"], "turnarounds of 14 or more"),
    # kept: a date's distance, millions, two headers of the dimension and neither named
    ("joined more than 6 months ago", ["Joined", "Age (years)"], "joined more than 6 months ago"),
    ("revenue over 5 m", ["Revenue", "Distance (km)"], "revenue over 5 m"),
    ("bags over 2 kg", ["Seed (g)", "Yield (g)"], "bags over 2 kg"),
])
def test_a_tables_one_header_of_a_dimension_or_the_one_named_takes_the_quantity(request_text, headers, wanted):
    assert T.in_header_units(request_text, headers) == wanted


def test_the_rows_own_noun_before_whose_names_no_column():
    """'the row of each order whose Customer ...': "order" is the rows' noun, not Order ID (session 26)."""
    trips = [["Trip", "Guide", "Cove", "Set Out On", "Swimmers", "Log"]]  # a header row only
    assert best(trips, "highlight the entire row of each trip whose Log mentions 'strong'", 'TextContains("strong")') \
        == "Log"
    assert T._ROWS_NOUN.sub(r"\g<det> ", "any order with Status late") == "any  with Status late"
    assert T._ROWS_NOUN.sub(r"\g<det> ", "each order whose amount is high") == "each order whose amount is high"
