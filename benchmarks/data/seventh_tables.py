"""A seventh set of table requests, a third of them header-only, and the builder of seventh_tables.json.

Written on 2026-12-06 (session 13) by engineer T7, who had read neither the assistant's code nor
the other sets' wordings, so that the team has table requests nobody has tuned on: by then every
earlier set's dev half had steered choices. The eleven tables (a running club's race results, a
bookshop's customer orders, a tennis club's ladder, an airport's arrivals log, a dairy farm's herd
records, a vending operator's machines, a council's parking permits, a golf club's medal cards, a
phone repair shop's jobs, a tech conference's talk submissions, a fruit farm's picking log) and
every request were written from scratch, imagining how spreadsheet users phrase things: forum
questions of one to three sentences (sometimes with a column letter or a range such as E2:E15,
always the true column of the table placed at A1), the benchmark annotators' imperative style
("Highlight <Header> greater than 20 in sheet <Name>"), requests typed to an assistant (chat) and
terse notes. Headers carry units, abbreviations and initialisms (`Dist (km)`, `SCC ('000/ml)`,
`Pax`, `Hcp`, `PCNs`, `Lact`), and the cells dates, money, percentages, codes and free text.

What was read: benchmarks/data/README.md; benchmarks/data/everyday_common.py and
benchmarks/data/table_sets.py; the module docstring, imports and constants of
benchmarks/data/sixth_tables.py (lines 1-88) and its code after the entry lists (lines 555-559),
found by a grep of its top-level names and read by line range (not its TABLES nor ENTRIES);
tests/benchmarks/test_table_sets_data.py and tests/benchmarks/set_files.py;
/work/shared/docs/CF_RULES.md and EVALUATION.md; the public API of cf_assistant.languages.cf
(parse, to_text, type_text; the names COMPARE_OPS, PERIODS, TEXT_OPS, VISUAL_KINDS), with a few
calls of type_text (how "$", "£", "%", negative numbers, codes and dates are typed), of parse and
to_text (canonical spelling) and of the executor's formatted_rows on a column of dates (which days
each period covers at 2024-06-12); the signatures and docstrings only of
everyday_tables.build_record and everyday_tables.problems (printed with inspect, their bodies not
read). The builder's own checks were run while writing: their messages name this set's requests
and rules only; entries they refused were fixed (table cells, thresholds) or dropped, and drafts
equal (case aside) to a request elsewhere, by the builder's check, were reworded without looking
the other one up. At the end, `git status` and `git diff` of benchmarks/data/README.md showed the
row another engineer had just added for seventh_cf.json (its description and domains, none of its
requests) and the names, not the contents, of files changed by others under cf_assistant/assistant/.
Not read: anything under cf_assistant/assistant/, cf_assistant/diffusion/, cf_assistant/generators/,
or any other code that reads requests; the TABLES, ENTRIES and COLUMNS of the other builders; the
utterances of any JSON file (compared with this set's by program only, never printed). No request
was run through `cfa suggest`, `cfa bench` or a model. seventh_cf.json, if written at the same time
by another engineer, is compared by program only (every other *.json beside this set is).

The entry format and every check are everyday_tables.py's, reused through table_sets.py as
fifth_tables.py and sixth_tables.py do: each entry is (request, rule with `{Header}` for c[i],
scope, naming, style[, tag ...]); `scope` is "rows" when the request asks for whole rows (a row, a
line, a record), "cells" otherwise; `naming` says how the request names the tested column:
`by-header` (its header's words, a plain spelling-out of a shortened header such as "distance" for
`Dist (km)`, or its letter), `by-meaning` (a synonym, the meaning of an initialism such as
"passengers" for `Pax`, or what its values mean) or `by-value` (only a value of it); `style` is
`forum`, `annotator`, `chat` or `terse`. Each rule tests one column. Every record is first built
and checked on its full table (everyday_tables' `build_record` with IDs prefixed `e7t-`; its
`problems`: a record that formats no row or every row, whose near misses its table cannot tell
apart, text operators exempt, or whose rule formats the same rows on another column is refused),
and a request already written (case aside) in any other set file of benchmarks/data/ or in the
benchmark's train split (../shared/data/cf/train.json, when it is on the machine) is refused, as is
a column letter or range that is not the rule's column. Then the records picked by a stable hash of
the ID (about one in three, `table_sets.header_only`) are written with `Data` = [header row],
`Labels` = [] and the tag `header-only`. Blank cells are "" or a lone space " " (written `_` and `~`
in the table text below). Dates are read against the bench's reference date 2024-06-12 (a
Wednesday); date comparisons are not written, date periods are. Labels follow Excel: a blank
compares as 0, any text is greater than any number, text tests ignore case (so "AI" is found in
"container").

Tags: the naming, the style, then any of `number-format`, `boundary`, `negation`, `or`,
`superlative`, `polarity`, `starts-ends`, `typo`, `date`, `value-word`, then `header-only` where the
rows were dropped, then `seventh` (last). Every one of the 41 top functions is in both halves (dev,
test by the hash of the ID, as every set).

Counts (as `python benchmarks/data/seventh_tables.py` prints them): 320 records, dev 139 / test 181
(the split is the ID hash's, not chosen); 11 tables, eight of 10 columns and three of 9, each of 14
data rows; 103 header-only records (32%); scope rows 144 (45%) / cells 176; naming by-header 225,
by-meaning 62, by-value 33 (30% not by header); styles terse 104, chat 83, annotator 77, forum 56;
every one of the 41 top functions in both halves, some with one record in a half (Bottom,
BottomPercent, NextMonth, NotEquals and TextStartsWith in dev, Tomorrow in test). Most entries were
written table by table; the last few were added for functions that had too few records in one half
(the half a record lands in is its ID's hash, known only after writing it), and one of them (a
Bottom request on the golf table) was reworded once, "- whole row" to ", whole row", because its
first wording hashed to the test half, which then held every Bottom record.

Rebuild: `python benchmarks/data/seventh_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "seventh_tables.json"
PREFIX = "e7t"
TAG = "seventh"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, STYLES, TRAIN  # noqa: E402,F401 (the set's own)
# The requests of every other set file in this folder (these nineteen at the time of writing, and
# any written since, e.g. seventh_cf.json, written at the same time by another engineer) and of the
# benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fifth_cf.json", "fifth_tables.json", "sixth_cf.json", "sixth_tables.json")

_table = table_sets.table

TABLES: dict[str, list[list[str]]] = {
    "race results": _table("""
Bib | Runner | Race | Cat | Race Date | Dist (km) | Chip Time (min) | Pace (min/km) | Age Grade % | PB?
214 | Aisha Khan | Riverside 10K | FV35 | 2024-06-09 | 10 | 48.5 | 4.85 | 71% | Yes
377 | Tom Birch | Riverside 10K | MV40 | 2024-06-09 | 10 | 45 | 4.5 | 78% | No
102 | Priya Nair | Hill Half | FV45 | 2024-05-19 | 21.1 | 112 | 5.31 | 66% | Yes
518 | Dan O'Leary | Hill Half | MV50 | 2024-05-19 | 21.1 | 95.4 | 4.52 | 74% | _
233 | Aisha Khan | Kingsmead parkrun | FV35 | 2024-06-08 | 5 | 23.9 | 4.78 | 70% | No
41 | Gareth Pryce | Kingsmead parkrun | MV60 | 2024-06-08 | 5 | 27.5 | 5.5 | 75% | Yes
609 | Lena Vogt | Canal Marathon | FV40 | 2024-04-14 | 42.2 | 231 | 5.47 | 62% | Yes
377 | Tom Birch | Canal Marathon | MV40 | 2024-04-14 | 42.2 | 198 | 4.69 | 72% | No
88 | Sam Okafor | Club Handicap 5K | MSEN | 2024-06-12 | 5 | 19.8 | 3.96 | 80% | Yes
150 | Megan Hale | Club Handicap 5K | FSEN | 2024-06-12 | 5 | DNF | #VALUE! | DNF | ~
302 | Rob Fenwick | Midsummer 10K | MV50 | 2024-06-22 | 10 | _ | 0 | _ | _
415 | Jo Marsh | Trail Relay | FV50 | 2024-06-02 | 12 | 66 | 5.5 | 68% | No
77 | Kit Daly | Moor 20 Miler | MU20 | 2024-05-19 | 32.2 | 161 | 5 | #N/A | Yes
520 | Nia Roberts | Trail Relay | FSEN | 2024-06-02 | 12 | 59.5 | 4.96 | 69% | Yes
"""),
    "bookshop orders": _table("""
Order No | Customer | Title | ISBN | Format | Qty | Price ($) | Disc % | Ordered | Status
BK-2201 | L. Moreau | The Salt Path | 978-1-4059-3718-4 | Paperback | 2 | 10.99 | 0% | 2024-06-10 | Collected
BK-2202 | Hollis Primary School | The Gruffalo (Big Book) | 978-1-5098-0475-7 | Hardback | 12 | 24.5 | 15% | 2024-06-03 | Invoiced
BK-2203 | R. Patel | Tomorrow, and Tomorrow, and Tomorrow | 978-1-5291-1554-6 | Paperback | 1 | 9.99 | 0% | 2024-06-11 | Awaiting stock
BK-2204 | Greenway Book Club | Demon Copperhead | 978-0-5716-7825-1 | Paperback | 8 | 10.99 | 10% | 2024-05-29 | Collected
BK-2205 | J. Okonjo | Atlas of the Heart | 978-1-7858-0475-1 | Audiobook CD | 1 | 30 | 0% | 2024-06-12 | Ordered
BK-2206 | St Anne's Sixth Form | Macbeth (York Notes) | 978-1-4479-8213-1 | Paperback | 25 | 6.99 | 20% | 2024-06-05 | Awaiting stock
BK-2207 | M. Fischer | The Salt Path | 978-1-4059-3718-4 | Paperback | 0 | 10.99 | 0% | 2024-06-12 | Cancelled
BK-2208 | Hollis Primary School | Oi Frog! | 978-1-4449-1022-7 | Paperback | 30 | 7.99 | 20% | 2024-05-15 | Invoiced
BK-2209 | T. Nguyen | Orbital | 978-1-5291-5344-9 | Paperback | 1 | 10.99 | 0% | 2024-06-07 | Arrived
BK-2210 | K. Byrne | Lessons in Chemistry | 978-0-8575-2734-5 | Large Print | 1 | 20 | 5% | 2024-06-07 | Arrived
BK-2211 | Greenway Book Club | Orbital | 978-1-5291-5344-9 | Paperback | 10 | ~ | 10% | 2024-06-11 | Ordered
BK-2212 | A. Lindqvist | The Bee Sting | 978-0-2413-9929-0 | Hardback | 1 | _ | tbc | 2024-04-30 | Awaiting stock
BK-2213 | P. Adeyemi | Atlas of the Heart | 978-1-7858-0476-8 | Hardback | 1 | 0 | 100% | 2024-06-04 | Collected
BK-2214 | Corner Café | The Guest List | 978-0-0083-9791-3 | Paperback | 4 | 8.99 | 5% | 2024-05-31 | Collected
"""),
    "tennis ladder": _table("""
Rung | Player | Grade | Played | Won | Lost | Win % | Last Match | Challenge By | Subs ($)
1 | Hannah Cole | A | 10 | 9 | 1 | 90% | 2024-06-10 | 2024-06-17 | 120
2 | Marcus Webb | A | 11 | 8 | 3 | 73% | 2024-06-11 | 2024-06-18 | 120
3 | Ines Duarte | A | 7 | 5 | 2 | 71% | 2024-06-04 | 2024-06-13 | 95
4 | Olly Grant | B | 10 | 6 | 4 | 60% | 2024-05-30 | 2024-06-13 | 95
5 | Femi Adebayo | B | 6 | 3 | 3 | 50% | 2024-06-07 | 2024-06-21 | _
6 | Rachel Lowe | B | 8 | 4 | 4 | 50% | 2024-05-22 | 2024-06-05 | 95
7 | Chen Wei | B | 5 | 2 | 3 | 40% | 2024-06-12 | 2024-06-26 | 95
8 | Tess Morgan | C | 4 | 1 | 3 | 25% | 2024-04-28 | 2024-05-12 | 60
9 | Yusuf Demir | C | 0 | 0 | 0 | #DIV/0! | _ | 2024-06-14 | 60
10 | Bea Lindsay | C | 3 | 1 | 2 | 33% | 2024-06-01 | 2024-06-15 | 0
11 | Gus Harper | Junior | 5 | 3 | 2 | 60% | 2024-06-08 | 2024-06-22 | 40
12 | Ada Novak | Junior | 2 | 0 | 2 | 0% | 2024-06-11 | 2024-06-25 | ~
13 | Leo Castro | Junior | _ | _ | _ | _ | ~ | 2024-07-02 | 40
14 | Pat Rooney | C | 7 | 2 | 5 | 29% | 2024-03-16 | 2024-03-30 | 60
"""),
    "flight arrivals": _table("""
Flight | Airline | From | Arr Date | Delay (min) | Gate | Pax | Load % | Belt | Remarks
EI 154 | Aer Lingus | DUB | 2024-06-12 | 0 | B4 | 168 | 92% | 3 | Landed
FR 2317 | Ryanair | STN | 2024-06-12 | 45 | A11 | 189 | 100% | 5 | Landed
KL 1007 | KLM | AMS | 2024-06-12 | 15 | B7 | 142 | 80% | 3 | Landed
BA 1432 | British Airways | LHR | 2024-06-11 | -5 | A2 | 100 | 86% | 1 | Landed
LH 960 | Lufthansa | FRA | 2024-06-11 | 120 | C21 | 150 | 83% | 4 | Delayed
EI 3326 | Aer Lingus Regional | CWL | 2024-06-13 | _ | B2 | 70 | 90% | _ | Scheduled
U2 817 | easyJet | BRS | 2024-06-12 | 30 | A9 | 156 | 84% | 2 | Landed
AF 1668 | Air France | CDG | 2024-06-12 | _ | C14 | 0 | 0% | _ | Cancelled
TK 1979 | Turkish Airlines | IST | 2024-06-10 | 60 | C3 | 201 | 95% | 6 | Landed
EI 105 | Aer Lingus | JFK | 2024-06-13 | _ | D1 | 298 | 93% | _ | Scheduled
LS 581 | Jet2 | PMI | 2024-06-07 | 210 | A14 | 174 | 88% | 5 | Diverted to SNN
FR 664 | Ryanair | KRK | 2024-06-14 | _ | A6 | 189 | #DIV/0! | ~ | Scheduled
QR 19 | Qatar Airways | DOH | 2024-06-11 | -1 | D3 | 254 | 72% | 7 | Landed
EK 161 | Emirates | DXB | 2024-06-18 | _ | D5 | _ | tbc | 8 | Scheduled
"""),
    "dairy herd": _table("""
Tag No | Name | Breed | Lact | Yield (L/day) | Fat % | SCC ('000/ml) | Last Calved | Next Vet Check | Pen
UK 301245 | Daisy | Holstein | 3 | 38.5 | 3.9% | 145 | 2024-03-02 | 2024-06-13 | P1
UK 301262 | Bluebell | Jersey | 2 | 22 | 5.4% | 95 | 2024-04-18 | 2024-06-19 | P2
UK 301277 | Clover | Holstein | 5 | 31 | 3.7% | 410 | 2023-12-20 | 2024-06-12 | Sick
UK 301289 | Maisie | Ayrshire | 1 | 26.5 | 4.1% | 120 | 2024-05-08 | 2024-07-03 | P2
UK 301290 | Pearl | Holstein x Jersey | 2 | 30 | 4.6% | 200 | 2024-05-27 | 2024-06-26 | P1
UK 301301 | Tilly | Brown Swiss | 4 | 28 | 4.0% | 230 | 2024-02-11 | 2024-06-14 | P1
UK 301315 | Rosie | Jersey | 6 | 23 | 5.1% | 310 | 2023-11-05 | 2024-06-11 | Sick
UK 301322 | Hazel | Holstein | 1 | 35 | 3.6% | 85 | 2024-06-03 | 2024-07-15 | P1
UK 301338 | Poppy | Holstein | 7 | 0 | n/a | _ | 2023-09-14 | 2024-08-01 | Dry
UK 301340 | Willow | Ayrshire | 3 | 25 | 4.2% | 160 | 2024-01-29 | 2024-06-17 | P2
UK 301356 | Bramble | Jersey x Friesian | 2 | 24 | 4.9% | #N/A | 2024-04-02 | 2024-06-20 | P2
UK 301361 | Nell | Holstein | 4 | 40 | 3.8% | 180 | 2024-05-20 | 2024-06-28 | P1
UK 301377 | Ivy | Friesian | 5 | 0 | n/a | _ | 2023-10-01 | 2024-06-07 | Dry
UK 301384 | Daisy | Montbeliarde | 2 | 29.5 | 4.0% | 135 | 2024-06-01 | 2024-06-14 | P2
"""),
    "vending machines": _table("""
Machine ID | Site | Model | Last Refill | Stock % | Sales ($/wk) | Faults (30d) | Margin % | Reader | Route
VM-014 | Northgate Leisure Centre | Azkoyen Vitale | 2024-06-10 | 62% | 410 | 0 | 38% | OK | R1
VM-022 | Northgate Library | Necta Samba | 2024-06-03 | 18% | 265 | 2 | 41% | OK | R1
VM-031 | St Luke's Hospital - A&E | Necta Samba | 2024-06-11 | 45% | 720 | 1 | 35% | Offline | R2
VM-035 | St Luke's Hospital - Outpatients | Azkoyen Vitale | 2024-06-12 | 90% | 515 | 0 | 36% | OK | R2
VM-040 | Riverside Bus Station | Jofemar Vision | 2024-05-28 | no data | 180 | 4 | no data | No signal | R3
VM-041 | Riverside Bus Station | Sielaff FK | 2024-06-07 | 25% | 0 | 6 | #DIV/0! | Offline | R3
VM-052 | Castle Tech College | Necta Samba | 2024-06-05 | 33% | 350 | 1 | 40% | OK | R4
VM-053 | Castle Tech College | Jofemar Vision | 2024-06-12 | 100% | 290 | 0 | 40% | OK | R4
VM-060 | Harbour Ferry Terminal | Sielaff FK | 2024-05-20 | 12% | 95 | 3 | -4% | Card only | R3
VM-061 | Westfield Office Park | Azkoyen Vitale | 2024-06-06 | 50% | 430 | 0 | _ | OK | R5
VM-067 | Westfield Office Park | Necta Samba | ~ | 0% | n/a | 0 | #DIV/0! | Not fitted | R5
VM-070 | Grange Sixth Form | Jofemar Vision | 2024-06-11 | 75% | 240 | 2 | 33% | OK | R4
VM-072 | Meadow Retail Park | Azkoyen Vitale | 2024-04-26 | 20% | 150 | 5 | 25% | Offline | R5
VM-078 | St Luke's Hospital - Staff Room | Bianchi Lei | 2024-06-09 | 55% | 385 | 1 | #N/A | OK | R2
"""),
    "parking permits": _table("""
Holder | Reg | Zone | Type | Fee ($) | Issued | Expires | Paid | PCNs
Mrs J. Ashworth | LK19 XRP | Z1 | Resident | 120 | 2023-07-01 | 2024-06-30 | Yes | 0
Harlow Dental Care | BT21 MNO | Z2 | Business | 450 | 2023-06-14 | 2024-06-13 | Yes | 1
Mr D. Kowalski | YR68 FGH | Z1 | Resident | 120 | 2024-06-12 | 2025-06-11 | No | 0
Ms A. Obi | WD72 KLP | Z3 | Blue Badge | 0 | 2024-01-15 | 2025-01-14 | _ | 0
Greenleaf Builders | SN20 BUI | Z2 | Trade | 35 | 2024-06-11 | 2024-06-18 | Yes | 2
Mr T. Wells | EA70 TTU | Z1 | Visitor | 12.5 | 2024-06-10 | 2024-06-16 | Yes | 0
Mr P. Rossi | EA70 TTU | Z1 | Resident | 120 | 2023-06-20 | 2024-06-19 | Part | 3
Cobb & Sons Plumbing | VN22 PLB | Z4 | Trade | 35 | 2024-05-30 | 2024-06-06 | No | 5
Mrs H. Begum | MA17 CDX | CPZ-B | Resident | 95 | 2023-07-25 | 2024-07-24 | Yes | 0
Northside Vets | GF23 VET | CPZ-B | Business | 380 | 2023-08-01 | 2024-07-31 | Yes | 1
Mr L. Fairweather | _ | Z3 | Visitor | 12.5 | 2024-06-12 | 2024-06-12 | No | 0
Ms C. Dunne | KX66 OPQ | Z2 | Resident | 120 | 2023-06-05 | 2024-06-04 | No | 4
Dr R. Mensah | DU15 RGS | Z4 | Resident | 160 | 2024-05-17 | 2025-05-16 | Yes | ~
Holly Tree Nursery | LM73 NUR | Z4 | Business | 450 | 2024-03-01 | 2025-02-28 | Part | 0
"""),
    "golf medal": _table("""
Player | Member No | Hcp | Gross | Net | Stableford | Birdies | Played On | Division | Card
Alan Pike | M0412 | 12.4 | 86 | 74 | 34 | 1 | 2024-06-09 | Div 2 | Signed
Bev Sutton | L0107 | 24 | 101 | 77 | 31 | 0 | 2024-06-09 | Div 3 | Signed
Callum Reid | M0588 | -0.8 | 70 | 71 | 37 | 4 | 2024-06-08 | Div 1 | Signed
Dev Mistry | M0233 | 6.8 | 79 | 72 | 36 | 2 | 2024-06-08 | Div 1 | Signed
Erin Walsh | L0291 | 18.5 | 95 | 76 | 32 | 0 | 2024-06-01 | Div 2 | Unsigned
Frank Hollis | M0150 | 28 | NR | NR | 0 | _ | 2024-06-01 | Div 3 | NR
Gail Ambrose | L0066 | 9.1 | 81 | 72 | 38 | 3 | 2024-05-25 | Div 1 | Signed
Hugo Lam | J0019 | 20 | 93 | 73 | 35 | 1 | 2024-05-25 | Junior | Signed
Isla Brennan | L0342 | 21.3 | 98 | 77 | 30 | _ | 2024-06-11 | Div 3 | Signed
Jack Thorne | M0499 | 0.6 | 72 | 71 | 39 | 2 | 2024-06-11 | Div 1 | ~
Alan Pike | M0412 | 12.4 | 84 | 72 | 36 | 0 | 2024-06-11 | Div 2 | Signed
Kaz Ueda | J0023 | 36 | 112 | DSQ | 33 | 0 | 2024-05-18 | Junior | DQ
Lorna Fyfe | L0188 | 14.2 | 90 | 76 | 31 | 1 | 2024-06-12 | Div 2 | Signed
Mo Farouk | M0610 | 0 | 80 | 80 | 32 | 3 | 2024-06-12 | Div 1 | Signed
"""),
    "phone repairs": _table("""
Customer | Device | Fault | Quote ($) | Parts ($) | Booked In | Promised | Tech | Status
Chloe Barnes | iPhone 13 | Cracked screen | 129 | 64 | 2024-06-10 | 2024-06-12 | SK | Ready
Omar Haddad | Galaxy S22 | Battery swelling | 89 | 31 | 2024-06-11 | 2024-06-13 | JT | In repair
Lucy Ferris | iPad Air 4 | Cracked screen | 149 | 78.5 | 2024-06-05 | 2024-06-14 | SK | Waiting parts
Ben Adler | Pixel 7 | Charging port | 59 | 12 | 2024-06-12 | 2024-06-12 | MR | In repair
Grace Oyelaran | iPhone SE | Water damage | _ | _ | 2024-06-12 | 2024-06-17 | JT | Diagnosing
Chloe Barnes | iPhone 11 | Battery | 69 | 22 | 2024-05-28 | 2024-05-30 | MR | Collected
Tariq Aziz | Galaxy A53 | No power | 0 | #N/A | 2024-06-07 | 2024-06-10 | SK | Unrepairable
Mia Kowal | iPhone 14 Pro | Rear glass | 179 | 95 | 2024-06-04 | 2024-06-20 | MR | Waiting parts
Paul Strand | Pixel 6a | Cracked screen | 99 | 45 | 2024-06-11 | 2024-06-11 | JT | Ready
Nina Petrova | OnePlus 10 | Speaker crackle | 49 | 9.5 | 2024-05-20 | 2024-05-24 | SK | Collected
Eddie Shaw | iPhone 13 | Face ID fault | 159 | tbc | 2024-06-06 | 2024-06-19 | MR | Quoted
Rhea Sen | Galaxy S22 | Cracked screen | 129 | 64 | 2024-06-12 | 2024-07-02 | SK | Waiting parts
Liam Doyle | iPad 9th gen | Charging port | 79 | 18 | 2024-04-29 | 2024-05-03 | JT | Collected
Sofia Marin | Surface Go 3 | Keyboard | 100 | ~ | 2024-06-10 | 2024-06-15 | JT | Quoted
"""),
    "conference talks": _table("""
Speaker | Title | Track | Mins | Avg Score | Votes | Submitted | Decision | Room
Amara Eze | Scaling Postgres past 10TB | Data | 40 | 4.6 | 19 | 2024-05-02 | Accepted | Hall A
Jonas Berg | Rust for Python developers | Languages | 25 | 3.9 | 18 | 2024-05-14 | Accepted | Room 2
Keiko Sato | Zero-trust networking in practice | Security | 40 | 3.2 | 10 | 2024-06-03 | Waitlist | _
Dan Fletcher | Why your dashboards lie | Data | 25 | 2.5 | 15 | 2024-05-20 | Rejected | _
Priyanka Rao | Shipping AI features safely | AI | 40 | 4.8 | 31 | 2024-06-10 | Accepted | Hall A
Marco Bellini | CSS container queries | Frontend | 15 | 4.1 | 9 | 2024-06-11 | _ | _
Amara Eze | Vector search without the hype | AI | 25 | #DIV/0! | 0 | 2024-06-12 | _ | _
Sven Olsen | Terraform at 3am | DevOps | 40 | 3.5 | 14 | 2024-05-28 | Waitlist | _
Leila Haddad | Accessibility audits for busy teams | Frontend | 25 | 4.4 | 20 | 2024-06-05 | Accepted | Room 3
Tom Kirby | Opening keynote | Keynote | 60 | n/a | _ | 2024-04-15 | Accepted | Hall A
Ruth Amsel | Threat modelling for startups | Security | 25 | 4 | 17 | 2024-06-07 | Accepted | Room 2
Ivan Petrov | Kubernetes cost traps | DevOps | 40 | 3 | 11 | 2024-05-31 | Rejected | _
Nadia Flores | A gentle intro to AI agents | AI | 15 | 3.6 | 16 | 2024-06-11 | ~ | _
Chris Yuen | Lightning talk: regex crimes | Lightning | 5 | 3.8 | 8 | 2024-06-06 | Waitlist | _
"""),
    "fruit picking": _table("""
Field | Crop | Variety | Pickers | Punnets | Kg Picked | Brix | Pick Date | Crew Lead | Waste %
F1-North | Strawberry | Malling Centenary | 12 | 840 | 336 | 9.5 | 2024-06-12 | Marta | 4%
F2-North | Strawberry | Elsanta | 10 | 610 | 244 | 8.2 | 2024-06-11 | Marta | 7%
T3-Tunnel | Strawberry | Malling Centenary | 8 | 920 | 368 | 10.1 | 2024-06-10 | Piotr | 3%
T4-Tunnel | Raspberry | Glen Ample | 6 | 300 | 45 | 11 | 2024-06-07 | Piotr | 9%
F5-East | Cherry | Kordia | 14 | loose | 520 | 17.5 | 2024-06-05 | Ioana | 12%
F6-East | Cherry | Sweetheart | 9 | loose | _ | _ | 2024-06-20 | Ioana | _
T7-Tunnel | Blueberry | Duke | 5 | 210 | 31.5 | 12 | 2024-06-13 | Piotr | 2%
F8-South | Gooseberry | Invicta | 4 | 150 | 60 | 7 | 2024-05-29 | Dan | 5%
F1-North | Strawberry | Malling Centenary | 11 | 780 | 312 | 9 | 2024-06-08 | Marta | 4%
T9-Tunnel | Strawberry | Favori | 7 | 560 | 224 | 11.3 | 2024-06-06 | Dan | 6%
F10-South | Strawberry | Elsanta | 0 | 0 | 0 | _ | 2024-05-15 | _ | #DIV/0!
T4-Tunnel | Raspberry | Glen Ample | 6 | 340 | 51 | 10.5 | 2024-06-14 | Piotr | 8%
F5-East | Cherry | Kordia | 15 | loose | 610 | 18.2 | 2024-06-12 | Ioana | 10%
F12-West | Redcurrant | Rovada | 3 | ~ | _ | _ | 2024-07-08 | Dan | _
"""),
}

ENTRIES: dict[str, list[tuple]] = {
    "race results": [
        ("Highlight Chip Time (min) less than 45 in sheet Results", "LessThan({Chip Time (min)}, 45)",
         "cells", "by-header", "annotator"),
        ("age grade 75% or better -> whole row gold", "GreaterThanEqual({Age Grade %}, 0.75)",
         "rows", "by-header", "terse", "number-format", "boundary"),
        ("Which rule colours the rows where the age grading is under 70%? The grades are percentages in column I.",
         "LessThan({Age Grade %}, 0.7)", "rows", "by-header", "forum", "number-format"),
        ("My pace column (H) shows #VALUE! where a runner didn't finish. How can I get conditional "
         "formatting to flag those error cells?",
         "Errors({Pace (min/km)})", "cells", "by-header", "forum"),
        ("Can you shade the age grades that actually worked out, so not the #N/A one?",
         "NotErrors({Age Grade %})", "cells", "by-header", "chat", "negation"),
        ("could you highlight the rows of anyone who shows up more than once?", "Duplicates({Runner})",
         "rows", "by-meaning", "chat"),
        ("Please colour the races that only one of our members entered", "Unique({Race})",
         "cells", "by-header", "chat"),
        ("Highlight rows where Cat begins with F in sheet Results", 'TextStartsWith({Cat}, "F")',
         "rows", "by-header", "annotator", "starts-ends"),
        ("age category ending in 50 (the V50s) in bold", 'TextEndsWith({Cat}, "50")',
         "cells", "by-header", "terse", "starts-ends"),
        ("can you highlight the whole row for every parkrun?", 'TextContains({Race}, "parkrun")',
         "rows", "by-value", "chat"),
        ("In the Race column (C) I want to mark every race that isn't a relay, i.e. the name doesn't have "
         "Relay in it. How?",
         'TextNotContains({Race}, "Relay")', "cells", "by-header", "forum", "negation"),
        ("How would I highlight the three best age-adjusted performances? Those are the percentages next "
         "to the PB? column.",
         "Top({Age Grade %}, 3)", "cells", "by-meaning", "forum", "superlative"),
        ("put a colour scale on the age grading percentages", "ColorScale({Age Grade %})",
         "cells", "by-header", "chat"),
        ("add data bars to column G", "DataBar({Chip Time (min)})", "cells", "by-header", "terse"),
        ("Highlight rows with Pace (min/km) below average in sheet Results", "BelowAverage({Pace (min/km)})",
         "rows", "by-header", "annotator"),
        ("Shade the rows for races run this week", "ThisWeek({Race Date})", "rows", "by-meaning", "chat", "date"),
        ("rows of anyone who raced last week", "LastWeek({Race Date})", "rows", "by-meaning", "terse", "date"),
        ("Highlight the rows for today's race please", "Today({Race Date})", "rows", "by-meaning", "chat", "date"),
        ("Is there a conditional format that shades the whole row for races held last month? The race "
         "dates are in column E.",
         "LastMonth({Race Date})", "rows", "by-header", "forum", "date"),
        ("PB? column: mark the blanks so I can fill them in", "Blanks({PB?})", "cells", "by-header", "terse"),
        ("Highlight every personal best in green", 'TextEquals({PB?}, "Yes")', "cells", "by-meaning", "chat",
         "value-word"),
        ("highlight the rows for anything longer than a half marathon (21.1 km)", "GreaterThan({Dist (km)}, 21.1)",
         "rows", "by-meaning", "chat"),
        ("Find bib 377 and highlight its rows", "Equals({Bib}, 377)", "rows", "by-header", "chat"),
        ("every race except the Canal Marathon, whole row", 'NOT(TextEquals({Race}, "Canal Marathon"))',
         "rows", "by-value", "terse", "negation"),
        ("Highlight rows where Cat is MSEN or FSEN in sheet Results",
         'OR(TextEquals({Cat}, "MSEN"), TextEquals({Cat}, "FSEN"))', "rows", "by-header", "annotator", "or"),
        ("pace of at least 4.5 but under 5 min/km - colour those cells",
         "AND(GreaterThanEqual({Pace (min/km)}, 4.5), LessThan({Pace (min/km)}, 5))",
         "cells", "by-header", "terse", "boundary"),
        ("Highlight the rows of the top 20% by age grade", "TopPercent({Age Grade %}, 20)", "rows", "by-header",
         "chat", "superlative"),
        ("races coming up next week - whole row", "NextWeek({Race Date})", "rows", "by-header", "terse", "date"),
        ("Could you highlight the rows of the two lowest age grades?", "Bottom({Age Grade %}, 2)", "rows",
         "by-header", "chat", "superlative"),
    ],
    "bookshop orders": [
        ("Can you highlight the whole row for anything still awaiting stock?", 'TextEquals({Status}, "Awaiting stock")',
         "rows", "by-value", "chat", "value-word"),
        ("How do I make cancelled orders go red automatically?",
         'TextEquals({Status}, "Cancelled")', "cells", "by-value", "forum",
         "value-word"),
        ("Highlight Qty greather than or equal to 10 in sheet Orders", "GreaterThanEqual({Qty}, 10)",
         "cells", "by-header", "annotator", "boundary", "typo"),
        ("I'd like the rows where someone ordered more than one copy to stand out", "GreaterThan({Qty}, 1)",
         "rows", "by-meaning", "chat"),
        ("In column G I've got prices. How do I highlight prices from $10 to $20 inclusive?",
         "Between({Price ($)}, 10, 20)", "cells", "by-header", "forum", "number-format", "boundary"),
        ("Find the orders with no price entered and highlight the row", "Blanks({Price ($)})",
         "rows", "by-header", "chat"),
        ("discount above 10% -> amber", "GreaterThan({Disc %}, 0.1)", "cells", "by-header", "terse", "number-format"),
        ("Highlight Ordered yesterday in sheet Orders", "Yesterday({Ordered})", "cells", "by-header", "annotator",
         "date"),
        ("orders placed today - whole line yellow", "Today({Ordered})", "rows", "by-meaning", "terse", "date"),
        ("How can I colour the rows of orders taken in the last 7 days? Dates are in I2:I15.",
         "Last7Days({Ordered})", "rows", "by-header", "forum", "date"),
        ("Please shade the rows of last month's orders", "LastMonth({Ordered})", "rows", "by-meaning", "chat", "date"),
        ("this month's dates in the Ordered column - light blue", "ThisMonth({Ordered})", "cells", "by-header",
         "terse", "date"),
        ("Highlight the rows for any book with the word Tomorrow in its name", 'TextContains({Title}, "Tomorrow")',
         "rows", "by-meaning", "chat"),
        ("Highlight rows where Customer ends with School in sheet Orders", 'TextEndsWith({Customer}, "School")',
         "rows", "by-header", "annotator", "starts-ends"),
        ("rows for everything that isn't a paperback", 'NOT(TextEquals({Format}, "Paperback"))',
         "rows", "by-value", "terse", "negation"),
        ("Mark any book barcode number that shows up twice", "Duplicates({ISBN})", "cells", "by-meaning", "chat"),
        ("buyers who appear only once", "Unique({Customer})", "cells", "by-meaning", "terse"),
        ("Which rule highlights the three biggest orders by quantity? Qty is column F.", "Top({Qty}, 3)",
         "cells", "by-header", "forum", "superlative"),
        ("cheapest 20% of the books", "BottomPercent({Price ($)}, 20)", "cells", "by-meaning", "terse", "superlative"),
        ("Highlight rows with above average Price ($) in sheet Orders", "AboveAverage({Price ($)})",
         "rows", "by-header", "annotator"),
        ("icon set for the discount column please", "IconSet({Disc %})", "cells", "by-header", "chat"),
        ("rows that are Arrived or Collected", 'OR(TextEquals({Status}, "Arrived"), TextEquals({Status}, "Collected"))',
         "rows", "by-value", "terse", "or", "value-word"),
        ("Could you make anything costing $8.99 or less stand out?", "LessThanEqual({Price ($)}, 8.99)",
         "cells", "by-meaning", "chat", "number-format", "boundary"),
        ("Highlight rows where Qty is not equal to 1 in sheet Orders", "NotEquals({Qty}, 1)",
         "rows", "by-header", "annotator", "negation"),
        ("large print or hardback? no - just the Large Print orders, highlight them",
         'TextEquals({Format}, "Large Print")', "cells", "by-value", "chat", "value-word"),
        ("Could you highlight the rows where the customer isn't a book club?",
         'TextNotContains({Customer}, "Book Club")',
         "rows", "by-value", "chat", "negation"),
        ("Highlight rows where Qty is not between 2 and 10 in sheet Orders", "NotBetween({Qty}, 2, 10)", "rows",
         "by-header", "annotator", "negation"),
        ("single-copy orders, whole row", "Equals({Qty}, 1)", "rows", "by-meaning", "terse"),
        ("Highlight Title starting with The in sheet Orders", 'TextStartsWith({Title}, "The")', "cells",
         "by-header", "annotator", "starts-ends"),
        ("Highlight Status not equal to Collected in sheet Orders", 'NotEquals({Status}, "Collected")', "cells",
         "by-header", "annotator", "negation"),
    ],
    "tennis ladder": [
        ("#DIV/0! in the Win % column - highlight those rows", "Errors({Win %})", "rows", "by-header", "terse"),
        ("Highlight the rows of players winning at least 60% of their matches", "GreaterThanEqual({Win %}, 0.6)",
         "rows", "by-header", "chat", "boundary", "number-format"),
        ("players with exactly 8 victories", "Equals({Won}, 8)", "cells", "by-meaning", "terse"),
        ("Which players haven't played yet? Their Last Match cell (column H) is empty and I'd like those "
         "rows highlighted.",
         "Blanks({Last Match})", "rows", "by-header", "forum"),
        ("Shade the rows of players whose last match was last month", "LastMonth({Last Match})", "rows",
         "by-header", "chat", "date"),
        ("last match in the last 7 days -> green", "Last7Days({Last Match})", "cells", "by-header", "terse", "date"),
        ("Highlight Challenge By tomorrow in sheet Ladder", "Tomorrow({Challenge By})", "cells", "by-header",
         "annotator", "date"),
        ("Whose challenge deadline falls next week? Colour those rows please", "NextWeek({Challenge By})",
         "rows", "by-header", "chat", "date"),
        ("Challenge By is column I. How do I flag the dates that fall in the current week?",
         "ThisWeek({Challenge By})", "cells", "by-header", "forum", "date"),
        ("challenge deadlines next month", "NextMonth({Challenge By})", "cells", "by-header", "terse", "date"),
        ("Please highlight members who haven't paid subs yet (their subs cell is empty), whole row",
         "Blanks({Subs ($)})", "rows", "by-header", "chat"),
        ("membership fees under $60", "LessThan({Subs ($)}, 60)", "cells", "by-meaning", "terse", "number-format"),
        ("Highlight rows where Grade is Junior in sheet Ladder", 'TextEquals({Grade}, "Junior")', "rows",
         "by-header", "annotator", "value-word"),
        ("everyone except grade C players", 'NOT(TextEquals({Grade}, "C"))', "cells", "by-header", "terse",
         "negation"),
        ("best three win percentages", "Top({Win %}, 3)", "cells", "by-header", "terse", "superlative"),
        ("How do I highlight the two lowest win rates in column G?", "Bottom({Win %}, 2)", "cells", "by-header",
         "forum", "superlative"),
        ("Highlight Played between 5 and 8 in sheet Ladder", "Between({Played}, 5, 8)", "cells", "by-header",
         "annotator"),
        ("Can you colour the rows where someone has 4 or more defeats?", "GreaterThanEqual({Lost}, 4)", "rows",
         "by-meaning", "chat", "boundary"),
        ("Highlight the rows with an above average number of wins", "AboveAverage({Won})", "rows", "by-header",
         "chat"),
        ("Highlight Rung less than or equal to 4 in sheet Ladder", "LessThanEqual({Rung}, 4)", "cells",
         "by-header", "annotator"),
        ("A or B grade players - shade the whole row", 'OR(TextEquals({Grade}, "A"), TextEquals({Grade}, "B"))',
         "rows", "by-header", "terse", "or"),
        ("Highlight the win percentages that aren't an error in sheet Ladder", "NotErrors({Win %})", "cells",
         "by-header", "annotator", "negation"),
        ("Anyone who's lost fewer than 2 matches? I'd like those loss counts to stand out, the losses are in column F",
         "LessThan({Lost}, 2)", "cells", "by-header", "forum", "polarity"),
        ("top 20% of the ladder by matches played - highlight their rows",
         "TopPercent({Played}, 20)", "rows", "by-header",
         "chat", "superlative"),
        ("I want to highlight rows where the win rate is above 25% but below 50%. The percentages are in "
         "column G. What should I enter?",
         "AND(GreaterThan({Win %}, 0.25), LessThan({Win %}, 0.5))", "rows", "by-header", "forum", "number-format"),
    ],
    "flight arrivals": [
        ("Highlight Delay (min) greater than 30 in sheet Arrivals", "GreaterThan({Delay (min)}, 30)", "cells",
         "by-header", "annotator"),
        ("Could the whole row go red for anything an hour or more late?", "GreaterThanEqual({Delay (min)}, 60)",
         "rows", "by-meaning", "chat", "boundary"),
        ("flights that got in early (delay below zero)", "LessThan({Delay (min)}, 0)", "cells", "by-header",
         "terse", "polarity"),
        ("Highlight rows where Load % is below 80% in sheet Arrivals", "LessThan({Load %}, 0.8)", "rows",
         "by-header", "annotator", "number-format"),
        ("Which formula highlights the #DIV/0! errors in my Load % column (H)?", "Errors({Load %})", "cells",
         "by-header", "forum"),
        ("Highlight Gate starting with D in sheet Arrivals", 'TextStartsWith({Gate}, "D")', "cells", "by-header",
         "annotator", "starts-ends"),
        ("Can you make the whole row green for flight numbers starting with EI?", 'TextStartsWith({Flight}, "EI")',
         "rows", "by-header", "chat", "starts-ends"),
        ("Is there a way to colour cancelled flights red without doing it by hand every morning?",
         'TextEquals({Remarks}, "Cancelled")',
         "cells", "by-value", "forum", "value-word"),
        ("Highlight rows where Remarks contains Diverted in sheet Arrivals", 'TextContains({Remarks}, "Diverted")',
         "rows", "by-header", "annotator"),
        ("could you highlight the row of every flight that isn't marked Landed?",
         'NOT(TextEquals({Remarks}, "Landed"))',
         "rows", "by-value", "chat", "negation", "value-word"),
        ("today's arrivals in bold", "Today({Arr Date})", "cells", "by-meaning", "terse", "date"),
        ("Can you highlight the rows of flights due in tomorrow?", "Tomorrow({Arr Date})", "rows", "by-meaning",
         "chat", "date"),
        ("Highlight rows where Arr Date is yesterday in sheet Arrivals", "Yesterday({Arr Date})", "rows",
         "by-header", "annotator", "date"),
        ("flights landing next week", "NextWeek({Arr Date})", "cells", "by-meaning", "terse", "date"),
        ("three busiest flights by passengers - whole row", "Top({Pax}, 3)", "rows", "by-meaning", "terse",
         "superlative"),
        ("Is there a way to highlight flights carrying fewer than 100 passengers? Pax is in G2:G15.",
         "LessThan({Pax}, 100)", "cells", "by-header", "forum"),
        ("no baggage belt assigned yet - highlight", "Blanks({Belt})", "cells", "by-header", "terse"),
        ("Highlight Belt cells that are not blank in sheet Arrivals", "NotBlanks({Belt})", "cells", "by-header",
         "annotator"),
        ("Highlight From equal to LHR in sheet Arrivals", 'TextEquals({From}, "LHR")', "cells", "by-header",
         "annotator"),
        ("Which airlines appear more than once on the board? Highlight them", "Duplicates({Airline})", "cells",
         "by-header", "chat"),
        ("carriers that only show up once", "Unique({Airline})", "cells", "by-meaning", "terse"),
        ("I want to flag any delay outside 0 to 30 minutes in column E. Not between, so -5 or 45 should both light up.",
         "NotBetween({Delay (min)}, 0, 30)", "cells", "by-header", "forum", "negation"),
        ("colour scale on load factor", "ColorScale({Load %})", "cells", "by-header", "terse"),
        ("Highlight Delay (min) not equal to 0 in sheet Arrivals", "NotEquals({Delay (min)}, 0)", "cells",
         "by-header", "annotator", "negation"),
        ("Highlight rows with Pax below average in sheet Arrivals", "BelowAverage({Pax})", "rows", "by-header",
         "annotator"),
        ("rows where the load factor is outside 80-95%", "NotBetween({Load %}, 0.8, 0.95)", "rows", "by-header",
         "terse", "number-format", "negation"),
        ("worst 20% of delays - highlight the row", "TopPercent({Delay (min)}, 20)", "rows", "by-header", "terse",
         "superlative", "polarity"),
    ],
    "dairy herd": [
        ("Highlight SCC ('000/ml) greater than 200 in sheet Herd", "GreaterThan({SCC ('000/ml)}, 200)", "cells",
         "by-header", "annotator"),
        ("cell count 200 or more - whole row red, those cows need checking", "GreaterThanEqual({SCC ('000/ml)}, 200)",
         "rows", "by-meaning", "terse", "boundary"),
        ("Which rule shades the cows giving under 25 litres a day? Yield is in column E.",
         "LessThan({Yield (L/day)}, 25)", "cells", "by-header", "forum"),
        ("On our herd sheet, how do I pick out the top 10% of milkers, going by litres a day?",
         "TopPercent({Yield (L/day)}, 10)", "cells", "by-meaning", "forum", "superlative"),
        ("Can you highlight the rows of cows with above-average butterfat?", "AboveAverage({Fat %})", "rows",
         "by-meaning", "chat"),
        ("Highlight Fat % between 4% and 5% in sheet Herd", "Between({Fat %}, 0.04, 0.05)", "cells", "by-header",
         "annotator", "number-format"),
        ("Highlight rows where Breed contains Jersey in sheet Herd", 'TextContains({Breed}, "Jersey")', "rows",
         "by-header", "annotator"),
        ("could you mark every cow with Holstein anywhere in its breed?", 'TextContains({Breed}, "Holstein")',
         "cells", "by-value", "chat"),
        ("Highlight the cows in the sick pen, whole row please", 'TextEquals({Pen}, "Sick")', "rows", "by-value",
         "chat", "value-word"),
        ("Pen is column J. I'd like rows where the pen is Dry or Sick shaded grey - what's the best way?",
         'OR(TextEquals({Pen}, "Dry"), TextEquals({Pen}, "Sick"))', "rows", "by-header", "forum", "or",
         "value-word"),
        ("vet check due today - row", "Today({Next Vet Check})", "rows", "by-header", "terse", "date"),
        ("Highlight Next Vet Check this week in sheet Herd", "ThisWeek({Next Vet Check})", "cells", "by-header",
         "annotator", "date"),
        ("which cows have their vet visit next week? highlight those rows", "NextWeek({Next Vet Check})", "rows",
         "by-header", "chat", "date"),
        ("The Next Vet Check dates are in column I. How do I format the ones falling next month?",
         "NextMonth({Next Vet Check})", "cells", "by-header", "forum", "date"),
        ("cows that calved last month", "LastMonth({Last Calved})", "cells", "by-header", "terse", "date"),
        ("Could you highlight anything that calved this month?", "ThisMonth({Last Calved})", "cells", "by-header",
         "chat", "date"),
        ("Two of our cows share a name and it keeps causing mix-ups. How can I highlight duplicate names in column B?",
         "Duplicates({Name})", "cells", "by-header", "forum"),
        ("Highlight the rows of cows in their fifth lactation or later", "GreaterThanEqual({Lact}, 5)", "rows",
         "by-header", "chat", "boundary"),
        ("put a 3-colour scale on Fat %", "ColorScale({Fat %})", "cells", "by-header", "terse"),
        ("every cow not in the Dry pen - whole row", 'NOT(TextEquals({Pen}, "Dry"))', "rows", "by-value", "terse",
         "negation", "value-word"),
        ("the 3 cows giving the least milk",
         "Bottom({Yield (L/day)}, 3)", "cells", "by-meaning", "terse", "superlative"),
        ("Highlight SCC ('000/ml) cells with errors in sheet Herd", "Errors({SCC ('000/ml)})", "cells",
         "by-header", "annotator"),
        ("Highlight rows where Breed ends with Friesian in sheet Herd", 'TextEndsWith({Breed}, "Friesian")',
         "rows", "by-header", "annotator", "starts-ends"),
        ("SCC is column G and the dry cows have no reading. How do I highlight the cells that do have "
         "something in them?",
         "NotBlanks({SCC ('000/ml)})", "cells", "by-header", "forum"),
        ("Highlight Pen not equal to P1 in sheet Herd", 'NotEquals({Pen}, "P1")', "cells", "by-header", "annotator",
         "negation"),
        ("vet checks that fell in the last 7 days - row", "Last7Days({Next Vet Check})", "rows", "by-header",
         "terse", "date"),
        ("Could you highlight the rows of cows with a below-average cell count?", "BelowAverage({SCC ('000/ml)})",
         "rows", "by-meaning", "chat"),
        ("data bars for butterfat", "DataBar({Fat %})", "cells", "by-meaning", "terse"),
        ("I need the whole row highlighted when the somatic cell count isn't an error. SCC is in column G, any ideas?",
         "NotErrors({SCC ('000/ml)})", "rows", "by-header", "forum", "negation"),
        ("Please colour the rows of the cows whose next vet visit falls next month", "NextMonth({Next Vet Check})",
         "rows", "by-header", "chat", "date"),
        ("cows with a vet check tomorrow - whole row", "Tomorrow({Next Vet Check})", "rows", "by-header", "terse",
         "date"),
    ],
    "vending machines": [
        ("Highlight Stock % less than 20% in sheet Vending", "LessThan({Stock %}, 0.2)", "cells", "by-header",
         "annotator", "number-format"),
        ("Machines at 25% stock or less need a refill, can you colour their whole row?",
         "LessThanEqual({Stock %}, 0.25)", "rows", "by-header", "chat", "boundary", "number-format"),
        ("top 3 earners - row", "Top({Sales ($/wk)}, 3)", "rows", "by-meaning", "terse",
         "superlative"),
        ("Which rule highlights the machines selling below average? Weekly sales are in column F and I "
         "want the whole row.",
         "BelowAverage({Sales ($/wk)})", "rows", "by-header", "forum"),
        ("Highlight rows where Faults (30d) is at least 3 in sheet Vending", "GreaterThanEqual({Faults (30d)}, 3)",
         "rows", "by-header", "annotator", "boundary"),
        ("please flag machines with more than one fault in the last 30 days", "GreaterThan({Faults (30d)}, 1)",
         "cells", "by-header", "chat"),
        ("Highlight Margin % errors in sheet Vending", "Errors({Margin %})", "cells", "by-header", "annotator"),
        ("margin % cells that aren't errors", "NotErrors({Margin %})", "cells", "by-header", "terse", "negation"),
        ("icon set on the margins", "IconSet({Margin %})", "cells", "by-header", "terse"),
        ("card readers that aren't showing OK - highlight", 'NOT(TextEquals({Reader}, "OK"))', "cells",
         "by-header", "terse", "negation"),
        ("Could you turn the row red wherever the reader is Offline?", 'TextEquals({Reader}, "Offline")', "rows",
         "by-value", "chat", "value-word"),
        ("Highlight rows where Site contains Hospital in sheet Vending", 'TextContains({Site}, "Hospital")', "rows",
         "by-header", "annotator"),
        ("locations ending in College", 'TextEndsWith({Site}, "College")', "cells", "by-meaning", "terse",
         "starts-ends"),
        ("How do I highlight sites that have more than one machine? Site names are in column B.",
         "Duplicates({Site})", "cells", "by-header", "forum"),
        ("machine types we only have one of", "Unique({Model})", "cells", "by-meaning", "terse"),
        ("machines refilled last week", "LastWeek({Last Refill})", "cells", "by-header", "terse", "date"),
        ("Could you highlight the rows of machines that were refilled yesterday?", "Yesterday({Last Refill})",
         "rows", "by-header", "chat", "date"),
        ("Highlight Last Refill in last month in sheet Vending", "LastMonth({Last Refill})", "cells", "by-header",
         "annotator", "date"),
        ("The Last Refill cell is empty for one machine (column D). How do I highlight blank refill dates?",
         "Blanks({Last Refill})", "cells", "by-header", "forum"),
        ("Highlight Route equal to R3 in sheet Vending", 'TextEquals({Route}, "R3")', "cells", "by-header",
         "annotator"),
        ("R1 or R2 machines - whole row", 'OR(TextEquals({Route}, "R1"), TextEquals({Route}, "R2"))', "rows",
         "by-value", "terse", "or"),
        ("Is there a way to show with bars how full each machine is?",
         "DataBar({Stock %})", "cells", "by-meaning", "forum"),
        ("Can you highlight stock levels above 20% but below 50%?",
         "AND(GreaterThan({Stock %}, 0.2), LessThan({Stock %}, 0.5))", "cells", "by-header", "chat",
         "number-format"),
        ("Which machines were refilled today? Highlight the whole row", "Today({Last Refill})", "rows",
         "by-header", "chat", "date"),
        ("machines taking under $240 a week in red", "LessThan({Sales ($/wk)}, 240)", "cells", "by-meaning", "terse",
         "number-format"),
        ("Please highlight the rows of machines that aren't at a hospital", 'TextNotContains({Site}, "Hospital")',
         "rows", "by-value", "chat", "negation"),
        ("worst-selling quarter of machines - whole row", "BottomPercent({Sales ($/wk)}, 25)", "rows",
         "by-meaning", "terse", "superlative"),
        ("Highlight rows with Stock % above average in sheet Vending", "AboveAverage({Stock %})", "rows",
         "by-header", "annotator"),
        ("Highlight the bottom 3 Margin % in sheet Vending", "Bottom({Margin %}, 3)", "cells", "by-header",
         "annotator", "superlative"),
    ],
    "parking permits": [
        ("permits expiring this month - row", "ThisMonth({Expires})", "rows", "by-header", "terse", "date"),
        ("Which permits run out next month? Expiry dates are in column G and I'd like the whole row highlighted.",
         "NextMonth({Expires})", "rows", "by-header", "forum", "date"),
        ("Highlight Expires tomorrow in sheet Permits", "Tomorrow({Expires})", "cells", "by-header", "annotator",
         "date"),
        ("Can you flag the permits that expire next week?", "NextWeek({Expires})", "cells", "by-header", "chat",
         "date"),
        ("permits that lapse today, whole row", "Today({Expires})", "rows", "by-meaning", "terse", "date"),
        ("Highlight rows where Issued is today in sheet Permits", "Today({Issued})", "rows", "by-header",
         "annotator", "date"),
        ("permits issued yesterday", "Yesterday({Issued})", "cells", "by-header", "terse", "date"),
        ("Highlight Fee ($) greater than 120 in sheet Permits", "GreaterThan({Fee ($)}, 120)", "cells",
         "by-header", "annotator", "number-format"),
        ("permits that cost exactly $120", "Equals({Fee ($)}, 120)", "cells", "by-meaning", "terse", "number-format"),
        ("Which rule highlights fees between $35 and $95 inclusive? Fees are in E2:E15.", "Between({Fee ($)}, 35, 95)",
         "cells", "by-header", "forum", "number-format", "boundary"),
        ("Highlight rows where Paid is No in sheet Permits", 'TextEquals({Paid}, "No")', "rows", "by-header",
         "annotator", "value-word"),
        ("Could you highlight the whole row for anything not marked Yes in the Paid column?",
         'NOT(TextEquals({Paid}, "Yes"))', "rows", "by-header", "chat", "negation"),
        ("three or more penalty notices - whole row orange", "GreaterThanEqual({PCNs}, 3)", "rows", "by-meaning",
         "terse", "boundary"),
        ("Some PCNs cells (column I) are empty. How do I highlight them so someone fills them in?",
         "Blanks({PCNs})", "cells", "by-header", "forum"),
        ("same number plate on two permits? highlight dupes", "Duplicates({Reg})", "cells", "by-meaning", "terse"),
        ("Highlight Zone starting with CPZ in sheet Permits", 'TextStartsWith({Zone}, "CPZ")', "cells",
         "by-header", "annotator", "starts-ends"),
        ("What's the easiest way to shade every Blue Badge holder's row blue?",
         'TextEquals({Type}, "Blue Badge")', "rows", "by-value", "forum",
         "value-word"),
        ("trade or visitor permits", 'OR(TextEquals({Type}, "Trade"), TextEquals({Type}, "Visitor"))', "cells",
         "by-value", "terse", "or", "value-word"),
        ("Could you highlight the rows of the two holders with the most parking tickets?", "Top({PCNs}, 2)", "rows",
         "by-meaning", "chat", "superlative"),
        ("priciest 25% of permits", "TopPercent({Fee ($)}, 25)", "cells", "by-meaning", "terse", "superlative"),
        ("Highlight Holder containing Dental in sheet Permits", 'TextContains({Holder}, "Dental")', "cells",
         "by-header", "annotator"),
        ("Please highlight any holder whose name doesn't contain Mr (so no Mr and no Mrs either)",
         'TextNotContains({Holder}, "Mr")', "cells", "by-header", "chat", "negation"),
        ("anything $95 or cheaper", "LessThanEqual({Fee ($)}, 95)", "cells", "by-meaning", "terse", "number-format",
         "boundary"),
        ("Highlight rows where Expires is next week in sheet Permits", "NextWeek({Expires})", "rows", "by-header",
         "annotator", "date"),
        ("Highlight rows where Zone is not equal to Z1 in sheet Permits", 'NotEquals({Zone}, "Z1")', "rows",
         "by-header", "annotator", "negation"),
        ("permits costing more than $12.50 but no more than $95 - whole row",
         "AND(GreaterThan({Fee ($)}, 12.5), LessThanEqual({Fee ($)}, 95))",
         "rows", "by-meaning", "terse", "number-format", "boundary"),
    ],
    "golf medal": [
        ("Highlight Net less than 72 in sheet Medal", "LessThan({Net}, 72)", "cells", "by-header", "annotator"),
        ("net 72 or better - whole row", "LessThanEqual({Net}, 72)", "rows", "by-header", "terse", "boundary",
         "polarity"),
        ("plus handicappers - anyone with Hcp under 0", "LessThan({Hcp}, 0)", "cells", "by-header", "terse"),
        ("Category 2 is handicaps 10 to 20 inclusive. How do I highlight those rows? Hcp is column C.",
         "Between({Hcp}, 10, 20)", "rows", "by-header", "forum", "boundary"),
        ("36 points or more - highlight", "GreaterThanEqual({Stableford}, 36)", "cells", "by-meaning", "terse",
         "boundary"),
        ("Which rule shows the three best Stableford scores? They're in column F.", "Top({Stableford}, 3)", "cells",
         "by-header", "forum", "superlative"),
        ("Could you highlight the rows with the three lowest gross scores?", "Bottom({Gross}, 3)", "rows",
         "by-header", "chat", "superlative"),
        ("more than 2 birdies", "GreaterThan({Birdies}, 2)", "cells", "by-header", "terse"),
        ("Please shade rounds played this week", "ThisWeek({Played On})", "cells", "by-header", "chat", "date"),
        ("Highlight Played On last week in sheet Medal", "LastWeek({Played On})", "cells", "by-header", "annotator",
         "date"),
        ("Any way to automatically highlight the rounds from the last 7 days? The dates are in column H.",
         "Last7Days({Played On})", "cells", "by-header", "forum", "date"),
        ("today's cards - whole row", "Today({Played On})", "rows", "by-meaning", "terse", "date"),
        ("Highlight rows where Played On is yesterday in sheet Medal", "Yesterday({Played On})", "rows",
         "by-header", "annotator", "date"),
        ("Can you highlight the rounds that were played last month?", "LastMonth({Played On})", "cells",
         "by-header", "chat", "date"),
        ("How can I shade the rows of all our juniors?",
         'TextEquals({Division}, "Junior")', "rows", "by-value", "forum", "value-word"),
        ("Highlight Card cells that are blank in sheet Medal", "Blanks({Card})", "cells", "by-header", "annotator"),
        ("anything in the Card column other than Signed", 'NOT(TextEquals({Card}, "Signed"))', "cells",
         "by-header", "terse", "negation"),
        ("What rule greys out the rows of players who were NR or DQ?",
         'OR(TextEquals({Card}, "NR"), TextEquals({Card}, "DQ"))', "rows",
         "by-value", "forum", "or", "value-word"),
        ("Ladies' member numbers start with L, could you highlight those rows?", 'TextStartsWith({Member No}, "L")',
         "rows", "by-header", "chat", "starts-ends"),
        ("Highlight Gross above average in sheet Medal", "AboveAverage({Gross})", "cells", "by-header",
         "annotator"),
        ("colour scale on gross", "ColorScale({Gross})", "cells", "by-header", "terse"),
        ("Please add an icon set to the Net column", "IconSet({Net})", "cells", "by-header", "chat"),
        ("I want to flag handicaps outside 0 to 28 (plus handicaps and anyone over 28). Hcp is in C2:C15.",
         "NotBetween({Hcp}, 0, 28)", "cells", "by-header", "forum", "negation"),
        ("scratch players (handicap exactly 0)", "Equals({Hcp}, 0)", "cells", "by-header", "terse"),
        ("Stableford scores outside 30-38, whole row", "NotBetween({Stableford}, 30, 38)", "rows", "by-header",
         "terse", "negation"),
        ("Please add data bars to the net scores", "DataBar({Net})", "cells", "by-header", "chat"),
        ("top 10% for birdies - highlight the row", "TopPercent({Birdies}, 10)", "rows", "by-header", "terse",
         "superlative"),
        ("two worst Stableford returns, whole row", "Bottom({Stableford}, 2)", "rows", "by-header", "terse",
         "superlative"),
    ],
    "phone repairs": [
        ("Highlight Quote ($) greater than 100 in sheet Repairs", "GreaterThan({Quote ($)}, 100)", "cells",
         "by-header", "annotator", "number-format"),
        ("Can you highlight the rows where the parts cost hasn't been filled in?", "Blanks({Parts ($)})", "rows",
         "by-header", "chat"),
        ("Highlight Parts ($) errors in sheet Repairs", "Errors({Parts ($)})", "cells", "by-header", "annotator"),
        ("Highlight rows where Device starts with iPhone in sheet Repairs", 'TextStartsWith({Device}, "iPhone")',
         "rows", "by-header", "annotator", "starts-ends"),
        ("galaxy phones in yellow", 'TextContains({Device}, "Galaxy")', "cells", "by-value", "terse"),
        ("screen repairs - highlight the row", 'TextContains({Fault}, "screen")', "rows", "by-value", "terse"),
        ("Please highlight every job that isn't an iPad", 'TextNotContains({Device}, "iPad")', "cells",
         "by-value", "chat", "negation"),
        ("could you highlight the rows waiting on parts?", 'TextEquals({Status}, "Waiting parts")', "rows",
         "by-value", "chat", "value-word"),
        ("I'd like every job that hasn't been collected highlighted (whole row). Status is column I.",
         'NOT(TextEquals({Status}, "Collected"))', "rows", "by-header", "forum", "negation", "value-word"),
        ("quoted or diagnosing jobs", 'OR(TextEquals({Status}, "Quoted"), TextEquals({Status}, "Diagnosing"))',
         "cells", "by-value", "terse", "or", "value-word"),
        ("phones due back today - whole row", "Today({Promised})", "rows", "by-meaning", "terse", "date"),
        ("Can you highlight the phones due back tomorrow?", "Tomorrow({Promised})", "cells", "by-meaning", "chat",
         "date"),
        ("Highlight Promised yesterday in sheet Repairs", "Yesterday({Promised})", "cells", "by-header",
         "annotator", "date"),
        ("Which rule highlights the promised dates that fall in this week? They're in G2:G15.",
         "ThisWeek({Promised})", "cells", "by-header", "forum", "date"),
        ("jobs promised next week", "NextWeek({Promised})", "cells", "by-header", "terse", "date"),
        ("Highlight rows where Promised is next month in sheet Repairs", "NextMonth({Promised})", "rows",
         "by-header", "annotator", "date"),
        ("promised last month", "LastMonth({Promised})", "cells", "by-header", "terse", "date"),
        ("Could you colour the rows of phones booked in during the last 7 days?", "Last7Days({Booked In})", "rows",
         "by-header", "chat", "date"),
        ("phones dropped off last week", "LastWeek({Booked In})", "cells", "by-meaning", "terse", "date"),
        ("Each tech is down by initials. How would I highlight every row that belongs to SK?",
         'TextEquals({Tech}, "SK")', "rows",
         "by-value", "forum"),
        ("repeat customers - highlight their names", "Duplicates({Customer})", "cells", "by-header", "terse"),
        ("Highlight top 20% Parts ($) in sheet Repairs", "TopPercent({Parts ($)}, 20)", "cells", "by-header",
         "annotator", "superlative"),
        ("Could you highlight the quotes that are above average?", "AboveAverage({Quote ($)})", "cells",
         "by-header", "chat"),
        ("icon set on parts cost", "IconSet({Parts ($)})", "cells", "by-header", "terse"),
        ("How do I highlight the two cheapest quotes? Quotes are in column D.", "Bottom({Quote ($)}, 2)", "cells",
         "by-header", "forum", "superlative"),
        ("Is there a quick way to highlight the phone models we've only had in once?",
         "Unique({Device})", "cells", "by-meaning", "forum"),
        ("Higlight the parts cells that arent empty", "NotBlanks({Parts ($)})", "cells", "by-header", "chat",
         "typo"),
        ("jobs not assigned to MR - whole row", 'NotEquals({Tech}, "MR")', "rows", "by-value", "terse",
         "negation"),
        ("Could you colour the rows where the quote is over $49 and under $100?",
         "AND(GreaterThan({Quote ($)}, 49), LessThan({Quote ($)}, 100))", "rows", "by-header", "chat",
         "number-format"),
        ("Could you colour the rows of repairs promised for next week?", "NextWeek({Promised})", "rows",
         "by-header", "chat", "date"),
        ("Highlight rows where Booked In is this month in sheet Repairs", "ThisMonth({Booked In})", "rows",
         "by-header", "annotator", "date"),
        ("google pixel jobs - row", 'TextStartsWith({Device}, "Pixel")', "rows", "by-value", "terse",
         "starts-ends"),
        ("Can you highlight the parts costs that aren't #N/A? Blanks are fine to include.", "NotErrors({Parts ($)})",
         "cells", "by-header", "chat", "negation"),
    ],
    "conference talks": [
        ("Highlight Avg Score greater than or equal to 4 in sheet Talks", "GreaterThanEqual({Avg Score}, 4)",
         "cells", "by-header", "annotator", "boundary"),
        ("talks rated under 3 - colour the row red", "LessThan({Avg Score}, 3)", "rows", "by-meaning", "terse"),
        ("Is there a rule for highlighting the #DIV/0! in column E? That's the average score for talks with no votes.",
         "Errors({Avg Score})", "cells", "by-header", "forum"),
        ("five most-voted talks", "Top({Votes}, 5)", "cells", "by-header", "terse", "superlative"),
        ("Hightlight Votes less than 10 in sheet Talks",
         "LessThan({Votes}, 10)", "cells", "by-header", "annotator", "typo"),
        ("the 40 minute slots", "Equals({Mins}, 40)", "cells", "by-header", "terse"),
        ("Short talks, 15 minutes or less: can you highlight those rows?", "LessThanEqual({Mins}, 15)", "rows",
         "by-header", "chat", "boundary"),
        ("Highlight rows where Track is AI in sheet Talks", 'TextEquals({Track}, "AI")', "rows", "by-header",
         "annotator"),
        ("talk names mentioning AI", 'TextContains({Title}, "AI")', "cells", "by-meaning", "terse"),
        ("venues starting with Hall", 'TextStartsWith({Room}, "Hall")', "cells", "by-meaning", "terse",
         "starts-ends"),
        ("Could you highlight the rows of talks that still have no decision?", "Blanks({Decision})", "rows",
         "by-header", "chat"),
        ("Highlight Decision equal to Rejected in sheet Talks", 'TextEquals({Decision}, "Rejected")', "cells",
         "by-header", "annotator", "value-word"),
        ("Please highlight the whole row for talks that already have a room", "NotBlanks({Room})", "rows",
         "by-header", "chat"),
        ("proposals that came in last month", "LastMonth({Submitted})", "cells", "by-meaning", "terse", "date"),
        ("Highlight Submitted today in sheet Talks", "Today({Submitted})", "cells", "by-header", "annotator", "date"),
        ("Which proposals came in yesterday? highlight the rows", "Yesterday({Submitted})", "rows", "by-meaning",
         "chat", "date"),
        ("How can I highlight the talks submitted in the last 7 days? Submission dates are in column G.",
         "Last7Days({Submitted})", "cells", "by-header", "forum", "date"),
        ("submissions this week - row", "ThisWeek({Submitted})", "rows", "by-header", "terse", "date"),
        ("anyone giving more than one talk", "Duplicates({Speaker})", "cells", "by-meaning", "terse"),
        ("Could you mark the tracks that only have a single talk?", "Unique({Track})", "cells", "by-header", "chat"),
        ("colour scale on the average score", "ColorScale({Avg Score})", "cells", "by-header", "terse"),
        ("Highlight rows with Avg Score above average in sheet Talks", "AboveAverage({Avg Score})", "rows",
         "by-header", "annotator"),
        ("bottom 20% of avg scores", "BottomPercent({Avg Score}, 20)", "cells", "by-header", "terse",
         "superlative"),
        ("How do I highlight the rows of every talk that isn't Accepted yet?",
         'NOT(TextEquals({Decision}, "Accepted"))', "rows",
         "by-value", "forum", "negation", "value-word"),
        ("I want to flag vote counts outside 10-20 in column F, so 9 and 31 would both be highlighted but "
         "10 and 20 not.",
         "NotBetween({Votes}, 10, 20)", "cells", "by-header", "forum", "boundary"),
        ("Can you highlight the rows of the top 20% of talks by votes?", "TopPercent({Votes}, 20)", "rows",
         "by-header", "chat", "superlative"),
        ("Highlight rows whose Title does not contain AI in sheet Talks", 'TextNotContains({Title}, "AI")', "rows",
         "by-header", "annotator", "negation"),
        ("traffic-light icons on the average score please", "IconSet({Avg Score})", "cells", "by-header", "chat"),
        ("How do I highlight the proposals we've recieved this month? The submission dates are in G2:G15.",
         "ThisMonth({Submitted})", "cells", "by-meaning", "forum", "date", "typo"),
    ],
    "fruit picking": [
        ("Highlight Waste % greater than 8% in sheet Picking", "GreaterThan({Waste %}, 0.08)", "cells",
         "by-header", "annotator", "number-format"),
        ("waste 10% or more - red row", "GreaterThanEqual({Waste %}, 0.1)", "rows", "by-header", "terse",
         "number-format", "boundary"),
        ("Highlight Waste % errors in sheet Picking", "Errors({Waste %})", "cells", "by-header", "annotator"),
        ("fruit with a sugar level below 9 - these need another week",
         "LessThan({Brix}, 9)", "cells", "by-meaning", "terse"),
        ("Which rule highlights sugar readings from 10 to 12 inclusive? They're the Brix numbers in column G.",
         "Between({Brix}, 10, 12)", "cells", "by-header", "forum", "boundary"),
        ("Could you highlight the three heaviest picks?", "Top({Kg Picked}, 3)", "cells", "by-meaning", "chat",
         "superlative"),
        ("Highlight Punnets cells that are blank in sheet Picking", "Blanks({Punnets})", "cells", "by-header",
         "annotator"),
        ("rows with ten or more pickers", "GreaterThanEqual({Pickers}, 10)", "rows", "by-header", "terse",
         "boundary"),
        ("Can you highlight crews smaller than 5 pickers?", "LessThan({Pickers}, 5)", "cells", "by-header",
         "chat"),
        ("Is there a way to make all the strawberry rows pink without a formula?",
         'TextEquals({Crop}, "Strawberry")', "rows", "by-value",
         "forum", "value-word"),
        ("raspberries or blueberries", 'OR(TextEquals({Crop}, "Raspberry"), TextEquals({Crop}, "Blueberry"))',
         "cells", "by-value", "terse", "or", "value-word"),
        ("Highlight Field containing Tunnel in sheet Picking", 'TextContains({Field}, "Tunnel")', "cells",
         "by-header", "annotator"),
        ("Could you highlight the rows for fields ending in East?", 'TextEndsWith({Field}, "East")', "rows",
         "by-header", "chat", "starts-ends"),
        ("varieties listed more than once", "Duplicates({Variety})", "cells", "by-header", "terse"),
        ("I'd like to highlight every variety that appears only once (column C). What's the rule?",
         "Unique({Variety})", "cells", "by-header", "forum"),
        ("picking today - whole row", "Today({Pick Date})", "rows", "by-header", "terse", "date"),
        ("Highlight Pick Date tomorrow in sheet Picking", "Tomorrow({Pick Date})", "cells", "by-header",
         "annotator", "date"),
        ("Please highlight this week's pick dates", "ThisWeek({Pick Date})", "cells", "by-header", "chat", "date"),
        ("picks last week", "LastWeek({Pick Date})", "cells", "by-header", "terse", "date"),
        ("Highlight rows where Pick Date is next month in sheet Picking", "NextMonth({Pick Date})", "rows",
         "by-header", "annotator", "date"),
        ("How do I highlight the fields picked last month? Pick dates are in H2:H15.", "LastMonth({Pick Date})",
         "cells", "by-header", "forum", "date"),
        ("Everything not led by Piotr - could you highlight those rows?", 'NOT(TextEquals({Crew Lead}, "Piotr"))',
         "rows", "by-value", "chat", "negation"),
        ("Which rule shows the picks that weighed in below average?",
         "BelowAverage({Kg Picked})", "cells", "by-meaning", "forum"),
        ("data bars on the punnet counts", "DataBar({Punnets})", "cells", "by-header", "terse"),
        ("Highlight the lowest 25% of Brix readings in sheet Picking", "BottomPercent({Brix}, 25)", "cells",
         "by-header", "annotator", "superlative"),
        ("Highlight Waste % cells that are not errors in sheet Picking", "NotErrors({Waste %})", "cells",
         "by-header", "annotator", "negation"),
        ("picks planned for next week - whole row", "NextWeek({Pick Date})", "rows", "by-header", "terse", "date"),
        ("My sheet has Brix readings in column G. I'd like rows where the sugar reading is outside 9 to 12"
         " highlighted - how?",
         "NotBetween({Brix}, 9, 12)", "rows", "by-header", "forum", "negation"),
        ("Could you highlight the rows that aren't cherries?", 'NotEquals({Crop}, "Cherry")', "rows",
         "by-value", "chat", "negation", "value-word"),
        ("waste from 5% up to but not including 10% - row",
         "AND(GreaterThanEqual({Waste %}, 0.05), LessThan({Waste %}, 0.1))",
         "rows", "by-header", "terse", "number-format", "boundary"),
        ("Could you highlight the rows of the two smallest picking crews?", "Bottom({Pickers}, 2)", "rows",
         "by-meaning", "chat", "superlative"),
        ("Open fields start with F and tunnels with T. How do I highlight the open field rows? Fields are in column A.",
         'TextStartsWith({Field}, "F")', "rows", "by-header", "forum", "starts-ends"),
        ("Highlight rows with Kg Picked above average in sheet Picking", "AboveAverage({Kg Picked})", "rows",
         "by-header", "annotator"),
    ],
}


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
