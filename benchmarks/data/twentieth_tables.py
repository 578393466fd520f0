"""A twentieth set of table requests, about a third of them header-only, and the builder of twentieth_tables.json.

Written on 2026-12-07 between 10:49 and 11:03 UTC (by `date -u` on this machine) by engineer
E20t, who had read neither the assistant's code nor any set's wordings, so that the team has table
requests nobody has tuned on. The eleven tables (a lumber yard's orders, fairground ride checks,
tarot readings, regatta entries, an ice-fishing derby, a hot dog stand's shifts, limo hire bookings,
wedding DJ gigs, a laundromat's machines, glamping stays, vinyl pressing jobs) and every request
were written from scratch. Headers carry units, currencies and question marks (`Length (ft)`,
`Price ($)`, `Moisture (%)`, `Kiln Dried?`, `Min Height (cm)`, `Takings (£)`, `Top Speed (mph)`,
`Temp (°C)`, `Fee (€)`, `Repeat Client?`, `Hull Length (m)`, `Finish Time (min)`, `Wind (knots)`,
`Entry Fee (£)`, `Heaviest (lb)`, `Ice (in)`, `Air Temp (°F)`, `Shanty?`, `Entry Fee (C$)`,
`Takings ($)`, `Grill Temp (°F)`, `Fare ($)`, `Set Length (hr)`, `Volume Cap (dB)`,
`Water Temp (°C)`, `Load (kg)`, `Rate (£)`, `Altitude (ft)`, `Night Low (°C)`, `Weight (g)`,
`Turnaround (days)`), and the cells dates, money (plain numbers under a currency header), decimals,
negative temperatures, codes (order, booking, entry, shift, gig, stay, job and machine numbers,
fault codes), yes/no values, free text (names, couples, woods, ride types, spreads, clubs, boat
classes, lakes, species, locations, occasions, vehicles, venues, first dances, units, formats,
reviews, notes), text in number columns ("tbc", "n/a", "closed", "comp", "DQ", "rained off",
"quote pending", "TBC", "TBA", "on hold"), Excel errors (#VALUE!, #N/A, #DIV/0!, #REF!) and blanks.

Styles (the second tag, after the naming, as table_sets and the table test module want it;
table_sets.STYLES is the earlier table sets', this set has its own): `annotator`, the benchmark
annotators' imperative lines ("Highlight X less than or equal to 3 in sheet T", the sheet being the
table's name; "Highlight rows with ..." where the whole row is meant); `forum`, a forum question of a
sentence or two, sometimes with a column letter (always the true column of the table placed at A1);
`menu`, new here: the request written as Excel's ribbon menus and dialogs, which a careful reader
turns into the rule (Highlight Cells Rules > Between..., Top/Bottom Rules > Bottom 10 Items... set to
3, New Rule > Format only cells that contain > No Blanks, A Date Occurring > Next Week, Icon Sets,
Color Scales, Data Bars, Duplicate Values... > Unique; never for TextEquals, which Excel's "Equal
To..." would make a Cell Value rule); `legalese`, new here: formal, contractual wording ("shall be
highlighted", "other than", "save where", "commences with", "not fewer than ... and not more than",
"the preceding calendar month"); `teen`, new here: very casual youth slang ("ngl", "r", "em", "fr",
"lowkey", "no cap", "it's giving", "slay"); `reference`, new here: the literal given by a well-known
quantity (below freezing = 0 °C, water's freezing and boiling points in °F = 32 and 212, a dozen = 12,
a baker's dozen = 13, a gross = 144, a score = 20, a century = 100, an hour = 60 minutes, a week = 7
and a fortnight = 14 days, a quarter = 25%, a pair to half a dozen = 2 to 6, a foot = 12 inches, a
mile = 5,280 ft, a marathon = 26.2 miles), with the figure said whenever the reference is not
universal (the UK motorway limit of 70 mph, the US drinking age of 21, the voting age of 18, the
weight of a 180-gram audiophile record, a seven-inch single's 45 RPM). These examples are of this set's kind;
the brief's own examples were not used as requests. Requests keep Excel's semantics: a blank compares
as 0 and any text is greater than any number, so comparisons other than LessThan, LessThanEqual and
Between (and ANDs of them) are kept off columns holding a text cell or a lone-space blank (checked by
/tmp/e20t/textcheck.py, two runs, which also checks that an annotator line is "rows" exactly when it
starts "Highlight rows"; its first run printed this set's TextEquals rules, matched by a loose pattern,
and four scope mismatches, fixed before any build; its second one line, a Between on a column with a
blank, allowed).

What its author read, every command that printed anything: `date -u` (at the start, 10:49:36, while
writing and at the end); `cat` of /work/team/brief20.md (the brief); `ls` of /work/main and
benchmarks/data/ (file names); of benchmarks/data/nineteenth_tables.py a `grep -n` anchored on top-level
names (it also matched two docstring lines that start with "from"), `sed -n 1,215p` (docstring, imports,
constants and helper code, and seven lines more, see Slips), a `grep -n` of its `table_sets.bind` and
`main()` lines and a `sed -n 1082,1092p` cut to 60 characters with entry lines filtered out (its last
entry's tag tail, see Slips, the closing bracket, the bind and main), and a `grep -n` of its
`TABLES[`/`ENTRIES[` lines cut to 40 characters, the first four (two table names); `wc -l` of
nineteenth_tables.py, table_sets.py, column_sets.py and everyday_common.py; `cat` of table_sets.py,
column_sets.py, everyday_common.py, tests/benchmarks/test_table_sets_data.py and
../shared/docs/CF_RULES.md (`wc -c`, then whole); of tests/benchmarks/set_files.py a `grep -n` of its
`def` lines and its check functions (`sed -n 38,62p` and `sed -n 103,132p`); the first 12,000 characters
of benchmarks/data/README.md, each line cut to 400 characters; `python -c "import cf_assistant"` (ok);
`ls benchmarks/data/*.json | wc -l` (45). Of cf_assistant.languages.cf: parse/to_text on 32 made-up
rules for the canonical spelling. A short program (/tmp/e20t/domcheck.py, three runs) read the module
docstrings of every other builder in benchmarks/data/ (ast.get_docstring; twentieth_* aside) and the
`Table` field of every set file there (twentieth_* aside), and printed one True/False per candidate
(True when named in a docstring or a table name as a whole word with an optional plural s, spaces and
dashes also ignored). Dropped as used: axe throwing, escape room, tattoo, roller derby, laser tag, car
wash, ice rink, fishing charter, karaoke, drone, mushroom farm, vineyard, go-kart, trampoline park,
lighthouse, observatory, locksmith, zipline, esports, hot air balloon, scuba, glassblowing, pottery,
arcade, food bank, blood, seed bank, organ, circus, rodeo, ballet, auction house, maple syrup, quarry,
hatchery, sumo, bonsai, koi, perfumery, calligraphy, puppet, typewriter, record shop, comic, escape,
fencing, archery, polo, pawn, ski, bowling, skate, tow, salmon, sawmill, chess club, sugar shack, radio
station, bus depot, dog grooming, grooming, busking, parking, crematorium, tailor, funicular, snow
plough, gritting, hovercraft, car boot, quiz. Unused, and taken: lumber, fairground, tarot, regatta, ice
fishing, hot dog, limo, dj, laundromat, glamping, vinyl (also unused, not taken: pawnshop, ski rental,
bowling alley, skatepark, tow truck, bail bond, ferris wheel, sugarhouse, lumber mill, salmon hatchery,
mime, dojo, fortune, wedding dj, stargazing, houseboat, jukebox, cigar, pie shop, raffle, meat raffle,
trivia night, parking garage, escape artist, car boot sale). The builder's own checks were run while
writing (/tmp/e20t/check.py, which writes this file from /tmp/e20t/head.py, /tmp/e20t/parts and
/tmp/e20t/tail.py, imports it and runs build_full without writing; 19 runs, their messages name this
set's requests and rules only, with a count of this set's entries per table, style and naming, the
whole-row count, the eight thinnest functions over the whole set and the lines over 120, never a split),
the first build (`python benchmarks/data/twentieth_tables.py`, its counts), five rebuilds, each with a
`cmp` of the file against the first build's copy (the same; the first piped into `head -1`, which ended
it with a broken pipe after the file was written), the line-length check of /tmp/e20t/assemble.py (twice
one line of this docstring over 120, rewrapped; then none), a `test -e` of the train split (present),
the program that edited the table test module (then `sed -n 1,24p` of that module's docstring, as
edited), the program that put the README row in (it printed how many nineteenth_tables rows it found:
1), `grep -c` of the two twentieth README rows, a `ls` of the file names with "twentieth" in
benchmarks/data (E20c's twentieth_cf.py and twentieth_cf.json were there before this set's first build;
this set was built and tested with them beside it), and `python -m pytest -q` of
tests/benchmarks/test_table_sets_data.py (`-k twentieth`, then whole) and
tests/benchmarks/test_sets_are_the_projects_own.py.

Slips: (1) `sed -n 1,215p` of nineteenth_tables.py, meant to stop before its first table, printed
seven lines more: `TABLES = {}`, `ENTRIES = {}`, its first `TABLES[` line (a table name), that
table's header row and its first three data rows (cells only, no request). (2) `sed -n 1082,1092p`
of it, cut to 60 characters with lines starting `    ("` filtered out, printed the tag tails of its
last two entries (`"idiom", "date"),` and `"cells", "by-header", "distractor", "date"),`: a scope, a
naming, styles and tags, no request). Nothing of them was reused. No other entry line of any
builder was printed.
Nothing was added, dropped or reworded after the splits were seen (the build came after every entry
was final; every function had a record in both halves at the first build). The two engineers kept
apart scratch folders (/tmp/e20t here); nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; `git log`, `git show`, any diff's
content, `git diff --stat` (no git command was run); everyday_tables.py (not on the brief's reading
list; its build_record and problems are used through table_sets only); ../shared/docs/EVALUATION.md
and ../shared/data (the train split is compared by the builder's program only);
tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of the other
builders (but Slips); README.md past its first 12,000 characters (the nineteenth_tables row included:
this set's row follows it); twentieth_cf.py and twentieth_cf.json (written beside this set by
engineer E20c; the builder compares with any set file beside it by program only, as
table_sets.requests_elsewhere does); the utterances or tables of any JSON file (compared with this
set's by program only, never printed). No request was run through `cfa suggest`, `cfa bench` or a
model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to nineteenth_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows (a row, "the
whole row", "full row", "entire row", "in full", "in its entirety", "rows", "Highlight rows with",
or the orders, rides, readings, entries, anglers, shifts, bookings, gigs, machines, stays or jobs
themselves), "cells" otherwise; `naming` says how the request names the tested column: `by-header`
(its header's words or a plain spelling-out of them, or its letter), `by-meaning` (what its values
mean: the clients under 18, the calm races, the windiest races, the fastest finishers, the longest
sessions, the highest-altitude sites, the coldest nights, jobs turned around in less than a week,
stays checked in tomorrow, shipments last month) or `by-value` (only values of it: Walnut, Cherry,
Waltzer, Coaster, Dodgems, Laser, Emsworth, Bosham, Walleye, Ballpark, Prom, Funeral, Anniversary,
Sedan, Perfect, Dryer, Dome, Pod, LP). Each rule tests one column. Every record is first built and
checked on its full table (everyday_tables' `build_record` with IDs prefixed `t20t-`; its
`problems`: a record that formats no row or every row, whose near misses its table cannot tell
apart, text operators exempt, or whose rule formats the same rows on another column is refused),
and a request already written (case aside) in any other set file of benchmarks/data/ or in the
benchmark's train split (../shared/data/cf/train.json, on this machine) is refused, as is a column
letter or range that is not the rule's column. Then the records picked by a stable hash of the ID
(about one in three, `table_sets.header_only`) are written with `Data` = [header row], `Labels` = []
and the tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table
text below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date
comparisons are not written, date periods are (each table's one date column holds the fourteen days
06-11, 06-12, 06-13, 06-07, 06-04, 06-18, 06-27, 05-20, 07-08, 03-01, 06-14, 06-20, 06-25 and 05-29,
in its own order, so that the ten periods tell apart). Labels follow Excel: a blank compares as 0,
any text is greater than any number, an error is neither blank nor formatted by a comparison, text
tests ignore case. Every comparison's threshold and every Between bound is a value of its column (so
that "at least" and "more than" differ there); a `reference` request names that value by its
quantity. Each table leaves out seven of the 31 functions that are not date periods and three of the
ten periods, in turn (table k leaves out the functions 7k to 7k+6 and the periods 3k to 3k+2 of a
fixed order, mod 31 and 10), so that each function has 8 or 9 records and each period 7 or 8.

How refusals were fixed (12 refusals over 7 check runs that refused some; no draft equalled a
request elsewhere): by changing cells (LumberYard's `Boards` 15 to 25 and a `Price ($)` made blank,
so that its bottom rows differ from `Price ($)`'s and its NotErrors from NotBlanks; RegattaEntries'
`Hull Length (m)` 3.23 to 3.25 on one Topper, so that its duplicates differ from `Boat Class`'s;
HotDogStand's `Dogs Sold` 60 to 160, so that its bottom rows differ from `Buns Wasted`'s and
`Grill Temp (°F)`'s; WeddingDJ's `Volume Cap (dB)` 105 to 100 on one gig, so that its top rows
differ from `Fee ($)`'s; Laundromat's `Water Temp (°C)` 30 to 40 on one washer, so that its bottom
rows differ from `Minutes`'; VinylPressing's `Price ($)` blank moved and 950 made 1950, so that its
LessThan and bottom rows differ from `Turnaround (days)`' and `Weight (g)`'s), and by changing the
rule with its wording (TopPercent 10 to 20 on RegattaEntries' `Entry Fee (£)`, BottomPercent 10 to
20 on IceFishingDerby's `Fish Caught`, LessThanEqual 4 to 3 on HotDogStand's `Hours`, Equals 78
to 45 on VinylPressing's `RPM`, 78 being its largest value). Before any build, four annotator lines
not starting "Highlight rows" were given the scope "cells", one `forum` naming made `by-header`, one
`reference` request reworded to name the Age cells, and "the LPs" reworded to exclude the double LPs.

Tags: the naming, the style, then any of `boundary`, `negation`, `or`, `superlative`, `starts-ends`,
`date`, then `header-only` where the rows were dropped, then `twentieth` (last). Every one of the 41
top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twentieth_tables.py` prints them): 341 records, dev 183 / test
158; 11 tables of 10 columns and 14 data rows each; 119 header-only records (35%; dev 63, test 56);
scope rows 165 (48%) / cells 176; naming by-header 302, by-meaning 25, by-value 14 (11% not by
header); styles annotator 66, teen 66, legalese 60, menu 60, forum 57, reference 32; every one of the
41 top functions in both halves (the thinnest: Last7Days with one record in test; Bottom, Errors,
TextContains, ThisMonth, Top and Tomorrow/TextStartsWith/NOT with two in one half).

Rebuild: `python benchmarks/data/twentieth_tables.py` (prints the counts per split, table, scope,
naming, style, tag and function); tests/benchmarks/test_table_sets_data.py checks the file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentieth_tables.json"
PREFIX = "t20t"
TAG = "twentieth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: Excel's menus and dialogs, formal contractual
# wording, very casual youth slang, and literals given by a well-known quantity (freezing, a dozen).
STYLES = ("annotator", "forum", "menu", "legalese", "teen", "reference")
# The requests of every other set file in this folder (these forty-five at the time of writing,
# and any written since, e.g. twentieth_cf.json, written at the same time by another engineer)
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
              "nineteenth_cf.json", "nineteenth_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "$", "£", "€" and "C$"
# amounts sit under a currency header as plain numbers. Each table is added to TABLES and its
# entries to ENTRIES in turn.

TABLES = {}
ENTRIES = {}

TABLES["LumberYard"] = _table("""
Order | Customer | Wood | Delivery | Length (ft) | Boards | Price ($) | Moisture (%) | Kiln Dried? | Notes
LY-2201 | Hollis | Red Oak | 2024-06-11 | 8 | 40 | 1840 | 12 | Yes | call first
LY-2202 | Brandt | Pine | 2024-06-04 | 10 | 144 | 5200 | 8 | No | _
LY-2203 | Okafor | Cedar | 2024-06-25 | 12 | 25 | 760 | 19 | Yes | gate code 4471
LY-2204 | Hollis | Maple | 2024-05-20 | 16 | 60 | 2950 | 7 | _ | ~
LY-2205 | Marsh | Walnut | 2024-06-13 | 8 | 200 | #VALUE! | 11 | Yes | urgent
LY-2206 | Delgado | Pine | 2024-06-18 | 20 | 35 | 1230 | _ | No | pickup at yard
LY-2207 | Brandt | Douglas Fir | 2024-03-01 | 12 | 80 | 3880 | 9 | ~ | _
LY-2208 | Quill | Cherry | 2024-06-07 | 14 | 13 | _ | 14 | Yes | call on arrival
LY-2209 | Sato | White Oak | 2024-07-08 | 10 | 150 | 6400 | 6 | Yes | urgent, crane needed
LY-2210 | Fenwick | Ash | 2024-06-12 | 6 | 12 | 410 | 22 | No | pickup Friday
LY-2211 | Hollis | Pine | 2024-06-27 | 16 | 45 | tbc | 10 | _ | _
LY-2212 | Ng | Oak | 2024-06-14 | 12 | 90 | 4300 | n/a | Yes | leave at side gate
LY-2213 | Ruiz | Birch | 2024-06-20 | 8 | 300 | 9100 | 8 | No | ~
LY-2214 | Marsh | Cedar | 2024-05-29 | 18 | 55 | 2100 | 13 | Yes | call first
""")

ENTRIES["LumberYard"] = [
    ("Highlight rows where Notes contains urgent in sheet LumberYard", 'TextContains({Notes}, "urgent")',
     "rows", "by-header", "annotator"),
    ("Any Notes entry that does not contain the word 'call' shall, for the avoidance of doubt, be highlighted",
     'TextNotContains({Notes}, "call")', "cells", "by-header", "legalese", "negation"),
    ("New Rule > Format only cells that contain > Specific Text > beginning with > pickup, on Notes, whole row",
     'TextStartsWith({Notes}, "pickup")', "rows", "by-header", "menu", "starts-ends"),
    ("ngl the woods ending in 'oak' r the vibe, highlight those rows fr", 'TextEndsWith({Wood}, "oak")',
     "rows", "by-header", "teen", "starts-ends"),
    ("Highlight Length (ft) between 10 and 16 in sheet LumberYard", "Between({Length (ft)}, 10, 16)",
     "cells", "by-header", "annotator", "boundary"),
    ("How do I flag lengths that fall outside 10 to 16 ft? Length is column E.",
     "NotBetween({Length (ft)}, 10, 16)", "cells", "by-header", "forum", "negation"),
    ("top 3 orders by boards go crazy, highlight the rows", "Top({Boards}, 3)", "rows", "by-header", "teen",
     "superlative"),
    ("Top/Bottom Rules > Bottom 10 Items... but set it to 3, on the Boards column", "Bottom({Boards}, 3)",
     "cells", "by-header", "menu", "superlative"),
    ("The orders constituting the top twenty per cent by Price ($) shall be highlighted in their entirety",
     "TopPercent({Price ($)}, 20)", "rows", "by-header", "legalese", "superlative"),
    ("Mark the bottom quarter of the Moisture (%) readings", "BottomPercent({Moisture (%)}, 25)", "cells",
     "by-header", "reference", "superlative"),
    ("Is there a way to colour moisture readings above the average? They're in column H.",
     "AboveAverage({Moisture (%)})", "cells", "by-header", "forum"),
    ("Top/Bottom Rules > Below Average... applied to Price ($), format the entire row",
     "BelowAverage({Price ($)})", "rows", "by-header", "menu"),
    ("Highlight duplicate values in Customer in sheet LumberYard", "Duplicates({Customer})", "cells",
     "by-header", "annotator"),
    ("lowkey wanna see the one-time customers, highlight their rows", "Unique({Customer})", "rows",
     "by-header", "teen"),
    ("Any Kiln Dried? cell left blank, including one holding only a space, shall be highlighted",
     "Blanks({Kiln Dried?})", "cells", "by-header", "legalese"),
    ("New Rule > Format only cells that contain > No Blanks, on Notes, then format the full row",
     "NotBlanks({Notes})", "rows", "by-header", "menu", "negation"),
    ("Column G has some junk from a bad paste. Can the whole row light up when Price ($) is an error?",
     "Errors({Price ($)})", "rows", "by-header", "forum"),
    ("Highlight rows without errors in Price ($) in sheet LumberYard", "NotErrors({Price ($)})", "rows",
     "by-header", "annotator", "negation"),
    ("slap a color scale on moisture %, it's giving data", "ColorScale({Moisture (%)})", "cells", "by-header",
     "teen"),
    ("Conditional Formatting > Data Bars > Gradient Fill, for the Price ($) column", "DataBar({Price ($)})",
     "cells", "by-header", "menu"),
    ("An icon set shall be applied to each cell of the Moisture (%) column", "IconSet({Moisture (%)})",
     "cells", "by-header", "legalese"),
    ("Highlight whole rows whose Length (ft) is a dozen or more but no longer than 16",
     "AND(GreaterThanEqual({Length (ft)}, 12), LessThanEqual({Length (ft)}, 16))", "rows", "by-header",
     "reference", "boundary"),
    ("Any way to make the Walnut and Cherry orders stand out as full rows?",
     'OR(TextEquals({Wood}, "Walnut"), TextEquals({Wood}, "Cherry"))', "rows", "by-value", "forum", "or"),
    ("Save where the Wood contains 'pine', each Wood cell shall be highlighted",
     'NOT(TextContains({Wood}, "pine"))', "cells", "by-header", "legalese", "negation"),
    ("Highlight Cells Rules > A Date Occurring... > In the last 7 days, Delivery column",
     "Last7Days({Delivery})", "cells", "by-header", "menu", "date"),
    ("deliveries from last week, highlight the rows pls no cap", "LastWeek({Delivery})", "rows", "by-header",
     "teen", "date"),
    ("Highlight rows with Delivery this week in sheet LumberYard", "ThisWeek({Delivery})", "rows", "by-header",
     "annotator", "date"),
    ("What's the rule to shade deliveries due next week? Dates sit in D.", "NextWeek({Delivery})", "cells",
     "by-header", "forum", "date"),
    ("Each Delivery date falling within the preceding calendar month shall be highlighted",
     "LastMonth({Delivery})", "cells", "by-header", "legalese", "date"),
    ("the stuff getting dropped off this month, mark those rows bestie", "ThisMonth({Delivery})", "rows",
     "by-meaning", "teen", "date"),
    ("Highlight Delivery next month in sheet LumberYard", "NextMonth({Delivery})", "cells", "by-header",
     "annotator", "date"),
]

TABLES["FairgroundRides"] = _table("""
Ride | Operator | Type | Inspected | Min Height (cm) | Riders | Takings (£) | Top Speed (mph) | Temp (°C) | Fault Notes
Thunderbolt | Pike | Coaster | 2024-06-12 | 120 | 24 | 3150 | 55 | 4 | brake pads worn
Galloper | Dunn | Carousel | 2024-06-04 | 90 | 40 | 980 | 8 | 12 | _
Bumpers | Pike | Dodgems | 2024-05-20 | 100 | 13 | 1420 | 6 | -1 | ok
Twister | Varga | Waltzer | 2024-06-11 | 110 | 18 | #N/A | 12 | 0 | ~
Spook House | Dunn | Ghost Train | 2024-06-27 | 100 | 30 | 760 | 5 | 8 | lap bar sticks
Skyview | Lowe | Big Wheel | 2024-06-13 | 90 | 36 | 2200 | 2 | 15 | ok
Spiral Slide | Cobb | Helter Skelter | 2024-07-08 | 100 | 13 | _ | 10 | 3 | _
Freefall | Pike | Drop Tower | 2024-06-18 | 140 | 8 | 2650 | 70 | 0 | sensor fault
Teacup Twirl | Varga | Teacups | 2024-03-01 | 90 | 28 | 540 | 4 | 21 | ok
Jolly Roger | Amos | Pirate Ship | 2024-06-07 | 120 | 44 | 1875 | 30 | 9 | ok
Comet | Lowe | Coaster | 2024-06-25 | 130 | 20 | 3400 | 75 | -3 | chain noise
Crash Cars | Dunn | Dodgems | 2024-05-29 | 100 | 12 | 1210 | 6 | 6 | _
Splash Run | Reyes | Log Flume | 2024-06-14 | 110 | 16 | closed | 28 | 17 | pump ok
Flyer | Cobb | Swing Chairs | 2024-06-20 | 120 | 26 | 1690 | 18 | 2 | ~
""")

ENTRIES["FairgroundRides"] = [
    ("Highlight Riders greater than 30 in sheet FairgroundRides", "GreaterThan({Riders}, 30)", "cells",
     "by-header", "annotator"),
    ("Highlight the rides whose top speed is at or above the UK motorway limit of 70 mph",
     "GreaterThanEqual({Top Speed (mph)}, 70)", "rows", "by-header", "reference", "boundary"),
    ("Shade every Temp (°C) reading that is below freezing", "LessThan({Temp (°C)}, 0)", "cells", "by-header",
     "reference"),
    ("Which rule shades the rides for little ones, with a minimum height of 100 cm or less? Column E.",
     "LessThanEqual({Min Height (cm)}, 100)", "rows", "by-header", "forum", "boundary"),
    ("Highlight the rides that carried exactly a baker's dozen riders", "Equals({Riders}, 13)", "rows",
     "by-header", "reference"),
    ("Each ride whose Min Height (cm) is other than 120 shall be highlighted in its entirety",
     "NotEquals({Min Height (cm)}, 120)", "rows", "by-header", "legalese", "negation"),
    ("the waltzer lowkey iconic, highlight its row", 'TextEquals({Type}, "Waltzer")', "rows", "by-value",
     "teen"),
    ("Top/Bottom Rules > Bottom 10 Items..., change 10 to 2, on Takings (£)", "Bottom({Takings (£)}, 2)",
     "cells", "by-header", "menu", "superlative"),
    ("The rides in the top 25 per cent by Top Speed (mph) shall be highlighted",
     "TopPercent({Top Speed (mph)}, 25)", "rows", "by-header", "legalese", "superlative"),
    ("How do I get the bottom 20% of the Riders numbers coloured?", "BottomPercent({Riders}, 20)", "cells",
     "by-header", "forum", "superlative"),
    ("Highlight rows with Takings (£) above average in sheet FairgroundRides", "AboveAverage({Takings (£)})",
     "rows", "by-header", "annotator"),
    ("the temps that r below average, mark em", "BelowAverage({Temp (°C)})", "cells", "by-header", "teen"),
    ("Highlight Cells Rules > Duplicate Values..., Format cells that contain Duplicate, on Operator",
     "Duplicates({Operator})", "cells", "by-header", "menu"),
    ("Each ride whose Operator appears once only in the Operator column shall be highlighted",
     "Unique({Operator})", "rows", "by-header", "legalese"),
    ("Highlight blank cells in Fault Notes in sheet FairgroundRides", "Blanks({Fault Notes})", "cells",
     "by-header", "annotator"),
    ("rides that actually got fault notes written, highlight the whole row fr", "NotBlanks({Fault Notes})",
     "rows", "by-header", "teen", "negation"),
    ("New Rule > Format only cells that contain > Errors, applied to Takings (£)", "Errors({Takings (£)})",
     "cells", "by-header", "menu"),
    ("Takings are in G and one is an #N/A. How do I shade the rows where Takings (£) is not an error?",
     "NotErrors({Takings (£)})", "rows", "by-header", "forum", "negation"),
    ("A colour scale shall be applied to the Takings (£) column", "ColorScale({Takings (£)})", "cells",
     "by-header", "legalese"),
    ("Apply data bars to Takings (£) in sheet FairgroundRides", "DataBar({Takings (£)})", "cells", "by-header",
     "annotator"),
    ("Conditional Formatting > Icon Sets > 3 Arrows (Colored), on the Takings (£) cells",
     "IconSet({Takings (£)})", "cells", "by-header", "menu"),
    ("Highlight the rides where Temp (°C) is anywhere from freezing point up to and including 4",
     "AND(GreaterThanEqual({Temp (°C)}, 0), LessThanEqual({Temp (°C)}, 4))", "rows", "by-header",
     "reference", "boundary"),
    ("Can I colour every Coaster and every Dodgems row in one go?",
     'OR(TextEquals({Type}, "Coaster"), TextEquals({Type}, "Dodgems"))', "rows", "by-value", "forum", "or"),
    ("Save where its Fault Notes contain 'ok', each ride shall be highlighted",
     'NOT(TextContains({Fault Notes}, "ok"))', "rows", "by-header", "legalese", "negation"),
    ("rides inspected yesterday, highlight em", "Yesterday({Inspected})", "rows", "by-header", "teen", "date"),
    ("Highlight Inspected today in sheet FairgroundRides", "Today({Inspected})", "cells", "by-header",
     "annotator", "date"),
    ("Highlight Cells Rules > A Date Occurring... > Tomorrow, on the Inspected dates", "Tomorrow({Inspected})",
     "cells", "by-header", "menu", "date"),
    ("How can I shade the rides that are due an inspection next week? Inspected is column D.",
     "NextWeek({Inspected})", "rows", "by-header", "forum", "date"),
    ("Every Inspected date within the last calendar month shall be highlighted", "LastMonth({Inspected})",
     "cells", "by-header", "legalese", "date"),
    ("Highlight rows with Inspected this month in sheet FairgroundRides", "ThisMonth({Inspected})", "rows",
     "by-header", "annotator", "date"),
    ("the rides getting checked next month, highlight those dates", "NextMonth({Inspected})", "cells",
     "by-meaning", "teen", "date"),
]

TABLES["TarotReadings"] = _table("""
Booking | Client | Spread | Session Date | Cards Drawn | Minutes | Fee (€) | Age | Repeat Client? | Notes
TR-501 | Willa Shore | Celtic Cross | 2024-06-13 | 10 | 60 | 55 | 34 | Yes | wants the moon card
TR-502 | Mona Reyes | Three Card | 2024-03-01 | 3 | 20 | 25 | 17 | No | _
TR-503 | Ivy Tran | One Card | 2024-06-12 | 1 | 15 | _ | 52 | _ | first visit
TR-504 | Della Moss | Horseshoe | 2024-06-20 | 7 | 45 | 40 | 18 | Yes | ~
TR-505 | Rhea Knox | Celtic Cross | 2024-06-07 | 10 | 60 | 55 | 29 | Yes | recorded
TR-506 | Luz Ortega | Year Ahead | 2024-05-29 | 5 | 90 | 80 | 61 | No | gift voucher
TR-507 | Kit Fairley | Three Card | 2024-06-11 | 3 | 30 | 30 | 16 | No | _
TR-508 | Nadia Bell | Relationship | 2024-06-25 | 13 | 45 | 45 | 45 | ~ | first visit
TR-509 | Opal Grey | Past Present Future | 2024-06-04 | 3 | 25 | 25 | 18 | Yes | recorded
TR-510 | June Sato | One Card | 2024-07-08 | 1 | 15 | #DIV/0! | 23 | No | asked about career
TR-511 | Cass Holt | Year Ahead | 2024-06-18 | 12 | 75 | 50 | 30 | Yes | ~
TR-512 | Mira Vance | Career Path | 2024-05-20 | 22 | 120 | 110 | 70 | _ | gift voucher
TR-513 | Sage Lin | Three Card | 2024-06-14 | 3 | 20 | comp | 19 | No | first visit
TR-514 | Tess Ruiz | Celtic Cross | 2024-06-27 | 10 | 60 | 60 | 27 | Yes | _
""")

ENTRIES["TarotReadings"] = [
    ("Highlight the readings where more than a dozen cards were drawn", "GreaterThan({Cards Drawn}, 12)",
     "rows", "by-header", "reference"),
    ("Shade each Age that is at least the legal voting age of 18", "GreaterThanEqual({Age}, 18)",
     "cells", "by-header", "reference", "boundary"),
    ("the clients under 18 lowkey need flagging, highlight their rows", "LessThan({Age}, 18)", "rows",
     "by-meaning", "teen"),
    ("Highlight Minutes less than or equal to 30 in sheet TarotReadings", "LessThanEqual({Minutes}, 30)",
     "cells", "by-header", "annotator", "boundary"),
    ("Highlight the sessions that ran exactly an hour, going by Minutes", "Equals({Minutes}, 60)", "rows",
     "by-header", "reference"),
    ("Each Cards Drawn figure other than 3 shall be highlighted", "NotEquals({Cards Drawn}, 3)", "cells",
     "by-header", "legalese", "negation"),
    ("How do I colour every row where the Spread is Celtic Cross? Spread is column C.",
     'TextEquals({Spread}, "Celtic Cross")', "rows", "by-header", "forum"),
    ("Any booking whose Notes contain the word 'gift' shall be highlighted", 'TextContains({Notes}, "gift")',
     "rows", "by-header", "legalese"),
    ("New Rule > Format only cells that contain > Specific Text > not containing > card, on Spread",
     'TextNotContains({Spread}, "card")', "cells", "by-header", "menu", "negation"),
    ("clients whose names start with M, highlight em", 'TextStartsWith({Client}, "M")', "cells", "by-header",
     "teen", "starts-ends"),
    ("Highlight rows where Spread ends with Cross in sheet TarotReadings", 'TextEndsWith({Spread}, "Cross")',
     "rows", "by-header", "annotator", "starts-ends"),
    ("Is there a way to shade fees from 40 to 60 euros inclusive? Fee is column G.",
     "Between({Fee (€)}, 40, 60)", "cells", "by-header", "forum", "boundary"),
    ("New Rule > Format only cells with > Cell Value > not between > 30 and 60, on Minutes, full row",
     "NotBetween({Minutes}, 30, 60)", "rows", "by-header", "menu", "negation"),
    ("the 3 longest sessions r a whole vibe, highlight those rows", "Top({Minutes}, 3)", "rows", "by-meaning",
     "teen", "superlative"),
    ("Any Repeat Client? cell left empty shall be highlighted", "Blanks({Repeat Client?})", "cells",
     "by-header", "legalese"),
    ("Highlight rows with Notes not blank in sheet TarotReadings", "NotBlanks({Notes})", "rows", "by-header",
     "annotator", "negation"),
    ("any fee that's erroring out, highlight the row", "Errors({Fee (€)})", "rows", "by-header", "teen"),
    ("New Rule > Format only cells that contain > No Errors, on Fee (€)", "NotErrors({Fee (€)})", "cells",
     "by-header", "menu", "negation"),
    ("What's the quickest way to put a colour scale on the fees in column G?", "ColorScale({Fee (€)})",
     "cells", "by-header", "forum"),
    ("data bars on the fee column would be so slay", "DataBar({Fee (€)})", "cells", "by-header", "teen"),
    ("Apply an icon set to Fee (€) in sheet TarotReadings", "IconSet({Fee (€)})", "cells", "by-header",
     "annotator"),
    ("Highlight the clients whose Age is from the voting age of 18 up to, but not including, 30",
     "AND(GreaterThanEqual({Age}, 18), LessThan({Age}, 30))", "rows", "by-header", "reference", "boundary"),
    ("Highlight rows where Spread is One Card or Three Card in sheet TarotReadings",
     'OR(TextEquals({Spread}, "One Card"), TextEquals({Spread}, "Three Card"))', "rows", "by-header",
     "annotator", "or"),
    ("anyone whose Repeat Client? isn't Yes (No or left empty), highlight the row",
     'NOT(TextEquals({Repeat Client?}, "Yes"))', "rows", "by-header", "teen", "negation"),
    ("Highlight Cells Rules > A Date Occurring... > Yesterday, on Session Date", "Yesterday({Session Date})",
     "cells", "by-header", "menu", "date"),
    ("Each reading whose Session Date is the present day shall be highlighted", "Today({Session Date})", "rows",
     "by-header", "legalese", "date"),
    ("How can I highlight tomorrow's readings? The dates are in D.", "Tomorrow({Session Date})", "rows",
     "by-meaning", "forum", "date"),
    ("Highlight Session Date in the last 7 days in sheet TarotReadings", "Last7Days({Session Date})", "cells",
     "by-header", "annotator", "date"),
    ("A Date Occurring > Last Week, applied to the Session Date column, whole row", "LastWeek({Session Date})",
     "rows", "by-header", "menu", "date"),
    ("this week's readings, highlight the session dates rn", "ThisWeek({Session Date})", "cells", "by-header",
     "teen", "date"),
    ("Any Session Date falling in the next calendar month shall be highlighted", "NextMonth({Session Date})",
     "cells", "by-header", "legalese", "date"),
]

TABLES["RegattaEntries"] = _table("""
Entry | Helm | Club | Boat Class | Race Date | Crew | Hull Length (m) | Finish Time (min) | Wind (knots) | Entry Fee (£)
RG-01 | Amara Quist | Tamesis | Laser | 2024-06-18 | 1 | 4.23 | 52 | 12 | 25
RG-02 | Ben Tull | Ranelagh | Topper | 2024-06-11 | 1 | 3.23 | 61 | 8 | 15
RG-03 | Cora Vane | Tamesis | Laser | 2024-06-27 | 1 | 4.23 | 48 | 15 | 25
RG-04 | Dev Patel | Upper Thames | Wayfarer | 2024-06-12 | 2 | 4.82 | 57 | 10 | 30
RG-05 | Elsa Kroon | Ranelagh | RS200 | 2024-05-29 | 2 | 4.79 | 44 | 18 | 30
RG-06 | Finn Doyle | Emsworth | Mirror | 2024-06-13 | 2 | 3.30 | 70 | 6 | 15
RG-07 | Gus Orme | Hayling Island | Laser | 2024-06-04 | 1 | 4.23 | 49 | 14 | 25
RG-08 | Hana Ito | Upper Thames | Enterprise | 2024-07-08 | 2 | 4.35 | 55 | 22 | 30
RG-09 | Ilse Berg | Ranelagh | Topper | 2024-06-14 | 1 | 3.25 | 66 | 9 | 15
RG-10 | Jonah Penn | Itchenor | Solo | 2024-03-01 | 1 | 3.78 | 60 | 11 | 20
RG-11 | Kira Moss | Tamesis | Wayfarer | 2024-06-20 | 2 | 4.82 | 53 | 16 | 30
RG-12 | Leo Grant | Hayling Island | Laser | 2024-06-07 | 1 | 4.23 | 47 | 13 | 25
RG-13 | Maeve Hart | Bosham | Mirror | 2024-05-20 | 2 | 3.30 | 72 | 7 | 15
RG-14 | Nico Ruiz | Upper Thames | Fireball | 2024-06-25 | 2 | 4.93 | 41 | 20 | 35
""")

ENTRIES["RegattaEntries"] = [
    ("Highlight the entries whose Finish Time (min) came to more than an hour",
     "GreaterThan({Finish Time (min)}, 60)", "rows", "by-header", "reference"),
    ("Highlight Wind (knots) greater than or equal to 15 in sheet RegattaEntries",
     "GreaterThanEqual({Wind (knots)}, 15)", "cells", "by-header", "annotator", "boundary"),
    ("finish times under 49 min r insane, highlight those rows", "LessThan({Finish Time (min)}, 49)", "rows",
     "by-header", "teen"),
    ("How would I shade the calm races, 9 knots of wind or less? Wind is column I.",
     "LessThanEqual({Wind (knots)}, 9)", "rows", "by-meaning", "forum", "boundary"),
    ("Highlight the Entry Fee (£) cells that come to exactly a score of pounds", "Equals({Entry Fee (£)}, 20)",
     "cells", "by-header", "reference"),
    ("Each entry whose Entry Fee (£) is other than 25 shall be highlighted in full",
     "NotEquals({Entry Fee (£)}, 25)", "rows", "by-header", "legalese", "negation"),
    ("the lasers go hard, highlight those rows", 'TextEquals({Boat Class}, "Laser")', "rows", "by-value",
     "teen"),
    ("Highlight Club containing Thames in sheet RegattaEntries", 'TextContains({Club}, "Thames")', "cells",
     "by-header", "annotator"),
    ("New Rule > Format only cells that contain > Specific Text > not containing > Island, on Club",
     'TextNotContains({Club}, "Island")', "cells", "by-header", "menu", "negation"),
    ("Each Helm whose name commences with the letter 'E' shall be highlighted, together with its row",
     'TextStartsWith({Helm}, "E")', "rows", "by-header", "legalese", "starts-ends"),
    ("Boat classes ending in 'er' (Topper, Wayfarer) should be coloured. How? Class is in D.",
     'TextEndsWith({Boat Class}, "er")', "cells", "by-header", "forum", "starts-ends"),
    ("Highlight Finish Time (min) between 48 and 57 in sheet RegattaEntries",
     "Between({Finish Time (min)}, 48, 57)", "cells", "by-header", "annotator", "boundary"),
    ("Highlight Cells Rules > Between..., no, New Rule > Cell Value > not between > 9 and 16, Wind (knots)",
     "NotBetween({Wind (knots)}, 9, 16)", "cells", "by-header", "menu", "negation"),
    ("the 3 windiest races fr, highlight the whole row", "Top({Wind (knots)}, 3)", "rows", "by-meaning", "teen",
     "superlative"),
    ("How do I pick out the three fastest finishers (lowest finish time) in column H?",
     "Bottom({Finish Time (min)}, 3)", "rows", "by-meaning", "forum", "superlative"),
    ("Top/Bottom Rules > Top 10%..., then set it to 20%, on Entry Fee (£)", "TopPercent({Entry Fee (£)}, 20)",
     "cells", "by-header", "menu", "superlative"),
    ("The entries in the bottom 20 per cent by Hull Length (m) shall be highlighted",
     "BottomPercent({Hull Length (m)}, 20)", "rows", "by-header", "legalese", "superlative"),
    ("Highlight rows with Wind (knots) above average in sheet RegattaEntries", "AboveAverage({Wind (knots)})",
     "rows", "by-header", "annotator"),
    ("finish times below average, mark em", "BelowAverage({Finish Time (min)})", "cells", "by-header", "teen"),
    ("Every Boat Class value that occurs more than once shall be highlighted", "Duplicates({Boat Class})",
     "cells", "by-header", "legalese"),
    ("Which rule colours the clubs that have only one entry? Club is column C.", "Unique({Club})", "rows",
     "by-header", "forum"),
    ("Entries with a Hull Length (m) of not less than 4.23 and not more than 4.79 shall be highlighted",
     "AND(GreaterThanEqual({Hull Length (m)}, 4.23), LessThanEqual({Hull Length (m)}, 4.79))", "rows",
     "by-header", "legalese", "boundary"),
    ("Can I colour the Emsworth and Bosham entries in one rule?",
     'OR(TextEquals({Club}, "Emsworth"), TextEquals({Club}, "Bosham"))', "rows", "by-value", "forum", "or"),
    ("every boat class that doesn't start with L, highlight it", 'NOT(TextStartsWith({Boat Class}, "L"))',
     "cells", "by-header", "teen", "negation", "starts-ends"),
    ("Highlight Cells Rules > A Date Occurring... > Tomorrow, Race Date column, entire row",
     "Tomorrow({Race Date})", "rows", "by-header", "menu", "date"),
    ("Highlight Race Date in the last 7 days in sheet RegattaEntries", "Last7Days({Race Date})", "cells",
     "by-header", "annotator", "date"),
    ("Any Race Date falling within the previous calendar week shall be highlighted", "LastWeek({Race Date})",
     "cells", "by-header", "legalese", "date"),
    ("races happening this week, highlight the rows", "ThisWeek({Race Date})", "rows", "by-meaning", "teen",
     "date"),
    ("A Date Occurring > Next Week, on the Race Date cells", "NextWeek({Race Date})", "cells", "by-header",
     "menu", "date"),
    ("Highlight rows with Race Date last month in sheet RegattaEntries", "LastMonth({Race Date})", "rows",
     "by-header", "annotator", "date"),
    ("How do I shade this month's races? Race Date is column E.", "ThisMonth({Race Date})", "cells",
     "by-header", "forum", "date"),
]

TABLES["IceFishingDerby"] = _table("""
Angler | Lake | Species | Catch Date | Fish Caught | Heaviest (lb) | Ice (in) | Air Temp (°F) | Shanty? | Entry Fee (C$)
Arne Lund | Mille Lacs | Walleye | 2024-06-12 | 6 | 4.2 | 14 | 18 | Yes | 40
Bea Holm | Red Lake | Perch | 2024-05-20 | 14 | 0.9 | 12 | 25 | No | 40
Cal Dupree | Leech Lake | Pike | 2024-06-14 | 3 | 11.5 | 10 | 32 | Yes | 60
Dina Wolf | Mille Lacs | Walleye | 2024-06-18 | 9 | 5.1 | 16 | 5 | _ | 40
Eli Roux | Lake of the Woods | Sauger | 2024-03-01 | 0 | _ | 8 | -4 | Yes | 25
Faye Kerr | Red Lake | Crappie | 2024-06-11 | 12 | 1.4 | 12 | 12 | ~ | #REF!
Gil Strand | Mille Lacs | Walleye | 2024-06-25 | 7 | 3.8 | 18 | 32 | No | 60
Hal Boyd | Devils Lake | Perch | 2024-05-29 | 21 | 1.1 | 11 | 28 | Yes | 40
Ines Petit | Leech Lake | Lake Trout | 2024-06-07 | 2 | DQ | 13 | 0 | No | 25
Jory Vance | Red Lake | Pike | 2024-06-20 | 5 | 14.2 | 9 | 21 | _ | 60
Kai Moreau | Lake Simcoe | Whitefish | 2024-07-08 | 12 | 2.7 | 20 | 33 | Yes | _
Lena Frost | Mille Lacs | Walleye | 2024-06-04 | 8 | 6.3 | 15 | 14 | Yes | 40
Milo Haas | Devils Lake | Perch | 2024-06-27 | 17 | 0.8 | 12 | 9 | No | 60
Nell Brandt | Rainy Lake | Burbot | 2024-06-13 | 1 | 3.1 | 10 | 30 | ~ | 25
""")

ENTRIES["IceFishingDerby"] = [
    ("Highlight the Air Temp (°F) readings sitting right at water's freezing point in Fahrenheit (32)",
     "Equals({Air Temp (°F)}, 32)", "cells", "by-header", "reference"),
    ("Each angler whose Fish Caught is other than 12 shall be highlighted in full",
     "NotEquals({Fish Caught}, 12)", "rows", "by-header", "legalese", "negation"),
    ("walleye gang, highlight those rows", 'TextEquals({Species}, "Walleye")', "rows", "by-value", "teen"),
    ("Highlight Cells Rules > Text that Contains... > Lake, on the Lake column", 'TextContains({Lake}, "Lake")',
     "cells", "by-header", "menu"),
    ("Any Lake entry that does not contain the word 'Lake' shall be highlighted, together with its row",
     'TextNotContains({Lake}, "Lake")', "rows", "by-header", "legalese", "negation"),
    ("How do I colour the species that start with P (Perch, Pike)? Species is column C.",
     'TextStartsWith({Species}, "P")', "cells", "by-header", "forum", "starts-ends"),
    ("lakes that end in 'Lake' lowkey need a highlight, whole row pls", 'TextEndsWith({Lake}, "Lake")', "rows",
     "by-header", "teen", "starts-ends"),
    ("Highlight the holes where the Ice (in) is between 10 inches and a foot, both included",
     "Between({Ice (in)}, 10, 12)", "rows", "by-header", "reference", "boundary"),
    ("Shade the Air Temp (°F) readings outside the range from zero to the freezing point of water (32 °F)",
     "NotBetween({Air Temp (°F)}, 0, 32)", "cells", "by-header", "reference", "negation"),
    ("Highlight top 3 Fish Caught in sheet IceFishingDerby", "Top({Fish Caught}, 3)", "cells", "by-header",
     "annotator", "superlative"),
    ("Top/Bottom Rules > Bottom 10 Items..., make it 2, Ice (in), whole row", "Bottom({Ice (in)}, 2)", "rows",
     "by-header", "menu", "superlative"),
    ("The anglers in the top 25 per cent by Heaviest (lb) shall be highlighted",
     "TopPercent({Heaviest (lb)}, 25)", "rows", "by-header", "legalese", "superlative"),
    ("bottom 20% of fish caught, highlight em", "BottomPercent({Fish Caught}, 20)", "cells", "by-header", "teen",
     "superlative"),
    ("Is there a rule for ice thicker than the average? Ice (in) is column G, I'd like whole rows.",
     "AboveAverage({Ice (in)})", "rows", "by-header", "forum"),
    ("Top/Bottom Rules > Below Average..., on Heaviest (lb)", "BelowAverage({Heaviest (lb)})", "cells",
     "by-header", "menu"),
    ("lakes that show up more than once, highlight em", "Duplicates({Lake})", "cells", "by-header", "teen"),
    ("Highlight unique values in Species in sheet IceFishingDerby", "Unique({Species})", "cells", "by-header",
     "annotator"),
    ("New Rule > Format only cells that contain > Blanks, on Shanty?, whole row", "Blanks({Shanty?})", "rows",
     "by-header", "menu"),
    ("Each angler whose Heaviest (lb) is not left blank shall be highlighted", "NotBlanks({Heaviest (lb)})",
     "rows", "by-header", "legalese", "negation"),
    ("Highlight rows with errors in Entry Fee (C$) in sheet IceFishingDerby", "Errors({Entry Fee (C$)})",
     "rows", "by-header", "annotator"),
    ("entry fees that aren't errors, highlight those cells", "NotErrors({Entry Fee (C$)})", "cells",
     "by-header", "teen", "negation"),
    ("Can I put a colour scale on the heaviest-fish weights in column F?", "ColorScale({Heaviest (lb)})",
     "cells", "by-header", "forum"),
    ("Data bars shall be applied to every cell of Heaviest (lb)", "DataBar({Heaviest (lb)})", "cells",
     "by-header", "legalese"),
    ("Conditional Formatting > Icon Sets > 3 Flags, applied to Heaviest (lb)", "IconSet({Heaviest (lb)})",
     "cells", "by-header", "menu"),
    ("Highlight rows with Catch Date yesterday in sheet IceFishingDerby", "Yesterday({Catch Date})", "rows",
     "by-header", "annotator", "date"),
    ("today's catches, mark the date fr", "Today({Catch Date})", "cells", "by-meaning", "teen", "date"),
    ("A Date Occurring > This Week, on the Catch Date column", "ThisWeek({Catch Date})", "cells", "by-header",
     "menu", "date"),
    ("Each catch whose Catch Date falls within the following calendar week shall be highlighted",
     "NextWeek({Catch Date})", "rows", "by-header", "legalese", "date"),
    ("How do I shade last month's catches? Catch Date is in D.", "LastMonth({Catch Date})", "rows",
     "by-meaning", "forum", "date"),
    ("Highlight Catch Date this month in sheet IceFishingDerby", "ThisMonth({Catch Date})", "cells",
     "by-header", "annotator", "date"),
    ("What rule highlights catch dates next month? Column D.", "NextMonth({Catch Date})", "cells", "by-header",
     "forum", "date"),
]

TABLES["HotDogStand"] = _table("""
Shift | Vendor | Location | Shift Date | Dogs Sold | Buns Wasted | Takings ($) | Grill Temp (°F) | Hours | Notes
HD-01 | Sal | Pier 9 | 2024-06-07 | 120 | 8 | 540 | 225 | 6 | ran out of relish
HD-02 | Rita | Ballpark Gate C | 2024-06-13 | 310 | 15 | 1420 | 250 | 10 | _
HD-03 | Omar | City Hall | 2024-05-29 | 95 | 3 | 410 | 212 | 5 | permit check
HD-04 | Sal | Pier 9 | 2024-06-11 | 144 | 12 | 650 | 300 | 8 | ~
HD-05 | Jess | Farmers Market | 2024-06-25 | 160 | 0 | _ | 190 | 5 | rain
HD-06 | Rita | Ballpark Gate A | 2024-06-04 | 275 | 20 | 1240 | 275 | 9 | sold out
HD-07 | Theo | Union Station | 2024-03-01 | 180 | 12 | 810 | 212 | 7 | _
HD-08 | Sal | Pier 9 | 2024-06-12 | 150 | 6 | 675 | 240 | 8 | relish low
HD-09 | Jess | Farmers Market | 2024-07-08 | 72 | 2 | #N/A | 180 | 3 | ~
HD-10 | Omar | City Hall | 2024-06-20 | 130 | 9 | 585 | 260 | 6 | permit check
HD-11 | Pia | Ballpark Gate C | 2024-05-20 | 240 | 18 | 880 | 230 | 9 | sold out
HD-12 | Rita | Union Station | 2024-06-27 | 166 | 4 | 745 | 212 | 8 | _
HD-13 | Theo | Riverwalk | 2024-06-18 | 44 | 1 | rained off | 205 | 2 | rain
HD-14 | Wes | Pier 9 | 2024-06-14 | 205 | 11 | 925 | 290 | 10 | new cart
""")

ENTRIES["HotDogStand"] = [
    ("Highlight the shifts where the Grill Temp (°F) was above the boiling point of water (212 °F)",
     "GreaterThan({Grill Temp (°F)}, 212)", "rows", "by-header", "reference"),
    ("Shade the Buns Wasted cells showing a dozen or more", "GreaterThanEqual({Buns Wasted}, 12)", "cells",
     "by-header", "reference", "boundary"),
    ("shifts under 8 hrs, highlight the hours cell", "LessThan({Hours}, 8)", "cells", "by-header", "teen"),
    ("Highlight Hours less than or equal to 3 in sheet HotDogStand", "LessThanEqual({Hours}, 3)", "cells",
     "by-header", "annotator", "boundary"),
    ("Highlight Cells Rules > Between... > 120 and 180, on Dogs Sold", "Between({Dogs Sold}, 120, 180)",
     "cells", "by-header", "menu", "boundary"),
    ("Each shift whose Grill Temp (°F) lies outside 212 to 260 inclusive shall be highlighted",
     "NotBetween({Grill Temp (°F)}, 212, 260)", "rows", "by-header", "legalese", "negation"),
    ("How can I highlight the three biggest takings? They're in column G.", "Top({Takings ($)}, 3)", "cells",
     "by-header", "forum", "superlative"),
    ("the 3 shifts that sold the fewest dogs, highlight the rows", "Bottom({Dogs Sold}, 3)", "rows",
     "by-header", "teen", "superlative"),
    ("Highlight top 20% Grill Temp (°F) in sheet HotDogStand", "TopPercent({Grill Temp (°F)}, 20)", "cells",
     "by-header", "annotator", "superlative"),
    ("The shifts in the bottom 25 per cent by Takings ($) shall be highlighted",
     "BottomPercent({Takings ($)}, 25)", "rows", "by-header", "legalese", "superlative"),
    ("Top/Bottom Rules > Above Average..., on Dogs Sold, format the row", "AboveAverage({Dogs Sold})", "rows",
     "by-header", "menu"),
    ("Is there a rule to shade Buns Wasted when it's below the column's average?", "BelowAverage({Buns Wasted})",
     "cells", "by-header", "forum"),
    ("Highlight duplicate Location in sheet HotDogStand", "Duplicates({Location})", "cells", "by-header",
     "annotator"),
    ("vendors who only worked once, highlight their rows", "Unique({Vendor})", "rows", "by-header", "teen"),
    ("empty notes r sus, highlight em", "Blanks({Notes})", "cells", "by-header", "teen"),
    ("How do I colour the shifts that have something written in Notes (column J)?", "NotBlanks({Notes})",
     "rows", "by-header", "forum", "negation"),
    ("Any Takings ($) cell holding an error value shall be highlighted", "Errors({Takings ($)})", "cells",
     "by-header", "legalese"),
    ("Highlight rows without errors in Takings ($) in sheet HotDogStand", "NotErrors({Takings ($)})", "rows",
     "by-header", "annotator", "negation"),
    ("Conditional Formatting > Color Scales > Red - Yellow - Green, on Takings ($)", "ColorScale({Takings ($)})",
     "cells", "by-header", "menu"),
    ("Can data bars go on the takings in column G?", "DataBar({Takings ($)})", "cells", "by-header", "forum"),
    ("icon set on the takings column, no cap it'd look clean", "IconSet({Takings ($)})", "cells", "by-header",
     "teen"),
    ("Shifts of not fewer than 6 and not more than 9 Hours shall be highlighted",
     "AND(GreaterThanEqual({Hours}, 6), LessThanEqual({Hours}, 9))", "rows", "by-header", "legalese",
     "boundary"),
    ("Highlight rows where Location is Riverwalk or Union Station in sheet HotDogStand",
     'OR(TextEquals({Location}, "Riverwalk"), TextEquals({Location}, "Union Station"))', "rows", "by-header",
     "annotator", "or"),
    ("How can I shade every stand that isn't at the Ballpark?", 'NOT(TextContains({Location}, "Ballpark"))',
     "rows", "by-value", "forum", "negation"),
    ("yesterday's shift, highlight the row", "Yesterday({Shift Date})", "rows", "by-meaning", "teen", "date"),
    ("Highlight Cells Rules > A Date Occurring... > Today, Shift Date", "Today({Shift Date})", "cells",
     "by-header", "menu", "date"),
    ("Highlight rows with Shift Date tomorrow in sheet HotDogStand", "Tomorrow({Shift Date})", "rows",
     "by-header", "annotator", "date"),
    ("Any Shift Date within the last seven days, today included, shall be highlighted",
     "Last7Days({Shift Date})", "cells", "by-header", "legalese", "date"),
    ("What rule shades last week's shifts? Dates are in column D.", "LastWeek({Shift Date})", "cells",
     "by-meaning", "forum", "date"),
    ("A Date Occurring > This Month, on Shift Date, entire row", "ThisMonth({Shift Date})", "rows", "by-header",
     "menu", "date"),
    ("Highlight Shift Date next month in sheet HotDogStand", "NextMonth({Shift Date})", "cells", "by-header",
     "annotator", "date"),
]

TABLES["LimoHire"] = _table("""
Booking | Client | Occasion | Pickup Date | Vehicle | Passengers | Hours | Fare ($) | Miles | Youngest Age
LM-301 | Harlow | Prom | 2024-06-20 | Stretch Lincoln | 10 | 5 | 650 | 18 | 17
LM-302 | Bishop | Wedding | 2024-06-12 | Rolls-Royce Phantom | 2 | 6 | 1200 | 26.2 | 29
LM-303 | Calloway | Airport | 2024-06-04 | Sedan | 1 | 2 | 140 | 34 | 45
LM-304 | Dumont | Prom | 2024-06-14 | Stretch Hummer | 14 | 5 | 900 | 12 | 16
LM-305 | Ellery | Birthday | 2024-07-08 | Party Bus | 20 | 4 | 780 | 45 | 21
LM-306 | Fontaine | Wedding | 2024-05-29 | Rolls-Royce Ghost | 2 | 8 | _ | 26.2 | 31
LM-307 | Garrity | Bachelorette | 2024-06-11 | Party Bus | 16 | 6 | 960 | 60 | 24
LM-308 | Hale | Airport | 2024-06-18 | Sedan | 3 | 2 | 160 | 31 | 52
LM-309 | Ingram | Concert | 2024-03-01 | Sprinter Van | 12 | 3 | #VALUE! | 8 | 19
LM-310 | Jessup | Prom | 2024-06-13 | Stretch Lincoln | 8 | 5 | 620 | 22 | 18
LM-311 | Kowal | Anniversary | 2024-06-27 | Bentley | 2 | 4 | 480 | 15 | 60
LM-312 | Lindqvist | Wedding | 2024-06-07 | Rolls-Royce Phantom | 4 | 7 | 1350 | 40 | 27
LM-313 | Mercer | Funeral | 2024-05-20 | Sedan | 6 | 3 | ~ | 10 | 38
LM-314 | Novak | Sweet Sixteen | 2024-06-25 | Stretch Hummer | 13 | 6 | quote pending | 26 | 15
""")

ENTRIES["LimoHire"] = [
    ("Highlight the bookings whose Miles run longer than a marathon (26.2 miles)", "GreaterThan({Miles}, 26.2)",
     "rows", "by-header", "reference"),
    ("Shade each Youngest Age that is at least the US legal drinking age of 21",
     "GreaterThanEqual({Youngest Age}, 21)", "cells", "by-header", "reference", "boundary"),
    ("bookings w fewer than 4 passengers, highlight the whole row", "LessThan({Passengers}, 4)", "rows",
     "by-header", "teen"),
    ("Highlight Hours less than or equal to 3 in sheet LimoHire", "LessThanEqual({Hours}, 3)", "cells",
     "by-header", "annotator", "boundary"),
    ("Highlight the booking carrying exactly a dozen passengers", "Equals({Passengers}, 12)", "rows",
     "by-header", "reference"),
    ("Each Hours figure other than 5 shall be highlighted", "NotEquals({Hours}, 5)", "cells", "by-header",
     "legalese", "negation"),
    ("prom night bookings, highlight em", 'TextEquals({Occasion}, "Prom")', "rows", "by-value", "teen"),
    ("Highlight Cells Rules > Text that Contains... > Rolls, on Vehicle", 'TextContains({Vehicle}, "Rolls")',
     "cells", "by-header", "menu"),
    ("Any booking whose Occasion does not contain the word 'Wedding' shall be highlighted",
     'TextNotContains({Occasion}, "Wedding")', "rows", "by-header", "legalese", "negation"),
    ("Highlight rows where Vehicle starts with Stretch in sheet LimoHire", 'TextStartsWith({Vehicle}, "Stretch")',
     "rows", "by-header", "annotator", "starts-ends"),
    ("How do I shade the clients whose names end in y? Client is column B.", 'TextEndsWith({Client}, "y")',
     "cells", "by-header", "forum", "starts-ends"),
    ("Top/Bottom Rules > Below Average..., on Fare ($)", "BelowAverage({Fare ($)})", "cells", "by-header",
     "menu"),
    ("Any way to colour the vehicles that appear more than once? Vehicle is column E.",
     "Duplicates({Vehicle})", "cells", "by-header", "forum"),
    ("Highlight rows with unique Occasion in sheet LimoHire", "Unique({Occasion})", "rows", "by-header",
     "annotator"),
    ("Each booking whose Fare ($) is blank, a lone space included, shall be highlighted", "Blanks({Fare ($)})",
     "rows", "by-header", "legalese"),
    ("fares that r actually filled in, highlight those cells", "NotBlanks({Fare ($)})", "cells", "by-header",
     "teen", "negation"),
    ("any fare showing an error, highlight the row asap", "Errors({Fare ($)})", "rows", "by-header", "teen"),
    ("New Rule > Format only cells that contain > No Errors, on Fare ($), whole row", "NotErrors({Fare ($)})",
     "rows", "by-header", "menu", "negation"),
    ("A colour scale shall be applied to the Fare ($) column", "ColorScale({Fare ($)})", "cells", "by-header",
     "legalese"),
    ("Apply data bars to Fare ($) in sheet LimoHire", "DataBar({Fare ($)})", "cells", "by-header", "annotator"),
    ("How do I put traffic-light icons on the fares in column H?", "IconSet({Fare ($)})", "cells", "by-header",
     "forum"),
    ("How would I shade bookings with at least 8 and no more than 14 passengers?",
     "AND(GreaterThanEqual({Passengers}, 8), LessThanEqual({Passengers}, 14))", "rows", "by-header", "forum",
     "boundary"),
    ("Bookings made for a Funeral or for an Anniversary shall be highlighted",
     'OR(TextEquals({Occasion}, "Funeral"), TextEquals({Occasion}, "Anniversary"))', "rows", "by-value",
     "legalese", "or"),
    ("anything that's not a sedan, highlight the vehicle", 'NOT(TextContains({Vehicle}, "Sedan"))', "cells",
     "by-value", "teen", "negation"),
    ("Highlight rows with Pickup Date today in sheet LimoHire", "Today({Pickup Date})", "rows", "by-header",
     "annotator", "date"),
    ("Highlight Cells Rules > A Date Occurring... > Tomorrow, on Pickup Date", "Tomorrow({Pickup Date})",
     "cells", "by-header", "menu", "date"),
    ("Which rule shades the pickups from the last 7 days? Column D.", "Last7Days({Pickup Date})", "rows",
     "by-meaning", "forum", "date"),
    ("Any Pickup Date falling within the previous calendar week shall be highlighted",
     "LastWeek({Pickup Date})", "cells", "by-header", "legalese", "date"),
    ("pickups this week, highlight the dates", "ThisWeek({Pickup Date})", "cells", "by-header", "teen", "date"),
    ("A Date Occurring > Next Week, Pickup Date, format the full row", "NextWeek({Pickup Date})", "rows",
     "by-header", "menu", "date"),
    ("Highlight Pickup Date last month in sheet LimoHire", "LastMonth({Pickup Date})", "cells", "by-header",
     "annotator", "date"),
]

TABLES["WeddingDJ"] = _table("""
Gig | Couple | Venue | Event Date | Guests | Set Length (hr) | Fee ($) | Songs Requested | Volume Cap (dB) | First Dance
DJ-41 | Ava & Noah | Oak Barn | 2024-06-11 | 120 | 5 | 1800 | 12 | 95 | Perfect
DJ-42 | Mia & Liam | Grand Ballroom | 2024-06-27 | 250 | 6 | 2600 | 30 | 100 | At Last
DJ-43 | Zoe & Eli | Oak Barn | 2024-06-18 | 80 | 4 | 1500 | 8 | 90 | Thinking Out Loud
DJ-44 | Ana & Raj | Lakeside Pavilion | 2024-06-04 | 144 | 5 | 2200 | 13 | 85 | Perfect
DJ-45 | Lily & Sam | Rose Garden | 2024-06-13 | 60 | 3 | _ | 5 | 90 | Can't Help Falling in Love
DJ-46 | Ruth & Omar | Grand Ballroom | 2024-07-08 | 180 | 6 | 2800 | 22 | 100 | At Last
DJ-47 | Jade & Kit | Hilltop Barn | 2024-06-12 | 100 | 5 | 1900 | 18 | 95 | Make You Feel My Love
DJ-48 | Nora & Ben | Lakeside Pavilion | 2024-05-29 | 95 | 4 | 1650 | 13 | 85 | Perfect
DJ-49 | Iris & Tom | City Loft | 2024-06-20 | 40 | 3 | TBC | 4 | 100 | All of Me
DJ-50 | Cleo & Dan | Oak Barn | 2024-06-07 | 150 | 5 | 2100 | 26 | 90 | Thinking Out Loud
DJ-51 | Ella & Max | Rose Garden | 2024-03-01 | 75 | 4 | 1400 | 9 | 80 | Lover
DJ-52 | Faye & Jon | Harbour Hall | 2024-06-25 | 210 | 7 | 3100 | 35 | 105 | At Last
DJ-53 | Gina & Leo | Hilltop Barn | 2024-05-20 | 100 | 5 | 1900 | 15 | 95 | Perfect
DJ-54 | Hope & Ike | Orchard Terrace | 2024-06-14 | 130 | 6 | 2400 | 20 | 100 | Can't Help Falling in Love
""")

ENTRIES["WeddingDJ"] = [
    ("Highlight the gigs with more than a baker's dozen Songs Requested", "GreaterThan({Songs Requested}, 13)",
     "rows", "by-header", "reference"),
    ("Shade the Guests counts that reach a century or more", "GreaterThanEqual({Guests}, 100)", "cells",
     "by-header", "reference", "boundary"),
    ("volume caps under 90 dB r kinda mid, highlight those gigs", "LessThan({Volume Cap (dB)}, 90)", "rows",
     "by-header", "teen"),
    ("Highlight Set Length (hr) less than or equal to 4 in sheet WeddingDJ", "LessThanEqual({Set Length (hr)}, 4)",
     "cells", "by-header", "annotator", "boundary"),
    ("Highlight the wedding whose guest list is exactly a gross (144 guests)", "Equals({Guests}, 144)", "rows",
     "by-header", "reference"),
    ("Each Volume Cap (dB) other than 95 shall be highlighted", "NotEquals({Volume Cap (dB)}, 95)", "cells",
     "by-header", "legalese", "negation"),
    ("couples dancing to Perfect, highlight their rows", 'TextEquals({First Dance}, "Perfect")', "rows",
     "by-value", "teen"),
    ("Highlight Cells Rules > Text that Contains... > Love, on First Dance", 'TextContains({First Dance}, "Love")',
     "cells", "by-header", "menu"),
    ("How do I colour the venues that aren't barns (no 'Barn' in the name)? Venue is C.",
     'TextNotContains({Venue}, "Barn")', "cells", "by-header", "forum", "negation"),
    ("Highlight rows where Venue starts with Lake in sheet WeddingDJ", 'TextStartsWith({Venue}, "Lake")', "rows",
     "by-header", "annotator", "starts-ends"),
    ("Any Venue whose name ends with the word 'Barn' shall be highlighted", 'TextEndsWith({Venue}, "Barn")',
     "cells", "by-header", "legalese", "starts-ends"),
    ("Highlight Cells Rules > Between... > 8 and 15, on Songs Requested, whole row",
     "Between({Songs Requested}, 8, 15)", "rows", "by-header", "menu", "boundary"),
    ("How can I shade guest counts outside 80 to 150? Guests is column E.", "NotBetween({Guests}, 80, 150)",
     "cells", "by-header", "forum", "negation"),
    ("The two gigs bearing the highest Fee ($) shall be highlighted in full", "Top({Fee ($)}, 2)", "rows",
     "by-header", "legalese", "superlative"),
    ("the 3 gigs w the fewest song requests, highlight em", "Bottom({Songs Requested}, 3)", "rows", "by-header",
     "teen", "superlative"),
    ("Top/Bottom Rules > Top 10%..., on Guests", "TopPercent({Guests}, 10)", "cells", "by-header", "menu",
     "superlative"),
    ("Highlight bottom 20% Volume Cap (dB) in sheet WeddingDJ", "BottomPercent({Volume Cap (dB)}, 20)", "cells",
     "by-header", "annotator", "superlative"),
    ("Is there a rule for song requests above the average? Songs Requested is column H.",
     "AboveAverage({Songs Requested})", "rows", "by-header", "forum"),
    ("color scale on the fees pls, it'd be a whole mood", "ColorScale({Fee ($)})", "cells", "by-header", "teen"),
    ("Conditional Formatting > Data Bars > Solid Fill > Blue Data Bar, on Fee ($)", "DataBar({Fee ($)})",
     "cells", "by-header", "menu"),
    ("Apply icon set to Fee ($) in sheet WeddingDJ", "IconSet({Fee ($)})", "cells", "by-header", "annotator"),
    ("volume caps from 90 to 100 dB, both ends counted, highlight the rows",
     "AND(GreaterThanEqual({Volume Cap (dB)}, 90), LessThanEqual({Volume Cap (dB)}, 100))", "rows", "by-header",
     "teen", "boundary"),
    ("Highlight rows where Venue is City Loft or Harbour Hall in sheet WeddingDJ",
     'OR(TextEquals({Venue}, "City Loft"), TextEquals({Venue}, "Harbour Hall"))', "rows", "by-header",
     "annotator", "or"),
    ("Can I shade every First Dance that doesn't contain 'At Last'?", 'NOT(TextContains({First Dance}, "At Last"))',
     "cells", "by-header", "forum", "negation"),
    ("Highlight Cells Rules > A Date Occurring... > Yesterday, on Event Date", "Yesterday({Event Date})", "cells",
     "by-header", "menu", "date"),
    ("gigs from last week, highlight the rows", "LastWeek({Event Date})", "rows", "by-meaning", "teen", "date"),
    ("Highlight Event Date this week in sheet WeddingDJ", "ThisWeek({Event Date})", "cells", "by-header",
     "annotator", "date"),
    ("Each wedding whose Event Date falls within the following calendar week shall be highlighted",
     "NextWeek({Event Date})", "rows", "by-header", "legalese", "date"),
    ("What rule colours last month's weddings? Event Date is column D.", "LastMonth({Event Date})", "rows",
     "by-meaning", "forum", "date"),
    ("A Date Occurring > This Month, on the Event Date column", "ThisMonth({Event Date})", "cells", "by-header",
     "menu", "date"),
    ("Any Event Date in the next calendar month shall be highlighted", "NextMonth({Event Date})", "cells",
     "by-header", "legalese", "date"),
]

TABLES["Laundromat"] = _table("""
Machine | Type | Technician | Serviced | Cycles | Water Temp (°C) | Takings ($) | Load (kg) | Minutes | Fault Code
M01 | Washer | Rosa | 2024-05-29 | 88 | 40 | 132 | 8 | 45 | _
M02 | Washer | Kim | 2024-06-14 | 120 | 60 | 210 | 12 | 60 | E21
M03 | Dryer | Rosa | 2024-06-11 | 64 | _ | 96 | 10 | 50 | ~
M04 | Washer | Abe | 2024-03-01 | 24 | 90 | 48 | 6 | 75 | E05
M05 | Dryer | Kim | 2024-06-25 | 150 | _ | 265 | 16 | 40 | _
M06 | Washer | Tariq | 2024-06-12 | 72 | 40 | 120 | 8 | 30 | F03
M07 | Washer | Rosa | 2024-06-07 | 100 | 37 | 180 | 12 | 60 | E21
M08 | Dryer | Abe | 2024-07-08 | 45 | _ | #DIV/0! | 10 | 55 | _
M09 | Washer | Lou | 2024-06-20 | 96 | 60 | 150 | 18 | 90 | _
M10 | Dryer | Kim | 2024-05-20 | 130 | _ | 190 | 14 | 45 | DRY-2
M11 | Washer | Rosa | 2024-06-13 | 24 | 20 | 42 | 6 | 35 | ~
M12 | Dryer | Abe | 2024-06-04 | 110 | _ | _ | 12 | 60 | F03
M13 | Washer | Nina | 2024-06-27 | 58 | 40 | 88 | 9 | 50 | _
M14 | Dryer | Kim | 2024-06-18 | 140 | _ | 255 | 16 | 40 | E05
""")

ENTRIES["Laundromat"] = [
    ("Highlight the machines that have run a century of Cycles or more", "GreaterThanEqual({Cycles}, 100)",
     "rows", "by-header", "reference", "boundary"),
    ("cycles under 40 minutes r speedy, highlight em", "LessThan({Minutes}, 40)", "cells", "by-header", "teen"),
    ("Highlight Load (kg) less than or equal to 8 in sheet Laundromat", "LessThanEqual({Load (kg)}, 8)", "cells",
     "by-header", "annotator", "boundary"),
    ("Shade the Minutes cells that come to a full hour on the dot", "Equals({Minutes}, 60)", "cells",
     "by-header", "reference"),
    ("Each machine whose Load (kg) is other than 12 shall be highlighted", "NotEquals({Load (kg)}, 12)", "rows",
     "by-header", "legalese", "negation"),
    ("the dryers, highlight those rows", 'TextEquals({Type}, "Dryer")', "rows", "by-value", "teen"),
    ("Highlight Cells Rules > Text that Contains... > E, on Fault Code", 'TextContains({Fault Code}, "E")',
     "cells", "by-header", "menu"),
    ("Any Fault Code that does not contain the letter 'F' shall be highlighted",
     'TextNotContains({Fault Code}, "F")', "cells", "by-header", "legalese", "negation"),
    ("Highlight rows where Fault Code starts with E0 in sheet Laundromat", 'TextStartsWith({Fault Code}, "E0")',
     "rows", "by-header", "annotator", "starts-ends"),
    ("How do I flag the fault codes that end in 21? They're in column J.", 'TextEndsWith({Fault Code}, "21")',
     "rows", "by-header", "forum", "starts-ends"),
    ("Highlight Cells Rules > Between... > 64 and 110, on Cycles", "Between({Cycles}, 64, 110)", "cells",
     "by-header", "menu", "boundary"),
    ("loads outside 8 to 14 kg, highlight the row", "NotBetween({Load (kg)}, 8, 14)", "rows", "by-header",
     "teen", "negation"),
    ("Highlight top 3 Cycles in sheet Laundromat", "Top({Cycles}, 3)", "cells", "by-header", "annotator",
     "superlative"),
    ("The two machines having the fewest Minutes shall be highlighted in full", "Bottom({Minutes}, 2)", "rows",
     "by-header", "legalese", "superlative"),
    ("How do I shade the top 20% of loads? Load (kg) is column H.", "TopPercent({Load (kg)}, 20)", "cells",
     "by-header", "forum", "superlative"),
    ("Top/Bottom Rules > Bottom 10%..., set to 25%, on Takings ($), whole row",
     "BottomPercent({Takings ($)}, 25)", "rows", "by-header", "menu", "superlative"),
    ("water temps above average, highlight the rows", "AboveAverage({Water Temp (°C)})", "rows", "by-header",
     "teen"),
    ("Highlight Takings ($) below average in sheet Laundromat", "BelowAverage({Takings ($)})", "cells",
     "by-header", "annotator"),
    ("Can I colour the technicians who show up more than once? Technician is column C.",
     "Duplicates({Technician})", "cells", "by-header", "forum"),
    ("Highlight Cells Rules > Duplicate Values... > Unique, on Technician, entire row", "Unique({Technician})",
     "rows", "by-header", "menu"),
    ("Highlight blank cells in Fault Code in sheet Laundromat", "Blanks({Fault Code})", "cells", "by-header",
     "annotator"),
    ("machines that actually have a fault code, highlight the whole row", "NotBlanks({Fault Code})", "rows",
     "by-header", "teen", "negation"),
    ("One of my takings in G shows #DIV/0!. How do I highlight the error rows?", "Errors({Takings ($)})", "rows",
     "by-header", "forum"),
    ("Each Takings ($) cell that is not an error value shall be highlighted", "NotErrors({Takings ($)})", "cells",
     "by-header", "legalese", "negation"),
    ("Highlight rows with Serviced yesterday in sheet Laundromat", "Yesterday({Serviced})", "rows", "by-header",
     "annotator", "date"),
    ("A Date Occurring > Today, on the Serviced column", "Today({Serviced})", "cells", "by-header", "menu",
     "date"),
    ("machines getting serviced tomorrow, highlight the row", "Tomorrow({Serviced})", "rows", "by-meaning",
     "teen", "date"),
    ("Any Serviced date within the last seven days shall be highlighted", "Last7Days({Serviced})", "cells",
     "by-header", "legalese", "date"),
    ("How do I shade machines serviced last month? Serviced is column D.", "LastMonth({Serviced})", "rows",
     "by-header", "forum", "date"),
    ("Highlight Cells Rules > A Date Occurring... > This Month, Serviced, full row", "ThisMonth({Serviced})",
     "rows", "by-header", "menu", "date"),
    ("Which rule highlights the services booked for next month? Dates in D.", "NextMonth({Serviced})", "cells",
     "by-meaning", "forum", "date"),
]

TABLES["GlampingStays"] = _table("""
Stay | Guest | Unit | Check-in | Nights | Guests | Rate (£) | Altitude (ft) | Night Low (°C) | Review
GS-11 | Ashby | Yurt | 2024-06-13 | 2 | 2 | 180 | 420 | 8 | loved the stars
GS-12 | Bloom | Bell Tent | 2024-06-20 | 3 | 4 | 240 | 5280 | -2 | _
GS-13 | Carver | Treehouse | 2024-06-11 | 1 | 2 | 310 | 1200 | 11 | hot tub broken
GS-14 | Ashby | Shepherd's Hut | 2024-05-20 | 7 | 6 | 520 | 880 | 5 | ~
GS-15 | Dawes | Yurt | 2024-06-07 | 2 | 3 | 175 | 3150 | 0 | perfect
GS-16 | Ellis | Safari Tent | 2024-06-27 | 4 | 5 | #N/A | 640 | 13 | _
GS-17 | Frost | Treehouse | 2024-06-12 | 3 | 2 | 330 | 5280 | 3 | noisy geese
GS-18 | Bloom | Bell Tent | 2024-03-01 | 5 | 4 | 290 | 2210 | -5 | perfect stay
GS-19 | Greer | Pod | 2024-06-18 | 1 | 1 | 95 | 7400 | 9 | ~
GS-20 | Hart | Shepherd's Hut | 2024-06-04 | 2 | 2 | 160 | 150 | 12 | will return
GS-21 | Ivers | Yurt | 2024-07-08 | 14 | 8 | 1450 | 1900 | 1 | _
GS-22 | Ashby | Dome | 2024-05-29 | 3 | 2 | _ | 9800 | -7 | cold but cosy
GS-23 | Joyce | Treehouse | 2024-06-14 | 2 | 3 | 200 | 300 | 6 | perfect
GS-24 | Keane | Bell Tent | 2024-06-25 | 6 | 6 | TBA | 4100 | 10 | muddy path
""")

ENTRIES["GlampingStays"] = [
    ("Highlight the sites whose Altitude (ft) is higher than a mile (5,280 ft)",
     "GreaterThan({Altitude (ft)}, 5280)", "rows", "by-header", "reference"),
    ("reviews that don't say perfect, highlight em", 'TextNotContains({Review}, "perfect")', "cells",
     "by-header", "teen", "negation"),
    ("New Rule > Format only cells that contain > Specific Text > beginning with > Tree, on Unit",
     'TextStartsWith({Unit}, "Tree")', "cells", "by-header", "menu", "starts-ends"),
    ("Highlight rows where Unit ends with Tent in sheet GlampingStays", 'TextEndsWith({Unit}, "Tent")', "rows",
     "by-header", "annotator", "starts-ends"),
    ("Highlight the stays whose Guests number anywhere from a pair up to half a dozen",
     "Between({Guests}, 2, 6)", "rows", "by-header", "reference", "boundary"),
    ("Each stay whose Nights fall outside the range of 2 to 7 inclusive shall be highlighted",
     "NotBetween({Nights}, 2, 7)", "rows", "by-header", "legalese", "negation"),
    ("How do I pick out the two highest-altitude sites? Altitude is column H.", "Top({Altitude (ft)}, 2)",
     "cells", "by-meaning", "forum", "superlative"),
    ("the 3 coldest nights fr, highlight the rows", "Bottom({Night Low (°C)}, 3)", "rows", "by-meaning", "teen",
     "superlative"),
    ("Top/Bottom Rules > Top 10%..., set to 25%, on Rate (£)", "TopPercent({Rate (£)}, 25)", "cells",
     "by-header", "menu", "superlative"),
    ("Highlight bottom 20% Altitude (ft) in sheet GlampingStays", "BottomPercent({Altitude (ft)}, 20)", "cells",
     "by-header", "annotator", "superlative"),
    ("Each Night Low (°C) reading above the average of that column shall be highlighted",
     "AboveAverage({Night Low (°C)})", "cells", "by-header", "legalese"),
    ("Is there a way to shade the rates below average? Rate is column G.", "BelowAverage({Rate (£)})", "rows",
     "by-header", "forum"),
    ("Highlight Cells Rules > Duplicate Values..., on Guest", "Duplicates({Guest})", "cells", "by-header",
     "menu"),
    ("one-of-a-kind units only, highlight those rows", "Unique({Unit})", "rows", "by-header", "teen"),
    ("How do I highlight the stays with no review? Review is in J.", "Blanks({Review})", "rows", "by-header",
     "forum"),
    ("Highlight Review not blank in sheet GlampingStays", "NotBlanks({Review})", "cells", "by-header",
     "annotator", "negation"),
    ("New Rule > Format only cells that contain > Errors, on Rate (£)", "Errors({Rate (£)})", "cells",
     "by-header", "menu"),
    ("rates that aren't broken (no errors), highlight the whole row", "NotErrors({Rate (£)})", "rows",
     "by-header", "teen", "negation"),
    ("Apply color scale to Rate (£) in sheet GlampingStays", "ColorScale({Rate (£)})", "cells", "by-header",
     "annotator"),
    ("Data bars shall be applied to the Rate (£) column", "DataBar({Rate (£)})", "cells", "by-header",
     "legalese"),
    ("icon set on rate, it'd be lowkey iconic", "IconSet({Rate (£)})", "cells", "by-header", "teen"),
    ("Highlight the stays whose Night Low (°C) was above freezing but below 10",
     "AND(GreaterThan({Night Low (°C)}, 0), LessThan({Night Low (°C)}, 10))", "rows", "by-header", "reference"),
    ("Can the Dome and Pod stays be coloured in one rule?",
     'OR(TextEquals({Unit}, "Dome"), TextEquals({Unit}, "Pod"))', "rows", "by-value", "forum", "or"),
    ("Save where the Unit contains the word 'Tent', each Unit cell shall be highlighted",
     'NOT(TextContains({Unit}, "Tent"))', "cells", "by-header", "legalese", "negation"),
    ("Highlight Check-in yesterday in sheet GlampingStays", "Yesterday({Check-in})", "cells", "by-header",
     "annotator", "date"),
    ("Any stay whose Check-in falls on the present day shall be highlighted", "Today({Check-in})", "rows",
     "by-header", "legalese", "date"),
    ("who's checking in tomorrow?? highlight the row", "Tomorrow({Check-in})", "rows", "by-meaning", "teen",
     "date"),
    ("A Date Occurring > In the last 7 days, on Check-in", "Last7Days({Check-in})", "cells", "by-header",
     "menu", "date"),
    ("What's the rule to shade last week's check-ins? Check-in is column D.", "LastWeek({Check-in})", "rows",
     "by-header", "forum", "date"),
    ("Highlight rows with Check-in this week in sheet GlampingStays", "ThisWeek({Check-in})", "rows",
     "by-header", "annotator", "date"),
    ("Highlight Cells Rules > A Date Occurring... > Next Week, on Check-in", "NextWeek({Check-in})", "cells",
     "by-header", "menu", "date"),
]

TABLES["VinylPressing"] = _table("""
Job | Artist | Format | Ship Date | Copies | RPM | Weight (g) | Turnaround (days) | Price ($) | Notes
VP-601 | The Marrows | LP | 2024-06-14 | 500 | 33 | 180 | 14 | 3200 | splatter
VP-602 | Lune | 7-inch | 2024-06-07 | 300 | 45 | 40 | 7 | 900 | _
VP-603 | Dusk Parade | LP | 2024-07-08 | 1000 | 33 | 140 | 21 | 4800 | gatefold
VP-604 | The Marrows | 12-inch single | 2024-06-18 | 250 | 45 | 120 | 10 | #REF! | rush
VP-605 | Kiri | 7-inch | 2024-05-29 | 300 | 45 | 40 | 7 | 1950 | ~
VP-606 | Static Orchard | Double LP | 2024-06-11 | 2000 | 33 | 360 | 28 | 9800 | gatefold
VP-607 | Lune | LP | 2024-06-25 | 500 | 33 | 180 | 14 | 3100 | _
VP-608 | Bad Weather | 10-inch | 2024-06-04 | 150 | 78 | 110 | 30 | 1200 | splatter
VP-609 | Honey Static | 7-inch | 2024-03-01 | 100 | 45 | 42 | 5 | 1400 | rush
VP-610 | The Marrows | Double LP | 2024-06-13 | 600 | 33 | 140 | 21 | 8400 | _
VP-611 | Oslo Nights | LP | 2024-06-27 | 750 | 33 | 280 | 12 | ~ | obi strip
VP-612 | Kiri | 12-inch single | 2024-05-20 | 200 | 45 | 130 | 9 | _ | ~
VP-613 | Velvet Ash | LP | 2024-06-20 | 500 | 33 | 180 | 14 | 3000 | _
VP-614 | Tin Halo | 10-inch | 2024-06-12 | 400 | 78 | 100 | 18 | on hold | rush
""")

ENTRIES["VinylPressing"] = [
    ("Highlight the jobs pressed heavier than a standard 180-gram audiophile record, going by Weight (g)",
     "GreaterThan({Weight (g)}, 180)", "rows", "by-header", "reference"),
    ("Shade the Turnaround (days) cells of a fortnight or more", "GreaterThanEqual({Turnaround (days)}, 14)",
     "cells", "by-header", "reference", "boundary"),
    ("Highlight the jobs turned around in less than a week", "LessThan({Turnaround (days)}, 7)", "rows",
     "by-meaning", "reference"),
    ("Highlight Weight (g) less than or equal to 120 in sheet VinylPressing", "LessThanEqual({Weight (g)}, 120)",
     "cells", "by-header", "annotator", "boundary"),
    ("Highlight the records cut at 45 RPM, the speed of a seven-inch single", "Equals({RPM}, 45)", "rows", "by-header",
     "reference"),
    ("Each job whose Copies figure is other than 500 shall be highlighted", "NotEquals({Copies}, 500)", "rows",
     "by-header", "legalese", "negation"),
    ("just the plain LP ones, not the double LPs, highlight em", 'TextEquals({Format}, "LP")', "cells",
     "by-value", "teen"),
    ("Highlight Cells Rules > Text that Contains... > rush, on Notes, entire row", 'TextContains({Notes}, "rush")',
     "rows", "by-header", "menu"),
    ("How do I shade the top 20% of Copies? Copies is column E.", "TopPercent({Copies}, 20)", "cells",
     "by-header", "forum", "superlative"),
    ("Highlight bottom 20% Weight (g) in sheet VinylPressing", "BottomPercent({Weight (g)}, 20)", "cells",
     "by-header", "annotator", "superlative"),
    ("Each job whose Copies exceed the average of the Copies column shall be highlighted",
     "AboveAverage({Copies})", "rows", "by-header", "legalese"),
    ("turnarounds below average, mark the cells", "BelowAverage({Turnaround (days)})", "cells", "by-header",
     "teen"),
    ("Highlight duplicate Artist in sheet VinylPressing", "Duplicates({Artist})", "cells", "by-header",
     "annotator"),
    ("Can I colour the artists who only have one job? Artist is column B.", "Unique({Artist})", "rows",
     "by-header", "forum"),
    ("New Rule > Format only cells that contain > Blanks, on Notes", "Blanks({Notes})", "cells", "by-header",
     "menu"),
    ("Each job whose Notes are not left blank shall be highlighted in full", "NotBlanks({Notes})", "rows",
     "by-header", "legalese", "negation"),
    ("Highlight rows with errors in Price ($) in sheet VinylPressing", "Errors({Price ($)})", "rows",
     "by-header", "annotator"),
    ("Price ($) in I has a #REF! in it. How do I shade the prices that aren't errors?",
     "NotErrors({Price ($)})", "cells", "by-header", "forum", "negation"),
    ("Conditional Formatting > Color Scales > Green - White, on Price ($)", "ColorScale({Price ($)})", "cells",
     "by-header", "menu"),
    ("data bars on price pls, it's giving dashboard", "DataBar({Price ($)})", "cells", "by-header", "teen"),
    ("An icon set shall be applied to every cell of the Price ($) column", "IconSet({Price ($)})", "cells",
     "by-header", "legalese"),
    ("copies from 300 up to 750, both counted, highlight those rows",
     "AND(GreaterThanEqual({Copies}, 300), LessThanEqual({Copies}, 750))", "rows", "by-header", "teen",
     "boundary"),
    ("Highlight rows where Format is 10-inch or Double LP in sheet VinylPressing",
     'OR(TextEquals({Format}, "10-inch"), TextEquals({Format}, "Double LP"))', "rows", "by-header", "annotator",
     "or"),
    ("How do I colour every format that has no 'LP' in it? Format is column C.",
     'NOT(TextContains({Format}, "LP"))', "cells", "by-header", "forum", "negation"),
    ("A Date Occurring > In the last 7 days, on Ship Date, full row", "Last7Days({Ship Date})", "rows",
     "by-header", "menu", "date"),
    ("Highlight Ship Date last week in sheet VinylPressing", "LastWeek({Ship Date})", "cells", "by-header",
     "annotator", "date"),
    ("stuff shipping this week, highlight the row", "ThisWeek({Ship Date})", "rows", "by-meaning", "teen",
     "date"),
    ("Any Ship Date falling within the following calendar week shall be highlighted", "NextWeek({Ship Date})",
     "cells", "by-header", "legalese", "date"),
    ("Which rule shades last month's shipments? Ship Date is column D.", "LastMonth({Ship Date})", "rows",
     "by-meaning", "forum", "date"),
    ("Highlight Cells Rules > A Date Occurring... > This Month, on Ship Date", "ThisMonth({Ship Date})",
     "cells", "by-header", "menu", "date"),
    ("jobs shipping next month, highlight the dates", "NextMonth({Ship Date})", "cells", "by-meaning", "teen",
     "date"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
