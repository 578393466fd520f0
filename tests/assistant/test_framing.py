"""A request's frame read away (`assistant.framing`): greetings, sign-offs, an AI prompt's role,
figures named by what they are, paces, error values, texts named by whose they are."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.asking import asked
from cf_assistant.assistant.framing import (affirmed, app_path, figures_named, headlined, idiomatic, in_dialogue,
                                            menu_path, quizzed, reasoned, redone, registered, unaddressed, uncontexted,
                                            scenario, unhedged, unscoped, untagged, versed, worked_out)


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


@pytest.mark.parametrize("text, wanted", [
    ("A: mark the poor shooters. B: accuracy under .2? A: yes", "mark accuracy under .2"),
    ("A: the subs column has gaps. B: empty cells you mean? A: yeah, colour those", "colour empty cells"),
    ("A: colour the light classes. B: up to what? A: up to and including 61", "colour up to and including 61"),
    ("A: some dogs are down twice. B: mark the doubles? A: yes", "mark the doubles"),
    ("A: can you flag the slow call-outs? B: how slow? A: 22 minutes or more to respond. B: the whole row? A: yes.",
     "flag 22 minutes or more to respond, the whole row"),
    # a first turn that tests already is read whole; no chat, no change
    ("A: mark the ears at 30 dB or more. B: just the cells? A: yes", "mark the ears at 30 dB or more, just the cells"),
    ("A: shade Age over 24 but under 52. B: 52 itself not included? A: right.", "shade Age over 24 but under 52"),
    ("Grade: A: top marks", "Grade: A: top marks"),
])
def test_a_request_spread_over_a_chat_is_one_request(text, wanted):
    assert in_dialogue(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Is the breed Nubian? Shade it.", "Shade it if the breed is Nubian"),
    ("Is the report status exactly Final? Shade it green.", "Shade it green if the report status is exactly Final"),
    ("Is the fine anything but five quid? Grey it.", "Grey it if the fine is anything but five quid"),
    ("Is the word Easy missing from Access? Then highlight the row.",
     "highlight the row if Access is not containing Easy"),
    ("Does the buoy type end with lateral? Then highlight the type.",
     "highlight the type where the buoy type ends with lateral"),
    ("Does this tank size come up on more than one docket? Then highlight the size.",
     "highlight the size where this tank size appears more than once"),
    ("Is this one of the 3 best speech scores? Then make the Speech Score cell green.",
     "make the Speech Score cell green for the 3 best speech scores"),
    # no subject to tell from its test: as typed
    ("Is the fee unpaid? Mark it", "Is the fee unpaid? Mark it"),
    ("Were there fifteen kills or more? Then shade the row.", "Were there fifteen kills or more? Then shade the row."),
])
def test_a_question_then_the_action_is_the_action_on_a_condition(text, wanted):
    assert quizzed(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Highlight rows with Sludge Depth (cm) blanks in sheet X",
     "Highlight rows with blank Sludge Depth (cm) in sheet X"),
    ("Per disciplinary code 7, suspension counts other than 2 shall be flagged.",
     "suspension counts other than 2 shall be flagged."),
    ("pain not > 5 -> fine, green", "pain at most 5 -> fine, green"),
    ("save rate < .3 = weak, flag", "save rate < .3 , flag"),
])
def test_a_cited_clause_a_denied_sign_and_a_figures_label(text, wanted):
    assert figures_named(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("I suppose the gymnasts older than 9? if that makes sense", "the gymnasts older than 9?"),
    ("could you maybe mark the shift leads who only appear the one time?",
     "could you mark the shift leads who only appear the one time?"),
    ("maybe the Fitted On dates in the last 7 days? not sure if today counts but let's say it does",
     "the Fitted On dates in the last 7 days?"),
    ("bloks without 'Hill' in tehm, maybe? if that makes sense", "bloks without 'Hill' in tehm"),
    ("Maybe Baby titles", "Maybe Baby titles"),  # a value
    ("I think", "I think"),  # nothing else
])
def test_hedges_go(text, wanted):
    assert unhedged(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Every Variety Not Starting With Fuggle: Grey", "grey every Variety not starting with Fuggle"),
    ("PIM Over 4 Up To 12: Amber", "highlight PIM over 4 up to 12"),
    ("Grant? Pending Or No: Highlight Row", "highlight Grant? Pending or No, whole row"),
    ("TODO - Mark Duplicate Emails", "Mark duplicate Emails"),
    ("Status: Done", "Status: Done"), ("Red fill: anything over 50", "Red fill: anything over 50"),
])
def test_a_heading_or_a_to_do_item_is_a_request(text, wanted):
    assert headlined(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("turbidity above twice the 0.5 limit", "turbidity above 1"),
    ("the bottom 2 x 15 percent of cave depths", "the bottom 30 percent of cave depths"),
    ("watering doses of exactly 100 more than the usual 400 ml", "watering doses of exactly 500 ml"),
    ("liquor pH from half of 8 to 1 less than 8, inclusive", "liquor pH from 4 to 7, inclusive"),
    ("vintages between 2000 and 2000 + 15", "vintages between 2000 and 2015"),
    ("cars with more than 2 dozen passengers", "cars with more than 24 passengers"),
    ("the top half dozen well depths", "the top 6 well depths"),
    ("birds under a quarter kilo", "birds under 0.25 kilo"),
    ("parrots older than half a century", "parrots older than 50 years"),
    ("trips further than 7,000 m", "trips further than 7000 m"),
    ("rows where Paid? isnt No", "rows where Paid? isn't No"),
    ("Water (°C) under 15 - 8", "Water (°C) under 7"), ("the bottom 6 - 4 feeds", "the bottom 2 feeds"),
    ("takings over 2,200p", "takings over 2200p"),
    # no sum: as typed
    ("more than 5", "more than 5"), ("between 5 - 10", "between 5 - 10"), ("top 5 items", "top 5 items"),
    ("over 5 - 10 points", "over 5 - 10 points"),
    ("finishers over four and a half hours", "finishers over four and a half hours"),
    ("Quotes over $2,000 need the boss", "Quotes over $2,000 need the boss"),
])
def test_a_small_sum_giving_a_literal_is_worked_out(text, wanted):
    assert worked_out(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("@sheet overwatered? anything not between 0.1 and 1 litre #orchids",
     "overwatered? anything not between 0.1 and 1 litre"),
    ("#overdue rows pls", "overdue rows pls"), ("status = #N/A", "status = #N/A"), ("#5 items", "#5 items"),
    # a text, an address, an error value: kept
    ("exact text #excel", "exact text #excel"), ("emails ending in @company.com", "emails ending in @company.com"),
    ("Highlight monthly fees showing #VALUE!", "Highlight monthly fees showing #VALUE!"),
])
def test_mentions_and_hashtags(text, wanted):
    assert untagged(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("ore grades south of 1 g/t", "ore grades under 1 g/t"), ("class sizes north of 10", "class sizes over 10"),
    ("the North of England sites", "the North of England sites"),  # no figure after it
    ("scores that top out at 30", "scores that at most 30"),
    ("names that kick off with Sipho", "names that starts with Sipho"),
    ("any Stock cell under the average", "any Stock cell below the average"),  # (session 26)
    ("scores over the column's mean", "scores above the column's mean"), ("under 5", "under 5"),
    ('Dough entries matching Catupiry exactly', 'Dough entries matching exactly Catupiry'),
    ("rows reading 'Bern' exactly", "rows reading exactly 'Bern'"),
    ("sums matching 5 exactly", "sums matching 5 exactly"),
    ("Pilot cells opening with 'Ros'", "Pilot cells beginning with 'Ros'"),  # (session 26)
    ("Minutes cells beneath 49", "Minutes cells below 49"), ("the ones beneath the line", "the ones beneath the line"),
    ("Flavour values saying Coconut and nothing else", "Flavour values saying exactly Coconut"),
    ("whenever it opens with the letters 'Du'", "whenever it begins with the letters 'Du'"),
    ("the shop opening with Ana", "the shop opening with Ana"),  # no quoted text after it: as typed
    ("the player who is just plain Ronnie", "the player who is exactly Ronnie"),
    ("codes that keep coming back", "codes that repeat"), ("everyone bar the Rahmans", "everyone except the Rahmans"),
    ("Notes = ∅ → highlight row", "Notes is blank → highlight row"),
    ("analyser ≠ error", "analyser is not an error"),
    ("Takings ∉ [850, 1350]", "Takings not between 850 and 1350"),
    ("Trips < 15 ∨ Trips > 27", "Trips < 15 or Trips > 27"),
    ("130 ≤ Runtime (min) ≤ 145", "Runtime (min) between 130 and 145"),
    ("5 < x < 10", "x greater than 5 and less than 10"), ("HBL no. × 1 only", "HBL no. once only"),
    ("lots over 2 lakh rupees", "lots over 200000 rupees"), ("dues over 1.5 crore", "dues over 15000000"),
    ("lots below 1,50,000", "lots below 150000"), ("dues ≥ ₹10,00,000", "dues ≥ $1000000"),
    ("between Rs. 1200/- and Rs. 2400/-", "between $1200 and $2400"), ("profit was nil", "profit was 0"),
    ("over 20 per cent", "over 20 percent"), ("Depth (m) → ▇▅▂ data bars", "▇▅▂ data bars on Depth (m)"),
    ("over 1,500", "over 1,500"),  # thousands as usual
    ("drivers with no Dave anywhere in the name", "drivers not containing Dave"),
])
def test_figures_of_speech_signs_and_regional_numbers_are_said_plainly(text, wanted):
    assert idiomatic(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Sheet2, rows 4 to 18, 2023 survey: ore grades above 5 g/t only", "ore grades above 5 g/t only"),
    ("Shaft B log (14 rows, 2022 sinking): depths deeper than 3000", "Shaft B log: depths deeper than 3000"),
    ("for the 2025 brochure (page 12), the top 20% of nightly rates", "the top 20% of nightly rates"),
    ("cutting planned next week, the Eid 2024 rush", "cutting planned next week"),
    ("For the June 2024 invoice run shade the orders delivered last week", "shade the orders delivered last week"),
    ("Ticket office open 9 to 5, 3 punts: highlight this week's tours", "highlight this week's tours"),
    # kept: a rule's own parts, a list, a date's year, a bound in parentheses
    ("values over 5, 10 or 15", "values over 5, 10 or 15"), ("highlight values like 5, 10 - red", None),
    ("dates after 1 March, 2024", None), ("longer than an hour (60 min)", None), ("over 50 (inclusive)", None),
    ("values over 50: highlight them", None), ("Status: Done", None),
])
def test_context_around_the_ask_is_left_out(text, wanted):
    assert uncontexted(text) == (text if wanted is None else wanted)


@pytest.mark.parametrize("text, wanted", [
    ("New Rule > Format only cells that contain > Cell Value > not between > 1400 and 1500",
     "not between 1400 and 1500"),
    ("New Rule > Specific Text > beginning with > Jo", "beginning with Jo"),
    ("Highlight Cells Rules > Text that Contains... Coin", "Text that Contains Coin"),
    ("Top/Bottom Rules > Bottom 10 Items..., change 10 to 2, on Takings (£)", "Bottom 2 Items, on Takings (£)"),
    ("Top/Bottom Rules > Top 10%..., then set it to 20%", "Top 20%"),
    ("New Rule > Format only cells that contain > No Errors, on Fee (€)", "cells without errors, on Fee (€)"),
    ("A Date Occurring > In the last 7 days, on Ship Date", "In the last 7 days, on Ship Date"),
    ("Conditional Formatting > Icon Sets > 3 Arrows (Colored), on Takings", "Icon Sets, on Takings"),
    ("values > 50", "values > 50"), ("Sales > 100 > highlight", "Sales > 100 > highlight"),  # no menu: signs
])
def test_excels_menus_and_dialogs_are_read_as_the_rule_they_set(text, wanted):
    assert menu_path(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("any deposit that shall not exceed 5,000 dollars shall be highlighted", "any deposit that at most 5,000 dollars"),
    ("all wells save those whose identifier begins with 'OB'",
     "all wells except those whose identifier begins with 'OB'"),
    ("pruning dates falling on the morrow shall be marked", "pruning dates falling tomorrow"),
    ("the society named 'Film' and no other", "the society named exactly 'Film'"),
    ("members older than 20 n younger than 30 fr", "members older than 20 and younger than 30"),
    ("ngl the ones over 50 r kinda sus, highlight em", "the ones over 50 r sus, highlight them"),
    ("trays of a baker's dozen exactly", "trays of 13 exactly"),
    ("brine above the boiling point of water", "brine above 100"),
    ("temps below freezing", "temps below 0"), ("loans under a C-note ($100)", "loans under $100"),
    ("riders exactly the legal voting age (18 in the UK)", "riders exactly 18"),
    ("readings at water's freezing point in Fahrenheit (32)", "readings at 32"),
    ("stays from a pair up to half a dozen", "stays from 2 up to half a dozen"),
    ("save file as csv", "save file as csv"), ("the fr team", "the fr team"),  # no rule word after "save"; a word
])
def test_formal_youth_and_reference_wordings_are_said_plainly(text, wanted):
    assert registered(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("oh wonderful, more invoices. mark the ones over 90 days, I suppose", "mark the ones over 90 days"),
    ("because clearly nobody checks: flag the blank owners", "flag the blank owners"),
    ("the heaviest 10 percent, the pallets from Leeds no doubt", "the heaviest 10 percent"),
    ("tasks nobody bothered to fill in", "tasks blank"), ("cells holding zero characters", "cells that are blank"),
    ("great scores over 90", "great scores over 90"),  # a word of the request, no aside
])
def test_an_exasperated_users_asides_go(text, wanted):
    assert registered(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("don't leave out any invoice over 500", "highlight invoice over 500"),
    ("don't leave any blank owner unmarked", "highlight blank owner"),
    ("leave no order from last week unhighlighted", "highlight order from last week"),
    ("no score under 40 should go unmarked", "highlight score under 40"),
    ("not a single duplicate should stay plain", "highlight duplicate"),
    ("no sales figure without a data bar", "data bar on sales figure"),
    ("no margin should lack a colour scale", "colour scale on margin"),
    ("highlight nothing but the rows dated today", "highlight only the rows dated today"),
    ("highlight the tasks, but not the ones that aren't overdue", "highlight the tasks that are overdue"),
    ("highlight the codes, but not the ones that aren't reading 'X1'", "highlight the codes reading 'X1'"),
    ("don't leave out any Age cell over 65, and don't colour any that aren't", "highlight Age cell over 65"),
    ("no Fee cell in the top 5 should be left unhighlighted, and none that isn't should be highlighted",
     "highlight Fee cell in the top 5"),
    ("any reading that isn't outside 10 to 20", "any reading that is within 10 to 20"),
    ("temps 36 to 38, i.e. outside that range", "temps outside 36 to 38"),
    # one negation: as typed
    ("don't highlight the blanks", "don't highlight the blanks"), ("no blanks", "no blanks"),
    ("highlight blank cells but not the ones in row 1", "highlight blank cells but not the ones in row 1"),
])
def test_a_request_said_through_two_negations_is_said_once(text, wanted):
    assert affirmed(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("LibreOffice: Condition 1 > Cell value is > greater than > 40, on Score", "greater than 40 on Score"),
    ("Calc: Condition 1, Cell value is, not between, 2 and 9", "not between 2 and 9"),
    ("Numbers: Highlight Cells If > Text > is > Oak", "exactly Oak"),
    ("Google Sheets: Format rules > Text contains > lid, on Part", "contains lid on Part"),
    ("LibreOffice: Condition 1 > Cell value is > bottom 10 elements, set to 4", "bottom 4"),
    ("LibreOffice: Condition 1 > Cell value is > top 10 percent, but 15 percent", "top 15 percent"),
    ("LibreOffice: Condition 1 > Cell value is > No Error", "cells without errors"),
    ("Google Sheets: Custom formula is =B2>7, on Depth", "=B2>7, on Depth"),
    ("Coming from Calc: Condition 1 - Cell value is top elements, value 2 (on Hits)", "top 2 (on Hits)"),
    ("In LibreOffice this is Condition 1: Date is Next week", "dated Next week"),
    ('Google Sheets habit: format rules, condition "Greater than 12" for Age', "Greater than 12 for Age"),
    # no program named first: as typed
    ("Numbers over 5 in red", "Numbers over 5 in red"), ("Sheets over 5", "Sheets over 5"),
])
def test_another_programs_dialogs_are_read_as_the_rule_they_set(text, wanted):
    assert app_path(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Depth column only, from row 2 to the bottom, not the header: over 40", "Depth column: over 40"),
    ("in Fee only, second row to the end, skip the heading: blanks", "in Fee only: blanks"),
    ("Age, that column and nothing next to it, row 2 downwards, no header: under 18", "Age: under 18"),
    ("just column C, Town, rows 2 to 40, leave every other column alone: starts with North",
     "just column C, Town: starts with North"),
    ("whole rows, data rows only (2 to 30, no header): Paid is No", "whole rows: Paid is No"),
    ("Score column, every value below the header, header excluded: the top 3", "Score column: the top 3"),
    ("across the whole table (every data row, header left alone, every column of the row), shade 'Late'",
     "shade 'Late', whole row"),  # the rows formatted whole, said in the scope, kept
    ("rows with Gap outside 5 to 9 (5 and 9 themselves don't count)", "rows with Gap outside 5 to 9"),
    # no scope said: as typed
    ("dates in the last 7 days", "dates in the last 7 days"), ("the top 2 rows", "the top 2 rows"),
    ("over 5 (5 included)", "over 5 (5 included)"), ("empty shelves (0)", "empty shelves (0)"),
    ("from the first date to the last week", "from the first date to the last week"),  # a period, no scope
])
def test_where_the_rule_applies_is_no_literal(text, wanted):
    assert unscoped(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("the lift takes 2 to 6 people, so mark any load outside 2-6", "mark any load outside 2-6"),
    ("since 50 is the pass mark, flag whoever is below it", "flag whoever is below 50"),
    ("the bonus starts at 20 sales, so colour the reps that reach it", "colour the reps that are at least 20"),
    ("a gap means a missed visit; so mark the blank dates", "mark the blank dates"),
    ("a data bar on the totals will show which shop sold most", "a data bar on the totals"),
    ("mark the overdue ones because the auditors arrive on the 3rd", "mark the overdue ones because the auditors "
                                                                      "arrive on the 3rd"),  # the ask says no rule
    ("times like 5, 9 and so on - flag 9", "times like 5, 9 and so on - flag 9"),
])
def test_a_reason_given_with_its_own_figures_is_left_out(text, wanted):
    assert reasoned(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("last spring I marked 15 visits or more, do that again", "mark 15 visits or more"),
    ("I had the loads from 2 to 6 tonnes in amber before, put that back", "highlight the loads from 2 to 6 tonnes "
                                                                          "in amber"),
    ("we had the blank owner cells shaded last month, same again", "highlight the blank owner cells"),
    ("it used to highlight last week's orders, bring that back please", "highlight last week's orders"),
    ("last week's orders used to be highlighted, do it again", "highlight last week's orders"),
    ("the Cost column used to have a data bar; put that back", "add a data bar on the Cost column"),
    ("I had 10-20 kg shaded last time, put that back (10 and 20 included)", "highlight 10-20 kg (10 and 20 included)"),
    ("I shaded the top 5% of bids last quarter, same again", "shade the top 5% of bids"),
    # no ask to redo it: as typed ("last month" is then the rule's period)
    ("mark last month's orders", "mark last month's orders"),
    ("I marked the overdue ones last time", "I marked the overdue ones last time"),
    ("do that again", "do that again"),
])
def test_a_rule_asked_again_by_what_was_done_before(text, wanted):
    assert redone(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Parcels that weigh more than nine, / colour them red, and that will be fine",
     "colour Parcels that weigh more than nine"),
    ("Invoices due in the month after this, / shade them in blue so none we miss",
     "shade Invoices due in the month after this"),
    ("Stock with no label anywhere at all, / paint it grey along the wall",
     "paint Stock with no label anywhere at all"),
    # the ask's line says a rule too, or no line asks: as typed
    ("Cells that show an error instead, / like #N/A, paint it red", "Cells that show an error instead, / like #N/A, "
                                                                    "paint it red"),
    ("Rows over nine, / colour them red if under 5", "Rows over nine, / colour them red if under 5"),
    ("Scores as data bars, / bars please", "Scores as data bars, / bars please"),
    ("Roses are red and the sheet is too;\nif a Stock cell is blank, paint it blue.",
     "if a Stock cell is blank, paint it blue."),
    ("Note: over 5;\nhighlight them", "Note: over 5;\nhighlight them"),  # the first line says a rule
])
def test_a_request_in_rhyme_is_its_ask_and_its_cells(text, wanted):
    assert versed(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Scenario: late ones\n  Given the Orders sheet\n  When Status is 'Late'\n  Then the row is highlighted",
     "  Given the Orders sheet\n  When Status is 'Late'\n  Then the row is highlighted"),
    ("Given the Notes column, When a cell has 'fragile' in it, Then that cell is filled and the rest of its row is not",
     "Given the Notes column, When a cell has 'fragile' in it, Then that cell is filled"),
    ('When the team is called "Red Kites", Then highlight it',
     'When the team is exactly "Red Kites", Then highlight it'),
    ("Scenario: no steps follow", "Scenario: no steps follow"),
])
def test_a_request_as_a_test_scenario(text, wanted):
    assert scenario(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("waits that are not 18 minutes or less", "waits that are more than 18 minutes"),
    ("loads not 5 or more", "loads less than 5"),
    ("goals at twenty-five, not one more or less", "goals exactly twenty-five"),
    ("weights from four-eighty to five-ten", "weights from 480 to 510"),
    ("shifts set in the month we are in", "shifts set in this month"),
    ("owners not left bare", "owners not blank"),
    ("notes that have no urgent in them at all", "notes not containing urgent"),
    # as typed: a time, a word that is no figure, no figure at all
    ("calls at two-thirty", "calls at two-thirty"), ("not at or under 8", "not at or under 8"),
    ("no more or less than 5", "no more or less than 5"),
])
def test_the_twenty_fourth_sets_wordings_are_said_plainly(text, wanted):
    assert registered(text) == wanted
