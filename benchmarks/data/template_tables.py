"""Header-only requests on template tables (a header typed or selected before any data), and the
builder of template_tables.json.

Written by engineer T on 2026-12-06 (session 8). Why: header-only records are a third of the
public benchmark's held-out CF records (60 of 178: a header row, no data rows, the rule in the
indexed-column dialect `c[i]`), and the project's header-only measures so far were copies of sets
written with the cells in view (forum_tables, annotator_tables and header-only copies of the older
table sets), whose requests lean on what the cells show. This set is written for tables as a user
sets them up: a template selected, or a header pasted, and a request typed before the data. Its
requests name values in words (a status, a person, a category, a yes/no state, a level, a code:
about 40% of the records hold a text value), dates by Excel's periods, numbers with and without
their column named, abbreviations by meaning ("due back tomorrow", "hrs"), two conditions,
negations, "or" lists, blanks, duplicates, top/bottom, averages, text operators and visual
formats; whole-row and cell scope; chat, forum, add-in box and terse styles, a few typos. Each
request was written so that a careful person who reads only the header row and the request
agrees on the rule and its column, and each value is spelled as a person would type it in the
cell ("No" for unpaid, "Hybrid" for hybrid bikes, "Cancelled").

Tables: 13 new tables of themes no other set uses (a volunteer rota, a garden centre stock list,
a band's gig calendar, a dental practice's appointments, bike rentals, a film festival programme,
plumbing call-outs, a school trip list, a museum loans register, coworking desk bookings, a
translation agency's jobs, dog grooming bookings, wedding RSVPs), 7-9 columns (plain words,
abbreviations, units in parentheses, yes/no columns, a status, a people and a category column,
dates, numbers), 14 data rows each with blanks, duplicates, text among numbers and an error value
here and there; 341 requests written from scratch. After the first build, a second pass added
about 40 entries at the end of each table's list (Errors/NotErrors, percent ranks, NotBetween,
NotEquals, NextMonth, LessThanEqual, forum-style questions, typos) so that every function has
records in both halves, and changed table cells (boundary values, a blank, a one-space cell, a
text or error cell) where the near-miss checks asked; no score of any assistant was seen.

What was read: benchmarks/data/README.md; benchmarks/data/everyday_common.py; the module
docstrings, imports and function definitions (not the entries) of annotator_tables.py,
forum_tables.py and everyday_tables.py, and the table names and header rows (only) of every
`*_tables.py` builder, to pick themes none uses; tests/benchmarks/test_annotator_tables_data.py;
../shared/docs/CF_RULES.md; the printer of cf_assistant.languages.cf (a few rules printed) and
the judge's probe functions (their names and docstrings); a random sample of 30 requests of the
benchmark's train split (../shared/data/cf/train.json) for the annotators' style, none copied or
reworded (the builder refuses a request equal to one of the split). Not read: the assistant's code
(cf_assistant/assistant/, languages/cf/comparisons.py, phrases.py, synth.py, repairs.py,
cf_assistant/diffusion/, cf_assistant/training/), benchmarks/header_only.py, the other sets'
JSON files and entry lists (the builder compares against their requests in code only). The
assistant was never run on this set while it was written. (The subjects of the latest commits,
shown by `git log --oneline`, were seen: they name a few header meanings the assistant reads.)

How records are built and checked: each entry is (request, rule with `{Header}` for c[i], scope,
style, naming, extra tags); the record is everyday_tables' `build_record` on this module's TABLES
(IDs prefixed `tpl-`, tag `template-set`), checked on its FULL table with everyday_tables'
`problems` (it formats neither no row nor every row; its near misses, text operators aside, and
the same rule on any other column format other rows) and this module's `seen_problems` (as
annotator_tables': no request twice, none of the other ten sets' requests, none of the train
split's).
Then every record is written header-only: `Data` = [header row], `Labels` = [], tag
`header-only` (the bench judges it on probe values, where the chosen `c[i]` decides). Tags: the
style (`chat`, `forum`, `addin`, `terse`), how the column is named (`by-header`: its header's
words; `by-meaning`: a word for what it means, e.g. "unpaid" for Paid, "due back" for Due Back
named otherwise; `by-value`: only the value says it, e.g. "the cancelled gigs"), `value-word`
(added by the builder when the rule holds a text value), `typo`, `two-columns`. Dates are read
against the bench's reference date 2024-06-12 (a Wednesday); dev/test by `split_of` on the ID.
Choose on `dev`, report on `test`.

Rebuild: `python benchmarks/data/template_tables.py` (prints counts per split, table, scope,
family, function and tag); tests/benchmarks/test_template_tables_data.py checks the file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402
import forum_tables as forum  # noqa: E402
from everyday_common import seen_problems as common_seen_problems  # noqa: E402
from everyday_common import tag_problems, write_splits  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "template_tables.json"
TRAIN = forum.TRAIN
PREFIX = "tpl"
TAG = "template-set"
HEADER_ONLY = "header-only"
VALUE_WORD = "value-word"
STYLES = ("chat", "forum", "addin", "terse")
NAMINGS = ("by-header", "by-meaning", "by-value")
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json")
FAMILIES = forum.FAMILIES
family_of = forum.family_of
count_lines = forum.count_lines

C, F, A, T = STYLES
H, M, V = NAMINGS
TYPO, TWO = "typo", "two-columns"


def _table(header: list[str], rows: str) -> list[list[str]]:
    """A table from its header and one "a|b|c" line per data row (an empty field is a blank, `_`
    a cell holding one space)."""
    data = [header]
    for line in rows.strip().splitlines():
        cells = [" " if cell.strip() == "_" else cell.strip() for cell in line.split("|")]
        if len(cells) != len(header):
            raise SystemExit(f"{header}: row {line!r} has {len(cells)} cells")
        data.append(cells)
    return data


TABLES: dict[str, list[list[str]]] = {
    "volunteer_rota": _table(
        ["Volunteer", "Shift Date", "Shift", "Role", "Hours", "DBS Checked", "Confirmed"], """
Priya  | 2024-06-12 | Morning   | Driver     | 4   | Yes | Yes
Sam    | 2024-06-13 | Evening   | Kitchen    | 3   | No  | Yes
Ellen  | 2024-06-11 | Afternoon | Reception  | 2.5 | Yes | No
Tom    | 2024-06-18 | Morning   | Driver     | 6   | Yes | Yes
Priya  | 2024-06-14 | Evening   | Kitchen    | 3   | Yes |
Joan   | 2024-06-07 | Morning   | Befriender | 5   | No  | Yes
Sam    | 2024-05-22 | Afternoon | Driver     | 4   | No  | No
Marek  | 2024-06-04 | Night     | Warden     | 8   | Yes | Yes
Ellen  | 2024-07-03 | Morning   | Reception  | 2   | Yes | Yes
Ade    | 2024-06-10 | Evening   | Kitchen    | 3.5 |     | Yes
Tom    | 2024-06-26 | Night     | Warden     | 10  | Yes | No
Joan   | 2024-08-02 | Afternoon | Befriender | 1.5 | No  | Yes
Ruth   | 2024-06-20 | Morning   | Fundraiser | 0   | Yes | Yes
Kit    | 2024-04-15 | Evening   | Driver     | sick| Yes | Yes
"""),
    "garden_centre": _table(
        ["Plant", "Category", "Pot Size (L)", "Qty", "Price (£)", "Supplier", "Hardy", "Last Delivery"], """
Lavender Hidcote | Perennial | 2  | 48  | 6.99  | Greenway     | Yes | 2024-06-10
Japanese Maple   | Tree      | 10 | 5   | 39.99 | Oakfield     | Yes | 2024-05-14
Sweet Basil      | Herb      | 1  | 0   | 2.49  | Greenway     | No  | 2024-06-11
Olive Tree       | Tree      | 15 | -1  | 59    | Medi Imports | No  | 2024-04-02
Hosta Blue       | Perennial | 3  | tbc | 8.5   | Oakfield     | Yes | 2024-06-05
Geranium Red     | Bedding   | 1  | 120 | 1.99  | Greenway     | No  | 2024-06-12
Rosemary         | Herb      | 2  | _   | 5     | Herbs Direct | Yes |
Hardy Fuchsia    | Shrub     | 3  | 18  | 10    | Oakfield     | Yes | 2024-06-07
Petunia Mix      | Bedding   | 1  | 200 | 1.49  | Greenway     | No  | 2024-06-03
Clematis Nelly   | Climber   | 3  | 10  | 14.99 | Oakfield     | Yes | 2024-05-28
Garden Mint      | Herb      | 1  | 40  | 2.49  | Herbs Direct | Yes | 2024-06-13
Bay Laurel       | Shrub     | 10 | 4   | #N/A  | Medi Imports | Yes | 2024-06-18
Dwarf Sunflower  | Bedding   | 1  | 60  | 2.25  | Greenway     | No  | 2024-06-12
Honeysuckle      | Climber   | 3  |     |       | Oakfield     | No  | 2024-07-01
"""),
    "gig_calendar": _table(
        ["Gig Date", "Venue", "City", "Capacity", "Tickets Sold", "Fee (£)", "Deposit Paid", "Status"], """
2024-05-18 | The Crown          | Leeds      | 150  | 150 | 300  | Yes | Played
2024-06-08 | Night & Day        | Manchester | 250  | 210 | 450  | Yes | Played
2024-06-12 | Brudenell          | Leeds      | 400  | 385 | 600  | Yes | Confirmed
2024-06-14 | The Fleece         | Bristol    | 450  | 120 | 500  | No  | Confirmed
2024-06-15 | Thekla             | Bristol    | 400  | 0   | 400  | No  | Cancelled
2024-06-21 | King Tut's         | Glasgow    | 300  | 95  | 350  | Yes | Confirmed
2024-06-22 | Sneaky Pete's      | Edinburgh  | 100  |     | 200  | No  | Pencilled
2024-06-29 | The Crown          | Leeds      | 150  | 40  | 300  | Yes | Confirmed
2024-07-05 | Boardwalk          | Sheffield  | 200  | _   | 250  | No  | Pencilled
2024-07-13 | Green Man Festival | Brecon     | 5000 | TBC | 1500 | Yes | Confirmed
2024-06-11 | Hare & Hounds      | Birmingham | 180  | 180 | 350  | Yes | Played
2024-08-09 | Rough Trade        | Nottingham | 250  |     | 0    | No  | Cancelled
2024-06-05 | Bodega             | Nottingham | 200  | 160 | 300  | Yes | Played
2024-06-19 | The Louisiana      | Bristol    | 140  | 60  | 250  | Yes | Confirmed
"""),
    "dental": _table(
        ["Patient", "DOB", "Appt Date", "Dentist", "Treatment", "Fee (£)", "NHS", "Status"], """
Alice Grant  | 1987-03-14 | 2024-06-12 | Dr Khan   | Check-up   | 27.4  | Yes | Attended
Ben Doyle    | 2015-09-02 | 2024-06-13 | Dr Lewis  | Filling    | 75.3  | Yes | Booked
Carla Reyes  | 1959-11-30 | 2024-06-11 | Dr Moreau | Crown      | 650   | No  | Attended
Dev Patel    | 1992-06-12 | 2024-06-18 | Dr Khan   | Root Canal | 420   | No  | Booked
Eve Collins  | 2001-01-25 | 2024-06-10 | Dr Lewis  | Hygienist  | 65    | No  | No Show
Frank Hale   | 1948-07-08 | 2024-05-29 | Dr Khan   | Extraction | 75.3  | Yes | Attended
Grace Liu    | 2010-12-19 | 2024-06-14 | Dr Moreau | Check-up   | 0     | Yes | Booked
Hugo Brandt  | 1975-04-03 | 2024-06-06 | Dr Lewis  | Filling    | 100   | No  | Cancelled
Isla Mackay  | 1968-08-21 | 2024-07-02 | Dr Khan   | Crown      | 306.8 | Yes | Booked
Jon Fairley  | 1999-02-11 | 2024-06-12 | Dr Moreau | Hygienist  | 65    | Yes | No Show
Kemi Ade     | 1983-10-05 | 2024-06-20 | Dr Lewis  | Check-up   | TBC   | Yes | Booked
Liam Byrne   | 2008-05-17 | 2024-06-03 | Dr Khan   | Filling    |       | Yes | Cancelled
Maya Rossi   | 1995-06-30 | 2024-06-24 | Dr Moreau | Extraction | 200   | No  | Booked
Noah Stein   | 1971-12-01 | 2024-04-18 | Dr Lewis  | Root Canal | _     | Yes | Attended
"""),
    "bike_rental": _table(
        ["Rental Ref", "Customer", "Bike Type", "Hired On", "Due Back", "Hrs", "Charge ($)", "Helmet", "Status"], """
BR-1041 | Marta | Hybrid   | 2024-06-12 | 2024-06-12 | 3   | 24      | Yes | Out
BR-1042 | Jules | E-bike   | 2024-06-11 | 2024-06-13 | 48  | 160     | No  | Out
BR-1043 | Kofi  | Tandem   | 2024-06-09 | 2024-06-10 | 24  | 90      | Yes | Returned
BR-1044 | Marta | Mountain | 2024-06-05 | 2024-06-07 | 48  | 100     | Yes | Overdue
BR-1045 | Lena  | Kids     | 2024-06-12 | 2024-06-12 | 2   | waived  | Yes | Returned
BR-1046 | Dan   | Hybrid   | 2024-07-02 | 2024-07-03 | 24  | 65      | No  | Reserved
BR-1047 | Priti | E-bike   | 2024-06-10 | 2024-06-17 | 168 | 420     | Yes | Out
BR-1048 | Jules | Hybrid   | 2024-05-30 | 2024-06-02 | 72  | 150     | No  | Returned
BR-1049 | Omar  | Mountain | 2024-06-18 | 2024-06-20 | 48  | 120     | No  | Reserved
BR-1050 | Kofi  | E-bike   | 2024-06-08 | 2024-06-09 | 8   | 0       | Yes | Overdue
BR-1051 | Lena  | Tandem   | 2024-06-30 | 2024-07-01 | 24  | 90      | Yes | Reserved
BR-1052 | Dan   | Kids     | 2024-06-11 | 2024-06-11 | 4   |         | No  | Returned
BR-1053 | Priti | Hybrid   | 2024-05-20 | 2024-05-21 | 24  | #VALUE! | Yes | Returned
BR-1047 | Omar  | E-bike   | 2024-06-12 | 2024-06-15 | 72  | 210     | Yes | Out
"""),
    "film_festival": _table(
        ["Film", "Country", "Section", "Screening", "Runtime (min)", "Seats Sold", "Premiere", "Q&A"], """
The Salt Road   | France    | Competition   | 2024-06-12 | 118 | 412      | World    | Yes
Little Fires    | UK        | Shorts        | 2024-06-13 | 14  | 95       | UK       | No
Northbound      | Norway    | Documentary   | 2024-06-11 | 92  | 230      | UK       | Yes
Quiet Harbour   | Japan     | Competition   | 2024-06-14 | 134 | 380      | European | No 
Glass Animals   | USA       | Midnight      | 2024-06-15 | 88  | 150      | World    | No
Paper Moon      | USA       | Retrospective | 2024-06-09 | 102 | 60       |          | No
Kinfolk         | Nigeria   | Documentary   | 2024-06-18 | 76  | 0        | World    | Yes
The Long Winter | Canada    | Competition   | 2024-06-19 | 141 | sold out | UK       | Yes
Tiny Hands      | France    | Shorts        | 2024-06-12 | 9   | 95       | World    | No
Rust Belt       | USA       | Documentary   | 2024-06-07 | 110 | 200      | European | No
Ember           | Korea     | Midnight      | 2024-06-20 | 97  | 175      | UK       | Yes
Casablanca      | USA       | Retrospective | 2024-06-16 | 102 | 320      |          | No
Soft Rain       | Japan     | Shorts        | 2024-07-02 | 30  | 88       | European | Yes
Open Water      | Australia | Competition   | 2024-05-25 | 120 | 260      | World    | Yes
"""),
    "plumbing": _table(
        ["Job No", "Customer", "Visit Date", "Engineer", "Issue", "Priority", "Labour (h)", "Invoice (£)", "Paid"], """
J-3301 | Mrs Patel  | 2024-06-12 | Gary  | Leak          | Emergency | 2   | 180   | No
J-3302 | Hill & Co  | 2024-06-11 | Nadia | Boiler        | High      | 3.5 | 300   | Yes
J-3303 | Mr Evans   | 2024-06-10 | Steve | Blocked Drain | Normal    | 1   | 85    | Yes
J-3304 | Ms Okoro   | 2024-06-07 | Gary  | No Hot Water  | High      | 4   | 560   | No
J-3305 | Mr Quinn   | 2024-06-03 | Nadia | Radiator      | Low       | 1.5 | 95    | Yes
J-3306 | Mrs Patel  | 2024-05-21 | Steve | Leak          | Emergency | 2.5 | 260   | Yes
J-3307 | Oak School | 2024-06-12 | Gary  | Blocked Drain | High      | 6   | 440   |
J-3308 | Mr Dunn    | 2024-06-05 | Steve | Boiler        | Normal    | 0.5 | 0     | Yes
J-3309 | Mr Evans   | 2024-06-13 | Nadia | Leak          | Emergency |     | quote | No
J-3310 | Cafe Lune  | 2024-06-09 | Gary  | Radiator      | Low       | 2   |       | No
J-3311 | Mrs Bell   | 2024-04-28 | Nadia | No Hot Water  | High      | 3   | 285   | Yes
J-3312 | Hill & Co  | 2024-06-11 | Steve | Blocked Drain | Normal    | 0   | 85    | Yes
J-3313 | Mr Rao     | 2024-06-14 | Gary  | Boiler        | Emergency | 5   | 610   | No
J-3314 | Ms Lowe    | 2024-06-18 | Nadia | Leak          | Low       | _   | 120   | No
"""),
    "school_trip": _table(
        ["Pupil", "Class", "Trip", "Consent Given", "Deposit (£)", "Paid In Full", "Medical Notes", "Dietary"], """
Aisha  | 4B | Zoo            | Yes | 10     | Yes | Asthma      | Vegetarian
Ben    | 4B | Zoo            | No  | 0      | No  |             |
Chloe  | 5A | Science Museum | Yes | 15     | No  |             | Halal
Daniel | 5A | Science Museum | Yes | 15     | Yes | Nut allergy |
Ella   | 6C | Beach          |     | 5      | No  |             | Vegan
Femi   | 4B | Zoo            | Yes | 10     | Yes |             |
Grace  | 5B | Science Museum | No  |        | No  | Epilepsy    |
Harry  | 6C | Beach          | Yes | 20     | Yes |             | Gluten free
Ivy    | 5B | Science Museum | Yes | 15     | No  | Asthma      | Vegetarian
Jack   | 6C | Beach          | Yes | 25     | Yes | Hay fever   |
Kai    | 4B | Zoo            | No  | _      | No  |             | Vegetarian
Lola   | 5A | Science Museum | Yes | twenty | No  |             |
Mo     | 6C | Beach          | Yes | 30     | Yes | Nut allergy | Halal
Nia    | 5B | Science Museum | Yes | 7.5    | No  |             |
"""),
    "museum_loans": _table(
        ["Object No", "Object", "Lender", "Loan Start", "Loan End", "Insured Value ($)", "Condition", "Courier Required"], """
L2024.01 | Bronze horse figure      | Ashmolean        | 2024-01-15 | 2024-06-30 | 85000  | Good      | Yes
L2024.02 | Silk wedding robe        | V&A              | 2024-03-01 | 2024-06-12 | 42000  | Fair      | Yes
L2024.03 | Illuminated psalter leaf | British Library  | 2024-06-12 | 2024-09-30 | 120000 | Excellent | Yes
L2024.04 | Pewter tankard           | Private lender   | 2024-02-10 | 2024-06-13 | 1500   | Poor      | No
L2024.05 | Roman coin hoard         | British Museum   | 2024-04-20 | 2024-06-14 | 250000 | Good      | Yes
L2024.06 | Watercolour of Whitby    | Private lender   | 2024-05-01 | 2024-06-18 | 10000  | Good      | No
L2024.07 | Ship model               | Maritime Museum  | 2023-11-01 | 2024-06-07 | #REF!  | Fair      | No
L2024.08 | Jet brooch               | Whitby Museum    | 2024-06-10 | 2024-07-15 | 3500   | Excellent | No
L2024.09 | Tapestry fragment        | V&A              | 2024-05-20 | 2024-06-11 | 50000  | Poor      | Yes
L2024.10 | Flint hand axe           | British Museum   | 2024-06-01 | 2024-12-31 | 500    | Good      | No
L2024.11 | Lustreware jug           | Private lender   | 2024-06-17 | 2024-08-20 |        | Fair      | No
L2024.12 | Portrait miniature       | Ashmolean        | 2024-06-24 | 2024-10-01 | 22000  | Excellent | Yes
L2024.13 | Samurai helmet           | Royal Armouries  | 2024-03-15 | 2024-05-31 | 95000  | Good      | Yes
L2024.14 | Lace collar              | Private lender   | 2024-07-08 | 2024-09-08 | TBC    | Good      | No
"""),
    "coworking": _table(
        ["Booking Ref", "Member", "Desk", "Date", "Hours", "Plan", "Checked In"], """
CW-801 | Priya  | 4B | 2024-06-12 | 8   | Flex      | Yes
CW-802 | Tomasz | 2A | 2024-06-12 | 4   | Day Pass  | No
CW-803 | Leila  | 4B | 2024-06-13 | 8   | Dedicated | No
CW-804 | Hannah | 3C | 2024-06-11 | 6   | Flex      | Yes
CW-805 | Tomasz | 2A | 2024-06-14 | 2   | Day Pass  | No
CW-806 | Leila  | 4B | 2024-06-10 | 8   | Dedicated | Yes
CW-807 | Ravi   | 1D | 2024-06-17 | 5   | Flex      | No
CW-808 | Hannah | 3C | 2024-06-05 | 3   | Flex      | Yes
CW-809 | Greta  | 2A | 2024-06-19 | 10  | Day Pass  | No
CW-810 | Ravi   | 1D | 2024-05-28 | 7.5 | Flex      | Yes
CW-811 | Priya  | 3C | 2024-07-01 | 8   | Flex      | No
CW-812 | Greta  | 4B | 2024-06-07 | 0   | Day Pass  |
CW-813 | Leila  | 4B | 2024-06-27 | 12  | Dedicated | No
CW-814 | Sol    | 1D | 2024-06-12 |     | Day Pass  | Yes
CW-815 | Tomasz | 2A | 2024-06-21 | tbc | Day Pass  | No
CW-816 | Hannah | 3C | 2024-05-15 | _   | Flex      | Yes
"""),
    "translation": _table(
        ["Job ID", "Client", "Language Pair", "Translator", "Words", "Deadline", "Rate ($/word)", "Status"], """
TR-501 | Lumen Pharma | EN>FR | Claire  | 4500  | 2024-06-12 | 0.12 | In Progress
TR-502 | Bolt Legal   | EN>DE | Jonas   | 12000 | 2024-06-14 | 0.15 | In Progress
TR-503 | Casa Verde   | ES>EN | Marisol | 800   | 2024-06-11 | 0.1  | Delivered
TR-504 | Nikko Games  | EN>JA | Aiko    | 25000 | 2024-06-28 | 0.14 | Not Started
TR-505 | Lumen Pharma | FR>EN | Claire  | 3200  | 2024-06-13 | 0.12 | Awaiting Review
TR-506 | Bolt Legal   | EN>DE | Jonas   | 1000  | 2024-06-07 | 0.15 | Delivered
TR-507 | Atlas Travel | EN>ES | Marisol | 5000  | 2024-06-18 | 0.1  | Not Started
TR-508 | Fjord Tours  | ES>EN | Marisol |       | 2024-07-05 |      | On Hold
TR-509 | Helix Bio    | JA>EN | Aiko    | 1800  | 2024-06-10 | 0.14 | Delivered
TR-510 | Atlas Travel | EN>FR | Claire  | 10000 | 2024-06-20 | 0.11 | In Progress
TR-511 | Orbit Media  | EN>DE | Jonas   | 500   | 2024-05-30 | 0.2  | Delivered
TR-512 | Orbit Media  | DE>EN | Jonas   | 2200  | 2024-06-12 | tbc  | Awaiting Review
TR-513 | Lumen Pharma | EN>JA | Aiko    | 7400  | 2024-06-04 | #DIV/0! | On Hold
TR-514 | Bolt Legal   | FR>EN | Claire  | 4500  | 2024-08-15 | 0.12 | Not Started
"""),
    "dog_grooming": _table(
        ["Dog", "Breed", "Owner", "Groom Date", "Service", "Price", "Deposit Paid", "Vaccinations OK"], """
Biscuit | Cockapoo      | Mrs Hart | 2024-06-12 | Full Groom   | 45   | Yes | Yes
Luna    | Husky         | Tom      | 2024-06-13 | Bath & Brush | 35   | No  | Yes
Max     | Poodle        | Ana      | 2024-06-11 | Full Groom   | 55   | Yes | Yes
Pepper  | Dachshund     | Mrs Hart | 2024-06-14 | Nail Trim    | 10   | No  | No
Rolo    | Labrador      | Gus      | 2024-06-18 | Bath & Brush | 40   | Yes | Yes
Bella   | Shih Tzu      | Ana      | 2024-06-07 | Puppy Intro  | 25   | Yes |
Otis    | Cockapoo      | Jo       | 2024-06-20 | Full Groom   | 45   | No  | Yes
Mabel   | Poodle        | Tom      | 2024-05-30 | Full Groom   | 60   | Yes | Yes
Ziggy   | Border Collie | Gus      | 2024-06-10 | Deshedding   | 50   | Yes | No
Nala    | Shih Tzu      | Rhea     | 2024-07-02 | Full Groom   | 42   | No  | Yes
Bruno   | Labrador      | Mrs Hart | 2024-06-12 | Nail Trim    | 12   | Yes | Yes
Coco    | Cockapoo      | Ana      | 2024-06-26 | Bath & Brush | 0    | No  | Yes
Scout   | Husky         | Tom      | 2024-06-04 | Deshedding   | 65   | Yes | Yes
Tilly   | Dachshund     | Gus      | 2024-06-17 | Puppy Intro  | free | No  | No
"""),
    "wedding_rsvp": _table(
        ["Guest", "Side", "Party Size", "RSVP", "Meal Choice", "Table No", "Plus One", "Gift Received"], """
Aunt Rosa     | Bride | 2 | Attending | Beef       | 3 | No  | Yes
Jamal Reed    | Groom | 1 | Attending | Fish       | 5 | Yes | No
The Walshes   | Bride | 4 | Declined  |            |   | No  | Yes
Chen Wei      | Groom | 2 | Attending | Vegetarian | 5 | Yes | Yes
Uncle Pete    | Bride | 3 | No Reply  |            | 3 | No  | No
Sofia Marin   | Groom | 2 | Attending | Fish       | 7 | No  | No
Grandma June  | Bride | 1 | Attending | Vegetarian | 1 | No  | Yes
The Okonkwos  | Groom | 5 | Maybe     |            | 8 | Yes | No
Lucy Tran     | Bride | 1 | Attending | Beef       | 7 | Yes | No
Mark & Dee    | Groom | 0 | Declined  |            |   | No  | Yes
Hana Ito      | Bride | 1 | Attending | Vegan      | 6 | No  | No
Colin Shaw    | Groom | tbc | No Reply  |            | 8 | No  | No
Priya & Sunil | Bride | 2 | Attending | Vegetarian | 6 | No  | Yes
Felix Braun   | Groom | 1 | Attending | Beef       | 2 | Yes | Yes
"""),
}

# (request, rule with {Header} for c[i], scope, style, naming, extra tags ...)
ENTRIES: dict[str, list[tuple]] = {
    "volunteer_rota": [
        ("highlight the drivers", 'TextEquals({Role}, "Driver")', "rows", C, V),
        ("Priya's shifts in blue pls", 'TextEquals({Volunteer}, "Priya")', "rows", C, V),
        ("flag volunteers who haven't had their DBS check", 'TextEquals({DBS Checked}, "No")', "rows", F, M),
        ("unconfirmed shifts", 'TextEquals({Confirmed}, "No")', "rows", T, M),
        ("Who's on today? Highlight those rows", "Today({Shift Date})", "rows", C, M),
        ("tomorrow's shifts", "Tomorrow({Shift Date})", "rows", T, M),
        ("I'm setting up our rota sheet. Can the shifts for next week show in green once I fill it in?",
         "NextWeek({Shift Date})", "rows", F, M),
        ("shifts longer than 4 hours", "GreaterThan({Hours}, 4)", "cells", T, H),
        ("highlight night shifts", 'TextEquals({Shift}, "Night")', "rows", A, V),
        ("mark the Confirmed cells that have been filled in", "NotBlanks({Confirmed})", "cells", A, H),
        ("spot any volunteer who appears more than once", "Duplicates({Volunteer})", "cells", C, H),
        ("kitchen or reception shifts", 'OR(TextEquals({Role}, "Kitchen"), TextEquals({Role}, "Reception"))',
         "rows", T, V),
        ("top 3 longest shifts by hours", "Top({Hours}, 3)", "cells", T, H),
        ("Hours under 2", "LessThan({Hours}, 2)", "cells", T, H),
        ("colour shifts of 3 to 5 hours", "Between({Hours}, 3, 5)", "cells", A, H),
        ("drivers who haven't confirmed", 'AND(TextEquals({Role}, "Driver"), TextEquals({Confirmed}, "No"))',
         "rows", C, V, TWO),
        ("shifts from the last 7 days", "Last7Days({Shift Date})", "rows", T, M),
        ("show me last week's shifts", "LastWeek({Shift Date})", "rows", C, M),
        ("everything that isn't a morning shift", 'NOT(TextEquals({Shift}, "Morning"))', "rows", C, V),
        ("add data bars to the Hours column", "DataBar({Hours})", "cells", A, H),
        ("volunteers doing more hours than average", "AboveAverage({Hours})", "cells", C, H),
        ("shift dates in this month", "ThisMonth({Shift Date})", "cells", A, H),
        ("highlight the befrienders", 'TextEquals({Role}, "Befriender")', "rows", A, V),
        ("hours outside 2-6", "NotBetween({Hours}, 2, 6)", "cells", T, H),
        ("I'm building a rota template for our food bank. Once people fill it in, can next month's shifts go purple?", "NextMonth({Shift Date})", "rows", F, M),
        ("shifts where the hours arent 4", "NotEquals({Hours}, 4)", "cells", C, H, TYPO),
    ],
    "garden_centre": [
        ("highlight all the herbs", 'TextEquals({Category}, "Herb")', "rows", C, V),
        ("plants that aren't hardy", 'TextEquals({Hardy}, "No")', "rows", C, M),
        ("anything from Greenway", 'TextEquals({Supplier}, "Greenway")', "rows", T, V),
        ("plants out of stock (qty 0)", "Equals({Qty}, 0)", "rows", T, H),
        ("low stock - qty below 10", "LessThan({Qty}, 10)", "cells", T, H),
        ("Price over £10 in red", "GreaterThan({Price (£)}, 10)", "cells", A, H),
        ("cheapest 3 plants", "Bottom({Price (£)}, 3)", "rows", T, M),
        ("the 5 most expensive plants", "Top({Price (£)}, 5)", "rows", C, M),
        ("flag any price cell with an error (#N/A etc)", "Errors({Price (£)})", "cells", A, H),
        ("pot size 3 litres or more", "GreaterThanEqual({Pot Size (L)}, 3)", "cells", C, H),
        ("deliveries that came in today", "Today({Last Delivery})", "rows", C, M),
        ("stuff delivered last month", "LastMonth({Last Delivery})", "rows", C, M),
        ("any plant name containing 'Tree'", 'TextContains({Plant}, "Tree")', "cells", A, H),
        ("qty cells still empty", "Blanks({Qty})", "cells", T, H),
        ("trees or shrubs", 'OR(TextEquals({Category}, "Tree"), TextEquals({Category}, "Shrub"))', "rows", T, V),
        ("hardy climbers", 'AND(TextEquals({Category}, "Climber"), TextEquals({Hardy}, "Yes"))', "rows", C, V, TWO),
        ("colour scale on the Qty column", "ColorScale({Qty})", "cells", A, H),
        ("bedding plants", 'TextEquals({Category}, "Bedding")', "rows", T, V),
        ("not from Oakfield", 'NOT(TextEquals({Supplier}, "Oakfield"))', "rows", T, V),
        ("prices between 2 and 5 pounds", "Between({Price (£)}, 2, 5)", "cells", C, M),
        ("items priced below average", "BelowAverage({Price (£)})", "cells", C, M),
        ("highlight duplicate prices", "Duplicates({Price (£)})", "cells", A, H),
        ("Plants starting with 'Hardy'", 'TextStartsWith({Plant}, "Hardy")', "cells", A, H),
        ("highlight valid prices only (no #N/A)", "NotErrors({Price (£)})", "cells", A, H),
        ("bottom 20% of stock by qty", "BottomPercent({Qty}, 20)", "cells", T, H),
        ("qty of 10 or less", "LessThanEqual({Qty}, 10)", "cells", T, H),
        ("pots not between 2 and 10 litres", "NotBetween({Pot Size (L)}, 2, 10)", "cells", C, H),
    ],
    "gig_calendar": [
        ("highlight the cancelled gigs", 'TextEquals({Status}, "Cancelled")', "rows", C, V),
        ("pencilled in gigs in orange", 'TextEquals({Status}, "Pencilled")', "rows", A, V),
        ("gigs where the deposit hasn't been paid", 'TextEquals({Deposit Paid}, "No")', "rows", F, H),
        ("gigs next week", "NextWeek({Gig Date})", "rows", T, M),
        ("tonight's gig", "Today({Gig Date})", "rows", C, M),
        ("gigs this week", "ThisWeek({Gig Date})", "rows", T, M),
        ("anything we play next month", "NextMonth({Gig Date})", "rows", C, M),
        ("all the Leeds shows", 'TextEquals({City}, "Leeds")', "rows", C, V),
        ("bristol or glasgow gigs", 'OR(TextEquals({City}, "Bristol"), TextEquals({City}, "Glasgow"))', "rows", T, V),
        ("fee of £500 or more", "GreaterThanEqual({Fee (£)}, 500)", "cells", T, H),
        ("venues with capacity over 300", "GreaterThan({Capacity}, 300)", "rows", C, H),
        ("small rooms, capacity 150 or less", "LessThanEqual({Capacity}, 150)", "rows", C, H),
        ("Tickets Sold still empty", "Blanks({Tickets Sold})", "cells", T, H),
        ("our 3 best paid gigs", "Top({Fee (£)}, 3)", "rows", C, M),
        ("highlight venues we've booked more than once", "Duplicates({Venue})", "cells", C, M),
        ("Tickets sold above average", "AboveAverage({Tickets Sold})", "cells", A, H),
        ("confirmed gigs with no deposit yet",
         'AND(TextEquals({Status}, "Confirmed"), TextEquals({Deposit Paid}, "No"))', "rows", F, V, TWO),
        ("venues starting with 'The'", 'TextStartsWith({Venue}, "The")', "cells", A, M),
        ("Gig dates in the last 7 days", "Last7Days({Gig Date})", "rows", C, M),
        ("gigs played last week", "LastWeek({Gig Date})", "rows", C, M),
        ("icon set on tickets sold", "IconSet({Tickets Sold})", "cells", A, H),
        ("any gig that isn't cancelled", 'NOT(TextEquals({Status}, "Cancelled"))', "rows", C, V),
        ("fees not between 300 and 500", "NotBetween({Fee (£)}, 300, 500)", "cells", A, M),
        ("top 30% of fees", "TopPercent({Fee (£)}, 30)", "rows", T, H),
        ("Setting up a gig sheet for the band - how do I make the Pencilled and Cancelled rows go grey?", 'OR(TextEquals({Status}, "Pencilled"), TextEquals({Status}, "Cancelled"))', "rows", F, V),
    ],
    "dental": [
        ("Dr Khan's patients", 'TextEquals({Dentist}, "Dr Khan")', "rows", C, V),
        ("highlight no shows", 'TextEquals({Status}, "No Show")', "rows", T, V),
        ("private patients (not NHS)", 'TextEquals({NHS}, "No")', "rows", C, M),
        ("todays appointments", "Today({Appt Date})", "rows", T, M, TYPO),
        ("tomorrow's appointments pls", "Tomorrow({Appt Date})", "rows", C, M),
        ("upcoming appointments next week", "NextWeek({Appt Date})", "rows", C, M),
        ("appointments booked for next month", "NextMonth({Appt Date})", "rows", C, M),
        ("root canals", 'TextEquals({Treatment}, "Root Canal")', "rows", T, V),
        ("fillings or extractions",
         'OR(TextEquals({Treatment}, "Filling"), TextEquals({Treatment}, "Extraction"))', "rows", T, V),
        ("fees over £100", "GreaterThan({Fee (£)}, 100)", "cells", T, H),
        ("fee missing", "Blanks({Fee (£)})", "cells", T, H),
        ("the 3 highest fees", "Top({Fee (£)}, 3)", "cells", C, H),
        ("fees below average", "BelowAverage({Fee (£)})", "cells", A, H),
        ("colour scale for fees", "ColorScale({Fee (£)})", "cells", A, H),
        ("NHS patients who didn't turn up",
         'AND(TextEquals({NHS}, "Yes"), TextEquals({Status}, "No Show"))', "rows", C, V, TWO),
        ("Booked appointments with Dr Moreau",
         'AND(TextEquals({Dentist}, "Dr Moreau"), TextEquals({Status}, "Booked"))', "rows", A, V, TWO),
        ("appointments that weren't attended", 'NOT(TextEquals({Status}, "Attended"))', "rows", C, V),
        ("Which ones are cancelled? highlight them", 'TextEquals({Status}, "Cancelled")', "rows", C, V),
        ("highlight any fee that appears more than once", "Duplicates({Fee (£)})", "cells", A, H),
        ("unique fees", "Unique({Fee (£)})", "cells", T, H),
        ("appointments in the past 7 days", "Last7Days({Appt Date})", "rows", C, M),
        ("check-ups in green", 'TextEquals({Treatment}, "Check-up")', "rows", A, V),
        ("fees from 50 to 200", "Between({Fee (£)}, 50, 200)", "cells", T, H),
        ("fees of £65 or less", "LessThanEqual({Fee (£)}, 65)", "cells", T, H),
        ("lowest 20% of fees", "BottomPercent({Fee (£)}, 20)", "cells", C, H),
        ("Our practice sheet has Patient, DOB, Appt Date etc. How do I get every appointment with Dr Lewis to show in pink?", 'TextEquals({Dentist}, "Dr Lewis")', "rows", F, V),
    ],
    "bike_rental": [
        ("highlight overdue rentals", 'TextEquals({Status}, "Overdue")', "rows", C, V),
        ("all hybrid bikes", 'TextEquals({Bike Type}, "Hybrid")', "rows", T, V),
        ("e-bikes in yellow", 'TextEquals({Bike Type}, "E-bike")', "rows", A, V),
        ("bikes due back today", "Today({Due Back})", "rows", C, M),
        ("due back tomorrow", "Tomorrow({Due Back})", "rows", T, H),
        ("rentals that started yesterday", "Yesterday({Hired On})", "rows", C, M),
        ("customers without a helmet", 'TextEquals({Helmet}, "No")', "rows", C, H),
        ("Marta's rentals", 'TextEquals({Customer}, "Marta")', "rows", C, V),
        ("rentals longer than 24 hrs", "GreaterThan({Hrs}, 24)", "cells", T, H),
        ("charges over $100", "GreaterThan({Charge ($)}, 100)", "cells", T, H),
        ("duplicate rental refs", "Duplicates({Rental Ref})", "cells", T, H),
        ("errors in the charge column", "Errors({Charge ($)})", "cells", A, H),
        ("bikes still out", 'TextEquals({Status}, "Out")', "rows", C, V),
        ("reserved or out", 'OR(TextEquals({Status}, "Reserved"), TextEquals({Status}, "Out"))', "rows", T, V),
        ("top 20% of charges", "TopPercent({Charge ($)}, 20)", "cells", A, H),
        ("really short or really long hires (under 4 hrs or over 72)", "OR(LessThan({Hrs}, 4), GreaterThan({Hrs}, 72))", "rows", C, H),
        ("hires this week", "ThisWeek({Hired On})", "rows", C, M),
        ("data bars on charge", "DataBar({Charge ($)})", "cells", A, H),
        ("mountain bikes hired without helmet",
         'AND(TextEquals({Bike Type}, "Mountain"), TextEquals({Helmet}, "No"))', "rows", C, V, TWO),
        ("rentals not returned yet", 'NOT(TextEquals({Status}, "Returned"))', "rows", C, V),
        ("hours between 8 and 48", "Between({Hrs}, 8, 48)", "cells", T, H),
        ("the lowest 2 charges", "Bottom({Charge ($)}, 2)", "cells", T, H),
        ("Refs ending in 7", 'TextEndsWith({Rental Ref}, "7")', "cells", A, H),
        ("charges that worked out ok (no errors)", "NotErrors({Charge ($)})", "cells", C, H),
        ("reservations for next month", "NextMonth({Hired On})", "rows", T, M),
        ("tandems", 'TextEquals({Bike Type}, "Tandem")', "rows", T, V),
    ],
    "film_festival": [
        ("highlight the documentaries", 'TextEquals({Section}, "Documentary")', "rows", C, V),
        ("world premieres", 'TextEquals({Premiere}, "World")', "rows", T, V),
        ("screenings with a Q&A", 'TextEquals({Q&A}, "Yes")', "rows", C, H),
        ("films from Japan", 'TextEquals({Country}, "Japan")', "rows", C, V),
        ("shorts or midnight films", 'OR(TextEquals({Section}, "Shorts"), TextEquals({Section}, "Midnight"))',
         "rows", T, V),
        ("Screenings today", "Today({Screening})", "rows", T, H),
        ("tomorrow's screenings", "Tomorrow({Screening})", "rows", T, H),
        ("screenings next week", "NextWeek({Screening})", "rows", T, H),
        ("films longer than 2 hours (120 min)", "GreaterThan({Runtime (min)}, 120)", "cells", C, M),
        ("runtime under 30 minutes", "LessThan({Runtime (min)}, 30)", "cells", T, H),
        ("the 3 best selling screenings", "Top({Seats Sold}, 3)", "rows", C, M),
        ("screenings that sold fewer seats than average", "BelowAverage({Seats Sold})", "rows", C, H),
        ("films that have a premiere listed", "NotBlanks({Premiere})", "rows", C, H),
        ("any film that isn't American", 'NOT(TextEquals({Country}, "USA"))', "rows", C, V),
        ("competition films with a Q&A",
         'AND(TextEquals({Section}, "Competition"), TextEquals({Q&A}, "Yes"))', "rows", C, V, TWO),
        ("colour scale on seats sold", "ColorScale({Seats Sold})", "cells", A, H),
        ("film titles starting with 'The'", 'TextStartsWith({Film}, "The")', "cells", A, M),
        ("seats sold 200 or more", "GreaterThanEqual({Seats Sold}, 200)", "cells", T, H),
        ("screenings this week", "ThisWeek({Screening})", "rows", C, H),
        ("screenings this month", "ThisMonth({Screening})", "cells", T, H),
        ("seats sold exactly 95", "Equals({Seats Sold}, 95)", "cells", T, H),
        ("runtimes of 90 to 120 mins", "Between({Runtime (min)}, 90, 120)", "cells", T, H),
        ("bottom 20% seats sold", "BottomPercent({Seats Sold}, 20)", "cells", A, H),
        ("runtime not 102", "NotEquals({Runtime (min)}, 102)", "cells", T, H),
        ("Programme sheet for our festival: I want any Retrospective screening shaded, whole row. Data not in yet.", 'TextEquals({Section}, "Retrospective")', "rows", F, V),
        ("seats sold not in the 60-200 range", "NotBetween({Seats Sold}, 60, 200)", "cells", C, H),
    ],
    "plumbing": [
        ("highlight emergency call outs", 'TextEquals({Priority}, "Emergency")', "rows", C, V),
        ("Gary's jobs", 'TextEquals({Engineer}, "Gary")', "rows", T, V),
        ("anything assigned to Nadia", 'TextEquals({Engineer}, "Nadia")', "rows", C, V),
        ("jobs with unpaid invoices", 'TextEquals({Paid}, "No")', "rows", T, M),
        ("all the leaks", 'TextEquals({Issue}, "Leak")', "rows", T, V),
        ("jobs today", "Today({Visit Date})", "rows", T, M),
        ("yesterdays visits", "Yesterday({Visit Date})", "rows", T, H, TYPO),
        ("visits this week", "ThisWeek({Visit Date})", "rows", T, H),
        ("visits last month", "LastMonth({Visit Date})", "rows", T, H),
        ("invoices over £300", "GreaterThan({Invoice (£)}, 300)", "cells", T, H),
        ("jobs taking more than 3 hours labour", "GreaterThan({Labour (h)}, 3)", "cells", C, H),
        ("high or emergency priority", 'OR(TextEquals({Priority}, "High"), TextEquals({Priority}, "Emergency"))',
         "rows", T, V),
        ("low priority jobs", 'TextEquals({Priority}, "Low")', "rows", T, V),
        ("customers we've been out to more than once", "Duplicates({Customer})", "rows", C, M),
        ("customers who only called once", "Unique({Customer})", "cells", C, M),
        ("labour hours not filled in", "Blanks({Labour (h)})", "cells", C, H),
        ("biggest 2 invoices", "Top({Invoice (£)}, 2)", "cells", T, H),
        ("invoices above the average", "AboveAverage({Invoice (£)})", "cells", C, H),
        ("unpaid emergency jobs",
         'AND(TextEquals({Priority}, "Emergency"), TextEquals({Paid}, "No"))', "rows", C, V, TWO),
        ("Boiler jobs not done by Steve", 'AND(TextEquals({Issue}, "Boiler"), NOT(TextEquals({Engineer}, "Steve")))',
         "rows", C, V, TWO),
        ("data bars on the invoice amounts", "DataBar({Invoice (£)})", "cells", A, H),
        ("customers whose name starts with Mrs", 'TextStartsWith({Customer}, "Mrs")', "cells", A, H),
        ("jobs in the last 7 days", "Last7Days({Visit Date})", "rows", T, H),
        ("labour hours other than 1", "NotEquals({Labour (h)}, 1)", "cells", C, H),
        ("invoice between 100 and 300", "Between({Invoice (£)}, 100, 300)", "cells", T, H),
        ("We log call-outs in a sheet (Job No, Customer, Visit Date, Engineer...). I'd like Steve's jobs highlighted so he can find them", 'TextEquals({Engineer}, "Steve")', "rows", F, V),
    ],
    "school_trip": [
        ("kids without consent", 'TextEquals({Consent Given}, "No")', "rows", C, M),
        ("highlight class 4B", 'TextEquals({Class}, "4B")', "rows", C, V),
        ("everyone going to the zoo", 'TextEquals({Trip}, "Zoo")', "rows", C, V),
        ("pupils who haven't paid in full", 'TextEquals({Paid In Full}, "No")', "rows", C, H),
        ("no deposit entered yet", "Blanks({Deposit (£)})", "rows", C, M),
        ("vegetarian kids", 'TextEquals({Dietary}, "Vegetarian")', "rows", C, V),
        ("anyone with a nut allergy", 'TextContains({Medical Notes}, "nut")', "rows", C, V),
        ("medical notes say Asthma", 'TextEquals({Medical Notes}, "Asthma")', "rows", T, H),
        ("pupils with medical notes", "NotBlanks({Medical Notes})", "rows", C, H),
        ("deposit less than £10", "LessThan({Deposit (£)}, 10)", "cells", T, H),
        ("deposits of £15 or more", "GreaterThanEqual({Deposit (£)}, 15)", "cells", T, H),
        ("deposit of exactly 20", "Equals({Deposit (£)}, 20)", "cells", T, H),
        ("deposit under average", "BelowAverage({Deposit (£)})", "cells", T, H),
        ("halal or vegan meals", 'OR(TextEquals({Dietary}, "Halal"), TextEquals({Dietary}, "Vegan"))', "rows", T, V),
        ("zoo kids with no consent", 'AND(TextEquals({Trip}, "Zoo"), TextEquals({Consent Given}, "No"))',
         "rows", C, V, TWO),
        ("science museum pupils who still owe money",
         'AND(TextEquals({Trip}, "Science Museum"), TextEquals({Paid In Full}, "No"))', "rows", F, V, TWO),
        ("everyone not in 6C", 'NOT(TextEquals({Class}, "6C"))', "rows", C, V),
        ("classes starting with 5 (5A, 5B)", 'TextStartsWith({Class}, "5")', "rows", C, H),
        ("deposits between 5 and 15", "Between({Deposit (£)}, 5, 15)", "cells", T, H),
        ("Dietary needs filled in", "NotBlanks({Dietary})", "cells", A, H),
        ("top 3 deposits", "Top({Deposit (£)}, 3)", "cells", T, H),
        ("icon set on deposit", "IconSet({Deposit (£)})", "cells", A, H),
        ("pupils on the beach trip", 'TextEquals({Trip}, "Beach")', "rows", C, V),
        ("deposits outside 10-20", "NotBetween({Deposit (£)}, 10, 20)", "cells", T, H),
        ("class 5B kids in yellow", 'TextEquals({Class}, "5B")', "rows", C, V),
    ],
    "museum_loans": [
        ("loans in poor condition", 'TextEquals({Condition}, "Poor")', "rows", C, V),
        ("anything lent by the V&A", 'TextEquals({Lender}, "V&A")', "rows", C, V),
        ("loans that need a courier", 'TextEquals({Courier Required}, "Yes")', "rows", C, M),
        ("loans ending today", "Today({Loan End})", "rows", T, M),
        ("loans ending tomorrow", "Tomorrow({Loan End})", "rows", T, M),
        ("loans that ended yesterday", "Yesterday({Loan End})", "rows", T, M),
        ("loans ending next week", "NextWeek({Loan End})", "rows", T, M),
        ("loans starting next month", "NextMonth({Loan Start})", "rows", T, M),
        ("loans that started this month", "ThisMonth({Loan Start})", "rows", T, M),
        ("insured value over 50,000", "GreaterThan({Insured Value ($)}, 50000)", "cells", T, H),
        ("objects insured for less than $10k", "LessThan({Insured Value ($)}, 10000)", "cells", C, M),
        ("top 3 insured values", "Top({Insured Value ($)}, 3)", "rows", T, H),
        ("objects with an insured value entered", "NotBlanks({Insured Value ($)})", "cells", C, H),
        ("private lenders", 'TextEquals({Lender}, "Private lender")', "rows", T, V),
        ("fair or poor condition", 'OR(TextEquals({Condition}, "Fair"), TextEquals({Condition}, "Poor"))',
         "rows", T, V),
        ("British Museum objects needing a courier",
         'AND(TextEquals({Lender}, "British Museum"), TextEquals({Courier Required}, "Yes"))', "rows", C, V, TWO),
        ("lenders we have more than one loan from", "Duplicates({Lender})", "cells", C, M),
        ("lenders with a single loan", "Unique({Lender})", "cells", C, M),
        ("conditions that aren't Good", 'NOT(TextEquals({Condition}, "Good"))', "cells", A, V),
        ("objects with 'Whitby' in the name", 'TextContains({Object}, "Whitby")', "cells", A, M),
        ("lenders with Museum in the name", 'TextContains({Lender}, "Museum")', "cells", A, H),
        ("data bar for insured value", "DataBar({Insured Value ($)})", "cells", A, H),
        ("insured values above average", "AboveAverage({Insured Value ($)})", "cells", A, H),
        ("insured value errors (#REF! etc)", "Errors({Insured Value ($)})", "cells", A, H),
        ("top 20 percent by insured value", "TopPercent({Insured Value ($)}, 20)", "rows", T, H),
        ("Registrar here. New loans register template - I want loans ending in the next week flagged (next calendar week)", "NextWeek({Loan End})", "rows", F, M),
        ("insured at 22000 or less", "LessThanEqual({Insured Value ($)}, 22000)", "cells", T, H),
    ],
    "coworking": [
        ("desk 4B bookings", 'TextEquals({Desk}, "4B")', "rows", T, V),
        ("Leila's bookings", 'TextEquals({Member}, "Leila")', "rows", C, V),
        ("no-shows (not checked in)", 'TextEquals({Checked In}, "No")', "rows", C, M),
        ("day pass bookings", 'TextEquals({Plan}, "Day Pass")', "rows", T, V),
        ("bookings for today", "Today({Date})", "rows", T, H),
        ("tomorrow's bookings", "Tomorrow({Date})", "rows", T, H),
        ("bookings next week", "NextWeek({Date})", "rows", T, H),
        ("bookings last week", "LastWeek({Date})", "rows", T, H),
        ("bookings longer than 8 hours", "GreaterThan({Hours}, 8)", "cells", T, H),
        ("short bookings of 3 hours or less", "LessThanEqual({Hours}, 3)", "cells", C, H),
        ("hours not entered", "Blanks({Hours})", "cells", T, H),
        ("members who booked more than once", "Duplicates({Member})", "cells", C, H),
        ("flex or dedicated members", 'OR(TextEquals({Plan}, "Flex"), TextEquals({Plan}, "Dedicated"))', "rows", T, V),
        ("day pass people who didn't check in",
         'AND(TextEquals({Plan}, "Day Pass"), TextEquals({Checked In}, "No"))', "rows", C, V, TWO),
        ("bookings not on desk 4B", 'NOT(TextEquals({Desk}, "4B"))', "rows", C, V),
        ("the longest 2 bookings", "Top({Hours}, 2)", "rows", T, H),
        ("hours above average", "AboveAverage({Hours})", "cells", T, H),
        ("booking refs ending in 1", 'TextEndsWith({Booking Ref}, "1")', "cells", A, H),
        ("colour scale on the hours", "ColorScale({Hours})", "cells", A, H),
        ("bookings in the last week (7 days)", "Last7Days({Date})", "rows", C, H),
        ("hours not equal to 8", "NotEquals({Hours}, 8)", "cells", A, H),
        ("this month's bookings", "ThisMonth({Date})", "cells", C, H),
        ("bookings next month", "NextMonth({Date})", "rows", T, H),
        ("bottom 20% hours", "BottomPercent({Hours}, 20)", "cells", T, H),
        ("Ravi's desks", 'TextEquals({Member}, "Ravi")', "rows", C, V),
        ("bookings of 6 hrs or less", "LessThanEqual({Hours}, 6)", "cells", T, H),
        ("hours outside 4-8", "NotBetween({Hours}, 4, 8)", "cells", T, H),
    ],
    "translation": [
        ("jobs in progress", 'TextEquals({Status}, "In Progress")', "rows", T, V),
        ("Jonas's jobs", 'TextEquals({Translator}, "Jonas")', "rows", C, V),
        ("everything on hold", 'TextEquals({Status}, "On Hold")', "rows", T, V),
        ("anything for Bolt Legal", 'TextEquals({Client}, "Bolt Legal")', "rows", C, V),
        ("language pairs ending in EN (into English)", 'TextEndsWith({Language Pair}, "EN")', "rows", C, H),
        ("jobs where the language pair starts with EN", 'TextStartsWith({Language Pair}, "EN")', "rows", C, H),
        ("german jobs (DE in the language pair)", 'TextContains({Language Pair}, "DE")', "rows", C, H),
        ("deadline today", "Today({Deadline})", "rows", T, H),
        ("jobs due tmrw", "Tomorrow({Deadline})", "rows", T, M, TYPO),
        ("deadlines next week", "NextWeek({Deadline})", "rows", T, H),
        ("deadlines last week", "LastWeek({Deadline})", "rows", T, H),
        ("deadlines next month", "NextMonth({Deadline})", "rows", T, H),
        ("big jobs over 10,000 words", "GreaterThan({Words}, 10000)", "cells", T, H),
        ("rate still tbc", 'TextEquals({Rate ($/word)}, "tbc")', "cells", T, H),
        ("jobs under 1000 words", "LessThan({Words}, 1000)", "cells", T, H),
        ("rate higher than 0.12", "GreaterThan({Rate ($/word)}, 0.12)", "cells", T, H),
        ("top 25% by word count", "TopPercent({Words}, 25)", "rows", A, M),
        ("not started or awaiting review",
         'OR(TextEquals({Status}, "Not Started"), TextEquals({Status}, "Awaiting Review"))', "rows", T, V),
        ("Claire's jobs still in progress",
         'AND(TextEquals({Translator}, "Claire"), TextEquals({Status}, "In Progress"))', "rows", C, V, TWO),
        ("jobs that are not delivered", 'NOT(TextEquals({Status}, "Delivered"))', "rows", C, V),
        ("word counts of 5000 or more", "GreaterThanEqual({Words}, 5000)", "cells", T, H),
        ("word counts below average", "BelowAverage({Words})", "cells", A, H),
        ("clients with more than one job", "Duplicates({Client})", "cells", C, M),
        ("rate errors like #DIV/0!", "Errors({Rate ($/word)})", "cells", T, H),
        ("rates without errors", "NotErrors({Rate ($/word)})", "cells", T, H),
        ("rates outside 0.1 to 0.15", "NotBetween({Rate ($/word)}, 0.1, 0.15)", "cells", T, H),
        ("words 2200 or fewer", "LessThanEqual({Words}, 2200)", "cells", T, H),
        ("Agency tracker question: how do I make Aiko's jobs stand out? header is Job ID, Client, Language Pair, Translator...", 'TextEquals({Translator}, "Aiko")', "rows", F, V),
    ],
    "dog_grooming": [
        ("all the cockapoos", 'TextEquals({Breed}, "Cockapoo")', "rows", C, V),
        ("Mrs Hart's dogs", 'TextEquals({Owner}, "Mrs Hart")', "rows", C, V),
        ("dogs whose vaccinations aren't up to date", 'TextEquals({Vaccinations OK}, "No")', "rows", C, M),
        ("no deposit paid", 'TextEquals({Deposit Paid}, "No")', "rows", T, H),
        ("full grooms", 'TextEquals({Service}, "Full Groom")', "rows", T, V),
        ("nail trims or puppy intros", 'OR(TextEquals({Service}, "Nail Trim"), TextEquals({Service}, "Puppy Intro"))',
         "rows", T, V),
        ("grooms booked for today", "Today({Groom Date})", "rows", T, M),
        ("dogs coming in tomorrow", "Tomorrow({Groom Date})", "rows", C, M),
        ("grooms next week", "NextWeek({Groom Date})", "rows", T, M),
        ("grooms last week", "LastWeek({Groom Date})", "rows", T, M),
        ("prices over 50", "GreaterThan({Price}, 50)", "cells", T, H),
        ("price of £40 or less", "LessThanEqual({Price}, 40)", "cells", T, H),
        ("prices 25-45", "Between({Price}, 25, 45)", "cells", T, H),
        ("grooms priced at exactly £45", "Equals({Price}, 45)", "cells", T, H),
        ("huskies with no deposit", 'AND(TextEquals({Breed}, "Husky"), TextEquals({Deposit Paid}, "No"))',
         "rows", C, V, TWO),
        ("owners with more than one dog booked", "Duplicates({Owner})", "cells", C, H),
        ("the 3 priciest grooms", "Top({Price}, 3)", "rows", C, M),
        ("cheapest 2", "Bottom({Price}, 2)", "cells", T, M),
        ("any booking that's not a full groom", 'NOT(TextEquals({Service}, "Full Groom"))', "rows", C, V),
        ("price above average", "AboveAverage({Price})", "cells", T, H),
        ("icon set for price", "IconSet({Price})", "cells", A, H),
        ("breeds containing 'poo'", 'TextContains({Breed}, "poo")', "cells", A, H),
        ("grooms this month", "ThisMonth({Groom Date})", "rows", T, M),
        ("prices outside 20 to 50", "NotBetween({Price}, 20, 50)", "cells", T, H),
        ("deshedding apointments", 'TextEquals({Service}, "Deshedding")', "rows", C, V, TYPO),
        ("poodles or labradors", 'OR(TextEquals({Breed}, "Poodle"), TextEquals({Breed}, "Labrador"))', "rows", T, V),
    ],
    "wedding_rsvp": [
        ("guests who declined", 'TextEquals({RSVP}, "Declined")', "rows", C, V),
        ("rsvp = no reply", 'TextEquals({RSVP}, "No Reply")', "rows", T, H),
        ("bride's side guests", 'TextEquals({Side}, "Bride")', "rows", C, V),
        ("vegetarian meals", 'TextEquals({Meal Choice}, "Vegetarian")', "rows", T, V),
        ("fish or beef", 'OR(TextEquals({Meal Choice}, "Fish"), TextEquals({Meal Choice}, "Beef"))', "rows", T, V),
        ("guests bringing a plus one", 'TextEquals({Plus One}, "Yes")', "rows", C, H),
        ("gifts not received yet", 'TextEquals({Gift Received}, "No")', "rows", C, H),
        ("guests who have picked a meal", "NotBlanks({Meal Choice})", "rows", C, M),
        ("table numbers above 5", "GreaterThan({Table No}, 5)", "cells", T, H),
        ("table 5 guests", "Equals({Table No}, 5)", "rows", T, H),
        ("parties of 3 or more", "GreaterThanEqual({Party Size}, 3)", "rows", C, M),
        ("party size bigger than 2", "GreaterThan({Party Size}, 2)", "cells", T, H),
        ("attending guests from the groom's side",
         'AND(TextEquals({Side}, "Groom"), TextEquals({RSVP}, "Attending"))', "rows", C, V, TWO),
        ("attending guests with a plus one", 'AND(TextEquals({RSVP}, "Attending"), TextEquals({Plus One}, "Yes"))',
         "rows", C, V, TWO),
        ("anyone not attending", 'NOT(TextEquals({RSVP}, "Attending"))', "rows", C, V),
        ("guest names starting with 'The'", 'TextStartsWith({Guest}, "The")', "cells", A, H),
        ("couples (guest name has &)", 'TextContains({Guest}, "&")', "cells", C, H),
        ("largest 2 parties", "Top({Party Size}, 2)", "rows", T, M),
        ("tables with more than one party", "Duplicates({Table No})", "cells", C, H),
        ("tables 1 to 3", "Between({Table No}, 1, 3)", "rows", T, H),
        ("maybe's", 'TextEquals({RSVP}, "Maybe")', "rows", T, V),
        ("party size colour scale", "ColorScale({Party Size})", "cells", A, H),
        ("vegan guests", 'TextEquals({Meal Choice}, "Vegan")', "rows", C, V),
        ("party size not 1", "NotEquals({Party Size}, 1)", "cells", T, H),
        ("Making our RSVP list before invites go out. Can guests who said Maybe or No Reply be highlighted automatically?", 'OR(TextEquals({RSVP}, "Maybe"), TextEquals({RSVP}, "No Reply"))', "rows", F, V),
        ("gift recieved from the grooms side", 'AND(TextEquals({Side}, "Groom"), TextEquals({Gift Received}, "Yes"))', "rows", C, V, TWO, TYPO),
    ],
}

_QUOTED = re.compile(r'"[^"]+"')


def entry_problems(table: str, entry: tuple) -> list[str]:
    """One style and one naming per entry."""
    return tag_problems(f"{table}: {entry[0]!r}", set(entry[3:]), STYLES, NAMINGS)


def table_problems() -> list[str]:
    """Each table has 4 to 9 columns and 12 to 16 data rows."""
    return forum.size_problems(TABLES, (4, 9))


def seen_problems(records: list[dict]) -> list[str]:
    """No request twice, none of the other sets' requests, none of the train split's."""
    return common_seen_problems(records, OTHER_SETS, forum.train_requests())


def build_full() -> list[dict]:
    """Every record on its full table, after all checks (SystemExit with every problem found)."""
    def tags_of(entry: tuple) -> tuple[str, ...]:
        return ((VALUE_WORD,) if _QUOTED.search(entry[1]) else ()) + (TAG,)

    return base.checked_records(ENTRIES, TABLES, PREFIX, tags_of, table_problems(), entry_problems,
                                seen_problems)


def strip(record: dict) -> dict:
    """The written form: the header row only, no labels, the tag `header-only`."""
    return forum.header_row_only(record)


def build() -> list[dict]:
    """The records as written to template_tables.json."""
    return [strip(record) for record in build_full()]


def main() -> None:
    records = build()
    counts = write_splits(OUT, records)
    print(f"wrote {OUT}: {len(records)} records over {len(TABLES)} tables, {counts}, all header-only; "
          f"{sum(VALUE_WORD in r['Tags'] for r in records)} with a text value")
    if not TRAIN.exists():
        print(f"note: {TRAIN} is absent, requests not compared with the train split")
    print("\n".join(count_lines(records)))


if __name__ == "__main__":
    main()
