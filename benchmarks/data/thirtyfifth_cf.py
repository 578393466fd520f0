"""A thirty-fifth independent set of one-column CF requests, and the builder of thirtyfifth_cf.json.

Written from scratch (2026-12-08 02:59 to 03:17 UTC by `date -u`, engineer E35c) as a new independent evaluation set
that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no earlier
builder's docstring (nor benchmarks/data/README.md) names, on this set's own columns (a kyykka club, a kalaripayattu
school, a gatka academy, a bokator gym, a lethwei camp, a pencak silat club, a kurash club, an oliebollen stall, a
bannock bakery, a lamington kitchen, a sarod school, a santoor ensemble, a bouzouki band, a charango workshop, a kantele
choir, a cajon circle, a longan orchard, a pitaya farm, a tequeno stand, a mandazi kitchen), in four styles new to the
sets, eleven templates each: `screenplay` (the request inside a film or TV script: "Scene 22. INT. DINER - NIGHT. YUKI
(to the clerk) ...", "FADE IN: EXT. ... - DAWN. MAYA squints at the laptop. MAYA: ...", "TESS (V.O.) ... should be ...
CUT TO:", "INT. ... - DAY. Page 41. ... (whispering) ..., before anyone sees.", "MAYA: <the cells>... (beat) the ones
<test> -- flag those. KEMI: Got it.", "CUT TO: INT. ... - LATER. ... slams the folder down.", "Page 63, scene 18: ...
(into the phone) I need you to ... (hangs up)", "... So what do we do with the sheet? ... On it. FADE OUT.", "EXT. ... -
NIGHT. Rain. ... (O.S.) ...! SMASH CUT TO: Scene 40.", "89 INT. ROOFTOP - CONTINUOUS. ODILE (reading the sheet) <the
cells>? (beat) ...", "(beat, then quietly) ... (V.O.) And then? ... That's all. CUT TO:"), `prescription` (a
prescription or pharmacy label: "Rx #43521 Sig: ... Refills: 4.", "Pharmacy label for J. Okafor. Qty: 70. Refills: 4.
Sig: ...", "Dr. Okonkwo writes: take 3 tablets twice daily for 9 days, and ... Dispense as written.", "Rx #... . ...
should be ... . Sig: take 12 ml every 6 hours. Qty: 180 ml.", "Sig: <the cells> -- <the rest>. Refills: 1. Dr.
Halvorsen", "Dispense as written: ... Ibuprofen 400 mg, Qty: 30, Refills: 2.", "Patient S. Moreau, Loratadine 507 mg.
Sig: ..., then take 2 capsules at bedtime.", "Refills: 2. Qty: 32. Rx #... . Note from the pharmacist: ..., please.",
"... mg/... ml oral solution, Sig: ... ml at night. Also on the script: ...", "Prescribed by ... for ...: ... Take with
food. Refills: 3.", "Rx #... for ...: <the cells>? <the rest>. Qty: 40, no refills."), `navigation` (turn-by-turn
sat-nav directions: "In 400 m, turn left onto Elm Street. Then ...", "Take exit 12 toward B757. ... Continue for 6.7
miles.", "Recalculating... ... Arrive in 12 min.", "Continue on M67 for 5.5 km, then ... In 624 m, keep right.", "... In
300 feet, turn right onto Mill Road. Arrive in 9 min.", "At the roundabout, take the 3rd exit onto Route 9. <the cells>
-- <the rest>.", "Sat-nav says: ... Then merge onto A77 in 6.8 miles.", "Arrive in 14 min. Before that, ...", "In 5.6
miles, take exit 6. Recalculating... <the cells>: <the rest>.", "Route 9 closed ahead. Recalculating... ..., then
continue for 500 m.", "Keep left at the fork for I-80. ... Your destination is on the right.") and `classified` (a
classified ad: "FOR SALE: walnut piano, 2009 model, 23926 miles, $203 ono. ... Call 555-0116 after 8.", "WANTED: someone
to ... Pay $40. No time-wasters. (box 41)", "LOST: ... near the market. If found, call 555-0142. Also, ...", "... FOR
SALE: ..., $300 ono, pick-up only. (box 27)", "WANTED: <the cells>... <the rest>. Call 555-0... after 6.", "FOR SALE:
sofa bed, 2019, 43441 km, $826 or best offer -- and ... (box 72)", "Classifieds, box 33: ... Genuine buyers only, $450
ono.", "FREE TO GOOD HOME: ... Pick-up only. P.S. ...", "WANTED: ... in good nick, up to $500. While you're here, ...",
"FOR SALE: ..., barely used, $250. <the cells>? <the rest>. Call after 7.", "SWAP: ... for a ... . ... Serious offers
only, (box 19)."). The request sits first, in the middle, last or split over two parts (the cells, then the test and the
verb), in three clause forms (the verb first, "<the cells> <test> should be <verb>ed", and the split "<the cells> ...
the ones <test> -- <verb> those" or "<verb> the ones <test>"), with eight verbs (highlight, shade, colour, color, flag,
mark, tint, bold) and nine noun-phrase shapes ("every <header> value", "any <header> cell", "the <header> entries",
"cells in the <header> column", 'the "<header>" cells', "<header> cells", "each <header> entry", "all <header> values",
"the values under <header>"); the visual rules say "put a colour scale on ...", "add data bars to ...", "... should get
an icon set" and their kin. The scene numbers, pages, Rx numbers, doses, quantities, refills, hours, distances, exits,
minutes, road numbers, prices, box numbers, phone numbers, years and mileages of a frame are drawn by program and drawn
again when any of them (or its whole part) meets a figure of the rule or its whole part (the 7 of Last7Days included) or
repeats another number of the frame; a program check refuses a frame that says today, tomorrow, yesterday, week or month
or names a day or a month, and the two classified templates that give a year are not used on a date rule. Only requests
the language expresses exactly, one right rule on the column, every literal recoverable by a careful reader. Labels are
what the executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June,
next week 16 - 22 June, the last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as
they are (a blank compares as 0 and any text is greater than any number); every comparison, Between, NotBetween, NOT of
a comparison, AND and OR of this set is on a column of numbers only (no text cell, no blank), and the columns that carry
a colour scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("withdrawn", "stall
shut", ...), one blank and one "#N/A" cell, so that a visual rule formats the numbers only. Text columns hold no blank.
The columns of Duplicates, Unique, Blanks and NotBlanks hold five codes twice, three once, one blank and one cell of one
space. The builder's check (`make_record` and `problems_of` on every entry) found no problem on its first run, before
any half was seen.

What its author read: the brief (/work/team/brief35.md, `cat`); of benchmarks/data/thirtyfourth_cf.py, which this
builder mirrors, the anchored `grep -n` of its top-level names (line numbers and names, no entry line) and `wc -l`
(1467), then lines 1-237 (its module docstring, imports, constants, `_joined` and the comment over its columns, up to
the line before `COLUMNS = {`) and lines 1440-1467 by `sed -n` (see the slips: its first line was the last field line of
an entry); benchmarks/data/column_sets.py and benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py and tests/benchmarks/set_files.py (all, `cat`); ../shared/docs/CF_RULES.md
(all, `cat`); the first 12,000 characters of benchmarks/data/README.md (`head -c 12000`); the public API of
cf_assistant.languages.cf (parse and to_text on 11 made-up rules, for their canonical spelling) and the executor as the
builders use it (through the bound `make_record`, `problems_of`, `other_requests` and `main`). This builder's columns
and entries are its own: a program of its author's (under /tmp/e35c) holds the domains' columns, literals and
thresholds, the phrase banks per function, the noun-phrase shapes, the clause forms and the templates per style, and
writes this module from them; it copied nothing of thirtyfourth_cf.py but the shared code shown above (the imports,
`_joined`, the form of the comment over the columns, the bind and the main block); its OTHER_SETS is every set file of
benchmarks/data when it was written (75), listed by that program, but this set's and the other engineer's
thirtyfifth_tables.json.

Commands that printed anything: `date -u` (eight times); `cat` of the brief; the `grep -n`, `wc -l`, `sed -n` and `cat`
reads above (`wc -l` of column_sets.py, everyday_common.py, the test module, set_files.py and CF_RULES.md with them);
`ls benchmarks/data/*.json | wc -l` (75) and `ls benchmarks/data | grep -c thirtyfifth` (0); four runs of a program that
printed one True/False per candidate domain (56, 22, 25 and 5 candidates, the domains alone and as the phrases used):
whether any builder's module docstring (benchmarks/data/*.py except thirtyfifth_*, by `ast.get_docstring`, lower-cased)
or the whole benchmarks/data/README.md holds it as a substring; parse/to_text of 11 made-up rules; the generator's
prints of six generated columns (header and cells) and of drafted entries (every 23rd, with rule, key, style and tags,
then the first only) with the tag and style counts, before any half was seen; the module writer's runs (module lines,
entries, other sets, lines over 120 characters, lines with trailing spaces: 1102, 430, 75, 40, 0, then 1142, 430, 75, 0,
0 after the long column lines were split); `awk` of the module's lines over 120 characters (line number, length, first
50 characters: cells of five columns); this builder's check program (430 entries, 0 problems, with `time`); the
builder's main run (the counts per function, style and tag per half) and `md5sum` of the build; a program that tried the
refusal example's request on each numeric column (the five keys and headers where it passes); the program that added
this set to the test module (longest line 123, then 120 after a rewrap, 0 trailing spaces, 3 mentions, 14 docstring
lines) and `sed -n 1,16p` of the test module's docstring, then its first three lines cut to 60 characters; `grep -n` of
the thirty-fourth's README row cut to 12 characters (line 72), `grep -c thirtyfifth` of the README (0), the program that
inserted this set's row (line 73) and `grep -n` of it cut to 30 characters; a program printing the unused column keys
(ky_n2, ba_k, since dropped from COLUMNS: no record changed) and the least and most cells a column (12, 15); the module
writer's and the check's reruns and `md5sum` of the rebuild (equal to the first build); the test run (the one-column
test module and test_sets_are_the_projects_own.py at once, with thirtyfifth_tables.json present beside this set: 13633
passed in 7 min 3 s), and after this docstring's last change a run of the same modules by `-k "thirtyfifth or t35c"`;
`git status --short` (status and file names: this set's files, the README, the two set test modules, the thirty-fifth
table set's files, and three files under cf_assistant/ and tests/assistant/ that were modified before this session and
not by its author).

Domains. Candidates the checks dropped (printed True): kabaddi, bossaball, hornussen, molkky, bocce, jai alai, bandy,
ringette, sambo, capoeira, savate, gozleme, pupusa, tamale, poffertjes, bibimbap, injera, jollof, suya, koto, sitar,
tabla, ocarina, didgeridoo, bodhran, taiko, wheelwright, saddler, bookbinder, chandler, bowyer, fletcher, clockmaker,
upholsterer, signwriter, salak, tamarind, guava, glassblowing (glassblowing studio), brigadeiro, kolache (kolache
bakery), yerba mate, sfogliatella. Printed False and not used: glassblower, sfogliatella bakery, brigadeiro shop,
bunuelo (stand), chakalaka. Taken (printed False, alone and as the phrase used): kyykka (kyykka club), kalaripayattu
(kalaripayattu school), gatka (gatka academy), bokator (bokator gym), lethwei (lethwei camp), pencak silat (pencak silat
club), kurash (kurash club), oliebollen (oliebollen stall), bannock (bannock bakery), lamington (lamington kitchen),
sarod (sarod school), santoor (santoor ensemble), bouzouki (bouzouki band), charango (charango workshop), kantele
(kantele choir), cajon (cajon circle), longan (longan orchard), pitaya (pitaya farm), tequeno (tequeno stand), mandazi
(mandazi kitchen). The styles are the brief's.

Counts. 430 records on 118 columns (118 distinct headers, 5 or 6 a domain, 12 to 15 cells a column): dev 217, test 213
(the hash's split, not steered); every one of the 41 functions in both halves. Styles: screenplay 107 (dev 53 / test
54), prescription 107 (58 / 49), navigation 108 (50 / 58), classified 108 (56 / 52). Functions (dev/test): GreaterThan
6/9, LessThan 9/6, GreaterThanEqual 4/6, LessThanEqual 2/8, Equals 5/5, NotEquals 6/4, NOT 12/8, Between 5/5, NotBetween
4/6, AND 4/6, OR 8/2, TextEquals 6/4, TextContains 4/6, TextNotContains 4/6, TextStartsWith 6/4, TextEndsWith 5/5, Top
5/5, Bottom 8/2, TopPercent 7/3, BottomPercent 1/9, AboveAverage 6/4, BelowAverage 6/4, Duplicates 4/6, Unique 5/5,
Blanks 5/5, NotBlanks 3/7, Errors 8/2, NotErrors 6/4, ColorScale 4/6, DataBar 6/4, IconSet 6/4, LastMonth 4/6, ThisMonth
5/5, NextMonth 3/7, Yesterday 3/7, Today 3/7, Tomorrow 8/2, Last7Days 7/3, LastWeek 7/3, ThisWeek 4/6, NextWeek 3/7.
Tags (dev/test): date 47/53, quoted 43/50, negation 35/35, column-word 19/28, superlative 21/19, boundary 15/25, visual
16/14, odd-case 11/12, range 9/11, compound 12/8, number-words 6/10, number-format 5/7, typo 5/2, polarity 2/2;
thirtyfifth 217/213.

Slips. (1) Of reading: no request of another set or builder and no utterance of a JSON file was printed, and git log was
not run; but `sed -n 1440,1467p` of thirtyfourth_cf.py began three lines above its OTHER_SETS, and its first line was
the last field line of one of its entries (a reference rule, a column key and a style, no request text), shown by
mistake; nothing of it was used. (2) No draft was reworded after its half was seen: the check found no problem on its
first run; wording fixes were made before the main run, after the drafts were printed (the relative clauses "that open
with", "that say", "that include", "that don't mention", "that finish with", "that read exactly", "that aren't", "that
fall outside", "that appear", "that are blank/unique/duplicates", "that aren't empty" made participles or plain phrases,
which agree with a singular noun phrase; typos every seventeenth record instead of every thirty-first, and matched on a
capitalised verb too, 2 -> 7; the `number-words` tag given to Top and Bottom when their n is in words); nothing of the
entries changed after the one main run that printed the halves (two unused columns were dropped from COLUMNS and this
docstring written, which changes no record; the rebuild's md5sum equals the first build's). The half size asked of this
set in the test module (180 a half), its other-set count (75), its column count (108) and its refusal check were set
after the halves were seen, from the brief and the thirty-fourth's entry. (3) The halves are uneven by function
(BottomPercent 1/9; LessThanEqual 2/8; OR, Bottom, Errors and Tomorrow 8/2): the hash's split, not steered; the styles
are even over the set (107 or 108) but not by half (prescription 58/49, navigation 50/58). (4) Some tags are thin:
polarity 4 ("no less than" for GreaterThanEqual, "no more than" for LessThanEqual), typo 7 (misspelt verbs: "higlight",
"shdae", "colur", "colr", "falg", "mrak", "tnit", "bodl"), number-format 12 (thousands with a comma, on the three
columns of counts over 1,000), number-words 16 (figures in words, "seven" of the last seven days included); odd-case 23
(the whole request upper-cased, header included; only on rules without a figure or literal). (5) The requests come from
a program: each style has 11 templates, each function 2 to 7 phrasings, chosen by counters, so wordings repeat in
pattern across domains (the domain, column, literal and threshold differ). (6) Readings: "over", "above", "more than",
"exceeding", "greater than", "topping", "higher than" are GreaterThan; "under", "below", "less than", "lower than",
"short of", "beneath" LessThan; "of n or more", "at n or above", "of n or higher", "no less than n", "of at least n"
GreaterThanEqual, and their mirror LessThanEqual; "equal to", "of exactly", "standing at exactly", "reading exactly"
Equals; "not equal to", "other than", "apart from", "different from" NotEquals; "not over/above n" NOT(GreaterThan),
"not under/below n" NOT(LessThan), "not n or more" NOT(GreaterThanEqual), "not n or less" NOT(LessThanEqual); "between a
and b inclusive", "from a to b, both ends included", "from a through b inclusive", "between a and b, counting a and b
themselves" Between; "not between", "outside a to b", "outside the range a to b", "falling outside a to b" NotBetween;
"over a but under b" and its kin AND(GreaterThan(a), LessThan(b)); "under a or over b" and its kin OR(LessThan(a),
GreaterThan(b)); "in the top/bottom n", "among the n highest/lowest", "ranked in the top/bottom n" Top/Bottom; "in the
top/bottom p%", "within the top/bottom p percent", "in the highest/lowest p%" TopPercent/BottomPercent; the averages,
errors, blanks, duplicates and periods in plain words; "not reading exactly", "other than exactly" NOT(TextEquals); "not
starting/beginning with" NOT(TextStartsWith); "not ending with/in" NOT(TextEndsWith). The NOT of a comparison and its
complement read alike on a column of numbers, where they format the same rows; the reference is the rule the words name.
(7) Unique and Blanks count the cell of one space as Excel does (the executor's reading). (8) The refusal check of this
set in the test module uses GreaterThan(45) on the bokator gym's Bokator Kicks Landed column (a request of its own, not
in the set). (9) The first paragraph of the test module's docstring was reflowed (by textwrap, 120 characters, no breaks
at hyphens) when this set was added to its list. (10) A text literal is written in double quotes in about two records of
three and bare (capitalised) in the rest; "bold" and "make ... should be bolded" are plainer formatting words than the
rest. (11) The templates' "(V.O.)", "(O.S.)", "Dr." and "P.S." hold full stops inside the frame; the navigation template
"take the 3rd exit" writes an ordinal whose digits are drawn like the other numbers. Not read: anything under
cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the utterances of any JSON
file, thirtyfifth_tables.* (being written beside this set by engineer E35t; never opened), the table test module,
tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data. No model, no `cfa suggest`, no `cfa
bench` and no generator of the model was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each of a numeric column's three thresholds,
or four bounds, and the step on either side of it, a value near a third of the lowest and three times the highest, the
midpoints; the exact text literal, a cell starting with it, one ending with it and one holding it in the middle, for
each of a column's two literals, and four other words; blanks, cells of one space, text and error cells beside the
numbers of visual columns; a date in every period, two in none: a year before today and September). The 42 kinds of rule
(the 41 functions, NOT counted twice: of a comparison and of a text rule) were each given to ten records (GreaterThan
and LessThan fifteen) before any half was seen, spread over the domains in turn; the comparisons and NOT of a comparison
go on one numeric column of a domain and Between, NotBetween, AND and OR on another; the styles go round the entries in
turn, shifted by one every forty.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (thirtyfifth_tables.json, written beside it by someone
else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more than 20
cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the rules one
edit away (`everyday_common.column_problems`).

Tags: the style first (`screenplay`, `prescription`, `navigation`, `classified`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`,
`polarity`, `date`, `visual` (as in thirtyfourth_cf.py; all given by the generator: `negation` to the functions that say
a negative, `boundary` to GreaterThanEqual, LessThanEqual, Between and NotBetween, `range` to Between and NotBetween,
`compound` to AND and OR, `superlative` to Top, Bottom and their percents, `quoted` to a request holding its header or
literal in double quotes, `column-word` to one holding the word "column", `number-words` to one with a figure in words),
then the set tag `thirtyfifth`. IDs have the prefix `t35c-`; the dev/test halves come from a hash of the ID. No request
starts with "#" (a line starting so is a heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for one
line of 120 characters goes on in indented lines that start with "+ " (more of the request) or "|" (the next field)
(`_joined`).

Rebuild: `python benchmarks/data/thirtyfifth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtyfifth_cf.json"
PREFIX = "t35c"
THIRTYFIFTH_TAG = "thirtyfifth"
STYLES = ("screenplay", "prescription", "navigation", "classified")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)


def _joined(text: str) -> str:
    """The entry lines of `text`: an indented line that starts with "|" is joined to the line above it
    (the next field), and one that starts with "+ " goes on with the text of the line above it (a long
    request), after one space."""
    lines: list[str] = []
    for line in text.splitlines():
        rest = line.lstrip()
        if line.startswith(" ") and rest.startswith("|") and lines:
            lines[-1] += " " + rest
        elif line.startswith(" ") and rest.startswith("+ ") and lines:
            lines[-1] += " " + rest[2:]
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each date column of this set holds a date in every period and two in
# none.
COLUMNS = {
    "ky_n1": ("Kyykka Pins Knocked", "17|21|27|25|23|16|84|6|19|15|28|29|22"),
    "ky_v": ("Kyykka Season Points", "162|withdrawn||31|33|82|176|151|75|63|#N/A|55|156|64"),
    "ky_t": ("Kyykka Team Division",
            "Mixed Harbour Plus|Harbour|Harbour Reserve|Karelia|Double Karelia|Karelia Style|Ember|Hazel|Cobalt|"
            "Classic Harbour|Willow|Spiced Karelia Mix"),
    "ky_d": ("Kyykka Match Date",
            "2024-06-07|2023-11-14|2024-05-19|2024-06-04|2024-06-20|2024-06-01|2024-07-03|2024-06-12|2024-06-14|"
            "2024-06-11|2024-06-28|2024-09-24|2024-06-13|2024-06-10"),
    "ky_k": ("Kyykka Bat Tag", "|KY-25| |KY-77|KY-66|KY-30|KY-77|KY-25|KY-83|KY-94|KY-20|KY-68|KY-20|KY-30|KY-66"),
    "ka_n1": ("Kalari Drills Completed", "12|56|168|57|39|44|34|50|35|33|55|45|46"),
    "ka_n2": ("Kalari Staff Length (ft)", "9|10|13.5|14|6|27|8.5|11.5|13|10.5|11|3|5.5|8|6.5"),
    "ka_v": ("Kalari Form Score", "#N/A|145|73||18|on leave|137|27|158|117|114|85|88|21"),
    "ka_t": ("Kalari Weapon Style",
            "Spiced Urumi Special|Otta|Wild Otta|Light Otta Batch|Urumi Extra|Ember|Old Urumi|Lantern|Copper|"
            "Urumi|Hazel|Otta Mix"),
    "ka_d": ("Kalari Grading Date",
            "2024-06-14|2024-06-13|2024-06-12|2023-06-16|2024-07-23|2024-06-07|2024-05-28|2024-06-10|2024-09-18|"
            "2024-06-28|2024-06-01|2024-06-05|2024-06-21|2024-06-11"),
    "ka_k": ("Kalari Student Code", "KA-50|KA-23|KA-23|KA-28|KA-14|KA-79|KA-13|KA-77|KA-62|| |KA-28|KA-77|KA-79|KA-13"),
    "ga_n1": ("Gatka Sparring Rounds", "31|33|36|111|38|23|37|26|30|21|29|22|8"),
    "ga_n2": ("Gatka Stick Weight (oz)", "23|6|13|24|12|29|20.5|58|18|23.5|29.5|17|28.5|17.5|12.5"),
    "ga_v": ("Gatka Display Marks", "129|57|34|no entry|60|76|111|126|#N/A|149|13|102|25|"),
    "ga_t": ("Gatka Troupe Name",
            "Juniper|Meadow|Junior Tegh|Tegh|Orchid|Tegh Batch|Classic Khalsa|Wild Tegh Plus|Lantern|"
            "Old Khalsa Blend|Khalsa|Khalsa Mix"),
    "ga_d": ("Gatka Display Date",
            "2024-06-12|2024-09-07|2024-06-13|2024-06-07|2024-06-01|2024-06-02|2024-06-14|2024-06-27|2024-05-03|"
            "2024-07-18|2024-06-10|2024-06-11|2024-06-18|2023-09-18"),
    "ga_k": ("Gatka Shield Code", "GA-95|GA-57|GA-98|GA-98|GA-48|GA-43|GA-48|GA-43| |GA-51|GA-36|GA-51||GA-58|GA-95"),
    "bo_n1": ("Bokator Kicks Landed", "53|69|231|16|46|78|60|62|61|45|77|47|76"),
    "bo_n2": ("Bokator Bout Weight (kg)", "55.5|121|121.5|98.5|56|120.5|88|55|99|77|28|242|99.5|77.5|78"),
    "bo_v": ("Bokator Krama Points", "202|185|246|injured|75|196||51|249|47|46|99|#N/A|152"),
    "bo_t": ("Bokator Krama Colour",
            "Indigo Blend|Orchid|Double Gold Reserve|Lantern|Old Gold|Ember|Spiced Indigo|Mixed Indigo Batch|"
            "Gold Style|Falcon|Gold|Indigo"),
    "bo_d": ("Bokator Bout Date",
            "2024-07-21|2024-06-17|2024-06-07|2024-06-04|2023-07-13|2024-05-04|2024-06-10|2024-06-12|2024-06-11|"
            "2024-06-26|2024-06-14|2024-06-13|2024-09-03|2024-06-01"),
    "bo_k": ("Bokator Fighter ID", "BO-74|BO-97|BO-44|BO-72|BO-59|BO-57|BO-59|BO-57|BO-72|BO-97| |BO-89|BO-89||BO-95"),
    "le_n1": ("Lethwei Rounds Fought", "27|22|18|20|5|78|15|25|11|13|26|19|12"),
    "le_n2": ("Lethwei Hand Wrap Length (m)", "6.5|4|7.5|5|6|9|7|2|8.5|4.5|10.5|11.5|22|11|8"),
    "le_v": ("Lethwei Fight Earnings", "1228|3844|3298|2624|1478|4117|2140||969|2439|closed|#N/A|1151|4240"),
    "le_t": ("Lethwei Corner Name",
            "Junior Cobra|Juniper|Tiger|Double Tiger|Light Tiger Style|Cobra Mix|Copper|Ember|Summit|Cobra|"
            "Tiger Blend|Mixed Cobra Extra"),
    "le_d": ("Lethwei Fight Date",
            "2024-06-12|2024-06-11|2024-06-14|2024-06-29|2024-06-13|2024-06-01|2024-06-10|2024-06-07|2024-07-23|"
            "2024-05-28|2024-09-17|2024-06-18|2024-06-05|2023-11-16"),
    "le_k": ("Lethwei Camp Badge", "LE-89||LE-62|LE-38|LE-93| |LE-34|LE-33|LE-96|LE-67|LE-96|LE-62|LE-67|LE-33|LE-89"),
    "pe_n1": ("Silat Jurus Performed", "35|44|25|34|24|135|29|39|46|26|9|33|45"),
    "pe_n2": ("Silat Judge Score", "41|4|15|20.5|8|8.5|21|20|17|16.5|13.5|9|12.5|13|16"),
    "pe_v": ("Silat Tournament Points", "|42|45|35|93|91|withdrawn|239|261|#N/A|304|133|252|244"),
    "pe_t": ("Silat Style Taught",
            "Cimande|Pepper|Juniper|Old Harimau|Meadow|Cimande Style|Harimau|Mixed Cimande Blend|Harimau Reserve|"
            "Hazel|Wild Harimau Special|Light Cimande"),
    "pe_d": ("Silat Exam Date",
            "2024-07-03|2024-06-03|2024-06-29|2024-06-12|2024-06-01|2024-05-18|2024-06-10|2024-09-27|2024-06-07|"
            "2024-06-21|2024-06-11|2024-06-14|2024-06-13|2023-08-06"),
    "pe_k": ("Silat Belt Code", "PE-77|PE-69|PE-24|PE-42| |PE-94|PE-89||PE-93|PE-77|PE-94|PE-93|PE-42|PE-86|PE-24"),
    "ku_n1": ("Kurash Throws Scored", "32|29|36|111|7|27|38|19|28|24|20|37|21"),
    "ku_n2": ("Kurash Weigh-in (kg)", "61.5|84.5|96.5|132|85|108.5|132.5|31|84|61|108|133|109|62|265"),
    "ku_v": ("Kurash Ranking Points", "660|550|481|423|on leave|#N/A|249|824|565||616|404|542|118"),
    "ku_t": ("Kurash Mat Referee",
            "Double Dilnoza|Hazel|Dilnoza Blend|Pepper|Rustam|Rustam Extra|Spiced Rustam|Orchid|Lantern|"
            "Mixed Dilnoza Mix|Junior Rustam Special|Dilnoza"),
    "ku_d": ("Kurash Tournament Date",
            "2024-07-21|2024-06-02|2024-06-11|2024-06-07|2024-06-12|2024-09-03|2024-05-20|2024-06-19|2023-11-16|"
            "2024-06-10|2024-06-01|2024-06-27|2024-06-13|2024-06-14"),
    "ku_k": ("Kurash Licence Code", "KU-66|KU-51| |KU-17|KU-91|KU-55||KU-12|KU-37|KU-63|KU-63|KU-55|KU-17|KU-37|KU-66"),
    "ol_n1": ("Oliebollen Fried", "2860|960|3080|3300|3310|3720|3510|3740|3290|11190|3730|2870|2880"),
    "ol_n2": ("Oliebollen Batter Temp (C)", "299.5|363.5|170.5|300|364|85|267|364.5|728|234.5|299|235.5|171|170|235"),
    "ol_v": ("Oliebollen Stall Takings", "928|420|no entry|903|1088||111|984|723|1117|#N/A|1061|539|602"),
    "ol_t": ("Oliebollen Topping",
            "Wild Apple Reserve|Orchid|Classic Apple|Hazel|Apple Blend|Lantern|Raisin|Apple|Willow|Double Raisin|"
            "Old Raisin Mix|Raisin Special"),
    "ol_d": ("Oliebollen Batch Date",
            "2023-10-02|2024-06-10|2024-06-14|2024-06-12|2024-07-27|2024-09-18|2024-06-13|2024-06-01|2024-06-11|"
            "2024-05-23|2024-06-27|2024-06-19|2024-06-03|2024-06-07"),
    "ol_k": ("Oliebollen Tray Label",
            "|OL-18|OL-50|OL-50| |OL-87|OL-95|OL-30|OL-30|OL-95|OL-70|OL-29|OL-39|OL-87|OL-29"),
    "ba_n1": ("Bannock Loaves Baked", "120|147|149|134|94|93|444|92|32|121|148|122|107"),
    "ba_n2": ("Bannock Dough Weight (kg)", "7.5|19|7|16.5|15.5|16|11.5|14|4|8|20|12|12.5|19.5|39"),
    "ba_v": ("Bannock Orders Taken", "|90|100|71|#N/A|13|42|28|89|91|48|15|47|injured"),
    "ba_t": ("Bannock Flour Type",
            "Oat Reserve|Thistle|Spiced Oat Extra|Classic Oat|Ember|Hazel|Blue Corn Special|Meadow|"
            "Junior Blue Corn|Oat|Blue Corn|Light Blue Corn Style"),
    "ba_d": ("Bannock Bake Date",
            "2024-09-24|2024-06-07|2024-06-14|2024-06-13|2024-06-12|2024-07-13|2024-06-10|2024-06-01|2024-06-28|"
            "2024-06-11|2024-06-21|2024-05-22|2024-06-02|2023-10-03"),
    "la_n1": ("Lamington Squares Iced", "4720|4386|1240|3700|4376|5062|3720|5072|4040|4396|15210|3710|5082"),
    "la_n2": ("Lamington Coconut Used (kg)", "10|45|14|16|18|19|22|22.5|9.5|14.5|5|9|13.5|18.5|23"),
    "la_v": ("Lamington Wholesale Orders", "30|82|#N/A|closed|101|88|73|90|99|52|66|18||61"),
    "la_t": ("Lamington Filling",
            "Raspberry Special|Wild Raspberry Batch|Lantern|Cream|Mixed Cream Mix|Cream Extra|Granite|"
            "Double Cream|Classic Raspberry|Raspberry|Falcon|Cobalt"),
    "la_d": ("Lamington Delivery Date",
            "2024-06-02|2024-06-13|2024-06-07|2024-06-26|2024-06-12|2024-06-01|2024-06-11|2024-05-17|2024-07-15|"
            "2023-02-14|2024-06-10|2024-09-08|2024-06-14|2024-06-18"),
    "la_k": ("Lamington Order Ref", "LA-70|LA-13|LA-62| |LA-91|LA-96|LA-91|LA-70||LA-34|LA-34|LA-62|LA-41|LA-94|LA-94"),
    "sa_n1": ("Sarod Practice Minutes", "66|65|83|81|17|49|74|57|67|82|246|48|50"),
    "sa_n2": ("Sarod Lesson Fee (USD)", "113|27|36.5|26.5|56|47|26|37|46.5|47.5|56.5|13|42|37.5|57"),
    "sa_v": ("Sarod Recital Marks", "144|#N/A|45|102|22|111|156|137|158|25|115|withdrawn||122"),
    "sa_t": ("Sarod Raga Studied",
            "Mixed Bhairavi Style|Bhairavi|Marble|Willow|Yaman Extra|Light Yaman Mix|Spiced Yaman|"
            "Bhairavi Reserve|Summit|Yaman|Falcon|Old Bhairavi"),
    "sa_d": ("Sarod Recital Date",
            "2024-06-13|2024-07-24|2024-06-10|2024-06-12|2024-06-11|2024-06-17|2024-06-02|2024-06-14|2023-09-22|"
            "2024-09-02|2024-05-20|2024-06-28|2024-06-07|2024-06-01"),
    "sa_k": ("Sarod Pupil Code", "SA-34|SA-36|SA-35| |SA-32|SA-73|SA-72|SA-34||SA-68|SA-36|SA-38|SA-32|SA-38|SA-73"),
    "sn_n1": ("Santoor Bridges Tuned", "40|25|36|9|30|45|34|24|44|135|35|26|46"),
    "sn_n2": ("Santoor Hammer Weight (g)", "23|35|15|28.5|35.5|22|15.5|22.5|14.5|26|29.5|71|7.5|29|36"),
    "sn_v": ("Santoor Concert Tickets", "38|207|273|145|299|75|159|167|#N/A|179|on leave|196||93"),
    "sn_t": ("Santoor Piece Mood",
            "Light Kafi|Pepper|Ember|Juniper|Orchid|Kafi Blend|Pahadi Batch|Pahadi|Double Pahadi|"
            "Wild Pahadi Plus|Kafi|Junior Kafi Reserve"),
    "sn_d": ("Santoor Concert Date",
            "2024-05-27|2024-06-01|2024-06-26|2024-06-13|2024-06-12|2024-06-07|2023-04-03|2024-06-11|2024-06-14|"
            "2024-06-05|2024-09-03|2024-06-10|2024-07-14|2024-06-19"),
    "sn_k": ("Santoor Seat Tag", "SN-58|SN-14|SN-67|SN-14| |SN-36|SN-67||SN-48|SN-77|SN-36|SN-58|SN-33|SN-28|SN-33"),
    "bz_n1": ("Bouzouki Gigs Played", "31|24|93|32|6|23|17|15|16|30|22|27|19"),
    "bz_n2": ("Bouzouki Set Length (min)", "88.5|40.5|41.5|89|57|41|57.5|56.5|178|65|73.5|20.5|89.5|72.5|73"),
    "bz_v": ("Bouzouki Tips Collected", "614||273|148|165|441|563|no entry|#N/A|104|222|310|365|349"),
    "bz_t": ("Bouzouki Song Type",
            "Laiko Blend|Junior Laiko|Classic Rebetiko|Rebetiko Style|Lantern|Copper|Spiced Laiko Special|"
            "Rebetiko|Old Rebetiko Extra|Hazel|Willow|Laiko"),
    "bz_d": ("Bouzouki Gig Date",
            "2024-07-06|2024-06-11|2024-06-20|2024-06-27|2023-04-22|2024-06-05|2024-06-13|2024-05-28|2024-06-07|"
            "2024-09-16|2024-06-01|2024-06-14|2024-06-12|2024-06-10"),
    "bz_k": ("Bouzouki Player Code",
            "BZ-78|BZ-70||BZ-69|BZ-79|BZ-69|BZ-85|BZ-85|BZ-41|BZ-75| |BZ-79|BZ-78|BZ-24|BZ-24"),
    "ch_n1": ("Charango Bodies Carved", "57|45|51|39|50|63|192|64|52|40|14|38|65"),
    "ch_n2": ("Charango Scale Length (cm)", "35|34|34.5|60|59|73|146|17|47.5|59.5|53|72.5|47|46.5|73.5"),
    "ch_v": ("Charango Sale Price", "injured|1073|473|479|293|1305|#N/A|513|600|1297|1093||285|1381"),
    "ch_t": ("Charango Wood",
            "Spiced Cedar|Walnut Plus|Walnut|Willow|Cedar Special|Cedar|Classic Walnut Reserve|Lantern|Granite|"
            "Falcon|Light Cedar Mix|Old Walnut"),
    "ch_d": ("Charango Finish Date",
            "2024-06-13|2024-06-12|2024-06-01|2024-06-02|2024-06-11|2024-06-19|2024-06-29|2024-05-06|2024-06-10|"
            "2024-09-23|2023-02-13|2024-06-14|2024-06-07|2024-07-20"),
    "ch_k": ("Charango Serial Code",
            "CH-28|CH-92|CH-72|CH-40|CH-93|CH-93|CH-70|CH-86|CH-72|| |CH-86|CH-70|CH-29|CH-92"),
    "kn_n1": ("Kantele Rehearsal Attendance", "43|31|37|33|52|47|32|53|156|41|51|11|42"),
    "kn_n2": ("Kantele Concert Length (min)", "70|70.5|71|108|108.5|107.5|50.5|51.5|89|25.5|80|88.5|89.5|216|51"),
    "kn_v": ("Kantele Donations", "61|672||529|212|726|367|159|241|214|231|closed|456|#N/A"),
    "kn_t": ("Kantele Voice Part",
            "Mixed Alto Mix|Wild Tenor Reserve|Tenor|Juniper|Alto Special|Falcon|Alto|Old Tenor|Double Alto|"
            "Tenor Extra|Willow|Hazel"),
    "kn_d": ("Kantele Rehearsal Date",
            "2024-06-13|2024-07-23|2024-06-07|2024-06-14|2024-06-19|2024-06-01|2024-06-10|2024-06-12|2023-05-05|"
            "2024-06-11|2024-05-26|2024-06-27|2024-06-04|2024-09-24"),
    "kn_k": ("Kantele Singer Code", "KN-80|KN-31|KN-57|KN-57|KN-63|KN-34|KN-23|KN-34|KN-63||KN-23|KN-80| |KN-38|KN-74"),
    "ca_n1": ("Cajon Beats per Minute", "104|173|172|171|103|120|516|102|155|139|137|35|138"),
    "ca_n2": ("Cajon Session Hours", "3.5|2|10|4.5|2.5|7|1|9.5|5|1.5|9|19|4|6.5|6"),
    "ca_v": ("Cajon Circle Attendance", "withdrawn||#N/A|40|12|41|26|22|69|23|43|54|59|65"),
    "ca_t": ("Cajon Rhythm Name",
            "Rumba Batch|Ember|Light Rumba|Bulerias Special|Junior Bulerias Mix|Rumba|Bulerias|Copper|"
            "Wild Bulerias|Saffron|Spiced Rumba Plus|Granite"),
    "ca_d": ("Cajon Session Date",
            "2024-06-14|2024-06-19|2024-06-01|2024-07-05|2024-06-12|2023-10-20|2024-05-12|2024-06-04|2024-09-17|"
            "2024-06-13|2024-06-07|2024-06-11|2024-06-28|2024-06-10"),
    "ca_k": ("Cajon Drum Tag", "CA-64||CA-87|CA-55|CA-55|CA-19|CA-92|CA-64|CA-27|CA-87| |CA-63|CA-13|CA-92|CA-19"),
    "lo_n1": ("Longan Crates Picked", "3760|1090|5300|3250|5310|5320|4790|3260|4280|4270|15930|4290|3240"),
    "lo_n2": ("Longan Brix Reading", "17.5|39|25|32|8.5|16.5|31.5|28|24|32.5|17|38.5|24.5|78|39.5"),
    "lo_v": ("Longan Tree Yield (kg)", "234|190|239|95|on leave|120|#N/A||89|152|249|198|45|142"),
    "lo_t": ("Longan Grade Label",
            "Export Blend|Orchid|Export|Dried Special|Light Dried Mix|Mixed Export|Double Export Plus|Hazel|"
            "Willow|Spiced Dried|Copper|Dried"),
    "lo_d": ("Longan Harvest Date",
            "2023-10-05|2024-06-26|2024-05-21|2024-07-04|2024-06-02|2024-06-17|2024-06-11|2024-06-07|2024-06-14|"
            "2024-09-03|2024-06-10|2024-06-01|2024-06-12|2024-06-13"),
    "lo_k": ("Longan Tree Tag", "LO-65|LO-59|LO-81|LO-47|LO-87|LO-80|LO-77|LO-77|LO-59|LO-80| |LO-22||LO-22|LO-87"),
    "pi_n1": ("Pitaya Flowers Open", "78|77|20|98|58|57|68|88|59|79|297|99|100"),
    "pi_n2": ("Pitaya Fruit Weight (g)", "546.5|311.5|155.5|428|546|428.5|664|547|429|1329|665|664.5|311|310.5|487.5"),
    "pi_v": ("Pitaya Row Harvest (kg)", "229|270|no entry|174|170|110||274|#N/A|244|139|387|297|219"),
    "pi_t": ("Pitaya Variety",
            "Spiced Red Jaina|Yellow|Lantern|Red Jaina Reserve|Yellow Mix|Orchid|Willow|Junior Yellow Extra|"
            "Mixed Red Jaina Batch|Red Jaina|Ember|Double Yellow"),
    "pi_d": ("Pitaya Pollination Date",
            "2024-06-01|2024-06-12|2023-03-10|2024-06-11|2024-06-13|2024-06-02|2024-06-10|2024-06-27|2024-05-05|"
            "2024-07-29|2024-06-14|2024-06-07|2024-09-17|2024-06-19"),
    "pi_k": ("Pitaya Post Number", "PI-57|PI-70|PI-39|PI-83|| |PI-40|PI-40|PI-39|PI-35|PI-70|PI-83|PI-72|PI-67|PI-72"),
    "te_n1": ("Tequenos Sold", "279|252|172|173|278|199|58|227|225|280|226|837|174"),
    "te_n2": ("Tequeno Cheese Used (kg)", "6|6.5|9|12|4|3.5|2|8.5|7.5|24|4.5|11.5|12.5|5.5|9.5"),
    "te_v": ("Tequeno Stand Takings", "#N/A|1018|932|141|569|737|injured|620|755|599|882|177|1089|"),
    "te_t": ("Tequeno Dip",
            "Old Nata|Juniper|Wild Guasacaca Reserve|Hazel|Nata Extra|Classic Guasacaca|Copper|Light Nata Style|"
            "Nata|Guasacaca|Guasacaca Special|Granite"),
    "te_d": ("Tequeno Event Date",
            "2024-06-07|2024-06-01|2024-06-05|2024-06-14|2024-06-12|2024-09-16|2024-06-10|2024-06-13|2023-02-18|"
            "2024-05-07|2024-06-25|2024-06-11|2024-07-24|2024-06-20"),
    "te_k": ("Tequeno Order Code", "TE-41|TE-44|TE-38|TE-22||TE-24|TE-91|TE-14|TE-44|TE-14|TE-91|TE-38| |TE-22|TE-19"),
    "ma_n1": ("Mandazi Dough Balls", "334|254|416|417|294|85|415|336|1248|252|335|253|375"),
    "ma_n2": ("Mandazi Oil Temp (C)", "261|166.5|166|355.5|710|229|230|229.5|83|292.5|355|354.5|292|167|291.5"),
    "ma_v": ("Mandazi Orders", "75|77|21|33|43|71|closed|67|91|68|86||#N/A|35"),
    "ma_t": ("Mandazi Flavour",
            "Coconut Blend|Light Cardamom Plus|Cardamom Mix|Coconut|Cardamom|Old Cardamom|Summit|Wild Coconut|"
            "Juniper|Willow|Mixed Coconut Special|Pepper"),
    "ma_d": ("Mandazi Market Date",
            "2024-06-12|2023-08-06|2024-06-14|2024-06-13|2024-05-26|2024-06-04|2024-09-10|2024-07-22|2024-06-20|"
            "2024-06-11|2024-06-07|2024-06-26|2024-06-01|2024-06-10"),
    "ma_k": ("Mandazi Vendor Code", "MA-63|MA-92||MA-16|MA-16|MA-63|MA-50|MA-41|MA-18|MA-95| |MA-71|MA-92|MA-18|MA-71"),
}

ENTRIES = _joined(r"""
Scene 22. INT. DINER - NIGHT. YUKI (to the clerk) Mark every Santoor Piece Mood value opening with "Pahadi".
    | TextStartsWith("Pahadi") | sn_t | screenplay | quoted
Rx #42590 Sig: shade cells in the Oliebollen Topping column ending with "Apple". Refills: 3.
    | TextEndsWith("Apple") | ol_t | prescription | quoted | column-word
In 180 m, turn left onto Kings Parade. Then tint any Santoor Concert Tickets cell higher than the average.
    | AboveAverage() | sn_v | navigation
FOR SALE: camper van, 2010 model, 88599 miles, $866 ono. Colour the "Tequeno Stand Takings" cells within the top 40
    + percent. Call 555-0154 after 6. | TopPercent(40) | te_v | classified | quoted | superlative
FADE IN: EXT. FERRY DECK - DAWN. NADIA squints at the laptop. NADIA: Mark the values under Charango Bodies Carved of 39
    + or lower. | LessThanEqual(39) | ch_n1 | screenplay | boundary
Pharmacy label for A. Lindqvist. Qty: 74. Refills: 5. Sig: Tnit the Kurash Throws Scored entries topping 28.
    | GreaterThan(28) | ku_n1 | prescription | typo
Take exit 8 toward A21. Flag all Cajon Session Date values from last week. Continue for 4.3 miles.
    | LastWeek() | ca_d | navigation | date
WANTED: someone to mark the values under Mandazi Vendor Code not blank. Pay $41. No time-wasters. (box 16)
    | NotBlanks() | ma_k | classified | negation
RUFUS (V.O.) The Longan Grade Label entries saying Dried and nothing else should be tinted. CUT TO:
    | TextEquals("Dried") | lo_t | screenplay
Dr. Halvorsen writes: take 2 tablets twice daily for 7 days, and bold cells in the Lethwei Hand Wrap Length (m) column
    + between 6.5 and 11, counting 6.5 and 11 themselves. Dispense as written.
    | Between(6.5, 11) | le_n2 | prescription | column-word | boundary | range
Recalculating... Color Gatka Shield Code cells with something filled in. Arrive in 7 min.
    | NotBlanks() | ga_k | navigation | negation
LOST: hatchback near the market. If found, call 555-0146. Also, tint the Longan Grade Label entries containing Export.
    | TextContains("Export") | lo_t | classified
INT. NEWSROOM - DAY. Page 117. DEV (whispering) Bold cells in the Tequeno Order Code column with something filled in,
    + before anyone sees. | NotBlanks() | te_k | screenplay | negation | column-word
Rx #73131. The "Kyykka Season Points" cells in the bottom 10% should be bolded. Sig: take 14 ml every 8 hours. Qty: 128
    + ml. | BottomPercent(10) | ky_v | prescription | quoted | superlative
Continue on B301 for 2.7 km, then flag the "Sarod Recital Date" cells from yesterday. In 281 m, keep right.
    | Yesterday() | sa_d | navigation | quoted | date
Every Kantele Donations value ranked in the top three should be shaded. FOR SALE: road bike, $395 ono, pick-up only.
    + (box 77) | Top(3) | kn_v | classified | number-words | superlative
KEMI: The values under Santoor Hammer Weight (g)... (beat) the ones less than 15 or more than 22.5 -- highlight those.
    + NADIA: Got it. | OR(LessThan(15), GreaterThan(22.5)) | sn_n2 | screenplay | compound
Sig: Any Tequeno Event Date cell -- the ones from last month -- shade those. Refills: 3. Dr. Okonkwo
    | LastMonth() | te_d | prescription | date
Cells in the Bokator Bout Date column due next week should be coloured. In 604 feet, turn right onto Mill Road. Arrive
    + in 23 min. | NextWeek() | bo_d | navigation | column-word | date
WANTED: Every Bokator Fighter ID value... the ones left blank -- tint those. Call 555-0129 after 7. No time-wasters.
    | Blanks() | bo_k | classified
CUT TO: INT. DINER - LATER. KEMI slams the folder down. KEMI: Tint every Silat Jurus Performed value not above 34!
    | NOT(GreaterThan(34)) | pe_n1 | screenplay | negation
Dispense as written: Flag Gatka Display Date cells due next week. Amoxicillin 477 mg, Qty: 53, Refills: 1.
    | NextWeek() | ga_d | prescription | date
AT THE ROUNDABOUT, TAKE THE 2ND EXIT ONTO ROUTE 65. EACH BOKATOR KRAMA POINTS ENTRY -- MARK THE ONES WITH AN ERROR IN
    + THEM. | Errors() | bo_v | navigation | odd-case
FOR SALE: sofa bed, 2019, 43441 km, $826 or best offer -- and tint the values under Lamington Squares Iced of 3,710 or
    + higher. (box 72) | GreaterThanEqual(3710) | la_n1 | classified | number-format | boundary
Page 5, scene 24: CORMAC (into the phone) I need you to highlight each Kyykka Season Points entry in the top 3. (hangs
    + up) | Top(3) | ky_v | screenplay | superlative
Patient S. Moreau, Omeprazole 166 mg. Sig: bold any Pitaya Pollination Date cell from last week, then take 2 capsules at
    + bedtime. | LastWeek() | pi_d | prescription | date
Sat-nav says: Highlight each Santoor Hammer Weight (g) entry outside 15 to 29. Then merge onto M53 in 6.9 miles.
    | NotBetween(15, 29) | sn_n2 | navigation | negation | boundary | range
Classifieds, box 36: Put data bars on the Bouzouki Tips Collected entries. Genuine buyers only, $553 ono.
    | DataBar() | bz_v | classified | visual
NADIA: So what do we do with the sheet? KEMI: Add a color scale to any Longan Tree Yield (kg) cell. NADIA: On it. FADE
    + OUT. | ColorScale() | lo_v | screenplay | visual
Refills: 4. Qty: 10. Rx #20159. Note from the pharmacist: bold the Kantele Rehearsal Date entries from last week,
    + please. | LastWeek() | kn_d | prescription | date
Arrive in 40 min. Before that, colour any Bouzouki Song Type cell ending in Laiko. Turn left onto Kings Parade.
    | TextEndsWith("Laiko") | bz_t | navigation
FREE TO GOOD HOME: ROAD BIKE. PICK-UP ONLY. P.S. PUT A COLOUR SCALE ON THE KANTELE DONATIONS ENTRIES. CALL 555-0169.
    | ColorScale() | kn_v | classified | odd-case | visual
EXT. HOSPITAL CORRIDOR - NIGHT. Rain. ODILE (O.S.) The Oliebollen Stall Takings entries holding an error value like #N/A
    + should be flagged! SMASH CUT TO: Scene 18. | Errors() | ol_v | screenplay
Ibuprofen 29 mg/7 ml oral solution, Sig: 5 ml at night. Also on the script: the values under Sarod Recital Date dated
    + tomorrow should be shaded. | Tomorrow() | sa_d | prescription | date
In 4.1 miles, take exit 22. Recalculating... All Lethwei Rounds Fought values: the ones other than 12 -- tint those.
    | NotEquals(12) | le_n1 | navigation | negation
WANTED: lawn mower in good nick, up to $732. While you're here, flag the Sarod Lesson Fee (USD) entries greater than 47
    + and less than 56.5. (box 97) | AND(GreaterThan(47), LessThan(56.5)) | sa_n2 | classified | compound
50 INT. MOTEL ROOM - CONTINUOUS. NADIA (reading the sheet) Any Bokator Bout Date cell? (beat) the ones from yesterday --
    + colour those. | Yesterday() | bo_d | screenplay | date
Prescribed by Dr. Halvorsen for R. Mendes: Mark the "Bouzouki Player Code" cells showing up twice or more. Take with
    + food. Refills: 1. | Duplicates() | bz_k | prescription | quoted
M26 closed ahead. Recalculating... mark the "Lethwei Fight Date" cells from yesterday, then continue for 517 m.
    | Yesterday() | le_d | navigation | quoted | date
FOR SALE: road bike, barely used, $644. The Mandazi Market Date entries? the ones in the last 7 days -- color those.
    + Call after 5. | Last7Days() | ma_d | classified | date
Rx #31742 for R. Mendes: Cells in the Tequeno Cheese Used (kg) column? highlight the ones below 4 or above 9. Qty: 35,
    + no refills. | OR(LessThan(4), GreaterThan(9)) | te_n2 | prescription | compound | column-word
Keep left at the fork for Route 17. Any Charango Finish Date cell dated tomorrow should be colored. Your destination is
    + on the right. | Tomorrow() | ch_d | navigation | date
SWAP: sofa bed for a chest freezer. The "Kurash Tournament Date" cells falling this month should be highlighted. Serious
    + offers only, (box 29). | ThisMonth() | ku_d | classified | quoted | date
NADIA (beat, then quietly) Colour all Silat Exam Date values from last month. DEV (V.O.) And then? NADIA: That's all.
    + CUT TO: | LastMonth() | pe_d | screenplay | date
Rx #27517 Sig: shade each Bannock Orders Taken entry showing an error. Refills: 3. | Errors() | ba_v | prescription
In 694 m, turn left onto Mill Road. Then bold every Bokator Bout Date value in next month.
    | NextMonth() | bo_d | navigation | date
FOR SALE: walnut piano, 2009 model, 23926 miles, $203 ono. Bold each Pitaya Flowers Open entry below 78. Call 555-0116
    + after 8. | LessThan(78) | pi_n1 | classified
Scene 44. INT. SCHOOL GYM - NIGHT. ODILE (to the clerk) Color the Kurash Ranking Points entries below the average.
    | BelowAverage() | ku_v | screenplay
Pharmacy label for T. Brennan. Qty: 38. Refills: 1. Sig: Flag any Bokator Krama Colour cell mentioning Indigo.
    | TextContains("Indigo") | bo_t | prescription
Take exit 5 toward A92. Shade Mandazi Dough Balls cells not above 335. Continue for 4.7 miles.
    | NOT(GreaterThan(335)) | ma_n1 | navigation | negation
WANTED: someone to flag any Pitaya Flowers Open cell standing at exactly 78. Pay $55. No time-wasters. (box 63)
    | Equals(78) | pi_n1 | classified
FADE IN: EXT. WAREHOUSE OFFICE - DAWN. BRANKO squints at the laptop. BRANKO: Tint the "Oliebollen Batch Date" cells due
    + next week. | NextWeek() | ol_d | screenplay | quoted | date
Dr. Ferreira writes: take 2 tablets twice daily for 7 days, and flag any Bannock Flour Type cell finishing with "Oat".
    + Dispense as written. | TextEndsWith("Oat") | ba_t | prescription | quoted
Recalculating... Flag every Lethwei Rounds Fought value beneath 19. Arrive in 28 min.
    | LessThan(19) | le_n1 | navigation
LOST: mountain bike near the market. If found, call 555-0125. Also, put an icon set on the Cajon Circle Attendance
    + entries. | IconSet() | ca_v | classified | visual
YUKI (V.O.) Any Silat Style Taught cell finishing with "Harimau" should be flagged. CUT TO:
    | TextEndsWith("Harimau") | pe_t | screenplay | quoted
Rx #31759. Any Lethwei Fight Date cell from last month should be highlighted. Sig: take 15 ml every 6 hours. Qty: 193
    + ml. | LastMonth() | le_d | prescription | date
Continue on I-78 for 8.7 km, then tint the "Pitaya Pollination Date" cells from last month. In 725 m, keep right.
    | LastMonth() | pi_d | navigation | quoted | date
CHARANGO SERIAL CODE CELLS OCCURRING JUST ONCE SHOULD BE TINTED. FOR SALE: SOLID OAK DRESSER, $219 ONO, PICK-UP ONLY.
    + (BOX 89) | Unique() | ch_k | classified | odd-case
INT. FERRY DECK - DAY. Page 97. MAYA (whispering) Tint Santoor Concert Tickets cells ranked in the top 5, before anyone
    + sees. | Top(5) | sn_v | screenplay | superlative
Sig: Every Santoor Piece Mood value -- the ones not ending with "Pahadi" -- color those. Refills: 1. Dr. Ferreira
    | NOT(TextEndsWith("Pahadi")) | sn_t | prescription | negation | quoted
Cells in the Kalari Grading Date column from last month should be shaded. In 570 feet, turn right onto Mill Road. Arrive
    + in 42 min. | LastMonth() | ka_d | navigation | column-word | date
WANTED: The "Gatka Display Date" cells... the ones falling this week -- shade those. Call 555-0153 after 9. No
    + time-wasters. | ThisWeek() | ga_d | classified | quoted | date
ILYA: Oliebollen Topping cells... (beat) colour the ones starting with "Raisin". MAYA: Got it.
    | TextStartsWith("Raisin") | ol_t | screenplay | quoted
Dispense as written: Colour Lethwei Fight Earnings cells in the lowest 30%. Cetirizine 326 mg, Qty: 75, Refills: 2.
    | BottomPercent(30) | le_v | prescription | superlative
At the roundabout, take the 2nd exit onto M8. The Charango Sale Price entries -- an icon set on those.
    | IconSet() | ch_v | navigation | visual
FOR SALE: hatchback, 2018, 66371 km, $452 or best offer -- and flag all Santoor Hammer Weight (g) values more than 22.5
    + yet less than 35.5. (box 58) | AND(GreaterThan(22.5), LessThan(35.5)) | sn_n2 | classified | compound
CUT TO: INT. NEWSROOM - LATER. CORMAC slams the folder down. CORMAC: Shade the "Oliebollen Batter Temp (C)" cells more
    + than 235 yet less than 364! | AND(GreaterThan(235), LessThan(364)) | ol_n2 | screenplay | quoted | compound
Patient T. Brennan, Prednisolone 289 mg. Sig: mark every Mandazi Dough Balls value different from 335, then take 4
    + capsules at bedtime. | NotEquals(335) | ma_n1 | prescription | negation
Sat-nav says: Tint the Cajon Session Hours entries less than 2 or more than 4. Then merge onto A77 in 6.8 miles.
    | OR(LessThan(2), GreaterThan(4)) | ca_n2 | navigation | compound
Classifieds, box 88: Color each Bannock Loaves Baked entry more than 148. Genuine buyers only, $419 ono.
    | GreaterThan(148) | ba_n1 | classified
Page 83, scene 80: CORMAC (into the phone) I need you to flag the values under Mandazi Market Date falling this month.
    + (hangs up) | ThisMonth() | ma_d | screenplay | date
Refills: 5. Qty: 29. Rx #73308. Note from the pharmacist: mark every Lamington Order Ref value repeated in the column,
    + please. | Duplicates() | la_k | prescription | column-word
Arrive in 14 min. Before that, colr each Longan Tree Yield (kg) entry in the top 3. Turn left onto Kings Parade.
    | Top(3) | lo_v | navigation | typo | superlative
FREE TO GOOD HOME: chest freezer. Pick-up only. P.S. bold Lethwei Fight Earnings cells holding an error value like #N/A.
    + Call 555-0142. | Errors() | le_v | classified
KEMI: So what do we do with the sheet? TESS: Color each Silat Exam Date entry from yesterday. KEMI: On it. FADE OUT.
    | Yesterday() | pe_d | screenplay | date
Loratadine 18 mg/8 ml oral solution, Sig: 12 ml at night. Also on the script: each Pitaya Flowers Open entry different
    + from 99 should be colored. | NotEquals(99) | pi_n1 | prescription | negation
In 4.1 miles, take exit 15. Recalculating... All Kurash Ranking Points values: the ones not showing an error -- color
    + those. | NotErrors() | ku_v | navigation | negation
WANTED: solid oak dresser in good nick, up to $617. While you're here, color each Pitaya Row Harvest (kg) entry in the
    + highest 25%. (box 39) | TopPercent(25) | pi_v | classified | superlative
EXT. RECORD SHOP - NIGHT. Rain. NADIA (O.S.) The "Bouzouki Gigs Played" cells no less than 16 should be coloured! SMASH
    + CUT TO: Scene 83. | GreaterThanEqual(16) | bz_n1 | screenplay | quoted | boundary | polarity
M34 closed ahead. Recalculating... colour the "Lamington Coconut Used (kg)" cells falling outside 9.5 to 18.5, then
    + continue for 362 m. | NotBetween(9.5, 18.5) | la_n2 | navigation | negation | quoted | boundary | range
FOR SALE: solid oak dresser, barely used, $333. Every Silat Exam Date value? the ones falling on today's date --
    + highlight those. Call after 7. | Today() | pe_d | classified | date
84 INT. SCHOOL GYM - CONTINUOUS. SOL (reading the sheet) Any Kantele Voice Part cell? (beat) the ones finishing with
    + "Tenor" -- tint those. | TextEndsWith("Tenor") | kn_t | screenplay | quoted
Prescribed by Dr. Abbott for J. Okafor: Add a color scale to the values under Charango Sale Price. Take with food.
    + Refills: 4. | ColorScale() | ch_v | prescription | visual
Keep left at the fork for B413. Any Pitaya Row Harvest (kg) cell should get data bars. Your destination is on the right.
    | DataBar() | pi_v | navigation | visual
SWAP: HATCHBACK FOR A ROAD BIKE. ALL KURASH RANKING POINTS VALUES ABOVE THE AVERAGE SHOULD BE MARKED. SERIOUS OFFERS
    + ONLY, (BOX 71). | AboveAverage() | ku_v | classified | odd-case
YUKI (beat, then quietly) Bold the Bokator Krama Points entries in the top 40%. RUFUS (V.O.) And then? YUKI: That's all.
    + CUT TO: | TopPercent(40) | bo_v | screenplay | superlative
Rx #13501 for R. Mendes: The values under Kalari Weapon Style? the ones not containing "Otta" -- mark those. Qty: 47, no
    + refills. | TextNotContains("Otta") | ka_t | prescription | negation | quoted
In 782 m, turn left onto Harbour Road. Then tint any Charango Scale Length (cm) cell under 34.5 or over 47.
    | OR(LessThan(34.5), GreaterThan(47)) | ch_n2 | navigation | compound
WANTED: someone to tint every Kyykka Match Date value falling this month. Pay $24. No time-wasters. (box 64)
    | ThisMonth() | ky_d | classified | date
Scene 66. INT. RECORD SHOP - NIGHT. YUKI (to the clerk) Shdae the values under Lethwei Corner Name containing "Tiger".
    | TextContains("Tiger") | le_t | screenplay | typo | quoted
Rx #73543 Sig: tint any Cajon Beats per Minute cell different from 103. Refills: 1.
    | NotEquals(103) | ca_n1 | prescription | negation
Take exit 12 toward B757. Put a colour scale on the Oliebollen Stall Takings entries. Continue for 6.7 miles.
    | ColorScale() | ol_v | navigation | visual
LOST: lawn mower near the market. If found, call 555-0176. Also, highlight all Kyykka Team Division values containing
    + Karelia. | TextContains("Karelia") | ky_t | classified
FADE IN: EXT. RECORD SHOP - DAWN. SOL squints at the laptop. SOL: Mark Charango Bodies Carved cells beneath 39.
    | LessThan(39) | ch_n1 | screenplay
Pharmacy label for L. Petrov. Qty: 41. Refills: 2. Sig: Colour the Bouzouki Tips Collected entries below the average.
    | BelowAverage() | bz_v | prescription
Recalculating... Colour the Longan Harvest Date entries in the last 7 days. Arrive in 25 min.
    | Last7Days() | lo_d | navigation | date
Mandazi Dough Balls cells standing at exactly 335 should be marked. FOR SALE: chest freezer, $288 ono, pick-up only.
    + (box 88) | Equals(335) | ma_n1 | classified
ILYA (V.O.) The "Gatka Display Marks" cells within the top 25 percent should be flagged. CUT TO:
    | TopPercent(25) | ga_v | screenplay | quoted | superlative
Dr. Ferreira writes: take 3 tablets twice daily for 8 days, and colour the Oliebollen Batch Date entries falling on
    + today's date. Dispense as written. | Today() | ol_d | prescription | date
Continue on Route 9 for 1.9 km, then mark Kurash Mat Referee cells beginning with Rustam. In 338 m, keep right.
    | TextStartsWith("Rustam") | ku_t | navigation
WANTED: The values under Lamington Squares Iced... the ones lower than 4,386 -- tint those. Call 555-0147 after 6. No
    + time-wasters. | LessThan(4386) | la_n1 | classified | number-format
INT. SCHOOL GYM - DAY. Page 94. CORMAC (whispering) Bold any Lamington Filling cell beginning with Raspberry, before
    + anyone sees. | TextStartsWith("Raspberry") | la_t | screenplay
Rx #59192. The "Bouzouki Gigs Played" cells lower than sixteen should be highlighted. Sig: take 17 ml every 5 hours.
    + Qty: 128 ml. | LessThan(16) | bz_n1 | prescription | number-words | quoted
The Cajon Beats per Minute entries at 103 or below should be colored. In 752 feet, turn right onto Station Avenue.
    + Arrive in 9 min. | LessThanEqual(103) | ca_n1 | navigation | boundary
Classifieds, box 80: Color cells in the Santoor Concert Date column falling on today's date. Genuine buyers only, $374
    + ono. | Today() | sn_d | classified | column-word | date
BRANKO: The values under Lethwei Fight Date... (beat) the ones in next month -- tint those. YUKI: Got it.
    | NextMonth() | le_d | screenplay | date
Sig: The values under Oliebollen Fried -- colur the ones not over 2,870. Refills: 4. Dr. Nakamura
    | NOT(GreaterThan(2870)) | ol_n1 | prescription | typo | negation | number-format
At the roundabout, take the 4th exit onto A24. Every Sarod Lesson Fee (USD) value -- bold the ones below 26.5 or above
    + 47. | OR(LessThan(26.5), GreaterThan(47)) | sa_n2 | navigation | compound
FREE TO GOOD HOME: chest freezer. Pick-up only. P.S. colour every Bouzouki Set Length (min) value outside the range 41
    + to 57. Call 555-0120. | NotBetween(41, 57) | bz_n2 | classified | negation | boundary | range
CUT TO: INT. PARKING GARAGE - LATER. NADIA slams the folder down. NADIA: Add an icon set to cells in the Kantele
    + Donations column! | IconSet() | kn_v | screenplay | column-word | visual
Dispense as written: Shade all Oliebollen Stall Takings values above average. Omeprazole 575 mg, Qty: 56, Refills: 6.
    | AboveAverage() | ol_v | prescription
SAT-NAV SAYS: PUT DATA BARS ON ALL CHARANGO SALE PRICE VALUES. THEN MERGE ONTO I-62 IN 2.9 MILES.
    | DataBar() | ch_v | navigation | odd-case | visual
WANTED: camper van in good nick, up to $255. While you're here, highlight Santoor Concert Date cells from the last 7
    + days. (box 35) | Last7Days() | sn_d | classified | date
Page 63, scene 4: BRANKO (into the phone) I need you to shade each Bannock Flour Type entry not ending with "Blue Corn".
    + (hangs up) | NOT(TextEndsWith("Blue Corn")) | ba_t | screenplay | negation | quoted
Patient S. Moreau, Loratadine 507 mg. Sig: colour the values under Kurash Tournament Date falling on today's date, then
    + take 2 capsules at bedtime. | Today() | ku_d | prescription | date
Arrive in 9 min. Before that, add a color scale to every Bannock Orders Taken value. Turn left onto Station Avenue.
    | ColorScale() | ba_v | navigation | visual
FOR SALE: solid oak dresser, barely used, $818. The Cajon Rhythm Name entries? the ones equal to the text "Bulerias" --
    + flag those. Call after 6. | TextEquals("Bulerias") | ca_t | classified | quoted
DEV: So what do we do with the sheet? CORMAC: Mark the "Bokator Krama Points" cells in the bottom 20%. DEV: On it. FADE
    + OUT. | BottomPercent(20) | bo_v | screenplay | quoted | superlative
Refills: 4. Qty: 61. Rx #56225. Note from the pharmacist: bold the values under Kalari Student Code left blank, please.
    | Blanks() | ka_k | prescription
SWAP: walnut piano for a chest freezer. The Charango Wood entries ending with "Cedar" should be highlighted. Serious
    + offers only, (box 52). | TextEndsWith("Cedar") | ch_t | classified | quoted
EXT. HOSPITAL CORRIDOR - NIGHT. Rain. YUKI (O.S.) All Tequenos Sold values other than 226 should be bolded! SMASH CUT
    + TO: Scene 72. | NotEquals(226) | te_n1 | screenplay | negation
Amoxicillin 28 mg/10 ml oral solution, Sig: 12 ml at night. Also on the script: each Lamington Delivery Date entry dated
    + tomorrow should be tinted. | Tomorrow() | la_d | prescription | date
In 5.2 miles, take exit 17. Recalculating... The values under Bannock Loaves Baked: the ones of 121 or more -- bold
    + those. | GreaterThanEqual(121) | ba_n1 | navigation | boundary
WANTED: someone to bold the values under Bouzouki Gig Date within the past seven days. Pay $53. No time-wasters. (box
    + 92) | Last7Days() | bz_d | classified | number-words | date
58 INT. TRAIN PLATFORM - CONTINUOUS. MAYA (reading the sheet) Every Santoor Concert Tickets value? (beat) give them data
    + bars. | DataBar() | sn_v | screenplay | visual
Prescribed by Dr. Okonkwo for M. Haddad: Colour all Bannock Dough Weight (kg) values between twelve and 19.5, counting
    + twelve and 19.5 themselves. Take with food. Refills: 4.
    | Between(12, 19.5) | ba_n2 | prescription | number-words | boundary | range
I-45 closed ahead. Recalculating... colour each Bouzouki Set Length (min) entry over 73 but under 89, then continue for
    + 502 m. | AND(GreaterThan(73), LessThan(89)) | bz_n2 | navigation | compound
LOST: chest freezer near the market. If found, call 555-0109. Also, shade the "Longan Tree Yield (kg)" cells in the
    + bottom 4. | Bottom(4) | lo_v | classified | quoted | superlative
SOL (beat, then quietly) Shade the "Bokator Krama Colour" cells beginning with Indigo. ILYA (V.O.) And then? SOL: That's
    + all. CUT TO: | TextStartsWith("Indigo") | bo_t | screenplay | quoted
RX #77299 FOR M. HADDAD: THE SILAT BELT CODE ENTRIES? THE ONES NOT BLANK -- MARK THOSE. QTY: 22, NO REFILLS.
    | NotBlanks() | pe_k | prescription | odd-case | negation
Keep left at the fork for M13. All Kyykka Pins Knocked values not 28 or more should be coloured. Your destination is on
    + the right. | NOT(GreaterThanEqual(28)) | ky_n1 | navigation | negation
Cells in the Gatka Troupe Name column containing "Khalsa" should be tinted. FOR SALE: chest freezer, $778 ono, pick-up
    + only. (box 40) | TextContains("Khalsa") | ga_t | classified | quoted | column-word
Scene 14. INT. WAREHOUSE OFFICE - NIGHT. SOL (to the clerk) Color all Kurash Ranking Points values in the top 10%.
    | TopPercent(10) | ku_v | screenplay | superlative
Rx #35221 Sig: flag the values under Cajon Drum Tag left blank. Refills: 1. | Blanks() | ca_k | prescription
In 479 m, turn left onto Harbour Road. Then mark the Gatka Display Marks entries within the bottom 40 percent.
    | BottomPercent(40) | ga_v | navigation | superlative
WANTED: The values under Longan Crates Picked... the ones no more than 3,250 -- color those. Call 555-0124 after 7. No
    + time-wasters. | LessThanEqual(3250) | lo_n1 | classified | number-format | boundary | polarity
FADE IN: EXT. DINER - DAWN. KEMI squints at the laptop. KEMI: Color all Pitaya Post Number values occurring just once.
    | Unique() | pi_k | screenplay
Pharmacy label for J. Okafor. Qty: 70. Refills: 4. Sig: Shade the Santoor Concert Date entries in next month.
    | NextMonth() | sn_d | prescription | date
Take exit 16 toward I-95. Shade the Kurash Mat Referee entries without Dilnoza in the text. Continue for 2.9 miles.
    | TextNotContains("Dilnoza") | ku_t | navigation | negation
FOR SALE: solid oak dresser, 2015, 46627 km, $219 or best offer -- and colour the "Bokator Kicks Landed" cells different
    + from 77. (box 94) | NotEquals(77) | bo_n1 | classified | negation | quoted
CORMAC (V.O.) The Sarod Recital Date entries falling on today's date should be shaded. CUT TO:
    | Today() | sa_d | screenplay | date
Dr. Abbott writes: take 3 tablets twice daily for 14 days, and highlight any Cajon Beats per Minute cell standing at
    + exactly 172. Dispense as written. | Equals(172) | ca_n1 | prescription
Recalculating... Flag each Tequeno Event Date entry within the past seven days. Arrive in 14 min.
    | Last7Days() | te_d | navigation | number-words | date
Classifieds, box 75: Colour Kantele Singer Code cells showing up twice or more. Genuine buyers only, $784 ono.
    | Duplicates() | kn_k | classified
INT. FERRY DECK - DAY. Page 95. MAYA (whispering) Mark every Bannock Orders Taken value within the bottom 20 percent,
    + before anyone sees. | BottomPercent(20) | ba_v | screenplay | superlative
Rx #59704. Every Cajon Session Date value dated tomorrow should be marked. Sig: take 11 ml every 8 hours. Qty: 261 ml.
    | Tomorrow() | ca_d | prescription | date
Continue on M58 for 8.9 km, then tint the Kalari Weapon Style entries reading exactly "Otta". In 419 m, keep right.
    | TextEquals("Otta") | ka_t | navigation | quoted
FREE TO GOOD HOME: CAMPER VAN. PICK-UP ONLY. P.S. BOLD THE "TEQUENO ORDER CODE" CELLS SHOWING UP TWICE OR MORE. CALL
    + 555-0143. | Duplicates() | te_k | classified | odd-case | quoted
DEV: Cajon Circle Attendance cells... (beat) color the ones below the average. TESS: Got it.
    | BelowAverage() | ca_v | screenplay
Sig: Any Kurash Tournament Date cell -- tint the ones from yesterday. Refills: 5. Dr. Abbott
    | Yesterday() | ku_d | prescription | date
Any Kalari Student Code cell not blank should be tinted. In 390 feet, turn right onto Station Avenue. Arrive in 30 min.
    | NotBlanks() | ka_k | navigation | negation
WANTED: solid oak dresser in good nick, up to $612. While you're here, bold the "Kantele Rehearsal Attendance" cells of
    + at most 42. (box 46) | LessThanEqual(42) | kn_n1 | classified | quoted | boundary
CUT TO: INT. RECORD SHOP - LATER. RUFUS slams the folder down. RUFUS: Shade every Kalari Student Code value occurring
    + just once! | Unique() | ka_k | screenplay
Dispense as written: Highlight all Bokator Bout Date values falling this week. Ibuprofen 565 mg, Qty: 44, Refills: 5.
    | ThisWeek() | bo_d | prescription | date
At the roundabout, take the 5th exit onto A13. Cells in the Sarod Pupil Code column -- bold the ones showing up twice or
    + more. | Duplicates() | sa_k | navigation | column-word
FOR SALE: solid oak dresser, barely used, $865. All Bokator Bout Date values? highlight the ones falling this month.
    + Call after 8. | ThisMonth() | bo_d | classified | date
PAGE 36, SCENE 14: TESS (INTO THE PHONE) I NEED YOU TO COLOUR CELLS IN THE KURASH LICENCE CODE COLUMN WITH SOMETHING
    + FILLED IN. (HANGS UP) | NotBlanks() | ku_k | screenplay | odd-case | negation | column-word
Patient T. Brennan, Metformin 733 mg. Sig: highlight all Mandazi Market Date values falling this week, then take 3
    + capsules at bedtime. | ThisWeek() | ma_d | prescription | date
Sat-nav says: Highlight all Sarod Practice Minutes values at 82 or below. Then merge onto I-22 in 5.6 miles.
    | LessThanEqual(82) | sa_n1 | navigation | boundary
BRANKO: So what do we do with the sheet? DEV: Highlight all Tequenos Sold values not 226 or more. BRANKO: On it. FADE
    + OUT. | NOT(GreaterThanEqual(226)) | te_n1 | screenplay | negation
Refills: 2. Qty: 32. Rx #43521. Note from the pharmacist: mark all Silat Tournament Points values within the top 30
    + percent, please. | TopPercent(30) | pe_v | prescription | superlative
Arrive in 12 min. Before that, shade every Bokator Krama Points value above the average. Turn left onto Orchard Way.
    | AboveAverage() | bo_v | navigation
SWAP: hatchback for a lawn mower. All Kyykka Season Points values in the bottom 4 should be marked. Serious offers only,
    + (box 21). | Bottom(4) | ky_v | classified | superlative
EXT. TRAIN PLATFORM - NIGHT. Rain. BRANKO (O.S.) Cells in the Gatka Stick Weight (oz) column from 17.5 to twenty-nine,
    + both ends included should be coloured! SMASH CUT TO: Scene 80.
    | Between(17.5, 29) | ga_n2 | screenplay | number-words | column-word | boundary | range
Cetirizine 50 mg/6 ml oral solution, Sig: 14 ml at night. Also on the script: any Cajon Rhythm Name cell not beginning
    + with Rumba should be bolded. | NOT(TextStartsWith("Rumba")) | ca_t | prescription | negation
In 2.9 miles, take exit 50. Recalculating... The "Lethwei Hand Wrap Length (m)" cells: flag the ones outside the range
    + 4.5 to 6.5. | NotBetween(4.5, 6.5) | le_n2 | navigation | negation | quoted | boundary | range
FOR SALE: mountain bike, 2016 model, 84349 miles, $472 ono. Tint every Oliebollen Fried value beneath 3,730. Call
    + 555-0154 after 8. | LessThan(3730) | ol_n1 | classified | number-format
21 INT. MOTEL ROOM - CONTINUOUS. ODILE (reading the sheet) Cells in the Lethwei Rounds Fought column? (beat) color the
    + ones not 26 or more. | NOT(GreaterThanEqual(26)) | le_n1 | screenplay | negation | column-word
Prescribed by Dr. Castellano for S. Moreau: Shade all Lamington Wholesale Orders values in the bottom 30%. Take with
    + food. Refills: 2. | BottomPercent(30) | la_v | prescription | superlative
I-41 closed ahead. Recalculating... put an icon set on Mandazi Orders cells, then continue for 481 m.
    | IconSet() | ma_v | navigation | visual
WANTED: someone to shade all Bokator Bout Date values from last month. Pay $28. No time-wasters. (box 71)
    | LastMonth() | bo_d | classified | date
RUFUS (beat, then quietly) Color cells in the Charango Sale Price column in the top 5. SOL (V.O.) And then? RUFUS:
    + That's all. CUT TO: | Top(5) | ch_v | screenplay | superlative | column-word
Rx #75770 for T. Brennan: The values under Bannock Bake Date? the ones from yesterday -- shade those. Qty: 48, no
    + refills. | Yesterday() | ba_d | prescription | date
Keep left at the fork for M7. Cells in the Gatka Display Marks column should carry an icon set. Your destination is on
    + the right. | IconSet() | ga_v | navigation | column-word | visual
LOST: road bike near the market. If found, call 555-0137. Also, higlight each Silat Jurus Performed entry below 25.
    | LessThan(25) | pe_n1 | classified | typo
Scene 30. INT. ROOFTOP - NIGHT. ODILE (to the clerk) Shade all Kurash Weigh-in (kg) values not between 61.5 and 84.5.
    | NotBetween(61.5, 84.5) | ku_n2 | screenplay | negation | boundary | range
Rx #40823 Sig: flag the Lethwei Corner Name entries not containing "Cobra". Refills: 6.
    | TextNotContains("Cobra") | le_t | prescription | negation | quoted
In 428 m, turn left onto Mill Road. Then colour any Mandazi Flavour cell mentioning Cardamom.
    | TextContains("Cardamom") | ma_t | navigation
Any Pitaya Post Number cell left blank should be coloured. FOR SALE: walnut piano, $198 ono, pick-up only. (box 10)
    | Blanks() | pi_k | classified
FADE IN: EXT. FERRY DECK - DAWN. BRANKO squints at the laptop. BRANKO: Colour every Bokator Kicks Landed value lower
    + than seventy-seven. | LessThan(77) | bo_n1 | screenplay | number-words
Pharmacy label for M. Haddad. Qty: 72. Refills: 3. Sig: Colour any Kyykka Match Date cell due next week.
    | NextWeek() | ky_d | prescription | date
Take exit 40 toward A32. Color any Cajon Session Hours cell more than 4 yet less than 9.5. Continue for 2.1 miles.
    | AND(GreaterThan(4), LessThan(9.5)) | ca_n2 | navigation | compound
WANTED: Cells in the Bouzouki Tips Collected column... highlight the ones above the average. Call 555-0190 after 8. No
    + time-wasters. | AboveAverage() | bz_v | classified | column-word
TESS (V.O.) Every Mandazi Orders value in the bottom 2 should be bolded. CUT TO:
    | Bottom(2) | ma_v | screenplay | superlative
Dr. Halvorsen writes: take 2 tablets twice daily for 12 days, and tint each Kurash Mat Referee entry ending in Dilnoza.
    + Dispense as written. | TextEndsWith("Dilnoza") | ku_t | prescription
Recalculating... Tint all Bouzouki Tips Collected values among the 3 highest. Arrive in 45 min.
    | Top(3) | bz_v | navigation | superlative
FOR SALE: mountain bike, 2017, 45485 km, $315 or best offer -- and color the Kantele Concert Length (min) entries below
    + 51 or above 89. (box 59) | OR(LessThan(51), GreaterThan(89)) | kn_n2 | classified | compound
INT. BACK KITCHEN - DAY. Page 85. CORMAC (whispering) Highlight the "Kurash Weigh-in (kg)" cells from 84.5 to 132.5,
    + both ends included, before anyone sees. | Between(84.5, 132.5) | ku_n2 | screenplay | quoted | boundary | range
Rx #63552. Any Silat Tournament Points cell without errors should be colored. Sig: take 18 ml every 6 hours. Qty: 180
    + ml. | NotErrors() | pe_v | prescription | negation
Continue on I-24 for 6.6 km, then mark the Sarod Practice Minutes entries higher than 66. In 294 m, keep right.
    | GreaterThan(66) | sa_n1 | navigation
Classifieds, box 54: Shade Silat Style Taught cells opening with "Cimande". Genuine buyers only, $612 ono.
    | TextStartsWith("Cimande") | pe_t | classified | quoted
ILYA: Cells in the Bannock Bake Date column... (beat) the ones falling this month -- mark those. NADIA: Got it.
    | ThisMonth() | ba_d | screenplay | column-word | date
SIG: EACH BANNOCK ORDERS TAKEN ENTRY -- THE ONES LOWER THAN THE AVERAGE -- SHADE THOSE. REFILLS: 3. DR. NAKAMURA
    | BelowAverage() | ba_v | prescription | odd-case
Each Pitaya Variety entry mentioning "Red Jaina" should be shaded. In 827 feet, turn right onto Harbour Road. Arrive in
    + 19 min. | TextContains("Red Jaina") | pi_t | navigation | quoted
FREE TO GOOD HOME: camper van. Pick-up only. P.S. colour the values under Silat Tournament Points higher than the
    + average. Call 555-0189. | AboveAverage() | pe_v | classified
CUT TO: INT. RECORD SHOP - LATER. ODILE slams the folder down. ODILE: Bold each Kantele Rehearsal Attendance entry of 52
    + or higher! | GreaterThanEqual(52) | kn_n1 | screenplay | boundary
Dispense as written: Bold each Sarod Practice Minutes entry beneath 49. Ibuprofen 156 mg, Qty: 29, Refills: 5.
    | LessThan(49) | sa_n1 | prescription
At the roundabout, take the 3rd exit onto I-58. Cells in the Gatka Troupe Name column -- the ones not mentioning "Tegh"
    + -- mark those. | TextNotContains("Tegh") | ga_t | navigation | negation | quoted | column-word
WANTED: solid oak dresser in good nick, up to $822. While you're here, put an icon set on each Tequeno Stand Takings
    + entry. (box 32) | IconSet() | te_v | classified | visual
Patient R. Mendes, Ibuprofen 637 mg. Sig: color every Oliebollen Fried value over 2,870, then take 2 capsules at
    + bedtime. | GreaterThan(2870) | ol_n1 | prescription | number-format
Sat-nav says: Flag all Longan Crates Picked values beneath 4,280. Then merge onto I-21 in 5.3 miles.
    | LessThan(4280) | lo_n1 | navigation | number-format
FOR SALE: solid oak dresser, barely used, $853. Each Lamington Coconut Used (kg) entry? bold the ones above 14 and below
    + 22.5. Call after 8. | AND(GreaterThan(14), LessThan(22.5)) | la_n2 | classified | compound
Page 65, scene 14: NADIA (into the phone) I need you to highlight any Kyykka Bat Tag cell left empty. (hangs up)
    | Blanks() | ky_k | screenplay
Refills: 6. Qty: 45. Rx #96774. Note from the pharmacist: add an icon set to the "Kyykka Season Points" cells, please.
    | IconSet() | ky_v | prescription | quoted | visual
Arrive in 8 min. Before that, flag all Bokator Bout Date values from last week. Turn left onto Harbour Road.
    | LastWeek() | bo_d | navigation | date
SWAP: mountain bike for a solid oak dresser. The Kurash Tournament Date entries in next month should be highlighted.
    + Serious offers only, (box 31). | NextMonth() | ku_d | classified | date
YUKI: So what do we do with the sheet? ILYA: Flag the values under Bannock Bake Date due next week. YUKI: On it. FADE
    + OUT. | NextWeek() | ba_d | screenplay | date
Prednisolone 47 mg/7 ml oral solution, Sig: 4 ml at night. Also on the script: each Tequeno Dip entry equal to the text
    + "Nata" should be coloured. | TextEquals("Nata") | te_t | prescription | quoted
In 5.5 miles, take exit 28. Recalculating... The "Kalari Grading Date" cells: the ones falling this month -- shade
    + those. | ThisMonth() | ka_d | navigation | quoted | date
FOR SALE: hatchback, 2012 model, 33164 miles, $807 ono. Tint the Longan Grade Label entries not reading exactly
    + "Export". Call 555-0110 after 9. | NOT(TextEquals("Export")) | lo_t | classified | negation | quoted
EXT. HOSPITAL CORRIDOR - NIGHT. Rain. CORMAC (O.S.) Every Santoor Bridges Tuned value at 25 or above should be marked!
    + SMASH CUT TO: Scene 55. | GreaterThanEqual(25) | sn_n1 | screenplay | boundary
Prescribed by Dr. Abbott for L. Petrov: Bold the "Longan Harvest Date" cells dated tomorrow. Take with food. Refills: 1.
    | Tomorrow() | lo_d | prescription | quoted | date
B421 closed ahead. Recalculating... mark any Sarod Practice Minutes cell of at least 49, then continue for 273 m.
    | GreaterThanEqual(49) | sa_n1 | navigation | boundary
WANTED: someone to mark every Gatka Sparring Rounds value greater than 30. Pay $66. No time-wasters. (box 50)
    | GreaterThan(30) | ga_n1 | classified
6 INT. NEWSROOM - CONTINUOUS. KEMI (reading the sheet) Cajon Drum Tag cells? (beat) the ones repeated in the column --
    + bold those. | Duplicates() | ca_k | screenplay | column-word
Rx #82815 for L. Petrov: Each Gatka Display Date entry? color the ones from last month. Qty: 17, no refills.
    | LastMonth() | ga_d | prescription | date
Keep left at the fork for M25. Any Longan Harvest Date cell from last month should be marked. Your destination is on the
    + right. | LastMonth() | lo_d | navigation | date
LOST: road bike near the market. If found, call 555-0103. Also, shade the Longan Brix Reading entries over 32 but under
    + 39. | AND(GreaterThan(32), LessThan(39)) | lo_n2 | classified | compound
ODILE (beat, then quietly) Bold the "Longan Tree Tag" cells left empty. TESS (V.O.) And then? ODILE: That's all. CUT TO:
    | Blanks() | lo_k | screenplay | quoted
RX #21519 SIG: COLOR ALL MANDAZI MARKET DATE VALUES FROM LAST MONTH. REFILLS: 6.
    | LastMonth() | ma_d | prescription | odd-case | date
In 111 m, turn left onto Station Avenue. Then tint any Kantele Rehearsal Attendance cell over 42.
    | GreaterThan(42) | kn_n1 | navigation
Cells in the Kurash Ranking Points column in the bottom 25% should be coloured. FOR SALE: chest freezer, $337 ono,
    + pick-up only. (box 11) | BottomPercent(25) | ku_v | classified | superlative | column-word
Scene 82. INT. WAREHOUSE OFFICE - NIGHT. MAYA (to the clerk) Colour the "Kantele Rehearsal Date" cells dated tomorrow.
    | Tomorrow() | kn_d | screenplay | quoted | date
Pharmacy label for J. Okafor. Qty: 25. Refills: 3. Sig: Mark all Sarod Raga Studied values starting with "Yaman".
    | TextStartsWith("Yaman") | sa_t | prescription | quoted
Take exit 54 toward B727. Shade any Kantele Voice Part cell reading exactly "Tenor". Continue for 5.7 miles.
    | TextEquals("Tenor") | kn_t | navigation | quoted
WANTED: The Kalari Grading Date entries... the ones due next week -- shade those. Call 555-0100 after 5. No
    + time-wasters. | NextWeek() | ka_d | classified | date
FADE IN: EXT. TRAIN PLATFORM - DAWN. YUKI squints at the laptop. YUKI: Tint every Kalari Form Score value ranked in the
    + bottom 2. | Bottom(2) | ka_v | screenplay | superlative
Dr. Halvorsen writes: take 4 tablets twice daily for 6 days, and mark all Bokator Krama Colour values without Gold in
    + the text. Dispense as written. | TextNotContains("Gold") | bo_t | prescription | negation
Recalculating... Color the "Charango Scale Length (cm)" cells falling outside 34.5 to 59.5. Arrive in 6 min.
    | NotBetween(34.5, 59.5) | ch_n2 | navigation | negation | quoted | boundary | range
FOR SALE: sofa bed, 2008, 57375 km, $213 or best offer -- and tint any Bannock Loaves Baked cell below 93. (box 48)
    | LessThan(93) | ba_n1 | classified
NADIA (V.O.) The Kurash Ranking Points entries with an error in them should be bolded. CUT TO:
    | Errors() | ku_v | screenplay
Rx #87439. Any Kalari Drills Completed cell not above 45 should be tinted. Sig: take 18 ml every 7 hours. Qty: 214 ml.
    | NOT(GreaterThan(45)) | ka_n1 | prescription | negation
Continue on Route 63 for 6.8 km, then bold the Oliebollen Stall Takings entries free of errors. In 825 m, keep right.
    | NotErrors() | ol_v | navigation | negation
Classifieds, box 10: Highlight each Longan Brix Reading entry either under 17 or over 32. Genuine buyers only, $548 ono.
    | OR(LessThan(17), GreaterThan(32)) | lo_n2 | classified | compound
INT. SCHOOL GYM - DAY. Page 72. DEV (whispering) Bold the Gatka Display Marks entries showing an error, before anyone
    + sees. | Errors() | ga_v | screenplay
Sig: All Bouzouki Tips Collected values -- a color scale on those. Refills: 4. Dr. Abbott
    | ColorScale() | bz_v | prescription | visual
Cells in the Silat Style Taught column mentioning "Cimande" should be flagged. In 705 feet, turn right onto Quarry Lane.
    + Arrive in 47 min. | TextContains("Cimande") | pe_t | navigation | quoted | column-word
FREE TO GOOD HOME: SOFA BED. PICK-UP ONLY. P.S. HIGHLIGHT EACH LONGAN HARVEST DATE ENTRY FROM LAST WEEK. CALL 555-0117.
    | LastWeek() | lo_d | classified | odd-case | date
NADIA: The values under Oliebollen Batter Temp (C)... (beat) shade the ones outside 170.5 to 299.5. ODILE: Got it.
    | NotBetween(170.5, 299.5) | ol_n2 | screenplay | negation | boundary | range
At the roundabout, take the 2nd exit onto A86. Any Sarod Recital Marks cell -- colour the ones below average.
    | BelowAverage() | sa_v | navigation
WANTED: chest freezer in good nick, up to $247. While you're here, colour the Bannock Dough Weight (kg) entries outside
    + the range 7.5 to 12. (box 27) | NotBetween(7.5, 12) | ba_n2 | classified | negation | boundary | range
CUT TO: INT. NEWSROOM - LATER. TESS slams the folder down. TESS: Shade every Charango Bodies Carved value standing at
    + exactly 64! | Equals(64) | ch_n1 | screenplay
Dispense as written: Put data bars on the values under Tequeno Stand Takings. Ibuprofen 388 mg, Qty: 28, Refills: 2.
    | DataBar() | te_v | prescription | visual
Sat-nav says: Colour any Bouzouki Player Code cell appearing only once. Then merge onto Route 51 in 7.5 miles.
    | Unique() | bz_k | navigation
FOR SALE: chest freezer, barely used, $288. The values under Tequenos Sold? the ones equal to 226 -- tint those. Call
    + after 7. | Equals(226) | te_n1 | classified
Page 19, scene 40: TESS (into the phone) I need you to bold every Lamington Delivery Date value in next month. (hangs
    + up) | NextMonth() | la_d | screenplay | date
PATIENT A. LINDQVIST, CETIRIZINE 633 MG. SIG: MARK EACH SILAT EXAM DATE ENTRY IN NEXT MONTH, THEN TAKE 4 CAPSULES AT
    + BEDTIME. | NextMonth() | pe_d | prescription | odd-case | date
Arrive in 36 min. Before that, bold any Silat Tournament Points cell within the bottom 10 percent. Turn left onto Elm
    + Street. | BottomPercent(10) | pe_v | navigation | superlative
SWAP: camper van for a sofa bed. Cells in the Tequeno Order Code column appearing only once should be colored. Serious
    + offers only, (box 87). | Unique() | te_k | classified | column-word
CORMAC: So what do we do with the sheet? ODILE: Shade each Mandazi Orders entry in the top five. CORMAC: On it. FADE
    + OUT. | Top(5) | ma_v | screenplay | number-words | superlative
Refills: 3. Qty: 77. Rx #42501. Note from the pharmacist: shade each Lamington Delivery Date entry from yesterday,
    + please. | Yesterday() | la_d | prescription | date
In 3.2 miles, take exit 60. Recalculating... The "Mandazi Vendor Code" cells: highlight the ones left blank.
    | Blanks() | ma_k | navigation | quoted
FOR SALE: mountain bike, 2014 model, 34324 miles, $305 ono. Color cells in the Lethwei Corner Name column starting with
    + "Tiger". Call 555-0133 after 8. | TextStartsWith("Tiger") | le_t | classified | quoted | column-word
EXT. TRAIN PLATFORM - NIGHT. Rain. DEV (O.S.) Kantele Rehearsal Date cells from the last 7 days should be highlighted!
    + SMASH CUT TO: Scene 11. | Last7Days() | kn_d | screenplay | date
Loratadine 42 mg/9 ml oral solution, Sig: 10 ml at night. Also on the script: cells in the Kyykka Pins Knocked column
    + over 22 should be colored. | GreaterThan(22) | ky_n1 | prescription | column-word
B490 CLOSED AHEAD. RECALCULATING... FLAG ANY KURASH TOURNAMENT DATE CELL DUE NEXT WEEK, THEN CONTINUE FOR 474 M.
    | NextWeek() | ku_d | navigation | odd-case | date
WANTED: someone to put an icon set on the values under Longan Tree Yield (kg). Pay $88. No time-wasters. (box 53)
    | IconSet() | lo_v | classified | visual
85 INT. TRAIN PLATFORM - CONTINUOUS. NADIA (reading the sheet) Any Bannock Orders Taken cell? (beat) flag the ones
    + without errors. | NotErrors() | ba_v | screenplay | negation
Prescribed by Dr. Ferreira for T. Brennan: Flag any Santoor Concert Date cell dated tomorrow. Take with food. Refills:
    + 1. | Tomorrow() | sn_d | prescription | date
Keep left at the fork for A95. The "Bokator Kicks Landed" cells not over 61 should be marked. Your destination is on the
    + right. | NOT(GreaterThan(61)) | bo_n1 | navigation | negation | quoted
LOST: lawn mower near the market. If found, call 555-0119. Also, tint each Sarod Lesson Fee (USD) entry not between 26.5
    + and 37. | NotBetween(26.5, 37) | sa_n2 | classified | negation | boundary | range
DEV (beat, then quietly) Tint Lethwei Fight Date cells due next week. BRANKO (V.O.) And then? DEV: That's all. CUT TO:
    | NextWeek() | le_d | screenplay | date
Rx #34034 for T. Brennan: Kyykka Season Points cells? tint the ones in the top 30%. Qty: 23, no refills.
    | TopPercent(30) | ky_v | prescription | superlative
In 142 m, turn left onto Kings Parade. Then put an icon set on the Kalari Form Score entries.
    | IconSet() | ka_v | navigation | visual
The Pitaya Fruit Weight (g) entries under 311 or over 428.5 should be highlighted. FOR SALE: lawn mower, $514 ono,
    + pick-up only. (box 76) | OR(LessThan(311), GreaterThan(428.5)) | pi_n2 | classified | compound
Scene 6. INT. SCHOOL GYM - NIGHT. BRANKO (to the clerk) Highlight the Silat Exam Date entries falling this month.
    | ThisMonth() | pe_d | screenplay | date
Rx #55899 Sig: highlight cells in the Charango Scale Length (cm) column above 47 and below 73. Refills: 2.
    | AND(GreaterThan(47), LessThan(73)) | ch_n2 | prescription | compound | column-word
Take exit 33 toward I-60. Highlight the Kalari Form Score entries in the highest 10%. Continue for 8.5 miles.
    | TopPercent(10) | ka_v | navigation | superlative
WANTED: Each Kantele Concert Length (min) entry... colour the ones greater than eighty-nine and less than 108. Call
    + 555-0124 after 7. No time-wasters.
    | AND(GreaterThan(89), LessThan(108)) | kn_n2 | classified | number-words | compound
FADE IN: EXT. NEWSROOM - DAWN. DEV squints at the laptop. DEV: Shade the "Gatka Sparring Rounds" cells not 22 or more.
    | NOT(GreaterThanEqual(22)) | ga_n1 | screenplay | negation | quoted
Pharmacy label for J. Okafor. Qty: 85. Refills: 1. Sig: Mark any Lamington Delivery Date cell due next week.
    | NextWeek() | la_d | prescription | date
Recalculating... Flag every Sarod Recital Marks value above average. Arrive in 15 min.
    | AboveAverage() | sa_v | navigation
Classifieds, box 79: Tint cells in the Santoor Concert Date column from yesterday. Genuine buyers only, $269 ono.
    | Yesterday() | sn_d | classified | column-word | date
CORMAC (V.O.) THE "MANDAZI ORDERS" CELLS SHOULD GET DATA BARS. CUT TO:
    | DataBar() | ma_v | screenplay | odd-case | quoted | visual
Dr. Nakamura writes: take 4 tablets twice daily for 8 days, and add a color scale to the "Cajon Circle Attendance"
    + cells. Dispense as written. | ColorScale() | ca_v | prescription | quoted | visual
Continue on M67 for 5.5 km, then mark any Kalari Grading Date cell falling this week. In 624 m, keep right.
    | ThisWeek() | ka_d | navigation | date
FREE TO GOOD HOME: mountain bike. Pick-up only. P.S. mrak the Lamington Filling entries ending in Cream. Call 555-0137.
    | TextEndsWith("Cream") | la_t | classified | typo
INT. WAREHOUSE OFFICE - DAY. Page 100. KEMI (whispering) Mark any Kantele Singer Code cell appearing only once, before
    + anyone sees. | Unique() | kn_k | screenplay
Rx #22637. All Santoor Concert Tickets values without errors should be colored. Sig: take 18 ml every 6 hours. Qty: 282
    + ml. | NotErrors() | sn_v | prescription | negation
WANTED: road bike in good nick, up to $749. While you're here, mark the Silat Judge Score entries falling outside 8.5 to
    + 16.5. (box 42) | NotBetween(8.5, 16.5) | pe_n2 | classified | negation | boundary | range
SOL: Each Charango Bodies Carved entry... (beat) flag the ones topping 64. MAYA: Got it.
    | GreaterThan(64) | ch_n1 | screenplay
Sig: Any Charango Sale Price cell -- the ones below average -- highlight those. Refills: 1. Dr. Nakamura
    | BelowAverage() | ch_v | prescription
ALL SAROD RECITAL MARKS VALUES SHOULD GET A COLOUR SCALE. IN 394 FEET, TURN RIGHT ONTO ORCHARD WAY. ARRIVE IN 46 MIN.
    | ColorScale() | sa_v | navigation | odd-case | visual
FOR SALE: chest freezer, barely used, $406. Each Kalari Form Score entry? the ones in the lowest 25% -- bold those. Call
    + after 6. | BottomPercent(25) | ka_v | classified | superlative
CUT TO: INT. NEWSROOM - LATER. BRANKO slams the folder down. BRANKO: Bold each Kurash Throws Scored entry at 37 or
    + above! | GreaterThanEqual(37) | ku_n1 | screenplay | boundary
Dispense as written: Colour Oliebollen Stall Takings cells in the lowest 40%. Loratadine 551 mg, Qty: 83, Refills: 4.
    | BottomPercent(40) | ol_v | prescription | superlative
At the roundabout, take the 2nd exit onto B369. Each Kyykka Team Division entry -- flag the ones saying Harbour and
    + nothing else. | TextEquals("Harbour") | ky_t | navigation
SWAP: road bike for a sofa bed. Any Longan Crates Picked cell other than 3,250 should be highlighted. Serious offers
    + only, (box 37). | NotEquals(3250) | lo_n1 | classified | negation | number-format
Page 99, scene 32: NADIA (into the phone) I need you to flag all Bannock Flour Type values opening with "Blue Corn".
    + (hangs up) | TextStartsWith("Blue Corn") | ba_t | screenplay | quoted
Patient J. Okafor, Amoxicillin 243 mg. Sig: flag each Pitaya Variety entry reading exactly "Yellow", then take 2
    + capsules at bedtime. | TextEquals("Yellow") | pi_t | prescription | quoted
Sat-nav says: Flag all Longan Crates Picked values equal to 3,250. Then merge onto B410 in 7.3 miles.
    | Equals(3250) | lo_n1 | navigation | number-format
WANTED: SOMEONE TO MARK THE VALUES UNDER LAMINGTON DELIVERY DATE FALLING ON TODAY'S DATE. PAY $45. NO TIME-WASTERS. (BOX
    + 19) | Today() | la_d | classified | odd-case | date
RUFUS: So what do we do with the sheet? ILYA: Color Pitaya Pollination Date cells dated tomorrow. RUFUS: On it. FADE
    + OUT. | Tomorrow() | pi_d | screenplay | date
Refills: 5. Qty: 62. Rx #89995. Note from the pharmacist: tint the Bokator Fighter ID entries not blank, please.
    | NotBlanks() | bo_k | prescription | negation
Arrive in 49 min. Before that, flag all Kantele Donations values ranked in the bottom 4. Turn left onto Kings Parade.
    | Bottom(4) | kn_v | navigation | superlative
LOST: chest freezer near the market. If found, call 555-0147. Also, highlight the values under Mandazi Oil Temp (C) less
    + than 166.5 or more than 229.5. | OR(LessThan(166.5), GreaterThan(229.5)) | ma_n2 | classified | compound
EXT. RECORD SHOP - NIGHT. Rain. NADIA (O.S.) The Kantele Rehearsal Attendance entries equal to 42 should be tinted!
    + SMASH CUT TO: Scene 7. | Equals(42) | kn_n1 | screenplay
Metformin 17 mg/3 ml oral solution, Sig: 2 ml at night. Also on the script: cells in the Lamington Wholesale Orders
    + column should get a colour scale. | ColorScale() | la_v | prescription | column-word | visual
In 5.6 miles, take exit 6. Recalculating... Cells in the Oliebollen Stall Takings column: bold the ones below average.
    | BelowAverage() | ol_v | navigation | column-word
The "Kalari Drills Completed" cells more than 45 should be bolded. FOR SALE: road bike, $187 ono, pick-up only. (box 48)
    | GreaterThan(45) | ka_n1 | classified | quoted
66 INT. HOSPITAL CORRIDOR - CONTINUOUS. SOL (reading the sheet) The values under Tequeno Stand Takings? (beat) the ones
    + among the four lowest -- highlight those. | Bottom(4) | te_v | screenplay | number-words | superlative
Prescribed by Dr. Okonkwo for A. Lindqvist: Shade any Santoor Concert Tickets cell lower than the average. Take with
    + food. Refills: 5. | BelowAverage() | sn_v | prescription
Route 20 closed ahead. Recalculating... mark each Pitaya Variety entry not ending with "Red Jaina", then continue for
    + 438 m. | NOT(TextEndsWith("Red Jaina")) | pi_t | navigation | negation | quoted
WANTED: Each Lamington Wholesale Orders entry... mark the ones with an error in them. Call 555-0194 after 9. No
    + time-wasters. | Errors() | la_v | classified
MAYA (beat, then quietly) Colour the Bouzouki Gigs Played entries of twenty-three or less. CORMAC (V.O.) And then? MAYA:
    + That's all. CUT TO: | LessThanEqual(23) | bz_n1 | screenplay | number-words | boundary
Rx #70127 for A. Lindqvist: The "Pitaya Row Harvest (kg)" cells? give them an icon set. Qty: 83, no refills.
    | IconSet() | pi_v | prescription | quoted | visual
Keep left at the fork for A53. All Kantele Voice Part values not ending with "Alto" should be marked. Your destination
    + is on the right. | NOT(TextEndsWith("Alto")) | kn_t | navigation | negation | quoted
Classifieds, box 93: Mark all Oliebollen Batch Date values from yesterday. Genuine buyers only, $396 ono.
    | Yesterday() | ol_d | classified | date
Scene 82. INT. PARKING GARAGE - NIGHT. SOL (to the clerk) Mark all Tequeno Event Date values from last week.
    | LastWeek() | te_d | screenplay | date
Rx #97003 Sig: color cells in the Oliebollen Topping column not containing "Apple". Refills: 4.
    | TextNotContains("Apple") | ol_t | prescription | negation | quoted | column-word
In 504 m, turn left onto Elm Street. Then color cells in the Longan Tree Tag column showing up twice or more.
    | Duplicates() | lo_k | navigation | column-word
FREE TO GOOD HOME: hatchback. Pick-up only. P.S. add data bars to each Sarod Recital Marks entry. Call 555-0118.
    | DataBar() | sa_v | classified | visual
FADE IN: EXT. BACK KITCHEN - DAWN. MAYA squints at the laptop. MAYA: Color cells in the Charango Wood column not reading
    + exactly "Walnut". | NOT(TextEquals("Walnut")) | ch_t | screenplay | negation | quoted | column-word
Pharmacy label for T. Brennan. Qty: 37. Refills: 1. Sig: Highlight Oliebollen Batter Temp (C) cells from 299.5 through
    + 364 inclusive. | Between(299.5, 364) | ol_n2 | prescription | boundary | range
Take exit 46 toward Route 44. Shade the values under Kyykka Bat Tag appearing only once. Continue for 8.5 miles.
    | Unique() | ky_k | navigation
WANTED: lawn mower in good nick, up to $698. While you're here, shade all Lethwei Camp Badge values with something
    + filled in. (box 62) | NotBlanks() | le_k | classified | negation
SOL (V.O.) Cells in the Kyykka Team Division column without Harbour in the text should be colored. CUT TO:
    | TextNotContains("Harbour") | ky_t | screenplay | negation | column-word
Dr. Ferreira writes: take 4 tablets twice daily for 9 days, and color the "Tequeno Event Date" cells falling this week.
    + Dispense as written. | ThisWeek() | te_d | prescription | quoted | date
RECALCULATING... FLAG THE GATKA SHIELD CODE ENTRIES LEFT EMPTY. ARRIVE IN 51 MIN.
    | Blanks() | ga_k | navigation | odd-case
INT. NEWSROOM - DAY. Page 6. SOL (whispering) Mark the "Charango Finish Date" cells falling on today's date, before
    + anyone sees. | Today() | ch_d | screenplay | quoted | date
Rx #89194. Every Cajon Beats per Minute value lower than 138 should be bolded. Sig: take 5 ml every 7 hours. Qty: 243
    + ml. | LessThan(138) | ca_n1 | prescription
Continue on M67 for 4.8 km, then shade all Bannock Bake Date values dated tomorrow. In 108 m, keep right.
    | Tomorrow() | ba_d | navigation | date
FOR SALE: road bike, barely used, $430. The values under Gatka Display Date? the ones from yesterday -- shade those.
    + Call after 8. | Yesterday() | ga_d | classified | date
YUKI: The values under Gatka Display Date... (beat) bold the ones from last week. BRANKO: Got it.
    | LastWeek() | ga_d | screenplay | date
Sig: Any Bannock Flour Type cell -- color the ones not mentioning "Oat". Refills: 5. Dr. Castellano
    | TextNotContains("Oat") | ba_t | prescription | negation | quoted
The "Kyykka Bat Tag" cells with something filled in should be marked. In 630 feet, turn right onto Quarry Lane. Arrive
    + in 14 min. | NotBlanks() | ky_k | navigation | negation | quoted
SWAP: hatchback for a road bike. The values under Silat Exam Date due next week should be bolded. Serious offers only,
    + (box 75). | NextWeek() | pe_d | classified | date
CUT TO: INT. ROOFTOP - LATER. CORMAC SLAMS THE FOLDER DOWN. CORMAC: TINT ALL BANNOCK BAKE DATE VALUES FALLING ON TODAY'S
    + DATE! | Today() | ba_d | screenplay | odd-case | date
Dispense as written: Highlight the "Kantele Donations" cells lower than the average. Amoxicillin 627 mg, Qty: 24,
    + Refills: 6. | BelowAverage() | kn_v | prescription | quoted
At the roundabout, take the 3rd exit onto M20. Every Kyykka Match Date value -- the ones falling this week -- bold
    + those. | ThisWeek() | ky_d | navigation | date
FOR SALE: sofa bed, 2019 model, 90219 miles, $716 ono. Add data bars to cells in the Cajon Circle Attendance column.
    + Call 555-0108 after 8. | DataBar() | ca_v | classified | column-word | visual
Page 13, scene 20: RUFUS (into the phone) I need you to add data bars to cells in the Kantele Donations column. (hangs
    + up) | DataBar() | kn_v | screenplay | column-word | visual
Patient S. Moreau, Loratadine 478 mg. Sig: colour the values under Pitaya Post Number repeated in the column, then take
    + 2 capsules at bedtime. | Duplicates() | pi_k | prescription | column-word
Sat-nav says: Shade each Kyykka Pins Knocked entry other than 22. Then merge onto A34 in 4.7 miles.
    | NotEquals(22) | ky_n1 | navigation | negation
WANTED: someone to flag every Kalari Grading Date value from last week. Pay $57. No time-wasters. (box 10)
    | LastWeek() | ka_d | classified | date
ILYA: So what do we do with the sheet? NADIA: Mark cells in the Sarod Lesson Fee (USD) column from 37 to 56.5, both ends
    + included. ILYA: On it. FADE OUT. | Between(37, 56.5) | sa_n2 | screenplay | column-word | boundary | range
Refills: 5. Qty: 49. Rx #24927. Note from the pharmacist: tint the "Kalari Drills Completed" cells standing at exactly
    + 56, please. | Equals(56) | ka_n1 | prescription | quoted
Arrive in 7 min. Before that, tint the "Pitaya Flowers Open" cells of 99 or less. Turn left onto Elm Street.
    | LessThanEqual(99) | pi_n1 | navigation | quoted | boundary
LOST: chest freezer near the market. If found, call 555-0157. Also, bold each Kyykka Match Date entry in the last 7
    + days. | Last7Days() | ky_d | classified | date
EXT. HOSPITAL CORRIDOR - NIGHT. Rain. SOL (O.S.) All Lamington Squares Iced values greater than 4,386 should be bolded!
    + SMASH CUT TO: Scene 77. | GreaterThan(4386) | la_n1 | screenplay | number-format
Omeprazole 33 mg/9 ml oral solution, Sig: 11 ml at night. Also on the script: all Lamington Coconut Used (kg) values
    + between 18.5 and 22.5 inclusive should be bolded. | Between(18.5, 22.5) | la_n2 | prescription | boundary | range
In 1.5 miles, take exit 32. Recalculating... Each Sarod Recital Marks entry: bold the ones free of errors.
    | NotErrors() | sa_v | navigation | negation
All Mandazi Flavour values saying Coconut and nothing else should be bolded. FOR SALE: solid oak dresser, $704 ono,
    + pick-up only. (box 19) | TextEquals("Coconut") | ma_t | classified
34 INT. WAREHOUSE OFFICE - CONTINUOUS. ILYA (reading the sheet) The "Bouzouki Set Length (min)" cells? (beat) tint the
    + ones either under 41 or over 73. | OR(LessThan(41), GreaterThan(73)) | bz_n2 | screenplay | quoted | compound
Prescribed by Dr. Okonkwo for J. Okafor: Highlight the Bouzouki Tips Collected entries not showing an error. Take with
    + food. Refills: 3. | NotErrors() | bz_v | prescription | negation
I-87 closed ahead. Recalculating... bold each Tequeno Dip entry containing "Guasacaca", then continue for 203 m.
    | TextContains("Guasacaca") | te_t | navigation | quoted
WANTED: The values under Bokator Kicks Landed... color the ones higher than 46. Call 555-0196 after 8. No time-wasters.
    | GreaterThan(46) | bo_n1 | classified
MAYA (beat, then quietly) Colour Oliebollen Batch Date cells falling this month. KEMI (V.O.) And then? MAYA: That's all.
    + CUT TO: | ThisMonth() | ol_d | screenplay | date
Rx #49592 for L. Petrov: Each Gatka Display Marks entry? the ones among the 4 lowest -- colour those. Qty: 49, no
    + refills. | Bottom(4) | ga_v | prescription | superlative
Keep left at the fork for B598. Lamington Wholesale Orders cells above the average should be coloured. Your destination
    + is on the right. | AboveAverage() | la_v | navigation
FOR SALE: solid oak dresser, 2017, 80823 km, $346 or best offer -- and highlight any Bannock Dough Weight (kg) cell over
    + sixteen but under 19.5. (box 23)
    | AND(GreaterThan(16), LessThan(19.5)) | ba_n2 | classified | number-words | compound
Scene 41. INT. NEWSROOM - NIGHT. RUFUS (to the clerk) Flag the values under Lethwei Fight Earnings in the highest 20%.
    | TopPercent(20) | le_v | screenplay | superlative
Rx #14678 Sig: colour Pitaya Row Harvest (kg) cells ranked in the bottom 2. Refills: 5.
    | Bottom(2) | pi_v | prescription | superlative
In 552 m, turn left onto Station Avenue. Then tint the Silat Exam Date entries falling this week.
    | ThisWeek() | pe_d | navigation | date
Classifieds, box 19: Shade the "Bouzouki Gigs Played" cells equal to 16. Genuine buyers only, $634 ono.
    | Equals(16) | bz_n1 | classified | quoted
FADE IN: EXT. NEWSROOM - DAWN. CORMAC squints at the laptop. CORMAC: Flag all Santoor Seat Tag values repeated in the
    + column. | Duplicates() | sn_k | screenplay | column-word
Pharmacy label for L. Petrov. Qty: 46. Refills: 4. Sig: Color each Bouzouki Gig Date entry in next month.
    | NextMonth() | bz_d | prescription | date
Take exit 60 toward Route 5. Mark every Sarod Raga Studied value not reading exactly "Yaman". Continue for 7.5 miles.
    | NOT(TextEquals("Yaman")) | sa_t | navigation | negation | quoted
FREE TO GOOD HOME: camper van. Pick-up only. P.S. tint the Gatka Display Date entries falling this month. Call 555-0108.
    | ThisMonth() | ga_d | classified | date
Dr. Okonkwo writes: take 2 tablets twice daily for 10 days, and highlight the values under Kyykka Pins Knocked equal to
    + 16. Dispense as written. | Equals(16) | ky_n1 | prescription
Recalculating... Highlight every Santoor Bridges Tuned value below 45. Arrive in 28 min.
    | LessThan(45) | sn_n1 | navigation
WANTED: mountain bike in good nick, up to $240. While you're here, color each Silat Tournament Points entry showing an
    + error. (box 40) | Errors() | pe_v | classified
TESS (V.O.) Any Mandazi Vendor Code cell occurring just once should be shaded. CUT TO: | Unique() | ma_k | screenplay
RX #97344. ALL LAMINGTON WHOLESALE ORDERS VALUES BELOW THE AVERAGE SHOULD BE COLORED. SIG: TAKE 16 ML EVERY 5 HOURS.
    + QTY: 193 ML. | BelowAverage() | la_v | prescription | odd-case
Continue on A21 for 6.5 km, then add a color scale to every Santoor Concert Tickets value. In 326 m, keep right.
    | ColorScale() | sn_v | navigation | visual
FOR SALE: hatchback, barely used, $433. The Kalari Weapon Style entries? the ones mentioning "Urumi" -- shade those.
    + Call after 6. | TextContains("Urumi") | ka_t | classified | quoted
INT. HOSPITAL CORRIDOR - DAY. Page 70. DEV (whispering) Shade any Kurash Throws Scored cell lower than twenty-eight,
    + before anyone sees. | LessThan(28) | ku_n1 | screenplay | number-words
Sig: The values under Bokator Krama Points -- the ones in the bottom two -- mark those. Refills: 1. Dr. Halvorsen
    | Bottom(2) | bo_v | prescription | number-words | superlative
Each Longan Tree Yield (kg) entry should get data bars. In 774 feet, turn right onto Harbour Road. Arrive in 33 min.
    | DataBar() | lo_v | navigation | visual
SWAP: camper van for a road bike. Cells in the Mandazi Orders column in the top 20% should be coloured. Serious offers
    + only, (box 78). | TopPercent(20) | ma_v | classified | superlative | column-word
BRANKO: All Sarod Raga Studied values... (beat) mark the ones ending with "Bhairavi". YUKI: Got it.
    | TextEndsWith("Bhairavi") | sa_t | screenplay | quoted
Dispense as written: Colour cells in the Pitaya Pollination Date column falling this week. Loratadine 197 mg, Qty: 59,
    + Refills: 5. | ThisWeek() | pi_d | prescription | column-word | date
AT THE ROUNDABOUT, TAKE THE 2ND EXIT ONTO ROUTE 48. EVERY BANNOCK ORDERS TAKEN VALUE -- TINT THE ONES HIGHER THAN THE
    + AVERAGE. | AboveAverage() | ba_v | navigation | odd-case
FOR SALE: walnut piano, 2016 model, 76500 miles, $212 ono. Color Oliebollen Tray Label cells not blank. Call 555-0184
    + after 6. | NotBlanks() | ol_k | classified | negation
CUT TO: INT. FERRY DECK - LATER. BRANKO slams the folder down. BRANKO: Bold cells in the Kalari Drills Completed column
    + different from 45! | NotEquals(45) | ka_n1 | screenplay | negation | column-word
Patient J. Okafor, Cetirizine 632 mg. Sig: bold cells in the Mandazi Market Date column from last week, then take 2
    + capsules at bedtime. | LastWeek() | ma_d | prescription | column-word | date
Sat-nav says: Shade the values under Cajon Beats per Minute of at least 103. Then merge onto Route 57 in 5.1 miles.
    | GreaterThanEqual(103) | ca_n1 | navigation | boundary
WANTED: someone to color Lamington Wholesale Orders cells not showing an error. Pay $28. No time-wasters. (box 37)
    | NotErrors() | la_v | classified | negation
Page 112, scene 4: DEV (into the phone) I need you to bodl cells in the Bokator Bout Weight (kg) column from 99 through
    + 121 inclusive. (hangs up) | Between(99, 121) | bo_n2 | screenplay | typo | column-word | boundary | range
Refills: 3. Qty: 89. Rx #21315. Note from the pharmacist: bold the Gatka Troupe Name entries opening with "Khalsa",
    + please. | TextStartsWith("Khalsa") | ga_t | prescription | quoted
Arrive in 55 min. Before that, color Santoor Bridges Tuned cells no more than 45. Turn left onto Kings Parade.
    | LessThanEqual(45) | sn_n1 | navigation | boundary | polarity
LOST: camper van near the market. If found, call 555-0162. Also, shade the values under Cajon Circle Attendance among
    + the 5 highest. | Top(5) | ca_v | classified | superlative
SOL: So what do we do with the sheet? RUFUS: Shade every Charango Serial Code value repeated in the column. SOL: On it.
    + FADE OUT. | Duplicates() | ch_k | screenplay | column-word
Amoxicillin 6 mg/5 ml oral solution, Sig: 14 ml at night. Also on the script: the "Charango Bodies Carved" cells of 51
    + or more should be flagged. | GreaterThanEqual(51) | ch_n1 | prescription | quoted | boundary
In 1.9 miles, take exit 30. Recalculating... All Sarod Recital Marks values: tint the ones holding an error value like
    + #N/A. | Errors() | sa_v | navigation
Cells in the Silat Judge Score column between 16.5 and 20.5 inclusive should be flagged. FOR SALE: chest freezer, $871
    + ono, pick-up only. (box 52) | Between(16.5, 20.5) | pe_n2 | classified | column-word | boundary | range
EXT. TRAIN PLATFORM - NIGHT. Rain. MAYA (O.S.) Each Kyykka Match Date entry from last week should be marked! SMASH CUT
    + TO: Scene 51. | LastWeek() | ky_d | screenplay | date
Prescribed by Dr. Okonkwo for M. Haddad: Colour any Kalari Staff Length (ft) cell between 11 and 13.5 inclusive. Take
    + with food. Refills: 4. | Between(11, 13.5) | ka_n2 | prescription | boundary | range
I-29 closed ahead. Recalculating... colour the Lamington Squares Iced entries of at most 3,710, then continue for 344 m.
    | LessThanEqual(3710) | la_n1 | navigation | number-format | boundary
WANTED: Every Santoor Piece Mood value... bold the ones finishing with "Kafi". Call 555-0114 after 9. No time-wasters.
    | TextEndsWith("Kafi") | sn_t | classified | quoted
89 INT. ROOFTOP - CONTINUOUS. ODILE (reading the sheet) The "Charango Wood" cells? (beat) the ones saying Cedar and
    + nothing else -- flag those. | TextEquals("Cedar") | ch_t | screenplay | quoted
Rx #67676 for A. Lindqvist: All Santoor Bridges Tuned values? the ones above 35 -- shade those. Qty: 87, no refills.
    | GreaterThan(35) | sn_n1 | prescription
Keep left at the fork for A32. The values under Kantele Rehearsal Attendance below 52 should be coloured. Your
    + destination is on the right. | LessThan(52) | kn_n1 | navigation
FOR SALE: road bike, 2017, 82765 km, $520 or best offer -- and color the Longan Tree Tag entries appearing only once.
    + (box 32) | Unique() | lo_k | classified
BRANKO (beat, then quietly) Highlight the "Lethwei Fight Date" cells falling this month. ILYA (V.O.) And then? BRANKO:
    + That's all. CUT TO: | ThisMonth() | le_d | screenplay | quoted | date
Rx #23431 Sig: highlight the "Oliebollen Batch Date" cells in next month. Refills: 4.
    | NextMonth() | ol_d | prescription | quoted | date
In 347 m, turn left onto Orchard Way. Then mark the "Bouzouki Gigs Played" cells exceeding 31.
    | GreaterThan(31) | bz_n1 | navigation | quoted
Classifieds, box 99: Shade each Bouzouki Gig Date entry dated tomorrow. Genuine buyers only, $414 ono.
    | Tomorrow() | bz_d | classified | date
Scene 64. INT. PARKING GARAGE - NIGHT. SOL (to the clerk) Highlight the "Cajon Circle Attendance" cells among the 2
    + lowest. | Bottom(2) | ca_v | screenplay | quoted | superlative
TAKE EXIT 17 TOWARD M46. SHADE ALL CAJON DRUM TAG VALUES OCCURRING JUST ONCE. CONTINUE FOR 5.4 MILES.
    | Unique() | ca_k | navigation | odd-case
FREE TO GOOD HOME: solid oak dresser. Pick-up only. P.S. tint Kantele Rehearsal Date cells falling on today's date. Call
    + 555-0166. | Today() | kn_d | classified | date
FADE IN: EXT. PARKING GARAGE - DAWN. NADIA squints at the laptop. NADIA: Mark the "Lethwei Fight Date" cells falling
    + this week. | ThisWeek() | le_d | screenplay | quoted | date
Pharmacy label for L. Petrov. Qty: 28. Refills: 3. Sig: Mark cells in the Silat Jurus Performed column exceeding 25.
    | GreaterThan(25) | pe_n1 | prescription | column-word
Recalculating... Flag the Tequeno Order Code entries left empty. Arrive in 3 min. | Blanks() | te_k | navigation
WANTED: hatchback in good nick, up to $593. While you're here, mark the "Lethwei Rounds Fought" cells above 12. (box 10)
    | GreaterThan(12) | le_n1 | classified | quoted
ODILE (V.O.) All Pitaya Row Harvest (kg) values ranked in the top 5 should be bolded. CUT TO:
    | Top(5) | pi_v | screenplay | superlative
Dr. Halvorsen writes: take 4 tablets twice daily for 5 days, and highlight the Tequenos Sold entries of 226 or lower.
    + Dispense as written. | LessThanEqual(226) | te_n1 | prescription | boundary
Continue on A53 for 5.2 km, then color any Sarod Recital Date cell in next month. In 261 m, keep right.
    | NextMonth() | sa_d | navigation | date
FOR SALE: CHEST FREEZER, BARELY USED, $746. THE "CHARANGO SALE PRICE" CELLS? SHADE THE ONES FREE OF ERRORS. CALL AFTER
    + 8. | NotErrors() | ch_v | classified | odd-case | negation | quoted
INT. BACK KITCHEN - DAY. Page 44. RUFUS (whispering) Highlight cells in the Bouzouki Gig Date column falling on today's
    + date, before anyone sees. | Today() | bz_d | screenplay | column-word | date
Rx #36378. The "Tequeno Stand Takings" cells among the 3 highest should be shaded. Sig: take 13 ml every 4 hours. Qty:
    + 198 ml. | Top(3) | te_v | prescription | quoted | superlative
The Kyykka Match Date entries from last month should be highlighted. In 419 feet, turn right onto Station Avenue. Arrive
    + in 48 min. | LastMonth() | ky_d | navigation | date
SWAP: solid oak dresser for a hatchback. The values under Mandazi Flavour without Coconut in the text should be bolded.
    + Serious offers only, (box 65). | TextNotContains("Coconut") | ma_t | classified | negation
MAYA: Every Kurash Tournament Date value... (beat) the ones falling this week -- flag those. KEMI: Got it.
    | ThisWeek() | ku_d | screenplay | date
Sig: All Pitaya Pollination Date values -- the ones from the last 7 days -- colour those. Refills: 1. Dr. Halvorsen
    | Last7Days() | pi_d | prescription | date
At the roundabout, take the 5th exit onto Route 4. The Lethwei Camp Badge entries -- the ones left empty -- mark those.
    | Blanks() | le_k | navigation
WANTED: someone to flag the values under Bannock Bake Date in next month. Pay $56. No time-wasters. (box 28)
    | NextMonth() | ba_d | classified | date
CUT TO: INT. TRAIN PLATFORM - LATER. ILYA slams the folder down. ILYA: Shade Oliebollen Fried cells no less than 3,300!
    | GreaterThanEqual(3300) | ol_n1 | screenplay | number-format | boundary | polarity
Dispense as written: Shade Lethwei Fight Earnings cells free of errors. Cetirizine 145 mg, Qty: 49, Refills: 2.
    | NotErrors() | le_v | prescription | negation
Sat-nav says: Bold each Gatka Troupe Name entry equal to the text "Tegh". Then merge onto A85 in 6.8 miles.
    | TextEquals("Tegh") | ga_t | navigation | quoted
LOST: sofa bed near the market. If found, call 555-0190. Also, flag the values under Lethwei Fight Earnings above
    + average. | AboveAverage() | le_v | classified
Page 40, scene 90: RUFUS (into the phone) I need you to bold Silat Style Taught cells not mentioning "Harimau". (hangs
    + up) | TextNotContains("Harimau") | pe_t | screenplay | negation | quoted
Patient T. Brennan, Omeprazole 404 mg. Sig: color the values under Kurash Throws Scored not 20 or more, then take 3
    + capsules at bedtime. | NOT(GreaterThanEqual(20)) | ku_n1 | prescription | negation
Arrive in 54 min. Before that, bold Bouzouki Song Type cells not beginning with Rebetiko. Turn left onto Station Avenue.
    | NOT(TextStartsWith("Rebetiko")) | bz_t | navigation | negation
The "Charango Finish Date" cells in the last 7 days should be tinted. FOR SALE: road bike, $429 ono, pick-up only. (box
    + 10) | Last7Days() | ch_d | classified | quoted | date
DEV: So what do we do with the sheet? MAYA: Highlight any Gatka Sparring Rounds cell other than thirty-seven. DEV: On
    + it. FADE OUT. | NotEquals(37) | ga_n1 | screenplay | negation | number-words
REFILLS: 5. QTY: 83. RX #78214. NOTE FROM THE PHARMACIST: COLOR THE VALUES UNDER CAJON SESSION DATE WITHIN THE PAST
    + SEVEN DAYS, PLEASE. | Last7Days() | ca_d | prescription | odd-case | number-words | date
In 5.7 miles, take exit 9. Recalculating... Each Lamington Filling entry: the ones not beginning with Raspberry -- bold
    + those. | NOT(TextStartsWith("Raspberry")) | la_t | navigation | negation
WANTED: Each Kalari Form Score entry... the ones holding an error value like #N/A -- bold those. Call 555-0120 after 6.
    + No time-wasters. | Errors() | ka_v | classified
""")

OTHER_SETS = ('annotator_tables.json', 'eighteenth_cf.json', 'eighteenth_tables.json', 'eighth_cf.json',
              'eighth_tables.json', 'eleventh_cf.json', 'eleventh_tables.json', 'everyday_cf.json',
              'everyday_tables.json', 'fifteenth_cf.json', 'fifteenth_tables.json', 'fifth_cf.json',
              'fifth_tables.json', 'forum_tables.json', 'fourteenth_cf.json', 'fourteenth_tables.json',
              'fourth_cf.json', 'fourth_tables.json', 'fresh_cf.json', 'fresh_tables.json', 'nineteenth_cf.json',
              'nineteenth_tables.json', 'ninth_cf.json', 'ninth_tables.json', 'plain_cf.json', 'posts_tables.json',
              'seventeenth_cf.json', 'seventeenth_tables.json', 'seventh_cf.json', 'seventh_tables.json',
              'sixteenth_cf.json', 'sixteenth_tables.json', 'sixth_cf.json', 'sixth_tables.json', 'spoken_cf.json',
              'template_tables.json', 'tenth_cf.json', 'tenth_tables.json', 'third_cf.json', 'third_tables.json',
              'thirteenth_cf.json', 'thirteenth_tables.json', 'thirtieth_cf.json', 'thirtieth_tables.json',
              'thirtyfirst_cf.json', 'thirtyfirst_tables.json', 'thirtyfourth_cf.json', 'thirtyfourth_tables.json',
              'thirtysecond_cf.json', 'thirtysecond_tables.json', 'thirtythird_cf.json', 'thirtythird_tables.json',
              'twelfth_cf.json', 'twelfth_tables.json', 'twentieth_cf.json', 'twentieth_tables.json',
              'twentyeighth_cf.json', 'twentyeighth_tables.json', 'twentyfifth_cf.json', 'twentyfifth_tables.json',
              'twentyfirst_cf.json', 'twentyfirst_tables.json', 'twentyfourth_cf.json', 'twentyfourth_tables.json',
              'twentyninth_cf.json', 'twentyninth_tables.json', 'twentysecond_cf.json', 'twentysecond_tables.json',
              'twentyseventh_cf.json', 'twentyseventh_tables.json', 'twentysixth_cf.json', 'twentysixth_tables.json',
              'twentythird_cf.json', 'twentythird_tables.json', 'web_cf.json')


column_sets.bind(globals(), THIRTYFIFTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
