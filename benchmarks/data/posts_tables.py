"""Help-forum and help-desk posts asking for table formatting, and the builder of posts_tables.json.

Written by engineer P on 2026-12-06. Why: the public benchmark's held-out CF split holds 178 real
spreadsheet-forum questions (rules in the indexed-column dialect `c[i]`, 60 of them a header row
with no data rows), and every older set of the project had been chosen on. This set is a fresh
measure in the shape of those questions: requests written as posts to a help forum or a help
desk, 1-5 sentences with context ("I run a small car wash and..."), asides, what was tried and
did not work (in words), politeness, "thanks in advance", a question at the end, sometimes a
sheet name, a column letter or a range (always true for the table placed at A1; a whole-row
request may name the whole table's range), the column named by its header, by meaning or only by
the value. Whole-row and cell formatting. About 40% of the records are written header-only.

Tables: 13 new tables of themes no other set uses (a print shop's jobs, a youth football club's
registrations, a cleaning company's rota, a car wash's tickets, an escape room's bookings, a farm
shop's stock, a tutoring agency's students, a podcast's episodes, community garden plots, a dance
school's pupils, a removals firm's jobs, a craft fair's stalls, a food bank's donations), 8-9
columns (plain words, abbreviations, units in parentheses, yes/no columns, a status, people,
categories, dates, money, percentages), 14 data rows each with blanks, one-space cells, duplicates,
text among numbers, an error value here and there and the boundary values of the rules.

Rules of independence, as followed: read were benchmarks/data/README.md, everyday_common.py, the
module docstrings, imports, tables' header rows and function definitions of template_tables.py,
everyday_tables.py and forum_tables.py (a listing of template_tables.py's last lines also showed
its last four entries, about wedding RSVPs; nothing here rewords them, and the sets share no
table), the table names (and, by an over-wide listing, the first rows of a few tables) of the other
`*_tables.py` builders, tests/benchmarks/set_files.py and test_template_tables_data.py,
../shared/docs/CF_RULES.md and EVALUATION.md, the parser/printer of cf_assistant.languages.cf (a
few rules printed), and a random sample of 20 requests of ../shared/data/cf/train.json for the
annotators' flavour (none copied; the builder refuses any request of the split). Not read: the
assistant's code (cf_assistant/assistant/), languages/cf/comparisons.py, phrases.py, synth.py,
repairs.py, cf_assistant/diffusion/, cf_assistant/training/, benchmarks/header_only.py, the other
sets' JSON files and entry lists (compared against in code only), benchmarks/summary.md,
benchmarks/RESULTS.md, git log messages. No assistant, model or generator was run on this set.

How records are built and checked: each entry is (request, rule with `{Header}` for c[i], scope,
style, naming, extra tags); the record is everyday_tables' `build_record` on this module's
TABLES (IDs prefixed `pst-`, tag `posts-set`), checked on its FULL table with everyday_tables'
`problems` (it formats neither no row nor every row; its near misses, text operators aside, and
the same rule on any other column format other rows), everyday_common's `seen_problems` (no
request twice, none of the other set files' requests, none of the train split's) and this
module's `letter_problems` (every column letter and range named is a column the rule reads, or,
for a whole-row request, the table's first and last column). Then the records picked by a
stable hash of the ID (about two in five, `header_only`) are written with `Data` = [header row],
`Labels` = [] and the tag `header-only` (the bench judges them on probe values, where the chosen
`c[i]` decides); every request was written so that a careful reader of the post and the header
row agrees on the rule and its column. Tags: style (`post`: a question posted to a forum,
`helpdesk`: a ticket or a request passed on by support staff, `reply`: a follow-up in a thread),
naming (`by-header`, `by-meaning`, `by-value`), `range-named`, `two-conditions`, `two-columns`,
`typo`, `header-only`, `posts-set`. Labels follow Excel (a blank compares as 0). Dates are read
against the bench's reference date 2024-06-12 (a Wednesday); dev/test by `split_of` on the ID.
Choose on `dev`, report on `test`.

Rebuild: `python benchmarks/data/posts_tables.py` (prints counts per split, table, scope,
function and tag); tests/benchmarks/test_posts_tables_data.py checks the file.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402
import forum_tables as forum  # noqa: E402
import template_tables as template  # noqa: E402
from everyday_common import seen_problems as common_seen_problems  # noqa: E402
from everyday_common import tag_problems, write_splits  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "posts_tables.json"
TRAIN = forum.TRAIN
PREFIX = "pst"
TAG = "posts-set"
HEADER_ONLY = "header-only"
count_lines = forum.count_lines  # per table, scope, family, function and tag
STYLES = ("post", "helpdesk", "reply")
NAMINGS = ("by-header", "by-meaning", "by-value")
RANGE, TWO, TWOCOL, TYPO = "range-named", "two-conditions", "two-columns", "typo"
OTHER_SETS = ("annotator_tables.json", "everyday_cf.json", "everyday_tables.json", "forum_tables.json",
              "fresh_cf.json", "fresh_tables.json", "plain_cf.json", "template_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json")
FAMILIES = forum.FAMILIES

P, D, R = STYLES
H, M, V = NAMINGS


_table = template._table  # header + "a|b|c" rows ("" a blank, "_" one space)


TABLES: dict[str, list[list[str]]] = {
    "print_shop": _table(
        ["Job #", "Client", "Product", "Qty", "Paper", "Colour", "Quote (£)", "Proof Approved", "Due"], """
PS-201 | Hollis Dental        | Business Cards    | 500  | Matt 400gsm  | Full Colour   | 45    | Yes | 2024-06-12
PS-202 | Green Leaf Cafe      | Menus             | 50   | Gloss 170gsm | Full Colour   | 120   | No  | 2024-06-13
PS-203 | St Mary's PTA        | Flyers            | 1000 | Silk 130gsm  | Black & White | 85    | Yes | 2024-06-11
PS-204 | Ortega Plumbing      | Vinyl Banner      | 1    | Vinyl        | Full Colour   | 150   | Yes | 2024-06-07
PS-205 | Hollis Dental        | Appointment Cards |      | Matt 400gsm  | Spot Colour   |       |     | 2024-06-18
PS-206 | Riverside Books      | Posters           | 25   | Gloss 170gsm | Full Colour   | 60    | No  | 2024-06-14
PS-207 | Kat's Yoga           | Flyers            | 2000 | Silk 130gsm  | Full Colour   | 140   | Yes | 2024-05-24
PS-208 | Green Leaf Cafe      | Loyalty Cards     | 500  | Matt 400gsm  | Spot Colour   | 45    | Yes | 2024-06-04
PS-208 | Ortega Plumbing      | Business Cards    | 500  | Matt 400gsm  | Full Colour   | TBC   | No  | 2024-07-02
PS-210 | Town Council         | Booklets          | 300  | Silk 130gsm  | Full Colour   | 980   | Yes | 2024-06-10
PS-211 | Bexley Runners       | Race Bibs         | 100  | Tyvek        | Black & White | #N/A  | No  | 2024-06-20
PS-212 | Riverside Books      | Bookmarks         | 1000 | Gloss 170gsm | Full Colour   | 100   | Yes | 2024-06-27
PS-213 | Maple Estate Agents  | Window Cards      | 0    | Gloss 170gsm | Full Colour   | 0     | No  | 2024-04-15
PS-214 | St Mary's PTA        | Raffle Tickets    | tbc  | Bond 80gsm   | Black & White | 30    | Yes | _
"""),
    "youth_football": _table(
        ["Player", "Age Group", "DOB", "Parent Contact", "Fee (£)", "Fee Paid", "Kit Size", "Medical Form", "Signed Up"], """
Alfie Brooks | U9  | 2015-09-14 | 07700 900111 | 90     | Yes  | YS  | Yes | 2024-06-12
Maisie Hart  | U11 | 2013-03-02 | 07700 900222 | 90     | No   | YM  | No  | 2024-06-03
Theo Grant   | U9  | 2015-11-30 | 07700 900333 | 45     | Yes  | YS  | Yes | 2024-05-20
Zara Khan    | U13 | 2011-06-21 |              | 110    | Yes  | YL  | Yes | 2024-06-11
Oscar Lee    | U11 | 2013-08-08 | 07700 900555 | 90     | Part | YM  |     | 2024-06-10
Ruby Walsh   | U13 | 2012-01-19 | 07700 900666 | 110    | No   | YL  | No  | 2024-06-13
Leo Novak    | U7  | 2017-04-05 | 07700 900777 | 0      | Yes  | YXS | Yes | 2024-06-07
Isla Ford    | U9  | 2015-09-14 | 07700 900888 | 90     | Yes  | YS  | No  | 2024-06-18
Jayden Cole  | U15 | 2009-10-10 | 07700 900999 | 130    | No   | S   | _   | 2024-07-01
Amara Obi    | U11 | 2013-12-25 | 07700 900123 | waived | Yes  | YM  | Yes | 2024-06-14
Finley Shaw  | U15 | 2010-05-06 | 07700 900234 | 130    | Yes  | M   | Yes | 2024-04-22
Maisie Hart  | U11 | 2013-03-02 | mum's mobile | 90     | No   | YM  | No  | 2024-06-05
Noah Berg    | U13 | 2011-09-09 | 07700 900345 | 120    | Yes  |     | Yes | 2024-06-27
Sofia Reyes  | U7  | 2017-07-12 | 07700 900456 | 60     | No   | YXS | Yes | 2024-06-20
"""),
    "cleaning_rota": _table(
        ["Cleaner", "Client", "Visit Date", "Hours", "Rate (£/h)", "Keys Held", "Checklist Signed", "Status"], """
Dana Price      | Oakwood Surgery   | 2024-06-12 | 3   | 14    | Yes | Yes | Done
Marek Zielinski | 14 Elm Rd         | 2024-06-12 | 2   | 15.5  | No  | No  | In Progress
Dana Price      | Harbour Offices   | 2024-06-11 | 4   | 14    | Yes | Yes | Done
Ifeoma Eze      | Flat 3B Quay St   | 2024-06-13 | 2.5 | 16    | Yes |     | Scheduled
Sean Burke      | Oakwood Surgery   | 2024-06-10 | 3   | 14    | Yes | Yes | Done
Marek Zielinski | Lime Tree Nursery | 2024-06-14 | 5   | 15.5  | No  |     | Scheduled
Lucia Romano    | 14 Elm Rd         | 2024-06-06 | 2   | 15    | No  | No  | Missed
Ifeoma Eze      | Harbour Offices   | 2024-06-19 | 4   | 16    | Yes | _   | Scheduled
Sean Burke      | Grange Hall       | 2024-05-30 | 6   | 13    | No  | Yes | Done
Lucia Romano    | Lime Tree Nursery | 2024-06-04 | 1.5 | 15    | Yes | No  | Complaint
Dana Price      | 9 Mill Lane       | 2024-07-08 | tbc |       | No  |     | Scheduled
Sean Burke      | Flat 3B Quay St   | 2024-06-25 | 0   | 14    | No  |     | Cancelled
Marek Zielinski | Grange Hall       | 2024-06-07 | 8   | 15.5  | Yes | Yes | Done
Temp (agency)   | Oakwood Surgery   | 2024-06-11 | 3   | #REF! | Yes | No  | Done
"""),
    "car_wash": _table(
        ["Ticket", "Plate", "Wash", "Date", "Price ($)", "Tip ($)", "Payment", "Member"], """
W-0611 | KX19 ABC | Basic          | 2024-06-12 | 12     | 0   | Cash    | No
W-0612 | LM68 TRE | Deluxe         | 2024-06-12 | 25     | 5   | Card    | Yes
W-0613 | KX19 ABC | Interior Valet | 2024-06-11 | 40     | 3   | Card    | No
W-0614 | PA21 ZZT | Basic          | 2024-06-11 | 12     |     | Cash    | Yes
W-0615 | YB70 HHG | Full Valet     | 2024-06-10 | 65     | 10  | Card    | No
W-0616 | LM68 TRE | Deluxe         | 2024-06-08 | 25     | 2   | App     | Yes
W-0617 | GF15 KLO | Basic          | 2024-06-06 | 10     | 0   | Cash    | No
W-0618 | RT22 MNB | Deluxe         | 2024-06-03 | 22.5   | 4.5 | App     | No
W-0619 | HV17 QWE | Ceramic Coat   | 2024-05-29 | 180    | 20  | Card    | Yes
W-0620 | PA21 ZZT | Full Valet     | 2024-06-13 | 65     |     | App     | Yes
W-0621 | BN64 DFR | Basic          | 2024-06-18 | 12     |     | Voucher | No
W-0622 | SD19 XCV | Interior Valet | 2024-07-04 | 40     | _   | App     | No
W-0623 | KX19 ABC | Deluxe         | 2024-06-12 | refund | n/a | Card    | No
W-0624 | MJ66 PLK | Basic          | 2024-04-30 | 12     | 1   | Cash    |
"""),
    "escape_room": _table(
        ["Booking", "Lead Booker", "Room", "Date", "Players", "Time Left (min)", "Escaped", "Price (£)", "Review"], """
EB-301 | Hannah Cole      | The Vault   | 2024-06-12 | 4   | 10 | Yes | 96      | 5
EB-302 | Raj Mehta        | Lost Temple | 2024-06-11 | 6   | 0  | No  | 132     | 3
EB-303 | Sophie Laine     | Asylum      | 2024-06-10 | 3   | 5  | Yes | 75      | 4
EB-304 | Team Brightside  | The Vault   | 2024-06-08 | 8   | 22 | Yes | 160     | 5
EB-305 | Carl Dunne       | Submarine   | 2024-06-07 | 2   | -2 | No  | 56      | 2
EB-306 | Mei Tanaka       | Lost Temple | 2024-06-13 | 5   |    |     | 115     |
EB-307 | Hannah Cole      | Asylum      | 2024-06-14 | 4   |    |     | 96      |
EB-308 | Oliver Pratt     | Submarine   | 2024-05-18 | 6   | 15 | Yes | 132     | 4
EB-309 | Birthday - Jess  | The Vault   | 2024-06-21 | 7   |    |     |         |
EB-310 | Leon Fisher      | Lost Temple | 2024-06-01 | 5   | 3  | Yes | 115     | 1
EB-311 | Corporate - Kyto | Asylum      | 2024-07-10 | 10  |    |     | 200     | tbc
EB-312 | Raj Mehta        | Submarine   | 2024-06-05 | 4   | 9  | Yes | #VALUE! |
EB-313 | Amy Rowe         | The Vault   | 2024-06-12 | 2   | 1  | Yes | 56      | 5
EB-314 | Gift Voucher     | Asylum      | 2024-06-28 | tbc |    |     | voucher | _
"""),
    "farm_shop": _table(
        ["Product", "Section", "Unit", "Price (£)", "In Stock", "Sold This Week", "Organic", "Use By", "Grower"], """
Free-range Eggs | Dairy & Eggs | dozen  | 3.2  | 40 | 65  | Yes | 2024-06-19 | Hill Farm
Raw Milk        | Dairy & Eggs | litre  | 1.5  | 12 | 30  | No  | 2024-06-13 | Hill Farm
Strawberries    | Fruit        | punnet | 3.5  | 0  | 120 | Yes | 2024-06-12 | Brook Orchard
New Potatoes    | Veg          | kg     | 1.8  | 55 | 42  | No  | 2024-06-28 | Hill Farm
Sourdough Loaf  | Bakery       | each   | 4.5  | 8  | 38  | Yes | 2024-06-11 | Crumb & Co
Runner Beans    | Veg          | kg     | 4    | 15 |     | Yes | 2024-06-16 | Brook Orchard
Lamb Mince      | Butchery     | 500g   | 5.75 | 6  | 18  | No  | 2024-06-14 | Fell Side
Honey           | Pantry       | jar    | 7    | 24 | 5   | No  |            | Bee Happy
Asparagus       | Veg          | bunch  | 4    | 3  | 51  | Yes | 2024-06-13 | Brook Orchard
Rhubarb Jam     | Pantry       | jar    | 3.95 |    | 0   |     | 2024-11-30 | Bee Happy
Pork Sausages   | Butchery     | pack   | 4.8  | -1 | 25  | No  | 2024-06-10 | Fell Side
Goat Cheese     | Dairy & Eggs | 200g   | 6.25 | 10 | 14  | Yes | 2024-07-05 | Hill Farm
Cherries        | Fruit        | punnet | tbc  | _  | new | Yes |            | Brook Orchard
Flapjack        | Bakery       | each   | 2.5  | 20 | 36  | No  | 2024-06-05 | Crumb & Co
"""),
    "tutoring": _table(
        ["Student", "Subject", "Tutor", "Year", "Booked", "Attended", "Attendance %", "Invoice Paid", "Next Lesson"], """
Ella Morgan   | Maths     | Mr Hughes   | Y11 | 10 | 10    | 100%    | Yes | 2024-06-12
Josh Patel    | Chemistry | Dr Adeyemi  | Y13 | 12 | 9     | 75%     | No  | 2024-06-13
Lily Chen     | English   | Ms Clarke   | Y9  | 8  | 6     | 75%     | Yes | 2024-06-18
Ahmed Farah   | Maths     | Mr Hughes   | Y11 | 10 | 4     | 40%     | No  | 2024-06-14
Grace O'Neill | Physics   | Dr Adeyemi  | Y12 | 6  | 6     | 100%    | Yes | 2024-06-11
Ben Ward      | Maths     | Ms Clarke   | Y6  | 12 | 11    | 92%     | Yes | 2024-06-10
Chloe Ricci   | French    | Mme Laurent | Y10 | 8  | 2     | 25%     |     | 2024-07-01
Sam Okoye     | English   | Ms Clarke   | Y11 | 10 | 8     | 80%     | Yes | 2024-06-20
Ava Lindqvist | Chemistry | Dr Adeyemi  | Y12 | 4  | 0     |         | No  |
Noah Price    | Physics   | Mr Hughes   | Y13 | 14 | 13    | 93%     | Yes | 2024-06-27
Mia Kowalski  | French    | Mme Laurent | Y8  | 6  | 5     | 83%     | No  | 2024-06-07
Ethan Brooks  | Maths     | Mr Hughes   | Y11 | 10 | 9     | 90%     | Yes | 2024-05-22
Isabel Duarte | Biology   | Dr Adeyemi  | Y13 | 8  | trial | n/a     | No  | _
Ella Morgan   | Physics   | Mr Hughes   | Y11 | 6  | 5     | #DIV/0! | Yes | 2024-06-04
"""),
    "podcast": _table(
        ["Ep", "Title", "Guest", "Release Date", "Length (min)", "Downloads", "Completion %", "Sponsor", "Status"], """
101 | Starting Out         | none          | 2024-05-08 | 42 | 5230 | 61%  | Brewly  | Published
102 | Money Myths          | Dr Tara Singh | 2024-05-15 | 55 | 5000 | 58%  | Brewly  | Published
103 | Side Hustles         | Kev Obi       | 2024-05-22 | 38 | 6120 | 70%  |         | Published
104 | Burnout              | Dr Tara Singh | 2024-05-29 | 61 | 3900 | 49%  | FitFuel | Published
105 | Q&A Special          |               | 2024-06-05 | 75 | 2875 | 44%  | FitFuel | Published
106 | Renting vs Buying    | Jo Marsh      | 2024-06-10 | 47 | 1100 | 66%  | Brewly  | Published
107 | Crypto Chat          | Sam Li        | 2024-06-12 | 50 | 0    |      |         | Published
108 | Budget Apps          | Jo Marsh      | 2024-06-13 | 40 |      |      | Brewly  | Scheduled
109 | Live from Leeds      | Panel         | 2024-06-19 | 90 |      | tbc  | FitFuel | Editing
110 | Pensions 101         | Kev Obi       | 2024-06-26 |    | n/a  |      |         | Recording
111 | Bonus: Listener Mail |               | 2024-06-11 | 22 | 850  | 81%  | _       | Published
112 | Debt Diaries         | Ana Ruiz      | 2024-07-03 | 52 |      |      | FitFuel | Editing
113 | Starting Out (rerun) | none          | 2024-06-06 | 42 | 1310 | #N/A | Brewly  | Published
114 | Holiday Special      | Panel         | 2024-04-17 | 64 | 7420 | 50%  |         | Published
"""),
    "garden_plots": _table(
        ["Plot", "Plot Holder", "Size (sq m)", "Fee (£)", "Fee Paid", "Inspection Date", "Rating", "Shed", "Notes"], """
1A | Margaret Hill   | 125       | 60  | Yes  | 2024-06-12 | Good      | Yes |
1B | Darius Khan     | 250       | 110 | No   | 2024-05-20 | Poor      | Yes | overgrown, letter sent
2A | Hillside School | 125       | 0   | Yes  | 2024-06-05 | Excellent | No  | free plot for pupils
2B | Tom & Sue Reid  | 250       | 110 | Yes  | 2024-06-11 | Good      | Yes |
3A | Priya Nair      | 60        | 35  | Yes  | 2024-06-10 | Fair      | No  | new tenant
3B | Vacant          | 125       | 60  |      |            |           | No  |
4A | Jim Barlow      | 250       | 110 | Part | 2024-04-08 | Poor      | No  | overgrown
4B | Elif Demir      | 60        | 35  | No   | 2024-06-13 | Good      | No  |
5A | Margaret Hill   | 60        | 35  | Yes  | 2024-06-07 | Excellent | No  | second plot
5B | Colin Webb      | 125       | 60  | Yes  | 2024-06-14 | Fair      | Yes | water butt leaking
6A | Vacant          | 250       | 110 | _    | 2024-05-02 | Poor      | Yes |
6B | Ana Sousa       | 125       | 55  | Yes  | 2024-06-18 | Good      | No  | concession rate
7A | Greg Holt       | 125       | 80  | No   | 2024-07-02 |           | Yes |
7B | Wen Zhao        | approx 60 | 35  | Yes  | 2024-05-28 | Good      | No  | bees
"""),
    "dance_school": _table(
        ["Pupil", "Class", "Day", "Age", "Term Fee (£)", "Paid", "Exam Grade", "Costume Ordered"], """
Poppy Adams   | Ballet Primary | Saturday  | 6   | 84  | Yes  | Grade 1                 | Yes
Layla Hussain | Tap Junior     | Tuesday   | 9   | 72  | No   | Grade 2                 | No
Evie Turner   | Ballet Primary | Saturday  | 9   | 84  | Yes  | Pre-Primary             | Yes
Maya Brown    | Contemporary   | Thursday  | 14  | 96  | Yes  | Grade 5                 |
Freya Wilson  | Street         | Friday    | 11  | 60  | No   |                         | No
Ollie James   | Street         | Friday    | 12  | 60  | Yes  | _                       | Yes
Sienna Clark  | Ballet Inter   | Monday    | 13  | 108 | Yes  | Intermediate Foundation | Yes
Ivy Moore     | Tap Junior     | Tuesday   | 8   | 72  | Part | Grade 1                 | No
Harper Lewis  | Contemporary   | Thursday  | 16  | 96  | No   | Grade 6                 | Yes
Grace Hall    | Ballet Inter   | Monday    | 15  | 108 | Yes  | Intermediate            | No
Aria Patel    | Ballet Primary | Saturday  | 4   | 0   | Yes  | Pre-Primary             | No
Daisy King    | Jazz           | Wednesday | 10  | TBC | No   | Grade 3                 |
Zoe Martin    | Jazz           | Wednesday | ten | 66  | Yes  | Grade 3                 | Yes
Poppy Adams   | Tap Junior     | Tuesday   | 6   | 72  | Yes  | Grade 1                 | Yes
"""),
    "removals": _table(
        ["Job Ref", "Customer", "Move Date", "From", "To", "Crew Size", "Volume (cu ft)", "Quote ($)", "Deposit Paid"], """
RM-7001 | Patel     | 2024-06-12 | Oak Park  | Riverside    | 3 | 900    | 1450 | Yes
RM-7002 | Johansson | 2024-06-13 | Downtown  | Lakeview     | 2 | 300    | 780  | Yes
RM-7003 | O'Brien   | 2024-06-14 | Lakeview  | Oak Park     | 6 | 1700   | 2600 | No
RM-7004 | Nguyen    | 2024-06-08 | Hillcrest | Downtown     | 2 | 350    | 650  | Yes
RM-7005 | Garcia    | 2024-06-17 | Riverside | Out of state | 5 | 1600   | 5200 | No
RM-7006 | Williams  | 2024-06-04 | Downtown  | Downtown     | 2 | 180    | 450  | Yes
RM-7007 | Kim       | 2024-06-21 | Oak Park  | Hillcrest    | 3 |        |      |
RM-7008 | Abara     | 2024-05-25 | Lakeview  | Riverside    | 3 | 820    | 2000 | Yes
RM-7009 | Fischer   | 2024-07-09 | Hillcrest | Out of state | 6 | 1500   | 6400 | No
RM-7010 | Patel     | 2024-06-29 | Riverside | Lakeview     | 2 | 300    | 780  | No
RM-7011 | Douglas   | 2024-06-11 | Downtown  | Oak Park     | 1 | 90     | 250  | Yes
RM-7012 | Moreau    |            | Lakeview  | Downtown     | 3 | survey | TBC  | No
RM-7013 | Svensson  | 2024-06-10 | Oak Park  | Riverside    | 4 | 950    | #N/A | Yes
RM-7014 | Reyes     | 2024-04-19 | Hillcrest | Lakeview     | 2 | 400    | 950  | Yes
"""),
    "craft_fair": _table(
        ["Stall No", "Maker", "Craft", "Pitch Fee (£)", "Fee Paid On", "Needs Power", "Gazebo", "Insurance", "Status"], """
S01 | Wool & Whimsy       | Knitwear       | 40   | 2024-06-03 | No  | Own  | Yes     | Confirmed
S02 | Clay Bay            | Ceramics       | 55   | 2024-06-11 | Yes | Hire | Yes     | Confirmed
S03 | Bright Bead Co      | Jewellery      | 40   |            | No  | Own  | No      | Pending
S04 | The Candle Barn     | Candles        | 45   | 2024-06-12 | Yes | Own  | Yes     | Confirmed
S05 | Oak & Awl           | Leatherwork    | 55   | 2024-05-27 | No  | Hire | Yes     | Confirmed
S06 | Paper Moth          | Cards & Prints | 30   | 2024-06-10 | No  | None | Expired | Pending
S07 | Little Stitch       | Kids' Clothes  | 40   | 2024-06-06 | No  | Own  | Yes     | Confirmed
S08 | Glassworks Jo       | Glass          | 60   | _          | Yes | Hire | No      | Waitlist
S09 | Wool & Whimsy       | Knitwear       | 40   | 2024-06-07 | No  | Own  | Yes     | Cancelled
S10 | Soap Society        | Soaps          | 35   | 2024-06-09 | No  | None | Yes     | Confirmed
S11 | Timber Tales        | Woodturning    | 55   | 2024-05-14 | Yes | Own  | Yes     | Confirmed
S12 | Honey Pot Preserves | Food           | 50   | 2024-06-05 | Yes | Hire |         | Pending
S13 | Silver Fern         | Jewellery      | 45   | 2024-06-11 | No  | None | No      | Confirmed
S14 | Ink & Oak           | Cards & Prints | free | 2024-04-30 | No  | Own  | Yes     | Confirmed
"""),
    "food_bank": _table(
        ["Item", "Category", "Qty", "Unit", "Best Before", "Donated By", "Contains Nuts", "Checked By"], """
Baked Beans      | Tins       | 48   | tins    | 2025-08-01 | Tesco collection | No  | Ruth
Pasta            | Dry Goods  | 30   | bags    | 2024-06-30 | St Luke's Church | No  | Ruth
UHT Milk         | Drinks     | 24   | cartons | 2024-06-13 | Anonymous        | No  | Dev
Peanut Butter    | Spreads    | 6    | jars    | 2024-06-12 | Anonymous        | Yes | Dev
Cereal           | Dry Goods  | 0    | boxes   | 2024-07-15 | Rotary Club      |     |
Nappies (size 4) | Baby       | 12   | packs   |            | Anonymous        | No  | Ruth
Tinned Tomatoes  | Tins       | 60   | tins    | 2026-01-01 | Tesco collection | No  | Ruth
Rice             | Dry Goods  | 15   | kg      | 2024-06-18 | Rotary Club      | No  | Dev
Biscuits         | Snacks     | 20   | packs   | 2024-06-10 | St Luke's Church | Yes | Amir
Soup             | Tins       | 36   | tins    | 2024-06-11 | Anonymous        | No  | Amir
Tea Bags         | Drinks     | 8    | boxes   | 2024-06-20 | Oakfield Primary | No  | _
Baby Formula     | Baby       | 3    | tins    | 2024-06-14 | Anonymous        | No  | Amir
Muesli Bars      | Snacks     | 40   | packs   | 2024-06-04 | Oakfield Primary | Yes | Dev
Sanitary Pads    | Toiletries | lots | packs   |            | Anonymous        | No  | Ruth
"""),
}

# (request, rule with {Header} for c[i], scope, style, naming, extra tags ...)
ENTRIES: dict[str, list[tuple]] = {
    "print_shop": [
        ("I run a small print shop and keep every job on one sheet. Is there a way to make the whole row go red when the proof hasn't been approved yet, i.e. the Proof Approved column says No? Thanks in advance.",
         'TextEquals({Proof Approved}, "No")', "rows", P, H),
        ("Quick one: I want the jobs due today to jump out when I open the file in the morning. I tried sorting by the Due column every day but I'd rather have a colour on the whole row. How do I set that up?",
         "Today({Due})", "rows", P, H),
        ("Ticket from the front desk: they want any Quote (£) above 100 shaded orange. They tried the built-in rules but it kept asking for a range and they gave up.",
         "GreaterThan({Quote (£)}, 100)", "cells", D, H),
        ("Sheet1, G2:G15 holds our quotes. I'd like the three most expensive jobs in bold green. The Top 10 rule shows ten of them, how do I make it only 3?",
         "Top({Quote (£)}, 3)", "cells", P, H, RANGE),
        ("We print a lot of business cards, appointment cards, loyalty cards and so on. Could the Product cell turn blue whenever the product name has Cards in it? Cheers.",
         'TextContains({Product}, "Cards")', "cells", P, H),
        ("Small runs (fewer than 100 pieces) are usually rush jobs for us. Could someone set up a rule on the Qty column to highlight them? Many thanks!",
         "LessThan({Qty}, 100)", "cells", D, H),
        ("Our quote column pulls prices from another sheet and sometimes shows #N/A when the lookup breaks. Any way to make the whole row stand out when the quote is an error?",
         "Errors({Quote (£)})", "rows", P, H),
        ("Following up on my thread from yesterday about repeat customers: can every client name that appears more than once in the Client column go yellow? We want to offer them a discount.",
         "Duplicates({Client})", "cells", R, H),
        ("Hello! I'd like a colour scale on the quote column so cheap jobs are green and the big ones red. I found Conditional Formatting but there are so many options, which one is it?",
         "ColorScale({Quote (£)})", "cells", P, H),
        ("Print shop owner here. Black & White jobs go to the old press, so I want those rows shaded grey so the operator can see them at a glance. Possible?",
         'TextEquals({Colour}, "Black & White")', "rows", P, V),
        ("Can the whole row be highlighted when a job is due next week? We plan the paper order on Fridays and I keep missing jobs.",
         "NextWeek({Due})", "rows", P, H),
        ("In the jobs sheet, anything that was due last week and is still on the list should be red, those are late. Column I is the due date. Full row please.",
         "LastWeek({Due})", "rows", D, H, RANGE),
        ("Thanks for the help with the quotes! Another question on the same sheet: how do I pick out the jobs whose paper is NOT one of the Matt ones? The Paper column has Matt 400gsm, Gloss 170gsm and so on.",
         'TextNotContains({Paper}, "Matt")', "cells", R, H),
        ("Hi all, jobs with a quote between £50 and £150 (both included) are our mid-range band. How do I highlight those quote cells? Thanks!",
         "Between({Quote (£)}, 50, 150)", "cells", P, H),
        ("Jobs where the proof is approved AND the colour is Full Colour can go straight to the digital press. Can those rows be green? I tried two separate rules and it coloured everything approved.",
         'AND(TextEquals({Proof Approved}, "Yes"), TextEquals({Colour}, "Full Colour"))', "rows", P, V, TWO),
        ("Customer asked us to 'highlight any job where the quantity is not 500'. That's literally all they wrote. Qty column, cell colour only.",
         "NotEquals({Qty}, 500)", "cells", D, H),
        ("Can someone explain how to put data bars in the Qty column? I just want to see the big runs at a glance, nothing fancy.",
         "DataBar({Qty})", "cells", P, H),
        ("A job with no due date is a problem waiting to happen. Can the entire row go pink when the Due cell is empty?",
         "Blanks({Due})", "rows", P, H),
        ("I only want the top 20% of our quotes picked out, not a fixed number, because the list grows every week. Is that doable?",
         "TopPercent({Quote (£)}, 20)", "cells", P, M),
        ("Support request: user wants Qty cells of 50 or less in amber. Tiny runs lose us money apparently.",
         "LessThanEqual({Qty}, 50)", "cells", D, H),
        ("Someone keeps copy-pasting jobs and reusing the job number. Is it possible to highlight the job numbers that appear only once, so I can see which are genuine?",
         "Unique({Job #})", "cells", P, M),
        ("I'd like an icon set on the Quote (£) column - traffic lights would do. Is that under Conditional Formatting > Icon Sets, and does it work with the TBC cells in there?",
         "IconSet({Quote (£)})", "cells", P, H),
        ("Jobs whose quote is below the average of all quotes: can those cells be shaded? I want to see where we undercharge.",
         "BelowAverage({Quote (£)})", "cells", P, M),
        ("Last bit from me: the error quotes already go red thanks to this thread. Can the quote cells that are NOT errors get a light green fill?",
         "NotErrors({Quote (£)})", "cells", R, H),
        ("Sheet 'Jobs 2024', A1:I15. I want any row whose job is due this month shaded light blue - it's for the monthly planning meeting. Is A Date Occurring the right menu?",
         "ThisMonth({Due})", "rows", P, H, RANGE),
        ("Re: my quotes question - the 2 cheapest quotes should be pale yellow too. Quote (£) is G2:G15 on Sheet1.",
         "Bottom({Quote (£)}, 2)", "cells", R, H, RANGE),
    ],
    "youth_football": [
        ("I'm the registrar for a youth football club (under 7s up to under 15s). Parents sign up through a form and I paste the answers into Excel. I'd like the entire row to turn red if the Fee Paid column says No. Thanks in advance!",
         'TextEquals({Fee Paid}, "No")', "rows", P, H),
        ("Some parents have registered the same child twice. How can I colour the player names that appear more than once?",
         "Duplicates({Player})", "cells", P, H),
        ("Help desk: the club wants any player who signed up in the last 7 days highlighted, whole row, so the coaches can send welcome packs.",
         "Last7Days({Signed Up})", "rows", D, H),
        ("Is there a way to make the Medical Form cell go orange when it's been left empty? We can't let kids train without one.",
         "Blanks({Medical Form})", "cells", P, H),
        ("Registrations from last month need checking against the county FA list. Can I highlight those rows automatically instead of filtering every time?",
         "LastMonth({Signed Up})", "rows", P, M),
        ("Our 11-a-side teams are U11, U13 and U15. Can the Age Group cell be highlighted when it starts with U1? I tried Text That Contains U1 but I'm not sure that's right.",
         'TextStartsWith({Age Group}, "U1")', "cells", P, H),
        ("Fees over £110 are only for the oldest groups, and I'd like to check them. Fee is column E - can those cells go bold red?",
         "GreaterThan({Fee (£)}, 110)", "cells", D, H, RANGE),
        ("Could someone tell me how to shade rows where the fee is between 45 and 90 pounds, 45 and 90 included? Those are the younger kids' rates.",
         "Between({Fee (£)}, 45, 90)", "rows", P, H),
        ("Coach asked for a reminder on the sheet: whole row yellow if the player signed up today.",
         "Today({Signed Up})", "rows", D, H),
        ("Replying to my own post: the colours work, but now the treasurer wants any fee that is NOT £90 highlighted, since 90 is the standard rate.",
         "NotEquals({Fee (£)}, 90)", "cells", R, H),
        ("Can Excel highlight the Parent Contact cells that have something in them? I want to see at a glance who gave us a number.",
         "NotBlanks({Parent Contact})", "cells", P, H),
        ("Brothers and sisters pay the sibling rate of £45. Please can fee cells of exactly 45 be purple so nobody chases them for the full fee?",
         "Equals({Fee (£)}, 45)", "cells", P, H),
        ("Highlight the kids who haven't handed in a medical form (Medical Form = No) and haven't paid either (Fee Paid = No), entire row please. Both have to be true.",
         'AND(TextEquals({Medical Form}, "No"), TextEquals({Fee Paid}, "No"))', "rows", P, H, TWO),
        ("Some parents pre-registered for the summer camp in July already. Could the rows of everyone who signed up next month be blue? Sorry if that's a silly question.",
         "NextMonth({Signed Up})", "rows", P, M),
        ("Ticket from the club treasurer: show the 3 lowest fees in the Fee (£) column, please.",
         "Bottom({Fee (£)}, 3)", "cells", D, H),
        ("Please can we get a data bar on the fee column? Just so the committee can see who pays what.",
         "DataBar({Fee (£)})", "cells", P, H),
        ("Players whose kit size starts with Y are junior sizes; can those cells be highlighted so I order from the kids' catalogue?",
         'TextStartsWith({Kit Size}, "Y")', "cells", P, M),
        ("I'd like the U7 rows in green - the little ones train on a different pitch.",
         'TextEquals({Age Group}, "U7")', "rows", P, V),
        ("Could we highlight the whole row if they registered this week (Sunday to Saturday is fine)?",
         "ThisWeek({Signed Up})", "rows", D, M),
        ("Thanks, that worked! Now: can unpaid or part-paid players both show in orange, whole row? The Fee Paid column has Yes, No and Part.",
         'OR(TextEquals({Fee Paid}, "No"), TextEquals({Fee Paid}, "Part"))', "rows", R, H, TWO),
        ("Fees below the average fee should be highlighted - some families are on a discount and the chairman wants to see them. Fee cells only.",
         "BelowAverage({Fee (£)})", "cells", P, H),
        ("Kids born on the same day keep confusing us (twins?). Can I highlight dates of birth that appear more than once?",
         "Duplicates({DOB})", "cells", P, M),
        ("Parent Contact is column D. Can the cells that have a contact in them be highlighted? Blank ones stay white.",
         "NotBlanks({Parent Contact})", "cells", D, H, RANGE),
        ("Our U15 lads are moving up to adult football next season. Could the rows for the U15 group be highlighted? Thanks!",
         'TextEquals({Age Group}, "U15")', "rows", P, V),
        ("Replying again: could the 3 lowest fees also be marked? Fee (£) column, cells only.",
         "Bottom({Fee (£)}, 3)", "cells", R, H),
    ],
    "cleaning_rota": [
        ("We're a small cleaning company (6 staff) and I do the rota in Excel. Could the whole row go red when the Status is Missed? The clients go mad if we miss a visit.",
         'TextEquals({Status}, "Missed")', "rows", P, H),
        ("Help desk: manager wants visits scheduled for tomorrow highlighted across the row so she can phone the cleaners the night before.",
         "Tomorrow({Visit Date})", "rows", D, M),
        ("How do I flag long visits, 4 hours or more, in the Hours column? We pay travel time on those.",
         "GreaterThanEqual({Hours}, 4)", "cells", P, H),
        ("Could someone help me highlight visits that are NOT between 2 and 6 hours long? Anything shorter or longer needs the office to double-check it.",
         "NotBetween({Hours}, 2, 6)", "cells", P, M),
        ("Rates of £14 an hour or less are the old contracts. Can I get those Rate (£/h) cells highlighted so I know who to renegotiate?",
         "LessThanEqual({Rate (£/h)}, 14)", "cells", P, H),
        ("Sorry if this is basic. The Rate column shows #REF! in one row (someone deleted a sheet). Can I make error cells go bright red so it never goes unnoticed again?",
         "Errors({Rate (£/h)})", "cells", P, H),
        ("Follow-up to the #REF! question: in the Rate (£/h) column, could all the cells that are NOT errors get a light green fill instead?",
         "NotErrors({Rate (£/h)})", "cells", R, H),
        ("Whole row grey when a visit was Cancelled, please. The client still gets charged if it's late notice.",
         'TextEquals({Status}, "Cancelled")', "rows", D, V),
        ("Can I highlight rows where the checklist hasn't been signed, meaning the Checklist Signed cell is blank? The cleaners are meant to fill it in on site.",
         "Blanks({Checklist Signed})", "rows", P, H),
        ("Visits from last week should be pale blue (whole rows), I use them to check the invoices on Monday mornings.",
         "LastWeek({Visit Date})", "rows", P, M),
        ("Visits dated yesterday: can the row go yellow so I remember to chase the checklist?",
         "Yesterday({Visit Date})", "rows", D, M),
        ("Hi, on the rota sheet (A1:H15) I need every row where the cleaner holds the client's keys AND the status is Done to be green. The keys column is Keys Held.",
         'AND(TextEquals({Keys Held}, "Yes"), TextEquals({Status}, "Done"))', "rows", P, H, RANGE, TWO),
        ("Which visits are the shortest? I'd like the bottom 10% of hours highlighted, not a fixed number.",
         "BottomPercent({Hours}, 10)", "cells", P, H),
        ("Clients that appear only once in the Client column - can they be highlighted? They're usually one-off deep cleans we should follow up.",
         "Unique({Client})", "cells", P, H),
        ("Help desk: user asks for a colour scale on Hours, green for short visits, red for long ones.",
         "ColorScale({Hours})", "cells", D, H),
        ("Is there a rule for 'status is anything except Done'? I tried Text that Contains with <>Done and it did nothing. I just want the Status cell orange.",
         'NOT(TextEquals({Status}, "Done"))', "cells", P, H),
        ("Cleaners are paid by the hour; could any Rate (£/h) cell above the average rate be highlighted?",
         "AboveAverage({Rate (£/h)})", "cells", P, H),
        ("Visits this month in light purple, entire row. It's for the monthly report to the clients.",
         "ThisMonth({Visit Date})", "rows", P, M),
        ("The private houses on our books have Rd or Lane in the client address (14 Elm Rd, 9 Mill Lane). Can those rows be highlighted? Everything else is a business.",
         'OR(TextContains({Client}, "Rd"), TextContains({Client}, "Lane"))', "rows", P, M, TWO),
        ("The boss wants the 3 longest visits in bold so she can check they were really that long. Hours is column D. Thanks.",
         "Top({Hours}, 3)", "cells", D, H, RANGE),
        ("My boss wants any visit in the last 7 days highlighted, full row. I tried 'A Date Occurring' but didn't see which option to pick.",
         "Last7Days({Visit Date})", "rows", P, M),
        ("Replying to my own thread: the longest visits are bold now, thanks. Can the shortest 2 visits in the Hours column be highlighted as well?",
         "Bottom({Hours}, 2)", "cells", R, H),
        ("Every visit that isn't Scheduled - so Done, Missed, Cancelled and so on - should be greyed out across the whole row. How do I say NOT in a rule?",
         'NOT(TextEquals({Status}, "Scheduled"))', "rows", P, V),
    ],
    "car_wash": [
        ("Our car wash logs every ticket in a spreadsheet. The owner wants to see returning cars: can any number plate that's in the Plate column more than once be highlighted?",
         "Duplicates({Plate})", "cells", P, H),
        ("Full Valet and Ceramic Coat are our premium washes. Highlight the whole row for either of those, please.",
         'OR(TextEquals({Wash}, "Full Valet"), TextEquals({Wash}, "Ceramic Coat"))', "rows", P, V, TWO),
        ("Tips under $2 - can they show in red in the Tip column? I'm trying to see which shifts get stiffed.",
         "LessThan({Tip ($)}, 2)", "cells", P, H),
        ("Price ($) column: anything that isn't between $12 and $40 should be flagged, those are unusual tickets.",
         "NotBetween({Price ($)}, 12, 40)", "cells", D, H),
        ("Whole row green if the customer is a member (Member = Yes). Thanks in advance.",
         'TextEquals({Member}, "Yes")', "rows", D, H),
        ("How do I get the washes done yesterday to stand out? The Date column, whole row.",
         "Yesterday({Date})", "rows", P, H),
        ("Today's tickets in bold please - going by the Date column, just the date cell.",
         "Today({Date})", "cells", D, H),
        ("Plates starting with KX are from the dealership next door and get a discount. Can I colour those plate cells so the cashier notices?",
         'TextStartsWith({Plate}, "KX")', "cells", P, H),
        ("We take cash, card, app and vouchers. Can anything paid by App be highlighted in the Payment column? We're checking the app fees.",
         'TextEquals({Payment}, "App")', "cells", P, H),
        ("Show me the top 25% of tips, please. I tried an icon set but I just want a plain fill.",
         "TopPercent({Tip ($)}, 25)", "cells", P, M),
        ("Add a data bar to the price column - manager wants a quick visual of where the money comes from.",
         "DataBar({Price ($)})", "cells", D, H),
        ("Can the blank Tip cells be highlighted? Some staff forget to type the tip in at all.",
         "Blanks({Tip ($)})", "cells", P, H),
        ("Washes priced above the average price - could those rows be highlighted? Trying to see how often people upgrade.",
         "AboveAverage({Price ($)})", "rows", P, M),
        ("$12 is the basic wash. Everything in the Price column that is NOT 12 should be light orange. How would I write that?",
         "NotEquals({Price ($)}, 12)", "cells", P, H),
        ("Any ticket dated in the last 7 days, whole row, light green. Column D is the date.",
         "Last7Days({Date})", "rows", D, H, RANGE),
        ("Replying here as it's the same sheet: we ran a 'tip $5, get a free air freshener' promo. Can tips of exactly $5 be highlighted as well?",
         "Equals({Tip ($)}, 5)", "cells", R, H),
        ("Whole row if the customer paid Cash and left no tip ($0). Both conditions, not either.",
         'AND(TextEquals({Payment}, "Cash"), Equals({Tip ($)}, 0))', "rows", P, V, TWO),
        ("In the Wash column, can I highlight anything containing 'Valet'? That's Interior Valet and Full Valet.",
         'TextContains({Wash}, "Valet")', "cells", P, H),
        ("Help desk ticket: icon set on Tip ($), 3 arrows, please.",
         "IconSet({Tip ($)})", "cells", D, H),
        ("The Member column is sometimes empty when the till crashes. Could I highlight the rows where Member is filled in?",
         "NotBlanks({Member})", "rows", P, H),
        ("Tickets from last month: can the row be highlighted? The accountant asks for them every month.",
         "LastMonth({Date})", "rows", P, M),
        ("Sheet 'Tickets', A1:H15. Whole row light blue for anything dated last week, please - the franchise wants weekly totals.",
         "LastWeek({Date})", "rows", P, M, RANGE),
        ("Ceramic Coat jobs are only done by Ray. Highlight those rows so the others don't book them by mistake.",
         'TextEquals({Wash}, "Ceramic Coat")', "rows", P, V),
    ],
    "escape_room": [
        ("I manage an escape room and log every booking in Excel. I'd like the whole row green when the team escaped (Escaped = Yes). Thanks!",
         'TextEquals({Escaped}, "Yes")', "rows", P, H),
        ("Groups of more than 6 players need two game hosts. How can I make those Players cells stand out?",
         "GreaterThan({Players}, 6)", "cells", P, H),
        ("Groups of 4 to 6 people (4 and 6 included) are the sweet spot for our rooms. Could I highlight those bookings in blue, whole row?",
         "Between({Players}, 4, 6)", "rows", P, M),
        ("Support ticket: owner wants reviews of 2 stars or less highlighted in the Review column so she can reply to them.",
         "LessThanEqual({Review}, 2)", "cells", D, H),
        ("Teams that escaped with 10 or more minutes left on the clock - those are the 'too easy' games. Can the Time Left (min) cell be highlighted for them?",
         "GreaterThanEqual({Time Left (min)}, 10)", "cells", P, H),
        ("A time left of exactly 0 means the team ran out of time on the dot (we log overruns as minus). Can those 0 cells be red? Looked through the menus for ages.",
         "Equals({Time Left (min)}, 0)", "cells", P, H),
        ("Upcoming bookings for next week: highlight the rows so I can schedule the hosts.",
         "NextWeek({Date})", "rows", P, M),
        ("The Price column has a #VALUE! in it from a broken voucher formula. Can error cells be highlighted so I spot them?",
         "Errors({Price (£)})", "cells", D, H),
        ("Which bookings are for The Vault? Whole row gold, please, it's our flagship room.",
         'TextEquals({Room}, "The Vault")', "rows", P, V),
        ("Company and party bookings have a dash in the lead booker's name (e.g. 'Corporate - Kyto'). Can those name cells be highlighted?",
         'TextContains({Lead Booker}, "-")', "cells", P, M),
        ("For the leaderboard: the 3 best times left, i.e. the fastest teams, in gold.",
         "Top({Time Left (min)}, 3)", "cells", P, M),
        ("Bottom 20% of reviews in red, please - we're doing a review of what goes wrong in those games.",
         "BottomPercent({Review}, 20)", "cells", P, H),
        ("Highlight the Review cells that are empty - customers who haven't left a review yet get a follow-up email.",
         "Blanks({Review})", "cells", P, H),
        ("Review column: colour scale, red to green. Can't find where to set which end is red.",
         "ColorScale({Review})", "cells", D, H),
        ("Bookings for this week: entire row in yellow please. Date column has the booking date.",
         "ThisWeek({Date})", "rows", P, H),
        ("I'd like lead bookers who only came once highlighted, we send them a 'come back' discount. Repeat customers should stay white.",
         "Unique({Lead Booker})", "cells", P, M),
        ("Help desk: highlight bookings whose Price (£) is below average.",
         "BelowAverage({Price (£)})", "cells", D, H),
        ("The teams that did NOT escape and left a 1 or 2 star review - entire row red. Both have to be true.",
         'AND(TextEquals({Escaped}, "No"), LessThanEqual({Review}, 2))', "rows", P, M, TWO),
        ("The Submarine room is being refitted, so I'd like every booking EXCEPT Submarine ones greyed out, whole row.",
         'NOT(TextEquals({Room}, "Submarine"))', "rows", P, V),
        ("Yesterday's games: highlight the whole row so I remember to post the team photos.",
         "Yesterday({Date})", "rows", P, M),
        ("Icon set for the Players column please, so big and small groups are obvious.",
         "IconSet({Players})", "cells", D, H),
        ("Follow-up on the #VALUE! thread: in Price (£), can every cell that is NOT an error get a green fill?",
         "NotErrors({Price (£)})", "cells", R, H),
        ("All bookings this month - whole row, light green. Our booking system exports the Date column as real dates.",
         "ThisMonth({Date})", "rows", D, H),
        ("Bookings this month: whole row light green please, I'm doing the June summary.",
         "ThisMonth({Date})", "rows", P, M),
    ],
    "farm_shop": [
        ("We run a little farm shop and I keep the stock list in Excel. I'd like the In Stock cell to go red when we have fewer than 10 of something. Thanks so much!",
         "LessThan({In Stock}, 10)", "cells", P, H),
        ("Organic produce rows should be light green. The Organic column is just Yes/No.",
         'TextEquals({Organic}, "Yes")', "rows", P, H),
        ("Anything with a Use By date of today needs to go on the reduced shelf. Can the whole row be highlighted?",
         "Today({Use By})", "rows", P, H),
        ("Use By tomorrow: could those rows be orange so staff mark them down first thing?",
         "Tomorrow({Use By})", "rows", D, H),
        ("Best sellers: I'd like the top 4 of Sold This Week in bold. The default top 10 is too many for us.",
         "Top({Sold This Week}, 4)", "cells", P, H),
        ("Prices between £2 and £4 inclusive are our 'everyday' range. Can those price cells be highlighted?",
         "Between({Price (£)}, 2, 4)", "cells", P, H),
        ("Everything in the Section column containing 'Dairy' should be pale yellow (we have Dairy & Eggs at the moment).",
         'TextContains({Section}, "Dairy")', "cells", P, H),
        ("The till messed up and some stock counts went negative. Can In Stock below zero be highlighted?",
         "LessThan({In Stock}, 0)", "cells", D, H),
        ("Empty In Stock cells mean nobody counted that line. How do I highlight the rows where In Stock is blank?",
         "Blanks({In Stock})", "rows", P, H),
        ("Sold This Week is the column. I'd like a data bar on it, like a little bar chart in the cells.",
         "DataBar({Sold This Week})", "cells", D, H),
        ("Runner beans and asparagus are both £4 at the moment and I want to review everything at that price. Can price cells of exactly 4 be highlighted?",
         "Equals({Price (£)}, 4)", "cells", P, H),
        ("Use By falls next week (Sunday to Saturday) - whole row amber, please.",
         "NextWeek({Use By})", "rows", P, H),
        ("Anything whose use-by date was last week should already be off the shelves. Can I highlight those rows to double-check?",
         "LastWeek({Use By})", "rows", P, M),
        ("Prices above £4.50 are our premium lines. Could those cells be highlighted?",
         "GreaterThan({Price (£)}, 4.5)", "cells", P, M),
        ("Highlight products from the Butchery or the Bakery sections, entire row. Thanks!",
         'OR(TextEquals({Section}, "Butchery"), TextEquals({Section}, "Bakery"))', "rows", P, H, TWO),
        ("Bottom 3 In Stock values, please - what do we need to reorder first?",
         "Bottom({In Stock}, 3)", "cells", P, H),
        ("Products that are organic AND have fewer than 10 in stock: row in yellow, so I can chase the grower.",
         'AND(TextEquals({Organic}, "Yes"), LessThan({In Stock}, 10))', "rows", P, M, TWO),
        ("Colour scale on Price (£), please. Is it Conditional Formatting > Color Scales?",
         "ColorScale({Price (£)})", "cells", D, H),
        ("Growers whose name ends in 'Farm' are our own farm; can those Grower cells be highlighted?",
         'TextEndsWith({Grower}, "Farm")', "cells", P, H),
        ("I'd like to highlight the rows where the Sold This Week figure is above average.",
         "AboveAverage({Sold This Week})", "rows", P, H),
        ("Use By dates next month: highlight the row, those are the long-life lines.",
         "NextMonth({Use By})", "rows", D, H),
        ("Top 10 percent sellers this week, cell highlight.",
         "TopPercent({Sold This Week}, 10)", "cells", P, M),
        ("Replying to the thread about use-by dates: how would I highlight products whose Grower does NOT end in Farm? Sorry, I'm useless with text rules.",
         'NOT(TextEndsWith({Grower}, "Farm"))', "cells", R, H),
        ("Strawberries and cherries are only in for a few weeks. Could the Fruit rows be highlighted so we remember to reorder?",
         'TextEquals({Section}, "Fruit")', "rows", P, V),
        ("Help desk: user asks for the 3 lowest In Stock numbers to be highlighted so the reorder list writes itself.",
         "Bottom({In Stock}, 3)", "cells", D, H),
    ],
    "tutoring": [
        ("I run a tutoring agency and track attendance per student. Anything under 75% attendance should go red in the Attendance % column. Thanks!",
         "LessThan({Attendance %}, 0.75)", "cells", P, H),
        ("Parents pay monthly and I tick off invoices as they come in. Whole row in green where the invoice is paid, please - is that possible with conditional formatting?",
         'TextEquals({Invoice Paid}, "Yes")', "rows", P, M),
        ("Students with attendance between 50% and 80%, inclusive, need a check-in call from their tutor. How do I highlight those cells?",
         "Between({Attendance %}, 0.5, 0.8)", "cells", P, H),
        ("Which students have Attended equal to Booked (a perfect record)? Row in gold please. I tried Equal To but it wants a fixed number.",
         "Equals({Attended}, {Booked})", "rows", P, H, TWOCOL),
        ("Follow-up to the perfect-record question: now I'd like the whole row amber for students who attended fewer lessons than they booked. Is that the same sort of rule?",
         "LessThan({Attended}, {Booked})", "rows", P, M, TWOCOL),
        ("Support ticket from the agency office: each evening they ring the families whose lesson is tomorrow. Whole row highlighted, going by the Next Lesson column.",
         "Tomorrow({Next Lesson})", "rows", D, H),
        ("Next lesson this week - light blue row, so the tutors can prepare.",
         "ThisWeek({Next Lesson})", "rows", P, H),
        ("Help desk: the agency wants the errors in the Attendance % column (the #DIV/0! ones) highlighted.",
         "Errors({Attendance %})", "cells", D, H),
        ("Some students appear more than once (they take two subjects). Can their names be highlighted?",
         "Duplicates({Student})", "cells", P, H),
        ("Highlight any row where the subject is Maths or Physics, please - the summer exam group.",
         'OR(TextEquals({Subject}, "Maths"), TextEquals({Subject}, "Physics"))', "rows", P, H, TWO),
        ("Which students are in the bottom 25% for attendance %? I'd like those cells shaded so I can raise it at the tutors' meeting.",
         "BottomPercent({Attendance %}, 25)", "cells", P, H),
        ("Tutor names that start with Dr: can those be highlighted? They're on the higher pay band.",
         'TextStartsWith({Tutor}, "Dr")', "cells", P, H),
        ("Booked sessions of 10 or more get a block booking discount. Highlight those Booked cells?",
         "GreaterThanEqual({Booked}, 10)", "cells", P, H),
        ("Attendance that isn't 100%: make those cells pale red. Parents like to see it.",
         "NotEquals({Attendance %}, 1)", "cells", P, H),
        ("When a student has no lesson booked yet, the Next Lesson cell is empty. Could the whole row be highlighted then? I keep losing track of them.",
         "Blanks({Next Lesson})", "rows", P, H),
        ("Exam years are Y10 to Y13. Highlight Year cells starting with Y1, please.",
         'TextStartsWith({Year}, "Y1")', "cells", D, H),
        ("Hi everyone, first time posting. How do I put a colour scale on Attendance % - red for low, green for high? The percentages are typed in, not calculated.",
         "ColorScale({Attendance %})", "cells", P, H),
        ("Help desk: the manager wants the Booked cells above the average number of booked sessions highlighted.",
         "AboveAverage({Booked})", "cells", D, H),
        ("Next Lesson dates in the last 7 days mean the student wasn't rebooked. Whole row, please.",
         "Last7Days({Next Lesson})", "rows", P, H),
        ("Ticket: could we get an icon set (the arrows) on the Attended column? One cell says 'trial' - will that break it?",
         "IconSet({Attended})", "cells", D, H),
        ("For the newsletter I want to give a shout-out to the best attenders. Can the top 3 attendance percentages be green?",
         "Top({Attendance %}, 3)", "cells", P, H),
        ("Summer timetable question: lessons booked for next month should show in light purple, entire row. Thanks in advance.",
         "NextMonth({Next Lesson})", "rows", P, M),
        ("Following up: in Attendance %, can everything that is NOT an error (no #DIV/0!) get a white-on-green look?",
         "NotErrors({Attendance %})", "cells", R, H),
        ("French lessons are moving to Mme Laurent's house. Can the rows for French be highlighted?",
         'TextEquals({Subject}, "French")', "rows", P, V),
        ("Subject names ending in 'istry' - just Chemistry at the moment - have lab sessions. Could those Subject cells be highlighted? Weird request, I know.",
         'TextEndsWith({Subject}, "istry")', "cells", P, H),
    ],
    "podcast": [
        ("I host a small personal finance podcast and track episodes in a sheet. Could episodes with more than 5,000 downloads be highlighted in the Downloads column? Thank you!",
         "GreaterThan({Downloads}, 5000)", "cells", P, H),
        ("My editor and I share the episode sheet. Episodes still in Editing should have the whole row yellow so we know what's on her plate.",
         'TextEquals({Status}, "Editing")', "rows", P, V),
        ("Titles with 'Special' in them (Q&A Special, Holiday Special) - can those title cells go purple?",
         'TextContains({Title}, "Special")', "cells", P, H),
        ("Length (min) between 40 and 60 is our target length. Highlight those?",
         "Between({Length (min)}, 40, 60)", "cells", D, H),
        ("Show the 2 lowest download counts, cell highlight. Want to know what flopped.",
         "Bottom({Downloads}, 2)", "cells", P, M),
        ("Completion % below 50% - red, please. That's where people switch off.",
         "LessThan({Completion %}, 0.5)", "cells", P, H),
        ("Completion rates outside 50% to 70% are unusual for us - can Completion % cells NOT between those be highlighted?",
         "NotBetween({Completion %}, 0.5, 0.7)", "cells", P, H),
        ("Episodes with no sponsor (Sponsor blank): whole row light grey, so I can pitch them.",
         "Blanks({Sponsor})", "rows", P, H),
        ("Anything with a Release Date next week needs promo posts written. Whole row, please - how?",
         "NextWeek({Release Date})", "rows", P, H),
        ("Episodes released last month: row in light blue for the monthly stats email.",
         "LastMonth({Release Date})", "rows", P, M),
        ("Guests who've been on more than one episode: highlight the Guest cells.",
         "Duplicates({Guest})", "cells", P, H),
        ("For our media kit I want the top 20% of episodes by downloads picked out in gold. Can conditional formatting do percentages?",
         "TopPercent({Downloads}, 20)", "cells", P, H),
        ("The #N/A in Completion % comes from a VLOOKUP. Highlight errors there please.",
         "Errors({Completion %})", "cells", D, H),
        ("Sponsor is FitFuel and the episode is Published: whole row orange, those need the ad-read invoice.",
         'AND(TextEquals({Sponsor}, "FitFuel"), TextEquals({Status}, "Published"))', "rows", P, V, TWO),
        ("Help desk: user asks for data bars on the Downloads column. That's all they need.",
         "DataBar({Downloads})", "cells", D, H),
        ("On release days I always forget something. Could the row of the episode that comes out today be highlighted?",
         "Today({Release Date})", "rows", D, M),
        ("Every episode whose Status is anything other than Published: whole row light orange, please. Still learning Excel, sorry if obvious!",
         'NOT(TextEquals({Status}, "Published"))', "rows", P, V),
        ("Are our episodes getting too long? I'd like to highlight lengths above the average length to see which ones drag.",
         "AboveAverage({Length (min)})", "cells", P, H),
        ("Ticket: icon set on Completion %, traffic lights. There's a tbc and a #N/A in the column if that matters.",
         "IconSet({Completion %})", "cells", D, H),
        ("Sponsors get a monthly report. Can the rows of episodes with a Release Date this month be highlighted?",
         "ThisMonth({Release Date})", "rows", P, H),
        ("Episodes released yesterday: highlight the row so I remember to share them.",
         "Yesterday({Release Date})", "rows", D, M),
        ("Sheet Episodes, A1:I15: whole row greyed out when the episode went out last week. Is that doable with the Release Date?",
         "LastWeek({Release Date})", "rows", P, H, RANGE),
        ("Titles ending in 'Special' are our bonus eps - could those Title cells be pink?",
         'TextEndsWith({Title}, "Special")', "cells", P, H),
    ],
    "garden_plots": [
        ("I'm secretary of our community garden and keep the plot list in Excel. Vacant plots should be highlighted in the Plot Holder column so people on the waiting list can see them.",
         'TextEquals({Plot Holder}, "Vacant")', "cells", P, H),
        ("Plots rated Poor: whole row red, they get a warning letter.",
         'TextEquals({Rating}, "Poor")', "rows", P, H),
        ("Can someone help me highlight the Notes that mention 'overgrown'?",
         'TextContains({Notes}, "overgrown")', "cells", P, H),
        ("A fee of £35 or less means a small plot or a concession. Highlight those fee cells, please.",
         "LessThanEqual({Fee (£)}, 35)", "cells", P, H),
        ("Support request: plot sizes that aren't 125 sq m should be picked out.",
         "NotEquals({Size (sq m)}, 125)", "cells", D, H),
        ("Support ticket: the committee wants the rows of plots inspected today in green (Inspection Date).",
         "Today({Inspection Date})", "rows", D, H),
        ("Some people have more than one plot. How do I highlight plot holders who appear more than once?",
         "Duplicates({Plot Holder})", "cells", P, H),
        ("Whole row if the fee isn't fully paid, i.e. Fee Paid says No or Part.",
         'OR(TextEquals({Fee Paid}, "No"), TextEquals({Fee Paid}, "Part"))', "rows", P, H, TWO),
        ("A blank in Fee Paid means we haven't heard back. Highlight those rows please.",
         "Blanks({Fee Paid})", "rows", P, H),
        ("Inspections booked for next week: highlight the row so the committee can plan the walk round.",
         "NextWeek({Inspection Date})", "rows", P, M),
        ("Plots of 250 sq m or more with no shed get priority for the new sheds. Entire row, please.",
         'AND(GreaterThanEqual({Size (sq m)}, 250), TextEquals({Shed}, "No"))', "rows", P, M, TWO),
        ("Row 3 of the garden is being re-dug. Highlight plots whose plot number starts with 3.",
         'TextStartsWith({Plot}, "3")', "cells", D, M),
        ("Help desk: highlight rows whose Inspection Date was last month, they need a follow-up letter.",
         "LastMonth({Inspection Date})", "rows", D, M),
        ("Is it fair? I'd like to highlight plot fees above the average fee, cell only, before the AGM.",
         "AboveAverage({Fee (£)})", "cells", P, H),
        ("Support: highlight the Rating cells that are not empty (i.e. the plot has been rated).",
         "NotBlanks({Rating})", "cells", D, H),
        ("Help desk ticket: a colour scale on Size (sq m), small plots pale, big plots dark.",
         "ColorScale({Size (sq m)})", "cells", D, H),
        ("Follow-up: now the opposite - Notes cells that do NOT mention overgrown, in light green.",
         'TextNotContains({Notes}, "overgrown")', "cells", R, H),
        ("Our volunteer inspector walks round on different days. Plots whose inspection is this week - whole row yellow, please?",
         "ThisWeek({Inspection Date})", "rows", P, H),
        ("Plots with a shed: row light brown. Shed column says Yes or No.",
         'TextEquals({Shed}, "Yes")', "rows", P, H),
        ("Inspections tomorrow: highlight the row so I remember the clipboard!",
         "Tomorrow({Inspection Date})", "rows", P, M),
        ("Following up on the Notes question: can Notes cells that have anything written in them be highlighted? Empty ones leave alone.",
         "NotBlanks({Notes})", "cells", R, H),
        ("Plot sizes are in column C. Highlight the plots of 125 sq m or less, please - the starter and standard plots get the cheaper water rate.",
         "LessThanEqual({Size (sq m)}, 125)", "cells", D, H, RANGE),
    ],
    "dance_school": [
        ("I run a dance school (ballet, tap, jazz, street). Pupils aged 12 and over move to the senior timetable - can the Age cell be highlighted for them?",
         "GreaterThanEqual({Age}, 12)", "cells", P, H),
        ("Little ones aged 6 or under: whole row pink please, they need a parent at the door.",
         "LessThanEqual({Age}, 6)", "rows", P, M),
        ("Saturday is our busiest day and I need a second teacher. Can I highlight the Saturday classes, whole row?",
         'TextEquals({Day}, "Saturday")', "rows", P, V),
        ("Any pupil whose name appears twice (they do two classes) - highlight the name.",
         "Duplicates({Pupil})", "cells", P, M),
        ("Support ticket: unpaid term fees (Paid = No) should highlight the entire row for the office.",
         'TextEquals({Paid}, "No")', "rows", D, H),
        ("Our ballet classes all have names starting with 'Ballet' (Ballet Primary, Ballet Inter). Can those Class cells be highlighted for the exam board?",
         'TextStartsWith({Class}, "Ballet")', "cells", P, H),
        ("Class names ending with 'Junior' - cell highlight, please.",
         'TextEndsWith({Class}, "Junior")', "cells", D, H),
        ("A blank Exam Grade means the pupil isn't entered for an exam this term. Highlight those.",
         "Blanks({Exam Grade})", "cells", P, H),
        ("Are some families paying too little? I'd like to highlight Term Fee cells below the average fee.",
         "BelowAverage({Term Fee (£)})", "cells", P, H),
        ("Ages outside 5 to 12 don't fit the junior classes - highlight them.",
         "NotBetween({Age}, 5, 12)", "cells", P, M),
        ("Tap pupils still on the old price pay exactly £72 a term. Can those Term Fee cells be highlighted so I can update them?",
         "Equals({Term Fee (£)}, 72)", "cells", D, H),
        ("Costumes cost us a fortune. If a costume has been ordered (Costume Ordered = Yes) but the term isn't paid (Paid = No), the row should go red. Both must be true.",
         'AND(TextEquals({Costume Ordered}, "Yes"), TextEquals({Paid}, "No"))', "rows", P, V, TWO),
        ("Help desk: data bars on the term fee column, please - for a quick look at what we charge.",
         "DataBar({Term Fee (£)})", "cells", D, H),
        ("The Intermediate exams (Intermediate and Intermediate Foundation) need a special entry form. Can the Exam Grade cells containing 'Intermediate' be highlighted?",
         'TextContains({Exam Grade}, "Intermediate")', "cells", P, H),
        ("Support: pupils who appear only once on the list should have their name highlighted (they only take one class).",
         "Unique({Pupil})", "cells", D, M),
        ("Only colour the Costume Ordered cells that have an answer in them (Yes or No), leave empty ones alone.",
         "NotBlanks({Costume Ordered})", "cells", P, H),
        ("Help desk: please add an icon set to the Age column. One pupil's age is typed as a word.",
         "IconSet({Age})", "cells", D, H),
        ("Tap Junior and Jazz share a studio on different days. Can those rows be highlighted so I can see clashes?",
         'OR(TextEquals({Class}, "Tap Junior"), TextEquals({Class}, "Jazz"))', "rows", P, V, TWO),
        ("Thanks for the help! Last question: ages over 10 in the Age column, cell highlight.",
         "GreaterThan({Age}, 10)", "cells", R, H),
        ("Friday is Street dance night. Could those rows be highlighted so I can print the Friday register?",
         'TextEquals({Day}, "Friday")', "rows", P, V),
    ],
    "removals": [
        ("We're a small removals firm. Quotes over $2,000 need the boss to sign off - can the Quote ($) cells turn orange above 2000?",
         "GreaterThan({Quote ($)}, 2000)", "cells", P, H),
        ("Crews of 4 or more need the big van. Could those whole rows be blue? I tried filtering but the boss wants colours.",
         "GreaterThanEqual({Crew Size}, 4)", "rows", P, M),
        ("Help desk: dispatcher wants today's moves in green, entire row, going by Move Date.",
         "Today({Move Date})", "rows", D, M),
        ("Moves scheduled for next month need a survey visit first. How do I highlight those rows?",
         "NextMonth({Move Date})", "rows", P, M),
        ("Any job going 'Out of state' in the To column: highlight the row, different insurance.",
         'TextEquals({To}, "Out of state")', "rows", P, H),
        ("Volumes between 300 and 1000 cu ft are our 'medium' loads. Highlight those cells.",
         "Between({Volume (cu ft)}, 300, 1000)", "cells", P, H),
        ("Support: Crew Size of 2 or less should be yellow; those jobs can't take pianos.",
         "LessThanEqual({Crew Size}, 2)", "cells", D, H),
        ("We want to thank customers who book with us more than once. Can I highlight customer names that appear more than once?",
         "Duplicates({Customer})", "cells", P, H),
        ("We don't send a crew until the deposit is in. When Deposit Paid says No, can the whole row go red?",
         'TextEquals({Deposit Paid}, "No")', "rows", P, H),
        ("Quick question - how do I highlight just the 2 biggest quotes in the Quote ($) column? The preset is Top 10.",
         "Top({Quote ($)}, 2)", "cells", P, H),
        ("Help desk: highlight the top 10% of volumes (cu ft), those loads need the 7.5 tonne truck.",
         "TopPercent({Volume (cu ft)}, 10)", "cells", D, H),
        ("The Quote column shows #N/A when the rate card lookup fails. Highlight those error cells.",
         "Errors({Quote ($)})", "cells", P, H),
        ("Follow-up on the #N/A thread: thanks, errors are red now. Could the Quote cells that are NOT errors get a light fill too?",
         "NotErrors({Quote ($)})", "cells", R, H),
        ("All moves this week (Sunday to Saturday) should stand out for the Monday briefing. Whole row, please.",
         "ThisWeek({Move Date})", "rows", P, H),
        ("Help desk: highlight rows where the move date falls in the last 7 days so the office can send feedback forms.",
         "Last7Days({Move Date})", "rows", D, M),
        ("Jobs where From and To are the same area (a local move): highlight the row. I tried Equal To with a cell reference but it locked to one row.",
         "Equals({From}, {To})", "rows", P, H, TWOCOL),
        ("Three-person crews get the medium van. Could Crew Size cells that are exactly 3 be highlighted?",
         "Equals({Crew Size}, 3)", "cells", P, H),
        ("Help desk: a colour scale on Volume (cu ft), please, so big loads stand out.",
         "ColorScale({Volume (cu ft)})", "cells", D, H),
        ("Are we underquoting? Whole row highlighted when the quote is below the average quote, please.",
         "BelowAverage({Quote ($)})", "rows", P, H),
        ("I need to invoice last week's jobs. Can the rows with a move date last week be highlighted?",
         "LastWeek({Move Date})", "rows", P, M),
        ("Replying to my earlier post: can the 3 smallest quotes be highlighted too? Quote ($) is column H.",
         "Bottom({Quote ($)}, 3)", "cells", R, H, RANGE),
        ("Moves this month - entire row in light orange. Thanks a lot!",
         "ThisMonth({Move Date})", "rows", P, M),
    ],
    "craft_fair": [
        ("I'm organising a craft fair and keep the stallholders in a spreadsheet. Could rows with Status = Pending go amber? Thanks in advance!",
         'TextEquals({Status}, "Pending")', "rows", P, H),
        ("Ticket from the events team: stalls that need power (Needs Power = Yes) should have the whole row highlighted so the electrician knows where to run cables.",
         'TextEquals({Needs Power}, "Yes")', "rows", D, H),
        ("Pitch fees under £40 are our charity rate. Could those Pitch Fee cells be green? I tried a formula with < but got a #NAME error, so clearly doing something wrong.",
         "LessThan({Pitch Fee (£)}, 40)", "cells", P, H),
        ("Our standard pitch fee is £40. Can I highlight every pitch fee that is not 40, so I can check the discounts are right?",
         "NotEquals({Pitch Fee (£)}, 40)", "cells", P, H),
        ("A couple of makers seem to be listed twice (two stalls or a rebooking?). How do I highlight maker names that appear more than once?",
         "Duplicates({Maker})", "cells", P, H),
        ("Makers whose business name ends in 'Co' are limited companies and need a VAT number from us. Can those Maker cells be highlighted?",
         'TextEndsWith({Maker}, "Co")', "cells", P, H),
        ("We can't let anyone trade whose public liability cover has Expired. Whole row red for those, please!",
         'TextEquals({Insurance}, "Expired")', "rows", P, V),
        ("Help desk: the treasurer wants rows where the fee was paid yesterday highlighted, so she can match them to the bank statement.",
         "Yesterday({Fee Paid On})", "rows", D, H),
        ("Is there a way to highlight the stallholders who paid in the last 7 days (whole row)? I send them a thank-you email.",
         "Last7Days({Fee Paid On})", "rows", P, M),
        ("If there's no payment date yet, i.e. Fee Paid On is empty, I'd like the whole row pink so I can chase them. Thanks in advance!",
         "Blanks({Fee Paid On})", "rows", P, M),
        ("Support request: highlight pitch fees that are NOT between £40 and £50 - anything outside that band needs a second look.",
         "NotBetween({Pitch Fee (£)}, 40, 50)", "cells", D, H),
        ("We're putting the Jewellery and Ceramics stalls in the marquee. Can those rows be highlighted so I can draw the plan?",
         'OR(TextEquals({Craft}, "Jewellery"), TextEquals({Craft}, "Ceramics"))', "rows", P, V, TWO),
        ("Follow-up on my marquee post: now I need the Craft cells that do NOT contain 'Cards' highlighted (the card makers are in a separate tent).",
         'TextNotContains({Craft}, "Cards")', "cells", R, H),
        ("Who paid their fee last month? I'd like those rows highlighted for the monthly report to the committee.",
         "LastMonth({Fee Paid On})", "rows", P, M),
        ("Stalls that are Confirmed but whose insurance isn't a Yes are a real risk. Can those rows go red? Both things have to be true.",
         'AND(TextEquals({Status}, "Confirmed"), NOT(TextEquals({Insurance}, "Yes")))', "rows", P, V, TWO),
        ("Can I highlight the bottom 10% of pitch fees? Just curious who's on the cheapest deals.",
         "BottomPercent({Pitch Fee (£)}, 10)", "cells", P, H),
        ("Help desk ticket: highlight the pitch fee cells that are above the average fee.",
         "AboveAverage({Pitch Fee (£)})", "cells", D, H),
        ("Some makers hire a gazebo from us. Can the Gazebo cell be highlighted when it says Hire, so I know how many to order?",
         'TextEquals({Gazebo}, "Hire")', "cells", P, H),
        ("Help desk: rows where the fee was paid this week (Sunday to today) should be light green.",
         "ThisWeek({Fee Paid On})", "rows", D, M),
        ("Anyone whose Fee Paid On date is today - whole row yellow, please. I update the sheet at the end of each day.",
         "Today({Fee Paid On})", "rows", P, H),
        ("I want to see which crafts only one stall sells (no competition at the fair). Can those Craft cells be highlighted?",
         "Unique({Craft})", "cells", P, H),
        ("Status is column I on the stallholders sheet. Waitlist stalls should be highlighted so I can offer them cancelled pitches.",
         'TextEquals({Status}, "Waitlist")', "cells", P, V, RANGE),
    ],
    "food_bank": [
        ("I volunteer at a food bank and we log donations in Excel. Can anything with a Best Before date of today be highlighted, whole row? Thank you.",
         "Today({Best Before})", "rows", P, H),
        ("Anything whose best before was yesterday has just expired and must come off the shelf. Red row, please.",
         "Yesterday({Best Before})", "rows", P, M),
        ("For allergy reasons, can the whole row be highlighted when Contains Nuts is Yes? We had a near miss last month.",
         'TextEquals({Contains Nuts}, "Yes")', "rows", P, H),
        ("Help desk: the coordinator wants Qty cells of 12 or fewer in orange, that's what she counts as low stock.",
         "LessThanEqual({Qty}, 12)", "cells", D, H),
        ("Quantities between 10 and 30 (inclusive) are what we can fit on one shelf. How do I highlight those Qty cells?",
         "Between({Qty}, 10, 30)", "cells", P, H),
        ("Donors whose name ends in 'Club' (Rotary Club etc.) get a thank-you certificate. Can I highlight those donor cells?",
         'TextEndsWith({Donated By}, "Club")', "cells", P, M),
        ("Items given anonymously don't need a receipt. Could those rows be highlighted in grey?",
         'TextEquals({Donated By}, "Anonymous")', "rows", P, V),
        ("Following up on the receipts question: the donor cells that do NOT contain 'Anonymous' should be highlighted, so I know who needs a receipt.",
         'TextNotContains({Donated By}, "Anonymous")', "cells", R, H),
        ("Every donation must be checked by a volunteer before it goes out. If Checked By is blank, can the row go red?",
         "Blanks({Checked By})", "rows", P, H),
        ("Which 3 items do we have the least of? I'd like the 3 lowest quantities highlighted.",
         "Bottom({Qty}, 3)", "cells", P, H),
        ("Could the Item cell be highlighted when the item starts with 'Baby'? Those go to the family parcels.",
         'TextStartsWith({Item}, "Baby")', "cells", P, H),
        ("Help desk request: highlight rows with a Best Before date next week so they go out first.",
         "NextWeek({Best Before})", "rows", D, H),
        ("Items with a best before date this month should be used up first - can those rows be highlighted?",
         "ThisMonth({Best Before})", "rows", P, H),
        ("Support ticket: they'd like a colour scale on the Qty column, red for low and green for high.",
         "ColorScale({Qty})", "cells", D, H),
        ("Can Excel highlight the Qty cells that are below the average quantity? I'm trying to plan the next appeal.",
         "BelowAverage({Qty})", "cells", P, H),
        ("Baby and Toiletries categories are kept in the back room. Can those rows be highlighted?",
         'OR(TextEquals({Category}, "Baby"), TextEquals({Category}, "Toiletries"))', "rows", P, V, TWO),
        ("Could someone show me how to highlight the bottom 20% of quantities? Thanks!",
         "BottomPercent({Qty}, 20)", "cells", P, H),
        ("Help desk: rows with a Best Before date in the last 7 days (so already expired or expiring today) in red.",
         "Last7Days({Best Before})", "rows", D, M),
        ("Items with a best before date next month: can the whole row go light blue?",
         "NextMonth({Best Before})", "rows", P, H),
        ("Anything whose Best Before was last week is out of date - can the row go red? Best Before is column E.",
         "LastWeek({Best Before})", "rows", D, H, RANGE),
        ("Replying to the allergy thread: rows where Contains Nuts is NOT Yes, in light green, please.",
         'NOT(TextEquals({Contains Nuts}, "Yes"))', "rows", R, H),
    ],
}

_RANGE = re.compile(r"\b([A-Z])\d+\s*:\s*([A-Z])\d+\b")
_COLUMN_LETTER = re.compile(r"(?i:\bcolumns?)\s+([A-Z])\b|\b([A-Z]) column\b")


def letters_named(request: str) -> set[str]:
    """The column letters a request names: ranges such as G2:G15 and `column E` / `E column`."""
    found = {c for pair in _RANGE.findall(request) for c in pair}
    return found | {a or b for a, b in _COLUMN_LETTER.findall(request)}


def letter_problems(record: dict) -> list[str]:
    """Every letter named is a column the rule reads (the table sits at A1: column A is c[0]);
    a whole-row request may also name the table's first and last column (its full range); the
    tag `range-named` is on exactly the records that name a letter."""
    where = f"{record['Table']}: {record['NL Utterance']!r}"
    header = record["Data"][0]
    allowed = {chr(ord("A") + header.index(name)) for name in record["Columns"]}
    if record["Scope"] == "rows":
        allowed |= {"A", chr(ord("A") + len(header) - 1)}
    named = letters_named(record["NL Utterance"])
    out = []
    if named - allowed:
        out.append(f"{where}: names column(s) {sorted(named - allowed)}, the rule reads {sorted(allowed)}")
    if (RANGE in record["Tags"]) != bool(named):
        out.append(f"{where}: tag `{RANGE}` and letters named ({sorted(named)}) disagree")
    return out


def header_only(rid: str) -> bool:
    """About two records in five, stable under adding or moving entries: sha1 of the ID mod 5."""
    return int(hashlib.sha1(f"{HEADER_ONLY}:{rid}".encode()).hexdigest(), 16) % 5 < 2


def entry_problems(table: str, entry: tuple) -> list[str]:
    """One style and one naming per entry; `two-columns` exactly when the rule reads two columns."""
    out = tag_problems(f"{table}: {entry[0]!r}", set(entry[3:]), STYLES, NAMINGS)
    columns = set(base._HEADER_REF.findall(entry[1]))
    if (TWO in entry[3:] or TWOCOL in entry[3:]) != (len(columns) > 1 or entry[1].startswith(("AND(", "OR("))):
        out.append(f"{table}: {entry[0]!r}: tags {TWO}/{TWOCOL} and the rule disagree")
    return out


def table_problems() -> list[str]:
    """Each table has 6 to 9 columns and 12 to 16 data rows."""
    return forum.size_problems(TABLES, (6, 9))


def seen_problems(records: list[dict]) -> list[str]:
    """No request twice, none of the other sets' requests, none of the train split's."""
    return common_seen_problems(records, OTHER_SETS, forum.train_requests())


def build_full() -> list[dict]:
    """Every record on its full table, after all checks (SystemExit with every problem found)."""
    return base.checked_records(ENTRIES, TABLES, PREFIX, lambda entry: (TAG,), table_problems(),
                                entry_problems, seen_problems, letter_problems)


def strip(record: dict) -> dict:
    """The written form: a header-only record keeps its header row only, no labels, and the tag
    `header-only`; the others are written whole."""
    return forum.header_row_only(record) if header_only(record["ID"]) else record


def build() -> list[dict]:
    """The records as written to posts_tables.json."""
    return [strip(record) for record in build_full()]


def main() -> None:
    records = build()
    counts = write_splits(OUT, records)
    share = sum(HEADER_ONLY in r["Tags"] for r in records) / len(records)
    print(f"wrote {OUT}: {len(records)} records over {len(TABLES)} tables, {counts}, "
          f"{share:.0%} header-only")
    if not TRAIN.exists():
        print(f"note: {TRAIN} is absent, requests not compared with the train split")
    print("\n".join(count_lines(records)))


if __name__ == "__main__":
    main()
