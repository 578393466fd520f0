"""A twenty-fourth set of table requests, about a third of them header-only, and the builder of
twentyfourth_tables.json.

Written on 2026-12-07 between 15:19 and 15:31 UTC (by `date -u` on this machine: 15:19:03 at the start) by
engineer E24t, who had read neither the assistant's code nor any set's wordings (but see Slips), so that the
team has table requests nobody has tuned on. The eleven tables (highland games caber tosses, log rolling
heats, cheese rolling runs, bog snorkelling swims, worm charming plots, duck race tickets, a scarecrow
festival's entries, woodturning commissions, ceilidh bookings, jousting tourneys, stone skimming throws) and
every request were written from scratch. Each table has 10 columns in the same roles (A a code, B a name, C a
category, D a date, E to H four number columns, I a yes/no column, J free text); headers carry units,
currencies and question marks (`Length (ft)`, `Weight (lb)`, `Entry (CA$)`, `Clean Turn?`, `Log Dia (in)`,
`Water (°C)`, `Prize (SEK)`, `Spikes?`, `Cheese (kg)`, `Slope (deg)`, `Entry (£)`, `Depth (m)`, `Entry (€)`,
`Fancy Dress?`, `Area (m²)`, `Soil Temp (°C)`, `Music?`, `Drift (min)`, `Ticket (A$)`, `Prize (A$)`,
`Recovered?`, `Straw (kg)`, `Kids Entry?`, `Diameter (mm)`, `Price (CAD)`, `Deposit (CAD)`, `Band Fee (£)`,
`Floor (m²)`, `Caller (£)`, `Bar?`, `Lance (ft)`, `Horse (hh)`, `Purse (€)`, `Unhorsed?`, `Stone (g)`, `Entry
(DKK)`, `Left-Handed?`), and the cells dates, money (plain numbers under a currency header), decimals, codes,
yes/no values, free text (athletes, rollers, runners, snorkellers, charmers, sponsors, makers, clients,
organisers, knights, skimmers, two of them written twice in each table; weight classes, log kinds, heat types,
costumes, methods, river legs, themes, timbers, venue kinds, armour styles, age groups; notes), text in a
number column ("foul", "dnf", "void", "n/a", "waived", "lost", "tbc", "quote", "free", "forfeit"), Excel
errors (#N/A, #VALUE!, #DIV/0!, #REF!, #NAME?, #NUM!) and blanks. The number cells were drawn by a seeded
random generator without repeats from each column's grid (/tmp/e24t/tables.py, `make_table`), then frozen
here; the six special cells of a table (F's blank, G's text, H's blank and error, J's "" and " ") sit on six
different rows.

Domains: a short program (/tmp/e24t/domcheck.py, two runs) read the module docstrings of every other builder
in benchmarks/data/ (ast.get_docstring; twentyfourth_* aside, the twenty-third builders included) and the
`Table` field of every set file there (twentyfourth_* aside, CamelCase split into words), and printed one
True/False per candidate word (True when named as a whole word with an optional plural s or es, spaces, dashes
and underscores between its words also matched). Dropped as used: falconry, bonsai, archery, croquet,
lacrosse, korfball, hurling, shinty, roller derby, axe throwing, ploughing match, hot air balloon,
glassblowing, bookbinding, letterpress, candle making, calligraphy, origami, busking, circus, rodeo, polo,
maple syrup, truffle, lighthouse, punting, gondola, zip line, paragliding, sumo, fencing, lapidary, mosaic,
soap (so soap making, unused as a phrase, was not taken), turning (a word; woodturning and wood turning are
unused). Unused, and taken: highland games (and caber, caber toss), log rolling, cheese rolling, bog
snorkelling (and bog snorkeling), worm charming, duck race, scarecrow (and scarecrow festival), woodturning,
ceilidh, jousting (and joust), stone skimming (and skimming). Also unused, not taken: gurning, pea shooting,
soap making, juggling, unicycle, canyoning, via ferrata, kendo, beachcombing, rubber duck, rolling. Nonsense
words were asked as controls: zzzqqq printed True (the twenty-third table builder's docstring names it as its
own control), qxqxvv False.

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES
is the earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines
("Highlight X cells where the value ... in sheet T", "Apply a fill to each X cell that ...", "Highlight rows
where X ...", "Highlight rows for ..." or "the whole row of ..." where whole rows are meant, "Apply data bars
to X in sheet T"); `forum`, a forum question of a sentence or two, with the column letter (always the true
column of the table placed at A1) when it names the column by its header, and none when it names the rows by a
value or by what the date means; four new here: `sql`, the request as a database user writes it, always by
header (the header in double quotes, the sheet's name as the table): a query ("SELECT * FROM T WHERE "X" > 5
-- highlight these rows", "SELECT "X" FROM T WHERE ... -- highlight just these cells"), a bare clause
("highlight whole rows WHERE ...", "rows WHERE ...: shade the entire row, and nothing else"), with =, <>, !=,
<, <=, >, >=, BETWEEN, NOT BETWEEN, AND, OR, NOT (...), LIKE '%s%', LIKE 's%', LIKE '%s', NOT LIKE, AVG
subqueries, GROUP BY ... HAVING COUNT(*) > 1 or = 1, IS NULL OR TRIM(X) = '', ISERROR(X), ORDER BY ... FETCH
FIRST n ROWS WITH TIES or n PERCENT ROWS WITH TIES, CURRENT_DATE, CURRENT_DATE - 1, CURRENT_DATE + 1, BETWEEN
CURRENT_DATE - 6 AND CURRENT_DATE, YEAR/MONTH of CURRENT_DATE, and for the other periods the period in words
("is in last week (Sunday to Saturday)", "is in next month (the following calendar month)"); the visual rules
as "SELECT "X" FROM T -- show this column with data bars"; `gherkin`, the request as a test scenario
("Scenario: X check / Given the T sheet / When a X value is ... / Then that cell is highlighted", "Given the T
sheet, When a row's X is ..., Then its entire row is shaded", "When I look at the ... dated next week, Then
their whole rows are highlighted", "Then the X column shows data bars"), on several lines or one; `ocr`, the
request as copied out of a scanned note, with two or three recognition slips in the words of the frame and of
the predicate (never in the header nor in a quoted literal): "rn" for m ("Rnark", "rnore", "colurnn",
"rnonth", "arnong"), "vv" for w, "b" for h ("tbe", "wbere", "eacb"), "1" for l ("ce1ls", "va1ue", "on1y",
"1ess", "b1ank"), "0" for o ("r0w", "err0r"), "5" for S, "I" for l ("highIight"), "l" for i ("entlre",
"hlghest"), hyphenation across a line break ("hig-\\nhlight", "whenev-\\ner", "dat-\\ned", "aver-\\nage") and, by
the hash, a stray line break and a first number literal read with "l" for 1 or "O" for 0 ("l98", "l0.65");
every record of this style also has the tag `typo`; `verse`, the request put in rhyme: a couplet ("Roses are
red and the grid is plain too; / if a X cell is ..., paint only that cell blue.", "Oh spreadsheet dear, please
hear my plea: / where X is ..., shade the entire row for me.", "A rule for my sheet, if you'd be so kind:
...", "Numbers in X, so plain and so grey - / give them data bars to brighten the day.") or a limerick ("There
once was a clerk with a sheet / who wanted her X cells neat: / where the value is ..., / shade just that cell,
she cried, / and leave every other cell discreet."), the rule and its literal said plainly inside. These
examples are of this set's kind; the brief's own examples were not used as requests.

How the requests were written: E24t wrote, in /tmp/e24t/gen.py, a verb phrase per function (two or three
wordings each: "is greater than x", "is x or more", "is at most x", "is exactly x", "does not equal x", "is
between a and b inclusive", "falls outside a to b, where a and b themselves count as inside", "is above a and
below b", "is below a or above b", "reads 's' and nothing else", "is not 's'", "has 's' somewhere in it",
"begins with 's'", "is among the n highest", "falls in the lowest p percent", "is above the column's average",
"is repeated elsewhere in the column", "appears only once in the column", "is left empty", "holds no error
value", "is a date in last week", "falls in the last 7 days", ...), noun phrases for the rows named by a value
("the 'Sport' scarecrows", "every toss other than the 'Open' ones") or by what the date means ("the heats
dated last week", "the ducks coming up next week"), the SQL clauses above, and frames per style and scope; the
program picks a naming (by-value for about two thirds of TextEquals and NOT, by-meaning for about a third of
the periods, by hash), a style (sql only by header), a wording and a frame by a stable hash of the table and
the function, the scope by the same hash (cells for the visual rules; rows for every request naming the rows
by value or meaning; else about half each), and the literal: the first candidate of the column's own values
(numbers nearest the median first, bounds at the quartiles, words of four letters or more of the notes,
prefixes and suffixes of two or three letters of the names, category values, n of 3, 2, 4, 5 and p of 20, 25,
30, 10, 15, 40) for which everyday_tables' `problems` finds nothing on the full table (the first candidate
passed in every draft). The entries below are that program's output, frozen (written by /tmp/e24t/assemble.py,
which also checks the line length); nothing was reworded by hand afterwards. Decided before the first build
and written in gen.py (the functions named on its command line), and needed once: a function found in one half
only is given a second draft on every table that has it (another column where one passes, else none; naming,
style, scope and wording by the hash of the table, the function and "second"), added, nothing reworded. The
first build had TextEndsWith in one half only (dev 8 / test 0 of its first drafts); `python gen.py
TextEndsWith` added seven second drafts, on the category column (C) of seven of the eight tables that have
TextEndsWith (WormCharmingPlots' category column gave no passing literal, and that table got none; the three
others leave TextEndsWith out by the rotation below): 348 drafts against 341; after that every function was in
both halves. Requests keep Excel's semantics: comparisons other than LessThan, LessThanEqual and Between are
only on the two number columns that hold no text (E and F; F holds one "" blank; every such draft landed on
E), LessThan, LessThanEqual, Between and the visual rules on the column with a text cell (G), the error and
errors-not rules, TopPercent and BelowAverage on the column with an error and a blank (H), the other ranks and
AboveAverage on E, Blanks and NotBlanks on the notes (both "" and a lone space " "), text rules on the name,
category and notes columns, Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 15:19:03, and about six
times while working and at the end); `cat` of /work/team/brief24.md (the brief); `python -c "import
cf_assistant"` (ok); of benchmarks/data/twentythird_tables.py a `grep -nE` anchored on top-level names,
imports and the main block (line numbers of its imports, constants, TABLES/ENTRIES, the bind and the main
block), `wc -l` (1219), `sed -n 1,247p` (its docstring, imports, constants and helper code, up to the line
before TABLES = {}), then the two printouts of Slip (1), and a `sed -n 1213,1219p` with lines starting "(" or
a quote filtered out (the bind and the main block); `wc -l` of table_sets.py, column_sets.py,
everyday_common.py, the table test module, set_files.py and CF_RULES.md; `cat` of table_sets.py,
tests/benchmarks/test_table_sets_data.py, column_sets.py, everyday_common.py and ../shared/docs/CF_RULES.md;
of tests/benchmarks/set_files.py a `grep -n` of its `def`, constant and import lines, `sed -n 1,30p` and `sed
-n 31,210p` (the whole file); the first 12,000 characters of benchmarks/data/README.md, each line cut to 300
characters (its rows up to sixth_cf); of cf_assistant.languages.cf: parse/to_text on 34 made-up rules for the
canonical spelling. The drafting programs' runs: /tmp/e24t/domcheck.py (two runs, True/False per word);
/tmp/e24t/tables.py (three runs: each table's row count and widest line, then the header's and the widest data
row's width per table, twice, the second time with the first table's header and two data rows: the header
lines, over 118 characters, were shortened before any request was drafted); /tmp/e24t/gen.py ("341 drafts; no
passing literal: []", then with TextEndsWith "348 drafts; no passing literal: []"); printouts of this set's
own drafts (no split in them): before the first build their style, naming and scope counts, every seventh
draft and the column each function landed on, after it every sql, ocr and verse draft, read for wording
(nothing reworded; "a Entry (CA$) cell" left as drafted); /tmp/e24t/assemble.py ("341 drafts; lines over 120:
1", an entry's rule-and-tags line, whose tags then went to a line of their own, then "348 drafts; lines over
120: 0", by characters); the first build (`python benchmarks/data/twentyfourth_tables.py`, output to a file;
its first two lines), an `awk` of its lines over 120 bytes (two: that entry line and the CeilidhBookings
header, 118 characters in 121 bytes) and a `sed` of those two lines, a program printing the functions missing
a half (TextEndsWith) and the eight thinnest; the second build (its first line; the same program, the style
and naming counts and the widest line, 120); the program that edited the table test module (it printed
"replaced 5" and its widest line, 116), `grep -c` of "twentyfourth" in it (5) and `sed -n 1,28p | tail -8` of
its docstring; `python -m pytest -q` of tests/benchmarks/test_table_sets_data.py (`-k twentyfourth`: 8 passed;
then whole: see Counts) and tests/benchmarks/test_sets_are_the_projects_own.py (see Counts); a program
printing the header-only records per half; the program that put the README row in (it printed that it found
one twentythird_tables row and no twentyfourth_tables row, and "inserted"), `grep -c` of the two twentyfourth
README rows (1 and 0 at first, then 1 and 1 once twentyfourth_cf's row was there, not read); `ls` of
benchmarks/data filtered on "twentyfourth" (file names: twentyfourth_cf.py and twentyfourth_cf.json, not
opened); the build's per-scope, per-tag and TextEndsWith lines; rebuilds with a `cmp` against a copy of the
second build's file; an `awk` and Python counts of the builder's long lines, its widest line and its
docstring's length; a program rewrapping this docstring's paragraphs (it printed its widest line, 110); `ruff
--version` (not found).

Slips: (1) Meant to show only twentythird_tables.py's TABLES/ENTRIES lines, a `sed -n 248,252p` cut to 60
characters also printed the header row of its first table (DragonBoatRaces), and a `grep -n` of its lines at
column 0 after line 248, cut to 40 characters, last 30, printed the starts of the data rows of its last two
tables (CooperageOrders, BirdwatchingCounts: cells only) and their TABLES/ENTRIES lines; no entry line (a
request) was printed, as those are indented. (2) The second drafts of TextEndsWith were added after the first
build had shown that function in one half only (by the rule fixed in gen.py before it; nothing was reworded,
no draft was dropped). No draft was reworded or dropped after the split was seen; no other record was added
after it. The two engineers kept apart scratch folders (/tmp/e24t here); nothing of another engineer's was run
or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets
calls it, `build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`, as read in
table_sets.py; its code and docstrings not printed); `git log`, `git show`, any diff's content, `git diff
--stat` (no git command was run); ../shared/docs/EVALUATION.md and ../shared/data (the train split is compared
by the builder's program only); tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and
ENTRIES of the other builders (but Slip 1); README.md past its first 12,000 characters; twentyfourth_cf.py and
any twentyfourth_cf.json (written beside this set by engineer E24c; the builder compares with any set file
beside it by program only, as table_sets.requests_elsewhere does); the utterances or tables of any JSON file
(compared with this set's by program only, never printed; the domain check read their `Table` fields and
printed True/False only). No request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
twentythird_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag
...]); `scope` is "rows" when the request asks for whole rows ("whole row", "entire row", "whole rows",
"Highlight rows where/for", "SELECT * ... -- highlight these rows", "rows WHERE ...: shade the entire row",
"Then its entire row is shaded", "the rows of"), "cells" otherwise ("only those cells", "just that cell",
"SELECT "X" ... -- highlight just these cells"); `naming` says how the request names the tested column:
`by-header` (its header as written, or its letter), `by-meaning` (the rows by what the date means: "the bouts
dated last week") or `by-value` (only values of it: "the 'Maple' commissions", "the plots that aren't
'Tapping'"). Each rule tests one column. Every record is first built and checked on its full table
(everyday_tables' `build_record` with IDs prefixed `t24t-`; its `problems`: a record that formats no row or
every row, whose near misses its table cannot tell apart, text operators exempt, or whose rule formats the
same rows on another column is refused), and a request already written (case aside) in any other set file of
benchmarks/data/ or in the benchmark's train split (../shared/data/cf/train.json, on this machine) is refused,
as is a column letter or range that is not the rule's column (none was). Then the records picked by a stable
hash of the ID (about one in three, `table_sets.header_only`) are written with `Data` = [header row], `Labels`
= [] and the tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text
below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are not
written, date periods are (each table's date column holds the fourteen days 06-11, 06-12, 06-13, 06-06, 06-03,
06-17, 06-28, 05-15, 07-09, 02-14, 06-14, 06-21, 06-24 and 05-31, rotated by the table's place, so that the
ten periods tell apart). Labels follow Excel: a blank compares as 0, any text is greater than any number, an
error is neither blank nor formatted by a comparison, text tests ignore case. Every comparison's threshold and
every Between bound is a value of its column (so that "at least" and "more than" differ there). Each table
leaves out eight of the 31 functions that are not date periods and two of the ten periods, in turn (table k
leaves out the functions 8k to 8k+7 and the periods 2k and 2k+1 of a fixed order, mod 31 and 10): 31 records a
table, and the second TextEndsWith drafts.

Tags: the naming, the style, then any of `boundary`, `negation`, `or`, `superlative`, `starts-ends`, `date`,
`typo` (every `ocr` record), then `header-only` where the rows were dropped, then `twentyfourth` (last). Every
one of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentyfourth_tables.py` prints them): 348 records, dev 183 / test 165; 11
tables of 10 columns and 14 data rows each (31 or 32 records a table); 112 header-only records (32%; dev 59,
test 53); scope rows 187 (54%) / cells 161; naming by-header 305, by-meaning 30, by-value 13 (12% not by
header); styles ocr 80, annotator 68, forum 55, sql 53, gherkin 46, verse 46; every one of the 41 top
functions in both halves (the thinnest: AND, Bottom, BottomPercent, GreaterThanEqual, LessThan, LessThanEqual,
NotBlanks and TextNotContains with two records in one half). Tests: tests/benchmarks/test_table_sets_data.py
160 passed (8 of them this set's, `-k twentyfourth`: 8 passed, again with twentyfourth_cf.json beside);
tests/benchmarks/test_sets_are_the_projects_own.py 56 passed.

Rebuild: `python benchmarks/data/twentyfourth_tables.py` (prints the counts per split, table, scope, naming,
style, tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyfourth_tables.json"
PREFIX = "t24t"
TAG = "twentyfourth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: a database user's query or WHERE clause,
# a test scenario (Given/When/Then), a note copied out of a scan with recognition slips, and verse.
STYLES = ("annotator", "forum", "sql", "gherkin", "ocr", "verse")
# The requests of every other set file in this folder (these 53 at the time of writing,
# and any written since, e.g. twentyfourth_cf.json, written at the same time by another engineer)
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
              'twentysecond_tables.json', 'twentythird_cf.json', 'twentythird_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.

TABLES = {}
ENTRIES = {}

TABLES["HighlandGamesCaber"] = _table("""
Toss ID | Athlete | Class | Games Date | Length (ft) | Weight (lb) | Score (pts) | Entry (CA$) | Clean Turn? | Notes
HG-167 | Isla Munro | Open | 2024-06-11 | 20.1 | 112 | 55.0 | #N/A | No | wind at the run-up
HG-160 | Ruaridh Bain | Lightweight | 2024-06-12 | 22.0 | 101 | 59.0 | 53 | Yes | dropped on approach
HG-116 | Kirsty Moir | Heavy | 2024-06-13 | 17.7 | 115 | 11.0 | 58 | Yes | perfect twelve o'clock
HG-128 | Kirsty Moir | Masters | 2024-06-06 | 20.8 | 144 | 80.0 | 26 | Yes | slipped on wet grass
HG-144 | Ailsa Kerr | Open | 2024-06-03 | 19.5 | _ | 90.0 | 89 | No | crowd favourite
HG-190 | Calum Fraser | Heavy | 2024-06-17 | 18.7 | 114 | 23.5 | 79 | No | new personal best
HG-122 | Morag Dunbar | Open | 2024-06-28 | 19.7 | 109 | 27.0 | 59 | Yes | caber too heavy
HG-194 | Ewan Grant | Masters | 2024-05-15 | 18.3 | 91 | 66.5 | _ | Yes | tilted left at turn
HG-165 | Sorcha Niven | Masters | 2024-07-09 | 18.8 | 139 | 67.5 | 52 | No | _
HG-134 | Calum Fraser | Lightweight | 2024-02-14 | 21.7 | 136 | 93.5 | 71 | Yes | strong start
HG-175 | Fiona Baird | Lightweight | 2024-06-14 | 17.9 | 90 | 38.0 | 78 | Yes | re-toss allowed
HG-108 | Douglas Orr | Heavy | 2024-06-21 | 18.5 | 86 | 98.0 | 37 | Yes | late arrival
HG-126 | Hamish Lyle | Heavy | 2024-06-24 | 16.2 | 113 | 26.0 | 34 | Yes | ~
HG-111 | Angus Reid | Lightweight | 2024-05-31 | 16.9 | 143 | foul | 16 | No | bandaged wrist
""")

ENTRIES["HighlandGamesCaber"] = [
    ('Highlight Length (ft) cells where the value is above 17.9 and below 20.1 in sheet '
     'HighlandGamesCaber',
     'AND(GreaterThan({Length (ft)}, 17.9), LessThan({Length (ft)}, 20.1))', "cells", "by-header", "annotator"),
    ('SELECT "Length (ft)" FROM HighlandGamesCaber WHERE "Length (ft)" < 17.9 OR "Length (ft)" > 20.1 -- '
     'highlight just these cells',
     'OR(LessThan({Length (ft)}, 17.9), GreaterThan({Length (ft)}, 20.1))', "cells", "by-header", "sql", "or"),
    ("Scenario: every toss marked 'Open'\n  Given the HighlandGamesCaber sheet\n  When a row is one of "
     "every toss marked 'Open'\n  Then the whole row is highlighted",
     'TextEquals({Class}, "Open")', "rows", "by-value", "gherkin"),
    ("HighIight the\nwhole rows of every toss other tban the 'Open' ones",
     'NOT(TextEquals({Class}, "Open"))', "rows", "by-value", "ocr", "negation", "typo"),
    ("Given the Notes column of HighlandGamesCaber, When a cell has 'wind' somewhere in it, Then that "
     'cell is filled in colour and the rest of its row is not',
     'TextContains({Notes}, "wind")', "cells", "by-header", "gherkin"),
    ("Highlight Notes cells where the value has no 'dropped' anywhere in it in sheet HighlandGamesCaber",
     'TextNotContains({Notes}, "dropped")', "cells", "by-header", "annotator", "negation"),
    ("Mark eacb Athlete cell that\nstarts with 'Is' - on1y those ce1ls",
     'TextStartsWith({Athlete}, "Is")', "cells", "by-header", "ocr", "starts-ends", "typo"),
    ("Highlight rows where Athlete ends in 'ro' in sheet HighlandGamesCaber",
     'TextEndsWith({Athlete}, "ro")', "rows", "by-header", "annotator", "starts-ends"),
    ('Apply a fill to each Length (ft) cell that is among the 3 highest in sheet HighlandGamesCaber',
     'Top({Length (ft)}, 3)', "cells", "by-header", "annotator", "superlative"),
    ('Rnark each Length (ft) cell that is among the 3 1owest - on1y those cells',
     'Bottom({Length (ft)}, 3)', "cells", "by-header", "ocr", "superlative", "typo"),
    ('Scenario: Entry (CA$) check\n  Given the HighlandGamesCaber sheet\n  When a Entry (CA$) value is '
     'in the top 20%\n  Then that cell is highlighted',
     'TopPercent({Entry (CA$)}, 20)', "cells", "by-header", "gherkin", "superlative"),
    ('Apply a fill to each Length (ft) cell that falls in the lowest 20 percent in sheet '
     'HighlandGamesCaber',
     'BottomPercent({Length (ft)}, 20)', "cells", "by-header", "annotator", "superlative"),
    ("Shade entire r0ws where Length (ft) is above tbe colurnn's average",
     'AboveAverage({Length (ft)})', "rows", "by-header", "ocr", "typo"),
    ("I need column H (Entry (CA$)) to light up only in the cells where the value is below the column's "
     'average. Is that a conditional formatting thing?',
     'BelowAverage({Entry (CA$)})', "cells", "by-header", "forum"),
    ('Oh spreadsheet dear, please hear my plea:\nwhere Athlete appears more than once in the column, '
     'shade the entire row for me.',
     'Duplicates({Athlete})', "rows", "by-header", "verse"),
    ('Scenario: Athlete check\n  Given the HighlandGamesCaber sheet\n  When a Athlete value is not '
     'repeated anywhere in the column\n  Then that cell is highlighted',
     'Unique({Athlete})', "cells", "by-header", "gherkin"),
    ('highlight the "Notes" cells WHERE "Notes" IS NULL OR TRIM("Notes") = \'\', only those cells',
     'Blanks({Notes})', "cells", "by-header", "sql"),
    ('highlight the "Notes" cells WHERE "Notes" IS NOT NULL AND TRIM("Notes") <> \'\', only those cells',
     'NotBlanks({Notes})', "cells", "by-header", "sql", "negation"),
    ('Highlight Entry (CA$) cells where the value holds an error value in sheet HighlandGamesCaber',
     'Errors({Entry (CA$)})', "cells", "by-header", "annotator"),
    ('Roses are red and the grid is plain too;\nif a Entry (CA$) cell shows no Excel error, paint only '
     'that cell blue.',
     'NotErrors({Entry (CA$)})', "cells", "by-header", "verse", "negation"),
    ('Forrnat tbe Score (pts) colurnn with a color scale',
     'ColorScale({Score (pts)})', "cells", "by-header", "ocr", "typo"),
    ('Given the HighlandGamesCaber sheet, When it opens, Then the Score (pts) column shows data bars',
     'DataBar({Score (pts)})', "cells", "by-header", "gherkin"),
    ('Can I put an icon set on column G (Score (pts))?',
     'IconSet({Score (pts)})', "cells", "by-header", "forum"),
    ('Highlight the whole row of the tosses coming up tomorrow in sheet HighlandGamesCaber',
     'Tomorrow({Games Date})', "rows", "by-meaning", "annotator", "date"),
    ('Roses are red and the grid is plain too;\nthe rows of the tosses dated in the last 7 days: make '
     'each whole row blue.',
     'Last7Days({Games Date})', "rows", "by-meaning", "verse", "date"),
    ('p1ease shade the entlre row for the tosses dat-\ned last week',
     'LastWeek({Games Date})', "rows", "by-meaning", "ocr", "date", "typo"),
    ('Given the Games Date column of HighlandGamesCaber, When a cell falls in this week, Then that cell '
     'is filled in colour and the rest of its row is not',
     'ThisWeek({Games Date})', "cells", "by-header", "gherkin", "date"),
    ('Apply a fill to each Games Date cell that is a date in next week in sheet HighlandGamesCaber',
     'NextWeek({Games Date})', "cells", "by-header", "annotator", "date"),
    ('I need column D (Games Date) to light up only in the cells where the value is a date in this '
     'month. Is that a conditional formatting thing?',
     'ThisMonth({Games Date})', "cells", "by-header", "forum", "date"),
    ('Scenario: Games Date rows\n  Given the HighlandGamesCaber sheet\n  When Games Date is a date in '
     'last month\n  Then the whole row is highlighted',
     'LastMonth({Games Date})', "rows", "by-header", "gherkin", "date"),
    ('Highlight the entire row when Games Date falls in next month in sheet HighlandGamesCaber',
     'NextMonth({Games Date})', "rows", "by-header", "annotator", "date"),
    ("Highlight Class cells where the value ends with 'en' in sheet HighlandGamesCaber",
     'TextEndsWith({Class}, "en")', "cells", "by-header", "annotator", "starts-ends"),
]

TABLES["LogRollingHeats"] = _table("""
Heat ID | Roller | Log Class | Heat Date | Log Dia (in) | Water (°C) | Time on Log (s) | Prize (SEK) | Spikes? | Notes
LR-116 | Maja Lind | Pine | 2024-06-12 | 12.2 | _ | 168 | 250 | Yes | fell on the first spin
LR-168 | Felix Ahl | Fir | 2024-06-13 | 15.7 | 21.0 | 101 | 1250 | No | ~
LR-158 | Tove Berg | Cedar | 2024-06-06 | 17.2 | 15.2 | 119 | #VALUE! | No | splashed the judges
LR-144 | Linnea Strand | Pine | 2024-06-03 | 11.6 | 15.6 | 162 | _ | Yes | held on to the end
LR-160 | Alva Dahl | Pine | 2024-06-17 | 10.4 | 23.8 | 81 | 1900 | No | log rolled too fast
LR-124 | Viktor Nord | Fir | 2024-06-28 | 10.0 | 17.5 | 62 | 1000 | Yes | _
LR-125 | Hugo Falk | Pine | 2024-05-15 | 17.5 | 21.3 | 52 | 600 | Yes | rematch requested
LR-113 | Elias Wik | Spruce | 2024-07-09 | 17.9 | 22.3 | 110 | 400 | No | stayed dry
LR-145 | Oskar Holm | Fir | 2024-02-14 | 14.3 | 24.0 | 165 | 350 | No | lost footing early
LR-131 | Saga Borg | Spruce | 2024-06-14 | 16.7 | 22.6 | 58 | 1200 | Yes | great balance
LR-192 | Maja Lind | Cedar | 2024-06-21 | 11.4 | 15.1 | 109 | 800 | Yes | debut heat
LR-188 | Ebba Sund | Spruce | 2024-06-24 | 12.9 | 18.2 | 130 | 450 | No | shoe came loose
LR-154 | Hugo Falk | Cedar | 2024-05-31 | 15.5 | 18.7 | 39 | 1850 | No | river current strong
LR-122 | Nils Ekman | Cedar | 2024-06-11 | 13.4 | 18.5 | dnf | 200 | No | crowd cheered loudly
""")

ENTRIES["LogRollingHeats"] = [
    ('Highlight Log Dia (in) cells where the value is greater than 14.3 in sheet LogRollingHeats',
     'GreaterThan({Log Dia (in)}, 14.3)', "cells", "by-header", "annotator"),
    ('Highlight Log Dia (in) cells where the value is no less than 14.3 in sheet LogRollingHeats',
     'GreaterThanEqual({Log Dia (in)}, 14.3)', "cells", "by-header", "annotator", "boundary"),
    ("Given the LogRollingHeats sheet, When a row's Time on Log (s) is less than 109, Then its entire "
     'row is shaded',
     'LessThan({Time on Log (s)}, 109)', "rows", "by-header", "gherkin"),
    ('highlight tbe whole r0w whenever Time on Log (s) is no rnore than l09',
     'LessThanEqual({Time on Log (s)}, 109)', "rows", "by-header", "ocr", "boundary", "typo"),
    ('Oh spreadsheet dear, please hear my plea:\nwhere Log Dia (in) is exactly 14.3, shade the entire '
     'row for me.',
     'Equals({Log Dia (in)}, 14.3)', "rows", "by-header", "verse"),
    ('Scenario: Log Dia (in) check\n  Given the LogRollingHeats sheet\n  When a Log Dia (in) value is '
     'anything but 14.3\n  Then that cell is highlighted',
     'NotEquals({Log Dia (in)}, 14.3)', "cells", "by-header", "gherkin", "negation"),
    ('Highlight Time on Log (s) cells where the value is between 62 and 130 inclusive in sheet '
     'LogRollingHeats',
     'Between({Time on Log (s)}, 62, 130)', "cells", "by-header", "annotator", "boundary"),
    ('highlight whole rows WHERE "Log Dia (in)" NOT BETWEEN 11.6 AND 16.7',
     'NotBetween({Log Dia (in)}, 11.6, 16.7)', "rows", "by-header", "sql", "boundary", "negation"),
    ('How can I make the whole row go yellow when Log Dia (in) in column E is one of the top 3 values?',
     'Top({Log Dia (in)}, 3)', "rows", "by-header", "forum", "superlative"),
    ('Roses are red and the grid is plain too;\nif a Log Dia (in) cell is among the 3 lowest, paint only '
     'that cell blue.',
     'Bottom({Log Dia (in)}, 3)', "cells", "by-header", "verse", "superlative"),
    ("Trying to shade entire rows where column H (Prize (SEK)) falls in the highest 20 percent - what's "
     'the right rule?',
     'TopPercent({Prize (SEK)}, 20)', "rows", "by-header", "forum", "superlative"),
    ('Shade entlre r0ws where Log Dia (in) is in the bottom 20%',
     'BottomPercent({Log Dia (in)}, 20)', "rows", "by-header", "ocr", "superlative", "typo"),
    ('How can I make the whole row go yellow when Log Dia (in) in column E is higher than the average of '
     'the column?',
     'AboveAverage({Log Dia (in)})', "rows", "by-header", "forum"),
    ('Roses are red and the grid is plain too;\nif a Prize (SEK) cell is lower than the average of the '
     'column, paint only that cell blue.',
     'BelowAverage({Prize (SEK)})', "cells", "by-header", "verse"),
    ('How do I highlight the cells in column B (Roller) whose value is repeated elsewhere in the column?',
     'Duplicates({Roller})', "cells", "by-header", "forum"),
    ("Given the LogRollingHeats sheet, When a row's Roller appears only once in the column, Then its "
     'entire row is shaded',
     'Unique({Roller})', "rows", "by-header", "gherkin"),
    ('How can I make the whole row go yellow when Notes in column J is left empty?',
     'Blanks({Notes})', "rows", "by-header", "forum"),
    ('highIight\ntbe vvhole row whenever Notes is not blank',
     'NotBlanks({Notes})', "rows", "by-header", "ocr", "negation", "typo"),
    ('Scenario: Prize (SEK) check\n  Given the LogRollingHeats sheet\n  When a Prize (SEK) value holds '
     'an error value\n  Then that cell is highlighted',
     'Errors({Prize (SEK)})', "cells", "by-header", "gherkin"),
    ('Highlight the entire row when Prize (SEK) shows no Excel error in sheet LogRollingHeats',
     'NotErrors({Prize (SEK)})', "rows", "by-header", "annotator", "negation"),
    ('p1ease put a colour scale on tbe\nTime on Log (s) colurnn',
     'ColorScale({Time on Log (s)})', "cells", "by-header", "ocr", "typo"),
    ('SELECT "Time on Log (s)" FROM LogRollingHeats -- show this column with in-cell data bars',
     'DataBar({Time on Log (s)})', "cells", "by-header", "sql"),
    ('Numbers in Time on Log (s), so plain and so grey -\ngive them an icon set to brighten the day.',
     'IconSet({Time on Log (s)})', "cells", "by-header", "verse"),
    ('Highlight the whole row of the heats dated yesterday in sheet LogRollingHeats',
     'Yesterday({Heat Date})', "rows", "by-meaning", "annotator", "date"),
    ('Oh spreadsheet dear, please hear my plea:\nshade the whole rows of the heats happening today for '
     'me.',
     'Today({Heat Date})', "rows", "by-meaning", "verse", "date"),
    ('Highlight the whole row of the heats dated last week in sheet LogRollingHeats',
     'LastWeek({Heat Date})', "rows", "by-meaning", "annotator", "date"),
    ("Trying to shade entire rows where column D (Heat Date) is a date in this week - what's the right "
     'rule?',
     'ThisWeek({Heat Date})', "rows", "by-header", "forum", "date"),
    ('Apply a fill to each Heat Date cell that is a date in next week in sheet LogRollingHeats',
     'NextWeek({Heat Date})', "cells", "by-header", "annotator", "date"),
    ("Given the LogRollingHeats sheet, When a row's Heat Date falls in this month, Then its entire row "
     'is shaded',
     'ThisMonth({Heat Date})', "rows", "by-header", "gherkin", "date"),
    ('Apply a fill to each Heat Date cell that falls in last month in sheet LogRollingHeats',
     'LastMonth({Heat Date})', "cells", "by-header", "annotator", "date"),
    ('How do I highlight the cells in column D (Heat Date) whose value falls in next month?',
     'NextMonth({Heat Date})', "cells", "by-header", "forum", "date"),
]

TABLES["CheeseRollingRuns"] = _table("""
Run ID | Runner | Heat Type | Run Date | Cheese (kg) | Slope (deg) | Descent (s) | Entry (£) | Finished? | Notes
CR-148 | Dan Ruskin | Junior | 2024-06-13 | 3.90 | 57.0 | 17.5 | 24.0 | Yes | _
CR-125 | Tom Hadley | Uphill | 2024-06-06 | 3.89 | 52.0 | 15.1 | 20.0 | No | caught the cheese
CR-178 | Joe Varley | Men | 2024-06-03 | 3.52 | 56.5 | 26.8 | 15.0 | Yes | tumbled twice
CR-113 | Nina Fosse | Uphill | 2024-06-17 | 3.57 | 40.5 | 13.8 | 21.0 | No | first attempt
CR-152 | Jess Pryce | Men | 2024-06-28 | 3.60 | 59.5 | 29.0 | 22.0 | Yes | grazed knee
CR-198 | Rob Fenwick | Women | 2024-05-15 | 3.09 | 58.5 | 22.0 | #DIV/0! | No | ran sideways
CR-161 | Rob Fenwick | Men | 2024-07-09 | 3.27 | 57.5 | 17.3 | 16.5 | No | slid to the end
CR-118 | Amy Thorne | Junior | 2024-02-14 | 3.25 | 28.5 | void | 14.0 | Yes | cheese hit the fence
CR-153 | Meg Cullen | Junior | 2024-06-14 | 3.98 | 41.5 | 19.8 | 28.5 | No | muddy slope
CR-173 | Lucy Ashby | Women | 2024-06-21 | 3.05 | 45.5 | 11.0 | 10.5 | Yes | medic called
CR-103 | Ben Cotter | Uphill | 2024-06-24 | 3.87 | 43.0 | 8.1 | 38.5 | Yes | winner's hug
CR-140 | Sam Whitlow | Women | 2024-05-31 | 3.41 | 53.5 | 9.3 | 20.5 | Yes | ~
CR-138 | Amy Thorne | Women | 2024-06-11 | 3.31 | 58.0 | 22.6 | _ | No | lost a shoe
CR-179 | Cara Doyle | Men | 2024-06-12 | 3.82 | _ | 27.2 | 32.0 | No | waved to crowd
""")

ENTRIES["CheeseRollingRuns"] = [
    ('please highlight the Cheese (kg) cells wbere the value is rnore than 3.52',
     'GreaterThan({Cheese (kg)}, 3.52)', "cells", "by-header", "ocr", "typo"),
    ('highIight the whole r0w whenev-\ner Cheese (kg) is 3.52\nor more',
     'GreaterThanEqual({Cheese (kg)}, 3.52)', "rows", "by-header", "ocr", "boundary", "typo"),
    ('SELECT * FROM CheeseRollingRuns WHERE "Descent (s)" < 17.5 -- highlight these rows',
     'LessThan({Descent (s)}, 17.5)', "rows", "by-header", "sql"),
    ('How can I make the whole row go yellow when Descent (s) in column G is no more than 17.5?',
     'LessThanEqual({Descent (s)}, 17.5)', "rows", "by-header", "forum", "boundary"),
    ('Scenario: Cheese (kg) rows\n  Given the CheeseRollingRuns sheet\n  When Cheese (kg) equals 3.52\n  '
     'Then the whole row is highlighted',
     'Equals({Cheese (kg)}, 3.52)', "rows", "by-header", "gherkin"),
    ('highlight whole rows WHERE "Cheese (kg)" <> 3.52',
     'NotEquals({Cheese (kg)}, 3.52)', "rows", "by-header", "sql", "negation"),
    ('Highlight the entire row when Descent (s) lies from 13.8 to 22.6, both ends included in sheet '
     'CheeseRollingRuns',
     'Between({Descent (s)}, 13.8, 22.6)', "rows", "by-header", "annotator", "boundary"),
    ('Apply a fill to each Cheese (kg) cell that falls outside 3.27 to 3.87, where 3.27 and 3.87 '
     'themselves count as inside in sheet CheeseRollingRuns',
     'NotBetween({Cheese (kg)}, 3.27, 3.87)', "cells", "by-header", "annotator", "boundary", "negation"),
    ('p1ease highlight tbe Cheese (kg) cells where the va1ue is above 3.27 and below 3.87',
     'AND(GreaterThan({Cheese (kg)}, 3.27), LessThan({Cheese (kg)}, 3.87))', "cells", "by-header", "ocr", "typo"),
    ("A rule for my sheet, if you'd be so kind:\nwhere a Cheese (kg) cell is below 3.27 or above 3.87, "
     'colour that cell - just that, never mind the row behind.',
     'OR(LessThan({Cheese (kg)}, 3.27), GreaterThan({Cheese (kg)}, 3.87))', "cells", "by-header", "verse", "or"),
    ("How do I shade the whole rows of the 'Junior' runs?",
     'TextEquals({Heat Type}, "Junior")', "rows", "by-value", "forum"),
    ("Is there a way to highlight the rows for every run other than the 'Junior' ones automatically?",
     'NOT(TextEquals({Heat Type}, "Junior"))', "rows", "by-value", "forum", "negation"),
    ('rows WHERE "Notes" LIKE \'%caught%\': shade the entire row, and nothing else',
     'TextContains({Notes}, "caught")', "rows", "by-header", "sql"),
    ('rows WHERE "Notes" NOT LIKE \'%caught%\': shade the entire row, and nothing else',
     'TextNotContains({Notes}, "caught")', "rows", "by-header", "sql", "negation"),
    ("How do I highlight the cells in column B (Runner) whose value begins with 'Da'?",
     'TextStartsWith({Runner}, "Da")', "cells", "by-header", "forum", "starts-ends"),
    ("Trying to shade entire rows where column B (Runner) ends with 'in' - what's the right rule?",
     'TextEndsWith({Runner}, "in")', "rows", "by-header", "forum", "starts-ends"),
    ('Roses are red and the grid is plain too;\nif a Notes cell is blank, paint only that cell blue.',
     'Blanks({Notes})', "cells", "by-header", "verse"),
    ('Scenario: Notes rows\n  Given the CheeseRollingRuns sheet\n  When Notes is not blank\n  Then the '
     'whole row is highlighted',
     'NotBlanks({Notes})', "rows", "by-header", "gherkin", "negation"),
    ('SELECT * FROM CheeseRollingRuns WHERE ISERROR("Entry (£)") -- highlight these rows',
     'Errors({Entry (£)})', "rows", "by-header", "sql"),
    ('Shade entire\nr0ws where Entry (£) shows no Excel err0r',
     'NotErrors({Entry (£)})', "rows", "by-header", "ocr", "negation", "typo"),
    ('Forrnat\nthe Descent (s) colurnn with a color scale',
     'ColorScale({Descent (s)})', "cells", "by-header", "ocr", "typo"),
    ('SELECT "Descent (s)" FROM CheeseRollingRuns; -- no filter, just format every value with data bars',
     'DataBar({Descent (s)})', "cells", "by-header", "sql"),
    ('Can I put an icon set on column G (Descent (s))?',
     'IconSet({Descent (s)})', "cells", "by-header", "forum"),
    ('Highlight rows where Run Date falls on yesterday in sheet CheeseRollingRuns',
     'Yesterday({Run Date})', "rows", "by-header", "annotator", "date"),
    ('Highlight the entire row when Run Date falls on today in sheet CheeseRollingRuns',
     'Today({Run Date})', "rows", "by-header", "annotator", "date"),
    ("Rnark each Run Date cell that is tomorrow's date - only those ce1ls",
     'Tomorrow({Run Date})', "cells", "by-header", "ocr", "date", "typo"),
    ('I need column D (Run Date) to light up only in the cells where the value is within the last seven '
     'days. Is that a conditional formatting thing?',
     'Last7Days({Run Date})', "cells", "by-header", "forum", "date"),
    ('highlight tbe vvhole r0w\nwhenever Run Date falls in next week',
     'NextWeek({Run Date})', "rows", "by-header", "ocr", "date", "typo"),
    ("Given the CheeseRollingRuns sheet, When a row's Run Date is a date in this month, Then its entire "
     'row is shaded',
     'ThisMonth({Run Date})', "rows", "by-header", "gherkin", "date"),
    ('Given the CheeseRollingRuns sheet, When I look at the runs dated last month, Then their whole rows '
     'are highlighted',
     'LastMonth({Run Date})', "rows", "by-meaning", "gherkin", "date"),
    ('SELECT * FROM CheeseRollingRuns WHERE "Run Date" is in next month (the following calendar month) '
     '-- highlight these rows',
     'NextMonth({Run Date})', "rows", "by-header", "sql", "date"),
    ("How do I highlight the cells in column C (Heat Type) whose value ends in 'or'?",
     'TextEndsWith({Heat Type}, "or")', "cells", "by-header", "forum", "starts-ends"),
]

TABLES["BogSnorkellingSwims"] = _table("""
Swim ID | Snorkeller | Costume | Swim Date | Lap Time (s) | Depth (m) | Water (°C) | Entry (€) | Fancy Dress? | Notes
BS-195 | Seren Hale | Historical | 2024-06-06 | 147.1 | 1.53 | 9.0 | 45.5 | Yes | mask fogged up
BS-132 | Dilys Owen | Historical | 2024-06-03 | 167.4 | 2.12 | 12.6 | 15.0 | Yes | ~
BS-139 | Ffion Rees | Superhero | 2024-06-17 | 173.7 | 1.58 | 12.7 | 14.5 | Yes | _
BS-170 | Iwan Pugh | Superhero | 2024-06-28 | 146.0 | 2.17 | 14.6 | 42.5 | Yes | swam in a tutu
BS-129 | Nia Bevan | Animal | 2024-05-15 | 173.6 | 1.42 | 11.1 | #REF! | No | record attempt
BS-198 | Huw Jenkins | Animal | 2024-07-09 | 129.2 | 2.22 | 13.6 | 11.5 | No | lost a flipper
BS-148 | Bethan Ellis | Superhero | 2024-02-14 | 153.0 | 1.31 | 12.3 | 43.0 | Yes | cold start
BS-114 | Huw Jenkins | Historical | 2024-06-14 | 180.6 | 1.40 | 10.7 | 13.5 | No | charity swim
BS-134 | Dafydd Rowe | None | 2024-06-21 | 131.9 | 1.52 | 8.6 | 24.5 | No | snorkel leaked
BS-189 | Rhys Morgan | None | 2024-06-24 | 186.1 | 1.97 | 14.3 | 28.5 | Yes | fastest of the day
BS-166 | Dilys Owen | None | 2024-05-31 | 197.3 | 2.36 | n/a | 46.5 | Yes | weed tangle
BS-172 | Gwen Parry | Animal | 2024-06-11 | 118.3 | _ | 11.2 | 44.0 | No | cheered by family
BS-161 | Aled Vaughan | Superhero | 2024-06-12 | 135.4 | 1.77 | 17.5 | 41.5 | Yes | second go
BS-188 | Owain Lloyd | Animal | 2024-06-13 | 169.4 | 1.54 | 16.4 | _ | No | late sign-up
""")

ENTRIES["BogSnorkellingSwims"] = [
    ('How do I highlight the cells in column E (Lap Time (s)) whose value is at least 153.0?',
     'GreaterThanEqual({Lap Time (s)}, 153)', "cells", "by-header", "forum", "boundary"),
    ('How can I make the whole row go yellow when Water (°C) in column G is less than 12.6?',
     'LessThan({Water (°C)}, 12.6)', "rows", "by-header", "forum"),
    ('highlight whole rows WHERE "Water (°C)" <= 12.6',
     'LessThanEqual({Water (°C)}, 12.6)', "rows", "by-header", "sql", "boundary"),
    ('There once was a sheet full of rows,\nand here is the rule that it knows:\nwhen Lap Time (s) is '
     "exactly 153.0,\nthe whole row is dyed -\nthat's how the highlighting goes.",
     'Equals({Lap Time (s)}, 153)', "rows", "by-header", "verse"),
    ("A rule for my sheet, if you'd be so kind:\nwhere a Lap Time (s) cell does not equal 153.0, colour "
     'that cell - just that, never mind the row behind.',
     'NotEquals({Lap Time (s)}, 153)', "cells", "by-header", "verse", "negation"),
    ('Roses are red and the grid is plain too;\nif a Water (°C) cell lies from 11.1 to 14.3, both ends '
     'included, paint only that cell blue.',
     'Between({Water (°C)}, 11.1, 14.3)', "cells", "by-header", "verse", "boundary"),
    ('Apply a fill to each Lap Time (s) cell that falls outside 135.4 to 173.7, where 135.4 and 173.7 '
     'themselves count as inside in sheet BogSnorkellingSwims',
     'NotBetween({Lap Time (s)}, 135.4, 173.7)', "cells", "by-header", "annotator", "boundary", "negation"),
    ('highlight the vvhole row whenev-\ner Lap Time (s) is above 135.4 and below\n173.7',
     'AND(GreaterThan({Lap Time (s)}, 135.4), LessThan({Lap Time (s)}, 173.7))', "rows", "by-header", "ocr", "typo"),
    ('Rnark each Lap Time (s) cell that is below\nl35.4 or above 173.7 - on1y those ce1ls',
     'OR(LessThan({Lap Time (s)}, 135.4), GreaterThan({Lap Time (s)}, 173.7))',
     "cells", "by-header", "ocr", "or", "typo"),
    ("Highlight the whole row of every swim marked 'Historical' in sheet BogSnorkellingSwims",
     'TextEquals({Costume}, "Historical")', "rows", "by-value", "annotator"),
    ("5hade entlre r0ws\nwhere Costume is not 'Historical'",
     'NOT(TextEquals({Costume}, "Historical"))', "rows", "by-header", "ocr", "negation", "typo"),
    ('rows WHERE "Notes" LIKE \'%mask%\': shade the entire row, and nothing else',
     'TextContains({Notes}, "mask")', "rows", "by-header", "sql"),
    ("Apply a fill to each Notes cell that does not contain 'mask' in sheet BogSnorkellingSwims",
     'TextNotContains({Notes}, "mask")', "cells", "by-header", "annotator", "negation"),
    ("Rnark each Snorkeller cell that starts with 'Se' - only those ce1ls",
     'TextStartsWith({Snorkeller}, "Se")', "cells", "by-header", "ocr", "starts-ends", "typo"),
    ('highlight the "Snorkeller" cells WHERE "Snorkeller" LIKE \'%le\', only those cells',
     'TextEndsWith({Snorkeller}, "le")', "cells", "by-header", "sql", "starts-ends"),
    ('please\nhighIight tbe Lap Time (s) cells where the value is among the 3 hlghest',
     'Top({Lap Time (s)}, 3)', "cells", "by-header", "ocr", "superlative", "typo"),
    ('SELECT "Lap Time (s)" FROM BogSnorkellingSwims ORDER BY "Lap Time (s)" ASC FETCH FIRST 3 ROWS WITH '
     'TIES; shade only the "Lap Time (s)" cells it returns',
     'Bottom({Lap Time (s)}, 3)', "cells", "by-header", "sql", "superlative"),
    ('SELECT * FROM BogSnorkellingSwims ORDER BY "Entry (€)" DESC FETCH FIRST 20 PERCENT ROWS WITH TIES; '
     'highlight the whole rows this returns',
     'TopPercent({Entry (€)}, 20)', "rows", "by-header", "sql", "superlative"),
    ('Oh spreadsheet dear, please hear my plea:\nwhere Lap Time (s) is in the bottom 20%, shade the '
     'entire row for me.',
     'BottomPercent({Lap Time (s)}, 20)', "rows", "by-header", "verse", "superlative"),
    ('Apply a fill to each Lap Time (s) cell that is higher than the average of the column in sheet '
     'BogSnorkellingSwims',
     'AboveAverage({Lap Time (s)})', "cells", "by-header", "annotator"),
    ("Given the BogSnorkellingSwims sheet, When a row's Entry (€) is below the column's average, Then "
     'its entire row is shaded',
     'BelowAverage({Entry (€)})', "rows", "by-header", "gherkin"),
    ('Roses are red, and rows can be too:\nwhen Snorkeller appears more than once in the column, turn '
     'that whole row blue.',
     'Duplicates({Snorkeller})', "rows", "by-header", "verse"),
    ('rows WHERE "Snorkeller" IN (SELECT "Snorkeller" FROM BogSnorkellingSwims GROUP BY "Snorkeller" '
     'HAVING COUNT(*) = 1): shade the entire row, and nothing else',
     'Unique({Snorkeller})', "rows", "by-header", "sql"),
    ('Roses are red and the grid is plain too;\nthe rows of the swims dated yesterday: make each whole '
     'row blue.',
     'Yesterday({Swim Date})', "rows", "by-meaning", "verse", "date"),
    ('Given the BogSnorkellingSwims sheet, When I look at the swims happening today, Then their whole '
     'rows are highlighted',
     'Today({Swim Date})', "rows", "by-meaning", "gherkin", "date"),
    ('p1ease sbade the entlre row for the\nswims coming up tomorrow',
     'Tomorrow({Swim Date})', "rows", "by-meaning", "ocr", "date", "typo"),
    ('How do I shade the whole rows of the swims dated in the last 7 days?',
     'Last7Days({Swim Date})', "rows", "by-meaning", "forum", "date"),
    ('Apply a fill to each Swim Date cell that is a date in last week in sheet BogSnorkellingSwims',
     'LastWeek({Swim Date})', "cells", "by-header", "annotator", "date"),
    ('Scenario: the swims dated this week\n  Given the BogSnorkellingSwims sheet\n  When a row is one of '
     'the swims dated this week\n  Then the whole row is highlighted',
     'ThisWeek({Swim Date})', "rows", "by-meaning", "gherkin", "date"),
    ('Roses are red and the grid is plain too;\nthe rows of the swims dated last month: make each whole '
     'row blue.',
     'LastMonth({Swim Date})', "rows", "by-meaning", "verse", "date"),
    ('Roses are red and the grid is plain too;\nif a Swim Date cell is a date in next month, paint only '
     'that cell blue.',
     'NextMonth({Swim Date})', "cells", "by-header", "verse", "date"),
    ('SELECT "Costume" FROM BogSnorkellingSwims WHERE "Costume" LIKE \'%al\' -- highlight just these '
     'cells',
     'TextEndsWith({Costume}, "al")', "cells", "by-header", "sql", "starts-ends"),
]

TABLES["WormCharmingPlots"] = _table("""
Plot ID | Charmer | Method | Charm Date | Worms Raised | Area (m²) | Soil Temp (°C) | Fee (£) | Music? | Judge Notes
WC-191 | Percy Lamb | Tapping | 2024-06-03 | 398 | 9.1 | 13.5 | 12.0 | Yes | ~
WC-136 | Mabel Finch | Twanging | 2024-06-17 | 83 | 6.3 | 9.5 | 16.5 | Yes | used a garden fork
WC-138 | Rosa Kemp | Tapping | 2024-06-28 | 180 | 10.9 | 14.3 | 20.0 | Yes | rain helped
WC-164 | Ernie Gale | Fiddling | 2024-05-15 | 126 | 8.3 | 18.6 | 18.0 | No | _
WC-135 | Dot Quayle | Tapping | 2024-07-09 | 185 | 11.7 | 17.1 | 8.0 | Yes | tried a trumpet
WC-158 | Cyril Bray | Fiddling | 2024-02-14 | 299 | 11.5 | 10.5 | 9.5 | Yes | record haul
WC-199 | Ernie Gale | Fiddling | 2024-06-14 | 95 | 9.9 | waived | 4.0 | No | dry patch
WC-134 | Mabel Finch | Tapping | 2024-06-21 | 147 | 10.1 | 16.9 | 10.5 | No | worms came fast
WC-109 | Edna Platt | Twanging | 2024-06-24 | 112 | 7.2 | 18.7 | 2.5 | Yes | disqualified spade
WC-168 | Wilf Harker | Twanging | 2024-05-31 | 291 | _ | 16.5 | 19.0 | Yes | slow start
WC-154 | Albert Moss | Watering | 2024-06-11 | 234 | 7.5 | 15.0 | #N/A | Yes | quiet technique
WC-193 | Vera Tuck | Watering | 2024-06-12 | 310 | 7.8 | 15.9 | 12.5 | No | used a drum
WC-181 | Stan Mercer | Twanging | 2024-06-13 | 155 | 8.9 | 12.4 | _ | Yes | kids helped
WC-192 | Ivy Hobbs | Watering | 2024-06-06 | 264 | 10.8 | 9.6 | 3.5 | No | soggy corner
""")

ENTRIES["WormCharmingPlots"] = [
    ('How do I highlight the cells in column E (Worms Raised) whose value is above 180?',
     'GreaterThan({Worms Raised}, 180)', "cells", "by-header", "forum"),
    ('Given the Worms Raised column of WormCharmingPlots, When a cell is less than 126 or greater than '
     '291, Then that cell is filled in colour and the rest of its row is not',
     'OR(LessThan({Worms Raised}, 126), GreaterThan({Worms Raised}, 291))', "cells", "by-header", "gherkin", "or"),
    ("Is there a way to highlight the rows for every plot marked 'Tapping' automatically?",
     'TextEquals({Method}, "Tapping")', "rows", "by-value", "forum"),
    ("Highlight\ntbe whole r0ws of the plots that aren't 'Tapping'",
     'NOT(TextEquals({Method}, "Tapping"))', "rows", "by-value", "ocr", "negation", "typo"),
    ("Highlight Judge Notes cells where the value contains 'used' in sheet WormCharmingPlots",
     'TextContains({Judge Notes}, "used")', "cells", "by-header", "annotator"),
    ('SELECT * FROM WormCharmingPlots WHERE "Judge Notes" NOT LIKE \'%used%\' -- highlight these rows',
     'TextNotContains({Judge Notes}, "used")', "rows", "by-header", "sql", "negation"),
    ("Scenario: Charmer rows\n  Given the WormCharmingPlots sheet\n  When Charmer begins with 'Pe'\n  "
     'Then the whole row is highlighted',
     'TextStartsWith({Charmer}, "Pe")', "rows", "by-header", "gherkin", "starts-ends"),
    ("How do I highlight the cells in column B (Charmer) whose value ends in 'mb'?",
     'TextEndsWith({Charmer}, "mb")', "cells", "by-header", "forum", "starts-ends"),
    ('Mark each Worms Raised cell that is among tbe 3 highest - only\nthose ce1ls',
     'Top({Worms Raised}, 3)', "cells", "by-header", "ocr", "superlative", "typo"),
    ('highlight tbe vvhole r0w whenever Worms Raised is one\nof the bottom 3 values',
     'Bottom({Worms Raised}, 3)', "rows", "by-header", "ocr", "superlative", "typo"),
    ('SELECT "Fee (£)" FROM WormCharmingPlots ORDER BY "Fee (£)" DESC FETCH FIRST 20 PERCENT ROWS WITH '
     'TIES -- highlight just those cells',
     'TopPercent({Fee (£)}, 20)', "cells", "by-header", "sql", "superlative"),
    ('Rnark each Worms Raised cell that falls in the lowest 20 percent - only those ce1ls',
     'BottomPercent({Worms Raised}, 20)', "cells", "by-header", "ocr", "superlative", "typo"),
    ('highlight whole rows WHERE "Worms Raised" > (SELECT AVG("Worms Raised") FROM WormCharmingPlots)',
     'AboveAverage({Worms Raised})', "rows", "by-header", "sql"),
    ('SELECT * FROM WormCharmingPlots WHERE "Fee (£)" < (SELECT AVG("Fee (£)") FROM WormCharmingPlots) '
     '-- highlight these rows',
     'BelowAverage({Fee (£)})', "rows", "by-header", "sql"),
    ('Shade entire rows wbere Charmer is repea-\nted elsewhere in the column',
     'Duplicates({Charmer})', "rows", "by-header", "ocr", "typo"),
    ('highlight whole rows WHERE "Charmer" IN (SELECT "Charmer" FROM WormCharmingPlots GROUP BY '
     '"Charmer" HAVING COUNT(*) = 1)',
     'Unique({Charmer})', "rows", "by-header", "sql"),
    ('I need column J (Judge Notes) to light up only in the cells where the value is left empty. Is that '
     'a conditional formatting thing?',
     'Blanks({Judge Notes})', "cells", "by-header", "forum"),
    ("Given the WormCharmingPlots sheet, When a row's Judge Notes has something filled in, Then its "
     'entire row is shaded',
     'NotBlanks({Judge Notes})', "rows", "by-header", "gherkin", "negation"),
    ('Highlight Fee (£) cells where the value shows an Excel error such as #N/A in sheet '
     'WormCharmingPlots',
     'Errors({Fee (£)})', "cells", "by-header", "annotator"),
    ('I need column H (Fee (£)) to light up only in the cells where the value holds no error value. Is '
     'that a conditional formatting thing?',
     'NotErrors({Fee (£)})', "cells", "by-header", "forum", "negation"),
    ('Add a colour scale to the Soil Temp (°C) column in sheet WormCharmingPlots',
     'ColorScale({Soil Temp (°C)})', "cells", "by-header", "annotator"),
    ('Forrnat tbe Soil Temp (°C) column with data bars',
     'DataBar({Soil Temp (°C)})', "cells", "by-header", "ocr", "typo"),
    ('Numbers in Soil Temp (°C), so plain and so grey -\ngive them a set of icons to brighten the day.',
     'IconSet({Soil Temp (°C)})', "cells", "by-header", "verse"),
    ("Apply a fill to each Charm Date cell that is yesterday's date in sheet WormCharmingPlots",
     'Yesterday({Charm Date})', "cells", "by-header", "annotator", "date"),
    ('Highlight Charm Date cells where the value falls on today in sheet WormCharmingPlots',
     'Today({Charm Date})', "cells", "by-header", "annotator", "date"),
    ("Oh spreadsheet dear, please hear my plea:\nwhere Charm Date is tomorrow's date, shade the entire "
     'row for me.',
     'Tomorrow({Charm Date})', "rows", "by-header", "verse", "date"),
    ('SELECT * FROM WormCharmingPlots WHERE "Charm Date" BETWEEN CURRENT_DATE - 6 AND CURRENT_DATE -- '
     'highlight these rows',
     'Last7Days({Charm Date})', "rows", "by-header", "sql", "date"),
    ("A rule for my sheet, if you'd be so kind:\nwhere a Charm Date cell is a date in last week, colour "
     'that cell - just that, never mind the row behind.',
     'LastWeek({Charm Date})', "cells", "by-header", "verse", "date"),
    ('Apply a fill to each Charm Date cell that falls in this week in sheet WormCharmingPlots',
     'ThisWeek({Charm Date})', "cells", "by-header", "annotator", "date"),
    ('5hade entire r0ws\nwhere Charm Date is a date in next vveek',
     'NextWeek({Charm Date})', "rows", "by-header", "ocr", "date", "typo"),
    ("Trying to shade entire rows where column D (Charm Date) falls in this month - what's the right "
     'rule?',
     'ThisMonth({Charm Date})', "rows", "by-header", "forum", "date"),
]

TABLES["DuckRaceTickets"] = _table("""
Duck No | Sponsor | River Leg | Race Date | Drift (min) | Ticket (A$) | Distance (m) | Prize (A$) | Recovered? | Notes
DK-130 | Zara Hunt | Lower | 2024-06-17 | 16.6 | 3.5 | 770 | 405 | No | stuck under the bridge
DK-155 | Pip Nolan | Estuary | 2024-06-28 | 45.7 | 16.0 | 835 | #VALUE! | Yes | flipped over
DK-124 | Bondi Bakery | Upper | 2024-05-15 | 58.2 | 9.0 | 1455 | 175 | Yes | caught in reeds
DK-172 | Rotary Club | Middle | 2024-07-09 | 49.9 | _ | 685 | 75 | Yes | fast current
DK-198 | Rotary Club | Upper | 2024-02-14 | 44.6 | 6.5 | 1270 | 320 | Yes | painted gold
DK-173 | Ollie Grey | Middle | 2024-06-14 | 50.4 | 10.5 | 860 | 80 | No | _
DK-188 | Max Tran | Estuary | 2024-06-21 | 54.7 | 15.5 | 1050 | 45 | No | nibbled by a swan
DK-113 | Lena Park | Lower | 2024-06-24 | 20.0 | 11.0 | 325 | 385 | No | drifted to the bank
DK-110 | Gum Tree Cafe | Middle | 2024-05-31 | 14.0 | 13.0 | 1275 | 350 | No | photo finish
DK-151 | Wattle Press | Lower | 2024-06-11 | 28.1 | 7.5 | 575 | 395 | No | ~
DK-119 | Zara Hunt | Estuary | 2024-06-12 | 15.1 | 2.0 | 1410 | 145 | No | rescued by a dog
DK-179 | Kiri Walsh | Middle | 2024-06-13 | 51.2 | 23.5 | lost | 110 | Yes | kept upright
DK-193 | Surf Lodge | Upper | 2024-06-06 | 47.6 | 21.5 | 320 | 195 | Yes | spun in an eddy
DK-109 | Harbour Kayaks | Upper | 2024-06-03 | 30.9 | 22.0 | 1010 | _ | No | sponsor cheered
""")

ENTRIES["DuckRaceTickets"] = [
    ('Scenario: Drift (min) check\n  Given the DuckRaceTickets sheet\n  When a Drift (min) value is '
     'above 45.7\n  Then that cell is highlighted',
     'GreaterThan({Drift (min)}, 45.7)', "cells", "by-header", "gherkin"),
    ("Given the DuckRaceTickets sheet, When a row's Drift (min) is 45.7 or more, Then its entire row is "
     'shaded',
     'GreaterThanEqual({Drift (min)}, 45.7)', "rows", "by-header", "gherkin", "boundary"),
    ("Trying to shade entire rows where column G (Distance (m)) is below 860 - what's the right rule?",
     'LessThan({Distance (m)}, 860)', "rows", "by-header", "forum"),
    ('p1ease highlight the Distance (m) cells where the va1ue is\nat most 860',
     'LessThanEqual({Distance (m)}, 860)', "cells", "by-header", "ocr", "boundary", "typo"),
    ('Highlight the entire row when Drift (min) is exactly 45.7 in sheet DuckRaceTickets',
     'Equals({Drift (min)}, 45.7)', "rows", "by-header", "annotator"),
    ('5hade entlre rows where Drift (min) is\nanything but 44.6',
     'NotEquals({Drift (min)}, 44.6)', "rows", "by-header", "ocr", "negation", "typo"),
    ('Highlight Distance (m) cells where the value lies from 685 to 1270, both ends included in sheet '
     'DuckRaceTickets',
     'Between({Distance (m)}, 685, 1270)', "cells", "by-header", "annotator", "boundary"),
    ('please hig-\nhlight the Drift (min) cells where the va1ue is\nnot between 20.0 and 50.4 '
     '(inclusive)',
     'NotBetween({Drift (min)}, 20, 50.4)', "cells", "by-header", "ocr", "boundary", "negation", "typo"),
    ('How do I highlight the cells in column E (Drift (min)) whose value is more than 20.0 but less than '
     '50.4?',
     'AND(GreaterThan({Drift (min)}, 20), LessThan({Drift (min)}, 50.4))', "cells", "by-header", "forum"),
    ('Rnark eacb Drift (min)\ncell that is one of tbe bottom 3 values - only those cells',
     'Bottom({Drift (min)}, 3)', "cells", "by-header", "ocr", "superlative", "typo"),
    ('How can I make the whole row go yellow when Prize (A$) in column H is in the top 20%?',
     'TopPercent({Prize (A$)}, 20)', "rows", "by-header", "forum", "superlative"),
    ('Highlight rows where Drift (min) is in the bottom 20% in sheet DuckRaceTickets',
     'BottomPercent({Drift (min)}, 20)', "rows", "by-header", "annotator", "superlative"),
    ('SELECT "Drift (min)" FROM DuckRaceTickets WHERE "Drift (min)" > (SELECT AVG("Drift (min)") FROM '
     'DuckRaceTickets) -- highlight just these cells',
     'AboveAverage({Drift (min)})', "cells", "by-header", "sql"),
    ('Apply a fill to each Prize (A$) cell that is lower than the average of the column in sheet '
     'DuckRaceTickets',
     'BelowAverage({Prize (A$)})', "cells", "by-header", "annotator"),
    ('Shade entire r0ws where Sponsor is repea-\nted elsewhere in the\ncolumn',
     'Duplicates({Sponsor})', "rows", "by-header", "ocr", "typo"),
    ('Mark each Sponsor cell that is not repeated any-\nwhere in the column - on1y those\nce1ls',
     'Unique({Sponsor})', "cells", "by-header", "ocr", "typo"),
    ('Highlight Notes cells where the value is blank in sheet DuckRaceTickets',
     'Blanks({Notes})', "cells", "by-header", "annotator"),
    ("Trying to shade entire rows where column J (Notes) is not blank - what's the right rule?",
     'NotBlanks({Notes})', "rows", "by-header", "forum", "negation"),
    ('Roses are red, and rows can be too:\nwhen Prize (A$) holds an error value, turn that whole row '
     'blue.',
     'Errors({Prize (A$)})', "rows", "by-header", "verse"),
    ('Roses are red and the grid is plain too;\nif a Prize (A$) cell holds no error value, paint only '
     'that cell blue.',
     'NotErrors({Prize (A$)})', "cells", "by-header", "verse", "negation"),
    ('Forrnat\nthe Distance (m) colurnn with a colour scale',
     'ColorScale({Distance (m)})', "cells", "by-header", "ocr", "typo"),
    ('SELECT "Distance (m)" FROM DuckRaceTickets -- show this column with in-cell data bars',
     'DataBar({Distance (m)})', "cells", "by-header", "sql"),
    ('Forrnat\ntbe Distance (m) colurnn with an icon set',
     'IconSet({Distance (m)})', "cells", "by-header", "ocr", "typo"),
    ("Mark eacb\nRace Date cell that is tomorrow's date - on1y those ce1ls",
     'Tomorrow({Race Date})', "cells", "by-header", "ocr", "date", "typo"),
    ('Highlight rows where Race Date is within the last seven days in sheet DuckRaceTickets',
     'Last7Days({Race Date})', "rows", "by-header", "annotator", "date"),
    ('please sbade tbe entire row for the ducks dated last week',
     'LastWeek({Race Date})', "rows", "by-meaning", "ocr", "date", "typo"),
    ("Given the DuckRaceTickets sheet, When a row's Race Date is a date in this week, Then its entire "
     'row is shaded',
     'ThisWeek({Race Date})', "rows", "by-header", "gherkin", "date"),
    ('Oh spreadsheet dear, please hear my plea:\nshade the whole rows of the ducks coming up next week '
     'for me.',
     'NextWeek({Race Date})', "rows", "by-meaning", "verse", "date"),
    ("Trying to shade entire rows where column D (Race Date) is a date in this month - what's the right "
     'rule?',
     'ThisMonth({Race Date})', "rows", "by-header", "forum", "date"),
    ('hig-\nhlight tbe vvhole row whenever Race Date\nfalls in last month',
     'LastMonth({Race Date})', "rows", "by-header", "ocr", "date", "typo"),
    ('How do I highlight the cells in column D (Race Date) whose value is a date in next month?',
     'NextMonth({Race Date})', "cells", "by-header", "forum", "date"),
]

TABLES["ScarecrowFestival"] = _table("""
Entry ID | Maker | Theme | Judging Date | Height (cm) | Straw (kg) | Votes | Prize (€) | Kids Entry? | Comments
SC-188 | Aoife Daly | Sport | 2024-06-28 | 210 | 8.3 | 33 | 170 | No | lovely hat
SC-103 | Sinead Tully | Film | 2024-05-15 | 176 | 8.9 | 377 | #REF! | No | straw poking out
SC-168 | Padraig Lowe | Farming | 2024-07-09 | 139 | 13.1 | 250 | 210 | No | blew over twice
SC-170 | Cormac Hynes | Music | 2024-02-14 | 187 | 2.5 | 63 | 125 | No | _
SC-192 | Fergal Nash | Film | 2024-06-14 | 251 | _ | 242 | 275 | Yes | clever pun
SC-164 | Roisin Mahon | Film | 2024-06-21 | 260 | 6.0 | tbc | 240 | Yes | best face
SC-102 | Eoin Clancy | Farming | 2024-06-24 | 241 | 3.3 | 81 | 85 | No | needs more straw
SC-123 | Orla Brennan | Sport | 2024-05-31 | 171 | 12.4 | 156 | 145 | No | painted boots
SC-199 | Aoife Daly | Sport | 2024-06-11 | 259 | 9.6 | 189 | _ | No | funny sign
SC-106 | Niamh Quirke | Music | 2024-06-12 | 245 | 10.6 | 234 | 70 | No | ~
SC-150 | Tadhg Burke | Music | 2024-06-13 | 152 | 8.2 | 263 | 35 | Yes | crows unimpressed
SC-181 | Grainne Kiely | Film | 2024-06-06 | 166 | 5.2 | 317 | 185 | No | school project
SC-194 | Declan Foy | Farming | 2024-06-03 | 134 | 14.8 | 258 | 245 | No | glowing eyes
SC-163 | Eoin Clancy | Farming | 2024-06-17 | 148 | 4.0 | 343 | 130 | No | very tall
""")

ENTRIES["ScarecrowFestival"] = [
    ('Highlight Height (cm) cells where the value is more than 176 in sheet ScarecrowFestival',
     'GreaterThan({Height (cm)}, 176)', "cells", "by-header", "annotator"),
    ('highlight the "Height (cm)" cells WHERE "Height (cm)" >= 176, only those cells',
     'GreaterThanEqual({Height (cm)}, 176)', "cells", "by-header", "sql", "boundary"),
    ('highlight whole rows WHERE "Votes" < 242',
     'LessThan({Votes}, 242)', "rows", "by-header", "sql"),
    ('hig-\nhlight the whole r0w whenever\nVotes is no more than 242',
     'LessThanEqual({Votes}, 242)', "rows", "by-header", "ocr", "boundary", "typo"),
    ('Scenario: Height (cm) rows\n  Given the ScarecrowFestival sheet\n  When Height (cm) equals 176\n  '
     'Then the whole row is highlighted',
     'Equals({Height (cm)}, 176)', "rows", "by-header", "gherkin"),
    ('How can I make the whole row go yellow when Height (cm) in column E is anything but 187?',
     'NotEquals({Height (cm)}, 187)', "rows", "by-header", "forum", "negation"),
    ('Highlight rows where Votes is between 156 and 263 inclusive in sheet ScarecrowFestival',
     'Between({Votes}, 156, 263)', "rows", "by-header", "annotator", "boundary"),
    ('Roses are red, and rows can be too:\nwhen Height (cm) is not between 152 and 245 (inclusive), turn '
     'that whole row blue.',
     'NotBetween({Height (cm)}, 152, 245)', "rows", "by-header", "verse", "boundary", "negation"),
    ('Shade entlre r0ws where Height (cm) is above 152 and below 245',
     'AND(GreaterThan({Height (cm)}, 152), LessThan({Height (cm)}, 245))', "rows", "by-header", "ocr", "typo"),
    ('hig-\nhlight tbe whole row whenever Height (cm) is\nless tban l52 or greater than 245',
     'OR(LessThan({Height (cm)}, 152), GreaterThan({Height (cm)}, 245))', "rows", "by-header", "ocr", "or", "typo"),
    ("please sbade tbe entire\nrow for every scarecrow marked 'Sport'",
     'TextEquals({Theme}, "Sport")', "rows", "by-value", "ocr", "typo"),
    ("HighIight tbe whole r0ws of every scarecrow other than the 'Sport' ones",
     'NOT(TextEquals({Theme}, "Sport"))', "rows", "by-value", "ocr", "negation", "typo"),
    ("Mark eacb Comments cell that contains 'lovely'\n- only those ce1ls",
     'TextContains({Comments}, "lovely")', "cells", "by-header", "ocr", "typo"),
    ('There once was a clerk with a sheet\nwho wanted her Comments cells neat:\nwhere the value has no '
     "'lovely' anywhere in it,\nshade just that cell, she cried,\nand leave every other cell discreet.",
     'TextNotContains({Comments}, "lovely")', "cells", "by-header", "verse", "negation"),
    ("highlight the whole r0w whenev-\ner Maker starts with 'Ao'",
     'TextStartsWith({Maker}, "Ao")', "rows", "by-header", "ocr", "starts-ends", "typo"),
    ("Roses are red, and rows can be too:\nwhen Maker ends with 'ly', turn that whole row blue.",
     'TextEndsWith({Maker}, "ly")', "rows", "by-header", "verse", "starts-ends"),
    ('Oh spreadsheet dear, please hear my plea:\nwhere Height (cm) is one of the top 3 values, shade the '
     'entire row for me.',
     'Top({Height (cm)}, 3)', "rows", "by-header", "verse", "superlative"),
    ('please hig-\nhlight the Comments cells where the va1ue\nis not blank',
     'NotBlanks({Comments})', "cells", "by-header", "ocr", "negation", "typo"),
    ('Mark each Prize (€) cell that holds an\nerr0r va1ue - on1y those cells',
     'Errors({Prize (€)})', "cells", "by-header", "ocr", "typo"),
    ('There once was a clerk with a sheet\nwho wanted her Prize (€) cells neat:\nwhere the value holds '
     'no error value,\nshade just that cell, she cried,\nand leave every other cell discreet.',
     'NotErrors({Prize (€)})', "cells", "by-header", "verse", "negation"),
    ('Scenario: Votes at a glance\n  Given the Votes column of ScarecrowFestival\n  Then it shows a '
     'color scale',
     'ColorScale({Votes})', "cells", "by-header", "gherkin"),
    ('Numbers in Votes, so plain and so grey -\ngive them in-cell data bars to brighten the day.',
     'DataBar({Votes})', "cells", "by-header", "verse"),
    ('SELECT "Votes" FROM ScarecrowFestival -- show this column with a set of icons',
     'IconSet({Votes})', "cells", "by-header", "sql"),
    ("Highlight the entire row when Judging Date is yesterday's date in sheet ScarecrowFestival",
     'Yesterday({Judging Date})', "rows", "by-header", "annotator", "date"),
    ("I need column D (Judging Date) to light up only in the cells where the value is today's date. Is "
     'that a conditional formatting thing?',
     'Today({Judging Date})', "cells", "by-header", "forum", "date"),
    ('Scenario: Judging Date check\n  Given the ScarecrowFestival sheet\n  When a Judging Date value '
     'falls in last week\n  Then that cell is highlighted',
     'LastWeek({Judging Date})', "cells", "by-header", "gherkin", "date"),
    ('How do I highlight the cells in column D (Judging Date) whose value is a date in this week?',
     'ThisWeek({Judging Date})', "cells", "by-header", "forum", "date"),
    ('Highlight Judging Date cells where the value falls in next week in sheet ScarecrowFestival',
     'NextWeek({Judging Date})', "cells", "by-header", "annotator", "date"),
    ('Highlight\ntbe vvhole rows of the scarecrows dat-\ned this month',
     'ThisMonth({Judging Date})', "rows", "by-meaning", "ocr", "date", "typo"),
    ('Highlight rows where Judging Date falls in last month in sheet ScarecrowFestival',
     'LastMonth({Judging Date})', "rows", "by-header", "annotator", "date"),
    ('Highlight rows where Judging Date falls in next month in sheet ScarecrowFestival',
     'NextMonth({Judging Date})', "rows", "by-header", "annotator", "date"),
    ("Apply a fill to each Theme cell that ends in 'rt' in sheet ScarecrowFestival",
     'TextEndsWith({Theme}, "rt")', "cells", "by-header", "annotator", "starts-ends"),
]

TABLES["WoodturningCommissions"] = _table("""
Job No | Client | Timber | Due Date | Diameter (mm) | Lathe Hours | Price (CAD) | Deposit (CAD) | Finished? | Notes
WT-163 | Ravi Joshi | Maple | 2024-05-15 | 388 | 14.75 | 275 | 105 | No | bowl with live edge
WT-165 | Jonas Beck | Cherry | 2024-07-09 | 194 | 13.75 | 100 | 235 | No | matching pair
WT-177 | Ada Whitfield | Ash | 2024-02-14 | 98 | 2.25 | 495 | 35 | No | crack near the rim
WT-196 | Marcel Roy | Walnut | 2024-06-14 | 376 | 9.50 | 195 | 40 | No | oil finish
WT-195 | Luc Gagnon | Cherry | 2024-06-21 | 378 | 6.00 | 105 | _ | Yes | gift for a wedding
WT-120 | Priya Menon | Cherry | 2024-06-24 | 360 | 3.25 | 350 | 220 | No | spindles for stairs
WT-199 | Jonas Beck | Walnut | 2024-05-31 | 344 | 8.00 | 675 | 230 | Yes | ~
WT-119 | Moe Haddad | Walnut | 2024-06-11 | 62 | 1.75 | 575 | 195 | No | rush order
WT-123 | Celine Dube | Walnut | 2024-06-12 | 426 | 13.25 | 225 | #NAME? | Yes | pen blanks
WT-116 | Hana Sato | Maple | 2024-06-13 | 358 | _ | 115 | 20 | Yes | client supplied wood
WT-149 | Greta Voss | Ash | 2024-06-06 | 294 | 4.75 | 645 | 10 | No | _
WT-103 | Owen Tate | Ash | 2024-06-03 | 198 | 19.00 | 90 | 240 | Yes | hollow form
WT-126 | Greta Voss | Maple | 2024-06-17 | 232 | 11.00 | quote | 270 | Yes | burl inlay
WT-117 | June Park | Maple | 2024-06-28 | 400 | 19.50 | 600 | 90 | Yes | needs sanding
""")

ENTRIES["WoodturningCommissions"] = [
    ('hig-\nhlight the whole row whenever Price (CAD) is 1ess\nthan 275',
     'LessThan({Price (CAD)}, 275)', "rows", "by-header", "ocr", "typo"),
    ('Highlight Price (CAD) cells where the value is no more than 275 in sheet WoodturningCommissions',
     'LessThanEqual({Price (CAD)}, 275)', "cells", "by-header", "annotator", "boundary"),
    ('How do I highlight the cells in column E (Diameter (mm)) whose value equals 344?',
     'Equals({Diameter (mm)}, 344)', "cells", "by-header", "forum"),
    ('Shade entlre rows wbere Diameter (mm) does not equal 344',
     'NotEquals({Diameter (mm)}, 344)', "rows", "by-header", "ocr", "negation", "typo"),
    ('highlight tbe vvhole row whenever Price (CAD) lies from l15 to 575, both ends\nincluded',
     'Between({Price (CAD)}, 115, 575)', "rows", "by-header", "ocr", "boundary", "typo"),
    ('Highlight the entire row when Diameter (mm) falls outside 198 to 378, where 198 and 378 themselves '
     'count as inside in sheet WoodturningCommissions',
     'NotBetween({Diameter (mm)}, 198, 378)', "rows", "by-header", "annotator", "boundary", "negation"),
    ('SELECT "Diameter (mm)" FROM WoodturningCommissions WHERE "Diameter (mm)" > 198 AND "Diameter (mm)" '
     '< 378 -- highlight just these cells',
     'AND(GreaterThan({Diameter (mm)}, 198), LessThan({Diameter (mm)}, 378))', "cells", "by-header", "sql"),
    ('hig-\nhlight the whole r0w whenever Diameter (mm) is below l98 or\nabove 378',
     'OR(LessThan({Diameter (mm)}, 198), GreaterThan({Diameter (mm)}, 378))', "rows", "by-header", "ocr", "or", "typo"),
    ("HighIight tbe whole r0ws of every commission\nmarked 'Maple'",
     'TextEquals({Timber}, "Maple")', "rows", "by-value", "ocr", "typo"),
    ("Roses are red and the grid is plain too;\nif a Timber cell is anything other than 'Maple', paint "
     'only that cell blue.',
     'NOT(TextEquals({Timber}, "Maple"))', "cells", "by-header", "verse", "negation"),
    ("Trying to shade entire rows where column J (Notes) has 'bowl' somewhere in it - what's the right "
     'rule?',
     'TextContains({Notes}, "bowl")', "rows", "by-header", "forum"),
    ("I need column J (Notes) to light up only in the cells where the value has no 'bowl' anywhere in "
     'it. Is that a conditional formatting thing?',
     'TextNotContains({Notes}, "bowl")', "cells", "by-header", "forum", "negation"),
    ('SELECT "Client" FROM WoodturningCommissions WHERE "Client" LIKE \'Ra%\' -- highlight just these '
     'cells',
     'TextStartsWith({Client}, "Ra")', "cells", "by-header", "sql", "starts-ends"),
    ("Highlight Client cells where the value ends in 'hi' in sheet WoodturningCommissions",
     'TextEndsWith({Client}, "hi")', "cells", "by-header", "annotator", "starts-ends"),
    ('Given the Diameter (mm) column of WoodturningCommissions, When a cell is one of the top 3 values, '
     'Then that cell is filled in colour and the rest of its row is not',
     'Top({Diameter (mm)}, 3)', "cells", "by-header", "gherkin", "superlative"),
    ('highlight the vvhole row whenev-\ner Diameter (mm) is one of the bottom 3 values',
     'Bottom({Diameter (mm)}, 3)', "rows", "by-header", "ocr", "superlative", "typo"),
    ('Mark\neacb Deposit (CAD) cell that is in tbe top 20% - only those cells',
     'TopPercent({Deposit (CAD)}, 20)', "cells", "by-header", "ocr", "superlative", "typo"),
    ('SELECT * FROM WoodturningCommissions ORDER BY "Diameter (mm)" ASC FETCH FIRST 25 PERCENT ROWS WITH '
     'TIES -- highlight these rows',
     'BottomPercent({Diameter (mm)}, 25)', "rows", "by-header", "sql", "superlative"),
    ('I need column E (Diameter (mm)) to light up only in the cells where the value is above the '
     "column's average. Is that a conditional formatting thing?",
     'AboveAverage({Diameter (mm)})', "cells", "by-header", "forum"),
    ("How can I make the whole row go yellow when Deposit (CAD) in column H is below the column's "
     'average?',
     'BelowAverage({Deposit (CAD)})', "rows", "by-header", "forum"),
    ('rows WHERE "Client" IN (SELECT "Client" FROM WoodturningCommissions GROUP BY "Client" HAVING '
     'COUNT(*) > 1): shade the entire row, and nothing else',
     'Duplicates({Client})', "rows", "by-header", "sql"),
    ('Roses are red, and rows can be too:\nwhen Client is not repeated anywhere in the column, turn that '
     'whole row blue.',
     'Unique({Client})', "rows", "by-header", "verse"),
    ('Highlight the entire row when Notes is left empty in sheet WoodturningCommissions',
     'Blanks({Notes})', "rows", "by-header", "annotator"),
    ('p1ease sbade the entire\nrow for the commissions dated yesterday',
     'Yesterday({Due Date})', "rows", "by-meaning", "ocr", "date", "typo"),
    ('SELECT * FROM WoodturningCommissions WHERE "Due Date" = CURRENT_DATE -- highlight these rows',
     'Today({Due Date})', "rows", "by-header", "sql", "date"),
    ('SELECT * FROM WoodturningCommissions WHERE "Due Date" = CURRENT_DATE + 1 -- highlight these rows',
     'Tomorrow({Due Date})', "rows", "by-header", "sql", "date"),
    ('Highlight rows where Due Date is within the last seven days in sheet WoodturningCommissions',
     'Last7Days({Due Date})', "rows", "by-header", "annotator", "date"),
    ('highlight the "Due Date" cells WHERE "Due Date" is in next week (Sunday to Saturday), only those '
     'cells',
     'NextWeek({Due Date})', "cells", "by-header", "sql", "date"),
    ('Roses are red and the grid is plain too;\nthe rows of the commissions dated this month: make each '
     'whole row blue.',
     'ThisMonth({Due Date})', "rows", "by-meaning", "verse", "date"),
    ('Highlight rows for the commissions dated last month in sheet WoodturningCommissions',
     'LastMonth({Due Date})', "rows", "by-meaning", "annotator", "date"),
    ('Given the WoodturningCommissions sheet, When I look at the commissions dated next month, Then '
     'their whole rows are highlighted',
     'NextMonth({Due Date})', "rows", "by-meaning", "gherkin", "date"),
    ('Scenario: Timber check\n  Given the WoodturningCommissions sheet\n  When a Timber value ends in '
     "'le'\n  Then that cell is highlighted",
     'TextEndsWith({Timber}, "le")', "cells", "by-header", "gherkin", "starts-ends"),
]

TABLES["CeilidhBookings"] = _table("""
Booking Ref | Organiser | Venue Kind | Dance Date | Guests | Band Fee (£) | Floor (m²) | Caller (£) | Bar? | Set Notes
CB-109 | Murdo Innes | Wedding | 2024-07-09 | 260 | 1070 | 376 | #N/A | No | strip the willow twice
CB-130 | Murdo Innes | Village Hall | 2024-02-14 | 255 | 510 | 378 | 90 | Yes | gay gordons first
CB-174 | Catriona Hay | Wedding | 2024-06-14 | 152 | 700 | 294 | 230 | Yes | no reels please
CB-175 | Eilidh Ross | Village Hall | 2024-06-21 | 86 | 940 | 270 | 195 | No | slow waltz at the end
CB-138 | Shona Rae | Barn | 2024-06-24 | 87 | 1180 | 304 | 115 | No | piper for the entrance
CB-176 | Lachlan Shaw | Hotel | 2024-05-31 | 74 | 550 | 90 | 130 | No | dashing white sergeant
CB-192 | Struan Bell | Barn | 2024-06-11 | 130 | 1370 | 398 | _ | No | kids dances early
CB-125 | Iona Currie | Wedding | 2024-06-12 | 227 | 690 | 172 | 100 | Yes | birthday surprise
CB-189 | Moira Lennox | Hotel | 2024-06-13 | 162 | 870 | 96 | 190 | No | ~
CB-168 | Eilidh Ross | Hotel | 2024-06-06 | 49 | 1570 | free | 55 | Yes | short second set
CB-152 | Mhairi Gunn | Barn | 2024-06-03 | 210 | 1080 | 74 | 240 | No | _
CB-167 | Torquil Nairn | Village Hall | 2024-06-17 | 247 | 1060 | 382 | 165 | Yes | extra fiddle
CB-159 | Graham Tait | Wedding | 2024-06-28 | 98 | 1100 | 84 | 235 | Yes | dance walkthroughs
CB-132 | Finlay Dow | Village Hall | 2024-05-15 | 182 | _ | 396 | 50 | No | finish by eleven
""")

ENTRIES["CeilidhBookings"] = [
    ('Scenario: Guests rows\n  Given the CeilidhBookings sheet\n  When Guests is above 152\n  Then the '
     'whole row is highlighted',
     'GreaterThan({Guests}, 152)', "rows", "by-header", "gherkin"),
    ('Rnark each Guests\ncell that is at least l52 - on1y those ce1ls',
     'GreaterThanEqual({Guests}, 152)', "cells", "by-header", "ocr", "boundary", "typo"),
    ("Highlight the whole row of the 'Wedding' bookings in sheet CeilidhBookings",
     'TextEquals({Venue Kind}, "Wedding")', "rows", "by-value", "annotator"),
    ("Highlight rows for the bookings that aren't 'Wedding' in sheet CeilidhBookings",
     'NOT(TextEquals({Venue Kind}, "Wedding"))', "rows", "by-value", "annotator", "negation"),
    ("Oh spreadsheet dear, please hear my plea:\nwhere Set Notes has 'strip' somewhere in it, shade the "
     'entire row for me.',
     'TextContains({Set Notes}, "strip")', "rows", "by-header", "verse"),
    ("How can I make the whole row go yellow when Set Notes in column J does not contain 'gordons'?",
     'TextNotContains({Set Notes}, "gordons")', "rows", "by-header", "forum", "negation"),
    ("Roses are red, and rows can be too:\nwhen Organiser starts with 'Mu', turn that whole row blue.",
     'TextStartsWith({Organiser}, "Mu")', "rows", "by-header", "verse", "starts-ends"),
    ('Scenario: Organiser check\n  Given the CeilidhBookings sheet\n  When a Organiser value ends in '
     "'es'\n  Then that cell is highlighted",
     'TextEndsWith({Organiser}, "es")', "cells", "by-header", "gherkin", "starts-ends"),
    ('SELECT * FROM CeilidhBookings ORDER BY "Guests" DESC FETCH FIRST 3 ROWS WITH TIES; highlight the '
     'whole rows this returns',
     'Top({Guests}, 3)', "rows", "by-header", "sql", "superlative"),
    ('hig-\nhlight tbe whole row whenever Guests is one of the\nbottom 3 values',
     'Bottom({Guests}, 3)', "rows", "by-header", "ocr", "superlative", "typo"),
    ('SELECT "Caller (£)" FROM CeilidhBookings ORDER BY "Caller (£)" DESC FETCH FIRST 20 PERCENT ROWS '
     'WITH TIES -- highlight just those cells',
     'TopPercent({Caller (£)}, 20)', "cells", "by-header", "sql", "superlative"),
    ('There once was a sheet full of rows,\nand here is the rule that it knows:\nwhen Guests is in the '
     "bottom 20%,\nthe whole row is dyed -\nthat's how the highlighting goes.",
     'BottomPercent({Guests}, 20)', "rows", "by-header", "verse", "superlative"),
    ('Roses are red and the grid is plain too;\nif a Guests cell is higher than the average of the '
     'column, paint only that cell blue.',
     'AboveAverage({Guests})', "cells", "by-header", "verse"),
    ('hig-\nhlight the vvhole row whenever Caller (£) is lower than the\naverage of the colurnn',
     'BelowAverage({Caller (£)})', "rows", "by-header", "ocr", "typo"),
    ('Roses are red, and rows can be too:\nwhen Organiser appears more than once in the column, turn '
     'that whole row blue.',
     'Duplicates({Organiser})', "rows", "by-header", "verse"),
    ('Roses are red, and rows can be too:\nwhen Organiser appears only once in the column, turn that '
     'whole row blue.',
     'Unique({Organiser})', "rows", "by-header", "verse"),
    ('highlight the "Set Notes" cells WHERE "Set Notes" IS NULL OR TRIM("Set Notes") = \'\', only those '
     'cells',
     'Blanks({Set Notes})', "cells", "by-header", "sql"),
    ('5hade entire r0ws where Set Notes\nis not b1ank',
     'NotBlanks({Set Notes})', "rows", "by-header", "ocr", "negation", "typo"),
    ("Given the CeilidhBookings sheet, When a row's Caller (£) holds an error value, Then its entire row "
     'is shaded',
     'Errors({Caller (£)})', "rows", "by-header", "gherkin"),
    ('highlight whole rows WHERE NOT ISERROR("Caller (£)")',
     'NotErrors({Caller (£)})', "rows", "by-header", "sql", "negation"),
    ('How do I show Floor (m²) (column G) with a colour scale?',
     'ColorScale({Floor (m²)})', "cells", "by-header", "forum"),
    ('Scenario: Floor (m²) at a glance\n  Given the Floor (m²) column of CeilidhBookings\n  Then it '
     'shows data bars',
     'DataBar({Floor (m²)})', "cells", "by-header", "gherkin"),
    ('Forrnat tbe Floor (m²) column with an icon set',
     'IconSet({Floor (m²)})', "cells", "by-header", "ocr", "typo"),
    ('SELECT * FROM CeilidhBookings WHERE "Dance Date" = CURRENT_DATE - 1 -- highlight these rows',
     'Yesterday({Dance Date})', "rows", "by-header", "sql", "date"),
    ("highlight tbe vvhole r0w whenever Dance Date is\ntoday's date",
     'Today({Dance Date})', "rows", "by-header", "ocr", "date", "typo"),
    ("Apply a fill to each Dance Date cell that is tomorrow's date in sheet CeilidhBookings",
     'Tomorrow({Dance Date})', "cells", "by-header", "annotator", "date"),
    ('Scenario: Dance Date rows\n  Given the CeilidhBookings sheet\n  When Dance Date falls in the last '
     '7 days\n  Then the whole row is highlighted',
     'Last7Days({Dance Date})', "rows", "by-header", "gherkin", "date"),
    ('hig-\nhlight tbe vvhole row whenever Dance Date falls in last week',
     'LastWeek({Dance Date})', "rows", "by-header", "ocr", "date", "typo"),
    ('Highlight rows for the bookings dated this week in sheet CeilidhBookings',
     'ThisWeek({Dance Date})', "rows", "by-meaning", "annotator", "date"),
    ('hig-\nhlight the whole r0w whenever Dance Date falls in\nlast rnonth',
     'LastMonth({Dance Date})', "rows", "by-header", "ocr", "date", "typo"),
    ('How can I make the whole row go yellow when Dance Date in column D falls in next month?',
     'NextMonth({Dance Date})', "rows", "by-header", "forum", "date"),
    ("Given the CeilidhBookings sheet, When a row's Venue Kind ends with 'ng', Then its entire row is "
     'shaded',
     'TextEndsWith({Venue Kind}, "ng")', "rows", "by-header", "gherkin", "starts-ends"),
]

TABLES["JoustingTourneys"] = _table("""
Bout ID | Knight | Armour | Bout Date | Lance (ft) | Horse (hh) | Points | Purse (€) | Unhorsed? | Herald Notes
JT-116 | Sir Bertrand | Tudor | 2024-02-14 | 9.30 | 14.55 | 53 | 1650 | Yes | ~
JT-149 | Dame Blanche | Gothic | 2024-06-14 | 10.30 | 15.25 | 15 | 1175 | Yes | lance shattered
JT-142 | Dame Isolde | Gothic | 2024-06-21 | 12.35 | 15.90 | 45 | 750 | No | clean strike
JT-160 | Sir Aldric | Norman | 2024-06-24 | 9.65 | _ | 28 | 1975 | Yes | horse shied
JT-117 | Dame Maud | Norman | 2024-05-31 | 13.10 | 15.45 | 51 | _ | No | crowd roared
JT-128 | Dame Agnes | Milanese | 2024-06-11 | 10.65 | 17.95 | 19 | 1350 | No | shield dented
JT-198 | Sir Bertrand | Gothic | 2024-06-12 | 11.15 | 17.05 | 40 | 1575 | No | _
JT-134 | Sir Godfrey | Tudor | 2024-06-13 | 9.10 | 17.90 | 48 | 375 | Yes | broken strap
JT-189 | Dame Elspeth | Gothic | 2024-06-06 | 13.70 | 16.90 | 43 | 1775 | Yes | glancing blow
JT-170 | Dame Rowena | Milanese | 2024-06-03 | 11.45 | 14.75 | 14 | #DIV/0! | No | saluted the queen
JT-150 | Sir Tristan | Milanese | 2024-06-17 | 10.05 | 14.40 | forfeit | 1500 | Yes | helmet loose
JT-138 | Sir Percival | Norman | 2024-06-28 | 9.40 | 16.70 | 6 | 1400 | No | perfect run
JT-180 | Dame Maud | Milanese | 2024-05-15 | 12.70 | 15.00 | 24 | 1450 | No | rain on the lists
JT-192 | Sir Cedric | Tudor | 2024-07-09 | 11.25 | 17.85 | 23 | 1000 | Yes | new squire
""")

ENTRIES["JoustingTourneys"] = [
    ('rows WHERE "Lance (ft)" > 10.65: shade the entire row, and nothing else',
     'GreaterThan({Lance (ft)}, 10.65)', "rows", "by-header", "sql"),
    ('rows WHERE "Lance (ft)" >= 10.65: shade the entire row, and nothing else',
     'GreaterThanEqual({Lance (ft)}, 10.65)', "rows", "by-header", "sql", "boundary"),
    ('Rnark eacb Points cell that is under 28 - only those\nce1ls',
     'LessThan({Points}, 28)', "cells", "by-header", "ocr", "typo"),
    ('highIight tbe whole row whenever Points is at most 28',
     'LessThanEqual({Points}, 28)', "rows", "by-header", "ocr", "boundary", "typo"),
    ('Rnark eacb Lance (ft) cell that equals\nl0.65 - only those ce1ls',
     'Equals({Lance (ft)}, 10.65)', "cells", "by-header", "ocr", "typo"),
    ('Given the Lance (ft) column of JoustingTourneys, When a cell does not equal 10.65, Then that cell '
     'is filled in colour and the rest of its row is not',
     'NotEquals({Lance (ft)}, 10.65)', "cells", "by-header", "gherkin", "negation"),
    ('highlight the "Points" cells WHERE "Points" BETWEEN 19 AND 45, only those cells',
     'Between({Points}, 19, 45)', "cells", "by-header", "sql", "boundary"),
    ('Apply a fill to each Lance (ft) cell that is not between 9.65 and 12.35 (inclusive) in sheet '
     'JoustingTourneys',
     'NotBetween({Lance (ft)}, 9.65, 12.35)', "cells", "by-header", "annotator", "boundary", "negation"),
    ("Given the JoustingTourneys sheet, When a row's Lance (ft) is more than 9.65 but less than 12.35, "
     'Then its entire row is shaded',
     'AND(GreaterThan({Lance (ft)}, 9.65), LessThan({Lance (ft)}, 12.35))', "rows", "by-header", "gherkin"),
    ('Highlight rows where Lance (ft) is less than 9.65 or greater than 12.35 in sheet JoustingTourneys',
     'OR(LessThan({Lance (ft)}, 9.65), GreaterThan({Lance (ft)}, 12.35))', "rows", "by-header", "annotator", "or"),
    ('SELECT "Purse (€)" FROM JoustingTourneys ORDER BY "Purse (€)" DESC FETCH FIRST 20 PERCENT ROWS '
     'WITH TIES -- highlight just those cells',
     'TopPercent({Purse (€)}, 20)', "cells", "by-header", "sql", "superlative"),
    ('SELECT * FROM JoustingTourneys ORDER BY "Lance (ft)" ASC FETCH FIRST 20 PERCENT ROWS WITH TIES -- '
     'highlight these rows',
     'BottomPercent({Lance (ft)}, 20)', "rows", "by-header", "sql", "superlative"),
    ('highlight the "Lance (ft)" cells WHERE "Lance (ft)" > (SELECT AVG("Lance (ft)") FROM '
     'JoustingTourneys), only those cells',
     'AboveAverage({Lance (ft)})', "cells", "by-header", "sql"),
    ("Mark each Purse (€) cell that\nis below tbe column's aver-\nage - only those ce1ls",
     'BelowAverage({Purse (€)})', "cells", "by-header", "ocr", "typo"),
    ('I need column B (Knight) to light up only in the cells where the value appears more than once in '
     'the column. Is that a conditional formatting thing?',
     'Duplicates({Knight})', "cells", "by-header", "forum"),
    ('How can I make the whole row go yellow when Knight in column B is not repeated anywhere in the '
     'column?',
     'Unique({Knight})', "rows", "by-header", "forum"),
    ('highlight the "Herald Notes" cells WHERE "Herald Notes" IS NULL OR TRIM("Herald Notes") = \'\', '
     'only those cells',
     'Blanks({Herald Notes})', "cells", "by-header", "sql"),
    ('Roses are red and the grid is plain too;\nif a Herald Notes cell is not blank, paint only that '
     'cell blue.',
     'NotBlanks({Herald Notes})', "cells", "by-header", "verse", "negation"),
    ("Trying to shade entire rows where column H (Purse (€)) holds an error value - what's the right "
     'rule?',
     'Errors({Purse (€)})', "rows", "by-header", "forum"),
    ('How do I highlight the cells in column H (Purse (€)) whose value holds no error value?',
     'NotErrors({Purse (€)})', "cells", "by-header", "forum", "negation"),
    ('Apply a color scale to Points in sheet JoustingTourneys',
     'ColorScale({Points})', "cells", "by-header", "annotator"),
    ('SELECT "Points" FROM JoustingTourneys -- show this column with in-cell data bars',
     'DataBar({Points})', "cells", "by-header", "sql"),
    ('Add an icon set to the Points column in sheet JoustingTourneys',
     'IconSet({Points})', "cells", "by-header", "annotator"),
    ('There once was a sheet full of rows,\nand here is the rule that it knows:\nwhen Bout Date is '
     "yesterday's date,\nthe whole row is dyed -\nthat's how the highlighting goes.",
     'Yesterday({Bout Date})', "rows", "by-header", "verse", "date"),
    ('Is there a way to highlight the rows for the bouts dated today automatically?',
     'Today({Bout Date})', "rows", "by-meaning", "forum", "date"),
    ('Given the JoustingTourneys sheet, When I look at the bouts coming up tomorrow, Then their whole '
     'rows are highlighted',
     'Tomorrow({Bout Date})', "rows", "by-meaning", "gherkin", "date"),
    ('Oh spreadsheet dear, please hear my plea:\nshade the whole rows of the bouts dated in the last 7 '
     'days for me.',
     'Last7Days({Bout Date})', "rows", "by-meaning", "verse", "date"),
    ('p1ease shade tbe\nentlre row for the bouts dated last week',
     'LastWeek({Bout Date})', "rows", "by-meaning", "ocr", "date", "typo"),
    ('Roses are red, and rows can be too:\nwhen Bout Date is a date in this week, turn that whole row '
     'blue.',
     'ThisWeek({Bout Date})', "rows", "by-header", "verse", "date"),
    ("Given the JoustingTourneys sheet, When a row's Bout Date is a date in next week, Then its entire "
     'row is shaded',
     'NextWeek({Bout Date})', "rows", "by-header", "gherkin", "date"),
    ('I need column D (Bout Date) to light up only in the cells where the value falls in this month. Is '
     'that a conditional formatting thing?',
     'ThisMonth({Bout Date})', "cells", "by-header", "forum", "date"),
]

TABLES["StoneSkimmingThrows"] = _table("""
Throw ID | Skimmer | Age Group | Throw Date | Skips | Distance (m) | Stone (g) | Entry (DKK) | Left-Handed? | Notes
SK-138 | Anton Friis | Adult | 2024-06-14 | 25 | 26.0 | 75 | 130 | No | flat calm water
SK-109 | Anton Friis | Adult | 2024-06-21 | 56 | 79.4 | 229 | 70 | No | stone sank early
SK-194 | Ida Berg | Teen | 2024-06-24 | 52 | 12.7 | 131 | 140 | Yes | wind from the sea
SK-151 | Ida Berg | Veteran | 2024-05-31 | 71 | 46.4 | lost | 35 | No | perfect flat stone
SK-105 | Signe Krog | Under 12 | 2024-06-11 | 76 | 60.7 | 47 | _ | No | big wave
SK-143 | Kasper Vik | Teen | 2024-06-12 | 49 | 58.3 | 210 | 65 | Yes | skipped past the buoy
SK-189 | Freya Holt | Under 12 | 2024-06-13 | 5 | 25.9 | 224 | 115 | Yes | wet sleeves
SK-153 | Karen Bech | Teen | 2024-06-06 | 75 | 20.9 | 234 | 85 | Yes | second attempt
SK-190 | Magnus Lund | Under 12 | 2024-06-03 | 8 | _ | 175 | 20 | Yes | practice throw
SK-113 | Astrid Moe | Under 12 | 2024-06-17 | 60 | 20.7 | 231 | 95 | No | ~
SK-179 | Emil Juhl | Teen | 2024-06-28 | 28 | 79.9 | 44 | 105 | Yes | hit a rock
SK-102 | Jonas Kjaer | Veteran | 2024-05-15 | 59 | 33.8 | 114 | 45 | Yes | beautiful arc
SK-195 | Rasmus Bro | Adult | 2024-07-09 | 53 | 37.3 | 77 | 135 | No | _
SK-137 | Lotte Dam | Veteran | 2024-02-14 | 13 | 50.6 | 88 | #NUM! | No | record for the beach
""")

ENTRIES["StoneSkimmingThrows"] = [
    ('Highlight rows where Skips is more than 52 in sheet StoneSkimmingThrows',
     'GreaterThan({Skips}, 52)', "rows", "by-header", "annotator"),
    ('Roses are red and the grid is plain too;\nif a Skips cell is no less than 52, paint only that cell '
     'blue.',
     'GreaterThanEqual({Skips}, 52)', "cells", "by-header", "verse", "boundary"),
    ('please hig-\nhlight tbe Stone (g) cells wbere the value is under\nl31',
     'LessThan({Stone (g)}, 131)', "cells", "by-header", "ocr", "typo"),
    ('Highlight rows where Stone (g) is 131 or less in sheet StoneSkimmingThrows',
     'LessThanEqual({Stone (g)}, 131)', "rows", "by-header", "annotator", "boundary"),
    ('Highlight Skips cells where the value equals 52 in sheet StoneSkimmingThrows',
     'Equals({Skips}, 52)', "cells", "by-header", "annotator"),
    ("Trying to shade entire rows where column E (Skips) is anything but 52 - what's the right rule?",
     'NotEquals({Skips}, 52)', "rows", "by-header", "forum", "negation"),
    ('Trying to shade entire rows where column G (Stone (g)) lies from 77 to 224, both ends included - '
     "what's the right rule?",
     'Between({Stone (g)}, 77, 224)', "rows", "by-header", "forum", "boundary"),
    ('How do I highlight the cells in column E (Skips) whose value is not between 25 and 60 (inclusive)?',
     'NotBetween({Skips}, 25, 60)', "cells", "by-header", "forum", "boundary", "negation"),
    ('Apply a fill to each Skips cell that is above 25 and below 60 in sheet StoneSkimmingThrows',
     'AND(GreaterThan({Skips}, 25), LessThan({Skips}, 60))', "cells", "by-header", "annotator"),
    ('Highlight the entire row when Skips is less than 25 or greater than 60 in sheet '
     'StoneSkimmingThrows',
     'OR(LessThan({Skips}, 25), GreaterThan({Skips}, 60))', "rows", "by-header", "annotator", "or"),
    ("5hade entlre\nr0ws where Age Group is exactly 'Adult'",
     'TextEquals({Age Group}, "Adult")', "rows", "by-header", "ocr", "typo"),
    ("Scenario: every throw other than the 'Adult' ones\n  Given the StoneSkimmingThrows sheet\n  When a "
     "row is one of every throw other than the 'Adult' ones\n  Then the whole row is highlighted",
     'NOT(TextEquals({Age Group}, "Adult"))', "rows", "by-value", "gherkin", "negation"),
    ("Apply a fill to each Notes cell that contains 'flat' in sheet StoneSkimmingThrows",
     'TextContains({Notes}, "flat")', "cells", "by-header", "annotator"),
    ("A rule for my sheet, if you'd be so kind:\nwhere a Notes cell has no 'flat' anywhere in it, colour "
     'that cell - just that, never mind the row behind.',
     'TextNotContains({Notes}, "flat")', "cells", "by-header", "verse", "negation"),
    ("How do I highlight the cells in column B (Skimmer) whose value starts with 'An'?",
     'TextStartsWith({Skimmer}, "An")', "cells", "by-header", "forum", "starts-ends"),
    ('highlight whole rows WHERE "Skimmer" LIKE \'%is\'',
     'TextEndsWith({Skimmer}, "is")', "rows", "by-header", "sql", "starts-ends"),
    ('hig-\nhlight tbe vvhole row whenever Skips is one\nof the top 3 values',
     'Top({Skips}, 3)', "rows", "by-header", "ocr", "superlative", "typo"),
    ('Highlight the entire row when Skips is among the 3 lowest in sheet StoneSkimmingThrows',
     'Bottom({Skips}, 3)', "rows", "by-header", "annotator", "superlative"),
    ('please hig-\nhlight tbe Entry (DKK) cells where the value holds an err0r value',
     'Errors({Entry (DKK)})', "cells", "by-header", "ocr", "typo"),
    ('highlight whole rows WHERE NOT ISERROR("Entry (DKK)")',
     'NotErrors({Entry (DKK)})', "rows", "by-header", "sql", "negation"),
    ('Scenario: Stone (g) at a glance\n  Given the Stone (g) column of StoneSkimmingThrows\n  Then it '
     'shows a color scale',
     'ColorScale({Stone (g)})', "cells", "by-header", "gherkin"),
    ('Given the StoneSkimmingThrows sheet, When it opens, Then the Stone (g) column shows in-cell data '
     'bars',
     'DataBar({Stone (g)})', "cells", "by-header", "gherkin"),
    ('How do I show Stone (g) (column G) with an icon set?',
     'IconSet({Stone (g)})', "cells", "by-header", "forum"),
    ("5hade entlre rows where Throw Date is tomorrow's date",
     'Tomorrow({Throw Date})', "rows", "by-header", "ocr", "date", "typo"),
    ('please shade the entlre\nr0w for the throws dat-\ned in the last 7 days',
     'Last7Days({Throw Date})', "rows", "by-meaning", "ocr", "date", "typo"),
    ('Highlight the whole row of the throws dated last week in sheet StoneSkimmingThrows',
     'LastWeek({Throw Date})', "rows", "by-meaning", "annotator", "date"),
    ('Given the StoneSkimmingThrows sheet, When I look at the throws dated this week, Then their whole '
     'rows are highlighted',
     'ThisWeek({Throw Date})', "rows", "by-meaning", "gherkin", "date"),
    ('There once was a clerk with a sheet\nwho wanted her Throw Date cells neat:\nwhere the value is a '
     'date in next week,\nshade just that cell, she cried,\nand leave every other cell discreet.',
     'NextWeek({Throw Date})', "cells", "by-header", "verse", "date"),
    ('Scenario: the throws dated this month\n  Given the StoneSkimmingThrows sheet\n  When a row is one '
     'of the throws dated this month\n  Then the whole row is highlighted',
     'ThisMonth({Throw Date})', "rows", "by-meaning", "gherkin", "date"),
    ('SELECT "Throw Date" FROM StoneSkimmingThrows WHERE "Throw Date" is in last month (the previous '
     'calendar month) -- highlight just these cells',
     'LastMonth({Throw Date})', "cells", "by-header", "sql", "date"),
    ('please sbade tbe entire row for the throws dated next rnonth',
     'NextMonth({Throw Date})', "rows", "by-meaning", "ocr", "date", "typo"),
    ("hig-\nhlight tbe whole row whenev-\ner Age Group ends\nin 'lt'",
     'TextEndsWith({Age Group}, "lt")', "rows", "by-header", "ocr", "starts-ends", "typo"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
