"""The comparison a CF request names, and the repair of candidates that contradict it."""

from __future__ import annotations

import pytest

from cf_assistant.languages.cf.comparisons import (comparison_repairs, contradicts,
                                                   named_comparison, named_comparisons, named_range)


def test_cues_name_one_comparison_most_specific_first():
    assert named_comparison("Color cells that have value greater than or equal to 1") == "GreaterThanEqual"
    assert named_comparison("values at least 3") == "GreaterThanEqual"
    assert named_comparison("cells >= 4") == "GreaterThanEqual"
    assert named_comparison("no more than 7 items") == "LessThanEqual"
    assert named_comparison("Find smaller value than 100 in cell F3") == "LessThan"
    assert named_comparison("highlight cells > 5") == "GreaterThan"
    assert named_comparison("sales below 10") == "LessThan"
    assert named_comparison("cells <= 2") == "LessThanEqual"


def test_plain_comparatives_and_a_spelled_age_name_their_comparison():
    assert named_comparison("loans out longer than 21") == "GreaterThan"
    assert named_comparison("parcels heavier than 2 kg") == "GreaterThan"
    assert named_comparison("items cheaper than 5") == "LessThan"
    assert named_comparison("assets older than four years") == "GreaterThan"  # an age, in words
    assert named_comparison("built older than 2000") == "LessThan"  # a year: older is earlier
    assert comparison_repairs("LessThan(21)", "loans out longer than 21") == ["GreaterThan(21)"]


def test_several_or_no_comparisons_name_nothing():
    assert named_comparisons("greater than 5 and less than 10") == {"GreaterThan", "LessThan"}
    assert named_comparison("greater than 5 and less than 10") is None
    assert named_comparison("cells that contain Done") is None
    assert named_comparison("duplicate values") is None


def test_only_a_bare_comparison_of_another_operator_contradicts():
    said = "Color cells that have value greater than or equal to 1"
    assert contradicts("GreaterThan(1)", said)
    assert not contradicts("GreaterThanEqual(1)", said)
    assert not contradicts("Between(1, 5)", said)  # not one of the four
    assert not contradicts("AND(GreaterThan(1),LessThan(9))", said)  # not bare
    assert not contradicts("AboveAverage()", "values above average")
    assert not contradicts("GreaterThan(1)", "duplicate values")  # nothing named


def test_repairs_keep_the_operand():
    assert comparison_repairs("GreaterThan(1)", "value greater than or equal to 1") == [
        "GreaterThanEqual(1)"]
    assert comparison_repairs("GreaterThan(100)", "smaller value than 100") == ["LessThan(100)"]
    assert comparison_repairs("LessThan(5)", "cells > 5") == ["GreaterThan(5)"]
    assert comparison_repairs("GreaterThan(5)", "cells > 5") == []


@pytest.mark.parametrize("request_text, op", [
    ("aged 18 and over", "GreaterThanEqual"), ("10 or more", "GreaterThanEqual"),
    ("not below 3", "GreaterThanEqual"), ("5 or less", "LessThanEqual"),
    ("temperatures that don't go above 30", "LessThanEqual"), ("up to 5", "LessThanEqual"),
    ("not above 3", "LessThanEqual"), ("65 or older", "GreaterThanEqual"),
    ("anyone older than 65", "GreaterThan"), ("30 or younger", "LessThanEqual"),
])
def test_bounds_said_in_words_name_their_comparison(request_text, op):
    assert named_comparison(request_text) == op
    other = "LessThan(5)" if op.startswith("Greater") else "GreaterThan(5)"
    assert contradicts(other, request_text) and not contradicts(f"{op}(5)", request_text)


def test_older_than_a_year_is_no_age():
    assert named_comparison("built older than 2000") == "LessThan"  # (session 15: earlier, not None)
    assert named_comparison("younger than 30") == "LessThan"


@pytest.mark.parametrize("code, request_text, twin", [
    ("Bottom(1)", "slowest lap", "Top(1)"), ("Top(c[4], 3)", "the 3 fastest responses", "Bottom(c[4], 3)"),
    ("Top(3)", "the 3 cheapest items", "Bottom(3)"), ("Top(3)", "fastest 3 runners", "Bottom(3)"), ("TopPercent(10)", "cheapest 10%", "BottomPercent(10)"),
    ("BottomPercent(5)", "the hottest 5% of days", "TopPercent(5)"),
])
def test_a_superlative_names_the_end_of_a_ranking(code, request_text, twin):
    assert contradicts(code, request_text) and comparison_repairs(code, request_text) == [twin]
    assert not contradicts(twin, request_text)


@pytest.mark.parametrize("code, request_text", [
    ("Top(3)", "the 3 fastest cars"), ("Bottom(1)", "the lowest"), ("Top(1)", "cheapest and priciest"),
])
def test_a_superlative_without_a_sure_end_names_none(code, request_text):
    assert not contradicts(code, request_text) and comparison_repairs(code, request_text) == []


def test_upward_onwards_and_a_plus_after_a_number_name_at_least():
    from cf_assistant.languages.cf.comparisons import comparison_repairs, named_comparison

    for request in ("salaries from $45,000 upward", "3+ bedrooms", "from 2010 onwards"):
        assert named_comparison(request) == "GreaterThanEqual"
    assert named_comparison("numbers starting +44") is None  # a sign before digits is no bound
    assert comparison_repairs("GreaterThan(45000)", "salaries from $45,000 upward") == ["GreaterThanEqual(45000)"]


def test_a_comparative_against_the_average_names_its_side():
    from cf_assistant.languages.cf.comparisons import comparison_repairs, named_side

    assert named_side("laps slower than average") == "AboveAverage"
    assert named_side("cheaper than the mean") == "BelowAverage"
    assert named_side("cars faster than average") is None  # speeds or times: not said
    assert named_side("above average") is None  # a cue of its own, not a comparative
    assert comparison_repairs("BelowAverage()", "laps slower than average") == ["AboveAverage()"]


def test_a_contained_text_repairs_an_equal_one():
    from cf_assistant.languages.cf.comparisons import comparison_repairs, contradicts

    assert comparison_repairs('TextEquals("north")', "any region with north in it") == ['TextContains("north")']
    assert comparison_repairs('NOT(TextEquals("north"))', "regions with no north in them") == \
        ['TextNotContains("north")']
    assert not contradicts('TextEquals("Done")', "status is Done")
    assert not contradicts('TextEquals("x")', "cells not containing x")  # a denial, not its repair
    assert comparison_repairs('TextEquals("Safety")', "courses with Safety in the name") == \
        ['TextContains("Safety")']


def test_a_decade_is_ten_numbers():
    from cf_assistant.languages.cf.comparisons import comparison_repairs
    from cf_assistant.languages.cf.repairs import faithful

    for code in ("Equals(70)", "LessThan(70)"):
        assert comparison_repairs(code, "scores in the 70s") == ["AND(GreaterThanEqual(70), LessThan(80))"]
    assert comparison_repairs("GreaterThan(30)", "people in their 30s") == ["AND(GreaterThanEqual(30), LessThan(40))"]
    assert comparison_repairs("Equals(5)", "scores in the 70s") == []
    assert faithful("AND(GreaterThanEqual(70), LessThan(80))", "scores in the 70s")  # 80 is implied


@pytest.mark.parametrize("request_text, rule", [
    ("more than 0 and no more than 10", "AND(GreaterThan(0), LessThanEqual(10))"),
    ("values above $1,000 and below $5,000", "AND(GreaterThan(1000), LessThan(5000))"),
    ("more than 5 or less than -5", "OR(GreaterThan(5), LessThan(-5))"),
    ("18 and over", None), ("between 5 and 10", None), ("more than 5 and 7", None),
    ("top 5 and above 10", None),
    ("moisture above 30% and below 45%", "AND(GreaterThan(0.3), LessThan(0.45))"),  # both shares: fractions
    ("over 10% or under 5", None),  # one a share, one not
    ("responses over 300 & under 720", "AND(GreaterThan(300), LessThan(720))"),  # (session 20)
    ("caches farther than 450 but short of 1400", "AND(GreaterThan(450), LessThan(1400))"),
    ("donkeys older than 11 but younger than 22 years", "AND(GreaterThan(11), LessThan(22))"),
    ("35 pieces or fewer, or 65 or more", "OR(LessThanEqual(35), GreaterThanEqual(65))"),  # a count's noun
])
def test_two_bounds_each_beside_its_number(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_bounds

    assert named_bounds(request_text) == rule


def test_a_bound_before_a_number_is_no_postfix_bound():
    from cf_assistant.languages.cf.comparisons import named_comparison

    assert named_comparison("10 or less") == "LessThanEqual"
    assert named_comparison("above $1,000 and below $5,000") is None  # two, not "and below" on 1,000


def test_a_range_of_letter_grades_is_read_from_the_words():
    from cf_assistant.languages.cf import CF
    from cf_assistant.languages.cf.comparisons import grade_range

    assert grade_range("students with a B grade or better") == \
        'OR(TextStartsWith("A"), TextStartsWith("B"))'
    assert grade_range('a "C" or below') == \
        'OR(TextStartsWith("C"), TextStartsWith("D"), TextStartsWith("F"))'
    assert grade_range("A or higher") == 'TextStartsWith("A")'
    for none in ("B+ or better", "scores of 5 or better", "grade B", "a or better"):
        assert grade_range(none) is None
    import datetime as dt
    assert ('OR(TextStartsWith("A"), TextStartsWith("B"))', "grade range") in \
        CF.readings("B or better", dt.date(2024, 6, 1))


@pytest.mark.parametrize("request_text, rule", [
    ("stays of 2 to 4 nights", "Between(2, 4)"),
    ("claims of 100 up to 500", "Between(100, 500)"),
    ("normal glucose 70 too 99", "Between(70, 99)"),  # a slip of "to"
    ("marks 40 - 59", "Between(40, 59)"),
    ("prices $10 to $20", "Between(10, 20)"),
    ("CTRs between 1 and 2 pct", "Between(0.01, 0.02)"),  # a percentage makes both fractions
    ("deliveries that weren't in the 2 to 5 day window", "NotBetween(2, 5)"),
    ("minutes out of the 25-50 range", "NotBetween(25, 50)"),
    ("between 100 and 200 but not 150", None),  # a third number
    ("top 10 to 20", None),  # a ranking
    ("more than 10 to 20", None),  # a comparison word outside the range
    ("June 1 to 15", None),  # dates
    ("codes AB-123 to 5", None),  # a code's digits are no number
])
def test_a_range_between_the_only_two_numbers_is_read(request_text, rule):
    assert named_range(request_text) == rule


def test_a_range_reading_keeps_to_the_numbers_said():
    from cf_assistant.languages.cf import CF
    from cf_assistant.languages.cf.repairs import faithful

    assert ("Between(0.01, 0.02)", "named range") in CF.readings("CTRs between 1 and 2 pct", None)
    assert faithful("Between(0.01, 0.02)", "CTRs between 1 and 2 pct")
    assert not faithful("Between(0.01, 0.03)", "CTRs between 1 and 2 pct")


def test_exactly_a_number_and_a_slipped_less_name_their_comparison():
    assert named_comparison("which meters used exactly 1,200 kWh?") == "Equals"
    assert named_comparison("equal to 5") == "Equals"
    assert named_comparisons("values not equal to 5") == set()  # denied: not Equals
    assert named_comparisons("cells equal to Done") == set()  # a text, not a number
    assert named_comparison("fines les than $1.25") == "LessThan"
    assert comparison_repairs("LessThanEqual(1200)", "used exactly 1,200 kWh") == ["Equals(1200)"]
    assert comparison_repairs("Equals(5)", "more than 5") == ["GreaterThan(5)"]


def test_a_ranking_for_a_request_naming_only_a_comparison_gets_the_comparison_twin():
    assert comparison_repairs("Top(12)", "stays longer than 12 nights") == ["GreaterThan(12)"]
    assert comparison_repairs("Bottom(5)", "less than 5") == ["LessThan(5)"]
    assert comparison_repairs("Top(3)", "top 3 over 5") == []  # a ranking word
    assert comparison_repairs("TopPercent(10)", "more than 10%") == []
    assert comparison_repairs("Top(5)", "the 5 highest") == []


@pytest.mark.parametrize("request_text, rule", [
    ("flights delayed more than 15 min", "GreaterThan(15)"),
    ("days that hit 30 degrees or hotter", "GreaterThanEqual(30)"),
    ("temps of 5 or colder", "LessThanEqual(5)"),
    ("over 1,000", "GreaterThan(1000)"),
    ("under $50", "LessThan(50)"),
    ("conditional formatting if cell equals 0%", "Equals(0)"),
    ("more than 1M views", "GreaterThan(1000000)"),
    ("top 5 above 100", None),  # a ranking too
    ("more than 5 days ago", None),  # a date
    ("4xx codes above 400", None),  # another number
    ("over 5 and under 9", None),  # two comparisons (named_bounds reads them)
    ("over the last week", None),
    ("not more than 3 or blank", None),
])
def test_one_comparison_beside_the_only_number_is_read(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_threshold

    assert named_threshold(request_text) == rule


def test_slips_shares_and_at_or_above():
    from cf_assistant.languages.cf.comparisons import comparison_repairs, named_comparisons

    assert named_comparisons("magnitude greather than or equal to 7") == {"GreaterThanEqual"}
    assert named_comparisons("lead at or abvoe 15") == {"GreaterThanEqual"}
    assert named_comparisons("at or below 3") == {"LessThanEqual"}
    assert named_comparisons("equal to or greater than 10") == {"GreaterThanEqual"}
    assert comparison_repairs("TopPercent(2)", "Apply Top 2 on column C") == ["Top(2)"]
    assert comparison_repairs("TopPercent(10)", "top 10%") == []
    assert comparison_repairs("BottomPercent(20)", "Apply BottomPercent 20 on column B") == []


@pytest.mark.parametrize("request_text, rule", [
    ("who failed? pass mark is 40", "LessThan(40)"),
    ("students who passed (pass mark 50%)", "GreaterThanEqual(0.5)"),
    ("pass mark is 40", None), ("failed and passed, pass mark 40", None),
])
def test_a_pass_mark_reads_who_failed_or_passed(request_text, rule):
    from cf_assistant.languages.cf.comparisons import pass_mark

    assert pass_mark(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("members who are 70 or older", "GreaterThanEqual(70)"), ("kids 12 years or younger", "LessThanEqual(12)"),
])
def test_an_age_said_inside_its_cue_is_the_threshold(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_threshold

    assert named_threshold(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("hotels that have a star rating of 3", "Equals(3)"), ("with a margin of 15%", "Equals(0.15)"),
    ("a rating of 4 or more", None), ("top 3 with a score of 100", None), ("a mark of 7 out of 10", None),
])
def test_a_quantity_given_with_a_of_and_no_comparison_is_equal(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_equal

    assert named_equal(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("Everything in the Price column that is NOT 12 should be light orange.", "NotEquals(12)"),
    ("scores other than 0", "NotEquals(0)"), ("values <> 7", "NotEquals(7)"), ("isnt 5", "NotEquals(5)"),
    ("not 5 stars", "NotEquals(5)"),
    ("not over 12", None),  # a bound (named_threshold's)
    ("is not 12 or 13", None), ("not 12 days ago", None), ("not the 4th", None), ("not 4xx", None),
    ("$12 is the basic wash, not 12", None),  # two numbers
])
def test_one_denied_number_and_no_comparison_is_unequal(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_unequal

    assert named_unequal(request_text) == rule


@pytest.mark.parametrize("request_text, end", [
    ("could the 3 lowest fees also be marked?", "Bottom"),
    ("the five smallest orders", "Bottom"),
    ("the 3 highest scores", "Top"),
    ("the biggest 10 deals", "Top"),
    ("the highest and the lowest", None),  # both ends said: none
])
def test_a_plain_superlative_names_its_end(request_text, end):
    from cf_assistant.languages.cf.comparisons import named_end

    assert named_end(request_text) == end


@pytest.mark.parametrize("request_text, code", [
    ("scores 50 plus", "GreaterThanEqual(50)"),
    ("50+ orders", "GreaterThanEqual(50)"),
    ("centuries hundred plus", "GreaterThanEqual(100)"),
    ("5 plus 3", None),  # a sum, not a bound
])
def test_a_number_plus_is_that_number_or_more(request_text, code):
    from cf_assistant.languages.cf.comparisons import named_threshold
    from cf_assistant.diffusion.text_slots import spell_numbers

    assert named_threshold(spell_numbers(request_text)) == code


@pytest.mark.parametrize("request_text, code", [
    ("decks eight point two five or wider", "GreaterThanEqual(8.25)"),
    ("pipes 2 inches or narrower", "LessThanEqual(2)"),
    ("peak at minus three or louder", "GreaterThanEqual(-3)"),
])
def test_a_comparative_after_or_bounds_the_number_before_it(request_text, code):
    from cf_assistant.languages.cf.comparisons import named_threshold
    from cf_assistant.diffusion.text_slots import spell_numbers

    assert named_threshold(spell_numbers(request_text)) == code


def test_two_bounds_said_in_words_are_read():
    from cf_assistant.languages.cf.comparisons import named_bounds

    assert named_bounds("parkruns under fifty or two fifty plus") == "OR(LessThan(50), GreaterThanEqual(250))"


@pytest.mark.parametrize("request_text, rule", [
    ("How can I highlight anyone who gave a 1 or 2?", "OR(Equals(1), Equals(2))"),
    ("3 or 4 bedrooms", "OR(Equals(3), Equals(4))"),
    ("top 3 or 5", None), ("over 3 or 4", None), ("is it 5 or 6 and blank", None), ("1, 2 or 3", None),
])
def test_the_only_two_numbers_offered_as_alternatives_are_either(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_either

    assert named_either(request_text) == rule


def test_one_side_of_the_average_is_read_alone_and_its_noun_may_come_between():
    from cf_assistant.languages.cf.comparisons import named_average, named_side

    assert named_side("sailings with fewer cars than average") == "BelowAverage"
    assert named_side("higher fees than usual") == "AboveAverage"
    assert named_average("sailings with fewer cars than average") == "BelowAverage()"
    assert named_average("more visits than the average") == "AboveAverage()"
    for other in ("fewer cars than average and over 5", "not fewer cars than average",
                  "fewer cars than average or blank", "more or less than average"):
        assert named_average(other) is None


@pytest.mark.parametrize("code, request_text, twin", [
    ("Between(c[3], 25, 100)", "orders outside the usual 25-100 units", "NotBetween(c[3], 25, 100)"),
    ("Between(5, 9)", "values not between 5 and 9", "NotBetween(5, 9)"),
    ("Between(5, 9)", "scores that aren't within 5 and 9", "NotBetween(5, 9)"),
    ("NotBetween(5, 9)", "between 5 and 9", "Between(5, 9)"),
    ("NotBetween(5, 9)", "values not between 5 and 9", None),
    ("NotBetween(5, 9)", "everything except between 5 and 9", None),  # a denial it does not place
    ("Between(5, 9)", "5-9", None),
    ("NotBetween(25, 50)", "minutes out of the 25-50 range", None),
])
def test_a_range_kept_or_left_as_the_request_says(code, request_text, twin):
    from cf_assistant.languages.cf.comparisons import comparison_repairs, contradicts

    assert contradicts(code, request_text) is (twin is not None)
    assert comparison_repairs(code, request_text) == ([twin] if twin else [])


@pytest.mark.parametrize("request_text", ["lots that cupped 87 or better", "100km+ rides", "5k+ followers"])
def test_or_better_and_a_plus_after_a_unit_are_at_least(request_text):
    from cf_assistant.diffusion.utterance import normalise
    from cf_assistant.languages.cf.comparisons import named_comparison

    assert named_comparison(normalise(request_text)) == "GreaterThanEqual"


@pytest.mark.parametrize("request_text, rule", [
    ("Highlight ratings from 1200 up to but not including 1800.", "AND(GreaterThanEqual(1200), LessThan(1800))"),
    ("deposits from $15 to under $35", "AND(GreaterThanEqual(15), LessThan(35))"),
    ("10 to less than 20", "AND(GreaterThanEqual(10), LessThan(20))"),
    ("scores from 10 to 20", "Between(10, 20)"),
    ("not from 10 to under 20", None),
    ("repair costs strictly between fifty and a hundred", "AND(GreaterThan(50), LessThan(100))"),
    ("between 5 and 9 exclusive", "AND(GreaterThan(5), LessThan(9))"),
    ("waste from 5% up to but not including 10% - row", "AND(GreaterThanEqual(0.05), LessThan(0.1))"),
    ("from 5% to under 10", None),
])
def test_a_range_that_stops_short_of_its_last_bound(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_bounds, named_range

    assert named_range(request_text) == rule
    assert named_bounds(request_text) is None
    assert named_range("weight over 60 and under 90") is None  # two bounds, each its own
    assert named_bounds("weight over 60 and under 90") == "AND(GreaterThan(60), LessThan(90))"


def test_max_and_min_before_a_number_are_bounds():
    from cf_assistant.languages.cf.comparisons import named_bounds, named_threshold

    assert named_bounds("sessions over 2 hrs but max 5") == "AND(GreaterThan(2), LessThanEqual(5))"
    assert named_threshold("max 5 people") == "LessThanEqual(5)"
    assert named_threshold("min 3 nights") == "GreaterThanEqual(3)"
    assert named_threshold("Max Temp 30") is None  # (a header's word, no bound)


@pytest.mark.parametrize("request_text, rule", [
    ("What are the quietest two sessions?", "Bottom(2)"), ("the busiest day", "Top(1)"),
    ("3 cheapest items", "Bottom(3)"), ("cheapest items over 50", None), ("the lowest 10%", "BottomPercent(10)"),
    ("priciest 25% of permits", "TopPercent(25)"), ("cheapest 10% over 5", None),
    ("highest score in 2023", None), ("the cheapest 3 and the priciest 2", None),
    ("the 2 brightest bays", "Top(2)"), ("the 3 driest weeks", "Bottom(3)"),
])
def test_a_superlative_with_its_count_is_a_ranking_session_15(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_rank

    assert named_rank(request_text) == rule


def test_fastest_over_a_speed_column_is_the_top_and_a_year_is_older_before():
    from cf_assistant.languages.cf.comparisons import named_rank, named_threshold, named_unequal

    assert named_rank("the three fastest birds of the race", ("Velocity (ypm)",)) == "Top(3)"
    assert named_rank("the three fastest laps", ("Lap (s)",)) == "Bottom(3)"
    assert named_rank("the 3 fastest runs", ("Speed (mph)",)) == "Top(3)"  # the speed column decides
    assert named_threshold("highlight the cars older than 2017") == "LessThan(2017)"
    assert named_threshold("models newer than 2015") == "GreaterThan(2015)"
    assert named_threshold("people older than 65") == "GreaterThan(65)"
    assert named_unequal("Could Brix readings that aren't exactly 66 be highlighted?") == "NotEquals(66)"
    assert named_unequal("any height that isn't the standard 6 m") == "NotEquals(6)"


@pytest.mark.parametrize("request_text, rule", [
    ("What are the quietest two sessions?", "Bottom(2)"),
])
def test_a_superlative_with_its_count_is_a_ranking(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_rank

    assert named_rank(request_text) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("vintage 2019", "Equals(2019)"), ("1 night stays", "Equals(1)"),
    ("Please highlight weeks with zero losses.", "Equals(0)"), ("size 10 shoes", "Equals(10)"),
    ("sales north of 500", None), ("scores topping 40", None), ("the 5 cheapest", None), ("16gb phones", None),
    ("jobs at 9:30", None), ("top 5", None), ("I have 3 columns. Highlight names in red", None),
    ("highlight 3 rows", None), ("the 3 pupils with the most late arrivals", None), ("the 2 priceist properties", None),
    ("drivers going faster then 30", None), ("takings exceeded 1,000", None),
    ("Apply conditional formatting on sheet Table 2 CRRSAA", None),  # a sheet's name
])
def test_a_bare_number_said_alone_is_equal_to_it(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_number

    assert named_number(request_text) == rule


def test_a_ranking_of_percentages_is_no_share():
    from cf_assistant.languages.cf.comparisons import comparison_repairs

    assert "Top(3)" in comparison_repairs("TopPercent(3)", "best three win percentages")
    assert comparison_repairs("TopPercent(3)", "best 3 percent") == []


def test_a_text_of_any_kind_is_contained():
    from cf_assistant.languages.cf.comparisons import _contained_twin

    assert _contained_twin('TextEquals("mice")', "pests which are mice of any kind") == 'TextContains("mice")'
    assert _contained_twin('TextEquals("mice")', "pests which are mice") is None


@pytest.mark.parametrize("request_, header, rule", [
    ("the two oldest record years", "Record Year", "Bottom(2)"),
    ("the 3 newest", "Year Built", "Top(3)"),
    ("the 3 oldest members", "Age", "Top(3)"),
    ("the 3 oldest", "Name", None),  # the header says neither years nor ages
    ("three fastest launches", "Launch Time (min)", "Bottom(3)"),
    ("three fastest cars", "Top Speed (mph)", "Top(3)"),  # a speed: the fastest are the largest (session 15)
])
def test_the_column_s_header_says_which_end_a_superlative_takes(request_, header, rule):
    from cf_assistant.languages.cf.comparisons import named_rank

    assert named_rank(request_, (header,)) == rule


@pytest.mark.parametrize("request_text, rule", [
    ("shade the three boxes with the most spoilt ballots", "Top(3)"),
    ("HR wants the three with the shortest break before duty marked", "Bottom(3)"),
    ("the two teams with the least points", "Bottom(2)"),
    ("the team with the most goals", "Top(1)"),
    ("most of the sales over 5", None),  # "most" that ranks nothing
    ("the 3 with the most and the least", None),
])
def test_the_count_with_the_most_or_fewest_is_a_ranking_session_16(request_text, rule):
    from cf_assistant.languages.cf.comparisons import named_rank

    assert named_rank(request_text) == rule


@pytest.mark.parametrize("request_text, op", [
    ("gusts calmer than 20 km/h", "LessThan"), ("batches weaker than 10%", "LessThan"),
    ("sites louder than 70 dB", "GreaterThan"), ("readings beyond 35", "GreaterThan"),
    ("readings not beyond 35", "LessThanEqual"), ("stacks short of 10000", "LessThan"),
])
def test_comparatives_of_strength_sound_and_reach_name_their_comparison(request_text, op):
    assert named_comparison(request_text) == op


def test_fullest_and_emptiest_name_their_end_and_swims_are_times():
    from cf_assistant.languages.cf.comparisons import named_end

    assert named_end("the 3 fullest reservoirs") == "Top"
    assert named_end("the emptiest 20% of the reservoirs") == "Bottom"
    assert named_end("the fastest 3 swims") == "Bottom"


def test_a_comparative_against_a_named_average_names_its_side():
    from cf_assistant.languages.cf.comparisons import named_side

    assert named_side("Run times slower than the meeting average shall be shaded.") == "AboveAverage"
    assert named_side("fees cheaper than our usual") == "BelowAverage"
