"""A thirty-fourth set of table requests, about a third of them header-only, and the builder of
thirtyfourth_tables.json.

Written on 2026-12-08 between 00:57 and about 01:20 UTC (by `date -u` on this machine: 00:57:50 at the start) by
engineer E34t, who had read neither the assistant's code nor any set's wordings, so that the team has table requests
nobody has tuned on. The eleven tables (dollhouse builds, airship flights, fresco commissions, croissant bakes,
churrasco nights, ski jump meets, rafting trips, fire dancing shows, gem cutting orders, barometer repairs,
hourglass batches) and every request were written from scratch, in the structure of thirtythird_tables.py (whose
docstring, imports, constants, helper code and closing lines were read). Each table has 10 columns in the same roles
(A a code, B a name, C a category, D a date, E to H four number columns, I a yes/no column, J free text); headers
carry units and currencies and question marks (`Rooms`, `Width (cm)`, `Price (SEK)`, `Detail Score`, `Lit?`,
`Passengers`, `Height (km)`, `Fare (CHF)`, `Smoothness`, `Catered?`, `Panels`, `Area (sq m)`, `Fee (EUR)`, `Pigment
Grade`, `Gold Leaf?`, `Croissants`, `Butter (kg)`, `Cost (DKK)`, `Flake Score`, `Sold Out?`, `Skewers`, `Charcoal
(kg)`, `Take (BRL)`, `Smoke`, `Live Music?`, `Jumps`, `Distance (m)`, `Entry Fee (PLN)`, `Style Points`, `Podium?`,
`Rafters`, `Level (m)`, `Price (ZAR)`, `Thrill`, `Wetsuits?`, `Tricks`, `Fuel (L)`, `Fee (AUD)`, `Crowd Score`,
`Encore?`, `Facets`, `Carats`, `Quote (USD)`, `Clarity Score`, `Certified?`, `Parts`, `Mercury (ml)`, `Invoice
(GBP)`, `Accuracy`, `Antique?`, `Glasses`, `Run (min)`, `Price (INR)`, `Symmetry`, `Engraved?`; no digit in any
header), and the cells dates, money (plain numbers under a currency header), integers, decimals in quarter, half or
two-and-a-half steps, codes, yes/no values, free text (makers, pilots, painters, bakers, grill masters, jumpers,
river guides, performers, cutters, restorers, blowers: twelve a table, two of them written twice; styles, route
types, wall types, fillings, cuts, hill classes, sections, props, stones, kinds, sand colours: four a table; notes
made of two of eight short phrases a table), text in a number column ("tbc", "comped", "waived", "sample", "barter",
"free", "deposit", "donated", "quote", "pending", "gift"), Excel errors (#N/A, #DIV/0!, #VALUE!, #REF!, #NUM!) and
blanks. The cells were drawn by a seeded random generator without repeats from each column's grid
(/tmp/e34t/tables.py, `make_table`), then frozen here; the six special cells of a table (F's blank, G's text, H's
blank and error, J's "" and " ") sit on six different rows.

Domains: a short program (/tmp/e34t/domcheck.py, four runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring; thirtyfourth_* aside, the thirty-third builders included) and the `Table` field
of every set file there (thirtyfourth_* aside, CamelCase split into words), and printed one True/False per candidate
word (True when named as a whole word with an optional plural s or es, spaces, dashes and underscores between its
words also matched). Dropped as used (True): bonsai, origami, terrarium, quilting, marionette, stained glass, hot
air balloon, escape room, axe throwing, mosaic, llama trekking, dog grooming, bagpipe, accordion, harp, ukulele,
roller derby, curling, dragon boat, soap making, perfume, tattoo, locksmith, chimney sweep, clockmaker, cobbler,
model railway, puppet, ventriloquist, fireworks, hot sauce, kombucha, mead, maple syrup, mushroom foraging, alpaca,
reindeer, sled dog, yurt, hovercraft, cheese, truffle, zeppelin, bell ringing, cider, tapestry, embroidery, weaving,
loom, kiln, sand art, bagel, tamale, empanada, ice fishing, snowshoe, sled, toboggan, slackline, unicycle, juggling,
stilt walking, tightrope, harmonica, banjo, mandolin, pinball, arcade, billiards, darts, lantern, paper lantern,
kite surfing, windsurf, canyoning, via ferrata, quarry, watch repair, globe, cartography, map, gem, caving trips,
fire. Unused (False), and taken: dollhouse, airship, fresco, croissant, churrasco, ski jumping (and ski jump),
rafting, fire dancing, gem cutting, barometer, hourglass; the words gem and fire alone are used (True), gem cutting
and fire dancing are not. Also unused, not taken: cheese making, truffle hunting, gondolier, bagatelle, skee ball,
spelunking (left out as near to caving, which is used), jewellery, abacus, poi. Nonsense words were asked as
controls: zzzqqq, vxqjzk and qpzwvx printed True (earlier builders' docstrings name them as their own controls),
qqxjvw and wzkqxp False. The eleven table names (DollhouseBuilds, AirshipFlights, FrescoCommissions, CroissantBakes,
ChurrascoNights, SkiJumpMeets, RaftingTrips, FireDancingShows, GemCuttingOrders, BarometerRepairs, HourglassBatches)
were also asked (not split into words: all False); that no set file's `Table` field holds them is checked by the
table test module (passed).

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES is the
earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines ("Highlight X in
sheet T.", "On the T sheet, apply a fill to X.", "Sheet T: shade X.", "Conditional format for T: X, yellow fill.",
"Add a rule in T that colours X.", "In T, if H ..., fill the whole row.", "Format the cell alone in sheet T whenever
H ....", "T sheet -- when H ..., highlight the entire row."); `forum`, a forum question, with the column letter
(always the true column of the table placed at A1) when it names the column by its header, and none when it names
the rows by a value or by what the date means ("How do I highlight X in my T sheet? It's column L.", "In my T sheet,
column L is H. I want to colour ... whenever it .... How?", "Newbie here. ...", "Can conditional formatting do this?
...", "Quick one: ...", "Trying to set up T. ...", "Is there a way to flag ...", "Help please -- T sheet, column L
is H: when a value there ..., I'd like ... coloured."); four new here: `weather`, the request as a weather forecast
or report ("Outlook for Tue 14 Oct: 18C, 40% chance of showers -- and a yellow front over X in T.", "Forecast, T
region: winds w km/h, highs of tC. Expect highlighting on X.", "Weather report for T: when H ..., a warm front
colours the whole row. Humidity h%, wind w km/h.", "Storm watch (d mon): ...", "Met office, T sheet: ... Bright
yellow for X.", "Evening bulletin for T: ... Pressure p hPa.", "Coastal forecast d mon -- T: swell s m, wind w
knots; mark X.", ...; day names and the months January to April and August to December only, no May, June or July,
and no word of a date period); `quest`, a video game's quest log or mission text ("Quest q (Lv l): highlight X in T.
Reward: x XP.", "Side quest #q -- T: when H ..., mark the full row. Recommended level l.", "New mission unlocked!
...", "Quest log, entry q: journey to T and colour X. ...", "[Lv l] T Trials: if H ..., fill .... Completion bonus:
x XP.", "Daily bounty q: the guild master of T wants you to highlight X. Pays g gold.", "Objective o: in T, tint ...
whenever H .... Level l+, reward x XP.", "Main story, chapter c: T awaits. Mark X to earn x XP."); `transcript`, a
court or meeting transcript in question-and-answer form, with page and line numbers ("p:l Q. And what did you want
done in T? p:l A. X, highlighted.", "Q. (p:l) You asked for a rule on T? A. (p:l) Yes -- shade X.", "p:l THE
WITNESS: In T, I wanted this marked: X. ...", "MR. NAME: Page p, line l. Q. Tell us what the T rule did. A. It
filled ... when H ....", "Minutes, p. p, l. l: Q. Your request for T? A. Highlight X. Q. Nothing else? A. No.",
...); `thread`, a numbered social-media thread with post numbers, likes and reply counts ("1/2 ok sheet question
(thread emoji) 2/2 in T, highlight X -- k likes", "1/3 thread on my T sheet ... 2/3 when H ... 3/3 I want the full
row coloured. r replies", "T people, 1/2: can I shade X? 2/2 asking for a friend (k likes, r replies)", "2/2
(replying to myself) in T: mark X. (heart) k (speech bubble) r", ...). Each style has eight frames for a column
named by its header, three for rows named by value or date meaning and three for the visual rules, and every one of
its header frames and its by-name frames is used (by a program over the drafts: 12 to 14 frames used per style);
inside a frame the object varies too (four cell forms: "every H cell that ... (just the cells)", "each H value that
... (the cell only)", "any cell in H that ... (only that cell)", "the H cells ... (cells only, not the rows)"; four
row forms: "the whole row wherever H ...", "the entire row of each build whose H ...", "full rows for builds with H
...", "the complete row of any build with H ..."; in the frames that say the condition first, three tails each for
rows and cells), and the condition is said in three ways per function, as a verb phrase or after the noun. The
dates, temperatures, percentages, wind speeds, swells and pressures, the quest numbers, levels, XP, gold, chapters
and objectives, the page and line numbers, and the likes and replies are drawn by a stable hash and checked by the
program to hold no number equal to one of the rule's figures (thresholds, bounds, n, p, the 7 of Last7Days; for
threads the post numbers 1, 2 and 3 count too), else up to six other draws, else the next literal; the brief's own
examples were not used as requests.

How the requests were written: E34t wrote, in /tmp/e34t/phrases.py, for each function three condition phrases after
a singular subject ("is greater than a", "is a or more", "does not go above a", "is outside a to b, the ends
themselves counting as inside", "lies strictly between a and b, ends excluded", "falls short of a or goes past b",
"is something other than 's'", "lacks the letters 's'", "finishes with 's'", "is one of the column's n largest
values", "is in the column's lowest p percent", "beats the average of the column", "shows up twice or more in the
column", "has nothing in it", "holds an Excel error value", "is one of the last 7 days including today", "falls in
the previous calendar week", "is in next calendar month", ...) and three after a noun, number-neutral ("of at least
a", "no higher than a", "in the inclusive range a to b", "beyond the a to b band, ends counted inside", "either less
than a or greater than b", "free of the text 's'", "ranked in the column's n smallest", "never repeated in the
column", "holding some text", "without an error value", "falling on tomorrow's date", ...), noun phrases for the
rows named by a value ("the 'Chapel' commissions", "all builds except the 'Victorian' ones", "the non-'Chapel'
commissions", "the trips marked 'Lower Falls'") or by what the date means ("tomorrow's shows", "last week's meets
(the Sunday-to-Saturday week before this one)", "the batches dated within the last 7 days (today included)"), three
row wrappers for them ("the whole rows of ...", "full rows for ...", "every row belonging to ..."), the visual
formats ("a colour scale", "a color scale", "a colour gradient scale", "data bars", "in-cell data bars", "a data
bar", "an icon set", "a set of icons", "icons (an icon set)") and the frames per style above; the program
(/tmp/e34t/gen.py) picks a naming (by-value for about three in four TextEquals and NOT drafts, by-meaning for about
a third of the periods, by hash), a style (by hash among the six, for every function), a frame, an object form, the
phrases and the wrapper's numbers by stable hashes of the table and the function, the scope by the same hash (cells
for the visual rules; rows for every request naming the rows by value or meaning; else about half each; a cells
draft takes the first of its phrases without a bracket, as the cell forms end in one), and the literal: the first
candidate of the column's own values (numbers nearest the median first, bounds near the quartiles, words of four
letters or more of the notes, the category values in an order rotated by hash, fragments of two or three letters
that some but not all categories hold, prefixes and suffixes of two or three letters of the names, n of 3, 2, 4, 5
and p of 20, 25, 30, 10, 15, 40) for which everyday_tables' `problems` finds nothing on the full table, no column
letter but the rule's is named, the wrapper's numbers are not the rule's figures, and the request is in no other set
file nor the train split. The entries below are that program's output, frozen (written by /tmp/e34t/assemble.py,
which also wraps long requests over string lines at spaces and checks the line length); nothing was reworded by
hand. Decided before the first run of gen.py and written in it (`all_drafts`): a function whose drafts fall in one
half only gets a second draft on every table that has it (the next passing literal, naming, style, scope and wording
by the hash with "second"); in every run it added none (341 drafts). Before the first build the phrases and frames
were changed three times, each time for grammar or clarity and each time drawing every draft again (the literals
stayed; a changed wording gives a new ID and so perhaps a new half): after reading drafts 0 to 69 (a witness frame,
a bounty frame, a hot-take frame, a met-office frame and two weather by-name frames that put a long object before
"marked", "highlighted" or "shaded in"; a forum frame whose "(column L)" followed the object's own brackets; a
transcript frame whose single quotes held the rule's quoted text), after drafts 70 to 159 (the met-office frame
again, whose "bright yellow" followed the object; the TextContains noun phrase "with 's' somewhere in the text",
which read wrong after "with Notes"; a thread frame's likes in brackets after the object's; a forum frame that said
"when column B (H) appears only once in the column"), and after drafts 160 to 340 (a bounty-board frame whose gold
followed the object; cell forms after a phrase with its own brackets, as in "outside a to b (the ends themselves
count as inside) (only that cell)"), then the eight changed drafts were read and nothing more was changed. No split
was printed in any of these printouts.

Requests keep Excel's semantics: comparisons other than LessThan, LessThanEqual and Between are only on the two
number columns that hold no text (E, and F, which holds one "" blank; NotEquals, NotBetween, AND and OR, which a
blank read as 0 could meet, only on E), LessThan, LessThanEqual and Between on E or the column with a text cell (G),
the visual rules on G, the error and errors-not rules, TopPercent and BelowAverage on the column with an error and a
blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks on the notes (both "" and a lone space " "),
TextEquals, NOT and TextNotContains on the category, TextContains on the notes, TextStartsWith, TextEndsWith,
Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 00:57:50, and about eight times
while working and at the end); `cat` of /work/team/brief34.md (the brief) with an import check of cf_assistant (OK);
`ls` of benchmarks/data (file names), `wc -l` of thirtythird_tables.py (1295) and a `grep -n` of it anchored on
top-level names and the main block (line numbers of its constants, TABLES/ENTRIES and the main block); `sed -n
1,300p` of it (its docstring, imports, constants and helper code, up to ENTRIES = {}, and twelve lines more: see
Slips); an `awk` of its lines 1260 to 1295 printing each line's number, length and first two characters; `sed -n
1288,1295p` (the closing bracket, the bind and the main block); `wc -l` of the files the brief lets one read, then
`cat` of table_sets.py, column_sets.py, tests/benchmarks/test_table_sets_data.py, ../shared/docs/CF_RULES.md,
tests/benchmarks/set_files.py (the whole file: its check functions and their helpers) and everyday_common.py; the
first 12,000 characters of benchmarks/data/README.md, each line cut to 400 characters (its rows up to sixth_cf); of
cf_assistant.languages.cf: the names it exports (dir) and parse/to_text on 34 made-up rules for the canonical
spelling; the signatures (inspect.signature) of everyday_tables' `build_record` and `problems`, nothing of their
code; counts of the builders (76) and set files (73) in benchmarks/data. The drafting programs' runs:
/tmp/e34t/domcheck.py (four runs, True/False per word); /tmp/e34t/tables.py (each table's row count, column count
and widest line: five over 119 at first, so twelve headers were shortened, then at most 118); a check that
phrases.py loads (38 functions with condition phrases, 8, 3 and 3 frames per style); a program writing the
thirty-third builder's OTHER_SETS and the two thirty-third files to /tmp/e34t/other_sets.json (it printed 73, then
71 73 True); /tmp/e34t/gen.py ("341 drafts; no passing literal: []; repeated: 0; second drafts added: 0", five
times: before and after each phrase change, and once more with the frame count); printouts of this set's own drafts
(style, naming, scope, rule and request; no split in them), all before the first build: drafts 0 to 69, then 70 to
159, then 160 to 340 (19 lines cut by the tool, so drafts 244 to 262 were printed again, cut to 260 characters),
then the eight drafts changed by the last phrase change; a program printing how many drafts each frame of each style
drew (12 to 14 frames used per style) and that it drew the same drafts (True); /tmp/e34t/assemble.py ("341 drafts;
lines over 120: 0; widest 118") and a check that the builder's TABLES and ENTRIES are the tables and drafts and its
OTHER_SETS count ("True True 73"); the first build (`python benchmarks/data/thirtyfourth_tables.py`, output to a
file, rc=0 and its first two lines: the record, split, whole-row and header-only counts); the program that edited
the table test module (it printed "1" five times, one per replacement, and "widest 116") and `grep -c` of
"thirtyfourth" in it (5); `python -m pytest -q tests/benchmarks/test_table_sets_data.py -k thirtyfourth` (8 passed);
a program printing this set's counts by scope, naming, style and tag and its header-only records per half (see
Slips); the program that put the README row in (it printed that it found one thirtythird_tables row and no
thirtyfourth_tables row, and "inserted"), `grep -c` of the two thirty-fourth README rows (1 and 1; see Slips), a
`tail -c 1 | xxd` of README (its final newline); `python -m pytest -q` of tests/benchmarks/test_table_sets_data.py
and tests/benchmarks/test_sets_are_the_projects_own.py (316 passed); this docstring written by assemble.py, the
builder rebuilt and `cmp` against a copy of the first build's file, its widest line; `git status --short` (file
names only); both test modules run again, and the README rows counted again.

Slips: (1) the `sed -n 1,300p` of thirtythird_tables.py went twelve lines past `ENTRIES = {}` and printed the empty
line after it, its first table's `TABLES[...] = _table(` line, that table's header row and its first nine data rows
(codes, names, river types, dates, numbers, yes/no values and notes); no entry line (a request) was printed, and
nothing of it was used (this set's tables are drawn by its own generator, on its own domains). (2) the counts
printed after the first build include, per half, the records and the header-only records (dev 58, test 60); no
per-function halves were printed, and no draft was reworded, added or dropped after the build (the pre-decided
second-draft rule had already told that every function had drafts in both halves). (3) the README check (asked by
the brief) by `grep -c` told that the other engineer's row exists; nothing of the other engineer's files was opened
(the builder compares with them by program only). The README row was written once, with the counted figures. Scratch
files were kept in /tmp/e34t; nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets calls it,
`build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`; its code and docstrings not printed);
`git log`, `git show`, `git diff` (never run); ../shared/docs/EVALUATION.md and ../shared/data (the train split is
compared by program only); tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of
the other builders (but slip 1); README.md past its first 12,000 characters (but this set's own row, written by
program); the other files of /work/team; thirtyfourth_cf.py and thirtyfourth_cf.json (written beside this set by
engineer E34c; the builder compares with any set file beside it by program only, as table_sets.requests_elsewhere
does); the utterances or tables of any JSON file (compared with this set's by program only, never printed; the
domain check read their `Table` fields and printed True/False only). No request was run through `cfa suggest`, `cfa
bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
thirtythird_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows ("the whole row", "the entire row", "full rows", "the
complete row", "the full row", "the whole rows of", "every row belonging to"), "cells" otherwise ("just the cells",
"the cell only", "only that cell", "cells only, not the rows", "just that cell", "only the cell", "the cell alone",
a visual rule); `naming` says how the request names the tested column: `by-header` (its header as written, or its
letter), `by-meaning` (the rows by what the date means: "tomorrow's shows") or `by-value` (only values of it: "the
'Chapel' commissions", "the trips other than the 'Lower Falls' ones"). Each rule tests one column. Every record is
first built and checked on its full table (everyday_tables' `build_record` with IDs prefixed `t34t-`; its
`problems`: a record that formats no row or every row, whose near misses its table cannot tell apart, text operators
exempt, or whose rule formats the same rows on another column is refused), and a request already written (case
aside) in any other set file of benchmarks/data/ or in the benchmark's train split (../shared/data/cf/train.json, on
this machine) is refused, as is a column letter or range that is not the rule's column (none was). Then the records
picked by a stable hash of the ID (about one in three, `table_sets.header_only`) are written with `Data` = [header
row], `Labels` = [] and the tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the
table text below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are
not written, date periods are (each table's date column holds the fourteen days 06-11, 06-12, 06-13, 06-10, 06-15,
06-04, 06-07, 06-18, 06-27, 05-20, 05-03, 07-03, 07-25 and 03-08 of 2024, rotated by the table's place, so that the
ten periods tell apart). Labels follow Excel: a blank compares as 0, any text is greater than any number, an error
is neither blank nor formatted by a comparison, text tests ignore case. Every comparison's threshold and every
Between bound is a value of its column (so that "at least" and "more than" differ there). Each table leaves out
eight of the 31 functions that are not date periods and two of the ten periods, in turn (table k leaves out the
functions 8k to 8k+7 and the periods 2k and 2k+1 of a fixed order, mod 31 and 10): 31 records a table.

Tags: the naming, the style, then any of `boundary` (GreaterThanEqual, LessThanEqual, Between, NotBetween),
`negation` (NotEquals, NotBetween, TextNotContains, NotBlanks, NotErrors, NOT), `or`, `superlative` (the four
ranks), `starts-ends`, `date`, then `header-only` where the rows were dropped, then `thirtyfourth` (last). Every one
of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/thirtyfourth_tables.py` prints them): 341 records, dev 168 / test 173; 11 tables
of 10 columns and 14 data rows each (31 records a table); 118 header-only records (35%; dev 58, test 60); scope rows
174 (51%) / cells 167; naming by-header 292, by-meaning 35, by-value 14 (14% not by header); styles forum 66,
weather 62, quest 59, thread 58, transcript 56, annotator 40; tags date 88, negation 48, superlative 33, boundary
32, starts-ends 18, or 8; every one of the 41 top functions in both halves. Tests:
tests/benchmarks/test_table_sets_data.py and tests/benchmarks/test_sets_are_the_projects_own.py run together: 316
passed (8 of them this set's, `-k thirtyfourth`: 8 passed), before this docstring, and this set's again after it and
the final rebuild; `grep -c` of the two thirty-fourth README rows at the end: 1 and 1.

Rebuild: `python benchmarks/data/thirtyfourth_tables.py` (prints the counts per split, table, scope, naming, style,
tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtyfourth_tables.json"
PREFIX = "t34t"
TAG = "thirtyfourth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: a weather forecast or report (dates,
# temperatures, percentages, wind speeds), a video game's quest log (quest numbers, levels, XP, gold),
# a court or meeting transcript in question-and-answer form (page and line numbers) and a numbered
# social-media thread (post numbers, likes, replies); none of those numbers is one of the rule's figures.
STYLES = ("annotator", "forum", "weather", "quest", "transcript", "thread")
# The requests of every other set file in this folder (these 73 at the time of writing,
# and any written since, e.g. thirtyfourth_cf.json, written at the same time by another engineer)
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
              'thirtieth_tables.json', 'thirtyfirst_cf.json', 'thirtyfirst_tables.json', 'thirtysecond_cf.json',
              'thirtysecond_tables.json', 'thirtythird_cf.json', 'thirtythird_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}

TABLES["DollhouseBuilds"] = _table("""
Build Code | Maker | Style | Build Date | Rooms | Width (cm) | Price (SEK) | Detail Score | Lit? | Notes
DH-300 | Elodie | Georgian | 2024-06-11 | 39 | 60 | tbc | 9.5 | No | brass hinges, glued twice
DH-309 | Sigrid | Georgian | 2024-06-12 | 25 | 52.5 | 1750 | _ | No | wallpaper peeled, oak floor
DH-318 | Marguerite | Tudor | 2024-06-13 | 8 | 32.5 | 1150 | 7.75 | No | oak floor, tiny staircase
DH-327 | Caspian | Cottage | 2024-06-10 | 14 | 95 | 1850 | 7.5 | Yes | _
DH-336 | Ingrid | Cottage | 2024-06-15 | 4 | 87.5 | 1500 | 3.75 | No | tiny staircase, wallpaper peeled
DH-345 | Wilhelmina | Victorian | 2024-06-04 | 37 | 62.5 | 2350 | 4.25 | Yes | brass hinges, working door
DH-354 | Bartholomew | Tudor | 2024-06-07 | 24 | 50 | 400 | #N/A | Yes | working door, oak floor
DH-363 | Tobias | Cottage | 2024-06-18 | 7 | 55 | 750 | 7.25 | Yes | tiny staircase, shingled roof
DH-372 | Oskar | Victorian | 2024-06-27 | 40 | 37.5 | 1400 | 6 | No | brass hinges, working door
DH-381 | Linnea | Georgian | 2024-05-20 | 3 | 30 | 1000 | 1.75 | No | ~
DH-390 | Rasmus | Victorian | 2024-05-03 | 13 | 47.5 | 700 | 7 | No | oak floor, working door
DH-399 | Anselma | Tudor | 2024-07-03 | 18 | 42.5 | 1550 | 3 | Yes | hand painted, shingled roof
DH-408 | Bartholomew | Tudor | 2024-07-25 | 19 | 80 | 2150 | 8 | No | oak floor, glued twice
DH-417 | Linnea | Victorian | 2024-03-08 | 23 | _ | 450 | 1.25 | No | shingled roof, brass hinges
""")
ENTRIES["DollhouseBuilds"] = [
    ('Quest 31 (Lv 26): highlight every Width (cm) cell that is 52.5 or more (just the cells) in DollhouseBuilds. '
     'Reward: 1423 XP.',
     'GreaterThanEqual({Width (cm)}, 52.5)', 'cells', 'by-header', 'quest', 'boundary'),
    ('New mission unlocked! In DollhouseBuilds, shade any cell in Price (SEK) that does not go above 1400 (only '
     'that cell). +72 XP, 36 gold.',
     'LessThanEqual({Price (SEK)}, 1400)', 'cells', 'by-header', 'quest', 'boundary'),
    ('MR. ACHTERBERG: Page 118, line 6. Q. Tell us what the DollhouseBuilds rule did. A. It filled the cell alone '
     'when Rooms falls outside the inclusive 8 to 25 band.',
     'NotBetween({Rooms}, 8, 25)', 'cells', 'by-header', 'transcript', 'boundary', 'negation'),
    ("Highlight full rows for builds with Notes containing 'glued' in sheet DollhouseBuilds.",
     'TextContains({Notes}, "glued")', 'rows', 'by-header', 'annotator'),
    ('DollhouseBuilds sheet -- when Rooms ranks in the bottom 3 of the column, highlight the whole row.',
     'Bottom({Rooms}, 3)', 'rows', 'by-header', 'annotator', 'superlative'),
    ('180:25 Q. Was it Notes? 180:26 A. Yes. In DollhouseBuilds, if Notes is filled in, colour the entire row.',
     'NotBlanks({Notes})', 'rows', 'by-header', 'transcript', 'negation'),
    ('Add a rule in DollhouseBuilds that colours full rows for builds with Detail Score not showing an error.',
     'NotErrors({Detail Score})', 'rows', 'by-header', 'annotator', 'negation'),
    ('Apply a data bar across the Price (SEK) values in sheet DollhouseBuilds.',
     'DataBar({Price (SEK)})', 'cells', 'by-header', 'annotator'),
    ('On the DollhouseBuilds sheet, apply a fill to every Rooms cell that is exactly 18 (just the cells).',
     'Equals({Rooms}, 18)', 'cells', 'by-header', 'annotator'),
    ('180:19 Q. Was it Rooms? 180:20 A. Yes. In DollhouseBuilds, if Rooms lies strictly between 8 and 25, ends '
     'excluded, colour just that cell.',
     'AND(GreaterThan({Rooms}, 8), LessThan({Rooms}, 25))', 'cells', 'by-header', 'transcript'),
    ("Weather report for DollhouseBuilds: when Style does not contain 'tta', a warm front colours the whole row. "
     'Humidity 94%, wind 53 km/h.',
     'TextNotContains({Style}, "tta")', 'rows', 'by-header', 'weather', 'negation'),
    ('1/2 ok sheet question 🧵 2/2 in DollhouseBuilds, highlight full rows for builds with Detail Score among the '
     'top 20% of values -- 833 likes',
     'TopPercent({Detail Score}, 20)', 'rows', 'by-header', 'thread', 'superlative'),
    ('86:1 Q. In DollhouseBuilds, what should be coloured? 86:2 A. Only the cell, whenever Rooms beats the average '
     'of the column.',
     'AboveAverage({Rooms})', 'cells', 'by-header', 'transcript'),
    ('Trying to set up DollhouseBuilds. Column B holds Maker; I need the full row highlighted when Maker is '
     'repeated in the column. Any tips?',
     'Duplicates({Maker})', 'rows', 'by-header', 'forum'),
    ('Forecast for DollhouseBuilds, Wed 28 Apr: 11C, and a set of icons for every Price (SEK) cell.',
     'IconSet({Price (SEK)})', 'cells', 'by-header', 'weather'),
    ('Side quest #74 -- DollhouseBuilds: when Rooms does not equal 18, mark the full row. Recommended level 50.',
     'NotEquals({Rooms}, 18)', 'rows', 'by-header', 'quest', 'negation'),
    ('MR. DELACROIX: Page 127, line 6. Q. Tell us what the DollhouseBuilds rule did. A. It filled the entire row '
     'when Rooms is either below 8 or above 25.',
     'OR(LessThan({Rooms}, 8), GreaterThan({Rooms}, 25))', 'rows', 'by-header', 'transcript', 'or'),
    ("Q. (p. 76, l. 17) And in DollhouseBuilds? A. Shade the whole rows of all builds except the 'Victorian' ones.",
     'NOT(TextEquals({Style}, "Victorian"))', 'rows', 'by-value', 'transcript', 'negation'),
    ('119:11 Q. In DollhouseBuilds, what should be coloured? 119:12 A. Just that cell, whenever Maker starts with '
     "'Elo'.",
     'TextStartsWith({Maker}, "Elo")', 'cells', 'by-header', 'transcript', 'starts-ends'),
    ("Objective 25: in DollhouseBuilds, tint only the cell whenever Rooms is in the column's lowest 20 percent. "
     'Level 31+, reward 1572 XP.',
     'BottomPercent({Rooms}, 20)', 'cells', 'by-header', 'quest', 'superlative'),
    ('95:7 THE WITNESS: In DollhouseBuilds, I wanted this marked: the whole row wherever Detail Score is below the '
     "column's average. 95:8 Q. Marked how? A. Highlighted.",
     'BelowAverage({Detail Score})', 'rows', 'by-header', 'transcript'),
    ('How do I highlight every Maker cell that occurs exactly once in the column (just the cells) in my '
     "DollhouseBuilds sheet? It's column B.",
     'Unique({Maker})', 'cells', 'by-header', 'forum'),
    ("Help please -- DollhouseBuilds sheet, column B is Maker: when a value there finishes with 'ite', I'd like the "
     'whole row coloured.',
     'TextEndsWith({Maker}, "ite")', 'rows', 'by-header', 'forum', 'starts-ends'),
    ('Weather report for DollhouseBuilds: when Build Date falls on tomorrow, a warm front colours just that cell. '
     'Humidity 69%, wind 15 km/h.',
     'Tomorrow({Build Date})', 'cells', 'by-header', 'weather', 'date'),
    ('Storm watch (24 Mar): 85% rain, gusts to 49 km/h. In DollhouseBuilds, where Build Date is one of the last 7 '
     'days including today, highlight only the cell.',
     'Last7Days({Build Date})', 'cells', 'by-header', 'weather', 'date'),
    ('Forecast, DollhouseBuilds region: winds 11 km/h, highs of 21C. Expect highlighting on the Build Date cells '
     'during last week (cells only, not the rows).',
     'LastWeek({Build Date})', 'cells', 'by-header', 'weather', 'date'),
    ('Outlook for DollhouseBuilds, Sat 19 Nov: 29C; highlight every row belonging to the builds in the current '
     'calendar week.',
     'ThisWeek({Build Date})', 'rows', 'by-meaning', 'weather', 'date'),
    ('Is there a way to flag the whole row wherever Build Date is during next week (Sunday to Saturday) in column D '
     'of DollhouseBuilds? Thanks in advance.',
     'NextWeek({Build Date})', 'rows', 'by-header', 'forum', 'date'),
    ("Newbie question: in DollhouseBuilds, can I colour full rows for last month's builds?",
     'LastMonth({Build Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('176:22 Q. In DollhouseBuilds, what should be coloured? 176:23 A. The cell alone, whenever Build Date is '
     'within this month.',
     'ThisMonth({Build Date})', 'cells', 'by-header', 'transcript', 'date'),
    ('Weather for DollhouseBuilds: highs of 2C, winds 16 km/h -- colour every row belonging to the builds in the '
     'coming calendar month.',
     'NextMonth({Build Date})', 'rows', 'by-meaning', 'weather', 'date'),
]

TABLES["AirshipFlights"] = _table("""
Flight Code | Pilot | Route Type | Flight Date | Passengers | Height (km) | Fare (CHF) | Smoothness | Catered? | Notes
AS-307 | Fitzgerald | Alpine Crossing | 2024-06-12 | 33 | 3 | comped | 7.25 | No | gusty landing, late boarding
AS-316 | Perpetua | Sunset Glide | 2024-06-13 | 32 | 2.75 | 625 | 5 | No | engine hum, smooth descent
AS-325 | Rosalind | Sunset Glide | 2024-06-10 | 13 | 0.75 | 1325 | 9 | Yes | _
AS-334 | Leopold | Alpine Crossing | 2024-06-15 | 43 | 1.25 | 600 | 2 | No | engine hum, cloud cover
AS-343 | Lysander | Scenic Loop | 2024-06-04 | 14 | 1 | 1250 | 6.75 | Yes | smooth descent, gusty landing
AS-352 | Ambrose | Sunset Glide | 2024-06-07 | 51 | 3.75 | 250 | _ | Yes | photo stop, clear views
AS-361 | Ottilie | Alpine Crossing | 2024-06-18 | 53 | 1.5 | 325 | 5.75 | Yes | smooth descent, photo stop
AS-370 | Clementine | Scenic Loop | 2024-06-27 | 26 | 2.5 | 150 | 6 | No | champagne served, smooth descent
AS-379 | Beatrix | Scenic Loop | 2024-05-20 | 9 | 2 | 550 | 2.75 | Yes | clear views, smooth descent
AS-388 | Clementine | Scenic Loop | 2024-05-03 | 27 | 3.5 | 350 | 3 | No | champagne served, clear views
AS-397 | Lysander | Lake Hop | 2024-07-03 | 40 | _ | 775 | 9.5 | Yes | gusty landing, champagne served
AS-406 | Henrike | Alpine Crossing | 2024-07-25 | 54 | 2.25 | 200 | 1 | No | late boarding, champagne served
AS-415 | Cornelius | Lake Hop | 2024-03-08 | 55 | 1.75 | 1125 | #DIV/0! | Yes | clear views, photo stop
AS-424 | Dashiell | Lake Hop | 2024-06-11 | 38 | 4 | 525 | 9.25 | No | ~
""")
ENTRIES["AirshipFlights"] = [
    ('Quest 228 (Lv 29): highlight the Passengers cells over 33 (cells only, not the rows) in AirshipFlights. '
     'Reward: 2266 XP.',
     'GreaterThan({Passengers}, 33)', 'cells', 'by-header', 'quest'),
    ('New mission unlocked! In AirshipFlights, shade the whole row wherever Fare (CHF) is less than 550. +153 XP, 8 '
     'gold.',
     'LessThan({Fare (CHF)}, 550)', 'rows', 'by-header', 'quest'),
    ('Outlook for Mon 5 Feb: 21C, 27% chance of showers -- and a yellow front over every Fare (CHF) cell that lies '
     'from 325 to 775, both ends included (just the cells) in AirshipFlights.',
     'Between({Fare (CHF)}, 325, 775)', 'cells', 'by-header', 'weather', 'boundary'),
    ("Main story, chapter 47: AirshipFlights awaits. Mark any cell in Route Type that reads exactly 'Scenic Loop' "
     '(only that cell) to earn 43 XP.',
     'TextEquals({Route Type}, "Scenic Loop")', 'cells', 'by-header', 'quest'),
    ('1/3 thread on my AirshipFlights sheet 🧵 2/3 when Passengers ranks in the top 4 of the column 3/3 I want just '
     'that cell coloured. 577 replies',
     'Top({Passengers}, 4)', 'cells', 'by-header', 'thread', 'superlative'),
    ('Can conditional formatting do this? AirshipFlights sheet, column J (Notes): highlight the whole row if the '
     'value is blank.',
     'Blanks({Notes})', 'rows', 'by-header', 'forum'),
    ('Is there a way to flag the entire row of each flight whose Smoothness holds an Excel error value in column H '
     'of AirshipFlights? Thanks in advance.',
     'Errors({Smoothness})', 'rows', 'by-header', 'forum'),
    ('Sheet AirshipFlights: add a colour gradient scale for every Fare (CHF) cell.',
     'ColorScale({Fare (CHF)})', 'cells', 'by-header', 'annotator'),
    ('Minutes, p. 30, l. 24: Q. Your request for AirshipFlights? A. Highlight each Height (km) value that equals '
     '2.25 (the cell only). Q. Nothing else? A. No.',
     'Equals({Height (km)}, 2.25)', 'cells', 'by-header', 'transcript'),
    ('Can conditional formatting do this? AirshipFlights sheet, column E (Passengers): highlight the cell alone if '
     'the value is more than 26 but less than 51.',
     'AND(GreaterThan({Passengers}, 26), LessThan({Passengers}, 51))', 'cells', 'by-header', 'forum'),
    ("70:20 Q. Was it Route Type? 70:21 A. Yes. In AirshipFlights, if Route Type does not contain 'uns', colour "
     'only the cell.',
     'TextNotContains({Route Type}, "uns")', 'cells', 'by-header', 'transcript', 'negation'),
    ("Side quest #193 -- AirshipFlights: when Smoothness is in the column's highest 20 percent, mark the cell "
     'alone. Recommended level 33.',
     'TopPercent({Smoothness}, 20)', 'cells', 'by-header', 'quest', 'superlative'),
    ('1/2 hot take 🧵 2/2 AirshipFlights needs this highlighted: the entire row of each flight whose Passengers is '
     'greater than the column average. 495 likes, 12 replies',
     'AboveAverage({Passengers})', 'rows', 'by-header', 'thread'),
    ('Daily bounty 137: the guild master of AirshipFlights wants you to highlight the Pilot cells appearing more '
     'than once in the column (cells only, not the rows). Pays 50 gold.',
     'Duplicates({Pilot})', 'cells', 'by-header', 'quest'),
    ('Quest 157: enchant AirshipFlights with a set of icons across the Fare (CHF) values. Reward: 57 XP.',
     'IconSet({Fare (CHF)})', 'cells', 'by-header', 'quest'),
    ('Forecast, AirshipFlights region: winds 58 km/h, highs of 30C. Expect highlighting on the whole row wherever '
     'Passengers is anything other than 33.',
     'NotEquals({Passengers}, 33)', 'rows', 'by-header', 'weather', 'negation'),
    ('1/2 ok sheet question 🧵 2/2 in AirshipFlights, highlight the whole row wherever Passengers is either below 26 '
     'or above 51 -- 275 likes',
     'OR(LessThan({Passengers}, 26), GreaterThan({Passengers}, 51))', 'rows', 'by-header', 'thread', 'or'),
    ("Weather report for AirshipFlights: when Route Type is not 'Scenic Loop', a warm front colours the cell alone. "
     'Humidity 64%, wind 47 km/h.',
     'NOT(TextEquals({Route Type}, "Scenic Loop"))', 'cells', 'by-header', 'weather', 'negation'),
    ("In my AirshipFlights sheet, column B is Pilot. I want to colour the cell alone whenever it opens with 'Ros'. "
     'How?',
     'TextStartsWith({Pilot}, "Ros")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ('Help please -- AirshipFlights sheet, column E is Passengers: when a value there falls in the bottom 20% of '
     "the column, I'd like the cell alone coloured.",
     'BottomPercent({Passengers}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('Add a rule in AirshipFlights that colours the entire row of each flight whose Smoothness is below the '
     "column's average.",
     'BelowAverage({Smoothness})', 'rows', 'by-header', 'annotator'),
    ('Thu 3 Jan, AirshipFlights: sunny spells, 14 to 32C. Shade any cell in Pilot that appears only once in the '
     'column (only that cell).',
     'Unique({Pilot})', 'cells', 'by-header', 'weather'),
    ('Wed 1 Apr, AirshipFlights: sunny spells, 15 to 33C. Shade full rows for flights with Pilot ending with the '
     "letters 'se'.",
     'TextEndsWith({Pilot}, "se")', 'rows', 'by-header', 'weather', 'starts-ends'),
    ("Bounty board, AirshipFlights (187 gold): shade full rows for yesterday's flights.",
     'Yesterday({Flight Date})', 'rows', 'by-meaning', 'quest', 'date'),
    ("On the AirshipFlights sheet, apply a fill to the whole row wherever Flight Date is today's date.",
     'Today({Flight Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('27:24 THE CHAIR: For AirshipFlights, colour full rows for the flights from the previous calendar week. Noted.',
     'LastWeek({Flight Date})', 'rows', 'by-meaning', 'transcript', 'date'),
    ('New mission unlocked! In AirshipFlights, shade the Flight Date cells in this week (cells only, not the rows). '
     '+81 XP, 16 gold.',
     'ThisWeek({Flight Date})', 'cells', 'by-header', 'quest', 'date'),
    ('Minutes, p. 184, l. 8: Q. Your request for AirshipFlights? A. Highlight the Flight Date cells in next week '
     '(cells only, not the rows). Q. Nothing else? A. No.',
     'NextWeek({Flight Date})', 'cells', 'by-header', 'transcript', 'date'),
    ('Minutes, p. 147, l. 5: Q. Your request for AirshipFlights? A. Highlight each Flight Date value that falls in '
     'the previous calendar month (the cell only). Q. Nothing else? A. No.',
     'LastMonth({Flight Date})', 'cells', 'by-header', 'transcript', 'date'),
    ('Forecast, AirshipFlights region: winds 34 km/h, highs of 19C. Expect highlighting on the whole row wherever '
     'Flight Date falls in the current calendar month.',
     'ThisMonth({Flight Date})', 'rows', 'by-header', 'weather', 'date'),
    ('[Lv 150] AirshipFlights Trials: if Flight Date is in next calendar month, fill the entire row. Completion '
     'bonus: 41 XP.',
     'NextMonth({Flight Date})', 'rows', 'by-header', 'quest', 'date'),
]

TABLES["FrescoCommissions"] = _table("""
Job Code | Painter | Wall Type | Start Date | Panels | Area (sq m) | Fee (EUR) | Pigment Grade | Gold Leaf? | Notes
FR-314 | Lorenza | Cloister | 2024-06-13 | 17 | 10.5 | 6200 | 8 | Yes | _
FR-323 | Raffaele | Loggia | 2024-06-10 | 9 | 33.5 | 8000 | #VALUE! | Yes | scaffold booked, damp plaster
FR-332 | Fabrizio | Cloister | 2024-06-15 | 26 | 37.5 | 2100 | 2.5 | No | damp plaster, lime wash
FR-341 | Annunziata | Villa | 2024-06-04 | 3 | 22.5 | 6600 | 2.25 | Yes | sinopia found, cracked corner
FR-350 | Cosima | Chapel | 2024-06-07 | 12 | 31.5 | 2800 | 3.5 | No | lime wash, damp plaster
FR-359 | Vittoria | Loggia | 2024-06-18 | 6 | 23 | 6400 | 6 | Yes | sinopia found, cartoon traced
FR-368 | Benedetto | Chapel | 2024-06-27 | 28 | 9 | 8800 | 2 | Yes | damp plaster, patron visited
FR-377 | Lorenza | Chapel | 2024-05-20 | 16 | 28 | 2000 | _ | Yes | lime wash, scaffold booked
FR-386 | Ottavio | Villa | 2024-05-03 | 8 | 5.5 | 8500 | 8.25 | Yes | ~
FR-395 | Vittoria | Loggia | 2024-07-03 | 18 | 36.5 | 6700 | 3.25 | No | patron visited, damp plaster
FR-404 | Matteo | Cloister | 2024-07-25 | 19 | 35.5 | 5000 | 3 | Yes | cracked corner, ochre mix
FR-413 | Serafina | Chapel | 2024-03-08 | 11 | _ | 4500 | 6.25 | No | patron visited, sinopia found
FR-422 | Graziella | Villa | 2024-06-11 | 14 | 38.5 | waived | 9.25 | Yes | scaffold booked, lime wash
FR-431 | Ludovico | Villa | 2024-06-12 | 7 | 21.5 | 3600 | 9.5 | No | sinopia found, patron visited
""")
ENTRIES["FrescoCommissions"] = [
    ('New mission unlocked! In FrescoCommissions, shade full rows for commissions with Area (sq m) greater than 28. '
     '+157 XP, 34 gold.',
     'GreaterThan({Area (sq m)}, 28)', 'rows', 'by-header', 'quest'),
    ('1/3 small win 🧵 2/3 FrescoCommissions sheet 3/3 tint each Fee (EUR) value that falls under 6200 (the cell '
     'only). 499 likes',
     'LessThan({Fee (EUR)}, 6200)', 'cells', 'by-header', 'thread'),
    ('FrescoCommissions sheet -- when Panels is between 8 and 18 inclusive, highlight the entire row.',
     'Between({Panels}, 8, 18)', 'rows', 'by-header', 'annotator', 'boundary'),
    ("Highlight every row belonging to the 'Chapel' commissions in sheet FrescoCommissions.",
     'TextEquals({Wall Type}, "Chapel")', 'rows', 'by-value', 'annotator'),
    ('How do I highlight each Panels value that ranks in the top 3 of the column (the cell only) in my '
     "FrescoCommissions sheet? It's column E.",
     'Top({Panels}, 3)', 'cells', 'by-header', 'forum', 'superlative'),
    ('1/2 conditional formatting tip for FrescoCommissions 🧵 2/2 fill only the cell whenever Notes is blank 🔥 643 '
     'likes',
     'Blanks({Notes})', 'cells', 'by-header', 'thread'),
    ('Newbie here. My FrescoCommissions sheet has Pigment Grade in column H -- can I shade any cell in Pigment '
     'Grade that is an error value (only that cell)?',
     'Errors({Pigment Grade})', 'cells', 'by-header', 'forum'),
    ('Side quest #143 -- FrescoCommissions: apply a colour scale across the Fee (EUR) values.',
     'ColorScale({Fee (EUR)})', 'cells', 'by-header', 'quest'),
    ("Help please -- FrescoCommissions sheet, column E is Panels: when a value there is at least 12, I'd like the "
     'cell alone coloured.',
     'GreaterThanEqual({Panels}, 12)', 'cells', 'by-header', 'forum', 'boundary'),
    ('Quick one: in FrescoCommissions, what rule fills each Fee (EUR) value that is 6200 or less (the cell only)? '
     '(Fee (EUR) is column G.)',
     'LessThanEqual({Fee (EUR)}, 6200)', 'cells', 'by-header', 'forum', 'boundary'),
    ('Sheet FrescoCommissions: shade the whole row wherever Panels is not between 8 and 18, inclusive.',
     'NotBetween({Panels}, 8, 18)', 'rows', 'by-header', 'annotator', 'boundary', 'negation'),
    ('Newbie here. My FrescoCommissions sheet has Notes in column J -- can I shade the Notes cells holding the text '
     "'ochre' (cells only, not the rows)?",
     'TextContains({Notes}, "ochre")', 'cells', 'by-header', 'forum'),
    ('Objective 16: in FrescoCommissions, tint the entire row whenever Panels ranks in the bottom 3 of the column. '
     'Level 59+, reward 972 XP.',
     'Bottom({Panels}, 3)', 'rows', 'by-header', 'quest', 'superlative'),
    ('Met office, FrescoCommissions sheet: 8C at dawn, 19C by noon. Bright yellow for the whole row wherever Notes '
     'is filled in.',
     'NotBlanks({Notes})', 'rows', 'by-header', 'weather', 'negation'),
    ('[Lv 54] FrescoCommissions Trials: if Pigment Grade holds no error value, fill the cell alone. Completion '
     'bonus: 27 XP.',
     'NotErrors({Pigment Grade})', 'cells', 'by-header', 'quest', 'negation'),
    ('146:24 MS. VASQUEZ: For FrescoCommissions, we agreed on data bars for every Fee (EUR) cell.',
     'DataBar({Fee (EUR)})', 'cells', 'by-header', 'transcript'),
    ('FrescoCommissions people, 1/2: can I shade the entire row of each commission whose Panels is under 8 or over '
     '18? 2/2 asking for a friend (360 likes, 134 replies)',
     'OR(LessThan({Panels}, 8), GreaterThan({Panels}, 18))', 'rows', 'by-header', 'thread', 'or'),
    ("Newbie question: in FrescoCommissions, can I colour full rows for the non-'Chapel' commissions?",
     'NOT(TextEquals({Wall Type}, "Chapel"))', 'rows', 'by-value', 'forum', 'negation'),
    ('Met office, FrescoCommissions sheet: 12C at dawn, 25C by noon. Bright yellow for the complete row of any '
     "commission with Painter starting with 'Ann'.",
     'TextStartsWith({Painter}, "Ann")', 'rows', 'by-header', 'weather', 'starts-ends'),
    ('Thu 28 Aug, FrescoCommissions: sunny spells, 15 to 24C. Shade any cell in Panels that falls in the bottom 20% '
     'of the column (only that cell).',
     'BottomPercent({Panels}, 20)', 'cells', 'by-header', 'weather', 'superlative'),
    ("Is there a way to flag each Pigment Grade value that is below the column's average (the cell only) in column "
     'H of FrescoCommissions? Thanks in advance.',
     'BelowAverage({Pigment Grade})', 'cells', 'by-header', 'forum'),
    ('Sun 10 Mar, FrescoCommissions: sunny spells, 8 to 26C. Shade the Painter cells appearing only once in the '
     'column (cells only, not the rows).',
     'Unique({Painter})', 'cells', 'by-header', 'weather'),
    ("Side quest #147 -- FrescoCommissions: when Painter ends with 'teo', mark the full row. Recommended level 43.",
     'TextEndsWith({Painter}, "teo")', 'rows', 'by-header', 'quest', 'starts-ends'),
    ('Trying to set up FrescoCommissions. Column D holds Start Date; I need just that cell highlighted when Start '
     "Date falls on yesterday's date. Any tips?",
     'Yesterday({Start Date})', 'cells', 'by-header', 'forum', 'date'),
    ('117:19 THE CHAIR: For FrescoCommissions, colour full rows for the commissions dated today. Noted.',
     'Today({Start Date})', 'rows', 'by-meaning', 'transcript', 'date'),
    ('Storm watch (23 Apr): 54% rain, gusts to 48 km/h. In FrescoCommissions, where Start Date is tomorrow, '
     'highlight the cell alone.',
     'Tomorrow({Start Date})', 'cells', 'by-header', 'weather', 'date'),
    ('Add a rule in FrescoCommissions that colours full rows for commissions with Start Date from the last 7 days '
     'including today.',
     'Last7Days({Start Date})', 'rows', 'by-header', 'annotator', 'date'),
    ('Side quest #177 -- FrescoCommissions: when Start Date is in next week, mark the cell alone. Recommended level '
     '27.',
     'NextWeek({Start Date})', 'cells', 'by-header', 'quest', 'date'),
    ('Sheet FrescoCommissions: shade the Start Date cells from the previous calendar month (cells only, not the '
     'rows).',
     'LastMonth({Start Date})', 'cells', 'by-header', 'annotator', 'date'),
    ("Forecast: 9% cloud over FrescoCommissions; shade in full rows for this month's commissions.",
     'ThisMonth({Start Date})', 'rows', 'by-meaning', 'weather', 'date'),
    ("Newbie question: in FrescoCommissions, can I colour the whole rows of next month's commissions?",
     'NextMonth({Start Date})', 'rows', 'by-meaning', 'forum', 'date'),
]

TABLES["CroissantBakes"] = _table("""
Batch Code | Baker | Filling | Bake Date | Croissants | Butter (kg) | Cost (DKK) | Flake Score | Sold Out? | Notes
CB-321 | Florian | Chocolate | 2024-06-10 | 76 | 4.25 | 680 | 1.75 | No | glaze uneven, flaky layers
CB-330 | Solene | Ham Cheese | 2024-06-15 | 153 | 5.25 | 900 | _ | Yes | extra lamination, oven ran hot
CB-339 | Aurelien | Plain | 2024-06-04 | 85 | 2.75 | 300 | 7.5 | Yes | glaze uneven, oven ran hot
CB-348 | Thibault | Plain | 2024-06-07 | 78 | _ | 790 | 10 | No | oven ran hot, extra lamination
CB-357 | Aurelien | Almond | 2024-06-18 | 90 | 3.75 | 690 | 6 | Yes | dough rested, proofed overnight
CB-366 | Lucien | Almond | 2024-06-27 | 57 | 6 | 600 | 7.25 | No | _
CB-375 | Amelie | Almond | 2024-05-20 | 107 | 6.5 | 830 | 9.25 | Yes | oven ran hot, glaze uneven
CB-384 | Heloise | Ham Cheese | 2024-05-03 | 111 | 4.5 | 820 | #REF! | Yes | extra lamination, flaky layers
CB-393 | Capucine | Ham Cheese | 2024-07-03 | 137 | 6.25 | 740 | 3.5 | Yes | ~
CB-402 | Heloise | Almond | 2024-07-25 | 140 | 3.5 | 440 | 8.5 | Yes | proofed overnight, oven ran hot
CB-411 | Bastien | Plain | 2024-03-08 | 143 | 8 | 310 | 4.75 | Yes | burnt edges, glaze uneven
CB-420 | Margaux | Chocolate | 2024-06-11 | 105 | 7 | sample | 6.25 | No | oven ran hot, glaze uneven
CB-429 | Ombeline | Chocolate | 2024-06-12 | 61 | 5 | 180 | 2.5 | Yes | burnt edges, glaze uneven
CB-438 | Gaspard | Plain | 2024-06-13 | 103 | 8.5 | 510 | 4 | Yes | proofed overnight, burnt edges
""")
ENTRIES["CroissantBakes"] = [
    ('Quick one: in CroissantBakes, what rule fills the Croissants cells less than 103 (cells only, not the rows)? '
     '(Croissants is column E.)',
     'LessThan({Croissants}, 103)', 'cells', 'by-header', 'forum'),
    ('MR. LINDQVIST: Page 25, line 23. Q. Tell us what the CroissantBakes rule did. A. It filled the full row when '
     'Croissants is between 78 and 137 inclusive.',
     'Between({Croissants}, 78, 137)', 'rows', 'by-header', 'transcript', 'boundary'),
    ("CroissantBakes 1/2: highlight full rows for the bakes marked 'Chocolate'? 2/2 pls (506 replies)",
     'TextEquals({Filling}, "Chocolate")', 'rows', 'by-value', 'thread'),
    ('Thu 24 Sep, CroissantBakes: sunny spells, 9 to 23C. Shade any cell in Croissants that ranks in the top 3 of '
     'the column (only that cell).',
     'Top({Croissants}, 3)', 'cells', 'by-header', 'weather', 'superlative'),
    ('1/2 conditional formatting tip for CroissantBakes 🧵 2/2 fill the full row whenever Notes has nothing in it 🔥 '
     '881 likes',
     'Blanks({Notes})', 'rows', 'by-header', 'thread'),
    ('MR. ACHTERBERG: Page 74, line 11. Q. Tell us what the CroissantBakes rule did. A. It filled only the cell '
     'when Flake Score is an error value.',
     'Errors({Flake Score})', 'cells', 'by-header', 'transcript'),
    ('Forecast for CroissantBakes, Fri 5 Feb: 13C, and a colour scale for every Cost (DKK) cell.',
     'ColorScale({Cost (DKK)})', 'cells', 'by-header', 'weather'),
    ('1/3 small win 🧵 2/3 CroissantBakes sheet 3/3 tint full rows for bakes with Croissants no lower than 103. 613 '
     'likes',
     'GreaterThanEqual({Croissants}, 103)', 'rows', 'by-header', 'thread', 'boundary'),
    ('Storm watch (27 Oct): 73% rain, gusts to 67 km/h. In CroissantBakes, where Cost (DKK) does not go above 680, '
     'highlight the full row.',
     'LessThanEqual({Cost (DKK)}, 680)', 'rows', 'by-header', 'weather', 'boundary'),
    ('67:25 Q. And what did you want done in CroissantBakes? 67:26 A. Any cell in Croissants that is not between 78 '
     'and 137, inclusive (only that cell), highlighted.',
     'NotBetween({Croissants}, 78, 137)', 'cells', 'by-header', 'transcript', 'boundary', 'negation'),
    ('98:22 THE WITNESS: In CroissantBakes, I wanted this marked: the complete row of any bake with Notes holding '
     "the text 'glaze'. 98:23 Q. Marked how? A. Highlighted.",
     'TextContains({Notes}, "glaze")', 'rows', 'by-header', 'transcript'),
    ('Met office, CroissantBakes sheet: 8C at dawn, 18C by noon. Bright yellow for the whole row wherever '
     'Croissants is among the 3 lowest in the column.',
     'Bottom({Croissants}, 3)', 'rows', 'by-header', 'weather', 'superlative'),
    ('Weather report for CroissantBakes: when Notes is not empty, a warm front colours the entire row. Humidity '
     '79%, wind 23 km/h.',
     'NotBlanks({Notes})', 'rows', 'by-header', 'weather', 'negation'),
    ('Sheet CroissantBakes: shade the Flake Score cells free of any error value (cells only, not the rows).',
     'NotErrors({Flake Score})', 'cells', 'by-header', 'annotator', 'negation'),
    ('Forecast for CroissantBakes, Mon 21 Apr: 20C, and data bars on Cost (DKK).',
     'DataBar({Cost (DKK)})', 'cells', 'by-header', 'weather'),
    ('Side quest #35 -- CroissantBakes: when Butter (kg) is exactly 5.25, mark the cell alone. Recommended level '
     '63.',
     'Equals({Butter (kg)}, 5.25)', 'cells', 'by-header', 'quest'),
    ('How do I highlight every Croissants cell that lies strictly between 78 and 137, ends excluded (just the '
     "cells) in my CroissantBakes sheet? It's column E.",
     'AND(GreaterThan({Croissants}, 78), LessThan({Croissants}, 137))', 'cells', 'by-header', 'forum'),
    ("1/2 ok sheet question 🧵 2/2 in CroissantBakes, highlight the Filling cells without 'at' anywhere in the text "
     '(cells only, not the rows) -- 887 likes',
     'TextNotContains({Filling}, "at")', 'cells', 'by-header', 'thread', 'negation'),
    ('In my CroissantBakes sheet, column H is Flake Score. I want to colour just that cell whenever it is in the '
     "column's highest 20 percent. How?",
     'TopPercent({Flake Score}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('thread (1/2): Croissants in CroissantBakes -- if it is greater than the column average, colour just that '
     "cell. (2/2) that's it, 645 replies pls help",
     'AboveAverage({Croissants})', 'cells', 'by-header', 'thread'),
    ('1/3 small win 🧵 2/3 CroissantBakes sheet 3/3 tint the Baker cells occurring twice or more in the column '
     '(cells only, not the rows). 852 likes',
     'Duplicates({Baker})', 'cells', 'by-header', 'thread'),
    ('Apply a set of icons for every Cost (DKK) cell in sheet CroissantBakes.',
     'IconSet({Cost (DKK)})', 'cells', 'by-header', 'annotator'),
    ('Objective 143: in CroissantBakes, tint the whole row whenever Croissants is not 103. Level 9+, reward 2430 '
     'XP.',
     'NotEquals({Croissants}, 103)', 'rows', 'by-header', 'quest', 'negation'),
    ("Bounty board, CroissantBakes (178 gold): shade the whole rows of yesterday's bakes.",
     'Yesterday({Bake Date})', 'rows', 'by-meaning', 'quest', 'date'),
    ('Chapter 30 objective -- colour full rows for the bakes dated today in CroissantBakes. +45 XP.',
     'Today({Bake Date})', 'rows', 'by-meaning', 'quest', 'date'),
    ('Forecast, CroissantBakes region: winds 58 km/h, highs of 25C. Expect highlighting on each Bake Date value '
     'that falls on tomorrow (the cell only).',
     'Tomorrow({Bake Date})', 'cells', 'by-header', 'weather', 'date'),
    ('41:24 Q. And what did you want done in CroissantBakes? 41:25 A. The Bake Date cells from the last 7 days '
     'including today (cells only, not the rows), highlighted.',
     'Last7Days({Bake Date})', 'cells', 'by-header', 'transcript', 'date'),
    ('1/3 thread on my CroissantBakes sheet 🧵 2/3 when Bake Date falls in the previous calendar week 3/3 I want the '
     'full row coloured. 147 replies',
     'LastWeek({Bake Date})', 'rows', 'by-header', 'thread', 'date'),
    ("1/2 sheet thread 🧵 2/2 in CroissantBakes, shade every row belonging to this week's bakes (112 likes)",
     'ThisWeek({Bake Date})', 'rows', 'by-meaning', 'thread', 'date'),
    ('In my CroissantBakes sheet, column D is Bake Date. I want to colour only the cell whenever it is within this '
     'month. How?',
     'ThisMonth({Bake Date})', 'cells', 'by-header', 'forum', 'date'),
    ('1/3 ok so 🧵 2/3 CroissantBakes 3/3 colour every row belonging to the bakes in the coming calendar month. 219 '
     'likes',
     'NextMonth({Bake Date})', 'rows', 'by-meaning', 'thread', 'date'),
]

TABLES["ChurrascoNights"] = _table("""
Night Code | Grill Master | Cut | Grill Date | Skewers | Charcoal (kg) | Take (BRL) | Smoke | Live Music? | Notes
CN-328 | Gilberto | Linguica | 2024-06-15 | 233 | 17.5 | 3500 | 8.5 | No | farofa made, ran out early
CN-337 | Marcela | Cupim | 2024-06-04 | 149 | 10 | 1700 | 4 | Yes | late finish, full house
CN-346 | Luana | Picanha | 2024-06-07 | 236 | 32.5 | 4700 | 9.75 | No | ran out early, farofa made
CN-355 | Tatiane | Cupim | 2024-06-18 | 80 | 30 | 3600 | #NUM! | Yes | farofa made, late finish
CN-364 | Luana | Linguica | 2024-06-27 | 123 | 42.5 | 2600 | 2.5 | Yes | ~
CN-373 | Anderson | Cupim | 2024-05-20 | 194 | 15 | 6800 | 3.25 | No | farofa made, samba band
CN-382 | Rosangela | Fraldinha | 2024-05-03 | 79 | 22.5 | 5500 | 9.25 | No | samba band, farofa made
CN-391 | Evandro | Linguica | 2024-07-03 | 145 | 25 | 1800 | _ | Yes | rain delay, full house
CN-400 | Juliana | Fraldinha | 2024-07-25 | 192 | 20 | 6600 | 5.25 | No | ran out early, late finish
CN-409 | Thiago | Fraldinha | 2024-03-08 | 229 | 27.5 | 4300 | 7 | Yes | _
CN-418 | Rodrigo | Fraldinha | 2024-06-11 | 176 | 12.5 | 3200 | 1.75 | Yes | farofa made, rain delay
CN-427 | Vinicius | Picanha | 2024-06-12 | 88 | _ | 6400 | 1.25 | Yes | full house, coals relit
CN-436 | Thiago | Picanha | 2024-06-13 | 128 | 5 | barter | 7.75 | No | ran out early, samba band
CN-445 | Iracema | Picanha | 2024-06-10 | 65 | 45 | 5100 | 6.5 | Yes | late finish, rain delay
""")
ENTRIES["ChurrascoNights"] = [
    ('1/3 small win 🧵 2/3 ChurrascoNights sheet 3/3 tint any cell in Charcoal (kg) that is above 22.5 (only that '
     'cell). 153 likes',
     'GreaterThan({Charcoal (kg)}, 22.5)', 'cells', 'by-header', 'thread'),
    ('Forecast, ChurrascoNights region: winds 45 km/h, highs of 28C. Expect highlighting on full rows for nights '
     'with Take (BRL) of at most 4300.',
     'LessThanEqual({Take (BRL)}, 4300)', 'rows', 'by-header', 'weather', 'boundary'),
    ('69:14 THE WITNESS: In ChurrascoNights, I wanted this marked: every Skewers cell that falls outside the '
     'inclusive 88 to 194 band (just the cells). 69:15 Q. Marked how? A. Highlighted.',
     'NotBetween({Skewers}, 88, 194)', 'cells', 'by-header', 'transcript', 'boundary', 'negation'),
    ("thread (1/2): Notes in ChurrascoNights -- if it mentions 'rain', colour the entire row. (2/2) that's it, 368 "
     'replies pls help',
     'TextContains({Notes}, "rain")', 'rows', 'by-header', 'thread'),
    ("ChurrascoNights people, 1/2: can I shade each Skewers value that is one of the column's 3 smallest values "
     '(the cell only)? 2/2 asking for a friend (156 likes, 49 replies)',
     'Bottom({Skewers}, 3)', 'cells', 'by-header', 'thread', 'superlative'),
    ('231:1 Q. In ChurrascoNights, what should be coloured? 231:2 A. The full row, whenever Notes is filled in.',
     'NotBlanks({Notes})', 'rows', 'by-header', 'transcript', 'negation'),
    ("How do I highlight the whole row wherever Smoke shows no Excel error in my ChurrascoNights sheet? It's column "
     'H.',
     'NotErrors({Smoke})', 'rows', 'by-header', 'forum', 'negation'),
    ('Any way to show a data bar on Take (BRL) on my ChurrascoNights sheet?',
     'DataBar({Take (BRL)})', 'cells', 'by-header', 'forum'),
    ('Outlook for Wed 12 Sep: 21C, 66% chance of showers -- and a yellow front over each Charcoal (kg) value that '
     'equals 22.5 (the cell only) in ChurrascoNights.',
     'Equals({Charcoal (kg)}, 22.5)', 'cells', 'by-header', 'weather'),
    ('1/2 hot take 🧵 2/2 ChurrascoNights needs this highlighted: any cell in Skewers that is more than 88 but less '
     'than 194 (only that cell). 800 likes, 95 replies',
     'AND(GreaterThan({Skewers}, 88), LessThan({Skewers}, 194))', 'cells', 'by-header', 'thread'),
    ("Storm watch (5 Aug): 85% rain, gusts to 97 km/h. In ChurrascoNights, where Cut lacks the letters 'in', "
     'highlight just that cell.',
     'TextNotContains({Cut}, "in")', 'cells', 'by-header', 'weather', 'negation'),
    ('184:1 Q. And what did you want done in ChurrascoNights? 184:2 A. The whole row wherever Smoke ranks within '
     'the top 20%, highlighted.',
     'TopPercent({Smoke}, 20)', 'rows', 'by-header', 'transcript', 'superlative'),
    ("Highlight the Skewers cells above the column's average (cells only, not the rows) in sheet ChurrascoNights.",
     'AboveAverage({Skewers})', 'cells', 'by-header', 'annotator'),
    ('thread (1/2): Grill Master in ChurrascoNights -- if it is repeated in the column, colour the full row. (2/2) '
     "that's it, 624 replies pls help",
     'Duplicates({Grill Master})', 'rows', 'by-header', 'thread'),
    ('[Lv 176] Craft an icon set for every Take (BRL) cell in ChurrascoNights; earn 45 gold.',
     'IconSet({Take (BRL)})', 'cells', 'by-header', 'quest'),
    ('Quick one: in ChurrascoNights, what rule fills each Skewers value that is anything other than 145 (the cell '
     'only)? (Skewers is column E.)',
     'NotEquals({Skewers}, 145)', 'cells', 'by-header', 'forum', 'negation'),
    ('43:20 THE WITNESS: In ChurrascoNights, I wanted this marked: the Skewers cells either less than 88 or greater '
     'than 194 (cells only, not the rows). 43:21 Q. Marked how? A. Highlighted.',
     'OR(LessThan({Skewers}, 88), GreaterThan({Skewers}, 194))', 'cells', 'by-header', 'transcript', 'or'),
    ("Forecast: 7% cloud over ChurrascoNights; shade in every row belonging to all nights except the 'Cupim' ones.",
     'NOT(TextEquals({Cut}, "Cupim"))', 'rows', 'by-value', 'weather', 'negation'),
    ("Main story, chapter 31: ChurrascoNights awaits. Mark each Grill Master value that starts with 'Thi' (the cell "
     'only) to earn 47 XP.',
     'TextStartsWith({Grill Master}, "Thi")', 'cells', 'by-header', 'quest', 'starts-ends'),
    ('Outlook for Thu 11 Feb: 29C, 36% chance of showers -- and a yellow front over the entire row of each night '
     'whose Skewers ranks within the bottom 20% in ChurrascoNights.',
     'BottomPercent({Skewers}, 20)', 'rows', 'by-header', 'weather', 'superlative'),
    ('Coastal forecast 2 Feb -- ChurrascoNights: swell 5 m, wind 32 knots; mark every Smoke cell that is less than '
     'the column average (just the cells).',
     'BelowAverage({Smoke})', 'cells', 'by-header', 'weather'),
    ('Help please -- ChurrascoNights sheet, column B is Grill Master: when a value there appears only once in the '
     "column, I'd like the whole row coloured.",
     'Unique({Grill Master})', 'rows', 'by-header', 'forum'),
    ("Thu 19 Sep, ChurrascoNights: sunny spells, 12 to 34C. Shade each Grill Master value that finishes with 'ago' "
     '(the cell only).',
     'TextEndsWith({Grill Master}, "ago")', 'cells', 'by-header', 'weather', 'starts-ends'),
    ('Sheet ChurrascoNights: shade every row belonging to the nights dated yesterday.',
     'Yesterday({Grill Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ("146:20 Q. And what did you want done in ChurrascoNights? 146:21 A. Any cell in Grill Date that is today's "
     'date (only that cell), highlighted.',
     'Today({Grill Date})', 'cells', 'by-header', 'transcript', 'date'),
    ('1/2 ok sheet question 🧵 2/2 in ChurrascoNights, highlight full rows for nights with Grill Date falling on '
     "tomorrow's date -- 12 likes",
     'Tomorrow({Grill Date})', 'rows', 'by-header', 'thread', 'date'),
    ("Newbie question: in ChurrascoNights, can I colour the whole rows of the past 7 days' nights, today included?",
     'Last7Days({Grill Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('1/2 hot take 🧵 2/2 ChurrascoNights needs this highlighted: the Grill Date cells from the previous calendar '
     'week (cells only, not the rows). 313 likes, 115 replies',
     'LastWeek({Grill Date})', 'cells', 'by-header', 'thread', 'date'),
    ("Highlight every row belonging to this week's nights in sheet ChurrascoNights.",
     'ThisWeek({Grill Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Quest 171 (Lv 44): in ChurrascoNights, highlight every row belonging to the nights in the coming calendar '
     'week. Reward: 2391 XP.',
     'NextWeek({Grill Date})', 'rows', 'by-meaning', 'quest', 'date'),
    ("In ChurrascoNights, colour full rows for last month's nights.",
     'LastMonth({Grill Date})', 'rows', 'by-meaning', 'annotator', 'date'),
]

TABLES["SkiJumpMeets"] = _table("""
Meet Code | Jumper | Hill Class | Meet Date | Jumps | Distance (m) | Entry Fee (PLN) | Style Points | Podium? | Notes
SJ-335 | Katarzyna | Medium | 2024-06-04 | 9 | 127.5 | 420 | 12.25 | No | icy inrun, tailwind
SJ-344 | Timo | Large | 2024-06-07 | 13 | 80 | 140 | 13.75 | Yes | ~
SJ-353 | Halvor | Normal | 2024-06-18 | 7 | 90 | 50 | #N/A | Yes | tailwind, fog at top
SJ-362 | Halvor | Medium | 2024-06-27 | 4 | 112.5 | 250 | 15 | Yes | telemark landing, wax changed
SJ-371 | Katarzyna | Large | 2024-05-20 | 8 | 110 | 190 | 11 | No | telemark landing, fog at top
SJ-380 | Runar | Flying | 2024-05-03 | 12 | 82.5 | 310 | 14 | Yes | fog at top, long flight
SJ-389 | Anze | Flying | 2024-07-03 | 16 | 102.5 | 150 | 17.5 | Yes | tailwind, icy inrun
SJ-398 | Stellan | Normal | 2024-07-25 | 3 | 145 | 210 | 11.25 | Yes | wax changed, long flight
SJ-407 | Kamil | Flying | 2024-03-08 | 6 | _ | 340 | 16.5 | No | tailwind, telemark landing
SJ-416 | Urszula | Large | 2024-06-11 | 11 | 95 | 300 | 18.75 | Yes | _
SJ-425 | Eirik | Normal | 2024-06-12 | 5 | 97.5 | 70 | 19.25 | Yes | fog at top, wax changed
SJ-434 | Magdalena | Medium | 2024-06-13 | 14 | 147.5 | 120 | _ | No | crowd loud, icy inrun
SJ-443 | Jolanta | Normal | 2024-06-10 | 15 | 117.5 | 80 | 10.5 | No | long flight, wax changed
SJ-452 | Zofia | Large | 2024-06-15 | 10 | 107.5 | free | 11.5 | No | crowd loud, telemark landing
""")
ENTRIES["SkiJumpMeets"] = [
    ('1/2 conditional formatting tip for SkiJumpMeets 🧵 2/2 fill the full row whenever Distance (m) is greater than '
     '107.5 🔥 560 likes',
     'GreaterThan({Distance (m)}, 107.5)', 'rows', 'by-header', 'thread'),
    ('Evening bulletin for SkiJumpMeets: clear skies, 13C, then fill just that cell wherever Entry Fee (PLN) is '
     'below 190. Pressure 995 hPa.',
     'LessThan({Entry Fee (PLN)}, 190)', 'cells', 'by-header', 'weather'),
    ('Trying to set up SkiJumpMeets. Column E holds Jumps; I need the entire row highlighted when Jumps lies from 6 '
     'to 13, both ends included. Any tips?',
     'Between({Jumps}, 6, 13)', 'rows', 'by-header', 'forum', 'boundary'),
    ("Sheet SkiJumpMeets: shade every row belonging to the 'Medium' meets.",
     'TextEquals({Hill Class}, "Medium")', 'rows', 'by-value', 'annotator'),
    ('Help please -- SkiJumpMeets sheet, column E is Jumps: when a value there ranks in the top 3 of the column, '
     "I'd like only the cell coloured.",
     'Top({Jumps}, 3)', 'cells', 'by-header', 'forum', 'superlative'),
    ('Conditional format for SkiJumpMeets: the entire row of each meet whose Notes is blank, yellow fill.',
     'Blanks({Notes})', 'rows', 'by-header', 'annotator'),
    ('In my SkiJumpMeets sheet, column H is Style Points. I want to colour the entire row whenever it holds an '
     'Excel error value. How?',
     'Errors({Style Points})', 'rows', 'by-header', 'forum'),
    ('Any way to show a colour scale for every Entry Fee (PLN) cell on my SkiJumpMeets sheet?',
     'ColorScale({Entry Fee (PLN)})', 'cells', 'by-header', 'forum'),
    ('Quick one: in SkiJumpMeets, what rule fills any cell in Jumps that is 9 or more (only that cell)? (Jumps is '
     'column E.)',
     'GreaterThanEqual({Jumps}, 9)', 'cells', 'by-header', 'forum', 'boundary'),
    ('Objective 63: in SkiJumpMeets, tint just that cell whenever Jumps is more than 6 but less than 13. Level 24+, '
     'reward 1692 XP.',
     'AND(GreaterThan({Jumps}, 6), LessThan({Jumps}, 13))', 'cells', 'by-header', 'quest'),
    ('1/2 ok sheet question 🧵 2/2 in SkiJumpMeets, highlight the whole row wherever Hill Class does not contain '
     "'iu' -- 546 likes",
     'TextNotContains({Hill Class}, "iu")', 'rows', 'by-header', 'thread', 'negation'),
    ("Quest log, entry 16: journey to SkiJumpMeets and colour the Style Points cells within the column's highest 20 "
     'percent (cells only, not the rows). Reward: 56 gold, 840 XP.',
     'TopPercent({Style Points}, 20)', 'cells', 'by-header', 'quest', 'superlative'),
    ("Is there a way to flag any cell in Jumps that is above the column's average (only that cell) in column E of "
     'SkiJumpMeets? Thanks in advance.',
     'AboveAverage({Jumps})', 'cells', 'by-header', 'forum'),
    ('Forecast, SkiJumpMeets region: winds 42 km/h, highs of 21C. Expect highlighting on the complete row of any '
     'meet with Jumper occurring twice or more in the column.',
     'Duplicates({Jumper})', 'rows', 'by-header', 'weather'),
    ('1/2 quick one: SkiJumpMeets 🧵 2/2 icons (an icon set) on Entry Fee (PLN) please. 687 replies',
     'IconSet({Entry Fee (PLN)})', 'cells', 'by-header', 'thread'),
    ('Quest 216 (Lv 35): highlight full rows for meets with Jumps different from 9 in SkiJumpMeets. Reward: 192 XP.',
     'NotEquals({Jumps}, 9)', 'rows', 'by-header', 'quest', 'negation'),
    ('Met office, SkiJumpMeets sheet: 10C at dawn, 23C by noon. Bright yellow for the entire row of each meet whose '
     'Jumps is either below 6 or above 13.',
     'OR(LessThan({Jumps}, 6), GreaterThan({Jumps}, 13))', 'rows', 'by-header', 'weather', 'or'),
    ("Is there a way to shade every row belonging to all meets except the 'Large' ones in SkiJumpMeets? Thanks!",
     'NOT(TextEquals({Hill Class}, "Large"))', 'rows', 'by-value', 'forum', 'negation'),
    ('Q. (156:14) You asked for a rule on SkiJumpMeets? A. (156:15) Yes -- shade full rows for meets with Jumper '
     "opening with 'Eir'.",
     'TextStartsWith({Jumper}, "Eir")', 'rows', 'by-header', 'transcript', 'starts-ends'),
    ('In SkiJumpMeets, if Jumps falls in the bottom 20% of the column, fill the whole row.',
     'BottomPercent({Jumps}, 20)', 'rows', 'by-header', 'annotator', 'superlative'),
    ("Sun 4 Mar, SkiJumpMeets: sunny spells, 12 to 30C. Shade the Style Points cells below the column's average "
     '(cells only, not the rows).',
     'BelowAverage({Style Points})', 'cells', 'by-header', 'weather'),
    ('Storm watch (7 Nov): 54% rain, gusts to 73 km/h. In SkiJumpMeets, where Jumper appears only once in the '
     'column, highlight the full row.',
     'Unique({Jumper})', 'rows', 'by-header', 'weather'),
    ("Is there a way to flag each Jumper value that ends in the letters 'ar' (the cell only) in column B of "
     'SkiJumpMeets? Thanks in advance.',
     'TextEndsWith({Jumper}, "ar")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ('Forecast, SkiJumpMeets region: winds 43 km/h, highs of 28C. Expect highlighting on full rows for meets with '
     'Meet Date of tomorrow.',
     'Tomorrow({Meet Date})', 'rows', 'by-header', 'weather', 'date'),
    ("Bounty board, SkiJumpMeets (105 gold): shade every row belonging to the past 7 days' meets, today included.",
     'Last7Days({Meet Date})', 'rows', 'by-meaning', 'quest', 'date'),
    ("Newbie question: in SkiJumpMeets, can I colour the whole rows of last week's meets (the Sunday-to-Saturday "
     'week before this one)?',
     'LastWeek({Meet Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('Highlight full rows for the meets in the current calendar week in sheet SkiJumpMeets.',
     'ThisWeek({Meet Date})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Can conditional formatting do this? SkiJumpMeets sheet, column D (Meet Date): highlight just that cell if the '
     'value is in next week.',
     'NextWeek({Meet Date})', 'cells', 'by-header', 'forum', 'date'),
    ('94:3 Q. What should stand out in SkiJumpMeets? 94:4 A. Full rows for the meets from the previous calendar '
     'month.',
     'LastMonth({Meet Date})', 'rows', 'by-meaning', 'transcript', 'date'),
    ('Side quest #63 -- SkiJumpMeets: when Meet Date is within this month, mark only the cell. Recommended level '
     '28.',
     'ThisMonth({Meet Date})', 'cells', 'by-header', 'quest', 'date'),
    ('Is there a way to flag the entire row of each meet whose Meet Date is in next month in column D of '
     'SkiJumpMeets? Thanks in advance.',
     'NextMonth({Meet Date})', 'rows', 'by-header', 'forum', 'date'),
]

TABLES["RaftingTrips"] = _table("""
Trip Code | River Guide | Section | Trip Date | Rafters | Level (m) | Price (ZAR) | Thrill | Wetsuits? | Notes
RT-342 | Saoirse | Lower Falls | 2024-06-07 | 34 | 2.5 | deposit | 9.5 | No | high water, sunburn
RT-351 | Jurgen | Rapids Loop | 2024-06-18 | 25 | 3.5 | 1500 | 4.75 | No | swimmer out, raft flipped
RT-360 | Dmitri | Rapids Loop | 2024-06-27 | 23 | 0.5 | 400 | 3.5 | Yes | paddle lost, great surf
RT-369 | Mpho | Upper Gorge | 2024-05-20 | 8 | 4 | 450 | 4.5 | No | sunburn, hippo sighted
RT-378 | Jurgen | Lower Falls | 2024-05-03 | 33 | 3 | 2250 | 5 | No | hippo sighted, paddle lost
RT-387 | Pieter | Upper Gorge | 2024-07-03 | 36 | 0.75 | 2150 | #DIV/0! | No | swimmer out, calm pools
RT-396 | Nomvula | Rapids Loop | 2024-07-25 | 28 | 3.25 | 2200 | 5.5 | No | ~
RT-405 | Everett | Lower Falls | 2024-03-08 | 6 | 1.25 | 1450 | 5.75 | Yes | sunburn, calm pools
RT-414 | Zanele | Upper Gorge | 2024-06-11 | 14 | 3.75 | 2350 | 1 | No | raft flipped, great surf
RT-423 | Sipho | Canyon Run | 2024-06-12 | 24 | 1 | 600 | 9.25 | Yes | hippo sighted, calm pools
RT-432 | Lerato | Canyon Run | 2024-06-13 | 20 | 2 | 550 | _ | No | swimmer out, great surf
RT-441 | Annika | Canyon Run | 2024-06-10 | 32 | 2.25 | 1000 | 3 | Yes | hippo sighted, paddle lost
RT-450 | Thandeka | Canyon Run | 2024-06-15 | 27 | 1.5 | 700 | 4.25 | No | _
RT-459 | Sipho | Upper Gorge | 2024-06-04 | 7 | _ | 950 | 8.75 | Yes | hippo sighted, great surf
""")
ENTRIES["RaftingTrips"] = [
    ("How do I highlight full rows for trips with Level (m) greater than 2.25 in my RaftingTrips sheet? It's column "
     'F.',
     'GreaterThan({Level (m)}, 2.25)', 'rows', 'by-header', 'forum'),
    ('Quick one: in RaftingTrips, what rule fills every Price (ZAR) cell that is below 1000 (just the cells)? '
     '(Price (ZAR) is column G.)',
     'LessThan({Price (ZAR)}, 1000)', 'cells', 'by-header', 'forum'),
    ('1/2 conditional formatting tip for RaftingTrips 🧵 2/2 fill the whole row whenever Price (ZAR) falls in the '
     '600 to 2150 range (ends count) 🔥 630 likes',
     'Between({Price (ZAR)}, 600, 2150)', 'rows', 'by-header', 'thread', 'boundary'),
    ("Newbie question: in RaftingTrips, can I colour full rows for the trips marked 'Lower Falls'?",
     'TextEquals({Section}, "Lower Falls")', 'rows', 'by-value', 'forum'),
    ('Side quest #199 -- RaftingTrips: when Rafters ranks in the top 3 of the column, mark the full row. '
     'Recommended level 26.',
     'Top({Rafters}, 3)', 'rows', 'by-header', 'quest', 'superlative'),
    ('Highlight the Notes cells left blank (cells only, not the rows) in sheet RaftingTrips.',
     'Blanks({Notes})', 'cells', 'by-header', 'annotator'),
    ('1/2 hot take 🧵 2/2 RaftingTrips needs this highlighted: each Thrill value that is an error value (the cell '
     'only). 534 likes, 101 replies',
     'Errors({Thrill})', 'cells', 'by-header', 'thread'),
    ('Any way to show a colour scale across the Price (ZAR) values on my RaftingTrips sheet?',
     'ColorScale({Price (ZAR)})', 'cells', 'by-header', 'forum'),
    ('Trying to set up RaftingTrips. Column E holds Rafters; I need just that cell highlighted when Rafters is 24 '
     'or more. Any tips?',
     'GreaterThanEqual({Rafters}, 24)', 'cells', 'by-header', 'forum', 'boundary'),
    ('Objective 147: in RaftingTrips, tint the full row whenever Price (ZAR) is 1000 or less. Level 28+, reward '
     '1407 XP.',
     'LessThanEqual({Price (ZAR)}, 1000)', 'rows', 'by-header', 'quest', 'boundary'),
    ('Objective 143: in RaftingTrips, tint the cell alone whenever Rafters falls outside the inclusive 14 to 32 '
     'band. Level 26+, reward 368 XP.',
     'NotBetween({Rafters}, 14, 32)', 'cells', 'by-header', 'quest', 'boundary', 'negation'),
    ("2/2 (replying to myself) in RaftingTrips: mark the complete row of any trip with Notes mentioning 'water' "
     'anywhere. ♥ 537 · 💬 42',
     'TextContains({Notes}, "water")', 'rows', 'by-header', 'thread'),
    ('Format the cell alone in sheet RaftingTrips whenever Rafters is among the 3 lowest in the column.',
     'Bottom({Rafters}, 3)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('116:4 Q. What did you tell the analyst? 116:5 A. "Go to RaftingTrips and tint the Notes cells holding some '
     'text (cells only, not the rows)."',
     'NotBlanks({Notes})', 'cells', 'by-header', 'transcript', 'negation'),
    ('238:11 Q. Was it Thrill? 238:12 A. Yes. In RaftingTrips, if Thrill holds no error value, colour the full row.',
     'NotErrors({Thrill})', 'rows', 'by-header', 'transcript', 'negation'),
    ('RaftingTrips weather desk: 22 km/h winds; add a data bar on Price (ZAR).',
     'DataBar({Price (ZAR)})', 'cells', 'by-header', 'weather'),
    ('Coastal forecast 1 Nov -- RaftingTrips: swell 4 m, wind 25 knots; mark every Level (m) cell that equals 2.25 '
     '(just the cells).',
     'Equals({Level (m)}, 2.25)', 'cells', 'by-header', 'weather'),
    ("1/3 ok so 🧵 2/3 RaftingTrips 3/3 colour full rows for the trips other than the 'Lower Falls' ones. 540 likes",
     'NOT(TextEquals({Section}, "Lower Falls"))', 'rows', 'by-value', 'thread', 'negation'),
    ("RaftingTrips people, 1/2: can I shade each River Guide value that begins with the letters 'Ann' (the cell "
     'only)? 2/2 asking for a friend (583 likes, 21 replies)',
     'TextStartsWith({River Guide}, "Ann")', 'cells', 'by-header', 'thread', 'starts-ends'),
    ('Met office, RaftingTrips sheet: 14C at dawn, 25C by noon. Bright yellow for the complete row of any trip with '
     'Rafters among the bottom 20% of values.',
     'BottomPercent({Rafters}, 20)', 'rows', 'by-header', 'weather', 'superlative'),
    ('Minutes, p. 59, l. 18: Q. Your request for RaftingTrips? A. Highlight any cell in Thrill that is below the '
     "column's average (only that cell). Q. Nothing else? A. No.",
     'BelowAverage({Thrill})', 'cells', 'by-header', 'transcript'),
    ('Newbie here. My RaftingTrips sheet has River Guide in column B -- can I shade any cell in River Guide that '
     'has no repeat anywhere in the column (only that cell)?',
     'Unique({River Guide})', 'cells', 'by-header', 'forum'),
    ("thread (1/2): River Guide in RaftingTrips -- if it finishes with 'se', colour the whole row. (2/2) that's it, "
     '413 replies pls help',
     'TextEndsWith({River Guide}, "se")', 'rows', 'by-header', 'thread', 'starts-ends'),
    ("Forecast: 3% cloud over RaftingTrips; shade in every row belonging to yesterday's trips.",
     'Yesterday({Trip Date})', 'rows', 'by-meaning', 'weather', 'date'),
    ("thread (1/2): Trip Date in RaftingTrips -- if it is today, colour just that cell. (2/2) that's it, 560 "
     'replies pls help',
     'Today({Trip Date})', 'cells', 'by-header', 'thread', 'date'),
    ('Newbie question: in RaftingTrips, can I colour the whole rows of the trips from the previous calendar week?',
     'LastWeek({Trip Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('[Lv 173] RaftingTrips Trials: if Trip Date is in this week, fill the entire row. Completion bonus: 49 XP.',
     'ThisWeek({Trip Date})', 'rows', 'by-header', 'quest', 'date'),
    ("Weather for RaftingTrips: highs of 8C, winds 29 km/h -- colour the whole rows of next week's trips.",
     'NextWeek({Trip Date})', 'rows', 'by-meaning', 'weather', 'date'),
    ('Main story, chapter 66: RaftingTrips awaits. Mark the entire row of each trip whose Trip Date falls in the '
     'previous calendar month to earn 62 XP.',
     'LastMonth({Trip Date})', 'rows', 'by-header', 'quest', 'date'),
    ('1/3 thread on my RaftingTrips sheet 🧵 2/3 when Trip Date is within this month 3/3 I want only the cell '
     'coloured. 824 replies',
     'ThisMonth({Trip Date})', 'cells', 'by-header', 'thread', 'date'),
    ('Newbie question: in RaftingTrips, can I colour full rows for the trips in the coming calendar month?',
     'NextMonth({Trip Date})', 'rows', 'by-meaning', 'forum', 'date'),
]

TABLES["FireDancingShows"] = _table("""
Show Code | Performer | Prop | Show Date | Tricks | Fuel (L) | Fee (AUD) | Crowd Score | Encore? | Notes
FD-349 | Marisol | Fans | 2024-06-18 | 18 | 5.25 | 1100 | 1.75 | No | kerosene smell, windy beach
FD-358 | Delphine | Staff | 2024-06-27 | 59 | 0.5 | 925 | 9.25 | No | wick trimmed, kerosene smell
FD-367 | Jasper | Hoop | 2024-05-20 | 34 | 5 | 375 | 2.75 | No | encore cheered, new routine
FD-376 | Tavita | Poi | 2024-05-03 | 20 | 3 | 1500 | 7.75 | Yes | wick trimmed, new routine
FD-385 | Brigitta | Poi | 2024-07-03 | 37 | 2.25 | 200 | _ | Yes | drummers late, windy beach
FD-394 | Koa | Staff | 2024-07-25 | 47 | 5.5 | 425 | 9.75 | No | kerosene smell, new routine
FD-403 | Ileana | Hoop | 2024-03-08 | 10 | 3.75 | 500 | 4.25 | No | drummers late, safety crew
FD-412 | Ronan | Fans | 2024-06-11 | 29 | 1.5 | 700 | 4 | Yes | safety crew, encore cheered
FD-421 | Tavita | Staff | 2024-06-12 | 15 | 1.75 | 1575 | 1.25 | Yes | encore cheered, safety crew
FD-430 | Mako | Poi | 2024-06-13 | 39 | 3.5 | donated | 6.75 | No | windy beach, smoke alarm
FD-439 | Severine | Hoop | 2024-06-10 | 6 | 1 | 175 | #VALUE! | Yes | kerosene smell, new routine
FD-448 | Tane | Staff | 2024-06-15 | 45 | 2.5 | 225 | 7.5 | No | _
FD-457 | Kaia | Poi | 2024-06-04 | 19 | 0.75 | 275 | 4.5 | Yes | ~
FD-466 | Delphine | Fans | 2024-06-07 | 23 | _ | 450 | 2.5 | Yes | safety crew, new routine
""")
ENTRIES["FireDancingShows"] = [
    ('Evening bulletin for FireDancingShows: clear skies, 11C, then fill just that cell wherever Tricks is between '
     '18 and 39 inclusive. Pressure 1005 hPa.',
     'Between({Tricks}, 18, 39)', 'cells', 'by-header', 'weather', 'boundary'),
    ("Bounty board, FireDancingShows (226 gold): shade every row belonging to the 'Fans' shows.",
     'TextEquals({Prop}, "Fans")', 'rows', 'by-value', 'quest'),
    ('On the FireDancingShows sheet, apply a fill to any cell in Tricks that is among the 3 highest in the column '
     '(only that cell).',
     'Top({Tricks}, 3)', 'cells', 'by-header', 'annotator', 'superlative'),
    ("Help please -- FireDancingShows sheet, column J is Notes: when a value there is blank, I'd like the full row "
     'coloured.',
     'Blanks({Notes})', 'rows', 'by-header', 'forum'),
    ('Can conditional formatting do this? FireDancingShows sheet, column H (Crowd Score): highlight the full row if '
     'the value is an error value.',
     'Errors({Crowd Score})', 'rows', 'by-header', 'forum'),
    ('How do I add a colour scale on Fee (AUD) in my FireDancingShows sheet (column G)?',
     'ColorScale({Fee (AUD)})', 'cells', 'by-header', 'forum'),
    ('199:21 THE WITNESS: In FireDancingShows, I wanted this marked: every Tricks cell that is 23 or more (just the '
     'cells). 199:22 Q. Marked how? A. Highlighted.',
     'GreaterThanEqual({Tricks}, 23)', 'cells', 'by-header', 'transcript', 'boundary'),
    ('164:8 Q. Was it Fee (AUD)? 164:9 A. Yes. In FireDancingShows, if Fee (AUD) is at most 450, colour the full '
     'row.',
     'LessThanEqual({Fee (AUD)}, 450)', 'rows', 'by-header', 'transcript', 'boundary'),
    ('Conditional format for FireDancingShows: any cell in Tricks that is not between 18 and 39, inclusive (only '
     'that cell), yellow fill.',
     'NotBetween({Tricks}, 18, 39)', 'cells', 'by-header', 'annotator', 'boundary', 'negation'),
    ("Conditional format for FireDancingShows: each Notes value that mentions 'safety' (the cell only), yellow "
     'fill.',
     'TextContains({Notes}, "safety")', 'cells', 'by-header', 'annotator'),
    ('Newbie here. My FireDancingShows sheet has Tricks in column E -- can I shade each Tricks value that is among '
     'the 3 lowest in the column (the cell only)?',
     'Bottom({Tricks}, 3)', 'cells', 'by-header', 'forum', 'superlative'),
    ('New mission unlocked! In FireDancingShows, shade any cell in Notes that has something in it (only that cell). '
     '+101 XP, 37 gold.',
     'NotBlanks({Notes})', 'cells', 'by-header', 'quest', 'negation'),
    ("Help please -- FireDancingShows sheet, column H is Crowd Score: when a value there is not an error, I'd like "
     'the whole row coloured.',
     'NotErrors({Crowd Score})', 'rows', 'by-header', 'forum', 'negation'),
    ('1/2 quick one: FireDancingShows 🧵 2/2 data bars on Fee (AUD) please. 317 replies',
     'DataBar({Fee (AUD)})', 'cells', 'by-header', 'thread'),
    ('1/2 hot take 🧵 2/2 FireDancingShows needs this highlighted: full rows for shows with Tricks equal to 23. 717 '
     'likes, 33 replies',
     'Equals({Tricks}, 23)', 'rows', 'by-header', 'thread'),
    ('MR. HALLORAN: Page 135, line 20. Q. Tell us what the FireDancingShows rule did. A. It filled the full row '
     'when Tricks is more than 18 but less than 39.',
     'AND(GreaterThan({Tricks}, 18), LessThan({Tricks}, 39))', 'rows', 'by-header', 'transcript'),
    ('Daily bounty 215: the guild master of FireDancingShows wants you to highlight the complete row of any show '
     "with Prop free of the text 'oo'. Pays 61 gold.",
     'TextNotContains({Prop}, "oo")', 'rows', 'by-header', 'quest', 'negation'),
    ("On the FireDancingShows sheet, apply a fill to each Crowd Score value that is in the column's highest 25 "
     'percent (the cell only).',
     'TopPercent({Crowd Score}, 25)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('MR. DELACROIX: Page 23, line 19. Q. Tell us what the FireDancingShows rule did. A. It filled just that cell '
     "when Tricks is above the column's average.",
     'AboveAverage({Tricks})', 'cells', 'by-header', 'transcript'),
    ('205:11 Q. And what did you want done in FireDancingShows? 205:12 A. Each Performer value that shows up twice '
     'or more in the column (the cell only), highlighted.',
     'Duplicates({Performer})', 'cells', 'by-header', 'transcript'),
    ('Pollen count 6% in FireDancingShows -- apply icons (an icon set) on Fee (AUD).',
     'IconSet({Fee (AUD)})', 'cells', 'by-header', 'weather'),
    ('96:4 Q. Was it Tricks? 96:5 A. Yes. In FireDancingShows, if Tricks does not equal 23, colour the whole row.',
     'NotEquals({Tricks}, 23)', 'rows', 'by-header', 'transcript', 'negation'),
    ('MR. LINDQVIST: Page 209, line 12. Q. Tell us what the FireDancingShows rule did. A. It filled the full row '
     'when Tricks falls short of 18 or goes past 39.',
     'OR(LessThan({Tricks}, 18), GreaterThan({Tricks}, 39))', 'rows', 'by-header', 'transcript', 'or'),
    ("Newbie question: in FireDancingShows, can I colour full rows for yesterday's shows?",
     'Yesterday({Show Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ("1/2 sheet thread 🧵 2/2 in FireDancingShows, shade full rows for today's shows (894 likes)",
     'Today({Show Date})', 'rows', 'by-meaning', 'thread', 'date'),
    ("Chapter 76 objective -- colour every row belonging to tomorrow's shows in FireDancingShows. +65 XP.",
     'Tomorrow({Show Date})', 'rows', 'by-meaning', 'quest', 'date'),
    ('27:11 Q. What did you tell the analyst? 27:12 A. "Go to FireDancingShows and tint any cell in Show Date that '
     'falls within the last 7 days, today included (only that cell)."',
     'Last7Days({Show Date})', 'cells', 'by-header', 'transcript', 'date'),
    ('Can conditional formatting do this? FireDancingShows sheet, column D (Show Date): highlight the entire row if '
     'the value is in next week.',
     'NextWeek({Show Date})', 'rows', 'by-header', 'forum', 'date'),
    ("Newbie question: in FireDancingShows, can I colour every row belonging to last month's shows?",
     'LastMonth({Show Date})', 'rows', 'by-meaning', 'forum', 'date'),
    ('Weather report for FireDancingShows: when Show Date falls in the current calendar month, a warm front colours '
     'the cell alone. Humidity 59%, wind 39 km/h.',
     'ThisMonth({Show Date})', 'cells', 'by-header', 'weather', 'date'),
    ('28:9 Q. What should stand out in FireDancingShows? 28:10 A. The whole rows of the shows in the coming '
     'calendar month.',
     'NextMonth({Show Date})', 'rows', 'by-meaning', 'transcript', 'date'),
]

TABLES["GemCuttingOrders"] = _table("""
Order Code | Cutter | Stone | Order Date | Facets | Carats | Quote (USD) | Clarity Score | Certified? | Notes
GC-356 | Philippa | Garnet | 2024-06-27 | 97 | 1.75 | 200 | #REF! | Yes | inclusion found, oval cut
GC-365 | Anneliese | Topaz | 2024-05-20 | 56 | _ | 4500 | 8 | Yes | heat treated, rush job
GC-374 | Rosamund | Sapphire | 2024-05-03 | 25 | 5 | 4300 | 6.75 | No | inclusion found, cushion cut
GC-383 | Benedikt | Emerald | 2024-07-03 | 61 | 2.5 | 2600 | 2 | No | cushion cut, rush job
GC-392 | Ignatius | Emerald | 2024-07-25 | 59 | 7.5 | 800 | 5.25 | Yes | girdle chipped, client stone
GC-401 | Priyanka | Emerald | 2024-03-08 | 104 | 7 | 1400 | 9.75 | Yes | girdle chipped, rush job
GC-410 | Yitzhak | Topaz | 2024-06-11 | 35 | 1 | 3800 | 1.75 | No | _
GC-419 | Cedric | Garnet | 2024-06-12 | 81 | 2.25 | 2100 | 8.75 | No | heat treated, girdle chipped
GC-428 | Haruki | Emerald | 2024-06-13 | 41 | 1.5 | 300 | 7 | No | ~
GC-437 | Dorian | Sapphire | 2024-06-10 | 106 | 6 | 4900 | _ | Yes | girdle chipped, cushion cut
GC-446 | Haruki | Sapphire | 2024-06-15 | 37 | 0.5 | 4400 | 4 | No | oval cut, client stone
GC-455 | Esmeralda | Garnet | 2024-06-04 | 43 | 2 | 900 | 3.75 | Yes | oval cut, client stone
GC-464 | Yitzhak | Topaz | 2024-06-07 | 48 | 3 | quote | 5.5 | Yes | girdle chipped, polish redone
GC-473 | Yasmin | Sapphire | 2024-06-18 | 52 | 7.25 | 3000 | 3.5 | No | heat treated, inclusion found
""")
ENTRIES["GemCuttingOrders"] = [
    ('[Lv 190] GemCuttingOrders Trials: if Carats is greater than 2.5, fill the entire row. Completion bonus: 13 '
     'XP.',
     'GreaterThan({Carats}, 2.5)', 'rows', 'by-header', 'quest'),
    ('1/2 conditional formatting tip for GemCuttingOrders 🧵 2/2 fill the entire row whenever Quote (USD) is less '
     'than 2600 🔥 568 likes',
     'LessThan({Quote (USD)}, 2600)', 'rows', 'by-header', 'thread'),
    ('Trying to set up GemCuttingOrders. Column E holds Facets; I need the full row highlighted when Facets is not '
     'between 41 and 81, inclusive. Any tips?',
     'NotBetween({Facets}, 41, 81)', 'rows', 'by-header', 'forum', 'boundary', 'negation'),
    ('Main story, chapter 121: GemCuttingOrders awaits. Mark the complete row of any order with Notes mentioning '
     "'stone' anywhere to earn 58 XP.",
     'TextContains({Notes}, "stone")', 'rows', 'by-header', 'quest'),
    ("On the GemCuttingOrders sheet, apply a fill to any cell in Facets that is one of the column's 3 smallest "
     'values (only that cell).',
     'Bottom({Facets}, 3)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('Is there a way to flag the complete row of any order with Notes not left blank in column J of '
     'GemCuttingOrders? Thanks in advance.',
     'NotBlanks({Notes})', 'rows', 'by-header', 'forum', 'negation'),
    ('In GemCuttingOrders, if Clarity Score holds no error value, fill the whole row.',
     'NotErrors({Clarity Score})', 'rows', 'by-header', 'annotator', 'negation'),
    ('51:1 MS. LINDQVIST: For GemCuttingOrders, we agreed on in-cell data bars across the Quote (USD) values.',
     'DataBar({Quote (USD)})', 'cells', 'by-header', 'transcript'),
    ('Quest log, entry 45: journey to GemCuttingOrders and colour every Carats cell that equals 2.5 (just the '
     'cells). Reward: 67 gold, 1162 XP.',
     'Equals({Carats}, 2.5)', 'cells', 'by-header', 'quest'),
    ('1/2 ok sheet question 🧵 2/2 in GemCuttingOrders, highlight the Facets cells strictly between 41 and 81 (cells '
     'only, not the rows) -- 146 likes',
     'AND(GreaterThan({Facets}, 41), LessThan({Facets}, 81))', 'cells', 'by-header', 'thread'),
    ("Weather report for GemCuttingOrders: when Stone does not contain 'ap', a warm front colours the cell alone. "
     'Humidity 55%, wind 50 km/h.',
     'TextNotContains({Stone}, "ap")', 'cells', 'by-header', 'weather', 'negation'),
    ('1/3 thread on my GemCuttingOrders sheet 🧵 2/3 when Clarity Score ranks within the top 20% 3/3 I want only the '
     'cell coloured. 110 replies',
     'TopPercent({Clarity Score}, 20)', 'cells', 'by-header', 'thread', 'superlative'),
    ('MR. ACHTERBERG: Page 128, line 6. Q. Tell us what the GemCuttingOrders rule did. A. It filled just that cell '
     'when Facets beats the average of the column.',
     'AboveAverage({Facets})', 'cells', 'by-header', 'transcript'),
    ('Fri 21 Mar, GemCuttingOrders: sunny spells, 18 to 22C. Shade each Cutter value that appears more than once in '
     'the column (the cell only).',
     'Duplicates({Cutter})', 'cells', 'by-header', 'weather'),
    ('How do I add an icon set across the Quote (USD) values in my GemCuttingOrders sheet (column G)?',
     'IconSet({Quote (USD)})', 'cells', 'by-header', 'forum'),
    ('thread (1/2): Facets in GemCuttingOrders -- if it is anything other than 52, colour the full row. (2/2) '
     "that's it, 582 replies pls help",
     'NotEquals({Facets}, 52)', 'rows', 'by-header', 'thread', 'negation'),
    ('Coastal forecast 23 Jan -- GemCuttingOrders: swell 4 m, wind 20 knots; mark the complete row of any order '
     'with Facets either less than 41 or greater than 81.',
     'OR(LessThan({Facets}, 41), GreaterThan({Facets}, 81))', 'rows', 'by-header', 'weather', 'or'),
    ("Quest 216 (Lv 50): in GemCuttingOrders, highlight every row belonging to the orders other than the 'Emerald' "
     'ones. Reward: 2233 XP.',
     'NOT(TextEquals({Stone}, "Emerald"))', 'rows', 'by-value', 'quest', 'negation'),
    ("GemCuttingOrders sheet -- when Cutter begins with the letters 'Esm', highlight the full row.",
     'TextStartsWith({Cutter}, "Esm")', 'rows', 'by-header', 'annotator', 'starts-ends'),
    ("Storm watch (26 Dec): 77% rain, gusts to 90 km/h. In GemCuttingOrders, where Facets is in the column's lowest "
     '20 percent, highlight only the cell.',
     'BottomPercent({Facets}, 20)', 'cells', 'by-header', 'weather', 'superlative'),
    ('On the GemCuttingOrders sheet, apply a fill to the entire row of each order whose Clarity Score falls short '
     'of the average of the column.',
     'BelowAverage({Clarity Score})', 'rows', 'by-header', 'annotator'),
    ('Add a rule in GemCuttingOrders that colours every Cutter cell that has no repeat anywhere in the column (just '
     'the cells).',
     'Unique({Cutter})', 'cells', 'by-header', 'annotator'),
    ("Highlight the whole row wherever Cutter ends in the letters 'ppa' in sheet GemCuttingOrders.",
     'TextEndsWith({Cutter}, "ppa")', 'rows', 'by-header', 'annotator', 'starts-ends'),
    ('1/2 ok sheet question 🧵 2/2 in GemCuttingOrders, highlight the whole row wherever Order Date is dated '
     'yesterday -- 825 likes',
     'Yesterday({Order Date})', 'rows', 'by-header', 'thread', 'date'),
    ("35:1 THE CHAIR: For GemCuttingOrders, colour the whole rows of today's orders. Noted.",
     'Today({Order Date})', 'rows', 'by-meaning', 'transcript', 'date'),
    ('1/2 hot take 🧵 2/2 GemCuttingOrders needs this highlighted: the entire row of each order whose Order Date is '
     "tomorrow's date. 157 likes, 81 replies",
     'Tomorrow({Order Date})', 'rows', 'by-header', 'thread', 'date'),
    ('thread (1/2): Order Date in GemCuttingOrders -- if it is in the past 7 days (today counts), colour the entire '
     "row. (2/2) that's it, 709 replies pls help",
     'Last7Days({Order Date})', 'rows', 'by-header', 'thread', 'date'),
    ('1/3 thread on my GemCuttingOrders sheet 🧵 2/3 when Order Date falls in the previous calendar week 3/3 I want '
     'just that cell coloured. 254 replies',
     'LastWeek({Order Date})', 'cells', 'by-header', 'thread', 'date'),
    ('157:5 Q. In GemCuttingOrders, what should be coloured? 157:6 A. Just that cell, whenever Order Date falls in '
     'the current calendar week.',
     'ThisWeek({Order Date})', 'cells', 'by-header', 'transcript', 'date'),
    ('Main story, chapter 139: GemCuttingOrders awaits. Mark any cell in Order Date that falls in the current '
     'calendar month (only that cell) to earn 67 XP.',
     'ThisMonth({Order Date})', 'cells', 'by-header', 'quest', 'date'),
    ('GemCuttingOrders people, 1/2: can I shade each Order Date value that is in next calendar month (the cell '
     'only)? 2/2 asking for a friend (517 likes, 78 replies)',
     'NextMonth({Order Date})', 'cells', 'by-header', 'thread', 'date'),
]

TABLES["BarometerRepairs"] = _table("""
Job Code | Restorer | Kind | Received | Parts | Mercury (ml) | Invoice (GBP) | Accuracy | Antique? | Notes
BR-363 | Bertram | Banjo | 2024-05-20 | 12 | 67.5 | 750 | 2 | No | tube cleaned, veneer lifted
BR-372 | Winifred | Stick | 2024-05-03 | 17 | 92.5 | 820 | 8.25 | No | dial faded, veneer lifted
BR-381 | Theodora | Aneroid | 2024-07-03 | 15 | 97.5 | pending | 8.75 | No | tube cleaned, needle bent
BR-390 | Clarissa | Banjo | 2024-07-25 | 24 | 45 | 690 | 4.75 | Yes | needle bent, thermometer added
BR-399 | Algernon | Stick | 2024-03-08 | 9 | 65 | 360 | 6.25 | Yes | _
BR-408 | Edmund | Stick | 2024-06-11 | 20 | 42.5 | 710 | #NUM! | Yes | dial faded, spring reset
BR-417 | Reginald | Aneroid | 2024-06-12 | 5 | 30 | 780 | 9.5 | Yes | spring reset, tube cleaned
BR-426 | Hermione | Banjo | 2024-06-13 | 11 | 62.5 | 730 | 3 | Yes | dial faded, veneer lifted
BR-435 | Reginald | Aneroid | 2024-06-10 | 2 | 120 | 350 | _ | No | thermometer added, dial faded
BR-444 | Winifred | Wheel | 2024-06-15 | 23 | _ | 630 | 5.5 | Yes | spring reset, needle bent
BR-453 | Millicent | Wheel | 2024-06-04 | 10 | 95 | 550 | 9.75 | Yes | spring reset, thermometer added
BR-462 | Humphrey | Wheel | 2024-06-07 | 8 | 110 | 410 | 1.75 | No | needle bent, glass replaced
BR-471 | Araminta | Aneroid | 2024-06-18 | 4 | 20 | 200 | 2.5 | Yes | ~
BR-480 | Percival | Stick | 2024-06-27 | 21 | 77.5 | 420 | 4.5 | No | dial faded, veneer lifted
""")
ENTRIES["BarometerRepairs"] = [
    ('Outlook for Wed 17 Sep: 30C, 56% chance of showers -- and a yellow front over the complete row of any repair '
     'with Mercury (ml) above 67.5 in BarometerRepairs.',
     'GreaterThan({Mercury (ml)}, 67.5)', 'rows', 'by-header', 'weather'),
    ('Is there a way to flag each Parts value that is below 11 (the cell only) in column E of BarometerRepairs? '
     'Thanks in advance.',
     'LessThan({Parts}, 11)', 'cells', 'by-header', 'forum'),
    ('Trying to set up BarometerRepairs. Column E holds Parts; I need the full row highlighted when Parts falls in '
     'the 8 to 20 range (ends count). Any tips?',
     'Between({Parts}, 8, 20)', 'rows', 'by-header', 'forum', 'boundary'),
    ("Chapter 63 objective -- colour the whole rows of the 'Banjo' repairs in BarometerRepairs. +9 XP.",
     'TextEquals({Kind}, "Banjo")', 'rows', 'by-value', 'quest'),
    ('Coastal forecast 12 Jan -- BarometerRepairs: swell 2 m, wind 29 knots; mark the Parts cells among the '
     "column's 3 highest (cells only, not the rows).",
     'Top({Parts}, 3)', 'cells', 'by-header', 'weather', 'superlative'),
    ('113:7 Q. And what did you want done in BarometerRepairs? 113:8 A. Every Notes cell that is blank (just the '
     'cells), highlighted.',
     'Blanks({Notes})', 'cells', 'by-header', 'transcript'),
    ('New mission unlocked! In BarometerRepairs, shade the Accuracy cells in error (cells only, not the rows). +154 '
     'XP, 15 gold.',
     'Errors({Accuracy})', 'cells', 'by-header', 'quest'),
    ('180:18 Q. What format on BarometerRepairs? 180:19 A. A colour scale on Invoice (GBP).',
     'ColorScale({Invoice (GBP)})', 'cells', 'by-header', 'transcript'),
    ('New mission unlocked! In BarometerRepairs, shade any cell in Mercury (ml) that reaches 67.5 or higher (only '
     'that cell). +222 XP, 16 gold.',
     'GreaterThanEqual({Mercury (ml)}, 67.5)', 'cells', 'by-header', 'quest', 'boundary'),
    ('1/3 thread on my BarometerRepairs sheet 🧵 2/3 when Parts is at most 11 3/3 I want the whole row coloured. 376 '
     'replies',
     'LessThanEqual({Parts}, 11)', 'rows', 'by-header', 'thread', 'boundary'),
    ("BarometerRepairs people, 1/2: can I shade the Kind cells free of the text 'eel' (cells only, not the rows)? "
     '2/2 asking for a friend (219 likes, 50 replies)',
     'TextNotContains({Kind}, "eel")', 'cells', 'by-header', 'thread', 'negation'),
    ("Storm watch (6 Feb): 76% rain, gusts to 97 km/h. In BarometerRepairs, where Accuracy is in the column's "
     'highest 20 percent, highlight the whole row.',
     'TopPercent({Accuracy}, 20)', 'rows', 'by-header', 'weather', 'superlative'),
    ('Trying to set up BarometerRepairs. Column E holds Parts; I need the whole row highlighted when Parts is above '
     "the column's average. Any tips?",
     'AboveAverage({Parts})', 'rows', 'by-header', 'forum'),
    ('Quick one: in BarometerRepairs, what rule fills the entire row of each repair whose Restorer appears more '
     'than once in the column? (Restorer is column B.)',
     'Duplicates({Restorer})', 'rows', 'by-header', 'forum'),
    ('How do I add icons (an icon set) across the Invoice (GBP) values in my BarometerRepairs sheet (column G)?',
     'IconSet({Invoice (GBP)})', 'cells', 'by-header', 'forum'),
    ('Highlight the Parts cells different from 11 (cells only, not the rows) in sheet BarometerRepairs.',
     'NotEquals({Parts}, 11)', 'cells', 'by-header', 'annotator', 'negation'),
    ('1/2 ok sheet question 🧵 2/2 in BarometerRepairs, highlight every Parts cell that falls short of 8 or goes '
     'past 20 (just the cells) -- 842 likes',
     'OR(LessThan({Parts}, 8), GreaterThan({Parts}, 20))', 'cells', 'by-header', 'thread', 'or'),
    ("1/2 sheet thread 🧵 2/2 in BarometerRepairs, shade the whole rows of the repairs other than the 'Stick' ones "
     '(663 likes)',
     'NOT(TextEquals({Kind}, "Stick"))', 'rows', 'by-value', 'thread', 'negation'),
    ('1/2 ok sheet question 🧵 2/2 in BarometerRepairs, highlight the complete row of any repair with Restorer '
     "opening with 'Cl' -- 430 likes",
     'TextStartsWith({Restorer}, "Cl")', 'rows', 'by-header', 'thread', 'starts-ends'),
    ('1/2 ok sheet question 🧵 2/2 in BarometerRepairs, highlight the entire row of each repair whose Parts falls in '
     'the bottom 25% of the column -- 321 likes',
     'BottomPercent({Parts}, 25)', 'rows', 'by-header', 'thread', 'superlative'),
    ('1/2 conditional formatting tip for BarometerRepairs 🧵 2/2 fill the cell alone whenever Accuracy is below the '
     "column's average 🔥 91 likes",
     'BelowAverage({Accuracy})', 'cells', 'by-header', 'thread'),
    ('1/2 hot take 🧵 2/2 BarometerRepairs needs this highlighted: full rows for repairs with Restorer never '
     'repeated in the column. 571 likes, 37 replies',
     'Unique({Restorer})', 'rows', 'by-header', 'thread'),
    ("1/2 hot take 🧵 2/2 BarometerRepairs needs this highlighted: each Restorer value that ends with 'ora' (the "
     'cell only). 208 likes, 112 replies',
     'TextEndsWith({Restorer}, "ora")', 'cells', 'by-header', 'thread', 'starts-ends'),
    ("Help please -- BarometerRepairs sheet, column D is Received: when a value there is dated yesterday, I'd like "
     'just that cell coloured.',
     'Yesterday({Received})', 'cells', 'by-header', 'forum', 'date'),
    ("Side quest #233 -- BarometerRepairs: when Received is today's date, mark the whole row. Recommended level 65.",
     'Today({Received})', 'rows', 'by-header', 'quest', 'date'),
    ('Sheet BarometerRepairs: shade the entire row of each repair whose Received falls on tomorrow.',
     'Tomorrow({Received})', 'rows', 'by-header', 'annotator', 'date'),
    ('BarometerRepairs sheet -- when Received is one of the last 7 days including today, highlight the entire row.',
     'Last7Days({Received})', 'rows', 'by-header', 'annotator', 'date'),
    ("211:14 Q. What should stand out in BarometerRepairs? 211:15 A. Full rows for last week's repairs (the "
     'Sunday-to-Saturday week before this one).',
     'LastWeek({Received})', 'rows', 'by-meaning', 'transcript', 'date'),
    ('Main story, chapter 236: BarometerRepairs awaits. Mark full rows for repairs with Received from the current '
     'calendar week to earn 21 XP.',
     'ThisWeek({Received})', 'rows', 'by-header', 'quest', 'date'),
    ('234:6 THE WITNESS: In BarometerRepairs, I wanted this marked: the complete row of any repair with Received '
     'from the coming calendar week. 234:7 Q. Marked how? A. Highlighted.',
     'NextWeek({Received})', 'rows', 'by-header', 'transcript', 'date'),
    ('MR. VASQUEZ: Page 188, line 18. Q. Tell us what the BarometerRepairs rule did. A. It filled the entire row '
     'when Received is in last month.',
     'LastMonth({Received})', 'rows', 'by-header', 'transcript', 'date'),
]

TABLES["HourglassBatches"] = _table("""
Batch Code | Blower | Sand Colour | Poured Date | Glasses | Run (min) | Price (INR) | Symmetry | Engraved? | Notes
HG-370 | Eustace | Rose | 2024-05-03 | 66 | 15.5 | 1150 | 4.75 | No | _
HG-379 | Anoushka | Rose | 2024-07-03 | 21 | 25.5 | 900 | #N/A | Yes | neck narrowed, frame walnut
HG-388 | Cyprian | Amber | 2024-07-25 | 27 | _ | 3600 | 5.5 | No | sand sieved, bubble spotted
HG-397 | Florentin | White | 2024-03-08 | 83 | 13.5 | 1800 | 4.25 | Yes | sand sieved, frame walnut
HG-406 | Rukmini | Rose | 2024-06-11 | 12 | 20 | 3400 | 7.5 | No | neck narrowed, sealed twice
HG-415 | Gervase | Black | 2024-06-12 | 89 | 6.5 | 3850 | 4.5 | Yes | timed again, frame walnut
HG-424 | Benedek | White | 2024-06-13 | 41 | 4 | 2850 | 8.25 | Yes | bubble spotted, frame walnut
HG-433 | Leontyne | Amber | 2024-06-10 | 88 | 9 | gift | 2.25 | No | neck narrowed, bubble spotted
HG-442 | Jahnavi | Black | 2024-06-15 | 43 | 22 | 2150 | 8.5 | Yes | sealed twice, neck narrowed
HG-451 | Deepika | Black | 2024-06-04 | 20 | 14.5 | 4550 | _ | Yes | brass caps, frame walnut
HG-460 | Cyprian | White | 2024-06-07 | 79 | 16 | 600 | 9.75 | Yes | brass caps, bubble spotted
HG-469 | Ishani | Black | 2024-06-18 | 33 | 29.5 | 1050 | 2.75 | Yes | ~
HG-478 | Harshita | White | 2024-06-27 | 8 | 27.5 | 700 | 5.75 | No | bubble spotted, sand sieved
HG-487 | Deepika | Amber | 2024-05-20 | 65 | 15 | 3250 | 9.5 | Yes | sand sieved, sealed twice
""")
ENTRIES["HourglassBatches"] = [
    ('100:1 Q. And what did you want done in HourglassBatches? 100:2 A. Full rows for batches with Run (min) over '
     '15.5, highlighted.',
     'GreaterThan({Run (min)}, 15.5)', 'rows', 'by-header', 'transcript'),
    ('New mission unlocked! In HourglassBatches, shade the entire row of each batch whose Glasses is below 41. +203 '
     'XP, 57 gold.',
     'LessThan({Glasses}, 41)', 'rows', 'by-header', 'quest'),
    ('Coastal forecast 26 Apr -- HourglassBatches: swell 6 m, wind 40 knots; mark full rows for batches with '
     'Glasses from 21 to 79 inclusive.',
     'Between({Glasses}, 21, 79)', 'rows', 'by-header', 'weather', 'boundary'),
    ("How do I highlight every row belonging to the 'Rose' batches in my HourglassBatches sheet?",
     'TextEquals({Sand Colour}, "Rose")', 'rows', 'by-value', 'forum'),
    ('Weather report for HourglassBatches: when Glasses is among the 3 highest in the column, a warm front colours '
     'the cell alone. Humidity 77%, wind 12 km/h.',
     'Top({Glasses}, 3)', 'cells', 'by-header', 'weather', 'superlative'),
    ('Objective 54: in HourglassBatches, tint the cell alone whenever Notes is blank. Level 19+, reward 322 XP.',
     'Blanks({Notes})', 'cells', 'by-header', 'quest'),
    ('Quest 182 (Lv 52): highlight the entire row of each batch whose Symmetry shows an error in HourglassBatches. '
     'Reward: 1245 XP.',
     'Errors({Symmetry})', 'rows', 'by-header', 'quest'),
    ('Sheet HourglassBatches: add a color scale on Price (INR).',
     'ColorScale({Price (INR)})', 'cells', 'by-header', 'annotator'),
    ('Coastal forecast 7 Nov -- HourglassBatches: swell 5 m, wind 11 knots; mark the Run (min) cells no lower than '
     '15.5 (cells only, not the rows).',
     'GreaterThanEqual({Run (min)}, 15.5)', 'cells', 'by-header', 'weather', 'boundary'),
    ('1/2 hot take 🧵 2/2 HourglassBatches needs this highlighted: the entire row of each batch whose Glasses is at '
     'most 41. 119 likes, 128 replies',
     'LessThanEqual({Glasses}, 41)', 'rows', 'by-header', 'thread', 'boundary'),
    ('192:7 THE WITNESS: In HourglassBatches, I wanted this marked: the entire row of each batch whose Glasses is '
     'not between 21 and 79, inclusive. 192:8 Q. Marked how? A. Highlighted.',
     'NotBetween({Glasses}, 21, 79)', 'rows', 'by-header', 'transcript', 'boundary', 'negation'),
    ("HourglassBatches people, 1/2: can I shade every Notes cell that mentions 'twice' (just the cells)? 2/2 asking "
     'for a friend (270 likes, 113 replies)',
     'TextContains({Notes}, "twice")', 'cells', 'by-header', 'thread'),
    ('Outlook for Sat 26 Oct: 14C, 72% chance of showers -- and a yellow front over any cell in Glasses that ranks '
     'in the bottom 3 of the column (only that cell) in HourglassBatches.',
     'Bottom({Glasses}, 3)', 'cells', 'by-header', 'weather', 'superlative'),
    ('Minutes, p. 122, l. 21: Q. Your request for HourglassBatches? A. Highlight the entire row of each batch whose '
     'Notes is filled in. Q. Nothing else? A. No.',
     'NotBlanks({Notes})', 'rows', 'by-header', 'transcript', 'negation'),
    ('HourglassBatches people, 1/2: can I shade the entire row of each batch whose Symmetry is not an error? 2/2 '
     'asking for a friend (670 likes, 56 replies)',
     'NotErrors({Symmetry})', 'rows', 'by-header', 'thread', 'negation'),
    ('Side quest #97 -- HourglassBatches: apply in-cell data bars across the Price (INR) values.',
     'DataBar({Price (INR)})', 'cells', 'by-header', 'quest'),
    ('Outlook for Fri 11 Oct: 15C, 35% chance of showers -- and a yellow front over every Glasses cell that is '
     'exactly 41 (just the cells) in HourglassBatches.',
     'Equals({Glasses}, 41)', 'cells', 'by-header', 'weather'),
    ('[Lv 203] HourglassBatches Trials: if Glasses is more than 21 but less than 79, fill the cell alone. '
     'Completion bonus: 51 XP.',
     'AND(GreaterThan({Glasses}, 21), LessThan({Glasses}, 79))', 'cells', 'by-header', 'quest'),
    ("29:3 THE WITNESS: In HourglassBatches, I wanted this marked: the Blower cells beginning with the letters 'Ha' "
     '(cells only, not the rows). 29:4 Q. Marked how? A. Highlighted.',
     'TextStartsWith({Blower}, "Ha")', 'cells', 'by-header', 'transcript', 'starts-ends'),
    ('Quick one: in HourglassBatches, what rule fills the whole row wherever Glasses ranks within the bottom 20%? '
     '(Glasses is column E.)',
     'BottomPercent({Glasses}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('Q. (39:18) You asked for a rule on HourglassBatches? A. (39:19) Yes -- shade every Symmetry cell that is '
     "below the column's average (just the cells).",
     'BelowAverage({Symmetry})', 'cells', 'by-header', 'transcript'),
    ('Forecast, HourglassBatches region: winds 45 km/h, highs of 30C. Expect highlighting on the entire row of each '
     'batch whose Blower appears only once in the column.',
     'Unique({Blower})', 'rows', 'by-header', 'weather'),
    ("Side quest #71 -- HourglassBatches: when Blower finishes with 'ika', mark only the cell. Recommended level "
     '21.',
     'TextEndsWith({Blower}, "ika")', 'cells', 'by-header', 'quest', 'starts-ends'),
    ("Bounty board, HourglassBatches (231 gold): shade full rows for tomorrow's batches.",
     'Tomorrow({Poured Date})', 'rows', 'by-meaning', 'quest', 'date'),
    ('Forecast: 11% cloud over HourglassBatches; shade in the whole rows of the batches dated within the last 7 '
     'days (today included).',
     'Last7Days({Poured Date})', 'rows', 'by-meaning', 'weather', 'date'),
    ('Outlook for Sun 6 Oct: 29C, 36% chance of showers -- and a yellow front over the entire row of each batch '
     'whose Poured Date is during last week in HourglassBatches.',
     'LastWeek({Poured Date})', 'rows', 'by-header', 'weather', 'date'),
    ('MR. DELACROIX: Page 101, line 1. Q. Tell us what the HourglassBatches rule did. A. It filled the full row '
     'when Poured Date is within this week (Sunday to Saturday).',
     'ThisWeek({Poured Date})', 'rows', 'by-header', 'transcript', 'date'),
    ("119:12 Q. What should stand out in HourglassBatches? 119:13 A. The whole rows of next week's batches.",
     'NextWeek({Poured Date})', 'rows', 'by-meaning', 'transcript', 'date'),
    ('[Lv 38] HourglassBatches Trials: if Poured Date is during last month, fill the full row. Completion bonus: 14 '
     'XP.',
     'LastMonth({Poured Date})', 'rows', 'by-header', 'quest', 'date'),
    ('Format the cell alone in sheet HourglassBatches whenever Poured Date falls in the current calendar month.',
     'ThisMonth({Poured Date})', 'cells', 'by-header', 'annotator', 'date'),
    ('Objective 96: in HourglassBatches, tint the cell alone whenever Poured Date is in next calendar month. Level '
     '19+, reward 2498 XP.',
     'NextMonth({Poured Date})', 'cells', 'by-header', 'quest', 'date'),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
