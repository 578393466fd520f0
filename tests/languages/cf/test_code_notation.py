"""A test written in SQL, Python or pandas notation, read as its rule (`languages.cf.code_notation`)."""

from __future__ import annotations

import pytest

from cf_assistant.languages.cf.code_notation import coded_rule

HEADERS = ("Ref", "Next Invoice", "Status", "Item", "Return %", "Patch Due")


@pytest.mark.parametrize("text, rule", [
    ("medium LIKE 'Oil%'", 'TextStartsWith("Oil")'),
    ("cut LIKE '%Mince'", 'TextEndsWith("Mince")'),
    ("comment NOT LIKE '%open%'", 'TextNotContains("open")'),
    ("code like 'A%'", 'TextStartsWith("A")'),
    ("status IN ('Forfeit', 'Sold')", 'OR(TextEquals("Forfeit"), TextEquals("Sold"))'),
    ("size in (25, 35)", "OR(Equals(25), Equals(35))"),
    ("WHERE due_date = CURRENT_DATE", "Today()"),
    ("started == date.today() - timedelta(days=1)", "Yesterday()"),
    ("pre_orders = order_date == today + timedelta(days=1), colour those", "Tomorrow()"),
    ("slot_date == today + 1", "Tomorrow()"),
    ("opening.month == today.month - 1", "LastMonth()"),
    ("slot.month == today.month", "ThisMonth()"),
    ("'ginger' in flavour.lower()", 'TextContains("ginger")'),
    ("'x' not in code", 'TextNotContains("x")'),
    ("not machine.startswith('Pac-Man')", 'NOT(TextStartsWith("Pac-Man"))'),
    ("df[~df.Item.str.contains('ring')]", 'TextNotContains("ring")'),
    ("status == 'Discarded' or status == 'Ready'", 'OR(TextEquals("Discarded"), TextEquals("Ready"))'),
    ("score >= 100_000", "GreaterThanEqual(100000)"),
    ("qty_on_hand >= 10 and qty_on_hand <= 20", "AND(GreaterThanEqual(10), LessThanEqual(20))"),
    ("ORDER BY estimate ASC LIMIT 4", "Bottom(4)"),
    ("ORDER BY sales DESC LIMIT 3", "Top(3)"),
    ("df.sales.nlargest(5)", "Top(5)"),
    ("WHERE NOT ISERROR(return_pct)", "NotErrors()"),
    ("notes IS NULL", "Blanks()"),
    ("df[df.owner.notna()]", "NotBlanks()"),
    ("amount_due BETWEEN 100 AND 250", "Between(100, 250)"),
    ("df[df.sku.duplicated(keep=False)]", "Duplicates()"),
    ("df[df.cost > df.cost.mean()]", "AboveAverage()"),
])
def test_a_coded_test_is_its_rule(text, rule):
    assert coded_rule(text) == rule


@pytest.mark.parametrize("text, rule", [
    ("WHERE next_invoice = CURRENT_DATE", "Today(c[1])"),  # the field is a header's words
    ("df[~df.Item.str.contains('ring')]", 'TextNotContains(c[3], "ring")'),
    ("status IN ('Forfeit', 'Sold')", 'OR(TextEquals(c[2], "Forfeit"), TextEquals(c[2], "Sold"))'),
    ("df['Next Invoice'].isna()", "Blanks(c[1])"),
    ("cut LIKE '%Mince'", 'TextEndsWith("Mince")'),  # no header "cut": the table's reader chooses
])
def test_on_a_table_a_field_named_as_a_header_is_its_column(text, rule):
    assert coded_rule(text, HEADERS) == rule


@pytest.mark.parametrize("text", [
    "highlight values over 50",  # no notation: the other readers'
    "x >= 10 and x <= 20",  # nothing shows it is code
    "status == 'Open' or owner == 'Sam'",  # two fields
    "a_b > 3 and a_b < 9 or a_b = 5",  # and and or mixed
    "name LIKE 'A%B'",  # a wildcard inside
    "colour the rows like 'this'",
    "size in (small, large)",  # unquoted words
    "NOT BETWEEN 5 AND 8",  # no field: the model's (a keyword is no field)
])
def test_what_is_no_one_rule_reads_as_nothing(text):
    assert coded_rule(text, HEADERS) is None
