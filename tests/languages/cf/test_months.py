"""A month said by name, read as Excel's month periods on the request's day."""

from __future__ import annotations

import datetime as dt

import pytest

from cf_assistant.languages.cf.months import named_month

JUNE = dt.date(2024, 6, 12)


@pytest.mark.parametrize("request_text, rule", [
    ("visits booked for July", "NextMonth()"),
    ("orders from May", "LastMonth()"),
    ("June sales", "ThisMonth()"),
    ("next service in july", "NextMonth()"),  # lower case after "in"
    ("you may see it", None),  # a verb
    ("renewals in January", None),  # no period of Excel's for it
    ("July or August", None),  # two months
    ("July 2024", None),  # a year as well
    ("due this month in July", None),  # a period word as well
])
def test_a_month_next_to_today_is_a_month_period(request_text, rule):
    assert named_month(request_text, JUNE) == rule


def test_months_wrap_around_the_year():
    assert named_month("orders in January", dt.date(2024, 12, 3)) == "NextMonth()"
    assert named_month("December orders", dt.date(2025, 1, 3)) == "LastMonth()"


def test_the_pipeline_reads_the_month_first_on_the_day():
    from cf_assistant.assistant.pipeline import Suggester

    class Source:
        def generate_scored(self, utterances, k):
            return [[("ThisMonth()", -0.1), ("Duplicates()", -0.5)] for _ in utterances]

    got = Suggester("cf", source=Source()).suggest("visits booked for July", k=3, today=JUNE)
    assert got.candidates[0].code == "NextMonth()" and got.candidates[0].origin == "named month"
    assert [c.code for c in got.candidates][1:] == ["ThisMonth()", "Duplicates()"]


def test_sheet_names_and_bare_short_names_are_no_months():
    dec = dt.date(2026, 12, 5)
    assert named_month("values in cell J5 to J20 on sheet DEC", dec) is None
    assert named_month("Jan's rows", dec) is None  # a short name without a cue: a person as likely
    assert named_month("rows for Jan", dec) == "NextMonth()"
    assert named_month("sales in Dec", dec) == "ThisMonth()"
    assert named_month("December totals", dec) == "ThisMonth()"
