"""A thirty-fifth set of table requests, about a third of them header-only, and the builder of thirtyfifth_tables.json.

Written on 2026-12-08 between 03:05 and about 03:30 UTC (by `date -u` on this machine: 03:05:22 at the start, 03:30
at the end at the end) by engineer E35t, who had read neither the assistant's code nor any set's wordings, so that
the team has table requests nobody has tuned on. The eleven tables (watermill grinds, calliope restorations, organ
tunings, tea blending lots, foley sessions, stunt rehearsals, tintype portraits, gramophone repairs, trebuchet
trials, coasteering trips, sauerkraut crocks) and every request were written from scratch, in the structure of
thirtyfourth_tables.py (whose docstring, imports, constants, helper code and closing lines were read). Each table
has 10 columns in the same roles (A a code, B a name, C a category, D a date, E to H four number columns, I a yes/no
column, J free text); headers carry units and currencies and question marks (`Sacks`, `Flour (kg)`, `Price (NOK)`,
`Fineness`, `Organic?`, `Whistles`, `Pressure (psi)`, `Quote (CAD)`, `Tone Score`, `Playable?`, `Pipes`, `Hours
(h)`, `Fee (CHF)`, `Pitch Score`, `Reed Stops?`, `Tins`, `Leaf (kg)`, `Cost (JPY)`, `Aroma`, `Smoked?`, `Takes`,
`Length (min)`, `Rate (GBP)`, `Sync Score`, `Approved?`, `Falls`, `Drop (m)`, `Fee (USD)`, `Safety Score`,
`Airbag?`, `Plates`, `Exposure (s)`, `Price (EUR)`, `Sharpness`, `Varnished?`, `Springs`, `Speed (rpm)`, `Bill
(AUD)`, `Sound Score`, `Horn OK?`, `Pulls`, `Range (m)`, `Cost (SEK)`, `Accuracy`, `Sling Broke?`, `Swimmers`,
`Swell (m)`, `Price (NZD)`, `Thrill Score`, `Helmets Issued?`, `Heads`, `Brine (L)`, `Value (PLN)`, `Tang`,
`Caraway?`; no digit in any header), and the cells dates, money (plain numbers under a currency header), integers,
decimals in quarter, half or two-and-a-half steps, codes, yes/no values, free text (millers, restorers, tuners,
blenders, foley artists, performers, sitters, technicians, crew leads, guides, fermenters: twelve a table, two of
them written twice; grains, makers, parishes, leaves, surfaces, stunt types, plate formats, gramophone models,
projectiles, coves, cabbages: four a table; notes made of two of eight short phrases a table), text in a number
column ("barter", "waived", "gratis", "sample", "comped", "union", "voucher", "warranty", "sponsored", "free",
"gift"), Excel errors (#N/A, #DIV/0!, #VALUE!, #REF!, #NUM!) and blanks. The cells were drawn by a seeded random
generator without repeats from each column's grid (/tmp/e35t/tables.py, `make_table`), then frozen here; the six
special cells of a table (F's blank, G's text, H's blank and error, J's "" and " ") sit on six different rows.

Domains: a short program (/tmp/e35t/domcheck.py, three runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring, lower-cased; thirtyfifth_* aside), benchmarks/data/README.md and the `Table`
field of every set file there (thirtyfifth_* aside, CamelCase split into words), and printed one True/False per
candidate (True when named as a whole word with an optional plural s or es, spaces, dashes and underscores between
its words also matched, or as a substring). Dropped as used (True): falconry, taxidermy, sundial, calligraphy,
bookbinding, lighthouse, typewriter repair, typewriter, pipe organ, luthier, sumo, bobsleigh, orienteering,
paragliding, gliding, skydiving, funicular, cable car, carousel, candle making, fondue, gelato, macaron, saffron,
silkworm, oyster, meteorite, fossil, igloo, treehouse, windmill, jukebox, theremin, didgeridoo, hurdy gurdy, zither,
sitar, kazoo, marimba, steelpan, gong, tuba, falafel, pierogi, baklava, churro, goulash, borscht, kimchi, natto,
mochi, tempura, samosa, haggis, ceviche, couscous, quinoa, chutney, wasabi, nougat, marzipan, fudge, toffee, snow
cone, hammock, telegraph, abseiling, zorbing, bouldering, parkour, hurling, kabaddi, sepak takraw, pelota, petanque,
boules, croquet, quoits, korfball, lacrosse, shinty, jai alai, snow globe. Unused (False), and taken: watermill,
calliope, organ tuning, tea blending, foley, stunt, tintype, gramophone, trebuchet, coasteering, sauerkraut. Also
unused, not taken: lighthouse keeping, dubbing, casting call, daguerreotype, stereoscope, bouzouki, sousaphone,
glockenspiel, licorice, rock candy, catapult, semaphore, morse code. Controls: zzzqqq and qqxjvw printed True
(earlier builders' docstrings name them as their own controls), qxzvwk and vwqzxk False. The eleven table names
(WatermillGrinds, CalliopeRestorations, OrganTunings, TeaBlendingLots, FoleySessions, StuntRehearsals,
TintypePortraits, GramophoneRepairs, TrebuchetTrials, CoasteeringTrips, SauerkrautCrocks) were also asked (all
False); that no set file's `Table` field holds them is checked by the table test module (passed).

Styles (the second tag, after the naming, as table_sets and the table test module want it; table_sets.STYLES is the
earlier table sets', this set has its own): `annotator`, the benchmark annotators' imperative lines ("Highlight X in
sheet T.", "On the T sheet, apply a fill to X.", "Sheet T: shade X.", "Conditional format for T: colour X.", "Add a
rule in T that flags X.", "With a yellow fill, mark X in T.", "Please tint X on T.", "In T, bold X.", "Apply
conditional formatting in sheet T to X."); `forum`, a forum question, with the column letter (always the true column
of the table placed at A1) when it names the column by its header, and none when it names the rows by a value or by
what the date means ("How do I highlight X in my T sheet? It's column L.", "In my T sheet, column L is H. I want to
colour X. How?", "Newbie here. T sheet, column L: can I shade X?", "Can conditional formatting do this? In T (column
L), flag X.", "Quick one: T, column L -- how to mark X?", "Trying to set up T. Want to tint X. That's column L. Any
ideas?", "Is there a way to highlight X in T? The header is in column L.", "Help please -- T sheet, column L. I'd
like to color X."); four new here: `screenplay`, the request inside a film or TV script ("SCENE s. INT. PLACE -
NIGHT. CHAR squints at the T sheet. CHAR: Highlight X.", "FADE IN: EXT. PLACE - DAWN. CHAR (whispering): In T, shade
X. CUT TO:", "CHAR (V.O.): Page p. The T sheet. Somebody has to colour X.", "INT. PLACE - CONTINUOUS. CHAR types.
CHAR: Flag X in T. (beat) That's all.", "Script p. p, sc. s -- CHAR: On T, mark X. CHAR2: Done. CUT TO:", "EXT.
PLACE - DUSK. CHAR slams the binder shut. CHAR: (quietly) Tint X on T. FADE OUT.", "CHAR: The T sheet. CHAR2: What
about it? CHAR: (beat) Bold X. Scene s." (split over two turns), "Highlight X in T -- that's the line CHAR says
(V.O.), scene s, page p." (request first), "INT. PLACE - NIGHT. A laptop glows. CHAR: Okay, T. Color X. SMASH CUT
TO:"); `prescription`, a prescription or pharmacy label ("Rx #r | Patient: NAME | Sig: in T, highlight X. Refills:
f", "Dr. NAME, Rx #r. Take t tablets (d mg) every h hours. Also shade X in T.", "Sig: colour X on T. Qty: q.
Refills: f. Dispense as written.", "PHARMACY LABEL -- NAME -- T: flag X. d mg, Qty q, Rx #r.", "Prescription for the
T sheet (Dr. NAME): mark X. Take v ml at bedtime.", "Rx #r, NAME. Sig: tint X in T. Dispense as written, no
substitutions.", "Take t capsules with food. Qty: q. Note from Dr. NAME: in T, bold X.", "T -- Rx #r -- Sig:
highlight X. Take d mg every h hours.", "Refill request for NAME: please color X in T. Qty: q, d mg, Refills: f.");
`navigation`, turn-by-turn directions ("In m m, turn left onto STREET. Then, in T, highlight X.", "Take exit e
toward T: colour X. Arrive in n min.", "Recalculating... Continue for k miles on the ROAD. Destination T: shade X.",
"Head north on Route r for k miles, then flag X in T.", "At the roundabout, take the second exit onto STREET. In T,
mark X. Arrive in n min.", "Your destination, T, is on the right. Tint X. Trip: k miles, n min.", "In m m, keep
right for exit e. Arriving at T: highlight X.", "Recalculating... In m m, make a U-turn. At T, bold X.", "Rerouting
via the ROAD, n min faster. Then on T: color X."); `classified`, a newspaper or website classified ad ("FOR SALE: T
spreadsheet, y model. Buyer must highlight X. $p ono.", "WANTED: someone to shade X in T. Pays $p. Call 555-0nn
after h.", "LOST: the rule that colours X on my T sheet. Reward $p. (box b)", "FOR SALE: y hatchback, k miles, $p
ono. Also wanted: flag X in T.", "WANTED -- T tidy-up: mark X. Pick-up only. Call 555-0nn.", "Classifieds, box b:
tint X in the T sheet. $p or best offer.", "SERVICES: will color X in T for $p. Call 555-0nn after h, no
time-wasters.", "FREE to good home: one T sheet. Condition: bold X. Pick-up only. (box b)", "WANTED: in T, highlight
X. Genuine replies only, $p offered. Call 555-0nn."). Each style has eight or nine frames for a column named by its
header, three for rows named by value or date meaning and three for the visual rules ("Apply V in sheet T.", "CHAR
(pointing): Add V in T. Scene s.", "PHARMACY LABEL -- NAME: T gets V. Qty q.", "Take exit e for T and put V there.
Arrive in n min.", "Classifieds, box b: T needs V. Pick-up only.", ...); by a program over the drafts, every header
frame of every style is used, and 12 to 15 frames in all per style (classified: two by-name frames and one visual
frame drew no draft). Inside a frame the object varies too (four cell forms: "every H cell that ... (just the
cells)", "each H value that ... (the cell only)", "any cell in H that ... (only that cell)", "any H cell that ...
(cells only, not the rows)"; four row forms: "the whole row wherever H ...", "the entire row of each grind whose H
...", "full rows for grinds where H ...", "the complete row of any grind whose H ..."), and the condition is said in
three ways per function. The scene and page numbers, Rx numbers, doses, quantities, refills, tablets, hours and
millilitres, distances, exits, miles, minutes, route and road numbers (A, B and M roads), prices, phone numbers
(555-0nn), hours, years, mileages and box numbers are drawn by a stable hash and checked by the program (every
number of the frame, its fixed 555 included, once the object and visual format are taken out) to hold no number
equal to a figure of the rule (thresholds, bounds, n, p, the 7 of Last7Days) and no number twice, else up to six
other draws, else another wording; no frame says today, tomorrow, yesterday, week or month, names a day or a month,
or says "days" (only the condition phrases of the date rules speak of dates). The brief's own examples were not used
as requests.

How the requests were written: E35t wrote, in /tmp/e35t/phrases.py, for each function three condition phrases after
a singular subject ("is greater than a", "is a or more", "does not go above a", "is between a and b inclusive",
"lies outside a to b inclusive", "is strictly between a and b", "falls short of a or goes past b", "is something
other than 's'", "lacks the letters 's'", "has 's' as its last letters", "is among the n highest in the column",
"falls in the lowest p% of the column", "beats the average of the column", "shows up twice or more in the column",
"has nothing in it", "shows an error such as #N/A", "is one of the last 7 days counting today", "falls in the
previous calendar week", "is within next month", ...), noun phrases for the rows named by a value ("the 'Spelt'
grinds", "the grinds marked 'Spelt'", "every 'Spelt' grind", "all grinds except the 'Rye' ones", "the non-'Rye'
grinds", "the grinds other than the 'Rye' ones") or by what the date means ("tomorrow's grinds", "the grinds of the
previous calendar week", "the grinds of the last 7 days (today included)"), three row wrappers for them ("the whole
rows of ...", "full rows for ...", "every row belonging to ..."), the visual formats ("a colour scale on H", "a
color scale across the H cells", "a colour gradient scale over H", "data bars in H", "in-cell data bars on H", "a
data bar for each H value", "an icon set on H", "a set of icons in H", "icons (an icon set) across H") and the
frames per style above; the program (/tmp/e35t/gen.py) picks a naming (by-value for about three in four TextEquals
and NOT drafts, by-meaning for about a third of the periods, by hash), a style (in turn over each table's drafts,
the table's place shifting the start), a frame, an object form, the phrases and the frame's numbers by stable hashes
of the table and the function, the scope by the same hash (cells for the visual rules; rows for every request naming
the rows by value or meaning; else about half each), and the literal: the first candidate of the column's own values
(numbers nearest the median first, bounds near the quartiles, words of four letters or more of the notes, the
category values in an order rotated by hash, fragments of two or three letters that some but not all categories
hold, prefixes and suffixes of two or three letters of the names, n of 3, 2, 4, 5 and p of 20, 25, 30, 10, 15, 40)
for which everyday_tables' `problems` finds nothing on the full table, no column letter but the rule's is named, the
frame's numbers pass the check above, and the request is in no other set file nor the train split. The entries below
are that program's output, frozen (written by /tmp/e35t/assemble.py, which also wraps long requests over string
lines at spaces and checks the line length); nothing was reworded by hand. Decided before the first run of gen.py
and written in it (`all_drafts`): a function whose drafts fall in one half only has its last draft drawn again (salt
"second1", "second2", ..., style by hash) until that draft falls in the other half; the runs printed only how many
drafts it redrew (3 in the first two runs, then 1), never which. Before the first build the phrases and frames were
changed three times, each time for grammar or clarity and each time drawing every draft again (the literals stayed;
a changed wording gives a new ID and so perhaps a new half): after reading drafts 0 to 114 (the cell form "the H
cells that ..." with a singular verb; Between, NotBetween and Last7Days phrases ending in a comma clause that a
following "in T" made ambiguous; "falls on today/tomorrow/yesterday"; "a OrganTunings sheet"; "Take 1 tablets"; a
navigation frame ending in "there"), after drafts 115 to 239 (the cell form "..., cells only, not the rows" followed
by the sheet name, bracketed instead), and after drafts 240 to 340 ("Continue for 1 miles": miles now 1.5 to 12.5);
the changed drafts were not all read again. No split was printed in any of these printouts.

Requests keep Excel's semantics: comparisons other than LessThan, LessThanEqual and Between are only on the two
number columns that hold no text (E, and F, which holds one "" blank; NotEquals, NotBetween, AND and OR, which a
blank read as 0 could meet, only on E), LessThan, LessThanEqual and Between on E or the column with a text cell (G),
the visual rules on G, the error and errors-not rules, TopPercent and BelowAverage on the column with an error and a
blank (H), the other ranks and AboveAverage on E, Blanks and NotBlanks on the notes (both "" and a lone space " "),
TextEquals, NOT and TextNotContains on the category, TextContains on the notes, TextStartsWith, TextEndsWith,
Duplicates and Unique on the names, date periods on the date column (D).

What its author read, every command that printed anything: `date -u` (at the start, 03:05:22, and about twelve times
while working and at the end) with `cat` of /work/team/brief35.md (the brief); the anchored `grep -n` of
thirtyfourth_tables.py's top-level names and main block and its `wc -l` (1447); an `awk` printing
thirtyfourth_tables.py from line 1 up to the line before `TABLES = {}` (its docstring, imports, constants and helper
code); an `awk` of its lines 1420 to 1447 printing each line's number, length and first two characters; `sed -n
1440,1447p` of it (the closing bracket, the bind and the main block) with `wc -l` of the files the brief lets one
read; `cat` of table_sets.py, tests/benchmarks/test_table_sets_data.py, tests/benchmarks/set_files.py,
everyday_common.py (the tool cut about 37 lines from its middle) and ../shared/docs/CF_RULES.md; the first 12,000
characters of benchmarks/data/README.md, each line cut to 400 characters (its rows up to sixth_cf); the signatures
(inspect.signature) of everyday_tables' `build_record` and `problems`, nothing of their code, with parse/to_text on
20 made-up rules for the canonical spelling and counts of the set files (75) and Python files (78) in
benchmarks/data; /tmp/e35t/domcheck.py (three runs, True/False per word; the third asked the table names) with an
`ls | grep -c thirtyfifth` of benchmarks/data (2; see Slips); /tmp/e35t/tables.py (first a ValueError, a column grid
too small; then each table's row count, column count and widest line: one over 120, so two headers were shortened,
then at most 117); a check that phrases.py loads (38 functions with condition phrases; 9 or 8, 3 and 3 frames per
style); /tmp/e35t/gen.py (an IndexError at first, then "341 drafts; no passing literal: []; repeated: 0; redrawn for
halves: N", four times: 3, 3, 1, 1); printouts of this set's own drafts (index, style, scope, naming, rule and
request; no split in them), all before the first build: drafts 0 to 114, then 115 to 239, then 240 to 340, each
after the phrase change before it; a program printing the drafts per style, the frames used per style, the count of
"1 miles"-like slips (0) and the longest request (185 characters), and one printing the three classified frames that
drew no draft; /tmp/e35t/assemble.py ("341 drafts; lines over 120 or trailing space: 0; widest 119") and a check
that the builder's TABLES and ENTRIES are the tables and drafts and its OTHER_SETS count ("True True 75"); the first
build (`python benchmarks/data/thirtyfifth_tables.py`, output to a file, rc=0 and its first two lines: the record,
split, whole-row and header-only counts); the program that edited the table test module (it printed "1" five times,
one per replacement, and "widest 116") and `grep -c` of "thirtyfifth" in it (5); `python -m pytest -q
tests/benchmarks/test_table_sets_data.py -k thirtyfifth` (8 passed); a program printing this set's counts by split,
scope, naming, style and tag, its header-only records per half and the number of functions per half (41 and 41),
with the per-style lines of the build's output (see Slips); the program that put the README row in (it printed that
it found one thirtyfourth_tables row and no thirtyfifth_tables row, and "inserted") and a `tail -c 1 | xxd` of
README (its final newline); `python -m pytest -q` of tests/benchmarks/test_table_sets_data.py and
tests/benchmarks/test_sets_are_the_projects_own.py (output to a file; its last lines: 326 passed); this docstring
written by assemble.py, the builder rebuilt and `cmp` against a copy of the first build's file, its widest line;
`git status --short` (file names only); the set's own tests run again.

Slips: (1) the `ls | grep -c thirtyfifth` of benchmarks/data, run before this set's files existed, told that two
files of the other engineer were there (their names were not printed; nothing of them was opened; the builder
compares with any set file beside it by program only). (2) the counts printed after the first build include, per
half, the records, the header-only records (dev 46, test 63) and the records of each style (the builder's own `per
style` lines); no draft was reworded, added or dropped after the build (the pre-decided redraw rule had already put
every function in both halves). (3) gen.py's count of drafts redrawn for halves (3, then 1) told that some function
had fallen in one half in those runs, not which; that rule was written before the first run and is the program's
own. The README row was written once, with the counted figures. Scratch files were kept in /tmp/e35t; nothing of
another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; everyday_tables.py (called as table_sets calls it,
`build_record(table, entry, tables=, prefix=)` and `problems(record, rule)`; its code and docstrings not printed);
`git log`, `git show`, `git diff` (never run); ../shared/docs/EVALUATION.md and ../shared/data (the train split is
compared by program only); tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of
the other builders; README.md past its first 12,000 characters (but this set's own row, written by program); the
other files of /work/team; thirtyfifth_cf.py and thirtyfifth_cf.json (written beside this set by engineer E35c); the
utterances or tables of any JSON file (compared with this set's by program only, never printed; the domain check
read their `Table` fields and printed True/False only). No request was run through `cfa suggest`, `cfa bench` or a
model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as fifth_tables.py to
thirtyfourth_tables.py do: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows ("the whole row", "the entire row", "full rows", "the
complete row", "the whole rows of", "every row belonging to"), "cells" otherwise ("just the cells", "the cell only",
"only that cell", "cells only, not the rows", a visual rule); `naming` says how the request names the tested column:
`by-header` (its header as written, or its letter), `by-meaning` (the rows by what the date means: "tomorrow's
grinds") or `by-value` (only values of it: "the 'Spelt' grinds", "the grinds other than the 'Rye' ones"). Each rule
tests one column. Every record is first built and checked on its full table (everyday_tables' `build_record` with
IDs prefixed `t35t-`; its `problems`: a record that formats no row or every row, whose near misses its table cannot
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
comparison's threshold and every Between bound is a value of its column. Each table leaves out eight of the 31
functions that are not date periods and two of the ten periods, in turn (table k leaves out the functions 8k to 8k+7
and the periods 2k and 2k+1 of a fixed order, mod 31 and 10): 31 records a table.

Tags: the naming, the style, then any of `boundary` (GreaterThanEqual, LessThanEqual, Between, NotBetween),
`negation` (NotEquals, NotBetween, TextNotContains, NotBlanks, NotErrors, NOT), `or`, `superlative` (the four
ranks), `starts-ends`, `date`, then `header-only` where the rows were dropped, then `thirtyfifth` (last). Every one
of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/thirtyfifth_tables.py` prints them): 341 records, dev 174 / test 167; 11 tables
of 10 columns and 14 data rows each (31 records a table); 109 header-only records (32%; dev 46, test 63); scope rows
180 (53%) / cells 161; naming by-header 306, by-meaning 22, by-value 13 (10% not by header); styles annotator 58
(dev 28, test 30), screenplay 57 (33, 24), prescription 57 (21, 36), navigation 57 (33, 24), classified 57 (26, 31),
forum 55 (33, 22); tags date 88, negation 49, boundary 32, superlative 32, starts-ends 16, or 9; every one of the 41
top functions in both halves (the builder prints each function's dev and test counts). Tests:
tests/benchmarks/test_table_sets_data.py and tests/benchmarks/test_sets_are_the_projects_own.py run together: 326
passed (8 of them this set's, `-k thirtyfifth`: 8 passed), before this docstring, and this set's again after it and
the final rebuild.

Rebuild: `python benchmarks/data/thirtyfifth_tables.py` (prints the counts per split, table, scope, naming, style,
tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtyfifth_tables.json"
PREFIX = "t35t"
TAG = "thirtyfifth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: a film or TV script (scene headings, character
# cues, parentheticals, scene and page numbers), a prescription or pharmacy label (Rx numbers, doses,
# quantities, refills), turn-by-turn directions (distances, exits, minutes, road numbers) and a
# classified ad (prices, phone numbers, years, mileage, box numbers); none of those numbers is one of the
# rule's figures, and none repeats another number of its request.
STYLES = ("annotator", "forum", "screenplay", "prescription", "navigation", "classified")
# The requests of every other set file in this folder (these 75 at the time of writing,
# and any written since, e.g. thirtyfifth_cf.json, written at the same time by another engineer)
# and of the benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ('annotator_tables.json', 'eighteenth_cf.json', 'eighteenth_tables.json', 'eighth_cf.json',
              'eighth_tables.json', 'eleventh_cf.json', 'eleventh_tables.json', 'everyday_cf.json',
              'everyday_tables.json', 'fifteenth_cf.json', 'fifteenth_tables.json', 'fifth_cf.json',
              'fifth_tables.json', 'forum_tables.json', 'fourteenth_cf.json', 'fourteenth_tables.json',
              'fourth_cf.json', 'fourth_tables.json', 'fresh_cf.json', 'fresh_tables.json', 'nineteenth_cf.json',
              'nineteenth_tables.json', 'ninth_cf.json', 'ninth_tables.json', 'plain_cf.json', 'posts_tables.json',
              'seventeenth_cf.json', 'seventeenth_tables.json', 'seventh_cf.json', 'seventh_tables.json',
              'sixteenth_cf.json', 'sixteenth_tables.json', 'sixth_cf.json', 'sixth_tables.json', 'spoken_cf.json',
              'template_tables.json', 'tenth_cf.json', 'tenth_tables.json', 'third_cf.json', 'third_tables.json',
              'thirteenth_cf.json', 'thirteenth_tables.json', 'thirtieth_cf.json', 'thirtieth_tables.json',
              'thirtyfirst_cf.json', 'thirtyfirst_tables.json', 'thirtyfourth_cf.json', 'thirtyfourth_tables.json',
              'thirtysecond_cf.json', 'thirtysecond_tables.json', 'thirtythird_cf.json', 'thirtythird_tables.json',
              'twelfth_cf.json', 'twelfth_tables.json', 'twentieth_cf.json', 'twentieth_tables.json',
              'twentyeighth_cf.json', 'twentyeighth_tables.json', 'twentyfifth_cf.json', 'twentyfifth_tables.json',
              'twentyfirst_cf.json', 'twentyfirst_tables.json', 'twentyfourth_cf.json', 'twentyfourth_tables.json',
              'twentyninth_cf.json', 'twentyninth_tables.json', 'twentysecond_cf.json', 'twentysecond_tables.json',
              'twentyseventh_cf.json', 'twentyseventh_tables.json', 'twentysixth_cf.json', 'twentysixth_tables.json',
              'twentythird_cf.json', 'twentythird_tables.json', 'web_cf.json')

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); amounts sit under a currency
# header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.
TABLES = {}
ENTRIES = {}


TABLES["WatermillGrinds"] = _table("""
Grind | Miller | Grain | Ground On | Sacks | Flour (kg) | Price (NOK) | Fineness | Organic? | Notes
WM-402 | Moberg | Rye | 2024-06-11 | 37 | 142.5 | 310 | 83 | Yes | belt slipped; sacks restitched
WM-180 | Ostrander | Barley | 2024-06-12 | 8 | 107.5 | 680 | 67 | Yes | sluice opened; stones dressed
WM-446 | Lindqvist | Rye | 2024-06-13 | 36 | 70 | barter | 87 | Yes | stones dressed; extra bran
WM-425 | Dahlby | Emmer | 2024-06-10 | 48 | 92.5 | 330 | _ | No | stones dressed; sacks restitched
WM-594 | Rudberg | Spelt | 2024-06-15 | 56 | _ | 230 | 36 | Yes | belt slipped; fine sieve
WM-403 | Brekke | Spelt | 2024-06-04 | 55 | 65 | 650 | 90 | No | stones dressed; belt slipped
WM-342 | Aasen | Barley | 2024-06-07 | 53 | 147.5 | 190 | 52 | Yes | wheel slowed; extra bran
WM-772 | Brekke | Rye | 2024-06-18 | 26 | 85 | 830 | 25 | Yes | sluice opened; stones dressed
WM-625 | Halvorsen | Spelt | 2024-06-27 | 57 | 130 | 800 | 42 | No | _
WM-239 | Rudberg | Spelt | 2024-05-20 | 32 | 115 | 270 | 60 | No | damp chute; wheel slowed
WM-774 | Veum | Rye | 2024-05-03 | 34 | 40 | 860 | 55 | Yes | sacks restitched; wheel slowed
WM-257 | Solheim | Emmer | 2024-07-03 | 11 | 120 | 780 | 37 | No | ~
WM-432 | Kvamme | Barley | 2024-07-25 | 25 | 55 | 570 | #DIV/0! | No | sluice opened; extra bran
WM-184 | Tveit | Emmer | 2024-03-08 | 45 | 112.5 | 170 | 96 | Yes | fine sieve; extra bran
""")
ENTRIES["WatermillGrinds"] = [
    ("Apply conditional formatting in sheet WatermillGrinds to the whole row wherever Grain has no 'mm' anywhere in "
     'it.',
     'TextNotContains({Grain}, "mm")', 'rows', 'by-header', 'annotator', 'negation'),
    ("Quick one: WatermillGrinds, column B -- how to mark any cell in Miller that starts with 'Ha' (only that cell)?",
     'TextStartsWith({Miller}, "Ha")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ("Highlight every Miller cell that ends with 'en' (just the cells) in WatermillGrinds -- that's the line OTTO "
     'says (V.O.), scene 18, page 82.',
     'TextEndsWith({Miller}, "en")', 'cells', 'by-header', 'screenplay', 'starts-ends'),
    ('Refill request for S. Petrov: please color the entire row of each grind whose Sacks is in the inclusive range '
     '26 to 53 in WatermillGrinds. Qty: 47, 40 mg, Refills: 5.',
     'Between({Sacks}, 26, 53)', 'rows', 'by-header', 'prescription', 'boundary'),
    ('Recalculating... Continue for 12 miles on the M79. Destination WatermillGrinds: shade every Sacks cell that is '
     'outside the inclusive range 26 to 53 (just the cells).',
     'NotBetween({Sacks}, 26, 53)', 'cells', 'by-header', 'navigation', 'boundary', 'negation'),
    ('FOR SALE: 1970 hatchback, 130000 miles, $510 ono. Also wanted: flag every Sacks cell that is among the 3 '
     'highest in the column (just the cells) in WatermillGrinds.',
     'Top({Sacks}, 3)', 'cells', 'by-header', 'classified', 'superlative'),
    ('In WatermillGrinds, bold any Sacks cell that is among the 3 lowest in the column (cells only, not the rows).',
     'Bottom({Sacks}, 3)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('Is there a way to highlight every Fineness cell that falls in the highest 20% of the column (just the cells) '
     'in WatermillGrinds? The header is in column H.',
     'TopPercent({Fineness}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('INT. WAREHOUSE OFFICE - NIGHT. A laptop glows. RUFUS: Okay, WatermillGrinds. Color each Sacks value that is in '
     "the column's bottom 20 percent (the cell only). SMASH CUT TO:",
     'BottomPercent({Sacks}, 20)', 'cells', 'by-header', 'screenplay', 'superlative'),
    ('Sig: colour the complete row of any grind whose Sacks beats the average of the column on WatermillGrinds. Qty: '
     '30. Refills: 2. Dispense as written.',
     'AboveAverage({Sacks})', 'rows', 'by-header', 'prescription'),
    ('In 300 m, turn left onto Kings Parade. Then, in WatermillGrinds, highlight the whole row wherever Fineness is '
     "below the column's average.",
     'BelowAverage({Fineness})', 'rows', 'by-header', 'navigation'),
    ('WANTED: in WatermillGrinds, highlight the whole row wherever Miller is repeated somewhere in the column. '
     'Genuine replies only, $840 offered. Call 555-0197.',
     'Duplicates({Miller})', 'rows', 'by-header', 'classified'),
    ('In WatermillGrinds, bold any cell in Miller that is never repeated in the column (only that cell).',
     'Unique({Miller})', 'cells', 'by-header', 'annotator'),
    ('Newbie here. WatermillGrinds sheet, column J: can I shade any cell in Notes that is blank (only that cell)?',
     'Blanks({Notes})', 'cells', 'by-header', 'forum'),
    ("Highlight the whole row wherever Notes holds some text in WatermillGrinds -- that's the line LENA says (V.O.), "
     'scene 132, page 114.',
     'NotBlanks({Notes})', 'rows', 'by-header', 'screenplay', 'negation'),
    ('Dr. Dlamini, Rx #65372. Take 3 tablets (25 mg) every 8 hours. Also shade full rows for grinds where Fineness '
     'contains an error value in WatermillGrinds.',
     'Errors({Fineness})', 'rows', 'by-header', 'prescription'),
    ('Head north on Route 17 for 5 miles, then flag every Fineness cell that holds no error value (just the cells) '
     'in WatermillGrinds.',
     'NotErrors({Fineness})', 'cells', 'by-header', 'navigation', 'negation'),
    ('FOR SALE: WatermillGrinds sheet with a colour scale on Price (NOK). $820 ono.',
     'ColorScale({Price (NOK)})', 'cells', 'by-header', 'classified'),
    ('Sheet WatermillGrinds: add in-cell data bars on Price (NOK).',
     'DataBar({Price (NOK)})', 'cells', 'by-header', 'annotator'),
    ('Quick one: WatermillGrinds, column G -- how do I get a set of icons in Price (NOK)?',
     'IconSet({Price (NOK)})', 'cells', 'by-header', 'forum'),
    ('SCENE 14. INT. MILL LOFT - NIGHT. BARNABY squints at the WatermillGrinds sheet. BARNABY: Highlight the whole '
     'row wherever Sacks is greater than 26 and less than 53.',
     'AND(GreaterThan({Sacks}, 26), LessThan({Sacks}, 53))', 'rows', 'by-header', 'screenplay'),
    ('Take 4 capsules with food. Qty: 104. Note from Dr. Eastwood: in WatermillGrinds, bold full rows for grinds '
     'where Sacks is below 26 or above 53.',
     'OR(LessThan({Sacks}, 26), GreaterThan({Sacks}, 53))', 'rows', 'by-header', 'prescription', 'or'),
    ("Recalculating... Continue on Route 27, then shade every row belonging to the grinds other than the 'Emmer' "
     'ones in WatermillGrinds.',
     'NOT(TextEquals({Grain}, "Emmer"))', 'rows', 'by-value', 'navigation', 'negation'),
    ("WANTED: in WatermillGrinds, highlight every Ground On cell that falls on tomorrow's date (just the cells). "
     'Genuine replies only, $390 offered. Call 555-0104.',
     'Tomorrow({Ground On})', 'cells', 'by-header', 'classified', 'date'),
    ('In WatermillGrinds, bold any Ground On cell that is one of the last 7 days counting today (cells only, not the '
     'rows).',
     'Last7Days({Ground On})', 'cells', 'by-header', 'annotator', 'date'),
    ('Trying to set up WatermillGrinds. Want to tint full rows for grinds where Ground On is in this calendar week. '
     "That's column D. Any ideas?",
     'ThisWeek({Ground On})', 'rows', 'by-header', 'forum', 'date'),
    ("SCENE 24. INT. FARM KITCHEN - NIGHT. HUGO: In WatermillGrinds, highlight full rows for last week's grinds. "
     '(beat)',
     'LastWeek({Ground On})', 'rows', 'by-meaning', 'screenplay', 'date'),
    ('Rx #60851 | J. Lindgren | Sig: in WatermillGrinds, highlight every row belonging to the grinds of the next '
     'calendar week. Refills: 3',
     'NextWeek({Ground On})', 'rows', 'by-meaning', 'prescription', 'date'),
    ("Take exit 51. Destination WatermillGrinds: colour full rows for this month's grinds.",
     'ThisMonth({Ground On})', 'rows', 'by-meaning', 'navigation', 'date'),
    ('LOST: a rule in WatermillGrinds that shades full rows for the grinds of the previous calendar month. Reward '
     '$715. No time-wasters.',
     'LastMonth({Ground On})', 'rows', 'by-meaning', 'classified', 'date'),
    ('Add a rule in WatermillGrinds that flags any Ground On cell that is in next calendar month (cells only, not '
     'the rows).',
     'NextMonth({Ground On})', 'cells', 'by-header', 'annotator', 'date'),
]


TABLES["CalliopeRestorations"] = _table("""
Job | Restorer | Maker | Booked On | Whistles | Pressure (psi) | Quote (CAD) | Tone Score | Playable? | Remarks
CR-481 | Castellano | Artizan | 2024-06-12 | 54 | 63.5 | 2450 | 43 | Yes | ~
CR-555 | Gallagher | Wurlitzer | 2024-06-13 | 51 | 73.5 | 1350 | _ | No | paint touched; needs tuning
CR-884 | Castellano | Wurlitzer | 2024-06-10 | 15 | 74.5 | 4700 | 57 | Yes | brass polished; cracked reed
CR-673 | Ferreira | Artizan | 2024-06-15 | 31 | 84 | 1000 | 22 | No | paint touched; cracked reed
CR-221 | Pemberton | Tangley | 2024-06-04 | 45 | 31 | 2400 | 35 | Yes | valves reseated; new roll
CR-276 | Dumont | Stoddard | 2024-06-07 | 28 | 83 | 1150 | 21 | Yes | leaky bellows; boiler checked
CR-283 | Ingram | Wurlitzer | 2024-06-18 | 55 | 29 | waived | 98 | No | leaky bellows; brass polished
CR-312 | Orlov | Stoddard | 2024-06-27 | 25 | 63 | 2200 | #VALUE! | Yes | cracked reed; valves reseated
CR-197 | Fairweather | Tangley | 2024-05-20 | 42 | 48 | 4000 | 28 | No | paint touched; valves reseated
CR-496 | Quist | Stoddard | 2024-05-03 | 33 | 30 | 850 | 44 | Yes | needs tuning; paint touched
CR-913 | Abernathy | Artizan | 2024-07-03 | 39 | 94.5 | 3500 | 90 | Yes | _
CR-308 | Jurado | Tangley | 2024-07-25 | 18 | 47 | 5000 | 56 | Yes | needs tuning; valves reseated
CR-763 | Hollis | Tangley | 2024-03-08 | 53 | 44.5 | 3650 | 46 | No | needs tuning; paint touched
CR-101 | Orlov | Wurlitzer | 2024-06-11 | 36 | _ | 2300 | 91 | No | brass polished; valves reseated
""")
ENTRIES["CalliopeRestorations"] = [
    ('SERVICES: will color the complete row of any restoration whose Pressure (psi) exceeds 63 in '
     'CalliopeRestorations for $165. Call 555-0109 after 4, no time-wasters.',
     'GreaterThan({Pressure (psi)}, 63)', 'rows', 'by-header', 'classified'),
    ('With a yellow fill, mark the entire row of each restoration whose Whistles is at least 39 in '
     'CalliopeRestorations.',
     'GreaterThanEqual({Whistles}, 39)', 'rows', 'by-header', 'annotator', 'boundary'),
    ('Is there a way to highlight the entire row of each restoration whose Quote (CAD) is less than 2400 in '
     'CalliopeRestorations? The header is in column G.',
     'LessThan({Quote (CAD)}, 2400)', 'rows', 'by-header', 'forum'),
    ('SCENE 99. INT. MILL LOFT - NIGHT. OTTO squints at the CalliopeRestorations sheet. OTTO: Highlight the complete '
     'row of any restoration whose Whistles does not go above 39.',
     'LessThanEqual({Whistles}, 39)', 'rows', 'by-header', 'screenplay', 'boundary'),
    ('Refill request for E. Moreau: please color full rows for restorations where Pressure (psi) equals 63 in '
     'CalliopeRestorations. Qty: 36, 50 mg, Refills: 2.',
     'Equals({Pressure (psi)}, 63)', 'rows', 'by-header', 'prescription'),
    ('Take exit 8 toward CalliopeRestorations: colour any Whistles cell that differs from 39 (cells only, not the '
     'rows). Arrive in 38 min.',
     'NotEquals({Whistles}, 39)', 'cells', 'by-header', 'navigation', 'negation'),
    ("LOST: the rule that colours the whole row wherever Maker is exactly 'Stoddard' on my CalliopeRestorations "
     'sheet. Reward $685. (box 97)',
     'TextEquals({Maker}, "Stoddard")', 'rows', 'by-header', 'classified'),
    ("Highlight the whole row wherever Remarks contains 'checked' in sheet CalliopeRestorations.",
     'TextContains({Remarks}, "checked")', 'rows', 'by-header', 'annotator'),
    ('How do I highlight every Whistles cell that ranks in the bottom 20 percent of its values (just the cells) in '
     "my CalliopeRestorations sheet? It's column E.",
     'BottomPercent({Whistles}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('OTTO (V.O.): Page 116. The CalliopeRestorations sheet. Somebody has to colour the whole row wherever Whistles '
     'is higher than the column mean.',
     'AboveAverage({Whistles})', 'rows', 'by-header', 'screenplay'),
    ('Refill request for S. Petrov: please color the entire row of each restoration whose Tone Score falls under the '
     'column mean in CalliopeRestorations. Qty: 30, 40 mg, Refills: 5.',
     'BelowAverage({Tone Score})', 'rows', 'by-header', 'prescription'),
    ('Rerouting via the A41, 28 min faster. Then on CalliopeRestorations: color the whole row wherever Restorer '
     'appears more than once in the column.',
     'Duplicates({Restorer})', 'rows', 'by-header', 'navigation'),
    ('WANTED -- CalliopeRestorations tidy-up: mark any Restorer cell that occurs exactly once in the column (cells '
     'only, not the rows). Pick-up only. Call 555-0148.',
     'Unique({Restorer})', 'cells', 'by-header', 'classified'),
    ('Please tint the whole row wherever Remarks is left empty on CalliopeRestorations.',
     'Blanks({Remarks})', 'rows', 'by-header', 'annotator'),
    ('In my CalliopeRestorations sheet, column J is Remarks. I want to colour any Remarks cell that has anything '
     'filled in (cells only, not the rows). How?',
     'NotBlanks({Remarks})', 'cells', 'by-header', 'forum', 'negation'),
    ("Highlight each Tone Score value that contains an error value (the cell only) in CalliopeRestorations -- that's "
     'the line OTTO says (V.O.), scene 127, page 85.',
     'Errors({Tone Score})', 'cells', 'by-header', 'screenplay'),
    ('PHARMACY LABEL -- A. Whitcombe -- CalliopeRestorations: flag full rows for restorations where Tone Score holds '
     'no error value. 500 mg, Qty 103, Rx #78245.',
     'NotErrors({Tone Score})', 'rows', 'by-header', 'prescription', 'negation'),
    ('Take exit 26 for CalliopeRestorations and put a colour scale on Quote (CAD) there. Arrive in 30 min.',
     'ColorScale({Quote (CAD)})', 'cells', 'by-header', 'navigation'),
    ('Classifieds, box 62: CalliopeRestorations needs a data bar for each Quote (CAD) value. Pick-up only.',
     'DataBar({Quote (CAD)})', 'cells', 'by-header', 'classified'),
    ('Apply icons (an icon set) across Quote (CAD) in sheet CalliopeRestorations.',
     'IconSet({Quote (CAD)})', 'cells', 'by-header', 'annotator'),
    ('Can conditional formatting do this? In CalliopeRestorations (column E), flag the whole row wherever Whistles '
     'is strictly between 28 and 51.',
     'AND(GreaterThan({Whistles}, 28), LessThan({Whistles}, 51))', 'rows', 'by-header', 'forum'),
    ("Highlight any cell in Whistles that is below 28 or above 51 (only that cell) in CalliopeRestorations -- that's "
     'the line BARNABY says (V.O.), scene 138, page 33.',
     'OR(LessThan({Whistles}, 28), GreaterThan({Whistles}, 51))', 'cells', 'by-header', 'screenplay', 'or'),
    ("Sig: colour the whole rows of the restorations other than the 'Artizan' ones in CalliopeRestorations. 5 mg. "
     'Dispense as written.',
     'NOT(TextEquals({Maker}, "Artizan"))', 'rows', 'by-value', 'prescription', 'negation'),
    ("Rerouting via the M88, 41 min faster. Then on CalliopeRestorations: color every Booked On cell that is today's "
     'date (just the cells).',
     'Today({Booked On})', 'cells', 'by-header', 'navigation', 'date'),
    ('LOST: a rule in CalliopeRestorations that shades full rows for the restorations dated yesterday. Reward $615. '
     'No time-wasters.',
     'Yesterday({Booked On})', 'rows', 'by-meaning', 'classified', 'date'),
    ('In CalliopeRestorations, bold full rows for restorations where Booked On is in this calendar week.',
     'ThisWeek({Booked On})', 'rows', 'by-header', 'annotator', 'date'),
    ('How do I highlight each Booked On value that falls in the previous calendar week (the cell only) in my '
     "CalliopeRestorations sheet? It's column D.",
     'LastWeek({Booked On})', 'cells', 'by-header', 'forum', 'date'),
    ("FADE IN: OTTO studies the CalliopeRestorations tab. OTTO: Flag every row belonging to next week's "
     'restorations. CUT TO:',
     'NextWeek({Booked On})', 'rows', 'by-meaning', 'screenplay', 'date'),
    ('Prescription for the CalliopeRestorations sheet (Dr. Eastwood): mark each Booked On value that is in this '
     'calendar month (the cell only). Take 15 ml at bedtime.',
     'ThisMonth({Booked On})', 'cells', 'by-header', 'prescription', 'date'),
    ('In 150 m, keep right for exit 51. Arriving at CalliopeRestorations: highlight each Booked On value that is in '
     'last calendar month (the cell only).',
     'LastMonth({Booked On})', 'cells', 'by-header', 'navigation', 'date'),
    ('WANTED -- CalliopeRestorations tidy-up: mark the entire row of each restoration whose Booked On is within next '
     'month. Pick-up only. Call 555-0118.',
     'NextMonth({Booked On})', 'rows', 'by-header', 'classified', 'date'),
]


TABLES["OrganTunings"] = _table("""
Visit | Tuner | Parish | Tuned On | Pipes | Hours (h) | Fee (CHF) | Pitch Score | Reed Stops? | Comments
OT-127 | Mulcahy | St Agnes | 2024-06-13 | 1043 | 6 | 155 | 57 | Yes | mixture retuned; tremulant slow
OT-654 | Imhof | Grace Chapel | 2024-06-10 | 2145 | 9.5 | 855 | 70 | No | mixture retuned; swell box stiff
OT-802 | Keane | St Brendan | 2024-06-15 | 1648 | 4.25 | 230 | 60 | Yes | pedal board creaks; cipher fixed
OT-525 | Nyberg | St Agnes | 2024-06-04 | 1051 | 8.75 | 785 | 45 | No | cipher fixed; dust in windchest
OT-216 | Lorimer | Holy Cross | 2024-06-07 | 984 | 10 | 695 | 37 | Yes | _
OT-910 | Holloway | St Agnes | 2024-06-18 | 971 | 11.25 | gratis | 34 | No | mixture retuned; tremulant slow
OT-899 | Eriksen | Holy Cross | 2024-06-27 | 1483 | 6.5 | 665 | 85 | Yes | ~
OT-967 | Keane | St Agnes | 2024-05-20 | 2361 | 11 | 530 | 38 | Yes | mixture retuned; dust in windchest
OT-144 | Eriksen | Holy Cross | 2024-05-03 | 647 | 7.25 | 575 | 93 | No | swell box stiff; cipher fixed
OT-763 | Stengel | St Brendan | 2024-07-03 | 928 | _ | 875 | 59 | Yes | pedal board creaks; swell box stiff
OT-425 | Bachmann | St Brendan | 2024-07-25 | 371 | 10.5 | 760 | #VALUE! | No | dust in windchest; mice in bellows
OT-620 | Rowntree | Grace Chapel | 2024-03-08 | 799 | 5 | 140 | _ | Yes | mixture retuned; cipher fixed
OT-364 | Pryce | Holy Cross | 2024-06-11 | 2025 | 13.75 | 620 | 28 | Yes | pedal board creaks; mixture retuned
OT-160 | Greer | Grace Chapel | 2024-06-12 | 1585 | 5.5 | 500 | 25 | Yes | mice in bellows; dust in windchest
""")
ENTRIES["OrganTunings"] = [
    ('In 250 m, turn left onto Mill Lane. Then, in OrganTunings, highlight any cell in Pipes that is greater than '
     '1051 (only that cell).',
     'GreaterThan({Pipes}, 1051)', 'cells', 'by-header', 'navigation'),
    ('WANTED: someone to shade the whole row wherever Hours (h) is 8.75 or more in OrganTunings. Pays $55. Call '
     '555-0179 after 8.',
     'GreaterThanEqual({Hours (h)}, 8.75)', 'rows', 'by-header', 'classified', 'boundary'),
    ('On the OrganTunings sheet, apply a fill to any Fee (CHF) cell that falls under 620 (cells only, not the rows).',
     'LessThan({Fee (CHF)}, 620)', 'cells', 'by-header', 'annotator'),
    ('Quick one: OrganTunings, column E -- how to mark the entire row of each tuning whose Pipes does not go above '
     '1051?',
     'LessThanEqual({Pipes}, 1051)', 'rows', 'by-header', 'forum', 'boundary'),
    ("Highlight full rows for tunings where Pipes is exactly 1051 in OrganTunings -- that's the line OTTO says "
     '(V.O.), scene 136, page 106.',
     'Equals({Pipes}, 1051)', 'rows', 'by-header', 'screenplay'),
    ('Rx #71743 | Patient: E. Moreau | Sig: in OrganTunings, highlight every Pipes cell that is anything other than '
     '1051 (just the cells). Refills: 1',
     'NotEquals({Pipes}, 1051)', 'cells', 'by-header', 'prescription', 'negation'),
    ("Recalculating... Continue on Route 55, then shade every row belonging to the 'Holy Cross' tunings in "
     'OrganTunings.',
     'TextEquals({Parish}, "Holy Cross")', 'rows', 'by-value', 'navigation'),
    ('FOR SALE: 1988 hatchback, 110000 miles, $510 ono. Also wanted: flag the complete row of any tuning whose '
     "Comments contains 'stiff' in OrganTunings.",
     'TextContains({Comments}, "stiff")', 'rows', 'by-header', 'classified'),
    ("Sheet OrganTunings: shade the whole row wherever Parish lacks the letters 'ch'.",
     'TextNotContains({Parish}, "ch")', 'rows', 'by-header', 'annotator', 'negation'),
    ("Help please -- OrganTunings sheet, column B. I'd like to color the entire row of each tuning whose Tuner "
     "starts with 'Ba'.",
     'TextStartsWith({Tuner}, "Ba")', 'rows', 'by-header', 'forum', 'starts-ends'),
    ("RUFUS: The OrganTunings sheet. IRIS: What about it? RUFUS: (beat) Bold each Tuner value that has 'nn' as its "
     'last letters (the cell only). Scene 67.',
     'TextEndsWith({Tuner}, "nn")', 'cells', 'by-header', 'screenplay', 'starts-ends'),
    ('Rx #68382 | Patient: A. Whitcombe | Sig: in OrganTunings, highlight each Fee (CHF) value that lies from 500 to '
     '760 inclusive (the cell only). Refills: 6',
     'Between({Fee (CHF)}, 500, 760)', 'cells', 'by-header', 'prescription', 'boundary'),
    ('At the roundabout, take the second exit onto Kings Parade. In OrganTunings, mark the entire row of each tuning '
     'whose Pipes is not between 928 and 1648 inclusive. Arrive in 24 min.',
     'NotBetween({Pipes}, 928, 1648)', 'rows', 'by-header', 'navigation', 'boundary', 'negation'),
    ('FREE to good home: one OrganTunings sheet. Condition: bold the entire row of each tuning whose Pipes is one of '
     "the column's 3 largest values. Pick-up only. (box 89)",
     'Top({Pipes}, 3)', 'rows', 'by-header', 'classified', 'superlative'),
    ('Please tint full rows for tunings where Pipes is among the 3 lowest in the column on OrganTunings.',
     'Bottom({Pipes}, 3)', 'rows', 'by-header', 'annotator', 'superlative'),
    ('How do I highlight the complete row of any tuning whose Pitch Score falls in the highest 20% of the column in '
     "my OrganTunings sheet? It's column H.",
     'TopPercent({Pitch Score}, 20)', 'rows', 'by-header', 'forum', 'superlative'),
    ('Script p. 55, sc. 46 -- RUFUS: On OrganTunings, mark every Pitch Score cell that holds no error value (just '
     'the cells). NELL: Done. CUT TO:',
     'NotErrors({Pitch Score})', 'cells', 'by-header', 'screenplay', 'negation'),
    ('Sig: add a colour gradient scale over Fee (CHF) on OrganTunings. Take 3 tablets of 25 mg. Dispense as written.',
     'ColorScale({Fee (CHF)})', 'cells', 'by-header', 'prescription'),
    ('In 600 m, turn left. At OrganTunings, add a data bar for each Fee (CHF) value.',
     'DataBar({Fee (CHF)})', 'cells', 'by-header', 'navigation'),
    ('FOR SALE: OrganTunings sheet with a set of icons in Fee (CHF). $395 ono.',
     'IconSet({Fee (CHF)})', 'cells', 'by-header', 'classified'),
    ('Add a rule in OrganTunings that flags any cell in Pipes that is strictly between 928 and 1648 (only that cell).',
     'AND(GreaterThan({Pipes}, 928), LessThan({Pipes}, 1648))', 'cells', 'by-header', 'annotator'),
    ('Can conditional formatting do this? In OrganTunings (column E), flag every Pipes cell that is below 928 or '
     'above 1648 (just the cells).',
     'OR(LessThan({Pipes}, 928), GreaterThan({Pipes}, 1648))', 'cells', 'by-header', 'forum', 'or'),
    ('SCENE 82. INT. MILL LOFT - NIGHT. RUFUS: In OrganTunings, highlight every row belonging to all tunings except '
     "the 'St Brendan' ones. (beat)",
     'NOT(TextEquals({Parish}, "St Brendan"))', 'rows', 'by-value', 'screenplay', 'negation'),
    ('Take 3 capsules with food. Qty: 35. Note from Dr. Alvarez: in OrganTunings, bold each Tuned On value that is '
     "today's date (the cell only).",
     'Today({Tuned On})', 'cells', 'by-header', 'prescription', 'date'),
    ('In 500 m, keep right for exit 2. Arriving at OrganTunings: highlight the complete row of any tuning whose '
     'Tuned On is dated yesterday.',
     'Yesterday({Tuned On})', 'rows', 'by-header', 'navigation', 'date'),
    ('LOST: the rule that colours each Tuned On value that is dated tomorrow (the cell only) on my OrganTunings '
     'sheet. Reward $370. (box 85)',
     'Tomorrow({Tuned On})', 'cells', 'by-header', 'classified', 'date'),
    ('Please tint the entire row of each tuning whose Tuned On is one of the last 7 days counting today on '
     'OrganTunings.',
     'Last7Days({Tuned On})', 'rows', 'by-header', 'annotator', 'date'),
    ("Trying to set up OrganTunings. Want to tint the whole row wherever Tuned On is in next calendar week. That's "
     'column D. Any ideas?',
     'NextWeek({Tuned On})', 'rows', 'by-header', 'forum', 'date'),
    ('EXT. CHAPEL VESTRY - DUSK. OTTO slams the binder shut. OTTO: (quietly) Tint the whole row wherever Tuned On '
     'falls in the current calendar month on OrganTunings. FADE OUT.',
     'ThisMonth({Tuned On})', 'rows', 'by-header', 'screenplay', 'date'),
    ('Rx #99860 | M. Castillo | Sig: in OrganTunings, highlight every row belonging to the tunings of the previous '
     'calendar month. Refills: 3',
     'LastMonth({Tuned On})', 'rows', 'by-meaning', 'prescription', 'date'),
    ('Your destination, OrganTunings, is on the right. Tint full rows for tunings where Tuned On falls in the next '
     'calendar month. Trip: 10.5 miles, 2 min.',
     'NextMonth({Tuned On})', 'rows', 'by-header', 'navigation', 'date'),
]


TABLES["TeaBlendingLots"] = _table("""
Lot | Blender | Leaf | Blended On | Tins | Leaf (kg) | Cost (JPY) | Aroma | Smoked? | Tasting
TB-960 | Aoki | Sencha | 2024-06-10 | 109 | 16.5 | 7300 | 95 | Yes | ~
TB-730 | Gurung | Assam | 2024-06-15 | 22 | 15 | 6700 | 36 | Yes | brisk cup; malty finish
TB-911 | Lhamo | Oolong | 2024-06-04 | 203 | 1 | 8000 | 13 | No | smoky tail; honey notes
TB-648 | Eshima | Oolong | 2024-06-07 | 24 | 26 | 2000 | 85 | Yes | honey notes; malty finish
TB-579 | Hatano | Assam | 2024-06-18 | 227 | _ | 7900 | 92 | Yes | smoky tail; soft tannin
TB-283 | Fernando | Sencha | 2024-06-27 | 100 | 10.5 | 8700 | 50 | No | smoky tail; citrus lift
TB-502 | Chen | Assam | 2024-05-20 | 209 | 12.5 | sample | 15 | No | grassy edge; smoky tail
TB-791 | Jayasuriya | Keemun | 2024-05-03 | 196 | 25 | 9300 | 23 | Yes | _
TB-705 | Kimura | Sencha | 2024-07-03 | 168 | 8.5 | 2300 | #REF! | Yes | citrus lift; honey notes
TB-915 | Dorji | Oolong | 2024-07-25 | 211 | 10 | 10900 | 58 | Yes | smoky tail; malty finish
TB-261 | Bhattacharya | Keemun | 2024-03-08 | 53 | 30 | 4700 | 38 | No | floral nose; soft tannin
TB-872 | Fernando | Oolong | 2024-06-11 | 201 | 12 | 7600 | 35 | No | floral nose; soft tannin
TB-902 | Iyer | Assam | 2024-06-12 | 219 | 5.5 | 17600 | 59 | Yes | smoky tail; floral nose
TB-818 | Bhattacharya | Keemun | 2024-06-13 | 104 | 22 | 14800 | _ | Yes | soft tannin; citrus lift
""")
ENTRIES["TeaBlendingLots"] = [
    ('Take 2 capsules with food. Qty: 35. Note from Dr. Fujita: in TeaBlendingLots, bold full rows for lots where '
     'Tins is no less than 196.',
     'GreaterThanEqual({Tins}, 196)', 'rows', 'by-header', 'prescription', 'boundary'),
    ('Rerouting via the M36, 54 min faster. Then on TeaBlendingLots: color the complete row of any lot whose Cost '
     '(JPY) is below 7900.',
     'LessThan({Cost (JPY)}, 7900)', 'rows', 'by-header', 'navigation'),
    ('Classifieds, box 83: tint full rows for lots where Cost (JPY) is at most 7900 in the TeaBlendingLots sheet. '
     '$500 or best offer.',
     'LessThanEqual({Cost (JPY)}, 7900)', 'rows', 'by-header', 'classified', 'boundary'),
    ('In TeaBlendingLots, bold any Tins cell that equals 196 (cells only, not the rows).',
     'Equals({Tins}, 196)', 'cells', 'by-header', 'annotator'),
    ("How do I highlight the entire row of each lot whose Tins is not equal to 196 in my TeaBlendingLots sheet? It's "
     'column E.',
     'NotEquals({Tins}, 196)', 'rows', 'by-header', 'forum', 'negation'),
    ("Highlight the entire row of each lot whose Leaf reads 'Assam' in TeaBlendingLots -- that's the line HUGO says "
     '(V.O.), scene 131, page 71.',
     'TextEquals({Leaf}, "Assam")', 'rows', 'by-header', 'screenplay'),
    ("PHARMACY LABEL -- R. Okafor -- TeaBlendingLots: flag full rows for lots where Tasting mentions 'citrus' "
     'anywhere. 50 mg, Qty 83, Rx #10728.',
     'TextContains({Tasting}, "citrus")', 'rows', 'by-header', 'prescription'),
    ("Your destination, TeaBlendingLots, is on the right. Tint full rows for lots where Leaf lacks the letters 'ol'. "
     'Trip: 8 miles, 6 min.',
     'TextNotContains({Leaf}, "ol")', 'rows', 'by-header', 'navigation', 'negation'),
    ("WANTED -- TeaBlendingLots tidy-up: mark each Blender value that begins with 'Ao' (the cell only). Pick-up "
     'only. Call 555-0170.',
     'TextStartsWith({Blender}, "Ao")', 'cells', 'by-header', 'classified', 'starts-ends'),
    ("Sheet TeaBlendingLots: shade any Blender cell that finishes with 'ki' (cells only, not the rows).",
     'TextEndsWith({Blender}, "ki")', 'cells', 'by-header', 'annotator', 'starts-ends'),
    ('Newbie here. TeaBlendingLots sheet, column E: can I shade every Tins cell that lies from 100 to 209 inclusive '
     '(just the cells)?',
     'Between({Tins}, 100, 209)', 'cells', 'by-header', 'forum', 'boundary'),
    ('EXT. ROOFTOP - DUSK. OTTO slams the binder shut. OTTO: (quietly) Tint the whole row wherever Tins is not '
     'between 100 and 209 inclusive on TeaBlendingLots. FADE OUT.',
     'NotBetween({Tins}, 100, 209)', 'rows', 'by-header', 'screenplay', 'boundary', 'negation'),
    ('Refill request for J. Lindgren: please color the whole row wherever Tins ranks in the top 3 of the column in '
     'TeaBlendingLots. Qty: 65, 500 mg, Refills: 4.',
     'Top({Tins}, 3)', 'rows', 'by-header', 'prescription', 'superlative'),
    ('Head north on Route 76 for 12 miles, then flag the complete row of any lot whose Tins ranks in the bottom 3 of '
     'the column in TeaBlendingLots.',
     'Bottom({Tins}, 3)', 'rows', 'by-header', 'navigation', 'superlative'),
    ('LOST: the rule that colours each Aroma value that ranks in the top 20 percent of its values (the cell only) on '
     'my TeaBlendingLots sheet. Reward $610. (box 54)',
     'TopPercent({Aroma}, 20)', 'cells', 'by-header', 'classified', 'superlative'),
    ('Sheet TeaBlendingLots: shade full rows for lots where Tins falls in the lowest 20% of the column.',
     'BottomPercent({Tins}, 20)', 'rows', 'by-header', 'annotator', 'superlative'),
    ("Help please -- TeaBlendingLots sheet, column E. I'd like to color any Tins cell that is higher than the column "
     'mean (cells only, not the rows).',
     'AboveAverage({Tins})', 'cells', 'by-header', 'forum'),
    ('HUGO: The TeaBlendingLots sheet. BARNABY: What about it? HUGO: (beat) Bold the complete row of any lot whose '
     'Aroma is lower than the average of the column. Scene 71.',
     'BelowAverage({Aroma})', 'rows', 'by-header', 'screenplay'),
    ('Sig: colour full rows for lots where Blender shows up twice or more in the column on TeaBlendingLots. Qty: 25. '
     'Refills: 2. Dispense as written.',
     'Duplicates({Blender})', 'rows', 'by-header', 'prescription'),
    ('Recalculating... In 800 m, make a U-turn. At TeaBlendingLots, bold full rows for lots where Blender occurs '
     'exactly once in the column.',
     'Unique({Blender})', 'rows', 'by-header', 'navigation'),
    ('SERVICES: will color each Tasting value that is left empty (the cell only) in TeaBlendingLots for $620. Call '
     '555-0183 after 5, no time-wasters.',
     'Blanks({Tasting})', 'cells', 'by-header', 'classified'),
    ('Sheet TeaBlendingLots: shade each Tasting value that holds some text (the cell only).',
     'NotBlanks({Tasting})', 'cells', 'by-header', 'annotator', 'negation'),
    ("Help please -- TeaBlendingLots sheet, column H. I'd like to color each Aroma value that holds an Excel error "
     'value (the cell only).',
     'Errors({Aroma})', 'cells', 'by-header', 'forum'),
    ('BARNABY (V.O.): Page 19. The TeaBlendingLots sheet. Somebody has to colour the entire row of each lot whose '
     "Blended On is today's date.",
     'Today({Blended On})', 'rows', 'by-header', 'screenplay', 'date'),
    ("Rx #36988 | Patient: J. Lindgren | Sig: in TeaBlendingLots, highlight any Blended On cell that is yesterday's "
     'date (cells only, not the rows). Refills: 1',
     'Yesterday({Blended On})', 'cells', 'by-header', 'prescription', 'date'),
    ("Take exit 44 toward TeaBlendingLots: colour each Blended On value that falls on tomorrow's date (the cell "
     'only). Arrive in 27 min.',
     'Tomorrow({Blended On})', 'cells', 'by-header', 'navigation', 'date'),
    ('WANTED -- TeaBlendingLots tidy-up: mark any Blended On cell that is one of the last 7 days counting today '
     '(cells only, not the rows). Pick-up only. Call 555-0175.',
     'Last7Days({Blended On})', 'cells', 'by-header', 'classified', 'date'),
    ("In TeaBlendingLots, shade the whole rows of this week's lots.",
     'ThisWeek({Blended On})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Quick one: TeaBlendingLots, column D -- how to mark each Blended On value that is within last week (the cell '
     'only)?',
     'LastWeek({Blended On})', 'cells', 'by-header', 'forum', 'date'),
    ('INT. SOUND STAGE - NIGHT. A laptop glows. IRIS: Okay, TeaBlendingLots. Color each Blended On value that falls '
     'in the previous calendar month (the cell only). SMASH CUT TO:',
     'LastMonth({Blended On})', 'cells', 'by-header', 'screenplay', 'date'),
    ('Rx #27763 | M. Castillo | Sig: in TeaBlendingLots, highlight the whole rows of the lots of the next calendar '
     'month. Refills: 1',
     'NextMonth({Blended On})', 'rows', 'by-meaning', 'prescription', 'date'),
]


TABLES["FoleySessions"] = _table("""
Session | Artist | Surface | Recorded On | Takes | Length (min) | Rate (GBP) | Sync Score | Approved? | Cues
FS-565 | Kershaw | Linoleum | 2024-06-15 | 9 | 87.5 | 650 | 68 | No | door creak; rain on canvas
FS-615 | Lightfoot | Snow | 2024-06-04 | 30 | 70 | 695 | 34 | Yes | footsteps redone; rain on canvas
FS-311 | Ibbotson | Parquet | 2024-06-07 | 21 | _ | 770 | 26 | Yes | door creak; cloth pass
FS-320 | Fenwick | Gravel | 2024-06-18 | 11 | 42.5 | 795 | #DIV/0! | Yes | rain on canvas; cloth pass
FS-200 | Ashdown | Snow | 2024-06-27 | 7 | 82.5 | 910 | _ | Yes | punch sound; rain on canvas
FS-647 | Fenwick | Parquet | 2024-05-20 | 25 | 65 | 645 | 94 | Yes | coat rustle; glass clink
FS-464 | Jarrold | Gravel | 2024-05-03 | 4 | 57.5 | 760 | 54 | Yes | rain on canvas; coat rustle
FS-969 | Birkett | Linoleum | 2024-07-03 | 24 | 32.5 | 640 | 35 | No | rain on canvas; glass clink
FS-472 | Garside | Gravel | 2024-07-25 | 37 | 55 | comped | 39 | Yes | punch sound; glass clink
FS-603 | Birkett | Linoleum | 2024-03-08 | 33 | 17.5 | 340 | 30 | Yes | door creak; key jingle
FS-424 | Elston | Parquet | 2024-06-11 | 32 | 90 | 225 | 61 | Yes | cloth pass; glass clink
FS-233 | Hurst | Parquet | 2024-06-12 | 17 | 52.5 | 495 | 98 | No | glass clink; coat rustle
FS-232 | Dearing | Gravel | 2024-06-13 | 12 | 25 | 915 | 74 | No | _
FS-622 | Cullen | Snow | 2024-06-10 | 6 | 85 | 875 | 76 | No | ~
""")
ENTRIES["FoleySessions"] = [
    ('BARNABY: The FoleySessions sheet. LENA: What about it? BARNABY: (beat) Bold full rows for sessions where Takes '
     'is above 21. Scene 9.',
     'GreaterThan({Takes}, 21)', 'rows', 'by-header', 'screenplay'),
    ("FoleySessions -- Rx #70208 -- Sig: highlight each Artist value that begins with 'As' (the cell only). Take 25 "
     'mg every 7 hours.',
     'TextStartsWith({Artist}, "As")', 'cells', 'by-header', 'prescription', 'starts-ends'),
    ('In 600 m, keep right for exit 6. Arriving at FoleySessions: highlight full rows for sessions where Artist ends '
     "with 'wn'.",
     'TextEndsWith({Artist}, "wn")', 'rows', 'by-header', 'navigation', 'starts-ends'),
    ('LOST: the rule that colours the entire row of each session whose Rate (GBP) is between 640 and 795 inclusive '
     'on my FoleySessions sheet. Reward $765. (box 96)',
     'Between({Rate (GBP)}, 640, 795)', 'rows', 'by-header', 'classified', 'boundary'),
    ('Highlight the whole row wherever Takes lies outside 9 to 30 inclusive in sheet FoleySessions.',
     'NotBetween({Takes}, 9, 30)', 'rows', 'by-header', 'annotator', 'boundary', 'negation'),
    ('Trying to set up FoleySessions. Want to tint the entire row of each session whose Takes ranks in the top 3 of '
     "the column. That's column E. Any ideas?",
     'Top({Takes}, 3)', 'rows', 'by-header', 'forum', 'superlative'),
    ('INT. BACK ROOM - NIGHT. A laptop glows. RUFUS: Okay, FoleySessions. Color the whole row wherever Takes ranks '
     'in the bottom 3 of the column. SMASH CUT TO:',
     'Bottom({Takes}, 3)', 'rows', 'by-header', 'screenplay', 'superlative'),
    ('Take 4 capsules with food. Qty: 52. Note from Dr. Chowdhury: in FoleySessions, bold the complete row of any '
     "session whose Sync Score is in the column's top 20 percent.",
     'TopPercent({Sync Score}, 20)', 'rows', 'by-header', 'prescription', 'superlative'),
    ('Your destination, FoleySessions, is on the right. Tint each Takes value that ranks in the bottom 20 percent of '
     'its values (the cell only). Trip: 4.5 miles, 55 min.',
     'BottomPercent({Takes}, 20)', 'cells', 'by-header', 'navigation', 'superlative'),
    ('LOST: the rule that colours every Takes cell that beats the average of the column (just the cells) on my '
     'FoleySessions sheet. Reward $135. (box 22)',
     'AboveAverage({Takes})', 'cells', 'by-header', 'classified'),
    ('Add a rule in FoleySessions that flags full rows for sessions where Sync Score falls under the column mean.',
     'BelowAverage({Sync Score})', 'rows', 'by-header', 'annotator'),
    ("Help please -- FoleySessions sheet, column B. I'd like to color the entire row of each session whose Artist is "
     'repeated somewhere in the column.',
     'Duplicates({Artist})', 'rows', 'by-header', 'forum'),
    ('IRIS (V.O.): Page 42. The FoleySessions sheet. Somebody has to colour the whole row wherever Artist appears '
     'only once in the column.',
     'Unique({Artist})', 'rows', 'by-header', 'screenplay'),
    ('Dr. Alvarez, Rx #75125. Take 3 tablets (500 mg) every 4 hours. Also shade each Cues value that is left empty '
     '(the cell only) in FoleySessions.',
     'Blanks({Cues})', 'cells', 'by-header', 'prescription'),
    ('Recalculating... Continue for 11 miles on the M20. Destination FoleySessions: shade any Cues cell that is not '
     'blank (cells only, not the rows).',
     'NotBlanks({Cues})', 'cells', 'by-header', 'navigation', 'negation'),
    ('FOR SALE: FoleySessions spreadsheet, 2002 model. Buyer must highlight any Sync Score cell that holds an Excel '
     'error value (cells only, not the rows). $485 ono.',
     'Errors({Sync Score})', 'cells', 'by-header', 'classified'),
    ('Conditional format for FoleySessions: colour full rows for sessions where Sync Score holds no error value.',
     'NotErrors({Sync Score})', 'rows', 'by-header', 'annotator', 'negation'),
    ('Quick one: FoleySessions, column G -- how do I get a colour scale on Rate (GBP)?',
     'ColorScale({Rate (GBP)})', 'cells', 'by-header', 'forum'),
    ('OTTO (pointing): Add data bars in Rate (GBP) in FoleySessions. Scene 60.',
     'DataBar({Rate (GBP)})', 'cells', 'by-header', 'screenplay'),
    ('PHARMACY LABEL -- M. Castillo: FoleySessions gets a set of icons in Rate (GBP). Qty 67.',
     'IconSet({Rate (GBP)})', 'cells', 'by-header', 'prescription'),
    ('Rerouting via the B77, 8 min faster. Then on FoleySessions: color the complete row of any session whose Takes '
     'is greater than 9 and less than 30.',
     'AND(GreaterThan({Takes}, 9), LessThan({Takes}, 30))', 'rows', 'by-header', 'navigation'),
    ('FREE to good home: one FoleySessions sheet. Condition: bold the whole row wherever Takes is less than 9 or '
     'greater than 30. Pick-up only. (box 34)',
     'OR(LessThan({Takes}, 9), GreaterThan({Takes}, 30))', 'rows', 'by-header', 'classified', 'or'),
    ("In FoleySessions, shade full rows for all sessions except the 'Gravel' ones.",
     'NOT(TextEquals({Surface}, "Gravel"))', 'rows', 'by-value', 'annotator', 'negation'),
    ('Is there a way to highlight any Recorded On cell that is dated today (cells only, not the rows) in '
     'FoleySessions? The header is in column D.',
     'Today({Recorded On})', 'cells', 'by-header', 'forum', 'date'),
    ('NELL (V.O.): The FoleySessions sheet, page 44. Colour the whole rows of the sessions dated yesterday.',
     'Yesterday({Recorded On})', 'rows', 'by-meaning', 'screenplay', 'date'),
    ("PHARMACY LABEL -- S. Petrov -- FoleySessions: flag full rows for sessions where Recorded On is tomorrow's "
     'date. 50 mg, Qty 62, Rx #66043.',
     'Tomorrow({Recorded On})', 'rows', 'by-header', 'prescription', 'date'),
    ('In 500 m, keep right for exit 58. Arriving at FoleySessions: highlight the entire row of each session whose '
     'Recorded On is in the last 7 days including today.',
     'Last7Days({Recorded On})', 'rows', 'by-header', 'navigation', 'date'),
    ('WANTED: someone to shade the whole row wherever Recorded On falls in the current calendar week in '
     'FoleySessions. Pays $720. Call 555-0166 after 12.',
     'ThisWeek({Recorded On})', 'rows', 'by-header', 'classified', 'date'),
    ('In FoleySessions, bold the whole row wherever Recorded On is in last calendar week.',
     'LastWeek({Recorded On})', 'rows', 'by-header', 'annotator', 'date'),
    ('Can conditional formatting do this? In FoleySessions (column D), flag every Recorded On cell that falls in the '
     'next calendar week (just the cells).',
     'NextWeek({Recorded On})', 'cells', 'by-header', 'forum', 'date'),
    ('SCENE 97. INT. STUDIO B - NIGHT. BARNABY squints at the FoleySessions sheet. BARNABY: Highlight the entire row '
     'of each session whose Recorded On is within this month.',
     'ThisMonth({Recorded On})', 'rows', 'by-header', 'screenplay', 'date'),
]


TABLES["StuntRehearsals"] = _table("""
Take | Performer | Stunt Type | Rehearsed On | Falls | Drop (m) | Fee (USD) | Safety Score | Airbag? | Crew Notes
SR-708 | Barrow | Car Roll | 2024-06-04 | 14 | 7 | 4750 | 38 | No | ~
SR-272 | Ishikawa | Wire Work | 2024-06-07 | 10 | 18 | 1700 | 83 | No | mat shifted; retake ordered
SR-288 | Delacroix | Wire Work | 2024-06-18 | 23 | 10 | union | 65 | No | padding added; retake ordered
SR-152 | Cheney | Stair Fall | 2024-06-27 | 5 | 9 | 3950 | _ | Yes | camera reset; mat shifted
SR-324 | Acosta | Stair Fall | 2024-05-20 | 16 | 16 | 3100 | 81 | Yes | clean landing; camera reset
SR-165 | Kowal | Fire Burn | 2024-05-03 | 4 | 13.75 | 2200 | #N/A | Yes | camera reset; mat shifted
SR-795 | Barrow | Stair Fall | 2024-07-03 | 2 | 14 | 1000 | 54 | No | padding added; medic on set
SR-726 | Grimaldi | Car Roll | 2024-07-25 | 13 | 10.75 | 5550 | 86 | Yes | padding added; medic on set
SR-259 | Finch | Fire Burn | 2024-03-08 | 28 | 19.75 | 6000 | 91 | Yes | clean landing; medic on set
SR-730 | Jansen | Fire Burn | 2024-06-11 | 19 | 6.75 | 450 | 33 | No | camera reset; clean landing
SR-797 | Lachance | Wire Work | 2024-06-12 | 22 | _ | 2150 | 48 | No | harness swapped; mat shifted
SR-804 | Hale | Car Roll | 2024-06-13 | 26 | 8.75 | 2350 | 96 | No | camera reset; clean landing
SR-767 | Esposito | Car Roll | 2024-06-10 | 25 | 16.5 | 3900 | 92 | Yes | _
SR-693 | Finch | Wire Work | 2024-06-15 | 9 | 16.75 | 5600 | 56 | No | clean landing; camera reset
""")
ENTRIES["StuntRehearsals"] = [
    ('Newbie here. StuntRehearsals sheet, column F: can I shade any cell in Drop (m) that exceeds 13.75 (only that '
     'cell)?',
     'GreaterThan({Drop (m)}, 13.75)', 'cells', 'by-header', 'forum'),
    ('FADE IN: EXT. STUDIO B - DAWN. BARNABY (whispering): In StuntRehearsals, shade any cell in Drop (m) that is no '
     'less than 13.75 (only that cell). CUT TO:',
     'GreaterThanEqual({Drop (m)}, 13.75)', 'cells', 'by-header', 'screenplay', 'boundary'),
    ('Prescription for the StuntRehearsals sheet (Dr. Dlamini): mark each Falls value that is less than 16 (the cell '
     'only). Take 12 ml at bedtime.',
     'LessThan({Falls}, 16)', 'cells', 'by-header', 'prescription'),
    ('Your destination, StuntRehearsals, is on the right. Tint the complete row of any rehearsal whose Fee (USD) is '
     'at most 3100. Trip: 2 miles, 42 min.',
     'LessThanEqual({Fee (USD)}, 3100)', 'rows', 'by-header', 'navigation', 'boundary'),
    ('FOR SALE: StuntRehearsals spreadsheet, 1983 model. Buyer must highlight the entire row of each rehearsal whose '
     'Drop (m) is equal to 13.75. $635 ono.',
     'Equals({Drop (m)}, 13.75)', 'rows', 'by-header', 'classified'),
    ('In StuntRehearsals, bold any cell in Falls that differs from 14 (only that cell).',
     'NotEquals({Falls}, 14)', 'cells', 'by-header', 'annotator', 'negation'),
    ("Is there a way to flag every row belonging to the 'Wire Work' rehearsals in StuntRehearsals?",
     'TextEquals({Stunt Type}, "Wire Work")', 'rows', 'by-value', 'forum'),
    ("INT. HARBOUR SHED - CONTINUOUS. MAYA types. MAYA: Flag every Crew Notes cell that contains 'camera' (just the "
     "cells) in StuntRehearsals. (beat) That's all.",
     'TextContains({Crew Notes}, "camera")', 'cells', 'by-header', 'screenplay'),
    ("StuntRehearsals -- Rx #66700 -- Sig: highlight the complete row of any rehearsal whose Stunt Type has no 'sta' "
     'anywhere in it. Take 500 mg every 9 hours.',
     'TextNotContains({Stunt Type}, "sta")', 'rows', 'by-header', 'prescription', 'negation'),
    ('Recalculating... Continue for 12 miles on the M34. Destination StuntRehearsals: shade the complete row of any '
     "rehearsal whose Falls is above the column's average.",
     'AboveAverage({Falls})', 'rows', 'by-header', 'navigation'),
    ('FOR SALE: StuntRehearsals spreadsheet, 2005 model. Buyer must highlight each Safety Score value that falls '
     'under the column mean (the cell only). $620 ono.',
     'BelowAverage({Safety Score})', 'cells', 'by-header', 'classified'),
    ('Conditional format for StuntRehearsals: colour full rows for rehearsals where Performer appears more than once '
     'in the column.',
     'Duplicates({Performer})', 'rows', 'by-header', 'annotator'),
    ('Newbie here. StuntRehearsals sheet, column B: can I shade the entire row of each rehearsal whose Performer '
     'occurs exactly once in the column?',
     'Unique({Performer})', 'rows', 'by-header', 'forum'),
    ('Script p. 96, sc. 134 -- OTTO: On StuntRehearsals, mark the whole row wherever Crew Notes has nothing in it. '
     'LENA: Done. CUT TO:',
     'Blanks({Crew Notes})', 'rows', 'by-header', 'screenplay'),
    ('Refill request for S. Petrov: please color each Crew Notes value that has anything filled in (the cell only) '
     'in StuntRehearsals. Qty: 45, 10 mg, Refills: 2.',
     'NotBlanks({Crew Notes})', 'cells', 'by-header', 'prescription', 'negation'),
    ('At the roundabout, take the second exit onto Quarry Way. In StuntRehearsals, mark full rows for rehearsals '
     'where Safety Score holds an Excel error value. Arrive in 16 min.',
     'Errors({Safety Score})', 'rows', 'by-header', 'navigation'),
    ('WANTED: in StuntRehearsals, highlight the entire row of each rehearsal whose Safety Score does not show an '
     'error value. Genuine replies only, $705 offered. Call 555-0157.',
     'NotErrors({Safety Score})', 'rows', 'by-header', 'classified', 'negation'),
    ('Apply a colour gradient scale over Fee (USD) in sheet StuntRehearsals.',
     'ColorScale({Fee (USD)})', 'cells', 'by-header', 'annotator'),
    ("How do I add in-cell data bars on Fee (USD) in StuntRehearsals? It's column G.",
     'DataBar({Fee (USD)})', 'cells', 'by-header', 'forum'),
    ('INT. WAREHOUSE OFFICE - DAWN. LENA: Give StuntRehearsals a set of icons in Fee (USD). (beat) Page 82.',
     'IconSet({Fee (USD)})', 'cells', 'by-header', 'screenplay'),
    ('Prescription for the StuntRehearsals sheet (Dr. Dlamini): mark full rows for rehearsals where Falls is greater '
     'than 9 and less than 23. Take 19 ml at bedtime.',
     'AND(GreaterThan({Falls}, 9), LessThan({Falls}, 23))', 'rows', 'by-header', 'prescription'),
    ('Head north on Route 11 for 3 miles, then flag any cell in Falls that is less than 9 or greater than 23 (only '
     'that cell) in StuntRehearsals.',
     'OR(LessThan({Falls}, 9), GreaterThan({Falls}, 23))', 'cells', 'by-header', 'navigation', 'or'),
    ("LOST: the rule that colours any Stunt Type cell that is something other than 'Car Roll' (cells only, not the "
     'rows) on my StuntRehearsals sheet. Reward $780. (box 87)',
     'NOT(TextEquals({Stunt Type}, "Car Roll"))', 'cells', 'by-header', 'classified', 'negation'),
    ("In StuntRehearsals, shade full rows for tomorrow's rehearsals.",
     'Tomorrow({Rehearsed On})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Newbie here: in StuntRehearsals, can I shade the whole rows of the rehearsals of the last 7 days (today '
     'included)?',
     'Last7Days({Rehearsed On})', 'rows', 'by-meaning', 'forum', 'date'),
    ("Highlight full rows for rehearsals where Rehearsed On is in this calendar week in StuntRehearsals -- that's "
     'the line IRIS says (V.O.), scene 130, page 23.',
     'ThisWeek({Rehearsed On})', 'rows', 'by-header', 'screenplay', 'date'),
    ('Dr. Brennan, Rx #85144. Take 4 tablets (500 mg) every 7 hours. Also shade every Rehearsed On cell that is '
     'within last week (just the cells) in StuntRehearsals.',
     'LastWeek({Rehearsed On})', 'cells', 'by-header', 'prescription', 'date'),
    ('Take exit 7. Destination StuntRehearsals: colour every row belonging to the rehearsals of the next calendar '
     'week.',
     'NextWeek({Rehearsed On})', 'rows', 'by-meaning', 'navigation', 'date'),
    ('WANTED -- StuntRehearsals tidy-up: mark full rows for rehearsals where Rehearsed On is in this calendar month. '
     'Pick-up only. Call 555-0197.',
     'ThisMonth({Rehearsed On})', 'rows', 'by-header', 'classified', 'date'),
    ('In StuntRehearsals, shade full rows for the rehearsals of the previous calendar month.',
     'LastMonth({Rehearsed On})', 'rows', 'by-meaning', 'annotator', 'date'),
    ('Quick one: StuntRehearsals, column D -- how to mark every Rehearsed On cell that falls in the next calendar '
     'month (just the cells)?',
     'NextMonth({Rehearsed On})', 'cells', 'by-header', 'forum', 'date'),
]


TABLES["TintypePortraits"] = _table("""
Plate | Sitter | Format | Sat On | Plates | Exposure (s) | Price (EUR) | Sharpness | Varnished? | Darkroom Notes
TP-378 | Lockwood | Quarter Plate | 2024-06-07 | 1 | 17.5 | 135 | 62 | No | _
TP-296 | Marchetti | Ambrotype | 2024-06-18 | 14 | 12.5 | 170 | 75 | Yes | edge fog; silver bath warm
TP-102 | Fontaine | Ambrotype | 2024-06-27 | 20 | 26.5 | 330 | 18 | Yes | clean pour; lamp flicker
TP-859 | Fontaine | Half Plate | 2024-05-20 | 11 | 2 | 165 | 36 | No | comet streak; silver bath warm
TP-579 | Ives | Ferrotype | 2024-05-03 | 22 | 24 | 295 | 54 | Yes | ~
TP-434 | Gilchrist | Quarter Plate | 2024-07-03 | 18 | 24.5 | 100 | 35 | No | sitter blinked; fixer fresh
TP-423 | Devereux | Quarter Plate | 2024-07-25 | 7 | 8 | 150 | _ | No | collodion thick; silver bath warm
TP-208 | Kettering | Ambrotype | 2024-03-08 | 16 | 31.5 | 310 | 76 | Yes | lamp flicker; sitter blinked
TP-218 | Harcourt | Ferrotype | 2024-06-11 | 4 | 37.5 | 110 | 78 | Yes | lamp flicker; comet streak
TP-660 | Beaumont | Half Plate | 2024-06-12 | 12 | 29 | 145 | 32 | Yes | comet streak; edge fog
TP-160 | Ellery | Half Plate | 2024-06-13 | 9 | 38 | voucher | 19 | Yes | comet streak; lamp flicker
TP-588 | Albrecht | Quarter Plate | 2024-06-10 | 21 | 27.5 | 80 | #NUM! | No | collodion thick; fixer fresh
TP-480 | Corcoran | Ferrotype | 2024-06-15 | 19 | _ | 200 | 44 | Yes | sitter blinked; fixer fresh
TP-498 | Beaumont | Half Plate | 2024-06-04 | 13 | 4.5 | 275 | 86 | Yes | sitter blinked; comet streak
""")
ENTRIES["TintypePortraits"] = [
    ('Sheet TintypePortraits: shade any cell in Plates that exceeds 14 (only that cell).',
     'GreaterThan({Plates}, 14)', 'cells', 'by-header', 'annotator'),
    ('In my TintypePortraits sheet, column F is Exposure (s). I want to colour any Exposure (s) cell that is no less '
     'than 24.5 (cells only, not the rows). How?',
     'GreaterThanEqual({Exposure (s)}, 24.5)', 'cells', 'by-header', 'forum', 'boundary'),
    ('FADE IN: EXT. FARM KITCHEN - DAWN. DESMOND (whispering): In TintypePortraits, shade the entire row of each '
     'portrait whose Plates is below 14. CUT TO:',
     'LessThan({Plates}, 14)', 'rows', 'by-header', 'screenplay'),
    ('Sig: colour each Plates value that is 14 or less (the cell only) on TintypePortraits. Qty: 24. Refills: 6. '
     'Dispense as written.',
     'LessThanEqual({Plates}, 14)', 'cells', 'by-header', 'prescription', 'boundary'),
    ('Your destination, TintypePortraits, is on the right. Tint the complete row of any portrait whose Plates is '
     'exactly 14. Trip: 12 miles, 13 min.',
     'Equals({Plates}, 14)', 'rows', 'by-header', 'navigation'),
    ('LOST: the rule that colours each Plates value that differs from 14 (the cell only) on my TintypePortraits '
     'sheet. Reward $845. (box 67)',
     'NotEquals({Plates}, 14)', 'cells', 'by-header', 'classified', 'negation'),
    ("Sheet TintypePortraits: colour the whole rows of the 'Quarter Plate' portraits.",
     'TextEquals({Format}, "Quarter Plate")', 'rows', 'by-value', 'annotator'),
    ("Quick one: TintypePortraits, column J -- how to mark the whole row wherever Darkroom Notes has 'edge' "
     'somewhere in the text?',
     'TextContains({Darkroom Notes}, "edge")', 'rows', 'by-header', 'forum'),
    ('SCENE 14. INT. WAREHOUSE OFFICE - NIGHT. HUGO squints at the TintypePortraits sheet. HUGO: Highlight any '
     "Format cell that does not contain 'mbr' (cells only, not the rows).",
     'TextNotContains({Format}, "mbr")', 'cells', 'by-header', 'screenplay', 'negation'),
    ("PHARMACY LABEL -- J. Lindgren -- TintypePortraits: flag every Sitter cell that begins with 'Al' (just the "
     'cells). 10 mg, Qty 102, Rx #16089.',
     'TextStartsWith({Sitter}, "Al")', 'cells', 'by-header', 'prescription', 'starts-ends'),
    ('In 100 m, keep right for exit 34. Arriving at TintypePortraits: highlight any cell in Sitter that finishes '
     "with 'ht' (only that cell).",
     'TextEndsWith({Sitter}, "ht")', 'cells', 'by-header', 'navigation', 'starts-ends'),
    ('WANTED -- TintypePortraits tidy-up: mark full rows for portraits where Price (EUR) is between 135 and 275 '
     'inclusive. Pick-up only. Call 555-0112.',
     'Between({Price (EUR)}, 135, 275)', 'rows', 'by-header', 'classified', 'boundary'),
    ('In TintypePortraits, bold the entire row of each portrait whose Plates is not between 9 and 19 inclusive.',
     'NotBetween({Plates}, 9, 19)', 'rows', 'by-header', 'annotator', 'boundary', 'negation'),
    ("Trying to set up TintypePortraits. Want to tint any cell in Plates that is one of the column's 3 largest "
     "values (only that cell). That's column E. Any ideas?",
     'Top({Plates}, 3)', 'cells', 'by-header', 'forum', 'superlative'),
    ("Highlight the whole row wherever Plates is one of the column's 3 smallest values in TintypePortraits -- that's "
     'the line IRIS says (V.O.), scene 112, page 36.',
     'Bottom({Plates}, 3)', 'rows', 'by-header', 'screenplay', 'superlative'),
    ('Dr. Eastwood, Rx #16031. Take 4 tablets (50 mg) every 10 hours. Also shade every Sharpness cell that ranks in '
     'the top 20 percent of its values (just the cells) in TintypePortraits.',
     'TopPercent({Sharpness}, 20)', 'cells', 'by-header', 'prescription', 'superlative'),
    ('Recalculating... In 300 m, make a U-turn. At TintypePortraits, bold any cell in Plates that ranks in the '
     'bottom 20 percent of its values (only that cell).',
     'BottomPercent({Plates}, 20)', 'cells', 'by-header', 'navigation', 'superlative'),
    ('Classifieds, box 16: TintypePortraits needs a color scale across the Price (EUR) cells. Pick-up only.',
     'ColorScale({Price (EUR)})', 'cells', 'by-header', 'classified'),
    ('Conditional format for TintypePortraits: a data bar for each Price (EUR) value.',
     'DataBar({Price (EUR)})', 'cells', 'by-header', 'annotator'),
    ('Can I put icons (an icon set) across Price (EUR) in my TintypePortraits sheet (column G)?',
     'IconSet({Price (EUR)})', 'cells', 'by-header', 'forum'),
    ('EXT. HARBOUR SHED - DUSK. OTTO slams the binder shut. OTTO: (quietly) Tint any cell in Plates that is greater '
     'than 9 and less than 19 (only that cell) on TintypePortraits. FADE OUT.',
     'AND(GreaterThan({Plates}, 9), LessThan({Plates}, 19))', 'cells', 'by-header', 'screenplay'),
    ('TintypePortraits -- Rx #92660 -- Sig: highlight every Plates cell that falls short of 9 or goes past 19 (just '
     'the cells). Take 500 mg every 11 hours.',
     'OR(LessThan({Plates}, 9), GreaterThan({Plates}, 19))', 'cells', 'by-header', 'prescription', 'or'),
    ("Take exit 3. Destination TintypePortraits: colour full rows for the portraits other than the 'Ferrotype' ones.",
     'NOT(TextEquals({Format}, "Ferrotype"))', 'rows', 'by-value', 'navigation', 'negation'),
    ("WANTED: someone to shade the whole row wherever Sat On falls on today's date in TintypePortraits. Pays $760. "
     'Call 555-0199 after 9.',
     'Today({Sat On})', 'rows', 'by-header', 'classified', 'date'),
    ('Conditional format for TintypePortraits: colour full rows for portraits where Sat On is dated yesterday.',
     'Yesterday({Sat On})', 'rows', 'by-header', 'annotator', 'date'),
    ('How do I highlight every row belonging to the portraits of the current calendar week in my TintypePortraits '
     'sheet?',
     'ThisWeek({Sat On})', 'rows', 'by-meaning', 'forum', 'date'),
    ("FADE IN: DESMOND studies the TintypePortraits tab. DESMOND: Flag the whole rows of last week's portraits. CUT "
     'TO:',
     'LastWeek({Sat On})', 'rows', 'by-meaning', 'screenplay', 'date'),
    ("Sig: colour full rows for next week's portraits in TintypePortraits. 10 mg. Dispense as written.",
     'NextWeek({Sat On})', 'rows', 'by-meaning', 'prescription', 'date'),
    ('In 600 m, turn right onto Kings Parade. At TintypePortraits, highlight the whole rows of the portraits of the '
     'current calendar month.',
     'ThisMonth({Sat On})', 'rows', 'by-meaning', 'navigation', 'date'),
    ('WANTED: in TintypePortraits, highlight the whole row wherever Sat On is within last month. Genuine replies '
     'only, $650 offered. Call 555-0181.',
     'LastMonth({Sat On})', 'rows', 'by-header', 'classified', 'date'),
    ('With a yellow fill, mark full rows for portraits where Sat On falls in the next calendar month in '
     'TintypePortraits.',
     'NextMonth({Sat On})', 'rows', 'by-header', 'annotator', 'date'),
]


TABLES["GramophoneRepairs"] = _table("""
Ticket | Technician | Model | Received On | Springs | Speed (rpm) | Bill (AUD) | Sound Score | Horn OK? | Bench Notes
GR-914 | Yilmaz | Victrola | 2024-06-18 | 11 | _ | 435 | 46 | No | crank stiff; soundbox gasket
GR-867 | Whitlock | Pathe | 2024-06-27 | 5 | 60.5 | warranty | 25 | No | felt replaced; governor cleaned
GR-144 | Zielinski | Decca | 2024-05-20 | 21 | 78 | 165 | 81 | Yes | felt replaced; needle arm bent
GR-647 | Sarkar | Victrola | 2024-05-03 | 23 | 86.5 | 310 | _ | No | motor oiled; crank stiff
GR-670 | Ulrich | Victrola | 2024-07-03 | 20 | 69 | 625 | 68 | Yes | case waxed; spring rewound
GR-269 | Varga | Victrola | 2024-07-25 | 17 | 88 | 205 | 58 | No | soundbox gasket; case waxed
GR-513 | Sarkar | HMV | 2024-03-08 | 13 | 60 | 540 | #REF! | No | soundbox gasket; spring rewound
GR-472 | Petrakis | Pathe | 2024-06-11 | 16 | 70 | 535 | 26 | Yes | ~
GR-414 | Oduya | Pathe | 2024-06-12 | 4 | 74 | 250 | 28 | Yes | motor oiled; crank stiff
GR-839 | Nakamura | Decca | 2024-06-13 | 12 | 77.5 | 265 | 22 | Yes | crank stiff; spring rewound
GR-240 | Oduya | Decca | 2024-06-10 | 14 | 85 | 285 | 44 | Yes | crank stiff; needle arm bent
GR-320 | Rasmussen | HMV | 2024-06-15 | 3 | 81 | 615 | 23 | Yes | _
GR-133 | Quintero | HMV | 2024-06-04 | 2 | 71 | 690 | 85 | Yes | crank stiff; felt replaced
GR-427 | Teodoro | HMV | 2024-06-07 | 18 | 80 | 430 | 92 | Yes | governor cleaned; crank stiff
""")
ENTRIES["GramophoneRepairs"] = [
    ('Classifieds, box 76: tint any Springs cell that is less than 14 (cells only, not the rows) in the '
     'GramophoneRepairs sheet. $405 or best offer.',
     'LessThan({Springs}, 14)', 'cells', 'by-header', 'classified'),
    ('Highlight the whole row wherever Bill (AUD) is 430 or less in sheet GramophoneRepairs.',
     'LessThanEqual({Bill (AUD)}, 430)', 'rows', 'by-header', 'annotator', 'boundary'),
    ('Trying to set up GramophoneRepairs. Want to tint each Speed (rpm) value that is equal to 77.5 (the cell only). '
     "That's column F. Any ideas?",
     'Equals({Speed (rpm)}, 77.5)', 'cells', 'by-header', 'forum'),
    ('HUGO: The GramophoneRepairs sheet. NELL: What about it? HUGO: (beat) Bold the entire row of each repair whose '
     'Springs is not equal to 14. Scene 16.',
     'NotEquals({Springs}, 14)', 'rows', 'by-header', 'screenplay', 'negation'),
    ("Dr. Fujita writes, for GramophoneRepairs: shade the whole rows of the repairs marked 'Pathe'. Qty: 17.",
     'TextEquals({Model}, "Pathe")', 'rows', 'by-value', 'prescription'),
    ('At the roundabout, take the second exit onto Harbour Road. In GramophoneRepairs, mark each Bench Notes value '
     "that has 'governor' somewhere in the text (the cell only). Arrive in 26 min.",
     'TextContains({Bench Notes}, "governor")', 'cells', 'by-header', 'navigation'),
    ("SERVICES: will color full rows for repairs where Model lacks the letters 'ol' in GramophoneRepairs for $40. "
     'Call 555-0186 after 6, no time-wasters.',
     'TextNotContains({Model}, "ol")', 'rows', 'by-header', 'classified', 'negation'),
    ("Sheet GramophoneRepairs: shade any cell in Technician that begins with 'Na' (only that cell).",
     'TextStartsWith({Technician}, "Na")', 'cells', 'by-header', 'annotator', 'starts-ends'),
    ("Help please -- GramophoneRepairs sheet, column B. I'd like to color each Technician value that finishes with "
     "'ra' (the cell only).",
     'TextEndsWith({Technician}, "ra")', 'cells', 'by-header', 'forum', 'starts-ends'),
    ('Highlight the complete row of any repair whose Springs is between 5 and 18 inclusive in GramophoneRepairs -- '
     "that's the line NELL says (V.O.), scene 28, page 121.",
     'Between({Springs}, 5, 18)', 'rows', 'by-header', 'screenplay', 'boundary'),
    ('Dr. Alvarez, Rx #91339. Take 3 tablets (50 mg) every 10 hours. Also shade any Springs cell that lies outside 5 '
     'to 18 inclusive (cells only, not the rows) in GramophoneRepairs.',
     'NotBetween({Springs}, 5, 18)', 'cells', 'by-header', 'prescription', 'boundary', 'negation'),
    ('Take exit 53 toward GramophoneRepairs: colour any Springs cell that ranks in the top 3 of the column (cells '
     'only, not the rows). Arrive in 48 min.',
     'Top({Springs}, 3)', 'cells', 'by-header', 'navigation', 'superlative'),
    ("WANTED: in GramophoneRepairs, highlight every Springs cell that is one of the column's 3 smallest values (just "
     'the cells). Genuine replies only, $185 offered. Call 555-0179.',
     'Bottom({Springs}, 3)', 'cells', 'by-header', 'classified', 'superlative'),
    ('On the GramophoneRepairs sheet, apply a fill to the entire row of each repair whose Sound Score falls in the '
     'highest 20% of the column.',
     'TopPercent({Sound Score}, 20)', 'rows', 'by-header', 'annotator', 'superlative'),
    ("Help please -- GramophoneRepairs sheet, column E. I'd like to color any cell in Springs that is in the "
     "column's bottom 20 percent (only that cell).",
     'BottomPercent({Springs}, 20)', 'cells', 'by-header', 'forum', 'superlative'),
    ('INT. CHAPEL VESTRY - NIGHT. A laptop glows. BARNABY: Okay, GramophoneRepairs. Color full rows for repairs '
     "where Springs is above the column's average. SMASH CUT TO:",
     'AboveAverage({Springs})', 'rows', 'by-header', 'screenplay'),
    ('Rx #39913, M. Castillo. Sig: tint the entire row of each repair whose Sound Score falls under the column mean '
     'in GramophoneRepairs. Dispense as written, no substitutions.',
     'BelowAverage({Sound Score})', 'rows', 'by-header', 'prescription'),
    ('Rerouting via the M57, 35 min faster. Then on GramophoneRepairs: color each Technician value that is repeated '
     'somewhere in the column (the cell only).',
     'Duplicates({Technician})', 'cells', 'by-header', 'navigation'),
    ('WANTED -- GramophoneRepairs tidy-up: mark every Technician cell that appears only once in the column (just the '
     'cells). Pick-up only. Call 555-0178.',
     'Unique({Technician})', 'cells', 'by-header', 'classified'),
    ('On the GramophoneRepairs sheet, apply a fill to each Bench Notes value that is blank (the cell only).',
     'Blanks({Bench Notes})', 'cells', 'by-header', 'annotator'),
    ('Newbie here. GramophoneRepairs sheet, column J: can I shade any Bench Notes cell that has anything filled in '
     '(cells only, not the rows)?',
     'NotBlanks({Bench Notes})', 'cells', 'by-header', 'forum', 'negation'),
    ('NELL: The GramophoneRepairs sheet. BARNABY: What about it? NELL: (beat) Bold full rows for repairs where Sound '
     'Score contains an error value. Scene 15.',
     'Errors({Sound Score})', 'rows', 'by-header', 'screenplay'),
    ('Rx #16830 | Patient: E. Moreau | Sig: in GramophoneRepairs, highlight the complete row of any repair whose '
     'Sound Score is free of Excel errors. Refills: 3',
     'NotErrors({Sound Score})', 'rows', 'by-header', 'prescription', 'negation'),
    ('Head north on Route 13 for 11 miles, then flag the whole row wherever Received On is dated today in '
     'GramophoneRepairs.',
     'Today({Received On})', 'rows', 'by-header', 'navigation', 'date'),
    ("LOST: a rule in GramophoneRepairs that shades every row belonging to yesterday's repairs. Reward $625. No "
     'time-wasters.',
     'Yesterday({Received On})', 'rows', 'by-meaning', 'classified', 'date'),
    ("Conditional format for GramophoneRepairs: colour any Received On cell that falls on tomorrow's date (cells "
     'only, not the rows).',
     'Tomorrow({Received On})', 'cells', 'by-header', 'annotator', 'date'),
    ('Is there a way to highlight every Received On cell that is one of the last 7 days counting today (just the '
     'cells) in GramophoneRepairs? The header is in column D.',
     'Last7Days({Received On})', 'cells', 'by-header', 'forum', 'date'),
    ("SCENE 134. INT. WORKSHOP - NIGHT. LENA: In GramophoneRepairs, highlight the whole rows of next week's repairs. "
     '(beat)',
     'NextWeek({Received On})', 'rows', 'by-meaning', 'screenplay', 'date'),
    ('Rx #29136, J. Lindgren. Sig: tint the complete row of any repair whose Received On is within this month in '
     'GramophoneRepairs. Dispense as written, no substitutions.',
     'ThisMonth({Received On})', 'rows', 'by-header', 'prescription', 'date'),
    ('Recalculating... Continue for 7.5 miles on the M8. Destination GramophoneRepairs: shade the entire row of each '
     'repair whose Received On is in last calendar month.',
     'LastMonth({Received On})', 'rows', 'by-header', 'navigation', 'date'),
    ('LOST: the rule that colours each Received On value that is in next calendar month (the cell only) on my '
     'GramophoneRepairs sheet. Reward $570. (box 36)',
     'NextMonth({Received On})', 'cells', 'by-header', 'classified', 'date'),
]


TABLES["TrebuchetTrials"] = _table("""
Shot | Crew Lead | Projectile | Launched On | Pulls | Range (m) | Cost (SEK) | Accuracy | Sling Broke? | Field Notes
TT-601 | Everly | Stone | 2024-06-27 | 37 | 275 | 4800 | 82 | No | crowd cheered; gusty crosswind
TT-331 | Kingsley | Watermelon | 2024-05-20 | 18 | 80 | 1500 | 29 | Yes | early release; gusty crosswind
TT-716 | Fitzroy | Watermelon | 2024-05-03 | 28 | 150 | 3400 | 76 | No | perfect arc; sling rewrapped
TT-595 | Broderick | Pumpkin | 2024-07-03 | 19 | 237.5 | 4300 | 70 | Yes | gusty crosswind; early release
TT-450 | Dunmore | Pumpkin | 2024-07-25 | 5 | 162.5 | 800 | _ | No | gusty crosswind; early release
TT-350 | Jessop | Stone | 2024-03-08 | 22 | 55 | 500 | 23 | Yes | early release; sling rewrapped
TT-266 | Grantham | Watermelon | 2024-06-11 | 4 | 95 | sponsored | 85 | No | counterweight shifted; early release
TT-893 | Ashby | Pumpkin | 2024-06-12 | 14 | 72.5 | 8000 | 75 | No | ~
TT-391 | Langford | Stone | 2024-06-13 | 16 | 267.5 | 6400 | 62 | No | early release; sling rewrapped
TT-712 | Inglis | Stone | 2024-06-10 | 17 | 292.5 | 1700 | #NUM! | Yes | counterweight shifted; gusty crosswind
TT-401 | Broderick | Hay Bale | 2024-06-15 | 29 | 240 | 6500 | 25 | No | gusty crosswind; early release
TT-161 | Hargrove | Hay Bale | 2024-06-04 | 12 | _ | 5000 | 11 | Yes | crowd cheered; early release
TT-742 | Fitzroy | Hay Bale | 2024-06-07 | 15 | 50 | 2500 | 42 | No | crowd cheered; gusty crosswind
TT-979 | Calloway | Pumpkin | 2024-06-18 | 10 | 167.5 | 7100 | 30 | No | _
""")
ENTRIES["TrebuchetTrials"] = [
    ('In 300 m, keep right for exit 55. Arriving at TrebuchetTrials: highlight the complete row of any trial whose '
     'Range (m) is greater than 162.5.',
     'GreaterThan({Range (m)}, 162.5)', 'rows', 'by-header', 'navigation'),
    ('FOR SALE: 2012 hatchback, 136000 miles, $885 ono. Also wanted: flag any cell in Pulls that is no less than 17 '
     '(only that cell) in TrebuchetTrials.',
     'GreaterThanEqual({Pulls}, 17)', 'cells', 'by-header', 'classified', 'boundary'),
    ("Add a rule in TrebuchetTrials that flags the whole row wherever Crew Lead finishes with 'by'.",
     'TextEndsWith({Crew Lead}, "by")', 'rows', 'by-header', 'annotator', 'starts-ends'),
    ("Help please -- TrebuchetTrials sheet, column E. I'd like to color every Pulls cell that is between 12 and 22 "
     'inclusive (just the cells).',
     'Between({Pulls}, 12, 22)', 'cells', 'by-header', 'forum', 'boundary'),
    ('INT. WAREHOUSE OFFICE - CONTINUOUS. HUGO types. HUGO: Flag the complete row of any trial whose Pulls lies '
     "outside 12 to 22 inclusive in TrebuchetTrials. (beat) That's all.",
     'NotBetween({Pulls}, 12, 22)', 'rows', 'by-header', 'screenplay', 'boundary', 'negation'),
    ('PHARMACY LABEL -- R. Okafor -- TrebuchetTrials: flag any cell in Pulls that is among the 3 highest in the '
     'column (only that cell). 10 mg, Qty 98, Rx #44054.',
     'Top({Pulls}, 3)', 'cells', 'by-header', 'prescription', 'superlative'),
    ('In 250 m, keep right for exit 2. Arriving at TrebuchetTrials: highlight every Pulls cell that is among the 3 '
     'lowest in the column (just the cells).',
     'Bottom({Pulls}, 3)', 'cells', 'by-header', 'navigation', 'superlative'),
    ('FOR SALE: TrebuchetTrials spreadsheet, 1991 model. Buyer must highlight any cell in Accuracy that ranks in the '
     'top 20 percent of its values (only that cell). $880 ono.',
     'TopPercent({Accuracy}, 20)', 'cells', 'by-header', 'classified', 'superlative'),
    ('Add a rule in TrebuchetTrials that flags every Pulls cell that ranks in the bottom 20 percent of its values '
     '(just the cells).',
     'BottomPercent({Pulls}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ('How do I highlight any Pulls cell that beats the average of the column (cells only, not the rows) in my '
     "TrebuchetTrials sheet? It's column E.",
     'AboveAverage({Pulls})', 'cells', 'by-header', 'forum'),
    ('HUGO (V.O.): Page 67. The TrebuchetTrials sheet. Somebody has to colour every Accuracy cell that is below the '
     "column's average (just the cells).",
     'BelowAverage({Accuracy})', 'cells', 'by-header', 'screenplay'),
    ('Take 4 capsules with food. Qty: 21. Note from Dr. Dlamini: in TrebuchetTrials, bold the entire row of each '
     'trial whose Crew Lead is repeated somewhere in the column.',
     'Duplicates({Crew Lead})', 'rows', 'by-header', 'prescription'),
    ('Recalculating... Continue for 6.5 miles on the B27. Destination TrebuchetTrials: shade full rows for trials '
     'where Crew Lead is never repeated in the column.',
     'Unique({Crew Lead})', 'rows', 'by-header', 'navigation'),
    ('WANTED: in TrebuchetTrials, highlight each Field Notes value that has nothing in it (the cell only). Genuine '
     'replies only, $395 offered. Call 555-0160.',
     'Blanks({Field Notes})', 'cells', 'by-header', 'classified'),
    ('In TrebuchetTrials, bold any Field Notes cell that is not blank (cells only, not the rows).',
     'NotBlanks({Field Notes})', 'cells', 'by-header', 'annotator', 'negation'),
    ('Is there a way to highlight full rows for trials where Accuracy shows an error such as #N/A in '
     'TrebuchetTrials? The header is in column H.',
     'Errors({Accuracy})', 'rows', 'by-header', 'forum'),
    ("Highlight full rows for trials where Accuracy holds no error value in TrebuchetTrials -- that's the line "
     'DESMOND says (V.O.), scene 70, page 36.',
     'NotErrors({Accuracy})', 'rows', 'by-header', 'screenplay', 'negation'),
    ('Sig: add a colour scale on Cost (SEK) on TrebuchetTrials. Take 2 tablets of 5 mg. Dispense as written.',
     'ColorScale({Cost (SEK)})', 'cells', 'by-header', 'prescription'),
    ('Continue for 5 miles on the B33. Destination TrebuchetTrials: data bars in Cost (SEK).',
     'DataBar({Cost (SEK)})', 'cells', 'by-header', 'navigation'),
    ('Classifieds, box 83: TrebuchetTrials needs an icon set on Cost (SEK). Pick-up only.',
     'IconSet({Cost (SEK)})', 'cells', 'by-header', 'classified'),
    ('Conditional format for TrebuchetTrials: colour the entire row of each trial whose Pulls is strictly between 12 '
     'and 22.',
     'AND(GreaterThan({Pulls}, 12), LessThan({Pulls}, 22))', 'rows', 'by-header', 'annotator'),
    ('Quick one: TrebuchetTrials, column E -- how to mark the entire row of each trial whose Pulls falls short of 12 '
     'or goes past 22?',
     'OR(LessThan({Pulls}, 12), GreaterThan({Pulls}, 22))', 'rows', 'by-header', 'forum', 'or'),
    ('INT. SOUND STAGE - CONTINUOUS. IRIS types. IRIS: Flag the entire row of each trial whose Projectile is '
     "something other than 'Pumpkin' in TrebuchetTrials. (beat) That's all.",
     'NOT(TextEquals({Projectile}, "Pumpkin"))', 'rows', 'by-header', 'screenplay', 'negation'),
    ("Rx #62438, S. Petrov. Sig: tint any cell in Launched On that is today's date (only that cell) in "
     'TrebuchetTrials. Dispense as written, no substitutions.',
     'Today({Launched On})', 'cells', 'by-header', 'prescription', 'date'),
    ('Rerouting via the M73, 31 min faster. Then on TrebuchetTrials: color each Launched On value that is '
     "yesterday's date (the cell only).",
     'Yesterday({Launched On})', 'cells', 'by-header', 'navigation', 'date'),
    ("LOST: the rule that colours any Launched On cell that falls on tomorrow's date (cells only, not the rows) on "
     'my TrebuchetTrials sheet. Reward $255. (box 12)',
     'Tomorrow({Launched On})', 'cells', 'by-header', 'classified', 'date'),
    ('Please tint full rows for trials where Launched On is one of the last 7 days counting today on TrebuchetTrials.',
     'Last7Days({Launched On})', 'rows', 'by-header', 'annotator', 'date'),
    ("Trying to set up TrebuchetTrials. Want to tint the whole row wherever Launched On is within this week. That's "
     'column D. Any ideas?',
     'ThisWeek({Launched On})', 'rows', 'by-header', 'forum', 'date'),
    ('EXT. WAREHOUSE OFFICE - DUSK. RUFUS slams the binder shut. RUFUS: (quietly) Tint the whole row wherever '
     'Launched On falls in the previous calendar week on TrebuchetTrials. FADE OUT.',
     'LastWeek({Launched On})', 'rows', 'by-header', 'screenplay', 'date'),
    ('Prescription for the TrebuchetTrials sheet (Dr. Chowdhury): mark the complete row of any trial whose Launched '
     'On is in last calendar month. Take 13 ml at bedtime.',
     'LastMonth({Launched On})', 'rows', 'by-header', 'prescription', 'date'),
    ('Take exit 3 toward TrebuchetTrials: colour the whole row wherever Launched On is within next month. Arrive in '
     '17 min.',
     'NextMonth({Launched On})', 'rows', 'by-header', 'navigation', 'date'),
]


TABLES["CoasteeringTrips"] = _table("""
Trip | Guide | Cove | Set Out On | Swimmers | Swell (m) | Price (NZD) | Thrill Score | Helmets Issued? | Log
CT-887 | Carne | Blue Hole | 2024-05-20 | 2 | 5.5 | 220 | 23 | Yes | cold snap; cliff scramble
CT-205 | Trelawny | Blue Hole | 2024-05-03 | 14 | 2.25 | 215 | 73 | No | jellyfish seen; cliff scramble
CT-274 | Roskilly | Seal Cove | 2024-07-03 | 9 | 4.5 | 210 | 77 | No | big jump; jellyfish seen
CT-493 | Nancarrow | Smugglers Inlet | 2024-07-25 | 13 | 1.75 | 75 | 78 | No | calm water; jellyfish seen
CT-260 | Rowe | Gull Rock | 2024-03-08 | 8 | 4 | 175 | 45 | Yes | jellyfish seen; big jump
CT-362 | Trevail | Blue Hole | 2024-06-11 | 16 | 3 | free | 98 | No | cave swim; jellyfish seen
CT-469 | Trelawny | Seal Cove | 2024-06-12 | 4 | 4.25 | 65 | 26 | Yes | jellyfish seen; cold snap
CT-811 | Jory | Smugglers Inlet | 2024-06-13 | 3 | 1.25 | 200 | 95 | No | big jump; strong rip
CT-392 | Tregenza | Smugglers Inlet | 2024-06-10 | 17 | 3.5 | 235 | _ | No | cave swim; big jump
CT-461 | Penhallow | Seal Cove | 2024-06-15 | 10 | _ | 155 | 68 | Yes | cold snap; strong rip
CT-195 | Tregenza | Gull Rock | 2024-06-04 | 5 | 5 | 60 | 28 | No | _
CT-168 | Polglase | Seal Cove | 2024-06-07 | 12 | 3.25 | 185 | #REF! | No | calm water; strong rip
CT-133 | Pascoe | Gull Rock | 2024-06-18 | 11 | 5.25 | 50 | 75 | Yes | ~
CT-631 | Vosper | Blue Hole | 2024-06-27 | 7 | 2.75 | 90 | 39 | Yes | cold snap; jellyfish seen
""")
ENTRIES["CoasteeringTrips"] = [
    ('CoasteeringTrips -- Rx #23687 -- Sig: highlight any Swimmers cell that is above 10 (cells only, not the rows). '
     'Take 100 mg every 9 hours.',
     'GreaterThan({Swimmers}, 10)', 'cells', 'by-header', 'prescription'),
    ('Take exit 21 toward CoasteeringTrips: colour any cell in Swimmers that is no less than 10 (only that cell). '
     'Arrive in 33 min.',
     'GreaterThanEqual({Swimmers}, 10)', 'cells', 'by-header', 'navigation', 'boundary'),
    ('FOR SALE: CoasteeringTrips spreadsheet, 2014 model. Buyer must highlight the whole row wherever Price (NZD) '
     'falls under 175. $825 ono.',
     'LessThan({Price (NZD)}, 175)', 'rows', 'by-header', 'classified'),
    ('Please tint the whole row wherever Swimmers does not go above 10 on CoasteeringTrips.',
     'LessThanEqual({Swimmers}, 10)', 'rows', 'by-header', 'annotator', 'boundary'),
    ("Trying to set up CoasteeringTrips. Want to tint full rows for trips where Swell (m) is equal to 3.5. That's "
     'column F. Any ideas?',
     'Equals({Swell (m)}, 3.5)', 'rows', 'by-header', 'forum'),
    ('SCENE 129. INT. BACK ROOM - NIGHT. RUFUS squints at the CoasteeringTrips sheet. RUFUS: Highlight any Swimmers '
     'cell that is anything other than 10 (cells only, not the rows).',
     'NotEquals({Swimmers}, 10)', 'cells', 'by-header', 'screenplay', 'negation'),
    ("Rx #88164 | M. Castillo | Sig: in CoasteeringTrips, highlight full rows for the trips marked 'Blue Hole'. "
     'Refills: 5',
     'TextEquals({Cove}, "Blue Hole")', 'rows', 'by-value', 'prescription'),
    ('In 150 m, turn left onto Station Avenue. Then, in CoasteeringTrips, highlight the entire row of each trip '
     "whose Log mentions 'strong' anywhere.",
     'TextContains({Log}, "strong")', 'rows', 'by-header', 'navigation'),
    ("SERVICES: will color the complete row of any trip whose Cove does not contain 'co' in CoasteeringTrips for "
     '$140. Call 555-0150 after 9, no time-wasters.',
     'TextNotContains({Cove}, "co")', 'rows', 'by-header', 'classified', 'negation'),
    ("Sheet CoasteeringTrips: shade any cell in Guide that starts with 'Pe' (only that cell).",
     'TextStartsWith({Guide}, "Pe")', 'cells', 'by-header', 'annotator', 'starts-ends'),
    ("Help please -- CoasteeringTrips sheet, column H. I'd like to color the entire row of each trip whose Thrill "
     "Score is below the column's average.",
     'BelowAverage({Thrill Score})', 'rows', 'by-header', 'forum'),
    ('Script p. 72, sc. 82 -- LENA: On CoasteeringTrips, mark any Guide cell that shows up twice or more in the '
     'column (cells only, not the rows). HUGO: Done. CUT TO:',
     'Duplicates({Guide})', 'cells', 'by-header', 'screenplay'),
    ('Prescription for the CoasteeringTrips sheet (Dr. Eastwood): mark any Guide cell that appears only once in the '
     'column (cells only, not the rows). Take 15 ml at bedtime.',
     'Unique({Guide})', 'cells', 'by-header', 'prescription'),
    ('Head north on Route 46 for 3.5 miles, then flag any Log cell that is left empty (cells only, not the rows) in '
     'CoasteeringTrips.',
     'Blanks({Log})', 'cells', 'by-header', 'navigation'),
    ('FOR SALE: CoasteeringTrips spreadsheet, 2011 model. Buyer must highlight full rows for trips where Log holds '
     'some text. $805 ono.',
     'NotBlanks({Log})', 'rows', 'by-header', 'classified', 'negation'),
    ('On the CoasteeringTrips sheet, apply a fill to any Thrill Score cell that holds an Excel error value (cells '
     'only, not the rows).',
     'Errors({Thrill Score})', 'cells', 'by-header', 'annotator'),
    ('On the CoasteeringTrips sheet, apply a fill to full rows for trips where Thrill Score holds no error value.',
     'NotErrors({Thrill Score})', 'rows', 'by-header', 'annotator', 'negation'),
    ('FADE IN: RUFUS: I want a color scale across the Price (NZD) cells on the CoasteeringTrips sheet. CUT TO:',
     'ColorScale({Price (NZD)})', 'cells', 'by-header', 'screenplay'),
    ('Rx #53767, Dr. Dlamini. Sig: apply a data bar for each Price (NZD) value in CoasteeringTrips. Refills: 5.',
     'DataBar({Price (NZD)})', 'cells', 'by-header', 'prescription'),
    ('Continue for 10.5 miles on the B51. Destination CoasteeringTrips: an icon set on Price (NZD).',
     'IconSet({Price (NZD)})', 'cells', 'by-header', 'navigation'),
    ('WANTED: in CoasteeringTrips, highlight full rows for trips where Swimmers is greater than 5 and less than 13. '
     'Genuine replies only, $600 offered. Call 555-0185.',
     'AND(GreaterThan({Swimmers}, 5), LessThan({Swimmers}, 13))', 'rows', 'by-header', 'classified'),
    ('On the CoasteeringTrips sheet, apply a fill to each Swimmers value that is below 5 or above 13 (the cell only).',
     'OR(LessThan({Swimmers}, 5), GreaterThan({Swimmers}, 13))', 'cells', 'by-header', 'annotator', 'or'),
    ("Is there a way to flag full rows for the trips other than the 'Seal Cove' ones in CoasteeringTrips?",
     'NOT(TextEquals({Cove}, "Seal Cove"))', 'rows', 'by-value', 'forum', 'negation'),
    ('Script p. 42, sc. 128 -- MAYA: On CoasteeringTrips, mark the complete row of any trip whose Set Out On is '
     "today's date. OTTO: Done. CUT TO:",
     'Today({Set Out On})', 'rows', 'by-header', 'screenplay', 'date'),
    ('Prescription for the CoasteeringTrips sheet (Dr. Alvarez): mark the whole row wherever Set Out On is dated '
     'yesterday. Take 15 ml at bedtime.',
     'Yesterday({Set Out On})', 'rows', 'by-header', 'prescription', 'date'),
    ('In 150 m, turn left onto Mill Lane. Then, in CoasteeringTrips, highlight each Set Out On value that falls on '
     "tomorrow's date (the cell only).",
     'Tomorrow({Set Out On})', 'cells', 'by-header', 'navigation', 'date'),
    ('SERVICES: will color each Set Out On value that is one of the last 7 days counting today (the cell only) in '
     'CoasteeringTrips for $715. Call 555-0141 after 11, no time-wasters.',
     'Last7Days({Set Out On})', 'cells', 'by-header', 'classified', 'date'),
    ('Sheet CoasteeringTrips: shade any cell in Set Out On that falls in the current calendar week (only that cell).',
     'ThisWeek({Set Out On})', 'cells', 'by-header', 'annotator', 'date'),
    ('Is there a way to highlight full rows for trips where Set Out On is in last calendar week in CoasteeringTrips? '
     'The header is in column D.',
     'LastWeek({Set Out On})', 'rows', 'by-header', 'forum', 'date'),
    ('MAYA: The CoasteeringTrips sheet. OTTO: What about it? MAYA: (beat) Bold any cell in Set Out On that is in '
     'next calendar week (only that cell). Scene 26.',
     'NextWeek({Set Out On})', 'cells', 'by-header', 'screenplay', 'date'),
    ('Sig: colour the whole row wherever Set Out On is within this month on CoasteeringTrips. Qty: 109. Refills: 2. '
     'Dispense as written.',
     'ThisMonth({Set Out On})', 'rows', 'by-header', 'prescription', 'date'),
]


TABLES["SauerkrautCrocks"] = _table("""
Crock | Fermenter | Cabbage | Packed On | Heads | Brine (L) | Value (PLN) | Tang | Caraway? | Tasting Notes
SK-313 | Dabrowska | White | 2024-05-03 | 25 | 25 | 230 | 47 | Yes | sour edge; weight slipped
SK-417 | Lewandowski | Savoy | 2024-07-03 | 14 | 6.5 | 35 | _ | Yes | bubbling hard; weight slipped
SK-664 | Mazur | Red | 2024-07-25 | 5 | 3.5 | 250 | 25 | No | bubbling hard; crisp bite
SK-622 | Wisniewski | White | 2024-03-08 | 18 | 20.5 | 170 | 50 | No | salty brine; bubbling hard
SK-442 | Dabrowska | Red | 2024-06-11 | 2 | 12 | 235 | 88 | Yes | kahm yeast; weight slipped
SK-502 | Nowicka | Savoy | 2024-06-12 | 19 | 13 | 70 | #REF! | Yes | crisp bite; sour edge
SK-295 | Pawlak | White | 2024-06-13 | 3 | 10 | 225 | 55 | No | salty brine; juniper hint
SK-357 | Kowalczyk | Red | 2024-06-10 | 24 | 22.5 | 185 | 67 | Yes | kahm yeast; juniper hint
SK-761 | Zielinska | Savoy | 2024-06-15 | 20 | 22 | 200 | 72 | Yes | ~
SK-185 | Michalska | Napa | 2024-06-04 | 28 | 14.5 | 300 | 26 | No | kahm yeast; sour edge
SK-792 | Grabowski | Savoy | 2024-06-07 | 29 | 24.5 | 95 | 16 | Yes | _
SK-864 | Piotrowska | Napa | 2024-06-18 | 12 | _ | 80 | 84 | No | crisp bite; kahm yeast
SK-241 | Krawczyk | Napa | 2024-06-27 | 30 | 21.5 | gift | 66 | No | kahm yeast; salty brine
SK-475 | Nowicka | Red | 2024-05-20 | 16 | 15 | 290 | 83 | Yes | soft shreds; sour edge
""")
ENTRIES["SauerkrautCrocks"] = [
    ('EXT. SOUND STAGE - DUSK. LENA slams the binder shut. LENA: (quietly) Tint any cell in Brine (L) that is '
     'greater than 15 (only that cell) on SauerkrautCrocks. FADE OUT.',
     'GreaterThan({Brine (L)}, 15)', 'cells', 'by-header', 'screenplay'),
    ('Rx #50036 | Patient: E. Moreau | Sig: in SauerkrautCrocks, highlight any Heads cell that is 19 or more (cells '
     'only, not the rows). Refills: 6',
     'GreaterThanEqual({Heads}, 19)', 'cells', 'by-header', 'prescription', 'boundary'),
    ('Your destination, SauerkrautCrocks, is on the right. Tint every Heads cell that is below 19 (just the cells). '
     'Trip: 2 miles, 20 min.',
     'LessThan({Heads}, 19)', 'cells', 'by-header', 'navigation'),
    ('SERVICES: will color each Value (PLN) value that is at most 200 (the cell only) in SauerkrautCrocks for $275. '
     'Call 555-0126 after 9, no time-wasters.',
     'LessThanEqual({Value (PLN)}, 200)', 'cells', 'by-header', 'classified', 'boundary'),
    ('Apply conditional formatting in sheet SauerkrautCrocks to full rows for crocks where Heads is equal to 19.',
     'Equals({Heads}, 19)', 'rows', 'by-header', 'annotator'),
    ('Quick one: SauerkrautCrocks, column E -- how to mark the complete row of any crock whose Heads is anything '
     'other than 18?',
     'NotEquals({Heads}, 18)', 'rows', 'by-header', 'forum', 'negation'),
    ("SCENE 84. INT. ROOFTOP - NIGHT. RUFUS: In SauerkrautCrocks, highlight every row belonging to the 'Napa' "
     'crocks. (beat)',
     'TextEquals({Cabbage}, "Napa")', 'rows', 'by-value', 'screenplay'),
    ('PHARMACY LABEL -- E. Moreau -- SauerkrautCrocks: flag the complete row of any crock whose Tasting Notes '
     "mentions 'soft' anywhere. 40 mg, Qty 25, Rx #92940.",
     'TextContains({Tasting Notes}, "soft")', 'rows', 'by-header', 'prescription'),
    ('In 600 m, turn left onto Mill Lane. Then, in SauerkrautCrocks, highlight the complete row of any crock whose '
     "Cabbage has no 'sav' anywhere in it.",
     'TextNotContains({Cabbage}, "sav")', 'rows', 'by-header', 'navigation', 'negation'),
    ("WANTED: in SauerkrautCrocks, highlight each Fermenter value that begins with 'Ko' (the cell only). Genuine "
     'replies only, $440 offered. Call 555-0192.',
     'TextStartsWith({Fermenter}, "Ko")', 'cells', 'by-header', 'classified', 'starts-ends'),
    ("In SauerkrautCrocks, bold every Fermenter cell that finishes with 'yk' (just the cells).",
     'TextEndsWith({Fermenter}, "yk")', 'cells', 'by-header', 'annotator', 'starts-ends'),
    ('Trying to set up SauerkrautCrocks. Want to tint each Value (PLN) value that is between 95 and 235 inclusive '
     "(the cell only). That's column G. Any ideas?",
     'Between({Value (PLN)}, 95, 235)', 'cells', 'by-header', 'forum', 'boundary'),
    ('EXT. HARBOUR SHED - DUSK. NELL slams the binder shut. NELL: (quietly) Tint full rows for crocks where Heads is '
     'outside the inclusive range 12 to 25 on SauerkrautCrocks. FADE OUT.',
     'NotBetween({Heads}, 12, 25)', 'rows', 'by-header', 'screenplay', 'boundary', 'negation'),
    ('Rx #27538 | Patient: J. Lindgren | Sig: in SauerkrautCrocks, highlight the whole row wherever Heads is one of '
     "the column's 3 largest values. Refills: 6",
     'Top({Heads}, 3)', 'rows', 'by-header', 'prescription', 'superlative'),
    ('In 400 m, keep right for exit 14. Arriving at SauerkrautCrocks: highlight the whole row wherever Heads is '
     'among the 3 lowest in the column.',
     'Bottom({Heads}, 3)', 'rows', 'by-header', 'navigation', 'superlative'),
    ('LOST: the rule that colours every Tang cell that ranks in the top 20 percent of its values (just the cells) on '
     'my SauerkrautCrocks sheet. Reward $295. (box 58)',
     'TopPercent({Tang}, 20)', 'cells', 'by-header', 'classified', 'superlative'),
    ('Sheet SauerkrautCrocks: shade every Heads cell that ranks in the bottom 20 percent of its values (just the '
     'cells).',
     'BottomPercent({Heads}, 20)', 'cells', 'by-header', 'annotator', 'superlative'),
    ("Help please -- SauerkrautCrocks sheet, column E. I'd like to color every Heads cell that is above the column's "
     'average (just the cells).',
     'AboveAverage({Heads})', 'cells', 'by-header', 'forum'),
    ('INT. SOUND STAGE - DAWN. MAYA: Give SauerkrautCrocks data bars in Value (PLN). (beat) Page 60.',
     'DataBar({Value (PLN)})', 'cells', 'by-header', 'screenplay'),
    ('Rx #31895, Dr. Fujita. Sig: apply an icon set on Value (PLN) in SauerkrautCrocks. Refills: 3.',
     'IconSet({Value (PLN)})', 'cells', 'by-header', 'prescription'),
    ('Take exit 27 toward SauerkrautCrocks: colour the complete row of any crock whose Heads is strictly between 12 '
     'and 25. Arrive in 42 min.',
     'AND(GreaterThan({Heads}, 12), LessThan({Heads}, 25))', 'rows', 'by-header', 'navigation'),
    ('SERVICES: will color every Heads cell that is below 12 or above 25 (just the cells) in SauerkrautCrocks for '
     '$640. Call 555-0172 after 10, no time-wasters.',
     'OR(LessThan({Heads}, 12), GreaterThan({Heads}, 25))', 'cells', 'by-header', 'classified', 'or'),
    ("Sheet SauerkrautCrocks: colour every row belonging to the non-'Napa' crocks.",
     'NOT(TextEquals({Cabbage}, "Napa"))', 'rows', 'by-value', 'annotator', 'negation'),
    ("Newbie here. SauerkrautCrocks sheet, column D: can I shade any Packed On cell that falls on tomorrow's date "
     '(cells only, not the rows)?',
     'Tomorrow({Packed On})', 'cells', 'by-header', 'forum', 'date'),
    ('INT. WORKSHOP - NIGHT. A laptop glows. HUGO: Okay, SauerkrautCrocks. Color full rows for crocks where Packed '
     'On is in the last 7 days including today. SMASH CUT TO:',
     'Last7Days({Packed On})', 'rows', 'by-header', 'screenplay', 'date'),
    ('Take 2 capsules with food. Qty: 66. Note from Dr. Dlamini: in SauerkrautCrocks, bold each Packed On value that '
     'is within this week (the cell only).',
     'ThisWeek({Packed On})', 'cells', 'by-header', 'prescription', 'date'),
    ('At the roundabout, take the second exit onto Kings Parade. In SauerkrautCrocks, mark any Packed On cell that '
     'is within last week (cells only, not the rows). Arrive in 47 min.',
     'LastWeek({Packed On})', 'cells', 'by-header', 'navigation', 'date'),
    ('WANTED: in SauerkrautCrocks, highlight every Packed On cell that is within next week (just the cells). Genuine '
     'replies only, $450 offered. Call 555-0180.',
     'NextWeek({Packed On})', 'cells', 'by-header', 'classified', 'date'),
    ('Sheet SauerkrautCrocks: shade the complete row of any crock whose Packed On is within this month.',
     'ThisMonth({Packed On})', 'rows', 'by-header', 'annotator', 'date'),
    ('How do I highlight full rows for the crocks of the previous calendar month in my SauerkrautCrocks sheet?',
     'LastMonth({Packed On})', 'rows', 'by-meaning', 'forum', 'date'),
    ("FADE IN: MAYA studies the SauerkrautCrocks tab. MAYA: Flag every row belonging to next month's crocks. CUT TO:",
     'NextMonth({Packed On})', 'rows', 'by-meaning', 'screenplay', 'date'),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
