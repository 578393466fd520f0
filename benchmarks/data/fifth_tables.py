"""A fifth set of table requests, a third of them header-only, and the builder of fifth_tables.json.

Written by engineer P5 on 2026-12-06 so that the team has table requests nobody has tuned on: by
then every earlier set's dev half had steered choices. The twelve tables (a dental practice's
recall list, a brewery's batches, a theatre box office's bookings, an electrician's job sheet, a
piano school's students, a cycling club's rides, a plant nursery's stock, a school canteen's lunch
orders, a letting agent's properties, a home energy log, a sailing club's race results, a coffee
roaster's green-coffee shipments) and every request were written from scratch, imagining how
spreadsheet users phrase things: forum questions of one to four sentences (sometimes with a column
letter or a range such as D2:D15, always the true column of the table placed at A1, or a sheet
name), the benchmark annotators' imperative style ("Apply red fill to rows where Status is
Cancelled", "Highlight ETA equal to tomorrow in sheet Shipments"), requests typed to an assistant
(chat) and terse notes.

What was read: benchmarks/data/README.md; benchmarks/data/everyday_common.py; the module
docstrings and non-entry code (imports, constants, functions; not TABLES nor the entry lists) of
benchmarks/data/fourth_tables.py, everyday_tables.py and forum_tables.py (found by a grep of their
top-level names and read by line range); tests/benchmarks/test_fourth_tables_data.py,
test_forum_tables_data.py and set_files.py; /work/shared/docs/CF_RULES.md and EVALUATION.md; the
public API of cf_assistant.languages.cf (parse, to_text, type_text, formatted_rows,
table_from_records, judge.cf_execution) as those builders use it, and a few calls of type_text
and parse to see how cells and date literals are typed; the IDs' prefixes and the table names (not
the requests) of the other JSON files of benchmarks/data, printed by a short script, to pick new
table names; the file list of benchmarks/data and tests/benchmarks.
Seen by accident: no entry list or JSON utterance of another set. The README's table of sets quotes
a few example requests ("Apply red fill to Status = Closed in range F2:F40", "Apply NotBetween 900
and 4100 on column D in sheet Weekend", "Highlight blank cells in sheet Birthdays", "excel highlight
cell if value greater than ..."); nothing here rewords them. A `git status` showed the names (not
the contents) of files other engineers were changing at the time, some under cf_assistant/assistant/.
Not read: anything under cf_assistant/assistant/, cf_assistant/diffusion/, cf_assistant/generators/,
the training-data generator (languages/cf/synth.py), repairs, phrases, comparisons or any other
code that reads requests; the TABLES and entry lists of the other builders; the utterances of any
JSON file (this builder compares them with its own by program only, never printed). No request was
run through `cfa suggest`, `cfa bench` or a model. fifth_cf.json, written at the same time by
another engineer, is compared by program only.

The entry format and every check are everyday_tables.py's, reused by import as fourth_tables.py
does: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows, "cells" otherwise; `naming` says how the
request names the tested column: `by-header` (its header's words, or its letter), `by-meaning` (a
synonym or what its values mean) or `by-value` (only a value of it); `style` is `forum`,
`annotator`, `chat` or `terse`. Each rule tests one column. Every record is first built and checked
on its full table (everyday_tables' `build_record` with IDs prefixed `e5t-`; its `problems`: a
record that formats no row or every row, whose near misses its table cannot tell apart, text
operators exempt as for every table set, or whose rule formats the same rows on another column is
refused), and a request already written (case aside) in any other set file of benchmarks/data/
(every *.json there but this one, so also fifth_cf.json) or in the benchmark's train split
(../shared/data/cf/train.json, when it is on the machine) is refused, as is a column letter or
range that is not the rule's column. Then the records picked by a stable hash of the ID (about one
in three, `header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`, as the benchmark's held-out split has 60 of 178 records with a header row only.
Blank cells are "" or a lone space " " (written `_` and `~` in the table text below). Dates are read
against the bench's reference date 2024-06-12 (a Wednesday); date comparisons are not written (a
date literal is text to the language), date periods are. Labels follow Excel: a blank compares as
0, any text is greater than any number (so `GreaterThan(c[6], 200)` formats a "comp" ticket).

Tags: the naming, the style, then any of `number-format`, `boundary`, `negation`, `or`,
`superlative`, `polarity`, `starts-ends`, `typo`, `date`, `value-word` (a status, category or
yes/no value named in words), then `header-only` where the rows were dropped, then `fifth` (last).
Every one of the 41 top functions is in both halves (dev, test by the hash of the ID, as every set).

Rebuild: `python benchmarks/data/fifth_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "fifth_tables.json"
PREFIX = "e5t"
TAG = "fifth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, STYLES, TRAIN  # noqa: E402,F401 (the set's own)
# The requests of every other set file in this folder (these fifteen at the time of writing, and
# any written since, e.g. fifth_cf.json, written at the same time by another engineer) and of the
# benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json")


_table = table_sets.table


TABLES: dict[str, list[list[str]]] = {
    "dental_recalls": _table("""
        Patient ID | Patient | Dentist | Recall Due | Months Since Visit | Balance | Reminder Sent | Plan | Phone
        DR-1001 | Ama Boateng | Dr Shah | 2024-06-12 | 6 | $0.00 | Yes | NHS | 07700 900112
        DR-1002 | Tom Fielding | Dr Okafor | 2024-05-21 | 14 | $85.00 | No | Private | 07700 900245
        DR-1003 | Grace Liu | Dr Shah | 2024-06-13 | 8 | $120.50 | Yes | Denplan | _
        DR-1004 | Harry Pike | Dr Lindqvist | 2024-07-09 | 26 | $0.00 | No | NHS | 07700 900318
        DR-1005 | Nadia Rahman | Hyg. Moreno | 2024-06-04 | 9 | $42.75 | Yes | NHS Exempt | 07700 900467
        DR-1006 | Owen Rahman | Hyg. Moreno | 2024-06-14 | 12 | $250.00 | ~ | Private | 07700 900467
        DR-1007 | Lucy Brennan | Dr Okafor | 2024-06-27 | 18 | _ | No | Denplan | 07700 900533
        DR-1008 | Kwame Mensah | Dr Shah | 2024-06-10 | 7 | -$15.00 | Yes | NHS | 07700 900671
        DR-1009 | Ella Fraser | Dr Lindqvist | 2024-06-19 | 11 | $0.00 | Yes | Private | ~
        DR-1010 | Piotr Nowak | Dr Okafor | 2024-05-08 | ~ | $310.00 | No | NHS | 07700 900702
        DR-1011 | Mia Fraser | Dr Shah | 2024-06-11 | 5 | $60.00 | Yes | Denplan | 07700 900849
        DR-1012 | Jacob Stein | Hyg. Moreno | 2024-06-07 | 13 | $100.00 | _ | NHS Exempt | 07700 900913
        DR-1013 | Rosa Delgado | Dr Lindqvist | 2024-08-15 | _ | TBC | No | Private | 07700 900980
        DR-1014 | Ben Achebe | Dr Okafor | 2024-07-02 | 12 | $18.20 | Yes | NHS | 07700 901024
    """),
    "brewery_batches": _table("""
        Batch | Beer | Style | Brewer | Package Date | ABV | Litres | Tank | QC | Attenuation
        B-2401 | Harbour Pale | Pale Ale | Jess | 2024-06-12 | 4.2% | 1,200 | FV1 | Pass | 78%
        B-2402 | Old Anchor | Porter | Marco | 2024-05-29 | 5.5% | 800 | FV2 | Pass | 72%
        B-2403 | Skylark | Session IPA | Jess | 2024-06-13 | 3.8% | 1,000 | FV3 | Retest | 81%
        B-2404 | Dark Tide | Stout | Priya | 2024-06-05 | 6.0% | 600 | FV4 | Fail | #DIV/0!
        B-2405 | Harbour Pale | Pale Ale | Marco | 2024-06-10 | 4.2% | 1,500 | FV1 | Pass | 79%
        B-2406 | Gold Rush | Golden Ale | Priya | 2024-06-20 | 4.0% | 1,000 | FV5 | _ | 76%
        B-2407 | Hop Storm | West Coast IPA | Jess | 2024-06-11 | 6.5% | 2,000 | FV6 | Pass | 83%
        B-2408 | Old Anchor | Porter | Sam | 2024-07-03 | 5.5% | 900 | FV2 | Pass | 71%
        B-2409 | Citra Haze | NEIPA | Priya | 2024-06-08 | 7.0% | 1,100 | FV3 | Retest | #N/A
        B-2410 | Wheat Field | Hefeweizen | Sam | 2024-05-14 | 5.0% | 700 | FV4 | Pass | 75%
        B-2411 | Night Owl | Stout | Marco | 2024-06-26 | 9.5% | TBC | FV7 | ~ | _
        B-2412 | Skylark | Session IPA | Sam | 2024-06-14 | 3.8% | 1,250 | FV5 | Pass | 80%
        B-2413 | Red Kite | Red Ale | Jess | 2024-07-17 | 5.0% | 950 | FV6 | Fail | 74%
        B-2414 | Hop Storm | West Coast IPA | Priya | 2024-04-30 | 6.5% | 2,000 | FV1 | Pass | 82%
    """),
    "theatre_bookings": _table("""
        Booking Ref | Customer | Performance | Show Date | Section | Seats | Total | Paid | Access Needs
        TB-5501 | Hollis, M | Matinee | 2024-06-15 | Stalls | 2 | $64.00 | Yes | _
        TB-5502 | Greene, A | Evening | 2024-06-12 | Circle | 4 | $112.00 | Yes | Wheelchair space
        TB-5503 | Osei, K | Evening | 2024-06-13 | Stalls | 1 | comp | No | _
        TB-5504 | Marchetti, L | Matinee | 2024-06-22 | Balcony | 6 | $96.00 | Yes | ~
        TB-5505 | Park, J | Evening | 2024-06-18 | Box | 4 | $200.00 | No | Hearing loop
        TB-5506 | Hollis, M | Evening | 2024-07-06 | Stalls | 2 | $76.00 | Yes | _
        TB-5507 | Dubois, C | Gala | 2024-06-28 | Circle | 8 | $400.00 | No | Wheelchair space
        TB-5508 | Abara, T | Matinee | 2024-06-11 | Balcony | 3 | $48.00 | Yes | _
        TB-5509 | Young, S | Evening | 2024-05-31 | Stalls | 2 | $76.00 | Yes | Step-free access
        TB-5510 | Kaur, R | Evening | 2024-06-09 | Circle | 5 | $140.00 | Yes | _
        TB-5511 | Brandt, E | Matinee | 2024-06-06 | Stalls | 10 | $250.00 | No | Guide dog
        TB-5512 | Lopes, F | Gala | 2024-07-20 | Box | 4 | $360.00 | Yes | _
        TB-5513 | Nakamura, H | Evening | 2024-06-04 | Balcony | 1 | $16.00 | No | _
        TB-5514 | Fraser, D | Evening | 2024-05-17 | Circle | 2 | #N/A | Yes | _
    """),
    "electrician_jobs": _table("""
        Job No | Client | Job Type | Visit Date | Hours | Quote | Invoiced | Status | Cert No | Postcode
        J-3101 | Mrs Patel | EICR | 2024-06-12 | 3.5 | $180 | $180 | Complete | EIC-88213 | LS6 2AB
        J-3102 | Corner Café | Fault find | 2024-06-11 | 2 | $120 | ($40) | Complete | _ | LS1 4DD
        J-3103 | Mr Grant | Rewire | 2024-06-17 | 40 | $4,800 | $2,400 | Booked | _ | LS8 1QP
        J-3104 | Bright Dental | EV charger | 2024-06-13 | 6 | $1,000 | $0 | Booked | _ | LS2 9JT
        J-3105 | Mrs Patel | Socket install | 2024-05-22 | 0.5 | $95 | $95 | Complete | MW-40112 | LS6 2AB
        J-3106 | Hill Farm | Fuse board | 2024-06-07 | 8 | $650 | $650 | Complete | EIC-88190 | HG3 5RT
        J-3107 | Mr Okoye | Fault find | 2024-06-14 | TBC | $120 | $0 | On hold | _ | LS7 3NB
        J-3108 | Grove School | EICR | 2024-07-08 | 6 | $1,200 | _ | Quoted | ~ | LS16 5HQ
        J-3109 | Ms Novak | Lighting | 2024-06-03 | 5 | $420 | $420 | Complete | MW-40098 | LS12 3PL
        J-3110 | Corner Café | EICR | 2024-06-26 | 4 | $200 | $0 | Booked | _ | LS1 4DE
        J-3111 | Mr Reid | Fuse board | 2024-06-10 | 8 | $600 | $600 | Complete | EIC-88205 | BD4 7TR
        J-3112 | Ash Lettings | EV charger | 2024-07-24 | 7 | $1,050 | $0 | Cancelled | _ | LS9 8WW
        J-3113 | Mrs Hughes | Socket install | 2024-05-02 | 2 | $110 | #VALUE! | Complete | MW-40071 | LS17 6AA
        J-3114 | Mr Grant | Fault find | 2024-06-20 | 1 | $85 | $0 | Booked | _ | LS8 1QP
    """),
    "piano_school": _table("""
        Student | Teacher | Grade | Next Lesson | Practice Mins | Exam Score | Fees Due | Term Paid | Parent Email
        Amelia Hart | Ms Ivanova | 3 | 2024-06-12 | 120 | 128 | $0 | Yes | hart.family@mail.com
        Noah Byrne | Mr Castell | 5 | 2024-06-13 | 45 | 112 | $180 | No | nbyrne@outlook.com
        Zara Qureshi | Ms Ivanova | Prep | 2024-06-14 | 30 | _ | $90 | Yes | zq.parents@mail.com
        Leo Martins | Mr Castell | 8 | 2024-06-11 | 300 | 141 | $0 | Yes | martins@school.org
        Ivy Chen | Ms Ivanova | 1 | 2024-06-18 | 20 | 100 | $240 | No | _
        Oscar Lund | Mrs Adeyemi | 6 | 2024-06-10 | 100 | 130 | $0 | Yes | lund@mail.com
        Maya Kowalski | Mrs Adeyemi | 2 | 2024-07-01 | 60 | 120 | $60 | ~ | maya.k@outlook.com
        Finn Doyle | Mr Castell | 4 | 2024-06-05 | 0 | #N/A | $180 | No | doyle.home@mail.com
        Sofia Reyes | Ms Ivanova | 7 | 2024-06-24 | 210 | 136 | $0 | Yes | reyes@outlook.com
        Arjun Mehta | Mrs Adeyemi | 3 | 2024-06-07 | 90 | 122 | $90 | Yes | mehta.fam@mail.com
        Hannah Moss | Mr Castell | 1 | 2024-05-20 | 15 | 95 | $300 | No | hannah.moss@school.org
        Theo Park | Mrs Adeyemi | 5 | 2024-07-15 | 160 | 130 | -$30 | Yes | ~
        Ruby Quinn | Ms Ivanova | Prep | 2024-05-29 | away | _ | $45 | Yes | quinn@mail.com
        Eli Brooks | Mr Castell | 2 | 2024-06-19 | 75 | 108 | $150 | No | brooks@outlook.com
    """),
    "cycling_rides": _table("""
        Ride No | Route | Leader | Ride Date | Distance km | Climb m | Avg Speed | Riders | Status | Café Stop
        R-101 | Dales Loop | Kath | 2024-06-09 | 82 | 1,240 | 24.5 | 14 | Done | Grassington
        R-102 | Canal Potter | Dev | 2024-06-12 | 35 | 120 | 18.0 | 22 | Done | _
        R-103 | Hill Reps | Marcus | 2024-06-13 | 48 | 1,850 | _ | 6 | Planned | _
        R-104 | Coast Century | Kath | 2024-06-15 | 160 | 1,500 | _ | 9 | Planned | Whitby
        R-105 | Dales Loop | Sian | 2024-06-02 | 78 | 1,190 | 23.1 | 11 | Done | Grassington
        R-106 | Beginners Spin | Dev | 2024-06-29 | 25 | 90 | _ | 18 | Planned | Otley
        R-107 | Moor Gravel | Marcus | 2024-06-07 | 64 | 980 | _ | 0 | Cancelled | ~
        R-108 | Chain Gang | Ola | 2024-06-11 | 55 | 500 | 31.8 | 12 | Done | _
        R-109 | Reservoir Run | Sian | 2024-05-26 | 100 | 850 | 25.0 | 13 | Done | Ilkley
        R-110 | Canal Potter | Ola | 2024-06-19 | 35 | 140 | _ | TBC | Planned | _
        R-111 | Hill Reps | Dev | 2024-06-10 | 48 | 1,850 | 20.1 | 7 | Done | Otley
        R-112 | Abbey Audax | Kath | 2024-07-13 | 200 | 2,300 | _ | 15 | Planned | Fountains
        R-113 | Night Ride | Marcus | 2024-05-09 | 40 | 300 | 22.0 | 8 | Done | _
        R-114 | Coast Century | Ola | 2024-08-03 | 160 | 1,650 | _ | 10 | Planned | Whitby
    """),
    "plant_nursery": _table("""
        SKU | Plant | Category | Pot Size | Stock | Reorder Level | Price | Delivery Due | Supplier
        PN-001 | Lavender Hidcote | Perennial | 2L | 48 | 20 | $7.99 | 2024-06-12 | Greenway
        PN-002 | Japanese Maple | Tree | 10L | 1 | 5 | $49.00 | 2024-06-19 | Kinsley Trees
        PN-003 | Hosta Blue Angel | Perennial | 3L | 0 | 10 | $12.50 | 2024-06-13 | Greenway
        PN-004 | Rosemary | Herb | 1L | 65 | 25 | $4.50 | 2024-05-30 | HerbCo
        PN-005 | Olive Tree | Tree | 15L | 8 | 5 | $89.00 | 2024-07-11 | Kinsley Trees
        PN-006 | Basil Genovese | Herb | 9cm | 10 | 30 | $2.99 | 2024-06-11 | HerbCo
        PN-007 | Clematis Nelly Moser | Climber | 3L | 15 | 10 | $14.99 | 2024-06-06 | _
        PN-008 | Boxwood Ball | Shrub | 5L | 20 | 20 | $24.00 | 2024-06-03 | Topiary Direct
        PN-009 | Salvia Caradonna | Perennial | 2L | 27 | 15 | $8.49 | 2024-06-14 | Greenway
        PN-010 | Mint Moroccan | Herb | 9cm | 5 | 30 | $2.99 | 2024-06-25 | HerbCo
        PN-011 | Hydrangea Annabelle | Shrub | 5L | -1 | 8 | $20.00 | 2024-06-10 | ~
        PN-012 | Wisteria Sinensis | Climber | 7.5L | 9 | 4 | POA | 2024-07-29 | Kinsley Trees
        PN-013 | Thyme Silver Posie | Herb | 1L | 40 | 25 | $4.75 | 2024-05-15 | HerbCo
        PN-014 | Fern Dryopteris | Perennial | 2L | _ | 10 | $9.99 | 2024-04-24 | Greenway
    """),
    "canteen_orders": _table("""
        Order ID | Pupil | Class | Meal | Order Date | Qty | Cost | Allergy | Paid
        C-7001 | Ayesha Khan | 4B | Veggie curry | 2024-06-12 | 1 | $2.60 | _ | Yes
        C-7002 | Jack Turner | 6A | Pasta bake | 2024-06-12 | 2 | $5.20 | Nuts | Yes
        C-7003 | Lily Evans | 3C | Jacket potato | 2024-06-13 | 1 | $2.40 | _ | No
        C-7004 | Omar Farouk | 5A | Fish fingers | 2024-06-11 | 1 | $2.60 | Gluten | Yes
        C-7005 | Chloe Ward | 4B | Veggie curry | 2024-06-14 | 3 | $7.80 | _ | No
        C-7006 | Ayesha Khan | 4B | Pasta bake | 2024-06-10 | 1 | $2.60 | _ | Yes
        C-7007 | Reuben Cole | 2A | Packed lunch swap | 2024-06-05 | 1 | $0.00 | ~ | ~
        C-7008 | Sienna Moore | 6A | Fish fingers | 2024-06-18 | 1 | $5.20 | Dairy | No
        C-7009 | Daniel Obi | 5C | Jacket potato | 2024-05-24 | 1 | -$2.40 | _ | Yes
        C-7010 | Emily Park | 3C | Veggie curry | 2024-06-07 | 4 | $10.40 | Nuts, Sesame | Yes
        C-7011 | Harvey Lim | 2A | Pasta bake | 2024-07-02 | 1 | $2.60 | _ | _
        C-7012 | Isla Grant | 5A | Roast dinner | 2024-06-27 | 2 | $9.00 | Gluten | No
        C-7013 | Yusuf Ali | 6B | Fish fingers | 2024-05-31 | 5 | $13.00 | _ | Yes
        C-7014 | Freya Lund | 4A | Roast dinner | 2024-06-21 | 1 | $3.00 | Egg | Yes
    """),
    "letting_agent": _table("""
        Property | Address | Tenant | Bedrooms | Rent | Deposit | Arrears | Lease End | Status | EPC
        LET-01 | 12 Oak Road | Patel & Co | 3 | $1,450 | $1,675 | $0 | 2024-06-30 | Let | C
        LET-02 | Flat 4, Mill Court | J. Summers | 1 | $850 | $980 | $500 | 2024-06-13 | Notice given | D
        LET-03 | 7 Station Rd | ~ | 2 | TBC | ~ | _ | _ | Vacant | F
        LET-04 | 22 Elm Close | R. Ahmed | 4 | $2,200 | _ | $0 | 2025-01-31 | Let | B
        LET-05 | Flat 9, Mill Court | K. Lewandowski | 1 | $900 | $1,010 | $875 | 2024-06-12 | Let | D
        LET-06 | 3 Brook St | T. Adebayo | 3 | $1,300 | $1,500 | $150 | 2024-07-15 | Let | C
        LET-07 | 58 High St | P. Grant (applicant) | 2 | $1,050 | _ | _ | _ | Under offer | G
        LET-08 | The Old Barn | M. & S. Clarke | 5 | $2,600 | $3,000 | $0 | 2024-06-19 | Let | C
        LET-09 | Flat 2, Quay House | D. Novak | 2 | $1,200 | $1,385 | $1,200 | 2024-06-07 | Notice given | B
        LET-10 | 15 Ash Grove | L. Moreau | 3 | $1,350 | $1,560 | $0 | 2024-05-31 | Let | D
        LET-11 | 9 Willow Way | A. Byrne | 2 | $1,150 | $1,325 | $50 | 2024-06-11 | Let | E
        LET-12 | Flat 6, Mill Court | S. Ito | 1 | $850 | $1,250 | $0 | 2024-07-31 | Let | D
        LET-13 | 40 Park Lane | G. Petrov | 4 | $2,100 | $2,420 | #REF! | 2024-06-14 | Let | C
        LET-14 | 31 Mill Lane | H. Osei | 2 | $1,000 | $1,150 | $0 | 2024-05-03 | Holding over | E
    """),
    "energy_log": _table("""
        Reading Date | Electric kWh | Gas kWh | Solar kWh | Cost | Outside Temp | Heating On | Cost per kWh | Note
        2024-03-31 | 21.4 | 55.0 | 1.9 | $15.70 | -1 | Yes | $0.18 | _
        2024-04-28 | 15.0 | 30.0 | 6.1 | $8.95 | 9 | Yes | $0.19 | _
        2024-05-05 | 18.9 | 41.3 | 3.2 | $12.40 | 0 | Yes | $0.19 | cold snap
        2024-05-12 | 11.8 | 18.5 | 12.4 | $6.10 | 14 | Yes | $0.20 | _
        2024-05-26 | 10.4 | 6.0 | 15.8 | $3.85 | 17 | No | $0.23 | new tariff
        2024-06-01 | 13.5 | 12.0 | 8.8 | $5.05 | 10 | Yes | $0.20 | _
        2024-06-03 | 9.9 | 4.2 | 17.0 | $3.20 | 16 | No | $0.23 | _
        2024-06-05 | 12.6 | 0 | 9.3 | $3.98 | 13 | No | $0.32 | boiler service
        2024-06-07 | 10.1 | 5.5 | 14.2 | $3.45 | 15 | No | $0.22 | _
        2024-06-08 | 16.3 | 7.8 | 5.0 | $5.60 | 12 | Yes | $0.23 | guests staying
        2024-06-09 | 0 | 0 | 18.6 | $0.00 | 19 | No | #DIV/0! | away
        2024-06-10 | 8.7 | -1.5 | 20.3 | $2.70 | 21 | No | $0.22 | estimate corrected
        2024-06-11 | 9.2 | 4.0 | _ | $3.30 | 18 | No | _ | inverter fault
        2024-06-12 | 11.0 | 4.6 | 16.9 | $3.40 | 17 | ~ | $0.22 | ~
    """),
    "sailing_results": _table("""
        Helm | Boat | Class | Sail No | Race Date | Position | Points | Handicap | Subs Paid | Crew
        R. Tan | Windfall | ILCA 7 | 211876 | 2024-06-12 | 1 | 12 | 1100 | Yes | _
        C. Evans | Blue Heron | RS200 | 1544 | 2024-06-12 | 4 | 18 | 1046 | Yes | M. Evans
        P. Moyo | Kestrel | ILCA 7 | 198002 | 2024-06-12 | DNF | 31 | 1100 | No | _
        S. Hall | Puffin | Topper | 44310 | 2024-06-09 | 2 | 9 | 1365 | Yes | _
        J. Marsh | Cormorant | RS400 | 1022 | 2024-06-09 | 6 | 27 | 942 | Yes | T. Marsh
        A. Quinn | Sea Spray | Wayfarer | 10988 | 2024-06-09 | 3 | 22 | 1102 | ~ | L. Quinn
        D. Iqbal | Osprey | Solo | 5720 | 2024-06-08 | DNS | 40 | 1142 | No | _
        R. Tan | Windfall | Laser | 211876 | 2024-06-08 | 2 | 14 | 1100 | Yes | _
        M. Fenwick | Tern | Solo | 5811 | 2024-06-05 | 5 | 25 | 1142 | Yes | _
        L. Olsen | Merlin | Merlin Rocket | 3712 | 2024-06-02 | 1 | 8 | 980 | Yes | K. Olsen
        B. Carter | Stormy | RS200 | 1601 | 2024-05-29 | 7 | 33 | 1046 | No | G. Carter
        C. Evans | Blue Heron | RS200 | 1544 | 2024-05-26 | 3 | 19 | 1046 | Yes | M. Evans
        H. Ng | Gull | Topper | 45002 | 2024-05-26 | RET | 45 | 1365 | _ | _
        T. Adams | Swift | ILCA 6 | 201455 | 2024-05-19 | 8 | 29 | 1148 | Yes | _
    """),
    "coffee_shipments": _table("""
        Lot | Origin | Process | Bags | Weight kg | Price per kg | Cupping Score | ETA | Status | Importer
        L-0601 | Ethiopia Yirgacheffe | Washed | 40 | 2,400 | $9.80 | 88.5 | 2024-06-12 | Landed | Falcon
        L-0602 | Colombia Huila | Washed | 120 | 8,400 | $6.40 | 85.0 | 2024-06-18 | In transit | Falcon
        L-0603 | Kenya Nyeri | Washed | 30 | 1,800 | $11.20 | 89.0 | 2024-06-13 | Customs hold | Crop to Cup
        L-0604 | Brazil Cerrado | Natural | 250 | 15,000 | $4.10 | 82.5 | 2024-05-20 | Delivered | Mercanta
        L-0605 | Ethiopia Guji | Natural | 60 | 3,600 | $10.00 | 87.0 | 2024-07-08 | In transit | Crop to Cup
        L-0606 | Guatemala Huehue | Washed | 80 | 5,520 | $7.25 | 85.0 | 2024-06-10 | Landed | Falcon
        L-0607 | Sumatra Mandheling | Wet-hulled | 100 | 6,000 | $6.90 | 83.0 | 2024-06-26 | In transit | Mercanta
        L-0608 | Rwanda Nyamasheke | Washed | 25 | 1,500 | $8.60 | 86.5 | 2024-06-06 | Delivered | Crop to Cup
        L-0609 | Costa Rica Tarrazu | Honey | 45 | 3,105 | $9.10 | 86.0 | 2024-06-11 | Landed | _
        L-0610 | Colombia Narino | Washed | 70 | 4,900 | #N/A | _ | 2024-07-22 | Booked | Falcon
        L-0611 | Brazil Mogiana | Pulped natural | 300 | 18,000 | $3.95 | 81.0 | 2024-06-04 | Delivered | Mercanta
        L-0612 | Yemen Haraz | Natural | 10 | 350 | $24.00 | 90.0 | 2024-06-14 | Customs hold | ~
        L-0613 | Peru Cajamarca | Washed | 90 | 6,210 | $7.80 | 84.0 | 2024-05-29 | Delivered | Falcon
        L-0614 | Ethiopia Sidamo | Anaerobic | TBC | 1,200 | $13.40 | 88.0 | 2024-06-20 | Booked | Crop to Cup
    """),
}

# (request, rule with {Header} for c[i], rows|cells, naming, style[, tag ...])
ENTRIES: dict[str, list[tuple]] = {
    "dental_recalls": [
        ("Highlight the whole row for any patient whose recall is due today", "Today({Recall Due})", "rows", "by-header", "chat", "date"),
        ("recall due tomorrow -> shade row", "Tomorrow({Recall Due})", "rows", "by-header", "terse", "date"),
        ("Apply yellow fill to cells in Recall Due that fall next week", "NextWeek({Recall Due})", "cells", "by-header", "annotator", "date"),
        ("Our receptionist rings everyone whose recall fell due last month. Is there a way to colour those patients' rows automatically so she can see them at a glance?", "LastMonth({Recall Due})", "rows", "by-header", "forum", "date"),
        ("which recalls were due in the past 7 days? higlight them please", "Last7Days({Recall Due})", "cells", "by-header", "chat", "date", "typo"),
        ("recalls this month", "ThisMonth({Recall Due})", "cells", "by-header", "terse", "date"),
        ("Apply red fill to rows where Balance is greater than or equal to 250 in sheet Recalls", "GreaterThanEqual({Balance}, 250)", "rows", "by-header", "annotator"),
        ("colour the patients who owe nothing", "Equals({Balance}, 0)", "rows", "by-meaning", "chat"),
        ("I need the balance cells that aren't zero to stand out, F2:F15 on the Recalls sheet. Any non-zero amount counts, even small ones.", "NotEquals({Balance}, 0)", "cells", "by-header", "forum"),
        ("top 3 amounts owed", "Top({Balance}, 3)", "cells", "by-meaning", "terse", "superlative"),
        ("Bold the 2 smallest values in Months Since Visit", "Bottom({Months Since Visit}, 2)", "cells", "by-header", "annotator", "superlative"),
        ("anyone not seen for more than a year (over 12 months) - can you highlight their rows?", "GreaterThan({Months Since Visit}, 12)", "rows", "by-meaning", "chat"),
        ("rows where months since visit is between 6 and 12", "Between({Months Since Visit}, 6, 12)", "rows", "by-header", "terse", "boundary"),
        ("Fill Months Since Visit red when it's blank", "Blanks({Months Since Visit})", "cells", "by-header", "annotator"),
        ("phone numbers that appear more than once (siblings sharing a number)", "Duplicates({Phone})", "cells", "by-header", "chat"),
        ("Flag the rows where no reminder has gone out yet, i.e. Reminder Sent says No.", "TextEquals({Reminder Sent}, \"No\")", "rows", "by-header", "forum", "value-word"),
        ("private patients", "TextEquals({Plan}, \"Private\")", "rows", "by-value", "terse", "value-word"),
        ("Shade any row where the plan starts with NHS - we have NHS and NHS Exempt", "TextStartsWith({Plan}, \"NHS\")", "rows", "by-header", "chat", "starts-ends"),
        ("Highlight Hyg. Moreno's patients", "TextEquals({Dentist}, \"Hyg. Moreno\")", "rows", "by-value", "chat", "value-word"),
        ("Can I get every row except Dr Shah's patients highlighted? Column C has the dentist.", "NOT(TextEquals({Dentist}, \"Dr Shah\"))", "rows", "by-header", "forum", "negation"),
        ("balances above the average", "AboveAverage({Balance})", "cells", "by-header", "terse"),
        ("show me patients on Denplan or Private in green, whole row", "OR(TextEquals({Plan}, \"Denplan\"), TextEquals({Plan}, \"Private\"))", "rows", "by-value", "chat", "or", "value-word"),
        ("put a 3-colour scale on the Balance column", "ColorScale({Balance})", "cells", "by-header", "terse"),
        ("Is it possible to make the Reminder Sent cells that are filled in show up? Some are empty and I only care about the ones with Yes or No typed in.", "NotBlanks({Reminder Sent})", "cells", "by-header", "forum"),
        ("patients whose plan doesn't mention NHS", "TextNotContains({Plan}, \"NHS\")", "rows", "by-header", "chat", "negation"),
        ("Highlight Months Since Visit less than 7 but not blank", "AND(NotBlanks({Months Since Visit}), LessThan({Months Since Visit}, 7))", "cells", "by-header", "annotator"),
        ("smallest 25% of balances", "BottomPercent({Balance}, 25)", "cells", "by-header", "terse", "superlative"),
    ],
    "brewery_batches": [
        ("batches packaging today", "Today({Package Date})", "rows", "by-header", "terse", "date"),
        ("Highlight rows where Package Date is tomorrow in sheet Batches", "Tomorrow({Package Date})", "rows", "by-header", "annotator", "date"),
        ("which batches went into cans last week? I'd like those rows greyed out", "LastWeek({Package Date})", "rows", "by-meaning", "chat", "date"),
        ("anything being canned next month", "NextMonth({Package Date})", "cells", "by-meaning", "terse", "date"),
        ("Could someone help with a rule to shade the batches packaged this week? Our week runs Sunday to Saturday, which I think is Excel's default.", "ThisWeek({Package Date})", "rows", "by-header", "forum", "date"),
        ("highlight ABV of 6% or more", "GreaterThanEqual({ABV}, 0.06)", "cells", "by-header", "terse", "number-format"),
        ("I want the low-alcohol beers to stand out, anything under 4% ABV. Column F holds ABV formatted as a percentage. Whole row if possible.", "LessThan({ABV}, 0.04)", "rows", "by-header", "forum", "number-format"),
        ("Apply orange fill to cells in Litres less than or equal to 700", "LessThanEqual({Litres}, 700)", "cells", "by-header", "annotator"),
        ("the three biggest batches by volume", "Top({Litres}, 3)", "rows", "by-meaning", "chat", "superlative"),
        ("batch sizes from 900 to 1,200 inclusive", "Between({Litres}, 900, 1200)", "cells", "by-meaning", "terse", "number-format", "boundary"),
        ("volume outside 800 to 1200 litres", "NotBetween({Litres}, 800, 1200)", "rows", "by-meaning", "terse", "boundary"),
        ("QC failed - whole row red", "TextEquals({QC}, \"Fail\")", "rows", "by-header", "terse", "value-word"),
        ("highlight the batches waiting on a retest", "TextEquals({QC}, \"Retest\")", "rows", "by-value", "chat", "value-word"),
        ("Hi all, in our brewing log some QC cells are left empty when nobody signed the batch off. How do I highlight those blank QC cells (I2:I15)?", "Blanks({QC})", "cells", "by-header", "forum"),
        ("Highlight rows whose Style contains IPA", "TextContains({Style}, \"IPA\")", "rows", "by-header", "annotator"),
        ("colour the rows where the style ends with 'Ale' (pale, golden, red...)", "TextEndsWith({Style}, \"Ale\")", "rows", "by-header", "chat", "starts-ends"),
        ("every style that isn't some kind of IPA", "TextNotContains({Style}, \"IPA\")", "cells", "by-header", "terse", "negation"),
        ("attenuation errors", "Errors({Attenuation})", "cells", "by-header", "terse"),
        ("Apply a red border to rows where Attenuation is not an error", "NotErrors({Attenuation})", "rows", "by-header", "annotator", "negation"),
        ("Is there a way to mark the beers we've brewed more than once? Same beer name showing up twice or more in column B.", "Duplicates({Beer})", "rows", "by-header", "forum"),
        ("one-off brews (beer name only appears once)", "Unique({Beer})", "rows", "by-header", "terse"),
        ("data bars on litres please", "DataBar({Litres})", "cells", "by-header", "chat"),
        ("traffic light icons on the Litres column", "IconSet({Litres})", "cells", "by-header", "terse"),
        ("brewer isn't Jess", "NOT(TextEquals({Brewer}, \"Jess\"))", "rows", "by-header", "terse", "negation", "value-word"),
        ("which beers are stronger than average?", "AboveAverage({ABV})", "cells", "by-meaning", "chat"),
        ("bottom 20% of attenuation", "BottomPercent({Attenuation}, 20)", "cells", "by-header", "terse", "superlative"),
        ("Highlight rows where QC is Fail or Retest in sheet Batches", "OR(TextEquals({QC}, \"Fail\"), TextEquals({QC}, \"Retest\"))", "rows", "by-header", "annotator", "or", "value-word"),
        ("strong but not silly: ABV over 5% and under 7%", "AND(GreaterThan({ABV}, 0.05), LessThan({ABV}, 0.07))", "rows", "by-header", "chat", "number-format"),
        ("strongest 10% of beers by ABV", "TopPercent({ABV}, 10)", "rows", "by-header", "terse", "superlative"),
    ],
    "theatre_bookings": [
        ("tonight's bookings", "Today({Show Date})", "rows", "by-meaning", "terse", "date"),
        ("Highlight Show Date equal to yesterday", "Yesterday({Show Date})", "cells", "by-header", "annotator", "date"),
        ("bookings for shows this week in blue please, the whole row", "ThisWeek({Show Date})", "rows", "by-meaning", "chat", "date"),
        ("We're planning front-of-house staffing for next week. How can I get the rows for performances happening next week to light up? The show dates are in column D.", "NextWeek({Show Date})", "rows", "by-header", "forum", "date"),
        ("Apply bold to rows where Show Date is in last month in sheet Bookings", "LastMonth({Show Date})", "rows", "by-header", "annotator", "date"),
        ("shows next month", "NextMonth({Show Date})", "cells", "by-meaning", "terse", "date"),
        ("group bookings of 6 or more seats", "GreaterThanEqual({Seats}, 6)", "rows", "by-header", "chat"),
        ("Our boxes seat exactly 4. Could I highlight every booking where Seats equals 4? Seats are in F2:F15.", "Equals({Seats}, 4)", "rows", "by-header", "forum"),
        ("bookings that aren't pairs - seats not equal to 2", "NotEquals({Seats}, 2)", "cells", "by-header", "chat", "negation"),
        ("I'd like to flag any booking where the total is more than $200, the big spenders get a thank-you card. Totals are in G2:G15.", "GreaterThan({Total}, 200)", "rows", "by-header", "forum", "number-format"),
        ("unpaid bookings", "TextEquals({Paid}, \"No\")", "rows", "by-meaning", "terse", "polarity", "value-word"),
        ("Highlight Section equal to Box", "TextEquals({Section}, \"Box\")", "cells", "by-header", "annotator", "value-word"),
        ("circle seats", "TextEquals({Section}, \"Circle\")", "rows", "by-value", "terse", "value-word"),
        ("highlight the bookings that have any access requirement written in", "NotBlanks({Access Needs})", "rows", "by-meaning", "chat"),
        ("For accessibility planning I need bookings whose Access Needs mention wheelchair highlighted. The notes vary a bit (e.g. 'Wheelchair space') so it has to match part of the cell.", "TextContains({Access Needs}, \"Wheelchair\")", "rows", "by-header", "forum"),
        ("totals showing #N/A, mark them so I can fix the VLOOKUP", "Errors({Total})", "cells", "by-header", "chat"),
        ("Apply an icon set to Total in sheet Bookings", "IconSet({Total})", "cells", "by-header", "annotator"),
        ("the three smallest totals", "Bottom({Total}, 3)", "cells", "by-header", "terse", "superlative"),
        ("top 10% of totals", "TopPercent({Total}, 10)", "cells", "by-header", "terse", "superlative"),
        ("customers whove booked more then once", "Duplicates({Customer})", "rows", "by-header", "chat", "typo"),
        ("Highlight Customer values that appear only once", "Unique({Customer})", "cells", "by-header", "annotator"),
        ("matinees", "TextEquals({Performance}, \"Matinee\")", "rows", "by-value", "terse", "value-word"),
        ("everything that isn't a gala night", "NOT(TextEquals({Performance}, \"Gala\"))", "rows", "by-value", "chat", "negation", "value-word"),
        ("totals below average", "BelowAverage({Total})", "cells", "by-header", "terse"),
        ("Highlight rows where Section is Balcony or Box", "OR(TextEquals({Section}, \"Balcony\"), TextEquals({Section}, \"Box\"))", "rows", "by-header", "annotator", "or", "value-word"),
        ("bookings with more than 2 seats but fewer than 6", "AND(GreaterThan({Seats}, 2), LessThan({Seats}, 6))", "rows", "by-header", "chat"),
        ("Our box office sheet has the ticket totals in column G. Is there a way to get a green-to-red colour scale on them? One row says comp and that's fine to leave white.", "ColorScale({Total})", "cells", "by-header", "forum"),
    ],
    "electrician_jobs": [
        ("jobs on today", "Today({Visit Date})", "rows", "by-meaning", "terse", "date"),
        ("could you highlight yesterday's call-outs?", "Yesterday({Visit Date})", "rows", "by-meaning", "chat", "date"),
        ("Highlight rows where Visit Date is tomorrow", "Tomorrow({Visit Date})", "rows", "by-header", "annotator", "date"),
        ("call-outs booked for next month", "NextMonth({Visit Date})", "cells", "by-meaning", "terse", "date"),
        ("I keep a job sheet for my electrical business. I want the visits from the past 7 days highlighted so I can chase the paperwork. Visit dates are in column D.", "Last7Days({Visit Date})", "rows", "by-header", "forum", "date"),
        ("Apply light red fill to cells in Hours greater than 8", "GreaterThan({Hours}, 8)", "cells", "by-header", "annotator"),
        ("short jobs, 2 hours or less", "LessThanEqual({Hours}, 2)", "rows", "by-header", "chat"),
        ("jobs with nothing invoiced yet ($0 in Invoiced)", "Equals({Invoiced}, 0)", "rows", "by-header", "chat", "number-format"),
        ("invoiced amounts other than zero", "NotEquals({Invoiced}, 0)", "cells", "by-header", "terse"),
        ("There's a #VALUE! somewhere in my Invoiced column, can you make any error in it go red?", "Errors({Invoiced})", "cells", "by-header", "chat"),
        ("Apply red fill to rows where Status is Cancelled", "TextEquals({Status}, \"Cancelled\")", "rows", "by-header", "annotator", "value-word"),
        ("everything not yet complete please, whole row orange", "NOT(TextEquals({Status}, \"Complete\"))", "rows", "by-value", "chat", "negation", "polarity", "value-word"),
        ("EV charger installs", "TextEquals({Job Type}, \"EV charger\")", "rows", "by-value", "terse", "value-word"),
        ("Which jobs have no certificate number yet? Column I is blank for those and I want the whole row red so I don't forget.", "Blanks({Cert No})", "rows", "by-header", "forum"),
        ("cert numbers starting with EIC", "TextStartsWith({Cert No}, \"EIC\")", "cells", "by-header", "terse", "starts-ends"),
        ("the minor works jobs, the ones whose cert begins MW", "TextStartsWith({Cert No}, \"MW\")", "rows", "by-meaning", "chat", "starts-ends"),
        ("Apply green fill to Cert No cells that are not empty in sheet Jobs", "NotBlanks({Cert No})", "cells", "by-header", "annotator"),
        ("job types we've only done once", "Unique({Job Type})", "cells", "by-header", "chat"),
        ("postcodes outside Leeds - anything not starting LS", "NOT(TextStartsWith({Postcode}, \"LS\"))", "rows", "by-header", "chat", "negation", "starts-ends"),
        ("top 2 quotes", "Top({Quote}, 2)", "cells", "by-header", "terse", "superlative"),
        ("add data bars to the Hours column in sheet Jobs", "DataBar({Hours})", "cells", "by-header", "annotator"),
        ("colour scale for how long each job took", "ColorScale({Hours})", "cells", "by-meaning", "terse"),
        ("Highlight rows where Quote is below average in sheet Jobs", "BelowAverage({Quote})", "rows", "by-header", "annotator"),
        ("EICRs or fuse board swaps - colour those rows", "OR(TextEquals({Job Type}, \"EICR\"), TextEquals({Job Type}, \"Fuse board\"))", "rows", "by-value", "chat", "or", "value-word"),
        ("jobs longer than an hour but under 4 hours", "AND(GreaterThan({Hours}, 1), LessThan({Hours}, 4))", "rows", "by-meaning", "chat"),
        ("Invoiced without errors", "NotErrors({Invoiced})", "cells", "by-header", "terse", "negation"),
        ("quote not between 100 and 1000", "NotBetween({Quote}, 100, 1000)", "cells", "by-header", "terse", "negation", "boundary"),
    ],
    "piano_school": [
        ("highlight students whose next lesson is tommorow", "Tomorrow({Next Lesson})", "rows", "by-header", "chat", "date", "typo"),
        ("Apply blue fill to Next Lesson dates in this week", "ThisWeek({Next Lesson})", "cells", "by-header", "annotator", "date"),
        ("lessons booked for next month", "NextMonth({Next Lesson})", "cells", "by-header", "terse", "date"),
        ("next lesson dates that fell last week (missed, need rebooking) - colour the row", "LastWeek({Next Lesson})", "rows", "by-header", "chat", "date"),
        ("Can anyone help me with conditional formatting for my piano students list? I want the Exam Score cells F2:F15 to go green for a distinction, which is 130 or above.", "GreaterThanEqual({Exam Score}, 130)", "cells", "by-header", "forum"),
        ("anyone who failed their exam (under 100 marks)", "LessThan({Exam Score}, 100)", "cells", "by-meaning", "chat"),
        ("Apply yellow fill to Exam Score between 120 and 129", "Between({Exam Score}, 120, 129)", "cells", "by-header", "annotator", "boundary"),
        ("#N/A in exam scores", "Errors({Exam Score})", "cells", "by-header", "terse"),
        ("exam scores that aren't errors", "NotErrors({Exam Score})", "cells", "by-header", "chat", "negation"),
        ("who practised the most? top 3 please", "Top({Practice Mins}, 3)", "rows", "by-meaning", "chat", "superlative"),
        ("our grade 8 students", "Equals({Grade}, 8)", "rows", "by-header", "terse"),
        ("families owing more than $150", "GreaterThan({Fees Due}, 150)", "rows", "by-meaning", "terse", "number-format"),
        ("anyone with fees still due, so not $0", "NotEquals({Fees Due}, 0)", "rows", "by-header", "chat", "number-format"),
        ("term not paid", "TextEquals({Term Paid}, \"No\")", "rows", "by-header", "terse", "polarity", "value-word"),
        ("Apply red fill to rows where Term Paid is blank", "Blanks({Term Paid})", "rows", "by-header", "annotator"),
        ("students mising a parent email adress", "Blanks({Parent Email})", "rows", "by-header", "chat", "typo"),
        ("Ms Ivanova's students", "TextEquals({Teacher}, \"Ms Ivanova\")", "rows", "by-value", "terse", "value-word"),
        ("highlight the pupils still at Prep level", "TextEquals({Grade}, \"Prep\")", "rows", "by-value", "chat", "value-word"),
        ("grade 5 or higher students", "GreaterThanEqual({Grade}, 5)", "rows", "by-header", "terse"),
        ("emails ending in @mail.com", "TextEndsWith({Parent Email}, \"@mail.com\")", "cells", "by-header", "terse", "starts-ends"),
        ("emails that aren't outlook ones", "TextNotContains({Parent Email}, \"outlook\")", "cells", "by-header", "chat", "negation"),
        ("practice minutes below average", "BelowAverage({Practice Mins})", "cells", "by-header", "terse"),
        ("Hi, I teach piano and track weekly practice. I'd like a colour scale across the practice minutes (column E) so I can see at a glance who's putting the work in.", "ColorScale({Practice Mins})", "cells", "by-header", "forum"),
        ("icon set on practice time", "IconSet({Practice Mins})", "cells", "by-meaning", "terse"),
        ("Highlight duplicate values in Exam Score", "Duplicates({Exam Score})", "cells", "by-header", "annotator"),
        ("Ms Ivanova's or Mr Castell's students", "OR(TextEquals({Teacher}, \"Ms Ivanova\"), TextEquals({Teacher}, \"Mr Castell\"))", "rows", "by-value", "chat", "or", "value-word"),
        ("fails only where a score is entered - under 100 and not blank", "AND(NotBlanks({Exam Score}), LessThan({Exam Score}, 100))", "rows", "by-header", "chat"),
        ("practice minutes outside 30 to 120", "NotBetween({Practice Mins}, 30, 120)", "cells", "by-header", "terse", "boundary"),
    ],
    "cycling_rides": [
        ("today's ride", "Today({Ride Date})", "rows", "by-meaning", "terse", "date"),
        ("rides tomorrow", "Tomorrow({Ride Date})", "rows", "by-header", "terse", "date"),
        ("Apply green fill to rows where Ride Date is this week", "ThisWeek({Ride Date})", "rows", "by-header", "annotator", "date"),
        ("Anyone know how to highlight the rides we did last week? Sunday to Saturday is fine. Dates are in D2:D15.", "LastWeek({Ride Date})", "rows", "by-header", "forum", "date"),
        ("rides in the last 7 days", "Last7Days({Ride Date})", "cells", "by-header", "terse", "date"),
        ("rides longer than 100 km", "GreaterThan({Distance km}, 100)", "rows", "by-header", "chat"),
        ("short rides, 40 km or less", "LessThanEqual({Distance km}, 40)", "rows", "by-header", "terse"),
        ("Highlight Climb m greater than or equal to 1500", "GreaterThanEqual({Climb m}, 1500)", "cells", "by-header", "annotator"),
        ("flat rides with under 500 m of climbng", "LessThan({Climb m}, 500)", "rows", "by-meaning", "chat", "typo"),
        ("Apply bold to Avg Speed of 25 or more", "GreaterThanEqual({Avg Speed}, 25)", "cells", "by-header", "annotator"),
        ("slowest two rides by average speed", "Bottom({Avg Speed}, 2)", "rows", "by-header", "chat", "superlative"),
        ("Is there a way to flag rides that had fewer than 8 riders? Riders is column H of the Rides sheet and I'd like the whole row shaded.", "LessThan({Riders}, 8)", "rows", "by-header", "forum"),
        ("the 100 km rides", "Equals({Distance km}, 100)", "rows", "by-meaning", "terse"),
        ("cancelled rides", "TextEquals({Status}, \"Cancelled\")", "rows", "by-value", "terse", "value-word"),
        ("Highlight rows where Status is not Done", "NOT(TextEquals({Status}, \"Done\"))", "rows", "by-header", "annotator", "negation", "value-word"),
        ("no café stop entered yet - flag those cells", "Blanks({Café Stop})", "cells", "by-header", "chat"),
        ("routes we ride again and again", "Duplicates({Route})", "rows", "by-header", "chat"),
        ("one-off routes", "Unique({Route})", "cells", "by-header", "terse"),
        ("top 25% longest rides", "TopPercent({Distance km}, 25)", "rows", "by-meaning", "terse", "superlative"),
        ("rides of 40 to 80 km", "Between({Distance km}, 40, 80)", "cells", "by-meaning", "terse", "boundary"),
        ("every route except the canal ones", "TextNotContains({Route}, \"Canal\")", "rows", "by-value", "chat", "negation"),
        ("Hi folks, I run the club ride spreadsheet. Is there a way to shade rides with more than 15 riders but fewer than 22? Those need a second leader but not a third.", "AND(GreaterThan({Riders}, 15), LessThan({Riders}, 22))", "rows", "by-header", "forum"),
        ("rides led by Kath", "TextEquals({Leader}, \"Kath\")", "rows", "by-value", "terse", "value-word"),
        ("Highlight rows where Distance km is above average", "AboveAverage({Distance km})", "rows", "by-header", "annotator"),
        ("average speeds below the average", "BelowAverage({Avg Speed})", "cells", "by-header", "chat"),
        ("icons on the Riders column", "IconSet({Riders})", "cells", "by-header", "terse"),
        ("can I get data bars showing how many people came on each ride?", "DataBar({Riders})", "cells", "by-meaning", "chat"),
        ("least climbing 20%", "BottomPercent({Climb m}, 20)", "cells", "by-meaning", "terse", "superlative"),
    ],
    "plant_nursery": [
        ("Apply orange fill to cells in Delivery Due that are yesterday", "Yesterday({Delivery Due})", "cells", "by-header", "annotator", "date"),
        ("which deliveries are coming next week? want them highlighted", "NextWeek({Delivery Due})", "rows", "by-header", "chat", "date"),
        ("deliveries last month", "LastMonth({Delivery Due})", "cells", "by-header", "terse", "date"),
        ("I track incoming stock for a plant nursery. How do I highlight anything arriving next month? Delivery dates are in column H.", "NextMonth({Delivery Due})", "rows", "by-header", "forum", "date"),
        ("highlight every delivery due this month, whole row", "ThisMonth({Delivery Due})", "rows", "by-header", "chat", "date"),
        ("show me what's out of stock", "Equals({Stock}, 0)", "rows", "by-header", "chat"),
        ("stock below zero (oversold)", "LessThan({Stock}, 0)", "cells", "by-header", "terse"),
        ("low stock, 10 or fewer - highlight the row", "LessThanEqual({Stock}, 10)", "rows", "by-header", "chat"),
        ("Highlight Price greater than $20", "GreaterThan({Price}, 20)", "cells", "by-header", "annotator", "number-format"),
        ("our 3 cheapest lines", "Bottom({Price}, 3)", "rows", "by-meaning", "chat", "superlative"),
        ("most expensive 10%", "TopPercent({Price}, 10)", "cells", "by-meaning", "terse", "superlative"),
        ("Highlight rows where Category is Tree or Shrub", "OR(TextEquals({Category}, \"Tree\"), TextEquals({Category}, \"Shrub\"))", "rows", "by-header", "annotator", "or", "value-word"),
        ("pot sizes given in cm (the little pots)", "TextEndsWith({Pot Size}, \"cm\")", "cells", "by-header", "chat", "starts-ends"),
        ("supplier blank", "Blanks({Supplier})", "cells", "by-header", "terse"),
        ("plants with Tree in the name", "TextContains({Plant}, \"Tree\")", "cells", "by-header", "chat"),
        ("same price as another line", "Duplicates({Price})", "cells", "by-header", "chat"),
        ("lines priced above average", "AboveAverage({Price})", "rows", "by-header", "terse"),
        ("Hi all - in our stock list some rows have a stock figure and some are still empty because the count hasn't been done. I only want to colour the Stock cells that have a number in them (E2:E15).", "NotBlanks({Stock})", "cells", "by-header", "forum"),
        ("Apply red fill to Stock not between 5 and 40 in sheet Plants", "NotBetween({Stock}, 5, 40)", "cells", "by-header", "annotator", "negation", "boundary"),
        ("running low but not out: more than 0 and at most 10", "AND(GreaterThan({Stock}, 0), LessThanEqual({Stock}, 10))", "rows", "by-meaning", "chat"),
        ("colour scale on prices", "ColorScale({Price})", "cells", "by-header", "terse"),
        ("I'd like icons next to the prices in column G (up/down arrows). A couple say POA which can stay blank.", "IconSet({Price})", "cells", "by-header", "forum"),
        ("I'd like to spot lines where stock is below the average for the whole list. Stock is in E2:E15. Is there a built-in rule for that?", "BelowAverage({Stock})", "cells", "by-header", "forum"),
    ],
    "canteen_orders": [
        ("Apply pink fill to rows where Order Date is tomorrow in sheet Orders", "Tomorrow({Order Date})", "rows", "by-header", "annotator", "date"),
        ("orders from last week", "LastWeek({Order Date})", "cells", "by-header", "terse", "date"),
        ("Hello, I manage lunch orders for a primary school. The kitchen wants next week's orders to stand out in the sheet. Order dates are in E2:E15. How do I do it?", "NextWeek({Order Date})", "rows", "by-header", "forum", "date"),
        ("orders in the last seven days", "Last7Days({Order Date})", "rows", "by-header", "chat", "date"),
        ("yesterday's lunches", "Yesterday({Order Date})", "rows", "by-meaning", "terse", "date"),
        ("orders placed this month please", "ThisMonth({Order Date})", "cells", "by-header", "chat", "date"),
        ("any pupil with an allergy recorded", "NotBlanks({Allergy})", "rows", "by-header", "chat"),
        ("flag the nut allergies - one says 'Nuts, Sesame' so it needs to catch that too", "TextContains({Allergy}, \"Nuts\")", "cells", "by-header", "chat"),
        ("Highlight Qty greater than 2", "GreaterThan({Qty}, 2)", "cells", "by-header", "annotator"),
        ("multiple portions: quantity 2 or more", "GreaterThanEqual({Qty}, 2)", "rows", "by-header", "chat"),
        ("The kitchen asked me to mark cheap orders, anything $3 or under in the Cost column (G). Can conditional formatting do that by itself?", "LessThanEqual({Cost}, 3)", "cells", "by-header", "forum", "number-format"),
        ("free meals ($0.00)", "Equals({Cost}, 0)", "rows", "by-meaning", "chat", "number-format"),
        ("unpaid", "TextEquals({Paid}, \"No\")", "rows", "by-meaning", "terse", "polarity", "value-word"),
        ("Apply grey fill to cells in Paid that are blank", "Blanks({Paid})", "cells", "by-header", "annotator"),
        ("pupils who ordered more than once", "Duplicates({Pupil})", "rows", "by-header", "chat"),
        ("pupils with only one order", "Unique({Pupil})", "cells", "by-header", "terse"),
        ("year 4 classes (4A, 4B)", "TextStartsWith({Class}, \"4\")", "rows", "by-value", "chat", "starts-ends"),
        ("all the A classes - 2A, 5A, 6A and so on", "TextEndsWith({Class}, \"A\")", "rows", "by-value", "chat", "starts-ends"),
        ("everything except fish fingers", "NOT(TextEquals({Meal}, \"Fish fingers\"))", "rows", "by-value", "chat", "negation", "value-word"),
        ("Highlight Meal that does not contain Pasta", "TextNotContains({Meal}, \"Pasta\")", "cells", "by-header", "annotator", "negation"),
        ("biggest three orders by cost", "Top({Cost}, 3)", "rows", "by-header", "chat", "superlative"),
        ("cost above average", "AboveAverage({Cost})", "cells", "by-header", "terse"),
        ("orders for exactly 2 portions", "Equals({Qty}, 2)", "rows", "by-meaning", "terse"),
        ("portions other than 2", "NotEquals({Qty}, 2)", "cells", "by-meaning", "terse", "negation"),
        ("orders from 6A or 6B", "OR(TextEquals({Class}, \"6A\"), TextEquals({Class}, \"6B\"))", "rows", "by-value", "terse", "or"),
        ("orders costing more than $2.60 but under $9", "AND(GreaterThan({Cost}, 2.6), LessThan({Cost}, 9))", "rows", "by-meaning", "chat", "number-format"),
        ("The lunch money sheet has the cost in column G. Most meals are $2.40 to $3.00, so I want anything outside that range to show up in orange.", "NotBetween({Cost}, 2.4, 3)", "cells", "by-header", "forum", "number-format", "boundary"),
    ],
    "letting_agent": [
        ("Highlight Lease End equal to tomorrow", "Tomorrow({Lease End})", "cells", "by-header", "annotator", "date"),
        ("which leases end next week? I want those tenancy rows in amber", "NextWeek({Lease End})", "rows", "by-header", "chat", "date"),
        ("Leases that ended last month need checking to make sure we've renewed or closed them. Column H is the end date. How do I highlight those rows?", "LastMonth({Lease End})", "rows", "by-header", "forum", "date"),
        ("Could someone tell me how to make tenancies that finish this month stand out? Lease End dates are in column H and I'd like the full row yellow.", "ThisMonth({Lease End})", "rows", "by-header", "forum", "date"),
        ("tenancies that ended in the last 7 days", "Last7Days({Lease End})", "cells", "by-meaning", "terse", "date"),
        ("tenancies running out next month", "NextMonth({Lease End})", "rows", "by-meaning", "chat", "date"),
        ("tenants more than $150 behind on rent", "GreaterThan({Arrears}, 150)", "rows", "by-meaning", "chat"),
        ("Apply red fill to rows where Arrears is greater than or equal to 500 in sheet Lettings", "GreaterThanEqual({Arrears}, 500)", "rows", "by-header", "annotator"),
        ("rent between $1,000 and $1,500", "Between({Rent}, 1000, 1500)", "cells", "by-header", "terse", "number-format", "boundary"),
        ("properties renting for under $900 a month", "LessThan({Rent}, 900)", "rows", "by-meaning", "chat", "number-format"),
        ("What's the easiest way to highlight the two highest rents in column E? If two are tied both should show.", "Top({Rent}, 2)", "cells", "by-header", "forum", "superlative"),
        ("vacant properties", "TextEquals({Status}, \"Vacant\")", "rows", "by-value", "terse", "value-word"),
        ("Highlight rows where Status is Notice given", "TextEquals({Status}, \"Notice given\")", "rows", "by-header", "annotator", "value-word"),
        ("everything that isn't Let", "NOT(TextEquals({Status}, \"Let\"))", "rows", "by-value", "chat", "negation", "value-word"),
        ("Landlords can't let a home rated below E any more. In my property list column J has the EPC letter; can I highlight rows where it's F or G?", "OR(TextEquals({EPC}, \"F\"), TextEquals({EPC}, \"G\"))", "rows", "by-header", "forum", "or"),
        ("Mill Court flats", "TextContains({Address}, \"Mill Court\")", "rows", "by-value", "terse"),
        ("Highlight Address starting with Flat", "TextStartsWith({Address}, \"Flat\")", "cells", "by-header", "annotator", "starts-ends"),
        ("houses only, i.e. addresses without 'Flat' in them", "TextNotContains({Address}, \"Flat\")", "rows", "by-header", "chat", "negation"),
        ("addresses ending in Court", "TextEndsWith({Address}, \"Court\")", "cells", "by-header", "terse", "starts-ends"),
        ("no tenant listed - whole row", "Blanks({Tenant})", "rows", "by-header", "chat"),
        ("Apply green fill to Deposit cells that are not blank", "NotBlanks({Deposit})", "cells", "by-header", "annotator"),
        ("3+ beds", "GreaterThanEqual({Bedrooms}, 3)", "rows", "by-meaning", "terse"),
        ("anything that's not a 2-bed", "NotEquals({Bedrooms}, 2)", "rows", "by-meaning", "chat", "negation"),
        ("rent above average", "AboveAverage({Rent})", "rows", "by-header", "terse"),
        ("same rent as another property", "Duplicates({Rent})", "cells", "by-header", "chat"),
        ("traffic-light icons on the rent column", "IconSet({Rent})", "cells", "by-header", "chat"),
        ("colour scale on monthly rents", "ColorScale({Rent})", "cells", "by-header", "terse"),
        ("arrears cells without an error", "NotErrors({Arrears})", "cells", "by-header", "terse", "negation"),
        ("flats that aren't in Mill Court", "AND(TextStartsWith({Address}, \"Flat\"), TextNotContains({Address}, \"Mill Court\"))", "rows", "by-value", "chat", "negation", "starts-ends"),
        ("cheapest 20% of rents", "BottomPercent({Rent}, 20)", "rows", "by-header", "terse", "superlative"),
    ],
    "energy_log": [
        ("today's reading", "Today({Reading Date})", "rows", "by-meaning", "terse", "date"),
        ("Highlight Reading Date in the last 7 days", "Last7Days({Reading Date})", "cells", "by-header", "annotator", "date"),
        ("readings from last week", "LastWeek({Reading Date})", "rows", "by-header", "terse", "date"),
        ("I log our meter readings in a spreadsheet. Could someone explain how to highlight the readings taken this month? Column A has the dates.", "ThisMonth({Reading Date})", "rows", "by-header", "forum", "date"),
        ("last month's readings", "LastMonth({Reading Date})", "cells", "by-header", "terse", "date"),
        ("this week's readings please, whole row", "ThisWeek({Reading Date})", "rows", "by-header", "chat", "date"),
        ("colour yesterday's reading date", "Yesterday({Reading Date})", "cells", "by-header", "chat", "date"),
        ("days using more than 30 kWh of gas", "GreaterThan({Gas kWh}, 30)", "rows", "by-header", "chat"),
        ("zero gas days", "Equals({Gas kWh}, 0)", "rows", "by-header", "terse"),
        ("Apply orange fill to cells in Electric kWh greater than or equal to 15", "GreaterThanEqual({Electric kWh}, 15)", "cells", "by-header", "annotator"),
        ("days the panels made under 5 kWh", "LessThan({Solar kWh}, 5)", "cells", "by-meaning", "chat"),
        ("best solar days, top 3", "Top({Solar kWh}, 3)", "rows", "by-header", "terse", "superlative"),
        ("the 3 cheapest readings", "Bottom({Cost}, 3)", "cells", "by-meaning", "terse", "superlative"),
        ("Apply bold to Cost per kWh cells without errors", "NotErrors({Cost per kWh})", "cells", "by-header", "annotator", "negation"),
        ("below freezing outside", "LessThan({Outside Temp}, 0)", "rows", "by-meaning", "chat"),
        ("days the heating was on", "TextEquals({Heating On}, \"Yes\")", "rows", "by-header", "chat", "value-word"),
        ("Highlight blank cells in Heating On", "Blanks({Heating On})", "cells", "by-header", "annotator"),
        ("notes mentioning the boiler", "TextContains({Note}, \"boiler\")", "rows", "by-header", "chat"),
        ("electric kWh below average", "BelowAverage({Electric kWh})", "rows", "by-header", "terse"),
        ("Is there a way to highlight the highest 30% of electricity use in column B? I've tried Top 10 but I want it as a percentage.", "TopPercent({Electric kWh}, 30)", "cells", "by-header", "forum", "superlative"),
    ],
    "sailing_results": [
        ("Highlight rows where Race Date is last week", "LastWeek({Race Date})", "rows", "by-header", "annotator", "date"),
        ("races this week", "ThisWeek({Race Date})", "cells", "by-header", "terse", "date"),
        ("results from the last 7 days - can I shade them?", "Last7Days({Race Date})", "rows", "by-meaning", "chat", "date"),
        ("colour last month's races grey", "LastMonth({Race Date})", "rows", "by-header", "chat", "date"),
        ("runners-up (position 2)", "Equals({Position}, 2)", "rows", "by-header", "terse"),
        ("Highlight Position equal to DNF", "TextEquals({Position}, \"DNF\")", "cells", "by-header", "annotator", "value-word"),
        ("retirements and non-starters: DNF or DNS", "OR(TextEquals({Position}, \"DNF\"), TextEquals({Position}, \"DNS\"))", "rows", "by-value", "chat", "or", "value-word"),
        ("podium places: Position of 3 or less", "LessThanEqual({Position}, 3)", "rows", "by-header", "chat"),
        ("Highlight Points greater than 25 in sheet Results", "GreaterThan({Points}, 25)", "cells", "by-header", "annotator"),
        ("series points not equal to 14", "NotEquals({Points}, 14)", "cells", "by-header", "terse", "negation"),
        ("two fastest boats (lowest handicap)", "Bottom({Handicap}, 2)", "rows", "by-meaning", "chat", "superlative"),
        ("Club treasurer here. I've got a Subs Paid column with Yes/No and want everyone who has No in it flagged in red, whole row, so I can chase them at the AGM.", "TextEquals({Subs Paid}, \"No\")", "rows", "by-header", "forum", "value-word"),
        ("Apply yellow fill to blank cells in Subs Paid", "Blanks({Subs Paid})", "cells", "by-header", "annotator"),
        ("double-handed boats (crew name filled in)", "NotBlanks({Crew})", "rows", "by-header", "chat"),
        ("Highlight rows where Class starts with RS", "TextStartsWith({Class}, \"RS\")", "rows", "by-header", "annotator", "starts-ends"),
        ("every class except Topper", "NOT(TextEquals({Class}, \"Topper\"))", "rows", "by-value", "chat", "negation", "value-word"),
        ("boats rated over 1100", "GreaterThan({Handicap}, 1100)", "cells", "by-meaning", "terse"),
        ("Our dinghy handicaps are in column H. I'd like anything from 1000 to 1100 inclusive shaded - how?", "Between({Handicap}, 1000, 1100)", "cells", "by-header", "forum", "boundary"),
        ("classes with only one boat racing", "Unique({Class})", "rows", "by-header", "chat"),
        ("points above average", "AboveAverage({Points})", "cells", "by-header", "terse"),
        ("put data bars in the Position column", "DataBar({Position})", "cells", "by-header", "terse"),
        ("I'd like a colour scale on finishing places, F2:F15. DNF/DNS rows should just stay plain.", "ColorScale({Position})", "cells", "by-meaning", "forum"),
        ("icon set on position", "IconSet({Position})", "cells", "by-header", "terse"),
        ("the slowest 20% of boats (highest handicap numbers)", "TopPercent({Handicap}, 20)", "rows", "by-meaning", "terse", "superlative"),
        ("handicaps below average", "BelowAverage({Handicap})", "cells", "by-header", "terse"),
    ],
    "coffee_shipments": [
        ("arriving today", "Today({ETA})", "rows", "by-meaning", "terse", "date"),
        ("Highlight ETA equal to tomorrow in sheet Shipments", "Tomorrow({ETA})", "cells", "by-header", "annotator", "date"),
        ("which shipments are due in next week? colour the rows please", "NextWeek({ETA})", "rows", "by-meaning", "chat", "date"),
        ("We roast specialty coffee and keep a shipment tracker. I want lots whose ETA was yesterday highlighted so we chase the warehouse. ETA is column H.", "Yesterday({ETA})", "rows", "by-header", "forum", "date"),
        ("shipments that landed last week", "LastWeek({ETA})", "rows", "by-meaning", "terse", "date"),
        ("this week's arrivals in green", "ThisWeek({ETA})", "rows", "by-meaning", "chat", "date"),
        ("lots that cupped 87 or better", "GreaterThanEqual({Cupping Score}, 87)", "rows", "by-meaning", "terse"),
        ("Highlight Cupping Score less than 84", "LessThan({Cupping Score}, 84)", "cells", "by-header", "annotator"),
        ("price per kg over $10", "GreaterThan({Price per kg}, 10)", "cells", "by-header", "chat", "number-format"),
        ("bags between 50 and 100", "Between({Bags}, 50, 100)", "cells", "by-header", "terse", "boundary"),
        ("Highlight rows where Weight kg is greater than or equal to 6000", "GreaterThanEqual({Weight kg}, 6000)", "rows", "by-header", "annotator"),
        ("lightest 3 lots by weight", "Bottom({Weight kg}, 3)", "rows", "by-header", "chat", "superlative"),
        ("My supplier sheet pulls Price per kg with a lookup and one lot shows #N/A. Can conditional formatting highlight the error cells in F2:F15 so I remember to fix them?", "Errors({Price per kg})", "cells", "by-header", "forum"),
        ("Highlight rows where Origin contains Ethiopia", "TextContains({Origin}, \"Ethiopia\")", "rows", "by-header", "annotator"),
        ("natural process lots (not the pulped natural one)", "TextEquals({Process}, \"Natural\")", "rows", "by-value", "chat", "value-word"),
        ("any process ending in 'natural' - natural and pulped natural", "TextEndsWith({Process}, \"natural\")", "cells", "by-header", "chat", "starts-ends"),
        ("Highlight rows where Status is not Delivered", "NOT(TextEquals({Status}, \"Delivered\"))", "rows", "by-header", "annotator", "negation", "value-word"),
        ("importer missing", "Blanks({Importer})", "cells", "by-header", "terse"),
        ("same cupping score as another lot", "Duplicates({Cupping Score})", "cells", "by-header", "chat"),
        ("processes we've only bought once", "Unique({Process})", "cells", "by-header", "chat"),
        ("Highlight Process not containing Washed", "TextNotContains({Process}, \"Washed\")", "cells", "by-header", "annotator", "negation"),
        ("cupping score above average", "AboveAverage({Cupping Score})", "rows", "by-header", "terse"),
        ("cheaper than average per kilo", "BelowAverage({Price per kg})", "cells", "by-meaning", "chat"),
        ("data bars for the number of bags", "DataBar({Bags})", "cells", "by-header", "chat"),
        ("Need to flag unusual lot sizes: more than 100 bags or fewer than 30. Bags are in D2:D15 on the Shipments sheet.", "OR(GreaterThan({Bags}, 100), LessThan({Bags}, 30))", "rows", "by-header", "forum", "or"),
        ("scores above 84 but below 87", "AND(GreaterThan({Cupping Score}, 84), LessThan({Cupping Score}, 87))", "cells", "by-header", "terse"),
        ("How do I highlight cupping scores that fall outside 84 to 88? Those are the lots we re-cup. The scores are in column G.", "NotBetween({Cupping Score}, 84, 88)", "cells", "by-header", "forum", "boundary"),
        ("cheapest quarter of lots per kg", "BottomPercent({Price per kg}, 25)", "rows", "by-meaning", "chat", "superlative"),
    ],
}


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
