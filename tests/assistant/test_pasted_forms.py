"""Requests pasted from somewhere else or typed in play, said as the plain request they stand for:
a call's caption cues (`assistant.captions`), an error message or a stack trace
(`assistant.traces`), a CSS rule (`assistant.selectors`), pirate speak (`assistant.pirates`), a
request typed with caps lock on (`asking.caps_unlocked`), a calendar entry or a receipt
(`assistant.envelopes`), words turned round (`assistant.yoda`) and a commentator's play-by-play
(`assistant.commentary`)."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.asking import asked, caps_unlocked
from cf_assistant.assistant.callsigns import without_callsigns
from cf_assistant.assistant.captions import uncaptioned
from cf_assistant.assistant.commentary import uncommentated
from cf_assistant.assistant.envelopes import unenveloped
from cf_assistant.assistant.pirates import unpirated
from cf_assistant.assistant.selectors import unselected
from cf_assistant.assistant.traces import untraced
from cf_assistant.assistant.yoda import in_order


@pytest.mark.parametrize("text, wanted", [
    ("12\n00:01:02,500 --> 00:01:05,000\n- highlight Qty under 5", "highlight Qty under 5"),
    ("WEBVTT\n\n03:10.250 --> 03:12.000\n<v Ana>and then we mark every Fee at least 90</v>",
     "and then we mark every Fee at least 90"),
    ("7\n00:00:01,000 --> 00:00:02,000\nin Jobs, can we highlight the full rows\n\n8\n00:00:02,000 --> "
     "00:00:04,000\nfor tomorrow's entries?", "in Jobs, can we highlight the full rows for tomorrow's entries?"),
    ("31\n00:12:00,000 --> 00:12:02,000\nBen: so just shade every Depth no more than 60",
     "so just shade every Depth no more than 60"),
    ("5\n00:00:05,000 --> 00:00:06,000\nOwner: blank", "Owner: blank"),  # a header, no speaker: kept
    # no time code: as typed
    ("12\nhighlight Qty under 5", "12\nhighlight Qty under 5"), ("Qty under 5 --> red", "Qty under 5 --> red"),
])
def test_caption_cues_are_read_as_the_words_said(text, wanted):
    assert uncaptioned(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("ValueError: rule 'Qty < 5' not applied (line 42)", "highlight Qty < 5"),
    ('Traceback (most recent call last):\n  File "cf.py", line 7, in apply\nRuleError: expected every Gauge 22 or '
     "under to be highlighted", "highlight every Gauge 22 or under"),
    ('Exception in thread "main" java.lang.IllegalStateException: no fill on the Points below the average\n'
     "    at com.sheet.Rules.apply(Rules.java:26)", "highlight the Points below the average"),
    ('Uncaught TypeError: could not shade the Cut entries that say "rump"\n    at applyFormat (sheet.js:36:18)',
     'shade the Cut entries that say "rump"'),
    ("ScopeError: full rows of today's runs (sheet Runs) were left unformatted",
     "highlight full rows of today's runs (sheet Runs)"),
    ("ValueError: rule 'isblank(Notes)' not applied to sheet Jobs (line 468); expected scope=cells",
     "highlight Notes is blank on sheet Jobs, cells only"),
    ("RuleError: whole row not highlighted where count(Owner) == 1 (sheet Jobs)",
     "highlight whole row where Owner is unique (sheet Jobs)"),
    ("FormatError: failed to highlight entire rows of Jobs where Fee less_or_equal 12 (line 104)",
     "highlight entire rows of Jobs where Fee less than or equal to 12"),
    ("ERROR CF-4304: conditional format missing, wanted data bars on Hours highlighted", "add data bars on Hours"),
    ("StyleError: a colour scale missing on Fee (sheet Jobs), line 88", "add a colour scale to Fee (sheet Jobs)"),
    # no error line: as typed
    ("highlight errors in Fee", "highlight errors in Fee"), ("Error: Qty over 5", "Error: Qty over 5"),
])
def test_an_error_message_is_read_as_the_ask_that_failed(text, wanted):
    assert untraced(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("td.qty:below(5) { background: yellow }", "highlight the Qty cells less than 5"),
    ('td[column="Yield (kg)"]:not(:above(45)) { fill: pink }', "highlight the Yield (kg) cells not greater than 45"),
    ('td[Owner=""] { fill: red }', "highlight the Owner cells that are blank"),
    ("td[Temp > 170][Temp < 185] { fill: pink }", "highlight the Temp cells greater than 170 and less than 185"),
    ('td[Cut*="rump" i] { highlight }', 'highlight the Cut cells containing "rump"'),
    ('td:not([Shade^="navy" i]) { fill: yellow }', 'highlight the Shade cells not starting with "navy"'),
    (".vat-ph:out-of-range(10.5, 12) { background: pink }", "highlight the Vat Ph cells not between 10.5 and 12"),
    (".sale-day:last-week { fill: pink }", "highlight the Sale Day cells in last week"),
    (".hours:top(20%) { fill: pink }", "highlight the Hours cells in the top 20%"),
    ('td[col="Bun Orders"] { data-bar: blue }', "add data bars to the Bun Orders cells"),
    ('#Shows tr:has(td[col="Show Date"]:date(last-month)) { fill: pink } /* whole row */',
     "on sheet Shows, highlight the entire rows of the Show Date cells in last month"),
    ('#Shows tr:has(td[data-header="Notes"]:blank) { fill: pink; /* entire row */ }',
     "on sheet Shows, highlight the entire rows where the Notes cells are blank"),
    ("#Shows tr:has(td:text-is('Cascade')) { fill: pink; /* entire row */ }",
     'on sheet Shows, highlight the entire rows where a cell is equal to "Cascade"'),
    ('#Shows td[data-header="Tricks"]:gt(11):lt(34) { fill: orange } /* cell only */',
     "on sheet Shows, highlight the Tricks cells greater than 11 and less than 34, cells only"),
    # no CSS rule: as typed
    ("Qty: under 5 {urgent}", "Qty: under 5 {urgent}"), ("highlight .5 or more", "highlight .5 or more"),
])
def test_a_css_rule_is_said_in_words(text, wanted):
    assert unselected(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Arr, mark every Qty below 5, matey", "Mark every Qty below 5"),
    ("Hoist the colours on any Owner left empty, ye scallywag!", "Highlight any Owner left empty"),
    ("Avast! Highlight the Covers under 40, or it's the plank for ye", "Highlight the Covers under 40"),
    ("Shiver me timbers, paint every Fee more than 250 red, savvy?", "Highlight every Fee more than 250 red"),
    ("Shiver me timbers! Paint every Notes cell o' Shows that be holdin' the word 'bend', but leave the rest o' "
     "the row be", "Highlight every Notes cell of Shows that contains the word 'bend', just the cell"),
    ("Yo ho! Splash paint across the entire row o' Runs when Cuts be betwixt 8 and 16, arr",
     "Highlight the entire row of Runs when Cuts is between 8 and 16"),
    ("Arr, slap data bars on the Hours column, matey", "Add data bars to the Hours column"),
    ("Yo ho! Splash paint across the entire row o' Runs when Sourness be cursed with an error, arr",
     "Highlight the entire row of Runs when Sourness contains an error"),
    # no pirate: as typed
    ("highlight Qty below 5", "highlight Qty below 5"), ("Let each Qty betwixt 4 and 8 be coloured",
                                                         "Let each Qty betwixt 4 and 8 be coloured"),
])
def test_pirate_speak_is_said_plainly(text, wanted):
    assert unpirated(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("aRR, MAKR THE TOP 2 sKATER pOINTS VALUES", "Arr, makr the top 2 Skater Points values"),
    ("vALUEeRROR: RULE 'tOP sPEED > 60' NOT APPLIED", "ValueError: rule 'Top Speed > 60' not applied"),
    # shouted, or one odd word: as typed
    ("HIGHLIGHT QTY UNDER 5", "HIGHLIGHT QTY UNDER 5"), ("highlight iPhone rows", "highlight iPhone rows"),
    ("the eBay and iPad Sales over 5", "the eBay and iPad Sales over 5"),
])
def test_caps_lock_is_turned_back(text, wanted):
    assert caps_unlocked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("ValueError: rule 'Qty < 5' not applied (line 42)", "highlight Qty < 5"),
    (".qty:gte(15) { fill: pink }", "highlight the Qty cells greater than or equal to 15"),
    ("14\n00:17:23,147 --> 00:17:25,397\n- can you highlight the Lap values over 300?",
     "can you highlight the Lap values over 300?"),
    ("In Jobs, colour each full row where Fee is one of the 3 lowest values",
     "In Jobs, colour each full row where Fee is one of the 3 lowest values"),
    ("Apply a fill to each Fee cell of sheet Jobs that equals 25, not the whole row",
     "Apply a fill to each Fee cell of sheet Jobs that equals 25"),
    ("Highlight the Temp values except the ones below 185", "Highlight the Temp values that are not below 185"),
    ("shade Fee cells except those dated today", "shade Fee cells that are not dated today"),
    ("highlight all Qty except those under 5", "highlight all Qty that are not under 5"),
    ("colour full rows for orders with Engraver with no repeat in the column",
     "colour full rows for orders with Engraver that is unique"),
    ("colour the entire row whenever Owner has no repeat anywhere in the column",
     "colour the entire row whenever Owner is unique"),
])
def test_asked_reads_the_pasted_forms(text, wanted):
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Mon 11:00-11:50, Room 3A\nclub sheet check\nAgenda: paint Minutes cells between 30 and 90",
     "paint Minutes cells between 30 and 90"),
    ("Invitation: weekly numbers\nWhen: Thu 6 Apr, 09:00 (25 min)\nWhere: Room 2A\nNotes: highlight the Day values "
     "dated this week", "highlight the Day values dated this week"),
    ("BEGIN:VEVENT\nSUMMARY:tidy-up\nDTSTART:Mon 17:15\nDESCRIPTION:highlight every Hours cell in the bottom 3\n"
     "END:VEVENT", "highlight every Hours cell in the bottom 3"),
    ("Order #43711\n9 x sample box $13.50\nSubtotal $243.00\nNote to staff: fill Sales cells among the two lowest",
     "fill Sales cells among the two lowest"),
    ("INVOICE INV-70298\nQty 6 @ 46.20\nTotal: 315.04\nP.S. shade every Count cell over 8",
     "shade every Count cell over 8"),
    ("Order #57260 - 11 items - Total $474.03\nSpecial instructions: in Jobs, highlight entire rows whenever Fee is "
     "less than 60", "in Jobs, highlight entire rows whenever Fee is less than 60"),
    # no entry's or order's marks before the label, or no ask after it: as typed
    ("Definition: a bout is 'flagged' when its Date falls in this calendar month. Task: highlight flagged bouts",
     "Definition: a bout is 'flagged' when its Date falls in this calendar month. Task: highlight flagged bouts"),
    ("Notes: highlight blanks", "Notes: highlight blanks"),
    ("Order #4411\nNotes: arrived late", "Order #4411\nNotes: arrived late"),
])
def test_a_calendar_entry_or_a_receipt_is_read_for_its_request(text, wanted):
    assert unenveloped(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Dated last month, the Race Day cells, colour you must.", "colour the Race Day cells dated last month"),
    ('The Scent cells that end with "rose", paint you will. Yes, hmmm.', 'paint the Scent cells that end with "rose"'),
    ("No more than 6 the Goals values are, mark them.", "mark the Goals values that are no more than 6"),
    ("10 or higher, Stitches is? Mark it, you should.", "Mark the Stitches cells that are 10 or higher"),
    ("Paint the Mould No. entries you must, left blank when they are.", "Paint the Mould No. entries left blank"),
    ("To Yield (kg), an icon set give you must. Hmm.", "give an icon set to Yield (kg)"),
    ("Data bars, the Sales column needs. Add it, you will.", "Add data bars to the Sales column"),
    ("Below 12 or above 26 the Puppets is? That cell in Shows, shade you will; the row, leave it.",
     "shade that cell in Shows where the Puppets is below 12 or above 26, just the cell"),
    ("Outside 21 to 32, Fish Count in Tanks? Colour its entire row, you should.",
     "in Tanks, Colour the entire row where Fish Count is outside 21 to 32"),
    ("A colour scale, the Fee cells of Fairs given must be.", "give the Fee cells of Fairs a colour scale"),
    # in order already: as typed
    ("If Qty is under 5, highlight it.", "If Qty is under 5, highlight it."),
    ("highlight Qty under 5", "highlight Qty under 5"),
])
def test_words_turned_round_are_put_in_order(text, wanted):
    assert in_order(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ('It\'s the final minute, Feather on the big screen, anything containing "goose"... and she lights it up, folks!',
     'highlight in Feather, anything containing "goose"'),
    ("Down the Portions column she goes, every cell other than 25, and she paints it! What a play!",
     "highlight in the Portions column, every cell other than 25"),
    ("Here comes the Mud column, and every value under the average - he paints it! Magnificent!",
     "highlight the Mud column, every value under the average"),
    ("He's scanning Notes in Tanks... whenever it is blank, the WHOLE ROW lights up! What a play!",
     "highlight in Notes in Tanks, whenever it is blank, whole row"),
    ("Down the Runs sheet they go... Laps is not equal to 15? Entire row highlighted! Unbelievable!",
     "highlight in the Runs sheet, Laps is not equal to 15, entire row"),
    ("Here's the play, folks: a green-to-red colour scale over Mud. Beautiful!",
     "add a green-to-red colour scale over Mud"),
    # no commentator: as typed
    ("Points over 1000, colour them in, and leave it at that",
     "Points over 1000, colour them in, and leave it at that"),
    ("Method: colour amounts below the average. Serves: the keeper's review.",
     "Method: colour amounts below the average. Serves: the keeper's review."),
])
def test_a_commentators_play_by_play_is_said_as_the_request(text, wanted):
    assert uncommentated(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Base, this is Unit 7, copy? Highlight Qty under 5, over.", "Base, this is Unit, Highlight Qty under 5"),
    ("OPORD 23: at 1015, 9th Recce Team will light up the Score rows over 5. Execute.",
     "OPORD, Recce Team will highlight the Score rows over 5."),
    ("Phase 3 of Operation Nightjar: rally at grid 9780 7846, then fill the Fee cells over 50. Execute.",
     "Phase of Operation Nightjar, then fill the Fee cells over 50."),
    ("Sold! Lot 81 goes to paddle 92: the Points entries in the bottom 25 percent -- colour them.",
     "Lot goes to paddle: the Points entries in the bottom 25 percent -- colour them."),
    ("Bid of $480 from the back, and the lot is: fill Rings cells from 50 to 90. Sold!",
     "and the lot is: fill Rings cells from 50 to 90."),
    ('Going once, going twice -- each "Move" entry beginning with "heel", sold to the highlighter!',
     'highlight each Move entry beginning with "heel"'),
    ("Forecast for Libra (Sep 23 - Oct 22): highlight every Points value in the bottom 2. Lucky number 25.",
     "highlight every Points value in the bottom 2."),
    ("Cancer: the stars say each Poet value over 5 will glow under this moon.",
     "each Poet value over 5 should be highlighted."),
    ("This is Papa Bear calling Unit 46. Anything over 2 in Fee -- shade it. Say again? Anything over 2 in Fee -- "
     "shade it. Over and out.", "This is Papa Bear calling Unit. Anything over 2 in Fee -- shade it."),
    # nothing named by a figure, no trade's phrase: as typed
    ("highlight Salary at 1500 or more", "highlight Salary at 1500 or more"), ("table 5 guests", "table 5 guests"),
    ("A day with 24 or more Cupcakes Sold. Highlight them.", "A day with 24 or more Cupcakes Sold. Highlight them."),
    ("sold != 'Yes'", "sold != 'Yes'"), ("Mark rows where Status is Out", "Mark rows where Status is Out"),
    ("Apply a fill to any cell in Unit Price (CAD) that is 44 or less", "Apply a fill to any cell in Unit Price (CAD) "
                                                                       "that is 44 or less"),
])
def test_figures_that_name_units_lots_times_and_star_signs_are_taken_away(text, wanted):
    assert without_callsigns(text) == wanted
