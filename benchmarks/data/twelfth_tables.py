"""A twelfth set of table requests, about a third of them header-only, and the builder of twelfth_tables.json.

Written on 2026-12-07 between 02:28 and about 02:42 UTC (by `date -u` on this machine) by engineer
T12, who had read neither the assistant's code nor any set's wordings, so that the team has table
requests nobody has tuned on. The eleven tables (an electric-vehicle charging network's session
log, a self-storage site's unit register, a software team's on-call incident log, a pawnbroker's
loan book, an optician's recall list, a scooter-share operator's fleet, a retail trader's options
journal, a renal unit's dialysis chair list, a heating engineer's boiler service jobs, an IP
firm's patent docket, a platform team's server fleet) and every request were written from
scratch. Headers carry units, abbreviations and initialisms (`kWh`, `Dur (min)`, `Cost (£)`,
`Paid?`, `Size (sq ft)`, `Rent (£/mo)`, `Sev`, `PIR Date`, `MTTA (min)`, `MTTR (h)`, `PM Done?`,
`APR %`, `Term (days)`, `Sph R (D)`, `IOP (mmHg)`, `CL Wearer?`, `Optom`, `Odo (km)`, `Rides 7d`,
`Tyre PSI`, `P&L ($)`, `Return %`, `Pre Wt (kg)`, `UF Goal (L)`, `Kt/V`, `BP Pre`, `CO (ppm)`,
`Pressure (bar)`, `Juris`, `Fees (€)`, `DC`, `CPU %`, `RAM (GB)`, `Disk Free %`, `Uptime (d)`), and
the cells dates, money (plain numbers under a currency header), percentages ("89%", "-10%",
typed as fractions), codes (session, unit, incident, ticket, patient, scooter, trade, job, docket
numbers, postcodes, charger and chair codes, firmware versions, blood-pressure pairs such as
"148/82"), yes/no values, free text (driver, valuer, nurse and alert notes, root causes, titles),
text in number columns ("n/a", "tbc", "POA", "n/k", "n/w", "not acked", "unknown", "flat"),
Excel errors (#N/A, #VALUE!, #DIV/0!, #REF!) and blanks.

Styles (the second tag; table_sets.STYLES is the earlier table sets', this set has its own):
`annotator`, the benchmark annotators' imperative lines ("Highlight kWh greater than 48.9 in sheet
ChargingSessions", "Apply Between 50 and 100 on Size (sq ft) in sheet StorageUnits", the sheet
being the table's name); `forum`, a forum question of a sentence or two, sometimes with a column
letter (always the true column of the table placed at A1); `programmer`, new here: a developer's
phrasing in SQL, pandas or Python ("WHERE sev = 'SEV1'", "df[df['Dur (min)'] <= 40] -> highlight
the whole row", "arrears > 0 and arrears < 130", "root_cause IS NULL", "status IN ('Forfeit',
'Sold')", "ticker LIKE 'A%'", "firmware.startswith('v3.2')", "df.nlargest(3, 'Pre Wt (kg)')",
"kWh NOT BETWEEN 15 AND 55"); `ifthen`, new here: an if/when sentence ("if the session started
yesterday, highlight the row", "when Paid? says No, make the row orange"); `formatfirst`, new
here: the format first, then the condition ("Red fill on the row: MTTR above 4.5 h", "Bold the
Fault codes that start with E-", "Orange fill on the whole row: uptime of 310 days or more").
Programmer requests keep Excel's semantics, not SQL's: a blank compares as 0 ("uf_goal_l <= 1.8"
formats the blank goal) and does not contain a text ("comment NOT LIKE '%open%'" formats blank
comments).

What was read, every command that printed anything: `date -u` (at the start, several times while
writing, at the end); `ls benchmarks/data/` with `git status --short | head` (the status printed
nothing) and `ls benchmarks/data/*.json | wc -l` (29); `git status --short` at the end (file names
only: twelfth_cf.py and twelfth_cf.json, written beside this set by engineer E12, and
tests/benchmarks/test_one_column_sets_data.py, changed by another engineer; none opened);
benchmarks/data/README.md (whole: `cat`, whose print cut lines 34-39, printed again by
`sed -n 34,39p`); benchmarks/data/table_sets.py and
benchmarks/data/everyday_common.py (whole, `cat`; `wc -l` of the latter); of
benchmarks/data/eleventh_tables.py only `sed -n 1,178p` and `sed -n 723,729p` (docstring, imports,
constants, the `_table` helper; the code after the entries); of benchmarks/data/everyday_tables.py
only the signatures and docstrings of build_record and problems, printed with inspect;
tests/benchmarks/test_table_sets_data.py and tests/benchmarks/set_files.py (whole);
/work/shared/docs/CF_RULES.md, /work/shared/docs/EVALUATION.md and /work/shared/data/README.md
(with `wc -l` of the three). Of cf_assistant.languages.cf: the names it exports, the signature and
docstring of type_text, type_text on made-up cells ("$1,200.50", "£12", "45%", "2024-06-12",
"#N/A", "#DIV/0!", "#VALUE!", "yes", "TRUE", " ", "", "tbc", "1,200", "3.5", "-4", "07:30",
"0.5%", "12.5%", "1e3", "00123", "N/A", "-", then "+1.25", "-2.25", "148/82", "0000", "v3.2.1",
"LS6 2AB", "12k", "n/w", "1,024") and parse/to_text on a few made-up rules for the canonical
spelling. A short program (/tmp/t12_check.py, two runs) read the `Table` field of every set file
in benchmarks/data/ (twelfth_* aside) and the module docstrings of every other builder
(ast.get_docstring) and printed one True/False pair per candidate (in a table name, in a
docstring); its first run matched a docstring word by its start only, the second on whole words.
Dropped as used: tax (accountant's tax returns), rail and railway (train punctuality), customs
(customs declarations), lift (lift servicing), app and review (app-store reviews), tea (a tea
estate), gas (gas safety checks; the boiler jobs here name no gas), fx (a currency bureau, also
dropped), and the short word EV (matched inside other words; "electric vehicle", charging and
charger were checked instead). Unused, and taken: charging, charger, electric vehicle, storage,
self-storage, incident, on-call, outage, pawn, pawnbroker, optician, optometrist, eye, eye test,
scooter, trading, trade, trades, dialysis, kidney, renal, boiler, servicing, heating, patent,
docket, server, servers, datacentre, and the table names ChargingSessions, StorageUnits,
Incidents, PawnLoans, EyeTests, Scooters, TradeLog, Dialysis (as part of DialysisChairs),
BoilerJobs, PatentDocket, ServerFleet (also unused: punctuality, accountant, declaration,
elevator, currency, bureau, FxBureau, not taken). The builder's own checks and counts were run
while writing (their messages name this set's requests and rules only), and `python -m pytest -q
tests/benchmarks/test_table_sets_data.py` (first with `-k twelfth`, then whole). No slip of
reading: no line of eleventh_tables.py outside the two ranges, and no entry, table or column of
any other builder, was printed.

Not read: anything under cf_assistant/ but the public API above; `git log`, `git show`, any diff;
the TABLES, ENTRIES and COLUMNS of the other builders (eleventh_tables.py lines 179-722 included);
twelfth_cf.py and twelfth_cf.json (written beside this set by engineer E12; not opened; the
builder compares with any set file beside it by program only, as table_sets.requests_elsewhere
does); the utterances or tables of any JSON file (compared with this set's by program only,
never printed). No request was run through `cfa suggest`, `cfa bench` or a model.

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py to eleventh_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows (a row,
a line, the sessions, units, incidents, pledges, patients, scooters, trades, jobs, cases or
servers themselves), "cells" otherwise; `naming` says how the request names the tested column:
`by-header` (its header's words, a plain spelling-out of a shortened header, a snake_case or
pandas spelling of it such as `rent_pm`, `mttr`, `df['Users Hit']`, or its letter, as in "column
F"), `by-meaning` (a synonym or what its values mean: "the 2 cheapest sessions" for `Cost (£)`,
"acknowledged within 5 minutes" for `MTTA (min)`, "restoring service took 2 hours or less" for
`MTTR (h)`, "the 3 oldest boilers" for `Age (yrs)`, "the one machine with the most memory" for
`RAM (GB)`, "free disk" for `Disk Free %`) or `by-value` (only a value of it: "every Canal Wharf
session", "all the private patients", "if a locum did the test", "every NVDA trade", "all WATCH
and JEW pledges", "anything in AMS3"). Each rule tests one column. Every record is first built
and checked on its full table (everyday_tables' `build_record` with IDs prefixed `t12t-`; its
`problems`: a record that formats no row or every row, whose near misses its table cannot tell
apart, text operators exempt, or whose rule formats the same rows on another column is refused),
and a request already written (case aside) in any other set file of benchmarks/data/ or in the
benchmark's train split (../shared/data/cf/train.json) is refused, as is a column letter or range
that is not the rule's column. Then the records picked by a stable hash of the ID (about one in
three, `table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text
below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date
comparisons are not written, date periods are (each tested date column holds days that tell the
ten periods apart: 06-11, 06-12, 06-13, 06-07, 06-04, 06-18, 06-27, 05-20, 07-08, 03-01, 06-14,
06-20, 06-25, 05-29). Labels follow Excel: a blank compares as 0, any text is greater than any
number (so "n/a", "POA" or "not acked" in a number column is formatted by a "greater than" rule,
as Excel does), an error is neither blank nor formatted by a comparison, text tests ignore case.
A percentage is written as a fraction where the cells hold "90%" (`APR %`, `Battery %`, `Return
%`, `CPU %`, `Disk Free %`: 0.9).

How refusals were fixed (forty-two, over all eleven tables, found table by table; no draft
equalled a request elsewhere; none was fixed by choosing a split): by changing cells (twenty-eight
records: another column's ranking, average or visual rows made to differ from the tested one, as
cost against energy, rent against size, P&L against return, weight against UF goal, CPU against
disk, age against sphere and IOP, parts against pressure; a negative arrears credit so that
"greater than 0" and "not 0" differ; a blank or a text cell moved or added so that NotErrors
differs from NotBlanks and a visual rule from NotBlanks, NotErrors and "greater than 0"; Kt/V 1.5
made a value of its column; one uptime changed, after which "3 days or less", no longer a value
of the column, became "2 days or less"), or by changing the rule (fourteen: NotEquals on a text
that is its column's largest or smallest value, which Excel's order makes equal to LessThan or
GreaterThan, moved to a middle value or another column (Paid? to Charger, Sev, Access, Outcome
twice, DC); Equals(0) on columns with no negative value (equal to "at most 0") and Equals on a
column's largest value moved to another value or column (five); an icon set moved from Cost (£),
numbers and one error only, to kWh; a 15% top rule, which took one row as the two other columns'
did, made 25%; a -8.8% threshold, which the typed cell apparently did not equal exactly, made
-10% with that cell).

Tags: the naming, the style, then any of `number-format`, `boundary`, `negation`, `or`,
`superlative`, `polarity`, `starts-ends`, `date`, `value-word`, then `header-only` where the rows
were dropped, then `twelfth` (last). Every one of the 41 top functions is in both halves (dev,
test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/twelfth_tables.py` prints them): 328 records, dev 176 / test
152 (the split is the ID hash's, not chosen); 11 tables of 10 columns and 14 data rows each; 113
header-only records (34%); scope rows 176 (54%) / cells 152; naming by-header 261, by-meaning 37,
by-value 30 (20% not by header); styles annotator 70, programmer 69, formatfirst 68, ifthen 67,
forum 54; every one of the 41 top functions in both halves, eleven with one record in a half
(IconSet, TextEndsWith and Tomorrow in dev; LastWeek, NextMonth, NotErrors, OR, TextNotContains,
ThisMonth, TopPercent and Unique in test). The entries were written table by table (305 after
the first full build, every function already in both halves, 86% named by header); then 23
entries naming the column by meaning or by value were added across the tables, none to steer a
split.

Rebuild: `python benchmarks/data/twelfth_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "twelfth_tables.json"
PREFIX = "t12t"
TAG = "twelfth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, TRAIN  # noqa: E402,F401 (the set's own)
# This set's styles (table_sets.STYLES is the earlier table sets'): the benchmark annotators'
# imperative lines, forum questions, and three new here: a developer's phrasing (SQL, pandas,
# Python), an if/when-then sentence, and the format named first, then the condition.
STYLES = ("annotator", "forum", "programmer", "ifthen", "formatfirst")
# The requests of every other set file in this folder (these twenty-nine at the time of writing,
# and any written since, e.g. twelfth_cf.json, written at the same time by another engineer) and
# of the benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fifth_cf.json", "fifth_tables.json", "sixth_cf.json", "sixth_tables.json",
              "seventh_cf.json", "seventh_tables.json", "eighth_cf.json", "eighth_tables.json",
              "ninth_cf.json", "ninth_tables.json", "tenth_cf.json", "tenth_tables.json",
              "eleventh_cf.json", "eleventh_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "25%" is typed as a
# number (0.25), as Excel types pasted text; "£", "$" and "€" amounts sit under a currency header
# as plain numbers. Each table is added to TABLES and its entries to ENTRIES in turn.

TABLES: dict = {}
ENTRIES: dict = {}

# 1. An electric-vehicle charging network's session log.
TABLES["ChargingSessions"] = _table("""
Session ID | Charger | Site | Start | kWh | Dur (min) | Cost (£) | Paid? | Fault | Driver Note
S-1001 | DC150-A | Harbour Rd | 2024-06-11 | 42.5 | 38 | 18.7 | Yes | _ | quick top-up
S-1002 | AC22-B | Mill Lane | 2024-06-12 | 11.2 | 95 | 4.93 | Yes | _ | _
S-1003 | DC50-C | Station Sq | 2024-06-13 | 30 | 52 | 16.5 | No | E-204 | cable stuck at the end
S-1004 | DC150-A | Harbour Rd | 2024-06-07 | 61.8 | 44 | 27.19 | Yes | _ | fine
S-1005 | AC22-D | Retail Park | 2024-06-04 | n/a | 0 | #VALUE! | No | E-101 | card declined twice
S-1006 | DC50-C | Station Sq | 2024-06-18 | 25.4 | 41 | 11.18 | Pending | _ | booked slot
S-1007 | AC7-E | Mill Lane | 2024-06-27 | 7.1 | 120 | 3.12 | Yes | _ | overnight, card ok
S-1008 | DC150-F | Retail Park | 2024-05-20 | 55 | 35 | 24.2 | Yes | W-310 | slow start, throttled
S-1009 | DC150-A | Harbour Rd | 2024-07-08 | 48.9 | 40 | 21.52 | _ | _ | reservation
S-1010 | AC22-B | Mill Lane | 2024-03-01 | 15 | 88 | 6.6 | Yes | _ | ~
S-1011 | DC50-G | Canal Wharf | 2024-06-14 | #N/A | 30 | 0 | No | E-204 | meter not reporting
S-1012 | AC22-D | Retail Park | 2024-06-20 | 19.3 | 75 | 8.49 | ~ | _ | paid by app
S-1013 | DC150-F | Canal Wharf | 2024-06-25 | 70.2 | 55 | 30.89 | Yes | _ | full charge
S-1014 | _ | Station Sq | 2024-05-29 | 30 | 47 | 13.2 | No | W-310 | unplugged early
""")
ENTRIES["ChargingSessions"] = [
    ("Highlight kWh greater than 48.9 in sheet ChargingSessions", "GreaterThan({kWh}, 48.9)", "cells", "by-header", "annotator"),
    ("SELECT * FROM sessions WHERE kWh >= 55 -- colour those rows", "GreaterThanEqual({kWh}, 55)", "rows", "by-header", "programmer"),
    ("if a session delivered less than 15 kWh, shade the whole row grey", "LessThan({kWh}, 15)", "rows", "by-header", "ifthen"),
    ("Blue data bars in the kWh column", "DataBar({kWh})", "cells", "by-header", "formatfirst"),
    ("How do I highlight the 3 longest charging sessions? The minutes are in column F.", "Top({Dur (min)}, 3)", "cells", "by-header", "forum", "superlative"),
    ("df[df['Dur (min)'] <= 40] -> highlight the whole row", "LessThanEqual({Dur (min)}, 40)", "rows", "by-header", "programmer", "boundary"),
    ("Red text on Cost (£) cells that hold an error", "Errors({Cost (£)})", "cells", "by-header", "formatfirst"),
    ("Highlight the 2 cheapest sessions in sheet ChargingSessions", "Bottom({Cost (£)}, 2)", "rows", "by-meaning", "annotator", "superlative"),
    ("when Paid? says No, make the row orange", 'TextEquals({Paid?}, "No")', "rows", "by-header", "ifthen", "value-word"),
    ("rows where Paid? is null", "Blanks({Paid?})", "rows", "by-header", "programmer"),
    ("Bold the Fault codes that start with E-", 'TextStartsWith({Fault}, "E-")', "cells", "by-header", "formatfirst", "starts-ends"),
    ("WHERE fault IS NOT NULL", "NotBlanks({Fault})", "rows", "by-header", "programmer"),
    ("Apply light red fill to rows where Site is Mill Lane in sheet ChargingSessions", 'TextEquals({Site}, "Mill Lane")', "rows", "by-header", "annotator"),
    ("any chance I can colour every Canal Wharf session? whole line ideally", 'TextEquals({Site}, "Canal Wharf")', "rows", "by-value", "forum"),
    ("if a charger appears only once in column B, flag it", "Unique({Charger})", "cells", "by-header", "ifthen"),
    ("Highlight duplicate Charger values in sheet ChargingSessions", "Duplicates({Charger})", "cells", "by-header", "annotator"),
    ("Yellow on the Start cell: session starts tomorrow", "Tomorrow({Start})", "cells", "by-header", "formatfirst", "date"),
    ("if the session started yesterday, highlight the row", "Yesterday({Start})", "rows", "by-header", "ifthen", "date"),
    ("sessions booked for next week - can I make the whole row green?", "NextWeek({Start})", "rows", "by-meaning", "forum", "date"),
    ("Highlight Start dates in last month in sheet ChargingSessions", "LastMonth({Start})", "cells", "by-header", "annotator", "date"),
    ("driver notes that mention the card: WHERE driver_note LIKE '%card%'", 'TextContains({Driver Note}, "card")', "cells", "by-header", "programmer"),
    ("Grey italics on every session whose Driver Note doesn't contain card", 'TextNotContains({Driver Note}, "card")', "rows", "by-header", "formatfirst", "negation"),
    ("Is there a way to shade the rows where a session lasted between 40 and 55 minutes?", "Between({Dur (min)}, 40, 55)", "rows", "by-meaning", "forum"),
    ("kWh NOT BETWEEN 15 AND 55", "NotBetween({kWh}, 15, 55)", "cells", "by-header", "programmer", "negation"),
    ("if a session cost more than the average, colour the cost cell", "AboveAverage({Cost (£)})", "cells", "by-header", "ifthen"),
    ("Pale blue row fill: sessions shorter than the average duration", "BelowAverage({Dur (min)})", "rows", "by-meaning", "formatfirst"),
    ("df[df.Charger != 'DC150-A']", 'NotEquals({Charger}, "DC150-A")', "rows", "by-header", "programmer", "negation"),
    ("if Dur (min) equals 30, turn it red", "Equals({Dur (min)}, 30)", "cells", "by-header", "ifthen"),
    ("Apply icon set to kWh in sheet ChargingSessions", "IconSet({kWh})", "cells", "by-header", "annotator"),
    ("if the driver hasn't paid yet (Pending), colour the row yellow", 'TextEquals({Paid?}, "Pending")', "rows", "by-value", "ifthen", "value-word"),
    ("Highlight sessions that drew more energy than average in sheet ChargingSessions", "AboveAverage({kWh})", "rows", "by-meaning", "annotator"),
]

# 2. A self-storage site's unit register.
TABLES["StorageUnits"] = _table("""
Unit | Size (sq ft) | Tenant | Move-in | Rent (£/mo) | Arrears (£) | Insured? | Gate Code | Next Invoice | Notes
A-01 | 25 | J. Okafor | 2021-03-14 | 65 | 0 | Yes | 4471 | 2024-06-04 | _
A-02 | 50 | Brightside Ltd | 2019-11-02 | 110 | 220 | No | 9032 | 2024-05-20 | lien notice sent
A-07 | 75 | M. Hussain | 2023-08-21 | 150 | 0.5 | Yes | 1180 | 2024-06-12 | _
B-03 | 100 | K. Lindqvist | 2022-01-09 | 185 | 37.5 | Yes | 5526 | 2024-06-13 | moving out in July
B-11 | 25 | _ | n/a | 65 | n/a | _ | 0000 | 2024-03-01 | vacant, needs a clean
B-12 | 35 | Fern & Co | 2020-06-30 | 80 | 480 | No | 7713 | 2024-06-27 | second lien notice
C-04 | 150 | R. Adeyemi | 2024-02-15 | 320 | 0 | Yes | 3090 | 2024-06-07 | _
C-05 | 200 | Northway Removals | 2018-09-12 | 295 | 590 | Yes | 6248 | 2024-07-08 | pays quarterly
C-09 | 50 | S. Brennan | 2023-05-05 | 110 | 110 | No | reset | 2024-06-11 | code reset by staff
D-01 | 300 | Hallam Antiques | 2017-04-18 | 410 | 0 | Yes | 2604 | 2024-06-18 | climate controlled
D-02 | 35 | P. Novak | tbc | 80 | 0 | #N/A | 8817 | 2024-06-14 | _
D-06 | 75 | L. Ferreira | 2022-10-03 | 150 | 75 | ~ | 4459 | 2024-06-20 | asked about insurance
E-01 | 100 | Quayside Books | 2021-12-01 | 160 | -65 | Yes | 1035 | 2024-06-25 | ~
E-08 | 25 | T. Whitlock | 2024-06-01 | 70 | 130 | No | 9901 | 2024-05-29 | new tenant, late first payment
""")
ENTRIES["StorageUnits"] = [
    ("Highlight Arrears (£) greater than 0 in sheet StorageUnits", "GreaterThan({Arrears (£)}, 0)", "cells", "by-header", "annotator"),
    ("if a tenant owes 480 or more, turn the whole row red", "GreaterThanEqual({Arrears (£)}, 480)", "rows", "by-meaning", "ifthen", "boundary"),
    ("WHERE rent_pm < 80", "LessThan({Rent (£/mo)}, 80)", "rows", "by-header", "programmer"),
    ("Highlight top 2 Rent (£/mo) in sheet StorageUnits", "Top({Rent (£/mo)}, 2)", "cells", "by-header", "annotator", "superlative"),
    ("how do I highlight the smallest 20% of units by size? whole row", "BottomPercent({Size (sq ft)}, 20)", "rows", "by-header", "forum", "superlative"),
    ("size_sqft == 75", "Equals({Size (sq ft)}, 75)", "rows", "by-header", "programmer"),
    ("if Insured? is No, highlight the row amber", 'TextEquals({Insured?}, "No")', "rows", "by-header", "ifthen", "value-word"),
    ("Highlight error values in Insured? in sheet StorageUnits", "Errors({Insured?})", "cells", "by-header", "annotator"),
    ("insured cells with no error: WHERE NOT ISERROR(insured)", "NotErrors({Insured?})", "cells", "by-header", "programmer", "negation"),
    ("notes IS NULL -> grey the row", "Blanks({Notes})", "rows", "by-header", "programmer"),
    ("Apply bold to non-blank Tenant cells in sheet StorageUnits", "NotBlanks({Tenant})", "cells", "by-header", "annotator"),
    ("Can I highlight the units whose notes mention a lien? Whole row if possible", 'TextContains({Notes}, "lien")', "rows", "by-header", "forum"),
    ("Light green on the Unit cell when it starts with C", 'TextStartsWith({Unit}, "C")', "cells", "by-header", "formatfirst", "starts-ends"),
    ("df[df.Unit.str.endswith('1')]", 'TextEndsWith({Unit}, "1")', "rows", "by-header", "programmer", "starts-ends"),
    ("if the next invoice falls this week, colour the row blue", "ThisWeek({Next Invoice})", "rows", "by-header", "ifthen", "date"),
    ("Purple text on Next Invoice dates in next month", "NextMonth({Next Invoice})", "cells", "by-header", "formatfirst", "date"),
    ("Highlight Next Invoice in the last 7 days in sheet StorageUnits", "Last7Days({Next Invoice})", "cells", "by-header", "annotator", "date"),
    ("WHERE next_invoice = CURRENT_DATE", "Today({Next Invoice})", "rows", "by-header", "programmer", "date"),
    ("how can I make rent cells above the average stand out?", "AboveAverage({Rent (£/mo)})", "cells", "by-header", "forum"),
    ("arrears != 0", "NotEquals({Arrears (£)}, 0)", "rows", "by-header", "programmer", "negation"),
    ("Apply Between 50 and 100 on Size (sq ft) in sheet StorageUnits", "Between({Size (sq ft)}, 50, 100)", "cells", "by-header", "annotator"),
    ("if Insured? is No or left blank, make the row yellow", 'OR(TextEquals({Insured?}, "No"), Blanks({Insured?}))', "rows", "by-header", "ifthen", "or"),
    ("arrears > 0 and arrears < 130", "AND(GreaterThan({Arrears (£)}, 0), LessThan({Arrears (£)}, 130))", "rows", "by-header", "programmer"),
    ("3-colour scale on Arrears (£)", "ColorScale({Arrears (£)})", "cells", "by-header", "formatfirst"),
    ("is there a way to highlight everything for Hallam Antiques?", 'TextEquals({Tenant}, "Hallam Antiques")', "rows", "by-value", "forum"),
    ("Apply NotBetween 80 and 185 on Rent (£/mo) in sheet StorageUnits", "NotBetween({Rent (£/mo)}, 80, 185)", "cells", "by-header", "annotator"),
    ("Pale yellow row: units of 35 sq ft or smaller", "LessThanEqual({Size (sq ft)}, 35)", "rows", "by-header", "formatfirst", "boundary"),
    ("NOT(notes contains 'notice')", 'NOT(TextContains({Notes}, "notice"))', "rows", "by-header", "programmer", "negation"),
    ("the biggest units - top 2 by floor area - can those rows be highlighted?", "Top({Size (sq ft)}, 2)", "rows", "by-meaning", "forum", "superlative"),
    ("Pale red on every Northway Removals unit", 'TextEquals({Tenant}, "Northway Removals")', "rows", "by-value", "formatfirst"),
]

# 3. A software team's on-call incident log (PIR: post-incident review).
TABLES["Incidents"] = _table("""
Inc # | Service | Sev | PIR Date | MTTA (min) | MTTR (h) | On-call | Root Cause | PM Done? | Users Hit
INC-4410 | payments-api | SEV1 | 2024-06-12 | 4 | 2.5 | dana.k | bad deploy | No | 12000
INC-4411 | search | SEV3 | 2024-06-13 | 22 | 0.75 | li.wei | config drift | Yes | 300
INC-4412 | auth | SEV2 | 2024-06-07 | 9 | 1.25 | omar.s | expired cert | Yes | 4800
INC-4413 | payments-api | SEV2 | 2024-06-04 | 15 | 3 | dana.k | db failover | Yes | 2500
INC-4414 | cdn-edge | SEV4 | 2024-06-18 | 41 | n/a | priya.r | _ | N/A | unknown
INC-4415 | notifications | SEV3 | 2024-06-27 | 18 | 1.5 | li.wei | third-party outage | No | 950
INC-4416 | auth | SEV1 | 2024-05-20 | 3 | 6 | omar.s | expired cert | Yes | 25000
INC-4417 | search | SEV4 | 2024-07-08 | not acked | 0.25 | priya.r | unknown | No | 0
INC-4418 | billing-batch | SEV2 | 2024-03-01 | 12 | 4.5 | marta.n | bad deploy | Yes | 1800
INC-4419 | payments-api | SEV3 | 2024-06-11 | 25 | #DIV/0! | dana.k | rate limit | No | 640
INC-4420 | cdn-edge | SEV2 | 2024-06-14 | 8 | 2 | marta.n | bad deploy, rollback | Yes | 3900
INC-4421 | notifications | SEV4 | 2024-06-20 | 35 | 0.5 | li.wei | ~ | ~ | 120
INC-4422 | billing-batch | SEV3 | 2024-06-25 | 19 | 1 | omar.s | disk full | No | 410
INC-4423 | auth | SEV1 | 2024-05-29 | 5 | 8 | priya.r | DNS misconfig | Yes | 31000
""")
ENTRIES["Incidents"] = [
    ("WHERE sev = 'SEV1'", 'TextEquals({Sev}, "SEV1")', "rows", "by-header", "programmer"),
    ("if an incident is SEV2, colour its row orange", 'TextEquals({Sev}, "SEV2")', "rows", "by-value", "ifthen"),
    ("Highlight MTTA (min) greater than or equal to 35 in sheet Incidents", "GreaterThanEqual({MTTA (min)}, 35)", "cells", "by-header", "annotator", "boundary"),
    ("Top 3 incidents by users hit - whole row please, how?", "Top({Users Hit}, 3)", "rows", "by-header", "forum", "superlative"),
    ("Red fill on the row: MTTR above 4.5 h", "GreaterThan({MTTR (h)}, 4.5)", "rows", "by-header", "formatfirst"),
    ("if MTTR (h) shows an error, flag the cell", "Errors({MTTR (h)})", "cells", "by-header", "ifthen"),
    ("root_cause IS NULL", "Blanks({Root Cause})", "rows", "by-header", "programmer"),
    ("how do I highlight incidents whose root cause mentions deploy?", 'TextContains({Root Cause}, "deploy")', "rows", "by-header", "forum"),
    ("Highlight duplicate Root Cause in sheet Incidents", "Duplicates({Root Cause})", "cells", "by-header", "annotator"),
    ("df[df['MTTA (min)'] < df['MTTA (min)'].mean()]", "BelowAverage({MTTA (min)})", "rows", "by-header", "programmer"),
    ("if PM Done? isn't Yes, make the row pink", 'NOT(TextEquals({PM Done?}, "Yes"))', "rows", "by-header", "ifthen", "negation"),
    ("Highlight PIR Date last week in sheet Incidents", "LastWeek({PIR Date})", "cells", "by-header", "annotator", "date"),
    ("Orange fill on PIR Date cells falling next week", "NextWeek({PIR Date})", "cells", "by-header", "formatfirst", "date"),
    ("pir_date in the current month -> highlight row", "ThisMonth({PIR Date})", "rows", "by-header", "programmer", "date"),
    ("Can I highlight the reviews that were held yesterday? (PIR Date column)", "Yesterday({PIR Date})", "cells", "by-header", "forum", "date"),
    ("Apply data bar to Users Hit in sheet Incidents", "DataBar({Users Hit})", "cells", "by-header", "annotator"),
    ("is it possible to flag the top 25% of incidents by number of people affected? whole row", "TopPercent({Users Hit}, 25)", "rows", "by-meaning", "forum", "superlative"),
    ("df[df['Users Hit'] < 300]", "LessThan({Users Hit}, 300)", "rows", "by-header", "programmer"),
    ("mttr >= 1 and mttr <= 3", "AND(GreaterThanEqual({MTTR (h)}, 1), LessThanEqual({MTTR (h)}, 3))", "cells", "by-header", "programmer"),
    ("Apply Between 15 and 25 on MTTA (min) in sheet Incidents", "Between({MTTA (min)}, 15, 25)", "cells", "by-header", "annotator"),
    ("if the service name begins with pay, highlight it", 'TextStartsWith({Service}, "pay")', "cells", "by-header", "ifthen", "starts-ends"),
    ("Bold the On-call cell when the handle ends in .r", 'TextEndsWith({On-call}, ".r")', "cells", "by-header", "formatfirst", "starts-ends"),
    ("could every incident omar.s handled be in a different colour? the whole line", 'TextEquals({On-call}, "omar.s")', "rows", "by-value", "forum"),
    ("Traffic-light icons on MTTR (h)", "IconSet({MTTR (h)})", "cells", "by-header", "formatfirst"),
    ("Highlight Sev not equal to SEV3 in sheet Incidents", 'NotEquals({Sev}, "SEV3")', "cells", "by-header", "annotator", "negation"),
    ("when the root cause doesn't mention cert, shade the row light grey", 'TextNotContains({Root Cause}, "cert")', "rows", "by-header", "ifthen", "negation"),
    ("Green row fill: the incident was acknowledged within 5 minutes", "LessThanEqual({MTTA (min)}, 5)", "rows", "by-meaning", "formatfirst", "boundary"),
    ("if restoring service took 2 hours or less, shade the row green", "LessThanEqual({MTTR (h)}, 2)", "rows", "by-meaning", "ifthen", "boundary"),
    ("Red text across every auth incident", 'TextEquals({Service}, "auth")', "rows", "by-value", "formatfirst"),
]

# 4. A pawnbroker's loan book.
TABLES["PawnLoans"] = _table("""
Ticket | Item | Cat | Pledged | Loan (£) | APR % | Term (days) | Redeem By | Status | Valuer Note
PT-7701 | 18ct gold chain | JEW | 2024-03-14 | 420 | 89% | 90 | 2024-06-12 | Active | hallmarked, 22g
PT-7702 | PS5 console | ELEC | 2024-05-02 | 180 | 120% | 30 | 2024-06-13 | Active | boxed, two pads
PT-7703 | Rolex Datejust | WATCH | 2024-02-20 | 2500 | 65% | 120 | 2024-06-07 | Redeemed | papers seen
PT-7704 | diamond ring | JEW | 2024-04-04 | 950 | 89% | 60 | 2024-06-04 | Forfeit | 0.5ct, slight chip
PT-7705 | DSLR camera | ELEC | 2024-05-18 | 240 | 120% | 30 | 2024-06-18 | Active | shutter count 12k
PT-7706 | electric guitar | MUSIC | 2024-03-27 | 310 | 99% | 90 | 2024-06-27 | Active | no case
PT-7707 | gold sovereign | COIN | 2024-02-19 | 390 | 65% | 90 | 2024-05-20 | Forfeit | 1982, fine
PT-7708 | laptop | ELEC | 2024-06-08 | 300 | 120% | 30 | 2024-07-08 | Active | charger missing
PT-7709 | silver tea set | SILV | 2023-12-01 | 150 | 99% | 90 | 2024-03-01 | Sold | tarnished
PT-7710 | Omega Seamaster | WATCH | 2024-05-12 | 1800 | 65% | 30 | 2024-06-11 | Active | service due
PT-7711 | gold bangle | JEW | 2024-03-16 | POA | 89% | 90 | 2024-06-14 | Extended | awaiting re-weigh
PT-7712 | drone | ELEC | 2024-05-21 | 210 | #N/A | 30 | 2024-06-20 | Active | _
PT-7713 | trumpet | MUSIC | 2024-03-27 | 0 | 99% | 90 | 2024-06-25 | Extended | loan not yet paid out
PT-7714 | signet ring | JEW | 2024-04-29 | 275 | 89% | 30 | 2024-05-29 | Forfeit | ~
""")
ENTRIES["PawnLoans"] = [
    ("Highlight Loan (£) greater than or equal to 950 in sheet PawnLoans", "GreaterThanEqual({Loan (£)}, 950)", "cells", "by-header", "annotator", "boundary"),
    ("if the loan is over £300, make the row bold", "GreaterThan({Loan (£)}, 300)", "rows", "by-header", "ifthen", "number-format"),
    ("loan_gbp <= 210", "LessThanEqual({Loan (£)}, 210)", "rows", "by-header", "programmer", "boundary"),
    ("Gold fill across the row for the 2 biggest loans", "Top({Loan (£)}, 2)", "rows", "by-header", "formatfirst", "superlative"),
    ("How do I highlight every ticket on the 99% APR? it's column F", "Equals({APR %}, 0.99)", "rows", "by-header", "forum", "number-format"),
    ("if APR % is below 89%, shade it green", "LessThan({APR %}, 0.89)", "cells", "by-header", "ifthen", "number-format"),
    ("Highlight errors in APR % in sheet PawnLoans", "Errors({APR %})", "cells", "by-header", "annotator"),
    ("need to highlight every JEW ticket, whole row - how?", 'TextEquals({Cat}, "JEW")', "rows", "by-value", "forum"),
    ("when Status is Forfeit, grey the row out", 'TextEquals({Status}, "Forfeit")', "rows", "by-header", "ifthen", "value-word"),
    ("status IN ('Forfeit', 'Sold')", 'OR(TextEquals({Status}, "Forfeit"), TextEquals({Status}, "Sold"))', "rows", "by-header", "programmer", "or"),
    ("Highlight Redeem By dates equal to today in sheet PawnLoans", "Today({Redeem By})", "cells", "by-header", "annotator", "date"),
    ("Red text on any Redeem By date that is tomorrow", "Tomorrow({Redeem By})", "cells", "by-header", "formatfirst", "date"),
    ("if the redemption date was in the last 7 days, highlight the row", "Last7Days({Redeem By})", "rows", "by-meaning", "ifthen", "date"),
    ("WHERE redeem_by is in last month", "LastMonth({Redeem By})", "rows", "by-header", "programmer", "date"),
    ("any way to flag pledges due for redemption next month? whole row", "NextMonth({Redeem By})", "rows", "by-meaning", "forum", "date"),
    ("Yellow fill on Item cells containing gold", 'TextContains({Item}, "gold")', "cells", "by-header", "formatfirst"),
    ("df[~df.Item.str.contains('ring')]", 'TextNotContains({Item}, "ring")', "rows", "by-header", "programmer", "negation"),
    ("Highlight blank cells in Valuer Note in sheet PawnLoans", "Blanks({Valuer Note})", "cells", "by-header", "annotator"),
    ("how do I highlight the loans that are below the average amount?", "BelowAverage({Loan (£)})", "cells", "by-header", "forum"),
    ("if the term isn't 90 days, make it blue", "NotEquals({Term (days)}, 90)", "cells", "by-header", "ifthen", "negation"),
    ("2-colour scale on Loan (£)", "ColorScale({Loan (£)})", "cells", "by-header", "formatfirst"),
    ("if the loan is between £240 and £420, shade it lilac", "Between({Loan (£)}, 240, 420)", "cells", "by-header", "ifthen", "number-format"),
    ("bottom 25% of loan_gbp -> highlight row", "BottomPercent({Loan (£)}, 25)", "rows", "by-header", "programmer", "superlative"),
    ("Apply light blue fill to rows where Status is Extended in sheet PawnLoans", 'TextEquals({Status}, "Extended")', "rows", "by-header", "annotator"),
    ("Pink fill on the whole row: pledged items from the WATCH category", 'TextEquals({Cat}, "WATCH")', "rows", "by-header", "formatfirst"),
    ("Highlight Term (days) less than 90 in sheet PawnLoans", "LessThan({Term (days)}, 90)", "cells", "by-header", "annotator"),
    ("Can I get the Ticket cell highlighted when the ticket number ends in 4?", 'TextEndsWith({Ticket}, "4")', "cells", "by-header", "forum", "starts-ends"),
    ("Gold fill on all WATCH and JEW pledges", 'OR(TextEquals({Cat}, "WATCH"), TextEquals({Cat}, "JEW"))', "rows", "by-value", "formatfirst", "or"),
    ("which pledges carry the highest interest? I want the top 20% by rate highlighted, whole row", "TopPercent({APR %}, 20)", "rows", "by-meaning", "forum", "superlative"),
]

# 5. An optician's recall list (Sph R: the right eye's sphere in dioptres; IOP: eye pressure).
TABLES["EyeTests"] = _table("""
Patient Ref | Age | Last Test | Recall Due | Sph R (D) | IOP (mmHg) | CL Wearer? | Optom | Fee Type | Remarks
OP-2231 | 67 | 2022-06-10 | 2024-06-12 | -2.25 | 18 | No | Dr Patel | NHS | early cataract
OP-2232 | 34 | 2022-06-14 | 2024-06-13 | -4.5 | 14 | Yes | R. Chen | Private | _
OP-2233 | 8 | 2023-06-07 | 2024-06-07 | +1.25 | 12 | No | Dr Patel | NHS | child, recall 1 yr
OP-2234 | 72 | 2023-06-04 | 2024-06-04 | +0.75 | 24 | No | S. Moyo | NHS | IOP high, refer
OP-2235 | 45 | 2022-06-18 | 2024-06-18 | -0.75 | 16 | Yes | R. Chen | Private | dry eye
OP-2236 | 51 | 2022-06-27 | 2024-06-27 | 0 | 21 | No | S. Moyo | Private | _
OP-2237 | 29 | 2022-05-20 | 2024-05-20 | -6 | 15 | Yes | Dr Patel | Private | high myope, check retina
OP-2238 | 80 | 2023-07-08 | 2024-07-08 | +3.5 | 20 | No | R. Chen | NHS | ~
OP-2239 | 16 | 2023-03-01 | 2024-03-01 | -1 | 13 | Yes | S. Moyo | NHS | did not attend
OP-2240 | 60 | 2022-06-11 | 2024-06-11 | +0.5 | #N/A | No | Dr Patel | NHS | tonometer fault
OP-2241 | 40 | 2022-06-14 | 2024-06-14 | -3 | 17 | No | locum | Private | _
OP-2242 | 63 | 2022-06-20 | 2024-06-20 | n/k | 19 | No | locum | NHS | refused refraction
OP-2243 | 37 | 2022-06-25 | 2024-06-25 | -2.25 | 11 | Yes | R. Chen | Private | contact lens check
OP-2244 | 70 | 2022-05-29 | 2024-05-29 | +1.25 | 21 | No | S. Moyo | NHS | _
""")
ENTRIES["EyeTests"] = [
    ("if IOP is 21 mmHg or higher, turn the row red", "GreaterThanEqual({IOP (mmHg)}, 21)", "rows", "by-header", "ifthen", "boundary"),
    ("Highlight Age greater than 67 in sheet EyeTests", "GreaterThan({Age}, 67)", "cells", "by-header", "annotator"),
    ("age < 16", "LessThan({Age}, 16)", "rows", "by-header", "programmer"),
    ("How can I highlight prescriptions of -3.00 or stronger (more minus)? Sphere is column E", "LessThanEqual({Sph R (D)}, -3)", "cells", "by-header", "forum", "number-format"),
    ("if Sph R (D) is exactly 0, shade it", "Equals({Sph R (D)}, 0)", "cells", "by-header", "ifthen"),
    ("Red fill on IOP (mmHg) error cells", "Errors({IOP (mmHg)})", "cells", "by-header", "formatfirst"),
    ("WHERE cl_wearer = 'Yes'", 'TextEquals({CL Wearer?}, "Yes")', "rows", "by-header", "programmer", "value-word"),
    ("how would I colour all the private patients? full row", 'TextEquals({Fee Type}, "Private")', "rows", "by-value", "forum"),
    ("if a locum did the test, highlight the row", 'TextEquals({Optom}, "locum")', "rows", "by-value", "ifthen"),
    ("Highlight Recall Due this week in sheet EyeTests", "ThisWeek({Recall Due})", "cells", "by-header", "annotator", "date"),
    ("if the recall falls due next week, make the row light blue", "NextWeek({Recall Due})", "rows", "by-meaning", "ifthen", "date"),
    ("Bold green on Recall Due when it is today", "Today({Recall Due})", "cells", "by-header", "formatfirst", "date"),
    ("recall_due = CURRENT_DATE - 1", "Yesterday({Recall Due})", "rows", "by-header", "programmer", "date"),
    ("is there a formatting rule for recalls that were due last week? want the whole row", "LastWeek({Recall Due})", "rows", "by-meaning", "forum", "date"),
    ("Bold the Remarks cell where it mentions refer", 'TextContains({Remarks}, "refer")', "cells", "by-header", "formatfirst"),
    ("remarks is null or empty -> highlight row", "Blanks({Remarks})", "rows", "by-header", "programmer"),
    ("Orange on the rows of the 2 oldest patients", "Top({Age}, 2)", "rows", "by-meaning", "formatfirst", "superlative"),
    ("Highlight bottom 3 IOP (mmHg) in sheet EyeTests", "Bottom({IOP (mmHg)}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("if an IOP reading is above the average, colour it", "AboveAverage({IOP (mmHg)})", "cells", "by-header", "ifthen"),
    ("if the patient's age is outside 16 to 67, highlight the row", "NotBetween({Age}, 16, 67)", "rows", "by-header", "ifthen", "negation"),
    ("Apply icon set to Sph R (D) in sheet EyeTests", "IconSet({Sph R (D)})", "cells", "by-header", "annotator"),
    ("Grey text on Remarks that don't contain check", 'TextNotContains({Remarks}, "check")', "cells", "by-header", "formatfirst", "negation"),
    ("age >= 40 and age < 60", "AND(GreaterThanEqual({Age}, 40), LessThan({Age}, 60))", "rows", "by-header", "programmer"),
    ("Apply light green fill to rows where Fee Type is NHS in sheet EyeTests", 'TextEquals({Fee Type}, "NHS")', "rows", "by-header", "annotator"),
    ("how do I flag the recalls that fall in this month?", "ThisMonth({Recall Due})", "cells", "by-meaning", "forum", "date"),
    ("Between 12 and 16 on IOP (mmHg) please - what rule do I use?", "Between({IOP (mmHg)}, 12, 16)", "cells", "by-header", "forum"),
    ("Pale blue on the Patient Ref cell when the ref starts with OP-223", 'TextStartsWith({Patient Ref}, "OP-223")', "cells", "by-header", "formatfirst", "starts-ends"),
    ("Highlight the 3 youngest patients in sheet EyeTests", "Bottom({Age}, 3)", "rows", "by-meaning", "annotator", "superlative"),
    ("if the patient was seen by Dr Patel, make the row lavender", 'TextEquals({Optom}, "Dr Patel")', "rows", "by-value", "ifthen"),
]

# 6. A scooter-share operator's fleet list.
TABLES["Scooters"] = _table("""
Scooter ID | Zone | Battery % | Odo (km) | Next Service | Rides 7d | Fault Flags | Tyre PSI | Firmware | Status
SC-0012 | Docklands | 85% | 1240 | 2024-06-12 | 41 | _ | 45 | v3.2.1 | live
SC-0019 | Old Town | 12% | 3380 | 2024-06-13 | 56 | brake | 38 | v3.2.1 | low battery
SC-0023 | Campus | 64% | 905 | 2024-06-07 | 33 | _ | 44 | v3.1.9 | live
SC-0031 | Docklands | #N/A | 4120 | 2024-06-04 | 0 | lost GPS | 40 | v3.0.4 | missing
SC-0034 | Riverside | 47% | 2210 | 2024-06-18 | 28 | _ | 45 | v3.2.1 | live
SC-0040 | Old Town | 99% | 150 | 2024-06-27 | 9 | _ | 46 | v3.2.1 | live
SC-0044 | Campus | 23% | 2875 | 2024-05-20 | 61 | bell, light | 35 | v3.1.9 | live
SC-0052 | Riverside | 0% | 3990 | 2024-07-08 | n/a | no telemetry | n/a | v3.0.4 | in workshop
SC-0057 | Docklands | 78% | 1675 | 2024-03-01 | 47 | _ | 42 | v3.2.1 | live
SC-0063 | Station | 31% | 5020 | 2024-06-11 | 38 | brake pads worn | 39 | v2.9.8 | live
SC-0068 | Station | 55% | 610 | 2024-06-14 | 22 | _ | 44 | v3.2.1 | reserved
SC-0071 | Campus | 8% | 3300 | 2024-06-20 | 50 | kickstand | 37 | v3.1.9 | low battery
SC-0075 | Old Town | 91% | _ | 2024-06-25 | 17 | ~ | flat | v3.2.1 | live
SC-0080 | Riverside | 40% | 1980 | 2024-05-29 | 25 | _ | 41 | v3.0.4 | live
""")
ENTRIES["Scooters"] = [
    ("if battery is under 23%, turn the row red", "LessThan({Battery %}, 0.23)", "rows", "by-header", "ifthen", "number-format"),
    ("Highlight Battery % greater than or equal to 85% in sheet Scooters", "GreaterThanEqual({Battery %}, 0.85)", "cells", "by-header", "annotator", "number-format"),
    ("top 20% by odo_km -> highlight row", "TopPercent({Odo (km)}, 20)", "rows", "by-header", "programmer", "superlative"),
    ("Amber row fill: the bottom 25% of scooters by battery", "BottomPercent({Battery %}, 25)", "rows", "by-header", "formatfirst", "superlative"),
    ("if there are no fault flags, make the row green", "Blanks({Fault Flags})", "rows", "by-header", "ifthen"),
    ("fault_flags IS NOT NULL", "NotBlanks({Fault Flags})", "rows", "by-header", "programmer"),
    ("I want every scooter with a brake fault highlighted, flags are in column G", 'TextContains({Fault Flags}, "brake")', "rows", "by-header", "forum"),
    ("Teal fill on all Campus scooters", 'TextEquals({Zone}, "Campus")', "rows", "by-value", "formatfirst"),
    ("when the status doesn't contain live, outline the row", 'TextNotContains({Status}, "live")', "rows", "by-header", "ifthen", "negation"),
    ("WHERE status = 'missing'", 'TextEquals({Status}, "missing")', "rows", "by-header", "programmer", "value-word"),
    ("Highlight Next Service next month in sheet Scooters", "NextMonth({Next Service})", "cells", "by-header", "annotator", "date"),
    ("if the service was due last week, highlight the row", "LastWeek({Next Service})", "rows", "by-meaning", "ifthen", "date"),
    ("next_service == tomorrow", "Tomorrow({Next Service})", "rows", "by-header", "programmer", "date"),
    ("how can I highlight the Next Service dates that are in this week?", "ThisWeek({Next Service})", "cells", "by-header", "forum", "date"),
    ("Light orange on Next Service dates in the last 7 days", "Last7Days({Next Service})", "cells", "by-header", "formatfirst", "date"),
    ("Highlight Tyre PSI equal to 45 in sheet Scooters", "Equals({Tyre PSI}, 45)", "cells", "by-header", "annotator"),
    ("Red on Tyre PSI at 38 or lower", "LessThanEqual({Tyre PSI}, 38)", "cells", "by-header", "formatfirst", "boundary"),
    ("if Battery % shows an error, colour it dark grey", "Errors({Battery %})", "cells", "by-header", "ifthen"),
    ("firmware.startswith('v3.2')", 'TextStartsWith({Firmware}, "v3.2")', "cells", "by-header", "programmer", "starts-ends"),
    ("is there a way to flag any scooter whose firmware does NOT start with v3? whole row", 'NOT(TextStartsWith({Firmware}, "v3"))', "rows", "by-header", "forum", "negation"),
    ("Data bars on Tyre PSI", "DataBar({Tyre PSI})", "cells", "by-header", "formatfirst"),
    ("rides_7d < mean(rides_7d)", "BelowAverage({Rides 7d})", "rows", "by-header", "programmer"),
    ("Apply Between 22 and 41 on Rides 7d in sheet Scooters", "Between({Rides 7d}, 22, 41)", "cells", "by-header", "annotator"),
    ("Can conditional formatting highlight scooters that have done more than 3,300 km?", "GreaterThan({Odo (km)}, 3300)", "rows", "by-meaning", "forum", "number-format"),
    ("if a scooter is missing or in workshop, make the row red", 'OR(TextEquals({Status}, "missing"), TextEquals({Status}, "in workshop"))', "rows", "by-value", "ifthen", "or"),
    ("Grey text on Zone when it's anything other than Docklands", 'NotEquals({Zone}, "Docklands")', "cells", "by-header", "formatfirst", "negation"),
    ("Apply color scale to Rides 7d in sheet Scooters", "ColorScale({Rides 7d})", "cells", "by-header", "annotator"),
    ("df[df['Rides 7d'] > df['Rides 7d'].mean()]", "AboveAverage({Rides 7d})", "rows", "by-header", "programmer"),
    ("Red row fill for scooters with 12% charge or less", "LessThanEqual({Battery %}, 0.12)", "rows", "by-meaning", "formatfirst", "boundary", "number-format"),
    ("if a scooter is parked in Old Town, shade its row", 'TextEquals({Zone}, "Old Town")', "rows", "by-value", "ifthen"),
]

# 7. A retail trader's journal of option trades (Expiry: the contract's expiry date).
TABLES["TradeLog"] = _table("""
Trade ID | Ticker | Side | Expiry | Qty | Entry ($) | P&L ($) | Return % | Setup | Comment
TR-301 | AAPL | Long | 2024-06-12 | 100 | 189.5 | 1240 | 6.5% | breakout | took profit early
TR-302 | TSLA | Short | 2024-06-13 | 50 | 182 | -610 | -10% | fade | stopped out
TR-303 | NVDA | Long | 2024-06-07 | 20 | 1150 | 3480 | 15.1% | momentum | best trade this month
TR-304 | MSFT | Long | 2024-06-04 | 40 | 415 | -12 | 0% | breakout | scratch
TR-305 | AMD | Short | 2024-06-18 | 80 | 160 | -1120 | -8.8% | fade | ignored my stop
TR-306 | SPY | Long | 2024-06-27 | 10 | 530 | 215 | 12.4% | swing | ~
TR-307 | AAPL | Short | 2024-05-20 | 60 | 192 | 380 | 3.3% | fade | _
TR-308 | META | Long | 2024-07-08 | 30 | 480 | tbc | -0.7% | earnings | IV crush
TR-309 | GOOG | Long | 2024-03-01 | 70 | 171 | 560 | 4.7% | swing | _
TR-310 | TSLA | Long | 2024-06-11 | 25 | 178 | #N/A | _ | momentum | still open
TR-311 | NFLX | Short | 2024-06-14 | 15 | 640 | -300 | -3.1% | earnings | revenge trade
TR-312 | AMZN | Long | 2024-06-20 | 45 | 185 | 900 | 10.8% | breakout | scaled in
TR-313 | NVDA | Short | 2024-06-25 | 10 | 1210 | -2050 | -16.9% | fade | FOMO, oversized
TR-314 | COIN | Long | 2024-05-29 | 35 | 225 | #REF! | #REF! | momentum | sheet link broke
""")
ENTRIES["TradeLog"] = [
    ("df[df['P&L ($)'] < -300]", "LessThan({P&L ($)}, -300)", "rows", "by-header", "programmer", "number-format"),
    ("if Return % is negative, make the row red", "LessThan({Return %}, 0)", "rows", "by-header", "ifthen"),
    ("Highlight P&L ($) greater than 900 in sheet TradeLog", "GreaterThan({P&L ($)}, 900)", "cells", "by-header", "annotator"),
    ("Green fill on the 3 most profitable trades", "Top({P&L ($)}, 3)", "rows", "by-meaning", "formatfirst", "superlative"),
    ("how do I colour my 2 worst trades by return (col H)?", "Bottom({Return %}, 2)", "cells", "by-header", "forum", "superlative"),
    ("Highlight error values in P&L ($) in sheet TradeLog", "Errors({P&L ($)})", "cells", "by-header", "annotator"),
    ("WHERE NOT ISERROR(return_pct)", "NotErrors({Return %})", "cells", "by-header", "programmer", "negation"),
    ("if it was a short, highlight the row purple", 'TextEquals({Side}, "Short")', "rows", "by-value", "ifthen"),
    ("Apply pink fill to rows where Setup is fade in sheet TradeLog", 'TextEquals({Setup}, "fade")', "rows", "by-header", "annotator"),
    ("Any way to highlight trades where the comment mentions stop?", 'TextContains({Comment}, "stop")', "rows", "by-header", "forum"),
    ("ticker LIKE 'A%'", 'TextStartsWith({Ticker}, "A")', "cells", "by-header", "programmer", "starts-ends"),
    ("Bold the tickers ending in A", 'TextEndsWith({Ticker}, "A")', "cells", "by-header", "formatfirst", "starts-ends"),
    ("if the option expires today, turn the whole row red", "Today({Expiry})", "rows", "by-meaning", "ifthen", "date"),
    ("Highlight Expiry next week in sheet TradeLog", "NextWeek({Expiry})", "cells", "by-header", "annotator", "date"),
    ("Strike-through on rows whose Expiry was last month", "LastMonth({Expiry})", "rows", "by-header", "formatfirst", "date"),
    ("how do I highlight contracts expiring this month?", "ThisMonth({Expiry})", "cells", "by-meaning", "forum", "date"),
    ("qty BETWEEN 25 AND 50", "Between({Qty}, 25, 50)", "rows", "by-header", "programmer"),
    ("if the entry price is 530 dollars or more, colour the cell", "GreaterThanEqual({Entry ($)}, 530)", "cells", "by-header", "ifthen", "boundary"),
    ("Highlight above average Return % in sheet TradeLog", "AboveAverage({Return %})", "cells", "by-header", "annotator"),
    ("Data bars on P&L ($)", "DataBar({P&L ($)})", "cells", "by-header", "formatfirst"),
    ("qty >= 30 and qty <= 60", "AND(GreaterThanEqual({Qty}, 30), LessThanEqual({Qty}, 60))", "cells", "by-header", "programmer"),
    ("if Return % is exactly 0%, grey it out", "Equals({Return %}, 0)", "cells", "by-header", "ifthen", "number-format"),
    ("Yellow on Expiry when it's tomorrow", "Tomorrow({Expiry})", "cells", "by-header", "formatfirst", "date"),
    ("Is there a way to highlight the Expiry cells that were yesterday?", "Yesterday({Expiry})", "cells", "by-header", "forum", "date"),
    ("comment NOT LIKE '%open%'", 'TextNotContains({Comment}, "open")', "rows", "by-header", "programmer", "negation"),
    ("Apply light red fill to rows where Ticker is TSLA in sheet TradeLog", 'TextEquals({Ticker}, "TSLA")', "rows", "by-header", "annotator"),
    ("Bold row when the trade lost more than 10%", "LessThan({Return %}, -0.1)", "rows", "by-meaning", "formatfirst", "number-format"),
    ("Highlight positions of 70 contracts or more in sheet TradeLog", "GreaterThanEqual({Qty}, 70)", "rows", "by-meaning", "annotator", "boundary"),
    ("Bold every NVDA trade", 'TextEquals({Ticker}, "NVDA")', "rows", "by-value", "formatfirst"),
]

# 8. A renal unit's dialysis chair list (UF: ultrafiltration; Kt/V: dialysis adequacy).
TABLES["DialysisChairs"] = _table("""
Pt No | Chair | Next Session | Pre Wt (kg) | UF Goal (L) | Kt/V | BP Pre | Access | Missed? | Nurse Note
RN-108 | C1 | 2024-06-12 | 72.4 | 2.5 | 1.42 | 148/82 | AVF | No | cramps last time
RN-112 | C2 | 2024-06-13 | 88.1 | 3.5 | 1.18 | 165/95 | CVC | No | line dressing changed
RN-115 | C3 | 2024-06-07 | 64 | 1.8 | 1.55 | 132/78 | AVF | Yes | transport failed
RN-121 | C4 | 2024-06-04 | 95.6 | 4 | 1.09 | 171/99 | AVG | No | fluid overload
RN-124 | C1 | 2024-06-18 | 58.2 | 1.2 | 1.6 | ~ | AVF | No | _
RN-127 | C5 | 2024-06-27 | 79 | 3.6 | 1.31 | 144/88 | CVC | Yes | hospital admission
RN-130 | C2 | 2024-05-20 | 101.3 | 4.5 | 0.98 | 180/102 | AVG | No | review dry weight
RN-133 | C6 | 2024-07-08 | n/w | _ | #DIV/0! | _ | AVF | No | new starter
RN-136 | C3 | 2024-03-01 | 69.9 | 2.2 | 1.38 | 138/80 | AVF | No | ~
RN-139 | C4 | 2024-06-11 | 83.5 | 3 | 1.2 | 150/90 | CVC | No | _
RN-142 | C5 | 2024-06-14 | n/w | 2.5 | 1.45 | 142/84 | AVF | _ | holiday dialysis
RN-145 | C6 | 2024-06-20 | 61.1 | 2.6 | 1.5 | 126/74 | AVF | No | _
RN-148 | C1 | 2024-06-25 | 90.2 | 2.4 | 1.12 | 158/92 | AVG | Yes | missed, unwell
RN-151 | C2 | 2024-05-29 | 74.8 | 2 | 1.36 | 140/86 | CVC | No | needle phobia
""")
ENTRIES["DialysisChairs"] = [
    ("if Kt/V is below 1.2, flag the whole row", "LessThan({Kt/V}, 1.2)", "rows", "by-header", "ifthen", "boundary"),
    ("Highlight UF Goal (L) greater than or equal to 3.5 in sheet DialysisChairs", "GreaterThanEqual({UF Goal (L)}, 3.5)", "cells", "by-header", "annotator", "boundary"),
    ("df.nlargest(3, 'Pre Wt (kg)') -> highlight those rows", "Top({Pre Wt (kg)}, 3)", "rows", "by-header", "programmer", "superlative"),
    ("how would I highlight the lightest 20% of patients going by pre-dialysis weight?", "BottomPercent({Pre Wt (kg)}, 20)", "rows", "by-meaning", "forum", "superlative"),
    ("Bright red fill on Kt/V cells with an error", "Errors({Kt/V})", "cells", "by-header", "formatfirst"),
    ("if BP Pre hasn't been filled in, highlight it yellow", "Blanks({BP Pre})", "cells", "by-header", "ifthen"),
    ("missed == 'Yes'", 'TextEquals({Missed?}, "Yes")', "rows", "by-header", "programmer", "value-word"),
    ("Highlight non-blank cells in Nurse Note in sheet DialysisChairs", "NotBlanks({Nurse Note})", "cells", "by-header", "annotator"),
    ("Can I highlight all patients with a CVC line? whole row", 'TextEquals({Access}, "CVC")', "rows", "by-value", "forum"),
    ("if the patient sits in chair C1, make the row blue", 'TextEquals({Chair}, "C1")', "rows", "by-header", "ifthen"),
    ("Highlight Next Session today in sheet DialysisChairs", "Today({Next Session})", "cells", "by-header", "annotator", "date"),
    ("if the next session is tomorrow, shade the row green", "Tomorrow({Next Session})", "rows", "by-header", "ifthen", "date"),
    ("next_session in next week -> highlight row", "NextWeek({Next Session})", "rows", "by-header", "programmer", "date"),
    ("Light blue on Next Session dates this week", "ThisWeek({Next Session})", "cells", "by-header", "formatfirst", "date"),
    ("how can I highlight sessions that were booked for last month?", "LastMonth({Next Session})", "cells", "by-meaning", "forum", "date"),
    ("Highlight Next Session yesterday in sheet DialysisChairs", "Yesterday({Next Session})", "cells", "by-header", "annotator", "date"),
    ("if the next session falls next month, colour the row lilac", "NextMonth({Next Session})", "rows", "by-header", "ifthen", "date"),
    ("Would like every row where Missed? is not No (blanks included) in orange - how?", 'NOT(TextEquals({Missed?}, "No"))', "rows", "by-header", "forum", "negation"),
    ("if a patient's pre weight is above the unit average, highlight it", "AboveAverage({Pre Wt (kg)})", "cells", "by-header", "ifthen"),
    ("Apply Between 64 and 79 on Pre Wt (kg) in sheet DialysisChairs", "Between({Pre Wt (kg)}, 64, 79)", "cells", "by-header", "annotator"),
    ("uf_goal_l <= 1.8", "LessThanEqual({UF Goal (L)}, 1.8)", "rows", "by-header", "programmer", "boundary"),
    ("Green-to-red colour scale on Pre Wt (kg)", "ColorScale({Pre Wt (kg)})", "cells", "by-header", "formatfirst"),
    ("access IN ('CVC', 'AVG')", 'OR(TextEquals({Access}, "CVC"), TextEquals({Access}, "AVG"))', "rows", "by-header", "programmer", "or"),
    ("Orange fill on UF Goal (L) above 3 litres", "GreaterThan({UF Goal (L)}, 3)", "cells", "by-header", "formatfirst"),
    ("Purple text on the Nurse Note when it mentions missed", 'TextContains({Nurse Note}, "missed")', "cells", "by-header", "formatfirst"),
    ("df[df['Kt/V'] >= 1.5]", "GreaterThanEqual({Kt/V}, 1.5)", "cells", "by-header", "programmer", "boundary"),
    ("Highlight Access not equal to AVG in sheet DialysisChairs", 'NotEquals({Access}, "AVG")', "cells", "by-header", "annotator", "negation"),
    ("Highlight patients who weigh under 64 kg before dialysis in sheet DialysisChairs", "LessThan({Pre Wt (kg)}, 64)", "rows", "by-meaning", "annotator"),
    ("Soft green on all the AVF patients", 'TextEquals({Access}, "AVF")', "rows", "by-value", "formatfirst"),
]

# 9. A heating engineer's boiler service jobs (CO: flue carbon monoxide reading).
TABLES["BoilerJobs"] = _table("""
Job No | Postcode | Make | Age (yrs) | Visit | CO (ppm) | Pressure (bar) | Engineer | Outcome | Parts (£)
BJ-5501 | LS6 2AB | Worcester | 7 | 2024-06-12 | 12 | 1.4 | G. Hart | Pass | 0
BJ-5502 | LS8 1QT | Vaillant | 15 | 2024-06-13 | 48 | 0.6 | A. Roy | At Risk | 145.5
BJ-5503 | LS6 4JP | Baxi | 22 | 2024-06-07 | 100 | 0.9 | G. Hart | Immediately Dangerous | 0
BJ-5504 | LS17 5DD | Ideal | 4 | 2024-06-04 | 6 | 1.5 | P. Singh | Pass | 0
BJ-5505 | LS8 3HN | Worcester | 11 | 2024-06-18 | 20 | 1.2 | A. Roy | Pass | 62
BJ-5506 | BD3 0LX | Potterton | 19 | 2024-06-27 | 35 | 2.1 | P. Singh | At Risk | 310
BJ-5507 | LS6 9RE | Vaillant | 9 | 2024-05-20 | 9 | 1.3 | G. Hart | Pass | 0
BJ-5508 | HX1 2PL | _ | n/k | 2024-07-08 | 15 | 1 | T. Ward | Pass | 28.75
BJ-5509 | LS17 7AW | Ideal | 13 | 2024-03-01 | #VALUE! | 2.4 | T. Ward | No Access | _
BJ-5510 | BD9 6TS | Worcester | 3 | 2024-06-11 | 4 | 1.5 | A. Roy | Pass | 0
BJ-5511 | LS8 2EE | Glow-worm | 17 | 2024-06-14 | 64 | 0.4 | P. Singh | At Risk | 199
BJ-5512 | LS6 1BB | Vaillant | 8 | 2024-06-20 | 18 | 1.1 | G. Hart | Pass | ~
BJ-5513 | HX3 8QS | Baxi | 25 | 2024-06-25 | 150 | 3.1 | T. Ward | Immediately Dangerous | 480
BJ-5514 | LS17 9PP | Ideal | 6 | 2024-05-29 | 7 | 1.4 | A. Roy | Pass | 45
""")
ENTRIES["BoilerJobs"] = [
    ("if CO reads 100 ppm or more, turn the whole row red", "GreaterThanEqual({CO (ppm)}, 100)", "rows", "by-header", "ifthen", "boundary"),
    ("Highlight Age (yrs) greater than 15 in sheet BoilerJobs", "GreaterThan({Age (yrs)}, 15)", "cells", "by-header", "annotator"),
    ("Blue fill on Pressure (bar) below 1 bar", "LessThan({Pressure (bar)}, 1)", "cells", "by-header", "formatfirst"),
    ("pressure_bar NOT BETWEEN 1 AND 1.5", "NotBetween({Pressure (bar)}, 1, 1.5)", "rows", "by-header", "programmer", "negation"),
    ("Apply amber fill to rows where Outcome is At Risk in sheet BoilerJobs", 'TextEquals({Outcome}, "At Risk")', "rows", "by-header", "annotator"),
    ("if a boiler was found Immediately Dangerous, make the row red", 'TextEquals({Outcome}, "Immediately Dangerous")', "rows", "by-value", "ifthen"),
    ("postcode LIKE 'LS6%'", 'TextStartsWith({Postcode}, "LS6")', "rows", "by-header", "programmer", "starts-ends"),
    ("How do I highlight all the jobs where the postcode starts with HX?", 'TextStartsWith({Postcode}, "HX")', "rows", "by-header", "forum", "starts-ends"),
    ("Light grey fill on every Baxi job", 'TextEquals({Make}, "Baxi")', "rows", "by-value", "formatfirst"),
    ("Highlight unique values in Make in sheet BoilerJobs", "Unique({Make})", "cells", "by-header", "annotator"),
    ("if a make appears more than once, highlight it", "Duplicates({Make})", "cells", "by-header", "ifthen"),
    ("ISERROR(co_ppm) -> flag cell", "Errors({CO (ppm)})", "cells", "by-header", "programmer"),
    ("Yellow on Parts (£) cells left empty", "Blanks({Parts (£)})", "cells", "by-header", "formatfirst"),
    ("Highlight Pressure (bar) equal to 1.5 in sheet BoilerJobs", "Equals({Pressure (bar)}, 1.5)", "cells", "by-header", "annotator"),
    ("if the parts bill is one of the 2 largest, bold it", "Top({Parts (£)}, 2)", "cells", "by-meaning", "ifthen", "superlative"),
    ("how do I highlight CO readings above the average?", "AboveAverage({CO (ppm)})", "cells", "by-header", "forum"),
    ("Green on Visit when it was yesterday", "Yesterday({Visit})", "cells", "by-header", "formatfirst", "date"),
    ("visit in last week -> highlight row", "LastWeek({Visit})", "rows", "by-header", "programmer", "date"),
    ("Highlight Visit next month in sheet BoilerJobs", "NextMonth({Visit})", "cells", "by-header", "annotator", "date"),
    ("if the visit is this week, make the row bold", "ThisWeek({Visit})", "rows", "by-header", "ifthen", "date"),
    ("can I get today's visits highlighted? whole row", "Today({Visit})", "rows", "by-header", "forum", "date"),
    ("could G. Hart's jobs be coloured? every row he did", 'TextEquals({Engineer}, "G. Hart")', "rows", "by-value", "forum"),
    ("Apply icon set to Age (yrs) in sheet BoilerJobs", "IconSet({Age (yrs)})", "cells", "by-header", "annotator"),
    ("age_yrs < AVG(age_yrs)", "BelowAverage({Age (yrs)})", "rows", "by-header", "programmer"),
    ("if the boiler is 6 years old or newer, shade the age green", "LessThanEqual({Age (yrs)}, 6)", "cells", "by-header", "ifthen", "boundary"),
    ("Red row: top 25% of CO readings", "TopPercent({CO (ppm)}, 25)", "rows", "by-header", "formatfirst", "superlative"),
    ("outcome != 'Immediately Dangerous'", 'NotEquals({Outcome}, "Immediately Dangerous")', "rows", "by-header", "programmer", "negation"),
    ("Is there a rule for visits that were in the last 7 days?", "Last7Days({Visit})", "cells", "by-header", "forum", "date"),
    ("Highlight the 3 oldest boilers in sheet BoilerJobs", "Top({Age (yrs)}, 3)", "rows", "by-meaning", "annotator", "superlative"),
    ("if the boiler is a Worcester, make the row blue", 'TextEquals({Make}, "Worcester")', "rows", "by-value", "ifthen"),
]

# 10. An IP firm's patent docket (Juris: jurisdiction; Prior Art Hits: cited documents found).
TABLES["PatentDocket"] = _table("""
Docket | Title | Juris | Filed | Next Deadline | Claims | Fees (€) | Status | Attorney | Prior Art Hits
PD-1101 | Foldable solar canopy | EP | 2022-03-14 | 2024-06-12 | 18 | 4200 | Pending | Keller | 3
PD-1102 | Low-noise fan blade | US | 2021-11-02 | 2024-06-13 | 22 | 7850 | Office Action | Moreau | 7
PD-1103 | Biodegradable cable tie | GB | 2023-01-20 | 2024-06-07 | 10 | 1100 | Granted | Keller | 0
PD-1104 | Smart insulin pen cap | US | 2020-08-05 | 2024-06-04 | 30 | 12400 | Appeal | Osei | 12
PD-1105 | Modular bike rack | EP | 2023-06-19 | 2024-06-18 | 12 | 3900 | Pending | Moreau | 2
PD-1106 | Self-heating lunchbox | CN | 2022-09-30 | 2024-06-27 | 15 | 2650 | Office Action | Tanaka | 5
PD-1107 | Graphene ink formula | US | 2021-05-11 | 2024-05-20 | 40 | 15200 | Abandoned | Osei | n/a
PD-1108 | Drone landing pad | GB | 2024-01-08 | 2024-07-08 | 8 | 900 | Filed | ~ | _
PD-1109 | Water-saving tap aerator | EP | 2019-12-02 | 2024-03-01 | 20 | 5100 | Granted | Keller | 4
PD-1110 | Anti-fog visor coating | JP | 2022-02-22 | 2024-06-11 | 14 | #REF! | Pending | Tanaka | 6
PD-1111 | Pet feeder timer | US | 2023-10-16 | 2024-06-14 | 25 | 6300 | Office Action | Moreau | 9
PD-1112 | Recycled-glass tile | GB | 2023-04-03 | 2024-06-20 | 13 | 1350 | Pending | Osei | 1
PD-1113 | Quick-release ski binding | EP | 2021-07-27 | 2024-06-25 | 16 | 4200 | Appeal | Keller | 8
PD-1114 | Folding kayak frame | CN | 2022-12-12 | 2024-05-29 | 11 | 2650 | Pending | _ | 3
""")
ENTRIES["PatentDocket"] = [
    ("Highlight Claims greater than 20 in sheet PatentDocket", "GreaterThan({Claims}, 20)", "cells", "by-header", "annotator"),
    ("if an application has 10 claims or fewer, shade the row green", "LessThanEqual({Claims}, 10)", "rows", "by-header", "ifthen", "boundary"),
    ("fees_eur >= 6300", "GreaterThanEqual({Fees (€)}, 6300)", "rows", "by-header", "programmer", "boundary"),
    ("Pale green on the 3 lowest fee amounts", "Bottom({Fees (€)}, 3)", "cells", "by-header", "formatfirst", "superlative"),
    ("if Fees (€) has an error, colour it red", "Errors({Fees (€)})", "cells", "by-header", "ifthen"),
    ("How do I colour every EP case in the docket? whole row", 'TextEquals({Juris}, "EP")', "rows", "by-value", "forum"),
    ("WHERE juris = 'US'", 'TextEquals({Juris}, "US")', "rows", "by-header", "programmer"),
    ("if an office action is outstanding, make the row orange", 'TextEquals({Status}, "Office Action")', "rows", "by-value", "ifthen", "value-word"),
    ("Apply grey fill to rows where Status is Abandoned or Granted in sheet PatentDocket", 'OR(TextEquals({Status}, "Abandoned"), TextEquals({Status}, "Granted"))', "rows", "by-header", "annotator", "or"),
    ("attorney IS NULL", "Blanks({Attorney})", "rows", "by-header", "programmer"),
    ("Green on Prior Art Hits where it's exactly 1", "Equals({Prior Art Hits}, 1)", "cells", "by-header", "formatfirst"),
    ("Highlight top 2 Prior Art Hits in sheet PatentDocket", "Top({Prior Art Hits}, 2)", "cells", "by-header", "annotator", "superlative"),
    ("if prior art hits are above average, highlight the row", "AboveAverage({Prior Art Hits})", "rows", "by-header", "ifthen"),
    ("Data bars on Prior Art Hits", "DataBar({Prior Art Hits})", "cells", "by-header", "formatfirst"),
    ("how can I highlight titles that contain fold?", 'TextContains({Title}, "fold")', "cells", "by-header", "forum"),
    ("if the next deadline is today, make the row red", "Today({Next Deadline})", "rows", "by-header", "ifthen", "date"),
    ("Highlight Next Deadline tomorrow in sheet PatentDocket", "Tomorrow({Next Deadline})", "cells", "by-header", "annotator", "date"),
    ("next_deadline in this week", "ThisWeek({Next Deadline})", "cells", "by-header", "programmer", "date"),
    ("Strike-through on Next Deadline dates that were last week", "LastWeek({Next Deadline})", "cells", "by-header", "formatfirst", "date"),
    ("is it possible to shade every row whose deadline is next week?", "NextWeek({Next Deadline})", "rows", "by-meaning", "forum", "date"),
    ("WHERE next_deadline is in next month", "NextMonth({Next Deadline})", "rows", "by-header", "programmer", "date"),
    ("Highlight Next Deadline this month in sheet PatentDocket", "ThisMonth({Next Deadline})", "cells", "by-header", "annotator", "date"),
    ("how do I highlight deadlines in the last 7 days? whole row", "Last7Days({Next Deadline})", "rows", "by-meaning", "forum", "date"),
    ("Highlight duplicate Fees (€) in sheet PatentDocket", "Duplicates({Fees (€)})", "cells", "by-header", "annotator"),
    ("Red text on Claims outside 10 to 25", "NotBetween({Claims}, 10, 25)", "cells", "by-header", "formatfirst", "negation"),
    ("claims >= 15 and claims < 25", "AND(GreaterThanEqual({Claims}, 15), LessThan({Claims}, 25))", "rows", "by-header", "programmer"),
    ("when the Status is not Pending, put the row in italics", 'NOT(TextEquals({Status}, "Pending"))', "rows", "by-header", "ifthen", "negation"),
    ("Bold the Docket cell where it ends with 3", 'TextEndsWith({Docket}, "3")', "cells", "by-header", "formatfirst", "starts-ends"),
    ("how do I highlight the 3 most expensive cases to run?", "Top({Fees (€)}, 3)", "rows", "by-meaning", "forum", "superlative"),
    ("Red fill on every Appeal row", 'TextEquals({Status}, "Appeal")', "rows", "by-value", "formatfirst"),
    ("I need Tanaka's files highlighted, full row - possible?", 'TextEquals({Attorney}, "Tanaka")', "rows", "by-value", "forum"),
]

# 11. A platform team's server fleet list (DC: data centre).
TABLES["ServerFleet"] = _table("""
Hostname | DC | OS | CPU % | RAM (GB) | Disk Free % | Uptime (d) | Patch Due | Owner | Alerts
web-prod-01 | LHR1 | Ubuntu 22.04 | 72% | 64 | 41% | 188 | 2024-06-12 | team-web | _
web-prod-02 | LHR1 | Ubuntu 22.04 | 91% | 64 | 8% | 26 | 2024-06-13 | team-web | disk nearly full
db-main-01 | FRA2 | RHEL 9 | 45% | 256 | 22% | 402 | 2024-06-07 | team-data | _
db-replica-02 | FRA2 | RHEL 9 | 38% | 256 | 25% | 401 | 2024-06-04 | team-data | replica lag
cache-01 | LHR1 | Debian 12 | 12% | 32 | 77% | 51 | 2024-06-18 | team-platform | _
build-agent-07 | AMS3 | Ubuntu 20.04 | 99% | 16 | 5% | 0 | 2024-06-27 | team-ci | OOM kills
etl-worker-03 | FRA2 | Debian 12 | 64% | 128 | 33% | 97 | 2024-05-20 | team-data | ~
legacy-app-01 | LHR1 | CentOS 7 | 27% | 8 | #DIV/0! | 1024 | 2024-07-08 | team-web | EOL OS
vpn-gw-01 | AMS3 | Debian 12 | 6% | 4 | _ | 230 | 2024-03-01 | team-platform | _
mon-01 | AMS3 | #N/A | n/a | 32 | 45% | 14 | 2024-06-11 | team-platform | agent down
web-stage-01 | LHR1 | Ubuntu 20.04 | 18% | 16 | 52% | 7 | 2024-06-14 | team-web | _
ml-gpu-02 | FRA2 | Ubuntu 22.04 | 90% | 512 | 12% | 45 | 2024-06-20 | team-ml | thermal warning
build-agent-08 | AMS3 | Ubuntu 20.04 | 95% | 16 | 10% | 2 | 2024-06-25 | team-ci | _
mail-relay-01 | LHR1 | Debian 12 | 9% | 8 | 68% | 310 | 2024-05-29 | _ | _
""")
ENTRIES["ServerFleet"] = [
    ("WHERE cpu_pct > 90%", "GreaterThan({CPU %}, 0.9)", "rows", "by-header", "programmer", "number-format"),
    ("if free disk drops below 10%, turn the row red", "LessThan({Disk Free %}, 0.1)", "rows", "by-meaning", "ifthen", "number-format"),
    ("Highlight bottom 3 Disk Free % in sheet ServerFleet", "Bottom({Disk Free %}, 3)", "cells", "by-header", "annotator", "superlative"),
    ("How do I highlight the 2 servers that have been up longest? uptime is column G", "Top({Uptime (d)}, 2)", "rows", "by-header", "forum", "superlative"),
    ("Orange fill on the whole row: uptime of 310 days or more", "GreaterThanEqual({Uptime (d)}, 310)", "rows", "by-header", "formatfirst", "boundary"),
    ("hostname LIKE 'web%'", 'TextStartsWith({Hostname}, "web")', "rows", "by-header", "programmer", "starts-ends"),
    ("Highlight Hostname containing prod in sheet ServerFleet", 'TextContains({Hostname}, "prod")', "cells", "by-header", "annotator"),
    ("how can I highlight hostnames ending in -01?", 'TextEndsWith({Hostname}, "-01")', "cells", "by-header", "forum", "starts-ends"),
    ("if the box is in FRA2, colour it purple", 'TextEquals({DC}, "FRA2")', "cells", "by-value", "ifthen"),
    ("os == 'Ubuntu 20.04'", 'TextEquals({OS}, "Ubuntu 20.04")', "rows", "by-header", "programmer"),
    ("Highlight error values in OS in sheet ServerFleet", "Errors({OS})", "cells", "by-header", "annotator"),
    ("Plain green on Disk Free % cells without errors", "NotErrors({Disk Free %})", "cells", "by-header", "formatfirst", "negation"),
    ("if Alerts is empty, make the row pale green", "Blanks({Alerts})", "rows", "by-header", "ifthen"),
    ("owner IS NOT NULL", "NotBlanks({Owner})", "rows", "by-header", "programmer"),
    ("can I colour all the team-data servers? the full row", 'TextEquals({Owner}, "team-data")', "rows", "by-value", "forum"),
    ("if an owner appears only once in the list, highlight it", "Unique({Owner})", "cells", "by-header", "ifthen"),
    ("Bold italics on Owner cells that repeat", "Duplicates({Owner})", "cells", "by-header", "formatfirst"),
    ("Apply color scale to CPU % in sheet ServerFleet", "ColorScale({CPU %})", "cells", "by-header", "annotator"),
    ("Light red row: CPU above the fleet average", "AboveAverage({CPU %})", "rows", "by-header", "formatfirst"),
    ("how would I highlight disk free below average?", "BelowAverage({Disk Free %})", "cells", "by-header", "forum"),
    ("if RAM is between 16 and 64 GB, shade it blue", "Between({RAM (GB)}, 16, 64)", "cells", "by-header", "ifthen"),
    ("dc != 'FRA2'", 'NotEquals({DC}, "FRA2")', "rows", "by-header", "programmer", "negation"),
    ("patch_due = CURRENT_DATE", "Today({Patch Due})", "rows", "by-header", "programmer", "date"),
    ("if patching is due next week, highlight the row amber", "NextWeek({Patch Due})", "rows", "by-meaning", "ifthen", "date"),
    ("Highlight Patch Due last month in sheet ServerFleet", "LastMonth({Patch Due})", "cells", "by-header", "annotator", "date"),
    ("Red text on Patch Due dates from yesterday", "Yesterday({Patch Due})", "cells", "by-header", "formatfirst", "date"),
    ("any way to highlight Patch Due dates in this week?", "ThisWeek({Patch Due})", "cells", "by-header", "forum", "date"),
    ("Highlight RAM (GB) equal to 256 in sheet ServerFleet", "Equals({RAM (GB)}, 256)", "cells", "by-header", "annotator"),
    ("Yellow on Uptime (d) of 2 days or less", "LessThanEqual({Uptime (d)}, 2)", "cells", "by-header", "formatfirst", "boundary"),
    ("can I highlight the one machine with the most memory?", "Top({RAM (GB)}, 1)", "rows", "by-meaning", "forum", "superlative"),
    ("Grey fill on anything in AMS3", 'TextEquals({DC}, "AMS3")', "rows", "by-value", "formatfirst"),
]


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
