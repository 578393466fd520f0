"""Requests framed as something else, said as the plain request they stand for: a weather forecast
(`assistant.forecasts`), a video game's quest (`assistant.quests`), a court or meeting transcript
(`assistant.transcripts`), a numbered social-media thread (`assistant.threads`), a film script
(`assistant.scripts`), a prescription (`assistant.prescriptions`), driving directions
(`assistant.directions`) and a classified ad (`assistant.classifieds`). The cases are written
here, in those forms; none is a benchmark request."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.asking import asked
from cf_assistant.assistant.classifieds import unclassified
from cf_assistant.assistant.directions import undirected
from cf_assistant.assistant.forecasts import unforecast
from cf_assistant.assistant.prescriptions import unprescribed
from cf_assistant.assistant.quests import unquested
from cf_assistant.assistant.scripts import unscripted
from cf_assistant.assistant.threads import unthreaded
from cf_assistant.assistant.transcripts import untranscribed


@pytest.mark.parametrize("text, wanted", [
    ("Weather update: highs of 19 degrees, winds 31 km/h, and in the sheet, shade every Qty value above 8.",
     "shade every Qty value above 8."),
    ("Pressure 1022 hPa and rising, a 14% chance of sleet; batten down and mark Fee cells under 40.",
     "mark Fee cells under 40."),
    ("Expect a cold front over every Depth value below 12 -- 18C and damp, winds 9 mph.",
     "highlight every Depth value below 12."),
    ("Evening bulletin, Monday 3 Feb: 7C and clear skies. One more item: bold the Owner cells left blank.",
     "bold the Owner cells left blank."),
    ("Weather report for Jobs: when Hours is over 6, a warm front colours the whole row. Humidity 51%, wind 12 km/h.",
     "when Hours is over 6, colour the whole row."),
    ("Forecast, Stock region: winds 33 km/h, highs of 21C. Expect highlighting on every Qty cell under 5.",
     "in Stock, highlight every Qty cell under 5."),
    # one figure and no forecast's words, two winds of one kind, a header with "Forecast": as typed
    ("fridge temp over 5 degrees!!! flag the whole row", "fridge temp over 5 degrees!!! flag the whole row"),
    ("highlight wind readings below 5 knots or above 25 knots",
     "highlight wind readings below 5 knots or above 25 knots"),
    ("Rain Forecast: colour rainfall of 30 mm of rain and over",
     "Rain Forecast: colour rainfall of 30 mm of rain and over"),
])
def test_a_forecast_is_read_without_its_weather(text, wanted):
    assert unforecast(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Quest 12 (Lv 30): the Qty rows under 5 -- highlight them. Reward: 450 XP.",
     "the Qty rows under 5 -- highlight them."),
    ("[Side quest #88] Objective: Fee cells above 70 -- shade them. Recommended level 22.",
     "Fee cells above 70 -- shade them."),
    ("New mission unlocked! Any Owner cell left blank should be flagged to earn 30 gold and 120 XP.",
     "Any Owner cell left blank should be flagged."),
    ("Main quest 9, Lv 14 zone: hunt down every Score value at 60 or above and tag them. +95 XP.",
     "mark every Score value at 60 or above."),
    ("The guild master (Lv 40) says: 'Shade any Fee cell below average.' Reward: 12 silver.",
     "Shade any Fee cell below average."),
    ("Raid prep (5 players, item level 220): paint Depth cells from 3 to 9 before the boss at wave 4.",
     "paint Depth cells from 3 to 9."),
    ("Main story, chapter 8: Stock awaits. Mark any cell in Status that reads 'Open' (only that cell) to earn 60 XP.",
     "In Stock, Mark any cell in Status that reads 'Open' (only that cell)."),
    # a quoted literal is no quest-giver's line; no reward nor quest label: as typed
    ("Quest 3 (Lv 9): when Code ends with 'ab', mark the full row.", "when Code ends with 'ab', mark the full row."),
    ("highlight Level cells above 20", "highlight Level cells above 20"),
])
def test_a_quest_is_read_without_the_games_numbers(text, wanted):
    assert unquested(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("52:3 Q. And what did you want done? 52:4 A. Every Qty value under 5 should be highlighted.",
     "Every Qty value under 5 should be highlighted."),
    ("Page 40, line 2. Q. Did you ask him to shade the Fee cells above 70? A. Yes, I did.",
     "shade the Fee cells above 70"),
    ("12:1 THE CHAIR: Next item. 12:2 MR. ADEYEMI: I'd like us to flag Owner cells left blank. "
     "12:3 THE CHAIR: So noted.",
     "flag Owner cells left blank."),
    ("Minutes, p. 7, l. 9: Q. What's the action? A. Bold the Score rows among the top 3. Q. Agreed? A. Agreed.",
     "Bold the Score rows among the top 3."),
    ("88:10 Q. Was it Hours? 88:11 A. Yes. In Jobs, if Hours is over 6, colour the entire row.",
     "In Jobs, if Hours is over 6, colour the entire row."),
    ("30:4 Q. And what did you want done in StockCounts? 30:5 A. The Qty cells under 5, highlighted.",
     "In StockCounts, The Qty cells under 5, highlighted."),
    # no turns after a page and line: as typed
    ("Q3 sales: highlight Amount above 100", "Q3 sales: highlight Amount above 100"),
    ("at 10:30 highlight Qty under 5", "at 10:30 highlight Qty under 5"),
])
def test_a_transcript_is_read_as_its_answers(text, wanted):
    assert untranscribed(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("1/4 ok sheet question, thread 🧵 2/4 shade every Qty value outside 3 to 9 (120 likes)",
     "shade every Qty value outside 3 to 9"),
    ("2/6 Make the Fee entries at 40 or below red. that's it, that's the post (512 likes, 30 replies)",
     "Make the Fee entries at 40 or below red."),
    ("3/7 so my boss wants me to bold the Owner cells left blank 4/7 help (77 likes)",
     "bold the Owner cells left blank"),
    ("(2/5) PSA for my team: Depth cells showing an error like #N/A should be flagged. #excel, 64 likes",
     "Depth cells showing an error like #N/A should be flagged."),
    ("1/3 thread on my Jobs sheet 🧵 2/3 when Hours is over 6 3/3 I want the whole row coloured. 15 replies",
     "in Jobs, when Hours is over 6, I want the whole row coloured."),
    # a receipt's total before its comments, a fraction asked for: as typed
    ("RECEIPT\nTotal 43.10\nComments: mark Qty under 5", "RECEIPT\nTotal 43.10\nComments: mark Qty under 5"),
    ("highlight Share values above 1/2", "highlight Share values above 1/2"),
])
def test_a_thread_is_read_without_its_numbers_and_chatter(text, wanted):
    assert unthreaded(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Pressure 1009 hPa, a 30% chance of rain; batten down and mark Fee cells under 40.", "mark Fee cells under 40."),
    ("Quest 41 (Lv 13): Qty cells under 5 -- tint them. Reward: 300 XP.", "Qty cells under 5 -- tint them."),
    ("71:2 Q. Which cells? 71:3 A. Fee cells above 70. 71:4 Q. And you wanted them shaded? A. Yes.",
     "Fee cells above 70."),
    ("2/3 update: flag Qty cells under 5. 210 likes, 8 reposts", "flag Qty cells under 5."),
])
def test_asked_reads_the_framed_forms(text, wanted):
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("INT. BOILER ROOM - NIGHT. Page 40. MIRA (whispering) Shade the Qty cells under 5, before anyone sees.",
     "Shade the Qty cells under 5."),
    ("JONAS (V.O.) Every Fee value above 70 should be bolded. CUT TO:", "Every Fee value above 70 should be bolded."),
    ("PIA: The Stock sheet. TOM: What about it? PIA: (beat) Flag the Owner cells left blank. Scene 12.",
     "Flag the Owner cells left blank."),
    ("Shade the Depth cells below 9 in Dives -- that's the line MIRA says (V.O.), scene 31, page 7.",
     "Shade the Depth cells below 9 in Dives."),
    ("SOL (beat) Mark Weight (kg) cells over 40, both ends included. ANA: Done.",
     "Mark Weight (kg) cells over 40, both ends included."),
    # capitals that are a header's, a query's or a unit's: as typed
    ("Highlight SBP (mmHg) greater than 140", "Highlight SBP (mmHg) greater than 140"),
    ("SELECT * FROM dives WHERE depth > 30", "SELECT * FROM dives WHERE depth > 30"),
])
def test_a_script_is_read_without_the_scene(text, wanted):
    assert unscripted(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Rx #40213 Sig: shade any Qty cell under 5. Refills: 2.", "shade any Qty cell under 5."),
    ("Dr. Osei writes: take 2 tablets twice daily for 10 days, and flag Fee cells above 70. Dispense as written.",
     "flag Fee cells above 70."),
    ("Dispense as written: Bold all Depth values above average. Amoxicillin 250 mg, Qty: 21, Refills: 0.",
     "Bold all Depth values above average."),
    ("Rx #5512 | Patient: K. Mensah | Sig: in Stock, mark every row where Qty is blank. Refills: 1",
     "in Stock, mark every row where Qty is blank."),
    # no prescription's parts: as typed
    ("highlight doses over 5 mg", "highlight doses over 5 mg"), ("Sig Score above 3", "Sig Score above 3"),
])
def test_a_prescription_is_read_without_its_doses(text, wanted):
    assert unprescribed(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Take exit 12 toward A40. Shade any Qty cell under 5. Continue for 3.5 miles.", "Shade any Qty cell under 5."),
    ("Arrive in 22 min. Before that, flag each Fee entry in the top 3. Turn right onto Mill Road.",
     "flag each Fee entry in the top 3."),
    ("In 200 m, turn left onto Hill Street. Then, in Stock, highlight the whole row where Qty is blank.",
     "in Stock, highlight the whole row where Qty is blank."),
    # a distance asked about, no turn nor exit: as typed
    ("highlight runs longer than 5 km", "highlight runs longer than 5 km"),
])
def test_directions_are_read_without_the_route(text, wanted):
    assert undirected(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("FOR SALE: garden bench, 2011, $90 ono -- and shade any Qty cell under 5. (box 12)",
     "shade any Qty cell under 5."),
    ("WANTED: someone to bold the Fee cells above 70. Pay $40. No time-wasters.", "bold the Fee cells above 70."),
    ("LOST: grey cat near the market. If found, call 555-0133. Also, mark the Owner cells left blank.",
     "mark the Owner cells left blank."),
    # a price asked about, no ad: as typed
    ("highlight prices over $500", "highlight prices over $500"), ("Lost Items above 3", "Lost Items above 3"),
])
def test_a_classified_ad_is_read_without_the_ad(text, wanted):
    assert unclassified(text) == wanted
