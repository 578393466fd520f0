"""A thirty-second set of table requests, about a third of them header-only, and the builder of
thirtysecond_tables.json.

Written on 2026-12-07 between 23:07 and about 23:25 UTC (by `date -u` on this machine: 23:07:08 at the start) by
engineer E32t, who had read neither the assistant's code nor any set's wordings, so that the team has table requests
nobody has tuned on. The eleven tables (puppetry shows, aquascapes, sledging runs, marmalade awards, face painting
bookings, flower arranging entries, goat shows, coffee cuppings, candy floss stalls, hayrides, guacamole contests)
and every request were written from scratch, in the structure of thirtyfirst_tables.py (whose docstring, constants,
helper code and closing lines were read). Each table has 10 columns in the same roles (A a code, B a name, C a
category, D a date, E to H four number columns, I a yes/no column, J free text); headers carry units and currencies
and question marks (`Puppets`, `Run Time (min)`, `Ticket (€)`, `Rating`, `Sold Out?`, `Fish Count`, `Volume (L)`,
`Budget (USD)`, `Clarity`, `Heated?`, `Runs Done`, `Speed (km/h)`, `Hire Fee (PLN)`, `Snow Depth (cm)`, `Helmet?`,
`Jars Entered`, `Peel Cut (mm)`, `Fee (GBP)`, `Set Score`, `Homemade?`, `Faces Painted`, `Paint (ml)`, `Charge
(ZAR)`, `Smiles`, `Glitter?`, `Stems`, `Height (in)`, `Vase Cost (SEK)`, `Fragrance`, `Foam Used?`, `Goats Shown`,
`Weight (kg)`, `Feed Cost (DKK)`, `Udder Score`, `Horned?`, `Cups`, `Roast Time (min)`, `Price (BRL)`, `Acidity`,
`Washed?`, `Cones Sold`, `Sugar (kg)`, `Takings (MXN)`, `Fluff Score`, `Tinted?`, `Riders`, `Distance (mi)`, `Fare
(INR)`, `Bumpiness`, `Lanterns?`, `Avocados`, `Lime Juice (ml)`, `Cost (COP)`, `Zest Score`, `Spicy?`; no digit in
any header), and the cells dates, money (plain numbers under a currency header), integers, decimals in half or
quarter steps, codes, yes/no values, free text (puppeteers, aquascapers, riders, makers, painters, arrangers,
handlers, cuppers, vendors, drivers, chefs: twelve a table, two of them written twice; puppet types, layouts, sled
kinds, fruits, designs, styles, breeds, origins, flavours, wagons, avocado varieties: four a table; notes made of
two of eight short phrases a table), text in a number column ("tbc", "quote", "free", "waived", "deposit", "gift",
"barter", "sample", "pending", "comped", "donated"), Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!, #NUM!) and blanks.
The cells were drawn by a seeded random generator without repeats from each column's grid (/tmp/e32t/tables.py,
`make_table`), then frozen here; the six special cells of a table (F's blank, G's text, H's blank and error, J's ""
and " ") sit on six different rows.

Domains: a short program (/tmp/e32t/domcheck.py, four runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring; thirtysecond_* aside, the thirty-first builders included) and the `Table` field
of every set file there (thirtysecond_* aside, CamelCase split into words), and printed one True/False per candidate
word (True when named as a whole word with an optional plural s or es, spaces, dashes and underscores between its
words also matched). Dropped as used (True): croquet, axe throwing, cheese rolling, worm charming, gurning, bog
snorkelling, origami, jigsaw, quilting, knitting, stone skimming, unicycle, juggling, ventriloquism, morris dancing,
bell ringing, hot air balloon, alpaca, llama, maple syrup, cider, tiddlywinks, quoits, skittles, hula hoop, stilt
walking, log rolling, dragon boat, raft race, model rocket, drone, jam making, kombucha, mushroom foraging, cloud
spotting, storm chasing, basket weaving, papier mache, barbershop quartet, chilli cook-off, ferret racing, pumpkin
growing, lawn bowls, darts, ice fishing, tarot, fireworks, lantern, yo-yo, stamp collecting, coin, mead, bagpipe,
accordion, ukulele, harmonica, dog grooming, cat show, rabbit show, hamster, tortoise, frog jumping, cricket
spitting, watermelon seed spitting, rubber duck, marionette, escape room, cosplay, ikebana, terrarium, bonsai,
mosaic, stained glass, pottery, enamel, kintsugi, macrame, embroidery, crochet, weaving, felting, soap, perfume,
pinball, arcade, bowling, minigolf, trampoline, zorbing, snowshoe, igloo, dog sled, husky, reindeer, ostrich, duck
race, shearing, hay bale, corn maze, maze, scarecrow, apple bobbing, jam, scone, cupcake, doughnut, pie eating, hot
dog, chili, salsa, hot sauce, popcorn, fudge, toffee, nougat, truffle, chocolate, whisky, gin, puppet, balloon,
camel (and camel racing), goat, magic (and magic show), sand, sled, tea, coffee. Unused (False), and taken:
puppetry, aquascaping (and aquascape), sledging (and sledge), marmalade, face painting (and face paint), flower
arranging (and flower), goat show, coffee cupping (and cupping), candy floss (and candy), hayride, guacamole; the
words puppet, goat and coffee alone are used (True), puppetry, goat show and cupping are not. Also unused, not
taken: bottle cap, shadow puppet, magic trick, card magic, sand art, balloon twisting, incense, lava lamp, camel
race, lamb, apple pressing, cotton candy, tea tasting, wine tasting, paper lantern, rubber duck race, coin
collecting, tortoise race, alpaca show, cider pressing, drone racing, puppet show. Nonsense words were asked as
controls: zzzqqq, qjxvzw and wqpzxj printed True (earlier builders' docstrings name them as their own controls),
vzqkxj and pqzjwx False. The eleven table names (PuppetryShows, Aquascapes, SledgingRuns, MarmaladeAwards,
FacePainting, FlowerArranging, GoatShows, CoffeeCuppings, CandyFlossStalls, Hayrides, GuacamoleContests) were also
asked (not split into words: all False); that no set file's `Table` field holds them is checked by the table test
module (passed).

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES is the
earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines ("Fill each X
cell in sheet T that ... (cells only)", "Shade every X cell of sheet T that ...; leave the rest of the row
unformatted", "Highlight the whole row in sheet T when X ...", "In sheet T, fill the entire row wherever X ...",
"Highlight the entire row of the 'v' goats in sheet T", "Apply data bars to the X cells of sheet T"); `forum`, a
forum question, with the column letter (always the true column of the table placed at A1) when it names the column
by its header, and none when it names the rows by a value or by what the date means; four new here: `calendar`, the
request as the agenda line or action item of a pasted meeting invite or calendar entry ("Wed 15:00-15:45, Room
4B\\nAgenda: highlight each X cell in T that ... (just the cells)", "T sync - Fri 11:30 (45 min), Room 2A\\nAgenda:
...", "Meeting: T tidy-up\\nWhen: ...\\nWhere: Room 5C\\nAction item: colour the entire row on T whenever X ...");
`receipt`, the request as the note to staff or special instructions of a pasted order, invoice or order confirmation
("Order #13040 - 8 items - Subtotal $95.12 - Total $104.87\\nNote to staff: ...", "INVOICE INV-1167\\nQty: 6   Unit
price: $26.36   Amount due: $166.53\\nSpecial instructions: ...", "Order confirmation #46384\\nItems: 9\\nShipping:
$9.80\\nTotal: $412.01\\nNote to staff: ..."); in both, the weekday, times, durations, rooms, order and invoice
numbers, quantities and amounts are drawn by a stable hash and checked by the program to hold no number equal to one
of the rule's figures (thresholds, bounds, n, p); `yoda`, inverted word order, condition or object first ("Greater
than a the X is? That cell in T, shade you will; the row, leave it.", "Below a or above b, the X cells of T that
are, highlight you must. Only the cells.", "Today the X is, the whole row in T highlight you must.", "Tomorrow's
goats, their entire rows in T, shade you will.", "Data bars, the X cells of T given must be."); `sportscast`,
play-by-play commentary ("And here we go, the X column in T... every cell that ... -- lit up! Just the cell, folks,
not the row!", "He's scanning X in T... whenever it ..., the WHOLE ROW lights up! What a play!", "And they're going
for an icon set on the X column in T! Every number gets one, folks!"). The brief's own examples were not used as
requests.

How the requests were written: E32t wrote, in /tmp/e32t/phrases.py, for each function two plain condition phrases
("is greater than a", "is at least a", "is from a to b inclusive", "is outside a to b (a and b themselves count as
inside)", "is below a or above b (so a and b themselves are not flagged)", "is above a but below b", "reads 's' and
nothing else", "has no 's' anywhere in it", "starts with the letters 's'", "ranks in the top n of the column", "is
in the lowest p percent of the column", "beats the average of the column", "has no repeat anywhere in the column",
"holds an Excel error value", "falls within the last 7 days, today included", "falls in last week (the
Sunday-to-Saturday week before this one)", "is in the coming calendar month", ...) and one or two condition-first
(yoda) phrases ("a or more", "between a and b, both ends included", "outside a to b (a and b count as inside)",
"containing 's'", "ending in 's'", "among the n highest of the column", "once only in the column, no repeat", "free
of any error value", "in this calendar month", ...), noun phrases for the rows named by a value ("the 'Nubian'
goats", "the bowls other than the 'Fuerte' ones", "the runs except the 'Luge' ones") or by what the date means
("tomorrow's stalls", "last week's rides (the Sunday-to-Saturday week before this one)", "the tanks dated within the
last 7 days (today included)"), the visual formats ("a colour scale", "a color scale", "data bars", "an icon set")
and the frames per style and scope above; the program (/tmp/e32t/gen.py) picks a naming (by-value for about three in
four TextEquals and NOT drafts, by-meaning for about a third of the periods, by hash), a style (by hash among the
six, for every function), a wording, a frame, the wrapper of a calendar or receipt draft by a stable hash of the
table and the function, the scope by the same hash (cells for the visual rules; rows for every request naming the
rows by value or meaning; else about half each), and the literal: the first candidate of the column's own values
(numbers nearest the median first, bounds near the quartiles, words of four letters or more of the notes, the
category values in an order rotated by hash, prefixes and suffixes of two or three letters of the names, n of 3, 2,
4, 5 and p of 20, 25, 30, 10, 15, 40) for which everyday_tables' `problems` finds nothing on the full table, no
column letter but the rule's is named, the wrapper's numbers are not the rule's figures, and the request is in no
other set file nor the train split. The entries below are that program's output, frozen (written by
/tmp/e32t/assemble.py, which also wraps long requests over string lines at spaces and checks the line length);
nothing was reworded by hand. Decided before the first run of gen.py and written in it (`all_drafts`): a function
whose drafts fall in one half only gets a second draft on every table that has it (the next passing literal, naming,
style, scope and wording by the hash with "second"). Before the first build the phrases were changed once, after
reading the first 70 drafts (no split in them): five frames that said "the X cells that is ..." became singular
("any X cell that ...", "just each cell that ...", "only a cell in column L (X) when it ..."), and the by-meaning
phrase of Last7Days became "the tanks dated within the last 7 days (today included)"; all drafts were drawn again.
After reading the other 271 drafts, one header was renamed before any build (GuacamoleContests' category `Avocado`
became `Variety`, as `Avocado` and the count column `Avocados` read alike), and all drafts were drawn again. See
Slips for what the draft counts told.

Requests keep Excel's semantics: comparisons other than LessThan, LessThanEqual and Between are only on the two
number columns that hold no text (E, and F, which holds one "" blank; NotEquals, NotBetween, AND and OR, which a
blank read as 0 could meet, only on E), LessThan, LessThanEqual and Between on E or the column with a text cell (G),
the visual rules on G, the error and errors-not rules, TopPercent and BelowAverage on the column with an error and a
blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks on the notes (both "" and a lone space " "),
TextEquals, NOT and TextNotContains on the category, TextContains on the notes, TextStartsWith, TextEndsWith,
Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 23:07:08, and about ten times
while working and at the end); `cat` of /work/team/brief32.md (the brief) with an `ls` of /work/team (file names;
nothing else there was opened); `ls` of benchmarks/data (file names) with `wc -l` of thirtyfirst_tables.py (1338),
table_sets.py, column_sets.py, everyday_common.py, the two test helper files and CF_RULES.md; an import check of
cf_assistant (ok from the repository root, then ModuleNotFoundError from benchmarks/data, so `pip install -q -e
'.[test]'` as the brief says, which printed pip's root-user warning, and the check again: ok); a `grep -n` of
thirtyfirst_tables.py anchored on top-level names and the main block (line numbers of its constants, TABLES/ENTRIES
and the main block); `sed -n 1,275p` of it (its docstring, imports, constants and helper code, up to ENTRIES = {},
and four lines more: see Slips); an `awk` of its lines 1300 to 1338 printing each line's number, length and first
two characters (spaces on the entry lines); `sed -n 1331,1338p` (the closing bracket, the bind and the main block);
`cat` of table_sets.py, column_sets.py, everyday_common.py, tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/set_files.py (the whole file: its check functions and their helpers) and
../shared/docs/CF_RULES.md; the first 12,000 characters of benchmarks/data/README.md, each line cut to 400
characters (its rows up to sixth_cf); of cf_assistant.languages.cf: the names it exports (dir) and parse/to_text on
31 made-up rules for the canonical spelling (the first try printed ModuleNotFoundError, above); the signatures
(inspect.signature) of everyday_tables' `build_record` and `problems`, nothing of their code, and one made-up record
of this set's first table built with them (its fields but Data, and `problems`, which named one near miss). The
drafting programs' runs: /tmp/e32t/domcheck.py (four runs, True/False per word); /tmp/e32t/tables.py (each table's
row count, column count and widest row: first a ValueError, a grid too small, then twice more, the second time with
the widest line of each table); a check that phrases.py loads (38 functions with condition phrases);
/tmp/e32t/gen.py ("349 drafts; no passing literal: []; repeated: 0", then after the phrase change and after the
header rename "341 drafts; no passing literal: []; repeated: 0"); printouts of this set's own drafts (no split in
them), all before the first build: the request, rule, scope, naming, style and tags of the first 70 drafts, then,
after the change above, of the other 271 (the calendar and receipt wrappers cut off for the last 141), and a count
of the GuacamoleContests drafts and of their rules on the renamed column (31, 3); a program writing the thirty-first
builder's OTHER_SETS and the two thirty-first files to /tmp/e32t/other_sets.json (it printed 69);
/tmp/e32t/assemble.py ("341 drafts; lines over 120: 0; widest 120"); the first build (`python
benchmarks/data/thirtysecond_tables.py`, output to a file, rc=0 and its first two lines); a program checking that
the builder's TABLES and ENTRIES are the tables and drafts and its OTHER_SETS count ("True True 69") and printing
per half the record count, function count and header-only count, and the naming, style, scope and tag counts (see
Counts); the program that edited the table test module (it printed "1" five times, one per replacement, and "widest
117"), `grep -c` of "thirtysecond" in it (5); `python -m pytest -q tests/benchmarks/test_table_sets_data.py -k
thirtysecond` (8 passed); the program that put the README row in (it printed that it found one thirtyfirst_tables
row and no thirtysecond_tables row, and "inserted"), `grep -c` of the two thirty-second README rows (1 and 1; see
Slips), a `tail -c 1 | xxd` of README (its final newline); `python -m pytest -q` of
tests/benchmarks/test_table_sets_data.py and tests/benchmarks/test_sets_are_the_projects_own.py (see Counts);
`pytest --collect-only` of each (224 and 72) and `ls | grep -c thirtysecond` (4); the headers of the tables printed
by a program for this docstring (with a TypeError of a second print in it); this docstring written by assemble.py,
the builder rebuilt and `cmp` against a copy of the first build's file, its widest line and the docstring's length
by ast; both test modules run again, and the README rows counted again.

Slips: (1) the `sed -n 1,275p` of thirtyfirst_tables.py went four lines past `ENTRIES = {}` and printed the empty
line after it, its first table's `TABLES[...] = _table(` line, that table's header row and its first data row (a
code, a name, a class, a date, numbers, a yes/no value and a lone-space note); no entry line (a request) was
printed, and nothing of it was used. (2) the draft count of gen.py's first run (349, that is 341 and 8 second
drafts) showed that the pre-decided second-draft rule had added the drafts of one function (with eight tables) whose
first drafts all fell in one half, a fact of the split (which function and which half were not printed); the phrase
change that followed was decided on the printout of the first 70 drafts, for the grammar of plural frames ("the X
cells that is ..."), not for any split, but it drew every draft again (new requests, new IDs, new halves), and the
next run's count (341) showed that the rule then added none; the header rename (Avocado to Variety) came after that
count and drew the drafts again, for clarity (the count stayed 341). No draft was reworded, added or dropped after
the build, and no record's half was printed before it. (3) the README check (asked by the brief) by `grep -c`, `ls |
grep -c thirtysecond` (4) and the test counts told that the other engineer's row and files exist; nothing of the
other engineer's files was opened (the builder compares with them by program only). The README row was written once,
with the counted figures. The two engineers kept apart scratch folders (/tmp/e32t here); nothing of another
engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets calls it,
`build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`; its code and docstrings not printed);
`git log`, `git show`, `git status`, any diff (no git command was run); ../shared/docs/EVALUATION.md and
../shared/data (the train split is compared by program only); tests/benchmarks/test_sets_are_the_projects_own.py
(only run); the TABLES and ENTRIES of the other builders (but slip 1); README.md past its first 12,000 characters
(but this set's own row, written by program); the other files of /work/team; thirtysecond_cf.py and
thirtysecond_cf.json (written beside this set by engineer E32c; the builder compares with any set file beside it by
program only, as table_sets.requests_elsewhere does); the utterances or tables of any JSON file (compared with this
set's by program only, never printed; the domain check read their `Table` fields and printed True/False only). No
request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
thirtyfirst_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows ("whole row", "entire row", "full rows", "whole rows",
"entire rows", "the WHOLE ROW lights up", "Entire row highlighted", "Colour its entire row", "their whole rows",
"their entire rows", "every one of their rows, the whole row"), "cells" otherwise ("cells only", "just the cells",
"not the rows", "leave the rest of the row unformatted", "Not the whole row", "just each cell", "Only the cells",
"the row, leave it", "Just the cell, folks, not the row", "Only the cell itself", a visual rule); `naming` says how
the request names the tested column: `by-header` (its header as written, or its letter), `by-meaning` (the rows by
what the date means: "tomorrow's stalls") or `by-value` (only values of it: "the 'Nubian' goats", "the rides except
the 'Haywain' ones"). Each rule tests one column. Every record is first built and checked on its full table
(everyday_tables' `build_record` with IDs prefixed `t32t-`; its `problems`: a record that formats no row or every
row, whose near misses its table cannot tell apart, text operators exempt, or whose rule formats the same rows on
another column is refused), and a request already written (case aside) in any other set file of benchmarks/data/ or
in the benchmark's train split (../shared/data/cf/train.json, on this machine) is refused, as is a column letter or
range that is not the rule's column (none was). Then the records picked by a stable hash of the ID (about one in
three, `table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag `header-only`.
Blank cells are "" or a lone space " " (written `_` and `~` in the table text below). Dates are read against the
bench's reference date 2024-06-12 (a Wednesday); date comparisons are not written, date periods are (each table's
date column holds the fourteen days 06-11, 06-12, 06-13, 06-10, 06-15, 06-04, 06-07, 06-18, 06-27, 05-20, 05-03,
07-03, 07-25 and 03-08 of 2024, rotated by the table's place, so that the ten periods tell apart). Labels follow
Excel: a blank compares as 0, any text is greater than any number, an error is neither blank nor formatted by a
comparison, text tests ignore case. Every comparison's threshold and every Between bound is a value of its column
(so that "at least" and "more than" differ there). Each table leaves out eight of the 31 functions that are not date
periods and two of the ten periods, in turn (table k leaves out the functions 8k to 8k+7 and the periods 2k and 2k+1
of a fixed order, mod 31 and 10): 31 records a table.

Tags: the naming, the style, then any of `boundary` (GreaterThanEqual, LessThanEqual, Between, NotBetween),
`negation` (NotEquals, NotBetween, TextNotContains, NotBlanks, NotErrors, NOT), `or`, `superlative` (the four
ranks), `starts-ends`, `date`, then `header-only` where the rows were dropped, then `thirtysecond` (last). Every one
of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/thirtysecond_tables.py` prints them): 341 records, dev 175 / test 166; 11 tables
of 10 columns and 14 data rows each (31 records a table); 111 header-only records (33%; dev 57, test 54); scope rows
165 (48%) / cells 176; naming by-header 304, by-meaning 22, by-value 15 (11% not by header); styles annotator 62,
sportscast 62, yoda 60, forum 59, receipt 56, calendar 42; tags date 88, negation 49, superlative 32, boundary 32,
starts-ends 16, or 9; every one of the 41 top functions in both halves. Tests:
tests/benchmarks/test_table_sets_data.py 224 passed (8 of them this set's, `-k thirtysecond`: 8 passed) and
tests/benchmarks/test_sets_are_the_projects_own.py 72 passed, run together (296 passed) before this docstring, and
again after it and the final rebuild; `grep -c` of the two thirty-second README rows at the end: 1 and 1 (and `ls |
grep -c thirtysecond`: 4, by count only).

Rebuild: `python benchmarks/data/thirtysecond_tables.py` (prints the counts per split, table, scope, naming, style,
tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtysecond_tables.json"
PREFIX = "t32t"
TAG = "thirtysecond"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: the request inside a pasted meeting invite or
# calendar entry, inside a pasted receipt, invoice or order confirmation (their times, rooms, order
# numbers and totals not the rule's figures), in inverted (Yoda) word order, and as play-by-play
# sports commentary.
STYLES = ("annotator", "forum", "calendar", "receipt", "yoda", "sportscast")
# The requests of every other set file in this folder (these 69 at the time of writing,
# and any written since, e.g. thirtysecond_cf.json, written at the same time by another engineer)
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
              'twentyeighth_tables.json', 'twentyninth_cf.json', 'twentyninth_tables.json', 'thirtieth_cf.json',
              'thirtieth_tables.json', 'thirtyfirst_cf.json', 'thirtyfirst_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}

TABLES["PuppetryShows"] = _table("""
Show Code | Puppeteer | Puppet Type | Show Date | Puppets | Run Time (min) | Ticket (€) | Rating | Sold Out? | Notes
PS-301 | Leocadia | String | 2024-06-11 | 28 | 30 | 4 | 4.75 | Yes | lost a string, encore asked
PS-308 | Jolanda | Shadow | 2024-06-12 | 7 | 47.5 | 19 | 6.25 | Yes | lights failed, great voices
PS-315 | Gaspard | Glove | 2024-06-13 | 11 | 27.5 | 14 | 3 | Yes | great voices, stage creaked
PS-322 | Leocadia | String | 2024-06-10 | 26 | 57.5 | 20 | _ | No | late start, sold fudge
PS-329 | Gaspard | Shadow | 2024-06-15 | 13 | 55 | tbc | 8.5 | No | encore asked, stage creaked
PS-336 | Kasimir | Rod | 2024-06-04 | 17 | 60 | 21 | 7.25 | Yes | stage creaked, sold fudge
PS-343 | Dagny | Glove | 2024-06-07 | 22 | 40 | 18 | 8 | No | late start, kids loved it
PS-350 | Ignatius | Rod | 2024-06-18 | 3 | 42.5 | 5 | 3.5 | No | sold fudge, kids loved it
PS-357 | Hedda | Glove | 2024-06-27 | 12 | _ | 8 | 8.25 | Yes | lost a string, great voices
PS-364 | Corentin | Glove | 2024-05-20 | 23 | 37.5 | 13 | #N/A | No | great voices, lost a string
PS-371 | Fenna | Rod | 2024-05-03 | 24 | 22.5 | 17 | 8.75 | No | encore asked, stage creaked
PS-378 | Bertil | Shadow | 2024-07-03 | 20 | 32.5 | 15 | 7.5 | No | ~
PS-385 | Emeric | Rod | 2024-07-25 | 27 | 50 | 10 | 9 | No | stage creaked, lights failed
PS-392 | Agnieszka | String | 2024-03-08 | 29 | 35 | 22 | 4 | Yes | _
""")
ENTRIES["PuppetryShows"] = [
    ("Meeting: PuppetryShows tidy-up\nWhen: Fri 14:30-15:30\nWhere: Room 7C\nAgenda: highlight the full rows of the "
     "'Shadow' shows in PuppetryShows", "TextEquals({Puppet Type}, \"Shadow\")", "rows", "by-value", "calendar"),
    ("Highlight the whole row in sheet PuppetryShows when Notes contains 'lost'",
     "TextContains({Notes}, \"lost\")", "rows", "by-header", "annotator"),
    ("Order #13040 - 8 items - Subtotal $95.12 - Total $104.87\nNote to staff: colour the whole row of PuppetryShows "
     "where Puppet Type does not contain 'String'",
     "TextNotContains({Puppet Type}, \"String\")", "rows", "by-header", "receipt", "negation"),
    ("Beginning with 'Le', Puppeteer in PuppetryShows? Colour its entire row, you should.",
     "TextStartsWith({Puppeteer}, \"Le\")", "rows", "by-header", "yoda", "starts-ends"),
    ("Fill each Puppeteer cell in sheet PuppetryShows that ends with 'ia' (cells only)",
     "TextEndsWith({Puppeteer}, \"ia\")", "cells", "by-header", "annotator", "starts-ends"),
    ("Among the 3 highest of the column the Puppets is? That cell in PuppetryShows, shade you will; the row, leave it.",
     "Top({Puppets}, 3)", "cells", "by-header", "yoda", "superlative"),
    ("Order confirmation #63088\nItems: 4\nShipping: $9.65\nTotal: $149.61\nSpecial instructions: in PuppetryShows, "
     "highlight entire rows whenever Puppets is one of the 3 lowest values",
     "Bottom({Puppets}, 3)", "rows", "by-header", "receipt", "superlative"),
    ("Order confirmation #97381\nItems: 3\nShipping: $10.98\nTotal: $156.18\nSpecial instructions: in PuppetryShows, "
     "highlight entire rows whenever Rating is in the highest 20 percent of the column",
     "TopPercent({Rating}, 20)", "rows", "by-header", "receipt", "superlative"),
    ("In the bottom 20% of the column the Puppets is, the whole row in PuppetryShows highlight you must.",
     "BottomPercent({Puppets}, 20)", "rows", "by-header", "yoda", "superlative"),
    ("Quick one: on the PuppetryShows tab, column E is Puppets. How can I colour just each cell that beats the "
     "average of the column?", "AboveAverage({Puppets})", "cells", "by-header", "forum"),
    ("Quick one: on the PuppetryShows tab, column H is Rating. How can I colour just each cell that is below the "
     "column's average?", "BelowAverage({Rating})", "cells", "by-header", "forum"),
    ("In sheet PuppetryShows, fill the entire row wherever Puppeteer appears more than once in the column",
     "Duplicates({Puppeteer})", "rows", "by-header", "annotator"),
    ("Once only in the column, no repeat the Puppeteer is? That cell in PuppetryShows, shade you will; the row, leave "
     "it.", "Unique({Puppeteer})", "cells", "by-header", "yoda"),
    ("Fill each Notes cell in sheet PuppetryShows that is blank (cells only)",
     "Blanks({Notes})", "cells", "by-header", "annotator"),
    ("Fill each Notes cell in sheet PuppetryShows that has something in it (cells only)",
     "NotBlanks({Notes})", "cells", "by-header", "annotator", "negation"),
    ("Shade every Rating cell of sheet PuppetryShows that shows an error; leave the rest of the row unformatted",
     "Errors({Rating})", "cells", "by-header", "annotator"),
    ("Fri 13:00-13:45, Room 6D\nAgenda: highlight each Rating cell in PuppetryShows that holds no error value (just "
     "the cells)", "NotErrors({Rating})", "cells", "by-header", "calendar", "negation"),
    ("How do I add a color scale to column G (Ticket (€)) of my PuppetryShows sheet?",
     "ColorScale({Ticket (€)})", "cells", "by-header", "forum"),
    ("And they're going for data bars on the Ticket (€) column in PuppetryShows! Every number gets one, folks!",
     "DataBar({Ticket (€)})", "cells", "by-header", "sportscast"),
    ("Order #22515 - 9 items - Subtotal $379.71 - Total $389.87\nNote to staff: add an icon set to the Ticket (€) "
     "cells of PuppetryShows", "IconSet({Ticket (€)})", "cells", "by-header", "receipt"),
    ("In my PuppetryShows sheet, how do I highlight only a cell in column E (Puppets) when it is above 12 but below "
     "26? Not the whole row.",
     "AND(GreaterThan({Puppets}, 12), LessThan({Puppets}, 26))", "cells", "by-header", "forum"),
    ("Below 12 or above 26 the Puppets is? That cell in PuppetryShows, shade you will; the row, leave it.",
     "OR(LessThan({Puppets}, 12), GreaterThan({Puppets}, 26))", "cells", "by-header", "yoda", "or"),
    ("How can I make the whole row go yellow in PuppetryShows when Puppet Type (column C) is anything but 'Shadow'?",
     "NOT(TextEquals({Puppet Type}, \"Shadow\"))", "rows", "by-header", "forum", "negation"),
    ("Fri 12:45-14:15, Room 41\nAgenda: highlight each Show Date cell in PuppetryShows that is yesterday (just the "
     "cells)", "Yesterday({Show Date})", "cells", "by-header", "calendar", "date"),
    ("Today the Show Date is? That cell in PuppetryShows, shade you will; the row, leave it.",
     "Today({Show Date})", "cells", "by-header", "yoda", "date"),
    ("Order confirmation #35452\nItems: 12\nShipping: $6.44\nTotal: $64.16\nSpecial instructions: colour the entire "
     "row of tomorrow's shows in PuppetryShows", "Tomorrow({Show Date})", "rows", "by-meaning", "receipt", "date"),
    ("Sheet PuppetryShows: I want each entire row highlighted if the value in column D (Show Date) falls within the "
     "last 7 days, today included. Possible?", "Last7Days({Show Date})", "rows", "by-header", "forum", "date"),
    ("Shade every Show Date cell of sheet PuppetryShows that falls in last week (the Sunday-to-Saturday week before "
     "this one); leave the rest of the row unformatted",
     "LastWeek({Show Date})", "cells", "by-header", "annotator", "date"),
    ("How can I make the whole row go yellow in PuppetryShows when Show Date (column D) is in the current calendar "
     "week, Sunday to Saturday?", "ThisWeek({Show Date})", "rows", "by-header", "forum", "date"),
    ("Sheet PuppetryShows: I want each entire row highlighted if the value in column D (Show Date) falls in next week "
     "(the Sunday-to-Saturday week after this one). Possible?",
     "NextWeek({Show Date})", "rows", "by-header", "forum", "date"),
    ("Next month's shows (the calendar month after this one), their entire rows in PuppetryShows, shade you will.",
     "NextMonth({Show Date})", "rows", "by-meaning", "yoda", "date"),
]

TABLES["Aquascapes"] = _table("""
Tank ID | Aquascaper | Layout | Setup Date | Fish Count | Volume (L) | Budget (USD) | Clarity | Heated? | Notes
AQ-301 | Jovanka | Iwagumi | 2024-06-12 | 23 | 72.5 | 360 | 4.25 | Yes | _
AQ-308 | Florentyna | Jungle | 2024-06-13 | 34 | 75 | 100 | 5 | No | new driftwood, plants pearling
AQ-315 | Ludovica | Dutch | 2024-06-10 | 25 | 40 | 240 | 7.75 | Yes | pump noisy, moss carpet
AQ-322 | Hyacinth | Iwagumi | 2024-06-15 | 29 | 32.5 | 250 | 6.25 | No | snails added, moss carpet
AQ-329 | Mattias | Biotope | 2024-06-04 | 22 | 52.5 | 210 | #VALUE! | No | snails added, pump noisy
AQ-336 | Eskil | Biotope | 2024-06-07 | 31 | 47.5 | quote | 6.75 | Yes | glass scratched, algae bloom
AQ-343 | Benedikta | Jungle | 2024-06-18 | 27 | 37.5 | 310 | 9.25 | No | glass scratched, pump noisy
AQ-350 | Ludovica | Dutch | 2024-06-27 | 4 | 30 | 290 | 6 | No | plants pearling, new driftwood
AQ-357 | Gunnar | Iwagumi | 2024-05-20 | 38 | 85 | 150 | 6.5 | No | ~
AQ-364 | Jovanka | Biotope | 2024-05-03 | 32 | _ | 160 | 8.5 | No | pump noisy, moss carpet
AQ-371 | Konstantin | Iwagumi | 2024-07-03 | 3 | 55 | 110 | 9.5 | Yes | new driftwood, plants pearling
AQ-378 | Delphine | Dutch | 2024-07-25 | 21 | 27.5 | 200 | 7 | No | plants pearling, snails added
AQ-385 | Cosimo | Dutch | 2024-03-08 | 40 | 80 | 380 | _ | No | snails added, new driftwood
AQ-392 | Isidor | Jungle | 2024-06-11 | 12 | 82.5 | 330 | 5.5 | Yes | pump noisy, glass scratched
""")
ENTRIES["Aquascapes"] = [
    ("Highlight the whole row in sheet Aquascapes when Volume (L) is more than 52.5",
     "GreaterThan({Volume (L)}, 52.5)", "rows", "by-header", "annotator"),
    ("How can I make the whole row go yellow in Aquascapes when Volume (L) (column F) is at least 52.5?",
     "GreaterThanEqual({Volume (L)}, 52.5)", "rows", "by-header", "forum", "boundary"),
    ("And here we go, the Fish Count column in Aquascapes... every cell that is lower than 27 -- lit up! Just the "
     "cell, folks, not the row!", "LessThan({Fish Count}, 27)", "cells", "by-header", "sportscast"),
    ("He's scanning Budget (USD) in Aquascapes... whenever it is 240 or less, the WHOLE ROW lights up! What a play!",
     "LessThanEqual({Budget (USD)}, 240)", "rows", "by-header", "sportscast", "boundary"),
    ("Aquascapes sync - Fri 08:45 (30 min), Room 2A\nAgenda: flag whole rows of Aquascapes where Fish Count equals 27",
     "Equals({Fish Count}, 27)", "rows", "by-header", "calendar"),
    ("Anything other than 27, the Fish Count cells of Aquascapes that are, highlight you must. Only the cells.",
     "NotEquals({Fish Count}, 27)", "cells", "by-header", "yoda", "negation"),
    ("Highlight the whole row in sheet Aquascapes when Budget (USD) is between 160 and 310, both included",
     "Between({Budget (USD)}, 160, 310)", "rows", "by-header", "annotator", "boundary"),
    ("Outside 21 to 32 (21 and 32 count as inside), Fish Count in Aquascapes? Colour its entire row, you should.",
     "NotBetween({Fish Count}, 21, 32)", "rows", "by-header", "yoda", "boundary", "negation"),
    ("Aquascapes sync - Tue 08:00 (60 min), Room 41\nAction item: on Aquascapes, shade any Fish Count cell that is in "
     "the bottom 20%, not the rows",
     "BottomPercent({Fish Count}, 20)", "cells", "by-header", "calendar", "superlative"),
    ("Above the column's average, the Fish Count cells of Aquascapes that are, highlight you must. Only the cells.",
     "AboveAverage({Fish Count})", "cells", "by-header", "yoda"),
    ("Shade every Clarity cell of sheet Aquascapes that is under the average of the column; leave the rest of the row "
     "unformatted", "BelowAverage({Clarity})", "cells", "by-header", "annotator"),
    ("And here we go, the Aquascaper column in Aquascapes... every cell that appears more than once in the column -- "
     "lit up! Just the cell, folks, not the row!", "Duplicates({Aquascaper})", "cells", "by-header", "sportscast"),
    ("Meeting: Aquascapes tidy-up\nWhen: Thu 11:00-12:00\nWhere: Room 14\nAction item: colour the entire row on "
     "Aquascapes whenever Aquascaper has no repeat anywhere in the column",
     "Unique({Aquascaper})", "rows", "by-header", "calendar"),
    ("He's scanning Notes in Aquascapes... whenever it is blank, the WHOLE ROW lights up! What a play!",
     "Blanks({Notes})", "rows", "by-header", "sportscast"),
    ("Not empty the Notes is? That cell in Aquascapes, shade you will; the row, leave it.",
     "NotBlanks({Notes})", "cells", "by-header", "yoda", "negation"),
    ("Order #47119 - 10 items - Subtotal $206.30 - Total $218.26\nNote to staff: colour the whole row of Aquascapes "
     "where Clarity holds an Excel error value", "Errors({Clarity})", "rows", "by-header", "receipt"),
    ("Order #44507 - 12 items - Subtotal $347.52 - Total $358.60\nSpecial instructions: in Aquascapes, highlight "
     "entire rows whenever Clarity does not show an error",
     "NotErrors({Clarity})", "rows", "by-header", "receipt", "negation"),
    ("Order confirmation #58736\nItems: 12\nShipping: $6.39\nTotal: $253.47\nNote to staff: add a color scale to the "
     "Budget (USD) cells of Aquascapes", "ColorScale({Budget (USD)})", "cells", "by-header", "receipt"),
    ("And they're going for data bars on the Budget (USD) column in Aquascapes! Every number gets one, folks!",
     "DataBar({Budget (USD)})", "cells", "by-header", "sportscast"),
    ("How do I add an icon set to column G (Budget (USD)) of my Aquascapes sheet?",
     "IconSet({Budget (USD)})", "cells", "by-header", "forum"),
    ("Above 21 and below 32, Fish Count in Aquascapes? Colour its entire row, you should.",
     "AND(GreaterThan({Fish Count}, 21), LessThan({Fish Count}, 32))", "rows", "by-header", "yoda"),
    ("Below 21 or above 32, Fish Count in Aquascapes? Colour its entire row, you should.",
     "OR(LessThan({Fish Count}, 21), GreaterThan({Fish Count}, 32))", "rows", "by-header", "yoda", "or"),
    ("And it's the tanks except the 'Dutch' ones in Aquascapes... every one of their rows, the whole row, lit up! "
     "Sensational!", "NOT(TextEquals({Layout}, \"Dutch\"))", "rows", "by-value", "sportscast", "negation"),
    ("Highlight the whole row in sheet Aquascapes when Setup Date is in the previous calendar month",
     "LastMonth({Setup Date})", "rows", "by-header", "annotator", "date"),
    ("How do I get this calendar month's tanks highlighted, whole rows, in my Aquascapes sheet?",
     "ThisMonth({Setup Date})", "rows", "by-meaning", "forum", "date"),
    ("He's scanning Setup Date in Aquascapes... whenever it is tomorrow's date, the WHOLE ROW lights up! What a play!",
     "Tomorrow({Setup Date})", "rows", "by-header", "sportscast", "date"),
    ("Aquascapes sync - Fri 10:15 (15 min), Room 6B\nAction item: shade the entire row of the tanks dated within the "
     "last 7 days (today included) on Aquascapes", "Last7Days({Setup Date})", "rows", "by-meaning", "calendar", "date"),
    ("Down the Aquascapes sheet they go... Setup Date is in the previous calendar week, Sunday to Saturday? Entire "
     "row highlighted! Unbelievable!", "LastWeek({Setup Date})", "rows", "by-header", "sportscast", "date"),
    ("Here come this week's tanks (Sunday to Saturday) in Aquascapes... whole rows, all highlighted! What a finish!",
     "ThisWeek({Setup Date})", "rows", "by-meaning", "sportscast", "date"),
    ("Fill each Setup Date cell in sheet Aquascapes that is in the coming calendar week, Sunday to Saturday (cells "
     "only)", "NextWeek({Setup Date})", "cells", "by-header", "annotator", "date"),
    ("Order confirmation #74386\nItems: 9\nShipping: $10.13\nTotal: $128.21\nNote to staff: in Aquascapes, highlight "
     "any Setup Date cell that falls in next month (the calendar month after this one) (cells only)",
     "NextMonth({Setup Date})", "cells", "by-header", "receipt", "date"),
]

TABLES["SledgingRuns"] = _table("""
Run ID | Rider | Sled Kind | Run Date | Runs Done | Speed (km/h) | Hire Fee (PLN) | Snow Depth (cm) | Helmet? | Notes
SR-301 | Anzelm | Runner | 2024-06-13 | 5 | 22.5 | 35 | 15 | No | cold hands, fast finish
SR-308 | Halszka | Runner | 2024-06-10 | 14 | 37.5 | 70 | 22.5 | Yes | crowd cheered, hit a bump
SR-315 | Ildefons | Luge | 2024-06-15 | 15 | 45 | 80 | 55 | No | icy patch, cold hands
SR-322 | Brygida | Saucer | 2024-06-04 | 21 | 32.5 | 55 | 60 | No | _
SR-329 | Dobromila | Saucer | 2024-06-07 | 20 | 10 | 85 | _ | No | cold hands, hit a bump
SR-336 | Kleofas | Saucer | 2024-06-18 | 12 | 27.5 | 50 | 20 | Yes | fast finish, steering poor
SR-343 | Jadwiga | Tube | 2024-06-27 | 1 | _ | 75 | 47.5 | No | steering poor, hit a bump
SR-350 | Felicja | Luge | 2024-05-20 | 11 | 30 | 65 | 27.5 | Yes | ~
SR-357 | Gerwazy | Runner | 2024-05-03 | 17 | 42.5 | 90 | 5 | Yes | icy patch, fast finish
SR-364 | Ludmila | Saucer | 2024-07-03 | 9 | 40 | 30 | 10 | No | fast finish, crowd cheered
SR-371 | Eustachy | Tube | 2024-07-25 | 18 | 15 | 60 | #DIV/0! | No | fast finish, crowd cheered
SR-378 | Kleofas | Luge | 2024-03-08 | 24 | 35 | 20 | 42.5 | No | steering poor, icy patch
SR-385 | Cyprian | Tube | 2024-06-11 | 6 | 25 | 45 | 37.5 | Yes | fell twice, icy patch
SR-392 | Brygida | Luge | 2024-06-12 | 25 | 20 | free | 17.5 | Yes | hit a bump, icy patch
""")
ENTRIES["SledgingRuns"] = [
    ("Quick one: on the SledgingRuns tab, column E is Runs Done. How can I colour just each cell that is greater than "
     "15?", "GreaterThan({Runs Done}, 15)", "cells", "by-header", "forum"),
    ("30 or more, the Speed (km/h) cells of SledgingRuns that are, highlight you must. Only the cells.",
     "GreaterThanEqual({Speed (km/h)}, 30)", "cells", "by-header", "yoda", "boundary"),
    ("Order #57260 - 11 items - Subtotal $469.59 - Total $474.03\nSpecial instructions: in SledgingRuns, highlight "
     "entire rows whenever Hire Fee (PLN) is less than 60",
     "LessThan({Hire Fee (PLN)}, 60)", "rows", "by-header", "receipt"),
    ("Order confirmation #88192\nItems: 6\nShipping: $7.70\nTotal: $16.88\nSpecial instructions: in SledgingRuns, "
     "highlight entire rows whenever Hire Fee (PLN) is 60 or less",
     "LessThanEqual({Hire Fee (PLN)}, 60)", "rows", "by-header", "receipt", "boundary"),
    ("She's working down Speed (km/h) on the SledgingRuns sheet... any cell that equals 30, BANG, highlighted! Only "
     "the cell itself!", "Equals({Speed (km/h)}, 30)", "cells", "by-header", "sportscast"),
    ("Down the SledgingRuns sheet they go... Runs Done is not equal to 15? Entire row highlighted! Unbelievable!",
     "NotEquals({Runs Done}, 15)", "rows", "by-header", "sportscast", "negation"),
    ("She's working down Runs Done on the SledgingRuns sheet... any cell that is between 9 and 20, both included, "
     "BANG, highlighted! Only the cell itself!",
     "Between({Runs Done}, 9, 20)", "cells", "by-header", "sportscast", "boundary"),
    ("Wed 15:30-16:30, Room 6B\nAgenda: flag whole rows of SledgingRuns where Runs Done is below 9 or above 20 (so 9 "
     "and 20 themselves are not flagged)",
     "NotBetween({Runs Done}, 9, 20)", "rows", "by-header", "calendar", "boundary", "negation"),
    ("Order #76629 - 7 items - Subtotal $114.17 - Total $119.01\nSpecial instructions: on sheet SledgingRuns, shade "
     "just each Sled Kind cell that reads 'Saucer' and nothing else",
     "TextEquals({Sled Kind}, \"Saucer\")", "cells", "by-header", "receipt"),
    ("Wed 15:00-15:45, Room 4B\nAgenda: highlight each Notes cell in SledgingRuns that mentions 'cold' anywhere (just "
     "the cells)", "TextContains({Notes}, \"cold\")", "cells", "by-header", "calendar"),
    ("Shade every Sled Kind cell of sheet SledgingRuns that has no 'Saucer' anywhere in it; leave the rest of the row "
     "unformatted", "TextNotContains({Sled Kind}, \"Saucer\")", "cells", "by-header", "annotator", "negation"),
    ("Beginning with 'An', Rider in SledgingRuns? Colour its entire row, you should.",
     "TextStartsWith({Rider}, \"An\")", "rows", "by-header", "yoda", "starts-ends"),
    ("Ending in 'lm', Rider in SledgingRuns? Colour its entire row, you should.",
     "TextEndsWith({Rider}, \"lm\")", "rows", "by-header", "yoda", "starts-ends"),
    ("How can I make the whole row go yellow in SledgingRuns when Runs Done (column E) ranks in the top 3 of the "
     "column?", "Top({Runs Done}, 3)", "rows", "by-header", "forum", "superlative"),
    ("Quick one: on the SledgingRuns tab, column E is Runs Done. How can I colour just each cell that is one of the 3 "
     "lowest values?", "Bottom({Runs Done}, 3)", "cells", "by-header", "forum", "superlative"),
    ("In the top 20% of the column, the Snow Depth (cm) cells of SledgingRuns that are, highlight you must. Only the "
     "cells.", "TopPercent({Snow Depth (cm)}, 20)", "cells", "by-header", "yoda", "superlative"),
    ("Free of any error value the Snow Depth (cm) is? That cell in SledgingRuns, shade you will; the row, leave it.",
     "NotErrors({Snow Depth (cm)})", "cells", "by-header", "yoda", "negation"),
    ("SledgingRuns sync - Fri 11:30 (45 min), Room 2A\nAgenda: put a colour scale on the Hire Fee (PLN) cells of "
     "SledgingRuns", "ColorScale({Hire Fee (PLN)})", "cells", "by-header", "calendar"),
    ("Data bars, the Hire Fee (PLN) cells of SledgingRuns given must be.",
     "DataBar({Hire Fee (PLN)})", "cells", "by-header", "yoda"),
    ("Apply an icon set to the Hire Fee (PLN) cells of sheet SledgingRuns",
     "IconSet({Hire Fee (PLN)})", "cells", "by-header", "annotator"),
    ("Order confirmation #85672\nItems: 2\nShipping: $10.76\nTotal: $88.00\nNote to staff: in SledgingRuns, highlight "
     "any Runs Done cell that is above 9 but below 20 (cells only)",
     "AND(GreaterThan({Runs Done}, 9), LessThan({Runs Done}, 20))", "cells", "by-header", "receipt"),
    ("Below 9 or above 20, the Runs Done cells of SledgingRuns that are, highlight you must. Only the cells.",
     "OR(LessThan({Runs Done}, 9), GreaterThan({Runs Done}, 20))", "cells", "by-header", "yoda", "or"),
    ("Highlight the entire row of the runs except the 'Luge' ones in sheet SledgingRuns",
     "NOT(TextEquals({Sled Kind}, \"Luge\"))", "rows", "by-value", "annotator", "negation"),
    ("Last month's runs (the calendar month before this one), their entire rows in SledgingRuns, shade you will.",
     "LastMonth({Run Date})", "rows", "by-meaning", "yoda", "date"),
    ("Tue 09:30-10:30, Room 13\nAction item: colour the entire row on SledgingRuns whenever Run Date falls in this "
     "calendar month", "ThisMonth({Run Date})", "rows", "by-header", "calendar", "date"),
    ("Yesterday's runs, their entire rows in SledgingRuns, shade you will.",
     "Yesterday({Run Date})", "rows", "by-meaning", "yoda", "date"),
    ("Order #57990 - 6 items - Subtotal $88.92 - Total $95.38\nNote to staff: in SledgingRuns, highlight any Run Date "
     "cell that is today (cells only)", "Today({Run Date})", "cells", "by-header", "receipt", "date"),
    ("Mon 08:00-09:30, Room 44\nAction item: shade the entire row of last week's runs (the Sunday-to-Saturday week "
     "before this one) on SledgingRuns", "LastWeek({Run Date})", "rows", "by-meaning", "calendar", "date"),
    ("He's scanning Run Date in SledgingRuns... whenever it falls in this week (Sunday to Saturday), the WHOLE ROW "
     "lights up! What a play!", "ThisWeek({Run Date})", "rows", "by-header", "sportscast", "date"),
    ("In my SledgingRuns sheet, how do I highlight only a cell in column D (Run Date) when it is in the coming "
     "calendar week, Sunday to Saturday? Not the whole row.",
     "NextWeek({Run Date})", "cells", "by-header", "forum", "date"),
    ("Order confirmation #50261\nItems: 11\nShipping: $9.88\nTotal: $422.49\nSpecial instructions: on sheet "
     "SledgingRuns, shade just each Run Date cell that is in the coming calendar month",
     "NextMonth({Run Date})", "cells", "by-header", "receipt", "date"),
]

TABLES["MarmaladeAwards"] = _table("""
Jar Code | Maker | Fruit | Judging Date | Jars Entered | Peel Cut (mm) | Fee (GBP) | Set Score | Homemade? | Notes
MJ-301 | Lavinia | Lemon | 2024-06-10 | 17 | 6.75 | 17 | 11.5 | Yes | sugar crystals, lovely set
MJ-308 | Philippa | Grapefruit | 2024-06-15 | 7 | 8 | 21 | 10.5 | Yes | sugar crystals, bright colour
MJ-315 | Dorothea | Seville | 2024-06-04 | 15 | 7.75 | 32 | 11 | No | _
MJ-322 | Mortimer | Grapefruit | 2024-06-07 | 1 | 1.5 | 9 | 18.5 | No | sugar crystals, too runny
MJ-329 | Josephine | Seville | 2024-06-18 | 3 | 5.75 | 20 | 17 | Yes | label smudged, bitter finish
MJ-336 | Clementine | Lime | 2024-06-27 | 16 | 6.5 | 22 | 15 | No | sugar crystals, zesty nose
MJ-343 | Evander | Lemon | 2024-05-20 | 6 | 6 | 31 | 12 | Yes | sugar crystals, bitter finish
MJ-350 | Ivo | Seville | 2024-05-03 | 13 | 1 | 37 | _ | No | sugar crystals, zesty nose
MJ-357 | Araminta | Lemon | 2024-07-03 | 10 | 3.75 | 6 | 19.5 | Yes | zesty nose, sugar crystals
MJ-364 | Godfrey | Seville | 2024-07-25 | 14 | _ | 16 | 13.5 | Yes | lovely set, zesty nose
MJ-371 | Henrietta | Lemon | 2024-03-08 | 20 | 6.25 | 5 | 16.5 | No | ~
MJ-378 | Philippa | Lime | 2024-06-11 | 9 | 3 | waived | 14 | Yes | label smudged, lovely set
MJ-385 | Henrietta | Grapefruit | 2024-06-12 | 11 | 4.5 | 30 | 19 | No | thick peel, zesty nose
MJ-392 | Bartholomew | Lime | 2024-06-13 | 19 | 2.5 | 23 | #REF! | No | zesty nose, bright colour
""")
ENTRIES["MarmaladeAwards"] = [
    ("Sheet MarmaladeAwards: I want each entire row highlighted if the value in column F (Peel Cut (mm)) is at least "
     "5.75. Possible?", "GreaterThanEqual({Peel Cut (mm)}, 5.75)", "rows", "by-header", "forum", "boundary"),
    ("And here we go, the Fee (GBP) column in MarmaladeAwards... every cell that is lower than 21 -- lit up! Just the "
     "cell, folks, not the row!", "LessThan({Fee (GBP)}, 21)", "cells", "by-header", "sportscast"),
    ("Meeting: MarmaladeAwards tidy-up\nWhen: Tue 14:30-16:00\nWhere: Room 5C\nAgenda: flag whole rows of "
     "MarmaladeAwards where Jars Entered is at most 13",
     "LessThanEqual({Jars Entered}, 13)", "rows", "by-header", "calendar", "boundary"),
    ("She's working down Peel Cut (mm) on the MarmaladeAwards sheet... any cell that equals 5.75, BANG, highlighted! "
     "Only the cell itself!", "Equals({Peel Cut (mm)}, 5.75)", "cells", "by-header", "sportscast"),
    ("Down the MarmaladeAwards sheet they go... Jars Entered is not equal to 13? Entire row highlighted! Unbelievable!",
     "NotEquals({Jars Entered}, 13)", "rows", "by-header", "sportscast", "negation"),
    ("Meeting: MarmaladeAwards tidy-up\nWhen: Wed 08:15-09:00\nWhere: Room 5C\nAgenda: highlight each Fee (GBP) cell "
     "in MarmaladeAwards that is from 16 to 30 inclusive (just the cells)",
     "Between({Fee (GBP)}, 16, 30)", "cells", "by-header", "calendar", "boundary"),
    ("He's scanning Jars Entered in MarmaladeAwards... whenever it is outside 7 to 16 (7 and 16 themselves count as "
     "inside), the WHOLE ROW lights up! What a play!",
     "NotBetween({Jars Entered}, 7, 16)", "rows", "by-header", "sportscast", "boundary", "negation"),
    ("And it's the 'Lime' jars in MarmaladeAwards... every one of their rows, the whole row, lit up! Sensational!",
     "TextEquals({Fruit}, \"Lime\")", "rows", "by-value", "sportscast"),
    ("Fill each Notes cell in sheet MarmaladeAwards that mentions 'sugar' anywhere (cells only)",
     "TextContains({Notes}, \"sugar\")", "cells", "by-header", "annotator"),
    ("Shade every Fruit cell of sheet MarmaladeAwards that has no 'Grapefruit' anywhere in it; leave the rest of the "
     "row unformatted", "TextNotContains({Fruit}, \"Grapefruit\")", "cells", "by-header", "annotator", "negation"),
    ("Fill each Maker cell in sheet MarmaladeAwards that begins with 'La' (cells only)",
     "TextStartsWith({Maker}, \"La\")", "cells", "by-header", "annotator", "starts-ends"),
    ("Order confirmation #76661\nItems: 11\nShipping: $11.37\nTotal: $184.51\nNote to staff: colour the whole row of "
     "MarmaladeAwards where Maker ends with 'ia'",
     "TextEndsWith({Maker}, \"ia\")", "rows", "by-header", "receipt", "starts-ends"),
    ("Order confirmation #41576\nItems: 9\nShipping: $7.81\nTotal: $204.64\nNote to staff: colour the whole row of "
     "MarmaladeAwards where Jars Entered is one of the 3 highest values",
     "Top({Jars Entered}, 3)", "rows", "by-header", "receipt", "superlative"),
    ("Among the 3 lowest of the column the Jars Entered is? That cell in MarmaladeAwards, shade you will; the row, "
     "leave it.", "Bottom({Jars Entered}, 3)", "cells", "by-header", "yoda", "superlative"),
    ("And here we go, the Set Score column in MarmaladeAwards... every cell that is in the highest 20 percent of the "
     "column -- lit up! Just the cell, folks, not the row!",
     "TopPercent({Set Score}, 20)", "cells", "by-header", "sportscast", "superlative"),
    ("Fill each Jars Entered cell in sheet MarmaladeAwards that is in the lowest 20 percent of the column (cells only)",
     "BottomPercent({Jars Entered}, 20)", "cells", "by-header", "annotator", "superlative"),
    ("Quick one: on the MarmaladeAwards tab, column E is Jars Entered. How can I colour just each cell that is above "
     "the column's average?", "AboveAverage({Jars Entered})", "cells", "by-header", "forum"),
    ("INVOICE INV-1167\nQty: 6   Unit price: $26.36   Amount due: $166.53\nSpecial instructions: in MarmaladeAwards, "
     "highlight entire rows whenever Set Score is under the average of the column",
     "BelowAverage({Set Score})", "rows", "by-header", "receipt"),
    ("Fill each Maker cell in sheet MarmaladeAwards that appears more than once in the column (cells only)",
     "Duplicates({Maker})", "cells", "by-header", "annotator"),
    ("In my MarmaladeAwards sheet, how do I highlight only a cell in column B (Maker) when it appears only once in "
     "the column? Not the whole row.", "Unique({Maker})", "cells", "by-header", "forum"),
    ("Quick one: on the MarmaladeAwards tab, column J is Notes. How can I colour just each cell that is empty?",
     "Blanks({Notes})", "cells", "by-header", "forum"),
    ("In my MarmaladeAwards sheet, how do I highlight only a cell in column J (Notes) when it is not blank? Not the "
     "whole row.", "NotBlanks({Notes})", "cells", "by-header", "forum", "negation"),
    ("Order confirmation #46384\nItems: 9\nShipping: $9.80\nTotal: $412.01\nNote to staff: in MarmaladeAwards, "
     "highlight any Set Score cell that holds an Excel error value (cells only)",
     "Errors({Set Score})", "cells", "by-header", "receipt"),
    ("In last month (the calendar month before this one), the Judging Date cells of MarmaladeAwards that are, "
     "highlight you must. Only the cells.", "LastMonth({Judging Date})", "cells", "by-header", "yoda", "date"),
    ("Order #74926 - 7 items - Subtotal $152.95 - Total $162.21\nNote to staff: colour the whole row of "
     "MarmaladeAwards where Judging Date falls in this calendar month",
     "ThisMonth({Judging Date})", "rows", "by-header", "receipt", "date"),
    ("Here come yesterday's jars in MarmaladeAwards... whole rows, all highlighted! What a finish!",
     "Yesterday({Judging Date})", "rows", "by-meaning", "sportscast", "date"),
    ("In my MarmaladeAwards sheet, how do I highlight only a cell in column D (Judging Date) when it is today's date? "
     "Not the whole row.", "Today({Judging Date})", "cells", "by-header", "forum", "date"),
    ("INVOICE INV-3247\nQty: 5   Unit price: $29.61   Amount due: $152.50\nSpecial instructions: in MarmaladeAwards, "
     "highlight entire rows whenever Judging Date is tomorrow",
     "Tomorrow({Judging Date})", "rows", "by-header", "receipt", "date"),
    ("Highlight the whole row in sheet MarmaladeAwards when Judging Date falls within the last 7 days, today included",
     "Last7Days({Judging Date})", "rows", "by-header", "annotator", "date"),
    ("In sheet MarmaladeAwards, fill the entire row wherever Judging Date falls in next week (the Sunday-to-Saturday "
     "week after this one)", "NextWeek({Judging Date})", "rows", "by-header", "annotator", "date"),
    ("Highlight the entire row of next month's jars (the calendar month after this one) in sheet MarmaladeAwards",
     "NextMonth({Judging Date})", "rows", "by-meaning", "annotator", "date"),
]

TABLES["FacePainting"] = _table("""
Booking Ref | Painter | Design | Event Date | Faces Painted | Paint (ml) | Charge (ZAR) | Smiles | Glitter? | Notes
FP-301 | Chantelle | Butterfly | 2024-06-15 | 38 | 40 | 600 | 6.5 | Yes | sparkle run out, queue long
FP-308 | Imka | Rainbow | 2024-06-04 | 51 | 120 | 1100 | 6.25 | No | _
FP-315 | Bongani | Spider | 2024-06-07 | 60 | 95 | 700 | 8 | No | sunny day, happy parents
FP-322 | Karabo | Tiger | 2024-06-18 | 10 | 25 | 1050 | 6 | Yes | happy parents, mirror broke
FP-329 | Hennie | Butterfly | 2024-06-27 | 9 | 70 | 900 | 8.5 | Yes | mirror broke, sunny day
FP-336 | Dineo | Tiger | 2024-05-20 | 50 | 60 | 800 | #NUM! | No | shy toddlers, happy parents
FP-343 | Elrika | Rainbow | 2024-05-03 | 17 | 105 | 450 | 7.25 | Yes | shy toddlers, rain delay
FP-350 | Jabulani | Tiger | 2024-07-03 | 14 | 55 | 1500 | _ | No | queue long, rain delay
FP-357 | Ayanda | Butterfly | 2024-07-25 | 22 | 100 | 1400 | 10 | Yes | rain delay, sunny day
FP-364 | Fezile | Butterfly | 2024-03-08 | 25 | 90 | 1300 | 7.75 | Yes | ~
FP-371 | Gugulethu | Spider | 2024-06-11 | 11 | _ | 350 | 9.75 | Yes | sparkle run out, happy parents
FP-378 | Fezile | Rainbow | 2024-06-12 | 37 | 50 | deposit | 7.5 | No | queue long, rain delay
FP-385 | Lindiwe | Tiger | 2024-06-13 | 53 | 20 | 1150 | 5.5 | No | sparkle run out, rain delay
FP-392 | Karabo | Spider | 2024-06-10 | 19 | 30 | 550 | 8.25 | Yes | happy parents, sparkle run out
""")
ENTRIES["FacePainting"] = [
    ("In sheet FacePainting, fill the entire row wherever Faces Painted is more than 25",
     "GreaterThan({Faces Painted}, 25)", "rows", "by-header", "annotator"),
    ("Containing 'sparkle' the Notes is, the whole row in FacePainting highlight you must.",
     "TextContains({Notes}, \"sparkle\")", "rows", "by-header", "yoda"),
    ("Without 'Butterfly' anywhere in it, Design in FacePainting? Colour its entire row, you should.",
     "TextNotContains({Design}, \"Butterfly\")", "rows", "by-header", "yoda", "negation"),
    ("Highlight the whole row in sheet FacePainting when Painter starts with the letters 'Ch'",
     "TextStartsWith({Painter}, \"Ch\")", "rows", "by-header", "annotator", "starts-ends"),
    ("She's working down Painter on the FacePainting sheet... any cell that ends in the letters 'le', BANG, "
     "highlighted! Only the cell itself!",
     "TextEndsWith({Painter}, \"le\")", "cells", "by-header", "sportscast", "starts-ends"),
    ("In my FacePainting sheet, how do I highlight only a cell in column E (Faces Painted) when it is one of the 3 "
     "highest values? Not the whole row.", "Top({Faces Painted}, 3)", "cells", "by-header", "forum", "superlative"),
    ("Order #20203 - 12 items - Subtotal $12.00 - Total $15.07\nSpecial instructions: on sheet FacePainting, shade "
     "just each Faces Painted cell that is one of the 3 lowest values",
     "Bottom({Faces Painted}, 3)", "cells", "by-header", "receipt", "superlative"),
    ("How can I make the whole row go yellow in FacePainting when Smiles (column H) is in the highest 20 percent of "
     "the column?", "TopPercent({Smiles}, 20)", "rows", "by-header", "forum", "superlative"),
    ("Order #65233 - 8 items - Subtotal $72.88 - Total $77.54\nNote to staff: colour the whole row of FacePainting "
     "where Faces Painted is in the bottom 20%",
     "BottomPercent({Faces Painted}, 20)", "rows", "by-header", "receipt", "superlative"),
    ("Down the FacePainting sheet they go... Faces Painted beats the average of the column? Entire row highlighted! "
     "Unbelievable!", "AboveAverage({Faces Painted})", "rows", "by-header", "sportscast"),
    ("Quick one: on the FacePainting tab, column H is Smiles. How can I colour just each cell that is under the "
     "average of the column?", "BelowAverage({Smiles})", "cells", "by-header", "forum"),
    ("Order #57002 - 12 items - Subtotal $409.68 - Total $415.99\nNote to staff: in FacePainting, highlight any "
     "Painter cell that is a duplicate value (cells only)", "Duplicates({Painter})", "cells", "by-header", "receipt"),
    ("How can I make the whole row go yellow in FacePainting when Painter (column B) appears only once in the column?",
     "Unique({Painter})", "rows", "by-header", "forum"),
    ("Blank the Notes is, the whole row in FacePainting highlight you must.",
     "Blanks({Notes})", "rows", "by-header", "yoda"),
    ("Order #39017 - 11 items - Subtotal $70.29 - Total $81.75\nSpecial instructions: on sheet FacePainting, shade "
     "just each Notes cell that is not blank", "NotBlanks({Notes})", "cells", "by-header", "receipt", "negation"),
    ("Order confirmation #15128\nItems: 2\nShipping: $3.66\nTotal: $20.38\nNote to staff: in FacePainting, highlight "
     "any Smiles cell that shows an error (cells only)", "Errors({Smiles})", "cells", "by-header", "receipt"),
    ("In sheet FacePainting, fill the entire row wherever Smiles does not show an error",
     "NotErrors({Smiles})", "rows", "by-header", "annotator", "negation"),
    ("A colour scale, the Charge (ZAR) cells of FacePainting given must be.",
     "ColorScale({Charge (ZAR)})", "cells", "by-header", "yoda"),
    ("FacePainting sync - Mon 10:30 (60 min), Room 5C\nAgenda: put data bars on the Charge (ZAR) cells of FacePainting",
     "DataBar({Charge (ZAR)})", "cells", "by-header", "calendar"),
    ("And they're going for an icon set on the Charge (ZAR) column in FacePainting! Every number gets one, folks!",
     "IconSet({Charge (ZAR)})", "cells", "by-header", "sportscast"),
    ("Quick one: on the FacePainting tab, column E is Faces Painted. How can I colour just each cell that is more "
     "than 14 and less than 50?",
     "AND(GreaterThan({Faces Painted}, 14), LessThan({Faces Painted}, 50))", "cells", "by-header", "forum"),
    ("She's working down Faces Painted on the FacePainting sheet... any cell that is less than 14 or greater than 50, "
     "BANG, highlighted! Only the cell itself!",
     "OR(LessThan({Faces Painted}, 14), GreaterThan({Faces Painted}, 50))", "cells", "by-header", "sportscast", "or"),
    ("Is there a way to shade every row of the bookings other than the 'Tiger' ones in my FacePainting sheet?",
     "NOT(TextEquals({Design}, \"Tiger\"))", "rows", "by-value", "forum", "negation"),
    ("Meeting: FacePainting tidy-up\nWhen: Mon 13:00-14:30\nWhere: Room 46\nAction item: shade the entire row of last "
     "month's bookings (the calendar month before this one) on FacePainting",
     "LastMonth({Event Date})", "rows", "by-meaning", "calendar", "date"),
    ("Quick one: on the FacePainting tab, column D is Event Date. How can I colour just each cell that falls in this "
     "calendar month?", "ThisMonth({Event Date})", "cells", "by-header", "forum", "date"),
    ("In my FacePainting sheet, how do I highlight only a cell in column D (Event Date) when it is yesterday's date? "
     "Not the whole row.", "Yesterday({Event Date})", "cells", "by-header", "forum", "date"),
    ("And here we go, the Event Date column in FacePainting... every cell that is today's date -- lit up! Just the "
     "cell, folks, not the row!", "Today({Event Date})", "cells", "by-header", "sportscast", "date"),
    ("Tomorrow's bookings, their entire rows in FacePainting, shade you will.",
     "Tomorrow({Event Date})", "rows", "by-meaning", "yoda", "date"),
    ("Down the FacePainting sheet they go... Event Date falls within the last 7 days, today included? Entire row "
     "highlighted! Unbelievable!", "Last7Days({Event Date})", "rows", "by-header", "sportscast", "date"),
    ("Fill each Event Date cell in sheet FacePainting that falls in last week (the Sunday-to-Saturday week before "
     "this one) (cells only)", "LastWeek({Event Date})", "cells", "by-header", "annotator", "date"),
    ("Fill each Event Date cell in sheet FacePainting that falls in this week (Sunday to Saturday) (cells only)",
     "ThisWeek({Event Date})", "cells", "by-header", "annotator", "date"),
]

TABLES["FlowerArranging"] = _table("""
Entry Ref | Arranger | Style | Show Date | Stems | Height (in) | Vase Cost (SEK) | Fragrance | Foam Used? | Notes
FA-301 | Kerstin | Crescent | 2024-06-04 | 25 | 37.5 | 200 | 4.25 | Yes | wire showing, wilted early
FA-308 | Johanna | Cascade | 2024-06-07 | 54 | 16 | 380 | 2.25 | No | wilted early, leaning left
FA-315 | Linnea | Cascade | 2024-06-18 | 22 | 9 | 360 | #N/A | No | petals dropped, judge smiled
FA-322 | Gudrun | Posy | 2024-06-27 | 60 | 35 | 120 | _ | Yes | leaning left, wire showing
FA-329 | Dagmar | Crescent | 2024-05-20 | 57 | 30.5 | 320 | 6.75 | No | wilted early, bold colours
FA-336 | Ingrid | Hogarth | 2024-05-03 | 6 | 34.5 | 220 | 5.5 | Yes | petals dropped, judge smiled
FA-343 | Cecilia | Crescent | 2024-07-03 | 32 | 17.5 | 520 | 9.5 | Yes | judge smiled, wilted early
FA-350 | Astrid | Hogarth | 2024-07-25 | 24 | 19.5 | gift | 9.75 | No | scent strong, bold colours
FA-357 | Elsa | Cascade | 2024-03-08 | 17 | 15.5 | 500 | 7 | Yes | ~
FA-364 | Birgitta | Hogarth | 2024-06-11 | 29 | 21 | 420 | 9 | Yes | bold colours, wilted early
FA-371 | Kerstin | Posy | 2024-06-12 | 33 | 35.5 | 180 | 5 | No | wilted early, judge smiled
FA-378 | Frida | Posy | 2024-06-13 | 49 | 19 | 540 | 2 | Yes | _
FA-385 | Linnea | Posy | 2024-06-10 | 46 | 39.5 | 580 | 6.5 | No | leaning left, fresh greens
FA-392 | Hillevi | Cascade | 2024-06-15 | 28 | _ | 600 | 3 | No | wilted early, judge smiled
""")
ENTRIES["FlowerArranging"] = [
    ("Greater than 32 the Stems is? That cell in FlowerArranging, shade you will; the row, leave it.",
     "GreaterThan({Stems}, 32)", "cells", "by-header", "yoda"),
    ("Meeting: FlowerArranging tidy-up\nWhen: Fri 08:00-08:45\nWhere: Room 31\nAction item: on FlowerArranging, shade "
     "any Height (in) cell that is at least 21, not the rows",
     "GreaterThanEqual({Height (in)}, 21)", "cells", "by-header", "calendar", "boundary"),
    ("He's scanning Stems in FlowerArranging... whenever it is lower than 32, the WHOLE ROW lights up! What a play!",
     "LessThan({Stems}, 32)", "rows", "by-header", "sportscast"),
    ("Fill each Stems cell in sheet FlowerArranging that is at most 32 (cells only)",
     "LessThanEqual({Stems}, 32)", "cells", "by-header", "annotator", "boundary"),
    ("She's working down Height (in) on the FlowerArranging sheet... any cell that is exactly 21, BANG, highlighted! "
     "Only the cell itself!", "Equals({Height (in)}, 21)", "cells", "by-header", "sportscast"),
    ("In sheet FlowerArranging, fill the entire row wherever Stems is not equal to 32",
     "NotEquals({Stems}, 32)", "rows", "by-header", "annotator", "negation"),
    ("Between 220 and 520, both ends included, Vase Cost (SEK) in FlowerArranging? Colour its entire row, you should.",
     "Between({Vase Cost (SEK)}, 220, 520)", "rows", "by-header", "yoda", "boundary"),
    ("Meeting: FlowerArranging tidy-up\nWhen: Thu 12:45-13:30\nWhere: Room 3B\nAgenda: flag whole rows of "
     "FlowerArranging where Stems is outside 24 to 49 (24 and 49 themselves count as inside)",
     "NotBetween({Stems}, 24, 49)", "rows", "by-header", "calendar", "boundary", "negation"),
    ("Highlight the entire row of the 'Cascade' entries in sheet FlowerArranging",
     "TextEquals({Style}, \"Cascade\")", "rows", "by-value", "annotator"),
    ("He's scanning Stems in FlowerArranging... whenever it beats the average of the column, the WHOLE ROW lights up! "
     "What a play!", "AboveAverage({Stems})", "rows", "by-header", "sportscast"),
    ("Sheet FlowerArranging: I want each entire row highlighted if the value in column H (Fragrance) is under the "
     "average of the column. Possible?", "BelowAverage({Fragrance})", "rows", "by-header", "forum"),
    ("She's working down Arranger on the FlowerArranging sheet... any cell that appears more than once in the column, "
     "BANG, highlighted! Only the cell itself!", "Duplicates({Arranger})", "cells", "by-header", "sportscast"),
    ("Down the FlowerArranging sheet they go... Arranger has no repeat anywhere in the column? Entire row "
     "highlighted! Unbelievable!", "Unique({Arranger})", "rows", "by-header", "sportscast"),
    ("And here we go, the Notes column in FlowerArranging... every cell that is empty -- lit up! Just the cell, "
     "folks, not the row!", "Blanks({Notes})", "cells", "by-header", "sportscast"),
    ("Order confirmation #31577\nItems: 5\nShipping: $5.93\nTotal: $132.38\nNote to staff: colour the whole row of "
     "FlowerArranging where Notes is not blank", "NotBlanks({Notes})", "rows", "by-header", "receipt", "negation"),
    ("Quick one: on the FlowerArranging tab, column H is Fragrance. How can I colour just each cell that holds an "
     "Excel error value?", "Errors({Fragrance})", "cells", "by-header", "forum"),
    ("In sheet FlowerArranging, fill the entire row wherever Fragrance holds no error value",
     "NotErrors({Fragrance})", "rows", "by-header", "annotator", "negation"),
    ("Apply a colour scale to the Vase Cost (SEK) cells of sheet FlowerArranging",
     "ColorScale({Vase Cost (SEK)})", "cells", "by-header", "annotator"),
    ("Apply data bars to the Vase Cost (SEK) cells of sheet FlowerArranging",
     "DataBar({Vase Cost (SEK)})", "cells", "by-header", "annotator"),
    ("And they're going for an icon set on the Vase Cost (SEK) column in FlowerArranging! Every number gets one, "
     "folks!", "IconSet({Vase Cost (SEK)})", "cells", "by-header", "sportscast"),
    ("He's scanning Stems in FlowerArranging... whenever it is above 24 but below 49, the WHOLE ROW lights up! What a "
     "play!", "AND(GreaterThan({Stems}, 24), LessThan({Stems}, 49))", "rows", "by-header", "sportscast"),
    ("She's working down Stems on the FlowerArranging sheet... any cell that is under 24 or over 49, BANG, "
     "highlighted! Only the cell itself!",
     "OR(LessThan({Stems}, 24), GreaterThan({Stems}, 49))", "cells", "by-header", "sportscast", "or"),
    ("Order confirmation #14695\nItems: 12\nShipping: $9.77\nTotal: $467.45\nNote to staff: highlight the whole rows "
     "of the entries other than the 'Cascade' ones in FlowerArranging",
     "NOT(TextEquals({Style}, \"Cascade\"))", "rows", "by-value", "receipt", "negation"),
    ("In sheet FlowerArranging, fill the entire row wherever Show Date is yesterday",
     "Yesterday({Show Date})", "rows", "by-header", "annotator", "date"),
    ("Today, the Show Date cells of FlowerArranging that are, highlight you must. Only the cells.",
     "Today({Show Date})", "cells", "by-header", "yoda", "date"),
    ("Fill each Show Date cell in sheet FlowerArranging that is tomorrow (cells only)",
     "Tomorrow({Show Date})", "cells", "by-header", "annotator", "date"),
    ("Quick one: on the FlowerArranging tab, column D is Show Date. How can I colour just each cell that falls within "
     "the last 7 days, today included?", "Last7Days({Show Date})", "cells", "by-header", "forum", "date"),
    ("And here we go, the Show Date column in FlowerArranging... every cell that falls in last week (the "
     "Sunday-to-Saturday week before this one) -- lit up! Just the cell, folks, not the row!",
     "LastWeek({Show Date})", "cells", "by-header", "sportscast", "date"),
    ("In my FlowerArranging sheet, how do I highlight only a cell in column D (Show Date) when it is in the current "
     "calendar week, Sunday to Saturday? Not the whole row.",
     "ThisWeek({Show Date})", "cells", "by-header", "forum", "date"),
    ("In next week (the Sunday-to-Saturday week after this one), the Show Date cells of FlowerArranging that are, "
     "highlight you must. Only the cells.", "NextWeek({Show Date})", "cells", "by-header", "yoda", "date"),
    ("Meeting: FlowerArranging tidy-up\nWhen: Tue 16:15-17:00\nWhere: Room 5B\nAction item: on FlowerArranging, shade "
     "any Show Date cell that falls in next month (the calendar month after this one), not the rows",
     "NextMonth({Show Date})", "cells", "by-header", "calendar", "date"),
]

TABLES["GoatShows"] = _table("""
Tag No | Handler | Breed | Show Date | Goats Shown | Weight (kg) | Feed Cost (DKK) | Udder Score | Horned? | Notes
GT-301 | Anders | Nubian | 2024-06-07 | 11 | 47.5 | 450 | #VALUE! | No | nervous kid, limp noted
GT-308 | Bodil | Nubian | 2024-06-18 | 2 | 50 | 425 | 5.25 | Yes | ~
GT-315 | Gorm | Toggenburg | 2024-06-27 | 10 | 30 | 175 | 3 | No | coat shiny, nervous kid
GT-322 | Jytte | Nubian | 2024-05-20 | 13 | 62.5 | 775 | 4.5 | No | _
GT-329 | Ditte | Boer | 2024-05-03 | 6 | 65 | 375 | 3.5 | No | nervous kid, hooves trimmed
GT-336 | Ib | Nubian | 2024-07-03 | 5 | _ | 725 | 8.25 | No | coat shiny, vet checked
GT-343 | Kasper | Saanen | 2024-07-25 | 3 | 70 | 500 | 6.5 | Yes | hooves trimmed, ate the sign
GT-350 | Ditte | Saanen | 2024-03-08 | 14 | 90 | 625 | 6 | No | coat shiny, limp noted
GT-357 | Carsten | Boer | 2024-06-11 | 9 | 52.5 | 900 | _ | No | limp noted, vet checked
GT-364 | Helle | Boer | 2024-06-12 | 18 | 40 | 325 | 5 | No | calm walker, loud bleats
GT-371 | Carsten | Toggenburg | 2024-06-13 | 16 | 85 | 125 | 5.5 | Yes | nervous kid, vet checked
GT-378 | Frederikke | Saanen | 2024-06-10 | 8 | 75 | barter | 8.75 | Yes | coat shiny, calm walker
GT-385 | Lone | Toggenburg | 2024-06-15 | 7 | 82.5 | 100 | 4 | No | hooves trimmed, coat shiny
GT-392 | Esben | Saanen | 2024-06-04 | 1 | 77.5 | 650 | 3.75 | No | loud bleats, vet checked
""")
ENTRIES["GoatShows"] = [
    ("GoatShows sync - Wed 08:45 (60 min), Room 41\nAction item: on GoatShows, shade any Weight (kg) cell that is "
     "more than 65, not the rows", "GreaterThan({Weight (kg)}, 65)", "cells", "by-header", "calendar"),
    ("9 or more, the Goats Shown cells of GoatShows that are, highlight you must. Only the cells.",
     "GreaterThanEqual({Goats Shown}, 9)", "cells", "by-header", "yoda", "boundary"),
    ("Order #82266 - 9 items - Subtotal $135.18 - Total $140.10\nNote to staff: in GoatShows, highlight any Feed Cost "
     "(DKK) cell that is less than 450 (cells only)",
     "LessThan({Feed Cost (DKK)}, 450)", "cells", "by-header", "receipt"),
    ("Fill each Goats Shown cell in sheet GoatShows that is 9 or less (cells only)",
     "LessThanEqual({Goats Shown}, 9)", "cells", "by-header", "annotator", "boundary"),
    ("Exactly 65, Weight (kg) in GoatShows? Colour its entire row, you should.",
     "Equals({Weight (kg)}, 65)", "rows", "by-header", "yoda"),
    ("GoatShows sync - Mon 14:45 (60 min), Room 5A\nAgenda: highlight each Goats Shown cell in GoatShows that is "
     "anything other than 9 (just the cells)",
     "NotEquals({Goats Shown}, 9)", "cells", "by-header", "calendar", "negation"),
    ("Meeting: GoatShows tidy-up\nWhen: Wed 12:15-13:45\nWhere: Room 8D\nAction item: colour the entire row on "
     "GoatShows whenever Feed Cost (DKK) is between 325 and 650, both included",
     "Between({Feed Cost (DKK)}, 325, 650)", "rows", "by-header", "calendar", "boundary"),
    ("Highlight the whole row in sheet GoatShows when Goats Shown is outside 5 to 13 (5 and 13 themselves count as "
     "inside)", "NotBetween({Goats Shown}, 5, 13)", "rows", "by-header", "annotator", "boundary", "negation"),
    ("GoatShows sync - Wed 16:15 (15 min), Room 26\nAgenda: highlight the full rows of the 'Nubian' goats in GoatShows",
     "TextEquals({Breed}, \"Nubian\")", "rows", "by-value", "calendar"),
    ("Order #87399 - 7 items - Subtotal $190.12 - Total $199.53\nNote to staff: in GoatShows, highlight any Notes "
     "cell that contains 'nervous' (cells only)",
     "TextContains({Notes}, \"nervous\")", "cells", "by-header", "receipt"),
    ("In sheet GoatShows, fill the entire row wherever Breed has no 'Nubian' anywhere in it",
     "TextNotContains({Breed}, \"Nubian\")", "rows", "by-header", "annotator", "negation"),
    ("Sheet GoatShows: I want each entire row highlighted if the value in column B (Handler) begins with 'An'. "
     "Possible?", "TextStartsWith({Handler}, \"An\")", "rows", "by-header", "forum", "starts-ends"),
    ("Meeting: GoatShows tidy-up\nWhen: Fri 16:00-16:30\nWhere: Room 4C\nAgenda: flag whole rows of GoatShows where "
     "Handler ends with 'rs'", "TextEndsWith({Handler}, \"rs\")", "rows", "by-header", "calendar", "starts-ends"),
    ("Sheet GoatShows: I want each entire row highlighted if the value in column E (Goats Shown) ranks in the top 3 "
     "of the column. Possible?", "Top({Goats Shown}, 3)", "rows", "by-header", "forum", "superlative"),
    ("Down the GoatShows sheet they go... Goats Shown is one of the 3 lowest values? Entire row highlighted! "
     "Unbelievable!", "Bottom({Goats Shown}, 3)", "rows", "by-header", "sportscast", "superlative"),
    ("INVOICE INV-8219\nQty: 2   Unit price: $7.26   Amount due: $21.94\nNote to staff: in GoatShows, highlight any "
     "Udder Score cell that is in the top 20% (cells only)",
     "TopPercent({Udder Score}, 20)", "cells", "by-header", "receipt", "superlative"),
    ("Order #27550 - 4 items - Subtotal $25.96 - Total $37.87\nNote to staff: colour the whole row of GoatShows where "
     "Goats Shown is in the bottom 20%",
     "BottomPercent({Goats Shown}, 20)", "rows", "by-header", "receipt", "superlative"),
    ("How do I add a color scale to column G (Feed Cost (DKK)) of my GoatShows sheet?",
     "ColorScale({Feed Cost (DKK)})", "cells", "by-header", "forum"),
    ("INVOICE INV-8178\nQty: 9   Unit price: $49.37   Amount due: $453.03\nNote to staff: add data bars to the Feed "
     "Cost (DKK) cells of GoatShows", "DataBar({Feed Cost (DKK)})", "cells", "by-header", "receipt"),
    ("Meeting: GoatShows tidy-up\nWhen: Fri 15:30-17:00\nWhere: Room 37\nAgenda: put an icon set on the Feed Cost "
     "(DKK) cells of GoatShows", "IconSet({Feed Cost (DKK)})", "cells", "by-header", "calendar"),
    ("Fill each Goats Shown cell in sheet GoatShows that is above 5 but below 13 (cells only)",
     "AND(GreaterThan({Goats Shown}, 5), LessThan({Goats Shown}, 13))", "cells", "by-header", "annotator"),
    ("Fill each Goats Shown cell in sheet GoatShows that is under 5 or over 13 (cells only)",
     "OR(LessThan({Goats Shown}, 5), GreaterThan({Goats Shown}, 13))", "cells", "by-header", "annotator", "or"),
    ("Is there a way to shade every row of the goats except the 'Toggenburg' ones in my GoatShows sheet?",
     "NOT(TextEquals({Breed}, \"Toggenburg\"))", "rows", "by-value", "forum", "negation"),
    ("In last month (the calendar month before this one), the Show Date cells of GoatShows that are, highlight you "
     "must. Only the cells.", "LastMonth({Show Date})", "cells", "by-header", "yoda", "date"),
    ("How do I get this calendar month's goats highlighted, whole rows, in my GoatShows sheet?",
     "ThisMonth({Show Date})", "rows", "by-meaning", "forum", "date"),
    ("How can I make the whole row go yellow in GoatShows when Show Date (column D) is tomorrow?",
     "Tomorrow({Show Date})", "rows", "by-header", "forum", "date"),
    ("He's scanning Show Date in GoatShows... whenever it falls within the last 7 days, today included, the WHOLE ROW "
     "lights up! What a play!", "Last7Days({Show Date})", "rows", "by-header", "sportscast", "date"),
    ("Fill each Show Date cell in sheet GoatShows that falls in last week (the Sunday-to-Saturday week before this "
     "one) (cells only)", "LastWeek({Show Date})", "cells", "by-header", "annotator", "date"),
    ("Highlight the whole row in sheet GoatShows when Show Date is in the current calendar week, Sunday to Saturday",
     "ThisWeek({Show Date})", "rows", "by-header", "annotator", "date"),
    ("Here come next week's goats (the Sunday-to-Saturday week after this one) in GoatShows... whole rows, all "
     "highlighted! What a finish!", "NextWeek({Show Date})", "rows", "by-meaning", "sportscast", "date"),
    ("In my GoatShows sheet, how do I highlight only a cell in column D (Show Date) when it is in the coming calendar "
     "month? Not the whole row.", "NextMonth({Show Date})", "cells", "by-header", "forum", "date"),
]

TABLES["CoffeeCuppings"] = _table("""
Lot Code | Cupper | Origin | Cupping Date | Cups | Roast Time (min) | Price (BRL) | Acidity | Washed? | Notes
CC-301 | Gumercindo | Sidamo | 2024-06-18 | 6 | 13.75 | 270 | 7.75 | No | sweet aftertaste, floral aroma
CC-308 | Joaquim | Kona | 2024-06-27 | 28 | 8.5 | 130 | 5 | Yes | sour edge, flat body
CC-315 | Luzia | Sidamo | 2024-05-20 | 10 | 12.5 | 230 | #DIV/0! | Yes | berry notes, flat body
CC-322 | Caetano | Sidamo | 2024-05-03 | 12 | 9.5 | 240 | 7.5 | No | burnt smell, cocoa finish
CC-329 | Anselmo | Sidamo | 2024-07-03 | 22 | _ | 280 | 6.75 | No | cocoa finish, sweet aftertaste
CC-336 | Epitacio | Antigua | 2024-07-25 | 30 | 10.5 | 260 | 5.5 | No | sweet aftertaste, cocoa finish
CC-343 | Honorina | Kona | 2024-03-08 | 29 | 13 | 100 | 5.75 | No | berry notes, cocoa finish
CC-350 | Iracema | Antigua | 2024-06-11 | 21 | 11.75 | 290 | 6.25 | No | berry notes, flat body
CC-357 | Flavia | Huila | 2024-06-12 | 7 | 15.5 | 190 | 8.75 | No | ~
CC-364 | Dalva | Kona | 2024-06-13 | 19 | 10.75 | sample | 8 | No | flat body, nutty taste
CC-371 | Anselmo | Huila | 2024-06-10 | 5 | 16 | 200 | 9 | Yes | sweet aftertaste, flat body
CC-378 | Luzia | Huila | 2024-06-15 | 25 | 9.25 | 220 | _ | No | burnt smell, floral aroma
CC-385 | Kleber | Huila | 2024-06-04 | 17 | 9 | 70 | 7.25 | Yes | berry notes, nutty taste
CC-392 | Benedita | Antigua | 2024-06-07 | 3 | 14.25 | 250 | 8.25 | Yes | _
""")
ENTRIES["CoffeeCuppings"] = [
    ("Order confirmation #33019\nItems: 8\nShipping: $11.27\nTotal: $242.95\nNote to staff: in CoffeeCuppings, "
     "highlight any Cups cell that is less than 19 (cells only)",
     "LessThan({Cups}, 19)", "cells", "by-header", "receipt"),
    ("In sheet CoffeeCuppings, fill the entire row wherever Cups is at most 19",
     "LessThanEqual({Cups}, 19)", "rows", "by-header", "annotator", "boundary"),
    ("Quick one: on the CoffeeCuppings tab, column F is Roast Time (min). How can I colour just each cell that is "
     "exactly 11.75?", "Equals({Roast Time (min)}, 11.75)", "cells", "by-header", "forum"),
    ("He's scanning Cups in CoffeeCuppings... whenever it is not equal to 19, the WHOLE ROW lights up! What a play!",
     "NotEquals({Cups}, 19)", "rows", "by-header", "sportscast", "negation"),
    ("He's scanning Price (BRL) in CoffeeCuppings... whenever it is from 190 to 260 inclusive, the WHOLE ROW lights "
     "up! What a play!", "Between({Price (BRL)}, 190, 260)", "rows", "by-header", "sportscast", "boundary"),
    ("Meeting: CoffeeCuppings tidy-up\nWhen: Mon 14:45-15:00\nWhere: Room 4D\nAction item: on CoffeeCuppings, shade "
     "any Cups cell that is below 7 or above 25 (so 7 and 25 themselves are not flagged), not the rows",
     "NotBetween({Cups}, 7, 25)", "cells", "by-header", "calendar", "boundary", "negation"),
    ("Order #20301 - 4 items - Subtotal $155.36 - Total $165.24\nNote to staff: highlight the whole rows of the "
     "'Huila' lots in CoffeeCuppings", "TextEquals({Origin}, \"Huila\")", "rows", "by-value", "receipt"),
    ("Containing 'sweet' the Notes is, the whole row in CoffeeCuppings highlight you must.",
     "TextContains({Notes}, \"sweet\")", "rows", "by-header", "yoda"),
    ("How can I make the whole row go yellow in CoffeeCuppings when Origin (column C) does not contain 'Huila'?",
     "TextNotContains({Origin}, \"Huila\")", "rows", "by-header", "forum", "negation"),
    ("CoffeeCuppings sync - Wed 13:30 (60 min), Room 6C\nAgenda: flag whole rows of CoffeeCuppings where Cupper "
     "starts with the letters 'Gu'",
     "TextStartsWith({Cupper}, \"Gu\")", "rows", "by-header", "calendar", "starts-ends"),
    ("How can I make the whole row go yellow in CoffeeCuppings when Cupper (column B) ends in the letters 'do'?",
     "TextEndsWith({Cupper}, \"do\")", "rows", "by-header", "forum", "starts-ends"),
    ("He's scanning Cups in CoffeeCuppings... whenever it is one of the 3 highest values, the WHOLE ROW lights up! "
     "What a play!", "Top({Cups}, 3)", "rows", "by-header", "sportscast", "superlative"),
    ("Sheet CoffeeCuppings: I want each entire row highlighted if the value in column E (Cups) ranks in the bottom 3 "
     "of the column. Possible?", "Bottom({Cups}, 3)", "rows", "by-header", "forum", "superlative"),
    ("Quick one: on the CoffeeCuppings tab, column H is Acidity. How can I colour just each cell that is in the top "
     "40%?", "TopPercent({Acidity}, 40)", "cells", "by-header", "forum", "superlative"),
    ("Quick one: on the CoffeeCuppings tab, column E is Cups. How can I colour just each cell that is in the bottom "
     "20%?", "BottomPercent({Cups}, 20)", "cells", "by-header", "forum", "superlative"),
    ("Above the column's average the Cups is, the whole row in CoffeeCuppings highlight you must.",
     "AboveAverage({Cups})", "rows", "by-header", "yoda"),
    ("How can I make the whole row go yellow in CoffeeCuppings when Acidity (column H) is under the average of the "
     "column?", "BelowAverage({Acidity})", "rows", "by-header", "forum"),
    ("Down the CoffeeCuppings sheet they go... Cupper appears more than once in the column? Entire row highlighted! "
     "Unbelievable!", "Duplicates({Cupper})", "rows", "by-header", "sportscast"),
    ("And here we go, the Cupper column in CoffeeCuppings... every cell that appears only once in the column -- lit "
     "up! Just the cell, folks, not the row!", "Unique({Cupper})", "cells", "by-header", "sportscast"),
    ("INVOICE INV-1177\nQty: 6   Unit price: $45.40   Amount due: $279.12\nNote to staff: colour the whole row of "
     "CoffeeCuppings where Notes is empty", "Blanks({Notes})", "rows", "by-header", "receipt"),
    ("Filled in the Notes is, the whole row in CoffeeCuppings highlight you must.",
     "NotBlanks({Notes})", "rows", "by-header", "yoda", "negation"),
    ("Wed 08:45-09:00, Room 43\nAction item: on CoffeeCuppings, shade any Acidity cell that holds an Excel error "
     "value, not the rows", "Errors({Acidity})", "cells", "by-header", "calendar"),
    ("Free of any error value, the Acidity cells of CoffeeCuppings that are, highlight you must. Only the cells.",
     "NotErrors({Acidity})", "cells", "by-header", "yoda", "negation"),
    ("In last month (the calendar month before this one), Cupping Date in CoffeeCuppings? Colour its entire row, you "
     "should.", "LastMonth({Cupping Date})", "rows", "by-header", "yoda", "date"),
    ("She's working down Cupping Date on the CoffeeCuppings sheet... any cell that is in the current month, BANG, "
     "highlighted! Only the cell itself!", "ThisMonth({Cupping Date})", "cells", "by-header", "sportscast", "date"),
    ("Highlight the entire row of yesterday's lots in sheet CoffeeCuppings",
     "Yesterday({Cupping Date})", "rows", "by-meaning", "annotator", "date"),
    ("Tue 13:45-14:00, Room 6A\nAction item: colour the entire row on CoffeeCuppings whenever Cupping Date is today's "
     "date", "Today({Cupping Date})", "rows", "by-header", "calendar", "date"),
    ("INVOICE INV-9190\nQty: 8   Unit price: $49.39   Amount due: $406.51\nNote to staff: colour the whole row of "
     "CoffeeCuppings where Cupping Date is in the previous calendar week, Sunday to Saturday",
     "LastWeek({Cupping Date})", "rows", "by-header", "receipt", "date"),
    ("Meeting: CoffeeCuppings tidy-up\nWhen: Thu 15:15-16:45\nWhere: Room 39\nAction item: colour the entire row on "
     "CoffeeCuppings whenever Cupping Date is in the current calendar week, Sunday to Saturday",
     "ThisWeek({Cupping Date})", "rows", "by-header", "calendar", "date"),
    ("He's scanning Cupping Date in CoffeeCuppings... whenever it falls in next week (the Sunday-to-Saturday week "
     "after this one), the WHOLE ROW lights up! What a play!",
     "NextWeek({Cupping Date})", "rows", "by-header", "sportscast", "date"),
    ("In next month (the calendar month after this one) the Cupping Date is? That cell in CoffeeCuppings, shade you "
     "will; the row, leave it.", "NextMonth({Cupping Date})", "cells", "by-header", "yoda", "date"),
]

TABLES["CandyFlossStalls"] = _table("""
Stall ID | Vendor | Flavour | Fair Date | Cones Sold | Sugar (kg) | Takings (MXN) | Fluff Score | Tinted? | Notes
CF-301 | Hermelinda | Lemonade | 2024-06-27 | 50 | 6.5 | 2600 | 4 | Yes | pink fingers, machine jammed
CF-308 | Maclovia | Vanilla | 2024-05-20 | 45 | 7.5 | 3800 | 4.75 | No | sold out fast, wasps around
CF-315 | Fidelia | Vanilla | 2024-05-03 | 190 | 15 | 2100 | 8.75 | Yes | machine jammed, wind blew it
CF-322 | Jacinta | Cherry | 2024-07-03 | 145 | 5 | 3400 | 8 | No | _
CF-329 | Crisanto | Vanilla | 2024-07-25 | 165 | 14.5 | pending | 6 | Yes | power cut, sticky counter
CF-336 | Eleuterio | Bubblegum | 2024-03-08 | 20 | 10 | 1100 | 9.25 | No | power cut, machine jammed
CF-343 | Maclovia | Bubblegum | 2024-06-11 | 125 | 8.5 | 3200 | 5.5 | No | wasps around, pink fingers
CF-350 | Dolores | Lemonade | 2024-06-12 | 95 | 2 | 1800 | _ | Yes | sold out fast, sticky counter
CF-357 | Benita | Lemonade | 2024-06-13 | 110 | 6 | 600 | 5.75 | Yes | machine jammed, sticky counter
CF-364 | Benita | Cherry | 2024-06-10 | 200 | 13 | 700 | 9 | No | wind blew it, kids queued
CF-371 | Leandro | Vanilla | 2024-06-15 | 75 | 12 | 2300 | 7.25 | Yes | ~
CF-378 | Abundio | Cherry | 2024-06-04 | 85 | 7 | 3600 | #REF! | Yes | sold out fast, power cut
CF-385 | Ismael | Bubblegum | 2024-06-07 | 195 | _ | 3500 | 6.75 | Yes | power cut, wasps around
CF-392 | Gumaro | Bubblegum | 2024-06-18 | 25 | 8 | 1200 | 9.75 | Yes | power cut, machine jammed
""")
ENTRIES["CandyFlossStalls"] = [
    ("CandyFlossStalls sync - Thu 16:30 (45 min), Room 7A\nAction item: colour the entire row on CandyFlossStalls "
     "whenever Cones Sold is more than 110", "GreaterThan({Cones Sold}, 110)", "rows", "by-header", "calendar"),
    ("She's working down Sugar (kg) on the CandyFlossStalls sheet... any cell that is at least 8, BANG, highlighted! "
     "Only the cell itself!", "GreaterThanEqual({Sugar (kg)}, 8)", "cells", "by-header", "sportscast", "boundary"),
    ("Without 'Vanilla' anywhere in it, the Flavour cells of CandyFlossStalls that are, highlight you must. Only the "
     "cells.", "TextNotContains({Flavour}, \"Vanilla\")", "cells", "by-header", "yoda", "negation"),
    ("Order #71057 - 4 items - Subtotal $178.64 - Total $188.15\nSpecial instructions: on sheet CandyFlossStalls, "
     "shade just each Vendor cell that starts with the letters 'He'",
     "TextStartsWith({Vendor}, \"He\")", "cells", "by-header", "receipt", "starts-ends"),
    ("Thu 09:15-10:15, Room 26\nAction item: colour the entire row on CandyFlossStalls whenever Vendor ends with 'da'",
     "TextEndsWith({Vendor}, \"da\")", "rows", "by-header", "calendar", "starts-ends"),
    ("In sheet CandyFlossStalls, fill the entire row wherever Cones Sold ranks in the top 3 of the column",
     "Top({Cones Sold}, 3)", "rows", "by-header", "annotator", "superlative"),
    ("And here we go, the Cones Sold column in CandyFlossStalls... every cell that is one of the 3 lowest values -- "
     "lit up! Just the cell, folks, not the row!",
     "Bottom({Cones Sold}, 3)", "cells", "by-header", "sportscast", "superlative"),
    ("In my CandyFlossStalls sheet, how do I highlight only a cell in column H (Fluff Score) when it is in the "
     "highest 20 percent of the column? Not the whole row.",
     "TopPercent({Fluff Score}, 20)", "cells", "by-header", "forum", "superlative"),
    ("She's working down Cones Sold on the CandyFlossStalls sheet... any cell that is in the bottom 20%, BANG, "
     "highlighted! Only the cell itself!",
     "BottomPercent({Cones Sold}, 20)", "cells", "by-header", "sportscast", "superlative"),
    ("Order confirmation #90828\nItems: 4\nShipping: $5.51\nTotal: $21.55\nSpecial instructions: on sheet "
     "CandyFlossStalls, shade just each Cones Sold cell that beats the average of the column",
     "AboveAverage({Cones Sold})", "cells", "by-header", "receipt"),
    ("Below the column's average, Fluff Score in CandyFlossStalls? Colour its entire row, you should.",
     "BelowAverage({Fluff Score})", "rows", "by-header", "yoda"),
    ("He's scanning Vendor in CandyFlossStalls... whenever it appears more than once in the column, the WHOLE ROW "
     "lights up! What a play!", "Duplicates({Vendor})", "rows", "by-header", "sportscast"),
    ("Once only in the column, no repeat, Vendor in CandyFlossStalls? Colour its entire row, you should.",
     "Unique({Vendor})", "rows", "by-header", "yoda"),
    ("In sheet CandyFlossStalls, fill the entire row wherever Notes is empty",
     "Blanks({Notes})", "rows", "by-header", "annotator"),
    ("Shade every Notes cell of sheet CandyFlossStalls that has something in it; leave the rest of the row unformatted",
     "NotBlanks({Notes})", "cells", "by-header", "annotator", "negation"),
    ("An error value the Fluff Score is? That cell in CandyFlossStalls, shade you will; the row, leave it.",
     "Errors({Fluff Score})", "cells", "by-header", "yoda"),
    ("In my CandyFlossStalls sheet, how do I highlight only a cell in column H (Fluff Score) when it does not show an "
     "error? Not the whole row.", "NotErrors({Fluff Score})", "cells", "by-header", "forum", "negation"),
    ("INVOICE INV-4762\nQty: 12   Unit price: $20.79   Amount due: $255.27\nNote to staff: add a colour scale to the "
     "Takings (MXN) cells of CandyFlossStalls", "ColorScale({Takings (MXN)})", "cells", "by-header", "receipt"),
    ("Thu 09:30-10:30, Room 35\nAgenda: put data bars on the Takings (MXN) cells of CandyFlossStalls",
     "DataBar({Takings (MXN)})", "cells", "by-header", "calendar"),
    ("Apply an icon set to the Takings (MXN) cells of sheet CandyFlossStalls",
     "IconSet({Takings (MXN)})", "cells", "by-header", "annotator"),
    ("Above 50 and below 165 the Cones Sold is? That cell in CandyFlossStalls, shade you will; the row, leave it.",
     "AND(GreaterThan({Cones Sold}, 50), LessThan({Cones Sold}, 165))", "cells", "by-header", "yoda"),
    ("Shade every Cones Sold cell of sheet CandyFlossStalls that is under 50 or over 165; leave the rest of the row "
     "unformatted",
     "OR(LessThan({Cones Sold}, 50), GreaterThan({Cones Sold}, 165))", "cells", "by-header", "annotator", "or"),
    ("Highlight the entire row of the stalls except the 'Lemonade' ones in sheet CandyFlossStalls",
     "NOT(TextEquals({Flavour}, \"Lemonade\"))", "rows", "by-value", "annotator", "negation"),
    ("Thu 16:15-16:30, Room 8B\nAction item: shade the entire row of last month's stalls (the calendar month before "
     "this one) on CandyFlossStalls", "LastMonth({Fair Date})", "rows", "by-meaning", "calendar", "date"),
    ("In this calendar month, the Fair Date cells of CandyFlossStalls that are, highlight you must. Only the cells.",
     "ThisMonth({Fair Date})", "cells", "by-header", "yoda", "date"),
    ("Down the CandyFlossStalls sheet they go... Fair Date is yesterday? Entire row highlighted! Unbelievable!",
     "Yesterday({Fair Date})", "rows", "by-header", "sportscast", "date"),
    ("Order confirmation #28792\nItems: 10\nShipping: $4.27\nTotal: $37.87\nSpecial instructions: on sheet "
     "CandyFlossStalls, shade just each Fair Date cell that is today",
     "Today({Fair Date})", "cells", "by-header", "receipt", "date"),
    ("Meeting: CandyFlossStalls tidy-up\nWhen: Fri 12:15-13:15\nWhere: Room 6A\nAction item: shade the entire row of "
     "tomorrow's stalls on CandyFlossStalls", "Tomorrow({Fair Date})", "rows", "by-meaning", "calendar", "date"),
    ("INVOICE INV-3117\nQty: 9   Unit price: $16.78   Amount due: $158.90\nSpecial instructions: on sheet "
     "CandyFlossStalls, shade just each Fair Date cell that is in the past 7 days including today",
     "Last7Days({Fair Date})", "cells", "by-header", "receipt", "date"),
    ("How do I get next week's stalls (the Sunday-to-Saturday week after this one) highlighted, whole rows, in my "
     "CandyFlossStalls sheet?", "NextWeek({Fair Date})", "rows", "by-meaning", "forum", "date"),
    ("And here we go, the Fair Date column in CandyFlossStalls... every cell that is in the coming calendar month -- "
     "lit up! Just the cell, folks, not the row!",
     "NextMonth({Fair Date})", "cells", "by-header", "sportscast", "date"),
]

TABLES["Hayrides"] = _table("""
Ride Ref | Driver | Wagon | Ride Date | Riders | Distance (mi) | Fare (INR) | Bumpiness | Lanterns? | Notes
HR-301 | Delmar | Buckboard | 2024-05-20 | 39 | 4.25 | 525 | 4.5 | Yes | cider served, bale slipped
HR-308 | Abernathy | Haywain | 2024-05-03 | 30 | 5.75 | 225 | #NUM! | Yes | kids asleep, bale slipped
HR-315 | Merritt | Flatbed | 2024-07-03 | 12 | 3.75 | 75 | 2.25 | No | owl spotted, bale slipped
HR-322 | Beauregard | Flatbed | 2024-07-25 | 7 | 2.75 | 550 | _ | Yes | owl spotted, kids asleep
HR-329 | Hollis | Buckboard | 2024-03-08 | 19 | 1.5 | 475 | 7 | Yes | cider served, tractor stalled
HR-336 | Jedediah | Trailer | 2024-06-11 | 29 | 1.75 | 500 | 4 | No | _
HR-343 | Imogene | Haywain | 2024-06-12 | 14 | 2.25 | 575 | 4.75 | Yes | cider served, songs sung
HR-350 | Eulalie | Flatbed | 2024-06-13 | 11 | 9 | 325 | 1.5 | Yes | kids asleep, tractor stalled
HR-357 | Lorena | Haywain | 2024-06-10 | 31 | _ | 50 | 2.75 | Yes | cold night, owl spotted
HR-364 | Gideon | Haywain | 2024-06-15 | 20 | 3.5 | comped | 3.25 | No | cider served, bale slipped
HR-371 | Merritt | Trailer | 2024-06-04 | 40 | 5.5 | 175 | 5.25 | Yes | owl spotted, cold night
HR-378 | Hollis | Trailer | 2024-06-07 | 37 | 4 | 125 | 3 | No | kids asleep, muddy lane
HR-385 | Ferris | Buckboard | 2024-06-18 | 23 | 3.25 | 100 | 5.75 | Yes | ~
HR-392 | Cordelia | Flatbed | 2024-06-27 | 25 | 8.5 | 400 | 6.75 | Yes | tractor stalled, muddy lane
""")
ENTRIES["Hayrides"] = [
    ("Order confirmation #30728\nItems: 7\nShipping: $11.75\nTotal: $199.98\nNote to staff: colour the whole row of "
     "Hayrides where Distance (mi) is greater than 3.75",
     "GreaterThan({Distance (mi)}, 3.75)", "rows", "by-header", "receipt"),
    ("She's working down Riders on the Hayrides sheet... any cell that is at least 25, BANG, highlighted! Only the "
     "cell itself!", "GreaterThanEqual({Riders}, 25)", "cells", "by-header", "sportscast", "boundary"),
    ("Lower than 325, Fare (INR) in Hayrides? Colour its entire row, you should.",
     "LessThan({Fare (INR)}, 325)", "rows", "by-header", "yoda"),
    ("In my Hayrides sheet, how do I highlight only a cell in column E (Riders) when it is at most 25? Not the whole "
     "row.", "LessThanEqual({Riders}, 25)", "cells", "by-header", "forum", "boundary"),
    ("Highlight the whole row in sheet Hayrides when Distance (mi) equals 3.75",
     "Equals({Distance (mi)}, 3.75)", "rows", "by-header", "annotator"),
    ("Fill each Riders cell in sheet Hayrides that is not equal to 25 (cells only)",
     "NotEquals({Riders}, 25)", "cells", "by-header", "annotator", "negation"),
    ("Quick one: on the Hayrides tab, column E is Riders. How can I colour just each cell that is from 14 to 31 "
     "inclusive?", "Between({Riders}, 14, 31)", "cells", "by-header", "forum", "boundary"),
    ("Outside 14 to 31 (14 and 31 count as inside), Riders in Hayrides? Colour its entire row, you should.",
     "NotBetween({Riders}, 14, 31)", "rows", "by-header", "yoda", "boundary", "negation"),
    ("Order confirmation #12648\nItems: 11\nShipping: $3.91\nTotal: $471.30\nNote to staff: highlight the whole rows "
     "of the 'Haywain' rides in Hayrides", "TextEquals({Wagon}, \"Haywain\")", "rows", "by-value", "receipt"),
    ("Order confirmation #44649\nItems: 11\nShipping: $6.08\nTotal: $312.65\nNote to staff: colour the whole row of "
     "Hayrides where Notes mentions 'cider' anywhere",
     "TextContains({Notes}, \"cider\")", "rows", "by-header", "receipt"),
    ("Below the column's average the Bumpiness is? That cell in Hayrides, shade you will; the row, leave it.",
     "BelowAverage({Bumpiness})", "cells", "by-header", "yoda"),
    ("In my Hayrides sheet, how do I highlight only a cell in column B (Driver) when it is a duplicate value? Not the "
     "whole row.", "Duplicates({Driver})", "cells", "by-header", "forum"),
    ("Order #62966 - 10 items - Subtotal $170.00 - Total $178.55\nSpecial instructions: on sheet Hayrides, shade just "
     "each Driver cell that has no repeat anywhere in the column", "Unique({Driver})", "cells", "by-header", "receipt"),
    ("Shade every Notes cell of sheet Hayrides that is empty; leave the rest of the row unformatted",
     "Blanks({Notes})", "cells", "by-header", "annotator"),
    ("In sheet Hayrides, fill the entire row wherever Notes is not blank",
     "NotBlanks({Notes})", "rows", "by-header", "annotator", "negation"),
    ("Hayrides sync - Thu 14:45 (90 min), Room 3D\nAction item: colour the entire row on Hayrides whenever Bumpiness "
     "shows an error", "Errors({Bumpiness})", "rows", "by-header", "calendar"),
    ("Free of any error value the Bumpiness is? That cell in Hayrides, shade you will; the row, leave it.",
     "NotErrors({Bumpiness})", "cells", "by-header", "yoda", "negation"),
    ("And they're going for a color scale on the Fare (INR) column in Hayrides! Every number gets one, folks!",
     "ColorScale({Fare (INR)})", "cells", "by-header", "sportscast"),
    ("Data bars, the Fare (INR) cells of Hayrides given must be.",
     "DataBar({Fare (INR)})", "cells", "by-header", "yoda"),
    ("Mon 13:30-13:45, Room 42\nAgenda: put an icon set on the Fare (INR) cells of Hayrides",
     "IconSet({Fare (INR)})", "cells", "by-header", "calendar"),
    ("Order #30494 - 9 items - Subtotal $341.37 - Total $344.80\nSpecial instructions: on sheet Hayrides, shade just "
     "each Riders cell that is more than 14 and less than 31",
     "AND(GreaterThan({Riders}, 14), LessThan({Riders}, 31))", "cells", "by-header", "receipt"),
    ("Below 14 or above 31, the Riders cells of Hayrides that are, highlight you must. Only the cells.",
     "OR(LessThan({Riders}, 14), GreaterThan({Riders}, 31))", "cells", "by-header", "yoda", "or"),
    ("Order #86958 - 6 items - Subtotal $77.82 - Total $82.91\nNote to staff: highlight the whole rows of the rides "
     "except the 'Haywain' ones in Hayrides",
     "NOT(TextEquals({Wagon}, \"Haywain\"))", "rows", "by-value", "receipt", "negation"),
    ("Highlight the entire row of last month's rides (the calendar month before this one) in sheet Hayrides",
     "LastMonth({Ride Date})", "rows", "by-meaning", "annotator", "date"),
    ("In this calendar month, Ride Date in Hayrides? Colour its entire row, you should.",
     "ThisMonth({Ride Date})", "rows", "by-header", "yoda", "date"),
    ("Yesterday, the Ride Date cells of Hayrides that are, highlight you must. Only the cells.",
     "Yesterday({Ride Date})", "cells", "by-header", "yoda", "date"),
    ("Today, the Ride Date cells of Hayrides that are, highlight you must. Only the cells.",
     "Today({Ride Date})", "cells", "by-header", "yoda", "date"),
    ("INVOICE INV-4788\nQty: 11   Unit price: $26.10   Amount due: $294.20\nSpecial instructions: in Hayrides, "
     "highlight entire rows whenever Ride Date is tomorrow",
     "Tomorrow({Ride Date})", "rows", "by-header", "receipt", "date"),
    ("In my Hayrides sheet, how do I highlight only a cell in column D (Ride Date) when it is in the past 7 days "
     "including today? Not the whole row.", "Last7Days({Ride Date})", "cells", "by-header", "forum", "date"),
    ("Here come last week's rides (the Sunday-to-Saturday week before this one) in Hayrides... whole rows, all "
     "highlighted! What a finish!", "LastWeek({Ride Date})", "rows", "by-meaning", "sportscast", "date"),
    ("He's scanning Ride Date in Hayrides... whenever it falls in this week (Sunday to Saturday), the WHOLE ROW "
     "lights up! What a play!", "ThisWeek({Ride Date})", "rows", "by-header", "sportscast", "date"),
]

TABLES["GuacamoleContests"] = _table("""
Bowl Code | Chef | Variety | Contest Date | Avocados | Lime Juice (ml) | Cost (COP) | Zest Score | Spicy? | Notes
GC-301 | Leonor | Fuerte | 2024-05-03 | 12 | 22.5 | 18000 | 4.25 | Yes | onion strong, chunky texture
GC-308 | Inocencia | Hass | 2024-07-03 | 8 | 57.5 | 13000 | 9.75 | Yes | too salty, coriander heavy
GC-315 | Fulgencio | Hass | 2024-07-25 | 9 | _ | 22000 | 4.75 | No | mild heat, onion strong
GC-322 | Edelmira | Bacon | 2024-03-08 | 10 | 27.5 | 38000 | 9.5 | No | coriander heavy, browned fast
GC-329 | Baltasar | Bacon | 2024-06-11 | 5 | 15 | 37000 | 7 | No | browned fast, coriander heavy
GC-336 | Consuelo | Hass | 2024-06-12 | 17 | 55 | 24000 | 8.75 | No | ~
GC-343 | Graciela | Reed | 2024-06-13 | 19 | 60 | 12000 | 8.5 | Yes | smoky chips, onion strong
GC-350 | Jacinto | Fuerte | 2024-06-10 | 6 | 52.5 | 32000 | 3 | Yes | smoky chips, too salty
GC-357 | Heriberto | Bacon | 2024-06-15 | 15 | 32.5 | 10000 | 7.75 | Yes | _
GC-364 | Inocencia | Reed | 2024-06-04 | 16 | 30 | donated | 8.25 | No | smoky chips, mild heat
GC-371 | Amparo | Fuerte | 2024-06-07 | 7 | 45 | 11000 | _ | Yes | mild heat, browned fast
GC-378 | Demetrio | Hass | 2024-06-18 | 4 | 40 | 23000 | 3.75 | No | too salty, onion strong
GC-385 | Baltasar | Fuerte | 2024-06-27 | 2 | 37.5 | 28000 | #N/A | No | coriander heavy, browned fast
GC-392 | Marcelino | Reed | 2024-05-20 | 24 | 47.5 | 39000 | 6.25 | No | mild heat, browned fast
""")
ENTRIES["GuacamoleContests"] = [
    ("In my GuacamoleContests sheet, how do I highlight only a cell in column E (Avocados) when it is more than 10? "
     "Not the whole row.", "GreaterThan({Avocados}, 10)", "cells", "by-header", "forum"),
    ("Order confirmation #37872\nItems: 6\nShipping: $9.80\nTotal: $121.10\nSpecial instructions: in "
     "GuacamoleContests, highlight entire rows whenever Avocados is 10 or more",
     "GreaterThanEqual({Avocados}, 10)", "rows", "by-header", "receipt", "boundary"),
    ("Less than 10, Avocados in GuacamoleContests? Colour its entire row, you should.",
     "LessThan({Avocados}, 10)", "rows", "by-header", "yoda"),
    ("Quick one: on the GuacamoleContests tab, column E is Avocados. How can I colour just each cell that is at most "
     "10?", "LessThanEqual({Avocados}, 10)", "cells", "by-header", "forum", "boundary"),
    ("Order #23600 - 11 items - Subtotal $234.63 - Total $246.34\nNote to staff: colour the whole row of "
     "GuacamoleContests where Avocados equals 10", "Equals({Avocados}, 10)", "rows", "by-header", "receipt"),
    ("Thu 13:45-14:45, Room 6B\nAction item: on GuacamoleContests, shade any Avocados cell that is not equal to 10, "
     "not the rows", "NotEquals({Avocados}, 10)", "cells", "by-header", "calendar", "negation"),
    ("INVOICE INV-3855\nQty: 11   Unit price: $39.22   Amount due: $436.54\nSpecial instructions: on sheet "
     "GuacamoleContests, shade just each Avocados cell that is from 6 to 16 inclusive",
     "Between({Avocados}, 6, 16)", "cells", "by-header", "receipt", "boundary"),
    ("Order confirmation #95782\nItems: 3\nShipping: $9.58\nTotal: $71.05\nSpecial instructions: in "
     "GuacamoleContests, highlight entire rows whenever Avocados is outside 6 to 16 (6 and 16 themselves count as "
     "inside)", "NotBetween({Avocados}, 6, 16)", "rows", "by-header", "receipt", "boundary", "negation"),
    ("Order #71208 - 2 items - Subtotal $81.62 - Total $87.99\nNote to staff: highlight the whole rows of the 'Reed' "
     "bowls in GuacamoleContests", "TextEquals({Variety}, \"Reed\")", "rows", "by-value", "receipt"),
    ("She's working down Notes on the GuacamoleContests sheet... any cell that contains 'onion', BANG, highlighted! "
     "Only the cell itself!", "TextContains({Notes}, \"onion\")", "cells", "by-header", "sportscast"),
    ("Fill each Variety cell in sheet GuacamoleContests that has no 'Fuerte' anywhere in it (cells only)",
     "TextNotContains({Variety}, \"Fuerte\")", "cells", "by-header", "annotator", "negation"),
    ("Highlight the whole row in sheet GuacamoleContests when Chef starts with the letters 'Le'",
     "TextStartsWith({Chef}, \"Le\")", "rows", "by-header", "annotator", "starts-ends"),
    ("Sheet GuacamoleContests: I want each entire row highlighted if the value in column B (Chef) ends with 'or'. "
     "Possible?", "TextEndsWith({Chef}, \"or\")", "rows", "by-header", "forum", "starts-ends"),
    ("Fill each Avocados cell in sheet GuacamoleContests that ranks in the top 3 of the column (cells only)",
     "Top({Avocados}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("In my GuacamoleContests sheet, how do I highlight only a cell in column E (Avocados) when it is one of the 3 "
     "lowest values? Not the whole row.", "Bottom({Avocados}, 3)", "cells", "by-header", "forum", "superlative"),
    ("In the top 20% of the column the Zest Score is, the whole row in GuacamoleContests highlight you must.",
     "TopPercent({Zest Score}, 20)", "rows", "by-header", "yoda", "superlative"),
    ("GuacamoleContests sync - Fri 14:00 (60 min), Room 46\nAgenda: flag whole rows of GuacamoleContests where "
     "Avocados is in the bottom 20%", "BottomPercent({Avocados}, 20)", "rows", "by-header", "calendar", "superlative"),
    ("And here we go, the Avocados column in GuacamoleContests... every cell that beats the average of the column -- "
     "lit up! Just the cell, folks, not the row!", "AboveAverage({Avocados})", "cells", "by-header", "sportscast"),
    ("Apply data bars to the Cost (COP) cells of sheet GuacamoleContests",
     "DataBar({Cost (COP)})", "cells", "by-header", "annotator"),
    ("Apply an icon set to the Cost (COP) cells of sheet GuacamoleContests",
     "IconSet({Cost (COP)})", "cells", "by-header", "annotator"),
    ("GuacamoleContests sync - Tue 14:30 (60 min), Room 8C\nAction item: on GuacamoleContests, shade any Avocados "
     "cell that is more than 6 and less than 16, not the rows",
     "AND(GreaterThan({Avocados}, 6), LessThan({Avocados}, 16))", "cells", "by-header", "calendar"),
    ("GuacamoleContests sync - Tue 15:00 (15 min), Room 5B\nAction item: on GuacamoleContests, shade any Avocados "
     "cell that is less than 6 or greater than 16, not the rows",
     "OR(LessThan({Avocados}, 6), GreaterThan({Avocados}, 16))", "cells", "by-header", "calendar", "or"),
    ("And it's the bowls other than the 'Fuerte' ones in GuacamoleContests... every one of their rows, the whole row, "
     "lit up! Sensational!", "NOT(TextEquals({Variety}, \"Fuerte\"))", "rows", "by-value", "sportscast", "negation"),
    ("Meeting: GuacamoleContests tidy-up\nWhen: Tue 08:15-09:00\nWhere: Room 6A\nAgenda: flag whole rows of "
     "GuacamoleContests where Contest Date is yesterday's date",
     "Yesterday({Contest Date})", "rows", "by-header", "calendar", "date"),
    ("And here we go, the Contest Date column in GuacamoleContests... every cell that is today -- lit up! Just the "
     "cell, folks, not the row!", "Today({Contest Date})", "cells", "by-header", "sportscast", "date"),
    ("Here come tomorrow's bowls in GuacamoleContests... whole rows, all highlighted! What a finish!",
     "Tomorrow({Contest Date})", "rows", "by-meaning", "sportscast", "date"),
    ("INVOICE INV-7865\nQty: 10   Unit price: $43.84   Amount due: $448.35\nNote to staff: colour the whole row of "
     "GuacamoleContests where Contest Date is in the past 7 days including today",
     "Last7Days({Contest Date})", "rows", "by-header", "receipt", "date"),
    ("How do I get last week's bowls (the Sunday-to-Saturday week before this one) highlighted, whole rows, in my "
     "GuacamoleContests sheet?", "LastWeek({Contest Date})", "rows", "by-meaning", "forum", "date"),
    ("Order confirmation #49138\nItems: 2\nShipping: $4.21\nTotal: $19.59\nNote to staff: in GuacamoleContests, "
     "highlight any Contest Date cell that falls in this week (Sunday to Saturday) (cells only)",
     "ThisWeek({Contest Date})", "cells", "by-header", "receipt", "date"),
    ("Highlight the whole row in sheet GuacamoleContests when Contest Date is in the coming calendar week, Sunday to "
     "Saturday", "NextWeek({Contest Date})", "rows", "by-header", "annotator", "date"),
    ("In next month (the calendar month after this one) the Contest Date is? That cell in GuacamoleContests, shade "
     "you will; the row, leave it.", "NextMonth({Contest Date})", "cells", "by-header", "yoda", "date"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
