"""A fifteenth set of table requests, about a third of them header-only, and the builder of fifteenth_tables.json.

Written on 2026-12-07 between 06:13 and about 06:30 UTC (by `date -u` on this machine) by engineer
E15t, who had read neither the assistant's code nor any set's wordings, so that the team has table
requests nobody has tuned on. The eleven tables (a tunnel-boring machine's ring build log, a water
company's reservoir levels, a sleep clinic's overnight studies, a fish market's trawler landings, a
perfume house's compounding batches, a theatrical costume hire book, a stained-glass restoration
workshop's panels, a dry cleaner's ticket book, a cable car's run log, a demolition contractor's job
register, a mapping office's map-sheet revisions) and every request were written from scratch.
Headers carry units, abbreviations and question marks (`Advance (mm)`, `Thrust (MN)`, `Grout (m³)`,
`Segment Crack?`, `Level (% full)`, `Inflow (Ml/d)`, `Turbidity (NTU)`, `Algae Alert?`, `AHI (/h)`,
`SpO2 Nadir %`, `Sleep Eff. %`, `CPAP Titration?`, `Price (£/kg)`, `Undersize %`, `Oil Conc. %`,
`Volume (L)`, `IFRA OK?`, `Hire Fee (£)`, `Damage?`, `Area (m²)`, `Listed?`, `Charge (£)`, `Express?`,
`Wind (km/h)`, `Trip Time (s)`, `Rope Temp (°C)`, `Stopped?`, `Tonnage (t)`, `Recycled %`, `Survey
Done?`, `Noise (dB)`, `Error Rate %`, `Approved?`), and the cells dates, money (plain numbers under a
currency header), percentages ("82%", "0.8%", typed as fractions), codes (ring, study, landing,
batch, hire, panel, ticket, run, job and sheet numbers; map scales such as "1:50000"), yes/no values
(and "Pending", "Returned", "Slowed", "Minor", "Amber", "tbc", "n/a"), free text (names, notes), text
in number columns ("n/r", "n/s", "n/a", "n/m", "n/w", "offline", "withdrawn", "POA", "on account",
"digital only", sizes "XL" and "OS"), Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!) and blanks.

Styles (the second tag; table_sets.STYLES is the earlier table sets', this set has its own):
`annotator`, the benchmark annotators' imperative lines ("Highlight Depth greater than 12 in sheet
Wells", the sheet being the table's name); `forum`, a forum question of a sentence or two, sometimes
with a column letter (always the true column of the table placed at A1: "How do I shade the rows
where Qty is 0? Qty is column C."); `prompt`, new here: written as a prompt to an AI assistant ("You
are an Excel expert. Write a rule that shades whole rows where Weight is over 40"); `email`, new
here: a short work e-mail with a greeting and a sign-off, the request inside ("Hi Sam, can you make
the rows where Paid is No red on the tracker? Thanks, Jo"); `comparative`, new here: the value given
relative to a reference said in words ("rows where Score is below the pass mark of 40", "loads
heavier than the 20 t crane limit"). These examples are made up for this note (the last three are
the brief's); none is an entry. Requests keep Excel's semantics: a blank compares as 0 and any text
is greater than any number.

What its author read, every command that printed anything: `date -u` (at the start, often while
writing, at the end); `git status --short` (at the start and at the end: file names only; the
files it named that others changed, under cf_assistant/ and tests/ and fifteenth_cf.*, were not
opened); the device tool's `status` (no device lent to this task; none used); `ls benchmarks/data/`;
`wc -l` of fourteenth_tables.py, table_sets.py and ../shared/docs/CF_RULES.md; of
benchmarks/data/fourteenth_tables.py only the grep of its `def`/`ENTRIES[`/`TABLES[`/`OTHER_SETS`/`if
__name__` lines (its first five and last eight: line numbers and table names only), `sed -n 1,204p`
(docstring, imports, constants: the code before the first `TABLES[` line), the line number of its
last line that starts with `]` (1073) and `sed -n 1074,1080p` and `sed -n 1079,1080p` (the bind and
main after the last ENTRIES block; no entry line was read); the first 12,000 characters of
benchmarks/data/README.md (`head -c 12000`: up to the start of the sixth_tables row);
benchmarks/data/table_sets.py, tests/benchmarks/test_table_sets_data.py and
tests/benchmarks/set_files.py (`cat`, `head -80` and `sed -n 80,200p`: whole); ../shared/docs/CF_RULES.md
(`cat`, whole). Of cf_assistant.languages.cf: parse/to_text on fourteen made-up rules for the
canonical spelling. A short program (/tmp/e15t/domcheck.py, four runs) read the `Table` field of every
set file in benchmarks/data/ (fifteenth_* aside) and the module docstrings of every other builder
(ast.get_docstring) and printed one True/False pair per candidate (in a docstring as a whole word
with an optional plural s; in a table name as a substring). Dropped as used: beekeeping, hive,
brewery, tattoo, orchard, planetarium, balloon, kiln, pottery, sewer, escape room, mushroom, courier,
piano, tuning, bonsai, hop, greenhouse, taxi, film festival, stamp, blacksmith, choir, organ,
translation, railway, cemetery, funeral, burial, lighthouse, canal, lock, glazier, taxidermy, ice
cream, chocolate, notary, solar, kennel, cattery, aquarium, oyster, fishing, seed bank, herbarium,
museum, archive, calligraphy, tailor, alteration, clock, scaffold, roofing, plumbing, elevator,
zipline, trampoline, bowling, darts, snooker, chess, esports, karaoke, cinema, theatre, interpreting,
bridge, upholsterer, and the names KilnFirings, SewerSurveys, BridgeInspections. Unused, and taken:
tunnel, reservoir, dam, sleep clinic, sleep study, polysomnography, trawler, landing, perfume,
perfumer, fragrance, costume, stained glass, stained, dry cleaning, laundry, cable car, demolition,
cartography, map sheet, and the table names TunnelRings, ReservoirLevels, SleepStudies,
TrawlerLandings, PerfumeBatches, CostumeHire, StainedGlass, DryCleaning, CableCarRuns, DemolitionJobs,
MapSheets (also unused, not taken: apiary, fermentation, interpreter, locomotive, steam locomotive,
heritage railway, narrowboat, saddlery, organ builder, bell foundry, sign language, court reporter,
surveyor, land survey, bridge inspection, hydro, meteor, telescope, radiotherapy, blood pressure,
veterinary, fish farm, aquaculture, lobster, conservation, bookbinding, watch repair, escalator,
gondola, projection, props, salmon, and the names ApiaryHives, FermentTanks, TattooBookings,
OrchardPicks, PlanetariumShows, InterpreterJobs, BalloonFlights, EscapeRooms, MushroomRooms,
PianoTunings, TelescopeNights, UpholsteryOrders). The builder's own checks and counts were run while
writing (their messages name this set's requests and rules only), the first five IDs of this set's
own file, a count of its tags and column counts, a line-length check (`awk`, line numbers only), and
`python -m pytest -q tests/benchmarks/test_table_sets_data.py` (first with `-k fifteenth`, then
whole). The README row was put in by a program that printed only which row it followed (the
fifteenth_cf row, already there).

Slip: none known. The two engineers kept apart scratch folders (/tmp/e15t here); nothing of another
engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; `git log`, `git show`, any diff;
everyday_tables.py, everyday_common.py and column_sets.py (allowed, not needed), ../shared/docs/EVALUATION.md
and ../shared/data/README.md; the TABLES, ENTRIES and COLUMNS of the other builders
(fourteenth_tables.py lines 205-1073 included); README.md past its first 12,000 characters;
fifteenth_cf.py and fifteenth_cf.json (written beside this set by engineer E15c; the builder compares
with any set file beside it by program only, as table_sets.requests_elsewhere does); the utterances
or tables of any JSON file (compared with this set's by program only, never printed). No request
was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to fourteenth_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows (a row,
"entire row", "full rows", or the rings, reservoirs, studies, patients, landings, batches, hires,
panels, tickets, runs, jobs or sheets themselves), "cells" otherwise; `naming` says how the request
names the tested column: `by-header` (its header's words, a plain spelling-out of it, as "price per
kilo" for `Price (£/kg)`, or its letter), `by-meaning` (a synonym or what its values mean: the ground
sinking or moving for `Settlement (mm)`, the notes for `Remarks`, the backfill for `Grout (m³)`, the
fullest or emptiest reservoirs, events an hour for `AHI (/h)`, oxygen for `SpO2 Nadir %`, lighter
landings for `Weight (kg)`, weaker batches for `Oil Conc. %`, litres, the security held for `Deposit
(£)`, larger panels, the cheapest jobs, the bill for `Charge (£)`, the calmest runs, louder sites,
edits for `Features Changed`, the days things come back, are picked up, kick off or are auctioned)
or `by-value` (only values of it: Cod, Whiting, Haddock, Amber, tbc, Slowed, Pending, Poor, Gourmand,
Pirate captain, Tower block, 1:50000, a supervisor's, operator's, perfumer's, client's or manager's
name). Each rule tests one column. Every record is first built and checked on its full table
(everyday_tables' `build_record` with IDs prefixed `f15t-`; its `problems`: a record that formats no
row or every row, whose near misses its table cannot tell apart, text operators exempt, or whose
rule formats the same rows on another column is refused), and a request already written (case
aside) in any other set file of benchmarks/data/ or in the benchmark's train split
(../shared/data/cf/train.json) is refused, as is a column letter or range that is not the rule's
column. Then the records picked by a stable hash of the ID (about one in three,
`table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text below).
Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are not
written, date periods are (each table's one date column holds the fourteen days 06-11, 06-12, 06-13,
06-07, 06-04, 06-18, 06-27, 05-20, 07-08, 03-01, 06-14, 06-20, 06-25 and 05-29, in its own order, so
that the ten periods tell apart). Labels follow Excel: a blank compares as 0, any text is greater than
any number (so "withdrawn" in `Price (£/kg)` is formatted by a "greater than" rule, as Excel does),
an error is neither blank nor formatted by a comparison, text tests ignore case. A percentage is
written as a fraction where the cells hold "80%" (`Level (% full)`, `SpO2 Nadir %`, `Sleep Eff. %`,
`Undersize %`, `Oil Conc. %`, `Recycled %`, `Error Rate %`: 0.8). Every comparison's threshold is a
value of its column (so that "at least" and "more than" differ there).

How refusals were fixed (23 refusals over 13 builds that refused some; no draft equalled a request
elsewhere; none was fixed by choosing a split): by changing cells (most: a second column's ranking
or average made to differ from the tested one, as advance against settlement, level against inflow
and outflow, fee against costume and deposit, items against paid, passengers against rope
temperature, storeys against tonnage, features changed against error rate; a text, blank or other
value added so that NotEquals differs from GreaterThan ("Minor" among No/Yes), a visual rule from
NotBlanks and GreaterThan 0 ("n/s" in `Grout (m³)`, "on account" in `Paid (£)`), NotErrors from
NotBlanks (a blank in `SpO2 Nadir %`); a threshold value put into its column (80% in `SpO2 Nadir %`;
2.0% in `Error Rate %`, as "2.2%" read as 2.2/100 is not the number 0.022)), or by changing the rule
(Blanks moved from `Grout (m³)` to `Remarks`; BelowAverage moved from `Weight (kg)` to `Undersize %`;
TopPercent 10 to 20, Top 2 to Top 3, Bottom 2 to Bottom 3, with the wording changed to match; the
`Error Rate %` thresholds moved to 2% and 0.5%). After the first full build (308 records) 13% of the
records named the column otherwise than by its header, and AND, NextMonth, NotErrors and ThisMonth
had no test record, BottomPercent and TextNotContains no dev record, so 32 records were added (three
per table, two on ReservoirLevels), all by meaning or by value, several of each of those functions;
two of them were refused and fixed by changing outflow cells of ReservoirLevels. The added records
were written before their split was known and all were kept; none was reworded or dropped for its
split. One request was reworded after a last read for meaning (the AND on `Charge (£)` of
DryCleaning: "below the £54 we put on account" became "less than the £54 a duvet costs"); its ID,
and so its split, changed with the wording, and every function stayed in both halves.

Tags: the naming, the style, then any of `number-format`, `boundary`, `negation`, `or`,
`superlative`, `starts-ends`, `date`, then `header-only` where the rows were dropped, then
`fifteenth` (last). Every one of the 41 top functions is in both halves (dev, test by the hash of
the ID, as every set).

Counts (as `python benchmarks/data/fifteenth_tables.py` prints them): 340 records, dev 174 / test
166 (the split is the ID hash's, not chosen); 11 tables of 9 or 10 columns and 14 data rows each;
114 header-only records (34%); scope rows 166 (49%) / cells 174; naming by-header 268, by-meaning 47,
by-value 25 (21% not by header); styles prompt 76, annotator 74, email 69, forum 66, comparative 55;
every one of the 41 top functions in both halves, thirteen with one record in a half (DataBar,
LastMonth, NotBlanks, OR and Yesterday in dev; Equals, IconSet, NOT, NextMonth, NotErrors,
TextStartsWith, Tomorrow and TopPercent in test).

Rebuild: `python benchmarks/data/fifteenth_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "fifteenth_tables.json"
PREFIX = "f15t"
TAG = "fifteenth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and three new here: prompts written to an AI assistant,
# short work e-mails with a greeting and a sign-off, and comparative requests that give the value
# relative to a reference said in words (a pass mark, a limit, a target).
STYLES = ("annotator", "forum", "prompt", "email", "comparative")
# The requests of every other set file in this folder (these thirty-five at the time of writing,
# and any written since, e.g. fifteenth_cf.json, written at the same time by another engineer)
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
              "fourteenth_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "25%" is typed as a
# number (0.25), as Excel types pasted text; "£", "$" and "€" amounts sit under a currency header
# as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.

TABLES = {}
ENTRIES = {}

TABLES["TunnelRings"] = _table("""
Ring | Supervisor | Survey Due | Advance (mm) | Thrust (MN) | Grout (m³) | Settlement (mm) | Segment Crack? | Remarks
R-0412 | Okafor | 2024-06-11 | 1512 | 28.4 | 6.2 | 2 | No | _
R-0413 | Lindqvist | 2024-06-12 | 1498 | 31.2 | 5.8 | 4 | No | pea gravel at face
R-0414 | Okafor | 2024-06-13 | 1535 | 26.9 | 7.1 | 0 | Yes | hairline crack in key segment
R-0415 | Brandt | 2024-06-07 | 1520 | 33.5 | _ | 7 | No | _
R-0416 | Mwangi | 2024-06-04 | 1480 | 29.8 | 6.9 | 3 | No | cutter change
R-0417 | Lindqvist | 2024-06-18 | 1495 | 35.1 | 5.5 | 11 | Yes | water ingress at invert
R-0418 | Brandt | 2024-06-27 | 1500 | 27.6 | 6.6 | 5 | No | ~
R-0419 | Okafor | 2024-05-20 | 1529 | 30.4 | 7.4 | 10 | No | clay, slow muck-out
R-0420 | Lindqvist | 2024-07-08 | n/r | 32.7 | 6.0 | 9 | No | gauge offline
R-0421 | Brandt | 2024-03-01 | 1517 | 25.3 | n/s | 3 | Yes | _
R-0422 | Okafor | 2024-06-14 | 1490 | 34.2 | #N/A | 6 | No | water ingress, pumped out
R-0423 | Lindqvist | 2024-06-20 | 1551 | 29.1 | 6.4 | 14 | Minor | _
R-0424 | Brandt | 2024-06-25 | 1508 | 36.8 | 7.3 | 8 | tbc | segment chipped on handling
R-0425 | Okafor | 2024-05-29 | 1526 | 31.9 | 5.7 | 4 | No | _
""")
ENTRIES["TunnelRings"] = [
    ("Highlight Thrust (MN) greater than 33.5 in sheet TunnelRings", 'GreaterThan({Thrust (MN)}, 33.5)',
     "cells", "by-header", "annotator"),
    ("You are an Excel expert. Write a conditional formatting rule that shades the whole row of any ring "
     "where Settlement (mm) is 9 or more.", 'GreaterThanEqual({Settlement (mm)}, 9)', "rows", "by-header",
     "prompt", "boundary"),
    ("Hi Dario, could you turn the Segment Crack? cells red where it says Yes? Cheers, Mette",
     'TextEquals({Segment Crack?}, "Yes")', "cells", "by-header", "email"),
    ("Flag the rings where the ground sank past the 10 mm trigger level", 'GreaterThan({Settlement (mm)}, 10)',
     "rows", "by-meaning", "comparative"),
    ("How do I colour the rows where Supervisor is Brandt? Supervisor is column B.",
     'TextEquals({Supervisor}, "Brandt")', "rows", "by-header", "forum"),
    ("Highlight Survey Due yesterday in sheet TunnelRings", 'Yesterday({Survey Due})', "cells", "by-header",
     "annotator", "date"),
    ("Hi all, please shade the rings whose survey falls due next week so the surveyors can plan. Thanks, Priya",
     'NextWeek({Survey Due})', "rows", "by-header", "email", "date"),
    ("You are a spreadsheet assistant. Give me a rule that marks repeated values in Settlement (mm).",
     'Duplicates({Settlement (mm)})', "cells", "by-header", "prompt"),
    ("Which supervisor shows up only once in the ring log? I'd like that row highlighted. Names are in column B.",
     'Unique({Supervisor})', "rows", "by-header", "forum"),
    ("Highlight errors in Grout (m³) in sheet TunnelRings", 'Errors({Grout (m³)})', "cells", "by-header",
     "annotator"),
    ("Hi Tom, a few rings have nothing written up - can you highlight the empty Remarks cells? Ta, Ines",
     'Blanks({Remarks})', "cells", "by-header", "email"),
    ("You are an Excel expert. Write a rule that highlights the 3 lowest Thrust (MN) readings.",
     'Bottom({Thrust (MN)}, 3)', "cells", "by-header", "prompt", "superlative"),
    ("Which rings made the 2 longest advances? I want those rows shaded.", 'Top({Advance (mm)}, 2)', "rows",
     "by-header", "forum", "superlative"),
    ("Shade whole rows where thrust went over the 34.2 MN alarm setting", 'GreaterThan({Thrust (MN)}, 34.2)',
     "rows", "by-header", "comparative"),
    ("Highlight Advance (mm) cells that came up short of the 1500 mm nominal ring length",
     'LessThan({Advance (mm)}, 1500)', "cells", "by-header", "comparative"),
    ("Highlight rows where Remarks contains water in sheet TunnelRings", 'TextContains({Remarks}, "water")',
     "rows", "by-header", "annotator"),
    ("You are an Excel expert. Write a rule that highlights Remarks cells that do not contain the word crack.",
     'TextNotContains({Remarks}, "crack")', "cells", "by-header", "prompt", "negation"),
    ("How can I highlight ring numbers that end in 5?", 'TextEndsWith({Ring}, "5")', "cells", "by-header",
     "forum", "starts-ends"),
    ("Morning Lars, can you shade the rows where Segment Crack? isn't No on the ring log? Thanks, Ayo",
     'NotEquals({Segment Crack?}, "No")', "rows", "by-header", "email", "negation"),
    ("Highlight Thrust (MN) between 29.1 and 31.2 in sheet TunnelRings", 'Between({Thrust (MN)}, 29.1, 31.2)',
     "cells", "by-header", "annotator"),
    ("You are an Excel expert. Write a rule that colours settlement readings outside 2 to 8 mm.",
     'NotBetween({Settlement (mm)}, 2, 8)', "cells", "by-header", "prompt"),
    ("How do I shade the rows where settlement is above average?", 'AboveAverage({Settlement (mm)})', "rows",
     "by-header", "forum"),
    ("Is there a way to put a colour scale on Advance (mm)? It's column D.", 'ColorScale({Advance (mm)})',
     "cells", "by-header", "forum"),
    ("Highlight Grout (m³) with data bars in sheet TunnelRings", 'DataBar({Grout (m³)})', "cells", "by-header",
     "annotator"),
    ("Hi Femi, could you shade the rings still marked tbc so we can chase them? Thanks, Ruth",
     'TextEquals({Segment Crack?}, "tbc")', "rows", "by-value", "email"),
    ("Highlight the rings built under Okafor in sheet TunnelRings", 'TextEquals({Supervisor}, "Okafor")', "rows",
     "by-value", "annotator"),
    ("You are an Excel expert. Write a rule that highlights Survey Due dates in the current week.",
     'ThisWeek({Survey Due})', "cells", "by-header", "prompt", "date"),
    ("Shade the rows where thrust stayed under the 27.6 MN minimum for clay", 'LessThan({Thrust (MN)}, 27.6)',
     "rows", "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that shades rings where the ground moved at least 4 mm but no more "
     "than 9 mm.", 'AND(GreaterThanEqual({Settlement (mm)}, 4), LessThanEqual({Settlement (mm)}, 9))', "rows",
     "by-meaning", "prompt", "boundary"),
    ("How do I shade the rings where the notes don't mention water ingress?",
     'TextNotContains({Remarks}, "water ingress")', "rows", "by-meaning", "forum", "negation"),
    ("Highlight the backfill volumes that are not errors in sheet TunnelRings", 'NotErrors({Grout (m³)})', "cells",
     "by-meaning", "annotator", "negation"),
]

TABLES["ReservoirLevels"] = _table(" | ".join((
    "Reservoir", "Catchment", "Sample Due", "Level (% full)", "Inflow (Ml/d)", "Outflow (Ml/d)", "Turbidity (NTU)",
    "Algae Alert?", "Operator Note"
)) + """
Ashby Water | Upper Teme | 2024-06-04 | 82% | 145 | 120 | 1.8 | No | _
Carrow Moss | Derwent | 2024-06-11 | 67% | 88 | 95 | 3.2 | Amber | draw-off valve stiff
Fellside | Upper Teme | 2024-06-12 | 91% | 110 | 105 | 0.9 | No | _
Hollins Dam | Calder | 2024-06-13 | 54% | 66 | 92 | 5.6 | Red | blue-green scum on east bank
Kettlewell | Derwent | 2024-05-20 | 73% | 102 | 97 | 2.4 | No | ~
Langmere | Calder | 2024-06-18 | 100% | 260 | 255 | 1.1 | No | spilling over the crest
Moorgate | Upper Teme | 2024-03-01 | 61% | offline | 88 | 4.1 | Amber | inflow gauge offline
Nab End | Lune | 2024-06-07 | 88% | 132 | 118 | #VALUE! | No | turbidity probe fault
Oxenhope | Derwent | 2024-06-27 | 47% | 35 | 64 | 6.8 | Red | _
Pennock | Lune | 2024-07-08 | 79% | 97 | 97 | 2.0 | No | _
Redmires | Calder | 2024-06-14 | 95% | 230 | 140 | 1.4 | No | spilling after the storm
Scar House | Lune | 2024-06-20 | 58% | 61 | 99 | 3.7 | Amber | _
Thruscross | Upper Teme | 2024-06-25 | 84% | 120 | 126 | 2.9 | No | algae boom deployed
Winscar | Calder | 2024-05-29 | 70% | 76 | 110 | _ | No | sample missed
""")
ENTRIES["ReservoirLevels"] = [
    ("Highlight Level (% full) less than 61% in sheet ReservoirLevels", 'LessThan({Level (% full)}, 0.61)',
     "cells", "by-header", "annotator", "number-format"),
    ("Shade the reservoirs sitting below the 58% drought trigger", 'LessThan({Level (% full)}, 0.58)', "rows",
     "by-meaning", "comparative", "number-format"),
    ("You are an Excel expert. Write a rule that highlights the whole row when Algae Alert? is Red.",
     'TextEquals({Algae Alert?}, "Red")', "rows", "by-header", "prompt"),
    ("Hi Gwen, can you shade any reservoir that is 95% full or more on the levels sheet? Thanks, Aled",
     'GreaterThanEqual({Level (% full)}, 0.95)', "rows", "by-header", "email", "number-format", "boundary"),
    ("How do I highlight Turbidity (NTU) cells that show an error? Turbidity is column G.",
     'Errors({Turbidity (NTU)})', "cells", "by-header", "forum"),
    ("Highlight Sample Due this month in sheet ReservoirLevels", 'ThisMonth({Sample Due})', "cells", "by-header",
     "annotator", "date"),
    ("Hi team, please highlight the samples that were due in the last 7 days so we can check they were taken. "
     "Regards, Owain", 'Last7Days({Sample Due})', "cells", "by-header", "email", "date"),
    ("Highlight outflows above the 126 Ml/d licence figure", 'GreaterThan({Outflow (Ml/d)}, 126)', "cells",
     "by-header", "comparative"),
    ("You are a data assistant. Create a rule that highlights Turbidity (NTU) values of 4.1 or higher.",
     'GreaterThanEqual({Turbidity (NTU)}, 4.1)', "cells", "by-header", "prompt", "boundary"),
    ("How can I shade the rows where Catchment is Lune?", 'TextEquals({Catchment}, "Lune")', "rows", "by-header",
     "forum"),
    ("Highlight the Amber warnings in sheet ReservoirLevels", 'TextEquals({Algae Alert?}, "Amber")', "cells",
     "by-value", "annotator"),
    ("Hi Kate, could you shade the rows where the operator note mentions spilling? Cheers, Rhys",
     'TextContains({Operator Note}, "spilling")', "rows", "by-header", "email"),
    ("You are an Excel expert. Write a rule that shades the rows of the 3 fullest reservoirs.",
     'Top({Level (% full)}, 3)', "rows", "by-meaning", "prompt", "superlative"),
    ("Which 2 reservoirs have the lowest inflow? I'd like just those cells highlighted.",
     'Bottom({Inflow (Ml/d)}, 2)', "cells", "by-header", "forum", "superlative"),
    ("Highlight Turbidity (NTU) above average in sheet ReservoirLevels", 'AboveAverage({Turbidity (NTU)})',
     "cells", "by-header", "annotator"),
    ("Shade the rows where outflow comes in under the average across all the sites",
     'BelowAverage({Outflow (Ml/d)})', "rows", "by-header", "comparative"),
    ("Hi Meg, can you highlight the rows with no Operator Note yet? Thanks, Huw", 'Blanks({Operator Note})',
     "rows", "by-header", "email"),
    ("How do I highlight every Operator Note that actually has something written in it?",
     'NotBlanks({Operator Note})', "cells", "by-header", "forum"),
    ("You are an Excel expert. Write a rule that highlights Inflow (Ml/d) between 61 and 102.",
     'Between({Inflow (Ml/d)}, 61, 102)', "cells", "by-header", "prompt"),
    ("Highlight rows where Algae Alert? is not equal to No in sheet ReservoirLevels",
     'NotEquals({Algae Alert?}, "No")', "rows", "by-header", "annotator", "negation"),
    ("Mark outflows that equal the 97 Ml/d compensation flow", 'Equals({Outflow (Ml/d)}, 97)', "cells",
     "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that highlights Catchment cells that are not Calder.",
     'NOT(TextEquals({Catchment}, "Calder"))', "cells", "by-header", "prompt", "negation"),
    ("How do I shade rows where Level (% full) is at least 70% but no more than 84%?",
     'AND(GreaterThanEqual({Level (% full)}, 0.7), LessThanEqual({Level (% full)}, 0.84))', "rows", "by-header",
     "forum", "number-format"),
    ("Highlight Inflow (Ml/d) with an icon set in sheet ReservoirLevels", 'IconSet({Inflow (Ml/d)})', "cells",
     "by-header", "annotator"),
    ("Hi Bryn, which site has a sample due tomorrow? Please highlight that row. Ta, Cerys",
     'Tomorrow({Sample Due})', "rows", "by-header", "email", "date"),
    ("Is there a formula-free way to highlight reservoir names starting with S?",
     'TextStartsWith({Reservoir}, "S")', "cells", "by-header", "forum", "starts-ends"),
    ("Highlight Sample Due last week in sheet ReservoirLevels", 'LastWeek({Sample Due})', "cells", "by-header",
     "annotator", "date"),
    ("You are an Excel expert. Write a rule that shades whole rows where the sample is due next month.",
     'NextMonth({Sample Due})', "rows", "by-header", "prompt", "date"),
    ("Highlight this month's sampling dates in sheet ReservoirLevels", 'ThisMonth({Sample Due})', "cells",
     "by-meaning", "annotator", "date"),
    ("You are an Excel expert. Write a rule that shades the emptiest 20% of the reservoirs.",
     'BottomPercent({Level (% full)}, 20)', "rows", "by-meaning", "prompt", "superlative"),
]

TABLES["SleepStudies"] = _table(" | ".join((
    "Study ID", "Sleep Tech", "Study Night", "AHI (/h)", "SpO2 Nadir %", "Sleep Eff. %", "Arousals",
    "CPAP Titration?", "Referral Reason"
)) + """
PSG-2301 | Hale | 2024-06-07 | 4.2 | 91% | 88% | 12 | No | snoring
PSG-2302 | Ortiz | 2024-06-12 | 30.0 | 80% | 71% | 44 | Yes | witnessed apnoeas
PSG-2303 | Hale | 2024-06-18 | 12.8 | 86% | 80% | 25 | No | daytime sleepiness
HST-0457 | Nakamura | 2024-06-11 | 48.9 | 72% | n/a | 61 | Yes | witnessed apnoeas, BMI 41
PSG-2305 | Ortiz | 2024-05-29 | 7.6 | 89% | 92% | 18 | No | insomnia
PSG-2306 | Brennan | 2024-06-04 | 22.3 | 83% | 65% | 50 | Yes | _
HST-0461 | Nakamura | 2024-06-13 | 2.1 | 94% | n/a | 9 | No | snoring, partner concern
PSG-2308 | Hale | 2024-07-08 | 15.0 | 85% | 77% | 30 | tbc | restless legs
PSG-2309 | Ortiz | 2024-03-01 | 64.7 | 68% | 58% | 29 | Yes | _
PSG-2310 | Brennan | 2024-06-20 | 9.4 | #N/A | 84% | 21 | No | oximetry lead came off
HST-0466 | Nakamura | 2024-05-20 | 5.0 | n/r | n/a | 18 | No | ~
PSG-2312 | Hale | 2024-06-25 | 18.6 | 84% | 69% | 33 | Yes | morning headaches
PSG-2313 | Ortiz | 2024-06-14 | 0.8 | _ | 95% | 7 | No | parasomnia
PSG-2314 | Brennan | 2024-06-27 | 27.1 | 81% | 74% | 40 | Yes | insomnia and snoring
""")
ENTRIES["SleepStudies"] = [
    ("Highlight the studies at or above the AHI 30 cut-off for severe apnoea", 'GreaterThanEqual({AHI (/h)}, 30)',
     "rows", "by-header", "comparative", "boundary"),
    ("Shade AHI values under the 5 events an hour diagnostic threshold", 'LessThan({AHI (/h)}, 5)', "cells",
     "by-header", "comparative"),
    ("Highlight SpO2 Nadir % less than 80% in sheet SleepStudies", 'LessThan({SpO2 Nadir %}, 0.8)', "cells",
     "by-header", "annotator", "number-format"),
    ("You are an Excel expert. Write a rule that shades the entire row when CPAP Titration? is Yes.",
     'TextEquals({CPAP Titration?}, "Yes")', "rows", "by-header", "prompt"),
    ("Hi Jess, can you highlight any study where the titration is still down as tbc? Thanks, Omar",
     'TextEquals({CPAP Titration?}, "tbc")', "cells", "by-header", "email"),
    ("How do I highlight the Study ID values that start with HST? The IDs are in column A.",
     'TextStartsWith({Study ID}, "HST")', "cells", "by-header", "forum", "starts-ends"),
    ("Highlight Study Night today in sheet SleepStudies", 'Today({Study Night})', "cells", "by-header",
     "annotator", "date"),
    ("Morning Paula, please shade last night's study, the row whose Study Night is yesterday. Thanks, Ken",
     'Yesterday({Study Night})', "rows", "by-header", "email", "date"),
    ("You are a helpful assistant for Excel. Make a rule that highlights Study Night dates falling next week.",
     'NextWeek({Study Night})', "cells", "by-header", "prompt", "date"),
    ("How can I shade the rows where the study night was last month?", 'LastMonth({Study Night})', "rows",
     "by-header", "forum", "date"),
    ("Highlight the top 3 AHI (/h) in sheet SleepStudies", 'Top({AHI (/h)}, 3)', "cells", "by-header",
     "annotator", "superlative"),
    ("You are an Excel expert. Write a rule that highlights the bottom 20% of Sleep Eff. % values.",
     'BottomPercent({Sleep Eff. %}, 20)', "cells", "by-header", "prompt", "superlative"),
    ("How do I shade the rows that are in the top 25% for Arousals?", 'TopPercent({Arousals}, 25)', "rows",
     "by-header", "forum", "superlative"),
    ("Hi Rosa, can you highlight any Arousals figure that appears more than once? Might be a copy-paste slip. "
     "Ta, Dev", 'Duplicates({Arousals})', "cells", "by-header", "email"),
    ("Highlight errors in SpO2 Nadir % in sheet SleepStudies", 'Errors({SpO2 Nadir %})', "cells", "by-header",
     "annotator"),
    ("You are an Excel expert. Write a rule that highlights every SpO2 Nadir % cell that is not an error.",
     'NotErrors({SpO2 Nadir %})', "cells", "by-header", "prompt", "negation"),
    ("Highlight sleep efficiencies below the 84% clinic benchmark", 'LessThan({Sleep Eff. %}, 0.84)', "cells",
     "by-header", "comparative", "number-format"),
    ("Can I add data bars to Sleep Eff. % (column F) so the poor nights stand out?", 'DataBar({Sleep Eff. %})',
     "cells", "by-header", "forum"),
    ("Highlight SpO2 Nadir % with a color scale in sheet SleepStudies", 'ColorScale({SpO2 Nadir %})', "cells",
     "by-header", "annotator"),
    ("You are an Excel expert. Write a rule that shades rows where AHI (/h) is between 15 and 30.",
     'Between({AHI (/h)}, 15, 30)', "rows", "by-header", "prompt"),
    ("Hi Nina, please highlight the Referral Reason cells that mention snoring or insomnia. Thanks, Paul",
     'OR(TextContains({Referral Reason}, "snoring"), TextContains({Referral Reason}, "insomnia"))', "cells",
     "by-header", "email", "or"),
    ("How do I highlight empty Referral Reason cells?", 'Blanks({Referral Reason})', "cells", "by-header",
     "forum"),
    ("Shade the rows where sleep efficiency falls under the average of all the studies",
     'BelowAverage({Sleep Eff. %})', "rows", "by-header", "comparative"),
    ("Highlight the Nakamura studies in sheet SleepStudies", 'TextEquals({Sleep Tech}, "Nakamura")', "rows",
     "by-value", "annotator"),
    ("Hi Ali, could you shade the rows whose Referral Reason does not mention apnoeas? Thanks, Jen",
     'TextNotContains({Referral Reason}, "apnoeas")', "rows", "by-header", "email", "negation"),
    ("You are an Excel expert. Write a rule that highlights the arousal counts above average.",
     'AboveAverage({Arousals})', "cells", "by-header", "prompt"),
    ("How do I highlight the patients whose oxygen dropped below 72% overnight?",
     'LessThan({SpO2 Nadir %}, 0.72)', "rows", "by-meaning", "forum", "number-format"),
    ("Highlight Sleep Tech not equal to Hale in sheet SleepStudies", 'NotEquals({Sleep Tech}, "Hale")', "cells",
     "by-header", "annotator", "negation"),
    ("Shade the patients above the 5 events an hour line for mild apnoea but under the 15 where moderate starts",
     'AND(GreaterThan({AHI (/h)}, 5), LessThan({AHI (/h)}, 15))', "rows", "by-meaning", "comparative"),
    ("You are an Excel expert. Write a rule that shades the studies where the GP's reason for sending the patient "
     "doesn't mention snoring.", 'TextNotContains({Referral Reason}, "snoring")', "rows", "by-meaning", "prompt",
     "negation"),
    ("How do I highlight the overnight recordings booked for next month?", 'NextMonth({Study Night})', "cells",
     "by-meaning", "forum", "date"),
]

TABLES["TrawlerLandings"] = _table("""
Landing No | Vessel | Sale Day | Species | Boxes | Weight (kg) | Price (£/kg) | Undersize % | Skipper Note
LN-5501 | Morning Star | 2024-06-12 | Cod | 42 | 1260 | 3.85 | 4% | _
LN-5502 | Girl Rona | 2024-06-11 | Haddock | 82 | 1890 | 2.40 | 7% | ice ran short
LN-5503 | Morning Star | 2024-06-07 | Monkfish | 18 | 540 | 6.10 | 2% | _
LN-5504 | Kestrel II | 2024-06-04 | Whiting | 48 | 2150 | 1.35 | 12% | mixed sizes, some small
LN-5505 | Girl Rona | 2024-05-29 | Cod | 37 | 1120 | 4.05 | 3% | ~
LN-5506 | Brighter Dawn | 2024-06-13 | Plaice | 54 | 1480 | 1.90 | 9% | _
LN-5507 | Kestrel II | 2024-05-20 | Haddock | 71 | n/w | 2.25 | 5% | scale broken at the quay
LN-5508 | Morning Star | 2024-03-01 | Hake | 26 | 790 | 3.20 | 0% | _
LN-5509 | Brighter Dawn | 2024-06-18 | Cod | 49 | 1415 | withdrawn | 6% | no bids, sent for meal
LN-5510 | Girl Rona | 2024-06-14 | Monkfish | 31 | 615 | 5.75 | 1% | _
LN-5511 | Kestrel II | 2024-06-20 | Whiting | 90 | 2380 | 1.20 | 15% | undersize over the limit
LN-5512 | Sea Harvester | 2024-06-25 | Plaice | 33 | 960 | 2.05 | 8% | _
LN-5513 | Brighter Dawn | 2024-06-27 | Hake | 29 | 870 | 3.40 | #DIV/0! | tally sheet missing
LN-5514 | Girl Rona | 2024-07-08 | Haddock | 58 | 1655 | 2.60 | 4% | _
""")
ENTRIES["TrawlerLandings"] = [
    ("Highlight Price (£/kg) greater than 3.85 in sheet TrawlerLandings", 'GreaterThan({Price (£/kg)}, 3.85)',
     "cells", "by-header", "annotator"),
    ("Shade landings where undersize fish went over the 12% discard limit", 'GreaterThan({Undersize %}, 0.12)',
     "rows", "by-header", "comparative", "number-format"),
    ("You are an Excel expert. Write a rule that shades the whole row for every Cod landing.",
     'TextEquals({Species}, "Cod")', "rows", "by-value", "prompt"),
    ("Hi Moira, could you highlight the boats selling today, the rows where Sale Day is today? Thanks, Callum",
     'Today({Sale Day})', "rows", "by-header", "email", "date"),
    ("How do I shade the rows where Vessel is Kestrel II? Vessel is column B.", 'TextEquals({Vessel}, "Kestrel II")',
     "rows", "by-header", "forum"),
    ("Highlight Undersize % equal to 4% in sheet TrawlerLandings", 'Equals({Undersize %}, 0.04)', "cells",
     "by-header", "annotator", "number-format"),
    ("Highlight the landings lighter than the 790 kg minimum for a market slot", 'LessThan({Weight (kg)}, 790)',
     "rows", "by-meaning", "comparative"),
    ("You are an Excel expert. Write a rule that highlights the 3 heaviest values in Weight (kg).",
     'Top({Weight (kg)}, 3)', "cells", "by-header", "prompt", "superlative"),
    ("Hi Ewan, can you highlight the 2 smallest box counts on the landings sheet? Thanks, Isla",
     'Bottom({Boxes}, 2)', "cells", "by-header", "email", "superlative"),
    ("How do I highlight rows where Skipper Note contains 'missing'?", 'TextContains({Skipper Note}, "missing")',
     "rows", "by-header", "forum"),
    ("Highlight errors in Undersize % in sheet TrawlerLandings", 'Errors({Undersize %})', "cells", "by-header",
     "annotator"),
    ("You are an Excel expert. Write a rule that shades the rows whose Sale Day fell last week.",
     'LastWeek({Sale Day})', "rows", "by-header", "prompt", "date"),
    ("Hi Alasdair, please shade this week's sales on the landings sheet, whole rows. Cheers, Fiona",
     'ThisWeek({Sale Day})', "rows", "by-meaning", "email", "date"),
    ("Highlight prices within the 2.05 to 3.20 £/kg band the buyer agreed", 'Between({Price (£/kg)}, 2.05, 3.2)',
     "cells", "by-header", "comparative"),
    ("Highlight Boxes not between 29 and 58 in sheet TrawlerLandings", 'NotBetween({Boxes}, 29, 58)', "cells",
     "by-header", "annotator", "negation"),
    ("How can I flag repeated percentages in the Undersize % column?", 'Duplicates({Undersize %})', "cells",
     "by-header", "forum"),
    ("You are an Excel expert. Write a rule that highlights any Vessel that appears only once.",
     'Unique({Vessel})', "cells", "by-header", "prompt"),
    ("Hi Kirsty, could you shade the rows where the price per kilo beat the average? Thanks, Gregor",
     'AboveAverage({Price (£/kg)})', "rows", "by-header", "email"),
    ("Shade the landings where the undersize share came in lower than the average",
     'BelowAverage({Undersize %})', "rows",
     "by-header", "comparative"),
    ("Highlight Landing No ending with 1 in sheet TrawlerLandings", 'TextEndsWith({Landing No}, "1")', "cells",
     "by-header", "annotator", "starts-ends"),
    ("Can I put traffic-light icons on Price (£/kg)? It's column G.", 'IconSet({Price (£/kg)})', "cells",
     "by-header", "forum"),
    ("You are an Excel expert. Add data bars to the Weight (kg) column.", 'DataBar({Weight (kg)})', "cells",
     "by-header", "prompt"),
    ("Hi Shona, can you highlight the rows where the Skipper Note is blank? Thanks, Neil",
     'Blanks({Skipper Note})', "rows", "by-header", "email"),
    ("Shade whole rows where the price was at or below the 1.35 £/kg floor price",
     'LessThanEqual({Price (£/kg)}, 1.35)', "rows", "by-header", "comparative", "boundary"),
    ("Highlight Haddock in sheet TrawlerLandings", 'TextEquals({Species}, "Haddock")', "cells", "by-value",
     "annotator"),
    ("How do I shade every row except the Girl Rona landings?", 'NOT(TextEquals({Vessel}, "Girl Rona"))', "rows",
     "by-value", "forum", "negation"),
    ("You are an Excel expert. Write a rule that highlights the top 20% of Boxes.", 'TopPercent({Boxes}, 20)',
     "cells", "by-header", "prompt", "superlative"),
    ("Hi Alan, please highlight any landing booked to sell next month. Ta, Ruth", 'NextMonth({Sale Day})', "rows",
     "by-meaning", "email", "date"),
    ("How can I shade every whiting landing?", 'TextEquals({Species}, "Whiting")', "rows", "by-value", "forum"),
    ("Hi Fergus, please highlight the landings auctioned this month. Ta, Kirsty", 'ThisMonth({Sale Day})', "rows",
     "by-meaning", "email", "date"),
    ("Highlight the landings that fetched at least the £2.05 floor but less than the £3.85 the cod made a kilo",
     'AND(GreaterThanEqual({Price (£/kg)}, 2.05), LessThan({Price (£/kg)}, 3.85))', "rows", "by-meaning",
     "comparative", "boundary"),
]

TABLES["PerfumeBatches"] = _table("""
Batch | Perfumer | Fill Date | Accord | Oil Conc. % | Volume (L) | Maceration (days) | IFRA OK? | QC Comment
PB-1101 | Laurent | 2024-06-11 | Chypre | 18% | 120 | 28 | Yes | _
PB-1102 | Adeyemi | 2024-06-13 | Fougère | 12% | 250 | 14 | Yes | slight haze
PB-1103 | Laurent | 2024-06-04 | Oud | 25% | 40 | 42 | Pending | _
PB-1104 | Sørensen | 2024-06-12 | Citrus | 8% | 300 | 7 | Yes | top notes flat
PB-1105 | Adeyemi | 2024-03-01 | Gourmand | 20% | 85 | 35 | No | coumarin over limit
PB-1106 | Laurent | 2024-06-18 | Floral | 15% | 160 | 21 | Yes | ~
PB-1107 | Sørensen | 2024-05-20 | Chypre | 22% | n/m | 30 | Yes | drum not weighed
PB-1108 | Adeyemi | 2024-06-27 | Aquatic | 10% | 210 | 10 | Yes | _
PB-1109 | Costa | 2024-07-08 | Oud | 30% | 25 | 24 | Pending | awaiting allergen sheet
PB-1110 | Sørensen | 2024-06-07 | Fougère | 14% | 140 | 18 | No | lilial found, reformulate
PB-1111 | Laurent | 2024-06-20 | Floral | 16% | 175 | 21 | Yes | _
PB-1112 | Costa | 2024-06-14 | Citrus | 9% | 280 | #REF! | Yes | link to lab sheet broken
PB-1113 | Adeyemi | 2024-05-29 | Gourmand | 19% | 95 | 35 | Yes | slight haze after chilling
PB-1114 | Costa | 2024-06-25 | Aquatic | 11% | 190 | 12 | Yes | _
""")
ENTRIES["PerfumeBatches"] = [
    ("Highlight Oil Conc. % greater than 20% in sheet PerfumeBatches", 'GreaterThan({Oil Conc. %}, 0.2)', "cells",
     "by-header", "annotator", "number-format"),
    ("Shade the batches weaker than the 10% eau de toilette minimum", 'LessThan({Oil Conc. %}, 0.1)', "rows",
     "by-meaning", "comparative", "number-format"),
    ("You are an Excel expert. Write a rule that shades the whole row when IFRA OK? says Pending.",
     'TextEquals({IFRA OK?}, "Pending")', "rows", "by-header", "prompt"),
    ("Hi Claire, can you turn the IFRA OK? cells red where it's No? Merci, Julien", 'TextEquals({IFRA OK?}, "No")',
     "cells", "by-header", "email"),
    ("How do I highlight rows where Perfumer is Costa? Perfumer is column B.", 'TextEquals({Perfumer}, "Costa")',
     "rows", "by-header", "forum"),
    ("Highlight Fill Date tomorrow in sheet PerfumeBatches", 'Tomorrow({Fill Date})', "cells", "by-header",
     "annotator", "date"),
    ("Hi Lotte, please shade the batches filled in the last 7 days, full rows please. Thanks, Marco",
     'Last7Days({Fill Date})', "rows", "by-header", "email", "date"),
    ("You are an Excel expert. Write a rule that highlights Fill Date values in last month.",
     'LastMonth({Fill Date})', "cells", "by-header", "prompt", "date"),
    ("How can I shade the rows for batches filled this month?", 'ThisMonth({Fill Date})', "rows", "by-header",
     "forum", "date"),
    ("Highlight the batches macerated longer than the 30-day house standard",
     'GreaterThan({Maceration (days)}, 30)', "rows", "by-header", "comparative"),
    ("Flag volumes smaller than the 85 L minimum run", 'LessThan({Volume (L)}, 85)', "cells", "by-header",
     "comparative"),
    ("Highlight the top 2 Volume (L) in sheet PerfumeBatches", 'Top({Volume (L)}, 2)', "cells", "by-header",
     "annotator", "superlative"),
    ("You are an Excel expert. Write a rule that shades the rows of the 3 lowest Oil Conc. % batches.",
     'Bottom({Oil Conc. %}, 3)', "rows", "by-header", "prompt", "superlative"),
    ("Hi Ana, could you highlight any Maceration (days) value that repeats? Ta, Pieter",
     'Duplicates({Maceration (days)})', "cells", "by-header", "email"),
    ("One Maceration (days) cell shows #REF!. Until I fix the link, how do I highlight error cells in that column?",
     'Errors({Maceration (days)})', "cells", "by-header", "forum"),
    ("Highlight QC Comment containing haze in sheet PerfumeBatches", 'TextContains({QC Comment}, "haze")', "cells",
     "by-header", "annotator"),
    ("You are an Excel expert. Write a rule that highlights Accord cells beginning with F.",
     'TextStartsWith({Accord}, "F")', "cells", "by-header", "prompt", "starts-ends"),
    ("Hi Ines, can you highlight the rows where QC Comment is still empty? Thanks, Yusuf", 'Blanks({QC Comment})',
     "rows", "by-header", "email"),
    ("Shade the batches bigger than the average batch volume", 'AboveAverage({Volume (L)})', "rows", "by-header",
     "comparative"),
    ("How do I highlight Oil Conc. % cells below the average?", 'BelowAverage({Oil Conc. %})', "cells",
     "by-header", "forum"),
    ("Highlight rows where Maceration (days) is between 14 and 28 in sheet PerfumeBatches",
     'Between({Maceration (days)}, 14, 28)', "rows", "by-header", "annotator"),
    ("You are an Excel expert. Write a rule that highlights rows where Perfumer is not Laurent.",
     'NotEquals({Perfumer}, "Laurent")', "rows", "by-header", "prompt", "negation"),
    ("Hi Bea, please highlight the Oud and Chypre rows for the autumn launch. Cheers, Tomás",
     'OR(TextEquals({Accord}, "Oud"), TextEquals({Accord}, "Chypre"))', "rows", "by-value", "email", "or"),
    ("Any way to add a colour scale to Volume (L) in column F?", 'ColorScale({Volume (L)})', "cells", "by-header",
     "forum"),
    ("Highlight concentrations at or above the 20% extrait threshold", 'GreaterThanEqual({Oil Conc. %}, 0.2)',
     "cells", "by-header", "comparative", "number-format", "boundary"),
    ("Highlight Sørensen's batches in sheet PerfumeBatches", 'TextEquals({Perfumer}, "Sørensen")', "rows",
     "by-value", "annotator"),
    ("You are an Excel expert. Write a rule that shades rows where QC Comment does not contain haze.",
     'TextNotContains({QC Comment}, "haze")', "rows", "by-header", "prompt", "negation"),
    ("Hi Paolo, could you highlight the fills planned for next week? Thanks, Greta", 'NextWeek({Fill Date})',
     "cells", "by-header", "email", "date"),
    ("How do I shade the smallest 20% of batches by litres?", 'BottomPercent({Volume (L)}, 20)', "rows",
     "by-meaning", "forum", "superlative"),
    ("You are an Excel expert. Write a rule that highlights the Gourmand batches.",
     'TextEquals({Accord}, "Gourmand")', "rows", "by-value", "prompt"),
    ("Hi Lina, can you highlight the lab remarks that don't say flat? Ta, Ugo", 'TextNotContains({QC Comment}, "flat")',
     "cells", "by-meaning", "email", "negation"),
]

TABLES["CostumeHire"] = _table("""
Hire Ref | Client | Return Due | Costume | Size | Hire Fee (£) | Deposit (£) | Cleaning (£) | Damage? | Wardrobe Note
CH-301 | Harbour Players | 2024-06-12 | Victorian ballgown | 12 | 85 | 150 | 18 | No | _
CH-302 | St Aidan's School | 2024-06-07 | Pirate captain | 10 | 40 | 50 | 12 | No | hat missing
CH-303 | Meridian Opera | 2024-06-18 | Roman centurion | 16 | 120 | 120 | 25 | Minor | cape seam split
CH-304 | Harbour Players | 2024-06-11 | Flapper dress | 8 | 55 | 100 | 15 | No | ~
CH-305 | Okoro Wedding | 2024-05-20 | Tudor doublet | 14 | 95 | 150 | 0 | No | _
CH-306 | Meridian Opera | 2024-06-13 | Victorian ballgown | 18 | 85 | 150 | 30 | Yes | wine stain on the bodice
CH-307 | Brightwell Panto | 2024-03-01 | Dame outfit | XL | 70 | 80 | 20 | No | _
CH-308 | St Aidan's School | 2024-06-04 | Pirate captain | 12 | 40 | 60 | n/a | No | returned unwashed
CH-309 | Brightwell Panto | 2024-07-08 | Pantomime cow | OS | 150 | 250 | 45 | No | two-person suit
CH-310 | Harbour Players | 2024-06-20 | Regency tailcoat | 14 | 65 | 100 | 18 | tbc | _
CH-311 | Ruiz Party | 2024-06-14 | Gorilla suit | OS | 60 | 150 | 22 | No | zip sticks
CH-312 | Meridian Opera | 2024-06-25 | Tudor doublet | 16 | 90 | 150 | #N/A | No | _
CH-313 | St Aidan's School | 2024-05-29 | Flapper dress | 10 | 55 | 80 | 10 | Yes | beading torn
CH-314 | Brightwell Panto | 2024-06-27 | Regency tailcoat | 12 | 65 | 100 | 16 | No | _
""")
ENTRIES["CostumeHire"] = [
    ("Highlight Hire Fee (£) greater than 85 in sheet CostumeHire", 'GreaterThan({Hire Fee (£)}, 85)', "cells",
     "by-header", "annotator"),
    ("Shade the hires whose deposit is above our standard £100 deposit", 'GreaterThan({Deposit (£)}, 100)', "rows",
     "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that shades the entire row when Damage? is Yes.",
     'TextEquals({Damage?}, "Yes")', "rows", "by-header", "prompt"),
    ("Hi Poppy, can you highlight the costumes that are due back today? Thanks, Fergus", 'Today({Return Due})',
     "cells", "by-header", "email", "date"),
    ("How do I highlight rows where Client is Meridian Opera? Client names are in column B.",
     'TextEquals({Client}, "Meridian Opera")', "rows", "by-header", "forum"),
    ("Highlight errors in Cleaning (£) in sheet CostumeHire", 'Errors({Cleaning (£)})', "cells", "by-header",
     "annotator"),
    ("Highlight cleaning charges below the £15 minimum we normally bill", 'LessThan({Cleaning (£)}, 15)', "cells",
     "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that highlights Hire Fee (£) values that occur only once.",
     'Unique({Hire Fee (£)})', "cells", "by-header", "prompt"),
    ("Hi Rhiannon, could you highlight the costumes that appear more than once on this list? Ta, Dom",
     'Duplicates({Costume})', "cells", "by-header", "email"),
    ("How do I shade rows where Size is 10 or smaller? Some sizes are letters like XL.",
     'LessThanEqual({Size}, 10)', "rows", "by-header", "forum", "boundary"),
    ("Highlight Return Due tomorrow in sheet CostumeHire", 'Tomorrow({Return Due})', "cells", "by-header",
     "annotator", "date"),
    ("Hi Saskia, please shade the rows for anything that should have come back last week. Thanks, Ed",
     'LastWeek({Return Due})', "rows", "by-meaning", "email", "date"),
    ("You are an Excel expert. Write a rule that highlights Return Due dates in this week.",
     'ThisWeek({Return Due})', "cells", "by-header", "prompt", "date"),
    ("How do I highlight the hires that were meant to come back yesterday? Whole row please.",
     'Yesterday({Return Due})', "rows", "by-meaning", "forum", "date"),
    ("Highlight the top 20% of Deposit (£) in sheet CostumeHire", 'TopPercent({Deposit (£)}, 20)', "cells",
     "by-header", "annotator", "superlative"),
    ("You are an Excel expert. Write a rule that shades the rows in the bottom 10% of Hire Fee (£).",
     'BottomPercent({Hire Fee (£)}, 10)', "rows", "by-header", "prompt", "superlative"),
    ("Hi Lewis, can you add data bars to the Cleaning (£) column? Cheers, Tara", 'DataBar({Cleaning (£)})',
     "cells", "by-header", "email"),
    ("How do I highlight Wardrobe Note cells that mention missing or torn?",
     'OR(TextContains({Wardrobe Note}, "missing"), TextContains({Wardrobe Note}, "torn"))', "cells", "by-header",
     "forum", "or"),
    ("Highlight Victorian ballgown in sheet CostumeHire", 'TextEquals({Costume}, "Victorian ballgown")', "cells",
     "by-value", "annotator"),
    ("Shade rows where the cleaning charge is above the average charge", 'AboveAverage({Cleaning (£)})', "rows",
     "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that highlights the rows that have a Wardrobe Note.",
     'NotBlanks({Wardrobe Note})', "rows", "by-header", "prompt"),
    ("Hi Gemma, can you shade all the rows for clients whose name starts with St? Thanks, Owen",
     'TextStartsWith({Client}, "St")', "rows", "by-header", "email", "starts-ends"),
    ("How do I highlight the hires costing between £55 and £85?", 'Between({Hire Fee (£)}, 55, 85)', "rows",
     "by-meaning", "forum"),
    ("Highlight rows where Damage? does not equal No in sheet CostumeHire", 'NotEquals({Damage?}, "No")', "rows",
     "by-header", "annotator", "negation"),
    ("Highlight deposits matching the £150 rate we charge for gowns", 'Equals({Deposit (£)}, 150)', "cells",
     "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that highlights the cheaper hires, those below the average hire fee.",
     'BelowAverage({Hire Fee (£)})', "rows", "by-header", "prompt"),
    ("Hi Nell, please highlight the Brightwell Panto hires so I can invoice them together. Thanks, Abi",
     'TextEquals({Client}, "Brightwell Panto")', "rows", "by-value", "email"),
    ("How can I highlight Hire Ref codes ending in 4?", 'TextEndsWith({Hire Ref}, "4")', "cells", "by-header",
     "forum", "starts-ends"),
    ("Highlight the hires coming back this month in sheet CostumeHire", 'ThisMonth({Return Due})', "rows",
     "by-meaning", "annotator", "date"),
    ("You are an Excel expert. Write a rule that shades hires where the security we hold is over £60 but under "
     "£150.", 'AND(GreaterThan({Deposit (£)}, 60), LessThan({Deposit (£)}, 150))', "rows", "by-meaning", "prompt"),
    ("Hi Jo, can you highlight the Pirate captain costumes? Thanks, Mags", 'TextEquals({Costume}, "Pirate captain")',
     "rows", "by-value", "email"),
]

TABLES["StainedGlass"] = _table(" | ".join((
    "Panel", "Church", "Collected", "Lead Condition", "Area (m²)", "Cracked Pieces", "Quote (£)", "Days on Bench",
    "Listed?", "Conservator Note"
)) + """
SG-01 | St Mary, Ludlow | 2024-06-13 | Poor | 1.8 | 12 | 5200 | 15 | Yes | _
SG-02 | All Saints, Hove | 2024-06-07 | Fair | 0.9 | 3 | 1450 | 6 | No | quarry glazing only
SG-03 | St Mary, Ludlow | 2024-06-12 | Failed | 2.6 | 27 | 8900 | 41 | Yes | full releading needed
SG-04 | Holy Trinity, Bath | 2024-05-29 | Good | 0.6 | 0 | 1500 | 7 | No | ~
SG-05 | St Cuthbert, Wells | 2024-06-20 | Poor | 1.2 | 9 | 3100 | 22 | Yes | painted heads flaking
SG-06 | All Saints, Hove | 2024-03-01 | Fair | 1.5 | 5 | 2300 | 10 | No | _
SG-07 | Holy Trinity, Bath | 2024-06-11 | Failed | 3.1 | 11 | POA | 35 | Yes | storm damage, insurer to confirm
SG-08 | St Cuthbert, Wells | 2024-06-04 | Good | 0.4 | 1 | 480 | 2 | Yes | _
SG-09 | Gospel Hall, Frome | 2024-07-08 | Fair | 1.1 | 7 | 1900 | n/s | No | not started
SG-10 | St Mary, Ludlow | 2024-06-18 | Poor | 2.0 | 14 | 4800 | 24 | Yes | painted border flaking
SG-11 | Holy Trinity, Bath | 2024-05-20 | Good | 0.8 | 6 | 1250 | 9 | No | _
SG-12 | All Saints, Hove | 2024-06-25 | Poor | 1.4 | #VALUE! | 2750 | 19 | Yes | count sheet corrupted
SG-13 | St Cuthbert, Wells | 2024-06-27 | Fair | 1.0 | 4 | 1600 | 8 | tbc | _
SG-14 | Gospel Hall, Frome | 2024-06-14 | Failed | 1.3 | 21 | 6400 | 26 | No | _
""")
ENTRIES["StainedGlass"] = [
    ("Highlight Quote (£) less than 1450 in sheet StainedGlass", 'LessThan({Quote (£)}, 1450)', "cells",
     "by-header", "annotator"),
    ("Shade the panels larger than the 2 m² our kiln bed can take", 'GreaterThan({Area (m²)}, 2)', "rows",
     "by-meaning", "comparative"),
    ("You are an Excel expert. Write a rule that shades whole rows where Lead Condition is Failed.",
     'TextEquals({Lead Condition}, "Failed")', "rows", "by-header", "prompt"),
    ("Hi Edmund, could you highlight the Listed? cells that say No? Thanks, Harriet", 'TextEquals({Listed?}, "No")',
     "cells", "by-header", "email"),
    ("How do I highlight the rows where Church is All Saints, Hove?", 'TextEquals({Church}, "All Saints, Hove")',
     "rows", "by-header", "forum"),
    ("Highlight Collected yesterday in sheet StainedGlass", 'Yesterday({Collected})', "cells", "by-header",
     "annotator", "date"),
    ("Hi Bernard, please shade the row for the panel we collected today. Thanks, Ivy", 'Today({Collected})', "rows",
     "by-header", "email", "date"),
    ("You are an Excel expert. Write a rule that highlights the rows whose Collected date is in last month.",
     'LastMonth({Collected})', "rows", "by-header", "prompt", "date"),
    ("How do I highlight Collected dates from the last 7 days?", 'Last7Days({Collected})', "cells", "by-header",
     "forum", "date"),
    ("Highlight the panels with more cracked pieces than the 12 we can repair in situ",
     'GreaterThan({Cracked Pieces}, 12)', "rows", "by-header", "comparative"),
    ("Highlight errors in Cracked Pieces in sheet StainedGlass", 'Errors({Cracked Pieces})', "cells", "by-header",
     "annotator"),
    ("You are an Excel expert. Write a rule that highlights empty Conservator Note cells.",
     'Blanks({Conservator Note})', "cells", "by-header", "prompt"),
    ("Hi Maud, can you highlight the 3 biggest quotes on the panel list? Ta, Cyril", 'Top({Quote (£)}, 3)', "cells",
     "by-header", "email", "superlative"),
    ("How do I highlight the 3 smallest panels? I mean by area, whole rows.", 'Bottom({Area (m²)}, 3)', "rows",
     "by-header", "forum", "superlative"),
    ("Highlight Days on Bench above average in sheet StainedGlass", 'AboveAverage({Days on Bench})', "cells",
     "by-header", "annotator"),
    ("Shade the jobs whose quote comes in under the average quote", 'BelowAverage({Quote (£)})', "rows",
     "by-header", "comparative"),
    ("You are an Excel expert. Apply a colour scale to Quote (£).", 'ColorScale({Quote (£)})', "cells",
     "by-header", "prompt"),
    ("Hi Flora, could you put an icon set on Days on Bench? Thanks, Rupert", 'IconSet({Days on Bench})', "cells",
     "by-header", "email"),
    ("How do I shade rows where Conservator Note contains flaking?", 'TextContains({Conservator Note}, "flaking")',
     "rows", "by-header", "forum"),
    ("Highlight Lead Condition not equal to Good in sheet StainedGlass", 'NotEquals({Lead Condition}, "Good")',
     "cells", "by-header", "annotator", "negation"),
    ("You are an Excel expert. Write a rule that shades rows where Area (m²) is between 1.0 and 1.5.",
     'Between({Area (m²)}, 1, 1.5)', "rows", "by-header", "prompt"),
    ("Hi Tobias, please highlight the Poor panels so we can put them first. Cheers, Agnes",
     'TextEquals({Lead Condition}, "Poor")', "rows", "by-value", "email"),
    ("Highlight cracked-piece counts at or below the 4-piece limit for a same-day repair",
     'LessThanEqual({Cracked Pieces}, 4)', "cells", "by-header", "comparative", "boundary"),
    ("How do I highlight the churches whose name starts with St?", 'TextStartsWith({Church}, "St")', "cells",
     "by-header", "forum", "starts-ends"),
    ("Highlight rows where Listed? is not Yes in sheet StainedGlass", 'NOT(TextEquals({Listed?}, "Yes"))', "rows",
     "by-header", "annotator", "negation"),
    ("You are an Excel expert. Write a rule that highlights Church cells ending in Bath.",
     'TextEndsWith({Church}, "Bath")', "cells", "by-header", "prompt", "starts-ends"),
    ("Hi Cora, could you shade every panel collected this month? Thanks, Piers", 'ThisMonth({Collected})', "rows",
     "by-header", "email", "date"),
    ("Shade the panels at or above the 1.8 m² size that needs two glaziers to lift",
     'GreaterThanEqual({Area (m²)}, 1.8)', "rows", "by-meaning", "comparative", "boundary"),
    ("How do I shade the panels we pick up next month?", 'NextMonth({Collected})', "rows", "by-meaning", "forum",
     "date"),
    ("You are an Excel expert. Write a rule that highlights the cheapest 20% of the jobs.",
     'BottomPercent({Quote (£)}, 20)', "cells", "by-meaning", "prompt", "superlative"),
    ("Hi Wilf, please highlight the Gospel Hall, Frome panels. Cheers, Enid",
     'TextEquals({Church}, "Gospel Hall, Frome")', "rows", "by-value", "email"),
]

TABLES["DryCleaning"] = _table("""
Ticket | Customer | Ready By | Garment | Items | Charge (£) | Paid (£) | Stain Grade | Express? | Counter Note
T-8801 | Mrs Pryce | 2024-06-12 | Wool suit | 2 | 18.50 | 18.50 | 1 | No | _
T-8802 | D. Kowalski | 2024-06-13 | Silk blouse | 1 | 9.00 | 0 | 3 | Yes | red wine, treat before cleaning
T-8803 | Hotel Arden | 2024-06-11 | Table linen | 24 | 62.40 | on account | 2 | No | account customer
T-8804 | J. Achebe | 2024-06-18 | Wedding dress | 1 | 145.00 | 50 | 4 | No | beading, hand finish
T-8805 | Mrs Pryce | 2024-06-07 | Curtains | 4 | 48.00 | 48 | 0 | No | ~
T-8806 | R. Mendes | 2024-05-20 | Leather jacket | 1 | 35.00 | 35 | 2 | No | uncollected, call again
T-8807 | Hotel Arden | 2024-06-04 | Duvet | 6 | 54.00 | 54 | 1 | No | _
T-8808 | S. Varga | 2024-06-14 | Wool suit | 3 | 27.75 | _ | 3 | Yes | _
T-8809 | D. Kowalski | 2024-07-08 | Ball gown | 1 | 40.00 | 20 | n/a | No | in storage for the summer
T-8810 | Hotel Arden | 2024-06-20 | Table linen | 30 | 78.00 | 78 | 2 | No | account customer
T-8811 | L. Okonjo | 2024-03-01 | Coat | 1 | 22.00 | 22 | 1 | No | uncollected over 90 days
T-8812 | J. Achebe | 2024-06-25 | Silk blouse | 2 | 18.00 | 0 | 0 | Yes | _
T-8813 | R. Mendes | 2024-05-29 | Curtains | 6 | 72.00 | #N/A | 4 | No | till crashed
T-8814 | S. Varga | 2024-06-27 | Coat | 2 | 44.00 | 44 | 2 | No | _
""")
ENTRIES["DryCleaning"] = [
    ("Highlight Charge (£) greater than 54 in sheet DryCleaning", 'GreaterThan({Charge (£)}, 54)', "cells",
     "by-header", "annotator"),
    ("Shade the tickets where the customer has paid less than the £20 minimum deposit",
     'LessThan({Paid (£)}, 20)', "rows", "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that shades the whole row when Express? is Yes.",
     'TextEquals({Express?}, "Yes")', "rows", "by-header", "prompt"),
    ("Hi Marta, can you highlight the orders that have to be ready by tomorrow? Thanks, Stan",
     'Tomorrow({Ready By})', "cells", "by-header", "email", "date"),
    ("How do I highlight rows where Customer is Hotel Arden? Customer is in column B.",
     'TextEquals({Customer}, "Hotel Arden")', "rows", "by-header", "forum"),
    ("Highlight errors in Paid (£) in sheet DryCleaning", 'Errors({Paid (£)})', "cells", "by-header", "annotator"),
    ("Hi Viv, can you highlight any ticket with nothing in Counter Note? Thanks, Reg", 'Blanks({Counter Note})',
     "rows", "by-header", "email"),
    ("You are an Excel expert. Write a rule that highlights a Customer name that appears only once.",
     'Unique({Customer})', "cells", "by-header", "prompt"),
    ("How can I mark garments that come up more than once in column D?", 'Duplicates({Garment})', "cells",
     "by-header", "forum"),
    ("Highlight the tickets with more items than the 6 a single rail holds", 'GreaterThan({Items}, 6)', "rows",
     "by-header", "comparative"),
    ("Highlight the top 2 Items in sheet DryCleaning", 'Top({Items}, 2)', "cells", "by-header", "annotator",
     "superlative"),
    ("You are an Excel expert. Write a rule that shades the rows of the 2 most expensive tickets by Charge (£).",
     'Top({Charge (£)}, 2)', "rows", "by-header", "prompt", "superlative"),
    ("Hi Kasia, could you highlight the charges above the average on the ticket sheet? Ta, Bill",
     'AboveAverage({Charge (£)})', "cells", "by-header", "email"),
    ("How do I shade every row whose Ready By date is this week?", 'ThisWeek({Ready By})', "rows", "by-header",
     "forum", "date"),
    ("Highlight Ready By last week in sheet DryCleaning", 'LastWeek({Ready By})', "cells", "by-header",
     "annotator", "date"),
    ("Highlight stain grades under the grade 2 that needs pre-treatment", 'LessThan({Stain Grade}, 2)', "cells",
     "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that applies a colour scale to Stain Grade.",
     'ColorScale({Stain Grade})', "cells", "by-header", "prompt"),
    ("Hi Zoe, please put data bars on Paid (£). Cheers, Mo", 'DataBar({Paid (£)})', "cells", "by-header",
     "email"),
    ("How do I highlight rows where Counter Note contains uncollected?",
     'TextContains({Counter Note}, "uncollected")', "rows", "by-header", "forum"),
    ("Highlight Garment not equal to Coat in sheet DryCleaning", 'NotEquals({Garment}, "Coat")', "cells",
     "by-header", "annotator", "negation"),
    ("You are an Excel expert. Write a rule that highlights Charge (£) between 18.50 and 40.",
     'Between({Charge (£)}, 18.5, 40)', "cells", "by-header", "prompt"),
    ("Hi Dee, could you highlight the wool suit tickets for the tailor? Thanks, Ron",
     'TextEquals({Garment}, "Wool suit")', "rows", "by-value", "email"),
    ("Shade tickets charged at or above the £72 that needs a manager's sign-off",
     'GreaterThanEqual({Charge (£)}, 72)', "rows", "by-header", "comparative", "boundary"),
    ("How do I highlight the customers whose names start with R.?", 'TextStartsWith({Customer}, "R.")', "cells",
     "by-header", "forum", "starts-ends"),
    ("Highlight the orders ready next week in sheet DryCleaning", 'NextWeek({Ready By})', "rows", "by-header",
     "annotator", "date"),
    ("You are an Excel expert. Write a rule that highlights the top 10% of Charge (£).",
     'TopPercent({Charge (£)}, 10)', "cells", "by-header", "prompt", "superlative"),
    ("Hi Gus, can you shade the rows where Paid (£) isn't blank? Ta, Lily", 'NotBlanks({Paid (£)})', "rows",
     "by-header", "email", "negation"),
    ("Highlight item counts below the 2 that fill a standard bag", 'LessThan({Items}, 2)', "cells", "by-header",
     "comparative"),
    ("Highlight every payment entry that is not an error in sheet DryCleaning", 'NotErrors({Paid (£)})', "cells",
     "by-meaning", "annotator", "negation"),
    ("You are an Excel expert. Write a rule that shades the tickets where the front-desk remarks don't mention "
     "uncollected.", 'TextNotContains({Counter Note}, "uncollected")', "rows", "by-meaning", "prompt", "negation"),
    ("Shade the tickets billed at least £22 but less than the £54 a duvet costs",
     'AND(GreaterThanEqual({Charge (£)}, 22), LessThan({Charge (£)}, 54))', "rows", "by-meaning", "comparative",
     "boundary"),
]

TABLES["CableCarRuns"] = _table("""
Run | Operator | Run Date | Cabin | Passengers | Wind (km/h) | Trip Time (s) | Rope Temp (°C) | Stopped? | Log Entry
CC-101 | Ferreira | 2024-06-12 | Cabin A | 38 | 22 | 410 | 24 | No | _
CC-102 | Haas | 2024-06-11 | Cabin B | 45 | 31 | 425 | 27 | No | _
CC-103 | Ferreira | 2024-06-07 | Cabin A | 12 | 48 | 0 | 19 | Yes | wind hold at tower 3
CC-104 | Tanaka | 2024-06-13 | Cabin B | 60 | 15 | 402 | 29 | No | school group
CC-105 | Haas | 2024-06-04 | Cabin A | 27 | 40 | 455 | 21 | Slowed | ran at reduced speed
CC-106 | Quispe | 2024-05-20 | Cabin B | 0 | 55 | n/a | 16 | Yes | closed for gusts, high wind
CC-107 | Tanaka | 2024-06-18 | Cabin A | 52 | 18 | 398 | 31 | No | _
CC-108 | Ferreira | 2024-03-01 | Cabin B | 8 | 29 | 430 | 9 | No | winter timetable
CC-109 | Haas | 2024-07-08 | Cabin A | 41 | 12 | 405 | #N/A | No | sensor swap booked
CC-110 | Quispe | 2024-06-14 | Cabin B | 33 | 36 | 440 | 25 | Slowed | evacuation drill
CC-111 | Tanaka | 2024-06-20 | Cabin A | 57 | 20 | 412 | 28 | No | ~
CC-112 | Ferreira | 2024-06-25 | Cabin B | 11 | 44 | 470 | 22 | No | _
CC-113 | Haas | 2024-05-29 | Cabin A | 49 | 29 | 418 | 26 | No | _
CC-114 | Quispe | 2024-06-27 | Cabin B | 24 | 33 | 447 | 30 | No | rope rescue drill after the last run
""")
ENTRIES["CableCarRuns"] = [
    ("Highlight Wind (km/h) greater than 40 in sheet CableCarRuns", 'GreaterThan({Wind (km/h)}, 40)', "cells",
     "by-header", "annotator"),
    ("Shade the runs where the wind went past the 44 km/h shutdown limit", 'GreaterThan({Wind (km/h)}, 44)',
     "rows", "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that shades the whole row when Stopped? is Yes.",
     'TextEquals({Stopped?}, "Yes")', "rows", "by-header", "prompt"),
    ("Hi Marco, can you highlight the runs marked Slowed in the log? Danke, Ulrike",
     'TextEquals({Stopped?}, "Slowed")', "cells", "by-value", "email"),
    ("How do I shade rows where Operator is Quispe? The operator names are in column B.",
     'TextEquals({Operator}, "Quispe")', "rows", "by-header", "forum"),
    ("Highlight Run Date today in sheet CableCarRuns", 'Today({Run Date})', "cells", "by-header", "annotator",
     "date"),
    ("Hi Jonas, please shade the runs from the last 7 days for the safety review. Regards, Petra",
     'Last7Days({Run Date})', "rows", "by-meaning", "email", "date"),
    ("You are an Excel expert. Write a rule that highlights Run Date values in next month.",
     'NextMonth({Run Date})', "cells", "by-header", "prompt", "date"),
    ("How can I highlight tomorrow's run? The whole row, ideally.", 'Tomorrow({Run Date})', "rows", "by-meaning",
     "forum", "date"),
    ("Highlight cabins loaded at or above the 57-passenger comfort limit", 'GreaterThanEqual({Passengers}, 57)',
     "cells", "by-header", "comparative", "boundary"),
    ("Highlight the top 3 Passengers in sheet CableCarRuns", 'Top({Passengers}, 3)', "cells", "by-header",
     "annotator", "superlative"),
    ("You are an Excel expert. Write a rule that shades the 3 quietest runs by Passengers.",
     'Bottom({Passengers}, 3)', "rows", "by-header", "prompt", "superlative"),
    ("Hi Aiko, could you flag any error readings in Rope Temp (°C)? Thanks, Bram", 'Errors({Rope Temp (°C)})',
     "cells", "by-header", "email"),
    ("Is there a way to show data bars in Trip Time (s)? It's column G.", 'DataBar({Trip Time (s)})', "cells",
     "by-header", "forum"),
    ("Highlight Trip Time (s) above average in sheet CableCarRuns", 'AboveAverage({Trip Time (s)})', "cells",
     "by-header", "annotator"),
    ("Shade the runs where the haul rope ran cooler than its average temperature",
     'BelowAverage({Rope Temp (°C)})', "rows", "by-meaning", "comparative"),
    ("You are an Excel expert. Write a rule that highlights Rope Temp (°C) between 21 and 27.",
     'Between({Rope Temp (°C)}, 21, 27)', "cells", "by-header", "prompt"),
    ("Hi Lena, please shade any run where Wind (km/h) was not between 15 and 40. Thanks, Otto",
     'NotBetween({Wind (km/h)}, 15, 40)', "rows", "by-header", "email", "negation"),
    ("How do I highlight Log Entry cells that mention drill?", 'TextContains({Log Entry}, "drill")', "cells",
     "by-header", "forum"),
    ("Highlight blanks in Log Entry in sheet CableCarRuns", 'Blanks({Log Entry})', "cells", "by-header",
     "annotator"),
    ("You are an Excel expert. Write a rule that shades rows where Log Entry does not contain wind.",
     'TextNotContains({Log Entry}, "wind")', "rows", "by-header", "prompt", "negation"),
    ("Hi Rui, can you highlight the wind readings that appear twice? Ta, Sven", 'Duplicates({Wind (km/h)})',
     "cells", "by-header", "email"),
    ("Highlight trip times quicker than the 405-second timetable slot", 'LessThan({Trip Time (s)}, 405)', "cells",
     "by-header", "comparative"),
    ("How do I shade the rows for Cabin A? The cabins are in column D.", 'TextEquals({Cabin}, "Cabin A")', "rows",
     "by-value", "forum"),
    ("Highlight rows where Stopped? is not No in sheet CableCarRuns", 'NOT(TextEquals({Stopped?}, "No"))', "rows",
     "by-header", "annotator", "negation"),
    ("You are an Excel expert. Write a rule that highlights Run codes ending in 0.", 'TextEndsWith({Run}, "0")',
     "cells", "by-header", "prompt", "starts-ends"),
    ("Hi Ida, please highlight Rope Temp (°C) readings of 16 or below. Cheers, Kai",
     'LessThanEqual({Rope Temp (°C)}, 16)', "cells", "by-header", "email", "boundary"),
    ("Shade the runs when the rope was colder than the 19 °C threshold for a tension check",
     'LessThan({Rope Temp (°C)}, 19)', "rows", "by-meaning", "comparative"),
    ("How do I shade Tanaka's runs?", 'TextEquals({Operator}, "Tanaka")', "rows", "by-value", "forum"),
    ("You are an Excel expert. Write a rule that highlights the rides scheduled this month.",
     'ThisMonth({Run Date})', "cells", "by-meaning", "prompt", "date"),
    ("Hi Nils, could you shade the calmest 20% of runs? Thanks, Greta", 'BottomPercent({Wind (km/h)}, 20)', "rows",
     "by-meaning", "email", "superlative"),
]

TABLES["DemolitionJobs"] = _table(" | ".join((
    "Job", "Site Manager", "Start Date", "Structure", "Storeys", "Tonnage (t)", "Recycled %", "Survey Done?",
    "Noise (dB)", "Permit Note"
)) + """
DJ-201 | Whitlock | 2024-06-18 | Office block | 6 | 4200 | 92% | Yes | 78 | _
DJ-202 | Nnamdi | 2024-06-12 | Petrol station canopy | 1 | 85 | 70% | Yes | 72 | tanks to be pulled first
DJ-203 | Whitlock | 2024-05-29 | Warehouse | 2 | 1650 | 88% | Yes | 75 | _
DJ-204 | Petrakis | 2024-06-07 | Multi-storey car park | 5 | 6900 | 95% | Pending | 76 | night works banned
DJ-205 | Nnamdi | 2024-06-25 | Terraced houses | 2 | 540 | 81% | Yes | 70 | party wall notice served
DJ-206 | Kaur | 2024-03-01 | Chimney stack | 0 | 310 | 64% | Yes | n/m | _
DJ-207 | Petrakis | 2024-06-11 | School wing | 4 | 2300 | 90% | No | 74 | ~
DJ-208 | Whitlock | 2024-07-08 | Tower block | 14 | 12800 | 97% | Pending | 85 | explosive method, road closure
DJ-209 | Kaur | 2024-06-04 | Footbridge | 0 | 120 | 99% | Yes | 68 | _
DJ-210 | Nnamdi | 2024-06-13 | Cinema | 2 | 1900 | 85% | No | 79 | _
DJ-211 | Petrakis | 2024-05-20 | Farm barn | 1 | 260 | 58% | Yes | #N/A | meter not returned
DJ-212 | Kaur | 2024-06-20 | Hospital annexe | 4 | 3400 | 93% | Yes | 77 | clinical waste strip-out first
DJ-213 | Whitlock | 2024-06-14 | Garage block | 1 | 150 | 76% | n/a | 71 | _
DJ-214 | Nnamdi | 2024-06-27 | Pub | 2 | 720 | 79% | Yes | 73 | road closure on the Sunday
""")
ENTRIES["DemolitionJobs"] = [
    ("Highlight Tonnage (t) greater than 2300 in sheet DemolitionJobs", 'GreaterThan({Tonnage (t)}, 2300)',
     "cells", "by-header", "annotator"),
    ("Shade the jobs recycling less than the 81% the council's target asks for", 'LessThan({Recycled %}, 0.81)',
     "rows", "by-meaning", "comparative", "number-format"),
    ("You are an Excel expert. Write a rule that shades the whole row when Survey Done? is Pending.",
     'TextEquals({Survey Done?}, "Pending")', "rows", "by-header", "prompt"),
    ("Hi Callum, please highlight the jobs where Survey Done? is still No, we can't start those. Thanks, Bex",
     'TextEquals({Survey Done?}, "No")', "rows", "by-header", "email"),
    ("How do I highlight rows where Site Manager is Kaur? Site Manager is column B.",
     'TextEquals({Site Manager}, "Kaur")', "rows", "by-header", "forum"),
    ("Highlight errors in Noise (dB) in sheet DemolitionJobs", 'Errors({Noise (dB)})', "cells", "by-header",
     "annotator"),
    ("You are an Excel expert. Add a colour scale to Noise (dB).", 'ColorScale({Noise (dB)})', "cells",
     "by-header", "prompt"),
    ("Hi Moira, can you shade the job that started yesterday? Cheers, Dan", 'Yesterday({Start Date})', "rows",
     "by-header", "email", "date"),
    ("How can I highlight Start Date cells that fall next week?", 'NextWeek({Start Date})', "cells", "by-header",
     "forum", "date"),
    ("Highlight Start Date last month in sheet DemolitionJobs", 'LastMonth({Start Date})', "cells", "by-header",
     "annotator", "date"),
    ("Highlight the buildings with more storeys than the 5 our high-reach rig can handle",
     'GreaterThan({Storeys}, 5)', "rows", "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that highlights the 2 largest Tonnage (t) values.",
     'Top({Tonnage (t)}, 2)', "cells", "by-header", "prompt", "superlative"),
    ("Hi Sara, could you highlight the 2 quietest sites by Noise (dB)? Thanks, Tom", 'Bottom({Noise (dB)}, 2)',
     "cells", "by-header", "email", "superlative"),
    ("How do I flag repeated numbers in the Storeys column?", 'Duplicates({Storeys})', "cells", "by-header",
     "forum"),
    ("Highlight unique values in Storeys in sheet DemolitionJobs", 'Unique({Storeys})', "cells", "by-header",
     "annotator"),
    ("Shade the jobs recycling more than the average share of their waste", 'AboveAverage({Recycled %})', "rows",
     "by-meaning", "comparative"),
    ("You are an Excel expert. Write a rule that highlights Tonnage (t) below average.",
     'BelowAverage({Tonnage (t)})', "cells", "by-header", "prompt"),
    ("Hi Josh, can you shade any job whose Permit Note mentions a road closure? Ta, Mel",
     'TextContains({Permit Note}, "road closure")', "rows", "by-header", "email"),
    ("How do I highlight rows where Permit Note is empty?", 'Blanks({Permit Note})', "rows", "by-header", "forum"),
    ("Highlight Structure starting with F in sheet DemolitionJobs", 'TextStartsWith({Structure}, "F")', "cells",
     "by-header", "annotator", "starts-ends"),
    ("You are an Excel expert. Write a rule that highlights Recycled % outside 70% to 93%.",
     'NotBetween({Recycled %}, 0.7, 0.93)', "cells", "by-header", "prompt", "number-format"),
    ("Hi Luke, could you put the tower block row in red for the client meeting? Thanks, Fay",
     'TextEquals({Structure}, "Tower block")', "rows", "by-value", "email"),
    ("Highlight noise readings at or under the 72 dB daytime limit", 'LessThanEqual({Noise (dB)}, 72)', "cells",
     "by-header", "comparative", "boundary"),
    ("How do I shade rows where Recycled % is 93% or more?", 'GreaterThanEqual({Recycled %}, 0.93)', "rows",
     "by-header", "forum", "boundary", "number-format"),
    ("Highlight Survey Done? not equal to Pending in sheet DemolitionJobs", 'NotEquals({Survey Done?}, "Pending")',
     "cells", "by-header", "annotator", "negation"),
    ("You are an Excel expert. Write a rule that highlights the top 20% of Recycled %.",
     'TopPercent({Recycled %}, 20)', "cells", "by-header", "prompt", "superlative"),
    ("Hi Omar, please highlight the Storeys cells between 1 and 3. Cheers, Hana", 'Between({Storeys}, 1, 3)',
     "cells", "by-header", "email"),
    ("Shade the jobs under the 260 t threshold for a full site waste plan", 'LessThan({Tonnage (t)}, 260)', "rows",
     "by-meaning", "comparative"),
    ("Highlight the Petrakis jobs in sheet DemolitionJobs", 'TextEquals({Site Manager}, "Petrakis")', "rows",
     "by-value", "annotator"),
    ("You are an Excel expert. Write a rule that shades sites louder than 70 dB but quieter than 78 dB.",
     'AND(GreaterThan({Noise (dB)}, 70), LessThan({Noise (dB)}, 78))', "rows", "by-meaning", "prompt"),
    ("Hi Pete, please highlight the jobs kicking off next month. Thanks, Ros", 'NextMonth({Start Date})', "rows",
     "by-meaning", "email", "date"),
]

TABLES["MapSheets"] = _table(" | ".join((
    "Sheet No", "Cartographer", "Review Date", "Scale", "Features Changed", "Field Checks", "Error Rate %",
    "Print Run", "Approved?", "Editor Note"
)) + """
MS-118 | Adebayo | 2024-06-12 | 1:25000 | 142 | 6 | 0.8% | 2500 | Yes | _
MS-119 | Lindgren | 2024-06-04 | 1:50000 | 87 | 3 | 1.4% | 4000 | Yes | new bypass added
MS-120 | Adebayo | 2024-06-27 | 1:25000 | 310 | 11 | 2.6% | 1500 | No | coastline resurveyed
MS-121 | Cho | 2024-06-11 | 1:10000 | 56 | 2 | 0.3% | digital only | Yes | ~
MS-122 | Lindgren | 2024-05-20 | 1:50000 | 198 | 8 | 1.9% | 3500 | Returned | contours redrawn
MS-123 | Ferraro | 2024-06-13 | 1:25000 | 23 | 1 | 0.5% | 1000 | Yes | _
MS-124 | Cho | 2024-07-08 | 1:10000 | 265 | 4 | #DIV/0! | 800 | Pending | field data not back
MS-125 | Adebayo | 2024-03-01 | 1:50000 | 74 | 7 | 1.1% | 3000 | Yes | _
MS-126 | Ferraro | 2024-06-18 | 1:25000 | 119 | 5 | 2.0% | 2000 | No | rights of way disputed
MS-127 | Lindgren | 2024-06-07 | 1:10000 | 38 | 0 | 1.0% | digital only | Yes | _
MS-128 | Cho | 2024-06-20 | 1:25000 | 176 | 9 | 3.1% | 1200 | Returned | new bypass missing
MS-129 | Ferraro | 2024-05-29 | 1:50000 | 91 | 6 | 1.4% | 2800 | Yes | _
MS-130 | Adebayo | 2024-06-14 | 1:10000 | 205 | 10 | 0.9% | 900 | Pending | _
MS-131 | Lindgren | 2024-06-25 | 1:25000 | 64 | 2 | 1.7% | 1800 | Yes | reservoir outline updated
""")
ENTRIES["MapSheets"] = [
    ("Highlight Features Changed greater than 198 in sheet MapSheets", 'GreaterThan({Features Changed}, 198)',
     "cells", "by-header", "annotator"),
    ("Shade the sheets whose error rate is above the 2% tolerance in the spec", 'GreaterThan({Error Rate %}, 0.02)',
     "rows", "by-header", "comparative", "number-format"),
    ("You are an Excel expert. Write a rule that shades the entire row when Approved? is Returned.",
     'TextEquals({Approved?}, "Returned")', "rows", "by-header", "prompt"),
    ("Hi Ilse, can you highlight the sheets still pending sign-off? Thanks, Kofi", 'TextEquals({Approved?}, "Pending")',
     "rows", "by-value", "email"),
    ("How do I highlight rows where Cartographer is Cho? Cartographer is column B.",
     'TextEquals({Cartographer}, "Cho")', "rows", "by-header", "forum"),
    ("Highlight errors in Error Rate % in sheet MapSheets", 'Errors({Error Rate %})', "cells", "by-header",
     "annotator"),
    ("You are an Excel expert. Add data bars to Print Run.", 'DataBar({Print Run})', "cells", "by-header", "prompt"),
    ("Hi Saoirse, could you shade the sheets that come up for review this week? Cheers, Anders",
     'ThisWeek({Review Date})', "rows", "by-meaning", "email", "date"),
    ("How do I highlight the row whose Review Date is today?", 'Today({Review Date})', "rows", "by-header", "forum",
     "date"),
    ("Highlight Review Date in the last 7 days in sheet MapSheets", 'Last7Days({Review Date})', "cells",
     "by-header", "annotator", "date"),
    ("Highlight print runs smaller than the 1000-copy minimum order", 'LessThan({Print Run}, 1000)', "cells",
     "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that shades the rows of the 3 sheets with the most Features Changed.",
     'Top({Features Changed}, 3)', "rows", "by-header", "prompt", "superlative"),
    ("Hi Tariq, could you highlight the 3 lowest Features Changed counts? Ta, Elin", 'Bottom({Features Changed}, 3)',
     "cells", "by-header", "email", "superlative"),
    ("How do I highlight Error Rate % values that appear more than once?", 'Duplicates({Error Rate %})', "cells",
     "by-header", "forum"),
    ("Highlight 1:50000 in sheet MapSheets", 'TextEquals({Scale}, "1:50000")', "cells", "by-value", "annotator"),
    ("Shade the sheets that needed more field checks than average", 'AboveAverage({Field Checks})', "rows",
     "by-header", "comparative"),
    ("You are an Excel expert. Write a rule that highlights Error Rate % below average.",
     'BelowAverage({Error Rate %})', "cells", "by-header", "prompt"),
    ("Hi Jon, please shade any sheet whose Editor Note mentions the bypass. Thanks, Priti",
     'TextContains({Editor Note}, "bypass")', "rows", "by-header", "email"),
    ("How do I highlight the rows that have an Editor Note?", 'NotBlanks({Editor Note})', "rows", "by-header",
     "forum"),
    ("Highlight Scale containing 10000 in sheet MapSheets", 'TextContains({Scale}, "10000")', "cells", "by-header",
     "annotator"),
    ("You are an Excel expert. Write a rule that highlights Field Checks between 4 and 8.",
     'Between({Field Checks}, 4, 8)', "cells", "by-header", "prompt"),
    ("Hi Dora, can you shade every row except Adebayo's sheets? Thanks, Fin",
     'NOT(TextEquals({Cartographer}, "Adebayo"))', "rows", "by-value", "email", "negation"),
    ("Highlight error rates at or under the 0.5% gold standard", 'LessThanEqual({Error Rate %}, 0.005)', "cells",
     "by-header", "comparative", "boundary", "number-format"),
    ("How do I shade the rows where Features Changed is 176 or more?", 'GreaterThanEqual({Features Changed}, 176)',
     "rows", "by-header", "forum", "boundary"),
    ("Highlight Cartographer not equal to Ferraro in sheet MapSheets", 'NotEquals({Cartographer}, "Ferraro")',
     "cells", "by-header", "annotator", "negation"),
    ("You are an Excel expert. Write a rule that shades rows whose Review Date was last week.",
     'LastWeek({Review Date})', "rows", "by-header", "prompt", "date"),
    ("Hi Noor, could you highlight the bottom 20% of Error Rate %? Thanks, Gil", 'BottomPercent({Error Rate %}, 20)',
     "cells", "by-header", "email", "superlative"),
    ("Highlight the sheets that got exactly the standard 6 field checks", 'Equals({Field Checks}, 6)', "rows",
     "by-header", "comparative"),
    ("How do I shade the sheets due for checking this month?", 'ThisMonth({Review Date})', "rows", "by-meaning",
     "forum", "date"),
    ("You are an Excel expert. Write a rule that highlights the sheets whose editing remarks don't mention bypass.",
     'TextNotContains({Editor Note}, "bypass")', "rows", "by-meaning", "prompt", "negation"),
    ("Shade the sheets with more edits than the 74 in last year's edition but fewer than the 198 that trigger "
     "a reprint", 'AND(GreaterThan({Features Changed}, 74), LessThan({Features Changed}, 198))', "rows",
     "by-meaning", "comparative"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
