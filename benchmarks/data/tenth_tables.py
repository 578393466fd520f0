"""A tenth set of table requests, about a third of them header-only, and the builder of tenth_tables.json.

Written on 2026-12-06 by engineer T10, who had read neither the assistant's code nor any set's
wordings, so that the team has table requests nobody has tuned on. The eleven tables (an arable
farm's crop-spraying log, a youth orchestra's instrument loans, a solar installer's jobs, a
hospital's bed board, a graduate school's thesis submissions, a council's pothole reports, a
port's container yard, a clinical trial's participant visits, a used-car dealer's stock list, an
online clothes shop's returns desk, a rowing club's 2k erg tests) and every request were written
from scratch. Headers carry units, abbreviations and initialisms (`Rate (L/ha)`, `Wind (mph)`,
`Value (£)`, `Deposit %`, `System (kWp)`, `DNO Status`, `NEWS2`, `EDD`, `SBP (mmHg)`,
`AE Reported`, `Gross Wt (kg)`, `Reefer Temp (°C)`, `ETD`, `MOT Expiry`, `RMA`, `2k (s)`,
`Rate (spm)`, `PB?`, `Buffer OK?`), and the cells dates, money ("$7,980.00", or plain numbers under
a `(£)` header, since "£180.00" is typed as text), percentages ("18%", typed as 0.18), codes
(postcodes, container numbers, SKUs, registration plates, subject IDs), yes/no values, free text
(notes, coach notes), text in number columns ("tbc", "calm", "n/a", "POA", "pending", "DNF",
"refused", "waived", "not done", "n/a - patched"), Excel errors (#N/A, #REF!, #VALUE!, #DIV/0!)
and blanks.

Styles (the second tag; table_sets.STYLES is the earlier table sets', this set has its own):
`annotator`, the benchmark annotators' imperative lines ("Highlight Wind (mph) greater than 10 in
sheet SprayLog", "Apply icon set to Price ($) in sheet UsedCars", the sheet being the table's
name); `forum`, a forum question of one or two sentences, sometimes with a column letter or a
range such as H2:H15 (always the true column of the table placed at A1); `sms`, new here: a text
message, mostly lower case, clipped, with "pls", "hl", "w/", "->", "thx", "pts", "wk"; `nonnative`,
new here: a non-native speaker's slightly off grammar ("please the loans which has to come back
next week, make the whole row coloured", "Please the departments which start by E should be
highlighted"); `meeting`, new here: a line of meeting minutes or an action item ("Action: KS to
colour the jobs that were sprayed yesterday (whole line)", "Agreed: ...", "Minutes: ...",
"Decision: ...").

What was read: benchmarks/data/README.md (its table of sets and the reasons for them, to pick
domains no earlier set used; its lines 34-36 were printed again, by grep and by line range,
because the first print truncated them); benchmarks/data/everyday_common.py and
benchmarks/data/table_sets.py (whole); tests/benchmarks/test_table_sets_data.py and
tests/benchmarks/set_files.py (whole); /work/shared/docs/CF_RULES.md and EVALUATION.md; of
benchmarks/data/ninth_tables.py, a grep of the lines that start with a letter (its docstring's
lines and top-level names), then lines 1-127 (docstring, imports, constants, and the opening
line of its TABLES) and lines 885-898. Slip: the last range was meant to start after the entry
lists (line 894) and showed the last three entries of ninth_tables.py's last table (a dive log:
an OR of two certificate levels, an annotator-style AND of "greater than or equal to ... and less
than or equal to ..." on a temperature, a NOT of a gas); none was reused, and no other line of its
TABLES or ENTRIES was read. Of benchmarks/data/everyday_tables.py, its first five lines (the start
of its module docstring) and a grep of its `def` and constant lines (names and line numbers), then
the signatures and docstrings only of build_record and problems (printed with inspect, their
bodies not read). Of cf_assistant.languages.cf, the names it exports, the signature and docstring
of type_text, type_text called on a few cells ("£12", "$1,200.50", "45%", ISO and d/m/y dates,
"#N/A", "yes", "TRUE", " ", "", "(45)", "1,200", "3.5"), and parse/to_text called on a few rules for
the canonical spelling. A short program read the `Table` field of every set file in
benchmarks/data/ and printed only which of this set's eleven table names were already used (none).
`ls benchmarks/data/` and `git status --short` (file names only: tenth_cf.py and tenth_cf.json,
written at the same time by engineer E10, and files changed by other engineers, were seen by name
only). The builder's own checks were run while writing: their messages name this set's requests
and rules only; the entries they refused were fixed by changing table cells (a threshold put into
its column, e.g. a quote of $10,000.00, a word count of 100000, an age of 80; a blank, a lone space
or a text cell added where a Blanks, NotErrors or visual rule could not be told from a near miss;
margins, panel counts, weights, days in stock and claims changed so that another column's ranking
differs) or the rule (a threshold moved onto a value of the column, Equals(0) on columns with no
value below 0 replaced by Equals of a middle value); no draft equalled a request elsewhere. Not
read: anything under cf_assistant/assistant/, cf_assistant/diffusion/, cf_assistant/generators/,
cf_assistant/retrieval/, the other files of cf_assistant/languages/cf/, or any other code that
reads requests; `git log`, `git show`, any diff; the TABLES, ENTRIES and COLUMNS of the other
builders (but for the three ninth_tables.py entries above); the utterances of any JSON file
(compared with this set's by program only, never printed). No request was run through
`cfa suggest`, `cfa bench` or a model. tenth_cf.json is compared by program only (as every other
*.json beside this set, which table_sets.requests_elsewhere reads).

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to ninth_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows (a row,
a line, the jobs, loans, patients, visits, cars or returns themselves), "cells" otherwise;
`naming` says how the request names the tested column: `by-header` (its header's words, a plain
spelling-out of a shortened header such as "systolic" for `SBP (mmHg)`, or its letter),
`by-meaning` (a synonym, the meaning of an initialism or what its values mean: "pts going home
today" for `EDD`, "boxes sailing tomorrow" for `ETD`, "the 3 oldest pts" for `Age`, "the ones that
have been costed" for non-blank `Repair Cost (£)`) or `by-value` (only a value of it: "refused
jobs", "all the hybrids", "P1 ones", "Dr Banerjee patients"). Each rule tests one column. Every
record is first built and checked on its full table (everyday_tables' `build_record` with IDs
prefixed `t10t-`; its `problems`: a record that formats no row or every row, whose near misses its
table cannot tell apart, text operators exempt, or whose rule formats the same rows on another
column is refused), and a request already written (case aside) in any other set file of
benchmarks/data/ (tenth_cf.json included) or in the benchmark's train split
(../shared/data/cf/train.json) is refused, as is a column letter or range that is not the rule's
column. Then the records picked by a stable hash of the ID (about one in three,
`table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text below).
Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are
not written, date periods are (each date column tested holds days that tell the ten periods
apart). Labels follow Excel: a blank compares as 0, any text is greater than any number (so
"calm", "tbc" or "DNF" in a number column is formatted by a "greater than" rule, as Excel does),
text tests ignore case. A percentage is written as a fraction where the cells hold "18%" (`Deposit
%`, `Margin %`: 0.18). Requests that could be read as another rule on a header row alone were
made literal ("whose customs hold flag is N" rather than "not on hold", "says No", "not exactly
Approved").

Tags: the naming, the style, then any of `number-format`, `boundary`, `negation`, `or`,
`superlative`, `polarity`, `starts-ends`, `date`, `value-word`, then `header-only` where the rows
were dropped, then `tenth` (last). Every one of the 41 top functions is in both halves (dev, test by
the hash of the ID, as every set).

Counts (as `python benchmarks/data/tenth_tables.py` prints them): 327 records, dev 172 / test 155
(the split is the ID hash's, not chosen); 11 tables of 10 columns and 14 data rows each; 108
header-only records (33%); scope rows 154 (47%) / cells 173; naming by-header 251, by-meaning 55,
by-value 21 (23% not by header); styles sms 93, annotator 92, nonnative 57, meeting 44, forum 41;
every one of the 41 top functions in both halves, some with one record in a half (Bottom,
NotBlanks, ThisMonth, Tomorrow, Yesterday in test). The entries were written table by table (331
after the first full build, all but LessThanEqual in both halves); then four LessThanEqual entries
were added (none had fallen in the test half), thirty entries named by header were reworded to
name the column by meaning or by value (the first build had 86% by header), eight annotator
entries of well-covered functions were dropped to bring the set under 330, and six requests were
made literal as said above (and one scope set to cells: "womens squads (start with W)"),
none to steer a split.

Rebuild: `python benchmarks/data/tenth_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "tenth_tables.json"
PREFIX = "t10t"
TAG = "tenth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, text messages, a non-native speaker's requests and lines of
# meeting minutes or action items.
STYLES = ("annotator", "forum", "sms", "nonnative", "meeting")
# The requests of every other set file in this folder (these twenty-five at the time of writing,
# and any written since, e.g. tenth_cf.json, written at the same time by another engineer) and of
# the benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fifth_cf.json", "fifth_tables.json", "sixth_cf.json", "sixth_tables.json",
              "seventh_cf.json", "seventh_tables.json", "eighth_cf.json", "eighth_tables.json",
              "ninth_cf.json", "ninth_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "$" amounts and "25%"
# are typed as numbers (0.25), as Excel types pasted text; "£" amounts are not, so the `(£)` columns
# hold plain numbers.

TABLES: dict[str, list[list[str]]] = {
    # an arable farm's crop-spraying log
    "SprayLog": _table("""
Job Ref | Field | Crop | Product | Rate (L/ha) | Area (ha) | Wind (mph) | Sprayed On | Operator | Buffer OK?
SP-101 | Long Acre | Winter Wheat | Axial Pro | 0.6 | 12.5 | 6 | 2024-06-11 | D. Price | Y
SP-102 | Top Meadow | Oilseed Rape | Proline 275 | 0.72 | 8.2 | 9 | 2024-06-04 | K. Shaw | Y
SP-103 | Brook Field | Spring Barley | Axial Pro | 0.6 | 15 | 11 | 2024-06-12 | D. Price | N
SP-104 | Hill Ten | Winter Wheat | Revystar XE | 1.5 | 20.4 | 4 | 2024-05-20 | M. Okoro | Y
SP-105 | Long Acre | Winter Wheat | Revystar XE | 1.5 | 12.5 | 14 | 2024-06-13 | K. Shaw | N
SP-106 | Church Piece | Beans | Signum | 1 | 6.8 | 7 | 2024-06-07 | M. Okoro | Y
SP-107 | Far Ground | Potatoes | Revus | 0.6 | 18.9 | calm | 2024-06-18 | D. Price | Y
SP-108 | Top Meadow | Oilseed Rape | Filan | 0.5 | 8.2 | 8 | 2024-07-03 | K. Shaw | _
SP-109 | Brook Field | Spring Barley | Siltra Xpro | 0.8 | 15 | 12 | 2024-06-10 | M. Okoro | Y
SP-110 | Lower Mead | Grass Ley | Doxstar Pro | 2 | 9.6 | 5 | 2024-04-10 | D. Price | Y
SP-111 | Far Ground | Potatoes | Infinito | 1.6 | 18.9 | #N/A | 2024-06-27 | K. Shaw | N
SP-112 | Hill Ten | Winter Wheat | Axial Pro | 0.6 | 20.4 | 3 | 2024-05-31 | D. Price | Y
SP-113 | Church Piece | Beans | Signum | 1 | 6.8 | 10 | 2024-06-14 | M. Okoro | ~
SP-114 | Lower Mead | Grass Ley | Doxstar Pro | 2 | tbc | 6 | 2024-07-15 | _ | Y
"""),
    # a youth orchestra's instrument loans
    "InstrumentLoans": _table("""
Loan ID | Instrument | Section | Serial No | Borrower | Out Date | Due Back | Value (£) | Deposit % | Condition
L-01 | Violin | Strings | VN-2231 | A. Kowalski | 2023-09-04 | 2024-06-11 | 1800 | 10% | Good
L-02 | Cello | Strings | VC-0417 | B. Mensah | 2023-10-16 | 2024-06-13 | 4200 | 20% | Fair
L-03 | Clarinet | Woodwind | CL-1190 | C. Duarte | 2024-01-08 | 2024-07-03 | 1000 | 10% | Good
L-04 | French Horn | Brass | FH-3302 | D. Byrne | 2023-09-04 | 2024-06-07 | 3100 | 25% | Needs repair
L-05 | Viola | Strings | VA-0876 | E. Lindqvist | 2024-02-19 | 2024-06-12 | 2300 | 15% | Good
L-06 | Flute | Woodwind | FL-5521 | F. Haddad | 2024-03-11 | 2024-05-20 | 780 | 0% | New
L-07 | Trombone | Brass | TB-2210 | G. Osei | 2023-11-27 | 2024-06-18 | 1250 | 10% | Fair
L-08 | Double Bass | Strings | DB-0093 | H. Novak | 2023-09-04 | 2024-06-27 | 5600 | 30% | Good
L-09 | Oboe | Woodwind | OB-7714 | I. Tanaka | 2024-04-22 | 2024-06-04 | 2100 | 20% | Needs repair
L-10 | Timpani Mallets | Percussion | PM-0008 | J. Reyes | 2024-05-13 | 2024-06-10 | 60 | _ | New
L-11 | Trumpet | Brass | TR-4489 | K. Ahmed | 2024-01-29 | 2024-07-15 | 890 | waived | Good
L-12 | Violin | Strings | VN-2240 | L. Moreau | 2023-09-04 | 2024-05-31 | 1800 | 10% | Scratched top
L-13 | Bassoon | Woodwind | BN-0312 | M. Fischer | 2024-02-05 | 2024-04-10 | 6400 | #N/A | Fair
L-14 | Snare Drum | Percussion | SD-1105 | N. O'Brien | 2024-03-25 | 2024-06-14 | 420 | ~ | Good
"""),
    # a solar installer's jobs
    "SolarJobs": _table("""
Job No | Customer | Postcode | System (kWp) | Panels | Battery? | Quote ($) | Survey Date | DNO Status | Margin %
SJ-2401 | Patel | BS7 8QT | 4.2 | 10 | Yes | $7,980.00 | 2024-06-11 | Approved | 24%
SJ-2402 | Greenwood | BS3 1LL | 6.3 | 15 | No | $9,450.00 | 2024-06-13 | Pending | 17%
SJ-2403 | Nakamura | BA1 5TR | 3.6 | 8 | No | $6,200.00 | 2024-05-20 | Approved | 26%
SJ-2404 | O'Connell | BS16 4AB | 8.4 | 19 | Yes | $12,750.00 | 2024-06-12 | Refused | 15%
SJ-2405 | Ferreira | BA2 9JD | 5 | 12 | Yes | $10,000.00 | 2024-06-18 | Pending | 21%
SJ-2406 | Whitfield | BS7 2EH | 2.9 | 7 | No | $4,850.00 | 2024-06-04 | Approved | 28%
SJ-2407 | Adeyemi | GL12 8PP | tbc | 11 | Yes | _ | 2024-07-03 | Not submitted | _
SJ-2408 | Lambert | BS3 4QW | 4.5 | 11 | No | $7,980.00 | 2024-06-07 | Approved | 19%
SJ-2409 | Sørensen | BA1 3XX | 10.5 | 25 | Yes | $18,900.00 | 2024-06-27 | Pending | 12%
SJ-2410 | Murphy | BS16 7DN | 4 | 9 | No | $6,640.00 | 2024-06-10 | G99 needed | 22%
SJ-2411 | Chowdhury | GL12 1AS | 6 | 14 | Yes | $14,100.00 | 2024-04-10 | Approved | 18%
SJ-2412 | Baptiste | BS7 6PL | 5.4 | 13 | No | #REF! | 2024-05-31 | Pending | tbc
SJ-2413 | Kaur | BA2 4HG | 7.2 | 21 | Yes | $13,600.00 | 2024-07-15 | Approved | 14%
SJ-2414 | Lindgren | BS3 9ZZ | 3 | 7 | No | ~ | 2024-06-14 | Refused | 25%
"""),
    # a hospital's bed board
    "BedBoard": _table("""
Ward | Bed | Patient | Age | NEWS2 | Admitted | EDD | Isolation | Consultant | Notes
AMU | A-01 | J.H. | 80 | 3 | 2024-06-04 | 2024-06-13 | No | Dr Varga | awaiting OT assessment
AMU | A-02 | M.P. | 67 | 0 | 2024-06-10 | 2024-06-12 | No | Dr Varga | TTO ready
AMU | A-03 | R.K. | 45 | 7 | 2024-06-11 | _ | Yes | Dr Osei | side room, C.diff
Ward 12 | 12-01 | D.W. | 91 | 5 | 2024-05-20 | 2024-06-14 | No | Mr Hale | NFA, needs POC
Ward 12 | 12-02 | S.A. | 58 | 2 | 2024-06-07 | 2024-06-18 | No | Mr Hale | post-op day 5
Ward 12 | 12-03 | T.N. | 73 | 1 | 2024-06-12 | 2024-07-03 | Yes | Mr Hale | MRSA screen pending
Ward 12 | 12-04 | L.B. | 39 | 4 | 2024-05-31 | 2024-06-11 | No | Ms Ito | _
Ward 12 | 12-05 | F.Q. | 66 | #N/A | 2024-06-10 | 2024-06-27 | No | Ms Ito | obs not entered
CCU | C-01 | G.E. | 77 | 6 | 2024-06-11 | tbc | No | Dr Banerjee | telemetry
CCU | C-02 | P.O. | 54 | 2 | 2024-04-10 | 2024-06-12 | Yes | Dr Banerjee | awaiting echo
CCU | C-03 | H.V. | 88 | 9 | 2024-06-12 | ~ | No | Dr Banerjee | DNACPR in place
AMU | A-04 | C.M. | 29 | refused | 2024-06-12 | 2024-06-13 | No | Dr Osei | ~
AMU | A-05 | B.R. | 70 | 3 | 2024-06-11 | 2024-07-15 | No | Dr Osei | social admission
Ward 12 | 12-06 | K.L. | 60 | _ | 2024-06-04 | 2024-06-10 | No | Ms Ito | delayed - waiting for transport
"""),
    # a university graduate school's thesis submissions
    "Theses": _table("""
Student ID | Candidate | Dept | Programme | Submitted | Viva Date | Word Count | Examiners | Corrections | Months Over
s2019041 | Amara Ndiaye | Chemistry | PhD | 2024-03-28 | 2024-06-12 | 78400 | 2 | Minor | 0
s2018117 | Tomás Ruiz | History | PhD | 2024-02-14 | 2024-06-18 | 96200 | 2 | Major | 4
s2020233 | Li Wei | Physics | MPhil | 2024-04-30 | 2024-06-13 | 41500 | 2 | _ | _
s2017098 | Hannah Koch | Economics | PhD | 2023-12-01 | 2024-05-20 | 81000 | 3 | None | 7
s2019302 | Yusuf Bello | Chemistry | PhD | 2024-01-22 | 2024-06-11 | 102300 | 2 | Minor | 2
s2020011 | Priya Raman | Biology | MRes | 2024-05-07 | 2024-07-03 | 28900 | 1 | ~ | -2
s2018256 | Oskar Berg | Physics | PhD | 2024-03-11 | 2024-06-07 | 88750 | 2 | Major | 5
s2019188 | Chloé Martin | History | PhD | 2024-04-02 | 2024-06-27 | 100000 | 2 | Minor | 1
s2020370 | Daniel Mwangi | Engineering | EngD | 2024-02-26 | 2024-06-10 | tbc | 2 | Minor | 3
s2017240 | Grace O'Neill | Economics | PhD | 2023-11-15 | 2024-04-10 | 80000 | 2 | Resubmit | 9
s2019455 | Rafael Costa | Biology | PhD | 2024-05-20 | 2024-07-15 | 84100 | 2 | _ | 0
s2018333 | Sofia Greco | Engineering | PhD | 2024-01-09 | 2024-06-04 | 90000 | 3 | Minor | #DIV/0!
s2020120 | Ibrahim Khan | Chemistry | MPhil | 2024-04-22 | 2024-06-14 | 50000 | 2 | None | n/a
s2019499 | Eva Novak | Physics | PhD | 2024-03-04 | 2024-05-31 | 86300 | 2 | Minor | 1
"""),
    # a council's pothole reports
    "Potholes": _table("""
Ref | Street | Ward | Reported | Depth (mm) | Width (cm) | Priority | Fixed? | Repair Cost (£) | Claims
PH-5501 | Mill Lane | Eastfield | 2024-06-11 | 45 | 30 | P2 | No | _ | 0
PH-5502 | High St | Central | 2024-06-03 | 80 | 55 | P1 | Yes | 310 | 2
PH-5503 | Quarry Rd | Northgate | 2024-05-20 | 30 | 20 | P3 | Yes | 95 | 0
PH-5504 | Station Approach | Central | 2024-06-12 | 120 | 90 | P1 | No | ~ | 2
PH-5505 | Elm Grove | Eastfield | 2024-06-07 | 25 | 15 | P4 | No | _ | 0
PH-5506 | Mill Lane | Eastfield | 2024-06-10 | 60 | 40 | P2 | Yes | 180 | 0
PH-5507 | Church Walk | Old Town | 2024-04-10 | 40 | 35 | P3 | Yes | 140 | 1
PH-5508 | Bridge St | Old Town | 2024-06-12 | 95 | 70 | P1 | Yes | 420 | 3
PH-5509 | Kingsway | Northgate | 2024-05-31 | 50 | 45 | P2 | Yes | 210 | 0
PH-5510 | Elm Grove | Eastfield | 2024-06-09 | n/a - patched | 10 | P4 | Yes | 60 | 0
PH-5511 | Ashby Road | Westbury | 2024-06-05 | 70 | 60 | P1 | No | _ | 1
PH-5512 | High St | Central | 2024-03-18 | 35 | 25 | P3 | Yes | 120 | 0
PH-5513 | Canal Side | Westbury | 2024-06-11 | 55 | 50 | P2 | No | #VALUE! | 0
PH-5514 | Kingsway | Northgate | 2024-05-14 | 110 | 48 | P1 | Yes | 395 | 1
"""),
    # a port's container yard
    "ContainerYard": _table("""
Container No | Size (ft) | Type | Gross Wt (kg) | Reefer Temp (°C) | Customs Hold | Line | ETD | Bay | Dwell Days
MSCU 482193-1 | 40 | Reefer | 27450 | -20 | N | MSC | 2024-06-13 | B-12 | 3
MAEU 773018-5 | 20 | Dry | 18200 | _ | N | Maersk | 2024-06-12 | A-04 | 6
CMAU 120447-9 | 40 | HC | 24100 | _ | Y | CMA CGM | 2024-06-18 | C-07 | 11
MSCU 509981-0 | 20 | Dry | 21780 | _ | N | MSC | 2024-06-14 | A-09 | 2
HLXU 338120-4 | 40 | Reefer | 29900 | 2 | N | Hapag-Lloyd | 2024-06-11 | B-03 | 5
ONEU 604215-7 | 45 | HC | 26300 | ~ | Y | ONE | 2024-07-03 | D-01 | 14
MAEU 812244-2 | 40 | Reefer | 30000 | -25 | N | Maersk | 2024-06-27 | B-08 | 1
EGLV 145507-3 | 20 | Tank | 23950 | n/a | N | Evergreen | 2024-05-31 | E-02 | 21
CMAU 990312-6 | 40 | Dry | #N/A | _ | N | CMA CGM | 2024-06-10 | C-11 | 4
MSCU 215876-8 | 40 | HC | 20000 | _ | N | MSC | 2024-06-13 | C-02 | 0
HLXU 771093-1 | 20 | Open Top | _ | _ | Y | Hapag-Lloyd | 2024-07-15 | E-05 | 9
TGHU 402218-0 | 40 | Reefer | 28100 | -0.5 | N | Triton | 2024-06-19 | B-10 | 2
MAEU 336741-9 | 10 | Flat Rack | 31200 | _ | N | Maersk | 2024-06-20 | E-07 | 16
EGLV 660128-4 | 45 | HC | 27000 | _ | N | Evergreen | 2024-06-07 | D-04 | 7
"""),
    # a clinical trial's participant visits
    "TrialVisits": _table("""
Subject | Site | Arm | Visit | Visit Date | SBP (mmHg) | Weight (kg) | AE Reported | Dose (mg) | Query Status
101-004 | Leeds | Placebo | Week 4 | 2024-06-11 | 128 | 82.4 | No | 0 | Closed
101-007 | Leeds | Active | Week 8 | 2024-06-12 | 140 | 95.1 | Yes | 50 | Open
102-001 | Bristol | Active | Baseline | 2024-05-20 | 135 | 70.3 | No | 25 | Closed
102-003 | Bristol | Placebo | Week 4 | 2024-06-13 | 118 | 64.8 | No | 0 | _
103-012 | Glasgow | Active | Week 12 | 2024-06-07 | 156 | 101.7 | Yes | 50 | Open
101-009 | Leeds | Active | Week 4 | 2024-06-18 | 131 | 77 | No | 25 | Answered
103-015 | Glasgow | Placebo | Baseline | 2024-07-03 | 125 | 88.9 | No | 0 | Closed
102-008 | Bristol | Active | Week 8 | 2024-06-10 | not done | 60 | Yes | 50 | Open
101-011 | Leeds | Placebo | Week 12 | 2024-06-27 | 139 | 84 | No | 0 | Closed
103-002 | Glasgow | Active | Week 8 | 2024-04-10 | 147 | 72.6 | No | 25 | Answered
102-010 | Bristol | Active | Withdrawn | 2024-05-31 | _ | 68.5 | Yes | 0 | Open
101-014 | Leeds | Active | Baseline | 2024-06-14 | 129 | 73.8 | No | 25 | Closed
103-020 | Glasgow | Placebo | Week 4 | 2024-06-04 | 122 | #VALUE! | No | 0 | Answered
102-012 | Bristol | Placebo | Week 12 | 2024-07-15 | 137 | 66.1 | No | 0 | ~
"""),
    # a used-car dealer's stock list
    "UsedCars": _table("""
Stock # | Reg | Make | Model | Year | Mileage | Price ($) | MOT Expiry | Fuel | Days in Stock
U101 | KX19 LMN | Ford | Focus | 2019 | 42150 | $11,495 | 2024-06-13 | Petrol | 12
U102 | BD67 TRE | Vauxhall | Corsa | 2017 | 70000 | $6,250 | 2024-05-31 | Petrol | 60
U103 | YH21 PQA | Toyota | Yaris Hybrid | 2021 | 18300 | $15,990 | 2024-07-15 | Hybrid | 14
U104 | LC16 WWX | BMW | 320d | 2016 | 100000 | $8,750 | 2024-06-11 | Diesel | 33
U105 | MA20 KLO | Nissan | Leaf | 2020 | 31200 | $13,200 | 2024-06-27 | Electric | 21
U106 | SF18 ZZB | Ford | Fiesta | 2018 | 55600 | $7,995 | 2024-06-18 | Petrol | 30
U107 | GN22 HTY | Kia | Niro | 2022 | 9800 | $21,450 | n/a | Hybrid | 4
U108 | WR15 CVB | Audi | A3 | 2015 | 112300 | $5,495 | 2024-06-12 | Diesel | 90
U109 | PO19 ERT | Skoda | Octavia | 2019 | 47700 | POA | 2024-07-03 | Diesel | 17
U110 | EK68 MNB | Toyota | Prius | 2018 | 76050 | $10,000 | 2024-06-07 | Hybrid | 38
U111 | DY20 FGH | Tesla | Model 3 | 2020 | 40000 | $22,900 | 2024-06-04 | Electric | 26
U112 | HJ17 UIO | Vauxhall | Astra | 2017 | 80000 | $6,000 | 2024-06-14 | Petrol | 55
U113 | LB21 CXZ | Kia | Ceed | 2021 | 24600 | $14,300 | 2024-05-20 | Petrol | 11
U114 | NU14 ASD | Ford | Focus | 2014 | 104900 | $3,995 | 2024-06-10 | Diesel | 120
"""),
    # an online clothes shop's returns desk
    "Returns": _table("""
RMA | Order No | SKU | Reason | Received | Refund ($) | Condition | Restock | Days Open | Channel
RMA-8801 | #40211 | TSH-BLK-M | Wrong size | 2024-06-11 | $24.99 | As new | Yes | 1 | Web
RMA-8802 | #40198 | JKT-NAV-L | Faulty zip | 2024-06-04 | $89.00 | Damaged | No | 8 | App
RMA-8803 | #40302 | SNK-WHT-42 | Changed mind | 2024-06-12 | $64.50 | As new | Yes | 0 | Web
RMA-8804 | #39977 | TSH-WHT-S | Wrong size | 2024-05-20 | $20.00 | Worn | No | 23 | Marketplace
RMA-8805 | #40287 | BAG-TAN-OS | Arrived late | 2024-06-10 | $120.00 | As new | Yes | 2 | App
RMA-8806 | #40111 | JNS-IND-32 | Faulty stitching | 2024-06-07 | $55.00 | Damaged | No | 5 | Web
RMA-8807 | #40330 | SCF-RED-OS | Not as described | 2024-06-12 | $18.00 | Tags removed | Yes | 0 | Marketplace
RMA-8808 | #40054 | SNK-BLK-44 | Wrong size | 2024-05-31 | $64.50 | As new | Yes | 12 | Web
RMA-8809 | #40276 | JKT-OLV-M | Changed mind | 2024-06-05 | pending | As new | _ | 7 | App
RMA-8810 | #39902 | TSH-BLK-L | Faulty print | 2024-04-10 | $22.00 | Damaged | No | 63 | Web
RMA-8811 | #40315 | HAT-GRY-OS | Wrong item sent | 2024-06-11 | $15.00 | As new | Yes | 1 | Web
RMA-8812 | #40190 | JNS-BLK-30 | Wrong size | 2024-06-03 | $58.00 | Worn | No | 10 | Marketplace
RMA-8813 | #40241 | BAG-BLK-OS | Changed mind | 2024-06-09 | $135.00 | #N/A | ~ | 3 | App
RMA-8814 | #40099 | SNK-WHT-40 | Faulty sole | 2024-05-28 | $64.50 | Damaged | No | 15 | Web
"""),
    # a rowing club's 2k erg tests
    "ErgTests": _table("""
Rower | Squad | Side | 2k (s) | Avg Watts | Weight (kg) | Rate (spm) | Test Date | PB? | Coach Notes
Ellie Marsh | W1 | Stroke | 438.2 | 264 | 68.5 | 31 | 2024-06-11 | Y | strong finish
Tom Brady-Lowe | M1 | Bow | 381.6 | 396 | 78.2 | 33 | 2024-06-07 | N | faded in the 3rd 500
Aisha Rahman | W1 | Bow | 450 | 250 | 61.3 | 30 | 2024-06-12 | Y | _
Jakub Wrona | M1 | Stroke | 376.4 | 412 | 87 | 34 | 2024-05-20 | Y | new club record
Maya Chen | W2 | Stroke | 472.5 | 212 | 59.8 | n/a | 2024-06-10 | N | back pain, stopped at 1500
Finn O'Hara | M2 | Bow | 405.1 | 327 | 79.4 | 32 | 2024-06-04 | N | rate too high early
Greta Holm | W2 | Bow | DNF | _ | 64 | _ | 2024-06-12 | N | retired - dizzy
Sam Okafor | M1 | Bow | 384 | 387 | 85.7 | 33 | 2024-05-31 | Y | even splits
Hannah Voss | W1 | Stroke | 420 | 281 | 70 | 32 | 2024-06-11 | Y | ~
Lewis Grant | M2 | Stroke | 412.7 | 311 | 76.9 | 31 | 2024-06-07 | N | technique drifting
Priya Nair | W2 | Stroke | 466 | 220 | 57.2 | 30 | 2024-04-10 | N | first 2k
Oli Brennan | M2 | Bow | 400 | _ | 81 | #N/A | 2024-06-10 | Y | monitor glitch on rate
Rosa Delgado | W1 | Bow | 441.5 | 259 | 66.6 | 31 | 2024-06-05 | N | _
Ben Achebe | M1 | Stroke | 379.9 | 403 | 90.4 | 35 | 2024-06-12 | Y | sprint from 350m out
"""),
}

ENTRIES: dict[str, list[tuple]] = {
    "SprayLog": [
        ("Highlight Wind (mph) greater than 10 in sheet SprayLog",
         "GreaterThan({Wind (mph)}, 10)", "cells", "by-header", "annotator"),
        ("flag whole row if it was blowing 12mph or more pls, cant spray in that",
         "GreaterThanEqual({Wind (mph)}, 12)", "rows", "by-meaning", "sms", "boundary"),
        ("Action: KS to colour the jobs that were sprayed yesterday (whole line)",
         "Yesterday({Sprayed On})", "rows", "by-header", "meeting", "date"),
        ("Highlight Sprayed On dates in next month in sheet SprayLog",
         "NextMonth({Sprayed On})", "cells", "by-header", "annotator", "date"),
        ("My spray dates are in H2:H15. How do I shade the ones that were last week?",
         "LastWeek({Sprayed On})", "cells", "by-header", "forum", "date"),
        ("i want that the rows of jobs which are sprayed today become yellow",
         "Today({Sprayed On})", "rows", "by-header", "nonnative", "date"),
        ("Highlight Rate (L/ha) between 0.6 and 1 in sheet SprayLog",
         "Between({Rate (L/ha)}, 0.6, 1)", "cells", "by-header", "annotator", "boundary"),
        ("rate outside 0.5-1.5 l/ha -> whole row red",
         "NotBetween({Rate (L/ha)}, 0.5, 1.5)", "rows", "by-header", "sms"),
        ("What rule highlights every row where the product is Axial Pro? Product is column D.",
         "TextEquals({Product}, \"Axial Pro\")", "rows", "by-header", "forum"),
        ("colour the winter wheat jobs thx",
         "TextEquals({Crop}, \"Winter Wheat\")", "rows", "by-value", "sms", "value-word"),
        ("Agreed: highlight any product with 'Pro' in its name so we can check stock of those",
         "TextContains({Product}, \"Pro\")", "cells", "by-header", "meeting"),
        ("the field names which are beginning with Long, please make them highlighted",
         "TextStartsWith({Field}, \"Long\")", "cells", "by-header", "nonnative", "starts-ends"),
        ("Highlight Field ending with Piece in sheet SprayLog",
         "TextEndsWith({Field}, \"Piece\")", "cells", "by-header", "annotator", "starts-ends"),
        ("Highlight rows where Buffer OK? is blank in sheet SprayLog",
         "Blanks({Buffer OK?})", "rows", "by-header", "annotator"),
        ("some wind readings show #N/A, hl those cells",
         "Errors({Wind (mph)})", "cells", "by-header", "sms"),
        ("Please highlight the job lines where the buffer check is not Y",
         "NOT(TextEquals({Buffer OK?}, \"Y\"))", "rows", "by-header", "nonnative", "negation"),
        ("Action item: highlight the 3 windiest spraying jobs, whole row",
         "Top({Wind (mph)}, 3)", "rows", "by-meaning", "meeting", "superlative"),
        ("Highlight the bottom 2 Wind (mph) in sheet SprayLog",
         "Bottom({Wind (mph)}, 2)", "cells", "by-header", "annotator", "superlative"),
        ("jobs on bigger than avg fields (hectares) - whole row pls",
         "AboveAverage({Area (ha)})", "rows", "by-meaning", "sms"),
        ("Rate per hectare that is below the average, is possible to highlight it?",
         "BelowAverage({Rate (L/ha)})", "cells", "by-header", "nonnative"),
        ("Is there a way to put a colour scale on column F (the hectares)?",
         "ColorScale({Area (ha)})", "cells", "by-header", "forum"),
        ("chemicals we used more than once -> highlight those rows",
         "Duplicates({Product})", "rows", "by-meaning", "sms"),
        ("Highlight unique values in Product in sheet SprayLog",
         "Unique({Product})", "cells", "by-header", "annotator"),
        ("Highlight Wind (mph) not equal to 6 in sheet SprayLog",
         "NotEquals({Wind (mph)}, 6)", "cells", "by-header", "annotator"),
        ("the jobs that went on at exactly 0.6 l/ha, colour the row",
         "Equals({Rate (L/ha)}, 0.6)", "rows", "by-meaning", "sms"),
        ("please mark the rows which spray date is in this week or in the next week",
         "OR(ThisWeek({Sprayed On}), NextWeek({Sprayed On}))", "rows", "by-header", "nonnative", "or", "date"),
        ("Minutes: rate to be highlighted where it is at least 0.72 and under 1.6 L/ha",
         "AND(GreaterThanEqual({Rate (L/ha)}, 0.72), LessThan({Rate (L/ha)}, 1.6))", "cells", "by-header", "meeting",
         "boundary"),
        ("How can I highlight the whole row for every job D. Price did?",
         "TextEquals({Operator}, \"D. Price\")", "rows", "by-value", "forum"),
        ("Highlight Sprayed On dates occurring this month in sheet SprayLog",
         "ThisMonth({Sprayed On})", "cells", "by-header", "annotator", "date"),
    ],
    "InstrumentLoans": [
        ("Highlight Value (£) greater than 3100 in sheet InstrumentLoans",
         "GreaterThan({Value (£)}, 3100)", "cells", "by-header", "annotator"),
        ("instruments worth under £1,000 - hl the row",
         "LessThan({Value (£)}, 1000)", "rows", "by-meaning", "sms", "number-format"),
        ("Action: BM to chase loans due back tomorrow - highlight those rows",
         "Tomorrow({Due Back})", "rows", "by-header", "meeting", "date"),
        ("Which conditional format shows the loans that were due back last month? Due dates are G2:G15",
         "LastMonth({Due Back})", "rows", "by-header", "forum", "date"),
        ("Highlight Due Back in the last 7 days in sheet InstrumentLoans",
         "Last7Days({Due Back})", "cells", "by-header", "annotator", "date"),
        ("please the loans which has to come back next week, make the whole row coloured",
         "NextWeek({Due Back})", "rows", "by-meaning", "nonnative", "date"),
        ("Highlight Deposit % less than or equal to 10% in sheet InstrumentLoans",
         "LessThanEqual({Deposit %}, 0.1)", "cells", "by-header", "annotator", "boundary", "number-format"),
        ("deposit over 20% pls highlight",
         "GreaterThan({Deposit %}, 0.2)", "cells", "by-header", "sms", "number-format"),
        ("Deposit % has an #N/A in it after my VLOOKUP. How do I make the error cells in that column stand out?",
         "Errors({Deposit %})", "cells", "by-header", "forum"),
        ("Highlight rows where Deposit % is blank in sheet InstrumentLoans",
         "Blanks({Deposit %})", "rows", "by-header", "annotator"),
        ("all string instruments, whole row",
         "TextEquals({Section}, \"Strings\")", "rows", "by-value", "sms", "value-word"),
        ("Highlight Condition containing repair in sheet InstrumentLoans",
         "TextContains({Condition}, \"repair\")", "cells", "by-header", "annotator"),
        ("Agreed to flag every loan whose condition does not include the word Good",
         "TextNotContains({Condition}, \"Good\")", "rows", "by-header", "meeting", "negation"),
        ("the serial numbers that start with VN please to highlight",
         "TextStartsWith({Serial No}, \"VN\")", "cells", "by-header", "nonnative", "starts-ends"),
        ("top 3 most valuable instruments - colour row",
         "Top({Value (£)}, 3)", "rows", "by-meaning", "sms", "superlative"),
        ("Highlight the bottom 20% of Value (£) in sheet InstrumentLoans",
         "BottomPercent({Value (£)}, 20)", "cells", "by-header", "annotator", "superlative"),
        ("Decision: instruments pricier than the average go green (whole row)",
         "AboveAverage({Value (£)})", "rows", "by-meaning", "meeting"),
        ("instruments lent out on the same day as another one, highlight that date",
         "Duplicates({Out Date})", "cells", "by-meaning", "sms"),
        ("Please make data bars on the deposit column",
         "DataBar({Deposit %})", "cells", "by-header", "nonnative"),
        ("Highlight Due Back dates in this week in sheet InstrumentLoans",
         "ThisWeek({Due Back})", "cells", "by-header", "annotator", "date"),
        ("rows where the instrument isnt good or new",
         "NOT(OR(TextEquals({Condition}, \"Good\"), TextEquals({Condition}, \"New\")))", "rows", "by-value", "sms",
         "negation", "or"),
        ("Woodwind or brass loans please highlight the row",
         "OR(TextEquals({Section}, \"Woodwind\"), TextEquals({Section}, \"Brass\"))", "rows", "by-value", "nonnative",
         "or", "value-word"),
        ("Can we flag every loan row where the instrument isn't worth £1,800?",
         "NotEquals({Value (£)}, 1800)", "rows", "by-meaning", "forum", "number-format"),
        ("Highlight Due Back dates yesterday in sheet InstrumentLoans",
         "Yesterday({Due Back})", "cells", "by-header", "annotator", "date"),
        ("Condition is column J - how do I highlight the cells that say exactly Fair?",
         "TextEquals({Condition}, \"Fair\")", "cells", "by-header", "forum"),
        ("deposit at least 20% = row amber pls",
         "GreaterThanEqual({Deposit %}, 0.2)", "rows", "by-header", "sms", "boundary", "number-format"),
        ("loans that have to be returned next month -> hl row",
         "NextMonth({Due Back})", "rows", "by-meaning", "sms", "date"),
        ("Highlight unique Out Date values in sheet InstrumentLoans",
         "Unique({Out Date})", "cells", "by-header", "annotator"),
        ("the deposit percent cells without any error, please highlight",
         "NotErrors({Deposit %})", "cells", "by-header", "nonnative", "negation"),
    ],
    "SolarJobs": [
        ("Highlight System (kWp) greater than or equal to 6 in sheet SolarJobs",
         "GreaterThanEqual({System (kWp)}, 6)", "cells", "by-header", "annotator", "boundary"),
        ("systems under 4 kw, whole row",
         "LessThan({System (kWp)}, 4)", "rows", "by-meaning", "sms"),
        ("Which formula do I need to highlight the rows where the quote is over $10,000? Quotes are in G2:G15.",
         "GreaterThan({Quote ($)}, 10000)", "rows", "by-header", "forum", "number-format"),
        ("Action: TG to highlight the jobs with no quote yet",
         "Blanks({Quote ($)})", "rows", "by-header", "meeting"),
        ("quote has a #REF! somewhere, hl errors pls",
         "Errors({Quote ($)})", "cells", "by-header", "sms"),
        ("Highlight rows where Quote ($) is not an error in sheet SolarJobs",
         "NotErrors({Quote ($)})", "rows", "by-header", "annotator", "negation"),
        ("Highlight the top 25% Margin % in sheet SolarJobs",
         "TopPercent({Margin %}, 25)", "cells", "by-header", "annotator", "superlative"),
        ("the jobs where we make less profit than average, please to color the whole row",
         "BelowAverage({Margin %})", "rows", "by-meaning", "nonnative"),
        ("Agreed: margin under 15% to be flagged red",
         "LessThan({Margin %}, 0.15)", "cells", "by-header", "meeting", "number-format"),
        ("refused jobs, hl the row",
         "TextEquals({DNO Status}, \"Refused\")", "rows", "by-value", "sms", "value-word"),
        ("every DNO status that is not exactly Approved, I want them highlighted",
         "NOT(TextEquals({DNO Status}, \"Approved\"))", "cells", "by-header", "nonnative", "negation"),
        ("How do I highlight the postcodes starting with BS7 in column C?",
         "TextStartsWith({Postcode}, \"BS7\")", "cells", "by-header", "forum", "starts-ends"),
        ("bath jobs = BA postcodes, highlight the row",
         "TextStartsWith({Postcode}, \"BA\")", "rows", "by-header", "sms", "starts-ends"),
        ("Highlight DNO Status containing needed in sheet SolarJobs",
         "TextContains({DNO Status}, \"needed\")", "cells", "by-header", "annotator"),
        ("jobs with storage included, whole row",
         "TextEquals({Battery?}, \"Yes\")", "rows", "by-meaning", "sms"),
        ("Minutes: jobs where Battery? says No get highlighted so sales can follow up",
         "TextEquals({Battery?}, \"No\")", "rows", "by-header", "meeting"),
        ("highlight the two biggest systems (kWp), whole row pls",
         "Top({System (kWp)}, 2)", "rows", "by-header", "sms", "superlative"),
        ("Highlight Panels not between 8 and 16 in sheet SolarJobs",
         "NotBetween({Panels}, 8, 16)", "cells", "by-header", "annotator"),
        ("site visit tomorrow -> highlight row",
         "Tomorrow({Survey Date})", "rows", "by-meaning", "sms", "date"),
        ("Action: surveys from last month to be highlighted for invoicing",
         "LastMonth({Survey Date})", "cells", "by-header", "meeting", "date"),
        ("I need the surveys of next month highlighted, the whole line of them",
         "NextMonth({Survey Date})", "rows", "by-header", "nonnative", "date"),
        ("Is there a way to put an icon set on the margin column (J)?",
         "IconSet({Margin %})", "cells", "by-header", "forum"),
        ("Highlight Quote ($) equal to 7980 in sheet SolarJobs",
         "Equals({Quote ($)}, 7980)", "cells", "by-header", "annotator"),
        ("margin between 18 and 22 percent, colour those rows",
         "Between({Margin %}, 0.18, 0.22)", "rows", "by-header", "sms", "boundary", "number-format"),
        ("the jobs more expensive than average, full row highlight please",
         "AboveAverage({Quote ($)})", "rows", "by-meaning", "nonnative"),
        ("Highlight duplicate values in Quote ($) in sheet SolarJobs",
         "Duplicates({Quote ($)})", "cells", "by-header", "annotator"),
        ("Highlight DNO Status not containing Approved in sheet SolarJobs",
         "TextNotContains({DNO Status}, \"Approved\")", "cells", "by-header", "annotator", "negation"),
        ("Minutes: the bottom 20% of quotes to be highlighted for a pricing review",
         "BottomPercent({Quote ($)}, 20)", "cells", "by-header", "meeting", "superlative"),
        ("colour scale on system size pls",
         "ColorScale({System (kWp)})", "cells", "by-header", "sms"),
    ],
    "BedBoard": [
        ("Highlight NEWS2 greater than or equal to 5 in sheet BedBoard",
         "GreaterThanEqual({NEWS2}, 5)", "cells", "by-header", "annotator", "boundary"),
        ("any pt scoring 7+ on early warning -> whole row red pls",
         "GreaterThanEqual({NEWS2}, 7)", "rows", "by-meaning", "sms", "boundary"),
        ("Action: nurse in charge wants patients aged over 80 highlighted on the board",
         "GreaterThan({Age}, 80)", "rows", "by-header", "meeting"),
        ("patients under 45, please to highlight the row",
         "LessThan({Age}, 45)", "rows", "by-header", "nonnative"),
        ("Highlight rows where Isolation is Yes in sheet BedBoard",
         "TextEquals({Isolation}, \"Yes\")", "rows", "by-header", "annotator"),
        ("pts going home today, hl row",
         "Today({EDD})", "rows", "by-meaning", "sms", "date"),
        ("Which rule highlights the patients due to go home tomorrow? EDD is column G.",
         "Tomorrow({EDD})", "rows", "by-header", "forum", "date"),
        ("Highlight EDD dates next week in sheet BedBoard",
         "NextWeek({EDD})", "cells", "by-header", "annotator", "date"),
        ("Action: EDD missing - flag the whole row so the consultant sets one",
         "Blanks({EDD})", "rows", "by-header", "meeting"),
        ("pts admitted yesterday",
         "Yesterday({Admitted})", "rows", "by-header", "sms", "date"),
        ("the admissions from last week, please highlight the admitted date",
         "LastWeek({Admitted})", "cells", "by-header", "nonnative", "date"),
        ("Highlight Admitted in the last 7 days in sheet BedBoard",
         "Last7Days({Admitted})", "cells", "by-header", "annotator", "date"),
        ("NEWS2 shows #N/A for one patient - how do I highlight errors in column E?",
         "Errors({NEWS2})", "cells", "by-header", "forum"),
        ("Highlight Notes containing awaiting in sheet BedBoard",
         "TextContains({Notes}, \"awaiting\")", "cells", "by-header", "annotator"),
        ("rows where notes dont mention awaiting",
         "TextNotContains({Notes}, \"awaiting\")", "rows", "by-header", "sms", "negation"),
        ("Dr Banerjee patients, highlight the row please",
         "TextEquals({Consultant}, \"Dr Banerjee\")", "rows", "by-value", "nonnative"),
        ("Agreed: consultant cells starting with 'Dr' highlighted, the surgeons left plain",
         "TextStartsWith({Consultant}, \"Dr\")", "cells", "by-header", "meeting", "starts-ends"),
        ("Highlight Bed ending with 01 in sheet BedBoard",
         "TextEndsWith({Bed}, \"01\")", "cells", "by-header", "annotator", "starts-ends"),
        ("3 oldest pts, whole row",
         "Top({Age}, 3)", "rows", "by-meaning", "sms", "superlative"),
        ("the two youngest patients please highlight",
         "Bottom({Age}, 2)", "rows", "by-meaning", "nonnative", "superlative"),
        ("Highlight NEWS2 above average in sheet BedBoard",
         "AboveAverage({NEWS2})", "cells", "by-header", "annotator"),
        ("Can I get a colour scale on the NEWS2 column? It's E2:E15.",
         "ColorScale({NEWS2})", "cells", "by-header", "forum"),
        ("Highlight rows where Ward is not AMU in sheet BedBoard",
         "NOT(TextEquals({Ward}, \"AMU\"))", "rows", "by-header", "annotator", "negation"),
        ("pts aged 60 to 75 -> highlight",
         "Between({Age}, 60, 75)", "cells", "by-header", "sms", "boundary"),
        ("Agreed to highlight the discharge dates falling this month so the team can plan",
         "ThisMonth({EDD})", "cells", "by-meaning", "meeting", "date"),
        ("Highlight Age less than or equal to 45 in sheet BedBoard",
         "LessThanEqual({Age}, 45)", "cells", "by-header", "annotator", "boundary"),
        ("news2 of exactly 2, mark row amber pls",
         "Equals({NEWS2}, 2)", "rows", "by-header", "sms"),
        ("Highlight EDD in next month in sheet BedBoard",
         "NextMonth({EDD})", "cells", "by-header", "annotator", "date"),
        ("age not between 50 and 80 -> highlight",
         "NotBetween({Age}, 50, 80)", "cells", "by-header", "sms"),
        ("Minutes: NEWS2 of 3 or more but under 5 to be amber",
         "AND(GreaterThanEqual({NEWS2}, 3), LessThan({NEWS2}, 5))", "cells", "by-header", "meeting", "boundary"),
        ("How do I highlight the NEWS2 scores that are not errors? Column E.",
         "NotErrors({NEWS2})", "cells", "by-header", "forum", "negation"),
    ],
    "Theses": [
        ("Highlight Word Count greater than 100000 in sheet Theses",
         "GreaterThan({Word Count}, 100000)", "cells", "by-header", "annotator"),
        ("theses over 90k words, whole row",
         "GreaterThan({Word Count}, 90000)", "rows", "by-header", "sms", "number-format"),
        ("Action: GS office to flag any thesis under 50,000 words",
         "LessThan({Word Count}, 50000)", "rows", "by-header", "meeting", "number-format"),
        ("vivas happening today, please highlight the row of them",
         "Today({Viva Date})", "rows", "by-header", "nonnative", "date"),
        ("Highlight Viva Date in next week in sheet Theses",
         "NextWeek({Viva Date})", "cells", "by-header", "annotator", "date"),
        ("How can I highlight the vivas that fell in the last 7 days? Viva dates are F2:F15",
         "Last7Days({Viva Date})", "cells", "by-header", "forum", "date"),
        ("vivas this wk -> row highlight",
         "ThisWeek({Viva Date})", "rows", "by-header", "sms", "date"),
        ("Agreed: highlight the vivas held last month for the corrections tracker",
         "LastMonth({Viva Date})", "rows", "by-header", "meeting", "date"),
        ("Highlight rows where Corrections is Major in sheet Theses",
         "TextEquals({Corrections}, \"Major\")", "rows", "by-header", "annotator"),
        ("resubmissions, highlight the row",
         "TextEquals({Corrections}, \"Resubmit\")", "rows", "by-value", "sms", "value-word"),
        ("candidates whose corrections is not decided (empty), please mark them",
         "Blanks({Corrections})", "rows", "by-header", "nonnative"),
        ("Highlight Corrections that are not blank in sheet Theses",
         "NotBlanks({Corrections})", "cells", "by-header", "annotator"),
        ("Months Over has a #DIV/0! in it. What rule highlights the cells that are not errors in column J?",
         "NotErrors({Months Over})", "cells", "by-header", "forum", "negation"),
        ("overdue by more than 3 months -> whole row",
         "GreaterThan({Months Over}, 3)", "rows", "by-meaning", "sms"),
        ("Highlight Months Over equal to 0 in sheet Theses",
         "Equals({Months Over}, 0)", "cells", "by-header", "annotator"),
        ("Please the departments which start by E should be highlighted",
         "TextStartsWith({Dept}, \"E\")", "cells", "by-header", "nonnative", "starts-ends"),
        ("physics candidates - whole row please",
         "TextEquals({Dept}, \"Physics\")", "rows", "by-value", "sms", "value-word"),
        ("Highlight Programme ending with Phil in sheet Theses",
         "TextEndsWith({Programme}, \"Phil\")", "cells", "by-header", "annotator", "starts-ends"),
        ("student ids starting s2020 (2020 intake), hl the row",
         "TextStartsWith({Student ID}, \"s2020\")", "rows", "by-header", "sms", "starts-ends"),
        ("Minutes: the two longest theses to be highlighted for the examiners' fee review",
         "Top({Word Count}, 2)", "rows", "by-meaning", "meeting", "superlative"),
        ("the 3 shortest thesis, please colour the row",
         "Bottom({Word Count}, 3)", "rows", "by-meaning", "nonnative", "superlative"),
        ("Highlight Word Count below average in sheet Theses",
         "BelowAverage({Word Count})", "cells", "by-header", "annotator"),
        ("Can I add data bars to the word counts? Column G.",
         "DataBar({Word Count})", "cells", "by-header", "forum"),
        ("examiners not 2 -> flag",
         "NotEquals({Examiners}, 2)", "cells", "by-header", "sms"),
        ("the students who are 1 to 4 months late, please highlight",
         "Between({Months Over}, 1, 4)", "rows", "by-meaning", "nonnative", "boundary"),
        ("Highlight rows where Viva Date is tomorrow or yesterday in sheet Theses",
         "OR(Tomorrow({Viva Date}), Yesterday({Viva Date}))", "rows", "by-header", "annotator", "or", "date"),
        ("Agreed: word counts of 80,000 or less highlighted",
         "LessThanEqual({Word Count}, 80000)", "cells", "by-header", "meeting", "boundary", "number-format"),
        ("vivas happening this month please to highlight",
         "ThisMonth({Viva Date})", "cells", "by-header", "nonnative", "date"),
        ("Action: registry to highlight the vivas booked for next month",
         "NextMonth({Viva Date})", "rows", "by-header", "meeting", "date"),
        ("degree types that appear just once, highlight the row",
         "Unique({Programme})", "rows", "by-meaning", "sms"),
        ("Which rule highlights word counts from 80,000 up to but not including 90,000 in column G?",
         "AND(GreaterThanEqual({Word Count}, 80000), LessThan({Word Count}, 90000))", "cells", "by-header", "forum",
         "boundary", "number-format"),
        ("icon set on months over pls",
         "IconSet({Months Over})", "cells", "by-header", "sms"),
        ("top 10 percent of word counts, please",
         "TopPercent({Word Count}, 10)", "cells", "by-header", "nonnative", "superlative"),
    ],
    "Potholes": [
        ("Highlight Depth (mm) greater than 50 in sheet Potholes",
         "GreaterThan({Depth (mm)}, 50)", "cells", "by-header", "annotator"),
        ("Action: highways team to get potholes deeper than 95mm highlighted red - whole row",
         "GreaterThan({Depth (mm)}, 95)", "rows", "by-header", "meeting"),
        ("depth 40mm or less pls highlight",
         "LessThanEqual({Depth (mm)}, 40)", "cells", "by-header", "sms", "boundary"),
        ("Highlight Width (cm) between 30 and 60 in sheet Potholes",
         "Between({Width (cm)}, 30, 60)", "cells", "by-header", "annotator", "boundary"),
        ("potholes reported today, please the row highlight",
         "Today({Reported})", "rows", "by-header", "nonnative", "date"),
        ("reported last week -> highlight",
         "LastWeek({Reported})", "cells", "by-header", "sms", "date"),
        ("How would I highlight the reports from last month? The dates are in D2:D15.",
         "LastMonth({Reported})", "rows", "by-header", "forum", "date"),
        ("Highlight Reported dates this week in sheet Potholes",
         "ThisWeek({Reported})", "cells", "by-header", "annotator", "date"),
        ("P1 ones, whole row",
         "TextEquals({Priority}, \"P1\")", "rows", "by-value", "sms"),
        ("all the ones with No under fixed please highlight in orange, full row",
         "TextEquals({Fixed?}, \"No\")", "rows", "by-header", "nonnative"),
        ("Agreed: missing repair cost cells to be highlighted for the finance check",
         "Blanks({Repair Cost (£)})", "cells", "by-header", "meeting"),
        ("Highlight rows where Repair Cost (£) is an error in sheet Potholes",
         "Errors({Repair Cost (£)})", "rows", "by-header", "annotator"),
        ("Is there a rule to highlight the top 3 repair costs in column I?",
         "Top({Repair Cost (£)}, 3)", "cells", "by-header", "forum", "superlative"),
        ("cheapest 2 repairs hl",
         "Bottom({Repair Cost (£)}, 2)", "cells", "by-meaning", "sms", "superlative"),
        ("Highlight Claims greater than 1 in sheet Potholes",
         "GreaterThan({Claims}, 1)", "cells", "by-header", "annotator"),
        ("potholes with exactly one claim, the whole row please",
         "Equals({Claims}, 1)", "rows", "by-header", "nonnative"),
        ("mill lane and high st potholes, highlight rows",
         "OR(TextEquals({Street}, \"Mill Lane\"), TextEquals({Street}, \"High St\"))", "rows", "by-value", "sms", "or"),
        ("Please highlight the wards that are ending with field",
         "TextEndsWith({Ward}, \"field\")", "cells", "by-header", "nonnative", "starts-ends"),
        ("Minutes: any street that appears more than once in the log is a repeat site - highlight it",
         "Duplicates({Street})", "cells", "by-header", "meeting"),
        ("streets only reported once, highlight rows",
         "Unique({Street})", "rows", "by-header", "sms"),
        ("Can I put a 3-arrow icon set on the depth column (E)?",
         "IconSet({Depth (mm)})", "cells", "by-header", "forum"),
        ("Highlight Width (cm) above average in sheet Potholes",
         "AboveAverage({Width (cm)})", "cells", "by-header", "annotator"),
        ("the ones that have been costed -> highlight the row",
         "NotBlanks({Repair Cost (£)})", "rows", "by-meaning", "sms"),
        ("anything that isn't a P4, please colour the row",
         "NOT(TextEquals({Priority}, \"P4\"))", "rows", "by-value", "nonnative", "negation"),
        ("Agreed to highlight holes wider than 20cm and narrower than 50cm",
         "AND(GreaterThan({Width (cm)}, 20), LessThan({Width (cm)}, 50))", "cells", "by-meaning", "meeting",
         "boundary"),
        ("data bars on depth please",
         "DataBar({Depth (mm)})", "cells", "by-header", "sms"),
        ("Highlight the top 20% Depth (mm) in sheet Potholes",
         "TopPercent({Depth (mm)}, 20)", "cells", "by-header", "annotator", "superlative"),
    ],
    "ContainerYard": [
        ("boxes heavier than 30,000 kg - whole row red",
         "GreaterThan({Gross Wt (kg)}, 30000)", "rows", "by-meaning", "sms", "number-format"),
        ("the weight column has #N/A for one box, how to highlight the error cell?",
         "Errors({Gross Wt (kg)})", "cells", "by-meaning", "nonnative"),
        ("Highlight rows where Customs Hold is Y in sheet ContainerYard",
         "TextEquals({Customs Hold}, \"Y\")", "rows", "by-header", "annotator"),
        ("Action: yard planner to highlight the boxes whose customs hold flag is N",
         "TextEquals({Customs Hold}, \"N\")", "rows", "by-header", "meeting"),
        ("reefers colder than -20, highlight",
         "LessThan({Reefer Temp (°C)}, -20)", "cells", "by-meaning", "sms"),
        ("Highlight Reefer Temp (°C) less than 0 in sheet ContainerYard",
         "LessThan({Reefer Temp (°C)}, 0)", "cells", "by-header", "annotator"),
        ("Which rule highlights the non-blank cells in column E (reefer temps)?",
         "NotBlanks({Reefer Temp (°C)})", "cells", "by-header", "forum"),
        ("boxes sailing tomorrow -> highlight row",
         "Tomorrow({ETD})", "rows", "by-meaning", "sms", "date"),
        ("Highlight ETD dates today in sheet ContainerYard",
         "Today({ETD})", "cells", "by-header", "annotator", "date"),
        ("Please highlight the boxes that are leaving next week, whole line",
         "NextWeek({ETD})", "rows", "by-meaning", "nonnative", "date"),
        ("Agreed: containers with an ETD next month to be shaded",
         "NextMonth({ETD})", "rows", "by-header", "meeting", "date"),
        ("How do I highlight the ETDs that were in the last 7 days (H2:H15)?",
         "Last7Days({ETD})", "cells", "by-header", "forum", "date"),
        ("Highlight Dwell Days greater than or equal to 14 in sheet ContainerYard",
         "GreaterThanEqual({Dwell Days}, 14)", "cells", "by-header", "annotator", "boundary"),
        ("containers sitting in the yard more than a week (7 days) -> whole row",
         "GreaterThan({Dwell Days}, 7)", "rows", "by-meaning", "sms"),
        ("the 3 containers waiting longest in the yard please to highlight",
         "Top({Dwell Days}, 3)", "rows", "by-meaning", "nonnative", "superlative"),
        ("Highlight Dwell Days below average in sheet ContainerYard",
         "BelowAverage({Dwell Days})", "cells", "by-header", "annotator"),
        ("maersk boxes, highlight row",
         "TextEquals({Line}, \"Maersk\")", "rows", "by-value", "sms", "value-word"),
        ("Container numbers starting MSCU - how do I highlight those rows?",
         "TextStartsWith({Container No}, \"MSCU\")", "rows", "by-header", "forum", "starts-ends"),
        ("Highlight Bay starting with E in sheet ContainerYard",
         "TextStartsWith({Bay}, \"E\")", "cells", "by-header", "annotator", "starts-ends"),
        ("Minutes: in the type column, highlight anything that is not Dry",
         "NOT(TextEquals({Type}, \"Dry\"))", "cells", "by-header", "meeting", "negation"),
        ("hl the rows where type doesnt contain reefer",
         "TextNotContains({Type}, \"Reefer\")", "rows", "by-header", "sms", "negation"),
        ("Highlight Size (ft) equal to 40 in sheet ContainerYard",
         "Equals({Size (ft)}, 40)", "cells", "by-header", "annotator"),
        ("20ft boxes only, highlight row",
         "Equals({Size (ft)}, 20)", "rows", "by-value", "sms"),
        ("Put a colour scale on the reefer temps please, column E",
         "ColorScale({Reefer Temp (°C)})", "cells", "by-header", "forum"),
        ("Highlight Gross Wt (kg) not between 20000 and 30000 in sheet ContainerYard",
         "NotBetween({Gross Wt (kg)}, 20000, 30000)", "cells", "by-header", "annotator"),
        ("shipping lines appearing only once in the yard list -> hl",
         "Unique({Line})", "cells", "by-header", "sms"),
        ("lightest 25% of containers -> row",
         "BottomPercent({Gross Wt (kg)}, 25)", "rows", "by-meaning", "sms", "superlative"),
        ("Highlight Gross Wt (kg) rows without errors in sheet ContainerYard",
         "NotErrors({Gross Wt (kg)})", "rows", "by-header", "annotator", "negation"),
        ("gross wt above 20000 and not more than 27000",
         "AND(GreaterThan({Gross Wt (kg)}, 20000), LessThanEqual({Gross Wt (kg)}, 27000))", "cells", "by-header", "sms",
         "boundary"),
    ],
    "TrialVisits": [
        ("How do I highlight SBP readings of 125 or lower in column F?",
         "LessThanEqual({SBP (mmHg)}, 125)", "cells", "by-header", "forum", "boundary"),
        ("Highlight SBP (mmHg) greater than 140 in sheet TrialVisits",
         "GreaterThan({SBP (mmHg)}, 140)", "cells", "by-header", "annotator"),
        ("systolic 135 or above -> flag the whole visit row",
         "GreaterThanEqual({SBP (mmHg)}, 135)", "rows", "by-header", "sms", "boundary"),
        ("Action: CRA to highlight the visits where SBP was below 125",
         "LessThan({SBP (mmHg)}, 125)", "rows", "by-header", "meeting"),
        ("Highlight rows where Query Status is Open in sheet TrialVisits",
         "TextEquals({Query Status}, \"Open\")", "rows", "by-header", "annotator"),
        ("open or answered queries - highlight",
         "OR(TextEquals({Query Status}, \"Open\"), TextEquals({Query Status}, \"Answered\"))", "cells", "by-value",
         "sms", "or", "value-word"),
        ("query status empty, please to highlight the whole row",
         "Blanks({Query Status})", "rows", "by-header", "nonnative"),
        ("visits with a side effect reported -> row red",
         "TextEquals({AE Reported}, \"Yes\")", "rows", "by-meaning", "sms"),
        ("How do I highlight the placebo arm rows?",
         "TextEquals({Arm}, \"Placebo\")", "rows", "by-header", "forum"),
        ("Agreed: highlight the visits scheduled tomorrow so the site can prep",
         "Tomorrow({Visit Date})", "rows", "by-header", "meeting", "date"),
        ("Highlight Visit Date in this week in sheet TrialVisits",
         "ThisWeek({Visit Date})", "cells", "by-header", "annotator", "date"),
        ("visits next month hl row",
         "NextMonth({Visit Date})", "rows", "by-header", "sms", "date"),
        ("Which formula highlights the visit dates that were yesterday? Dates in E2:E15.",
         "Yesterday({Visit Date})", "cells", "by-header", "forum", "date"),
        ("the visits of last week please highlight them",
         "LastWeek({Visit Date})", "rows", "by-header", "nonnative", "date"),
        ("Highlight Dose (mg) equal to 25 in sheet TrialVisits",
         "Equals({Dose (mg)}, 25)", "cells", "by-header", "annotator"),
        ("dose not 25 mg -> highlight",
         "NotEquals({Dose (mg)}, 25)", "cells", "by-header", "sms"),
        ("Weight has a #VALUE! for one visit, please highlight the errors",
         "Errors({Weight (kg)})", "cells", "by-header", "nonnative"),
        ("Highlight Weight (kg) above average in sheet TrialVisits",
         "AboveAverage({Weight (kg)})", "cells", "by-header", "annotator"),
        ("Minutes: heaviest 3 participants to be highlighted for the dose check",
         "Top({Weight (kg)}, 3)", "rows", "by-meaning", "meeting", "superlative"),
        ("lightest 20% of participants - hl row",
         "BottomPercent({Weight (kg)}, 20)", "rows", "by-meaning", "sms", "superlative"),
        ("visit starting with week -> highlight",
         "TextStartsWith({Visit}, \"Week\")", "cells", "by-header", "sms", "starts-ends"),
        ("visit names that end in 12, please highlight",
         "TextEndsWith({Visit}, \"12\")", "cells", "by-header", "nonnative", "starts-ends"),
        ("How do I highlight the subject IDs that start with 102 in column A?",
         "TextStartsWith({Subject}, \"102\")", "cells", "by-header", "forum", "starts-ends"),
        ("Highlight rows where Site is Glasgow in sheet TrialVisits",
         "TextEquals({Site}, \"Glasgow\")", "rows", "by-header", "annotator"),
        ("withdrawn participants - highlight row",
         "TextEquals({Visit}, \"Withdrawn\")", "rows", "by-value", "sms", "value-word"),
        ("Highlight Weight (kg) between 60 and 80 in sheet TrialVisits",
         "Between({Weight (kg)}, 60, 80)", "cells", "by-header", "annotator", "boundary"),
        ("Can we get an icon set on the SBP column (F)?",
         "IconSet({SBP (mmHg)})", "cells", "by-header", "forum"),
        ("SBP values that are not blank please highlight",
         "NotBlanks({SBP (mmHg)})", "cells", "by-header", "nonnative"),
        ("visits that dont contain week (baseline, withdrawn) -> row",
         "TextNotContains({Visit}, \"Week\")", "rows", "by-header", "sms", "negation"),
        ("any visit in this month -> row",
         "ThisMonth({Visit Date})", "rows", "by-header", "sms", "date"),
        ("Agreed: weights outside 60-90 kg to be flagged for the dietitian",
         "NotBetween({Weight (kg)}, 60, 90)", "rows", "by-header", "meeting"),
        ("Please put a color scale in the blood pressure column",
         "ColorScale({SBP (mmHg)})", "cells", "by-meaning", "nonnative"),
    ],
    "UsedCars": [
        ("the cars which cost $8,750 or less, please highlight whole row",
         "LessThanEqual({Price ($)}, 8750)", "rows", "by-meaning", "nonnative", "boundary", "number-format"),
        ("cars over 100k miles -> row red",
         "GreaterThan({Mileage}, 100000)", "rows", "by-header", "sms", "number-format"),
        ("Action: sales to highlight the cars older than 2017",
         "LessThan({Year}, 2017)", "rows", "by-meaning", "meeting"),
        ("cars from 2020 or newer, please to highlight the row",
         "GreaterThanEqual({Year}, 2020)", "rows", "by-meaning", "nonnative", "boundary"),
        ("Highlight Price ($) less than 6000 in sheet UsedCars",
         "LessThan({Price ($)}, 6000)", "cells", "by-header", "annotator"),
        ("prices between $10k and $15k - hl",
         "Between({Price ($)}, 10000, 15000)", "cells", "by-header", "sms", "number-format"),
        ("How do I highlight the MOTs expiring tomorrow? MOT dates are H2:H15.",
         "Tomorrow({MOT Expiry})", "cells", "by-header", "forum", "date"),
        ("mot due next week -> whole row",
         "NextWeek({MOT Expiry})", "rows", "by-header", "sms", "date"),
        ("Agreed: cars whose MOT ran out last month get the row highlighted",
         "LastMonth({MOT Expiry})", "rows", "by-header", "meeting", "date"),
        ("Highlight MOT Expiry this month in sheet UsedCars",
         "ThisMonth({MOT Expiry})", "cells", "by-header", "annotator", "date"),
        ("the cars which MOT is expiring today, please highlight row",
         "Today({MOT Expiry})", "rows", "by-header", "nonnative", "date"),
        ("Highlight Days in Stock greater than or equal to 60 in sheet UsedCars",
         "GreaterThanEqual({Days in Stock}, 60)", "cells", "by-header", "annotator", "boundary"),
        ("top 3 longest in stock, whole row",
         "Top({Days in Stock}, 3)", "rows", "by-meaning", "sms", "superlative"),
        ("newest arrivals, the bottom 2 of days in stock please highlight",
         "Bottom({Days in Stock}, 2)", "cells", "by-header", "nonnative", "superlative"),
        ("all the hybrids, whole row thx",
         "TextEquals({Fuel}, \"Hybrid\")", "rows", "by-value", "sms", "value-word"),
        ("Which rule highlights every car that isn't petrol? Fuel is column I.",
         "NOT(TextEquals({Fuel}, \"Petrol\"))", "rows", "by-header", "forum", "negation"),
        ("electric or hybrid cars, highlight the row",
         "OR(TextEquals({Fuel}, \"Electric\"), TextEquals({Fuel}, \"Hybrid\"))", "rows", "by-value", "nonnative", "or",
         "value-word"),
        ("Minutes: reg plates beginning with L (London cars) to be highlighted",
         "TextStartsWith({Reg}, \"L\")", "cells", "by-header", "meeting", "starts-ends"),
        ("Highlight Stock # ending with 4 in sheet UsedCars",
         "TextEndsWith({Stock #}, \"4\")", "cells", "by-header", "annotator", "starts-ends"),
        ("Highlight Price ($) above average in sheet UsedCars",
         "AboveAverage({Price ($)})", "cells", "by-header", "annotator"),
        ("cheapest 25% of cars -> highlight",
         "BottomPercent({Price ($)}, 25)", "rows", "by-meaning", "sms", "superlative"),
        ("Please can I add data bars on the price column G?",
         "DataBar({Price ($)})", "cells", "by-header", "forum"),
        ("duplicate models in the list - highlight",
         "Duplicates({Model})", "cells", "by-header", "sms"),
        ("Highlight Mileage below average in sheet UsedCars",
         "BelowAverage({Mileage})", "cells", "by-header", "annotator"),
        ("make column, which ones appear only once? highlight those rows please",
         "Unique({Make})", "rows", "by-header", "nonnative"),
        ("cars not registered in 2018 -> hl",
         "NotEquals({Year}, 2018)", "cells", "by-meaning", "sms"),
        ("the most expensive 10% of cars -> whole row",
         "TopPercent({Price ($)}, 10)", "rows", "by-meaning", "sms", "superlative"),
        ("Apply icon set to Price ($) in sheet UsedCars",
         "IconSet({Price ($)})", "cells", "by-header", "annotator"),
        ("please highlight cars with mileage over 40000 and under 70000",
         "AND(GreaterThan({Mileage}, 40000), LessThan({Mileage}, 70000))", "rows", "by-header", "nonnative"),
    ],
    "Returns": [
        ("returns open 3 days or less, highlight row pls",
         "LessThanEqual({Days Open}, 3)", "rows", "by-header", "sms", "boundary"),
        ("Highlight Refund ($) greater than 55 in sheet Returns",
         "GreaterThan({Refund ($)}, 55)", "cells", "by-header", "annotator"),
        ("refunds under $20, hl row",
         "LessThan({Refund ($)}, 20)", "rows", "by-header", "sms", "number-format"),
        ("Action: finance to highlight refunds of $120 or more",
         "GreaterThanEqual({Refund ($)}, 120)", "cells", "by-header", "meeting", "boundary", "number-format"),
        ("returns received yesterday please highlight all the row",
         "Yesterday({Received})", "rows", "by-header", "nonnative", "date"),
        ("Highlight Received dates in last week in sheet Returns",
         "LastWeek({Received})", "cells", "by-header", "annotator", "date"),
        ("How do I shade the returns that came in during the last 7 days? Dates are E2:E15.",
         "Last7Days({Received})", "rows", "by-header", "forum", "date"),
        ("returns that came back this month -> row",
         "ThisMonth({Received})", "rows", "by-meaning", "sms", "date"),
        ("Highlight rows where Reason contains Faulty in sheet Returns",
         "TextContains({Reason}, \"Faulty\")", "rows", "by-header", "annotator"),
        ("the reasons which are starting with Wrong - please highlight",
         "TextStartsWith({Reason}, \"Wrong\")", "cells", "by-header", "nonnative", "starts-ends"),
        ("skus ending OS (one size) -> highlight",
         "TextEndsWith({SKU}, \"OS\")", "cells", "by-header", "sms", "starts-ends"),
        ("Minutes: any SKU containing BLK to be highlighted for the black stock audit",
         "TextContains({SKU}, \"BLK\")", "cells", "by-header", "meeting"),
        ("damaged returns, colour the whole row",
         "TextEquals({Condition}, \"Damaged\")", "rows", "by-value", "sms", "value-word"),
        ("Condition shows #N/A on one line. How do I highlight the error?",
         "Errors({Condition})", "cells", "by-header", "forum"),
        ("Highlight blank cells in Restock in sheet Returns",
         "Blanks({Restock})", "cells", "by-header", "annotator"),
        ("Please highlight the returns where restock is not Yes, whole row",
         "NOT(TextEquals({Restock}, \"Yes\"))", "rows", "by-header", "nonnative", "negation"),
        ("returns open longest, top 2, whole row",
         "Top({Days Open}, 2)", "rows", "by-meaning", "sms", "superlative"),
        ("Agreed: returns open between 5 and 10 days get amber",
         "Between({Days Open}, 5, 10)", "cells", "by-header", "meeting", "boundary"),
        ("days open = 1 -> highlight",
         "Equals({Days Open}, 1)", "cells", "by-header", "sms"),
        ("Which rule highlights the marketplace returns? Channel is column J.",
         "TextEquals({Channel}, \"Marketplace\")", "rows", "by-header", "forum"),
        ("app returns please highlight the row",
         "TextEquals({Channel}, \"App\")", "rows", "by-value", "nonnative", "value-word"),
        ("Highlight Refund ($) below average in sheet Returns",
         "BelowAverage({Refund ($)})", "cells", "by-header", "annotator"),
        ("refund amounts that repeat -> hl",
         "Duplicates({Refund ($)})", "cells", "by-header", "sms"),
        ("Highlight top 20% Refund ($) in sheet Returns",
         "TopPercent({Refund ($)}, 20)", "cells", "by-header", "annotator", "superlative"),
        ("Can I put data bars on the refund amounts in column F?",
         "DataBar({Refund ($)})", "cells", "by-header", "forum"),
        ("refund is not $64.50, highlight the row",
         "NotEquals({Refund ($)}, 64.5)", "rows", "by-header", "nonnative", "number-format"),
        ("Highlight Order No containing 402 in sheet Returns",
         "TextContains({Order No}, \"402\")", "cells", "by-header", "annotator"),
        ("Highlight Days Open not between 1 and 14 in sheet Returns",
         "NotBetween({Days Open}, 1, 14)", "cells", "by-header", "annotator"),
    ],
    "ErgTests": [
        ("Agreed: anyone rating 31 or below in the test gets a note - highlight their rate",
         "LessThanEqual({Rate (spm)}, 31)", "cells", "by-meaning", "meeting", "boundary"),
        ("Highlight 2k (s) less than 400 in sheet ErgTests",
         "LessThan({2k (s)}, 400)", "cells", "by-header", "annotator"),
        ("sub 7 min 2ks (under 420 s) -> whole row",
         "LessThan({2k (s)}, 420)", "rows", "by-header", "sms"),
        ("Action: coach to highlight anyone slower than 450 seconds on the 2k",
         "GreaterThan({2k (s)}, 450)", "rows", "by-header", "meeting"),
        ("Highlight Avg Watts greater than or equal to 387 in sheet ErgTests",
         "GreaterThanEqual({Avg Watts}, 387)", "cells", "by-header", "annotator", "boundary"),
        ("watts under 250, please to highlight the row",
         "LessThan({Avg Watts}, 250)", "rows", "by-header", "nonnative"),
        ("Highlight rows where PB? is Y in sheet ErgTests",
         "TextEquals({PB?}, \"Y\")", "rows", "by-header", "annotator"),
        ("pb column says N -> grey the row",
         "TextEquals({PB?}, \"N\")", "rows", "by-header", "sms"),
        ("Which formula highlights the W1 squad rows? Squad is column B.",
         "TextEquals({Squad}, \"W1\")", "rows", "by-header", "forum"),
        ("womens squads (start with W) -> highlight",
         "TextStartsWith({Squad}, \"W\")", "cells", "by-header", "sms", "starts-ends"),
        ("strokeside rowers please highlight the row",
         "TextEquals({Side}, \"Stroke\")", "rows", "by-value", "nonnative", "value-word"),
        ("Highlight Coach Notes containing rate in sheet ErgTests",
         "TextContains({Coach Notes}, \"rate\")", "cells", "by-header", "annotator"),
        ("Minutes: coach notes left empty to be highlighted so the coaches fill them in",
         "Blanks({Coach Notes})", "cells", "by-header", "meeting"),
        ("notes not empty - hl",
         "NotBlanks({Coach Notes})", "cells", "by-header", "sms"),
        ("The rate column has #N/A from the monitor. How can I highlight the errors in G?",
         "Errors({Rate (spm)})", "cells", "by-header", "forum"),
        ("Highlight Rate (spm) cells without errors in sheet ErgTests",
         "NotErrors({Rate (spm)})", "cells", "by-header", "annotator", "negation"),
        ("tests done today -> row",
         "Today({Test Date})", "rows", "by-header", "sms", "date"),
        ("Highlight Test Date in last month in sheet ErgTests",
         "LastMonth({Test Date})", "cells", "by-header", "annotator", "date"),
        ("the tests which were done this week, highlight please",
         "ThisWeek({Test Date})", "rows", "by-header", "nonnative", "date"),
        ("Agreed: the fastest 3 times to be highlighted for the seat racing list",
         "Bottom({2k (s)}, 3)", "rows", "by-meaning", "meeting", "superlative", "polarity"),
        ("3 most powerful rowers -> hl row",
         "Top({Avg Watts}, 3)", "rows", "by-meaning", "sms", "superlative"),
        ("Highlight Weight (kg) below average in sheet ErgTests",
         "BelowAverage({Weight (kg)})", "cells", "by-header", "annotator"),
        ("rowers heavier than the average, whole row please",
         "AboveAverage({Weight (kg)})", "rows", "by-meaning", "nonnative"),
        ("Can I put a colour scale on the 2k times (D2:D15)?",
         "ColorScale({2k (s)})", "cells", "by-header", "forum"),
        ("rate not 31 -> hl",
         "NotEquals({Rate (spm)}, 31)", "cells", "by-header", "sms"),
        ("please highlight the best 10 percent of the watts",
         "TopPercent({Avg Watts}, 10)", "cells", "by-header", "nonnative", "superlative"),
        ("Highlight rows where Test Date is last week in sheet ErgTests",
         "LastWeek({Test Date})", "rows", "by-header", "annotator", "date"),
        ("Please highlight the coach notes which not contain the word rate",
         "TextNotContains({Coach Notes}, \"rate\")", "cells", "by-header", "nonnative", "negation"),
        ("Agreed: data bars on the stroke rate column",
         "DataBar({Rate (spm)})", "cells", "by-header", "meeting"),
        ("Highlight the bottom 10% of Avg Watts in sheet ErgTests",
         "BottomPercent({Avg Watts}, 10)", "cells", "by-header", "annotator", "superlative"),
        ("Highlight Rate (spm) greater than 30 and less than 34 in sheet ErgTests",
         "AND(GreaterThan({Rate (spm)}, 30), LessThan({Rate (spm)}, 34))", "cells", "by-header", "annotator",
         "boundary"),
    ],
}


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
