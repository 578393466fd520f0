"""A twenty-sixth set of table requests, about a third of them header-only, and the builder of
twentysixth_tables.json.

Written on 2026-12-07 between 17:44 and 17:56 UTC (by `date -u` on this machine: 17:44:29 at the start) by engineer
E26t, who had read neither the assistant's code nor any set's wordings, so that the team has table requests nobody
has tuned on. The eleven tables (elephant polo chukkas, lawnmower races, hobby horse rounds, extreme ironing shots,
haggis hurls, frog jumps, tiddlywinks games, pillow fight bouts, wok race runs, sack race heats, wheelbarrow races)
and every request were written from scratch. Each table has 10 columns in the same roles (A a code, B a name, C a
category, D a date, E to H four number columns, I a yes/no column, J free text); headers carry units, currencies
and question marks (`Mount (t)`, `Fee (₹)`, `Home?`, `Best Lap (s)`, `Deck (in)`, `Entry (£)`, `Blade Off?`, `Stick
(cm)`, `Fee (€)`, `Clear?`, `Altitude (m)`, `Board (kg)`, `Sponsor ($)`, `Steam?`, `Dist (m)`, `Haggis (lb)`,
`Purse (£)`, `Split?`, `Dist (in)`, `Frog (g)`, `Prize (US$)`, `Rental?`, `Wink (mm)`, `Stake (£)`, `Potout?`,
`Pillow (g)`, `Ticket (A$)`, `Burst?`, `Top Speed (km/h)`, `Wok (cm)`, `Entry (CHF)`, `Crashed?`, `Time (s)`, `Sack
(L)`, `Pledges (£)`, `Finished?`, `Load (kg)`, `Donations (€)`, `Pub Stop?`), and the cells dates, money (plain
numbers under a currency header), integers, decimals in quarter or half steps, codes, yes/no values, free text
(mahouts, drivers, riders, ironers, hurlers, jockeys, winkers, fighters, racers, runners, pushers: twelve people a
table, two of them written twice; teams, mower classes, events, terrains, categories, frog classes, formats,
weights, tracks, age groups, barrow types; notes), text in a number column ("rested", "dnq", "n/a", "tbc", "void",
"scratched", "free", "comp", "waived", "pending", "lost"), Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!, #NUM!,
#NAME?) and blanks. The number cells were drawn by a seeded random generator without repeats from each column's
grid (/tmp/e26t/tables.py, `make_table`), then frozen here; the six special cells of a table (F's blank, G's text,
H's blank and error, J's "" and " ") sit on six different rows.

Domains: a short program (/tmp/e26t/domcheck.py, four runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring; twentysixth_* aside, the twenty-fifth builders included) and the `Table` field
of every set file there (twentysixth_* aside, CamelCase split into words), and printed one True/False per candidate
word (True when named as a whole word with an optional plural s or es, spaces, dashes and underscores between its
words also matched). Dropped as used: worm charming (and worm), bog snorkelling (and snorkel, snorkelling), cheese
rolling (and cheese), stone skimming (and skimming), pea shooting, axe throwing (and axe), gurning, scarecrow,
maypole, zorbing (and zorb), croquet, hula hoop, lumberjack, log rolling, lawn bowls, rubber duck, jousting (and
joust), unicycle, yo-yo, kendama, speedcubing, trampoline, ukulele; and, for a word of theirs, camel racing
(camel), ostrich racing (ostrich), ferret legging (ferret), caber tossing (caber), oyster shucking (oyster), crab
racing (crab), cherry pit spitting (cherry), duck herding (duck), goat racing (goat), stilt walking (stilt), dog
surfing (surfing, surf). Unused, and taken: elephant polo (and elephant), lawnmower racing (and lawnmower), hobby
horsing (and hobby horse), extreme ironing (and ironing), haggis hurling (and haggis), frog jumping (and frog,
jumping, frog jump), tiddlywinks (and tiddlywink), pillow fighting (and pillow, pillow fight), wok racing (and
wok), sack racing (and sack, sack race), wheelbarrow racing (and wheelbarrow, wheelbarrow race); the words polo,
racing and hurling are used (True), the phrases are not. Also unused, not taken: office chair racing, pogo, rubik,
limbo, stair climbing, mattress, kazoo, whistling, hopscotch, spoon race, three-legged race, egg rolling. Nonsense
words were asked as controls: zzzqqq and vqvqzz printed True (earlier table builders' docstrings name them as their
own controls), jxjxqq False.

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES is the
earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines ("Highlight X
cells where the value ... in sheet T", "Apply a fill to each X cell that ... in sheet T", "Colour the X cells whose
value ..., cells only, sheet T", "Highlight rows where X ...", "Shade the entire row when X ... (sheet T)",
"Highlight rows for ..." or "Shade the whole row of ..." where rows are named by a value or a date's meaning,
"Apply data bars to X in sheet T"); `forum`, a forum question of a sentence or two, with the column letter (always
the true column of the table placed at A1) when it names the column by its header, and none when it names the rows
by a value or by what the date means; four new here: `commit`, the request as a commit message or changelog line
("feat(T): highlight each X cell that ... (cell only)", "fix: flag each X cell in T that ..., just the cell",
"fix(T): shade the entire row when X ...", "v1.7 - Added: rows of T highlighted in full wherever X ...", "feat(T):
highlight the whole rows of ...", "feat(T): add data bars to X"); `diff`, the request as a before/after change or a
patch line, the wanted rule always the new one and the old state no formatting ("- no formatting / + each X cell
that ... highlighted (cells only) in T", "- no formatting / + whole row highlighted where X ... (T)", "Before:
nothing in T. After: a fill on every X cell that ...; just that cell, not the row.", "Before: T has no
highlighting. After: entire rows shaded wherever X ....", "change: highlight rule -> X ..., whole row, sheet T", "-
plain X / + a colour scale on X (T)"); `math`, set, interval and logic notation, only where it is exact
(comparisons "X > a", "X ≥ a", "x ≠ a"; "X ∈ [a, b]" for Between, "X ∉ [a, b]" for NotBetween; "X > a ∧ X < b", "X
∈ (a, b)", "X ∈ [a, b)", "X ∈ (a, b]" for the three AND shapes; "X < a ∨ X > b" for OR; "X = 's'" and "¬(X = 's')"
for TextEquals and its NOT; "X = ∅", "¬(X = ∅)", "X ≠ ∅" for Blanks and NotBlanks; "rank(x) ≤ n (rank 1 = the
largest X)" for Top and Bottom; "X > mean(X)", "X < mean(X)" for the averages; "|{y ∈ X : y = x}| > 1" and "= 1"
for Duplicates and Unique; "D = today", "D = today − 1", "D = today + 1", "D ∈ [today − 6, today]" for the four day
periods; never for the other text tests, percent ranks, errors, visual rules or the week and month periods), in the
frames "T: highlight the X cells where ..., cells only", "Highlight {x ∈ X : ...} in T, just those cells", "T:
shade whole rows where ...", "Highlight the entire rows {r : ... r[X] ...} of T" (the set-builder frames only for
the ranks, Duplicates and Unique, whose expression needs a bound variable); `definition`, the request first defines
a term (starred, pinned, tagged, circled, prime, flagged, noted, boxed: words that carry no meaning of their own)
and then uses it, the definition deciding the rule ("A 'pinned' bout is one whose X .... Highlight the whole row of
every pinned bout in T.", "By 'prime' we mean a hurl whose X ...; in sheet T, shade the entire rows of the prime
hurls.", "Definition: a run is 'noted' when its X .... Task: highlight noted runs, whole rows, sheet T.", "Call a
value of X 'boxed' if it .... Highlight every boxed X cell in T, just the cell.", "By 'tagged' we mean a value of X
that ...; mark the tagged cells of X in sheet T (cells only).", "By 'starred' we mean the 'Tuskers' chukkas; shade
their entire rows in T.", "Let 'circled' games be this week's games. Highlight the circled ones, whole row each, in
T."; never for the visual rules). These examples are of this set's kind; the brief's own examples were not used as
requests.

How the requests were written: E26t wrote, in /tmp/e26t/gen.py, a verb phrase per function (two or three wordings
each: "is greater than a", "exceeds a", "is at least a", "is a or less", "is exactly a", "is anything other than
a", "is between a and b inclusive", "lies from a to b, both ends included", "is outside a to b (a and b themselves
count as inside)", "is above a and below b", "is at least a but under b", "is over a and at most b", "is below a or
above b", "reads 's' exactly", "has 's' somewhere in it", "begins with 's'", "finishes in 's'", "is among the n
highest", "falls in the bottom p percent", "is above the column's average", "is repeated elsewhere in the column",
"appears only once in the column", "is left blank", "holds no error value", "is in the previous calendar week", "is
within the last 7 days, today included", ...), noun phrases for the rows named by a value ("the 'Tuskers' chukkas",
"the runs that aren't 'Four Man'") or by what the date means ("the jumps held last week", "the chukkas coming up
next week"), the math expressions, the frames per style and scope above; the program picks a naming (by-value for
about three in four TextEquals and NOT drafts, by-meaning for about a third of the periods, by hash), a style (by
hash among annotator, forum, commit and diff, definition but for the visual rules, math where an exact expression
exists and the column is named by its header), a wording, a frame, the AND shape, a version number and a term by a
stable hash of the table and the function, the scope by the same hash (cells for the visual rules; rows for every
request naming the rows by value or meaning; else about half each), and the literal: the first candidate of the
column's own values (numbers nearest the median first, bounds at the quartiles and near them, words of four letters
or more of the notes, words of three letters or more of the categories, prefixes and suffixes of two or three
letters of the names, category values in an order rotated by hash, n of 3, 2, 4, 5 and p of 20, 25, 30, 10, 15, 40)
for which everyday_tables' `problems` finds nothing on the full table, the request names no other column letter and
is in no other set file nor the train split. The entries below are that program's output, frozen (written by
/tmp/e26t/assemble.py, which also wraps long requests over string lines and checks the line length); nothing was
reworded by hand. Before the first build the generator was changed three times after reading its drafts (no split
in them): the set-builder frames for Top, Bottom, Duplicates and Unique in math (one draft had read "|{y ∈ X : y =
X}| > 1"), singular cell frames ("highlight each X cell that ..." for "highlight X cells that ...", which broke the
verb's agreement), "a value of X" for "an X value", by-value for three TextEquals and NOT drafts in four rather
than two in three, "a"/"an" before the row noun and "circled" for "marked" (which read badly beside "mark the");
all drafts were drawn again each time. Decided before the first build and written in gen.py (the functions named on
its command line): a function found in one half only would be given a second draft on every table that has it (the
next passing candidate, naming, style, scope and wording by the hash with "second"); it was not needed: the first
build had every function in both halves. Requests keep Excel's semantics: comparisons other than LessThan,
LessThanEqual and Between are only on the two number columns that hold no text (E, and F, which holds one "" blank;
NotEquals, NotBetween and OR, which a blank read as 0 could meet, only on E), LessThan, LessThanEqual, Between and
the visual rules on the column with a text cell (G), the error and errors-not rules, TopPercent and BelowAverage on
the column with an error and a blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks on the notes
(both "" and a lone space " "), TextEquals, NOT and TextNotContains on the category, TextContains on the notes,
TextStartsWith, TextEndsWith, Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 17:44:29, and about six times
while working and at the end); `cat` of /work/team/brief26.md (the brief); `ls` of benchmarks/data (file names, the
first 100); of benchmarks/data/twentyfifth_tables.py a `grep -n` anchored on top-level names, imports and the main
block (line numbers of its imports, constants, TABLES/ENTRIES and the main block), `wc -l` (1240), `sed -n 1,252p`
(its docstring, imports, constants and helper code, up to ENTRIES = {}), and an `awk` of its lines 1215-1240 with
lines starting (after spaces) with "(" or a quote filtered out (the closing bracket, the bind and the main block);
`wc -l` of table_sets.py, column_sets.py, everyday_common.py, the table test module, set_files.py and CF_RULES.md;
`cat` of table_sets.py, column_sets.py, everyday_common.py, tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/set_files.py (the whole file: its check functions and their helpers) and
../shared/docs/CF_RULES.md; the first 12,000 characters of benchmarks/data/README.md, each line cut to 300
characters (its rows up to sixth_cf); of cf_assistant.languages.cf: parse/to_text on 31 made-up rules for the
canonical spelling; `python -c "import cf_assistant"` (failed outside the repository root, then `pip install -q -e
'.[test]'`, its root-user warning, then ok); one everyday_tables `build_record` and `problems` call on a made-up
entry on this set's FrogJumps table (the record without its Data, and one problem: GreaterThanEqual not told
apart). The drafting programs' runs: /tmp/e26t/domcheck.py (four runs, True/False per word); /tmp/e26t/tables.py
(three runs: two failed on grids too small, widened; then each table's row count and widest line, 89 to 104); a
print of the four grids' sizes per table; /tmp/e26t/gen.py ("341 drafts; no passing literal: []", four times, once
more failing on the import above); printouts of this set's own drafts (no split in them), all before the first
build: their scope, naming and style counts and every ninth draft, then every other math and definition draft and
every thirteenth; a `grep -n` of gen.py (the a/an line); /tmp/e26t/assemble.py (four runs: one failed on a string
escape, one printed two lines of 121 characters (their numbers, lengths and first 60 characters printed, and lines
20-40 of the builder: comments and OTHER_SETS), fixed in the wrapping; then "341 drafts; lines over 120: 0", and
lines 24-28 of the builder cut to 80 characters); a program reading twentyfifth_tables.py's OTHER_SETS by `ast` (it
printed 57 and True: the names are the set files now in the folder); `ls | grep -c twentysixth` (0) and `ls *.json
| wc -l` (57); the first build (`python benchmarks/data/twentysixth_tables.py`, output to a file; its first two
lines); a program printing the functions missing a half (none) and the eight thinnest; the program that edited the
table test module (it printed "replaced 5" and its widest line, 116) and `grep -c` of "twentysixth" in it (5); the
program that put the README row in (it printed that it found one twentyfifth_tables row and no twentysixth_tables
row, and "inserted"), `grep -c` of the two twentysixth README rows (1 and 0 at first, then 1 and 1 once
twentysixth_cf's row was there, not read; see Slips), a second program that corrected this set's row ("fixed") and
`grep -c` of the corrected text (1), a `tail -c 1 | xxd` of README (its final newline); `python -m pytest -q` of
tests/benchmarks/test_table_sets_data.py (`-k twentysixth`: 8 passed; then whole: see Counts) and
tests/benchmarks/test_sets_are_the_projects_own.py (see Counts); a program printing the header-only records per
half and the scope, naming, style, tag, table and thinnest function counts; rebuilds with a `cmp` against a copy of
the first build's file; counts of the builder's long lines (an `awk` by bytes: five, of 120 characters or fewer in
more bytes; by Python: none) and its widest line (120 characters) and its docstring's length.

Slips: one. The README row was first written with a header-only count per half (dev 57 / test 50) that had not been
computed; it was corrected to the counted dev 53 / test 54 a minute later, by a second read-modify-write of this
set's row alone. No draft was reworded, added or dropped after the split was seen (the first build). The two
engineers kept apart scratch folders (/tmp/e26t here); nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets calls it,
`build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`; its code and docstrings not printed);
`git log`, `git show`, any diff's content, `git diff --stat` (no git command was run); ../shared/docs/EVALUATION.md
and ../shared/data (the train split is compared by program only);
tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of the other builders;
README.md past its first 12,000 characters (but this set's own row, written and corrected by program);
twentysixth_cf.py and any twentysixth_cf.json (written beside this set by engineer E26c; the builder compares with
any set file beside it by program only, as table_sets.requests_elsewhere does); the utterances or tables of any
JSON file (compared with this set's by program only, never printed; the domain check read their `Table` fields and
printed True/False only). No request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
twentyfifth_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows ("whole row", "entire row", "whole rows", "Highlight rows
where/for", "rows of T highlighted in full", "whole row each", "their entire rows"), "cells" otherwise ("just that
cell", "cells only", "cell only", "Only that cell, not the row", "just those cells", a visual rule); `naming` says
how the request names the tested column: `by-header` (its header as written, or its letter), `by-meaning` (the rows
by what the date means: "the chukkas coming up next week") or `by-value` (only values of it: "the 'Tuskers'
chukkas", "the runs that aren't 'Four Man'"). Each rule tests one column. Every record is first built and checked
on its full table (everyday_tables' `build_record` with IDs prefixed `t26t-`; its `problems`: a record that formats
no row or every row, whose near misses its table cannot tell apart, text operators exempt, or whose rule formats
the same rows on another column is refused), and a request already written (case aside) in any other set file of
benchmarks/data/ or in the benchmark's train split (../shared/data/cf/train.json, on this machine) is refused, as
is a column letter or range that is not the rule's column (none was). Then the records picked by a stable hash of
the ID (about one in three, `table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the
tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text below). Dates are
read against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are not written, date periods
are (each table's date column holds the fourteen days 06-11, 06-12, 06-13, 06-06, 06-03, 06-17, 06-28, 05-15,
07-09, 02-14, 06-14, 06-21, 06-24 and 05-31 of 2024, rotated by the table's place, so that the ten periods tell
apart). Labels follow Excel: a blank compares as 0, any text is greater than any number, an error is neither blank
nor formatted by a comparison, text tests ignore case. Every comparison's threshold and every Between bound is a
value of its column (so that "at least" and "more than" differ there). Each table leaves out eight of the 31
functions that are not date periods and two of the ten periods, in turn (table k leaves out the functions 8k to
8k+7 and the periods 2k and 2k+1 of a fixed order, mod 31 and 10): 31 records a table.

Tags: the naming, the style, then any of `boundary` (GreaterThanEqual, LessThanEqual, Between, NotBetween),
`negation` (NotEquals, NotBetween, TextNotContains, NotBlanks, NotErrors, NOT), `or`, `superlative` (the four
ranks), `starts-ends`, `date`, then `header-only` where the rows were dropped, then `twentysixth` (last). Every one
of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentysixth_tables.py` prints them): 341 records, dev 185 / test 156; 11 tables
of 10 columns and 14 data rows each (31 records a table); 107 header-only records (31%; dev 53, test 54); scope
rows 187 (55%) / cells 154; naming by-header 307, by-meaning 21, by-value 13 (10% not by header); styles diff 72,
commit 64, definition 62, annotator 61, forum 57, math 25; tags date 88, negation 49, superlative 32, boundary 32,
starts-ends 16, or 9; every one of the 41 top functions in both halves (the thinnest: NextMonth and Tomorrow with
one record in one half; AboveAverage, Bottom, ColorScale, Duplicates, Equals, LessThan and NOT with two). Tests:
tests/benchmarks/test_table_sets_data.py 176 passed (8 of them this set's, `-k twentysixth`: 8 passed);
tests/benchmarks/test_sets_are_the_projects_own.py 60 passed.

Rebuild: `python benchmarks/data/twentysixth_tables.py` (prints the counts per split, table, scope, naming, style,
tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentysixth_tables.json"
PREFIX = "t26t"
TAG = "twentysixth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: the request as a commit message or changelog
# line, as a before/after change or patch line, in set, interval and logic notation, and as a
# definition of a term followed by a request that uses it.
STYLES = ("annotator", "forum", "commit", "diff", "math", "definition")
# The requests of every other set file in this folder (these 57 at the time of writing,
# and any written since, e.g. twentysixth_cf.json, written at the same time by another engineer)
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
              'twentyfourth_tables.json', 'twentyfifth_cf.json', 'twentyfifth_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}

TABLES["ElephantPoloChukkas"] = _table("""
Chukka | Mahout | Team | Played | Goals | Minutes | Mount (t) | Fee (₹) | Home? | Notes
EP-101 | Sita Gurung | Tuskers | 2024-06-11 | 19 | 30 | 4.75 | _ | No | gate opened late
EP-102 | Nisha Iyer | Mahouts XI | 2024-06-12 | 15 | 31 | 3.25 | 2550 | No | crowd large
EP-103 | Bram Visser | Jumbos | 2024-06-13 | 17 | 19 | 6.5 | 3850 | Yes | ball lost twice
EP-104 | Dev Sharma | Jumbos | 2024-06-06 | 14 | 39 | 6.25 | 3350 | No | rain stopped play
EP-105 | Arjun Rao | Jumbos | 2024-06-03 | 10 | 14 | 6.75 | 3650 | No | late start
EP-106 | Maya Thapa | Jumbos | 2024-06-17 | 16 | _ | 4.5 | 1150 | Yes | umpire swap
EP-107 | Kiri Tane | Tuskers | 2024-06-28 | 12 | 5 | 5.5 | 1550 | Yes | ~
EP-108 | Olly Grant | Tuskers | 2024-05-15 | 4 | 18 | 3.5 | 800 | Yes | new mount
EP-109 | Ravi Menon | Jumbos | 2024-07-09 | 6 | 25 | 3.75 | 3700 | Yes | _
EP-110 | Lena Bosch | Tuskers | 2024-02-14 | 7 | 33 | rested | 900 | No | sun glare
EP-111 | Dev Sharma | Mahouts XI | 2024-06-14 | 0 | 6 | 2.75 | #N/A | No | muddy corner
EP-112 | Priya Nair | Mahouts XI | 2024-06-21 | 13 | 7 | 7.25 | 1750 | Yes | dusty ground
EP-113 | Ravi Menon | Mahouts XI | 2024-06-24 | 5 | 16 | 7 | 650 | Yes | extra time
EP-114 | Tom Hadley | Tuskers | 2024-05-31 | 18 | 21 | 2.5 | 1300 | No | stick broken
""")
ENTRIES["ElephantPoloChukkas"] = [
    (
        "By 'prime' we mean the 'Tuskers' chukkas; shade their entire rows in ElephantPoloChukkas.",
        'TextEquals({Team}, "Tuskers")', 'rows', 'by-value', 'definition',
    ),
    (
        "How do I shade the whole row in ElephantPoloChukkas when column J (Notes) contains 'gate'?",
        'TextContains({Notes}, "gate")', 'rows', 'by-header', 'forum',
    ),
    (
        "Before: ElephantPoloChukkas has no highlighting. After: entire rows shaded wherever Team has no 'Tuskers' in "
        'it.',
        'TextNotContains({Team}, "Tuskers")', 'rows', 'by-header', 'diff', 'negation',
    ),
    (
        "Call a value of Mahout 'tagged' if it begins with 'Si'. Highlight every tagged Mahout cell in "
        'ElephantPoloChukkas, just the cell.',
        'TextStartsWith({Mahout}, "Si")', 'cells', 'by-header', 'definition', 'starts-ends',
    ),
    (
        "Colour the Mahout cells whose value finishes in 'ng', cells only, sheet ElephantPoloChukkas",
        'TextEndsWith({Mahout}, "ng")', 'cells', 'by-header', 'annotator', 'starts-ends',
    ),
    (
        'change: highlight rule -> Goals is among the 3 highest, cells only, sheet ElephantPoloChukkas',
        'Top({Goals}, 3)', 'cells', 'by-header', 'diff', 'superlative',
    ),
    (
        'feat(ElephantPoloChukkas): highlight whole rows where Goals is one of the bottom 3 values',
        'Bottom({Goals}, 3)', 'rows', 'by-header', 'commit', 'superlative',
    ),
    (
        "Sheet ElephantPoloChukkas: I'd like the full row coloured whenever the Fee (₹) value in column H is in the "
        'highest 20%. Any ideas?',
        'TopPercent({Fee (₹)}, 20)', 'rows', 'by-header', 'forum', 'superlative',
    ),
    (
        "Sheet ElephantPoloChukkas: I'd like the full row coloured whenever the Goals value in column E falls in the "
        'bottom 20 percent. Any ideas?',
        'BottomPercent({Goals}, 20)', 'rows', 'by-header', 'forum', 'superlative',
    ),
    (
        'ElephantPoloChukkas: highlight the Goals cells where Goals > mean(Goals), cells only',
        'AboveAverage({Goals})', 'cells', 'by-header', 'math',
    ),
    (
        "feat(ElephantPoloChukkas): highlight whole rows where Fee (₹) is below the column's average",
        'BelowAverage({Fee (₹)})', 'rows', 'by-header', 'commit',
    ),
    (
        'feat(ElephantPoloChukkas): highlight whole rows where Mahout appears more than once in the column',
        'Duplicates({Mahout})', 'rows', 'by-header', 'commit',
    ),
    (
        'feat(ElephantPoloChukkas): highlight whole rows where Mahout is not repeated anywhere in the column',
        'Unique({Mahout})', 'rows', 'by-header', 'commit',
    ),
    (
        'Colour the Notes cells whose value is left blank, cells only, sheet ElephantPoloChukkas',
        'Blanks({Notes})', 'cells', 'by-header', 'annotator',
    ),
    (
        'change: highlight rule -> Notes is not empty, whole row, sheet ElephantPoloChukkas',
        'NotBlanks({Notes})', 'rows', 'by-header', 'diff', 'negation',
    ),
    (
        'Colour the Fee (₹) cells whose value shows an error such as #N/A, cells only, sheet ElephantPoloChukkas',
        'Errors({Fee (₹)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'In ElephantPoloChukkas, I need each Fee (₹) cell (column H) that is not an error to get a fill, just that '
        'cell. What rule does that?',
        'NotErrors({Fee (₹)})', 'cells', 'by-header', 'forum', 'negation',
    ),
    (
        '- plain Mount (t) / + a color scale on Mount (t) (ElephantPoloChukkas)',
        'ColorScale({Mount (t)})', 'cells', 'by-header', 'diff',
    ),
    (
        'How do I put data bars on column G (Mount (t)) in ElephantPoloChukkas?',
        'DataBar({Mount (t)})', 'cells', 'by-header', 'forum',
    ),
    (
        '- plain Mount (t) / + an icon set on Mount (t) (ElephantPoloChukkas)',
        'IconSet({Mount (t)})', 'cells', 'by-header', 'diff',
    ),
    (
        'Highlight the whole row wherever Minutes is over 14 and at most 31 in sheet ElephantPoloChukkas',
        'AND(GreaterThan({Minutes}, 14), LessThanEqual({Minutes}, 31))', 'rows', 'by-header', 'annotator',
    ),
    (
        'Before: nothing in ElephantPoloChukkas. After: a fill on every Goals cell that is less than 6 or greater '
        'than 16; just that cell, not the row.',
        'OR(LessThan({Goals}, 6), GreaterThan({Goals}, 16))', 'cells', 'by-header', 'diff', 'or',
    ),
    (
        "By 'prime' we mean the chukkas that aren't 'Jumbos'; shade their entire rows in ElephantPoloChukkas.",
        'NOT(TextEquals({Team}, "Jumbos"))', 'rows', 'by-value', 'definition', 'negation',
    ),
    (
        'v1.7 - Added: rows of ElephantPoloChukkas highlighted in full wherever Played is tomorrow',
        'Tomorrow({Played})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'feat(ElephantPoloChukkas): highlight the whole rows of the chukkas of the last seven days, today too',
        'Last7Days({Played})', 'rows', 'by-meaning', 'commit', 'date',
    ),
    (
        'How do I highlight each cell in column D (Played) that falls in last week? Only that cell, not the row. '
        'Sheet ElephantPoloChukkas.',
        'LastWeek({Played})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'change: highlight rule -> Played is in this calendar week, cells only, sheet ElephantPoloChukkas',
        'ThisWeek({Played})', 'cells', 'by-header', 'diff', 'date',
    ),
    (
        'Highlight rows for the chukkas coming up next week in sheet ElephantPoloChukkas',
        'NextWeek({Played})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        '- no formatting / + whole rows of the chukkas held last month highlighted (ElephantPoloChukkas)',
        'LastMonth({Played})', 'rows', 'by-meaning', 'diff', 'date',
    ),
    (
        'Apply a fill to each Played cell that is in the current month in sheet ElephantPoloChukkas',
        'ThisMonth({Played})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        "Let 'noted' chukkas be next month's chukkas. Highlight the noted ones, whole row each, in "
        'ElephantPoloChukkas.',
        'NextMonth({Played})', 'rows', 'by-meaning', 'definition', 'date',
    ),
]

TABLES["LawnmowerRaces"] = _table("""
Heat | Driver | Class | Race Day | Laps | Best Lap (s) | Deck (in) | Entry (£) | Blade Off? | Remarks
LM-101 | Ellie Marsh | Sit-On | 2024-06-12 | 49 | 48 | 40 | 25 | No | pulled late
LM-102 | Sue Wheeler | Garden Tractor | 2024-06-13 | 40 | 60 | 18 | 60 | No | ~
LM-103 | Jack Tyne | Sit-On | 2024-06-06 | 19 | 45 | 36 | #VALUE! | Yes | flag missed
LM-104 | Sam Orme | Run-Behind | 2024-06-03 | 16 | 89 | 22.5 | 55 | Yes | spun at bend
LM-105 | Meg Frost | Garden Tractor | 2024-06-17 | 26 | 63 | 37 | 5 | Yes | belt slipped
LM-106 | Sam Orme | Run-Behind | 2024-06-28 | 44 | 68 | 39.5 | 15 | No | pit stop long
LM-107 | Ellie Marsh | Run-Behind | 2024-05-15 | 38 | 40 | 20 | 95 | Yes | overtook twice
LM-108 | Gary Pound | Run-Behind | 2024-07-09 | 54 | 83 | 23.5 | 40 | No | grass slick
LM-109 | Rob Kemp | Garden Tractor | 2024-02-14 | 52 | 27 | 27 | 50 | No | engine smoked
LM-110 | Dot Fenwick | Run-Behind | 2024-06-14 | 22 | 52 | 33 | 90 | Yes | throttle stuck
LM-111 | Lee Norris | Sit-On | 2024-06-21 | 20 | 66 | 29.5 | _ | No | tyre off
LM-112 | Ann Rudge | Sit-On | 2024-06-24 | 43 | _ | 34.5 | 30 | Yes | dusty track
LM-113 | Phil Crane | Sit-On | 2024-05-31 | 12 | 88 | dnq | 85 | No | clean run
LM-114 | Kay Bishop | Garden Tractor | 2024-06-11 | 15 | 41 | 25.5 | 75 | No | _
""")
ENTRIES["LawnmowerRaces"] = [
    (
        'Shade the entire row when Best Lap (s) is greater than 60 (sheet LawnmowerRaces)',
        'GreaterThan({Best Lap (s)}, 60)', 'rows', 'by-header', 'annotator',
    ),
    (
        '- no formatting / + each Laps cell that is no less than 26 highlighted (cells only) in LawnmowerRaces',
        'GreaterThanEqual({Laps}, 26)', 'cells', 'by-header', 'diff', 'boundary',
    ),
    (
        "By 'flagged' we mean a race whose Deck (in) falls below 29.5; in sheet LawnmowerRaces, shade the entire rows "
        'of the flagged races.',
        'LessThan({Deck (in)}, 29.5)', 'rows', 'by-header', 'definition',
    ),
    (
        'How do I highlight each cell in column G (Deck (in)) that is 29.5 or less? Only that cell, not the row. '
        'Sheet LawnmowerRaces.',
        'LessThanEqual({Deck (in)}, 29.5)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'Is there a way to highlight entire rows of LawnmowerRaces where Laps (column E) is exactly 26?',
        'Equals({Laps}, 26)', 'rows', 'by-header', 'forum',
    ),
    (
        'Highlight {x ∈ Laps : x ≠ 26} in LawnmowerRaces, just those cells',
        'NotEquals({Laps}, 26)', 'cells', 'by-header', 'math', 'negation',
    ),
    (
        'In LawnmowerRaces, I need each Deck (in) cell (column G) that is in the range 23.5 to 37 (ends included) to '
        'get a fill, just that cell. What rule does that?',
        'Between({Deck (in)}, 23.5, 37)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        '- no formatting / + each Laps cell that is not between 19 and 44, bounds inclusive highlighted (cells only) '
        'in LawnmowerRaces',
        'NotBetween({Laps}, 19, 44)', 'cells', 'by-header', 'diff', 'boundary', 'negation',
    ),
    (
        'Apply a fill to each Laps cell that falls in the bottom 20 percent in sheet LawnmowerRaces',
        'BottomPercent({Laps}, 20)', 'cells', 'by-header', 'annotator', 'superlative',
    ),
    (
        "change: highlight rule -> Laps is above the column's average, whole row, sheet LawnmowerRaces",
        'AboveAverage({Laps})', 'rows', 'by-header', 'diff',
    ),
    (
        "Call a value of Entry (£) 'noted' if it is below the column's average. Highlight every noted Entry (£) cell "
        'in LawnmowerRaces, just the cell.',
        'BelowAverage({Entry (£)})', 'cells', 'by-header', 'definition',
    ),
    (
        'fix: flag each Driver cell in LawnmowerRaces that is repeated elsewhere in the column, just the cell',
        'Duplicates({Driver})', 'cells', 'by-header', 'commit',
    ),
    (
        'Shade the entire row when Driver appears only once in the column (sheet LawnmowerRaces)',
        'Unique({Driver})', 'rows', 'by-header', 'annotator',
    ),
    (
        "Call a value of Remarks 'noted' if it is empty. Highlight every noted Remarks cell in LawnmowerRaces, just "
        'the cell.',
        'Blanks({Remarks})', 'cells', 'by-header', 'definition',
    ),
    (
        'Highlight {x ∈ Remarks : x ≠ ∅} in LawnmowerRaces, just those cells',
        'NotBlanks({Remarks})', 'cells', 'by-header', 'math', 'negation',
    ),
    (
        "By 'noted' we mean a value of Entry (£) that shows an error such as #N/A; mark the noted cells of Entry (£) "
        'in sheet LawnmowerRaces (cells only).',
        'Errors({Entry (£)})', 'cells', 'by-header', 'definition',
    ),
    (
        'How do I highlight each cell in column H (Entry (£)) that holds no error value? Only that cell, not the row. '
        'Sheet LawnmowerRaces.',
        'NotErrors({Entry (£)})', 'cells', 'by-header', 'forum', 'negation',
    ),
    (
        'Apply a colour scale to Deck (in) in sheet LawnmowerRaces',
        'ColorScale({Deck (in)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Before: Deck (in) in LawnmowerRaces has no formatting. After: data bars on it.',
        'DataBar({Deck (in)})', 'cells', 'by-header', 'diff',
    ),
    (
        'Before: Deck (in) in LawnmowerRaces has no formatting. After: icon sets on it.',
        'IconSet({Deck (in)})', 'cells', 'by-header', 'diff',
    ),
    (
        'feat(LawnmowerRaces): highlight whole rows where Laps is strictly between 19 and 44',
        'AND(GreaterThan({Laps}, 19), LessThan({Laps}, 44))', 'rows', 'by-header', 'commit',
    ),
    (
        "Sheet LawnmowerRaces: I'd like the full row coloured whenever the Laps value in column E is under 19 or over "
        '44. Any ideas?',
        'OR(LessThan({Laps}, 19), GreaterThan({Laps}, 44))', 'rows', 'by-header', 'forum', 'or',
    ),
    (
        "Definition: a race is 'pinned' when its Class is anything but 'Garden Tractor'. Task: highlight pinned "
        'races, whole rows, sheet LawnmowerRaces.',
        'NOT(TextEquals({Class}, "Garden Tractor"))', 'rows', 'by-header', 'definition', 'negation',
    ),
    (
        "feat(LawnmowerRaces): highlight the whole rows of yesterday's races",
        'Yesterday({Race Day})', 'rows', 'by-meaning', 'commit', 'date',
    ),
    (
        "feat(LawnmowerRaces): highlight whole rows where Race Day is today's date",
        'Today({Race Day})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'Shade the entire row when Race Day falls in last week (sheet LawnmowerRaces)',
        'LastWeek({Race Day})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        "Call a value of Race Day 'noted' if it is in this calendar week. Highlight every noted Race Day cell in "
        'LawnmowerRaces, just the cell.',
        'ThisWeek({Race Day})', 'cells', 'by-header', 'definition', 'date',
    ),
    (
        'Apply a fill to each Race Day cell that falls in next week in sheet LawnmowerRaces',
        'NextWeek({Race Day})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        "Definition: a race is 'boxed' when its Race Day is in last month. Task: highlight boxed races, whole rows, "
        'sheet LawnmowerRaces.',
        'LastMonth({Race Day})', 'rows', 'by-header', 'definition', 'date',
    ),
    (
        'feat(LawnmowerRaces): highlight whole rows where Race Day is in the current month',
        'ThisMonth({Race Day})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'change: highlight rule -> Race Day is in the coming calendar month, whole row, sheet LawnmowerRaces',
        'NextMonth({Race Day})', 'rows', 'by-header', 'diff', 'date',
    ),
]

TABLES["HobbyHorseRounds"] = _table("""
Round | Rider | Event | Date | Score | Fences | Stick (cm) | Fee (€) | Clear? | Comments
HH-101 | Oona Aalto | Hunter | 2024-06-13 | 40 | 24 | 77.5 | 10 | Yes | neat finish
HH-102 | Ella Heino | Dressage | 2024-06-06 | 43 | 12 | 62.5 | 30 | Yes | smooth canter
HH-103 | Helmi Vuori | Dressage | 2024-06-03 | 51 | _ | 107.5 | 50 | No | knocked pole
HH-104 | Emma Salo | Hunter | 2024-06-17 | 93 | 9 | 82.5 | #DIV/0! | Yes | hesitant start
HH-105 | Aada Kallio | Show Jumping | 2024-06-28 | 42 | 11 | 65 | 75 | No | fell at oxer
HH-106 | Iida Nurmi | Hunter | 2024-05-15 | 78 | 19 | 100 | 65 | No | lost stirrup
HH-107 | Kerttu Mäki | Dressage | 2024-07-09 | 97 | 23 | 75 | 20 | No | lovely mane
HH-108 | Lotta Rinne | Dressage | 2024-02-14 | 53 | 5 | 85 | 45 | No | bridle slipped
HH-109 | Lotta Rinne | Dressage | 2024-06-14 | 61 | 21 | 105 | _ | Yes | bright ribbons
HH-110 | Aino Laine | Show Jumping | 2024-06-21 | 76 | 18 | 97.5 | 25 | No | _
HH-111 | Sofia Lehto | Hunter | 2024-06-24 | 68 | 13 | 92.5 | 60 | No | ~
HH-112 | Pihla Saari | Show Jumping | 2024-05-31 | 81 | 22 | 67.5 | 40 | Yes | crowd cheered
HH-113 | Sofia Lehto | Show Jumping | 2024-06-11 | 52 | 10 | n/a | 70 | No | refusal at gate
HH-114 | Veera Koski | Show Jumping | 2024-06-12 | 55 | 16 | 80 | 80 | Yes | tight turns
""")
ENTRIES["HobbyHorseRounds"] = [
    (
        'Shade the entire row when Fences exceeds 16 (sheet HobbyHorseRounds)',
        'GreaterThan({Fences}, 16)', 'rows', 'by-header', 'annotator',
    ),
    (
        'HobbyHorseRounds: shade whole rows where Score ≥ 55',
        'GreaterThanEqual({Score}, 55)', 'rows', 'by-header', 'math', 'boundary',
    ),
    (
        'Highlight Stick (cm) cells where the value is under 82.5 in sheet HobbyHorseRounds',
        'LessThan({Stick (cm)}, 82.5)', 'cells', 'by-header', 'annotator',
    ),
    (
        '- no formatting / + each Stick (cm) cell that is 82.5 or less highlighted (cells only) in HobbyHorseRounds',
        'LessThanEqual({Stick (cm)}, 82.5)', 'cells', 'by-header', 'diff', 'boundary',
    ),
    (
        'Highlight the entire rows {r : r[Fences] = 16} of HobbyHorseRounds',
        'Equals({Fences}, 16)', 'rows', 'by-header', 'math',
    ),
    (
        'How do I shade the whole row in HobbyHorseRounds when column E (Score) differs from 55?',
        'NotEquals({Score}, 55)', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        'feat(HobbyHorseRounds): highlight each Stick (cm) cell that is in the range 75 to 100 (ends included) (cell '
        'only)',
        'Between({Stick (cm)}, 75, 100)', 'cells', 'by-header', 'commit', 'boundary',
    ),
    (
        "By 'circled' we mean a value of Score that falls outside the inclusive range 51 to 78; mark the circled "
        'cells of Score in sheet HobbyHorseRounds (cells only).',
        'NotBetween({Score}, 51, 78)', 'cells', 'by-header', 'definition', 'boundary', 'negation',
    ),
    (
        "- no formatting / + whole rows of the 'Hunter' rounds highlighted (HobbyHorseRounds)",
        'TextEquals({Event}, "Hunter")', 'rows', 'by-value', 'diff',
    ),
    (
        "Call a value of Comments 'tagged' if it has 'neat' somewhere in it. Highlight every tagged Comments cell in "
        'HobbyHorseRounds, just the cell.',
        'TextContains({Comments}, "neat")', 'cells', 'by-header', 'definition',
    ),
    (
        "Sheet HobbyHorseRounds: I'd like the full row coloured whenever the Event value in column C has no 'Hunter' "
        'in it. Any ideas?',
        'TextNotContains({Event}, "Hunter")', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        "Highlight Rider cells where the value starts with 'Oo' in sheet HobbyHorseRounds",
        'TextStartsWith({Rider}, "Oo")', 'cells', 'by-header', 'annotator', 'starts-ends',
    ),
    (
        "feat(HobbyHorseRounds): highlight each Rider cell that finishes in 'to' (cell only)",
        'TextEndsWith({Rider}, "to")', 'cells', 'by-header', 'commit', 'starts-ends',
    ),
    (
        "Definition: a round is 'tagged' when its Score is among the 3 highest. Task: highlight tagged rounds, whole "
        'rows, sheet HobbyHorseRounds.',
        'Top({Score}, 3)', 'rows', 'by-header', 'definition', 'superlative',
    ),
    (
        'Highlight the entire rows {r : rank(r[Score]) ≤ 3 (rank 1 = the smallest Score)} of HobbyHorseRounds',
        'Bottom({Score}, 3)', 'rows', 'by-header', 'math', 'superlative',
    ),
    (
        'Before: HobbyHorseRounds has no highlighting. After: entire rows shaded wherever Fee (€) is in the highest '
        '20%.',
        'TopPercent({Fee (€)}, 20)', 'rows', 'by-header', 'diff', 'superlative',
    ),
    (
        'Quick one: in sheet HobbyHorseRounds, column H is Fee (€). Can I colour just the cells whose value is not an '
        'error?',
        'NotErrors({Fee (€)})', 'cells', 'by-header', 'forum', 'negation',
    ),
    (
        'Add a color scale to the Stick (cm) column of sheet HobbyHorseRounds',
        'ColorScale({Stick (cm)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'In HobbyHorseRounds, can I show data bars on the Stick (cm) values (column G)?',
        'DataBar({Stick (cm)})', 'cells', 'by-header', 'forum',
    ),
    (
        'Apply icon sets to Stick (cm) in sheet HobbyHorseRounds',
        'IconSet({Stick (cm)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'In HobbyHorseRounds, I need each Fences cell (column F) that is 11 or more and less than 22 to get a fill, '
        'just that cell. What rule does that?',
        'AND(GreaterThanEqual({Fences}, 11), LessThan({Fences}, 22))', 'cells', 'by-header', 'forum',
    ),
    (
        "By 'prime' we mean a value of Score that is less than 51 or greater than 78; mark the prime cells of Score "
        'in sheet HobbyHorseRounds (cells only).',
        'OR(LessThan({Score}, 51), GreaterThan({Score}, 78))', 'cells', 'by-header', 'definition', 'or',
    ),
    (
        "Before: nothing. After: the entire rows of every round not in 'Hunter' shaded in HobbyHorseRounds.",
        'NOT(TextEquals({Event}, "Hunter"))', 'rows', 'by-value', 'diff', 'negation',
    ),
    (
        "Shade the entire row when Date is yesterday's date (sheet HobbyHorseRounds)",
        'Yesterday({Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        "feat(HobbyHorseRounds): highlight whole rows where Date is today's date",
        'Today({Date})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'HobbyHorseRounds: highlight the Date cells where Date = today + 1, cells only',
        'Tomorrow({Date})', 'cells', 'by-header', 'math', 'date',
    ),
    (
        '- no formatting / + whole row highlighted where Date falls in the past 7 days (today counts) '
        '(HobbyHorseRounds)',
        'Last7Days({Date})', 'rows', 'by-header', 'diff', 'date',
    ),
    (
        'Quick one: in sheet HobbyHorseRounds, column D is Date. Can I colour just the cells whose value is in the '
        'coming calendar week?',
        'NextWeek({Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'fix(HobbyHorseRounds): shade the entire row when Date falls in the previous calendar month',
        'LastMonth({Date})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'fix(HobbyHorseRounds): shade the entire row when Date falls in this calendar month',
        'ThisMonth({Date})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'v1.7 - Added: rows of HobbyHorseRounds highlighted in full wherever Date is in the coming calendar month',
        'NextMonth({Date})', 'rows', 'by-header', 'commit', 'date',
    ),
]

TABLES["ExtremeIroningShots"] = _table("""
Shot | Ironer | Terrain | Shoot Date | Altitude (m) | Shirts | Board (kg) | Sponsor ($) | Steam? | Notes
XI-101 | Lara Cobb | Underwater | 2024-06-06 | 2550 | 9 | 12 | 150 | Yes | cold hands
XI-102 | Ivan Petrov | Cliff | 2024-06-03 | 1200 | 3 | 4.25 | 200 | No | ~
XI-103 | Gwen Pryce | Underwater | 2024-06-17 | 1300 | 16 | 6.5 | 500 | Yes | starch ran out
XI-104 | Zoe Kwan | Underwater | 2024-06-28 | 2850 | 15 | 6 | #REF! | Yes | collar scorched
XI-105 | Phil Shaw | Cliff | 2024-05-15 | 2000 | _ | 6.75 | 800 | Yes | camera fogged
XI-106 | Milo Kent | Treetop | 2024-07-09 | 450 | 24 | 6.25 | 100 | No | _
XI-107 | Hugo Brandt | Cliff | 2024-02-14 | 2900 | 1 | 7.5 | 675 | Yes | perfect pleats
XI-108 | Rosa Lind | Cliff | 2024-06-14 | 2300 | 23 | tbc | 175 | No | windy ledge
XI-109 | Omar Haddad | Treetop | 2024-06-21 | 1800 | 12 | 5.25 | 825 | Yes | spray everywhere
XI-110 | Fay Dunn | Treetop | 2024-06-24 | 1900 | 28 | 10.75 | 475 | No | creases gone
XI-111 | Nate Oakes | Treetop | 2024-05-31 | 350 | 21 | 10.25 | 850 | Yes | rope tangled
XI-112 | Hugo Brandt | Underwater | 2024-06-11 | 2200 | 30 | 9.5 | 450 | Yes | crisp finish
XI-113 | Gwen Pryce | Underwater | 2024-06-12 | 200 | 25 | 9.75 | _ | Yes | board wobbled
XI-114 | Tess Walker | Cliff | 2024-06-13 | 1700 | 29 | 7.75 | 400 | Yes | seagull visit
""")
ENTRIES["ExtremeIroningShots"] = [
    (
        'change: highlight rule -> Altitude (m) is 1800 or more, whole row, sheet ExtremeIroningShots',
        'GreaterThanEqual({Altitude (m)}, 1800)', 'rows', 'by-header', 'diff', 'boundary',
    ),
    (
        'Colour the Board (kg) cells whose value is less than 7.5, cells only, sheet ExtremeIroningShots',
        'LessThan({Board (kg)}, 7.5)', 'cells', 'by-header', 'annotator',
    ),
    (
        'v0.9 - Added: Board (kg) cells in ExtremeIroningShots shaded when the value does not exceed 7.5 (cells only)',
        'LessThanEqual({Board (kg)}, 7.5)', 'cells', 'by-header', 'commit', 'boundary',
    ),
    (
        '- no formatting / + whole row highlighted where Altitude (m) is equal to 1800 (ExtremeIroningShots)',
        'Equals({Altitude (m)}, 1800)', 'rows', 'by-header', 'diff',
    ),
    (
        'Highlight the entire rows {r : r[Altitude (m)] ≠ 1800} of ExtremeIroningShots',
        'NotEquals({Altitude (m)}, 1800)', 'rows', 'by-header', 'math', 'negation',
    ),
    (
        'Before: nothing in ExtremeIroningShots. After: a fill on every Board (kg) cell that is between 6.25 and '
        '10.25 inclusive; just that cell, not the row.',
        'Between({Board (kg)}, 6.25, 10.25)', 'cells', 'by-header', 'diff', 'boundary',
    ),
    (
        'Before: nothing in ExtremeIroningShots. After: a fill on every Altitude (m) cell that is outside 1200 to '
        '2300 (1200 and 2300 themselves count as inside); just that cell, not the row.',
        'NotBetween({Altitude (m)}, 1200, 2300)', 'cells', 'by-header', 'diff', 'boundary', 'negation',
    ),
    (
        "feat(ExtremeIroningShots): highlight the whole rows of every shot in 'Underwater'",
        'TextEquals({Terrain}, "Underwater")', 'rows', 'by-value', 'commit',
    ),
    (
        'Before: ExtremeIroningShots has no highlighting. After: entire rows shaded wherever Notes includes the text '
        "'cold'.",
        'TextContains({Notes}, "cold")', 'rows', 'by-header', 'diff',
    ),
    (
        "feat(ExtremeIroningShots): highlight each Terrain cell that has no 'Underwater' in it (cell only)",
        'TextNotContains({Terrain}, "Underwater")', 'cells', 'by-header', 'commit', 'negation',
    ),
    (
        "Shade the entire row when Ironer starts with 'La' (sheet ExtremeIroningShots)",
        'TextStartsWith({Ironer}, "La")', 'rows', 'by-header', 'annotator', 'starts-ends',
    ),
    (
        "By 'prime' we mean a shot whose Ironer ends with 'bb'; in sheet ExtremeIroningShots, shade the entire rows "
        'of the prime shots.',
        'TextEndsWith({Ironer}, "bb")', 'rows', 'by-header', 'definition', 'starts-ends',
    ),
    (
        'feat(ExtremeIroningShots): highlight each Altitude (m) cell that is among the 3 highest (cell only)',
        'Top({Altitude (m)}, 3)', 'cells', 'by-header', 'commit', 'superlative',
    ),
    (
        'Is there a way to highlight entire rows of ExtremeIroningShots where Altitude (m) (column E) ranks in the '
        'bottom 3?',
        'Bottom({Altitude (m)}, 3)', 'rows', 'by-header', 'forum', 'superlative',
    ),
    (
        'change: highlight rule -> Sponsor ($) falls in the top 20 percent, whole row, sheet ExtremeIroningShots',
        'TopPercent({Sponsor ($)}, 20)', 'rows', 'by-header', 'diff', 'superlative',
    ),
    (
        'In ExtremeIroningShots, I need each Altitude (m) cell (column E) that falls in the bottom 20 percent to get '
        'a fill, just that cell. What rule does that?',
        'BottomPercent({Altitude (m)}, 20)', 'cells', 'by-header', 'forum', 'superlative',
    ),
    (
        "Before: nothing in ExtremeIroningShots. After: a fill on every Altitude (m) cell that is above the column's "
        'average; just that cell, not the row.',
        'AboveAverage({Altitude (m)})', 'cells', 'by-header', 'diff',
    ),
    (
        "By 'starred' we mean a value of Sponsor ($) that is lower than the average of Sponsor ($); mark the starred "
        'cells of Sponsor ($) in sheet ExtremeIroningShots (cells only).',
        'BelowAverage({Sponsor ($)})', 'cells', 'by-header', 'definition',
    ),
    (
        'Before: nothing in ExtremeIroningShots. After: a fill on every Ironer cell that is repeated elsewhere in the '
        'column; just that cell, not the row.',
        'Duplicates({Ironer})', 'cells', 'by-header', 'diff',
    ),
    (
        "By 'boxed' we mean a value of Ironer that is not repeated anywhere in the column; mark the boxed cells of "
        'Ironer in sheet ExtremeIroningShots (cells only).',
        'Unique({Ironer})', 'cells', 'by-header', 'definition',
    ),
    (
        '- no formatting / + whole row highlighted where Notes is left blank (ExtremeIroningShots)',
        'Blanks({Notes})', 'rows', 'by-header', 'diff',
    ),
    (
        'Highlight rows where Notes is filled in in sheet ExtremeIroningShots',
        'NotBlanks({Notes})', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        'v2.3 - Added: rows of ExtremeIroningShots highlighted in full wherever Sponsor ($) holds an error value',
        'Errors({Sponsor ($)})', 'rows', 'by-header', 'commit',
    ),
    (
        'v3.0.1 - Added: rows of ExtremeIroningShots highlighted in full wherever Shoot Date is yesterday',
        'Yesterday({Shoot Date})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        "Apply a fill to each Shoot Date cell that is today's date in sheet ExtremeIroningShots",
        'Today({Shoot Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        'Highlight rows where Shoot Date is tomorrow in sheet ExtremeIroningShots',
        'Tomorrow({Shoot Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Highlight {x ∈ Shoot Date : x ∈ [today − 6, today]} in ExtremeIroningShots, just those cells',
        'Last7Days({Shoot Date})', 'cells', 'by-header', 'math', 'date',
    ),
    (
        "Shade the whole row of last week's shots in sheet ExtremeIroningShots",
        'LastWeek({Shoot Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'fix(ExtremeIroningShots): shade the entire row when Shoot Date falls in the current week',
        'ThisWeek({Shoot Date})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'feat(ExtremeIroningShots): highlight each Shoot Date cell that is in the current month (cell only)',
        'ThisMonth({Shoot Date})', 'cells', 'by-header', 'commit', 'date',
    ),
    (
        'Quick one: in sheet ExtremeIroningShots, column D is Shoot Date. Can I colour just the cells whose value is '
        'in the coming calendar month?',
        'NextMonth({Shoot Date})', 'cells', 'by-header', 'forum', 'date',
    ),
]

TABLES["HaggisHurls"] = _table("""
Throw | Hurler | Category | Date | Dist (m) | Attempts | Haggis (lb) | Purse (£) | Split? | Notes
HG-101 | Kirsty Fyfe | Juniors | 2024-06-03 | 38 | 10 | 4.75 | 60 | No | record try
HG-102 | Isla Munro | Juniors | 2024-06-17 | 32 | 3 | 3.5 | _ | Yes | bagpipes playing
HG-103 | Kirsty Fyfe | Veterans | 2024-06-28 | 26 | 16 | 1.75 | #NUM! | No | hit the marquee
HG-104 | Angus Reid | Juniors | 2024-05-15 | 58 | 7 | 5.25 | 115 | No | clean release
HG-105 | Shona Baird | Veterans | 2024-07-09 | 22 | 19 | 4.5 | 125 | No | casing held
HG-106 | Eilidh Ross | Open | 2024-02-14 | 55 | 18 | 2.75 | 45 | No | second haggis
HG-107 | Hamish Kerr | Open | 2024-06-14 | 69 | 2 | 2.25 | 35 | No | wet grass
HG-108 | Morag Bell | Open | 2024-06-21 | 66 | 9 | 5 | 120 | No | crowd roared
HG-109 | Rory Grieve | Open | 2024-06-24 | 54 | 13 | void | 25 | Yes | foot over line
HG-110 | Ewan Laird | Veterans | 2024-05-31 | 33 | 4 | 4.25 | 90 | Yes | gusty crosswind
HG-111 | Mhairi Todd | Juniors | 2024-06-11 | 46 | 14 | 3.75 | 145 | Yes | tartan kilt
HG-112 | Fergus Dow | Open | 2024-06-12 | 39 | 6 | 2 | 95 | No | _
HG-113 | Shona Baird | Veterans | 2024-06-13 | 49 | 8 | 5.75 | 130 | No | ~
HG-114 | Callum Rae | Veterans | 2024-06-06 | 37 | _ | 3 | 20 | Yes | slipped on barrel
""")
ENTRIES["HaggisHurls"] = [
    (
        "Call a value of Dist (m) 'flagged' if it exceeds 39. Highlight every flagged Dist (m) cell in HaggisHurls, "
        'just the cell.',
        'GreaterThan({Dist (m)}, 39)', 'cells', 'by-header', 'definition',
    ),
    (
        "A 'boxed' hurl is one whose Notes contains 'record'. Highlight the whole row of every boxed hurl in "
        'HaggisHurls.',
        'TextContains({Notes}, "record")', 'rows', 'by-header', 'definition',
    ),
    (
        "By 'prime' we mean a hurl whose Category has no 'Juniors' in it; in sheet HaggisHurls, shade the entire rows "
        'of the prime hurls.',
        'TextNotContains({Category}, "Juniors")', 'rows', 'by-header', 'definition', 'negation',
    ),
    (
        "Before: nothing in HaggisHurls. After: a fill on every Hurler cell that starts with 'Ki'; just that cell, "
        'not the row.',
        'TextStartsWith({Hurler}, "Ki")', 'cells', 'by-header', 'diff', 'starts-ends',
    ),
    (
        "fix(HaggisHurls): shade the entire row when Hurler ends with 'fe'",
        'TextEndsWith({Hurler}, "fe")', 'rows', 'by-header', 'commit', 'starts-ends',
    ),
    (
        'Highlight the entire rows {r : rank(r[Dist (m)]) ≤ 3 (rank 1 = the largest Dist (m))} of HaggisHurls',
        'Top({Dist (m)}, 3)', 'rows', 'by-header', 'math', 'superlative',
    ),
    (
        'Colour the Dist (m) cells whose value is one of the bottom 3 values, cells only, sheet HaggisHurls',
        'Bottom({Dist (m)}, 3)', 'cells', 'by-header', 'annotator', 'superlative',
    ),
    (
        'change: highlight rule -> Purse (£) falls in the top 20 percent, cells only, sheet HaggisHurls',
        'TopPercent({Purse (£)}, 20)', 'cells', 'by-header', 'diff', 'superlative',
    ),
    (
        'Highlight the whole row wherever Dist (m) is in the lowest 20% in sheet HaggisHurls',
        'BottomPercent({Dist (m)}, 20)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'fix(HaggisHurls): shade the entire row when Dist (m) is higher than the average of Dist (m)',
        'AboveAverage({Dist (m)})', 'rows', 'by-header', 'commit',
    ),
    (
        'change: highlight rule -> Purse (£) is lower than the average of Purse (£), whole row, sheet HaggisHurls',
        'BelowAverage({Purse (£)})', 'rows', 'by-header', 'diff',
    ),
    (
        'Highlight the entire rows {r : |{y ∈ Hurler : y = r[Hurler]}| > 1} of HaggisHurls',
        'Duplicates({Hurler})', 'rows', 'by-header', 'math',
    ),
    (
        "By 'flagged' we mean a hurl whose Hurler appears only once in the column; in sheet HaggisHurls, shade the "
        'entire rows of the flagged hurls.',
        'Unique({Hurler})', 'rows', 'by-header', 'definition',
    ),
    (
        'Highlight Notes cells where the value is empty in sheet HaggisHurls',
        'Blanks({Notes})', 'cells', 'by-header', 'annotator',
    ),
    (
        'change: highlight rule -> Notes is not empty, cells only, sheet HaggisHurls',
        'NotBlanks({Notes})', 'cells', 'by-header', 'diff', 'negation',
    ),
    (
        'Before: HaggisHurls has no highlighting. After: entire rows shaded wherever Purse (£) holds an error value.',
        'Errors({Purse (£)})', 'rows', 'by-header', 'diff',
    ),
    (
        'change: highlight rule -> Purse (£) is not an error, whole row, sheet HaggisHurls',
        'NotErrors({Purse (£)})', 'rows', 'by-header', 'diff', 'negation',
    ),
    (
        'Apply a color scale to Haggis (lb) in sheet HaggisHurls',
        'ColorScale({Haggis (lb)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Apply data bars to Haggis (lb) in sheet HaggisHurls',
        'DataBar({Haggis (lb)})', 'cells', 'by-header', 'annotator',
    ),
    ('feat(HaggisHurls): add icon sets to Haggis (lb)', 'IconSet({Haggis (lb)})', 'cells', 'by-header', 'commit'),
    (
        "By 'pinned' we mean a value of Attempts that is above 6 and below 16; mark the pinned cells of Attempts in "
        'sheet HaggisHurls (cells only).',
        'AND(GreaterThan({Attempts}, 6), LessThan({Attempts}, 16))', 'cells', 'by-header', 'definition',
    ),
    (
        'v2.11 - Added: rows of HaggisHurls highlighted in full wherever Dist (m) is less than 33 or greater than 55',
        'OR(LessThan({Dist (m)}, 33), GreaterThan({Dist (m)}, 55))', 'rows', 'by-header', 'commit', 'or',
    ),
    (
        "In HaggisHurls, is there a way to shade the entire rows of every hurl not in 'Juniors'?",
        'NOT(TextEquals({Category}, "Juniors"))', 'rows', 'by-value', 'forum', 'negation',
    ),
    (
        'How can I highlight the whole row for the hurls dated yesterday in HaggisHurls?',
        'Yesterday({Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        'Colour the Date cells whose value is today, cells only, sheet HaggisHurls',
        'Today({Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        'feat(HaggisHurls): highlight each Date cell that is tomorrow (cell only)',
        'Tomorrow({Date})', 'cells', 'by-header', 'commit', 'date',
    ),
    (
        "By 'prime' we mean a value of Date that is within the last 7 days, today included; mark the prime cells of "
        'Date in sheet HaggisHurls (cells only).',
        'Last7Days({Date})', 'cells', 'by-header', 'definition', 'date',
    ),
    (
        'Before: HaggisHurls has no highlighting. After: entire rows shaded wherever Date falls in last week.',
        'LastWeek({Date})', 'rows', 'by-header', 'diff', 'date',
    ),
    (
        'Shade the whole row of the hurls held this week in sheet HaggisHurls',
        'ThisWeek({Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'feat(HaggisHurls): highlight whole rows where Date is in the coming calendar week',
        'NextWeek({Date})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'Highlight Date cells where the value falls in the previous calendar month in sheet HaggisHurls',
        'LastMonth({Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
]

TABLES["FrogJumps"] = _table("""
Jump | Jockey | Frog Class | Date | Dist (in) | Hops | Frog (g) | Prize (US$) | Rental? | Notes
FJ-101 | Tara Moss | Bullfrog | 2024-06-17 | 204 | 5 | 280 | _ | Yes | jockey slipped
FJ-102 | Dina Fox | Bullfrog | 2024-06-28 | 144 | 3 | 230 | 175 | Yes | ~
FJ-103 | Wade Cole | Leopard | 2024-05-15 | 152 | 13 | 242.5 | 225 | Yes | frog escaped
FJ-104 | June Pike | Leopard | 2024-07-09 | 188 | 9 | scratched | 100 | No | rerun allowed
FJ-105 | Buck Hale | Leopard | 2024-02-14 | 148 | 14 | 305 | 200 | Yes | damp lilypad
FJ-106 | Lupe Ortiz | Tree Frog | 2024-06-14 | 212 | 7 | 142.5 | 75 | Yes | false start
FJ-107 | Jed Lyle | Tree Frog | 2024-06-21 | 76 | _ | 205 | 150 | Yes | frog sulked
FJ-108 | Rita Sims | Bullfrog | 2024-06-24 | 108 | 11 | 92.5 | #N/A | Yes | landed on pad
FJ-109 | Nora Vance | Leopard | 2024-05-31 | 164 | 15 | 155 | 350 | Yes | fastest heat
FJ-110 | Cody Banks | Leopard | 2024-06-11 | 216 | 4 | 317.5 | 25 | No | cheering kids
FJ-111 | Hank Mills | Bullfrog | 2024-06-12 | 208 | 2 | 130 | 300 | No | crowd hushed
FJ-112 | Cal Reyes | Tree Frog | 2024-06-13 | 80 | 6 | 117.5 | 500 | Yes | _
FJ-113 | Buck Hale | Bullfrog | 2024-06-06 | 124 | 10 | 355 | 425 | No | triple hop
FJ-114 | Cody Banks | Tree Frog | 2024-06-03 | 160 | 1 | 255 | 250 | No | big splash
""")
ENTRIES["FrogJumps"] = [
    (
        '- no formatting / + whole row highlighted where Dist (in) is greater than 152 (FrogJumps)',
        'GreaterThan({Dist (in)}, 152)', 'rows', 'by-header', 'diff',
    ),
    (
        '- no formatting / + whole row highlighted where Hops is at least 7 (FrogJumps)',
        'GreaterThanEqual({Hops}, 7)', 'rows', 'by-header', 'diff', 'boundary',
    ),
    (
        'Highlight Frog (g) cells where the value is under 230 in sheet FrogJumps',
        'LessThan({Frog (g)}, 230)', 'cells', 'by-header', 'annotator',
    ),
    (
        'change: highlight rule -> Frog (g) is at most 230, whole row, sheet FrogJumps',
        'LessThanEqual({Frog (g)}, 230)', 'rows', 'by-header', 'diff', 'boundary',
    ),
    (
        'Colour the Hops cells whose value equals 7, cells only, sheet FrogJumps',
        'Equals({Hops}, 7)', 'cells', 'by-header', 'annotator',
    ),
    (
        'Is there a way to highlight entire rows of FrogJumps where Dist (in) (column E) is not equal to 152?',
        'NotEquals({Dist (in)}, 152)', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        "Sheet FrogJumps: I'd like the full row coloured whenever the Frog (g) value in column G lies from 142.5 to "
        '305, both ends included. Any ideas?',
        'Between({Frog (g)}, 142.5, 305)', 'rows', 'by-header', 'forum', 'boundary',
    ),
    (
        'FrogJumps: shade whole rows where Dist (in) ∉ [124, 204]',
        'NotBetween({Dist (in)}, 124, 204)', 'rows', 'by-header', 'math', 'boundary', 'negation',
    ),
    (
        "In FrogJumps, is there a way to shade the entire rows of every jump in 'Leopard'?",
        'TextEquals({Frog Class}, "Leopard")', 'rows', 'by-value', 'forum',
    ),
    (
        "change: highlight rule -> Dist (in) is above the column's average, whole row, sheet FrogJumps",
        'AboveAverage({Dist (in)})', 'rows', 'by-header', 'diff',
    ),
    (
        'change: highlight rule -> Prize (US$) is lower than the average of Prize (US$), whole row, sheet FrogJumps',
        'BelowAverage({Prize (US$)})', 'rows', 'by-header', 'diff',
    ),
    (
        'Highlight the whole row wherever Jockey appears more than once in the column in sheet FrogJumps',
        'Duplicates({Jockey})', 'rows', 'by-header', 'annotator',
    ),
    (
        "By 'starred' we mean a jump whose Jockey appears only once in the column; in sheet FrogJumps, shade the "
        'entire rows of the starred jumps.',
        'Unique({Jockey})', 'rows', 'by-header', 'definition',
    ),
    (
        'v2.3 - Added: Notes cells in FrogJumps shaded when the value is left blank (cells only)',
        'Blanks({Notes})', 'cells', 'by-header', 'commit',
    ),
    (
        "A 'tagged' jump is one whose Notes is not empty. Highlight the whole row of every tagged jump in FrogJumps.",
        'NotBlanks({Notes})', 'rows', 'by-header', 'definition', 'negation',
    ),
    (
        'feat(FrogJumps): highlight whole rows where Prize (US$) shows an error such as #N/A',
        'Errors({Prize (US$)})', 'rows', 'by-header', 'commit',
    ),
    (
        'v3.0.1 - Added: rows of FrogJumps highlighted in full wherever Prize (US$) is not an error',
        'NotErrors({Prize (US$)})', 'rows', 'by-header', 'commit', 'negation',
    ),
    ('Apply a color scale to Frog (g) in sheet FrogJumps', 'ColorScale({Frog (g)})', 'cells', 'by-header', 'annotator'),
    (
        'Add data bars to the Frog (g) column of sheet FrogJumps',
        'DataBar({Frog (g)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Before: Frog (g) in FrogJumps has no formatting. After: an icon set on it.',
        'IconSet({Frog (g)})', 'cells', 'by-header', 'diff',
    ),
    (
        'fix(FrogJumps): shade the entire row when Hops is strictly between 4 and 13',
        'AND(GreaterThan({Hops}, 4), LessThan({Hops}, 13))', 'rows', 'by-header', 'commit',
    ),
    (
        '- no formatting / + whole row highlighted where Dist (in) is under 124 or over 204 (FrogJumps)',
        'OR(LessThan({Dist (in)}, 124), GreaterThan({Dist (in)}, 204))', 'rows', 'by-header', 'diff', 'or',
    ),
    (
        "v2.3 - Added: entire rows of every jump not in 'Bullfrog' shaded in FrogJumps",
        'NOT(TextEquals({Frog Class}, "Bullfrog"))', 'rows', 'by-value', 'commit', 'negation',
    ),
    (
        "- no formatting / + each Date cell that is tomorrow's date highlighted (cells only) in FrogJumps",
        'Tomorrow({Date})', 'cells', 'by-header', 'diff', 'date',
    ),
    (
        'feat(FrogJumps): highlight each Date cell that falls in the past 7 days (today counts) (cell only)',
        'Last7Days({Date})', 'cells', 'by-header', 'commit', 'date',
    ),
    (
        'How can I highlight the whole row for the jumps held last week in FrogJumps?',
        'LastWeek({Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        "Highlight rows for this week's jumps in sheet FrogJumps",
        'ThisWeek({Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        "By 'pinned' we mean a value of Date that is in the coming calendar week; mark the pinned cells of Date in "
        'sheet FrogJumps (cells only).',
        'NextWeek({Date})', 'cells', 'by-header', 'definition', 'date',
    ),
    (
        "By 'pinned' we mean a value of Date that falls in the previous calendar month; mark the pinned cells of Date "
        'in sheet FrogJumps (cells only).',
        'LastMonth({Date})', 'cells', 'by-header', 'definition', 'date',
    ),
    (
        'Colour the Date cells whose value falls in this calendar month, cells only, sheet FrogJumps',
        'ThisMonth({Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        'Highlight Date cells where the value is in the coming calendar month in sheet FrogJumps',
        'NextMonth({Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
]

TABLES["TiddlywinksGames"] = _table("""
Game | Winker | Format | Date | Points | Squops | Wink (mm) | Stake (£) | Potout? | Notes
TW-101 | Basil Crum | Singles | 2024-06-28 | 3 | 10 | 19.25 | 36 | Yes | good gromp
TW-102 | Rufus Pike | Teams | 2024-05-15 | 9.5 | 25 | 20.25 | 9 | No | lucky bounce
TW-103 | Jill Sayer | Singles | 2024-07-09 | 2.5 | 24 | free | 22 | No | crowd of six
TW-104 | Vera Tull | Pairs | 2024-02-14 | 9 | 23 | 19 | 29 | Yes | ~
TW-105 | Larry Kahn | Teams | 2024-06-14 | 5 | 5 | 17 | 39 | Yes | _
TW-106 | Vera Tull | Singles | 2024-06-21 | 6 | 1 | 24 | 8 | No | blitz failed
TW-107 | Pat Reid | Pairs | 2024-06-24 | 3.5 | 13 | 20.5 | 21 | No | slow start
TW-108 | Cyril Batt | Teams | 2024-05-31 | 5.5 | 18 | 22.5 | 19 | No | tense endgame
TW-109 | Ivy Hart | Pairs | 2024-06-11 | 6.5 | 0 | 21.75 | #VALUE! | Yes | squidger lost
TW-110 | Rufus Pike | Singles | 2024-06-12 | 7 | 14 | 21 | 12 | Yes | wink off table
TW-111 | Ned Lamb | Singles | 2024-06-13 | 2 | 8 | 16 | 3 | Yes | carpet snag
TW-112 | Mo Hassan | Pairs | 2024-06-06 | 7.5 | _ | 20.75 | 15 | No | long boondock
TW-113 | Otto Penn | Teams | 2024-06-03 | 4 | 15 | 18.25 | _ | No | timed out
TW-114 | Edna Clough | Pairs | 2024-06-17 | 1.5 | 12 | 18.75 | 35 | No | pot in one
""")
ENTRIES["TiddlywinksGames"] = [
    (
        '- no formatting / + each Points cell that is greater than 5 highlighted (cells only) in TiddlywinksGames',
        'GreaterThan({Points}, 5)', 'cells', 'by-header', 'diff',
    ),
    (
        'TiddlywinksGames: shade whole rows where Squops ≥ 13',
        'GreaterThanEqual({Squops}, 13)', 'rows', 'by-header', 'math', 'boundary',
    ),
    (
        'Highlight the entire rows {r : r[Wink (mm)] < 20.25} of TiddlywinksGames',
        'LessThan({Wink (mm)}, 20.25)', 'rows', 'by-header', 'math',
    ),
    (
        'TiddlywinksGames: highlight the Wink (mm) cells where Wink (mm) ≤ 20.25, cells only',
        'LessThanEqual({Wink (mm)}, 20.25)', 'cells', 'by-header', 'math', 'boundary',
    ),
    (
        'Highlight the entire rows {r : r[Squops] = 13} of TiddlywinksGames',
        'Equals({Squops}, 13)', 'rows', 'by-header', 'math',
    ),
    (
        'Is there a way to highlight entire rows of TiddlywinksGames where Points (column E) is not equal to 5.5?',
        'NotEquals({Points}, 5.5)', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        "By 'circled' we mean a game whose Wink (mm) is in the range 18.75 to 21.75 (ends included); in sheet "
        'TiddlywinksGames, shade the entire rows of the circled games.',
        'Between({Wink (mm)}, 18.75, 21.75)', 'rows', 'by-header', 'definition', 'boundary',
    ),
    (
        "A 'boxed' game is one whose Points is outside 3 to 7 (3 and 7 themselves count as inside). Highlight the "
        'whole row of every boxed game in TiddlywinksGames.',
        'NotBetween({Points}, 3, 7)', 'rows', 'by-header', 'definition', 'boundary', 'negation',
    ),
    (
        "v3.0.1 - Added: entire rows of the 'Teams' games shaded in TiddlywinksGames",
        'TextEquals({Format}, "Teams")', 'rows', 'by-value', 'commit',
    ),
    (
        "v3.0.1 - Added: Notes cells in TiddlywinksGames shaded when the value includes the text 'good' (cells only)",
        'TextContains({Notes}, "good")', 'cells', 'by-header', 'commit',
    ),
    (
        "- no formatting / + each Format cell that has no 'Singles' in it highlighted (cells only) in TiddlywinksGames",
        'TextNotContains({Format}, "Singles")', 'cells', 'by-header', 'diff', 'negation',
    ),
    (
        "By 'circled' we mean a value of Winker that begins with 'Ba'; mark the circled cells of Winker in sheet "
        'TiddlywinksGames (cells only).',
        'TextStartsWith({Winker}, "Ba")', 'cells', 'by-header', 'definition', 'starts-ends',
    ),
    (
        "change: highlight rule -> Winker ends with 'um', cells only, sheet TiddlywinksGames",
        'TextEndsWith({Winker}, "um")', 'cells', 'by-header', 'diff', 'starts-ends',
    ),
    (
        "Call a value of Points 'pinned' if it ranks in the top 3. Highlight every pinned Points cell in "
        'TiddlywinksGames, just the cell.',
        'Top({Points}, 3)', 'cells', 'by-header', 'definition', 'superlative',
    ),
    (
        'Highlight {x ∈ Points : rank(x) ≤ 3 (rank 1 = the smallest Points)} in TiddlywinksGames, just those cells',
        'Bottom({Points}, 3)', 'cells', 'by-header', 'math', 'superlative',
    ),
    (
        "By 'tagged' we mean a value of Stake (£) that falls in the top 20 percent; mark the tagged cells of Stake "
        '(£) in sheet TiddlywinksGames (cells only).',
        'TopPercent({Stake (£)}, 20)', 'cells', 'by-header', 'definition', 'superlative',
    ),
    (
        'Highlight Points cells where the value falls in the bottom 20 percent in sheet TiddlywinksGames',
        'BottomPercent({Points}, 20)', 'cells', 'by-header', 'annotator', 'superlative',
    ),
    (
        '- plain Wink (mm) / + a color scale on Wink (mm) (TiddlywinksGames)',
        'ColorScale({Wink (mm)})', 'cells', 'by-header', 'diff',
    ),
    (
        '- plain Wink (mm) / + data bars on Wink (mm) (TiddlywinksGames)',
        'DataBar({Wink (mm)})', 'cells', 'by-header', 'diff',
    ),
    (
        'How do I put an icon set on column G (Wink (mm)) in TiddlywinksGames?',
        'IconSet({Wink (mm)})', 'cells', 'by-header', 'forum',
    ),
    (
        'change: highlight rule -> Squops is above 8 and below 23, cells only, sheet TiddlywinksGames',
        'AND(GreaterThan({Squops}, 8), LessThan({Squops}, 23))', 'cells', 'by-header', 'diff',
    ),
    (
        'Quick one: in sheet TiddlywinksGames, column E is Points. Can I colour just the cells whose value is less '
        'than 3 or greater than 7?',
        'OR(LessThan({Points}, 3), GreaterThan({Points}, 7))', 'cells', 'by-header', 'forum', 'or',
    ),
    (
        "Highlight Format cells where the value is other than 'Teams' in sheet TiddlywinksGames",
        'NOT(TextEquals({Format}, "Teams"))', 'cells', 'by-header', 'annotator', 'negation',
    ),
    (
        'Quick one: in sheet TiddlywinksGames, column D is Date. Can I colour just the cells whose value is yesterday?',
        'Yesterday({Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        "By 'pinned' we mean the games dated today; shade their entire rows in TiddlywinksGames.",
        'Today({Date})', 'rows', 'by-meaning', 'definition', 'date',
    ),
    (
        "In TiddlywinksGames, is there a way to shade the entire rows of last week's games?",
        'LastWeek({Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        'Apply a fill to each Date cell that falls in the current week in sheet TiddlywinksGames',
        'ThisWeek({Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        "How can I highlight the whole row for next week's games in TiddlywinksGames?",
        'NextWeek({Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        "- no formatting / + whole rows of last month's games highlighted (TiddlywinksGames)",
        'LastMonth({Date})', 'rows', 'by-meaning', 'diff', 'date',
    ),
    (
        "Call a value of Date 'starred' if it is in the current month. Highlight every starred Date cell in "
        'TiddlywinksGames, just the cell.',
        'ThisMonth({Date})', 'cells', 'by-header', 'definition', 'date',
    ),
    (
        'Highlight rows where Date falls in next month in sheet TiddlywinksGames',
        'NextMonth({Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
]

TABLES["PillowFightBouts"] = _table("""
Bout | Fighter | Weight | Bout Date | Hits | Rounds | Pillow (g) | Ticket (A$) | Burst? | Notes
PF-101 | Nell Nightcap | Middleweight | 2024-05-15 | 33 | 14 | 900 | 100 | No | costume torn
PF-102 | Kat Knockout | Featherweight | 2024-07-09 | 45 | 1 | 400 | #DIV/0! | No | ref warned
PF-103 | Suki Slam | Middleweight | 2024-02-14 | 32 | 4 | 625 | 120 | No | fancy footwork
PF-104 | Bea Bolster | Featherweight | 2024-06-14 | 79 | 20 | 487.5 | 30 | Yes | feathers flew
PF-105 | Suki Slam | Featherweight | 2024-06-21 | 61 | 13 | 750 | _ | No | quick finish
PF-106 | Tilly Tuck | Featherweight | 2024-06-24 | 72 | 6 | 800 | 25 | Yes | _
PF-107 | Dora Down | Heavyweight | 2024-05-31 | 75 | 18 | 500 | 40 | Yes | pillow split
PF-108 | Cleo Cushion | Middleweight | 2024-06-11 | 30 | 19 | comp | 110 | No | crowd chanted
PF-109 | Jade Feather | Middleweight | 2024-06-12 | 14 | 9 | 600 | 45 | No | ~
PF-110 | Gigi Snooze | Featherweight | 2024-06-13 | 25 | _ | 687.5 | 60 | Yes | rematch asked
PF-111 | Lulu Duvet | Heavyweight | 2024-06-06 | 42 | 17 | 862.5 | 70 | Yes | knockdown
PF-112 | Mia Storm | Middleweight | 2024-06-03 | 43 | 16 | 700 | 85 | No | split decision
PF-113 | Rox Rampage | Heavyweight | 2024-06-17 | 11 | 8 | 550 | 90 | No | slow first round
PF-114 | Rox Rampage | Heavyweight | 2024-06-28 | 63 | 10 | 825 | 80 | Yes | lost slipper
""")
ENTRIES["PillowFightBouts"] = [
    (
        'feat(PillowFightBouts): highlight whole rows where Pillow (g) is less than 687.5',
        'LessThan({Pillow (g)}, 687.5)', 'rows', 'by-header', 'commit',
    ),
    (
        'feat(PillowFightBouts): highlight each Pillow (g) cell that does not exceed 687.5 (cell only)',
        'LessThanEqual({Pillow (g)}, 687.5)', 'cells', 'by-header', 'commit', 'boundary',
    ),
    (
        'How do I highlight each cell in column F (Rounds) that equals 13? Only that cell, not the row. Sheet '
        'PillowFightBouts.',
        'Equals({Rounds}, 13)', 'cells', 'by-header', 'forum',
    ),
    (
        'Highlight {x ∈ Hits : x ≠ 42} in PillowFightBouts, just those cells',
        'NotEquals({Hits}, 42)', 'cells', 'by-header', 'math', 'negation',
    ),
    (
        "By 'noted' we mean a value of Pillow (g) that is between 550 and 825 inclusive; mark the noted cells of "
        'Pillow (g) in sheet PillowFightBouts (cells only).',
        'Between({Pillow (g)}, 550, 825)', 'cells', 'by-header', 'definition', 'boundary',
    ),
    (
        'PillowFightBouts: highlight the Hits cells where Hits ∉ [30, 63], cells only',
        'NotBetween({Hits}, 30, 63)', 'cells', 'by-header', 'math', 'boundary', 'negation',
    ),
    (
        "v2.3 - Added: entire rows of the 'Heavyweight' bouts shaded in PillowFightBouts",
        'TextEquals({Weight}, "Heavyweight")', 'rows', 'by-value', 'commit',
    ),
    (
        "- no formatting / + whole row highlighted where Notes includes the text 'costume' (PillowFightBouts)",
        'TextContains({Notes}, "costume")', 'rows', 'by-header', 'diff',
    ),
    (
        "A 'pinned' bout is one whose Weight does not contain 'Middleweight'. Highlight the whole row of every pinned "
        'bout in PillowFightBouts.',
        'TextNotContains({Weight}, "Middleweight")', 'rows', 'by-header', 'definition', 'negation',
    ),
    (
        "fix: flag each Fighter cell in PillowFightBouts that starts with 'Ne', just the cell",
        'TextStartsWith({Fighter}, "Ne")', 'cells', 'by-header', 'commit', 'starts-ends',
    ),
    (
        "Highlight the whole row wherever Fighter finishes in 'ap' in sheet PillowFightBouts",
        'TextEndsWith({Fighter}, "ap")', 'rows', 'by-header', 'annotator', 'starts-ends',
    ),
    (
        'v2.11 - Added: rows of PillowFightBouts highlighted in full wherever Hits ranks in the top 3',
        'Top({Hits}, 3)', 'rows', 'by-header', 'commit', 'superlative',
    ),
    (
        'Highlight rows where Hits ranks in the bottom 3 in sheet PillowFightBouts',
        'Bottom({Hits}, 3)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'How do I shade the whole row in PillowFightBouts when column H (Ticket (A$)) is in the highest 20%?',
        'TopPercent({Ticket (A$)}, 20)', 'rows', 'by-header', 'forum', 'superlative',
    ),
    (
        'Before: nothing in PillowFightBouts. After: a fill on every Hits cell that is in the lowest 20%; just that '
        'cell, not the row.',
        'BottomPercent({Hits}, 20)', 'cells', 'by-header', 'diff', 'superlative',
    ),
    (
        'Before: PillowFightBouts has no highlighting. After: entire rows shaded wherever Hits is higher than the '
        'average of Hits.',
        'AboveAverage({Hits})', 'rows', 'by-header', 'diff',
    ),
    (
        "How do I highlight each cell in column H (Ticket (A$)) that is below the column's average? Only that cell, "
        'not the row. Sheet PillowFightBouts.',
        'BelowAverage({Ticket (A$)})', 'cells', 'by-header', 'forum',
    ),
    (
        'feat(PillowFightBouts): highlight each Fighter cell that is repeated elsewhere in the column (cell only)',
        'Duplicates({Fighter})', 'cells', 'by-header', 'commit',
    ),
    (
        "Sheet PillowFightBouts: I'd like the full row coloured whenever the Fighter value in column B appears only "
        'once in the column. Any ideas?',
        'Unique({Fighter})', 'rows', 'by-header', 'forum',
    ),
    (
        'In PillowFightBouts, I need each Notes cell (column J) that is left blank to get a fill, just that cell. '
        'What rule does that?',
        'Blanks({Notes})', 'cells', 'by-header', 'forum',
    ),
    (
        'feat(PillowFightBouts): highlight whole rows where Notes is not empty',
        'NotBlanks({Notes})', 'rows', 'by-header', 'commit', 'negation',
    ),
    (
        'How do I shade the whole row in PillowFightBouts when column H (Ticket (A$)) holds an error value?',
        'Errors({Ticket (A$)})', 'rows', 'by-header', 'forum',
    ),
    (
        'Quick one: in sheet PillowFightBouts, column H is Ticket (A$). Can I colour just the cells whose value is '
        'not an error?',
        'NotErrors({Ticket (A$)})', 'cells', 'by-header', 'forum', 'negation',
    ),
    (
        "feat(PillowFightBouts): highlight each Bout Date cell that is yesterday's date (cell only)",
        'Yesterday({Bout Date})', 'cells', 'by-header', 'commit', 'date',
    ),
    (
        'Before: nothing in PillowFightBouts. After: a fill on every Bout Date cell that is today; just that cell, '
        'not the row.',
        'Today({Bout Date})', 'cells', 'by-header', 'diff', 'date',
    ),
    (
        "Shade the whole row of tomorrow's bouts in sheet PillowFightBouts",
        'Tomorrow({Bout Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'Before: nothing in PillowFightBouts. After: a fill on every Bout Date cell that is within the last 7 days, '
        'today included; just that cell, not the row.',
        'Last7Days({Bout Date})', 'cells', 'by-header', 'diff', 'date',
    ),
    (
        'How do I highlight each cell in column D (Bout Date) that is in the coming calendar week? Only that cell, '
        'not the row. Sheet PillowFightBouts.',
        'NextWeek({Bout Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'Before: PillowFightBouts has no highlighting. After: entire rows shaded wherever Bout Date falls in the '
        'previous calendar month.',
        'LastMonth({Bout Date})', 'rows', 'by-header', 'diff', 'date',
    ),
    (
        "Definition: a bout is 'flagged' when its Bout Date falls in this calendar month. Task: highlight flagged "
        'bouts, whole rows, sheet PillowFightBouts.',
        'ThisMonth({Bout Date})', 'rows', 'by-header', 'definition', 'date',
    ),
    (
        "By 'noted' we mean a bout whose Bout Date falls in next month; in sheet PillowFightBouts, shade the entire "
        'rows of the noted bouts.',
        'NextMonth({Bout Date})', 'rows', 'by-header', 'definition', 'date',
    ),
]

TABLES["WokRaceRuns"] = _table("""
Run | Racer | Track | Date | Top Speed (km/h) | Runs | Wok (cm) | Entry (CHF) | Crashed? | Notes
WR-101 | Stefan Raab | Single Wok | 2024-07-09 | 58 | 23 | 36.5 | 300 | No | late gate
WR-102 | Lukas Egger | Single Wok | 2024-02-14 | 68 | 5 | 38 | 200 | No | icy chute
WR-103 | Nina Wyss | Single Wok | 2024-06-14 | 109 | 4 | 51.5 | 120 | Yes | clean line
WR-104 | Anja Keller | Sprint | 2024-06-21 | 82 | 17 | 44 | 250 | Yes | brushed wall
WR-105 | Lukas Egger | Single Wok | 2024-06-24 | 106 | 8 | waived | 170 | No | sparks flying
WR-106 | Sina Graf | Four Man | 2024-05-31 | 65 | 14 | 54 | 70 | Yes | crowd loud
WR-107 | Timo Frei | Four Man | 2024-06-11 | 83 | 22 | 30.5 | 260 | No | fog at start
WR-108 | Ralf Moser | Sprint | 2024-06-12 | 90 | 7 | 52.5 | 60 | No | new record
WR-109 | Jana Vogt | Single Wok | 2024-06-13 | 99 | 20 | 47 | _ | No | wok dented
WR-110 | Jonas Baum | Sprint | 2024-06-06 | 50 | 18 | 57.5 | 90 | No | ~
WR-111 | Mira Huber | Four Man | 2024-06-03 | 108 | _ | 34.5 | 150 | No | lost spoon
WR-112 | Lea Gerber | Four Man | 2024-06-17 | 98 | 12 | 50 | #NAME? | Yes | fast corner
WR-113 | Felix Brunner | Four Man | 2024-06-28 | 104 | 6 | 38.5 | 180 | No | _
WR-114 | Lea Gerber | Sprint | 2024-05-15 | 86 | 15 | 60 | 220 | Yes | helmet loose
""")
ENTRIES["WokRaceRuns"] = [
    (
        'Highlight the whole row wherever Top Speed (km/h) exceeds 86 in sheet WokRaceRuns',
        'GreaterThan({Top Speed (km/h)}, 86)', 'rows', 'by-header', 'annotator',
    ),
    (
        'Highlight the entire rows {r : r[Top Speed (km/h)] ≥ 86} of WokRaceRuns',
        'GreaterThanEqual({Top Speed (km/h)}, 86)', 'rows', 'by-header', 'math', 'boundary',
    ),
    (
        "Highlight rows where Track lacks the text 'Single' in sheet WokRaceRuns",
        'TextNotContains({Track}, "Single")', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        "By 'prime' we mean a run whose Racer begins with 'St'; in sheet WokRaceRuns, shade the entire rows of the "
        'prime runs.',
        'TextStartsWith({Racer}, "St")', 'rows', 'by-header', 'definition', 'starts-ends',
    ),
    (
        "change: highlight rule -> Racer ends with 'ab', cells only, sheet WokRaceRuns",
        'TextEndsWith({Racer}, "ab")', 'cells', 'by-header', 'diff', 'starts-ends',
    ),
    (
        'v2.11 - Added: Top Speed (km/h) cells in WokRaceRuns shaded when the value is one of the top 3 values (cells '
        'only)',
        'Top({Top Speed (km/h)}, 3)', 'cells', 'by-header', 'commit', 'superlative',
    ),
    (
        'Highlight the entire rows {r : rank(r[Top Speed (km/h)]) ≤ 3 (rank 1 = the smallest Top Speed (km/h))} of '
        'WokRaceRuns',
        'Bottom({Top Speed (km/h)}, 3)', 'rows', 'by-header', 'math', 'superlative',
    ),
    (
        "Definition: a run is 'flagged' when its Entry (CHF) falls in the top 25 percent. Task: highlight flagged "
        'runs, whole rows, sheet WokRaceRuns.',
        'TopPercent({Entry (CHF)}, 25)', 'rows', 'by-header', 'definition', 'superlative',
    ),
    (
        "A 'starred' run is one whose Top Speed (km/h) falls in the bottom 20 percent. Highlight the whole row of "
        'every starred run in WokRaceRuns.',
        'BottomPercent({Top Speed (km/h)}, 20)', 'rows', 'by-header', 'definition', 'superlative',
    ),
    (
        'How do I shade the whole row in WokRaceRuns when column E (Top Speed (km/h)) is higher than the average of '
        'Top Speed (km/h)?',
        'AboveAverage({Top Speed (km/h)})', 'rows', 'by-header', 'forum',
    ),
    (
        'WokRaceRuns: shade whole rows where Entry (CHF) < mean(Entry (CHF))',
        'BelowAverage({Entry (CHF)})', 'rows', 'by-header', 'math',
    ),
    (
        'Before: WokRaceRuns has no highlighting. After: entire rows shaded wherever Racer is repeated elsewhere in '
        'the column.',
        'Duplicates({Racer})', 'rows', 'by-header', 'diff',
    ),
    (
        'Quick one: in sheet WokRaceRuns, column B is Racer. Can I colour just the cells whose value is not repeated '
        'anywhere in the column?',
        'Unique({Racer})', 'cells', 'by-header', 'forum',
    ),
    (
        "By 'pinned' we mean a run whose Notes is left blank; in sheet WokRaceRuns, shade the entire rows of the "
        'pinned runs.',
        'Blanks({Notes})', 'rows', 'by-header', 'definition',
    ),
    (
        "By 'circled' we mean a value of Notes that is filled in; mark the circled cells of Notes in sheet "
        'WokRaceRuns (cells only).',
        'NotBlanks({Notes})', 'cells', 'by-header', 'definition', 'negation',
    ),
    (
        'Highlight the whole row wherever Entry (CHF) holds an error value in sheet WokRaceRuns',
        'Errors({Entry (CHF)})', 'rows', 'by-header', 'annotator',
    ),
    (
        "By 'pinned' we mean a run whose Entry (CHF) holds no error value; in sheet WokRaceRuns, shade the entire "
        'rows of the pinned runs.',
        'NotErrors({Entry (CHF)})', 'rows', 'by-header', 'definition', 'negation',
    ),
    (
        'v3.0.1 - Added: a colour scale on Wok (cm) in WokRaceRuns',
        'ColorScale({Wok (cm)})', 'cells', 'by-header', 'commit',
    ),
    (
        'In WokRaceRuns, can I show data bars on the Wok (cm) values (column G)?',
        'DataBar({Wok (cm)})', 'cells', 'by-header', 'forum',
    ),
    ('Apply an icon set to Wok (cm) in sheet WokRaceRuns', 'IconSet({Wok (cm)})', 'cells', 'by-header', 'annotator'),
    (
        'Before: WokRaceRuns has no highlighting. After: entire rows shaded wherever Runs is 7 or more and less than '
        '20.',
        'AND(GreaterThanEqual({Runs}, 7), LessThan({Runs}, 20))', 'rows', 'by-header', 'diff',
    ),
    (
        "Definition: a run is 'noted' when its Top Speed (km/h) is less than 68 or greater than 104. Task: highlight "
        'noted runs, whole rows, sheet WokRaceRuns.',
        'OR(LessThan({Top Speed (km/h)}, 68), GreaterThan({Top Speed (km/h)}, 104))',
        'rows',
        'by-header',
        'definition',
        'or',
    ),
    (
        "Let 'boxed' runs be the runs that aren't 'Four Man'. Highlight the boxed ones, whole row each, in "
        'WokRaceRuns.',
        'NOT(TextEquals({Track}, "Four Man"))', 'rows', 'by-value', 'definition', 'negation',
    ),
    (
        "Highlight Date cells where the value is yesterday's date in sheet WokRaceRuns",
        'Yesterday({Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
    (
        "How do I shade the whole row in WokRaceRuns when column D (Date) is today's date?",
        'Today({Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        "By 'pinned' we mean tomorrow's runs; shade their entire rows in WokRaceRuns.",
        'Tomorrow({Date})', 'rows', 'by-meaning', 'definition', 'date',
    ),
    (
        'Before: nothing. After: the entire rows of the runs of the last seven days, today too shaded in WokRaceRuns.',
        'Last7Days({Date})', 'rows', 'by-meaning', 'diff', 'date',
    ),
    (
        'In WokRaceRuns, I need each Date cell (column D) that falls in last week to get a fill, just that cell. What '
        'rule does that?',
        'LastWeek({Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'feat(WokRaceRuns): highlight the whole rows of the runs held this week',
        'ThisWeek({Date})', 'rows', 'by-meaning', 'commit', 'date',
    ),
    (
        'fix(WokRaceRuns): shade the entire row when Date falls in this calendar month',
        'ThisMonth({Date})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'How do I highlight each cell in column D (Date) that is in the coming calendar month? Only that cell, not '
        'the row. Sheet WokRaceRuns.',
        'NextMonth({Date})', 'cells', 'by-header', 'forum', 'date',
    ),
]

TABLES["SackRaceHeats"] = _table("""
Lane | Runner | Age Group | Date | Time (s) | Falls | Sack (L) | Pledges (£) | Finished? | Notes
SR-101 | Oscar Bond | Parents | 2024-02-14 | 39 | 10 | 62.5 | 95 | No | tumbled at flag
SR-102 | Lily Ford | Under 8 | 2024-06-14 | 13 | 7 | 90 | 155 | No | _
SR-103 | Jack Pratt | Under 12 | 2024-06-21 | 40 | 2 | 82.5 | 165 | Yes | slow hops
SR-104 | Freya Lane | Under 8 | 2024-06-24 | 43 | 5 | 65 | 90 | No | false start
SR-105 | Noah Hurst | Parents | 2024-05-31 | 19 | 4 | 77.5 | 180 | Yes | big grin
SR-106 | Leo Marsh | Parents | 2024-06-11 | 12 | 0 | 80 | _ | No | hopped sideways
SR-107 | Oscar Bond | Under 12 | 2024-06-12 | 33 | 6 | 50 | 20 | No | fell then won
SR-108 | Poppy Webb | Under 8 | 2024-06-13 | 44 | _ | 40 | 140 | No | grass stains
SR-109 | Ruby Shaw | Under 12 | 2024-06-06 | 15 | 13 | 60 | #REF! | Yes | cheered on
SR-110 | Isla Grey | Under 12 | 2024-06-03 | 11 | 15 | 42.5 | 185 | No | ~
SR-111 | Noah Hurst | Parents | 2024-06-17 | 21 | 20 | 67.5 | 110 | No | dog ran across
SR-112 | Harry Dale | Under 12 | 2024-06-28 | 24 | 8 | 47.5 | 5 | Yes | sack ripped
SR-113 | Alfie Cole | Under 8 | 2024-05-15 | 25 | 3 | pending | 30 | Yes | lost welly
SR-114 | Evie Dean | Under 8 | 2024-07-09 | 16 | 12 | 52.5 | 45 | Yes | photo finish
""")
ENTRIES["SackRaceHeats"] = [
    (
        'v1.7 - Added: rows of SackRaceHeats highlighted in full wherever Falls exceeds 7',
        'GreaterThan({Falls}, 7)', 'rows', 'by-header', 'commit',
    ),
    (
        "Call a value of Falls 'prime' if it is 7 or more. Highlight every prime Falls cell in SackRaceHeats, just "
        'the cell.',
        'GreaterThanEqual({Falls}, 7)', 'cells', 'by-header', 'definition', 'boundary',
    ),
    (
        'change: highlight rule -> Sack (L) is less than 62.5, cells only, sheet SackRaceHeats',
        'LessThan({Sack (L)}, 62.5)', 'cells', 'by-header', 'diff',
    ),
    (
        'SackRaceHeats: shade whole rows where Sack (L) ≤ 62.5',
        'LessThanEqual({Sack (L)}, 62.5)', 'rows', 'by-header', 'math', 'boundary',
    ),
    (
        'Colour the Time (s) cells whose value equals 21, cells only, sheet SackRaceHeats',
        'Equals({Time (s)}, 21)', 'cells', 'by-header', 'annotator',
    ),
    (
        "Definition: an entry is 'starred' when its Time (s) is not equal to 21. Task: highlight starred entries, "
        'whole rows, sheet SackRaceHeats.',
        'NotEquals({Time (s)}, 21)', 'rows', 'by-header', 'definition', 'negation',
    ),
    (
        'Colour the Sack (L) cells whose value is between 50 and 80 inclusive, cells only, sheet SackRaceHeats',
        'Between({Sack (L)}, 50, 80)', 'cells', 'by-header', 'annotator', 'boundary',
    ),
    (
        'Before: SackRaceHeats has no highlighting. After: entire rows shaded wherever Time (s) is outside 15 to 39 '
        '(15 and 39 themselves count as inside).',
        'NotBetween({Time (s)}, 15, 39)', 'rows', 'by-header', 'diff', 'boundary', 'negation',
    ),
    (
        "Before: SackRaceHeats has no highlighting. After: entire rows shaded wherever Age Group reads 'Under 12' "
        'exactly.',
        'TextEquals({Age Group}, "Under 12")', 'rows', 'by-header', 'diff',
    ),
    (
        "By 'pinned' we mean a value of Notes that includes the text 'tumbled'; mark the pinned cells of Notes in "
        'sheet SackRaceHeats (cells only).',
        'TextContains({Notes}, "tumbled")', 'cells', 'by-header', 'definition',
    ),
    (
        "A 'noted' entry is one whose Pledges (£) is below the column's average. Highlight the whole row of every "
        'noted entry in SackRaceHeats.',
        'BelowAverage({Pledges (£)})', 'rows', 'by-header', 'definition',
    ),
    (
        'Shade the entire row when Runner appears more than once in the column (sheet SackRaceHeats)',
        'Duplicates({Runner})', 'rows', 'by-header', 'annotator',
    ),
    (
        "Definition: an entry is 'circled' when its Runner appears only once in the column. Task: highlight circled "
        'entries, whole rows, sheet SackRaceHeats.',
        'Unique({Runner})', 'rows', 'by-header', 'definition',
    ),
    (
        "Sheet SackRaceHeats: I'd like the full row coloured whenever the Notes value in column J is left blank. Any "
        'ideas?',
        'Blanks({Notes})', 'rows', 'by-header', 'forum',
    ),
    (
        'feat(SackRaceHeats): highlight whole rows where Notes is not empty',
        'NotBlanks({Notes})', 'rows', 'by-header', 'commit', 'negation',
    ),
    (
        "A 'boxed' entry is one whose Pledges (£) shows an error such as #N/A. Highlight the whole row of every boxed "
        'entry in SackRaceHeats.',
        'Errors({Pledges (£)})', 'rows', 'by-header', 'definition',
    ),
    (
        "A 'pinned' entry is one whose Pledges (£) holds no error value. Highlight the whole row of every pinned "
        'entry in SackRaceHeats.',
        'NotErrors({Pledges (£)})', 'rows', 'by-header', 'definition', 'negation',
    ),
    (
        'Add a color scale to the Sack (L) column of sheet SackRaceHeats',
        'ColorScale({Sack (L)})', 'cells', 'by-header', 'annotator',
    ),
    ('v2.11 - Added: data bars on Sack (L) in SackRaceHeats', 'DataBar({Sack (L)})', 'cells', 'by-header', 'commit'),
    ('v2.11 - Added: icon sets on Sack (L) in SackRaceHeats', 'IconSet({Sack (L)})', 'cells', 'by-header', 'commit'),
    (
        'feat(SackRaceHeats): highlight whole rows where Time (s) is more than 15 but no more than 39',
        'AND(GreaterThan({Time (s)}, 15), LessThanEqual({Time (s)}, 39))', 'rows', 'by-header', 'commit',
    ),
    (
        'change: highlight rule -> Time (s) is below 15 or above 39, whole row, sheet SackRaceHeats',
        'OR(LessThan({Time (s)}, 15), GreaterThan({Time (s)}, 39))', 'rows', 'by-header', 'diff', 'or',
    ),
    (
        "Call a value of Age Group 'pinned' if it is other than 'Under 12'. Highlight every pinned Age Group cell in "
        'SackRaceHeats, just the cell.',
        'NOT(TextEquals({Age Group}, "Under 12"))', 'cells', 'by-header', 'definition', 'negation',
    ),
    (
        "How do I highlight each cell in column D (Date) that is yesterday's date? Only that cell, not the row. Sheet "
        'SackRaceHeats.',
        'Yesterday({Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        "Quick one: in sheet SackRaceHeats, column D is Date. Can I colour just the cells whose value is today's date?",
        'Today({Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        "A 'circled' entry is one whose Date is tomorrow's date. Highlight the whole row of every circled entry in "
        'SackRaceHeats.',
        'Tomorrow({Date})', 'rows', 'by-header', 'definition', 'date',
    ),
    (
        'Shade the entire row when Date falls in the past 7 days (today counts) (sheet SackRaceHeats)',
        'Last7Days({Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'feat(SackRaceHeats): highlight whole rows where Date falls in last week',
        'LastWeek({Date})', 'rows', 'by-header', 'commit', 'date',
    ),
    (
        'How do I shade the whole row in SackRaceHeats when column D (Date) falls in the current week?',
        'ThisWeek({Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        '- no formatting / + each Date cell that is in the coming calendar week highlighted (cells only) in '
        'SackRaceHeats',
        'NextWeek({Date})', 'cells', 'by-header', 'diff', 'date',
    ),
    (
        'Highlight rows where Date falls in the previous calendar month in sheet SackRaceHeats',
        'LastMonth({Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
]

TABLES["WheelbarrowRaces"] = _table("""
Team | Pusher | Barrow Type | Date | Dist (m) | Spills | Load (kg) | Donations (€) | Pub Stop? | Notes
WB-101 | Padraig Hayes | Motorised | 2024-06-14 | 800 | 9 | 62.5 | 280 | Yes | flat tyre
WB-102 | Sean Doyle | Motorised | 2024-06-21 | 1400 | 13 | 57.5 | 320 | Yes | handles snapped
WB-103 | Declan Byrne | Classic | 2024-06-24 | 1100 | 12 | 72.5 | 760 | Yes | late entry
WB-104 | Saoirse Dunne | Motorised | 2024-05-31 | 1200 | 6 | 60 | 640 | Yes | smooth run
WB-105 | Eoin Burke | Fancy Dress | 2024-06-11 | 900 | 1 | 70 | _ | No | costume prize
WB-106 | Orla Ryan | Motorised | 2024-06-12 | 400 | 8 | 80 | 300 | No | wobbly wheel
WB-107 | Niamh Kelly | Classic | 2024-06-13 | 850 | 14 | 117.5 | #NUM! | Yes | cheered by pub
WB-108 | Ciara Quinn | Fancy Dress | 2024-06-06 | 700 | 5 | 120 | 40 | No | ~
WB-109 | Roisin Farrell | Classic | 2024-06-03 | 1000 | 3 | 112.5 | 480 | No | passenger fell
WB-110 | Aoife Walsh | Fancy Dress | 2024-06-17 | 300 | 10 | 50 | 160 | Yes | _
WB-111 | Sean Doyle | Fancy Dress | 2024-06-28 | 950 | 4 | 102.5 | 80 | Yes | fastest lap
WB-112 | Liam Nolan | Classic | 2024-05-15 | 450 | 0 | 92.5 | 540 | Yes | tipped at corner
WB-113 | Roisin Farrell | Fancy Dress | 2024-07-09 | 1350 | _ | 65 | 900 | No | rain soaked
WB-114 | Cian Murphy | Classic | 2024-02-14 | 200 | 7 | lost | 680 | Yes | missed checkpoint
""")
ENTRIES["WheelbarrowRaces"] = [
    (
        'How do I highlight each cell in column E (Dist (m)) that exceeds 850? Only that cell, not the row. Sheet '
        'WheelbarrowRaces.',
        'GreaterThan({Dist (m)}, 850)', 'cells', 'by-header', 'forum',
    ),
    (
        'In WheelbarrowRaces, I need each Dist (m) cell (column E) that is at least 850 to get a fill, just that '
        'cell. What rule does that?',
        'GreaterThanEqual({Dist (m)}, 850)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'feat(WheelbarrowRaces): highlight whole rows where Load (kg) is under 72.5',
        'LessThan({Load (kg)}, 72.5)', 'rows', 'by-header', 'commit',
    ),
    (
        'WheelbarrowRaces: shade whole rows where Load (kg) ≤ 72.5',
        'LessThanEqual({Load (kg)}, 72.5)', 'rows', 'by-header', 'math', 'boundary',
    ),
    (
        '- no formatting / + whole row highlighted where Dist (m) is equal to 850 (WheelbarrowRaces)',
        'Equals({Dist (m)}, 850)', 'rows', 'by-header', 'diff',
    ),
    (
        'change: highlight rule -> Dist (m) is anything other than 900, whole row, sheet WheelbarrowRaces',
        'NotEquals({Dist (m)}, 900)', 'rows', 'by-header', 'diff', 'negation',
    ),
    (
        'v1.7 - Added: Load (kg) cells in WheelbarrowRaces shaded when the value is in the range 62.5 to 112.5 (ends '
        'included) (cells only)',
        'Between({Load (kg)}, 62.5, 112.5)', 'cells', 'by-header', 'commit', 'boundary',
    ),
    (
        'Highlight Dist (m) cells where the value is not between 450 and 1100, bounds inclusive in sheet '
        'WheelbarrowRaces',
        'NotBetween({Dist (m)}, 450, 1100)', 'cells', 'by-header', 'annotator', 'boundary', 'negation',
    ),
    (
        "v0.9 - Added: entire rows of the 'Classic' teams shaded in WheelbarrowRaces",
        'TextEquals({Barrow Type}, "Classic")', 'rows', 'by-value', 'commit',
    ),
    (
        "change: highlight rule -> Notes contains 'flat', cells only, sheet WheelbarrowRaces",
        'TextContains({Notes}, "flat")', 'cells', 'by-header', 'diff',
    ),
    (
        "How do I shade the whole row in WheelbarrowRaces when column C (Barrow Type) has no 'Motorised' in it?",
        'TextNotContains({Barrow Type}, "Motorised")', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        "By 'prime' we mean a value of Pusher that starts with 'Pa'; mark the prime cells of Pusher in sheet "
        'WheelbarrowRaces (cells only).',
        'TextStartsWith({Pusher}, "Pa")', 'cells', 'by-header', 'definition', 'starts-ends',
    ),
    (
        "fix(WheelbarrowRaces): shade the entire row when Pusher finishes in 'es'",
        'TextEndsWith({Pusher}, "es")', 'rows', 'by-header', 'commit', 'starts-ends',
    ),
    (
        'Highlight {x ∈ Dist (m) : rank(x) ≤ 3 (rank 1 = the largest Dist (m))} in WheelbarrowRaces, just those cells',
        'Top({Dist (m)}, 3)', 'cells', 'by-header', 'math', 'superlative',
    ),
    (
        'Highlight the whole row wherever Dist (m) is among the 3 lowest in sheet WheelbarrowRaces',
        'Bottom({Dist (m)}, 3)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'Highlight rows where Donations (€) falls in the top 20 percent in sheet WheelbarrowRaces',
        'TopPercent({Donations (€)}, 20)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'change: highlight rule -> Dist (m) falls in the bottom 20 percent, whole row, sheet WheelbarrowRaces',
        'BottomPercent({Dist (m)}, 20)', 'rows', 'by-header', 'diff', 'superlative',
    ),
    (
        'feat(WheelbarrowRaces): highlight whole rows where Dist (m) is higher than the average of Dist (m)',
        'AboveAverage({Dist (m)})', 'rows', 'by-header', 'commit',
    ),
    (
        'In WheelbarrowRaces, can I show data bars on the Load (kg) values (column G)?',
        'DataBar({Load (kg)})', 'cells', 'by-header', 'forum',
    ),
    (
        '- plain Load (kg) / + icon sets on Load (kg) (WheelbarrowRaces)',
        'IconSet({Load (kg)})', 'cells', 'by-header', 'diff',
    ),
    (
        'fix: flag each Dist (m) cell in WheelbarrowRaces that is above 450 and below 1100, just the cell',
        'AND(GreaterThan({Dist (m)}, 450), LessThan({Dist (m)}, 1100))', 'cells', 'by-header', 'commit',
    ),
    (
        "A 'starred' team is one whose Dist (m) is under 450 or over 1100. Highlight the whole row of every starred "
        'team in WheelbarrowRaces.',
        'OR(LessThan({Dist (m)}, 450), GreaterThan({Dist (m)}, 1100))', 'rows', 'by-header', 'definition', 'or',
    ),
    (
        "Let 'boxed' teams be the teams that aren't 'Classic'. Highlight the boxed ones, whole row each, in "
        'WheelbarrowRaces.',
        'NOT(TextEquals({Barrow Type}, "Classic"))', 'rows', 'by-value', 'definition', 'negation',
    ),
    (
        '- no formatting / + whole row highlighted where Date is tomorrow (WheelbarrowRaces)',
        'Tomorrow({Date})', 'rows', 'by-header', 'diff', 'date',
    ),
    (
        'Before: nothing. After: the entire rows of the teams of the last seven days, today too shaded in '
        'WheelbarrowRaces.',
        'Last7Days({Date})', 'rows', 'by-meaning', 'diff', 'date',
    ),
    (
        "By 'starred' we mean a team whose Date falls in last week; in sheet WheelbarrowRaces, shade the entire rows "
        'of the starred teams.',
        'LastWeek({Date})', 'rows', 'by-header', 'definition', 'date',
    ),
    (
        "feat(WheelbarrowRaces): highlight the whole rows of this week's teams",
        'ThisWeek({Date})', 'rows', 'by-meaning', 'commit', 'date',
    ),
    (
        "By 'boxed' we mean the teams coming up next week; shade their entire rows in WheelbarrowRaces.",
        'NextWeek({Date})', 'rows', 'by-meaning', 'definition', 'date',
    ),
    (
        'How do I highlight each cell in column D (Date) that is in last month? Only that cell, not the row. Sheet '
        'WheelbarrowRaces.',
        'LastMonth({Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        "Sheet WheelbarrowRaces: I'd like the full row coloured whenever the Date value in column D falls in this "
        'calendar month. Any ideas?',
        'ThisMonth({Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        "Sheet WheelbarrowRaces: I'd like the full row coloured whenever the Date value in column D falls in next "
        'month. Any ideas?',
        'NextMonth({Date})', 'rows', 'by-header', 'forum', 'date',
    ),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
