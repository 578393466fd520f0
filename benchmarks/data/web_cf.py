"""A web-style set of one-column CF requests, and the builder of web_cf.json.

Written by engineer W, 2026-12-06 (session 7). Why: the three existing one-column sets
(everyday_cf, fresh_cf, third_cf) are everyday typing styles; the project is also judged on
"other everyday and web-sourced requests". This set writes the same kind of rule the way it
reaches a spreadsheet on the web: search-engine queries and how-to article titles (tag `search`),
Q&A-site and help-forum question titles and short bodies (tag `qa`), asks to a chat assistant
(tag `chat`) and bare terse notes (tag `terse`); every record's tags end in `web`. Numbers come
in formats (1,000, 1k, $20, 5%, 0.5), texts bare and quoted, with a few typos. Only requests the
language expresses exactly are written (no "next 30 days": the language has no such period).

What its author read: benchmarks/data/everyday_common.py (the helpers), the functions (not the
entry lines) of benchmarks/data/third_cf.py, tests/benchmarks/test_third_cf_data.py, the team
docs CF_RULES.md and EVALUATION.md, the public API of cf_assistant.languages.cf (parse,
to_text, formatted_rows, the rule names), a random sample of 15 requests of the benchmark train
split (for its style only) and the tally of its rules' function names. Not read: the model's training-data generator (cf_assistant/languages/cf/synth.py,
cf_assistant/training/), the assistant's pipeline (cf_assistant/assistant/), the JSON files of
the other sets and the entry lists of their builders. The builder refuses any request equal
(case-insensitive, stripped) to a request of the six other sets or of the train split
(`../shared/data/cf/train.json` from the repository root, when it is there).

Each entry line is `request | reference rule (canonical) | column key | style`; `Labels` come
from the project's executor with Today = 2024-06-12 (a Wednesday); the dev/test halves come
from a hash of the ID (prefix `web-`), as in the other sets. Columns come from domains the other
sets avoid (cycling, energy, air quality, flights, web logs, invoices, chess, e-mail, events,
apiaries, podcasts, ...), each with near misses: boundary values, case variants, blanks,
text among numbers, duplicates and error values.

Rebuild: `python benchmarks/data/web_cf.py` (from the repository root).
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
OUT = HERE / "web_cf.json"
PREFIX = "web"
WEB_TAG = "web"
STYLES = ("search", "qa", "chat", "terse")
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"

# key: (header, cells separated by "|"); an empty field is a blank cell.
COLUMNS = {
    "ride_km": ("Distance (km)",
                "42.5|100|99.9|100.1|12|250|0|75|100|1000|188.4|64|DNF||310|5"),
    "steps": ("Daily Steps",
              "10000|9999|12,450|8,020|10,001|3500|15000|10000|0|22,310||7,640|10500|sick|4,210|450|5,000"),
    "kwh": ("Usage (kWh)",
            "320|450.5|199|200|201|1,020|88|0|200|615|#N/A|740|1500|35||2100|est."),
    "pm25": ("PM2.5 (µg/m³)",
             "12|35|35.1|8.4|55|150|34.9|0|-|250.5|41|35|3|#VALUE!|77|400|"),
    "rain": ("Rainfall (mm)",
             "0|0|2.5|12|0.2|30.4|||5|0|48|1.1|0|7.5|100| "),
    "temp": ("Max Temp (°C)",
             "21.5|30|29.9|30.1|-2|0|35.4|18|30|41|12.2|-8.5|25|N/A|33|3|-0.5"),
    "mpg": ("Fuel Economy (mpg)",
            "32|28.5|40|19|25|24.9|25.1|51|33|18|25|45|n/a|29|37|2.5|250"),
    "delay": ("Delay (min)",
              "0|15|14|16|-3|45|120|0|5|15|90|cancelled|30|180|2|1.5|150|1"),
    "load": ("Load Time (s)",
             "1.2|0.8|3|2.99|3.01|5.6|0.45|12|2.1|3|timeout|1.9|4.4|0.3||1|0.1|31"),
    "http": ("Status Code",
             "200|404|500|301|200|503|201|404|302|200|502|403|200|418|399|499|50|5000"),
    "invoice": ("Invoice Total",
                "$1,250.00|$980|$20|$1,000|$999.99|$15,400|$0|$1,000.01|$310|$4,800|$75|void"
                "|$2,100|$19.99||$2|$200|$10,500"),
    "txn": ("Amount",
            "-45.2|120|-1200|0|300|-7.99|2500|-15|89|-300|15|0|1,050|-60||pending|-0.5"),
    "likert": ("Satisfaction (1-5)",
               "5|4|3|1|2|5|3|4|1|5|2|3|N/A|4||0.2|20|50"),
    "elo": ("Rating",
            "1500|1499|1850|2100|1320|1501|2400|980|1750|1600|2010|unrated|1200|2000|150|20000|199"),
    "order_status": ("Order Status",
                     "Shipped|Pending|shipped|Cancelled|Delivered|Pending payment|Refunded"
                     "|Awaiting shipment|On hold|Delivered|CANCELLED|pending|Partially shipped"
                     "|Refunded - partial||Cancelled - refunded|Not delivered|Order cancelled|Payment pending"
                     "|Order shipped today"),
    "email": ("Email",
              "a.kim@gmail.com|jlopez@company.co|sam@gmail.co.uk|info@yahoo.com"
              "|pat.gmail@outlook.com|dana@GMAIL.COM|test@example.org|mike@company.co|"
              "|raj@hotmail.com|gmail.fan@proton.me|lee@company.co.uk|noemail|kai@gmail.com"
              "|company.co@fake.net| "),
    "flight_no": ("Flight No.",
                  "BA117|ba2490|AA100|LH400|BA9|UA901|DL5|ABA12|EK3|QF1BA|QF1|ba|AF1080|LHBA7"
                  "||BA 55"),
    "plant": ("Plant",
              "Rose 'Peace'|Primrose|Rosemary|Desert Rose|Lavender|rose hip|Tulip|Rockrose"
              "|Climbing rose|Sunflower|ROSE|Basil|Moss rose|Rose|Sage"),
    "recipe": ("Recipe",
               "Chicken Curry|Vegan Chili|Chickpea Salad|Roast chicken|Beef Stew|CHICKEN WINGS"
               "|Lentil Soup|Thai Green Curry (chicken)|Chicken|Mushroom Risotto|Fish Tacos"
               "|Curried Cauliflower|Veggie Curry|curry"),
    "subject": ("Subject",
                "URGENT: server down|Password reset|urgent - refund|Not urgent, FYI|Invoice query"
                "|Re: urgent|Meeting notes|Fwd: URGENT action needed|Newsletter|Urgently need help"
                "|Re: invoice query|Out of office||Spam: urgent prize|urgent"),
    "rsvp": ("RSVP",
             "Yes|No|yes|Maybe|No|YES|pending|Yes +1|No reply|maybe later||Yes|no|N/A|Not sure|Probably no"
             "|Probably yes"),
    "inspection": ("Inspection Result",
                   "Pass|Fail|pass|FAIL|Fail - retest|Passed|Pending||Pass|Failed|Conditional pass"
                   "|fail|N/A|Pass with notes|Re-inspect: fail"),
    "file": ("File Name",
             "report.pdf|data.xlsx|photo.PDF|notes.txt|pdf-guide.docx|scan.pdf.bak|invoice_0412.pdf"
             "|slides.pptx|readme|budget.XLSX|pdf|archive.zip|minutes.pdf|Copy of data.xlsx"
             "|xlsx-export.csv"),
    "url": ("URL",
            "https://example.com|http://old-site.org|https://shop.example.com/cart|ftp://files.net"
            "|www.nohttp.com|HTTPS://CAPS.IO|http://localhost:8080||https://|see https://docs.io"
            "|mailto:x@y.z|https://blog.example.com|http://"),
    "comments": ("Comments",
                 "Looks good||Needs a second review| ||OK||Follow up in July|n/a||0|-|Approved"
                 "|  |see attached"),
    "lookup": ("Lookup Result",
               "#N/A|Apple|#N/A|Pear|#N/A|Banana|0||Mango|Cherry|#N/A|Fig|#N/A|N/A|Kiwi"),
    "margin": ("Margin %",
               "12%|#DIV/0!|8.5%|-3%|15%|#DIV/0!|0%|22%|9.99%|10%||#N/A|31%|4%|10.01%|1%|100%|n/a"),
    "views": ("Views",
              "1,204,330|88,400|5,120|250,000|999|41,870|3,300,000|12|760,512|18,950|0"
              "|private|102,400|67|2,450,000|430|1,000,000"),
    "episode": ("Episode Length (min)",
                "42|38|55|61|29|47|90|33|45|52|18|44||trailer|70|41| "),
    "crypto": ("24h Change",
               "-5.2%|3.1%|0%|12.4%|-0.8%|5%|-12%|4.99%|5.01%|-1.5%|27%|n/a|0.4%|-30%|50%"),
    "donation": ("Donation",
                 "$50|$500|$25|$1,000|$499|$501|$10|$2,500|$100|$500|$75|anonymous|$5,000|$20"
                 "|$250|$5|$50,000"),
    "tyre": ("Tyre Pressure (psi)",
             "32|35|30|29.5|36|33|28|35.5|31|40|34|30|flat|3|350|26"),
    "serial": ("Raffle Ticket",
               "A-1001|A-1002|A-1001|B-2040|a-1002|B-2041|C-0007|B-2040|C-0008|A-1003||C-0007"
               "|D-9999|A-1003"),
    "attendee": ("Attendee",
                 "Maria Lopez|John Smith|maria lopez|Aisha Khan|Tom Berg|JOHN SMITH|Li Wei|Tom Berg"
                 "|Sara Ito|Omar Farouk|Li Wei||Nina Rossi|Ivan Petrov|Aisha Khan |Jon Smith| "),
    "severity": ("Severity",
                 "Critical|High|Low|Medium|critical|High|Blocker|Low|Critical - security|Medium"
                 "|Not critical|Blocker (release)||HIGH|Sub-critical|Non-blocker"),
    "commit": ("Commit Message",
               "fix: typo in readme|feat: add login|WIP do not merge|Fix bug in parser|docs: update"
               "|hotfix: crash on start|refactor: fix naming|chore: bump deps|FIX: null check"
               "|Merge branch 'fix'|revert fix|wip|feat: dark mode|prefix tests"),
    "promo": ("Promo Code",
              "SUMMER10|WINTER20|summer5|SPRING15|SUMMER-VIP|endofsummer|FALL25|BACK2SCHOOL"
              "|FREESHIP|Summer|SUMMER|WELCOME10|VIP-SUMMER|10OFF|ENDSUMMER10|SUMMER10-OLD"),
    "region": ("Region",
               "North|South|north|East|West|North East|Northwest|South|Far North|WEST|East"
               "|North|Central||NORTH"),
    "loaf": ("Loaf Weight (g)",
             "800|790|810|789|811|805|795|820|780|800|802|8|8000|799.5|810.5|n/w"),
    "humidity": ("Humidity",
                 "45%|60%|61%|59%|72%|38%|90%|60.5%|55%|6%|0%|n/a|85%|100%|65%"),
    "subs": ("Subscribers",
             "1,200|340|15|8,900|2|56|1,200|410|77|12,400|3|990|0||new|23,000|1,000"),
    "fine": ("Fine ($)",
             "35|50|100|35|250|75|0|50|1000|150|35|waived|60|500||20"),
    "hive": ("Hive Weight (kg)",
             "32.5|41|28|55.2|19.8|40|39.9|40.1|47|22|61|4|400|36|dead-out|30"),
    "volunteer": ("Volunteer Hours",
                  "12|0|4.5|20|8|12|35|2|16|0|6|40|1|9|n/a|3"),
    "odometer": ("Odometer (mi)",
                 "45,210|102,500|99,999|100,000|100,001|8,400|150,000|62,000|10,000|1,000,000"
                 "|unknown|75,300|250,100|0|12,000"),
    "call": ("Call Duration (s)",
             "120|45|600|59|60|61|300|15|1800|0|240|dropped|180|30|6|6000|90"),
    "yield": ("Yield (t/ha)",
              "6.2|7.8|4.1|9.5|5.5|8|3.2|7|10.3|2.9|6.8|n.d.|5|11|0|7.4"),
    "bowling": ("Score",
                "300|187|142|201|99|255|300|168|200|122|279|DNS|131|210|20|2000"),
    "hashtag": ("Hashtag",
                "#excel|#ExcelTips|#spreadsheets|#excelhacks|#python|tips #excel|#EXCEL|excel"
                "|#powerbi|#MSExcel|#exceljobs||#data|#Excel2024"),
    "version": ("Version",
                "v2.1.0|v1.9.3|2.0.0|v2.0.1-beta|V3.0|v2.1.0-rc1|1.0|v10.2|beta-v2|v2|v0.9"
                "|release v2.3|v1.2.0-beta||v4.0-BETA"),
    "phone": ("Phone",
              "+44 20 7946 0958|+1 212 555 0199|07700 900123|+44 161 496 0000|+61 2 9374 4000"
              "|+4420 1234 5678|020 7946 0000|+33 1 23 45 67 89|(+44) 113 496 0000|+441632960001"
              "||+49 30 901820|+1 44 555 0100"),
    "vin": ("VIN",
            "1HGCM82633A004352|WVWZZZ1JZXW000001|1FTFW1ET5DFC10312|JH4KA9650MC000000"
            "|WVWZZZ3CZ9E000002|2T1BURHE0JC000001|wvwzzz6rzfy000003|1G1ZT53826F109149"
            "|SALGA2EF8EA000004|3VWZZZ1KZ8M000005|ZFA31200000000006|WBA3A5C51CF256985|3WVWD7AJ5DM000008"),
    "allergen": ("Allergens",
                 "Peanuts, Soy|None|Milk|Tree nuts|Gluten, Milk, Eggs|peanut oil|None|Sesame"
                 "|Soy|Contains PEANUTS|Fish|none||Milk, Peanuts|Shellfish|Peanut"),
    "genre": ("Genre",
              "Rock|Pop|Indie Rock|Jazz|Hip-Hop|Rock & Roll|Punk rock|Folk|rock|Country"
              "|Rockabilly|Blues Rock|Pop Rock||Soft rock ballad|Smooth Jazz|Jazz fusion|Delta blues"),
    "shift": ("Shift",
              "Night|Day|night|Late|Early|Night (cover)|Day|Overnight|NIGHT|Weekend night|Day"
              "|Off|Nights|Swing|"),
    "parcel": ("Tracking Number",
               "1Z999AA10123456784|9400 1000 0000 0000 0000 00|1z84AB12345|TBA123456789000"
               "|1Z00X|JD014600003828|LX123456789GB|RR987654321US|1ZZ|9405 5000 0000 0000 0000 00"
               "|No tracking|CZ1Z9|||1Z7E4|RM123456785GB|GBX00012| "),
    "pet_age": ("Age (years)",
                "0.5|2|1|11|0.25|7|1.5|14|3|0.75|9|unknown|1|4|0.1|10|0.08"),
    "bid": ("Bid",
            "$120|$95|$310|$88|$95|$450|$60|$120|$205|$75|$1,050|$95|no bid|$400|$12|$9|$100"),
    "water": ("Meter Reading (m³)",
              "1204|1210|1199|#N/A|1230|1241|#REF!|1255|0||1260|1274|#N/A|1288|1301"),
    "solar": ("Solar Output (kWh)",
              "18.2|22.5|0|9.7|25.1|14.4|30.2|-0.3|12|27.8|19.9|offline|8.1|24|16.5|5|10"),
    "downloads": ("Downloads",
                  "5,210|120|88|14,900|2,300|15|760|41,000|9|3,450|600|0|1,900|n/a|27,500|310"),
    "gym": ("Visits This Month",
            "12|0|4|20|8|16|1|25|12|2|9|30|cancelled|5|14|3"),
}

# Date columns: the same calendar around Wednesday 2024-06-12, in several layouts, so that every
# period can be told from its neighbours (06-05 is last week but not in the last 7 days, ...).
DATE_COLUMNS = {
    "renewal": ("Renewal Date",
                "2024-06-11|2024-06-12|2024-06-13|2024-06-07|2024-06-05|2024-06-02|2024-06-09"
                "|2024-06-15|2024-06-16|2024-06-22|2024-06-28|2024-05-31|2024-05-14|2024-07-01"
                "|2024-07-19|2024-08-02|2023-06-12||TBC"),
    "due": ("Due Date",
            "6/12/2024|6/13/2024|6/11/2024|6/10/2024|6/6/2024|6/4/2024|6/8/2024|6/14/2024"
            "|6/17/2024|6/21/2024|6/24/2024|5/1/2024|5/28/2024|7/4/2024|7/31/2024|9/1/2024"
            "|6/12/2023|n/a|"),
    "expiry": ("Expiry Date",
               "2024-07-15|2024-06-30|2024-06-12|2024-06-13|2024-06-11|2024-05-20|2024-06-03"
               "|2024-06-06|2024-06-19|2024-06-14|2024-07-02|2024-08-15|2024-04-30|2023-07-10"
               "|2025-06-12|2024-06-23|2024-06-08|no expiry"),
    "login": ("Last Login",
              "2024-06-12 08:15|2024-06-11 22:40|2024-06-10 09:00|2024-06-06 17:30"
              "|2024-06-05 12:00|2024-06-01 10:10|2024-05-30 19:45|2024-05-02 07:00"
              "|2024-04-11 14:20|2024-06-09 11:11|2024-06-13 00:05|2024-06-16 08:00"
              "|2024-07-01 09:00||never"),
    "departure": ("Departure",
                  "6/16/2024|6/18/2024|6/22/2024|6/23/2024|6/15/2024|6/13/2024|6/12/2024"
                  "|6/11/2024|7/2/2024|7/20/2024|8/5/2024|5/30/2024|6/7/2024|6/3/2024|TBA"),
    "harvest": ("Harvest Date",
                "2024-05-03|2024-05-28|2024-05-31|2024-06-01|2024-04-30|2024-06-12|2024-06-07"
                "|2024-06-04|2024-06-14|2024-07-08|2024-06-20|2024-03-15|2023-05-20|pending"
                "|2024-06-11|2024-06-13"),
    "inspect_date": ("Next Inspection",
                     "2024-06-13|2024-06-12|2024-06-14|2024-06-20|2024-07-01|2024-06-11|2024-06-17"
                     "|2024-06-10|2024-06-06|2024-06-02|2024-05-15|2024-07-30|2024-08-12|2024-06-13"
                     "|2025-06-13||overdue"),
    "shift_date": ("Shift Date",
                   "6/9/2024|6/10/2024|6/11/2024|6/12/2024|6/13/2024|6/14/2024|6/15/2024|6/16/2024"
                   "|6/8/2024|6/2/2024|6/5/2024|6/7/2024|5/26/2024|6/23/2024|7/1/2024|5/31/2024"),
}
COLUMNS.update(DATE_COLUMNS)

ENTRIES = r"""
# GreaterThan
how to highlight cells greater than 100 in excel | GreaterThan(100) | ride_km | search
My sheet has hourly PM2.5 readings. Is there a way to turn every reading above 35 red so the unhealthy hours stand out? | GreaterThan(35) | pm25 | qa
can you highlight invoices over $1,000? | GreaterThan(1000) | invoice | chat
flights delayed more than 15 min | GreaterThan(15) | delay | terse
excel format cell red if value is more than 3 seconds | GreaterThan(3) | load | search
Conditional formatting: highlight videos with more than 1M views | GreaterThan(1000000) | views | qa
colour hives heavier than 40kg please | GreaterThan(40) | hive | chat
excel highlight mileage over 100000 | GreaterThan(100000) | odometer | search
highlght cells greater then 10000 | GreaterThan(10000) | steps | terse
Excel - change cell colour when rating is above 2000? | GreaterThan(2000) | elo | qa
how do i get excel to highlight scores over 200 | GreaterThan(200) | bowling | search
show me the coins that are up more than 5% in green | GreaterThan(0.05) | crypto | chat
# GreaterThanEqual
cycling log: distances of 100 km or more should be green. which rule do I need? | GreaterThanEqual(100) | ride_km | qa
excel conditional formatting greater than or equal to 10,000 | GreaterThanEqual(10000) | steps | search
highlight days that hit 30 degrees or hotter | GreaterThanEqual(30) | temp | chat
donations of $500 and up | GreaterThanEqual(500) | donation | terse
How to highlight bids that are at least $100 in Excel? | GreaterThanEqual(100) | bid | qa
excel conditional formatting 60% or above | GreaterThanEqual(0.6) | humidity | search
Calls lasting 60 seconds or longer - how do I shade them? | GreaterThanEqual(60) | call | qa
can you mark anyone with 20 or more volunteer hours | GreaterThanEqual(20) | volunteer | chat
yield >= 8 t/ha | GreaterThanEqual(8) | yield | terse
# LessThan
can you highlight the days where I walked under 5000 steps | LessThan(5000) | steps | chat
excel turn cell blue if temperature is below 0 | LessThan(0) | temp | search
how to make negative numbers red in excel with conditional formatting | LessThan(0) | txn | search
Cars with fuel economy below 25 mpg should be flagged. How do I set up the rule? | LessThan(25) | mpg | qa
can you highlight pages that load in less than 1 second | LessThan(1) | load | chat
excel conditional formatting less than 3 | LessThan(3) | likert | search
members with fewer than 4 visits this month | LessThan(4) | gym | terse
How do I highlight channels with less than 1k subscribers? | LessThan(1000) | subs | qa
please flag any fine below $50 | LessThan(50) | fine | chat
excel highlight if less than 10 | LessThan(10) | solar | search
# LessThanEqual
Is there a way to shade meter rows where usage is 200 kWh or less? | LessThanEqual(200) | kwh | qa
on time or early (delay of 0 or less) | LessThanEqual(0) | delay | terse
excel highlight cell if less than or equal to 30 | LessThanEqual(30) | tyre | search
fuel economy 25 mpg or lower in red pls | LessThanEqual(25) | mpg | chat
how to highlight values less than or equal to 790 | LessThanEqual(790) | loaf | search
episodes of 45 minutes or less | LessThanEqual(45) | episode | terse
Conditional format for animals aged 1 year or younger? | LessThanEqual(1) | pet_age | qa
score <= 2 | LessThanEqual(2) | likert | terse
# Equals
can you highlight flights with a delay of exactly 0 minutes | Equals(0) | delay | chat
excel highlight cell if equal to 5 | Equals(5) | likert | search
How to format only the cells where the status code is 404? | Equals(404) | http | qa
perfect games (300) | Equals(300) | bowling | terse
can you highlight every fine that equals exactly $35 | Equals(35) | fine | chat
conditional formatting if cell equals 0% | Equals(0) | crypto | search
I want to see who hit exactly 12 gym visits this month. Conditional formatting equal to 12 doesn't seem to work for me, what am I missing? | Equals(12) | gym | qa
highlight the days with zero solar output | Equals(0) | solar | chat
exactly 800g loaves | Equals(800) | loaf | terse
# NotEquals
excel conditional formatting not equal to 200 | NotEquals(200) | http | search
How can I highlight every guest whose RSVP is not Yes? | NotEquals("Yes") | rsvp | qa
flag the loaves that are not 800 g | NotEquals(800) | loaf | chat
region not equal to North | NotEquals("North") | region | terse
Excel: highlight cell when status is not equal to Delivered | NotEquals("Delivered") | order_status | qa
can you shade every shift that isn't Day | NotEquals("Day") | shift | chat
excel format cells not equal to 3 | NotEquals(3) | likert | search
status <> Pass | NotEquals("Pass") | inspection | terse
# Between
excel conditional formatting between two numbers 1500 and 2000 | Between(1500, 2000) | elo | search
In my access log I want every 4xx status code (400 to 499) highlighted. What's the rule? | Between(400, 499) | http | qa
tyre pressure between 30 and 35 psi is fine, can you colour those green | Between(30, 35) | tyre | chat
loaf weight 790-810g | Between(790, 810) | loaf | terse
excel highlight if value between 40% and 60% | Between(0.4, 0.6) | humidity | search
Temperatures from 18 to 25 degrees inclusive should be green - how do I do it? | Between(18, 25) | temp | qa
can you highlight pets between 1 and 3 years old | Between(1, 3) | pet_age | chat
hives between 30 and 40 kg | Between(30, 40) | hive | terse
conditional formatting for values between 8 and 16 | Between(8, 16) | volunteer | search
# NotBetween
excel highlight values outside a range 30 to 35 | NotBetween(30, 35) | tyre | search
Any loaf that is not between 790 and 810 grams should show red. Which rule? | NotBetween(790, 810) | loaf | qa
temps not between 0 and 30 | NotBetween(0, 30) | temp | terse
can you flag hive weights that fall outside 30-45 kg | NotBetween(30, 45) | hive | chat
excel conditional formatting not between 1200 and 2000 | NotBetween(1200, 2000) | elo | search
PM2.5 outside the 12-35 band, how do I colour those? | NotBetween(12, 35) | pm25 | qa
# TextEquals
excel highlight cell if it says cancelled | TextEquals("Cancelled") | order_status | search
can you colour the cells that just say No | TextEquals("No") | rsvp | chat
conditional formatting if cell text is exactly Fail | TextEquals("Fail") | inspection | search
Excel conditional formatting - exact match 'North' only, not North East or Far North | TextEquals("North") | region | qa
text equals Night | TextEquals("Night") | shift | terse
please highlight the cells that are exactly 'Critical' | TextEquals("Critical") | severity | chat
How do I highlight cells whose genre is just "Rock" (not Indie Rock, Punk rock etc.)? | TextEquals("Rock") | genre | qa
exact text #excel | TextEquals("#excel") | hashtag | terse
# TextContains
excel conditional formatting if cell contains gmail | TextContains("gmail") | email | search
How do I highlight every recipe that has chicken in the name? | TextContains("chicken") | recipe | qa
if cell contains urgent then highlight | TextContains("urgent") | subject | search
can you highlight anything with rose in it | TextContains("rose") | plant | chat
allergens contains peanut | TextContains("peanut") | allergen | terse
excel highlight cell containing specific text rock | TextContains("rock") | genre | search
Is there a conditional formatting rule to colour any file name with 'pdf' in it? | TextContains("pdf") | file | qa
can you highlight commit messages that mention fix | TextContains("fix") | commit | chat
excel if cell contains beta highlight | TextContains("beta") | version | search
phone numbers containing 555 | TextContains("555") | phone | terse
highlight every hashtag with excel in it, any case | TextContains("excel") | hashtag | chat
Conditional formatting for cells containing the word "pending" anywhere in the text? | TextContains("pending") | order_status | qa
conditional formatting cell contains https | TextContains("https") | url | search
anything that contains critical | TextContains("critical") | severity | terse
VW VINs have ZZZ in positions 4-6. How can I highlight the VINs that contain ZZZ? | TextContains("ZZZ") | vin | qa
# TextNotContains
excel highlight cells that do not contain @ | TextNotContains("@") | email | search
can you highlight recipes that don't contain curry | TextNotContains("curry") | recipe | chat
How do I flag menu items whose allergens do not include peanut? | TextNotContains("peanut") | allergen | qa
subject not containing urgent | TextNotContains("urgent") | subject | terse
conditional formatting does not contain https | TextNotContains("https") | url | search
excel formatting if cell does not contain 'ship' | TextNotContains("ship") | order_status | search
My playlist sheet has a Genre column; I want to shade every song whose genre doesn't mention rock. | TextNotContains("rock") | genre | qa
everything without rose in the name, pls | TextNotContains("rose") | plant | chat
# TextStartsWith
excel conditional formatting begins with BA | TextStartsWith("BA") | flight_no | search
How can I highlight UK phone numbers, i.e. the ones that start with +44? | TextStartsWith("+44") | phone | qa
can you highlight the URLs that start with https | TextStartsWith("https") | url | chat
promo codes starting with SUMMER | TextStartsWith("SUMMER") | promo | terse
excel highlight text that starts with fix | TextStartsWith("fix") | commit | search
Conditional formatting for VINs beginning with WVW (Volkswagen)? | TextStartsWith("WVW") | vin | qa
can you mark the version numbers that begin with v2 | TextStartsWith("v2") | version | chat
tracking numbers starting with 1Z (UPS) | TextStartsWith("1Z") | parcel | terse
# TextEndsWith
excel conditional formatting ends with specific text @company.co | TextEndsWith("@company.co") | email | search
How do I highlight all file names that end with .pdf? | TextEndsWith(".pdf") | file | qa
please colour every file that ends in xlsx | TextEndsWith("xlsx") | file | chat
text ends with urgent | TextEndsWith("urgent") | subject | terse
excel cell ends with rock | TextEndsWith("rock") | genre | search
Royal Mail tracking numbers end with GB. How can I highlight just those? | TextEndsWith("GB") | parcel | qa
can you highlight promo codes that end with 10 | TextEndsWith("10") | promo | chat
# Top
excel highlight top 10 values in a column | Top(10) | views | search
How can I highlight the 3 highest ratings in my club's list? | Top(3) | elo | qa
top 5 donations | Top(5) | donation | terse
can you highlight the top 4 scores | Top(4) | bowling | chat
conditional formatting top 3 items | Top(3) | downloads | search
which coins are the top 5 gainers? highlight them | Top(5) | crypto | chat
highlight the highest value in excel | Top(1) | subs | search
# Bottom
excel highlight lowest 3 values | Bottom(3) | mpg | search
How do I highlight the 5 fastest page loads (smallest times)? | Bottom(5) | load | qa
smallest 2 channels | Bottom(2) | subs | terse
can you highlight the 3 shortest episodes | Bottom(3) | episode | chat
excel conditional formatting bottom 5 | Bottom(5) | yield | search
which day had the lowest solar output? colour it | Bottom(1) | solar | chat
# TopPercent
excel highlight top 10 percent | TopPercent(10) | views | search
How do I highlight the top 20% of donations? | TopPercent(20) | donation | qa
top 25% downloads | TopPercent(25) | downloads | terse
can you mark the top 10% of scores | TopPercent(10) | bowling | chat
conditional formatting top 5 percent | TopPercent(5) | elo | search
Is there a way to shade the top 30% performers in the 24h change column? | TopPercent(30) | crypto | qa
# BottomPercent
bottom 10% fuel economy | BottomPercent(10) | mpg | terse
excel conditional formatting bottom 20 percent | BottomPercent(20) | kwh | search
How can I flag the lightest 25% of hives? | BottomPercent(25) | hive | qa
can you highlight the bottom 15% of members by visits | BottomPercent(15) | gym | chat
highlight bottom 10 percent of values excel | BottomPercent(10) | yield | search
# AboveAverage
excel highlight above average values | AboveAverage() | invoice | search
Which episodes run longer than average? I want them highlighted automatically. | AboveAverage() | episode | qa
above avg yield | AboveAverage() | yield | terse
can you highlight apps with above-average downloads | AboveAverage() | downloads | chat
how to highlight cells above average in google sheets and excel | AboveAverage() | solar | search
Calls longer than the average call - conditional formatting? | AboveAverage() | call | qa
# BelowAverage
excel conditional formatting below average | BelowAverage() | elo | search
volunteers below average hours | BelowAverage() | volunteer | terse
can you mark the channels below the average subscriber count | BelowAverage() | subs | chat
My hive weights are in column B. How do I make the below-average ones stand out? | BelowAverage() | hive | qa
how to highlight below average usage in excel | BelowAverage() | kwh | search
# Duplicates
excel highlight duplicate values in a column | Duplicates() | serial | search
How do I find duplicate names in my attendee list with conditional formatting? | Duplicates() | attendee | qa
duplicate bids | Duplicates() | bid | terse
can you highlight the repeated status codes | Duplicates() | http | chat
show dupes | Duplicates() | fine | terse
excel find duplicates in column and highlight | Duplicates() | region | search
Highlight order statuses that appear more than once? | Duplicates() | order_status | qa
can you colour duplicate subscriber counts | Duplicates() | subs | chat
# Unique
highlight unique values only excel | Unique() | serial | search
names that appear only once | Unique() | attendee | terse
can you highlight regions that occur just once | Unique() | region | chat
How do I highlight bids that nobody else matched (unique values)? | Unique() | bid | qa
excel conditional formatting unique values | Unique() | http | search
# Blanks
excel highlight blank cells | Blanks() | comments | search
Some days have no rainfall reading at all. How do I highlight the empty cells? | Blanks() | rain | qa
can you highlight the rows where email is missing | Blanks() | email | chat
empty cells in red | Blanks() | episode | terse
conditional formatting if cell is blank | Blanks() | attendee | search
How do I show which orders have no tracking number yet (empty cell)? | Blanks() | parcel | qa
blank comment cells in yellow pls | Blanks() | comments | chat
# NotBlanks
excel highlight cells that are not blank | NotBlanks() | comments | search
can you highlight every row that has an email filled in | NotBlanks() | email | chat
non-empty cells | NotBlanks() | parcel | terse
Conditional formatting for cells that are not empty - how? | NotBlanks() | episode | qa
conditional formatting if cell is not blank | NotBlanks() | attendee | search
rsvp not blank | NotBlanks() | rsvp | terse
# Errors
excel highlight #n/a errors | Errors() | lookup | search
How do I highlight the cells showing errors like #DIV/0! in my margin column? | Errors() | margin | qa
can you highlight the error cells | Errors() | water | chat
show error values | Errors() | kwh | terse
excel conditional formatting iserror | Errors() | pm25 | search
VLOOKUP returns #N/A for missing items - can conditional formatting colour those error cells? | Errors() | lookup | qa
# NotErrors
excel highlight cells without errors | NotErrors() | lookup | search
can you highlight every margin that isn't an error | NotErrors() | margin | chat
readings that are not errors | NotErrors() | water | terse
How do I format only the valid readings (anything that's not #VALUE! or another error)? | NotErrors() | pm25 | qa
conditional formatting not error | NotErrors() | kwh | search
# Today
excel highlight today's date | Today() | renewal | search
can you highlight anything due today | Today() | due | chat
How do I make the inspection that's due today turn yellow automatically? | Today() | inspect_date | qa
logged in today | Today() | login | terse
conditional formatting if date is today | Today() | departure | search
# Yesterday
excel highlight dates that are yesterday | Yesterday() | login | search
can you colour yesterday's harvests | Yesterday() | harvest | chat
due yesterday | Yesterday() | due | terse
I want yesterday's shift row highlighted each morning - is there a built-in date rule for that? | Yesterday() | shift_date | qa
conditional formatting yesterday's date | Yesterday() | expiry | search
# Tomorrow
excel conditional formatting due tomorrow | Tomorrow() | due | search
can you highlight flights leaving tomorrow | Tomorrow() | departure | chat
inspections tomorrow | Tomorrow() | inspect_date | terse
How can I highlight renewals that happen tomorrow so I can call the customer today? | Tomorrow() | renewal | qa
highlight date if tomorrow excel | Tomorrow() | expiry | search
# Last7Days
excel highlight dates in the last 7 days | Last7Days() | login | search
How to highlight dates within the past 7 days (today included)? | Last7Days() | harvest | qa
can you shade the shifts from the last seven days | Last7Days() | shift_date | chat
renewed in last 7 days | Last7Days() | renewal | terse
conditional formatting dates within last 7 days | Last7Days() | expiry | search
# LastWeek
excel highlight dates from last week | LastWeek() | shift_date | search
can you highlight users who last logged in last week | LastWeek() | login | chat
due last week | LastWeek() | due | terse
Conditional formatting for last week's dates (previous Sunday to Saturday)? | LastWeek() | harvest | qa
how to highlight last week dates in excel | LastWeek() | renewal | search
# ThisWeek
conditional formatting dates this week | ThisWeek() | shift_date | search
can you highlight everything due this week | ThisWeek() | due | chat
inspections this week | ThisWeek() | inspect_date | terse
How do I highlight departures that fall in the current week? | ThisWeek() | departure | qa
excel highlight current week dates | ThisWeek() | login | search
# NextWeek
excel highlight dates next week | NextWeek() | departure | search
Invoices due next week should be orange. How do I set that up? | NextWeek() | due | qa
can you mark inspections scheduled for next week | NextWeek() | inspect_date | chat
next week's shifts | NextWeek() | shift_date | terse
conditional formatting for next week dates | NextWeek() | renewal | search
# LastMonth
excel highlight dates in the previous month | LastMonth() | harvest | search
How can I highlight everything that expired last month? | LastMonth() | expiry | qa
last month logins | LastMonth() | login | terse
can you highlight renewals from last month | LastMonth() | renewal | chat
conditional formatting last month dates | LastMonth() | due | search
# ThisMonth
excel conditional formatting current month | ThisMonth() | due | search
can you highlight renewals in this month | ThisMonth() | renewal | chat
I keep expiry dates in one column. How do I highlight the ones in this month? | ThisMonth() | expiry | qa
harvested this month | ThisMonth() | harvest | terse
highlight dates in current month excel | ThisMonth() | inspect_date | search
# NextMonth
My expiry dates are in column D; how can the ones falling next month turn orange? | NextMonth() | expiry | qa
excel highlight dates next month | NextMonth() | departure | search
renewals next month | NextMonth() | renewal | terse
can you flag the inspections coming up next month | NextMonth() | inspect_date | chat
conditional formatting for dates in next month | NextMonth() | due | search
# ColorScale
excel color scale conditional formatting | ColorScale() | views | search
Can I get a green-yellow-red colour scale on my temperature column? | ColorScale() | temp | qa
can you add a colour scale to the PM2.5 readings | ColorScale() | pm25 | chat
heat map 24h change | ColorScale() | crypto | terse
how to make a heat map in excel with conditional formatting | ColorScale() | kwh | search
# DataBar
excel data bars in cells | DataBar() | invoice | search
How do I add data bars to show downloads per app? | DataBar() | downloads | qa
can you put data bars on the donations | DataBar() | donation | chat
data bars amount | DataBar() | txn | terse
how to add data bars in excel | DataBar() | volunteer | search
# IconSet
excel icon sets arrows up down | IconSet() | crypto | search
How can I show traffic-light icons next to satisfaction scores? | IconSet() | likert | qa
can you add icons (3 arrows) to the yield column | IconSet() | yield | chat
icon set on output | IconSet() | solar | terse
how to use icon sets in excel conditional formatting | IconSet() | margin | search
# AND
excel conditional formatting and function greater than 5000 and less than 10000 | AND(GreaterThan(5000), LessThan(10000)) | steps | search
Highlight temperatures above 18 but below 30 - how do I use AND in conditional formatting? | AND(GreaterThan(18), LessThan(30)) | temp | qa
can you highlight the gmail addresses that aren't .com | AND(TextContains("gmail"), TextNotContains(".com")) | email | chat
contains shipped but not partially | AND(TextContains("shipped"), TextNotContains("partially")) | order_status | terse
rating >= 1500 and < 2000 | AND(GreaterThanEqual(1500), LessThan(2000)) | elo | terse
How do I highlight calls that lasted at least 60 seconds but no more than 300? | AND(GreaterThanEqual(60), LessThanEqual(300)) | call | qa
excel conditional formatting multiple conditions greater than 12 and less than or equal to 35 | AND(GreaterThan(12), LessThanEqual(35)) | pm25 | search
can you highlight codes that start with SUMMER and end with 10 | AND(TextStartsWith("SUMMER"), TextEndsWith("10")) | promo | chat
excel formula highlight if amount is more than $20 and less than $1,000 | AND(GreaterThan(20), LessThan(1000)) | invoice | search
can you mark hives that weigh more than 30 but less than 40 kg | AND(GreaterThan(30), LessThan(40)) | hive | chat
# OR
tyre pressure below 30 or above 35 | OR(LessThan(30), GreaterThan(35)) | tyre | terse
conditional formatting if cell contains yes or no | OR(TextContains("yes"), TextContains("no")) | rsvp | search
How do I highlight orders that are either Cancelled or Refunded? | OR(TextEquals("Cancelled"), TextEquals("Refunded")) | order_status | qa
can you highlight temps under 0 or over 30 | OR(LessThan(0), GreaterThan(30)) | temp | chat
severity critical or blocker | OR(TextEquals("Critical"), TextEquals("Blocker")) | severity | terse
excel conditional formatting or condition text jazz or blues | OR(TextContains("jazz"), TextContains("blues")) | genre | search
can you highlight the 404s and the 500s | OR(Equals(404), Equals(500)) | http | chat
Conditional formatting with OR: highlight usage below 200 or above 1,500 kWh? | OR(LessThan(200), GreaterThan(1500)) | kwh | qa
# NOT
excel highlight all cells except those that contain urgent | NOT(TextContains("urgent")) | subject | search
can you highlight every RSVP cell that isn't empty | NOT(TextEquals("")) | rsvp | chat
How do I highlight all tickets except the duplicated ones? | NOT(Duplicates()) | serial | qa
flight numbers not starting with BA | NOT(TextStartsWith("BA")) | flight_no | terse
everything except ratings from 1500 to 2000, can you colour those | NOT(Between(1500, 2000)) | elo | chat
Highlight every renewal date that is NOT in the current month? | NOT(ThisMonth()) | renewal | qa
excel conditional formatting does not begin with North | NOT(TextStartsWith("North")) | region | search
Conditional formatting: apply to all emails EXCEPT the gmail ones? | NOT(TextContains("gmail")) | email | qa
# more forum posts, chat asks and formats
Hi all, in our shelter sheet I need every animal under 0.5 years (puppies and kittens) to go light blue. Any ideas? | LessThan(0.5) | pet_age | qa
Forum post: people typed numbers outside the 1-5 scale in our survey. How do I highlight anything below 1 or above 5? | OR(LessThan(1), GreaterThan(5)) | likert | qa
can you highlight commits that don't say wip | TextNotContains("wip") | commit | chat
hashtags without excel | TextNotContains("excel") | hashtag | terse
How do I highlight the bottom 20% of download counts? | BottomPercent(20) | downloads | qa
can you highlight the shortest 10% of calls | BottomPercent(10) | call | chat
can you colour this week's harvests | ThisWeek() | harvest | chat
excel highlight date if it is in this week | ThisWeek() | expiry | search
excel conditional formatting date equals today | Today() | harvest | search
Rota question: I want today's date in the Shift Date column to light up every morning. How? | Today() | shift_date | qa
can you highlight the lookup results that worked (no #N/A or other errors) | NotErrors() | lookup | chat
Is there a way to highlight below average fuel economy? | BelowAverage() | mpg | qa
could you add a 3-color scale to the odometer column | ColorScale() | odometer | chat
excel highlight cells with errors like #N/A or #REF! | Errors() | water | search
channels with more than 1k subs | GreaterThan(1000) | subs | terse
can you mark invoices of $20 or less | LessThanEqual(20) | invoice | chat
age = 0.5 | Equals(0.5) | pet_age | terse
excel condtional formating if cell contains "refund" | TextContains("refund") | order_status | search
Hashtag sheet: how can I highlight every tag that begins with #excel (#ExcelTips, #excelhacks, ...)? | TextStartsWith("#excel") | hashtag | qa
excel conditional formatting ends with .com | TextEndsWith(".com") | url | search
can you show the scores nobody else got | Unique() | bowling | chat
can you highlight every plant that isn't exactly Rose | NOT(TextEquals("Rose")) | plant | chat
excel conditional formatting not equal to zero | NotEquals(0) | txn | search
odometer between 10k and 100k miles | Between(10000, 100000) | odometer | terse
Auction sheet - how do I colour bids under $100 so I can drop them? | LessThan(100) | bid | qa
"""


def entries() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(request, rule, column key, tags) for every entry line of ENTRIES ("#" lines are headings)."""
    return parse_entries(ENTRIES)


def make_record(request: str, code: str, key: str, tags: tuple[str, ...] = ()) -> dict:
    """One benchmark record (the fields of third_cf.json, Tags = style then `web`)."""
    if not set(tags) <= set(STYLES):
        raise SystemExit(f"unknown style {tags} ({request!r})")
    return column_record(PREFIX, request, code, COLUMNS[key], [*tags, WEB_TAG])


def other_requests() -> set[str]:
    """The requests of the six other sets and of the train split, lower-cased (none may be here)."""
    return requests_in(OTHER_SETS) | train_requests(TRAIN)


def problems_of(record: dict, taken: set[str]) -> list[str]:
    """What is wrong with one record (`everyday_common.column_problems`, 12-20 cells)."""
    return column_problems(record, taken, (12, 20))


def build() -> list[dict]:
    """Every record; stops on a non-canonical rule or an unknown style (make_record), a request
    written twice, or any problem of problems_of, listing them all at once."""
    return build_column_set(entries(), make_record, other_requests(), (12, 20))


def main() -> None:
    records = build()
    columns = len({rec["Data"][0][0] for rec in records})
    print(f"wrote {OUT}: {len(records)} records on {columns} columns, {write_splits(OUT, records)}")
    print("\n".join(tally_lines(records, "style")))


if __name__ == "__main__":
    main()
