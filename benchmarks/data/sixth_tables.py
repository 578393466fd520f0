"""A sixth set of table requests, a third of them header-only, and the builder of sixth_tables.json.

Written on 2026-12-06 by an engineer who had read neither the assistant's code nor the other sets'
wordings, so that the team has table requests nobody has tuned on: by then every earlier set's dev
half had steered choices. The ten tables (a care home's visits, a food truck's daily sales, a
karate club's gradings, a wine bar's cellar stock, a removals firm's quotes, a yoga studio's
timetable, a car hire fleet, a scout group's camp list, a hair salon's bookings, an animal
shelter's intake log) and every request were written from scratch, imagining how spreadsheet users
phrase things: forum questions of one to three sentences (sometimes with a column letter or a range
such as E2:E15, always the true column of the table placed at A1), the benchmark annotators'
imperative style ("Highlight <Header> greater than 20 in sheet <Name>"), requests typed to an
assistant (chat) and terse notes.

What was read: benchmarks/data/README.md; benchmarks/data/everyday_common.py; the module docstring
and non-entry code (imports, constants, functions; not TABLES nor the entry lists) of
benchmarks/data/fifth_tables.py (found by a grep of its top-level names and read by line range;
its constants and functions are copied here with this set's names);
tests/benchmarks/test_fifth_tables_data.py and set_files.py (the first 60 lines);
/work/shared/docs/CF_RULES.md and EVALUATION.md; the public API of cf_assistant.languages.cf
(parse, to_text, type_text; the names COMPARE_OPS, PERIODS, TEXT_OPS) and the signatures and
docstrings only of everyday_tables.build_record and everyday_tables.problems (printed with
inspect, their bodies not read); a few calls of type_text to see how "$", "£", "%" and dates are
typed. The builder's own checks were run while writing: their messages name this set's requests and
rules only; entries they refused were fixed (table cells, thresholds) or dropped, and three
drafts equal (case aside) to a request elsewhere, by the builder's check, were reworded.
Not read: anything under cf_assistant/assistant/, cf_assistant/diffusion/, cf_assistant/generators/,
or any other code that reads requests; the TABLES and entry lists of the other builders; the
utterances of any JSON file (compared with this set's by program only, never printed). No request
was run through `cfa suggest`, `cfa bench` or a model. sixth_cf.json, if written at the same time by
another engineer, is compared by program only (every other *.json beside this set is).

The entry format and every check are everyday_tables.py's, reused by import as fifth_tables.py
does: each entry is (request, rule with `{Header}` for c[i], scope, naming, style[, tag ...]);
`scope` is "rows" when the request asks for whole rows, "cells" otherwise; `naming` says how the
request names the tested column: `by-header` (its header's words, or its letter), `by-meaning` (a
synonym or what its values mean) or `by-value` (only a value of it); `style` is `forum`,
`annotator`, `chat` or `terse`. Each rule tests one column. Every record is first built and checked
on its full table (everyday_tables' `build_record` with IDs prefixed `e6t-`; its `problems`: a
record that formats no row or every row, whose near misses its table cannot tell apart, text
operators exempt, or whose rule formats the same rows on another column is refused), and a request
already written (case aside) in any other set file of benchmarks/data/ or in the benchmark's train
split (../shared/data/cf/train.json, when it is on the machine) is refused, as is a column letter
or range that is not the rule's column. Then the records picked by a stable hash of the ID (about
one in three, `header_only`) are written with `Data` = [header row], `Labels` = [] and the tag
`header-only`. Blank cells are "" or a lone space " " (written `_` and `~` in the table text
below). Dates are read against the bench's reference date 2024-06-12 (a Wednesday); date
comparisons are not written, date periods are. Labels follow Excel: a blank compares as 0, any text
is greater than any number.

Tags: the naming, the style, then any of `number-format`, `boundary`, `negation`, `or`,
`superlative`, `polarity`, `starts-ends`, `typo`, `date`, `value-word`, then `header-only` where the
rows were dropped, then `sixth` (last). Every one of the 41 top functions is in both halves (dev,
test by the hash of the ID, as every set).

Rebuild: `python benchmarks/data/sixth_tables.py` (prints the counts per split, table, scope,
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
OUT = HERE / "sixth_tables.json"
PREFIX = "e6t"
TAG = "sixth"
from table_sets import EXTRAS, HEADER_ONLY, NAMINGS, STYLES, TRAIN  # noqa: E402,F401 (the set's own)
# The requests of every other set file in this folder (these seventeen at the time of writing, and
# any written since, e.g. sixth_cf.json, written at the same time by another engineer) and of the
# benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fifth_cf.json", "fifth_tables.json")



_table = table_sets.table


TABLES: dict[str, list[list[str]]] = {
    "care_home_visits": _table("""
        Visit Ref | Resident | Room | Visitor | Relationship | Visit Date | Minutes | Party Size | Notes
        CV-0601 | Edith Marsh | 12 | Paul Marsh | Son | 2024-06-11 | 45 | 2 | brought flowers
        CV-0602 | Arthur Bell | 7 | Jenny Cole | Daughter | 2024-06-12 | 30 | 1 | _
        CV-0603 | Mavis Green | 3 | Rev. Adams | Chaplain | 2024-06-13 | 20 | 1 | _
        CV-0604 | Edith Marsh | 12 | Lucy Marsh | Granddaughter | 2024-06-10 | 60 | 3 | birthday visit
        CV-0605 | Stanley Ward | 15 | Rita Ward | Wife | 2024-06-14 | 90 | 1 | stayed for lunch
        CV-0606 | Arthur Bell | 7 | Jenny Cole | Daughter | 2024-06-07 | 30 | 2 | ~
        CV-0607 | Doris Kemp | 9 | Friends of Oakfield | Volunteer | 2024-06-03 | 120 | 4 | music afternoon
        CV-0608 | Mavis Green | 3 | Sam Green | Son | 2024-06-18 | 45 | 1 | _
        CV-0609 | Harold Finch | 21 | Ann Finch | Sister | 2024-06-25 | _ | 1 | phone call only
        CV-0610 | Stanley Ward | 15 | Rita Ward | Wife | 2024-05-20 | 75 | 2 | _
        CV-0611 | Doris Kemp | 9 | Tom Kemp | Nephew | 2024-07-05 | 40 | 2 | booked in advance
        CV-0612 | Harold Finch | 21 | Ann Finch | Sister | 2024-04-15 | 50 | 1 | _
        CV-0613 | Ivy Rowe | 18 | Dr Patel | GP | 2024-06-01 | 25 | 1 | medication review
        CV-0614 | Ivy Rowe | 18 | Ben Rowe | Son | 2024-06-21 | 35 | 5 | family visit at lunch
    """),
    "food_truck_sales": _table("""
        Trading Day | Pitch | Weather | Orders | Takings | Card Share | Best Seller | Waste kg | Avg Ticket
        2024-06-11 | Market Square | Sunny | 142 | $1,136.00 | 78% | Pulled Pork Bun | 2.5 | 8
        2024-06-12 | Riverside | Cloudy | 96 | $768.00 | 81% | Halloumi Wrap | 1.2 | 8
        2024-06-05 | Tech Park | Rain | 0 | $0.00 | 0% | _ | 6 | #DIV/0!
        2024-06-10 | Market Square | Sunny | 120 | $1,000.00 | 75% | Pulled Pork Bun | 1.8 | 8.5
        2024-06-09 | Festival Field | Sunny | 310 | $2,790.00 | 88% | Loaded Fries | 4 | 9
        2024-06-07 | Riverside | Windy | 75 | $600.00 | 69% | Halloumi Wrap | 0.9 | 7.5
        2024-06-03 | Tech Park | Cloudy | 88 | $704.00 | 90% | Chicken Katsu | 1.5 | 8
        2024-06-08 | Market Square | Showers | 64 | $512.00 | 72% | Loaded Fries | 3 | 8
        2024-05-31 | Hospital Gate | Sunny | 150 | $1,125.00 | 85% | Chicken Katsu | 0 | 7.5
        2024-05-20 | Festival Field | Rain | 0 | $0.00 | 0% | ~ | 5.5 | #DIV/0!
        2024-05-28 | Riverside | Sunny | 205 | $1,742.50 | 79% | Pulled Pork Bun | 2.2 | 8.5
        2024-04-15 | Tech Park | Cloudy | 58 | $435.00 | 66% | Veggie Chilli | 0.7 | 7.5
        2024-06-01 | Hospital Gate | Sunny | 132 | $1,056.00 | 83% | Halloumi Wrap | not weighed | 8
        2024-06-06 | Market Square | Windy | 101 | $909.00 | 77% | Loaded Fries | 1.9 | _
    """),
    "karate_gradings": _table("""
        Member No | Student | Age | Current Belt | Grading Date | Kata Score | Kumite Score | Result | Fee Paid
        KJ-104 | Aiden Cross | 9 | White | 2024-06-15 | 6.5 | 7 | Pass | $30.00
        KJ-117 | Maya Singh | 12 | Yellow | 2024-06-15 | 8 | 8.5 | Pass | $30.00
        KJ-121 | Oscar Lund | 35 | Green | 2024-06-22 | 5 | 6 | Refer | _
        KJ-130 | Priya Nair | 14 | Orange | 2024-06-15 | 9 | 7.5 | Pass with merit | $35.00
        KJ-133 | Leo Martins | 8 | White | 2024-06-22 | 4.5 | 5 | Refer | $30.00
        KJ-138 | Chloe Dunn | 16 | Blue | 2024-07-13 | 7 | 9 | Pending | $45.00
        KJ-142 | Sam O'Neill | 41 | Purple | 2024-07-13 | 7.5 | 6.5 | Pending | _
        KJ-150 | Hana Ito | 11 | Yellow | 2024-06-08 | 8.5 | 8 | Pass | $30.00
        KJ-153 | Finn Walsh | 10 | Orange | 2024-06-08 | 6 | 4 | Fail | $35.00
        KJ-160 | Zara Patel | 19 | Brown | 2024-05-18 | 9.5 | 9 | Pass with merit | $60.00
        KJ-164 | Ethan Moss | 13 | Green | 2024-05-18 | 6 | 7 | Pass | $40.00
        KJ-171 | Ruby Hale | 7 | White | 2024-06-12 | 5.5 | 6 | Pending | ~
        KJ-175 | Noah Grant | 28 | Blue | 2024-06-12 | 8 | 7.5 | Pass | $45.00
        KJ-180 | Isla Ford | 15 | Purple | 2024-06-13 | 7 | 8 | Pending | $50.00
    """),
    "wine_bar_stock": _table("""
        Bin | Wine | Country | Grape | Vintage | Bottles | Cost | Menu Price | Last Counted
        B01 | Chateau Lafleur Bordeaux | France | Merlot | 2018 | 12 | $18.50 | $55.00 | 2024-06-10
        B02 | Villa Rossi Chianti | Italy | Sangiovese | 2020 | 4 | $11.00 | $36.00 | 2024-06-10
        B03 | Cloudy Bay Sauvignon | New Zealand | Sauvignon Blanc | 2023 | 24 | $14.20 | $42.00 | 2024-06-03
        B04 | Bodega Alta Rioja Reserva | Spain | Tempranillo | 2017 | 0 | $16.00 | $48.00 | 2024-05-27
        B05 | Domaine Petit Chablis | France | Chardonnay | 2022 | 9 | $15.75 | $45.00 | 2024-06-11
        B06 | Casa Verde Malbec | Argentina | Malbec | 2021 | 30 | $8.40 | $28.00 | 2024-06-11
        B07 | Weingut Koch Riesling | Germany | Riesling | 2022 | 6 | $12.90 | $38.00 | 2024-05-14
        B08 | Penfold Ridge Shiraz | Australia | Shiraz | 2019 | 18 | $13.00 | $40.00 | 2024-06-03
        B09 | Chateau Vieux Sauternes | France | Semillon | 2015 | on order | $32.00 | $95.00 | 2024-04-29
        B10 | Quinta Nova Port | Portugal | Touriga Nacional | 2011 | 5 | $27.50 | $80.00 | 2024-06-12
        B11 | Villa Rossi Prosecco | Italy | Glera | 2023 | 48 | $7.80 | $26.00 | 2024-06-07
        B12 | Stellen Hill Chenin | South Africa | Chenin Blanc | 2022 | 15 | $9.10 | $30.00 | 2024-06-07
        B13 | Domaine Roche Sancerre | France | Sauvignon Blanc | 2022 | 2 | $19.80 | $58.00 | 2024-05-20
        B14 | Bodega Alta Cava Brut | Spain | Macabeo | 2021 | 20 | $8.90 | $27.00 | 2024-06-05
    """),
    "removals_quotes": _table("""
        Quote No | Customer | From | To | Move Date | Bedrooms | Volume cu ft | Quote | Status | Crew
        RQ-2401 | Hughes | Leeds LS6 | York YO24 | 2024-06-14 | 3 | 950 | $1,450.00 | Booked | 3
        RQ-2402 | Okonkwo | Leeds LS8 | Leeds LS17 | 2024-06-12 | 2 | 600 | $720.00 | Booked | 2
        RQ-2403 | Fairbrother | Harrogate HG1 | Bristol BS8 | 2024-06-28 | 4 | 1400 | $3,200.00 | Quoted | 4
        RQ-2404 | Lindgren | Wakefield WF1 | Leeds LS6 | 2024-06-19 | 1 | 300 | $380.00 | Quoted | 2
        RQ-2405 | Baxter | Otley LS21 | Edinburgh EH10 | 2024-07-08 | 3 | 1100 | $2,650.00 | Survey needed | _
        RQ-2406 | Chaudhry | Leeds LS2 | Manchester M20 | 2024-06-13 | 2 | 650 | $1,180.00 | Booked | 3
        RQ-2407 | Morris | York YO10 | York YO31 | 2024-06-21 | 1 | 250 | $350.00 | Declined | _
        RQ-2408 | Delaney | Ilkley LS29 | London SW11 | 2024-06-20 | 5 | 1800 | $4,100.00 | Quoted | 5
        RQ-2409 | Hughes | York YO24 | Leeds LS6 | 2024-06-10 | 1 | 200 | $300.00 | Completed | 2
        RQ-2410 | Patel | Bradford BD9 | Leeds LS16 | 2024-06-11 | 3 | 900 | $1,000.00 | Completed | 3
        RQ-2411 | Nowak | Leeds LS11 | Sheffield S10 | 2024-05-24 | 2 | 700 | $1,050.00 | Completed | 3
        RQ-2412 | Grant | Selby YO8 | Leeds LS6 | 2024-06-05 | 4 | 1300 | $1,600.00 | Completed | 4
        RQ-2413 | Ahmed | Leeds LS7 | Leeds LS7 | 2024-06-27 | 1 | 150 | $220.00 | Quoted | ~
        RQ-2414 | Whitaker | Skipton BD23 | Leeds LS6 | 2024-05-30 | 3 | 1000 | $1,450.00 | Declined | _
    """),
    "yoga_timetable": _table("""
        Class Code | Class | Teacher | Class Date | Start | Level | Capacity | Booked | Waitlist | Studio
        YG-01 | Sunrise Flow | Anika | 2024-06-12 | 07:00 | All levels | 20 | 18 | 0 | Lotus
        YG-02 | Yin and Restore | Marcus | 2024-06-12 | 19:30 | Beginner | 15 | 15 | 4 | Cedar
        YG-03 | Power Vinyasa | Anika | 2024-06-13 | 18:00 | Intermediate | 25 | 22 | 0 | Lotus
        YG-04 | Prenatal Yoga | Sofia | 2024-06-11 | 10:00 | Beginner | 12 | 7 | 0 | Cedar
        YG-05 | Ashtanga Led | Dev | 2024-06-14 | 06:30 | Advanced | 18 | 12 | 0 | Lotus
        YG-06 | Hatha Basics | Sofia | 2024-06-08 | 09:00 | Beginner | 20 | 20 | 6 | Cedar
        YG-07 | Yin and Restore | Marcus | 2024-06-05 | 19:30 | Beginner | 15 | 10 | 0 | Cedar
        YG-08 | Power Vinyasa | Dev | 2024-06-17 | 18:00 | Intermediate | 25 | 25 | 2 | Lotus
        YG-09 | Chair Yoga | Sofia | 2024-06-20 | 11:00 | All levels | 10 | 3 | 0 | Willow
        YG-10 | Ashtanga Mysore | Dev | 2024-07-02 | 06:30 | Advanced | 12 | 5 | 0 | Willow
        YG-11 | Sunrise Flow | Anika | 2024-05-29 | 07:00 | All levels | 20 | 16 | 0 | Lotus
        YG-12 | Hot Flow | Marcus | 2024-06-26 | 12:15 | Intermediate | 30 | 14 | 0 | Lotus
        YG-13 | Kids Yoga | Priya | 2024-06-10 | 16:00 | Beginner | 14 | 11 | 1 | Willow
        YG-14 | Yoga Nidra | Priya | 2024-06-09 | 20:00 | All levels | 16 | _ | _ | Cedar
    """),
    "car_hire_fleet": _table("""
        Reg | Model | Category | Mileage | Next Service | Daily Rate | Fuel Level | Status | Damage Notes
        LK21 ABX | Toyota Yaris | Economy | 20000 | 2024-06-20 | $39.00 | 100% | Available | _
        LK21 ABY | Toyota Yaris | Economy | 22310 | 2024-06-13 | $39.00 | 50% | On hire | scratch rear bumper
        MA22 HTC | VW Golf | Compact | 31200 | 2024-07-15 | $52.00 | 75% | On hire | _
        MA22 HTD | VW Golf | Compact | 10000 | 2024-06-12 | $52.00 | 25% | Cleaning | _
        YB20 KLP | Ford Transit | Van | 64020 | 2024-05-30 | $89.00 | 100% | Available | dent sliding door
        YB23 KLR | Ford Transit | Van | 12500 | 2024-06-11 | $89.00 | n/a | In workshop | windscreen chip
        PN72 EVS | Tesla Model 3 | Electric | 15800 | 2024-06-25 | $95.00 | 80% | On hire | ~
        PN72 EVT | Kia Niro EV | Electric | 27640 | 2024-06-18 | $78.00 | 60% | Available | _
        WR19 SUV | Nissan Qashqai | SUV | 50000 | 2024-06-07 | $68.00 | 75% | Available | alloy scuffed
        WR19 SUW | Nissan Qashqai | SUV | 51200 | 2024-07-03 | $68.00 | 50% | On hire | _
        DX23 PRM | BMW 5 Series | Premium | 8700 | 2024-06-14 | $140.00 | 100% | Reserved | _
        DX23 PRN | Mercedes E-Class | Premium | 11030 | 2024-06-10 | $150.00 | 90% | On hire | mirror cover missing
        BG18 MPV | Ford Galaxy | People carrier | 72400 | 2024-05-21 | $85.00 | 40% | In workshop | _
        BG18 MPW | VW Sharan | People carrier | 38150 | 2024-06-24 | $90.00 | 70% | Available | _
    """),
    "scout_camp_list": _table("""
        Scout | Patrol | Age | Dietary Needs | Consent Form | Kit Check | Deposit | Balance Owed | Form Returned
        Alfie Brooks | Kestrels | 11 | _ | Received | Done | $40.00 | $0.00 | 2024-06-10
        Bea Thornton | Kestrels | 12 | Vegetarian | Received | Done | $40.00 | $45.00 | 2024-06-03
        Caleb Hunt | Otters | 10 | Nut allergy | Missing | Not done | $20.00 | $65.00 | _
        Daisy Okoro | Otters | 13 | _ | Received | Done | $40.00 | $0.00 | 2024-05-22
        Eli Marsden | Badgers | 11 | Gluten free | Received | Not done | $40.00 | $25.00 | 2024-06-11
        Freya Long | Badgers | 14 | Vegan | Received | Done | $40.00 | $0.00 | 2024-06-06
        George Pike | Kestrels | 10 | _ | Missing | Not done | $0.00 | $85.00 | ~
        Harriet Vale | Foxes | 12 | Dairy free | Received | Done | $40.00 | $40.00 | 2024-06-12
        Idris Khan | Foxes | 11 | Halal | Received | Done | $40.00 | $0.00 | 2024-05-31
        Jess Morley | Otters | 13 | ~ | Received | Not done | $20.00 | $45.00 | 2024-06-07
        Kofi Mensah | Badgers | 12 | Vegetarian | Received | Done | $40.00 | $0.00 | 2024-06-04
        Lily Shaw | Foxes | 10 | Nut allergy | Missing | Not done | $0.00 | $85.00 | _
        Milo Grant | Kestrels | 14 | _ | Received | Done | $40.00 | $5.00 | 2024-04-30
        Nia Roberts | Foxes | 13 | Vegetarian | Received | Done | $40.00 | $25.00 | 2024-06-09
    """),
    "salon_bookings": _table("""
        Booking | Client | Stylist | Service | Appt Date | Minutes | Price | Tip | Deposit | Status
        SB-3301 | Karen Doyle | Jade | Cut and blow-dry | 2024-06-12 | 60 | $55.00 | $5.00 | $10.00 | Arrived
        SB-3302 | Tom Ellis | Rico | Gents cut | 2024-06-12 | 30 | $25.00 | $0.00 | _ | Arrived
        SB-3303 | Amara Osei | Jade | Full head colour | 2024-06-13 | 120 | $100.00 | _ | $25.00 | Confirmed
        SB-3304 | Lucy Fenn | Bex | Balayage | 2024-06-14 | 180 | $165.00 | _ | $40.00 | Confirmed
        SB-3305 | Priya Rao | Rico | Cut and blow-dry | 2024-06-11 | 60 | $55.00 | $10.00 | $10.00 | Completed
        SB-3306 | Gail Hart | Bex | Root touch-up | 2024-06-10 | 75 | $68.00 | $6.00 | $15.00 | Completed
        SB-3307 | Dan Price | Rico | Beard trim | 2024-06-05 | 15 | $12.00 | $2.00 | ~ | No-show
        SB-3308 | Sophie Lam | Jade | Bridal trial | 2024-06-19 | 90 | $85.00 | _ | $30.00 | Confirmed
        SB-3309 | Karen Doyle | Jade | Toner refresh | 2024-05-28 | 45 | $38.00 | $4.00 | _ | Completed
        SB-3310 | Ola Nilsen | Mei | Keratin treatment | 2024-07-03 | 150 | $140.00 | _ | $35.00 | Confirmed
        SB-3311 | Ruth Baines | Mei | Wash and set | 2024-06-07 | 45 | $30.00 | $3.00 | _ | Completed
        SB-3312 | Ben Carter | Rico | Gents cut | 2024-06-21 | 30 | $25.00 | _ | _ | Cancelled
        SB-3313 | Hollie West | Bex | Highlights | 2024-05-16 | 150 | $120.00 | $15.00 | $30.00 | Completed
        SB-3314 | Mina Sato | Mei | Fringe trim | 2024-06-12 | 15 | $8.00 | $0.00 | waived | Running late
    """),
    "animal_shelter_intake": _table("""
        Animal ID | Name | Species | Breed | Intake Date | Age yrs | Weight kg | Vaccinated | Adoption Fee | Kennel
        AS-501 | Biscuit | Dog | Labrador cross | 2024-06-11 | 3 | 28.5 | Yes | $180.00 | K4
        AS-502 | Pepper | Cat | Domestic shorthair | 2024-06-10 | 1 | 3.9 | No | $90.00 | C2
        AS-503 | Ziggy | Rabbit | Netherland dwarf | 2024-06-04 | 2 | 1.1 | Yes | $40.00 | R1
        AS-504 | Bruno | Dog | Staffordshire bull terrier | 2024-05-23 | 6 | 20 | Yes | $150.00 | K2
        AS-505 | Misty | Cat | Maine Coon | 2024-06-12 | 9 | 6.8 | Pending | $60.00 | C5
        AS-506 | Rolo | Dog | Dachshund | 2024-06-07 | 11 | 8.2 | Yes | $0.00 | K1
        AS-507 | Nala | Cat | Bengal cross | 2024-04-18 | 4 | 4.6 | Yes | $120.00 | C1
        AS-508 | Hopper | Rabbit | Lop | 2024-06-09 | 1 | 2.3 | No | $40.00 | R2
        AS-509 | Shadow | Dog | German shepherd | 2024-05-30 | 5 | 34 | Pending | $200.00 | K6
        AS-510 | Tinkerbell | Guinea pig | Abyssinian | 2024-06-03 | 2 | 0.9 | No | $25.00 | S1
        AS-511 | Duke | Dog | Greyhound | 2024-06-08 | 7 | 30 | Yes | $150.00 | K3
        AS-512 | Sooty | Cat | Domestic longhair | 2024-05-14 | 13 | 5.1 | Yes | $0.00 | C3
        AS-513 | Mabel | Dog | Cocker spaniel cross | 2024-06-01 | 2 | 13.4 | Pending | $220.00 | K5
        AS-514 | Pip | Cat | Domestic shorthair | 2024-06-12 | 0.5 | tbc | No | $110.00 | C4
    """),
}


ENTRIES: dict[str, list[tuple]] = {
    "care_home_visits": [
        ("Can I colour the visits where the party was bigger than 2 people? Party Size is column H.", "GreaterThan({Party Size}, 2)", "rows", "by-header", "forum"),
        ("Highlight the rows for visits that lasted longer than 60 minutes", "GreaterThan({Minutes}, 60)", "rows", "by-header", "chat"),
        ("Highlight Minutes less than 30 in sheet Visits", "LessThan({Minutes}, 30)", "cells", "by-header", "annotator"),
        ("shade the whole row when three or more people came in the party", "GreaterThanEqual({Party Size}, 3)", "rows", "by-header", "chat"),
        ("We log every visit to the home. How can I colour visits of 25 minutes or less? Minutes is column G.", "LessThanEqual({Minutes}, 25)", "cells", "by-header", "forum", "boundary"),
        ("mark every visit by a resident's son", "TextEquals({Relationship}, \"Son\")", "rows", "by-value", "chat", "value-word"),
        ("notes mentioning lunch", "TextContains({Notes}, \"lunch\")", "cells", "by-header", "terse"),
        ("Highlight rows where Relationship does not contain daughter in sheet Visits", "TextNotContains({Relationship}, \"daughter\")", "rows", "by-header", "annotator", "negation"),
        ("visitors whose names start with Dr", "TextStartsWith({Visitor}, \"Dr\")", "cells", "by-header", "terse", "starts-ends"),
        ("Highlight visitors who appear more than once", "Duplicates({Visitor})", "cells", "by-header", "chat"),
        ("relationships that occur only once in the log", "Unique({Relationship})", "cells", "by-header", "terse"),
        ("Any row with an empty Notes cell should go grey. How do I set that up?", "Blanks({Notes})", "rows", "by-header", "forum"),
        ("Highlight Notes that are not blank in sheet Visits", "NotBlanks({Notes})", "cells", "by-header", "annotator", "negation"),
        ("the 3 longest visits", "Top({Minutes}, 3)", "rows", "by-meaning", "terse", "superlative"),
        ("can you highlight the two shortest visits in minutes", "Bottom({Minutes}, 2)", "cells", "by-header", "chat", "superlative"),
        ("Highlight rows where Minutes is above average in sheet Visits", "AboveAverage({Minutes})", "rows", "by-header", "annotator"),
        ("visits that were shorter than average", "BelowAverage({Minutes})", "cells", "by-meaning", "chat"),
        ("colour visits that took between 30 and 60 minutes, both included", "Between({Minutes}, 30, 60)", "rows", "by-header", "chat", "boundary"),
        ("Rooms outside 5 to 15 - can I flag those visit rows? Room numbers are in column C.", "NotBetween({Room}, 5, 15)", "rows", "by-header", "forum"),
        ("Highlight visits happening today", "Today({Visit Date})", "rows", "by-meaning", "chat", "date"),
        ("visit date = tomorrow", "Tomorrow({Visit Date})", "cells", "by-header", "terse", "date"),
        ("Highlight Visit Date in next week in sheet Visits", "NextWeek({Visit Date})", "cells", "by-header", "annotator", "date"),
        ("Which formatting option highlights visits from last month? I want the full row.", "LastMonth({Visit Date})", "rows", "by-meaning", "forum", "date"),
        ("rows where the visitor is a wife or a sister", "OR(TextEquals({Relationship}, \"Wife\"), TextEquals({Relationship}, \"Sister\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("visits of at least 40 but under 90 minutes", "AND(GreaterThanEqual({Minutes}, 40), LessThan({Minutes}, 90))", "cells", "by-header", "terse", "boundary"),
    ],
    "food_truck_sales": [
        ("flag the #DIV/0! cells in avg ticket", "Errors({Avg Ticket})", "cells", "by-header", "terse"),
        ("Avg Ticket shows #DIV/0! on the rained-off days. Can conditional formatting highlight those rows?", "Errors({Avg Ticket})", "rows", "by-header", "forum"),
        ("Highlight Avg Ticket with errors in sheet Daily", "Errors({Avg Ticket})", "cells", "by-header", "annotator"),
        ("Highlight rows where Avg Ticket has no error in sheet Sales", "NotErrors({Avg Ticket})", "rows", "by-header", "annotator", "negation"),
        ("avg ticket without errors", "NotErrors({Avg Ticket})", "cells", "by-header", "terse", "negation"),
        ("highlight the days whose average spend worked out fine, no error", "NotErrors({Avg Ticket})", "rows", "by-meaning", "chat", "negation"),
        ("How can I highlight every Avg Ticket cell that isn't an error?", "NotErrors({Avg Ticket})", "cells", "by-header", "forum", "negation"),
        ("orders over 120", "GreaterThan({Orders}, 120)", "cells", "by-header", "terse"),
        ("highlight days when card share was above 85%", "GreaterThan({Card Share}, 0.85)", "rows", "by-header", "chat", "number-format"),
        ("trading days in the last 7 days", "Last7Days({Trading Day})", "cells", "by-header", "terse", "date"),
        ("Highlight Trading Day in the last 7 days in sheet Daily", "Last7Days({Trading Day})", "cells", "by-header", "annotator", "date"),
        ("highlight the past seven days of trading", "Last7Days({Trading Day})", "rows", "by-meaning", "chat", "date"),
        ("Highlight Trading Day in this month in sheet Daily", "ThisMonth({Trading Day})", "cells", "by-header", "annotator", "date"),
        ("this month's trading days", "ThisMonth({Trading Day})", "rows", "by-meaning", "terse", "date"),
        ("Which rule highlights days in the current month? Trading Day is column A.", "ThisMonth({Trading Day})", "rows", "by-header", "forum", "date"),
        ("two lowest waste days", "Bottom({Waste kg}, 2)", "rows", "by-meaning", "terse", "superlative"),
        ("colour scale on waste kg", "ColorScale({Waste kg})", "cells", "by-header", "terse"),
        ("Apply a colour scale to Waste kg in sheet Daily", "ColorScale({Waste kg})", "cells", "by-header", "annotator"),
        ("Can I shade the waste figures from green to red with a colour scale?", "ColorScale({Waste kg})", "cells", "by-meaning", "forum"),
        ("data bars for waste", "DataBar({Waste kg})", "cells", "by-meaning", "terse"),
        ("Apply data bars to Waste kg in sheet Daily", "DataBar({Waste kg})", "cells", "by-header", "annotator"),
        ("add data bars to the waste column please", "DataBar({Waste kg})", "cells", "by-header", "chat"),
        ("icons on waste kg", "IconSet({Waste kg})", "cells", "by-header", "terse"),
        ("Apply an icon set to Waste kg in sheet Daily", "IconSet({Waste kg})", "cells", "by-header", "annotator"),
        ("Highlight Takings greater than 1000 in sheet Sales", "GreaterThan({Takings}, 1000)", "cells", "by-header", "annotator", "number-format"),
        ("days we took less than $600", "LessThan({Takings}, 600)", "rows", "by-meaning", "terse", "number-format"),
        ("waste kg >= 3", "GreaterThanEqual({Waste kg}, 3)", "cells", "by-header", "terse"),
        ("How do I shade the rows where card share is 75% or lower? Card Share is column F.", "LessThanEqual({Card Share}, 0.75)", "rows", "by-header", "forum", "number-format"),
        ("Highlight Avg Ticket not equal to 8 in sheet Sales", "NotEquals({Avg Ticket}, 8)", "cells", "by-header", "annotator", "negation"),
        ("show me the rainy days", "TextEquals({Weather}, \"Rain\")", "rows", "by-value", "chat", "value-word"),
        ("best seller contains fries", "TextContains({Best Seller}, \"Fries\")", "cells", "by-header", "terse"),
        ("Highlight rows where Pitch does not contain Market in sheet Sales", "TextNotContains({Pitch}, \"Market\")", "rows", "by-header", "annotator", "negation"),
        ("pitches beginning with Tech", "TextStartsWith({Pitch}, \"Tech\")", "cells", "by-header", "terse", "starts-ends"),
        ("Can I highlight the best sellers that end in Wrap? Just the cells is fine.", "TextEndsWith({Best Seller}, \"Wrap\")", "cells", "by-header", "forum", "starts-ends"),
        ("Highlight the cells in Avg Ticket that show an error like #DIV/0!", "Errors({Avg Ticket})", "cells", "by-header", "chat"),
        ("which days have no best seller filled in", "Blanks({Best Seller})", "rows", "by-header", "chat"),
        ("top 3 takings days", "Top({Takings}, 3)", "rows", "by-header", "terse", "superlative"),
        ("above-average waste", "AboveAverage({Waste kg})", "cells", "by-meaning", "terse"),
        ("orders between 100 and 150", "Between({Orders}, 100, 150)", "rows", "by-header", "terse", "boundary"),
        ("Highlight today's trading day row", "Today({Trading Day})", "rows", "by-header", "chat", "date"),
        ("Highlight Trading Day equal to yesterday in sheet Sales", "Yesterday({Trading Day})", "cells", "by-header", "annotator", "date"),
        ("Our log has a row per trading day in column A. How do I colour the last 7 days?", "Last7Days({Trading Day})", "rows", "by-meaning", "forum", "date"),
        ("days traded last week", "LastWeek({Trading Day})", "rows", "by-meaning", "terse", "date"),
        ("colour trading days in this month", "ThisMonth({Trading Day})", "cells", "by-header", "chat", "date"),
        ("rows where the weather was not sunny", "NOT(TextEquals({Weather}, \"Sunny\"))", "rows", "by-value", "terse", "negation", "value-word"),
    ],
    "karate_gradings": [
        ("kumite over 8", "GreaterThan({Kumite Score}, 8)", "cells", "by-header", "terse"),
        ("highlight the two lowest kumite scores", "Bottom({Kumite Score}, 2)", "rows", "by-header", "chat", "superlative"),
        ("Highlight Kata Score greater than 8 in sheet Gradings", "GreaterThan({Kata Score}, 8)", "cells", "by-header", "annotator"),
        ("students under 10 years old", "LessThan({Age}, 10)", "rows", "by-meaning", "terse"),
        ("colour kumite scores of 7.5 and up", "GreaterThanEqual({Kumite Score}, 7.5)", "cells", "by-header", "chat", "boundary"),
        ("How do I highlight every student whose kata score is 5 or under? I'd like the whole row. Kata is in column F.", "LessThanEqual({Kata Score}, 5)", "rows", "by-header", "forum", "boundary"),
        ("fee paid not $30", "NotEquals({Fee Paid}, 30)", "cells", "by-header", "terse", "negation", "number-format"),
        ("Highlight everyone who passed with merit", "TextEquals({Result}, \"Pass with merit\")", "rows", "by-value", "chat", "value-word"),
        ("result contains pass", "TextContains({Result}, \"pass\")", "cells", "by-header", "terse"),
        ("Highlight Result that does not contain Pass in sheet Gradings", "TextNotContains({Result}, \"Pass\")", "cells", "by-header", "annotator", "negation"),
        ("white or yellow belts", "OR(TextEquals({Current Belt}, \"White\"), TextEquals({Current Belt}, \"Yellow\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("I need the belts starting with P highlighted, only that column", "TextStartsWith({Current Belt}, \"P\")", "cells", "by-header", "chat", "starts-ends"),
        ("member numbers ending in 0", "TextEndsWith({Member No}, \"0\")", "cells", "by-header", "terse", "starts-ends"),
        ("We forgot to record some grading fees. Can the rows with no fee be highlighted automatically? Fees are in I2:I15.", "Blanks({Fee Paid})", "rows", "by-header", "forum"),
        ("Highlight Fee Paid that is not blank in sheet Gradings", "NotBlanks({Fee Paid})", "cells", "by-header", "annotator", "negation"),
        ("highlight repeated kata scores", "Duplicates({Kata Score})", "cells", "by-header", "chat"),
        ("the 3 lowest kata scores", "Bottom({Kata Score}, 3)", "cells", "by-header", "terse", "superlative"),
        ("Could you highlight students whose kumite is above the average?", "AboveAverage({Kumite Score})", "rows", "by-header", "chat"),
        ("kata below average - whole row", "BelowAverage({Kata Score})", "rows", "by-header", "terse"),
        ("Highlight Age between 11 and 14 in sheet Gradings", "Between({Age}, 11, 14)", "rows", "by-header", "annotator", "boundary"),
        ("kumite not between 6 and 8", "NotBetween({Kumite Score}, 6, 8)", "cells", "by-header", "terse", "negation"),
        ("highlight who's grading tomorrow", "Tomorrow({Grading Date})", "rows", "by-meaning", "chat", "date"),
        ("Highlight Grading Date in this week in sheet Gradings", "ThisWeek({Grading Date})", "cells", "by-header", "annotator", "date"),
        ("Our grading dates are in column E. Is there a way to highlight the ones next month so I can chase fees?", "NextMonth({Grading Date})", "rows", "by-header", "forum", "date"),
        ("gradings last month", "LastMonth({Grading Date})", "rows", "by-meaning", "terse", "date"),
    ],
    "wine_bar_stock": [
        ("vintages after 2021", "GreaterThan({Vintage}, 2021)", "cells", "by-header", "terse"),
        ("bins with fewer than 5 bottles left", "LessThan({Bottles}, 5)", "rows", "by-meaning", "terse"),
        ("vintage <= 2017", "LessThanEqual({Vintage}, 2017)", "cells", "by-header", "terse", "boundary"),
        ("Highlight Vintage not equal to 2022 in sheet Cellar", "NotEquals({Vintage}, 2022)", "cells", "by-header", "annotator", "negation"),
        ("highlight all the French wines", "TextEquals({Country}, \"France\")", "rows", "by-value", "chat", "value-word"),
        ("grape contains sauvignon", "TextContains({Grape}, \"Sauvignon\")", "cells", "by-header", "terse"),
        ("Highlight rows where Wine does not contain Villa in sheet Cellar", "TextNotContains({Wine}, \"Villa\")", "rows", "by-header", "annotator", "negation"),
        ("wines whose name starts with Chateau", "TextStartsWith({Wine}, \"Chateau\")", "cells", "by-header", "chat", "starts-ends"),
        ("Can conditional formatting pick out bins ending in 0? Bin numbers are in A2:A15, whole row.", "TextEndsWith({Bin}, \"0\")", "rows", "by-header", "forum", "starts-ends"),
        ("countries listed more than once", "Duplicates({Country})", "cells", "by-header", "terse"),
        ("Highlight Grape that is unique in sheet Cellar", "Unique({Grape})", "cells", "by-header", "annotator"),
        ("highlight the two oldest vintages", "Bottom({Vintage}, 2)", "rows", "by-header", "chat", "superlative"),
        ("Highlight the top 25% of Bottles in sheet Cellar", "TopPercent({Bottles}, 25)", "cells", "by-header", "annotator", "superlative"),
        ("cheapest 20% by cost", "BottomPercent({Cost}, 20)", "rows", "by-header", "terse", "superlative"),
        ("I want to see which wines cost us more than the average cost, whole rows", "AboveAverage({Cost})", "rows", "by-header", "chat"),
        ("Highlight Menu Price below average in sheet Cellar", "BelowAverage({Menu Price})", "cells", "by-header", "annotator"),
        ("Is there a way to put data bars in the Bottles column so I can see stock at a glance?", "DataBar({Bottles})", "cells", "by-header", "forum"),
        ("menu price 30 to 45", "Between({Menu Price}, 30, 45)", "cells", "by-header", "terse", "boundary", "number-format"),
        ("Highlight Last Counted equal to today in sheet Cellar", "Today({Last Counted})", "cells", "by-header", "annotator", "date"),
        ("bins counted yesterday", "Yesterday({Last Counted})", "rows", "by-meaning", "terse", "date"),
        ("We do a stock count in column I. How do I highlight the rows counted last week?", "LastWeek({Last Counted})", "rows", "by-header", "forum", "date"),
        ("colour the counts done this week", "ThisWeek({Last Counted})", "cells", "by-meaning", "chat", "date"),
        ("Spanish or Italian wines", "OR(TextEquals({Country}, \"Spain\"), TextEquals({Country}, \"Italy\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("highlight bottles from 6 up to 20, including both", "AND(GreaterThanEqual({Bottles}, 6), LessThanEqual({Bottles}, 20))", "cells", "by-header", "chat", "boundary"),
    ],
    "removals_quotes": [
        ("volume over 1000 cu ft", "GreaterThan({Volume cu ft}, 1000)", "rows", "by-header", "terse"),
        ("small jobs under 700 cu ft", "LessThan({Volume cu ft}, 700)", "rows", "by-header", "terse"),
        ("flag moves needing 4 or more crew", "GreaterThanEqual({Crew}, 4)", "rows", "by-header", "chat", "boundary"),
        ("How do I colour quotes of $1,000 or less? The Quote column is H.", "LessThanEqual({Quote}, 1000)", "cells", "by-header", "forum", "number-format", "boundary"),
        ("Highlight rows where Crew is not equal to 3 in sheet Quotes", "NotEquals({Crew}, 3)", "rows", "by-header", "annotator", "negation"),
        ("highlight the quotes that got declined", "TextEquals({Status}, \"Declined\")", "rows", "by-value", "chat", "value-word"),
        ("Highlight To that contains Leeds in sheet Quotes", "TextContains({To}, \"Leeds\")", "cells", "by-header", "annotator"),
        ("moves not starting from Leeds - how can I flag those rows? From is column C.", "TextNotContains({From}, \"Leeds\")", "rows", "by-header", "forum", "negation"),
        ("quote numbers beginning RQ-241", "TextStartsWith({Quote No}, \"RQ-241\")", "cells", "by-header", "terse", "starts-ends"),
        ("destinations ending LS6", "TextEndsWith({To}, \"LS6\")", "rows", "by-header", "terse", "starts-ends"),
        ("Please highlight customers who've asked us for more than one quote", "Duplicates({Customer})", "rows", "by-meaning", "chat"),
        ("Highlight Bedrooms that is unique in sheet Quotes", "Unique({Bedrooms})", "cells", "by-header", "annotator"),
        ("Some jobs have no crew assigned yet. Can I highlight those blank crew cells?", "Blanks({Crew})", "cells", "by-header", "forum"),
        ("rows that do have a crew", "NotBlanks({Crew})", "rows", "by-header", "terse", "negation"),
        ("Is there a built-in rule for quotes below the average price? I'd like the whole line coloured.", "BelowAverage({Quote})", "rows", "by-meaning", "forum"),
        ("Highlight Volume cu ft between 600 and 1000 in sheet Quotes", "Between({Volume cu ft}, 600, 1000)", "cells", "by-header", "annotator", "boundary"),
        ("crew size outside 2 to 3", "NotBetween({Crew}, 2, 3)", "cells", "by-header", "terse"),
        ("which moves are happening today? highlight those rows", "Today({Move Date})", "rows", "by-meaning", "chat", "date"),
        ("Highlight Move Date in next week in sheet Quotes", "NextWeek({Move Date})", "rows", "by-header", "annotator", "date"),
        ("moves tomorrow", "Tomorrow({Move Date})", "rows", "by-meaning", "terse", "date"),
        ("I want every move that falls next month highlighted. Move dates are in E2:E15.", "NextMonth({Move Date})", "rows", "by-header", "forum", "date"),
        ("quoted or survey needed", "OR(TextEquals({Status}, \"Quoted\"), TextEquals({Status}, \"Survey needed\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("status isn't completed", "NOT(TextEquals({Status}, \"Completed\"))", "cells", "by-header", "terse", "negation"),
    ],
    "yoga_timetable": [
        ("Highlight Capacity greater than 20 in sheet Timetable", "GreaterThan({Capacity}, 20)", "rows", "by-header", "annotator"),
        ("Highlight Booked greater than 20 in sheet Timetable", "GreaterThan({Booked}, 20)", "cells", "by-header", "annotator"),
        ("classes with fewer than 10 booked", "LessThan({Booked}, 10)", "rows", "by-header", "terse"),
        ("highlight any class with a waitlist of 2 or more", "GreaterThanEqual({Waitlist}, 2)", "rows", "by-header", "chat", "boundary"),
        ("How do I highlight the small classes, capacity of 12 or fewer? Capacity is column G.", "LessThanEqual({Capacity}, 12)", "rows", "by-meaning", "forum", "boundary"),
        ("capacity = 15", "Equals({Capacity}, 15)", "cells", "by-header", "terse"),
        ("which classes are advanced? highlight them", "TextEquals({Level}, \"Advanced\")", "rows", "by-value", "chat", "value-word"),
        ("class name contains flow", "TextContains({Class}, \"flow\")", "cells", "by-header", "terse"),
        ("Highlight rows where Class does not contain Yoga in sheet Timetable", "TextNotContains({Class}, \"Yoga\")", "rows", "by-header", "annotator", "negation"),
        ("classes starting with Ashtanga", "TextStartsWith({Class}, \"Ashtanga\")", "cells", "by-header", "terse", "starts-ends"),
        ("Can I colour every class whose name ends in Restore, the whole row?", "TextEndsWith({Class}, \"Restore\")", "rows", "by-header", "forum", "starts-ends"),
        ("highlight class names that repeat in the timetable", "Duplicates({Class})", "cells", "by-header", "chat"),
        ("the 3 busiest classes by bookings", "Top({Booked}, 3)", "rows", "by-meaning", "terse", "superlative"),
        ("top 20% of capacity", "TopPercent({Capacity}, 20)", "cells", "by-header", "terse", "superlative"),
        ("Highlight Booked below average in sheet Timetable", "BelowAverage({Booked})", "cells", "by-header", "annotator"),
        ("highlight classes with above-average bookings", "AboveAverage({Booked})", "rows", "by-meaning", "chat"),
        ("bookings between 10 and 18", "Between({Booked}, 10, 18)", "rows", "by-header", "terse", "boundary"),
        ("highlight classes on today", "Today({Class Date})", "rows", "by-meaning", "chat", "date"),
        ("Highlight Class Date equal to tomorrow in sheet Timetable", "Tomorrow({Class Date})", "cells", "by-header", "annotator", "date"),
        ("How can I shade this week's classes? The dates are in column D.", "ThisWeek({Class Date})", "rows", "by-header", "forum", "date"),
        ("classes next week", "NextWeek({Class Date})", "rows", "by-meaning", "terse", "date"),
        ("highlight classes from last month", "LastMonth({Class Date})", "cells", "by-meaning", "chat", "date"),
        ("Anika's or Priya's classes", "OR(TextEquals({Teacher}, \"Anika\"), TextEquals({Teacher}, \"Priya\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("studio other than Lotus", "NOT(TextEquals({Studio}, \"Lotus\"))", "cells", "by-header", "terse", "negation"),
    ],
    "car_hire_fleet": [
        ("Highlight Daily Rate greater than 68 in sheet Fleet", "GreaterThan({Daily Rate}, 68)", "rows", "by-header", "annotator", "number-format"),
        ("Highlight Mileage greater than 50000 in sheet Fleet", "GreaterThan({Mileage}, 50000)", "rows", "by-header", "annotator"),
        ("fuel 90% or more", "GreaterThanEqual({Fuel Level}, 0.9)", "cells", "by-header", "terse", "number-format", "boundary"),
        ("Highlight Daily Rate equal to 89 in sheet Fleet", "Equals({Daily Rate}, 89)", "cells", "by-header", "annotator", "number-format"),
        ("highlight the cars that are on hire", "TextEquals({Status}, \"On hire\")", "rows", "by-value", "chat", "value-word"),
        ("Highlight Model that contains Golf in sheet Fleet", "TextContains({Model}, \"Golf\")", "cells", "by-header", "annotator"),
        ("models without Ford in the name", "TextNotContains({Model}, \"Ford\")", "rows", "by-header", "terse", "negation"),
        ("How do I highlight the registrations that begin with LK? Regs are in A2:A15.", "TextStartsWith({Reg}, \"LK\")", "rows", "by-header", "forum", "starts-ends"),
        ("categories ending in carrier", "TextEndsWith({Category}, \"carrier\")", "cells", "by-header", "terse", "starts-ends"),
        ("cars with no damage noted", "Blanks({Damage Notes})", "rows", "by-meaning", "terse"),
        ("Can I colour the whole row when there's something in the damage notes?", "NotBlanks({Damage Notes})", "rows", "by-header", "forum"),
        ("top 3 mileage", "Top({Mileage}, 3)", "rows", "by-header", "terse", "superlative"),
        ("Highlight the bottom 20% of Mileage in sheet Fleet", "BottomPercent({Mileage}, 20)", "cells", "by-header", "annotator", "superlative"),
        ("mileage above average", "AboveAverage({Mileage})", "cells", "by-header", "terse"),
        ("Is there a way to show which vehicles have less fuel than the fleet average?", "BelowAverage({Fuel Level})", "rows", "by-meaning", "forum"),
        ("Apply an icon set to Fuel Level in sheet Fleet", "IconSet({Fuel Level})", "cells", "by-header", "annotator"),
        ("mileage 10000 to 30000", "Between({Mileage}, 10000, 30000)", "cells", "by-header", "terse", "boundary"),
        ("daily rate not between 50 and 90", "NotBetween({Daily Rate}, 50, 90)", "rows", "by-header", "chat", "number-format"),
        ("which cars are due a service tomorrow", "Tomorrow({Next Service})", "rows", "by-meaning", "chat", "date"),
        ("Highlight Next Service in the last 7 days in sheet Fleet", "Last7Days({Next Service})", "cells", "by-header", "annotator", "date"),
        ("services due this month", "ThisMonth({Next Service})", "rows", "by-meaning", "terse", "date"),
        ("Is there a rule to colour cars whose next service is next month? Column E holds the dates.", "NextMonth({Next Service})", "rows", "by-header", "forum", "date"),
        ("service overdue since last month, i.e. next service in last month", "LastMonth({Next Service})", "cells", "by-header", "chat", "date"),
        ("in workshop or cleaning", "OR(TextEquals({Status}, \"In workshop\"), TextEquals({Status}, \"Cleaning\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("mileage over 20000 but below 50000", "AND(GreaterThan({Mileage}, 20000), LessThan({Mileage}, 50000))", "rows", "by-header", "terse"),
    ],
    "scout_camp_list": [
        ("ages over 12", "GreaterThan({Age}, 12)", "cells", "by-header", "terse"),
        ("Highlight Balance Owed greater than 40 in sheet Camp", "GreaterThan({Balance Owed}, 40)", "rows", "by-header", "annotator", "number-format"),
        ("scouts younger than 11", "LessThan({Age}, 11)", "rows", "by-meaning", "terse"),
        ("highlight balances of $25 or more", "GreaterThanEqual({Balance Owed}, 25)", "cells", "by-header", "chat", "number-format", "boundary"),
        ("How can I colour scouts aged 11 or under? Age is column C.", "LessThanEqual({Age}, 11)", "rows", "by-header", "forum", "boundary"),
        ("highlight scouts whose consent form is missing", "TextEquals({Consent Form}, \"Missing\")", "rows", "by-header", "chat", "value-word"),
        ("dietary needs mentioning allergy", "TextContains({Dietary Needs}, \"allergy\")", "rows", "by-header", "terse"),
        ("Highlight Kit Check that does not contain Not in sheet Camp", "TextNotContains({Kit Check}, \"Not\")", "cells", "by-header", "annotator", "negation"),
        ("patrols starting with K", "TextStartsWith({Patrol}, \"K\")", "cells", "by-header", "terse", "starts-ends"),
        ("Can I highlight anyone whose dietary need ends with free (gluten free, dairy free)?", "TextEndsWith({Dietary Needs}, \"free\")", "rows", "by-meaning", "forum", "starts-ends"),
        ("Highlight Dietary Needs that is unique in sheet Camp", "Unique({Dietary Needs})", "cells", "by-header", "annotator"),
        ("no form returned date", "Blanks({Form Returned})", "rows", "by-header", "terse"),
        ("Any scout with a dietary need filled in should be highlighted for the cook. How?", "NotBlanks({Dietary Needs})", "rows", "by-header", "forum"),
        ("the 3 biggest balances owed", "Top({Balance Owed}, 3)", "rows", "by-header", "terse", "superlative"),
        ("highlight the top 30% of balances", "TopPercent({Balance Owed}, 30)", "cells", "by-meaning", "chat", "superlative"),
        ("balance above average", "AboveAverage({Balance Owed})", "cells", "by-header", "terse"),
        ("Highlight Age below average in sheet Camp", "BelowAverage({Age})", "rows", "by-header", "annotator"),
        ("balance between 5 and 45", "Between({Balance Owed}, 5, 45)", "rows", "by-header", "terse", "boundary", "number-format"),
        ("age outside 11-13", "NotBetween({Age}, 11, 13)", "cells", "by-header", "terse"),
        ("Highlight Form Returned equal to today in sheet Camp", "Today({Form Returned})", "cells", "by-header", "annotator", "date"),
        ("forms that came back yesterday", "Yesterday({Form Returned})", "rows", "by-meaning", "chat", "date"),
        ("forms returned in the last 7 days", "Last7Days({Form Returned})", "rows", "by-header", "terse", "date"),
        ("Which rule highlights forms returned last week? Dates are in I2:I15.", "LastWeek({Form Returned})", "rows", "by-header", "forum", "date"),
        ("Vegan or Halal", "OR(TextEquals({Dietary Needs}, \"Vegan\"), TextEquals({Dietary Needs}, \"Halal\"))", "cells", "by-value", "terse", "or", "value-word"),
        ("highlight scouts in any patrol except Foxes", "NOT(TextEquals({Patrol}, \"Foxes\"))", "rows", "by-header", "chat", "negation", "value-word"),
    ],
    "salon_bookings": [
        ("highlight tips bigger than $5", "GreaterThan({Tip}, 5)", "cells", "by-header", "chat", "number-format"),
        ("Highlight Price greater than 100 in sheet Bookings", "GreaterThan({Price}, 100)", "rows", "by-header", "annotator", "number-format"),
        ("appointments shorter than 45 minutes", "LessThan({Minutes}, 45)", "rows", "by-meaning", "terse"),
        ("highlight tips of $5 and above", "GreaterThanEqual({Tip}, 5)", "cells", "by-header", "chat", "number-format", "boundary"),
        ("How do I colour services that cost $30 or less? Price is column G.", "LessThanEqual({Price}, 30)", "cells", "by-header", "forum", "number-format", "boundary"),
        ("minutes = 60", "Equals({Minutes}, 60)", "cells", "by-header", "terse"),
        ("Highlight Minutes not equal to 30 in sheet Bookings", "NotEquals({Minutes}, 30)", "cells", "by-header", "annotator", "negation"),
        ("highlight the no-shows", "TextEquals({Status}, \"No-show\")", "rows", "by-value", "chat", "value-word"),
        ("service contains cut", "TextContains({Service}, \"cut\")", "cells", "by-header", "terse"),
        ("Highlight rows where Service does not contain colour in sheet Bookings", "TextNotContains({Service}, \"colour\")", "rows", "by-header", "annotator", "negation"),
        ("Is there a way to highlight every service beginning with Gents?", "TextStartsWith({Service}, \"Gents\")", "rows", "by-header", "forum", "starts-ends"),
        ("services ending in trim", "TextEndsWith({Service}, \"trim\")", "cells", "by-header", "terse", "starts-ends"),
        ("highlight clients who have booked more than once", "Duplicates({Client})", "rows", "by-meaning", "chat"),
        ("no deposit taken", "Blanks({Deposit})", "rows", "by-meaning", "terse"),
        ("highlight tip cells that have something in them", "NotBlanks({Tip})", "cells", "by-header", "chat", "negation"),
        ("price above the average", "AboveAverage({Price})", "rows", "by-header", "terse"),
        ("Highlight Tip below average in sheet Bookings", "BelowAverage({Tip})", "cells", "by-header", "annotator"),
        ("colour scale on the deposits", "ColorScale({Deposit})", "cells", "by-header", "terse"),
        ("highlight bookings between 45 and 90 minutes", "Between({Minutes}, 45, 90)", "rows", "by-header", "chat", "boundary"),
        ("Highlight Appt Date equal to today in sheet Bookings", "Today({Appt Date})", "rows", "by-header", "annotator", "date"),
        ("I'd like next week's appointments highlighted so I can send reminders. Dates are in E.", "NextWeek({Appt Date})", "rows", "by-meaning", "forum", "date"),
        ("colour appointments in this week", "ThisWeek({Appt Date})", "cells", "by-meaning", "chat", "date"),
        ("appt date last month", "LastMonth({Appt Date})", "cells", "by-header", "terse", "date"),
        ("Jade or Mei bookings", "OR(TextEquals({Stylist}, \"Jade\"), TextEquals({Stylist}, \"Mei\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("deposits from $15 to under $35", "AND(GreaterThanEqual({Deposit}, 15), LessThan({Deposit}, 35))", "cells", "by-header", "chat", "number-format", "boundary"),
    ],
    "animal_shelter_intake": [
        ("Highlight Age yrs greater than 5 in sheet Intake", "GreaterThan({Age yrs}, 5)", "rows", "by-header", "annotator"),
        ("Highlight Weight kg greater than 20 in sheet Intake", "GreaterThan({Weight kg}, 20)", "rows", "by-header", "annotator"),
        ("animals under 2 years", "LessThan({Age yrs}, 2)", "rows", "by-meaning", "terse"),
        ("highlight the seniors, 9 years or older", "GreaterThanEqual({Age yrs}, 9)", "rows", "by-meaning", "chat", "boundary"),
        ("How can I colour adoption fees of $60 or less? Fees are in column I.", "LessThanEqual({Adoption Fee}, 60)", "cells", "by-header", "forum", "number-format", "boundary"),
        ("Highlight Adoption Fee not equal to 150 in sheet Intake", "NotEquals({Adoption Fee}, 150)", "cells", "by-header", "annotator", "negation", "number-format"),
        ("highlight the animals whose vaccinations are still pending", "TextEquals({Vaccinated}, \"Pending\")", "rows", "by-header", "chat", "value-word"),
        ("breed contains cross", "TextContains({Breed}, \"cross\")", "cells", "by-header", "terse"),
        ("Highlight rows where Breed does not contain Domestic in sheet Intake", "TextNotContains({Breed}, \"Domestic\")", "rows", "by-header", "annotator", "negation"),
        ("kennels starting with K", "TextStartsWith({Kennel}, \"K\")", "rows", "by-header", "terse", "starts-ends"),
        ("Is there a way to highlight breeds ending in terrier?", "TextEndsWith({Breed}, \"terrier\")", "cells", "by-header", "forum", "starts-ends"),
        ("highlight breeds that show up more than once", "Duplicates({Breed})", "cells", "by-header", "chat"),
        ("Highlight Species that is unique in sheet Intake", "Unique({Species})", "rows", "by-header", "annotator"),
        ("the 3 heaviest animals", "Top({Weight kg}, 3)", "rows", "by-meaning", "terse", "superlative"),
        ("Highlight the top 10% of Adoption Fee in sheet Intake", "TopPercent({Adoption Fee}, 10)", "cells", "by-header", "annotator", "superlative"),
        ("lightest 20% by weight", "BottomPercent({Weight kg}, 20)", "rows", "by-header", "terse", "superlative"),
        ("Can I flag animals older than the average age, whole row?", "AboveAverage({Age yrs})", "rows", "by-meaning", "forum"),
        ("fee below average", "BelowAverage({Adoption Fee})", "cells", "by-header", "terse"),
        ("icon set on the weights please", "IconSet({Weight kg})", "cells", "by-header", "chat"),
        ("age not between 1 and 7", "NotBetween({Age yrs}, 1, 7)", "rows", "by-header", "terse"),
        ("animals that came in today", "Today({Intake Date})", "rows", "by-meaning", "terse", "date"),
        ("highlight intakes from yesterday", "Yesterday({Intake Date})", "rows", "by-meaning", "chat", "date"),
        ("Highlight Intake Date in this month in sheet Intake", "ThisMonth({Intake Date})", "cells", "by-header", "annotator", "date"),
        ("How do I highlight everything that arrived last week? Intake dates are in E2:E15.", "LastWeek({Intake Date})", "rows", "by-header", "forum", "date"),
        ("intake date in the last 7 days", "Last7Days({Intake Date})", "cells", "by-header", "terse", "date"),
        ("Rabbit or Guinea pig", "OR(TextEquals({Species}, \"Rabbit\"), TextEquals({Species}, \"Guinea pig\"))", "rows", "by-value", "terse", "or", "value-word"),
        ("highlight every animal that isn't a dog", "NOT(TextEquals({Species}, \"Dog\"))", "rows", "by-value", "chat", "negation", "value-word"),
    ],
}


table_sets.bind(globals())


if __name__ == "__main__":
    main()  # noqa: F821 (bound by table_sets.bind)
