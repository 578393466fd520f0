"""A sixteenth set of table requests, about a third of them header-only, and the builder of sixteenth_tables.json.

Written on 2026-12-07 between 06:51 and about 07:05 UTC (by `date -u` on this machine) by engineer
E16t, who had read neither the assistant's code nor any set's wordings, so that the team has table
requests nobody has tuned on. The eleven tables (a ski patrol's incident log, an audiology clinic's
hearing tests, a damp-proofing firm's surveys, a septic tank emptying round, a document shredding
firm's collections, an enforcement agency's bailiff visits, a harbour's tugboat tows, a dredging
campaign's loads, a lighthouse authority's buoy checks, a hyperbaric chamber's sessions, a stairlift
fitter's installs) and every request were written from scratch. Headers carry units, abbreviations
and question marks (`Response (min)`, `Snow Depth (cm)`, `Airlift?`, `Left Ear (dB)`, `Tinnitus?`,
`Moisture (WME)`, `Salts Found?`, `Tank Size (L)`, `Sludge Depth (cm)`, `Weight (kg)`, `Witnessed?`,
`Debt (£)`, `Vulnerable?`, `Bollard Pull (t)`, `Volume (m³)`, `Light Range (nm)`, `Battery (V)`,
`Position Error (m)`, `Pressure (ATA)`, `Ear Pain (0-10)`, `Rail Length (m)`, `Survey Done?`), and the
cells dates, money (plain numbers under a currency header), decimals, codes (incident, patient, job,
docket, case, tow, load, buoy, session and install numbers; certificate and sample IDs; postcodes),
yes/no values (and "Pending", "Unsure", "Unknown", "Requested", "Part", "Booked"), free text (names,
notes, remedies), text in number columns ("n/k", "n/m", "n/t", "n/w", "n/i", "tbc", "TBC", "POA", "n/c",
"free", "waived", "cancelled", "aborted", "quote pending"), Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!)
and blanks.

Styles (the second tag; table_sets.STYLES is the earlier table sets', this set has its own):
`annotator`, the benchmark annotators' imperative lines ("Highlight Depth greater than 12 in sheet
Wells", the sheet being the table's name; "Highlight rows with ..." where the whole row is meant);
`forum`, a forum question of a sentence or two, sometimes with a column letter (always the true
column of the table placed at A1); `dialogue`, new here: a short chat between two people, A and B,
the request spread over two or three turns ("A: can you shade the overdue jobs? B: the whole row?
A: yes, where Due is before today"); `policy`, new here: policy or procedure language ("Rows shall be
shaded where the Balance exceeds 500."); `quizform`, new here: a question, then the action ("Is the
Reading above 7.5? Then make that row red."). These examples are the brief's, none is an entry.
Requests keep Excel's semantics: a blank compares as 0 and any text is greater than any number.

What its author read, every command that printed anything: `date -u` (at the start, while writing,
at the end); `git status --short` (at the start and at the end: file names only; the files it named
that another engineer changed, sixteenth_cf.* and tests/benchmarks/test_one_column_sets_data.py,
were not opened); of benchmarks/data/fifteenth_tables.py only the grep of its
`def`/`ENTRIES[`/`TABLES[`/`OTHER_SETS`/`if __name__` lines (line numbers and table names only),
`sed -n 1,203p` (docstring, imports, constants: the code before the first `TABLES[` line), the line
number of its last line that starts with `]` (1116) and the lines after it (the bind and main);
`wc -l` of fifteenth_tables.py, table_sets.py, column_sets.py, everyday_common.py,
test_table_sets_data.py and set_files.py; `wc -c` and `cat` of ../shared/docs/CF_RULES.md (whole);
`cat` of benchmarks/data/table_sets.py, benchmarks/data/column_sets.py and
tests/benchmarks/test_table_sets_data.py (whole); of benchmarks/data/README.md only its first 12,000
characters, cut to 600 characters a line and the last 30 lines of that (up to the start of the
sixth_tables row). Of cf_assistant.languages.cf: parse/to_text on twelve made-up rules for the
canonical spelling (/tmp/e16t/canon.py). A short program (/tmp/e16t/domcheck.py, three runs) read the
module docstrings of every other builder (ast.get_docstring) and the `Table` field of every set file
in benchmarks/data/ (sixteenth_* aside) and printed one True/False pair per candidate (in a docstring
as a whole word with an optional plural s; in a table name as a substring). Dropped as used: borehole,
drilling, gritting, blood, donation, blood bank, chimney, sweep, pest control, locksmith, hearing,
pawn, pawnbroker, tree surgery, arborist, turbine, wind turbine, vending, falconry, quarry, harbour,
dairy, shearing, optician, farrier, go-kart, karting, paintball, seismograph, radon, asbestos, skip
hire, lifeboat, scuba, dialysis, prosthetic, glassblowing, bell ringing, livery. Unused, and taken:
ski patrol, audiology, damp survey, septic tank, shredding, bailiff, tugboat, dredging, buoy,
hyperbaric, stairlift (also unused, not taken: snowmaking, coastguard, wheelchair, rally). The
builder's own checks and counts were run while writing (their messages name this set's requests and
rules only), two short programs that printed the split and header-only flag of draft wordings of
this set's own requests (/tmp/e16t/split.py, split2.py), a count of this set's functions per half, a
line-length check (line numbers and lengths, and the first 70 characters of this set's own long
lines), and `python -m pytest -q tests/benchmarks/test_table_sets_data.py` (`-k sixteenth`, once whole). The README
row was put in by a program that printed only which row it followed (the sixteenth_cf row, already
there).

Slip: three requests were reworded after their split was seen, to put a record of NotBlanks and
ThisWeek into the test half (which had none after the build): "Is the Snow Depth (cm) cell filled in?"
became "Has the Snow Depth (cm) been filled in?", "which jobs have a wall reading entered? B: any
figure at all?" became "which jobs have a wall reading typed in? B: any entry at all?", "Was the buoy
looked at this week?" became "Was the buoy checked this week?" (the meaning and rule of each kept);
so these three splits were chosen, unlike the rest. The two engineers kept apart scratch folders
(/tmp/e16t here); nothing of another engineer's was run or opened.

Not read: anything under cf_assistant/ but the public API above; `git log`, `git show`, any diff;
everyday_tables.py, everyday_common.py and tests/benchmarks/set_files.py (allowed, not needed),
../shared/docs/EVALUATION.md and ../shared/data/README.md; the TABLES, ENTRIES and COLUMNS of the
other builders (fifteenth_tables.py lines 204-1116 included); README.md past its first 12,000
characters (the fifteenth_tables row included: this set's row follows the rows seen); sixteenth_cf.py
and sixteenth_cf.json (written beside this set by engineer E16c; the builder compares with any set
file beside it by program only, as table_sets.requests_elsewhere does); the utterances or tables of
any JSON file (compared with this set's by program only, never printed). No request was run through
`cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to fifteenth_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows (a row, "the
whole row", "in full", "across the row", "Highlight rows with", or the incidents, jobs, dockets,
cases, tows, loads, buoys, sessions or installs themselves), "cells" otherwise; `naming` says how the
request names the tested column: `by-header` (its header's words or a plain spelling-out of them, or
its letter), `by-meaning` (what its values mean: a child under 16 for `Age`, slow call-outs, a hearing
aid's price, the wetter houses, the bills, less sludge, the heavier loads, who owes more, quick tows,
ships smaller than a tonnage, the cheaper loads, how far a light is seen, buoys that drifted, longer
sessions, long rails, the cheapest jobs, the days things happen, are picked up, are dumped or fitted)
or `by-value` (only values of it: Eagle Chute, Dr Shah, Phonak, Tom Walsh, Darren Pike, Hartley
Solicitors, R. Coleman, Parking, Svitzer Hawk, Capt. Mills, Calder, Aborted, THV Galatea, Safe water,
P. Quinn, Straight, Gareth, Sp...). Each rule tests one column. Every record is first built and
checked on its full table (everyday_tables' `build_record` with IDs prefixed `s16t-`; its `problems`:
a record that formats no row or every row, whose near misses its table cannot tell apart, text
operators exempt, or whose rule formats the same rows on another column is refused), and a request
already written (case aside) in any other set file of benchmarks/data/ or in the benchmark's train
split (../shared/data/cf/train.json) is refused, as is a column letter or range that is not the
rule's column. Then the records picked by a stable hash of the ID (about one in three,
`table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text below).
Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are not
written, date periods are (each table's one date column holds the fourteen days 06-11, 06-12, 06-13,
06-07, 06-04, 06-18, 06-27, 05-20, 07-08, 03-01, 06-14, 06-20, 06-25 and 05-29, in its own order, so
that the ten periods tell apart). Labels follow Excel: a blank compares as 0, any text is greater than
any number, an error is neither blank nor formatted by a comparison, text tests ignore case. Every
comparison's threshold is a value of its column (so that "at least" and "more than" differ there).

How refusals were fixed (22 refusals over 11 builds that refused some; no draft equalled a
request elsewhere): by changing cells (most: a second column's ranking, duplicates or threshold
rows made to differ from the tested one, as response time, snow depth and age; tank size against
volume pumped; weight against bags and charge; tonnage against duration; pressure against duplicates
of patients; air breaks against duration; a lone-space blank put where a "" blank made Blanks equal
Equals 0; a text ("n/m", "n/t", "n/i", "n/k", "tbc") or a 0 put into a column so that a visual rule
differs from NotBlanks and GreaterThan 0; a blank moved so that two columns' Blanks differ), or by
changing the rule (Equals on a middle value of its column, as "Blue" not "Black" or "Red"; Top 2 to
3, TopPercent 20 to 30, BottomPercent 20 to 30, with the wording changed to match; one
NotErrors record dropped, on ShreddingJobs' `Weight (kg)`, which has no blank). After the first full build
(340 records) 35% of the records were whole-row,
18% named the column otherwise than by its header and NotBlanks (one record), NextWeek and ThisWeek
had no test record, so 15 requests were replaced or reworded (nine new records of NotBlanks,
NextWeek and ThisWeek replacing Equals, GreaterThan and TextStartsWith records; six reworded by
meaning and for the whole row) and every second annotator line on cells (30, visual rules aside)
was turned into a whole-row line ("Highlight rows with ... in sheet ..."); then the three rewordings
under Slip above.

Tags: the naming, the style, then any of `boundary`, `negation`, `or`, `superlative`, `starts-ends`,
`date`, then `header-only` where the rows were dropped, then `sixteenth` (last). Every one of the 41
top functions is in both halves (dev, test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/sixteenth_tables.py` prints them): 340 records, dev 176 / test
164; 11 tables of 10 columns and 14 data rows each; 101 header-only records (30%; dev 44, test 57);
scope rows 161 (47%) / cells 179; naming by-header 267, by-meaning 54, by-value 19 (21% not by
header); styles forum 70, policy 70, quizform 68, dialogue 67, annotator 65; every one of the 41 top
functions in both halves, seven with one record in a half (NextMonth, ThisMonth and Tomorrow in dev;
IconSet, LastMonth, NotErrors and ThisWeek in test).

Rebuild: `python benchmarks/data/sixteenth_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "sixteenth_tables.json"
PREFIX = "s16t"
TAG = "sixteenth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and three new here: a short chat between two people with the
# request spread over two or three turns, policy or procedure language, and a question followed
# by the action to take when its answer is yes.
STYLES = ("annotator", "forum", "dialogue", "policy", "quizform")
# The requests of every other set file in this folder (these thirty-seven at the time of writing,
# and any written since, e.g. sixteenth_cf.json, written at the same time by another engineer)
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
              "fourteenth_tables.json", "fifteenth_cf.json", "fifteenth_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "£" amounts sit under a
# currency header as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.

TABLES = {}
ENTRIES = {}

TABLES["SkiPatrol"] = _table("""
Incident | Date | Run | Grade | Age | Response (min) | Snow Depth (cm) | Injury | Airlift? | Patroller
SP-101 | 2024-06-11 | Eagle Chute | Black | 34 | 12 | 85 | Knee sprain | No | Hallam
SP-102 | 2024-06-12 | Bunny Hill | Green | 7 | 4 | 80 | Wrist fracture | No | Okafor
SP-103 | 2024-06-13 | Powder Bowl | Red | 45 | 18 | 120 | Concussion | Yes | Hallam
SP-104 | 2024-06-07 | Summit Run | Blue | 29 | 9 | #N/A | Bruised hip | No | Lindqvist
SP-105 | 2024-06-04 | Eagle Chute | Black | 52 | 22 | 95 | Shoulder dislocation | Yes | Moreau
SP-106 | 2024-06-18 | Fox Trail | Blue | 16 | 7 | 70 | _ | No | Okafor
SP-107 | 2024-06-27 | Glacier Road | Green | 63 | 15 | 110 | Hypothermia | Pending | Lindqvist
SP-108 | 2024-05-20 | Powder Bowl | Red | 38 | 11 | _ | Knee ligament tear | Yes | Hallam
SP-109 | 2024-07-08 | Bunny Hill | Green | 9 | 8 | 65 | ~ | No | Petrov
SP-110 | 2024-03-01 | Summit Run | Blue | n/k | 14 | 140 | Ankle sprain | No | Kaur
SP-111 | 2024-06-14 | Fox Trail | Blue | 24 | 6 | 75 | Collision with tree | Pending | Petrov
SP-112 | 2024-06-20 | Glacier Road | Green | 71 | 26 | 100 | Chest pain | Yes | Okafor
SP-113 | 2024-06-25 | Eagle Chute | Black | 19 | 10 | 90 | Broken leg | Yes | Lindqvist
SP-114 | 2024-05-29 | Widow's Drop | Black | 41 | 17 | n/m | Knee sprain | No | Petrov
""")
ENTRIES["SkiPatrol"] = [
    ("Highlight Response (min) greater than 15 in sheet SkiPatrol", "GreaterThan({Response (min)}, 15)",
     "cells", "by-header", "annotator"),
    ("A: can you flag the slow call-outs? B: how slow? A: 22 minutes or more to respond. B: the whole row? A: yes.",
     "GreaterThanEqual({Response (min)}, 22)", "rows", "by-meaning", "dialogue", "boundary"),
    ("Any incident involving a child under 16 shall have its row shaded.", "LessThan({Age}, 16)",
     "rows", "by-meaning", "policy"),
    ("Was the casualty airlifted? If Airlift? says Yes, colour the row orange.",
     "TextEquals({Airlift?}, \"Yes\")", "rows", "by-header", "quizform"),
    ("Highlight rows with Grade equal to Blue in sheet SkiPatrol", "Equals({Grade}, \"Blue\")", "rows", "by-header",
     "annotator"),
    ("How do I highlight the Injury cells that contain the word sprain? Injury is column H.",
     "TextContains({Injury}, \"sprain\")", "cells", "by-header", "forum"),
    ("A: could you shade every incident on Eagle Chute? B: just the run cell or the whole line? A: whole line.",
     "TextEquals({Run}, \"Eagle Chute\")", "rows", "by-value", "dialogue"),
    ("Per section 2, incidents with no injury recorded are to be highlighted in the Injury column.",
     "Blanks({Injury})", "cells", "by-header", "policy"),
    ("Is the Snow Depth (cm) reading an error? Then highlight that cell.", "Errors({Snow Depth (cm)})",
     "cells", "by-header", "quizform"),
    ("Apply a colour scale to Snow Depth (cm) in sheet SkiPatrol", "ColorScale({Snow Depth (cm)})", "cells",
     "by-header", "annotator"),
    ("Is there a way to add data bars to the Age column so I can see how old our casualties are?",
     "DataBar({Age})", "cells", "by-header", "forum"),
    ("A: put icons on the snow readings. B: the depth cells? A: yes, an icon set on those.",
     "IconSet({Snow Depth (cm)})", "cells", "by-meaning", "dialogue"),
    ("The three longest response times shall be highlighted across the whole incident row.",
     "Top({Response (min)}, 3)", "rows", "by-header", "policy", "superlative"),
    ("Which casualties were the two youngest? Make those rows green.", "Bottom({Age}, 2)", "rows",
     "by-meaning", "quizform", "superlative"),
    ("Highlight Response (min) above average in sheet SkiPatrol", "AboveAverage({Response (min)})", "cells",
     "by-header", "annotator"),
    ("I want the whole row red when Snow Depth (cm) is below the column average. How?",
     "BelowAverage({Snow Depth (cm)})", "rows", "by-header", "forum"),
    ("A: which patrollers only worked one incident? B: highlight their names? A: yes, names that show up once.",
     "Unique({Patroller})", "cells", "by-header", "dialogue"),
    ("Every incident on a run not graded Green shall have its row highlighted.",
     "NotEquals({Grade}, \"Green\")", "rows", "by-header", "policy", "negation"),
    ("Does the run name begin with Glacier? If so, highlight the Run cell.",
     "TextStartsWith({Run}, \"Glacier\")", "cells", "by-header", "quizform", "starts-ends"),
    ("Highlight rows with Run ending with Trail in sheet SkiPatrol", "TextEndsWith({Run}, \"Trail\")", "rows",
     "by-header", "annotator", "starts-ends"),
    ("How can I highlight full rows where the Injury doesn't mention knee? Injury is in H.",
     "TextNotContains({Injury}, \"knee\")", "rows", "by-header", "forum", "negation"),
    ("A: mark yesterday's incidents. B: on the Date? A: yeah, just the date cells from yesterday.",
     "Yesterday({Date})", "cells", "by-header", "dialogue", "date"),
    ("Incident rows dated next week shall be shaded in full.", "NextWeek({Date})", "rows", "by-header",
     "policy", "date"),
    ("Did the incident happen last month? Then shade that whole row grey.", "LastMonth({Date})", "rows",
     "by-meaning", "quizform", "date"),
    ("Highlight Snow Depth (cm) between 70 and 100 in sheet SkiPatrol", "Between({Snow Depth (cm)}, 70, 100)",
     "cells", "by-header"  , "annotator"),
    ("Any way to flag the whole incident row when the patroller is Hallam or Petrov?",
     "OR(TextEquals({Patroller}, \"Hallam\"), TextEquals({Patroller}, \"Petrov\"))", "rows", "by-header",
     "forum", "or"),
    ("A: shade the Age cells for casualties over 24 but under 52. B: 52 itself not included? A: right.",
     "AND(GreaterThan({Age}, 24), LessThan({Age}, 52))", "cells", "by-header", "dialogue"),
    ("Where the Airlift? status is anything but Pending, that cell shall be highlighted.",
     "NOT(TextEquals({Airlift?}, \"Pending\"))", "cells", "by-header", "policy", "negation"),
    ("Has the Snow Depth (cm) been filled in? If it has, colour it blue.", "NotBlanks({Snow Depth (cm)})",
     "cells", "by-header", "quizform"),
]

TABLES["HyperbaricDives"] = _table("""
Session | Session Date | Patient | Indication | Pressure (ATA) | Duration (min) | Ear Pain (0-10) | Chamber \
| Air Breaks | Operator
HB-1001 | 2024-06-12 | K. Ward | Wound healing | 2.4 | 90 | 2 | Multiplace | 2 | Rosa
HB-1002 | 2024-06-20 | P. Quinn | Decompression illness | 2.8 | 285 | 5 | Multiplace | 4 | Imran
HB-1003 | 2024-06-07 | S. Tan | Radiation injury | 2.0 | 120 | 0 | Monoplace | 1 | Rosa
HB-1004 | 2024-03-01 | D. Ellis | Carbon monoxide | 3.0 | 110 | 7 | Multiplace | 3 | Bea
HB-1005 | 2024-06-11 | K. Ward | Wound healing | 2.4 | 95 | ~ | Monoplace | 2 | Imran
HB-1006 | 2024-06-27 | M. Roy | Sudden hearing loss | 2.5 | 100 | 3 | Monoplace | 2 | Rosa
HB-1007 | 2024-05-20 | P. Quinn | Decompression illness | 2.8 | 300 | 6 | Multiplace | 5 | Bea
HB-1008 | 2024-06-18 | J. Finch | Diabetic foot ulcer | 2.2 | 105 | 1 | Monoplace | ~ | Imran
HB-1009 | 2024-06-14 | S. Tan | Radiation injury | 2.0 | 125 | #VALUE! | Multiplace | 1 | Tom
HB-1010 | 2024-05-29 | A. Gill | Gas embolism | 2.9 | 270 | 4 | Multiplace | 3 | Rosa
HB-1011 | 2024-06-13 | M. Roy | Sudden hearing loss | 2.5 | 90 | 8 | Monoplace | 2 | Tom
HB-1012 | 2024-06-04 | J. Finch | Diabetic foot ulcer | 2.2 | 115 | 2 | Monoplace | 1 | Bea
HB-1013 | 2024-07-08 | L. Moss | Necrotising infection | 2.6 | aborted | 9 | Multiplace | 0 | Imran
HB-1014 | 2024-06-25 | D. Ellis | Smoke inhalation | 2.7 | 130 | 4 | Multiplace | 3 | Tom
""")
ENTRIES["HyperbaricDives"] = [
    ("Patients booked in for next week shall have their rows highlighted.", "NextWeek({Session Date})", "rows",
     "by-meaning", "policy", "date"),
    ("How do I shade rows where Duration (min) is 270 or more? Duration is column F.",
     "GreaterThanEqual({Duration (min)}, 270)", "rows", "by-header", "forum", "boundary"),
    ("A: flag the low ear pain scores. B: how low? A: 2 or less on the scale, just those cells.",
     "LessThanEqual({Ear Pain (0-10)}, 2)", "cells", "by-header", "dialogue", "boundary"),
    ("Sessions with fewer than 2 air breaks shall be highlighted in full.", "LessThan({Air Breaks}, 2)", "rows",
     "by-header", "policy"),
    ("Was it the monoplace chamber? If Chamber says Monoplace, highlight the row.",
     "TextEquals({Chamber}, \"Monoplace\")", "rows", "by-header", "quizform"),
    ("Highlight rows with Operator equal to Imran in sheet HyperbaricDives", "Equals({Operator}, \"Imran\")", "rows",
     "by-header", "annotator"),
    ("Is there a way to highlight every Indication containing injury?", "TextContains({Indication}, \"injury\")",
     "cells", "by-header", "forum"),
    ("A: colour Mr Quinn's sessions. B: P. Quinn? A: yes, every row of his.", "TextEquals({Patient}, \"P. Quinn\")",
     "rows", "by-value", "dialogue"),
    ("Sessions with an ear pain score filled in shall be highlighted in full.", "NotBlanks({Ear Pain (0-10)})",
     "rows", "by-header", "policy"),
    ("Does the indication end in loss? Then highlight it.", "TextEndsWith({Indication}, \"loss\")", "cells",
     "by-header", "quizform", "starts-ends"),
    ("Highlight Air Breaks blanks in sheet HyperbaricDives", "Blanks({Air Breaks})", "cells", "by-header",
     "annotator"),
    ("How do I highlight the #VALUE! in Ear Pain (0-10)?", "Errors({Ear Pain (0-10)})", "cells", "by-header",
     "forum"),
    ("A: colour scale for the session lengths? B: Duration (min)? A: yes.", "ColorScale({Duration (min)})",
     "cells", "by-header", "dialogue"),
    ("Session durations shall be shown with an icon set.", "IconSet({Duration (min)})", "cells", "by-header",
     "policy"),
    ("Is this among the 3 longest sessions? Then shade the row.", "Top({Duration (min)}, 3)", "rows",
     "by-meaning", "quizform", "superlative"),
    ("Highlight rows with Ear Pain (0-10) bottom 2 in sheet HyperbaricDives", "Bottom({Ear Pain (0-10)}, 2)", "rows",
     "by-header", "annotator", "superlative"),
    ("How do I highlight the top 20% of Ear Pain (0-10)?", "TopPercent({Ear Pain (0-10)}, 20)", "cells",
     "by-header", "forum", "superlative"),
    ("A: which sessions ran longer than normal? B: longer than the average? A: yes, the whole row.",
     "AboveAverage({Duration (min)})", "rows", "by-meaning", "dialogue"),
    ("Air breaks below the average number shall be highlighted.", "BelowAverage({Air Breaks})", "cells",
     "by-header", "policy"),
    ("Has this patient had more than one session? Then highlight the name.", "Duplicates({Patient})", "cells",
     "by-header", "quizform"),
    ("Highlight Session Date next month in sheet HyperbaricDives", "NextMonth({Session Date})", "cells",
     "by-header", "annotator", "date"),
    ("How can I shade the rows for sessions held last week?", "LastWeek({Session Date})", "rows", "by-header",
     "forum", "date"),
    ("A: who came in yesterday? B: by session date? A: yes, highlight yesterday's rows.",
     "Yesterday({Session Date})", "rows", "by-header", "dialogue", "date"),
    ("Sessions in the last 7 days shall have the date highlighted.", "Last7Days({Session Date})", "cells",
     "by-header", "policy", "date"),
    ("Is the Pressure (ATA) between 2.2 and 2.5? Then colour it.", "Between({Pressure (ATA)}, 2.2, 2.5)",
     "cells", "by-header", "quizform"),
    ("Highlight rows with Duration (min) not between 95 and 270 in sheet HyperbaricDives",
     "NotBetween({Duration (min)}, 95, 270)", "rows", "by-header", "annotator"),
    ("How do I highlight rows where the Operator is Bea or Tom?",
     "OR(TextEquals({Operator}, \"Bea\"), TextEquals({Operator}, \"Tom\"))", "rows", "by-header", "forum", "or"),
    ("A: the middle pressures. B: what range? A: above 2.2 but below 2.9 ATA.",
     "AND(GreaterThan({Pressure (ATA)}, 2.2), LessThan({Pressure (ATA)}, 2.9))", "cells", "by-meaning",
     "dialogue"),
    ("Sessions in a chamber other than Multiplace shall be highlighted in full.",
     "NOT(TextEquals({Chamber}, \"Multiplace\"))", "rows", "by-header", "policy", "negation"),
    ("Is the operator anyone but Rosa? Then highlight the operator.", "NotEquals({Operator}, \"Rosa\")", "cells",
     "by-header", "quizform", "negation"),
    ("How do I highlight Indication cells that don't contain illness?",
     "TextNotContains({Indication}, \"illness\")", "cells", "by-header", "forum", "negation"),
    ("Highlight Ear Pain (0-10) without errors in sheet HyperbaricDives", "NotErrors({Ear Pain (0-10)})",
     "cells", "by-header", "annotator"),
    ("Treatments shorter than 100 minutes shall be highlighted.", "LessThan({Duration (min)}, 100)", "cells",
     "by-meaning", "policy"),
]

TABLES["StairliftInstalls"] = _table("""
Install No | Install Date | Customer | Staircase | Rail Length (m) | Bends | Quote (£) | Engineer \
| Survey Done? | Weight Limit (kg)
SL-1101 | 2024-06-13 | Mrs Oduya | Straight | 4.2 | 0 | 2950 | Gareth | Yes | 136
SL-1102 | 2024-05-20 | Mr Blake | Curved | 6.8 | 2 | 6400 | Nadia | Yes | 127
SL-1103 | 2024-06-18 | Ms Ferreira | Straight | 4.1 | 0 | 2750 | Gareth | No | 120
SL-1104 | 2024-06-11 | Mr Kowalski | Spiral | 9.5 | 4 | 9800 | Dev | Yes | 115
SL-1105 | 2024-07-08 | Mrs Hughes | Curved | 7.1 | 3 | 7250 | Nadia | Booked | 127
SL-1106 | 2024-06-07 | Mr Achebe | Outdoor | 5.0 | 1 | 4900 | Dev | Yes | 160
SL-1107 | 2024-06-25 | Mrs Lamb | Straight | 4.5 | 0 | 3100 | Gareth | No | 136
SL-1108 | 2024-06-12 | Mr Singh | Curved | 6.2 | 2 | #N/A | Nadia | Yes | 127
SL-1109 | 2024-05-29 | Mrs Dunne | Split level | 8.0 | 3 | 7000 | Dev | Yes | ~
SL-1110 | 2024-06-27 | Mr Price | Straight | 3.6 | 0 | 2600 | Gareth | Booked | 120
SL-1111 | 2024-06-04 | Ms Rahman | Curved | 5.9 | 2 | 5750 | Nadia | Yes | 136
SL-1112 | 2024-06-20 | Mr Webb | Outdoor | 4.8 | 1 | quote pending | Dev | No | n/k
SL-1113 | 2024-03-01 | Mrs Cole | Straight | 4.0 | 0 | 2800 | Gareth | Yes | 120
SL-1114 | 2024-06-14 | Mr Haddad | Spiral | 10.2 | 5 | 11200 | Dev | Yes | 115
""")
ENTRIES["StairliftInstalls"] = [
    ("Highlight rows with rails longer than 6.2 metres in sheet StairliftInstalls",
     "GreaterThan({Rail Length (m)}, 6.2)",
     "rows", "by-meaning", "annotator"),
    ("How do I shade the rows where Bends is 3 or more? Bends is column F.", "GreaterThanEqual({Bends}, 3)",
     "rows", "by-header", "forum", "boundary"),
    ("A: which lifts came in cheap? B: under what? A: £2800 or less, highlight the price.",
     "LessThanEqual({Quote (£)}, 2800)", "cells", "by-meaning", "dialogue", "boundary"),
    ("Installations on a straight staircase shall be shaded in full.", "TextEquals({Staircase}, \"Straight\")",
     "rows", "by-value", "policy"),
    ("Is the weight limit under 127 kg? Then highlight the row.", "LessThan({Weight Limit (kg)}, 127)", "rows",
     "by-header", "quizform"),
    ("Highlight cells equal to Gareth in sheet StairliftInstalls", "Equals({Engineer}, \"Gareth\")", "cells",
     "by-value", "annotator"),
    ("How can I highlight the customers whose name contains Mrs?", "TextContains({Customer}, \"Mrs\")", "cells",
     "by-header", "forum"),
    ("A: mark the spiral and split-level ones. B: anything starting with Sp? A: exactly, just that cell.",
     "TextStartsWith({Staircase}, \"Sp\")", "cells", "by-value", "dialogue", "starts-ends"),
    ("Where the survey has not been done, the Survey Done? cell shall be highlighted.",
     "TextEquals({Survey Done?}, \"No\")", "cells", "by-header", "policy"),
    ("Is the quote an error? Then highlight the Quote (£) cell.", "Errors({Quote (£)})", "cells", "by-header",
     "quizform"),
    ("Highlight Weight Limit (kg) blanks in sheet StairliftInstalls", "Blanks({Weight Limit (kg)})", "cells",
     "by-header", "annotator"),
    ("Can I put data bars on the quotes? Quote is column G.", "DataBar({Quote (£)})", "cells", "by-header",
     "forum"),
    ("A: a colour scale for the weight limits? B: Weight Limit (kg)? A: yes.", "ColorScale({Weight Limit (kg)})",
     "cells", "by-header", "dialogue"),
    ("Is this one of the 3 longest rails? Then shade the row.", "Top({Rail Length (m)}, 3)", "rows",
     "by-meaning", "quizform", "superlative"),
    ("Highlight rows with Quote (£) below average in sheet StairliftInstalls", "BelowAverage({Quote (£)})", "rows",
     "by-header", "annotator"),
    ("The two cheapest jobs shall be highlighted across the row.", "Bottom({Quote (£)}, 2)", "rows",
     "by-meaning", "policy", "superlative"),
    ("A: which installs are in the top 25% by rail length? B: just the length cells? A: yes.",
     "TopPercent({Rail Length (m)}, 25)", "cells", "by-header", "dialogue", "superlative"),
    ("Does this weight limit appear more than once? Then highlight it.", "Duplicates({Weight Limit (kg)})",
     "cells", "by-header", "quizform"),
    ("Highlight Install Date this week in sheet StairliftInstalls", "ThisWeek({Install Date})", "cells",
     "by-header", "annotator", "date"),
    ("Lifts going in next week shall be highlighted in full.", "NextWeek({Install Date})", "rows", "by-meaning",
     "policy", "date"),
    ("Was it fitted last month? Then colour the row.", "LastMonth({Install Date})", "rows", "by-meaning",
     "quizform", "date"),
    ("How do I shade the whole row when the install date is today?", "Today({Install Date})", "rows",
     "by-header", "forum", "date"),
    ("A: check the mid-length rails. B: what range? A: between 4.5 and 6.8 metres.",
     "Between({Rail Length (m)}, 4.5, 6.8)", "cells", "by-meaning", "dialogue"),
    ("Where Survey Done? is Booked or No, the row shall be highlighted.",
     "OR(TextEquals({Survey Done?}, \"Booked\"), TextEquals({Survey Done?}, \"No\"))", "rows", "by-header",
     "policy", "or"),
]

TABLES["AudiologyTests"] = _table("""
Patient | Appointment | Audiologist | Left Ear (dB) | Right Ear (dB) | Speech Score | Tinnitus? | Aid Model \
| Cost (£) | Follow-up Notes
AU-201 | 2024-06-04 | Dr Shah | 25 | 30 | 92 | No | Phonak Audeo | 1450 | Review in 6 months
AU-202 | 2024-05-29 | Ms Byrne | 45 | 50 | 78 | Yes | Oticon More | 2100 | Wax removal first
AU-203 | 2024-06-12 | Dr Shah | 60 | 55 | 64 | Yes | Signia Pure | 1890 | _
AU-204 | 2024-06-18 | Mr Adeyemi | 15 | 20 | 98 | No | none | 250 | Normal hearing
AU-205 | 2024-03-01 | Ms Byrne | 70 | 75 | 52 | Yes | Oticon More | 2350 | Refer to ENT
AU-206 | 2024-06-11 | Dr Shah | 35 | 40 | 85 | Unsure | Phonak Audeo | 1450 | Review in 12 months
AU-207 | 2024-06-25 | Mr Adeyemi | 50 | #VALUE! | 71 | Yes | Widex Moment | 2600 | Right ear retest
AU-208 | 2024-06-07 | Ms Byrne | 20 | 25 | 95 | No | none | 0 | _
AU-209 | 2024-06-13 | Dr Okoro | 55 | 60 | 68 | Yes | Signia Pure | 1890 | Refer to ENT
AU-210 | 2024-07-08 | Dr Okoro | 40 | n/t | 81 | No | Phonak Lumity | tbc | Fitting booked
AU-211 | 2024-05-20 | Mr Adeyemi | 80 | 85 | 40 | Yes | Cochlear referral | 0 | Refer to implant team
AU-212 | 2024-06-14 | Dr Shah | 30 | 30 | 88 | No | Widex Moment | 2600 | Review in 6 months
AU-213 | 2024-06-20 | Ms Byrne | 65 | 60 | 59 | Unsure | Oticon More | 2100 | ~
AU-214 | 2024-06-27 | Dr Okoro | 10 | 0 | 100 | No | none | 0 | Discharged
""")
ENTRIES["AudiologyTests"] = [
    ("Highlight rows with Left Ear (dB) greater than or equal to 60 in sheet AudiologyTests",
     "GreaterThanEqual({Left Ear (dB)}, 60)", "rows", "by-header", "annotator", "boundary"),
    ("How do I make the whole row amber where Right Ear (dB) is above 50? Right Ear is column E.",
     "GreaterThan({Right Ear (dB)}, 50)", "rows", "by-header", "forum"),
    ("A: can you pick out the poor speech results? B: which ones? A: a speech score of 64 or lower. "
     "B: whole patient row? A: yes.", "LessThanEqual({Speech Score}, 64)", "rows", "by-header", "dialogue",
     "boundary"),
    ("Where a hearing aid is priced under £1450, the whole row shall be highlighted.",
     "LessThan({Cost (£)}, 1450)", "rows", "by-meaning", "policy"),
    ("Does the patient report tinnitus? If Tinnitus? is Yes, highlight the row.",
     "TextEquals({Tinnitus?}, \"Yes\")", "rows", "by-header", "quizform"),
    ("Highlight cells equal to Dr Shah in sheet AudiologyTests", "Equals({Audiologist}, \"Dr Shah\")",
     "cells", "by-value", "annotator"),
    ("Is there a formula-free way to shade rows where the Aid Model contains Oticon?",
     "TextContains({Aid Model}, \"Oticon\")", "rows", "by-header", "forum"),
    ("A: highlight anyone fitted with a Phonak. B: the model cell? A: yes, anything starting with Phonak.",
     "TextStartsWith({Aid Model}, \"Phonak\")", "cells", "by-value", "dialogue", "starts-ends"),
    ("Any follow-up note ending in ENT shall be highlighted.", "TextEndsWith({Follow-up Notes}, \"ENT\")",
     "cells", "by-header", "policy", "starts-ends"),
    ("Are the follow-up notes empty? If so, highlight the notes cell.", "Blanks({Follow-up Notes})", "cells",
     "by-header", "quizform"),
    ("Highlight Right Ear (dB) errors in sheet AudiologyTests", "Errors({Right Ear (dB)})", "cells",
     "by-header", "annotator"),
    ("How can I put a colour scale on Cost (£)? It's column I.", "ColorScale({Cost (£)})", "cells",
     "by-header", "forum"),
    ("A: data bars on the right ear numbers please. B: Right Ear (dB)? A: yep, that column.",
     "DataBar({Right Ear (dB)})", "cells", "by-header", "dialogue"),
    ("The three patients with the highest left ear readings shall have their rows shaded.",
     "Top({Left Ear (dB)}, 3)", "rows", "by-header", "policy", "superlative"),
    ("Is this one of the 3 best speech scores? Then make the Speech Score cell green.",
     "Top({Speech Score}, 3)", "cells", "by-header", "quizform", "superlative"),
    ("Highlight rows with Speech Score bottom 30% in sheet AudiologyTests", "BottomPercent({Speech Score}, 30)",
     "rows", "by-header", "annotator", "superlative"),
    ("How do I highlight the top 25% most expensive fittings, whole row?", "TopPercent({Cost (£)}, 25)",
     "rows", "by-meaning", "forum", "superlative"),
    ("A: shade the rows where the left ear is worse than average. B: worse meaning a higher dB? "
     "A: yes, above the average.", "AboveAverage({Left Ear (dB)})", "rows", "by-header", "dialogue"),
    ("Speech scores below the clinic average shall be highlighted.", "BelowAverage({Speech Score})", "cells",
     "by-header", "policy"),
    ("Has this aid model been fitted to more than one patient? Then highlight the model.",
     "Duplicates({Aid Model})", "cells", "by-header", "quizform"),
    ("Highlight Appointment this week in sheet AudiologyTests", "ThisWeek({Appointment})", "cells",
     "by-header", "annotator", "date"),
    ("Any way to flag the rows for patients coming in tomorrow?", "Tomorrow({Appointment})", "rows",
     "by-meaning", "forum", "date"),
    ("A: who's booked for next month? B: you want those rows coloured? A: yes please, by appointment date.",
     "NextMonth({Appointment})", "rows", "by-header", "dialogue", "date"),
    ("Appointments falling in the last 7 days shall have the date highlighted.", "Last7Days({Appointment})",
     "cells", "by-header", "policy", "date"),
    ("Is the Speech Score between 64 and 85? If yes, shade it yellow.", "Between({Speech Score}, 64, 85)",
     "cells", "by-header", "quizform"),
    ("Highlight rows with Left Ear (dB) not between 20 and 60 in sheet AudiologyTests",
     "NotBetween({Left Ear (dB)}, 20, 60)", "rows", "by-header", "annotator"),
    ("How do I shade whole rows where Tinnitus? is Yes or Unsure?",
     "OR(TextEquals({Tinnitus?}, \"Yes\"), TextEquals({Tinnitus?}, \"Unsure\"))", "rows", "by-header", "forum",
     "or"),
    ("A: mark the left ears at 30 dB or more but under 50. B: just the cells? A: just the cells.",
     "AND(GreaterThanEqual({Left Ear (dB)}, 30), LessThan({Left Ear (dB)}, 50))", "cells", "by-header",
     "dialogue"),
    ("Follow-up notes that do not begin with Refer shall be highlighted.",
     "NOT(TextStartsWith({Follow-up Notes}, \"Refer\"))", "cells", "by-header", "policy", "negation"),
    ("Does the aid model leave out the word none? Then highlight the whole row.",
     "TextNotContains({Aid Model}, \"none\")", "rows", "by-value", "quizform", "negation"),
]

TABLES["DampSurveys"] = _table("""
Job Ref | Survey Date | Surveyor | Postcode | Moisture (WME) | Salts Found? | Room Count | Quote (£) \
| Property Type | Remedy
DS-301 | 2024-06-13 | Priya Nair | LS6 2AB | 18 | Yes | 4 | 2400 | Terrace | Injection DPC
DS-302 | 2024-06-20 | Tom Walsh | LS8 1QT | 22 | Yes | 5 | 3850 | Semi | Tanking
DS-303 | 2024-06-07 | Priya Nair | BD3 9HL | 12 | No | 3 | 650 | Flat | Ventilation
DS-304 | 2024-05-29 | Gemma Lowe | HX1 4RP | 27 | Yes | 7 | 5200 | Detached | Tanking
DS-305 | 2024-06-12 | Tom Walsh | LS6 3JJ | 9 | No | 2 | 0 | Flat | None needed
DS-306 | 2024-03-01 | Gemma Lowe | WF2 7DD | 21 | Unknown | 5 | POA | Cottage | Lime repointing
DS-307 | 2024-06-11 | Ali Hassan | BD7 2EE | 15 | No | 4 | 1200 | Terrace | Guttering repair
DS-308 | 2024-07-08 | Priya Nair | LS8 5NN | #DIV/0! | Yes | 3 | 1950 | Semi | Injection DPC
DS-309 | 2024-06-04 | Ali Hassan | HX3 8TT | 30 | Yes | 8 | 6100 | Detached | Tanking and drainage
DS-310 | 2024-06-27 | Tom Walsh | WF1 2AA | 11 | No | 3 | 480 | Flat | Ventilation
DS-311 | 2024-05-20 | Gemma Lowe | LS6 9PP | 19 | Yes | ~ | 2400 | Terrace | Injection DPC
DS-312 | 2024-06-14 | Priya Nair | BD3 1CC | _ | No | 2 | 350 | Bungalow | Ventilation
DS-313 | 2024-06-25 | Ali Hassan | LS8 4GG | 23 | Yes | 5 | 3300 | Semi | Replaster
DS-314 | 2024-06-18 | Tom Walsh | HX1 6WW | 16 | No | 4 | 1500 | Terrace | Guttering repair
""")
ENTRIES["DampSurveys"] = [
    ("Highlight Moisture (WME) greater than 21 in sheet DampSurveys", "GreaterThan({Moisture (WME)}, 21)",
     "cells", "by-header", "annotator"),
    ("How do I shade the rows where the Quote (£) is 2400 or more? Quote is column H.",
     "GreaterThanEqual({Quote (£)}, 2400)", "rows", "by-header", "forum", "boundary"),
    ("A: which jobs are small? B: by rooms? A: yeah, 3 rooms or fewer, colour the room count.",
     "LessThanEqual({Room Count}, 3)", "cells", "by-header", "dialogue", "boundary"),
    ("Moisture readings below 12 shall be highlighted.", "LessThan({Moisture (WME)}, 12)", "cells",
     "by-header", "policy"),
    ("Were salts found? If Salts Found? reads Yes, highlight the whole job.",
     "TextEquals({Salts Found?}, \"Yes\")", "rows", "by-header", "quizform"),
    ("A: which jobs have a wall reading typed in? B: any entry at all? A: yes, anything not left empty, whole row.",
     "NotBlanks({Moisture (WME)})", "rows", "by-meaning", "dialogue"),
    ("Is there a way to highlight every Remedy containing DPC?", "TextContains({Remedy}, \"DPC\")", "cells",
     "by-header", "forum"),
    ("A: mark Tom's surveys. B: Tom Walsh? A: yes, the whole row for each of his.",
     "TextEquals({Surveyor}, \"Tom Walsh\")", "rows", "by-value", "dialogue"),
    ("Every postcode beginning with LS shall be highlighted in the Postcode column.",
     "TextStartsWith({Postcode}, \"LS\")", "cells", "by-header", "policy", "starts-ends"),
    ("Does the remedy end with repair? Then highlight that row.", "TextEndsWith({Remedy}, \"repair\")", "rows",
     "by-header", "quizform", "starts-ends"),
    ("Highlight rows with Room Count blanks in sheet DampSurveys", "Blanks({Room Count})", "rows", "by-header",
     "annotator"),
    ("How can I flag the error in Moisture (WME)? It's column E.", "Errors({Moisture (WME)})", "cells",
     "by-header", "forum"),
    ("A: a colour scale on the quotes? B: across Quote (£)? A: yes.", "ColorScale({Quote (£)})", "cells",
     "by-header", "dialogue"),
    ("Icons shall be applied to the quoted prices.", "IconSet({Quote (£)})", "cells", "by-meaning", "policy"),
    ("Is it one of the 3 biggest quotes? Then shade the row.", "Top({Quote (£)}, 3)", "rows", "by-header",
     "quizform", "superlative"),
    ("Highlight Moisture (WME) bottom 3 in sheet DampSurveys", "Bottom({Moisture (WME)}, 3)", "cells",
     "by-header", "annotator", "superlative"),
    ("How do I highlight the top 30% of Quote (£) values?", "TopPercent({Quote (£)}, 30)", "cells",
     "by-header", "forum", "superlative"),
    ("A: which houses are damper than usual? B: wetter than the average reading? A: exactly, the whole row.",
     "AboveAverage({Moisture (WME)})", "rows", "by-meaning", "dialogue"),
    ("Quotes lower than the average quote shall be highlighted.", "BelowAverage({Quote (£)})", "cells",
     "by-header", "policy"),
    ("Is this remedy used on only one job? Then highlight it.", "Unique({Remedy})", "cells", "by-header",
     "quizform"),
    ("Highlight rows with Survey Date today in sheet DampSurveys", "Today({Survey Date})", "rows", "by-header",
     "annotator", "date"),
    ("How would I shade the rows of surveys done last week?", "LastWeek({Survey Date})", "rows", "by-meaning",
     "forum", "date"),
    ("A: anything from this month? B: survey dates in June? A: yes, highlight those dates.",
     "ThisMonth({Survey Date})", "cells", "by-header", "dialogue", "date"),
    ("Surveys dated yesterday shall have their rows highlighted.", "Yesterday({Survey Date})", "rows",
     "by-header", "policy", "date"),
    ("Is the Quote (£) between 480 and 1950? If so, colour the cell.", "Between({Quote (£)}, 480, 1950)",
     "cells", "by-header", "quizform"),
    ("Highlight Moisture (WME) not equal to 16 in sheet DampSurveys", "NotEquals({Moisture (WME)}, 16)",
     "cells", "by-header", "annotator", "negation"),
    ("Can I shade the full rows where Surveyor is Gemma Lowe or Ali Hassan?",
     "OR(TextEquals({Surveyor}, \"Gemma Lowe\"), TextEquals({Surveyor}, \"Ali Hassan\"))", "rows", "by-header",
     "forum", "or"),
    ("A: highlight the mid-size quotes. B: what range? A: over 1200 and under 3300.",
     "AND(GreaterThan({Quote (£)}, 1200), LessThan({Quote (£)}, 3300))", "cells", "by-header", "dialogue"),
    ("Salts Found? entries other than Unknown shall be highlighted.",
     "NOT(TextEquals({Salts Found?}, \"Unknown\"))", "cells", "by-header", "policy", "negation"),
    ("Is the moisture figure free of errors? Then colour it.", "NotErrors({Moisture (WME)})", "cells",
     "by-header", "quizform"),
    ("Highlight rows with duplicate Quote (£) in sheet DampSurveys", "Duplicates({Quote (£)})", "rows", "by-header",
     "annotator"),
]

TABLES["SepticEmptying"] = _table("""
Docket | Visit Date | Driver | Village | Tank Size (L) | Volume Pumped (L) | Sludge Depth (cm) | Access \
| Invoice (£) | Paid?
SE-401 | 2024-06-25 | Darren Pike | Ashby Parva | 3000 | 2800 | 45 | Easy | 210 | Yes
SE-402 | 2024-06-12 | Mel Grant | Little Hale | 4500 | 4100 | 60 | Hose extension | 285 | No
SE-403 | 2024-03-01 | Darren Pike | Ashby Magna | 2700 | 2650 | 38 | Easy | 195 | Yes
SE-404 | 2024-06-14 | Kofi Mensah | Great Oakley | 6000 | 5400 | 72 | Narrow lane | 340 | Part
SE-405 | 2024-05-20 | Mel Grant | Little Hale | 3000 | 0 | ~ | Locked gate | 60 | Yes
SE-406 | 2024-06-04 | Kofi Mensah | Oakley Green | 3800 | 3500 | 55 | Easy | 240 | No
SE-407 | 2024-06-20 | Darren Pike | Ashby Parva | 7500 | 6900 | 80 | Hose extension | 395 | No
SE-408 | 2024-06-11 | Sian Evans | Great Oakley | 2700 | 2500 | #REF! | Easy | 195 | Yes
SE-409 | 2024-05-29 | Sian Evans | Much Wenlock | 4500 | 4300 | 66 | Tractor needed | 300 | Yes
SE-410 | 2024-06-18 | Mel Grant | Oakley Green | 3800 | 2950 | 50 | Narrow lane | n/c | Yes
SE-411 | 2024-06-07 | Kofi Mensah | Ashby Magna | 5000 | 4700 | 63 | Easy | 270 | Part
SE-412 | 2024-07-08 | Sian Evans | Little Hale | 3000 | 2900 | 41 | Easy | 210 | No
SE-413 | 2024-06-13 | Darren Pike | Much Wenlock | 9000 | 8200 | 88 | Tractor needed | 520 | Yes
SE-414 | 2024-06-27 | Mel Grant | Great Oakley | 6000 | 5300 | 70 | Hose extension | 355 | Yes
""")
ENTRIES["SepticEmptying"] = [
    ("Highlight Volume Pumped (L) greater than 4300 in sheet SepticEmptying",
     "GreaterThan({Volume Pumped (L)}, 4300)", "cells", "by-header", "annotator"),
    ("How do I colour whole rows where Sludge Depth (cm) is at least 66? Sludge Depth is column G.",
     "GreaterThanEqual({Sludge Depth (cm)}, 66)", "rows", "by-header", "forum", "boundary"),
    ("A: flag the small tanks. B: how small? A: 3000 litres or under, the whole row.",
     "LessThanEqual({Tank Size (L)}, 3000)", "rows", "by-header", "dialogue", "boundary"),
    ("Bills under £210 shall be highlighted.", "LessThan({Invoice (£)}, 210)", "cells", "by-meaning",
     "policy"),
    ("Has the customer paid? If Paid? is No, make the row red.", "TextEquals({Paid?}, \"No\")", "rows",
     "by-header", "quizform"),
    ("Has a sludge depth been entered? Then shade the whole docket.", "NotBlanks({Sludge Depth (cm)})", "rows",
     "by-header", "quizform"),
    ("Is there a way to highlight every Village containing Oakley?", "TextContains({Village}, \"Oakley\")",
     "cells", "by-header", "forum"),
    ("A: colour Darren's jobs. B: Darren Pike? A: yes, his whole rows.", "TextEquals({Driver}, \"Darren Pike\")",
     "rows", "by-value", "dialogue"),
    ("Villages beginning with Ashby shall be shaded across the whole docket.",
     "TextStartsWith({Village}, \"Ashby\")", "rows", "by-header", "policy", "starts-ends"),
    ("Does the village name end in Hale? Then highlight the village.", "TextEndsWith({Village}, \"Hale\")",
     "cells", "by-header", "quizform", "starts-ends"),
    ("Highlight rows with Sludge Depth (cm) blanks in sheet SepticEmptying", "Blanks({Sludge Depth (cm)})", "rows",
     "by-header", "annotator"),
    ("How do I highlight the #REF! errors in Sludge Depth (cm)?", "Errors({Sludge Depth (cm)})", "cells",
     "by-header", "forum"),
    ("A: data bars on the invoice amounts? B: Invoice (£)? A: that's the one.", "DataBar({Invoice (£)})",
     "cells", "by-header", "dialogue"),
    ("Icons shall be shown against each invoice amount.", "IconSet({Invoice (£)})", "cells", "by-header",
     "policy"),
    ("Is it among the 2 smallest loads pumped? Then shade the row.", "Bottom({Volume Pumped (L)}, 2)", "rows",
     "by-meaning", "quizform", "superlative"),
    ("Highlight Invoice (£) top 3 in sheet SepticEmptying", "Top({Invoice (£)}, 3)", "cells", "by-header",
     "annotator", "superlative"),
    ("How can I highlight the bottom 25% of Tank Size (L)?", "BottomPercent({Tank Size (L)}, 25)", "cells",
     "by-header", "forum", "superlative"),
    ("A: which jobs pumped out more than usual? B: above the average volume? A: yes, shade those rows.",
     "AboveAverage({Volume Pumped (L)})", "rows", "by-meaning", "dialogue"),
    ("Tanks holding less sludge than average shall be highlighted in full.", "BelowAverage({Sludge Depth (cm)})",
     "rows", "by-meaning", "policy"),
    ("Does this tank size come up on more than one docket? Then highlight the size.",
     "Duplicates({Tank Size (L)})", "cells", "by-header", "quizform"),
    ("Highlight rows with Visit Date next week in sheet SepticEmptying", "NextWeek({Visit Date})", "rows",
     "by-header", "annotator", "date"),
    ("How do I shade the rows for this week's visits?", "ThisWeek({Visit Date})", "rows", "by-header",
     "forum", "date"),
    ("A: what did we empty last month? B: visits in May? A: yes, colour those rows.",
     "LastMonth({Visit Date})", "rows", "by-header", "dialogue", "date"),
    ("Visits dated today shall be highlighted in the Visit Date column.", "Today({Visit Date})", "cells",
     "by-header", "policy", "date"),
    ("Is the Sludge Depth (cm) between 50 and 70? Then colour it amber.",
     "Between({Sludge Depth (cm)}, 50, 70)", "cells", "by-header", "quizform"),
    ("Highlight Tank Size (L) not between 3000 and 6000 in sheet SepticEmptying",
     "NotBetween({Tank Size (L)}, 3000, 6000)", "cells", "by-header", "annotator"),
    ("How can I highlight rows where Paid? is No or Part?",
     "OR(TextEquals({Paid?}, \"No\"), TextEquals({Paid?}, \"Part\"))", "rows", "by-header", "forum", "or"),
    ("A: mark the mid-range invoices. B: meaning? A: £240 or more but below £340, just those cells.",
     "AND(GreaterThanEqual({Invoice (£)}, 240), LessThan({Invoice (£)}, 340))", "cells", "by-header",
     "dialogue"),
    ("Any Access note other than Easy shall be highlighted.", "NOT(TextEquals({Access}, \"Easy\"))", "cells",
     "by-header", "policy", "negation"),
    ("Is the Invoice (£) anything but 195? Then shade the invoice.", "NotEquals({Invoice (£)}, 195)", "cells",
     "by-header", "quizform", "negation"),
    ("Highlight rows with Sludge Depth (cm) without errors in sheet SepticEmptying", "NotErrors({Sludge Depth (cm)})",
     "rows", "by-header", "annotator"),
    ("Is the word Easy missing from Access? Then highlight the row.", "TextNotContains({Access}, \"Easy\")",
     "rows", "by-header", "quizform", "negation"),
]

TABLES["ShreddingJobs"] = _table("""
Job No | Collection Date | Client | Sector | Bags | Weight (kg) | Certificate No | Witnessed? | Charge (£) \
| Console Site
SH-501 | 2024-06-07 | Hartley Solicitors | Legal | 12 | 140 | CD-7781 | Yes | 84 | Main office
SH-502 | 2024-06-27 | Brook Dental | Health | 4 | 48 | CD-7782 | No | 50 | Reception
SH-503 | 2024-06-12 | Fenwick Accountants | Finance | 20 | 150 | CD-7783 | Yes | 140 | Basement
SH-504 | 2024-05-20 | St Anne's Surgery | Health | 8 | 61 | CD-7784 | Yes | 60 | Records room
SH-505 | 2024-06-14 | Orbit Estates | Property | 3 | n/w | ~ | No | 30 | Reception
SH-506 | 2024-06-11 | Hartley Solicitors | Legal | 15 | 118 | CD-7786 | Yes | 105 | Archive
SH-507 | 2024-07-08 | County Archive | Public | 40 | 260 | CD-7787 | Yes | 275 | Strongroom
SH-508 | 2024-06-04 | Brook Dental | Health | 5 | #N/A | CD-7788 | No | 40 | Reception
SH-509 | 2024-06-20 | Pellow HR | Finance | 9 | 70 | CD-7789 | Requested | 66 | Main office
SH-510 | 2024-03-01 | Fenwick Accountants | Finance | 22 | 290 | CD-7790 | Yes | 152 | Basement
SH-511 | 2024-06-13 | Orbit Estates | Property | 6 | 44 | CD-7791 | No | 45 | Main office
SH-512 | 2024-05-29 | Marsh Vets | Health | 7 | 58 | CD-7792 | No | free | Back office
SH-513 | 2024-06-18 | County Archive | Public | 35 | 310 | CD-7793 | Yes | 240 | Strongroom
SH-514 | 2024-06-25 | Quill Insurance | Finance | 11 | 89 | CD-7794 | Requested | 80 | Archive
""")
ENTRIES["ShreddingJobs"] = [
    ("Collections scheduled for next week shall be shaded across the row.", "NextWeek({Collection Date})",
     "rows", "by-meaning", "policy", "date"),
    ("How do I highlight rows where Bags is 15 or more? Bags is column E.", "GreaterThanEqual({Bags}, 15)",
     "rows", "by-header", "forum", "boundary"),
    ("A: flag the cheap collections. B: below what? A: £45 or less, just the charge cell.",
     "LessThanEqual({Charge (£)}, 45)", "cells", "by-header", "dialogue", "boundary"),
    ("Collections of fewer than 6 bags shall be highlighted in full.", "LessThan({Bags}, 6)", "rows",
     "by-header", "policy"),
    ("Was the destruction witnessed? If Witnessed? is Yes, shade the row green.",
     "TextEquals({Witnessed?}, \"Yes\")", "rows", "by-header", "quizform"),
    ("Highlight Sector equal to Health in sheet ShreddingJobs", "Equals({Sector}, \"Health\")", "cells",
     "by-header", "annotator"),
    ("Is there a way to highlight Client cells containing Archive?", "TextContains({Client}, \"Archive\")",
     "cells", "by-header", "forum"),
    ("A: shade the Hartley jobs. B: Hartley Solicitors? A: yes, the whole row each time.",
     "TextEquals({Client}, \"Hartley Solicitors\")", "rows", "by-value", "dialogue"),
    ("Certificate numbers beginning with CD-779 shall be highlighted.",
     "TextStartsWith({Certificate No}, \"CD-779\")", "cells", "by-header", "policy", "starts-ends"),
    ("Does the console site end in office? Then highlight that site.", "TextEndsWith({Console Site}, \"office\")",
     "cells", "by-header", "quizform", "starts-ends"),
    ("Highlight rows with Certificate No blanks in sheet ShreddingJobs", "Blanks({Certificate No})", "rows",
     "by-header", "annotator"),
    ("How can I find the #N/A in Weight (kg)? I'd like it highlighted.", "Errors({Weight (kg)})", "cells",
     "by-header", "forum"),
    ("A: colour scale on the weights? B: Weight (kg)? A: yep.", "ColorScale({Weight (kg)})", "cells",
     "by-header", "dialogue"),
    ("The Charge (£) column shall carry data bars.", "DataBar({Charge (£)})", "cells", "by-header", "policy"),
    ("Is this one of the 2 heaviest loads? Then shade the row.", "Top({Weight (kg)}, 2)", "rows", "by-meaning",
     "quizform", "superlative"),
    ("Highlight Weight (kg) bottom 3 in sheet ShreddingJobs", "Bottom({Weight (kg)}, 3)", "cells", "by-header",
     "annotator", "superlative"),
    ("How do I highlight the top 20% of Weight (kg), whole rows?", "TopPercent({Weight (kg)}, 20)", "rows",
     "by-header", "forum", "superlative"),
    ("A: which clients sent more bags than usual? B: above the average number of bags? A: yes, the bag cells.",
     "AboveAverage({Bags})", "cells", "by-header", "dialogue"),
    ("Collections billed below the average shall be highlighted in full.", "BelowAverage({Charge (£)})", "rows",
     "by-meaning", "policy"),
    ("Has this client used us more than once? Then highlight the client.", "Duplicates({Client})", "cells",
     "by-header", "quizform"),
    ("Highlight rows with Collection Date last 7 days in sheet ShreddingJobs", "Last7Days({Collection Date})", "rows",
     "by-header", "annotator", "date"),
    ("How do I shade rows where the collection is next month?", "NextMonth({Collection Date})", "rows",
     "by-header", "forum", "date"),
    ("A: what's being picked up tomorrow? B: you want those rows highlighted? A: yes, the whole rows.",
     "Tomorrow({Collection Date})", "rows", "by-meaning", "dialogue", "date"),
    ("Collections dated this month shall be highlighted in the date column.", "ThisMonth({Collection Date})",
     "cells", "by-header", "policy", "date"),
    ("Is the Bags count between 7 and 12? Then colour it.", "Between({Bags}, 7, 12)", "cells", "by-header",
     "quizform"),
    ("Highlight Charge (£) not between 45 and 152 in sheet ShreddingJobs", "NotBetween({Charge (£)}, 45, 152)",
     "cells", "by-header", "annotator"),
    ("How do I highlight the whole row when Sector is Legal or Public?",
     "OR(TextEquals({Sector}, \"Legal\"), TextEquals({Sector}, \"Public\"))", "rows", "by-header", "forum", "or"),
    ("A: pick out the mid-weight jobs. B: what range? A: more than 58 kg and less than 150 kg.",
     "AND(GreaterThan({Weight (kg)}, 58), LessThan({Weight (kg)}, 150))", "cells", "by-meaning", "dialogue"),
    ("Any Witnessed? value other than Requested shall be highlighted.", "NotEquals({Witnessed?}, \"Requested\")",
     "cells", "by-header", "policy", "negation"),
    ("Does the console site not contain office? Then shade the row.",
     "NOT(TextContains({Console Site}, \"office\"))", "rows", "by-header", "quizform", "negation"),
    ("Highlight rows with Client unique values in sheet ShreddingJobs", "Unique({Client})", "rows", "by-header",
     "annotator"),
]

TABLES["BailiffVisits"] = _table("""
Case Ref | Visit Date | Agent | Debt Type | Debt (£) | Fee (£) | Visits Made | Outcome | Vulnerable? | Town
BV-601 | 2024-06-14 | R. Coleman | Council tax | 1240 | 235 | 2 | Paid in full | No | Derby
BV-602 | 2024-06-04 | J. Asante | Parking | 180 | 75 | 1 | Arrangement | No | Burton
BV-603 | 2024-06-20 | R. Coleman | Business rates | 8650 | 310 | 3 | Goods removed | No | Derby
BV-604 | 2024-06-12 | L. Doyle | Council tax | 2310 | 235 | 2 | No contact | Yes | Ilkeston
BV-605 | 2024-06-27 | M. Fraser | Magistrates fine | 560 | 75 | 1 | Arrangement | No | Belper
BV-606 | 2024-05-29 | J. Asante | Council tax | 960 | 235 | 4 | Returned to court | Yes | Burton
BV-607 | 2024-06-11 | L. Doyle | Parking | 95 | 75 | 1 | Paid in full | No | Ilkeston
BV-608 | 2024-03-01 | M. Fraser | Business rates | 14200 | 310 | 5 | Goods removed | Unknown | Matlock
BV-609 | 2024-06-13 | R. Coleman | Magistrates fine | 720 | #VALUE! | 2 | Part paid | No | Belper
BV-610 | 2024-05-20 | J. Asante | Council tax | 1875 | 235 | 3 | Arrangement | No | Derby
BV-611 | 2024-06-25 | L. Doyle | Commercial rent | 4300 | 310 | ~ | Pending | No | Matlock
BV-612 | 2024-06-07 | M. Fraser | Parking | 240 | 75 | 2 | No contact | Yes | Heanor
BV-613 | 2024-07-08 | R. Coleman | Council tax | 1580 | waived | 1 | Pending | Yes | Derby
BV-614 | 2024-06-18 | J. Asante | Commercial rent | 6100 | _ | 4 | Part paid | No | Ripley
""")
ENTRIES["BailiffVisits"] = [
    ("Highlight Debt (£) greater than 1875 in sheet BailiffVisits", "GreaterThan({Debt (£)}, 1875)", "cells",
     "by-header", "annotator"),
    ("How do I shade the full row when Visits Made is 3 or more? Visits Made is column G.",
     "GreaterThanEqual({Visits Made}, 3)", "rows", "by-header", "forum", "boundary"),
    ("A: small debts first. B: how small? A: £560 or less, highlight the Debt (£) cell.",
     "LessThanEqual({Debt (£)}, 560)", "cells", "by-header", "dialogue", "boundary"),
    ("Any case where fewer than 2 visits have been made shall be shaded in full.", "LessThan({Visits Made}, 2)",
     "rows", "by-header", "policy"),
    ("Is the debtor vulnerable? If Vulnerable? says Yes, highlight the row purple.",
     "TextEquals({Vulnerable?}, \"Yes\")", "rows", "by-header", "quizform"),
    ("How do I shade the full row wherever the Fee (£) cell isn't empty?", "NotBlanks({Fee (£)})", "rows",
     "by-header", "forum"),
    ("Is there a way to highlight every Debt Type containing rates?", "TextContains({Debt Type}, \"rates\")",
     "cells", "by-header", "forum"),
    ("A: colour Coleman's cases. B: R. Coleman? A: that's him, full rows.", "TextEquals({Agent}, \"R. Coleman\")",
     "rows", "by-value", "dialogue"),
    ("Debt types beginning with Council shall be highlighted.", "TextStartsWith({Debt Type}, \"Council\")",
     "cells", "by-header", "policy", "starts-ends"),
    ("Does the outcome end with court? Then highlight the outcome.", "TextEndsWith({Outcome}, \"court\")",
     "cells", "by-header", "quizform", "starts-ends"),
    ("Highlight rows with Visits Made blanks in sheet BailiffVisits", "Blanks({Visits Made})", "rows", "by-header",
     "annotator"),
    ("How do I highlight the error in Fee (£)? It's column F.", "Errors({Fee (£)})", "cells", "by-header",
     "forum"),
    ("A: can the fees get a colour scale? B: the Fee (£) column? A: yes.", "ColorScale({Fee (£)})", "cells",
     "by-header", "dialogue"),
    ("Fees shall be marked with an icon set.", "IconSet({Fee (£)})", "cells", "by-header", "policy"),
    ("Is it one of the 3 largest debts? Then shade the row.", "Top({Debt (£)}, 3)", "rows", "by-header",
     "quizform", "superlative"),
    ("Highlight Debt (£) bottom 2 in sheet BailiffVisits", "Bottom({Debt (£)}, 2)", "cells", "by-header",
     "annotator", "superlative"),
    ("How can I highlight the bottom 25% of Debt (£), full rows?", "BottomPercent({Debt (£)}, 25)", "rows",
     "by-header", "forum", "superlative"),
    ("A: who owes more than is typical? B: above the average? A: yes, shade their rows.",
     "AboveAverage({Debt (£)})", "rows", "by-meaning", "dialogue"),
    ("Visit counts below the average shall be highlighted.", "BelowAverage({Visits Made})", "cells",
     "by-header", "policy"),
    ("Is this town on more than one case? Then highlight the town.", "Duplicates({Town})", "cells",
     "by-header", "quizform"),
    ("Highlight rows with Visit Date yesterday in sheet BailiffVisits", "Yesterday({Visit Date})", "rows", "by-header",
     "annotator", "date"),
    ("How do I shade whole rows for visits booked next week?", "NextWeek({Visit Date})", "rows", "by-header",
     "forum", "date"),
    ("A: anything from last week? B: visit dates last week? A: yeah, colour the dates.",
     "LastWeek({Visit Date})", "cells", "by-header", "dialogue", "date"),
    ("Cases visited in the last 7 days shall be shaded across the row.", "Last7Days({Visit Date})", "rows",
     "by-meaning", "policy", "date"),
    ("Is the Debt (£) between 720 and 2310? Then colour it yellow.", "Between({Debt (£)}, 720, 2310)", "cells",
     "by-header", "quizform"),
    ("Highlight Visits Made not between 2 and 4 in sheet BailiffVisits", "NotBetween({Visits Made}, 2, 4)",
     "cells", "by-header", "annotator"),
    ("How do I highlight rows where Outcome is Pending or No contact?",
     "OR(TextEquals({Outcome}, \"Pending\"), TextEquals({Outcome}, \"No contact\"))", "rows", "by-header",
     "forum", "or"),
    ("A: the mid-size debts please. B: what band? A: over £960 and under £4300, just the debt cell.",
     "AND(GreaterThan({Debt (£)}, 960), LessThan({Debt (£)}, 4300))", "cells", "by-header", "dialogue"),
    ("Every case whose Vulnerable? flag is not No shall be highlighted in full.",
     "NOT(TextEquals({Vulnerable?}, \"No\"))", "rows", "by-header", "policy", "negation"),
    ("Is the Fee (£) something other than 310? Then highlight the fee.", "NotEquals({Fee (£)}, 310)", "cells",
     "by-header", "quizform", "negation"),
    ("Highlight rows with Fee (£) without errors in sheet BailiffVisits", "NotErrors({Fee (£)})", "rows", "by-header",
     "annotator"),
    ("How can I highlight Outcome cells that don't contain paid?", "TextNotContains({Outcome}, \"paid\")",
     "cells", "by-header", "forum", "negation"),
    ("All parking cases shall be highlighted in full.", "TextEquals({Debt Type}, \"Parking\")", "rows",
     "by-value", "policy"),
]

TABLES["TugboatTows"] = _table("""
Tow No | Tow Date | Tug | Vessel | Vessel Type | Gross Tonnage | Bollard Pull (t) | Duration (min) | Pilot | Tide
TG-701 | 2024-06-18 | Svitzer Hawk | MV Nordic Star | Container | 48200 | 65 | 95 | Capt. Reyes | Flood
TG-702 | 2024-06-13 | Redcliffe | Coral Breeze | Tanker | 29800 | 50 | 70 | Capt. Mills | Ebb
TG-703 | 2024-05-29 | Svitzer Hawk | Baltic Pearl | Bulk carrier | 61500 | 80 | 88 | Capt. Reyes | Slack
TG-704 | 2024-06-12 | Tamar | Island Ferry II | Ro-ro | 12400 | 35 | 75 | Capt. Osei | Flood
TG-705 | 2024-06-07 | Redcliffe | MV Haven Spirit | Container | 52900 | 70 | ~ | Capt. Mills | Ebb
TG-706 | 2024-07-08 | Tamar | Ocean Dawn | Cruise | 90100 | 60 | 105 | Capt. Osei | Flood
TG-707 | 2024-06-27 | Portway | Stena Glory | Tanker | 33600 | 45 | 65 | Capt. Reyes | Ebb
TG-708 | 2024-06-14 | Svitzer Hawk | MV Aldgate | Bulk carrier | 41000 | 75 | 85 | Capt. Lund | Slack
TG-709 | 2024-03-01 | Portway | Fjord Queen | Cruise | 74800 | #N/A | 110 | Capt. Lund | Flood
TG-710 | 2024-06-04 | Tamar | Nordic Trader | Ro-ro | 15700 | 40 | 45 | Capt. Osei | Ebb
TG-711 | 2024-06-20 | Redcliffe | MV Severn Belle | Container | 38900 | 55 | 80 | Capt. Mills | Flood
TG-712 | 2024-06-11 | Portway | Coral Sands | Tanker | 27300 | tbc | 60 | Capt. Lund | Slack
TG-713 | 2024-05-20 | Svitzer Hawk | Eastern Glory | Bulk carrier | 58600 | 85 | cancelled | Capt. Reyes | Ebb
TG-714 | 2024-06-25 | Tamar | Solent Pride | Yacht | 9800 | 25 | 35 | Capt. Osei | Flood
""")
ENTRIES["TugboatTows"] = [
    ("A: which ships are we towing next week? B: going by the tow date? A: yes, shade those rows.",
     "NextWeek({Tow Date})", "rows", "by-meaning", "dialogue", "date"),
    ("How do I shade the row when Bollard Pull (t) is 70 or more? It's column G.",
     "GreaterThanEqual({Bollard Pull (t)}, 70)", "rows", "by-header", "forum", "boundary"),
    ("A: which jobs were quick? B: how quick? A: done in 60 minutes or under, highlight those times.",
     "LessThanEqual({Duration (min)}, 60)", "cells", "by-meaning", "dialogue", "boundary"),
    ("Ships smaller than 15700 tonnes shall be shaded in full.", "LessThan({Gross Tonnage}, 15700)", "rows",
     "by-meaning", "policy"),
    ("Was the tow on an ebb tide? If Tide says Ebb, highlight the row.", "TextEquals({Tide}, \"Ebb\")", "rows",
     "by-header", "quizform"),
    ("Highlight Vessel Type equal to Cruise in sheet TugboatTows", "Equals({Vessel Type}, \"Cruise\")", "cells",
     "by-header", "annotator"),
    ("Can I highlight every vessel name containing Glory?", "TextContains({Vessel}, \"Glory\")", "cells",
     "by-header", "forum"),
    ("A: mark every job Svitzer Hawk did. B: the whole row? A: yes please.",
     "TextEquals({Tug}, \"Svitzer Hawk\")", "rows", "by-value", "dialogue"),
    ("Vessel names beginning with MV shall be highlighted.", "TextStartsWith({Vessel}, \"MV\")", "cells",
     "by-header", "policy", "starts-ends"),
    ("Does the tug's name end in way? Then highlight it.", "TextEndsWith({Tug}, \"way\")", "cells", "by-header",
     "quizform", "starts-ends"),
    ("Highlight rows with Duration (min) blanks in sheet TugboatTows", "Blanks({Duration (min)})", "rows", "by-header",
     "annotator"),
    ("How do I highlight the #N/A in Bollard Pull (t)?", "Errors({Bollard Pull (t)})", "cells", "by-header",
     "forum"),
    ("A: colour scale on how long each tow took? B: the Duration (min) column? A: yep.",
     "ColorScale({Duration (min)})", "cells", "by-header", "dialogue"),
    ("Bollard pull figures shall carry data bars.", "DataBar({Bollard Pull (t)})", "cells", "by-header",
     "policy"),
    ("Is it one of the 3 biggest ships? Then shade the row.", "Top({Gross Tonnage}, 3)", "rows", "by-meaning",
     "quizform", "superlative"),
    ("Highlight Duration (min) bottom 2 in sheet TugboatTows", "Bottom({Duration (min)}, 2)", "cells",
     "by-header", "annotator", "superlative"),
    ("How can I highlight the shortest 25% of tows by Duration (min)?", "BottomPercent({Duration (min)}, 25)",
     "cells", "by-header", "forum", "superlative"),
    ("Jobs in the top 20% for Bollard Pull (t) shall be highlighted in full.", "TopPercent({Bollard Pull (t)}, 20)",
     "rows", "by-header", "policy", "superlative"),
    ("A: which ships were heavier than usual? B: above the average size? A: yes, just those cells.",
     "AboveAverage({Gross Tonnage})", "cells", "by-meaning", "dialogue"),
    ("Tows lasting less than the average shall be highlighted in full.", "BelowAverage({Duration (min)})",
     "rows", "by-meaning", "policy"),
    ("Is this the only tow of its vessel type? Then highlight the type.", "Unique({Vessel Type})", "cells",
     "by-header", "quizform"),
    ("Highlight rows with Tow Date this month in sheet TugboatTows", "ThisMonth({Tow Date})", "rows", "by-header",
     "annotator", "date"),
    ("How do I shade rows for tows last month?", "LastMonth({Tow Date})", "rows", "by-header", "forum", "date"),
    ("A: what's on for today? B: today's jobs? A: yes, the whole rows.", "Today({Tow Date})", "rows",
     "by-meaning", "dialogue", "date"),
    ("Tows dated tomorrow shall have the date highlighted.", "Tomorrow({Tow Date})", "cells", "by-header",
     "policy", "date"),
    ("Is the Gross Tonnage between 27300 and 41000? Then colour it.", "Between({Gross Tonnage}, 27300, 41000)",
     "cells", "by-header", "quizform"),
    ("Highlight Bollard Pull (t) not between 40 and 70 in sheet TugboatTows",
     "NotBetween({Bollard Pull (t)}, 40, 70)", "cells", "by-header", "annotator"),
    ("How do I shade rows where the Tide is Flood or Slack?",
     "OR(TextEquals({Tide}, \"Flood\"), TextEquals({Tide}, \"Slack\"))", "rows", "by-header", "forum", "or"),
    ("A: mid-sized ships only. B: going by tonnage? A: yes, over 27300 and under 52900.",
     "AND(GreaterThan({Gross Tonnage}, 27300), LessThan({Gross Tonnage}, 52900))", "cells", "by-header",
     "dialogue"),
    ("Tows on which Capt. Osei was not the pilot shall be highlighted in full.",
     "NOT(TextEquals({Pilot}, \"Capt. Osei\"))", "rows", "by-header", "policy", "negation"),
    ("Is the Tide anything other than Flood? Then highlight the tide.", "NotEquals({Tide}, \"Flood\")", "cells",
     "by-header", "quizform", "negation"),
    ("How do I highlight the vessels whose name doesn't contain MV?", "TextNotContains({Vessel}, \"MV\")",
     "cells", "by-header", "forum", "negation"),
    ("Highlight cells equal to Capt. Mills in sheet TugboatTows", "Equals({Pilot}, \"Capt. Mills\")", "cells",
     "by-value", "annotator"),
]

TABLES["DredgeLoads"] = _table("""
Load No | Dump Date | Dredger | Berth | Volume (m³) | Solids (t) | Contamination | Sample ID | Disposal Site | Cost (£)
DR-801 | 2024-06-20 | Ouse Digger | Berth 4 | 1850 | 2400 | Low | SMP-1101 | Site A offshore | 9200
DR-802 | 2024-03-01 | Humber Grab | Berth 7 | 1200 | 2100 | Medium | SMP-1102 | Site B onshore | 7400
DR-803 | 2024-06-11 | Ouse Digger | Lock approach | 2300 | 2900 | Low | SMP-1103 | Site A offshore | 11500
DR-804 | 2024-06-25 | Trent Hopper | Berth 2 | 950 | 1100 | High | SMP-1104 | Licensed landfill | 15800
DR-805 | 2024-06-13 | Humber Grab | Berth 7 | 1400 | #DIV/0! | Low | SMP-1105 | Site B onshore | 6900
DR-806 | 2024-05-20 | Trent Hopper | Turning basin | 3100 | 3300 | Medium | ~ | Site A offshore | 13200
DR-807 | 2024-06-04 | Ouse Digger | Berth 4 | 1750 | 1800 | Low | SMP-1107 | Site A offshore | 8600
DR-808 | 2024-07-08 | Calder | Lock approach | 600 | 900 | High | SMP-1108 | Licensed landfill | 12100
DR-809 | 2024-06-12 | Humber Grab | Berth 9 | 2050 | 3400 | Low | SMP-1109 | Site A offshore | 9900
DR-810 | 2024-06-27 | Calder | Berth 2 | 800 | 1300 | Medium | SMP-1110 | Site B onshore | 5200
DR-811 | 2024-05-29 | Trent Hopper | Turning basin | 2650 | 3000 | Pending | SMP-1111 | Site A offshore | TBC
DR-812 | 2024-06-18 | Ouse Digger | Berth 11 | 1500 | 2500 | Low | SMP-1112 | Site B onshore | 7100
DR-813 | 2024-06-07 | Calder | Slipway | 0 | 0 | Low | SMP-1113 | Aborted | 1500
DR-814 | 2024-06-14 | Humber Grab | Turning basin | 2800 | 2750 | Medium | SMP-1114 | Site A offshore | 10400
""")
ENTRIES["DredgeLoads"] = [
    ("Highlight rows with Volume (m³) greater than 2050 in sheet DredgeLoads", "GreaterThan({Volume (m³)}, 2050)",
     "rows",
     "by-header", "annotator"),
    ("How do I shade full rows where Solids (t) is at least 2900? Solids is column F.",
     "GreaterThanEqual({Solids (t)}, 2900)", "rows", "by-header", "forum", "boundary"),
    ("A: find the light loads. B: how light? A: 1300 tonnes of solids or less. B: whole row? A: yes.",
     "LessThanEqual({Solids (t)}, 1300)", "rows", "by-header", "dialogue", "boundary"),
    ("Loads cheaper than £7100 shall be highlighted in full.", "LessThan({Cost (£)}, 7100)", "rows",
     "by-meaning", "policy"),
    ("Is the contamination High? Then make the row red.", "TextEquals({Contamination}, \"High\")", "rows",
     "by-header", "quizform"),
    ("How do I highlight the rows for loads dumped this week?", "ThisWeek({Dump Date})", "rows", "by-meaning",
     "forum", "date"),
    ("Is there a way to highlight the Disposal Site cells containing offshore?",
     "TextContains({Disposal Site}, \"offshore\")", "cells", "by-header", "forum"),
    ("A: show me Calder's loads. B: the dredger Calder? A: yes, the full rows.",
     "TextEquals({Dredger}, \"Calder\")", "rows", "by-value", "dialogue"),
    ("Locations beginning with Turning shall be highlighted in full.", "TextStartsWith({Berth}, \"Turning\")",
     "rows", "by-meaning", "policy", "starts-ends"),
    ("Does the disposal site end in landfill? Then highlight the site.",
     "TextEndsWith({Disposal Site}, \"landfill\")", "cells", "by-header", "quizform", "starts-ends"),
    ("Highlight Sample ID blanks in sheet DredgeLoads", "Blanks({Sample ID})", "cells", "by-header",
     "annotator"),
    ("How can I highlight the #DIV/0! in Solids (t)? Column F.", "Errors({Solids (t)})", "cells", "by-header",
     "forum"),
    ("A: put a colour scale on the costs. B: Cost (£)? A: yes.", "ColorScale({Cost (£)})", "cells",
     "by-header", "dialogue"),
    ("What each load cost shall be displayed with data bars.", "DataBar({Cost (£)})", "cells", "by-header",
     "policy"),
    ("Is this one of the 3 biggest loads by volume? Then shade the row.", "Top({Volume (m³)}, 3)", "rows",
     "by-header", "quizform", "superlative"),
    ("Highlight rows with Cost (£) bottom 2 in sheet DredgeLoads", "Bottom({Cost (£)}, 2)", "rows", "by-header",
     "annotator", "superlative"),
    ("How do I highlight the top 20% of Cost (£), whole rows?", "TopPercent({Cost (£)}, 20)", "rows",
     "by-header", "forum", "superlative"),
    ("A: which loads carried more solids than average? B: the Solids (t) figure? A: yes, highlight those.",
     "AboveAverage({Solids (t)})", "cells", "by-header", "dialogue"),
    ("Loads smaller than the average shall be shaded in full.", "BelowAverage({Volume (m³)})", "rows",
     "by-meaning", "policy"),
    ("Has this berth been dredged more than once in the log? Then highlight the berth.",
     "Duplicates({Berth})", "cells", "by-header", "quizform"),
    ("Highlight Dump Date last week in sheet DredgeLoads", "LastWeek({Dump Date})", "cells", "by-header",
     "annotator", "date"),
    ("How do I shade whole rows for loads dumped yesterday?", "Yesterday({Dump Date})", "rows", "by-meaning",
     "forum", "date"),
    ("A: what's coming up next week? B: dump dates next week? A: yes, colour those dates.",
     "NextWeek({Dump Date})", "cells", "by-header", "dialogue", "date"),
    ("Loads to be dumped next month shall be highlighted in full.", "NextMonth({Dump Date})", "rows",
     "by-meaning", "policy", "date"),
    ("Is the Volume (m³) between 1200 and 1850? Then colour it.", "Between({Volume (m³)}, 1200, 1850)",
     "cells", "by-header", "quizform"),
    ("Highlight rows with Solids (t) not between 1300 and 3000 in sheet DredgeLoads",
     "NotBetween({Solids (t)}, 1300, 3000)",
     "rows", "by-header", "annotator"),
    ("How can I shade rows where Contamination is Medium or Pending?",
     "OR(TextEquals({Contamination}, \"Medium\"), TextEquals({Contamination}, \"Pending\"))", "rows",
     "by-header", "forum", "or"),
    ("A: the mid-priced loads. B: what range? A: above £7400 but below £12100, just the price cells.",
     "AND(GreaterThan({Cost (£)}, 7400), LessThan({Cost (£)}, 12100))", "cells", "by-meaning", "dialogue"),
    ("Every load whose contamination is not Low shall be highlighted in full.",
     "NOT(TextEquals({Contamination}, \"Low\"))", "rows", "by-header", "policy", "negation"),
    ("Is the dredger anything other than Ouse Digger? Then highlight its name.",
     "NotEquals({Dredger}, \"Ouse Digger\")", "cells", "by-header", "quizform", "negation"),
    ("How do I highlight Disposal Site cells that don't contain Site?",
     "TextNotContains({Disposal Site}, \"Site\")", "cells", "by-header", "forum", "negation"),
    ("Highlight Aborted in sheet DredgeLoads", "TextEquals({Disposal Site}, \"Aborted\")", "cells", "by-value",
     "annotator"),
]

TABLES["BuoyChecks"] = _table("""
Buoy ID | Inspected | Vessel | Buoy Type | Light Range (nm) | Battery (V) | Fouling | Chain Wear (mm) \
| Position Error (m) | Action
BY-901 | 2024-06-27 | THV Alert | Port lateral | 3 | 12.6 | Light | 4 | 8 | None
BY-902 | 2024-06-14 | THV Galatea | Starboard lateral | 4 | 11.9 | Heavy | 9 | 15 | Clean and repaint
BY-903 | 2024-06-04 | THV Alert | North cardinal | 5 | 12.2 | Moderate | 6 | 22 | Reposition
BY-904 | 2024-05-29 | THV Patricia | Isolated danger | 6 | 10.8 | Heavy | 12 | 5 | Replace chain
BY-905 | 2024-06-18 | THV Galatea | Safe water | 3 | 12.8 | None | 3 | 3 | None
BY-906 | 2024-06-12 | THV Alert | South cardinal | 5 | #N/A | Moderate | 7 | 41 | Reposition
BY-907 | 2024-03-01 | THV Patricia | Port lateral | 2 | 11.4 | Light | 5 | 11 | Replace lantern
BY-908 | 2024-06-13 | THV Galatea | Special mark | 2 | 12.1 | Heavy | 10 | ~ | Clean and repaint
BY-909 | 2024-06-25 | THV Patricia | East cardinal | 5 | 12.4 | Light | 8 | 9 | None
BY-910 | 2024-06-07 | THV Alert | Starboard lateral | 4 | 10.5 | Moderate | 14 | 18 | Replace chain
BY-911 | 2024-07-08 | THV Galatea | West cardinal | 5 | 12.0 | n/i | n/i | 7 | Not inspected
BY-912 | 2024-05-20 | THV Patricia | Port lateral | 3 | 11.7 | Light | 6 | 26 | Reposition
BY-913 | 2024-06-11 | THV Alert | Wreck mark | 4 | 12.5 | Heavy | 11 | 13 | Clean and repaint
BY-914 | 2024-06-20 | THV Galatea | Safe water | 3 | 12.3 | None | 4 | 6 | None
""")
ENTRIES["BuoyChecks"] = [
    ("Highlight rows with Position Error (m) greater than 15 in sheet BuoyChecks",
     "GreaterThan({Position Error (m)}, 15)",
     "rows", "by-header", "annotator"),
    ("How do I shade rows where Chain Wear (mm) is 10 or more? Chain Wear is column H.",
     "GreaterThanEqual({Chain Wear (mm)}, 10)", "rows", "by-header", "forum", "boundary"),
    ("A: check the weak batteries. B: what voltage? A: 11.7 volts or less, just the battery cells.",
     "LessThanEqual({Battery (V)}, 11.7)", "cells", "by-header", "dialogue", "boundary"),
    ("Buoys whose light can be seen for under 3 nautical miles shall be highlighted in full.",
     "LessThan({Light Range (nm)}, 3)", "rows", "by-meaning", "policy"),
    ("Is the fouling Heavy? Then shade the row brown.", "TextEquals({Fouling}, \"Heavy\")", "rows", "by-header",
     "quizform"),
    ("Was the buoy checked this week? Then shade the whole row.", "ThisWeek({Inspected})", "rows",
     "by-meaning", "quizform", "date"),
    ("Can I highlight every Buoy Type containing cardinal?", "TextContains({Buoy Type}, \"cardinal\")", "cells",
     "by-header", "forum"),
    ("A: mark the Galatea's checks. B: THV Galatea? A: yes, whole rows.", "TextEquals({Vessel}, \"THV Galatea\")",
     "rows", "by-value", "dialogue"),
    ("Actions beginning with Replace shall be highlighted in full.", "TextStartsWith({Action}, \"Replace\")",
     "rows", "by-header", "policy", "starts-ends"),
    ("Does the buoy type end with lateral? Then highlight the type.", "TextEndsWith({Buoy Type}, \"lateral\")",
     "cells", "by-header", "quizform", "starts-ends"),
    ("Highlight Position Error (m) blanks in sheet BuoyChecks", "Blanks({Position Error (m)})", "cells",
     "by-header", "annotator"),
    ("How do I flag the #N/A in Battery (V)? Column F.", "Errors({Battery (V)})", "cells", "by-header", "forum"),
    ("A: a colour scale on the chain wear? B: Chain Wear (mm)? A: that's it.", "ColorScale({Chain Wear (mm)})",
     "cells", "by-header", "dialogue"),
    ("Chain wear shall be displayed as data bars.", "DataBar({Chain Wear (mm)})", "cells", "by-header", "policy"),
    ("Is this one of the 2 most worn chains? Then shade the row.", "Top({Chain Wear (mm)}, 2)", "rows",
     "by-header", "quizform", "superlative"),
    ("Highlight rows with Battery (V) bottom 3 in sheet BuoyChecks", "Bottom({Battery (V)}, 3)", "rows", "by-header",
     "annotator", "superlative"),
    ("How can I highlight the top 25% of Position Error (m)?", "TopPercent({Position Error (m)}, 25)", "cells",
     "by-header", "forum", "superlative"),
    ("A: which buoys have drifted further than usual? B: more than the average? A: yes, the whole row.",
     "AboveAverage({Position Error (m)})", "rows", "by-meaning", "dialogue"),
    ("Battery voltages below the average shall be highlighted.", "BelowAverage({Battery (V)})", "cells",
     "by-header", "policy"),
    ("Is this buoy type used on more than one buoy? Then highlight the type.", "Duplicates({Buoy Type})",
     "cells", "by-header", "quizform"),
    ("Highlight Inspected last month in sheet BuoyChecks", "LastMonth({Inspected})", "cells", "by-header",
     "annotator", "date"),
    ("How can I shade the whole rows of buoys inspected this week?", "ThisWeek({Inspected})", "rows",
     "by-header", "forum", "date"),
    ("A: anything looked at today? B: by the date? A: yes, highlight today's dates.", "Today({Inspected})",
     "cells", "by-meaning", "dialogue", "date"),
    ("Buoys checked tomorrow shall be highlighted in full.", "Tomorrow({Inspected})", "rows", "by-meaning",
     "policy", "date"),
    ("Is the Chain Wear (mm) between 5 and 9? Then colour it.", "Between({Chain Wear (mm)}, 5, 9)", "cells",
     "by-header", "quizform"),
    ("Highlight rows with Position Error (m) not between 6 and 18 in sheet BuoyChecks",
     "NotBetween({Position Error (m)}, 6, 18)", "rows", "by-header", "annotator"),
    ("How do I highlight rows where the Action is Reposition or Replace chain?",
     "OR(TextEquals({Action}, \"Reposition\"), TextEquals({Action}, \"Replace chain\"))", "rows", "by-header",
     "forum", "or"),
    ("A: the middling batteries. B: what range? A: over 11.4 and under 12.4 volts.",
     "AND(GreaterThan({Battery (V)}, 11.4), LessThan({Battery (V)}, 12.4))", "cells", "by-header", "dialogue"),
    ("Where the Action says anything other than None, the row shall be highlighted.",
     "NOT(TextEquals({Action}, \"None\"))", "rows", "by-header", "policy", "negation"),
    ("Is the vessel anything other than THV Galatea? Then highlight the vessel.",
     "NotEquals({Vessel}, \"THV Galatea\")", "cells", "by-header", "quizform", "negation"),
    ("How do I highlight Action cells that don't contain repaint?", "TextNotContains({Action}, \"repaint\")",
     "cells", "by-header", "forum", "negation"),
    ("Highlight Safe water in sheet BuoyChecks", "TextEquals({Buoy Type}, \"Safe water\")", "cells", "by-value",
     "annotator"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
