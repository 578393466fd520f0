"""A request copied out of a scan (`assistant.scans`) or written as SQL (`assistant.queries`),
said as the plain request it stands for."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.asking import asked
from cf_assistant.assistant.queries import unqueried
from cf_assistant.assistant.scans import unscanned
from tests.assistant.test_payloads import shallow_stack


@pytest.mark.parametrize("text, wanted", [
    ("ship dates in this rn0nth - high1ight thern", "ship dates in this month - highlight them"),
    ("l0ads be1ow 2O or ab0ve l8O - rnark", "loads below 20 or above 180 - mark"),
    ("c0des that aren't exact1y 'b1ue' - shade", "codes that aren't exactly 'blue' - shade"),
    ("Forrnat tbe Cost column with an icon set", "Format the Cost column with an icon set"),
    ("please hig-\nhlight tbe vvhole row whenever Stock\nis b1ank",
     "please highlight the whole row whenever Stock is blank"),
    ("t0tals over 5O kg, high- light", "totals over 50 kg, highlight"),
    # no scan: as typed (a code, a unit, a word with a number after it, one odd word)
    ("highlight A1 to A9 over 5", "highlight A1 to A9 over 5"), ("top5 pints", "top5 pints"),
    ("orders from Sheet1 over 3kg", "orders from Sheet1 over 3kg"),
    ("every cornet part", "every cornet part"), ("#not10days over 10", "#not10days over 10"),
    ("the 3rd and 4th rows over 12pm", "the 3rd and 4th rows over 12pm"),
    ("zer0cool reports", "zer0cool reports"),
])
def test_a_scans_slips_are_undone(text, wanted):
    assert unscanned(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("SELECT * FROM logs WHERE diameter_in < 6 -- flag", "where diameter in less than 6 - flag"),
    ("SELECT * FROM t WHERE qty BETWEEN 5 AND 9", "where qty between 5 and 9"),
    ("SELECT * FROM t WHERE qty NOT BETWEEN 5 AND 9", "where qty not between 5 and 9"),
    ("SELECT * FROM t WHERE NOT (qty < 1.5) -- highlight", "where qty at least 1.5 - highlight"),
    ("SELECT * FROM t WHERE qty < 4 OR qty > 18", "where qty less than 4 or greater than 18"),
    ("SELECT * FROM t WHERE code LIKE 'AB%'", 'where code beginning with "AB"'),
    ("SELECT * FROM t WHERE code NOT LIKE '%x%'", 'where code not containing "x"'),
    ("SELECT * FROM t WHERE code LIKE '%ltd'", 'where code ending with "ltd"'),
    ("SELECT * FROM t WHERE region = 'North'", 'where region exactly "North"'),
    ("SELECT * FROM t WHERE NOT ISERROR(ratio)", "where ratio without errors"),
    ("SELECT * FROM t WHERE ISERROR(ratio) = FALSE", "where ratio without errors"),
    ("SELECT * FROM t WHERE ISERROR(ratio)", "where ratio with errors"),
    ("SELECT * FROM t WHERE TRIM(ref) <> ''", "where ref not blank"),
    ("SELECT * FROM t WHERE ref IS NULL", "where ref blank"),
    ("SELECT * FROM t WHERE due = CURRENT_DATE - INTERVAL '1 day'", "where due yesterday"),
    ("SELECT * FROM t WHERE due = CURRENT_DATE + 1 -- rows", "where due tomorrow - rows"),
    ("SELECT * FROM t WHERE due BETWEEN DATE('now', '-6 days') AND DATE('now')", "where due in the last 7 days"),
    ("SELECT * FROM t WHERE YEARWEEK(due) = YEARWEEK(CURDATE())", "where due this week"),
    ("SELECT * FROM t WHERE YEARWEEK(due) = YEARWEEK(CURDATE() + INTERVAL 1 WEEK)", "where due next week"),
    ("SELECT * FROM t WHERE MONTH(due) = MONTH(CURDATE()) + 1 AND YEAR(due) = YEAR(CURDATE())",
     "where due next month"),
    ("SELECT * FROM t WHERE pts > (SELECT AVG(pts) FROM t)", "where pts above average"),
    ("SELECT TOP 3 * FROM t ORDER BY sales DESC -- those", "the top 3 sales - those"),
    ("SELECT TOP 10 PERCENT * FROM t ORDER BY sales DESC", "the top 10% sales"),
    ("SELECT * FROM t ORDER BY sales LIMIT 2", "the bottom 2 sales"),
    ('SELECT * FROM t ORDER BY "Fee (£)" DESC FETCH FIRST 20 PERCENT ROWS WITH TIES', "the top 20% Fee (£)"),
    ("SELECT ref FROM t GROUP BY ref HAVING COUNT(*) > 1 -- every copy", "ref duplicates - every copy"),
    ('rows WHERE "Ref" IN (SELECT "Ref" FROM t GROUP BY "Ref" HAVING COUNT(*) = 1)', "rows where Ref unique values"),
    ("SELECT wait_min FROM queue; -- show an icon set", "wait min: show an icon set"),
    ('rows WHERE "Notes" LIKE \'%fragile%\': shade the row', 'rows where Notes containing "fragile": shade the row'),
    # no query, or one this reader cannot say: as typed
    ("Where Status is Late, highlight", "Where Status is Late, highlight"),
    ("select the late ones", "select the late ones"),
    ("SELECT * FROM t WHERE f(x) ~ 3", "SELECT * FROM t WHERE f(x) ~ 3"),
])
def test_a_query_is_said_in_words(text, wanted):
    assert unqueried(text) == wanted


def test_asked_reads_scans_and_queries():
    assert asked("c0unts 0f 30 or fewer - rnark thern") == "counts of 30 or fewer - mark them"
    assert "without errors" in asked("SELECT * FROM t WHERE NOT ISERROR(ratio) -- colour those")


@pytest.mark.parametrize("text", ["SELECT * FROM t WHERE " + "(" * 480 + "x > 5" + ")" * 480,
                                  "SELECT * FROM t WHERE " + "NOT " * 240 + "x > 5"])
def test_a_query_nested_too_deep_is_left_as_typed_without_a_crash(text):
    with shallow_stack():  # (no recursion once per NOT or parenthesis: a RecursionError is the server's 500)
        assert unqueried(text) == text
        assert asked(text)
