"""A twenty-fifth set of table requests, about a third of them header-only, and the builder of
twentyfifth_tables.json.

Written on 2026-12-07 between 15:36 and 15:53 UTC (by `date -u` on this machine: 15:36:49 at the start) by
engineer E25t, who had read neither the assistant's code nor any set's wordings, so that the team has table
requests nobody has tuned on. The eleven tables (shin kicking bouts, wife carrying heats, toe wrestling
matches, bathtub race entries, gravy wrestling bouts, welly wanging throws, nettle eating rounds, air guitar
sets, chili cookoff entries, beard contest entries, poohsticks races) and every request were written from
scratch. Each table has 10 columns in the same roles (A a code, B a name, C a category, D a date, E to H four
number columns, I a yes/no column, J free text); headers carry units, currencies and question marks
(`Padding (oz)`, `Purse (£)`, `Clogs?`, `Course (m)`, `Partner (kg)`, `Penalty (s)`, `Dropped?`, `Span (cm)`,
`Left Foot?`, `Dist (yd)`, `Freeboard (in)`, `Prize (NZ$)`, `Capsized?`, `Gravy (L)`, `Pit Temp (°C)`,
`Donations (£)`, `Tag Team?`, `Dist (cm)`, `Boot (kg)`, `Entry (€)`, `Foul?`, `Leaf (cm)`, `Pledges (£)`,
`Gloves?`, `Fee (US$)`, `Encore?`, `Heat (SHU)`, `Pot (gal)`, `Entry (MX$)`, `Vegan?`, `Length (mm)`, `Wax
(g)`, `Prize (CHF)`, `Tache?`, `Stick (mm)`, `Drop (m)`, `Sponsor (£)`, `Won?`), and the cells dates, money
(plain numbers under a currency header), integers, decimals in quarter or half steps, codes, yes/no values,
free text (kickers, carriers, wrestlers, skippers, throwers, eaters, performers, cooks, entrants, twelve
people a table, two of them written twice; weight classes, hold styles, divisions, hull types, costumes,
boot classes, nettle patches, genres, chili styles, beard classes, bridges; notes), text in a number column
("dnf", "void", "n/a", "tbc", "waived", "scratched", "forfeit", "lost", "quote", "free", "pending"), Excel
errors (#N/A, #VALUE!, #DIV/0!, #REF!, #NAME?, #NUM!) and blanks. The number cells were drawn by a seeded
random generator without repeats from each column's grid (/tmp/e25t/tables.py, `make_table`), then frozen
here; the six special cells of a table (F's blank, G's text, H's blank and error, J's "" and " ") sit on six
different rows.

Domains: a short program (/tmp/e25t/domcheck.py, three runs) read the module docstrings of every other builder
in benchmarks/data/ (ast.get_docstring; twentyfifth_* aside, the twenty-fourth builders included) and the
`Table` field of every set file there (twentyfifth_* aside, CamelCase split into words), and printed one
True/False per candidate word (True when named as a whole word with an optional plural s or es, spaces, dashes
and underscores between its words also matched). Dropped as used: sheepdog trial (and sheepdog), tug of war
(and tug), dog agility, conker, sandcastle, sand sculpture, quilting, ice sculpture, pigeon racing (and
pigeon), pancake race, tractor pull (and tractor), sheep shearing (and shearing), orienteering, geocaching,
model railway, morris dancing, bell ringing, dry stone walling, hedge laying, thatching, farrier, bagpipe, clog
dancing, piano tuning, chimney sweep, championship; and, for a word of theirs, pumpkin weighing (pumpkin),
kite flying (kite), snail racing (snail), coal carrying (coal), egg throwing (egg), barrel racing (barrel),
underwater hockey (hockey), kayak polo (kayak), yodelling (yodel), soapbox derby (soapbox), bed racing (bed).
Unused, and taken: shin kicking (and shin), wife carrying (and wife), toe wrestling (and toe), bathtub racing
(and bathtub), gravy wrestling (and gravy), welly wanging (and welly, wellie, welly throwing), nettle eating
(and nettle), air guitar (and guitar), chili cookoff (and chili, chilli, cook-off), beard competition (and
beard, moustache, beard and moustache), poohsticks (and pooh, pooh sticks); the words wrestling, racing,
throwing and carrying are used (True), the phrases are not. Also unused, not taken: giant vegetable, toe,
cow pat, mud run, hill climb, gingerbread, walking football, contest, stick, eating. Nonsense words were asked
as controls: zzzqqq and qxqxvv printed True (earlier table builders' docstrings name them as their own
controls), vqvqzz False.

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES
is the earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines
("Highlight X cells where the value ... in sheet T", "Apply a fill to each X cell that ... in sheet T",
"Highlight rows where X ...", "Highlight the whole row wherever X ...", "Highlight rows for ..." or "the whole
row of ..." where rows are named by a value or a date's meaning, "Apply data bars to X in sheet T"); `forum`, a
forum question of a sentence or two, with the column letter (always the true column of the table placed at
A1) when it names the column by its header, and none when it names the rows by a value or by what the date
means; four new here: `regex`, the text test written as a pattern a user types, only on the text functions
and NOT(TextEquals): "matches ^s$", "=~ /^s$/", "is exactly ^s$" (TextEquals), "matches /s/", "is like *s*",
"is LIKE %s%" (TextContains), "does not match /s/", "is not like *s*", "!~ /s/" (TextNotContains), "matches
^s", "is like s*", "=~ /^s/" (TextStartsWith), "matches s$", "is like *s", "=~ /s$/" (TextEndsWith), "does
not match ^s$", "!~ /^s$/", "fails /^s$/" (NOT of TextEquals), the literal always of letters and spaces only
(no pattern character inside it), in frames such as "rows where X =~ /^Br/: highlight the entire row (T)",
"T: where X matches s$, highlight just that cell", "Highlight rows for the bouts matching ^s$ in sheet T";
`cli`, the request as a command line, always by header (the header in double quotes): a command (`cf
highlight --col "X" ... --sheet T`, `fmt -c "X" ... --sheet T`, `cfmt --sheet T --column "X" ...`, `highlight
"X" ... --in T`), a flag per function (--gt, --greater-than, --ge, --gte, --lt, --less-than, --le, --lte, --eq,
--equals, --ne, --not-equal, --between a b [--inclusive], --not-between a b, --outside a b --inclusive,
--text-is, --exact, --contains, --has, --not-contains, --lacks, --starts-with, --prefix, --ends-with, --suffix,
--top n, --top-n, --bottom n, --bottom-n, --top p%, --top-percent, --bottom p%, --bottom-percent,
--above-average, --above-avg, --below-average, --below-avg, --duplicates, --dupes, --unique, --uniques-only,
--empty, --blanks, --not-blank, --non-empty, --errors, --is-error, --no-errors, --not-error, --color-scale,
--data-bars, --icon-set, "--gt a --lt b" and "--gt a --and --lt b" (AND), "--lt a --or --gt b" (OR), "--not
--text-is 's'" and "--text-is-not 's'" (NOT), --date or --period with yesterday, today, tomorrow,
last-7-days, last-week, this-week, next-week, last-month, this-month, next-month), now and then a fill
(--fill yellow, --fill red, --bg green), and the scope (--rows, --whole-row, --entire-row for whole rows;
nothing, --cells-only or --cell for cells); `bug-report`, the request as a bug report or ticket with Expected
/ Actual and sometimes Steps ("Expected: every X cell that ... is highlighted, just that cell. Actual: nothing
is coloured. Sheet: T.", "Steps: open T. Expected: the whole row shaded wherever X .... Actual: nothing is
formatted.", "Steps: open T, look at the bouts dated last month. Expected: their entire rows shaded. Actual:
no shading.", "Expected: X in sheet T shows data bars. Actual: plain cells."); `numerals`, every figure
written in an unusual but exact way, only on requests with a figure (comparisons, Between, NotBetween, AND,
OR, the ranks, Last7Days): Roman numerals of two letters or more ("LXVII", "MMCL", "III" for n, "XX" for
p), thousands with k ("2.5k", "18.5k", "1.4k"), scientific notation ("1.1e3", "2.75e3", "2e1%", "2.5e1
percent", "45e-1", "335e-1"), fractions ("8¾", "2¼", "1½", "6¼") and half a dozen; "last VII days" for
Last7Days ("Highlight whole rows whose X is in the top 2e1% in sheet T", "In T, shade the entire row when X
is below 1½ or above 3¼", "Colour the X cells whose value is LXIX or more, cells only, sheet T"). These
examples are of this set's kind; the brief's own examples were not used as requests.

How the requests were written: E25t wrote, in /tmp/e25t/gen.py, a verb phrase per function (two or three
wordings each: "is greater than a", "exceeds a", "is at least a", "is a or less", "is exactly a", "is anything
but a", "is between a and b inclusive", "lies from a to b, both ends included", "is outside a to b (the ends
themselves count as inside)", "is above a and below b", "is below a or above b", "reads 's' exactly", "has
's' somewhere in it", "begins with 's'", "finishes in 's'", "is among the n highest", "falls in the lowest p
percent", "is above the column's average", "is repeated elsewhere in the column", "appears only once in the
column", "is left empty", "holds no error value", "falls in the previous calendar week", "is within the past
7 days, today included", ...), noun phrases for the rows named by a value ("the 'Light' bouts", "the pots that
aren't 'Texas Red'") or by what the date means ("the matches dated last month", "the races coming up next
week"), the patterns, flags and frames per style and scope above; the program picks a naming (by-value for
about two thirds of TextEquals and NOT, by-meaning for about a third of the periods, by hash; `cli` only by
header), a style (`regex` for nine in ten text functions, `numerals` for about half of the functions with a
figure, else annotator, forum, bug-report or cli, by hash), a wording and a frame by a stable hash of the
table and the function, the scope by the same hash (cells for the visual rules; rows for every request naming
the rows by value or meaning; else about half each), and the literal: the first candidate of the column's own
values (numbers nearest the median first, bounds at the quartiles, words of four letters or more of the notes,
prefixes and suffixes of two or three letters of the names, category values, n of 3, 2, 4, 5 and p of 20, 25,
30, 10, 15, 40; for a `numerals` draft of a comparison, NotBetween, AND or OR, F's candidates before E's for
about half, by hash, so that fractions appear) that has a numeral spelling where the style needs one and for
which everyday_tables' `problems` finds nothing on the full table. The entries below are that program's
output, frozen (written by /tmp/e25t/assemble.py, which also wraps long requests over string lines and checks
the line length); nothing was reworded by hand. Decided before the first build and written in gen.py (the
functions named on its command line): a function found in one half only would be given a second draft on
every table that has it (the next passing candidate, naming, style, scope and wording by the hash with
"second"); it was not needed: the first build had every function in both halves. Requests keep Excel's
semantics: comparisons other than LessThan, LessThanEqual and Between are only on the two number columns that
hold no text (E, and F, which holds one "" blank), LessThan, LessThanEqual, Between and the visual rules on
the column with a text cell (G), the error and errors-not rules, TopPercent and BelowAverage on the column with
an error and a blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks on the notes (both "" and
a lone space " "), text rules on the name, category and notes columns, Duplicates and Unique on the names,
date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 15:36:49, and about six
times while working and at the end); `cat` of /work/team/brief25.md (the brief); `python -c "import
cf_assistant"` (ok); `ls` of benchmarks/data (file names); of benchmarks/data/twentyfourth_tables.py a `grep
-n` anchored on top-level names and the main block (line numbers of its constants, TABLES/ENTRIES and the main
block), `wc -l` (1329), `sed -n 1,248p` (its docstring, imports, constants and helper code, up to the line
before TABLES = {}), a `grep -n` of its lines starting with a letter, cut to 60 characters, those of lines
200-249 left out, first ten (all ten were lines 2-17 of its docstring), a `grep -n` of its comment lines at
column 0 (three, in the part already read), and an `awk` of its lines 1300-1329 with lines starting "(" or a
quote filtered out (the closing bracket, the bind and the main block); `wc -l` of table_sets.py,
column_sets.py, everyday_common.py, the table test module, set_files.py and CF_RULES.md; `cat` of
table_sets.py, tests/benchmarks/test_table_sets_data.py, column_sets.py, everyday_common.py,
tests/benchmarks/set_files.py (the whole file: its check functions and their helpers) and
../shared/docs/CF_RULES.md; the first 12,000 characters of benchmarks/data/README.md, each line cut to 300
characters (its rows up to sixth_cf); of cf_assistant.languages.cf: parse/to_text on 32 made-up rules for the
canonical spelling. The drafting programs' runs: /tmp/e25t/domcheck.py (three runs, True/False per word);
/tmp/e25t/tables.py (four runs: each table's row count and widest line (one failed on a grid too small, fixed),
then the header's and the widest data row's width per table, twice (two grids widened and the headers, over
120 characters, shortened before any request was drafted)); /tmp/e25t/gen.py ("341 drafts; no passing
literal: []", three times); printouts of this set's own drafts (no split in them), all before the first build:
their scope, naming and style counts and every ninth draft, then every numerals and regex draft, then every
numerals draft; after the first two printouts the generator was changed (regex for nine text functions in ten
rather than eight; no Roman numeral of one letter, which read like a column letter; F's candidates first for
about half of the numerals drafts) and all drafts drawn again, none reworded by hand; `ls` of
benchmarks/data counted (55 set files; no twentyfifth file then) and filtered on "twentyfourth" (file names);
/tmp/e25t/assemble.py ("341 drafts; lines over 120: 0", three runs); the first build (`python
benchmarks/data/twentyfifth_tables.py`, output to a file; its first two lines); a program printing the
functions missing a half (none) and the eight thinnest; the program that edited the table test module (it
printed "replaced 5" and its widest line, 116) and `grep -c` of "twentyfifth" in it (5); the program that put
the README row in (it printed that it found one twentyfourth_tables row and no twentyfifth_tables row, and
"inserted"), `grep -c` of the two twentyfifth README rows (1 and 0 at first, then 1 and 1 once
twentyfifth_cf's row was there, not read); `python -m pytest -q` of tests/benchmarks/test_table_sets_data.py
(`-k twentyfifth`: 8 passed; then whole: see Counts) and tests/benchmarks/test_sets_are_the_projects_own.py
(see Counts); a program printing the header-only records per half and the scope, naming, style, tag, table
and thinnest function counts; rebuilds with a `cmp` against a copy of the first build's file; counts of the
builder's long lines (an `awk` by bytes: one, of
120 characters in more bytes) and its widest line (120 characters) and its docstring's length.

Slips: none known. No draft was reworded, added or dropped after the split was seen (the first build). The two
engineers kept apart scratch folders (/tmp/e25t here); nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets
calls it, `build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`, as read in
table_sets.py; its code and docstrings not printed); `git log`, `git show`, any diff's content, `git diff
--stat` (no git command was run); ../shared/docs/EVALUATION.md and ../shared/data (the train split is compared
by the builder's program only); tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and
ENTRIES of the other builders; README.md past its first 12,000 characters; twentyfifth_cf.py and any
twentyfifth_cf.json (written beside this set by engineer E25c; the builder compares with any set file beside it
by program only, as table_sets.requests_elsewhere does); the utterances or tables of any JSON file (compared
with this set's by program only, never printed; the domain check read their `Table` fields and printed
True/False only). No request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
twentyfourth_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag
...]); `scope` is "rows" when the request asks for whole rows ("whole row", "entire row", "whole rows",
"Highlight rows where/for", "--rows", "--whole-row", "--entire-row", "their entire rows"), "cells" otherwise
("just that cell", "cells only", "Only that cell, not the row", "--cells-only", "--cell", a command with no
scope flag, a visual rule); `naming` says how the request names the tested column: `by-header` (its header as
written, or its letter), `by-meaning` (the rows by what the date means: "the races coming up next week") or
`by-value` (only values of it: "the 'Light' bouts", "the matches not matching ^Ladies$"). Each rule tests one
column. Every record is first built and checked on its full table (everyday_tables' `build_record` with IDs
prefixed `t25t-`; its `problems`: a record that formats no row or every row, whose near misses its table
cannot tell apart, text operators exempt, or whose rule formats the same rows on another column is refused),
and a request already written (case aside) in any other set file of benchmarks/data/ or in the benchmark's
train split (../shared/data/cf/train.json, on this machine) is refused, as is a column letter or range that
is not the rule's column (none was). Then the records picked by a stable hash of the ID (about one in three,
`table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag `header-only`.
Blank cells are "" or a lone space " " (written `_` and `~` in the table text below). Dates are read against
the bench's reference date 2024-06-12 (a Wednesday); date comparisons are not written, date periods are (each
table's date column holds the fourteen days 06-11, 06-12, 06-13, 06-06, 06-03, 06-17, 06-28, 05-15, 07-09,
02-14, 06-14, 06-21, 06-24 and 05-31, rotated by the table's place, so that the ten periods tell apart).
Labels follow Excel: a blank compares as 0, any text is greater than any number, an error is neither blank nor
formatted by a comparison, text tests ignore case. Every comparison's threshold and every Between bound is a
value of its column (so that "at least" and "more than" differ there). Each table leaves out eight of the 31
functions that are not date periods and two of the ten periods, in turn (table k leaves out the functions 8k
to 8k+7 and the periods 2k and 2k+1 of a fixed order, mod 31 and 10): 31 records a table.

Tags: the naming, the style, then any of `boundary`, `negation`, `or`, `superlative`, `starts-ends`, `date`,
then `header-only` where the rows were dropped, then `twentyfifth` (last). Every one of the 41 top functions is
in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentyfifth_tables.py` prints them): 341 records, dev 166 / test 175; 11
tables of 10 columns and 14 data rows each (31 records a table); 112 header-only records (33%; dev 56, test
56); scope rows 172 (50%) / cells 169; naming by-header 309, by-meaning 20, by-value 12 (9% not by header);
styles numerals 73, forum 58, cli 57, bug-report 57, annotator 55, regex 41; tags date 88, negation 49,
superlative 32, boundary 32, starts-ends 16, or 9; every one of the 41 top functions in both halves (the
thinnest: Bottom, BottomPercent and Top with one record in one half, TopPercent, AboveAverage,
GreaterThanEqual, Unique and Errors with two). Tests: tests/benchmarks/test_table_sets_data.py 168 passed (8
of them this set's, `-k twentyfifth`: 8 passed); tests/benchmarks/test_sets_are_the_projects_own.py 58 passed.

Rebuild: `python benchmarks/data/twentyfifth_tables.py` (prints the counts per split, table, scope, naming,
style, tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyfifth_tables.json"
PREFIX = "t25t"
TAG = "twentyfifth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: a text test written as a pattern (regular
# expression or wildcards), a command line with flags, a bug report (Expected / Actual / Steps), and
# figures written in unusual but exact ways (Roman numerals, 2.5k, 1.1e3, 8¾, half a dozen).
STYLES = ("annotator", "forum", "regex", "cli", "bug-report", "numerals")
# The requests of every other set file in this folder (these 55 at the time of writing,
# and any written since, e.g. twentyfifth_cf.json, written at the same time by another engineer)
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
              'twentyfourth_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}


TABLES["ShinKickingBouts"] = _table("""
Bout ID | Kicker | Class | Bout Date | Kicks | Padding (oz) | Rounds | Purse (£) | Clogs? | Ref Notes
SK-104 | Xan Ellwood | Light | 2024-06-11 | 58 | 7.5 | 16 | #N/A | Yes | hobbled off
SK-109 | Ossie Illingworth | Open | 2024-06-12 | 50 | 8.5 | 6 | 175 | Yes | clean sweep
SK-115 | Tilly Lambton | Light | 2024-06-13 | 42 | 7 | 25 | 800 | No | ~
SK-126 | Alf Yeadon | Middle | 2024-06-06 | 59 | 8.25 | 23 | 75 | No | clean strike
SK-129 | Ada Ashford | Heavy | 2024-06-03 | 17 | _ | 8 | 350 | No | strong left leg
SK-141 | Finn Kershaw | Open | 2024-06-17 | 52 | 4 | 24 | 125 | No | warned twice
SK-142 | Ada Ashford | Light | 2024-06-28 | 41 | 3.5 | 19 | 400 | No | strong finish
SK-155 | Ossie Illingworth | Light | 2024-05-15 | 12 | 2.75 | 29 | 225 | Yes | slipped twice
SK-160 | Hetty Fothergill | Open | 2024-07-09 | 26 | 3.25 | 30 | 725 | Yes | limped off
SK-164 | Cal Haworth | Heavy | 2024-02-14 | 33 | 8.75 | dnf | 675 | No | crowd favourite
SK-176 | Rolf Yardley | Middle | 2024-06-14 | 19 | 8 | 20 | 775 | Yes | warned for kneeing
SK-177 | Edda Pendle | Middle | 2024-06-21 | 13 | 7.75 | 15 | 525 | Yes | straw fell out
SK-186 | Ivo Varley | Heavy | 2024-06-24 | 7 | 2 | 22 | _ | Yes | late arrival
SK-197 | Jem Birtwistle | Middle | 2024-05-31 | 55 | 6.75 | 12 | 200 | No | _
""")
ENTRIES["ShinKickingBouts"] = [
    ("Highlight rows for the bouts that match /^Light$/ in sheet ShinKickingBouts",
     "TextEquals({Class}, \"Light\")", "rows", "by-value", "regex"),
    ("rows where Ref Notes is LIKE %hobbled%: highlight the entire row (ShinKickingBouts)",
     "TextContains({Ref Notes}, \"hobbled\")", "rows", "by-header", "regex"),
    ("Highlight Ref Notes cells where the value has no 'clean' anywhere in it in sheet ShinKickingBouts",
     "TextNotContains({Ref Notes}, \"clean\")", "cells", "by-header", "annotator", "negation"),
    ("Highlight Kicker cells where the value matches ^Xa in sheet ShinKickingBouts",
     "TextStartsWith({Kicker}, \"Xa\")", "cells", "by-header", "regex", "starts-ends"),
    ("Highlight Kicker cells where the value =~ /od$/ in sheet ShinKickingBouts",
     "TextEndsWith({Kicker}, \"od\")", "cells", "by-header", "regex", "starts-ends"),
    ("In ShinKickingBouts, shade the entire row when Kicks is among the III highest",
     "Top({Kicks}, 3)", "rows", "by-header", "numerals", "superlative"),
    ("In ShinKickingBouts, highlight Kicks where it is one of the bottom III values (just those cells)",
     "Bottom({Kicks}, 3)", "cells", "by-header", "numerals", "superlative"),
    ("Highlight whole rows whose Purse (£) is in the top 2e1% in sheet ShinKickingBouts",
     "TopPercent({Purse (£)}, 20)", "rows", "by-header", "numerals", "superlative"),
    ("fmt -c \"Kicks\" --bottom 25% --fill red --whole-row --sheet ShinKickingBouts",
     "BottomPercent({Kicks}, 25)", "rows", "by-header", "cli", "superlative"),
    ("highlight \"Kicks\" --above-avg --cell --in ShinKickingBouts",
     "AboveAverage({Kicks})", "cells", "by-header", "cli"),
    ("Highlight Purse (£) cells where the value is under the column average in sheet ShinKickingBouts",
     "BelowAverage({Purse (£)})", "cells", "by-header", "annotator"),
    ("Bug in sheet ShinKickingBouts. Steps: select Kicker, add the rule. Expected: the cells whose value is "
     "repeated elsewhere in the column get a fill (cells only). Actual: no fill anywhere.",
     "Duplicates({Kicker})", "cells", "by-header", "bug-report"),
    ("Trying to highlight whole rows where Kicker in column B appears only once in the column. Any ideas?",
     "Unique({Kicker})", "rows", "by-header", "forum"),
    ("Is there a way to shade the entire row when column J, Ref Notes, is left empty?",
     "Blanks({Ref Notes})", "rows", "by-header", "forum"),
    ("Quick one: in column J (Ref Notes) I want each cell that is not blank highlighted, just the cell. Possible?",
     "NotBlanks({Ref Notes})", "cells", "by-header", "forum", "negation"),
    ("highlight \"Purse (£)\" --errors --fill yellow --cells-only --in ShinKickingBouts",
     "Errors({Purse (£)})", "cells", "by-header", "cli"),
    ("cf highlight --col \"Purse (£)\" --not-error --rows --sheet ShinKickingBouts",
     "NotErrors({Purse (£)})", "rows", "by-header", "cli", "negation"),
    ("How do I put a colour scale on column G (Rounds)?", "ColorScale({Rounds})", "cells", "by-header", "forum"),
    ("cfmt --sheet ShinKickingBouts --column \"Rounds\" --data-bars", "DataBar({Rounds})", "cells", "by-header", "cli"),
    ("Apply an icon set to Rounds in sheet ShinKickingBouts", "IconSet({Rounds})", "cells", "by-header", "annotator"),
    ("highlight \"Kicks\" --gt 17 --and --lt 52 --cells-only --in ShinKickingBouts",
     "AND(GreaterThan({Kicks}, 17), LessThan({Kicks}, 52))", "cells", "by-header", "cli"),
    ("Expected: rows where Kicks is less than 17 or greater than 52 are highlighted across the entire row. Actual: "
     "no row is shaded. Sheet ShinKickingBouts.",
     "OR(LessThan({Kicks}, 17), GreaterThan({Kicks}, 52))", "rows", "by-header", "bug-report", "or"),
    ("Highlight the whole row wherever Class is anything other than 'Light' in sheet ShinKickingBouts",
     "NOT(TextEquals({Class}, \"Light\"))", "rows", "by-header", "annotator", "negation"),
    ("Apply a fill to each Bout Date cell that is tomorrow's date in sheet ShinKickingBouts",
     "Tomorrow({Bout Date})", "cells", "by-header", "annotator", "date"),
    ("Quick one: in column D (Bout Date) I want each cell that falls in the last 7 days highlighted, just the "
     "cell. Possible?",
     "Last7Days({Bout Date})", "cells", "by-header", "forum", "date"),
    ("Expected: every Bout Date cell that falls in the previous calendar week is highlighted, just that cell. "
     "Actual: nothing is coloured. Sheet: ShinKickingBouts.",
     "LastWeek({Bout Date})", "cells", "by-header", "bug-report", "date"),
    ("cf highlight --col \"Bout Date\" --period this-week --rows --sheet ShinKickingBouts",
     "ThisWeek({Bout Date})", "rows", "by-header", "cli", "date"),
    ("Bug in sheet ShinKickingBouts. Steps: select Bout Date, add the rule. Expected: the cells whose value is in "
     "next week get a fill (cells only). Actual: no fill anywhere.",
     "NextWeek({Bout Date})", "cells", "by-header", "bug-report", "date"),
    ("Expected: rows where Bout Date is in last month are highlighted across the entire row. Actual: no row is "
     "shaded. Sheet ShinKickingBouts.",
     "LastMonth({Bout Date})", "rows", "by-header", "bug-report", "date"),
    ("Highlight the whole row of this month's bouts in sheet ShinKickingBouts",
     "ThisMonth({Bout Date})", "rows", "by-meaning", "annotator", "date"),
    ("Highlight rows where Bout Date falls in the coming calendar month in sheet ShinKickingBouts",
     "NextMonth({Bout Date})", "rows", "by-header", "annotator", "date"),
]

TABLES["WifeCarryingHeats"] = _table("""
Heat | Carrier | Hold Style | Heat Date | Course (m) | Partner (kg) | Penalty (s) | Time (s) | Dropped? | Notes
WC-101 | Zed Tattersall | Estonian | 2024-06-12 | 750 | 53 | 45 | 189 | No | sand trap slow
WC-109 | Rhys Pickles | Dutch | 2024-06-13 | 1000 | 47 | 75 | 115 | No | wobbled at log
WC-118 | Alf Fothergill | Fireman | 2024-06-06 | 400 | 71 | 65 | 120 | No | ~
WC-127 | Kay Mottram | Piggyback | 2024-06-03 | 1400 | 77.5 | 35 | 82.5 | No | clean water pit
WC-130 | Dex Upton | Dutch | 2024-06-17 | 650 | 45.5 | 80 | _ | Yes | new record pace
WC-140 | Alf Fothergill | Estonian | 2024-06-28 | 1600 | 79.5 | 20 | 139 | Yes | fell at the log
WC-146 | Nye Haworth | Piggyback | 2024-05-15 | 1850 | 64 | 0 | #VALUE! | Yes | photo finish
WC-152 | Win Holloway | Estonian | 2024-07-09 | 1150 | 61.5 | 40 | 159.5 | Yes | shoe came off
WC-158 | Jude Ibbotson | Piggyback | 2024-02-14 | 950 | _ | 85 | 121.5 | No | slow start
WC-163 | Hetty Lambton | Estonian | 2024-06-14 | 1200 | 79 | 15 | 75 | Yes | _
WC-174 | Moll Jessop | Fireman | 2024-06-21 | 1650 | 58 | 10 | 60 | Yes | lost a shoe
WC-181 | Dex Upton | Piggyback | 2024-06-24 | 1350 | 69 | void | 77.5 | No | fast on the sand
WC-189 | Flo Dinsdale | Dutch | 2024-05-31 | 450 | 71.5 | 25 | 76.5 | No | partner laughed
WC-192 | Rolf Ormerod | Fireman | 2024-06-11 | 1100 | 74 | 60 | 153 | Yes | water pit splash
""")
ENTRIES["WifeCarryingHeats"] = [
    ("Highlight whole rows whose Partner (kg) is more than LXIX in sheet WifeCarryingHeats",
     "GreaterThan({Partner (kg)}, 69)", "rows", "by-header", "numerals"),
    ("Colour the Partner (kg) cells whose value is LXIX or more, cells only, sheet WifeCarryingHeats",
     "GreaterThanEqual({Partner (kg)}, 69)", "cells", "by-header", "numerals", "boundary"),
    ("Highlight the whole row wherever Penalty (s) is under 40 in sheet WifeCarryingHeats",
     "LessThan({Penalty (s)}, 40)", "rows", "by-header", "annotator"),
    ("Trying to highlight whole rows where Penalty (s) in column G is no more than 40. Any ideas?",
     "LessThanEqual({Penalty (s)}, 40)", "rows", "by-header", "forum", "boundary"),
    ("How do I get Course (m) (column E) to turn yellow when the value is equal to 1100? Only that cell, not the "
     "row.",
     "Equals({Course (m)}, 1100)", "cells", "by-header", "forum"),
    ("Highlight whole rows whose Course (m) is anything but 1.1e3 in sheet WifeCarryingHeats",
     "NotEquals({Course (m)}, 1100)", "rows", "by-header", "numerals", "negation"),
    ("In WifeCarryingHeats, shade the entire row when Penalty (s) is between XX and LXV inclusive",
     "Between({Penalty (s)}, 20, 65)", "rows", "by-header", "numerals", "boundary"),
    ("In WifeCarryingHeats, highlight Partner (kg) where it is outside LVIII to LXXIV (the ends themselves count "
     "as inside) (just those cells)",
     "NotBetween({Partner (kg)}, 58, 74)", "cells", "by-header", "numerals", "boundary", "negation"),
    ("In WifeCarryingHeats, shade the entire row when Course (m) falls in the lowest XX percent",
     "BottomPercent({Course (m)}, 20)", "rows", "by-header", "numerals", "superlative"),
    ("Expected: every Course (m) cell that is above the column's average is highlighted, just that cell. Actual: "
     "nothing is coloured. Sheet: WifeCarryingHeats.",
     "AboveAverage({Course (m)})", "cells", "by-header", "bug-report"),
    ("Quick one: in column H (Time (s)) I want each cell that is under the column average highlighted, just the "
     "cell. Possible?",
     "BelowAverage({Time (s)})", "cells", "by-header", "forum"),
    ("Bug in sheet WifeCarryingHeats. Steps: select Carrier, add the rule. Expected: the cells whose value is "
     "repeated elsewhere in the column get a fill (cells only). Actual: no fill anywhere.",
     "Duplicates({Carrier})", "cells", "by-header", "bug-report"),
    ("Expected: rows where Carrier is not repeated anywhere in the column are highlighted across the entire row. "
     "Actual: no row is shaded. Sheet WifeCarryingHeats.",
     "Unique({Carrier})", "rows", "by-header", "bug-report"),
    ("Highlight rows where Notes is blank in sheet WifeCarryingHeats",
     "Blanks({Notes})", "rows", "by-header", "annotator"),
    ("highlight \"Notes\" --not-blank --bg green --in WifeCarryingHeats",
     "NotBlanks({Notes})", "cells", "by-header", "cli", "negation"),
    ("Expected: every Time (s) cell that is an error such as #N/A or #REF! is highlighted, just that cell. Actual: "
     "nothing is coloured. Sheet: WifeCarryingHeats.",
     "Errors({Time (s)})", "cells", "by-header", "bug-report"),
    ("Highlight the whole row wherever Time (s) is not an error in sheet WifeCarryingHeats",
     "NotErrors({Time (s)})", "rows", "by-header", "annotator", "negation"),
    ("How do I put a colour scale on column G (Penalty (s))?",
     "ColorScale({Penalty (s)})", "cells", "by-header", "forum"),
    ("fmt -c \"Penalty (s)\" --data-bars --sheet WifeCarryingHeats",
     "DataBar({Penalty (s)})", "cells", "by-header", "cli"),
    ("Apply an icon set to Penalty (s) in sheet WifeCarryingHeats",
     "IconSet({Penalty (s)})", "cells", "by-header", "annotator"),
    ("Highlight Course (m) cells where the value is above 750 and below 1400 in sheet WifeCarryingHeats",
     "AND(GreaterThan({Course (m)}, 750), LessThan({Course (m)}, 1400))", "cells", "by-header", "annotator"),
    ("Highlight whole rows whose Course (m) is less than DCCL or greater than 1.4k in sheet WifeCarryingHeats",
     "OR(LessThan({Course (m)}, 750), GreaterThan({Course (m)}, 1400))", "rows", "by-header", "numerals", "or"),
    ("Highlight rows for every heat that fails /^Estonian$/ in sheet WifeCarryingHeats",
     "NOT(TextEquals({Hold Style}, \"Estonian\"))", "rows", "by-value", "regex", "negation"),
    ("Apply a fill to each Heat Date cell that falls on yesterday in sheet WifeCarryingHeats",
     "Yesterday({Heat Date})", "cells", "by-header", "annotator", "date"),
    ("Apply a fill to each Heat Date cell that is today's date in sheet WifeCarryingHeats",
     "Today({Heat Date})", "cells", "by-header", "annotator", "date"),
    ("How do I get Heat Date (column D) to turn yellow when the value falls in the previous calendar week? Only "
     "that cell, not the row.",
     "LastWeek({Heat Date})", "cells", "by-header", "forum", "date"),
    ("cfmt --sheet WifeCarryingHeats --column \"Heat Date\" --period this-week --whole-row",
     "ThisWeek({Heat Date})", "rows", "by-header", "cli", "date"),
    ("fmt -c \"Heat Date\" --date next-week --entire-row --sheet WifeCarryingHeats",
     "NextWeek({Heat Date})", "rows", "by-header", "cli", "date"),
    ("Highlight rows where Heat Date falls in the previous calendar month in sheet WifeCarryingHeats",
     "LastMonth({Heat Date})", "rows", "by-header", "annotator", "date"),
    ("cf highlight --col \"Heat Date\" --period this-month --entire-row --sheet WifeCarryingHeats",
     "ThisMonth({Heat Date})", "rows", "by-header", "cli", "date"),
    ("Highlight the whole row wherever Heat Date falls in the coming calendar month in sheet WifeCarryingHeats",
     "NextMonth({Heat Date})", "rows", "by-header", "annotator", "date"),
]

TABLES["ToeWrestlingMatches"] = _table("""
Match No | Wrestler | Division | Match Date | Rank Pts | Span (cm) | Pins | Prize (£) | Left Foot? | Notes
TW-104 | Bram Sowerby | Ladies | 2024-06-13 | 2300 | 10.25 | 10 | _ | Yes | quick pin
TW-112 | Hetty Ackroyd | Junior | 2024-06-06 | 800 | 10 | 0 | 230 | No | sock foul
TW-118 | Cal Clegg | Junior | 2024-06-03 | 900 | 7.75 | n/a | 10 | Yes | cramp in round two
TW-123 | Orla Rowntree | Senior | 2024-06-17 | 200 | 7.5 | 9 | 220 | Yes | easy win
TW-129 | Rhys Haworth | Junior | 2024-06-28 | 1800 | 11.5 | 4 | 350 | No | appealed the call
TW-141 | Dot Jagger | Veteran | 2024-05-15 | 2400 | 6 | 13 | #DIV/0! | Yes | late pin
TW-145 | Hetty Ackroyd | Veteran | 2024-07-09 | 1500 | 7.25 | 14 | 160 | No | stalemate broken
TW-155 | Wren Tattersall | Veteran | 2024-02-14 | 2200 | 8.75 | 11 | 260 | Yes | _
TW-160 | Ada Kershaw | Ladies | 2024-06-14 | 600 | _ | 3 | 170 | Yes | bare sock foul
TW-166 | Dot Jagger | Senior | 2024-06-21 | 1100 | 9.5 | 7 | 460 | No | ice pack needed
TW-172 | Rolf Greenhalgh | Senior | 2024-06-24 | 2600 | 11 | 17 | 150 | No | quick submission
TW-183 | Tam Mottram | Ladies | 2024-05-31 | 500 | 6.5 | 19 | 360 | Yes | ~
TW-186 | Kay Entwistle | Senior | 2024-06-11 | 400 | 10.75 | 16 | 30 | No | cramp again
TW-195 | Yola Ormerod | Junior | 2024-06-12 | 2700 | 8.25 | 5 | 480 | No | long stalemate
""")
ENTRIES["ToeWrestlingMatches"] = [
    ("Colour the Span (cm) cells whose value is greater than 8¾, cells only, sheet ToeWrestlingMatches",
     "GreaterThan({Span (cm)}, 8.75)", "cells", "by-header", "numerals"),
    ("Highlight whole rows whose Span (cm) is at least 8¾ in sheet ToeWrestlingMatches",
     "GreaterThanEqual({Span (cm)}, 8.75)", "rows", "by-header", "numerals", "boundary"),
    ("Highlight whole rows whose Pins is below IX in sheet ToeWrestlingMatches",
     "LessThan({Pins}, 9)", "rows", "by-header", "numerals"),
    ("Steps: open ToeWrestlingMatches. Expected: the whole row shaded wherever Pins is no more than 10. Actual: "
     "nothing is formatted.",
     "LessThanEqual({Pins}, 10)", "rows", "by-header", "bug-report", "boundary"),
    ("How do I get Rank Pts (column E) to turn yellow when the value is equal to 1100? Only that cell, not the "
     "row.",
     "Equals({Rank Pts}, 1100)", "cells", "by-header", "forum"),
    ("In ToeWrestlingMatches, shade the entire row when Span (cm) is anything but 8¾",
     "NotEquals({Span (cm)}, 8.75)", "rows", "by-header", "numerals", "negation"),
    ("Highlight whole rows whose Pins lies from VII to XIV, both ends included in sheet ToeWrestlingMatches",
     "Between({Pins}, 7, 14)", "rows", "by-header", "numerals", "boundary"),
    ("In ToeWrestlingMatches, shade the entire row when Rank Pts is outside 6e2 to 2.3e3 (the ends themselves "
     "count as inside)",
     "NotBetween({Rank Pts}, 600, 2300)", "rows", "by-header", "numerals", "boundary", "negation"),
    ("Shade the whole row wherever Division =~ /^Ladies$/ in sheet ToeWrestlingMatches",
     "TextEquals({Division}, \"Ladies\")", "rows", "by-header", "regex"),
    ("rows where Notes is like *quick*: highlight the entire row (ToeWrestlingMatches)",
     "TextContains({Notes}, \"quick\")", "rows", "by-header", "regex"),
    ("rows where Notes is not like *quick*: highlight the entire row (ToeWrestlingMatches)",
     "TextNotContains({Notes}, \"quick\")", "rows", "by-header", "regex", "negation"),
    ("rows where Wrestler is like Br*: highlight the entire row (ToeWrestlingMatches)",
     "TextStartsWith({Wrestler}, \"Br\")", "rows", "by-header", "regex", "starts-ends"),
    ("ToeWrestlingMatches: where Wrestler =~ /by$/, highlight just that cell",
     "TextEndsWith({Wrestler}, \"by\")", "cells", "by-header", "regex", "starts-ends"),
    ("Colour the Rank Pts cells whose value is one of the top III values, cells only, sheet ToeWrestlingMatches",
     "Top({Rank Pts}, 3)", "cells", "by-header", "numerals", "superlative"),
    ("In ToeWrestlingMatches, highlight Rank Pts where it is among the III lowest (just those cells)",
     "Bottom({Rank Pts}, 3)", "cells", "by-header", "numerals", "superlative"),
    ("In ToeWrestlingMatches, highlight Prize (£) where it falls in the highest XX percent (just those cells)",
     "TopPercent({Prize (£)}, 20)", "cells", "by-header", "numerals", "superlative"),
    ("Expected: every Prize (£) cell that is not an error is highlighted, just that cell. Actual: nothing is "
     "coloured. Sheet: ToeWrestlingMatches.",
     "NotErrors({Prize (£)})", "cells", "by-header", "bug-report", "negation"),
    ("How do I put a colour scale on column G (Pins)?", "ColorScale({Pins})", "cells", "by-header", "forum"),
    ("Expected: Pins in sheet ToeWrestlingMatches shows data bars. Actual: plain cells.",
     "DataBar({Pins})", "cells", "by-header", "bug-report"),
    ("Steps: open ToeWrestlingMatches, select Pins. Expected: an icon set on those cells. Actual: nothing changes.",
     "IconSet({Pins})", "cells", "by-header", "bug-report"),
    ("Highlight whole rows whose Rank Pts is greater than 6e2 and less than 2.3k in sheet ToeWrestlingMatches",
     "AND(GreaterThan({Rank Pts}, 600), LessThan({Rank Pts}, 2300))", "rows", "by-header", "numerals"),
    ("highlight \"Rank Pts\" --lt 600 --or --gt 2300 --whole-row --in ToeWrestlingMatches",
     "OR(LessThan({Rank Pts}, 600), GreaterThan({Rank Pts}, 2300))", "rows", "by-header", "cli", "or"),
    ("Highlight rows for the matches not matching ^Ladies$ in sheet ToeWrestlingMatches",
     "NOT(TextEquals({Division}, \"Ladies\"))", "rows", "by-value", "regex", "negation"),
    ("Highlight rows where Match Date is yesterday's date in sheet ToeWrestlingMatches",
     "Yesterday({Match Date})", "rows", "by-header", "annotator", "date"),
    ("Apply a fill to each Match Date cell that is today's date in sheet ToeWrestlingMatches",
     "Today({Match Date})", "cells", "by-header", "annotator", "date"),
    ("cfmt --sheet ToeWrestlingMatches --column \"Match Date\" --date tomorrow",
     "Tomorrow({Match Date})", "cells", "by-header", "cli", "date"),
    ("Highlight Match Date cells where the value falls in the last 7 days in sheet ToeWrestlingMatches",
     "Last7Days({Match Date})", "cells", "by-header", "annotator", "date"),
    ("How do I get Match Date (column D) to turn yellow when the value is in next week? Only that cell, not the "
     "row.",
     "NextWeek({Match Date})", "cells", "by-header", "forum", "date"),
    ("Steps: open ToeWrestlingMatches, look at the matches dated last month. Expected: their entire rows shaded. "
     "Actual: no shading.",
     "LastMonth({Match Date})", "rows", "by-meaning", "bug-report", "date"),
    ("Highlight the whole row of this month's matches in sheet ToeWrestlingMatches",
     "ThisMonth({Match Date})", "rows", "by-meaning", "annotator", "date"),
    ("Quick one: in column D (Match Date) I want each cell that is in next month highlighted, just the cell. "
     "Possible?",
     "NextMonth({Match Date})", "cells", "by-header", "forum", "date"),
]

TABLES["BathtubRaceEntries"] = _table("""
Tub No | Skipper | Hull Type | Race Date | Dist (yd) | Freeboard (in) | Bail Stops | Prize (NZ$) | Capsized? | Notes
BT-105 | Bram Holloway | Cast Iron | 2024-06-06 | 5250 | 7.75 | 7 | 1850 | No | taps fell off
BT-109 | Zara Birtwistle | Catamaran | 2024-06-03 | 1500 | 3.25 | 4 | 1750 | No | fast downwind
BT-118 | Flo Whitby | Cast Iron | 2024-06-17 | 5000 | 4.75 | 20 | 300 | No | sank at start
BT-125 | Edda Garside | Clawfoot | 2024-06-28 | 4000 | 5.75 | 8 | 1650 | No | plug replaced
BT-134 | Rolf Corrigan | Cast Iron | 2024-05-15 | 750 | 3.75 | tbc | 450 | No | bubble bath theme
BT-135 | Hetty Ibbotson | Acrylic | 2024-07-09 | 4250 | _ | 12 | 1500 | Yes | fast finish
BT-142 | Finn Fairley | Cast Iron | 2024-02-14 | 1250 | 5 | 0 | _ | No | towed twice
BT-152 | Dot Oakley | Acrylic | 2024-06-14 | 1750 | 6.25 | 1 | 900 | No | ~
BT-160 | Jude Mellor | Acrylic | 2024-06-21 | 3250 | 3.5 | 17 | 2250 | No | rubber duck mascot
BT-164 | Mabs Wadsworth | Catamaran | 2024-06-24 | 2750 | 7.25 | 19 | 2200 | No | _
BT-170 | Moll Lumb | Catamaran | 2024-05-31 | 3500 | 6 | 3 | #REF! | No | towed back
BT-178 | Jude Mellor | Clawfoot | 2024-06-11 | 5500 | 2 | 18 | 2400 | Yes | sank near buoy
BT-187 | Finn Fairley | Clawfoot | 2024-06-12 | 2000 | 1.25 | 13 | 600 | Yes | bubble trail
BT-193 | Ivo Pickles | Acrylic | 2024-06-13 | 2250 | 7.5 | 11 | 350 | Yes | leaking plug
""")
ENTRIES["BathtubRaceEntries"] = [
    ("How do I get Dist (yd) (column E) to turn yellow when the value is 2750 or more? Only that cell, not the "
     "row.",
     "GreaterThanEqual({Dist (yd)}, 2750)", "cells", "by-header", "forum", "boundary"),
    ("In BathtubRaceEntries, shade the entire row when Bail Stops is under XI",
     "LessThan({Bail Stops}, 11)", "rows", "by-header", "numerals"),
    ("In BathtubRaceEntries, shade the entire row when Bail Stops is at most XI",
     "LessThanEqual({Bail Stops}, 11)", "rows", "by-header", "numerals", "boundary"),
    ("In BathtubRaceEntries, highlight Dist (yd) where it equals 2.75e3 (just those cells)",
     "Equals({Dist (yd)}, 2750)", "cells", "by-header", "numerals"),
    ("In BathtubRaceEntries, shade the entire row when Dist (yd) is anything but 2.75e3",
     "NotEquals({Dist (yd)}, 2750)", "rows", "by-header", "numerals", "negation"),
    ("Trying to highlight whole rows where Bail Stops in column G lies from 4 to 17, both ends included. Any "
     "ideas?",
     "Between({Bail Stops}, 4, 17)", "rows", "by-header", "forum", "boundary"),
    ("In BathtubRaceEntries, highlight Dist (yd) where it is outside MDCCL to 4.25e3 (the ends themselves count as "
     "inside) (just those cells)",
     "NotBetween({Dist (yd)}, 1750, 4250)", "cells", "by-header", "numerals", "boundary", "negation"),
    ("In BathtubRaceEntries, shade the entire row of the tubs that match /^Cast Iron$/",
     "TextEquals({Hull Type}, \"Cast Iron\")", "rows", "by-value", "regex"),
    ("rows where Notes matches /taps/: highlight the entire row (BathtubRaceEntries)",
     "TextContains({Notes}, \"taps\")", "rows", "by-header", "regex"),
    ("Shade the whole row wherever Notes !~ /taps/ in sheet BathtubRaceEntries",
     "TextNotContains({Notes}, \"taps\")", "rows", "by-header", "regex", "negation"),
    ("rows where Skipper =~ /^Br/: highlight the entire row (BathtubRaceEntries)",
     "TextStartsWith({Skipper}, \"Br\")", "rows", "by-header", "regex", "starts-ends"),
    ("In BathtubRaceEntries, colour each Skipper cell that is like *ay, nothing else",
     "TextEndsWith({Skipper}, \"ay\")", "cells", "by-header", "regex", "starts-ends"),
    ("In BathtubRaceEntries, highlight Dist (yd) where it is among the III highest (just those cells)",
     "Top({Dist (yd)}, 3)", "cells", "by-header", "numerals", "superlative"),
    ("cf highlight --col \"Dist (yd)\" --bottom-n 3 --cell --sheet BathtubRaceEntries",
     "Bottom({Dist (yd)}, 3)", "cells", "by-header", "cli", "superlative"),
    ("Colour the Prize (NZ$) cells whose value is in the top 2e1%, cells only, sheet BathtubRaceEntries",
     "TopPercent({Prize (NZ$)}, 20)", "cells", "by-header", "numerals", "superlative"),
    ("Colour the Dist (yd) cells whose value falls in the lowest 2.5e1 percent, cells only, sheet "
     "BathtubRaceEntries",
     "BottomPercent({Dist (yd)}, 25)", "cells", "by-header", "numerals", "superlative"),
    ("highlight \"Dist (yd)\" --above-avg --entire-row --in BathtubRaceEntries",
     "AboveAverage({Dist (yd)})", "rows", "by-header", "cli"),
    ("fmt -c \"Prize (NZ$)\" --below-average --whole-row --sheet BathtubRaceEntries",
     "BelowAverage({Prize (NZ$)})", "rows", "by-header", "cli"),
    ("cfmt --sheet BathtubRaceEntries --column \"Skipper\" --dupes --cell",
     "Duplicates({Skipper})", "cells", "by-header", "cli"),
    ("Is there a way to shade the entire row when column B, Skipper, appears only once in the column?",
     "Unique({Skipper})", "rows", "by-header", "forum"),
    ("Apply a fill to each Notes cell that is blank in sheet BathtubRaceEntries",
     "Blanks({Notes})", "cells", "by-header", "annotator"),
    ("Quick one: in column J (Notes) I want each cell that is not blank highlighted, just the cell. Possible?",
     "NotBlanks({Notes})", "cells", "by-header", "forum", "negation"),
    ("Quick one: in column H (Prize (NZ$)) I want each cell that is an error such as #N/A or #REF! highlighted, "
     "just the cell. Possible?",
     "Errors({Prize (NZ$)})", "cells", "by-header", "forum"),
    ("How do I get Race Date (column D) to turn yellow when the value falls on yesterday? Only that cell, not the "
     "row.",
     "Yesterday({Race Date})", "cells", "by-header", "forum", "date"),
    ("highlight \"Race Date\" --period today --cell --in BathtubRaceEntries",
     "Today({Race Date})", "cells", "by-header", "cli", "date"),
    ("cf highlight --col \"Race Date\" --date tomorrow --rows --sheet BathtubRaceEntries",
     "Tomorrow({Race Date})", "rows", "by-header", "cli", "date"),
    ("Steps: open BathtubRaceEntries, look at the tubs from the last 7 days (today included). Expected: their "
     "entire rows shaded. Actual: no shading.",
     "Last7Days({Race Date})", "rows", "by-meaning", "bug-report", "date"),
    ("Steps: open BathtubRaceEntries. Expected: the whole row shaded wherever Race Date falls in the previous "
     "calendar week. Actual: nothing is formatted.",
     "LastWeek({Race Date})", "rows", "by-header", "bug-report", "date"),
    ("Expected: this week's tubs highlighted, whole rows, in sheet BathtubRaceEntries. Actual: nothing coloured.",
     "ThisWeek({Race Date})", "rows", "by-meaning", "bug-report", "date"),
    ("How do I get Race Date (column D) to turn yellow when the value is in this month? Only that cell, not the "
     "row.",
     "ThisMonth({Race Date})", "cells", "by-header", "forum", "date"),
    ("Any way to make next month's tubs stand out across the entire row?",
     "NextMonth({Race Date})", "rows", "by-meaning", "forum", "date"),
]

TABLES["GravyWrestlingBouts"] = _table("""
Bout Ref | Wrestler | Costume | Bout Date | Gravy (L) | Pit Temp (°C) | Falls | Donations (£) | Tag Team? | Notes
GW-103 | Bram Fairley | Superhero | 2024-06-03 | 640 | 40 | 11 | 655 | Yes | gravy in ear
GW-107 | Yola Yardley | Chef | 2024-06-17 | 1000 | 41 | 12 | _ | No | crowd cheered
GW-117 | Dot Whitby | Pirate | 2024-06-28 | 940 | 42.5 | 1 | 170 | No | ~
GW-122 | Vin Ackroyd | Viking | 2024-05-15 | 720 | 36.5 | 5 | 740 | No | lumpy gravy
GW-128 | Vin Ackroyd | Pirate | 2024-07-09 | 320 | 33.5 | 14 | 665 | No | costume tore
GW-140 | Jude Kershaw | Superhero | 2024-02-14 | 240 | 35.5 | 0 | 670 | Yes | clean throw
GW-146 | Una Dinsdale | Viking | 2024-06-14 | 1180 | 43.5 | 4 | 155 | No | ear plugs used
GW-153 | Hetty Corrigan | Chef | 2024-06-21 | 420 | 31 | 10 | 705 | Yes | torn cape
GW-156 | Win Jessop | Chef | 2024-06-24 | 1020 | _ | 15 | 120 | Yes | thin gravy
GW-166 | Kit Ramsbottom | Superhero | 2024-05-31 | 480 | 43 | 3 | 305 | Yes | _
GW-172 | Eli Varley | Viking | 2024-06-11 | 960 | 42 | 8 | 385 | No | slipped at bell
GW-177 | Yola Yardley | Pirate | 2024-06-12 | 700 | 30.5 | 13 | 65 | Yes | crowd booed
GW-186 | Pru Holloway | Pirate | 2024-06-13 | 600 | 45 | waived | 490 | No | thick gravy
GW-194 | Tam Rowntree | Superhero | 2024-06-06 | 300 | 31.5 | 2 | #NAME? | No | slipped on entry
""")
ENTRIES["GravyWrestlingBouts"] = [
    ("Colour the Pit Temp (°C) cells whose value is more than XL, cells only, sheet GravyWrestlingBouts",
     "GreaterThan({Pit Temp (°C)}, 40)", "cells", "by-header", "numerals"),
    ("GravyWrestlingBouts: where Notes matches /gravy/, highlight just that cell",
     "TextContains({Notes}, \"gravy\")", "cells", "by-header", "regex"),
    ("GravyWrestlingBouts: where Notes does not match /gravy/, highlight just that cell",
     "TextNotContains({Notes}, \"gravy\")", "cells", "by-header", "regex", "negation"),
    ("Shade the whole row wherever Wrestler =~ /^Br/ in sheet GravyWrestlingBouts",
     "TextStartsWith({Wrestler}, \"Br\")", "rows", "by-header", "regex", "starts-ends"),
    ("Highlight Wrestler cells where the value =~ /ey$/ in sheet GravyWrestlingBouts",
     "TextEndsWith({Wrestler}, \"ey\")", "cells", "by-header", "regex", "starts-ends"),
    ("fmt -c \"Gravy (L)\" --top 3 --cell --sheet GravyWrestlingBouts",
     "Top({Gravy (L)}, 3)", "cells", "by-header", "cli", "superlative"),
    ("highlight \"Gravy (L)\" --bottom 3 --fill red --cells-only --in GravyWrestlingBouts",
     "Bottom({Gravy (L)}, 3)", "cells", "by-header", "cli", "superlative"),
    ("Colour the Donations (£) cells whose value falls in the highest 2e1 percent, cells only, sheet "
     "GravyWrestlingBouts",
     "TopPercent({Donations (£)}, 20)", "cells", "by-header", "numerals", "superlative"),
    ("Steps: open GravyWrestlingBouts. Expected: the whole row shaded wherever Gravy (L) falls in the lowest 20 "
     "percent. Actual: nothing is formatted.",
     "BottomPercent({Gravy (L)}, 20)", "rows", "by-header", "bug-report", "superlative"),
    ("Trying to highlight whole rows where Gravy (L) in column E is higher than the average of the column. Any "
     "ideas?",
     "AboveAverage({Gravy (L)})", "rows", "by-header", "forum"),
    ("Expected: every Donations (£) cell that is below the column's average is highlighted, just that cell. "
     "Actual: nothing is coloured. Sheet: GravyWrestlingBouts.",
     "BelowAverage({Donations (£)})", "cells", "by-header", "bug-report"),
    ("Steps: open GravyWrestlingBouts. Expected: the whole row shaded wherever Wrestler is repeated elsewhere in "
     "the column. Actual: nothing is formatted.",
     "Duplicates({Wrestler})", "rows", "by-header", "bug-report"),
    ("Expected: rows where Wrestler is not repeated anywhere in the column are highlighted across the entire row. "
     "Actual: no row is shaded. Sheet GravyWrestlingBouts.",
     "Unique({Wrestler})", "rows", "by-header", "bug-report"),
    ("cfmt --sheet GravyWrestlingBouts --column \"Notes\" --empty --fill red --cells-only",
     "Blanks({Notes})", "cells", "by-header", "cli"),
    ("Trying to highlight whole rows where Notes in column J is not blank. Any ideas?",
     "NotBlanks({Notes})", "rows", "by-header", "forum", "negation"),
    ("fmt -c \"Donations (£)\" --is-error --entire-row --sheet GravyWrestlingBouts",
     "Errors({Donations (£)})", "rows", "by-header", "cli"),
    ("cf highlight --col \"Donations (£)\" --not-error --fill yellow --rows --sheet GravyWrestlingBouts",
     "NotErrors({Donations (£)})", "rows", "by-header", "cli", "negation"),
    ("cf highlight --col \"Falls\" --color-scale --sheet GravyWrestlingBouts",
     "ColorScale({Falls})", "cells", "by-header", "cli"),
    ("Steps: open GravyWrestlingBouts, select Falls. Expected: data bars on those cells. Actual: nothing changes.",
     "DataBar({Falls})", "cells", "by-header", "bug-report"),
    ("How do I put an icon set on column G (Falls)?", "IconSet({Falls})", "cells", "by-header", "forum"),
    ("Highlight whole rows whose Gravy (L) is above CDXX and below 9.6e2 in sheet GravyWrestlingBouts",
     "AND(GreaterThan({Gravy (L)}, 420), LessThan({Gravy (L)}, 960))", "rows", "by-header", "numerals"),
    ("In GravyWrestlingBouts, highlight Pit Temp (°C) where it is below 335e-1 or above 425e-1 (just those cells)",
     "OR(LessThan({Pit Temp (°C)}, 33.5), GreaterThan({Pit Temp (°C)}, 42.5))", "cells", "by-header", "numerals", "or"),
    ("In GravyWrestlingBouts, colour each Costume cell that !~ /^Superhero$/, nothing else",
     "NOT(TextEquals({Costume}, \"Superhero\"))", "cells", "by-header", "regex", "negation"),
    ("Any way to make yesterday's bouts stand out across the entire row?",
     "Yesterday({Bout Date})", "rows", "by-meaning", "forum", "date"),
    ("Expected: every Bout Date cell that falls on today is highlighted, just that cell. Actual: nothing is "
     "coloured. Sheet: GravyWrestlingBouts.",
     "Today({Bout Date})", "cells", "by-header", "bug-report", "date"),
    ("How can I highlight the whole row of the bouts dated tomorrow? Thanks in advance.",
     "Tomorrow({Bout Date})", "rows", "by-meaning", "forum", "date"),
    ("Highlight rows where Bout Date is within the past 7 days, today included in sheet GravyWrestlingBouts",
     "Last7Days({Bout Date})", "rows", "by-header", "annotator", "date"),
    ("Trying to highlight whole rows where Bout Date in column D is in last week. Any ideas?",
     "LastWeek({Bout Date})", "rows", "by-header", "forum", "date"),
    ("Steps: open GravyWrestlingBouts. Expected: the whole row shaded wherever Bout Date is in this week. Actual: "
     "nothing is formatted.",
     "ThisWeek({Bout Date})", "rows", "by-header", "bug-report", "date"),
    ("cfmt --sheet GravyWrestlingBouts --column \"Bout Date\" --period next-week --whole-row",
     "NextWeek({Bout Date})", "rows", "by-header", "cli", "date"),
    ("Quick one: in column D (Bout Date) I want each cell that is in last month highlighted, just the cell. "
     "Possible?",
     "LastMonth({Bout Date})", "cells", "by-header", "forum", "date"),
]

TABLES["WellyWangingThrows"] = _table("""
Throw ID | Thrower | Boot Class | Throw Date | Dist (cm) | Boot (kg) | Run-Up | Entry (€) | Foul? | Notes
WW-106 | Cal Holloway | Adult | 2024-06-17 | 3230 | 3.75 | scratched | 34 | No | foot over line
WW-112 | Kit Upton | Wader | 2024-06-28 | 1090 | 3 | 15 | 31 | Yes | wind assisted
WW-119 | Bram Greenhalgh | Adult | 2024-05-15 | 2110 | _ | 6 | 27 | No | gust of wind
WW-125 | Edda Pickles | Wader | 2024-07-09 | 1320 | 2.75 | 7 | 12 | No | ~
WW-133 | Alf Illingworth | Adult | 2024-02-14 | 1410 | 1.5 | 1 | _ | No | hit the fence
WW-138 | Vic Dinsdale | Steel Toe | 2024-06-14 | 3740 | 1.75 | 4 | 20 | No | tailwind
WW-148 | Zara Jessop | Child | 2024-06-21 | 4880 | 2.25 | 8 | 6 | No | over the line
WW-152 | Yola Lumb | Adult | 2024-06-24 | 4280 | 3.25 | 5 | #NUM! | No | straight down middle
WW-158 | Nye Oakley | Child | 2024-05-31 | 2150 | 1.25 | 14 | 2 | No | fence post hit
WW-169 | Pru Uttley | Child | 2024-06-11 | 2390 | 2 | 9 | 15 | Yes | wide left
WW-172 | Pru Uttley | Steel Toe | 2024-06-12 | 2480 | 4 | 12 | 8 | Yes | boot split
WW-177 | Alf Illingworth | Wader | 2024-06-13 | 4870 | 3.5 | 2 | 14 | Yes | wide throw
WW-188 | Zed Sutcliffe | Steel Toe | 2024-06-06 | 1370 | 1 | 3 | 3 | Yes | _
WW-191 | Lew Clegg | Child | 2024-06-03 | 1130 | 0.75 | 11 | 21 | No | split sole
""")
ENTRIES["WellyWangingThrows"] = [
    ("Expected: every Dist (cm) cell that is more than 2150 is highlighted, just that cell. Actual: nothing is "
     "coloured. Sheet: WellyWangingThrows.",
     "GreaterThan({Dist (cm)}, 2150)", "cells", "by-header", "bug-report"),
    ("Highlight whole rows whose Boot (kg) is 2¼ or more in sheet WellyWangingThrows",
     "GreaterThanEqual({Boot (kg)}, 2.25)", "rows", "by-header", "numerals", "boundary"),
    ("Highlight whole rows whose Run-Up is below VII in sheet WellyWangingThrows",
     "LessThan({Run-Up}, 7)", "rows", "by-header", "numerals"),
    ("Expected: every Run-Up cell that is no more than 7 is highlighted, just that cell. Actual: nothing is "
     "coloured. Sheet: WellyWangingThrows.",
     "LessThanEqual({Run-Up}, 7)", "cells", "by-header", "bug-report", "boundary"),
    ("Colour the Dist (cm) cells whose value is exactly MMCL, cells only, sheet WellyWangingThrows",
     "Equals({Dist (cm)}, 2150)", "cells", "by-header", "numerals"),
    ("In WellyWangingThrows, shade the entire row when Boot (kg) is not equal to 2¼",
     "NotEquals({Boot (kg)}, 2.25)", "rows", "by-header", "numerals", "negation"),
    ("Colour the Run-Up cells whose value lies from IV to XI, both ends included, cells only, sheet "
     "WellyWangingThrows",
     "Between({Run-Up}, 4, 11)", "cells", "by-header", "numerals", "boundary"),
    ("Highlight whole rows whose Dist (cm) is not between 1.37e3 and 3.74e3 inclusive in sheet WellyWangingThrows",
     "NotBetween({Dist (cm)}, 1370, 3740)", "rows", "by-header", "numerals", "boundary", "negation"),
    ("In WellyWangingThrows, shade the entire row of the throws matching ^Adult$",
     "TextEquals({Boot Class}, \"Adult\")", "rows", "by-value", "regex"),
    ("Apply a fill to each Dist (cm) cell that is above the column's average in sheet WellyWangingThrows",
     "AboveAverage({Dist (cm)})", "cells", "by-header", "annotator"),
    ("Highlight rows where Entry (€) is under the column average in sheet WellyWangingThrows",
     "BelowAverage({Entry (€)})", "rows", "by-header", "annotator"),
    ("highlight \"Thrower\" --dupes --fill red --in WellyWangingThrows",
     "Duplicates({Thrower})", "cells", "by-header", "cli"),
    ("cfmt --sheet WellyWangingThrows --column \"Thrower\" --unique --cells-only",
     "Unique({Thrower})", "cells", "by-header", "cli"),
    ("Apply a fill to each Notes cell that is left empty in sheet WellyWangingThrows",
     "Blanks({Notes})", "cells", "by-header", "annotator"),
    ("Expected: rows where Notes is not blank are highlighted across the entire row. Actual: no row is shaded. "
     "Sheet WellyWangingThrows.",
     "NotBlanks({Notes})", "rows", "by-header", "bug-report", "negation"),
    ("Steps: open WellyWangingThrows. Expected: the whole row shaded wherever Entry (€) holds an error value. "
     "Actual: nothing is formatted.",
     "Errors({Entry (€)})", "rows", "by-header", "bug-report"),
    ("cf highlight --col \"Entry (€)\" --no-errors --fill red --cell --sheet WellyWangingThrows",
     "NotErrors({Entry (€)})", "cells", "by-header", "cli", "negation"),
    ("How do I put a colour scale on column G (Run-Up)?", "ColorScale({Run-Up})", "cells", "by-header", "forum"),
    ("How do I put data bars on column G (Run-Up)?", "DataBar({Run-Up})", "cells", "by-header", "forum"),
    ("How do I put an icon set on column G (Run-Up)?", "IconSet({Run-Up})", "cells", "by-header", "forum"),
    ("Is there a way to shade the entire row when column E, Dist (cm), is above 1370 and below 3740?",
     "AND(GreaterThan({Dist (cm)}, 1370), LessThan({Dist (cm)}, 3740))", "rows", "by-header", "forum"),
    ("In WellyWangingThrows, shade the entire row when Boot (kg) is below 1½ or above 3¼",
     "OR(LessThan({Boot (kg)}, 1.5), GreaterThan({Boot (kg)}, 3.25))", "rows", "by-header", "numerals", "or"),
    ("Highlight rows for every throw that fails /^Adult$/ in sheet WellyWangingThrows",
     "NOT(TextEquals({Boot Class}, \"Adult\"))", "rows", "by-value", "regex", "negation"),
    ("Expected: rows where Throw Date falls on tomorrow are highlighted across the entire row. Actual: no row is "
     "shaded. Sheet WellyWangingThrows.",
     "Tomorrow({Throw Date})", "rows", "by-header", "bug-report", "date"),
    ("In WellyWangingThrows, highlight Throw Date where it is within the past VII days, today included (just those "
     "cells)",
     "Last7Days({Throw Date})", "cells", "by-header", "numerals", "date"),
    ("Highlight Throw Date cells where the value falls in the previous calendar week in sheet WellyWangingThrows",
     "LastWeek({Throw Date})", "cells", "by-header", "annotator", "date"),
    ("Highlight the whole row wherever Throw Date is in this week in sheet WellyWangingThrows",
     "ThisWeek({Throw Date})", "rows", "by-header", "annotator", "date"),
    ("fmt -c \"Throw Date\" --period next-week --whole-row --sheet WellyWangingThrows",
     "NextWeek({Throw Date})", "rows", "by-header", "cli", "date"),
    ("Any way to make last month's throws stand out across the entire row?",
     "LastMonth({Throw Date})", "rows", "by-meaning", "forum", "date"),
    ("Highlight the whole row of the throws dated this month in sheet WellyWangingThrows",
     "ThisMonth({Throw Date})", "rows", "by-meaning", "annotator", "date"),
    ("Bug in sheet WellyWangingThrows. Steps: select Throw Date, add the rule. Expected: the cells whose value is "
     "in next month get a fill (cells only). Actual: no fill anywhere.",
     "NextMonth({Throw Date})", "cells", "by-header", "bug-report", "date"),
]

TABLES["NettleEatingRounds"] = _table("""
Round ID | Eater | Patch | Round Date | Stalks | Leaf (cm) | Minutes | Pledges (£) | Gloves? | Notes
NE-106 | Edda Norcliffe | Orchard | 2024-06-28 | 38 | 2.25 | 70 | 140 | Yes | dock leaf rub
NE-108 | Vin Quarmby | Riverside | 2024-05-15 | 98 | 7.75 | 25 | #N/A | Yes | cider refill
NE-115 | Pip Mottram | Churchyard | 2024-07-09 | 47 | _ | 10 | 5 | Yes | spat one out
NE-126 | Nye Ellwood | Churchyard | 2024-02-14 | 105 | 9 | 5 | 10 | Yes | numb tongue
NE-131 | Kit Bellamy | Meadow | 2024-06-14 | 124 | 5 | 30 | 120 | No | steady pace
NE-137 | Moll Fairley | Meadow | 2024-06-21 | 39 | 4.5 | 55 | 95 | Yes | dock leaves
NE-145 | Ossie Haworth | Meadow | 2024-06-24 | 61 | 4.75 | 35 | 25 | No | ~
NE-152 | Ivo Kitson | Riverside | 2024-05-31 | 13 | 7.5 | 20 | _ | No | lips swelled
NE-161 | Ula Fothergill | Orchard | 2024-06-11 | 67 | 6.25 | 50 | 200 | Yes | tongue went numb
NE-167 | Tilly Dunmore | Riverside | 2024-06-12 | 68 | 2 | 45 | 180 | No | stung lips
NE-172 | Nye Ellwood | Orchard | 2024-06-13 | 93 | 9.75 | 65 | 215 | No | _
NE-179 | Moll Fairley | Riverside | 2024-06-06 | 72 | 9.5 | forfeit | 290 | No | cider to wash down
NE-185 | Ada Birtwistle | Orchard | 2024-06-03 | 19 | 7 | 15 | 265 | Yes | fast start
NE-196 | Cora Varley | Churchyard | 2024-06-17 | 142 | 2.75 | 60 | 35 | Yes | stalks stripped
""")
ENTRIES["NettleEatingRounds"] = [
    ("Highlight whole rows whose Leaf (cm) exceeds 6¼ in sheet NettleEatingRounds",
     "GreaterThan({Leaf (cm)}, 6.25)", "rows", "by-header", "numerals"),
    ("In NettleEatingRounds, shade the entire row when Leaf (cm) is greater than or equal to 6¼",
     "GreaterThanEqual({Leaf (cm)}, 6.25)", "rows", "by-header", "numerals", "boundary"),
    ("fmt -c \"Minutes\" --lt 35 --whole-row --sheet NettleEatingRounds",
     "LessThan({Minutes}, 35)", "rows", "by-header", "cli"),
    ("cf highlight --col \"Minutes\" --le 35 --fill yellow --sheet NettleEatingRounds",
     "LessThanEqual({Minutes}, 35)", "cells", "by-header", "cli", "boundary"),
    ("Steps: open NettleEatingRounds. Expected: the whole row shaded wherever Stalks is equal to 67. Actual: "
     "nothing is formatted.",
     "Equals({Stalks}, 67)", "rows", "by-header", "bug-report"),
    ("In NettleEatingRounds, highlight Leaf (cm) where it does not equal 6¼ (just those cells)",
     "NotEquals({Leaf (cm)}, 6.25)", "cells", "by-header", "numerals", "negation"),
    ("Highlight Minutes cells where the value lies from 20 to 55, both ends included in sheet NettleEatingRounds",
     "Between({Minutes}, 20, 55)", "cells", "by-header", "annotator", "boundary"),
    ("In NettleEatingRounds, shade the entire row when Leaf (cm) is not between 45e-1 and 7¾ inclusive",
     "NotBetween({Leaf (cm)}, 4.5, 7.75)", "rows", "by-header", "numerals", "boundary", "negation"),
    ("In NettleEatingRounds, shade the entire row of the rounds that match /^Orchard$/",
     "TextEquals({Patch}, \"Orchard\")", "rows", "by-value", "regex"),
    ("cfmt --sheet NettleEatingRounds --column \"Notes\" --has 'dock' --rows",
     "TextContains({Notes}, \"dock\")", "rows", "by-header", "cli"),
    ("Highlight Notes cells where the value !~ /dock/ in sheet NettleEatingRounds",
     "TextNotContains({Notes}, \"dock\")", "cells", "by-header", "regex", "negation"),
    ("Quick one: in column B (Eater) I want each cell that starts with 'Ed' highlighted, just the cell. Possible?",
     "TextStartsWith({Eater}, \"Ed\")", "cells", "by-header", "forum", "starts-ends"),
    ("NettleEatingRounds: where Eater matches fe$, highlight just that cell",
     "TextEndsWith({Eater}, \"fe\")", "cells", "by-header", "regex", "starts-ends"),
    ("Highlight whole rows whose Stalks is one of the top III values in sheet NettleEatingRounds",
     "Top({Stalks}, 3)", "rows", "by-header", "numerals", "superlative"),
    ("In NettleEatingRounds, shade the entire row when Stalks is one of the bottom III values",
     "Bottom({Stalks}, 3)", "rows", "by-header", "numerals", "superlative"),
    ("In NettleEatingRounds, shade the entire row when Pledges (£) falls in the highest XX percent",
     "TopPercent({Pledges (£)}, 20)", "rows", "by-header", "numerals", "superlative"),
    ("cf highlight --col \"Stalks\" --bottom 20% --rows --sheet NettleEatingRounds",
     "BottomPercent({Stalks}, 20)", "rows", "by-header", "cli", "superlative"),
    ("How do I put a colour scale on column G (Minutes)?", "ColorScale({Minutes})", "cells", "by-header", "forum"),
    ("Apply data bars to Minutes in sheet NettleEatingRounds", "DataBar({Minutes})", "cells", "by-header", "annotator"),
    ("Apply an icon set to Minutes in sheet NettleEatingRounds",
     "IconSet({Minutes})", "cells", "by-header", "annotator"),
    ("In NettleEatingRounds, highlight Leaf (cm) where it is greater than 45e-1 and less than 7¾ (just those "
     "cells)",
     "AND(GreaterThan({Leaf (cm)}, 4.5), LessThan({Leaf (cm)}, 7.75))", "cells", "by-header", "numerals"),
    ("Apply a fill to each Stalks cell that is below 39 or above 98 in sheet NettleEatingRounds",
     "OR(LessThan({Stalks}, 39), GreaterThan({Stalks}, 98))", "cells", "by-header", "annotator", "or"),
    ("In NettleEatingRounds, shade the entire row of the rounds not matching ^Orchard$",
     "NOT(TextEquals({Patch}, \"Orchard\"))", "rows", "by-value", "regex", "negation"),
    ("Highlight Round Date cells where the value is yesterday's date in sheet NettleEatingRounds",
     "Yesterday({Round Date})", "cells", "by-header", "annotator", "date"),
    ("fmt -c \"Round Date\" --date today --bg green --whole-row --sheet NettleEatingRounds",
     "Today({Round Date})", "rows", "by-header", "cli", "date"),
    ("Highlight the whole row of last week's rounds in sheet NettleEatingRounds",
     "LastWeek({Round Date})", "rows", "by-meaning", "annotator", "date"),
    ("cfmt --sheet NettleEatingRounds --column \"Round Date\" --date this-week --bg green --rows",
     "ThisWeek({Round Date})", "rows", "by-header", "cli", "date"),
    ("Highlight rows where Round Date falls in the coming calendar week in sheet NettleEatingRounds",
     "NextWeek({Round Date})", "rows", "by-header", "annotator", "date"),
    ("How do I get Round Date (column D) to turn yellow when the value falls in the previous calendar month? Only "
     "that cell, not the row.",
     "LastMonth({Round Date})", "cells", "by-header", "forum", "date"),
    ("Highlight the whole row wherever Round Date is in this month in sheet NettleEatingRounds",
     "ThisMonth({Round Date})", "rows", "by-header", "annotator", "date"),
    ("Steps: open NettleEatingRounds. Expected: the whole row shaded wherever Round Date is in next month. Actual: "
     "nothing is formatted.",
     "NextMonth({Round Date})", "rows", "by-header", "bug-report", "date"),
]

TABLES["AirGuitarSets"] = _table("""
Set ID | Performer | Genre | Set Date | Crowd | Technique | Dives | Fee (US$) | Encore? | Notes
AG-106 | Sian Fairley | Glam | 2024-05-15 | 7300 | 5.5 | 9 | 400 | No | crowd surfed
AG-110 | Una Ashford | Metal | 2024-07-09 | 8400 | 5 | 20 | #VALUE! | No | mock string snapped
AG-114 | Hetty Ormerod | Glam | 2024-02-14 | 7900 | 6.25 | 19 | 1050 | Yes | ~
AG-121 | Win Illingworth | Metal | 2024-06-14 | 4700 | _ | 8 | 1100 | No | windmill strum
AG-132 | Gil Garside | Punk | 2024-06-21 | 8900 | 4 | lost | 550 | Yes | tongue out solo
AG-139 | Rhys Ibbotson | Metal | 2024-06-24 | 4600 | 7.25 | 13 | 450 | No | windmill finish
AG-147 | Alf Holloway | Punk | 2024-05-31 | 1400 | 4.5 | 4 | 1400 | Yes | knee slide
AG-152 | Eli Bellamy | Metal | 2024-06-11 | 9000 | 4.25 | 17 | 1200 | No | _
AG-160 | Win Illingworth | Blues | 2024-06-12 | 3800 | 6 | 16 | _ | Yes | knee slide again
AG-166 | Pip Corrigan | Blues | 2024-06-13 | 2600 | 6.5 | 18 | 1500 | No | forgot the riff
AG-173 | Mabs Thwaite | Punk | 2024-06-06 | 4400 | 8.75 | 3 | 1250 | No | duck walk
AG-178 | Cal Wadsworth | Blues | 2024-06-03 | 5300 | 7 | 2 | 800 | No | missed the drop
AG-188 | Pru Kitson | Glam | 2024-06-17 | 3400 | 8.5 | 14 | 200 | Yes | encore riff
AG-194 | Gil Garside | Punk | 2024-06-28 | 7800 | 7.75 | 7 | 1300 | No | snapped pick mime
""")
ENTRIES["AirGuitarSets"] = [
    ("Colour the Dives cells whose value is under XIII, cells only, sheet AirGuitarSets",
     "LessThan({Dives}, 13)", "cells", "by-header", "numerals"),
    ("Colour the Dives cells whose value is XIII or less, cells only, sheet AirGuitarSets",
     "LessThanEqual({Dives}, 13)", "cells", "by-header", "numerals", "boundary"),
    ("highlight \"Crowd\" --equals 4700 --whole-row --in AirGuitarSets",
     "Equals({Crowd}, 4700)", "rows", "by-header", "cli"),
    ("Colour the Technique cells whose value is not equal to 6¼, cells only, sheet AirGuitarSets",
     "NotEquals({Technique}, 6.25)", "cells", "by-header", "numerals", "negation"),
    ("Highlight whole rows whose Dives lies from VII to XVII, both ends included in sheet AirGuitarSets",
     "Between({Dives}, 7, 17)", "rows", "by-header", "numerals", "boundary"),
    ("In AirGuitarSets, shade the entire row when Crowd is outside 3.8k to 7.9k (the ends themselves count as "
     "inside)",
     "NotBetween({Crowd}, 3800, 7900)", "rows", "by-header", "numerals", "boundary", "negation"),
    ("Highlight rows for the sets matching ^Glam$ in sheet AirGuitarSets",
     "TextEquals({Genre}, \"Glam\")", "rows", "by-value", "regex"),
    ("Highlight Notes cells where the value is like *crowd* in sheet AirGuitarSets",
     "TextContains({Notes}, \"crowd\")", "cells", "by-header", "regex"),
    ("In AirGuitarSets, colour each Notes cell that is not like *crowd*, nothing else",
     "TextNotContains({Notes}, \"crowd\")", "cells", "by-header", "regex", "negation"),
    ("Shade the whole row wherever Performer is like Si* in sheet AirGuitarSets",
     "TextStartsWith({Performer}, \"Si\")", "rows", "by-header", "regex", "starts-ends"),
    ("rows where Performer is like *ey: highlight the entire row (AirGuitarSets)",
     "TextEndsWith({Performer}, \"ey\")", "rows", "by-header", "regex", "starts-ends"),
    ("Bug in sheet AirGuitarSets. Steps: select Crowd, add the rule. Expected: the cells whose value is among the "
     "3 highest get a fill (cells only). Actual: no fill anywhere.",
     "Top({Crowd}, 3)", "cells", "by-header", "bug-report", "superlative"),
    ("highlight \"Crowd\" --bottom 3 --cells-only --in AirGuitarSets",
     "Bottom({Crowd}, 3)", "cells", "by-header", "cli", "superlative"),
    ("cf highlight --col \"Fee (US$)\" --top-percent 20 --fill red --sheet AirGuitarSets",
     "TopPercent({Fee (US$)}, 20)", "cells", "by-header", "cli", "superlative"),
    ("In AirGuitarSets, shade the entire row when Crowd is in the bottom XX%",
     "BottomPercent({Crowd}, 20)", "rows", "by-header", "numerals", "superlative"),
    ("Expected: every Crowd cell that is higher than the average of the column is highlighted, just that cell. "
     "Actual: nothing is coloured. Sheet: AirGuitarSets.",
     "AboveAverage({Crowd})", "cells", "by-header", "bug-report"),
    ("How do I get Fee (US$) (column H) to turn yellow when the value is under the column average? Only that cell, "
     "not the row.",
     "BelowAverage({Fee (US$)})", "cells", "by-header", "forum"),
    ("Quick one: in column B (Performer) I want each cell that appears more than once in the column highlighted, "
     "just the cell. Possible?",
     "Duplicates({Performer})", "cells", "by-header", "forum"),
    ("fmt -c \"Performer\" --unique --fill yellow --whole-row --sheet AirGuitarSets",
     "Unique({Performer})", "rows", "by-header", "cli"),
    ("Expected: rows where Notes is blank are highlighted across the entire row. Actual: no row is shaded. Sheet "
     "AirGuitarSets.",
     "Blanks({Notes})", "rows", "by-header", "bug-report"),
    ("fmt -c \"Notes\" --non-empty --cells-only --sheet AirGuitarSets",
     "NotBlanks({Notes})", "cells", "by-header", "cli", "negation"),
    ("Steps: open AirGuitarSets. Expected: the whole row shaded wherever Fee (US$) holds an error value. Actual: "
     "nothing is formatted.",
     "Errors({Fee (US$)})", "rows", "by-header", "bug-report"),
    ("Expected: every Fee (US$) cell that holds no error value is highlighted, just that cell. Actual: nothing is "
     "coloured. Sheet: AirGuitarSets.",
     "NotErrors({Fee (US$)})", "cells", "by-header", "bug-report", "negation"),
    ("Highlight the whole row wherever Set Date is yesterday's date in sheet AirGuitarSets",
     "Yesterday({Set Date})", "rows", "by-header", "annotator", "date"),
    ("Highlight rows for today's sets in sheet AirGuitarSets",
     "Today({Set Date})", "rows", "by-meaning", "annotator", "date"),
    ("Highlight rows for tomorrow's sets in sheet AirGuitarSets",
     "Tomorrow({Set Date})", "rows", "by-meaning", "annotator", "date"),
    ("Highlight the whole row wherever Set Date is within the past 7 days, today included in sheet AirGuitarSets",
     "Last7Days({Set Date})", "rows", "by-header", "annotator", "date"),
    ("Trying to highlight whole rows where Set Date in column D is in next week. Any ideas?",
     "NextWeek({Set Date})", "rows", "by-header", "forum", "date"),
    ("Highlight rows where Set Date falls in the previous calendar month in sheet AirGuitarSets",
     "LastMonth({Set Date})", "rows", "by-header", "annotator", "date"),
    ("Expected: rows where Set Date falls in the current calendar month are highlighted across the entire row. "
     "Actual: no row is shaded. Sheet AirGuitarSets.",
     "ThisMonth({Set Date})", "rows", "by-header", "bug-report", "date"),
    ("Steps: open AirGuitarSets, look at next month's sets. Expected: their entire rows shaded. Actual: no "
     "shading.",
     "NextMonth({Set Date})", "rows", "by-meaning", "bug-report", "date"),
]

TABLES["ChiliCookoffEntries"] = _table("""
Pot No | Cook | Style | Tasted | Heat (SHU) | Pot (gal) | Votes | Entry (MX$) | Vegan? | Notes
CC-102 | Flo Holloway | Texas Red | 2024-07-09 | 18500 | _ | 76 | 1750 | No | sweet heat
CC-107 | Kay Thwaite | White Bean | 2024-02-14 | 8000 | 7.5 | 68 | 850 | No | cumin forward
CC-117 | Jem Greenhalgh | Verde | 2024-06-14 | 37500 | 3.5 | 5 | 400 | No | bean heavy
CC-123 | Quill Quarmby | Texas Red | 2024-06-21 | 10000 | 7 | 60 | 600 | Yes | smoky finish
CC-134 | Ned Bellamy | White Bean | 2024-06-24 | 58000 | 4.5 | 20 | 500 | Yes | too much cumin
CC-137 | Dot Oakley | Cincinnati | 2024-05-31 | 26500 | 5 | 40 | 250 | No | rich broth
CC-142 | Tilly Birtwistle | Cincinnati | 2024-06-11 | 30500 | 3 | 90 | _ | Yes | burnt edges
CC-151 | Mabs Ormerod | Verde | 2024-06-12 | 48500 | 2 | 38 | 1900 | No | sweet corn
CC-161 | Kay Thwaite | Verde | 2024-06-13 | 46000 | 6 | 13 | #DIV/0! | No | burnt bottom
CC-167 | Ines Jagger | Cincinnati | 2024-06-06 | 1000 | 5.5 | 70 | 450 | Yes | mild heat
CC-176 | Pru Yeadon | White Bean | 2024-06-03 | 5000 | 1.5 | 7 | 200 | Yes | ~
CC-178 | Lew Naylor | Verde | 2024-06-17 | 12000 | 4 | 44 | 1300 | No | smoky and rich
CC-185 | Ned Bellamy | Texas Red | 2024-06-28 | 27500 | 8 | 57 | 1450 | Yes | _
CC-197 | Xan Tattersall | Texas Red | 2024-05-15 | 12500 | 1 | quote | 1000 | No | beans undercooked
""")
ENTRIES["ChiliCookoffEntries"] = [
    ("Highlight rows where Heat (SHU) exceeds 18500 in sheet ChiliCookoffEntries",
     "GreaterThan({Heat (SHU)}, 18500)", "rows", "by-header", "annotator"),
    ("In ChiliCookoffEntries, highlight Heat (SHU) where it is greater than or equal to 18.5k (just those cells)",
     "GreaterThanEqual({Heat (SHU)}, 18500)", "cells", "by-header", "numerals", "boundary"),
    ("rows where Notes !~ /sweet/: highlight the entire row (ChiliCookoffEntries)",
     "TextNotContains({Notes}, \"sweet\")", "rows", "by-header", "regex", "negation"),
    ("Highlight Cook cells where the value =~ /^Fl/ in sheet ChiliCookoffEntries",
     "TextStartsWith({Cook}, \"Fl\")", "cells", "by-header", "regex", "starts-ends"),
    ("Shade the whole row wherever Cook matches ay$ in sheet ChiliCookoffEntries",
     "TextEndsWith({Cook}, \"ay\")", "rows", "by-header", "regex", "starts-ends"),
    ("Quick one: in column E (Heat (SHU)) I want each cell that is one of the top 3 values highlighted, just the "
     "cell. Possible?",
     "Top({Heat (SHU)}, 3)", "cells", "by-header", "forum", "superlative"),
    ("In ChiliCookoffEntries, shade the entire row when Heat (SHU) is one of the bottom III values",
     "Bottom({Heat (SHU)}, 3)", "rows", "by-header", "numerals", "superlative"),
    ("Quick one: in column H (Entry (MX$)) I want each cell that is in the top 20% highlighted, just the cell. "
     "Possible?",
     "TopPercent({Entry (MX$)}, 20)", "cells", "by-header", "forum", "superlative"),
    ("Expected: every Heat (SHU) cell that falls in the lowest 20 percent is highlighted, just that cell. Actual: "
     "nothing is coloured. Sheet: ChiliCookoffEntries.",
     "BottomPercent({Heat (SHU)}, 20)", "cells", "by-header", "bug-report", "superlative"),
    ("Apply a fill to each Heat (SHU) cell that is above the column's average in sheet ChiliCookoffEntries",
     "AboveAverage({Heat (SHU)})", "cells", "by-header", "annotator"),
    ("Trying to highlight whole rows where Entry (MX$) in column H is below the column's average. Any ideas?",
     "BelowAverage({Entry (MX$)})", "rows", "by-header", "forum"),
    ("How do I get Cook (column B) to turn yellow when the value is repeated elsewhere in the column? Only that "
     "cell, not the row.",
     "Duplicates({Cook})", "cells", "by-header", "forum"),
    ("highlight \"Cook\" --unique --fill red --whole-row --in ChiliCookoffEntries",
     "Unique({Cook})", "rows", "by-header", "cli"),
    ("Expected: every Notes cell that is blank is highlighted, just that cell. Actual: nothing is coloured. Sheet: "
     "ChiliCookoffEntries.",
     "Blanks({Notes})", "cells", "by-header", "bug-report"),
    ("How do I get Notes (column J) to turn yellow when the value is not blank? Only that cell, not the row.",
     "NotBlanks({Notes})", "cells", "by-header", "forum", "negation"),
    ("fmt -c \"Entry (MX$)\" --errors --sheet ChiliCookoffEntries",
     "Errors({Entry (MX$)})", "cells", "by-header", "cli"),
    ("Trying to highlight whole rows where Entry (MX$) in column H holds no error value. Any ideas?",
     "NotErrors({Entry (MX$)})", "rows", "by-header", "forum", "negation"),
    ("cfmt --sheet ChiliCookoffEntries --column \"Votes\" --color-scale",
     "ColorScale({Votes})", "cells", "by-header", "cli"),
    ("Steps: open ChiliCookoffEntries, select Votes. Expected: data bars on those cells. Actual: nothing changes.",
     "DataBar({Votes})", "cells", "by-header", "bug-report"),
    ("cf highlight --col \"Votes\" --icon-set --sheet ChiliCookoffEntries",
     "IconSet({Votes})", "cells", "by-header", "cli"),
    ("Highlight whole rows whose Pot (gal) is greater than III and less than VI in sheet ChiliCookoffEntries",
     "AND(GreaterThan({Pot (gal)}, 3), LessThan({Pot (gal)}, 6))", "rows", "by-header", "numerals"),
    ("Colour the Pot (gal) cells whose value is below III or above half a dozen, cells only, sheet "
     "ChiliCookoffEntries",
     "OR(LessThan({Pot (gal)}, 3), GreaterThan({Pot (gal)}, 6))", "cells", "by-header", "numerals", "or"),
    ("Highlight rows for the pots that aren't 'Texas Red' in sheet ChiliCookoffEntries",
     "NOT(TextEquals({Style}, \"Texas Red\"))", "rows", "by-value", "annotator", "negation"),
    ("Bug in sheet ChiliCookoffEntries. Steps: select Tasted, add the rule. Expected: the cells whose value falls "
     "on yesterday get a fill (cells only). Actual: no fill anywhere.",
     "Yesterday({Tasted})", "cells", "by-header", "bug-report", "date"),
    ("How can I highlight the whole row of the pots dated today? Thanks in advance.",
     "Today({Tasted})", "rows", "by-meaning", "forum", "date"),
    ("Expected: rows where Tasted is tomorrow's date are highlighted across the entire row. Actual: no row is "
     "shaded. Sheet ChiliCookoffEntries.",
     "Tomorrow({Tasted})", "rows", "by-header", "bug-report", "date"),
    ("Highlight rows for the pots from the last VII days (today included) in sheet ChiliCookoffEntries",
     "Last7Days({Tasted})", "rows", "by-meaning", "numerals", "date"),
    ("Highlight Tasted cells where the value falls in the previous calendar week in sheet ChiliCookoffEntries",
     "LastWeek({Tasted})", "cells", "by-header", "annotator", "date"),
    ("Quick one: in column D (Tasted) I want each cell that is in this week highlighted, just the cell. Possible?",
     "ThisWeek({Tasted})", "cells", "by-header", "forum", "date"),
    ("Expected: rows where Tasted falls in the current calendar month are highlighted across the entire row. "
     "Actual: no row is shaded. Sheet ChiliCookoffEntries.",
     "ThisMonth({Tasted})", "rows", "by-header", "bug-report", "date"),
    ("Highlight the whole row of the pots set for next month in sheet ChiliCookoffEntries",
     "NextMonth({Tasted})", "rows", "by-meaning", "annotator", "date"),
]

TABLES["BeardContestEntries"] = _table("""
Entrant ID | Entrant | Class | Show Date | Length (mm) | Wax (g) | Points | Prize (CHF) | Tache? | Notes
BC-101 | Mabs Ellwood | Full | 2024-02-14 | 125 | 0 | 76 | 2000 | No | sculpted
BC-108 | Una Yeadon | Verdi | 2024-06-14 | 40 | 5.25 | 85 | 2500 | Yes | waxed curls
BC-115 | Hal Naylor | Full | 2024-06-21 | 280 | _ | 36 | 2100 | Yes | natural look
BC-125 | Dot Norcliffe | Goatee | 2024-06-24 | 135 | 7.75 | 43 | #REF! | Yes | glitter heavy
BC-132 | Yves Lambton | Full | 2024-05-31 | 210 | 0.75 | 32 | 1900 | No | trimmed late
BC-138 | Vin Rowntree | Goatee | 2024-06-11 | 230 | 4.5 | 30 | 900 | Yes | _
BC-142 | Dex Yardley | Freestyle | 2024-06-12 | 425 | 6.75 | 58 | 2600 | Yes | untrimmed
BC-154 | Una Yeadon | Full | 2024-06-13 | 565 | 7.25 | 82 | 1700 | No | curled tips
BC-156 | Tilly Kershaw | Verdi | 2024-06-06 | 590 | 4.25 | 53 | _ | No | braided
BC-167 | Win Fairley | Goatee | 2024-06-03 | 190 | 2 | 81 | 2700 | Yes | waxed tips
BC-170 | Rhys Mottram | Freestyle | 2024-06-17 | 295 | 9.75 | free | 1300 | Yes | braided twice
BC-180 | Zed Jessop | Freestyle | 2024-06-28 | 405 | 3.75 | 65 | 1600 | Yes | curled ends
BC-187 | Dot Norcliffe | Goatee | 2024-05-15 | 385 | 11.25 | 98 | 1200 | Yes | ~
BC-196 | Pru Uttley | Verdi | 2024-07-09 | 520 | 2.5 | 31 | 100 | No | glitter added
""")
ENTRIES["BeardContestEntries"] = [
    ("Trying to highlight whole rows where Length (mm) in column E exceeds 280. Any ideas?",
     "GreaterThan({Length (mm)}, 280)", "rows", "by-header", "forum"),
    ("Highlight whole rows whose Wax (g) is 4½ or more in sheet BeardContestEntries",
     "GreaterThanEqual({Wax (g)}, 4.5)", "rows", "by-header", "numerals", "boundary"),
    ("Highlight whole rows whose Points is under LVIII in sheet BeardContestEntries",
     "LessThan({Points}, 58)", "rows", "by-header", "numerals"),
    ("In BeardContestEntries, highlight Points where it is no more than LVIII (just those cells)",
     "LessThanEqual({Points}, 58)", "cells", "by-header", "numerals", "boundary"),
    ("Colour the Wax (g) cells whose value equals 45e-1, cells only, sheet BeardContestEntries",
     "Equals({Wax (g)}, 4.5)", "cells", "by-header", "numerals"),
    ("fmt -c \"Length (mm)\" --ne 280 --cells-only --sheet BeardContestEntries",
     "NotEquals({Length (mm)}, 280)", "cells", "by-header", "cli", "negation"),
    ("Colour the Points cells whose value lies from XXXVI to LXXXI, both ends included, cells only, sheet "
     "BeardContestEntries",
     "Between({Points}, 36, 81)", "cells", "by-header", "numerals", "boundary"),
    ("In BeardContestEntries, shade the entire row when Length (mm) is outside 1.9e2 to 4.25e2 (the ends "
     "themselves count as inside)",
     "NotBetween({Length (mm)}, 190, 425)", "rows", "by-header", "numerals", "boundary", "negation"),
    ("fmt -c \"Class\" --exact 'Full' --fill red --cells-only --sheet BeardContestEntries",
     "TextEquals({Class}, \"Full\")", "cells", "by-header", "cli"),
    ("rows where Notes is LIKE %sculpted%: highlight the entire row (BeardContestEntries)",
     "TextContains({Notes}, \"sculpted\")", "rows", "by-header", "regex"),
    ("Expected: every Prize (CHF) cell that is under the column average is highlighted, just that cell. Actual: "
     "nothing is coloured. Sheet: BeardContestEntries.",
     "BelowAverage({Prize (CHF)})", "cells", "by-header", "bug-report"),
    ("Highlight Entrant cells where the value appears more than once in the column in sheet BeardContestEntries",
     "Duplicates({Entrant})", "cells", "by-header", "annotator"),
    ("How do I get Entrant (column B) to turn yellow when the value appears only once in the column? Only that "
     "cell, not the row.",
     "Unique({Entrant})", "cells", "by-header", "forum"),
    ("Highlight Notes cells where the value is blank in sheet BeardContestEntries",
     "Blanks({Notes})", "cells", "by-header", "annotator"),
    ("Apply a fill to each Notes cell that is not blank in sheet BeardContestEntries",
     "NotBlanks({Notes})", "cells", "by-header", "annotator", "negation"),
    ("Highlight Prize (CHF) cells where the value is an error such as #N/A or #REF! in sheet BeardContestEntries",
     "Errors({Prize (CHF)})", "cells", "by-header", "annotator"),
    ("Expected: every Prize (CHF) cell that holds no error value is highlighted, just that cell. Actual: nothing "
     "is coloured. Sheet: BeardContestEntries.",
     "NotErrors({Prize (CHF)})", "cells", "by-header", "bug-report", "negation"),
    ("Expected: Points in sheet BeardContestEntries shows a colour scale. Actual: plain cells.",
     "ColorScale({Points})", "cells", "by-header", "bug-report"),
    ("cfmt --sheet BeardContestEntries --column \"Points\" --data-bars",
     "DataBar({Points})", "cells", "by-header", "cli"),
    ("cfmt --sheet BeardContestEntries --column \"Points\" --icon-set",
     "IconSet({Points})", "cells", "by-header", "cli"),
    ("Bug in sheet BeardContestEntries. Steps: select Length (mm), add the rule. Expected: the cells whose value "
     "is above 190 and below 425 get a fill (cells only). Actual: no fill anywhere.",
     "AND(GreaterThan({Length (mm)}, 190), LessThan({Length (mm)}, 425))", "cells", "by-header", "bug-report"),
    ("Expected: rows where Length (mm) is below 190 or above 425 are highlighted across the entire row. Actual: no "
     "row is shaded. Sheet BeardContestEntries.",
     "OR(LessThan({Length (mm)}, 190), GreaterThan({Length (mm)}, 425))", "rows", "by-header", "bug-report", "or"),
    ("In BeardContestEntries, shade the entire row of every entrant that fails /^Full$/",
     "NOT(TextEquals({Class}, \"Full\"))", "rows", "by-value", "regex", "negation"),
    ("How can I highlight the whole row of the entrants dated yesterday? Thanks in advance.",
     "Yesterday({Show Date})", "rows", "by-meaning", "forum", "date"),
    ("cfmt --sheet BeardContestEntries --column \"Show Date\" --period today --fill yellow --rows",
     "Today({Show Date})", "rows", "by-header", "cli", "date"),
    ("Apply a fill to each Show Date cell that is tomorrow's date in sheet BeardContestEntries",
     "Tomorrow({Show Date})", "cells", "by-header", "annotator", "date"),
    ("Quick one: in column D (Show Date) I want each cell that is within the past 7 days, today included "
     "highlighted, just the cell. Possible?",
     "Last7Days({Show Date})", "cells", "by-header", "forum", "date"),
    ("Is there a way to shade the entire row when column D, Show Date, falls in the previous calendar week?",
     "LastWeek({Show Date})", "rows", "by-header", "forum", "date"),
    ("How can I highlight the whole row of the entrants dated this week? Thanks in advance.",
     "ThisWeek({Show Date})", "rows", "by-meaning", "forum", "date"),
    ("Quick one: in column D (Show Date) I want each cell that falls in the coming calendar week highlighted, just "
     "the cell. Possible?",
     "NextWeek({Show Date})", "cells", "by-header", "forum", "date"),
    ("Steps: open BeardContestEntries, look at the entrants dated last month. Expected: their entire rows shaded. "
     "Actual: no shading.",
     "LastMonth({Show Date})", "rows", "by-meaning", "bug-report", "date"),
]

TABLES["PoohsticksRaces"] = _table("""
Race ID | Thrower | Bridge | Race Date | Stick (mm) | Drop (m) | Position | Sponsor (£) | Won? | Notes
PS-100 | Cora Ramsbottom | Timber | 2024-06-14 | 810 | 2.5 | 14 | 85 | No | early throw
PS-113 | Flo Quarmby | Stone Arch | 2024-06-21 | 180 | 6 | 20 | _ | No | swan again
PS-117 | Rhys Fothergill | Stone Arch | 2024-06-24 | 610 | 3 | pending | 15 | Yes | dropped early
PS-125 | Eli Ormerod | Rope | 2024-05-31 | 190 | 4.25 | 24 | 115 | Yes | fast finish
PS-131 | Vic Kitson | Timber | 2024-06-11 | 620 | 3.5 | 17 | 100 | Yes | ~
PS-141 | Rolf Thwaite | Rope | 2024-06-12 | 410 | 2.75 | 7 | #NAME? | No | clean drop
PS-142 | Moll Uttley | Rope | 2024-06-13 | 730 | 5.75 | 4 | 200 | Yes | stick snagged
PS-152 | Wren Whitby | Stone Arch | 2024-06-06 | 890 | 1.75 | 12 | 125 | Yes | swan interfered
PS-160 | Bess Tattersall | Footbridge | 2024-06-03 | 320 | 3.25 | 8 | 60 | Yes | _
PS-167 | Jem Pickles | Footbridge | 2024-06-17 | 850 | 5.25 | 2 | 185 | Yes | eddy trapped it
PS-175 | Rhys Fothergill | Footbridge | 2024-06-28 | 900 | 4.5 | 1 | 195 | No | reed tangle
PS-181 | Jem Pickles | Stone Arch | 2024-05-15 | 540 | 4.75 | 10 | 145 | Yes | fast current
PS-189 | Gus Haworth | Timber | 2024-07-09 | 580 | 5 | 13 | 25 | No | snagged on reed
PS-196 | Dot Yardley | Footbridge | 2024-02-14 | 750 | _ | 6 | 135 | No | slow current
""")
ENTRIES["PoohsticksRaces"] = [
    ("In PoohsticksRaces, highlight Stick (mm) where it exceeds 6.1e2 (just those cells)",
     "GreaterThan({Stick (mm)}, 610)", "cells", "by-header", "numerals"),
    ("Highlight whole rows whose Drop (m) is greater than or equal to 4¼ in sheet PoohsticksRaces",
     "GreaterThanEqual({Drop (m)}, 4.25)", "rows", "by-header", "numerals", "boundary"),
    ("In PoohsticksRaces, shade the entire row when Position is under VIII",
     "LessThan({Position}, 8)", "rows", "by-header", "numerals"),
    ("Highlight whole rows whose Position is VIII or less in sheet PoohsticksRaces",
     "LessThanEqual({Position}, 8)", "rows", "by-header", "numerals", "boundary"),
    ("In PoohsticksRaces, shade the entire row when Drop (m) is exactly 4¼",
     "Equals({Drop (m)}, 4.25)", "rows", "by-header", "numerals"),
    ("Highlight rows where Stick (mm) is not equal to 610 in sheet PoohsticksRaces",
     "NotEquals({Stick (mm)}, 610)", "rows", "by-header", "annotator", "negation"),
    ("highlight \"Position\" --between 6 14 --rows --in PoohsticksRaces",
     "Between({Position}, 6, 14)", "rows", "by-header", "cli", "boundary"),
    ("In PoohsticksRaces, shade the entire row when Stick (mm) is outside 4.1e2 to 8.1e2 (the ends themselves "
     "count as inside)",
     "NotBetween({Stick (mm)}, 410, 810)", "rows", "by-header", "numerals", "boundary", "negation"),
    ("In PoohsticksRaces, shade the entire row of the races matching ^Timber$",
     "TextEquals({Bridge}, \"Timber\")", "rows", "by-value", "regex"),
    ("rows where Notes is like *early*: highlight the entire row (PoohsticksRaces)",
     "TextContains({Notes}, \"early\")", "rows", "by-header", "regex"),
    ("Highlight the whole row wherever Notes does not contain 'early' in sheet PoohsticksRaces",
     "TextNotContains({Notes}, \"early\")", "rows", "by-header", "annotator", "negation"),
    ("PoohsticksRaces: where Thrower matches ^Co, highlight just that cell",
     "TextStartsWith({Thrower}, \"Co\")", "cells", "by-header", "regex", "starts-ends"),
    ("Steps: open PoohsticksRaces. Expected: the whole row shaded wherever Thrower ends with 'om'. Actual: nothing "
     "is formatted.",
     "TextEndsWith({Thrower}, \"om\")", "rows", "by-header", "bug-report", "starts-ends"),
    ("Steps: open PoohsticksRaces. Expected: the whole row shaded wherever Stick (mm) is one of the top 3 values. "
     "Actual: nothing is formatted.",
     "Top({Stick (mm)}, 3)", "rows", "by-header", "bug-report", "superlative"),
    ("Expected: rows where Stick (mm) is one of the bottom 3 values are highlighted across the entire row. Actual: "
     "no row is shaded. Sheet PoohsticksRaces.",
     "Bottom({Stick (mm)}, 3)", "rows", "by-header", "bug-report", "superlative"),
    ("In PoohsticksRaces, highlight Sponsor (£) where it is in the top 2e1% (just those cells)",
     "TopPercent({Sponsor (£)}, 20)", "cells", "by-header", "numerals", "superlative"),
    ("highlight \"Stick (mm)\" --bottom-percent 20 --whole-row --in PoohsticksRaces",
     "BottomPercent({Stick (mm)}, 20)", "rows", "by-header", "cli", "superlative"),
    ("cf highlight --col \"Stick (mm)\" --above-average --cells-only --sheet PoohsticksRaces",
     "AboveAverage({Stick (mm)})", "cells", "by-header", "cli"),
    ("cf highlight --col \"Position\" --data-bars --sheet PoohsticksRaces",
     "DataBar({Position})", "cells", "by-header", "cli"),
    ("Apply an icon set to Position in sheet PoohsticksRaces",
     "IconSet({Position})", "cells", "by-header", "annotator"),
    ("Expected: every Stick (mm) cell that is above 410 and below 810 is highlighted, just that cell. Actual: "
     "nothing is coloured. Sheet: PoohsticksRaces.",
     "AND(GreaterThan({Stick (mm)}, 410), LessThan({Stick (mm)}, 810))", "cells", "by-header", "bug-report"),
    ("Expected: rows where Stick (mm) is below 410 or above 810 are highlighted across the entire row. Actual: no "
     "row is shaded. Sheet PoohsticksRaces.",
     "OR(LessThan({Stick (mm)}, 410), GreaterThan({Stick (mm)}, 810))", "rows", "by-header", "bug-report", "or"),
    ("In PoohsticksRaces, colour each Bridge cell that does not match ^Timber$, nothing else",
     "NOT(TextEquals({Bridge}, \"Timber\"))", "cells", "by-header", "regex", "negation"),
    ("Bug in sheet PoohsticksRaces. Steps: select Race Date, add the rule. Expected: the cells whose value falls "
     "on tomorrow get a fill (cells only). Actual: no fill anywhere.",
     "Tomorrow({Race Date})", "cells", "by-header", "bug-report", "date"),
    ("In PoohsticksRaces, highlight Race Date where it falls in the last VII days (just those cells)",
     "Last7Days({Race Date})", "cells", "by-header", "numerals", "date"),
    ("Highlight Race Date cells where the value falls in the previous calendar week in sheet PoohsticksRaces",
     "LastWeek({Race Date})", "cells", "by-header", "annotator", "date"),
    ("How do I get Race Date (column D) to turn yellow when the value falls in the current calendar week? Only "
     "that cell, not the row.",
     "ThisWeek({Race Date})", "cells", "by-header", "forum", "date"),
    ("cf highlight --col \"Race Date\" --period next-week --fill red --cell --sheet PoohsticksRaces",
     "NextWeek({Race Date})", "cells", "by-header", "cli", "date"),
    ("Is there a way to shade the entire row when column D, Race Date, falls in the previous calendar month?",
     "LastMonth({Race Date})", "rows", "by-header", "forum", "date"),
    ("cfmt --sheet PoohsticksRaces --column \"Race Date\" --date this-month --cell",
     "ThisMonth({Race Date})", "cells", "by-header", "cli", "date"),
    ("Is there a way to shade the entire row when column D, Race Date, is in next month?",
     "NextMonth({Race Date})", "rows", "by-header", "forum", "date"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
