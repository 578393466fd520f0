"""Literal slots for what users type unquoted: bare texts and spelled numbers (CF, text_slots).

These tests fail when the slots break: a literal of the request must come back in the answer
through its slot, in training (the target refers to the slot, never spells the literal) and in
inference (the slot is filled with the request's own literal)."""

import pytest

from cf_assistant.data import Record
from cf_assistant.diffusion import literals
from cf_assistant.diffusion.text_slots import mark, spell_numbers
from cf_assistant.diffusion.utterance import prepare
from cf_assistant.languages.cf import synth
from cf_assistant.diffusion.targets import finetune_pairs


def _fill(model_code: str, request: str) -> str:
    """What inference makes of a model output for `request` (as the diffusion generator does)."""
    return literals.from_placeholders(model_code, literals.extract(prepare(request, "cf", True)))


def _target(request: str, code: str) -> str:
    """The training target for (request, code), as `cfa train --text-slots` builds it."""
    rec = Record(id=1, utterance=request, code=code, lang="cf")
    return finetune_pairs([rec], True, "cf", False, True)[0][1]


@pytest.mark.parametrize("request_text, code, slotted", [
    ("color cells containing the word urgent", 'TextContains("urgent")', 'TextContains("<Q0>")'),
    ("highlight rows where status is Done", 'TextEquals("Done")', 'TextEquals("<Q0>")'),
    ("emails ending in @gmail.com", 'TextEndsWith("@gmail.com")', 'TextEndsWith("<Q0>")'),
    ("codes that start with SKU-", 'TextStartsWith("SKU-")', 'TextStartsWith("<Q0>")'),
    ("names that don't contain Smith", 'TextNotContains("Smith")', 'TextNotContains("<Q0>")'),
    ("cells which are In Progress", 'TextEquals("In Progress")', 'TextEquals("<Q0>")'),
    ("contains Paris but not Low", 'AND(TextContains("Paris"), TextNotContains("Low"))',
     'AND(TextContains("<Q0>"), TextNotContains("<Q1>"))'),
    ("contains 'red' or blue", 'OR(TextContains("red"), TextContains("blue"))',
     'OR(TextContains("<Q0>"), TextContains("<Q1>"))'),
    ('values equal to "N/A"', 'TextEquals("N/A")', 'TextEquals("<Q0>")'),
    ("sales over 1.5k", "GreaterThan(1500)", "GreaterThan(<N0>)"),
    ("fewer than ten orders", "LessThan(10)", "LessThan(<N0>)"),
    ("sales over 1,000", "GreaterThan(1000)", "GreaterThan(<N0>)"),
    ("scores above 5", "GreaterThan(5)", "GreaterThan(<N0>)"),
    ("growth over 5%", "GreaterThan(0.05)", "GreaterThan(<N1>)"),
    ("top 10% of sales", "TopPercent(10)", "TopPercent(<N0>)"),
    ("between 100 and 200 but not 150", "AND(Between(100, 200), NotEquals(150))",
     "AND(Between(<N0>, <N1>), NotEquals(<N2>))"),
    ("priority High", 'TextEquals("High")', 'TextEquals("<Q0>")'),
    ("grades A or B", 'OR(TextEquals("A"), TextEquals("B"))',
     'OR(TextEquals("<Q0>"), TextEquals("<Q1>"))'),
    ("highlight the IT department", 'TextEquals("IT")', 'TextEquals("<Q0>")'),
    ("everyone in HR", 'TextEquals("HR")', 'TextEquals("<Q0>")'),
    ("temperatures of exactly thirty", "Equals(30)", "Equals(<N0>)"),
    ("over twenty-five", "GreaterThan(25)", "GreaterThan(<N0>)"),
    ("top quarter of exam scores", "TopPercent(25)", "TopPercent(<N0>)"),
    ("bottom 40 pc", "BottomPercent(40)", "BottomPercent(<N0>)"),
    ("16GB RAM or more", "GreaterThanEqual(16)", "GreaterThanEqual(<N0>)"),  # a unit in capitals
    ("dishes called just 'curry'", 'TextEquals("curry")', 'TextEquals("<Q0>")'),
])
def test_a_literal_of_the_request_goes_through_its_slot_and_comes_back(request_text, code,
                                                                        slotted):
    assert _target(request_text, code) == slotted  # training: the model refers to the slot
    assert _fill(slotted, request_text) == code  # inference: the slot gives the literal back


@pytest.mark.parametrize("text", [
    "cells that are blank", "highlight rows where the value is negative", "values that are empty",
    "duplicates", "dates that are today", "cells that are not blank", "values that are unique",
    "the lowest 3", "values equal to 5", "highlight cells in B2:B100", "THIS MONTH ONLY",
    "the highest grade", "priority above 3", "grade 5 or more",
])
def test_the_rule_language_own_words_are_not_made_texts(text):
    assert literals.extract(prepare(text, "cf", True)).quotes == ()


def test_numbers_are_spelled_as_digits_outside_quotes_only():
    assert spell_numbers("top three and over 2k") == "top 3 and over 2000"
    assert mark('equal to "ten" or more than one') == 'equal to "ten" or more than 1'
    assert "one" in spell_numbers("each one of them")


def test_without_text_slots_and_outside_cf_nothing_changes():
    text = "cells containing the word urgent"
    assert prepare(text, "cf") == text
    assert prepare(text, "bash", True) == text


def test_the_generator_s_literals_almost_all_become_slots():
    """Of the generator's pairs, those whose target still spells a text are few (multi-word
    texts with a stop word inside, typos of the cue word)."""
    pairs = synth.generate(2000, seed=5)
    recs = [Record(id=i, utterance=p.request, code=p.code, lang="cf") for i, p in enumerate(pairs)]
    targets = [t for _, t in finetune_pairs(recs, True, "cf", False, True)]
    with_text = [t for p, t in zip(pairs, targets) if '"' in p.code]
    spelled = [t for t in with_text if '"' in t.replace('"<Q0>"', "").replace('"<Q1>"', "")
               .replace('"<N0>"', "")]
    assert len(spelled) <= 0.08 * len(with_text), spelled[:10]


@pytest.mark.parametrize("text, marked", [
    ("costs above five thousand", "costs above 5000"),
    ("over 2 thousand or 5 grand", "over 2000 or 5000"),
    ("notes not mentioning refund", 'notes not mentioning "refund"'),
    ("prices that end in .99", 'prices that end in ".99"'),
    ("ends with Mumbai - whole row", 'ends with "Mumbai" - whole row'),
    ("team is Alpha across the row", 'team is "Alpha" across the row'),
    ("tasks with TODO", 'tasks with "TODO"'),
    ("tasks with no TODO or FIXME", 'tasks with no "TODO" or "FIXME"'),
    ("staff with IT roles", "staff with IT roles"),  # capitals inside a phrase: no cue
    ("cells with A grades", "cells with A grades"),
    # a closing bracket ends the span; "just" / "only" before a text is no part of it
    ("machines (name starts with windows)", 'machines (name starts with "windows")'),
    ("allergens cell is just none", 'allergens cell is just "none"'),
    ("dishes called just 'curry'", "dishes called just 'curry'"),
    # a code of signs right after "ending" / "starting", no "with" between
    ("hosts ending -01", 'hosts ending "-01"'),
    ("UK numbers (starting +44)", 'UK numbers (starting "+44")'),
    ("addresses ending .sch.uk", 'addresses ending ".sch.uk"'),
    ("emp numbers starting E-11", 'emp numbers starting "E-11"'),
    ("names starting Smith", "names starting Smith"),  # a plain word needs "with"
    ("loans that are NOT from Central", "loans that are NOT from Central"),  # stressed, no text
    # a stop word said last after "starting with" / "ending in" is the text; an article before a
    # text inside the cells is not part of it, after "has" / "is" no text follows it
    ("teams starting with the", 'teams starting with "the"'),
    ("team names ending in ones", 'team names ending in "ones"'),
    ("routes with an X in them", 'routes with an "X" in them'),
    ("regions containing the North", 'regions containing the "North"'),
    ("My playlist sheet has a Genre column", "My playlist sheet has a Genre column"),
    ("plots whose number starts with 3", 'plots whose number starts with "3"'),  # digits after an affix cue
])
def test_scale_words_cues_and_scope_words(text, marked):
    assert mark(text) == marked


def test_then_for_than_and_shorthands_of_the_frame_are_mended():
    assert prepare("players listed more then once", "cf", True) == "players listed more than once"
    assert prepare("this wk", "cf", True) == "this week"
    assert prepare("older than 4 yrs or in the last 3 mths", "cf", True) == \
        "older than 4 years or in the last 3 months"
    assert prepare("codes like wk-12", "cf", True) == "codes like wk-12"  # part of a code


def test_money_in_pounds_euros_or_yen_reads_as_dollars():
    assert prepare("Claims Over £100", "cf", True) == "Claims Over $100"
    assert prepare("over €2,000 or under ¥5", "cf", True) == "over $2,000 or under $5"
    assert prepare('the "£" sign', "cf", True) == 'the "£" sign'


def test_a_unit_typed_onto_its_number_is_parted_but_ordinals_and_codes_stay():
    assert prepare("parcels heavier than 2kg", "cf", True) == "parcels heavier than 2 kg"
    assert prepare("the 1st and 2nd place", "cf", True) == "the 1st and 2nd place"
    assert "10A" in prepare("class 10A", "cf", True)


@pytest.mark.parametrize("text, spelt", [
    ("more than 1M views", "more than 1000000 views"), ("over $2.5m", "over $2500000"),
    ("3.5mn", "3500000"), ("taller than 2.5m", "taller than 2.5m"),  # metres stay
    ("between two numbers 1500 and 2000", "between 1500 and 2000"), ("top two values", "top 2 values"),
])
def test_millions_and_the_count_of_bounds(text, spelt):
    assert spell_numbers(text) == spelt


def test_is_there_and_is_it_start_no_text():
    assert mark("Is there a way to flag a lease that ends tomorrow?") == \
        "Is there a way to flag a lease that ends tomorrow?"
    assert mark("Is it possible to flag closed ones") == "Is it possible to flag closed ones"
    assert mark("status is Done") == 'status is "Done"'


def test_web_phrasings_of_texts_and_codes():
    assert mark("excel highlight cell containing specific text rock") == \
        'excel highlight cell containing specific text "rock"'
    assert mark("tracking numbers starting with 1Z (UPS)") == 'tracking numbers starting with "1Z" (UPS)'
    assert mark("all cells except those that contain urgent") == 'all cells except those that contain "urgent"'
    assert literals.extract("every 4xx status code (400 to 499)").numbers == ("400", "499")


@pytest.mark.parametrize("text, spelt", [
    ("claims under a grand", "claims under 1000"), ("short by more than a fiver", "short by more than 5"),
    ("priced under a pound", "priced under 1"), ("occupancy under half", "occupancy under 0.5"),
    ("between half and 3/4", "between 0.5 and 0.75"), ("due 1/2", "due 1/2"),
    ("more than half the time", "more than half the time"), ("top half", "top 50%"),
])
def test_money_and_shares_in_words_after_a_comparison(text, spelt):
    assert spell_numbers(text) == spelt


def test_somewhere_ends_a_text_and_starting_by_is_a_cue():
    assert mark("anything that says approved somewhere") == 'anything that says "approved" somewhere'
    assert mark("residents what the name is starting by Mrs") == 'residents what the name is starting by "Mrs"'


def test_an_arrow_ends_a_bare_text():
    """"starts with offline -> highlight": the instruction after the arrow is no part of it."""
    assert mark("status starts with offline -> highlight") == 'status starts with "offline" -> highlight'


@pytest.mark.parametrize("text, marked", [
    ("Highlight job refs that start with RUSH.", 'Highlight job refs that start with "RUSH".'),
    ("emails ending in .com.", 'emails ending in ".com".'),
    ("starts with U.K.", 'starts with "U.K."'), ("approver exactly J. Patel", 'approver exactly "J. Patel"'),
    ("plus grades (ending in +)", 'plus grades (ending in "+")'), ("code starting with A.", 'code starting with "A".'),
    ("Highlight all black belts (exact match).", "Highlight all black belts (exact match)."),
    ("I need the belts starting with P highlighted", 'I need the belts starting with "P" highlighted'),
    ("services that don't mention colour at all", 'services that don\'t mention "colour" at all'),
    ("rows containing urgent colour them red", 'rows containing "urgent" colour them red'),
    ("faults that mention the screen or the battery", 'faults that mention the "screen" or the "battery"'),
    ("everyone except grade C players", 'everyone except grade "C" players'),  # a field's value after a cue
    ("type is Category A", 'type is "Category A"'),
    ("Everything not led by Piotr", 'Everything not led by "Piotr"'),  # the person, not "led"
    ("jobs assigned to Sam", 'jobs assigned to "Sam"'),
])
def test_a_sentence_stop_punctuation_and_a_format_word_end_or_make_a_text(text, marked):
    """A full stop after a code ends the sentence, not the code; a span is never punctuation alone;
    "highlighted" ends a span; "colour" said as what the cells mention is the text."""
    assert mark(text) == marked
