"""A set of plain one-column CF requests as office workers type them, and the builder of plain_cf.json.

Written by engineer P, 2026-12-06 (session 7). Why: the project is to be checked on "plain
everyday requests" by people who never saw its sets; the sets it has were written by the same
few hands and their wordings have been tuned against. This set is written anew, independently, the
way people of many roles type a rule into the Excel add-in's box: short, direct, sometimes sloppy
(typos, no punctuation, no capitals, British and American spelling), non-native phrasings ("make
red the cells which are bigger of 100"), abbreviations (qty, amt, w/o, approx, pls), the column
named in the worker's own words, numbers written many ways (1,000, 1k, 20 quid, 5 percent, a
dozen, half), texts quoted and bare. Each record carries one persona tag, then `plain`: `office`
(admin, HR, finance clerks), `shop` (retail, hospitality, small business), `field` (logistics,
construction, farming, maintenance), `care` (nursing, social care, schools), `nonnative`
(non-native English phrasings), `mobile` (very short, no capitals, typos). Only requests the
language expresses exactly are written (no "next 30 days", no "weekends", no text lengths), each
with one right rule on its column.

What its author read: benchmarks/data/everyday_common.py (the helpers), the functions only (not
the entry lines nor the column lists) of benchmarks/data/web_cf.py and third_cf.py, its
constants' names and the first lines of its column lists (for the cell format),
tests/benchmarks/test_web_cf_data.py (mirrored by tests/benchmarks/test_plain_cf_data.py; both since merged
into test_web_plain_cf_data.py), the
team docs CF_RULES.md and EVALUATION.md, and the public API of cf_assistant.languages.cf (parse,
to_text, formatted_rows, table_from_records, the judge). Not read: the model's training-data
generator (cf_assistant/languages/cf/synth.py, cf_assistant/training/), the assistant's code
(cf_assistant/assistant/, cf_assistant/languages/cf/comparisons.py, phrases.py, months.py,
repairs.py, cf_assistant/diffusion/), the JSON files of the other sets, the entry lists of their
builders, and the requests of the benchmark train split (the builder only compares against them).
The builder refuses any request equal (case-insensitive, stripped) to a request of the other sets
or of the train split (`../shared/data/cf/train.json` from the repository root, when it is there).

Each entry line is `request | reference rule (canonical) | column key | persona`; `Labels` come
from the project's executor with Today = 2024-06-12 (a Wednesday); the dev/test halves come from a
hash of the ID (prefix `pln-`), as in the other sets. Columns come from domains the other sets
avoid (expense claims, leave, invoices, tills, hotels, cafés, hauling, building sites, farms,
care homes, classrooms, ...), each with near misses: boundary values, case variants, blanks, text
among numbers, duplicates and error values.

Rebuild: `python benchmarks/data/plain_cf.py` (from the repository root).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from everyday_common import (  # noqa: E402
    build_column_set, column_problems, column_record, parse_entries, requests_in, tally_lines,
    train_requests, weak_near_misses, write_splits,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "plain_cf.json"
PREFIX = "pln"
PLAIN_TAG = "plain"
PERSONAS = ("office", "shop", "field", "care", "nonnative", "mobile")
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "forum_tables.json",
              "annotator_tables.json")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"

# key: (header, cells separated by "|"); an empty field is a blank cell.
COLUMNS = {
    # ---- office: admin, HR, finance
    "leave": ("Annual Leave Left (days)",
              "25|0|3|5|4.5|12|20|5|6|1|-2|18||10|2.5|7|0.5|50"),
    "claim": ("Expense Claim",
              "45.50|250|249.99|250.01|1200|80|0|500|75|1000|32.10|250|pending|15|600|2500||100"),
    "overtime": ("Overtime Hrs",
                 "0|4|8|12|7.5|8|10|2|16|0|8.5|20|3|sick|6|80|"),
    "invoice": ("Invoice Amt",
                "1000|999|1001|12500|450|10000|75|2300|1000|0|320|5400|800|100|15000|99|500|tbc"),
    "overdue": ("Days Overdue",
                "0|30|29|31|60|90|5|120|45|0|14|61|7|365|300|-3|disputed"),
    "mileage": ("Mileage Claim (miles)",
                "12|45|200|150|8|0|150|151|149|320|64|1500|15|N/A|88|2000"),
    "training": ("Training Hours",
                 "6|12|0|35|24|12|8|40|3|16|12|1.5|20|||9|10|120"),
    "variance": ("Budget Variance",
                 "-500|0|120|-20|2500|-1500|75|0|-1|300|-80|1000|45|-250|-5000|10|0.5|-1000"),
    "vat": ("VAT Rate",
            "20%|5%|0%|20%|17.5%|5%|20%|12.5%|0%|15%|20%|exempt|2%|50%"),
    "cost_head": ("Cost per Head",
                  "12.50|#DIV/0!|8.75|#DIV/0!|15|22.40|#N/A|9.99|0|30|#REF!|14.25|11|#VALUE!|18.60|"),
    "cost_centre": ("Cost Centre",
                    "FIN-100 Accounts|HR-210|OPS-330 Facilities|fin-105 Payroll Admin|Legal-400|"
                    "OPS-310|Accounts FIN|HR-200 Recruitment|FIN-100 Accounts|IT-500|Marketing-600|"
                    "OPS-330 Facilities|Group FIN|Admin HR|Estates OPS|"),
    "claim_status": ("Claim Status",
                     "Approved|Pending|Rejected|approved|Pending review|Auto-approved|On hold|Paid|"
                     "Rejected - no receipt|APPROVED|Query|Paid late|Not approved||Approved|Still pending|"
                     "Approved with note|Not paid|Manager rejected"),
    "po": ("PO Number",
           "PO-2024-0012|PO-2023-0981|INV-2024-33|PO-2024-0100|po-2024-0150|PO-2022-1187|"
           "CN-2024-002|PO-2024-0012|TBC|REPO-2024-7|PO-2023-0007|INV-2023-400|PO-2024-0201||"
           "PO-2021-0064|PO-2024-1203"),
    "supplier": ("Supplier",
                 "Acme Ltd|Brightside Cleaning Ltd|Acme Supplies|Office Depot|Limited Edition Prints|"
                 "Ltd Services Co|Harbour Catering Ltd.|Jones & Sons|acme ltd|Paperclip Direct|"
                 "North Ltd Group|Swift Couriers|Green Leaf LTD|Acme Ltd|The Acme Co"),
    "approver": ("Approved By",
                 "J. Patel|M. Okafor||S. Novak|J. Patel|A. Reyes|J. Patel||M. Okafor|K. Liu|"
                 "T. Brennan|A. Reyes| |S. Novak|B. Adeyemi|J. Patel (acting)|Dr J. Patel"),
    "emp_id": ("Employee ID",
               "E1001|E1002|E1003|E1001|C2001|E1004|E1005|C2002|E1003|E1006|T3001|E1007|E1008|"
               "C2001|E1009|TC4001"),
    "timesheet": ("Timesheet In",
                  "Yes||Yes|No| |Yes|Late||Yes|Yes|No|Yes||Yes|Late"),
    "probation": ("Probation End",
                  "2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-07|2024-06-04|2024-06-14|"
                  "2024-06-18|2024-06-21|2024-06-27|2024-06-01|2024-05-20|2024-05-31|2024-07-03|"
                  "2024-07-25|2024-08-09|2023-06-12||TBC"),
    "contract_end": ("Contract End",
                     "6/30/2024|7/1/2024|6/12/2024|6/13/2024|6/11/2024|6/9/2024|6/5/2024|6/8/2024|"
                     "6/17/2024|6/22/2024|5/31/2024|5/2/2024|7/31/2024|8/15/2024|12/31/2024|"
                     "6/15/2024|permanent||6/24/2024"),
    "next_review": ("Next Review",
                    "2024-07-15|2024-06-12|2024-06-19|2024-06-14|2024-06-06|2024-06-03|2024-06-11|"
                    "2024-06-13|2024-06-16|2024-06-25|2024-05-09|2024-05-28|2024-07-01|2024-09-30|"
                    "2025-06-12|2024-06-08||2024-06-09"),
    # ---- shop: retail, hospitality, small business
    "till": ("Till Difference",
             "0|-5|2.5|-0.5|10|0|-20|1|-1|0.2|-12.8|5|-5|35|-100|0.05|no count"),
    "room_rate": ("Room Rate",
                  "89|120|150|99|149|151|210|75|150|300|65|119|180|95|450||200|90"),
    "nights": ("Nights",
               "1|2|3|7|14|1|4|2|10|21|5|3|6|12|28|"),
    "tips": ("Tips",
             "12.50|0|20|19.99|20.01|45|8|20|3.20|60|15|n/a|200|2|35|| |10|50"),
    "loyalty": ("Loyalty Points",
                "500|1000|999|1001|2500|0|150|1000|7800|320|12000|45|5000|-|660|100"),
    "markup": ("Markup %",
               "25%|40%|30%|35%|12.5%|50%|30%|60%|18%|100%|22%|45%|5%|29%|31%"),
    "shelf_price": ("Shelf Price",
                    "1.99|2.50|0.99|4.75|10|9.99|12.49|3.20|0.5|2.50|15|24.99|1|7.80|1.25|100"),
    "cups": ("Coffees Sold",
             "120|85|143|60|210|98|138|77|160|45|190|131|0|100|88|150|closed"),
    "pints": ("Pints Poured",
              "312|280|450|199|505|620|240|388|150|410|275|700|closed|333|180|95|500"),
    "bookings": ("Bookings",
                 "4|12|0|8|15|6|12|2|20|9|11|3|24|7|1||closed"),
    "refund": ("Refund Amount",
               "0|4.99|25|12.50|0|80|150|9.99|0|35|60|2.25|0|110|18|500|50"),
    "stars": ("Review Stars",
              "5|4|3|1|2|5|4|4|3|5|2|1|5|4||3|n/a"),
    "occupancy": ("Occupancy",
                  "45%|50%|62%|88%|100%|49.5%|73%|50.5%|30%|95%|58%|12%|81%|105%|"),
    "sku": ("SKU",
            "TS-BLK-M|TS-WHT-L|HD-BLK-S|TS-BLK-XL|MUG-RED|blk-cap|HD-GRY-M|TS-RED-S|BAG-BLK|"
            "ts-blk-m|CAP-NAVY|SOCK-BLK-3PK|HD-BLK-S|PIN-01||GIFT-TS-SET|HD-SPORT-L"),
    "flavour": ("Flavour",
                "Strawberry|Mint Choc Chip|Chocolate|Double Chocolate|Vanilla|White Chocolate Raspberry|"
                "Salted Caramel|chocolate|Lemon Sorbet|Choc Orange|Raspberry Ripple|Pistachio|"
                "Cookie Dough|Mango Sorbet||Sorbet Selection|Chocolate Brownie"),
    "room_type": ("Room Type",
                  "Double|Twin|Double Deluxe|Family Suite|Single|double|Twin Deluxe|Suite|"
                  "Deluxe Double|Junior Suite|Single Economy|Family Room|Double|Penthouse Suite|"
                  "Suite with Balcony"),
    "discount": ("Discount Code",
                 "SUMMER10|SUMMER20|STAFF|WELCOME5|summer10|BLACKFRI|XMAS-SUMMER|STAFF50|"
                 "FREESHIP|SUMMER10|NEWS10|||VIP-STAFF|LOYAL10| "),
    "pay_method": ("Payment",
                   "Card|Cash|card|Card (contactless)|Voucher|Cash|Bank transfer|Gift card|"
                   "Cash on delivery|Card|Account|Cheque|Apple Pay|PayPal|Part cash|Voucher (part)|"
                   "Staff voucher"),
    "best_before": ("Best Before",
                    "2024-06-12|2024-06-13|2024-06-11|2024-06-14|2024-06-15|2024-06-09|2024-06-06|"
                    "2024-06-05|2024-06-19|2024-06-22|2024-06-29|2024-05-30|2024-05-15|2024-07-02|"
                    "2024-07-20|2024-09-01|2023-12-31|"),
    "checkin": ("Check-in",
                "6/12/2024|6/13/2024|6/14/2024|6/10/2024|6/11/2024|6/7/2024|6/3/2024|6/16/2024|"
                "6/20/2024|6/28/2024|5/18/2024|5/27/2024|7/5/2024|7/19/2024|8/2/2024|"
                "6/2/2024|cancelled|"),
    "order_total": ("Order Total",
                    "18.50|42|120|75.25|9.99|300|55|120|64.80|210|12|88.10|150|30|1200|100|"),
    # ---- field: logistics, construction, farming, maintenance
    "load_t": ("Load Weight (t)",
               "18.5|26|44|40|39.9|40.1|12|0|32.2|43.5|7.5|40|28|overweight|22|3|5"),
    "fuel_l": ("Fuel Used (L)",
               "85|120|64.5|200|150|0|95|310|150|48|175|12|260|-|140|30|50|250"),
    "yield": ("Yield (t/ha)",
              "7.8|8.2|6.5|9.1|8|10.4|5.9|8|7.2|11|3.3|8.6|0|n/a|9.7|"),
    "slump": ("Slump (mm)",
              "75|100|50|125|80|150|100|60|110|40|90|175|10|95|210|"),
    "milk": ("Milk Yield (L)",
             "28|32.5|18|40|35|27.9|30|22|31|45|26|dry|38|30|12|25"),
    "soil_ph": ("Soil pH",
                "5.5|6.5|7|6|7.5|4.8|8.2|6.2|7.4|5.9|6.8|7.6|6|9|3.9|"),
    "tyre": ("Tyre Pressure (psi)",
             "32|35|30|28|33|35|29.5|36|40|22|31|35|flat|34|38|3.5"),
    "engine_hrs": ("Engine Hours",
                   "1200|450|5000|4999|5001|320|7800|2500|5000|60|980|15000|new|3600|500||1000"),
    "lambs": ("Lambs Born",
              "2|1|3|0|2|2|1|4|3|1|0|2|5|1|2|"),
    "bales": ("Hay Bales",
              "120|85|240|60|300|95|150|180|45|210|75|400|0|135|260|200|100|"),
    "gradient": ("Gradient %",
                 "2%|5%|8%|1.5%|10%|4.9%|12%|0%|5.1%|3%|7%|15%|6%|"),
    "vehicle_reg": ("Vehicle Reg",
                    "AB12 CDE|LK19 XYZ|AB12 CDE|YT70 HJK|MX21 PLD|lk19 xyz|BN68 RTE|PX15 TGB|"
                    "AB12 CDF|GH63 KLM|YT70 HJK|WR22 ABC|BN68 RTE||AB12 CDE trailer|ex AB12 CDE|XYZ 881"),
    "site": ("Site",
             "North Quarry|South Yard|Quarry Road Depot|north quarry|Riverside Plot 4|"
             "Old Quarry Farm|Eastgate|West Yard|Riverside Plot 7|Depot|Main Yard Gate|"
             "Quarry|Southside||Old Riverside Mill"),
    "defect": ("Defect Notes",
               "crack in weld|Leaking hydraulic hose|no defects|Cracked windscreen|brake pads worn|"
               "hose split|OK|Weld crack on boom|tyre worn|crack|minor scratch|None|"
               "Oil leak|light out||OK - checked|Not OK"),
    "crew": ("Crew Lead",
             "Dave|Sanjay|Dave|Marek|Tom|Ahmed|Sanjay|Lisa|Marek|Priya|Tom|Dave|Olu||Dave P|Big Dave"),
    "job_ref": ("Job Ref",
                "JOB-1001|JOB-1002-R|REP-2200|JOB-1003|job-1004|WAR-3001|JOB-1005-R|REP-2201|"
                "JOB-1006|INS-4000|JOB-1007|REP-JOB-9|JOB-1008-R||JOB-1010-REV|JOB-REP-11"),
    "trailer": ("Trailer Type",
                "Flatbed|Curtainsider|Reefer|flatbed|Low loader|Tipper|Curtainsider Double Deck|"
                "Box|Reefer Double Deck|Step frame flatbed|Tanker|Box Van||Flatbed with crane|"
                "Double Deck Box"),
    "crop": ("Crop",
             "Winter Wheat|Spring Barley|Oilseed Rape|wheat|Winter Barley|Maize|Spring Wheat|"
             "Potatoes|Sugar Beet|Oats|Grass ley|Field Beans|Winter Oats||Wheat (feed)|"
             "Sown winter Beans|Barley (malting)|Undersown spring barley"),
    "sensor": ("Sensor Reading",
               "21.4|#N/A|19.8|22.1|#N/A|20.5|#DIV/0!|18.9|23.3|#VALUE!|21|20.2||19.5|#REF!"),
    "service_due": ("Service Due",
                    "2024-06-13|2024-06-12|2024-06-11|2024-06-15|2024-06-10|2024-06-06|2024-06-02|"
                    "2024-06-05|2024-06-17|2024-06-22|2024-06-26|2024-05-25|2024-05-03|2024-07-08|"
                    "2024-07-30|2024-10-01|2023-11-20|overdue|"),
    "pour_date": ("Pour Date",
                  "6/11/2024|6/12/2024|6/13/2024|6/14/2024|6/9/2024|6/8/2024|6/4/2024|6/6/2024|"
                  "6/19/2024|6/21/2024|6/25/2024|5/29/2024|5/10/2024|7/2/2024|7/17/2024|"
                  "8/20/2024|TBC|"),
    "harvest": ("Harvest Date",
                "2024-06-12|2024-06-10|2024-06-13|2024-06-07|2024-06-03|2024-06-15|2024-06-16|"
                "2024-06-20|2024-06-30|2024-05-22|2024-05-31|2024-07-15|2024-07-01|2024-08-12|"
                "2024-09-05|2023-08-10|2024-06-11|| "),
    "inspection": ("Last Inspection",
                   "2024-06-11|2024-06-05|2024-06-07|2024-06-10|2024-06-12|2024-05-30|2024-05-14|"
                   "2024-05-01|2024-04-22|2024-06-02|2024-06-13|2024-06-18|2024-07-01|2023-12-01|"
                   "2024-06-01|never|"),
    # ---- care: nursing, social care, schools
    "bp": ("BP Systolic",
           "120|135|140|139|141|160|110|180|95|140|128|150|refused|90|175|200|100"),
    "fluid": ("Fluid Intake (ml)",
              "1500|1200|800|1000|999|1001|2000|650|1000|1750|400|1300|||2500|1100| |refused"),
    "weight": ("Weight (kg)",
               "62.4|80|58|95.2|71|49.5|80|102|66.8|54|75.3|refused|88|45|120|100|60|90|"),
    "pulse": ("Pulse (bpm)",
              "72|88|100|101|99|60|59|110|64|130|45|100|78|55|92||50|120"),
    "body_temp": ("Body Temp",
                  "36.8|37.5|38|37.9|38.1|36.2|35|39.2|37|38|36.5|refused|37.4|35.9||35.5"),
    "attendance": ("Attendance %",
                   "95%|90%|89.9%|100%|97.5%|85%|90%|72%|99%|91%|60%|94%|88%|90.1%||left"),
    "reading_age": ("Reading Age",
                    "7|8.5|9|6|10|11.5|8|9|7.5|12|6.5|13|absent|5|"),
    "spelling": ("Spelling Test (/20)",
                 "18|20|12|15|9|20|14|17|10|19|6|15|16|0|absent|"),
    "falls": ("Falls This Month",
              "0|1|0|2|0|3|0|1|5|0|0|2|1|0|"),
    "waterlow": ("Waterlow Score",
                 "8|10|15|20|9|12|10|16|25|14|11|30|5|19||n/a"),
    "bmi": ("BMI",
            "22.4|#DIV/0!|31.2|18.4|25|#VALUE!|27.9|30|#DIV/0!|19.8|35.6|24.9||40.1|#N/A"),
    "resident": ("Resident",
                 "Mrs Ada Brown|Mr Frank Hill|Mrs Joan Brownlow|Mr Ted Brown|Ms Rita Singh|"
                 "Mrs Edna Hillier|Mr Ken Adams|Mrs May Okoro|Mr Bill Browne|Mrs Pat Green|"
                 "Mrs Iris Hill|Mr Sid Brown|Ms Jo Evans||Hill, Mrs Vera"),
    "diet": ("Diet Notes",
             "Gluten free|Soft diet|Normal|diabetic|Soft diet, thickened fluids|Vegetarian|"
             "Low sugar diabetic|Pureed|Normal|Diabetic - no added sugar|Halal|fork mashable|"
             "Vegan||Normal, small portions|Back to normal"),
    "allergy": ("Allergies",
                "None|Penicillin|Nuts|NKDA|penicillin, latex|Latex|Shellfish|None known|"
                "Peanuts|Eggs|none|Aspirin|Penicillin||Latex, penicillin"),
    "mood": ("Mood",
             "Happy|Settled|Unsettled|happy|Low|Settled but tired|Anxious|Unhappy|Calm|"
             "Agitated|Happy and chatty|Settled|Tearful|"),
    "pupil": ("Pupil",
              "Amelia Khan|Noah Smith|Isla Smithson|Oliver Jones|Ava Smith|Leo Grant|Mia Jones|"
              "Harry Smithers|Zara Ali|Jack O'Neill|Lily Smith|Freddie Jones|Ella Shaw|"),
    "group": ("Reading Group",
              "Red|Blue|Green|red|Yellow|Blue|Purple|Red|Orange|Green|Blue|Red|Silver||Red (Y2)|Dark Red"),
    "visit": ("Family Visit",
              "2024-06-12|2024-06-11|2024-06-13|2024-06-09|2024-06-08|2024-06-06|2024-06-03|"
              "2024-06-14|2024-06-16|2024-06-22|2024-06-24|2024-05-26|2024-05-04|2024-07-07|"
              "2024-07-21|2024-08-11|2024-04-30|"),
    "care_review": ("Care Plan Review",
                    "6/12/2024|6/10/2024|6/13/2024|6/7/2024|6/4/2024|6/15/2024|6/17/2024|6/20/2024|"
                    "6/29/2024|5/21/2024|5/31/2024|7/10/2024|7/31/2024|8/28/2024|3/1/2024|"
                    "6/11/2024|not set|"),
    "dbs": ("DBS Expiry",
            "2024-06-12|2024-06-14|2024-06-10|2024-06-11|2024-06-13|2024-06-06|2024-06-02|"
            "2024-06-17|2024-06-21|2024-06-28|2024-05-17|2024-05-31|2024-07-04|2024-07-26|"
            "2025-01-10|2024-06-01|pending|"),
}


ENTRIES = r"""
# ================================================================ comparisons
# office
leave left under 5 days | LessThan(5) | leave | office
anyone with 0 leave left | Equals(0) | leave | office
flag claims over £250 | GreaterThan(250) | claim | office
expense claims of 250 pounds or more | GreaterThanEqual(250) | claim | office
claims under a grand | LessThan(1000) | claim | office
highlight anything not exactly 250 | NotEquals(250) | claim | office
overtime more than 8 hrs | GreaterThan(8) | overtime | office
overtime hours of 8 or less | LessThanEqual(8) | overtime | office
invoices over 1,000 | GreaterThan(1000) | invoice | office
invoice amt at least 10k | GreaterThanEqual(10000) | invoice | office
show invoices below £100 | LessThan(100) | invoice | office
invoices for exactly 1000 | Equals(1000) | invoice | office
more than 30 days overdue | GreaterThan(30) | overdue | office
overdue by 60 days or more | GreaterThanEqual(60) | overdue | office
accounts that are 0 days overdue | Equals(0) | overdue | office
mileage over 150 miles | GreaterThan(150) | mileage | office
training hours not equal to 12 | NotEquals(12) | training | office
training hrs below 10 | LessThan(10) | training | office
negative budget variance | LessThan(0) | variance | office
variance greater than zero | GreaterThan(0) | variance | office
variance of -1000 or worse | LessThanEqual(-1000) | variance | office
vat rate above 5 percent | GreaterThan(0.05) | vat | office
vat at 20% | Equals(0.2) | vat | office
cost per head over £15 | GreaterThan(15) | cost_head | office
# shop
till short by more than a fiver | LessThan(-5) | till | shop
till difference not 0 | NotEquals(0) | till | shop
room rates over 150 | GreaterThan(150) | room_rate | shop
rooms at £99 or under | LessThanEqual(99) | room_rate | shop
stays of a week or longer | GreaterThanEqual(7) | nights | shop
one night stays | Equals(1) | nights | shop
tips over 20 quid | GreaterThan(20) | tips | shop
tips of £20 or more | GreaterThanEqual(20) | tips | shop
loyalty points above 1000 | GreaterThan(1000) | loyalty | shop
customers with fewer than 100 points | LessThan(100) | loyalty | shop
markup under 30% | LessThan(0.3) | markup | shop
markup of 50 percent or higher | GreaterThanEqual(0.5) | markup | shop
items priced under a pound | LessThan(1) | shelf_price | shop
shelf price £10 or over | GreaterThanEqual(10) | shelf_price | shop
days we sold fewer than 100 coffees | LessThan(100) | cups | shop
more than 500 pints | GreaterThan(500) | pints | shop
exactly a dozen bookings | Equals(12) | bookings | shop
a dozen bookings or more | GreaterThanEqual(12) | bookings | shop
refunds bigger than £50 | GreaterThan(50) | refund | shop
1 star reviews | Equals(1) | stars | shop
reviews below 3 stars | LessThan(3) | stars | shop
occupancy under half | LessThan(0.5) | occupancy | shop
occupancy exactly 100% | Equals(1) | occupancy | shop
orders over £100 | GreaterThan(100) | order_total | shop
# field
loads over 40 tonnes | GreaterThan(40) | load_t | field
load weight 40t or less | LessThanEqual(40) | load_t | field
fuel used more than 150 litres | GreaterThan(150) | fuel_l | field
yield below 8 t/ha | LessThan(8) | yield | field
slump greater than or equal to 100mm | GreaterThanEqual(100) | slump | field
milk yield under 30 litres | LessThan(30) | milk | field
tyre pressure below 30 psi | LessThan(30) | tyre | field
tyres not at 35 psi | NotEquals(35) | tyre | field
engine hours past 5000 | GreaterThan(5000) | engine_hrs | field
ewes with just the one lamb | Equals(1) | lambs | field
twins or more | GreaterThanEqual(2) | lambs | field
fields with more than 200 bales | GreaterThan(200) | bales | field
gradient steeper than 5% | GreaterThan(0.05) | gradient | field
# care
systolic 140 or above | GreaterThanEqual(140) | bp | care
bp over 140 | GreaterThan(140) | bp | care
fluid intake less than 1000ml | LessThan(1000) | fluid | care
residents who drank 1 litre or less | LessThanEqual(1000) | fluid | care
weight over 100kg | GreaterThan(100) | weight | care
pulse above 100 | GreaterThan(100) | pulse | care
pulse under 60 bpm | LessThan(60) | pulse | care
temperature of 38 or higher | GreaterThanEqual(38) | body_temp | care
attendance under 90 percent | LessThan(0.9) | attendance | care
attendance 90 percent and over | GreaterThanEqual(0.9) | attendance | care
reading age under 8 | LessThan(8) | reading_age | care
full marks on the spelling test (20) | Equals(20) | spelling | care
spelling scores of 10 or lower | LessThanEqual(10) | spelling | care
residents with 2 or more falls | GreaterThanEqual(2) | falls | care
waterlow score of 20 and above | GreaterThanEqual(20) | waterlow | care
waterlow under 10 | LessThan(10) | waterlow | care
# nonnative
make red the cells which are bigger of 100 | GreaterThan(100) | order_total | nonnative
please to colour the claims more big than 500 | GreaterThan(500) | claim | nonnative
i want see the invoice which is less of 500 | LessThan(500) | invoice | nonnative
mark the overtime when is more or equal 10 hours | GreaterThanEqual(10) | overtime | nonnative
put colour on rooms price smaller or equal than 120 | LessThanEqual(120) | room_rate | nonnative
the loads which are not more of 26 ton | LessThanEqual(26) | load_t | nonnative
colour the pulse when it pass 100 | GreaterThan(100) | pulse | nonnative
show me the weights that are equal with 80 | Equals(80) | weight | nonnative
highlight when the points are different of 1000 | NotEquals(1000) | loyalty | nonnative
the engine hours what are less than 500 make yellow | LessThan(500) | engine_hrs | nonnative
paint the bp values superior to 160 | GreaterThan(160) | bp | nonnative
i need to see fuel which is minimum 200 litre | GreaterThanEqual(200) | fuel_l | nonnative
# mobile
tips >20 | GreaterThan(20) | tips | mobile
leave <=3 | LessThanEqual(3) | leave | mobile
overdue >=90 | GreaterThanEqual(90) | overdue | mobile
claim amt over 1k | GreaterThan(1000) | claim | mobile
hilite pulse < 60 | LessThan(60) | pulse | mobile
bales less tahn 100 | LessThan(100) | bales | mobile
qty sold over 150 | GreaterThan(150) | cups | mobile
miles = 150 | Equals(150) | mileage | mobile
slump not 100 | NotEquals(100) | slump | mobile
ph under 6 | LessThan(6) | soil_ph | mobile
# ================================================================ between
leave between 5 and 10 days | Between(5, 10) | leave | office
claims from 100 to 500 | Between(100, 500) | claim | office
invoices not between 500 and 5000 | NotBetween(500, 5000) | invoice | office
room rate between £90 and £150 | Between(90, 150) | room_rate | shop
markup between 25% and 40% | Between(0.25, 0.4) | markup | shop
prices outside 1 to 10 | NotBetween(1, 10) | shelf_price | shop
occupancy between half and 3/4 | Between(0.5, 0.75) | occupancy | shop
soil ph between 6 and 7.5 | Between(6, 7.5) | soil_ph | field
ph outside 6-7.5 | NotBetween(6, 7.5) | soil_ph | field
tyre pressure not within 30 to 35 | NotBetween(30, 35) | tyre | field
slump in the 75-125 range | Between(75, 125) | slump | field
systolic between 100 and 140 | Between(100, 140) | bp | care
pulse outside 60 to 100 | NotBetween(60, 100) | pulse | care
temp from 36 to 37.5 | Between(36, 37.5) | body_temp | care
temperatures that are not between 36 and 38 | NotBetween(36, 38) | body_temp | care
weight between 50 and 80 kg | Between(50, 80) | weight | care
colour the fluid when is between 1000 and 1500 ml | Between(1000, 1500) | fluid | nonnative
the milk which is not inside 25 and 35 litres | NotBetween(25, 35) | milk | nonnative
rooms with price between 100 until 200 | Between(100, 200) | room_rate | nonnative
stays betwen 3 and 7 nights | Between(3, 7) | nights | mobile
bmi not btw 18.5 and 25 | NotBetween(18.5, 25) | bmi | mobile
pts 500-2500 | Between(500, 2500) | loyalty | mobile
tips 20 to 30 quid | Between(20, 30) | tips | mobile
# ================================================================ text
cost centres containing FIN | TextContains("FIN") | cost_centre | office
cost centre starts with OPS | TextStartsWith("OPS") | cost_centre | office
cost centres that don't contain HR | TextNotContains("HR") | cost_centre | office
status is exactly "Pending" | TextEquals("Pending") | claim_status | office
anything that says approved somewhere | TextContains("approved") | claim_status | office
status begins with Paid | TextStartsWith("Paid") | claim_status | office
PO numbers starting with PO-2024 | TextStartsWith("PO-2024") | po | office
po numbers ending in 12 | TextEndsWith("12") | po | office
suppliers ending with Ltd | TextEndsWith("Ltd") | supplier | office
suppliers with acme in the name | TextContains("acme") | supplier | office
approver exactly J. Patel | TextEquals("J. Patel") | approver | office
employee ids beginning with C | TextStartsWith("C") | emp_id | office
skus containing BLK | TextContains("BLK") | sku | shop
skus starting with TS | TextStartsWith("TS") | sku | shop
sku ends with -S | TextEndsWith("-S") | sku | shop
any flavour with chocolate in it | TextContains("chocolate") | flavour | shop
flavours that end in Sorbet | TextEndsWith("Sorbet") | flavour | shop
flavours w/o choc | TextNotContains("choc") | flavour | shop
room type exactly Double | TextEquals("Double") | room_type | shop
room types ending in Suite | TextEndsWith("Suite") | room_type | shop
rooms that are deluxe | TextContains("deluxe") | room_type | shop
codes starting with SUMMER | TextStartsWith("SUMMER") | discount | shop
discount codes with STAFF in them | TextContains("STAFF") | discount | shop
payment exactly Cash | TextEquals("Cash") | pay_method | shop
any card payment | TextContains("card") | pay_method | shop
reg is exactly AB12 CDE | TextEquals("AB12 CDE") | vehicle_reg | field
sites with quarry in the name | TextContains("quarry") | site | field
sites starting with Riverside | TextStartsWith("Riverside") | site | field
site names ending in Yard | TextEndsWith("Yard") | site | field
defect notes mentioning crack | TextContains("crack") | defect | field
notes that don't mention leak | TextNotContains("leak") | defect | field
crew lead = Dave exactly | TextEquals("Dave") | crew | field
job refs ending -R | TextEndsWith("-R") | job_ref | field
job refs that start with REP | TextStartsWith("REP") | job_ref | field
flatbed trailers | TextContains("flatbed") | trailer | field
trailers that are not reefers | TextNotContains("reefer") | trailer | field
crops with wheat in | TextContains("wheat") | crop | field
crops starting with Winter | TextStartsWith("Winter") | crop | field
residents with surname Brown | TextEndsWith("Brown") | resident | care
residents with hill anywhere in the name | TextContains("Hill") | resident | care
diabetic diets | TextContains("diabetic") | diet | care
diet notes that are just Normal | TextEquals("Normal") | diet | care
anyone allergic to penicillin | TextContains("penicillin") | allergy | care
allergies that don't say none | TextNotContains("none") | allergy | care
mood equals settled | TextEquals("Settled") | mood | care
moods starting with happy | TextStartsWith("Happy") | mood | care
pupils whose name ends with Smith | TextEndsWith("Smith") | pupil | care
reading group exactly Red | TextEquals("Red") | group | care
the suppliers which finish with "Ltd" make them green | TextEndsWith("Ltd") | supplier | nonnative
colour the sku what has inside "RED" | TextContains("RED") | sku | nonnative
the crop which begin by Spring | TextStartsWith("Spring") | crop | nonnative
i want to see the defects that not have the word worn | TextNotContains("worn") | defect | nonnative
residents what the name is starting by Mrs | TextStartsWith("Mrs") | resident | nonnative
the payment that is equal to voucher | TextEquals("Voucher") | pay_method | nonnative
mood contans happy | TextContains("happy") | mood | mobile
cc starts w/ hr | TextStartsWith("hr") | cost_centre | mobile
reg ends xyz | TextEndsWith("xyz") | vehicle_reg | mobile
status = rejected | TextEquals("rejected") | claim_status | mobile
no nuts allergy pls | TextNotContains("nuts") | allergy | mobile
trailer 'double deck' | TextContains("double deck") | trailer | mobile
# ================================================================ top / bottom
top 3 invoices | Top(3) | invoice | office
5 biggest claims | Top(5) | claim | office
bottom 10% of variance | BottomPercent(10) | variance | office
the 3 longest overdue | Top(3) | overdue | office
top 20% of mileage claims | TopPercent(20) | mileage | office
lowest 2 room rates | Bottom(2) | room_rate | shop
best 5 days for coffee | Top(5) | cups | shop
worst 3 nights for pints | Bottom(3) | pints | shop
top 10 percent of orders | TopPercent(10) | order_total | shop
the 4 highest refunds | Top(4) | refund | shop
bottom 25% markup | BottomPercent(25) | markup | shop
heaviest 2 loads | Top(2) | load_t | field
lowest 3 yields | Bottom(3) | yield | field
top 15% of milk yields | TopPercent(15) | milk | field
bottom 20 percent of bales | BottomPercent(20) | bales | field
4 lowest fluid intakes | Bottom(4) | fluid | care
top 3 reading ages | Top(3) | reading_age | care
highest 10% of waterlow scores | TopPercent(10) | waterlow | care
bottom 4 spelling scores | Bottom(4) | spelling | care
lowest 30% attendance | BottomPercent(30) | attendance | care
the 3 engines with most hours | Top(3) | engine_hrs | nonnative
show the five more small tips | Bottom(5) | tips | nonnative
the 20 percent most big of loyalty points | TopPercent(20) | loyalty | nonnative
top 2 slump | Top(2) | slump | mobile
btm 10% pulse | BottomPercent(10) | pulse | mobile
top5 pints | Top(5) | pints | mobile
bottom 3 tyre psi | Bottom(3) | tyre | mobile
top 25 pct fuel | TopPercent(25) | fuel_l | mobile
# ================================================================ average
claims above average | AboveAverage() | claim | office
overtime below the average | BelowAverage() | overtime | office
training hours higher than average | AboveAverage() | training | office
room rates below avg | BelowAverage() | room_rate | shop
better than average coffee days | AboveAverage() | cups | shop
loads heavier than the average | AboveAverage() | load_t | field
yields under the average | BelowAverage() | yield | field
weights above the mean | AboveAverage() | weight | care
reading ages below average | BelowAverage() | reading_age | care
the refunds that are more than the average of all | AboveAverage() | refund | nonnative
bales which are under of the average | BelowAverage() | bales | nonnative
pulse above avg | AboveAverage() | pulse | mobile
milk below avg | BelowAverage() | milk | mobile
# ================================================================ duplicates / unique
po numbers used more than once | Duplicates() | po | office
employee ids that appear more than once | Duplicates() | emp_id | office
approvers who appear only once | Unique() | approver | office
duplicated skus | Duplicates() | sku | shop
discount codes used only once | Unique() | discount | shop
repeated vehicle regs | Duplicates() | vehicle_reg | field
crew leads listed once only | Unique() | crew | field
unique reading groups | Unique() | group | care
duplicate bookings numbers | Duplicates() | bookings | shop
the reg numbers which are repeating | Duplicates() | vehicle_reg | nonnative
show the crew that is only one time | Unique() | crew | nonnative
dupes in emp id | Duplicates() | emp_id | mobile
unique falls values | Unique() | falls | mobile
# ================================================================ blanks / errors
missing timesheets (blank) | Blanks() | timesheet | office
no approver filled in | Blanks() | approver | office
timesheet cells that aren't empty | NotBlanks() | timesheet | office
empty discount code | Blanks() | discount | shop
rooms with a rate entered | NotBlanks() | room_rate | shop
harvest dates that are blank | Blanks() | harvest | field
empty fluid entries | Blanks() | fluid | care
training hours filled in | NotBlanks() | training | care
the cells where nobody write anything | Blanks() | approver | nonnative
cells that have something inside for bookings | NotBlanks() | bookings | nonnative
blank tips | Blanks() | tips | mobile
non blank approvers | NotBlanks() | approver | mobile
cost per head errors | Errors() | cost_head | office
cost per head without errors | NotErrors() | cost_head | office
sensor errors like #N/A | Errors() | sensor | field
sensor readings that are not errors | NotErrors() | sensor | field
bmi cells showing an error | Errors() | bmi | care
bmi with no error | NotErrors() | bmi | care
the readings which have error in formula | Errors() | sensor | nonnative
bmi that is not error | NotErrors() | bmi | nonnative
errors in cost/head | Errors() | cost_head | mobile
sensor not #err | NotErrors() | sensor | mobile
# ================================================================ dates
probation ending today | Today() | probation | office
probation ended yesterday | Yesterday() | probation | office
probation ending tomorrow | Tomorrow() | probation | office
probation ends this week | ThisWeek() | probation | office
probation ending next week | NextWeek() | probation | office
probation ended last month | LastMonth() | probation | office
contracts ending this month | ThisMonth() | contract_end | office
contracts ending next month | NextMonth() | contract_end | office
contracts that ended last week | LastWeek() | contract_end | office
contract end in the last 7 days | Last7Days() | contract_end | office
reviews due today | Today() | next_review | office
reviews due next week | NextWeek() | next_review | office
best before today | Today() | best_before | shop
best before tomorrow | Tomorrow() | best_before | shop
went out of date yesterday | Yesterday() | best_before | shop
best before this week | ThisWeek() | best_before | shop
best before dates next month | NextMonth() | best_before | shop
check-ins today | Today() | checkin | shop
guests checking in tomorrow | Tomorrow() | checkin | shop
check ins next week | NextWeek() | checkin | shop
check-ins from last month | LastMonth() | checkin | shop
checked in during the last 7 days | Last7Days() | checkin | shop
service due this week | ThisWeek() | service_due | field
service due next month | NextMonth() | service_due | field
service was due last week | LastWeek() | service_due | field
service due yesterday | Yesterday() | service_due | field
pours scheduled for tomorrow | Tomorrow() | pour_date | field
pours this month | ThisMonth() | pour_date | field
pours in the past 7 days | Last7Days() | pour_date | field
crops harvested last month | LastMonth() | harvest | field
harvest this week | ThisWeek() | harvest | field
harvest dates next month | NextMonth() | harvest | field
inspected yesterday | Yesterday() | inspection | field
inspections done last week | LastWeek() | inspection | field
inspections from last month | LastMonth() | inspection | field
visits today | Today() | visit | care
family visits last 7 days | Last7Days() | visit | care
visits next week | NextWeek() | visit | care
visits last week | LastWeek() | visit | care
care plan reviews due this month | ThisMonth() | care_review | care
care plan reviews next month | NextMonth() | care_review | care
reviews that were due yesterday | Yesterday() | care_review | care
dbs expiring this week | ThisWeek() | dbs | care
dbs expired last month | LastMonth() | dbs | care
dbs expires tomorrow | Tomorrow() | dbs | care
the dates of the best before which are today | Today() | best_before | nonnative
colour the service that is for the next week | NextWeek() | service_due | nonnative
the visits of the last month | LastMonth() | visit | nonnative
contracts which finish in this month | ThisMonth() | contract_end | nonnative
inspection of the yesterday | Yesterday() | inspection | nonnative
the harvest of last seven days | Last7Days() | harvest | nonnative
check in tmrw | Tomorrow() | checkin | mobile
pour dates this wk | ThisWeek() | pour_date | mobile
dbs exp next mnth | NextMonth() | dbs | mobile
reviews last wk | LastWeek() | next_review | mobile
visits thsi month | ThisMonth() | visit | mobile
service due 2day | Today() | service_due | mobile
# ================================================================ visual
colour scale on the invoice amounts | ColorScale() | invoice | office
data bars for overtime | DataBar() | overtime | office
traffic light icons on days overdue | IconSet() | overdue | office
heat map of the till differences | ColorScale() | till | shop
data bars on pints poured | DataBar() | pints | shop
icons for review stars | IconSet() | stars | shop
colour scale the yields | ColorScale() | yield | field
bars on fuel used | DataBar() | fuel_l | field
icon set on tyre pressures | IconSet() | tyre | field
green to red colour scale for attendance | ColorScale() | attendance | care
data bar for fluid intake | DataBar() | fluid | care
arrows icons on waterlow | IconSet() | waterlow | care
put the colours gradient on the weights | ColorScale() | weight | nonnative
i want the bars inside the cells of bookings | DataBar() | bookings | nonnative
add the icons to the milk | IconSet() | milk | nonnative
colr scale loyalty | ColorScale() | loyalty | mobile
databars tips | DataBar() | tips | mobile
icon set bp | IconSet() | bp | mobile
# ================================================================ AND / OR / NOT
claims over 100 but under 1000 | AND(GreaterThan(100), LessThan(1000)) | claim | office
variance below -1000 or above 1000 | OR(LessThan(-1000), GreaterThan(1000)) | variance | office
anything except Approved | NOT(TextEquals("Approved")) | claim_status | office
invoices over 1000 that are still below average | AND(GreaterThan(1000), BelowAverage()) | invoice | office
overdue more than 30 days but not more than 90 | AND(GreaterThan(30), LessThanEqual(90)) | overdue | office
PO numbers that are not PO-2024 ones | NOT(TextStartsWith("PO-2024")) | po | office
rooms under 90 or over 200 | OR(LessThan(90), GreaterThan(200)) | room_rate | shop
codes with SUMMER or STAFF | OR(TextContains("SUMMER"), TextContains("STAFF")) | discount | shop
tips not in the top 5 | NOT(Top(5)) | tips | shop
stays longer than 2 nights and shorter than 10 | AND(GreaterThan(2), LessThan(10)) | nights | shop
flavours with chocolate but not white chocolate | AND(TextContains("chocolate"), TextNotContains("white")) | flavour | shop
loads over 40t or under 5t | OR(GreaterThan(40), LessThan(5)) | load_t | field
skus starting HD that contain BLK | AND(TextContains("BLK"), TextStartsWith("HD")) | sku | shop
sites that are not yards | NOT(TextContains("yard")) | site | field
engine hours at least 1000 and less than 5000 | AND(GreaterThanEqual(1000), LessThan(5000)) | engine_hrs | field
crops that are wheat or barley | OR(TextContains("wheat"), TextContains("barley")) | crop | field
pulse below 50 or above 120 | OR(LessThan(50), GreaterThan(120)) | pulse | care
temp 38 or more or under 35.5 | OR(GreaterThanEqual(38), LessThan(35.5)) | body_temp | care
residents whose name doesn't end in Brown | NOT(TextEndsWith("Brown")) | resident | care
weight over 60 and under 90 | AND(GreaterThan(60), LessThan(90)) | weight | care
the tips which are more of 10 and also less of 50 | AND(GreaterThan(10), LessThan(50)) | tips | nonnative
fuel what is under 50 or over 250 | OR(LessThan(50), GreaterThan(250)) | fuel_l | nonnative
the defects which are not exactly "OK" | NOT(TextEquals("OK")) | defect | nonnative
bp >140 or <100 | OR(GreaterThan(140), LessThan(100)) | bp | mobile
slump 50 to 150 but not 100 | AND(Between(50, 150), NotEquals(100)) | slump | mobile
not exactly red | NOT(TextEquals("Red")) | group | mobile
"""


def entries() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(request, rule, column key, tags) for every entry line of ENTRIES ("#" lines are headings)."""
    return parse_entries(ENTRIES)


def make_record(request: str, code: str, key: str, tags: tuple[str, ...] = ()) -> dict:
    """One benchmark record (the fields of web_cf.json, Tags = persona then `plain`)."""
    if len(tags) != 1 or tags[0] not in PERSONAS:
        raise SystemExit(f"unknown persona {tags} ({request!r})")
    return column_record(PREFIX, request, code, COLUMNS[key], [*tags, PLAIN_TAG])


def other_requests() -> set[str]:
    """The requests of the other sets (those present in this folder) and of the train split,
    lower-cased: none may be here."""
    present = [name for name in OTHER_SETS if (HERE / name).exists()]
    return requests_in(present) | train_requests(TRAIN)


def problems_of(record: dict, taken: set[str]) -> list[str]:
    """What is wrong with one record (`everyday_common.column_problems`, 12-20 cells)."""
    return column_problems(record, taken, (12, 20))


def build() -> list[dict]:
    """Every record; stops on a non-canonical rule or an unknown persona (make_record), a request
    written twice, or any problem of problems_of, listing them all at once."""
    return build_column_set(entries(), make_record, other_requests(), (12, 20))


def main() -> None:
    records = build()
    columns = len({rec["Data"][0][0] for rec in records})
    print(f"wrote {OUT}: {len(records)} records on {columns} columns, {write_splits(OUT, records)}")
    print("\n".join(tally_lines(records, "persona")))


if __name__ == "__main__":
    main()
