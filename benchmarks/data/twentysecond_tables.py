"""A twenty-second set of table requests, about a third of them header-only, and the builder of
twentysecond_tables.json.

Written on 2026-12-07 between 12:39 and 13:09 UTC (by `date -u` on this machine: 12:39:13 at the start)
by engineer E22t, who had read neither the assistant's code nor any set's wordings (but see Slips), so
that the team has table requests nobody has tuned on. The eleven tables (a carousel's rides, mosaic
commissions, an origami workshop's sign-ups, a roller rink's sessions, beach hut lets, velodrome rides,
a topiary garden's trims, sand yacht heats, abseil descents, camel treks, a kabaddi league's matches)
and every request were written from scratch. Each table has 10 columns in the same roles (a code, a
name, a category, a date, four number columns, a yes/no column and free text); headers carry units,
currencies and question marks (`Ticket (€)`, `Duration (min)`, `Organ Volume (dB)`, `Music On?`,
`Tiles (k)`, `Area (m²)`, `Quote (£)`, `Grout Used (kg)`, `Outdoor?`, `Paper (sheets)`, `Fee ($)`,
`Time Taken (min)`, `Kit Bought?`, `Skate Size (EU)`, `Entry (CA$)`, `Top Speed (km/h)`, `Own Skates?`,
`Rent (£)`, `Key Returned?`, `Gear (inches)`, `Best Lap (s)`, `Cadence (rpm)`, `Licensed?`,
`Height (cm)`, `Age (yrs)`, `Clippings (kg)`, `Wired?`, `Wind (knots)`, `Heat Time (s)`, `Entry (€)`,
`Top Speed (mph)`, `Helmet Hired?`, `Drop (m)`, `Weight (kg)`, `Fee (A$)`, `Rope Age (mths)`,
`Own Harness?`, `Distance (km)`, `Price (AED)`, `Water (L)`, `Overnight?`, `Ticket (₹)`, `Raid Time (s)`,
`Super Raid?`), and the cells dates, money (plain numbers under a currency header), decimals, codes,
yes/no values, free text (operators, clients, participants, skaters, tenants, cyclists, gardeners,
pilots, climbers, guides, raiders, two of them written twice in each table; figures, materials, models,
sessions, promenades, events, shapes, classes, sites, routes, teams; notes), text in a number column
("tbc", "quote pending", "free", "comp", "n/a", "DNF", "skipped", "waived", "voucher", "private", "TBA"),
Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!) and blanks. The number cells were drawn by a seeded random
generator in each column's range (/tmp/e22t/tables.py, `make_table`), then frozen here.

Domains: a short program (/tmp/e22t/domcheck.py, two runs) read the module docstrings of every other
builder in benchmarks/data/ (ast.get_docstring; twentysecond_* aside, the twenty-first builders
included) and the `Table` field of every set file there (twentysecond_* aside), and printed one
True/False per candidate word (True when named as a whole word with an optional plural s or es, spaces,
dashes and underscores also ignored). Dropped as used: glassblowing, escape room, tattoo, trampoline
park, food truck, laser tag, bowling, axe throwing, pottery, candle, vineyard, orchard, drone, aquarium,
planetarium, karaoke, go kart, surf school, ski rental, circus, puppet, zipline, paintball, arcade, soap,
perfumery, bonsai, mushroom, koi, locksmith, archery, fencing, tailor, dry cleaning, hot air balloon,
lighthouse, observatory, calligraphy, chess, darts, snooker, croquet, lawn bowls, sumo, bike repair,
cinema, thrift, seed library, bell foundry, truffle, gondola, maple syrup, cranberry bog, reindeer, igloo,
quilting, bobsleigh, polo, kayak, rodeo, cider, water polo, hovercraft, funicular, salt marsh, peat,
bookbinding, thatching, hurling, lacrosse. Unused, and taken: carousel, mosaic, origami, roller rink,
beach hut, velodrome, topiary, sand yacht, abseiling, camel trek, kabaddi (also unused, not taken:
foraging, tobogganing, cave tour, lantern festival, wreath, yodel, coracle, tapestry, weaving, dry stone
wall, marionette, sepak takraw; and falconer, not taken as falconry is used).

Styles (the second tag, after the naming, as table_sets and the table test module want it;
table_sets.STYLES is the earlier table sets', this set has its own): `annotator`, the benchmark
annotators' imperative lines ("Highlight X cells ... in sheet T", "Apply data bars to X in sheet T",
"Highlight rows with X ..." or "Highlight rows for the ... in sheet T" exactly where the whole row is
meant); `forum`, a forum question of a sentence or two, with the column letter (always the true column
of the table placed at A1); four new here: `other-app`, the request in another spreadsheet program's
words as users coming from it type them: LibreOffice Calc's "Condition 1: Cell value is greater than
x", "Cell value is between a and b", "begins with", "top elements, value n", "top percent, value p",
"duplicate", "not duplicate", "error", "no error", "Date is Last week", "Color Scale (3 entries)",
"Data Bar", "Icon Set"; Google Sheets' "Format cells if: Text is exactly 'x'", "Is empty", "Is not
between", "Custom formula is =AND($E2>a,$E2<b)" (the true column letter, row 2), "=OR(...)",
"=NOT($C2="x")"; Numbers' "Highlight cells if X is between a and b", "is a duplicate", "is today";
Airtable's "filter where X is not empty", "X > a", turned into a highlight; only conditions this
language writes exactly; `rationale`, the reason comes with the request and carries the literal or the
bound ("17 is the most we allow for Tiles (k), so colour the Tiles (k) cells above it" is of this kind:
"X has to reach a to count", "a to b is the safe band for X, ends included", "only the best n get a
prize", "this review covers last week", ...); `checklist`, the request as fields or bullets on one line
("column: X / when: ... / colour: ...", "• sheet: T • column: X • condition: ... • highlight: ...",
"Ticket: highlight request; Column: X; Condition: ...; Apply to: ...; Fill: ..."); `scope-heavy`, much
talk of where the rule applies, which is no literal ("in the X column only (E2:E15, not the header,
nothing in the other columns), ...", "whole rows please, all columns of the row, data rows only (2 to
15, no header): ..."; ranges and letters always the rule's column). These examples are of this set's
kind; the brief's own examples were not used as requests.

How the requests were written: E22t wrote, in /tmp/e22t/gen.py, an English predicate per function
(two or three wordings each: "over x", "of x or more", "below x", "at most x", "of exactly x", "other
than x", "between a and b inclusive", "outside a to b (a and b themselves don't count)", "reading
exactly 's'", "with 's' anywhere in the text", "starting with 's'", "among the n highest values", "in
the bottom p percent", "above the column's average", "repeated elsewhere in the column", "found only once
in the column", "left blank", "free of Excel errors", "dated in last week", "over a and under b", "under
a or over b", ...), each program's condition names, a reason per function, and frames per style and
scope; the program picks a style per entry, a wording and frame by a stable hash of the table and
function, the scope by the same hash (cells for the visual rules; rows for every request naming the
column by value or meaning), the naming (by-value for about a third of TextEquals and NOT, by-meaning
for about a third of the periods, never in `other-app`) and the literal: the first candidate of the
column's own values (numbers nearest the median first, bounds at the quartiles, words of the notes,
prefixes and suffixes of two or three letters of the names, category values) for which everyday_tables'
`problems` finds nothing on the full table. A request whose words another table's request already had
(case aside) gets " (sheet T)" added. The entries below are that program's output, frozen (written by
/tmp/e22t/assemble.py, which also checks the line length); nothing was reworded by hand afterwards.
Requests keep Excel's semantics: comparisons other than LessThan, LessThanEqual and Between are only on
the two number columns that hold no text (E and F; F holds one "" blank), LessThan, LessThanEqual,
Between and the visual rules on the column with a text cell (G) where it passes (else E), the error
and errors-not rules and TopPercent and BelowAverage first on the column with an error and a blank (H),
Blanks and NotBlanks on the notes (both "" and a lone space " "), text rules on the name, category and
notes columns, Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 12:39:13, and
about ten times while working and at the end); `cat` of /work/team/brief22.md (the brief) and `ls` of
/work/team, /work/main and benchmarks/data (file names); `python -c "import cf_assistant"` (ok); of
benchmarks/data/twentyfirst_tables.py a `grep -nE` anchored on top-level names and imports (its
imports, constants, TABLES/ENTRIES and the main block), `wc -l` (1202), `sed -n 1,240p` (docstring,
imports, constants and helper code, and one line more, see Slips), an `awk` of its top-level lines after
line 1150 cut to 100 characters (the bind and the main block), a `sed -n 1196,1202p` cut to 3 characters
and a `sed -n 1197,1202p` with lines starting "(" or a quote filtered out (the closing bracket, the
bind and the main block); `wc -l` of table_sets.py, column_sets.py, everyday_common.py, the table test
module, set_files.py and CF_RULES.md; `cat` of table_sets.py, tests/benchmarks/test_table_sets_data.py,
column_sets.py, everyday_common.py and ../shared/docs/CF_RULES.md; of tests/benchmarks/set_files.py a
`grep -n` of its `def` lines, `sed -n 1,16p` (docstring, imports, constants) and its check functions
(`sed -n 38,62p` and `sed -n 103,132p`); the first 12,000 characters of benchmarks/data/README.md, each
line cut to 300 characters, in two parts (its rows up to sixth_cf); a `grep -n` of the README rows
starting "| `twenty", cut to 60 characters (see Slips); of cf_assistant.languages.cf: parse/to_text on 18
made-up rules for the canonical spelling. The drafting programs' runs: /tmp/e22t/tables.py (the first
check hung on a narrow integer range drawn without repeats and was stopped by its pid; the second
printed each table's row count, widths and the first table's header and three rows); /tmp/e22t/gen.py
(one run: "341 drafts; no passing literal: []"; later "354 drafts"); /tmp/e22t/show.py, printouts of
this set's own drafts (their style, scope and naming counts; a sample of every ninth, then the
rationale, other-app, forum, annotator, checklist and scope-heavy drafts, in part), read for wording:
fixed before the first build were plural agreement ("that appear", "that aren't" after a singular), the
period reason "covers in the last 7 days", quotes nested in quotes in the other-app frames, LibreOffice's
"top elements, value n", the rationale rows frame "wherever X is ..." kept to the predicates it reads
with; /tmp/e22t/assemble.py (ten runs: "lines over 120: 0" each time, by characters); an `awk` of the
builder's lines over 120 bytes (ten, then, with the requests wrapped by bytes, two: the
CarouselRides and SandYachtRaces header lines, 120 characters and 122 bytes for their "€", kept), a
Python count of its lines over 120 characters (none) and a `grep` of pyproject.toml for a line-length
setting (none); the first build (`python
benchmarks/data/twentysecond_tables.py`, output to a file, its first three lines printed: "request
written twice", a NotBlanks rationale draft with the same words on two tables' Notes, fixed by the
sheet rule above; no split was printed); the second build (its first line, with the split, and the
counts per scope, naming, style and tag, and the functions missing a half: BelowAverage, see Slips);
the third and fourth builds (first line, functions missing a half: BelowAverage, then none); the
program that edited the table test module (it printed "replaced 5"), `grep -c` of "twentysecond" in it
(5), an `awk` of its long lines (none) and `sed -n 1,3p` of its docstring; `python -m pytest -q` of
tests/benchmarks/test_table_sets_data.py (`-k twentysecond`: 8 passed, twice; then whole: 144 passed) and
tests/benchmarks/test_sets_are_the_projects_own.py (52 passed, with twentysecond_cf.json
beside); the program that put the README row in (it printed
that it found one twentyfirst_tables row and no twentysecond_tables row, and "inserted"), `grep -c` of
the two twentysecond README rows (1 and 1: twentysecond_cf's row was there, not read); a small program
printing this set's counts per half (records, header-only, scope, naming, style, the thinnest
functions, tables); six rebuilds with a `cmp` against a copy of the fourth build's file (the same each time; those
through `head -1` ended with a broken pipe after the file was written), and an `ls` of the
twentysecond files in benchmarks/data (names only).

Slips: (1) `sed -n 1,240p` of twentyfirst_tables.py, meant to stop before its first table, printed
one line more: its first `TABLES[` line (a table's name, no cell, no request). (2) The `grep -n` of the
README's "| `twenty" rows printed the first 60 characters of its twentyfirst_cf and twentyfirst_tables
rows (file names, the record count and the start of the split), past the first 12,000 characters. (3)
After the second build had printed the split, BelowAverage was in the dev half only (9 records, 0 in
test), which the table test module refuses. The two tables that had left BelowAverage out (by the
rotation below) were given their BelowAverage draft too, by the same program, unchanged otherwise; the
third build put both in dev as well (11 / 0), so every table was given a second BelowAverage draft on
another column (the next candidate that passes `problems`, style and wording by the hash of the table,
the function and "second"), the same program again. No draft was reworded or dropped after a split was
seen; these thirteen records were added after it, to have the function in both halves (test now has
4 of its 22). The two engineers kept apart scratch folders (/tmp/e22t here); nothing of another
engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (used through
table_sets and by gen.py through `build_record` and `problems` only, as table_sets calls them); `git
log`, `git show`, any diff's content, `git diff --stat` (no git command was run); ../shared/docs/
EVALUATION.md and ../shared/data (the train split is compared by the builder's program only);
tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of the other
builders (but Slips); README.md past its first 12,000 characters (but Slips); twentysecond_cf.py and
any twentysecond_cf.json (written beside this set by engineer E22c; the builder compares with any set
file beside it by program only, as table_sets.requests_elsewhere does); the utterances or tables of any
JSON file (compared with this set's by program only, never printed). No request was run through `cfa
suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to twentyfirst_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows ("whole row",
"entire row", "whole rows", "Highlight rows with/for", "apply to: entire row", "highlight those rows",
"the rows of", or the rides, commissions, sign-ups, sessions, lets, trims, heats, descents, treks or
matches themselves), "cells" otherwise; `naming` says how the request names the tested column:
`by-header` (its header as written, or its letter), `by-meaning` (the rows by what the date means: "the
treks dated last week") or `by-value` (only values of it: "the descents of 'Quarry'", "the rides that
aren't 'Keirin'"). Each rule tests one column. Every record is first built and checked on its full
table (everyday_tables' `build_record` with IDs prefixed `t22t-`; its `problems`: a record that
formats no row or every row, whose near misses its table cannot tell apart, text operators exempt, or
whose rule formats the same rows on another column is refused), and a request already written (case
aside) in any other set file of benchmarks/data/ or in the benchmark's train split
(../shared/data/cf/train.json, on this machine) is refused, as is a column letter or range that is not
the rule's column (none was). Then the records picked by a stable hash of the ID (about one in three,
`table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text below).
Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are not
written, date periods are (each table's date column holds the fourteen days 06-11, 06-12, 06-13, 06-07,
06-04, 06-18, 06-27, 05-20, 07-08, 03-01, 06-14, 06-20, 06-25 and 05-29, rotated by the table's place,
so that the ten periods tell apart). Labels follow Excel: a blank compares as 0, any text is greater
than any number, an error is neither blank nor formatted by a comparison, text tests ignore case. Every
comparison's threshold and every Between bound is a value of its column (so that "at least" and "more
than" differ there). Each table leaves out seven of the 31 functions that are not date periods and three
of the ten periods, in turn (table k leaves out the functions 7k to 7k+6 and the periods 3k to 3k+2 of
a fixed order, mod 31 and 10), except BelowAverage, which every table has twice (see Slips).

Tags: the naming, the style, then any of `boundary`, `negation`, `or`, `superlative`, `starts-ends`,
`date`, then `header-only` where the rows were dropped, then `twentysecond` (last). Every one of the 41
top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentysecond_tables.py` prints them): 354 records, dev 178 / test
176; 11 tables of 10 columns and 14 data rows each (32 or 33 records a table); 122 header-only records
(34%; dev 60, test 62); scope rows 178 (50%) / cells 176; naming by-header 323, by-meaning 21, by-value
10 (9% not by header); styles annotator 73, rationale 63, other-app 61, checklist 60, scope-heavy 52,
forum 45; every one of the 41 top functions in both halves (the thinnest: LessThan, Between and
NotBetween with one record in one half).

Rebuild: `python benchmarks/data/twentysecond_tables.py` (prints the counts per split, table, scope,
naming, style, tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentysecond_tables.json"
PREFIX = "t22t"
TAG = "twentysecond"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: another spreadsheet program's words, a reason
# that carries the literal, a request as fields or bullets, and much talk of where the rule applies.
STYLES = ("annotator", "forum", "other-app", "rationale", "checklist", "scope-heavy")
# The requests of every other set file in this folder (these forty-nine at the time of writing,
# and any written since, e.g. twentysecond_cf.json, written at the same time by another engineer)
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
              'twentieth_tables.json', 'twentyfirst_cf.json', 'twentyfirst_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.

TABLES = {}
ENTRIES = {}

TABLES["CarouselRides"] = _table("""
Ride Code | Operator | Figure | Ride Date | Riders | Ticket (€) | Duration (min) | Organ Volume (dB) | Music On? | Notes
CR-138 | Marta Quell | Horse | 2024-06-11 | 45 | 8.2 | 4 | 91 | Yes | brass ring jammed
CR-118 | Ivo Brandt | Horse | 2024-06-12 | 29 | 8.9 | 11.4 | 92 | Yes | child lost hat
CR-194 | Sana Okafor | Swan | 2024-06-13 | 18 | 8 | 7.1 | 82 | No | late start
CR-137 | Leon Fitch | Rooster | 2024-06-07 | 52 | 3.9 | 8.4 | 79 | Yes | _
CR-148 | Nadia Roux | Rooster | 2024-06-04 | 11 | 5.4 | 5 | #N/A | No | organ tuned
CR-196 | Ivo Brandt | Swan | 2024-06-18 | 43 | 2.3 | 3.8 | 81 | Yes | brass ring grabbed
CR-156 | Tomas Veld | Horse | 2024-06-27 | 32 | _ | 11.6 | 75 | No | late start again
CR-159 | Effie Marr | Swan | 2024-05-20 | 14 | 5.8 | 9.3 | 83 | No | swan repainted
CR-150 | Rudi Kask | Chariot | 2024-07-08 | 15 | 7.9 | 6 | 72 | Yes | quiet spin
CR-122 | Zora Plum | Chariot | 2024-03-01 | 17 | 4.4 | tbc | 93 | No | late close
CR-175 | Bram Hollis | Rooster | 2024-06-14 | 50 | 3.2 | 8.9 | 80 | No | full house
CR-170 | Cleo Danvers | Chariot | 2024-06-20 | 40 | 6.8 | 8.1 | _ | Yes | ~
CR-112 | Zora Plum | Horse | 2024-06-25 | 44 | 8.3 | 5.6 | 74 | Yes | horse squeaks
CR-164 | Otto Reyes | Swan | 2024-05-29 | 8 | 8.7 | 6.7 | 78 | Yes | rain cover on
""")
ENTRIES["CarouselRides"] = [
    ('15 to 44 is the safe band for Riders, ends included, so colour the Riders cells outside that band',
     'NotBetween({Riders}, 15, 44)', 'cells', 'by-header', 'rationale', 'boundary', 'negation'),
    ('In Sheets I set "Format cells if: Text is exactly \'Horse\'" on Figure. How do I get the same highlight here?',
     'TextEquals({Figure}, "Horse")', 'cells', 'by-header', 'other-app'),
    ("Quick one: I want the Notes cells (column J) with 'late' anywhere in the text to stand out. What's the rule?",
     'TextContains({Notes}, "late")', 'cells', 'by-header', 'forum'),
    ("• sheet: CarouselRides • test column: Notes • condition: without 'late' anywhere in them • highlight: "
     'the whole row',
     'TextNotContains({Notes}, "late")', 'rows', 'by-header', 'checklist', 'negation'),
    ('just column B, Operator, rows 2 to 15, skip the header row and leave every other column alone: highlight '
     "values starting with 'Ma'",
     'TextStartsWith({Operator}, "Ma")', 'cells', 'by-header', 'scope-heavy', 'starts-ends'),
    ("How do I highlight the cells in column B (Operator) ending with 'll'? Thanks in advance",
     'TextEndsWith({Operator}, "ll")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ('• sheet: CarouselRides • test column: Riders • condition: in the top 3 values • highlight: the whole '
     'row',
     'Top({Riders}, 3)', 'rows', 'by-header', 'checklist', 'superlative'),
    ('Highlight cells in Riders in the bottom 3 values in sheet CarouselRides',
     'Bottom({Riders}, 3)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('LibreOffice Calc had Condition 1 = Cell value is top percent, value 20 on the Organ Volume (dB) cells; do the '
     'same here',
     'TopPercent({Organ Volume (dB)}, 20)', 'cells', 'by-header', 'other-app', 'superlative'),
    ('Coming from LibreOffice Calc: Condition 1 - Cell value is bottom percent, value 20 (on Ticket (€)). Here I '
     'want the entire row formatted',
     'BottomPercent({Ticket (€)}, 20)', 'rows', 'by-header', 'other-app', 'superlative'),
    ("Highlight rows with Riders above the column's average in sheet CarouselRides",
     'AboveAverage({Riders})', 'rows', 'by-header', 'annotator'),
    ('check Organ Volume (dB) (column H) from row 2 down to row 15, header excluded, and for each value lower than '
     'the column average shade that entire row, every column of it, not just the Organ Volume (dB) cell',
     'BelowAverage({Organ Volume (dB)})', 'rows', 'by-header', 'scope-heavy'),
    ('• sheet: CarouselRides • test column: Operator • condition: appearing more than once in the column • '
     'highlight: the whole row',
     'Duplicates({Operator})', 'rows', 'by-header', 'checklist'),
    ('Highlight rows with Operator appearing exactly once in the column in sheet CarouselRides',
     'Unique({Operator})', 'rows', 'by-header', 'annotator'),
    ('Highlight Notes cells left empty in sheet CarouselRides',
     'Blanks({Notes})', 'cells', 'by-header', 'annotator'),
    ('column: Notes / when: not left blank / colour: yellow',
     'NotBlanks({Notes})', 'cells', 'by-header', 'checklist', 'negation'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Organ Volume '
     '(dB) showing an Excel error',
     'Errors({Organ Volume (dB)})', 'rows', 'by-header', 'scope-heavy'),
    ('column: Organ Volume (dB) / when: without any error value / apply to: entire row / colour: red',
     'NotErrors({Organ Volume (dB)})', 'rows', 'by-header', 'checklist', 'negation'),
    ('Apply a colour scale to Duration (min) in sheet CarouselRides',
     'ColorScale({Duration (min)})', 'cells', 'by-header', 'annotator'),
    ('Apply data bars to Duration (min) in sheet CarouselRides',
     'DataBar({Duration (min)})', 'cells', 'by-header', 'annotator'),
    ("LibreOffice Calc: Conditional Formatting, Icon Set, range Duration (min). What's the equivalent here?",
     'IconSet({Duration (min)})', 'cells', 'by-header', 'other-app'),
    ('Google Sheets habit: format rules, condition "Custom formula is =AND($E2>15,$E2<44)" for Riders, but for the '
     'whole row',
     'AND(GreaterThan({Riders}, 15), LessThan({Riders}, 44))', 'rows', 'by-header', 'other-app'),
    ('just column E, Riders, rows 2 to 15, skip the header row and leave every other column alone: highlight values '
     'under 15 or over 44',
     'OR(LessThan({Riders}, 15), GreaterThan({Riders}, 44))', 'cells', 'by-header', 'scope-heavy', 'or'),
    ("since the 'Horse' ones are finished, highlight the Figure cells other than 'Horse'",
     'NOT(TextEquals({Figure}, "Horse"))', 'cells', 'by-header', 'rationale', 'negation'),
    ('Mac Numbers user here: highlight rules where Ride Date is today, applied to the entire row',
     'Today({Ride Date})', 'rows', 'by-header', 'other-app', 'date'),
    ('just column D, Ride Date, rows 2 to 15, skip the header row and leave every other column alone: highlight '
     'values dated tomorrow',
     'Tomorrow({Ride Date})', 'cells', 'by-header', 'scope-heavy', 'date'),
    ('Coming from LibreOffice Calc: Condition 1 - Date is Last 7 days (on Ride Date). Here I want the entire row '
     'formatted',
     'Last7Days({Ride Date})', 'rows', 'by-header', 'other-app', 'date'),
    ('check Ride Date (column D) from row 2 down to row 15, header excluded, and for each value dated in last week '
     'shade that entire row, every column of it, not just the Ride Date cell',
     'LastWeek({Ride Date})', 'rows', 'by-header', 'scope-heavy', 'date'),
    ("Quick one: I want the Ride Date cells (column D) dated in this week to stand out. What's the rule?",
     'ThisWeek({Ride Date})', 'cells', 'by-header', 'forum', 'date'),
    ('Highlight cells in Ride Date dated in next week in sheet CarouselRides',
     'NextWeek({Ride Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('• sheet: CarouselRides • column: Ride Date • condition: dated in next month • highlight: those cells '
     'only',
     'NextMonth({Ride Date})', 'cells', 'by-header', 'checklist', 'date'),
    ('• sheet: CarouselRides • test column: Riders • condition: lower than the column average • highlight: '
     'the whole row',
     'BelowAverage({Riders})', 'rows', 'by-header', 'checklist'),
]

TABLES["MosaicCommissions"] = _table("""
Job No | Client | Material | Start Date | Tiles (k) | Area (m²) | Quote (£) | Grout Used (kg) | Outdoor? | Notes
MJ-102 | Harlow Bakery | Glass | 2024-06-12 | 19 | 22.1 | 621 | 45.2 | Yes | gold leaf border
MJ-179 | St Anselm Parish | Marble | 2024-06-13 | 16 | 14.3 | 5677 | 11.2 | Yes | sample approved
MJ-118 | Pine Lodge Spa | Ceramic | 2024-06-07 | 9 | 24.7 | 7962 | 16.1 | Yes | awaiting deposit
MJ-114 | Dorrit Hale | Ceramic | 2024-06-04 | 12 | 20.5 | 2481 | 24.2 | No | _
MJ-178 | Kew Row Cafe | Marble | 2024-06-18 | 37 | 1.1 | 7698 | #VALUE! | No | gold leaf centre
MJ-187 | St Anselm Parish | Glass | 2024-06-27 | 33 | 20.3 | 6411 | 49.7 | Yes | site survey done
MJ-110 | Maple School | Glass | 2024-05-20 | 28 | _ | 7966 | 48 | Yes | wall uneven
MJ-163 | Vesna Ilic | Smalti | 2024-07-08 | 36 | 2.7 | 770 | 54.3 | Yes | deposit paid
MJ-101 | Quarry Arms | Marble | 2024-03-01 | 20 | 5.3 | 5166 | 23.8 | No | frost-proof grout
MJ-116 | Bellamy Pools | Smalti | 2024-06-14 | 35 | 12.5 | quote pending | 27.6 | No | sample sent
MJ-176 | Ruth Onions | Ceramic | 2024-06-20 | 14 | 24.9 | 4833 | 46.6 | Yes | client abroad
MJ-123 | Greyfield Library | Glass | 2024-06-25 | 17 | 16.4 | 5057 | _ | No | ~
MJ-169 | Bellamy Pools | Marble | 2024-05-29 | 15 | 9.5 | 6797 | 37.8 | No | scaffold booked
MJ-134 | Mirabel Hotel | Smalti | 2024-06-11 | 5 | 17 | 2138 | 50.8 | Yes | gold accents
""")
ENTRIES["MosaicCommissions"] = [
    ('17 is the most we allow for Tiles (k), so colour the Tiles (k) cells above it',
     'GreaterThan({Tiles (k)}, 17)', 'cells', 'by-header', 'rationale'),
    ('Ticket: highlight request; Column: Tiles (k); Condition: values at least 17; Apply to: those cells; Fill: '
     'light blue',
     'GreaterThanEqual({Tiles (k)}, 17)', 'cells', 'by-header', 'checklist', 'boundary'),
    ('Highlight cells in Quote (£) less than 5166 in sheet MosaicCommissions',
     'LessThan({Quote (£)}, 5166)', 'cells', 'by-header', 'annotator'),
    ('check Quote (£) (column G) from row 2 down to row 15, header excluded, and for each value at most 5166 shade '
     'that entire row, every column of it, not just the Quote (£) cell',
     'LessThanEqual({Quote (£)}, 5166)', 'rows', 'by-header', 'scope-heavy', 'boundary'),
    ('just column E, Tiles (k), rows 2 to 15, skip the header row and leave every other column alone: highlight '
     'values equal to 17',
     'Equals({Tiles (k)}, 17)', 'cells', 'by-header', 'scope-heavy'),
    ('in the Tiles (k) column only (E2:E15, not the header, nothing in the other columns), highlight the cells not '
     'equal to 17',
     'NotEquals({Tiles (k)}, 17)', 'cells', 'by-header', 'scope-heavy', 'negation'),
    ('Highlight rows with Quote (£) from 2481 to 6797 (both included) in sheet MosaicCommissions',
     'Between({Quote (£)}, 2481, 6797)', 'rows', 'by-header', 'annotator', 'boundary'),
    ('since the 3 lowest get a review, highlight the Tiles (k) cells among the 3 lowest',
     'Bottom({Tiles (k)}, 3)', 'cells', 'by-header', 'rationale', 'superlative'),
    ('the bonus goes to the top 20%, so colour the Grout Used (kg) cells in that top 20%',
     'TopPercent({Grout Used (kg)}, 20)', 'cells', 'by-header', 'rationale', 'superlative'),
    ('Highlight rows with Area (m²) in the bottom 20 percent in sheet MosaicCommissions',
     'BottomPercent({Area (m²)}, 20)', 'rows', 'by-header', 'annotator', 'superlative'),
    ("Ticket: highlight request; Column: Tiles (k); Condition: above the column's average; Apply to: whole row; "
     'Fill: grey',
     'AboveAverage({Tiles (k)})', 'rows', 'by-header', 'checklist'),
    ('Ticket: highlight request; Column: Grout Used (kg); Condition: lower than the column average; Apply to: whole '
     'row; Fill: pink',
     'BelowAverage({Grout Used (kg)})', 'rows', 'by-header', 'checklist'),
    ('in the Client column only (B2:B15, not the header, nothing in the other columns), highlight the cells '
     'appearing more than once in the column',
     'Duplicates({Client})', 'cells', 'by-header', 'scope-heavy'),
    ('LibreOffice Calc had Condition 1 = Cell value is not duplicate on the Client cells; do the same here',
     'Unique({Client})', 'cells', 'by-header', 'other-app'),
    ('• sheet: MosaicCommissions • test column: Notes • condition: left blank • highlight: the whole row',
     'Blanks({Notes})', 'rows', 'by-header', 'checklist'),
    ('Mac Numbers user here: highlight rules where Notes is not blank, applied to the entire row',
     'NotBlanks({Notes})', 'rows', 'by-header', 'other-app', 'negation'),
    ('Highlight Grout Used (kg) cells showing an Excel error in sheet MosaicCommissions',
     'Errors({Grout Used (kg)})', 'cells', 'by-header', 'annotator'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Grout Used (kg) '
     'without any error value',
     'NotErrors({Grout Used (kg)})', 'rows', 'by-header', 'scope-heavy', 'negation'),
    ("LibreOffice Calc: Conditional Formatting, Color Scale (3 entries), range Quote (£). What's the equivalent "
     'here?',
     'ColorScale({Quote (£)})', 'cells', 'by-header', 'other-app'),
    ('since I want to see the spread of Quote (£) at a glance, put data bars on the Quote (£) cells',
     'DataBar({Quote (£)})', 'cells', 'by-header', 'rationale'),
    ("LibreOffice Calc: Conditional Formatting, Icon Set, range Quote (£). What's the equivalent here?",
     'IconSet({Quote (£)})', 'cells', 'by-header', 'other-app'),
    ('• sheet: MosaicCommissions • column: Tiles (k) • condition: greater than 14 but less than 33 • '
     'highlight: those cells only',
     'AND(GreaterThan({Tiles (k)}, 14), LessThan({Tiles (k)}, 33))', 'cells', 'by-header', 'checklist'),
    ("In Google Sheets I'd use Format rules > Custom formula is =OR($E2<14,$E2>33) on Tiles (k) and colour the "
     'entire row. Same here',
     'OR(LessThan({Tiles (k)}, 14), GreaterThan({Tiles (k)}, 33))', 'rows', 'by-header', 'other-app', 'or'),
    ("since the 'Glass' ones are finished, highlight the rows of the commissions that aren't 'Glass'",
     'NOT(TextEquals({Material}, "Glass"))', 'rows', 'by-value', 'rationale', 'negation'),
    ("Quick one: I want the Start Date cells (column D) dated in last month to stand out. What's the rule?",
     'LastMonth({Start Date})', 'cells', 'by-header', 'forum', 'date'),
    ('Highlight rows with Start Date dated in this month in sheet MosaicCommissions',
     'ThisMonth({Start Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Highlight rows with Start Date dated yesterday in sheet MosaicCommissions',
     'Yesterday({Start Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Ticket: highlight request; Rows: the commissions dated last week; Scope: whole rows; Fill: pink',
     'LastWeek({Start Date})', 'rows', 'by-meaning', 'checklist', 'date'),
    ('this review covers this week, so shade the entire row for each entry with Start Date dated in this week',
     'ThisWeek({Start Date})', 'rows', 'by-header', 'rationale', 'date'),
    ('Coming from LibreOffice Calc: Condition 1 - Date is Next week (on Start Date). Here I want the entire row '
     'formatted',
     'NextWeek({Start Date})', 'rows', 'by-header', 'other-app', 'date'),
    ('column: Start Date / when: dated in next month / colour: amber',
     'NextMonth({Start Date})', 'cells', 'by-header', 'checklist', 'date'),
    ("since anything below the column's average gets a check-in, highlight the whole row for every entry with Tiles "
     '(k) below that average',
     'BelowAverage({Tiles (k)})', 'rows', 'by-header', 'rationale'),
]

TABLES["OrigamiWorkshop"] = _table("""
Seat | Participant | Model | Session Date | Folds | Paper (sheets) | Fee ($) | Time Taken (min) | Kit Bought? | Notes
OW-131 | Aiko Brenner | Dragon | 2024-06-13 | 34 | 3 | 16 | 57 | Yes | washi paper
OW-105 | Pell Norris | Dragon | 2024-06-07 | 30 | 12 | 39 | 58 | No | left early
OW-145 | Juno Okoro | Frog | 2024-06-04 | 29 | 2 | 26 | 56 | Yes | needs bigger sheets
OW-157 | Tess Varga | Dragon | 2024-06-18 | 85 | 8 | 32 | 41 | Yes | _
OW-154 | Milo Hart | Lily | 2024-06-27 | 44 | 4 | 21 | #DIV/0! | Yes | washi preferred
OW-149 | Pell Norris | Frog | 2024-05-20 | 84 | 10 | 18 | 11 | No | brought a friend
OW-118 | Ines Duval | Crane | 2024-07-08 | 18 | _ | 31 | 22 | No | torn twice
OW-179 | Sefa Tuilagi | Lily | 2024-03-01 | 65 | 4 | 29 | 14 | No | quick folder
OW-171 | Greta Lund | Frog | 2024-06-14 | 14 | 11 | 25 | 61 | No | asked for diagrams
OW-194 | Omar Baz | Crane | 2024-06-20 | 33 | 4 | free | 37 | Yes | washi gift
OW-152 | Lia Wren | Crane | 2024-06-25 | 90 | 5 | 37 | 17 | No | came late
OW-142 | Dev Kapoor | Crane | 2024-05-29 | 79 | 12 | 38 | _ | Yes | ~
OW-138 | Omar Baz | Lily | 2024-06-11 | 56 | 1 | 19 | 51 | No | patient teacher
OW-136 | Nell Frost | Frog | 2024-06-12 | 53 | 2 | 34 | 27 | No | birthday
""")
ENTRIES["OrigamiWorkshop"] = [
    ('Highlight rows with Folds greater than 44 in sheet OrigamiWorkshop',
     'GreaterThan({Folds}, 44)', 'rows', 'by-header', 'annotator'),
    ('since Folds has to reach 44 to count, highlight the Folds cells reaching 44 or more',
     'GreaterThanEqual({Folds}, 44)', 'cells', 'by-header', 'rationale', 'boundary'),
    ('Ticket: highlight request; Column: Fee ($); Condition: values under 29; Apply to: those cells; Fill: pink',
     'LessThan({Fee ($)}, 29)', 'cells', 'by-header', 'checklist'),
    ('29 is where Fee ($) starts to worry us, so shade the entire row wherever Fee ($) is at 29 or below',
     'LessThanEqual({Fee ($)}, 29)', 'rows', 'by-header', 'rationale', 'boundary'),
    ('In Sheets I set "Format cells if: Is equal to 44" on Folds. How do I get the same highlight here?',
     'Equals({Folds}, 44)', 'cells', 'by-header', 'other-app'),
    ('Is there a way to colour the whole row for every entry with Folds (column E) other than 53?',
     'NotEquals({Folds}, 53)', 'rows', 'by-header', 'forum', 'negation'),
    ('Highlight rows with Fee ($) between 21 and 34 inclusive in sheet OrigamiWorkshop',
     'Between({Fee ($)}, 21, 34)', 'rows', 'by-header', 'annotator', 'boundary'),
    ('in the Folds column only (E2:E15, not the header, nothing in the other columns), highlight the cells outside '
     "30 to 79 (30 and 79 themselves don't count)",
     'NotBetween({Folds}, 30, 79)', 'cells', 'by-header', 'scope-heavy', 'boundary', 'negation'),
    ("Mac Numbers user here: highlight rules where Model is 'Crane', applied to the entire row",
     'TextEquals({Model}, "Crane")', 'rows', 'by-header', 'other-app'),
    ("since anything mentioning 'washi' needs a follow-up, highlight the whole row for every entry with Notes "
     "containing 'washi'",
     'TextContains({Notes}, "washi")', 'rows', 'by-header', 'rationale'),
    ("Highlight rows with Notes without 'washi' anywhere in them in sheet OrigamiWorkshop",
     'TextNotContains({Notes}, "washi")', 'rows', 'by-header', 'annotator', 'negation'),
    ("Highlight rows with Participant starting with 'Ai' in sheet OrigamiWorkshop",
     'TextStartsWith({Participant}, "Ai")', 'rows', 'by-header', 'annotator', 'starts-ends'),
    ('in the Participant column only (B2:B15, not the header, nothing in the other columns), highlight the cells '
     "ending with 'er'",
     'TextEndsWith({Participant}, "er")', 'cells', 'by-header', 'scope-heavy', 'starts-ends'),
    ('Highlight rows with Folds in the top 3 values in sheet OrigamiWorkshop',
     'Top({Folds}, 3)', 'rows', 'by-header', 'annotator', 'superlative'),
    ('Ticket: highlight request; Column: Time Taken (min); Condition: lower than the column average; Apply to: '
     'whole row; Fill: grey',
     'BelowAverage({Time Taken (min)})', 'rows', 'by-header', 'checklist'),
    ('In Sheets I set "Format cells if: Is empty" on Notes. How do I get the same highlight here?',
     'Blanks({Notes})', 'cells', 'by-header', 'other-app'),
    ("since a filled-in Notes means there's something to read, highlight the whole row for every entry with Notes "
     'not left blank',
     'NotBlanks({Notes})', 'rows', 'by-header', 'rationale', 'negation'),
    ("Quick one: I want the Time Taken (min) cells (column H) showing an Excel error to stand out. What's the rule?",
     'Errors({Time Taken (min)})', 'cells', 'by-header', 'forum'),
    ('Highlight Time Taken (min) cells free of Excel errors in sheet OrigamiWorkshop',
     'NotErrors({Time Taken (min)})', 'cells', 'by-header', 'annotator', 'negation'),
    ('Google Sheets has a "Color scale" tab under conditional formatting; I want that on Fee ($)',
     'ColorScale({Fee ($)})', 'cells', 'by-header', 'other-app'),
    ('Apply data bars to Fee ($) in sheet OrigamiWorkshop',
     'DataBar({Fee ($)})', 'cells', 'by-header', 'annotator'),
    ("In LibreOffice I'd pick Format > Conditional > Icon Set for Fee ($). Same here",
     'IconSet({Fee ($)})', 'cells', 'by-header', 'other-app'),
    ('column: Folds / when: greater than 30 but less than 79 / colour: light green',
     'AND(GreaterThan({Folds}, 30), LessThan({Folds}, 79))', 'cells', 'by-header', 'checklist'),
    ('In Sheets I set "Format cells if: Custom formula is =OR($E2<30,$E2>79)" on Folds. How do I get the same '
     'highlight here?',
     'OR(LessThan({Folds}, 30), GreaterThan({Folds}, 79))', 'cells', 'by-header', 'other-app', 'or'),
    ("the 'Crane' ones are finished, so shade the entire row for each entry with Model other than 'Crane'",
     'NOT(TextEquals({Model}, "Crane"))', 'rows', 'by-header', 'rationale', 'negation'),
    ('Coming from LibreOffice Calc: Condition 1 - Date is Last month (on Session Date). Here I want the entire row '
     'formatted',
     'LastMonth({Session Date})', 'rows', 'by-header', 'other-app', 'date'),
    ('rows: the sign-ups dated this month / format: pink fill on the whole row',
     'ThisMonth({Session Date})', 'rows', 'by-meaning', 'checklist', 'date'),
    ('Highlight rows with Session Date dated yesterday in sheet OrigamiWorkshop',
     'Yesterday({Session Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Highlight rows for sign-ups dated today in sheet OrigamiWorkshop',
     'Today({Session Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Ticket: highlight request; Column: Session Date; Condition: dated tomorrow; Apply to: whole row; Fill: red',
     'Tomorrow({Session Date})', 'rows', 'by-header', 'checklist', 'date'),
    ('Highlight rows with Session Date dated in the last 7 days in sheet OrigamiWorkshop',
     'Last7Days({Session Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Highlight rows with Session Date dated in next month in sheet OrigamiWorkshop',
     'NextMonth({Session Date})', 'rows', 'by-header', 'annotator', 'date'),
    ("anything below the column's average gets a check-in, so colour the Folds cells below that average",
     'BelowAverage({Folds})', 'cells', 'by-header', 'rationale'),
]

TABLES["RollerRink"] = _table("""
Pass ID | Skater | Session | Skate Date | Laps | Skate Size (EU) | Entry (CA$) | Top Speed (km/h) | Own Skates? | Notes
RR-117 | Jade Morrow | Disco | 2024-06-07 | 80 | 34 | 12.08 | 29.1 | Yes | wobbly wheel
RR-131 | Kofi Mensah | Adult | 2024-06-04 | 11 | 45 | 10.53 | 24.4 | Yes | fell once
RR-142 | Lotte Brink | Family | 2024-06-18 | 20 | 40 | 7.18 | 25.1 | Yes | birthday party
RR-159 | Ray Soto | Family | 2024-06-27 | 42 | 43 | 12.02 | 9.5 | Yes | _
RR-134 | Wanda Fell | Family | 2024-05-20 | 79 | 46 | 16.69 | #REF! | No | wheel swapped
RR-108 | Kofi Mensah | Lessons | 2024-07-08 | 23 | 41 | 15.85 | 21.3 | Yes | glow sticks
RR-165 | Hugo Ortiz | Adult | 2024-03-01 | 58 | _ | 17.03 | 26.8 | Yes | skate hire late
RR-153 | Pia Lindqvist | Lessons | 2024-06-14 | 76 | 31 | 15.01 | 18.3 | No | first visit
RR-196 | Sol Amari | Disco | 2024-06-20 | 40 | 31 | 14.08 | 22.1 | No | wheel bearing noisy
RR-101 | Dina Kraus | Adult | 2024-06-25 | 17 | 38 | comp | 23.9 | Yes | great form
RR-184 | Fitz Mallory | Family | 2024-05-29 | 78 | 45 | 11.75 | 27.2 | Yes | left helmet
RR-166 | Gabi Neves | Lessons | 2024-06-11 | 27 | 38 | 10.96 | _ | Yes | ~
RR-154 | Dina Kraus | Disco | 2024-06-12 | 71 | 41 | 14.73 | 32.4 | No | asked for DJ
RR-160 | Ike Porter | Disco | 2024-06-13 | 24 | 32 | 9.05 | 17.7 | Yes | group booking
""")
ENTRIES["RollerRink"] = [
    ('How do I shade the entire row when the Laps value in column E is greater than 40?',
     'GreaterThan({Laps}, 40)', 'rows', 'by-header', 'forum'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Laps of 40 or '
     'more',
     'GreaterThanEqual({Laps}, 40)', 'rows', 'by-header', 'scope-heavy', 'boundary'),
    ('Highlight rows with Entry (CA$) less than 12.08 in sheet RollerRink',
     'LessThan({Entry (CA$)}, 12.08)', 'rows', 'by-header', 'annotator'),
    ('column: Entry (CA$) / when: of 12.08 or less / colour: grey',
     'LessThanEqual({Entry (CA$)}, 12.08)', 'cells', 'by-header', 'checklist', 'boundary'),
    ('Highlight rows with Laps equal to 40 in sheet RollerRink',
     'Equals({Laps}, 40)', 'rows', 'by-header', 'annotator'),
    ('Numbers had a highlight rule: Laps is not equal to 40. Recreate it on the Laps cells',
     'NotEquals({Laps}, 40)', 'cells', 'by-header', 'other-app', 'negation'),
    ('Numbers had a highlight rule: Entry (CA$) is between 10.96 and 15.01. Recreate it on the Entry (CA$) cells',
     'Between({Entry (CA$)}, 10.96, 15.01)', 'cells', 'by-header', 'other-app', 'boundary'),
    ("Highlight cells in Laps outside 23 to 76 (23 and 76 themselves don't count) in sheet RollerRink",
     'NotBetween({Laps}, 23, 76)', 'cells', 'by-header', 'annotator', 'boundary', 'negation'),
    ("'Disco' ones get checked first, so shade the sessions of 'Disco', whole rows",
     'TextEquals({Session}, "Disco")', 'rows', 'by-value', 'rationale'),
    ("anything mentioning 'wheel' needs a follow-up, so shade the entire row for each entry with Notes containing "
     "'wheel'",
     'TextContains({Notes}, "wheel")', 'rows', 'by-header', 'rationale'),
    ("• sheet: RollerRink • column: Notes • condition: without 'wheel' anywhere in them • highlight: those "
     'cells only',
     'TextNotContains({Notes}, "wheel")', 'cells', 'by-header', 'checklist', 'negation'),
    ("How do I highlight the cells in column B (Skater) beginning with 'Ja'? Thanks in advance",
     'TextStartsWith({Skater}, "Ja")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ("Quick one: I want the Skater cells (column B) ending in 'ow' to stand out. What's the rule?",
     'TextEndsWith({Skater}, "ow")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ('check Laps (column E) from row 2 down to row 15, header excluded, and for each value among the 3 highest '
     'values shade that entire row, every column of it, not just the Laps cell',
     'Top({Laps}, 3)', 'rows', 'by-header', 'scope-heavy', 'superlative'),
    ('Coming from LibreOffice Calc: Condition 1 - Cell value is bottom elements, value 3 (on Laps). Here I want the '
     'entire row formatted',
     'Bottom({Laps}, 3)', 'rows', 'by-header', 'other-app', 'superlative'),
    ('Highlight rows with Top Speed (km/h) in the top 20% in sheet RollerRink',
     'TopPercent({Top Speed (km/h)}, 20)', 'rows', 'by-header', 'annotator', 'superlative'),
    ('Coming from LibreOffice Calc: Condition 1 - Cell value is bottom percent, value 20 (on Skate Size (EU)). Here '
     'I want the entire row formatted',
     'BottomPercent({Skate Size (EU)}, 20)', 'rows', 'by-header', 'other-app', 'superlative'),
    ('How do I shade the entire row when the Laps value in column E is higher than the column average?',
     'AboveAverage({Laps})', 'rows', 'by-header', 'forum'),
    ("Highlight rows with Top Speed (km/h) below the column's average in sheet RollerRink",
     'BelowAverage({Top Speed (km/h)})', 'rows', 'by-header', 'annotator'),
    ('LibreOffice Calc had Condition 1 = Cell value is duplicate on the Skater cells; do the same here',
     'Duplicates({Skater})', 'cells', 'by-header', 'other-app'),
    ('How do I shade the entire row for each Skater in column B appearing exactly once in the column?',
     'Unique({Skater})', 'rows', 'by-header', 'forum'),
    ('Google Sheets: Format rules > Format cells if... Custom formula is =AND($E2>23,$E2<76), range Laps. Do that '
     'here',
     'AND(GreaterThan({Laps}, 23), LessThan({Laps}, 76))', 'cells', 'by-header', 'other-app'),
    ('Ticket: highlight request; Column: Laps; Condition: values under 23 or over 76; Apply to: those cells; Fill: '
     'yellow',
     'OR(LessThan({Laps}, 23), GreaterThan({Laps}, 76))', 'cells', 'by-header', 'checklist', 'or'),
    ("since the 'Disco' ones are finished, highlight the rows of the sessions that aren't 'Disco'",
     'NOT(TextEquals({Session}, "Disco"))', 'rows', 'by-value', 'rationale', 'negation'),
    ('New to conditional formatting: how do I shade the rows of the sessions dated yesterday?',
     'Yesterday({Skate Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('since this review covers today, highlight the sessions dated today, the whole row each',
     'Today({Skate Date})', 'rows', 'by-meaning', 'rationale', 'date'),
    ('this review covers tomorrow, so shade the entire row for each entry with Skate Date dated tomorrow',
     'Tomorrow({Skate Date})', 'rows', 'by-header', 'rationale', 'date'),
    ('Highlight rows for sessions dated in the last 7 days in sheet RollerRink',
     'Last7Days({Skate Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('this review covers last week, so shade the entire row for each entry with Skate Date dated in last week',
     'LastWeek({Skate Date})', 'rows', 'by-header', 'rationale', 'date'),
    ('How do I highlight the cells in column D (Skate Date) dated in this week? Thanks in advance',
     'ThisWeek({Skate Date})', 'cells', 'by-header', 'forum', 'date'),
    ('this review covers next week, so colour the Skate Date cells dated in next week',
     'NextWeek({Skate Date})', 'cells', 'by-header', 'rationale', 'date'),
    ('In LibreOffice this is Condition 1: Cell value is below average, on Laps. Set up the same highlight for those '
     'cells',
     'BelowAverage({Laps})', 'cells', 'by-header', 'other-app'),
]

TABLES["BeachHutLets"] = _table("""
Hut No | Tenant | Promenade | Arrival | Nights | Guests | Rent (£) | Deckchairs | Key Returned? | Notes
BH-164 | Clem Ashby | North | 2024-06-04 | 11 | 8 | 62 | 3 | No | sandy floor
BH-162 | Rosa Finch | East | 2024-06-18 | 6 | 2 | 253 | 8 | Yes | kettle broken
BH-114 | Yusuf Demir | North | 2024-06-27 | 2 | 2 | 45 | 11 | No | repaint due
BH-150 | Hattie Bloom | South | 2024-05-20 | 3 | 4 | 40 | 5 | No | _
BH-196 | Ned Carrow | North | 2024-07-08 | 8 | 6 | 249 | #N/A | Yes | sandy mats
BH-123 | Rosa Finch | South | 2024-03-01 | 3 | 5 | 106 | 6 | No | windbreak lent
BH-117 | Ola Nowak | South | 2024-06-14 | 7 | _ | 64 | 6 | Yes | door sticks
BH-165 | Pru Senior | South | 2024-06-20 | 10 | 4 | 212 | 7 | No | sea view
BH-144 | Baz Whitlock | North | 2024-06-25 | 11 | 6 | 169 | 7 | Yes | sandy steps
BH-103 | Kit Ambrose | East | 2024-05-29 | 13 | 6 | n/a | 11 | Yes | lost key once
BH-168 | Sunny Patel | North | 2024-06-11 | 7 | 2 | 139 | 12 | No | gas checked
BH-161 | Moira Teale | East | 2024-06-12 | 10 | 8 | 240 | _ | Yes | ~
BH-192 | Kit Ambrose | East | 2024-06-13 | 7 | 8 | 86 | 8 | No | gull damage
BH-119 | Vic Lang | South | 2024-06-07 | 9 | 1 | 220 | 8 | No | quiet week
""")
ENTRIES["BeachHutLets"] = [
    ('since 8 is what Nights should normally be, highlight the Nights cells of exactly 8',
     'Equals({Nights}, 8)', 'cells', 'by-header', 'rationale'),
    ('Ticket: highlight request; Column: Nights; Condition: other than 8; Apply to: whole row; Fill: grey',
     'NotEquals({Nights}, 8)', 'rows', 'by-header', 'checklist', 'negation'),
    ('• sheet: BeachHutLets • column: Rent (£) • condition: from 64 to 220 (both included) • highlight: '
     'those cells only',
     'Between({Rent (£)}, 64, 220)', 'cells', 'by-header', 'checklist', 'boundary'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Nights not '
     'between 6 and 10 (inclusive range)',
     'NotBetween({Nights}, 6, 10)', 'rows', 'by-header', 'scope-heavy', 'boundary', 'negation'),
    ("column: Promenade / when: reading exactly 'North' / apply to: entire row / colour: grey",
     'TextEquals({Promenade}, "North")', 'rows', 'by-header', 'checklist'),
    ("anything mentioning 'sandy' needs a follow-up, so shade the entire row for each entry with Notes containing "
     "'sandy'",
     'TextContains({Notes}, "sandy")', 'rows', 'by-header', 'rationale'),
    ("column: Notes / when: not containing 'sandy' / apply to: entire row / colour: amber",
     'TextNotContains({Notes}, "sandy")', 'rows', 'by-header', 'checklist', 'negation'),
    ("Highlight cells in Tenant beginning with 'Cl' in sheet BeachHutLets",
     'TextStartsWith({Tenant}, "Cl")', 'cells', 'by-header', 'annotator', 'starts-ends'),
    ("Quick one: I want the Tenant cells (column B) ending in 'by' to stand out. What's the rule?",
     'TextEndsWith({Tenant}, "by")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Rent (£) among '
     'the 3 highest values',
     'Top({Rent (£)}, 3)', 'rows', 'by-header', 'scope-heavy', 'superlative'),
    ('in the Rent (£) column only (G2:G15, not the header, nothing in the other columns), highlight the cells in '
     'the bottom 3 values',
     'Bottom({Rent (£)}, 3)', 'cells', 'by-header', 'scope-heavy', 'superlative'),
    ('Highlight Deckchairs cells in the top 20% in sheet BeachHutLets',
     'TopPercent({Deckchairs}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('in the Guests column only (F2:F15, not the header, nothing in the other columns), highlight the cells in the '
     'bottom 20%',
     'BottomPercent({Guests}, 20)', 'cells', 'by-header', 'scope-heavy', 'superlative'),
    ("column: Nights / when: above the column's average / apply to: entire row / colour: light green",
     'AboveAverage({Nights})', 'rows', 'by-header', 'checklist'),
    ('• sheet: BeachHutLets • column: Deckchairs • condition: lower than the column average • highlight: '
     'those cells only',
     'BelowAverage({Deckchairs})', 'cells', 'by-header', 'checklist'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Tenant '
     'appearing more than once in the column',
     'Duplicates({Tenant})', 'rows', 'by-header', 'scope-heavy'),
    ('Highlight rows with Tenant found only once in the column in sheet BeachHutLets',
     'Unique({Tenant})', 'rows', 'by-header', 'annotator'),
    ('Like an Airtable filter "Notes is empty", but only colour the matching Notes cells',
     'Blanks({Notes})', 'cells', 'by-header', 'other-app'),
    ('Highlight Notes cells with something in them in sheet BeachHutLets',
     'NotBlanks({Notes})', 'cells', 'by-header', 'annotator', 'negation'),
    ('formula errors break our totals, so shade the entire row for each entry with Deckchairs showing an Excel '
     'error',
     'Errors({Deckchairs})', 'rows', 'by-header', 'rationale'),
    ('Highlight Deckchairs cells without any error value in sheet BeachHutLets',
     'NotErrors({Deckchairs})', 'cells', 'by-header', 'annotator', 'negation'),
    ("In LibreOffice I'd pick Format > Conditional > Color Scale (3 entries) for Rent (£). Same here",
     'ColorScale({Rent (£)})', 'cells', 'by-header', 'other-app'),
    ('• sheet: BeachHutLets • column: Rent (£) • format: data bars',
     'DataBar({Rent (£)})', 'cells', 'by-header', 'checklist'),
    ('to compare the Rent (£) values quickly, add icons (an icon set) to Rent (£)',
     'IconSet({Rent (£)})', 'cells', 'by-header', 'rationale'),
    ('Is there a way to colour the whole row for every entry with Arrival (column D) dated in last month?',
     'LastMonth({Arrival})', 'rows', 'by-header', 'forum', 'date'),
    ('Coming from LibreOffice Calc: Condition 1 - Date is This month (on Arrival). Here I want the entire row '
     'formatted',
     'ThisMonth({Arrival})', 'rows', 'by-header', 'other-app', 'date'),
    ('Highlight rows for lets dated in the last 7 days in sheet BeachHutLets',
     'Last7Days({Arrival})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Highlight cells in Arrival dated in last week in sheet BeachHutLets',
     'LastWeek({Arrival})', 'cells', 'by-header', 'annotator', 'date'),
    ('Ticket: highlight request; Column: Arrival; Condition: values dated in this week; Apply to: those cells; '
     'Fill: light green',
     'ThisWeek({Arrival})', 'cells', 'by-header', 'checklist', 'date'),
    ('LibreOffice-style please: Condition 1 on Arrival: Date is Next week, and apply the style to the whole row',
     'NextWeek({Arrival})', 'rows', 'by-header', 'other-app', 'date'),
    ('this review covers next month, so shade the rows of the lets dated in next month',
     'NextMonth({Arrival})', 'rows', 'by-meaning', 'rationale', 'date'),
    ("anything below the column's average gets a check-in, so shade the entire row wherever Nights is below that "
     'average',
     'BelowAverage({Nights})', 'rows', 'by-header', 'rationale'),
]

TABLES["VelodromeLaps"] = _table("""
Rider ID | Cyclist | Event | Race Date | Laps | Gear (inches) | Best Lap (s) | Cadence (rpm) | Licensed? | Notes
VL-184 | Anouk Smit | Keirin | 2024-06-18 | 7 | 111 | 14.17 | 99 | No | chain slipped
VL-138 | Theo Barras | Pursuit | 2024-06-27 | 15 | 101.6 | 16.53 | 104 | No | personal best
VL-121 | Keiko Ueda | Pursuit | 2024-05-20 | 37 | 95.4 | 16.7 | 128 | No | crash in turn 3
VL-122 | Dario Conti | Keirin | 2024-07-08 | 45 | 88.1 | 13.89 | 117 | No | _
VL-151 | Freya Holt | Pursuit | 2024-03-01 | 10 | 96.8 | 18.68 | #VALUE! | No | chain replaced
VL-106 | Theo Barras | Omnium | 2024-06-14 | 41 | 108.7 | 14.01 | 130 | Yes | new frame
VL-123 | Lukas Weber | Sprint | 2024-06-20 | 20 | _ | 16.58 | 123 | No | coach watching
VL-194 | Imogen Tate | Omnium | 2024-06-25 | 14 | 109.2 | 12.78 | 134 | No | chain noisy
VL-109 | Rafael Lobo | Keirin | 2024-05-29 | 53 | 96.5 | 15.59 | 115 | No | tyre swap
VL-181 | Saskia Dorn | Keirin | 2024-06-11 | 19 | 104.6 | DNF | 97 | Yes | wind in back straight
VL-104 | Jonas Berg | Sprint | 2024-06-12 | 47 | 101.2 | 18.06 | 121 | No | steady pace
VL-156 | Mei Chen | Omnium | 2024-06-13 | 58 | 99.3 | 18.02 | _ | No | ~
VL-172 | Saskia Dorn | Sprint | 2024-06-07 | 6 | 84.9 | 19.37 | 133 | No | late entry
VL-161 | Oisin Kerr | Sprint | 2024-06-04 | 57 | 104.8 | 17.53 | 114 | No | warm-up only
""")
ENTRIES["VelodromeLaps"] = [
    ('In Sheets I set "Format cells if: Greater than 20" on Laps. How do I get the same highlight here?',
     'GreaterThan({Laps}, 20)', 'cells', 'by-header', 'other-app'),
    ('check Laps (column E) from row 2 down to row 15, header excluded, and for each value of 20 or above shade '
     'that entire row, every column of it, not just the Laps cell',
     'GreaterThanEqual({Laps}, 20)', 'rows', 'by-header', 'scope-heavy', 'boundary'),
    ('column: Best Lap (s) / when: less than 16.58 / apply to: entire row / colour: pink',
     'LessThan({Best Lap (s)}, 16.58)', 'rows', 'by-header', 'checklist'),
    ('How do I shade the entire row for each Best Lap (s) in column G of 16.58 or less?',
     'LessThanEqual({Best Lap (s)}, 16.58)', 'rows', 'by-header', 'forum', 'boundary'),
    ("• sheet: VelodromeLaps • column: Cyclist • condition: beginning with 'An' • highlight: those cells "
     'only',
     'TextStartsWith({Cyclist}, "An")', 'cells', 'by-header', 'checklist', 'starts-ends'),
    ("this week's batch is the names ending 'it', so colour the Cyclist cells ending in 'it'",
     'TextEndsWith({Cyclist}, "it")', 'cells', 'by-header', 'rationale', 'starts-ends'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Laps in the top '
     '3 values',
     'Top({Laps}, 3)', 'rows', 'by-header', 'scope-heavy', 'superlative'),
    ('Highlight Laps cells among the 3 lowest values in sheet VelodromeLaps',
     'Bottom({Laps}, 3)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('How do I highlight the cells in column H (Cadence (rpm)) in the top 20 percent? Thanks in advance',
     'TopPercent({Cadence (rpm)}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('Coming from LibreOffice Calc: Condition 1 - Cell value is bottom percent, value 20 (on Gear (inches)). Here I '
     'want the entire row formatted',
     'BottomPercent({Gear (inches)}, 20)', 'rows', 'by-header', 'other-app', 'superlative'),
    ("Highlight Laps cells above the column's average in sheet VelodromeLaps",
     'AboveAverage({Laps})', 'cells', 'by-header', 'annotator'),
    ('Highlight Cadence (rpm) cells lower than the column average in sheet VelodromeLaps',
     'BelowAverage({Cadence (rpm)})', 'cells', 'by-header', 'annotator'),
    ('Highlight Cyclist cells repeated elsewhere in the column in sheet VelodromeLaps',
     'Duplicates({Cyclist})', 'cells', 'by-header', 'annotator'),
    ('column: Cyclist / when: found only once in the column / colour: amber',
     'Unique({Cyclist})', 'cells', 'by-header', 'checklist'),
    ('Ticket: highlight request; Column: Notes; Condition: left empty; Apply to: whole row; Fill: pink',
     'Blanks({Notes})', 'rows', 'by-header', 'checklist'),
    ("since a filled-in Notes means there's something to read, highlight the whole row for every entry with Notes "
     'not left blank (sheet VelodromeLaps)',
     'NotBlanks({Notes})', 'rows', 'by-header', 'rationale', 'negation'),
    ('just column H, Cadence (rpm), rows 2 to 15, skip the header row and leave every other column alone: highlight '
     'values showing an Excel error',
     'Errors({Cadence (rpm)})', 'cells', 'by-header', 'scope-heavy'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Cadence (rpm) '
     'free of Excel errors',
     'NotErrors({Cadence (rpm)})', 'rows', 'by-header', 'scope-heavy', 'negation'),
    ("a color scale on G2:G15 only, that's the Best Lap (s) column without its header; nothing else in the sheet",
     'ColorScale({Best Lap (s)})', 'cells', 'by-header', 'scope-heavy'),
    ("data bars on G2:G15 only, that's the Best Lap (s) column without its header; nothing else in the sheet",
     'DataBar({Best Lap (s)})', 'cells', 'by-header', 'scope-heavy'),
    ('column: Best Lap (s) / format: an icon set / cells: all of them',
     'IconSet({Best Lap (s)})', 'cells', 'by-header', 'checklist'),
    ('in the Laps column only (E2:E15, not the header, nothing in the other columns), highlight the cells over 14 '
     'and under 47',
     'AND(GreaterThan({Laps}, 14), LessThan({Laps}, 47))', 'cells', 'by-header', 'scope-heavy'),
    ('since Laps below 14 or above 47 is out of range, highlight the Laps cells out of that range',
     'OR(LessThan({Laps}, 14), GreaterThan({Laps}, 47))', 'cells', 'by-header', 'rationale', 'or'),
    ("from row 2 to the last row, not the header, and the full width of each row: shade the rides that aren't "
     "'Keirin'",
     'NOT(TextEquals({Event}, "Keirin"))', 'rows', 'by-value', 'scope-heavy', 'negation'),
    ('Highlight the rides dated last month in sheet VelodromeLaps, whole rows',
     'LastMonth({Race Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('LibreOffice-style please: Condition 1 on Race Date: Date is This month, and apply the style to the whole row',
     'ThisMonth({Race Date})', 'rows', 'by-header', 'other-app', 'date'),
    ('LibreOffice Calc had Condition 1 = Date is Yesterday on the Race Date cells; do the same here',
     'Yesterday({Race Date})', 'cells', 'by-header', 'other-app', 'date'),
    ('Highlight cells in Race Date dated today in sheet VelodromeLaps',
     'Today({Race Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('since this review covers tomorrow, highlight the rides dated tomorrow, the whole row each',
     'Tomorrow({Race Date})', 'rows', 'by-meaning', 'rationale', 'date'),
    ('LibreOffice Calc had Condition 1 = Date is Next week on the Race Date cells; do the same here',
     'NextWeek({Race Date})', 'cells', 'by-header', 'other-app', 'date'),
    ('this review covers next month, so colour the Race Date cells dated in next month',
     'NextMonth({Race Date})', 'cells', 'by-header', 'rationale', 'date'),
    ("Quick one: I want the Laps cells (column E) lower than the column average to stand out. What's the rule?",
     'BelowAverage({Laps})', 'cells', 'by-header', 'forum'),
]

TABLES["TopiaryGarden"] = _table("""
Shrub Tag | Gardener | Shape | Trim Date | Height (cm) | Age (yrs) | Clippings (kg) | Hours | Wired? | Notes
TG-101 | Agnes Pike | Ball | 2024-06-27 | 201 | 59 | 17.8 | 8.4 | No | box blight spotted
TG-169 | Basil Yeo | Spiral | 2024-05-20 | 67 | 48 | 2.2 | 1.2 | Yes | shears blunt
TG-155 | Cora Lindell | Cone | 2024-07-08 | 205 | 15 | 19.4 | 1.9 | Yes | frost damage
TG-192 | Dmitri Sokol | Spiral | 2024-03-01 | 144 | 57 | 1.1 | 6.3 | Yes | _
TG-161 | Elsie Trow | Ball | 2024-06-14 | 139 | 41 | 13.4 | #REF! | No | box blight treated
TG-188 | Basil Yeo | Cone | 2024-06-20 | 68 | 45 | 4.2 | 5.3 | Yes | looks sharp
TG-148 | Fergus Nye | Spiral | 2024-06-25 | 131 | _ | 7.9 | 1.8 | No | bird nest inside
TG-102 | Gwen Aldous | Spiral | 2024-05-29 | 187 | 29 | 6.4 | 2.9 | No | needs feeding
TG-124 | Hamish Doyle | Peacock | 2024-06-11 | 169 | 40 | 17.4 | 1.7 | Yes | box moth seen
TG-140 | Isla Moran | Peacock | 2024-06-12 | 185 | 35 | skipped | 5.1 | Yes | ladder used
TG-167 | Jasper Quint | Cone | 2024-06-13 | 253 | 23 | 22.2 | 1.3 | Yes | rain stopped work
TG-118 | Kenji Mori | Peacock | 2024-06-07 | 140 | 50 | 21 | _ | Yes | ~
TG-189 | Isla Moran | Ball | 2024-06-04 | 115 | 39 | 2.8 | 6.1 | Yes | uneven top
TG-184 | Lorna Bell | Ball | 2024-06-18 | 101 | 12 | 15.7 | 5.8 | Yes | new growth
""")
ENTRIES["TopiaryGarden"] = [
    ('Airtable brain: filter where Height (cm) > 140, except highlight just those Height (cm) cells',
     'GreaterThan({Height (cm)}, 140)', 'cells', 'by-header', 'other-app'),
    ('How do I highlight the cells in column E (Height (cm)) of 140 or above? Thanks in advance',
     'GreaterThanEqual({Height (cm)}, 140)', 'cells', 'by-header', 'forum', 'boundary'),
    ('Like an Airtable filter "Clippings (kg) < 13.4", but only colour the matching Clippings (kg) cells',
     'LessThan({Clippings (kg)}, 13.4)', 'cells', 'by-header', 'other-app'),
    ('Ticket: highlight request; Column: Clippings (kg); Condition: values of 13.4 or less; Apply to: those cells; '
     'Fill: light green',
     'LessThanEqual({Clippings (kg)}, 13.4)', 'cells', 'by-header', 'checklist', 'boundary'),
    ('How do I shade the entire row for each Height (cm) in column E of exactly 140?',
     'Equals({Height (cm)}, 140)', 'rows', 'by-header', 'forum'),
    ('LibreOffice-style please: Condition 1 on Height (cm): Cell value is not equal to 140, and apply the style to '
     'the whole row',
     'NotEquals({Height (cm)}, 140)', 'rows', 'by-header', 'other-app', 'negation'),
    ('How do I highlight the cells in column G (Clippings (kg)) between 4.2 and 17.8 inclusive? Thanks in advance',
     'Between({Clippings (kg)}, 4.2, 17.8)', 'cells', 'by-header', 'forum', 'boundary'),
    ("column: Height (cm) / when: outside 115 to 187 (115 and 187 themselves don't count) / colour: yellow",
     'NotBetween({Height (cm)}, 115, 187)', 'cells', 'by-header', 'checklist', 'boundary', 'negation'),
    ("from row 2 to the last row, not the header, and the full width of each row: shade the trims of 'Ball'",
     'TextEquals({Shape}, "Ball")', 'rows', 'by-value', 'scope-heavy'),
    ('In Numbers it\'s "Highlight cells if Notes contains \'blight\'"; here I\'d like the whole row highlighted',
     'TextContains({Notes}, "blight")', 'rows', 'by-header', 'other-app'),
    ("a note with 'blight' in it has been dealt with, so shade the entire row for each entry with Notes without "
     "'blight' in the text",
     'TextNotContains({Notes}, "blight")', 'rows', 'by-header', 'rationale', 'negation'),
    ("anything below the column's average gets a check-in, so colour the Hours cells below that average",
     'BelowAverage({Hours})', 'cells', 'by-header', 'rationale'),
    ('each Gardener should appear only once, so colour the Gardener cells appearing more than once in the column',
     'Duplicates({Gardener})', 'cells', 'by-header', 'rationale'),
    ('one-off values are usually typos, so colour the Gardener cells appearing only once in the column',
     'Unique({Gardener})', 'cells', 'by-header', 'rationale'),
    ("Quick one: I want the Notes cells (column J) left empty to stand out. What's the rule?",
     'Blanks({Notes})', 'cells', 'by-header', 'forum'),
    ('Ticket: highlight request; Column: Notes; Condition: values with something in them; Apply to: those cells; '
     'Fill: grey',
     'NotBlanks({Notes})', 'cells', 'by-header', 'checklist', 'negation'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Hours showing '
     'an Excel error',
     'Errors({Hours})', 'rows', 'by-header', 'scope-heavy'),
    ('Highlight Hours cells free of Excel errors in sheet TopiaryGarden',
     'NotErrors({Hours})', 'cells', 'by-header', 'annotator', 'negation'),
    ('Google Sheets has a "Color scale" tab under conditional formatting; I want that on Clippings (kg)',
     'ColorScale({Clippings (kg)})', 'cells', 'by-header', 'other-app'),
    ('Request type: formatting; Column: Clippings (kg); Format: data bars',
     'DataBar({Clippings (kg)})', 'cells', 'by-header', 'checklist'),
    ('since I want to see the spread of Clippings (kg) at a glance, put icons (an icon set) on the Clippings (kg) '
     'cells',
     'IconSet({Clippings (kg)})', 'cells', 'by-header', 'rationale'),
    ('Is there a way to colour the whole row for every entry with Height (cm) (column E) greater than 115 but less '
     'than 187?',
     'AND(GreaterThan({Height (cm)}, 115), LessThan({Height (cm)}, 187))', 'rows', 'by-header', 'forum'),
    ('since Height (cm) below 115 or above 187 is out of range, highlight the Height (cm) cells out of that range',
     'OR(LessThan({Height (cm)}, 115), GreaterThan({Height (cm)}, 187))', 'cells', 'by-header', 'rationale', 'or'),
    ("Highlight cells in Shape other than 'Ball' in sheet TopiaryGarden",
     'NOT(TextEquals({Shape}, "Ball"))', 'cells', 'by-header', 'annotator', 'negation'),
    ('LibreOffice Calc had Condition 1 = Date is This month on the Trim Date cells; do the same here',
     'ThisMonth({Trim Date})', 'cells', 'by-header', 'other-app', 'date'),
    ('Is there a way to colour the whole row for the trims dated yesterday? Thanks in advance',
     'Yesterday({Trim Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('since this review covers today, highlight the trims dated today, the whole row each',
     'Today({Trim Date})', 'rows', 'by-meaning', 'rationale', 'date'),
    ('just column D, Trim Date, rows 2 to 15, skip the header row and leave every other column alone: highlight '
     'values dated tomorrow',
     'Tomorrow({Trim Date})', 'cells', 'by-header', 'scope-heavy', 'date'),
    ('• sheet: TopiaryGarden • test column: Trim Date • condition: dated in the last 7 days • highlight: '
     'the whole row',
     'Last7Days({Trim Date})', 'rows', 'by-header', 'checklist', 'date'),
    ('LibreOffice-style please: Condition 1 on Trim Date: Date is Last week, and apply the style to the whole row',
     'LastWeek({Trim Date})', 'rows', 'by-header', 'other-app', 'date'),
    ('Ticket: highlight request; Column: Trim Date; Condition: values dated in this week; Apply to: those cells; '
     'Fill: light green',
     'ThisWeek({Trim Date})', 'cells', 'by-header', 'checklist', 'date'),
    ('column: Height (cm) / when: lower than the column average / apply to: entire row / colour: yellow',
     'BelowAverage({Height (cm)})', 'rows', 'by-header', 'checklist'),
]

TABLES["SandYachtRaces"] = _table("""
Sail No | Pilot | Class | Heat Date | Wind (knots) | Heat Time (s) | Entry (€) | Top Speed (mph) | Helmet Hired? | Notes
SY-177 | Bastien Roy | Mini | 2024-05-20 | 25 | 797 | 18 | 56.8 | No | capsized at mark
SY-195 | Carys Lloyd | Racer | 2024-07-08 | 32 | 792 | 40 | 23.3 | Yes | clean start
SY-158 | Dirk Jansen | Mini | 2024-03-01 | 24 | 825 | 43 | 22.7 | Yes | sail torn
SY-146 | Elke Vos | Classic | 2024-06-14 | 15 | 360 | 23 | 43 | No | _
SY-145 | Fabien Leclerc | Blokart | 2024-06-20 | 27 | 453 | 22 | #DIV/0! | Yes | capsized twice
SY-133 | Carys Lloyd | Racer | 2024-06-25 | 31 | 547 | 47 | 60.5 | Yes | new wheels
SY-139 | Gemma Price | Mini | 2024-05-29 | 8 | _ | 19 | 42.4 | No | soft sand patch
SY-123 | Henk de Wit | Racer | 2024-06-11 | 17 | 873 | 60 | 34.2 | No | false start
SY-182 | Ilse Maas | Mini | 2024-06-12 | 30 | 436 | 24 | 32.2 | No | sail re-rigged
SY-110 | Jules Moreau | Blokart | 2024-06-13 | 11 | 460 | waived | 40.7 | No | gusty
SY-140 | Katrien Peeters | Classic | 2024-06-07 | 20 | 885 | 34 | 39.3 | Yes | podium
SY-190 | Lars Olsen | Classic | 2024-06-04 | 18 | 783 | 29 | _ | No | ~
SY-188 | Jules Moreau | Classic | 2024-06-18 | 14 | 536 | 55 | 37.6 | Yes | wheel bent
SY-197 | Maud Gervais | Blokart | 2024-06-27 | 22 | 837 | 37 | 28.4 | No | late to grid
""")
ENTRIES["SandYachtRaces"] = [
    ('Is there a way to colour the whole row for every entry with Wind (knots) (column E) above 20?',
     'GreaterThan({Wind (knots)}, 20)', 'rows', 'by-header', 'forum'),
    ('How do I shade the entire row for each Wind (knots) in column E of 20 or above?',
     'GreaterThanEqual({Wind (knots)}, 20)', 'rows', 'by-header', 'forum', 'boundary'),
    ('Highlight Entry (€) cells below 34 in sheet SandYachtRaces',
     'LessThan({Entry (€)}, 34)', 'cells', 'by-header', 'annotator'),
    ('Highlight rows with Entry (€) at most 34 in sheet SandYachtRaces',
     'LessThanEqual({Entry (€)}, 34)', 'rows', 'by-header', 'annotator', 'boundary'),
    ('in the Wind (knots) column only (E2:E15, not the header, nothing in the other columns), highlight the cells '
     'equal to 20',
     'Equals({Wind (knots)}, 20)', 'cells', 'by-header', 'scope-heavy'),
    ('How do I shade the entire row for each Wind (knots) in column E other than 20?',
     'NotEquals({Wind (knots)}, 20)', 'rows', 'by-header', 'forum', 'negation'),
    ('Highlight cells in Entry (€) between 23 and 43 inclusive in sheet SandYachtRaces',
     'Between({Entry (€)}, 23, 43)', 'cells', 'by-header', 'annotator', 'boundary'),
    ("Highlight Wind (knots) cells outside 15 to 27 (15 and 27 themselves don't count) in sheet SandYachtRaces",
     'NotBetween({Wind (knots)}, 15, 27)', 'cells', 'by-header', 'annotator', 'boundary', 'negation'),
    ('across the whole table (every data row, header left alone, every column of the row), highlight the heats of '
     "'Classic'",
     'TextEquals({Class}, "Classic")', 'rows', 'by-value', 'scope-heavy'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Notes with '
     "'capsized' anywhere in the text",
     'TextContains({Notes}, "capsized")', 'rows', 'by-header', 'scope-heavy'),
    ('In Numbers it\'s "Highlight cells if Notes doesn\'t contain \'capsized\'"; here I\'d like the whole row '
     'highlighted',
     'TextNotContains({Notes}, "capsized")', 'rows', 'by-header', 'other-app', 'negation'),
    ("LibreOffice Calc had Condition 1 = Cell value begins with 'Ba' on the Pilot cells; do the same here",
     'TextStartsWith({Pilot}, "Ba")', 'cells', 'by-header', 'other-app', 'starts-ends'),
    ("• sheet: SandYachtRaces • column: Pilot • condition: ending in 'oy' • highlight: those cells only",
     'TextEndsWith({Pilot}, "oy")', 'cells', 'by-header', 'checklist', 'starts-ends'),
    ('since only the best 3 get a prize, highlight the whole row for every entry with Wind (knots) among the 3 '
     'highest',
     'Top({Wind (knots)}, 3)', 'rows', 'by-header', 'rationale', 'superlative'),
    ('Ticket: highlight request; Column: Wind (knots); Condition: values in the bottom 3 values; Apply to: those '
     'cells; Fill: grey',
     'Bottom({Wind (knots)}, 3)', 'cells', 'by-header', 'checklist', 'superlative'),
    ("Quick one: I want the Top Speed (mph) cells (column H) in the top 20% to stand out. What's the rule?",
     'TopPercent({Top Speed (mph)}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('Ticket: highlight request; Column: Heat Time (s); Condition: in the bottom 20 percent; Apply to: whole row; '
     'Fill: amber',
     'BottomPercent({Heat Time (s)}, 20)', 'rows', 'by-header', 'checklist', 'superlative'),
    ('column: Wind (knots) / when: higher than the column average / apply to: entire row / colour: light green',
     'AboveAverage({Wind (knots)})', 'rows', 'by-header', 'checklist'),
    ("Ticket: highlight request; Column: Top Speed (mph); Condition: below the column's average; Apply to: whole "
     'row; Fill: light blue',
     'BelowAverage({Top Speed (mph)})', 'rows', 'by-header', 'checklist'),
    ('Can I get a colour scale on column G (Entry (€))? Thanks',
     'ColorScale({Entry (€)})', 'cells', 'by-header', 'forum'),
    ('Request type: formatting; Column: Entry (€); Format: data bars',
     'DataBar({Entry (€)})', 'cells', 'by-header', 'checklist'),
    ("In LibreOffice I'd pick Format > Conditional > Icon Set for Entry (€). Same here",
     'IconSet({Entry (€)})', 'cells', 'by-header', 'other-app'),
    ('In Sheets I set "Format cells if: Custom formula is =AND($E2>15,$E2<27)" on Wind (knots). How do I get the '
     'same highlight here?',
     'AND(GreaterThan({Wind (knots)}, 15), LessThan({Wind (knots)}, 27))', 'cells', 'by-header', 'other-app'),
    ('Highlight rows with Wind (knots) under 15 or over 27 in sheet SandYachtRaces',
     'OR(LessThan({Wind (knots)}, 15), GreaterThan({Wind (knots)}, 27))', 'rows', 'by-header', 'annotator', 'or'),
    ('across the whole table (every data row, header left alone, every column of the row), highlight the heats that '
     "aren't 'Classic'",
     'NOT(TextEquals({Class}, "Classic"))', 'rows', 'by-value', 'scope-heavy', 'negation'),
    ('Highlight rows with Heat Date dated in last month in sheet SandYachtRaces',
     'LastMonth({Heat Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Highlight rows with Heat Date dated tomorrow in sheet SandYachtRaces',
     'Tomorrow({Heat Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('New to conditional formatting: how do I shade the rows of the heats dated in the last 7 days?',
     'Last7Days({Heat Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('In LibreOffice this is Condition 1: Date is Last week, on Heat Date. Set up the same highlight for those '
     'cells',
     'LastWeek({Heat Date})', 'cells', 'by-header', 'other-app', 'date'),
    ('since this review covers this week, highlight the heats dated in this week, the whole row each',
     'ThisWeek({Heat Date})', 'rows', 'by-meaning', 'rationale', 'date'),
    ('Ticket: highlight request; Column: Heat Date; Condition: dated in next week; Apply to: whole row; Fill: red',
     'NextWeek({Heat Date})', 'rows', 'by-header', 'checklist', 'date'),
    ('Ticket: highlight request; Rows: the heats dated next month; Scope: whole rows; Fill: amber',
     'NextMonth({Heat Date})', 'rows', 'by-meaning', 'checklist', 'date'),
    ("Highlight cells in Wind (knots) below the column's average in sheet SandYachtRaces",
     'BelowAverage({Wind (knots)})', 'cells', 'by-header', 'annotator'),
]

TABLES["AbseilDescents"] = _table("""
Booking Ref | Climber | Site | Descent Date | Drop (m) | Weight (kg) | Fee (A$) | Rope Age (mths) | Own Harness? | Notes
AD-186 | Abby Strand | Viaduct | 2024-07-08 | 39 | 46 | 172 | 30 | Yes | nervous start
AD-154 | Bo Lindgren | Quarry | 2024-03-01 | 34 | 89 | 75 | 24 | Yes | gloves torn
AD-159 | Cal Ferreira | Tower | 2024-06-14 | 28 | 103 | 177 | 12 | Yes | charity jump
AD-156 | Dee Ashworth | Viaduct | 2024-06-20 | 37 | 86 | 169 | 15 | Yes | _
AD-167 | Eli Navarro | Cliff | 2024-06-25 | 49 | 102 | 215 | #N/A | No | nervous at edge
AD-168 | Bo Lindgren | Viaduct | 2024-05-29 | 15 | 59 | 181 | 21 | Yes | filmed descent
AD-160 | Fen Whitaker | Quarry | 2024-06-11 | 14 | _ | 209 | 26 | No | second go
AD-181 | Gil Marsh | Tower | 2024-06-12 | 76 | 93 | 146 | 2 | Yes | rope twisted
AD-183 | Hana Sato | Quarry | 2024-06-13 | 85 | 71 | 168 | 39 | No | nervous again
AD-190 | Ira Goldman | Quarry | 2024-06-07 | 43 | 63 | voucher | 22 | Yes | photo taken
AD-163 | Joss Penrose | Cliff | 2024-06-04 | 89 | 45 | 136 | 32 | Yes | helmet loose
AD-119 | Kai Tamura | Tower | 2024-06-18 | 78 | 80 | 190 | _ | No | ~
AD-149 | Ira Goldman | Viaduct | 2024-06-27 | 66 | 78 | 176 | 18 | No | wind delay
AD-141 | Lu Xiang | Cliff | 2024-05-20 | 48 | 55 | 200 | 35 | No | sponsored
""")
ENTRIES["AbseilDescents"] = [
    ('since Drop (m) has to reach 43 to count, highlight the Drop (m) cells reaching 43 or more',
     'GreaterThanEqual({Drop (m)}, 43)', 'cells', 'by-header', 'rationale', 'boundary'),
    ('Ticket: highlight request; Column: Fee (A$); Condition: values below 176; Apply to: those cells; Fill: orange',
     'LessThan({Fee (A$)}, 176)', 'cells', 'by-header', 'checklist'),
    ('Google Sheets habit: format rules, condition "Less than or equal to 176" for Fee (A$), but for the whole row',
     'LessThanEqual({Fee (A$)}, 176)', 'rows', 'by-header', 'other-app', 'boundary'),
    ('Airtable brain: filter where Drop (m) = 43, except highlight just those Drop (m) cells',
     'Equals({Drop (m)}, 43)', 'cells', 'by-header', 'other-app'),
    ("In Google Sheets I'd use Format rules > Is not equal to 43 on Drop (m) and colour the entire row. Same here",
     'NotEquals({Drop (m)}, 43)', 'rows', 'by-header', 'other-app', 'negation'),
    ('just column G, Fee (A$), rows 2 to 15, skip the header row and leave every other column alone: highlight '
     'values between 168 and 190 inclusive',
     'Between({Fee (A$)}, 168, 190)', 'cells', 'by-header', 'scope-heavy', 'boundary'),
    ("column: Drop (m) / when: outside 34 to 76 (34 and 76 themselves don't count) / apply to: entire row / colour: "
     'grey',
     'NotBetween({Drop (m)}, 34, 76)', 'rows', 'by-header', 'checklist', 'boundary', 'negation'),
    ('across the whole table (every data row, header left alone, every column of the row), highlight the descents '
     "of 'Quarry'",
     'TextEquals({Site}, "Quarry")', 'rows', 'by-value', 'scope-heavy'),
    ('Google Sheets habit: format rules, condition "Text contains \'nervous\'" for Notes, but for the whole row',
     'TextContains({Notes}, "nervous")', 'rows', 'by-header', 'other-app'),
    ("a note with 'nervous' in it has been dealt with, so shade the entire row for each entry with Notes without "
     "'nervous' in the text",
     'TextNotContains({Notes}, "nervous")', 'rows', 'by-header', 'rationale', 'negation'),
    ("In Google Sheets I'd use Format rules > Text starts with 'Ab' on Climber and colour the entire row. Same here",
     'TextStartsWith({Climber}, "Ab")', 'rows', 'by-header', 'other-app', 'starts-ends'),
    ("Is there a way to colour the whole row for every entry with Climber (column B) ending in 'nd'?",
     'TextEndsWith({Climber}, "nd")', 'rows', 'by-header', 'forum', 'starts-ends'),
    ("Quick one: I want the Drop (m) cells (column E) among the 3 highest values to stand out. What's the rule?",
     'Top({Drop (m)}, 3)', 'cells', 'by-header', 'forum', 'superlative'),
    ('the 3 lowest get a review, so shade the entire row wherever Drop (m) is among the 3 lowest',
     'Bottom({Drop (m)}, 3)', 'rows', 'by-header', 'rationale', 'superlative'),
    ('Highlight Rope Age (mths) cells in the top 20% in sheet AbseilDescents',
     'TopPercent({Rope Age (mths)}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('LibreOffice Calc had Condition 1 = Cell value is bottom percent, value 20 on the Weight (kg) cells; do the '
     'same here',
     'BottomPercent({Weight (kg)}, 20)', 'cells', 'by-header', 'other-app', 'superlative'),
    ('Ticket: highlight request; Column: Drop (m); Condition: higher than the column average; Apply to: whole row; '
     'Fill: grey',
     'AboveAverage({Drop (m)})', 'rows', 'by-header', 'checklist'),
    ('How do I highlight the cells in column H (Rope Age (mths)) lower than the column average? Thanks in advance',
     'BelowAverage({Rope Age (mths)})', 'cells', 'by-header', 'forum'),
    ('Highlight rows with Climber repeated elsewhere in the column in sheet AbseilDescents',
     'Duplicates({Climber})', 'rows', 'by-header', 'annotator'),
    ('in the Climber column only (B2:B15, not the header, nothing in the other columns), highlight the cells found '
     'only once in the column',
     'Unique({Climber})', 'cells', 'by-header', 'scope-heavy'),
    ('Is there a way to colour the whole row for every entry with Notes (column J) left empty?',
     'Blanks({Notes})', 'rows', 'by-header', 'forum'),
    ('Is there a way to colour the whole row for every entry with Notes (column J) with something in them?',
     'NotBlanks({Notes})', 'rows', 'by-header', 'forum', 'negation'),
    ('Highlight Rope Age (mths) cells containing an error value in sheet AbseilDescents',
     'Errors({Rope Age (mths)})', 'cells', 'by-header', 'annotator'),
    ('only error-free values go in the report, so shade the entire row for each entry with Rope Age (mths) without '
     'an Excel error',
     'NotErrors({Rope Age (mths)})', 'rows', 'by-header', 'rationale', 'negation'),
    ('column: Descent Date / when: dated in last month / colour: red',
     'LastMonth({Descent Date})', 'cells', 'by-header', 'checklist', 'date'),
    ('since this review covers this month, highlight the Descent Date cells dated in this month',
     'ThisMonth({Descent Date})', 'cells', 'by-header', 'rationale', 'date'),
    ('from row 2 to the last row, not the header, and the full width of each row: shade the descents dated '
     'yesterday',
     'Yesterday({Descent Date})', 'rows', 'by-meaning', 'scope-heavy', 'date'),
    ('Highlight cells in Descent Date dated today in sheet AbseilDescents',
     'Today({Descent Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('How do I shade the entire row for each Descent Date in column D dated in this week?',
     'ThisWeek({Descent Date})', 'rows', 'by-header', 'forum', 'date'),
    ('Highlight rows with Descent Date dated in next week in sheet AbseilDescents',
     'NextWeek({Descent Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('How do I highlight the cells in column D (Descent Date) dated in next month? Thanks in advance',
     'NextMonth({Descent Date})', 'cells', 'by-header', 'forum', 'date'),
    ("Highlight Drop (m) cells below the column's average in sheet AbseilDescents",
     'BelowAverage({Drop (m)})', 'cells', 'by-header', 'annotator'),
]

TABLES["CamelTreks"] = _table("""
Trek ID | Guide | Route | Trek Date | Camels | Distance (km) | Price (AED) | Water (L) | Overnight? | Notes
CT-189 | Rashid Amin | Canyon | 2024-03-01 | 19 | 10.6 | 190 | 42 | No | sandstorm warning
CT-147 | Salma Hadi | Oasis | 2024-06-14 | 4 | 20.2 | 174 | 29 | No | camel limping
CT-198 | Tariq Noor | Sunset | 2024-06-20 | 8 | 11.8 | 518 | 30 | Yes | tea stop
CT-110 | Umm Kulthum Said | Dunes | 2024-06-25 | 14 | 10.2 | 314 | 41 | Yes | _
CT-144 | Walid Fares | Sunset | 2024-05-29 | 2 | 25.8 | 721 | #VALUE! | Yes | sandstorm passed
CT-148 | Salma Hadi | Oasis | 2024-06-11 | 3 | 3.5 | 430 | 21 | No | photo stop
CT-178 | Yara Haddad | Sunset | 2024-06-12 | 17 | _ | 665 | 48 | No | lost sandal
CT-165 | Zaid Karim | Dunes | 2024-06-13 | 9 | 19.4 | 774 | 56 | No | stargazing
CT-114 | Amal Qasim | Canyon | 2024-06-07 | 19 | 33.3 | 234 | 33 | No | sandstorm delay
CT-135 | Bilal Nasser | Dunes | 2024-06-04 | 9 | 24.2 | private | 5 | Yes | extra water
CT-192 | Dana Issa | Dunes | 2024-06-18 | 8 | 16.6 | 752 | 36 | No | honeymoon couple
CT-119 | Faris Aziz | Canyon | 2024-06-27 | 12 | 38.1 | 453 | _ | Yes | ~
CT-183 | Bilal Nasser | Oasis | 2024-05-20 | 6 | 34.4 | 511 | 23 | Yes | slow camel
CT-137 | Hiba Mansour | Oasis | 2024-07-08 | 6 | 20.8 | 652 | 54 | Yes | falcon show
""")
ENTRIES["CamelTreks"] = [
    ('8 is the most we allow for Camels, so shade the entire row wherever Camels is above it',
     'GreaterThan({Camels}, 8)', 'rows', 'by-header', 'rationale'),
    ('across the whole table (every data row, header left alone, every column of the row), highlight the treks of '
     "'Dunes'",
     'TextEquals({Route}, "Dunes")', 'rows', 'by-value', 'scope-heavy'),
    ("check Notes (column J) from row 2 down to row 15, header excluded, and for each value containing 'sandstorm' "
     'shade that entire row, every column of it, not just the Notes cell',
     'TextContains({Notes}, "sandstorm")', 'rows', 'by-header', 'scope-heavy'),
    ("since a note with 'sandstorm' in it has been dealt with, highlight the Notes cells without 'sandstorm' in the "
     'text',
     'TextNotContains({Notes}, "sandstorm")', 'cells', 'by-header', 'rationale', 'negation'),
    ("the 'Ra' names go in the first group, so shade the entire row for each entry with Guide starting with 'Ra'",
     'TextStartsWith({Guide}, "Ra")', 'rows', 'by-header', 'rationale', 'starts-ends'),
    ("Numbers had a highlight rule: Guide ends with 'in'. Recreate it on the Guide cells",
     'TextEndsWith({Guide}, "in")', 'cells', 'by-header', 'other-app', 'starts-ends'),
    ('since only the best 3 get a prize, highlight the whole row for every entry with Camels among the 3 highest',
     'Top({Camels}, 3)', 'rows', 'by-header', 'rationale', 'superlative'),
    ('• sheet: CamelTreks • column: Camels • condition: in the bottom 3 values • highlight: those cells '
     'only',
     'Bottom({Camels}, 3)', 'cells', 'by-header', 'checklist', 'superlative'),
    ('Is there a way to colour the whole row for every entry with Water (L) (column H) in the top 20 percent?',
     'TopPercent({Water (L)}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('Highlight rows with Distance (km) in the bottom 20% in sheet CamelTreks',
     'BottomPercent({Distance (km)}, 20)', 'rows', 'by-header', 'annotator', 'superlative'),
    ("we compare everyone with the column's average, so shade the entire row wherever Camels is above that average",
     'AboveAverage({Camels})', 'rows', 'by-header', 'rationale'),
    ("anything below the column's average gets a check-in, so colour the Water (L) cells below that average",
     'BelowAverage({Water (L)})', 'cells', 'by-header', 'rationale'),
    ('In Numbers it\'s "Highlight cells if Guide is a duplicate". Same thing here please',
     'Duplicates({Guide})', 'cells', 'by-header', 'other-app'),
    ('Is there a way to colour the whole row for every entry with Guide (column B) found only once in the column?',
     'Unique({Guide})', 'rows', 'by-header', 'forum'),
    ('since an empty Notes means nobody filled it in, highlight the Notes cells left blank',
     'Blanks({Notes})', 'cells', 'by-header', 'rationale'),
    ('Ticket: highlight request; Column: Notes; Condition: not left blank; Apply to: whole row; Fill: grey',
     'NotBlanks({Notes})', 'rows', 'by-header', 'checklist', 'negation'),
    ('Highlight rows with Water (L) showing an Excel error in sheet CamelTreks',
     'Errors({Water (L)})', 'rows', 'by-header', 'annotator'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Water (L) '
     'without any error value',
     'NotErrors({Water (L)})', 'rows', 'by-header', 'scope-heavy', 'negation'),
    ('Apply a color scale to Price (AED) in sheet CamelTreks',
     'ColorScale({Price (AED)})', 'cells', 'by-header', 'annotator'),
    ('Apply data bars to Price (AED) in sheet CamelTreks',
     'DataBar({Price (AED)})', 'cells', 'by-header', 'annotator'),
    ('• sheet: CamelTreks • column: Price (AED) • format: icons (an icon set)',
     'IconSet({Price (AED)})', 'cells', 'by-header', 'checklist'),
    ('In Sheets I set "Format cells if: Custom formula is =AND($E2>4,$E2<14)" on Camels. How do I get the same '
     'highlight here?',
     'AND(GreaterThan({Camels}, 4), LessThan({Camels}, 14))', 'cells', 'by-header', 'other-app'),
    ('In Sheets I set "Format cells if: Custom formula is =OR($E2<4,$E2>14)" on Camels. How do I get the same '
     'highlight here?',
     'OR(LessThan({Camels}, 4), GreaterThan({Camels}, 14))', 'cells', 'by-header', 'other-app', 'or'),
    ("Is there a way to colour the whole row for the treks that aren't 'Dunes'? Thanks in advance",
     'NOT(TextEquals({Route}, "Dunes"))', 'rows', 'by-value', 'forum', 'negation'),
    ('this review covers last month, so colour the Trek Date cells dated in last month',
     'LastMonth({Trek Date})', 'cells', 'by-header', 'rationale', 'date'),
    ('Highlight rows with Trek Date dated in this month in sheet CamelTreks',
     'ThisMonth({Trek Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('How do I highlight the cells in column D (Trek Date) dated yesterday? Thanks in advance',
     'Yesterday({Trek Date})', 'cells', 'by-header', 'forum', 'date'),
    ('since this review covers today, highlight the whole row for every entry with Trek Date dated today',
     'Today({Trek Date})', 'rows', 'by-header', 'rationale', 'date'),
    ('Highlight rows for treks dated tomorrow in sheet CamelTreks',
     'Tomorrow({Trek Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Highlight cells in Trek Date dated in the last 7 days in sheet CamelTreks',
     'Last7Days({Trek Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('across the whole table (every data row, header left alone, every column of the row), highlight the treks '
     'dated last week',
     'LastWeek({Trek Date})', 'rows', 'by-meaning', 'scope-heavy', 'date'),
    ('• sheet: CamelTreks • test column: Camels • condition: lower than the column average • highlight: the '
     'whole row',
     'BelowAverage({Camels})', 'rows', 'by-header', 'checklist'),
]

TABLES["KabaddiLeague"] = _table("""
Match No | Raider | Team | Match Date | Raid Points | Tackles | Ticket (₹) | Raid Time (s) | Super Raid? | Notes
KL-148 | Arjun Rathi | Eagles | 2024-06-14 | 17 | 7 | 274 | 28 | Yes | ankle strapped
KL-141 | Bhavna Iyer | Eagles | 2024-06-20 | 24 | 4 | 762 | 23.9 | Yes | bonus point
KL-172 | Chetan Gill | Panthers | 2024-06-25 | 22 | 0 | 181 | 15.7 | No | do-or-die raid
KL-149 | Deepa Nair | Panthers | 2024-05-29 | 15 | 9 | 827 | 28.3 | No | _
KL-175 | Eshan Bhatt | Tigers | 2024-06-11 | 13 | 6 | 865 | #REF! | No | ankle iced
KL-103 | Bhavna Iyer | Bulls | 2024-06-12 | 2 | 6 | 366 | 23.8 | Yes | crowd loud
KL-194 | Farhan Qureshi | Tigers | 2024-06-13 | 10 | _ | 659 | 27.9 | Yes | red card
KL-176 | Gauri Joshi | Bulls | 2024-06-07 | 5 | 4 | 678 | 13.1 | Yes | review won
KL-130 | Harsh Malik | Eagles | 2024-06-04 | 11 | 1 | 769 | 28.9 | No | ankle fine
KL-178 | Ishita Rao | Eagles | 2024-06-18 | 21 | 8 | TBA | 14.8 | No | golden raid
KL-117 | Jai Sandhu | Bulls | 2024-06-27 | 25 | 7 | 542 | 11.6 | Yes | late substitution
KL-153 | Kavya Menon | Tigers | 2024-05-20 | 19 | 9 | 836 | _ | Yes | ~
KL-195 | Ishita Rao | Tigers | 2024-07-08 | 6 | 5 | 484 | 25.5 | Yes | tie-breaker
KL-108 | Lakshay Dutt | Panthers | 2024-03-01 | 18 | 2 | 773 | 19.6 | Yes | rain delay
""")
ENTRIES["KabaddiLeague"] = [
    ('Highlight rows with Raid Points over 15 in sheet KabaddiLeague',
     'GreaterThan({Raid Points}, 15)', 'rows', 'by-header', 'annotator'),
    ('since Raid Points has to reach 15 to count, highlight the whole row for every entry with Raid Points reaching '
     '15 or more',
     'GreaterThanEqual({Raid Points}, 15)', 'rows', 'by-header', 'rationale', 'boundary'),
    ('in the Ticket (₹) column only (G2:G15, not the header, nothing in the other columns), highlight the cells '
     'less than 678',
     'LessThan({Ticket (₹)}, 678)', 'cells', 'by-header', 'scope-heavy'),
    ('in the Ticket (₹) column only (G2:G15, not the header, nothing in the other columns), highlight the cells '
     'at most 678',
     'LessThanEqual({Ticket (₹)}, 678)', 'cells', 'by-header', 'scope-heavy', 'boundary'),
    ('in the Raid Points column only (E2:E15, not the header, nothing in the other columns), highlight the cells of '
     'exactly 15',
     'Equals({Raid Points}, 15)', 'cells', 'by-header', 'scope-heavy'),
    ('just column E, Raid Points, rows 2 to 15, skip the header row and leave every other column alone: highlight '
     'values not equal to 15',
     'NotEquals({Raid Points}, 15)', 'cells', 'by-header', 'scope-heavy', 'negation'),
    ('Highlight rows with Ticket (₹) between 484 and 773 inclusive in sheet KabaddiLeague',
     'Between({Ticket (₹)}, 484, 773)', 'rows', 'by-header', 'annotator', 'boundary'),
    ("Highlight rows with Raid Points outside 10 to 21 (10 and 21 themselves don't count) in sheet KabaddiLeague",
     'NotBetween({Raid Points}, 10, 21)', 'rows', 'by-header', 'annotator', 'boundary', 'negation'),
    ('Highlight Raid Time (s) cells in the top 20% in sheet KabaddiLeague',
     'TopPercent({Raid Time (s)}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('in the Tackles column only (F2:F15, not the header, nothing in the other columns), highlight the cells in the '
     'bottom 20 percent',
     'BottomPercent({Tackles}, 20)', 'cells', 'by-header', 'scope-heavy', 'superlative'),
    ('• sheet: KabaddiLeague • column: Raid Points • condition: higher than the column average • highlight: '
     'those cells only',
     'AboveAverage({Raid Points})', 'cells', 'by-header', 'checklist'),
    ("Ticket: highlight request; Column: Raid Time (s); Condition: below the column's average; Apply to: whole row; "
     'Fill: yellow',
     'BelowAverage({Raid Time (s)})', 'rows', 'by-header', 'checklist'),
    ('Mac Numbers user here: highlight rules where Raider is a duplicate, applied to the entire row',
     'Duplicates({Raider})', 'rows', 'by-header', 'other-app'),
    ('just column B, Raider, rows 2 to 15, skip the header row and leave every other column alone: highlight values '
     'appearing exactly once in the column',
     'Unique({Raider})', 'cells', 'by-header', 'scope-heavy'),
    ('whole rows please, all columns of the row, data rows only (2 to 15, no header): the rows with Notes left '
     'blank',
     'Blanks({Notes})', 'rows', 'by-header', 'scope-heavy'),
    ("Quick one: I want the Notes cells (column J) not left blank to stand out. What's the rule?",
     'NotBlanks({Notes})', 'cells', 'by-header', 'forum', 'negation'),
    ('Highlight Raid Time (s) cells showing an Excel error in sheet KabaddiLeague',
     'Errors({Raid Time (s)})', 'cells', 'by-header', 'annotator'),
    ('only error-free values go in the report, so shade the entire row for each entry with Raid Time (s) without an '
     'Excel error',
     'NotErrors({Raid Time (s)})', 'rows', 'by-header', 'rationale', 'negation'),
    ('only in column G (Ticket (₹)), data rows 2 to 15, header left out, no other column: add a color scale',
     'ColorScale({Ticket (₹)})', 'cells', 'by-header', 'scope-heavy'),
    ("In LibreOffice I'd pick Format > Conditional > Data Bar for Ticket (₹). Same here",
     'DataBar({Ticket (₹)})', 'cells', 'by-header', 'other-app'),
    ('to compare the Ticket (₹) values quickly, add icons (an icon set) to Ticket (₹)',
     'IconSet({Ticket (₹)})', 'cells', 'by-header', 'rationale'),
    ('since Raid Points has to be over 10 and under 21 (neither end counts), highlight the Raid Points cells inside '
     'those limits',
     'AND(GreaterThan({Raid Points}, 10), LessThan({Raid Points}, 21))', 'cells', 'by-header', 'rationale'),
    ('check Raid Points (column E) from row 2 down to row 15, header excluded, and for each value below 10 or above '
     '21 shade that entire row, every column of it, not just the Raid Points cell',
     'OR(LessThan({Raid Points}, 10), GreaterThan({Raid Points}, 21))', 'rows', 'by-header', 'scope-heavy', 'or'),
    ("Highlight cells in Team other than 'Eagles' in sheet KabaddiLeague",
     'NOT(TextEquals({Team}, "Eagles"))', 'cells', 'by-header', 'annotator', 'negation'),
    ('Coming from LibreOffice Calc: Condition 1 - Date is Today (on Match Date). Here I want the entire row '
     'formatted',
     'Today({Match Date})', 'rows', 'by-header', 'other-app', 'date'),
    ('Highlight rows for matches dated tomorrow in sheet KabaddiLeague',
     'Tomorrow({Match Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('since this review covers the last 7 days, highlight the whole row for every entry with Match Date dated in '
     'the last 7 days',
     'Last7Days({Match Date})', 'rows', 'by-header', 'rationale', 'date'),
    ('since this review covers last week, highlight the matches dated in last week, the whole row each',
     'LastWeek({Match Date})', 'rows', 'by-meaning', 'rationale', 'date'),
    ('Is there a way to colour the whole row for every entry with Match Date (column D) dated in this week?',
     'ThisWeek({Match Date})', 'rows', 'by-header', 'forum', 'date'),
    ('New to conditional formatting: how do I shade the rows of the matches dated next week?',
     'NextWeek({Match Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('How do I highlight the cells in column D (Match Date) dated in next month? Thanks in advance',
     'NextMonth({Match Date})', 'cells', 'by-header', 'forum', 'date'),
    ("since anything below the column's average gets a check-in, highlight the whole row for every entry with Raid "
     'Points below that average',
     'BelowAverage({Raid Points})', 'rows', 'by-header', 'rationale'),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
