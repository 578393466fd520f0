"""Requests written in forms other than sentences, said as the plain request they stand for:
figures in Roman numerals, hex or fractions (`assistant.numerals`), a command line
(`assistant.commands`), a pattern (`assistant.patterns`), a bug report or a change
(`assistant.tickets`), mathematical notation (`assistant.notation`), a defined term
(`assistant.terms`), HTML/XML markup (`assistant.markup`), a TL;DR, a telegram or a recipe
(`assistant.forms`, with a changelog entry and an alert), an identifier (`assistant.identifiers`),
a text table (`assistant.grids`), a footnote (`assistant.footnotes`), corporate jargon
(`assistant.jargon`), a web address (`assistant.urls`), very simple words (`assistant.eli5`), a
configuration or a log line (`assistant.configs`), an academic register (`assistant.academic`) and
old-fashioned English (`assistant.archaic`)."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.asking import asked
from cf_assistant.assistant.academic import uncited
from cf_assistant.assistant.archaic import modernised
from cf_assistant.assistant.commands import uncommanded
from cf_assistant.assistant.configs import unconfigured
from cf_assistant.assistant.eli5 import grown_up
from cf_assistant.assistant.footnotes import unfootnoted
from cf_assistant.assistant.forms import alert, changelog, unformed
from cf_assistant.assistant.grids import ungridded
from cf_assistant.assistant.identifiers import unslugged
from cf_assistant.assistant.jargon import plain_spoken
from cf_assistant.assistant.markup import unmarked_html
from cf_assistant.assistant.notation import unnotated
from cf_assistant.assistant.numerals import plain_figures
from cf_assistant.assistant.patterns import unpatterned
from cf_assistant.assistant.payloads import flag_phrase
from cf_assistant.assistant.terms import unaliased
from cf_assistant.assistant.tickets import changed, expected
from cf_assistant.assistant.urls import unlinked


@pytest.mark.parametrize("text, wanted", [
    ("laps over XII", "laps over 12"), ("the III lowest prices", "the 3 lowest prices"),
    ("weights from IV to XIX", "weights from 4 to 19"), ("under 5 or over XL", "under 5 or over 40"),
    ("a total of MCMXC or more", "a total of 1990 or more"), ("stock is XIV or less", "stock is 14 or less"),
    ("batches under 0x1F", "batches under 31"), ("the top 0b101 (five) sellers", "the top 5 sellers"),
    ("loads over 1.5e3 kg", "loads over 1500 kg"), ("ratios under 25e-2", "ratios under 0.25"),
    ("between 0x10 and 0x20, hex for 16 and 32", "between 16 and 32"),
    ("pours under ¾ litre", "pours under 0.75 litre"), ("heights over 2½", "heights over 2.5"),
    ("sizes of 4⅘ (4.8) or more", "sizes of 4.8 or more"), ("scores > ½ of 90", "scores > 45"),
    ("the bottom ¼ of bids", "the bottom 25% of bids"), ("boxes of one gross", "boxes of 144"),
    ("rounds that lasted under XX minutes (roman twenty)", "rounds that lasted under 20 minutes"),
    # not figures: as typed
    ("Size is XL", "Size is XL"), ("the XL shirts", "the XL shirts"), ("I am over it", "I am over it"),
    ("errors like #DIV/0!", "errors like #DIV/0!"), ('Grade equals "XII"', 'Grade equals "XII"'),
    ("a gross is 144 units", "a gross is 144 units"), ("over ⅓", "over ⅓"), ("Lap (s) under 60", "Lap (s) under 60"),
    ("PM2.5 of 9 or less", "PM2.5 of 9 or less"),
])
def test_figures_written_oddly_are_written_as_digits(text, wanted):
    assert plain_figures(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Code ~ /^INV/", 'Code beginning with "INV"'), ("Code =~ /^inv$/i", 'Code is exactly "inv"'),
    ("Crop !~ /mint/", 'Crop not containing "mint"'), ("Town ~ /ford$/", 'Town ending with "ford"'),
    ("Town !~ /^North/", 'Town not beginning with "North"'), ("Ref ~ /^\\s*$/", "Ref is blank"),
    ("names matching *ltd", 'names ending with "ltd"'), ("parts matching Bolt*", 'parts beginning with "Bolt"'),
    ("notes like %late%", 'notes containing "late"'), ("notes is not like *late*", 'notes not containing "late"'),
    ("Flavour matches ^Mint$ exactly", 'Flavour is exactly "Mint" exactly'),
    ("shops that fail /^Open$/", 'shops that is not "Open"'), ("Owner matching ^$ or spaces only", "Owner is blank"),
    ("ends in ford$", "ends in ford"), ("exactly ^Paid$", "exactly Paid"),
    # no text test of the language: as typed
    ("Code ~ /^INV-\\d+/", "Code ~ /^INV-\\d+/"), ("Code ~ /a|b/", "Code ~ /a|b/"),
    ("names like Smith", "names like Smith"), ("rates like 5%", "rates like 5%"),
    ("matches the budget", "matches the budget"), ("medium LIKE 'Oil%'", "medium LIKE 'Oil%'"),
])
def test_a_pattern_is_said_as_a_text_test(text, wanted):
    assert unpatterned(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ('cf highlight --col "Unit Price" --gt 20 --fill orange', 'highlight cells greater than 20 in Unit Price'),
    ('highlight "Team" --starts-with North', 'highlight cells beginning with "North" in Team'),
    ("fmt -c Owner --blank", "highlight cells blank in Owner"),
    ("cf -c Qty --lt 3 --or-gt 25", "highlight cells less than 3 or greater than 25 in Qty"),
    ("cf --col Qty --gte 3 --lte 9 --bold", "highlight cells at least 3 and at most 9 in Qty"),
    ("cf --col Qty --not-between 3 9", "highlight cells not between 3 and 9 in Qty"),
    ("cf --col Town --not --ends-with ford", 'highlight cells not ending with "ford" in Town'),
    ("cf --col Notes --contains late fee", 'highlight cells containing "late fee" in Notes'),
    ("cf --col Sales --top-percent 10", "highlight cells in the top 10% in Sales"),
    ("highlight Status --equals Late --rows", 'highlight the entire row where Status is equal to "Late"'),
    ("rows over 3 days: cf --col Age --above-avg --sheet Jobs", "highlight cells above average in Age"),
    # no command line, or one that does not read wholly: as typed
    ("cf --col Qty --sparkle 3", "cf --col Qty --sparkle 3"), ("scores over 50 - not 40", "scores over 50 - not 40"),
    ("cf --col Qty --gt", "cf --col Qty --gt"), ('cf --col "Qty --gt 3', 'cf --col "Qty --gt 3'),
    ("cf --gt 3", "cf --gt 3"),
])
def test_a_command_line_is_said_as_a_request(text, wanted):
    assert uncommanded(text) == wanted


@pytest.mark.parametrize("name, values, negated, wanted", [
    ("gt", ["5"], False, "greater than 5"), ("gt", ["5"], True, "at most 5"),
    ("between", ["1", "2"], False, "between 1 and 2"), ("bottom", ["3"], False, "in the bottom 3"),
    ("top-percent", ["10"], False, "in the top 10%"), ("blank", [], True, "not blank"),
    ("gt", [], False, None), ("between", ["1"], False, None), ("sparkle", ["1"], False, None),
])
def test_a_flag_is_said_as_a_test(name, values, negated, wanted):
    assert flag_phrase(name, values, negated) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Bug: prices over 90 are not highlighted. Expected: those in red. Actual: nothing",
     "prices over 90. those in red"),
    ("Bug: towns ending in ford aren't green. Expected: green. Actual: white", "towns ending in ford. green"),
    ("Bug: blank owners never shaded. Expected: Owner cells that are blank in grey. Actual: no grey",
     "Owner cells that are blank in grey."),
    ("Expectd: stock under 5 flagged. Actual: not flagged", "stock under 5 flagged."),
    ("Steps: open Orders, select Qty. Expected: a colour scale. Actual: no colours", "Qty: a colour scale."),
    ("Steps: open Jobs, look at the jobs due today. Expected: whole rows in red. Actual: no red",
     "look at the jobs due today. whole rows in red"),
    # no report, or one that asks for nothing: as typed
    ("Expected values over 10", "Expected values over 10"),
    ("Expected Date: rows not highlighted yet", "Expected Date: rows not highlighted yet"),  # a header, no label
    ("Bug: it crashes. Expected: no crash. Actual: crash", "Bug: it crashes. Expected: no crash. Actual: crash"),
])
def test_a_bug_report_is_read_for_what_it_expects(text, wanted):
    assert expected(text) == wanted


def test_asked_reads_the_written_forms():
    assert asked("laps over XII") == "laps over 12"
    assert asked('cf highlight --col "Unit Price" --gt 20') == "highlight cells greater than 20 in Unit Price"
    assert asked("Crop !~ /mint/") == 'Crop not containing "mint"'
    assert "not" not in asked("Bug: towns ending in ford aren't green. Expected: green. Actual: white")


@pytest.mark.parametrize("text, wanted", [
    ("- Qty < 50 / + Qty < 40", "Qty < 40"), ("- Owner blank\n+ Owner not blank", "Owner not blank"),
    ("Before: nothing. After: late jobs in red", "late jobs in red"),
    ("Before: the Notes column had no format. After: icon sets on it", "icon sets on the Notes column"),
    ("Before: yesterday's orders looked plain. After: they're highlighted", "yesterday's orders are highlighted"),
    ("change: the highlight rule -> Region is North", "Region is North"),
    ("feat(orders): highlight rows over 90", "highlight rows over 90"), ("v1.4 - Added: blank owners", "blank owners"),
    ("fix: flag duplicate refs", "flag duplicate refs"),
    # no change: as typed
    ("scores - 5 or less", "scores - 5 or less"), ("5.5 < pH < 7", "5.5 < pH < 7"),
    ("Before 2020: highlight", "Before 2020: highlight"),
])
def test_a_change_is_read_for_its_new_state(text, wanted):
    assert changed(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Speed ∈ (20, 80)", "Speed greater than 20 and less than 80"), ("Qty ∈ [5, 9]", "Qty between 5 and 9"),
    ("Qty ∈ (5, 9]", "Qty greater than 5 and at most 9"), ("Qty ∉ [5, 9]", "Qty not between 5 and 9"),
    ("Qty ∉ (5, 9)", "Qty at most 5 or at least 9"), ("Due ∈ [today − 6, today]", "Due in the last 7 days"),
    ("Due = today + 1", "Due is tomorrow"), ("¬(Fee < 1.5)", "Fee at least 1.5"), ("¬(Fee ≥ 3)", "Fee less than 3"),
    ("Owner = ∅", "Owner is blank"), ("Owner ≠ ∅", "Owner is not blank"), ("x > 5 ∧ x < 9", "x > 5 and x < 9"),
    ("Ref: count(x) = 1", "Ref: unique"), ("Ref: count(x) > 1", "Ref: duplicates"),
    ("ISERROR(Ratio (%)) = TRUE", "Ratio (%) with errors"), ("{x ∈ Fee : ISERROR(x)}", "Fee with errors"),
    ("highlight {r : r[Laps] = 16}", "highlight rows where Laps = 16"),
    ("{x ∈ Pts : rank(x) ≤ 3 (rank 1 = the largest Pts)}", "the top 3 Pts"),
    ("rows {r : rank(r[Time (s)]) < 3 (rank 1 = the smallest Time (s))}", "rows where the bottom 2 Time (s)"),
    # no notation, or code the other readers take: as typed
    ("size in (25, 35)", "size in (25, 35)"), ("due == today + 1", "due == today + 1"),
    ("ISERROR(ref)", "ISERROR(ref)"), ("Due today", "Due today"),
])
def test_mathematical_notation_is_said_in_words(text, wanted):
    assert unnotated(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("A 'stale' ticket is one whose Age is over 30. Highlight stale tickets.",
     "Highlight the ones whose Age is over 30"),
    ("By 'local' we mean Region = North; mark the local ones", "mark Region = North"),
    ("By 'Ash' I mean exactly the tree named Ash; shade it.", "shade exactly the tree named Ash"),
    ("A 'big' order has a Total in the top 10%. Highlight big orders, whole rows.",
     "Highlight the ones that have a Total in the top 10%, whole rows"),
    ("Call a value of Fee 'steep' if it exceeds 90. Highlight every steep Fee cell, just the cell.",
     "Highlight where Fee exceeds 90, just the cell"),
    ("Definition: a job is 'late' when its Days is over 30. Task: shade late jobs, whole rows.",
     "shade where Days is over 30, whole rows"),
    ("Let 'quiet' rooms be the rooms with no Notes. Highlight the quiet ones.", "Highlight the rooms with no Notes"),
    ("A 'dud' is one of the 3 lowest Scores. Mark duds.", "Mark the 3 lowest Scores"),
    ("A 'north site' is one whose name starts with North; highlight every site that is not a north site.",
     "highlight every one except the ones whose name starts with North"),
    # no term defined: as typed
    ("A 'Gold' member is worth more. Highlight Gold members", "A 'Gold' member is worth more. Highlight Gold members"),
    ('The "Ladder Points" column has blanks. Highlight those cells.',
     'The "Ladder Points" column has blanks. Highlight those cells.'),
    ("the 'Gold' tier is best: highlight it", "the 'Gold' tier is best: highlight it"),
])
def test_a_defined_term_is_said_by_its_definition(text, wanted):
    assert unaliased(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("flag Laps outside 5 to 9, 5 and 9 not flagged", "flag Laps outside 5 to 9"),
    ("codes that finish in '01'", "codes that end with '01'"), ("races that finish in under 5 minutes",
                                                                 "races that finish in under 5 minutes"),
    ("rows where Track lacks the text 'Single'", "rows where Track does not contain 'Single'"),
    ("Laps outside 5 to 9 (5 and 9 themselves count as inside)", "Laps outside 5 to 9"),
    ("Sheet Pumpkins: rows over 300", "rows over 300"), ("Quick one: rows over 300", "rows over 300"),
    ("In sheet Pumpkins, column D is Weigh Date. Can I colour the cells dated today?",
     "In sheet Pumpkins, column D (Weigh Date). Can I colour the cells dated today?"),
    ("highlight rows where column D is Late. Please.", "highlight rows where column D is Late."),
])
def test_bounds_left_out_of_an_outside_range_and_plain_words_for_text_tests(text, wanted):
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("<p>Highlight <b>Qty</b> of <i>8 or more</i>.</p>", "Highlight Qty of 8 or more."),
    ("<li>Code begins with &quot;AB&quot;</li>", 'Code begins with "AB"'), ("<li>Notes contain <code>fee</code></li>",
                                                                           'Notes contain "fee"'),
    ("<p>Fee &gt; 10 &amp;&amp; &lt; 20</p>", "Fee > 10 and < 20"), ("<p>Fee &ne; 24</p>", "Fee ≠ 24"),
    ('<rule column="Owner" test="isBlank"/>', "highlight Owner cells blank"),
    ('<format column="Score" type="a colour scale"/>', "highlight Score cells a colour scale"),
    ('<rule sheet="Jobs" column="Notes" when="value has \'late\' in it" apply="entire row"/>',
     "highlight the entire row where Notes has 'late' in it"),
    ('<rule column="Code" when="value starts with \'Dy\'" apply="cell only"/>',
     "highlight Code cells whose value starts with 'Dy'"),
    # no markup: as typed
    ("Score < 5 and > 2", "Score < 5 and > 2"), ("R&D costs over 5", "R&D costs over 5"), ("a <> b", "a <> b"),
])
def test_html_markup_is_taken_away(text, wanted):
    assert unmarked_html(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("We ship on Fridays and the van is small. Anyway. TL;DR: highlight Qty under 5", "highlight Qty under 5"),
    ("tl;dr highlight blank owners. Longer version: the van broke.", "highlight blank owners."),
    ("FEES OVER NINETY STOP HIGHLIGHT", "FEES OVER NINETY, HIGHLIGHT"),
    ("SHEET JOBS STOP MARK AGE (DAYS) AT MOST 10 STOP", "MARK AGE (DAYS) AT MOST 10"),
    ("CODES BEGINNING AB STOP MARK", "CODES BEGINNING WITH AB, MARK"),
    ("Ingredients: Qty, a red fill. Method: colour every row with 5 or fewer. Serves: the whole row.",
     "colour every row with 5 or fewer (Qty), the whole row"),
    ("You will need: the Fee (£) column of Jobs. Method: fill each Fee (£) over 9. Serving: cells only.",
     "fill each Fee (£) over 9, cells only"),
    # none of these forms: as typed
    ("Please STOP highlighting everything; mark over 5", "Please STOP highlighting everything; mark over 5"),
    ("the method: over 5", "the method: over 5"), ("tl;dr", "tl;dr"),
])
def test_a_tldr_a_telegram_and_a_recipe_are_read_for_their_request(text, wanted):
    assert unformed(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("highlightQtyUnder5", "highlight Qty under 5"), ("flag_blank_owner", "flag blank owner"),
    ("mark-status-equals-late", 'mark status equals "late"'), ("SHADE_FEE_LTE_40", "shade fee at most 40"),
    ("markScoreNotLt60", "mark Score not less than 60"),
    ("flagAgeLt3OrGt70", "flag Age less than 3 or greater than 70"),
    ("colour-depth-outside-2-to-9-incl", "colour depth outside 2 to 9 inclusive"),
    ("markTownStartsWithNew", 'mark Town starts with "New"'), ("highlightRowsWhereRatioAbove0.75", "highlight rows "
                                                                                              "where Ratio above 0.75"),
    ("jobs.FlagRowsWhereFeeOver90", "flag rows where Fee over 90 in sheet Jobs"),
    ("site_visits/mark_notes_cells_containing_rain", 'mark notes cells containing "rain" in sheet Site Visits'),
    ("AddDataBarsToQty", "add data bars to Qty"), ("highlightNonBlankNotes", "highlight non-blank Notes"),
    ("`shade_due_date_next_week()`", "shade due date next week"),
    # no identifier: as typed
    ("Score>50", "Score>50"), ("well-known", "well-known"), ("x_y_z", "x_y_z"), ("highlight Qty_Under 5",
                                                                                 "highlight Qty_Under 5"),
    ("state-of-the-art", "state-of-the-art"), ("PM2.5", "PM2.5"),
])
def test_an_identifier_is_said_in_words(text, wanted):
    assert unslugged(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("|column|test|value| |Qty|>=|8|", "highlight Qty cells at least 8"),
    ("| column | rule |\n|---|---|\n| Owner | blank |", "highlight Owner cells blank"),
    ("Column: Town  Rule: begins with \"New\"", 'highlight Town cells begins with "New"'),
    ("COLUMN      TEST      VALUE      Fee (£)      >      1,200", "highlight Fee (£) cells greater than 1,200"),
    ("Field    Condition    Value  -------  Depth    outside    2..9, bounds inside",
     "highlight Depth cells not between 2 and 9"),
    ("col |Score|   op |NOT <|   val |40|   (shade matches)", "highlight Score cells not less than 40"),
    ("[column] Code  [test] ends with  [value] X", 'highlight Code cells ending with "X"'),
    ("Column    Rule  =====  Fee    over A and under B A=10 B=20", "highlight Fee cells over 10 and under 20"),
    ("+------+------+ |Notes|not blank| +------+------+", "highlight Notes cells not blank"),
    ("Sheet:   Jobs\nColumn:  Age\nRule:    top 3 values\nApply:   entire row",
     "highlight the entire row where Age top 3 values in sheet Jobs"),
    ("Sheet:  Jobs\nColumn:  Fee\nFormat:  data bars", "data bars on Fee in sheet Jobs"),
    ("|column|test|value| |Fee|top %|15|", "highlight Fee cells in the top 15%"),
    ("|column|test|value| |Fee|date is|tomorrow|", "highlight Fee cells tomorrow"),
    # no text table, or a payload the payload reader takes: as typed
    ("Late | Pending", "Late | Pending"), ("column: Fee\nop: \">\"\nvalue: 9", "column: Fee\nop: \">\"\nvalue: 9"),
    ("Rule: be kind", "Rule: be kind"), ("Qty | 5", "Qty | 5"), ("| Late | Pending |", "| Late | Pending |"),
])
def test_a_text_table_is_said_as_a_sentence(text, wanted):
    assert ungridded(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Highlight the flagged values[1]. [1] Qty under 5", "Highlight the flagged values: Qty under 5"),
    ("mark the usual suspects*  *rows where Status is Late", "mark the usual suspects: rows where Status is Late"),
    ("highlight these [fn 2]  [fn 2] the Fee that is no less than 16",
     "highlight these: the Fee that is no less than 16"),
    ("Shade per footnote 3.  3) where Due Date is today", "Shade: where Due Date is today"),
    ("see note (b) and colour those. (b) Owner is blank", "colour those: Owner is blank"),
    ("Colour the outliers†  † i.e. where Age is 40 or more", "Colour the outliers: where Age is 40 or more"),
    ("Add the format in note [1] to Qty. [1] a colour scale", "Add the format to Qty: a colour scale"),
    ("Format the cells described below.¹  ¹ Age is one of the 3 highest",
     "Format the cells: Age is one of the 3 highest"),
    # no footnote: as typed
    ("Qty under 5 (a) and (b)", "Qty under 5 (a) and (b)"), ("Fee * 2 over 9", "Fee * 2 over 9"),
    ("highlight Notes containing 1)", "highlight Notes containing 1)"),
])
def test_a_footnotes_rule_is_joined_to_the_ask(text, wanted):
    assert unfootnoted(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("action item: surface every row whose Owner is blank, for visibility", "highlight every row whose Owner is blank"),
    ("per today's sync, colour-code any Fee north of 50", "colour-code any Fee north of 50"),
    ("shade the Dates that were yesterday; let's take it offline after", "shade the Dates that were yesterday"),
    ("flag Fee at 24 or north of it", "flag Fee at 24 or over"),
    ("highlight where Depth is off the 8 to 16 corridor so stakeholders have line of sight",
     "highlight where Depth is outside 8 to 16"),
    ("circle back on anything where Code starts with AB and highlight it so it stays top of mind",
     "anything where Code starts with AB and highlight it"),
    ("make any Qty that is exactly 50, full stop stand out, bandwidth permitting",
     "make any Qty that is exactly 50 stand out"),
    ("let's flag any Town that begins with New as a quick win", "let's flag any Town that begins with New"),
    ("Quick win: put data bars on Fee for at-a-glance visibility.", "put data bars on Fee."),
    # no jargon: as typed
    ("Surface Area over 50", "Surface Area over 50"), ("prices that end in .99", "prices that end in .99"),
    ("highlight reviews in the Review column", "highlight reviews in the Review column"),
    ("Status is Full Stop", "Status is Full Stop"),
])
def test_corporate_jargon_is_said_plainly(text, wanted):
    assert plain_spoken(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Codes that are unique (no repeats)", "Codes that are unique"), ("Dates in the last 7 days (counting today)",
                                                                      "Dates in the last 7 days"),
    ("Notes that have something in it (is not empty)", "Notes that have something in it"),
    ("Highlight Owner cells that are blank. Only those cells.", "Highlight Owner cells that are blank."),
    ("mark Fee over 5, just those cells", "mark Fee over 5"),
    # no restatement: as typed
    ("Notes (not blank)", "Notes (not blank)"), ("Codes (no repeats) over 5", "Codes (no repeats) over 5"),
])
def test_a_rule_said_again_in_brackets_is_said_once(text, wanted):
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("?col=Qty&op=lt&value=5", "highlight Qty cells less than 5"),
    ("sheet.example/rules/new?column=Owner%20Name&test=blank", "highlight Owner Name cells blank"),
    ("https://x.example/add?col=Fee%20(%C2%A3)&gt=10&lt=20&match=all", "highlight Fee (£) cells greater than 10 and "
                                                                       "less than 20"),
    ("?col=Fee&gt=10&lt=20&match=any", "highlight Fee cells greater than 10 or less than 20"),
    ("?col=Town&op=starts_with&text=New&negate=true", 'highlight Town cells not beginning with "New"'),
    ("?col=Code&op=is_exactly&text=AB", 'highlight Code cells equal to "AB"'),
    ("app.example/sheets/Jobs/format?field=Fee+(%24)&rank=top&percent=20&scope=rows",
     "highlight the entire row where Fee ($) is in the top 20% in sheet Jobs"),
    ("?sheet=Jobs&col=Due&date=this_week&apply=entire_row",
     "highlight the entire row where Due is this week in sheet Jobs"),
    ("?col=Fee&test=no_error", "highlight Fee cells without errors"),
    ("?field=Qty&format=icon_set", "an icon set on Qty"),
    ("filter=Status%20eq%20Late", 'highlight Status cells equal to "Late"'),
    ("filter=Fee%20lte%2016", "highlight Fee cells at most 16"),
    ("sheet.example/app#highlight/rally-length/above/15", "highlight rally length greater than 15"),
    ("#highlight/SiteVisits/Status/is_not/Done/whole-row",
     'highlight Status is not "Done", entire row in sheet SiteVisits'),
    # no address, or one that writes no rule: as typed
    ("see https://example.com/help", "see https://example.com/help"), ("?page=2", "?page=2"),
    ("Qty=5", "Qty=5"), ("what is #N/A?", "what is #N/A?"), ("#highlight", "#highlight"),
])
def test_a_web_address_is_said_in_words(text, wanted):
    assert unlinked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("### Changed - flag rows where Status is Late (was: is Pending)", "flag rows where Status is Late"),
    ("[1.8.0] Added - colour Qty when a value is in the bottom 25%", "colour Qty when a value is in the bottom 25%"),
    ("v2.2 - now marks each Fee that is over 9", "now marks each Fee that is over 9"),
    ("Fixed: a Fee entry that shows an error now gets shaded", "a Fee entry that shows an error now gets shaded"),
    # no changelog entry: as typed
    ("Fee over 9 (was 8)", "Fee over 9 (was 8)"), ("2.5 or more", "2.5 or more"), ("New: over 5", "over 5"),
])
def test_a_changelog_entry_is_read_for_its_new_rule(text, wanted):
    assert changelog(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("alert unless Qty >= 100", "highlight where Qty is less than 100"),
    ("trigger when NOT (Fee <= 250)", "highlight where Fee is greater than 250"),
    ("notfy the team when Age is one of the bottom 3 values", "highlight where Age is one of the bottom 3 values"),
    ("warn threshold: Fee leaves the 30..48 band (30 and 48 count as in-band), severity high",
     "highlight where Fee not between 30 and 48"),
    ("alert rule for SiteVisits: Due falls in this month => flag entire row",
     "highlight where Due falls in this month, entire row in sheet SiteVisits"),
    ("alert when Fee rises above 11 while staying under 17.5", "highlight where Fee rises above 11 and under 17.5"),
    ("alret dashboard: show Qty with data bars so spikes stand out", "show Qty with data bars"),
    ("monitoring view - put data bars on Qty, no threshold", "put data bars on Qty"),
    # no alert: as typed
    ("Alerts over 5", "Alerts over 5"), ("trigger words in Notes", "trigger words in Notes"),
])
def test_an_alert_is_read_as_a_request_to_highlight(text, wanted):
    assert alert(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("a Qty box should turn yellow when it is somewhere from 4 up to 8, and 4 and 8 themselves count too",
     "a Qty cell should turn yellow when it is from 4 to 8"),
    ("If the number is 8, 25, or anywhere in between, colour that box",
     "If the number is between 8 and 25, colour that cell"),
    ("if the number is not 20, not 37, and not anywhere in between, colour the whole line",
     "if the number is not between 20 and 37, colour the whole row"),
    ("the Notes boxes where nobody wrote anything in the box should turn yellow",
     "the Notes cells that are blank should turn yellow"),
    ("the Blower boxes where you cannot find 'Petrol' anywhere should turn yellow",
     "the Blower cells not containing 'Petrol' should turn yellow"),
    ("put little bars inside the Qty boxes, longer bars for bigger numbers", "put data bars on the Qty cells"),
    ("Look at the Fee boxes in Jobs. If the number is exactly 7, colour that box.",
     "In the Fee cells in Jobs, if the number is exactly 7, colour that cell."),
    ("names that show up only one time", "names that appear only once"),
    # not said simply: as typed ("box office", ballot boxes)
    ("highlight box office above average", "highlight box office above average"),
    ("every Riverside box", "every Riverside box"), ('paint Notes containing "box"', 'paint Notes containing "box"'),
])
def test_very_simple_words_are_said_as_the_rules_words(text, wanted):
    assert grown_up(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("[highlight] column = Fee (£) op = lte value = 600", "highlight Fee (£) cells at most 600"),
    ('rule = { column = "Owner", test = "blank" }', "highlight Owner cells blank"),
    ('HIGHLIGHT_COLUMN="Speed (km/h)" HIGHLIGHT_AT_LEAST=35', "highlight Speed (km/h) cells at least 35"),
    ("highlight: { column: Qty, rank: bottom, count: 2 }", "highlight Qty cells in the bottom 2"),
    ('HIGHLIGHT_COLUMN="Fee" HIGHLIGHT_OUTSIDE=250..600', "highlight Fee cells not between 250 and 600"),
    ('HIGHLIGHT_COLUMN="Fee" HIGHLIGHT_COMPARE=average HIGHLIGHT_SIDE=below', "highlight Fee cells below average"),
    ('rule = { sheet = "Jobs", column = "Fee", op = "lte", value = 22, negate = true, apply = "entire_row" }',
     "highlight the entire row where Fee is greater than 22 in sheet Jobs"),
    ("highlight:\n  sheet: Jobs\n  column: \"Code\"\n  test: starts_with\n  text: \"AB\"\n  scope: cell_only",
     'highlight Code cells beginning with "AB" in sheet Jobs'),
    ('ts=2025-02-17T16:30Z level=info action=highlight column="Qty" at_least=200', "highlight Qty cells at least 200"),
    ("2025-03-04T09:17Z WARN rule=qty_unique col=\"Qty\" cond='NOT (gt 90)'", "highlight Qty cells at most 90"),
    ("Jun 12 11:26:45 ERROR rule=x sheet=Jobs col=\"Due\" cond=\"date=yesterday\" apply=row",
     "highlight the entire row where Due is yesterday in sheet Jobs"),
    ("2023-09-29T11:05Z sheetwatch[977]: warn: highlight Qty not below 150", "highlight Qty not below 150"),
    ("[WARN] flag entire row: Fee lt 31 (sheet Jobs)", "flag entire row: Fee less than 31 (sheet Jobs)"),
    ('level=warn msg="highlight cells where Notes not blank" sheet=Jobs target=cells',
     "highlight cells where Notes not blank in sheet Jobs"),
    ('ts=1 column="Fee" below=750 above=1,800 match=any', "highlight Fee cells less than 750 or greater than 1800"),
    # neither: as typed
    ("Column: Fee | Condition: error | Scope: cells", "Column: Fee | Condition: error | Scope: cells"),
    ("warn threshold: Fee above 9", "warn threshold: Fee above 9"), ("Qty = 5", "Qty = 5"),
    ("column: Job / does not contain: filter", "column: Job / does not contain: filter"),
])
def test_a_configuration_or_a_log_line_is_said_in_words(text, wanted):
    assert unconfigured(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Following O'Connell et al., 2018, each cell of the Qty column that falls below 300 is highlighted "
     "(see Section 2.7).",
     "each cell of the Qty column that falls below 300 is highlighted."),
    ("Hypothesis H2: any entry in Due that falls on the preceding day merits highlighting (Ferreira, 2015).",
     "any entry in Due that falls on yesterday merits highlighting."),
    ("Observations whose Fee is missing are of interest and should be shaded, as in Table 3c of Brandt, 2016.",
     "highlight where Fee is missing."),
    ('Let S be the set of Code cells whose value starts with "AB"; the complement of S is highlighted (Brandt, 2016).',
     'highlight the Code cells whose value does not start with "AB".'),
    ("each Depth that lies outside the closed interval [120, 300] is highlighted (cf. Lee & Ruiz, 2019)",
     "each Depth that is not between 120 and 300 is highlighted"),
    # no citation: as typed
    ("Qty over 2018", "Qty over 2018"), ("Notes (see below) over 5", "Notes (see below) over 5"),
    ("prices that end in .99", "prices that end in .99"),
])
def test_an_academic_register_loses_its_citations(text, wanted):
    assert uncited(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Mark thou every Qty that lieth beneath 750", "Mark every Qty that lies below 750"),
    ("Prithee, shade each Temp that lieth not betwixt 250 and 320, the ends 250 and 320 being within",
     "shade each Temp that is not between 250 and 320"),
    ("Whosoever's Fee be exactly 24, highlight them", "highlight where Fee is exactly 24"),
    ("Let each Tag that hath no twin in all the list be coloured", "Let each Tag that is unique be coloured"),
    ("every Date that falleth in the week that cometh", "every Date that falls in next week"),
    ("every Qty that riseth not above 150", "every Qty that is at most 150"),
    ("Mark thou every Time save those that be fewer than 45", "Mark every Time except those fewer than 45"),
    ("the uppermost 20 per centum", "the top 20 percent"),
    # no old English: as typed
    ("Kenneth's rows over 5", "Kenneth's rows over 5"), ("teeth over 30", "teeth over 30"),
    ("should be in bold", "should be in bold"), ("Art supplies under 5", "Art supplies under 5"),
])
def test_old_fashioned_english_is_said_in_todays_words(text, wanted):
    assert modernised(text) == wanted
