"""A fresh set of everyday one-column CF requests, and the builder of fresh_cf.json.

Written by engineer F1 on 2026-12-05 (session 5) from scratch, as a second, independent everyday
set: the dev half of everyday_cf.json has been used for so many choices that it no longer says how
the assistant does on requests it has never seen. The requests come from imagining spreadsheet
users (terse, chatty, their own column words, number formats and number words, typos and odd
capitalisation in about one request in ten); they were written without reading the model's
training-data generator, the pipeline's text, literal and spelling code, or the wording of
everyday_cf.py (a handful of its entries were skimmed for the format only), and without running
the assistant or the model on them. 26 short requests that happened to equal an everyday_cf.py
request word for word were reworded, so that no request is in both sets (the test checks it).

The file has the format and the builder checks of everyday_cf.json (everyday_common.py does the
work): canonical rules, Labels from the project's executor against the bench's fixed reference
date 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week
16 - 22 June, the last 7 days 6 - 12 June), a near-miss check on every record's own column, IDs
with the prefix `efr` split into dev/test by a hash of the ID. Every record is tagged `fresh`
after the failure-class tags it has (polarity, named-word, obvious, starts-ends, boundary,
negation, or, superlative, column-word, number-format, typo; `odd-case`, new here, marks odd
capitalisation).

Rebuild: `python benchmarks/data/fresh_cf.py` (prints the per-function counts per split).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from everyday_common import (  # noqa: E402
    REFERENCE_DATE, check_unique, function_of, labels_of, record_id, split_of, weak_near_misses,
    write_splits,
)

from cf_assistant.languages.cf import parse, to_text  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh_cf.json"
PREFIX = "efr"
FRESH_TAG = "fresh"

# key -> (header, cell texts joined by "|"; an empty piece is a blank cell).
COLUMNS: dict[str, tuple[str, str]] = {
    # numbers
    "cost": ("Cost", "4,200|5,000|5,001|499|50,000|12,750|800||tbc|4,999|60,000|450"),
    "units": ("Units Sold", "0|12|25|24|26|250|2||n/a|100|7|2.5"),
    "done": ("Completion", "0%|45%|50%|51%|100%|5%|99%||n/a|75%|500%|-10%"),
    "margin": ("Margin", "12%|-3%|0%|8%|15%|1.5%|150%||n/a|30%|-0.5%|10%"),
    "fever": ("Temp (°F)", "97.5|98.6|99|100|100.4|101|10|1000||n/a|103.2"),
    "score": ("Score", "49|50|51|69|70|85|100|5|500||absent|0|7"),
    "age": ("Age", "15|16|17|18|21|35|64|65|70||?|1.8|180|650"),
    "price": ("Price", "$0.99|$9.99|$10|$10.50|$3.999|$100|$1.99|$1,000||free|$19.90|$99|$1"),
    "late": ("Days Late", "0|1|3|7|8|30|-2||n/a|70|0.7|14|10|100|150"),
    "stars": ("Rating", "1|2|3|3.5|4|5|0.4||N/A|40|2.5"),
    "salary": ("Salary", "$38,000|$44,999|$45,000|$45,001|$60,000|$4,500|$450,000||TBC|$52,500"),
    "hours": ("Hours", "7.5|8|8.5|10|12|0|80||leave|1.2|0.8"),
    "stock": ("Stock on Hand", "0|1|4|5|6|20|48|||discontinued|0.5|50|500|-2"),
    "views": ("Views", "9,999|10,000|10,001|850|45,000|1,000|100,000|120,000||n/a|1,000,000"),
    "balance": ("Balance", "-$120.00|-$0.50|$0.00|$0.25|$310.00||closed|$1,500.00|$10"),
    "speed": ("Speed (mph)", "25|29|30|31|45|70|3|300||radar fail|40"),
    "weight": ("Weight (kg)", "0.5|1|1.9|2|2.1|12|20|0.2||?|5"),
    "donation": ("Donation", "$5|$20|$25|$250|$2.50|$24.99|$100||anon|$26"),
    "discount": ("Discount", "0%|5%|10%|15%|20%|1%|100%||none|12.5%|2%"),
    "loss": ("Profit/Loss", "-4,500|-250|0|125|3,000|-40||n/a|10|-1|0.5"),
    "qty": ("Qty", "0|1|2|3|10||  |-1|out|5|0.1"),
    "attendance": ("Attendance", "60%|79%|80%|81%|95%|8%|100%||excused|90%"),
    "delivery": ("Delivery Days", "1|2|3|4|5|6|7|10||tbc|0.5|30|50"),
    "budget_var": ("Variance", "-1,200|-50|0|75|2,300|-5|||n/a|500|-500|0.5"),
    "bmi": ("BMI", "17.9|18.5|18.6|22|24.9|25|29.9|30|||35.2|2.5|250"),
    "grade_pts": ("Points", "55|59|60|61|70|74|75|80|89|90|100||DNS|6|600"),
    "miles": ("Mileage", "9,500|12,000|15,000|15,001|30,000|150,000|1,500||unknown|14,999"),
    "pct_change": ("% Change", "-12%|-5%|-4.9%|0%|4.9%|5%|12%||n/a|-0.5%|50%|0.5%"),
    "size_mb": ("File Size (MB)", "0.4|1|2|4.5|10|25|100|250||?|1,000"),
    "rooms": ("Bedrooms", "1|2|3|4|5|0|||studio|3.5|30"),
    "quota": ("Quota Attained", "45%|89%|90%|91%|100%|120%|9%|||n/a|900%"),
    # texts
    "status": ("Status", "Pending|pending review|Approved|awaiting pending docs|Rejected||PENDING|"
                         "Not pending|Done|approved with changes|Not approved|Done (partly)|not done"),
    "notes": ("Notes", "URGENT - call back|call back tomorrow|Urgent|not urgent|paid in full||"
                       "refund requested|asked about refund policy|no refund|ok|Refund"),
    "email": ("Email", "ann@gmail.com|bob@company.com|carla@GMAIL.COM|dan@gmail.co.uk|eve@hotmail.com||"
                       "gmail.com@x.org|fred@mygmail.com|gina@company.com.au|hal@Company.com"),
    "sku": ("SKU", "SKU-100|sku-220|SKU100|BX-SKU-3|ABC-9||X-SKU|SKU-100-B|TEMP-1|temp item|old-TEMP"),
    "region": ("Region", "North|north|North East|Northwest|South|East||Far North|NORTH|West|"
                         "South West|Southeast|Mid South"),
    "payment": ("Payment", "Paid|paid|Unpaid|Partially paid|Overdue|PAID|Paid in full|Pending payment||"
                           "Refunded|overdue - chased|Not overdue|Partly refunded|Refunded - fee kept"),
    "answer": ("Answer", "Yes|yes|No|YES|Yes - partial|no|Maybe||N/A|said yes|Nope|No way|Not sure|"
                         "Know|Unknown|yes and no|maybe later|Definitely maybe"),
    "file": ("File", "report.pdf|data.xlsx|photo.PDF|pdf-guide.docx|notes.txt||scan.pdf.bak|invoice.pdf|"
                     "budget.xlsx|old.xlsx.tmp|xlsx-notes.txt"),
    "phone": ("Phone", "+44 20 7946 0958|+1 415 555 0199|020 7946 0000|+44 161 496 0123||"
                       "0044 20 7946|+33 1 40 20|tel +44 20 7000|+4420 1234"),
    "priority": ("Priority", "High|high|Highest|Medium|Low|Very High||HIGH|Low-ish|low|Lowest|Critical|"
                             "Urgent|urgent - today|Not urgent|Critical bug|not critical"),
    "city": ("City", "London|london|New London|Londonderry|Paris|Berlin||LONDON|Madrid|Paris, TX|"
                     "Boston|Rome|New Paris"),
    "dept": ("Department", "Sales|sales|Sales Ops|Presales|Marketing|HR||SALES|Finance|IT|"
                           "Inside Sales Team"),
    "product": ("Product", "Apple iPhone 15|iPhone case|Samsung Galaxy|iphone charger|Pixel 8||"
                           "Refurb iPhone|Galaxy Buds|Apple Watch|Samsung TV|Case for Samsung S24"),
    "code": ("Code", "A100|a200|B100|A-7|BA1|||CA|X9|A|Z-A|XA-2"),
    "comment": ("Comment", "great job|Great|not great|needs improvement|good||GREAT WORK|ok|"
                           "Needs work|so-so|could improve"),
    "task": ("Task", "Fix login bug|fix typo|Bugfix release|Write docs|TODO: tests||TODO|review TODO|"
                     "Deploy|fixing ci|Test fix|ci config"),
    "url": ("Website", "https://shop.com|http://old.net|https://SECURE.org|ftp://files.io|"
                       "www.https.com||http://|shop.co.uk|https://a.com/http://"),
    "ticket": ("Ticket", "Closed|closed|Reopened|Not closed|Closed - duplicate||CLOSED|Open|"
                         "In progress|Closed.|Won't fix"),
    "shipping": ("Shipping", "Express|express|Standard|Express Plus|Next day express|EXPRESS||Economy|"
                             "Non-express"),
    "tag": ("Tag", "test|Test account|prod|TEST|latest|contest entry||production|staging|unit-test|"
                   "Prod backup"),
    "name": ("Name", "Smith, John|smith, anna|Jones, Bob|Blacksmith, Tim|Smithers, W.||SMITH, J.|"
                     "Lee, Smith|Goldsmith, R.|Anna Smith"),
    # blanks
    "contact": ("Contact No.", "07700 900123||07700 900456|   |0|n/a||07700 900789|-"),
    "approver": ("Approved By", "J. Smith||  |0|K. Lee||M. Chan|-|none"),
    "return_date": ("Returned", "2024-05-02||2024-05-20| |0|2024-06-01||not yet"),
    "feedback": ("Feedback", "Loved it||  |Too slow|0|||ok|N/A"),
    # errors
    "rate": ("Conversion Rate", "2.5%|#DIV/0!|0.8%|#N/A||n/a|1.1%|#VALUE!|0|  "),
    "manager": ("Manager", "Sarah|#N/A|Tom|#REF!||not found|Priya|#N/A|error"),
    "unit_cost": ("Cost per Unit", "4.20|#DIV/0!|3.95||#NUM!|0|error|5.10|#NAME?"),
    # duplicates
    "invoice": ("Invoice #", "INV-1001|INV-1002|INV-1003|inv-1002|INV-1004||INV-1005|INV-1006|INV-1001|"
                             "INV-1007"),
    "emails": ("Email Address", "amy@site.com|raj@site.com|lee@site.com|AMY@site.com|kim@site.com||"
                                "joe@site.com|lee@site.com|sam@site.com|lee@site.com"),
    "order_id": ("Order ID", "50211|50212|50213|50212|50214|50215|50216||50217|50215|50218"),
    "guest": ("Guest", "Maria Lopez|Tom Hart|maria lopez|Ken Wu|Ada Obi||Tom Hart|Li Na|Sara Ali|"
                       "Tom  Hart"),
    "serial": ("Serial No", "SN-0091|SN-0092|SN-0093|SN-0094|SN-0092||SN-0095|SN-0096|SN-0097|sn-0098"),
    "plate": ("Licence Plate", "AB12 CDE|XY65 ZZZ|ab12 cde|KL70 MNO|PQ19 RST||XY65 ZZZ|GH21 JKL|"
                               "AB12 CD"),
    # ranks and averages
    "sales": ("Sales", "12,400|8,950|15,200|3,100|22,750|9,800|18,300||n/a|5,600|11,000|7,450|"
                       "2,050|16,800"),
    "finish": ("Finish Time (min)", "42.5|38.1|45.0|51.3|36.9|40.2||DNF|47.8|39.4|44.1|60.0|35.5|"
                                    "55.2"),
    "clicks": ("Clicks", "1,203|845|15,678|302|9,910|4,450|22,015|78||n/a|6,120|3,333|12,000|"
                         "640|18,500|2,750|7,020|530|9,100|1,980"),
    "expense": ("Expense", "$120|$85|$1,450|$35|$610|$95|$2,300|$48||pending|$300|$760|$15|$1,020"),
    "exam": ("Exam %", "88%|92%|75%|61%|99%|84%|70%||absent|58%|80%|66%|95%|43%"),
    "calls": ("Calls Handled", "34|41|29|52|38||off|45|27|60|40"),
    "commute": ("Commute (min)", "15|45|30|70|25||remote|55|20|35"),
    "rain": ("Rainfall (mm)", "0|2.4|12.8|0.6|25.1|7.3||no data|4.9|31.0|1.1"),
    "population": ("Population", "1,250,000|845,300|2,100,000|96,500|410,000||n/a|3,750,000|"
                                 "1,020,000|58,000|655,000|275,000"),
    "wait": ("Wait Time (days)", "3|14|7|28|2|45|||closed|9|21|5|60"),
    # dates (see the note in the docstring)
    "due": ("Due Date", "2024-05-02|2024-05-30|2024-06-04|2024-06-06|2024-06-08|2024-06-10|2024-06-11|"
                        "2024-06-12|2024-06-13|2024-06-14|2024-06-18|2024-06-21|2024-06-27|2024-07-08|"
                        "2024-08-01||tbc"),
    "shipped": ("Ship Date", "5/20/2024|6/3/2024|6/7/2024|6/9/2024|6/11/2024|6/12/2024|6/13/2024|"
                             "6/15/2024|6/17/2024|6/22/2024|6/25/2024|7/2/2024|7/31/2024|3/1/2024||"
                             "pending"),
    "appt": ("Appointment", "2024-06-12 09:00|2024-06-12 16:30|2024-06-11 14:00|2024-06-13 10:15|"
                            "2024-06-09 11:00|2024-06-07 15:45|2024-06-19 09:30|2024-05-29 13:00|"
                            "2024-07-01 08:00||cancelled|2024-06-26 12:00|2024-06-03 10:00"),
    "expiry": ("Expiry", "2024-04-30|2024-05-15|2024-05-31|2024-06-02|2024-06-10|2024-06-12|2024-06-16|"
                         "2024-06-20|2024-06-23|2024-06-30|2024-07-01|2024-07-31|2024-08-15|2025-01-01||"
                         "never"),
    "logged": ("Logged", "6/5/2024|6/6/2024|6/8/2024|6/11/2024|6/12/2024|6/14/2024|6/1/2024|5/31/2024|"
                         "5/1/2024|6/20/2024|7/4/2024||n/a|6/10/2024"),
    # visual
    "revenue": ("Monthly Revenue", "$12,300|$9,800|$15,450|-$1,200|$0||n/a|$20,100|$7,650"),
    "progress": ("Progress", "0%|25%|50%|80%|100%||n/a|65%|10%"),
    "inventory": ("Inventory", "120|45|0|300|15||backorder|80|-3|210"),
    "nps": ("NPS", "-20|0|15|42|61|||n/a|33|8"),
}

# One entry a line: request | rule | column key [| tag ...]; grouped by the rule's top function.
ENTRIES = r"""
# ---- GreaterThan
hihglight costs above 5000 | GreaterThan(5000) | cost | typo
make anything over the 5,000 budget red | GreaterThan(5000) | cost
cost > 5000 | GreaterThan(5000) | cost
costs above five thousand | GreaterThan(5000) | cost | number-format
which items cost more than 5k? | GreaterThan(5000) | cost | number-format | column-word
fever readings above 100.4 | GreaterThan(100.4) | fever
Anything higher than 100 degrees in red please | GreaterThan(100) | fever
products that sold more than 25 units | GreaterThan(25) | units | column-word
video with over 10k views | GreaterThan(10000) | views | number-format
views greater than 10,000 | GreaterThan(10000) | views
drivers going faster then 30 | GreaterThan(30) | speed | typo
show me everyone who's over 65 | GreaterThan(65) | age
parcels heavier than 2kg | GreaterThan(2) | weight | number-format
shipments more than a week late | GreaterThan(7) | late
margins above 10 percent | GreaterThan(0.1) | margin | number-format
completion over 50% | GreaterThan(0.5) | done | number-format
mileage over 15000 | GreaterThan(15000) | miles
files bigger than 10 MB | GreaterThan(10) | size_mb
any donation over $25 | GreaterThan(25) | donation | number-format
i need the values that are greater than 75 highlighted | GreaterThan(75) | grade_pts
in the black | GreaterThan(0) | loss | obvious
highlight profits | GreaterThan(0) | loss | obvious
Greater Than 3 Bedrooms | GreaterThan(3) | rooms | odd-case
# ---- GreaterThanEqual
grater than or equal to 65 | GreaterThanEqual(65) | age | boundary | typo
at least 50 | GreaterThanEqual(50) | score | boundary
scores of 50 or higher are a pass - colour them green | GreaterThanEqual(50) | score | boundary
anyone 18 or older | GreaterThanEqual(18) | age | boundary
65+ | GreaterThanEqual(65) | age | boundary
salaries from $45,000 upward | GreaterThanEqual(45000) | salary | boundary | number-format
attendance 80% and above | GreaterThanEqual(0.8) | attendance | boundary | number-format
>= 10 hours | GreaterThanEqual(10) | hours
speeds of 30mph or more | GreaterThanEqual(30) | speed | boundary
quota at or above 90% | GreaterThanEqual(0.9) | quota | boundary
BMI of 30 or over | GreaterThanEqual(30) | bmi | boundary
no less then 5 in stock | GreaterThanEqual(5) | stock | boundary | negation | typo
# ---- LessThan
less then 18 | LessThan(18) | age | typo
under 18 | LessThan(18) | age
minors (under eighteen) | LessThan(18) | age | number-format
less than 50 is a fail | LessThan(50) | score
low stock - fewer than 5 left | LessThan(5) | stock
items where stock is below five | LessThan(5) | stock | number-format | column-word
negative numbers | LessThan(0) | loss | obvious
show losses in red | LessThan(0) | loss | obvious
overdrawn accounts | LessThan(0) | balance | obvious
prices under $10 | LessThan(10) | price | number-format
completion below half | LessThan(0.5) | done | number-format
attendance under 80% | LessThan(0.8) | attendance
bmi below 18.5 | LessThan(18.5) | bmi
anything less than 2 kilos | LessThan(2) | weight
discounts smaller than 10% | LessThan(0.1) | discount
< 4 stars | LessThan(4) | stars
hilight anything lower than 60 | LessThan(60) | grade_pts | typo
# ---- LessThanEqual
5 or fewer in stock | LessThanEqual(5) | stock | boundary
ratings of 2 or less | LessThanEqual(2) | stars | boundary
no more than 3 days delivery | LessThanEqual(3) | delivery | boundary | negation
up to 8 hours | LessThanEqual(8) | hours | boundary
speed at most 30 | LessThanEqual(30) | speed | boundary
variance of zero or below | LessThanEqual(0) | budget_var | boundary | number-format
<= $45,000 | LessThanEqual(45000) | salary | number-format
temperatures that don't exceed 99 | LessThanEqual(99) | fever | negation
mileage not over 15,000 | LessThanEqual(15000) | miles | negation
# ---- Equals
exactly 50 | Equals(50) | score
cells that equal zero | Equals(0) | qty | number-format
out of stock | Equals(0) | stock | obvious
5 star reviews | Equals(5) | stars
100% complete | Equals(1) | done | number-format
three bedroom houses | Equals(3) | rooms | number-format
hours = 8 | Equals(8) | hours
any that are exactly 1 day late | Equals(1) | late
Scores Of 100 | Equals(100) | score | odd-case
discount equal to 15% | Equals(0.15) | discount
# ---- NotEquals
not equal too zero | NotEquals(0) | budget_var | negation | typo
not equal to 0 | NotEquals(0) | qty | negation
anything other than 50 | NotEquals(50) | score | negation
all hours except 8 | NotEquals(8) | hours | negation
ratings that aren't 5 | NotEquals(5) | stars | negation
where the variance isn't zero | NotEquals(0) | budget_var | negation | number-format
!= 100% | NotEquals(1) | done
# ---- Between
Between 8 And 10 Hours | Between(8, 10) | hours | odd-case
between 18 and 30 | Between(18, 30) | bmi
ages 16 to 64 | Between(16, 64) | age
healthy bmi 18.5-24.9 | Between(18.5, 24.9) | bmi
prices from $10 to $100 | Between(10, 100) | price | number-format
mark the scores between fifty and seventy | Between(50, 70) | score | number-format
hours 8 through 10 | Between(8, 10) | hours
deliveries taking 2-5 days | Between(2, 5) | delivery
discount between 5 and 15 percent | Between(0.05, 0.15) | discount | number-format
salary within 45k and 60k | Between(45000, 60000) | salary | number-format
% change between -5% and 5% | Between(-0.05, 0.05) | pct_change
betwen 3 and 5 stars | Between(3, 5) | stars | typo
# ---- NotBetween
temperatures outside 97.5 to 99 | NotBetween(97.5, 99) | fever
not between 18.5 and 24.9 | NotBetween(18.5, 24.9) | bmi | negation
flag bmi outside the healthy range of 18.5-24.9 | NotBetween(18.5, 24.9) | bmi | negation
changes bigger than 5% either way | NotBetween(-0.05, 0.05) | pct_change
deliveries that weren't in the 2 to 5 day window | NotBetween(2, 5) | delivery | negation
scores outside 50-70 | NotBetween(50, 70) | score
# ---- TextEquals
flag the ones that say pending | TextEquals("Pending") | status
status = approved | TextEquals("Approved") | status
cells that just say Yes | TextEquals("Yes") | answer
highlight the no answers | TextEquals("No") | answer
rows where payment is exactly "Paid" | TextEquals("Paid") | payment | column-word
high priority | TextEquals("High") | priority
city is london | TextEquals("London") | city
Sales dept only | TextEquals("Sales") | dept
mark closed tickets | TextEquals("Closed") | ticket
shipping method Express | TextEquals("Express") | shipping
answers that are exactly "no" | TextEquals("No") | answer
entries equal to 'Urgent' | TextEquals("Urgent") | priority
# ---- TextContains
TEXT CONTAINS REFUND | TextContains("refund") | notes | odd-case
statuses that contian pending | TextContains("pending") | status | typo
cells with pending in them | TextContains("pending") | status | named-word
any note mentioning urgent | TextContains("urgent") | notes | named-word
notes that talk about a refund | TextContains("refund") | notes | named-word
gmail addresses | TextContains("gmail") | email
anything with SKU in it | TextContains("SKU") | sku
regions containing north | TextContains("north") | region | named-word
products that are iPhones | TextContains("iPhone") | product
comments with the word great | TextContains("great") | comment | named-word
tasks with TODO | TextContains("TODO") | task
contains "fix" | TextContains("fix") | task
any department with sales in the name | TextContains("sales") | dept | named-word
names that include smith | TextContains("smith") | name | named-word
colour every cell containg paid | TextContains("paid") | payment | typo
files that are PDFs | TextContains("pdf") | file
where it says samsung anywhere | TextContains("Samsung") | product
# ---- TextNotContains
payments without paid in them | TextNotContains("paid") | payment | negation
notes not mentioning refund | TextNotContains("refund") | notes | negation
emails that aren't gmail | TextNotContains("gmail") | email | negation
anything that doesn't contain test | TextNotContains("test") | tag | negation
tasks with no TODO | TextNotContains("TODO") | task | negation
does not contain "sales" | TextNotContains("sales") | dept | negation
# ---- TextStartsWith
SKUs that start with SKU- | TextStartsWith("SKU-") | sku | starts-ends
codes beginning with A | TextStartsWith("A") | code | starts-ends
UK numbers (starting +44) | TextStartsWith("+44") | phone | starts-ends
tasks that begin with "Fix" | TextStartsWith("Fix") | task | starts-ends
secure sites, ones starting with https | TextStartsWith("https") | url | starts-ends
names starting with Smith | TextStartsWith("Smith") | name | starts-ends
regions that start with "north" | TextStartsWith("north") | region | starts-ends
statuses beginning with pending | TextStartsWith("pending") | status | starts-ends
starts wiht TEMP | TextStartsWith("TEMP") | sku | starts-ends | typo
# ---- TextEndsWith
emails ending in @company.com | TextEndsWith("@company.com") | email | starts-ends
pdf files | TextEndsWith(".pdf") | file | starts-ends
prices that end in .99 | TextEndsWith(".99") | price | starts-ends
spreadsheets (.xlsx at the end) | TextEndsWith(".xlsx") | file | starts-ends
regions ending with south | TextEndsWith("south") | region | starts-ends
names that end in smith | TextEndsWith("smith") | name | starts-ends
Ends With "TODO" | TextEndsWith("TODO") | task | starts-ends | odd-case
# ---- Top
Top 3 Sales Reps | Top(3) | sales | odd-case
colour the top 3 | Top(3) | sales
top 5 sales | Top(5) | sales | column-word
best seller | Top(1) | sales | superlative
the highest number of clicks | Top(1) | clicks | superlative
top ten by clicks | Top(10) | clicks | number-format
3 largest expenses | Top(3) | expense
biggest population | Top(1) | population | superlative
highlight the top two exam results | Top(2) | exam | number-format
slowest 3 finishers | Top(3) | finish
the longest wait | Top(1) | wait | superlative
# ---- Bottom
bottom three | Bottom(3) | sales | number-format
lowest 5 exam scores | Bottom(5) | exam
the fastest time | Bottom(1) | finish | superlative
fastest 3 runners | Bottom(3) | finish
smallest expense | Bottom(1) | expense | superlative
worst 2 sales reps | Bottom(2) | sales | number-format
least clicks | Bottom(1) | clicks | superlative
# ---- TopPercent
TOP 10 PERCENT | TopPercent(10) | expense | odd-case | number-format
top 10 pct | TopPercent(10) | clicks
top 25 percent of sales | TopPercent(25) | sales | number-format
highlight the top 20% of expenses | TopPercent(20) | expense
highest 10 percent of scores | TopPercent(10) | exam
cities in the top quarter by population | TopPercent(25) | population | number-format
# ---- BottomPercent
lowest 10% | BottomPercent(10) | clicks
lowest 25% of sales | BottomPercent(25) | sales
the bottom 20 percent exam scores | BottomPercent(20) | exam | number-format
bottom fifth of expenses | BottomPercent(20) | expense | number-format
# ---- AboveAverage
above avg | AboveAverage() | calls
agents who handled more calls than average | AboveAverage() | calls | column-word
commutes longer than the average | AboveAverage() | commute
Which days had more rain than usual? | AboveAverage() | rain
sales higher than the mean | AboveAverage() | sales
abuve avg | AboveAverage() | exam | typo
# ---- BelowAverage
bellow average calls | BelowAverage() | calls | typo
below the average | BelowAverage() | calls
scores under the average | BelowAverage() | exam
shorter than average commute | BelowAverage() | commute
expenses that are less than average | BelowAverage() | expense
below-average rainfall | BelowAverage() | rain
# ---- Duplicates
duplicats in the invoice column | Duplicates() | invoice | typo
spot repeated invoice numbers | Duplicates() | invoice
any dupes? | Duplicates() | order_id
highlight duplicate emails | Duplicates() | emails
any order IDs that appear twice? | Duplicates() | order_id
guests who are on the list more than once | Duplicates() | guest
show me the dupes | Duplicates() | serial
find double entries | Duplicates() | plate
same plate showing up again | Duplicates() | plate
which names come up more then once | Duplicates() | guest | typo
mark all the repeats | Duplicates() | emails
DUPLICATE VALUES | Duplicates() | invoice | odd-case
# ---- Unique
values that are unique | Unique() | invoice
emails that only appear once | Unique() | emails
guests listed a single time | Unique() | guest
order numbers with no duplicates | Unique() | order_id | negation
one-off serial numbers | Unique() | serial
# ---- Blanks
emtpy | Blanks() | approver | polarity | typo
any blanks? | Blanks() | contact | polarity
empty ones | Blanks() | approver | polarity
who hasn't been approved yet (blank approver) | Blanks() | approver | polarity
missing contact numbers | Blanks() | contact | polarity
highlight where no return date was entered | Blanks() | return_date | polarity
rows with feedback left empty | Blanks() | feedback | polarity
show the blank ones in yellow | Blanks() | feedback | polarity
empy cells | Blanks() | contact | typo
# ---- NotBlanks
colour evry cell that isnt blank | NotBlanks() | approver | polarity | negation | typo
cells that aren't empty | NotBlanks() | contact | polarity | negation
anything filled in | NotBlanks() | feedback | polarity
items already returned (date entered) | NotBlanks() | return_date | polarity
non-blank | NotBlanks() | approver | polarity
every cell that has something in it | NotBlanks() | contact | polarity
# ---- Errors
Errors In Red | Errors() | unit_cost | odd-case
error cells | Errors() | rate
show any #N/A or other errors | Errors() | manager
formula errors like #DIV/0! | Errors() | unit_cost
cells with an error value | Errors() | rate
find the broken lookups | Errors() | manager
# ---- NotErrors
rates that calculated fine | NotErrors() | rate | polarity
no error | NotErrors() | unit_cost | negation
non-error values | NotErrors() | manager | negation
cells with no errors | NotErrors() | rate | negation
everything except errors | NotErrors() | unit_cost | negation
lookups that worked | NotErrors() | manager | polarity
# ---- Yesterday
Yesturday | Yesterday() | appt | typo
dates from yesterday | Yesterday() | due
appointments yesterday | Yesterday() | appt
shipped yesterday | Yesterday() | shipped
# ---- Today
anything due today | Today() | due
today's appointments | Today() | appt
anything dated today | Today() | logged
what shipped today? | Today() | shipped
todays date | Today() | expiry | typo
# ---- Tomorrow
anything due tmrw | Tomorrow() | due | typo
who's coming in tomorrow | Tomorrow() | appt
ship date is tomorrow | Tomorrow() | shipped
due tomorrow | Tomorrow() | due
appointments for tomorrow | Tomorrow() | appt
shipping tomorrow | Tomorrow() | shipped
# ---- Last7Days
anything from the past 7 days | Last7Days() | due
logged in the past week (last seven days) | Last7Days() | logged | number-format
shipped within the last 7 days | Last7Days() | shipped
appointments over the past 7 days | Last7Days() | appt
# ---- LastWeek
appointments last week | LastWeek() | appt
Last weeks dates | LastWeek() | due | typo
logged the week before this one | LastWeek() | logged
from last week | LastWeek() | logged
orders shipped last week | LastWeek() | shipped
anything that was due last week | LastWeek() | due
# ---- ThisWeek
due dates ths week | ThisWeek() | due | typo
the dates that fall this week | ThisWeek() | due
appointments this week | ThisWeek() | appt
shipped this week | ThisWeek() | shipped
logged this wk | ThisWeek() | logged
# ---- NextWeek
what's due next week | NextWeek() | due
expiring next week | NextWeek() | expiry
what's booked for next week | NextWeek() | appt
Ships Next Week | NextWeek() | shipped | odd-case
# ---- LastMonth
dates last month | LastMonth() | logged
expired last month | LastMonth() | expiry
dates in May (last month) | LastMonth() | due
shipments from last month | LastMonth() | shipped
# ---- ThisMonth
this month's dates | ThisMonth() | due
expires this month | ThisMonth() | expiry
entries logged this month | ThisMonth() | logged
appointments in the current month | ThisMonth() | appt
# ---- NextMonth
stuff due next month | NextMonth() | due
expiring next month | NextMonth() | expiry
ships next month | NextMonth() | shipped
# ---- ColorScale
3-colour scale on the margins | ColorScale() | margin
make a heatmap of the % change | ColorScale() | pct_change
Color Scale on profit/loss | ColorScale() | loss | odd-case
colour scale | ColorScale() | revenue
heat map the revenue | ColorScale() | revenue
green to red by progress | ColorScale() | progress
shade the NPS scores from low to high | ColorScale() | nps
# ---- DataBar
data bar's on inventory | DataBar() | inventory | typo
show the balances as bars | DataBar() | balance
data bars for units sold | DataBar() | units
bars please | DataBar() | nps
data bar | DataBar() | inventory
add bars to show progress | DataBar() | progress
in-cell bar chart for revenue | DataBar() | revenue
databar on stock levels | DataBar() | inventory
# ---- IconSet
add icons | IconSet() | nps
traffic lights on the progress column | IconSet() | progress
arrows for revenue up/down | IconSet() | revenue
# ---- NOT
everything not marked done | NOT(TextEquals("Done")) | status | negation
tickets that aren't closed | NOT(TextEquals("Closed")) | ticket | negation
dates not in this month | NOT(ThisMonth()) | due | negation
not due this week | NOT(ThisWeek()) | due | negation
anything that's not a duplicate | NOT(Duplicates()) | invoice | negation
not in the top 3 | NOT(Top(3)) | sales | negation
# ---- AND
scores in the 70s | AND(GreaterThanEqual(70), LessThan(80)) | grade_pts
over 1 but under 10 | AND(GreaterThan(1), LessThan(10)) | delivery
low stock but not zero | AND(GreaterThan(0), LessThan(5)) | stock | negation
quantity below 5 but ignore empty cells | AND(NotBlanks(), LessThan(5)) | qty
refund requests that aren't urgent | AND(TextContains("refund"), TextNotContains("urgent")) | notes
express but not next day | AND(TextContains("express"), TextNotContains("next day")) | shipping
closed tickets that aren't duplicates | AND(TextStartsWith("Closed"), TextNotContains("duplicate")) | ticket | negation
more than 30 days late but under 100 | AND(GreaterThan(30), LessThan(100)) | late
above 50 and below 100 | AND(GreaterThan(50), LessThan(100)) | score
sales above average and over 15k | AND(AboveAverage(), GreaterThan(15000)) | sales | number-format
more than 0 and no more than 10 | AND(GreaterThan(0), LessThanEqual(10)) | late | boundary
gmail addresses that are not .co.uk | AND(TextContains("gmail"), TextNotContains(".co.uk")) | email
tasks starting with fix that also mention ci | AND(TextStartsWith("fix"), TextContains("ci")) | task
# ---- OR
under 18 or 65 and over | OR(LessThan(18), GreaterThanEqual(65)) | age | or
high or critical | OR(TextEquals("High"), TextEquals("Critical")) | priority | or
London or Paris | OR(TextEquals("London"), TextEquals("Paris")) | city | or
due today or tomorrow | OR(Today(), Tomorrow()) | due | or
expiring this month or next | OR(ThisMonth(), NextMonth()) | expiry | or
top 3 and bottom 3 | OR(Top(3), Bottom(3)) | sales | or
percentages below 0 or above 100 | OR(LessThan(0), GreaterThan(1)) | done | or
paid or refunded | OR(TextEquals("Paid"), TextEquals("Refunded")) | payment | or
yes or maybe | OR(TextEquals("Yes"), TextEquals("Maybe")) | answer | or
changes worse than -5% or better than +5% | OR(LessThan(-0.05), GreaterThan(0.05)) | pct_change | or
shipped last week or this week | OR(LastWeek(), ThisWeek()) | shipped | or
notes mentioning urgent or refund | OR(TextContains("urgent"), TextContains("refund")) | notes | or
"""


def entries() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(request, rule, column key, tags) for every line of ENTRIES."""
    out = []
    for line in ENTRIES.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        request, code, key, *tags = (part.strip() for part in line.split(" | "))
        out.append((request, code, key, tuple(tags)))
    return out


def column_data(key: str) -> list[list[str]]:
    """The one-column table (header first) that a column key names."""
    header, cells = COLUMNS[key]
    return [[header]] + [[cell] for cell in cells.split("|")]


def make_record(request: str, code: str, key: str, tags: tuple[str, ...] = ()) -> dict:
    """One benchmark record (the fields of everyday_cf.json, Tags always ending in `fresh`)."""
    rule = parse(code)
    if to_text(rule) != code:
        raise SystemExit(f"not canonical: {code!r} should read {to_text(rule)!r} ({request!r})")
    data = column_data(key)
    return dict(
        ID=record_id(PREFIX, request, code), **{"NL Utterance": request}, Code=code, Data=data,
        Labels=labels_of(rule, data), Function=function_of(rule), Today=REFERENCE_DATE.isoformat(),
        Tags=[*tags, FRESH_TAG],
    )


def build() -> list[dict]:
    """Every record; stops on a non-canonical rule, a request written twice, a column whose labels
    are all 0 or all 1, or one that cannot tell the reference from a near miss."""
    records = [make_record(*entry) for entry in entries()]
    check_unique(records)
    problems = [
        f"{r['NL Utterance']!r} {r['Code']} on {r['Data'][0][0]}: {weak}"
        for r in records if (weak := weak_near_misses(r["Code"], r["Data"]))
    ]
    problems += [f"{r['NL Utterance']!r} {r['Code']}: formats no row or every row"
                 for r in records if sum(r["Labels"]) in (0, len(r["Labels"]) - 1)]
    if problems:
        raise SystemExit("records to fix:\n" + "\n".join(problems))
    return records


def function_table(records: list[dict]) -> list[str]:
    """One line per top function: how many records it has in each split."""
    tally = Counter((r["Function"], split_of(r["ID"])) for r in records)
    names = sorted({name for name, _ in tally})
    return [f"  {name:18s} dev {tally[name, 'dev']:3d}  test {tally[name, 'test']:3d}" for name in names]


def main() -> None:
    records = build()
    print(f"wrote {OUT}: {len(records)} records, {write_splits(OUT, records)}")
    print("\n".join(function_table(records)))


if __name__ == "__main__":
    main()
