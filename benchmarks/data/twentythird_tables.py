"""A twenty-third set of table requests, about a third of them header-only, and the builder of
twentythird_tables.json.

Written on 2026-12-07 between 13:39 and 13:53 UTC (by `date -u` on this machine: 13:39:48 at the start)
by engineer E23t, who had read neither the assistant's code nor any set's wordings (but see Slips), so
that the team has table requests nobody has tuned on. The eleven tables (dragon boat races, a pétanque
league's matches, quoits games, a conker championship's bouts, tug of war pulls, steel band gigs, sand
sculpture entries, mudlarking finds, snowshoe tours, a cooperage's barrel orders, birdwatching surveys)
and every request were written from scratch. Each table has 10 columns in the same roles (a code, a name,
a category, a date, four number columns, a yes/no column and free text); headers carry units, currencies
and question marks (`Time (s)`, `Entry (HK$)`, `Stroke Rate (spm)`, `Drummer?`, `Boule Weight (g)`, `Fee
(€)`, `Throw (m)`, `Home Pitch?`, `Throw Length (yd)`, `Stake (£)`, `Quoit (lb)`, `League Game?`, `Mass
(g)`, `Entry (£)`, `String (cm)`, `Past Champ?`, `Weight (kg)`, `Entry (NZ$)`, `Pull Time (s)`,
`Gloves?`, `Set Length (h)`, `Fee (TT$)`, `Crowd Size (k)`, `Sound Hire?`, `Sand Used (t)`, `Height (m)`,
`Prize (€)`, `Build Time (h)`, `Team?`, `Depth (cm)`, `Length (mm)`, `Valuation (£)`, `Age (yrs)`,
`Reported?`, `Distance (mi)`, `Price (CHF)`, `Climb (ft)`, `Rentals?`, `Capacity (L)`, `Price (US$)`,
`Toast (min)`, `Rush Job?`, `Species Seen`, `Hours Out`, `Permit (€)`, `Wind (mph)`, `Rare Bird?`), and
the cells dates, money (plain numbers under a currency header), decimals, codes, yes/no values, free text
(captains, players, throwers, contestants, anchors, leaders, sculptors, finders, guides, customers,
observers, two of them written twice in each table; divisions, formats, beds, age groups, weight classes,
venue types, themes, materials, trails, barrel types, habitats; notes), text in a number column
("waived", "free", "n/a", "comp", "tbc", "pending", "unknown", "private", "on hold", "exempt"), Excel
errors (#N/A, #VALUE!, #DIV/0!, #REF!) and blanks. The number cells were drawn by a seeded random
generator in each column's range (/tmp/e23t/tables.py, `make_table`), then frozen here.

Domains: a short program (/tmp/e23t/domcheck.py, four runs) read the module docstrings of every other
builder in benchmarks/data/ (ast.get_docstring; twentythird_* aside, the twenty-second builders
included) and the `Table` field of every set file there (twentythird_* aside, CamelCase split into
words), and printed one True/False per candidate word (True when named as a whole word with an optional
plural s or es, spaces, dashes and underscores between its words also matched). Dropped as used:
foraging, tobogganing, cave tour, lantern festival, wreath, yodel, coracle, tapestry, weaving, dry stone
wall, marionette, sepak takraw, bell ringing, clock repair, stained glass, blacksmith, hedge laying,
sheepdog trial, curling, canal boat, ice sculpture, kite festival, pipe organ, taxidermy, hot spring,
sauna, luge, dog sledding, sourdough, scuba, bagpipe, cheese cave, tree surgery, well drilling, pinball,
model railway, morris dancing, alpaca, ostrich farm, snail farm, sheep shearing, millinery, cobbler,
barrel, clockmaker, metal detecting, geocaching, orienteering, stargazing, whale watching, oyster farm,
eel, rickshaw, tuk tuk, toboggan run, bingo hall, raffle, gliding, llama, harp, rope, cricket, ice
fishing, sled dog, husky. Unused, and taken: dragon boat, pétanque (and petanque), quoits (and quoit),
conker, tug of war, steel band, sand sculpture, mudlarking, snowshoe, cooperage, birdwatching (and bird
watching) (the cooperage table's category header is `Barrel Type`, "barrel" being used elsewhere as a
word, not as a domain name of its own). Also unused, not taken: glider club, glider, hurdy gurdy, shoe
shine, clog dancing, clog, hang gliding and llama trek (gliding and llama used), cricket farm, wool mill,
hat maker, rope maker, harp school, accordion, banjo, gamelan, didgeridoo, crossword, jigsaw, escape
game, seal colony, seal, boules, paddle board, paddleboard, skittles. A nonsense word (zzzqqq) was asked
once as a control (False).

Styles (the second tag, after the naming, as table_sets and the table test module want it;
table_sets.STYLES is the earlier table sets', this set has its own): `annotator`, the benchmark
annotators' imperative lines ("Highlight X cells ... in sheet T", "Apply data bars to X in sheet T",
"Highlight rows with X ..." or "Highlight rows for the ... in sheet T" exactly where the whole row is
meant); `forum`, a forum question of a sentence or two, with the column letter (always the true column of
the table placed at A1) when it names the column by its header, and none when it names the rows by a
value or by what the date means; four new here: `reported`, the request as someone else's words passed on
("X wants the ... highlighted", "X said: mark ..., only those cells", "passing on a request from X - fill
...", "message from X - highlight the rows of ..."; X one of twelve people or roles); `redo`, the rule
asked again by what was done before, in the past tense ("I had ... in red before, do the same", "it used
to highlight ...; put that back", "someone deleted the rule that shaded the rows of ... - set it up
again", "the X column used to have data bars; put that back"), no date word (week, month, yesterday, ...)
in the frame itself, so that it cannot be read as a date period; `markdown`, the request with markdown or
code marks (bold, `- [ ]` task items, `>` quotes, `##`/`###` headings on their own line, the header and
every literal in backticks); `payload`, the request as a structured payload a program would send: JSON
objects, YAML (newlines, two-space nesting, `- ` list items) or key=value pairs (the AND/OR/NOT rules
only as JSON or YAML), with the column's header, `op` (">", ">=", "<", "<=", "=", "<>", "between",
"not_between" with "min", "max" and "inclusive": true, "text_equals", "contains", "not_contains",
"starts_with", "ends_with"), `all`/`any` lists for AND (> a, < b) and OR (< a, > b), `not` for
NOT(TextEquals), `rule` ("top"/"bottom" with "count" or "percent", "above_average", "below_average",
"duplicate_values", "unique_values", "is_blank", "is_not_blank", "is_error", "no_error", "date_is" with
"period": "yesterday", "today", "tomorrow", "last_7_days", "last_week", "this_week", "next_week",
"this_month", "last_month", "next_month"), `format` ("color_scale", "data_bar", "icon_set") and
"apply_to": "row" or "cell" (none on a visual format); only rules this language writes exactly, always by
header. These examples are of this set's kind; the brief's own examples were not used as requests.

How the requests were written: E23t wrote, in /tmp/e23t/gen.py, an English predicate per function that
follows a noun (two or three wordings each: "over x", "of x or more", "under x", "of at most x", "of
exactly x", "other than x", "between a and b inclusive", "outside a to b (a and b themselves don't
count)", "over a and under b", "under a or over b", "reading exactly 's'", "not reading 's'", "with 's'
anywhere in the text", "starting with 's'", "among the n highest", "in the bottom p%", "above the
column's average", "repeated elsewhere in the column", "found only once in the column", "left blank",
"free of Excel errors", "dated last week", ...), the payload fields above, and frames per style and
scope; the program picks a naming (by-value for about two thirds of TextEquals and NOT, by-meaning for
about a third of the periods, by hash), a style (payload only by header), a wording and a frame by a
stable hash of the table and the function, the scope by the same hash (cells for the visual rules; rows
for every request naming the column by value or meaning; else about half each), and the literal: the
first candidate of the column's own values (numbers nearest the median first, bounds at the quartiles,
words of four letters or more of the notes, the first four letters of the category values, prefixes
and suffixes of two or three letters of the names, category values, n of 3, 2, 4, 5 and p of 20, 25,
30, 10, 15, 40) for which everyday_tables' `problems` finds nothing on the full table. The entries below
are that program's output, frozen (written by /tmp/e23t/assemble.py, which also checks the line length);
nothing was reworded by hand afterwards. Decided before the first build and written in gen.py (a
`second` argument), never needed: had a function been in one half only, every table would have been
given a second draft of it (another column where there is one, wording by the hash of the table, the
function and "second"), added, nothing reworded. Requests keep Excel's semantics: comparisons other
than LessThan, LessThanEqual and Between are only on the two number columns that hold no text (E and F;
F holds one "" blank), LessThan, LessThanEqual, Between and the visual rules on the column with a text
cell (G) where it passes (else E for the first three, H for the visual rules), the error and
errors-not rules, TopPercent and BelowAverage first on the column with an error and a blank (H), the
other ranks and AboveAverage on E, F or G, Blanks
and NotBlanks on the notes (both "" and a lone space " "), text rules on the name, category and notes
columns, Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 13:39:48, and about
six times while working and at the end); `cat` of /work/team/brief23.md (the brief) and `ls` of
/work/team and benchmarks/data (file names); `python -c "import cf_assistant"` (ok); of
benchmarks/data/twentysecond_tables.py a `grep -nE` anchored on top-level names, imports and the main
block (its imports, constants, TABLES/ENTRIES and the main block's line numbers), `sed -n 1,240p` (its
docstring, imports, constants and helper code, up to the line before its first table), an `awk` of its
top-level lines after line 240 cut to 60 characters, last 40 (see Slips), `wc -l` (1297) and a `sed -n
1290,1310p` with lines starting "(" or a quote filtered out (the closing bracket, the bind and the main
block); `wc -l` of table_sets.py, column_sets.py, everyday_common.py, the table test module, set_files.py
and CF_RULES.md; `cat` of table_sets.py, tests/benchmarks/test_table_sets_data.py, column_sets.py,
everyday_common.py and ../shared/docs/CF_RULES.md; of tests/benchmarks/set_files.py a `grep -n` of its
`def` and constant lines, `sed -n 1,16p` (docstring, imports, constants) and `sed -n 13,132p` (its
constants and check functions); the first 12,000 characters of benchmarks/data/README.md, each line cut
to 300 characters (its rows up to sixth_cf); a `grep -n` of the README's twentysecond_tables row cut to
140 characters and two `grep -c` (see Slips); of cf_assistant.languages.cf: parse/to_text on 28 made-up
rules for the canonical spelling; `inspect.signature` and the first 600 characters of the docstrings of
everyday_tables' `build_record` and `problems` (see Slips). The drafting programs' runs:
/tmp/e23t/tables.py (three runs: each table's row count and widest line, the first table's header and
three rows, then the lines over 118 characters: the header lines, shortened before any request was
drafted); /tmp/e23t/gen.py (a KeyError for the visual rules' payload, then "351 drafts; no passing
literal: [('ConkerChampionship', 'NotBlanks')]", whose `problems` was printed: another column gave the
same rows, the notes' blanks sharing rows with H's blank; the tables' blanks of J were then drawn off the
rows of F's blank and H's blank and error, and "352 drafts; no passing literal: []"); /tmp/e23t/show.py,
printouts of this set's own drafts (their style, scope and naming counts; every ninth draft, the payload
drafts and the forum drafts, in part), read for wording: fixed before the first build were the YAML
quoting of op names with an underscore and of yes/no-like words, "with something filled in in", the forum
frame "is of at most x" (the "of " dropped after "is"), by-value and by-meaning forum drafts that named
the header (now no header and no letter), and by-value raised from about a third to about two thirds of
TextEquals and NOT (only 3 drafts had it); /tmp/e23t/assemble.py (runs: "352 drafts; lines over 120: 0"
each time, by characters); the first build (`python benchmarks/data/twentythird_tables.py`, output to a
file; its first two lines and a program printing functions missing a half: none), then the same file's
counts per table, scope, naming, style and tag and its seven thinnest functions; the program that edited
the table test module (it printed "replaced 5"), `grep -c` of "twentythird" in it (5), an `awk` of its
long lines (0) and `sed -n 1,8p` of its docstring; `python -m pytest -q` of
tests/benchmarks/test_table_sets_data.py (`-k twentythird`: 8 passed; then whole: 152 passed; then `-k
twentythird` again with twentythird_cf.json beside: 8 passed) and
tests/benchmarks/test_sets_are_the_projects_own.py (53 passed, then 54 passed with twentythird_cf.json
beside); the program that put the README row in (it printed that it found one twentysecond_tables row and
no twentythird_tables row, and "inserted"), `grep -c` of the two twentythird README rows (1 and 0, then 1
and 1 once twentythird_cf's row was there, not read); `ls` of benchmarks/data filtered on "twentythird"
(twice, file names: twentythird_cf.py, later twentythird_cf.json too, not opened); six rebuilds with a
`cmp` against a copy of the first build's file (the same each time; one through `head -1` ended with a
broken pipe after the file was written, the later ones with twentythird_cf.json beside), a program
rewrapping this docstring's paragraphs that had a line over 110 characters, an `awk` of the builder's
lines over 120 characters (one, in this docstring, then none) and a Python count of its docstring's
length and its widest line.

Slips: (1) The `awk` of twentysecond_tables.py's top-level lines after line 240 (meant to show only its
TABLES/ENTRIES lines, the bind and the main block) also printed, cut to 60 characters, the lines at
column 0 of its last tables: three data rows of AbseilDescents and the header and data rows of
CamelTreks and KabaddiLeague (cells only; their entries' lines are indented and were not printed). (2)
The `grep -n` of the README's twentysecond_tables row printed its first 140 characters (file names, the
record count, the split and the start of its description), perhaps past the first 12,000 characters.
(3) To call everyday_tables as table_sets does, its `build_record` and `problems` signatures and the
first 600 characters of their docstrings were printed (everyday_tables.py is not on the brief's list;
nothing else of it was read, none of its entries). No draft was reworded or dropped after the split was
seen; no record was added after it. The two engineers kept apart scratch folders (/tmp/e23t here);
nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (but Slips);
`git log`, `git show`, any diff's content, `git diff --stat` (no git command was run);
../shared/docs/EVALUATION.md and ../shared/data (the train split is compared by the builder's program
only); tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of the other
builders (but Slips); README.md past its first 12,000 characters (but Slips); twentythird_cf.py and any
twentythird_cf.json (written beside this set by engineer E23c; the builder compares with any set file
beside it by program only, as table_sets.requests_elsewhere does); the utterances or tables of any JSON
file (compared with this set's by program only, never printed; the domain check read their `Table`
fields and printed True/False only). No request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to twentysecond_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows ("whole row",
"entire row", "whole rows", "Highlight rows with/for", "apply_to": "row", "the rows of", "rows for"),
"cells" otherwise; `naming` says how the request names the tested column: `by-header` (its header as
written, or its letter), `by-meaning` (the rows by what the date means: "the gigs dated next week") or
`by-value` (only values of it: "the 'Wedding' gigs", "the races that aren't 'Senior'"). Each rule tests
one column. Every record is first built and checked on its full table (everyday_tables' `build_record`
with IDs prefixed `t23t-`; its `problems`: a record that formats no row or every row, whose near misses
its table cannot tell apart, text operators exempt, or whose rule formats the same rows on another
column is refused), and a request already written (case aside) in any other set file of benchmarks/data/
or in the benchmark's train split (../shared/data/cf/train.json, on this machine) is refused, as is a
column letter or range that is not the rule's column (none was). Then the records picked by a stable hash
of the ID (about one in three, `table_sets.header_only`) are written with `Data` = [header row],
`Labels` = [] and the tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in
the table text below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date
comparisons are not written, date periods are (each table's date column holds the fourteen days 06-11,
06-12, 06-13, 06-07, 06-04, 06-18, 06-27, 05-20, 07-08, 03-01, 06-14, 06-20, 06-25 and 05-29, rotated by
the table's place, so that the ten periods tell apart). Labels follow Excel: a blank compares as 0, any
text is greater than any number, an error is neither blank nor formatted by a comparison, text tests
ignore case. Every comparison's threshold and every Between bound is a value of its column (so that "at
least" and "more than" differ there). Each table leaves out seven of the 31 functions that are not date
periods and two of the ten periods, in turn (table k leaves out the functions 7k to 7k+6 and the periods
2k and 2k+1 of a fixed order, mod 31 and 10): 32 records a table.

Tags: the naming, the style, then any of `boundary`, `negation`, `or`, `superlative`, `starts-ends`,
`date`, then `header-only` where the rows were dropped, then `twentythird` (last). Every one of the 41
top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentythird_tables.py` prints them): 352 records, dev 163 / test
189; 11 tables of 10 columns and 14 data rows each (32 records a table); 111 header-only records (32%;
dev 57, test 54); scope rows 184 (52%) / cells 168; naming by-header 316, by-meaning 26, by-value 10 (10%
not by header); styles forum 69, annotator 64, redo 59, reported 58, markdown 55, payload 47; every one
of the 41 top functions in both halves (the thinnest: AND, Errors and TextEquals with one record in dev).

Rebuild: `python benchmarks/data/twentythird_tables.py` (prints the counts per split, table, scope,
naming, style, tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentythird_tables.json"
PREFIX = "t23t"
TAG = "twentythird"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: a request passed on in someone else's words,
# a rule asked again by what was done before, markdown or code marks, and a program's payload.
STYLES = ("annotator", "forum", "reported", "redo", "markdown", "payload")
# The requests of every other set file in this folder (these 51 at the time of writing,
# and any written since, e.g. twentythird_cf.json, written at the same time by another engineer)
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
              'twentysecond_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}

TABLES["DragonBoatRaces"] = _table("""
Race ID | Captain | Division | Race Date | Paddlers | Time (s) | Entry (HK$) | Stroke Rate (spm) | Drummer? | Notes
DB-160 | Mei Chan | Senior | 2024-06-11 | 14 | 45.4 | 419 | 71 | No | false start
DB-100 | Ruby Lam | Open | 2024-06-12 | 18 | 59.4 | 670 | #N/A | No | steering oar cracked
DB-157 | Sunny Yip | Open | 2024-06-13 | 20 | _ | 498 | 68 | No | best season time
DB-175 | Xavier Mok | Senior | 2024-06-07 | 21 | 46.9 | 254 | 79 | No | rain delay
DB-128 | Ruby Lam | Women | 2024-06-04 | 17 | 50.8 | 291 | 76 | Yes | calm water
DB-151 | Tina Kwok | Mixed | 2024-06-18 | 18 | 63.3 | 872 | 77 | No | protest lodged
DB-133 | Wendy Fung | Mixed | 2024-06-27 | 10 | 61.7 | 616 | 61 | No | borrowed boat
DB-171 | Yvonne Sze | Mixed | 2024-05-20 | 22 | 53.1 | 570 | 57 | Yes | photo finish
DB-163 | Lina Wong | Senior | 2024-07-08 | 11 | 46.8 | 735 | 79 | Yes | late to marshal
DB-119 | Xavier Mok | Senior | 2024-03-01 | 14 | 62.3 | 543 | _ | Yes | capsized at turn
DB-149 | Kenji Ho | Open | 2024-06-14 | 11 | 62.5 | 674 | 60 | No | lane 3 choppy
DB-177 | Oscar Tse | Mixed | 2024-06-20 | 21 | 73.5 | 834 | 65 | No | ~
DB-148 | Vince Lau | Open | 2024-06-25 | 12 | 47.9 | 361 | 56 | Yes | _
DB-189 | Pak Leung | Open | 2024-05-29 | 14 | 45.8 | waived | 61 | Yes | new drummer
""")

ENTRIES["DragonBoatRaces"] = [
    ('Highlight Notes cells left blank in sheet DragonBoatRaces',
     'Blanks({Notes})', 'cells', 'by-header', 'annotator'),
    ('I used to have the races with Stroke Rate (spm) holding an error value such as #N/A highlighted as whole '
     'rows; do the same again',
     'Errors({Stroke Rate (spm)})', 'rows', 'by-header', 'redo'),
    ('the Entry (HK$) column used to have a colour scale; put that back',
     'ColorScale({Entry (HK$)})', 'cells', 'by-header', 'redo'),
    ('column: Paddlers\nall:\n  - op: ">"\n    value: 12\n  - op: "<"\n    value: 20\napply_to: cell',
     'AND(GreaterThan({Paddlers}, 12), LessThan({Paddlers}, 20))', 'cells', 'by-header', 'payload'),
    ('passing on a request from the club secretary - fill the Paddlers cells of at least 14',
     'GreaterThanEqual({Paddlers}, 14)', 'cells', 'by-header', 'reported', 'boundary'),
    ('Is there a way to shade entire rows when column G (Entry (HK$)) is at most 570?',
     'LessThanEqual({Entry (HK$)}, 570)', 'rows', 'by-header', 'forum', 'boundary'),
    ("Highlight rows with Paddlers outside 12 to 20 (12 and 20 themselves don't count) in sheet DragonBoatRaces",
     'NotBetween({Paddlers}, 12, 20)', 'rows', 'by-header', 'annotator', 'boundary', 'negation'),
    ("Trying to highlight the races that aren't 'Senior' as whole rows. Any tips?",
     'NOT(TextEquals({Division}, "Senior"))', 'rows', 'by-value', 'forum', 'negation'),
    ("Highlight Notes cells without 'false' anywhere in them in sheet DragonBoatRaces",
     'TextNotContains({Notes}, "false")', 'cells', 'by-header', 'annotator', 'negation'),
    ('message from the club secretary - highlight the rows of the races with Paddlers in the bottom 4',
     'Bottom({Paddlers}, 4)', 'rows', 'by-header', 'reported', 'superlative'),
    ('my team lead said: mark the Captain cells that appear just once in the column, only those cells',
     'Unique({Captain})', 'cells', 'by-header', 'reported'),
    ('it used to colour the rows of the races with Notes that have something in them, put that back',
     'NotBlanks({Notes})', 'rows', 'by-header', 'redo', 'negation'),
    ('How can I colour the whole row for the races with Stroke Rate (spm) free of Excel errors? Stroke Rate (spm) '
     'is column H, data from row 2.',
     'NotErrors({Stroke Rate (spm)})', 'rows', 'by-header', 'forum', 'negation'),
    ('Obi wants data bars on the Entry (HK$) column',
     'DataBar({Entry (HK$)})', 'cells', 'by-header', 'reported'),
    ('Is there a way to shade entire rows when column E (Paddlers) is under 12 or over 20?',
     'OR(LessThan({Paddlers}, 12), GreaterThan({Paddlers}, 20))', 'rows', 'by-header', 'forum', 'or'),
    ('message from Rosa - highlight the rows of the races with Paddlers equal to 14',
     'Equals({Paddlers}, 14)', 'rows', 'by-header', 'reported'),
    ('column: Paddlers\nop: "<>"\nvalue: 14\napply_to: row',
     'NotEquals({Paddlers}, 14)', 'rows', 'by-header', 'payload', 'negation'),
    ("How do I highlight the cells in column B (Captain) beginning with 'Me'?",
     'TextStartsWith({Captain}, "Me")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ('column: Captain\nop: ends_with\nvalue: an\napply_to: cell',
     'TextEndsWith({Captain}, "an")', 'cells', 'by-header', 'payload', 'starts-ends'),
    ('Is there a way to shade entire rows when column H (Stroke Rate (spm)) is in the top 20%?',
     'TopPercent({Stroke Rate (spm)}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('column: Paddlers\nrule: bottom\npercent: 20\napply_to: cell',
     'BottomPercent({Paddlers}, 20)', 'cells', 'by-header', 'payload', 'superlative'),
    ('passing on a request from my team lead - fill the Paddlers cells higher than the column average',
     'AboveAverage({Paddlers})', 'cells', 'by-header', 'reported'),
    ("last time we coloured the Stroke Rate (spm) cells below the column's average. Redo that rule",
     'BelowAverage({Stroke Rate (spm)})', 'cells', 'by-header', 'redo'),
    ('Apply traffic-light icons to Entry (HK$) in sheet DragonBoatRaces',
     'IconSet({Entry (HK$)})', 'cells', 'by-header', 'annotator'),
    ('my boss wants the races with Race Date falling in this month flagged, whole rows',
     'ThisMonth({Race Date})', 'rows', 'by-header', 'reported', 'date'),
    ('- [ ] fill the `Race Date` cells falling in next week',
     'NextWeek({Race Date})', 'cells', 'by-header', 'markdown', 'date'),
    ('Highlight rows with Race Date from the last 7 days in sheet DragonBoatRaces',
     'Last7Days({Race Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('{"column": "Race Date", "rule": "date_is", "period": "tomorrow", "apply_to": "row"}',
     'Tomorrow({Race Date})', 'rows', 'by-header', 'payload', 'date'),
    ('my team lead wants the races dated last month flagged, whole rows',
     'LastMonth({Race Date})', 'rows', 'by-meaning', 'reported', 'date'),
    ('> highlight the `Race Date` cells dated this week',
     'ThisWeek({Race Date})', 'cells', 'by-header', 'markdown', 'date'),
    ('How can I colour the whole row for the races with Race Date dated today? Race Date is column D, data from row '
     '2.',
     'Today({Race Date})', 'rows', 'by-header', 'forum', 'date'),
    ('Highlight rows for the races dated next month in sheet DragonBoatRaces',
     'NextMonth({Race Date})', 'rows', 'by-meaning', 'annotator', 'date'),
]

TABLES["PetanqueLeague"] = _table("""
Match Ref | Player | Format | Match Date | Points | Boule Weight (g) | Fee (€) | Throw (m) | Home Pitch? | Notes
PL-127 | Hugo Lemaire | Singles | 2024-06-12 | 10 | 789.1 | 13 | #VALUE! | Yes | shade by noon
PL-125 | Karine Vidal | Doubles | 2024-06-13 | 1 | 688.1 | free | 7.74 | Yes | umpire called
PL-142 | Bruno Petit | Triples | 2024-06-07 | 13 | 708.2 | 4 | 8.02 | No | gravel pitch
PL-135 | Fabien Noël | Singles | 2024-06-04 | 11 | 674.3 | 7 | _ | Yes | tie break
PL-186 | Didier Blanc | Triples | 2024-06-18 | 5 | 768.0 | 12 | 6.67 | Yes | new boules
PL-105 | Jules Perrin | Doubles | 2024-06-27 | 5 | 663.7 | 14 | 6.53 | Yes | played under lights
PL-109 | Léon Masson | Singles | 2024-05-20 | 12 | 692.7 | 14 | 8.98 | No | dusty ground
PL-170 | Karine Vidal | Singles | 2024-07-08 | 6 | 735.9 | 14 | 6.21 | No | ~
PL-123 | Elise Marchand | Triples | 2024-03-01 | 9 | 706.0 | 10 | 9.12 | No | carreau scored
PL-173 | Inès Garnier | Doubles | 2024-06-14 | 3 | 664.0 | 12 | 6.18 | No | jack moved
PL-165 | Chloé Faure | Doubles | 2024-06-20 | 2 | 785.4 | 14 | 9.92 | Yes | _
PL-154 | Bruno Petit | Triples | 2024-06-25 | 8 | 730.9 | 13 | 9.41 | No | close measure
PL-189 | Gisèle Brun | Triples | 2024-05-29 | 12 | 770.5 | 4 | 8.32 | Yes | late start
PL-136 | Aline Roux | Triples | 2024-06-11 | 10 | _ | 15 | 8.78 | Yes | wind from north
""")

ENTRIES["PetanqueLeague"] = [
    ('passing on a request from my team lead - fill the Points cells over 8',
     'GreaterThan({Points}, 8)', 'cells', 'by-header', 'reported'),
    ('**highlight** whole rows: the matches with `Fee (€)` less than `13`',
     'LessThan({Fee (€)}, 13)', 'rows', 'by-header', 'markdown'),
    ('{"column": "Fee (€)", "op": "between", "min": 7, "max": 14, "inclusive": true, "apply_to": "row"}',
     'Between({Fee (€)}, 7, 14)', 'rows', 'by-header', 'payload', 'boundary'),
    ("Highlight Format cells reading exactly 'Singles' in sheet PetanqueLeague",
     'TextEquals({Format}, "Singles")', 'cells', 'by-header', 'annotator'),
    ('## To do\nhighlight the entire row for the matches with `Notes` with `shade` anywhere in the text',
     'TextContains({Notes}, "shade")', 'rows', 'by-header', 'markdown'),
    ('How can I colour the whole row for the matches with Points in the top 4? Points is column E, data from row 2.',
     'Top({Points}, 4)', 'rows', 'by-header', 'forum', 'superlative'),
    ('How do I highlight the cells in column B (Player) repeated elsewhere in the column?',
     'Duplicates({Player})', 'cells', 'by-header', 'forum'),
    ("Trying to highlight the matches that aren't 'Singles' as whole rows. Any tips?",
     'NOT(TextEquals({Format}, "Singles"))', 'rows', 'by-value', 'forum', 'negation'),
    ('column: Notes\nop: not_contains\nvalue: umpire\napply_to: row',
     'TextNotContains({Notes}, "umpire")', 'rows', 'by-header', 'payload', 'negation'),
    ('last time we coloured the Points cells among the 3 lowest. Redo that rule',
     'Bottom({Points}, 3)', 'cells', 'by-header', 'redo', 'superlative'),
    ('## To do\nhighlight the entire row for the matches with `Player` that appear just once in the column',
     'Unique({Player})', 'rows', 'by-header', 'markdown'),
    ("Highlight Notes cells that aren't blank in sheet PetanqueLeague",
     'NotBlanks({Notes})', 'cells', 'by-header', 'annotator', 'negation'),
    ('How can I colour the whole row for the matches with Throw (m) without an error value? Throw (m) is column H, '
     'data from row 2.',
     'NotErrors({Throw (m)})', 'rows', 'by-header', 'forum', 'negation'),
    ('Apply data bars to Fee (€) in sheet PetanqueLeague',
     'DataBar({Fee (€)})', 'cells', 'by-header', 'annotator'),
    ('Quick one: I need the Points cells (column E) under 3 or over 11 highlighted, just those cells.',
     'OR(LessThan({Points}, 3), GreaterThan({Points}, 11))', 'cells', 'by-header', 'forum', 'or'),
    ('> highlight the `Points` cells of exactly `8`',
     'Equals({Points}, 8)', 'cells', 'by-header', 'markdown'),
    ('Highlight rows with Points other than 8 in sheet PetanqueLeague',
     'NotEquals({Points}, 8)', 'rows', 'by-header', 'annotator', 'negation'),
    ("How can I colour the whole row for the matches with Player starting with 'Hu'? Player is column B, data from "
     'row 2.',
     'TextStartsWith({Player}, "Hu")', 'rows', 'by-header', 'forum', 'starts-ends'),
    ("my boss wants the Player cells ending with 're' highlighted",
     'TextEndsWith({Player}, "re")', 'cells', 'by-header', 'reported', 'starts-ends'),
    ('message from Rosa - highlight the rows of the matches with Throw (m) in the top 20%',
     'TopPercent({Throw (m)}, 20)', 'rows', 'by-header', 'reported', 'superlative'),
    ('How can I colour the whole row for the matches with Points in the bottom 20%? Points is column E, data from '
     'row 2.',
     'BottomPercent({Points}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('Sven from accounts wants the Points cells higher than the column average highlighted',
     'AboveAverage({Points})', 'cells', 'by-header', 'reported'),
    ('## To do\nhighlight the entire row for the matches with `Throw (m)` lower than the column average',
     'BelowAverage({Throw (m)})', 'rows', 'by-header', 'markdown'),
    ('Can anyone tell me how to show Fee (€) (column G) as an icon set?',
     'IconSet({Fee (€)})', 'cells', 'by-header', 'forum'),
    ('- [ ] colour rows for the matches with `Match Date` falling in last week',
     'LastWeek({Match Date})', 'rows', 'by-header', 'markdown', 'date'),
    ('- [ ] colour rows for the matches with `Match Date` dated yesterday',
     'Yesterday({Match Date})', 'rows', 'by-header', 'markdown', 'date'),
    ('last time we coloured the Match Date cells dated in the last 7 days. Redo that rule',
     'Last7Days({Match Date})', 'cells', 'by-header', 'redo', 'date'),
    ('How do I highlight the cells in column D (Match Date) dated tomorrow?',
     'Tomorrow({Match Date})', 'cells', 'by-header', 'forum', 'date'),
    ('I used to have the matches with Match Date falling in last month highlighted as whole rows; do the same again',
     'LastMonth({Match Date})', 'rows', 'by-header', 'redo', 'date'),
    ('{"column": "Match Date", "rule": "date_is", "period": "this_week", "apply_to": "cell"}',
     'ThisWeek({Match Date})', 'cells', 'by-header', 'payload', 'date'),
    ('## To do\nhighlight the entire row for the matches dated today',
     'Today({Match Date})', 'rows', 'by-meaning', 'markdown', 'date'),
    ('it used to colour the rows of the matches with Match Date falling in next month, put that back',
     'NextMonth({Match Date})', 'rows', 'by-header', 'redo', 'date'),
]

TABLES["QuoitsMatches"] = _table("""
Game No | Thrower | Bed | Game Date | Ringers | Throw Length (yd) | Stake (£) | Quoit (lb) | League Game? | Notes
QM-106 | Frank Liddle | Grass | 2024-06-13 | 10 | 9.78 | 4 | 7.5 | No | hob knocked loose
QM-139 | Gordon Bell | Sand | 2024-06-07 | 5 | 8.03 | 11 | #DIV/0! | Yes | new hob pin
QM-157 | Jack Coulson | Sand | 2024-06-04 | 8 | 9.14 | 14 | 5.3 | Yes | wet clay
QM-186 | Harold Tait | Grass | 2024-06-18 | 0 | 9.88 | 10 | 5.6 | No | fog rolled in
QM-135 | Ken Ridley | Sand | 2024-06-27 | 3 | _ | 8 | 4.7 | Yes | club final
QM-109 | Ivor Reed | Grass | 2024-05-20 | 11 | 9.97 | 18 | 5.7 | Yes | gater ruled
QM-129 | Alf Dobson | Grass | 2024-07-08 | 10 | 8.25 | 18 | _ | Yes | measured twice
QM-101 | Eddie Storey | Sand | 2024-03-01 | 5 | 9.27 | n/a | 5.7 | No | pub side
QM-147 | Dennis Pratt | Clay | 2024-06-14 | 9 | 10.69 | 2 | 7.1 | Yes | ~
QM-128 | Alf Dobson | Grass | 2024-06-20 | 3 | 8.96 | 14 | 5.8 | Yes | sun in eyes
QM-188 | Dennis Pratt | Grass | 2024-06-25 | 11 | 10.11 | 7 | 4.4 | No | replayed end
QM-181 | Cyril Hume | Grass | 2024-05-29 | 6 | 9.92 | 16 | 5.4 | No | _
QM-104 | Bert Nixon | Sand | 2024-06-11 | 1 | 8.13 | 19 | 4.3 | No | ringer disputed
QM-146 | Len Atkinson | Clay | 2024-06-12 | 10 | 10.65 | 8 | 6.0 | No | heavy quoits
""")

ENTRIES["QuoitsMatches"] = [
    ('column="Ringers" op=">" value=6 apply_to="row"',
     'GreaterThan({Ringers}, 6)', 'rows', 'by-header', 'payload'),
    ('- [ ] fill the `Stake (£)` cells less than `11`',
     'LessThan({Stake (£)}, 11)', 'cells', 'by-header', 'markdown'),
    ('- [ ] colour rows for the games with `Stake (£)` from `7` to `16`, both ends included',
     'Between({Stake (£)}, 7, 16)', 'rows', 'by-header', 'markdown', 'boundary'),
    ('**highlight** whole rows: the `Grass` games',
     'TextEquals({Bed}, "Grass")', 'rows', 'by-value', 'markdown'),
    ('column="Notes" op="contains" value="knocked" apply_to="row"',
     'TextContains({Notes}, "knocked")', 'rows', 'by-header', 'payload'),
    ('Highlight Throw Length (yd) cells in the top 3 in sheet QuoitsMatches',
     'Top({Throw Length (yd)}, 3)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('message from Sven from accounts - highlight the rows of the games with Thrower repeated elsewhere in the '
     'column',
     'Duplicates({Thrower})', 'rows', 'by-header', 'reported'),
    ('message from Marguerite - highlight the rows of the games with Notes that are empty',
     'Blanks({Notes})', 'rows', 'by-header', 'reported'),
    ('Tomasz said: colour the entire row for the games with Quoit (lb) showing an Excel error',
     'Errors({Quoit (lb)})', 'rows', 'by-header', 'reported'),
    ('column="Stake (£)" format="color_scale"',
     'ColorScale({Stake (£)})', 'cells', 'by-header', 'payload'),
    ('Highlight rows with Ringers greater than 3 but less than 9 in sheet QuoitsMatches',
     'AND(GreaterThan({Ringers}, 3), LessThan({Ringers}, 9))', 'rows', 'by-header', 'annotator'),
    ('How do I highlight the cells in column E (Ringers) of 6 or more?',
     'GreaterThanEqual({Ringers}, 6)', 'cells', 'by-header', 'forum', 'boundary'),
    ('> highlight the `Stake (£)` cells no higher than `11`',
     'LessThanEqual({Stake (£)}, 11)', 'cells', 'by-header', 'markdown', 'boundary'),
    ('Highlight rows with Ringers not between 3 and 9 (the ends count as between) in sheet QuoitsMatches',
     'NotBetween({Ringers}, 3, 9)', 'rows', 'by-header', 'annotator', 'boundary', 'negation'),
    ('I had the Ringers cells below 3 or above 9 in red before, do the same',
     'OR(LessThan({Ringers}, 3), GreaterThan({Ringers}, 9))', 'cells', 'by-header', 'redo', 'or'),
    ('Highlight Ringers cells of exactly 6 in sheet QuoitsMatches',
     'Equals({Ringers}, 6)', 'cells', 'by-header', 'annotator'),
    ('Highlight Ringers cells not equal to 6 in sheet QuoitsMatches',
     'NotEquals({Ringers}, 6)', 'cells', 'by-header', 'annotator', 'negation'),
    ("Highlight rows with Thrower starting with 'Fr' in sheet QuoitsMatches",
     'TextStartsWith({Thrower}, "Fr")', 'rows', 'by-header', 'annotator', 'starts-ends'),
    ('column="Thrower" op="ends_with" value="le" apply_to="row"',
     'TextEndsWith({Thrower}, "le")', 'rows', 'by-header', 'payload', 'starts-ends'),
    ('How can I colour the whole row for the games with Quoit (lb) in the top 20 percent? Quoit (lb) is column H, '
     'data from row 2.',
     'TopPercent({Quoit (lb)}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('Quick one: I need the Ringers cells (column E) in the lowest 20 percent highlighted, just those cells.',
     'BottomPercent({Ringers}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('**highlight** the `Ringers` cells higher than the column average',
     'AboveAverage({Ringers})', 'cells', 'by-header', 'markdown'),
    ('**highlight** whole rows: the games with `Quoit (lb)` lower than the column average',
     'BelowAverage({Quoit (lb)})', 'rows', 'by-header', 'markdown'),
    ('the committee chair wants an icon set on the Stake (£) column',
     'IconSet({Stake (£)})', 'cells', 'by-header', 'reported'),
    ('{"column": "Game Date", "rule": "date_is", "period": "last_week", "apply_to": "cell"}',
     'LastWeek({Game Date})', 'cells', 'by-header', 'payload', 'date'),
    ('{"column": "Game Date", "rule": "date_is", "period": "yesterday", "apply_to": "cell"}',
     'Yesterday({Game Date})', 'cells', 'by-header', 'payload', 'date'),
    ('Highlight rows for the games falling in this month in sheet QuoitsMatches',
     'ThisMonth({Game Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Trying to highlight the games dated next week as whole rows. Any tips?',
     'NextWeek({Game Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('message from our treasurer - highlight the rows of the games with Game Date falling in last month',
     'LastMonth({Game Date})', 'rows', 'by-header', 'reported', 'date'),
    ('Highlight Game Date cells falling in this week in sheet QuoitsMatches',
     'ThisWeek({Game Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('Is there a way to shade entire rows when column D (Game Date) is dated today?',
     'Today({Game Date})', 'rows', 'by-header', 'forum', 'date'),
    ('Highlight Game Date cells dated next month in sheet QuoitsMatches',
     'NextMonth({Game Date})', 'cells', 'by-header', 'annotator', 'date'),
]

TABLES["ConkerChampionship"] = _table("""
Bout ID | Contestant | Age Group | Bout Date | Strikes | Mass (g) | Entry (£) | String (cm) | Past Champ? | Notes
CC-132 | Daisy Hart | Teens | 2024-06-07 | 3 | 8.9 | 2 | 22.2 | Yes | three misses
CC-188 | George Wynn | Teens | 2024-06-04 | 13 | _ | 5 | 27.1 | Yes | clean win
CC-173 | Archie Penn | Under 12 | 2024-06-18 | 23 | 15.2 | 5 | 25.1 | No | knot retied
CC-123 | Ethan Cole | Under 12 | 2024-06-27 | 4 | 15.2 | 5 | 24.2 | No | string snapped
CC-186 | Callum Reid | Teens | 2024-05-20 | 11 | 15.4 | free | 25.3 | No | tangle called
CC-167 | Callum Reid | Adults | 2024-07-08 | 14 | 18.7 | 5 | _ | No | stamps rule
CC-122 | Jessie Quinn | Veterans | 2024-03-01 | 27 | 10.8 | 5 | 27.1 | No | first bout
CC-116 | Kit Barlow | Teens | 2024-06-14 | 25 | 15.5 | 4 | 25.2 | No | _
CC-138 | Isaac Drew | Under 12 | 2024-06-20 | 2 | 14.8 | 1 | 26.9 | Yes | shell cracked
CC-151 | Lottie Shaw | Under 12 | 2024-06-25 | 19 | 10.6 | 1 | 22.3 | No | baked conker suspected
CC-170 | Archie Penn | Adults | 2024-05-29 | 16 | 13.7 | 2 | 21.5 | No | swapped conker
CC-187 | Freya Moss | Teens | 2024-06-11 | 15 | 10.6 | 1 | 29.4 | No | crowd favourite
CC-108 | Hattie Lowe | Veterans | 2024-06-12 | 3 | 8.3 | 3 | 21.7 | No | ~
CC-175 | Bella Frost | Teens | 2024-06-13 | 14 | 11.3 | 5 | #REF! | No | referee warned
""")

ENTRIES["ConkerChampionship"] = [
    ('- [ ] fill the `Strikes` cells above `14`',
     'GreaterThan({Strikes}, 14)', 'cells', 'by-header', 'markdown'),
    ('**highlight** whole rows: the bouts with `Entry (£)` less than `4`',
     'LessThan({Entry (£)}, 4)', 'rows', 'by-header', 'markdown'),
    ('someone deleted the rule that shaded the rows of the bouts with Entry (£) between 2 and 4 inclusive - set it '
     'up again',
     'Between({Entry (£)}, 2, 4)', 'rows', 'by-header', 'redo', 'boundary'),
    ('## To do\nhighlight the entire row for the bouts with `Age Group` reading exactly `Teens`',
     'TextEquals({Age Group}, "Teens")', 'rows', 'by-header', 'markdown'),
    ("it used to colour the rows of the bouts with Notes containing 'three', put that back",
     'TextContains({Notes}, "three")', 'rows', 'by-header', 'redo'),
    ('{"column": "Strikes", "rule": "top", "count": 3, "apply_to": "cell"}',
     'Top({Strikes}, 3)', 'cells', 'by-header', 'payload', 'superlative'),
    ('Trying to highlight the bouts with Contestant that appear more than once in the column as whole rows - column '
     'B holds Contestant. Any tips?',
     'Duplicates({Contestant})', 'rows', 'by-header', 'forum'),
    ('Highlight rows with Notes that are empty in sheet ConkerChampionship',
     'Blanks({Notes})', 'rows', 'by-header', 'annotator'),
    ('last time we coloured the String (cm) cells holding an error value such as #N/A. Redo that rule',
     'Errors({String (cm)})', 'cells', 'by-header', 'redo'),
    ('Apply a 3-colour scale to Entry (£) in sheet ConkerChampionship',
     'ColorScale({Entry (£)})', 'cells', 'by-header', 'annotator'),
    ('How can I colour the whole row for the bouts with Strikes greater than 11 but less than 23? Strikes is column '
     'E, data from row 2.',
     'AND(GreaterThan({Strikes}, 11), LessThan({Strikes}, 23))', 'rows', 'by-header', 'forum'),
    ('passing on a request from Sven from accounts - fill the Strikes cells of at least 14',
     'GreaterThanEqual({Strikes}, 14)', 'cells', 'by-header', 'reported', 'boundary'),
    ('Highlight Entry (£) cells of at most 4 in sheet ConkerChampionship',
     'LessThanEqual({Entry (£)}, 4)', 'cells', 'by-header', 'annotator', 'boundary'),
    ('How can I colour the whole row for the bouts with Strikes not between 11 and 23 (the ends count as between)? '
     'Strikes is column E, data from row 2.',
     'NotBetween({Strikes}, 11, 23)', 'rows', 'by-header', 'forum', 'boundary', 'negation'),
    ("## To do\nhighlight the entire row for the bouts that aren't `Teens`",
     'NOT(TextEquals({Age Group}, "Teens"))', 'rows', 'by-value', 'markdown', 'negation'),
    ("How can I colour the whole row for the bouts with Notes not containing 'three'? Notes is column J, data from "
     'row 2.',
     'TextNotContains({Notes}, "three")', 'rows', 'by-header', 'forum', 'negation'),
    ('my boss wants the bouts with Strikes in the bottom 4 flagged, whole rows',
     'Bottom({Strikes}, 4)', 'rows', 'by-header', 'reported', 'superlative'),
    ('How can I colour the whole row for the bouts with Contestant found only once in the column? Contestant is '
     'column B, data from row 2.',
     'Unique({Contestant})', 'rows', 'by-header', 'forum'),
    ("Highlight rows with Notes that aren't blank in sheet ConkerChampionship",
     'NotBlanks({Notes})', 'rows', 'by-header', 'annotator', 'negation'),
    ('Quick one: I need the String (cm) cells (column H) without an error value highlighted, just those cells.',
     'NotErrors({String (cm)})', 'cells', 'by-header', 'forum', 'negation'),
    ('Apply data bars to Entry (£) in sheet ConkerChampionship',
     'DataBar({Entry (£)})', 'cells', 'by-header', 'annotator'),
    ("Is there a way to shade entire rows when column E (Strikes) is above the column's average?",
     'AboveAverage({Strikes})', 'rows', 'by-header', 'forum'),
    ("message from Tomasz - highlight the rows of the bouts with String (cm) below the column's average",
     'BelowAverage({String (cm)})', 'rows', 'by-header', 'reported'),
    ('Rosa wants traffic-light icons on the Entry (£) column',
     'IconSet({Entry (£)})', 'cells', 'by-header', 'reported'),
    ('**highlight** whole rows: the bouts with `Bout Date` falling in last week',
     'LastWeek({Bout Date})', 'rows', 'by-header', 'markdown', 'date'),
    ('How can I colour the whole row for the bouts dated yesterday? The table starts at A1, headers in row 1.',
     'Yesterday({Bout Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('Highlight Bout Date cells dated this month in sheet ConkerChampionship',
     'ThisMonth({Bout Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('Tomasz wants the Bout Date cells dated next week highlighted',
     'NextWeek({Bout Date})', 'cells', 'by-header', 'reported', 'date'),
    ('it used to colour the rows of the bouts with Bout Date from the last 7 days, put that back',
     'Last7Days({Bout Date})', 'rows', 'by-header', 'redo', 'date'),
    ('I had the Bout Date cells dated tomorrow in red before, do the same',
     'Tomorrow({Bout Date})', 'cells', 'by-header', 'redo', 'date'),
    ('How can I colour the whole row for the bouts with Bout Date dated today? Bout Date is column D, data from row '
     '2.',
     'Today({Bout Date})', 'rows', 'by-header', 'forum', 'date'),
    ('someone deleted the rule that shaded the rows of the bouts falling in next month - set it up again',
     'NextMonth({Bout Date})', 'rows', 'by-meaning', 'redo', 'date'),
]

TABLES["TugOfWarPulls"] = _table("""
Pull ID | Anchor | Weight Class | Pull Date | Pullers | Weight (kg) | Entry (NZ$) | Pull Time (s) | Gloves? | Notes
TW-104 | Dion Parata | Light | 2024-06-04 | 10 | 523.8 | 40 | _ | Yes | record pull
TW-145 | Jono Rata | Catch | 2024-06-18 | 8 | 481.8 | 123 | 113 | No | foot fault
TW-184 | Casey Rewi | Middle | 2024-06-27 | 5 | 499.0 | 71 | 89 | Yes | late weigh-in
TW-118 | Logan Pene | Light | 2024-05-20 | 6 | 555.2 | 116 | 121 | No | extra end
TW-191 | Erin Walsh | Heavy | 2024-07-08 | 7 | 632.1 | 145 | 91 | Yes | _
TW-127 | Finn Hohaia | Catch | 2024-03-01 | 9 | 625.9 | 53 | 48 | Yes | rope burn
TW-136 | Isla Brooks | Middle | 2024-06-14 | 7 | 577.5 | 135 | 169 | No | judge warned
TW-126 | Grace Moana | Middle | 2024-06-20 | 5 | _ | 74 | 63 | No | rain stopped play
TW-124 | Aroha Ngata | Middle | 2024-06-25 | 6 | 699.9 | comp | 69 | No | ~
TW-151 | Hemi Tuhoe | Light | 2024-05-29 | 9 | 572.6 | 72 | 78 | Yes | new rope
TW-171 | Ben Tane | Middle | 2024-06-11 | 9 | 610.3 | 107 | 90 | No | muddy pitch
TW-110 | Aroha Ngata | Middle | 2024-06-12 | 8 | 484.4 | 88 | #N/A | Yes | anchor changed
TW-180 | Kiri Waaka | Heavy | 2024-06-13 | 9 | 597.2 | 136 | 150 | Yes | slipped on grass
TW-155 | Kiri Waaka | Heavy | 2024-06-07 | 8 | 562.9 | 93 | 155 | No | false pull
""")

ENTRIES["TugOfWarPulls"] = [
    ("Highlight Notes cells containing 'record' in sheet TugOfWarPulls",
     'TextContains({Notes}, "record")', 'cells', 'by-header', 'annotator'),
    ('{"column": "Weight (kg)", "rule": "top", "count": 3, "apply_to": "cell"}',
     'Top({Weight (kg)}, 3)', 'cells', 'by-header', 'payload', 'superlative'),
    ('How do I highlight the cells in column B (Anchor) that appear more than once in the column?',
     'Duplicates({Anchor})', 'cells', 'by-header', 'forum'),
    ('column="Notes" rule="is_blank" apply_to="row"',
     'Blanks({Notes})', 'rows', 'by-header', 'payload'),
    ('someone deleted the rule that shaded the rows of the pulls with Pull Time (s) showing an Excel error - set it '
     'up again',
     'Errors({Pull Time (s)})', 'rows', 'by-header', 'redo'),
    ('Apply a 3-colour scale to Entry (NZ$) in sheet TugOfWarPulls',
     'ColorScale({Entry (NZ$)})', 'cells', 'by-header', 'annotator'),
    ('> highlight the `Pullers` cells greater than `6` but less than `9`',
     'AND(GreaterThan({Pullers}, 6), LessThan({Pullers}, 9))', 'cells', 'by-header', 'markdown'),
    ('Is there a way to shade entire rows when column E (Pullers) is no lower than 8?',
     'GreaterThanEqual({Pullers}, 8)', 'rows', 'by-header', 'forum', 'boundary'),
    ('it used to highlight the Entry (NZ$) cells of at most 93; put that back',
     'LessThanEqual({Entry (NZ$)}, 93)', 'cells', 'by-header', 'redo', 'boundary'),
    ("it used to colour the rows of the pulls with Pullers outside 6 to 9 (6 and 9 themselves don't count), put "
     'that back',
     'NotBetween({Pullers}, 6, 9)', 'rows', 'by-header', 'redo', 'boundary', 'negation'),
    ("Highlight rows for the pulls that aren't 'Light' in sheet TugOfWarPulls",
     'NOT(TextEquals({Weight Class}, "Light"))', 'rows', 'by-value', 'annotator', 'negation'),
    ("Quick one: I need the Notes cells (column J) not containing 'record' highlighted, just those cells.",
     'TextNotContains({Notes}, "record")', 'cells', 'by-header', 'forum', 'negation'),
    ('column="Weight (kg)" rule="bottom" count=3 apply_to="cell"',
     'Bottom({Weight (kg)}, 3)', 'cells', 'by-header', 'payload', 'superlative'),
    ('it used to colour the rows of the pulls with Anchor found only once in the column, put that back',
     'Unique({Anchor})', 'rows', 'by-header', 'redo'),
    ("the committee chair wants the Notes cells that aren't blank highlighted",
     'NotBlanks({Notes})', 'cells', 'by-header', 'reported', 'negation'),
    ('Quick one: I need the Pull Time (s) cells (column H) without an error value highlighted, just those cells.',
     'NotErrors({Pull Time (s)})', 'cells', 'by-header', 'forum', 'negation'),
    ('- [ ] data bars on `Entry (NZ$)`',
     'DataBar({Entry (NZ$)})', 'cells', 'by-header', 'markdown'),
    ('- [ ] colour rows for the pulls with `Pullers` under `6` or over `9`',
     'OR(LessThan({Pullers}, 6), GreaterThan({Pullers}, 9))', 'rows', 'by-header', 'markdown', 'or'),
    ('my team lead wants the Pullers cells of exactly 8 highlighted',
     'Equals({Pullers}, 8)', 'cells', 'by-header', 'reported'),
    ('last time we coloured the Pullers cells other than 8. Redo that rule',
     'NotEquals({Pullers}, 8)', 'cells', 'by-header', 'redo', 'negation'),
    ('- [ ] colour rows for the pulls with `Anchor` beginning with `Di`',
     'TextStartsWith({Anchor}, "Di")', 'rows', 'by-header', 'markdown', 'starts-ends'),
    ("I used to have the pulls with Anchor ending with 'ta' highlighted as whole rows; do the same again",
     'TextEndsWith({Anchor}, "ta")', 'rows', 'by-header', 'redo', 'starts-ends'),
    ('How can I colour the whole row for the pulls with Pull Time (s) in the top 20 percent? Pull Time (s) is '
     'column H, data from row 2.',
     'TopPercent({Pull Time (s)}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('Quick one: I need the Pullers cells (column E) in the bottom 20% highlighted, just those cells.',
     'BottomPercent({Pullers}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('Highlight rows with Pull Date dated last week in sheet TugOfWarPulls',
     'LastWeek({Pull Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Is there a way to shade entire rows when column D (Pull Date) is dated yesterday?',
     'Yesterday({Pull Date})', 'rows', 'by-header', 'forum', 'date'),
    ('- [ ] colour rows for the pulls falling in this month',
     'ThisMonth({Pull Date})', 'rows', 'by-meaning', 'markdown', 'date'),
    ('Quick one: I need the Pull Date cells (column D) dated next week highlighted, just those cells.',
     'NextWeek({Pull Date})', 'cells', 'by-header', 'forum', 'date'),
    ('it used to colour the rows of the pulls from the last 7 days, put that back',
     'Last7Days({Pull Date})', 'rows', 'by-meaning', 'redo', 'date'),
    ('Marguerite said: colour the entire row for the pulls dated tomorrow',
     'Tomorrow({Pull Date})', 'rows', 'by-meaning', 'reported', 'date'),
    ('- [ ] fill the `Pull Date` cells falling in last month',
     'LastMonth({Pull Date})', 'cells', 'by-header', 'markdown', 'date'),
    ('How can I colour the whole row for the pulls with Pull Date falling in this week? Pull Date is column D, data '
     'from row 2.',
     'ThisWeek({Pull Date})', 'rows', 'by-header', 'forum', 'date'),
]

TABLES["SteelBandGigs"] = _table("""
Gig Code | Leader | Venue Type | Gig Date | Pans | Set Length (h) | Fee (TT$) | Crowd Size (k) | Sound Hire? | Notes
SB-198 | Joy Christopher | Wedding | 2024-06-18 | 25 | 3.69 | 3337 | _ | No | early finish
SB-138 | Errol Francis | Festival | 2024-06-27 | 22 | 1.30 | 2140 | 3.5 | No | stage too small
SB-139 | Gerard Pierre | Festival | 2024-05-20 | 12 | 2.99 | 4709 | 2.5 | Yes | panorama piece
SB-130 | Ian Alleyne | Festival | 2024-07-08 | 9 | 2.40 | 3277 | 10.3 | No | late truck
SB-187 | Keith Sealy | Wedding | 2024-03-01 | 7 | 3.18 | 3425 | 10.6 | Yes | _
SB-100 | Andre Joseph | Carnival | 2024-06-14 | 12 | 3.34 | 4815 | 4.2 | Yes | bass pans dented
SB-102 | Beverly Charles | Wedding | 2024-06-20 | 29 | 3.92 | 4981 | 7.2 | No | rain tent
SB-176 | Clive Baptiste | Festival | 2024-06-25 | 6 | 1.75 | 5784 | 6.9 | No | ~
SB-110 | Fiona Lewis | Festival | 2024-05-29 | 18 | 3.47 | 5843 | 9.6 | No | dancers joined
SB-136 | Lisa Ottley | Festival | 2024-06-11 | 29 | _ | 4839 | 11.0 | Yes | road march
SB-146 | Dana Mohammed | Wedding | 2024-06-12 | 25 | 1.48 | 5209 | 11.2 | Yes | tenor pan retuned
SB-188 | Joy Christopher | Festival | 2024-06-13 | 8 | 1.30 | 5846 | 4.8 | Yes | encore played
SB-131 | Ian Alleyne | Festival | 2024-06-07 | 13 | 3.02 | 1773 | 7.6 | No | power cut
SB-153 | Hazel Ramdass | Festival | 2024-06-04 | 11 | 2.07 | tbc | #VALUE! | No | new arranger
""")

ENTRIES["SteelBandGigs"] = [
    ('How can I colour the whole row for the gigs with Pans over 12? Pans is column E, data from row 2.',
     'GreaterThan({Pans}, 12)', 'rows', 'by-header', 'forum'),
    ('Highlight Fee (TT$) cells less than 4815 in sheet SteelBandGigs',
     'LessThan({Fee (TT$)}, 4815)', 'cells', 'by-header', 'annotator'),
    ('- [ ] colour rows for the gigs with `Fee (TT$)` from `3337` to `5209`, both ends included',
     'Between({Fee (TT$)}, 3337, 5209)', 'rows', 'by-header', 'markdown', 'boundary'),
    ("Trying to highlight the 'Wedding' gigs as whole rows. Any tips?",
     'TextEquals({Venue Type}, "Wedding")', 'rows', 'by-value', 'forum'),
    ('column="Pans" op=">=" value=12 apply_to="row"',
     'GreaterThanEqual({Pans}, 12)', 'rows', 'by-header', 'payload', 'boundary'),
    ('passing on a request from our treasurer - fill the Fee (TT$) cells no higher than 4815',
     'LessThanEqual({Fee (TT$)}, 4815)', 'cells', 'by-header', 'reported', 'boundary'),
    ('Quick one: I need the Pans cells (column E) not between 8 and 22 (the ends count as between) highlighted, '
     'just those cells.',
     'NotBetween({Pans}, 8, 22)', 'cells', 'by-header', 'forum', 'boundary', 'negation'),
    ("someone deleted the rule that shaded the rows of the gigs that aren't 'Wedding' - set it up again",
     'NOT(TextEquals({Venue Type}, "Wedding"))', 'rows', 'by-value', 'redo', 'negation'),
    ('{"column": "Notes", "op": "not_contains", "value": "early", "apply_to": "row"}',
     'TextNotContains({Notes}, "early")', 'rows', 'by-header', 'payload', 'negation'),
    ('> highlight the `Pans` cells among the `3` lowest',
     'Bottom({Pans}, 3)', 'cells', 'by-header', 'markdown', 'superlative'),
    ('it used to colour the rows of the gigs with Leader that appear just once in the column, put that back',
     'Unique({Leader})', 'rows', 'by-header', 'redo'),
    ('Highlight Notes cells that have something in them in sheet SteelBandGigs',
     'NotBlanks({Notes})', 'cells', 'by-header', 'annotator', 'negation'),
    ('I had the Crowd Size (k) cells free of Excel errors in red before, do the same',
     'NotErrors({Crowd Size (k)})', 'cells', 'by-header', 'redo', 'negation'),
    ('Apply in-cell data bars to Fee (TT$) in sheet SteelBandGigs',
     'DataBar({Fee (TT$)})', 'cells', 'by-header', 'annotator'),
    ('Highlight rows with Pans under 8 or over 22 in sheet SteelBandGigs',
     'OR(LessThan({Pans}, 8), GreaterThan({Pans}, 22))', 'rows', 'by-header', 'annotator', 'or'),
    ('Highlight rows with Pans equal to 12 in sheet SteelBandGigs',
     'Equals({Pans}, 12)', 'rows', 'by-header', 'annotator'),
    ('Rosa wants the Pans cells not equal to 12 highlighted',
     'NotEquals({Pans}, 12)', 'cells', 'by-header', 'reported', 'negation'),
    ("last time we coloured the Leader cells starting with 'Jo'. Redo that rule",
     'TextStartsWith({Leader}, "Jo")', 'cells', 'by-header', 'redo', 'starts-ends'),
    ("Marguerite said: mark the Leader cells ending in 'er', only those cells",
     'TextEndsWith({Leader}, "er")', 'cells', 'by-header', 'reported', 'starts-ends'),
    ('Is there a way to shade entire rows when column H (Crowd Size (k)) is in the top 20 percent?',
     'TopPercent({Crowd Size (k)}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('How do I highlight the cells in column E (Pans) in the lowest 20 percent?',
     'BottomPercent({Pans}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ("- [ ] fill the `Pans` cells above the column's average",
     'AboveAverage({Pans})', 'cells', 'by-header', 'markdown'),
    ('Highlight rows with Crowd Size (k) lower than the column average in sheet SteelBandGigs',
     'BelowAverage({Crowd Size (k)})', 'rows', 'by-header', 'annotator'),
    ('How do I put traffic-light icons on column G (Fee (TT$))? The data runs from row 2 to 15.',
     'IconSet({Fee (TT$)})', 'cells', 'by-header', 'forum'),
    ('Noor said: colour the entire row for the gigs with Gig Date falling in this month',
     'ThisMonth({Gig Date})', 'rows', 'by-header', 'reported', 'date'),
    ('Noor said: colour the entire row for the gigs with Gig Date dated next week',
     'NextWeek({Gig Date})', 'rows', 'by-header', 'reported', 'date'),
    ('Highlight rows for the gigs from the last 7 days in sheet SteelBandGigs',
     'Last7Days({Gig Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('it used to highlight the Gig Date cells dated tomorrow; put that back',
     'Tomorrow({Gig Date})', 'cells', 'by-header', 'redo', 'date'),
    ('last time we coloured the Gig Date cells falling in last month. Redo that rule',
     'LastMonth({Gig Date})', 'cells', 'by-header', 'redo', 'date'),
    ('someone deleted the rule that shaded the rows of the gigs with Gig Date dated this week - set it up again',
     'ThisWeek({Gig Date})', 'rows', 'by-header', 'redo', 'date'),
    ('Highlight rows for the gigs dated today in sheet SteelBandGigs',
     'Today({Gig Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('I used to have the gigs with Gig Date dated next month highlighted as whole rows; do the same again',
     'NextMonth({Gig Date})', 'rows', 'by-header', 'redo', 'date'),
]

TABLES["SandSculptures"] = _table("""
Entry No | Sculptor | Theme | Build Date | Sand Used (t) | Height (m) | Prize (€) | Build Time (h) | Team? | Notes
SS-158 | Hanna Bos | Abstract | 2024-06-27 | 36 | 2.72 | 1076 | 22 | No | wet sand trucked in
SS-120 | Dewi Smit | Myths | 2024-05-20 | 21 | 3.40 | 1202 | 26 | Yes | rebuilt base
SS-129 | Gijs Kok | Castles | 2024-07-08 | 17 | 1.64 | 2344 | 12 | Yes | crowd vote
SS-171 | Lars Dekker | Animals | 2024-03-01 | 34 | 3.64 | 1702 | 38 | No | ~
SS-146 | Cor Jansen | Abstract | 2024-06-14 | 20 | 3.14 | 345 | #DIV/0! | Yes | cracked in heat
SS-144 | Anouk Visser | Myths | 2024-06-20 | 16 | _ | 597 | 47 | No | night lighting
SS-136 | Eva Mulder | Abstract | 2024-06-25 | 10 | 1.02 | 112 | 47 | No | tower collapsed
SS-186 | Dewi Smit | Abstract | 2024-05-29 | 7 | 1.44 | pending | 18 | Yes | dragon head
SS-142 | Joost Peters | Myths | 2024-06-11 | 13 | 2.83 | 851 | _ | Yes | shaded by tent
SS-157 | Anouk Visser | Abstract | 2024-06-12 | 15 | 3.82 | 1261 | 44 | Yes | _
SS-151 | Floor Bakker | Animals | 2024-06-13 | 4 | 1.60 | 945 | 17 | Yes | children helped
SS-194 | Kim Hendriks | Myths | 2024-06-07 | 6 | 3.78 | 585 | 29 | Yes | sprayed with glue
SS-106 | Bram de Wit | Animals | 2024-06-04 | 4 | 3.55 | 1254 | 37 | No | judged early
SS-137 | Ilse Vos | Animals | 2024-06-18 | 3 | 1.86 | 2452 | 17 | No | tide came close
""")

ENTRIES["SandSculptures"] = [
    ('How can I colour the whole row for the entries with Sand Used (t) above 13? Sand Used (t) is column E, data '
     'from row 2.',
     'GreaterThan({Sand Used (t)}, 13)', 'rows', 'by-header', 'forum'),
    ('Highlight rows with Prize (€) less than 1076 in sheet SandSculptures',
     'LessThan({Prize (€)}, 1076)', 'rows', 'by-header', 'annotator'),
    ('{"column": "Prize (€)", "op": "between", "min": 597, "max": 1261, "inclusive": true, "apply_to": "cell"}',
     'Between({Prize (€)}, 597, 1261)', 'cells', 'by-header', 'payload', 'boundary'),
    ("How do I highlight the cells in column C (Theme) equal to the text 'Abstract'?",
     'TextEquals({Theme}, "Abstract")', 'cells', 'by-header', 'forum'),
    ('column="Notes" op="contains" value="sand" apply_to="row"',
     'TextContains({Notes}, "sand")', 'rows', 'by-header', 'payload'),
    ('Highlight Sand Used (t) cells in the top 3 in sheet SandSculptures',
     'Top({Sand Used (t)}, 3)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('the committee chair said: colour the entire row for the entries with Sculptor repeated elsewhere in the column',
     'Duplicates({Sculptor})', 'rows', 'by-header', 'reported'),
    ('it used to highlight the Notes cells left blank; put that back',
     'Blanks({Notes})', 'cells', 'by-header', 'redo'),
    ('Sven from accounts said: colour the entire row for the entries with Build Time (h) holding an error value '
     'such as #N/A',
     'Errors({Build Time (h)})', 'rows', 'by-header', 'reported'),
    ('Sven from accounts wants a colour scale on the Prize (€) column',
     'ColorScale({Prize (€)})', 'cells', 'by-header', 'reported'),
    ('Highlight rows with Sand Used (t) greater than 7 but less than 20 in sheet SandSculptures',
     'AND(GreaterThan({Sand Used (t)}, 7), LessThan({Sand Used (t)}, 20))', 'rows', 'by-header', 'annotator'),
    ("> highlight the `Notes` cells that aren't blank",
     'NotBlanks({Notes})', 'cells', 'by-header', 'markdown', 'negation'),
    ('Highlight rows with Build Time (h) free of Excel errors in sheet SandSculptures',
     'NotErrors({Build Time (h)})', 'rows', 'by-header', 'annotator', 'negation'),
    ('column="Prize (€)" format="data_bar"',
     'DataBar({Prize (€)})', 'cells', 'by-header', 'payload'),
    ('I used to have the entries with Sand Used (t) below 7 or above 20 highlighted as whole rows; do the same again',
     'OR(LessThan({Sand Used (t)}, 7), GreaterThan({Sand Used (t)}, 20))', 'rows', 'by-header', 'redo', 'or'),
    ('> highlight the `Sand Used (t)` cells of exactly `13`',
     'Equals({Sand Used (t)}, 13)', 'cells', 'by-header', 'markdown'),
    ('Is there a way to shade entire rows when column E (Sand Used (t)) is not equal to 13?',
     'NotEquals({Sand Used (t)}, 13)', 'rows', 'by-header', 'forum', 'negation'),
    ("Quick one: I need the Sculptor cells (column B) beginning with 'Ha' highlighted, just those cells.",
     'TextStartsWith({Sculptor}, "Ha")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ('- [ ] colour rows for the entries with `Sculptor` ending with `os`',
     'TextEndsWith({Sculptor}, "os")', 'rows', 'by-header', 'markdown', 'starts-ends'),
    ('Highlight Build Time (h) cells in the top 20% in sheet SandSculptures',
     'TopPercent({Build Time (h)}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('Highlight Sand Used (t) cells in the lowest 20 percent in sheet SandSculptures',
     'BottomPercent({Sand Used (t)}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('**highlight** the `Sand Used (t)` cells higher than the column average',
     'AboveAverage({Sand Used (t)})', 'cells', 'by-header', 'markdown'),
    ("it used to colour the rows of the entries with Build Time (h) below the column's average, put that back",
     'BelowAverage({Build Time (h)})', 'rows', 'by-header', 'redo'),
    ('passing this on from the committee chair: add traffic-light icons to Prize (€), please',
     'IconSet({Prize (€)})', 'cells', 'by-header', 'reported'),
    ('Quick one: I need the Build Date cells (column D) dated last week highlighted, just those cells.',
     'LastWeek({Build Date})', 'cells', 'by-header', 'forum', 'date'),
    ('Trying to highlight the entries dated yesterday as whole rows. Any tips?',
     'Yesterday({Build Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('someone deleted the rule that shaded the rows of the entries with Build Date from the last 7 days - set it up '
     'again',
     'Last7Days({Build Date})', 'rows', 'by-header', 'redo', 'date'),
    ('Quick one: I need the Build Date cells (column D) dated tomorrow highlighted, just those cells.',
     'Tomorrow({Build Date})', 'cells', 'by-header', 'forum', 'date'),
    ('our treasurer wants the entries with Build Date falling in last month flagged, whole rows',
     'LastMonth({Build Date})', 'rows', 'by-header', 'reported', 'date'),
    ('How do I highlight the cells in column D (Build Date) falling in this week?',
     'ThisWeek({Build Date})', 'cells', 'by-header', 'forum', 'date'),
    ('column: Build Date\nrule: date_is\nperiod: today\napply_to: cell',
     'Today({Build Date})', 'cells', 'by-header', 'payload', 'date'),
    ('I used to have the entries dated next month highlighted as whole rows; do the same again',
     'NextMonth({Build Date})', 'rows', 'by-meaning', 'redo', 'date'),
]

TABLES["MudlarkingFinds"] = _table("""
Find ID | Finder | Material | Find Date | Depth (cm) | Length (mm) | Valuation (£) | Age (yrs) | Reported? | Notes
MF-159 | Dudley Marsh | Glass | 2024-05-20 | 27 | 146.2 | 95 | _ | Yes | button with crest
MF-192 | Fergus Holt | Bone | 2024-07-08 | 60 | 112.0 | 366 | 511 | No | near the stairs
MF-107 | Jasper Wade | Glass | 2024-03-01 | 32 | 116.4 | 301 | 93 | No | low spring tide
MF-130 | Agnes Pike | Metal | 2024-06-14 | 21 | 92.3 | 82 | 535 | Yes | trade token
MF-101 | Iris Thorne | Metal | 2024-06-20 | 23 | 46.2 | 208 | 307 | No | photographed in situ
MF-171 | Dudley Marsh | Clay | 2024-06-25 | 28 | 144.9 | unknown | 355 | Yes | maker's mark
MF-109 | Kitty Nash | Metal | 2024-05-29 | 11 | _ | 320 | 233 | Yes | cracked rim
MF-117 | Gwen Ashby | Glass | 2024-06-11 | 36 | 48.8 | 358 | 430 | No | _
MF-105 | Lionel Croft | Bone | 2024-06-12 | 43 | 76.7 | 389 | 346 | No | green patina
MF-188 | Hector Lane | Clay | 2024-06-13 | 47 | 27.9 | 132 | 425 | No | ~
MF-103 | Basil Crane | Metal | 2024-06-07 | 39 | 149.2 | 77 | #REF! | Yes | river foreshore
MF-176 | Edith Rook | Glass | 2024-06-04 | 4 | 125.6 | 243 | 369 | No | pipe bowl stamped
MF-146 | Cora Finch | Bone | 2024-06-18 | 38 | 75.5 | 90 | 431 | No | bottle neck
MF-170 | Lionel Croft | Glass | 2024-06-27 | 16 | 123.5 | 187 | 382 | No | hairpin
""")

ENTRIES["MudlarkingFinds"] = [
    ('{"column": "Depth (cm)", "op": ">", "value": 28, "apply_to": "row"}',
     'GreaterThan({Depth (cm)}, 28)', 'rows', 'by-header', 'payload'),
    ('- [ ] fill the `Valuation (£)` cells less than `208`',
     'LessThan({Valuation (£)}, 208)', 'cells', 'by-header', 'markdown'),
    ('## To do\nhighlight the entire row for the finds with `Valuation (£)` from `95` to `320`, both ends included',
     'Between({Valuation (£)}, 95, 320)', 'rows', 'by-header', 'markdown', 'boundary'),
    ("our treasurer wants the Material cells equal to the text 'Glass' highlighted",
     'TextEquals({Material}, "Glass")', 'cells', 'by-header', 'reported'),
    ("I had the Notes cells containing 'button' in red before, do the same",
     'TextContains({Notes}, "button")', 'cells', 'by-header', 'redo'),
    ('Sven from accounts wants the finds with Depth (cm) among the 3 highest flagged, whole rows',
     'Top({Depth (cm)}, 3)', 'rows', 'by-header', 'reported', 'superlative'),
    ('it used to colour the rows of the finds with Finder that appear more than once in the column, put that back',
     'Duplicates({Finder})', 'rows', 'by-header', 'redo'),
    ('my team lead wants the finds with Notes that are empty flagged, whole rows',
     'Blanks({Notes})', 'rows', 'by-header', 'reported'),
    ('{"column": "Age (yrs)", "rule": "is_error", "apply_to": "cell"}',
     'Errors({Age (yrs)})', 'cells', 'by-header', 'payload'),
    ('Apply a colour scale to Valuation (£) in sheet MudlarkingFinds',
     'ColorScale({Valuation (£)})', 'cells', 'by-header', 'annotator'),
    ('**highlight** the `Depth (cm)` cells over `21` and under `39`',
     'AND(GreaterThan({Depth (cm)}, 21), LessThan({Depth (cm)}, 39))', 'cells', 'by-header', 'markdown'),
    ('## To do\nhighlight the entire row for the finds with `Depth (cm)` of `28` or more',
     'GreaterThanEqual({Depth (cm)}, 28)', 'rows', 'by-header', 'markdown', 'boundary'),
    ('{"column": "Valuation (£)", "op": "<=", "value": 208, "apply_to": "row"}',
     'LessThanEqual({Valuation (£)}, 208)', 'rows', 'by-header', 'payload', 'boundary'),
    ('Rosa said: colour the entire row for the finds with Depth (cm) not between 21 and 39 (the ends count as '
     'between)',
     'NotBetween({Depth (cm)}, 21, 39)', 'rows', 'by-header', 'reported', 'boundary', 'negation'),
    ('{"column": "Material", "not": {"op": "text_equals", "value": "Glass"}, "apply_to": "cell"}',
     'NOT(TextEquals({Material}, "Glass"))', 'cells', 'by-header', 'payload', 'negation'),
    ("I had the Notes cells without 'button' anywhere in them in red before, do the same",
     'TextNotContains({Notes}, "button")', 'cells', 'by-header', 'redo', 'negation'),
    ('> highlight the `Depth (cm)` cells in the bottom `3`',
     'Bottom({Depth (cm)}, 3)', 'cells', 'by-header', 'markdown', 'superlative'),
    ('Trying to highlight the finds with Finder that appear just once in the column as whole rows - column B holds '
     'Finder. Any tips?',
     'Unique({Finder})', 'rows', 'by-header', 'forum'),
    ('{"column": "Finder", "op": "ends_with", "value": "sh", "apply_to": "cell"}',
     'TextEndsWith({Finder}, "sh")', 'cells', 'by-header', 'payload', 'starts-ends'),
    ('**highlight** the `Age (yrs)` cells in the top 20 percent',
     'TopPercent({Age (yrs)}, 20)', 'cells', 'by-header', 'markdown', 'superlative'),
    ('How do I highlight the cells in column E (Depth (cm)) in the lowest 20 percent?',
     'BottomPercent({Depth (cm)}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('column: "Depth (cm)"\nrule: above_average\napply_to: row',
     'AboveAverage({Depth (cm)})', 'rows', 'by-header', 'payload'),
    ("Highlight Age (yrs) cells below the column's average in sheet MudlarkingFinds",
     'BelowAverage({Age (yrs)})', 'cells', 'by-header', 'annotator'),
    ('Apply traffic-light icons to Valuation (£) in sheet MudlarkingFinds',
     'IconSet({Valuation (£)})', 'cells', 'by-header', 'annotator'),
    ('{"column": "Find Date", "rule": "date_is", "period": "last_week", "apply_to": "cell"}',
     'LastWeek({Find Date})', 'cells', 'by-header', 'payload', 'date'),
    ('**highlight** whole rows: the finds dated yesterday',
     'Yesterday({Find Date})', 'rows', 'by-meaning', 'markdown', 'date'),
    ('{"column": "Find Date", "rule": "date_is", "period": "this_month", "apply_to": "cell"}',
     'ThisMonth({Find Date})', 'cells', 'by-header', 'payload', 'date'),
    ('Highlight Find Date cells dated next week in sheet MudlarkingFinds',
     'NextWeek({Find Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('Highlight rows with Find Date dated last month in sheet MudlarkingFinds',
     'LastMonth({Find Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('the auditor wants the finds falling in this week flagged, whole rows',
     'ThisWeek({Find Date})', 'rows', 'by-meaning', 'reported', 'date'),
    ('- [ ] colour rows for the finds dated today',
     'Today({Find Date})', 'rows', 'by-meaning', 'markdown', 'date'),
    ('I used to have the finds dated next month highlighted as whole rows; do the same again',
     'NextMonth({Find Date})', 'rows', 'by-meaning', 'redo', 'date'),
]

TABLES["SnowshoeTours"] = _table("""
Tour ID | Guide | Trail | Tour Date | Walkers | Distance (mi) | Price (CHF) | Climb (ft) | Rentals? | Notes
ST-198 | Beat Keller | Lake | 2024-07-08 | 3 | 11.3 | 124 | 1002 | No | avalanche risk low
ST-103 | Corinne Frei | Lake | 2024-03-01 | 16 | 10.0 | 83 | 712 | No | poles lent
ST-109 | Ines Baumann | Summit | 2024-06-14 | 12 | 2.4 | private | 553 | No | ice on path
ST-151 | Jonas Kunz | Lake | 2024-06-20 | 11 | 5.3 | 122 | #N/A | Yes | marmot seen
ST-152 | Anja Meier | Ridge | 2024-06-25 | 16 | 2.3 | 126 | 930 | Yes | beginner group
ST-175 | Dario Rossi | Summit | 2024-05-29 | 9 | 9.8 | 133 | 718 | Yes | sunrise start
ST-115 | Luca Steiner | Summit | 2024-06-11 | 9 | 9.6 | 87 | 814 | Yes | fresh powder
ST-158 | Luca Steiner | Lake | 2024-06-12 | 4 | 3.0 | 42 | 2354 | Yes | _
ST-186 | Katrin Roth | Forest | 2024-06-13 | 8 | _ | 122 | 1643 | Yes | turned back early
ST-190 | Hans Brunner | Ridge | 2024-06-07 | 3 | 8.4 | 113 | _ | No | fondue stop
ST-129 | Fabio Huber | Summit | 2024-06-04 | 12 | 8.3 | 83 | 1951 | Yes | whiteout at top
ST-137 | Elena Graf | Ridge | 2024-06-18 | 15 | 3.0 | 107 | 1674 | Yes | slow pace
ST-150 | Fabio Huber | Summit | 2024-06-27 | 13 | 4.2 | 88 | 1213 | No | ~
ST-180 | Gianna Weber | Forest | 2024-05-20 | 16 | 5.5 | 129 | 632 | No | hut lunch
""")

ENTRIES["SnowshoeTours"] = [
    ('> highlight the `Price (CHF)` cells below `113`',
     'LessThan({Price (CHF)}, 113)', 'cells', 'by-header', 'markdown'),
    ('it used to colour the rows of the tours with Price (CHF) from 87 to 126, both ends included, put that back',
     'Between({Price (CHF)}, 87, 126)', 'rows', 'by-header', 'redo', 'boundary'),
    ("the committee chair wants the 'Lake' tours flagged, whole rows",
     'TextEquals({Trail}, "Lake")', 'rows', 'by-value', 'reported'),
    ("last time we coloured the Notes cells containing 'avalanche'. Redo that rule",
     'TextContains({Notes}, "avalanche")', 'cells', 'by-header', 'redo'),
    ('column: Walkers\nrule: top\ncount: 4\napply_to: row',
     'Top({Walkers}, 4)', 'rows', 'by-header', 'payload', 'superlative'),
    ('Highlight Guide cells repeated elsewhere in the column in sheet SnowshoeTours',
     'Duplicates({Guide})', 'cells', 'by-header', 'annotator'),
    ('{"column": "Notes", "rule": "is_blank", "apply_to": "row"}',
     'Blanks({Notes})', 'rows', 'by-header', 'payload'),
    ('message from Obi - highlight the rows of the tours with Climb (ft) holding an error value such as #N/A',
     'Errors({Climb (ft)})', 'rows', 'by-header', 'reported'),
    ('Apply a 3-colour scale to Price (CHF) in sheet SnowshoeTours',
     'ColorScale({Price (CHF)})', 'cells', 'by-header', 'annotator'),
    ('last time we coloured the Walkers cells greater than 8 but less than 13. Redo that rule',
     'AND(GreaterThan({Walkers}, 8), LessThan({Walkers}, 13))', 'cells', 'by-header', 'redo'),
    ('- [ ] colour rows for the tours with `Walkers` of `11` or more',
     'GreaterThanEqual({Walkers}, 11)', 'rows', 'by-header', 'markdown', 'boundary'),
    ('message from the committee chair - highlight the rows of the tours with Price (CHF) no higher than 113',
     'LessThanEqual({Price (CHF)}, 113)', 'rows', 'by-header', 'reported', 'boundary'),
    ('column="Walkers" op="not_between" min=8 max=13 inclusive=true apply_to="cell"',
     'NotBetween({Walkers}, 8, 13)', 'cells', 'by-header', 'payload', 'boundary', 'negation'),
    ("- [ ] colour rows for the tours that aren't `Lake`",
     'NOT(TextEquals({Trail}, "Lake"))', 'rows', 'by-value', 'markdown', 'negation'),
    ("my team lead said: mark the Notes cells without 'avalanche' anywhere in them, only those cells",
     'TextNotContains({Notes}, "avalanche")', 'cells', 'by-header', 'reported', 'negation'),
    ('How do I highlight the cells in column E (Walkers) among the 3 lowest?',
     'Bottom({Walkers}, 3)', 'cells', 'by-header', 'forum', 'superlative'),
    ('How do I highlight the cells in column B (Guide) found only once in the column?',
     'Unique({Guide})', 'cells', 'by-header', 'forum'),
    ('- [ ] fill the `Notes` cells that have something in them',
     'NotBlanks({Notes})', 'cells', 'by-header', 'markdown', 'negation'),
    ('**highlight** whole rows: the tours with `Climb (ft)` without an error value',
     'NotErrors({Climb (ft)})', 'rows', 'by-header', 'markdown', 'negation'),
    ('passing this on from my boss: add in-cell data bars to Price (CHF), please',
     'DataBar({Price (CHF)})', 'cells', 'by-header', 'reported'),
    ('Quick one: I need the Walkers cells (column E) below 8 or above 13 highlighted, just those cells.',
     'OR(LessThan({Walkers}, 8), GreaterThan({Walkers}, 13))', 'cells', 'by-header', 'forum', 'or'),
    ('How can I colour the whole row for the tours with Walkers of exactly 11? Walkers is column E, data from row 2.',
     'Equals({Walkers}, 11)', 'rows', 'by-header', 'forum'),
    ('column: Walkers\nop: "<>"\nvalue: 12\napply_to: cell',
     'NotEquals({Walkers}, 12)', 'cells', 'by-header', 'payload', 'negation'),
    ("I used to have the tours with Guide beginning with 'Be' highlighted as whole rows; do the same again",
     'TextStartsWith({Guide}, "Be")', 'rows', 'by-header', 'redo', 'starts-ends'),
    ('Trying to highlight the tours falling in last week as whole rows. Any tips?',
     'LastWeek({Tour Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('- [ ] colour rows for the tours dated yesterday',
     'Yesterday({Tour Date})', 'rows', 'by-meaning', 'markdown', 'date'),
    ('Highlight rows for the tours dated this month in sheet SnowshoeTours',
     'ThisMonth({Tour Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Is there a way to shade entire rows when column D (Tour Date) is dated next week?',
     'NextWeek({Tour Date})', 'rows', 'by-header', 'forum', 'date'),
    ('Highlight rows with Tour Date from the last 7 days in sheet SnowshoeTours',
     'Last7Days({Tour Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('someone deleted the rule that shaded the rows of the tours dated tomorrow - set it up again',
     'Tomorrow({Tour Date})', 'rows', 'by-meaning', 'redo', 'date'),
    ('Highlight rows with Tour Date dated today in sheet SnowshoeTours',
     'Today({Tour Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('it used to highlight the Tour Date cells falling in next month; put that back',
     'NextMonth({Tour Date})', 'cells', 'by-header', 'redo', 'date'),
]

TABLES["CooperageOrders"] = _table("""
Order No | Customer | Barrel Type | Order Date | Barrels | Capacity (L) | Price (US$) | Toast (min) | Rush Job? | Notes
CO-148 | Lochside Stills | Barrique | 2024-03-01 | 19 | 136.5 | on hold | 43 | Yes | split stave
CO-189 | Glenholm Spirits | Hogshead | 2024-06-14 | 33 | 263.5 | 690 | 45 | No | heavy char
CO-183 | Bodega Ruiz | Hogshead | 2024-06-20 | 26 | 463.2 | 1177 | 44 | No | ~
CO-123 | Iona Meadery | Barrique | 2024-06-25 | 12 | 117.4 | 1110 | 39 | Yes | hoops galvanised
CO-115 | Kestrel Rum | Firkin | 2024-05-29 | 34 | 417.2 | 396 | 24 | No | _
CO-135 | Jura Vintners | Firkin | 2024-06-11 | 39 | _ | 1352 | _ | Yes | collect in person
CO-168 | Elm Street Cider | Puncheon | 2024-06-12 | 8 | 162.1 | 700 | 36 | No | re-coopered
CO-131 | Harbour Ales | Hogshead | 2024-06-13 | 16 | 203.2 | 712 | 25 | No | second fill
CO-146 | Ardbeg Cellars | Puncheon | 2024-06-07 | 36 | 397.9 | 1473 | #VALUE! | No | sherry seasoned
CO-152 | Castle Brewing | Barrique | 2024-06-04 | 11 | 113.5 | 364 | 28 | No | leak tested
CO-154 | Bodega Ruiz | Firkin | 2024-06-18 | 3 | 405.9 | 545 | 26 | No | french oak
CO-121 | Fairview Winery | Puncheon | 2024-06-27 | 22 | 179.1 | 1250 | 45 | Yes | kiln dried
CO-184 | Fairview Winery | Puncheon | 2024-05-20 | 14 | 402.3 | 1279 | 30 | No | customer logo
CO-129 | Dunmore Distillers | Firkin | 2024-07-08 | 9 | 181.7 | 944 | 22 | Yes | american oak
""")

ENTRIES["CooperageOrders"] = [
    ('Quick one: I need the Barrels cells (column E) greater than 16 highlighted, just those cells.',
     'GreaterThan({Barrels}, 16)', 'cells', 'by-header', 'forum'),
    ('column: "Toast (min)"\nrule: is_error\napply_to: cell',
     'Errors({Toast (min)})', 'cells', 'by-header', 'payload'),
    ('I had a colour scale on Price (US$) before the sheet was rebuilt. Do the same again',
     'ColorScale({Price (US$)})', 'cells', 'by-header', 'redo'),
    ('it used to colour the rows of the orders with Barrels greater than 11 but less than 33, put that back',
     'AND(GreaterThan({Barrels}, 11), LessThan({Barrels}, 33))', 'rows', 'by-header', 'redo'),
    ('Highlight Barrels cells of at least 16 in sheet CooperageOrders',
     'GreaterThanEqual({Barrels}, 16)', 'cells', 'by-header', 'annotator', 'boundary'),
    ('{"column": "Price (US$)", "op": "<=", "value": 944, "apply_to": "row"}',
     'LessThanEqual({Price (US$)}, 944)', 'rows', 'by-header', 'payload', 'boundary'),
    ('{"column": "Barrels", "op": "not_between", "min": 11, "max": 33, "inclusive": true, "apply_to": "cell"}',
     'NotBetween({Barrels}, 11, 33)', 'cells', 'by-header', 'payload', 'boundary', 'negation'),
    ("How can I colour the whole row for the orders that aren't 'Barrique'? The table starts at A1, headers in row "
     '1.',
     'NOT(TextEquals({Barrel Type}, "Barrique"))', 'rows', 'by-value', 'forum', 'negation'),
    ("message from Tomasz - highlight the rows of the orders with Notes without 'split' anywhere in them",
     'TextNotContains({Notes}, "split")', 'rows', 'by-header', 'reported', 'negation'),
    ('Highlight rows with Barrels among the 3 lowest in sheet CooperageOrders',
     'Bottom({Barrels}, 3)', 'rows', 'by-header', 'annotator', 'superlative'),
    ('How do I highlight the cells in column B (Customer) that appear just once in the column?',
     'Unique({Customer})', 'cells', 'by-header', 'forum'),
    ('Highlight Notes cells that have something in them in sheet CooperageOrders',
     'NotBlanks({Notes})', 'cells', 'by-header', 'annotator', 'negation'),
    ('last time we coloured the Toast (min) cells without an error value. Redo that rule',
     'NotErrors({Toast (min)})', 'cells', 'by-header', 'redo', 'negation'),
    ('Apply in-cell data bars to Price (US$) in sheet CooperageOrders',
     'DataBar({Price (US$)})', 'cells', 'by-header', 'annotator'),
    ('{"column": "Barrels", "any": [{"op": "<", "value": 11}, {"op": ">", "value": 33}], "apply_to": "cell"}',
     'OR(LessThan({Barrels}, 11), GreaterThan({Barrels}, 33))', 'cells', 'by-header', 'payload', 'or'),
    ('Is there a way to shade entire rows when column E (Barrels) is exactly 16?',
     'Equals({Barrels}, 16)', 'rows', 'by-header', 'forum'),
    ('Sven from accounts wants the orders with Barrels not equal to 16 flagged, whole rows',
     'NotEquals({Barrels}, 16)', 'rows', 'by-header', 'reported', 'negation'),
    ("last time we coloured the Customer cells beginning with 'Lo'. Redo that rule",
     'TextStartsWith({Customer}, "Lo")', 'cells', 'by-header', 'redo', 'starts-ends'),
    ('**highlight** whole rows: the orders with `Customer` ending in `ls`',
     'TextEndsWith({Customer}, "ls")', 'rows', 'by-header', 'markdown', 'starts-ends'),
    ('Is there a way to shade entire rows when column H (Toast (min)) is in the top 20 percent?',
     'TopPercent({Toast (min)}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('- [ ] colour rows for the orders with `Barrels` in the lowest 20 percent',
     'BottomPercent({Barrels}, 20)', 'rows', 'by-header', 'markdown', 'superlative'),
    ("Noor said: mark the Barrels cells above the column's average, only those cells",
     'AboveAverage({Barrels})', 'cells', 'by-header', 'reported'),
    ('the club secretary said: mark the Toast (min) cells lower than the column average, only those cells',
     'BelowAverage({Toast (min)})', 'cells', 'by-header', 'reported'),
    ('Apply an icon set to Price (US$) in sheet CooperageOrders',
     'IconSet({Price (US$)})', 'cells', 'by-header', 'annotator'),
    ('column="Order Date" rule="date_is" period="last_week" apply_to="cell"',
     'LastWeek({Order Date})', 'cells', 'by-header', 'payload', 'date'),
    ('I used to have the orders with Order Date dated yesterday highlighted as whole rows; do the same again',
     'Yesterday({Order Date})', 'rows', 'by-header', 'redo', 'date'),
    ('passing on a request from the auditor - fill the Order Date cells falling in this month',
     'ThisMonth({Order Date})', 'cells', 'by-header', 'reported', 'date'),
    ('How can I colour the whole row for the orders falling in next week? The table starts at A1, headers in row 1.',
     'NextWeek({Order Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('someone deleted the rule that shaded the rows of the orders with Order Date from the last 7 days - set it up '
     'again',
     'Last7Days({Order Date})', 'rows', 'by-header', 'redo', 'date'),
    ('Tomasz said: colour the entire row for the orders dated tomorrow',
     'Tomorrow({Order Date})', 'rows', 'by-meaning', 'reported', 'date'),
    ('I had the Order Date cells dated last month in red before, do the same',
     'LastMonth({Order Date})', 'cells', 'by-header', 'redo', 'date'),
    ('the club secretary wants the Order Date cells dated this week highlighted',
     'ThisWeek({Order Date})', 'cells', 'by-header', 'reported', 'date'),
]

TABLES["BirdwatchingCounts"] = _table("""
Survey ID | Observer | Habitat | Survey Date | Species Seen | Hours Out | Permit (€) | Wind (mph) | Rare Bird? | Notes
BW-115 | Felix Dunn | Moor | 2024-06-14 | 60 | 4.1 | 8 | #DIV/0! | Yes | ringing session
BW-118 | Jonah Ellis | Coast | 2024-06-20 | 47 | 1.2 | 4 | 5 | No | kingfisher twice
BW-127 | Clara Whitby | Coast | 2024-06-25 | 19 | 8.0 | 5 | 10 | Yes | geese flock
BW-172 | Jonah Ellis | Coast | 2024-05-29 | 32 | 7.1 | 4 | 6 | No | _
BW-151 | Greta Lund | Coast | 2024-06-11 | 49 | 1.5 | exempt | 22 | No | ~
BW-113 | Howard Pym | Woodland | 2024-06-12 | 50 | 2.0 | 3 | 14 | No | hide flooded
BW-104 | Imogen Vale | Wetland | 2024-06-13 | 42 | 5.9 | 17 | 15 | No | dawn chorus
BW-141 | Bernard Oakes | Coast | 2024-06-07 | 16 | 2.8 | 17 | _ | No | mist till ten
BW-137 | Alma Reyes | Woodland | 2024-06-04 | 38 | 1.9 | 22 | 1 | No | owl pellets
BW-181 | Greta Lund | Coast | 2024-06-18 | 6 | _ | 11 | 21 | Yes | heavy rain
BW-174 | Lewis Marr | Moor | 2024-06-27 | 40 | 2.5 | 21 | 23 | Yes | scope borrowed
BW-129 | Esme Carver | Wetland | 2024-05-20 | 57 | 1.5 | 5 | 10 | No | osprey overhead
BW-101 | Kathleen Orr | Wetland | 2024-07-08 | 19 | 4.5 | 4 | 7 | No | new volunteer
BW-128 | Desmond Fry | Coast | 2024-03-01 | 26 | 6.2 | 5 | 25 | Yes | bittern booming
""")

ENTRIES["BirdwatchingCounts"] = [
    ('column: Species Seen\nop: ">"\nvalue: 38\napply_to: row',
     'GreaterThan({Species Seen}, 38)', 'rows', 'by-header', 'payload'),
    ('Highlight Permit (€) cells below 5 in sheet BirdwatchingCounts',
     'LessThan({Permit (€)}, 5)', 'cells', 'by-header', 'annotator'),
    ('{"column": "Permit (€)", "op": "between", "min": 5, "max": 21, "inclusive": true, "apply_to": "row"}',
     'Between({Permit (€)}, 5, 21)', 'rows', 'by-header', 'payload', 'boundary'),
    ("last time we coloured the Habitat cells equal to the text 'Moor'. Redo that rule",
     'TextEquals({Habitat}, "Moor")', 'cells', 'by-header', 'redo'),
    ("Marguerite wants the surveys with Notes containing 'ringing' flagged, whole rows",
     'TextContains({Notes}, "ringing")', 'rows', 'by-header', 'reported'),
    ('the committee chair wants the surveys with Species Seen in the top 3 flagged, whole rows',
     'Top({Species Seen}, 3)', 'rows', 'by-header', 'reported', 'superlative'),
    ('Highlight Observer cells that appear more than once in the column in sheet BirdwatchingCounts',
     'Duplicates({Observer})', 'cells', 'by-header', 'annotator'),
    ('Sven from accounts said: colour the entire row for the surveys with Notes that are empty',
     'Blanks({Notes})', 'rows', 'by-header', 'reported'),
    ("it used to highlight the Notes cells without 'kingfisher' anywhere in them; put that back",
     'TextNotContains({Notes}, "kingfisher")', 'cells', 'by-header', 'redo', 'negation'),
    ('Obi said: mark the Species Seen cells in the bottom 2, only those cells',
     'Bottom({Species Seen}, 2)', 'cells', 'by-header', 'reported', 'superlative'),
    ('column: Observer\nrule: unique_values\napply_to: cell',
     'Unique({Observer})', 'cells', 'by-header', 'payload'),
    ('Quick one: I need the Notes cells (column J) that have something in them highlighted, just those cells.',
     'NotBlanks({Notes})', 'cells', 'by-header', 'forum', 'negation'),
    ('- [ ] fill the `Wind (mph)` cells without an error value',
     'NotErrors({Wind (mph)})', 'cells', 'by-header', 'markdown', 'negation'),
    ('Can anyone tell me how to show Permit (€) (column G) as data bars?',
     'DataBar({Permit (€)})', 'cells', 'by-header', 'forum'),
    ('{"column": "Species Seen", "any": [{"op": "<", "value": 26}, {"op": ">", "value": 49}], "apply_to": "row"}',
     'OR(LessThan({Species Seen}, 26), GreaterThan({Species Seen}, 49))', 'rows', 'by-header', 'payload', 'or'),
    ('{"column": "Species Seen", "op": "=", "value": 38, "apply_to": "cell"}',
     'Equals({Species Seen}, 38)', 'cells', 'by-header', 'payload'),
    ('Highlight rows with Species Seen not equal to 38 in sheet BirdwatchingCounts',
     'NotEquals({Species Seen}, 38)', 'rows', 'by-header', 'annotator', 'negation'),
    ("I used to have the surveys with Observer beginning with 'Fe' highlighted as whole rows; do the same again",
     'TextStartsWith({Observer}, "Fe")', 'rows', 'by-header', 'redo', 'starts-ends'),
    ("someone deleted the rule that shaded the rows of the surveys with Observer ending with 'nn' - set it up again",
     'TextEndsWith({Observer}, "nn")', 'rows', 'by-header', 'redo', 'starts-ends'),
    ('- [ ] colour rows for the surveys with `Wind (mph)` in the top 20 percent',
     'TopPercent({Wind (mph)}, 20)', 'rows', 'by-header', 'markdown', 'superlative'),
    ('Highlight Species Seen cells in the bottom 20% in sheet BirdwatchingCounts',
     'BottomPercent({Species Seen}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('{"column": "Species Seen", "rule": "above_average", "apply_to": "row"}',
     'AboveAverage({Species Seen})', 'rows', 'by-header', 'payload'),
    ('passing on a request from Rosa - fill the Wind (mph) cells lower than the column average',
     'BelowAverage({Wind (mph)})', 'cells', 'by-header', 'reported'),
    ('I had an icon set on Permit (€) before the sheet was rebuilt. Do the same again',
     'IconSet({Permit (€)})', 'cells', 'by-header', 'redo'),
    ('- [ ] colour rows for the surveys with `Survey Date` falling in this month',
     'ThisMonth({Survey Date})', 'rows', 'by-header', 'markdown', 'date'),
    ('someone deleted the rule that shaded the rows of the surveys with Survey Date dated next week - set it up '
     'again',
     'NextWeek({Survey Date})', 'rows', 'by-header', 'redo', 'date'),
    ('it used to colour the rows of the surveys dated in the last 7 days, put that back',
     'Last7Days({Survey Date})', 'rows', 'by-meaning', 'redo', 'date'),
    ('Highlight rows with Survey Date dated tomorrow in sheet BirdwatchingCounts',
     'Tomorrow({Survey Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('- [ ] fill the `Survey Date` cells dated last month',
     'LastMonth({Survey Date})', 'cells', 'by-header', 'markdown', 'date'),
    ('Highlight rows for the surveys falling in this week in sheet BirdwatchingCounts',
     'ThisWeek({Survey Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('- [ ] colour rows for the surveys with `Survey Date` dated today',
     'Today({Survey Date})', 'rows', 'by-header', 'markdown', 'date'),
    ('Noor said: mark the Survey Date cells falling in next month, only those cells',
     'NextMonth({Survey Date})', 'cells', 'by-header', 'reported', 'date'),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
