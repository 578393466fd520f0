"""Date periods and repeats named by set phrases (languages.cf.phrases)."""

from __future__ import annotations

import pytest

from cf_assistant.languages.cf.phrases import named_period, named_repeat


@pytest.mark.parametrize("request_text, headers, rule", [
    ("next service due this week", ("Next Service Due",), "ThisWeek()"),
    ("Apply green fill to Last Updated this week in column H", ("Last Updated",), "ThisWeek()"),
    ("highlight best-before dates that are in this week.", ("Best Before",), "ThisWeek()"),  # hyphened
    ("highlight best-before dates that are in this week.", (), None),  # "best" without its header
    ("leases ending this week", (), "ThisWeek()"),
    ("Which leases run out next month?", (), "NextMonth()"),
    ("tickets from the last 7 days", (), "Last7Days()"),
    ("tonight's gig", (), "Today()"), ("loans that started this month", (), "ThisMonth()"),
    ("orders due today or tomorrow", (), None),  # two periods
    ("not this week", (), None), ("sales last week over 100", (), None), ("no period", (), None),
])
def test_one_period_phrase_and_nothing_else(request_text, headers, rule):
    assert named_period(request_text, headers) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("which categories come up more than once in my statement", "Duplicates()"),
    ("two machines with the same name by mistake, can I make the duplicate names stand out", "Duplicates()"),
    ("Highlight the section that appears only once", "Unique()"),
    ("not duplicated", "Unique()"),
    ("customers with more than one order", "Duplicates()"), ("suppliers we have several contracts with", "Duplicates()"),
    ("donors with a single gift", "Unique()"),
    ("lead bookers who only came once", "Unique()"), ("customers who only ever ordered once", "Unique()"),
    ("crafts only one stall sells", "Unique()"), ("a course that only one person is booked on", "Unique()"),
    ("guests who've been on more than one episode", "Duplicates()"),
    ("fault codes logged on more than one turbine", "Duplicates()"),
    ("locations that only have one locker", "Unique()"),
    ("shipping lines appearing only once in the yard list", "Unique()"),
    ("instruments lent out on the same day as another one", "Duplicates()"),
    ("duplicate invoice numbers above 1002", None),  # a comparison too
    ("highlight duplicates or blanks", None), ("highlight the rest", None),
])
def test_one_repeat_and_nothing_else(request_text, rule):
    assert named_repeat(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("excel highlight cells with errors like #N/A or #REF!", "Errors()"),
    ("How do I format only the valid readings (anything that's not #VALUE! or another error)?", "NotErrors()"),
    ("everything that isnt an error", "NotErrors()"), ("#N/A cells", "Errors()"),
    ("errors or blanks", None), ("errors above 5", None), ("text containing error", None),
])
def test_error_values_named_by_word_or_code(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_errors

    assert named_errors(request_text) == rule


def test_readings_see_shorthands_and_set_headers_aside():
    import datetime as dt

    from cf_assistant.languages.cf import CF

    def read(text, headers=()):
        return [code for code, _ in CF.readings(text, dt.date(2024, 6, 12), headers)]

    assert read("bmi not btw 18.5 and 25") == ["NotBetween(18.5, 25)"]
    assert read("milk not inside 25 and 35 litres") == ["NotBetween(25, 35)"]
    assert read("colour the pulse when it pass 100") == ["GreaterThan(100)"]
    assert read("show the crew that is only one time") == ["Unique()"]
    assert read("best before this week", ("Best Before",)) == ["ThisWeek()"]
    assert read("check in tmrw") == ["Tomorrow()"]


@pytest.mark.parametrize("request_text, rule", [
    ("Apply NotBetween 900 and 4100 on column D in sheet Weekend", "NotBetween(900, 4100)"),
    ("Apply NotBlanks on Avg Handle (s)", "NotBlanks()"),
    ("Apply NotEquals 1500 on B2:B13", "NotEquals(1500)"),
    ("Apply NOT TextEquals Yes in D2:D13", 'NOT(TextEquals("Yes"))'),
    ("Apply equalTo = Done conditional formatting on cell range I4:I6", 'TextEquals("Done")'),
    ("Apply greaterThan 50 in column C", "GreaterThan(50)"),
    ("Apply NotBetween 900 on column D", None),  # one bound
    ("Apply TopBottom conditional formatting", None), ("McDonald orders", None),
    ("highlight Sales greater than 5", None),  # no name of a function: left to other readings
])
def test_a_function_named_by_its_own_name(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_function

    assert named_function(request_text) == rule


def test_a_header_said_is_set_aside_before_a_threshold():
    from cf_assistant.languages.cf.comparisons import named_threshold

    said = "Apply green colour to a batting average of 50 and above"
    assert named_threshold(said) is None  # "average" names a rule
    assert named_threshold(said, ("Player", "Batting Average")) == "GreaterThanEqual(50)"


@pytest.mark.parametrize("request_text, rule", [
    ("the xlsx files", 'TextEndsWith(".xlsx")'),
    ("scans saved as jpgs or pngs", 'OR(TextEndsWith(".jpg"), TextEndsWith(".png"))'),
    ('highlight "csv"s', 'TextEndsWith(".csv")'),  # a cell word the pipeline quoted
    ("anything that isn't a .docx", 'NOT(TextEndsWith(".docx"))'),
    ("pdfs over 2", None), ("names containing pdf", None), ("text", None),
])
def test_file_types_named_by_their_extension(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_extension

    assert named_extension(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("codes with LDN at the front", 'TextStartsWith("LDN")'),
    ("refs that have -X at the end", 'TextEndsWith("-X")'),
    ("'EU' at the start", 'TextStartsWith("EU")'),
    ("put them at the end", None), ("not LDN at the front", None), ("A at the start and B at the end", None),
])
def test_a_text_placed_at_the_front_or_the_end(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_position

    assert named_position(request_text) == rule


def test_denials_typed_without_their_apostrophe_are_written_out():
    from cf_assistant.diffusion.utterance import expand_shorthand

    assert expand_shorthand("rows that arent done and dont say yes") == "rows that aren't done and don't say yes"


@pytest.mark.parametrize("request_text, rule", [
    ('cells that say just "Gold" (not Rose Gold or White Gold)', 'TextEquals("Gold")'),
    ("exactly 'East' - not North East", 'TextEquals("East")'),
    ('just "Gold"', None),  # nothing denied: the model's reading
    ('only "Gold" not Silver', None),  # a denied text that does not hold it
])
def test_a_text_asked_for_exactly_beside_the_texts_that_hold_it(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_exact

    assert named_exact(request_text) == rule


def test_a_denial_before_the_reads_its_text():
    from cf_assistant.diffusion.text_slots import mark

    assert '"gmail"' in mark("apply to all emails except the gmail ones")


@pytest.mark.parametrize("post, code", [
    ("I've got our club's 10K results. How can I highlight everyone who ran under 45 minutes?", "LessThan(45)"),
    ("I have 500 rows. Show values over 50. Thanks!", "GreaterThan(50)"),
    ("Sales for 2023. Highlight between 100 and 200.", "Between(100, 200)"),
])
def test_a_post_is_read_in_the_one_sentence_that_asks(post, code):
    import datetime as dt

    from cf_assistant.languages.cf import CF

    assert code in [c for c, _ in CF.readings(post, dt.date(2024, 6, 12))]


def test_two_sentences_that_each_ask_give_no_reading():
    import datetime as dt

    from cf_assistant.languages.cf import CF

    assert not [c for c, o in CF.readings("Values over 50. Also under 10 please.", dt.date(2024, 6, 12))
                if o == "named threshold"]


@pytest.mark.parametrize("request_text, rule", [
    ("the ones showing errors like hash value or N A", "Errors()"),  # said aloud
    ("errors like hash div by zero", "Errors()"),
    ("any N/A values", None), ("region NA", None),  # no "error": a text the cells may hold
])
def test_error_values_said_aloud_beside_the_word_error(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_errors

    assert named_errors(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("Could you highlight races from last week and this week?", "OR(LastWeek(), ThisWeek())"),
    ("due today or tomorrow", "OR(Today(), Tomorrow())"),
    ("last week and this week over 5", None),  # something more than the periods
    ("this week", None),  # one period: named_period's
    ("in the last 7 days", None),
])
def test_two_periods_joined_are_either(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_periods

    assert named_periods(request_text) == rule


def test_other_errors_and_cells_apart_from_errors():
    from cf_assistant.languages.cf.phrases import named_errors

    assert named_errors("Please make any #VALUE! or other error in the amounts stand out.") == "Errors()"
    assert named_errors("all cells apart from the #N/A ones highlighted") == "NotErrors()"


@pytest.mark.parametrize("request_text, rule", [
    ("could you highlight the lines where the quantity came through as an error or is missing?",
     "OR(Errors(), Blanks())"),
    ("blank or error cells", "OR(Blanks(), Errors())"),
    ("errors and blanks", "OR(Errors(), Blanks())"),  # no cell is both: either
    ("errors or values over 5", None), ("cells that are not errors or blank", None),
    ("Could fees that are either missing or showing an error both be highlighted?", "OR(Blanks(), Errors())"),
])
def test_errors_or_blanks_named_together_are_either(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_errors_or_blanks

    assert named_errors_or_blanks(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("Please add data bars to the average wait so the slow days stand out", "DataBar()"),
    ("a heat map of the scores", "ColorScale()"), ("traffic lights on the margin", "IconSet()"),
    ("a colour scale, not data bars", None), ("data bars or an icon set", None), ("above average", None),
])
def test_a_visual_rule_named_by_its_kind(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_visual

    assert named_visual(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("Arrows Lost: highlight the blank and space-only cells.", "Blanks()"),
    ("Some Cow Tag cells are empty or contain just a space. How can I highlight those?", "Blanks()"),
    ("the missing sizes, blanks and the ones with just a space in", "Blanks()"),
    ("cells that are not blank or just a space", None), ("blank cells", None),
    ("blank or just a space or over 5", None),
])
def test_blanks_and_cells_of_one_space_said_together_are_blanks(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_blank_or_space

    assert named_blank_or_space(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("Can you highlight the rows where the parts cost hasn't been filled in?", "Blanks()"),
    ("scores not entered yet", "Blanks()"), ("times nobody has recorded", "Blanks()"),
    ("not entered and over 5", None),
    ("rows where the form has been filled in", "NotBlanks()"),  # entered: not blank
    ("Every team number that's been filled in - highlight so we can count", "NotBlanks()"),
    ("forms filled in by Sam", None), ("filled in and over 5", None),
])
def test_a_value_not_yet_entered_is_a_blank_and_one_entered_is_not(request_text, rule):
    from cf_assistant.languages.cf.phrases import named_unfilled

    assert named_unfilled(request_text) == rule


@pytest.mark.parametrize("request_, rule", [
    ("setups from the last 7 days, today also included", "Last7Days()"),
    ("dates in the past seven days including today", "Last7Days()"),
    ("last 7 days (today counts)", "Last7Days()"),
    ("today or the last 7 days", None),  # two periods said, no aside on the seven days
])
def test_today_said_included_in_the_last_7_days_is_no_second_period(request_, rule):
    assert named_period(request_) == rule


@pytest.mark.parametrize("request_, rule", [
    ("Please find the traders which are entered two times and colour them.", "Duplicates()"),
    ("member IDs appearing 2x", "Duplicates()"),
    ("names logged 2 times", "Duplicates()"),
    ("names entered two times and over 5", None),  # "and" joins a second test
])
def test_a_repeat_said_by_count_and_the_format_asked_after_it(request_, rule):
    assert named_repeat(request_) == rule


def test_an_error_value_without_its_bang_is_an_error():
    from cf_assistant.languages.cf.phrases import named_errors

    assert named_errors("#REF in hours meter") == "Errors()"
    assert named_errors("any #VALUE cells") == "Errors()"


def test_a_headers_no_is_a_number_not_a_denial():
    import datetime

    from cf_assistant.languages.cf import CF

    read = dict((origin, code) for code, origin in
                CF.readings("Highlight errors in GMS No in sheet Subs", datetime.date(2024, 6, 12), ("GMS No", "Caps")))
    assert read.get("named errors") == "Errors()"


@pytest.mark.parametrize("text, rule", [
    ('family ref LEFT 3 = "MCK"', 'TextStartsWith("MCK")'),
    ('=LEFT(A2,2)="AB"', 'TextStartsWith("AB")'),
    ('=RIGHT(B2,4)=".pdf"', 'TextEndsWith(".pdf")'),
    ("best before = today", "Today()"),
    ("best before =TODAY()", "Today()"),
    ("best before = today OR tomorrow -> red", "OR(Today(), Tomorrow())"),
    ("wheels in stock <> blank, i.e. anything typed in", "NotBlanks()"),
    ('notes <> ""', "NotBlanks()"),
    ("status = blank", "Blanks()"),
    ("x >= 5", None),  # a comparison: the readers of numbers read it
    ("due = today + 1", None),
    ("date <> today", None),  # not today: the model's to read
    ('amount <> "" and > 5', None),  # another test beside it
])
def test_excels_notation_typed_in_a_request(text, rule):
    from cf_assistant.languages.cf.phrases import named_formula

    assert named_formula(text) == rule


@pytest.mark.parametrize("text, rule", [
    ("Is there a way to show the defect counts as bars inside the cells?", "DataBar()"),
    ("Put bars in the time estimate cells.", "DataBar()"),
    ("bars in each cell for the sales", "DataBar()"),
    ("highlight the bars that sold over 50 drinks", None),  # a bar is a place here
])
def test_bars_in_the_cells_are_data_bars(text, rule):
    from cf_assistant.languages.cf.phrases import named_visual

    assert named_visual(text) == rule


@pytest.mark.parametrize("text, rule", [
    ("all the appointments NOT in this week, blanks too, so I can move them", "NOT(ThisWeek())"),
    ("bookings outside next week", "NOT(NextWeek())"),
    ("highlight dates that are not in the last 7 days", "NOT(Last7Days())"),
    ("appointments this week", None),  # no denial: named_period's
    ("orders not this week over 5", None),  # another test
    ("not this week or last week", None),  # two periods
])
def test_one_period_denied(text, rule):
    from cf_assistant.languages.cf.phrases import named_denied_period

    assert named_denied_period(text) == rule


def test_a_denied_period_is_read_in_the_whole_request_only():
    import datetime

    from cf_assistant.languages import get_language

    said = "Could events from last week or next week both be marked? Not this week, just the weeks either side."
    readings = get_language("cf").readings(said, datetime.date(2024, 6, 12))
    assert "NOT(ThisWeek())" not in [code for code, _ in readings]


@pytest.mark.parametrize("text, headers, rule, origin", [
    ('family ref LEFT 3 = "MCK"', (), 'TextStartsWith("MCK")', "named formula"),
    ("=$H2<1 on Paid % -> whole row", ("Berth", "Pontoon", "Vessel", "Type", "LOA (m)", "Draught (m)",
                                        "Annual Fee (£)", "Paid %"), "LessThan(c[7], 1)", "typed formula"),
    ("all the appointments NOT in this week, blanks too", (), "NOT(ThisWeek())", "named denied period"),
])
def test_the_session_16_readers_reach_the_languages_readings_last(text, headers, rule, origin):
    import datetime

    from cf_assistant.languages import get_language

    readings = get_language("cf").readings(text, datetime.date(2024, 6, 12), headers)
    assert (rule, origin) in readings
    if origin == "typed formula":
        assert readings[-1] == (rule, origin)  # it says the rule exactly: it outranks the others
