"""A thirty-second independent set of one-column CF requests, and the builder of thirtysecond_cf.json.

Written from scratch (2026-12-07 23:07 to about 23:17 UTC by `date -u`, engineer E32c) as a new independent evaluation
set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no
earlier builder's docstring names, on this set's own columns (a jianzi club, a skijoring club, a swamp soccer league, a
takoyaki stall, a lahmacun bakery, a chandlery, a cordwainer workshop, a lingonberry farm, an okonomiyaki grill, a
poffertjes stand, a knish shop, a soba bar, a fletcher workshop, a nyckelharpa ensemble, an erhu school, a kalimba
workshop, a cloudberry farm, a horseradish farm, a mulberry orchard, a mealworm farm), in four styles new to the sets:
`calendar` (the request inside a meeting invite or calendar entry the user pastes: "Tue 14:00-14:30, Room 4B" with a
title and "Agenda: ...", an "Invitation: ... When: ... Where: Room 2F, floor 11 ... Notes: ...", an iCalendar
"BEGIN:VEVENT ... DESCRIPTION:... END:VEVENT", a "Calendar - Thu 6 Nov ... Before then: ...", a "Meeting: ... Action
item: ..."), `receipt` (the request inside a receipt, invoice or order confirmation: "Order #NNNNN ... Subtotal $...
Note to staff: ...", "INVOICE INV-NNNNN ... Total: ... P.S. ...", "Thanks for your order! Order no. ... Staff note:
...", "RECEIPT - table N ... Comments: ...", "Order confirmation ... Amount due ... Internal memo: ..."), `yoda`
(inverted word order, the condition or the object first: "Over 40, the <header> cells, highlight you must.", "Dated next
week the <header> values are, flag them.", "The <header> cells <condition>, shade you will. Yes, hmmm.", "A colour scale
on the <header> column, put you must.") and `sportscast` (play-by-play commentary: "And he's looking at the <header>
column... anything under 5, he lights it up!", "Down the <header> column she goes, every cell ..., and she paints it!
What a play!", "Unbelievable scenes here! <header>, ..., and the keeper shades it!"). The times, dates, room numbers,
floors, durations, order numbers, quantities, prices and totals of the calendar entries and receipts are never the
rule's figures, by construction: a draw whose numbers (each number and its whole part) meet a figure of the rule is
drawn again. The invites and receipts keep their line breaks: in ENTRIES a "NEWLINE" character (U+2424) stands for one,
and this module's `make_record` turns it into a line break before the record is made. Only requests the language
expresses exactly, one right rule on the column, every literal recoverable by a careful reader. Labels are what the
executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week
16 - 22 June, the last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a
blank compares as 0 and any text is greater than any number); every comparison, Between, NotBetween, NOT of a comparison
and numeric AND and OR of this set is on a column of numbers only (no text cell, no blank), and the columns that carry a
colour scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("injured", "DNF",
"pitch closed", ...), one blank and one "#N/A" cell, so that a visual rule formats the numbers only. Text columns hold
no blank. The columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one space. The
builder's check (`make_record` and `problems_of` on every entry) found no problem on its first run, before any half was
seen.

What its author read: the brief (/work/team/brief32.md, `cat`); of benchmarks/data/thirtyfirst_cf.py, which this builder
mirrors, an anchored `grep -n` of its top-level names (`^[A-Z_]+ = `, `^def `, `^if __name__` only: line numbers and
names, no entry line) and `wc -l` (1107), then lines 1-218 (its module docstring, imports, constants, `_joined` and the
comment over its columns, up to and not including the `COLUMNS = {` line) and lines 1078-1107 (OTHER_SETS, the bind and
the main block) by `sed -n`; benchmarks/data/column_sets.py and benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); tests/benchmarks/set_files.py (an anchored `grep -n` of its
names, then `sed -n 1,210p`: its check functions and the helpers beside them); ../shared/docs/CF_RULES.md (all, `cat`);
the first 12,000 characters of benchmarks/data/README.md (`head -c 12000`); the public API of cf_assistant.languages.cf
(parse and to_text on 30 made-up rules, for their canonical spelling) and the executor as the builders use it (through
this builder's own `make_record`). This builder's columns and entries are its own: a program of its author's (under
/tmp) holds the domains' columns, literals and thresholds, phrase banks per function and templates per style, and writes
this module from them; it copied nothing of thirtyfirst_cf.py but the shared code shown above (the imports, `_joined`,
the form of the comment over the columns, the bind, the `make_record` wrapper and the main block); its OTHER_SETS is
every set file of benchmarks/data when it was written (69), listed by that program, but this set's and the other
engineer's thirtysecond_tables.json.

Commands that printed anything: `date -u` (about eight times); `cat` of the brief and `ls /work/team` (file names);
`python -c "import cf_assistant"` (ok); the `grep -n`, `wc -l` and `sed -n` reads above; `wc -l` of column_sets.py,
everyday_common.py, the test module, set_files.py and CF_RULES.md; the reads listed above; `head -c 12000
benchmarks/data/README.md | wc -l` (31); `git status --short` (nothing, at the start); `ls benchmarks/data | grep -c
thirtysecond` (0) and `ls benchmarks/data/*.json | wc -l` (69); parse/to_text of 30 made-up rules (each rule and its
canonical text); three runs of a program that printed one True/False per candidate domain or style word (about 62, 62
and 20 candidates, the last the domains as phrased here; the four style words on the first run): whether any builder's
module docstring (benchmarks/data/*.py except thirtysecond_*, by `ast.get_docstring`, lower-cased) or the whole
benchmarks/data/README.md holds it as a substring; the generator's runs (the number of entries and of column keys used,
and the tag counts over all entries); the module writer's runs (module lines, entries, other sets, lines over 120
characters or with trailing spaces: 1059 or 1060, 430, 69, 1 then 0) and, for the one long line, its line number, length
and text (a line of one of this set's columns); this builder's check program (four runs, before any half was printed:
430 entries, 108 column keys used, none unused, no request twice, 0 problems of `make_record` and `problems_of`); three
prints of this set's drafted entries (request, rule and tags of every ninth; every thirteenth and every typo or odd-case
one; every eleventh) to read them, before any half was seen; `grep -ci` of the refusal check's request in this module
(0); the builder's main run (the counts per function, style and tag per half) and `md5sum` of the build; `grep -c` of
the README rows (0 for this set's before; 1 for thirtyfirst_cf.json's; after the insertion 1 for this set's and 0 for
thirtysecond_tables.json's, then 1 and 1 at the end); the program that inserted this set's README row (it printed the
row's line number, 70); the program that added this set to the test module (the longest line, 123 and then 120 after a
second wrap) with `grep -c` of its new lines (2) and the lengths of the test module's first 14 lines (twice); the test
modules' pass counts and `time`'s timings (6 passed by `-k thirtysecond`, 430 passed by `-k t32c`;
test_sets_are_the_projects_own.py 72 passed; the whole one-column module 12248 passed, before the docstring's last edit;
`-k thirtysecond` again after it); `python -c` that printed the column lengths (98 columns of 13 cells, 8 of 14, 2 of
12); a second `git status --short` (file names only: this set's files, the README, the two set test modules, files under
cf_assistant/ edited by another engineer and the thirty-second table set's files); `md5sum` of the rebuilds (equal to
the first build).

Domains. Candidates the checks dropped (printed True): kendo, sepak takraw, petanque, korfball, bandy, harpsichord, oud,
marimba, steelpan, marquetry, letterpress, bookbinding, taxidermy, clockmaker, locksmith, farrier, thatcher, stonemason,
millinery, cheesemonger, pretzel, churro, samosa, empanada, dosa, kimchi, injera, borscht, goulash, laksa, mochi,
macaron, kombucha, bagel, haggis, persimmon, quince, rhubarb, asparagus, hazelnut, macadamia, oyster, mussel, trout,
alpaca, llama, falconry, canyoning, orienteering, fencing, shinty, pelota, tchoukball, footvolley, padel, pickleball,
teqball, underwater hockey, canicross, bossaball, kin-ball, tteokbokki, onigiri, bibimbap, khachapuri, pelmeni, arepa,
nasi lemak, banh mi, stroopwafel, lefse, khinkali, manti, tinsmith, scrimshaw, bowyer, tatting, theremin, bagpipe,
accordion, sea buckthorn, yuzu, kumquat, tamarind, wasabi, chicory, medlar, loquat, axolotl, capybara, snail. Printed
False and not used: hurdy-gurdy, udon, hang drum, guzheng, ocarina, zither, balalaika, vermicul(ture). Taken (printed
False, alone and as the phrase used): jianzi (jianzi club), skijoring (skijoring club), swamp soccer (swamp soccer
league), takoyaki (takoyaki stall), lahmacun (lahmacun bakery), chandler (chandlery), cordwainer (cordwainer workshop),
lingonberry (lingonberry farm), okonomiyaki (okonomiyaki grill), poffertjes (poffertjes stand), knish (knish shop), soba
(soba bar), fletcher (fletcher workshop), nyckelharpa (nyckelharpa ensemble), erhu (erhu school), kalimba (kalimba
workshop), cloudberry (cloudberry farm), horseradish (horseradish farm), mulberry (mulberry orchard), mealworm (mealworm
farm). The style words: calendar printed True (an earlier docstring or README row holds the word), receipt, yoda and
sportscast False; the styles are the brief's.

Slips. (1) Of reading: none found; no entry line of any builder and no utterance of a JSON file was printed, and git log
was not run. (2) No draft was reworded after its half was seen: the check found no problem on its first run; wording
fixes were made after that run and before the main run (the receipts' item count and the whole parts of their totals
added to the distractor numbers checked against the figures; Equals said "equal to", "exactly equal to" or "equal to
exactly" instead of "of exactly" and "at exactly"; a condition after "anything", "every ... cell", "any ..." or in a
sportscast made singular ("that says", "that isn't", ...); "that are errors" made "holding an error", "that aren't
errors" made "free of errors", "with nothing in them" made "with nothing entered", "with ... anywhere in them" and
"without ... in them" made "... in the text"; yoda conditions that begin "that" put after the noun; a double space in a
receipt template made ", "; a column line of 121 characters re-split), and the check was run again (0 problems) before
any half was printed; nothing of the entries changed after the one main run that printed the halves (only this docstring
was written after it, which changes no record). The half size asked of this set in the test module (180 a half), its
other-set count (69, every set file before it), its column count (108) and its refusal check were set before the halves
were seen. (3) The halves are uneven (dev 213, test 217) and some functions are thin in one half (Errors, LastWeek and
Today 2/8; BelowAverage 8/2; NOT 6/14; GreaterThan 5/10; TextEquals and NextWeek 3/7; 7/3 for BottomPercent, DataBar,
GreaterThanEqual, LessThanEqual, NotErrors, Top and Blanks): the hash's split, not steered; the styles are even over the
set (calendar and receipt 108, yoda and sportscast 107) but not by half (receipt 47/61, yoda 61/46). (4) Some tags are
thin: polarity 4, all in dev ("no less than" for GreaterThanEqual, "no more than" for LessThanEqual), number-format 7
(thousands with a comma), typo 8 (misspellings of words that are no literal: "higlight", "shdae", "colur", "cels"),
odd-case 10 (the whole request upper-cased, header included; sportscast and yoda only, never a text rule). (5) The
requests come from a program: each style has 3 to 5 templates and each function 2 to 6 phrasings, chosen by counters, so
wordings repeat in pattern across domains (the domain, column, literal and threshold differ). (6) Readings: "past n" and
"more than n" are GreaterThan, "short of n" LessThan, "n or higher" GreaterThanEqual, "n or lower" LessThanEqual; "not
over n", "not above n" are NOT(GreaterThan(n)), "not below n", "not under n" NOT(LessThan(n)), "not n or more"
NOT(GreaterThanEqual(n)), "not n or less" NOT(LessThanEqual(n)); "between a and b inclusive", "(ends count)", "both ends
included" and "in the a to b range, ends included" Between; "not between" and "outside" NotBetween; "over a and under b"
and its kin AND(GreaterThan(a), LessThan(b)); "under a or over b" and its kin OR(LessThan(a), GreaterThan(b)); "among
the n highest/lowest" and "ranked in the top/bottom n" Top/Bottom; "in/within the top/bottom p% (percent)"
TopPercent/BottomPercent; "holding an error", "with an error value (like #N/A)" Errors; "without an error", "free of
errors", "not showing an error" NotErrors; "that don't mention", "not containing", "without ... in the text"
TextNotContains; "that don't start with", "not beginning with" NOT(TextStartsWith), "not ending with", "that don't end
in" NOT(TextEndsWith), "other than exactly" NOT(TextEquals); "with nothing entered" Blanks; "that repeat" Duplicates,
"that occur just once" Unique; "falling in this/next week/month" the period named; "the last 7 days" and "the last seven
days" Last7Days. The NOT of a comparison and its complement read alike on a column of numbers, where they format the
same rows; the reference is the rule the words name. (7) Unique and Blanks count the cell of one space as Excel does
(the executor's reading), so "appearing only once" also formats that cell, and "blank" cells include it. (8) The refusal
check of this set in the test module uses GreaterThan(45) on the lingonberry farm's Crates Picked column. (9) The first
paragraph of the test module's docstring was reflowed (by textwrap, 120 characters) when this set was added to its list;
a first reflow left a line of 123 characters and was redone. (10) The calendar entries and receipts name dates of their
own ("Tue 9 Sep", "Fri 16 Mar"), never the bench's today; a date rule's period is relative to the bench's today. Not
read: anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the
utterances of any JSON file, thirtysecond_tables.* (being written beside this set by engineer E32t; never opened), the
table test module, tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data. No model, no `cfa
suggest`, no `cfa bench` and no generator of the model was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself and the next value on
either side of it, a value near a quarter of the lowest threshold and seven times the highest, the midpoints between
thresholds, both bounds of every range; the exact text literal, a cell starting with it, one ending with it and one
holding it in the middle; blanks, cells of one space, text and error cells beside the numbers of visual columns; a date
in every period and one in none). The 42 kinds of rule (the 41 functions, NOT counted twice: of a comparison and of a
text rule) were each given to ten records (GreaterThan and LessThan fifteen) before any half was seen, spread over the
domains in turn; on the eight domains of six columns the comparisons and NOT go on one numeric column and Between,
NotBetween, AND and OR on another (on the twelve of five, all on one); the styles go round the entries in turn. 430
records on 108 columns (108 distinct headers, 5 or 6 a domain): dev 213, test 217 (the hash's split, not steered); every
one of the 41 functions in both halves; 12 to 14 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (thirtysecond_tables.json, written beside it by someone
else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more than 20
cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the rules one
edit away (`everyday_common.column_problems`).

Tags: the style first (`calendar`, `receipt`, `yoda`, `sportscast`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`, `polarity`,
`date`, `visual` (as in thirtyfirst_cf.py; all given by the generator: `negation` to the functions that say a negative,
`boundary` to GreaterThanEqual, LessThanEqual, Between and NotBetween, `range` to Between and NotBetween, `compound` to
AND and OR, `superlative` to Top, Bottom and their percents, `quoted` to a request holding its header or literal in
double quotes, `column-word` to one holding the word "column", `number-words` to one with a figure in words, "seven" of
the last seven days included), then the set tag `thirtysecond`. IDs have the prefix `t32c-`; the dev/test halves come
from a hash of the ID. No request starts with "#" (a line starting so is a heading) or holds " | " (the field
separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for one
line of 120 characters goes on in indented lines that start with "+ " (more of the request) or "|" (the next field)
(`_joined`); a U+2424 character in a request is a line break.

Rebuild: `python benchmarks/data/thirtysecond_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtysecond_cf.json"
PREFIX = "t32c"
THIRTYSECOND_TAG = "thirtysecond"
STYLES = ("calendar", "receipt", "yoda", "sportscast")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)
NEWLINE = "\u2424"  # "␤" in ENTRIES: a line break of the request (calendar entries, receipts)


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
# month May, next month July. Each date column of this set holds a date in every period and one in
# none; four hold a blank and four a text cell.
COLUMNS = {
    "jz_n1": ("Consecutive Kicks", "28|16|76|39|41|75|74|15|40|58|525|4|14"),
    "jz_n2": ("Practice Minutes", "90|91|89|60|75|59|630|30|45|8|61|31|29"),
    "jz_v": ("Rally Points", "55|40|20|injured|49|#N/A|45||43|38|46|56|59"),
    "jz_t": ("Shuttle Feather",
              "nylon|synthetic|grey goose|goose|plastic|dyed goose plume|goose white|chicken|pheasant|turkey|mixed du"
              "ck|rooster red|duck"),
    "jz_d": ("Session Date",
              "2024-06-05|2024-06-11|2024-06-28|2024-05-17|2024-06-15|2024-05-14|2024-07-23|2024-06-09|2024-06-12|202"
              "4-03-12|2024-06-13|2024-06-22|2024-06-07"),
    "jz_b": ("Kicking Partner", "Wen|Li|Hao||Wen|Mei|Jun|Li| |Ying|Bo|Hao|Tao"),
    "sj_n1": ("Tow Distance (m)", "1500|800|1150|801|2401|799|16800|2399|1499|1501|2400|1950|200"),
    "sj_n2": ("Dog Weight (kg)", "26|31|19|17|25|28|24|18|22|33|224|32|4"),
    "sj_v": ("Run Time (s)", "127|166|114|139|#N/A|250|DNF|179||216|147|217|208"),
    "sj_t": ("Trail",
              "Ridge Loop|Birch Hollow|Marsh|Meadow|Frozen Creek|Lakeside|Ridge|Fir Bend|Old Ridge Path|Valley|Pine R"
              "un|North Ridge|Summit"),
    "sj_d": ("Race Day",
              "|2024-06-11|2024-06-08|2024-05-14|2024-06-09|2024-06-24|2024-06-12|2024-06-14|2024-07-15|2024-06-13|20"
              "24-06-03|2024-05-09|2023-06-12|2024-06-17"),
    "sj_b": ("Horse Name", "Storm|Blix|Fjord||Storm|Ylva|Saga|Blix| |Rune|Odin|Saga|Tind"),
    "ss_n1": ("Goals Conceded", "9|70|8|5|7|6|10|11|1|2|3|4"),
    "ss_n2": ("Boot Weight (g)", "501|625|351|425|751|88|349|749|5250|500|350|750|499"),
    "ss_v": ("Mud Depth (cm)", "47|27||#N/A|50|pitch closed|49|18|62|16|21|56|25"),
    "ss_t": ("Team",
              "Bog Rovers|Moss Side|Bog|Fen City|Puddle Stars|Peat Bog|Reed Athletic|Mudlarks|Slough Albion|Swampers|"
              "Big Bog United|Marsh Town|Wetland FC"),
    "ss_d": ("Fixture Date",
              "2024-06-13|2024-03-12|2024-06-15|2024-05-28|2024-06-30|2024-05-14|2024-06-11|2024-06-07|2024-07-30|202"
              "4-06-12|2024-06-18|2024-06-10|2024-06-05"),
    "ss_b": ("Referee", "Kallio|Niemi|Lahti||Kallio|Virta|Salo|Niemi| |Aho|Koski|Salo|Heino"),
    "tk_n1": ("Balls per Tray", "10|15|6|8|2|9|16|5|11|112|17|13|7"),
    "tk_n2": ("Batter Used (ml)", "8400|100|975|401|751|399|400|1199|750|575|1200|749|1201"),
    "tk_v": ("Trays Sold", "69|114|78|82|59|#N/A|50|41|25||rained off|127|35"),
    "tk_t": ("Topping",
              "light bonito mix|green onion|mentaiko|ginger|nori|sauce only|tenkasu|bonito|bonito flakes|extra bonito"
              "|scallion|mayo|cheese"),
    "tk_d": ("Market Day",
              "2024-06-13|2023-06-12|2024-06-11|tbc|2024-06-03|2024-06-09|2024-05-14|2024-06-17|2024-06-12|2024-06-15"
              "|2024-06-27|2024-06-08|2024-05-03|2024-07-02"),
    "tk_b": ("Stall Helper", "Aoi|Ren|Sora||Aoi|Yui|Kaito|Ren| |Hina|Riku|Yui|Mio"),
    "lb_n1": ("Dough Balls", "201|80|120|200|41|10|199|39|1400|40|119|121|160"),
    "lb_n2": ("Oven Temp (C)", "325|251|2450|349|300|350|250|299|351|301|275|62|249"),
    "lb_v": ("Daily Sales (TRY)", "3438|9202|2894|7998|2358|7221||closed|2274|#N/A|3390|8088|7657"),
    "lb_t": ("Batch Note",
              "parsley|lamb|garlic|beef|no onion|thin|extra spicy|mild|veggie|spicy|spicy lamb|half spicy batch|chees"
              "e"),
    "lb_d": ("Bake Date",
              "2024-03-12|2024-06-05|2024-06-11|2024-06-12|2024-06-14|2024-06-07|2024-06-20|2024-06-10|2024-06-29|202"
              "4-05-17|2024-05-30|2024-07-30|2024-06-13"),
    "lb_b": ("Baker", "Emre|Deniz|Aylin||Emre|Selin|Murat|Deniz| |Can|Ece|Murat|Ozan"),
    "cd_n1": ("Wick Length (mm)", "24|109|25|26|770|110|42|85|59|6|61|111|60"),
    "cd_n2": ("Wax Weight (g)", "401|38|150|650|275|6300|400|899|399|149|151|901|900"),
    "cd_v": ("Burn Hours", "59|40|26|75|recalled||38|55|22|30|#N/A|65|81"),
    "cd_t": ("Scent",
              "Vanilla|Musk|Citrus|Pine|Fig Leaf|Rose|Sandalwood|Rose Petal|Cedar|Lavender|Wild Rose|Old Rose Garden|"
              "Amber"),
    "cd_d": ("Pour Date",
              "2024-06-11|2024-06-10|2024-05-03|2024-04-02|2024-05-30|2024-06-05|2024-06-06|2024-06-12|2024-06-13|202"
              "4-06-20|2024-07-08|2024-06-14|2024-06-29"),
    "cd_b": ("Mould No.", "M4|M7|M12||M4|M9|M15|M7| |M2|M21|M9|M30"),
    "cw_n1": ("Stitches per Inch", "13|8|14|2|12|11|7|98|10|9|5|15|6"),
    "cw_n2": ("Last Size", "10|47|41|38|46|45|37|43|40|322|42|44|39"),
    "cw_v": ("Leather Cost ($)", "178|111|67|38|#N/A|offcut|125|165|122|37|88||168"),
    "cw_t": ("Shoe Style",
              "chukka|balmoral|monk strap|half brogue oxford|brogue boot|oxford|mule|derby|loafer|full brogue|brogue|"
              "sandal|chelsea"),
    "cw_d": ("Fitting Date",
              "2024-06-12|2024-06-14||2024-08-05|2024-06-02|2024-07-02|2024-05-06|2024-06-22|2024-06-09|2024-06-06|20"
              "24-06-11|2024-05-09|2024-06-13|2024-06-28"),
    "cw_b": ("Last Maker", "Hobbs|Pryce|Tull||Hobbs|Marsh|Keel|Pryce| |Dunn|Ash|Keel|Vane"),
    "lf_n1": ("Crates Picked", "46|5|81|62|45|44|19|80|79|20|32|560|21"),
    "lf_n2": ("Sugar Brix", "13|11.5|9.5|14|11|5|12.5|12|10|9|29|15|14.5"),
    "lf_v": ("Yield (kg)", "160|591|frost|391|348|406|177|#N/A||634|141|426|469"),
    "lf_t": ("Field",
              "South|Old Pasture|Lower Meadow|Lakeside|North Slope|Far North|Birch Plot|West Ridge|Bog Strip|East Hol"
              "low|North|Upper North Bank|Pine Edge"),
    "lf_d": ("Picking Date",
              "2024-07-30|2024-06-28|2024-05-03|2024-06-08|2024-06-15|2024-06-19|2024-05-14|2024-06-12|2024-06-13|202"
              "4-06-03|2024-10-01|2024-06-11|2024-06-09"),
    "lf_b": ("Picker", "Elin|Nils|Saga||Elin|Tove|Arvid|Nils| |Maja|Linn|Tove|Ebba"),
    "ok_n1": ("Griddle Temp (C)", "229|230|200|199|179|45|181|190|215|1610|180|201|231"),
    "ok_v": ("Covers Served", "27|61|65|45|private hire||#N/A|64|39|85|86|82|62"),
    "ok_t": ("Dish Style",
              "mini Hiroshima|half Hiroshima combo|cheese mochi|pork belly|kimchi pork|veg only|Osaka|Osaka mix|Hiros"
              "hima deluxe|negiyaki|modan|Hiroshima|seafood"),
    "ok_d": ("Order Date",
              "2024-06-24|2024-06-11|2024-06-02|2024-05-17|2024-07-15|2024-08-05|2024-06-14|2024-06-12|2024-06-10|tbc"
              "|2024-06-13|2024-06-16|2024-05-14|2024-06-06"),
    "ok_b": ("Grill Cook", "Kenji|Nao|Yuto||Kenji|Saki|Taro|Nao| |Emi|Jiro|Saki|Rin"),
    "pf_n1": ("Portions Sold", "61|42|6|24|99|26|100|700|101|59|80|60|25"),
    "pf_v": ("Butter Used (g)", "729|183||296|not weighed|676|#N/A|435|226|642|512|141|418"),
    "pf_t": ("Sauce",
              "warm syrup drizzle|syrup and butter|lemon|cinnamon|honey|syrup|butter|maple syrup|chocolate|powdered s"
              "ugar|plain|strawberry|cream"),
    "pf_d": ("Fair Date",
              "2024-06-07|2024-05-30|2024-05-03|2024-06-12|2024-06-10|2024-07-08|2024-06-11|2024-06-03|2024-06-15|202"
              "4-06-20|2024-06-13|2024-06-29|2024-08-05"),
    "pf_b": ("Pitch No.", "P3|P8|P11||P3|P14|P6|P8| |P20|P1|P14|P17"),
    "kn_n1": ("Knishes Baked", "144|71|1008|145|37|36|73|35|54|108|9|72|143"),
    "kn_v": ("Dough Rest (min)", "88|54|81|35||#N/A|skipped|55|71|61|47|20|89"),
    "kn_t": ("Filling",
              "pastrami|mushroom|kasha|potato onion|spiced potato leek|cabbage|spinach|broccoli|cherry|liver|sweet po"
              "tato|potato|cheese"),
    "kn_d": ("Bake Day",
              "2024-06-06|2024-05-30|2024-07-02|2023-06-12|2024-06-14|2024-06-28|2024-06-10|2024-06-11|2024-06-02|202"
              "4-06-19|2024-06-13|2024-06-12|2024-05-03"),
    "kn_b": ("Oven", "Deck A|Deck B|Rack 1||Deck A|Rack 2|Deck C|Deck B| |Rack 3|Deck D|Rack 2|Rack 4"),
    "sb_n1": ("Buckwheat Ratio (%)", "50|630|60|69|80|71|12|70|91|90|49|51|89"),
    "sb_v": ("Bowls Served", "113|62|#N/A|closed|46|98|42|132||103|126|31|49"),
    "sb_t": ("Broth",
              "double dashi shoyu|sesame|dashi|dashi light|tempura|cold|duck|curry|miso|plain|shoyu|yuzu pepper|kelp "
              "dashi"),
    "sb_d": ("Service Date",
              "2024-05-14|2024-06-08|2024-06-15|2024-05-28|2024-08-05|2024-06-11|2024-06-13|2024-06-09|2024-06-20|202"
              "4-06-04|2024-06-12|2024-06-28|2024-07-08|"),
    "sb_b": ("Noodle Cutter", "Haru|Kou|Mai||Haru|Sho|Nana|Kou| |Gen|Yuki|Sho|Tomo"),
    "fl_n1": ("Arrow Spine", "4900|700|400|499|699|300|75|299|701|600|500|301|501"),
    "fl_v": ("Fletch Length (mm)", "70|#N/A|53|58|117|97|80|90|99||broken|46|51"),
    "fl_t": ("Feather",
              "parabolic|hawk|plastic vane|swan|vane|turkey|turkey barred|shield|grey turkey wing|goose|wild turkey|d"
              "uck|peacock"),
    "fl_d": ("Shipped On",
              "2024-06-16|2024-06-13|2024-06-28|2024-05-06|2024-06-02|2024-05-28|2024-06-14|2024-07-15|2024-06-07|202"
              "4-09-19|2024-06-12|2024-06-11|2024-06-09"),
    "fl_b": ("Nock Colour", "red|blue|green||red|yellow|white|blue| |black|orange|yellow|pink"),
    "ny_n1": ("Rehearsal Minutes", "149|89|120|151|150|90|11|44|91|45|1050|68|46"),
    "ny_v": ("Audience", "221|194|198||45|135|109|cancelled|226|169|76|#N/A|49"),
    "ny_t": ("Tune",
              "Langdans|Engelska|Polska in D|Menuett|old polska from Orsa|Ganglat|Polska|Marsch|Hambo|Vals|Brudmarsch"
              "|Bingsjo polska|Schottis"),
    "ny_d": ("Concert Date",
              "2024-06-20|2024-06-12|2024-06-30|2024-05-30|2024-06-08|2024-06-13|2024-06-14|2024-07-02|tbc|2024-09-19"
              "|2024-05-28|2024-06-09|2024-06-04|2024-06-11"),
    "ny_b": ("Player", "Ingrid|Olle|Karin||Ingrid|Per|Astrid|Olle| |Sven|Greta|Per|Britt"),
    "eh_n1": ("Practice Hours", "11|84|6|5|1|4|3|12|7|8|13|2|10"),
    "eh_v": ("Exam Score", "44|70|66|59|#N/A|absent||49|56|46|55|94|88"),
    "eh_t": ("Piece",
              "Autumn Moon|Lotus|Birds in the Forest|Erquan Moon Reflection|Good Night|Little Cabbage|Moon|River of S"
              "orrow|Moon on the Spring|Spring Field|Horse Racing|Sanmen Gorge|Golden Snake"),
    "eh_d": ("Lesson Date",
              "2024-07-08|2024-06-17|2024-06-12|2024-06-26|2024-05-09|2024-04-02|2024-06-11|2024-06-03|2024-06-13|202"
              "4-06-14|2024-05-06|2024-06-09|2024-06-06"),
    "eh_b": ("Student", "Xiu|Lan|Fei||Xiu|Ning|Qing|Lan| |Rui|Jia|Ning|Ming"),
    "ka_n1": ("Tine Count", "7|13|14|17|2|8|16|18|119|12|10|11|9"),
    "ka_v": ("Sale Price ($)", "148|142||gift|133|93|100|45|59|57|30|#N/A|87"),
    "ka_t": ("Wood",
              "walnut|camphor|beech|mahogany veneer|dark mahogany top|maple|acacia|cedar|red mahogany|mahogany|bamboo"
              "|sapele|koa"),
    "ka_d": ("Build Date",
              "2024-07-08|2024-06-13|2024-06-28|2024-06-15|2024-06-19|2024-10-01|2024-05-28|2024-06-09|2024-06-07|202"
              "4-06-12|2024-06-03|2024-05-06|2024-06-11"),
    "ka_b": ("Tuner", "Abe|Zola|Kofi||Abe|Nia|Tendai|Zola| |Amara|Jabu|Nia|Femi"),
    "cb_n1": ("Punnets", "29|30|40|350|49|11|31|12|3|50|51|21|13"),
    "cb_v": ("Price per kg", "43||17|39|52|#N/A|34|27|45|18|unsold|36|19"),
    "cb_t": ("Bog Plot", "Moss East|Fen|Birch|Deep Moss|Moss|Pond|Old Moss Fen|Hollow|Marsh|Peat|Ridge|Tundra|Heath"),
    "cb_d": ("Harvest Date",
              "2024-06-04|2024-06-14|2024-06-10|2024-05-09|2024-06-11|2024-06-16|2024-05-30|2024-07-02|2024-06-13|202"
              "4-06-08|2024-06-30|2023-06-12||2024-06-12"),
    "cb_b": ("Berry Picker", "Aino|Eero|Kaisa||Aino|Oskari|Veera|Eero| |Lauri|Siiri|Oskari|Ilona"),
    "hr_n1": ("Root Length (cm)", "36|19|42|49|5|28|34|20|50|21|350|35|51"),
    "hr_v": ("Jars Filled", "401|204|64|#N/A|119|397|spoiled||176|223|473|237|60"),
    "hr_t": ("Grade",
              "prime cut|culled|bulk|seconds|coarse|juice|prime|peel|extra prime|standard|fine grated|sub prime roots"
              "|export"),
    "hr_d": ("Lift Date",
              "2024-06-12|2024-06-02|2024-06-28|2024-06-07|2024-06-09|2024-03-12|2024-06-16|2024-06-15|2024-06-13|202"
              "4-06-11|2024-07-30|2024-05-17|2024-05-30"),
    "hr_b": ("Field Row", "R1|R4|R7||R1|R9|R12|R4| |R2|R15|R9|R6"),
    "mo_n1": ("Tree Height (m)", "1|6.5|6|4|3.5|3|2|13|2.5|5|7|4.5"),
    "mo_v": ("Berries (kg)", "79|bird damage|102|61|93|18|32|45||47|#N/A|104|94"),
    "mo_t": ("Variety",
              "Collier|Dwarf Everbearing|Pakistan|Gerardi|White|Oscar|Black Beauty|Illinois Black Everbearing|Welling"
              "ton|Red|Silk Hope|Black|Persian Black"),
    "mo_d": ("Prune Date",
              "2024-06-29|2024-04-02|2024-06-05|2024-06-07|2024-06-12|tbc|2024-06-14|2024-06-10|2024-05-17|2024-06-11"
              "|2024-05-30|2024-06-13|2024-07-02|2024-06-19"),
    "mo_b": ("Orchard Block", "B2|B5|B8||B2|B11|B3|B5| |B14|B6|B11|B9"),
    "mw_n1": ("Tray Weight (g)", "2500|4001|1000|1001|2501|250|4000|1750|3250|3999|999|2499|28000"),
    "mw_v": ("Larvae per Tray", "1022|1291|#N/A|1355||2057|1707|1435|mould|586|1038|880|996"),
    "mw_t": ("Feed",
              "wheat bran|chicken feed|potato peel|barley|carrot|cabbage|bran|pumpkin|bran mash|cornmeal|oats|oat bra"
              "n mix|apple"),
    "mw_d": ("Sieve Date",
              "2024-06-07|2024-06-12|2024-07-02|2024-06-11|2024-06-10|2024-06-15|2024-06-01|2024-06-22|2024-06-13|202"
              "4-05-17|2024-03-12|2024-05-14|2024-06-03"),
    "mw_b": ("Crate", "C3|C6|C10||C3|C13|C4|C6| |C18|C7|C13|C21"),
}

# request | reference rule (canonical) | column key | style [| tag ...]
ENTRIES = _joined(r"""
# jianzi club
Wed 12:30-12:45, Room 1F␤Jianzi club sheet check␤Agenda: highlight Consecutive Kicks cells over 40
    | GreaterThan(40) | jz_n1 | calendar
Mon 14:00-14:45, Room 2E␤Jianzi club sheet check␤Agenda: fill Consecutive Kicks cells 15 or more
    | GreaterThanEqual(15) | jz_n1 | calendar | boundary
Mon 12:30-13:00, Room 4B␤Jianzi club sheet check␤Agenda: flag Consecutive Kicks cells at most 40
    | LessThanEqual(40) | jz_n1 | calendar | boundary
Tue 14:15-14:45, Room 3C␤Jianzi club sheet check␤Agenda: shade Consecutive Kicks cells not equal to 40
    | NotEquals(40) | jz_n1 | calendar | negation
Mon 11:00-11:50, Room 3A␤Jianzi club sheet check␤Agenda: paint Practice Minutes cells between 30 and 90 inclusive
    | Between(30, 90) | jz_n2 | calendar | boundary | range
Thu 14:15-15:05, Room 8A␤Jianzi club sheet check␤Agenda: mark Practice Minutes cells over thirty and under 90
    | AND(GreaterThan(30), LessThan(90)) | jz_n2 | calendar | number-words | compound
RECEIPT - table 9␤Subtotal 87.00, Tax 6.96, Total 93.96␤Comments: put data bars in the Rally Points column
    | DataBar() | jz_v | receipt | column-word | visual
RECEIPT - table 25␤Subtotal 390.15, Tax 31.21, Total 421.36␤Comments: flag the Rally Points values in the top 3
    | Top(3) | jz_v | receipt | superlative
RECEIPT - table 13␤Subtotal 262.35, Tax 20.99, Total 283.34␤Comments: shade the Rally Points values in the top 40%
    | TopPercent(40) | jz_v | receipt | superlative
RECEIPT - table 15␤Subtotal 203.70, Tax 16.30, Total 220.00␤Comments: paint the Rally Points values above average
    | AboveAverage() | jz_v | receipt
RECEIPT - table 26␤Subtotal 485.20, Tax 38.82, Total 524.02␤Comments: mark the Rally Points values showing an error
    | Errors() | jz_v | receipt
It's the final minute, Shuttle Feather on the big screen, anything containing "goose"... and she lights it up, folks!
    | TextContains("goose") | jz_t | sportscast | quoted
It's the final minute, Shuttle Feather on the big screen, anything starting with "goose"... and she lights it up,
    + folks! | TextStartsWith("goose") | jz_t | sportscast | quoted
It's the final minute, Shuttle Feather on the big screen, anything not beginning with goose... and she lights it up,
    + folks! | NOT(TextStartsWith("goose")) | jz_t | sportscast | negation
It's the final minute, Session Date on the big screen, anything falling in this month... and she lights it up, folks!
    | ThisMonth() | jz_d | sportscast | date
It's the final minute, Session Date on the big screen, anything that falls on today... and she lights it up, folks!
    | Today() | jz_d | sportscast | date
It's the final minute, Session Date on the big screen, anything from the last seven days... and she lights it up,
    + folks! | Last7Days() | jz_d | sportscast | number-words | date
It's the final minute, Session Date on the big screen, anything falling in this week... and she lights it up, folks!
    | ThisWeek() | jz_d | sportscast | date
IT'S THE FINAL MINUTE, SESSION DATE ON THE BIG SCREEN, ANYTHING FALLING IN NEXT MONTH... AND SHE LIGHTS IT UP, FOLKS!
    | NextMonth() | jz_d | sportscast | odd-case | date
It's the final minute, Kicking Partner on the big screen, anything that is unique... and she lights it up, folks!
    | Unique() | jz_b | sportscast
It's the final minute, Kicking Partner on the big screen, anything that is filled in... and she lights it up, folks!
    | NotBlanks() | jz_b | sportscast | negation
# skijoring club
And he's looking at the Tow Distance (m) column... anything more than 1,500, he lights it up!
    | GreaterThan(1500) | sj_n1 | sportscast | number-format | column-word
And he's looking at the Tow Distance (m) column... anything at least 2,400, he lights it up!
    | GreaterThanEqual(2400) | sj_n1 | sportscast | number-format | column-word | boundary
And he's looking at the Tow Distance (m) column... anything 1,500 or lower, he lights it up!
    | LessThanEqual(1500) | sj_n1 | sportscast | number-format | column-word | boundary
And he's looking at the Tow Distance (m) column... anything not equal to 1,500, he lights it up!
    | NotEquals(1500) | sj_n1 | sportscast | negation | number-format | column-word
And he's looking at the Dog Weight (kg) column... anything in the 18 to 32 range, ends included, he lights it up!
    | Between(18, 32) | sj_n2 | sportscast | column-word | boundary | range
And he's looking at the Dog Weight (kg) column... anything over eighteen and under 32, he lights it up!
    | AND(GreaterThan(18), LessThan(32)) | sj_n2 | sportscast | number-words | compound | column-word
Fri 15:00-15:45, Room 2D␤Skijoring club sheet check␤Agenda: put a colour scale on the Run Time (s) column
    | ColorScale() | sj_v | calendar | column-word | visual
Mon 17:30-18:00, Room 4E␤Skijoring club sheet check␤Agenda: give the Run Time (s) column an icon set
    | IconSet() | sj_v | calendar | column-word | visual
Mon 13:00-13:30, Room 1E␤Skijoring club sheet check␤Agenda: fill the rows in the Run Time (s) column in the bottom 3
    | Bottom(3) | sj_v | calendar | superlative | column-word
Fri 14:30-15:15, Room 9B␤Skijoring club sheet check␤Agenda: flag the rows in the Run Time (s) column in the bottom 20%
    | BottomPercent(20) | sj_v | calendar | superlative | column-word
Tue 12:45-13:30, Room 5E␤Skijoring club sheet check␤Agenda: shade the rows in the Run Time (s) column below average
    | BelowAverage() | sj_v | calendar | column-word
Tue 10:30-11:00, Room 3E␤Skijoring club sheet check␤Agenda: paint the rows in the Run Time (s) column without an error
    | NotErrors() | sj_v | calendar | negation | column-word
The Trail cells that say exactly "ridge", shade you will. Yes, hmmm. | TextEquals("ridge") | sj_t | yoda | quoted
Paint the Trail entries you must, not containing ridge when they are.
    | TextNotContains("ridge") | sj_t | yoda | negation
Ending with "ridge" the Trail values are, mark them. | TextEndsWith("ridge") | sj_t | yoda | quoted
Dated last month, the Race Day cells, colour you must. | LastMonth() | sj_d | yoda | date
Dated yesterday, the Race Day cells, highlight you must. | Yesterday() | sj_d | yoda | date
Dated tomorrow, the Race Day cells, fill you must. | Tomorrow() | sj_d | yoda | date
Dated last week, the Race Day cells, flag you must. | LastWeek() | sj_d | yoda | date
Dated next week, the Race Day cells, shade you must. | NextWeek() | sj_d | yoda | date
Appearing more than once, the Horse Name cells, paint you must. | Duplicates() | sj_b | yoda
The Horse Name cells with nothing entered, mark you will. Yes, hmmm. | Blanks() | sj_b | yoda
# swamp soccer league
Above 6 the Goals Conceded values are, shade them. | GreaterThan(6) | ss_n1 | yoda
Below 3 the Goals Conceded values are, paint them. | LessThan(3) | ss_n1 | yoda
No more than 6 the Goals Conceded values are, mark them. | LessThanEqual(6) | ss_n1 | yoda | boundary | polarity
Not equal to 6 the Goals Conceded values are, colour them. | NotEquals(6) | ss_n1 | yoda | negation
Between 350 and 750 (ends count) the Boot Weight (g) values are, highlight them.
    | Between(350, 750) | ss_n2 | yoda | boundary | range
Over 350 and under 750 the Boot Weight (g) values are, fill them.
    | AND(GreaterThan(350), LessThan(750)) | ss_n2 | yoda | compound
Here's the play, folks: a green-to-red colour scale over Mud Depth (cm). Beautiful!
    | ColorScale() | ss_v | sportscast | visual
And they're going for it... traffic-light icons on Mud Depth (cm)! What a finish!
    | IconSet() | ss_v | sportscast | visual
Here comes the Mud Depth (cm) column, and every value among the 4 lowest - he paints it! Magnificent!
    | Bottom(4) | ss_v | sportscast | superlative | column-word
Here comes the Mud Depth (cm) column, and every value in the bottom 25 percent - he paints it! Magnificent!
    | BottomPercent(25) | ss_v | sportscast | superlative | column-word
Here comes the Mud Depth (cm) column, and every value under the average - he paints it! Magnificent!
    | BelowAverage() | ss_v | sportscast | column-word
Here comes the Mud Depth (cm) column, and every value free of errors - he paints it! Magnificent!
    | NotErrors() | ss_v | sportscast | negation | column-word
Order confirmation 12769␤9 x spare part␤Amount due $573.70␤Internal memo: flag every Team cell reading just "bog"
    | TextEquals("bog") | ss_t | receipt | quoted
Order confirmation 34730␤8 x sample box␤Amount due $356.35␤Internal memo: shade every Team cell without "bog" in the
    + text | TextNotContains("bog") | ss_t | receipt | negation | quoted
Order confirmation 79744␤4 x delivery␤Amount due $439.99␤Internal memo: paint every Team cell ending in bog
    | TextEndsWith("bog") | ss_t | receipt
Order confirmation 19406␤1 x gift card␤Amount due $218.59␤Internal memo: mark every Fixture Date cell from last month
    | LastMonth() | ss_d | receipt | date
Order confirmation 23102␤7 x refill pack␤Amount due $533.36␤Internal memo: colour every Fixture Date cell from
    + yesterday | Yesterday() | ss_d | receipt | date
Order confirmation 72464␤6 x item A␤Amount due $442.15␤Internal memo: highlight every Fixture Date cell falling on
    + tomorrow | Tomorrow() | ss_d | receipt | date
Order confirmation 33828␤1 x spare part␤Amount due $165.29␤Internal memo: fill every Fixture Date cell from last week
    | LastWeek() | ss_d | receipt | date
Order confirmation 96079␤2 x sample box␤Amount due $372.60␤Internal memo: flag every Fixture Date cell falling in next
    + week | NextWeek() | ss_d | receipt | date
Order confirmation 83651␤8 x delivery␤Amount due $230.26␤Internal memo: shade every Referee cell that is duplicates
    | Duplicates() | ss_b | receipt
Order confirmation 97678␤3 x gift card␤Amount due $126.90␤Internal memo: paint every Referee cell that is empty
    | Blanks() | ss_b | receipt
# takoyaki stall
Thanks for your order! Order no. 54885, 11 items, total EUR 175.39.␤Staff note: colour Balls per Tray cells past 10
    | GreaterThan(10) | tk_n1 | receipt
Thanks for your order! Order no. 26597, 12 items, total EUR 402.41.␤Staff note: highlight Balls per Tray cells short
    + of 16 | LessThan(16) | tk_n1 | receipt
Thanks for your order! Order no. 74289, 7 items, total EUR 219.78.␤Staff note: fill Balls per Tray cells ten or less
    | LessThanEqual(10) | tk_n1 | receipt | number-words | boundary
Thanks for your order! Order no. 36545, 9 items, total EUR 178.52.␤Staff note: flag Balls per Tray cells not equal to
    + 10 | NotEquals(10) | tk_n1 | receipt | negation
Thanks for your order! Order no. 65925, 10 items, total EUR 125.33.␤Staff note: shade Batter Used (ml) cells from 400
    + to 1,200, both ends included | Between(400, 1200) | tk_n2 | receipt | number-format | boundary | range
Thanks for your order! Order no. 49883, 3 items, total EUR 82.19.␤Staff note: paint Batter Used (ml) cels over 400 and
    + under 1200 | AND(GreaterThan(400), LessThan(1200)) | tk_n2 | receipt | typo | compound
Data bars on Trays Sold, put you must. | DataBar() | tk_v | yoda | visual
Among the 2 highest the Trays Sold values are, flag them. | Top(2) | tk_v | yoda | superlative
In the top 20 percent the Trays Sold values are, shade them. | TopPercent(20) | tk_v | yoda | superlative
Above the column average the Trays Sold values are, paint them. | AboveAverage() | tk_v | yoda | column-word
With an error value (like #N/A) the Trays Sold values are, mark them. | Errors() | tk_v | yoda
Invitation: Takoyaki stall weekly numbers␤When: Wed 5 Oct, 08:00 (30 min)␤Where: Room 9E, floor 14␤Notes: fill the
    + Topping values with bonito anywhere in the text | TextContains("bonito") | tk_t | calendar
Invitation: Takoyaki stall weekly numbers␤When: Wed 5 Mar, 15:15 (25 min)␤Where: Room 8E, floor 8␤Notes: flag the
    + Topping values beginning with "bonito" | TextStartsWith("bonito") | tk_t | calendar | quoted
Invitation: Takoyaki stall weekly numbers␤When: Wed 28 Nov, 16:45 (45 min)␤Where: Room 2D, floor 7␤Notes: shade the
    + Topping values that don't end in "bonito" | NOT(TextEndsWith("bonito")) | tk_t | calendar | negation | quoted
Invitation: Takoyaki stall weekly numbers␤When: Mon 14 Mar, 10:45 (20 min)␤Where: Room 6A, floor 7␤Notes: paint the
    + Market Day values dated this month | ThisMonth() | tk_d | calendar | date
Invitation: Takoyaki stall weekly numbers␤When: Tue 18 Sep, 16:45 (45 min)␤Where: Room 1A, floor 6␤Notes: mark the
    + Market Day values dated today | Today() | tk_d | calendar | date
Invitation: Takoyaki stall weekly numbers␤When: Tue 9 Sep, 17:00 (50 min)␤Where: Room 5C, floor 13␤Notes: colour the
    + Market Day values in the last 7 days | Last7Days() | tk_d | calendar | date
Invitation: Takoyaki stall weekly numbers␤When: Thu 6 Apr, 09:00 (25 min)␤Where: Room 2A, floor 4␤Notes: highlight the
    + Market Day values dated this week | ThisWeek() | tk_d | calendar | date
Invitation: Takoyaki stall weekly numbers␤When: Mon 12 Nov, 09:00 (25 min)␤Where: Room 7F, floor 2␤Notes: fill the
    + Market Day values dated next month | NextMonth() | tk_d | calendar | date
Invitation: Takoyaki stall weekly numbers␤When: Tue 24 Feb, 17:00 (45 min)␤Where: Room 2E, floor 5␤Notes: flag the
    + Stall Helper values that occur just once | Unique() | tk_b | calendar
Invitation: Takoyaki stall weekly numbers␤When: Fri 5 Mar, 11:00 (45 min)␤Where: Room 7C, floor 9␤Notes: shade the
    + Stall Helper values that aren't blank | NotBlanks() | tk_b | calendar | negation
# lahmacun bakery
Calendar - Thu 6 Oct␤09:45 to 10:30 (45 min) - stock review, Room 3A␤Before then: flag the Dough Balls values greater
    + than 120 | GreaterThan(120) | lb_n1 | calendar
Calendar - Fri 27 Feb␤09:30 to 09:45 (15 min) - stock review, Room 5E␤Before then: shade the Dough Balls values less
    + than forty | LessThan(40) | lb_n1 | calendar | number-words
Calendar - Mon 15 Jan␤12:15 to 12:40 (25 min) - stock review, Room 1B␤Before then: paint the Dough Balls values equal
    + to exactly 200 | Equals(200) | lb_n1 | calendar
Calendar - Tue 24 Nov␤16:45 to 17:10 (25 min) - stock review, Room 4C␤Before then: mark the Dough Balls values not
    + above two hundred | NOT(GreaterThan(200)) | lb_n1 | calendar | negation | number-words
Calendar - Wed 28 Apr␤15:15 to 15:35 (20 min) - stock review, Room 3F␤Before then: colour the Oven Temp (C) values
    + outside the range 300 to 350 | NotBetween(300, 350) | lb_n2 | calendar | negation | boundary | range
Calendar - Wed 3 Sep␤17:45 to 18:30 (45 min) - stock review, Room 5A␤Before then: highlight the Oven Temp (C) values
    + less than 300 or more than 350 | OR(LessThan(300), GreaterThan(350)) | lb_n2 | calendar | compound
Order #74094␤2 x item A $21.75␤Subtotal $109.90␤Note to staff: add a color scale to Daily Sales (TRY)
    | ColorScale() | lb_v | receipt | visual
Order #93790␤7 x spare part $22.20␤Subtotal $227.00␤Note to staff: add an icon set to Daily Sales (TRY)
    | IconSet() | lb_v | receipt | visual
Order #43711␤9 x sample box $13.50␤Subtotal $243.00␤Note to staff: fill Daily Sales (TRY) cells among the two lowest
    | Bottom(2) | lb_v | receipt | number-words | superlative
Order #15281␤9 x delivery $11.20␤Subtotal $403.20␤Note to staff: flag Daily Sales (TRY) cells in the bottom 30 percent
    | BottomPercent(30) | lb_v | receipt | superlative
Order #37310␤8 x gift card $13.95␤Subtotal $120.50␤Note to staff: shade Daily Sales (TRY) cells under the average
    | BelowAverage() | lb_v | receipt
Order #15205␤6 x refill pack $29.20␤Subtotal $190.40␤Note to staff: paint Daily Sales (TRY) cells free of errors
    | NotErrors() | lb_v | receipt | negation
And he's looking at the Batch Note column... anything reading just "spicy", he colours it in!
    | TextEquals("spicy") | lb_t | sportscast | quoted | column-word
And he's looking at the Batch Note column... anything without "spicy" in the text, he colours it in!
    | TextNotContains("spicy") | lb_t | sportscast | negation | quoted | column-word
And he's looking at the Batch Note column... anything ending in spicy, he colours it in!
    | TextEndsWith("spicy") | lb_t | sportscast | column-word
And he's looking at the Bake Date column... anything from last month, he colours it in!
    | LastMonth() | lb_d | sportscast | column-word | date
AND HE'S LOOKING AT THE BAKE DATE COLUMN... ANYTHING FROM YESTERDAY, HE COLOURS IT IN!
    | Yesterday() | lb_d | sportscast | odd-case | column-word | date
And he's looking at the Bake Date column... anything falling on tomorrow, he colours it in!
    | Tomorrow() | lb_d | sportscast | column-word | date
And he's looking at the Bake Date column... anything from last week, he colours it in!
    | LastWeek() | lb_d | sportscast | column-word | date
And he's looking at the Bake Date column... anything falling in next week, he colours it in!
    | NextWeek() | lb_d | sportscast | column-word | date
And he's looking at the Baker column... anything that is duplicates, he colours it in!
    | Duplicates() | lb_b | sportscast | column-word
And he's looking at the Baker column... anything that is empty, he colours it in!
    | Blanks() | lb_b | sportscast | column-word
# chandlery
It's the final minute, Wick Length (mm) on the big screen, anything at least sixty... and she highlights it, folks!
    | GreaterThanEqual(60) | cd_n1 | sportscast | number-words | boundary
IT'S THE FINAL MINUTE, WICK LENGTH (MM) ON THE BIG SCREEN, ANYTHING UNDER 110... AND SHE HIGHLIGHTS IT, FOLKS!
    | LessThan(110) | cd_n1 | sportscast | odd-case
It's the final minute, Wick Length (mm) on the big screen, anything equal to exactly twenty-five... and she highlights
    + it, folks! | Equals(25) | cd_n1 | sportscast | number-words
It's the final minute, Wick Length (mm) on the big screen, anything not 25 or less... and she highlights it, folks!
    | NOT(LessThanEqual(25)) | cd_n1 | sportscast | negation
It's the final minute, Wax Weight (g) on the big screen, anything outside the range 400 to 900... and she highlights
    + it, folks! | NotBetween(400, 900) | cd_n2 | sportscast | negation | boundary | range
It's the final minute, Wax Weight (g) on the big screen, anything less than 400 or more than 900... and she highlights
    + it, folks! | OR(LessThan(400), GreaterThan(900)) | cd_n2 | sportscast | compound
BEGIN:VEVENT␤SUMMARY:Chandlery spreadsheet tidy-up␤DTSTART:Fri 09:30␤LOCATION:Room 1A␤DESCRIPTION:put a colour scale
    + on the Burn Hours column␤END:VEVENT | ColorScale() | cd_v | calendar | column-word | visual
BEGIN:VEVENT␤SUMMARY:Chandlery spreadsheet tidy-up␤DTSTART:Mon 15:15␤LOCATION:Room 1E␤DESCRIPTION:give the Burn Hours
    + column an icon set␤END:VEVENT | IconSet() | cd_v | calendar | column-word | visual
BEGIN:VEVENT␤SUMMARY:Chandlery spreadsheet tidy-up␤DTSTART:Mon 17:15␤LOCATION:Room 6C␤DESCRIPTION:highlight every Burn
    + Hours cell ranked in the bottom 3␤END:VEVENT | Bottom(3) | cd_v | calendar | superlative
BEGIN:VEVENT␤SUMMARY:Chandlery spreadsheet tidy-up␤DTSTART:Mon 15:00␤LOCATION:Room 2F␤DESCRIPTION:fill every Burn
    + Hours cell within the bottom 40%␤END:VEVENT | BottomPercent(40) | cd_v | calendar | superlative
BEGIN:VEVENT␤SUMMARY:Chandlery spreadsheet tidy-up␤DTSTART:Mon 12:30␤LOCATION:Room 1F␤DESCRIPTION:flag every Burn
    + Hours cell lower than the column average␤END:VEVENT | BelowAverage() | cd_v | calendar | column-word
BEGIN:VEVENT␤SUMMARY:Chandlery spreadsheet tidy-up␤DTSTART:Fri 11:30␤LOCATION:Room 7B␤DESCRIPTION:shade every Burn
    + Hours cell not showing an error␤END:VEVENT | NotErrors() | cd_v | calendar | negation
Equal to the text rose the Scent values are, flag them. | TextEquals("rose") | cd_t | yoda
The Scent cells that don't mention "rose", shade you will. Yes, hmmm.
    | TextNotContains("rose") | cd_t | yoda | negation | quoted
The Scent cells that end with "rose", paint you will. Yes, hmmm. | TextEndsWith("rose") | cd_t | yoda | quoted
The Pour Date cells dated last month, mark you will. Yes, hmmm. | LastMonth() | cd_d | yoda | date
The Pour Date cells dated yesterday, colour you will. Yes, hmmm. | Yesterday() | cd_d | yoda | date
The Pour Date cells dated tomorrow, highlight you will. Yes, hmmm. | Tomorrow() | cd_d | yoda | date
The Pour Date cells dated last week, fill you will. Yes, hmmm. | LastWeek() | cd_d | yoda | date
The Pour Date cells dated next week, flag you will. Yes, hmmm. | NextWeek() | cd_d | yoda | date
The Mould No. cells that repeat, shade you will. Yes, hmmm. | Duplicates() | cd_b | yoda
Paint the Mould No. entries you must, left blank when they are. | Blanks() | cd_b | yoda
# cordwainer workshop
10 or higher, Stitches per Inch is? Mark it, you should. | GreaterThanEqual(10) | cw_n1 | yoda | boundary
Lower than six, Stitches per Inch is? Colour it, you should. | LessThan(6) | cw_n1 | yoda | number-words
Equal to exactly 14, Stitches per Inch is? Highlight it, you should. | Equals(14) | cw_n1 | yoda
Not above 14, Stitches per Inch is? Fill it, you should. | NOT(GreaterThan(14)) | cw_n1 | yoda | negation
Outside the range 42 to 46, Last Size is? Flag it, you should.
    | NotBetween(42, 46) | cw_n2 | yoda | negation | boundary | range
Less than forty-two or more than 46, Last Size is? Shade it, you should.
    | OR(LessThan(42), GreaterThan(46)) | cw_n2 | yoda | number-words | compound
And they're going for it... data bars on Leather Cost ($)! What a finish! | DataBar() | cw_v | sportscast | visual
Down the Leather Cost ($) column she goes, every cell ranked in the top 3, and she highlights it! What a play!
    | Top(3) | cw_v | sportscast | superlative | column-word
Down the Leather Cost ($) column she goes, every cell within the top 20%, and she highlights it! What a play!
    | TopPercent(20) | cw_v | sportscast | superlative | column-word
Down the Leather Cost ($) column she goes, every cell higher than the average, and she highlights it! What a play!
    | AboveAverage() | cw_v | sportscast | column-word
DOWN THE LEATHER COST ($) COLUMN SHE GOES, EVERY CELL HOLDING AN ERROR, AND SHE HIGHLIGHTS IT! WHAT A PLAY!
    | Errors() | cw_v | sportscast | odd-case | column-word
INVOICE INV-74793␤Qty 7 @ 46.75, Qty 5 @ 32.25␤Total: 527.58␤P.S. fill any Shoe Style that mentions "brogue"
    | TextContains("brogue") | cw_t | receipt | quoted
INVOICE INV-87767␤Qty 5 @ 55.50, Qty 9 @ 34.25␤Total: 632.61␤P.S. flag any Shoe Style that starts with brogue
    | TextStartsWith("brogue") | cw_t | receipt
INVOICE INV-47355␤Qty 2 @ 10.50, Qty 1 @ 5.60␤Total: 28.73␤P.S. shade any Shoe Style that doesn't start with "brogue"
    | NOT(TextStartsWith("brogue")) | cw_t | receipt | negation | quoted
INVOICE INV-12526␤Qty 1 @ 59.10, Qty 9 @ 21.60␤Total: 273.78␤P.S. paint any Fitting Date falling in this month
    | ThisMonth() | cw_d | receipt | date
INVOICE INV-18206␤Qty 5 @ 24.75, Qty 8 @ 20.90␤Total: 314.23␤P.S. mark any Fitting Date that falls on today
    | Today() | cw_d | receipt | date
INVOICE INV-98861␤Qty 3 @ 51.95, Qty 5 @ 2.90␤Total: 183.98␤P.S. colur any Fitting Date from the last seven days
    | Last7Days() | cw_d | receipt | typo | number-words | date
INVOICE INV-61079␤Qty 1 @ 30.75, Qty 1 @ 33.90␤Total: 69.82␤P.S. highlight any Fitting Date falling in this week
    | ThisWeek() | cw_d | receipt | date
INVOICE INV-16159␤Qty 8 @ 17.50, Qty 7 @ 23.25␤Total: 326.97␤P.S. fill any Fitting Date falling in next month
    | NextMonth() | cw_d | receipt | date
INVOICE INV-35186␤Qty 4 @ 43.50, Qty 9 @ 37.60␤Total: 553.39␤P.S. flag any Last Maker appearing only once
    | Unique() | cw_b | receipt
INVOICE INV-92800␤Qty 8 @ 4.20, Qty 3 @ 40.90␤Total: 168.80␤P.S. shade any Last Maker not left empty
    | NotBlanks() | cw_b | receipt | negation
# lingonberry farm
Order #72752␤2 x item A $12.20␤Subtotal $121.90␤Note to staff: highlight the Crates Picked values above 20
    | GreaterThan(20) | lf_n1 | receipt
Order #29206␤1 x spare part $19.95␤Subtotal $259.35␤Note to staff: fill the Crates Picked values no less than
    + forty-five | GreaterThanEqual(45) | lf_n1 | receipt | number-words | boundary | polarity
Order #43146␤5 x sample box $19.75␤Subtotal $115.95␤Note to staff: flag the Crates Picked values 20 or less
    | LessThanEqual(20) | lf_n1 | receipt | boundary
Order #66925␤3 x delivery $43.95␤Subtotal $263.45␤Note to staff: shade the Crates Picked values other than twenty
    | NotEquals(20) | lf_n1 | receipt | negation | number-words
Order #63819␤1 x gift card $35.50␤Subtotal $172.90␤Note to staff: paint the Sugar Brix values from 9.5 to 12, both
    + ends included | Between(9.5, 12) | lf_n2 | receipt | boundary | range
Order #40491␤4 x refill pack $21.75␤Subtotal $434.40␤Note to staff: mark the Sugar Brix values above 9.5 but below 12
    | AND(GreaterThan(9.5), LessThan(12)) | lf_n2 | receipt | compound
A colour scale on the Yield (kg) column, put you must. | ColorScale() | lf_v | yoda | column-word | visual
To Yield (kg), an icon set give you must. Hmm. | IconSet() | lf_v | yoda | visual
Fill the Yield (kg) entries you must, ranked in the bottom 4 when they are. | Bottom(4) | lf_v | yoda | superlative
Flag the Yield (kg) entries you must, within the bottom 25% when they are.
    | BottomPercent(25) | lf_v | yoda | superlative
Shade the Yield (kg) entries you must, lower than the column average when they are.
    | BelowAverage() | lf_v | yoda | column-word
Paint the Yield (kg) entries you must, not showing an error when they are. | NotErrors() | lf_v | yoda | negation
Calendar - Thu 5 Oct␤12:00 to 12:50 (50 min) - stock review, Room 2E␤Before then: colour Field cells equal to the text
    + north | TextEquals("north") | lf_t | calendar
Calendar - Thu 6 Nov␤08:45 to 09:35 (50 min) - stock review, Room 1D␤Before then: highlight Field cells that don't
    + mention "north" | TextNotContains("north") | lf_t | calendar | negation | quoted
Calendar - Fri 15 Feb␤09:15 to 09:40 (25 min) - stock review, Room 3A␤Before then: fill Field cells that end with
    + "north" | TextEndsWith("north") | lf_t | calendar | quoted
Calendar - Tue 27 Jan␤16:30 to 16:45 (15 min) - stock review, Room 8C␤Before then: flag Picking Date cells dated last
    + month | LastMonth() | lf_d | calendar | date
Calendar - Thu 4 Apr␤15:00 to 15:50 (50 min) - stock review, Room 8F␤Before then: shade Picking Date cells dated
    + yesterday | Yesterday() | lf_d | calendar | date
Calendar - Thu 9 Jan␤11:15 to 12:00 (45 min) - stock review, Room 8D␤Before then: paint Picking Date cells dated
    + tomorrow | Tomorrow() | lf_d | calendar | date
Calendar - Mon 17 Nov␤16:30 to 16:45 (15 min) - stock review, Room 7A␤Before then: mark Picking Date cells dated last
    + week | LastWeek() | lf_d | calendar | date
Calendar - Thu 4 Sep␤09:45 to 10:15 (30 min) - stock review, Room 4A␤Before then: colour Picking Date cells dated next
    + week | NextWeek() | lf_d | calendar | date
Calendar - Mon 3 Nov␤15:00 to 15:25 (25 min) - stock review, Room 4D␤Before then: highlight Picker cells that repeat
    | Duplicates() | lf_b | calendar
Calendar - Mon 2 Nov␤16:45 to 17:35 (50 min) - stock review, Room 2F␤Before then: fill Picker cells left blank
    | Blanks() | lf_b | calendar
# okonomiyaki grill
Invitation: Okonomiyaki grill weekly numbers␤When: Fri 19 Apr, 16:30 (45 min)␤Where: Room 1E, floor 6␤Notes: shade any
    + Griddle Temp (C) past 230 | GreaterThan(230) | ok_n1 | calendar
Invitation: Okonomiyaki grill weekly numbers␤When: Tue 4 Oct, 12:30 (15 min)␤Where: Room 3C, floor 10␤Notes: paint any
    + Griddle Temp (C) 200 or more | GreaterThanEqual(200) | ok_n1 | calendar | boundary
Invitation: Okonomiyaki grill weekly numbers␤When: Tue 5 Mar, 13:30 (50 min)␤Where: Room 2F, floor 11␤Notes: mark any
    + Griddle Temp (C) at most two hundred and thirty | LessThanEqual(230) | ok_n1 | calendar | number-words | boundary
Invitation: Okonomiyaki grill weekly numbers␤When: Tue 3 Apr, 12:30 (15 min)␤Where: Room 2F, floor 6␤Notes: colour any
    + Griddle Temp (C) other than 230 | NotEquals(230) | ok_n1 | calendar | negation
Invitation: Okonomiyaki grill weekly numbers␤When: Thu 4 Jan, 14:30 (20 min)␤Where: Room 3F, floor 7␤Notes: highlight
    + any Griddle Temp (C) between 180 and 200 inclusive | Between(180, 200) | ok_n1 | calendar | boundary | range
Invitation: Okonomiyaki grill weekly numbers␤When: Wed 17 Mar, 17:15 (30 min)␤Where: Room 4E, floor 13␤Notes: fill any
    + Griddle Temp (C) above 180 but below 200 | AND(GreaterThan(180), LessThan(200)) | ok_n1 | calendar | compound
Thanks for your order! Order no. 83048, 10 items, total EUR 88.88.␤Staff note: add a color scale to Covers Served
    | ColorScale() | ok_v | receipt | visual
Thanks for your order! Order no. 33135, 11 items, total EUR 311.42.␤Staff note: add an icon set to Covers Served
    | IconSet() | ok_v | receipt | visual
Thanks for your order! Order no. 87449, 14 items, total EUR 708.91.␤Staff note: highlight the rows in the Covers
    + Served column in the bottom 2 | Bottom(2) | ok_v | receipt | superlative | column-word
Thanks for your order! Order no. 75624, 9 items, total EUR 82.13.␤Staff note: fill the rows in the Covers Served
    + column in the bottom 20% | BottomPercent(20) | ok_v | receipt | superlative | column-word
Thanks for your order! Order no. 95692, 3 items, total EUR 102.38.␤Staff note: flag the rows in the Covers Served
    + column below average | BelowAverage() | ok_v | receipt | column-word
Thanks for your order! Order no. 94998, 9 items, total EUR 461.38.␤Staff note: shade the rows in the Covers Served
    + column without an error | NotErrors() | ok_v | receipt | negation | column-word
Unbelievable scenes here! Dish Style, that says exactly "hiroshima", and the keeper shades it!
    | TextEquals("hiroshima") | ok_t | sportscast | quoted
Unbelievable scenes here! Dish Style, not containing hiroshima, and the keeper shades it!
    | TextNotContains("hiroshima") | ok_t | sportscast | negation
Unbelievable scenes here! Dish Style, ending with "hiroshima", and the keeper shades it!
    | TextEndsWith("hiroshima") | ok_t | sportscast | quoted
Unbelievable scenes here! Order Date, from last month, and the keeper shades it!
    | LastMonth() | ok_d | sportscast | date
Unbelievable scenes here! Order Date, from yesterday, and the keeper shades it! | Yesterday() | ok_d | sportscast | date
Unbelievable scenes here! Order Date, falling on tomorrow, and the keeper shades it!
    | Tomorrow() | ok_d | sportscast | date
Unbelievable scenes here! Order Date, from last week, and the keeper shades it! | LastWeek() | ok_d | sportscast | date
Unbelievable scenes here! Order Date, falling in next week, and the keeper shades it!
    | NextWeek() | ok_d | sportscast | date
Unbelievable scenes here! Grill Cook, appearing more than once, and the keeper shades it!
    | Duplicates() | ok_b | sportscast
UNBELIEVABLE SCENES HERE! GRILL COOK, WITH NOTHING ENTERED, AND THE KEEPER SHADES IT!
    | Blanks() | ok_b | sportscast | odd-case
# poffertjes stand
Down the Portions Sold column she goes, every cell greater than 25, and she paints it! What a play!
    | GreaterThan(25) | pf_n1 | sportscast | column-word
Down the Portions Sold column she goes, every cell less than one hundred, and she paints it! What a play!
    | LessThan(100) | pf_n1 | sportscast | number-words | column-word
Down the Portions Sold column she goes, every cell 25 or lower, and she paints it! What a play!
    | LessThanEqual(25) | pf_n1 | sportscast | column-word | boundary
Down the Portions Sold column she goes, every cell other than twenty-five, and she paints it! What a play!
    | NotEquals(25) | pf_n1 | sportscast | negation | number-words | column-word
Down the Portions Sold column she goes, every cell in the 25 to sixty range, ends included, and she paints it! What a
    + play! | Between(25, 60) | pf_n1 | sportscast | number-words | column-word | boundary | range
DOWN THE PORTIONS SOLD COLUMN SHE GOES, EVERY CELL ABOVE 25 BUT BELOW 60, AND SHE PAINTS IT! WHAT A PLAY!
    | AND(GreaterThan(25), LessThan(60)) | pf_n1 | sportscast | odd-case | compound | column-word
Meeting: ops sync (poffertjes stand)␤Wed, 09:15-09:35, room 7D␤Action item: add data bars to the Butter Used (g)
    + column | DataBar() | pf_v | calendar | column-word | visual
Meeting: ops sync (poffertjes stand)␤Tue, 15:00-15:20, room 3B␤Action item: mark any Butter Used (g) in the top two
    | Top(2) | pf_v | calendar | number-words | superlative
Meeting: ops sync (poffertjes stand)␤Mon, 11:15-12:05, room 6E␤Action item: colour any Butter Used (g) in the top 30%
    | TopPercent(30) | pf_v | calendar | superlative
Meeting: ops sync (poffertjes stand)␤Wed, 16:45-17:00, room 9E␤Action item: highlight any Butter Used (g) above
    + average | AboveAverage() | pf_v | calendar
Meeting: ops sync (poffertjes stand)␤Thu, 13:00-13:20, room 4F␤Action item: fill any Butter Used (g) showing an error
    | Errors() | pf_v | calendar
The Sauce cells containing "syrup", fill you will. Yes, hmmm. | TextContains("syrup") | pf_t | yoda | quoted
Starting with "syrup", the Sauce cells, flag you must. | TextStartsWith("syrup") | pf_t | yoda | quoted
Not ending with syrup, Sauce is? Shade it, you should. | NOT(TextEndsWith("syrup")) | pf_t | yoda | negation
Dated this month, Fair Date is? Paint it, you should. | ThisMonth() | pf_d | yoda | date
Dated today, Fair Date is? Mark it, you should. | Today() | pf_d | yoda | date
In the last 7 days, Fair Date is? Colour it, you should. | Last7Days() | pf_d | yoda | date
Dated this week, Fair Date is? Highlight it, you should. | ThisWeek() | pf_d | yoda | date
Dated next month, Fair Date is? Fill it, you should. | NextMonth() | pf_d | yoda | date
Flag the Pitch No. entries you must, the ones that are unique. | Unique() | pf_b | yoda
Shade the Pitch No. entries you must, the ones that are filled in. | NotBlanks() | pf_b | yoda | negation
# knish shop
The Knishes Baked cells over 144, colour you will. Yes, hmmm. | GreaterThan(144) | kn_n1 | yoda
The Knishes Baked cells under 36, highlight you will. Yes, hmmm. | LessThan(36) | kn_n1 | yoda
The Knishes Baked cells equal to 72, fill you will. Yes, hmmm. | Equals(72) | kn_n1 | yoda
The Knishes Baked cells not over 72, flag you will. Yes, hmmm. | NOT(GreaterThan(72)) | kn_n1 | yoda | negation
The Knishes Baked cells not between 36 and 144, shade you will. Yes, hmmm.
    | NotBetween(36, 144) | kn_n1 | yoda | negation | boundary | range
The Knishes Baked cells under 36 or over 144, paint you will. Yes, hmmm.
    | OR(LessThan(36), GreaterThan(144)) | kn_n1 | yoda | compound
And they're going for it... a green-to-red colour scale over the Dough Rest (min) column! What a finish!
    | ColorScale() | kn_v | sportscast | column-word | visual
THE CROWD'S ON ITS FEET, TRAFFIC-LIGHT ICONS ON THE DOUGH REST (MIN) COLUMN, AND IT LANDS!
    | IconSet() | kn_v | sportscast | odd-case | column-word | visual
It's the final minute, Dough Rest (min) on the big screen, anything in the bottom 3... and she lights it up, folks!
    | Bottom(3) | kn_v | sportscast | superlative
It's the final minute, Dough Rest (min) on the big screen, anything in the bottom 40%... and she lights it up, folks!
    | BottomPercent(40) | kn_v | sportscast | superlative
It's the final minute, Dough Rest (min) on the big screen, anything below average... and she lights it up, folks!
    | BelowAverage() | kn_v | sportscast
It's the final minute, Dough Rest (min) on the big screen, anything without an error... and she lights it up, folks!
    | NotErrors() | kn_v | sportscast | negation
RECEIPT - table 13␤Subtotal 546.60, Tax 43.73, Total 590.33␤Comments: colour the Filling values that say exactly
    + "potato" | TextEquals("potato") | kn_t | receipt | quoted
RECEIPT - table 15␤Subtotal 64.55, Tax 5.16, Total 69.71␤Comments: highlight the Filling values not containing potato
    | TextNotContains("potato") | kn_t | receipt | negation
RECEIPT - table 3␤Subtotal 127.85, Tax 10.23, Total 138.08␤Comments: fill the Filling values ending with "potato"
    | TextEndsWith("potato") | kn_t | receipt | quoted
RECEIPT - table 5␤Subtotal 261.20, Tax 20.90, Total 282.10␤Comments: flag the Bake Day values from last month
    | LastMonth() | kn_d | receipt | date
RECEIPT - table 23␤Subtotal 185.40, Tax 14.83, Total 200.23␤Comments: shdae the Bake Day values from yesterday
    | Yesterday() | kn_d | receipt | typo | date
RECEIPT - table 4␤Subtotal 188.45, Tax 15.08, Total 203.53␤Comments: paint the Bake Day values falling on tomorrow
    | Tomorrow() | kn_d | receipt | date
RECEIPT - table 8␤Subtotal 525.60, Tax 42.05, Total 567.65␤Comments: mark the Bake Day values from last week
    | LastWeek() | kn_d | receipt | date
RECEIPT - table 26␤Subtotal 176.80, Tax 14.14, Total 190.94␤Comments: colour the Bake Day values falling in next week
    | NextWeek() | kn_d | receipt | date
RECEIPT - table 21␤Subtotal 334.50, Tax 26.76, Total 361.26␤Comments: highlight the Oven values appearing more than
    + once | Duplicates() | kn_b | receipt
RECEIPT - table 30␤Subtotal 98.65, Tax 7.89, Total 106.54␤Comments: fill the Oven values with nothing entered
    | Blanks() | kn_b | receipt
# soba bar
RECEIPT - table 12␤Subtotal 313.60, Tax 25.09, Total 338.69␤Comments: flag any Buckwheat Ratio (%) more than 50
    | GreaterThan(50) | sb_n1 | receipt
RECEIPT - table 22␤Subtotal 153.40, Tax 12.27, Total 165.67␤Comments: shdae any Buckwheat Ratio (%) lower than 90
    | LessThan(90) | sb_n1 | receipt | typo
RECEIPT - table 3␤Subtotal 412.85, Tax 33.03, Total 445.88␤Comments: paint any Buckwheat Ratio (%) equal to 70
    | Equals(70) | sb_n1 | receipt
RECEIPT - table 3␤Subtotal 382.60, Tax 30.61, Total 413.21␤Comments: mark any Buckwheat Ratio (%) not under 70
    | NOT(LessThan(70)) | sb_n1 | receipt | negation
RECEIPT - table 9␤Subtotal 70.25, Tax 5.62, Total 75.87␤Comments: colour any Buckwheat Ratio (%) not between 50 and
    + ninety | NotBetween(50, 90) | sb_n1 | receipt | negation | number-words | boundary | range
RECEIPT - table 6␤Subtotal 340.60, Tax 27.25, Total 367.85␤Comments: highlight any Buckwheat Ratio (%) under 50 or
    + over 90 | OR(LessThan(50), GreaterThan(90)) | sb_n1 | receipt | compound
To the Bowls Served column, data bars give you must. Hmm. | DataBar() | sb_v | yoda | column-word | visual
In the top 3, the Bowls Served cells, colour you must. | Top(3) | sb_v | yoda | superlative
In the top 20%, the Bowls Served cells, highlight you must. | TopPercent(20) | sb_v | yoda | superlative
Above average, the Bowls Served cells, fill you must. | AboveAverage() | sb_v | yoda
Showing an error, the Bowls Served cells, flag you must. | Errors() | sb_v | yoda
Wed 14:30-14:45, Room 8C␤Soba bar sheet check␤Agenda: mark the rows in the Broth column containing "dashi"
    | TextContains("dashi") | sb_t | calendar | quoted | column-word
Thu 12:45-13:10, Room 2E␤Soba bar sheet check␤Agenda: colour the rows in the Broth column starting with "dashi"
    | TextStartsWith("dashi") | sb_t | calendar | quoted | column-word
Mon 16:00-16:15, Room 5F␤Soba bar sheet check␤Agenda: highlight the rows in the Broth column that don't start with
    + dashi | NOT(TextStartsWith("dashi")) | sb_t | calendar | negation | column-word
Thu 08:00-08:20, Room 8E␤Soba bar sheet check␤Agenda: fill the rows in the Service Date column dated this month
    | ThisMonth() | sb_d | calendar | column-word | date
Fri 16:15-17:05, Room 3A␤Soba bar sheet check␤Agenda: flag the rows in the Service Date column dated today
    | Today() | sb_d | calendar | column-word | date
Tue 12:15-12:30, Room 5A␤Soba bar sheet check␤Agenda: shade the rows in the Service Date column in the last 7 days
    | Last7Days() | sb_d | calendar | column-word | date
Mon 15:30-15:45, Room 2E␤Soba bar sheet check␤Agenda: paint the rows in the Service Date column dated this week
    | ThisWeek() | sb_d | calendar | column-word | date
Mon 12:45-13:30, Room 4B␤Soba bar sheet check␤Agenda: mark the rows in the Service Date column dated next month
    | NextMonth() | sb_d | calendar | column-word | date
Mon 14:30-14:55, Room 3E␤Soba bar sheet check␤Agenda: colour the rows in the Noodle Cutter column that are unique
    | Unique() | sb_b | calendar | column-word
Wed 16:15-16:45, Room 9A␤Soba bar sheet check␤Agenda: highlight the rows in the Noodle Cutter column that are filled
    + in | NotBlanks() | sb_b | calendar | negation | column-word
# fletcher workshop
Meeting: ops sync (fletcher workshop)␤Fri, 15:00-15:45, room 6C␤Action item: mark every Arrow Spine cell 300 or more
    | GreaterThanEqual(300) | fl_n1 | calendar | boundary
Meeting: ops sync (fletcher workshop)␤Tue, 10:00-10:20, room 3A␤Action item: colour every Arrow Spine cell below 300
    | LessThan(300) | fl_n1 | calendar
Meeting: ops sync (fletcher workshop)␤Fri, 15:15-16:00, room 1B␤Action item: highlight every Arrow Spine cell equal to
    + 500 | Equals(500) | fl_n1 | calendar
Meeting: ops sync (fletcher workshop)␤Wed, 09:45-10:15, room 7F␤Action item: fill every Arrow Spine cell not over 500
    | NOT(GreaterThan(500)) | fl_n1 | calendar | negation
Meeting: ops sync (fletcher workshop)␤Wed, 08:00-08:30, room 7A␤Action item: flag every Arrow Spine cell not between
    + 300 and seven hundred | NotBetween(300, 700) | fl_n1 | calendar | negation | number-words | boundary | range
Meeting: ops sync (fletcher workshop)␤Wed, 10:15-11:00, room 4F␤Action item: shade every Arrow Spine cell under 300 or
    + over 700 | OR(LessThan(300), GreaterThan(700)) | fl_n1 | calendar | compound
Order confirmation 81484␤3 x sample box␤Amount due $243.76␤Internal memo: put data bars in Fletch Length (mm)
    | DataBar() | fl_v | receipt | visual
Order confirmation 80040␤9 x delivery␤Amount due $206.55␤Internal memo: mark every Fletch Length (mm) cell among the 4
    + highest | Top(4) | fl_v | receipt | superlative
Order confirmation 28476␤2 x gift card␤Amount due $114.48␤Internal memo: colour every Fletch Length (mm) cell in the
    + top 25 percent | TopPercent(25) | fl_v | receipt | superlative
Order confirmation 37588␤5 x refill pack␤Amount due $246.24␤Internal memo: higlight every Fletch Length (mm) cell
    + above the column average | AboveAverage() | fl_v | receipt | typo | column-word
Order confirmation 42744␤1 x item A␤Amount due $264.22␤Internal memo: fill every Fletch Length (mm) cell with an error
    + value (like #N/A) | Errors() | fl_v | receipt
Here comes the Feather column, and every value with turkey anywhere in the text - he paints it! Magnificent!
    | TextContains("turkey") | fl_t | sportscast | column-word
Here comes the Feather column, and every value beginning with "turkey" - he paints it! Magnificent!
    | TextStartsWith("turkey") | fl_t | sportscast | quoted | column-word
Here comes the Feather column, and every value other than exactly "turkey" - he paints it! Magnificent!
    | NOT(TextEquals("turkey")) | fl_t | sportscast | negation | quoted | column-word
Here comes the Shipped On column, and every value falling in this month - he paints it! Magnificent!
    | ThisMonth() | fl_d | sportscast | column-word | date
Here comes the Shipped On column, and every value that falls on today - he paints it! Magnificent!
    | Today() | fl_d | sportscast | column-word | date
HERE COMES THE SHIPPED ON COLUMN, AND EVERY VALUE FROM THE LAST SEVEN DAYS - HE PAINTS IT! MAGNIFICENT!
    | Last7Days() | fl_d | sportscast | odd-case | number-words | column-word | date
Here comes the Shipped On column, and every value falling in this week - he paints it! Magnificent!
    | ThisWeek() | fl_d | sportscast | column-word | date
Here comes the Shipped On column, and every value falling in next month - he paints it! Magnificent!
    | NextMonth() | fl_d | sportscast | column-word | date
Here comes the Nock Colour column, and every value that occurs just once - he paints it! Magnificent!
    | Unique() | fl_b | sportscast | column-word
Here comes the Nock Colour column, and every value that isn't blank - he paints it! Magnificent!
    | NotBlanks() | fl_b | sportscast | negation | column-word
# nyckelharpa ensemble
Here comes the Rehearsal Minutes column, and every value at least 150 - he shades it! Magnificent!
    | GreaterThanEqual(150) | ny_n1 | sportscast | column-word | boundary
Here comes the Rehearsal Minutes column, and every value short of 150 - he shades it! Magnificent!
    | LessThan(150) | ny_n1 | sportscast | column-word
Here comes the Rehearsal Minutes column, and every value equal to 90 - he shades it! Magnificent!
    | Equals(90) | ny_n1 | sportscast | column-word
Here comes the Rehearsal Minutes column, and every value not under ninety - he shades it! Magnificent!
    | NOT(LessThan(90)) | ny_n1 | sportscast | negation | number-words | column-word
Here comes the Rehearsal Minutes column, and every value not between 45 and 150 - he shades it! Magnificent!
    | NotBetween(45, 150) | ny_n1 | sportscast | negation | column-word | boundary | range
Here comes the Rehearsal Minutes column, and every value under 45 or over 150 - he shades it! Magnificent!
    | OR(LessThan(45), GreaterThan(150)) | ny_n1 | sportscast | compound | column-word
Invitation: Nyckelharpa ensemble weekly numbers␤When: Tue 21 Oct, 13:00 (15 min)␤Where: Room 8D, floor 14␤Notes: put a
    + colour scale on Audience | ColorScale() | ny_v | calendar | visual
Invitation: Nyckelharpa ensemble weekly numbers␤When: Thu 12 Mar, 14:00 (30 min)␤Where: Room 1E, floor 11␤Notes: give
    + Audience an icon set | IconSet() | ny_v | calendar | visual
Invitation: Nyckelharpa ensemble weekly numbers␤When: Thu 15 Mar, 10:45 (25 min)␤Where: Room 5C, floor 12␤Notes: paint
    + the Audience values among the 2 lowest | Bottom(2) | ny_v | calendar | superlative
Invitation: Nyckelharpa ensemble weekly numbers␤When: Fri 12 Feb, 12:30 (45 min)␤Where: Room 2D, floor 4␤Notes: mark
    + the Audience values in the bottom 20 percent | BottomPercent(20) | ny_v | calendar | superlative
Invitation: Nyckelharpa ensemble weekly numbers␤When: Tue 3 Sep, 10:30 (50 min)␤Where: Room 4D, floor 12␤Notes: colour
    + the Audience values under the average | BelowAverage() | ny_v | calendar
Invitation: Nyckelharpa ensemble weekly numbers␤When: Wed 24 Sep, 13:45 (30 min)␤Where: Room 2E, floor 5␤Notes:
    + highlight the Audience values free of errors | NotErrors() | ny_v | calendar | negation
Reading just "polska", the Tune cells, colour you must. | TextEquals("polska") | ny_t | yoda | quoted
Without "polska" in the text, Tune is? Highlight it, you should.
    | TextNotContains("polska") | ny_t | yoda | negation | quoted
The Tune cells ending in polska, fill you will. Yes, hmmm. | TextEndsWith("polska") | ny_t | yoda
Dated last month the Concert Date values are, flag them. | LastMonth() | ny_d | yoda | date
Dated yesterday the Concert Date values are, shade them. | Yesterday() | ny_d | yoda | date
Dated tomorrow the Concert Date values are, paint them. | Tomorrow() | ny_d | yoda | date
Dated last week the Concert Date values are, mark them. | LastWeek() | ny_d | yoda | date
Dated next week the Concert Date values are, colour them. | NextWeek() | ny_d | yoda | date
Highlight the Player entries you must, the ones that are duplicates. | Duplicates() | ny_b | yoda
The Player cells that are empty, fill you will. Yes, hmmm. | Blanks() | ny_b | yoda
# erhu school
Greater than twelve, the Practice Hours cells, highlight you must. | GreaterThan(12) | eh_n1 | yoda | number-words
3 or higher, the Practice Hours cells, fill you must. | GreaterThanEqual(3) | eh_n1 | yoda | boundary
No more than 12, the Practice Hours cells, flag you must. | LessThanEqual(12) | eh_n1 | yoda | boundary | polarity
Different from 12, the Practice Hours cells, shade you must. | NotEquals(12) | eh_n1 | yoda | negation
Between 7 and twelve (ends count), the Practice Hours cells, paint you must.
    | Between(7, 12) | eh_n1 | yoda | number-words | boundary | range
Greater than 7 and less than 12, the Practice Hours cells, mark you must.
    | AND(GreaterThan(7), LessThan(12)) | eh_n1 | yoda | compound
The crowd's on its feet, data bars on the Exam Score column, and it lands!
    | DataBar() | eh_v | sportscast | column-word | visual
And he's looking at the Exam Score column... anything among the two highest, he colours it in!
    | Top(2) | eh_v | sportscast | number-words | superlative | column-word
And he's looking at the Exam Score column... anything in the top 30 percent, he colours it in!
    | TopPercent(30) | eh_v | sportscast | superlative | column-word
And he's looking at the Exam Score column... anything above the column average, he colours it in!
    | AboveAverage() | eh_v | sportscast | column-word
And he's looking at the Exam Score column... anything with an error value (like #N/A), he colours it in!
    | Errors() | eh_v | sportscast | column-word
Order #52584␤5 x item A $53.20␤Subtotal $366.80␤Note to staff: mark Piece cells with moon anywhere in the text
    | TextContains("moon") | eh_t | receipt
Order #28070␤8 x spare part $34.10␤Subtotal $416.00␤Note to staff: colour Piece cells beginning with "moon"
    | TextStartsWith("moon") | eh_t | receipt | quoted
Order #80092␤4 x sample box $17.20␤Subtotal $117.10␤Note to staff: highlight Piece cells not ending with "moon"
    | NOT(TextEndsWith("moon")) | eh_t | receipt | negation | quoted
Order #91727␤3 x delivery $48.20␤Subtotal $265.35␤Note to staff: fill Lesson Date cels falling in this month
    | ThisMonth() | eh_d | receipt | typo | date
Order #68804␤2 x gift card $38.95␤Subtotal $140.30␤Note to staff: flag Lesson Date cells that fall on today
    | Today() | eh_d | receipt | date
Order #19578␤5 x refill pack $44.20␤Subtotal $353.80␤Note to staff: shade Lesson Date cells from the last seven days
    | Last7Days() | eh_d | receipt | number-words | date
Order #24736␤9 x item A $18.10␤Subtotal $297.40␤Note to staff: paint Lesson Date cells falling in this week
    | ThisWeek() | eh_d | receipt | date
Order #45280␤3 x spare part $6.20␤Subtotal $57.30␤Note to staff: mark Lesson Date cells falling in next month
    | NextMonth() | eh_d | receipt | date
Order #49063␤5 x sample box $30.75␤Subtotal $297.15␤Note to staff: colur Student cells that occur just once
    | Unique() | eh_b | receipt | typo
Order #16500␤2 x delivery $17.75␤Subtotal $69.50␤Note to staff: highlight Student cells that aren't blank
    | NotBlanks() | eh_b | receipt | negation
# kalimba workshop
INVOICE INV-70298␤Qty 6 @ 46.20, Qty 5 @ 2.90␤Total: 315.04␤P.S. shade every Tine Count cell over 8
    | GreaterThan(8) | ka_n1 | receipt
INVOICE INV-96240␤Qty 1 @ 23.20, Qty 1 @ 34.25␤Total: 62.05␤P.S. paint every Tine Count cell under 12
    | LessThan(12) | ka_n1 | receipt
INVOICE INV-37204␤Qty 1 @ 26.20, Qty 6 @ 29.60␤Total: 220.10␤P.S. mark every Tine Count cell 8 or less
    | LessThanEqual(8) | ka_n1 | receipt | boundary
INVOICE INV-82343␤Qty 3 @ 57.50, Qty 2 @ 25.60␤Total: 241.60␤P.S. colur every Tine Count cell different from 8
    | NotEquals(8) | ka_n1 | receipt | typo | negation
INVOICE INV-91585␤Qty 1 @ 29.95, Qty 5 @ 7.25␤Total: 71.50␤P.S. highlight every Tine Count cell from twelve to 17,
    + both ends included | Between(12, 17) | ka_n1 | receipt | number-words | boundary | range
INVOICE INV-21542␤Qty 4 @ 39.10, Qty 1 @ 10.90␤Total: 180.68␤P.S. fill every Tine Count cell greater than 12 and less
    + than seventeen | AND(GreaterThan(12), LessThan(17)) | ka_n1 | receipt | number-words | compound
Data bars, the Sale Price ($) column needs. Add it, you will. | DataBar() | ka_v | yoda | column-word | visual
The Sale Price ($) cells ranked in the top 3, mark you will. Yes, hmmm. | Top(3) | ka_v | yoda | superlative
The Sale Price ($) cells within the top 40%, colour you will. Yes, hmmm. | TopPercent(40) | ka_v | yoda | superlative
The Sale Price ($) cells higher than the average, highlight you will. Yes, hmmm. | AboveAverage() | ka_v | yoda
The Sale Price ($) cells holding an error, fill you will. Yes, hmmm. | Errors() | ka_v | yoda
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Wed 12:15␤LOCATION:Room 3B␤DESCRIPTION:paint every
    + Wood cell that mentions "mahogany"␤END:VEVENT | TextContains("mahogany") | ka_t | calendar | quoted
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Mon 10:00␤LOCATION:Room 7E␤DESCRIPTION:mark every
    + Wood cell that starts with mahogany␤END:VEVENT | TextStartsWith("mahogany") | ka_t | calendar
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Mon 08:45␤LOCATION:Room 8C␤DESCRIPTION:colour every
    + Wood cell not beginning with "mahogany"␤END:VEVENT
    | NOT(TextStartsWith("mahogany")) | ka_t | calendar | negation | quoted
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Thu 12:15␤LOCATION:Room 2C␤DESCRIPTION:highlight
    + every Build Date cell dated this month␤END:VEVENT | ThisMonth() | ka_d | calendar | date
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Thu 09:15␤LOCATION:Room 3F␤DESCRIPTION:fill every
    + Build Date cell dated today␤END:VEVENT | Today() | ka_d | calendar | date
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Thu 16:45␤LOCATION:Room 1B␤DESCRIPTION:flag every
    + Build Date cell in the last 7 days␤END:VEVENT | Last7Days() | ka_d | calendar | date
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Mon 15:30␤LOCATION:Room 4E␤DESCRIPTION:shade every
    + Build Date cell dated this week␤END:VEVENT | ThisWeek() | ka_d | calendar | date
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Mon 08:00␤LOCATION:Room 2F␤DESCRIPTION:paint every
    + Build Date cell dated next month␤END:VEVENT | NextMonth() | ka_d | calendar | date
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Mon 14:45␤LOCATION:Room 4A␤DESCRIPTION:mark every
    + Tuner cell appearing only once␤END:VEVENT | Unique() | ka_b | calendar
BEGIN:VEVENT␤SUMMARY:Kalimba workshop spreadsheet tidy-up␤DTSTART:Wed 08:30␤LOCATION:Room 4A␤DESCRIPTION:colour every
    + Tuner cell not left empty␤END:VEVENT | NotBlanks() | ka_b | calendar | negation
# cloudberry farm
BEGIN:VEVENT␤SUMMARY:Cloudberry farm spreadsheet tidy-up␤DTSTART:Wed 17:00␤LOCATION:Room 6A␤DESCRIPTION:colour the
    + rows in the Punnets column more than fifty␤END:VEVENT
    | GreaterThan(50) | cb_n1 | calendar | number-words | column-word
BEGIN:VEVENT␤SUMMARY:Cloudberry farm spreadsheet tidy-up␤DTSTART:Fri 11:00␤LOCATION:Room 3C␤DESCRIPTION:highlight the
    + rows in the Punnets column lower than 30␤END:VEVENT | LessThan(30) | cb_n1 | calendar | column-word
BEGIN:VEVENT␤SUMMARY:Cloudberry farm spreadsheet tidy-up␤DTSTART:Tue 10:15␤LOCATION:Room 4A␤DESCRIPTION:fill the rows
    + in the Punnets column at most 50␤END:VEVENT | LessThanEqual(50) | cb_n1 | calendar | column-word | boundary
BEGIN:VEVENT␤SUMMARY:Cloudberry farm spreadsheet tidy-up␤DTSTART:Tue 15:30␤LOCATION:Room 5D␤DESCRIPTION:flag the rows
    + in the Punnets column different from 50␤END:VEVENT | NotEquals(50) | cb_n1 | calendar | negation | column-word
BEGIN:VEVENT␤SUMMARY:Cloudberry farm spreadsheet tidy-up␤DTSTART:Wed 10:15␤LOCATION:Room 6D␤DESCRIPTION:shade the rows
    + in the Punnets column between 30 and 50 inclusive␤END:VEVENT
    | Between(30, 50) | cb_n1 | calendar | column-word | boundary | range
BEGIN:VEVENT␤SUMMARY:Cloudberry farm spreadsheet tidy-up␤DTSTART:Fri 13:15␤LOCATION:Room 2F␤DESCRIPTION:paint the rows
    + in the Punnets column greater than thirty and less than 50␤END:VEVENT
    | AND(GreaterThan(30), LessThan(50)) | cb_n1 | calendar | number-words | compound | column-word
INVOICE INV-80694␤Qty 3 @ 4.95, Qty 1 @ 34.90␤Total: 53.73␤P.S. add a color scale to the Price per kg column
    | ColorScale() | cb_v | receipt | column-word | visual
INVOICE INV-92496␤Qty 6 @ 35.10, Qty 1 @ 33.90␤Total: 264.06␤P.S. add an icon set to the Price per kg column
    | IconSet() | cb_v | receipt | column-word | visual
INVOICE INV-82024␤Qty 1 @ 6.10, Qty 1 @ 13.90␤Total: 21.60␤P.S. paint any Price per kg ranked in the bottom 3
    | Bottom(3) | cb_v | receipt | superlative
INVOICE INV-89740␤Qty 1 @ 4.50, Qty 1 @ 8.25␤Total: 13.77␤P.S. mark any Price per kg within the bottom 20%
    | BottomPercent(20) | cb_v | receipt | superlative
INVOICE INV-36743␤Qty 1 @ 9.10, Qty 1 @ 7.90␤Total: 18.36␤P.S. colour any Price per kg lower than the column average
    | BelowAverage() | cb_v | receipt | column-word
INVOICE INV-23781␤Qty 4 @ 4.95, Qty 1 @ 30.90␤Total: 54.76␤P.S. highlight any Price per kg not showing an error
    | NotErrors() | cb_v | receipt | negation
Down the Bog Plot column she goes, every cell equal to the text moss, and she highlights it! What a play!
    | TextEquals("moss") | cb_t | sportscast | column-word
Down the Bog Plot column she goes, every cell that doesn't mention "moss", and she highlights it! What a play!
    | TextNotContains("moss") | cb_t | sportscast | negation | quoted | column-word
Down the Bog Plot column she goes, every cell that ends with "moss", and she highlights it! What a play!
    | TextEndsWith("moss") | cb_t | sportscast | quoted | column-word
Down the Harvest Date column she goes, every cell from last month, and she highlights it! What a play!
    | LastMonth() | cb_d | sportscast | column-word | date
Down the Harvest Date column she goes, every cell from yesterday, and she highlights it! What a play!
    | Yesterday() | cb_d | sportscast | column-word | date
Down the Harvest Date column she goes, every cell falling on tomorrow, and she highlights it! What a play!
    | Tomorrow() | cb_d | sportscast | column-word | date
Down the Harvest Date column she goes, every cell from last week, and she highlights it! What a play!
    | LastWeek() | cb_d | sportscast | column-word | date
Down the Harvest Date column she goes, every cell falling in next week, and she highlights it! What a play!
    | NextWeek() | cb_d | sportscast | column-word | date
Down the Berry Picker column she goes, every cell that repeats, and she highlights it! What a play!
    | Duplicates() | cb_b | sportscast | column-word
Down the Berry Picker column she goes, every cell left blank, and she highlights it! What a play!
    | Blanks() | cb_b | sportscast | column-word
# horseradish farm
Unbelievable scenes here! Root Length (cm), above 20, and the keeper colours it in!
    | GreaterThan(20) | hr_n1 | sportscast
Unbelievable scenes here! Root Length (cm), below 35, and the keeper colours it in! | LessThan(35) | hr_n1 | sportscast
Unbelievable scenes here! Root Length (cm), exactly equal to 20, and the keeper colours it in!
    | Equals(20) | hr_n1 | sportscast
UNBELIEVABLE SCENES HERE! ROOT LENGTH (CM), NOT BELOW 20, AND THE KEEPER COLOURS IT IN!
    | NOT(LessThan(20)) | hr_n1 | sportscast | odd-case | negation
Unbelievable scenes here! Root Length (cm), outside twenty to 35, and the keeper colours it in!
    | NotBetween(20, 35) | hr_n1 | sportscast | negation | number-words | boundary | range
Unbelievable scenes here! Root Length (cm), below 20 or above thirty-five, and the keeper colours it in!
    | OR(LessThan(20), GreaterThan(35)) | hr_n1 | sportscast | number-words | compound
Calendar - Tue 15 Jan␤17:45 to 18:00 (15 min) - stock review, Room 5A␤Before then: add data bars to Jars Filled
    | DataBar() | hr_v | calendar | visual
Calendar - Tue 5 Sep␤15:30 to 16:15 (45 min) - stock review, Room 3E␤Before then: flag Jars Filled cells ranked in the
    + top 4 | Top(4) | hr_v | calendar | superlative
Calendar - Thu 19 Apr␤11:15 to 12:05 (50 min) - stock review, Room 5C␤Before then: shade Jars Filled cells within the
    + top 25% | TopPercent(25) | hr_v | calendar | superlative
Calendar - Thu 16 Apr␤10:30 to 10:55 (25 min) - stock review, Room 5D␤Before then: paint Jars Filled cells higher than
    + the average | AboveAverage() | hr_v | calendar
Calendar - Wed 22 Mar␤16:45 to 17:10 (25 min) - stock review, Room 2D␤Before then: mark Jars Filled cells holding an
    + error | Errors() | hr_v | calendar
Mark the Grade entries you must, the ones that mention "prime". | TextContains("prime") | hr_t | yoda | quoted
Colour the Grade entries you must, the ones that start with prime. | TextStartsWith("prime") | hr_t | yoda
Highlight the Grade entries you must, other than exactly "prime" when they are.
    | NOT(TextEquals("prime")) | hr_t | yoda | negation | quoted
Fill the Lift Date entries you must, dated this month when they are. | ThisMonth() | hr_d | yoda | date
Flag the Lift Date entries you must, dated today when they are. | Today() | hr_d | yoda | date
Shade the Lift Date entries you must, in the last 7 days when they are. | Last7Days() | hr_d | yoda | date
Paint the Lift Date entries you must, dated this week when they are. | ThisWeek() | hr_d | yoda | date
Mark the Lift Date entries you must, dated next month when they are. | NextMonth() | hr_d | yoda | date
Appearing only once the Field Row values are, colour them. | Unique() | hr_b | yoda
Not left empty, Field Row is? Highlight it, you should. | NotBlanks() | hr_b | yoda | negation
# mulberry orchard
Flag the Tree Height (m) entries you must, past 6.5 when they are. | GreaterThan(6.5) | mo_n1 | yoda
Shade the Tree Height (m) entries you must, short of 4 when they are. | LessThan(4) | mo_n1 | yoda
Paint the Tree Height (m) entries you must, exactly equal to 6.5 when they are. | Equals(6.5) | mo_n1 | yoda
Mark the Tree Height (m) entries you must, not 6.5 or more when they are.
    | NOT(GreaterThanEqual(6.5)) | mo_n1 | yoda | negation
Colour the Tree Height (m) entries you must, outside 2.5 to 4 when they are.
    | NotBetween(2.5, 4) | mo_n1 | yoda | negation | boundary | range
Highlight the Tree Height (m) entries you must, below 2.5 or above four when they are.
    | OR(LessThan(2.5), GreaterThan(4)) | mo_n1 | yoda | number-words | compound
Here's the play, folks: data bars on the Berries (kg) column. Beautiful!
    | DataBar() | mo_v | sportscast | column-word | visual
Unbelievable scenes here! Berries (kg), in the top 2, and the keeper shades it!
    | Top(2) | mo_v | sportscast | superlative
UNBELIEVABLE SCENES HERE! BERRIES (KG), IN THE TOP 20%, AND THE KEEPER SHADES IT!
    | TopPercent(20) | mo_v | sportscast | odd-case | superlative
Unbelievable scenes here! Berries (kg), above average, and the keeper shades it! | AboveAverage() | mo_v | sportscast
Unbelievable scenes here! Berries (kg), showing an error, and the keeper shades it! | Errors() | mo_v | sportscast
Thanks for your order! Order no. 33096, 12 items, total EUR 544.75.␤Staff note: paint the rows in the Variety column
    + containing "black" | TextContains("black") | mo_t | receipt | quoted | column-word
Thanks for your order! Order no. 98416, 8 items, total EUR 363.31.␤Staff note: mark the rows in the Variety column
    + starting with "black" | TextStartsWith("black") | mo_t | receipt | quoted | column-word
Thanks for your order! Order no. 49898, 9 items, total EUR 40.39.␤Staff note: colour the rows in the Variety column
    + that don't end in black | NOT(TextEndsWith("black")) | mo_t | receipt | negation | column-word
Thanks for your order! Order no. 70103, 12 items, total EUR 495.40.␤Staff note: highlight the rows in the Prune Date
    + column falling in this month | ThisMonth() | mo_d | receipt | column-word | date
Thanks for your order! Order no. 58896, 12 items, total EUR 442.75.␤Staff note: fill the rows in the Prune Date column
    + that fall on today | Today() | mo_d | receipt | column-word | date
Thanks for your order! Order no. 91656, 13 items, total EUR 451.01.␤Staff note: flag the rows in the Prune Date column
    + from the last seven days | Last7Days() | mo_d | receipt | number-words | column-word | date
Thanks for your order! Order no. 67656, 12 items, total EUR 430.27.␤Staff note: shade the rows in the Prune Date
    + column falling in this week | ThisWeek() | mo_d | receipt | column-word | date
Thanks for your order! Order no. 21826, 17 items, total EUR 331.29.␤Staff note: paint the rows in the Prune Date
    + column falling in next month | NextMonth() | mo_d | receipt | column-word | date
Thanks for your order! Order no. 72195, 9 items, total EUR 114.37.␤Staff note: mark the rows in the Orchard Block
    + column that are unique | Unique() | mo_b | receipt | column-word
Thanks for your order! Order no. 68941, 11 items, total EUR 588.65.␤Staff note: colour the rows in the Orchard Block
    + column that are filled in | NotBlanks() | mo_b | receipt | negation | column-word
# mealworm farm
Order confirmation 72617␤5 x sample box␤Amount due $432.43␤Internal memo: mark the rows in the Tray Weight (g) column
    + no less than 4000 | GreaterThanEqual(4000) | mw_n1 | receipt | column-word | boundary | polarity
Order confirmation 89418␤5 x delivery␤Amount due $175.93␤Internal memo: colour the rows in the Tray Weight (g) column
    + less than 2500 | LessThan(2500) | mw_n1 | receipt | column-word
Order confirmation 62322␤2 x gift card␤Amount due $220.32␤Internal memo: highlight the rows in the Tray Weight (g)
    + column exactly equal to 1000 | Equals(1000) | mw_n1 | receipt | column-word
Order confirmation 74732␤1 x refill pack␤Amount due $312.55␤Internal memo: fill the rows in the Tray Weight (g) column
    + not below 1000 | NOT(LessThan(1000)) | mw_n1 | receipt | negation | column-word
Order confirmation 28101␤8 x item A␤Amount due $360.72␤Internal memo: flag the rows in the Tray Weight (g) column
    + outside 1000 to 2,500
    | NotBetween(1000, 2500) | mw_n1 | receipt | negation | number-format | column-word | boundary | range
Order confirmation 18446␤2 x spare part␤Amount due $315.58␤Internal memo: shade the rows in the Tray Weight (g) column
    + below 1,000 or above 2500
    | OR(LessThan(1000), GreaterThan(2500)) | mw_n1 | receipt | number-format | compound | column-word
A colour scale, Larvae per Tray needs. Add it, you will. | ColorScale() | mw_v | yoda | visual
An icon set on the Larvae per Tray column, put you must. | IconSet() | mw_v | yoda | column-word | visual
In the bottom two, Larvae per Tray is? Paint it, you should. | Bottom(2) | mw_v | yoda | number-words | superlative
In the bottom 30%, Larvae per Tray is? Mark it, you should. | BottomPercent(30) | mw_v | yoda | superlative
Below average, Larvae per Tray is? Colour it, you should. | BelowAverage() | mw_v | yoda
Without an error, Larvae per Tray is? Highlight it, you should. | NotErrors() | mw_v | yoda | negation
Meeting: ops sync (mealworm farm)␤Thu, 12:15-12:35, room 9E␤Action item: flag any Feed that says exactly "bran"
    | TextEquals("bran") | mw_t | calendar | quoted
Meeting: ops sync (mealworm farm)␤Tue, 17:45-18:10, room 2C␤Action item: shade any Feed not containing bran
    | TextNotContains("bran") | mw_t | calendar | negation
Meeting: ops sync (mealworm farm)␤Wed, 17:45-18:05, room 8C␤Action item: paint any Feed ending with "bran"
    | TextEndsWith("bran") | mw_t | calendar | quoted
Meeting: ops sync (mealworm farm)␤Mon, 14:00-14:45, room 3A␤Action item: mark any Sieve Date dated last month
    | LastMonth() | mw_d | calendar | date
Meeting: ops sync (mealworm farm)␤Fri, 13:00-13:50, room 3A␤Action item: colour any Sieve Date dated yesterday
    | Yesterday() | mw_d | calendar | date
Meeting: ops sync (mealworm farm)␤Thu, 14:45-15:00, room 2B␤Action item: highlight any Sieve Date dated tomorrow
    | Tomorrow() | mw_d | calendar | date
Meeting: ops sync (mealworm farm)␤Mon, 17:00-17:30, room 1D␤Action item: fill any Sieve Date dated last week
    | LastWeek() | mw_d | calendar | date
Meeting: ops sync (mealworm farm)␤Wed, 17:15-17:45, room 2B␤Action item: flag any Sieve Date dated next week
    | NextWeek() | mw_d | calendar | date
Meeting: ops sync (mealworm farm)␤Mon, 13:30-13:50, room 4C␤Action item: shade any Crate appearing more than once
    | Duplicates() | mw_b | calendar
Meeting: ops sync (mealworm farm)␤Mon, 08:15-08:40, room 6E␤Action item: paint any Crate with nothing entered
    | Blanks() | mw_b | calendar
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
              'thirtyfirst_cf.json', 'thirtyfirst_tables.json', 'twelfth_cf.json', 'twelfth_tables.json',
              'twentieth_cf.json', 'twentieth_tables.json', 'twentyeighth_cf.json', 'twentyeighth_tables.json',
              'twentyfifth_cf.json', 'twentyfifth_tables.json', 'twentyfirst_cf.json', 'twentyfirst_tables.json',
              'twentyfourth_cf.json', 'twentyfourth_tables.json', 'twentyninth_cf.json', 'twentyninth_tables.json',
              'twentysecond_cf.json', 'twentysecond_tables.json', 'twentyseventh_cf.json', 'twentyseventh_tables.json',
              'twentysixth_cf.json', 'twentysixth_tables.json', 'twentythird_cf.json', 'twentythird_tables.json',
              'web_cf.json')


column_sets.bind(globals(), THIRTYSECOND_TAG)
_bound_make_record = make_record  # noqa: F821 (bound by column_sets.bind)


def make_record(request: str, code: str, key: str, tags: tuple[str, ...] = ()) -> dict:
    """The bound `make_record`, after each "␤" of the request is made a line break (a calendar entry's
    or a receipt's lines); `build` calls this one (it reads `make_record` from this module)."""
    return _bound_make_record(request.replace(NEWLINE, "\n"), code, key, tags)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
