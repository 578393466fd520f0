"""A third set of everyday one-column CF requests, and the builder of third_cf.json.

Written by engineer P1 on 2026-12-05 (session 6) from scratch, as a third, independent everyday
set: the dev halves of everyday_cf.json and fresh_cf.json have steered many choices, so this set
gives a dev half nobody has tuned on. The requests come from imagining spreadsheet users in other
domains than the first two sets (a library loans log, a clinic, a football league, a warehouse,
payroll, a school, IT assets, a restaurant, real estate, marketing campaigns, lab results, travel
expenses): terse, chatty, questions, bare noun phrases, their own column words, number words and
formats, quoted and bare text, negations, typos and odd capitalisation in about one request in
eight. They were written without reading the model's training-data generator, the assistant
pipeline, or the wordings of everyday_cf.py / fresh_cf.py (a handful of entries were read for the
format, and fresh_cf.py's COLUMNS table was seen by accident), and without running the assistant
or the model on them. No request equals
(case-insensitively) a request of everyday_cf.json, fresh_cf.json, everyday_tables.json or
fresh_tables.json: the builder refuses one that does.

The file has the format and the builder checks of fresh_cf.json (everyday_common.py does the
work): canonical rules, Labels from the project's executor against the bench's fixed reference
date 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week
16 - 22 June, the last 7 days 6 - 12 June), a near-miss check on every record's own column, IDs
with the prefix `etc` split into dev/test by a hash of the ID. Every record is tagged `third`
after the failure-class tags it has (polarity, named-word, obvious, starts-ends, boundary,
negation, or, superlative, column-word, number-format, typo, odd-case).

Rebuild: `python benchmarks/data/third_cf.py` (prints the per-function counts per split).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from everyday_common import (  # noqa: E402
    checked, column_problems, column_record, parse_entries, requests_in, split_of, weak_near_misses,
    write_splits,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "third_cf.json"
PREFIX = "etc"
THIRD_TAG = "third"
OTHER_SETS = ("everyday_cf.json", "fresh_cf.json", "everyday_tables.json", "fresh_tables.json")

# key -> (header, cell texts joined by "|"; an empty piece is a blank cell).
COLUMNS: dict[str, tuple[str, str]] = {
    # numbers
    "days_out": ("Days Out", "3|7|14|20|21|22|28|35|2||lost|1|60|210|2.1|0.7|1.4|140|70"),
    "fine": ("Fine Due", "$0.00|$0.50|$1.00|$2.50|$5.00|$10.00||waived|$0.10|$25.00|$100.00|$50.00|-$1.00"),
    "bp": ("Systolic BP", "118|120|121|139|140|141|160|90||not taken|14|1400|200|12|13.9|1390"),
    "goals": ("Goals", "-1|0|1|2|3|4|5|10||DNP|0.5|30|20|0.3|0.2"),
    "gross": ("Gross Pay", "$1,950|$2,000|$2,001|$3,400|$200|$20,000|$1,500||on leave|$2,500|$5,000|$250|"
                          "$150|$15,000|$25,000"),
    "overtime": ("Overtime Hrs", "0|2|4.5|5|6|10|40||n/a|0.5|1|50|8|100|-1"),
    "ram": ("RAM (GB)", "4|8|16|32|64|2|||unknown|0.8|80|160|1.6"),
    "covers": ("Covers", "0|12|40|45|50|51|120|4|500||closed|80|5|1.2|8|800"),
    "tip": ("Tip %", "0%|10%|12.5%|15%|18%|20%|25%|1%||n/a|100%|150%|2%|200%|-5%"),
    "sqft": ("Sq Ft", "850|1,000|1,200|1,500|1,501|2,400|150|15,000||tbc|999|3,000|120|100|10,000"),
    "asking": ("Asking Price", "$250,000|$499,999|$500,000|$500,001|$1,200,000|$50,000|$5,000,000||POA|"
                               "$750,000|$25,000|$7,500,000|$75,000|$2,500,000"),
    "ctr": ("CTR", "0.5%|1%|1.9%|2%|2.1%|5%|0.2%|20%||n/a|3.5%|0.1%|10%|0.05%"),
    "glucose": ("Glucose (mg/dL)", "65|70|71|99|100|126|140|7|700||hemolysed|250|10|1000|12.6|9.9|990"),
    "battery": ("Battery Health", "100%|95%|81%|80%|79%|50%|8%||n/a|800%|85%|8.5%|850%"),
    "asset_age": ("Asset Age (yrs)", "0.5|1|2|3|4|5|6||0.4|30|40|n/a|50|0.3"),
    "pallets": ("Pallets", "0|1|6|11|12|13|24|100||damaged|1.2|120|2|0.6|60"),
    "absent": ("Days Absent", "0|1|2|3|5|10|11|15||n/a|0.5|100|0.3|30|-1"),
    "stars": ("Review Stars", "1|2|3|3.5|4|4.5|5||n/a|0.3|0.45|45|0.4|40|30"),
    "salary": ("Salary (£)", "28,000|30,000|30,001|45,000|3,000|300,000|29,999||TBC|52,000|60,000|"
                             "4,500|450,000|5,000|50,000|500,000"),
    "mark": ("Mark", "39|40|41|59|60|70|4|400||absent|100|0|6|7|700|600"),
    "fridge": ("Fridge Temp (°C)", "1|3|5|5.1|8|0|-2|0.5||n/a|50|4.9|-20|-0.5|-10"),
    "hours": ("Weekly Hours", "37.5|40|40.5|45|48|20|4|400||holiday|0|16|1.6|160|4.8|480"),
    "budget": ("Campaign Budget", "$1,500|$1,499|$1,501|$150|$15,000|$900|$2,000|$10,000||tbd|$500|"
                                  "$25,000|$200|$20,000"),
    "claim": ("Amount Claimed", "12.50|75|99.99|100|100.01|250|10|1,000|||see notes|500|0|5,000|"
                                "50|2,500|25"),
    "rooms": ("Rooms", "1|2|3|4|5|6|0||studio|0.3|30|0.5|0.4|40|50|0.2|20"),
    "late_days": ("Days Overdue", "-3|0|1|6|7|8|14|30|0.7|70||n/a|3|0.1|10|-1"),
    "weight": ("Parcel Weight (kg)", "0.2|0.5|1|2|2.5|5|20|25|0.25||unknown|10|250|50"),
    # texts
    "format": ("Format", "Hardback|hardback|Paperback|eBook|Audiobook|Large print paperback||HARDBACK|"
                         "Graphic novel|ebook reader|Paperback (used)|Board book|Hardback - signed|"
                         "Signed hardback"),
    "ward": ("Ward", "Cardiology|cardiology|Paediatric Cardiology|Oncology|Maternity||ICU|CARDIOLOGY|"
                     "Cardiology Outpatients|Neurology|Cardio rehab|Pathology lab"),
    "result": ("Result", "Win|win|Loss|Draw|Win (pen)|LOSS||Walkover win|Postponed|loss|"
                         "Draw - abandoned|No draw|Lost on pens|Loss (aet)|Heavy loss"),
    "position": ("Position", "Goalkeeper|Defender|defender|Midfielder|Forward|Centre Defender||FORWARD|"
                             "Keeper|Winger|Sub goalkeeper|Defender (loan)|Keeper coach"),
    "bin": ("Bin Location", "A-01-03|A-02-11|B-01-01|a-05-02|C-10-04||XA-01|B-A-7|A|QA-hold|RETURNS-A|"
                            "A-|RETURNS-B|returns-a|Returns area"),
    "carrier": ("Carrier", "DHL|dhl|FedEx|UPS|DHL Express|Royal Mail||fedex ground|FEDEX|In-house|"
                           "via DHL|UPS Freight|Courier (UPS)|ups|DHL or UPS"),
    "pay_type": ("Pay Type", "Salary|salary|Hourly|Contract|Salary + bonus|HOURLY||Commission|"
                             "hourly (temp)|Intern|Temp hourly|Contractor|Fixed contract|Casual hourly|"
                             "Part-time hourly rate"),
    "subject": ("Subject", "Maths|maths|Further Maths|English|Science|MATHS||History|Maths resit|Art|"
                           "Computer Science|English Lit|Science club|Sciences"),
    "hostname": ("Hostname", "srv-web-01|SRV-DB-02|laptop-ann|srv-web-02|printer-3||dev-srv-9|"
                             "LAPTOP-BOB|web-proxy|srv|test-laptop|srv-mail-01|web01|laptop|db-01-old"),
    "os": ("Operating System", "Windows 11|windows 10|macOS 14|Ubuntu 22.04|Windows Server 2019|"
                               "MACOS 13||Linux Mint|ChromeOS|windows|iOS 17|Win 7|Old windows box"),
    "dish": ("Dish", "Vegan curry|Chicken curry|vegan burger|Beef burger|Curry (vegan)|Fish & chips||"
                     "CURRY NIGHT SPECIAL|Salad|Veganuary special|Vegetable soup|curry|Thai curry"),
    "allergens": ("Allergens", "nuts|Gluten, nuts|none|Dairy|peanuts|NUTS||gluten|Nut-free|sesame|"
                               "None listed|Tree nuts, dairy|NONE|gluten free|Gluten: none"),
    "listing": ("Listing", "For sale|for sale|Sold|Under offer|Sold STC|FOR SALE||Let agreed|To let|"
                           "For sale - reduced|Withdrawn|Unsold|Not sold|SOLD|Outlet unit|Relisted for sale"),
    "channel": ("Channel", "Email|email|Facebook|Google Ads|Email newsletter|TikTok||Instagram|EMAIL|"
                           "Paid social|Re-email|Gmail ads|Social ads team|Organic social|ads"),
    "labflag": ("Lab Flag", "HIGH|high|Low|Normal|High - repeat||CRITICAL HIGH|normal|LOW|"
                            "Borderline high|Not high|Normal range|Repeat|low-normal"),
    "receipt": ("Receipt File", "receipt_0412.jpg|Receipt_0413.PDF|hotel.pdf|taxi.png|lunch.JPG||"
                                "receipt.jpg.tmp|none|scan.jpeg|jpg-list.txt|parking.jpg|"
                                "pdf-receipts.zip|my receipt.png|old.pdf.bak"),
    "exptype": ("Expense Type", "Taxi|taxi|Flights|Hotel|Taxi - airport|MEALS||Meals|Uber (taxi)|TAXI|"
                                "Parking|Mileage|Hotel meals|Airport hotel|Meals & drinks|Airport taxi|"
                                "Late Uber home"),
    "parent_email": ("Parent Email", "j.khan@gmail.com|sam@oakridge.sch.uk|lee@hotmail.com|mo@GMAIL.COM|"
                                     "gmail.fan@yahoo.com||ann@oakridge.sch.uk|pat@outlook.com|"
                                     "kim@gmail.co.uk|none|oakridge.sch.uk.admin@gmail.com|ted@gmail.com.au"),
    "ref": ("Property Ref", "LDN-001|ldn-002|MAN-003|LDN|BRI-LDN-4|LDN-010|MAN-LDN|Ldn-7||EDI-2|man-9|"
                            "GLA-MAN|MAN"),
    "campaign": ("Campaign", "Summer Sale|summer sale 2|Black Friday|Spring launch|SUMMER SALE||"
                             "End of summer|Xmas promo|Pre-summer teaser|Winter Sale|Promo - summer"),
    # blanks
    "returned": ("Returned On", "2024-05-02||2024-05-20|   |0|2024-06-01||not yet|2024-06-10|"
                                "not yet - chased|chased, not yet"),
    "referral": ("Referred By", "Dr Patel||  |0|Dr Jones||Self|-|none"),
    "assigned": ("Assigned To", "ann.lee||bob.ng|  |0|||it-pool|-|cho.park"),
    "contact": ("Emergency Contact", "07700 900111|| |0|07700 900222|||n/a|07700 900333"),
    # errors
    "yield": ("Yield %", "4.2%|#DIV/0!|3.8%|#N/A||n/a|5.1%|#VALUE!|0|  "),
    "supplier": ("Supplier", "Acme|#N/A|Bolt Ltd|#REF!||not found|Cogs Co|#N/A|error|#NAME?"),
    "cpc": ("Cost per Click", "0.42|#DIV/0!|0.38||#NUM!|0|error|1.05|#DIV/0!|N/A"),
    # duplicates
    "isbn": ("ISBN", "978-0141187|978-0060935|978-0141187|978-1408855|978-0307474|978-0743273||"
                     "978-0060935|978-1400079|978-0451524|978-0141187"),
    "member": ("Member ID", "M1001|M1002|m1002|M1003||M1004|M1005|M1001|M1006|M1007"),
    "asset": ("Asset Tag", "IT-0451|IT-0452|IT-0453|IT-0452|IT-0454||IT-0455|IT-0456|IT-0457|it-0458"),
    "student": ("Student", "Priya Shah|Leo Grant|priya shah|Mia Wong|Sam Cole||Leo Grant|Noah Kim|"
                           "Ava Diaz|Leo  Grant"),
    "po": ("PO Number", "44120|44121|44122|44121|44123|44124|44125||44126|44124|44127"),
    "player": ("Player", "Okafor|Silva|Nguyen|Silva|Berg|okafor|Moreau||Ito|Haas"),
    # ranks and averages
    "pts": ("League Pts", "45|38|61|29|52|33|70|24||n/a|41|57|36|48|66"),
    "commission": ("Commission", "$1,240|$860|$3,100|$410|$2,275|$995|$1,780||pending|$5,020|$640|"
                                 "$3,890|$120|$1,510"),
    "test_score": ("Test Score", "72|88|65|91|54|79|83||absent|60|95|47|70|86|58|77|69|99|42|81"),
    "spend": ("Ad Spend", "$1,200|$450|$3,800|$95|$2,640|$780|$5,150||paused|$310|$1,975|$620|$4,400|"
                          "$1,050|$260|$3,150|$880|$2,100|$540|$7,300|$1,430"),
    "lap": ("Lap Time (s)", "82.4|79.9|85.1|81.0|78.6|90.3|80.7||DNF|83.5|79.2|84.8|88.0|77.9|81.6"),
    "rent": ("Monthly Rent", "$1,450|$980|$2,200|$1,750|$1,100|$3,050|$1,320||vacant|$2,640|$890|"
                             "$1,600|$1,990"),
    "cholesterol": ("Cholesterol (mmol/L)", "4.2|5.8|6.4|3.9|5.1|7.2|4.8||retest|5.5|6.9|4.4|3.6"),
    # dates (see the note in the docstring)
    "due_back": ("Due Back", "2024-05-03|2024-05-29|2024-06-01|2024-06-03|2024-06-07|2024-06-08|"
                             "2024-06-09|2024-06-11|2024-06-12|2024-06-13|2024-06-15|2024-06-17|"
                             "2024-06-22|2024-06-24|2024-07-05|2024-07-30|2024-08-20||lost"),
    "kickoff": ("Kick-off", "2024-06-12 19:45|2024-06-11 20:00|2024-06-13 15:00|2024-06-08 15:00|"
                            "2024-06-05 19:30|2024-06-15 12:30|2024-06-19 19:45|2024-06-22 15:00|"
                            "2024-05-25 17:00|2024-07-06 15:00|2024-06-01 15:00|2024-06-29 15:00||"
                            "postponed|2024-06-10 19:45|2024-06-07 18:00"),
    "warranty": ("Warranty Ends", "4/30/2024|5/31/2024|6/2/2024|6/6/2024|6/10/2024|6/11/2024|6/12/2024|"
                                  "6/13/2024|6/14/2024|6/18/2024|6/21/2024|6/30/2024|7/1/2024|7/15/2024|"
                                  "9/1/2024|1/1/2026||n/a"),
    "checkin": ("Check-in", "2024-06-12|2024-06-13|2024-06-14|2024-06-16|2024-06-20|2024-06-23|"
                            "2024-06-28|2024-07-02|2024-07-19|2024-08-09|2024-06-10|2024-06-05|"
                            "2024-05-30|2024-06-11|2024-06-04||tbc"),
    "collected": ("Sample Taken", "6/12/2024|6/11/2024|6/10/2024|6/7/2024|6/6/2024|6/5/2024|6/3/2024|"
                                  "6/1/2024|5/28/2024|5/2/2024|4/15/2024|6/13/2024|6/17/2024|7/3/2024||"
                                  "not taken"),
    # visual
    "occupancy": ("Occupancy", "0%|45%|50%|70%|90%|100%||n/a|65%|-5%"),
    "leads": ("Leads", "120|45|0|300|15||n/a|80|210|60|-2"),
    "storage": ("Storage Used (GB)", "120|480|0|950|15||offline|230|60|-1"),
    "profit": ("Net Profit", "-$2,300|$0|$4,100|$12,750|$860||n/a|$7,400|-$150"),
}

ENTRIES = r"""
# ---- GreaterThan
loans out longer than 3 weeks | GreaterThan(21) | days_out | column-word | number-format
> 21 days | GreaterThan(21) | days_out
fines ovr a fiver | GreaterThan(5) | fine | number-format | typo
hey can you make the cells go red when the fine is more than $5? | GreaterThan(5) | fine
teams that scored more than two | GreaterThan(2) | goals | number-format
overtime abvoe 5 hrs | GreaterThan(5) | overtime | typo
who worked more than 40 hours this week? | GreaterThan(40) | hours
anyone over forty hours | GreaterThan(40) | hours | number-format
nights with more then 50 covers | GreaterThan(50) | covers | typo
houses bigger than 1500 sq ft | GreaterThan(1500) | sqft | column-word
click thru rate higher then 2% | GreaterThan(0.02) | ctr | typo | number-format
assets older than four years | GreaterThan(4) | asset_age | column-word | number-format
fridges warmer than 5 degrees | GreaterThan(5) | fridge | column-word
more than ten days absent | GreaterThan(10) | absent | number-format
Highlight Claims Over £100 | GreaterThan(100) | claim | odd-case | number-format
overdue by more than a week | GreaterThan(7) | late_days | column-word | number-format
parcels heavier than 2.5kg | GreaterThan(2.5) | weight | column-word
# ---- GreaterThanEqual
BP 140 or higher | GreaterThanEqual(140) | bp | boundary
readings of at least 140 | GreaterThanEqual(140) | bp | boundary
tips of 15% and up | GreaterThanEqual(0.15) | tip | boundary | number-format
glucsoe >= 126 | GreaterThanEqual(126) | glucose | typo
16GB Ram Or More | GreaterThanEqual(16) | ram | boundary | odd-case
anyone earning £30k or above | GreaterThanEqual(30000) | salary | number-format | boundary
a dozen pallets or more | GreaterThanEqual(12) | pallets | number-format | boundary
no less than 5 rooms | GreaterThanEqual(5) | rooms | negation | boundary
scorers with 3+ goals | GreaterThanEqual(3) | goals | number-format
at minimum 4.5 stars | GreaterThanEqual(4.5) | stars | boundary
# ---- LessThan
pay under $2,000 | LessThan(2000) | gross | number-format
RAM lesss than 8 gigs | LessThan(8) | ram | column-word | typo
who failed? pass mark is 40 | LessThan(40) | mark | named-word
GLUCOSE BELOW 70 | LessThan(70) | glucose | odd-case
batteries that have dropped under 80% | LessThan(0.8) | battery | number-format
under 1000 square feet | LessThan(1000) | sqft | column-word
properties listed for less than half a million | LessThan(500000) | asking | number-format
any readings under zero? | LessThan(0) | fridge | number-format
Systolic Under 120 | LessThan(120) | bp | odd-case
ctr < 0.5% | LessThan(0.005) | ctr | number-format
quiet nights, fewer than 12 covers | LessThan(12) | covers | column-word
small parcels below half a kilo | LessThan(0.5) | weight | number-format
# ---- LessThanEqual
fines of a pound or less | LessThanEqual(1) | fine | number-format | boundary
<= 12 covers | LessThanEqual(12) | covers
marks of 59 and below | LessThanEqual(59) | mark | boundary
tip 10% or lower | LessThanEqual(0.1) | tip | boundary | number-format
max 3 days off | LessThanEqual(3) | absent | boundary | column-word
budgets up to and including 1.5k | LessThanEqual(1500) | budget | number-format | boundary
batteries at 85 percent or worse | LessThanEqual(0.85) | battery | number-format | polarity
no more than 16 hours | LessThanEqual(16) | hours | negation | boundary
# ---- Equals
exactly 0 goals | Equals(0) | goals
players who didnt score | Equals(0) | goals | typo | column-word
exactly a dozen pallets | Equals(12) | pallets | number-format
machines with 8GB | Equals(8) | ram
tips of exactly 20 percent | Equals(0.2) | tip | number-format
fines = 0 | Equals(0) | fine
perfect marks (100) | Equals(100) | mark | named-word
budget is exactly $1,500 | Equals(1500) | budget | number-format
# ---- NotEquals
anyone who did some overtime (not zero) | NotEquals(0) | overtime | negation
hours not equal to 40 | NotEquals(40) | hours | negation
rooms that aren't 3 | NotEquals(3) | rooms | negation
claims != 100 | NotEquals(100) | claim
mark is anything other than 40 | NotEquals(40) | mark | negation
# ---- Between
loans out between one and two weeks | Between(7, 14) | days_out | column-word | number-format
bP 120-139 | Between(120, 139) | bp | odd-case
normal glucose 70 too 99 | Between(70, 99) | glucose | typo
pay frm $1,500 to $2,500 | Between(1500, 2500) | gross | number-format | typo
between forty and eighty covers inclusive | Between(40, 80) | covers | number-format
homes 1,000-1,500 sqft | Between(1000, 1500) | sqft | number-format
asking prices in the 250k to 750k range | Between(250000, 750000) | asking | number-format
fridge temps within 0 and 5 | Between(0, 5) | fridge
CTRs between 1 and 2 pct | Between(0.01, 0.02) | ctr | number-format
claims of 100 up to 500 | Between(100, 500) | claim
marks in the 40s and 50s (40 - 59) | Between(40, 59) | mark
assets 2 to 4 yrs old | Between(2, 4) | asset_age | column-word
# ---- NotBetween
fridge temp outside 0-5 | NotBetween(0, 5) | fridge
glucose not in the 70 to 99 range | NotBetween(70, 99) | glucose | negation
anything that isn't between 120 and 139 | NotBetween(120, 139) | bp | negation
weekly hours outside of 16–40 | NotBetween(16, 40) | hours
budgets not within 1k-2k | NotBetween(1000, 2000) | budget | negation | number-format
parcels outside 1 to 5 kg | NotBetween(1, 5) | weight
# ---- TextEquals
hardback | TextEquals("Hardback") | format | obvious
copies that are "Hardback" exactly | TextEquals("Hardback") | format
cardiology ward only (not paeds or outpatients) | TextEquals("Cardiology") | ward
games we won | TextContains("win") | result | column-word
result = Loss | TextEquals("Loss") | result
defenders | TextContains("defender") | position | named-word
position = "Defender" | TextEquals("Defender") | position
carrier is just UPS | TextEquals("UPS") | carrier
pay type "Hourly" (not temps or casuals) | TextEquals("Hourly") | pay_type
subject is Maths, not further maths or resits | TextEquals("Maths") | subject
dishes called just 'curry' | TextEquals("curry") | dish
allergens cell is just none | TextEquals("none") | allergens
listings marked plain Sold | TextEquals("Sold") | listing
hihglight email | TextEquals("Email") | channel | typo
flag says HIGH and nothing else | TextEquals("high") | labflag
plain taxi claims | TextEquals("taxi") | exptype
# ---- TextContains
anyting with paperback in it | TextContains("paperback") | format | typo
books or ebooks: cells containing "book" | TextContains("book") | format
keepers | TextContains("keeper") | position | named-word
dhl anywhere in the carrier | TextContains("dhl") | carrier
hourly workers incl temps | TextContains("hourly") | pay_type | column-word
web servers | TextContains("web") | hostname | named-word
LAPTOPS | TextContains("laptop") | hostname | odd-case
Vegan Dishes | TextContains("vegan") | dish | named-word | odd-case
anything with curry | TextContains("curry") | dish
contains nuts | TextContains("nuts") | allergens
for sale listings | TextContains("for sale") | listing
emial campaigns | TextContains("email") | channel | typo
social channels | TextContains("social") | channel | named-word
any flag containing high | TextContains("high") | labflag
taxi expenses (anything mentioning taxi) | TextContains("taxi") | exptype
anyone using gmail | TextContains("gmail") | parent_email | named-word
summer campaigns | TextContains("summer") | campaign | named-word
jpg in the file name | TextContains("jpg") | receipt
# ---- TextNotContains
carriers that arent FedEx | TextNotContains("fedex") | carrier | negation | typo
anything without windows | TextNotContains("windows") | os | negation
dishes with no vegan in them | TextNotContains("vegan") | dish | negation
allergen lists not mentioning gluten | TextNotContains("gluten") | allergens | negation
lab flags that don't say normal | TextNotContains("normal") | labflag | negation
emails missing an @ | TextNotContains("@") | parent_email | negation
non-summer campaigns | TextNotContains("summer") | campaign | negation
# ---- TextStartsWith
cardio* | TextStartsWith("Cardio") | ward | starts-ends
bins begining A- | TextStartsWith("A-") | bin | starts-ends | typo
Hostnames Starting With srv | TextStartsWith("srv") | hostname | starts-ends | odd-case
windows machines (name starts with windows) | TextStartsWith("windows") | os | starts-ends
refs that start LDN | TextStartsWith("LDN") | ref | starts-ends
Manchester refs, MAN at the front | TextStartsWith("MAN") | ref | starts-ends
contract staff - pay type begins with contract | TextStartsWith("contract") | pay_type | starts-ends
receipts whose name starts with receipt | TextStartsWith("receipt") | receipt | starts-ends
draws incl abandoned ones (starts with Draw) | TextStartsWith("Draw") | result | starts-ends
# ---- TextEndsWith
*.jpg files | TextEndsWith(".jpg") | receipt | starts-ends
pdfs | TextEndsWith(".pdf") | receipt | starts-ends | named-word
school addresses ending .sch.uk | TextEndsWith(".sch.uk") | parent_email | starts-ends
gmail.com at the end | TextEndsWith("@gmail.com") | parent_email | starts-ends
wards ending in ology | TextEndsWith("ology") | ward | starts-ends
hosts ending -01 | TextEndsWith("-01") | hostname | starts-ends
channels that end with Ads | TextEndsWith("ads") | channel | starts-ends
subjects ending in science | TextEndsWith("science") | subject | starts-ends
# ---- Top
Top 3 Teams | Top(3) | pts | superlative | odd-case
the five biggest commissions | Top(5) | commission | superlative | number-format
highest 2 test scores | Top(2) | test_score | superlative
best 4 in the league | Top(4) | pts | superlative
top ten ad spends | Top(10) | spend | superlative | number-format
3 slowest laps | Top(3) | lap | superlative | polarity
priciest 2 rents | Top(2) | rent | superlative
# ---- Bottom
bottom 3 clubs | Bottom(3) | pts | superlative
relegation zone - bottom three sides | Bottom(3) | pts | superlative | number-format
lowest two comissions | Bottom(2) | commission | superlative | typo
fastest lap (single lowest time) | Bottom(1) | lap | superlative | polarity
the 5 cheapest rents | Bottom(5) | rent | superlative
worst 4 scores | Bottom(4) | test_score | superlative
# ---- TopPercent
top 10% of test scores | TopPercent(10) | test_score | superlative
highest 20 percent ad spend | TopPercent(20) | spend | superlative | number-format
best quarter of the league | TopPercent(25) | pts | superlative | number-format
top 15 pct commision | TopPercent(15) | commission | superlative | typo
upper 30% of rents | TopPercent(30) | rent | superlative
# ---- BottomPercent
bottom 10 percent | BottomPercent(10) | test_score | superlative | number-format
lowest 20% of spend | BottomPercent(20) | spend | superlative
the fastest 25% of laps | BottomPercent(25) | lap | superlative | polarity
bottom half of the table | BottomPercent(50) | pts | superlative | number-format
# ---- AboveAverage
comm above avg | AboveAverage() | commission
which reps made more than the average commission? | AboveAverage() | commission
rents higher than avrage | AboveAverage() | rent | typo
cholesterol above the mean | AboveAverage() | cholesterol
Better Than Average Test Scores | AboveAverage() | test_score | odd-case
# ---- BelowAverage
below average laps (quicker than avg) | BelowAverage() | lap | polarity
points under the average | BelowAverage() | pts
spend that's lower than average | BelowAverage() | spend
sub-average test scores | BelowAverage() | test_score
cholesterol less than mean | BelowAverage() | cholesterol
# ---- Duplicates
isbn dupes | Duplicates() | isbn
isbns that appear more than once | Duplicates() | isbn
repeated memeber ids | Duplicates() | member | typo
same asset tag twice? | Duplicates() | asset
students entered twice | Duplicates() | student
Duplicate PO numbers | Duplicates() | po
players listed more then once | Duplicates() | player | typo
show doubles | Duplicates() | po
flag any duplicated names | Duplicates() | student
copies of the same ISBN | Duplicates() | isbn
# ---- Unique
one-off ISBNs | Unique() | isbn
member ids that appear only once | Unique() | member
unique asset tags | Unique() | asset
po numbers with no duplicate | Unique() | po | negation
Players who show up once | Unique() | player
# ---- Blanks
books not returned yet (empty) | Blanks() | returned | named-word
empty return dates | Blanks() | returned | obvious
no referrer filled in | Blanks() | referral | negation
unasigned laptops | Blanks() | assigned | named-word | typo
who has no emergency contact? | Blanks() | contact | negation
missing | Blanks() | contact
blank ones | Blanks() | assigned
where's the referral missing | Blanks() | referral
cells with nothing in them | Blanks() | returned
# ---- NotBlanks
returned books | NotBlanks() | returned | named-word
non-empty | NotBlanks() | referral
assigned assets (any name) | NotBlanks() | assigned
rows where there's a contact | NotBlanks() | contact
anything filled in at all | NotBlanks() | returned
not blank | NotBlanks() | assigned | negation
has a referrer | NotBlanks() | referral
# ---- Errors
errors pls | Errors() | yield | obvious
#DIV/0! and #N/A cells | Errors() | yield | named-word
lookups that broke | Errors() | supplier | named-word
cells showing an excel error | Errors() | cpc
any formula errors? | Errors() | supplier
err values | Errors() | cpc
# ---- NotErrors
everything that isnt an error | NotErrors() | yield | negation | typo
supplier cells without errors | NotErrors() | supplier | negation
valid results only (no #errors) | NotErrors() | cpc | negation
non error cells | NotErrors() | cpc | negation
# ---- Yesterday
due back yesterday | Yesterday() | due_back
games played yesterday | Yesterday() | kickoff
samples taken yday | Yesterday() | collected | typo
YESTERDAY ONLY | Yesterday() | warranty | odd-case
# ---- Today
books due back today | Today() | due_back
today's fixtures | Today() | kickoff
check-ins for today | Today() | checkin
what expires today | Today() | warranty
samples collected today | Today() | collected
# ---- Tomorrow
loans due tomorrow | Tomorrow() | due_back
tomorrow's arrivals | Tomorrow() | checkin
matches tmrw | Tomorrow() | kickoff | typo
warranties running out tomorrow | Tomorrow() | warranty
# ---- Last7Days
due back in the past 7 days | Last7Days() | due_back
games in the last seven days | Last7Days() | kickoff | number-format
samples from the past week (last 7 days) | Last7Days() | collected
check-ins over the last 7 days | Last7Days() | checkin
anything expiring within the previous 7 days | Last7Days() | warranty
# ---- LastWeek
last week's fixtures | LastWeek() | kickoff
samples taken last week | LastWeek() | collected
due back during last week | LastWeek() | due_back
warranties that ended the week before this one | LastWeek() | warranty
# ---- ThisWeek
due back this week | ThisWeek() | due_back
matches this week | ThisWeek() | kickoff
check ins during the current week | ThisWeek() | checkin
this wk | ThisWeek() | collected | typo
warranties ending this week | ThisWeek() | warranty
# ---- NextWeek
due back nxt week | NextWeek() | due_back | typo
fixtures in the coming week (next week) | NextWeek() | kickoff
arrivals next week | NextWeek() | checkin
Warranty Ending Next Week | NextWeek() | warranty | odd-case
samples booked for next week | NextWeek() | collected
# ---- LastMonth
loans due last month | LastMonth() | due_back
matches from last month | LastMonth() | kickoff
samples taken during last month | LastMonth() | collected
warranties that ran out in May (last month) | LastMonth() | warranty
# ---- ThisMonth
due back this month | ThisMonth() | due_back
this months games | ThisMonth() | kickoff | typo
check-ins in the current month | ThisMonth() | checkin
warranties ending in june (this month) | ThisMonth() | warranty
# ---- NextMonth
next month's check-ins | NextMonth() | checkin
due back next month | NextMonth() | due_back
fixtures next month | NextMonth() | kickoff
expiring in july, i.e. next month | NextMonth() | warranty
# ---- ColorScale
colour scale on occupancy | ColorScale() | occupancy
heat map the leads | ColorScale() | leads | named-word
green to red gradient on storage used | ColorScale() | storage
Color Scale Please | ColorScale() | profit | odd-case
# ---- DataBar
data bars on leads | DataBar() | leads
add bars to show storage | DataBar() | storage
in-cell bar chart for profit | DataBar() | profit | named-word
databars on occupancy | DataBar() | occupancy
# ---- IconSet
Traffic Light Icons | IconSet() | occupancy | named-word | odd-case
icon set on the leads | IconSet() | leads
arrows up/down for net profit | IconSet() | profit | named-word
put icons on storage | IconSet() | storage
# ---- NOT
everything except the ones that say just Hardback | NOT(TextEquals("Hardback")) | format | negation
status other than Sold | NOT(TextEquals("Sold")) | listing | negation
hosts not starting with srv | NOT(TextStartsWith("srv")) | hostname | negation | starts-ends
receipts that are not .pdf | NOT(TextEndsWith(".pdf")) | receipt | negation | starts-ends
anything not due this month | NOT(ThisMonth()) | due_back | negation
allergens other than none | NOT(TextEquals("none")) | allergens | negation
# ---- AND
VEGAN curries | AND(TextContains("vegan"), TextContains("curry")) | dish | odd-case
srv hosts ending in 01 | AND(TextStartsWith("srv"), TextEndsWith("01")) | hostname | starts-ends
low glucose but ignore blanks | AND(NotBlanks(), LessThan(70)) | glucose
fines above zero but under a pound | AND(GreaterThan(0), LessThan(1)) | fine | number-format
overtime over 0 and under 10 hours | AND(GreaterThan(0), LessThan(10)) | overtime
hourly but not temp | AND(TextContains("hourly"), TextNotContains("temp")) | pay_type | negation
# ---- OR
results "Win" or "Draw" | OR(TextEquals("Win"), TextEquals("Draw")) | result | or
glucose under 70 or over 140 | OR(LessThan(70), GreaterThan(140)) | glucose | or
not returned: blank or saying not yet | OR(Blanks(), TextContains("not yet")) | returned | or
due yesterday or today | OR(Yesterday(), Today()) | due_back | or
taxi or uber | OR(TextContains("taxi"), TextContains("uber")) | exptype | or
ups or dhl | OR(TextContains("ups"), TextContains("dhl")) | carrier | or
fridges below 0 or above 5 | OR(LessThan(0), GreaterThan(5)) | fridge | or
# ---- more dates and equals
rooms = 4 | Equals(4) | rooms
anyone on exactly 37.5 hrs | Equals(37.5) | hours
parcels weighing 5 kg exactly | Equals(5) | weight
days out equals 14 | Equals(14) | days_out
kick-offs during the past seven days | Last7Days() | kickoff | number-format
check-ins from the last 7 days incl today | Last7Days() | checkin
sample dates within the last week or so (7 days) | Last7Days() | collected
check-ins last month | LastMonth() | checkin
games played last month? | LastMonth() | kickoff
samples from the previous month | LastMonth() | collected
samples scheduled for next month | NextMonth() | collected
matches coming up next month | NextMonth() | kickoff
loans due the month after this one | NextMonth() | due_back
kickoffs from yesterday | Yesterday() | kickoff
check-ins yesterday | Yesterday() | checkin
which samples were taken the day before today? | Yesterday() | collected
loans that came due yesterday | Yesterday() | due_back
last wk check-ins | LastWeek() | checkin | typo
kick-offs in the previous week | LastWeek() | kickoff
books due back the week before this | LastWeek() | due_back
"""


def entries() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(request, rule, column key, tags) for every entry line of ENTRIES ("#" lines are headings)."""
    return parse_entries(ENTRIES)


def make_record(request: str, code: str, key: str, tags: tuple[str, ...] = ()) -> dict:
    """One benchmark record (the fields of fresh_cf.json, Tags always ending in `third`)."""
    return column_record(PREFIX, request, code, COLUMNS[key], [*tags, THIRD_TAG])


def other_requests() -> set[str]:
    """The requests of the other everyday sets, lower-cased (none may be in this set)."""
    return requests_in(OTHER_SETS)


def problems_of(record: dict, taken: set[str]) -> list[str]:
    """What is wrong with one record (`everyday_common.column_problems`)."""
    return column_problems(record, taken)


def build() -> list[dict]:
    """Every record; stops on a non-canonical rule, a request written twice or taken from another
    set, a column whose labels are all 0 or all 1, or one that cannot tell the reference from a
    near miss."""
    records = [make_record(*entry) for entry in entries()]
    taken = other_requests()
    return checked(records, [problem for record in records for problem in problems_of(record, taken)])


def main() -> None:
    records = build()
    print(f"wrote {OUT}: {len(records)} records, {write_splits(OUT, records)}")
    tally = Counter((r["Function"], split_of(r["ID"])) for r in records)
    for name in sorted({name for name, _ in tally}):
        print(f"  {name:18s} dev {tally[name, 'dev']:3d}  test {tally[name, 'test']:3d}")


if __name__ == "__main__":
    main()
