"""Utterance normalisation: comparison symbols become the benchmark's words, CF only."""

import pytest

from cf_assistant.diffusion.utterance import normalise, prepare


@pytest.mark.parametrize("text, expected", [
    ("highlight cells > 5", "highlight cells greater than 5"),
    ("values >= 10%", "values greater than or equal to 10%"),
    ("cells<5", "cells less than 5"),
    ("score>=90 and <100", "score greater than or equal to 90 and less than 100"),
    ("amount ≥ $400", "amount greater than or equal to $400"),
    ("status <> 7", "status not equal to 7"),
    ("status != 7", "status not equal to 7"),
    ("cells =5", "cells equal to 5"),
])
def test_symbols_are_spelled_out(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("text", [
    "greater than 5", "a->b", "a=b", "use <N0> here", "Highlight top 10 values",
])
def test_text_without_comparison_symbols_is_unchanged(text):
    assert normalise(text) == text


def test_quoted_parts_are_kept():
    assert normalise('x <> "a > b"') == 'x not equal to "a > b"'


def test_only_cf_utterances_are_rewritten():
    assert prepare("cells > 5 ", "cf") == "cells greater than 5"
    assert prepare(" print x > 5 ", "python") == "print x > 5"
    assert prepare("ls | grep x > out", "bash") == "ls | grep x > out"


@pytest.mark.parametrize("text, expanded", [
    ("bmi not btw 18.5 and 25", "bmi not between 18.5 and 25"), ("btw can you", "btw can you"),
    ("check in tmrw", "check in tomorrow"), ("service due 2day", "service due today"),
    ("btm 10% pulse", "bottom 10% pulse"), ("top5 pints", "top 5 pints"),
    ("flavours w/o choc", "flavours without choc"), ("listed more then once", "listed more than once"),
    ("this weeks sessions", "this week's sessions"), ("todays orders", "today's orders"),
    ("last 3 weeks", "last 3 weeks"), ("the last weeks of June", "the last weeks of June"),
    ("short trips under a mile", "short trips under 1 mile"), ("over an hour late", "over 1 hour late"),
    ("anything under a kilo?", "anything under 1 kilo?"), ("a mile away", "a mile away"),
    ("postcodes starting BS", "postcodes starting with BS"),
    ("emails ending .com", "emails ending with .com"), ("Ending Balance over 5", "Ending Balance over 5"),
    ("orders starting soon", "orders starting soon"),
    ("routes that end at Oban", "routes that end with Oban"), ("which routes leave from Oban",
    "which routes start with Oban"), ("names starting in Mc", "names starting with Mc"),
    ("tasks that end in June", "tasks that end in June"), ("shifts starting at 9", "shifts starting at 9"),
    ("jobs that don't start LE", "jobs that don't start with LE"), ("we start Monday", "we start Monday"),
    ("routes that don't go through Ashby", "routes that don't contain Ashby"),
    ("routes that go through the park", "routes that go through the park"),
])
def test_shorthands_are_written_out(text, expanded):
    from cf_assistant.diffusion.utterance import expand_shorthand

    assert expand_shorthand(text) == expanded
    assert normalise(text) == expanded


@pytest.mark.parametrize("text, spelled", [
    ("rates under 8p", "rates under $0.08"), ("less than 50 cents", "less than $0.5"),
    ("costs 5p or less", "costs $0.05 or less"), ("99p stores", "$0.99 stores"),
    ("1080p videos", "1080p videos"), ("p8 rows", "p8 rows"),
])
def test_pence_and_cents_are_hundredths(text, spelled):
    assert normalise(text) == spelled


@pytest.mark.parametrize("text, prepared", [
    ("parts starting Soprano", 'parts starting with "Soprano"'),
    ("sessions starting public", 'sessions starting with "public"'),
    ("starting salary over 50k", "starting salary over 50000"),
    ("tasks starting tomorrow", "tasks starting tomorrow"),
    ("dates ending June", "dates ending June"),
    ("Which papers end in 300gsm?", 'Which papers end in "300gsm"?'),
    ("tank < 50L", "tank less than 50 L"),
    ("due nxt month", "due next month"),
    ("sessions that don't involve hockey", 'sessions that don\'t contain "hockey"'),
])
def test_an_affix_before_a_word_a_code_kept_whole_and_shorthands(text, prepared):
    """"starting Soprano" is "starting with Soprano" (not "starting salary", "starting tomorrow");
    a code after "end in" keeps its unit letters; "50L" is 50 litres; "nxt", "involve"."""
    assert prepare(text, "cf", text_slots=True) == prepared


@pytest.mark.parametrize("text, prepared", [
    ("fees more than 1 000 pounds", "fees more than 1000 pounds"),
    ("between 1 000 and 12 500", "between 1000 and 12500"),
    ("top 3 K/D", "top 3 K/D"),  # a ratio's name, not 3000
    ("sales over 5k/month", "sales over 5000/month"),
    ("crew under 5, ignore the blank ones", "crew under 5, excluding blanks"),
    ("picked ystrdy → hl", "picked yesterday → highlight"),
    ("any horse w/ Duke in name", 'any horse with "Duke" in name'),
    ("anyone w/ killer in their derby name", 'anyone with "killer" in their derby name'),
    ("addresses which are finishing with Cottage", 'addresses which are finishing with "Cottage"'),
    ("Reach trucks have IDs starting with RT", 'Reach trucks have IDs starting with "RT"'),
    ("rows that have urgent", 'rows that have "urgent"'),
    ("booked in for a fortnight or longer", "booked in for 14 days or longer"),
    ("once a week", "once a week"),  # no comparison before it: no span of days
    ("red or blue teams pls the ones starting with Red", 'red or blue teams pls the ones starting with "Red"'),
    ("team Red", 'team "Red"'),
])
def test_spaced_thousands_shorthands_and_texts_said_around_a_field(text, prepared):
    assert prepare(text, "cf", True) == prepared


@pytest.mark.parametrize("text, prepared", [
    ("late fees of a fiver or less", "late fees of 5 or less"),
    ("Yarns ending 4ply", 'Yarns ending "4ply"'),
    ("Trial dates outside the current month", "Trial dates not in this month"),
])
def test_money_before_or_less_a_code_after_ending_and_a_period_denied(text, prepared):
    assert prepare(text, "cf", True) == prepared


@pytest.mark.parametrize("text, prepared", [
    ("exibits starting w fog pls hl", 'exibits starting with "fog" pls highlight'),  # "pls" ends the text
    ("anything w morrison hl pls", 'anything with "morrison" highlight pls'),
    ("items w lighthouse anywhere", 'items with "lighthouse" anywhere'),
    ("column w is blank", "column w is blank"), ("anything with more than 5", "anything with more than 5"),
])
def test_a_texted_w_is_with_and_anything_with_a_word_holds_it(text, prepared):
    assert prepare(text, "cf", True) == prepared


@pytest.mark.parametrize("text, prepared", [
    # a request put into English from another language
    ("the stocks inferior to 10", "the stocks less than 10"),
    ("the kilos inferior to 1 or superior to 30", "the kilos less than 1 or greater than 30"),
    ("values superior or equal to 5", "values greater than or equal to 5"),
    ("the fittings of the month passed", "the fittings of last month"),
    ("the points which appear more than one time", "the points which appear more than once"),
    # a sign named after a text's place is the sign; a blank word after "containing" is a text
    ("every age band that ends with a plus sign", 'every age band that ends with "+"'),
    ("codes with an asterisk in them", 'codes with "*" in them'),
    ("notes containing missing", 'notes containing "missing"'),
    ("rows containing blank cells", "rows containing blank cells"),
    # a number excepted after a comparison
    ("weights above 150 grams other than 180 grams", "weights above 150 grams but not 180 grams"),
    ("values other than 5", "values other than 5"),
    # a comparison denied is the other one; a year "or later"
    ("frames not narrower than 40", "frames at least 40"), ("not more than 5", "at most 5"),
    ("mills built 1900 or later", "mills built 1900 or more"), ("years 1850 or earlier", "years 1850 or less"),
])
def test_translated_comparisons_named_signs_and_a_number_excepted(text, prepared):
    assert normalise(text) == prepared


@pytest.mark.parametrize("text, prepared", [
    # a day or a period told from today's, texting's days (session 19)
    ("bookings one day earlier than today", "bookings yesterday"),
    ("releases planned a day later than today", "releases planned tomorrow"),
    ("fixtures in the week after the current one", "fixtures next week"),
    ("appointments in the week following today's week", "appointments next week"),
    ("visits the month before this one", "visits last month"),
    ("appts yest.", "appts yesterday."), ("fixtures 2morrow", "fixtures tomorrow"),
    # bounds joined by "&", how often a value is seen, "at or under", comparatives denied
    ("exclusions not btw 1 & 3", "exclusions not between 1 and 3"),
    ("disc names seen 1x", "disc names appearing once"),
    ("rates at or under 0.5%", "rates at or below 0.5%"),
    ("gusts not weaker than 40", "gusts at least 40"), ("not louder than 70", "at most 70"),
    # a decimal without its zero, bounds left out, "no deeper than", the wait "a fortnight"
    ("save rate < .3", "save rate less than 0.3"), ("v1.3 and 2.5", "v1.3 and 2.5"),
    ("prices that end in .99", "prices that end in .99"),
    ("price 150p or more", "price 150p or more"), ("presure ovr 150 or undr 50", "presure over 150 or under 50"),
    ("between 200 kg, not counting 200, and 450 kg, not counting 450", "more than 200 kg and less than 450 kg"),
    ("depths no deeper than 35 m", "depths at most 35 m"),
    ("the wait is a fortnight exactly", "the wait is 14 days exactly"),
    # unchanged: a day and a week said plainly
    ("one day", "one day"), ("the week after next", "the week after next"),
])
def test_days_told_from_today_and_shorthands_of_session_19(text, prepared):
    assert normalise(text) == prepared
