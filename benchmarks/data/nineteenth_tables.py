"""A nineteenth set of table requests, about a third of them header-only, and the builder of nineteenth_tables.json.

Written on 2026-12-07 between 10:08 and 10:23 UTC (by `date -u` on this machine) by engineer
E19t, who had read neither the assistant's code nor any set's wordings, so that the team has table
requests nobody has tuned on. The eleven tables (a tiffin service's orders, a sari shop's stock,
mehndi bookings, an auto-rickshaw fleet, cricket net sessions, opal finds, a cattle station's
musters, snake-catcher callouts, punting tours, pantomime shows, millinery orders) and every request
were written from scratch. Headers carry currencies, units and question marks (`Price (₹)`,
`Distance (km)`, `Veg?`, `Stock Value (₹)`, `Length (m)`, `Zari?`, `Fee (₹)`, `Advance Paid?`,
`Daily Takings (₹)`, `Mileage (km/l)`, `Odometer (km)`, `CNG?`, `Fee (£)`, `Bowling Speed (mph)`,
`Coach?`, `Value (A$)`, `Depth (m)`, `Cut?`, `Avg Weight (kg)`, `Sale Price (A$)`, `Water (km)`,
`Vaccinated?`, `Fee (A$)`, `Response (min)`, `Travel (km)`, `Venomous?`, `Fare (£)`,
`Duration (min)`, `Tips (£)`, `Booked Online?`, `Box Office (£)`, `Runtime (min)`, `Matinee?`,
`Head Size (cm)`, `Brim (cm)`, `Deposit Paid?`), and the cells dates, money (plain numbers under a
currency header, up to 790,000 so that lakh and "half a mil" have something to say), decimals,
codes (order, item, booking, vehicle, session, find, mob, job, tour, slot and order numbers),
yes/no values (and "Part"), free text (names, meals, fabrics, designs, routes, depots, lanes,
fields, paddocks, breeds, species, locations, shows, venues, styles, notes, trims), text in number
columns ("n/a", "n/k", "n/c", "tbc", "n/r", "n/m"), Excel errors (#N/A, #VALUE!, #REF!, #DIV/0!) and
blanks.

Styles (the second tag, after the naming, as table_sets and the table test module want it;
table_sets.STYLES is the earlier table sets', this set has its own): `annotator`, the benchmark
annotators' imperative lines ("Highlight X greater than 6 in sheet T", the sheet being the table's
name; "Highlight rows with ..." where the whole row is meant); `forum`, a forum question of a
sentence or two, sometimes with a column letter (always the true column of the table placed at A1);
`distractor`, new here: the request carries numbers and words that are not the rule's literal and a
careful reader ignores (sheet names, ranges of the rule's own column, row and staff counts, years,
times, invoice numbers, people); `symbols`, new here: signs and unicode in place of words (≥, ≤, ≠,
<, ∈, ∉, ∌, ∨, ∅, ×2, →, emoji); `regional`, new here: Indian, British and Australian English and
its numbers (2 lakh = 200000, 1.82 lakh = 182000, "Rs. 1200/-", "do the needful", a grand = 1000, a
ton = 100, a pony = 25 on a pound column, half a mil = 500000, quid, bucks, nowt, nil, arvo, ta);
`idiom`, new here: figures of speech a careful reader decodes (north of = more than, south of =
less than, tops out at = at most, the cream of the crop / the pick of the bunch / the crème de la
crème = the top, the bottom of the barrel = the lowest, a ballpark of a to b = between, a stone's
throw = the nearest, one of a kind = unique, like a bad penny = turning up more than once). These
examples are of this set's kind; the brief's own examples were not used as requests. Requests keep
Excel's semantics: a blank compares as 0 and any text is greater than any number, so comparisons
other than LessThan, LessThanEqual and Between (and ORs and ANDs of them) are kept off columns holding
a text cell or a lone-space blank (checked by /tmp/e19t/textcheck.py, which printed nothing).

What its author read, every command that printed anything: `date -u` (at the start, 10:08:41,
while writing and at the end); `cat` of /work/team/brief19.md (the brief); `ls` of /work/main and
benchmarks/data/ (file names); of benchmarks/data/eighteenth_tables.py a `grep -n` anchored on
top-level names (it also matched one docstring line that starts with "from"), `sed -n 1,215p`
(docstring, imports, constants and helper code, and seven lines more, see Slips), a `grep -n` of its
`table_sets.bind`, `main()` and closing-bracket lines (line numbers), `sed -n 1025,1033p` cut to 60
characters with entry lines filtered out (its last closing bracket, the bind and main) and
`sed -n 1032,1040p` (main), a `grep -n` of its `TABLES[`/`ENTRIES[` lines cut to 40 characters, the
first four (two table names), and `sed -n 216,227p` and `sed -n 228,230p` cut to 12 and 8
characters (see Slips); `wc -l` of eighteenth_tables.py, table_sets.py, column_sets.py,
everyday_common.py, set_files.py and ../shared/docs/CF_RULES.md; `cat` of table_sets.py,
column_sets.py, everyday_common.py, tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/set_files.py and ../shared/docs/CF_RULES.md (whole); the first 12,000 characters of
benchmarks/data/README.md; `python -c "import cf_assistant"` (ok); `ls benchmarks/data/*.json | wc -l`
(43). Of cf_assistant.languages.cf: parse/to_text on 15 made-up rules for the canonical spelling. A
short program (/tmp/e19t/domcheck.py, two runs) read the module docstrings of every other builder in
benchmarks/data/ (ast.get_docstring; nineteenth_* aside) and the `Table` field of every set file
there (nineteenth_* aside), and printed one True/False per candidate (True when named in a docstring
or a table name as a whole word with an optional plural s). Dropped as used: chimney sweep, chimney,
falconry, upholstery, bookbinding, window cleaning, window, narrowboat, paintball, thatching,
blacksmith, taxidermy, piano tuning, clock repair, kennel, alpaca, surf school, ice cream van,
cobbler, dry cleaning, scaffolding, stonemason, gutter, tea estate, tea, croquet, curling, hurling,
pearl farm, pearl, oyster, ferret, kite festival, kite, lawn bowls, bagpipe, camel. Unused, and
taken: tiffin, sari, mehndi, rickshaw, cricket nets, opal, cattle station, snake catcher, punting,
pantomime, millinery (also unused, not taken: falcon, hat, dabbawala, morris dancing, crocodile,
jaggery, road train, spice, wool classing, snake). The builder's own checks were run while writing
(/tmp/e19t/check.py, which imports a draft assembled from /tmp/e19t/parts and runs build_full
without writing; 22 runs, their messages name this set's requests and rules only, with a count of
this set's entries per table, scope, naming, style and function, never a split), the first build
(`python benchmarks/data/nineteenth_tables.py`, its counts), two rebuilds, each with a `cmp` of the
file before and after it (the same; the second piped into `head -1`, which ended it with a broken
pipe after the file was written), line-length checks (line numbers and lengths of this file's lines over 120: one, the
PantoShows header row, see below), the program that edited the table test module (then `sed -n
1,22p` of that module's docstring, as edited), the program that put the README row in (it printed
how many eighteenth_tables rows it found: 1), a `grep -c` of this set's README row (1), a count of
the file names with "nineteenth" in benchmarks/data (4: E19c's two files had appeared; this set was
rebuilt and tested with them beside it), an attempt at `ruff` and pyflakes (neither installed), and
`python -m pytest -q` of
tests/benchmarks/test_table_sets_data.py (`-k nineteenth`, then whole) and
tests/benchmarks/test_sets_are_the_projects_own.py.

Slips: (1) `sed -n 1,215p` of eighteenth_tables.py, meant to stop before its first table, printed
seven lines more: `TABLES = {}`, `ENTRIES = {}`, its first `TABLES[` line (a table name), that
table's header row and its first three data rows (cells only, no request). (2) To see the shape of
an entry line, `sed -n 216,227p` cut to 12 characters printed the starts of eleven data rows (an
order code and three letters of a name each) and the table's closing line, and `sed -n 228,230p` cut
to 8 characters printed the `ENTRIES[` line and the first 8 characters of two entry lines (an
opening bracket and quote with the first two letters of one request, and the opening quote and two
letters of a scope); nothing of them was reused. No other entry line of any builder was printed.
Nothing was added, dropped or reworded after the splits were seen (the build came after every
entry was final; every function had a record in both halves at the first build). The two engineers
kept apart scratch folders (/tmp/e19t here); nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; `git log`, `git show`, any diff's
content, `git diff --stat`; everyday_tables.py (not on the brief's reading list; its build_record and
problems are used through table_sets only); ../shared/docs/EVALUATION.md and ../shared/data;
tests/benchmarks/test_sets_are_the_projects_own.py (only run); the TABLES and ENTRIES of the other
builders (but Slips 1 and 2); README.md past its first 12,000 characters (the eighteenth_tables row
included: this set's row follows it); nineteenth_cf.py and nineteenth_cf.json (written beside this
set by engineer E19c; the builder compares with any set file beside it by program only, as
table_sets.requests_elsewhere does); the utterances or tables of any JSON file (compared with this
set's by program only, never printed). No request was run through `cfa suggest`, `cfa bench` or a
model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to eighteenth_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows (a row, "the
whole row", "full row", "whole line", "rows", "Highlight rows with", or the orders, autos, mobs,
jobs, tours, shows, stones or sessions themselves), "cells" otherwise; `naming` says how the request
names the tested column: `by-header` (its header's words or a plain spelling-out of them, or its
letter), `by-meaning` (what its values mean: autos that earned less than 760 rupees, finds worth
more than a grand, the three tiniest stones, the longest snakes, the fastest bowlers, mobs that are
light on, the shallow scrapes, hats that cost over 600 quid, stones valued last month, sessions
booked in the last 7 days, performances next week) or `by-value` (only values of it: Silk, Andheri, Airport, Mulga,
Python, Angus, Brahman, Grantchester, Fascinator). Each rule tests one column. Every record is first
built and checked on its full table (everyday_tables' `build_record` with IDs prefixed `n19t-`; its
`problems`: a record that formats no row or every row, whose near misses its table cannot tell
apart, text operators exempt, or whose rule formats the same rows on another column is refused),
and a request already written (case aside) in any other set file of benchmarks/data/ or in the
benchmark's train split (../shared/data/cf/train.json, when on this machine) is refused, as is a
column letter or range that is not the rule's column. Then the records picked by a stable hash of
the ID (about one in three, `table_sets.header_only`) are written with `Data` = [header row],
`Labels` = [] and the tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~`
in the table text below). Dates are read against the bench's reference date 2024-06-12 (a
Wednesday); date comparisons are not written, date periods are (each table's one date column holds
the fourteen days 06-11, 06-12, 06-13, 06-07, 06-04, 06-18, 06-27, 05-20, 07-08, 03-01, 06-14,
06-20, 06-25 and 05-29, in its own order, so that the ten periods tell apart). Labels follow Excel:
a blank compares as 0, any text is greater than any number, an error is neither blank nor formatted
by a comparison, text tests ignore case. Every comparison's threshold and every Between bound is a
value of its column (so that "at least" and "more than" differ there); a `regional` or `idiom`
request names that value in its own words. Each table leaves out seven of the 31 functions that are
not date periods and two or three of the ten periods, in turn, so that each function has 8 or 9
records.

How refusals were fixed (27 refusals over 10 check runs that refused some; no draft equalled a
request elsewhere): by changing cells (TiffinOrders' `Distance (km)` given a blank and a text and
two values swapped, so that its visual formats, NotErrors and bottom rows differ from NotBlanks and
from `Price (₹)`'s; `Hands`, `Balls Faced`, `Overs`, `Depth (m)`, `Brightness`, `Length (m)` of
SnakeCallouts, `Fee (A$)`, `Passengers`, `Duration (min)`, `Tips (£)`, `Runtime (min)` reordered or
changed so that their top, bottom, average and error rows differ from other columns'; a text put into
`Water (km)` for its visual formats), by changing the rule with its wording (Equals 9 to 6.3 and
NotEquals 5.5 to 6 on `Length (m)`, off its largest and least values; NotEquals 30 to 28 on
`Mileage (km/l)`; OR's Equals 1 / more than 8 to Equals 2 / more than 6 on `Hands`, OR's fewer
than 1 to fewer than 2 on `Feathers`; ColorScale moved from `Price (₹)` to `Spice Level` and DataBar
from `Boxes` to `Distance (km)`; the regional "nil tips" (Equals 0, the column's least value) to
"12 quid on the nose"). A header of PantoShows was shortened (`Performance` to `Ref`, `Running Time
(min)` to `Runtime (min)`, in its requests too) to keep its line within 120, before any build.

Tags: the naming, the style, then any of `boundary`, `negation`, `or`, `superlative`, `starts-ends`,
`date`, `value-word`, then `header-only` where the rows were dropped, then `nineteenth` (last).
Every one of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/nineteenth_tables.py` prints them): 345 records, dev 177 / test
168; 11 tables of 10 columns and 14 data rows each; 105 header-only records (30%; dev 50, test 55);
scope rows 162 (47%) / cells 183; naming by-header 282, by-meaning 54, by-value 9 (18% not by
header); styles regional 66, idiom 65, symbols 59, annotator 53, distractor 52, forum 50; every one of
the 41 top functions in both halves (the thinnest: TopPercent, NotErrors, OR and Between with one
record in one half).

Rebuild: `python benchmarks/data/nineteenth_tables.py` (prints the counts per split, table, scope,
naming, style, tag and function); tests/benchmarks/test_table_sets_data.py checks the file.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402,F401 (the tests check with it)
import table_sets  # noqa: E402
from everyday_common import write_splits  # noqa: E402,F401 (the tests write with it)

HERE = Path(__file__).resolve().parent
OUT = HERE / "nineteenth_tables.json"
PREFIX = "n19t"
TAG = "nineteenth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and four new here: numbers and words that are not the rule's
# literal (sheets, ranges, counts, years, people), signs and unicode in place of words, regional
# English and its numbers (lakh, crore, quid, a grand, a fortnight), and figures of speech.
STYLES = ("annotator", "forum", "distractor", "symbols", "regional", "idiom")
# The requests of every other set file in this folder (these forty-three at the time of writing,
# and any written since, e.g. nineteenth_cf.json, written at the same time by another engineer)
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
              "seventeenth_tables.json", "eighteenth_cf.json", "eighteenth_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "₹", "£" and "A$" amounts
# sit under a currency header as plain numbers. Each table is added to TABLES and its entries to
# ENTRIES in turn.

TABLES = {}
ENTRIES = {}

TABLES["TiffinOrders"] = _table("""
Order | Customer | Delivery | Meal | Price (₹) | Boxes | Spice Level | Distance (km) | Veg? | Notes
TF-1101 | Mehta | 2024-06-11 | Thali | 1800 | 22 | 3 | 2.5 | Yes | no onion
TF-1102 | Iyer | 2024-06-04 | Dal Rice | 2400 | 30 | 5 | 12 | Yes | _
TF-1103 | Khan | 2024-06-25 | Rajma Chawal | 950 | 12 | 1 | 3.1 | No | extra roti
TF-1104 | Das | 2024-05-20 | Thali | 3200 | _ | 2 | #N/A | Yes | ~
TF-1105 | Mehta | 2024-06-12 | Paneer Combo | 1500 | 26 | 4 | 7.2 | Yes | call on arrival
TF-1106 | Rao | 2024-07-08 | Dal Rice | 2750 | 18 | n/a | 15.5 | No | _
TF-1107 | Pillai | 2024-06-07 | Sambar Rice | 1200 | 40 | 2 | 2.8 | Yes | less oil
TF-1108 | Sharma | 2024-03-01 | Thali | 4100 | 8 | 5 | 9.8 | No | gate 2
TF-1109 | Iyer | 2024-06-18 | Khichdi | 2100 | 30 | 3 | _ | Yes | _
TF-1110 | Bose | 2024-06-13 | Paneer Combo | 1650 | 14 | 1 | 11.4 | Yes | no garlic
TF-1111 | Nair | 2024-06-27 | Curd Rice | 3600 | 20 | 4 | #VALUE! | Yes | extra rice
TF-1112 | Gupta | 2024-06-14 | Rajma Chawal | 800 | 26 | 2 | 1.9 | No | ~
TF-1113 | Kulkarni | 2024-06-20 | Thali | 2950 | 36 | 3 | n/k | Yes | office lunch
TF-1114 | Reddy | 2024-05-29 | Sambar Rice | 1350 | 10 | 5 | 13 | No | _
""")
ENTRIES["TiffinOrders"] = [
    ("Highlight Notes containing extra in sheet TiffinOrders", 'TextContains({Notes}, "extra")',
     "cells", "by-header", "annotator"),
    ("Meal doesn't contain “Rice” → shade the whole row ✔", 'TextNotContains({Meal}, "Rice")',
     "rows", "by-header", "symbols", "negation"),
    ("How do I highlight the customers whose name starts with K? Names are in column B.",
     'TextStartsWith({Customer}, "K")', "cells", "by-header", "forum", "starts-ends"),
    ("We run 3 delivery boys and 2 kitchens off Sheet2; just colour the meals ending in Combo",
     'TextEndsWith({Meal}, "Combo")', "cells", "by-header", "distractor", "starts-ends"),
    ("kindly highlight orders between Rs. 1200/- and Rs. 2400/- price, full row, do the needful",
     "Between({Price (₹)}, 1200, 2400)", "rows", "by-header", "regional"),
    ("any order that falls outside the ballpark of 12 to 30 boxes, flag the row",
     "NotBetween({Boxes}, 12, 30)", "rows", "by-header", "idiom"),
    ("the cream of the crop on price, top 3 orders, light them up", "Top({Price (₹)}, 3)",
     "rows", "by-header", "idiom", "superlative"),
    ("pick out the 2 drops that are a stone's throw from the kitchen (least km)",
     "Bottom({Distance (km)}, 2)", "cells", "by-meaning", "idiom", "superlative"),
    ("Highlight top 20% of Boxes in sheet TiffinOrders", "TopPercent({Boxes}, 20)", "cells", "by-header",
     "annotator", "superlative"),
    ("Price (₹) ∈ bottom 25% → red", "BottomPercent({Price (₹)}, 25)", "cells", "by-header", "symbols",
     "superlative"),
    ("Is there a way to shade the rows where the spice level (column G) is above that column's average?",
     "AboveAverage({Spice Level})", "rows", "by-header", "forum"),
    ("Route sheet 'Week 24', range H2:H15: shade distances below average, ignore the 2 error cells",
     "BelowAverage({Distance (km)})", "cells", "by-header", "distractor"),
    ("mark the customer names that come more than once, na", "Duplicates({Customer})", "cells",
     "by-header", "regional"),
    ("Highlight rows with unique Meal in sheet TiffinOrders", "Unique({Meal})", "rows", "by-header",
     "annotator"),
    ("Notes = ∅ → highlight row", "Blanks({Notes})", "rows", "by-header", "symbols"),
    ("I only want the rows that actually have a note (col J) coloured. Possible?", "NotBlanks({Notes})",
     "rows", "by-header", "forum", "negation"),
    ("the distance column has gone haywire in a few spots (#N/A and the like), pick those cells out",
     "Errors({Distance (km)})", "cells", "by-header", "idiom"),
    ("colour every Distance (km) cell that hasn't come out as an error, cheers mate",
     "NotErrors({Distance (km)})", "cells", "by-header", "regional", "negation"),
    ("Apply a color scale to Spice Level in sheet TiffinOrders", "ColorScale({Spice Level})", "cells",
     "by-header", "annotator"),
    ("Add data bars to Distance (km) in H2:H15 (14 orders, kitchen opens at 6)", "DataBar({Distance (km)})",
     "cells", "by-header", "distractor"),
    ("Spice Level → 🌶 icon set", "IconSet({Spice Level})", "cells", "by-header", "symbols"),
    ("1500 < Price (₹) < 2950 → highlight the order",
     "AND(GreaterThan({Price (₹)}, 1500), LessThan({Price (₹)}, 2950))", "rows", "by-header", "symbols"),
    ("orders that are either tiny (south of 12 boxes) or huge (north of 36 boxes), whole row",
     "OR(LessThan({Boxes}, 12), GreaterThan({Boxes}, 36))", "rows", "by-header", "idiom", "or"),
    ("Kitchen 2 cooks the 5 pm batch for Mrs Rao; shade each row where Veg? isn't Yes",
     'NOT(TextEquals({Veg?}, "Yes"))', "rows", "by-header", "distractor", "negation"),
    ("Highlight rows with Delivery yesterday in sheet TiffinOrders", "Yesterday({Delivery})", "rows",
     "by-header", "annotator", "date"),
    ("what's on the plate today? highlight today's delivery dates", "Today({Delivery})", "cells",
     "by-header", "idiom", "date"),
    ("mark the tiffins going out tomorrow, do the needful", "Tomorrow({Delivery})", "rows", "by-meaning",
     "regional", "date"),
    ("Delivery ∈ last 7 days → green", "Last7Days({Delivery})", "cells", "by-header", "symbols", "date"),
    ("For the June 2024 invoice run (sheet 'Acc-6', 14 rows) shade the orders delivered last week",
     "LastWeek({Delivery})", "rows", "by-meaning", "distractor", "date"),
    ("Can I colour the Delivery dates that fall in this week?", "ThisWeek({Delivery})", "cells",
     "by-header", "forum", "date"),
    ("the orders coming down the pike next week, highlight the whole line", "NextWeek({Delivery})",
     "rows", "by-meaning", "idiom", "date"),
    ("deliveries booked for next month want highlighting, ta", "NextMonth({Delivery})", "cells",
     "by-header", "regional", "date"),
]

TABLES["SariStock"] = _table("""
Item | Weaver | Arrival | Fabric | Price (₹) | Stock Value (₹) | Length (m) | Pieces | Zari? | Remarks
SR-501 | Ansari | 2024-06-18 | Silk | 4500 | 135000 | 5.5 | 4 | Yes | temple border
SR-502 | Pandey | 2024-05-29 | Cotton | 12000 | 240000 | 6 | 12 | No | _
SR-503 | Murugan | 2024-06-12 | Chiffon | 2800 | 156000 | 6.3 | 0 | Part | ~
SR-504 | Ansari | 2024-06-07 | Georgette | 18500 | 290000 | 5.5 | 7 | Yes | bridal
SR-505 | Devi | 2024-07-08 | Silk | 6200 | 186000 | 9 | _ | Yes | _
SR-506 | Sen | 2024-06-13 | Linen | 9800 | 98000 | 6 | 3 | No | hand block
SR-507 | Patil | 2024-03-01 | Cotton | 3400 | 102000 | 5.5 | 9 | No | faded pallu
SR-508 | Murugan | 2024-06-25 | Silk | 25000 | 500000 | 6.3 | #REF! | Yes | ~
SR-509 | Bano | 2024-06-11 | Chiffon | 7600 | 152000 | 9 | 2 | Part | _
SR-510 | Sen | 2024-06-04 | Organza | 5200 | 260000 | 6 | 6 | No | sample only
SR-511 | Yadav | 2024-06-20 | Silk | 14500 | 370000 | 5.5 | n/c | Yes | festive
SR-512 | Joshi | 2024-05-20 | Cotton | 2200 | 44000 | 6.3 | 1 | No | _
SR-513 | Rathod | 2024-06-27 | Georgette | 8900 | 178000 | 6 | 8 | Part | party wear
SR-514 | Ghosh | 2024-06-14 | Linen | 11000 | 200000 | 5.5 | 15 | No | ~
""")
ENTRIES["SariStock"] = [
    ("highlight the rows whose stock value is over 2 lakh rupees", "GreaterThan({Stock Value (₹)}, 200000)",
     "rows", "by-header", "regional"),
    ("Price (₹) ≥ 12000 → gold", "GreaterThanEqual({Price (₹)}, 12000)", "cells", "by-header", "symbols",
     "boundary"),
    ("stock running on fumes, fewer than 3 pieces left, flag the row", "LessThan({Pieces}, 3)", "rows",
     "by-header", "idiom"),
    ("Highlight Price (₹) less than or equal to 2800 in sheet SariStock", "LessThanEqual({Price (₹)}, 2800)",
     "cells", "by-header", "annotator", "boundary"),
    ("For the Diwali 2024 display (rows 2 to 15 of sheet 'Stock-B') mark Length (m) equal to 6.3",
     "Equals({Length (m)}, 6.3)", "cells", "by-header", "distractor"),
    ("Length (m) ≠ 6 → highlight the row", "NotEquals({Length (m)}, 6)", "rows", "by-header", "symbols",
     "negation"),
    ("highlight the pure silk ones only, ji, whole row", 'TextEquals({Fabric}, "Silk")', "rows", "by-value",
     "regional", "value-word"),
    ("the bottom of the barrel by stock value, lowest 2", "Bottom({Stock Value (₹)}, 2)", "cells",
     "by-header", "idiom", "superlative"),
    ("Stock Value (₹) ∈ top 20% → highlight", "TopPercent({Stock Value (₹)}, 20)", "cells", "by-header",
     "symbols", "superlative"),
    ("Highlight bottom 15% of Price (₹) in sheet SariStock", "BottomPercent({Price (₹)}, 15)", "cells",
     "by-header", "annotator", "superlative"),
    ("How would I shade the rows where the price is above the average price? Prices are in column E.",
     "AboveAverage({Price (₹)})", "rows", "by-header", "forum"),
    ("Q2 2024 audit, 14 lines on sheet 'Godown 3': mark the stock values below average",
     "BelowAverage({Stock Value (₹)})", "cells", "by-header", "distractor"),
    ("Is there a formula-free way to flag weavers listed more than once (column B)?",
     "Duplicates({Weaver})", "cells", "by-header", "forum"),
    ("the odd one out in Fabric, any fabric that shows up just once, whole row", "Unique({Fabric})",
     "rows", "by-header", "idiom"),
    ("Highlight rows with blank Remarks in sheet SariStock", "Blanks({Remarks})", "rows", "by-header",
     "annotator"),
    ("tick the saris that have got a remark, na", "NotBlanks({Remarks})", "cells", "by-header", "regional"),
    ("Pieces ∈ {errors} → ⚠ highlight row", "Errors({Pieces})", "rows", "by-header", "symbols"),
    ("Stock take by Meena on 14/06, col H: highlight every Pieces cell that is not an error",
     "NotErrors({Pieces})", "cells", "by-header", "distractor", "negation"),
    ("give Pieces the full traffic-light treatment with a colour scale", "ColorScale({Pieces})", "cells",
     "by-header", "idiom"),
    ("Apply data bars to Pieces in sheet SariStock", "DataBar({Pieces})", "cells", "by-header", "annotator"),
    ("Pieces → ▲▼ icon set", "IconSet({Pieces})", "cells", "by-header", "symbols"),
    ("stock value above ₹98,000 but below 2 lakh, mark the whole row",
     "AND(GreaterThan({Stock Value (₹)}, 98000), LessThan({Stock Value (₹)}, 200000))", "rows", "by-header",
     "regional"),
    ("the bargain bin (under 3400) or the top shelf (over 14500) on price, whole row",
     "OR(LessThan({Price (₹)}, 3400), GreaterThan({Price (₹)}, 14500))", "rows", "by-header", "idiom", "or"),
    ("How do I highlight rows where Zari? is anything other than No?", 'NOT(TextEquals({Zari?}, "No"))',
     "rows", "by-header", "forum", "negation"),
    ("saris that arrived last month, mark them, ji", "LastMonth({Arrival})", "cells", "by-meaning",
     "regional", "date"),
    ("Highlight Arrival this month in sheet SariStock", "ThisMonth({Arrival})", "cells", "by-header",
     "annotator", "date"),
    ("anything landing tomorrow, flag the row", "Tomorrow({Arrival})", "rows", "by-meaning", "idiom", "date"),
    ("Arrival ∈ last 7 days → highlight", "Last7Days({Arrival})", "cells", "by-header", "symbols", "date"),
    ("Invoice 4471 from the Surat mill, 3 bales: highlight the stock that arrived last week, whole row",
     "LastWeek({Arrival})", "rows", "by-meaning", "distractor", "date"),
    ("Can the Arrival column (C) show this week's arrivals in green?", "ThisWeek({Arrival})", "cells",
     "by-header", "forum", "date"),
    ("stock due next week, mark the whole line please", "NextWeek({Arrival})", "rows", "by-meaning",
     "regional", "date"),
    ("For the 2025 wedding season plan (sheet 'Plan', 3 tabs), colour the rows arriving next month",
     "NextMonth({Arrival})", "rows", "by-meaning", "distractor", "date"),
]

TABLES["MehndiBookings"] = _table("""
Booking | Client | Event Date | Design | Fee (₹) | Hands | Hours | Guests | Advance Paid? | Artist Notes
MB-71 | Kapoor | 2024-06-04 | Arabic | 2500 | 2 | 1.5 | 40 | Yes | natural cone only
MB-72 | Fernandes | 2024-06-27 | Bridal Full | 15000 | 4 | 6 | 180 | Part | _
MB-73 | Siddiqui | 2024-06-11 | Rajasthani | 4000 | 2 | 2 | 25 | No | kids too
MB-74 | Menon | 2024-05-20 | Arabic Minimal | 8500 | 6 | 3.5 | 120 | Yes | ~
MB-75 | Kaur | 2024-06-12 | Indo-Western | 1200 | 1 | 0.75 | #N/A | No | _
MB-76 | Agarwal | 2024-07-08 | Bridal Full | 22000 | 12 | 8 | 450 | Yes | travel to Pune
MB-77 | D'Souza | 2024-06-13 | Mandala | 6000 | 4 | tbc | 80 | Part | organic henna
MB-78 | Chatterjee | 2024-06-18 | Bridal Half | 11000 | 5 | 5 | 200 | Yes | _
MB-79 | Bhatt | 2024-03-01 | Arabic | 3500 | 2 | 1.5 | 35 | No | ~
MB-80 | Qureshi | 2024-06-14 | Mughal | 7500 | 4 | _ | 150 | Part | sangeet night
MB-81 | Malhotra | 2024-06-25 | Bridal Full | 18000 | 10 | 7 | 600 | Yes | two artists
MB-82 | Thomas | 2024-06-07 | Floral Vine | 5000 | 3 | 2.5 | 60 | No | _
MB-83 | Saxena | 2024-05-29 | Mandala | 9500 | 6 | 4 | 90 | Yes | repeat client
MB-84 | Kaur | 2024-06-20 | Minimal Dots | 1800 | 1 | 1 | _ | No | no chemical
""")
ENTRIES["MehndiBookings"] = [
    ("Highlight Fee (₹) greater than 15000 in sheet MehndiBookings", "GreaterThan({Fee (₹)}, 15000)",
     "cells", "by-header", "annotator"),
    ("the big shaadi bookings, 200 guests or more, whole row please", "GreaterThanEqual({Guests}, 200)",
     "rows", "by-header", "regional", "boundary"),
    ("Hours < 2 → 🟢 row", "LessThan({Hours}, 2)", "rows", "by-header", "symbols"),
    ("the jobs whose fee tops out at 2500, colour the fee", "LessThanEqual({Fee (₹)}, 2500)", "cells",
     "by-header", "idiom", "boundary"),
    ("Sheet 'June-Weddings', F2:F15: mark the bookings where Hands is exactly 4", "Equals({Hands}, 4)",
     "rows", "by-header", "distractor"),
    ("Hands ≠ 2 → highlight cell", "NotEquals({Hands}, 2)", "cells", "by-header", "symbols", "negation"),
    ("How can I highlight the rows where Advance Paid? says Part?", 'TextEquals({Advance Paid?}, "Part")',
     "rows", "by-header", "forum", "value-word"),
    ("all the dulhan designs, i.e. any design with Bridal in the name, do the needful",
     'TextContains({Design}, "Bridal")', "cells", "by-header", "regional"),
    ("Highlight Artist Notes not containing henna in sheet MehndiBookings",
     'TextNotContains({Artist Notes}, "henna")', "cells", "by-header", "annotator", "negation"),
    ("Design starts with “Arabic” → ✓ highlight", 'TextStartsWith({Design}, "Arabic")', "cells",
     "by-header", "symbols", "starts-ends"),
    ("Any way to colour the clients whose surname ends in i (column B)?", 'TextEndsWith({Client}, "i")',
     "cells", "by-header", "forum", "starts-ends"),
    ("jobs that run a ballpark of 2 to 5 hours, highlight those rows", "Between({Hours}, 2, 5)", "rows",
     "by-header", "idiom"),
    ("fee not between 4,000 and 11,000 rupees, whole line, kindly do the needful",
     "NotBetween({Fee (₹)}, 4000, 11000)", "rows", "by-header", "regional"),
    ("the three biggest bashes by guest count", "Top({Guests}, 3)", "rows", "by-header", "idiom",
     "superlative"),
    ("Rows 2-15, three artists on duty on 20 June: highlight rows where Artist Notes is blank",
     "Blanks({Artist Notes})", "rows", "by-header", "distractor"),
    ("Artist Notes ≠ empty → highlight", "NotBlanks({Artist Notes})", "cells", "by-header", "symbols",
     "negation"),
    ("Highlight rows with errors in Guests in sheet MehndiBookings", "Errors({Guests})", "rows",
     "by-header", "annotator"),
    ("the Guests cells that are in good shape (no errors), colour them", "NotErrors({Guests})", "cells",
     "by-header", "idiom", "negation"),
    ("put a colour scale on the Hours column, cheers", "ColorScale({Hours})", "cells", "by-header",
     "regional"),
    ("2024 season, 14 bookings, 3 artists: data bars on Hours in G2:G15", "DataBar({Hours})", "cells",
     "by-header", "distractor"),
    ("Hours → ●◐○ icon set", "IconSet({Hours})", "cells", "by-header", "symbols"),
    ("how do I shade the rows where Fee is more than 5000 but less than 15000?",
     "AND(GreaterThan({Fee (₹)}, 5000), LessThan({Fee (₹)}, 15000))", "rows", "by-header", "forum"),
    ("just the two hands (Hands = 2) or the full works north of 6 hands, mark the row",
     "OR(Equals({Hands}, 2), GreaterThan({Hands}, 6))", "rows", "by-header", "idiom", "or"),
    ("everything except the Minimal designs, mark the row, ta", 'NOT(TextContains({Design}, "Minimal"))',
     "rows", "by-header", "regional", "negation"),
    ("Highlight Event Date last month in sheet MehndiBookings", "LastMonth({Event Date})", "cells",
     "by-header", "annotator", "date"),
    ("functions happening this month, full row please", "ThisMonth({Event Date})", "rows", "by-meaning",
     "regional", "date"),
    ("yesterday's news: colour the event dates that were yesterday", "Yesterday({Event Date})", "cells",
     "by-header", "idiom", "date"),
    ("Event Date = today → 🎉 row", "Today({Event Date})", "rows", "by-header", "symbols", "date"),
    ("Can I highlight the rows whose Event Date was last week?", "LastWeek({Event Date})", "rows",
     "by-header", "forum", "date"),
    ("For the Sharma–Kapoor wedding (3 days, 250 guests) shade this week's event dates",
     "ThisWeek({Event Date})", "cells", "by-header", "distractor", "date"),
    ("what's around the corner next week? highlight those event dates", "NextWeek({Event Date})",
     "cells", "by-header", "idiom", "date"),
    ("events next month, highlight the whole row, ta", "NextMonth({Event Date})", "rows", "by-header",
     "regional", "date"),
]

TABLES["RickshawFleet"] = _table("""
Vehicle | Driver | Service Due | Route | Daily Takings (₹) | Trips | Mileage (km/l) | Odometer (km) | CNG? | Depot
RK-01 | Shinde | 2024-06-13 | Station–Market | 850 | 18 | 28.5 | 182000 | Yes | Andheri
RK-02 | Pawar | 2024-05-20 | Airport Loop | 1200 | 24 | 31 | 95000 | Yes | Bandra
RK-03 | Khan | 2024-06-07 | Station–College | 640 | 16 | 26 | 240000 | No | Kurla
RK-04 | More | 2024-06-20 | Mall Shuttle | 1500 | 21 | 33.5 | 61000 | Yes | Andheri
RK-05 | Jadhav | 2024-06-12 | Market–Docks | 980 | 20 | 29 | 150000 | No | Dadar
RK-06 | Gaikwad | 2024-03-01 | Airport Express | 720 | 15 | 24.5 | 310000 | Yes | Thane
RK-07 | Sawant | 2024-06-27 | Hospital Loop | 1350 | 30 | 30 | 48000 | Yes | Bandra
RK-08 | Khan | 2024-06-11 | Station–Hospital | 1100 | 22 | 27 | 205000 | No | Andheri
RK-09 | Kadam | 2024-07-08 | College Loop | 560 | 10 | 35 | 120000 | Yes | Kurla
RK-10 | Salunkhe | 2024-06-04 | Docks Shuttle | 1800 | 27 | 25.5 | 275000 | No | Powai
RK-11 | Bhosale | 2024-06-18 | Airport Loop | 900 | 34 | 32 | 88000 | Yes | Dadar
RK-12 | Shaikh | 2024-05-29 | Temple Road | 1250 | 25 | 28 | 200000 | No | Thane
RK-13 | Naik | 2024-06-25 | Station–Temple | 760 | 14 | 23 | 133000 | Yes | Andheri
RK-14 | Pawar | 2024-06-14 | Market Road | 1020 | 19 | 30.5 | 260000 | No | Vashi
""")
ENTRIES["RickshawFleet"] = [
    ("odometer gone past 2 lakh km, highlight that auto's row", "GreaterThan({Odometer (km)}, 200000)",
     "rows", "by-header", "regional"),
    ("Mileage (km/l) ≥ 30 → 🟢", "GreaterThanEqual({Mileage (km/l)}, 30)", "cells", "by-header", "symbols",
     "boundary"),
    ("autos that earned less than 760 rupees in the day, kindly mark the row",
     "LessThan({Daily Takings (₹)}, 760)", "rows", "by-meaning", "regional"),
    ("the slowcoaches whose trip count tops out at 15", "LessThanEqual({Trips}, 15)", "cells", "by-header",
     "idiom", "boundary"),
    ("Highlight Trips equal to 22 in sheet RickshawFleet", "Equals({Trips}, 22)", "cells", "by-header",
     "annotator"),
    ("Fleet audit 2024, 14 autos, sheet 'Garage-2': highlight Mileage (km/l) not equal to 28",
     "NotEquals({Mileage (km/l)}, 28)", "cells", "by-header", "distractor", "negation"),
    ("Any way to highlight every row for the Andheri lot?", 'TextEquals({Depot}, "Andheri")', "rows",
     "by-value", "forum", "value-word"),
    ("all the airport runs, mark the full row, boss", 'TextContains({Route}, "Airport")', "rows",
     "by-value", "regional", "value-word"),
    ("Route ∌ “Station” → highlight", 'TextNotContains({Route}, "Station")', "cells", "by-header",
     "symbols", "negation"),
    ("Highlight Route starting with Station in sheet RickshawFleet", 'TextStartsWith({Route}, "Station")',
     "cells", "by-header", "annotator", "starts-ends"),
    ("the routes that go round in circles, i.e. end in Loop, whole row", 'TextEndsWith({Route}, "Loop")',
     "rows", "by-header", "idiom", "starts-ends"),
    ("Service bay 3, 2024 fleet of 14: mileage between 26 and 29 km/l, whole row",
     "Between({Mileage (km/l)}, 26, 29)", "rows", "by-header", "distractor"),
    ("Daily Takings (₹) ∉ [850, 1350] → red row", "NotBetween({Daily Takings (₹)}, 850, 1350)", "rows",
     "by-header", "symbols"),
    ("the 3 old warhorses with the most km on the clock", "Top({Odometer (km)}, 3)", "rows", "by-meaning",
     "idiom", "superlative"),
    ("How do I flag the two lowest Daily Takings in column E?", "Bottom({Daily Takings (₹)}, 2)", "cells",
     "by-header", "forum", "superlative"),
    ("the high-flyers: top 10% of takings, whole row", "TopPercent({Daily Takings (₹)}, 10)", "rows",
     "by-header", "idiom", "superlative"),
    ("Highlight bottom 20% of Mileage (km/l) in sheet RickshawFleet", "BottomPercent({Mileage (km/l)}, 20)",
     "cells", "by-header", "annotator", "superlative"),
    ("autos doing more trips than average, mark them, boss", "AboveAverage({Trips})", "rows", "by-header",
     "regional"),
    ("Sheet 'Fuel', G2:G15, 14 autos, March 2024 target: highlight mileage below average",
     "BelowAverage({Mileage (km/l)})", "cells", "by-header", "distractor"),
    ("Driver appears ×2 or more → highlight", "Duplicates({Driver})", "cells", "by-header", "symbols"),
    ("Can I colour the depots that appear only once?", "Unique({Depot})", "cells", "by-header", "forum"),
    ("odometer above 95,000 but under 1.82 lakh km, whole row",
     "AND(GreaterThan({Odometer (km)}, 95000), LessThan({Odometer (km)}, 182000))", "rows", "by-header",
     "regional"),
    ("Trips < 15 ∨ Trips > 27 → highlight row", "OR(LessThan({Trips}, 15), GreaterThan({Trips}, 27))",
     "rows", "by-header", "symbols", "or"),
    ("Highlight rows where CNG? is not Yes in sheet RickshawFleet", 'NOT(TextEquals({CNG?}, "Yes"))', "rows",
     "by-header", "annotator", "negation"),
    ("services that were due last month and slipped through the cracks", "LastMonth({Service Due})",
     "cells", "by-header", "idiom", "date"),
    ("Highlight rows with Service Due this month in sheet RickshawFleet", "ThisMonth({Service Due})", "rows",
     "by-header", "annotator", "date"),
    ("Service Due = yesterday → ⚠", "Yesterday({Service Due})", "cells", "by-header", "symbols", "date"),
    ("Driver Shinde rang at 9:30 about the brakes; highlight the services due today",
     "Today({Service Due})", "cells", "by-header", "distractor", "date"),
    ("autos due for servicing tomorrow, kindly mark the row", "Tomorrow({Service Due})", "rows",
     "by-meaning", "regional", "date"),
    ("Can I highlight the Service Due dates from the last 7 days?", "Last7Days({Service Due})", "cells",
     "by-header", "forum", "date"),
    ("Garage shut on 15 and 16 June; colour the services due next week, whole row",
     "NextWeek({Service Due})", "rows", "by-header", "distractor", "date"),
    ("services looming on the horizon next month, flag the whole row", "NextMonth({Service Due})", "rows",
     "by-header", "idiom", "date"),
]

TABLES["NetSessions"] = _table("""
Session | Member | Booked For | Lane | Fee (£) | Balls Faced | Bowling Speed (mph) | Overs | Coach? | Coach Notes
NS-401 | Patel | 2024-06-25 | Lane 1 Turf | 12 | 60 | 62.5 | 4 | Yes | front foot drive
NS-402 | Hughes | 2024-06-11 | Lane 2 Astro | 18 | 120 | 71 | 6 | No | _
NS-403 | Singh | 2024-05-29 | Lane 3 Astro | 8 | 36 | 55 | 2 | Yes | work on yorkers
NS-404 | O'Brien | 2024-06-13 | Bowling Machine | 25 | 90 | #N/A | 5 | No | ~
NS-405 | Ahmed | 2024-06-04 | Lane 1 Turf | 12 | 42 | 68 | 3 | Yes | short ball
NS-406 | Clarke | 2024-06-27 | Lane 4 Turf | 30 | 150 | 79.5 | 10 | No | _
NS-407 | Singh | 2024-06-12 | Lane 2 Astro | 15 | 72 | _ | 4 | Yes | back lift high
NS-408 | Naidoo | 2024-07-08 | Bowling Machine | 8 | 30 | 58 | 2 | No | ~
NS-409 | Walsh | 2024-06-14 | Lane 3 Astro | 22 | 108 | 74 | 6 | Yes | _
NS-410 | Ahmed | 2024-03-01 | Lane 4 Turf | 18 | 84 | n/r | 5 | No | spin drills
NS-411 | Mistry | 2024-06-18 | Bowling Machine | 40 | 180 | 65 | 7 | Yes | keeps falling over
NS-412 | Evans | 2024-06-07 | Lane 1 Turf | 10 | 78 | 81 | 3 | No | _
NS-413 | Hussain | 2024-05-20 | Lane 2 Astro | 15 | 96 | 60.5 | 4 | Yes | sweep shot
NS-414 | Grant | 2024-06-20 | Lane 3 Astro | 50 | 66 | 70 | 12 | No | good pace
""")
ENTRIES["NetSessions"] = [
    ("the sessions that cost a pony, highlight the row", "Equals({Fee (£)}, 25)", "rows", "by-meaning",
     "regional"),
    ("Fee (£) ≠ 12 → highlight", "NotEquals({Fee (£)}, 12)", "cells", "by-header", "symbols", "negation"),
    ("Highlight rows where Coach? is Yes in sheet NetSessions", 'TextEquals({Coach?}, "Yes")', "rows",
     "by-header", "annotator", "value-word"),
    ("How do I colour any lane with Astro in it? Lanes are column D.", 'TextContains({Lane}, "Astro")',
     "cells", "by-header", "forum"),
    ("Summer 2024 nets, 14 sessions, 2 coaches: mark the Coach Notes that don't mention ball",
     'TextNotContains({Coach Notes}, "ball")', "cells", "by-header", "distractor", "negation"),
    ("Lane starts with “Bowling” → 🏏 row", 'TextStartsWith({Lane}, "Bowling")', "rows", "by-header",
     "symbols", "starts-ends"),
    ("the lanes ending in Turf, the real McCoy, colour them", 'TextEndsWith({Lane}, "Turf")', "cells",
     "by-header", "idiom", "starts-ends"),
    ("Highlight Balls Faced between 60 and 108 in sheet NetSessions", "Between({Balls Faced}, 60, 108)",
     "cells", "by-header", "annotator"),
    ("balls faced way out of the 42 to 150 ballpark, whole row", "NotBetween({Balls Faced}, 42, 150)",
     "rows", "by-header", "idiom"),
    ("the two genuine express merchants, the fastest bowlers", "Top({Bowling Speed (mph)}, 2)", "rows",
     "by-meaning", "idiom", "superlative"),
    ("Can I highlight the 3 lowest Balls Faced (column F)?", "Bottom({Balls Faced}, 3)", "cells",
     "by-header", "forum", "superlative"),
    ("Overs ∈ top 20% → highlight row", "TopPercent({Overs}, 20)", "rows", "by-header", "symbols",
     "superlative"),
    ("Highlight bottom 25% of Bowling Speed (mph) in sheet NetSessions",
     "BottomPercent({Bowling Speed (mph)}, 25)", "cells", "by-header", "annotator", "superlative"),
    ("Sheet 'Nets-24', F2:F15, 3 coaches: highlight Balls Faced above average", "AboveAverage({Balls Faced})",
     "cells", "by-header", "distractor"),
    ("the bowlers who're a bit slow through the air, below average pace, mark the row, mate",
     "BelowAverage({Bowling Speed (mph)})", "rows", "by-meaning", "regional"),
    ("members who've booked more than once, highlight them, cheers", "Duplicates({Member})", "cells",
     "by-header", "regional"),
    ("the Overs figures that are one of a kind", "Unique({Overs})", "cells", "by-header", "idiom"),
    ("Coach Notes = ∅ → highlight row", "Blanks({Coach Notes})", "rows", "by-header", "symbols"),
    ("Coach Evans wants the Coach Notes that have something written, for the 2024 review of 14 rows",
     "NotBlanks({Coach Notes})", "cells", "by-header", "distractor", "negation"),
    ("Is there a way to highlight the error cells in the speed column (G)?", "Errors({Bowling Speed (mph)})",
     "cells", "by-header", "forum"),
    ("Highlight rows with no errors in Bowling Speed (mph) in sheet NetSessions",
     "NotErrors({Bowling Speed (mph)})", "rows", "by-header", "annotator", "negation"),
    ("paint the bowling speeds from cool to red-hot with a colour scale", "ColorScale({Bowling Speed (mph)})",
     "cells", "by-header", "idiom"),
    ("whack some data bars on the bowling speed column, ta", "DataBar({Bowling Speed (mph)})", "cells",
     "by-header", "regional"),
    ("Bowling Speed (mph) → ↑→↓ icons", "IconSet({Bowling Speed (mph)})", "cells", "by-header", "symbols"),
    ("net sessions booked for this month, mark the row, cheers", "ThisMonth({Booked For})", "rows",
     "by-meaning", "regional", "date"),
    ("Highlight Booked For yesterday in sheet NetSessions", "Yesterday({Booked For})", "cells", "by-header",
     "annotator", "date"),
    ("who's padding up today? highlight those sessions", "Today({Booked For})", "rows", "by-meaning",
     "idiom", "date"),
    ("Booked For = tomorrow → highlight row", "Tomorrow({Booked For})", "rows", "by-header", "symbols",
     "date"),
    ("Between the 2 nets and 1 bowling machine, highlight the sessions booked in the last 7 days",
     "Last7Days({Booked For})", "rows", "by-meaning", "distractor", "date"),
    ("How can I colour the rows for sessions last week? Dates are in column C.", "LastWeek({Booked For})",
     "rows", "by-meaning", "forum", "date"),
    ("this week's nets, highlight the date, ta", "ThisWeek({Booked For})", "cells", "by-meaning",
     "regional", "date"),
]

TABLES["OpalFinds"] = _table("""
Find | Miner | Valuation Date | Field | Carats | Value (A$) | Depth (m) | Brightness | Cut? | Remarks
OP-88 | Doyle | 2024-06-07 | Lightning Ridge | 3.2 | 850 | 12 | 3 | Yes | black opal
OP-89 | Nguyen | 2024-06-20 | Coober Pedy | 12.5 | 4200 | 23 | 4 | No | _
OP-90 | Kowalski | 2024-05-20 | Andamooka | 0.8 | 120 | 9 | 2 | No | potch only
OP-91 | Doyle | 2024-06-11 | Lightning Ridge | 25 | 3900 | 17 | 4 | Yes | ~
OP-92 | Papadopoulos | 2024-06-25 | White Cliffs | 6.4 | 1000 | _ | 3 | Yes | crystal
OP-93 | Reid | 2024-03-01 | Coober Pedy | 1.5 | 640 | 15 | _ | No | _
OP-94 | Hartmann | 2024-06-13 | Lightning Ridge | 40 | 28000 | 30 | 5 | Yes | black opal, red fire
OP-95 | Nguyen | 2024-07-08 | Mintabie | 9.1 | 2600 | 11 | #N/A | No | ~
OP-96 | Jovanovic | 2024-06-04 | Andamooka | 2.2 | 450 | n/m | 2 | No | _
OP-97 | McKenzie | 2024-06-12 | Coober Pedy | 18 | 15000 | 16 | 4 | Yes | boulder
OP-98 | Rossi | 2024-05-29 | Yowah | 4.7 | 1800 | 14 | 3 | No | matrix
OP-99 | Doyle | 2024-06-18 | Lightning Ridge | 55 | 52000 | 35 | 5 | Yes | _
OP-100 | Tan | 2024-06-27 | White Cliffs | 7.3 | 2100 | 8 | #N/A | No | crazing
OP-101 | Fraser | 2024-06-14 | Quilpie | 2.9 | 200 | 19 | 1 | Yes | potch and colour
""")
ENTRIES["OpalFinds"] = [
    ("finds worth more than a grand, highlight the row", "GreaterThan({Value (A$)}, 1000)", "rows",
     "by-meaning", "regional"),
    ("Carats ≥ 18 → 💎 row", "GreaterThanEqual({Carats}, 18)", "rows", "by-header", "symbols", "boundary"),
    ("the shallow scrapes, anything south of 12 m down", "LessThan({Depth (m)}, 12)", "cells", "by-meaning",
     "idiom"),
    ("Highlight Value (A$) less than or equal to 450 in sheet OpalFinds", "LessThanEqual({Value (A$)}, 450)",
     "cells", "by-header", "annotator", "boundary"),
    ("Shaft 7, 2024 season, G2:G15: mark depths between 14 and 22 m", "Between({Depth (m)}, 14, 22)",
     "cells", "by-header", "distractor"),
    ("How do I flag the rows where Carats falls outside 2.2 to 18?", "NotBetween({Carats}, 2.2, 18)", "rows",
     "by-header", "forum"),
    ("the pick of the bunch, top 3 by value, whole row", "Top({Value (A$)}, 3)", "rows", "by-header",
     "idiom", "superlative"),
    ("the three tiniest stones, mate", "Bottom({Carats}, 3)", "cells", "by-meaning", "regional",
     "superlative"),
    ("Highlight top 25% of Carats in sheet OpalFinds", "TopPercent({Carats}, 25)", "cells", "by-header",
     "annotator", "superlative"),
    ("Value (A$) ∈ bottom 20% → grey row", "BottomPercent({Value (A$)}, 20)", "rows", "by-header",
     "symbols", "superlative"),
    ("Sheet 'Ridge-2024', 14 finds, buyer visiting on the 20th: highlight values above average",
     "AboveAverage({Value (A$)})", "cells", "by-header", "distractor"),
    ("Can I shade the rows where Carats is below the average?", "BelowAverage({Carats})", "rows",
     "by-header", "forum"),
    ("the miners who keep turning up like a bad penny (listed more than once)", "Duplicates({Miner})",
     "cells", "by-header", "idiom"),
    ("fields that only show up the once, highlight the row, mate", "Unique({Field})", "rows", "by-header",
     "regional"),
    ("Highlight rows with blank Remarks in sheet OpalFinds", "Blanks({Remarks})", "rows", "by-header",
     "annotator"),
    ("Remarks ≠ blank → ✓", "NotBlanks({Remarks})", "cells", "by-header", "symbols", "negation"),
    ("Brightness readings from the 3 gauges (col H): highlight the error cells for the 2024 log",
     "Errors({Brightness})", "cells", "by-header", "distractor"),
    ("the Brightness cells that came through clean, no errors, colour them", "NotErrors({Brightness})",
     "cells", "by-header", "idiom", "negation"),
    ("Apply a color scale to Depth (m) in sheet OpalFinds", "ColorScale({Depth (m)})", "cells", "by-header",
     "annotator"),
    ("Depth (m) → ▇▅▂ data bars", "DataBar({Depth (m)})", "cells", "by-header", "symbols"),
    ("How do I put an icon set on the depths in column G?", "IconSet({Depth (m)})", "cells", "by-header",
     "forum"),
    ("worth more than 850 bucks but less than 4,200, whole row",
     "AND(GreaterThan({Value (A$)}, 850), LessThan({Value (A$)}, 4200))", "rows", "by-meaning", "regional"),
    ("either crumbs (south of 1.5 ct) or whoppers (north of 25 ct), whole row",
     "OR(LessThan({Carats}, 1.5), GreaterThan({Carats}, 25))", "rows", "by-header", "idiom", "or"),
    ("Cutter booked for 3 July 2024; highlight the rows where Cut? is not Yes",
     'NOT(TextEquals({Cut?}, "Yes"))', "rows", "by-header", "distractor", "negation"),
    ("Could I colour the rows of stones valued last month?", "LastMonth({Valuation Date})", "rows",
     "by-meaning", "forum", "date"),
    ("stones going to the valuer tomorrow arvo, mark the row", "Tomorrow({Valuation Date})", "rows",
     "by-meaning", "regional", "date"),
    ("Highlight Valuation Date in the last 7 days in sheet OpalFinds", "Last7Days({Valuation Date})",
     "cells", "by-header", "annotator", "date"),
    ("Valuation Date ∈ last week → highlight", "LastWeek({Valuation Date})", "cells", "by-header",
     "symbols", "date"),
    ("what's on the slab this week? highlight those valuation dates", "ThisWeek({Valuation Date})",
     "cells", "by-header", "idiom", "date"),
    ("Buyer from Hong Kong lands with 2 colleagues; highlight the valuations next week, whole row",
     "NextWeek({Valuation Date})", "rows", "by-meaning", "distractor", "date"),
    ("valuations next month, highlight them, cheers mate", "NextMonth({Valuation Date})", "cells",
     "by-meaning", "regional", "date"),
]

TABLES["CattleMuster"] = _table("""
Mob | Stockman | Muster Date | Paddock | Head | Avg Weight (kg) | Sale Price (A$) | Water (km) | Vaccinated? | Breed
M-01 | Murphy | 2024-06-14 | Back Creek | 120 | 410 | 180000 | 2.5 | Yes | Brahman
M-02 | Nakamarra | 2024-06-04 | Top Bore | 340 | 385 | 410000 | 6 | No | Droughtmaster
M-03 | Byrne | 2024-07-08 | Sandy Flat | 85 | 452 | 95000 | 1.2 | Yes | Santa Gertrudis
M-04 | Collins | 2024-06-11 | Windmill | 500 | 398 | 620000 | #N/A | Part | Angus
M-05 | Murphy | 2024-05-29 | Back Creek | 210 | 470 | 265000 | 4.8 | Yes | Brahman
M-06 | Tjapaltjarri | 2024-06-27 | Top Bore | 60 | 355 | 70000 | 0.5 | No | Shorthorn
M-07 | Hayes | 2024-06-12 | Dry Lagoon | 275 | 430 | 330000 | _ | Yes | Droughtmaster
M-08 | Byrne | 2024-03-01 | River Flat | 150 | 415 | 200000 | 3.6 | Part | Brahman
M-09 | Lowe | 2024-06-18 | Windmill | 420 | 390 | 500000 | ~ | Yes | Charbray
M-10 | Dawson | 2024-05-20 | Back Creek | 95 | 445 | 110000 | 7.5 | No | Angus
M-11 | Quinn | 2024-06-13 | Stony Rise | 310 | 372 | 385000 | 2 | Yes | Brahman Cross
M-12 | Murphy | 2024-06-25 | Ten Mile | 180 | 460 | 240000 | 5.1 | No | Murray Grey
M-13 | Sutton | 2024-06-07 | Top Bore | 640 | 405 | 790000 | 9 | Yes | Droughtmaster
M-14 | Wells | 2024-06-20 | Sandy Flat | 45 | 380 | 52000 | n/k | Part | Belmont Red
""")
ENTRIES["CattleMuster"] = [
    ("mobs that sold for more than half a mil, highlight the row", "GreaterThan({Sale Price (A$)}, 500000)",
     "rows", "by-meaning", "regional"),
    ("Highlight Head greater than or equal to 310 in sheet CattleMuster", "GreaterThanEqual({Head}, 310)",
     "cells", "by-header", "annotator", "boundary"),
    ("the mobs sitting right on the doorstep of water, under 2 km, whole row", "LessThan({Water (km)}, 2)",
     "rows", "by-meaning", "idiom"),
    ("How do I highlight rows where Avg Weight (kg) is 385 or less?", "LessThanEqual({Avg Weight (kg)}, 385)",
     "rows", "by-header", "forum", "boundary"),
    ("Mob count for the 2024 sale at Roma, 14 mobs, 3 trucks: highlight Head equal to 150",
     "Equals({Head}, 150)", "cells", "by-header", "distractor"),
    ("Avg Weight (kg) ≠ 410 → highlight", "NotEquals({Avg Weight (kg)}, 410)", "cells", "by-header",
     "symbols", "negation"),
    ("Is there a way to highlight just the Angus rows?", 'TextEquals({Breed}, "Angus")', "rows", "by-value",
     "forum", "value-word"),
    ("any of the Brahman mobs, crosses included, mark the row, mate", 'TextContains({Breed}, "Brahman")',
     "rows", "by-value", "regional", "value-word"),
    ("Highlight Paddock not containing Creek in sheet CattleMuster", 'TextNotContains({Paddock}, "Creek")',
     "cells", "by-header", "annotator", "negation"),
    ("Paddock starts with “Top” → ✓", 'TextStartsWith({Paddock}, "Top")', "cells", "by-header", "symbols",
     "starts-ends"),
    ("Can I colour the paddocks that end in Flat (column D)?", 'TextEndsWith({Paddock}, "Flat")', "cells",
     "by-header", "forum", "starts-ends"),
    ("the mobs that are a bit light on, below average weight", "BelowAverage({Avg Weight (kg)})", "rows",
     "by-meaning", "idiom"),
    ("Highlight duplicate Stockman in sheet CattleMuster", "Duplicates({Stockman})", "cells", "by-header",
     "annotator"),
    ("Breed list for the 2024 field day (14 mobs, 2 stations): highlight breeds that appear once",
     "Unique({Breed})", "cells", "by-header", "distractor"),
    ("Water (km) = ∅ → highlight row", "Blanks({Water (km)})", "rows", "by-header", "symbols"),
    ("the mobs where someone's bothered to fill in the water distance, mark 'em", "NotBlanks({Water (km)})",
     "rows", "by-meaning", "regional", "negation"),
    ("Highlight the cells in column H that show an error?", "Errors({Water (km)})", "cells", "by-header",
     "forum"),
    ("Bore run on 3 June, 2 utes: colour every Water (km) cell that is not an error",
     "NotErrors({Water (km)})", "cells", "by-header", "distractor", "negation"),
    ("give the water distances the hot-and-cold treatment with a colour scale", "ColorScale({Water (km)})",
     "cells", "by-header", "idiom"),
    ("Apply data bars to Water (km) in sheet CattleMuster", "DataBar({Water (km)})", "cells", "by-header",
     "annotator"),
    ("chuck an icon set on Water (km), ta", "IconSet({Water (km)})", "cells", "by-header", "regional"),
    ("85 < Head < 310 → highlight row", "AND(GreaterThan({Head}, 85), LessThan({Head}, 310))", "rows",
     "by-header", "symbols"),
    ("How do I shade rows where Sale Price (A$) is under 95000 or over 500000?",
     "OR(LessThan({Sale Price (A$)}, 95000), GreaterThan({Sale Price (A$)}, 500000))", "rows", "by-header",
     "forum", "or"),
    ("mobs not jabbed yet, i.e. Vaccinated? isn't Yes, whole row, mate", 'NOT(TextEquals({Vaccinated?}, "Yes"))',
     "rows", "by-header", "regional", "negation"),
    ("Highlight rows with Muster Date last month in sheet CattleMuster", "LastMonth({Muster Date})", "rows",
     "by-header", "annotator", "date"),
    ("Muster Date ∈ this month → 🐄", "ThisMonth({Muster Date})", "cells", "by-header", "symbols", "date"),
    ("mobs mustered yesterday, mark the row", "Yesterday({Muster Date})", "rows", "by-meaning", "regional",
     "date"),
    ("Chopper booked for 2 hours at 6 am, 3 riders: highlight today's muster dates", "Today({Muster Date})",
     "cells", "by-header", "distractor", "date"),
    ("what's on the go this week? highlight those musters", "ThisWeek({Muster Date})", "cells", "by-header",
     "idiom", "date"),
    ("Can I colour the musters coming up next week? Dates are in column C.", "NextWeek({Muster Date})",
     "cells", "by-header", "forum", "date"),
    ("the musters on the cards for next month, whole row", "NextMonth({Muster Date})", "rows", "by-header",
     "idiom", "date"),
]

TABLES["SnakeCallouts"] = _table("""
Job | Catcher | Callout Date | Species | Length (m) | Fee (A$) | Response (min) | Travel (km) | Venomous? | Location
SC-210 | Brennan | 2024-06-11 | Eastern Brown | 1.2 | 150 | 25 | 12 | Yes | Backyard shed
SC-211 | Mabo | 2024-05-20 | Carpet Python | 2.4 | 220 | 40 | 35 | No | Kitchen
SC-212 | Costa | 2024-06-27 | Red-bellied Black | 0.8 | 120 | 15 | 4 | Yes | Chook pen
SC-213 | Brennan | 2024-06-13 | Tiger Snake | 1.8 | 180 | n/a | 18 | Yes | Garage
SC-214 | Whitlam | 2024-06-07 | Coastal Taipan | 3.1 | 240 | 60 | 60 | Yes | Pool fence
SC-215 | Ng | 2024-03-01 | Green Tree Snake | 0.6 | 150 | 35 | 9 | No | Laundry
SC-216 | Costa | 2024-06-12 | Eastern Brown | 1.5 | 200 | 20 | 22 | Yes | Backyard
SC-217 | Hooper | 2024-06-20 | Diamond Python | 2.0 | 250 | _ | 41 | No | Roof cavity
SC-218 | Mabo | 2024-06-04 | Blind Snake | 1.1 | 130 | 45 | 7 | No | Garden bed
SC-219 | Brennan | 2024-07-08 | Mulga | 4.2 | 350 | 30 | 28 | Yes | Shed
SC-220 | Lee | 2024-06-25 | Keelback | 0.4 | 90 | 90 | 15 | No | Letterbox
SC-221 | Fitzgerald | 2024-05-29 | Eastern Brown | 1.6 | 180 | 18 | 5 | Yes | Kids' cubby
SC-222 | Ng | 2024-06-14 | Death Adder | 2.7 | 300 | 50 | 50 | Yes | Woodpile
SC-223 | Hooper | 2024-06-18 | Carpet Python | 1.3 | 160 | 22 | 14 | No | Dog kennel
""")
ENTRIES["SnakeCallouts"] = [
    ("How do I highlight callouts where Travel (km) is more than 35? That's column H.",
     "GreaterThan({Travel (km)}, 35)", "rows", "by-header", "forum"),
    ("jobs that fetched 250 bucks or more, highlight, mate", "GreaterThanEqual({Fee (A$)}, 250)", "rows",
     "by-meaning", "regional", "boundary"),
    ("the lightning-fast responses, under 20 minutes", "LessThan({Response (min)}, 20)", "cells",
     "by-meaning", "idiom"),
    ("Length (m) ≤ 0.8 → 🐍 small", "LessThanEqual({Length (m)}, 0.8)", "cells", "by-header", "symbols",
     "boundary"),
    ("Highlight Fee (A$) equal to 180 in sheet SnakeCallouts", "Equals({Fee (A$)}, 180)", "cells",
     "by-header", "annotator"),
    ("Ute 2, 14 jobs in the 2024 log: highlight Travel (km) that isn't 12", "NotEquals({Travel (km)}, 12)",
     "cells", "by-header", "distractor", "negation"),
    ("any mulga jobs, highlight the row, cheers", 'TextEquals({Species}, "Mulga")', "rows", "by-value",
     "regional", "value-word"),
    ("Can I highlight all the pythons in column D?", 'TextContains({Species}, "Python")', "cells",
     "by-value", "forum", "value-word"),
    ("Highlight Location not containing shed in sheet SnakeCallouts", 'TextNotContains({Location}, "shed")',
     "cells", "by-header", "annotator", "negation"),
    ("For the 2024 council report (3 suburbs, 14 jobs), highlight species starting with Eastern",
     'TextStartsWith({Species}, "Eastern")', "cells", "by-header", "distractor", "starts-ends"),
    ("Species ends with “Snake” → highlight row", 'TextEndsWith({Species}, "Snake")', "rows", "by-header",
     "symbols", "starts-ends"),
    ("responses in the ballpark of 20 to 45 minutes", "Between({Response (min)}, 20, 45)", "cells",
     "by-meaning", "idiom"),
    ("Length (m) ∉ [1.1, 2.4] → highlight row", "NotBetween({Length (m)}, 1.1, 2.4)", "rows", "by-header",
     "symbols"),
    ("the three monsters, the longest snakes, whole row", "Top({Length (m)}, 3)", "rows", "by-meaning",
     "idiom", "superlative"),
    ("How can I mark the 2 cheapest callouts by fee?", "Bottom({Fee (A$)}, 2)", "cells", "by-header",
     "forum", "superlative"),
    ("Highlight top 20% of Travel (km) in sheet SnakeCallouts", "TopPercent({Travel (km)}, 20)", "cells",
     "by-header", "annotator", "superlative"),
    ("the short hops round the corner, bottom 25% by travel, whole row", "BottomPercent({Travel (km)}, 25)",
     "rows", "by-header", "idiom", "superlative"),
    ("Invoice batch 7 for the Shire (14 jobs, GST at 10%): highlight fees above average",
     "AboveAverage({Fee (A$)})", "cells", "by-header", "distractor"),
    ("stick a colour scale on the response times, ta", "ColorScale({Response (min)})", "cells", "by-header",
     "regional"),
    ("Can I get data bars in column G for the response minutes?", "DataBar({Response (min)})", "cells",
     "by-header", "forum"),
    ("Response (min) → 🟢🟡🔴 icon set", "IconSet({Response (min)})", "cells", "by-header", "symbols"),
    ("Fuel claim for June 2024, 2 utes: mark rows where Travel (km) is over 9 and under 28",
     "AND(GreaterThan({Travel (km)}, 9), LessThan({Travel (km)}, 28))", "rows", "by-header", "distractor"),
    ("the tiddlers (south of 0.8 m) and the whoppers (north of 2.7 m), whole row",
     "OR(LessThan({Length (m)}, 0.8), GreaterThan({Length (m)}, 2.7))", "rows", "by-meaning", "idiom", "or"),
    ("Highlight rows where Venomous? is not No in sheet SnakeCallouts", 'NOT(TextEquals({Venomous?}, "No"))',
     "rows", "by-header", "annotator", "negation"),
    ("For the EOFY 2024 summary (due 30 June), highlight the callouts from last month",
     "LastMonth({Callout Date})", "cells", "by-meaning", "distractor", "date"),
    ("How do I highlight this month's callouts in column C?", "ThisMonth({Callout Date})", "cells",
     "by-header", "forum", "date"),
    ("yesterday's jobs, mark the row, cheers", "Yesterday({Callout Date})", "rows", "by-meaning", "regional",
     "date"),
    ("what's slithered in today? highlight today's callouts, whole row", "Today({Callout Date})", "rows",
     "by-header", "idiom", "date"),
    ("Highlight rows with Callout Date tomorrow in sheet SnakeCallouts", "Tomorrow({Callout Date})", "rows",
     "by-header", "annotator", "date"),
    ("Callout Date ∈ last 7 days → highlight", "Last7Days({Callout Date})", "cells", "by-header", "symbols",
     "date"),
    ("callouts from last week, highlight the date, ta", "LastWeek({Callout Date})", "cells", "by-header",
     "regional", "date"),
]

TABLES["PuntTours"] = _table("""
Tour | Chauffeur | Tour Date | Route | Fare (£) | Passengers | Duration (min) | Tips (£) | Booked Online? | Comments
PT-61 | Hollis | 2024-06-12 | Backs Tour | 18 | 4 | 45 | 5 | Yes | hen party
PT-62 | Ferreira | 2024-06-20 | Grantchester Run | 25 | #VALUE! | 50 | 2 | No | _
PT-63 | Ashby | 2024-05-29 | Backs Tour | 60 | 12 | 55 | 12 | Yes | proposal!
PT-64 | Hollis | 2024-06-04 | Private Backs | 18 | 3 | 45 | 0 | No | ~
PT-65 | Okonkwo | 2024-06-14 | Grantchester Picnic | 120 | 8 | 70 | 20 | Yes | school group
PT-66 | Pryor | 2024-07-08 | Mathematical Bridge | 35 | 6 | 60 | #N/A | No | _
PT-67 | Ashby | 2024-06-11 | Backs Tour | 25 | 5 | 50 | 8 | Yes | rain delay
PT-68 | Lindgren | 2024-03-01 | Private Grantchester | 100 | 10 | 75 | 30 | Yes | ~
PT-69 | Hollis | 2024-06-27 | Evening Backs | 50 | 6 | 80 | 6 | No | fell in
PT-70 | Quayle | 2024-06-13 | Backs Tour | 18 | 1 | 30 | 0 | No | _
PT-71 | Ferreira | 2024-06-07 | Private Backs | 75 | 9 | 105 | 25 | Yes | prosecco
PT-72 | Vance | 2024-05-20 | Kings Parade Stop | 30 | _ | 45 | 3 | No | hen do
PT-73 | Pryor | 2024-06-25 | Grantchester Run | 150 | 12 | 150 | 18 | Yes | _
PT-74 | Nwosu | 2024-06-18 | Evening Ghost Tour | 22 | 7 | 40 | 10 | No | US tourists
""")
ENTRIES["PuntTours"] = [
    ("fares of a ton or more, highlight the row", "GreaterThanEqual({Fare (£)}, 100)", "rows", "by-meaning",
     "regional", "boundary"),
    ("anything under 50 quid on fare, colour it", "LessThan({Fare (£)}, 50)", "cells", "by-header",
     "regional"),
    ("Duration (min) ≤ 45 → ⏱ highlight", "LessThanEqual({Duration (min)}, 45)", "cells", "by-header",
     "symbols", "boundary"),
    ("tick the tours tipped 12 quid on the nose", "Equals({Tips (£)}, 12)", "cells", "by-header", "regional"),
    ("Highlight Passengers not equal to 6 in sheet PuntTours", "NotEquals({Passengers}, 6)", "cells",
     "by-header", "annotator", "negation"),
    ("How do I highlight every row where the Route is exactly Backs Tour?", 'TextEquals({Route}, "Backs Tour")',
     "rows", "by-header", "forum", "value-word"),
    ("Summer 2024 timetable, 3 punts, 14 trips: shade the rows going to Grantchester",
     'TextContains({Route}, "Grantchester")', "rows", "by-value", "distractor", "value-word"),
    ("Comments ∌ “hen” → highlight", 'TextNotContains({Comments}, "hen")', "cells", "by-header", "symbols",
     "negation"),
    ("Highlight Route starting with Private in sheet PuntTours", 'TextStartsWith({Route}, "Private")', "cells",
     "by-header", "annotator", "starts-ends"),
    ("routes that end in Run, light them up like Bonfire Night, whole row", 'TextEndsWith({Route}, "Run")',
     "rows", "by-header", "idiom", "starts-ends"),
    ("Punt no. 7, booked by Mrs Hale: highlight rows with Passengers between 3 and 8",
     "Between({Passengers}, 3, 8)", "rows", "by-header", "distractor"),
    ("tours that fall outside the 45 to 90 minute sweet spot", "NotBetween({Duration (min)}, 45, 90)",
     "cells", "by-meaning", "idiom"),
    ("the two jackpot tips", "Top({Tips (£)}, 2)", "cells", "by-header", "idiom", "superlative"),
    ("What formatting do I need to flag the 2 shortest tours by Duration (col G)?",
     "Bottom({Duration (min)}, 2)", "cells", "by-header", "forum", "superlative"),
    ("Fare (£) ∈ top 20% → ★ row", "TopPercent({Fare (£)}, 20)", "rows", "by-header", "symbols",
     "superlative"),
    ("Highlight bottom 15% of Tips (£) in sheet PuntTours", "BottomPercent({Tips (£)}, 15)", "cells",
     "by-header", "annotator", "superlative"),
    ("tours that ran longer than average, highlight, cheers", "AboveAverage({Duration (min)})", "rows",
     "by-meaning", "regional"),
    ("May–June 2024 takings, 2 chauffeurs off sick: colour the fares below average",
     "BelowAverage({Fare (£)})", "cells", "by-header", "distractor"),
    ("How can I highlight chauffeurs who appear more than once in column B?", "Duplicates({Chauffeur})",
     "cells", "by-header", "forum"),
    ("the one-off routes, one of a kind, whole row", "Unique({Route})", "rows", "by-header", "idiom"),
    ("tours with nowt in Comments, highlight the row", "Blanks({Comments})", "rows", "by-header", "regional"),
    ("Highlight rows with non-blank Comments in sheet PuntTours", "NotBlanks({Comments})", "rows",
     "by-header", "annotator", "negation"),
    ("Tips (£) = #N/A or any error → ⚠", "Errors({Tips (£)})", "cells", "by-header", "symbols"),
    ("Head count from the 2 kiosks, col F: highlight Passengers cells that aren't errors",
     "NotErrors({Passengers})", "cells", "by-header", "distractor", "negation"),
    ("Tour Date = today → highlight row", "Today({Tour Date})", "rows", "by-header", "symbols", "date"),
    ("How do I highlight tomorrow's tours, whole row?", "Tomorrow({Tour Date})", "rows", "by-meaning",
     "forum", "date"),
    ("Highlight Tour Date in the last 7 days in sheet PuntTours", "Last7Days({Tour Date})", "cells",
     "by-header", "annotator", "date"),
    ("trips from last week, mark the row, ta", "LastWeek({Tour Date})", "rows", "by-meaning", "regional",
     "date"),
    ("Ticket office open 9 to 5, 3 punts on the water: highlight this week's tour dates",
     "ThisWeek({Tour Date})", "cells", "by-header", "distractor", "date"),
    ("the tours in the pipeline for next week, whole row", "NextWeek({Tour Date})", "rows", "by-header",
     "idiom", "date"),
    ("Can the Tour Date column flag anything next month?", "NextMonth({Tour Date})", "cells", "by-header",
     "forum", "date"),
]

TABLES["PantoShows"] = _table("""
Ref | Show | Show Date | Venue | Tickets Sold | Box Office (£) | Runtime (min) | Ice Creams | Matinee? | Cast Notes
PS-01 | Cinderella | 2024-06-18 | Grand Theatre | 420 | 8400 | 150 | 85 | Yes | dame off sick
PS-02 | Aladdin | 2024-06-07 | Civic Hall | 610 | 12200 | 135 | 140 | No | _
PS-03 | Jack and the Beanstalk | 2024-06-13 | Grand Theatre | 280 | 3900 | 140 | 100 | Yes | new Buttons
PS-04 | Dick Whittington | 2024-05-29 | Playhouse | 950 | 9500 | n/a | 110 | No | ~
PS-05 | Cinderella | 2024-07-08 | Village Hall | 240 | 2250 | 137 | 55 | Yes | panto horse split
PS-06 | Snow White | 2024-06-11 | Civic Hall | 730 | 19000 | 160 | 175 | No | _
PS-07 | Peter Pan | 2024-03-01 | Grand Theatre | 505 | 10100 | _ | 120 | Yes | understudy on
PS-08 | Aladdin | 2024-06-20 | Empire | 880 | 22000 | 145 | 190 | No | ~
PS-09 | Mother Goose | 2024-06-04 | Playhouse | 330 | 6600 | 130 | 40 | Yes | _
PS-10 | Sleeping Beauty | 2024-06-25 | Village Hall | 95 | 1425 | 120 | 15 | No | flying rig fault
PS-11 | Beauty and the Beast | 2024-06-12 | Grand Theatre | 1020 | 25500 | 165 | 240 | Yes | sold out
PS-12 | Jack and the Beanstalk | 2024-05-20 | Empire | 660 | 13200 | #N/A | 150 | No | _
PS-13 | Robin Hood | 2024-06-27 | Civic Hall | 390 | 7800 | 138 | 95 | Yes | school party
PS-14 | Puss in Boots | 2024-06-14 | Corn Exchange | 215 | 6100 | 142 | 210 | No | oh no it isn't
""")
ENTRIES["PantoShows"] = [
    ("How do I highlight performances where Tickets Sold is more than 610 (column E)?",
     "GreaterThan({Tickets Sold}, 610)", "rows", "by-header", "forum"),
    ("Highlight Show not containing Jack in sheet PantoShows", 'TextNotContains({Show}, "Jack")', "cells",
     "by-header", "annotator", "negation"),
    ("Tour of 5 venues, 14 shows, 2024-25 season: colour the venues starting with Civic",
     'TextStartsWith({Venue}, "Civic")', "cells", "by-header", "distractor", "starts-ends"),
    ("venues ending in Hall, the village-hall jobs like, mark the row", 'TextEndsWith({Venue}, "Hall")',
     "rows", "by-header", "regional", "starts-ends"),
    ("130 ≤ Runtime (min) ≤ 145 → highlight", "Between({Runtime (min)}, 130, 145)", "cells",
     "by-header", "symbols"),
    ("ice cream sales outside the 40 to 175 comfort zone, whole row", "NotBetween({Ice Creams}, 40, 175)",
     "rows", "by-header", "idiom"),
    ("the three box-office smash hits", "Top({Box Office (£)}, 3)", "rows", "by-meaning", "idiom",
     "superlative"),
    ("Is there a way to flag the 2 worst-selling performances by tickets?", "Bottom({Tickets Sold}, 2)",
     "rows", "by-header", "forum", "superlative"),
    ("top 20% for ice creams sold in the interval, lovely", "TopPercent({Ice Creams}, 20)", "cells",
     "by-header", "regional", "superlative"),
    ("Highlight bottom 20% of Box Office (£) in sheet PantoShows", "BottomPercent({Box Office (£)}, 20)",
     "cells", "by-header", "annotator", "superlative"),
    ("Christmas 2024 run, 14 shows, 2 theatres: highlight box office above average",
     "AboveAverage({Box Office (£)})", "cells", "by-header", "distractor"),
    ("shows that sold below average tickets, bless 'em, mark the row", "BelowAverage({Tickets Sold})",
     "rows", "by-header", "regional"),
    ("Show appears 2+ times → highlight", "Duplicates({Show})", "cells", "by-header", "symbols"),
    ("How do I colour the venues that only appear once (column D)?", "Unique({Venue})", "cells", "by-header",
     "forum"),
    ("the Cast Notes where there's nothing doing (blank), whole row", "Blanks({Cast Notes})", "rows",
     "by-header", "idiom"),
    ("Stage manager Pat, 3 dressing rooms: highlight any Cast Notes with something in them",
     "NotBlanks({Cast Notes})", "cells", "by-header", "distractor", "negation"),
    ("Highlight rows with errors in Runtime (min) in sheet PantoShows", "Errors({Runtime (min)})",
     "rows", "by-header", "annotator"),
    ("running times that aren't errors, colour them in, ta", "NotErrors({Runtime (min)})", "cells",
     "by-header", "regional", "negation"),
    ("Could I get a colour scale on Runtime (min)?", "ColorScale({Runtime (min)})", "cells",
     "by-header", "forum"),
    ("give the running times a leg-up with data bars", "DataBar({Runtime (min)})", "cells",
     "by-header", "idiom"),
    ("Runtime (min) → ◔◑◕ icons", "IconSet({Runtime (min)})", "cells", "by-header", "symbols"),
    ("box office over 6.6 grand but under 13.2 grand, whole row",
     "AND(GreaterThan({Box Office (£)}, 6600), LessThan({Box Office (£)}, 13200))", "rows", "by-header",
     "regional"),
    ("tickets either in the doldrums (south of 240) or through the roof (north of 880)",
     "OR(LessThan({Tickets Sold}, 240), GreaterThan({Tickets Sold}, 880))", "rows", "by-header", "idiom",
     "or"),
    ("For the 7.30 pm slots on sheet 'Evenings' (14 rows), highlight rows where Matinee? isn't Yes",
     'NOT(TextEquals({Matinee?}, "Yes"))', "rows", "by-header", "distractor", "negation"),
    ("shows from last month, highlight the date, cheers", "LastMonth({Show Date})", "cells", "by-meaning",
     "regional", "date"),
    ("what's on the bill this month? highlight those show dates", "ThisMonth({Show Date})", "cells",
     "by-header", "idiom", "date"),
    ("How do I highlight yesterday's performance row?", "Yesterday({Show Date})", "rows", "by-meaning",
     "forum", "date"),
    ("Highlight Show Date last week in sheet PantoShows", "LastWeek({Show Date})", "cells", "by-header",
     "annotator", "date"),
    ("Show Date ∈ this week → 🎭 row", "ThisWeek({Show Date})", "rows", "by-header", "symbols", "date"),
    ("Rehearsal room booked 2 to 5 pm, 12 in the cast: highlight the performances next week",
     "NextWeek({Show Date})", "rows", "by-meaning", "distractor", "date"),
    ("next month's performances, mark the row, ta", "NextMonth({Show Date})", "rows", "by-meaning",
     "regional", "date"),
]

TABLES["HatOrders"] = _table("""
Order | Client | Fitting | Style | Price (£) | Head Size (cm) | Brim (cm) | Feathers | Deposit Paid? | Trim
HO-331 | Ashworth | 2024-06-20 | Fascinator | 180 | 56 | 0 | 2 | Yes | silk flowers
HO-332 | Bellamy | 2024-06-13 | Pillbox | 450 | 57.5 | 12 | 0 | No | _
HO-333 | Carrington | 2024-06-04 | Cloche | 95 | 55 | 5 | 6 | Yes | net veil
HO-334 | Ashworth | 2024-06-27 | Wide Brim | 320 | 58 | 30 | 1 | Yes | ~
HO-335 | Devereux | 2024-05-20 | Fascinator | 750 | 56 | _ | 12 | No | ostrich
HO-336 | Fothergill | 2024-06-11 | Beret | 260 | 54.5 | 8 | 0 | Yes | grosgrain ribbon
HO-337 | Grey | 2024-07-08 | Cartwheel | 140 | 57 | 45 | 3 | No | _
HO-338 | Hathaway | 2024-06-12 | Trilby | 520 | 59 | 15 | 8 | Yes | veil and pearls
HO-339 | Ingram | 2024-03-01 | Fascinator | 210 | 56.5 | n/a | 4 | No | ~
HO-340 | Bellamy | 2024-06-07 | Percher | 1200 | 55.5 | 20 | 0 | Yes | crystals
HO-341 | Jessop | 2024-05-29 | Boater | 380 | 58 | 3 | 15 | No | _
HO-342 | Kingsley | 2024-06-18 | Pillbox | 65 | 57 | #DIV/0! | 2 | Yes | satin bow
HO-343 | Lovell | 2024-06-25 | Cartwheel | 290 | 60 | 25 | 5 | No | silk rose
HO-344 | Montague | 2024-06-14 | Teardrop | 600 | 56 | 10 | 1 | Yes | _
""")
ENTRIES["HatOrders"] = [
    ("hats that cost over 600 quid, whole row", "GreaterThan({Price (£)}, 600)", "rows", "by-meaning",
     "regional"),
    ("Highlight Head Size (cm) greater than or equal to 58 in sheet HatOrders",
     "GreaterThanEqual({Head Size (cm)}, 58)", "cells", "by-header", "annotator", "boundary"),
    ("the barely-there brims, anything south of 8 cm", "LessThan({Brim (cm)}, 8)", "cells", "by-meaning",
     "idiom"),
    ("How do I highlight orders with a price of 140 or less? Prices are in column E.",
     "LessThanEqual({Price (£)}, 140)", "rows", "by-header", "forum", "boundary"),
    ("Fittings for Ascot 2024, 3 milliners, 14 clients: highlight Head Size (cm) equal to 56",
     "Equals({Head Size (cm)}, 56)", "cells", "by-header", "distractor"),
    ("Feathers ≠ 2 → 🪶 highlight row", "NotEquals({Feathers}, 2)", "rows", "by-header", "symbols",
     "negation"),
    ("all the fascinators, whole row, ta", 'TextEquals({Style}, "Fascinator")', "rows", "by-value",
     "regional", "value-word"),
    ("Can I highlight any trim with silk in it?", 'TextContains({Trim}, "silk")', "cells", "by-header",
     "forum"),
    ("the crème de la crème, top 20% on price, whole row", "TopPercent({Price (£)}, 20)", "rows",
     "by-header", "idiom", "superlative"),
    ("Highlight bottom 15% of Head Size (cm) in sheet HatOrders", "BottomPercent({Head Size (cm)}, 15)",
     "cells", "by-header", "annotator", "superlative"),
    ("Order book for 2024, 2 plume suppliers: highlight Feathers above average", "AboveAverage({Feathers})",
     "cells", "by-header", "distractor"),
    ("hats going for less than the average price, mark them, cheers", "BelowAverage({Price (£)})", "rows",
     "by-meaning", "regional"),
    ("Highlight rows with duplicate Client in sheet HatOrders", "Duplicates({Client})", "rows", "by-header",
     "annotator"),
    ("Style ×1 only (unique) → highlight", "Unique({Style})", "cells", "by-header", "symbols"),
    ("How can I highlight the rows where Trim is left empty?", "Blanks({Trim})", "rows", "by-header",
     "forum"),
    ("the hats with all the bells and whistles, i.e. anything at all in Trim, whole row",
     "NotBlanks({Trim})", "rows", "by-header", "idiom", "negation"),
    ("Brim's come up with an error somewhere, highlight the dodgy cells", "Errors({Brim (cm)})", "cells",
     "by-header", "regional"),
    ("Highlight Brim (cm) without errors in sheet HatOrders", "NotErrors({Brim (cm)})", "cells",
     "by-header", "annotator", "negation"),
    ("Brim (cm) → 🎨 colour scale", "ColorScale({Brim (cm)})", "cells", "by-header", "symbols"),
    ("Workshop 2, summer 2024 rush: data bars on Brim (cm), G2:G15", "DataBar({Brim (cm)})", "cells",
     "by-header", "distractor"),
    ("Can I put an icon set on the Brim column (G)?", "IconSet({Brim (cm)})", "cells", "by-header", "forum"),
    ("55.5 < Head Size (cm) < 58 → highlight row",
     "AND(GreaterThan({Head Size (cm)}, 55.5), LessThan({Head Size (cm)}, 58))", "rows", "by-header",
     "symbols"),
    ("either bald as a coot (fewer than 2 feathers) or dressed to the nines (more than 8 feathers)",
     "OR(LessThan({Feathers}, 2), GreaterThan({Feathers}, 8))", "rows", "by-header", "idiom", "or"),
    ("clients who've not coughed up yet, i.e. Deposit Paid? isn't Yes, whole row",
     'NOT(TextEquals({Deposit Paid?}, "Yes"))', "rows", "by-header", "regional", "negation"),
    ("Highlight rows with Fitting last month in sheet HatOrders", "LastMonth({Fitting})", "rows",
     "by-header", "annotator", "date"),
    ("Royal Ascot week is 18-22 June, 14 orders: highlight this month's fittings", "ThisMonth({Fitting})",
     "cells", "by-header", "distractor", "date"),
    ("Fitting = yesterday → highlight", "Yesterday({Fitting})", "cells", "by-header", "symbols", "date"),
    ("How do I make today's fittings stand out, whole row?", "Today({Fitting})", "rows", "by-header",
     "forum", "date"),
    ("fittings booked for tomorrow, mark the row, ta", "Tomorrow({Fitting})", "rows", "by-header",
     "regional", "date"),
    ("fittings hot off the press, within the last 7 days", "Last7Days({Fitting})", "cells", "by-header",
     "idiom", "date"),
    ("Invoices go out on the 1st; highlight next month's fittings for the 2024 book", "NextMonth({Fitting})",
     "cells", "by-header", "distractor", "date"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
