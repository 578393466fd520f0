"""An eighth set of table requests, about a third of them header-only, and the builder of eighth_tables.json.

Written on 2026-12-06 (session 13) by engineer T8, who had read neither the assistant's code nor
the other sets' wordings, so that the team has table requests nobody has tuned on: by then every
earlier set's dev half had steered choices. The eleven tables (a hospital pharmacy's fridge
temperature log, a broadband call centre's call log, a dog boarding kennel's bookings, a pottery
studio's kiln firings, a board game crowdfunding campaign's backers, a warehouse's forklift pre-use
checks, an online esports cup's player stats, a sea-fishing charter business's trips, an airport
baggage desk's claims, a council's polling station returns, a tailor's alterations tickets) and
every request were written from scratch, imagining how spreadsheet users phrase things: forum
questions of one to three sentences (sometimes with a column letter or a range such as J2:J15,
always the true column of the table placed at A1), the benchmark annotators' imperative style
("Highlight <Header> greater than 20 in sheet <Name>"), requests typed to an assistant (chat) and
terse notes. Headers carry units, abbreviations and initialisms (`Min °C`, `Wait (s)`,
`AHT (min)`, `CSAT`, `Rate/Night ($)`, `Vaccs OK`, `LOLER Due`, `K/D`, `ADR`, `Comp (EUR)`), and the
cells dates, money ("$540.00"), percentages ("33%", typed as 0.33, or plain numbers under a `%`
header), codes, yes/no values, free text, Excel errors (#N/A, #VALUE!, #REF!) and blanks.

What was read: benchmarks/data/README.md; benchmarks/data/everyday_common.py and
benchmarks/data/table_sets.py; the module docstring, imports and constants of
benchmarks/data/seventh_tables.py (lines 1-106), found by a grep of its top-level names and read by
line range, and its code after the entry lists, read as lines 905-915: that range began four lines
too early and so showed the last entry of its ENTRIES (one AboveAverage request on its fruit
picking table) and the dict's closing brackets; nothing of it was reused, and no other line of its
TABLES or ENTRIES was read; tests/benchmarks/test_table_sets_data.py and
tests/benchmarks/set_files.py; /work/shared/docs/CF_RULES.md and EVALUATION.md; the public API of
cf_assistant.languages.cf (the names it exports; parse, to_text and type_text, with the docstring of
type_text; the names COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS), with a few calls of parse and
to_text (canonical spelling) and of type_text (how "$", "£", "%", "(45)", times, codes with spaces,
leading zeros, errors and dates are typed); the signatures and docstrings only of
everyday_tables.build_record and everyday_tables.problems (printed with inspect, their bodies not
read); the file names in benchmarks/data/ (`ls`; eighth_cf.py and eighth_cf.json, written at the
same time by another engineer, appeared there late, by name only); `git status --short` at the
start (it listed nothing) and at the end (the names, not the contents, of files others had changed,
some under cf_assistant/assistant/ and cf_assistant/diffusion/); the eighth_cf.json row another
engineer had just added to benchmarks/data/README.md (its description and domains, none of its
requests), read while adding this set's row. The builder's own checks were run while writing: their messages name
this set's requests and rules only; entries they refused were fixed (table cells, thresholds, a
rule swapped for another on the same idea) and one draft equal (case aside) to a request elsewhere,
by the builder's check ("arrivals next week"), was reworded ("arrivals due next week") without
looking the other one up. Not read: anything under cf_assistant/assistant/, cf_assistant/diffusion/,
cf_assistant/generators/, or any other code that reads requests; `git log`, `git diff`, `git show`;
the TABLES, ENTRIES and COLUMNS of the other builders (but for the one seventh_tables.py entry
above); the utterances of any JSON file (compared with this set's by program only, never printed).
No request was run through `cfa suggest`, `cfa bench` or a model. eighth_cf.json is compared by
program only (every other *.json beside this set is).

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py, sixth_tables.py and seventh_tables.py do: each entry is (request, rule with
`{Header}` for c[i], scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for
whole rows (a row, a line, the bookings, calls or trips themselves), "cells" otherwise (bare value
filters such as "worn tyres" are cells); `naming` says how the request names the tested column:
`by-header` (its header's words, a plain spelling-out of a shortened header such as "min temp" for
`Min °C`, or its letter), `by-meaning` (a synonym, the meaning of an initialism such as "satisfaction
score" for `CSAT` or "thorough examination" for `LOLER Due`, or what its values mean) or `by-value`
(only a value of it: "grain free dogs", "Ceri's trips"); `style` is `forum`, `annotator`, `chat` or
`terse`. Each rule tests one column. Every record is first built and checked on its full table
(everyday_tables' `build_record` with IDs prefixed `e8t-`; its `problems`: a record that formats no
row or every row, whose near misses its table cannot tell apart, text operators exempt, or whose
rule formats the same rows on another column is refused), and a request already written (case
aside) in any other set file of benchmarks/data/ or in the benchmark's train split
(../shared/data/cf/train.json, when it is on the machine) is refused, as is a column letter or range
that is not the rule's column. Then the records picked by a stable hash of the ID (about one in
three, `table_sets.header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text
below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date
comparisons are not written, date periods are (each date column holds days that tell the ten
periods apart). Labels follow Excel: a blank compares as 0, any text is greater than any number
(so "fault" in `Peak °C` is above 1240), text tests ignore case. A percentage said with "%" is
written as a fraction where the cells hold "20%" (`Battery %`, `Loss %`: 0.2) and as the number
where the cells hold plain numbers under a `%` header (`Win %`, `Turnout %`: 50), and the requests
on the latter avoid the "%" sign so that the literal stays recoverable without the cells.

Tags: the naming, the style, then any of `number-format`, `boundary`, `negation`, `or`,
`superlative`, `polarity`, `starts-ends`, `typo`, `date`, `value-word`, then `header-only` where the
rows were dropped, then `eighth` (last). Every one of the 41 top functions is in both halves (dev,
test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/eighth_tables.py` prints them): 318 records, dev 161 / test 157
(the split is the ID hash's, not chosen); 11 tables of 10 columns and 14 data rows each; 114
header-only records (36%); scope rows 138 (43%) / cells 180; naming by-header 236, by-meaning 55,
by-value 27 (26% not by header); styles terse 97, chat 83, annotator 81, forum 57; every one of the
41 top functions in both halves, some with one record in a half (DataBar, IconSet in dev;
NotBetween, NotErrors in test). Most entries were written table by table; after the first full
build (302 records, Bottom missing from dev, ColorScale and NotErrors from test, 24% not named by
header) 19 entries were added for thin functions, most naming the column by meaning, and three
by-header TextEquals entries were dropped; then the scope of eleven bare value filters was set to
cells, two namings corrected ("BA flights" by header, "not a hem" by value) and four requests
reworded (two "%" signs on plain-number columns, "US" for the cell value "USA", "cells ... entire
row"), none to steer a split.

Rebuild: `python benchmarks/data/eighth_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "eighth_tables.json"
PREFIX = "e8t"
TAG = "eighth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, STYLES, TRAIN  # noqa: E402,F401 (the set's own)
# The requests of every other set file in this folder (these twenty-one at the time of writing, and
# any written since, e.g. eighth_cf.json, written at the same time by another engineer) and of the
# benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fifth_cf.json", "fifth_tables.json", "sixth_cf.json", "sixth_tables.json",
              "seventh_cf.json", "seventh_tables.json")

_table = table_sets.table

# Blank cells: `_` is "", `~` a lone space. Dates are ISO (typed as dates); "$" amounts and "12%"
# are typed as numbers (0.12), as Excel types pasted text.
TABLES: dict[str, list[list[str]]] = {
    # A hospital pharmacy's fridge temperature log (°C; safe range 2-8).
    "PharmacyFridgeLog": _table("""
        Log Date | Fridge | Location | Min °C | Max °C | Now °C | Checked By | Alarm | Action Taken | Next Service
        2024-06-12 | FR-01 | Main Dispensary | 2.4 | 7.1 | 4.3 | AK | No | _ | 2024-06-18
        2024-06-12 | FR-02 | Main Dispensary | 1.6 | 9.2 | 8 | AK | Yes | Stock moved to FR-01 | 2024-07-02
        2024-06-11 | FR-03 | Ward 7 | 2.9 | 6.8 | 3.9 | JB | No | _ | 2024-06-13
        2024-06-11 | FR-04 | Theatres | -0.6 | 5.5 | 2 | JB | Yes | Thermostat reset | 2024-06-21
        2024-06-10 | FR-05 | A&E | 3.1 | 8 | 6.2 | SM | No | _ | 2024-08-05
        2024-06-07 | FR-01 | Main Dispensary | 2.2 | 7.7 | 5.1 | SM | No | ~ | 2024-06-26
        2024-06-04 | FR-06 | Maternity | 1.9 | 10 | 9.1 | RP | Yes | Engineer called, stock quarantined | 2024-06-14
        2024-06-03 | FR-07 | Outpatients | 2.6 | 6.1 | #N/A | RP | No | Probe fault logged | 2024-07-15
        2024-05-28 | FR-08 | Ward 12 | 3.4 | 8.4 | 5.8 | AK | No | _ | 2024-06-18
        2024-05-14 | FR-03 | Ward 7 | 2 | 10.8 | 5.3 | JB | Yes | Door left open, closed it | 2024-09-10
        2024-04-30 | FR-09 | Oncology | 4 | 6.5 | 4.8 | SM | No | _ | 2024-07-02
        2024-06-10 | FR-10 | Ward 3 | -0.5 | 5.2 | 1.4 | RP | Yes | Stock moved to pharmacy | 2024-06-20
        2024-06-07 | FR-11 | Day Surgery | 2.5 | 7.3 | no reading | AK | No | _ | 2024-05-30
        2024-06-04 | FR-12 | Renal | 2.8 | 7 | 6.6 | JB | No | Logger replaced | 2024-06-13
    """),
    # A broadband provider's call centre log (AHT = average handle time, CSAT = satisfaction 1-5).
    "CallCentreLog": _table("""
        Call Ref | Call Date | Agent | Queue | Wait (s) | AHT (min) | Outcome | CSAT | Callback Due | Notes
        CC-40211 | 2024-06-12 | Priya | Billing | 34 | 6.5 | Resolved | 5 | _ | _
        CC-40212 | 2024-06-12 | Tom | Tech Support | 312 | 18.2 | Escalated | 2 | 2024-06-13 | Router keeps dropping
        CC-40198 | 2024-06-11 | Priya | Billing | 95 | 4.1 | Resolved | 4 | _ | _
        CC-40187 | 2024-06-11 | Dev | Sales | 12 | 9.8 | Sale | 5 | _ | Upgraded to fibre 500
        CC-40160 | 2024-06-10 | Maria | Tech Support | 240 | 22.7 | Callback | 3 | 2024-06-14 | Engineer visit needed
        CC-40122 | 2024-06-07 | Tom | Cancellations | 180 | 11 | Retained | 4 | _ | Offered 3 months half price
        CC-40101 | 2024-06-04 | Dev | Billing | 60 | 3.2 | Dropped | _ | 2024-06-18 | Caller hung up
        CC-40088 | 2024-06-03 | Maria | Cancellations | 420 | 14.5 | Cancelled | 1 | _ | Moving abroad
        CC-40031 | 2024-05-28 | Aisha | Tech Support | 75 | 16 | Resolved | 5 | _ | _
        CC-39954 | 2024-05-14 | Priya | Sales | 20 | 7.6 | Sale | 4 | ~ | _
        CC-39890 | 2024-04-30 | Aisha | Billing | 150 | 5 | Complaint | 2 | 2024-07-03 | Refund disputed
        CC-40165 | 2024-06-10 | Tom | Tech Support | 60 | 25.3 | Escalated | 1 | 2024-06-21 | Outage in area
        CC-40122 | 2024-06-07 | Aisha | Sales | 8 | 2.5 | Dropped | n/a | _ | Silent call, logged twice
        CC-40099 | 2024-06-04 | Maria | Billing | 300 | 8.8 | Resolved | 3 | 2024-07-16 | _
    """),
    # A dog boarding kennel's bookings (Vaccs OK: vaccination card seen).
    "KennelBookings": _table("""
        Booking | Dog | Breed | Owner | Check-In | Nights | Rate/Night ($) | Total ($) | Vaccs OK | Diet Notes
        KB-1041 | Biscuit | Labrador | Hughes | 2024-06-12 | 3 | 38 | $114.00 | Yes | Grain free
        KB-1042 | Luna | Border Collie | Okafor | 2024-06-13 | 7 | 38 | $266.00 | Yes | _
        KB-1043 | Max | German Shepherd | Lindqvist | 2024-06-11 | 12 | 45 | $540.00 | No | Raw food supplied by owner
        KB-1044 | Pepper | Dachshund | Moreau | 2024-06-18 | 2 | 32 | $64.00 | Yes | _
        KB-1045 | Ziggy | Jack Russell | Hughes | 2024-06-07 | 14 | 32 | $448.00 | Yes | Insulin twice daily
        KB-1046 | Bella | Labrador | Patel | 2024-06-21 | 5 | 38 | $190.00 | Pending | Chicken allergy
        KB-1047 | Otis | Great Dane | Brennan | 2024-07-02 | 9 | 55 | $495.00 | Yes | Large portions
        KB-1048 | Mochi | Shih Tzu | Tanaka | 2024-06-04 | 6 | 32 | $192.00 | Yes | _
        KB-1049 | Rex | Rottweiler | Kowalski | 2024-05-28 | 21 | 45 | $945.00 | Yes | Own food
        KB-1050 | Daisy | Cockapoo | Ferreira | 2024-06-14 | 1 | 38 | $38.00 | No | ~
        KB-1051 | Bruno | Boxer | Adeyemi | 2024-07-19 | 10 | 40 | $400.00 | Pending | Grain free, no chicken
        KB-1052 | Nala | Labrador | Okafor | 2024-05-14 | 7 | 38 | $266.00 | Yes | _
        KB-1053 | Toffee | Cavapoo | Hughes | 2024-06-10 | 3 | 32 | #VALUE! | Yes | Senior diet
        KB-1054 | Scout | Whippet | Doyle | 2024-08-09 | 2 | 32 | $64.00 | No | _
    """),
    # A pottery studio's kiln firing log.
    "KilnFirings": _table("""
        Firing # | Date | Kiln | Firing Type | Program | Peak °C | Pieces | Losses | Loss % | Fired By
        F-301 | 2024-06-12 | Skutt 1227 | Glaze | P3 cone 6 slow | 1222 | 48 | 2 | 4% | Hana
        F-300 | 2024-06-11 | Test kiln | Bisque | P1 cone 04 | 1060 | 12 | 0 | 0% | Leo
        F-299 | 2024-06-10 | Skutt 1227 | Bisque | P1 cone 04 | 1058 | 60 | 1 | 2% | Hana
        F-298 | 2024-06-07 | Raku barrel | Raku | manual | 1000 | 9 | 3 | 33% | Gwen
        F-297 | 2024-06-04 | Skutt 1227 | Glaze | P3 cone 6 slow | 1225 | 52 | 6 | 12% | Leo
        F-296 | 2024-06-03 | Kilncare | Glaze | P4 cone 10 reduction | 1285 | 30 | 4 | 13% | Omar
        F-295 | 2024-05-28 | Test kiln | Lustre | P6 third fire | 750 | 15 | 0 | 0% | Gwen
        F-294 | 2024-05-14 | Kilncare | Bisque | P1 cone 04 | 1062 | 40 | ~ | _ | Omar
        F-293 | 2024-04-30 | Skutt 1227 | Glaze | P3 cone 6 slow | 1219 | 50 | 10 | 20% | Hana
        F-302 | 2024-06-12 | Kilncare | Glaze | P5 cone 6 crystalline | 1240 | 8 | 1 | 13% | Omar
        F-292 | 2024-06-07 | Test kiln | Glaze | P3 cone 6 slow | fault | 10 | 10 | 100% | Leo
        F-291 | 2024-06-04 | Raku barrel | Raku | manual | 980 | 11 | 2 | 18% | Gwen
        F-290 | 2024-05-28 | Skutt 1227 | Bisque | P2 candle + bisque | 1061 | 55 | 0 | ~ | Leo
        F-289 | 2024-06-11 | Kilncare | Glaze | P4 cone 10 reduction | 1288 | 28 | 3 | 11% | Omar
    """),
    # A board game's crowdfunding backers (pledges in US dollars).
    "CrowdfundBackers": _table("""
        Backer # | Name | Country | Tier | Pledge (USD) | Add-ons | Pledged On | Payment | Survey | Ship Wave
        B-1001 | Ana Souza | Brazil | Early Bird | 45 | 0 | 2024-05-14 | Collected | Done | 1
        B-1002 | Kenji Mori | Japan | Deluxe | 120 | 25 | 2024-05-14 | Collected | Done | 1
        B-1003 | Sofia Rossi | Italy | Standard | 60 | 10 | 2024-05-28 | Failed | Not sent | 2
        B-1004 | Liam O'Neill | Ireland | Collector | 350 | 40 | 2024-06-03 | Collected | Done | 1
        B-1005 | Chloe Martin | France | Standard | 60 | 0 | 2024-06-04 | Pending | Sent | 2
        B-1006 | Ahmed Khan | UK | Deluxe | 120 | 15 | 2024-06-07 | Collected | Sent | 2
        B-1007 | Emma Berg | Sweden | Digital Only | 20 | 0 | 2024-06-10 | Collected | Done | _
        B-1008 | Noah Fischer | Germany | Standard | 60 | 35 | 2024-06-11 | Failed | Not sent | 2
        B-1009 | Mia Novak | Czechia | Early Bird | 45 | 5 | 2024-06-12 | Pending | Not sent | 1
        B-1010 | Lucas Silva | Brazil | Collector | 350 | 0 | 2024-06-12 | Collected | Sent | 3
        B-1011 | Grace Lee | USA | Deluxe | 120 | 60 | 2024-04-30 | Refunded | ~ | _
        B-1012 | Oliver Brown | USA | Digital Only | 20 | 0 | 2024-06-11 | Collected | Done | ~
        B-1013 | Zoe Clarke | Canada | Standard | 60 | 20 | 2024-06-04 | Collected | Done | 3
        B-1014 | Ivan Petrov | Bulgaria | Super Backer | 1000 | 50 | 2024-06-07 | Collected | Sent | 3
    """),
    # A warehouse's forklift pre-use checks (LOLER Due: next thorough examination).
    "ForkliftChecks": _table("""
        Truck | Operator | Shift | Check Date | Hours Meter | Battery % | Tyres | Horn/Lights | Defects | LOLER Due
        FLT-01 | D. Nowak | Early | 2024-06-12 | 4512 | 82% | OK | Pass | _ | 2024-07-15
        FLT-02 | S. Ali | Early | 2024-06-12 | 6120 | 18% | Worn | Pass | Rear tyre worn | 2024-06-14
        FLT-03 | K. Reid | Late | 2024-06-11 | 2890 | 64% | OK | Fail | Horn not working | 2024-06-20
        FLT-04 | D. Nowak | Late | 2024-06-11 | 7733 | 45% | OK | Pass | _ | 2024-09-02
        RT-01 | M. Costa | Night | 2024-06-10 | 10250 | 91% | OK | Pass | ~ | 2024-06-13
        RT-02 | S. Ali | Night | 2024-06-07 | 10000 | 20% | Damaged | Fail | Tyre cut, beacon out | 2024-06-08
        FLT-05 | J. Byrne | Early | 2024-06-04 | 1204 | 100% | OK | Pass | _ | 2024-07-15
        FLT-06 | K. Reid | Early | 2024-06-03 | 5540 | 37% | OK | Pass | Seat belt frayed | 2024-06-18
        FLT-07 | M. Costa | Late | 2024-05-28 | 3310 | 12% | Worn | Pass | Charger fault | 2024-10-10
        PPT-01 | J. Byrne | Night | 2024-05-14 | _ | on charge | OK | Pass | _ | 2024-06-25
        FLT-04 | T. Evans | Late | 2024-06-10 | 7790 | 55% | OK | Pass | _ | 2024-09-02
        FLT-08 | T. Evans | Early | 2024-06-07 | #REF! | 68% | OK | Fail | Lights flicker | 2024-06-21
        RT-03 | D. Nowak | Night | 2024-06-04 | 11890 | 29% | OK | Pass | Hydraulic leak | 2024-08-19
        PPT-02 | S. Ali | Late | 2024-04-30 | 430 | 8% | Worn | Pass | _ | 2024-06-12
    """),
    # An online esports cup's player stats (K/D = kills per death, ADR = average damage per round).
    "EsportsCupStats": _table("""
        Player | Team | Role | Region | Maps | K/D | Win % | ADR | Next Match | Status
        zeno | Nova Five | Entry | EU | 24 | 1.16 | 62.5 | 88.4 | 2024-06-12 | Active
        krill | Nova Five | AWP | EU | 24 | 1.18 | 62.5 | 79 | 2024-06-12 | Active
        Pix | Iron Owls | Support | NA | 18 | 0.92 | 44.4 | 65.2 | 2024-06-13 | Active
        mako | Iron Owls | IGL | NA | 18 | 0.93 | 44.4 | 61.7 | 2024-06-13 | Benched
        sora | Red Lantern | Entry | APAC | 20 | 1.05 | 55 | 80.3 | 2024-06-18 | Active
        Vex | Red Lantern | Lurker | APAC | 20 | 1 | 55 | 74.8 | 2024-06-18 | Injured
        tundra | Polar Byte | AWP | EU | 12 | 1.44 | 33.3 | 91.6 | 2024-06-14 | Active
        ghostly | Polar Byte | Support | EU | 12 | 0.78 | 33.3 | 58.9 | 2024-06-14 | Active
        ramen | Sakura Gaming | IGL | APAC | 8 | 0.97 | 25 | 66 | _ | Eliminated
        Brick | Sakura Gaming | Rifler | APAC | 8 | 1.12 | 25 | 77.1 | ~ | Eliminated
        Ozzy | Outback Kings | Rifler | OCE | 16 | 1.22 | 50 | 78.2 | 2024-07-02 | Active
        Dingo | Outback Kings | IGL | OCE | 16 | 0.88 | 50 | n/a | 2024-07-02 | Active
        Lumen | Vanta | Entry | SA | 14 | 1.09 | 57.1 | 82.2 | 2024-06-26 | Active
        Capi | Vanta | Support | SA | 14 | 0.95 | 57.1 | 68.5 | 2024-06-26 | Active
    """),
    # A sea-fishing charter boat business's trips (booked and past).
    "FishingCharters": _table("""
        Trip | Date | Skipper | Boat | Anglers | Hours | Catch (kg) | Species | Deposit Paid | Sea State
        T-118 | 2024-06-12 | Rhys | Sea Wren | 6 | 8 | 42.5 | Pollock, mackerel | Yes | Slight
        T-119 | 2024-06-13 | Rhys | Sea Wren | 4 | 4 | _ | _ | Yes | _
        T-117 | 2024-06-11 | Bryn | Kestrel | 8 | 6 | 65 | Mackerel | Yes | Moderate
        T-116 | 2024-06-10 | Bryn | Kestrel | 5 | 10 | 120.4 | Tope, blue shark | Yes | Slight
        T-115 | 2024-06-07 | Rhys | Sea Wren | 3 | 4 | 0 | _ | Yes | Rough
        T-114 | 2024-06-04 | Ceri | Storm Petrel | 10 | 8 | 88.2 | Bass, pollock | Yes | Moderate
        T-113 | 2024-06-03 | Ceri | Storm Petrel | 7 | 6 | 31 | Wrasse | No | Calm
        T-110 | 2024-05-28 | Bryn | Kestrel | 6 | 12 | 210 | Conger eel, ling | Yes | Slight
        T-105 | 2024-05-14 | Rhys | Sea Wren | 2 | 6 | 34 | Mackerel | Yes | Calm
        T-120 | 2024-06-18 | Ceri | Storm Petrel | 9 | 8 | _ | _ | No | _
        T-121 | 2024-06-21 | Bryn | Kestrel | 12 | 10 | _ | _ | Yes | forecast rough
        T-124 | 2024-07-02 | Rhys | Sea Wren | 5 | 6 | _ | _ | No | _
        T-101 | 2024-04-30 | Ceri | Storm Petrel | 6 | 6 | _ | _ | Refunded | Gale, cancelled
        T-125 | 2024-07-20 | Bryn | Kestrel | 8 | 12 | ~ | _ | No | _
    """),
    # An airport baggage desk's claims (Comp: compensation paid or offered, in euros).
    "BaggageClaims": _table("""
        Claim Ref | Flight | Date Filed | Passenger | Bag Tag | Issue | Days Open | Comp (EUR) | Status | Agent
        LHR-55120 | BA0463 | 2024-06-12 | M. Haddad | 0125 481736 | Delayed | 0 | _ | Open | Lucy
        LHR-55118 | BA0463 | 2024-06-12 | J. Walsh | 0125 481901 | Delayed | 0 | ~ | Open | Lucy
        LHR-55102 | IB3167 | 2024-06-11 | R. Gómez | 0075 220145 | Damaged | 1 | 150 | Awaiting receipts | Sam
        LHR-55087 | EI0159 | 2024-06-10 | A. Byrne | 0053 774012 | Pilfered | 2 | 80 | Investigating | Kofi
        LHR-55040 | BA0117 | 2024-06-07 | S. Lindgren | 0125 559820 | Lost | 5 | 1200 | Escalated | Sam
        LHR-54998 | VS0003 | 2024-06-04 | K. Osei | 0932 310077 | Delayed | 8 | 95 | Closed | Lucy
        LHR-54975 | AA0101 | 2024-06-03 | D. Chen | 0001 667120 | Damaged | 9 | 300 | Closed | Priya
        LHR-54871 | BA0463 | 2024-05-28 | L. Moretti | 0125 480322 | Lost | 15 | 1500 | Paid | Kofi
        LHR-54710 | LH0901 | 2024-05-14 | P. Nowak | 0220 118234 | Delayed | 29 | 40 | Paid | Priya
        LHR-54502 | IB3167 | 2024-04-30 | E. Dubois | 0075 219876 | Damaged | 43 | 250 | Rejected | Sam
        LHR-55090 | VS0003 | 2024-06-10 | H. Kaur | 0932 311540 | Lost | 2 | #N/A | Investigating | Lucy
        LHR-55041 | BA0117 | 2024-06-07 | T. Brooks | 0125 559833 | Damaged | 5 | 120 | Awaiting receipts | Kofi
        LHR-54990 | EI0159 | 2024-06-04 | F. Ortega | 0053 773988 | Pilfered | 8 | 60 | Closed | Priya
        LHR-55110 | AA0101 | 2024-06-11 | Y. Sato | 0001 667544 | Delayed | 1 | 0 | Open | Sam
    """),
    # A council's polling station returns on election night.
    "PollingReturns": _table("""
        Station | Venue | Ward | Electorate | Issued | Turnout % | Spoilt | Postals | Presiding Officer | Recount
        NG1 | St Mark's Hall | Northgate | 2140 | 812 | 37.9 | 6 | 210 | A. Fenton | No
        NG2 | Northgate Library | Northgate | 1875 | 901 | 48.1 | 3 | 188 | B. Quinn | No
        NG3 | Scout Hut | Northgate | 560 | 301 | 31.4 | 0 | 97 | C. Ahmed | No
        RV1 | Riverside Primary | Riverside | 2500 | 1450 | 58 | 12 | 236 | D. Marsh | Yes
        RV2 | Boat Club | Riverside | 1320 | 660 | 50 | 4 | 150 | E. Lowe | No
        RV3 | Methodist Church | Riverside | 1710 | 512 | 29.9 | 9 | 140 | F. Obi | Yes
        HC1 | Hill Crest Community Centre | Hill Crest | 2955 | 1004 | 34 | 7 | 402 | G. Hart | No
        HC2 | Hill Crest Mobile Unit | Hill Crest | 640 | 145 | 22.7 | 4 | 55 | H. Wu | No
        HC3 | St John's Church Hall | Hill Crest | 1588 | 700 | 44.1 | #N/A | 171 | I. Novak | No
        OT1 | Old Town Hall | Old Town | 3010 | 1820 | 60.5 | 15 | 520 | J. Ruiz | No
        OT2 | Market House | Old Town | 2205 | 1150 | 52.2 | 5 | 260 | K. Bell | Pending
        OT3 | Portacabin, Car Park | Old Town | 450 | 92 | 20.4 | 5 | _ | L. Shah | No
        MW1 | Meadow Way School | Meadow Way | 1999 | 1100 | 55 | 8 | 244 | M. Price | No
        MW2 | Meadow Way Pavilion | Meadow Way | 1000 | 330 | 30 | 2 | 118 | N. Ali | No
    """),
    # A tailor's alterations tickets (prices in dollars).
    "TailorAlterations": _table("""
        Ticket | Customer | Garment | Work | Fitting | Ready By | Price | Deposit | Balance | Tailor
        A-2201 | Mr Adebayo | Suit jacket | Take in sides, shorten sleeves | 2024-06-10 | 2024-06-14 | 85 | 40 | 45 | Hamid
        A-2202 | Ms Carter | Wedding dress | Hem, bustle | 2024-06-12 | 2024-06-28 | 320 | 150 | 170 | Rosa
        A-2203 | Mr Ito | Trousers | Hem | 2024-06-11 | 2024-06-13 | 18 | 17.5 | 0.5 | Hamid
        A-2204 | Mrs Dlamini | Bridesmaid dress | Take in bodice | 2024-06-07 | 2024-06-19 | 65 | 30 | 35 | Rosa
        A-2205 | Mr Schultz | Jeans | Replace zip | 2024-06-04 | 2024-06-12 | 22 | 22 | 0 | Lena
        A-2206 | Ms Ng | Coat | Reline | 2024-06-03 | 2024-07-05 | 140 | 100 | 40 | Lena
        A-2207 | Mr Adebayo | Trousers | Taper legs | 2024-06-12 | 2024-06-17 | 30 | 0 | 30 | Hamid
        A-2208 | Miss Rowe | Prom dress | Shorten straps, hem | 2024-06-13 | 2024-06-20 | 60 | 25 | 35 | Rosa
        A-2209 | Mr Farouk | Kilt | Let out waist | 2024-05-28 | 2024-06-07 | 48 | 48 | 0 | Lena
        A-2210 | Ms Greco | Skirt | Hem | _ | 2024-06-11 | 16 | 16 | 0 | Hamid
        A-2211 | Mr O'Brien | Suit trousers | Hem, take in waist | 2024-06-18 | 2024-07-10 | 40 | 0 | 40 | Rosa
        A-2212 | Mrs Kaur | Lehenga | Take in, add hooks | 2024-06-14 | 2024-06-24 | 95 | 30 | 65 | Lena
        A-2213 | Mr Petrov | Blazer | Shorten sleeves | 2024-05-14 | 2024-05-31 | 45 | 50 | -5 | Hamid
        A-2214 | Ms Hale | Jumpsuit | Shorten | 2024-06-21 | 2024-07-01 | 38 | 10 | 28 | Rosa
    """),
}

# Each entry: (request, rule with {Header} for c[i], "rows" | "cells", naming, style[, tag ...]).
ENTRIES: dict[str, list[tuple]] = {
    "PharmacyFridgeLog": [
        ("Highlight Max °C greater than 8 in sheet Fridge Log", "GreaterThan({Max °C}, 8)", "cells",
         "by-header", "annotator"),
        ("Our vaccine fridges have to stay at 2-8 °C. How do I highlight the whole row when the current "
         "reading in column F is outside that range?", "NotBetween({Now °C}, 2, 8)", "rows", "by-meaning",
         "forum", "negation"),
        ("min temp under 2 - shade row", "LessThan({Min °C}, 2)", "rows", "by-header", "terse"),
        ("can you flag any fridge whose minimum got down to 2 degrees or colder? just the Min °C cells",
         "LessThanEqual({Min °C}, 2)", "cells", "by-header", "chat", "boundary"),
        ("Highlight rows where Alarm is Yes in sheet Fridge Log", "TextEquals({Alarm}, \"Yes\")", "rows",
         "by-header", "annotator"),
        ("How can I colour the full row whenever the Alarm column (H) says anything other than No?",
         "NOT(TextEquals({Alarm}, \"No\"))", "rows", "by-header", "forum", "negation"),
        ("today's fridge checks", "Today({Log Date})", "cells", "by-meaning", "terse", "date"),
        ("Highlight Log Date yesterday in sheet Fridge Log", "Yesterday({Log Date})", "cells", "by-header",
         "annotator", "date"),
        ("please shade the rows logged last week so I can compare them with the paper sheets",
         "LastWeek({Log Date})", "rows", "by-header", "chat", "date"),
        ("Is there a way to highlight each row whose log date falls in the last 7 days, today included?",
         "Last7Days({Log Date})", "rows", "by-header", "forum", "date"),
        ("log entries from last month - highlight", "LastMonth({Log Date})", "cells", "by-header", "terse",
         "date"),
        ("Highlight rows where Log Date is this week in sheet Fridge Log", "ThisWeek({Log Date})", "rows",
         "by-header", "annotator", "date"),
        ("which fridges are due a service tomorrow? colour those rows please", "Tomorrow({Next Service})",
         "rows", "by-header", "chat", "date"),
        ("next service next week -> amber", "NextWeek({Next Service})", "cells", "by-header", "terse", "date"),
        ("Highlight Next Service next month in sheet Fridge Log", "NextMonth({Next Service})", "cells",
         "by-header", "annotator", "date"),
        ("J2:J15 holds the next service date for each fridge. How do I turn the ones that fell in last "
         "month red? Those are overdue.", "LastMonth({Next Service})", "cells", "by-header", "forum", "date"),
        ("make the blank Action Taken cells stand out", "Blanks({Action Taken})", "cells", "by-header", "chat"),
        ("rows where something was written under action taken", "NotBlanks({Action Taken})", "rows",
         "by-header", "terse"),
        ("highlight every row that mentions stock moved", "TextContains({Action Taken}, \"stock moved\")",
         "rows", "by-value", "chat"),
        ("quarantined -> red", "TextContains({Action Taken}, \"quarantined\")", "cells", "by-value", "terse",
         "value-word"),
        ("Highlight duplicate values in Fridge in sheet Fridge Log", "Duplicates({Fridge})", "cells",
         "by-header", "annotator"),
        ("fridges that only show up once in the log - highlight that row", "Unique({Fridge})", "rows",
         "by-header", "chat"),
        ("Some current readings came through as #N/A from the probe. How do I highlight just those cells "
         "in column F?", "Errors({Now °C})", "cells", "by-meaning", "forum"),
        ("colour scale on Now °C", "ColorScale({Now °C})", "cells", "by-header", "terse"),
        ("Highlight the top 3 Max °C in sheet Fridge Log", "Top({Max °C}, 3)", "cells", "by-header",
         "annotator", "superlative"),
        ("mark the coldest 10% of the minimum readings", "BottomPercent({Min °C}, 10)", "cells", "by-header",
         "chat", "superlative"),
        ("Highlight entire row where Max °C is above 8 and below 10 in sheet Fridge Log",
         "AND(GreaterThan({Max °C}, 8), LessThan({Max °C}, 10))", "rows", "by-header", "annotator"),
        ("highlight the fridges on wards, their location starts with Ward", "TextStartsWith({Location}, \"Ward\")",
         "cells", "by-header", "chat", "starts-ends"),
        ("I need the Theatres and A&E fridges to stand out, the whole row each time. What rule does that?",
         "OR(TextEquals({Location}, \"Theatres\"), TextEquals({Location}, \"A&E\"))", "rows", "by-value",
         "forum", "or"),
        ("add data bars to the current temperature column", "DataBar({Now °C})", "cells", "by-meaning", "chat"),
        ("the three lowest current readings", "Bottom({Now °C}, 3)", "cells", "by-meaning", "terse",
         "superlative"),
        ("Could I get traffic-light icons on the current temperature readings?", "IconSet({Now °C})", "cells",
         "by-meaning", "forum"),
    ],
    "CallCentreLog": [
        ("Highlight Wait (s) greater than 180 in sheet Calls", "GreaterThan({Wait (s)}, 180)", "cells",
         "by-header", "annotator"),
        ("callers who waited 5 minutes or more, highlight the row (wait is in seconds)",
         "GreaterThanEqual({Wait (s)}, 300)", "rows", "by-meaning", "chat", "number-format", "boundary"),
        ("Any call that took longer than 11 minutes to handle - can I highlight the whole line? AHT is "
         "column F, in minutes.", "GreaterThan({AHT (min)}, 11)", "rows", "by-header", "forum"),
        ("AHT below 5", "LessThan({AHT (min)}, 5)", "cells", "by-header", "terse"),
        ("show me the 3 shortest waits", "Bottom({Wait (s)}, 3)", "cells", "by-meaning", "chat", "superlative"),
        ("Highlight the top 2 AHT (min) in sheet Calls", "Top({AHT (min)}, 2)", "cells", "by-header",
         "annotator", "superlative"),
        ("top 20% of wait times, full row", "TopPercent({Wait (s)}, 20)", "rows", "by-header", "terse",
         "superlative"),
        ("Highlight rows where Outcome is Resolved in sheet Calls", "TextEquals({Outcome}, \"Resolved\")",
         "rows", "by-header", "annotator"),
        ("highlight the escalated calls", "TextEquals({Outcome}, \"Escalated\")", "cells", "by-value", "chat",
         "value-word"),
        ("dropped or cancelled -> whole row red", "OR(TextEquals({Outcome}, \"Dropped\"), "
         "TextEquals({Outcome}, \"Cancelled\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("Our queue names are things like 'Tech Support'. How do I highlight the cells in column D that "
         "begin with Tech?", "TextStartsWith({Queue}, \"Tech\")", "cells", "by-header", "forum", "starts-ends"),
        ("Highlight Queue not containing Support in sheet Calls", "TextNotContains({Queue}, \"Support\")",
         "cells", "by-header", "annotator", "negation"),
        ("Highlight blank Callback Due cells in sheet Calls", "Blanks({Callback Due})", "cells", "by-header",
         "annotator"),
        ("can you shade every call that has a callback date set", "NotBlanks({Callback Due})", "rows",
         "by-header", "chat"),
        ("callbacks due tomorrow", "Tomorrow({Callback Due})", "cells", "by-header", "terse", "date"),
        ("Highlight Callback Due next week in sheet Calls", "NextWeek({Callback Due})", "cells", "by-header",
         "annotator", "date"),
        ("I'd like the rows with a callback booked for next month coloured, how?",
         "NextMonth({Callback Due})", "rows", "by-meaning", "forum", "date"),
        ("callbacks this week - row", "ThisWeek({Callback Due})", "rows", "by-header", "terse", "date"),
        ("highlight the calls that came in today", "Today({Call Date})", "rows", "by-header", "chat", "date"),
        ("Highlight rows where Call Date is yesterday in sheet Calls", "Yesterday({Call Date})", "rows",
         "by-header", "annotator", "date"),
        ("How do I colour the call dates within the last 7 days in B2:B15?", "Last7Days({Call Date})",
         "cells", "by-header", "forum", "date"),
        ("calls this month", "ThisMonth({Call Date})", "cells", "by-header", "terse", "date"),
        ("CSAT above average", "AboveAverage({CSAT})", "cells", "by-header", "terse"),
        ("could you highlight the rows where the satisfaction score is below average?",
         "BelowAverage({CSAT})", "rows", "by-meaning", "chat"),
        ("Put traffic-light icons on the CSAT column", "IconSet({CSAT})", "cells", "by-header", "chat"),
        ("I think some calls got logged twice. How do I highlight repeated call refs in column A?",
         "Duplicates({Call Ref})", "cells", "by-header", "forum"),
        ("flag any notes that mention an engineer, whole row", "TextContains({Notes}, \"engineer\")", "rows",
         "by-header", "chat"),
        ("waits between 1 and 3 minutes inclusive, wait column is seconds",
         "Between({Wait (s)}, 60, 180)", "cells", "by-meaning", "terse", "number-format"),
        ("a green-to-red colour scale on the satisfaction scores please", "ColorScale({CSAT})", "cells",
         "by-meaning", "chat"),
        ("Highlight rows where Call Date is last month in sheet Calls", "LastMonth({Call Date})", "rows",
         "by-header", "annotator", "date"),
    ],
    "KennelBookings": [
        ("Highlight Nights greater than 7 in sheet Kennel", "GreaterThan({Nights}, 7)", "cells", "by-header",
         "annotator"),
        ("long stays, 14 nights or more, full row", "GreaterThanEqual({Nights}, 14)", "rows", "by-header",
         "terse", "boundary"),
        ("can you highlight bookings that total more than $400? whole row please",
         "GreaterThan({Total ($)}, 400)", "rows", "by-header", "chat", "number-format"),
        ("The Total ($) column shows #VALUE! where the rate formula broke. How can I make the error cells "
         "in column H stand out?", "Errors({Total ($)})", "cells", "by-header", "forum"),
        ("Highlight Check-In today in sheet Kennel", "Today({Check-In})", "cells", "by-header", "annotator",
         "date"),
        ("which dogs are arriving tomorrow? highlight them", "Tomorrow({Check-In})", "cells", "by-meaning",
         "chat", "date"),
        ("Who checked in yesterday? I'd like their rows shaded.", "Yesterday({Check-In})", "rows", "by-header",
         "forum", "date"),
        ("check-ins this week - whole row", "ThisWeek({Check-In})", "rows", "by-header", "terse", "date"),
        ("arrivals due next week", "NextWeek({Check-In})", "cells", "by-meaning", "terse", "date"),
        ("Highlight rows where Check-In is next month in sheet Kennel", "NextMonth({Check-In})", "rows",
         "by-header", "annotator", "date"),
        ("Can I shade the rows for dogs that came in during the last 7 days? Check-In is column E.",
         "Last7Days({Check-In})", "rows", "by-header", "forum", "date"),
        ("please colour the bookings that checked in last week", "LastWeek({Check-In})", "cells", "by-header",
         "chat", "date"),
        ("arrivals this month, row", "ThisMonth({Check-In})", "rows", "by-meaning", "terse", "date"),
        ("Highlight rows where Vaccs OK is No in sheet Kennel", "TextEquals({Vaccs OK}, \"No\")", "rows",
         "by-header", "annotator"),
        ("vaccination card still pending? highlight the whole booking", "TextEquals({Vaccs OK}, \"Pending\")",
         "rows", "by-meaning", "chat", "value-word"),
        ("any dog with chicken anywhere in its diet notes - row in red please",
         "TextContains({Diet Notes}, \"chicken\")", "rows", "by-header", "chat"),
        ("grain free dogs", "TextContains({Diet Notes}, \"grain free\")", "cells", "by-value", "terse",
         "value-word"),
        ("Highlight blank Diet Notes in sheet Kennel", "Blanks({Diet Notes})", "cells", "by-header",
         "annotator"),
        ("Some owners have more than one dog booked. How do I highlight the whole row for every owner "
         "name that repeats?", "Duplicates({Owner})", "rows", "by-header", "forum"),
        ("Highlight duplicate values in Breed in sheet Kennel", "Duplicates({Breed})", "cells", "by-header",
         "annotator"),
        ("breeds we only have one of", "Unique({Breed})", "cells", "by-header", "terse"),
        ("highlight the three longest stays", "Top({Nights}, 3)", "rows", "by-meaning", "chat", "superlative"),
        ("Highlight Rate/Night ($) equal to 45 in sheet Kennel", "Equals({Rate/Night ($)}, 45)", "cells",
         "by-header", "annotator"),
        ("rate per night not 38", "NotEquals({Rate/Night ($)}, 38)", "cells", "by-header", "terse",
         "negation"),
        ("I want the cheap bookings, the total is under $190, to show in green. What condition do I need?",
         "LessThan({Total ($)}, 190)", "cells", "by-header", "forum", "number-format"),
        ("rows where vaccs ok isnt yes", "NOT(TextEquals({Vaccs OK}, \"Yes\"))", "rows", "by-header", "terse",
         "negation", "typo"),
        ("totals below the average, please", "BelowAverage({Total ($)})", "cells", "by-header", "chat"),
        ("highlight the breeds ending in poo (cockapoo etc)", "TextEndsWith({Breed}, \"poo\")", "cells",
         "by-header", "chat", "starts-ends"),
        ("top 20% of stays by length, whole row", "TopPercent({Nights}, 20)", "rows", "by-meaning", "terse",
         "superlative"),
    ],
    "KilnFirings": [
        ("Highlight Loss % greater than 20% in sheet Firings", "GreaterThan({Loss %}, 0.2)", "cells",
         "by-header", "annotator", "number-format"),
        ("firings where we lost a fifth of the pieces or more, whole row", "GreaterThanEqual({Loss %}, 0.2)",
         "rows", "by-meaning", "chat", "number-format", "boundary"),
        ("peak above 1240", "GreaterThan({Peak °C}, 1240)", "cells", "by-header", "terse"),
        ("Some firings never got hot enough. How do I highlight the row when the peak temperature in "
         "column F is below 1000?", "LessThan({Peak °C}, 1000)", "rows", "by-header", "forum"),
        ("Apply a colour scale to Peak °C in sheet Firings", "ColorScale({Peak °C})", "cells", "by-header",
         "annotator"),
        ("icon set on the peak temps please", "IconSet({Peak °C})", "cells", "by-header", "chat"),
        ("the two biggest kiln loads", "Top({Pieces}, 2)", "cells", "by-meaning", "terse", "superlative"),
        ("Highlight the bottom 3 Pieces in sheet Firings", "Bottom({Pieces}, 3)", "cells", "by-header",
         "annotator", "superlative"),
        ("can you highlight the firings that lost exactly 2 pieces? the whole row", "Equals({Losses}, 2)", "rows",
         "by-header", "chat"),
        ("Loss % is empty for a couple of firings we never counted. How would I highlight those blank "
         "cells in I2:I15?", "Blanks({Loss %})", "cells", "by-header", "forum"),
        ("losses not filled in - row", "Blanks({Losses})", "rows", "by-header", "terse"),
        ("Highlight rows where Loss % is not blank in sheet Firings", "NotBlanks({Loss %})", "rows",
         "by-header", "annotator"),
        ("raku firings", "TextEquals({Firing Type}, \"Raku\")", "rows", "by-value", "terse", "value-word"),
        ("please highlight any program with cone 6 in it", "TextContains({Program}, \"cone 6\")", "cells",
         "by-header", "chat"),
        ("Our program names start with a number like P1 or P3. How do I highlight the rows that used P1?",
         "TextStartsWith({Program}, \"P1\")", "rows", "by-header", "forum", "starts-ends"),
        ("programs that don't mention a cone", "TextNotContains({Program}, \"cone\")", "cells", "by-header",
         "terse", "negation"),
        ("Highlight Program ending with slow in sheet Firings", "TextEndsWith({Program}, \"slow\")", "cells",
         "by-header", "annotator", "starts-ends"),
        ("programs we've only run once - whole row", "Unique({Program})", "rows", "by-header", "chat"),
        ("firings today", "Today({Date})", "rows", "by-meaning", "terse", "date"),
        ("could you colour yesterday's firings?", "Yesterday({Date})", "cells", "by-meaning", "chat", "date"),
        ("Highlight rows where Date is last week in sheet Firings", "LastWeek({Date})", "rows", "by-header",
         "annotator", "date"),
        ("How do I highlight firings from the last 7 days? The date is in column B.", "Last7Days({Date})",
         "cells", "by-header", "forum", "date"),
        ("this month's firings, full row", "ThisMonth({Date})", "rows", "by-meaning", "terse", "date"),
        ("highlight the dates in last month", "LastMonth({Date})", "cells", "by-header", "chat", "date"),
        ("this week, row", "ThisWeek({Date})", "rows", "by-header", "terse", "date"),
        ("highlight everything Omar fired", "TextEquals({Fired By}, \"Omar\")", "rows", "by-value", "chat",
         "value-word"),
        ("Highlight Peak °C above average in sheet Firings", "AboveAverage({Peak °C})", "cells", "by-header",
         "annotator"),
        ("loss % below average", "BelowAverage({Loss %})", "cells", "by-header", "terse"),
        ("I only want the mid-sized loads highlighted: more than 10 pieces but fewer than 30, whole row. "
         "Can CF do that?", "AND(GreaterThan({Pieces}, 10), LessThan({Pieces}, 30))", "rows", "by-header",
         "forum"),
        ("highlight pieces outside 10-50", "NotBetween({Pieces}, 10, 50)", "cells", "by-header", "chat",
         "negation"),
        ("loss between 10% and 20%", "Between({Loss %}, 0.1, 0.2)", "cells", "by-header", "terse",
         "number-format"),
        ("Which two firings ran coolest? I'd like their rows highlighted.", "Bottom({Peak °C}, 2)", "rows",
         "by-meaning", "forum", "superlative"),
        ("Add data bars to Peak °C in sheet Firings", "DataBar({Peak °C})", "cells", "by-header", "annotator"),
    ],
    "CrowdfundBackers": [
        ("Highlight Pledge (USD) greater than 120 in sheet Backers", "GreaterThan({Pledge (USD)}, 120)",
         "cells", "by-header", "annotator"),
        ("backers who pledged $350 or more - highlight their row", "GreaterThanEqual({Pledge (USD)}, 350)",
         "rows", "by-meaning", "chat", "number-format", "boundary"),
        ("pledges under $45", "LessThan({Pledge (USD)}, 45)", "cells", "by-header", "terse", "number-format"),
        ("How do I grey out the rows of backers who pledged exactly $60 (the Standard tier price)?",
         "Equals({Pledge (USD)}, 60)", "rows", "by-meaning", "forum", "number-format"),
        ("Highlight rows where Add-ons is greater than 35 in sheet Backers", "GreaterThan({Add-ons}, 35)",
         "rows", "by-header", "annotator"),
        ("who's our biggest backer? highlight the pledge", "Top({Pledge (USD)}, 1)", "cells", "by-meaning",
         "chat", "superlative"),
        ("top 25% of add-on spend", "TopPercent({Add-ons}, 25)", "cells", "by-header", "terse", "superlative"),
        ("Highlight the bottom 15% Pledge (USD) in sheet Backers", "BottomPercent({Pledge (USD)}, 15)",
         "cells", "by-header", "annotator", "superlative"),
        ("failed payments in red", "TextEquals({Payment}, \"Failed\")", "cells", "by-value", "terse",
         "value-word"),
        ("Payment is in column H. I want every row where the payment hasn't been Collected to stand out. "
         "What's the rule?", "NOT(TextEquals({Payment}, \"Collected\"))", "rows", "by-header", "forum",
         "negation"),
        ("highlight the backers from the USA", "TextEquals({Country}, \"USA\")", "rows", "by-value", "chat"),
        ("countries with more than one backer", "Duplicates({Country})", "cells", "by-header", "terse"),
        ("Highlight unique values in Country in sheet Backers", "Unique({Country})", "cells", "by-header",
         "annotator"),
        ("no ship wave assigned yet - colour the row", "Blanks({Ship Wave})", "rows", "by-header", "terse"),
        ("can you highlight the rows where the survey column is empty", "Blanks({Survey})", "rows",
         "by-header", "chat"),
        ("Highlight rows where Survey is Not sent in sheet Backers", "TextEquals({Survey}, \"Not sent\")",
         "rows", "by-header", "annotator"),
        ("digital-only tiers: the tier name ends in Only. highlight those", "TextEndsWith({Tier}, \"Only\")",
         "cells", "by-header", "chat", "starts-ends"),
        ("tier contains bird", "TextContains({Tier}, \"bird\")", "cells", "by-header", "terse"),
        ("Highlight Pledged On today in sheet Backers", "Today({Pledged On})", "cells", "by-header",
         "annotator", "date"),
        ("pledges that came in yesterday - whole row please", "Yesterday({Pledged On})", "rows", "by-meaning",
         "chat", "date"),
        ("pledged last week", "LastWeek({Pledged On})", "cells", "by-header", "terse", "date"),
        ("I'd like to see who backed us in the last 7 days. How do I highlight those rows off the "
         "Pledged On column (G)?", "Last7Days({Pledged On})", "rows", "by-header", "forum", "date"),
        ("Highlight Pledged On this week in sheet Backers", "ThisWeek({Pledged On})", "cells", "by-header",
         "annotator", "date"),
        ("pledges from last month", "LastMonth({Pledged On})", "cells", "by-meaning", "chat", "date"),
        ("ship wave 3 only, full row", "Equals({Ship Wave}, 3)", "rows", "by-header", "terse"),
        ("Highlight Pledge (USD) between 45 and 120 in sheet Backers", "Between({Pledge (USD)}, 45, 120)",
         "cells", "by-header", "annotator"),
        ("Can I highlight the Collector and Super Backer tiers in one rule? Whole row.",
         "OR(TextEquals({Tier}, \"Collector\"), TextEquals({Tier}, \"Super Backer\"))", "rows", "by-value",
         "forum", "or", "value-word"),
        ("pledge over 45 and under 350, whole row", "AND(GreaterThan({Pledge (USD)}, 45), "
         "LessThan({Pledge (USD)}, 350))", "rows", "by-header", "terse"),
        ("ship wave anything other than 1", "NotEquals({Ship Wave}, 1)", "cells", "by-header", "terse",
         "negation"),
        ("can you shade the backers who pledged this month?", "ThisMonth({Pledged On})", "rows", "by-meaning",
         "chat", "date"),
    ],
    "ForkliftChecks": [
        ("Highlight Battery % less than 20% in sheet FLT Checks", "LessThan({Battery %}, 0.2)", "cells",
         "by-header", "annotator", "number-format"),
        ("batteries at 20% or lower need charging before the shift - highlight the whole row",
         "LessThanEqual({Battery %}, 0.2)", "rows", "by-header", "chat", "number-format", "boundary"),
        ("How do I highlight trucks that have done more than 10,000 hours? The hours meter reading is "
         "column E.", "GreaterThan({Hours Meter}, 10000)", "cells", "by-header", "forum", "number-format"),
        ("#REF in hours meter", "Errors({Hours Meter})", "cells", "by-header", "terse", "typo"),
        ("Highlight Hours Meter cells without errors in sheet FLT Checks", "NotErrors({Hours Meter})",
         "cells", "by-header", "annotator", "negation"),
        ("worn tyres", "TextEquals({Tyres}, \"Worn\")", "cells", "by-header", "terse"),
        ("can you shade the whole row for any truck whose tyres are worn or damaged?",
         "OR(TextEquals({Tyres}, \"Worn\"), TextEquals({Tyres}, \"Damaged\"))", "rows", "by-header", "chat",
         "or"),
        ("Highlight rows where Horn/Lights is Fail in sheet FLT Checks", "TextEquals({Horn/Lights}, \"Fail\")",
         "rows", "by-header", "annotator"),
        ("I want any row where the operator has written a defect to turn orange. Defects is column I and "
         "is empty when all is fine.", "NotBlanks({Defects})", "rows", "by-header", "forum"),
        ("highlight blank defects", "Blanks({Defects})", "cells", "by-header", "chat"),
        ("anything mentioning a tyre in the defects", "TextContains({Defects}, \"tyre\")", "cells",
         "by-header", "terse"),
        ("Highlight duplicate values in Truck in sheet FLT Checks", "Duplicates({Truck})", "cells",
         "by-header", "annotator"),
        ("Reach trucks have IDs starting with RT. How can I highlight the rows for just those?",
         "TextStartsWith({Truck}, \"RT\")", "rows", "by-header", "forum", "starts-ends"),
        ("night shift checks, whole row", "TextEquals({Shift}, \"Night\")", "rows", "by-value", "terse",
         "value-word"),
        ("highlight the checks done today", "Today({Check Date})", "rows", "by-header", "chat", "date"),
        ("Highlight Check Date yesterday in sheet FLT Checks", "Yesterday({Check Date})", "cells",
         "by-header", "annotator", "date"),
        ("checks from last week", "LastWeek({Check Date})", "cells", "by-header", "terse", "date"),
        ("Is it possible to highlight every check done this week (whole row)? Dates are in D2:D15.",
         "ThisWeek({Check Date})", "rows", "by-header", "forum", "date"),
        ("LOLER due tomorrow - row red", "Tomorrow({LOLER Due})", "rows", "by-header", "terse", "date"),
        ("which trucks need their thorough examination next week? highlight them",
         "NextWeek({LOLER Due})", "cells", "by-meaning", "chat", "date"),
        ("Highlight rows where LOLER Due is next month in sheet FLT Checks", "NextMonth({LOLER Due})",
         "rows", "by-header", "annotator", "date"),
        ("Our LOLER certificates: I'd like the ones that expired last week highlighted so I can chase "
         "them. How?", "LastWeek({LOLER Due})", "cells", "by-header", "forum", "date"),
        ("LOLER due this week", "ThisWeek({LOLER Due})", "cells", "by-header", "terse", "date"),
        ("put data bars on the battery column", "DataBar({Battery %})", "cells", "by-header", "chat"),
        ("Apply an icon set to Battery % in sheet FLT Checks", "IconSet({Battery %})", "cells", "by-header",
         "annotator"),
        ("battery between 20% and 50%", "Between({Battery %}, 0.2, 0.5)", "cells", "by-header", "terse",
         "number-format"),
        ("Can you highlight hours meter readings that are not between 1,000 and 10,000? Whole row.",
         "NotBetween({Hours Meter}, 1000, 10000)", "rows", "by-header", "chat", "number-format", "negation"),
        ("How do I put a colour scale on the battery charge levels? Some cells say 'on charge' instead of a "
         "number.", "ColorScale({Battery %})", "cells", "by-meaning", "forum"),
        ("format the hours meter cells that aren't errors, whole row", "NotErrors({Hours Meter})", "rows",
         "by-header", "chat", "negation"),
        ("thorough exams due this month", "ThisMonth({LOLER Due})", "cells", "by-meaning", "terse", "date"),
        ("Highlight rows where Check Date is last month in sheet FLT Checks", "LastMonth({Check Date})", "rows",
         "by-header", "annotator", "date"),
    ],
    "EsportsCupStats": [
        ("Highlight K/D greater than 1 in sheet Cup Stats", "GreaterThan({K/D}, 1)", "cells", "by-header",
         "annotator"),
        ("players dying more than they kill (K/D under 1), whole row", "LessThan({K/D}, 1)", "rows",
         "by-header", "chat"),
        ("win rate of 50 or better - row", "GreaterThanEqual({Win %}, 50)", "rows", "by-meaning", "terse",
         "boundary"),
        ("How do I highlight the win % cells in column G that are 33.3 or lower?",
         "LessThanEqual({Win %}, 33.3)", "cells", "by-header", "forum", "boundary"),
        ("top 3 K/D", "Top({K/D}, 3)", "cells", "by-header", "terse", "superlative"),
        ("Highlight the bottom 2 ADR in sheet Cup Stats", "Bottom({ADR}, 2)", "cells", "by-header",
         "annotator", "superlative"),
        ("which players do above-average damage per round? highlight their rows", "AboveAverage({ADR})",
         "rows", "by-meaning", "chat"),
        ("ADR below avg", "BelowAverage({ADR})", "cells", "by-header", "terse"),
        ("Apply a colour scale to ADR in sheet Cup Stats", "ColorScale({ADR})", "cells", "by-header",
         "annotator"),
        ("I'd like data bars in the average damage column so the casters can read it at a glance. How?",
         "DataBar({ADR})", "cells", "by-meaning", "forum"),
        ("eliminated players - grey row", "TextEquals({Status}, \"Eliminated\")", "rows", "by-value", "terse",
         "value-word"),
        ("Can I highlight every player who isn't Active (benched, injured, out)? Whole row.",
         "NOT(TextEquals({Status}, \"Active\"))", "rows", "by-header", "forum", "negation"),
        ("Highlight rows where Region is APAC in sheet Cup Stats", "TextEquals({Region}, \"APAC\")", "rows",
         "by-header", "annotator"),
        ("highlight NA and OCE players", "OR(TextEquals({Region}, \"NA\"), TextEquals({Region}, \"OCE\"))",
         "cells", "by-value", "chat", "or"),
        ("the AWPers", "TextEquals({Role}, \"AWP\")", "rows", "by-value", "terse", "value-word"),
        ("who plays tomorrow? colour their rows", "Tomorrow({Next Match})", "rows", "by-meaning", "chat",
         "date"),
        ("Highlight Next Match next week in sheet Cup Stats", "NextWeek({Next Match})", "cells", "by-header",
         "annotator", "date"),
        ("matches next month", "NextMonth({Next Match})", "cells", "by-header", "terse", "date"),
        ("How can I highlight the players whose next match is this week? The date is in I2:I15.",
         "ThisWeek({Next Match})", "cells", "by-header", "forum", "date"),
        ("no next match scheduled, highlight row", "Blanks({Next Match})", "rows", "by-header", "terse"),
        ("Highlight Maps equal to 16 in sheet Cup Stats", "Equals({Maps}, 16)", "cells", "by-header",
         "annotator"),
        ("maps played not 12", "NotEquals({Maps}, 12)", "cells", "by-header", "terse", "negation"),
        ("highlight anyone on a team with Owls in the name", "TextContains({Team}, \"Owls\")", "cells",
         "by-header", "chat"),
        ("Highlight Team ending with Gaming in sheet Cup Stats", "TextEndsWith({Team}, \"Gaming\")", "cells",
         "by-header", "annotator", "starts-ends"),
        ("Is there a way to mark the top 20% of players by ADR? Just the ADR cells.",
         "TopPercent({ADR}, 20)", "cells", "by-header", "forum", "superlative"),
        ("maps between 12 and 18, row", "Between({Maps}, 12, 18)", "rows", "by-header", "terse"),
        ("icons on ADR please", "IconSet({ADR})", "cells", "by-header", "chat"),
        ("win rate above 33.3 but below 50, row", "AND(GreaterThan({Win %}, 33.3), LessThan({Win %}, 50))",
         "rows", "by-meaning", "terse"),
    ],
    "FishingCharters": [
        ("Highlight Catch (kg) greater than 65 in sheet Charters", "GreaterThan({Catch (kg)}, 65)", "cells",
         "by-header", "annotator"),
        ("big groups: 8 anglers or more, whole row", "GreaterThanEqual({Anglers}, 8)", "rows", "by-header",
         "terse", "boundary"),
        ("small trips with 4 or fewer anglers - could you highlight those rows?", "LessThanEqual({Anglers}, 4)",
         "rows", "by-header", "chat", "boundary"),
        ("Highlight the top 2 Anglers in sheet Charters", "Top({Anglers}, 2)", "cells", "by-header",
         "annotator", "superlative"),
        ("the two smallest parties", "Bottom({Anglers}, 2)", "rows", "by-meaning", "terse", "superlative"),
        ("How do I highlight the 10-hour trips? Hours is column F.", "Equals({Hours}, 10)", "cells",
         "by-header", "forum"),
        ("trips that aren't the usual 6 hours - highlight row", "NotEquals({Hours}, 6)", "rows", "by-header", "chat",
         "negation"),
        ("catch not weighed yet (blank)", "Blanks({Catch (kg)})", "cells", "by-meaning", "terse"),
        ("Highlight rows where Species is not blank in sheet Charters", "NotBlanks({Species})", "rows",
         "by-header", "annotator"),
        ("Any trip that caught mackerel should be highlighted. The species are typed as a list in column "
         "H, e.g. 'Pollock, mackerel'.", "TextContains({Species}, \"mackerel\")", "cells", "by-header",
         "forum"),
        ("pollock trips, full row", "TextContains({Species}, \"pollock\")", "rows", "by-value", "terse",
         "value-word"),
        ("deposit not paid - highlight the whole booking", "TextEquals({Deposit Paid}, \"No\")", "rows",
         "by-header", "chat"),
        ("Highlight Date today in sheet Charters", "Today({Date})", "cells", "by-header", "annotator", "date"),
        ("tomorrow's trips", "Tomorrow({Date})", "rows", "by-meaning", "terse", "date"),
        ("can you shade the trips we ran yesterday", "Yesterday({Date})", "rows", "by-meaning", "chat", "date"),
        ("Highlight rows where Date is next week in sheet Charters", "NextWeek({Date})", "rows", "by-header",
         "annotator", "date"),
        ("I want to look back at the trips from last week. How do I highlight those dates in column B?",
         "LastWeek({Date})", "cells", "by-header", "forum", "date"),
        ("trips next month", "NextMonth({Date})", "cells", "by-meaning", "terse", "date"),
        ("highlight every trip in the last 7 days please, whole row", "Last7Days({Date})", "rows",
         "by-meaning", "chat", "date"),
        ("Highlight Date last month in sheet Charters", "LastMonth({Date})", "cells", "by-header", "annotator",
         "date"),
        ("Ceri's trips", "TextEquals({Skipper}, \"Ceri\")", "rows", "by-value", "terse", "value-word"),
        ("Highlight Catch (kg) above average in sheet Charters", "AboveAverage({Catch (kg)})", "cells",
         "by-header", "annotator"),
        ("could you mark any sea state that mentions rough?", "TextContains({Sea State}, \"rough\")", "cells",
         "by-header", "chat"),
        ("Kestrel trips - whole row", "TextEquals({Boat}, \"Kestrel\")", "rows", "by-value", "terse",
         "value-word"),
        ("Our trips run 6 to 8 hours mostly. How do I highlight the rows where Hours is between 6 and 8?",
         "Between({Hours}, 6, 8)", "rows", "by-header", "forum"),
        ("Highlight Species not containing mackerel in sheet Charters",
         "TextNotContains({Species}, \"mackerel\")", "cells", "by-header", "annotator", "negation"),
        ("Is there one rule that highlights groups of more than 4 but fewer than 8 people? Whole row.",
         "AND(GreaterThan({Anglers}, 4), LessThan({Anglers}, 8))", "rows", "by-meaning", "forum"),
    ],
    "BaggageClaims": [
        ("Highlight Days Open greater than 8 in sheet Claims", "GreaterThan({Days Open}, 8)", "cells",
         "by-header", "annotator"),
        ("claims open 15 days or longer, whole row", "GreaterThanEqual({Days Open}, 15)", "rows",
         "by-header", "terse", "boundary"),
        ("can you highlight the claims that have been open exactly 5 days?", "Equals({Days Open}, 5)", "cells",
         "by-header", "chat"),
        ("We pay out compensation in euros (Comp (EUR), column H). How do I highlight the rows where it's "
         "over 300?", "GreaterThan({Comp (EUR)}, 300)", "rows", "by-header", "forum"),
        ("comp blank", "Blanks({Comp (EUR)})", "cells", "by-header", "terse"),
        ("Highlight error cells in Comp (EUR) in sheet Claims", "Errors({Comp (EUR)})", "cells", "by-header",
         "annotator"),
        ("please highlight compensation cells that are not errors", "NotErrors({Comp (EUR)})", "cells",
         "by-meaning", "chat", "negation"),
        ("Highlight rows where Status is Closed in sheet Claims", "TextEquals({Status}, \"Closed\")", "rows",
         "by-header", "annotator"),
        ("paid or closed claims - grey out the row", "OR(TextEquals({Status}, \"Paid\"), "
         "TextEquals({Status}, \"Closed\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("Anything that isn't Closed yet should be highlighted (whole row). What's the formula-free way "
         "to do it?", "NOT(TextEquals({Status}, \"Closed\"))", "rows", "by-value", "forum", "negation",
         "value-word"),
        ("BA flights", "TextStartsWith({Flight}, \"BA\")", "cells", "by-header", "terse", "starts-ends"),
        ("BA bag tags start with 0125. How do I highlight those tags in E2:E15?",
         "TextStartsWith({Bag Tag}, \"0125\")", "cells", "by-header", "forum", "starts-ends"),
        ("lost bags, whole row", "TextEquals({Issue}, \"Lost\")", "rows", "by-value", "terse", "value-word"),
        ("Highlight Status containing receipts in sheet Claims", "TextContains({Status}, \"receipts\")",
         "cells", "by-header", "annotator"),
        ("highlight claims filed today", "Today({Date Filed})", "rows", "by-header", "chat", "date"),
        ("filed yesterday", "Yesterday({Date Filed})", "cells", "by-header", "terse", "date"),
        ("Highlight rows where Date Filed is in the last 7 days in sheet Claims", "Last7Days({Date Filed})",
         "rows", "by-header", "annotator", "date"),
        ("How do I highlight claims filed last month? Date Filed is column C.", "LastMonth({Date Filed})",
         "cells", "by-header", "forum", "date"),
        ("colour this month's claims please", "ThisMonth({Date Filed})", "cells", "by-meaning", "chat",
         "date"),
        ("flights with only one claim", "Unique({Flight})", "rows", "by-header", "terse"),
        ("Highlight the top 2 Comp (EUR) in sheet Claims", "Top({Comp (EUR)}, 2)", "cells", "by-header",
         "annotator", "superlative"),
        ("I'd like the flights that appear on more than one claim highlighted, just the cells in column B. "
         "Is there a built-in rule?", "Duplicates({Flight})", "cells", "by-header", "forum"),
        ("Sam's claims, whole row", "TextEquals({Agent}, \"Sam\")", "rows", "by-value", "chat", "value-word"),
                ("highlight the claims filed this week", "ThisWeek({Date Filed})", "rows", "by-header", "chat",
         "date"),
        ("bottom 20% of days open", "BottomPercent({Days Open}, 20)", "cells", "by-header", "terse",
         "superlative"),
        ("highlight the 2 smallest payouts", "Bottom({Comp (EUR)}, 2)", "cells", "by-meaning", "chat",
         "superlative"),
        ("Highlight entire row where Comp (EUR) is not an error in sheet Claims", "NotErrors({Comp (EUR)})",
         "rows", "by-header", "annotator", "negation"),
    ],
    "PollingReturns": [
        ("Highlight Turnout % less than 30 in sheet Returns", "LessThan({Turnout %}, 30)", "cells",
         "by-header", "annotator"),
        ("stations with turnout over 50 - whole row", "GreaterThan({Turnout %}, 50)", "rows", "by-header",
         "chat"),
        ("turnout 30 or under", "LessThanEqual({Turnout %}, 30)", "cells", "by-header", "terse", "boundary"),
        ("How do I highlight turnout between 40 and 50 (inclusive) in F2:F15?", "Between({Turnout %}, 40, 50)",
         "cells", "by-header", "forum"),
        ("Highlight Turnout % not between 30 and 50 in sheet Returns", "NotBetween({Turnout %}, 30, 50)",
         "cells", "by-header", "annotator", "negation"),
        ("three biggest electorates", "Top({Electorate}, 3)", "cells", "by-meaning", "terse", "superlative"),
        ("Could you highlight the 2 smallest stations by number of electors, whole row?",
         "Bottom({Electorate}, 2)", "rows", "by-meaning", "chat", "superlative"),
        ("Highlight the top 25% Issued in sheet Returns", "TopPercent({Issued}, 25)", "cells", "by-header",
         "annotator", "superlative"),
        ("Highlight rows where Spoilt equals 3 in sheet Returns", "Equals({Spoilt}, 3)", "rows", "by-header",
         "annotator"),
        ("The spoilt count for one station came back #N/A from the lookup. How do I highlight error cells "
         "in column G?", "Errors({Spoilt})", "cells", "by-header", "forum"),
        ("more than 9 spoilt papers - highlight the row please", "GreaterThan({Spoilt}, 9)", "rows",
         "by-meaning", "chat"),
        ("Highlight Spoilt less than or equal to 2 in sheet Returns", "LessThanEqual({Spoilt}, 2)", "cells",
         "by-header", "annotator", "boundary"),
        ("postals above average", "AboveAverage({Postals})", "cells", "by-header", "terse"),
        ("can you shade rows where the postal votes are below average?", "BelowAverage({Postals})", "rows",
         "by-meaning", "chat"),
        ("recount yes -> red row", "TextEquals({Recount}, \"Yes\")", "rows", "by-header", "terse"),
        ("church venues", "TextContains({Venue}, \"Church\")", "cells", "by-value", "terse", "value-word"),
        ("I'd like every venue whose name ends in Hall highlighted. Venue is column B.",
         "TextEndsWith({Venue}, \"Hall\")", "cells", "by-header", "forum", "starts-ends"),
        ("highlight venues beginning with St", "TextStartsWith({Venue}, \"St\")", "cells", "by-header", "chat",
         "starts-ends"),
        ("Highlight Venue not containing Hall in sheet Returns", "TextNotContains({Venue}, \"Hall\")", "cells",
         "by-header", "annotator", "negation"),
        ("riverside stations (codes start RV), whole row", "TextStartsWith({Station}, \"RV\")", "rows",
         "by-header", "terse", "starts-ends"),
        ("highlight the Old Town rows", "TextEquals({Ward}, \"Old Town\")", "rows", "by-value", "chat",
         "value-word"),
        ("How can I flag stations with fewer than 1,000 or more than 2,500 electors in one rule? Whole row.",
         "OR(LessThan({Electorate}, 1000), GreaterThan({Electorate}, 2500))", "rows", "by-meaning", "forum",
         "or", "number-format"),
        ("bottom 20% postals", "BottomPercent({Postals}, 20)", "cells", "by-header", "terse", "superlative"),
            ],
    "TailorAlterations": [
        ("Highlight Balance greater than 0 in sheet Alterations", "GreaterThan({Balance}, 0)", "cells",
         "by-header", "annotator"),
        ("paid in full (balance 0) - grey", "Equals({Balance}, 0)", "cells", "by-header", "terse"),
        ("can you highlight tickets where the deposit was under $25?", "LessThan({Deposit}, 25)", "cells",
         "by-header", "chat", "number-format"),
        ("jobs priced at $95 or more, whole row", "GreaterThanEqual({Price}, 95)", "rows", "by-header",
         "terse", "number-format", "boundary"),
        ("How do I highlight the small jobs under $30? Price is column G.", "LessThan({Price}, 30)", "cells",
         "by-header", "forum", "number-format"),
        ("Highlight the top 3 Price in sheet Alterations", "Top({Price}, 3)", "cells", "by-header",
         "annotator", "superlative"),
        ("3 cheapest jobs", "Bottom({Price}, 3)", "rows", "by-meaning", "terse", "superlative"),
        ("price between 40 and 65 please", "Between({Price}, 40, 65)", "cells", "by-header", "chat"),
        ("Highlight rows where Work contains hem in sheet Alterations", "TextContains({Work}, \"hem\")",
         "rows", "by-header", "annotator"),
        ("take-in jobs (work starts with Take in)", "TextStartsWith({Work}, \"Take in\")", "cells",
         "by-header", "terse", "starts-ends"),
        ("Some tickets are sleeve jobs. How do I highlight the work descriptions ending in sleeves?",
         "TextEndsWith({Work}, \"sleeves\")", "cells", "by-header", "forum", "starts-ends"),
        ("everything that's not a hem, whole row", "TextNotContains({Work}, \"hem\")", "rows", "by-value",
         "chat", "negation"),
        ("dresses", "TextContains({Garment}, \"dress\")", "cells", "by-value", "terse", "value-word"),
        ("Highlight Garment ending with trousers in sheet Alterations", "TextEndsWith({Garment}, \"trousers\")",
         "cells", "by-header", "annotator", "starts-ends"),
        ("Some customers have two tickets. Is there a way to highlight repeat customer names in column B?",
         "Duplicates({Customer})", "cells", "by-header", "forum"),
        ("fittings today - row", "Today({Fitting})", "rows", "by-header", "terse", "date"),
        ("who's coming in for a fitting tomorrow? highlight them", "Tomorrow({Fitting})", "rows", "by-header",
         "chat", "date"),
        ("Highlight Fitting next week in sheet Alterations", "NextWeek({Fitting})", "cells", "by-header",
         "annotator", "date"),
        ("fittings last month", "LastMonth({Fitting})", "cells", "by-header", "terse", "date"),
        ("I want the jobs due back today highlighted, whole row. Ready By is column F.", "Today({Ready By})",
         "rows", "by-header", "forum", "date"),
        ("highlight anything that was ready yesterday", "Yesterday({Ready By})", "cells", "by-header", "chat",
         "date"),
        ("Highlight rows where Ready By is next month in sheet Alterations", "NextMonth({Ready By})", "rows",
         "by-header", "annotator", "date"),
        ("due back next week", "NextWeek({Ready By})", "cells", "by-meaning", "terse", "date"),
        ("Rosa's tickets, whole row", "TextEquals({Tailor}, \"Rosa\")", "rows", "by-value", "chat",
         "value-word"),
        ("ready by this week", "ThisWeek({Ready By})", "cells", "by-header", "terse", "date"),
        ("Can I highlight prices over 30 but under 60 in one rule?", "AND(GreaterThan({Price}, 30), "
         "LessThan({Price}, 60))", "cells", "by-header", "forum"),
        ("highlight prices outside 30 to 95", "NotBetween({Price}, 30, 95)", "cells", "by-header", "chat",
         "negation"),
        ("fittings in the last 7 days", "Last7Days({Fitting})", "cells", "by-header", "terse", "date"),
    ],
}


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
