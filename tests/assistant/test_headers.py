"""What a header says about a column without cells (assistant.headers)."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.headers import header_kind


@pytest.mark.parametrize("header, kind", [
    ("Annual Salary", "number"), ("Cost ($)", "number"), ("Tax %", "number"), ("Weight (kg)", "number"),
    ("Qty on Hand", "number"), ("Days Overdue", "number"), ("Beds", "number"), ("Late Arrivals", "number"),
    ("Hire Date", "date"), ("Due", "date"), ("Shipped", "date"), ("Last Visit", "date"), ("Listed On", "date"),
    ("Warranty Ends", "date"),
    ("Status", "text"), ("Region", "text"), ("Product Name", "text"), ("Notes", "text"), ("Address", "text"),
    ("Order #", "empty"), ("Emp No", "empty"), ("Customer ID", "empty"), ("", "empty"), ("123", "empty"),
])
def test_header_kinds(header, kind):
    assert header_kind(header) == kind


def test_a_last_or_next_quantity_is_a_number():
    assert header_kind("Last Price") == "number"
    assert header_kind("Next Service") == "date"


def test_a_unit_written_as_the_last_header_word_makes_a_number_column():
    from cf_assistant.assistant.headers import header_kind

    for header in ("Gas kWh", "Distance km", "Climb m", "Weight kg", "Practice mins", "Volume cu ft", "Vintage"):
        assert header_kind(header) == "number", header
    assert header_kind("Class") == "text" and header_kind("kWh Tariff Name") == "text"


def test_a_header_ending_in_end_or_start_is_a_date_and_strength_names_abv():
    from cf_assistant.assistant.headers import header_kind, header_meanings

    assert header_kind("Lease End") == "date" and header_kind("Contract Start") == "date"
    assert header_kind("End Station") == "text"
    assert "stronger" in header_meanings("ABV")["abv"] and "behind" in header_meanings("Arrears")["arrears"]


def test_a_degree_sign_is_a_temperature_and_min_max_say_minimum_maximum():
    from cf_assistant.assistant.headers import header_kind, header_meanings

    assert header_kind("Now °C") == "number" and header_kind("Peak °F") == "number"
    assert "coolest" in header_meanings("Peak °C")["°"] and "°" not in header_meanings("Peak Time")
    assert "minimum" in header_meanings("Min °C")["min"] and "maximum" in header_meanings("Max Load")["max"]
    assert "stays" in header_meanings("Nights")["nights"]


def test_degrees_name_a_temperature_column_and_brightness_a_lux_column():
    from cf_assistant.assistant.headers import header_meanings

    assert "degrees" in header_meanings("Temp °C")["°"]
    assert "brightest" in header_meanings("Lux")["lux"]
    assert "lasting" in header_meanings("Duration (min)")["duration"]


def test_everyday_words_for_short_headers_session_15():
    from cf_assistant.assistant.headers import header_meanings

    assert "payouts" in header_meanings("Comp (EUR)")["comp"]
    assert "full" in header_meanings("Capacity Used")["capacity"]
    assert "practised" in header_meanings("Practice Mins")["practice"]
    assert "newest" in header_meanings("Year")["year"]
    assert "sailing" in header_meanings("ETD")["etd"]


def test_session_16_meanings_of_short_headers():
    from cf_assistant.assistant.headers import header_meanings

    assert "length" in header_meanings("LOA (m)")["loa"] and "volume" in header_meanings("Litres")["litres"]
    assert "estimate" in header_meanings("Est (mins)")["est"] and "borrowed" in header_meanings("Loan (£)")["loan"]
    assert "break" in header_meanings("Rest (h)")["rest"]
