"""A request's frame read away (`assistant.framing`): greetings, sign-offs, an AI prompt's role,
figures named by what they are, paces, error values, texts named by whose they are."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.asking import asked
from cf_assistant.assistant.framing import figures_named, unaddressed


@pytest.mark.parametrize("text, wanted", [
    ("Hi Jess, can you highlight any study where the titration is tbc? Thanks, Omar",
     "can you highlight any study where the titration is tbc?"),
    ("Hello Dale, please mark every load except the 3 heaviest. Ta, Trish",
     "please mark every load except the 3 heaviest."),
    ("Hi Marco, can you highlight the runs marked Slowed? Danke, Ulrike", "can you highlight the runs marked Slowed?"),
    ("You are an Excel expert. Write a rule that shades the emptiest 20% of the reservoirs.",
     "shade the emptiest 20% of the reservoirs."),
    ("You are an Excel expert: highlight the fastest 3 swims", "highlight the fastest 3 swims"),
    ("Act as an Excel helper and mark gestations of 24 weeks or less", "mark gestations of 24 weeks or less"),
    # no greeting, no role: as typed
    ("Hi-vis stock under 5", "Hi-vis stock under 5"),
    ("High values over 5", "High values over 5"),
    ("highlight names containing Hello", "highlight names containing Hello"),
])
def test_greetings_sign_offs_and_a_role_go(text, wanted):
    assert unaddressed(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("swimmers slower than the 15-minute club standard", "swimmers more than 15-minute"),
    ("runs faster than our 20-minute target", "runs less than 20-minute"),
    ("hogs at or over the 600 g release weight", "hogs at or over 600 g"),
    ("readings above the 25% damp line but not beyond the 35% saturated line", "readings above 25% but not beyond 35%"),
    ("thrust stayed under the 27.6 MN minimum for clay", "thrust stayed under 27.6 MN"),
    ("deposits matching the £150 rate we charge for gowns", "deposits matching £150"),
    ("stacks short of the 10K starting stack", "stacks short of 10K"),
    # a ranking and a period are no named figure
    ("above the 3 highest", "above the 3 highest"),
    ("over the last 7 days", "over the last 7 days"),
    # an error value, a text named by whose it is, figures excepted together, "still"
    ("tip = #N/A err -> flag", "tip is an error -> flag"),
    ("dep = #VALUE! -> flag", "dep is an error -> flag"),
    ("teams with the same name as our old club, Vixens", 'teams equal to "Vixens"'),
    ("names other than our first patient's, Spike", 'names not equal to "Spike"'),
    ("buy-ins other than £10 and £20", "buy-ins not equal to £10 and not equal to £20"),
    ("where the titration is still down as tbc", "where the titration is tbc"),
    ("jobs where Survey Done? is still No", "jobs where Survey Done? is No"),
])
def test_figures_named_by_what_they_are_paces_errors_and_whose_texts(text, wanted):
    assert figures_named(text) == wanted


def test_the_asked_text_reads_the_frame_away():
    assert asked("Hi Jess, can you highlight any study still down as tbc? Thanks, Omar") == \
        "can you highlight any study still down as tbc?"
    assert asked("Hi Viv, can you highlight any ticket with nothing in Counter Note? Thanks, Reg") == \
        "can you highlight any ticket with blank Counter Note?"
