"""A thirteenth set of table requests, about a third of them header-only, and the builder of thirteenth_tables.json.

Written on 2026-12-07 between 04:33 and about 04:46 UTC (by `date -u` on this machine) by engineer
T13, who had read neither the assistant's code nor any set's wordings, so that the team has table
requests nobody has tuned on. The eleven tables (a mineral explorer's drill-core log, a bug-bounty
programme's vulnerability reports, a cemetery's burial-plot register, a ground station's satellite
pass schedule, a building's fire-extinguisher checks, a water company's sewer CCTV surveys, a
pilot's logbook, an archaeological dig's finds register, a graduate school's PhD dissertation
tracker, a radon survey's home tests, a forestry estate's timber sale lots) and every request were
written from scratch. Headers carry units, abbreviations and initialisms (`Au (g/t)`, `Cu %`,
`RQD %`, `From (m)`, `CVSS`, `Sev`, `Bounty ($)`, `Dup?`, `Lease (yrs)`, `Fee (£)`, `Maint. Due`,
`Max Elev (°)`, `Dur (s)`, `Data (MB)`, `SNR (dB)`, `Size (kg)`, `Pressure (psi)`, `Tag OK?`,
`Weight Loss %`, `Pipe Dia (mm)`, `Block (h)`, `Night (h)`, `PIC?`, `Depth (cm)`, `Wt (g)`,
`Conserv. Due`, `Words (k)`, `Radon (Bq/m³)`, `Above AL?`, `Vol (m³)`, `Avg DBH (cm)`, `FSC?`), and
the cells dates, money (plain numbers under a currency header), percentages ("2.6%", "65%", typed
as fractions), codes (hole, report, plot, pass, unit, survey, find, student, test and lot numbers,
aircraft registrations, ICAO airfield codes, postcodes, compartments), yes/no values (and "Pending",
"Unknown", "Part"), free text (geology notes, report summaries, remarks, descriptions, advice),
text in number columns ("n/a", "tbc", "n/k", "n/r", "waived", "pending", "no bids", "withdrawn"),
Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!) and blanks.

Styles (the second tag; table_sets.STYLES is the earlier table sets', this set has its own):
`annotator`, the benchmark annotators' imperative lines ("Highlight Depth greater than 12 in sheet
Wells", the sheet being the table's name); `forum`, a forum question of a sentence or two,
sometimes with a column letter (always the true column of the table placed at A1: "How do I shade
the rows where Qty is 0? Qty is column C."); `spec`, new here: a form-like line of field: value
pairs ("Column: Tonnage | Condition: under 40 | Scope: whole row | Format: pink"); `slang`, new
here: casual texting with shorthand and emoji ("omg can u make the late ones red lol 🙏"); `formal`,
new here: stiff, verbose, bureaucratic ("It is hereby requested that any entry whose Category reads
Archived be greyed out in full."). These examples are made up for this note; none is an entry.
Requests keep Excel's semantics: a blank compares as 0 and any text is greater than any number.

What was read, every command that printed anything: `date -u` (at the start, three times while
writing, at the end); `ls benchmarks/data/` with `git status --short | head` (the status printed nothing);
`ls benchmarks/data/*.json | wc -l` (31); benchmarks/data/README.md and
benchmarks/data/table_sets.py (`cat`, one print; the tool cut lines 34-139 of that print, which
hid the README's middle: its table rows from the eighth sets on and the "why" paragraphs before
the tenth sets'; not printed again, so the README was read except that part); of
benchmarks/data/twelfth_tables.py only `sed -n 1,187p` and `sed -n 749,755p` (docstring, imports,
constants, the `_table` helper; the code after the entries); benchmarks/data/everyday_common.py,
tests/benchmarks/test_table_sets_data.py and tests/benchmarks/set_files.py (`cat`, one print whose
lines 318-388 the tool cut, then `wc -l` of everyday_common.py, `sed -n 300,400p` of it, `sed -n
1,60p` and `sed -n 60,75p` of the test: all three read whole); of benchmarks/data/everyday_tables.py
only the signatures and docstrings of build_record and problems, printed with inspect;
/work/shared/docs/CF_RULES.md, /work/shared/docs/EVALUATION.md and /work/shared/data/README.md
(`cat`, with `wc -l` of the three). Of cf_assistant.languages.cf: the names it exports, type_text
on made-up cells ("45%", "1,200", "n/a", "#N/A", "yes", "2024-06-12", "", "  ", "-3.5", "0.25",
"12:30", "A-12") and parse/to_text on a few made-up rules for the canonical spelling. A short
program (/tmp/t13/check.py, three runs) read the `Table` field of every set file in
benchmarks/data/ (thirteenth_* aside) and the module docstrings of every other builder
(ast.get_docstring, thirteenth_* aside) and printed one True/False pair per candidate (in a table
name, as a substring; in a docstring, as a whole word with an optional plural s). Dropped as used:
funeral, insurance, claims, mortgage, clinical trial, trial, vaccination, polling, election,
bridge, crowdfunding, backers, warranty, ward, bed, locker, grant, esports, finds, pothole,
gritting, oyster, hydroponic, greenhouse, sawmill, thesis, court, marina, harbour, lighthouse,
kennel, seed, berth, and the table names TrialVisits, ContainerYard and Vaccinations (also
container, dropped). Unused, and taken: drill core, borehole, mining, vulnerability, bug bounty,
cve, cemetery, burial, grave, satellite, ground station, extinguisher, fire extinguisher, fire
safety, sewer, drain, pilot, logbook, archaeology, excavation, dissertation, viva, phd, radon,
forestry, timber, and the table names DrillCores, VulnReports, CemeteryPlots, SatellitePasses,
ExtinguisherChecks, SewerSurveys, PilotLogbook, ExcavationLog, Dissertations, RadonSurveys,
TimberLots (also unused, not taken: port terminal, vaccine, roadworks, streetlight, asbestos,
irrigation, parole, probation, hearing, notary, tide, fossil, herbarium, organ, transplant,
racehorse, glacier, penetration, and the names FuneralPlans, InsuranceClaims, MortgageApps,
PollingStations, BridgeInspections, WarrantyClaims, PilotLog, WardBeds, GrantApplications,
EsportsMatches, SeedBank, Excavation, PotholeReports, RadonTests, OysterBeds, ThesisTracker,
MarinaBerths). The builder's own checks and counts were run while writing (their messages name
this set's requests and rules only), line-length checks printed a few of this builder's own lines,
and `python -m pytest -q tests/benchmarks/test_table_sets_data.py` ran (first with `-k thirteenth`,
then whole); `git status --short` at the end printed file names only (thirteenth_cf.py and
thirteenth_cf.json, written beside this set by engineer E13, and
tests/benchmarks/test_one_column_sets_data.py, changed by another engineer; none opened). No slip
of reading: no line of twelfth_tables.py outside the two ranges, and no entry, table or column of
any other builder, was printed.

Not read: anything under cf_assistant/ but the public API above; `git log`, `git show`, any diff;
the TABLES, ENTRIES and COLUMNS of the other builders (twelfth_tables.py lines 188-748 included);
thirteenth_cf.py and thirteenth_cf.json (written beside this set by engineer E13; not opened; the
builder compares with any set file beside it by program only, as table_sets.requests_elsewhere
does); the utterances or tables of any JSON file (compared with this set's by program only, never
printed). No request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to twelfth_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows (a row, a
line, "in its entirety", "in full", or the intervals, reports, plots, passes, units, surveys,
flights, finds, candidates, tests or lots themselves), "cells" otherwise; `naming` says how the
request names the tested column: `by-header` (its header's words, a plain spelling-out of a
shortened header, as maintenance for `Maint.`, or its letter), `by-meaning` (a synonym or what
its values mean: how deep an interval reaches for `To (m)`, the day of a pass for `Pass Date`, how
heavy a find is for `Wt (g)`, how long a thesis is for `Words (k)`) or `by-value` (only a value of
it: a satellite's name for `Sat`, a pipe material for `Material`, an aircraft type for `Type`, a
species for `Species`). Each rule tests one column. Every record is first built and checked on its full table
(everyday_tables' `build_record` with IDs prefixed `t13t-`; its `problems`: a record that formats
no row or every row, whose near misses its table cannot tell apart, text operators exempt, or
whose rule formats the same rows on another column is refused), and a request already written
(case aside) in any other set file of benchmarks/data/ or in the benchmark's train split
(../shared/data/cf/train.json) is refused, as is a column letter or range that is not the rule's
column. Then the records picked by a stable hash of the ID (about one in three,
`table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text
below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date
comparisons are not written, date periods are (each tested date column holds the days that tell
the ten periods apart: 06-11, 06-12, 06-13, 06-07, 06-04, 06-18, 06-27, 05-20, 07-08, 03-01,
06-14, 06-20, 06-25, 05-29). Labels follow Excel: a blank compares as 0, any text is greater than
any number (so "n/a", "tbc", "pending" or "withdrawn" in a number column is formatted by a
"greater than" rule, as Excel does), an error is neither blank nor formatted by a comparison, text
tests ignore case. A percentage is written as a fraction where the cells hold "2%" (`Cu %`, `RQD
%`, `Weight Loss %`: 0.02). Every comparison's threshold is a value of its column (so that "at
least" and "more than" differ there).

How refusals were fixed (twenty-four records, over all eleven tables, over three builds: 22, then
5 of which 2 new, then 1 repeat; no draft equalled a request elsewhere; none was fixed by choosing
a split): by changing cells (twenty-one records: another column's ranking made to differ from the
tested one, as depth to against depth from and RQD, bounty against CVSS, lease length against fee,
data volume against elevation, duration, SNR and the pass date, pipe length against diameter and
grade, block time against the flight date, find weight against context number, chapters against
year and words, volume against reserve and top bid; an average made to differ by one length; a
pass elevation changed so that a Pass ID ending was not also an elevation ending; a blank or a
text cell moved so that Blanks, ColorScale, DataBar and IconSet on one column differ from another
column's; a tie at the third lease length made a tie at the second no more), or by changing the
rule (three: AND "more than 0" on Days Open, equal there to "not 0" as no value is negative, made
"more than 1"; NotEquals on Kiruna, the smallest station by Excel's text order and so equal to
"greater than", moved to Perth, a middle value; "greater than 17300" on Top Bid, which formatted
the same rows as on Reserve, made "greater than 20400", with its request). After the first full
build (343 records, every function in both halves) three TextEquals entries, the most common
function, were removed to keep 340 records (chosen by function count, not by split).

Tags: the naming, the style, then any of `number-format`, `boundary`, `negation`, `or`,
`superlative`, `polarity`, `starts-ends`, `date`, `value-word`, then `header-only` where the rows
were dropped, then `thirteenth` (last). Every one of the 41 top functions is in both halves (dev,
test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/thirteenth_tables.py` prints them): 340 records, dev 165 / test
175 (the split is the ID hash's, not chosen); 11 tables of 10 columns and 14 data rows each; 111
header-only records (33%); scope rows 155 (46%) / cells 185; naming by-header 284, by-meaning 37,
by-value 19 (16% not by header); styles annotator 73, formal 73, spec 68, slang 67, forum 59;
every one of the 41 top functions in both halves, five with one record in a half (IconSet,
LastMonth and NotBlanks in dev; DataBar and ThisWeek in test).

Rebuild: `python benchmarks/data/thirteenth_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "thirteenth_tables.json"
PREFIX = "t13t"
TAG = "thirteenth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and three new here: a form-like spec line (field: value
# pairs joined by "|"), casual texting slang with emoji, and a stiff formal, bureaucratic request.
STYLES = ("annotator", "forum", "spec", "slang", "formal")
# The requests of every other set file in this folder (these thirty-one at the time of writing,
# and any written since, e.g. thirteenth_cf.json, written at the same time by another engineer)
# and of the benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fifth_cf.json", "fifth_tables.json", "sixth_cf.json", "sixth_tables.json",
              "seventh_cf.json", "seventh_tables.json", "eighth_cf.json", "eighth_tables.json",
              "ninth_cf.json", "ninth_tables.json", "tenth_cf.json", "tenth_tables.json",
              "eleventh_cf.json", "eleventh_tables.json", "twelfth_cf.json", "twelfth_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "25%" is typed as a
# number (0.25), as Excel types pasted text; "£" and "$" amounts sit under a currency header as
# plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.

TABLES = {}
ENTRIES = {}

TABLES["DrillCores"] = _table("""
Hole ID | Logged | Geologist | From (m) | To (m) | Au (g/t) | Cu % | RQD % | Assayed? | Notes
DDH-101 | 2024-06-11 | K. Osei | 0 | 12.5 | 0.42 | 0.8% | 65% | Yes | weathered cap
DDH-102 | 2024-06-12 | M. Lindqvist | 12.5 | 30 | 1.85 | 1.2% | 78% | Yes | quartz veining
DDH-103 | 2024-06-13 | K. Osei | 30 | 47.2 | 3.1 | 0.4% | 82% | No | _
DDH-104 | 2024-06-07 | P. Ruiz | 47.2 | 61 | #N/A | 2.6% | 91% | Yes | chalcopyrite blebs
RC-201 | 2024-06-04 | M. Lindqvist | 0 | 18 | 0.05 | 0.1% | n/a | No | RC chips only
RC-202 | 2024-06-18 | P. Ruiz | 18 | 36 | 0.77 | 0.9% | n/a | Pending | _
DDH-105 | 2024-06-27 | J. Tanaka | 61 | 74.8 | 5.6 | 3.4% | 88% | Yes | visible gold
DDH-106 | 2024-05-20 | K. Osei | 74.8 | 90 | 0.18 | 0.2% | 45% | Yes | fault gouge
RC-203 | 2024-07-08 | J. Tanaka | 36 | tbc | _ | 0.6% | n/a | No | lost sample
DDH-107 | 2024-03-01 | M. Lindqvist | 90 | 102.3 | 2 | 1.7% | 70% | Yes | quartz-carbonate veining
DDH-108 | 2024-06-14 | P. Ruiz | 102.3 | 115 | 0.95 | #VALUE! | 58% | Pending | broken core
DDH-109 | 2024-06-20 | A. Mensah | 115 | 128.6 | 1.2 | 1.1% | 95% | Yes | ~
RC-204 | 2024-06-25 | A. Mensah | 0 | 150 | 0.33 | 2% | n/a | No | wet drilling
DDH-110 | 2024-05-29 | J. Tanaka | 128.6 | 140 | 8.9 | 0.3% | 99% | Yes | sulphide-rich
""")
ENTRIES["DrillCores"] = [
    ("Highlight Au (g/t) greater than 2 in sheet DrillCores",
     "GreaterThan({Au (g/t)}, 2)", "cells", "by-header", "annotator"),
    ("Column: Cu % | Condition: 2% or more | Scope: whole row | Format: amber fill",
     "GreaterThanEqual({Cu %}, 0.02)", "rows", "by-header", "spec", "number-format", "boundary"),
    ("can u make the intervals w/ RQD under 58% pop, whole row pls 🙏",
     "LessThan({RQD %}, 0.58)", "rows", "by-header", "slang", "number-format"),
    ("It is requested that every interval whose Assayed? entry reads Pending be shaded in its entirety.",
     'TextEquals({Assayed?}, "Pending")', "rows", "by-header", "formal", "value-word"),
    ("How do I colour the hole IDs that start with RC? They're in column A.",
     'TextStartsWith({Hole ID}, "RC")', "cells", "by-header", "forum", "starts-ends"),
    ("Apply Top 3 on Au (g/t) in sheet DrillCores",
     "Top({Au (g/t)}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("yo which holes got logged today?? highlight em", "Today({Logged})", "cells", "by-header", "slang", "date"),
    ("Column: Logged | Condition: last week | Scope: whole row | Format: grey",
     "LastWeek({Logged})", "rows", "by-header", "spec", "date"),
    ("Kindly arrange for the rows of all intervals logged within the last seven days to be highlighted.",
     "Last7Days({Logged})", "rows", "by-header", "formal", "date"),
    ("Is there a way to flag cells in the Notes column that mention veining?",
     'TextContains({Notes}, "veining")', "cells", "by-header", "forum"),
    ("Highlight blank cells in Notes in sheet DrillCores", "Blanks({Notes})", "cells", "by-header", "annotator"),
    ("Column: Au (g/t) | Condition: no error | Scope: whole row | Format: green",
     "NotErrors({Au (g/t)})", "rows", "by-header", "spec", "negation"),
    ("pls shade every K. Osei row 🙏", 'TextEquals({Geologist}, "K. Osei")', "rows", "by-value", "slang", "value-word"),
    ("It is requested that the gold assays lying between 0.5 and 2 g/t inclusive be highlighted.",
     "Between({Au (g/t)}, 0.5, 2)", "cells", "by-meaning", "formal", "boundary"),
    ("Add data bars to To (m) in sheet DrillCores", "DataBar({To (m)})", "cells", "by-header", "annotator"),
    ("Column: RQD % | Condition: below the column average | Scope: cells | Format: orange",
     "BelowAverage({RQD %})", "cells", "by-header", "spec"),
    ("I want every interval that has been assayed (Assayed? = Yes) highlighted across the whole row. How?",
     'TextEquals({Assayed?}, "Yes")', "rows", "by-header", "forum", "value-word"),
    ("Apply Not Equal To K. Osei on Geologist in sheet DrillCores",
     'NotEquals({Geologist}, "K. Osei")', "cells", "by-header", "annotator", "negation"),
    ("Column: Notes | Condition: does not contain quartz | Scope: whole row | Format: light blue",
     'TextNotContains({Notes}, "quartz")', "rows", "by-header", "spec", "negation"),
    ("the deepest 2 intervals - make the whole row pop 🔥",
     "Top({To (m)}, 2)", "rows", "by-meaning", "slang", "superlative"),
    ("Would it be possible to colour the whole row when the Cu % falls outside 0.5% to 2%?",
     "NotBetween({Cu %}, 0.005, 0.02)", "rows", "by-header", "forum", "number-format"),
    ("Color scale on RQD % in sheet DrillCores", "ColorScale({RQD %})", "cells", "by-header", "annotator"),
    ("It is requested that every interval to be logged next week be shaded in its entirety.",
     "NextWeek({Logged})", "rows", "by-header", "formal", "date"),
    ("Column: Logged | Condition: this month | Scope: cells | Format: green",
     "ThisMonth({Logged})", "cells", "by-header", "spec", "date"),
    ("How can I highlight the whole row when Au is above 0.95 and below 3.1 g/t?",
     "AND(GreaterThan({Au (g/t)}, 0.95), LessThan({Au (g/t)}, 3.1))", "rows", "by-header", "forum"),
    ("It is requested that every interval not marked Yes under Assayed? be shaded across the entire row.",
     'NOT(TextEquals({Assayed?}, "Yes"))', "rows", "by-header", "formal", "negation"),
    ("Highlight Logged tomorrow in sheet DrillCores", "Tomorrow({Logged})", "cells", "by-header", "annotator", "date"),
    ("pls highlight the interval with the lowest RQD, whole row 🙏",
     "Bottom({RQD %}, 1)", "rows", "by-header", "slang", "superlative"),
    ("It is requested that gold assays falling within the bottom 25 percent be highlighted.",
     "BottomPercent({Au (g/t)}, 25)", "cells", "by-meaning", "formal", "superlative"),
]

TABLES["VulnReports"] = _table("""
Report # | Fix Due | Researcher | CVSS | Sev | Asset | Bounty ($) | Dup? | Days Open | Summary
BB-3301 | 2024-06-12 | zer0cool | 9.8 | Critical | api.payments | 2500 | No | 0 | SQL injection in refund endpoint
BB-3302 | 2024-06-04 | n3ll | 5.3 | Medium | www | 500 | No | 8 | reflected XSS on search page
BB-3303 | 2024-05-20 | kwame_sec | 7.5 | High | api.auth | 2000 | Yes | 23 | token reuse after logout
BB-3304 | 2024-06-13 | n3ll | 3.1 | Low | cdn | 150 | No | tbc | verbose error page
BB-3305 | 2024-06-11 | rosa.h | 6.5 | Medium | mobile-ios | 800 | No | 1 | IDOR on order history
BB-3306 | 2024-03-01 | zer0cool | 8.1 | High | api.payments | 3000 | No | 103 | SSRF via webhook URL
BB-3307 | 2024-07-08 | lin_w | ~ | Info | www | 0 | Yes | n/a | missing security header
BB-3308 | 2024-06-18 | kwame_sec | 4.3 | Medium | mobile-android | 400 | No | tbc | open redirect on login
BB-3309 | 2024-06-07 | rosa.h | 9.1 | Critical | api.auth | 10000 | No | 5 | auth bypass with null byte
BB-3310 | 2024-06-27 | dmitri.v | 2.6 | Low | cdn | #N/A | Yes | tbc | clickjacking on static page
BB-3311 | 2024-05-29 | lin_w | 7.5 | High | www | 2500 | No | 14 | stored XSS in profile bio
BB-3312 | 2024-06-14 | dmitri.v | 5.3 | Medium | api.payments | 600 | Yes | tbc | rate limit missing on OTP
BB-3313 | 2024-06-20 | n3ll | 6.1 | Medium | mobile-ios | 750 | No | tbc | cleartext token in logs
BB-3314 | 2024-06-25 | p4ssw0rd | 4.3 | Low | www | 300 | No | tbc | CSRF on newsletter form
""")
ENTRIES["VulnReports"] = [
    ("Highlight CVSS greater than or equal to 7.5 in sheet VulnReports",
     "GreaterThanEqual({CVSS}, 7.5)", "cells", "by-header", "annotator", "boundary"),
    ("Column: Sev | Condition: equals Critical | Scope: whole row | Format: dark red",
     'TextEquals({Sev}, "Critical")', "rows", "by-header", "spec", "value-word"),
    ("can u make all the dupes pop? Dup? = Yes, whole row 🙏",
     'TextEquals({Dup?}, "Yes")', "rows", "by-header", "slang", "value-word"),
    ("It is requested that all reports whose fix falls due today be highlighted in their entirety.",
     "Today({Fix Due})", "rows", "by-header", "formal", "date"),
    ("How can I highlight bounties of $2,000 or less? Bounty is column G.",
     "LessThanEqual({Bounty ($)}, 2000)", "cells", "by-header", "forum", "number-format", "boundary"),
    ("Apply Top 2 on Bounty ($) in sheet VulnReports",
     "Top({Bounty ($)}, 2)", "cells", "by-header", "annotator", "superlative"),
    ("Column: Fix Due | Condition: next week | Scope: whole row | Format: yellow",
     "NextWeek({Fix Due})", "rows", "by-header", "spec", "date"),
    ("which reports r due this week lol, highlight the row",
     "ThisWeek({Fix Due})", "rows", "by-header", "slang", "date"),
    ("It is requested that each report whose fix date fell in the previous calendar month be shaded.",
     "LastMonth({Fix Due})", "cells", "by-header", "formal", "date"),
    ("Is there a way to flag the Summary cells containing XSS?",
     'TextContains({Summary}, "XSS")', "cells", "by-header", "forum"),
    ("Highlight Asset beginning with api in sheet VulnReports",
     'TextStartsWith({Asset}, "api")', "cells", "by-header", "annotator", "starts-ends"),
    ("Column: Asset | Condition: ends with ios | Scope: whole row | Format: purple",
     'TextEndsWith({Asset}, "ios")', "rows", "by-header", "spec", "starts-ends"),
    ("highlight every zer0cool report pls, whole row 😎",
     'TextEquals({Researcher}, "zer0cool")', "rows", "by-value", "slang", "value-word"),
    ("It is requested that the reports whose CVSS score lies outside the range 4.3 to 7.5 be shaded across the "
     "entire row.",
     "NotBetween({CVSS}, 4.3, 7.5)", "rows", "by-header", "formal"),
    ("Days Open above average - how do I highlight those cells?",
     "AboveAverage({Days Open})", "cells", "by-header", "forum"),
    ("Column: Bounty ($) | Condition: error | Scope: cells | Format: grey",
     "Errors({Bounty ($)})", "cells", "by-header", "spec"),
    ("Highlight blank cells in CVSS in sheet VulnReports", "Blanks({CVSS})", "cells", "by-header", "annotator"),
    ("It is requested that the two lowest CVSS scores be highlighted.",
     "Bottom({CVSS}, 2)", "cells", "by-header", "formal", "superlative"),
    ("Apply Duplicates on CVSS in sheet VulnReports", "Duplicates({CVSS})", "cells", "by-header", "annotator"),
    ("Column: Researcher | Condition: appears only once | Scope: whole row | Format: teal",
     "Unique({Researcher})", "rows", "by-header", "spec"),
    ("It is requested that every report whose Sev is other than High be shaded in its entirety.",
     'NotEquals({Sev}, "High")', "rows", "by-header", "formal", "negation"),
    ("How do I highlight the whole row when Days Open is 5 or fewer?",
     "LessThanEqual({Days Open}, 5)", "rows", "by-header", "forum", "boundary"),
    ("Apply Icon Set on Days Open in sheet VulnReports", "IconSet({Days Open})", "cells", "by-header", "annotator"),
    ("Column: Sev | Condition: Critical or High | Scope: whole row | Format: red",
     'OR(TextEquals({Sev}, "Critical"), TextEquals({Sev}, "High"))', "rows", "by-header", "spec", "or"),
    ("It is requested that reports due for a fix in the month following the present one be highlighted.",
     "NextMonth({Fix Due})", "cells", "by-meaning", "formal", "date"),
    ("any reports due yesterday? make em red", "Yesterday({Fix Due})", "cells", "by-meaning", "slang", "date"),
    ("Highlight Summary not containing token in sheet VulnReports",
     'TextNotContains({Summary}, "token")', "cells", "by-header", "annotator", "negation"),
    ("Bounty between 500 and 2500 - how do I colour those rows?",
     "Between({Bounty ($)}, 500, 2500)", "rows", "by-header", "forum", "boundary"),
    ("Column: Days Open | Condition: more than 1 and less than 14 | Scope: whole row | Format: amber",
     "AND(GreaterThan({Days Open}, 1), LessThan({Days Open}, 14))", "rows", "by-header", "spec"),
    ("Apply Bottom 20% on Bounty ($) in sheet VulnReports",
     "BottomPercent({Bounty ($)}, 20)", "cells", "by-header", "annotator", "superlative"),
]

TABLES["CemeteryPlots"] = _table("""
Plot Ref | Section | Holder | Interments | Lease (yrs) | Lease End (yr) | Fee (£) | Headstone? | Maint. Due | Remarks
A-014 | Old Chapel | Whitcombe family | 2 | 50 | 2051 | 1250 | Yes | 2024-06-13 | leaning stone
A-015 | Old Chapel | R. Pryce | 1 | 25 | tbc | 640 | No | 2024-06-07 | _
B-102 | Garden of Rest | M. Achebe | 0 | 25 | 2046 | 640 | No | 2024-06-04 | reserved plot
B-103 | Garden of Rest | unknown | 3 | n/k | n/k | waived | Yes | 2024-06-18 | lease records lost
C-220 | Woodland | L. Fairbairn | 1 | 50 | 2072 | 1890 | No | 2024-06-27 | natural burial, no stone
C-221 | Woodland | S. Okafor | 0 | 50 | 2073 | 1890 | No | 2024-05-20 | reserved plot
A-016 | Old Chapel | Dunmore family | 1 | 99 | 2046 | 2400 | Yes | 2024-07-08 | inscription worn
D-301 | Lawn | H. Kowalczyk | 1 | 25 | 2039 | 720 | Yes | 2024-03-01 | _
D-302 | Lawn | T. Brennan | 4 | 25 | 2040 | 720 | Yes | 2024-06-14 | vase missing
D-303 | Lawn | J. Mbeki | 1 | 25 | 2041 | #VALUE! | No | 2024-06-20 | awaiting stone
B-104 | Garden of Rest | E. Lindgren | 2 | 50 | 2058 | 1250 | Yes | 2024-06-25 | _
C-222 | Woodland | P. Varga | 1 | 75 | 2090 | 1500 | No | 2024-05-29 | tree planted
A-017 | Old Chapel | Hartley family | 5 | 99 | 2033 | 1800 | Yes | 2024-06-11 | full, closed to burials
D-304 | Lawn | ~ | 0 | 25 | 2049 | 720 | No | 2024-06-12 | reserved plot
""")
ENTRIES["CemeteryPlots"] = [
    ("Highlight Interments equal to 2 in sheet CemeteryPlots",
     "Equals({Interments}, 2)", "cells", "by-header", "annotator"),
    ("Column: Lease (yrs) | Condition: equals 99 | Scope: whole row | Format: gold",
     "Equals({Lease (yrs)}, 99)", "rows", "by-header", "spec"),
    ("pls hl the reserved plots, whole row 🙏",
     'TextContains({Remarks}, "reserved")', "rows", "by-value", "slang", "value-word"),
    ("It is requested that all plots whose maintenance falls due tomorrow be highlighted in their entirety.",
     "Tomorrow({Maint. Due})", "rows", "by-header", "formal", "date"),
    ("How do I highlight plots in the Woodland section? Whole row if possible.",
     'TextEquals({Section}, "Woodland")', "rows", "by-value", "forum", "value-word"),
    ("Highlight Fee (£) less than 720 in sheet CemeteryPlots",
     "LessThan({Fee (£)}, 720)", "cells", "by-header", "annotator"),
    ("Column: Lease End (yr) | Condition: before 2040 | Scope: whole row | Format: orange",
     "LessThan({Lease End (yr)}, 2040)", "rows", "by-header", "spec"),
    ("any repeated lease end yrs? make em pop", "Duplicates({Lease End (yr)})", "cells", "by-header", "slang"),
    ("It is requested that every plot without a headstone be shaded in full.",
     'TextEquals({Headstone?}, "No")', "rows", "by-header", "formal", "value-word"),
    ("Highlight blank cells in Holder in sheet CemeteryPlots", "Blanks({Holder})", "cells", "by-header", "annotator"),
    ("Column: Remarks | Condition: not blank | Scope: cells | Format: italic",
     "NotBlanks({Remarks})", "cells", "by-header", "spec"),
    ("What's the easiest way to put a color scale on the Fee (£) column?",
     "ColorScale({Fee (£)})", "cells", "by-header", "forum"),
    ("How would I highlight the whole row for the top 3 lease lengths?",
     "Top({Lease (yrs)}, 3)", "rows", "by-header", "forum", "superlative"),
    ("It is requested that the plots whose fee is below the average be highlighted.",
     "BelowAverage({Fee (£)})", "cells", "by-header", "formal"),
    ("hl maint due this month pls", "ThisMonth({Maint. Due})", "cells", "by-header", "slang", "date"),
    ("Column: Maint. Due | Condition: last 7 days | Scope: whole row | Format: red",
     "Last7Days({Maint. Due})", "rows", "by-header", "spec", "date"),
    ("Apply Between 1 and 2 on Interments in sheet CemeteryPlots",
     "Between({Interments}, 1, 2)", "cells", "by-header", "annotator", "boundary"),
    ("Is there a rule that highlights the Plot Ref cells ending in 15?",
     'TextEndsWith({Plot Ref}, "15")', "cells", "by-header", "forum", "starts-ends"),
    ("It is requested that every plot in a section whose name begins with Garden be shaded in its entirety.",
     'TextStartsWith({Section}, "Garden")', "rows", "by-header", "formal", "starts-ends"),
    ("Highlight Remarks containing stone in sheet CemeteryPlots",
     'TextContains({Remarks}, "stone")', "cells", "by-header", "annotator"),
    ("maint due next month? hl whole row 🙏", "NextMonth({Maint. Due})", "rows", "by-header", "slang", "date"),
    ("Column: Section | Condition: Lawn or Woodland | Scope: whole row | Format: green",
     'OR(TextEquals({Section}, "Lawn"), TextEquals({Section}, "Woodland"))', "rows", "by-header", "spec", "or"),
    ("Highlight rows where Headstone? is not Yes in sheet CemeteryPlots",
     'NOT(TextEquals({Headstone?}, "Yes"))', "rows", "by-header", "annotator", "negation"),
    ("how do i flag errors in the fee column? whole row", "Errors({Fee (£)})", "rows", "by-header", "forum"),
    ("It is requested that all plots whose lease end year is 2058 or later be shaded.",
     "GreaterThanEqual({Lease End (yr)}, 2058)", "rows", "by-header", "formal", "boundary"),
    ("Highlight Maint. Due last month in sheet CemeteryPlots",
     "LastMonth({Maint. Due})", "cells", "by-header", "annotator", "date"),
    ("data bars on the fee pls", "DataBar({Fee (£)})", "cells", "by-header", "slang"),
    ("Column: Lease (yrs) | Condition: not 50 | Scope: whole row | Format: blue",
     "NotEquals({Lease (yrs)}, 50)", "rows", "by-header", "spec", "negation"),
    ("It is requested that the plots in the top 20 percent by fee be highlighted.",
     "TopPercent({Fee (£)}, 20)", "cells", "by-header", "formal", "superlative"),
    ("icon set on lease yrs pls, the n/k ones can stay plain",
     "IconSet({Lease (yrs)})", "cells", "by-header", "slang"),
]

TABLES["SatellitePasses"] = _table("""
Pass ID | Sat | Station | Pass Date | Max Elev (°) | Dur (s) | Data (MB) | SNR (dB) | Auto? | Ops Note
P-5501 | SENTRY-2 | Svalbard | 2024-06-12 | 78 | 480 | 1450 | 14.2 | Yes | _
P-5502 | AQUILA-1 | Kiruna | 2024-06-13 | 23 | 540 | 410 | 6.5 | Yes | low elevation
P-5503 | SENTRY-2 | Kiruna | 2024-06-11 | 45 | 505 | 980 | 11 | No | manual handover
P-5504 | CUBESAT-7 | Perth | 2024-06-04 | 12 | 210 | 35 | 3.2 | Yes | marginal link
P-5505 | AQUILA-1 | Svalbard | 2024-06-27 | 67 | 390 | 1320 | 13.8 | Yes | _
P-5506 | CUBESAT-7 | Svalbard | 2024-06-07 | 31 | 380 | 60 | #DIV/0! | Yes | SNR calc failed
P-5507 | TERRA-X | Perth | 2024-05-20 | 88 | 640 | 1650 | 15.5 | No | best pass of month
P-5508 | TERRA-X | Kiruna | 2024-06-20 | 54 | 450 | 2210 | 12.4 | Yes | _
P-5509 | SENTRY-2 | Perth | 2024-06-14 | 29 | 590 | 0 | 5.1 | No | antenna fault, no data
P-5510 | AQUILA-1 | Perth | 2024-06-18 | 41 | 470 | 860 | 10.2 | Yes | _
P-5511 | CUBESAT-7 | Kiruna | 2024-03-01 | 26 | 330 | 48 | 4.4 | Yes | cubesat beacon only
P-5512 | TERRA-X | Svalbard | 2024-07-08 | 72 | 405 | tbc | 13.1 | Yes | pending downlink
P-5513 | SENTRY-2 | Svalbard | 2024-06-25 | 58 | 260 | 1210 | 12.4 | No | ~
P-5514 | AQUILA-1 | Kiruna | 2024-05-29 | 35 | 410 | 720 | 9.7 | Yes | rain fade
""")
ENTRIES["SatellitePasses"] = [
    ("Highlight Max Elev (°) greater than 54 in sheet SatellitePasses",
     "GreaterThan({Max Elev (°)}, 54)", "cells", "by-header", "annotator"),
    ("Column: SNR (dB) | Condition: below 6.5 | Scope: whole row | Format: red",
     "LessThan({SNR (dB)}, 6.5)", "rows", "by-header", "spec"),
    ("can u highlight every cubesat pass lol whole row",
     'TextContains({Sat}, "cubesat")', "rows", "by-value", "slang", "value-word"),
    ("It is requested that all passes scheduled for today be highlighted in their entirety.",
     "Today({Pass Date})", "rows", "by-meaning", "formal", "date"),
    ("How do I highlight passes handled at Svalbard, whole row?",
     'TextEquals({Station}, "Svalbard")', "rows", "by-value", "forum", "value-word"),
    ("Apply Top 10% on Data (MB) in sheet SatellitePasses",
     "TopPercent({Data (MB)}, 10)", "cells", "by-header", "annotator", "superlative"),
    ("Column: SNR (dB) | Condition: error value | Scope: whole row | Format: grey",
     "Errors({SNR (dB)})", "rows", "by-header", "spec"),
    ("which passes r tmrw? hl pls", "Tomorrow({Pass Date})", "cells", "by-meaning", "slang", "date"),
    ("It is requested that passes whose duration lies between 410 and 590 seconds be highlighted.",
     "Between({Dur (s)}, 410, 590)", "cells", "by-header", "formal", "boundary"),
    ("Is there a way to colour the Ops Note cells mentioning fault?",
     'TextContains({Ops Note}, "fault")', "cells", "by-header", "forum"),
    ("Highlight empty cells in Ops Note in sheet SatellitePasses",
     "Blanks({Ops Note})", "cells", "by-header", "annotator"),
    ("lowest 2 elevations pls 🙏 whole row", "Bottom({Max Elev (°)}, 2)", "rows", "by-header", "slang", "superlative"),
    ("It is requested that passes whose signal-to-noise ratio exceeds the column average be highlighted.",
     "AboveAverage({SNR (dB)})", "cells", "by-meaning", "formal"),
    ("Add data bars to Data (MB) in sheet SatellitePasses", "DataBar({Data (MB)})", "cells", "by-header", "annotator"),
    ("any passes this week? whole row pls", "ThisWeek({Pass Date})", "rows", "by-meaning", "slang", "date"),
    ("Column: Pass Date | Condition: next week | Scope: whole row | Format: blue",
     "NextWeek({Pass Date})", "rows", "by-header", "spec", "date"),
    ("It is requested that passes recorded during the preceding seven days be shaded in full.",
     "Last7Days({Pass Date})", "rows", "by-meaning", "formal", "date"),
    ("How do I flag passes with SNR not between 5.1 and 13.1 dB?",
     "NotBetween({SNR (dB)}, 5.1, 13.1)", "cells", "by-header", "forum", "negation"),
    ("Highlight Pass ID ending with 0 in sheet SatellitePasses",
     'TextEndsWith({Pass ID}, "0")', "cells", "by-header", "annotator", "starts-ends"),
    ("Column: Station | Condition: Perth or Kiruna | Scope: whole row | Format: yellow",
     'OR(TextEquals({Station}, "Perth"), TextEquals({Station}, "Kiruna"))', "rows", "by-header", "spec", "or"),
    ("Highlight Ops Note not containing pass in sheet SatellitePasses",
     'TextNotContains({Ops Note}, "pass")', "cells", "by-header", "annotator", "negation"),
    ("2 longest passes whole row 🔥", "Top({Dur (s)}, 2)", "rows", "by-meaning", "slang", "superlative"),
    ("How can I highlight data volumes of 1,210 MB or more?",
     "GreaterThanEqual({Data (MB)}, 1210)", "cells", "by-meaning", "forum", "number-format", "boundary"),
    ("It is requested that each pass not routed through Perth be shaded in its entirety.",
     'NotEquals({Station}, "Perth")', "rows", "by-value", "formal", "negation"),
    ("Apply Duplicates on SNR (dB) in sheet SatellitePasses",
     "Duplicates({SNR (dB)})", "cells", "by-header", "annotator"),
    ("passes last month? hl em", "LastMonth({Pass Date})", "cells", "by-meaning", "slang", "date"),
    ("Column: Max Elev (°) | Condition: 35° or lower | Scope: cells | Format: amber",
     "LessThanEqual({Max Elev (°)}, 35)", "cells", "by-header", "spec", "boundary"),
    ("It is requested that passes planned for the next calendar month be highlighted.",
     "NextMonth({Pass Date})", "cells", "by-meaning", "formal", "date"),
    ("It is requested that the passes ranking in the bottom 10 percent by data volume be highlighted.",
     "BottomPercent({Data (MB)}, 10)", "cells", "by-meaning", "formal", "superlative"),
    ("Highlight passes with Max Elev (°) above 23 and below 45 - how?",
     "AND(GreaterThan({Max Elev (°)}, 23), LessThan({Max Elev (°)}, 45))", "cells", "by-header", "forum"),
    ("It is requested that any pass with an SNR of exactly 12.4 dB be highlighted.",
     "Equals({SNR (dB)}, 12.4)", "cells", "by-header", "formal"),
]

TABLES["ExtinguisherChecks"] = _table(
    "Unit No | Location | Type | Size (kg) | Pressure (psi) | Last Service | Next Due | "
    "Tag OK? | Weight Loss % | Inspector Note\n"
    """FE-001 | Lobby | CO2 | 5 | n/a | 2023-06-11 | 2024-06-20 | Yes | 2% | _
FE-002 | Kitchen | Wet Chemical | 6 | 175 | 2023-06-12 | 2024-06-12 | Yes | 0% | hose cracked
FE-003 | Server Room | CO2 | 2 | n/a | 2023-07-08 | 2024-07-08 | Yes | 4% | _
FE-004 | Stairwell B | Water | 9 | 150 | 2023-05-20 | 2024-05-20 | No | ~ | tag missing
FE-005 | Workshop | Dry Powder | 9 | 195 | 2023-03-01 | 2024-03-01 | No | 12% | overdue, pin broken
FE-006 | Car Park | Dry Powder | 6 | 110 | 2023-06-04 | 2024-06-04 | Yes | 1% | low pressure
FE-007 | Lab 2 | Foam | 6 | 160 | 2023-06-13 | 2024-06-13 | Yes | 0% | _
FE-008 | Lobby | Water | 9 | 155 | 2023-06-18 | 2024-06-18 | Yes | 3% | _
FE-009 | Plant Room | CO2 | 5 | n/a | 2023-06-27 | 2024-06-27 | Yes | 10% | weigh again
FE-010 | Kitchen | Wet Chemical | 6 | 180 | 2023-06-07 | 2024-06-07 | No | 5% | relocated
FE-011 | Office 3 | Foam | 9 | #N/A | 2023-06-14 | 2024-06-14 | Yes | 2% | gauge unreadable
FE-012 | Stairwell A | Water | 9 | 145 | 2023-05-29 | 2024-05-29 | Yes | 0% | _
FE-013 | Workshop | Dry Powder | 2 | 200 | 2023-06-25 | 2024-06-25 | Yes | 6% | _
FE-014 | Server Room | CO2 | 5 | n/a | 2023-06-11 | 2024-06-11 | Yes | 1% | sticker faded
""")
ENTRIES["ExtinguisherChecks"] = [
    ("Highlight Pressure (psi) less than 145 in sheet ExtinguisherChecks",
     "LessThan({Pressure (psi)}, 145)", "cells", "by-header", "annotator"),
    ("Column: Weight Loss % | Condition: over 5% | Scope: whole row | Format: red",
     "GreaterThan({Weight Loss %}, 0.05)", "rows", "by-header", "spec", "number-format"),
    ("can u hl the ones w/ tag OK = No, whole row pls",
     'TextEquals({Tag OK?}, "No")', "rows", "by-header", "slang", "value-word"),
    ("It is requested that every unit whose next inspection falls due today be highlighted in full.",
     "Today({Next Due})", "rows", "by-header", "formal", "date"),
    ("How do I highlight the CO2 extinguishers? Whole row.",
     'TextEquals({Type}, "CO2")', "rows", "by-value", "forum", "value-word"),
    ("Apply Top 2 on Weight Loss % in sheet ExtinguisherChecks",
     "Top({Weight Loss %}, 2)", "cells", "by-header", "annotator", "superlative"),
    ("Column: Next Due | Condition: yesterday | Scope: whole row | Format: red",
     "Yesterday({Next Due})", "rows", "by-header", "spec", "date"),
    ("which units r due next week? hl the row 🙏", "NextWeek({Next Due})", "rows", "by-header", "slang", "date"),
    ("It is requested that those units whose service fell due during the last calendar month be highlighted.",
     "LastMonth({Next Due})", "cells", "by-meaning", "formal", "date"),
    ("Is there a formula-free way to shade Inspector Note cells containing missing?",
     'TextContains({Inspector Note}, "missing")', "cells", "by-header", "forum"),
    ("Highlight blank cells in Weight Loss % in sheet ExtinguisherChecks",
     "Blanks({Weight Loss %})", "cells", "by-header", "annotator"),
    ("Column: Pressure (psi) | Condition: error | Scope: whole row | Format: black",
     "Errors({Pressure (psi)})", "rows", "by-header", "spec"),
    ("size 6kg ones? make em pop", "Equals({Size (kg)}, 6)", "cells", "by-header", "slang"),
    ("It is requested that units whose pressure falls outside 150 to 180 psi be shaded in their entirety.",
     "NotBetween({Pressure (psi)}, 150, 180)", "rows", "by-header", "formal"),
    ("Pressure above average - how do I colour those?",
     "AboveAverage({Pressure (psi)})", "cells", "by-header", "forum"),
    ("Column: Location | Condition: appears more than once | Scope: cells | Format: yellow",
     "Duplicates({Location})", "cells", "by-header", "spec"),
    ("Highlight Inspector Note not blank in sheet ExtinguisherChecks",
     "NotBlanks({Inspector Note})", "cells", "by-header", "annotator"),
    ("It is requested that location names beginning with Stairwell be highlighted.",
     'TextStartsWith({Location}, "Stairwell")', "cells", "by-header", "formal", "starts-ends"),
    ("units due this week?? whole row pls", "ThisWeek({Next Due})", "rows", "by-header", "slang", "date"),
    ("Apply Between 2% and 5% on Weight Loss % in sheet ExtinguisherChecks",
     "Between({Weight Loss %}, 0.02, 0.05)", "cells", "by-header", "annotator", "number-format", "boundary"),
    ("Column: Type | Condition: Foam or Water | Scope: whole row | Format: blue",
     'OR(TextEquals({Type}, "Foam"), TextEquals({Type}, "Water"))', "rows", "by-header", "spec", "or"),
    ("how do I set a color scale on Pressure (psi)? there's some n/a in it",
     "ColorScale({Pressure (psi)})", "cells", "by-header", "forum"),
    ("It is requested that every unit of a type other than Dry Powder be shaded in its entirety.",
     'NotEquals({Type}, "Dry Powder")', "rows", "by-header", "formal", "negation"),
    ("hl units due tomorrow pls", "Tomorrow({Next Due})", "cells", "by-header", "slang", "date"),
    ("How can I highlight the whole row when weight loss is more than 1% but under 10%?",
     "AND(GreaterThan({Weight Loss %}, 0.01), LessThan({Weight Loss %}, 0.1))",
     "rows", "by-header", "forum", "number-format"),
    ("It is requested that every unit whose tag is not recorded as Yes be highlighted in full.",
     'NOT(TextEquals({Tag OK?}, "Yes"))', "rows", "by-header", "formal", "negation"),
    ("Column: Next Due | Condition: next month | Scope: cells | Format: green",
     "NextMonth({Next Due})", "cells", "by-header", "spec", "date"),
    ("Highlight Unit No ending with 3 in sheet ExtinguisherChecks",
     'TextEndsWith({Unit No}, "3")', "cells", "by-header", "annotator", "starts-ends"),
    ("pressure 175 psi or higher, whole row 🔥",
     "GreaterThanEqual({Pressure (psi)}, 175)", "rows", "by-header", "slang", "boundary"),
    ("Apply Bottom 20% on Pressure (psi) in sheet ExtinguisherChecks",
     "BottomPercent({Pressure (psi)}, 20)", "cells", "by-header", "annotator", "superlative"),
    ("locations that only show up once? hl em", "Unique({Location})", "cells", "by-header", "slang"),
]

TABLES["SewerSurveys"] = _table(
    "Survey ID | Street | Pipe Dia (mm) | Length (m) | Material | Grade | Defects | "
    "Root Intrusion? | Survey Date | Crew Remarks\n"
    """SV-801 | Alder Road | 150 | 62.5 | Clay | 3 | 4 | Yes | 2024-06-07 | roots at joint 3
SV-802 | Birch Lane | 225 | 61 | Concrete | 1 | 0 | No | 2024-06-12 | _
SV-803 | Cedar Close | 100 | 18.2 | PVC | 2 | 1 | No | 2024-06-13 | minor displaced joint
SV-804 | Dock Street | 300 | 90 | Brick | 5 | 11 | Yes | 2024-05-20 | collapse risk, urgent
SV-805 | Elm Grove | 150 | 35 | Clay | 4 | 6 | Yes | 2024-06-04 | fractures and roots
SV-806 | Ferry Walk | 225 | n/a | Concrete | 2 | 2 | No | 2024-06-18 | survey abandoned, blockage
SV-807 | Glebe Road | 150 | 27.6 | Pitch Fibre | 4 | 5 | No | 2024-06-27 | deformation
SV-808 | Hill Rise | 100 | 12 | PVC | _ | 0 | No | 2024-07-08 | _
SV-809 | Ivy Court | 225 | 95.4 | Brick | 3 | 7 | Yes | 2024-03-01 | _
SV-810 | Juniper Way | 150 | 40 | Clay | #N/A | 3 | Unknown | 2024-06-11 | camera failed
SV-811 | Kiln Lane | 225 | 58.3 | Concrete | 2 | 1 | No | 2024-06-14 | _
SV-812 | Lark Hill | 100 | 9.8 | Pitch Fibre | 4 | 9 | Yes | 2024-06-20 | blistering liner
SV-813 | Mill Street | 375 | 120 | Brick | 3 | 4 | No | 2024-06-25 | silt deposits
SV-814 | Nettle Row | 150 | 30 | Clay | 1 | ~ | No | 2024-05-29 | defects not coded
""")
ENTRIES["SewerSurveys"] = [
    ("Highlight Grade greater than or equal to 4 in sheet SewerSurveys",
     "GreaterThanEqual({Grade}, 4)", "cells", "by-header", "annotator", "boundary"),
    ("Column: Defects | Condition: more than 5 | Scope: whole row | Format: red",
     "GreaterThan({Defects}, 5)", "rows", "by-header", "spec"),
    ("pls hl the ones w/ roots, whole row 😬",
     'TextEquals({Root Intrusion?}, "Yes")', "rows", "by-header", "slang", "value-word"),
    ("It is requested that each survey carried out yesterday be highlighted in full.",
     "Yesterday({Survey Date})", "rows", "by-header", "formal", "date"),
    ("How do I highlight all the clay pipes? whole row please",
     'TextEquals({Material}, "Clay")', "rows", "by-value", "forum", "value-word"),
    ("Apply Top 3 on Length (m) in sheet SewerSurveys",
     "Top({Length (m)}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("Column: Survey Date | Condition: this week | Scope: whole row | Format: green",
     "ThisWeek({Survey Date})", "rows", "by-header", "spec", "date"),
    ("surveys from last wk? hl em", "LastWeek({Survey Date})", "cells", "by-meaning", "slang", "date"),
    ("It is requested that all pipes of a diameter of 225 mm or greater be highlighted.",
     "GreaterThanEqual({Pipe Dia (mm)}, 225)", "cells", "by-header", "formal", "boundary"),
    ("Is there a way to flag Crew Remarks that contain roots?",
     'TextContains({Crew Remarks}, "roots")', "cells", "by-header", "forum"),
    ("Highlight blank cells in Defects in sheet SewerSurveys", "Blanks({Defects})", "cells", "by-header", "annotator"),
    ("Column: Grade | Condition: error | Scope: cells | Format: grey",
     "Errors({Grade})", "cells", "by-header", "spec"),
    ("the worst 2 pipes by defects, whole row 🔥", "Top({Defects}, 2)", "rows", "by-meaning", "slang", "superlative"),
    ("It is requested that survey lengths lying below the average be highlighted.",
     "BelowAverage({Length (m)})", "cells", "by-header", "formal"),
    ("How can I get a color scale on Length (m)?", "ColorScale({Length (m)})", "cells", "by-header", "forum"),
    ("Apply Icon Set on Length (m) in sheet SewerSurveys", "IconSet({Length (m)})", "cells", "by-header", "annotator"),
    ("Column: Street | Condition: ends with Road | Scope: whole row | Format: yellow",
     'TextEndsWith({Street}, "Road")', "rows", "by-header", "spec", "starts-ends"),
    ("streets starting w/ L? hl pls", 'TextStartsWith({Street}, "L")', "cells", "by-header", "slang", "starts-ends"),
    ("It is requested that each survey whose material is anything other than Concrete be shaded in its entirety.",
     'NotEquals({Material}, "Concrete")', "rows", "by-header", "formal", "negation"),
    ("Pipe Dia (mm) between 150 and 225 - how do I colour those rows?",
     "Between({Pipe Dia (mm)}, 150, 225)", "rows", "by-header", "forum", "boundary"),
    ("Column: Survey Date | Condition: last 7 days | Scope: cells | Format: blue",
     "Last7Days({Survey Date})", "cells", "by-header", "spec", "date"),
    ("survey date next month? whole row pls", "NextMonth({Survey Date})", "rows", "by-header", "slang", "date"),
    ("It is requested that every survey not recorded as No under Root Intrusion? be shaded in full.",
     'NOT(TextEquals({Root Intrusion?}, "No"))', "rows", "by-header", "formal", "negation"),
    ("Apply Unique on Pipe Dia (mm) in sheet SewerSurveys",
     "Unique({Pipe Dia (mm)})", "cells", "by-header", "annotator"),
    ("How do I highlight Crew Remarks that don't mention joint?",
     'TextNotContains({Crew Remarks}, "joint")', "cells", "by-header", "forum", "negation"),
    ("Column: Grade | Condition: equals 3 | Scope: whole row | Format: amber",
     "Equals({Grade}, 3)", "rows", "by-header", "spec"),
    ("It is requested that surveys conducted today be highlighted.",
     "Today({Survey Date})", "cells", "by-meaning", "formal", "date"),
    ("lengths under 30m or over 90m? hl",
     "OR(LessThan({Length (m)}, 30), GreaterThan({Length (m)}, 90))", "cells", "by-header", "slang", "or"),
    ("Highlight Defects less than or equal to 1 in sheet SewerSurveys",
     "LessThanEqual({Defects}, 1)", "cells", "by-header", "annotator", "boundary"),
    ("It is requested that the top 20 percent of pipes by length be highlighted in their entirety.",
     "TopPercent({Length (m)}, 20)", "rows", "by-header", "formal", "superlative"),
    ("Column: Crew Remarks | Condition: not empty | Scope: whole row | Format: light green",
     "NotBlanks({Crew Remarks})", "rows", "by-header", "spec"),
    ("How do I highlight every Grade cell that isn't an error, blanks included?",
     "NotErrors({Grade})", "cells", "by-header", "forum", "negation"),
]

TABLES["PilotLogbook"] = _table("""
Flight Date | Aircraft Reg | Type | From | To | Block (h) | Night (h) | Landings | PIC? | Remarks
2024-06-11 | G-ABCD | C172 | EGBJ | EGFF | 1.4 | 0 | 1 | Yes | crosswind practice
2024-06-12 | G-ABCD | C172 | EGFF | EGBJ | 1.3 | 0.5 | 2 | Yes | _
2024-06-07 | G-OPAX | PA28 | EGBJ | EGTK | 0.9 | 0 | 3 | No | dual, circuits
2024-06-04 | EI-FRB | A320 | EIDW | EGLL | 1.2 | 1.2 | 1 | No | P2, night sector
2024-05-20 | EI-FRB | A320 | EGLL | EIDW | 1.3 | 0 | 0 | No | landing by captain
2024-03-01 | G-OPAX | PA28 | EGTK | EGBJ | 1.1 | 0 | 1 | Yes | _
2024-06-13 | G-WXYZ | DA42 | EGBJ | EGHH | 2.3 | 0.8 | 2 | Yes | IFR training
2024-06-18 | G-WXYZ | DA42 | EGHH | EGBJ | 2.1 | 0 | 1 | Yes | rostered
2024-06-27 | EI-FRB | A320 | EIDW | LEMD | 2.6 | 0 | tbc | No | rostered
2024-06-20 | EI-GTE | A321 | EIDW | KJFK | 7.8 | 3.5 | tbc | No | long haul, rostered
2024-06-14 | G-ABCD | C172 | EGBJ | EGBJ | 0.6 | 0 | 5 | Yes | touch and goes
2024-07-08 | EI-GTE | A321 | KJFK | EIDW | 6.9 | 4.1 | ~ | No | rostered
2024-06-25 | G-OPAX | PA28 | EGBJ | EGSC | 1.7 | #N/A | 1 | Yes | night log missing
2024-05-29 | G-ABCD | C172 | EGBJ | EGCC | 1.5 | 0 | 2 | Yes | diversion due weather
""")
ENTRIES["PilotLogbook"] = [
    ("Highlight Block (h) greater than 2.1 in sheet PilotLogbook",
     "GreaterThan({Block (h)}, 2.1)", "cells", "by-header", "annotator"),
    ("Column: Night (h) | Condition: at least 1.2 | Scope: whole row | Format: navy",
     "GreaterThanEqual({Night (h)}, 1.2)", "rows", "by-header", "spec", "boundary"),
    ("can u make the flights where i was PIC pop lol, whole row",
     'TextEquals({PIC?}, "Yes")', "rows", "by-header", "slang", "value-word"),
    ("It is requested that all flights dated today be highlighted in their entirety.",
     "Today({Flight Date})", "rows", "by-header", "formal", "date"),
    ("How do I highlight the A320 legs? Whole row.",
     'TextEquals({Type}, "A320")', "rows", "by-value", "forum", "value-word"),
    ("Apply Bottom 3 on Block (h) in sheet PilotLogbook",
     "Bottom({Block (h)}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("Column: Flight Date | Condition: tomorrow | Scope: whole row | Format: blue",
     "Tomorrow({Flight Date})", "rows", "by-header", "spec", "date"),
    ("flights last 7 days?? hl em 🙏", "Last7Days({Flight Date})", "cells", "by-header", "slang", "date"),
    ("It is requested that flights undertaken during the previous week be shaded in full.",
     "LastWeek({Flight Date})", "rows", "by-meaning", "formal", "date"),
    ("Is there a way to highlight Remarks containing rostered?",
     'TextContains({Remarks}, "rostered")', "cells", "by-header", "forum"),
    ("Highlight blank cells in Landings in sheet PilotLogbook",
     "Blanks({Landings})", "cells", "by-header", "annotator"),
    ("Column: Night (h) | Condition: error | Scope: whole row | Format: red",
     "Errors({Night (h)})", "rows", "by-header", "spec"),
    ("longest flight pls, whole row 🔥", "Top({Block (h)}, 1)", "rows", "by-meaning", "slang", "superlative"),
    ("It is requested that the number of landings be highlighted wherever it exceeds the average.",
     "AboveAverage({Landings})", "cells", "by-header", "formal"),
    ("How do I add data bars to Landings?", "DataBar({Landings})", "cells", "by-header", "forum"),
    ("Column: Aircraft Reg | Condition: starts with EI | Scope: whole row | Format: green",
     'TextStartsWith({Aircraft Reg}, "EI")', "rows", "by-header", "spec", "starts-ends"),
    ("regs ending in CD? hl", 'TextEndsWith({Aircraft Reg}, "CD")', "cells", "by-header", "slang", "starts-ends"),
    ("It is requested that every flight departing from an aerodrome other than EIDW be shaded in its entirety.",
     'NotEquals({From}, "EIDW")', "rows", "by-header", "formal", "negation"),
    ("Block (h) between 1.2 and 2.3 - can the whole row light up?",
     "Between({Block (h)}, 1.2, 2.3)", "rows", "by-header", "forum", "boundary"),
    ("Column: Remarks | Condition: does not contain rostered | Scope: cells | Format: grey",
     'TextNotContains({Remarks}, "rostered")', "cells", "by-header", "spec", "negation"),
    ("flights next week?? whole row pls", "NextWeek({Flight Date})", "rows", "by-header", "slang", "date"),
    ("It is requested that flights in the month following the present one be highlighted.",
     "NextMonth({Flight Date})", "cells", "by-meaning", "formal", "date"),
    ("Apply This Month on Flight Date in sheet PilotLogbook",
     "ThisMonth({Flight Date})", "cells", "by-header", "annotator", "date"),
    ("Column: Type | Condition: DA42 or PA28 | Scope: whole row | Format: yellow",
     'OR(TextEquals({Type}, "DA42"), TextEquals({Type}, "PA28"))', "rows", "by-header", "spec", "or"),
    ("How can I highlight duplicate entries in Remarks?", "Duplicates({Remarks})", "cells", "by-header", "forum"),
    ("It is requested that flights whose block time lies outside 1.1 to 2.1 hours be highlighted.",
     "NotBetween({Block (h)}, 1.1, 2.1)", "cells", "by-meaning", "formal"),
    ("pls hl every flight that's NOT a C172, whole row",
     'NOT(TextEquals({Type}, "C172"))', "rows", "by-value", "slang", "negation"),
    ("Highlight Night (h) less than or equal to 0.5 in sheet PilotLogbook",
     "LessThanEqual({Night (h)}, 0.5)", "cells", "by-header", "annotator", "boundary"),
    ("Apply Yesterday on Flight Date in sheet PilotLogbook",
     "Yesterday({Flight Date})", "cells", "by-header", "annotator", "date"),
    ("bottom 25% night hrs? hl", "BottomPercent({Night (h)}, 25)", "cells", "by-header", "slang", "superlative"),
    ("Apply Icon Set on Landings in sheet PilotLogbook", "IconSet({Landings})", "cells", "by-header", "annotator"),
    ("It is requested that every flight with an entry under Remarks be highlighted in its entirety.",
     "NotBlanks({Remarks})", "rows", "by-header", "formal"),
]

TABLES["ExcavationLog"] = _table("""
Find No | Trench | Context | Material | Period | Depth (cm) | Wt (g) | Photographed? | Conserv. Due | Description
SF-0012 | T1 | 1004 | Ceramic | Roman | 45 | 120 | Yes | 2024-06-12 | rim sherd, samian ware
SF-0013 | T1 | 1004 | Bone | Roman | 47 | 35 | No | 2024-06-11 | cattle rib, butchered
SF-0014 | T2 | 2001 | Metal | Medieval | 22 | 8.5 | Yes | 2024-06-07 | bronze buckle
SF-0015 | T2 | 2003 | Flint | Neolithic | 110 | 14 | Yes | 2024-06-04 | scraper
SF-0016 | T3 | 3002 | Ceramic | Medieval | 30 | 210 | No | 2024-05-20 | jug handle, green glaze
SF-0017 | T1 | 1007 | Glass | Post-med | 12 | _ | No | 2024-03-01 | bottle fragment
SF-0018 | T3 | 3005 | Metal | Roman | 64 | 2.1 | Yes | 2024-06-13 | coin, worn
SF-0019 | T2 | 2003 | Flint | Neolithic | 115 | 22 | No | 2024-06-14 | blade core
SF-0020 | T4 | 4001 | Ceramic | Unknown | n/r | 56 | ~ | 2024-06-18 | unstratified, spoil heap
SF-0021 | T4 | 4002 | Bone | Medieval | 38 | 180 | Yes | 2024-06-20 | horse mandible
SF-0022 | T1 | 1004 | Ceramic | Roman | 46 | 95 | Yes | 2024-06-25 | body sherd
SF-0023 | T3 | 3005 | Metal | Roman | 66 | #VALUE! | Yes | 2024-06-27 | iron nail, corroded
SF-0024 | T4 | 4003 | Stone | Medieval | 51 | 1350 | No | 2024-07-08 | quern fragment
SF-0025 | T2 | 2004 | Glass | Roman | 70 | 6 | No | 2024-05-29 | _
""")
ENTRIES["ExcavationLog"] = [
    ("Highlight Depth (cm) greater than 64 in sheet ExcavationLog",
     "GreaterThan({Depth (cm)}, 64)", "cells", "by-header", "annotator"),
    ("Column: Wt (g) | Condition: 120 g or more | Scope: whole row | Format: brown",
     "GreaterThanEqual({Wt (g)}, 120)", "rows", "by-header", "spec", "boundary"),
    ("can u make all the roman finds pop? whole row 🏛️",
     'TextEquals({Period}, "Roman")', "rows", "by-value", "slang", "value-word"),
    ("It is requested that finds whose conservation falls due today be highlighted in their entirety.",
     "Today({Conserv. Due})", "rows", "by-header", "formal", "date"),
    ("How do I highlight the finds from trench T3? Whole row please.",
     'TextEquals({Trench}, "T3")', "rows", "by-value", "forum", "value-word"),
    ("Apply Top 2 on Wt (g) in sheet ExcavationLog",
     "Top({Wt (g)}, 2)", "cells", "by-header", "annotator", "superlative"),
    ("Column: Conserv. Due | Condition: next week | Scope: cells | Format: orange",
     "NextWeek({Conserv. Due})", "cells", "by-header", "spec", "date"),
    ("which finds r due for conservation this month? hl row",
     "ThisMonth({Conserv. Due})", "rows", "by-header", "slang", "date"),
    ("It is requested that finds whose conservation fell due in the last seven days be shaded.",
     "Last7Days({Conserv. Due})", "cells", "by-header", "formal", "date"),
    ("Is there a way to shade descriptions that mention sherd?",
     'TextContains({Description}, "sherd")', "cells", "by-header", "forum"),
    ("Highlight blank cells in Photographed? in sheet ExcavationLog",
     "Blanks({Photographed?})", "cells", "by-header", "annotator"),
    ("Column: Wt (g) | Condition: not an error | Scope: cells | Format: green",
     "NotErrors({Wt (g)})", "cells", "by-header", "spec", "negation"),
    ("the deepest find? whole row 🔍", "Top({Depth (cm)}, 1)", "rows", "by-meaning", "slang", "superlative"),
    ("It is requested that finds weighing less than the average weight be highlighted.",
     "BelowAverage({Wt (g)})", "cells", "by-meaning", "formal"),
    ("How do I put a color scale on Depth (cm)? It has n/r in it.",
     "ColorScale({Depth (cm)})", "cells", "by-header", "forum"),
    ("Apply Icon Set on Depth (cm) in sheet ExcavationLog",
     "IconSet({Depth (cm)})", "cells", "by-header", "annotator"),
    ("Column: Find No | Condition: ends with 5 | Scope: cells | Format: bold",
     'TextEndsWith({Find No}, "5")', "cells", "by-header", "spec", "starts-ends"),
    ("descriptions that start w/ quern? hl",
     'TextStartsWith({Description}, "quern")', "cells", "by-header", "slang", "starts-ends"),
    ("It is requested that every find whose material is other than Ceramic be shaded in its entirety.",
     'NotEquals({Material}, "Ceramic")', "rows", "by-header", "formal", "negation"),
    ("Apply Between 30 and 51 on Depth (cm) in sheet ExcavationLog",
     "Between({Depth (cm)}, 30, 51)", "cells", "by-header", "annotator", "boundary"),
    ("Column: Period | Condition: Neolithic or Medieval | Scope: whole row | Format: purple",
     'OR(TextEquals({Period}, "Neolithic"), TextEquals({Period}, "Medieval"))', "rows", "by-header", "spec", "or"),
    ("conservation that was due last month? hl pls",
     "LastMonth({Conserv. Due})", "cells", "by-meaning", "slang", "date"),
    ("It is requested that every find not recorded as photographed (Yes) be shaded in full.",
     'NOT(TextEquals({Photographed?}, "Yes"))', "rows", "by-header", "formal", "negation"),
    ("Is there a way to mark finds whose Context number comes up more than once? Whole row.",
     "Duplicates({Context})", "rows", "by-header", "forum"),
    ("Column: Wt (g) | Condition: outside 8.5 to 210 | Scope: whole row | Format: red",
     "NotBetween({Wt (g)}, 8.5, 210)", "rows", "by-header", "spec"),
    ("Highlight Description not containing sherd in sheet ExcavationLog",
     'TextNotContains({Description}, "sherd")', "cells", "by-header", "annotator", "negation"),
    ("conserv due next month pls, whole row", "NextMonth({Conserv. Due})", "rows", "by-header", "slang", "date"),
    ("How can I highlight finds lighter than 8.5 g?", "LessThan({Wt (g)}, 8.5)", "cells", "by-meaning", "forum"),
    ("It is requested that finds whose conservation was due yesterday be highlighted.",
     "Yesterday({Conserv. Due})", "cells", "by-header", "formal", "date"),
    ("top 25% heaviest finds pls", "TopPercent({Wt (g)}, 25)", "cells", "by-meaning", "slang", "superlative"),
    ("Column: Depth (cm) | Condition: above 30 and below 64 | Scope: whole row | Format: tan",
     "AND(GreaterThan({Depth (cm)}, 30), LessThan({Depth (cm)}, 64))", "rows", "by-header", "spec"),
]

TABLES["Dissertations"] = _table("""
Student ID | Candidate | Dept | Supervisor | Year | Words (k) | Chapters Done | Funded? | Viva Date | Status
PGR-2101 | A. Nwosu | Chemistry | Dr Hale | 4 | 72 | 6 | Yes | 2024-06-13 | Submitted
PGR-2102 | B. Castellanos | History | Prof Iqbal | 3 | 41 | 3 | Yes | 2024-07-08 | Writing up
PGR-2103 | C. Mäkelä | Physics | Dr Hale | 5 | 88 | 7 | No | 2024-06-12 | Submitted
PGR-2104 | D. Osei-Bonsu | Linguistics | Dr Rowe | 4 | 65 | 5 | Yes | 2024-06-04 | Minor corrections
PGR-2105 | E. Van Dijk | Chemistry | Prof Iqbal | 6 | 95 | 8 | No | 2024-05-20 | Major corrections
PGR-2106 | F. Al-Rashid | Physics | Dr Rowe | 4 | n/a | 4 | Yes | 2024-06-18 | Submitted
PGR-2107 | G. Lindahl | History | Dr Mensah | 3 | 38 | _ | Yes | 2024-06-27 | Writing up
PGR-2108 | H. Pereira | Linguistics | Dr Mensah | 5 | 79 | 6 | No | 2024-03-01 | Passed
PGR-2109 | I. Kuznetsova | Chemistry | Dr Hale | 4 | 70 | 6 | Yes | 2024-06-11 | Minor corrections
PGR-2110 | J. Obi | History | Prof Iqbal | 7 | 102 | 7 | No | 2024-05-29 | Passed
PGR-2111 | K. Sato | Physics | Dr Rowe | 4 | 61 | #REF! | Yes | 2024-06-14 | Submitted
PGR-2112 | L. Moreau | Linguistics | Dr Mensah | 3 | 47 | 3 | Part | 2024-06-20 | Writing up
PGR-2113 | M. Haddad | Chemistry | Prof Iqbal | 5 | 83 | 9 | Yes | 2024-06-25 | Submitted
PGR-2114 | N. Eriksen | History | Dr Hale | 4 | ~ | 5 | No | 2024-06-07 | Suspended
""")
ENTRIES["Dissertations"] = [
    ("Highlight Words (k) less than 47 in sheet Dissertations",
     "LessThan({Words (k)}, 47)", "cells", "by-header", "annotator"),
    ("Column: Year | Condition: above 4 | Scope: whole row | Format: red",
     "GreaterThan({Year}, 4)", "rows", "by-header", "spec"),
    ("can u hl everyone who's passed lol 🎓 whole row",
     'TextEquals({Status}, "Passed")', "rows", "by-value", "slang", "value-word"),
    ("It is requested that every candidate whose viva takes place today be highlighted in full.",
     "Today({Viva Date})", "rows", "by-header", "formal", "date"),
    ("How do I highlight students supervised by Dr Hale? whole row",
     'TextEquals({Supervisor}, "Dr Hale")', "rows", "by-value", "forum", "value-word"),
    ("Apply Top 3 on Words (k) in sheet Dissertations",
     "Top({Words (k)}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("Column: Viva Date | Condition: next week | Scope: whole row | Format: blue",
     "NextWeek({Viva Date})", "rows", "by-header", "spec", "date"),
    ("vivas tmrw?? hl pls 😬", "Tomorrow({Viva Date})", "cells", "by-header", "slang", "date"),
    ("It is requested that candidates whose viva occurred in the week prior to the present one be highlighted.",
     "LastWeek({Viva Date})", "cells", "by-header", "formal", "date"),
    ("Is there a way to flag Status cells containing corrections?",
     'TextContains({Status}, "corrections")', "cells", "by-header", "forum"),
    ("Column: Words (k) | Condition: blank | Scope: cells | Format: grey",
     "Blanks({Words (k)})", "cells", "by-header", "spec"),
    ("Apply Errors on Chapters Done in sheet Dissertations",
     "Errors({Chapters Done})", "cells", "by-header", "annotator"),
    ("who's closest to done? top 2 by chapters, whole row 🔥",
     "Top({Chapters Done}, 2)", "rows", "by-header", "slang", "superlative"),
    ("It is requested that candidates whose word count falls below the mean be highlighted.",
     "BelowAverage({Words (k)})", "cells", "by-meaning", "formal"),
    ("How do I add a colour scale to Words (k)?", "ColorScale({Words (k)})", "cells", "by-header", "forum"),
    ("Column: Dept | Condition: begins with L | Scope: whole row | Format: teal",
     'TextStartsWith({Dept}, "L")', "rows", "by-header", "spec", "starts-ends"),
    ("hl supervisors ending w/ Iqbal pls",
     'TextEndsWith({Supervisor}, "Iqbal")', "cells", "by-header", "slang", "starts-ends"),
    ("It is requested that each candidate whose funding is not recorded as Yes be shaded in its entirety.",
     'NOT(TextEquals({Funded?}, "Yes"))', "rows", "by-header", "formal", "negation"),
    ("Year between 3 and 5 - how do I colour the row?",
     "Between({Year}, 3, 5)", "rows", "by-header", "forum", "boundary"),
    ("Column: Status | Condition: does not contain Submitted | Scope: cells | Format: orange",
     'TextNotContains({Status}, "Submitted")', "cells", "by-header", "spec", "negation"),
    ("vivas this wk? whole row pls", "ThisWeek({Viva Date})", "rows", "by-header", "slang", "date"),
    ("It is requested that vivas held during the previous month be highlighted in their entirety.",
     "LastMonth({Viva Date})", "rows", "by-header", "formal", "date"),
    ("Apply Next Month on Viva Date in sheet Dissertations",
     "NextMonth({Viva Date})", "cells", "by-header", "annotator", "date"),
    ("Column: Dept | Condition: History or Physics | Scope: whole row | Format: yellow",
     'OR(TextEquals({Dept}, "History"), TextEquals({Dept}, "Physics"))', "rows", "by-header", "spec", "or"),
    ("Apply Unique on Year in sheet Dissertations", "Unique({Year})", "cells", "by-header", "annotator"),
    ("It is requested that candidates with 6 or more chapters completed be highlighted.",
     "GreaterThanEqual({Chapters Done}, 6)", "cells", "by-header", "formal", "boundary"),
    ("year 4 ones only pls, whole row", "Equals({Year}, 4)", "rows", "by-header", "slang"),
    ("How do I highlight the whole row when Words (k) is not between 61 and 88?",
     "NotBetween({Words (k)}, 61, 88)", "rows", "by-header", "forum", "negation"),
    ("Highlight Viva Date last 7 days in sheet Dissertations",
     "Last7Days({Viva Date})", "cells", "by-header", "annotator", "date"),
    ("It is requested that the shortest 20 percent of theses by word count be highlighted.",
     "BottomPercent({Words (k)}, 20)", "cells", "by-meaning", "formal", "superlative"),
    ("Apply Icon Set on Words (k) in sheet Dissertations", "IconSet({Words (k)})", "cells", "by-header", "annotator"),
    ("Column: Chapters Done | Condition: no error | Scope: whole row | Format: green",
     "NotErrors({Chapters Done})", "rows", "by-header", "spec", "negation"),
]

TABLES["RadonSurveys"] = _table("""
Test Ref | Postcode | Property | Floor | Detector | Days Exposed | Radon (Bq/m³) | Above AL? | Follow-up | Advice
RN-4401 | TR1 2AB | Semi-detached | Ground | Alpha-track | 91 | 145 | No | 2024-06-11 | retest in 5 yrs
RN-4402 | TR2 5QZ | Bungalow | Ground | Alpha-track | 90 | 410 | Yes | 2024-06-12 | install sump
RN-4403 | PL14 3HH | Flat | First | Electronic | 7 | 38 | No | 2024-06-13 | _
RN-4404 | EX20 1LP | Detached | Basement | Alpha-track | 92 | 1260 | Yes | 2024-06-07 | urgent remediation
RN-4405 | TR1 3CD | Terraced | Ground | Electronic | 14 | 200 | Yes | 2024-06-04 | at action level, retest
RN-4406 | PL14 6RT | Detached | Ground | Alpha-track | 89 | 96 | No | 2024-06-18 | _
RN-4407 | EX20 2JW | Bungalow | Ground | Alpha-track | n/a | #N/A | Unknown | 2024-06-27 | detector lost in post
RN-4408 | TR2 7EF | Semi-detached | Basement | Electronic | 30 | 310 | Yes | 2024-05-20 | improve ventilation
RN-4409 | PL15 8AA | Flat | Ground | Alpha-track | 91 | 72 | No | 2024-07-08 | _
RN-4410 | TR1 9GH | Terraced | First | Alpha-track | 90 | 55 | No | 2024-03-01 | _
RN-4411 | EX20 4PQ | Detached | Ground | Electronic | 7 | 188 | No | 2024-06-14 | near action level
RN-4412 | PL14 2BB | Bungalow | Ground | Alpha-track | 93 | 640 | Yes | 2024-06-20 | install sump
RN-4413 | TR2 1XY | Flat | Second | Electronic | 14 | 21 | No | 2024-06-25 | ~
RN-4414 | EX20 7KL | Semi-detached | Ground | Alpha-track | 92 | pending | _ | 2024-05-29 | awaiting lab
""")
ENTRIES["RadonSurveys"] = [
    ("Highlight Radon (Bq/m³) greater than or equal to 200 in sheet RadonSurveys",
     "GreaterThanEqual({Radon (Bq/m³)}, 200)", "cells", "by-header", "annotator", "boundary"),
    ("Column: Days Exposed | Condition: fewer than 30 | Scope: whole row | Format: amber",
     "LessThan({Days Exposed}, 30)", "rows", "by-header", "spec"),
    ("pls hl every flat 🏢 whole row", 'TextEquals({Property}, "Flat")', "rows", "by-value", "slang", "value-word"),
    ("It is requested that all tests whose follow-up falls today be highlighted in their entirety.",
     "Today({Follow-up})", "rows", "by-header", "formal", "date"),
    ("How do I highlight tests done with an electronic detector? Whole row please.",
     'TextEquals({Detector}, "Electronic")', "rows", "by-value", "forum", "value-word"),
    ("Apply Top 3 on Radon (Bq/m³) in sheet RadonSurveys",
     "Top({Radon (Bq/m³)}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("Column: Follow-up | Condition: tomorrow | Scope: whole row | Format: blue",
     "Tomorrow({Follow-up})", "rows", "by-header", "spec", "date"),
    ("follow-ups this week? hl pls", "ThisWeek({Follow-up})", "cells", "by-header", "slang", "date"),
    ("It is requested that tests whose follow-up date fell in the previous week be shaded in full.",
     "LastWeek({Follow-up})", "rows", "by-header", "formal", "date"),
    ("Is there a way to highlight Advice cells containing sump?",
     'TextContains({Advice}, "sump")', "cells", "by-header", "forum"),
    ("Highlight Postcode starting with EX20 in sheet RadonSurveys",
     'TextStartsWith({Postcode}, "EX20")', "cells", "by-header", "annotator", "starts-ends"),
    ("Column: Radon (Bq/m³) | Condition: error | Scope: whole row | Format: grey",
     "Errors({Radon (Bq/m³)})", "rows", "by-header", "spec"),
    ("lowest 2 radon readings pls, whole row",
     "Bottom({Radon (Bq/m³)}, 2)", "rows", "by-header", "slang", "superlative"),
    ("It is requested that readings above the column average be highlighted.",
     "AboveAverage({Radon (Bq/m³)})", "cells", "by-meaning", "formal"),
    ("How do I add data bars to the radon column?", "DataBar({Radon (Bq/m³)})", "cells", "by-header", "forum"),
    ("anything w/ retest in the advice? hl", 'TextContains({Advice}, "retest")', "cells", "by-header", "slang"),
    ("It is requested that every test on a floor other than Ground be shaded in its entirety.",
     'NotEquals({Floor}, "Ground")', "rows", "by-header", "formal", "negation"),
    ("Days Exposed between 30 and 91 - whole row?",
     "Between({Days Exposed}, 30, 91)", "rows", "by-header", "forum", "boundary"),
    ("Column: Advice | Condition: blank | Scope: cells | Format: yellow",
     "Blanks({Advice})", "cells", "by-header", "spec"),
    ("follow-ups due next month? whole row 🙏", "NextMonth({Follow-up})", "rows", "by-header", "slang", "date"),
    ("It is requested that follow-ups scheduled within the last seven days be highlighted.",
     "Last7Days({Follow-up})", "cells", "by-header", "formal", "date"),
    ("Apply Yesterday on Follow-up in sheet RadonSurveys",
     "Yesterday({Follow-up})", "cells", "by-header", "annotator", "date"),
    ("Column: Property | Condition: Bungalow or Detached | Scope: whole row | Format: orange",
     'OR(TextEquals({Property}, "Bungalow"), TextEquals({Property}, "Detached"))', "rows", "by-header", "spec", "or"),
    ("How can I highlight repeated values in Days Exposed?",
     "Duplicates({Days Exposed})", "cells", "by-header", "forum"),
    ("It is requested that readings lying outside the range 55 to 310 Bq/m³ be highlighted.",
     "NotBetween({Radon (Bq/m³)}, 55, 310)", "cells", "by-meaning", "formal"),
    ("pls hl everything that isn't a No in Above AL?, whole row",
     'NOT(TextEquals({Above AL?}, "No"))', "rows", "by-header", "slang", "negation"),
    ("Highlight Radon (Bq/m³) less than or equal to 96 in sheet RadonSurveys",
     "LessThanEqual({Radon (Bq/m³)}, 96)", "cells", "by-header", "annotator", "boundary"),
    ("exactly 91 days exposed? hl em", "Equals({Days Exposed}, 91)", "cells", "by-header", "slang"),
    ("What rule highlights the top 20% of radon readings?",
     "TopPercent({Radon (Bq/m³)}, 20)", "cells", "by-meaning", "forum", "superlative"),
    ("It is requested that tests reading above 96 but below 200 Bq/m³ be highlighted in full.",
     "AND(GreaterThan({Radon (Bq/m³)}, 96), LessThan({Radon (Bq/m³)}, 200))", "rows", "by-meaning", "formal"),
]

TABLES["TimberLots"] = _table("""
Lot | Compartment | Species | Vol (m³) | Avg DBH (cm) | Reserve (£) | Top Bid (£) | FSC? | Felling By | Buyer
L-01 | Cpt 12 | Sitka spruce | 280 | 32 | 18000 | 21500 | Yes | 2024-06-20 | Tyne Timber Co
L-02 | Cpt 12 | Larch | 150 | 28 | 6500 | 6200 | Yes | 2024-06-12 | Border Biomass
L-03 | Cpt 7 | Oak | 85 | 54 | 9000 | 14750 | No | 2024-07-08 | Ashby Joinery
L-04 | Cpt 7 | Ash | 60 | 41 | 2500 | no bids | No | 2024-06-04 | ~
L-05 | Cpt 3 | Douglas fir | 310 | 38 | 15500 | 17300 | Yes | 2024-06-13 | Tyne Timber Co
L-06 | Cpt 3 | Sitka spruce | 520 | 29 | 21000 | 20400 | Yes | 2024-05-20 | Kielder Pallets
L-07 | Cpt 9 | Scots pine | 240 | 33 | 9800 | 11200 | Yes | 2024-06-27 | Border Biomass
L-08 | Cpt 9 | Birch | 45 | 22 | 1200 | _ | No | 2024-03-01 | firewood merchant
L-09 | Cpt 15 | Oak | 30 | 61 | 5200 | #N/A | No | 2024-06-11 | sealed bids pending
L-10 | Cpt 15 | Beech | 95 | 47 | 4800 | 5900 | Yes | 2024-06-18 | Ashby Joinery
L-11 | Cpt 4 | Sitka spruce | 610 | 31 | 24000 | 27800 | Yes | 2024-06-14 | Kielder Pallets
L-12 | Cpt 4 | Larch | 180 | 27 | 7200 | 8050 | _ | 2024-06-25 | Tyne Timber Co
L-13 | Cpt 21 | Western red cedar | 70 | 36 | 6000 | 9100 | Yes | 2024-06-07 | Ashby Joinery
L-14 | Cpt 21 | Douglas fir | 0 | _ | n/a | withdrawn | No | 2024-05-29 | lot withdrawn, windblow
""")
ENTRIES["TimberLots"] = [
    ("Highlight Top Bid (£) greater than 20400 in sheet TimberLots",
     "GreaterThan({Top Bid (£)}, 20400)", "cells", "by-header", "annotator"),
    ("Column: Vol (m³) | Condition: 240 or more | Scope: whole row | Format: green",
     "GreaterThanEqual({Vol (m³)}, 240)", "rows", "by-header", "spec", "boundary"),
    ("pls hl all the oak lots 🌳 whole row", 'TextEquals({Species}, "Oak")', "rows", "by-value", "slang", "value-word"),
    ("It is requested that every lot whose felling deadline is today be highlighted in its entirety.",
     "Today({Felling By})", "rows", "by-header", "formal", "date"),
    ("How do I highlight the lots bought by Tyne Timber Co? whole row",
     'TextEquals({Buyer}, "Tyne Timber Co")', "rows", "by-value", "forum", "value-word"),
    ("Apply Bottom 2 on Avg DBH (cm) in sheet TimberLots",
     "Bottom({Avg DBH (cm)}, 2)", "cells", "by-header", "annotator", "superlative"),
    ("Column: Felling By | Condition: next week | Scope: whole row | Format: yellow",
     "NextWeek({Felling By})", "rows", "by-header", "spec", "date"),
    ("lots to fell this wk? hl em", "ThisWeek({Felling By})", "cells", "by-meaning", "slang", "date"),
    ("It is requested that lots whose felling deadline fell in the previous calendar month be shaded in full.",
     "LastMonth({Felling By})", "rows", "by-header", "formal", "date"),
    ("Is there a way to flag Species cells containing spruce?",
     'TextContains({Species}, "spruce")', "cells", "by-header", "forum"),
    ("Highlight blank cells in Buyer in sheet TimberLots", "Blanks({Buyer})", "cells", "by-header", "annotator"),
    ("Column: Top Bid (£) | Condition: error | Scope: whole row | Format: grey",
     "Errors({Top Bid (£)})", "rows", "by-header", "spec"),
    ("biggest 3 lots by volume, whole row 🔥", "Top({Vol (m³)}, 3)", "rows", "by-header", "slang", "superlative"),
    ("It is requested that reserve prices below the average be highlighted.",
     "BelowAverage({Reserve (£)})", "cells", "by-header", "formal"),
    ("How do I set a colour scale on Top Bid (£)?", "ColorScale({Top Bid (£)})", "cells", "by-header", "forum"),
    ("Column: Compartment | Condition: ends with 12 | Scope: cells | Format: blue",
     'TextEndsWith({Compartment}, "12")', "cells", "by-header", "spec", "starts-ends"),
    ("lots starting L-1? hl pls", 'TextStartsWith({Lot}, "L-1")', "cells", "by-header", "slang", "starts-ends"),
    ("It is requested that every lot not marked No under FSC? be shaded in its entirety.",
     'NOT(TextEquals({FSC?}, "No"))', "rows", "by-header", "formal", "negation"),
    ("Reserve between 5200 and 15500 - how do I colour the row?",
     "Between({Reserve (£)}, 5200, 15500)", "rows", "by-header", "forum", "boundary"),
    ("Column: Buyer | Condition: does not contain Timber | Scope: whole row | Format: red",
     'TextNotContains({Buyer}, "Timber")', "rows", "by-header", "spec", "negation"),
    ("felling due next month? hl row pls", "NextMonth({Felling By})", "rows", "by-header", "slang", "date"),
    ("It is requested that lots whose felling deadline falls tomorrow be highlighted.",
     "Tomorrow({Felling By})", "cells", "by-header", "formal", "date"),
    ("Apply Last 7 Days on Felling By in sheet TimberLots",
     "Last7Days({Felling By})", "cells", "by-header", "annotator", "date"),
    ("Column: Species | Condition: Larch or Beech | Scope: whole row | Format: orange",
     'OR(TextEquals({Species}, "Larch"), TextEquals({Species}, "Beech"))', "rows", "by-header", "spec", "or"),
    ("How can I highlight species that appear only once?", "Unique({Species})", "cells", "by-header", "forum"),
    ("It is requested that lots whose volume falls outside 60 to 420 m³ be highlighted.",
     "NotBetween({Vol (m³)}, 60, 420)", "cells", "by-meaning", "formal"),
    ("DBH = 36 hl pls", "Equals({Avg DBH (cm)}, 36)", "cells", "by-header", "slang"),
    ("Highlight Avg DBH (cm) less than or equal to 32 in sheet TimberLots",
     "LessThanEqual({Avg DBH (cm)}, 32)", "cells", "by-header", "annotator", "boundary"),
    ("How do I highlight every reserve that isn't 9000?",
     "NotEquals({Reserve (£)}, 9000)", "cells", "by-header", "forum", "negation"),
    ("Apply Top 25% on Top Bid (£) in sheet TimberLots",
     "TopPercent({Top Bid (£)}, 25)", "cells", "by-header", "annotator", "superlative"),
    ("How can I highlight lots whose average DBH is over 28 cm but under 47 cm?",
     "AND(GreaterThan({Avg DBH (cm)}, 28), LessThan({Avg DBH (cm)}, 47))", "cells", "by-meaning", "forum"),
    ("It is requested that each lot whose Top Bid is not an error value be highlighted in full.",
     "NotErrors({Top Bid (£)})", "rows", "by-header", "formal", "negation"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
