"""A twenty-eighth set of table requests, about a third of them header-only, and the builder of
twentyeighth_tables.json.

Written on 2026-12-07 between 19:25 and 19:43 UTC (by `date -u` on this machine: 19:25:19 at the start) by engineer
E28t, who had read neither the assistant's code nor any set's wordings, so that the team has table requests nobody
has tuned on. The eleven tables (watermelon seed spits, cup stacks, bottle flips, hamster races, apple bobbing rounds,
spaghetti towers, barstool races, belly flops, ring tosses, cannonball dives, card houses) and every request were
written from scratch. Each table has 10 columns in the same roles (A a code, B a name, C a category, D a date, E to H
four number columns, I a yes/no column, J free text); headers carry units and currencies and question marks
(`Seeds Spat`, `Distance (ft)`, `Melon (kg)`, `Entry ($)`, `Foul?`, `Cups`, `Time (s)`, `Fumbles`, `Sponsor (€)`,
`Scratched?`, `Remarks`, `Flips Landed`, `Water (ml)`, `Streak`, `Wager (£)`, `Cap On?`, `Comments`, `Laps`, `Weight
(g)`, `Purse (NZ$)`, `Escaped?`, `Apples`, `Tub Depth (cm)`, `Donation (CHF)`, `Towel Used?`, `Sticks Used`, `Height
(cm)`, `Tape (cm)`, `Budget (A$)`, `Marshmallow Held?`, `Top Speed (km/h)`, `Stool (kg)`, `Fee (€)`, `Crashed?`,
`Splash Score`, `Board Ht (m)`, `Ripples`, `Pledge (£)`, `Cape On?`, `Judges Notes`, `Ringers`, `Distance (m)`,
`Rings Thrown`, `Prize Value ($)`, `Won Prize?`, `Splash (cm)`, `Board (m)`, `Judges Score`, `Ticket (HK$)`, `Tuck
Held?`, `Storeys`, `Cards Used`, `Build Time (min)`, `Entry (kr)`, `Collapsed?`), and the cells dates, money (plain
numbers under a currency header), integers, decimals in quarter or half steps, codes, yes/no values, free text
(spitters, stackers, flippers, hamsters, bobbers, builders, riders, floppers, tossers, divers: twelve a table, two of
them written twice; divisions, age groups, bottle types, breeds, brackets, teams, stool classes, categories, booths,
pools, decks; notes), text in a number column ("pending", "none", "n.a.", "absent", "skip", "tba", "nil", "see note",
"unknown", "x", "?"), Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!, #NUM!, #NAME?) and blanks. The number cells were
drawn by a seeded random generator without repeats from each column's grid (/tmp/e28t/tables.py, `make_table`), then
frozen here; the six special cells of a table (F's blank, G's text, H's blank and error, J's "" and " ") sit on six
different rows.

Domains: a short program (/tmp/e28t/domcheck.py, three runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring; twentyeighth_* aside, the twenty-seventh builders included) and the `Table`
field of every set file there (twentyeighth_* aside, CamelCase split into words), and printed one True/False per
candidate word (True when named as a whole word with an optional plural s or es, spaces, dashes and underscores
between its words also matched). Dropped as used: cheese rolling (and cheese), worm charming (and worm), duck race
(and duck, rubber duck), stilt, unicycle, juggling, yo yo, hula hoop, sack race (and sack), three legged, pillow fight
(and pillow), balloon, frisbee, axe throwing (and axe), caber, log rolling, cherry, gurning, barrel, morris dancing,
wheelbarrow, potato, hot dog, lumberjack, sauna, ice fishing, crossword, jigsaw, sudoku, trampoline, tiddlywinks,
croquet, kabaddi, hammock, mini golf, crazy golf, go kart, karting, zorb, sheep, tyre, bale, pea shooting (and pea),
harmonica, whistling, guinea pig, budgie, geocaching, orienteering, metal detecting, frog jumping (and frog),
skittles, quoits, drone, slot car, pooh sticks, ukulele, banjo, bagpipe, accordion, stone skimming (and skimming),
stair climbing (and stair), beatbox (so beatboxing, False itself, was not taken). Unused, and taken: watermelon seed
spitting (and watermelon), cup stacking (and stacking), bottle flipping (and bottle flip, flipping), hamster racing
(and hamster), apple bobbing (and apple, bobbing), spaghetti tower (and spaghetti, marshmallow), barstool racing (and
barstool), belly flop (and flop), ring toss, cannonball diving (and cannonball), house of cards; the words seed,
spitting, cup, bottle, belly, ring and toss are used (True), the phrases are not. Also unused, not taken: yoyo, water
balloon, segway, minigolf, tire, bottle flip, kaninhop, goat yoga, canary, fossil hunting, rock pooling, crabbing,
tadpole, tyre flipping, truck pulling, stair climb, tower running, hoopla, alphorn, hand bell, seed spitting, plane
pulling, egg toss, cup stacking's stacking, beatbox battle, battle, flop. Nonsense words were asked as controls:
zzzqqq and wqwqzj printed True (earlier builders' docstrings name them as their own controls), vkvkxq False. A second
program printed, per table name, whether any set file's `Table` field holds it (False for all eleven).

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES is the
earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines ("Highlight cells
in X whose value ..., sheet T", "Apply fill to each X cell that ... in sheet T (cells only)", "Highlight each row in
sheet T where X ...", "Color the full row if X ... in sheet T", "Highlight rows of ... in sheet T" or "Color the
entire rows for ..., sheet T" where rows are named by a value or a date's meaning, "Apply data bars to X in sheet
T"); `forum`, a forum question, with the column letter (always the true column of the table placed at A1) when it
names the column by its header, and none when it names the rows by a value or by what the date means; four new here:
`ascii-table`, the rule laid out as a small text table on several lines ("| column | rule | apply to |" /
"|---|---|---|" / "| X | at most 145 | entire row |" / "sheet: T"), as aligned "Sheet:   T" / "Column:  X" / "Rule:
...", "Apply:   cell only" lines, or on one line ("Column: X   Rule: ...   Highlight: cell only   Sheet: T"), one
rule a request; `identifier`, the request written as a programmer's identifier or slug, in camelCase, PascalCase,
snake_case or kebab-case, about half of them after the table's name ("mark_rows_where_cups_over_22",
"cardHouses.FlagRowsWhereStoreysOver11", "shadeJudgesScoreCellsBetween19And76Inclusive", "addDataBarsToTubDepth",
"appleBobbing.highlightRoundsInNextWeek"; the header's words without its unit), with only literals a reader recovers
(integers, or decimals kept with their point in snake_case and kebab-case only, and one-word texts, whose case no
text rule minds; a draft whose literal is neither got the next literal or, with none, another style by hash);
`jargon`, corporate or consultant jargon ("Action item: surface every X cell that ... for visibility. Cell-level
only, sheet T.", "Quick win: flag each X value that ... in T, just the cells, not the rows.", "Let's circle back on
T: any row where X ... needs the full row highlighted.", "Low-hanging fruit: in T, highlight entire rows where X
...", "north of a" for more than a, "south of a" for less than a, "at or north of a", "at or south of a");
`footnote`, the rule given through a footnote or reference mark ("Highlight the flagged X cells[1] in T, cells only.
[1] each value that ...", "In T, mark the X cells noted below* (just the cells).  *those whose value ...",
"Shade the rows described in note (a), entire row, sheet T. (a) X ...", "Highlight the usual suspects* in T, whole
rows.  *rows where X ...", "Format X in T as per footnote 1. [1] data bars"). These examples are of this set's kind;
the brief's own examples were not used as requests.

How the requests were written: E28t wrote, in /tmp/e28t/gen.py, a verb phrase per function (two or three wordings
each: "is greater than a", "exceeds a", "is a or more", "is at least a", "is at most a", "is exactly a", "is anything
but a", "is between a and b, inclusive", "is outside a to b (a and b themselves count as inside)", "is above a and
below b", "is strictly between a and b (neither end included)", "is under a or over b", "reads 's' exactly", "has 's'
somewhere in it", "begins with 's'", "finishes with 's'", "is among the n highest values in the column", "falls in
the lowest p percent of the column", "is above the column's average", "is duplicated elsewhere in the column",
"appears only once in the column", "is empty", "holds no error value", "is in the previous calendar week", "is in
the last 7 days, today included", ...), a short form per function for the text tables ("at least a", "between a and
b (inclusive)", "below a or above b", "top n values", "bottom p%", "last 7 days (incl. today)", ...), identifier
tokens per function ("over a", "at least a", "not between a and b inclusive", "below a or above b", "in top n", "in
bottom p percent", "has no error", "in last week", ...), noun phrases for the rows named by a value ("the 'Plastic'
flips", "the races listed under 'Wooden'", "all builds except the 'Poker' ones", "every stack that isn't 'Under
14'") or by what the date means ("the flips from yesterday", "the towers in the current week", "last month's
rounds"), and the frames per style and scope above; the program picks a naming (by-value for about three in four
TextEquals and NOT drafts, by-meaning for about a third of the periods, by hash), a style (by hash among the six, for
every function), a wording, a frame and an identifier's case form by a stable hash of the table and the function,
the scope by the same hash (cells for the visual rules; rows for every request naming the rows by value or meaning;
else about half each), and the literal: the first candidate of the column's own values (numbers nearest the median
first, bounds at the quartiles and near them, words of four letters or more of the notes, words of three letters or
more of the categories, prefixes and suffixes of two or three letters of the names, category values in an order
rotated by hash, n of 3, 2, 4, 5 and p of 20, 25, 30, 10, 15, 40) for which everyday_tables' `problems` finds nothing
on the full table and the request is in no other set file nor the train split. The entries below are that program's
output, frozen (written by /tmp/e28t/assemble.py, which also wraps long requests over string lines and checks the
line length); nothing was reworded by hand. Before the first build the generator was changed once after reading its
drafts (no split in them): the frames "How do I highlight the cells in column L (X) that ...", "Apply fill to the X
cells that ...", "Quick win: flag the X values that ..." and "[1] values that ..." became "each cell ... that",
"each X cell that", "each X value that" and "[1] each value that" (the verb's agreement), and the identifier tokens
of Errors and NotErrors "is error" and "not error" became "has error" and "has no error"; all drafts were drawn again.
Decided before the first build and written in gen.py (`all_drafts`): a function whose drafts fall in one half only
gets a second draft on every table that has it (the next passing literal not used, naming, style, scope and wording
by the hash with "second"); gen.py's run printed that this applied to AboveAverage (so eight second drafts, one on
each table holding AboveAverage; no draft was reworded). Requests keep Excel's semantics: comparisons other than
LessThan, LessThanEqual and Between are only on the two number columns that hold no text (E, and F, which holds one
"" blank; NotEquals, NotBetween and OR, which a blank read as 0 could meet, only on E), LessThan, LessThanEqual,
Between and the visual rules on the column with a text cell (G), the error and errors-not rules, TopPercent and
BelowAverage on the column with an error and a blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks
on the notes (both "" and a lone space " "), TextEquals, NOT and TextNotContains on the category, TextContains on the
notes, TextStartsWith, TextEndsWith, Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 19:25:19, and about six times
while working and at the end); `cat` of /work/team/brief28.md (the brief); `ls` of benchmarks/data (file names, the
first 100); `wc -l` of twentyseventh_tables.py (2241), table_sets.py, column_sets.py, everyday_common.py, the table
test module, set_files.py and CF_RULES.md; of twentyseventh_tables.py a `grep -n` anchored on top-level names and the
main block (line numbers of its constants, TABLES/ENTRIES and the main block), `sed -n 1,268p` (its docstring,
imports, constants and helper code, up to ENTRIES = {}), an `awk` of its unindented lines past 268, cut to 14
characters (see Slips), and `sed -n 2234,2241p` (the closing bracket, the bind and the main block); `cat` of
table_sets.py, column_sets.py, everyday_common.py (its lines 318 to 321 seen in a second print, the first cut off),
tests/benchmarks/test_table_sets_data.py, tests/benchmarks/set_files.py (the whole file: its check functions and
their helpers; its first 60 lines printed again) and ../shared/docs/CF_RULES.md; the first 12,000 characters of
benchmarks/data/README.md, each line cut to 250 characters and the first 60 lines (its rows up to sixth_cf), a `grep
-c` of twentyseventh_tables in it (1) and a `grep -n` of the twentyseventh_tables row cut to 300 characters (see
Slips); of cf_assistant.languages.cf: parse/to_text on 22 made-up rules for the canonical spelling; the signatures
(inspect.signature) of everyday_tables' `build_record` and `problems`, nothing of their code; `test -e` of the train
split (present) and table_sets.TRAIN's path. The drafting programs' runs: /tmp/e28t/domcheck.py (three runs,
True/False per word); /tmp/e28t/tables.py (each table's row count and widest line, twice, and the lengths of the
lines of the six widest tables, after which three headers and three cells were shortened); the table-name check
(eleven False); /tmp/e28t/gen.py ("349 drafts; no passing literal: [] ; seconds: ['AboveAverage']", twice);
printouts of this set's own drafts (no split in them), all before the first build: their scope, naming and style
counts, the first draft of each style and every 9th, then every identifier draft and every 7th; /tmp/e28t/assemble.py
(its line count check: "349 drafts; lines over 120: 1" and, after a header was shortened, 0; the `awk` of the one
long line, a table header of this set; the widest line, 120), and a program checking that the builder's ENTRIES and
TABLES are the drafts and tables (True True True); `ls *.json | wc -l` (61) and `ls | grep -c twentyeighth` (0); the
first build (`python benchmarks/data/twentyeighth_tables.py`, output to a file; its first two lines); a program
printing per half the record count, function count and header-only count, the functions missing a half (none), the
totals; the program that edited the table test module (it printed "replaced 5" and its widest line, 116) and `grep
-c` of "twentyeighth" in it (5); `python -m pytest -q tests/benchmarks/test_table_sets_data.py -k twentyeighth` (8
passed); the program that put the README row in (it printed that it found one twentyseventh_tables row and no
twentyeighth_tables row, and "inserted"), `grep -c` of the two twentyeighth README rows (1: the one-column row not
yet there; see Counts for the later count), a `tail -c 1 | xxd` of README (its final newline); a program printing
the scope, naming, style, tag and per-table counts and the eight thinnest functions per half; `python -m pytest -q`
of tests/benchmarks/test_table_sets_data.py and tests/benchmarks/test_sets_are_the_projects_own.py (see Counts);
the builder rewritten with this docstring by assemble.py, rebuilt, `cmp` against a copy of the first build's file
(identical, twice), its widest line (120); `python -m pyflakes` on the builder ("No module named pyflakes");
checks of this docstring's widest line (118) and a `grep` of its Tests line; both test modules run again (see
Counts).

Slips: (1) the `awk` over twentyseventh_tables.py's unindented lines past its helper code printed, cut to 14
characters, the starts of the table text of its last two tables (codes and the first letters of names of its
cockroach and snowball tables) and of their `TABLES[`/`ENTRIES[` lines: no request, but table cells the brief did not
allow; nothing of it was used. (2) The `grep -n` for the twentyseventh_tables row of README printed its first 300
characters, which lie past the README's first 12,000; this set's row was written without it. (3) gen.py's one-line
report names the function (AboveAverage) that the pre-decided second-draft rule found in one half only, a fact of
the split read before the first build; the rule acted on it automatically, as decided, and no draft was reworded,
added or dropped by hand after the split was seen. The README row was written once, with the counted figures. The
two engineers kept apart scratch folders (/tmp/e28t here); nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets calls it,
`build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`; its code and docstrings not printed);
`git log`, `git show`, `git status`, any diff (no git command was run); ../shared/docs/EVALUATION.md and
../shared/data (the train split is compared by program only); tests/benchmarks/test_sets_are_the_projects_own.py
(only run); the TABLES and ENTRIES of the other builders (but the slip above); README.md past its first 12,000
characters (but this set's own row, written by program, and the slip above); twentyeighth_cf.py and any
twentyeighth_cf.json (written beside this set by engineer E28c; the builder compares with any set file beside it by
program only, as table_sets.requests_elsewhere does); the utterances or tables of any JSON file (compared with this
set's by program only, never printed; the domain check read their `Table` fields and printed True/False only). No
request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
twentyseventh_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows ("whole row", "entire row", "whole rows", "full row",
"Highlight each row ... where", "Highlight rows of", "Apply: entire row", "rows_where", "RowsWhere", "rows-with"),
"cells" otherwise ("cells only", "just the cells", "cell only", "Cell-level only", "Just the cell itself",
"...Cells...", a visual rule); `naming` says how the request names the tested column: `by-header` (its header as
written, or its letter, or, in an identifier, its words), `by-meaning` (the rows by what the date means: "the towers
in the current week") or `by-value` (only values of it: "the 'Plastic' flips", "all builds except the 'Poker' ones").
Each rule tests one column. Every record is first built and checked on its full table (everyday_tables'
`build_record` with IDs prefixed `t28t-`; its `problems`: a record that formats no row or every row, whose near
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
order, mod 31 and 10): 31 records a table, and a second AboveAverage record on the eight tables that hold one.

Tags: the naming, the style, then any of `boundary` (GreaterThanEqual, LessThanEqual, Between, NotBetween),
`negation` (NotEquals, NotBetween, TextNotContains, NotBlanks, NotErrors, NOT), `or`, `superlative` (the four
ranks), `starts-ends`, `date`, then `header-only` where the rows were dropped, then `twentyeighth` (last). Every one
of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentyeighth_tables.py` prints them): 349 records, dev 188 / test 161; 11 tables
of 10 columns and 14 data rows each (31 or 32 records a table); 104 header-only records (30%; dev 60, test 44);
scope rows 200 (57%) / cells 149; naming by-header 308, by-meaning 28, by-value 13 (12% not by header); styles
ascii-table 73, annotator 61, identifier 59, jargon 54, forum 53, footnote 49; tags date 88, negation 49,
superlative 32, boundary 32, starts-ends 16, or 9; every one of the 41 top functions in both halves (the thinnest:
NotBetween, TextNotContains and NotErrors with one record in one half; Equals, TextEquals, Today and Errors with two).
Tests: tests/benchmarks/test_table_sets_data.py 192 passed (8 of them this set's, `-k twentyeighth`: 8
passed); tests/benchmarks/test_sets_are_the_projects_own.py 63 passed, then 64 in the last run (it counts the set
files beside it, and a new one, presumably twentyeighth_cf.json, had appeared); `grep -c` of the two twentyeighth
README rows at the end: 2.

Rebuild: `python benchmarks/data/twentyeighth_tables.py` (prints the counts per split, table, scope, naming, style,
tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyeighth_tables.json"
PREFIX = "t28t"
TAG = "twentyeighth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: the rule laid out as a small text table,
# the request written as a programmer's identifier or slug, corporate jargon, and the rule given
# in a footnote or reference mark.
STYLES = ("annotator", "forum", "ascii-table", "identifier", "jargon", "footnote")
# The requests of every other set file in this folder (these 61 at the time of writing,
# and any written since, e.g. twentyeighth_cf.json, written at the same time by another engineer)
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
              'twentysixth_tables.json', 'twentyseventh_cf.json', 'twentyseventh_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}


TABLES['Seed Spits'] = _table("""
Spit ID | Spitter | Division | Spit Date | Seeds Spat | Distance (ft) | Melon (kg) | Entry ($) | Foul? | Notes
WS-101 | Yolanda Reyes | Juniors | 2024-06-11 | 5 | 30 | pending | 30 | No | headwind
WS-104 | Priya Venkat | Family | 2024-06-12 | 30 | 22 | 6.75 | 15 | No | _
WS-107 | Rufus Hale | Masters | 2024-06-13 | 13 | 8 | 12 | 35 | No | tailwind helped
WS-110 | Yolanda Reyes | Open | 2024-06-10 | 15 | 27 | 8.75 | 5 | No | seed split on landing
WS-113 | Darnell Okafor | Open | 2024-06-15 | 25 | 13 | 7.75 | 65 | No | first time
WS-116 | Wren Castillo | Juniors | 2024-06-04 | 21 | 23 | 9.75 | 55 | Yes | rind too wet
WS-119 | Ike Fenwick | Family | 2024-06-07 | 23 | 18 | 5 | 40 | No | ~
WS-122 | Priya Venkat | Masters | 2024-06-18 | 16 | 19.5 | 8 | 75 | No | tailwind, new record
WS-125 | Maisie Trent | Masters | 2024-06-27 | 29 | 24.5 | 11 | _ | No | seed split
WS-128 | Gus Whitlock | Open | 2024-05-20 | 10 | 15 | 10.5 | 45 | Yes | crowd loud
WS-131 | Lena Marsh | Juniors | 2024-05-03 | 14 | 21.5 | 4.5 | #N/A | No | steady again
WS-134 | Otis Crane | Family | 2024-07-03 | 3 | 9 | 10.25 | 10 | No | steady spit
WS-137 | Buck Tanner | Family | 2024-07-25 | 19 | _ | 4.25 | 80 | No | crowd loud at the rope
WS-140 | Tamsin Bell | Masters | 2024-03-08 | 9 | 20 | 11.75 | 25 | No | slipped on rind
""")
ENTRIES['Seed Spits'] = [
    (
        "How can I highlight the entire row when Division (column C) is 'Juniors'? This is in Seed Spits.",
        'TextEquals({Division}, "Juniors")', 'rows', 'by-header', 'forum',
    ),
    (
        "Highlight cells in Notes whose value contains 'headwind', sheet Seed Spits",
        'TextContains({Notes}, "headwind")', 'cells', 'by-header', 'annotator',
    ),
    (
        'Shade the rows described in note (a), entire row, sheet Seed Spits. (a) Division does not contain '
        "'Open'",
        'TextNotContains({Division}, "Open")', 'rows', 'by-header', 'footnote', 'negation',
    ),
    (
        "Colour the Spitter cells per note (a), sheet Seed Spits, cell only. (a) the value begins with 'Yo'",
        'TextStartsWith({Spitter}, "Yo")', 'cells', 'by-header', 'footnote', 'starts-ends',
    ),
    (
        "Sheet:   Seed Spits\nColumn:  Spitter\nRule:    ends with 'es'\nApply:   entire row",
        'TextEndsWith({Spitter}, "es")', 'rows', 'by-header', 'ascii-table', 'starts-ends',
    ),
    (
        'Sheet:   Seed Spits\nColumn:  Seeds Spat\nRule:    top 3 values\nApply:   entire row',
        'Top({Seeds Spat}, 3)', 'rows', 'by-header', 'ascii-table', 'superlative',
    ),
    (
        'Highlight each row in sheet Seed Spits where Seeds Spat is among the 3 lowest values in the column',
        'Bottom({Seeds Spat}, 3)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'Column: Entry ($)   Rule: top 20%   Highlight: cell only   Sheet: Seed Spits',
        'TopPercent({Entry ($)}, 20)', 'cells', 'by-header', 'ascii-table', 'superlative',
    ),
    (
        'Low-hanging fruit: in Seed Spits, highlight entire rows where Seeds Spat is in the bottom 20% of '
        'the column.',
        'BottomPercent({Seeds Spat}, 20)', 'rows', 'by-header', 'jargon', 'superlative',
    ),
    (
        "Highlight cells in Seeds Spat whose value is above the column's average, sheet Seed Spits",
        'AboveAverage({Seeds Spat})', 'cells', 'by-header', 'annotator',
    ),
    (
        "Per our sync, let's highlight any Entry ($) cell that is below the column's average in Seed "
        'Spits; cells only, no need to boil the ocean.',
        'BelowAverage({Entry ($)})', 'cells', 'by-header', 'jargon',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Spitter | duplicate values | cell only |\nsheet: '
        'Seed Spits',
        'Duplicates({Spitter})', 'cells', 'by-header', 'ascii-table',
    ),
    (
        "Per our sync, let's highlight any Spitter cell that is unique in the column (no repeats) in Seed "
        'Spits; cells only, no need to boil the ocean.',
        'Unique({Spitter})', 'cells', 'by-header', 'jargon',
    ),
    (
        'Anyone know how to shade whole rows in Seed Spits where column J (Notes) is empty?',
        'Blanks({Notes})', 'rows', 'by-header', 'forum',
    ),
    (
        'Highlight each row in sheet Seed Spits where Notes has something in it (is not empty)',
        'NotBlanks({Notes})', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Entry ($) | error values | cell only |\nsheet: '
        'Seed Spits',
        'Errors({Entry ($)})', 'cells', 'by-header', 'ascii-table',
    ),
    (
        "Per our sync, let's highlight any Entry ($) cell that holds no error value in Seed Spits; cells "
        'only, no need to boil the ocean.',
        'NotErrors({Entry ($)})', 'cells', 'by-header', 'jargon', 'negation',
    ),
    (
        'Sheet:   Seed Spits\nColumn:  Melon (kg)\nFormat:  color scale',
        'ColorScale({Melon (kg)})', 'cells', 'by-header', 'ascii-table',
    ),
    (
        'AddDataBarsToMelon',
        'DataBar({Melon (kg)})', 'cells', 'by-header', 'identifier',
    ),
    (
        'seed_spits/add_icon_set_to_melon',
        'IconSet({Melon (kg)})', 'cells', 'by-header', 'identifier',
    ),
    (
        'How do I highlight each cell in column F (Distance (ft)) that is above 15 and below 23? Only '
        'those cells, not whole rows. Sheet is Seed Spits.',
        'AND(GreaterThan({Distance (ft)}, 15), LessThan({Distance (ft)}, 23))', 'cells', 'by-header', 'forum',
    ),
    (
        'Quick win: flag each Seeds Spat value that is below 10 or above 23 in Seed Spits, just the cells, '
        'not the rows.',
        'OR(LessThan({Seeds Spat}, 10), GreaterThan({Seeds Spat}, 23))', 'cells', 'by-header', 'jargon', 'or',
    ),
    (
        "Sheet:      Seed Spits\nHighlight:  all spits except the 'Family' ones\nApply to:   entire row",
        'NOT(TextEquals({Division}, "Family"))', 'rows', 'by-value', 'ascii-table', 'negation',
    ),
    (
        'Highlight the usual suspects* in Seed Spits, whole rows.  *rows where Spit Date falls on '
        "tomorrow's date",
        'Tomorrow({Spit Date})', 'rows', 'by-header', 'footnote', 'date',
    ),
    (
        'Highlight each row in sheet Seed Spits where Spit Date is in the last 7 days, today included',
        'Last7Days({Spit Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Sheet:      Seed Spits\nHighlight:  the spits of the previous calendar week\nApply to:   entire '
        'row',
        'LastWeek({Spit Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        'How do I highlight each cell in column D (Spit Date) that is in the current calendar week? Only '
        'those cells, not whole rows. Sheet is Seed Spits.',
        'ThisWeek({Spit Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        '| sheet | rows to highlight | apply to |\n| Seed Spits | the spits in the next calendar week | '
        'entire row |',
        'NextWeek({Spit Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        "Action item: get eyes on last month's spits in Seed Spits, whole rows highlighted for visibility.",
        'LastMonth({Spit Date})', 'rows', 'by-meaning', 'jargon', 'date',
    ),
    (
        'seedSpits.FlagSpitDateCellsInThisMonth',
        'ThisMonth({Spit Date})', 'cells', 'by-header', 'identifier', 'date',
    ),
    (
        'Sheet:      Seed Spits\nHighlight:  the spits coming up next month\nApply to:   entire row',
        'NextMonth({Spit Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        'flag-rows-where-seeds-spat-above-average',
        'AboveAverage({Seeds Spat})', 'rows', 'by-header', 'identifier',
    ),
]

TABLES['Cup Stacks'] = _table("""
Stack ID | Stacker | Age Group | Stack Date | Cups | Time (s) | Fumbles | Sponsor (€) | Scratched? | Remarks
CS-102 | Sunita Rao | Under 14 | 2024-06-12 | 6 | 15 | 27 | 140 | No | table wobbled again
CS-105 | Clara Voss | Under 10 | 2024-06-13 | 10 | 14.5 | 13 | 110 | No | ~
CS-108 | Dmitri Orlov | Masters | 2024-06-10 | 8 | 10.5 | 9 | 90 | No | clean cycle
CS-111 | Kofi Mensah | Adult | 2024-06-15 | 14 | 12 | none | 160 | No | dropped a cup
CS-114 | Hiro Tanaka | Adult | 2024-06-04 | 28 | 13.5 | 8 | 150 | No | clean run
CS-117 | Bea Lindqvist | Under 14 | 2024-06-07 | 36 | 17.5 | 17 | 10 | Yes | fast hands
CS-120 | Abby Quinn | Under 10 | 2024-06-18 | 34 | 15.5 | 23 | _ | Yes | timer late
CS-123 | Ines Duarte | Masters | 2024-06-27 | 12 | _ | 29 | 20 | No | timer reset
CS-126 | Felix Strand | Masters | 2024-05-20 | 16 | 14 | 4 | 40 | Yes | table wobbled
CS-129 | Marco Bellini | Adult | 2024-05-03 | 18 | 7.5 | 11 | 130 | Yes | nervous start
CS-132 | Dmitri Orlov | Under 14 | 2024-07-03 | 24 | 7 | 25 | 70 | No | personal best
CS-135 | Ollie Pratt | Under 10 | 2024-07-25 | 22 | 9 | 3 | #VALUE! | No | dropped a cup twice
CS-138 | Nadia Haddad | Under 10 | 2024-03-08 | 26 | 4.5 | 1 | 30 | Yes | _
CS-141 | Ollie Pratt | Masters | 2024-06-11 | 38 | 9.5 | 26 | 100 | No | fast hands, clean
""")
ENTRIES['Cup Stacks'] = [
    (
        'mark_rows_where_cups_over_22',
        'GreaterThan({Cups}, 22)', 'rows', 'by-header', 'identifier',
    ),
    (
        'flag_rows_where_cups_at_least_22',
        'GreaterThanEqual({Cups}, 22)', 'rows', 'by-header', 'identifier', 'boundary',
    ),
    (
        'Highlight cells in Fumbles whose value is less than 13, sheet Cup Stacks',
        'LessThan({Fumbles}, 13)', 'cells', 'by-header', 'annotator',
    ),
    (
        "Let's circle back on Cup Stacks: any row where Fumbles is at or south of 13 needs the full row "
        'highlighted.',
        'LessThanEqual({Fumbles}, 13)', 'rows', 'by-header', 'jargon', 'boundary',
    ),
    (
        'How do I highlight each cell in column E (Cups) that is exactly 22? Only those cells, not whole '
        'rows. Sheet is Cup Stacks.',
        'Equals({Cups}, 22)', 'cells', 'by-header', 'forum',
    ),
    (
        'Action item: surface the whole row wherever Cups is not 24 in Cup Stacks, so leadership has line '
        'of sight.',
        'NotEquals({Cups}, 24)', 'rows', 'by-header', 'jargon', 'negation',
    ),
    (
        'In my Cup Stacks sheet, can I colour each Fumbles cell (column G) that is between 8 and 25, '
        'inclusive? Just the cell itself.',
        'Between({Fumbles}, 8, 25)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'Action item: surface the whole row wherever Cups is outside 12 to 28 (12 and 28 themselves count '
        'as inside) in Cup Stacks, so leadership has line of sight.',
        'NotBetween({Cups}, 12, 28)', 'rows', 'by-header', 'jargon', 'boundary', 'negation',
    ),
    (
        'shade_rows_where_cups_in_bottom_20_percent',
        'BottomPercent({Cups}, 20)', 'rows', 'by-header', 'identifier', 'superlative',
    ),
    (
        'shadeRowsWhereCupsAboveAverage',
        'AboveAverage({Cups})', 'rows', 'by-header', 'identifier',
    ),
    (
        "Let's circle back on Cup Stacks: any row where Sponsor (€) is lower than the average of the "
        'column needs the full row highlighted.',
        'BelowAverage({Sponsor (€)})', 'rows', 'by-header', 'jargon',
    ),
    (
        'cupStacks.markRowsWithDuplicateStacker',
        'Duplicates({Stacker})', 'rows', 'by-header', 'identifier',
    ),
    (
        'Highlight cells in Stacker whose value is unique in the column (no repeats), sheet Cup Stacks',
        'Unique({Stacker})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Colour the Remarks cells per note (a), sheet Cup Stacks, cell only. (a) the value is blank',
        'Blanks({Remarks})', 'cells', 'by-header', 'footnote',
    ),
    (
        'In Cup Stacks, mark the Remarks cells noted below* (just the cells).  *those whose value has '
        'something in it (is not empty)',
        'NotBlanks({Remarks})', 'cells', 'by-header', 'footnote', 'negation',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Sponsor (€) | error values | entire row |\nsheet: '
        'Cup Stacks',
        'Errors({Sponsor (€)})', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'flag-sponsor-cells-has-no-error',
        'NotErrors({Sponsor (€)})', 'cells', 'by-header', 'identifier', 'negation',
    ),
    (
        'Sheet:   Cup Stacks\nColumn:  Fumbles\nFormat:  color scale',
        'ColorScale({Fumbles})', 'cells', 'by-header', 'ascii-table',
    ),
    (
        'Quick win: put data bars on Fumbles in Cup Stacks for at-a-glance visibility.',
        'DataBar({Fumbles})', 'cells', 'by-header', 'jargon',
    ),
    (
        'Add an icon set on the Fumbles column in sheet Cup Stacks',
        'IconSet({Fumbles})', 'cells', 'by-header', 'annotator',
    ),
    (
        'In my Cup Stacks sheet, can I colour each Time (s) cell (column F) that is more than 9 but less '
        'than 14.5? Just the cell itself.',
        'AND(GreaterThan({Time (s)}, 9), LessThan({Time (s)}, 14.5))', 'cells', 'by-header', 'forum',
    ),
    (
        'cup_stacks/flag_rows_where_cups_below_12_or_above_28',
        'OR(LessThan({Cups}, 12), GreaterThan({Cups}, 28))', 'rows', 'by-header', 'identifier', 'or',
    ),
    (
        "Color the entire rows for every stack that isn't 'Under 14', sheet Cup Stacks",
        'NOT(TextEquals({Age Group}, "Under 14"))', 'rows', 'by-value', 'annotator', 'negation',
    ),
    (
        'Highlight the flagged Stack Date cells[1] in Cup Stacks, cells only. [1] each value that is '
        'yesterday',
        'Yesterday({Stack Date})', 'cells', 'by-header', 'footnote', 'date',
    ),
    (
        'Please highlight the rows in Cup Stacks that meet condition [1] (whole row). [1] Stack Date is '
        "today's date",
        'Today({Stack Date})', 'rows', 'by-header', 'footnote', 'date',
    ),
    (
        'cupStacks.MarkStackDateCellsInLastWeek',
        'LastWeek({Stack Date})', 'cells', 'by-header', 'identifier', 'date',
    ),
    (
        'Highlight rows of the stacks in the current week in sheet Cup Stacks',
        'ThisWeek({Stack Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'Highlight rows of the stacks in the next calendar week in sheet Cup Stacks',
        'NextWeek({Stack Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'Anyone know how to shade whole rows in Cup Stacks where column D (Stack Date) falls in the '
        'previous calendar month?',
        'LastMonth({Stack Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        'highlightStackDateCellsInThisMonth',
        'ThisMonth({Stack Date})', 'cells', 'by-header', 'identifier', 'date',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Stack Date | next month | entire row |\nsheet: Cup '
        'Stacks',
        'NextMonth({Stack Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        "In my Cup Stacks sheet, can I colour each Cups cell (column E) that is above the column's "
        'average? Just the cell itself.',
        'AboveAverage({Cups})', 'cells', 'by-header', 'forum',
    ),
]

TABLES['Bottle Flips'] = _table("""
Flip ID | Flipper | Bottle Type | Flip Date | Flips Landed | Water (ml) | Streak | Wager (£) | Cap On? | Comments
BF-103 | Greta Holm | Tin Can | 2024-06-13 | 23 | 650 | 6 | 23 | Yes | perfect landing
BF-106 | Rhys Morgan | Glass | 2024-06-10 | 30 | 575 | n.a. | 31 | No | wobbled
BF-109 | Jayden Moss | Plastic | 2024-06-15 | 2 | 500 | 10 | 2 | No | lucky again
BF-112 | Poppy Vale | Carton | 2024-06-04 | 3 | 475 | 39 | 4 | No | table sticky
BF-115 | Tobias Finch | Carton | 2024-06-07 | 29 | 275 | 3 | 19 | Yes | label peeled
BF-118 | Esme Carrow | Tin Can | 2024-06-18 | 19 | 325 | 26 | 1 | Yes | label peeled off
BF-121 | Ivy Chen | Glass | 2024-06-27 | 18 | 375 | 33 | 40 | Yes | lucky spin
BF-124 | Kwame Asante | Plastic | 2024-05-20 | 5 | _ | 2 | 8 | No | perfect again
BF-127 | Lotte Jansen | Plastic | 2024-05-03 | 8 | 225 | 27 | 5 | No | landed upright
BF-130 | Greta Holm | Carton | 2024-07-03 | 7 | 675 | 0 | 15 | No | _
BF-133 | Ana Lucia Ruiz | Tin Can | 2024-07-25 | 28 | 625 | 40 | 38 | Yes | sticky cap
BF-136 | Deshawn Price | Glass | 2024-03-08 | 15 | 550 | 35 | 26 | No | ~
BF-139 | Sami Kouri | Glass | 2024-06-11 | 10 | 800 | 20 | #DIV/0! | Yes | table sticky, slow
BF-142 | Poppy Vale | Plastic | 2024-06-12 | 21 | 450 | 1 | _ | Yes | double spin
""")
ENTRIES['Bottle Flips'] = [
    (
        'Column: Flips Landed   Rule: greater than 18   Highlight: cell only   Sheet: Bottle Flips',
        'GreaterThan({Flips Landed}, 18)', 'cells', 'by-header', 'ascii-table',
    ),
    (
        'bottle_flips/mark_water_cells_at_least_500',
        'GreaterThanEqual({Water (ml)}, 500)', 'cells', 'by-header', 'identifier', 'boundary',
    ),
    (
        'In my Bottle Flips sheet, can I colour each Streak cell (column G) that is below 20? Just the '
        'cell itself.',
        'LessThan({Streak}, 20)', 'cells', 'by-header', 'forum',
    ),
    (
        'Highlight cells in Streak whose value is 20 or less, sheet Bottle Flips',
        'LessThanEqual({Streak}, 20)', 'cells', 'by-header', 'annotator', 'boundary',
    ),
    (
        'How can I highlight the entire row when Flips Landed (column E) is exactly 18? This is in Bottle '
        'Flips.',
        'Equals({Flips Landed}, 18)', 'rows', 'by-header', 'forum',
    ),
    (
        'Anyone know how to shade whole rows in Bottle Flips where column E (Flips Landed) is not 18?',
        'NotEquals({Flips Landed}, 18)', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        'Please highlight the rows in Bottle Flips that meet condition [1] (whole row). [1] Streak lies in '
        'the range 3 to 33 (inclusive)',
        'Between({Streak}, 3, 33)', 'rows', 'by-header', 'footnote', 'boundary',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Flips Landed | not between 7 and 23 (inclusive) | '
        'cell only |\nsheet: Bottle Flips',
        'NotBetween({Flips Landed}, 7, 23)', 'cells', 'by-header', 'ascii-table', 'boundary', 'negation',
    ),
    (
        "Shade the entire rows marked * in Bottle Flips.  * every one of the 'Plastic' flips",
        'TextEquals({Bottle Type}, "Plastic")', 'rows', 'by-value', 'footnote',
    ),
    (
        "Column: Comments   Rule: contains 'perfect'   Highlight: cell only   Sheet: Bottle Flips",
        'TextContains({Comments}, "perfect")', 'cells', 'by-header', 'ascii-table',
    ),
    (
        "Anyone know how to shade whole rows in Bottle Flips where column C (Bottle Type) doesn't include "
        "the text 'Can'?",
        'TextNotContains({Bottle Type}, "Can")', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        "Column: Flipper   Rule: starts with 'Gr'   Highlight: entire row   Sheet: Bottle Flips",
        'TextStartsWith({Flipper}, "Gr")', 'rows', 'by-header', 'ascii-table', 'starts-ends',
    ),
    (
        "Action item: surface every Flipper cell that finishes with 'lm' for visibility. Cell-level only, "
        'sheet Bottle Flips.',
        'TextEndsWith({Flipper}, "lm")', 'cells', 'by-header', 'jargon', 'starts-ends',
    ),
    (
        'Quick win: flag each Flips Landed value that is one of the top 3 values of the column in Bottle '
        'Flips, just the cells, not the rows.',
        'Top({Flips Landed}, 3)', 'cells', 'by-header', 'jargon', 'superlative',
    ),
    (
        'bottleFlips.ShadeRowsWhereFlipsLandedInBottom3',
        'Bottom({Flips Landed}, 3)', 'rows', 'by-header', 'identifier', 'superlative',
    ),
    (
        'bottle_flips/highlight-rows-where-wager-in-top-20-percent',
        'TopPercent({Wager (£)}, 20)', 'rows', 'by-header', 'identifier', 'superlative',
    ),
    (
        'How do I highlight each cell in column H (Wager (£)) that holds no error value? Only those cells, '
        'not whole rows. Sheet is Bottle Flips.',
        'NotErrors({Wager (£)})', 'cells', 'by-header', 'forum', 'negation',
    ),
    (
        "Action item: let's get a color scale onto the Streak column of Bottle Flips so the trend pops for "
        'stakeholders.',
        'ColorScale({Streak})', 'cells', 'by-header', 'jargon',
    ),
    (
        'Quick win: put data bars on Streak in Bottle Flips for at-a-glance visibility.',
        'DataBar({Streak})', 'cells', 'by-header', 'jargon',
    ),
    (
        'How do I add an icon set to column G (Streak) in my Bottle Flips sheet?',
        'IconSet({Streak})', 'cells', 'by-header', 'forum',
    ),
    (
        'Low-hanging fruit: in Bottle Flips, highlight entire rows where Flips Landed is above 7 and below '
        '23.',
        'AND(GreaterThan({Flips Landed}, 7), LessThan({Flips Landed}, 23))', 'rows', 'by-header', 'jargon',
    ),
    (
        'Highlight each row in sheet Bottle Flips where Flips Landed is less than 7 or greater than 23',
        'OR(LessThan({Flips Landed}, 7), GreaterThan({Flips Landed}, 23))', 'rows', 'by-header', 'annotator', 'or',
    ),
    (
        "| sheet | rows to highlight | apply to |\n| Bottle Flips | all flips except the 'Tin Can' ones | "
        'entire row |',
        'NOT(TextEquals({Bottle Type}, "Tin Can"))', 'rows', 'by-value', 'ascii-table', 'negation',
    ),
    (
        'Sheet:   Bottle Flips\nColumn:  Flip Date\nRule:    yesterday\nApply:   entire row',
        'Yesterday({Flip Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        "Sheet:      Bottle Flips\nHighlight:  today's flips\nApply to:   entire row",
        'Today({Flip Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        'Highlight the usual suspects* in Bottle Flips, whole rows.  *rows where Flip Date falls on '
        "tomorrow's date",
        'Tomorrow({Flip Date})', 'rows', 'by-header', 'footnote', 'date',
    ),
    (
        'Sheet:   Bottle Flips\nColumn:  Flip Date\nRule:    last 7 days (incl. today)\nApply:   entire row',
        'Last7Days({Flip Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        'How can I highlight the entire row when Flip Date (column D) falls in next week? This is in '
        'Bottle Flips.',
        'NextWeek({Flip Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        'Color the full row if Flip Date is in last month in sheet Bottle Flips',
        'LastMonth({Flip Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Column: Flip Date   Rule: this month   Highlight: entire row   Sheet: Bottle Flips',
        'ThisMonth({Flip Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        'bottle_flips/highlight-flips-in-next-month',
        'NextMonth({Flip Date})', 'rows', 'by-meaning', 'identifier', 'date',
    ),
]

TABLES['Hamster Races'] = _table("""
Heat ID | Hamster | Breed | Heat Date | Laps | Time (s) | Weight (g) | Purse (NZ$) | Escaped? | Notes
HR-104 | Nibbles | Chinese | 2024-06-10 | 26 | 23 | 175 | 5 | No | ~
HR-107 | Clover | Roborovski | 2024-06-15 | 25 | 22 | 95 | 20 | No | stopped to groom
HR-110 | Pip | Dwarf | 2024-06-04 | 30 | _ | 155 | 125 | No | groomed twice
HR-113 | Ziggy | Syrian | 2024-06-07 | 4 | 30.5 | 180 | 40 | No | nibbled a seed
HR-116 | Hazel | Syrian | 2024-06-18 | 20 | 39.5 | 130 | 90 | Yes | fell asleep again
HR-119 | Mochi | Chinese | 2024-06-27 | 29 | 12.5 | 140 | 140 | No | nibbled the track
HR-122 | Truffle | Roborovski | 2024-05-20 | 21 | 29 | 170 | 75 | No | very fast
HR-125 | Mochi | Dwarf | 2024-05-03 | 3 | 30 | 35 | 85 | No | sprinted early
HR-128 | Rocket | Dwarf | 2024-07-03 | 19 | 38.5 | 160 | _ | No | wrong way
HR-131 | Waffles | Syrian | 2024-07-25 | 5 | 23.5 | 100 | 35 | No | sprinted late
HR-134 | Button | Chinese | 2024-03-08 | 8 | 22.5 | 85 | 130 | Yes | fell asleep
HR-137 | Clover | Roborovski | 2024-06-11 | 7 | 40 | 30 | #REF! | No | calm
HR-140 | Peanut | Roborovski | 2024-06-12 | 13 | 21 | 45 | 45 | No | _
HR-143 | Biscuit | Dwarf | 2024-06-13 | 17 | 25 | absent | 60 | No | wrong way twice
""")
ENTRIES['Hamster Races'] = [
    (
        'Highlight the usual suspects* in Hamster Races, whole rows.  *rows where Time (s) is 25 or more',
        'GreaterThanEqual({Time (s)}, 25)', 'rows', 'by-header', 'footnote', 'boundary',
    ),
    (
        'How can I highlight the entire row when Weight (g) (column G) is under 130? This is in Hamster '
        'Races.',
        'LessThan({Weight (g)}, 130)', 'rows', 'by-header', 'forum',
    ),
    (
        'How do I highlight each cell in column G (Weight (g)) that is 130 or less? Only those cells, not '
        'whole rows. Sheet is Hamster Races.',
        'LessThanEqual({Weight (g)}, 130)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'Highlight cells in Laps whose value is exactly 19, sheet Hamster Races',
        'Equals({Laps}, 19)', 'cells', 'by-header', 'annotator',
    ),
    (
        'hamsterRaces.flagRowsWhereLapsNotEqualTo19',
        'NotEquals({Laps}, 19)', 'rows', 'by-header', 'identifier', 'negation',
    ),
    (
        'Sheet:   Hamster Races\nColumn:  Weight (g)\nRule:    between 85 and 160 (inclusive)\nApply:   '
        'cell only',
        'Between({Weight (g)}, 85, 160)', 'cells', 'by-header', 'ascii-table', 'boundary',
    ),
    (
        'How can I highlight the entire row when Laps (column E) is outside 7 to 25 (7 and 25 themselves '
        'count as inside)? This is in Hamster Races.',
        'NotBetween({Laps}, 7, 25)', 'rows', 'by-header', 'forum', 'boundary', 'negation',
    ),
    (
        "Highlight each row in sheet Hamster Races where Breed equals 'Dwarf'",
        'TextEquals({Breed}, "Dwarf")', 'rows', 'by-header', 'annotator',
    ),
    (
        "Column: Notes   Rule: contains 'stopped'   Highlight: entire row   Sheet: Hamster Races",
        'TextContains({Notes}, "stopped")', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'hamster_races/mark-rows-where-breed-not-containing-roborovski',
        'TextNotContains({Breed}, "Roborovski")', 'rows', 'by-header', 'identifier', 'negation',
    ),
    (
        "Column: Hamster   Rule: starts with 'Ni'   Highlight: entire row   Sheet: Hamster Races",
        'TextStartsWith({Hamster}, "Ni")', 'rows', 'by-header', 'ascii-table', 'starts-ends',
    ),
    (
        "Color the full row if Hamster finishes with 'es' in sheet Hamster Races",
        'TextEndsWith({Hamster}, "es")', 'rows', 'by-header', 'annotator', 'starts-ends',
    ),
    (
        'highlight_rows_where_laps_in_top_3',
        'Top({Laps}, 3)', 'rows', 'by-header', 'identifier', 'superlative',
    ),
    (
        'Shade the rows described in note (a), entire row, sheet Hamster Races. (a) Laps is one of the '
        'bottom 3 values of the column',
        'Bottom({Laps}, 3)', 'rows', 'by-header', 'footnote', 'superlative',
    ),
    (
        'Column: Purse (NZ$)   Rule: top 20%   Highlight: entire row   Sheet: Hamster Races',
        'TopPercent({Purse (NZ$)}, 20)', 'rows', 'by-header', 'ascii-table', 'superlative',
    ),
    (
        'Action item: surface the whole row wherever Laps is in the bottom 20% of the column in Hamster '
        'Races, so leadership has line of sight.',
        'BottomPercent({Laps}, 20)', 'rows', 'by-header', 'jargon', 'superlative',
    ),
    (
        "Color the full row if Laps is above the column's average in sheet Hamster Races",
        'AboveAverage({Laps})', 'rows', 'by-header', 'annotator',
    ),
    (
        "How can I highlight the entire row when Purse (NZ$) (column H) is below the column's average? "
        'This is in Hamster Races.',
        'BelowAverage({Purse (NZ$)})', 'rows', 'by-header', 'forum',
    ),
    (
        'Please highlight the rows in Hamster Races that meet condition [1] (whole row). [1] Hamster is '
        'duplicated elsewhere in the column',
        'Duplicates({Hamster})', 'rows', 'by-header', 'footnote',
    ),
    (
        'highlight_rows_with_unique_hamster',
        'Unique({Hamster})', 'rows', 'by-header', 'identifier',
    ),
    (
        'Sheet:   Hamster Races\nColumn:  Notes\nRule:    blank\nApply:   entire row',
        'Blanks({Notes})', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'Color the full row if Notes has something in it (is not empty) in sheet Hamster Races',
        'NotBlanks({Notes})', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        'Sheet:   Hamster Races\nColumn:  Purse (NZ$)\nRule:    error values\nApply:   cell only',
        'Errors({Purse (NZ$)})', 'cells', 'by-header', 'ascii-table',
    ),
    (
        'hamster_races/mark-rows-where-heat-date-yesterday',
        'Yesterday({Heat Date})', 'rows', 'by-header', 'identifier', 'date',
    ),
    (
        "Quick win: flag each Heat Date value that is today's date in Hamster Races, just the cells, not "
        'the rows.',
        'Today({Heat Date})', 'cells', 'by-header', 'jargon', 'date',
    ),
    (
        "Highlight each row in sheet Hamster Races where Heat Date falls on tomorrow's date",
        'Tomorrow({Heat Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Color the full row if Heat Date falls within the past 7 days (counting today) in sheet Hamster '
        'Races',
        'Last7Days({Heat Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Column: Heat Date   Rule: last calendar week   Highlight: cell only   Sheet: Hamster Races',
        'LastWeek({Heat Date})', 'cells', 'by-header', 'ascii-table', 'date',
    ),
    (
        'Column: Heat Date   Rule: this week   Highlight: cell only   Sheet: Hamster Races',
        'ThisWeek({Heat Date})', 'cells', 'by-header', 'ascii-table', 'date',
    ),
    (
        'In Hamster Races, mark the Heat Date cells noted below* (just the cells).  *those whose value '
        'falls in this calendar month',
        'ThisMonth({Heat Date})', 'cells', 'by-header', 'footnote', 'date',
    ),
    (
        'Highlight the rows[1] in Hamster Races, whole rows. [1] the heats coming up next month',
        'NextMonth({Heat Date})', 'rows', 'by-meaning', 'footnote', 'date',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Laps | above average | cell only |\nsheet: Hamster '
        'Races',
        'AboveAverage({Laps})', 'cells', 'by-header', 'ascii-table',
    ),
]

TABLES['Apple Bobbing'] = _table("""
Round ID | Bobber | Bracket | Round Date | Apples | Time (s) | Tub Depth (cm) | Donation (CHF) | Towel Used? | Notes
AB-105 | Hattie Rowe | Kids | 2024-06-15 | 18 | 43 | 59 | 38 | No | ~
AB-108 | Fern Ashby | Seniors | 2024-06-04 | 20 | 8.5 | 23 | #NUM! | No | soaked through
AB-111 | Tilly Ward | Adults | 2024-06-07 | 19 | _ | 54 | 12 | Yes | water warm
AB-114 | Elodie Blanc | Teens | 2024-06-18 | 7 | 17.5 | 41 | 30 | No | _
AB-117 | Moana Te Rangi | Teens | 2024-06-27 | 4 | 23.5 | 35 | 52 | Yes | laughing fit
AB-120 | Benedikt Kraus | Kids | 2024-05-20 | 1 | 20 | 31 | 22 | Yes | bit the stalk
AB-123 | Arjun Mehta | Seniors | 2024-05-03 | 23 | 9 | 60 | 26 | Yes | soaked hair
AB-126 | Arjun Mehta | Adults | 2024-07-03 | 3 | 30.5 | 55 | 6 | Yes | gave up early
AB-129 | Omar Saleh | Adults | 2024-07-25 | 6 | 36.5 | 48 | 56 | No | bit two at once
AB-132 | Lars Nyberg | Teens | 2024-03-08 | 21 | 38.5 | 30 | 34 | No | gave up late
AB-135 | Omar Saleh | Kids | 2024-06-11 | 16 | 40.5 | 45 | _ | No | bit the stem
AB-138 | Queenie Shaw | Seniors | 2024-06-12 | 24 | 19 | 22 | 58 | No | quick grab
AB-141 | Yusuf Demir | Seniors | 2024-06-13 | 15 | 44 | skip | 16 | Yes | water cold
AB-144 | Carlos Mendes | Adults | 2024-06-10 | 13 | 16.5 | 42 | 42 | No | soaked sleeves
""")
ENTRIES['Apple Bobbing'] = [
    (
        'highlightRowsWhereApplesAbove16',
        'GreaterThan({Apples}, 16)', 'rows', 'by-header', 'identifier',
    ),
    (
        'apple_bobbing/mark_notes_cells_containing_soaked',
        'TextContains({Notes}, "soaked")', 'cells', 'by-header', 'identifier',
    ),
    (
        'highlightRowsWhereBracketNotContainingTeens',
        'TextNotContains({Bracket}, "Teens")', 'rows', 'by-header', 'identifier', 'negation',
    ),
    (
        'Colour the Bobber cells per note (a), sheet Apple Bobbing, cell only. (a) the value starts with '
        "'Ha'",
        'TextStartsWith({Bobber}, "Ha")', 'cells', 'by-header', 'footnote', 'starts-ends',
    ),
    (
        "Action item: surface every Bobber cell that finishes with 'we' for visibility. Cell-level only, "
        'sheet Apple Bobbing.',
        'TextEndsWith({Bobber}, "we")', 'cells', 'by-header', 'jargon', 'starts-ends',
    ),
    (
        'In my Apple Bobbing sheet, can I colour each Apples cell (column E) that is among the 3 highest '
        'values in the column? Just the cell itself.',
        'Top({Apples}, 3)', 'cells', 'by-header', 'forum', 'superlative',
    ),
    (
        'Please highlight the rows in Apple Bobbing that meet condition [1] (whole row). [1] Apples is one '
        'of the bottom 3 values of the column',
        'Bottom({Apples}, 3)', 'rows', 'by-header', 'footnote', 'superlative',
    ),
    (
        'Anyone know how to shade whole rows in Apple Bobbing where column H (Donation (CHF)) is in the '
        'top 20% of the column?',
        'TopPercent({Donation (CHF)}, 20)', 'rows', 'by-header', 'forum', 'superlative',
    ),
    (
        'apple_bobbing/shade_rows_where_apples_in_bottom_20_percent',
        'BottomPercent({Apples}, 20)', 'rows', 'by-header', 'identifier', 'superlative',
    ),
    (
        "Color the full row if Apples is above the column's average in sheet Apple Bobbing",
        'AboveAverage({Apples})', 'rows', 'by-header', 'annotator',
    ),
    (
        'Highlight cells in Donation (CHF) whose value is lower than the average of the column, sheet '
        'Apple Bobbing',
        'BelowAverage({Donation (CHF)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Low-hanging fruit: in Apple Bobbing, highlight entire rows where Bobber appears more than once in '
        'the column.',
        'Duplicates({Bobber})', 'rows', 'by-header', 'jargon',
    ),
    (
        'In Apple Bobbing, mark the Bobber cells noted below* (just the cells).  *those whose value is '
        'unique in the column (no repeats)',
        'Unique({Bobber})', 'cells', 'by-header', 'footnote',
    ),
    (
        'Sheet:   Apple Bobbing\nColumn:  Notes\nRule:    blank\nApply:   entire row',
        'Blanks({Notes})', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'highlightNonBlankNotesCells',
        'NotBlanks({Notes})', 'cells', 'by-header', 'identifier', 'negation',
    ),
    (
        'Low-hanging fruit: in Apple Bobbing, highlight entire rows where Donation (CHF) holds an error '
        'value.',
        'Errors({Donation (CHF)})', 'rows', 'by-header', 'jargon',
    ),
    (
        'apple_bobbing/shade_rows_where_donation_has_no_error',
        'NotErrors({Donation (CHF)})', 'rows', 'by-header', 'identifier', 'negation',
    ),
    (
        'Sheet:   Apple Bobbing\nColumn:  Tub Depth (cm)\nFormat:  color scale',
        'ColorScale({Tub Depth (cm)})', 'cells', 'by-header', 'ascii-table',
    ),
    (
        'add_data_bars_to_tub_depth',
        'DataBar({Tub Depth (cm)})', 'cells', 'by-header', 'identifier',
    ),
    (
        'Apply an icon set to Tub Depth (cm) in sheet Apple Bobbing',
        'IconSet({Tub Depth (cm)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'In Apple Bobbing, mark the Time (s) cells noted below* (just the cells).  *those whose value is '
        'above 17.5 and below 38.5',
        'AND(GreaterThan({Time (s)}, 17.5), LessThan({Time (s)}, 38.5))', 'cells', 'by-header', 'footnote',
    ),
    (
        'Sheet:   Apple Bobbing\nColumn:  Apples\nRule:    below 6 or above 20\nApply:   cell only',
        'OR(LessThan({Apples}, 6), GreaterThan({Apples}, 20))', 'cells', 'by-header', 'ascii-table', 'or',
    ),
    (
        "Highlight rows of the rounds not marked 'Adults' in sheet Apple Bobbing",
        'NOT(TextEquals({Bracket}, "Adults"))', 'rows', 'by-value', 'annotator', 'negation',
    ),
    (
        'apple_bobbing/flag_rows_where_round_date_yesterday',
        'Yesterday({Round Date})', 'rows', 'by-header', 'identifier', 'date',
    ),
    (
        'Sheet:   Apple Bobbing\nColumn:  Round Date\nRule:    today\nApply:   entire row',
        'Today({Round Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        "Quick win: flag each Round Date value that falls on tomorrow's date in Apple Bobbing, just the "
        'cells, not the rows.',
        'Tomorrow({Round Date})', 'cells', 'by-header', 'jargon', 'date',
    ),
    (
        'Action item: surface every Round Date cell that falls within the past 7 days (counting today) for '
        'visibility. Cell-level only, sheet Apple Bobbing.',
        'Last7Days({Round Date})', 'cells', 'by-header', 'jargon', 'date',
    ),
    (
        'In Apple Bobbing, mark the Round Date cells noted below* (just the cells).  *those whose value '
        'falls in last calendar week',
        'LastWeek({Round Date})', 'cells', 'by-header', 'footnote', 'date',
    ),
    (
        "Let's surface the rounds in the current week in Apple Bobbing as a quick win: entire row "
        'highlighted.',
        'ThisWeek({Round Date})', 'rows', 'by-meaning', 'jargon', 'date',
    ),
    (
        'appleBobbing.highlightRoundsInNextWeek',
        'NextWeek({Round Date})', 'rows', 'by-meaning', 'identifier', 'date',
    ),
    (
        "Action item: get eyes on last month's rounds in Apple Bobbing, whole rows highlighted for "
        'visibility.',
        'LastMonth({Round Date})', 'rows', 'by-meaning', 'jargon', 'date',
    ),
    (
        'Anyone know how to shade whole rows in Apple Bobbing where column E (Apples) is above the '
        "column's average?",
        'AboveAverage({Apples})', 'rows', 'by-header', 'forum',
    ),
]

TABLES['Spaghetti Towers'] = _table("""
Tower ID | Builder | Team | Build Date | Sticks Used | Height (cm) | Tape (cm) | Budget (A$) | Marshmallow Held? | Notes
ST-106 | Emil Novak | Early Birds | 2024-06-04 | 16 | 89.5 | 160 | 19 | No | _
ST-109 | Bongani Zulu | Night Owls | 2024-06-07 | 18 | 34 | 90 | _ | Yes | judges impressed
ST-112 | Grace Obi | Noodle Heads | 2024-06-18 | 44 | 91 | 145 | 12 | No | ~
ST-115 | Freya Lund | Lab Rats | 2024-06-27 | 58 | 67.5 | tba | 17 | No | base wobbly
ST-118 | Jonas Weber | Lab Rats | 2024-05-20 | 40 | 70.5 | 200 | 37 | Yes | leaned right
ST-121 | Mei Lin | Early Birds | 2024-05-03 | 46 | 42.5 | 185 | 27 | Yes | judges unsure
ST-124 | Tariq Aziz | Night Owls | 2024-07-03 | 20 | 34.5 | 120 | 5 | No | tall but bent
ST-127 | Lucia Romano | Noodle Heads | 2024-07-25 | 24 | 100.5 | 150 | 23 | Yes | collapsed twice
ST-130 | Cora Flynn | Noodle Heads | 2024-03-08 | 12 | _ | 180 | 16 | No | tape doubled
ST-133 | Henrik Dahl | Lab Rats | 2024-06-11 | 50 | 43 | 70 | 48 | No | tape ran out
ST-136 | Polly Hart | Early Birds | 2024-06-12 | 32 | 78 | 165 | #NAME? | No | leaned left
ST-139 | Ravi Iyer | Night Owls | 2024-06-13 | 42 | 61.5 | 80 | 31 | No | collapsed once
ST-142 | Grace Obi | Night Owls | 2024-06-10 | 28 | 76.5 | 30 | 26 | Yes | tall and thin
ST-145 | Mei Lin | Noodle Heads | 2024-06-15 | 34 | 32.5 | 75 | 38 | No | base too wide
""")
ENTRIES['Spaghetti Towers'] = [
    (
        'Column: Height (cm)   Rule: greater than 67.5   Highlight: entire row   Sheet: Spaghetti Towers',
        'GreaterThan({Height (cm)}, 67.5)', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'How do I highlight each cell in column E (Sticks Used) that is at least 34? Only those cells, not '
        'whole rows. Sheet is Spaghetti Towers.',
        'GreaterThanEqual({Sticks Used}, 34)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'Colour the Tape (cm) cells per note (a), sheet Spaghetti Towers, cell only. (a) the value is '
        'below 145',
        'LessThan({Tape (cm)}, 145)', 'cells', 'by-header', 'footnote',
    ),
    (
        'Column: Tape (cm)   Rule: at most 145   Highlight: entire row   Sheet: Spaghetti Towers',
        'LessThanEqual({Tape (cm)}, 145)', 'rows', 'by-header', 'ascii-table', 'boundary',
    ),
    (
        'Highlight each row in sheet Spaghetti Towers where Height (cm) is exactly 67.5',
        'Equals({Height (cm)}, 67.5)', 'rows', 'by-header', 'annotator',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Sticks Used | not equal to 34 | entire row |\n'
        'sheet: Spaghetti Towers',
        'NotEquals({Sticks Used}, 34)', 'rows', 'by-header', 'ascii-table', 'negation',
    ),
    (
        'In my Spaghetti Towers sheet, can I colour each Tape (cm) cell (column G) that is from 80 to 165, '
        'both ends included? Just the cell itself.',
        'Between({Tape (cm)}, 80, 165)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'Please highlight the rows in Spaghetti Towers that meet condition [1] (whole row). [1] Sticks '
        'Used is outside 20 to 44 (20 and 44 themselves count as inside)',
        'NotBetween({Sticks Used}, 20, 44)', 'rows', 'by-header', 'footnote', 'boundary', 'negation',
    ),
    (
        "Action item: get eyes on the towers listed under 'Lab Rats' in Spaghetti Towers, whole rows "
        'highlighted for visibility.',
        'TextEquals({Team}, "Lab Rats")', 'rows', 'by-value', 'jargon',
    ),
    (
        'spaghettiTowers.HighlightRowsWhereSticksUsedAboveAverage',
        'AboveAverage({Sticks Used})', 'rows', 'by-header', 'identifier',
    ),
    (
        "Let's circle back on Spaghetti Towers: any row where Budget (A$) is below the column's average "
        'needs the full row highlighted.',
        'BelowAverage({Budget (A$)})', 'rows', 'by-header', 'jargon',
    ),
    (
        'Sheet:   Spaghetti Towers\nColumn:  Builder\nRule:    duplicate values\nApply:   entire row',
        'Duplicates({Builder})', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'How do I highlight each cell in column B (Builder) that is unique in the column (no repeats)? '
        'Only those cells, not whole rows. Sheet is Spaghetti Towers.',
        'Unique({Builder})', 'cells', 'by-header', 'forum',
    ),
    (
        'spaghettiTowers.HighlightRowsWithBlankNotes',
        'Blanks({Notes})', 'rows', 'by-header', 'identifier',
    ),
    (
        'How can I highlight the entire row when Notes (column J) is not blank? This is in Spaghetti '
        'Towers.',
        'NotBlanks({Notes})', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        'Highlight each row in sheet Spaghetti Towers where Budget (A$) holds an error value',
        'Errors({Budget (A$)})', 'rows', 'by-header', 'annotator',
    ),
    (
        'Color the full row if Budget (A$) holds no error value in sheet Spaghetti Towers',
        'NotErrors({Budget (A$)})', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        'Add a color scale on the Tape (cm) column in sheet Spaghetti Towers',
        'ColorScale({Tape (cm)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Apply data bars to Tape (cm) in sheet Spaghetti Towers',
        'DataBar({Tape (cm)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'How do I add an icon set to column G (Tape (cm)) in my Spaghetti Towers sheet?',
        'IconSet({Tape (cm)})', 'cells', 'by-header', 'forum',
    ),
    (
        'mark_rows_where_height_above_42.5_and_below_78',
        'AND(GreaterThan({Height (cm)}, 42.5), LessThan({Height (cm)}, 78))', 'rows', 'by-header', 'identifier',
    ),
    (
        'Please highlight the rows in Spaghetti Towers that meet condition [1] (whole row). [1] Sticks '
        'Used is below 20 or above 44',
        'OR(LessThan({Sticks Used}, 20), GreaterThan({Sticks Used}, 44))', 'rows', 'by-header', 'footnote', 'or',
    ),
    (
        "How do I highlight the whole row for all towers except the 'Early Birds' ones in my Spaghetti "
        'Towers sheet?',
        'NOT(TextEquals({Team}, "Early Birds"))', 'rows', 'by-value', 'forum', 'negation',
    ),
    (
        "Let's circle back on Spaghetti Towers: any row where Build Date falls on tomorrow's date needs "
        'the full row highlighted.',
        'Tomorrow({Build Date})', 'rows', 'by-header', 'jargon', 'date',
    ),
    (
        'In my Spaghetti Towers sheet, can I colour each Build Date cell (column D) that is in the last 7 '
        'days, today included? Just the cell itself.',
        'Last7Days({Build Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'Apply fill to each Build Date cell that falls in last calendar week in sheet Spaghetti Towers '
        '(cells only)',
        'LastWeek({Build Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        'Shade the entire rows marked * in Spaghetti Towers.  * the towers in the current week',
        'ThisWeek({Build Date})', 'rows', 'by-meaning', 'footnote', 'date',
    ),
    (
        'Sheet:      Spaghetti Towers\nHighlight:  the towers in the next calendar week\nApply to:   '
        'entire row',
        'NextWeek({Build Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        "| sheet | rows to highlight | apply to |\n| Spaghetti Towers | last month's towers | entire row |",
        'LastMonth({Build Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        'Column: Build Date   Rule: this month   Highlight: cell only   Sheet: Spaghetti Towers',
        'ThisMonth({Build Date})', 'cells', 'by-header', 'ascii-table', 'date',
    ),
    (
        'How can I highlight the entire row when Build Date (column D) falls in the next calendar month? '
        'This is in Spaghetti Towers.',
        'NextMonth({Build Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        'Shade the rows described in note (a), entire row, sheet Spaghetti Towers. (a) Sticks Used is '
        "above the column's average",
        'AboveAverage({Sticks Used})', 'rows', 'by-header', 'footnote',
    ),
]

TABLES['Barstool Races'] = _table("""
Race ID | Rider | Stool Class | Race Date | Laps | Top Speed (km/h) | Stool (kg) | Fee (€) | Crashed? | Notes
BR-107 | Marta Kowal | Chrome | 2024-06-07 | 33 | 18.5 | 12.75 | _ | No | tight finish
BR-110 | Lola Ortega | Swivel | 2024-06-18 | 7 | 14.5 | 17.75 | 15 | No | ~
BR-113 | Femi Adeyemi | Wooden | 2024-06-27 | 20 | 34 | 8.25 | 65 | No | smooth start
BR-116 | Dex Harlan | Folding | 2024-05-20 | 11 | 30.5 | 4 | 30 | Yes | wheel squeaked
BR-119 | Viktor Sand | Folding | 2024-05-03 | 15 | 10.5 | 6 | 75 | Yes | smooth ride
BR-122 | Saskia Berg | Chrome | 2024-07-03 | 5 | 27.5 | 7.75 | 60 | Yes | spun twice
BR-125 | Noor Khalil | Swivel | 2024-07-25 | 27 | 26.5 | 19 | 10 | No | pit crew slow
BR-128 | Kit Maddox | Wooden | 2024-03-08 | 23 | 30 | 10.5 | 45 | Yes | tight corner
BR-131 | Marta Kowal | Wooden | 2024-06-11 | 30 | 38.5 | nil | 40 | No | loose bolt
BR-134 | Bram de Vries | Folding | 2024-06-12 | 22 | 39 | 18.25 | 35 | Yes | finish photo
BR-137 | Rosie Finch | Chrome | 2024-06-13 | 31 | 38 | 13.75 | #N/A | Yes | pit stop
BR-140 | Seamus Doyle | Swivel | 2024-06-10 | 8 | 22.5 | 7 | 85 | No | _
BR-143 | Noor Khalil | Swivel | 2024-06-15 | 34 | 40.5 | 6.75 | 90 | Yes | wheel squeaked loudly
BR-146 | Jed Carver | Wooden | 2024-06-04 | 32 | _ | 9.25 | 50 | No | spun out
""")
ENTRIES['Barstool Races'] = [
    (
        'How do I highlight each cell in column F (Top Speed (km/h)) that exceeds 30? Only those cells, '
        'not whole rows. Sheet is Barstool Races.',
        'GreaterThan({Top Speed (km/h)}, 30)', 'cells', 'by-header', 'forum',
    ),
    (
        'In my Barstool Races sheet, can I colour each Top Speed (km/h) cell (column F) that is at least '
        '30? Just the cell itself.',
        'GreaterThanEqual({Top Speed (km/h)}, 30)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'How can I highlight the entire row when Stool (kg) (column G) is below 9.25? This is in Barstool '
        'Races.',
        'LessThan({Stool (kg)}, 9.25)', 'rows', 'by-header', 'forum',
    ),
    (
        'How do I highlight each cell in column G (Stool (kg)) that is at most 9.25? Only those cells, not '
        'whole rows. Sheet is Barstool Races.',
        'LessThanEqual({Stool (kg)}, 9.25)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'In my Barstool Races sheet, can I colour each Laps cell (column E) that is equal to 23? Just the '
        'cell itself.',
        'Equals({Laps}, 23)', 'cells', 'by-header', 'forum',
    ),
    (
        'Color the full row if Laps is something other than 23 in sheet Barstool Races',
        'NotEquals({Laps}, 23)', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        'Low-hanging fruit: in Barstool Races, highlight entire rows where Stool (kg) is between 7 and '
        '13.75, inclusive.',
        'Between({Stool (kg)}, 7, 13.75)', 'rows', 'by-header', 'jargon', 'boundary',
    ),
    (
        'How can I highlight the entire row when Laps (column E) is not between 11 and 31 inclusive? This '
        'is in Barstool Races.',
        'NotBetween({Laps}, 11, 31)', 'rows', 'by-header', 'forum', 'boundary', 'negation',
    ),
    (
        "| sheet | rows to highlight | apply to |\n| Barstool Races | the races listed under 'Wooden' | "
        'entire row |',
        'TextEquals({Stool Class}, "Wooden")', 'rows', 'by-value', 'ascii-table',
    ),
    (
        "| column | rule | apply to |\n|---|---|---|\n| Notes | contains 'tight' | cell only |\nsheet: "
        'Barstool Races',
        'TextContains({Notes}, "tight")', 'cells', 'by-header', 'ascii-table',
    ),
    (
        "Column: Stool Class   Rule: does not contain 'Folding'   Highlight: entire row   Sheet: Barstool "
        'Races',
        'TextNotContains({Stool Class}, "Folding")', 'rows', 'by-header', 'ascii-table', 'negation',
    ),
    (
        'Please highlight the rows in Barstool Races that meet condition [1] (whole row). [1] Rider begins '
        "with 'Ma'",
        'TextStartsWith({Rider}, "Ma")', 'rows', 'by-header', 'footnote', 'starts-ends',
    ),
    (
        'In Barstool Races, mark the Rider cells noted below* (just the cells).  *those whose value ends '
        "with 'al'",
        'TextEndsWith({Rider}, "al")', 'cells', 'by-header', 'footnote', 'starts-ends',
    ),
    (
        'Sheet:   Barstool Races\nColumn:  Laps\nRule:    top 3 values\nApply:   entire row',
        'Top({Laps}, 3)', 'rows', 'by-header', 'ascii-table', 'superlative',
    ),
    (
        'Highlight the flagged Laps cells[1] in Barstool Races, cells only. [1] each value that is one of '
        'the bottom 3 values of the column',
        'Bottom({Laps}, 3)', 'cells', 'by-header', 'footnote', 'superlative',
    ),
    (
        "How do I highlight each cell in column H (Fee (€)) that falls in the column's highest 20 percent? "
        'Only those cells, not whole rows. Sheet is Barstool Races.',
        'TopPercent({Fee (€)}, 20)', 'cells', 'by-header', 'forum', 'superlative',
    ),
    (
        'Shade the rows described in note (a), entire row, sheet Barstool Races. (a) Laps is in the bottom '
        '20% of the column',
        'BottomPercent({Laps}, 20)', 'rows', 'by-header', 'footnote', 'superlative',
    ),
    (
        'Add the format in note (a) to Stool (kg), sheet Barstool Races. (a) a color scale',
        'ColorScale({Stool (kg)})', 'cells', 'by-header', 'footnote',
    ),
    (
        'barstoolRaces.AddDataBarsToStool',
        'DataBar({Stool (kg)})', 'cells', 'by-header', 'identifier',
    ),
    (
        'barstool_races/add_icon_set_to_stool',
        'IconSet({Stool (kg)})', 'cells', 'by-header', 'identifier',
    ),
    (
        'Column: Top Speed (km/h)   Rule: above 22.5 and below 38   Highlight: cell only   Sheet: Barstool '
        'Races',
        'AND(GreaterThan({Top Speed (km/h)}, 22.5), LessThan({Top Speed (km/h)}, 38))',
        'cells', 'by-header', 'ascii-table',
    ),
    (
        'Low-hanging fruit: in Barstool Races, highlight entire rows where Laps is under 11 or over 31.',
        'OR(LessThan({Laps}, 11), GreaterThan({Laps}, 31))', 'rows', 'by-header', 'jargon', 'or',
    ),
    (
        "Color the entire rows for all races except the 'Folding' ones, sheet Barstool Races",
        'NOT(TextEquals({Stool Class}, "Folding"))', 'rows', 'by-value', 'annotator', 'negation',
    ),
    (
        "Highlight each row in sheet Barstool Races where Race Date falls on yesterday's date",
        'Yesterday({Race Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        "Sheet:      Barstool Races\nHighlight:  today's races\nApply to:   entire row",
        'Today({Race Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        'Highlight rows of the races of the previous calendar week in sheet Barstool Races',
        'LastWeek({Race Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'Color the full row if Race Date falls in this week in sheet Barstool Races',
        'ThisWeek({Race Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Sheet:   Barstool Races\nColumn:  Race Date\nRule:    next week\nApply:   entire row',
        'NextWeek({Race Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        'barstool_races/mark_rows_where_race_date_in_last_month',
        'LastMonth({Race Date})', 'rows', 'by-header', 'identifier', 'date',
    ),
    (
        'Highlight the usual suspects* in Barstool Races, whole rows.  *rows where Race Date is in the '
        'current month',
        'ThisMonth({Race Date})', 'rows', 'by-header', 'footnote', 'date',
    ),
    (
        'Action item: get eyes on the races coming up next month in Barstool Races, whole rows highlighted '
        'for visibility.',
        'NextMonth({Race Date})', 'rows', 'by-meaning', 'jargon', 'date',
    ),
]

TABLES['Belly Flops'] = _table("""
Flop ID | Flopper | Category | Flop Date | Splash Score | Board Ht (m) | Ripples | Pledge (£) | Cape On? | Judges Notes
BL-108 | Mack Fuller | Tag Team | 2024-06-18 | 10 | 8 | 53 | 80 | No | red and sore
BL-111 | Sione Taufa | Legend | 2024-06-27 | 60 | 8.5 | 21 | 90 | No | red belly
BL-114 | Al Novak | Pro | 2024-05-20 | 90 | 6 | 32 | _ | Yes | quiet entry
BL-117 | Rory Blake | Rookie | 2024-05-03 | 30 | 7 | 34 | #VALUE! | No | slap heard
BL-120 | Dora Price | Rookie | 2024-07-03 | 45 | 1.5 | 41 | 30 | Yes | cape tangled
BL-123 | June Okoro | Tag Team | 2024-07-25 | 55 | 7.5 | 38 | 40 | Yes | _
BL-126 | Hanne Fink | Legend | 2024-03-08 | 25 | 5.5 | see note | 5 | No | crowd gasped
BL-129 | Bruno Salas | Pro | 2024-06-11 | 75 | 9 | 20 | 35 | No | huge splash
BL-132 | Wendy Kirk | Pro | 2024-06-12 | 95 | 2.5 | 17 | 100 | Yes | ~
BL-135 | Ada Quist | Rookie | 2024-06-13 | 85 | _ | 37 | 85 | Yes | crowd roared
BL-138 | Mack Fuller | Tag Team | 2024-06-10 | 80 | 10 | 57 | 65 | Yes | huge spray
BL-141 | Zeke Monroe | Legend | 2024-06-15 | 40 | 3.5 | 7 | 55 | No | perfect form
BL-144 | Ada Quist | Legend | 2024-06-04 | 50 | 6.5 | 49 | 95 | No | perfect slap
BL-147 | Pavel Nemec | Pro | 2024-06-07 | 15 | 4 | 35 | 50 | Yes | cape lost
""")
ENTRIES['Belly Flops'] = [
    (
        'bellyFlops.FlagRowsWhereRipplesUnder35',
        'LessThan({Ripples}, 35)', 'rows', 'by-header', 'identifier',
    ),
    (
        'bellyFlops.FlagRowsWhereRipplesAtMost35',
        'LessThanEqual({Ripples}, 35)', 'rows', 'by-header', 'identifier', 'boundary',
    ),
    (
        "Let's circle back on Belly Flops: any row where Board Ht (m) is exactly 6.5 needs the full row "
        'highlighted.',
        'Equals({Board Ht (m)}, 6.5)', 'rows', 'by-header', 'jargon',
    ),
    (
        'Action item: surface the whole row wherever Splash Score is something other than 55 in Belly '
        'Flops, so leadership has line of sight.',
        'NotEquals({Splash Score}, 55)', 'rows', 'by-header', 'jargon', 'negation',
    ),
    (
        'Low-hanging fruit: in Belly Flops, highlight entire rows where Ripples is between 21 and 41, '
        'inclusive.',
        'Between({Ripples}, 21, 41)', 'rows', 'by-header', 'jargon', 'boundary',
    ),
    (
        'shade_rows_where_splash_score_not_between_30_and_80_inclusive',
        'NotBetween({Splash Score}, 30, 80)', 'rows', 'by-header', 'identifier', 'boundary', 'negation',
    ),
    (
        "Is there a way to make the entire row stand out for the flops listed under 'Tag Team'? Sheet is "
        'Belly Flops.',
        'TextEquals({Category}, "Tag Team")', 'rows', 'by-value', 'forum',
    ),
    (
        "Highlight each row in sheet Belly Flops where Judges Notes has 'sore' somewhere in it",
        'TextContains({Judges Notes}, "sore")', 'rows', 'by-header', 'annotator',
    ),
    (
        "Column: Category   Rule: does not contain 'Legend'   Highlight: entire row   Sheet: Belly Flops",
        'TextNotContains({Category}, "Legend")', 'rows', 'by-header', 'ascii-table', 'negation',
    ),
    (
        "Highlight the usual suspects* in Belly Flops, whole rows.  *rows where Flopper starts with 'Ma'",
        'TextStartsWith({Flopper}, "Ma")', 'rows', 'by-header', 'footnote', 'starts-ends',
    ),
    (
        "How can I highlight the entire row when Flopper (column B) ends with 'er'? This is in Belly Flops.",
        'TextEndsWith({Flopper}, "er")', 'rows', 'by-header', 'forum', 'starts-ends',
    ),
    (
        'Column: Splash Score   Rule: top 3 values   Highlight: entire row   Sheet: Belly Flops',
        'Top({Splash Score}, 3)', 'rows', 'by-header', 'ascii-table', 'superlative',
    ),
    (
        'Quick win: flag each Splash Score value that is among the 3 lowest values in the column in Belly '
        'Flops, just the cells, not the rows.',
        'Bottom({Splash Score}, 3)', 'cells', 'by-header', 'jargon', 'superlative',
    ),
    (
        'Shade the rows described in note (a), entire row, sheet Belly Flops. (a) Pledge (£) is in the top '
        '20% of the column',
        'TopPercent({Pledge (£)}, 20)', 'rows', 'by-header', 'footnote', 'superlative',
    ),
    (
        'In my Belly Flops sheet, can I colour each Splash Score cell (column E) that falls in the lowest '
        '20 percent of the column? Just the cell itself.',
        'BottomPercent({Splash Score}, 20)', 'cells', 'by-header', 'forum', 'superlative',
    ),
    (
        'Apply fill to each Splash Score cell that is higher than the column average in sheet Belly Flops '
        '(cells only)',
        'AboveAverage({Splash Score})', 'cells', 'by-header', 'annotator',
    ),
    (
        'flag_rows_where_pledge_below_average',
        'BelowAverage({Pledge (£)})', 'rows', 'by-header', 'identifier',
    ),
    (
        'Apply fill to each Flopper cell that appears more than once in the column in sheet Belly Flops '
        '(cells only)',
        'Duplicates({Flopper})', 'cells', 'by-header', 'annotator',
    ),
    (
        'In Belly Flops, mark the Flopper cells noted below* (just the cells).  *those whose value is '
        'unique in the column (no repeats)',
        'Unique({Flopper})', 'cells', 'by-header', 'footnote',
    ),
    (
        'Anyone know how to shade whole rows in Belly Flops where column J (Judges Notes) is blank?',
        'Blanks({Judges Notes})', 'rows', 'by-header', 'forum',
    ),
    (
        'Column: Judges Notes   Rule: not blank   Highlight: entire row   Sheet: Belly Flops',
        'NotBlanks({Judges Notes})', 'rows', 'by-header', 'ascii-table', 'negation',
    ),
    (
        'Action item: surface every Pledge (£) cell that holds an error value for visibility. Cell-level '
        'only, sheet Belly Flops.',
        'Errors({Pledge (£)})', 'cells', 'by-header', 'jargon',
    ),
    (
        'Please highlight the rows in Belly Flops that meet condition [1] (whole row). [1] Pledge (£) is '
        'not an Excel error',
        'NotErrors({Pledge (£)})', 'rows', 'by-header', 'footnote', 'negation',
    ),
    (
        'Action item: get eyes on the flops from yesterday in Belly Flops, whole rows highlighted for '
        'visibility.',
        'Yesterday({Flop Date})', 'rows', 'by-meaning', 'jargon', 'date',
    ),
    (
        'Highlight the flagged Flop Date cells[1] in Belly Flops, cells only. [1] each value that is '
        "today's date",
        'Today({Flop Date})', 'cells', 'by-header', 'footnote', 'date',
    ),
    (
        'Column: Flop Date   Rule: tomorrow   Highlight: cell only   Sheet: Belly Flops',
        'Tomorrow({Flop Date})', 'cells', 'by-header', 'ascii-table', 'date',
    ),
    (
        'Highlight rows of the flops of the last 7 days, today included in sheet Belly Flops',
        'Last7Days({Flop Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'shade_flop_date_cells_in_next_week',
        'NextWeek({Flop Date})', 'cells', 'by-header', 'identifier', 'date',
    ),
    (
        "Action item: get eyes on last month's flops in Belly Flops, whole rows highlighted for visibility.",
        'LastMonth({Flop Date})', 'rows', 'by-meaning', 'jargon', 'date',
    ),
    (
        'Highlight the usual suspects* in Belly Flops, whole rows.  *rows where Flop Date is in the '
        'current month',
        'ThisMonth({Flop Date})', 'rows', 'by-header', 'footnote', 'date',
    ),
    (
        'Apply fill to each Flop Date cell that is in next month in sheet Belly Flops (cells only)',
        'NextMonth({Flop Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        "Color the full row if Splash Score is above the column's average in sheet Belly Flops",
        'AboveAverage({Splash Score})', 'rows', 'by-header', 'annotator',
    ),
]

TABLES['Ring Tosses'] = _table("""
Toss ID | Tosser | Booth | Toss Date | Ringers | Distance (m) | Rings Thrown | Prize Value ($) | Won Prize? | Notes
RT-109 | Mabel Cross | Carnival | 2024-06-27 | 14 | 3 | 22 | 32 | Yes | bounced twice
RT-112 | Dina Kaye | Fairground | 2024-05-20 | 7 | 3.75 | 23 | 2 | No | lucky ringer
RT-115 | Luis Paredes | Church Fair | 2024-05-03 | 16 | 2.5 | 28 | 44 | No | ~
RT-118 | Ayo Bello | School Fete | 2024-07-03 | 1 | _ | 30 | 16 | No | bounced off
RT-121 | Stella Grant | School Fete | 2024-07-25 | 10 | 8 | unknown | 8 | No | lucky streak
RT-124 | Dina Kaye | Carnival | 2024-03-08 | 15 | 1 | 18 | 36 | No | wind dropped
RT-127 | Ty Brooks | Fairground | 2024-06-11 | 3 | 1.25 | 8 | _ | Yes | leaning peg again
RT-130 | Ingrid Solberg | Church Fair | 2024-06-12 | 25 | 7.75 | 7 | 20 | No | wind gust
RT-133 | Luis Paredes | Church Fair | 2024-06-13 | 19 | 6.25 | 26 | 48 | No | new rings
RT-136 | Nell Archer | School Fete | 2024-06-10 | 24 | 1.5 | 19 | #DIV/0! | No | leaning peg
RT-139 | Walt Emery | Carnival | 2024-06-15 | 12 | 5.5 | 34 | 22 | No | _
RT-142 | Rosa Lima | Fairground | 2024-06-04 | 5 | 2.75 | 37 | 6 | No | steady arm
RT-145 | Kenji Mori | Fairground | 2024-06-07 | 13 | 2.25 | 33 | 18 | Yes | steady throw
RT-148 | Finn O'Hara | Church Fair | 2024-06-18 | 20 | 5.25 | 39 | 40 | Yes | bounced out
""")
ENTRIES['Ring Tosses'] = [
    (
        'Highlight the flagged Ringers cells[1] in Ring Tosses, cells only. [1] each value that is greater '
        'than 14',
        'GreaterThan({Ringers}, 14)', 'cells', 'by-header', 'footnote',
    ),
    (
        'Highlight the usual suspects* in Ring Tosses, whole rows.  *rows where Ringers is 14 or more',
        'GreaterThanEqual({Ringers}, 14)', 'rows', 'by-header', 'footnote', 'boundary',
    ),
    (
        "Let's circle back on Ring Tosses: any row where Booth doesn't include the text 'Church' needs the "
        'full row highlighted.',
        'TextNotContains({Booth}, "Church")', 'rows', 'by-header', 'jargon', 'negation',
    ),
    (
        "Highlight cells in Tosser whose value begins with 'Ma', sheet Ring Tosses",
        'TextStartsWith({Tosser}, "Ma")', 'cells', 'by-header', 'annotator', 'starts-ends',
    ),
    (
        "Anyone know how to shade whole rows in Ring Tosses where column B (Tosser) ends with 'ss'?",
        'TextEndsWith({Tosser}, "ss")', 'rows', 'by-header', 'forum', 'starts-ends',
    ),
    (
        'Low-hanging fruit: in Ring Tosses, highlight entire rows where Ringers is one of the top 3 values '
        'of the column.',
        'Top({Ringers}, 3)', 'rows', 'by-header', 'jargon', 'superlative',
    ),
    (
        'Highlight the usual suspects* in Ring Tosses, whole rows.  *rows where Ringers is one of the '
        'bottom 3 values of the column',
        'Bottom({Ringers}, 3)', 'rows', 'by-header', 'footnote', 'superlative',
    ),
    (
        "Highlight each row in sheet Ring Tosses where Prize Value ($) falls in the column's highest 20 "
        'percent',
        'TopPercent({Prize Value ($)}, 20)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'markRingersCellsInBottom20Percent',
        'BottomPercent({Ringers}, 20)', 'cells', 'by-header', 'identifier', 'superlative',
    ),
    (
        'ring_tosses/highlight_rows_where_ringers_above_average',
        'AboveAverage({Ringers})', 'rows', 'by-header', 'identifier',
    ),
    (
        'Anyone know how to shade whole rows in Ring Tosses where column H (Prize Value ($)) is below the '
        "column's average?",
        'BelowAverage({Prize Value ($)})', 'rows', 'by-header', 'forum',
    ),
    (
        'How do I highlight each cell in column B (Tosser) that is duplicated elsewhere in the column? '
        'Only those cells, not whole rows. Sheet is Ring Tosses.',
        'Duplicates({Tosser})', 'cells', 'by-header', 'forum',
    ),
    (
        'Highlight cells in Tosser whose value appears only once in the column, sheet Ring Tosses',
        'Unique({Tosser})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Highlight cells in Notes whose value is empty, sheet Ring Tosses',
        'Blanks({Notes})', 'cells', 'by-header', 'annotator',
    ),
    (
        "Per our sync, let's highlight any Notes cell that is not blank in Ring Tosses; cells only, no "
        'need to boil the ocean.',
        'NotBlanks({Notes})', 'cells', 'by-header', 'jargon', 'negation',
    ),
    (
        'Sheet:   Ring Tosses\nColumn:  Prize Value ($)\nRule:    error values\nApply:   entire row',
        'Errors({Prize Value ($)})', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'Colour the Prize Value ($) cells per note (a), sheet Ring Tosses, cell only. (a) the value holds '
        'no error value',
        'NotErrors({Prize Value ($)})', 'cells', 'by-header', 'footnote', 'negation',
    ),
    (
        'ApplyColorScaleToRingsThrown',
        'ColorScale({Rings Thrown})', 'cells', 'by-header', 'identifier',
    ),
    (
        "Action item: let's get data bars onto the Rings Thrown column of Ring Tosses so the trend pops "
        'for stakeholders.',
        'DataBar({Rings Thrown})', 'cells', 'by-header', 'jargon',
    ),
    (
        'Add an icon set on the Rings Thrown column in sheet Ring Tosses',
        'IconSet({Rings Thrown})', 'cells', 'by-header', 'annotator',
    ),
    (
        'ring_tosses/mark_rows_where_distance_above_2.25_and_below_5.5',
        'AND(GreaterThan({Distance (m)}, 2.25), LessThan({Distance (m)}, 5.5))', 'rows', 'by-header', 'identifier',
    ),
    (
        'Sheet:   Ring Tosses\nColumn:  Ringers\nRule:    below 7 or above 19\nApply:   cell only',
        'OR(LessThan({Ringers}, 7), GreaterThan({Ringers}, 19))', 'cells', 'by-header', 'ascii-table', 'or',
    ),
    (
        "Action item: surface every Booth cell that is anything other than 'School Fete' for visibility. "
        'Cell-level only, sheet Ring Tosses.',
        'NOT(TextEquals({Booth}, "School Fete"))', 'cells', 'by-header', 'jargon', 'negation',
    ),
    (
        'Sheet:   Ring Tosses\nColumn:  Toss Date\nRule:    yesterday\nApply:   cell only',
        'Yesterday({Toss Date})', 'cells', 'by-header', 'ascii-table', 'date',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Toss Date | today | entire row |\nsheet: Ring '
        'Tosses',
        'Today({Toss Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        'In my Ring Tosses sheet, can I colour each Toss Date cell (column D) that is tomorrow? Just the '
        'cell itself.',
        'Tomorrow({Toss Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'Is there a way to make the entire row stand out for the tosses of the last 7 days, today '
        'included? Sheet is Ring Tosses.',
        'Last7Days({Toss Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        'Low-hanging fruit: in Ring Tosses, highlight entire rows where Toss Date falls in last calendar '
        'week.',
        'LastWeek({Toss Date})', 'rows', 'by-header', 'jargon', 'date',
    ),
    (
        'Highlight cells in Toss Date whose value is in the current calendar week, sheet Ring Tosses',
        'ThisWeek({Toss Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        "Let's surface the tosses held this month in Ring Tosses as a quick win: entire row highlighted.",
        'ThisMonth({Toss Date})', 'rows', 'by-meaning', 'jargon', 'date',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Toss Date | next month | entire row |\nsheet: Ring '
        'Tosses',
        'NextMonth({Toss Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        'Apply fill to each Ringers cell that is higher than the column average in sheet Ring Tosses '
        '(cells only)',
        'AboveAverage({Ringers})', 'cells', 'by-header', 'annotator',
    ),
]

TABLES['Cannonball Dives'] = _table("""
Dive ID | Diver | Pool | Dive Date | Splash (cm) | Board (m) | Judges Score | Ticket (HK$) | Tuck Held? | Notes
CD-110 | Mina Park | Quarry | 2024-05-20 | 170 | 4 | 15 | 50 | No | massive plume
CD-113 | Koa Kahale | Lido | 2024-05-03 | 50 | 1 | 86 | 100 | No | tuck held tight
CD-116 | Sadie Pike | Hotel | 2024-07-03 | 270 | 3 | 88 | 170 | No | _
CD-119 | Koa Kahale | Leisure Centre | 2024-07-25 | 390 | 2 | 10 | _ | No | plume hit judges
CD-122 | Raul Vega | Leisure Centre | 2024-03-08 | 70 | 9 | 77 | 260 | Yes | massive wave
CD-125 | Chidi Eze | Quarry | 2024-06-11 | 290 | 5.5 | 34 | 190 | Yes | cold water
CD-128 | Oskar Berg | Lido | 2024-06-12 | 120 | 5 | 37 | 70 | No | ~
CD-131 | Sadie Pike | Hotel | 2024-06-13 | 220 | 3.5 | 14 | #REF! | No | lifeguard laughed
CD-134 | Goran Ilic | Hotel | 2024-06-10 | 110 | 4.5 | 53 | 30 | No | late jump
CD-137 | Manny Ortiz | Leisure Centre | 2024-06-15 | 250 | 7 | 71 | 20 | Yes | late entry
CD-140 | Trixie Dunn | Quarry | 2024-06-04 | 160 | 1.5 | x | 200 | No | lifeguard whistled
CD-143 | Wes Holden | Lido | 2024-06-07 | 180 | 6.5 | 19 | 160 | Yes | tuck slipped
CD-146 | Leilani Kai | Lido | 2024-06-18 | 330 | _ | 74 | 150 | Yes | wave reached seats
CD-149 | Britta Lund | Hotel | 2024-06-27 | 340 | 8.5 | 76 | 120 | Yes | tuck opened
""")
ENTRIES['Cannonball Dives'] = [
    (
        'Sheet:   Cannonball Dives\nColumn:  Board (m)\nRule:    greater than 4.5\nApply:   cell only',
        'GreaterThan({Board (m)}, 4.5)', 'cells', 'by-header', 'ascii-table',
    ),
    (
        'Highlight cells in Splash (cm) whose value is at least 220, sheet Cannonball Dives',
        'GreaterThanEqual({Splash (cm)}, 220)', 'cells', 'by-header', 'annotator', 'boundary',
    ),
    (
        'mark_judges_score_cells_below_53',
        'LessThan({Judges Score}, 53)', 'cells', 'by-header', 'identifier',
    ),
    (
        'Highlight each row in sheet Cannonball Dives where Judges Score is at most 53',
        'LessThanEqual({Judges Score}, 53)', 'rows', 'by-header', 'annotator', 'boundary',
    ),
    (
        'Sheet:   Cannonball Dives\nColumn:  Board (m)\nRule:    equal to 4.5\nApply:   entire row',
        'Equals({Board (m)}, 4.5)', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'Column: Splash (cm)   Rule: not equal to 250   Highlight: cell only   Sheet: Cannonball Dives',
        'NotEquals({Splash (cm)}, 250)', 'cells', 'by-header', 'ascii-table', 'negation',
    ),
    (
        'shadeJudgesScoreCellsBetween19And76Inclusive',
        'Between({Judges Score}, 19, 76)', 'cells', 'by-header', 'identifier', 'boundary',
    ),
    (
        'In my Cannonball Dives sheet, can I colour each Splash (cm) cell (column E) that is not between '
        '120 and 290 inclusive? Just the cell itself.',
        'NotBetween({Splash (cm)}, 120, 290)', 'cells', 'by-header', 'forum', 'boundary', 'negation',
    ),
    (
        "Shade the rows described in note (a), entire row, sheet Cannonball Dives. (a) Pool reads 'Quarry' "
        'exactly',
        'TextEquals({Pool}, "Quarry")', 'rows', 'by-header', 'footnote',
    ),
    (
        "Highlight each row in sheet Cannonball Dives where Notes includes the text 'massive'",
        'TextContains({Notes}, "massive")', 'rows', 'by-header', 'annotator',
    ),
    (
        'Low-hanging fruit: in Cannonball Dives, highlight entire rows where Ticket (HK$) is lower than '
        'the average of the column.',
        'BelowAverage({Ticket (HK$)})', 'rows', 'by-header', 'jargon',
    ),
    (
        'mark_rows_with_duplicate_diver',
        'Duplicates({Diver})', 'rows', 'by-header', 'identifier',
    ),
    (
        'Sheet:   Cannonball Dives\nColumn:  Diver\nRule:    unique values\nApply:   cell only',
        'Unique({Diver})', 'cells', 'by-header', 'ascii-table',
    ),
    (
        'Low-hanging fruit: in Cannonball Dives, highlight entire rows where Notes is empty.',
        'Blanks({Notes})', 'rows', 'by-header', 'jargon',
    ),
    (
        'Action item: surface every Notes cell that has something in it (is not empty) for visibility. '
        'Cell-level only, sheet Cannonball Dives.',
        'NotBlanks({Notes})', 'cells', 'by-header', 'jargon', 'negation',
    ),
    (
        'cannonball_dives/shade-rows-where-ticket-has-error',
        'Errors({Ticket (HK$)})', 'rows', 'by-header', 'identifier',
    ),
    (
        'In my Cannonball Dives sheet, can I colour each Ticket (HK$) cell (column H) that is not an Excel '
        'error? Just the cell itself.',
        'NotErrors({Ticket (HK$)})', 'cells', 'by-header', 'forum', 'negation',
    ),
    (
        'Add a color scale on the Judges Score column in sheet Cannonball Dives',
        'ColorScale({Judges Score})', 'cells', 'by-header', 'annotator',
    ),
    (
        'How do I add data bars to column G (Judges Score) in my Cannonball Dives sheet?',
        'DataBar({Judges Score})', 'cells', 'by-header', 'forum',
    ),
    (
        'How do I add an icon set to column G (Judges Score) in my Cannonball Dives sheet?',
        'IconSet({Judges Score})', 'cells', 'by-header', 'forum',
    ),
    (
        'Sheet:   Cannonball Dives\nColumn:  Board (m)\nRule:    above 3 and below 6.5\nApply:   entire row',
        'AND(GreaterThan({Board (m)}, 3), LessThan({Board (m)}, 6.5))', 'rows', 'by-header', 'ascii-table',
    ),
    (
        'Apply fill to each Splash (cm) cell that is below 120 or above 290 in sheet Cannonball Dives '
        '(cells only)',
        'OR(LessThan({Splash (cm)}, 120), GreaterThan({Splash (cm)}, 290))', 'cells', 'by-header', 'annotator', 'or',
    ),
    (
        "Highlight the rows[1] in Cannonball Dives, whole rows. [1] all dives except the 'Lido' ones",
        'NOT(TextEquals({Pool}, "Lido"))', 'rows', 'by-value', 'footnote', 'negation',
    ),
    (
        'Sheet:      Cannonball Dives\nHighlight:  the dives from yesterday\nApply to:   entire row',
        'Yesterday({Dive Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        'Highlight each row in sheet Cannonball Dives where Dive Date is today',
        'Today({Dive Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Sheet:   Cannonball Dives\nColumn:  Dive Date\nRule:    tomorrow\nApply:   cell only',
        'Tomorrow({Dive Date})', 'cells', 'by-header', 'ascii-table', 'date',
    ),
    (
        'Highlight rows of the dives of the last 7 days, today included in sheet Cannonball Dives',
        'Last7Days({Dive Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'Colour the Dive Date cells per note (a), sheet Cannonball Dives, cell only. (a) the value falls '
        'in last calendar week',
        'LastWeek({Dive Date})', 'cells', 'by-header', 'footnote', 'date',
    ),
    (
        'Column: Dive Date   Rule: this week   Highlight: cell only   Sheet: Cannonball Dives',
        'ThisWeek({Dive Date})', 'cells', 'by-header', 'ascii-table', 'date',
    ),
    (
        '| column | rule | apply to |\n|---|---|---|\n| Dive Date | next week | entire row |\nsheet: '
        'Cannonball Dives',
        'NextWeek({Dive Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        "Sheet:      Cannonball Dives\nHighlight:  last month's dives\nApply to:   entire row",
        'LastMonth({Dive Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
]

TABLES['Card Houses'] = _table("""
Build ID | Builder | Deck | Build Date | Storeys | Cards Used | Build Time (min) | Entry (kr) | Collapsed? | Notes
HC-111 | Nikhil Rao | Tarot | 2024-05-03 | 19 | 128 | 69 | 80 | No | cards bent
HC-114 | Ulla Berg | Bridge | 2024-07-03 | 10 | 140 | 24 | 120 | Yes | patient build
HC-117 | Pierre Lacroix | Poker | 2024-07-25 | 9 | 104 | 97 | #NUM! | Yes | steady base
HC-120 | Hanna Ek | Uno | 2024-03-08 | 11 | 172 | 38 | 260 | Yes | draught again
HC-123 | Jules Martin | Uno | 2024-06-11 | 8 | 32 | 36 | 220 | Yes | steady hands
HC-126 | Pierre Lacroix | Tarot | 2024-06-12 | 5 | _ | 63 | 240 | Yes | sneezed twice
HC-129 | Vera Stone | Bridge | 2024-06-13 | 2 | 36 | 120 | 140 | Yes | ~
HC-132 | Ulla Berg | Poker | 2024-06-10 | 15 | 100 | 78 | _ | No | draught from door
HC-135 | Barney Cole | Poker | 2024-06-15 | 14 | 152 | ? | 280 | No | door open
HC-138 | Keiko Sato | Uno | 2024-06-04 | 6 | 52 | 21 | 200 | No | sneezed nearby
HC-141 | Agnes Holt | Tarot | 2024-06-07 | 17 | 196 | 81 | 180 | Yes | door slammed
HC-144 | Tomasz Wrobel | Bridge | 2024-06-18 | 12 | 24 | 94 | 60 | No | bent corner
HC-147 | Cosmo Reed | Bridge | 2024-06-27 | 3 | 116 | 112 | 40 | Yes | cards new
HC-150 | Rhoda Finch | Poker | 2024-05-20 | 18 | 76 | 54 | 300 | Yes | _
""")
ENTRIES['Card Houses'] = [
    (
        'cardHouses.FlagRowsWhereStoreysOver11',
        'GreaterThan({Storeys}, 11)', 'rows', 'by-header', 'identifier',
    ),
    (
        "Per our sync, let's highlight any Cards Used cell that is at or north of 104 in Card Houses; "
        'cells only, no need to boil the ocean.',
        'GreaterThanEqual({Cards Used}, 104)', 'cells', 'by-header', 'jargon', 'boundary',
    ),
    (
        'Quick win: flag each Build Time (min) value that is below 69 in Card Houses, just the cells, not '
        'the rows.',
        'LessThan({Build Time (min)}, 69)', 'cells', 'by-header', 'jargon',
    ),
    (
        'In Card Houses, mark the Build Time (min) cells noted below* (just the cells).  *those whose '
        'value is 69 or less',
        'LessThanEqual({Build Time (min)}, 69)', 'cells', 'by-header', 'footnote', 'boundary',
    ),
    (
        "Let's circle back on Card Houses: any row where Storeys is equal to 11 needs the full row "
        'highlighted.',
        'Equals({Storeys}, 11)', 'rows', 'by-header', 'jargon',
    ),
    (
        'card_houses/highlight-rows-where-storeys-not-equal-to-11',
        'NotEquals({Storeys}, 11)', 'rows', 'by-header', 'identifier', 'negation',
    ),
    (
        "Per our sync, let's highlight any Build Time (min) cell that lies in the range 38 to 94 "
        '(inclusive) in Card Houses; cells only, no need to boil the ocean.',
        'Between({Build Time (min)}, 38, 94)', 'cells', 'by-header', 'jargon', 'boundary',
    ),
    (
        'Apply fill to each Storeys cell that falls outside the inclusive range 6 to 15 in sheet Card '
        'Houses (cells only)',
        'NotBetween({Storeys}, 6, 15)', 'cells', 'by-header', 'annotator', 'boundary', 'negation',
    ),
    (
        "Highlight the rows[1] in Card Houses, whole rows. [1] every one of the 'Bridge' builds",
        'TextEquals({Deck}, "Bridge")', 'rows', 'by-value', 'footnote',
    ),
    (
        'cardHouses.ShadeRowsWhereNotesContainingCards',
        'TextContains({Notes}, "cards")', 'rows', 'by-header', 'identifier',
    ),
    (
        "Low-hanging fruit: in Card Houses, highlight entire rows where Deck has no 'Poker' anywhere in it.",
        'TextNotContains({Deck}, "Poker")', 'rows', 'by-header', 'jargon', 'negation',
    ),
    (
        'In Card Houses, mark the Builder cells noted below* (just the cells).  *those whose value starts '
        "with 'Ni'",
        'TextStartsWith({Builder}, "Ni")', 'cells', 'by-header', 'footnote', 'starts-ends',
    ),
    (
        "How do I highlight each cell in column B (Builder) that finishes with 'ao'? Only those cells, not "
        'whole rows. Sheet is Card Houses.',
        'TextEndsWith({Builder}, "ao")', 'cells', 'by-header', 'forum', 'starts-ends',
    ),
    (
        'card_houses/highlight_storeys_cells_in_top_3',
        'Top({Storeys}, 3)', 'cells', 'by-header', 'identifier', 'superlative',
    ),
    (
        'Sheet:   Card Houses\nColumn:  Storeys\nRule:    bottom 3 values\nApply:   cell only',
        'Bottom({Storeys}, 3)', 'cells', 'by-header', 'ascii-table', 'superlative',
    ),
    (
        "Apply fill to each Entry (kr) cell that falls in the column's highest 20 percent in sheet Card "
        'Houses (cells only)',
        'TopPercent({Entry (kr)}, 20)', 'cells', 'by-header', 'annotator', 'superlative',
    ),
    (
        'cardHouses.FlagRowsWhereStoreysInBottom20Percent',
        'BottomPercent({Storeys}, 20)', 'rows', 'by-header', 'identifier', 'superlative',
    ),
    (
        'flag-rows-where-storeys-above-average',
        'AboveAverage({Storeys})', 'rows', 'by-header', 'identifier',
    ),
    (
        'Sheet:   Card Houses\nColumn:  Build Time (min)\nFormat:  data bars',
        'DataBar({Build Time (min)})', 'cells', 'by-header', 'ascii-table',
    ),
    (
        'Apply an icon set to Build Time (min) in sheet Card Houses',
        'IconSet({Build Time (min)})', 'cells', 'by-header', 'annotator',
    ),
    (
        "Per our sync, let's highlight any Storeys cell that is above 6 and below 15 in Card Houses; cells "
        'only, no need to boil the ocean.',
        'AND(GreaterThan({Storeys}, 6), LessThan({Storeys}, 15))', 'cells', 'by-header', 'jargon',
    ),
    (
        'card_houses/highlight-storeys-cells-below-6-or-above-15',
        'OR(LessThan({Storeys}, 6), GreaterThan({Storeys}, 15))', 'cells', 'by-header', 'identifier', 'or',
    ),
    (
        "Highlight rows of all builds except the 'Poker' ones in sheet Card Houses",
        'NOT(TextEquals({Deck}, "Poker"))', 'rows', 'by-value', 'annotator', 'negation',
    ),
    (
        'Sheet:   Card Houses\nColumn:  Build Date\nRule:    tomorrow\nApply:   entire row',
        'Tomorrow({Build Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        'Highlight the rows[1] in Card Houses, whole rows. [1] the builds of the last 7 days, today '
        'included',
        'Last7Days({Build Date})', 'rows', 'by-meaning', 'footnote', 'date',
    ),
    (
        'Highlight cells in Build Date whose value falls in last calendar week, sheet Card Houses',
        'LastWeek({Build Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        'Column: Build Date   Rule: this week   Highlight: entire row   Sheet: Card Houses',
        'ThisWeek({Build Date})', 'rows', 'by-header', 'ascii-table', 'date',
    ),
    (
        'cardHouses.markBuildDateCellsInNextWeek',
        'NextWeek({Build Date})', 'cells', 'by-header', 'identifier', 'date',
    ),
    (
        "| sheet | rows to highlight | apply to |\n| Card Houses | last month's builds | entire row |",
        'LastMonth({Build Date})', 'rows', 'by-meaning', 'ascii-table', 'date',
    ),
    (
        'shadeBuildDateCellsInThisMonth',
        'ThisMonth({Build Date})', 'cells', 'by-header', 'identifier', 'date',
    ),
    (
        'Shade the rows described in note (a), entire row, sheet Card Houses. (a) Build Date falls in the '
        'next calendar month',
        'NextMonth({Build Date})', 'rows', 'by-header', 'footnote', 'date',
    ),
    (
        'Anyone know how to shade whole rows in Card Houses where column E (Storeys) is higher than the '
        'column average?',
        'AboveAverage({Storeys})', 'rows', 'by-header', 'forum',
    ),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
