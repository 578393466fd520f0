"""A twenty-seventh set of table requests, about a third of them header-only, and the builder of
twentyseventh_tables.json.

Written on 2026-12-07 between 18:21 and 18:32 UTC (by `date -u` on this machine: 18:21:45 at the start) by engineer
E27t, who had read neither the assistant's code nor any set's wordings, so that the team has table requests nobody
has tuned on. The eleven tables (coffin races, paper plane throws, egg and spoon races, rock paper scissors matches,
horseshoe pitching games, leapfrog relays, cardboard boat races, shopping trolley races, chainsaw carvings,
cockroach races, snowball fights) and every request were written from scratch. Each table has 10 columns in the same
roles (A a code, B a name, C a category, D a date, E to H four number columns, I a yes/no column, J free text);
headers carry units, currencies and question marks (`Bearers`, `Lap (min)`, `Coffin (kg)`, `Entry (NZ$)`, `Lid On?`,
`Distance (ft)`, `Hang Time (s)`, `Paper (gsm)`, `Stake (¥)`, `Indoor?`, `Lane`, `Time (s)`, `Spoon (cm)`, `Pledge
(£)`, `Dropped?`, `Rounds`, `Think Time (s)`, `Streak`, `Prize (R)`, `Rematch?`, `Ringers`, `Shoe (oz)`, `Fee (C$)`,
`Leaner?`, `Leaps`, `Gap (m)`, `Height (cm)`, `Sponsor (€)`, `Fell?`, `Paddle Strokes`, `Tape (m)`, `Hull (kg)`,
`Cost (A$)`, `Sank?`, `Laps`, `Top Speed (mph)`, `Load (kg)`, `Deposit (£)`, `Wobbly Wheel?`, `Chains Used`,
`Hours`, `Log (in)`, `Price ($)`, `Sold?`, `Runs`, `Track Time (s)`, `Roach (g)`, `Bet (HK$)`, `Disqualified?`,
`Hits`, `Dodge Time (s)`, `Snow (L)`, `Levy (kr)`, `Fort Built?`), and the cells dates, money (plain numbers under a
currency header), integers, decimals in quarter or half steps, codes, yes/no values, free text (crews, throwers,
runners, players, pitchers, jumpers, captains, pushers, carvers, owners, fighters: twelve people a table, two of
them written twice; classes, folds, age bands, brackets, divisions, squads, designs, trolley types, woods, species,
teams; notes), text in a number column ("dnf", "void", "dns", "tbc", "n/a", "rested", "free", "waived", "comp",
"scratched", "lost"), Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!, #NUM!, #NAME?) and blanks. The number cells were
drawn by a seeded random generator without repeats from each column's grid (/tmp/e27t/tables.py, `make_table`), then
frozen here; the six special cells of a table (F's blank, G's text, H's blank and error, J's "" and " ") sit on six
different rows.

Domains: a short program (/tmp/e27t/domcheck.py, three runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring; twentyseventh_* aside, the twenty-sixth builders included) and the `Table`
field of every set file there (twentyseventh_* aside, CamelCase split into words), and printed one True/False per
candidate word (True when named as a whole word with an optional plural s or es, spaces, dashes and underscores
between its words also matched). Dropped as used: snail racing (and snail), bathtub racing (and bathtub), pumpkin
weighing (and pumpkin), dragon boat, bed racing, toe wrestling, wife carrying, air guitar, tug of war, sheep
shearing (and shearing), welly wanging (and welly), conker, pancake race (and pancake), soapbox derby (and soapbox),
kite, sandcastle, ice sculpture, gingerbread, quidditch, underwater hockey, pigeon racing (and pigeon), sled dog,
dog agility, sheepdog, bell ringing, mud run, bog, toboggan, bonsai, origami, quilting, darts, curling, escape room,
chili cookoff, beard, moustache, tortoise, lawn mower, scooter, bubble, yodelling (and yodel), dominoes (and
domino), shin kicking, nettle eating (and nettle), gravy wrestling (and gravy), hay bale (and bale), cow pat,
shuffleboard, cornhole, bocce, petanque, limbo, mattress, pogo, office chair, rubik, hopscotch, kazoo, sumo,
spelling bee, quiz night, pub quiz, bingo, meat raffle (and raffle), sand sculpture, ferret, turtle, beetle, lizard,
pig, llama, alpaca, yak, hedgehog, sheep, goose, beard contest, and the words chess, boxing, paper, marble, phone,
throwing, spoon, egg, pie, stone, boat, model rocketry (and rocketry), coconut; and, for a word of theirs, phone
throwing (phone), pie eating (pie), coconut shy (coconut), tractor pulling (tractor), chess boxing (chess, boxing).
Unused, and taken: coffin racing (and coffin, coffin race), paper plane throwing (and paper plane, plane), egg and
spoon racing (and egg-and-spoon, egg and spoon race), rock paper scissors (and scissors, rps), horseshoe pitching
(and horseshoe, pitching), leapfrog (and leap frog), cardboard boat racing (and cardboard), shopping trolley racing
(and trolley, trolley race, shopping), chainsaw carving (and chainsaw, carving), cockroach racing (and cockroach,
roach), snowball fighting (and snowball); the words egg, boat, paper and throwing are used (True), the phrases are
not. Also unused, not taken: marbles, model rocket, rocket, outhouse racing, onion growing, giant marrow, stone
lifting, sheep racing, lawn darts, skipping rope, jump rope, beer mile, raft race, rubber boot, golf cart, pram
race, bin race, zombie walk, arm wrestling, thumb wrestling, finger wrestling, whittling, butter sculpture, pumpkin
carving, turtle racing, hermit crab, slug, pig racing, mouse racing, dachshund, rooster crowing, turkey, pumpkin
boat, mullet, ugly sweater, cowpat. Nonsense words were asked as controls: zzzqqq, jxjxqq and qxqxvv printed True
(earlier builders' docstrings name them as their own controls), wqwqzj False.

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES is the
earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines ("Highlight X
cells where the value ... in sheet T", "Apply a fill to each X cell that ..., sheet T, cells only", "Highlight rows
where X ... in sheet T", "Shade the entire row when X ... (sheet T)", "Highlight rows for ... in sheet T" or "Shade
the whole row of ... in sheet T" where rows are named by a value or a date's meaning, "Apply data bars to X in sheet
T"); `forum`, a forum question of a sentence or two, with the column letter (always the true column of the table
placed at A1) when it names the column by its header, and none when it names the rows by a value or by what the date
means; four new here: `tldr`, a long rambling message of three or four sentences of context, history and asides
(volunteering to keep the sheet, the previous organiser's paper records, a broken kettle, videos watched, last
year's formatting gone wrong; no figures, no column named) with the ask summed up in a "TL;DR:" or "tl;dr:" line at
the end ("... Anyway, long story. TL;DR: highlight each X cell in T that ..., just the cell", "... tl;dr: highlight
the whole row in T wherever X ...", "... TL;DR: highlight the 'Swan' boats in T, whole rows") or in a "tl;dr" at the
start ("tl;dr highlight ... . Longer version: ..."); `html`, the request written in markup a user pastes from a web
form, a CMS or an export ("<p>Highlight each <b>X</b> cell that ... in <i>T</i> (just the cell, not the row)</p>",
"<li>each X cell that ...: highlight it, cell only (sheet T)</li>", "<p>In <i>T</i>, highlight the <b>whole row</b>
wherever X ....</p>", "<li>rows where <b>X</b> ... &mdash; whole row highlighted, sheet T</li>", "<rule sheet=\"T\"
column=\"X\" when=\"value ...\" apply=\"entire row\"/>" or apply="cell only", "<p>Shade <b>entire rows</b> for ...
(sheet <i>T</i>)</p>", "<format sheet=\"T\" column=\"X\" type=\"data bars\"/>"; the comparisons of GreaterThan,
GreaterThanEqual, LessThan and LessThanEqual sometimes as "is &gt; a", "is &gt;= a", "is &lt; a", "is &lt;= a",
other text escaped where markup needs it); `telegram`, the terse capitals of a telegram with STOP between phrases
("HIGHLIGHT X CELLS OVER FORTY STOP CELLS ONLY STOP SHEET T", "SHEET T STOP MARK X UNDER 6 OR OVER 19 STOP JUST THE
CELL NOT THE ROW STOP", "HIGHLIGHT WHOLE ROWS WHERE X AT MOST TWENTY TWO STOP SHEET T STOP", "SHEET T STOP X IN NEXT
MONTH STOP SHADE ENTIRE ROW STOP URGENT", "HIGHLIGHT ALL GAMES OTHER THAN THE \"s\" ONES STOP WHOLE ROWS STOP SHEET
T", "DATA BARS ON X STOP SHEET T STOP"), integers written in words (without "and") in about half of them (tag
`value-word`), decimals in figures, quoted text values kept in their own case between double quotes; `recipe`, the
request as a recipe ("Ingredients: the X column of T, one fill colour. Method: take each X value that ... and colour
its cell. Serves: that cell only, not the row.", "Recipe (T). You will need: the X column and a highlight. Method:
pick out every X cell that ...; fill it. Serving: cells only.", "Ingredients: sheet T, its X column, one highlight.
Method: find each row whose X .... Serves: the whole row.", "Recipe for T: take the X column, stir in a rule that
catches every value that ..., then spread the colour across the entire row. Serves: whole rows.", "Ingredients:
sheet T, one highlight. Method: pick out .... Serves: their entire rows.", "Ingredients: the X column of T, data
bars. Method: spread data bars over the column. Serves: the X cells, not whole rows."). These examples are of this
set's kind; the brief's own examples were not used as requests.

How the requests were written: E27t wrote, in /tmp/e27t/gen.py, a verb phrase per function (two or three wordings
each: "is greater than a", "exceeds a", "is at least a", "is a or more", "is a or less", "is exactly a", "is
anything other than a", "is between a and b inclusive", "lies from a to b, both ends included", "is outside a to b
(a and b themselves count as inside)", "is above a and below b", "is at least a but under b", "is over a and at most
b", "is below a or above b", "reads 's' exactly", "has 's' somewhere in it", "begins with 's'", "finishes in 's'",
"is among the n highest values of the column", "falls in the column's bottom p%", "is above the column's average",
"is repeated elsewhere in the column", "appears only once in the column", "is left empty", "holds no error value",
"is in the previous calendar week", "is within the last 7 days, today included", ...), a telegram phrase per
function ("OVER a", "a OR MORE", "UNDER a OR OVER b", "OUTSIDE a TO b ENDS COUNTING AS INSIDE", "ENDING WITH \"s\"",
"IN TOP n VALUES", "IN BOTTOM p PERCENT", "APPEARING ONCE ONLY", "FREE OF ERROR VALUES", "DATED YESTERDAY", "IN LAST
CALENDAR WEEK", ...), noun phrases for the rows named by a value ("the 'Veterans' heats", "the relays listed as
'Green Frogs'", "the boats that aren't 'Swan'", "all games other than the 'Juniors' ones") or by what the date means
("the throws held yesterday", "the heats in the current week", "next month's races"), and the frames per style and
scope above; the program picks a naming (by-value for about three in four TextEquals and NOT drafts, by-meaning for
about a third of the periods, by hash), a style (by hash among the six, for every function), a wording, a frame, the
AND shape, the words-or-figures choice of a telegram and the context sentences of a tldr by a stable hash of the
table and the function, the scope by the same hash (cells for the visual rules; rows for every request naming the
rows by value or meaning; else about half each), and the literal: the first candidate of the column's own values
(numbers nearest the median first, bounds at the quartiles and near them, words of four letters or more of the
notes, words of three letters or more of the categories, prefixes and suffixes of two or three letters of the names,
category values in an order rotated by hash, n of 3, 2, 4, 5 and p of 20, 25, 30, 10, 15, 40) for which
everyday_tables' `problems` finds nothing on the full table, the request names no other column letter and is in no
other set file nor the train split. The entries below are that program's output, frozen (written by
/tmp/e27t/assemble.py, which also wraps long requests over string lines and checks the line length); nothing was
reworded by hand. Before the first build the generator was changed twice after reading its drafts (no split in
them): the tldr ending "Long story short:" (which stood before "TL;DR:") became "That's the background.", the html
list frame "<li>X cells that ...</li>" became "<li>each X cell that ...</li>" (the verb's agreement), the Errors
wording "shows an error such as #N/A" became "shows an Excel error" (a table's error need not be #N/A), the by-value
phrase "every 's' one of the ..." became "the ... listed as 's'" (the first change), and the telegram's hundreds
lost their "and" ("ONE HUNDRED THIRTY TWO", so that "BETWEEN ... AND ..." reads one way; the second); all drafts
were drawn again each time. Decided before the first build and written in gen.py (the functions named on its command
line): a function found in one half only would be given a second draft on every table that has it (the next passing
candidate, naming, style, scope and wording by the hash with "second"); it was not needed: the first build had every
function in both halves. Requests keep Excel's semantics: comparisons other than LessThan, LessThanEqual and Between
are only on the two number columns that hold no text (E, and F, which holds one "" blank; NotEquals, NotBetween and
OR, which a blank read as 0 could meet, only on E), LessThan, LessThanEqual, Between and the visual rules on the
column with a text cell (G), the error and errors-not rules, TopPercent and BelowAverage on the column with an error
and a blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks on the notes (both "" and a lone space
" "), TextEquals, NOT and TextNotContains on the category, TextContains on the notes, TextStartsWith, TextEndsWith,
Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 18:21:45, and about eight times
while working and at the end); `cat` of /work/team/brief27.md (the brief) and `ls` of /work/team (file names); `git
status --short` (file names only: the files others are editing under cf_assistant/ and tests/assistant/); `ls` of
benchmarks/data (file names, the first 80) and of tests (the first 50); `ls` of benchmarks/data/twenty* (file
names); of benchmarks/data/twentysixth_tables.py a `grep -n` anchored on top-level names, imports and the main block
(line numbers of its imports, constants, TABLES/ENTRIES and the main block), `wc -l` (1949), `sed -n 1,252p` (its
docstring, imports, constants and helper code, up to ENTRIES = {}), and an `awk` of its lines 1920-1949 with lines
starting (after spaces) with "(" or a quote filtered out (closing brackets, the bind and the main block); `wc -l` of
table_sets.py, column_sets.py, everyday_common.py, the table test module, set_files.py and CF_RULES.md; `cat` of
table_sets.py, column_sets.py, everyday_common.py, tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/set_files.py (the whole file: its check functions and their helpers) and
../shared/docs/CF_RULES.md; the first 12,000 characters of benchmarks/data/README.md, each line cut to 300
characters (its rows up to sixth_cf); of cf_assistant.languages.cf: parse/to_text on 34 made-up rules for the
canonical spelling; the signatures (inspect.signature) of everyday_tables' `build_record` and `problems`, nothing of
their code. The drafting programs' runs: /tmp/e27t/domcheck.py (three runs, True/False per word);
/tmp/e27t/tables.py (three runs: two failed on grids too small, widened; then each table's row count and widest
line, 97 to 116) and a print of the four grids' sizes per table; /tmp/e27t/gen.py ("341 drafts; no passing literal:
[]" once, and once before it failing on a literal that is not a number; its drafts otherwise drawn by the programs
below that import it); printouts of this set's own drafts (no split in them), all before the first build: their
scope, naming, style and tag counts, the first draft of each style, scope and naming and every 23rd; then, after the
change above, every html draft in XML form, every value-word draft and every 13th; the header row columns E to I of
each table; /tmp/e27t/assemble.py (its line count check: "341 drafts; lines over 120: 0", each run), and a program
checking that the builder's ENTRIES and TABLES are the drafts and tables (True); a program reading
twentysixth_tables.py's OTHER_SETS by `ast` (57, and the two twentysixth files added since); `ls *.json | wc -l`
(59) and `ls | grep -c twentyseventh` (0); the first build (`python benchmarks/data/twentyseventh_tables.py`, output
to a file; its first two lines, later its counts without the per-function lines); a program printing the functions
missing a half (none), the eight thinnest and the header-only records per half; the program that edited the table
test module (it printed "replaced 5" and its widest line, 116) and `grep -c` of "twentyseventh" in it (5); the
program that put the README row in (it printed that it found one twentysixth_tables row and no twentyseventh_tables
row, and "inserted"), `grep -c` of the two twentyseventh README rows, a `tail -c 1 | xxd` of README (its final
newline); `python -m pytest -q` of tests/benchmarks/test_table_sets_data.py (`-k twentyseventh`: 8 passed; then
whole: see Counts) and tests/benchmarks/test_sets_are_the_projects_own.py (see Counts); a program printing the
scope, naming, style, tag and table counts; rebuilds with a `cmp` against a copy of the first build's file; counts
of the builder's long lines and its widest line. Then `ruff check`, `python -m pyflakes` and `python -m flake8` on
the builder (none installed: "command not found", "No module named ..."); the builder rewritten with its final
docstring, rebuilt (`cmp`: identical) and the two test modules run again (`-k twentyseventh`: 8 passed; the
projects-own module: 62 passed).

Slips: none found. No draft was reworded, added or dropped after the split was seen (the first build); the README
row was written once, with the counted figures. The two engineers kept apart scratch folders (/tmp/e27t here);
nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets calls it,
`build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`; its code and docstrings not printed);
`git log`, `git show`, any diff's content, `git diff --stat` (no git command was run but `git status --short`);
../shared/docs/EVALUATION.md and ../shared/data (the train split is compared by program only);
tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of the other builders;
README.md past its first 12,000 characters (but this set's own row, written by program); twentyseventh_cf.py and any
twentyseventh_cf.json (written beside this set by engineer E27c; the builder compares with any set file beside it by
program only, as table_sets.requests_elsewhere does); the utterances or tables of any JSON file (compared with this
set's by program only, never printed; the domain check read their `Table` fields and printed True/False only). No
request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
twentysixth_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows ("whole row", "entire row", "whole rows", "Highlight rows
where/for", "apply=\"entire row\"", "SHADE ENTIRE ROW", "Serves: the whole row", "their entire rows"), "cells"
otherwise ("just the cell", "cells only", "cell only", "JUST THE CELL NOT THE ROW", "Serves: that cell only, not the
row", a visual rule); `naming` says how the request names the tested column: `by-header` (its header as written, or
its letter), `by-meaning` (the rows by what the date means: "the heats in the current week") or `by-value` (only
values of it: "the 'Veterans' heats", "the boats that aren't 'Swan'"). Each rule tests one column. Every record is
first built and checked on its full table (everyday_tables' `build_record` with IDs prefixed `t27t-`; its
`problems`: a record that formats no row or every row, whose near misses its table cannot tell apart, text operators
exempt, or whose rule formats the same rows on another column is refused), and a request already written (case
aside) in any other set file of benchmarks/data/ or in the benchmark's train split (../shared/data/cf/train.json, on
this machine) is refused, as is a column letter or range that is not the rule's column (none was). Then the records
picked by a stable hash of the ID (about one in three, `table_sets.header_only`) are written with `Data` = [header
row], `Labels` = [] and the tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the
table text below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are
not written, date periods are (each table's date column holds the fourteen days 06-11, 06-12, 06-13, 06-06, 06-03,
06-17, 06-28, 05-15, 07-09, 02-14, 06-14, 06-21, 06-24 and 05-31 of 2024, rotated by the table's place, so that the
ten periods tell apart). Labels follow Excel: a blank compares as 0, any text is greater than any number, an error
is neither blank nor formatted by a comparison, text tests ignore case. Every comparison's threshold and every
Between bound is a value of its column (so that "at least" and "more than" differ there). Each table leaves out
eight of the 31 functions that are not date periods and two of the ten periods, in turn (table k leaves out the
functions 8k to 8k+7 and the periods 2k and 2k+1 of a fixed order, mod 31 and 10): 31 records a table.

Tags: the naming, the style, then any of `boundary` (GreaterThanEqual, LessThanEqual, Between, NotBetween),
`negation` (NotEquals, NotBetween, TextNotContains, NotBlanks, NotErrors, NOT), `or`, `superlative` (the four
ranks), `starts-ends`, `date`, `value-word` (a telegram with a figure written in words), then `header-only` where
the rows were dropped, then `twentyseventh` (last). Every one of the 41 top functions is in both halves (dev, test
by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentyseventh_tables.py` prints them): 341 records, dev 160 / test 181; 11 tables
of 10 columns and 14 data rows each (31 records a table); 114 header-only records (33%; dev 51, test 63); scope rows
167 (49%) / cells 174; naming by-header 298, by-meaning 31, by-value 12 (13% not by header); styles html 65, tldr
60, telegram 57, recipe 56, forum 55, annotator 48; tags date 88, negation 49, superlative 32, boundary 32,
starts-ends 16, value-word 12, or 9; every one of the 41 top functions in both halves (the thinnest: ThisMonth and
BelowAverage with one record in one half; TopPercent, NotEquals, NotBlanks, Top, TextStartsWith and Duplicates with
two). Tests: tests/benchmarks/test_table_sets_data.py 184 passed (8 of them this set's, `-k twentyseventh`: 8
passed); tests/benchmarks/test_sets_are_the_projects_own.py 62 passed.

Rebuild: `python benchmarks/data/twentyseventh_tables.py` (prints the counts per split, table, scope, naming, style,
tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyseventh_tables.json"
PREFIX = "t27t"
TAG = "twentyseventh"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: a long rambling message summed up in a TL;DR
# line, the request in HTML or XML markup, a telegram (capitals, STOP between phrases), and a recipe
# (ingredients, method, serves).
STYLES = ("annotator", "forum", "tldr", "html", "telegram", "recipe")
# The requests of every other set file in this folder (these 59 at the time of writing,
# and any written since, e.g. twentyseventh_cf.json, written at the same time by another engineer)
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
              'twentysixth_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}


TABLES['CoffinRaces'] = _table("""
Heat ID | Crew | Class | Race Day | Bearers | Lap (min) | Coffin (kg) | Entry (NZ$) | Lid On? | Notes
CR-101 | Aroha Ngata | Novelty | 2024-06-11 | 27 | 13.5 | 46 | 84 | yes | costumes judged
CR-104 | Jonty Marsh | Pine Box | 2024-06-12 | 8 | 3 | 79 | 17 | no | lid wobble
CR-107 | Hemi Parata | Pine Box | 2024-06-13 | 11 | 4.5 | 32 | 49 | no | muddy corner
CR-110 | Dmitri Volkov | Open | 2024-06-06 | 15 | 13 | 39 | 76 | no | ~
CR-113 | Ines Duarte | Pine Box | 2024-06-03 | 26 | 17 | 87 | 44 | no | _
CR-116 | Kiri Wallace | Veterans | 2024-06-17 | 14 | 7 | 66 | 15 | no | handle snapped
CR-119 | Esme Pryor | Open | 2024-06-28 | 29 | 19.5 | 29 | _ | yes | clean run
CR-122 | Gwen Tallis | Novelty | 2024-05-15 | 22 | _ | 74 | 48 | no | fast start
CR-125 | Bill Tapsell | Novelty | 2024-07-09 | 25 | 15 | 45 | 88 | no | crowd favourite
CR-128 | Felix Haumann | Veterans | 2024-02-14 | 18 | 14.5 | 57 | 93 | yes | penalty added
CR-131 | Lloyd Penhale | Pine Box | 2024-06-14 | 13 | 6.5 | 78 | 69 | no | photo finish
CR-134 | Ines Duarte | Veterans | 2024-06-21 | 24 | 14 | dnf | 85 | yes | lost a bearer
CR-137 | Dmitri Volkov | Open | 2024-06-24 | 12 | 11.5 | 58 | #N/A | yes | rain delay
CR-140 | Cora Whyte | Open | 2024-05-31 | 28 | 5.5 | 60 | 105 | no | crossed line early
""")
ENTRIES['CoffinRaces'] = [
    (
        "<p>Shade <b>entire rows</b> for the 'Veterans' heats (sheet <i>CoffinRaces</i>)</p>",
        'TextEquals({Class}, "Veterans")', 'rows', 'by-value', 'html',
    ),
    (
        "<li>rows where <b>Notes</b> has 'penalty' somewhere in it &mdash; whole row highlighted, sheet "
        'CoffinRaces</li>',
        'TextContains({Notes}, "penalty")', 'rows', 'by-header', 'html',
    ),
    (
        "Shade the entire row when Class has no 'Novelty' anywhere in it (sheet CoffinRaces)",
        'TextNotContains({Class}, "Novelty")', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        "<p>Highlight each <b>Crew</b> cell that starts with 'Hem' in <i>CoffinRaces</i> (just the cell, not the "
        'row)</p>',
        'TextStartsWith({Crew}, "Hem")', 'cells', 'by-header', 'html', 'starts-ends',
    ),
    (
        "Highlight rows where Crew finishes in 'ata' in sheet CoffinRaces",
        'TextEndsWith({Crew}, "ata")', 'rows', 'by-header', 'annotator', 'starts-ends',
    ),
    (
        'Ingredients: the Bearers column of CoffinRaces, one fill colour. Method: take each Bearers value that is '
        "one of the column's top 3 values and colour its cell. Serves: that cell only, not the row.",
        'Top({Bearers}, 3)', 'cells', 'by-header', 'recipe', 'superlative',
    ),
    (
        'Highlight rows where Bearers is among the 3 lowest values of the column in sheet CoffinRaces',
        'Bottom({Bearers}, 3)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the coffin race spreadsheet this year, which in hindsight was a mistake. Anyway. TL;DR: highlight the '
        'whole row in CoffinRaces wherever Entry (NZ$) is in the top 20 percent of the column',
        'TopPercent({Entry (NZ$)}, 20)', 'rows', 'by-header', 'tldr', 'superlative',
    ),
    (
        'Ingredients: sheet CoffinRaces, its Bearers column, one highlight. Method: find each row whose Bearers '
        "falls in the column's bottom 25%. Serves: the whole row.",
        'BottomPercent({Bearers}, 25)', 'rows', 'by-header', 'recipe', 'superlative',
    ),
    (
        'Highlight rows where Bearers is higher than the average of the column in sheet CoffinRaces',
        'AboveAverage({Bearers})', 'rows', 'by-header', 'annotator',
    ),
    (
        'HIGHLIGHT ENTRY (NZ$) CELLS BELOW COLUMN AVERAGE STOP CELLS ONLY STOP SHEET COFFINRACES',
        'BelowAverage({Entry (NZ$)})', 'cells', 'by-header', 'telegram',
    ),
    (
        'Ingredients: sheet CoffinRaces, its Crew column, one highlight. Method: find each row whose Crew is '
        'repeated elsewhere in the column. Serves: the whole row.',
        'Duplicates({Crew})', 'rows', 'by-header', 'recipe',
    ),
    (
        'How do I highlight just the cells in column B (Crew) whose value is not repeated anywhere else in the '
        'column? This is the CoffinRaces sheet.',
        'Unique({Crew})', 'cells', 'by-header', 'forum',
    ),
    (
        'Apply a fill to each Notes cell that is left empty, sheet CoffinRaces, cells only',
        'Blanks({Notes})', 'cells', 'by-header', 'annotator',
    ),
    (
        'I watched two videos about conditional formatting and both assumed I knew far more than I do. Last time I '
        'touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is '
        'also my uncle, wants it to look professional before the committee meeting. Anyway. tl;dr: highlight the '
        'whole row in CoffinRaces wherever Notes has something written in it',
        'NotBlanks({Notes})', 'rows', 'by-header', 'tldr', 'negation',
    ),
    (
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the coffin race spreadsheet this year, which in hindsight was a mistake. I tried copying the '
        "formatting from last year's file but it came through all wrong. I watched two videos about conditional "
        "formatting and both assumed I knew far more than I do. That's the background. TL;DR: highlight each Entry "
        '(NZ$) cell in CoffinRaces that is an Excel error value, just the cell',
        'Errors({Entry (NZ$)})', 'cells', 'by-header', 'tldr',
    ),
    (
        'SHEET COFFINRACES STOP MARK ENTRY (NZ$) FREE OF ERROR VALUES STOP JUST THE CELL NOT THE ROW STOP',
        'NotErrors({Entry (NZ$)})', 'cells', 'by-header', 'telegram', 'negation',
    ),
    (
        'A COLOUR SCALE ON COFFIN (KG) STOP SHEET COFFINRACES STOP',
        'ColorScale({Coffin (kg)})', 'cells', 'by-header', 'telegram',
    ),
    (
        'Ingredients: the Coffin (kg) column of CoffinRaces, data bars. Method: spread data bars over the column. '
        'Serves: the Coffin (kg) cells, not whole rows.',
        'DataBar({Coffin (kg)})', 'cells', 'by-header', 'recipe',
    ),
    (
        '<format sheet="CoffinRaces" column="Coffin (kg)" type="an icon set"/>',
        'IconSet({Coffin (kg)})', 'cells', 'by-header', 'html',
    ),
    (
        'Apply a fill to each Bearers cell that is over 13 and at most 26, sheet CoffinRaces, cells only',
        'AND(GreaterThan({Bearers}, 13), LessThanEqual({Bearers}, 26))', 'cells', 'by-header', 'annotator',
    ),
    (
        'SHEET COFFINRACES STOP MARK BEARERS UNDER THIRTEEN OR OVER TWENTY SIX STOP JUST THE CELL NOT THE ROW STOP',
        'OR(LessThan({Bearers}, 13), GreaterThan({Bearers}, 26))', 'cells', 'by-header', 'telegram', 'or', 'value-word',
    ),
    (
        "Shade the whole row of all heats other than the 'Pine Box' ones in sheet CoffinRaces",
        'NOT(TextEquals({Class}, "Pine Box"))', 'rows', 'by-value', 'annotator', 'negation',
    ),
    (
        'tl;dr highlight each Race Day cell in CoffinRaces that falls tomorrow, just the cell. Longer version: The '
        'coffin race is a small thing really, a few families and a lot of noise, but people take the results '
        'seriously. The previous organiser kept everything on paper and I have been typing it in all week. Half the '
        'volunteers print the sheet and the other half read it on their phones, so it has to be obvious.',
        'Tomorrow({Race Day})', 'cells', 'by-header', 'tldr', 'date',
    ),
    (
        '<li>each Race Day cell that is within the last 7 days, today included: highlight it, cell only (sheet '
        'CoffinRaces)</li>',
        'Last7Days({Race Day})', 'cells', 'by-header', 'html', 'date',
    ),
    (
        'Ingredients: sheet CoffinRaces, its Race Day column, one highlight. Method: find each row whose Race Day '
        'falls in last week. Serves: the whole row.',
        'LastWeek({Race Day})', 'rows', 'by-header', 'recipe', 'date',
    ),
    (
        'Any way to shade the entire row for the heats in the current week in my CoffinRaces sheet?',
        'ThisWeek({Race Day})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        "Also the kettle at the club is broken again, which has nothing to do with this, but it's been that kind of "
        'week. The coffin race is a small thing really, a few families and a lot of noise, but people take the '
        'results seriously. The previous organiser kept everything on paper and I have been typing it in all week. '
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        "That's the background. TL;DR: highlight the whole row in CoffinRaces wherever Race Day falls in next week",
        'NextWeek({Race Day})', 'rows', 'by-header', 'tldr', 'date',
    ),
    (
        'So I volunteered to keep the coffin race spreadsheet this year, which in hindsight was a mistake. I tried '
        "copying the formatting from last year's file but it came through all wrong. I watched two videos about "
        'conditional formatting and both assumed I knew far more than I do. Anyway. TL;DR: highlight the whole row '
        'in CoffinRaces wherever Race Day is in the current month',
        'ThisMonth({Race Day})', 'rows', 'by-header', 'tldr', 'date',
    ),
    (
        'Is it possible to shade an entire row of my CoffinRaces sheet whenever the Race Day value (column D) falls '
        'in last month?',
        'LastMonth({Race Day})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        'SHEET COFFINRACES STOP RACE DAY IN NEXT MONTH STOP SHADE ENTIRE ROW STOP URGENT',
        'NextMonth({Race Day})', 'rows', 'by-header', 'telegram', 'date',
    ),
]


TABLES['PaperPlaneThrows'] = _table("""
Throw ID | Thrower | Fold | Throw Date | Distance (ft) | Hang Time (s) | Paper (gsm) | Stake (¥) | Indoor? | Notes
PP-102 | Hana Mori | Dart | 2024-06-12 | 61 | 10.25 | 123 | _ | yes | wing torn
PP-105 | Ivo Petrov | Glider | 2024-06-13 | 57 | 5.5 | 81 | #VALUE! | no | judges impressed
PP-108 | Bea Lindqvist | Dart | 2024-06-06 | 129 | 4.75 | 100 | 1550 | no | perfect glide
PP-111 | Fay Brennan | Dart | 2024-06-03 | 66 | _ | 108 | 1450 | no | retrim needed
PP-114 | Dana Okafor | Glider | 2024-06-17 | 135 | 13.25 | 75 | 150 | yes | nose crumpled
PP-117 | Elio Marchetti | Stunt | 2024-06-28 | 81 | 5 | 115 | 1750 | yes | loop then dive
PP-120 | Gus Halloran | Canard | 2024-05-15 | 88 | 10.5 | void | 1400 | no | hit the rafters
PP-123 | Kenji Aoki | Glider | 2024-07-09 | 22 | 2.75 | 70 | 1800 | no | ~
PP-126 | Akira Sato | Stunt | 2024-02-14 | 76 | 7.5 | 88 | 850 | yes | landed upright
PP-129 | Cal Ferris | Canard | 2024-06-14 | 120 | 7.25 | 92 | 1700 | no | straight line
PP-132 | Ivo Petrov | Glider | 2024-06-21 | 79 | 14.5 | 124 | 450 | no | _
PP-135 | Jill Sandoval | Canard | 2024-06-24 | 18 | 9.5 | 121 | 100 | yes | banked left
PP-138 | Dana Okafor | Stunt | 2024-05-31 | 51 | 10 | 113 | 700 | yes | caught a draught
PP-141 | Lena Strand | Dart | 2024-06-11 | 105 | 3.5 | 60 | 200 | yes | stalled early
""")
ENTRIES['PaperPlaneThrows'] = [
    (
        'HIGHLIGHT WHOLE ROWS WHERE DISTANCE (FT) OVER SEVENTY SIX STOP SHEET PAPERPLANETHROWS STOP',
        'GreaterThan({Distance (ft)}, 76)', 'rows', 'by-header', 'telegram', 'value-word',
    ),
    (
        'tl;dr highlight each Hang Time (s) cell in PaperPlaneThrows that is 7.5 or higher, just the cell. Longer '
        "version: I tried copying the formatting from last year's file but it came through all wrong. I watched two "
        'videos about conditional formatting and both assumed I knew far more than I do. Last time I touched the '
        'formatting I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is also my uncle, '
        'wants it to look professional before the committee meeting.',
        'GreaterThanEqual({Hang Time (s)}, 7.5)', 'cells', 'by-header', 'tldr', 'boundary',
    ),
    (
        'SHEET PAPERPLANETHROWS STOP MARK PAPER (GSM) UNDER ONE HUNDRED STOP JUST THE CELL NOT THE ROW STOP',
        'LessThan({Paper (gsm)}, 100)', 'cells', 'by-header', 'telegram', 'value-word',
    ),
    (
        'SHEET PAPERPLANETHROWS STOP MARK PAPER (GSM) AT MOST 100 STOP JUST THE CELL NOT THE ROW STOP',
        'LessThanEqual({Paper (gsm)}, 100)', 'cells', 'by-header', 'telegram', 'boundary',
    ),
    (
        'In PaperPlaneThrows, is there a way to colour only the Distance (ft) cells (column E) whose value equals '
        '76? Not the whole row, just the cell.',
        'Equals({Distance (ft)}, 76)', 'cells', 'by-header', 'forum',
    ),
    (
        'Is it possible to shade an entire row of my PaperPlaneThrows sheet whenever the Distance (ft) value (column '
        'E) is anything other than 76?',
        'NotEquals({Distance (ft)}, 76)', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        'tl;dr highlight the whole row in PaperPlaneThrows wherever Paper (gsm) lies from 81 to 115, both ends '
        'included. Longer version: Last time I touched the formatting I coloured the whole sheet orange and had to '
        'undo it bit by bit. My boss, who is also my uncle, wants it to look professional before the committee '
        "meeting. Also the kettle at the club is broken again, which has nothing to do with this, but it's been that "
        'kind of week. The paper plane contest is a small thing really, a few families and a lot of noise, but '
        'people take the results seriously.',
        'Between({Paper (gsm)}, 81, 115)', 'rows', 'by-header', 'tldr', 'boundary',
    ),
    (
        '<rule sheet="PaperPlaneThrows" column="Distance (ft)" when="value is not between 57 and 105 inclusive" '
        'apply="cell only"/>',
        'NotBetween({Distance (ft)}, 57, 105)', 'cells', 'by-header', 'html', 'boundary', 'negation',
    ),
    (
        'Is it possible to shade an entire row of my PaperPlaneThrows sheet whenever the Distance (ft) value (column '
        'E) is in the bottom 20 percent of the column?',
        'BottomPercent({Distance (ft)}, 20)', 'rows', 'by-header', 'forum', 'superlative',
    ),
    (
        'Recipe (PaperPlaneThrows). You will need: the Distance (ft) column and a highlight. Method: pick out every '
        "Distance (ft) cell that is above the column's average; fill it. Serving: cells only.",
        'AboveAverage({Distance (ft)})', 'cells', 'by-header', 'recipe',
    ),
    (
        'I watched two videos about conditional formatting and both assumed I knew far more than I do. Last time I '
        'touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is '
        'also my uncle, wants it to look professional before the committee meeting. Anyway, long story. tl;dr: '
        'highlight each Stake (¥) cell in PaperPlaneThrows that is lower than the average of the column, just the '
        'cell',
        'BelowAverage({Stake (¥)})', 'cells', 'by-header', 'tldr',
    ),
    (
        'Highlight rows where Thrower appears more than once in the column in sheet PaperPlaneThrows',
        'Duplicates({Thrower})', 'rows', 'by-header', 'annotator',
    ),
    (
        'Highlight Thrower cells where the value appears only once in the column in sheet PaperPlaneThrows',
        'Unique({Thrower})', 'cells', 'by-header', 'annotator',
    ),
    (
        'HIGHLIGHT NOTES CELLS BLANK STOP CELLS ONLY STOP SHEET PAPERPLANETHROWS',
        'Blanks({Notes})', 'cells', 'by-header', 'telegram',
    ),
    (
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the paper plane contest spreadsheet this year, which in hindsight was a mistake. Anyway. TL;DR: '
        'highlight each Notes cell in PaperPlaneThrows that has something written in it, just the cell',
        'NotBlanks({Notes})', 'cells', 'by-header', 'tldr', 'negation',
    ),
    (
        '<li>each Stake (¥) cell that shows an Excel error: highlight it, cell only (sheet PaperPlaneThrows)</li>',
        'Errors({Stake (¥)})', 'cells', 'by-header', 'html',
    ),
    (
        '<p>Highlight each <b>Stake (¥)</b> cell that is not an Excel error in <i>PaperPlaneThrows</i> (just the '
        'cell, not the row)</p>',
        'NotErrors({Stake (¥)})', 'cells', 'by-header', 'html', 'negation',
    ),
    (
        '<format sheet="PaperPlaneThrows" column="Paper (gsm)" type="a colour scale"/>',
        'ColorScale({Paper (gsm)})', 'cells', 'by-header', 'html',
    ),
    (
        'The paper plane contest is a small thing really, a few families and a lot of noise, but people take the '
        'results seriously. The previous organiser kept everything on paper and I have been typing it in all week. '
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Anyway. tl;dr: put data bars on Paper (gsm) in PaperPlaneThrows',
        'DataBar({Paper (gsm)})', 'cells', 'by-header', 'tldr',
    ),
    (
        'AN ICON SET ON PAPER (GSM) STOP SHEET PAPERPLANETHROWS STOP',
        'IconSet({Paper (gsm)})', 'cells', 'by-header', 'telegram',
    ),
    (
        '<li>each Hang Time (s) cell that is above 5 and below 10.25: highlight it, cell only (sheet '
        'PaperPlaneThrows)</li>',
        'AND(GreaterThan({Hang Time (s)}, 5), LessThan({Hang Time (s)}, 10.25))', 'cells', 'by-header', 'html',
    ),
    (
        'tl;dr highlight each Distance (ft) cell in PaperPlaneThrows that is either under 57 or over 105, just the '
        'cell. Longer version: Last time I touched the formatting I coloured the whole sheet orange and had to undo '
        'it bit by bit. My boss, who is also my uncle, wants it to look professional before the committee meeting. '
        "Also the kettle at the club is broken again, which has nothing to do with this, but it's been that kind of "
        'week. The paper plane contest is a small thing really, a few families and a lot of noise, but people take '
        'the results seriously.',
        'OR(LessThan({Distance (ft)}, 57), GreaterThan({Distance (ft)}, 105))', 'cells', 'by-header', 'tldr', 'or',
    ),
    (
        'My boss, who is also my uncle, wants it to look professional before the committee meeting. Also the kettle '
        "at the club is broken again, which has nothing to do with this, but it's been that kind of week. The paper "
        'plane contest is a small thing really, a few families and a lot of noise, but people take the results '
        "seriously. Anyway, long story. tl;dr: highlight all throws other than the 'Glider' ones in "
        'PaperPlaneThrows, whole rows',
        'NOT(TextEquals({Fold}, "Glider"))', 'rows', 'by-value', 'tldr', 'negation',
    ),
    (
        "tl;dr highlight each Throw Date cell in PaperPlaneThrows that is today's date, just the cell. Longer "
        'version: The paper plane contest is a small thing really, a few families and a lot of noise, but people '
        'take the results seriously. The previous organiser kept everything on paper and I have been typing it in '
        'all week. Half the volunteers print the sheet and the other half read it on their phones, so it has to be '
        'obvious.',
        'Today({Throw Date})', 'cells', 'by-header', 'tldr', 'date',
    ),
    (
        'HIGHLIGHT THE THROWS HELD YESTERDAY STOP WHOLE ROWS STOP SHEET PAPERPLANETHROWS',
        'Yesterday({Throw Date})', 'rows', 'by-meaning', 'telegram', 'date',
    ),
    (
        'Ingredients: the Throw Date column of PaperPlaneThrows, one fill colour. Method: take each Throw Date value '
        'that falls in last week and colour its cell. Serves: that cell only, not the row.',
        'LastWeek({Throw Date})', 'cells', 'by-header', 'recipe', 'date',
    ),
    (
        'HIGHLIGHT THROW DATE CELLS IN THIS CALENDAR WEEK STOP CELLS ONLY STOP SHEET PAPERPLANETHROWS',
        'ThisWeek({Throw Date})', 'cells', 'by-header', 'telegram', 'date',
    ),
    (
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the paper plane contest spreadsheet this year, which in hindsight was a mistake. Anyway, long story. '
        'TL;DR: highlight each Throw Date cell in PaperPlaneThrows that falls in next week, just the cell',
        'NextWeek({Throw Date})', 'cells', 'by-header', 'tldr', 'date',
    ),
    (
        'Recipe for PaperPlaneThrows: take the Throw Date column, stir in a rule that catches every value that is in '
        'the current month, then spread the colour across the entire row. Serves: whole rows.',
        'ThisMonth({Throw Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
    (
        'Ingredients: sheet PaperPlaneThrows, one highlight. Method: pick out the throws held last month. Serves: '
        'their entire rows.',
        'LastMonth({Throw Date})', 'rows', 'by-meaning', 'recipe', 'date',
    ),
    (
        "How would I highlight whole rows for next month's throws? Sheet is called PaperPlaneThrows.",
        'NextMonth({Throw Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
]


TABLES['EggAndSpoonRaces'] = _table("""
Race ID | Runner | Age Band | Race Date | Lane | Time (s) | Spoon (cm) | Pledge (£) | Dropped? | Notes
ES-103 | Isla Murdoch | Parents | 2024-06-13 | 30 | 31.5 | 28 | 53 | yes | tripped at halfway
ES-106 | Jake Tomlin | Teachers | 2024-06-06 | 36 | 14.5 | 18 | 57 | yes | wrong lane
ES-109 | Grace Oduya | Teachers | 2024-06-03 | 3 | 29 | 26 | 13 | yes | cheered loudly
ES-112 | Harry Pell | Under 8 | 2024-06-17 | 1 | 34.5 | 27 | _ | yes | sprinted the end
ES-115 | Finn Gallagher | Under 12 | 2024-06-28 | 28 | 26.5 | 23 | #DIV/0! | no | thumb on egg
ES-118 | Chloe Varney | Under 12 | 2024-05-15 | 24 | 33 | 11 | 55 | no | restart given
ES-121 | Ben Ashdown | Under 12 | 2024-07-09 | 19 | 9 | 37 | 5 | yes | egg cracked
ES-124 | Leo Barraclough | Teachers | 2024-02-14 | 16 | 31 | 24 | 34 | yes | very careful
ES-127 | Ellie Rook | Under 8 | 2024-06-14 | 8 | 30.5 | 19 | 18 | no | egg wobbled
ES-130 | Isla Murdoch | Parents | 2024-06-21 | 29 | 24 | 21 | 27 | yes | ~
ES-133 | Kate Spurling | Under 8 | 2024-06-24 | 7 | _ | 29 | 29 | yes | false start
ES-136 | Dev Mistry | Under 8 | 2024-05-31 | 35 | 22 | dns | 39 | yes | steady hands
ES-139 | Abby Crouch | Parents | 2024-06-11 | 27 | 24.5 | 14 | 48 | no | used a ladle
ES-142 | Dev Mistry | Under 12 | 2024-06-12 | 18 | 27.5 | 36 | 42 | no | _
""")
ENTRIES['EggAndSpoonRaces'] = [
    (
        '<li>rows where <b>Time (s)</b> exceeds 27.5 &mdash; whole row highlighted, sheet EggAndSpoonRaces</li>',
        'GreaterThan({Time (s)}, 27.5)', 'rows', 'by-header', 'html',
    ),
    (
        'Highlight Time (s) cells where the value is 27.5 or higher in sheet EggAndSpoonRaces',
        'GreaterThanEqual({Time (s)}, 27.5)', 'cells', 'by-header', 'annotator', 'boundary',
    ),
    (
        'HIGHLIGHT SPOON (CM) CELLS UNDER 24 STOP CELLS ONLY STOP SHEET EGGANDSPOONRACES',
        'LessThan({Spoon (cm)}, 24)', 'cells', 'by-header', 'telegram',
    ),
    (
        '<p>In <i>EggAndSpoonRaces</i>, highlight the <b>whole row</b> wherever Spoon (cm) is at most 24.</p>',
        'LessThanEqual({Spoon (cm)}, 24)', 'rows', 'by-header', 'html', 'boundary',
    ),
    (
        'Highlight Time (s) cells where the value equals 27.5 in sheet EggAndSpoonRaces',
        'Equals({Time (s)}, 27.5)', 'cells', 'by-header', 'annotator',
    ),
    (
        'Highlight Lane cells where the value is anything other than 19 in sheet EggAndSpoonRaces',
        'NotEquals({Lane}, 19)', 'cells', 'by-header', 'annotator', 'negation',
    ),
    (
        '<p>In <i>EggAndSpoonRaces</i>, highlight the <b>whole row</b> wherever Spoon (cm) lies from 19 to 28, both '
        'ends included.</p>',
        'Between({Spoon (cm)}, 19, 28)', 'rows', 'by-header', 'html', 'boundary',
    ),
    (
        'How do I highlight just the cells in column E (Lane) whose value is not between 8 and 29 inclusive? This is '
        'the EggAndSpoonRaces sheet.',
        'NotBetween({Lane}, 8, 29)', 'cells', 'by-header', 'forum', 'boundary', 'negation',
    ),
    (
        "Shade the whole row of the 'Under 12' races in sheet EggAndSpoonRaces",
        'TextEquals({Age Band}, "Under 12")', 'rows', 'by-value', 'annotator',
    ),
    (
        "Highlight Notes cells where the value contains 'ladle' in sheet EggAndSpoonRaces",
        'TextContains({Notes}, "ladle")', 'cells', 'by-header', 'annotator',
    ),
    (
        'Last time I touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My '
        'boss, who is also my uncle, wants it to look professional before the committee meeting. Also the kettle at '
        "the club is broken again, which has nothing to do with this, but it's been that kind of week. The egg and "
        'spoon race day is a small thing really, a few families and a lot of noise, but people take the results '
        'seriously. Sorry for the wall of text. TL;DR: highlight the whole row in EggAndSpoonRaces wherever Age Band '
        "has no 'Teachers' anywhere in it",
        'TextNotContains({Age Band}, "Teachers")', 'rows', 'by-header', 'tldr', 'negation',
    ),
    (
        'In EggAndSpoonRaces, is there a way to colour only the Runner cells (column B) whose value begins with '
        "'Ben'? Not the whole row, just the cell.",
        'TextStartsWith({Runner}, "Ben")', 'cells', 'by-header', 'forum', 'starts-ends',
    ),
    (
        "<p>Highlight each <b>Runner</b> cell that finishes in 'ok' in <i>EggAndSpoonRaces</i> (just the cell, not "
        'the row)</p>',
        'TextEndsWith({Runner}, "ok")', 'cells', 'by-header', 'html', 'starts-ends',
    ),
    (
        'Last time I touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My '
        'boss, who is also my uncle, wants it to look professional before the committee meeting. Also the kettle at '
        "the club is broken again, which has nothing to do with this, but it's been that kind of week. The egg and "
        'spoon race day is a small thing really, a few families and a lot of noise, but people take the results '
        "seriously. That's the background. tl;dr: highlight the whole row in EggAndSpoonRaces wherever Lane is among "
        'the 3 highest values of the column',
        'Top({Lane}, 3)', 'rows', 'by-header', 'tldr', 'superlative',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE LANE IN BOTTOM THREE VALUES STOP SHEET EGGANDSPOONRACES STOP',
        'Bottom({Lane}, 3)', 'rows', 'by-header', 'telegram', 'superlative', 'value-word',
    ),
    (
        "I tried copying the formatting from last year's file but it came through all wrong. I watched two videos "
        'about conditional formatting and both assumed I knew far more than I do. Last time I touched the formatting '
        'I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is also my uncle, wants it to '
        "look professional before the committee meeting. That's the background. tl;dr: highlight each Pledge (£) "
        "cell in EggAndSpoonRaces that falls in the column's top 20%, just the cell",
        'TopPercent({Pledge (£)}, 20)', 'cells', 'by-header', 'tldr', 'superlative',
    ),
    (
        'Highlight rows where Pledge (£) is not an Excel error in sheet EggAndSpoonRaces',
        'NotErrors({Pledge (£)})', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        '<p>Add <b>a color scale</b> to the <i>Spoon (cm)</i> column in EggAndSpoonRaces</p>',
        'ColorScale({Spoon (cm)})', 'cells', 'by-header', 'html',
    ),
    (
        "I tried copying the formatting from last year's file but it came through all wrong. I watched two videos "
        'about conditional formatting and both assumed I knew far more than I do. Last time I touched the formatting '
        'I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is also my uncle, wants it to '
        'look professional before the committee meeting. Sorry for the wall of text. TL;DR: put data bars on Spoon '
        '(cm) in EggAndSpoonRaces',
        'DataBar({Spoon (cm)})', 'cells', 'by-header', 'tldr',
    ),
    (
        'How do I put icon sets on column G (Spoon (cm)) in EggAndSpoonRaces?',
        'IconSet({Spoon (cm)})', 'cells', 'by-header', 'forum',
    ),
    (
        'HIGHLIGHT TIME (S) CELLS AT LEAST TWENTY FOUR BUT UNDER THIRTY ONE STOP CELLS ONLY STOP SHEET '
        'EGGANDSPOONRACES',
        'AND(GreaterThanEqual({Time (s)}, 24), LessThan({Time (s)}, 31))',
        'cells', 'by-header', 'telegram', 'value-word',
    ),
    (
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the egg and spoon race day spreadsheet this year, which in hindsight was a mistake. I tried copying '
        "the formatting from last year's file but it came through all wrong. I watched two videos about conditional "
        "formatting and both assumed I knew far more than I do. That's the background. TL;DR: highlight the whole "
        'row in EggAndSpoonRaces wherever Lane is either under 8 or over 29',
        'OR(LessThan({Lane}, 8), GreaterThan({Lane}, 29))', 'rows', 'by-header', 'tldr', 'or',
    ),
    (
        'Is it possible to shade an entire row of my EggAndSpoonRaces sheet whenever the Age Band value (column C) '
        "is not 'Under 12'?",
        'NOT(TextEquals({Age Band}, "Under 12"))', 'rows', 'by-header', 'forum', 'negation',
    ),
    (
        'Ingredients: sheet EggAndSpoonRaces, its Race Date column, one highlight. Method: find each row whose Race '
        "Date is today's date. Serves: the whole row.",
        'Today({Race Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
    (
        "How do I highlight just the cells in column D (Race Date) whose value is yesterday's date? This is the "
        'EggAndSpoonRaces sheet.',
        'Yesterday({Race Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'So I volunteered to keep the egg and spoon race day spreadsheet this year, which in hindsight was a '
        "mistake. I tried copying the formatting from last year's file but it came through all wrong. I watched two "
        'videos about conditional formatting and both assumed I knew far more than I do. Anyway, long story. TL;DR: '
        "highlight tomorrow's races in EggAndSpoonRaces, whole rows",
        'Tomorrow({Race Date})', 'rows', 'by-meaning', 'tldr', 'date',
    ),
    (
        'Ingredients: sheet EggAndSpoonRaces, one highlight. Method: pick out the races of the last 7 days (today '
        'included). Serves: their entire rows.',
        'Last7Days({Race Date})', 'rows', 'by-meaning', 'recipe', 'date',
    ),
    (
        'How would I highlight whole rows for the races coming up next week? Sheet is called EggAndSpoonRaces.',
        'NextWeek({Race Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        'SHEET EGGANDSPOONRACES STOP MARK RACE DATE IN THIS MONTH STOP JUST THE CELL NOT THE ROW STOP',
        'ThisMonth({Race Date})', 'cells', 'by-header', 'telegram', 'date',
    ),
    (
        'Ingredients: the Race Date column of EggAndSpoonRaces, one fill colour. Method: take each Race Date value '
        'that falls in last month and colour its cell. Serves: that cell only, not the row.',
        'LastMonth({Race Date})', 'cells', 'by-header', 'recipe', 'date',
    ),
    (
        "Any way to shade the entire row for next month's races in my EggAndSpoonRaces sheet?",
        'NextMonth({Race Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
]


TABLES['RockPaperScissors'] = _table("""
Match ID | Player | Bracket | Match Date | Rounds | Think Time (s) | Streak | Prize (R) | Rematch? | Notes
RP-104 | Dara Quinn | Pro | 2024-06-06 | 5 | 3.75 | 13 | _ | no | slow reveal
RP-107 | Bram de Wit | Rookie | 2024-06-03 | 27 | 4.25 | 4 | 450 | no | scissors streak
RP-110 | Cleo Adams | Wildcard | 2024-06-17 | 43 | 3.5 | 14 | 550 | no | quick hands
RP-113 | Ayo Bello | Rookie | 2024-06-28 | 15 | 4.75 | 11 | 300 | no | ~
RP-116 | Freya Holt | Masters | 2024-05-15 | 30 | 6.25 | 7 | 500 | no | three draws
RP-119 | Ida Moreau | Masters | 2024-07-09 | 11 | 0.5 | 22 | #REF! | no | always opened rock
RP-122 | Emeka Obi | Pro | 2024-02-14 | 6 | 5 | 25 | 125 | yes | disputed throw
RP-125 | Dara Quinn | Rookie | 2024-06-14 | 16 | 5.75 | 16 | 325 | no | crowd booed
RP-128 | Gil Navarro | Rookie | 2024-06-21 | 8 | 5.5 | 6 | 700 | no | tense final
RP-131 | Kofi Mensah | Masters | 2024-06-24 | 10 | 7.75 | tbc | 425 | no | bluffed paper
RP-134 | Jun Park | Pro | 2024-05-31 | 21 | 2 | 9 | 850 | yes | _
RP-137 | Hugo Lamb | Pro | 2024-06-11 | 26 | 1.5 | 18 | 150 | no | referee warned
RP-140 | Lola Reyes | Wildcard | 2024-06-12 | 24 | _ | 1 | 400 | yes | stared down
RP-143 | Ida Moreau | Wildcard | 2024-06-13 | 33 | 0.75 | 27 | 625 | no | mind games
""")
ENTRIES['RockPaperScissors'] = [
    (
        'SHEET ROCKPAPERSCISSORS STOP ROUNDS 16 OR MORE STOP SHADE ENTIRE ROW STOP URGENT',
        'GreaterThanEqual({Rounds}, 16)', 'rows', 'by-header', 'telegram', 'boundary',
    ),
    (
        'Recipe for RockPaperScissors: take the Streak column, stir in a rule that catches every value that is less '
        'than 13, then spread the colour across the entire row. Serves: whole rows.',
        'LessThan({Streak}, 13)', 'rows', 'by-header', 'recipe',
    ),
    (
        '<p>Highlight each <b>Streak</b> cell that is &lt;= 13 in <i>RockPaperScissors</i> (just the cell, not the '
        'row)</p>',
        'LessThanEqual({Streak}, 13)', 'cells', 'by-header', 'html', 'boundary',
    ),
    (
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the rock paper scissors league spreadsheet this year, which in hindsight was a mistake. Anyway. TL;DR: '
        'highlight each Think Time (s) cell in RockPaperScissors that is exactly 4.25, just the cell',
        'Equals({Think Time (s)}, 4.25)', 'cells', 'by-header', 'tldr',
    ),
    (
        'In RockPaperScissors, is there a way to colour only the Rounds cells (column E) whose value is not equal to '
        '21? Not the whole row, just the cell.',
        'NotEquals({Rounds}, 21)', 'cells', 'by-header', 'forum', 'negation',
    ),
    (
        'How do I highlight just the cells in column G (Streak) whose value is between 7 and 18 inclusive? This is '
        'the RockPaperScissors sheet.',
        'Between({Streak}, 7, 18)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'How can I highlight the whole row in RockPaperScissors when column E (Rounds) is not between 10 and 27 '
        'inclusive?',
        'NotBetween({Rounds}, 10, 27)', 'rows', 'by-header', 'forum', 'boundary', 'negation',
    ),
    (
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the rock paper scissors league spreadsheet this year, which in hindsight was a mistake. I tried '
        "copying the formatting from last year's file but it came through all wrong. I watched two videos about "
        'conditional formatting and both assumed I knew far more than I do. Sorry for the wall of text. TL;DR: '
        "highlight the whole row in RockPaperScissors wherever Bracket is exactly the text 'Wildcard'",
        'TextEquals({Bracket}, "Wildcard")', 'rows', 'by-header', 'tldr',
    ),
    (
        "Shade the entire row when Notes has 'booed' somewhere in it (sheet RockPaperScissors)",
        'TextContains({Notes}, "booed")', 'rows', 'by-header', 'annotator',
    ),
    (
        'Recipe (RockPaperScissors). You will need: the Bracket column and a highlight. Method: pick out every '
        "Bracket cell that does not contain 'Pro'; fill it. Serving: cells only.",
        'TextNotContains({Bracket}, "Pro")', 'cells', 'by-header', 'recipe', 'negation',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE PLAYER BEGINNING "Hug" STOP SHEET ROCKPAPERSCISSORS STOP',
        'TextStartsWith({Player}, "Hug")', 'rows', 'by-header', 'telegram', 'starts-ends',
    ),
    (
        "<p>Highlight each <b>Player</b> cell that ends with 'bi' in <i>RockPaperScissors</i> (just the cell, not "
        'the row)</p>',
        'TextEndsWith({Player}, "bi")', 'cells', 'by-header', 'html', 'starts-ends',
    ),
    (
        'Apply a fill to each Rounds cell that is among the 3 highest values of the column, sheet RockPaperScissors, '
        'cells only',
        'Top({Rounds}, 3)', 'cells', 'by-header', 'annotator', 'superlative',
    ),
    (
        '<rule sheet="RockPaperScissors" column="Rounds" when="value is one of the column\'s bottom 3 values" '
        'apply="cell only"/>',
        'Bottom({Rounds}, 3)', 'cells', 'by-header', 'html', 'superlative',
    ),
    (
        'Ingredients: sheet RockPaperScissors, its Prize (R) column, one highlight. Method: find each row whose '
        "Prize (R) falls in the column's top 20%. Serves: the whole row.",
        'TopPercent({Prize (R)}, 20)', 'rows', 'by-header', 'recipe', 'superlative',
    ),
    (
        'Recipe for RockPaperScissors: take the Rounds column, stir in a rule that catches every value that is in '
        'the bottom 20 percent of the column, then spread the colour across the entire row. Serves: whole rows.',
        'BottomPercent({Rounds}, 20)', 'rows', 'by-header', 'recipe', 'superlative',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE ROUNDS ABOVE COLUMN AVERAGE STOP SHEET ROCKPAPERSCISSORS STOP',
        'AboveAverage({Rounds})', 'rows', 'by-header', 'telegram',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE PRIZE (R) BELOW COLUMN AVERAGE STOP SHEET ROCKPAPERSCISSORS STOP',
        'BelowAverage({Prize (R)})', 'rows', 'by-header', 'telegram',
    ),
    (
        'Apply a fill to each Player cell that is repeated elsewhere in the column, sheet RockPaperScissors, cells '
        'only',
        'Duplicates({Player})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Shade the entire row when Player appears only once in the column (sheet RockPaperScissors)',
        'Unique({Player})', 'rows', 'by-header', 'annotator',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE NOTES BLANK STOP SHEET ROCKPAPERSCISSORS STOP',
        'Blanks({Notes})', 'rows', 'by-header', 'telegram',
    ),
    (
        'Apply a fill to each Notes cell that is not blank, sheet RockPaperScissors, cells only',
        'NotBlanks({Notes})', 'cells', 'by-header', 'annotator', 'negation',
    ),
    (
        '<p>In <i>RockPaperScissors</i>, highlight the <b>whole row</b> wherever Prize (R) shows an Excel error.</p>',
        'Errors({Prize (R)})', 'rows', 'by-header', 'html',
    ),
    (
        'Recipe (RockPaperScissors). You will need: the Match Date column and a highlight. Method: pick out every '
        'Match Date cell that falls today; fill it. Serving: cells only.',
        'Today({Match Date})', 'cells', 'by-header', 'recipe', 'date',
    ),
    (
        "<li>each Match Date cell that is yesterday's date: highlight it, cell only (sheet RockPaperScissors)</li>",
        'Yesterday({Match Date})', 'cells', 'by-header', 'html', 'date',
    ),
    (
        'HIGHLIGHT TOMORROW"s matches stop whole rows stop sheet RockPaperScissors',
        'Tomorrow({Match Date})', 'rows', 'by-meaning', 'telegram', 'date',
    ),
    (
        '<li>rows where <b>Match Date</b> falls in the past seven days including today &mdash; whole row '
        'highlighted, sheet RockPaperScissors</li>',
        'Last7Days({Match Date})', 'rows', 'by-header', 'html', 'date',
    ),
    (
        'The rock paper scissors league is a small thing really, a few families and a lot of noise, but people take '
        'the results seriously. The previous organiser kept everything on paper and I have been typing it in all '
        'week. Half the volunteers print the sheet and the other half read it on their phones, so it has to be '
        'obvious. Anyway, long story. tl;dr: highlight the whole row in RockPaperScissors wherever Match Date falls '
        'in last week',
        'LastWeek({Match Date})', 'rows', 'by-header', 'tldr', 'date',
    ),
    (
        'tl;dr highlight the whole row in RockPaperScissors wherever Match Date is in the current calendar week. '
        'Longer version: Someone on the committee suggested I ask here instead of fiddling for another evening. So I '
        'volunteered to keep the rock paper scissors league spreadsheet this year, which in hindsight was a mistake. '
        "I tried copying the formatting from last year's file but it came through all wrong. I watched two videos "
        'about conditional formatting and both assumed I knew far more than I do.',
        'ThisWeek({Match Date})', 'rows', 'by-header', 'tldr', 'date',
    ),
    (
        "<p>Shade <b>entire rows</b> for last month's matches (sheet <i>RockPaperScissors</i>)</p>",
        'LastMonth({Match Date})', 'rows', 'by-meaning', 'html', 'date',
    ),
    (
        'Recipe for RockPaperScissors: take the Match Date column, stir in a rule that catches every value that is '
        'in the next calendar month, then spread the colour across the entire row. Serves: whole rows.',
        'NextMonth({Match Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
]


TABLES['HorseshoePitches'] = _table("""
Game ID | Pitcher | Division | Game Date | Ringers | Distance (ft) | Shoe (oz) | Fee (C$) | Leaner? | Notes
HP-105 | Dot Whitfield | Seniors | 2024-06-03 | 2 | 22.5 | 44 | 77 | no | dusty pit
HP-108 | Kurt Engel | Seniors | 2024-06-17 | 7 | 25.5 | 38 | #NUM! | yes | stake leaning
HP-111 | Ike Dawson | Doubles | 2024-06-28 | 8 | 38 | 41 | 51 | no | heavy shoes
HP-114 | June Albright | Seniors | 2024-05-15 | 29 | 31.5 | 57 | 57 | no | foul line
HP-117 | Ike Dawson | Juniors | 2024-07-09 | 13 | 30.5 | 53 | 7 | no | clean sweep
HP-120 | Amos Carver | Seniors | 2024-02-14 | 31 | 35.5 | 58 | 21 | no | ~
HP-123 | Earl Boyce | Open | 2024-06-14 | 24 | 27.5 | 42 | _ | no | windy day
HP-126 | Clem Haskins | Juniors | 2024-06-21 | 4 | 38.5 | 46 | 50 | no | _
HP-129 | Lottie Brandt | Doubles | 2024-06-24 | 33 | _ | 55 | 76 | yes | shoe bounced
HP-132 | Gordy Shaw | Open | 2024-05-31 | 1 | 32.5 | 50 | 45 | yes | great flip
HP-135 | Faye Tuttle | Open | 2024-06-11 | 22 | 36.5 | n/a | 26 | yes | wobbly stake
HP-138 | Hattie Pruitt | Open | 2024-06-12 | 14 | 27 | 30 | 25 | no | sun in eyes
HP-141 | Dot Whitfield | Doubles | 2024-06-13 | 16 | 37 | 31 | 75 | no | double ringer
HP-144 | Betty Lund | Juniors | 2024-06-06 | 5 | 32 | 39 | 40 | yes | tied early
""")
ENTRIES['HorseshoePitches'] = [
    (
        'HIGHLIGHT RINGERS CELLS ABOVE 13 STOP CELLS ONLY STOP SHEET HORSESHOEPITCHES',
        'GreaterThan({Ringers}, 13)', 'cells', 'by-header', 'telegram',
    ),
    (
        '<rule sheet="HorseshoePitches" column="Notes" when="value has \'sweep\' somewhere in it" apply="entire '
        'row"/>',
        'TextContains({Notes}, "sweep")', 'rows', 'by-header', 'html',
    ),
    (
        '<rule sheet="HorseshoePitches" column="Division" when="value has no \'Doubles\' anywhere in it" apply="cell '
        'only"/>',
        'TextNotContains({Division}, "Doubles")', 'cells', 'by-header', 'html', 'negation',
    ),
    (
        "tl;dr highlight each Pitcher cell in HorseshoePitches that starts with 'Ku', just the cell. Longer version: "
        'Last time I touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My '
        'boss, who is also my uncle, wants it to look professional before the committee meeting. Also the kettle at '
        "the club is broken again, which has nothing to do with this, but it's been that kind of week. The horseshoe "
        'pitching league is a small thing really, a few families and a lot of noise, but people take the results '
        'seriously.',
        'TextStartsWith({Pitcher}, "Ku")', 'cells', 'by-header', 'tldr', 'starts-ends',
    ),
    (
        '<rule sheet="HorseshoePitches" column="Pitcher" when="value finishes in \'nd\'" apply="entire row"/>',
        'TextEndsWith({Pitcher}, "nd")', 'rows', 'by-header', 'html', 'starts-ends',
    ),
    (
        "<p>Highlight each <b>Ringers</b> cell that is one of the column's top 2 values in <i>HorseshoePitches</i> "
        '(just the cell, not the row)</p>',
        'Top({Ringers}, 2)', 'cells', 'by-header', 'html', 'superlative',
    ),
    (
        "Shade the entire row when Ringers is one of the column's bottom 3 values (sheet HorseshoePitches)",
        'Bottom({Ringers}, 3)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        "Highlight Fee (C$) cells where the value falls in the column's top 20% in sheet HorseshoePitches",
        'TopPercent({Fee (C$)}, 20)', 'cells', 'by-header', 'annotator', 'superlative',
    ),
    (
        'Recipe (HorseshoePitches). You will need: the Ringers column and a highlight. Method: pick out every '
        'Ringers cell that is in the bottom 20 percent of the column; fill it. Serving: cells only.',
        'BottomPercent({Ringers}, 20)', 'cells', 'by-header', 'recipe', 'superlative',
    ),
    (
        'HIGHLIGHT RINGERS CELLS ABOVE COLUMN AVERAGE STOP CELLS ONLY STOP SHEET HORSESHOEPITCHES',
        'AboveAverage({Ringers})', 'cells', 'by-header', 'telegram',
    ),
    (
        'In HorseshoePitches, is there a way to colour only the Fee (C$) cells (column H) whose value is lower than '
        'the average of the column? Not the whole row, just the cell.',
        'BelowAverage({Fee (C$)})', 'cells', 'by-header', 'forum',
    ),
    (
        '<p>In <i>HorseshoePitches</i>, highlight the <b>whole row</b> wherever Pitcher is repeated elsewhere in the '
        'column.</p>',
        'Duplicates({Pitcher})', 'rows', 'by-header', 'html',
    ),
    (
        'SHEET HORSESHOEPITCHES STOP PITCHER APPEARING ONCE ONLY STOP SHADE ENTIRE ROW STOP URGENT',
        'Unique({Pitcher})', 'rows', 'by-header', 'telegram',
    ),
    (
        '<p>In <i>HorseshoePitches</i>, highlight the <b>whole row</b> wherever Notes is blank.</p>',
        'Blanks({Notes})', 'rows', 'by-header', 'html',
    ),
    (
        'Shade the entire row when Notes has something written in it (sheet HorseshoePitches)',
        'NotBlanks({Notes})', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        'So I volunteered to keep the horseshoe pitching league spreadsheet this year, which in hindsight was a '
        "mistake. I tried copying the formatting from last year's file but it came through all wrong. I watched two "
        'videos about conditional formatting and both assumed I knew far more than I do. Anyway. TL;DR: highlight '
        'each Fee (C$) cell in HorseshoePitches that is an Excel error value, just the cell',
        'Errors({Fee (C$)})', 'cells', 'by-header', 'tldr',
    ),
    (
        'Recipe (HorseshoePitches). You will need: the Fee (C$) column and a highlight. Method: pick out every Fee '
        '(C$) cell that holds no error value; fill it. Serving: cells only.',
        'NotErrors({Fee (C$)})', 'cells', 'by-header', 'recipe', 'negation',
    ),
    (
        'Ingredients: the Shoe (oz) column of HorseshoePitches, a color scale. Method: spread a color scale over the '
        'column. Serves: the Shoe (oz) cells, not whole rows.',
        'ColorScale({Shoe (oz)})', 'cells', 'by-header', 'recipe',
    ),
    (
        'Apply data bars to Shoe (oz) in sheet HorseshoePitches',
        'DataBar({Shoe (oz)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Ingredients: the Shoe (oz) column of HorseshoePitches, an icon set. Method: spread an icon set over the '
        'column. Serves: the Shoe (oz) cells, not whole rows.',
        'IconSet({Shoe (oz)})', 'cells', 'by-header', 'recipe',
    ),
    (
        'Highlight rows where Distance (ft) is above 27.5 and below 36.5 in sheet HorseshoePitches',
        'AND(GreaterThan({Distance (ft)}, 27.5), LessThan({Distance (ft)}, 36.5))', 'rows', 'by-header', 'annotator',
    ),
    (
        "Also the kettle at the club is broken again, which has nothing to do with this, but it's been that kind of "
        'week. The horseshoe pitching league is a small thing really, a few families and a lot of noise, but people '
        'take the results seriously. The previous organiser kept everything on paper and I have been typing it in '
        'all week. Half the volunteers print the sheet and the other half read it on their phones, so it has to be '
        "obvious. That's the background. TL;DR: highlight each Ringers cell in HorseshoePitches that is below 5 or "
        'above 24, just the cell',
        'OR(LessThan({Ringers}, 5), GreaterThan({Ringers}, 24))', 'cells', 'by-header', 'tldr', 'or',
    ),
    (
        'HIGHLIGHT ALL GAMES OTHER THAN THE "Juniors" ONES STOP WHOLE ROWS STOP SHEET HORSESHOEPITCHES',
        'NOT(TextEquals({Division}, "Juniors"))', 'rows', 'by-value', 'telegram', 'negation',
    ),
    (
        'Last time I touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My '
        'boss, who is also my uncle, wants it to look professional before the committee meeting. Also the kettle at '
        "the club is broken again, which has nothing to do with this, but it's been that kind of week. The horseshoe "
        'pitching league is a small thing really, a few families and a lot of noise, but people take the results '
        'seriously. Sorry for the wall of text. tl;dr: highlight each Game Date cell in HorseshoePitches that falls '
        'today, just the cell',
        'Today({Game Date})', 'cells', 'by-header', 'tldr', 'date',
    ),
    (
        'Recipe for HorseshoePitches: take the Game Date column, stir in a rule that catches every value that falls '
        'on yesterday, then spread the colour across the entire row. Serves: whole rows.',
        'Yesterday({Game Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
    (
        '<p>Shade <b>entire rows</b> for the games happening tomorrow (sheet <i>HorseshoePitches</i>)</p>',
        'Tomorrow({Game Date})', 'rows', 'by-meaning', 'html', 'date',
    ),
    (
        '<li>Highlight the whole rows of the games of the last 7 days (today included) in '
        '<b>HorseshoePitches</b></li>',
        'Last7Days({Game Date})', 'rows', 'by-meaning', 'html', 'date',
    ),
    (
        '<li>rows where <b>Game Date</b> is in the previous calendar week &mdash; whole row highlighted, sheet '
        'HorseshoePitches</li>',
        'LastWeek({Game Date})', 'rows', 'by-header', 'html', 'date',
    ),
    (
        "Any way to shade the entire row for this week's games in my HorseshoePitches sheet?",
        'ThisWeek({Game Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        'In HorseshoePitches, is there a way to colour only the Game Date cells (column D) whose value falls in next '
        'week? Not the whole row, just the cell.',
        'NextWeek({Game Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'Recipe for HorseshoePitches: take the Game Date column, stir in a rule that catches every value that falls '
        'in this month, then spread the colour across the entire row. Serves: whole rows.',
        'ThisMonth({Game Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
]


TABLES['LeapfrogRelays'] = _table("""
Relay ID | Jumper | Squad | Relay Date | Leaps | Gap (m) | Height (cm) | Sponsor (€) | Fell? | Notes
LF-106 | Fabio Conti | Yellow Leapers | 2024-06-17 | 59 | 4.5 | 62 | 95 | yes | strong finish
LF-109 | Carla Mendes | Yellow Leapers | 2024-06-28 | 26 | 5.25 | 82 | 190 | yes | overtook late
LF-112 | Ilse Jansen | Yellow Leapers | 2024-05-15 | 28 | 4 | 73 | 165 | yes | grass wet
LF-115 | Anouk Visser | Red Bouncers | 2024-07-09 | 37 | 3.25 | 57 | 100 | no | _
LF-118 | Greta Voss | Green Frogs | 2024-02-14 | 47 | _ | 94 | 280 | no | great rhythm
LF-121 | Elsa Berg | Blue Hoppers | 2024-06-14 | 38 | 6.75 | 60 | 240 | no | slipped twice
LF-124 | Karin Holm | Blue Hoppers | 2024-06-21 | 11 | 3 | 84 | 265 | yes | knees scraped
LF-127 | Jules Fabre | Blue Hoppers | 2024-06-24 | 42 | 5 | 79 | 60 | yes | ~
LF-130 | Luca Bruni | Blue Hoppers | 2024-05-31 | 30 | 6 | 81 | 185 | no | steady pace
LF-133 | Ilse Jansen | Red Bouncers | 2024-06-11 | 17 | 0.75 | rested | 200 | yes | short hops
LF-136 | Hamish Kerr | Red Bouncers | 2024-06-12 | 22 | 5.75 | 97 | 105 | no | shoelace undone
LF-139 | Bastien Roux | Green Frogs | 2024-06-13 | 14 | 7 | 80 | #NAME? | yes | dropped baton
LF-142 | Duncan Reid | Green Frogs | 2024-06-06 | 41 | 2.75 | 61 | _ | no | tall partner
LF-145 | Duncan Reid | Green Frogs | 2024-06-03 | 10 | 5.5 | 67 | 260 | yes | cheered home
""")
ENTRIES['LeapfrogRelays'] = [
    (
        'tl;dr highlight each Gap (m) cell in LeapfrogRelays that exceeds 5, just the cell. Longer version: Half the '
        'volunteers print the sheet and the other half read it on their phones, so it has to be obvious. Someone on '
        'the committee suggested I ask here instead of fiddling for another evening. So I volunteered to keep the '
        'leapfrog relay spreadsheet this year, which in hindsight was a mistake.',
        'GreaterThan({Gap (m)}, 5)', 'cells', 'by-header', 'tldr',
    ),
    (
        'Is it possible to shade an entire row of my LeapfrogRelays sheet whenever the Leaps value (column E) is 28 '
        'or more?',
        'GreaterThanEqual({Leaps}, 28)', 'rows', 'by-header', 'forum', 'boundary',
    ),
    (
        "I tried copying the formatting from last year's file but it came through all wrong. I watched two videos "
        'about conditional formatting and both assumed I knew far more than I do. Last time I touched the formatting '
        'I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is also my uncle, wants it to '
        "look professional before the committee meeting. That's the background. tl;dr: highlight the whole row in "
        'LeapfrogRelays wherever Height (cm) is below 79',
        'LessThan({Height (cm)}, 79)', 'rows', 'by-header', 'tldr',
    ),
    (
        'SHEET LEAPFROGRELAYS STOP MARK HEIGHT (CM) 79 OR LESS STOP JUST THE CELL NOT THE ROW STOP',
        'LessThanEqual({Height (cm)}, 79)', 'cells', 'by-header', 'telegram', 'boundary',
    ),
    (
        '<p>Highlight each <b>Leaps</b> cell that equals 28 in <i>LeapfrogRelays</i> (just the cell, not the '
        'row)</p>',
        'Equals({Leaps}, 28)', 'cells', 'by-header', 'html',
    ),
    (
        'Shade the entire row when Leaps is anything other than 28 (sheet LeapfrogRelays)',
        'NotEquals({Leaps}, 28)', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        'In LeapfrogRelays, is there a way to colour only the Height (cm) cells (column G) whose value lies from 62 '
        'to 82, both ends included? Not the whole row, just the cell.',
        'Between({Height (cm)}, 62, 82)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'SHEET LEAPFROGRELAYS STOP MARK LEAPS OUTSIDE 17 TO 41 ENDS COUNTING AS INSIDE STOP JUST THE CELL NOT THE '
        'ROW STOP',
        'NotBetween({Leaps}, 17, 41)', 'cells', 'by-header', 'telegram', 'boundary', 'negation',
    ),
    (
        "How would I highlight whole rows for the relays listed as 'Green Frogs'? Sheet is called LeapfrogRelays.",
        'TextEquals({Squad}, "Green Frogs")', 'rows', 'by-value', 'forum',
    ),
    (
        'In LeapfrogRelays, is there a way to colour only the Leaps cells (column E) whose value is above the '
        "column's average? Not the whole row, just the cell.",
        'AboveAverage({Leaps})', 'cells', 'by-header', 'forum',
    ),
    (
        '<rule sheet="LeapfrogRelays" column="Sponsor (€)" when="value is lower than the average of the column" '
        'apply="cell only"/>',
        'BelowAverage({Sponsor (€)})', 'cells', 'by-header', 'html',
    ),
    (
        '<li>each Jumper cell that is repeated elsewhere in the column: highlight it, cell only (sheet '
        'LeapfrogRelays)</li>',
        'Duplicates({Jumper})', 'cells', 'by-header', 'html',
    ),
    (
        'Ingredients: sheet LeapfrogRelays, its Jumper column, one highlight. Method: find each row whose Jumper is '
        'not repeated anywhere else in the column. Serves: the whole row.',
        'Unique({Jumper})', 'rows', 'by-header', 'recipe',
    ),
    (
        'HIGHLIGHT NOTES CELLS BLANK STOP CELLS ONLY STOP SHEET LEAPFROGRELAYS',
        'Blanks({Notes})', 'cells', 'by-header', 'telegram',
    ),
    (
        'Recipe (LeapfrogRelays). You will need: the Notes column and a highlight. Method: pick out every Notes cell '
        'that has something written in it; fill it. Serving: cells only.',
        'NotBlanks({Notes})', 'cells', 'by-header', 'recipe', 'negation',
    ),
    (
        'Recipe (LeapfrogRelays). You will need: the Sponsor (€) column and a highlight. Method: pick out every '
        'Sponsor (€) cell that is an Excel error value; fill it. Serving: cells only.',
        'Errors({Sponsor (€)})', 'cells', 'by-header', 'recipe',
    ),
    (
        '<rule sheet="LeapfrogRelays" column="Sponsor (€)" when="value is not an Excel error" apply="entire row"/>',
        'NotErrors({Sponsor (€)})', 'rows', 'by-header', 'html', 'negation',
    ),
    (
        'A COLOUR SCALE ON HEIGHT (CM) STOP SHEET LEAPFROGRELAYS STOP',
        'ColorScale({Height (cm)})', 'cells', 'by-header', 'telegram',
    ),
    (
        '<format sheet="LeapfrogRelays" column="Height (cm)" type="data bars"/>',
        'DataBar({Height (cm)})', 'cells', 'by-header', 'html',
    ),
    (
        '<format sheet="LeapfrogRelays" column="Height (cm)" type="icon sets"/>',
        'IconSet({Height (cm)})', 'cells', 'by-header', 'html',
    ),
    (
        '<p>Highlight each <b>Gap (m)</b> cell that is above 3.25 and below 5.75 in <i>LeapfrogRelays</i> (just the '
        'cell, not the row)</p>',
        'AND(GreaterThan({Gap (m)}, 3.25), LessThan({Gap (m)}, 5.75))', 'cells', 'by-header', 'html',
    ),
    (
        'How do I highlight just the cells in column E (Leaps) whose value is either under 17 or over 41? This is '
        'the LeapfrogRelays sheet.',
        'OR(LessThan({Leaps}, 17), GreaterThan({Leaps}, 41))', 'cells', 'by-header', 'forum', 'or',
    ),
    (
        "tl;dr highlight the relays that aren't 'Yellow Leapers' in LeapfrogRelays, whole rows. Longer version: The "
        'previous organiser kept everything on paper and I have been typing it in all week. Half the volunteers '
        'print the sheet and the other half read it on their phones, so it has to be obvious. Someone on the '
        'committee suggested I ask here instead of fiddling for another evening. So I volunteered to keep the '
        'leapfrog relay spreadsheet this year, which in hindsight was a mistake.',
        'NOT(TextEquals({Squad}, "Yellow Leapers"))', 'rows', 'by-value', 'tldr', 'negation',
    ),
    (
        'HIGHLIGHT TOMORROW"s relays stop whole rows stop sheet LeapfrogRelays',
        'Tomorrow({Relay Date})', 'rows', 'by-meaning', 'telegram', 'date',
    ),
    (
        'The leapfrog relay is a small thing really, a few families and a lot of noise, but people take the results '
        'seriously. The previous organiser kept everything on paper and I have been typing it in all week. Half the '
        'volunteers print the sheet and the other half read it on their phones, so it has to be obvious. Anyway. '
        'tl;dr: highlight the whole row in LeapfrogRelays wherever Relay Date is within the last 7 days, today '
        'included',
        'Last7Days({Relay Date})', 'rows', 'by-header', 'tldr', 'date',
    ),
    (
        'Is it possible to shade an entire row of my LeapfrogRelays sheet whenever the Relay Date value (column D) '
        'is in the previous calendar week?',
        'LastWeek({Relay Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        "How would I highlight whole rows for this week's relays? Sheet is called LeapfrogRelays.",
        'ThisWeek({Relay Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        'SHEET LEAPFROGRELAYS STOP MARK RELAY DATE IN NEXT CALENDAR WEEK STOP JUST THE CELL NOT THE ROW STOP',
        'NextWeek({Relay Date})', 'cells', 'by-header', 'telegram', 'date',
    ),
    (
        "Shade the whole row of this month's relays in sheet LeapfrogRelays",
        'ThisMonth({Relay Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'Is it possible to shade an entire row of my LeapfrogRelays sheet whenever the Relay Date value (column D) '
        'is in the previous calendar month?',
        'LastMonth({Relay Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        'Apply a fill to each Relay Date cell that is in the next calendar month, sheet LeapfrogRelays, cells only',
        'NextMonth({Relay Date})', 'cells', 'by-header', 'annotator', 'date',
    ),
]


TABLES['CardboardBoatRaces'] = _table("""
Boat ID | Captain | Design | Launch Date | Paddle Strokes | Tape (m) | Hull (kg) | Cost (A$) | Sank? | Notes
CB-107 | Kasey Blum | Canoe | 2024-06-28 | 38 | 36 | 28 | 125 | yes | steered badly
CB-110 | Alba Kerr | Canoe | 2024-05-15 | 40 | 8 | 30 | 265 | yes | made the finish
CB-113 | Dylan Price | Pirate Ship | 2024-07-09 | 63 | 25 | 36 | 195 | no | glue melted
CB-116 | Edie Sharp | Pirate Ship | 2024-02-14 | 87 | 27.5 | 12 | 295 | yes | ~
CB-119 | Lachie Dunn | Swan | 2024-06-14 | 79 | 23.5 | 41 | 245 | no | capsized at buoy
CB-122 | Cass Fenwick | Swan | 2024-06-21 | 48 | 31 | 17 | 115 | no | bow collapsed
CB-125 | Brodie Mack | Raft | 2024-06-24 | 72 | 33.5 | 10 | 370 | no | _
CB-128 | Heath Booker | Pirate Ship | 2024-05-31 | 66 | 30.5 | 26 | #N/A | yes | sailed straight
CB-131 | Indi Rowe | Swan | 2024-06-11 | 67 | 37.5 | 8 | 345 | yes | paddles soggy
CB-134 | Indi Rowe | Canoe | 2024-06-12 | 68 | 34 | free | 255 | no | took on water
CB-137 | Joel Nash | Canoe | 2024-06-13 | 57 | 7.5 | 9 | 310 | yes | best costume
CB-140 | Flynn Hart | Raft | 2024-06-06 | 33 | 32 | 25 | _ | no | crowd splashed
CB-143 | Dylan Price | Raft | 2024-06-03 | 64 | 30 | 16 | 375 | no | duct tape galore
CB-146 | Gemma Lowe | Raft | 2024-06-17 | 56 | _ | 22 | 25 | no | towed back
""")
ENTRIES['CardboardBoatRaces'] = [
    (
        '<p>Highlight each <b>Tape (m)</b> cell that is &gt; 30.5 in <i>CardboardBoatRaces</i> (just the cell, not '
        'the row)</p>',
        'GreaterThan({Tape (m)}, 30.5)', 'cells', 'by-header', 'html',
    ),
    (
        'SHEET CARDBOARDBOATRACES STOP TAPE (M) AT LEAST 30.5 STOP SHADE ENTIRE ROW STOP URGENT',
        'GreaterThanEqual({Tape (m)}, 30.5)', 'rows', 'by-header', 'telegram', 'boundary',
    ),
    (
        'SHEET CARDBOARDBOATRACES STOP MARK HULL (KG) BELOW TWENTY TWO STOP JUST THE CELL NOT THE ROW STOP',
        'LessThan({Hull (kg)}, 22)', 'cells', 'by-header', 'telegram', 'value-word',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE HULL (KG) AT MOST TWENTY TWO STOP SHEET CARDBOARDBOATRACES STOP',
        'LessThanEqual({Hull (kg)}, 22)', 'rows', 'by-header', 'telegram', 'boundary', 'value-word',
    ),
    (
        'SHEET CARDBOARDBOATRACES STOP MARK TAPE (M) EQUAL TO 30.5 STOP JUST THE CELL NOT THE ROW STOP',
        'Equals({Tape (m)}, 30.5)', 'cells', 'by-header', 'telegram',
    ),
    (
        'Recipe for CardboardBoatRaces: take the Paddle Strokes column, stir in a rule that catches every value that '
        'is not equal to 63, then spread the colour across the entire row. Serves: whole rows.',
        'NotEquals({Paddle Strokes}, 63)', 'rows', 'by-header', 'recipe', 'negation',
    ),
    (
        'Ingredients: the Hull (kg) column of CardboardBoatRaces, one fill colour. Method: take each Hull (kg) value '
        'that lies from 12 to 28, both ends included and colour its cell. Serves: that cell only, not the row.',
        'Between({Hull (kg)}, 12, 28)', 'cells', 'by-header', 'recipe', 'boundary',
    ),
    (
        'How can I highlight the whole row in CardboardBoatRaces when column E (Paddle Strokes) is outside 48 to 68 '
        '(48 and 68 themselves count as inside)?',
        'NotBetween({Paddle Strokes}, 48, 68)', 'rows', 'by-header', 'forum', 'boundary', 'negation',
    ),
    (
        'The previous organiser kept everything on paper and I have been typing it in all week. Half the volunteers '
        'print the sheet and the other half read it on their phones, so it has to be obvious. Someone on the '
        'committee suggested I ask here instead of fiddling for another evening. So I volunteered to keep the '
        'cardboard boat regatta spreadsheet this year, which in hindsight was a mistake. Sorry for the wall of text. '
        "TL;DR: highlight each Design cell in CardboardBoatRaces that is exactly the text 'Raft', just the cell",
        'TextEquals({Design}, "Raft")', 'cells', 'by-header', 'tldr',
    ),
    (
        '<rule sheet="CardboardBoatRaces" column="Notes" when="value contains \'towed\'" apply="cell only"/>',
        'TextContains({Notes}, "towed")', 'cells', 'by-header', 'html',
    ),
    (
        'SHEET CARDBOARDBOATRACES STOP DESIGN NOT CONTAINING "Raft" STOP SHADE ENTIRE ROW STOP URGENT',
        'TextNotContains({Design}, "Raft")', 'rows', 'by-header', 'telegram', 'negation',
    ),
    (
        '<rule sheet="CardboardBoatRaces" column="Captain" when="value starts with \'Dy\'" apply="cell only"/>',
        'TextStartsWith({Captain}, "Dy")', 'cells', 'by-header', 'html', 'starts-ends',
    ),
    (
        "Apply a fill to each Captain cell that ends with 'ker', sheet CardboardBoatRaces, cells only",
        'TextEndsWith({Captain}, "ker")', 'cells', 'by-header', 'annotator', 'starts-ends',
    ),
    (
        '<li>each Paddle Strokes cell that is among the 3 highest values of the column: highlight it, cell only '
        '(sheet CardboardBoatRaces)</li>',
        'Top({Paddle Strokes}, 3)', 'cells', 'by-header', 'html', 'superlative',
    ),
    (
        '<p>In <i>CardboardBoatRaces</i>, highlight the <b>whole row</b> wherever Paddle Strokes is among the 3 '
        'lowest values of the column.</p>',
        'Bottom({Paddle Strokes}, 3)', 'rows', 'by-header', 'html', 'superlative',
    ),
    (
        '<rule sheet="CardboardBoatRaces" column="Cost (A$)" when="value falls in the column\'s top 20%" '
        'apply="entire row"/>',
        'TopPercent({Cost (A$)}, 20)', 'rows', 'by-header', 'html', 'superlative',
    ),
    (
        'Highlight rows where Paddle Strokes is in the bottom 20 percent of the column in sheet CardboardBoatRaces',
        'BottomPercent({Paddle Strokes}, 20)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'How do I put a colour scale on column G (Hull (kg)) in CardboardBoatRaces?',
        'ColorScale({Hull (kg)})', 'cells', 'by-header', 'forum',
    ),
    (
        'Last time I touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My '
        'boss, who is also my uncle, wants it to look professional before the committee meeting. Also the kettle at '
        "the club is broken again, which has nothing to do with this, but it's been that kind of week. The cardboard "
        'boat regatta is a small thing really, a few families and a lot of noise, but people take the results '
        "seriously. That's the background. tl;dr: put data bars on Hull (kg) in CardboardBoatRaces",
        'DataBar({Hull (kg)})', 'cells', 'by-header', 'tldr',
    ),
    (
        'Apply an icon set to Hull (kg) in sheet CardboardBoatRaces',
        'IconSet({Hull (kg)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'Recipe for CardboardBoatRaces: take the Tape (m) column, stir in a rule that catches every value that is '
        'greater than 25 but no more than 33.5, then spread the colour across the entire row. Serves: whole rows.',
        'AND(GreaterThan({Tape (m)}, 25), LessThanEqual({Tape (m)}, 33.5))', 'rows', 'by-header', 'recipe',
    ),
    (
        'In CardboardBoatRaces, is there a way to colour only the Paddle Strokes cells (column E) whose value is '
        'below 48 or above 68? Not the whole row, just the cell.',
        'OR(LessThan({Paddle Strokes}, 48), GreaterThan({Paddle Strokes}, 68))', 'cells', 'by-header', 'forum', 'or',
    ),
    (
        "Also the kettle at the club is broken again, which has nothing to do with this, but it's been that kind of "
        'week. The cardboard boat regatta is a small thing really, a few families and a lot of noise, but people '
        'take the results seriously. The previous organiser kept everything on paper and I have been typing it in '
        'all week. Half the volunteers print the sheet and the other half read it on their phones, so it has to be '
        "obvious. Sorry for the wall of text. tl;dr: highlight the boats that aren't 'Swan' in CardboardBoatRaces, "
        'whole rows',
        'NOT(TextEquals({Design}, "Swan"))', 'rows', 'by-value', 'tldr', 'negation',
    ),
    (
        'Ingredients: sheet CardboardBoatRaces, one highlight. Method: pick out the boats taking place today. '
        'Serves: their entire rows.',
        'Today({Launch Date})', 'rows', 'by-meaning', 'recipe', 'date',
    ),
    (
        'In CardboardBoatRaces, is there a way to colour only the Launch Date cells (column D) whose value is '
        "yesterday's date? Not the whole row, just the cell.",
        'Yesterday({Launch Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'The cardboard boat regatta is a small thing really, a few families and a lot of noise, but people take the '
        'results seriously. The previous organiser kept everything on paper and I have been typing it in all week. '
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Anyway, long story. TL;DR: highlight each Launch Date cell in CardboardBoatRaces that falls in last week, '
        'just the cell',
        'LastWeek({Launch Date})', 'cells', 'by-header', 'tldr', 'date',
    ),
    (
        'SHEET CARDBOARDBOATRACES STOP MARK LAUNCH DATE IN THIS CALENDAR WEEK STOP JUST THE CELL NOT THE ROW STOP',
        'ThisWeek({Launch Date})', 'cells', 'by-header', 'telegram', 'date',
    ),
    (
        "Ingredients: sheet CardboardBoatRaces, one highlight. Method: pick out next week's boats. Serves: their "
        'entire rows.',
        'NextWeek({Launch Date})', 'rows', 'by-meaning', 'recipe', 'date',
    ),
    (
        'Ingredients: the Launch Date column of CardboardBoatRaces, one fill colour. Method: take each Launch Date '
        'value that falls in this month and colour its cell. Serves: that cell only, not the row.',
        'ThisMonth({Launch Date})', 'cells', 'by-header', 'recipe', 'date',
    ),
    (
        'Ingredients: the Launch Date column of CardboardBoatRaces, one fill colour. Method: take each Launch Date '
        'value that is in the previous calendar month and colour its cell. Serves: that cell only, not the row.',
        'LastMonth({Launch Date})', 'cells', 'by-header', 'recipe', 'date',
    ),
    (
        '<li>each Launch Date cell that falls in next month: highlight it, cell only (sheet CardboardBoatRaces)</li>',
        'NextMonth({Launch Date})', 'cells', 'by-header', 'html', 'date',
    ),
]


TABLES['TrolleyRaces'] = _table("""
Run ID | Pusher | Trolley Type | Run Date | Laps | Top Speed (mph) | Load (kg) | Deposit (£) | Wobbly Wheel? | Notes
TR-108 | Bella Frost | Basket | 2024-05-15 | 12 | 8 | 144 | 20 | yes | wheel squeaked
TR-111 | Archie Bell | Flatbed | 2024-07-09 | 22 | 10.5 | 138 | 18 | no | rider screamed
TR-114 | Kieran Dale | Cage | 2024-02-14 | 28 | 18 | 69 | 2 | yes | lovely drift
TR-117 | Lucy Hale | Flatbed | 2024-06-14 | 20 | 13 | 65 | 4 | no | _
TR-120 | Jade Wren | Cage | 2024-06-21 | 17 | 24 | 132 | 6 | no | hit the cones
TR-123 | Isaac Tate | Twin Seat | 2024-06-24 | 4 | 7.5 | 84 | 3 | no | clean corners
TR-126 | George Lyle | Cage | 2024-05-31 | 27 | 15.5 | 118 | 15 | no | brake failed
TR-129 | Daisy Pike | Flatbed | 2024-06-11 | 9 | 19 | 151 | #VALUE! | no | handle bent
TR-132 | Fern Gill | Twin Seat | 2024-06-12 | 19 | 23 | waived | 21 | no | pushed uphill
TR-135 | Ethan Moss | Flatbed | 2024-06-13 | 16 | 22.5 | 128 | 14 | yes | ~
TR-138 | Isaac Tate | Basket | 2024-06-06 | 3 | 19.5 | 93 | 24 | yes | tipped over
TR-141 | Holly Nairn | Basket | 2024-06-03 | 2 | 18.5 | 54 | _ | yes | finished strong
TR-144 | Connor Walsh | Basket | 2024-06-17 | 6 | _ | 56 | 23 | no | sharp turns
TR-147 | Daisy Pike | Twin Seat | 2024-06-28 | 14 | 9 | 96 | 1 | no | lost a wheel
""")
ENTRIES['TrolleyRaces'] = [
    (
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the shopping trolley derby spreadsheet this year, which in hindsight was a mistake. Anyway, long '
        'story. tl;dr: highlight each Load (kg) cell in TrolleyRaces that is less than 96, just the cell',
        'LessThan({Load (kg)}, 96)', 'cells', 'by-header', 'tldr',
    ),
    (
        'How do I highlight just the cells in column G (Load (kg)) whose value is no more than 96? This is the '
        'TrolleyRaces sheet.',
        'LessThanEqual({Load (kg)}, 96)', 'cells', 'by-header', 'forum', 'boundary',
    ),
    (
        'Recipe for TrolleyRaces: take the Laps column, stir in a rule that catches every value that equals 14, then '
        'spread the colour across the entire row. Serves: whole rows.',
        'Equals({Laps}, 14)', 'rows', 'by-header', 'recipe',
    ),
    (
        'HIGHLIGHT LAPS CELLS NOT EQUAL TO 14 STOP CELLS ONLY STOP SHEET TROLLEYRACES',
        'NotEquals({Laps}, 14)', 'cells', 'by-header', 'telegram', 'negation',
    ),
    (
        'HIGHLIGHT LOAD (KG) CELLS BETWEEN SIXTY NINE AND ONE HUNDRED THIRTY TWO ENDS INCLUDED STOP CELLS ONLY STOP '
        'SHEET TROLLEYRACES',
        'Between({Load (kg)}, 69, 132)', 'cells', 'by-header', 'telegram', 'boundary', 'value-word',
    ),
    (
        'SHEET TROLLEYRACES STOP MARK LAPS OUTSIDE SIX TO TWENTY ENDS COUNTING AS INSIDE STOP JUST THE CELL NOT THE '
        'ROW STOP',
        'NotBetween({Laps}, 6, 20)', 'cells', 'by-header', 'telegram', 'boundary', 'negation', 'value-word',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE TROLLEY TYPE EXACTLY "Flatbed" STOP SHEET TROLLEYRACES STOP',
        'TextEquals({Trolley Type}, "Flatbed")', 'rows', 'by-header', 'telegram',
    ),
    (
        'Ingredients: the Notes column of TrolleyRaces, one fill colour. Method: take each Notes value that has '
        "'cones' somewhere in it and colour its cell. Serves: that cell only, not the row.",
        'TextContains({Notes}, "cones")', 'cells', 'by-header', 'recipe',
    ),
    (
        "Highlight rows where Trolley Type does not contain 'Basket' in sheet TrolleyRaces",
        'TextNotContains({Trolley Type}, "Basket")', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        'Recipe for TrolleyRaces: take the Pusher column, stir in a rule that catches every value that starts with '
        "'Bel', then spread the colour across the entire row. Serves: whole rows.",
        'TextStartsWith({Pusher}, "Bel")', 'rows', 'by-header', 'recipe', 'starts-ends',
    ),
    (
        'I watched two videos about conditional formatting and both assumed I knew far more than I do. Last time I '
        'touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is '
        'also my uncle, wants it to look professional before the committee meeting. Anyway, long story. TL;DR: '
        "highlight each Pusher cell in TrolleyRaces that finishes in 'ke', just the cell",
        'TextEndsWith({Pusher}, "ke")', 'cells', 'by-header', 'tldr', 'starts-ends',
    ),
    (
        "tl;dr highlight each Laps cell in TrolleyRaces that is one of the column's top 3 values, just the cell. "
        'Longer version: My boss, who is also my uncle, wants it to look professional before the committee meeting. '
        "Also the kettle at the club is broken again, which has nothing to do with this, but it's been that kind of "
        'week. The shopping trolley derby is a small thing really, a few families and a lot of noise, but people '
        'take the results seriously.',
        'Top({Laps}, 3)', 'cells', 'by-header', 'tldr', 'superlative',
    ),
    (
        "<li>rows where <b>Laps</b> is one of the column's bottom 3 values &mdash; whole row highlighted, sheet "
        'TrolleyRaces</li>',
        'Bottom({Laps}, 3)', 'rows', 'by-header', 'html', 'superlative',
    ),
    (
        "Highlight Deposit (£) cells where the value falls in the column's top 20% in sheet TrolleyRaces",
        'TopPercent({Deposit (£)}, 20)', 'cells', 'by-header', 'annotator', 'superlative',
    ),
    (
        '<rule sheet="TrolleyRaces" column="Laps" when="value is in the bottom 20 percent of the column" '
        'apply="entire row"/>',
        'BottomPercent({Laps}, 20)', 'rows', 'by-header', 'html', 'superlative',
    ),
    (
        "Apply a fill to each Laps cell that is above the column's average, sheet TrolleyRaces, cells only",
        'AboveAverage({Laps})', 'cells', 'by-header', 'annotator',
    ),
    (
        "<p>In <i>TrolleyRaces</i>, highlight the <b>whole row</b> wherever Deposit (£) is below the column's "
        'average.</p>',
        'BelowAverage({Deposit (£)})', 'rows', 'by-header', 'html',
    ),
    (
        'tl;dr highlight the whole row in TrolleyRaces wherever Pusher appears more than once in the column. Longer '
        'version: I watched two videos about conditional formatting and both assumed I knew far more than I do. Last '
        'time I touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My boss, who '
        'is also my uncle, wants it to look professional before the committee meeting.',
        'Duplicates({Pusher})', 'rows', 'by-header', 'tldr',
    ),
    (
        'Shade the entire row when Pusher appears only once in the column (sheet TrolleyRaces)',
        'Unique({Pusher})', 'rows', 'by-header', 'annotator',
    ),
    (
        '<rule sheet="TrolleyRaces" column="Notes" when="value is left empty" apply="cell only"/>',
        'Blanks({Notes})', 'cells', 'by-header', 'html',
    ),
    (
        'tl;dr highlight the whole row in TrolleyRaces wherever Notes is not blank. Longer version: Last time I '
        'touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is '
        'also my uncle, wants it to look professional before the committee meeting. Also the kettle at the club is '
        "broken again, which has nothing to do with this, but it's been that kind of week. The shopping trolley "
        'derby is a small thing really, a few families and a lot of noise, but people take the results seriously.',
        'NotBlanks({Notes})', 'rows', 'by-header', 'tldr', 'negation',
    ),
    (
        'Recipe for TrolleyRaces: take the Deposit (£) column, stir in a rule that catches every value that is an '
        'Excel error value, then spread the colour across the entire row. Serves: whole rows.',
        'Errors({Deposit (£)})', 'rows', 'by-header', 'recipe',
    ),
    (
        '<rule sheet="TrolleyRaces" column="Deposit (£)" when="value holds no error value" apply="entire row"/>',
        'NotErrors({Deposit (£)})', 'rows', 'by-header', 'html', 'negation',
    ),
    (
        'In TrolleyRaces, is there a way to colour only the Run Date cells (column D) whose value falls today? Not '
        'the whole row, just the cell.',
        'Today({Run Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        "tl;dr highlight each Run Date cell in TrolleyRaces that is yesterday's date, just the cell. Longer version: "
        'I watched two videos about conditional formatting and both assumed I knew far more than I do. Last time I '
        'touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is '
        'also my uncle, wants it to look professional before the committee meeting.',
        'Yesterday({Run Date})', 'cells', 'by-header', 'tldr', 'date',
    ),
    (
        "Also the kettle at the club is broken again, which has nothing to do with this, but it's been that kind of "
        'week. The shopping trolley derby is a small thing really, a few families and a lot of noise, but people '
        'take the results seriously. The previous organiser kept everything on paper and I have been typing it in '
        'all week. Half the volunteers print the sheet and the other half read it on their phones, so it has to be '
        "obvious. Sorry for the wall of text. tl;dr: highlight tomorrow's runs in TrolleyRaces, whole rows",
        'Tomorrow({Run Date})', 'rows', 'by-meaning', 'tldr', 'date',
    ),
    (
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the shopping trolley derby spreadsheet this year, which in hindsight was a mistake. I tried copying '
        "the formatting from last year's file but it came through all wrong. I watched two videos about conditional "
        "formatting and both assumed I knew far more than I do. That's the background. tl;dr: highlight the runs of "
        'the last 7 days (today included) in TrolleyRaces, whole rows',
        'Last7Days({Run Date})', 'rows', 'by-meaning', 'tldr', 'date',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE RUN DATE IN NEXT CALENDAR WEEK STOP SHEET TROLLEYRACES STOP',
        'NextWeek({Run Date})', 'rows', 'by-header', 'telegram', 'date',
    ),
    (
        'HIGHLIGHT THIS MONTH"s runs stop whole rows stop sheet TrolleyRaces',
        'ThisMonth({Run Date})', 'rows', 'by-meaning', 'telegram', 'date',
    ),
    (
        'HIGHLIGHT LAST MONTH"s runs stop whole rows stop sheet TrolleyRaces',
        'LastMonth({Run Date})', 'rows', 'by-meaning', 'telegram', 'date',
    ),
    (
        '<p>In <i>TrolleyRaces</i>, highlight the <b>whole row</b> wherever Run Date is in the next calendar '
        'month.</p>',
        'NextMonth({Run Date})', 'rows', 'by-header', 'html', 'date',
    ),
]


TABLES['ChainsawCarvings'] = _table("""
Piece ID | Carver | Wood | Show Date | Chains Used | Hours | Log (in) | Price ($) | Sold? | Notes
CC-109 | Grady Polk | Cedar | 2024-07-09 | 3 | _ | 49 | 1850 | yes | eagle wings
CC-112 | Axel Brandt | Oak | 2024-02-14 | 12 | 2.5 | 42 | 100 | yes | bench with bears
CC-115 | Knox Garrity | Cedar | 2024-06-14 | 22 | 12.75 | 34 | 1000 | no | rough finish
CC-118 | Ira Blackwood | Pine | 2024-06-21 | 11 | 3 | 22 | 1125 | yes | ~
CC-121 | Joy Pelletier | Redwood | 2024-06-24 | 1 | 2.75 | 39 | 225 | yes | bear with cub
CC-124 | Birdie Colt | Pine | 2024-05-31 | 9 | 7.5 | 47 | 1275 | yes | painted eyes
CC-127 | Della Fry | Redwood | 2024-06-11 | 15 | 10.25 | 29 | _ | yes | totem style
CC-130 | Flora Keane | Cedar | 2024-06-12 | 23 | 7.25 | 15 | 575 | yes | _
CC-133 | Hazel Ames | Oak | 2024-06-13 | 7 | 3.75 | 37 | #DIV/0! | no | cracked grain
CC-136 | Cyrus Holm | Pine | 2024-06-06 | 2 | 18.75 | 44 | 1675 | no | fish leaping
CC-139 | Emmett Stone | Oak | 2024-06-03 | 8 | 13.75 | 51 | 2400 | yes | sanded smooth
CC-142 | Lacey Voight | Redwood | 2024-06-17 | 18 | 12.5 | comp | 2325 | no | commission piece
CC-145 | Ira Blackwood | Cedar | 2024-06-28 | 4 | 3.5 | 48 | 1175 | no | wolf howling
CC-148 | Della Fry | Redwood | 2024-05-15 | 10 | 18 | 55 | 2525 | no | owl on stump
""")
ENTRIES['ChainsawCarvings'] = [
    (
        'tl;dr highlight each Chains Used cell in ChainsawCarvings that exceeds 9, just the cell. Longer version: '
        'The previous organiser kept everything on paper and I have been typing it in all week. Half the volunteers '
        'print the sheet and the other half read it on their phones, so it has to be obvious. Someone on the '
        'committee suggested I ask here instead of fiddling for another evening. So I volunteered to keep the '
        'chainsaw carving show spreadsheet this year, which in hindsight was a mistake.',
        'GreaterThan({Chains Used}, 9)', 'cells', 'by-header', 'tldr',
    ),
    (
        'How can I highlight the whole row in ChainsawCarvings when column F (Hours) is 7.5 or more?',
        'GreaterThanEqual({Hours}, 7.5)', 'rows', 'by-header', 'forum', 'boundary',
    ),
    (
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the chainsaw carving show spreadsheet this year, which in hindsight was a mistake. I tried copying the '
        "formatting from last year's file but it came through all wrong. I watched two videos about conditional "
        "formatting and both assumed I knew far more than I do. That's the background. tl;dr: highlight each Wood "
        "cell in ChainsawCarvings that does not contain 'Redwood', just the cell",
        'TextNotContains({Wood}, "Redwood")', 'cells', 'by-header', 'tldr', 'negation',
    ),
    (
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the chainsaw carving show spreadsheet this year, which in hindsight was a mistake. Anyway. tl;dr: '
        "highlight the whole row in ChainsawCarvings wherever Carver begins with 'Gra'",
        'TextStartsWith({Carver}, "Gra")', 'rows', 'by-header', 'tldr', 'starts-ends',
    ),
    (
        'SHEET CHAINSAWCARVINGS STOP MARK CARVER ENDING "lk" STOP JUST THE CELL NOT THE ROW STOP',
        'TextEndsWith({Carver}, "lk")', 'cells', 'by-header', 'telegram', 'starts-ends',
    ),
    (
        'tl;dr highlight the whole row in ChainsawCarvings wherever Chains Used is among the 3 highest values of the '
        'column. Longer version: The previous organiser kept everything on paper and I have been typing it in all '
        'week. Half the volunteers print the sheet and the other half read it on their phones, so it has to be '
        'obvious. Someone on the committee suggested I ask here instead of fiddling for another evening. So I '
        'volunteered to keep the chainsaw carving show spreadsheet this year, which in hindsight was a mistake.',
        'Top({Chains Used}, 3)', 'rows', 'by-header', 'tldr', 'superlative',
    ),
    (
        "Shade the entire row when Chains Used is one of the column's bottom 3 values (sheet ChainsawCarvings)",
        'Bottom({Chains Used}, 3)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'Shade the entire row when Price ($) is in the top 25 percent of the column (sheet ChainsawCarvings)',
        'TopPercent({Price ($)}, 25)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        '<rule sheet="ChainsawCarvings" column="Chains Used" when="value falls in the column\'s bottom 20%" '
        'apply="cell only"/>',
        'BottomPercent({Chains Used}, 20)', 'cells', 'by-header', 'html', 'superlative',
    ),
    (
        "I tried copying the formatting from last year's file but it came through all wrong. I watched two videos "
        'about conditional formatting and both assumed I knew far more than I do. Last time I touched the formatting '
        'I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is also my uncle, wants it to '
        "look professional before the committee meeting. That's the background. TL;DR: highlight each Chains Used "
        "cell in ChainsawCarvings that is above the column's average, just the cell",
        'AboveAverage({Chains Used})', 'cells', 'by-header', 'tldr',
    ),
    (
        'Apply a fill to each Price ($) cell that is lower than the average of the column, sheet ChainsawCarvings, '
        'cells only',
        'BelowAverage({Price ($)})', 'cells', 'by-header', 'annotator',
    ),
    (
        'How do I highlight just the cells in column B (Carver) whose value appears more than once in the column? '
        'This is the ChainsawCarvings sheet.',
        'Duplicates({Carver})', 'cells', 'by-header', 'forum',
    ),
    (
        'Ingredients: the Carver column of ChainsawCarvings, one fill colour. Method: take each Carver value that is '
        'not repeated anywhere else in the column and colour its cell. Serves: that cell only, not the row.',
        'Unique({Carver})', 'cells', 'by-header', 'recipe',
    ),
    (
        'How do I highlight just the cells in column J (Notes) whose value is left empty? This is the '
        'ChainsawCarvings sheet.',
        'Blanks({Notes})', 'cells', 'by-header', 'forum',
    ),
    (
        '<rule sheet="ChainsawCarvings" column="Notes" when="value has something written in it" apply="cell only"/>',
        'NotBlanks({Notes})', 'cells', 'by-header', 'html', 'negation',
    ),
    (
        'How do I highlight just the cells in column H (Price ($)) whose value shows an Excel error? This is the '
        'ChainsawCarvings sheet.',
        'Errors({Price ($)})', 'cells', 'by-header', 'forum',
    ),
    (
        '<rule sheet="ChainsawCarvings" column="Price ($)" when="value is not an Excel error" apply="entire row"/>',
        'NotErrors({Price ($)})', 'rows', 'by-header', 'html', 'negation',
    ),
    (
        'A COLOUR SCALE ON LOG (IN) STOP SHEET CHAINSAWCARVINGS STOP',
        'ColorScale({Log (in)})', 'cells', 'by-header', 'telegram',
    ),
    (
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the chainsaw carving show spreadsheet this year, which in hindsight was a mistake. I tried copying the '
        "formatting from last year's file but it came through all wrong. I watched two videos about conditional "
        "formatting and both assumed I knew far more than I do. That's the background. TL;DR: put data bars on Log "
        '(in) in ChainsawCarvings',
        'DataBar({Log (in)})', 'cells', 'by-header', 'tldr',
    ),
    (
        'How do I put icon sets on column G (Log (in)) in ChainsawCarvings?',
        'IconSet({Log (in)})', 'cells', 'by-header', 'forum',
    ),
    (
        '<p>Highlight each <b>Hours</b> cell that is more than 3.5 but less than 12.75 in <i>ChainsawCarvings</i> '
        '(just the cell, not the row)</p>',
        'AND(GreaterThan({Hours}, 3.5), LessThan({Hours}, 12.75))', 'cells', 'by-header', 'html',
    ),
    (
        'Ingredients: sheet ChainsawCarvings, its Chains Used column, one highlight. Method: find each row whose '
        'Chains Used is below 4 or above 15. Serves: the whole row.',
        'OR(LessThan({Chains Used}, 4), GreaterThan({Chains Used}, 15))', 'rows', 'by-header', 'recipe', 'or',
    ),
    (
        'Half the volunteers print the sheet and the other half read it on their phones, so it has to be obvious. '
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the chainsaw carving show spreadsheet this year, which in hindsight was a mistake. Anyway. tl;dr: '
        "highlight the carvings that aren't 'Cedar' in ChainsawCarvings, whole rows",
        'NOT(TextEquals({Wood}, "Cedar"))', 'rows', 'by-value', 'tldr', 'negation',
    ),
    (
        '<p>Shade <b>entire rows</b> for the carvings taking place today (sheet <i>ChainsawCarvings</i>)</p>',
        'Today({Show Date})', 'rows', 'by-meaning', 'html', 'date',
    ),
    (
        'Recipe (ChainsawCarvings). You will need: the Show Date column and a highlight. Method: pick out every Show '
        'Date cell that falls on yesterday; fill it. Serving: cells only.',
        'Yesterday({Show Date})', 'cells', 'by-header', 'recipe', 'date',
    ),
    (
        'Ingredients: sheet ChainsawCarvings, its Show Date column, one highlight. Method: find each row whose Show '
        "Date is tomorrow's date. Serves: the whole row.",
        'Tomorrow({Show Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
    (
        'SHEET CHAINSAWCARVINGS STOP MARK SHOW DATE IN LAST SEVEN DAYS TODAY INCLUDED STOP JUST THE CELL NOT THE ROW '
        'STOP',
        'Last7Days({Show Date})', 'cells', 'by-header', 'telegram', 'date',
    ),
    (
        'Recipe for ChainsawCarvings: take the Show Date column, stir in a rule that catches every value that is in '
        'the previous calendar week, then spread the colour across the entire row. Serves: whole rows.',
        'LastWeek({Show Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
    (
        "Shade the whole row of this week's carvings in sheet ChainsawCarvings",
        'ThisWeek({Show Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
    (
        'Any way to shade the entire row for the carvings held last month in my ChainsawCarvings sheet?',
        'LastMonth({Show Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        'Ingredients: sheet ChainsawCarvings, one highlight. Method: pick out the carvings coming up next month. '
        'Serves: their entire rows.',
        'NextMonth({Show Date})', 'rows', 'by-meaning', 'recipe', 'date',
    ),
]


TABLES['CockroachRaces'] = _table("""
Race ID | Owner | Species | Race Date | Runs | Track Time (s) | Roach (g) | Bet (HK$) | Disqualified? | Notes
RR-110 | Lulu Ashby | Dubia | 2024-02-14 | 12 | 10.25 | 6.75 | 220 | yes | ~
RR-113 | Iggy Thorne | American | 2024-06-14 | 13 | 11.5 | 7.75 | 330 | yes | _
RR-116 | Kip Harlow | Madagascar | 2024-06-21 | 24 | 9 | 4 | _ | yes | owner shouted
RR-119 | Dolly Firth | Dubia | 2024-06-24 | 14 | 12.25 | 3.25 | 440 | no | fast off the mark
RR-122 | Bonnie Crane | Madagascar | 2024-05-31 | 3 | 12.5 | 5.25 | 340 | no | sluggish today
RR-125 | Josie Kemp | Madagascar | 2024-06-11 | 16 | 6.5 | 11.5 | 260 | no | photo finish
RR-128 | Alfie Budd | German | 2024-06-12 | 19 | 15.75 | 2 | 200 | yes | crowd cheered
RR-131 | Chester Oakes | Madagascar | 2024-06-13 | 11 | 7.25 | 12.5 | 450 | no | flew briefly
RR-134 | Ernie Vance | Dubia | 2024-06-06 | 5 | 9.5 | 8.5 | 50 | yes | climbed the wall
RR-137 | Dolly Firth | American | 2024-06-03 | 9 | 14 | 5.5 | #REF! | no | hid under lid
RR-140 | Flick Moran | American | 2024-06-17 | 2 | 7.5 | 7.25 | 350 | yes | record pace
RR-143 | Iggy Thorne | German | 2024-06-28 | 23 | 4.75 | 7.5 | 420 | no | ran backwards
RR-146 | Gus Pennington | German | 2024-05-15 | 21 | 6 | scratched | 40 | no | stopped midway
RR-149 | Hetty Lomax | German | 2024-07-09 | 6 | _ | 12 | 20 | no | turned around
""")
ENTRIES['CockroachRaces'] = [
    (
        'In CockroachRaces, is there a way to colour only the Runs cells (column E) whose value exceeds 12? Not the '
        'whole row, just the cell.',
        'GreaterThan({Runs}, 12)', 'cells', 'by-header', 'forum',
    ),
    (
        'The cockroach derby is a small thing really, a few families and a lot of noise, but people take the results '
        'seriously. The previous organiser kept everything on paper and I have been typing it in all week. Half the '
        'volunteers print the sheet and the other half read it on their phones, so it has to be obvious. Anyway, '
        'long story. TL;DR: highlight each Runs cell in CockroachRaces that is at least 12, just the cell',
        'GreaterThanEqual({Runs}, 12)', 'cells', 'by-header', 'tldr', 'boundary',
    ),
    (
        'Is it possible to shade an entire row of my CockroachRaces sheet whenever the Roach (g) value (column G) is '
        'less than 7.25?',
        'LessThan({Roach (g)}, 7.25)', 'rows', 'by-header', 'forum',
    ),
    (
        'Ingredients: the Roach (g) column of CockroachRaces, one fill colour. Method: take each Roach (g) value '
        'that is no more than 7.25 and colour its cell. Serves: that cell only, not the row.',
        'LessThanEqual({Roach (g)}, 7.25)', 'cells', 'by-header', 'recipe', 'boundary',
    ),
    (
        'Ingredients: the Track Time (s) column of CockroachRaces, one fill colour. Method: take each Track Time (s) '
        'value that is exactly 9.5 and colour its cell. Serves: that cell only, not the row.',
        'Equals({Track Time (s)}, 9.5)', 'cells', 'by-header', 'recipe',
    ),
    (
        '<p>Highlight each <b>Runs</b> cell that is anything other than 12 in <i>CockroachRaces</i> (just the cell, '
        'not the row)</p>',
        'NotEquals({Runs}, 12)', 'cells', 'by-header', 'html', 'negation',
    ),
    (
        '<li>rows where <b>Roach (g)</b> is between 5.25 and 8.5 inclusive &mdash; whole row highlighted, sheet '
        'CockroachRaces</li>',
        'Between({Roach (g)}, 5.25, 8.5)', 'rows', 'by-header', 'html', 'boundary',
    ),
    (
        'HIGHLIGHT RUNS CELLS OUTSIDE SIX TO NINETEEN ENDS COUNTING AS INSIDE STOP CELLS ONLY STOP SHEET '
        'COCKROACHRACES',
        'NotBetween({Runs}, 6, 19)', 'cells', 'by-header', 'telegram', 'boundary', 'negation', 'value-word',
    ),
    (
        "Ingredients: sheet CockroachRaces, one highlight. Method: pick out the 'Dubia' races. Serves: their entire "
        'rows.',
        'TextEquals({Species}, "Dubia")', 'rows', 'by-value', 'recipe',
    ),
    (
        "How can I highlight the whole row in CockroachRaces when column J (Notes) has 'climbed' somewhere in it?",
        'TextContains({Notes}, "climbed")', 'rows', 'by-header', 'forum',
    ),
    (
        '<li>each Bet (HK$) cell that is lower than the average of the column: highlight it, cell only (sheet '
        'CockroachRaces)</li>',
        'BelowAverage({Bet (HK$)})', 'cells', 'by-header', 'html',
    ),
    (
        'HIGHLIGHT WHOLE ROWS WHERE OWNER APPEARING MORE THAN ONCE STOP SHEET COCKROACHRACES STOP',
        'Duplicates({Owner})', 'rows', 'by-header', 'telegram',
    ),
    (
        'How do I highlight just the cells in column B (Owner) whose value appears only once in the column? This is '
        'the CockroachRaces sheet.',
        'Unique({Owner})', 'cells', 'by-header', 'forum',
    ),
    (
        '<rule sheet="CockroachRaces" column="Notes" when="value is left empty" apply="entire row"/>',
        'Blanks({Notes})', 'rows', 'by-header', 'html',
    ),
    (
        'SHEET COCKROACHRACES STOP MARK NOTES NOT BLANK STOP JUST THE CELL NOT THE ROW STOP',
        'NotBlanks({Notes})', 'cells', 'by-header', 'telegram', 'negation',
    ),
    (
        'So I volunteered to keep the cockroach derby spreadsheet this year, which in hindsight was a mistake. I '
        "tried copying the formatting from last year's file but it came through all wrong. I watched two videos "
        'about conditional formatting and both assumed I knew far more than I do. Anyway, long story. TL;DR: '
        'highlight each Bet (HK$) cell in CockroachRaces that shows an Excel error, just the cell',
        'Errors({Bet (HK$)})', 'cells', 'by-header', 'tldr',
    ),
    (
        '<li>rows where <b>Bet (HK$)</b> holds no error value &mdash; whole row highlighted, sheet '
        'CockroachRaces</li>',
        'NotErrors({Bet (HK$)})', 'rows', 'by-header', 'html', 'negation',
    ),
    (
        'A COLOUR SCALE ON ROACH (G) STOP SHEET COCKROACHRACES STOP',
        'ColorScale({Roach (g)})', 'cells', 'by-header', 'telegram',
    ),
    (
        'DATA BARS ON ROACH (G) STOP SHEET COCKROACHRACES STOP',
        'DataBar({Roach (g)})', 'cells', 'by-header', 'telegram',
    ),
    (
        'Ingredients: the Roach (g) column of CockroachRaces, an icon set. Method: spread an icon set over the '
        'column. Serves: the Roach (g) cells, not whole rows.',
        'IconSet({Roach (g)})', 'cells', 'by-header', 'recipe',
    ),
    (
        'SHEET COCKROACHRACES STOP MARK RUNS OVER 6 BUT AT MOST 19 STOP JUST THE CELL NOT THE ROW STOP',
        'AND(GreaterThan({Runs}, 6), LessThanEqual({Runs}, 19))', 'cells', 'by-header', 'telegram',
    ),
    (
        'SHEET COCKROACHRACES STOP MARK RUNS UNDER SIX OR OVER NINETEEN STOP JUST THE CELL NOT THE ROW STOP',
        'OR(LessThan({Runs}, 6), GreaterThan({Runs}, 19))', 'cells', 'by-header', 'telegram', 'or', 'value-word',
    ),
    (
        "Ingredients: sheet CockroachRaces, one highlight. Method: pick out the races that aren't 'German'. Serves: "
        'their entire rows.',
        'NOT(TextEquals({Species}, "German"))', 'rows', 'by-value', 'recipe', 'negation',
    ),
    (
        'Is it possible to shade an entire row of my CockroachRaces sheet whenever the Race Date value (column D) '
        'falls today?',
        'Today({Race Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        'Recipe for CockroachRaces: take the Race Date column, stir in a rule that catches every value that is '
        "yesterday's date, then spread the colour across the entire row. Serves: whole rows.",
        'Yesterday({Race Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
    (
        "Highlight rows where Race Date is tomorrow's date in sheet CockroachRaces",
        'Tomorrow({Race Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Last time I touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My '
        'boss, who is also my uncle, wants it to look professional before the committee meeting. Also the kettle at '
        "the club is broken again, which has nothing to do with this, but it's been that kind of week. The cockroach "
        'derby is a small thing really, a few families and a lot of noise, but people take the results seriously. '
        "That's the background. TL;DR: highlight the races of the last 7 days (today included) in CockroachRaces, "
        'whole rows',
        'Last7Days({Race Date})', 'rows', 'by-meaning', 'tldr', 'date',
    ),
    (
        'Highlight rows where Race Date is in the previous calendar week in sheet CockroachRaces',
        'LastWeek({Race Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'How do I highlight just the cells in column D (Race Date) whose value falls in this week? This is the '
        'CockroachRaces sheet.',
        'ThisWeek({Race Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'Highlight rows where Race Date is in the next calendar week in sheet CockroachRaces',
        'NextWeek({Race Date})', 'rows', 'by-header', 'annotator', 'date',
    ),
    (
        'Shade the whole row of the races in the current month in sheet CockroachRaces',
        'ThisMonth({Race Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
]


TABLES['SnowballFights'] = _table("""
Bout ID | Fighter | Team | Bout Date | Hits | Dodge Time (s) | Snow (L) | Levy (kr) | Fort Built? | Notes
SF-111 | Aksel Berg | Igloo | 2024-06-14 | 25 | 6.5 | 47 | 210 | no | caught one mid air
SF-114 | Hedda Bakke | Blizzard | 2024-06-21 | 30 | 12 | lost | 360 | no | hit the judge
SF-117 | Calle Nyberg | Blizzard | 2024-06-24 | 14 | 5 | 10 | 670 | yes | slipped on ice
SF-120 | Kaja Strand | Frostbite | 2024-05-31 | 21 | 3.5 | 31 | 650 | no | packed tight
SF-123 | Espen Holt | Yeti | 2024-06-11 | 39 | 1 | 9 | 100 | no | snow in boots
SF-126 | Leif Vik | Yeti | 2024-06-12 | 20 | 10 | 51 | 330 | no | ~
SF-129 | Frida Aas | Blizzard | 2024-06-13 | 29 | 12.5 | 21 | _ | no | icy snow
SF-132 | Gunnar Sæther | Yeti | 2024-06-06 | 6 | 4 | 12 | #NUM! | no | sneaky flank
SF-135 | Dagny Lie | Igloo | 2024-06-03 | 23 | 9.5 | 28 | 370 | no | _
SF-138 | Dagny Lie | Blizzard | 2024-06-17 | 27 | 1.5 | 6 | 600 | yes | wet mittens
SF-141 | Ivar Lunde | Frostbite | 2024-06-28 | 1 | 13 | 59 | 70 | no | surrendered early
SF-144 | Ivar Lunde | Frostbite | 2024-05-15 | 12 | 13.5 | 35 | 490 | yes | soft powder
SF-147 | Jorunn Dahl | Igloo | 2024-07-09 | 28 | _ | 27 | 450 | yes | great fort
SF-150 | Britt Moen | Igloo | 2024-02-14 | 5 | 14 | 53 | 190 | no | ambush from trees
""")
ENTRIES['SnowballFights'] = [
    (
        'How do I highlight just the cells in column F (Dodge Time (s)) whose value is more than 9.5? This is the '
        'SnowballFights sheet.',
        'GreaterThan({Dodge Time (s)}, 9.5)', 'cells', 'by-header', 'forum',
    ),
    (
        '<rule sheet="SnowballFights" column="Hits" when="value is 21 or more" apply="entire row"/>',
        'GreaterThanEqual({Hits}, 21)', 'rows', 'by-header', 'html', 'boundary',
    ),
    (
        'How can I highlight the whole row in SnowballFights when column G (Snow (L)) is less than 28?',
        'LessThan({Snow (L)}, 28)', 'rows', 'by-header', 'forum',
    ),
    (
        '<rule sheet="SnowballFights" column="Snow (L)" when="value is &lt;= 28" apply="entire row"/>',
        'LessThanEqual({Snow (L)}, 28)', 'rows', 'by-header', 'html', 'boundary',
    ),
    (
        'How can I highlight the whole row in SnowballFights when column F (Dodge Time (s)) is exactly 9.5?',
        'Equals({Dodge Time (s)}, 9.5)', 'rows', 'by-header', 'forum',
    ),
    (
        'The snowball fight tournament is a small thing really, a few families and a lot of noise, but people take '
        'the results seriously. The previous organiser kept everything on paper and I have been typing it in all '
        'week. Half the volunteers print the sheet and the other half read it on their phones, so it has to be '
        'obvious. Anyway, long story. TL;DR: highlight each Hits cell in SnowballFights that is not equal to 21, '
        'just the cell',
        'NotEquals({Hits}, 21)', 'cells', 'by-header', 'tldr', 'negation',
    ),
    (
        'Recipe for SnowballFights: take the Snow (L) column, stir in a rule that catches every value that lies from '
        '12 to 47, both ends included, then spread the colour across the entire row. Serves: whole rows.',
        'Between({Snow (L)}, 12, 47)', 'rows', 'by-header', 'recipe', 'boundary',
    ),
    (
        'SHEET SNOWBALLFIGHTS STOP HITS OUTSIDE TWELVE TO TWENTY EIGHT ENDS COUNTING AS INSIDE STOP SHADE ENTIRE ROW '
        'STOP URGENT',
        'NotBetween({Hits}, 12, 28)', 'rows', 'by-header', 'telegram', 'boundary', 'negation', 'value-word',
    ),
    (
        "Ingredients: sheet SnowballFights, one highlight. Method: pick out the bouts listed as 'Frostbite'. Serves: "
        'their entire rows.',
        'TextEquals({Team}, "Frostbite")', 'rows', 'by-value', 'recipe',
    ),
    (
        "Shade the entire row when Notes contains 'caught' (sheet SnowballFights)",
        'TextContains({Notes}, "caught")', 'rows', 'by-header', 'annotator',
    ),
    (
        "Highlight rows where Team does not contain 'Blizzard' in sheet SnowballFights",
        'TextNotContains({Team}, "Blizzard")', 'rows', 'by-header', 'annotator', 'negation',
    ),
    (
        "How do I highlight just the cells in column B (Fighter) whose value starts with 'Esp'? This is the "
        'SnowballFights sheet.',
        'TextStartsWith({Fighter}, "Esp")', 'cells', 'by-header', 'forum', 'starts-ends',
    ),
    (
        'Recipe for SnowballFights: take the Fighter column, stir in a rule that catches every value that finishes '
        "in 'ie', then spread the colour across the entire row. Serves: whole rows.",
        'TextEndsWith({Fighter}, "ie")', 'rows', 'by-header', 'recipe', 'starts-ends',
    ),
    (
        'The previous organiser kept everything on paper and I have been typing it in all week. Half the volunteers '
        'print the sheet and the other half read it on their phones, so it has to be obvious. Someone on the '
        'committee suggested I ask here instead of fiddling for another evening. So I volunteered to keep the '
        'snowball fight tournament spreadsheet this year, which in hindsight was a mistake. Sorry for the wall of '
        'text. TL;DR: highlight each Hits cell in SnowballFights that is among the 3 highest values of the column, '
        'just the cell',
        'Top({Hits}, 3)', 'cells', 'by-header', 'tldr', 'superlative',
    ),
    (
        'Ingredients: the Hits column of SnowballFights, one fill colour. Method: take each Hits value that is among '
        'the 3 lowest values of the column and colour its cell. Serves: that cell only, not the row.',
        'Bottom({Hits}, 3)', 'cells', 'by-header', 'recipe', 'superlative',
    ),
    (
        "Shade the entire row when Levy (kr) falls in the column's top 20% (sheet SnowballFights)",
        'TopPercent({Levy (kr)}, 20)', 'rows', 'by-header', 'annotator', 'superlative',
    ),
    (
        'Someone on the committee suggested I ask here instead of fiddling for another evening. So I volunteered to '
        'keep the snowball fight tournament spreadsheet this year, which in hindsight was a mistake. I tried copying '
        "the formatting from last year's file but it came through all wrong. I watched two videos about conditional "
        "formatting and both assumed I knew far more than I do. That's the background. tl;dr: highlight each Hits "
        'cell in SnowballFights that is in the bottom 20 percent of the column, just the cell',
        'BottomPercent({Hits}, 20)', 'cells', 'by-header', 'tldr', 'superlative',
    ),
    (
        'Is it possible to shade an entire row of my SnowballFights sheet whenever the Hits value (column E) is '
        "above the column's average?",
        'AboveAverage({Hits})', 'rows', 'by-header', 'forum',
    ),
    (
        'I watched two videos about conditional formatting and both assumed I knew far more than I do. Last time I '
        'touched the formatting I coloured the whole sheet orange and had to undo it bit by bit. My boss, who is '
        'also my uncle, wants it to look professional before the committee meeting. Anyway, long story. TL;DR: put '
        'data bars on Snow (L) in SnowballFights',
        'DataBar({Snow (L)})', 'cells', 'by-header', 'tldr',
    ),
    (
        'Apply icon sets to Snow (L) in sheet SnowballFights',
        'IconSet({Snow (L)})', 'cells', 'by-header', 'annotator',
    ),
    (
        '<li>each Hits cell that is at least 12 but under 28: highlight it, cell only (sheet SnowballFights)</li>',
        'AND(GreaterThanEqual({Hits}, 12), LessThan({Hits}, 28))', 'cells', 'by-header', 'html',
    ),
    (
        'How do I highlight just the cells in column E (Hits) whose value is below 12 or above 28? This is the '
        'SnowballFights sheet.',
        'OR(LessThan({Hits}, 12), GreaterThan({Hits}, 28))', 'cells', 'by-header', 'forum', 'or',
    ),
    (
        'Ingredients: sheet SnowballFights, its Team column, one highlight. Method: find each row whose Team is not '
        "'Blizzard'. Serves: the whole row.",
        'NOT(TextEquals({Team}, "Blizzard"))', 'rows', 'by-header', 'recipe', 'negation',
    ),
    (
        'SHEET SNOWBALLFIGHTS STOP MARK BOUT DATE DATED TOMORROW STOP JUST THE CELL NOT THE ROW STOP',
        'Tomorrow({Bout Date})', 'cells', 'by-header', 'telegram', 'date',
    ),
    (
        '<li>Highlight the whole rows of the bouts of the last 7 days (today included) in <b>SnowballFights</b></li>',
        'Last7Days({Bout Date})', 'rows', 'by-meaning', 'html', 'date',
    ),
    (
        'The snowball fight tournament is a small thing really, a few families and a lot of noise, but people take '
        'the results seriously. The previous organiser kept everything on paper and I have been typing it in all '
        'week. Half the volunteers print the sheet and the other half read it on their phones, so it has to be '
        'obvious. Anyway. tl;dr: highlight the whole row in SnowballFights wherever Bout Date falls in last week',
        'LastWeek({Bout Date})', 'rows', 'by-header', 'tldr', 'date',
    ),
    (
        'In SnowballFights, is there a way to colour only the Bout Date cells (column D) whose value falls in this '
        'week? Not the whole row, just the cell.',
        'ThisWeek({Bout Date})', 'cells', 'by-header', 'forum', 'date',
    ),
    (
        'Any way to shade the entire row for the bouts coming up next week in my SnowballFights sheet?',
        'NextWeek({Bout Date})', 'rows', 'by-meaning', 'forum', 'date',
    ),
    (
        'Is it possible to shade an entire row of my SnowballFights sheet whenever the Bout Date value (column D) '
        'falls in this month?',
        'ThisMonth({Bout Date})', 'rows', 'by-header', 'forum', 'date',
    ),
    (
        'Recipe for SnowballFights: take the Bout Date column, stir in a rule that catches every value that falls in '
        'last month, then spread the colour across the entire row. Serves: whole rows.',
        'LastMonth({Bout Date})', 'rows', 'by-header', 'recipe', 'date',
    ),
    (
        "Shade the whole row of next month's bouts in sheet SnowballFights",
        'NextMonth({Bout Date})', 'rows', 'by-meaning', 'annotator', 'date',
    ),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
