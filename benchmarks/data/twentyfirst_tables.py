"""A twenty-first set of table requests, about a third of them header-only, and the builder of
twentyfirst_tables.json.

Written on 2026-12-07 between 11:52 and 12:07 UTC (by `date -u` on this machine: 11:52:43 at the start)
by engineer E21t, who had read neither the assistant's code nor any set's wordings (but see Slips), so
that the team has table requests nobody has tuned on. The eleven tables (a cheese cave's wheels, a
sourdough class's bookings, hedge maze tickets, a snow cone stand's shifts, yurt retreat stays, ice
sculpture commissions, pedalo hires, a pickleball league's matches, tuk-tuk tours, hot spring bath
visits, a meadery's batches) and every request were written from scratch. Each table has 10 columns
in the same roles (a code, a name, a category, a date, four number columns, a yes/no column and free
text); headers carry units, currencies and question marks (`Weight (kg)`, `Age (months)`, `Price (€)`,
`Humidity (%)`, `Raw Milk?`, `Hydration (%)`, `Fee (£)`, `Oven Temp (°C)`, `Own Starter?`,
`Time Inside (min)`, `Price ($)`, `Map Bought?`, `Syrup Used (L)`, `Takings ($)`, `Ice (kg)`, `Rain?`,
`Rate (NZ$)`, `Pets?`, `Block (kg)`, `Quote (CHF)`, `Melt (%/hr)`, `Lit Base?`, `Charge (€)`,
`Deposit (€)`, `Life Jackets?`, `Rally Length (shots)`, `Entry ($)`, `Doubles?`, `Distance (km)`,
`Fare (฿)`, `Fuel (L)`, `Night Tour?`, `Water Temp (°C)`, `Soak Time (min)`, `Entry (¥)`, `pH`,
`Towel Hire?`, `Honey (kg)`, `ABV (%)`, `Gravity Points`, `Oaked?`), and the cells dates, money (plain
numbers under a currency header), decimals, codes, yes/no values, free text (makers, students,
groups, servers, guests, clients, customers, players, drivers, bathers, brewers; cheeses, loaves,
routes, flavours, yurts, subjects, boats, divisions, pools, mead styles; notes), text in a number
column ("tbc", "comp", "free", "rained off", "TBA", "quote pending", "n/a", "waived", "closed"),
Excel errors (#N/A, #VALUE!, #REF!, #DIV/0!) and blanks. The number cells were drawn by a seeded
random generator in each column's range (/tmp/e21t/gen.py, `make_table`), then frozen here.

Domains: a short program (/tmp/e21t/domcheck.py, two runs) read the module docstrings of every other
builder in benchmarks/data/ (ast.get_docstring; twentyfirst_* aside) and the `Table` field of every set
file there (twentyfirst_* aside), and printed one True/False per candidate word (True when named as a
whole word with an optional plural s, spaces, dashes and underscores also ignored). Dropped as used:
apiary, beekeeping, falconry, sauna, curling, cider press, bell ringing, knife sharpening, chimney
sweep, upholstery, well drilling, lifeguard, llama, stained glass, oyster, rowing, blacksmith, piano
tuning, taxidermy, sheep shearing, farrier, pinball, sheepdog, cobbler, kite, greenhouse, mini golf,
clock repair, tea room, ice cream van, pumpkin patch, bouncy castle, lavender farm, model railway,
bagpipe, sled, canal boat, rickshaw, sheep, kombucha, alpaca, tortoise. Unused, and taken: cheese cave,
sourdough, hedge maze, snow cone, yurt, ice sculpture, pedalo, pickleball, tuk tuk, hot spring, mead
(also unused, not taken: dog sledding, hammock, hay bale, stilt, sandcastle, corn maze, drag race,
demolition derby, hula, button factory, jam, honey).

Styles (the second tag, after the naming, as table_sets and the table test module want it;
table_sets.STYLES is the earlier table sets', this set has its own): `annotator`, the benchmark
annotators' imperative lines ("Highlight X ... in sheet T", the sheet being the table's name;
"Highlight rows with ..." or "Highlight rows for ..." exactly where the whole row is meant); `forum`,
a forum question of a sentence or two, often with the column letter (always the true column of the
table placed at A1); four new here: `code-switch`, English requests inside Spanish, German, French,
Hindi (romanised), Italian or Portuguese frames, as bilingual users type ("resalta las celdas de X ...,
por favor", "markier die ganze Zeile bei ... mit X ..., danke", "surligne les cellules X ... stp",
"X mein jo cells ... hain, unko highlight karo", "evidenzia l'intera riga dei ... con X ..., grazie",
"destaca as células de X ..., por favor"), every literal in digits or quoted as the cells write it;
`double-negative` ("highlight the X cells, but not the ones that aren't ...", "no X cell ... should be
left unhighlighted, and none that isn't should be highlighted", "don't leave out any row with an X cell
...; don't touch the rows without one"; for a rule that is itself a negation, "don't leave out any X
cell not ...; leave the others alone", so that no triple negative is written); `sarcastic`, an
exasperated or ironic user ("oh great, another T sheet. fine, highlight ..., I guess", "because
obviously nobody can scroll: shade the entire row ...", "sure, I'll do it myself. again. ..."); and
`puzzle`, where a number literal is written N (and M) and given by an exact relation a careful
reader works out ("Highlight X over N, where N is 10 less than 221" = 211; "between N and M inclusive,
where N is half of 37 and M is 0.5 more than 33" = 18.5 and 33.5; "twice", "three times", "half of",
"d more than", "d less than"), used only for rules with a number (comparisons, Between, NotBetween,
AND, Top/Bottom and their percents). These examples are of this set's kind; the brief's own examples
were not used as requests.

How the requests were written: E21t wrote, in /tmp/e21t/gen.py, an English predicate per function
(two or so wordings each: "over x", "of x or more", "below x", "of at most x", "of exactly x", "not
equal to x", "between a and b inclusive", "outside a to b (a and b themselves don't count)", "reading
exactly 's'", "with 's' anywhere in the text", "starting with 's'", "among the n highest values", "in the
bottom p percent", "above the column's average", "repeated elsewhere in the column", "found only once in
the column", "left blank", "free of Excel errors", "dated in the last 7 days", ...), frames per style
and scope, and own wordings per style for the color scale, data bars and icon set; the program picks a
style per entry (numbers rotate over puzzle, annotator, puzzle, code-switch, forum, puzzle, sarcastic,
double-negative; the rest over the five others), a wording and frame by a stable hash of the table and
function, the scope by the same hash (cells for the visual rules; rows for every request naming the
column by value or meaning), and the literal: the first candidate of the column's own values (numbers
nearest the median first, words of the notes, prefixes and suffixes of two or three letters of the
names, category values) for which everyday_tables' `problems` finds nothing on the full table. The
entries below are that program's output, frozen (written by /tmp/e21t/assemble.py, which also checks
the line length); nothing was reworded by hand afterwards. Requests keep Excel's semantics: comparisons
other than LessThan, LessThanEqual and Between are only on the two number columns that hold no text
(E and F; F holds one "" blank), LessThan, LessThanEqual, Between and the visual rules on the column
with a text cell (G), the error and errors-not rules, TopPercent and BelowAverage on the column with an
error and a blank (H), Blanks and NotBlanks on the notes (both "" and a lone space " "), text rules on
the name, category and notes columns, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 11:52:43, about
twenty times while working and at the end); `cat` of /work/team/brief21.md (the brief); `python -c
"import cf_assistant"` (ok); of benchmarks/data/twentieth_tables.py a `grep -nE` anchored on top-level
names cut to 100 characters (its constants, TABLES/ENTRIES, the main block, and one docstring line that
starts "mile = "), `wc -l` (1128), `sed -n 1,232p` (docstring, imports, constants and helper code, and
eleven lines more, see Slips) and `sed -n 1090,1128p` (meant for the code after its last entry; see
Slips); `ls benchmarks/data/` (file names); `wc -l` of table_sets.py, column_sets.py,
everyday_common.py, the table test module, set_files.py and CF_RULES.md; `cat` of table_sets.py,
column_sets.py, tests/benchmarks/test_table_sets_data.py and ../shared/docs/CF_RULES.md; of
everyday_common.py a `grep -n` of its `def` lines and `sed -n 60,176p` (IDs, splits, labels, near
misses); of tests/benchmarks/set_files.py a `grep -n` of its `def` lines and its check functions
(`sed -n 38,62p` and `sed -n 103,132p`); the first 12,000 characters of benchmarks/data/README.md, each
line cut to 300 characters, its first 60 lines (the rows up to sixth_cf); of everyday_tables.py the
signatures of `build_record` and `problems` and a `grep -A40` of `def problems` with entry lines
filtered out (see Slips); of cf_assistant.languages.cf: parse/to_text on 12 made-up rules for the
canonical spelling; `ls benchmarks/data/*.json | wc -l` (47) and `ls benchmarks/data | grep -c
twentieth` (4). The drafting program's runs (/tmp/e21t/gen.py, six runs; their messages name this set's
tables and drafts only: two tables' rows, the count of drafts and the functions with no passing
literal, eleven at first, NotErrors everywhere, fixed by a blank in the error column, and Top on two
tables, fixed by letting Top fall back to column E; then none), one probe of `problems` on two of this
set's rules, and four printouts of this set's own drafts (samples, then every puzzle, double-negative,
code-switch and sarcastic draft, read for wording: fixed before the first build were the article
"a"/"an", "not of 's'" made "that aren't 's'", no by-value NOT in the double-negative style, the
double-negative frame for negated rules, the Duplicates/Unique wordings, the puzzle share and half
steps in whole-number columns); /tmp/e21t/assemble.py (six runs: lines over 120: one table header
line twice, then none, then three docstring lines, rewrapped, then two,
then two more, each rewrapped, then none), an `awk` of lines over 120 bytes (two, by bytes; one table
header line) and a `sed -n 484,487p` of this file (that IceSculpture header); the first build
(`python benchmarks/data/twentyfirst_tables.py | head -3`, see Slips: its first line and CheeseCave's
per-half count, then a broken pipe); the second build (its first line, the style and naming counts and
an `awk` of functions missing a half: none), three rebuilds each with a `cmp` against the second
build's copy (the same; the last after E21c's twentyfirst_cf.json had appeared); the programs
that edited the table test module (they printed a count of "twentyfirst", 6, then 5 with a
`grep -c`, then `grep -n` of its twentyfirst lines and `sed -n 14,22p` of its docstring, and an `awk` of
its long lines: none); the program that put the README row in (it printed that it found one
twentieth_tables row and no twentyfirst row, and "inserted"), the one that reworded that row (it printed
"replaced"), `grep -c` of the two twentyfirst README rows (1 and 0, then 1 and 1), and two `ls` of the
file names with "twentyfirst" in benchmarks/data (twentyfirst_cf.py of E21c was there from before this
set's first build, twentyfirst_cf.json by the second `ls`; neither opened); `python -m pytest -q` of
tests/benchmarks/test_table_sets_data.py (`-k twentyfirst`: 8 passed, twice; then whole: 136 passed, twice) and
tests/benchmarks/test_sets_are_the_projects_own.py (49 passed, then 50 twice with twentyfirst_cf.json beside);
a small program printing this set's counts per half (records, header-only, rows).

Slips: (1) `sed -n 1,232p` of twentieth_tables.py, meant to stop before its first table, printed
eleven lines more: `TABLES = {}`, `ENTRIES = {}`, its first `TABLES[` line (a table name), that table's
header row and its first eight data rows (cells only, no request). (2) `sed -n 1090,1128p` of it, meant
for the code after its last entry, printed its last fifteen entries (requests, rules, scopes, namings,
styles and tags of one table) before the closing bracket, the bind and the main block. Nothing of them
was reused; this set's frames were written after it and follow the styles its docstring describes
(the annotator's "Highlight rows with ..."), not those lines. (3) everyday_tables.py is not on the
brief's reading list: the signatures of two of its functions and the code of its `problems`, `build`
and the start of `checked_records` were printed (no entry). (4) After the first build had printed the
split of the whole set (dev 172 / test 169) and CheeseCave's per-half count, IceSculpture's header
"Delivery Date" was renamed "Delivery" because its header line was over 120 characters; this changed
the four requests that name that column by its header (and so their IDs and halves), and the
IceSculpture table. It was done for the line length only, not for any split; nothing else was added,
dropped or reworded after a split was seen. The two engineers kept apart scratch folders (/tmp/e21t
here); nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; `git log`, `git show`, any diff's
content, `git diff --stat` (no git command was run); ../shared/docs/EVALUATION.md and ../shared/data
(the train split is compared by the builder's program only);
tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of the other
builders (but Slips); README.md past its first 12,000 characters; twentyfirst_cf.py and any
twentyfirst_cf.json (written beside this set by engineer E21c; the builder compares with any set file
beside it by program only, as table_sets.requests_elsewhere does); the utterances or tables of any JSON
file (compared with this set's by program only, never printed). No request was run through `cfa suggest`,
`cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to twentieth_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows ("whole row",
"entire row", "full row", "the whole row", "poori row", "toda la fila", "fila completa", "die ganze
Zeile", "la ligne entière", "l'intera riga", "a linha inteira", "Highlight rows with/for", "every row",
or the wheels, bookings, tickets, shifts, stays, commissions, hires, matches, tours, visits or batches
themselves), "cells" otherwise; `naming` says how the request names the tested column: `by-header` (its
header as written, or its letter), `by-meaning` (the rows by what the date means: "the stays dated last
month", "the tours dated yesterday") or `by-value` (only values of it: "the wheels of 'Stilton' or
'Brie'", "the visits that aren't 'Private'", "the hires of 'Car'"). Each rule tests one column. Every
record is first built and checked on its full table (everyday_tables' `build_record` with IDs prefixed
`t21t-`; its `problems`: a record that formats no row or every row, whose near misses its table cannot
tell apart, text operators exempt, or whose rule formats the same rows on another column is refused),
and a request already written (case aside) in any other set file of benchmarks/data/ or in the
benchmark's train split (../shared/data/cf/train.json, on this machine) is refused, as is a column
letter or range that is not the rule's column (none was). Then the records picked by a stable hash of
the ID (about one in three, `table_sets.header_only`) are written with `Data` = [header row], `Labels`
= [] and the tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table
text below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date
comparisons are not written, date periods are (each table's date column holds the fourteen days
06-11, 06-12, 06-13, 06-07, 06-04, 06-18, 06-27, 05-20, 07-08, 03-01, 06-14, 06-20, 06-25 and 05-29,
rotated by the table's place, so that the ten periods tell apart). Labels follow Excel: a blank
compares as 0, any text is greater than any number, an error is neither blank nor formatted by a
comparison, text tests ignore case. Every comparison's threshold and every Between bound is a value of
its column (so that "at least" and "more than" differ there). Each table leaves out seven of the 31
functions that are not date periods and three of the ten periods, in turn (table k leaves out the
functions 7k to 7k+6 and the periods 3k to 3k+2 of a fixed order, mod 31 and 10), so that each
function has 8 or 9 records and each period 7 or 8.

Tags: the naming, the style, then any of `boundary`, `negation`, `or`, `superlative`, `starts-ends`,
`date`, then `header-only` where the rows were dropped, then `twentyfirst` (last). Every one of the 41
top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentyfirst_tables.py` prints them): 341 records, dev 174 / test
167; 11 tables of 10 columns and 14 data rows each; 127 header-only records (37%; dev 68, test 59);
scope rows 183 (54%) / cells 158; naming by-header 297, by-meaning 29, by-value 15 (13% not by
header); styles sarcastic 64, annotator 62, double-negative 60, forum 58, code-switch 57, puzzle 40;
every one of the 41 top functions in both halves (the thinnest: Today, TextEndsWith and Tomorrow with
one record in one half).

Rebuild: `python benchmarks/data/twentyfirst_tables.py` (prints the counts per split, table, scope,
naming, style, tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyfirst_tables.json"
PREFIX = "t21t"
TAG = "twentyfirst"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: requests mixing another language's words into
# English, double negatives, an exasperated or ironic user, and literals given by a relation to work out.
STYLES = ("annotator", "forum", "code-switch", "double-negative", "sarcastic", "puzzle")
# The requests of every other set file in this folder (these forty-seven at the time of writing,
# and any written since, e.g. twentyfirst_cf.json, written at the same time by another engineer)
# and of the benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fifth_cf.json", "fifth_tables.json", "sixth_cf.json", "sixth_tables.json",
              "seventh_cf.json", "seventh_tables.json", "eighth_cf.json", "eighth_tables.json",
              "ninth_cf.json", "ninth_tables.json", "tenth_cf.json", "tenth_tables.json",
              "eleventh_cf.json", "eleventh_tables.json", "twelfth_cf.json", "twelfth_tables.json",
              "thirteenth_cf.json", "thirteenth_tables.json", "fourteenth_cf.json",
              "fourteenth_tables.json", "fifteenth_cf.json", "fifteenth_tables.json",
              "sixteenth_cf.json", "sixteenth_tables.json", "seventeenth_cf.json",
              "seventeenth_tables.json", "eighteenth_cf.json", "eighteenth_tables.json",
              "nineteenth_cf.json", "nineteenth_tables.json", "twentieth_cf.json", "twentieth_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "€", "£", "$", "NZ$", "CHF",
# "฿" and "¥" amounts sit under a currency header as plain numbers. Each table is added to TABLES and
# its entries to ENTRIES in turn.

TABLES = {}
ENTRIES = {}

TABLES["CheeseCave"] = _table("""
Wheel | Maker | Cheese | Turned On | Weight (kg) | Age (months) | Price (€) | Humidity (%) | Raw Milk? | Notes
CW-101 | Aubert | Comté | 2024-06-11 | 21 | 21 | 46 | 95 | Yes | rind cracked
CW-102 | Aubert | Brie | 2024-06-12 | 33 | 8 | 49.5 | 82 | No | _
CW-103 | Lindqvist | Gouda | 2024-06-13 | 8 | 25 | 82.5 | #N/A | Yes | turn twice
CW-104 | Moreau | Comté | 2024-06-07 | 32 | 13 | 67 | 86 | Yes | ~
CW-105 | Haddad | Stilton | 2024-06-04 | 40 | 14 | 74.5 | 88 | Yes | _
CW-106 | Lindqvist | Gouda | 2024-06-18 | 29 | _ | 72.5 | 97 | No | sold to Fromagerie Lune
CW-107 | Okoye | Comté | 2024-06-27 | 26 | 22 | 48 | _ | Yes | mould check
CW-108 | Aubert | Brie | 2024-05-20 | 6 | 12 | 86 | 96 | Yes | _
CW-109 | Petrov | Manchego | 2024-07-08 | 7 | 13 | 71.5 | 85 | Yes | washed rind
CW-110 | Haddad | Gouda | 2024-03-01 | 25 | 34 | tbc | 87 | Yes | show entry
CW-111 | Moreau | Comté | 2024-06-14 | 9 | 4 | 31 | 91 | Yes | _
CW-112 | Sato | Stilton | 2024-06-20 | 35 | 29 | 73.5 | 90 | _ | ~
CW-113 | Okoye | Brie | 2024-06-25 | 15 | 23 | 56 | 89 | Yes | rind cracked again
CW-114 | Brennan | Gouda | 2024-05-29 | 30 | 17 | 44.5 | 93 | Yes | salt heavy
""")
ENTRIES["CheeseCave"] = [
    ('Highlight Weight (kg) not between N and M inclusive, where N is 3 less than 24 and M is twice 16',
     'NotBetween({Weight (kg)}, 21, 32)', 'cells', 'by-header', 'puzzle', 'boundary', 'negation'),
    ("Is there a way to shade just the cells of column C (Cheese) reading exactly 'Stilton'?",
     'TextEquals({Cheese}, "Stilton")', 'cells', 'by-header', 'forum'),
    ("destaca a linha inteira dos wheels com Notes with 'show' anywhere in the text, por favor",
     'TextContains({Notes}, "show")', 'rows', 'by-header', 'code-switch'),
    ("don't leave out any Notes cell without 'heavy' anywhere in the text; leave the others alone",
     'TextNotContains({Notes}, "heavy")', 'cells', 'by-header', 'double-negative', 'negation'),
    ("sure, why not, it's not like I had plans. whole row highlighted for each Maker cell starting with 'Pe'",
     'TextStartsWith({Maker}, "Pe")', 'rows', 'by-header', 'sarcastic', 'starts-ends'),
    ("Highlight Maker ending in 'nan' in sheet CheeseCave",
     'TextEndsWith({Maker}, "nan")', 'cells', 'by-header', 'annotator', 'starts-ends'),
    ("sure, why not, it's not like I had plans. whole row highlighted for each Age (months) cell among the top "
     '3',
     'Top({Age (months)}, 3)', 'rows', 'by-header', 'sarcastic', 'superlative'),
    ("highlight the Weight (kg) cells, but not the ones that aren't among the 3 lowest values",
     'Bottom({Weight (kg)}, 3)', 'cells', 'by-header', 'double-negative', 'superlative'),
    ('Highlight Humidity (%) in the top N percent, where N is twice 10',
     'TopPercent({Humidity (%)}, 20)', 'cells', 'by-header', 'puzzle', 'superlative'),
    ('Highlight cells in Weight (kg) in the bottom 20 percent in sheet CheeseCave',
     'BottomPercent({Weight (kg)}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('Highlight cells in Age (months) higher than the column average in sheet CheeseCave',
     'AboveAverage({Age (months)})', 'cells', 'by-header', 'annotator'),
    ("How do I highlight the Humidity (%) cells below the column's average? Humidity (%) is column H.",
     'BelowAverage({Humidity (%)})', 'cells', 'by-header', 'forum'),
    ('destaca as células de Maker appearing more than once in the column, por favor',
     'Duplicates({Maker})', 'cells', 'by-header', 'code-switch'),
    ('no row with a Cheese cell found only once in the column should go unhighlighted, and no other row should '
     'be highlighted',
     'Unique({Cheese})', 'rows', 'by-header', 'double-negative'),
    ('oh great, another CheeseCave sheet. fine, highlight every row with a Notes cell left blank, I guess',
     'Blanks({Notes})', 'rows', 'by-header', 'sarcastic'),
    ('Highlight Notes not left blank in sheet CheeseCave',
     'NotBlanks({Notes})', 'cells', 'by-header', 'annotator', 'negation'),
    ('Is there a way to shade just the cells of column H (Humidity (%)) holding an Excel error?',
     'Errors({Humidity (%)})', 'cells', 'by-header', 'forum'),
    ('destaca a linha inteira dos wheels com Humidity (%) free of Excel errors, por favor',
     'NotErrors({Humidity (%)})', 'rows', 'by-header', 'code-switch', 'negation'),
    ("don't leave any number in Price (€) without its colour scale shade",
     'ColorScale({Price (€)})', 'cells', 'by-header', 'double-negative'),
    ('because reading numbers is apparently too hard: data bars on Price (€)',
     'DataBar({Price (€)})', 'cells', 'by-header', 'sarcastic'),
    ('Apply an icon set to Price (€) in sheet CheeseCave', 'IconSet({Price (€)})', 'cells', 'by-header', 'annotator'),
    ('Highlight Weight (kg) above N but below M, where N is 10 less than 31 and M is 3 less than 35',
     'AND(GreaterThan({Weight (kg)}, 21), LessThan({Weight (kg)}, 32))', 'cells', 'by-header', 'puzzle', 'boundary'),
    ("surligne les wheels of 'Stilton' or 'Brie', la ligne entière",
     'OR(TextEquals({Cheese}, "Stilton"), TextEquals({Cheese}, "Brie"))', 'rows', 'by-value', 'code-switch', 'or'),
    ("don't leave out any row with a Cheese cell not equal to 'Stilton'; leave the other rows alone",
     'NOT(TextEquals({Cheese}, "Stilton"))', 'rows', 'by-header', 'double-negative', 'negation'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the wheels dated in the "
     'last 7 days',
     'Last7Days({Turned On})', 'rows', 'by-meaning', 'sarcastic', 'date'),
    ('Highlight rows with Turned On dated last week in sheet CheeseCave',
     'LastWeek({Turned On})', 'rows', 'by-header', 'annotator', 'date'),
    ('Is there a way to shade just the cells of column D (Turned On) dated this week?',
     'ThisWeek({Turned On})', 'cells', 'by-header', 'forum', 'date'),
    ('destaca a linha inteira dos wheels com Turned On dated next week, por favor',
     'NextWeek({Turned On})', 'rows', 'by-header', 'code-switch', 'date'),
    ("highlight the wheels, but not the ones that aren't dated last month; whole rows",
     'LastMonth({Turned On})', 'rows', 'by-meaning', 'double-negative', 'date'),
    ('oh great, another CheeseCave sheet. fine, highlight the Turned On cells dated this month, I guess',
     'ThisMonth({Turned On})', 'cells', 'by-header', 'sarcastic', 'date'),
    ('Highlight rows for wheels dated next month in sheet CheeseCave',
     'NextMonth({Turned On})', 'rows', 'by-meaning', 'annotator', 'date'),
]

TABLES["SourdoughClass"] = _table("""
Booking | Student | Loaf | Class Date | Hydration (%) | Seats | Fee (£) | Oven Temp (°C) | Own Starter? | Notes
SD-101 | Ferris | Country | 2024-06-12 | 83 | 14 | 80 | 240 | Yes | gluten free
SD-102 | Amari | Rye | 2024-06-13 | 71 | 12 | 60 | 230 | No | _
SD-103 | Ferris | Focaccia | 2024-06-07 | 63 | 5 | 105 | 240 | No | ~
SD-104 | Kowalski | Country | 2024-06-04 | 77 | 3 | 70 | #VALUE! | No | brings own tin
SD-105 | Nunez | Baguette | 2024-06-18 | 68 | 16 | 75 | 245 | Yes | _
SD-106 | Amari | Rye | 2024-06-27 | 80 | 9 | 95 | 240 | No | vegan
SD-107 | Delacroix | Country | 2024-05-20 | 78 | _ | 120 | 255 | No | late arrival
SD-108 | Ferris | Focaccia | 2024-07-08 | 87 | 10 | 55 | _ | Yes | _
SD-109 | Yusuf | Seeded | 2024-03-01 | 64 | 2 | 85 | 255 | Yes | gift voucher
SD-110 | Nunez | Rye | 2024-06-14 | 89 | 16 | 100 | 250 | Yes | ~
SD-111 | Tran | Country | 2024-06-20 | 65 | 6 | comp | 220 | Yes | brings own flour
SD-112 | Kowalski | Baguette | 2024-06-25 | 92 | 13 | 40 | 245 | Yes | _
SD-113 | Yusuf | Focaccia | 2024-05-29 | 61 | 11 | 50 | 240 | _ | repeat visitor
SD-114 | Odum | Rye | 2024-06-11 | 76 | 7 | 110 | 230 | No | vegan
""")
ENTRIES["SourdoughClass"] = [
    ('Highlight Hydration (%) over 77 in sheet SourdoughClass',
     'GreaterThan({Hydration (%)}, 77)', 'cells', 'by-header', 'annotator'),
    ('shade the whole row for bookings with Seats of at least N, where N is 3 less than 13',
     'GreaterThanEqual({Seats}, 10)', 'rows', 'by-header', 'puzzle', 'boundary'),
    ("evidenzia l'intera riga dei bookings con Fee (£) below 80, grazie",
     'LessThan({Fee (£)}, 80)', 'rows', 'by-header', 'code-switch'),
    ('How do I highlight the Fee (£) cells of 80 or less? Fee (£) is column G.',
     'LessThanEqual({Fee (£)}, 80)', 'cells', 'by-header', 'forum', 'boundary'),
    ('Highlight Hydration (%) equal to N, where N is 3 more than 74',
     'Equals({Hydration (%)}, 77)', 'cells', 'by-header', 'puzzle'),
    ("sure, why not, it's not like I had plans. whole row highlighted for each Seats cell not equal to 10",
     'NotEquals({Seats}, 10)', 'rows', 'by-header', 'sarcastic', 'negation'),
    ('no row with a Fee (£) cell from 70 to 95, both ends included should go unhighlighted, and no other row '
     'should be highlighted',
     'Between({Fee (£)}, 70, 95)', 'rows', 'by-header', 'double-negative', 'boundary'),
    ('I need the Hydration (%) cells among the N lowest values highlighted, where N is 3 less than 6',
     'Bottom({Hydration (%)}, 3)', 'cells', 'by-header', 'puzzle', 'superlative'),
    ('Highlight Oven Temp (°C) in the top 20% in sheet SourdoughClass',
     'TopPercent({Oven Temp (°C)}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('Highlight Hydration (%) in the bottom N percent, where N is half of 40',
     'BottomPercent({Hydration (%)}, 20)', 'cells', 'by-header', 'puzzle', 'superlative'),
    ('Trying to colour the entire row for bookings with a Seats cell higher than the column average. Seats '
     'sits in column F. How?',
     'AboveAverage({Seats})', 'rows', 'by-header', 'forum'),
    ('destaca a linha inteira dos bookings com Oven Temp (°C) lower than the column average, por favor',
     'BelowAverage({Oven Temp (°C)})', 'rows', 'by-header', 'code-switch'),
    ("no Student cell appearing more than once in the column should be left unhighlighted, and none that isn't "
     'should be highlighted',
     'Duplicates({Student})', 'cells', 'by-header', 'double-negative'),
    ('because obviously nobody can scroll: shade the entire row of any of the bookings with Loaf appearing '
     'just once in the column',
     'Unique({Loaf})', 'rows', 'by-header', 'sarcastic'),
    ('Highlight rows with Notes with nothing in it in sheet SourdoughClass',
     'Blanks({Notes})', 'rows', 'by-header', 'annotator'),
    ('Trying to colour the entire row for bookings with a Notes cell with something filled in. Notes sits in '
     'column J. How?',
     'NotBlanks({Notes})', 'rows', 'by-header', 'forum', 'negation'),
    ('destaca a linha inteira dos bookings com Oven Temp (°C) holding an Excel error, por favor',
     'Errors({Oven Temp (°C)})', 'rows', 'by-header', 'code-switch'),
    ("don't leave out any row with an Oven Temp (°C) cell not showing an error; leave the other rows alone",
     'NotErrors({Oven Temp (°C)})', 'rows', 'by-header', 'double-negative', 'negation'),
    ("oh sure, let's make it pretty. color scale on Fee (£), I guess",
     'ColorScale({Fee (£)})', 'cells', 'by-header', 'sarcastic'),
    ('Add data bars to Fee (£) in sheet SourdoughClass', 'DataBar({Fee (£)})', 'cells', 'by-header', 'annotator'),
    ('Any way to get those traffic-light icons (an icon set) on column G, Fee (£)?',
     'IconSet({Fee (£)})', 'cells', 'by-header', 'forum'),
    ("sure, I'll do it myself. again. highlight Hydration (%) over 71 and under 83",
     'AND(GreaterThan({Hydration (%)}, 71), LessThan({Hydration (%)}, 83))', 'cells', 'by-header', 'sarcastic',
     'boundary'),
    ("highlight the Loaf cells, but not the ones that aren't reading 'Rye' or 'Seeded'",
     'OR(TextEquals({Loaf}, "Rye"), TextEquals({Loaf}, "Seeded"))', 'cells', 'by-header', 'double-negative', 'or'),
    ("oh great, another SourdoughClass sheet. fine, highlight the bookings that aren't 'Focaccia', whole rows, "
     'I guess',
     'NOT(TextEquals({Loaf}, "Focaccia"))', 'rows', 'by-value', 'sarcastic', 'negation'),
    ('Highlight cells in Class Date dated yesterday in sheet SourdoughClass',
     'Yesterday({Class Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('How do I highlight every row with a Class Date cell dated today? Column D is Class Date.',
     'Today({Class Date})', 'rows', 'by-header', 'forum', 'date'),
    ('Class Date mein jo cells dated tomorrow hain, unko highlight karo',
     'Tomorrow({Class Date})', 'cells', 'by-header', 'code-switch', 'date'),
    ("don't leave out any row with a Class Date cell dated next week; don't touch the rows without one",
     'NextWeek({Class Date})', 'rows', 'by-header', 'double-negative', 'date'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the bookings dated last "
     'month',
     'LastMonth({Class Date})', 'rows', 'by-meaning', 'sarcastic', 'date'),
    ('Highlight cells in Class Date dated this month in sheet SourdoughClass',
     'ThisMonth({Class Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('How do I highlight the bookings dated next month, each as a whole row?',
     'NextMonth({Class Date})', 'rows', 'by-meaning', 'forum', 'date'),
]

TABLES["HedgeMaze"] = _table("""
Ticket | Group | Route | Visit Date | Visitors | Time Inside (min) | Price ($) | Dead Ends Hit | Map Bought? | Feedback
HM-101 | Garcia | Spiral | 2024-06-13 | 10 | 137 | 33.5 | 2 | Yes | loved it
HM-102 | Pham | Classic | 2024-06-07 | 23 | 96 | 35 | 9 | No | _
HM-103 | Whitlock | Giant | 2024-06-04 | 17 | 93 | 13 | 7 | No | too easy
HM-104 | Garcia | Spiral | 2024-06-18 | 4 | 45 | 12.5 | 5 | Yes | ~
HM-105 | Osei | Night | 2024-06-27 | 15 | 17 | 9 | #REF! | Yes | got lost twice
HM-106 | Pham | Classic | 2024-05-20 | 30 | 126 | 34.5 | 18 | Yes | _
HM-107 | Lindgren | Spiral | 2024-07-08 | 19 | 64 | 50 | 10 | No | staff helpful
HM-108 | Garcia | Giant | 2024-03-01 | 28 | _ | 46 | 4 | Yes | loved the fountain
HM-109 | Reyes | Kids | 2024-06-14 | 21 | 67 | 18.5 | _ | Yes | _
HM-110 | Osei | Classic | 2024-06-20 | 26 | 23 | 17.5 | 20 | Yes | ~
HM-111 | Whitlock | Spiral | 2024-06-25 | 14 | 126 | 37 | 22 | Yes | scary at night
HM-112 | Abara | Night | 2024-05-29 | 3 | 19 | free | 1 | Yes | too hot
HM-113 | Reyes | Giant | 2024-06-11 | 6 | 58 | 5.5 | 11 | No | _
HM-114 | Kim | Classic | 2024-06-12 | 27 | 109 | 33 | 25 | _ | will return
""")
ENTRIES["HedgeMaze"] = [
    ('shade the whole row for tickets with Visitors above N, where N is half of 38',
     'GreaterThan({Visitors}, 19)', 'rows', 'by-header', 'puzzle'),
    ("evidenzia l'intera riga dei tickets con Time Inside (min) of 67 or more, grazie",
     'GreaterThanEqual({Time Inside (min)}, 67)', 'rows', 'by-header', 'code-switch', 'boundary'),
    ('Trying to colour the entire row for tickets with a Price ($) cell below 33. Price ($) sits in column G. '
     'How?',
     'LessThan({Price ($)}, 33)', 'rows', 'by-header', 'forum'),
    ('Highlight every row with a Price ($) cell of N or less, where N is 10 more than 23',
     'LessThanEqual({Price ($)}, 33)', 'rows', 'by-header', 'puzzle', 'boundary'),
    ("sure, why not, it's not like I had plans. whole row highlighted for each Visitors cell equal to 19",
     'Equals({Visitors}, 19)', 'rows', 'by-header', 'sarcastic'),
    ("don't leave out any row with a Time Inside (min) cell not equal to 67; leave the other rows alone",
     'NotEquals({Time Inside (min)}, 67)', 'rows', 'by-header', 'double-negative', 'negation'),
    ('Highlight every row with a Price ($) cell between N and M inclusive, where N is half of 37 and M is 0.5 '
     'more than 33',
     'Between({Price ($)}, 18.5, 33.5)', 'rows', 'by-header', 'puzzle', 'boundary'),
    ('Highlight cells in Visitors not between 14 and 23 inclusive in sheet HedgeMaze',
     'NotBetween({Visitors}, 14, 23)', 'cells', 'by-header', 'annotator', 'boundary', 'negation'),
    ("Highlight rows for tickets of 'Spiral' in sheet HedgeMaze",
     'TextEquals({Route}, "Spiral")', 'rows', 'by-value', 'annotator'),
    ("How do I highlight the Feedback cells containing 'night'? Feedback is column J.",
     'TextContains({Feedback}, "night")', 'cells', 'by-header', 'forum'),
    ("destaca as células de Feedback without 'helpful' anywhere in the text, por favor",
     'TextNotContains({Feedback}, "helpful")', 'cells', 'by-header', 'code-switch', 'negation'),
    ("highlight the tickets, but not the ones whose Group cell isn't starting with 'Whi'; whole rows",
     'TextStartsWith({Group}, "Whi")', 'rows', 'by-header', 'double-negative', 'starts-ends'),
    ("wow, what a thrill. colour the Group cells ending with 'en', since apparently that's my job now",
     'TextEndsWith({Group}, "en")', 'cells', 'by-header', 'sarcastic', 'starts-ends'),
    ("don't leave out any Time Inside (min) cell among the top 4, and don't colour any that aren't",
     'Top({Time Inside (min)}, 4)', 'cells', 'by-header', 'double-negative', 'superlative'),
    ('How do I highlight every row with a Feedback cell left blank? Column J is Feedback.',
     'Blanks({Feedback})', 'rows', 'by-header', 'forum'),
    ('jin tickets ka Feedback with something filled in hai, unki poori row highlight karo',
     'NotBlanks({Feedback})', 'rows', 'by-header', 'code-switch', 'negation'),
    ('no row with a Dead Ends Hit cell holding an Excel error should go unhighlighted, and no other row should '
     'be highlighted',
     'Errors({Dead Ends Hit})', 'rows', 'by-header', 'double-negative'),
    ("sure, why not, it's not like I had plans. whole row highlighted for each Dead Ends Hit cell not showing "
     'an error',
     'NotErrors({Dead Ends Hit})', 'rows', 'by-header', 'sarcastic', 'negation'),
    ('Apply a color scale to Price ($) in sheet HedgeMaze',
     'ColorScale({Price ($)})', 'cells', 'by-header', 'annotator'),
    ('Data bars inside the Price ($) cells, is that doable? Price ($) is column G.',
     'DataBar({Price ($)})', 'cells', 'by-header', 'forum'),
    ('metti un icon set su Price ($), grazie', 'IconSet({Price ($)})', 'cells', 'by-header', 'code-switch'),
    ('no row with a Visitors cell over 14 and under 23 should go unhighlighted, and no other row should be '
     'highlighted',
     'AND(GreaterThan({Visitors}, 14), LessThan({Visitors}, 23))', 'rows', 'by-header', 'double-negative', 'boundary'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the tickets of 'Classic' or "
     "'Kids'",
     'OR(TextEquals({Route}, "Classic"), TextEquals({Route}, "Kids"))', 'rows', 'by-value', 'sarcastic', 'or'),
    ("Highlight rows for tickets that aren't 'Kids' in sheet HedgeMaze",
     'NOT(TextEquals({Route}, "Kids"))', 'rows', 'by-value', 'annotator', 'negation'),
    ('Trying to colour the entire row for tickets with a Visit Date cell dated yesterday. Visit Date sits in '
     'column D. How?',
     'Yesterday({Visit Date})', 'rows', 'by-header', 'forum', 'date'),
    ('evidenzia le celle di Visit Date dated today, grazie',
     'Today({Visit Date})', 'cells', 'by-header', 'code-switch', 'date'),
    ("highlight the Visit Date cells, but not the ones that aren't dated tomorrow",
     'Tomorrow({Visit Date})', 'cells', 'by-header', 'double-negative', 'date'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the tickets dated in the "
     'last 7 days',
     'Last7Days({Visit Date})', 'rows', 'by-meaning', 'sarcastic', 'date'),
    ('Highlight Visit Date dated last week in sheet HedgeMaze',
     'LastWeek({Visit Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('How do I highlight the tickets dated this week, each as a whole row?',
     'ThisWeek({Visit Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ("evidenzia l'intera riga dei tickets con Visit Date dated next month, grazie",
     'NextMonth({Visit Date})', 'rows', 'by-header', 'code-switch', 'date'),
]

TABLES["SnowConeStand"] = _table("""
Shift | Server | Flavour | Shift Date | Cones Sold | Syrup Used (L) | Takings ($) | Ice (kg) | Rain? | Notes
SC-101 | Mateo | Blue Raspberry | 2024-06-07 | 60 | 2 | 285 | 17 | _ | machine jammed
SC-102 | Jada | Cherry | 2024-06-04 | 280 | 5 | 40 | 86 | Yes | _
SC-103 | Mateo | Mango | 2024-06-18 | 189 | 16 | 565 | 62 | Yes | ~
SC-104 | Priya | Blue Raspberry | 2024-06-27 | 51 | 17 | 595 | 78 | Yes | busy lunch
SC-105 | Lars | Lime | 2024-05-20 | 231 | 14 | 865 | 26 | Yes | _
SC-106 | Jada | Cherry | 2024-07-08 | 47 | 21 | 360 | #DIV/0! | No | ran out of cups
SC-107 | Noor | Blue Raspberry | 2024-03-01 | 152 | 22 | 135 | 50 | No | _
SC-108 | Mateo | Mango | 2024-06-14 | 242 | 11 | 720 | 89 | Yes | school trip
SC-109 | Bex | Bubblegum | 2024-06-20 | 53 | _ | 380 | 21 | Yes | ~
SC-110 | Lars | Cherry | 2024-06-25 | 275 | 19 | 680 | _ | Yes | quiet
SC-111 | Priya | Blue Raspberry | 2024-05-29 | 273 | 6 | 490 | 82 | Yes | generator off
SC-112 | Tomas | Lime | 2024-06-11 | 147 | 22 | 640 | 92 | No | _
SC-113 | Noor | Mango | 2024-06-12 | 86 | 15 | rained off | 10 | No | ran out of ice
SC-114 | Jada | Cherry | 2024-06-13 | 22 | 26 | 210 | 23 | Yes | festival
""")
ENTRIES["SnowConeStand"] = [
    ('markier die ganze Zeile bei shifts mit Cones Sold greater than 152, danke',
     'GreaterThan({Cones Sold}, 152)', 'rows', 'by-header', 'code-switch'),
    ('How do I highlight every row with a Syrup Used (L) cell of 16 or more? Column F is Syrup Used (L).',
     'GreaterThanEqual({Syrup Used (L)}, 16)', 'rows', 'by-header', 'forum', 'boundary'),
    ('Highlight every row with a Takings ($) cell less than N, where N is twice 245',
     'LessThan({Takings ($)}, 490)', 'rows', 'by-header', 'puzzle'),
    ('oh great, another SnowConeStand sheet. fine, highlight the Takings ($) cells of 490 or less, I guess',
     'LessThanEqual({Takings ($)}, 490)', 'cells', 'by-header', 'sarcastic', 'boundary'),
    ('no row with a Cones Sold cell of exactly 152 should go unhighlighted, and no other row should be '
     'highlighted',
     'Equals({Cones Sold}, 152)', 'rows', 'by-header', 'double-negative'),
    ('shade the whole row for shifts with Syrup Used (L) of anything but N, where N is 5 less than 21',
     'NotEquals({Syrup Used (L)}, 16)', 'rows', 'by-header', 'puzzle', 'negation'),
    ('Highlight Takings ($) between 360 and 640 inclusive in sheet SnowConeStand',
     'Between({Takings ($)}, 360, 640)', 'cells', 'by-header', 'annotator', 'boundary'),
    ("Highlight every row with a Cones Sold cell outside N to M (N and M themselves don't count), where N is "
     'half of 172 and M is 5 more than 184',
     'NotBetween({Cones Sold}, 86, 189)', 'rows', 'by-header', 'puzzle', 'boundary', 'negation'),
    ("Is there a way to shade just the cells of column C (Flavour) reading exactly 'Lime'?",
     'TextEquals({Flavour}, "Lime")', 'cells', 'by-header', 'forum'),
    ("resalta las celdas de Notes containing 'trip', por favor",
     'TextContains({Notes}, "trip")', 'cells', 'by-header', 'code-switch'),
    ("don't leave out any Notes cell without 'school' anywhere in the text; leave the others alone",
     'TextNotContains({Notes}, "school")', 'cells', 'by-header', 'double-negative', 'negation'),
    ("oh great, another SnowConeStand sheet. fine, highlight the Server cells starting with 'Lar', I guess",
     'TextStartsWith({Server}, "Lar")', 'cells', 'by-header', 'sarcastic', 'starts-ends'),
    ("Highlight Server ending in 'or' in sheet SnowConeStand",
     'TextEndsWith({Server}, "or")', 'cells', 'by-header', 'annotator', 'starts-ends'),
    ('Highlight every row with a Syrup Used (L) cell among the top N, where N is twice 2',
     'Top({Syrup Used (L)}, 4)', 'rows', 'by-header', 'puzzle', 'superlative'),
    ('Highlight rows with Cones Sold among the 3 lowest values in sheet SnowConeStand',
     'Bottom({Cones Sold}, 3)', 'rows', 'by-header', 'annotator', 'superlative'),
    ('shade the whole row for shifts with Ice (kg) in the top N percent, where N is 5 less than 25',
     'TopPercent({Ice (kg)}, 20)', 'rows', 'by-header', 'puzzle', 'superlative'),
    ('resalta las celdas de Cones Sold in the bottom 20%, por favor',
     'BottomPercent({Cones Sold}, 20)', 'cells', 'by-header', 'code-switch', 'superlative'),
    ("Highlight rows with Syrup Used (L) above the column's average in sheet SnowConeStand",
     'AboveAverage({Syrup Used (L)})', 'rows', 'by-header', 'annotator'),
    ('Is there a way to shade just the cells of column H (Ice (kg)) lower than the column average?',
     'BelowAverage({Ice (kg)})', 'cells', 'by-header', 'forum'),
    ('markier die ganze Zeile bei shifts mit Server appearing more than once in the column, danke',
     'Duplicates({Server})', 'rows', 'by-header', 'code-switch'),
    ("highlight the shifts, but not the ones whose Flavour cell isn't found only once in the column; whole rows",
     'Unique({Flavour})', 'rows', 'by-header', 'double-negative'),
    ('shade the whole row for shifts with Cones Sold above N but below M, where N is 5 more than 81 and M is 3 '
     'less than 192',
     'AND(GreaterThan({Cones Sold}, 86), LessThan({Cones Sold}, 189))', 'rows', 'by-header', 'puzzle', 'boundary'),
    ("Highlight rows with Flavour equal to 'Blue Raspberry' or 'Lime' in sheet SnowConeStand",
     'OR(TextEquals({Flavour}, "Blue Raspberry"), TextEquals({Flavour}, "Lime"))', 'rows', 'by-header', 'annotator',
     'or'),
    ("Is there a rule that shades the shifts that aren't 'Cherry', entire rows?",
     'NOT(TextEquals({Flavour}, "Cherry"))', 'rows', 'by-value', 'forum', 'negation'),
    ('surligne la ligne entière des shifts avec Shift Date dated tomorrow stp',
     'Tomorrow({Shift Date})', 'rows', 'by-header', 'code-switch', 'date'),
    ('no row with a Shift Date cell dated in the last 7 days should go unhighlighted, and no other row should '
     'be highlighted',
     'Last7Days({Shift Date})', 'rows', 'by-header', 'double-negative', 'date'),
    ('because obviously nobody can scroll: shade the entire row of any of the shifts with Shift Date dated '
     'last week',
     'LastWeek({Shift Date})', 'rows', 'by-header', 'sarcastic', 'date'),
    ('Highlight rows for shifts dated this week in sheet SnowConeStand',
     'ThisWeek({Shift Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Is there a way to shade just the cells of column D (Shift Date) dated next week?',
     'NextWeek({Shift Date})', 'cells', 'by-header', 'forum', 'date'),
    ('markier die shifts dated last month, die ganze Zeile bitte',
     'LastMonth({Shift Date})', 'rows', 'by-meaning', 'code-switch', 'date'),
    ("highlight the shifts, but not the ones that aren't dated this month; whole rows",
     'ThisMonth({Shift Date})', 'rows', 'by-meaning', 'double-negative', 'date'),
]

TABLES["YurtRetreat"] = _table("""
Stay | Guest | Yurt | Arrival | Nights | Guests | Rate (NZ$) | Stove Logs | Pets? | Requests
YR-101 | Hemi | Kowhai | 2024-06-04 | 3 | 7 | 240 | 30 | No | extra blankets
YR-102 | Castillo | Totara | 2024-06-18 | 9 | 2 | 390 | 15 | _ | _
YR-103 | Hemi | Rimu | 2024-06-27 | 4 | 2 | 250 | 35 | No | ~
YR-104 | Novak | Kowhai | 2024-05-20 | 8 | 8 | 180 | 17 | Yes | late check-in
YR-105 | Ibsen | Matai | 2024-07-08 | 7 | 5 | 330 | 16 | Yes | _
YR-106 | Castillo | Totara | 2024-03-01 | 6 | 4 | 280 | 32 | No | honeymoon
YR-107 | Mbeki | Kowhai | 2024-06-14 | 14 | 5 | 420 | #N/A | Yes | _
YR-108 | Hemi | Rimu | 2024-06-20 | 12 | 3 | 150 | 25 | Yes | dog bed
YR-109 | Ruiz | Nikau | 2024-06-25 | 2 | 6 | 230 | 21 | Yes | extra firewood
YR-110 | Ibsen | Totara | 2024-05-29 | 13 | _ | 160 | 8 | No | ~
YR-111 | Novak | Kowhai | 2024-06-11 | 11 | 7 | 290 | _ | No | late check-out
YR-112 | Fong | Matai | 2024-06-12 | 5 | 3 | 310 | 11 | Yes | _
YR-113 | Mbeki | Rimu | 2024-06-13 | 10 | 3 | 190 | 4 | Yes | birthday cake
YR-114 | Castillo | Totara | 2024-06-07 | 1 | 5 | TBA | 29 | No | honeymoon
""")
ENTRIES["YurtRetreat"] = [
    ('How do I highlight the Nights cells equal to 7? Nights is column E.',
     'Equals({Nights}, 7)', 'cells', 'by-header', 'forum'),
    ('colour the Guests cells of anything but N, where N is 10 less than 15',
     'NotEquals({Guests}, 5)', 'cells', 'by-header', 'puzzle', 'negation'),
    ('because obviously nobody here can read a spreadsheet: mark Rate (NZ$) from 190 to 280, both ends included',
     'Between({Rate (NZ$)}, 190, 280)', 'cells', 'by-header', 'sarcastic', 'boundary'),
    ("don't leave out any row with a Nights cell outside 6 to 10 (6 and 10 themselves don't count); leave the "
     'other rows alone',
     'NotBetween({Nights}, 6, 10)', 'rows', 'by-header', 'double-negative', 'boundary', 'negation'),
    ("don't leave out any Yurt cell reading exactly 'Matai', and don't colour any that aren't",
     'TextEquals({Yurt}, "Matai")', 'cells', 'by-header', 'double-negative'),
    ("oh great, another YurtRetreat sheet. fine, highlight every row with a Requests cell containing 'late', I "
     'guess',
     'TextContains({Requests}, "late")', 'rows', 'by-header', 'sarcastic'),
    ("Highlight Requests not containing 'extra' in sheet YurtRetreat",
     'TextNotContains({Requests}, "extra")', 'cells', 'by-header', 'annotator', 'negation'),
    ("Is there a way to shade just the cells of column B (Guest) beginning with 'Ib'?",
     'TextStartsWith({Guest}, "Ib")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ("jin stays ka Guest ending with 'lo' hai, unki poori row highlight karo",
     'TextEndsWith({Guest}, "lo")', 'rows', 'by-header', 'code-switch', 'starts-ends'),
    ('Highlight Guests among the N highest values, where N is 3 more than 1',
     'Top({Guests}, 4)', 'cells', 'by-header', 'puzzle', 'superlative'),
    ('because obviously nobody here can read a spreadsheet: mark Nights among the 3 lowest values',
     'Bottom({Nights}, 3)', 'cells', 'by-header', 'sarcastic', 'superlative'),
    ("no Stove Logs cell in the top 20% should be left unhighlighted, and none that isn't should be highlighted",
     'TopPercent({Stove Logs}, 20)', 'cells', 'by-header', 'double-negative', 'superlative'),
    ('shade the whole row for stays with Nights in the bottom N percent, where N is 3 more than 17',
     'BottomPercent({Nights}, 20)', 'rows', 'by-header', 'puzzle', 'superlative'),
    ('destaca as células de Guests higher than the column average, por favor',
     'AboveAverage({Guests})', 'cells', 'by-header', 'code-switch'),
    ("don't leave out any row with a Stove Logs cell below the column's average; don't touch the rows without "
     'one',
     'BelowAverage({Stove Logs})', 'rows', 'by-header', 'double-negative'),
    ('love how this always lands on me. highlight the full row for each of the stays with Guest appearing more '
     'than once in the column',
     'Duplicates({Guest})', 'rows', 'by-header', 'sarcastic'),
    ('Highlight rows with Yurt appearing just once in the column in sheet YurtRetreat',
     'Unique({Yurt})', 'rows', 'by-header', 'annotator'),
    ('Is there a way to shade just the cells of column J (Requests) with nothing in it?',
     'Blanks({Requests})', 'cells', 'by-header', 'forum'),
    ('markier mal alle Requests Zellen with something filled in, danke',
     'NotBlanks({Requests})', 'cells', 'by-header', 'code-switch', 'negation'),
    ("highlight the Stove Logs cells, but not the ones that aren't showing an error",
     'Errors({Stove Logs})', 'cells', 'by-header', 'double-negative'),
    ('love how this always lands on me. highlight the full row for each of the stays with Stove Logs free of '
     'Excel errors',
     'NotErrors({Stove Logs})', 'rows', 'by-header', 'sarcastic', 'negation'),
    ('Apply a color scale to Rate (NZ$) in sheet YurtRetreat',
     'ColorScale({Rate (NZ$)})', 'cells', 'by-header', 'annotator'),
    ('How can I add data bars to column G (Rate (NZ$))?', 'DataBar({Rate (NZ$)})', 'cells', 'by-header', 'forum'),
    ('coloca um icon set em Rate (NZ$), por favor', 'IconSet({Rate (NZ$)})', 'cells', 'by-header', 'code-switch'),
    ("don't leave out any row with an Arrival cell dated yesterday; don't touch the rows without one",
     'Yesterday({Arrival})', 'rows', 'by-header', 'double-negative', 'date'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the stays dated today",
     'Today({Arrival})', 'rows', 'by-meaning', 'sarcastic', 'date'),
    ('Highlight Arrival dated this week in sheet YurtRetreat',
     'ThisWeek({Arrival})', 'cells', 'by-header', 'annotator', 'date'),
    ('How do I highlight the stays dated next week, each as a whole row?',
     'NextWeek({Arrival})', 'rows', 'by-meaning', 'forum', 'date'),
    ('resalta los stays dated last month, toda la fila',
     'LastMonth({Arrival})', 'rows', 'by-meaning', 'code-switch', 'date'),
    ("highlight the stays, but not the ones whose Arrival cell isn't dated this month; whole rows",
     'ThisMonth({Arrival})', 'rows', 'by-header', 'double-negative', 'date'),
    ('because obviously nobody can scroll: shade the entire row of any of the stays with Arrival dated next '
     'month',
     'NextMonth({Arrival})', 'rows', 'by-header', 'sarcastic', 'date'),
]

TABLES["IceSculpture"] = _table("""
Commission | Client | Subject | Delivery | Block (kg) | Carving Hours | Quote (CHF) | Melt (%/hr) | Lit Base? | Notes
IS-101 | Hotel Alpina | Swan | 2024-06-18 | 199 | 52 | quote pending | 3 | Yes | wedding
IS-102 | Ruegg | Logo | 2024-06-27 | 668 | 4 | 1050 | 5.5 | No | _
IS-103 | Hotel Alpina | Bear | 2024-05-20 | 485 | 39 | 5850 | 7.5 | _ | ~
IS-104 | Studer | Swan | 2024-07-08 | 765 | 7 | 6650 | 6 | Yes | needs freezer truck
IS-105 | Bianchi | Ice Bar | 2024-03-01 | 859 | 2 | 650 | 8 | Yes | _
IS-106 | Ruegg | Logo | 2024-06-14 | 111 | 19 | 8250 | 10.5 | Yes | gala dinner
IS-107 | Hotel Seeblick | Swan | 2024-06-20 | 492 | 26 | 950 | 4.5 | Yes | _
IS-108 | Hotel Alpina | Bear | 2024-06-25 | 726 | 34 | 6550 | #VALUE! | Yes | wedding again
IS-109 | Keller | Heart | 2024-05-29 | 505 | 5 | 4950 | 9 | Yes | corporate
IS-110 | Bianchi | Logo | 2024-06-11 | 122 | 51 | 1350 | 8.5 | Yes | ~
IS-111 | Studer | Swan | 2024-06-12 | 119 | _ | 4300 | 2.5 | No | needs crane
IS-112 | Favre | Ice Bar | 2024-06-13 | 864 | 40 | 7600 | _ | Yes | _
IS-113 | Hotel Seeblick | Bear | 2024-06-07 | 840 | 9 | 400 | 3.5 | Yes | birthday
IS-114 | Ruegg | Logo | 2024-06-04 | 547 | 5 | 5000 | 11 | Yes | gala dinner
""")
ENTRIES["IceSculpture"] = [
    ('shade the whole row for commissions with Block (kg) above N, where N is 5 more than 542',
     'GreaterThan({Block (kg)}, 547)', 'rows', 'by-header', 'puzzle'),
    ('because obviously nobody can scroll: shade the entire row of any of the commissions with Carving Hours '
     'of at least 26',
     'GreaterThanEqual({Carving Hours}, 26)', 'rows', 'by-header', 'sarcastic', 'boundary'),
    ("highlight the Quote (CHF) cells, but not the ones that aren't under 4950",
     'LessThan({Quote (CHF)}, 4950)', 'cells', 'by-header', 'double-negative'),
    ('Highlight every row with a Quote (CHF) cell of N or less, where N is 3 less than 4953',
     'LessThanEqual({Quote (CHF)}, 4950)', 'rows', 'by-header', 'puzzle', 'boundary'),
    ("sure, why not, it's not like I had plans. whole row highlighted for each Client cell starting with 'Hot'",
     'TextStartsWith({Client}, "Hot")', 'rows', 'by-header', 'sarcastic', 'starts-ends'),
    ("Highlight rows with Client ending with 'ck' in sheet IceSculpture",
     'TextEndsWith({Client}, "ck")', 'rows', 'by-header', 'annotator', 'starts-ends'),
    ('destaca a linha inteira dos commissions com Carving Hours among the 3 highest values, por favor',
     'Top({Carving Hours}, 3)', 'rows', 'by-header', 'code-switch', 'superlative'),
    ('How do I highlight every row with a Block (kg) cell among the bottom 3? Column E is Block (kg).',
     'Bottom({Block (kg)}, 3)', 'rows', 'by-header', 'forum', 'superlative'),
    ('shade the whole row for commissions with Melt (%/hr) in the top N percent, where N is 5 less than 25',
     'TopPercent({Melt (%/hr)}, 20)', 'rows', 'by-header', 'puzzle', 'superlative'),
    ("wow, what a thrill. colour the Block (kg) cells in the bottom 20 percent, since apparently that's my job "
     'now',
     'BottomPercent({Block (kg)}, 20)', 'cells', 'by-header', 'sarcastic', 'superlative'),
    ("Highlight Carving Hours above the column's average in sheet IceSculpture",
     'AboveAverage({Carving Hours})', 'cells', 'by-header', 'annotator'),
    ('Is there a way to shade just the cells of column H (Melt (%/hr)) lower than the column average?',
     'BelowAverage({Melt (%/hr)})', 'cells', 'by-header', 'forum'),
    ('destaca as células de Client appearing more than once in the column, por favor',
     'Duplicates({Client})', 'cells', 'by-header', 'code-switch'),
    ("don't leave out any Subject cell appearing just once in the column, and don't colour any that aren't",
     'Unique({Subject})', 'cells', 'by-header', 'double-negative'),
    ("wow, what a thrill. colour the Notes cells with nothing in it, since apparently that's my job now",
     'Blanks({Notes})', 'cells', 'by-header', 'sarcastic'),
    ('Highlight rows with Notes not left blank in sheet IceSculpture',
     'NotBlanks({Notes})', 'rows', 'by-header', 'annotator', 'negation'),
    ('How do I highlight every row with a Melt (%/hr) cell showing an error? Column H is Melt (%/hr).',
     'Errors({Melt (%/hr)})', 'rows', 'by-header', 'forum'),
    ('resalta las celdas de Melt (%/hr) not showing an error, por favor',
     'NotErrors({Melt (%/hr)})', 'cells', 'by-header', 'code-switch', 'negation'),
    ("don't leave any number in Quote (CHF) without its colour scale shade",
     'ColorScale({Quote (CHF)})', 'cells', 'by-header', 'double-negative'),
    ('because reading numbers is apparently too hard: data bars on Quote (CHF)',
     'DataBar({Quote (CHF)})', 'cells', 'by-header', 'sarcastic'),
    ('Apply an icon set to Quote (CHF) in sheet IceSculpture',
     'IconSet({Quote (CHF)})', 'cells', 'by-header', 'annotator'),
    ('Highlight Block (kg) above N but below M, where N is 5 more than 480 and M is half of 1336',
     'AND(GreaterThan({Block (kg)}, 485), LessThan({Block (kg)}, 668))', 'cells', 'by-header', 'puzzle', 'boundary'),
    ("resalta los commissions of 'Logo' or 'Heart', toda la fila",
     'OR(TextEquals({Subject}, "Logo"), TextEquals({Subject}, "Heart"))', 'rows', 'by-value', 'code-switch', 'or'),
    ("don't leave out any row with a Subject cell other than 'Logo'; leave the other rows alone",
     'NOT(TextEquals({Subject}, "Logo"))', 'rows', 'by-header', 'double-negative', 'negation'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the commissions dated "
     'yesterday',
     'Yesterday({Delivery})', 'rows', 'by-meaning', 'sarcastic', 'date'),
    ('Highlight rows for commissions dated today in sheet IceSculpture',
     'Today({Delivery})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('How do I highlight the Delivery cells dated tomorrow? Delivery is column D.',
     'Tomorrow({Delivery})', 'cells', 'by-header', 'forum', 'date'),
    ('resalta la fila completa de los commissions con Delivery dated in the last 7 days, por favor',
     'Last7Days({Delivery})', 'rows', 'by-header', 'code-switch', 'date'),
    ("don't leave out any of the commissions dated last week, and don't highlight the rows of any others",
     'LastWeek({Delivery})', 'rows', 'by-meaning', 'double-negative', 'date'),
    ("sure, I'll do it myself. again. highlight Delivery dated this month",
     'ThisMonth({Delivery})', 'cells', 'by-header', 'sarcastic', 'date'),
    ('Highlight cells in Delivery dated next month in sheet IceSculpture',
     'NextMonth({Delivery})', 'cells', 'by-header', 'annotator', 'date'),
]

TABLES["PedaloHire"] = _table("""
Hire | Customer | Boat | Hire Date | Minutes | Riders | Charge (€) | Deposit (€) | Life Jackets? | Comments
PH-101 | Rossi | Swan | 2024-06-27 | 107 | 5 | 53 | 40 | Yes | came back late
PH-102 | Vogel | Duck | 2024-05-20 | 159 | 4 | n/a | 45 | No | _
PH-103 | Rossi | Dragon | 2024-07-08 | 153 | 6 | 55 | 10 | Yes | ~
PH-104 | Dubois | Swan | 2024-03-01 | 62 | 2 | 20 | 25 | _ | kids on board
PH-105 | Lehmann | Flamingo | 2024-06-14 | 95 | 4 | 8 | 40 | No | _
PH-106 | Vogel | Duck | 2024-06-20 | 16 | 4 | 29 | 25 | Yes | lost a paddle
PH-107 | Conti | Swan | 2024-06-25 | 142 | 5 | 21 | 10 | Yes | _
PH-108 | Rossi | Dragon | 2024-05-29 | 63 | 5 | 17 | 35 | Yes | birthday trip
PH-109 | Maes | Car | 2024-06-11 | 40 | 5 | 30 | #REF! | No | came back early
PH-110 | Lehmann | Duck | 2024-06-12 | 78 | 5 | 25 | 15 | No | ~
PH-111 | Dubois | Swan | 2024-06-13 | 47 | 1 | 19 | 10 | Yes | windy
PH-112 | Horvat | Flamingo | 2024-06-07 | 27 | _ | 34 | 35 | No | _
PH-113 | Conti | Dragon | 2024-06-04 | 172 | 1 | 59 | _ | Yes | lost sunglasses
PH-114 | Vogel | Duck | 2024-06-18 | 23 | 4 | 18 | 50 | Yes | kids on board
""")
ENTRIES["PedaloHire"] = [
    ("wow, what a thrill. colour the Minutes cells above 78, since apparently that's my job now",
     'GreaterThan({Minutes}, 78)', 'cells', 'by-header', 'sarcastic'),
    ("don't leave out any Riders cell of 4 or more, and don't colour any that aren't",
     'GreaterThanEqual({Riders}, 4)', 'cells', 'by-header', 'double-negative', 'boundary'),
    ('Highlight every row with a Charge (€) cell below N, where N is 3 less than 28',
     'LessThan({Charge (€)}, 25)', 'rows', 'by-header', 'puzzle'),
    ('Highlight rows with Charge (€) of 25 or less in sheet PedaloHire',
     'LessThanEqual({Charge (€)}, 25)', 'rows', 'by-header', 'annotator', 'boundary'),
    ('I need the Minutes cells equal to N highlighted, where N is 3 less than 81',
     'Equals({Minutes}, 78)', 'cells', 'by-header', 'puzzle'),
    ('destaca as células de Riders of anything but 4, por favor',
     'NotEquals({Riders}, 4)', 'cells', 'by-header', 'code-switch', 'negation'),
    ('How do I highlight every row with a Charge (€) cell between 17 and 34 inclusive? Column G is Charge (€).',
     'Between({Charge (€)}, 17, 34)', 'rows', 'by-header', 'forum', 'boundary'),
    ("Highlight every row with a Minutes cell outside N to M (N and M themselves don't count), where N is 5 "
     'more than 42 and M is half of 214',
     'NotBetween({Minutes}, 47, 107)', 'rows', 'by-header', 'puzzle', 'boundary', 'negation'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the hires of 'Car'",
     'TextEquals({Boat}, "Car")', 'rows', 'by-value', 'sarcastic'),
    ("Highlight rows with Comments with 'late' anywhere in the text in sheet PedaloHire",
     'TextContains({Comments}, "late")', 'rows', 'by-header', 'annotator'),
    ("Trying to colour the entire row for hires with a Comments cell without 'paddle' anywhere in the text. "
     'Comments sits in column J. How?',
     'TextNotContains({Comments}, "paddle")', 'rows', 'by-header', 'forum', 'negation'),
    ("surligne les cellules Deposit (€) below the column's average stp",
     'BelowAverage({Deposit (€)})', 'cells', 'by-header', 'code-switch'),
    ("don't leave out any row with a Customer cell repeated elsewhere in the column; don't touch the rows "
     'without one',
     'Duplicates({Customer})', 'rows', 'by-header', 'double-negative'),
    ("sure, why not, it's not like I had plans. whole row highlighted for each Boat cell found only once in "
     'the column',
     'Unique({Boat})', 'rows', 'by-header', 'sarcastic'),
    ('Highlight cells in Comments with nothing in it in sheet PedaloHire',
     'Blanks({Comments})', 'cells', 'by-header', 'annotator'),
    ('How do I highlight the Comments cells not left blank? Comments is column J.',
     'NotBlanks({Comments})', 'cells', 'by-header', 'forum', 'negation'),
    ('destaca as células de Deposit (€) holding an Excel error, por favor',
     'Errors({Deposit (€)})', 'cells', 'by-header', 'code-switch'),
    ("don't leave out any row with a Deposit (€) cell not showing an error; leave the other rows alone",
     'NotErrors({Deposit (€)})', 'rows', 'by-header', 'double-negative', 'negation'),
    ("oh sure, let's make it pretty. color scale on Charge (€), I guess",
     'ColorScale({Charge (€)})', 'cells', 'by-header', 'sarcastic'),
    ('Add data bars to Charge (€) in sheet PedaloHire', 'DataBar({Charge (€)})', 'cells', 'by-header', 'annotator'),
    ('Any way to get those traffic-light icons (an icon set) on column G, Charge (€)?',
     'IconSet({Charge (€)})', 'cells', 'by-header', 'forum'),
    ('resalta la fila completa de los hires con Minutes over 47 and under 107, por favor',
     'AND(GreaterThan({Minutes}, 47), LessThan({Minutes}, 107))', 'rows', 'by-header', 'code-switch', 'boundary'),
    ("highlight the hires, but not the ones that aren't of 'Swan' or 'Dragon'; whole rows",
     'OR(TextEquals({Boat}, "Swan"), TextEquals({Boat}, "Dragon"))', 'rows', 'by-value', 'double-negative', 'or'),
    ("oh great, another PedaloHire sheet. fine, highlight the Boat cells not equal to 'Dragon', I guess",
     'NOT(TextEquals({Boat}, "Dragon"))', 'cells', 'by-header', 'sarcastic', 'negation'),
    ('Highlight rows with Hire Date dated today in sheet PedaloHire',
     'Today({Hire Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Trying to colour the entire row for hires with a Hire Date cell dated tomorrow. Hire Date sits in column '
     'D. How?',
     'Tomorrow({Hire Date})', 'rows', 'by-header', 'forum', 'date'),
    ('surligne les cellules Hire Date dated in the last 7 days stp',
     'Last7Days({Hire Date})', 'cells', 'by-header', 'code-switch', 'date'),
    ("highlight the hires, but not the ones whose Hire Date cell isn't dated last week; whole rows",
     'LastWeek({Hire Date})', 'rows', 'by-header', 'double-negative', 'date'),
    ('oh great, another PedaloHire sheet. fine, highlight the hires dated this week, whole rows, I guess',
     'ThisWeek({Hire Date})', 'rows', 'by-meaning', 'sarcastic', 'date'),
    ('Highlight rows with Hire Date dated next week in sheet PedaloHire',
     'NextWeek({Hire Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Is there a way to shade just the cells of column D (Hire Date) dated last month?',
     'LastMonth({Hire Date})', 'cells', 'by-header', 'forum', 'date'),
]

TABLES["PickleballLeague"] = _table("""
Match | Player | Division | Match Date | Points Won | Rally Length (shots) | Entry ($) | Rating | Doubles? | Notes
PB-101 | Harlow | Open | 2024-05-20 | 3 | 19 | 70 | 2.5 | Yes | forfeit
PB-102 | Mensah | Senior | 2024-07-08 | 8 | 5 | 45 | 4 | No | _
PB-103 | Harlow | Mixed | 2024-03-01 | 18 | 16 | waived | 4.25 | No | ~
PB-104 | Quinn | Open | 2024-06-14 | 10 | 20 | 20 | 5 | Yes | paddle broke
PB-105 | Sato | Novice | 2024-06-20 | 14 | 36 | 60 | 3.25 | _ | _
PB-106 | Mensah | Senior | 2024-06-25 | 15 | 9 | 15 | 2.25 | Yes | rain delay
PB-107 | Delgado | Open | 2024-05-29 | 12 | 27 | 35 | 4.5 | Yes | _
PB-108 | Harlow | Mixed | 2024-06-11 | 17 | 7 | 50 | 2 | Yes | injury timeout
PB-109 | Ivers | Junior | 2024-06-12 | 19 | 32 | 30 | 5.25 | No | forfeit again
PB-110 | Sato | Senior | 2024-06-13 | 13 | 6 | 65 | #DIV/0! | No | ~
PB-111 | Quinn | Open | 2024-06-07 | 16 | 5 | 75 | 3 | No | played indoors
PB-112 | Bauer | Novice | 2024-06-04 | 21 | 25 | 25 | 5.5 | Yes | _
PB-113 | Delgado | Mixed | 2024-06-18 | 2 | _ | 40 | 3.5 | No | paddle swap
PB-114 | Mensah | Senior | 2024-06-27 | 9 | 4 | 55 | _ | No | rain delay
""")
ENTRIES["PickleballLeague"] = [
    ("don't leave out any row with a Points Won cell above 14; don't touch the rows without one",
     'GreaterThan({Points Won}, 14)', 'rows', 'by-header', 'double-negative'),
    ('I need the Rally Length (shots) cells of at least N highlighted, where N is 10 more than 9',
     'GreaterThanEqual({Rally Length (shots)}, 19)', 'cells', 'by-header', 'puzzle', 'boundary'),
    ('Highlight cells in Entry ($) less than 45 in sheet PickleballLeague',
     'LessThan({Entry ($)}, 45)', 'cells', 'by-header', 'annotator'),
    ('colour the Entry ($) cells of N or less, where N is 10 less than 55',
     'LessThanEqual({Entry ($)}, 45)', 'cells', 'by-header', 'puzzle', 'boundary'),
    ('surligne les cellules Points Won equal to 14 stp',
     'Equals({Points Won}, 14)', 'cells', 'by-header', 'code-switch'),
    ('How do I highlight every row with a Rally Length (shots) cell not equal to 19? Column F is Rally Length '
     '(shots).',
     'NotEquals({Rally Length (shots)}, 19)', 'rows', 'by-header', 'forum', 'negation'),
    ('Highlight every row with an Entry ($) cell between N and M inclusive, where N is 3 more than 32 and M is '
     '10 more than 45',
     'Between({Entry ($)}, 35, 55)', 'rows', 'by-header', 'puzzle', 'boundary'),
    ("wow, what a thrill. colour the Points Won cells not between 10 and 17 inclusive, since apparently that's "
     'my job now',
     'NotBetween({Points Won}, 10, 17)', 'cells', 'by-header', 'sarcastic', 'boundary', 'negation'),
    ("Highlight rows with Division reading exactly 'Novice' in sheet PickleballLeague",
     'TextEquals({Division}, "Novice")', 'rows', 'by-header', 'annotator'),
    ("How do I highlight every row with a Notes cell containing 'rain'? Column J is Notes.",
     'TextContains({Notes}, "rain")', 'rows', 'by-header', 'forum'),
    ("markier die ganze Zeile bei matches mit Notes without 'broke' anywhere in the text, danke",
     'TextNotContains({Notes}, "broke")', 'rows', 'by-header', 'code-switch', 'negation'),
    ("don't leave out any Player cell beginning with 'Iv', and don't colour any that aren't",
     'TextStartsWith({Player}, "Iv")', 'cells', 'by-header', 'double-negative', 'starts-ends'),
    ("wow, what a thrill. colour the Player cells ending with 'sah', since apparently that's my job now",
     'TextEndsWith({Player}, "sah")', 'cells', 'by-header', 'sarcastic', 'starts-ends'),
    ('Is there a way to shade just the cells of column F (Rally Length (shots)) among the 3 highest values?',
     'Top({Rally Length (shots)}, 3)', 'cells', 'by-header', 'forum', 'superlative'),
    ('colour the Points Won cells among the bottom N, where N is 5 less than 8',
     'Bottom({Points Won}, 3)', 'cells', 'by-header', 'puzzle', 'superlative'),
    ("sure, I'll do it myself. again. highlight Rating in the top 25%",
     'TopPercent({Rating}, 25)', 'cells', 'by-header', 'sarcastic', 'superlative'),
    ('no row with a Points Won cell in the bottom 20 percent should go unhighlighted, and no other row should '
     'be highlighted',
     'BottomPercent({Points Won}, 20)', 'rows', 'by-header', 'double-negative', 'superlative'),
    ('love how this always lands on me. highlight the full row for each of the matches with Rally Length '
     '(shots) higher than the column average',
     'AboveAverage({Rally Length (shots)})', 'rows', 'by-header', 'sarcastic'),
    ('Apply a color scale to Entry ($) in sheet PickleballLeague',
     'ColorScale({Entry ($)})', 'cells', 'by-header', 'annotator'),
    ('Data bars inside the Entry ($) cells, is that doable? Entry ($) is column G.',
     'DataBar({Entry ($)})', 'cells', 'by-header', 'forum'),
    ('metti un icon set su Entry ($), grazie', 'IconSet({Entry ($)})', 'cells', 'by-header', 'code-switch'),
    ('Trying to colour the entire row for matches with a Points Won cell above 10 but below 17. Points Won '
     'sits in column E. How?',
     'AND(GreaterThan({Points Won}, 10), LessThan({Points Won}, 17))', 'rows', 'by-header', 'forum', 'boundary'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the matches of 'Mixed' or "
     "'Open'",
     'OR(TextEquals({Division}, "Mixed"), TextEquals({Division}, "Open"))', 'rows', 'by-value', 'sarcastic', 'or'),
    ("Highlight rows for matches that aren't 'Mixed' in sheet PickleballLeague",
     'NOT(TextEquals({Division}, "Mixed"))', 'rows', 'by-value', 'annotator', 'negation'),
    ('Trying to colour the entire row for matches with a Match Date cell dated yesterday. Match Date sits in '
     'column D. How?',
     'Yesterday({Match Date})', 'rows', 'by-header', 'forum', 'date'),
    ('jin matches ka Match Date dated last week hai, unki poori row highlight karo',
     'LastWeek({Match Date})', 'rows', 'by-header', 'code-switch', 'date'),
    ("highlight the Match Date cells, but not the ones that aren't dated this week",
     'ThisWeek({Match Date})', 'cells', 'by-header', 'double-negative', 'date'),
    ('oh great, another PickleballLeague sheet. fine, highlight the matches dated next week, whole rows, I '
     'guess',
     'NextWeek({Match Date})', 'rows', 'by-meaning', 'sarcastic', 'date'),
    ('Highlight cells in Match Date dated last month in sheet PickleballLeague',
     'LastMonth({Match Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('Is there a rule that shades the matches dated this month, entire rows?',
     'ThisMonth({Match Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('markier die matches dated next month, die ganze Zeile bitte',
     'NextMonth({Match Date})', 'rows', 'by-meaning', 'code-switch', 'date'),
]

TABLES["TukTukTours"] = _table("""
Tour | Driver | Route | Tour Date | Distance (km) | Passengers | Fare (฿) | Fuel (L) | Night Tour? | Remarks
TT-101 | Somchai | Old Town | 2024-07-08 | 19 | 3 | 1650 | _ | Yes | flat tyre
TT-102 | Anong | Riverside | 2024-03-01 | 14 | 7 | 1500 | 11.5 | Yes | _
TT-103 | Somchai | Markets | 2024-06-14 | 25 | 2 | 550 | 7.5 | Yes | ~
TT-104 | Kittisak | Old Town | 2024-06-20 | 11 | 1 | tbc | 2 | Yes | big tip
TT-105 | Malee | Temples | 2024-06-25 | 17 | 7 | 2400 | 7 | Yes | _
TT-106 | Anong | Riverside | 2024-05-29 | 20 | 4 | 1550 | 12 | _ | traffic jam
TT-107 | Preecha | Old Town | 2024-06-11 | 21 | 4 | 350 | 1.5 | No | _
TT-108 | Somchai | Markets | 2024-06-12 | 29 | 1 | 2200 | 14 | Yes | stopped for photos
TT-109 | Wichai | Street Food | 2024-06-13 | 40 | 2 | 2050 | 3 | No | flat tyre again
TT-110 | Malee | Riverside | 2024-06-07 | 15 | 7 | 400 | 4.5 | Yes | ~
TT-111 | Kittisak | Old Town | 2024-06-04 | 26 | 2 | 2150 | #N/A | Yes | rain cover used
TT-112 | Nok | Temples | 2024-06-18 | 28 | 2 | 1350 | 14.5 | No | _
TT-113 | Preecha | Markets | 2024-06-27 | 31 | 7 | 200 | 6.5 | Yes | big group
TT-114 | Anong | Riverside | 2024-05-20 | 48 | _ | 650 | 1 | Yes | traffic jam
""")
ENTRIES["TukTukTours"] = [
    ('Highlight Passengers of N or more, where N is 5 less than 8',
     'GreaterThanEqual({Passengers}, 3)', 'cells', 'by-header', 'puzzle', 'boundary'),
    ('Highlight Fare (฿) below 1500 in sheet TukTukTours',
     'LessThan({Fare (฿)}, 1500)', 'cells', 'by-header', 'annotator'),
    ('Highlight Fare (฿) of N or less, where N is 10 more than 1490',
     'LessThanEqual({Fare (฿)}, 1500)', 'cells', 'by-header', 'puzzle', 'boundary'),
    ('surligne les cellules Distance (km) equal to 25 stp',
     'Equals({Distance (km)}, 25)', 'cells', 'by-header', 'code-switch'),
    ('How do I highlight the Passengers cells not equal to 3? Passengers is column F.',
     'NotEquals({Passengers}, 3)', 'cells', 'by-header', 'forum', 'negation'),
    ('Highlight Fare (฿) from N to M, both ends included, where N is 5 less than 1355 and M is 5 less than 1655',
     'Between({Fare (฿)}, 1350, 1650)', 'cells', 'by-header', 'puzzle', 'boundary'),
    ('because obviously nobody can scroll: shade the entire row of any of the tours with Distance (km) not '
     'between 19 and 31 inclusive',
     'NotBetween({Distance (km)}, 19, 31)', 'rows', 'by-header', 'sarcastic', 'boundary', 'negation'),
    ("Highlight rows for tours of 'Riverside' in sheet TukTukTours",
     'TextEquals({Route}, "Riverside")', 'rows', 'by-value', 'annotator'),
    ("Trying to colour the entire row for tours with a Remarks cell with 'tyre' anywhere in the text. Remarks "
     'sits in column J. How?',
     'TextContains({Remarks}, "tyre")', 'rows', 'by-header', 'forum'),
    ("destaca a linha inteira dos tours com Remarks without 'for' anywhere in the text, por favor",
     'TextNotContains({Remarks}, "for")', 'rows', 'by-header', 'code-switch', 'negation'),
    ("don't leave out any Driver cell beginning with 'Ma', and don't colour any that aren't",
     'TextStartsWith({Driver}, "Ma")', 'cells', 'by-header', 'double-negative', 'starts-ends'),
    ("sure, I'll do it myself. again. highlight Driver ending in 'ng'",
     'TextEndsWith({Driver}, "ng")', 'cells', 'by-header', 'sarcastic', 'starts-ends'),
    ('Is there a way to shade just the cells of column E (Distance (km)) among the 3 highest values?',
     'Top({Distance (km)}, 3)', 'cells', 'by-header', 'forum', 'superlative'),
    ('shade the whole row for tours with Distance (km) among the N lowest values, where N is half of 6',
     'Bottom({Distance (km)}, 3)', 'rows', 'by-header', 'puzzle', 'superlative'),
    ("sure, I'll do it myself. again. highlight Fuel (L) in the top 20%",
     'TopPercent({Fuel (L)}, 20)', 'cells', 'by-header', 'sarcastic', 'superlative'),
    ("highlight the Distance (km) cells, but not the ones that aren't in the bottom 20%",
     'BottomPercent({Distance (km)}, 20)', 'cells', 'by-header', 'double-negative', 'superlative'),
    ("sure, I'll do it myself. again. highlight Passengers above the column's average",
     'AboveAverage({Passengers})', 'cells', 'by-header', 'sarcastic'),
    ("Highlight Fuel (L) below the column's average in sheet TukTukTours",
     'BelowAverage({Fuel (L)})', 'cells', 'by-header', 'annotator'),
    ('How do I highlight the Driver cells repeated elsewhere in the column? Driver is column B.',
     'Duplicates({Driver})', 'cells', 'by-header', 'forum'),
    ('markier mal alle Route Zellen appearing just once in the column, danke',
     'Unique({Route})', 'cells', 'by-header', 'code-switch'),
    ("no Remarks cell with nothing in it should be left unhighlighted, and none that isn't should be "
     'highlighted',
     'Blanks({Remarks})', 'cells', 'by-header', 'double-negative'),
    ('oh great, another TukTukTours sheet. fine, highlight every row with a Remarks cell not left blank, I '
     'guess',
     'NotBlanks({Remarks})', 'rows', 'by-header', 'sarcastic', 'negation'),
    ('Highlight rows with Fuel (L) showing an error in sheet TukTukTours',
     'Errors({Fuel (L)})', 'rows', 'by-header', 'annotator'),
    ('How do I highlight every row with a Fuel (L) cell not showing an error? Column H is Fuel (L).',
     'NotErrors({Fuel (L)})', 'rows', 'by-header', 'forum', 'negation'),
    ('markier die tours dated yesterday, die ganze Zeile bitte',
     'Yesterday({Tour Date})', 'rows', 'by-meaning', 'code-switch', 'date'),
    ("highlight the tours, but not the ones that aren't dated today; whole rows",
     'Today({Tour Date})', 'rows', 'by-meaning', 'double-negative', 'date'),
    ('because obviously nobody here can read a spreadsheet: mark Tour Date dated tomorrow',
     'Tomorrow({Tour Date})', 'cells', 'by-header', 'sarcastic', 'date'),
    ('Highlight rows for tours dated in the last 7 days in sheet TukTukTours',
     'Last7Days({Tour Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('How do I highlight the Tour Date cells dated last month? Tour Date is column D.',
     'LastMonth({Tour Date})', 'cells', 'by-header', 'forum', 'date'),
    ('resalta la fila completa de los tours con Tour Date dated this month, por favor',
     'ThisMonth({Tour Date})', 'rows', 'by-header', 'code-switch', 'date'),
    ("don't leave out any of the tours dated next month, and don't highlight the rows of any others",
     'NextMonth({Tour Date})', 'rows', 'by-meaning', 'double-negative', 'date'),
]

TABLES["HotSpringBaths"] = _table("""
Visit | Bather | Pool | Visit Date | Water Temp (°C) | Soak Time (min) | Entry (¥) | pH | Towel Hire? | Notes
HS-101 | Tanaka | Cedar | 2024-03-01 | 42 | _ | 1500 | 8 | No | felt dizzy
HS-102 | Ito | Rock | 2024-06-14 | 44.5 | 48 | 700 | _ | Yes | _
HS-103 | Tanaka | Cypress | 2024-06-20 | 42.5 | 32 | 2900 | 7.1 | Yes | ~
HS-104 | Suzuki | Cedar | 2024-06-25 | 41 | 16 | 800 | 8.5 | Yes | tattoo cover
HS-105 | Mori | Outdoor | 2024-05-29 | 36.5 | 83 | closed | 7.6 | Yes | _
HS-106 | Ito | Rock | 2024-06-11 | 45.5 | 74 | 500 | 9.3 | No | lost locker key
HS-107 | Kato | Cedar | 2024-06-12 | 43.5 | 22 | 2400 | 8.8 | _ | _
HS-108 | Tanaka | Cypress | 2024-06-13 | 37.5 | 69 | 2600 | 9.8 | Yes | member
HS-109 | Abe | Private | 2024-06-07 | 44 | 35 | 1600 | 8.2 | No | felt dizzy again
HS-110 | Mori | Rock | 2024-06-04 | 38 | 17 | 900 | 6.1 | No | ~
HS-111 | Suzuki | Cedar | 2024-06-18 | 47 | 41 | 3000 | 6.8 | No | asked for cold water
HS-112 | Ueda | Outdoor | 2024-06-27 | 39 | 8 | 1000 | #VALUE! | No | _
HS-113 | Kato | Cypress | 2024-05-20 | 38.5 | 16 | 1100 | 8.7 | No | member guest
HS-114 | Ito | Rock | 2024-07-08 | 43 | 72 | 1300 | 8.9 | No | tattoo cover
""")
ENTRIES["HotSpringBaths"] = [
    ('Highlight rows with Water Temp (°C) over 42.5 in sheet HotSpringBaths',
     'GreaterThan({Water Temp (°C)}, 42.5)', 'rows', 'by-header', 'annotator'),
    ("Highlight rows with Pool reading exactly 'Private' in sheet HotSpringBaths",
     'TextEquals({Pool}, "Private")', 'rows', 'by-header', 'annotator'),
    ("How do I highlight every row with a Notes cell containing 'locker'? Column J is Notes.",
     'TextContains({Notes}, "locker")', 'rows', 'by-header', 'forum'),
    ("destaca a linha inteira dos visits com Notes without 'dizzy' anywhere in the text, por favor",
     'TextNotContains({Notes}, "dizzy")', 'rows', 'by-header', 'code-switch', 'negation'),
    ("no Bather cell beginning with 'Tan' should be left unhighlighted, and none that isn't should be "
     'highlighted',
     'TextStartsWith({Bather}, "Tan")', 'cells', 'by-header', 'double-negative', 'starts-ends'),
    ('love how this always lands on me. highlight the full row for each of the visits with Bather ending with '
     "'ato'",
     'TextEndsWith({Bather}, "ato")', 'rows', 'by-header', 'sarcastic', 'starts-ends'),
    ('no row with a Soak Time (min) cell among the top 3 should go unhighlighted, and no other row should be '
     'highlighted',
     'Top({Soak Time (min)}, 3)', 'rows', 'by-header', 'double-negative', 'superlative'),
    ('Highlight every row with a Water Temp (°C) cell among the bottom N, where N is 10 less than 13',
     'Bottom({Water Temp (°C)}, 3)', 'rows', 'by-header', 'puzzle', 'superlative'),
    ('Highlight cells in pH in the top 20 percent in sheet HotSpringBaths',
     'TopPercent({pH}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('colour the Water Temp (°C) cells in the bottom N%, where N is 3 more than 17',
     'BottomPercent({Water Temp (°C)}, 20)', 'cells', 'by-header', 'puzzle', 'superlative'),
    ('oh great, another HotSpringBaths sheet. fine, highlight every row with a Soak Time (min) cell above the '
     "column's average, I guess",
     'AboveAverage({Soak Time (min)})', 'rows', 'by-header', 'sarcastic'),
    ("Highlight rows with pH below the column's average in sheet HotSpringBaths",
     'BelowAverage({pH})', 'rows', 'by-header', 'annotator'),
    ('How do I highlight the Bather cells repeated elsewhere in the column? Bather is column B.',
     'Duplicates({Bather})', 'cells', 'by-header', 'forum'),
    ('resalta las celdas de Pool found only once in the column, por favor',
     'Unique({Pool})', 'cells', 'by-header', 'code-switch'),
    ("don't leave out any row with a Notes cell with nothing in it; don't touch the rows without one",
     'Blanks({Notes})', 'rows', 'by-header', 'double-negative'),
    ("wow, what a thrill. colour the Notes cells with something filled in, since apparently that's my job now",
     'NotBlanks({Notes})', 'cells', 'by-header', 'sarcastic', 'negation'),
    ('Highlight rows with pH holding an Excel error in sheet HotSpringBaths',
     'Errors({pH})', 'rows', 'by-header', 'annotator'),
    ('Trying to colour the entire row for visits with a pH cell free of Excel errors. pH sits in column H. How?',
     'NotErrors({pH})', 'rows', 'by-header', 'forum', 'negation'),
    ('mach eine color scale auf Entry (¥), bitte', 'ColorScale({Entry (¥)})', 'cells', 'by-header', 'code-switch'),
    ('no number in Entry (¥) should go without a data bar',
     'DataBar({Entry (¥)})', 'cells', 'by-header', 'double-negative'),
    ('great, now they want little icons. icon set on Entry (¥), fine',
     'IconSet({Entry (¥)})', 'cells', 'by-header', 'sarcastic'),
    ("wow, what a thrill. colour the Water Temp (°C) cells above 41 but below 44, since apparently that's my "
     'job now',
     'AND(GreaterThan({Water Temp (°C)}, 41), LessThan({Water Temp (°C)}, 44))', 'cells', 'by-header', 'sarcastic',
     'boundary'),
    ("Is there a rule that shades the visits of 'Outdoor' or 'Rock', entire rows?",
     'OR(TextEquals({Pool}, "Outdoor"), TextEquals({Pool}, "Rock"))', 'rows', 'by-value', 'forum', 'or'),
    ("resalta los visits that aren't 'Private', toda la fila",
     'NOT(TextEquals({Pool}, "Private"))', 'rows', 'by-value', 'code-switch', 'negation'),
    ("don't leave out any Visit Date cell dated yesterday, and don't colour any that aren't",
     'Yesterday({Visit Date})', 'cells', 'by-header', 'double-negative', 'date'),
    ('because obviously nobody here can read a spreadsheet: mark Visit Date dated today',
     'Today({Visit Date})', 'cells', 'by-header', 'sarcastic', 'date'),
    ('Highlight cells in Visit Date dated tomorrow in sheet HotSpringBaths',
     'Tomorrow({Visit Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('How do I highlight the visits dated in the last 7 days, each as a whole row?',
     'Last7Days({Visit Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('jin visits ka Visit Date dated last week hai, unki poori row highlight karo',
     'LastWeek({Visit Date})', 'rows', 'by-header', 'code-switch', 'date'),
    ("highlight the visits, but not the ones that aren't dated this week; whole rows",
     'ThisWeek({Visit Date})', 'rows', 'by-meaning', 'double-negative', 'date'),
    ("because obviously I'm the only one who looks at this: shade the full rows of the visits dated next week",
     'NextWeek({Visit Date})', 'rows', 'by-meaning', 'sarcastic', 'date'),
]

TABLES["Meadery"] = _table("""
Batch | Brewer | Style | Bottling Date | Honey (kg) | ABV (%) | Price ($) | Gravity Points | Oaked? | Tasting Notes
MD-101 | Astrid | Traditional | 2024-06-14 | 78 | 7 | 72 | 120 | No | floral
MD-102 | Bjorn | Melomel | 2024-06-20 | 136 | _ | 64 | 65 | Yes | _
MD-103 | Astrid | Metheglin | 2024-06-25 | 273 | 12 | 67 | _ | Yes | ~
MD-104 | Cerys | Traditional | 2024-05-29 | 330 | 18 | 54 | 55 | Yes | too sweet
MD-105 | Dagny | Cyser | 2024-06-11 | 270 | 6 | 71 | 110 | No | _
MD-106 | Bjorn | Melomel | 2024-06-12 | 105 | 13 | n/a | 115 | Yes | smoky finish
MD-107 | Eamon | Traditional | 2024-06-13 | 236 | 15 | 29 | 100 | No | _
MD-108 | Astrid | Metheglin | 2024-06-07 | 107 | 13 | 21 | 80 | _ | clove heavy
MD-109 | Freya | Braggot | 2024-06-04 | 21 | 14 | 65 | 140 | Yes | floral again
MD-110 | Dagny | Melomel | 2024-06-18 | 332 | 11 | 77 | 20 | Yes | ~
MD-111 | Cerys | Traditional | 2024-06-27 | 77 | 18 | 76 | 130 | Yes | dry and crisp
MD-112 | Gunnar | Cyser | 2024-05-20 | 211 | 15 | 52 | 45 | No | _
MD-113 | Eamon | Metheglin | 2024-07-08 | 289 | 18 | 75 | #REF! | Yes | spiced apple
MD-114 | Bjorn | Melomel | 2024-03-01 | 202 | 6 | 20 | 50 | Yes | smoky finish
""")
ENTRIES["Meadery"] = [
    ('Highlight Honey (kg) over N, where N is 10 less than 221',
     'GreaterThan({Honey (kg)}, 211)', 'cells', 'by-header', 'puzzle'),
    ('destaca as células de ABV (%) of at least 13, por favor',
     'GreaterThanEqual({ABV (%)}, 13)', 'cells', 'by-header', 'code-switch', 'boundary'),
    ('How do I highlight every row with a Price ($) cell below 65? Column G is Price ($).',
     'LessThan({Price ($)}, 65)', 'rows', 'by-header', 'forum'),
    ('Highlight every row with a Price ($) cell of N or less, where N is 5 less than 70',
     'LessThanEqual({Price ($)}, 65)', 'rows', 'by-header', 'puzzle', 'boundary'),
    ('oh great, another Meadery sheet. fine, highlight every row with a Honey (kg) cell equal to 211, I guess',
     'Equals({Honey (kg)}, 211)', 'rows', 'by-header', 'sarcastic'),
    ("don't leave out any row with an ABV (%) cell not equal to 13; leave the other rows alone",
     'NotEquals({ABV (%)}, 13)', 'rows', 'by-header', 'double-negative', 'negation'),
    ('Highlight every row with a Price ($) cell between N and M inclusive, where N is half of 108 and M is 3 '
     'less than 78',
     'Between({Price ($)}, 54, 75)', 'rows', 'by-header', 'puzzle', 'boundary'),
    ('Highlight cells in Honey (kg) not between 136 and 270 inclusive in sheet Meadery',
     'NotBetween({Honey (kg)}, 136, 270)', 'cells', 'by-header', 'annotator', 'boundary', 'negation'),
    ('shade the whole row for batches with Gravity Points in the top N percent, where N is half of 40',
     'TopPercent({Gravity Points}, 20)', 'rows', 'by-header', 'puzzle', 'superlative'),
    ("evidenzia l'intera riga dei batches con Honey (kg) in the bottom 20%, grazie",
     'BottomPercent({Honey (kg)}, 20)', 'rows', 'by-header', 'code-switch', 'superlative'),
    ("Highlight rows with ABV (%) above the column's average in sheet Meadery",
     'AboveAverage({ABV (%)})', 'rows', 'by-header', 'annotator'),
    ("How do I highlight every row with a Gravity Points cell below the column's average? Column H is Gravity "
     'Points.',
     'BelowAverage({Gravity Points})', 'rows', 'by-header', 'forum'),
    ('destaca a linha inteira dos batches com Brewer appearing more than once in the column, por favor',
     'Duplicates({Brewer})', 'rows', 'by-header', 'code-switch'),
    ("highlight the Style cells, but not the ones that aren't appearing just once in the column",
     'Unique({Style})', 'cells', 'by-header', 'double-negative'),
    ('oh great, another Meadery sheet. fine, highlight every row with a Tasting Notes cell left blank, I guess',
     'Blanks({Tasting Notes})', 'rows', 'by-header', 'sarcastic'),
    ('Highlight cells in Tasting Notes with something filled in in sheet Meadery',
     'NotBlanks({Tasting Notes})', 'cells', 'by-header', 'annotator', 'negation'),
    ('Trying to colour the entire row for batches with a Gravity Points cell holding an Excel error. Gravity '
     'Points sits in column H. How?',
     'Errors({Gravity Points})', 'rows', 'by-header', 'forum'),
    ("evidenzia l'intera riga dei batches con Gravity Points not showing an error, grazie",
     'NotErrors({Gravity Points})', 'rows', 'by-header', 'code-switch', 'negation'),
    ("don't leave any number in Price ($) without its colour scale shade",
     'ColorScale({Price ($)})', 'cells', 'by-header', 'double-negative'),
    ('because reading numbers is apparently too hard: data bars on Price ($)',
     'DataBar({Price ($)})', 'cells', 'by-header', 'sarcastic'),
    ('Apply an icon set to Price ($) in sheet Meadery', 'IconSet({Price ($)})', 'cells', 'by-header', 'annotator'),
    ("highlight the batches, but not the ones whose Honey (kg) cell isn't above 136 but below 270; whole rows",
     'AND(GreaterThan({Honey (kg)}, 136), LessThan({Honey (kg)}, 270))', 'rows', 'by-header', 'double-negative',
     'boundary'),
    ("batches of 'Metheglin' or 'Cyser' ki poori row highlight karo",
     'OR(TextEquals({Style}, "Metheglin"), TextEquals({Style}, "Cyser"))', 'rows', 'by-value', 'code-switch', 'or'),
    ("don't leave out any Style cell not equal to 'Braggot'; leave the others alone",
     'NOT(TextEquals({Style}, "Braggot"))', 'cells', 'by-header', 'double-negative', 'negation'),
    ('love how this always lands on me. highlight the full row for each of the batches with Bottling Date '
     'dated in the last 7 days',
     'Last7Days({Bottling Date})', 'rows', 'by-header', 'sarcastic', 'date'),
    ('Highlight rows for batches dated last week in sheet Meadery',
     'LastWeek({Bottling Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Is there a way to shade just the cells of column D (Bottling Date) dated this week?',
     'ThisWeek({Bottling Date})', 'cells', 'by-header', 'forum', 'date'),
    ('batches dated next week ki poori row highlight karo',
     'NextWeek({Bottling Date})', 'rows', 'by-meaning', 'code-switch', 'date'),
    ("no Bottling Date cell dated last month should be left unhighlighted, and none that isn't should be "
     'highlighted',
     'LastMonth({Bottling Date})', 'cells', 'by-header', 'double-negative', 'date'),
    ('oh great, another Meadery sheet. fine, highlight every row with a Bottling Date cell dated this month, I '
     'guess',
     'ThisMonth({Bottling Date})', 'rows', 'by-header', 'sarcastic', 'date'),
    ('Highlight cells in Bottling Date dated next month in sheet Meadery',
     'NextMonth({Bottling Date})', 'cells', 'by-header', 'annotator', 'date'),
]

table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
