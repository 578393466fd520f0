"""A post read without its story (`assistant.asking`), and the pipeline reading it so."""

import pytest

from cf_assistant.assistant.asking import asked, corrected
from cf_assistant.diffusion.utterance import sentences


@pytest.mark.parametrize("post, kept", [
    ("I'm organising a craft fair and keep the stallholders in a spreadsheet. Could rows with "
     "Status = Pending go amber? Thanks in advance!", "Could rows with Status = Pending go amber?"),
    ("Show me the top 25% of tips, please. I tried an icon set but I just want a plain fill.",
     "Show me the top 25% of tips, please."),
    ("Our standard pitch fee is £40. Can I highlight every pitch fee that is not 40, so I can check "
     "the discounts are right?", "Our standard pitch fee is £40. Can I highlight every pitch fee that is not 40"),
    ("Hi all, jobs with a quote between £50 and £150 are our mid band. How do I highlight those?",
     "jobs with a quote between £50 and £150 are our mid band. How do I highlight those?"),  # greeting gone (s. 19)
    ("Some lines have nothing in the Reconciled column. How can I highlight those empty cells?",
     "Some lines have nothing in the Reconciled column. How can I highlight those empty cells?"),
])
def test_a_post_keeps_its_ask_and_what_it_tests(post, kept):
    assert asked(post) == kept


@pytest.mark.parametrize("text", [
    "values over 5, so I can see them",  # one sentence that asks for no formatting: read whole
    "approver exactly J. Patel",  # an initial is no sentence's end
    "Thanks! Cheers.",  # nothing would be kept
])
def test_a_text_of_one_sentence_or_of_nothing_to_keep_is_read_whole(text):
    assert asked(text) == text


def test_sentences_end_at_stops_before_a_capital_not_at_initials_or_abbreviations():
    assert sentences("Done e.g. Closed. Next one? Yes") == ["Done e.g. Closed.", "Next one?", "Yes"]
    assert sentences("Scores are in column D. How can I colour them?") == [
        "Scores are in column D.", "How can I colour them?"]  # a column's letter, no initial
    assert sentences("rows for J. Patel and Dr. Okafor") == ["rows for J. Patel and Dr. Okafor"]


def test_the_pipeline_reads_the_ask_not_the_story():
    from cf_assistant.assistant import pipeline, tables

    seen = []

    class Source:
        def generate_scored(self, utterances, k):
            seen.extend(utterances)
            return [[('TextEquals("Pending")', -0.1)] for _ in utterances]

    suggester = pipeline.Suggester("cf", source=Source())
    rows = [["Stall No", "Maker", "Craft", "Status"]]
    data = tables.table_data(*tables.from_records(rows))
    post = ("I'm organising a craft fair and keep the stallholders in a spreadsheet. "
            "Could rows with Status = Pending go amber? Thanks in advance!")
    result = suggester.suggest(post, k=3, data=data)
    assert "craft fair" not in seen[0] and "Pending" in seen[0]
    assert result.candidates[0].column == "Status"
    assert result.utterance == post  # the user's text is answered as typed


@pytest.mark.parametrize("said, meant", [
    ("rates above thirty wait no above thirty five", "rates above thirty five"),
    ("scores under seventy um scratch that under seventy five", "scores under seventy five"),
    ("anything faster than one twenty no make that one twenty four", "anything faster than one twenty four"),
    ("over 40 no wait 50", "over 50"),
    ("shifts yesterday no wait today", "shifts today"),
    ("the wait times over 5", "the wait times over 5"),  # a bare "wait" corrects nothing
])
def test_a_correction_said_aloud_takes_the_place_of_what_it_corrects(said, meant):
    assert asked(said) == meant


@pytest.mark.parametrize("typed, meant", [
    # typed corrections (session 19): after a dash, a comma, "..." or "actually make that"
    ("routine scores over 8 - sorry, over 8.5", "routine scores over 8.5"),
    ("vault d-scores of 5.5 and up, sorry, I meant 5 and up", "vault d-scores of 5 and up"),
    ("anyone with Hart in the name - wait, no, Cruz", "anyone with Cruz in the name"),
    ("heaviest bird - no, the heaviest two birds", "heaviest two birds"),
    ("houses listed once - no, the ones listed more than once", "houses listed more than once"),
    ("blank bed numbers - no, the opposite, the ones that are filled in", "the ones that are filled in"),
    ("shade this week's Job Date cells, no, next week's", "shade next week's Job Date cells"),
    ("mark the tickets with under 2 blades, hang on, under 3 blades", "mark the tickets with under 3 blades"),
    ("hedges longer than 100 m... actually make that 130 m or longer", "hedges 130 m or longer"),
    ("data bars on Years Since Service, no, on Flow (L/min)", "data bars on Flow (L/min)"),
    ("40 to 60 kg - sorry, 40 to 50, both ends in", "40 to 50, both ends in"),
    ("top 10% of Hardness - no, top 20%", "top 20% of Hardness"),  # the column said before stays
    ("bottom 25% of Flow - sorry, bottom 30%, whole rows", "bottom 30% of Flow, whole rows"),
    ("hours above average - no, below average, sorry", "hours below average"),
    ("herds called North Herd - no, just plain North, exactly that", "herds called North, exactly that"),
    # values listed, a contrast: no correction
    ("Status is Yes, No, or N/A", "Status is Yes, No, or N/A"),
    ("scores over 5 - no blanks", "scores over 5 - no blanks"),
])
def test_a_typed_correction_takes_the_place_of_what_it_corrects(typed, meant):
    assert corrected(typed) == meant


@pytest.mark.parametrize("said, meant", [
    ("codes beginning with C U", "codes beginning with CU"),
    ("refs that dont start with H W", "refs that dont start with HW"),
    ("grades A B or C", "grades A B or C"),  # no text cue before them: three grades
    ("items in A to Z order", "items in A to Z order"),
])
def test_letters_spelt_one_by_one_after_a_text_cue_are_one_text(said, meant):
    assert asked(said) == meant


@pytest.mark.parametrize("post, kept", [
    ("Some students appear more than once (they take two subjects). Can their names be highlighted?",
     "Some students appear more than once. Can their names be highlighted?"),
    ("windows machines (name starts with windows)", "windows machines (name starts with windows)"),
    ("claims paid in full (approved equal to claimed)", "claims paid in full (approved equal to claimed)"),
    ("Highlight the kids (Medical Form = No)", "Highlight the kids (Medical Form = No)"),
])
def test_an_aside_in_parentheses_goes_unless_it_says_what_to_test(post, kept):
    assert asked(post) == kept


@pytest.mark.parametrize("post, kept", [
    ("I'd like the U7 rows in green - the little ones train on a different pitch.", "the U7 rows in green"),
    ("Every visit that isn't Scheduled - so Done, Missed and so on - should be greyed out.",
     "Every visit that isn't Scheduled should be greyed out."),
    ("values between 5 - 10", "values between 5 - 10"),  # a range, not a clause
])
def test_a_clause_set_off_by_dashes_is_kept_or_left_as_a_sentence_is(post, kept):
    assert asked(post) == kept


@pytest.mark.parametrize("post, kept", [
    ("Help desk: user asks for the 3 lowest In Stock numbers to be highlighted so the reorder list writes itself.",
     "user asks for the 3 lowest In Stock numbers to be highlighted"),
    ("Replying again: could the 3 lowest fees be marked?", "could the 3 lowest fees be marked?"),
    ("Status: Done", "Status: Done"),  # a header and its value, no label
    ("highlight values over 5 so I can see them", "highlight values over 5"),
])
def test_a_label_before_a_post_and_the_purpose_after_an_ask_go(post, kept):
    assert asked(post) == kept


@pytest.mark.parametrize("said, kept", [
    ("top to wicket takers", "top two wicket takers"),  # a ranking's number heard as its homophone
    ("show me the bottom for hives by weight", "show me the bottom four hives by weight"),
    ("the top for each region", "the top for each region"),  # no plural after it: a word
    ("top to bottom", "top to bottom"),
    ("shifts yesterday no today", "shifts today"),  # one date word corrected by another
    ("designs that are just rose nothing else", "designs that are just rose"),
    ("nothing else matters", "nothing else matters"),
])
def test_dictations_slips_are_mended(said, kept):
    assert asked(said) == kept


@pytest.mark.parametrize("post, kept", [
    ("rows with a Best Before date in the last 7 days (so already expired or expiring today) in red.",
     "rows with a Best Before date in the last 7 days in red."),  # why, not what to test
    ("I'd like lead bookers who only came once highlighted. Repeat customers should stay white.",
     "lead bookers who only came once highlighted."),  # the rows left as they are
])
def test_an_aside_that_says_why_and_a_sentence_about_the_other_rows_go(post, kept):
    assert asked(post) == kept


@pytest.mark.parametrize("post, kept", [
    # what a tested subject means goes
    ("A fee of £35 or less means a small plot or a concession. Highlight those fee cells, please.",
     "A fee of £35 or less. Highlight those fee cells, please."),
    ("Overdue means the due date is before today", "Overdue means the due date is before today"),
    # an ask that points back keeps the sentence before it
    ("We're putting the Jewellery and Ceramics stalls in the marquee. Can those rows be highlighted so I can "
     "draw the plan?", "We're putting the Jewellery and Ceramics stalls in the marquee. Can those rows be highlighted"),
    # a question that neither asks nor tests goes beside one that tests
    ("Is it fair? I'd like to highlight plot fees above the average fee.", "highlight plot fees above the average fee."),
    ("Everything that is NOT 12 should be light orange. How would I write that?",
     "Everything that is NOT 12 should be light orange."),
    # the ask inside a "so" clause is no purpose
    ("The Submarine room is being refitted, so I'd like every booking EXCEPT Submarine ones greyed out.",
     "The Submarine room is being refitted, so every booking EXCEPT Submarine ones greyed out."),
    # a range's bounds said to be included, "sub" for under
    ("Groups of 4 to 6 people (4 and 6 included) are the sweet spot.", "Groups of 4 to 6 people are the sweet spot."),
    ("over 5 (5 included)", "over 5 (5 included)"),  # no range: the aside says >= 5
    ("sub four hours", "under four hours"),
])
def test_a_posts_meanings_back_references_and_idle_questions(post, kept):
    assert asked(post) == kept


def test_the_sentence_an_ask_points_back_to_stays_beside_a_sentence_that_tests():
    post = "We stock Jewellery and Ceramics. Can those rows be highlighted? Only if over 5 sold."
    assert asked(post) == post


def test_a_story_clause_after_a_comma_that_tests_nothing_goes():
    from cf_assistant.assistant.asking import asked

    assert asked("every route that doesn't go through Ashby, we're avoiding it while the roadworks "
                 "are on") == "every route that doesn't go through Ashby"
    assert asked("highlight the unpaid ones, I need to chase them") == "highlight the unpaid ones"
    assert asked("orders from Leeds, I'm told they are over 5") == "orders from Leeds, I'm told they are over 5"


def test_a_polite_opener_and_a_reason_after_since_go():
    text = ("If it's not too much trouble, please highlight every service that doesn't mention colour at all, "
            "since those don't need a patch test.")
    assert asked(text) == "please highlight every service that doesn't mention colour at all"
    assert asked("Highlight tasks done since 1 June") == "Highlight tasks done since 1 June"


def test_examples_of_a_contained_text_after_whether_go():
    assert asked("How do I highlight every presenter cell containing Marcus, whether it's DJ Marcus or Marcus B?") \
        == "How do I highlight every presenter cell containing Marcus?"
    assert asked("Highlight whether it's late or early") == "Highlight whether it's late or early"


@pytest.mark.parametrize("text, wanted", [
    ("Rule: flag Haulier cells that are blank.", "flag Haulier cells that are blank."),
    ("Task: highlight overdue invoices", "highlight overdue invoices"),
    ("highlight the breeds ending in poo (cockapoo etc)", "highlight the breeds ending in poo"),
    ("any dog with chicken anywhere in its diet notes - row in red please",
     "any dog with chicken anywhere in its diet notes - row in red please"),
])
def test_labels_example_asides_and_a_text_said_in_a_field_are_read(text, wanted):
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("3. Wind speeds outside 3 to 12 mph are shaded red", "Wind speeds outside 3 to 12 mph are shaded red"),
    ("- dates in June", "dates in June"), ("3.5 kg or more", "3.5 kg or more"), ("-5 or less", "-5 or less"),
    ("any entry that is exactly Lead - nothing else - gets coloured", "any entry that is exactly Lead"),
    ("incidents lasting longer than an hour (60 min)", "incidents lasting longer than 60 min"),
    ("Due back next week (16-22 Jun) - amber", "Due back next week"),
    ("this week (not next)", "this week (not next)"),  # an aside that tests stays
    ("Every team number that's been filled in - highlight so we can count",
     "Every team number that's been filled in - highlight"),  # the ask's subject, before it
    ("I'd love every hog roast menu highlighted please - we need to book the spit",
     "I'd love every hog roast menu highlighted please"),  # after the ask: its story
    ("I run a shop. Please highlight the gold ones.", "Please highlight the gold ones."),
    ("Container numbers starting MSCU - how do I highlight those rows?",
     "Container numbers starting MSCU - how do I highlight those rows?"),  # the dash ends the text
    ("oh and today's sessions - green.", "today's sessions"),  # a follow-up's opener
    ("Agreed: registration numbers that appear only once highlighted - the rest are duplicates to check.",
     "registration numbers that appear only once highlighted"),  # minutes' label; the other rows
    ("Action: sales to highlight the cars older than 2017", "highlight the cars older than 2017"),
    ("boxes sailing tomorrow -> highlight row", "boxes sailing tomorrow - highlight row"),
    ("Can I add data bars to the word counts? Column G.", "Can I add data bars to the word counts? Column G."),
    ("Could clocks that ran slow - a negative variation - be highlighted?",
     "a negative variation - be highlighted?"),  # "negative" is what the rule tests
])
def test_list_numbers_restated_quantities_and_dates_and_an_asks_subject(text, wanted):
    """Session 15's readings (chosen on the ninth and tenth dev halves): a list item's number goes,
    "nothing else" between dashes goes, figures said after words replace them, a period's dates
    said again go, where no part tests the clause before the ask is its subject, and clauses kept
    from one sentence keep their dash."""
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # a handout's numbered task: its number is no literal
    ("Task 12: highlight the four lightest animals.", "highlight the four lightest animals."),
    ("Exercise 2: pick out lamp hours between 1000 and 2000 inclusive.",
     "pick out lamp hours between 1000 and 2000 inclusive."),
    ("Question 3b) shade fees over 40", "shade fees over 40"),
    ("Part 2 of the sales over 40", "Part 2 of the sales over 40"),  # no label without its stop
    # a complaint about the tool beside the ask; its denials are not the request's
    ("why does unique never do what I expect. refs that occur only once, coloured",
     "refs that occur only once, coloured"),
    ("tried 'last month' and it coloured nothing, maybe I did it wrong? intake dates from last month please",
     "intake dates from last month please"),
    ("why isn't it picking V1x - vest IDs that start with V1", "vest IDs that start with V1"),
    ("ugh. tomorows bookings in yellow. that's it. why can't I find the option", "tomorows bookings in yellow. that's it."),
    ("ugh, the blank-looking cell isn't blank, it's a space. highlight blanks and spaces please",
     "highlight blanks and spaces please"),  # an order typed in lower case after the story
    ("tried a colour scale, came out grey?? try again on charge",  # the complaint names what is wanted
     "tried a colour scale, came out grey?? try again on charge"),
    ("who failed? pass mark is 40", "who failed? pass mark is 40"),  # no complaint: one sentence
    ("ugh. pH exactly 7.4, that's the target, why doesn't equals work for decimals??",
     "pH exactly 7.4, that's the target"),  # a complaint after the request in its sentence
    ("How do I highlight the lots of 30 head or more? I mean the number of animals, column E.",
     "How do I highlight the lots of 30 head or more? I mean the number of animals, column E."),  # no correction
    ("Is there a way to show the defect counts as bars inside the cells? Column H.",
     "Is there a way to show the defect counts as bars inside the cells? Column H."),  # bars are a rule
    ("quote has a #REF! somewhere, hl errors pls", "quote has a #REF! somewhere, hl errors pls"),
    ("Plot sizes are in column C. Highlight the plots of 125 sq m or less.",
     "Plot sizes are in column C. Highlight the plots of 125 sq m or less."),  # it says where
    ("why won't it highlight the broken cell, the #N/A one", "highlight the broken cell, the #N/A one"),
    ("why is it slow? highlight fees over 40", "highlight fees over 40"),
    # the story before an order that tests: "bottom" and "twice" are the story's
    ("The speed sensor at the bottom logs each rider. Anything above the average needs a brake check. "
     "Highlight speeds above the average.", "Highlight speeds above the average."),
    ("The counter staff type the names as they please. Stilton comes up twice. "
     "Highlight any cheese name that ends in Stilton.", "Highlight any cheese name that ends in Stilton."),
    ("Highlight amounts over 500. Ignore blanks.", "Highlight amounts over 500. Ignore blanks."),  # after it: kept
    ("I'm trying to see which senior crew are carrying the long days this month. The roster mixes all ranks "
     "together. Please mark every CSD or SCCM row.", "Please mark every CSD or SCCM row."),  # values, no pointer
    ("We ship on Fridays. Highlight those rows.", "We ship on Fridays. Highlight those rows."),  # it points back
    ("Most patients go with us, but this month I'm reviewing the others. Make every row stand out where "
     "Conveyed? doesn't say Yes", "Make every row stand out where Conveyed? doesn't say Yes"),
    ("highlight the files for couples (the names with an & in them).",
     "highlight the files for couples (the names with an & in them)."),  # the aside names the text
])
def test_handout_numbers_complaints_and_a_story_before_an_order(text, wanted):
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # a sample of the column pasted before the request: the request, after the column's name
    ("times look like 25, 32, 41, 18, 45 and so on - flag the ones that are exactly 45",
     "times: flag the ones that are exactly 45"),
    ("cuts like Sirloin, Rump, Ribeye, Sirloin Steak - I want just the plain Sirloin ones",
     "cuts: I want just the plain Sirloin ones"),
    ("my column has stuff like 12, 45, n/a, 7 - highlight the n/a ones", "highlight the n/a ones"),
    ("values look like PO-1123, PO-2231, INV-0042; colour the invoices", "colour the invoices"),
    ("items like Ring - Solitaire, Signet Ring, Necklace - anything starting with Ring",
     "anything starting with Ring"),  # a dash inside the first value
    ("highlight values like 5, 10 - red", "highlight values like 5, 10 - red"),  # an order: no sample
    # the format said first reads as an order; the colour is no value
    ("Red fill: anything over 50", "highlight anything over 50"),
    ("Teal: silver members, just silver", "highlight silver members, just silver"),
    ("Soft green on all the AVF patients", "highlight all the AVF patients"),
    ("Bold row when the trade lost more than 10%", "highlight the rows when the trade lost more than 10%"),
    ("bold green for the ones marked Paid", "highlight the ones marked Paid"),
    ("Gold members only", "Gold members only"),  # no format word after it
    ("green to red by progress", "green to red by progress"),  # a colour scale
    ("if Insured? is No or left blank, make the row yellow", "if Insured? is No or blank, make the row yellow"),
])
def test_a_pasted_sample_and_a_format_said_first(text, wanted):
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # the formal passive: the order is its verb, "in its entirety" the row, "recorded as" a value is it
    ("It is requested that every plot whose fee is below the average be highlighted.",
     "highlight every plot whose fee is below the average."),
    ("It is requested that each candidate whose funding is not recorded as Yes be shaded in its entirety.",
     "highlight each candidate whose funding is not Yes, whole row."),
    ("Rows where Status is Late should be highlighted in full.", "highlight Rows where Status is Late, whole row."),
    ("Please ensure that any bid over 500 is highlighted.", "Please ensure that any bid over 500."),
    ("Can those rows be highlighted?", "Can those rows be highlighted?"),  # a question, no order
    # a form's fields: the column and the condition are the request, a scope of rows the row
    ("Column: Dept | Condition: History or Physics | Scope: whole row | Format: yellow",
     "highlight Dept is History or Physics, whole row"),
    ("Column: Buyer | Condition: does not contain Timber | Scope: cells | Format: red",
     "highlight Buyer does not contain Timber"),
    ("Condition: wait < 5 OR wait > 30 / Format: red", "highlight wait < 5 OR wait > 30"),
    ("Status: Done | Priority: High", "Status: Done | Priority: High"),  # no condition: no form
    # a checklist: a column, a test with its value, a colour, as fields or bare lines
    ("column: Tag / does not contain: beta / colour: blue", "highlight Tag does not contain 'beta'"),
    ("Town / starts with: Port / colour: pale green", "highlight Town starts with 'Port'"),
    ("size / is exactly / 2x4 / red", "highlight size is exactly '2x4'"),
    ("sales / over 500 / red", "highlight sales over 500"),
    ("A/B results over 5", "A/B results over 5"),  # no checklist
    ("• sheet: Rides • test column: Notes • condition: blank • highlight: the whole row",
     "highlight Notes blank, whole row"),
    # a word said again in figures: the figures
    ("tanks at exactly half (50%) green", "tanks at exactly 50% green"),
    ("empty shelves (0) red", "shelves at 0 red"),
    ("films longer than 2 hours (120 min)", "films longer than 120 min"),  # the parentheses' unit
])
def test_a_formal_passive_a_form_and_a_word_said_again_in_figures(text, wanted):
    assert asked(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # numbered steps: the first names the column, a step that only formats goes (its rows kept)
    ("Step 1: select the frame widths. Step 2: shade anything wider than 40 cm",
     "frame widths: shade anything wider than 40 cm"),
    ("Step 1: click into Vol (ml). Step 2: new rule, greater than or equal to 470. Step 3: orange fill.",
     "Vol (ml): greater than or equal to 470"),
    ("Step 1: select Finish (min). Step 2: Top/Bottom rules, top 3 items. Step 3: light red on the rows.",
     "Finish (min): top 3 items, whole row"),
    ("Step 1: Days Open. Step 2: add data bars", "Days Open: add data bars"),
    ("1) select Hoop 2) mark the hoops that aren't 100 mm", "Hoop: mark the hoops that aren't 100 mm"),
    # what not to format, said before or after the ask
    ("not the little ones - only frames 60 cm and wider", "only frames 60 cm and wider"),
    ("not this month's collections, the ones booked for next month", "the ones booked for next month"),
    ("Not the Good ones: the rows where Hygiene is Fair or Poor", "the rows where Hygiene is Fair or Poor"),
    ("Colour only the units whose shelf life ends today - not yesterday's, not tomorrow's",
     "Colour only the units whose shelf life ends today"),
    ("Every Analyst cell that isn't Tanaka gets marked; leave Tanaka's plain", "Every Analyst cell that isn't Tanaka"),
    ("not between 5 and 10, colour them", "not between 5 and 10, colour them"),  # the ask itself
    ("only rows over 5, not blank", "only rows over 5, not blank"),  # a denied rule stays
    # an example pointed at is no value
    ("ones like 'Blue #2' in row 10 - starting with Blue", "starting with Blue"),
    ("quotes that repeat, like the two 99s", "quotes that repeat"),
    ("like the -2 in row 11 - the lowest two handicaps", "the lowest two handicaps"),
    ("not this week's classes, next week's", "next week's"),
    # shouted: lower case outside quotes, short codes kept, a test's meaning after "=" goes
    ("NORFOLK MILLS -> TEAL", "norfolk mills"),
    ("TEAM NAMES STARTING 'THE' = FOUNDER CLUBS -> ITALIC", "team names starting 'THE'"),
    ("PRICE = ERROR OR BLANK -> FIX!!!", "price is error or blank"),
    ("DNF = WHOLE ROW GREY", "DNF is whole row grey"),
    # a quoted text absent, a format said after the rule
    ("states without 'working'", "states not containing 'working'"),
    ("rows where Status contains review get a pale yellow fill", "rows where Status contains review"),
])
def test_steps_contrasts_examples_and_a_shouted_request(text, wanted):
    assert asked(text) == wanted


def test_slipped_frame_words_are_mended_before_the_request_is_read():
    assert asked("botom 20 percnet of antler spans") == "bottom 20 percent of antler spans"
