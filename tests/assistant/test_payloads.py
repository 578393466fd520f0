"""A request sent as a payload (JSON, YAML, key=value) or with markdown's marks
(`assistant.payloads`), said as the plain request it stands for."""

from __future__ import annotations

import contextlib
import inspect
import sys

import pytest

from cf_assistant.assistant.asking import asked
from cf_assistant.assistant.payloads import parsed, spelled_out, unmarked


@contextlib.contextmanager
def shallow_stack(room: int = 100):
    """Python's recursion limit set `room` frames above the caller's, as a deep caller leaves it."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + room)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


@pytest.mark.parametrize("text, wanted", [
    ('{"column": "Score", "op": ">", "value": 50}', "highlight Score cells greater than 50"),
    ('{"column": "Score", "operator": "lte", "value": 7.5}', "highlight Score cells at most 7.5"),
    ('{"column": "Depot", "op": "contains", "text": "north"}', 'highlight Depot cells containing "north"'),
    ('{"column": "Code", "endsWith": "-X"}', 'highlight Code cells ending with "-X"'),
    ('{"column": "Hours", "gt": 4, "lt": 9}', "highlight Hours cells greater than 4 and less than 9"),
    ('{"column": "Hours", "all": [">=2", "<10"]}', "highlight Hours cells at least 2 and less than 10"),
    ('{"column": "Hours", "any": [{"op": "<", "value": 1}, {"op": ">", "value": 12}]}',
     "highlight Hours cells less than 1 or greater than 12"),
    ('{"column": "Hours", "not": {"all": [">2", "<10"]}}', "highlight Hours cells at most 2 or at least 10"),
    ('{"column": "Hours", "not": {"op": "between", "min": 2, "max": 9}}', "highlight Hours cells not between 2 and 9"),
    ('{"column": "Region", "not": {"op": "text_equals", "value": "East"}}',
     'highlight Region cells not equal to "East"'),
    ('{"column": "Sales", "rule": "top", "count": 5}', "highlight Sales cells in the top 5"),
    ('{"column": "Sales", "rule": "bottomN", "n": 2}', "highlight Sales cells in the bottom 2"),
    ('{"column": "Sales", "rule": "top", "percent": 15}', "highlight Sales cells in the top 15%"),
    ('{"column": "Fee", "op": "between", "min": 5, "max": 9, "apply_to": "row"}',
     "highlight the entire row where Fee is between 5 and 9"),
    ('{"column": "Fee", "op": "between", "min": 5, "max": 9, "inclusive": false}',
     "highlight Fee cells greater than 5 and less than 9"),
    ('{"rule": "date_occurring", "period": "next_week", "column": "Due"}', "highlight Due cells next week"),
    ('{"wait_time": {"gte": 10, "lt": 25}}', "highlight wait time cells at least 10 and less than 25"),
    ("column: Owner\nrule: is_blank\napply_to: row", "highlight the entire row where Owner is blank"),
    ('column: "Cost (£)"\nop: "<>"\nvalue: 14', "highlight Cost (£) cells not equal to 14"),
    ("rule: bottom_n, n: 4, column: Stock", "highlight Stock cells in the bottom 4"),
    ("rule: dateOccurring; period: yesterday; column: Shipped", "highlight Shipped cells yesterday"),
    ("miles_run: {gt: 3, lt: 8}", "highlight miles run cells greater than 3 and less than 8"),
    ("column=Item op=contains value=bolt", 'highlight Item cells containing "bolt"'),
    ("column=Ward Name rule=duplicates", "highlight Ward Name cells duplicates"),
    ("errors_only=true column=Ratio", "highlight Ratio cells errors"),
    ("topping_contains=olive format=fill:green", 'highlight topping cells containing "olive"'),
    ('column="Stock" op="not_between" min=3 max=8', "highlight Stock cells not between 3 and 8"),
    ("city ends_with ford", 'highlight city cells ending with "ford"'),
    ('note starts_with="see page"', 'highlight note cells beginning with "see page"'),
    ("colour~teal (contains)", 'highlight colour cells containing "teal"'),
    # no payload: as typed
    ("Status: Late", "Status: Late"),
    ("Score: over 50, please", "Score: over 50, please"),
    ("highlight scores over 50", "highlight scores over 50"),
    ("Note: highlight the blank owners", "Note: highlight the blank owners"),
    ("mark rows where Stage = Won", "mark rows where Stage = Won"),
    ("A1:A20 = duplicates", "A1:A20 = duplicates"),
    ("{not json at all", "{not json at all"),
    ("<= 5", "<= 5"), (">= 25 and < 50", ">= 25 and < 50"),  # signs are no keys
    ("waits of 10 mins or under = green", "waits of 10 mins or under = green"),  # no operator joined to a key
])
def test_payloads_are_spelled_out(text, wanted):
    assert spelled_out(text) == wanted


@pytest.mark.parametrize("text", ['{"a":' + "[" * 990 + "}", "k: " + "[" * 990, "k: " + "{a: " * 240,
                                  '{"column": "A", "and": ' + '[{"and": ' * 90 + "[]" + "}]" * 90 + "}"])
def test_a_deeply_nested_payload_is_no_request_and_no_crash(text):
    with shallow_stack():  # (the readers must not recurse once per bracket: a RecursionError is the server's 500)
        assert spelled_out(text) == text
        assert asked(text)


def test_parsed_reads_json_yaml_and_pairs():
    assert parsed('{"a": 1, "b": [1, 2]}') == {"a": 1, "b": [1, 2]}
    assert parsed("a: 1\nb: two words") == {"a": 1, "b": "two words"}
    assert parsed("k: {x: 1, y: 'q r'}") == {"k": {"x": 1, "y": "q r"}}
    assert parsed("column=Team Rating op=gt") == {"column": "Team Rating", "op": "gt"}
    assert parsed("highlight over 50") is None
    assert parsed("a: [1, 2") is None


@pytest.mark.parametrize("text, wanted", [
    ("**Score**: highlight if *not* above `4`", "Score: highlight if not above 4"),
    ("- [ ] Owner == `Dana K`", 'Owner == "Dana K"'),
    ("- [x] Region: shade **last week's** entries", "Region: shade last week's entries"),
    ("> Due Date — **tomorrow** in red", "Due Date — tomorrow in red"),
    ("## To do\nhighlight the rows with `Notes` holding `fragile`", 'highlight the rows with Notes holding "fragile"'),
    ("`Depot` → **colour scale**", "Depot → colour scale"),
    ("**Margin** `<> 0` → highlight", "Margin <> 0 → highlight"),
    ("Region in _blue_ where it ends with `shire`", 'Region in blue where it ends with "shire"'),
    ("highlight ~~over 40~~ over 50", "highlight over 50"),
    # no marks, or a sign that is a test: as typed
    ("> 50 in red", "> 50 in red"), ("scores > 50", "scores > 50"), ("ref_no blank", "ref_no blank"),
    ("2*3 or more", "2*3 or more"),
])
def test_markdown_marks_are_taken_away(text, wanted):
    assert unmarked(text) == wanted


def test_asked_reads_payloads_and_markdown():
    assert asked('{"column": "Score", "op": ">=", "value": 70, "apply_to": "row"}') == \
        "highlight the entire row where Score is at least 70"
    assert asked("- [ ] Tag is exactly `on hold`") == 'Tag is exactly "on hold"'
