"""A thirty-third set of table requests, about a third of them header-only, and the builder of thirtythird_tables.json.

Written on 2026-12-07/08 between 23:48 and about 00:10 UTC (by `date -u` on this machine: 23:48:32 at the start) by
engineer E33t, who had read neither the assistant's code nor any set's wordings, so that the team has table requests
nobody has tuned on. The eleven tables (fly fishing trips, astrophotography nights, leatherwork orders, churro
stalls, strudel bakes, snow globe batches, kaleidoscope builds, poetry slams, weathervane commissions, sundial
orders, treehouse builds) and every request were written from scratch, in the structure of thirtysecond_tables.py
(whose docstring, constants, helper code and closing lines were read). Each table has 10 columns in the same roles
(A a code, B a name, C a category, D a date, E to H four number columns, I a yes/no column, J free text); headers
carry units and currencies and question marks (`Fish Landed`, `Depth (cm)`, `Permit (CHF)`, `Fly Score`,
`Released?`, `Frames`, `Exposure (s)`, `Lens Hire (AUD)`, `Seeing`, `Tracked?`, `Rivets`, `Hide Area (sq ft)`,
`Price (NZD)`, `Finish Grade`, `Hand Stitched?`, `Churros Fried`, `Oil (L)`, `Takings (ARS)`, `Crunch`, `Vegan?`,
`Layers`, `Dough Width (cm)`, `Cost (CZK)`, `Flakiness`, `Raisins?`, `Globes`, `Glycerin (ml)`, `Unit Price (CAD)`,
`Shake Score`, `Musical?`, `Beads`, `Tube Length (cm)`, `Price (HUF)`, `Symmetry`, `Brass Tube?`, `Lines`, `Time
(min)`, `Prize (EUR)`, `Judge Score`, `Memorised?`, `Copper Sheets`, `Height (ft)`, `Quote (GBP)`, `Balance Rating`,
`Gilded?`, `Hour Lines`, `Gnomon (deg)`, `Price (JPY)`, `Accuracy`, `Bronze?`, `Planks`, `Height (m)`, `Budget
(NOK)`, `Sway Rating`, `Zip Line?`; no digit in any header), and the cells dates, money (plain numbers under a
currency header), integers, decimals in half or quarter steps, codes, yes/no values, free text (guides,
photographers, makers, vendors, bakers, artisans, builders, poets, smiths, engravers, carpenters: twelve a table,
two of them written twice; river types, targets, items, dips, fillings, scenes, styles, forms, motifs, dial kinds,
trees: four a table; notes made of two of eight short phrases a table), text in a number column ("tbc", "quote",
"waived", "free", "gift", "sample", "barter", "pending", "deposit", "comped", "donated"), Excel errors (#N/A,
#DIV/0!, #VALUE!, #REF!, #NUM!) and blanks. The cells were drawn by a seeded random generator without repeats from
each column's grid (/tmp/e33t/tables.py, `make_table`), then frozen here; the six special cells of a table (F's
blank, G's text, H's blank and error, J's "" and " ") sit on six different rows.

Domains: a short program (/tmp/e33t/domcheck.py, three runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring; thirtythird_* aside, the thirty-second builders included) and the `Table` field
of every set file there (thirtythird_* aside, CamelCase split into words), and printed one True/False per candidate
word (True when named as a whole word with an optional plural s or es, spaces, dashes and underscores between its
words also matched; the second run's output was filtered to its False lines, so its True words are known by
elimination). Dropped as used (True): snail racing, pigeon racing, falconry, ice sculpture, gingerbread, pancake,
tug of war, sheepdog, regatta, canal boat, glassblowing, blacksmith, calligraphy, letterpress, metal detecting,
geocaching, birdwatching, orienteering, kayak, paddleboard, carousel, circus, clog dancing, scuba, caving,
bouldering, oyster, lobster, sourdough, pretzel, dumpling, ramen, sushi, paella, fondue, waffle, crepe, kimchi,
hummus, ceviche, lavender, tulip, orchid, sunflower, vineyard, kite, sandcastle, beard, lighthouse, yodelling,
lacrosse, bobsleigh, fencing, archery, polo, hurling, sumo, kendo, capoeira, parkour, trapeze, mime, taxidermy,
bookbinding, woodturning, whittling, chainsaw carving, topiary, hedge laying, dry stone walling, thatching, coracle,
punting, rickshaw, gondola, zipline, bungee, paragliding, hang gliding, falafel, gelato, pierogi, borscht, goulash,
haggis, samosa, mochi, baklava, macaron, lemonade, smoothie, milkshake, candle making, wreath, typewriter, jukebox,
theremin, didgeridoo, kazoo, steel drum, handbell, beatbox, karaoke, spelling bee, sudoku, crossword, mahjong,
backgammon, shuffleboard, bocce, petanque, horseshoe pitching, cornhole, disc golf, kabaddi, sepak takraw, sauna,
hammock, houseboat, fishing, telescope. Unused (False), and taken: fly fishing, astrophotography (and photography),
leatherwork, churros, strudel, snow globe, kaleidoscope, poetry slam (and poetry), weathervane, sundial, treehouse;
the word fishing alone is used (True), fly fishing is not. Also unused, not taken: shortbread, burrito, nachos,
eclair, saddle. Nonsense words were asked as controls: zzzqqq printed True (earlier builders' docstrings name it as
their own control), vxqjzk and qpzwvx False. The eleven table names (FlyFishingTrips, AstrophotographyNights,
LeatherworkOrders, ChurroStalls, StrudelBakes, SnowGlobeBatches, KaleidoscopeBuilds, PoetrySlams,
WeathervaneCommissions, SundialOrders, TreehouseBuilds) and a few others were also asked (not split into words: all
False); that no set file's `Table` field holds them is checked by the table test module (passed).

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES is the
earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines ("Highlight X in
sheet T.", "In sheet T, shade X.", "Apply a fill to X; sheet T.", "Sheet T: format X.", "Color X on sheet T.", "For
sheet T, where H ..., highlight the whole row.", "Mark the cell only in sheet T when H ...", "Sheet T -- H ...: fill
the full row.", and for rows named by value or meaning and for the visual rules three more each); `forum`, a forum
question, with the column letter (always the true column of the table placed at A1) when it names the column by its
header, and none when it names the rows by a value or by what the date means (eight frames, "How do I highlight ...
in column L of my T sheet?", "In my T sheet, column L is H. I want to colour the whole row whenever it ... How?",
"Newbie here. ...", "Can conditional formatting do this? ...", ...); four new here: `radio`, two-way radio talk
("Base, this is Unit u, copy? In T, highlight ..., over.", "Roger that, channel c -- T: mark .... Over and out.",
"Sierra s to Control on channel c: ...", "Unit u to all stations: T, ..., shade the whole row. I say again, ....
Out.", "Break, break, channel c: whenever ... on T, mark the cell only. Delta d out.", nine frames); `horoscope`,
the request as a star-sign forecast ("Leo (Jul 23 - Aug 22): the stars say ... in T will glow under this moon.",
"Gemini: Venus moves through T -- ...? Highlight the full row, and luck will follow.", "Your horoscope, Virgo: when
H ... in T, colour the entire row. Lucky number k.", "The moon in Aries asks you to shade ... on sheet T; Mercury
approves.", eight frames); `military`, an operation order ("OPORD o: at hhmm, 2nd Platoon will mark ... in T.
Execute.", "FRAGO o -- T: ..., highlight the whole row. Time now hhmm. Acknowledge.", "Mission: highlight ... on
sheet T. Grid gggg gggg. H-hour hhmm. Out.", "SITREP hhmm: T secured. Next task -- colour .... Over.", "Phase p of
Operation Nightjar: rally at grid ..., then fill ... in T. Execute.", eight frames); `auction`, an auctioneer's
chant ("Going once, going twice -- ... in T, sold to the highlighter!", "Lot l: do I hear H ... in T? Yes! Mark the
cell only!", "Do I hear $b? $b2? Thank you, sir -- in T, highlight .... Sold!", "Paddle p takes it! For T: fill ....
Sold!", "Hammer's up on lot l: T, H ...? Colour the whole row -- sold at $b!", eight frames). Each style has eight
(radio nine) frames for a column named by its header, three for rows named by value or date meaning and three for
the visual rules, and every one of its header frames and its by-name frames is used (by a program over the drafts:
12 to 14 frames used per style); inside a frame the object varies too (four cell forms: "every H cell that ... (just
the cells)", "each H value ... (the cell only)", "any cell in H that ... (only that cell)", "the H cells ... (cells
only, not the rows)"; four row forms: "the whole row wherever H ...", "the entire row of each trip whose H ...",
"full rows for trips with H ...", "the complete row of any trip with H ..."), and the condition is said in two or
three ways per function, as a verb phrase or after the noun. The unit, channel and call-sign numbers, the signs'
dates and lucky numbers, the order numbers, times, platoons, grid references, task forces and phases, and the lots,
bids and paddles are drawn by a stable hash and checked by the program to hold no number equal to one of the rule's
figures (thresholds, bounds, n, p, the 7 of Last7Days); the brief's own examples were not used as requests.

How the requests were written: E33t wrote, in /tmp/e33t/phrases.py, for each function two or three condition phrases
after a singular subject ("is greater than a", "is a or more", "is outside a to b (a and b themselves count as
inside)", "lies strictly between a and b, ends excluded", "falls under a or over b", "is anything but 's'", "has no
's' anywhere in it", "ends in the letters 's'", "ranks in the top n of the column", "falls in the column's bottom
p%", "falls short of the average of the column", "has no repeat anywhere in the column", "holds an Excel error
value", "falls within the last 7 days, today included", "falls in last week (the Sunday-to-Saturday week before this
one)", "is in next calendar month", ...) and two or three after a noun, number-neutral ("of a or more", "outside the
inclusive a to b range", "more than a yet under b", "reading exactly 's'", "without 's' anywhere in the text",
"among the column's n highest", "occurring just once in the column", "holding nothing", "free of any error value",
"falling on tomorrow's date", ...), noun phrases for the rows named by a value ("the 'Wallet' orders", "all builds
except the 'Beech' ones", "the non-'Oil Cell' builds") or by what the date means ("tomorrow's jobs", "last week's
bakes (the Sunday-to-Saturday week before this one)", "the jobs dated within the last 7 days (today included)"), the
visual formats ("a colour scale", "a color scale", "a colour gradient scale", "data bars", "in-cell data bars", "an
icon set", "a set of icons") and the frames per style above; the program (/tmp/e33t/gen.py) picks a naming (by-value
for about three in four TextEquals and NOT drafts, by-meaning for about a third of the periods, by hash), a style
(by hash among the six, for every function), a frame, an object form, the phrases and the wrapper's numbers by
stable hashes of the table and the function, the scope by the same hash (cells for the visual rules; rows for every
request naming the rows by value or meaning; else about half each), and the literal: the first candidate of the
column's own values (numbers nearest the median first, bounds near the quartiles, words of four letters or more of
the notes, the category values in an order rotated by hash, prefixes and suffixes of two or three letters of the
names, n of 3, 2, 4, 5 and p of 20, 25, 30, 10, 15, 40) for which everyday_tables' `problems` finds nothing on the
full table, no column letter but the rule's is named, the wrapper's numbers are not the rule's figures (else up to
six other draws of them), and the request is in no other set file nor the train split. The entries below are that
program's output, frozen (written by /tmp/e33t/assemble.py, which also wraps long requests over string lines at
spaces and checks the line length); nothing was reworded by hand. Decided before the first run of gen.py and written
in it (`all_drafts`): a function whose drafts fall in one half only gets a second draft on every table that has it
(the next passing literal, naming, style, scope and wording by the hash with "second"); in every run it added none
(341 drafts). Before the first build the phrases were changed twice, each time for grammar or clarity and each time
drawing every draft again (new requests, new IDs, new halves): after reading the first 60 drafts (five after-noun
phrases with "in it" that read wrong after a plural, the date phrases "with D dated ..." made "falling ...", two
object forms put in brackets, two auction frames that began a sentence with a lower-case phrase), and after reading
drafts 61 to 150 (an annotator frame with doubled brackets, and four horoscope phrases, "this week", "a fine week"
and "Today's reading", that a reader could take for a date period); then the other 191 drafts were read (the tool
cut 13 lines of that printout) and nothing more was changed. No split was printed in any of these printouts.

Requests keep Excel's semantics: comparisons other than LessThan, LessThanEqual and Between are only on the two
number columns that hold no text (E, and F, which holds one "" blank; NotEquals, NotBetween, AND and OR, which a
blank read as 0 could meet, only on E), LessThan, LessThanEqual and Between on E or the column with a text cell (G),
the visual rules on G, the error and errors-not rules, TopPercent and BelowAverage on the column with an error and a
blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks on the notes (both "" and a lone space " "),
TextEquals, NOT and TextNotContains on the category, TextContains on the notes, TextStartsWith, TextEndsWith,
Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 23:48:32, and about ten times
while working and at the end); `cat` of /work/team/brief33.md (the brief) with an `ls` of /work/team (file names;
nothing else there was opened); `git status` (once, at the start: the branch and "nothing to commit, working tree
clean"; no file name, no diff), `ls` of the repository root and of benchmarks/data (file names) with a `wc -l`
total; an import check of cf_assistant (ok); a `grep -n` of thirtysecond_tables.py anchored on top-level names and
the main block (line numbers of its constants, TABLES/ENTRIES and the main block) and its `wc -l` (1266); `sed -n
1,290p` of it (its docstring, imports, constants and helper code, up to ENTRIES = {}, and eight lines more: see
Slips); an `awk` of its lines 1235 to 1266 printing each line's number, length and first two characters; `sed -n
1259,1266p` (the closing bracket, the bind and the main block), run together with a count of line openings (see
Slips); a `grep -n -o` of its `TABLES["..."]` and `ENTRIES["..."]` lines (their line numbers and table names); `wc
-l` of the files the brief lets one read, then `cat` of table_sets.py, column_sets.py, everyday_common.py,
tests/benchmarks/test_table_sets_data.py, tests/benchmarks/set_files.py (the whole file: its check functions and
their helpers) and ../shared/docs/CF_RULES.md; the first 12,000 characters of benchmarks/data/README.md, each line
cut to 400 characters (its rows up to sixth_cf); of cf_assistant.languages.cf: the names it exports (dir),
COMPARE_OPS, TEXT_OPS and PERIODS of its rules module, and parse/to_text on 32 made-up rules for the canonical
spelling; the signatures (inspect.signature) of everyday_tables' `build_record` and `problems`, nothing of their
code, and one made-up record of this set's first table built with them (its fields but Data, and `problems`: []).
The drafting programs' runs: /tmp/e33t/domcheck.py (three runs, True/False per word, the second filtered to False);
/tmp/e33t/tables.py (each table's row count, column count and widest line: 130 at first, so five headers were
shortened, then each table's header and widest line, at most 119); a check that phrases.py loads (38 functions with
condition phrases, the frame counts per style); /tmp/e33t/gen.py ("341 drafts; no passing literal: []; repeated: 0",
three times: before and after each phrase change); printouts of this set's own drafts (style, naming, scope, rule
and request; no split in them), all before the first build: the first 60, then drafts 61 to 150, then the other 191
(13 lines cut by the tool); a program writing the thirty-second builder's OTHER_SETS and the two thirty-second files
to /tmp/e33t/thirtysecond_tables_consts.py (it printed 71 71); /tmp/e33t/assemble.py ("341 drafts; lines over 120:
0; widest 120"); the first build (`python benchmarks/data/thirtythird_tables.py`, output to a file, rc=0 and its
first two lines); a `sed` of this builder's own ChurroStalls table and first entries (cut to 140 characters); the
build's printed counts, filtered by a grep that dropped the lines of the table names and most function names (it
kept the scope, naming, style and tag counts per half and the per-half counts of twelve functions: see Slips); the
program that edited the table test module (it printed "1" five times, one per replacement, and "widest 116"), `grep
-c` of "thirtythird" in it (5), its first five lines and a `grep -n` of its line 36; `python -m pytest -q
tests/benchmarks/test_table_sets_data.py -k thirtythird` (8 passed); the program that put the README row in (it
printed that it found one thirtysecond_tables row and no thirtythird_tables row, and "inserted"), `grep -c` of the
two thirty-third README rows (1 and 1; see Slips), a `tail -c 1 | xxd` of README (its final newline); `python -m
pytest -q` of tests/benchmarks/test_table_sets_data.py and tests/benchmarks/test_sets_are_the_projects_own.py (306
passed); a program checking that the builder's TABLES and ENTRIES are the tables and drafts and its OTHER_SETS count
("True True 71") and printing how many frames each style used; a try of flake8 and ruff on this builder (neither is
installed: "No module named flake8", "command not found"); the first six lines of this builder; `git status --short`
(file names only: README.md, the two set test modules, one file under cf_assistant/ that another engineer edits
meanwhile, and the four thirty-third files); this docstring written by assemble.py, the builder rebuilt and `cmp`
against a copy of the first build's file, its widest line and the docstring's length by ast; both test modules run
again, with `--collect-only` counts, and the README rows counted again.

Slips: (1) the `sed -n 1,290p` of thirtysecond_tables.py went eight lines past `ENTRIES = {}` and printed the empty
line after it, its first table's `TABLES[...] = _table(` line, that table's header row and its first five data rows
(codes, names, classes, dates, numbers, yes/no values and notes); no entry line (a request) was printed, and nothing
of it was used. (2) a command meant to print only the closing lines of thirtysecond_tables.py also ran `awk ...
substr($0,1,12) | sort | uniq -c | sort -rn | head -20` over its lines 283 to 1258, which printed the first twelve
characters (with their counts) of the twenty most frequent line openings there; most are openings of entry lines,
that is the first words of requests (an order wrapper, a few imperative and question openings, a meeting wrapper,
commentary openings) and of rule texts (a function name), the rest bracket and table lines; no whole request was
printed, and nothing of it was used (this set's styles, frames and phrases are other than those). (3) the build's
printout (after the first build, before anything else was done) showed per half the counts of the scopes, namings,
styles and tags and of twelve functions; no draft was reworded, added or dropped after it, and the pre-decided
second-draft rule (gen.py's count, 341) had already told that every function had drafts in both halves. (4) the
README check (asked by the brief) by `grep -c` told that the other engineer's row exists; nothing of the other
engineer's files was opened (the builder compares with them by program only). The README row was written once, with
the counted figures. Scratch files were kept in /tmp/e33t; nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets calls it,
`build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`; its code and docstrings not printed);
`git log`, `git show`, `git diff` (never run); ../shared/docs/EVALUATION.md and ../shared/data (the train split is
compared by program only); tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of
the other builders (but slips 1 and 2); README.md past its first 12,000 characters (but this set's own row, written
by program); the other files of /work/team; thirtythird_cf.py and thirtythird_cf.json (written beside this set by
engineer E33c; the builder compares with any set file beside it by program only, as table_sets.requests_elsewhere
does); the utterances or tables of any JSON file (compared with this set's by program only, never printed; the
domain check read their `Table` fields and printed True/False only). No request was run through `cfa suggest`, `cfa
bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
thirtysecond_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows ("the whole row", "the entire row", "full rows", "the
complete row", "entire rows lit up", "whole rows", "their entire rows", "their whole rows", "their full rows"),
"cells" otherwise ("just the cells", "the cell only", "only that cell", "cells only, not the rows", "the cell itself
(not the row)", "the matching cell alone", a visual rule); `naming` says how the request names the tested column:
`by-header` (its header as written, or its letter), `by-meaning` (the rows by what the date means: "tomorrow's
jobs") or `by-value` (only values of it: "the 'Wallet' orders", "the bakes other than the 'Cherry' ones"). Each rule
tests one column. Every record is first built and checked on its full table (everyday_tables' `build_record` with
IDs prefixed `t33t-`; its `problems`: a record that formats no row or every row, whose near misses its table cannot
tell apart, text operators exempt, or whose rule formats the same rows on another column is refused), and a request
already written (case aside) in any other set file of benchmarks/data/ or in the benchmark's train split
(../shared/data/cf/train.json, on this machine) is refused, as is a column letter or range that is not the rule's
column (none was). Then the records picked by a stable hash of the ID (about one in three, `table_sets.header_only`)
are written with `Data` = [header row], `Labels` = [] and the tag `header-only`. Blank cells are "" or a lone space
" " (written `_` and `~` in the table text below). Dates are read against the bench's reference date 2024-06-12 (a
Wednesday); date comparisons are not written, date periods are (each table's date column holds the fourteen days
06-11, 06-12, 06-13, 06-10, 06-15, 06-04, 06-07, 06-18, 06-27, 05-20, 05-03, 07-03, 07-25 and 03-08 of 2024, rotated
by the table's place, so that the ten periods tell apart). Labels follow Excel: a blank compares as 0, any text is
greater than any number, an error is neither blank nor formatted by a comparison, text tests ignore case. Every
comparison's threshold and every Between bound is a value of its column (so that "at least" and "more than" differ
there). Each table leaves out eight of the 31 functions that are not date periods and two of the ten periods, in
turn (table k leaves out the functions 8k to 8k+7 and the periods 2k and 2k+1 of a fixed order, mod 31 and 10): 31
records a table.

Tags: the naming, the style, then any of `boundary` (GreaterThanEqual, LessThanEqual, Between, NotBetween),
`negation` (NotEquals, NotBetween, TextNotContains, NotBlanks, NotErrors, NOT), `or`, `superlative` (the four
ranks), `starts-ends`, `date`, then `header-only` where the rows were dropped, then `thirtythird` (last). Every one
of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/thirtythird_tables.py` prints them): 341 records, dev 160 / test 181; 11 tables
of 10 columns and 14 data rows each (31 records a table); 120 header-only records (35%; dev 58, test 62); scope rows
190 (56%) / cells 151; naming by-header 285, by-meaning 42, by-value 14 (16% not by header); styles auction 68,
military 62, forum 61, annotator 54, radio 49, horoscope 47; tags date 88, negation 49, superlative 32, boundary 32,
starts-ends 16, or 9; every one of the 41 top functions in both halves. Tests:
tests/benchmarks/test_table_sets_data.py 232 passed (8 of them this set's, `-k thirtythird`: 8 passed) and
tests/benchmarks/test_sets_are_the_projects_own.py 74 passed, run together (306 passed) before this docstring, and
again after it and the final rebuild; `grep -c` of the two thirty-third README rows at the end: 1 and 1.

Rebuild: `python benchmarks/data/thirtythird_tables.py` (prints the counts per split, table, scope, naming, style,
tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtythird_tables.json"
PREFIX = "t33t"
TAG = "thirtythird"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: two-way radio talk (call signs, unit and
# channel numbers), a star-sign forecast (the sign's dates, lucky numbers), an operation order
# (times, grid references, unit numbers) and an auctioneer's chant (lot numbers, bids, paddles);
# none of those numbers is one of the rule's figures.
STYLES = ("annotator", "forum", "radio", "horoscope", "military", "auction")
# The requests of every other set file in this folder (these 71 at the time of writing,
# and any written since, e.g. thirtythird_cf.json, written at the same time by another engineer)
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
              'thirtysecond_tables.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}

TABLES["FlyFishingTrips"] = _table("""
Trip Code | Guide | River Type | Trip Date | Fish Landed | Depth (cm) | Permit (CHF) | Fly Score | Released? | Notes
FF-254 | Eamon | Spate | 2024-06-11 | 10 | 22.5 | 45 | 4.5 | Yes | wind picked up, trout rising
FF-262 | Corwin | Chalk Stream | 2024-06-12 | 29 | 60 | 70 | 7 | Yes | _
FF-270 | Hester | Spate | 2024-06-13 | 23 | _ | 100 | 5.75 | Yes | muddy banks, perfect drift
FF-278 | Freya | Tailwater | 2024-06-10 | 12 | 42.5 | 115 | 3.5 | No | ~
FF-286 | Jocasta | Spate | 2024-06-15 | 4 | 65 | 120 | 8.75 | Yes | muddy banks, wind picked up
FF-294 | Jocasta | Freestone | 2024-06-04 | 28 | 75 | 90 | 4 | No | wind picked up, perfect drift
FF-302 | Anselm | Tailwater | 2024-06-07 | 24 | 55 | 65 | 2.25 | No | perfect drift, otter spotted
FF-310 | Gideon | Chalk Stream | 2024-06-18 | 25 | 70 | 140 | 3 | Yes | trout rising, perfect drift
FF-318 | Eamon | Freestone | 2024-06-27 | 14 | 40 | 110 | 6.75 | No | muddy banks, waders leaked
FF-326 | Lavinia | Spate | 2024-05-20 | 27 | 72.5 | 55 | _ | Yes | trout rising, early hatch
FF-334 | Ivo | Chalk Stream | 2024-05-03 | 2 | 50 | tbc | 5.25 | Yes | perfect drift, waders leaked
FF-342 | Dagny | Tailwater | 2024-07-03 | 19 | 47.5 | 125 | 7.25 | Yes | perfect drift, lost a fly
FF-350 | Brigid | Chalk Stream | 2024-07-25 | 5 | 30 | 75 | 6.5 | No | otter spotted, wind picked up
FF-358 | Kenelm | Freestone | 2024-03-08 | 26 | 57.5 | 85 | #N/A | Yes | lost a fly, waders leaked
""")

ENTRIES["FlyFishingTrips"] = [
    ("In sheet FlyFishingTrips, fill the entire rows of all the 'Freestone' trips.",
     "TextEquals({River Type}, \"Freestone\")", "rows", "by-value", "annotator"),
    ("Quick question: FlyFishingTrips sheet, column J (Notes) -- how can I shade any cell in Notes that contains "
     "'muddy' (only that cell)?", "TextContains({Notes}, \"muddy\")", "cells", "by-header", "forum"),
    ("Going once, going twice -- each River Type value without 'Tailwater' anywhere in the text (the cell only) in "
     "FlyFishingTrips, sold to the highlighter!",
     "TextNotContains({River Type}, \"Tailwater\")", "cells", "by-header", "auction", "negation"),
    ("Sheet FlyFishingTrips -- Guide beginning with the letters 'He': fill the cell itself (not the row).",
     "TextStartsWith({Guide}, \"He\")", "cells", "by-header", "annotator", "starts-ends"),
    ("Color the whole row wherever Guide finishes with 'er' on sheet FlyFishingTrips.",
     "TextEndsWith({Guide}, \"er\")", "rows", "by-header", "annotator", "starts-ends"),
    ("Mark the cell itself (not the row) in sheet FlyFishingTrips when Fish Landed ranks in the top 3 of the column.",
     "Top({Fish Landed}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("Next up in the FlyFishingTrips sale: every Fish Landed cell that ranks in the bottom 3 of the column (just the "
     "cells), shaded. Opening bid $95, do I hear more? Sold!",
     "Bottom({Fish Landed}, 3)", "cells", "by-header", "auction", "superlative"),
    ("For sheet FlyFishingTrips, where Fly Score is in the top 20 percent of the column, highlight the entire row.",
     "TopPercent({Fly Score}, 20)", "rows", "by-header", "annotator", "superlative"),
    ("Is there a way to fill the entire row of each trip whose Fish Landed is in the bottom 20 percent of the "
     "column? Sheet is FlyFishingTrips, Fish Landed is in column E. Thanks!",
     "BottomPercent({Fish Landed}, 20)", "rows", "by-header", "forum", "superlative"),
    ("Newbie here. My FlyFishingTrips sheet has Fish Landed in column E; I'd like the full row marked for Fish "
     "Landed over the average of the column. Any tips?", "AboveAverage({Fish Landed})", "rows", "by-header", "forum"),
    ("Unit 35 to all stations: FlyFishingTrips, Fly Score lower than the column's mean, shade the matching cell "
     "alone. I say again, Fly Score lower than the column's mean. Out.",
     "BelowAverage({Fly Score})", "cells", "by-header", "radio"),
    ("Highlight every Guide cell that is repeated in the column (just the cells) in sheet FlyFishingTrips.",
     "Duplicates({Guide})", "cells", "by-header", "annotator"),
    ("Unit 38 to all stations: FlyFishingTrips, Guide appearing only once in the column, shade the cell itself (not "
     "the row). I say again, Guide appearing only once in the column. Out.",
     "Unique({Guide})", "cells", "by-header", "radio"),
    ("In my FlyFishingTrips sheet, column J is Notes. I want to colour the full row whenever it is blank. How?",
     "Blanks({Notes})", "rows", "by-header", "forum"),
    ("Is there a way to fill every Notes cell that has something in it (just the cells)? Sheet is FlyFishingTrips, "
     "Notes is in column J. Thanks!", "NotBlanks({Notes})", "cells", "by-header", "forum", "negation"),
    ("Mark the entire row in sheet FlyFishingTrips when Fly Score shows an error.",
     "Errors({Fly Score})", "rows", "by-header", "annotator"),
    ("FRAGO 18 -- FlyFishingTrips: Fly Score without an error value, highlight the matching cell alone. Time now "
     "0430. Acknowledge.", "NotErrors({Fly Score})", "cells", "by-header", "military", "negation"),
    ("FRAGO 38: FlyFishingTrips, Permit (CHF) column -- a colour gradient scale. Grid 2134 3858.",
     "ColorScale({Permit (CHF)})", "cells", "by-header", "military"),
    ("Do I hear $110? Then in-cell data bars across the Permit (CHF) column of FlyFishingTrips! Sold to the bidder!",
     "DataBar({Permit (CHF)})", "cells", "by-header", "auction"),
    ("Do I hear $40? Then a set of icons across the Permit (CHF) column of FlyFishingTrips! Sold to the bidder!",
     "IconSet({Permit (CHF)})", "cells", "by-header", "auction"),
    ("Going once, going twice -- the complete row of any trip with Fish Landed strictly between 10 and 26 (ends "
     "excluded) in FlyFishingTrips, sold to the highlighter!",
     "AND(GreaterThan({Fish Landed}, 10), LessThan({Fish Landed}, 26))", "rows", "by-header", "auction"),
    ("How do I highlight the complete row of any trip with Fish Landed below 10 or above 26 in column E of my "
     "FlyFishingTrips sheet?",
     "OR(LessThan({Fish Landed}, 10), GreaterThan({Fish Landed}, 26))", "rows", "by-header", "forum", "or"),
    ("Hammer's up on lot 197: FlyFishingTrips, River Type is not 'Tailwater'? Colour the whole row -- sold at $210!",
     "NOT(TextEquals({River Type}, \"Tailwater\"))", "rows", "by-header", "auction", "negation"),
    ("Do I hear $215? $250? Thank you, sir -- in FlyFishingTrips, highlight the whole row wherever Trip Date falls "
     "tomorrow. Sold!", "Tomorrow({Trip Date})", "rows", "by-header", "auction", "date"),
    ("Aries: light up the full rows of the trips dated within the last 7 days (today included) in FlyFishingTrips "
     "while Jupiter is strong.", "Last7Days({Trip Date})", "rows", "by-meaning", "horoscope", "date"),
    ("Phase 3 of Operation Nightjar: rally at grid 9780 7846, then fill full rows for trips with Trip Date falling "
     "in the previous Sunday-to-Saturday week in FlyFishingTrips. Execute.",
     "LastWeek({Trip Date})", "rows", "by-header", "military", "date"),
    ("Apply a fill to the complete row of any trip with Trip Date falling in the current Sunday-to-Saturday week; "
     "sheet FlyFishingTrips.", "ThisWeek({Trip Date})", "rows", "by-header", "annotator", "date"),
    ("Your horoscope, Capricorn: when Trip Date falls in next week (the coming Sunday-to-Saturday week) in "
     "FlyFishingTrips, colour the full row. Lucky number 16.",
     "NextWeek({Trip Date})", "rows", "by-header", "horoscope", "date"),
    ("Phase 1 of Operation Saffron: rally at grid 7804 2456, then fill full rows for trips with Trip Date in last "
     "month (the calendar month before this one) in FlyFishingTrips. Execute.",
     "LastMonth({Trip Date})", "rows", "by-header", "military", "date"),
    ("Any way to shade the full rows of this month's trips automatically? Sheet is FlyFishingTrips.",
     "ThisMonth({Trip Date})", "rows", "by-meaning", "forum", "date"),
    ("Roger that, channel 20 -- FlyFishingTrips: mark any cell in Trip Date that is in next calendar month (only "
     "that cell). Over and out.", "NextMonth({Trip Date})", "cells", "by-header", "radio", "date"),
]

TABLES["AstrophotographyNights"] = _table("""
Session ID | Photographer | Target | Session Date | Frames | Exposure (s) | Lens Hire (AUD) | Seeing | Tracked? | Notes
AP-172 | Oriel | Nebula | 2024-06-12 | 99 | 60 | quote | 5.25 | Yes | sharp stars, cold night
AP-176 | Thaddeus | Galaxy | 2024-06-13 | 120 | 80 | 40 | 1.25 | No | ~
AP-180 | Thaddeus | Comet | 2024-06-10 | 73 | 112.5 | 135 | 2.25 | Yes | cold night, clear skies
AP-184 | Wystan | Nebula | 2024-06-15 | 152 | 45 | 60 | 2 | No | satellite trails, dew on lens
AP-188 | Sylvan | Nebula | 2024-06-04 | 177 | 77.5 | 100 | 5.75 | No | satellite trails, moon glare
AP-192 | Ursula | Comet | 2024-06-07 | 46 | 102.5 | 35 | 5 | No | clear skies, guiding drift
AP-196 | Xanthe | Galaxy | 2024-06-18 | 82 | 35 | 80 | 6.5 | No | sharp stars, moon glare
AP-200 | Zelda | Galaxy | 2024-06-27 | 139 | 110 | 90 | 4.75 | Yes | dew on lens, guiding drift
AP-204 | Perpetua | Cluster | 2024-05-20 | 94 | _ | 70 | 4.5 | Yes | moon glare, satellite trails
AP-208 | Yorick | Nebula | 2024-05-03 | 67 | 87.5 | 105 | 1.5 | No | satellite trails, moon glare
AP-212 | Quillon | Comet | 2024-07-03 | 157 | 17.5 | 125 | #DIV/0! | No | sharp stars, dew on lens
AP-216 | Quillon | Galaxy | 2024-07-25 | 77 | 120 | 140 | _ | No | cold night, moon glare
AP-220 | Rosalind | Cluster | 2024-03-08 | 118 | 105 | 95 | 4.25 | No | guiding drift, battery swap
AP-224 | Vesper | Cluster | 2024-06-11 | 114 | 65 | 55 | 3.5 | Yes | _
""")

ENTRIES["AstrophotographyNights"] = [
    ("Do I hear $75? $260? Thank you, sir -- in AstrophotographyNights, highlight every Frames cell that exceeds 99 "
     "(just the cells). Sold!", "GreaterThan({Frames}, 99)", "cells", "by-header", "auction"),
    ("Lot 53: do I hear Exposure (s) at or above 80 in AstrophotographyNights? Yes! Mark the entire row!",
     "GreaterThanEqual({Exposure (s)}, 80)", "rows", "by-header", "auction", "boundary"),
    ("How do I highlight any cell in Lens Hire (AUD) that is less than 90 (only that cell) in column G of my "
     "AstrophotographyNights sheet?", "LessThan({Lens Hire (AUD)}, 90)", "cells", "by-header", "forum"),
    ("In my AstrophotographyNights sheet, column E is Frames. I want to colour the whole row whenever it is at most "
     "99. How?", "LessThanEqual({Frames}, 99)", "rows", "by-header", "forum", "boundary"),
    ("Unit 20 to all stations: AstrophotographyNights, Exposure (s) exactly equal to 80, shade the matching cell "
     "alone. I say again, Exposure (s) exactly equal to 80. Out.",
     "Equals({Exposure (s)}, 80)", "cells", "by-header", "radio"),
    ("Lot 30, ladies and gentlemen, from AstrophotographyNights: the whole row wherever Frames is anything other "
     "than 99! Who'll highlight it? Sold!", "NotEquals({Frames}, 99)", "rows", "by-header", "auction", "negation"),
    ("Your reading, Virgo: AstrophotographyNights holds a secret. Fill the entire row of each session whose Lens "
     "Hire (AUD) is from 60 to 105, both ends included. Lucky colour: teal.",
     "Between({Lens Hire (AUD)}, 60, 105)", "rows", "by-header", "horoscope", "boundary"),
    ("OPORD 67: at 1045, 2nd Platoon will mark the entire row of each session whose Frames is outside 77 to 139 (77 "
     "and 139 themselves count as inside) in AstrophotographyNights. Execute.",
     "NotBetween({Frames}, 77, 139)", "rows", "by-header", "military", "boundary", "negation"),
    ("From Bravo Company, 2nd Platoon: objective AstrophotographyNights. Where Frames falls in the column's bottom "
     "20%, shade the matching cell alone. Move out at 0515.",
     "BottomPercent({Frames}, 20)", "cells", "by-header", "military", "superlative"),
    ("Mission: highlight the Frames cells above the column average (cells only, not the rows) on sheet "
     "AstrophotographyNights. Grid 3092 6685. H-hour 0430. Out.",
     "AboveAverage({Frames})", "cells", "by-header", "military"),
    ("AstrophotographyNights sheet: what rule colours the whole row when Seeing (column H) is below the column's "
     "average?", "BelowAverage({Seeing})", "rows", "by-header", "forum"),
    ("In my AstrophotographyNights sheet, column B is Photographer. I want to colour the entire row whenever it is a "
     "duplicate within the column. How?", "Duplicates({Photographer})", "rows", "by-header", "forum"),
    ("Mission: highlight any cell in Photographer that has no repeat anywhere in the column (only that cell) on "
     "sheet AstrophotographyNights. Grid 3042 5933. H-hour 0515. Out.",
     "Unique({Photographer})", "cells", "by-header", "military"),
    ("In my AstrophotographyNights sheet, column J is Notes. I want to colour the cell only whenever it is empty. "
     "How?", "Blanks({Notes})", "cells", "by-header", "forum"),
    ("Roger that, channel 37 -- AstrophotographyNights: mark the Notes cells holding anything (cells only, not the "
     "rows). Over and out.", "NotBlanks({Notes})", "cells", "by-header", "radio", "negation"),
    ("Is there a way to fill the Seeing cells with any error value (cells only, not the rows)? Sheet is "
     "AstrophotographyNights, Seeing is in column H. Thanks!", "Errors({Seeing})", "cells", "by-header", "forum"),
    ("Color full rows for sessions with Seeing free of any error value on sheet AstrophotographyNights.",
     "NotErrors({Seeing})", "rows", "by-header", "annotator", "negation"),
    ("Task Force 36 will place a color scale on Lens Hire (AUD) of sheet AstrophotographyNights. Out.",
     "ColorScale({Lens Hire (AUD)})", "cells", "by-header", "military"),
    ("Lot 221: in-cell data bars on the Lens Hire (AUD) column of AstrophotographyNights! Sold!",
     "DataBar({Lens Hire (AUD)})", "cells", "by-header", "auction"),
    ("Going once, going twice -- an icon set for Lens Hire (AUD) in AstrophotographyNights, sold!",
     "IconSet({Lens Hire (AUD)})", "cells", "by-header", "auction"),
    ("Libra (Sep 23 - Oct 22) -- a fine season to highlight the whole row wherever Frames lies strictly between 77 "
     "and 139, ends excluded in AstrophotographyNights.",
     "AND(GreaterThan({Frames}, 77), LessThan({Frames}, 139))", "rows", "by-header", "horoscope"),
    ("Can conditional formatting do this? Highlight the complete row of any session with Frames less than 77 or more "
     "than 139 (column E, sheet AstrophotographyNights).",
     "OR(LessThan({Frames}, 77), GreaterThan({Frames}, 139))", "rows", "by-header", "forum", "or"),
    ("Taurus: light up the full rows of the non-'Cluster' sessions in AstrophotographyNights while Jupiter is "
     "strong.", "NOT(TextEquals({Target}, \"Cluster\"))", "rows", "by-value", "horoscope", "negation"),
    ("Channel 21, Foxtrot 6 here -- yesterday's sessions in AstrophotographyNights, entire rows lit up, copy? Over.",
     "Yesterday({Session Date})", "rows", "by-meaning", "radio", "date"),
    ("Highlight the whole row of today's sessions in sheet AstrophotographyNights.",
     "Today({Session Date})", "rows", "by-meaning", "annotator", "date"),
    ("FRAGO 14: target last week's sessions (the Sunday-to-Saturday week before this one) in AstrophotographyNights, "
     "grid 6629 8853; shade their whole rows.", "LastWeek({Session Date})", "rows", "by-meaning", "military", "date"),
    ("Bidding opens on AstrophotographyNights! Where Session Date falls in this week (Sunday to Saturday), the whole "
     "row gets highlighted -- going, going, gone!", "ThisWeek({Session Date})", "rows", "by-header", "auction", "date"),
    ("Apply a fill to any cell in Session Date that is in the Sunday-to-Saturday week after this one (only that "
     "cell); sheet AstrophotographyNights.", "NextWeek({Session Date})", "cells", "by-header", "annotator", "date"),
    ("Break, break, channel 33: whenever Session Date falls in last month (the calendar month before this one) on "
     "AstrophotographyNights, mark the cell only. Sierra 12 out.",
     "LastMonth({Session Date})", "cells", "by-header", "radio", "date"),
    ("How do I highlight the whole row for this month's sessions in my AstrophotographyNights sheet?",
     "ThisMonth({Session Date})", "rows", "by-meaning", "forum", "date"),
    ("OPORD 33: at 2345, 4th Platoon will highlight the entire rows of next month's sessions in "
     "AstrophotographyNights. Execute.", "NextMonth({Session Date})", "rows", "by-meaning", "military", "date"),
]

TABLES["LeatherworkOrders"] = _table("""
Order Ref | Maker | Item | Due Date | Rivets | Hide Area (sq ft) | Price (NZD) | Finish Grade | Hand Stitched? | Notes
LW-314 | Isidore | Wallet | 2024-06-13 | 45 | 10 | 380 | 6.25 | Yes | initials embossed, dye uneven
LW-319 | Honora | Satchel | 2024-06-10 | 37 | 3 | 210 | 7 | No | initials embossed, extra holes
LW-324 | Alaric | Holster | 2024-06-15 | 24 | 26 | 350 | 7.25 | Yes | edge burnished, initials embossed
LW-329 | Fenella | Holster | 2024-06-04 | 15 | 18.5 | waived | 4.5 | Yes | extra holes, dye uneven
LW-334 | Juniper | Satchel | 2024-06-07 | 40 | 21.5 | 360 | 8.5 | No | edge burnished, extra holes
LW-339 | Gustav | Holster | 2024-06-18 | 16 | 19.5 | 180 | 4 | Yes | _
LW-344 | Gustav | Belt | 2024-06-27 | 36 | 28.5 | 320 | 8.75 | Yes | ~
LW-349 | Cosimo | Wallet | 2024-05-20 | 7 | 12 | 150 | 8.25 | Yes | edge burnished, dye uneven
LW-354 | Lorcan | Wallet | 2024-05-03 | 20 | 29 | 280 | 4.75 | Yes | gift wrapped, extra holes
LW-359 | Bettina | Wallet | 2024-07-03 | 44 | 15.5 | 310 | 9.75 | Yes | initials embossed, strap resized
LW-364 | Delphine | Belt | 2024-07-25 | 4 | 7 | 250 | #VALUE! | Yes | strap resized, initials embossed
LW-369 | Marisol | Belt | 2024-03-08 | 42 | 10.5 | 140 | _ | No | edge burnished, dye uneven
LW-374 | Ezra | Belt | 2024-06-11 | 14 | _ | 240 | 9.5 | No | extra holes, edge burnished
LW-379 | Fenella | Satchel | 2024-06-12 | 26 | 9 | 230 | 5.5 | Yes | gift wrapped, strap resized
""")

ENTRIES["LeatherworkOrders"] = [
    ("Next up in the LeatherworkOrders sale: any cell in Rivets that is greater than 24 (only that cell), shaded. "
     "Opening bid $55, do I hear more? Sold!", "GreaterThan({Rivets}, 24)", "cells", "by-header", "auction"),
    ("Copy, Base, switching to channel 17. On sheet LeatherworkOrders, fill full rows for orders with Hide Area (sq "
     "ft) of 15.5 or more. Over.",
     "GreaterThanEqual({Hide Area (sq ft)}, 15.5)", "rows", "by-header", "radio", "boundary"),
    ("Sheet LeatherworkOrders: format every Price (NZD) cell that is below 250 (just the cells).",
     "LessThan({Price (NZD)}, 250)", "cells", "by-header", "annotator"),
    ("Lot 38: do I hear Price (NZD) of 250 or less in LeatherworkOrders? Yes! Mark the matching cell alone!",
     "LessThanEqual({Price (NZD)}, 250)", "cells", "by-header", "auction", "boundary"),
    ("Orders for LeatherworkOrders, effective 0115: wherever Hide Area (sq ft) is exactly 15.5, the cell only is to "
     "be marked. Grid 9111 4996.", "Equals({Hide Area (sq ft)}, 15.5)", "cells", "by-header", "military"),
    ("Apply a fill to every Rivets cell that is not 24 (just the cells); sheet LeatherworkOrders.",
     "NotEquals({Rivets}, 24)", "cells", "by-header", "annotator", "negation"),
    ("Mission: highlight each Price (NZD) value from 210 to 320 (ends included) (the cell only) on sheet "
     "LeatherworkOrders. Grid 7385 6242. H-hour 0830. Out.",
     "Between({Price (NZD)}, 210, 320)", "cells", "by-header", "military", "boundary"),
    ("Scorpio: Venus moves through LeatherworkOrders -- Rivets outside the inclusive 15 to 40 range? Highlight the "
     "cell only, and luck will follow.",
     "NotBetween({Rivets}, 15, 40)", "cells", "by-header", "horoscope", "boundary", "negation"),
    ("Unit 18 to Base: in LeatherworkOrders, highlight the whole row of all the 'Wallet' orders. Over.",
     "TextEquals({Item}, \"Wallet\")", "rows", "by-value", "radio"),
    ("FRAGO 15 -- LeatherworkOrders: Notes with 'strap' anywhere in the text, highlight the full row. Time now 1545. "
     "Acknowledge.", "TextContains({Notes}, \"strap\")", "rows", "by-header", "military"),
    ("OPORD 33: at 0515, 4th Platoon will mark full rows for orders with Item without 'Satchel' anywhere in the text "
     "in LeatherworkOrders. Execute.",
     "TextNotContains({Item}, \"Satchel\")", "rows", "by-header", "military", "negation"),
    ("Phase 4 of Operation Nightjar: rally at grid 6916 6672, then fill any cell in Maker that starts with 'Co' "
     "(only that cell) in LeatherworkOrders. Execute.",
     "TextStartsWith({Maker}, \"Co\")", "cells", "by-header", "military", "starts-ends"),
    ("Newbie here. My LeatherworkOrders sheet has Maker in column B; I'd like the matching cell alone marked for "
     "Maker ending with the letters 'er'. Any tips?",
     "TextEndsWith({Maker}, \"er\")", "cells", "by-header", "forum", "starts-ends"),
    ("Born under Taurus (Apr 20 - May 20)? The planets align wherever Rivets is among the 3 highest in the column -- "
     "in LeatherworkOrders, highlight the entire row.",
     "Top({Rivets}, 3)", "rows", "by-header", "horoscope", "superlative"),
    ("Is there a way to fill every Rivets cell that is one of the 3 smallest values in the column (just the cells)? "
     "Sheet is LeatherworkOrders, Rivets is in column E. Thanks!",
     "Bottom({Rivets}, 3)", "cells", "by-header", "forum", "superlative"),
    ("Highlight each Finish Grade value in the column's highest 20% (the cell only) in sheet LeatherworkOrders.",
     "TopPercent({Finish Grade}, 20)", "cells", "by-header", "annotator", "superlative"),
    ("For sheet LeatherworkOrders, where Finish Grade holds no error value, highlight the whole row.",
     "NotErrors({Finish Grade})", "rows", "by-header", "annotator", "negation"),
    ("Apply a colour scale to the Price (NZD) cells of sheet LeatherworkOrders.",
     "ColorScale({Price (NZD)})", "cells", "by-header", "annotator"),
    ("Aquarius: decorate Price (NZD) in LeatherworkOrders with data bars before the new moon.",
     "DataBar({Price (NZD)})", "cells", "by-header", "horoscope"),
    ("Add an icon set on Price (NZD) in sheet LeatherworkOrders.",
     "IconSet({Price (NZD)})", "cells", "by-header", "annotator"),
    ("In my LeatherworkOrders sheet, column E is Rivets. I want to colour the cell only whenever it is greater than "
     "15 and less than 40. How?",
     "AND(GreaterThan({Rivets}, 15), LessThan({Rivets}, 40))", "cells", "by-header", "forum"),
    ("Leo (Jul 23 - Aug 22): the stars say any cell in Rivets that is less than 15 or greater than 40 (only that "
     "cell) in LeatherworkOrders will glow under this moon.",
     "OR(LessThan({Rivets}, 15), GreaterThan({Rivets}, 40))", "cells", "by-header", "horoscope", "or"),
    ("In LeatherworkOrders, I want all orders except the 'Satchel' ones to have their entire rows coloured. "
     "Possible?", "NOT(TextEquals({Item}, \"Satchel\"))", "rows", "by-value", "forum", "negation"),
    ("Quick question: LeatherworkOrders sheet, column D (Due Date) -- how can I shade full rows for orders with Due "
     "Date on yesterday's date?", "Yesterday({Due Date})", "rows", "by-header", "forum", "date"),
    ("Phase 1 of Operation Nightjar: rally at grid 2460 2751, then fill the whole row wherever Due Date is today's "
     "date in LeatherworkOrders. Execute.", "Today({Due Date})", "rows", "by-header", "military", "date"),
    ("Color the complete row of any order with Due Date falling on tomorrow's date on sheet LeatherworkOrders.",
     "Tomorrow({Due Date})", "rows", "by-header", "annotator", "date"),
    ("Task Force 50: the orders dated within the last 7 days (today included) in LeatherworkOrders -- mark their "
     "full rows by 1200.", "Last7Days({Due Date})", "rows", "by-meaning", "military", "date"),
    ("The stars favour next week's orders (the coming Sunday-to-Saturday week) in LeatherworkOrders, Taurus; "
     "highlight their whole rows.", "NextWeek({Due Date})", "rows", "by-meaning", "horoscope", "date"),
    ("Sheet LeatherworkOrders: format any cell in Due Date that falls in last month (the calendar month before this "
     "one) (only that cell).", "LastMonth({Due Date})", "cells", "by-header", "annotator", "date"),
    ("Roger that, channel 21 -- LeatherworkOrders: mark full rows for orders with Due Date in this calendar month. "
     "Over and out.", "ThisMonth({Due Date})", "rows", "by-header", "radio", "date"),
    ("Do I hear $40? For next month's orders in LeatherworkOrders, their whole rows shaded! Sold!",
     "NextMonth({Due Date})", "rows", "by-meaning", "auction", "date"),
]

TABLES["ChurroStalls"] = _table("""
Stall Code | Vendor | Dip | Market Day | Churros Fried | Oil (L) | Takings (ARS) | Crunch | Vegan? | Notes
CH-218 | Candela | Chocolate | 2024-06-10 | 371 | 18 | 3500 | 9.25 | Yes | _
CH-221 | Leandro | Cinnamon | 2024-06-15 | 89 | 23.5 | 1000 | 9.75 | No | rain shower, long queue
CH-224 | Graciela | Chocolate | 2024-06-04 | 232 | 13 | 3900 | 5 | Yes | ~
CH-227 | Macarena | Caramel | 2024-06-07 | 135 | 40 | 3200 | 10 | No | fryer smoked, extra batter
CH-230 | Emiliano | Chocolate | 2024-06-18 | 361 | 29 | 2000 | 5.75 | Yes | long queue, busker nearby
CH-233 | Inmaculada | Cinnamon | 2024-06-27 | 318 | 31.5 | free | 8.75 | No | long queue, fryer smoked
CH-236 | Fausto | Caramel | 2024-05-20 | 253 | 16 | 1700 | 6.75 | No | extra batter, fryer smoked
CH-239 | Hilario | Chocolate | 2024-05-03 | 284 | 15.5 | 4800 | 7.25 | Yes | school group, extra batter
CH-242 | Amparo | Dulce | 2024-07-03 | 184 | 10 | 4400 | _ | Yes | sugar ran out, extra batter
CH-245 | Benicio | Caramel | 2024-07-25 | 293 | 6 | 2900 | #REF! | No | sugar ran out, card reader down
CH-248 | Inmaculada | Cinnamon | 2024-03-08 | 292 | 15 | 2500 | 7.5 | No | card reader down, fryer smoked
CH-251 | Macarena | Dulce | 2024-06-11 | 134 | _ | 1400 | 6 | Yes | extra batter, fryer smoked
CH-254 | Jacinto | Dulce | 2024-06-12 | 297 | 36 | 4500 | 6.5 | No | card reader down, long queue
CH-257 | Dorotea | Dulce | 2024-06-13 | 342 | 32 | 1500 | 8.5 | Yes | busker nearby, rain shower
""")

ENTRIES["ChurroStalls"] = [
    ("Highlight every Oil (L) cell that is at least 18 (just the cells) in sheet ChurroStalls.",
     "GreaterThanEqual({Oil (L)}, 18)", "cells", "by-header", "annotator", "boundary"),
    ("SITREP 0215: ChurroStalls secured. Next task -- colour the Takings (ARS) cells less than 2900 (cells only, not "
     "the rows). Over.", "LessThan({Takings (ARS)}, 2900)", "cells", "by-header", "military"),
    ("ChurroStalls sheet: what rule colours the cell only when Takings (ARS) (column G) is less than or equal to "
     "2900?", "LessThanEqual({Takings (ARS)}, 2900)", "cells", "by-header", "forum", "boundary"),
    ("OPORD 88: at 0845, 1st Platoon will mark every Oil (L) cell that equals 18 (just the cells) in ChurroStalls. "
     "Execute.", "Equals({Oil (L)}, 18)", "cells", "by-header", "military"),
    ("Roger that, channel 27 -- ChurroStalls: mark the whole row wherever Churros Fried is anything other than 284. "
     "Over and out.", "NotEquals({Churros Fried}, 284)", "rows", "by-header", "radio", "negation"),
    ("SITREP 1945: ChurroStalls secured. Next task -- colour the whole row wherever Churros Fried is between 184 and "
     "318 inclusive. Over.", "Between({Churros Fried}, 184, 318)", "rows", "by-header", "military", "boundary"),
    ("Do I hear $180? $280? Thank you, sir -- in ChurroStalls, highlight the Churros Fried cells not between 184 and "
     "318 inclusive (cells only, not the rows). Sold!",
     "NotBetween({Churros Fried}, 184, 318)", "cells", "by-header", "auction", "boundary", "negation"),
    ("FRAGO 84: target the stalls listed as 'Caramel' in ChurroStalls, grid 2525 1978; shade their whole rows.",
     "TextEquals({Dip}, \"Caramel\")", "rows", "by-value", "military"),
    ("In my ChurroStalls sheet, column J is Notes. I want to colour the full row whenever it includes the text "
     "'nearby'. How?", "TextContains({Notes}, \"nearby\")", "rows", "by-header", "forum"),
    ("Phase 2 of Operation Halberd: rally at grid 3379 1043, then fill the whole row wherever Dip does not contain "
     "'Dulce' in ChurroStalls. Execute.",
     "TextNotContains({Dip}, \"Dulce\")", "rows", "by-header", "military", "negation"),
    ("Base, this is Unit 36, copy? In ChurroStalls, highlight the entire row of each stall whose Vendor opens with "
     "'Do', over.", "TextStartsWith({Vendor}, \"Do\")", "rows", "by-header", "radio", "starts-ends"),
    ("Do I hear $190? $390? Thank you, sir -- in ChurroStalls, highlight full rows for stalls with Vendor ending "
     "with the letters 'ro'. Sold!", "TextEndsWith({Vendor}, \"ro\")", "rows", "by-header", "auction", "starts-ends"),
    ("Quick question: ChurroStalls sheet, column E (Churros Fried) -- how can I shade every Churros Fried cell that "
     "is among the 3 highest in the column (just the cells)?",
     "Top({Churros Fried}, 3)", "cells", "by-header", "forum", "superlative"),
    ("Conditional formatting help: in ChurroStalls I need the cell only highlighted where column E (Churros Fried) "
     "is among the 3 lowest in the column.",
     "Bottom({Churros Fried}, 3)", "cells", "by-header", "forum", "superlative"),
    ("Quick question: ChurroStalls sheet, column H (Crunch) -- how can I shade the entire row of each stall whose "
     "Crunch ranks in the highest 20% of the column?",
     "TopPercent({Crunch}, 20)", "rows", "by-header", "forum", "superlative"),
    ("Break, break, channel 30: whenever Churros Fried ranks in the lowest 25% of the column on ChurroStalls, mark "
     "the entire row. Sierra 15 out.",
     "BottomPercent({Churros Fried}, 25)", "rows", "by-header", "radio", "superlative"),
    ("Unit 40 to all stations: ChurroStalls, Churros Fried above the column average, shade the full row. I say "
     "again, Churros Fried above the column average. Out.",
     "AboveAverage({Churros Fried})", "rows", "by-header", "radio"),
    ("Quick question: ChurroStalls sheet, column H (Crunch) -- how can I shade full rows for stalls with Crunch "
     "below the column average?", "BelowAverage({Crunch})", "rows", "by-header", "forum"),
    ("Newbie here. My ChurroStalls sheet has Vendor in column B; I'd like the full row marked for Vendor appearing "
     "more than once in the column. Any tips?", "Duplicates({Vendor})", "rows", "by-header", "forum"),
    ("The moon in Capricorn asks you to shade any cell in Vendor that appears only once in the column (only that "
     "cell) on sheet ChurroStalls; Mercury approves.", "Unique({Vendor})", "cells", "by-header", "horoscope"),
    ("Virgo (Aug 23 - Sep 22): the stars say the whole row wherever Notes is blank in ChurroStalls will glow under "
     "this moon.", "Blanks({Notes})", "rows", "by-header", "horoscope"),
    ("Your horoscope, Sagittarius: when Notes has something in it in ChurroStalls, colour the entire row. Lucky "
     "number 30.", "NotBlanks({Notes})", "rows", "by-header", "horoscope", "negation"),
    ("Newbie here. My ChurroStalls sheet has Crunch in column H; I'd like the cell itself (not the row) marked for "
     "Crunch holding an Excel error value. Any tips?", "Errors({Crunch})", "cells", "by-header", "forum"),
    ("Virgo: light up the full rows of yesterday's stalls in ChurroStalls while Jupiter is strong.",
     "Yesterday({Market Day})", "rows", "by-meaning", "horoscope", "date"),
    ("SITREP 2215: ChurroStalls secured. Next task -- colour the complete row of any stall with Market Day showing "
     "today's date. Over.", "Today({Market Day})", "rows", "by-header", "military", "date"),
    ("Phase 4 of Operation Nightjar: rally at grid 4523 5431, then fill the whole row wherever Market Day is "
     "tomorrow's date in ChurroStalls. Execute.", "Tomorrow({Market Day})", "rows", "by-header", "military", "date"),
    ("Mark the entire row in sheet ChurroStalls when Market Day is in the past 7 days (today counts).",
     "Last7Days({Market Day})", "rows", "by-header", "annotator", "date"),
    ("Apply a fill to the Market Day cells in last week (Sunday to Saturday, the week before this one) (cells only, "
     "not the rows); sheet ChurroStalls.", "LastWeek({Market Day})", "cells", "by-header", "annotator", "date"),
    ("OPORD 32: at 0530, 2nd Platoon will highlight the entire rows of this week's stalls (Sunday to Saturday) in "
     "ChurroStalls. Execute.", "ThisWeek({Market Day})", "rows", "by-meaning", "military", "date"),
    ("Bidding opens on ChurroStalls! Where Market Day is in this calendar month, the whole row gets highlighted -- "
     "going, going, gone!", "ThisMonth({Market Day})", "rows", "by-header", "auction", "date"),
    ("In ChurroStalls, I want next month's stalls to have their entire rows coloured. Possible?",
     "NextMonth({Market Day})", "rows", "by-meaning", "forum", "date"),
]

TABLES["StrudelBakes"] = _table("""
Bake Code | Baker | Filling | Bake Date | Layers | Dough Width (cm) | Cost (CZK) | Flakiness | Raisins? | Notes
SB-327 | Anneliese | Apple | 2024-06-15 | 25 | 97.5 | 330 | 3.75 | No | late delivery, dough tore
SB-333 | Liesl | Apple | 2024-06-04 | 21 | 130 | 370 | #NUM! | No | soggy base, late delivery
SB-339 | Gretchen | Poppy | 2024-06-07 | 39 | 140 | 220 | 7 | No | _
SB-345 | Irmgard | Quark | 2024-06-18 | 46 | 87.5 | gift | 5.5 | Yes | rolled thin, golden crust
SB-351 | Florian | Apple | 2024-06-27 | 32 | 85 | 410 | 5 | No | dough tore, soggy base
SB-357 | Edeltraud | Apple | 2024-05-20 | 58 | 82.5 | 210 | 7.5 | No | extra cinnamon, dough tore
SB-363 | Konstantin | Poppy | 2024-05-03 | 52 | 52.5 | 580 | 3.5 | Yes | dough tore, judges smiled
SB-369 | Clementine | Quark | 2024-07-03 | 57 | 137.5 | 420 | 2.5 | No | ~
SB-375 | Konstantin | Quark | 2024-07-25 | 34 | 75 | 520 | 8.25 | Yes | late delivery, rolled thin
SB-381 | Hubertus | Cherry | 2024-03-08 | 11 | _ | 450 | 6.25 | Yes | oven too hot, extra cinnamon
SB-387 | Bartholomew | Poppy | 2024-06-11 | 9 | 72.5 | 170 | 8.5 | Yes | dough tore, soggy base
SB-393 | Hubertus | Cherry | 2024-06-12 | 12 | 122.5 | 510 | 2.25 | No | dough tore, soggy base
SB-399 | Johanna | Cherry | 2024-06-13 | 13 | 40 | 160 | _ | No | oven too hot, dough tore
SB-405 | Dietrich | Cherry | 2024-06-10 | 6 | 47.5 | 400 | 4.25 | Yes | late delivery, rolled thin
""")

ENTRIES["StrudelBakes"] = [
    ("SITREP 1445: StrudelBakes secured. Next task -- colour every Dough Width (cm) cell that is more than 85 (just "
     "the cells). Over.", "GreaterThan({Dough Width (cm)}, 85)", "cells", "by-header", "military"),
    ("In sheet StrudelBakes, shade each Notes value with 'extra' anywhere in the text (the cell only).",
     "TextContains({Notes}, \"extra\")", "cells", "by-header", "annotator"),
    ("Say again? ... Affirmative, Unit 16: StrudelBakes needs full rows for bakes with Filling without 'Quark' "
     "anywhere in the text highlighted. Over and out.",
     "TextNotContains({Filling}, \"Quark\")", "rows", "by-header", "radio", "negation"),
    ("SITREP 0930: StrudelBakes secured. Next task -- colour the whole row wherever Baker starts with 'Cl'. Over.",
     "TextStartsWith({Baker}, \"Cl\")", "rows", "by-header", "military", "starts-ends"),
    ("Break, break, channel 37: whenever Baker ends in the letters 'en' on StrudelBakes, mark the entire row. Delta "
     "9 out.", "TextEndsWith({Baker}, \"en\")", "rows", "by-header", "radio", "starts-ends"),
    ("Next up in the StrudelBakes sale: the complete row of any bake with Layers in the top 3 of the column, shaded. "
     "Opening bid $95, do I hear more? Sold!", "Top({Layers}, 3)", "rows", "by-header", "auction", "superlative"),
    ("Going once, going twice -- each Layers value ranked in the 3 smallest of the column (the cell only) in "
     "StrudelBakes, sold to the highlighter!", "Bottom({Layers}, 3)", "cells", "by-header", "auction", "superlative"),
    ("StrudelBakes sheet: what rule colours the entire row when Flakiness (column H) ranks in the highest 20% of the "
     "column?", "TopPercent({Flakiness}, 20)", "rows", "by-header", "forum", "superlative"),
    ("Phase 1 of Operation Granite: rally at grid 3715 3011, then fill the Layers cells in the bottom 20 percent of "
     "the column (cells only, not the rows) in StrudelBakes. Execute.",
     "BottomPercent({Layers}, 20)", "cells", "by-header", "military", "superlative"),
    ("Can conditional formatting do this? Highlight the complete row of any bake with Layers higher than the "
     "column's mean (column E, sheet StrudelBakes).", "AboveAverage({Layers})", "rows", "by-header", "forum"),
    ("Is there a way to fill the entire row of each bake whose Flakiness falls short of the average of the column? "
     "Sheet is StrudelBakes, Flakiness is in column H. Thanks!",
     "BelowAverage({Flakiness})", "rows", "by-header", "forum"),
    ("Libra (Sep 23 - Oct 22) -- a fine season to highlight full rows for bakes with Baker appearing more than once "
     "in the column in StrudelBakes.", "Duplicates({Baker})", "rows", "by-header", "horoscope"),
    ("By command of Task Force 82: in StrudelBakes, each Baker value occurring just once in the column (the cell "
     "only) will be highlighted by 0245. Dismissed.", "Unique({Baker})", "cells", "by-header", "military"),
    ("How do I highlight every Notes cell that is empty (just the cells) in column J of my StrudelBakes sheet?",
     "Blanks({Notes})", "cells", "by-header", "forum"),
    ("Bidding opens on StrudelBakes! Where Notes is filled in, the full row gets highlighted -- going, going, gone!",
     "NotBlanks({Notes})", "rows", "by-header", "auction", "negation"),
    ("Say again? ... Affirmative, Unit 17: StrudelBakes needs each Flakiness value showing an error (the cell only) "
     "highlighted. Over and out.", "Errors({Flakiness})", "cells", "by-header", "radio"),
    ("From Alpha Company, 4th Platoon: objective StrudelBakes. Where Flakiness does not show an error, shade the "
     "cell itself (not the row). Move out at 2030.",
     "NotErrors({Flakiness})", "cells", "by-header", "military", "negation"),
    ("Virgo (Aug 23 - Sep 22): a colour scale on Cost (CZK) in StrudelBakes will bring clarity.",
     "ColorScale({Cost (CZK)})", "cells", "by-header", "horoscope"),
    ("Base, Unit 35: put data bars on the Cost (CZK) column of StrudelBakes, over.",
     "DataBar({Cost (CZK)})", "cells", "by-header", "radio"),
    ("Trying to get a set of icons on Cost (CZK) (column G) in StrudelBakes -- how?",
     "IconSet({Cost (CZK)})", "cells", "by-header", "forum"),
    ("Paddle 508 takes it! For StrudelBakes: fill the entire row of each bake whose Layers is greater than 12 and "
     "less than 46. Sold!", "AND(GreaterThan({Layers}, 12), LessThan({Layers}, 46))", "rows", "by-header", "auction"),
    ("Lot 245: do I hear Layers below 12 or above 46 in StrudelBakes? Yes! Mark the cell only!",
     "OR(LessThan({Layers}, 12), GreaterThan({Layers}, 46))", "cells", "by-header", "auction", "or"),
    ("FRAGO 22: target the bakes other than the 'Cherry' ones in StrudelBakes, grid 3321 5028; shade their whole "
     "rows.", "NOT(TextEquals({Filling}, \"Cherry\"))", "rows", "by-value", "military", "negation"),
    ("Any way to shade the full rows of yesterday's bakes automatically? Sheet is StrudelBakes.",
     "Yesterday({Bake Date})", "rows", "by-meaning", "forum", "date"),
    ("Break, break, channel 28: whenever Bake Date falls on today on StrudelBakes, mark the matching cell alone. "
     "Bravo 19 out.", "Today({Bake Date})", "cells", "by-header", "radio", "date"),
    ("Your reading, Libra: StrudelBakes holds a secret. Fill full rows for bakes with Bake Date on tomorrow's date. "
     "Lucky colour: teal.", "Tomorrow({Bake Date})", "rows", "by-header", "horoscope", "date"),
    ("Unit 40 to all stations: StrudelBakes, Bake Date within the last 7 days, today included, shade the full row. I "
     "say again, Bake Date within the last 7 days, today included. Out.",
     "Last7Days({Bake Date})", "rows", "by-header", "radio", "date"),
    ("Lot 118: last week's bakes (the Sunday-to-Saturday week before this one) from StrudelBakes, whole rows "
     "highlighted -- sold!", "LastWeek({Bake Date})", "rows", "by-meaning", "auction", "date"),
    ("Orders for StrudelBakes, effective 0800: wherever Bake Date is in the current Sunday-to-Saturday week, the "
     "whole row is to be marked. Grid 2593 8188.", "ThisWeek({Bake Date})", "rows", "by-header", "military", "date"),
    ("Conditional formatting help: in StrudelBakes I need the full row highlighted where column D (Bake Date) falls "
     "in next week (the coming Sunday-to-Saturday week).",
     "NextWeek({Bake Date})", "rows", "by-header", "forum", "date"),
    ("Lot 42: last month's bakes (the calendar month before this one) from StrudelBakes, whole rows highlighted -- "
     "sold!", "LastMonth({Bake Date})", "rows", "by-meaning", "auction", "date"),
]

TABLES["SnowGlobeBatches"] = _table("""
Batch Code | Artisan | Scene | Poured On | Globes | Glycerin (ml) | Unit Price (CAD) | Shake Score | Musical? | Notes
SG-327 | Fitzroy | Castle | 2024-06-04 | 21 | 33 | 29 | 5.5 | No | base cracked, glitter clumped
SG-332 | Millicent | Skaters | 2024-06-07 | 16 | 19.5 | sample | 9.5 | Yes | base cracked, label smudged
SG-337 | Celestine | Castle | 2024-06-18 | 50 | 8 | 86 | _ | No | flakes drift, glitter clumped
SG-342 | Jasper | Castle | 2024-06-27 | 31 | 28.5 | 34 | 8 | Yes | cloudy water, flakes drift
SG-347 | Georgiana | Forest | 2024-05-20 | 48 | 10 | 84 | 6.5 | Yes | seal tight, cloudy water
SG-352 | Horatio | Village | 2024-05-03 | 49 | 16 | 55 | 3.75 | No | cloudy water, base cracked
SG-357 | Celestine | Skaters | 2024-07-03 | 51 | 13 | 91 | 9 | No | ~
SG-362 | Desmond | Forest | 2024-07-25 | 24 | 20 | 35 | 7 | No | seal tight, glitter clumped
SG-367 | Leopold | Village | 2024-03-08 | 42 | 11.5 | 44 | 4.75 | Yes | _
SG-372 | Adelina | Forest | 2024-06-11 | 81 | 7.5 | 77 | #N/A | Yes | glitter clumped, gift boxed
SG-377 | Barnaby | Village | 2024-06-12 | 18 | _ | 37 | 4 | Yes | gift boxed, flakes drift
SG-382 | Isadora | Village | 2024-06-13 | 40 | 22 | 39 | 8.25 | No | seal tight, glitter clumped
SG-387 | Evangeline | Forest | 2024-06-10 | 15 | 17 | 18 | 4.5 | No | air bubble, cloudy water
SG-392 | Fitzroy | Skaters | 2024-06-15 | 88 | 32.5 | 50 | 6.25 | No | glitter clumped, base cracked
""")

ENTRIES["SnowGlobeBatches"] = [
    ("Your reading, Leo: SnowGlobeBatches holds a secret. Fill the Glycerin (ml) cells over 17 (cells only, not the "
     "rows). Lucky colour: teal.", "GreaterThan({Glycerin (ml)}, 17)", "cells", "by-header", "horoscope"),
    ("Base, this is Unit 5, copy? In SnowGlobeBatches, highlight full rows for batches with Glycerin (ml) at or "
     "above 17, over.", "GreaterThanEqual({Glycerin (ml)}, 17)", "rows", "by-header", "radio", "boundary"),
    ("Virgo, trust your instincts: in SnowGlobeBatches, Globes below 40 means fortune -- mark the full row.",
     "LessThan({Globes}, 40)", "rows", "by-header", "horoscope"),
    ("Apply a fill to any cell in Unit Price (CAD) that is 44 or less (only that cell); sheet SnowGlobeBatches.",
     "LessThanEqual({Unit Price (CAD)}, 44)", "cells", "by-header", "annotator", "boundary"),
    ("Sheet SnowGlobeBatches: format any cell in Globes that is equal to 40 (only that cell).",
     "Equals({Globes}, 40)", "cells", "by-header", "annotator"),
    ("Unit 18 to all stations: SnowGlobeBatches, Globes different from 40, shade the cell only. I say again, Globes "
     "different from 40. Out.", "NotEquals({Globes}, 40)", "cells", "by-header", "radio", "negation"),
    ("Victor 16, reading you loud and clear. If Globes is from 21 to 50, both ends included in SnowGlobeBatches, "
     "light up the entire row. Over.", "Between({Globes}, 21, 50)", "rows", "by-header", "radio", "boundary"),
    ("Copy, Base, switching to channel 34. On sheet SnowGlobeBatches, fill full rows for batches with Globes not "
     "between 21 and 50 inclusive. Over.",
     "NotBetween({Globes}, 21, 50)", "rows", "by-header", "radio", "boundary", "negation"),
    ("Do I hear $140? For the 'Skaters' batches in SnowGlobeBatches, their whole rows shaded! Sold!",
     "TextEquals({Scene}, \"Skaters\")", "rows", "by-value", "auction"),
    ("Lot 265: do I hear Globes over the average of the column in SnowGlobeBatches? Yes! Mark the full row!",
     "AboveAverage({Globes})", "rows", "by-header", "auction"),
    ("Mark the cell itself (not the row) in sheet SnowGlobeBatches when Shake Score is below the column's average.",
     "BelowAverage({Shake Score})", "cells", "by-header", "annotator"),
    ("Quick question: SnowGlobeBatches sheet, column B (Artisan) -- how can I shade each Artisan value appearing "
     "more than once in the column (the cell only)?", "Duplicates({Artisan})", "cells", "by-header", "forum"),
    ("Hammer's up on lot 294: SnowGlobeBatches, Artisan appears only once in the column? Colour the cell only -- "
     "sold at $205!", "Unique({Artisan})", "cells", "by-header", "auction"),
    ("SITREP 1915: SnowGlobeBatches secured. Next task -- colour the complete row of any batch with Notes left "
     "empty. Over.", "Blanks({Notes})", "rows", "by-header", "military"),
    ("Do I hear $155? $250? Thank you, sir -- in SnowGlobeBatches, highlight any cell in Notes that has something in "
     "it (only that cell). Sold!", "NotBlanks({Notes})", "cells", "by-header", "auction", "negation"),
    ("Your horoscope, Virgo: when Shake Score contains any error value in SnowGlobeBatches, colour the full row. "
     "Lucky number 27.", "Errors({Shake Score})", "rows", "by-header", "horoscope"),
    ("Is there a way to fill every Shake Score cell that does not show an error (just the cells)? Sheet is "
     "SnowGlobeBatches, Shake Score is in column H. Thanks!",
     "NotErrors({Shake Score})", "cells", "by-header", "forum", "negation"),
    ("Add a colour scale on Unit Price (CAD) in sheet SnowGlobeBatches.",
     "ColorScale({Unit Price (CAD)})", "cells", "by-header", "annotator"),
    ("FRAGO 87: SnowGlobeBatches, Unit Price (CAD) column -- in-cell data bars. Grid 9590 1130.",
     "DataBar({Unit Price (CAD)})", "cells", "by-header", "military"),
    ("Going once, going twice -- an icon set for Unit Price (CAD) in SnowGlobeBatches, sold!",
     "IconSet({Unit Price (CAD)})", "cells", "by-header", "auction"),
    ("Sierra 10 to Control on channel 11: Globes more than 21 yet under 50 in SnowGlobeBatches -- highlight the "
     "entire row. Over.", "AND(GreaterThan({Globes}, 21), LessThan({Globes}, 50))", "rows", "by-header", "radio"),
    ("For sheet SnowGlobeBatches, where Globes is less than 21 or greater than 50, highlight the cell only.",
     "OR(LessThan({Globes}, 21), GreaterThan({Globes}, 50))", "cells", "by-header", "annotator", "or"),
    ("Next up in the SnowGlobeBatches sale: the complete row of any batch with Scene other than 'Skaters', shaded. "
     "Opening bid $195, do I hear more? Sold!",
     "NOT(TextEquals({Scene}, \"Skaters\"))", "rows", "by-header", "auction", "negation"),
    ("Mission: highlight the complete row of any batch with Poured On falling on tomorrow's date on sheet "
     "SnowGlobeBatches. Grid 7979 6938. H-hour 1430. Out.",
     "Tomorrow({Poured On})", "rows", "by-header", "military", "date"),
    ("SITREP 1215: SnowGlobeBatches secured. Next task -- colour the entire row of each batch whose Poured On falls "
     "within the last 7 days, today included. Over.",
     "Last7Days({Poured On})", "rows", "by-header", "military", "date"),
    ("Unit 29 to Base: in SnowGlobeBatches, highlight the whole row of last week's batches (the Sunday-to-Saturday "
     "week before this one). Over.", "LastWeek({Poured On})", "rows", "by-meaning", "radio", "date"),
    ("Lot 278: this week's batches (Sunday to Saturday) from SnowGlobeBatches, whole rows highlighted -- sold!",
     "ThisWeek({Poured On})", "rows", "by-meaning", "auction", "date"),
    ("Base, copy: shade next week's batches (the coming Sunday-to-Saturday week) on SnowGlobeBatches, whole rows. "
     "Over and out.", "NextWeek({Poured On})", "rows", "by-meaning", "radio", "date"),
    ("In sheet SnowGlobeBatches, fill the entire rows of last month's batches (the calendar month before this one).",
     "LastMonth({Poured On})", "rows", "by-meaning", "annotator", "date"),
    ("In my SnowGlobeBatches sheet, column D is Poured On. I want to colour the entire row whenever it is in this "
     "calendar month. How?", "ThisMonth({Poured On})", "rows", "by-header", "forum", "date"),
    ("The moon in Gemini asks you to shade any cell in Poured On that falls in the coming calendar month (only that "
     "cell) on sheet SnowGlobeBatches; Mercury approves.",
     "NextMonth({Poured On})", "cells", "by-header", "horoscope", "date"),
]

TABLES["KaleidoscopeBuilds"] = _table("""
Build Code | Builder | Style | Finished On | Beads | Tube Length (cm) | Price (HUF) | Symmetry | Brass Tube? | Notes
KB-152 | Jessamy | Wand | 2024-06-07 | 96 | 22.5 | 15500 | #DIV/0! | Yes | end cap loose, beads settled
KB-158 | Fiorella | Teleidoscope | 2024-06-18 | 17 | 34 | barter | 6.75 | No | mirror chipped, polished brass
KB-164 | Ignatius | Oil Cell | 2024-06-27 | 43 | 24 | 7500 | 7.75 | Yes | vivid colours, mirror chipped
KB-170 | Caspian | Oil Cell | 2024-05-20 | 31 | 44 | 28500 | 8 | No | sold online, custom order
KB-176 | Bronwen | Teleidoscope | 2024-05-03 | 53 | _ | 16500 | 7.25 | Yes | glue marks, custom order
KB-182 | Hadrian | Chamber | 2024-07-03 | 104 | 17.5 | 4000 | 5.5 | No | sold online, beads settled
KB-188 | Gwendolen | Teleidoscope | 2024-07-25 | 21 | 35 | 10500 | 6.5 | Yes | ~
KB-194 | Evander | Chamber | 2024-03-08 | 71 | 29.5 | 30000 | 8.25 | No | mirror chipped, beads settled
KB-200 | Morwenna | Wand | 2024-06-11 | 119 | 15 | 21000 | 9.25 | Yes | vivid colours, mirror chipped
KB-206 | Lysander | Wand | 2024-06-12 | 118 | 19.5 | 19500 | 6.25 | No | _
KB-212 | Drusilla | Teleidoscope | 2024-06-13 | 80 | 41 | 10000 | 9 | No | custom order, end cap loose
KB-218 | Ignatius | Chamber | 2024-06-10 | 111 | 36.5 | 29000 | 10 | Yes | sold online, beads settled
KB-224 | Aurelio | Wand | 2024-06-15 | 93 | 25.5 | 14500 | 7.5 | Yes | glue marks, beads settled
KB-230 | Gwendolen | Oil Cell | 2024-06-04 | 103 | 20.5 | 29500 | _ | Yes | polished brass, vivid colours
""")

ENTRIES["KaleidoscopeBuilds"] = [
    ("Is there a way to fill the whole row wherever Beads exceeds 80? Sheet is KaleidoscopeBuilds, Beads is in "
     "column E. Thanks!", "GreaterThan({Beads}, 80)", "rows", "by-header", "forum"),
    ("Gemini, trust your instincts: in KaleidoscopeBuilds, Tube Length (cm) of 25.5 or more means fortune -- mark "
     "the entire row.", "GreaterThanEqual({Tube Length (cm)}, 25.5)", "rows", "by-header", "horoscope", "boundary"),
    ("In sheet KaleidoscopeBuilds, shade each Price (HUF) value under 16500 (the cell only).",
     "LessThan({Price (HUF)}, 16500)", "cells", "by-header", "annotator"),
    ("Control, Kilo 12 here. Request for KaleidoscopeBuilds: colour the entire row of each build whose Price (HUF) "
     "is at most 16500. How copy? Over.",
     "LessThanEqual({Price (HUF)}, 16500)", "rows", "by-header", "radio", "boundary"),
    ("For sheet KaleidoscopeBuilds, where Tube Length (cm) is exactly 25.5, highlight the full row.",
     "Equals({Tube Length (cm)}, 25.5)", "rows", "by-header", "annotator"),
    ("Highlight full rows for builds with Beads different from 80 in sheet KaleidoscopeBuilds.",
     "NotEquals({Beads}, 80)", "rows", "by-header", "annotator", "negation"),
    ("Lot 244: do I hear Beads between 43 and 104 inclusive in KaleidoscopeBuilds? Yes! Mark the cell only!",
     "Between({Beads}, 43, 104)", "cells", "by-header", "auction", "boundary"),
    ("Leo, trust your instincts: in KaleidoscopeBuilds, Beads outside 43 to 104 (the ends count as inside) means "
     "fortune -- mark the whole row.",
     "NotBetween({Beads}, 43, 104)", "rows", "by-header", "horoscope", "boundary", "negation"),
    ("In KaleidoscopeBuilds, I want the 'Teleidoscope' builds to have their entire rows coloured. Possible?",
     "TextEquals({Style}, \"Teleidoscope\")", "rows", "by-value", "forum"),
    ("Phase 1 of Operation Halberd: rally at grid 1998 2551, then fill each Notes value with 'custom' anywhere in "
     "the text (the cell only) in KaleidoscopeBuilds. Execute.",
     "TextContains({Notes}, \"custom\")", "cells", "by-header", "military"),
    ("Conditional formatting help: in KaleidoscopeBuilds I need the matching cell alone highlighted where column C "
     "(Style) does not contain 'Oil Cell'.",
     "TextNotContains({Style}, \"Oil Cell\")", "cells", "by-header", "forum", "negation"),
    ("From Delta Company, 2nd Platoon: objective KaleidoscopeBuilds. Where Builder starts with 'Au', shade the cell "
     "itself (not the row). Move out at 0215.",
     "TextStartsWith({Builder}, \"Au\")", "cells", "by-header", "military", "starts-ends"),
    ("Your reading, Capricorn: KaleidoscopeBuilds holds a secret. Fill full rows for builds with Builder ending with "
     "the letters 'us'. Lucky colour: sage.",
     "TextEndsWith({Builder}, \"us\")", "rows", "by-header", "horoscope", "starts-ends"),
    ("Libra, trust your instincts: in KaleidoscopeBuilds, Beads in the top 3 of the column means fortune -- mark the "
     "cell itself (not the row).", "Top({Beads}, 3)", "cells", "by-header", "horoscope", "superlative"),
    ("Highlight the complete row of any build with Beads ranked in the 3 smallest of the column in sheet "
     "KaleidoscopeBuilds.", "Bottom({Beads}, 3)", "rows", "by-header", "annotator", "superlative"),
    ("SITREP 0900: KaleidoscopeBuilds secured. Next task -- colour full rows for builds with Symmetry in the top 20 "
     "percent of the column. Over.", "TopPercent({Symmetry}, 20)", "rows", "by-header", "military", "superlative"),
    ("SITREP 1800: KaleidoscopeBuilds secured. Next task -- colour the whole row wherever Beads ranks in the lowest "
     "20% of the column. Over.", "BottomPercent({Beads}, 20)", "rows", "by-header", "military", "superlative"),
    ("Virgo (Aug 23 - Sep 22): a color scale on Price (HUF) in KaleidoscopeBuilds will bring clarity.",
     "ColorScale({Price (HUF)})", "cells", "by-header", "horoscope"),
    ("Apply data bars to the Price (HUF) cells of sheet KaleidoscopeBuilds.",
     "DataBar({Price (HUF)})", "cells", "by-header", "annotator"),
    ("The stars ask for an icon set across the Price (HUF) column of KaleidoscopeBuilds, Capricorn.",
     "IconSet({Price (HUF)})", "cells", "by-header", "horoscope"),
    ("For sheet KaleidoscopeBuilds, where Beads is greater than 43 and less than 104, highlight the full row.",
     "AND(GreaterThan({Beads}, 43), LessThan({Beads}, 104))", "rows", "by-header", "annotator"),
    ("By command of Task Force 87: in KaleidoscopeBuilds, each Beads value less than 43 or more than 104 (the cell "
     "only) will be highlighted by 0045. Dismissed.",
     "OR(LessThan({Beads}, 43), GreaterThan({Beads}, 104))", "cells", "by-header", "military", "or"),
    ("Highlight the whole row of the non-'Oil Cell' builds in sheet KaleidoscopeBuilds.",
     "NOT(TextEquals({Style}, \"Oil Cell\"))", "rows", "by-value", "annotator", "negation"),
    ("Do I hear $50? For yesterday's builds in KaleidoscopeBuilds, their whole rows shaded! Sold!",
     "Yesterday({Finished On})", "rows", "by-meaning", "auction", "date"),
    ("Do I hear $70? For today's builds in KaleidoscopeBuilds, their whole rows shaded! Sold!",
     "Today({Finished On})", "rows", "by-meaning", "auction", "date"),
    ("In sheet KaleidoscopeBuilds, shade the entire row of each build whose Finished On falls in last week (the "
     "Sunday-to-Saturday week before this one).", "LastWeek({Finished On})", "rows", "by-header", "annotator", "date"),
    ("Apply a fill to the Finished On cells falling in the current Sunday-to-Saturday week (cells only, not the "
     "rows); sheet KaleidoscopeBuilds.", "ThisWeek({Finished On})", "cells", "by-header", "annotator", "date"),
    ("Any way to shade the full rows of next week's builds (the coming Sunday-to-Saturday week) automatically? Sheet "
     "is KaleidoscopeBuilds.", "NextWeek({Finished On})", "rows", "by-meaning", "forum", "date"),
    ("SITREP 1545: KaleidoscopeBuilds secured. Next task -- colour full rows for builds with Finished On falling in "
     "the previous calendar month. Over.", "LastMonth({Finished On})", "rows", "by-header", "military", "date"),
    ("Aquarius (Jan 20 - Feb 18): this month's builds in KaleidoscopeBuilds bring luck -- colour their entire rows.",
     "ThisMonth({Finished On})", "rows", "by-meaning", "horoscope", "date"),
    ("Channel 32, Sierra 4 here -- next month's builds in KaleidoscopeBuilds, entire rows lit up, copy? Over.",
     "NextMonth({Finished On})", "rows", "by-meaning", "radio", "date"),
]

TABLES["PoetrySlams"] = _table("""
Slot Code | Poet | Form | Slam Date | Lines | Time (min) | Prize (EUR) | Judge Score | Memorised? | Notes
PS-235 | Fabian | Ballad | 2024-06-18 | 28 | 2.5 | 95 | 5.5 | Yes | forgot lines, ran over time
PS-239 | Auberon | Ballad | 2024-06-27 | 59 | 7.5 | 190 | 8.5 | No | forgot lines, ran over time
PS-243 | Hamish | Sonnet | 2024-05-20 | 84 | 7 | 155 | 5.75 | No | _
PS-247 | Cyprian | Haiku | 2024-05-03 | 25 | 6 | 55 | 7.5 | Yes | mic feedback, crowd laughed
PS-251 | Hamish | Haiku | 2024-07-03 | 24 | 2 | 230 | 9 | No | standing ovation, nervous start
PS-255 | Elowen | Sonnet | 2024-07-25 | 81 | _ | 65 | 7.75 | Yes | forgot lines, standing ovation
PS-259 | Domitilla | Haiku | 2024-03-08 | 80 | 5.5 | 20 | 5.25 | Yes | forgot lines, encore called
PS-263 | Griselda | Free Verse | 2024-06-11 | 38 | 1.5 | 125 | _ | No | encore called, mic feedback
PS-267 | Mungo | Free Verse | 2024-06-12 | 67 | 8 | 250 | 6 | Yes | ~
PS-271 | Imelda | Haiku | 2024-06-13 | 41 | 3.5 | 150 | #VALUE! | Yes | mic feedback, standing ovation
PS-275 | Jolyon | Ballad | 2024-06-10 | 29 | 5 | 90 | 8.25 | No | standing ovation, quiet room
PS-279 | Briony | Sonnet | 2024-06-15 | 58 | 4 | 45 | 9.25 | Yes | ran over time, standing ovation
PS-283 | Leontine | Free Verse | 2024-06-04 | 76 | 6.5 | 120 | 6.75 | No | forgot lines, crowd laughed
PS-287 | Cyprian | Sonnet | 2024-06-07 | 46 | 3 | pending | 8 | Yes | encore called, ran over time
""")

ENTRIES["PoetrySlams"] = [
    ("Sheet PoetrySlams -- Lines less than 46: fill the entire row.",
     "LessThan({Lines}, 46)", "rows", "by-header", "annotator"),
    ("SITREP 1015: PoetrySlams secured. Next task -- colour the whole row wherever Prize (EUR) is 120 or less. Over.",
     "LessThanEqual({Prize (EUR)}, 120)", "rows", "by-header", "military", "boundary"),
    ("Can conditional formatting do this? Highlight every Time (min) cell that equals 5 (just the cells) (column F, "
     "sheet PoetrySlams).", "Equals({Time (min)}, 5)", "cells", "by-header", "forum"),
    ("Control, Sierra 2 here. Request for PoetrySlams: colour the Lines cells other than 46 (cells only, not the "
     "rows). How copy? Over.", "NotEquals({Lines}, 46)", "cells", "by-header", "radio", "negation"),
    ("Roger that, channel 13 -- PoetrySlams: mark full rows for slots with Prize (EUR) between 65 and 155 inclusive. "
     "Over and out.", "Between({Prize (EUR)}, 65, 155)", "rows", "by-header", "radio", "boundary"),
    ("Hammer's up on lot 134: PoetrySlams, Lines falls outside the inclusive range 29 to 76? Colour the cell only -- "
     "sold at $30!", "NotBetween({Lines}, 29, 76)", "cells", "by-header", "auction", "boundary", "negation"),
    ("Sierra 12 to Control on channel 14: Form equal to the text 'Sonnet' in PoetrySlams -- highlight the entire "
     "row. Over.", "TextEquals({Form}, \"Sonnet\")", "rows", "by-header", "radio"),
    ("Sheet PoetrySlams: format any cell in Notes that includes the text 'laughed' (only that cell).",
     "TextContains({Notes}, \"laughed\")", "cells", "by-header", "annotator"),
    ("Next up in the PoetrySlams sale: any cell in Form that does not contain 'Free Verse' (only that cell), shaded. "
     "Opening bid $70, do I hear more? Sold!",
     "TextNotContains({Form}, \"Free Verse\")", "cells", "by-header", "auction", "negation"),
    ("Hammer's up on lot 294: PoetrySlams, Poet starts with 'Le'? Colour the cell only -- sold at $155!",
     "TextStartsWith({Poet}, \"Le\")", "cells", "by-header", "auction", "starts-ends"),
    ("Conditional formatting help: in PoetrySlams I need the cell only highlighted where column B (Poet) ends in the "
     "letters 'da'.", "TextEndsWith({Poet}, \"da\")", "cells", "by-header", "forum", "starts-ends"),
    ("Do I hear $150? $280? Thank you, sir -- in PoetrySlams, highlight the whole row wherever Lines ranks in the "
     "top 3 of the column. Sold!", "Top({Lines}, 3)", "rows", "by-header", "auction", "superlative"),
    ("By command of Task Force 44: in PoetrySlams, the entire row of each slot whose Lines is among the 3 lowest in "
     "the column will be highlighted by 2330. Dismissed.",
     "Bottom({Lines}, 3)", "rows", "by-header", "military", "superlative"),
    ("Newbie here. My PoetrySlams sheet has Judge Score in column H; I'd like the full row marked for Judge Score in "
     "the top 20 percent of the column. Any tips?",
     "TopPercent({Judge Score}, 20)", "rows", "by-header", "forum", "superlative"),
    ("Scorpio, trust your instincts: in PoetrySlams, Lines in the column's lowest 20% means fortune -- mark the cell "
     "itself (not the row).", "BottomPercent({Lines}, 20)", "cells", "by-header", "horoscope", "superlative"),
    ("Phase 3 of Operation Tempest: rally at grid 1217 5234, then fill full rows for slots with Lines above the "
     "column average in PoetrySlams. Execute.", "AboveAverage({Lines})", "rows", "by-header", "military"),
    ("Roger that, channel 12 -- PoetrySlams: mark each Judge Score value below the column average (the cell only). "
     "Over and out.", "BelowAverage({Judge Score})", "cells", "by-header", "radio"),
    ("Paddle 285 takes it! For PoetrySlams: fill any cell in Poet that appears more than once in the column (only "
     "that cell). Sold!", "Duplicates({Poet})", "cells", "by-header", "auction"),
    ("Cancer (Jun 21 - Jul 22): the stars say each Poet value with no repeat in the column (the cell only) in "
     "PoetrySlams will glow under this moon.", "Unique({Poet})", "cells", "by-header", "horoscope"),
    ("Say again? ... Affirmative, Unit 5: PoetrySlams needs any cell in Notes that is empty (only that cell) "
     "highlighted. Over and out.", "Blanks({Notes})", "cells", "by-header", "radio"),
    ("Victor 9 to Control on channel 35: Notes holding anything in PoetrySlams -- highlight the whole row. Over.",
     "NotBlanks({Notes})", "rows", "by-header", "radio", "negation"),
    ("Gemini: Venus moves through PoetrySlams -- Judge Score with any error value? Highlight the full row, and luck "
     "will follow.", "Errors({Judge Score})", "rows", "by-header", "horoscope"),
    ("Foxtrot 9, reading you loud and clear. If Judge Score is free of errors in PoetrySlams, light up the cell "
     "itself (not the row). Over.", "NotErrors({Judge Score})", "cells", "by-header", "radio", "negation"),
    ("Do I hear $85? For yesterday's slots in PoetrySlams, their whole rows shaded! Sold!",
     "Yesterday({Slam Date})", "rows", "by-meaning", "auction", "date"),
    ("Lot 260, ladies and gentlemen, from PoetrySlams: the whole row wherever Slam Date falls on today! Who'll "
     "highlight it? Sold!", "Today({Slam Date})", "rows", "by-header", "auction", "date"),
    ("In sheet PoetrySlams, shade each Slam Date value falling on tomorrow's date (the cell only).",
     "Tomorrow({Slam Date})", "cells", "by-header", "annotator", "date"),
    ("Lot 263: the slots dated within the last 7 days (today included) from PoetrySlams, whole rows highlighted -- "
     "sold!", "Last7Days({Slam Date})", "rows", "by-meaning", "auction", "date"),
    ("Your reading, Scorpio: PoetrySlams holds a secret. Fill each Slam Date value falling in the Sunday-to-Saturday "
     "week after this one (the cell only). Lucky colour: gold.",
     "NextWeek({Slam Date})", "cells", "by-header", "horoscope", "date"),
    ("Lot 216, ladies and gentlemen, from PoetrySlams: the Slam Date cells falling in the previous calendar month "
     "(cells only, not the rows)! Who'll highlight it? Sold!",
     "LastMonth({Slam Date})", "cells", "by-header", "auction", "date"),
    ("OPORD 31: at 2130, 3rd Platoon will highlight the entire rows of this month's slots in PoetrySlams. Execute.",
     "ThisMonth({Slam Date})", "rows", "by-meaning", "military", "date"),
    ("Going once, going twice: the entire rows of next month's slots in PoetrySlams, sold to the highlighter!",
     "NextMonth({Slam Date})", "rows", "by-meaning", "auction", "date"),
]

TABLES["WeathervaneCommissions"] = _table("""
Job Code | Smith | Motif | Install Date | Copper Sheets | Height (ft) | Quote (GBP) | Balance Rating | Gilded? | Notes
WV-162 | Fidelma | Ship | 2024-06-27 | 19 | 5.5 | 1400 | _ | No | verdigris wanted, client delighted
WV-165 | Ambrose | Rooster | 2024-05-20 | 22 | 2.5 | 2200 | 7.5 | Yes | spindle bent, verdigris wanted
WV-168 | Erasmus | Ship | 2024-05-03 | 6 | 2 | 1350 | 8.25 | No | _
WV-171 | Godfrey | Arrow | 2024-07-03 | 11 | 6 | 1000 | 6.75 | No | client delighted, verdigris wanted
WV-174 | Bathsheba | Fox | 2024-07-25 | 23 | 4.5 | 1900 | 7.25 | Yes | crane needed, verdigris wanted
WV-177 | Hepzibah | Fox | 2024-03-08 | 18 | 9.5 | 800 | 9.5 | Yes | client delighted, storm damage
WV-180 | Marigold | Ship | 2024-06-11 | 20 | 7 | 1700 | 4.5 | Yes | ~
WV-183 | Lucian | Ship | 2024-06-12 | 25 | 3.5 | 400 | 9 | Yes | roof access, spindle bent
WV-186 | Jemima | Arrow | 2024-06-13 | 7 | 8 | 2400 | 7 | No | spindle bent, rust spots
WV-189 | Crispin | Rooster | 2024-06-10 | 12 | 12 | 1250 | #REF! | No | client delighted, spins freely
WV-192 | Ishmael | Rooster | 2024-06-15 | 21 | 11.5 | 900 | 5.25 | Yes | roof access, storm damage
WV-195 | Godfrey | Arrow | 2024-06-04 | 14 | _ | 2150 | 4.25 | Yes | spindle bent, spins freely
WV-198 | Damaris | Fox | 2024-06-07 | 10 | 10.5 | 450 | 5.75 | No | client delighted, rust spots
WV-201 | Ishmael | Rooster | 2024-06-18 | 3 | 7.5 | deposit | 3.25 | No | rust spots, verdigris wanted
""")

ENTRIES["WeathervaneCommissions"] = [
    ("Say again? ... Affirmative, Unit 40: WeathervaneCommissions needs the entire row of each job whose Copper "
     "Sheets is more than 14 highlighted. Over and out.",
     "GreaterThan({Copper Sheets}, 14)", "rows", "by-header", "radio"),
    ("Color any cell in Copper Sheets that is greater than or equal to 14 (only that cell) on sheet "
     "WeathervaneCommissions.", "GreaterThanEqual({Copper Sheets}, 14)", "cells", "by-header", "annotator", "boundary"),
    ("Born under Aquarius (Jan 20 - Feb 18)? The planets align wherever Motif does not contain 'Rooster' -- in "
     "WeathervaneCommissions, highlight the entire row.",
     "TextNotContains({Motif}, \"Rooster\")", "rows", "by-header", "horoscope", "negation"),
    ("Scorpio (Oct 23 - Nov 21): the stars say the Smith cells opening with 'Lu' (cells only, not the rows) in "
     "WeathervaneCommissions will glow under this moon.",
     "TextStartsWith({Smith}, \"Lu\")", "cells", "by-header", "horoscope", "starts-ends"),
    ("FRAGO 25 -- WeathervaneCommissions: Smith ending with the letters 'in', highlight the cell itself (not the "
     "row). Time now 2330. Acknowledge.",
     "TextEndsWith({Smith}, \"in\")", "cells", "by-header", "military", "starts-ends"),
    ("Going once, going twice -- any cell in Copper Sheets that ranks in the top 3 of the column (only that cell) in "
     "WeathervaneCommissions, sold to the highlighter!",
     "Top({Copper Sheets}, 3)", "cells", "by-header", "auction", "superlative"),
    ("SITREP 2145: WeathervaneCommissions secured. Next task -- colour the entire row of each job whose Copper "
     "Sheets is one of the 3 smallest values in the column. Over.",
     "Bottom({Copper Sheets}, 3)", "rows", "by-header", "military", "superlative"),
    ("Orders for WeathervaneCommissions, effective 2245: wherever Balance Rating falls in the column's top 20%, the "
     "cell only is to be marked. Grid 8837 7030.",
     "TopPercent({Balance Rating}, 20)", "cells", "by-header", "military", "superlative"),
    ("Break, break, channel 29: whenever Copper Sheets falls in the column's bottom 20% on WeathervaneCommissions, "
     "mark the whole row. Echo 10 out.",
     "BottomPercent({Copper Sheets}, 20)", "rows", "by-header", "radio", "superlative"),
    ("Phase 2 of Operation Halberd: rally at grid 9261 9128, then fill the complete row of any job with Copper "
     "Sheets higher than the column's mean in WeathervaneCommissions. Execute.",
     "AboveAverage({Copper Sheets})", "rows", "by-header", "military"),
    ("Newbie here. My WeathervaneCommissions sheet has Balance Rating in column H; I'd like the cell only marked for "
     "Balance Rating lower than the column's mean. Any tips?",
     "BelowAverage({Balance Rating})", "cells", "by-header", "forum"),
    ("Break, break, channel 11: whenever Smith is a duplicate within the column on WeathervaneCommissions, mark the "
     "whole row. Delta 3 out.", "Duplicates({Smith})", "rows", "by-header", "radio"),
    ("From Charlie Company, 2nd Platoon: objective WeathervaneCommissions. Where Smith appears only once in the "
     "column, shade the cell itself (not the row). Move out at 2200.",
     "Unique({Smith})", "cells", "by-header", "military"),
    ("Unit 45 to all stations: WeathervaneCommissions, Notes left empty, shade the cell only. I say again, Notes "
     "left empty. Out.", "Blanks({Notes})", "cells", "by-header", "radio"),
    ("Color the entire row of each job whose Notes is not blank on sheet WeathervaneCommissions.",
     "NotBlanks({Notes})", "rows", "by-header", "annotator", "negation"),
    ("Your horoscope, Pisces: when Balance Rating shows an error in WeathervaneCommissions, colour the cell itself "
     "(not the row). Lucky number 45.", "Errors({Balance Rating})", "cells", "by-header", "horoscope"),
    ("Bidding opens on WeathervaneCommissions! Where Balance Rating holds no error value, the entire row gets "
     "highlighted -- going, going, gone!", "NotErrors({Balance Rating})", "rows", "by-header", "auction", "negation"),
    ("Task Force 92 will place a color scale on Quote (GBP) of sheet WeathervaneCommissions. Out.",
     "ColorScale({Quote (GBP)})", "cells", "by-header", "military"),
    ("Task Force 80 will place in-cell data bars on Quote (GBP) of sheet WeathervaneCommissions. Out.",
     "DataBar({Quote (GBP)})", "cells", "by-header", "military"),
    ("Add an icon set on Quote (GBP) in sheet WeathervaneCommissions.",
     "IconSet({Quote (GBP)})", "cells", "by-header", "annotator"),
    ("Newbie here. My WeathervaneCommissions sheet has Copper Sheets in column E; I'd like the entire row marked for "
     "Copper Sheets above 10 and below 21. Any tips?",
     "AND(GreaterThan({Copper Sheets}, 10), LessThan({Copper Sheets}, 21))", "rows", "by-header", "forum"),
    ("Apply a fill to each Copper Sheets value under 10 or over 21 (the cell only); sheet WeathervaneCommissions.",
     "OR(LessThan({Copper Sheets}, 10), GreaterThan({Copper Sheets}, 21))", "cells", "by-header", "annotator", "or"),
    ("Sheet WeathervaneCommissions: shade full rows for the jobs other than the 'Fox' ones.",
     "NOT(TextEquals({Motif}, \"Fox\"))", "rows", "by-value", "annotator", "negation"),
    ("Pisces: light up the full rows of yesterday's jobs in WeathervaneCommissions while Jupiter is strong.",
     "Yesterday({Install Date})", "rows", "by-meaning", "horoscope", "date"),
    ("Lot 229: today's jobs from WeathervaneCommissions, whole rows highlighted -- sold!",
     "Today({Install Date})", "rows", "by-meaning", "auction", "date"),
    ("Going once, going twice: the entire rows of tomorrow's jobs in WeathervaneCommissions, sold to the "
     "highlighter!", "Tomorrow({Install Date})", "rows", "by-meaning", "auction", "date"),
    ("Pisces (Feb 19 - Mar 20): the jobs dated within the last 7 days (today included) in WeathervaneCommissions "
     "bring luck -- colour their entire rows.", "Last7Days({Install Date})", "rows", "by-meaning", "horoscope", "date"),
    ("Lot 203: last week's jobs (the Sunday-to-Saturday week before this one) from WeathervaneCommissions, whole "
     "rows highlighted -- sold!", "LastWeek({Install Date})", "rows", "by-meaning", "auction", "date"),
    ("Sheet WeathervaneCommissions -- Install Date falling in the current Sunday-to-Saturday week: fill the full "
     "row.", "ThisWeek({Install Date})", "rows", "by-header", "annotator", "date"),
    ("Going once, going twice: the entire rows of this month's jobs in WeathervaneCommissions, sold to the "
     "highlighter!", "ThisMonth({Install Date})", "rows", "by-meaning", "auction", "date"),
    ("Cancer (Jun 21 - Jul 22): next month's jobs in WeathervaneCommissions bring luck -- colour their entire rows.",
     "NextMonth({Install Date})", "rows", "by-meaning", "horoscope", "date"),
]

TABLES["SundialOrders"] = _table("""
Order Code | Engraver | Dial Kind | Ship Date | Hour Lines | Gnomon (deg) | Price (JPY) | Accuracy | Bronze? | Notes
SD-251 | Lancelot | Equatorial | 2024-05-20 | 11 | 49.5 | 159000 | 9.5 | Yes | ~
SD-254 | Eustace | Vertical | 2024-05-03 | 17 | 42.5 | 104000 | 9.75 | Yes | garden install, shadow sharp
SD-257 | Hyacinth | Vertical | 2024-07-03 | 15 | 46 | comped | 5.5 | Yes | motto engraved, patina added
SD-260 | Berenice | Equatorial | 2024-07-25 | 24 | 50 | 94000 | 7 | No | garden install, patina added
SD-263 | Meredith | Armillary | 2024-03-08 | 25 | 54 | 162000 | _ | Yes | shadow sharp, plinth included
SD-266 | Jacoba | Armillary | 2024-06-11 | 19 | 38 | 87000 | 4 | No | plinth included, packed in straw
SD-269 | Cuthbert | Horizontal | 2024-06-12 | 10 | 54.5 | 116000 | 4.25 | No | plinth included, wrong latitude
SD-272 | Aldous | Horizontal | 2024-06-13 | 18 | 48.5 | 117000 | 6.25 | Yes | _
SD-275 | Dorcas | Horizontal | 2024-06-10 | 20 | 53.5 | 50000 | #NUM! | Yes | shadow sharp, garden install
SD-278 | Felicity | Equatorial | 2024-06-15 | 12 | 30.5 | 155000 | 6 | Yes | patina added, wrong latitude
SD-281 | Eustace | Vertical | 2024-06-04 | 13 | 63 | 22000 | 6.5 | Yes | wrong latitude, packed in straw
SD-284 | Felicity | Armillary | 2024-06-07 | 16 | 37 | 66000 | 5.75 | No | motto engraved, wrong latitude
SD-287 | Inigo | Horizontal | 2024-06-18 | 22 | _ | 27000 | 7.5 | No | packed in straw, shadow sharp
SD-290 | Gervase | Vertical | 2024-06-27 | 14 | 64 | 100000 | 9.25 | No | wrong latitude, shadow sharp
""")

ENTRIES["SundialOrders"] = [
    ("SITREP 1700: SundialOrders secured. Next task -- colour each Gnomon (deg) value greater than 49.5 (the cell "
     "only). Over.", "GreaterThan({Gnomon (deg)}, 49.5)", "cells", "by-header", "military"),
    ("Control, Sierra 16 here. Request for SundialOrders: colour the whole row wherever Gnomon (deg) is 49.5 or "
     "more. How copy? Over.", "GreaterThanEqual({Gnomon (deg)}, 49.5)", "rows", "by-header", "radio", "boundary"),
    ("Hammer's up on lot 45: SundialOrders, Price (JPY) is below 100000? Colour the full row -- sold at $200!",
     "LessThan({Price (JPY)}, 100000)", "rows", "by-header", "auction"),
    ("Color the entire row of each order whose Hour Lines is at most 16 on sheet SundialOrders.",
     "LessThanEqual({Hour Lines}, 16)", "rows", "by-header", "annotator", "boundary"),
    ("Hammer's up on lot 217: SundialOrders, Gnomon (deg) is equal to 49.5? Colour the whole row -- sold at $120!",
     "Equals({Gnomon (deg)}, 49.5)", "rows", "by-header", "auction"),
    ("Is there a way to fill every Hour Lines cell that does not equal 16 (just the cells)? Sheet is SundialOrders, "
     "Hour Lines is in column E. Thanks!", "NotEquals({Hour Lines}, 16)", "cells", "by-header", "forum", "negation"),
    ("Phase 1 of Operation Tempest: rally at grid 6067 9249, then fill the whole row wherever Price (JPY) lies in "
     "the range 66000 to 117000 inclusive in SundialOrders. Execute.",
     "Between({Price (JPY)}, 66000, 117000)", "rows", "by-header", "military", "boundary"),
    ("SundialOrders sheet: what rule colours the whole row when Hour Lines (column E) falls outside the inclusive "
     "range 13 to 20?", "NotBetween({Hour Lines}, 13, 20)", "rows", "by-header", "forum", "boundary", "negation"),
    ("Task Force 55: the orders listed as 'Vertical' in SundialOrders -- mark their full rows by 2200.",
     "TextEquals({Dial Kind}, \"Vertical\")", "rows", "by-value", "military"),
    ("Quick question: SundialOrders sheet, column J (Notes) -- how can I shade every Notes cell that includes the "
     "text 'packed' (just the cells)?", "TextContains({Notes}, \"packed\")", "cells", "by-header", "forum"),
    ("Bidding opens on SundialOrders! Where Accuracy is lower than the column average, the cell itself (not the row) "
     "gets highlighted -- going, going, gone!", "BelowAverage({Accuracy})", "cells", "by-header", "auction"),
    ("In my SundialOrders sheet, column B is Engraver. I want to colour the entire row whenever it is repeated in "
     "the column. How?", "Duplicates({Engraver})", "rows", "by-header", "forum"),
    ("Control, Bravo 4 here. Request for SundialOrders: colour full rows for orders with Engraver with no repeat in "
     "the column. How copy? Over.", "Unique({Engraver})", "rows", "by-header", "radio"),
    ("OPORD 69: at 0545, 2nd Platoon will mark the Notes cells holding nothing (cells only, not the rows) in "
     "SundialOrders. Execute.", "Blanks({Notes})", "cells", "by-header", "military"),
    ("Paddle 602 takes it! For SundialOrders: fill the Notes cells filled in (cells only, not the rows). Sold!",
     "NotBlanks({Notes})", "cells", "by-header", "auction", "negation"),
    ("The moon in Cancer asks you to shade every Accuracy cell that contains any error value (just the cells) on "
     "sheet SundialOrders; Mercury approves.", "Errors({Accuracy})", "cells", "by-header", "horoscope"),
    ("Next up in the SundialOrders sale: the whole row wherever Accuracy holds no error value, shaded. Opening bid "
     "$25, do I hear more? Sold!", "NotErrors({Accuracy})", "rows", "by-header", "auction", "negation"),
    ("Add a color scale on Price (JPY) in sheet SundialOrders.",
     "ColorScale({Price (JPY)})", "cells", "by-header", "annotator"),
    ("FRAGO 58: SundialOrders, Price (JPY) column -- in-cell data bars. Grid 7565 7605.",
     "DataBar({Price (JPY)})", "cells", "by-header", "military"),
    ("Do I hear $45? Then an icon set across the Price (JPY) column of SundialOrders! Sold to the bidder!",
     "IconSet({Price (JPY)})", "cells", "by-header", "auction"),
    ("Is there a way to fill the whole row wherever Hour Lines lies strictly between 13 and 20, ends excluded? Sheet "
     "is SundialOrders, Hour Lines is in column E. Thanks!",
     "AND(GreaterThan({Hour Lines}, 13), LessThan({Hour Lines}, 20))", "rows", "by-header", "forum"),
    ("Paddle 724 takes it! For SundialOrders: fill the entire row of each order whose Hour Lines falls under 13 or "
     "over 20. Sold!",
     "OR(LessThan({Hour Lines}, 13), GreaterThan({Hour Lines}, 20))", "rows", "by-header", "auction", "or"),
    ("Going once, going twice: the entire rows of the orders other than the 'Armillary' ones in SundialOrders, sold "
     "to the highlighter!", "NOT(TextEquals({Dial Kind}, \"Armillary\"))", "rows", "by-value", "auction", "negation"),
    ("Highlight the whole row of yesterday's orders in sheet SundialOrders.",
     "Yesterday({Ship Date})", "rows", "by-meaning", "annotator", "date"),
    ("Sheet SundialOrders: format the whole row wherever Ship Date is today's date.",
     "Today({Ship Date})", "rows", "by-header", "annotator", "date"),
    ("Hammer's up on lot 97: SundialOrders, Ship Date is tomorrow? Colour the whole row -- sold at $175!",
     "Tomorrow({Ship Date})", "rows", "by-header", "auction", "date"),
    ("Virgo: Venus moves through SundialOrders -- Ship Date within the last 7 days, today included? Highlight the "
     "cell itself (not the row), and luck will follow.",
     "Last7Days({Ship Date})", "cells", "by-header", "horoscope", "date"),
    ("FRAGO 56: target last week's orders (the Sunday-to-Saturday week before this one) in SundialOrders, grid 6688 "
     "2824; shade their whole rows.", "LastWeek({Ship Date})", "rows", "by-meaning", "military", "date"),
    ("Newbie here. My SundialOrders sheet has Ship Date in column D; I'd like the cell itself (not the row) marked "
     "for Ship Date in this week (Sunday to Saturday). Any tips?",
     "ThisWeek({Ship Date})", "cells", "by-header", "forum", "date"),
    ("Can conditional formatting do this? Highlight any cell in Ship Date that falls in next week (the coming "
     "Sunday-to-Saturday week) (only that cell) (column D, sheet SundialOrders).",
     "NextWeek({Ship Date})", "cells", "by-header", "forum", "date"),
    ("Roger that, channel 28 -- SundialOrders: mark the whole row wherever Ship Date falls in last month (the "
     "calendar month before this one). Over and out.", "LastMonth({Ship Date})", "rows", "by-header", "radio", "date"),
]

TABLES["TreehouseBuilds"] = _table("""
Build Ref | Carpenter | Tree | Start Date | Planks | Height (m) | Budget (NOK) | Sway Rating | Zip Line? | Notes
TH-219 | Florentia | Beech | 2024-05-03 | 129 | 1.5 | 68000 | _ | No | extra railing, permit waited
TH-224 | Beatrix | Oak | 2024-07-03 | 120 | 7.5 | 56000 | 4 | No | paint peeled, rain delay
TH-229 | Maude | Beech | 2024-07-25 | 107 | 2.5 | 28000 | #N/A | Yes | branch trimmed, extra railing
TH-234 | Algernon | Chestnut | 2024-03-08 | 140 | _ | 57000 | 5 | Yes | paint peeled, kids thrilled
TH-239 | Dulcie | Maple | 2024-06-11 | 33 | 8 | 86000 | 3.75 | Yes | skylight fitted, extra railing
TH-244 | Josephine | Beech | 2024-06-12 | 80 | 7 | 37000 | 6 | Yes | ~
TH-249 | Ingram | Maple | 2024-06-13 | 141 | 4.5 | 25000 | 3 | No | _
TH-254 | Ingram | Chestnut | 2024-06-10 | 125 | 5.5 | 60000 | 3.25 | Yes | kids thrilled, branch trimmed
TH-259 | Edmund | Chestnut | 2024-06-15 | 46 | 5 | 39000 | 1.5 | Yes | rain delay, rope ladder
TH-264 | Caradoc | Oak | 2024-06-04 | 94 | 2 | donated | 2.5 | No | permit waited, branch trimmed
TH-269 | Dulcie | Beech | 2024-06-07 | 106 | 6 | 59000 | 5.75 | No | extra railing, paint peeled
TH-274 | Gawain | Oak | 2024-06-18 | 69 | 6.5 | 29000 | 2.75 | No | rain delay, permit waited
TH-279 | Leofric | Oak | 2024-06-27 | 122 | 4 | 27000 | 5.5 | Yes | permit waited, paint peeled
TH-284 | Henrietta | Maple | 2024-05-20 | 22 | 3 | 22000 | 4.5 | No | branch trimmed, skylight fitted
""")

ENTRIES["TreehouseBuilds"] = [
    ("Phase 4 of Operation Granite: rally at grid 1214 1173, then fill every Planks cell that exceeds 106 (just the "
     "cells) in TreehouseBuilds. Execute.", "GreaterThan({Planks}, 106)", "cells", "by-header", "military"),
    ("Paddle 853 takes it! For TreehouseBuilds: fill the Height (m) cells at or above 5 (cells only, not the rows). "
     "Sold!", "GreaterThanEqual({Height (m)}, 5)", "cells", "by-header", "auction", "boundary"),
    ("Highlight the Budget (NOK) cells below 39000 (cells only, not the rows) in sheet TreehouseBuilds.",
     "LessThan({Budget (NOK)}, 39000)", "cells", "by-header", "annotator"),
    ("From Delta Company, 2nd Platoon: objective TreehouseBuilds. Where Planks is less than or equal to 106, shade "
     "the entire row. Move out at 0015.", "LessThanEqual({Planks}, 106)", "rows", "by-header", "military", "boundary"),
    ("In my TreehouseBuilds sheet, column E is Planks. I want to colour the entire row whenever it is exactly 106. "
     "How?", "Equals({Planks}, 106)", "rows", "by-header", "forum"),
    ("The moon in Aries asks you to shade each Planks value other than 106 (the cell only) on sheet TreehouseBuilds; "
     "Mercury approves.", "NotEquals({Planks}, 106)", "cells", "by-header", "horoscope", "negation"),
    ("Born under Capricorn (Dec 22 - Jan 19)? The planets align wherever Budget (NOK) is between 28000 and 59000 "
     "inclusive -- in TreehouseBuilds, highlight the cell itself (not the row).",
     "Between({Budget (NOK)}, 28000, 59000)", "cells", "by-header", "horoscope", "boundary"),
    ("Control, Sierra 15 here. Request for TreehouseBuilds: colour every Planks cell that is outside 69 to 125 (69 "
     "and 125 themselves count as inside) (just the cells). How copy? Over.",
     "NotBetween({Planks}, 69, 125)", "cells", "by-header", "radio", "boundary", "negation"),
    ("Going once, going twice: the entire rows of the 'Chestnut' builds in TreehouseBuilds, sold to the highlighter!",
     "TextEquals({Tree}, \"Chestnut\")", "rows", "by-value", "auction"),
    ("Copy, Base, switching to channel 10. On sheet TreehouseBuilds, fill every Notes cell that has 'fitted' "
     "somewhere in it (just the cells). Over.", "TextContains({Notes}, \"fitted\")", "cells", "by-header", "radio"),
    ("The moon in Aquarius asks you to shade full rows for builds with Tree not containing 'Chestnut' on sheet "
     "TreehouseBuilds; Mercury approves.",
     "TextNotContains({Tree}, \"Chestnut\")", "rows", "by-header", "horoscope", "negation"),
    ("Break, break, channel 15: whenever Carpenter opens with 'In' on TreehouseBuilds, mark the whole row. Bravo 14 "
     "out.", "TextStartsWith({Carpenter}, \"In\")", "rows", "by-header", "radio", "starts-ends"),
    ("Unit 6 to all stations: TreehouseBuilds, Carpenter ending with the letters 'de', shade the whole row. I say "
     "again, Carpenter ending with the letters 'de'. Out.",
     "TextEndsWith({Carpenter}, \"de\")", "rows", "by-header", "radio", "starts-ends"),
    ("Scorpio, trust your instincts: in TreehouseBuilds, Planks ranked in the 3 largest of the column means fortune "
     "-- mark the matching cell alone.", "Top({Planks}, 3)", "cells", "by-header", "horoscope", "superlative"),
    ("Copy, Base, switching to channel 14. On sheet TreehouseBuilds, fill full rows for builds with Planks ranked in "
     "the 3 smallest of the column. Over.", "Bottom({Planks}, 3)", "rows", "by-header", "radio", "superlative"),
    ("Scorpio (Oct 23 - Nov 21): the stars say every Sway Rating cell that is in the top 20 percent of the column "
     "(just the cells) in TreehouseBuilds will glow under this moon.",
     "TopPercent({Sway Rating}, 20)", "cells", "by-header", "horoscope", "superlative"),
    ("Conditional formatting help: in TreehouseBuilds I need the entire row highlighted where column E (Planks) "
     "ranks in the lowest 20% of the column.",
     "BottomPercent({Planks}, 20)", "rows", "by-header", "forum", "superlative"),
    ("TreehouseBuilds sheet: what rule colours the full row when Planks (column E) is higher than the column "
     "average?", "AboveAverage({Planks})", "rows", "by-header", "forum"),
    ("Going once, going twice -- in-cell data bars for Budget (NOK) in TreehouseBuilds, sold!",
     "DataBar({Budget (NOK)})", "cells", "by-header", "auction"),
    ("Add an icon set on Budget (NOK) in sheet TreehouseBuilds.",
     "IconSet({Budget (NOK)})", "cells", "by-header", "annotator"),
    ("Bidding opens on TreehouseBuilds! Where Planks is greater than 69 and less than 125, the cell itself (not the "
     "row) gets highlighted -- going, going, gone!",
     "AND(GreaterThan({Planks}, 69), LessThan({Planks}, 125))", "cells", "by-header", "auction"),
    ("Sheet TreehouseBuilds: format the entire row of each build whose Planks falls under 69 or over 125.",
     "OR(LessThan({Planks}, 69), GreaterThan({Planks}, 125))", "rows", "by-header", "annotator", "or"),
    ("Do I hear $110? For all builds except the 'Beech' ones in TreehouseBuilds, their whole rows shaded! Sold!",
     "NOT(TextEquals({Tree}, \"Beech\"))", "rows", "by-value", "auction", "negation"),
    ("Conditional formatting help: in TreehouseBuilds I need the cell itself (not the row) highlighted where column "
     "D (Start Date) is tomorrow's date.", "Tomorrow({Start Date})", "cells", "by-header", "forum", "date"),
    ("Capricorn: light up the full rows of the builds dated within the last 7 days (today included) in "
     "TreehouseBuilds while Jupiter is strong.", "Last7Days({Start Date})", "rows", "by-meaning", "horoscope", "date"),
    ("Channel 2, Tango 11 here -- last week's builds (the Sunday-to-Saturday week before this one) in "
     "TreehouseBuilds, entire rows lit up, copy? Over.",
     "LastWeek({Start Date})", "rows", "by-meaning", "radio", "date"),
    ("Hammer's up on lot 197: TreehouseBuilds, Start Date is in the current Sunday-to-Saturday week? Colour the cell "
     "only -- sold at $175!", "ThisWeek({Start Date})", "cells", "by-header", "auction", "date"),
    ("Any way to shade the full rows of next week's builds (the coming Sunday-to-Saturday week) automatically? Sheet "
     "is TreehouseBuilds.", "NextWeek({Start Date})", "rows", "by-meaning", "forum", "date"),
    ("Can conditional formatting do this? Highlight every Start Date cell that is in the previous calendar month "
     "(just the cells) (column D, sheet TreehouseBuilds).",
     "LastMonth({Start Date})", "cells", "by-header", "forum", "date"),
    ("Virgo: light up the full rows of this month's builds in TreehouseBuilds while Jupiter is strong.",
     "ThisMonth({Start Date})", "rows", "by-meaning", "horoscope", "date"),
    ("Paddle 747 takes it! For TreehouseBuilds: fill any cell in Start Date that falls in the coming calendar month "
     "(only that cell). Sold!", "NextMonth({Start Date})", "cells", "by-header", "auction", "date"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
