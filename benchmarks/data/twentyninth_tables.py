"""A twenty-ninth set of table requests, about a third of them header-only, and the builder of
twentyninth_tables.json.

Written on 2026-12-07 between 20:16 and about 20:32 UTC (by `date -u` on this machine: 20:16:13 at the start) by
engineer E29t, who had read neither the assistant's code nor any set's wordings, so that the team has table requests
nobody has tuned on. The eleven tables (snowman builds, lemonade stands, grape stomps, pizza tosses, jelly wrestling
bouts, puddle jumps, sandwich stacks, mattress races, leaf blower runs, shoe shines, bubble wrap pops) and every
request were written from scratch, in the structure of twentyeighth_tables.py (whose docstring, constants, helper
code and closing lines were read). Each table has 10 columns in the same roles (A a code, B a name, C a category, D a
date, E to H four number columns, I a yes/no column, J free text); headers carry units and currencies and question
marks (`Height (cm)`, `Carrot (cm)`, `Snowballs`, `Scarf (kr)`, `Hat On?`, `Cups Sold`, `Sugar (kg)`, `Takings
(US$)`, `Ice Left?`, `Juice (L)`, `Vat Depth (cm)`, `Entry Fee (€)`, `Barefoot?`, `Air Time (s)`, `Prize (CA$)`,
`Caught Clean?`, `Jelly (kg)`, `Ticket (£)`, `Disqualified?`, `Splash (cm)`, `Depth (cm)`, `Boots (NZ$)`, `Landed
Dry?`, `Layers`, `Cost (A$)`, `Toppled?`, `Distance (m)`, `Time (s)`, `Entry (CHF)`, `Finished?`, `Leaves Cleared`,
`Noise (dB)`, `Fuel (L)`, `Passed?`, `Gloss Score`, `Minutes`, `Tip (HK$)`, `Repeat Client?`, `Bubbles Popped`,
`Sheet (m)`, `Stake (¥)`, `Timed Out?`, ...), and the cells dates, money (plain numbers under a currency header),
integers, decimals in half or quarter steps, codes, yes/no values, free text (builders, vendors, stompers,
pizzaioli, wrestlers, jumpers, chefs, teams, operators, shiners, poppers: twelve a table, two of them written twice;
divisions, blocks, grapes, doughs, flavours, boot types, breads, mattresses, blowers, polishes, bubble sizes; notes
made of two of eight short phrases a table), text in a number column ("pending", "none", "n.a.", "absent", "skip",
"tba", "nil", "see note", "unknown", "x", "?"), Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!, #NUM!) and blanks. The
cells were drawn by a seeded random generator without repeats from each column's grid (/tmp/e29t/tables.py,
`make_table`), then frozen here; the six special cells of a table (F's blank, G's text, H's blank and error, J's ""
and " ") sit on six different rows.

Domains: a short program (/tmp/e29t/domcheck.py, four runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring; twentyninth_* aside, the twenty-eighth builders included) and the `Table`
field of every set file there (twentyninth_* aside, CamelCase split into words), and printed one True/False per
candidate word (True when named as a whole word with an optional plural s or es, spaces, dashes and underscores
between its words also matched). Dropped as used: pigeon racing (and pigeon), snail racing (and snail), conker, tug
of war, egg and spoon, pumpkin, scarecrow, sandcastle, pancake race (and pancake), welly wanging (and welly), bog
snorkelling, toe wrestling, wife carrying, air guitar, shin kicking, dog agility (and agility), ferret, pie eating,
onion, marrow, domino, paper plane, rubik, spelling bee, kite, falconry, bonsai, origami, calligraphy, mushroom,
birdwatching, stargazing, lighthouse, gingerbread, bubble, marbles, hopscotch, limbo, pogo, kazoo, tortoise, bathtub
race, coffin race, lawnmower racing, office chair racing, pram race, stone lifting, tractor pull, corn maze, mud run,
bat survey, window cleaning, chimney sweep, dumpling, noodle, taco, toboggan, ice sculpture, shuffleboard, cornhole,
horseshoe pitching, paddle board, dragon boat, pedalo, raft race, goose, llama, alpaca, emu, ostrich, olive,
doughnut, gravy wrestling, haggis hurling, coal carrying, wok racing, camel racing, reindeer, mushing, sheep
shearing, hedge laying, dry stone walling, thatching, ploughing match. Unused, and taken: snowman building (and
snowman), lemonade stand (and lemonade), grape stomping (and grape, stomping), pizza tossing, jelly wrestling (and
jelly), puddle jumping (and puddle), sandwich stacking (and sandwich), mattress race, leaf blowing (and blowing),
shoe shining (and shining), bubble wrap popping (and popping); the words pizza, mattress, leaf, shoe, wrap, bubble,
tossing and jumping are used (True), the phrases are not. Also unused, not taken: chili eating, speed typing, leaf
pile, bed race, outhouse race, shopping cart race, pond dipping, moth trapping, owl pellet, sock matching, bake sale,
snow shovelling, taco eating, egg drop, paper chain, snow angel, hedge trimming, washer toss, bean bag, black
pudding, olive pitting, noodle pulling, dumpling folding, wool spinning. Nonsense words were asked as controls:
zzzqqq and vkvkxq printed True (earlier builders' docstrings name them as their own controls), qzxjvw False. A second
program printed, per table name, whether any set file's `Table` field holds it (False for all eleven).

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES is the
earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines ("Highlight the
X cells whose value ..., sheet T", "Fill each cell of X that ... in sheet T (cells only)", "Highlight each row in
sheet T where X ...", "Color the entire row when X ... in sheet T", "Highlight rows of ... in sheet T" where rows are
named by a value or a date's meaning, "Format X in sheet T with data bars"); `forum`, a forum question, with the
column letter (always the true column of the table placed at A1) when it names the column by its header, and none
when it names the rows by a value or by what the date means; four new here: `url`, the rule said as a web address,
deep link or query string ("?sheet=T&col=X&op=gt&value=a&apply=row", "https://sheets.example.com/T/rules/new?
column=X&op=between&min=a&max=b&inclusive=true&target=cells", "#highlight/T/X/below/a/or/above/b/entire-row",
"app.example/sheets/T/format?field=X&date=last_7_days&scope=cell", "#highlight/T/stomps/is_not/Malbec/whole-row";
the header and any text percent-escaped, a space as %20 or as `+` by hash, %, &, ?, #, / and = escaped, other
characters kept, so every literal is recoverable); `alerting`, a monitoring / alert threshold ("alert when X drops
below a -> highlight the cell (sheet T)", "trigger: X is missing; action: highlight cell only; sheet: T", "page me
if X rises above a in T, and highlight the whole row", "alert rule for T: X < a or > b => flag entire row", "warn
threshold: X >= a, severity high, ...", "dashboard for T: show X as data bars"); `changelog`, a release note or
changelog entry ("Added: highlight each X cell that ... in T (cell only)", "### Changed - flag entire rows in T where
X ... (was: ...)", where the old rule is a near miss and the rule to apply is the new one, "v2.4 - now highlights
full rows in T where X ...", "Fixed: ... in T get their whole row highlighted again"); `eli5`, very simple words,
as to a child or a newcomer ("In the T sheet, the X boxes where the number is smaller than a should turn yellow.
Only those boxes.", "In T, if nobody wrote anything in the box in the X box, colour the whole line.", "In T, put
little bars inside the X boxes, longer bars for bigger numbers.", "the day was in last week (the Sunday-to-Saturday
week before this one)"; a box is a cell, a line a row). These examples are of this set's kind; the brief's own
examples were not used as requests.

How the requests were written: E29t wrote, in /tmp/e29t/gen.py, for each function two or three plain verb phrases
("is greater than a", "exceeds a", "is at least a", "is no more than a", "is between a and b, inclusive", "falls
outside a to b, where a and b themselves count as inside", "is strictly between a and b, neither end included", "is
under a or over b", "reads exactly 's'", "mentions 's' anywhere", "opens with the letters 's'", "is one of the top n
values", "falls in the lowest p percent of values", "beats the column average", "is duplicated elsewhere in the
column", "shows an error like #N/A", "falls in the previous calendar week", ...), three alert conditions ("rises
above a", ">= a", "stays in the a to b band, both ends included", "in range (a, b) exclusive", "lacks the text 's'",
"has suffix 's'", "sinks into the bottom n", "is missing", "is error-free", "is in last week (Sun-Sat)", ...), two
simple-word phrases ("the number is a or smaller", "the number is a, b, or anywhere in between", "the name ends with
's'", "the number is one of the n biggest", "the same thing is written in another X box too", "the day is today or
one of the 6 days before it", ...), URL tokens (gt, gte, lt, lte, eq, ne, between / not_between with min, max and
inclusive=true, gt and lt with match=all or match=any, is, is_not, contains, not_contains, starts_with, ends_with,
rank=top|bottom with n or percent, above_average, below_average, duplicates, unique, blank, not_blank, error,
no_error, date=yesterday ... next_month, format=color_scale|data_bars|icon_set), noun phrases for the rows named by
a value ("the 'Veterans' builds", "all races listed as 'Air'", "all tosses except the 'Deep' ones", "the rounds that
aren't 'Large'") or by what the date means ("yesterday's stomps", "this calendar week's stands", "the races coming up
next month"), and the frames per style and scope above; the program picks a naming (by-value for about three in four
TextEquals and NOT drafts, by-meaning for about a third of the periods, by hash), a style (by hash among the six,
for every function), a wording, a frame and a URL form by a stable hash of the table and the function, the scope by
the same hash (cells for the visual rules; rows for every request naming the rows by value or meaning; else about
half each), and the literal: the first candidate of the column's own values (numbers nearest the median first,
bounds near the quartiles, words of four letters or more of the notes, words of three letters or more of the
categories, prefixes and suffixes of two or three letters of the names, category values in an order rotated by
hash, n of 3, 2, 4, 5 and p of 20, 25, 30, 10, 15, 40) for which everyday_tables' `problems` finds nothing on the full
table, the request names no column letter but the rule's, and the request is in no other set file nor the train
split. The entries below are that program's output, frozen (written by /tmp/e29t/assemble.py, which also wraps long
requests over string lines, a URL at its `&`, and checks the line length); nothing was reworded by hand. Before the
first build the generator was changed once after reading its drafts (no split in them): the URL escapes became the
small set above (the first drafts had escaped £ and ¥ as UTF-8 bytes, %C2%A3), two simple-word phrases of the text
tests ("in it" became "there"), the simple-word phrase of Errors (it named #N/A), one noun phrase of Last7Days (a
comma became parentheses), one of NOT (agreement) and one of Equals; five headers were shortened for the line
length (`Scarf Cost (kr)`, `Splash Height (cm)`, `Puddle Depth (cm)`, `Boot Cost (NZ$)` and `Observer Notes` became
`Scarf (kr)`, `Splash (cm)`, `Depth (cm)`, `Boots (NZ$)` and `Notes`); all drafts were drawn again. Decided before
the first build and written in gen.py (`all_drafts`): a function whose drafts fall in one half only gets a second
draft on every table that has it (the next passing literal, naming, style, scope and wording by the hash with
"second"); gen.py's run printed only the draft count, so the rule's outcome was not printed, but the count (341, 31
a table) showed that it had added none. Requests keep Excel's semantics: comparisons other than LessThan,
LessThanEqual and Between are only on the two number columns that hold no text (E, and F, which holds one "" blank;
NotEquals, NotBetween and OR, which a blank read as 0 could meet, only on E), LessThan, LessThanEqual, Between and
the visual rules on the column with a text cell (G), the error and errors-not rules, TopPercent and BelowAverage on
the column with an error and a blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks on the notes
(both "" and a lone space " "), TextEquals, NOT and TextNotContains on the category, TextContains on the notes,
TextStartsWith, TextEndsWith, Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 20:16:13, and about twelve
times while working and at the end); `cat` of /work/team/brief29.md (the brief) and `ls` of /work/team (file
names); the first 50 and 80 lines of /work/.library/env/README.md and /work/.library/search/README.md (the
workplace's notes); `ls` of benchmarks/data (file names); a `grep -nE` of twentyeighth_tables.py anchored on
top-level names, imports and the main block (line numbers of its imports and constants, TABLES/ENTRIES and the main
block), `wc -l` of it (2040), `sed -n 1,257p` (its docstring, imports, constants and helper code, up to ENTRIES = {}),
a second anchored `grep -n` cut to 60 characters (its constants and the main block), an `awk` of its lines 2028 to
2040 printing each line's number, length and first two characters (spaces on the entry lines), and `sed -n
2033,2040p` (the closing bracket, the bind and the main block); `wc -l` and `cat` of table_sets.py, column_sets.py,
everyday_common.py, tests/benchmarks/test_table_sets_data.py, tests/benchmarks/set_files.py (the whole file: its
check functions and their helpers) and ../shared/docs/CF_RULES.md; the first 12,000 characters of
benchmarks/data/README.md, each line cut to 300 characters and the first 80 lines (its rows up to sixth_cf), and a
`grep -n` of twentyeighth_tables in it cut to 12 characters ("77:| `twenty"); of cf_assistant.languages.cf:
parse/to_text on 18 made-up rules for the canonical spelling; the signatures (inspect.signature) of everyday_tables'
`build_record` and `problems`, nothing of their code, and one made-up record of this set's first table built and
checked with them (its fields and its one near-miss problem); `test -e` of the train split (present). The drafting
programs' runs: /tmp/e29t/domcheck.py (four runs, True/False per word); the table-name check (eleven False);
/tmp/e29t/tables.py (a sample-size error, then each table's row count and widest line; the widest lines, all
header rows, were shortened as above); /tmp/e29t/gen.py (a KeyError, then "341 drafts; no passing literal: [];
repeated: 0", four times); printouts of this set's own drafts (no split in them), all before the first build:
their scope, naming and style counts and the request, style, scope and rule of the first 150 drafts and every
second one after, then every `url` draft and every simple-word Errors draft; /tmp/e29t/assemble.py ("341 drafts;
lines over 120: 1; widest 132", the `awk` of the one long line, a URL request of this set, then after the URL
wrapping "lines over 120: 0; widest 119" and 11 lines of the builder around it); a program checking that the
builder's ENTRIES and TABLES are the drafts and tables and its OTHER_SETS count (True True 63); `ls *.json | wc -l`
(64) and `ls | grep -c twentyninth` (2: the other engineer's files, by count only); the first build (`python
benchmarks/data/twentyninth_tables.py`, output to a file; its first two lines); a program printing per half the
record count, function count and header-only count, the functions missing a half (none), the scope, naming, style
and tag counts and the eight thinnest functions per half; the program that edited the table test module (it printed
"replaced 5" and its widest line, 116) and `grep -c` of "twentyninth" in it (5); `python -m pytest -q
tests/benchmarks/test_table_sets_data.py -k twentyninth` (8 passed); the program that put the README row in (it
printed that it found one twentyeighth_tables row and no twentyninth_tables row, and "inserted"), `grep -c` of the
two twentyninth README rows (2), a `tail -c 1 | xxd` of README (its final newline); `python -m pytest -q` of
tests/benchmarks/test_table_sets_data.py and tests/benchmarks/test_sets_are_the_projects_own.py (see Counts);
`python -m pyflakes` and `python -m flake8` ("No module named ..."); the builder rewritten with this docstring by
assemble.py, rebuilt, `cmp` against a copy of the first build's file (identical), its widest line; both test modules
run again (see Counts).

Slips: (1) the draft count of gen.py's run (341, that is 31 a table) showed before the first build that the
pre-decided second-draft rule had added no draft, i.e. that every function's first drafts fell in both halves, a
fact of the split; nothing was reworded, added or dropped after it. (2) `ls | grep -c twentyninth` printed 2, which
told that the other engineer's two files existed (nothing of them was opened; the builder compares with them by
program only). No entry line of another builder was printed; the README row was written once, with the counted
figures. The two engineers kept apart scratch folders (/tmp/e29t here); nothing of another engineer's was run or
opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets calls it,
`build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`; its code and docstrings not printed);
`git log`, `git show`, `git status`, any diff (no git command was run); ../shared/docs/EVALUATION.md and
../shared/data (the train split is compared by program only); tests/benchmarks/test_sets_are_the_projects_own.py
(only run); the TABLES and ENTRIES of the other builders; README.md past its first 12,000 characters (but this
set's own row, written by program); twentyninth_cf.py and twentyninth_cf.json (written beside this set by engineer
E29c; the builder compares with any set file beside it by program only, as table_sets.requests_elsewhere does); the
utterances or tables of any JSON file (compared with this set's by program only, never printed; the domain check
read their `Table` fields and printed True/False only). No request was run through `cfa suggest`, `cfa bench` or a
model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
twentyeighth_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows ("whole row", "entire row", "full row", "Highlight each row
... where", "Highlight rows of", "apply=row", "apply=entire_row", "target=rows", "scope=row", "/entire-row",
"/whole-row", "flag entire row", "colour the whole line"), "cells" otherwise ("cells only", "just the cells", "cell
only", "only the cell, not the row", "apply=cell", "target=cells", "/cell", "highlight cell only", "just the box",
"Only those boxes", a visual rule); `naming` says how the request names the tested column: `by-header` (its header
as written, or its letter, or, in a URL, its header percent-escaped), `by-meaning` (the rows by what the date means:
"yesterday's stomps") or `by-value` (only values of it: "the 'Veterans' builds", "all tosses except the 'Deep'
ones"). Each rule tests one column. Every record is first built and checked on its full table (everyday_tables'
`build_record` with IDs prefixed `t29t-`; its `problems`: a record that formats no row or every row, whose near
misses its table cannot tell apart, text operators exempt, or whose rule formats the same rows on another column is
refused), and a request already written (case aside) in any other set file of benchmarks/data/ or in the
benchmark's train split (../shared/data/cf/train.json, on this machine) is refused, as is a column letter or range
that is not the rule's column (none was). Then the records picked by a stable hash of the ID (about one in three,
`table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag `header-only`. Blank
cells are "" or a lone space " " (written `_` and `~` in the table text below). Dates are read against the bench's
reference date 2024-06-12 (a Wednesday); date comparisons are not written, date periods are (each table's date
column holds the fourteen days 06-11, 06-12, 06-13, 06-10, 06-15, 06-04, 06-07, 06-18, 06-27, 05-20, 05-03, 07-03,
07-25 and 03-08 of 2024, rotated by the table's place, so that the ten periods tell apart). Labels follow Excel: a
blank compares as 0, any text is greater than any number, an error is neither blank nor formatted by a comparison,
text tests ignore case. Every comparison's threshold and every Between bound is a value of its column (so that "at
least" and "more than" differ there). Each table leaves out eight of the 31 functions that are not date periods and
two of the ten periods, in turn (table k leaves out the functions 8k to 8k+7 and the periods 2k and 2k+1 of a fixed
order, mod 31 and 10): 31 records a table.

Tags: the naming, the style, then any of `boundary` (GreaterThanEqual, LessThanEqual, Between, NotBetween),
`negation` (NotEquals, NotBetween, TextNotContains, NotBlanks, NotErrors, NOT), `or`, `superlative` (the four
ranks), `starts-ends`, `date`, then `header-only` where the rows were dropped, then `twentyninth` (last). Every one
of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentyninth_tables.py` prints them): 341 records, dev 180 / test 161; 11 tables
of 10 columns and 14 data rows each (31 records a table); 107 header-only records (31%; dev 60, test 47); scope rows
166 (49%) / cells 175; naming by-header 304, by-meaning 26, by-value 11 (11% not by header); styles annotator 71,
eli5 62, forum 59, changelog 53, alerting 52, url 44; tags date 88, negation 49, superlative 32, boundary 32,
starts-ends 16, or 8; every one of the 41 top functions in both halves (the thinnest: IconSet with one record in
dev; OR, LessThanEqual, GreaterThanEqual, GreaterThan, TextEndsWith, Unique and Duplicates with two in one half).
Tests: tests/benchmarks/test_table_sets_data.py 200 passed (8 of them this set's, `-k twentyninth`: 8 passed) and
tests/benchmarks/test_sets_are_the_projects_own.py 66 passed, run together (266 passed), before and after this
docstring; `grep -c` of the two twentyninth README rows at the end: 2.

Rebuild: `python benchmarks/data/twentyninth_tables.py` (prints the counts per split, table, scope, naming, style,
tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyninth_tables.json"
PREFIX = "t29t"
TAG = "twentyninth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: the rule said as a web address, deep link or
# query string, as a monitoring / alert threshold, as a release note or changelog entry, and in very
# simple words, as to a child or a newcomer.
STYLES = ("annotator", "forum", "url", "alerting", "changelog", "eli5")
# The requests of every other set file in this folder (these 63 at the time of writing,
# and any written since, e.g. twentyninth_cf.json, written at the same time by another engineer)
# and of the benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ('everyday_cf.json', 'everyday_tables.json', 'fresh_cf.json', 'fresh_tables.json', 'third_cf.json',
              'third_tables.json', 'web_cf.json', 'plain_cf.json', 'forum_tables.json', 'annotator_tables.json',
              'template_tables.json', 'spoken_cf.json', 'posts_tables.json', 'fourth_cf.json', 'fourth_tables.json',
              'fifth_cf.json', 'fifth_tables.json', 'sixth_cf.json', 'sixth_tables.json', 'seventh_cf.json',
              'seventh_tables.json', 'eighth_cf.json', 'eighth_tables.json', 'ninth_cf.json', 'ninth_tables.json',
              'tenth_cf.json', 'tenth_tables.json', 'eleventh_cf.json', 'eleventh_tables.json', 'twelfth_cf.json',
              'twelfth_tables.json', 'thirteenth_cf.json', 'thirteenth_tables.json', 'fourteenth_cf.json',
              'fourteenth_tables.json', 'fifteenth_cf.json', 'fifteenth_tables.json', 'sixteenth_cf.json',
              'sixteenth_tables.json', 'seventeenth_cf.json', 'seventeenth_tables.json', 'eighteenth_cf.json',
              'eighteenth_tables.json', 'nineteenth_cf.json', 'nineteenth_tables.json', 'twentieth_cf.json',
              'twentieth_tables.json', 'twentyfirst_cf.json', 'twentyfirst_tables.json', 'twentysecond_cf.json',
              'twentysecond_tables.json', 'twentythird_cf.json', 'twentythird_tables.json', 'twentyfourth_cf.json',
              'twentyfourth_tables.json', 'twentyfifth_cf.json', 'twentyfifth_tables.json', 'twentysixth_cf.json',
              'twentysixth_tables.json', 'twentyseventh_cf.json', 'twentyseventh_tables.json', 'twentyeighth_cf.json',
              'twentyeighth_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}

TABLES["SnowmanBuilds"] = _table("""
Build Code | Builder | Division | Built On | Height (cm) | Carrot (cm) | Snowballs | Scarf (kr) | Hat On? | Judge Notes
SB-101 | Tobias Lind | Open | 2024-06-11 | 189 | 4.5 | 13 | 57.5 | No | button eyes, lopsided head
SB-102 | Sigrid Moe | Open | 2024-06-12 | 151 | 13 | pending | 62 | No | sturdy base, button eyes
SB-103 | Ansel Dahl | Under 10 | 2024-06-13 | 203 | 12.5 | 19 | 39.25 | Yes | ~
SB-104 | Elsa Brink | Veterans | 2024-06-10 | 72 | 8.5 | 20 | 31.75 | No | button eyes, twig arms
SB-105 | Kai Lund | Family | 2024-06-15 | 215 | 9 | 4 | 59 | No | twig arms, wet snow
SB-106 | Pia Nordin | Open | 2024-06-04 | 170 | 17.5 | 31 | 44 | Yes | _
SB-107 | Mara Holt | Under 10 | 2024-06-07 | 159 | 10 | 35 | 47.75 | Yes | wet snow, sturdy base
SB-108 | Ansel Dahl | Under 10 | 2024-06-18 | 166 | _ | 16 | 56.75 | Yes | leaning left, sturdy base
SB-109 | Rafe Ostby | Under 10 | 2024-06-27 | 135 | 18 | 39 | 41.75 | No | leaning left, wet snow
SB-110 | Tobias Lind | Family | 2024-05-20 | 204 | 7 | 36 | 33.5 | Yes | wet snow, sturdy base
SB-111 | Cormac Reid | Family | 2024-05-03 | 130 | 13.5 | 9 | _ | Yes | sturdy base, button eyes
SB-112 | Jonah Pike | Veterans | 2024-07-03 | 216 | 6 | 12 | 21 | No | twig arms, wet snow
SB-113 | Greta Voss | Veterans | 2024-07-25 | 182 | 18.5 | 14 | 57.75 | Yes | lopsided head, melting fast
SB-114 | Liv Strand | Family | 2024-03-08 | 90 | 5.5 | 5 | #N/A | Yes | lopsided head, leaning left
""")
ENTRIES["SnowmanBuilds"] = [
    ("Look at the Height (cm) boxes in SnowmanBuilds. If the number is bigger than 135 but smaller than 203, "
     "colour that box, just the box.",
     "AND(GreaterThan({Height (cm)}, 135), LessThan({Height (cm)}, 203))", "cells", "by-header", "eli5"),
    ("Is there a way to shade entire rows where column E (Height (cm)) is below 135 or above 203? Sheet: "
     "SnowmanBuilds",
     "OR(LessThan({Height (cm)}, 135), GreaterThan({Height (cm)}, 203))", "rows", "by-header", "forum", "or"),
    ("Color the entire rows for the 'Veterans' builds, sheet SnowmanBuilds",
     "TextEquals({Division}, \"Veterans\")", "rows", "by-value", "annotator"),
    ("Fill each cell of Judge Notes that mentions 'twig' anywhere in sheet SnowmanBuilds (cells only)",
     "TextContains({Judge Notes}, \"twig\")", "cells", "by-header", "annotator"),
    ("Highlight each row in sheet SnowmanBuilds where Division has no 'Family' anywhere in it",
     "TextNotContains({Division}, \"Family\")", "rows", "by-header", "annotator", "negation"),
    ("### Changed - flag entire rows in SnowmanBuilds where Builder opens with the letters 'To' (was: finishes "
     "with 'To')",
     "TextStartsWith({Builder}, \"To\")", "rows", "by-header", "changelog", "starts-ends"),
    ("page me if Builder finishes with 'nd' in SnowmanBuilds, and highlight the whole row",
     "TextEndsWith({Builder}, \"nd\")", "rows", "by-header", "alerting", "starts-ends"),
    ("Color the entire rows for all builds except the 'Under 10' ones, sheet SnowmanBuilds",
     "NOT(TextEquals({Division}, \"Under 10\"))", "rows", "by-value", "annotator", "negation"),
    ("Added: highlight each Height (cm) cell that is among the 3 highest values in the column in SnowmanBuilds "
     "(cell only)",
     "Top({Height (cm)}, 3)", "cells", "by-header", "changelog", "superlative"),
    ("Highlight each row in sheet SnowmanBuilds where Height (cm) is one of the bottom 3 values",
     "Bottom({Height (cm)}, 3)", "rows", "by-header", "annotator", "superlative"),
    ("Fill each cell of Scarf (kr) that is in the top 20% of the column in sheet SnowmanBuilds (cells only)",
     "TopPercent({Scarf (kr)}, 20)", "cells", "by-header", "annotator", "superlative"),
    ("### Changed - flag entire rows in SnowmanBuilds where Height (cm) falls in the lowest 20 percent of "
     "values (was: is in the top 20% of the column)",
     "BottomPercent({Height (cm)}, 20)", "rows", "by-header", "changelog", "superlative"),
    ("alert when Height (cm) goes above the column average -> highlight the cell (sheet SnowmanBuilds)",
     "AboveAverage({Height (cm)})", "cells", "by-header", "alerting"),
    ("https://sheets.example.com/SnowmanBuilds/rules/new?column=Scarf%20(kr)&op=below_average&target=cells",
     "BelowAverage({Scarf (kr)})", "cells", "by-header", "url"),
    ("### Changed - flag entire rows in SnowmanBuilds where Builder appears more than once in the column (was: "
     "is not repeated anywhere else in the column)",
     "Duplicates({Builder})", "rows", "by-header", "changelog"),
    ("### Changed - flag entire rows in SnowmanBuilds where Builder appears only once in the column (was: "
     "appears more than once in the column)",
     "Unique({Builder})", "rows", "by-header", "changelog"),
    ("In the SnowmanBuilds sheet, the Judge Notes boxes where nobody wrote anything in the box should turn "
     "yellow. Only those boxes.",
     "Blanks({Judge Notes})", "cells", "by-header", "eli5"),
    ("### Changed - flag entire rows in SnowmanBuilds where Judge Notes is not empty (was: is empty)",
     "NotBlanks({Judge Notes})", "rows", "by-header", "changelog", "negation"),
    ("alert when Scarf (kr) shows an error value -> highlight the cell (sheet SnowmanBuilds)",
     "Errors({Scarf (kr)})", "cells", "by-header", "alerting"),
    ("Highlight every Scarf (kr) value that is not an Excel error in sheet SnowmanBuilds, just the cells",
     "NotErrors({Scarf (kr)})", "cells", "by-header", "annotator", "negation"),
    ("Is there a way to show a colour scale in column G (Snowballs)? Sheet is SnowmanBuilds.",
     "ColorScale({Snowballs})", "cells", "by-header", "forum"),
    ("Can someone tell me how to add data bars to the Snowballs column (column G) of SnowmanBuilds?",
     "DataBar({Snowballs})", "cells", "by-header", "forum"),
    ("Is there a way to show an icon set in column G (Snowballs)? Sheet is SnowmanBuilds.",
     "IconSet({Snowballs})", "cells", "by-header", "forum"),
    ("How can I highlight just the cells in column D (Built On) whose value falls on tomorrow? Sheet is "
     "SnowmanBuilds.",
     "Tomorrow({Built On})", "cells", "by-header", "forum", "date"),
    ("Color the entire rows for the past week's builds (the last 7 days incl. today), sheet SnowmanBuilds",
     "Last7Days({Built On})", "rows", "by-meaning", "annotator", "date"),
    ("Fill each cell of Built On that falls in the previous calendar week in sheet SnowmanBuilds (cells only)",
     "LastWeek({Built On})", "cells", "by-header", "annotator", "date"),
    ("warn threshold: Built On falls in the current calendar week, severity high, mark just the cell in "
     "SnowmanBuilds",
     "ThisWeek({Built On})", "cells", "by-header", "alerting", "date"),
    ("Fixed: the builds in next calendar week in SnowmanBuilds get their whole row highlighted again",
     "NextWeek({Built On})", "rows", "by-meaning", "changelog", "date"),
    ("?sheet=SnowmanBuilds&col=Built+On&date=last_month&apply=entire_row",
     "LastMonth({Built On})", "rows", "by-header", "url", "date"),
    ("https://sheets.example.com/SnowmanBuilds/rules/new?column=Built%20On&date=this_month&target=cells",
     "ThisMonth({Built On})", "cells", "by-header", "url", "date"),
    ("What's the easiest way to shade entire rows for next month's builds? The sheet is SnowmanBuilds.",
     "NextMonth({Built On})", "rows", "by-meaning", "forum", "date"),
]

TABLES["LemonadeStands"] = _table("""
Stand ID | Vendor | Block | Open Day | Cups Sold | Sugar (kg) | Lemons Used | Takings (US$) | Ice Left? | Remarks
LS-101 | Felix Ward | Maple St | 2024-06-12 | 83 | 2 | 29 | #VALUE! | Yes | cash only, pink lemonade
LS-102 | June Baxter | Maple St | 2024-06-13 | 65 | 5.5 | 63 | 36 | No | windy day, cash only
LS-103 | Ivy Shaw | Oak Ave | 2024-06-10 | 143 | 2.5 | 59 | 64.75 | No | busy lunch, near the school
LS-104 | Ruby Lane | Park Row | 2024-06-15 | 51 | 3.5 | 33 | 65 | Yes | ~
LS-105 | Arlo Finch | Maple St | 2024-06-04 | 105 | 4 | 13 | 107.5 | No | busy lunch, free refills
LS-106 | Silas Hart | Oak Ave | 2024-06-07 | 37 | _ | 41 | 108.25 | No | windy day, cash only
LS-107 | Nora Quill | Park Row | 2024-06-18 | 73 | 6 | 57 | 78.5 | Yes | shady corner, pink lemonade
LS-108 | Jasper Cole | Oak Ave | 2024-06-27 | 75 | 3 | 50 | _ | No | cash only, windy day
LS-109 | Wren Ellis | Maple St | 2024-05-20 | 68 | 9 | 26 | 41.25 | Yes | pink lemonade, shady corner
LS-110 | Hazel Park | Maple St | 2024-05-03 | 119 | 1 | none | 23.75 | No | free refills, shady corner
LS-111 | Nora Quill | Oak Ave | 2024-07-03 | 127 | 5 | 56 | 53.5 | No | _
LS-112 | Otis Crane | Park Row | 2024-07-25 | 107 | 7.5 | 42 | 44.25 | Yes | sold out early, windy day
LS-113 | Milo Grant | Oak Ave | 2024-03-08 | 90 | 8.5 | 54 | 98.5 | Yes | cash only, shady corner
LS-114 | Ruby Lane | Park Row | 2024-06-11 | 79 | 1.5 | 17 | 68 | Yes | shady corner, near the school
""")
ENTRIES["LemonadeStands"] = [
    ("### Changed - flag entire rows in LemonadeStands where Cups Sold is more than 83 (was: is at least 83)",
     "GreaterThan({Cups Sold}, 83)", "rows", "by-header", "changelog"),
    ("Trying to color each cell of Sugar (kg) (column F) that is 4 or more, only the cell, not the row. Sheet "
     "LemonadeStands. Any ideas?",
     "GreaterThanEqual({Sugar (kg)}, 4)", "cells", "by-header", "forum", "boundary"),
    ("Highlight the Lemons Used cells whose value is below 42, sheet LemonadeStands",
     "LessThan({Lemons Used}, 42)", "cells", "by-header", "annotator"),
    ("alert when Lemons Used <= 42 -> highlight the cell (sheet LemonadeStands)",
     "LessThanEqual({Lemons Used}, 42)", "cells", "by-header", "alerting", "boundary"),
    ("page me if Sugar (kg) == 4 in LemonadeStands, and highlight the whole row",
     "Equals({Sugar (kg)}, 4)", "rows", "by-header", "alerting"),
    ("Is there a way to shade entire rows where column E (Cups Sold) is anything other than 79? Sheet: "
     "LemonadeStands",
     "NotEquals({Cups Sold}, 79)", "rows", "by-header", "forum", "negation"),
    ("https://sheets.example.com/LemonadeStands/rules/new?column=Lemons%20Used&op=between&min=29&max=56"
     "&inclusive=true&target=rows",
     "Between({Lemons Used}, 29, 56)", "rows", "by-header", "url", "boundary"),
    ("warn threshold: Cups Sold is outside the inclusive band 68-107, severity high, mark just the cell in "
     "LemonadeStands",
     "NotBetween({Cups Sold}, 68, 107)", "cells", "by-header", "alerting", "boundary", "negation"),
    ("alert rule for LemonadeStands: Cups Sold hits the top 3 of the column => flag entire row",
     "Top({Cups Sold}, 3)", "rows", "by-header", "alerting", "superlative"),
    ("Color the entire row when Cups Sold is among the 3 lowest values in the column in sheet LemonadeStands",
     "Bottom({Cups Sold}, 3)", "rows", "by-header", "annotator", "superlative"),
    ("In the LemonadeStands sheet, the Takings (US$) boxes where the number is in the biggest 20% of all the "
     "numbers there should turn yellow. Only those boxes.",
     "TopPercent({Takings (US$)}, 20)", "cells", "by-header", "eli5", "superlative"),
    ("### Changed - LemonadeStands now highlights each Cups Sold cell that is in the bottom 20% of the column "
     "(was: falls in the highest 20 percent of values); cells only",
     "BottomPercent({Cups Sold}, 20)", "cells", "by-header", "changelog", "superlative"),
    ("https://sheets.example.com/LemonadeStands/rules/new?column=Cups%20Sold&op=above_average&target=cell",
     "AboveAverage({Cups Sold})", "cells", "by-header", "url"),
    ("In LemonadeStands, what's the way to fill each Takings (US$) cell (column H) that is below the column's "
     "average? Only the cells should change.",
     "BelowAverage({Takings (US$)})", "cells", "by-header", "forum"),
    ("Is there a way to shade entire rows where column B (Vendor) appears more than once in the column? Sheet: "
     "LemonadeStands",
     "Duplicates({Vendor})", "rows", "by-header", "forum"),
    ("### Changed - flag entire rows in LemonadeStands where Vendor appears only once in the column (was: "
     "appears more than once in the column)",
     "Unique({Vendor})", "rows", "by-header", "changelog"),
    ("Highlight each row in sheet LemonadeStands where Remarks is blank",
     "Blanks({Remarks})", "rows", "by-header", "annotator"),
    ("How do I highlight the whole row in LemonadeStands when Remarks (column J) is not empty?",
     "NotBlanks({Remarks})", "rows", "by-header", "forum", "negation"),
    ("v3.3 - now marks Takings (US$) cells in LemonadeStands whose value shows an error like #N/A, the cell "
     "only",
     "Errors({Takings (US$)})", "cells", "by-header", "changelog"),
    ("Highlight every Takings (US$) value that holds no error value in sheet LemonadeStands, just the cells",
     "NotErrors({Takings (US$)})", "cells", "by-header", "annotator", "negation"),
    ("Format Lemons Used in sheet LemonadeStands with a color scale",
     "ColorScale({Lemons Used})", "cells", "by-header", "annotator"),
    ("dashboard for LemonadeStands: show Lemons Used as data bars",
     "DataBar({Lemons Used})", "cells", "by-header", "alerting"),
    ("In LemonadeStands, put little pictures like arrows in the Lemons Used boxes to show if the number is "
     "big, middle or small.",
     "IconSet({Lemons Used})", "cells", "by-header", "eli5"),
    ("Highlight full rows of sheet LemonadeStands whose Open Day is yesterday's date",
     "Yesterday({Open Day})", "rows", "by-header", "annotator", "date"),
    ("alert when Open Day falls on today's date -> highlight the cell (sheet LemonadeStands)",
     "Today({Open Day})", "cells", "by-header", "alerting", "date"),
    ("In LemonadeStands, colour the whole line for last calendar week's stands.",
     "LastWeek({Open Day})", "rows", "by-meaning", "eli5", "date"),
    ("In LemonadeStands, colour the whole line for the stands in the current calendar week.",
     "ThisWeek({Open Day})", "rows", "by-meaning", "eli5", "date"),
    ("app.example/sheets/LemonadeStands/format?field=Open+Day&date=next_week&scope=cell",
     "NextWeek({Open Day})", "cells", "by-header", "url", "date"),
    ("alert when Open Day is in the previous calendar month -> highlight the cell (sheet LemonadeStands)",
     "LastMonth({Open Day})", "cells", "by-header", "alerting", "date"),
    ("alert on the stands in the current month in LemonadeStands: highlight the whole row",
     "ThisMonth({Open Day})", "rows", "by-meaning", "alerting", "date"),
    ("Is there a way to shade entire rows where column D (Open Day) is in next month? Sheet: LemonadeStands",
     "NextMonth({Open Day})", "rows", "by-header", "forum", "date"),
]

TABLES["GrapeStomps"] = _table("""
Vat No | Stomper | Grape | Stomp Date | Juice (L) | Vat Depth (cm) | Slips | Entry Fee (€) | Barefoot? | Comments
GS-101 | Tomas Riva | Syrah | 2024-06-13 | 59 | 21 | n.a. | 5.75 | No | rhythm kept, purple feet
GS-102 | Lucia Ferro | Riesling | 2024-06-10 | 47 | _ | 3 | 15.5 | No | sticky floor, steady pace
GS-103 | Giada Serra | Merlot | 2024-06-15 | 42 | 35.5 | 17 | 8.25 | Yes | ~
GS-104 | Elena Conti | Riesling | 2024-06-04 | 30 | 32.5 | 16 | 34 | No | seeds everywhere, steady pace
GS-105 | Bruno Gallo | Malbec | 2024-06-07 | 48 | 42 | 7 | 36 | No | seeds everywhere, skin split
GS-106 | Paolo Greco | Syrah | 2024-06-18 | 38 | 38 | 22 | 32.25 | No | purple feet, rhythm kept
GS-107 | Dario Vitale | Merlot | 2024-06-27 | 57 | 45 | 20 | 39 | No | _
GS-108 | Paolo Greco | Merlot | 2024-05-20 | 45 | 29 | 6 | 33.5 | Yes | rhythm kept, seeds everywhere
GS-109 | Marco Bellini | Riesling | 2024-05-03 | 15 | 29.5 | 11 | 13 | No | seeds everywhere, purple feet
GS-110 | Chiara Russo | Malbec | 2024-07-03 | 50 | 30.5 | 8 | 20.5 | No | sticky floor, vat overflow
GS-111 | Nico Fabbri | Riesling | 2024-07-25 | 35 | 28.5 | 4 | 32.5 | No | steady pace, seeds everywhere
GS-112 | Elena Conti | Syrah | 2024-03-08 | 36 | 44.5 | 5 | _ | Yes | purple feet, crowd cheering
GS-113 | Irene Costa | Merlot | 2024-06-11 | 28 | 40 | 0 | 5.25 | No | crowd cheering, vat overflow
GS-114 | Sofia Marino | Malbec | 2024-06-12 | 13 | 35 | 21 | #DIV/0! | No | skin split, steady pace
""")
ENTRIES["GrapeStomps"] = [
    ("https://sheets.example.com/GrapeStomps/rules/new?column=Juice%20(L)&op=gt&value=42&target=rows",
     "GreaterThan({Juice (L)}, 42)", "rows", "by-header", "url"),
    ("Added: highlight each Juice (L) cell that is at least 42 in GrapeStomps (cell only)",
     "GreaterThanEqual({Juice (L)}, 42)", "cells", "by-header", "changelog", "boundary"),
    ("In GrapeStomps, if the number is less than 8 in the Slips box, colour the whole line.",
     "LessThan({Slips}, 8)", "rows", "by-header", "eli5"),
    ("### Changed - GrapeStomps now highlights each Slips cell that is at most 8 (was: is less than 8); cells "
     "only",
     "LessThanEqual({Slips}, 8)", "cells", "by-header", "changelog", "boundary"),
    ("https://sheets.example.com/GrapeStomps/rules/new?column=Vat+Depth+(cm)&op=eq&value=35&target=cell",
     "Equals({Vat Depth (cm)}, 35)", "cells", "by-header", "url"),
    ("In GrapeStomps, if the number is something other than 42 in the Juice (L) box, colour the whole line.",
     "NotEquals({Juice (L)}, 42)", "rows", "by-header", "eli5", "negation"),
    ("Highlight the Slips cells whose value is from 5 to 17, both ends included, sheet GrapeStomps",
     "Between({Slips}, 5, 17)", "cells", "by-header", "annotator", "boundary"),
    ("warn threshold: Juice (L) leaves the 30..48 band (30 and 48 count as in-band), severity high, highlight "
     "the full row in GrapeStomps",
     "NotBetween({Juice (L)}, 30, 48)", "rows", "by-header", "alerting", "boundary", "negation"),
    ("Fill each cell of Juice (L) that is above 30 and below 48 in sheet GrapeStomps (cells only)",
     "AND(GreaterThan({Juice (L)}, 30), LessThan({Juice (L)}, 48))", "cells", "by-header", "annotator"),
    ("Highlight every Juice (L) value that is less than 30 or greater than 48 in sheet GrapeStomps, just the "
     "cells",
     "OR(LessThan({Juice (L)}, 30), GreaterThan({Juice (L)}, 48))", "cells", "by-header", "annotator", "or"),
    ("v2.0 - now marks the 'Malbec' stomps in GrapeStomps, whole rows",
     "TextEquals({Grape}, \"Malbec\")", "rows", "by-value", "changelog"),
    ("Added: highlight each Comments cell that mentions 'pace' anywhere in GrapeStomps (cell only)",
     "TextContains({Comments}, \"pace\")", "cells", "by-header", "changelog"),
    ("https://sheets.example.com/GrapeStomps/rules/new?column=Grape&op=not_contains&text=Malbec&target=cell",
     "TextNotContains({Grape}, \"Malbec\")", "cells", "by-header", "url", "negation"),
    ("Fill each cell of Stomper that begins with 'To' in sheet GrapeStomps (cells only)",
     "TextStartsWith({Stomper}, \"To\")", "cells", "by-header", "annotator", "starts-ends"),
    ("Highlight full rows of sheet GrapeStomps whose Stomper ends with 'va'",
     "TextEndsWith({Stomper}, \"va\")", "rows", "by-header", "annotator", "starts-ends"),
    ("Look at Grape in GrapeStomps: when it says anything except 'Malbec', paint the whole line across, not "
     "just the box.",
     "NOT(TextEquals({Grape}, \"Malbec\"))", "rows", "by-header", "eli5", "negation"),
    ("Trying to color each cell of Comments (column J) that is empty, only the cell, not the row. Sheet "
     "GrapeStomps. Any ideas?",
     "Blanks({Comments})", "cells", "by-header", "forum"),
    ("v3.1 - now marks Comments cells in GrapeStomps whose value has something in it, the cell only",
     "NotBlanks({Comments})", "cells", "by-header", "changelog", "negation"),
    ("Highlight the Entry Fee (€) cells whose value shows an error like #N/A, sheet GrapeStomps",
     "Errors({Entry Fee (€)})", "cells", "by-header", "annotator"),
    ("Highlight every Entry Fee (€) value that shows no error in sheet GrapeStomps, just the cells",
     "NotErrors({Entry Fee (€)})", "cells", "by-header", "annotator", "negation"),
    ("dashboard for GrapeStomps: show Slips as a colour scale",
     "ColorScale({Slips})", "cells", "by-header", "alerting"),
    ("https://sheets.example.com/GrapeStomps/rules/new?column=Slips&format=data_bars&target=cell",
     "DataBar({Slips})", "cells", "by-header", "url"),
    ("In GrapeStomps, put little pictures like arrows in the Slips boxes to show if the number is big, middle "
     "or small.",
     "IconSet({Slips})", "cells", "by-header", "eli5"),
    ("#highlight/GrapeStomps/stomps/yesterday/whole-row",
     "Yesterday({Stomp Date})", "rows", "by-meaning", "url", "date"),
    ("app.example/sheets/GrapeStomps/format?field=Stomp%20Date&date=today&scope=rows",
     "Today({Stomp Date})", "rows", "by-header", "url", "date"),
    ("### Changed - GrapeStomps now highlights each Stomp Date cell that is tomorrow's date (was: is today's "
     "date); cells only",
     "Tomorrow({Stomp Date})", "cells", "by-header", "changelog", "date"),
    ("Make every line of the stomps of the last 7 days (today included) in GrapeStomps light up, the whole "
     "line across.",
     "Last7Days({Stomp Date})", "rows", "by-meaning", "eli5", "date"),
    ("How do I highlight next calendar week's stomps as whole rows in my GrapeStomps sheet?",
     "NextWeek({Stomp Date})", "rows", "by-meaning", "forum", "date"),
    ("How can I highlight just the cells in column D (Stomp Date) whose value falls in the previous calendar "
     "month? Sheet is GrapeStomps.",
     "LastMonth({Stomp Date})", "cells", "by-header", "forum", "date"),
    ("alert rule for GrapeStomps: Stomp Date falls in this month => flag entire row",
     "ThisMonth({Stomp Date})", "rows", "by-header", "alerting", "date"),
    ("Highlight every row for the stomps coming up next month in sheet GrapeStomps",
     "NextMonth({Stomp Date})", "rows", "by-meaning", "annotator", "date"),
]

TABLES["PizzaTosses"] = _table("""
Toss ID | Pizzaiolo | Dough | Toss Day | Spins | Air Time (s) | Drops | Prize (CA$) | Caught Clean? | Crowd Notes
PT-101 | Vera Longo | Neapolitan | 2024-06-10 | 17 | 6 | absent | 64.25 | Yes | ceiling brush, slow start
PT-102 | Alba Fontana | Neapolitan | 2024-06-15 | 18 | 7.5 | 3 | 18.5 | No | slow start, ceiling brush
PT-103 | Alba Fontana | Deep | 2024-06-04 | 13 | 5 | 9 | #REF! | No | behind the back, perfect circle
PT-104 | Rocco Villa | Deep | 2024-06-07 | 25 | 3.5 | 20 | 64.5 | No | perfect circle, ceiling brush
PT-105 | Teo Barone | Neapolitan | 2024-06-18 | 30 | 3 | 5 | 28.5 | Yes | crowd gasped, double spin
PT-106 | Luca Neri | Sourdough | 2024-06-27 | 28 | 8 | 10 | 68.75 | No | flour cloud, torn edge
PT-107 | Rosa Amato | Sourdough | 2024-05-20 | 4 | 1 | 14 | 45.5 | No | crowd gasped, double spin
PT-108 | Pina Orlando | Thin | 2024-05-03 | 16 | 5.5 | 2 | 69.25 | No | behind the back, perfect circle
PT-109 | Dina Leone | Deep | 2024-07-03 | 21 | 4.5 | 11 | 75.5 | No | ~
PT-110 | Ugo Martini | Thin | 2024-07-25 | 10 | 6.5 | 4 | 34.25 | No | ceiling brush, perfect circle
PT-111 | Gino Sala | Thin | 2024-03-08 | 26 | 2.5 | 8 | 12.75 | No | _
PT-112 | Mina Caruso | Sourdough | 2024-06-11 | 6 | 2 | 1 | _ | Yes | ceiling brush, flour cloud
PT-113 | Enzo Pace | Thin | 2024-06-12 | 11 | _ | 15 | 55.25 | No | double spin, ceiling brush
PT-114 | Mina Caruso | Neapolitan | 2024-06-13 | 23 | 1.5 | 16 | 70.75 | No | torn edge, behind the back
""")
ENTRIES["PizzaTosses"] = [
    ("?sheet=PizzaTosses&col=Air+Time+(s)&op=gte&value=4.5&apply=entire_row",
     "GreaterThanEqual({Air Time (s)}, 4.5)", "rows", "by-header", "url", "boundary"),
    ("How can I highlight just the cells in column G (Drops) whose value is below 9? Sheet is PizzaTosses.",
     "LessThan({Drops}, 9)", "cells", "by-header", "forum"),
    ("### Changed - PizzaTosses now highlights each Drops cell that is at most 9 (was: is less than 9); cells "
     "only",
     "LessThanEqual({Drops}, 9)", "cells", "by-header", "changelog", "boundary"),
    ("In PizzaTosses, if the number is 18 exactly in the Spins box, colour the whole line.",
     "Equals({Spins}, 18)", "rows", "by-header", "eli5"),
    ("Fill each cell of Spins that differs from 18 in sheet PizzaTosses (cells only)",
     "NotEquals({Spins}, 18)", "cells", "by-header", "annotator", "negation"),
    ("Fill each cell of Drops that lies in the range 4-14 (ends included) in sheet PizzaTosses (cells only)",
     "Between({Drops}, 4, 14)", "cells", "by-header", "annotator", "boundary"),
    ("Highlight every Spins value that falls outside 11 to 25, where 11 and 25 themselves count as inside in "
     "sheet PizzaTosses, just the cells",
     "NotBetween({Spins}, 11, 25)", "cells", "by-header", "annotator", "boundary", "negation"),
    ("Need help: in PizzaTosses, I want the full row colored whenever Spins in column E is strictly between 11 "
     "and 25, neither end included.",
     "AND(GreaterThan({Spins}, 11), LessThan({Spins}, 25))", "rows", "by-header", "forum"),
    ("How do I highlight the whole row in PizzaTosses when Spins (column E) is under 11 or over 25?",
     "OR(LessThan({Spins}, 11), GreaterThan({Spins}, 25))", "rows", "by-header", "forum", "or"),
    ("### Changed - PizzaTosses now highlights each Dough cell that is 'Sourdough' (was: has the text "
     "'Sourdough' in it); cells only",
     "TextEquals({Dough}, \"Sourdough\")", "cells", "by-header", "changelog"),
    ("Color the entire row when Crowd Notes has the text 'perfect' in it in sheet PizzaTosses",
     "TextContains({Crowd Notes}, \"perfect\")", "rows", "by-header", "annotator"),
    ("In PizzaTosses, if you cannot find 'Sourdough' anywhere there in the Dough box, colour the whole line.",
     "TextNotContains({Dough}, \"Sourdough\")", "rows", "by-header", "eli5", "negation"),
    ("Look at Pizzaiolo in PizzaTosses: when the name starts with 'Ve', paint the whole line across, not just "
     "the box.",
     "TextStartsWith({Pizzaiolo}, \"Ve\")", "rows", "by-header", "eli5", "starts-ends"),
    ("In the PizzaTosses sheet, the Pizzaiolo boxes where the name ends with 'go' should turn yellow. Only "
     "those boxes.",
     "TextEndsWith({Pizzaiolo}, \"go\")", "cells", "by-header", "eli5", "starts-ends"),
    ("#highlight/PizzaTosses/tosses/is_not/Deep/whole-row",
     "NOT(TextEquals({Dough}, \"Deep\"))", "rows", "by-value", "url", "negation"),
    ("In the PizzaTosses sheet, the Spins boxes where the number is in the biggest 3 of them all should turn "
     "yellow. Only those boxes.",
     "Top({Spins}, 3)", "cells", "by-header", "eli5", "superlative"),
    ("#highlight/PizzaTosses/Spins/bottom/3/entire-row",
     "Bottom({Spins}, 3)", "rows", "by-header", "url", "superlative"),
    ("alert when Prize (CA$) is in the top 20% -> highlight the cell (sheet PizzaTosses)",
     "TopPercent({Prize (CA$)}, 20)", "cells", "by-header", "alerting", "superlative"),
    ("Highlight each row in sheet PizzaTosses where Spins falls in the lowest 20 percent of values",
     "BottomPercent({Spins}, 20)", "rows", "by-header", "annotator", "superlative"),
    ("### Changed - PizzaTosses now highlights each Spins cell that is above the column's average (was: is "
     "lower than the average of the column); cells only",
     "AboveAverage({Spins})", "cells", "by-header", "changelog"),
    ("Highlight full rows of sheet PizzaTosses whose Prize (CA$) is lower than the average of the column",
     "BelowAverage({Prize (CA$)})", "rows", "by-header", "annotator"),
    ("Is there a way to shade entire rows where column B (Pizzaiolo) shows up twice or more in the column? "
     "Sheet: PizzaTosses",
     "Duplicates({Pizzaiolo})", "rows", "by-header", "forum"),
    ("Look at Pizzaiolo in PizzaTosses: when what it says shows up only one time in the Pizzaiolo boxes, paint "
     "the whole line across, not just the box.",
     "Unique({Pizzaiolo})", "rows", "by-header", "eli5"),
    ("How do I highlight the tosses from yesterday as whole rows in my PizzaTosses sheet?",
     "Yesterday({Toss Day})", "rows", "by-meaning", "forum", "date"),
    ("Highlight the Toss Day cells whose value falls on today, sheet PizzaTosses",
     "Today({Toss Day})", "cells", "by-header", "annotator", "date"),
    ("app.example/sheets/PizzaTosses/format?field=Toss%20Day&date=tomorrow&scope=row",
     "Tomorrow({Toss Day})", "rows", "by-header", "url", "date"),
    ("### Changed - PizzaTosses now highlights each Toss Day cell that is within the last 7 days, today "
     "included (was: is a date of the week before this one); cells only",
     "Last7Days({Toss Day})", "cells", "by-header", "changelog", "date"),
    ("Highlight full rows of sheet PizzaTosses whose Toss Day is in last calendar week (Sunday to Saturday)",
     "LastWeek({Toss Day})", "rows", "by-header", "annotator", "date"),
    ("### Changed - PizzaTosses now highlights each Toss Day cell that falls in the current calendar week "
     "(was: falls in next calendar week); cells only",
     "ThisWeek({Toss Day})", "cells", "by-header", "changelog", "date"),
    ("alert when Toss Day is in the current calendar month -> highlight the cell (sheet PizzaTosses)",
     "ThisMonth({Toss Day})", "cells", "by-header", "alerting", "date"),
    ("?sheet=PizzaTosses&col=Toss%20Day&date=next_month&apply=row",
     "NextMonth({Toss Day})", "rows", "by-header", "url", "date"),
]

TABLES["JellyBouts"] = _table("""
Bout No | Wrestler | Flavour | Bout Date | Pins | Jelly (kg) | Falls | Ticket (£) | Disqualified? | Referee Notes
JB-101 | Gus Hale | Orange | 2024-06-15 | 7 | 50.5 | 6 | 11.25 | No | false start, crowd splashed
JB-102 | Hank Marsh | Orange | 2024-06-04 | 3 | 64.5 | 0 | 3.25 | No | ring wobbled, slippery start
JB-103 | Rex Dunn | Lime | 2024-06-07 | 9 | 87 | 1 | #NUM! | No | slippery start, headlock held
JB-104 | Olive Brand | Mango | 2024-06-18 | 4 | 74 | 9 | 14 | Yes | slippery start, quick pin
JB-105 | Dolly Vance | Orange | 2024-06-27 | 6 | _ | 5 | 16.25 | No | ring wobbled, crowd splashed
JB-106 | Tilly Burke | Raspberry | 2024-05-20 | 1 | 153.5 | 7 | 9.5 | No | rematch asked, slippery start
JB-107 | Wally Price | Lime | 2024-05-03 | 2 | 149.5 | 14 | 14.5 | No | rematch asked, quick pin
JB-108 | Peggy Stone | Lime | 2024-07-03 | 12 | 57 | 8 | 3.75 | Yes | ~
JB-109 | Brock Tate | Raspberry | 2024-07-25 | 0 | 164 | 11 | _ | No | jelly too cold, crowd splashed
JB-110 | Ned Carver | Raspberry | 2024-03-08 | 8 | 90 | 10 | 18.75 | Yes | rematch asked, jelly too cold
JB-111 | Mabel Frost | Mango | 2024-06-11 | 13 | 175 | 3 | 14.75 | No | _
JB-112 | Gus Hale | Lime | 2024-06-12 | 14 | 178 | 4 | 5.5 | No | crowd splashed, rematch asked
JB-113 | Queenie Ames | Mango | 2024-06-13 | 10 | 138 | skip | 18.5 | Yes | headlock held, jelly too cold
JB-114 | Hank Marsh | Orange | 2024-06-10 | 11 | 116.5 | 12 | 9.75 | Yes | false start, quick pin
""")
ENTRIES["JellyBouts"] = [
    ("Highlight each row in sheet JellyBouts where Jelly (kg) exceeds 116.5",
     "GreaterThan({Jelly (kg)}, 116.5)", "rows", "by-header", "annotator"),
    ("### Changed - flag entire rows in JellyBouts where Pins is less than 3 or greater than 11 (was: is "
     "strictly between 3 and 11, neither end included)",
     "OR(LessThan({Pins}, 3), GreaterThan({Pins}, 11))", "rows", "by-header", "changelog", "or"),
    ("Color the entire rows for every one of the 'Raspberry' bouts, sheet JellyBouts",
     "TextEquals({Flavour}, \"Raspberry\")", "rows", "by-value", "annotator"),
    ("?sheet=JellyBouts&col=Referee+Notes&op=contains&text=held&apply=entire_row",
     "TextContains({Referee Notes}, \"held\")", "rows", "by-header", "url"),
    ("Highlight full rows of sheet JellyBouts whose Flavour does not contain 'Raspberry'",
     "TextNotContains({Flavour}, \"Raspberry\")", "rows", "by-header", "annotator", "negation"),
    ("Need help: in JellyBouts, I want the full row colored whenever Wrestler in column B begins with 'Gu'.",
     "TextStartsWith({Wrestler}, \"Gu\")", "rows", "by-header", "forum", "starts-ends"),
    ("alert rule for JellyBouts: Wrestler finishes with 'le' => flag entire row",
     "TextEndsWith({Wrestler}, \"le\")", "rows", "by-header", "alerting", "starts-ends"),
    ("Anyone know how to color full rows for the bouts that aren't 'Orange' in JellyBouts?",
     "NOT(TextEquals({Flavour}, \"Orange\"))", "rows", "by-value", "forum", "negation"),
    ("trigger: Pins hits the top 3 of the column; action: highlight cell only; sheet: JellyBouts",
     "Top({Pins}, 3)", "cells", "by-header", "alerting", "superlative"),
    ("In JellyBouts, if the number is one of the 3 smallest in the Pins box, colour the whole line.",
     "Bottom({Pins}, 3)", "rows", "by-header", "eli5", "superlative"),
    ("https://sheets.example.com/JellyBouts/rules/new?column=Ticket+(£)&rank=top&percent=20&target=cell",
     "TopPercent({Ticket (£)}, 20)", "cells", "by-header", "url", "superlative"),
    ("In the JellyBouts sheet, the Pins boxes where the number is in the smallest 20% of all the numbers there "
     "should turn yellow. Only those boxes.",
     "BottomPercent({Pins}, 20)", "cells", "by-header", "eli5", "superlative"),
    ("warn threshold: Pins is over the column mean, severity high, mark just the cell in JellyBouts",
     "AboveAverage({Pins})", "cells", "by-header", "alerting"),
    ("app.example/sheets/JellyBouts/format?field=Ticket%20(£)&op=below_average&scope=row",
     "BelowAverage({Ticket (£)})", "rows", "by-header", "url"),
    ("?sheet=JellyBouts&col=Wrestler&op=duplicates&apply=row", "Duplicates({Wrestler})", "rows", "by-header", "url"),
    ("How can I highlight just the cells in column B (Wrestler) whose value is not repeated anywhere else in "
     "the column? Sheet is JellyBouts.",
     "Unique({Wrestler})", "cells", "by-header", "forum"),
    ("Added: highlight each Referee Notes cell that is blank in JellyBouts (cell only)",
     "Blanks({Referee Notes})", "cells", "by-header", "changelog"),
    ("Fill each cell of Referee Notes that is not empty in sheet JellyBouts (cells only)",
     "NotBlanks({Referee Notes})", "cells", "by-header", "annotator", "negation"),
    ("alert when Ticket (£) evaluates to an error like #N/A -> highlight the cell (sheet JellyBouts)",
     "Errors({Ticket (£)})", "cells", "by-header", "alerting"),
    ("alert rule for JellyBouts: Ticket (£) is error-free => flag entire row",
     "NotErrors({Ticket (£)})", "rows", "by-header", "alerting", "negation"),
    ("How do I put a color scale on column G (Falls) in JellyBouts?",
     "ColorScale({Falls})", "cells", "by-header", "forum"),
    ("Is there a way to show data bars in column G (Falls)? Sheet is JellyBouts.",
     "DataBar({Falls})", "cells", "by-header", "forum"),
    ("https://sheets.example.com/JellyBouts/rules/new?column=Falls&format=icon_set&target=cell",
     "IconSet({Falls})", "cells", "by-header", "url"),
    ("Look at the Bout Date boxes in JellyBouts. If the day was yesterday, colour that box, just the box.",
     "Yesterday({Bout Date})", "cells", "by-header", "eli5", "date"),
    ("### Changed - JellyBouts now highlights each Bout Date cell that is today's date (was: is yesterday's "
     "date); cells only",
     "Today({Bout Date})", "cells", "by-header", "changelog", "date"),
    ("app.example/sheets/JellyBouts/format?field=Bout%20Date&date=tomorrow&scope=cell",
     "Tomorrow({Bout Date})", "cells", "by-header", "url", "date"),
    ("Look at the Bout Date boxes in JellyBouts. If the day is in the last 7 days, today too, colour that box, "
     "just the box.",
     "Last7Days({Bout Date})", "cells", "by-header", "eli5", "date"),
    ("Highlight every row for last calendar week's bouts in sheet JellyBouts",
     "LastWeek({Bout Date})", "rows", "by-meaning", "annotator", "date"),
    ("In JellyBouts, colour the whole line for the bouts in the current calendar week.",
     "ThisWeek({Bout Date})", "rows", "by-meaning", "eli5", "date"),
    ("v3.0 - now highlights full rows in JellyBouts where Bout Date is in next week (Sunday to Saturday)",
     "NextWeek({Bout Date})", "rows", "by-header", "changelog", "date"),
    ("warn threshold: Bout Date is in the prior month, severity high, highlight the full row in JellyBouts",
     "LastMonth({Bout Date})", "rows", "by-header", "alerting", "date"),
]

TABLES["PuddleJumps"] = _table("""
Jump ID | Jumper | Boot Type | Jump Date | Splash (cm) | Depth (cm) | Attempts | Boots (NZ$) | Landed Dry? | Notes
PJ-101 | Archie Lowe | Leather | 2024-06-04 | 30 | 24 | 9 | 56 | No | two-foot takeoff, duck scattered
PJ-102 | Lottie Kerr | Rubber | 2024-06-07 | 12 | 5.5 | 25 | 94.75 | Yes | ~
PJ-103 | Hattie Boyd | Leather | 2024-06-18 | 71 | 7.5 | 22 | 60.5 | Yes | soaked socks, two-foot takeoff
PJ-104 | Poppy Reeve | Neoprene | 2024-06-27 | 95 | 18 | 2 | _ | Yes | slipped back, clean landing
PJ-105 | Stanley Orr | Leather | 2024-05-20 | 114 | 13 | 7 | 56.25 | No | clean landing, muddy splash
PJ-106 | Ollie Croft | Rubber | 2024-05-03 | 81 | 14.5 | 16 | 51.25 | No | muddy splash, clean landing
PJ-107 | Maisie Trent | Rubber | 2024-07-03 | 83 | 24.5 | tba | 46 | Yes | clean landing, rain started
PJ-108 | Daisy Fenn | Leather | 2024-07-25 | 94 | 12.5 | 11 | #NAME? | Yes | muddy splash, big run-up
PJ-109 | Alfie Dawe | Neoprene | 2024-03-08 | 73 | 5 | 27 | 52.75 | No | duck scattered, two-foot takeoff
PJ-110 | Elsie Pratt | Neoprene | 2024-06-11 | 102 | 11.5 | 8 | 41 | Yes | _
PJ-111 | Sonny Wilde | Neoprene | 2024-06-12 | 112 | _ | 19 | 20.75 | Yes | big run-up, two-foot takeoff
PJ-112 | Lottie Kerr | Rubber | 2024-06-13 | 21 | 3.5 | 29 | 90.5 | Yes | big run-up, clean landing
PJ-113 | Percy Vane | Rubber | 2024-06-10 | 38 | 10.5 | 26 | 75.25 | No | two-foot takeoff, slipped back
PJ-114 | Maisie Trent | Neoprene | 2024-06-15 | 109 | 21 | 1 | 48.75 | Yes | two-foot takeoff, rain started
""")
ENTRIES["PuddleJumps"] = [
    ("Is there a way to shade entire rows where column F (Depth (cm)) is greater than 12.5? Sheet: PuddleJumps",
     "GreaterThan({Depth (cm)}, 12.5)", "rows", "by-header", "forum"),
    ("How do I highlight the whole row in PuddleJumps when Splash (cm) (column E) is at least 83?",
     "GreaterThanEqual({Splash (cm)}, 83)", "rows", "by-header", "forum", "boundary"),
    ("Highlight full rows of sheet PuddleJumps whose Attempts is below 16",
     "LessThan({Attempts}, 16)", "rows", "by-header", "annotator"),
    ("https://sheets.example.com/PuddleJumps/rules/new?column=Attempts&op=lte&value=16&target=rows",
     "LessThanEqual({Attempts}, 16)", "rows", "by-header", "url", "boundary"),
    ("v3.7 - now highlights full rows in PuddleJumps where Splash (cm) is equal to 83",
     "Equals({Splash (cm)}, 83)", "rows", "by-header", "changelog"),
    ("v3.4 - now highlights full rows in PuddleJumps where Splash (cm) is not equal to 83",
     "NotEquals({Splash (cm)}, 83)", "rows", "by-header", "changelog", "negation"),
    ("Look at the Attempts boxes in PuddleJumps. If the number is 8, 25, or anywhere in between, colour that "
     "box, just the box.",
     "Between({Attempts}, 8, 25)", "cells", "by-header", "eli5", "boundary"),
    ("Need help: in PuddleJumps, I want the full row colored whenever Splash (cm) in column E falls outside 38 "
     "to 102, where 38 and 102 themselves count as inside.",
     "NotBetween({Splash (cm)}, 38, 102)", "rows", "by-header", "forum", "boundary", "negation"),
    ("Trying to color each cell of Depth (cm) (column F) that is above 7.5 and below 18, only the cell, not "
     "the row. Sheet PuddleJumps. Any ideas?",
     "AND(GreaterThan({Depth (cm)}, 7.5), LessThan({Depth (cm)}, 18))", "cells", "by-header", "forum"),
    ("app.example/sheets/PuddleJumps/format?field=Splash%20(cm)&rank=bottom&n=3&scope=cells",
     "Bottom({Splash (cm)}, 3)", "cells", "by-header", "url", "superlative"),
    ("Highlight the Boots (NZ$) cells whose value falls in the highest 20 percent of values, sheet PuddleJumps",
     "TopPercent({Boots (NZ$)}, 20)", "cells", "by-header", "annotator", "superlative"),
    ("Highlight every Splash (cm) value that falls in the lowest 20 percent of values in sheet PuddleJumps, "
     "just the cells",
     "BottomPercent({Splash (cm)}, 20)", "cells", "by-header", "annotator", "superlative"),
    ("v3.5 - now marks Splash (cm) cells in PuddleJumps whose value is above the column's average, the cell "
     "only",
     "AboveAverage({Splash (cm)})", "cells", "by-header", "changelog"),
    ("### Changed - flag entire rows in PuddleJumps where Boots (NZ$) is below the column's average (was: "
     "beats the column average)",
     "BelowAverage({Boots (NZ$)})", "rows", "by-header", "changelog"),
    ("### Changed - flag entire rows in PuddleJumps where Jumper is duplicated elsewhere in the column (was: "
     "appears only once in the column)",
     "Duplicates({Jumper})", "rows", "by-header", "changelog"),
    ("Color the entire row when Jumper appears only once in the column in sheet PuddleJumps",
     "Unique({Jumper})", "rows", "by-header", "annotator"),
    ("Need help: in PuddleJumps, I want the full row colored whenever Notes in column J is blank.",
     "Blanks({Notes})", "rows", "by-header", "forum"),
    ("alert when Notes is filled in -> highlight the cell (sheet PuddleJumps)",
     "NotBlanks({Notes})", "cells", "by-header", "alerting", "negation"),
    ("In the PuddleJumps sheet, the Boots (NZ$) boxes where the box shows an error message instead of a proper "
     "number should turn yellow. Only those boxes.",
     "Errors({Boots (NZ$)})", "cells", "by-header", "eli5"),
    ("alert rule for PuddleJumps: Boots (NZ$) returns no error => flag entire row",
     "NotErrors({Boots (NZ$)})", "rows", "by-header", "alerting", "negation"),
    ("In the PuddleJumps sheet, paint the Attempts boxes lighter or darker by how big the number is, going "
     "smoothly from one colour to another.",
     "ColorScale({Attempts})", "cells", "by-header", "eli5"),
    ("In PuddleJumps, put little bars inside the Attempts boxes, longer bars for bigger numbers.",
     "DataBar({Attempts})", "cells", "by-header", "eli5"),
    ("#highlight/PuddleJumps/Attempts/icon_set/cell", "IconSet({Attempts})", "cells", "by-header", "url"),
    ("How can I highlight just the cells in column D (Jump Date) whose value falls on tomorrow? Sheet is "
     "PuddleJumps.",
     "Tomorrow({Jump Date})", "cells", "by-header", "forum", "date"),
    ("In PuddleJumps, colour the whole line for the jumps of the last 7 days (today included).",
     "Last7Days({Jump Date})", "rows", "by-meaning", "eli5", "date"),
    ("In PuddleJumps, colour the whole line for the jumps from the previous calendar week.",
     "LastWeek({Jump Date})", "rows", "by-meaning", "eli5", "date"),
    ("Make every line of the jumps in the current calendar week in PuddleJumps light up, the whole line "
     "across.",
     "ThisWeek({Jump Date})", "rows", "by-meaning", "eli5", "date"),
    ("In the PuddleJumps sheet, the Jump Date boxes where the day is in the week after this one (weeks go "
     "Sunday to Saturday) should turn yellow. Only those boxes.",
     "NextWeek({Jump Date})", "cells", "by-header", "eli5", "date"),
    ("Trying to color each cell of Jump Date (column D) that is in last month, only the cell, not the row. "
     "Sheet PuddleJumps. Any ideas?",
     "LastMonth({Jump Date})", "cells", "by-header", "forum", "date"),
    ("How do I highlight the whole row in PuddleJumps when Jump Date (column D) is in this month?",
     "ThisMonth({Jump Date})", "rows", "by-header", "forum", "date"),
    ("In PuddleJumps, if the day is in the month after this one in the Jump Date box, colour the whole line.",
     "NextMonth({Jump Date})", "rows", "by-header", "eli5", "date"),
]

TABLES["SandwichStacks"] = _table("""
Stack No | Chef | Bread | Stack Date | Layers | Height (cm) | Fillings | Cost (A$) | Toppled? | Taster Notes
SS-101 | Fergus Lamb | Wholemeal | 2024-06-07 | 24 | 23.5 | 9 | 17.75 | No | ~
SS-102 | Basil Crump | Sourdough | 2024-06-18 | 20 | 15.5 | 10 | 27.25 | Yes | pickles on top, cheese melted
SS-103 | Lionel Pugh | Rye | 2024-06-27 | 37 | _ | 2 | 48 | No | very tall, crust removed
SS-104 | Cedric Mott | Wholemeal | 2024-05-20 | 26 | 32.5 | 17 | 39.75 | No | tasty ham, cheese melted
SS-105 | Dot Jarvis | Wholemeal | 2024-05-03 | 22 | 52 | 16 | 6.25 | Yes | cheese melted, toothpick held
SS-106 | Flo Riley | Sourdough | 2024-07-03 | 14 | 50.5 | nil | 8.75 | Yes | pickles on top, leaned early
SS-107 | Tess Ogden | Rye | 2024-07-25 | 38 | 47.5 | 3 | 18.25 | Yes | cheese melted, leaned early
SS-108 | Monty Gale | Sourdough | 2024-03-08 | 31 | 16 | 12 | 29.25 | No | tasty ham, toothpick held
SS-109 | Nell Rudd | Brioche | 2024-06-11 | 12 | 26 | 19 | _ | No | leaned early, crust removed
SS-110 | Monty Gale | Brioche | 2024-06-12 | 25 | 10 | 15 | 17.25 | Yes | _
SS-111 | Cyril Webb | Brioche | 2024-06-13 | 34 | 60 | 11 | 23.5 | No | toothpick held, mustard heavy
SS-112 | Winnie Hogg | Rye | 2024-06-10 | 39 | 28 | 14 | 12.5 | No | tasty ham, very tall
SS-113 | Bea Sutton | Sourdough | 2024-06-15 | 40 | 58.5 | 5 | #N/A | No | mustard heavy, tasty ham
SS-114 | Bea Sutton | Rye | 2024-06-04 | 18 | 39.5 | 13 | 12 | No | toothpick held, mustard heavy
""")
ENTRIES["SandwichStacks"] = [
    ("warn threshold: Layers rises above 26, severity high, mark just the cell in SandwichStacks",
     "GreaterThan({Layers}, 26)", "cells", "by-header", "alerting"),
    ("Highlight the Layers cells whose value is at least 26, sheet SandwichStacks",
     "GreaterThanEqual({Layers}, 26)", "cells", "by-header", "annotator", "boundary"),
    ("In the SandwichStacks sheet, the Fillings boxes where the number is smaller than 12 should turn yellow. "
     "Only those boxes.",
     "LessThan({Fillings}, 12)", "cells", "by-header", "eli5"),
    ("#highlight/SandwichStacks/Fillings/lte/12/entire-row",
     "LessThanEqual({Fillings}, 12)", "rows", "by-header", "url", "boundary"),
    ("Highlight the Layers cells whose value equals 26, sheet SandwichStacks",
     "Equals({Layers}, 26)", "cells", "by-header", "annotator"),
    ("Look at Layers in SandwichStacks: when the number is something other than 26, paint the whole line "
     "across, not just the box.",
     "NotEquals({Layers}, 26)", "rows", "by-header", "eli5", "negation"),
    ("Need help: in SandwichStacks, I want the full row colored whenever Fillings in column G is between 9 and "
     "15, inclusive.",
     "Between({Fillings}, 9, 15)", "rows", "by-header", "forum", "boundary"),
    ("In SandwichStacks, if the number is not 20, not 37, and not anywhere in between in the Layers box, "
     "colour the whole line.",
     "NotBetween({Layers}, 20, 37)", "rows", "by-header", "eli5", "boundary", "negation"),
    ("alert rule for SandwichStacks: Layers > 20 and < 37 => flag entire row",
     "AND(GreaterThan({Layers}, 20), LessThan({Layers}, 37))", "rows", "by-header", "alerting"),
    ("Look at the Layers boxes in SandwichStacks. If the number is less than 20, or more than 37, colour that "
     "box, just the box.",
     "OR(LessThan({Layers}, 20), GreaterThan({Layers}, 37))", "cells", "by-header", "eli5", "or"),
    ("Added: highlight each Bread cell that reads exactly 'Wholemeal' in SandwichStacks (cell only)",
     "TextEquals({Bread}, \"Wholemeal\")", "cells", "by-header", "changelog"),
    ("Look at the Taster Notes boxes in SandwichStacks. If the writing has 'held' in it, colour that box, just "
     "the box.",
     "TextContains({Taster Notes}, \"held\")", "cells", "by-header", "eli5"),
    ("In SandwichStacks, what's the way to fill each Bread cell (column C) that does not contain 'Rye'? Only "
     "the cells should change.",
     "TextNotContains({Bread}, \"Rye\")", "cells", "by-header", "forum", "negation"),
    ("Highlight every Chef value that opens with the letters 'Fe' in sheet SandwichStacks, just the cells",
     "TextStartsWith({Chef}, \"Fe\")", "cells", "by-header", "annotator", "starts-ends"),
    ("Highlight each row in sheet SandwichStacks where Chef ends with 'mb'",
     "TextEndsWith({Chef}, \"mb\")", "rows", "by-header", "annotator", "starts-ends"),
    ("Fixed: the stacks other than the 'Brioche' ones in SandwichStacks get their whole row highlighted again",
     "NOT(TextEquals({Bread}, \"Brioche\"))", "rows", "by-value", "changelog", "negation"),
    ("Color the entire row when Layers is one of the top 3 values in sheet SandwichStacks",
     "Top({Layers}, 3)", "rows", "by-header", "annotator", "superlative"),
    ("#highlight/SandwichStacks/Taster%20Notes/not_blank/entire-row",
     "NotBlanks({Taster Notes})", "rows", "by-header", "url", "negation"),
    ("In SandwichStacks, if something went wrong and the box shows an error in the Cost (A$) box, colour the "
     "whole line.",
     "Errors({Cost (A$)})", "rows", "by-header", "eli5"),
    ("?sheet=SandwichStacks&col=Cost%20(A$)&test=no_error&apply=entire_row",
     "NotErrors({Cost (A$)})", "rows", "by-header", "url", "negation"),
    ("Add a color scale on Fillings, sheet SandwichStacks",
     "ColorScale({Fillings})", "cells", "by-header", "annotator"),
    ("Can someone tell me how to add data bars to the Fillings column (column G) of SandwichStacks?",
     "DataBar({Fillings})", "cells", "by-header", "forum"),
    ("v2.0 - Fillings in SandwichStacks now gets icon set icons",
     "IconSet({Fillings})", "cells", "by-header", "changelog"),
    ("v3.7 - now marks Stack Date cells in SandwichStacks whose value is dated yesterday, the cell only",
     "Yesterday({Stack Date})", "cells", "by-header", "changelog", "date"),
    ("app.example/sheets/SandwichStacks/format?field=Stack%20Date&date=today&scope=cell",
     "Today({Stack Date})", "cells", "by-header", "url", "date"),
    ("Look at Stack Date in SandwichStacks: when the day was in the week before this one (weeks go Sunday to "
     "Saturday), paint the whole line across, not just the box.",
     "LastWeek({Stack Date})", "rows", "by-header", "eli5", "date"),
    ("Anyone know how to color full rows for the stacks in the current calendar week in SandwichStacks?",
     "ThisWeek({Stack Date})", "rows", "by-meaning", "forum", "date"),
    ("page me if Stack Date is in next week (Sun-Sat) in SandwichStacks, and highlight the whole row",
     "NextWeek({Stack Date})", "rows", "by-header", "alerting", "date"),
    ("https://sheets.example.com/SandwichStacks/rules/new?column=Stack%20Date&date=last_month&target=cells",
     "LastMonth({Stack Date})", "cells", "by-header", "url", "date"),
    ("alert rule for SandwichStacks: Stack Date is in the present month => flag entire row",
     "ThisMonth({Stack Date})", "rows", "by-header", "alerting", "date"),
    ("alert on next month's stacks in SandwichStacks: highlight the whole row",
     "NextMonth({Stack Date})", "rows", "by-meaning", "alerting", "date"),
]

TABLES["MattressRaces"] = _table("""
Heat ID | Team | Mattress | Race Day | Distance (m) | Time (s) | Pushers | Entry (CHF) | Finished? | Marshal Notes
MR-101 | Duvet Dash | Air | 2024-06-18 | 220 | 49 | 14 | 45.5 | Yes | late start, crowd favourite
MR-102 | Bunk Mates | Air | 2024-06-27 | 205 | 23 | 2 | _ | Yes | crowd favourite, cornering wide
MR-103 | Nappers | Spring | 2024-05-20 | 202 | 38 | 19 | 32.5 | Yes | wheel came off, fell off twice
MR-104 | Sleepwalkers | Latex | 2024-05-03 | 170 | 80.5 | 21 | 28.5 | No | photo finish, cornering wide
MR-105 | Snorers | Spring | 2024-07-03 | 121 | 51.5 | 23 | 49.5 | Yes | cornering wide, crowd favourite
MR-106 | Pillow Pals | Foam | 2024-07-25 | 150 | 71 | 8 | 16.25 | No | ~
MR-107 | Sleepwalkers | Air | 2024-03-08 | 157 | 21.5 | 11 | 10.25 | Yes | photo finish, strong finish
MR-108 | Bedbugs | Latex | 2024-06-11 | 80 | 63 | 4 | 20 | Yes | late start, photo finish
MR-109 | Springers | Spring | 2024-06-12 | 296 | 76 | 10 | #VALUE! | Yes | costumes, photo finish
MR-110 | Lie-Ins | Spring | 2024-06-13 | 96 | _ | 13 | 57.5 | Yes | fell off twice, late start
MR-111 | Slumber Crew | Foam | 2024-06-10 | 134 | 21 | 5 | 38.5 | No | _
MR-112 | Night Owls | Latex | 2024-06-15 | 359 | 24 | 7 | 57.25 | No | crowd favourite, wheel came off
MR-113 | Night Owls | Foam | 2024-06-04 | 399 | 58 | see note | 16 | Yes | crowd favourite, wheel came off
MR-114 | Dream Team | Foam | 2024-06-07 | 221 | 75.5 | 12 | 15.5 | Yes | late start, wheel came off
""")
ENTRIES["MattressRaces"] = [
    ("Highlight the Pushers cells whose value is below 11, sheet MattressRaces",
     "LessThan({Pushers}, 11)", "cells", "by-header", "annotator"),
    ("Is there a way to shade entire rows where column G (Pushers) is no more than 11? Sheet: MattressRaces",
     "LessThanEqual({Pushers}, 11)", "rows", "by-header", "forum", "boundary"),
    ("https://sheets.example.com/MattressRaces/rules/new?column=Distance+(m)&op=eq&value=202&target=cell",
     "Equals({Distance (m)}, 202)", "cells", "by-header", "url"),
    ("In the MattressRaces sheet, the Distance (m) boxes where the number is not 202 should turn yellow. Only "
     "those boxes.",
     "NotEquals({Distance (m)}, 202)", "cells", "by-header", "eli5", "negation"),
    ("Fill each cell of Pushers that lies in the range 7-14 (ends included) in sheet MattressRaces (cells "
     "only)",
     "Between({Pushers}, 7, 14)", "cells", "by-header", "annotator", "boundary"),
    ("alert rule for MattressRaces: Distance (m) leaves the 134..221 band (134 and 221 count as in-band) => "
     "flag entire row",
     "NotBetween({Distance (m)}, 134, 221)", "rows", "by-header", "alerting", "boundary", "negation"),
    ("Is there a way to shade entire rows where column F (Time (s)) is above 24 and below 71? Sheet: "
     "MattressRaces",
     "AND(GreaterThan({Time (s)}, 24), LessThan({Time (s)}, 71))", "rows", "by-header", "forum"),
    ("Fill each cell of Distance (m) that is below 134 or above 221 in sheet MattressRaces (cells only)",
     "OR(LessThan({Distance (m)}, 134), GreaterThan({Distance (m)}, 221))", "cells", "by-header", "annotator", "or"),
    ("Highlight rows of all races listed as 'Air' in sheet MattressRaces",
     "TextEquals({Mattress}, \"Air\")", "rows", "by-value", "annotator"),
    ("Need help: in MattressRaces, I want the full row colored whenever Marshal Notes in column J mentions "
     "'start' anywhere.",
     "TextContains({Marshal Notes}, \"start\")", "rows", "by-header", "forum"),
    ("Look at Mattress in MattressRaces: when the writing does not have 'Latex' in it, paint the whole line "
     "across, not just the box.",
     "TextNotContains({Mattress}, \"Latex\")", "rows", "by-header", "eli5", "negation"),
    ("Highlight every Team value that opens with the letters 'Du' in sheet MattressRaces, just the cells",
     "TextStartsWith({Team}, \"Du\")", "cells", "by-header", "annotator", "starts-ends"),
    ("Highlight every Team value that finishes with 'sh' in sheet MattressRaces, just the cells",
     "TextEndsWith({Team}, \"sh\")", "cells", "by-header", "annotator", "starts-ends"),
    ("What's the easiest way to shade entire rows for the races other than the 'Air' ones? The sheet is "
     "MattressRaces.",
     "NOT(TextEquals({Mattress}, \"Air\"))", "rows", "by-value", "forum", "negation"),
    ("page me if Distance (m) ranks among the 3 highest in MattressRaces, and highlight the whole row",
     "Top({Distance (m)}, 3)", "rows", "by-header", "alerting", "superlative"),
    ("Look at the Distance (m) boxes in MattressRaces. If the number is in the smallest 3 of them all, colour "
     "that box, just the box.",
     "Bottom({Distance (m)}, 3)", "cells", "by-header", "eli5", "superlative"),
    ("app.example/sheets/MattressRaces/format?field=Entry%20(CHF)&rank=top&percent=20&scope=rows",
     "TopPercent({Entry (CHF)}, 20)", "rows", "by-header", "url", "superlative"),
    ("In MattressRaces, if the number is in the smallest 20% of all the numbers there in the Distance (m) box, "
     "colour the whole line.",
     "BottomPercent({Distance (m)}, 20)", "rows", "by-header", "eli5", "superlative"),
    ("Fill each cell of Distance (m) that is above the column's average in sheet MattressRaces (cells only)",
     "AboveAverage({Distance (m)})", "cells", "by-header", "annotator"),
    ("Fill each cell of Entry (CHF) that is below the column's average in sheet MattressRaces (cells only)",
     "BelowAverage({Entry (CHF)})", "cells", "by-header", "annotator"),
    ("Added: highlight each Team cell that appears more than once in the column in MattressRaces (cell only)",
     "Duplicates({Team})", "cells", "by-header", "changelog"),
    ("#highlight/MattressRaces/Team/unique/cells", "Unique({Team})", "cells", "by-header", "url"),
    ("How can I highlight just the cells in column J (Marshal Notes) whose value is blank? Sheet is "
     "MattressRaces.",
     "Blanks({Marshal Notes})", "cells", "by-header", "forum"),
    ("alert rule for MattressRaces: Race Day falls on yesterday's date => flag entire row",
     "Yesterday({Race Day})", "rows", "by-header", "alerting", "date"),
    ("Fixed: today's races in MattressRaces get their whole row highlighted again",
     "Today({Race Day})", "rows", "by-meaning", "changelog", "date"),
    ("How can I highlight just the cells in column D (Race Day) whose value falls on tomorrow? Sheet is "
     "MattressRaces.",
     "Tomorrow({Race Day})", "cells", "by-header", "forum", "date"),
    ("Anyone know how to color full rows for the past week's races (the last 7 days incl. today) in "
     "MattressRaces?",
     "Last7Days({Race Day})", "rows", "by-meaning", "forum", "date"),
    ("Highlight full rows of sheet MattressRaces whose Race Day is in next week (Sunday to Saturday)",
     "NextWeek({Race Day})", "rows", "by-header", "annotator", "date"),
    ("Is there a way to shade entire rows where column D (Race Day) falls in the previous calendar month? "
     "Sheet: MattressRaces",
     "LastMonth({Race Day})", "rows", "by-header", "forum", "date"),
    ("Highlight full rows of sheet MattressRaces whose Race Day falls in the current calendar month",
     "ThisMonth({Race Day})", "rows", "by-header", "annotator", "date"),
    ("trigger: any of the races coming up next month (MattressRaces) -> flag entire row",
     "NextMonth({Race Day})", "rows", "by-meaning", "alerting", "date"),
]

TABLES["LeafBlowerRuns"] = _table("""
Run No | Operator | Blower | Run Date | Leaves Cleared | Noise (dB) | Refills | Fuel (L) | Passed? | Inspector Notes
LB-101 | Lyle Rowe | Petrol | 2024-06-27 | 693 | 102 | 11 | 4.75 | Yes | wind against, battery swap
LB-102 | Maeve Lusk | Battery | 2024-05-20 | 297 | 66 | 20 | _ | No | battery swap, loud engine
LB-103 | Vince Tull | Corded | 2024-05-03 | 388 | 72 | 9 | 2.75 | Yes | gutter cleared, neat pile
LB-104 | Dale Hobbs | Petrol | 2024-07-03 | 872 | 80 | 12 | 11.25 | Yes | ~
LB-105 | Vince Tull | Corded | 2024-07-25 | 161 | 71 | 21 | 1.25 | No | battery swap, gutter cleared
LB-106 | Fern Hatch | Battery | 2024-03-08 | 377 | 88 | 10 | 2.5 | Yes | hedge missed, clean path
LB-107 | Duncan Yeo | Battery | 2024-06-11 | 859 | 77.5 | 16 | #DIV/0! | Yes | clean path, loud engine
LB-108 | Marnie Cope | Petrol | 2024-06-12 | 664 | 94.5 | 1 | 5.5 | No | battery swap, loud engine
LB-109 | Greer Abbot | Corded | 2024-06-13 | 812 | 79 | unknown | 1 | Yes | gutter cleared, battery swap
LB-110 | Iris Pollard | Battery | 2024-06-10 | 773 | 94 | 2 | 2.25 | No | gutter cleared, hedge missed
LB-111 | Rowan Kidd | Petrol | 2024-06-15 | 638 | _ | 14 | 11.5 | No | loud engine, battery swap
LB-112 | Emmett Fry | Corded | 2024-06-04 | 518 | 101 | 19 | 6.75 | Yes | _
LB-113 | Cora Nash | Battery | 2024-06-07 | 214 | 92.5 | 13 | 7.5 | No | battery swap, gutter cleared
LB-114 | Duncan Yeo | Petrol | 2024-06-18 | 427 | 100 | 0 | 1.5 | Yes | loud engine, wet leaves
""")
ENTRIES["LeafBlowerRuns"] = [
    ("### Changed - LeafBlowerRuns now highlights each Noise (dB) cell that is greater than 88 (was: is no "
     "less than 88); cells only",
     "GreaterThan({Noise (dB)}, 88)", "cells", "by-header", "changelog"),
    ("Fill each cell of Leaves Cleared that is no less than 638 in sheet LeafBlowerRuns (cells only)",
     "GreaterThanEqual({Leaves Cleared}, 638)", "cells", "by-header", "annotator", "boundary"),
    ("Added: highlight the whole row in LeafBlowerRuns when Blower reads exactly 'Corded'",
     "TextEquals({Blower}, \"Corded\")", "rows", "by-header", "changelog"),
    ("v3.4 - now marks Inspector Notes cells in LeafBlowerRuns whose value contains 'wind', the cell only",
     "TextContains({Inspector Notes}, \"wind\")", "cells", "by-header", "changelog"),
    ("In the LeafBlowerRuns sheet, the Blower boxes where you cannot find 'Petrol' anywhere there should turn "
     "yellow. Only those boxes.",
     "TextNotContains({Blower}, \"Petrol\")", "cells", "by-header", "eli5", "negation"),
    ("trigger: Operator starts with 'Ly'; action: highlight cell only; sheet: LeafBlowerRuns",
     "TextStartsWith({Operator}, \"Ly\")", "cells", "by-header", "alerting", "starts-ends"),
    ("app.example/sheets/LeafBlowerRuns/format?field=Operator&op=ends_with&text=we&scope=cells",
     "TextEndsWith({Operator}, \"we\")", "cells", "by-header", "url", "starts-ends"),
    ("In LeafBlowerRuns, if it says anything except 'Battery' in the Blower box, colour the whole line.",
     "NOT(TextEquals({Blower}, \"Battery\"))", "rows", "by-header", "eli5", "negation"),
    ("In the LeafBlowerRuns sheet, the Leaves Cleared boxes where the number is one of the 3 biggest should "
     "turn yellow. Only those boxes.",
     "Top({Leaves Cleared}, 3)", "cells", "by-header", "eli5", "superlative"),
    ("alert rule for LeafBlowerRuns: Leaves Cleared sinks into the bottom 3 => flag entire row",
     "Bottom({Leaves Cleared}, 3)", "rows", "by-header", "alerting", "superlative"),
    ("Added: highlight the whole row in LeafBlowerRuns when Fuel (L) ranks within the top 20 percent",
     "TopPercent({Fuel (L)}, 20)", "rows", "by-header", "changelog", "superlative"),
    ("v3.4 - now highlights full rows in LeafBlowerRuns where Leaves Cleared is in the bottom 20% of the "
     "column",
     "BottomPercent({Leaves Cleared}, 20)", "rows", "by-header", "changelog", "superlative"),
    ("In the LeafBlowerRuns sheet, the Leaves Cleared boxes where the number is more than the average of them "
     "all should turn yellow. Only those boxes.",
     "AboveAverage({Leaves Cleared})", "cells", "by-header", "eli5"),
    ("Trying to color each cell of Fuel (L) (column H) that is below the column's average, only the cell, not "
     "the row. Sheet LeafBlowerRuns. Any ideas?",
     "BelowAverage({Fuel (L)})", "cells", "by-header", "forum"),
    ("Highlight full rows of sheet LeafBlowerRuns whose Operator appears more than once in the column",
     "Duplicates({Operator})", "rows", "by-header", "annotator"),
    ("#highlight/LeafBlowerRuns/Operator/unique/entire-row", "Unique({Operator})", "rows", "by-header", "url"),
    ("Fill each cell of Inspector Notes that has nothing in it in sheet LeafBlowerRuns (cells only)",
     "Blanks({Inspector Notes})", "cells", "by-header", "annotator"),
    ("Color the entire row when Inspector Notes is not empty in sheet LeafBlowerRuns",
     "NotBlanks({Inspector Notes})", "rows", "by-header", "annotator", "negation"),
    ("warn threshold: Fuel (L) returns an error, severity high, mark just the cell in LeafBlowerRuns",
     "Errors({Fuel (L)})", "cells", "by-header", "alerting"),
    ("Look at the Fuel (L) boxes in LeafBlowerRuns. If nothing went wrong in the box (no error), colour that "
     "box, just the box.",
     "NotErrors({Fuel (L)})", "cells", "by-header", "eli5", "negation"),
    ("### Changed - Refills (LeafBlowerRuns) now shows a color scale (was: data bars)",
     "ColorScale({Refills})", "cells", "by-header", "changelog"),
    ("Format Refills in sheet LeafBlowerRuns with data bars", "DataBar({Refills})", "cells", "by-header", "annotator"),
    ("Apply icon set icons to Refills in sheet LeafBlowerRuns",
     "IconSet({Refills})", "cells", "by-header", "annotator"),
    ("In LeafBlowerRuns, if the day was yesterday in the Run Date box, colour the whole line.",
     "Yesterday({Run Date})", "rows", "by-header", "eli5", "date"),
    ("Trying to color each cell of Run Date (column D) that is today's date, only the cell, not the row. Sheet "
     "LeafBlowerRuns. Any ideas?",
     "Today({Run Date})", "cells", "by-header", "forum", "date"),
    ("notify rule, sheet LeafBlowerRuns: tomorrow's runs => highlight full row",
     "Tomorrow({Run Date})", "rows", "by-meaning", "alerting", "date"),
    ("warn threshold: Run Date falls in the last 7 days, today included, severity high, mark just the cell in "
     "LeafBlowerRuns",
     "Last7Days({Run Date})", "cells", "by-header", "alerting", "date"),
    ("### Changed - LeafBlowerRuns now highlights each Run Date cell that is in last calendar week (Sunday to "
     "Saturday) (was: is within the last 7 days, today included); cells only",
     "LastWeek({Run Date})", "cells", "by-header", "changelog", "date"),
    ("Highlight rows of this calendar week's runs in sheet LeafBlowerRuns",
     "ThisWeek({Run Date})", "rows", "by-meaning", "annotator", "date"),
    ("v3.0 - now marks Run Date cells in LeafBlowerRuns whose value falls in the current calendar month, the "
     "cell only",
     "ThisMonth({Run Date})", "cells", "by-header", "changelog", "date"),
    ("warn threshold: Run Date is in the coming calendar month, severity high, mark just the cell in "
     "LeafBlowerRuns",
     "NextMonth({Run Date})", "cells", "by-header", "alerting", "date"),
]

TABLES["ShoeShines"] = _table("""
Ticket No | Shiner | Polish | Shine Date | Gloss Score | Minutes | Pairs | Tip (HK$) | Repeat Client? | Client Notes
SH-101 | Coral Heap | Oxblood | 2024-05-20 | 37 | 5 | 22 | 12 | Yes | ~
SH-102 | Betty Lark | Black | 2024-05-03 | 77 | 17 | 17 | 40 | No | laces replaced, quick job
SH-103 | Ada Whitlock | Black | 2024-07-03 | 89 | 6 | 23 | 48.25 | Yes | heel worn, waxed twice
SH-104 | Louisa Crisp | Neutral | 2024-07-25 | 67 | 14 | 8 | 40.25 | No | suede brushed, waxed twice
SH-105 | Walt Ingram | Brown | 2024-03-08 | 93 | 15 | 13 | 56.5 | No | quick job, scuffed toes
SH-106 | Mavis Dent | Brown | 2024-06-11 | 60 | 7.5 | 16 | _ | Yes | mirror finish, boots muddy
SH-107 | Horace Tubb | Brown | 2024-06-12 | 84 | _ | 4 | 43 | No | laces replaced, scuffed toes
SH-108 | Rosie Penn | Black | 2024-06-13 | 23 | 13.5 | 12 | 54.75 | Yes | laces replaced, waxed twice
SH-109 | Clem Haddon | Brown | 2024-06-10 | 48 | 19.5 | x | 30.75 | No | quick job, heel worn
SH-110 | Amos Quinn | Black | 2024-06-15 | 80 | 18 | 18 | 8.5 | Yes | _
SH-111 | Otto Brill | Oxblood | 2024-06-04 | 42 | 30 | 5 | 50.75 | No | laces replaced, heel worn
SH-112 | Otto Brill | Neutral | 2024-06-07 | 81 | 17.5 | 24 | 28.5 | No | laces replaced, scuffed toes
SH-113 | Ezra Fitch | Oxblood | 2024-06-18 | 20 | 14.5 | 14 | #REF! | No | waxed twice, mirror finish
SH-114 | Rosie Penn | Neutral | 2024-06-27 | 44 | 11 | 21 | 34.5 | Yes | heel worn, suede brushed
""")
ENTRIES["ShoeShines"] = [
    ("trigger: Gloss Score goes over 67; action: highlight cell only; sheet: ShoeShines",
     "GreaterThan({Gloss Score}, 67)", "cells", "by-header", "alerting"),
    ("Look at the Minutes boxes in ShoeShines. If the number is 14.5 or more, colour that box, just the box.",
     "GreaterThanEqual({Minutes}, 14.5)", "cells", "by-header", "eli5", "boundary"),
    ("In the ShoeShines sheet, the Pairs boxes where the number is smaller than 16 should turn yellow. Only "
     "those boxes.",
     "LessThan({Pairs}, 16)", "cells", "by-header", "eli5"),
    ("Fill each cell of Pairs that is at most 16 in sheet ShoeShines (cells only)",
     "LessThanEqual({Pairs}, 16)", "cells", "by-header", "annotator", "boundary"),
    ("Look at the Gloss Score boxes in ShoeShines. If the number is exactly 67, colour that box, just the box.",
     "Equals({Gloss Score}, 67)", "cells", "by-header", "eli5"),
    ("Highlight the Gloss Score cells whose value is anything other than 67, sheet ShoeShines",
     "NotEquals({Gloss Score}, 67)", "cells", "by-header", "annotator", "negation"),
    ("https://sheets.example.com/ShoeShines/rules/new?column=Pairs&op=between&min=12&max=21&inclusive=true"
     "&target=rows",
     "Between({Pairs}, 12, 21)", "rows", "by-header", "url", "boundary"),
    ("Highlight each row in sheet ShoeShines where Gloss Score falls outside 42 to 81, where 42 and 81 "
     "themselves count as inside",
     "NotBetween({Gloss Score}, 42, 81)", "rows", "by-header", "annotator", "boundary", "negation"),
    ("alert when Minutes rises above 11 while staying under 17.5 -> highlight the cell (sheet ShoeShines)",
     "AND(GreaterThan({Minutes}, 11), LessThan({Minutes}, 17.5))", "cells", "by-header", "alerting"),
    ("Trying to color each cell of Gloss Score (column E) that is below 42 or above 81, only the cell, not the "
     "row. Sheet ShoeShines. Any ideas?",
     "OR(LessThan({Gloss Score}, 42), GreaterThan({Gloss Score}, 81))", "cells", "by-header", "forum", "or"),
    ("In ShoeShines, what's the way to fill each Tip (HK$) cell (column H) that falls in the highest 20 "
     "percent of values? Only the cells should change.",
     "TopPercent({Tip (HK$)}, 20)", "cells", "by-header", "forum", "superlative"),
    ("In ShoeShines, what's the way to fill each Gloss Score cell (column E) that falls in the lowest 20 "
     "percent of values? Only the cells should change.",
     "BottomPercent({Gloss Score}, 20)", "cells", "by-header", "forum", "superlative"),
    ("Is there a way to shade entire rows where column E (Gloss Score) beats the column average? Sheet: "
     "ShoeShines",
     "AboveAverage({Gloss Score})", "rows", "by-header", "forum"),
    ("### Changed - flag entire rows in ShoeShines where Tip (HK$) falls short of the column average (was: is "
     "higher than the average of the column)",
     "BelowAverage({Tip (HK$)})", "rows", "by-header", "changelog"),
    ("warn threshold: Shiner is a duplicate (the same value seen more than once), severity high, mark just the "
     "cell in ShoeShines",
     "Duplicates({Shiner})", "cells", "by-header", "alerting"),
    ("### Changed - ShoeShines now highlights each Shiner cell that appears only once in the column (was: "
     "shows up twice or more in the column); cells only",
     "Unique({Shiner})", "cells", "by-header", "changelog"),
    ("Highlight each row in sheet ShoeShines where Client Notes is blank",
     "Blanks({Client Notes})", "rows", "by-header", "annotator"),
    ("Trying to color each cell of Client Notes (column J) that is not empty, only the cell, not the row. "
     "Sheet ShoeShines. Any ideas?",
     "NotBlanks({Client Notes})", "cells", "by-header", "forum", "negation"),
    ("In the ShoeShines sheet, the Tip (HK$) boxes where something went wrong and the box shows an error "
     "should turn yellow. Only those boxes.",
     "Errors({Tip (HK$)})", "cells", "by-header", "eli5"),
    ("?sheet=ShoeShines&col=Tip+(HK$)&test=no_error&apply=cells",
     "NotErrors({Tip (HK$)})", "cells", "by-header", "url", "negation"),
    ("### Changed - Pairs (ShoeShines) now shows a color scale (was: data bars)",
     "ColorScale({Pairs})", "cells", "by-header", "changelog"),
    ("Can someone tell me how to add data bars to the Pairs column (column G) of ShoeShines?",
     "DataBar({Pairs})", "cells", "by-header", "forum"),
    ("Format Pairs in sheet ShoeShines with icon set icons", "IconSet({Pairs})", "cells", "by-header", "annotator"),
    ("warn threshold: Shine Date is yesterday, severity high, mark just the cell in ShoeShines",
     "Yesterday({Shine Date})", "cells", "by-header", "alerting", "date"),
    ("Look at Shine Date in ShoeShines: when the date is today, paint the whole line across, not just the box.",
     "Today({Shine Date})", "rows", "by-header", "eli5", "date"),
    ("#highlight/ShoeShines/shines/tomorrow/whole-row", "Tomorrow({Shine Date})", "rows", "by-meaning", "url", "date"),
    ("Is there a way to shade entire rows where column D (Shine Date) is within the last 7 days, today "
     "included? Sheet: ShoeShines",
     "Last7Days({Shine Date})", "rows", "by-header", "forum", "date"),
    ("How do I highlight the whole row in ShoeShines when Shine Date (column D) is in last calendar week "
     "(Sunday to Saturday)?",
     "LastWeek({Shine Date})", "rows", "by-header", "forum", "date"),
    ("app.example/sheets/ShoeShines/format?field=Shine+Date&date=this_week&scope=entire_row",
     "ThisWeek({Shine Date})", "rows", "by-header", "url", "date"),
    ("Look at Shine Date in ShoeShines: when the day is in the week after this one (weeks go Sunday to "
     "Saturday), paint the whole line across, not just the box.",
     "NextWeek({Shine Date})", "rows", "by-header", "eli5", "date"),
    ("warn threshold: Shine Date falls in last month, severity high, mark just the cell in ShoeShines",
     "LastMonth({Shine Date})", "cells", "by-header", "alerting", "date"),
]

TABLES["BubbleWrapPops"] = _table("""
Round ID | Popper | Bubble Size | Pop Date | Bubbles Popped | Sheet (m) | Misses | Stake (¥) | Timed Out? | Host Notes
BW-101 | Bonnie Slate | Small | 2024-05-03 | 446 | 2.5 | 20 | #NUM! | Yes | fast finish, two hands
BW-102 | Pip Norris | Medium | 2024-07-03 | 339 | 3 | 13 | _ | Yes | loud pops, sheet tore
BW-103 | Kit Farrow | Medium | 2024-07-25 | 303 | 1 | 1 | 242 | No | thumb sore, sheet tore
BW-104 | Benji Tolan | Small | 2024-03-08 | 164 | 8 | 14 | 528 | No | fast finish, missed a row
BW-105 | Effie Hale | Large | 2024-06-11 | 239 | 5 | 11 | 319.25 | Yes | loud pops, double layer
BW-106 | Ozzie Platt | Large | 2024-06-12 | 269 | 10.5 | 5 | 847 | Yes | loud pops, sheet tore
BW-107 | Rory Dewar | Medium | 2024-06-13 | 302 | 8.5 | ? | 178.5 | Yes | double layer, sheet tore
BW-108 | Cleo Varga | Small | 2024-06-10 | 260 | 9.5 | 10 | 862 | Yes | fast finish, steady rhythm
BW-109 | Jules Amber | Medium | 2024-06-15 | 99 | _ | 4 | 883.5 | No | loud pops, missed a row
BW-110 | Lena Quist | Large | 2024-06-04 | 428 | 6 | 3 | 380 | No | fast finish, sheet tore
BW-111 | Pip Norris | Large | 2024-06-07 | 549 | 10 | 19 | 793 | Yes | fast finish, missed a row
BW-112 | Kit Farrow | Small | 2024-06-18 | 565 | 2 | 18 | 173.25 | No | _
BW-113 | Nina Oakes | Medium | 2024-06-27 | 322 | 1.5 | 0 | 111.5 | No | thumb sore, missed a row
BW-114 | Taj Morrow | Small | 2024-05-20 | 532 | 3.5 | 15 | 808 | No | ~
""")
ENTRIES["BubbleWrapPops"] = [
    ("Look at Sheet (m) in BubbleWrapPops: when the number is more than 5, paint the whole line across, not "
     "just the box.",
     "GreaterThan({Sheet (m)}, 5)", "rows", "by-header", "eli5"),
    ("v3.1 - now highlights full rows in BubbleWrapPops where Bubbles Popped is no less than 322",
     "GreaterThanEqual({Bubbles Popped}, 322)", "rows", "by-header", "changelog", "boundary"),
    ("How do I highlight the whole row in BubbleWrapPops when Misses (column G) is below 11?",
     "LessThan({Misses}, 11)", "rows", "by-header", "forum"),
    ("app.example/sheets/BubbleWrapPops/format?field=Misses&op=lte&value=11&scope=rows",
     "LessThanEqual({Misses}, 11)", "rows", "by-header", "url", "boundary"),
    ("Highlight full rows of sheet BubbleWrapPops whose Bubbles Popped is equal to 322",
     "Equals({Bubbles Popped}, 322)", "rows", "by-header", "annotator"),
    ("In the BubbleWrapPops sheet, the Bubbles Popped boxes where the number is not 322 should turn yellow. "
     "Only those boxes.",
     "NotEquals({Bubbles Popped}, 322)", "cells", "by-header", "eli5", "negation"),
    ("#highlight/BubbleWrapPops/Misses/between/4/15/inclusive/cells",
     "Between({Misses}, 4, 15)", "cells", "by-header", "url", "boundary"),
    ("alert rule for BubbleWrapPops: Bubbles Popped is outside the inclusive band 260-446 => flag entire row",
     "NotBetween({Bubbles Popped}, 260, 446)", "rows", "by-header", "alerting", "boundary", "negation"),
    ("trigger: Sheet (m) > 2.5 and < 8.5; action: highlight cell only; sheet: BubbleWrapPops",
     "AND(GreaterThan({Sheet (m)}, 2.5), LessThan({Sheet (m)}, 8.5))", "cells", "by-header", "alerting"),
    ("Look at the Bubbles Popped boxes in BubbleWrapPops. If the number is smaller than 260 or bigger than "
     "446, colour that box, just the box.",
     "OR(LessThan({Bubbles Popped}, 260), GreaterThan({Bubbles Popped}, 446))", "cells", "by-header", "eli5", "or"),
    ("Added: all rounds listed as 'Small' in BubbleWrapPops are now highlighted (entire row)",
     "TextEquals({Bubble Size}, \"Small\")", "rows", "by-value", "changelog"),
    ("Look at Host Notes in BubbleWrapPops: when the writing has 'tore' in it, paint the whole line across, "
     "not just the box.",
     "TextContains({Host Notes}, \"tore\")", "rows", "by-header", "eli5"),
    ("Added: highlight the whole row in BubbleWrapPops when Bubble Size has no 'Large' anywhere in it",
     "TextNotContains({Bubble Size}, \"Large\")", "rows", "by-header", "changelog", "negation"),
    ("alert when Popper begins with 'Bo' -> highlight the cell (sheet BubbleWrapPops)",
     "TextStartsWith({Popper}, \"Bo\")", "cells", "by-header", "alerting", "starts-ends"),
    ("warn threshold: Popper finishes with 'te', severity high, highlight the full row in BubbleWrapPops",
     "TextEndsWith({Popper}, \"te\")", "rows", "by-header", "alerting", "starts-ends"),
    ("Added: the rounds that aren't 'Large' in BubbleWrapPops are now highlighted (entire row)",
     "NOT(TextEquals({Bubble Size}, \"Large\"))", "rows", "by-value", "changelog", "negation"),
    ("trigger: Bubbles Popped is in the top 3; action: highlight cell only; sheet: BubbleWrapPops",
     "Top({Bubbles Popped}, 3)", "cells", "by-header", "alerting", "superlative"),
    ("Need help: in BubbleWrapPops, I want the full row colored whenever Bubbles Popped in column E is among "
     "the 3 lowest values in the column.",
     "Bottom({Bubbles Popped}, 3)", "rows", "by-header", "forum", "superlative"),
    ("In BubbleWrapPops, if the box shows an error message instead of a proper number in the Stake (¥) box, "
     "colour the whole line.",
     "Errors({Stake (¥)})", "rows", "by-header", "eli5"),
    ("?sheet=BubbleWrapPops&col=Stake+(¥)&test=no_error&apply=entire_row",
     "NotErrors({Stake (¥)})", "rows", "by-header", "url", "negation"),
    ("dashboard for BubbleWrapPops: show Misses as a color scale",
     "ColorScale({Misses})", "cells", "by-header", "alerting"),
    ("In BubbleWrapPops, put little bars inside the Misses boxes, longer bars for bigger numbers.",
     "DataBar({Misses})", "cells", "by-header", "eli5"),
    ("Apply icon set icons to Misses in sheet BubbleWrapPops", "IconSet({Misses})", "cells", "by-header", "annotator"),
    ("Is there a way to shade entire rows where column D (Pop Date) is tomorrow's date? Sheet: BubbleWrapPops",
     "Tomorrow({Pop Date})", "rows", "by-header", "forum", "date"),
    ("Added: highlight each Pop Date cell that falls in the past seven days including today in BubbleWrapPops "
     "(cell only)",
     "Last7Days({Pop Date})", "cells", "by-header", "changelog", "date"),
    ("In the BubbleWrapPops sheet, the Pop Date boxes where the day was in last week (the Sunday-to-Saturday "
     "week before this one) should turn yellow. Only those boxes.",
     "LastWeek({Pop Date})", "cells", "by-header", "eli5", "date"),
    ("alert on the rounds in the current calendar week in BubbleWrapPops: highlight the whole row",
     "ThisWeek({Pop Date})", "rows", "by-meaning", "alerting", "date"),
    ("#highlight/BubbleWrapPops/rounds/next-week/whole-row",
     "NextWeek({Pop Date})", "rows", "by-meaning", "url", "date"),
    ("Trying to color each cell of Pop Date (column D) that is in last month, only the cell, not the row. "
     "Sheet BubbleWrapPops. Any ideas?",
     "LastMonth({Pop Date})", "cells", "by-header", "forum", "date"),
    ("Fill each cell of Pop Date that is in this month in sheet BubbleWrapPops (cells only)",
     "ThisMonth({Pop Date})", "cells", "by-header", "annotator", "date"),
    ("In BubbleWrapPops, if the day is in next month in the Pop Date box, colour the whole line.",
     "NextMonth({Pop Date})", "rows", "by-header", "eli5", "date"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
