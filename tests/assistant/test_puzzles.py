"""A literal given as a small puzzle (`assistant.puzzles`): counts said by what they count, parts
of a hundred, "twice that", letters defined after "where", dates by their neighbours."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.puzzles import solved


@pytest.mark.parametrize("text, wanted", [
    ("at least as many calls as there are days in a week", "at least 7 calls"),
    ("more visits than there are hours in 3 days", "more visits than 72"),
    ("at most the number of seconds in a minute", "at most 60"),
    ("the slowest laps, as many of them as a car has wheels", "the 4 slowest laps"),
    ("the cheapest rooms, as many of them as make a dozen", "the 12 cheapest rooms"),
    ("exactly as many goals as there are players in a football team", "exactly 11 goals"),
    ("the top scores, as many as there are primary colours", "the 3 top scores"),
    ("fewer seats than half a hundred", "fewer seats than 50"),
    ("from 20 kg up to twice that", "from 20 kg up to 40 kg"),
    ("between 8 and three times 8", "between 8 and 24"),
    ("at least 30 and at most 15 more than that", "at least 30 and at most 45"),
    ("Highlight Dose (mg) above N but below M, where N is 4 less than 20 and M is half of 90",
     "Highlight Dose (mg) above 16 but below 45"),
    ("shifts on the day after yesterday", "shifts on today"),
    ("visits in the month whose 3rd is today", "visits this month"),
    ("orders from today and the six days before it", "orders in the last 7 days"),
    ("more than 5 squared", "more than 25"), ("at least 10% of 200", "at least 20"),
    ("under a third of 90", "under 30"),
    ("from 5 squared up to twice that", "from 25 up to 50"),  # the sum before the pointer back at it
    ("exactly the sum of 12 and 30", "exactly 42"), ("at least as many as there are days in June", "at least 30"),
    # no puzzle: as typed
    ("the top 10% of 5 columns", "the top 10% of 5 columns"), ("between 10 and 20", "between 10 and 20"),
    ("highlight the 3 minutes over 50", "highlight the 3 minutes over 50"),
    ("as many as you can", "as many as you can"),
    ("where Grade is A", "where Grade is A"),
    ("Highlight N/A cells", "Highlight N/A cells"),
])
def test_puzzles_are_worked_out(text, wanted):
    assert solved(text) == wanted
