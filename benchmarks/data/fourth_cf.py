"""A fourth independent set of one-column CF requests, and the builder of fourth_cf.json.

Written by engineer F4 on 2026-12-06 (session 11), from scratch, as a new independent evaluation
set: every older one-column set's dev half has been chosen on, so this set gives requests nobody
has tuned on. The requests imagine spreadsheet users of twenty domains, on 88 columns of this
set's own (beekeeping, a choir, a bakery's orders, a vet clinic, a film crew's call sheet, a
solar farm, a bookshop, a climbing gym, a ferry timetable, a charity shop, a courier's
deliveries, a vineyard, a recording studio, an allotment society, a swimming club, a museum shop,
an IT helpdesk, a taxi firm, a translation agency, a nursery; spoken_cf.py's docstring names
beekeeping, a choir, a vineyard, a recording studio, a ferry, an allotment society and a taxi
firm among its domains too, and its columns were not read beyond the two lines noted below)
typing to an assistant: terse notes, chatty sentences, questions, commands, their own column
words, numbers as digits, words and formats ("a tenner", "1k", "10p", "$1,000", "20%", "half an
hour"), quoted and bare text, typos and odd capitalisation, negations, ranges, superlatives and
compound conditions. Only requests the language expresses exactly are written, each with one
right rule on its column; every literal of the rule can be recovered from the request by a
careful reader ("over 5 minutes" on a column of seconds -> 300, "50p" on a price column -> 0.5,
"20%" on a column of percentages -> 0.2). Labels are what Excel formats, quirks included: a text
cell among numbers ("tbc", "3A") counts as greater than any number, a blank as 0.

What its author read: benchmarks/data/README.md; benchmarks/data/everyday_common.py (the helpers
used here); the module docstrings and the non-entry code (imports, constants, functions; not the
entry lists) of benchmarks/data/third_cf.py and spoken_cf.py, which this builder mirrors;
tests/benchmarks/test_third_cf_data.py, test_spoken_cf_data.py and set_files.py (this set's test
is modelled on them); ../shared/docs/CF_RULES.md and EVALUATION.md; the public API of
cf_assistant.languages.cf (parse, to_text, formatted_rows, table_from_records, the rules module's
operator lists), tried on a few rules and cells. Seen by accident and not reused: a grep over the
builders printed a handful of third_cf.py's entry lines and two lines of spoken_cf.py's COLUMNS,
a grep for the ID prefix over the JSON files printed five records of plain_cf, posts_tables
and spoken_cf, and a failed test assertion printed about six requests of fourth_tables.json. Not
read: the assistant's code (cf_assistant/assistant/, cf_assistant/diffusion/,
cf_assistant/generators/, cf_assistant/languages/cf/synth.py, repairs.py, phrases.py,
comparisons.py, cell_words or any other text-reading code), the other sets' entry lists and
JSON utterances, and the requests of the benchmark train split (the builder only compares against
them). No model, no `cfa suggest` and no `cfa bench` was run on this set while it was written.

The builder refuses any request equal (case-insensitive, stripped) to a request of the thirteen
set files written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(fourth_tables.json, written beside it by someone else, held one of these requests, which was
reworded here; the test checks every other set file of the folder too) or of the train split
(`../shared/data/cf/train.json` from the repository root, when it is there), a non-canonical
rule, a column of fewer than 12 or more than 20 cells, a column where the rule formats no row or
every row, and a column that cannot tell the rule from the rules one edit away
(`everyday_common.column_problems`: another comparison, the other side of a boundary, another
text operator, another period, Top/Bottom or items/percent swapped, AND/OR swapped, ...). The
columns carry the near misses for that: boundary values, case variants, blanks and cells of
spaces, text among numbers, duplicates, error values, and dates all around the bench's fixed
reference date 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June,
next week 16 - 22 June, the last 7 days 6 - 12 June).

Tags: the style first (`terse`, `chatty`, `question`, `command`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`,
`boundary`, `range`, `polarity` (the request's word points the other way from the rule's name:
"fastest" times -> Bottom), then the set tag `fourth`. IDs have the prefix `e4c-`; the dev/test
halves come from a hash of the ID (`everyday_common.split_of`), so adding entries moves no record;
`Labels` come from the project's executor with Today = 2024-06-12.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/fourth_cf.py` (from the repository root; prints the counts per
split, per function and per tag); checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "fourth_cf.json"
PREFIX = "e4c"
FOURTH_TAG = "fourth"
STYLES = ("terse", "chatty", "question", "command")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO (2024-06-12 is the bench's Wednesday); weeks run Sunday to Saturday.
COLUMNS = {
    # beekeeping
    "hive_kg": ("Hive Weight (kg)", "38.5|42|45|41.9|50|29|45.1|33.2||swarmed|60|44.5|12|47|36|4.5|45"),
    "mites": ("Mite Drop", "0|3|12|5|27|3|8||9|40|2|15|n/a|1|6|3|10"),
    "queen": ("Queen Status", "Laying|Mated|Virgin|laying|Missing|Superseded|Laying well|Queenless|"
                              "Not laying|Mated 2023|Virgin?|Drone layer|LAYING|No queen seen|"
                              "Queen cells seen|Still virgin"),
    "inspected": ("Last Inspected", "2024-06-11|2024-06-04|2024-05-28|2024-06-12|2024-06-07|2024-05-14|"
                                    "2024-06-09||2024-06-10|2024-04-30|2024-06-01|2024-06-05|2024-05-31|"
                                    "2024-06-08"),
    # choir
    "part": ("Voice Part", "Soprano 1|Soprano 2|Alto|Tenor|Bass|Baritone|alto|Mezzo-Soprano|Bass 2|"
                           "Tenor 1|Countertenor|Alto 2|2nd Alto|Tenor|Bass-Baritone"),
    "attended": ("Rehearsals Attended", "12|10|8|12|3|0|11|7|9||5|12|6|1|10|4|excused"),
    "subs": ("Subs Paid", "45|60|0|45|30|#N/A|60|15|45||90|60|#N/A|22.5|45"),
    "concert": ("Concert Date", "2024-06-15|2024-06-22|2024-07-06|2024-06-12|2024-06-13|2024-07-20|"
                                "2024-06-29|2024-05-25|2024-06-18|2024-12-14|2024-06-16|TBC|2024-08-03|"
                                "2024-06-09"),
    # bakery orders
    "loaves": ("Loaves Ordered", "20|35|12|50|8|100|35|0|24|60|15|5|40|200|18"),
    "cake": ("Cake", "Victoria Sponge|Carrot Cake|Lemon Drizzle|Chocolate Fudge|carrot cake|Red Velvet|"
                     "Lemon Meringue Pie|Coffee & Walnut|Gluten-Free Carrot|Chocolate Orange|"
                     "Lemon drizzle (GF)|Black Forest|Vegan Chocolate Cake|White Chocolate Blondie|"
                     "Iced Lemon Loaf|Battenberg"),
    "pickup": ("Pickup Date", "2024-06-12|2024-06-13|2024-06-14|2024-06-11|2024-06-20|2024-07-02|"
                              "2024-06-12|2024-06-30|2024-06-08|2024-06-16|2024-05-31|2024-06-13||"
                              "2024-07-15"),
    "total": ("Order Total", "$45.00|$120.50|$18.75|$300.00|$45.00|$9.99|$75.00|$250.00|$45.00|$62.40|"
                             "$18.75|$1,250.00|$33.00|$100.00|$0.00|$1,000.00"),
    # vet clinic
    "pet_kg": ("Weight (kg)", "4.2|32|0.8|12.5|7|28.4|3.1|45|0.05|7|18|2.2|60.5|5.5|9.9|est 10|5"),
    "species": ("Species", "Dog|Cat|dog|Rabbit|Guinea Pig|Cat|Bearded Dragon|DOG|Hamster|Parrot|"
                           "Cat (stray)|Horse|Working Dog|Tortoise|Feral cat|Dog - puppy"),
    "vacc_due": ("Vaccination Due", "2024-06-19|2024-07-08|2024-06-12|2024-05-20|2024-06-10|2024-06-25|"
                                    "2024-06-14|2025-01-15|2024-06-21|2024-06-03|2024-07-31|2024-06-13|"
                                    "2024-08-02|2024-06-06"),
    "bill": ("Invoice", "85|240|#REF!|12.5|1200|85|0|415|#DIV/0!|60|100|150|2300|50|500||310|1000"),
    # film crew call sheet
    "role": ("Crew Role", "Director|1st AD|2nd AD|Gaffer|Best Boy Electric|Key Grip|Grip|Sound Mixer|"
                          "Boom Op|DoP|Focus Puller|ADR Editor|Script Supervisor|Grip Trainee|Runner|"
                          "Best boy grip|Asst Best Boy"),
    "hours_set": ("Hours on Set", "10|12|11.5|14|9|12|16|8|10.5|12|13|0|11|12.25|15"),
    "call_date": ("Call Date", "2024-06-10|2024-06-11|2024-06-12|2024-06-13|2024-06-14|2024-06-17|"
                               "2024-06-18|2024-06-07|2024-06-06|2024-05-30|2024-06-03|2024-07-01|"
                               "2024-06-24|2024-06-12"),
    "pages": ("Script Pages", "2.125|1.5|3|0.375|4.875|1|2|0.5|6|1.5|3.25|0.125|2.5|7.5|1|tbc"),
    # solar farm
    "kwh": ("Output (kWh)", "1250|980|1430|0|1610|1250|#N/A|1105|875|1720|1500|640||1390|1500|2010|1000"),
    "inverter": ("Inverter Status", "OK|Fault|ok|Offline|Fault - grid|OK (derated)|Standby|Grid fault|"
                                    "Comms lost|OK|Overtemp|Offline (maint)|Went offline|Isolated|Not OK|"
                                    "Standby"),
    "eff": ("Panel Efficiency", "18.5%|21%|19.2%|20%|17.8%|22.4%|20%|15.1%|19.9%|n/a|20.1%|16%|23%|20.5%"),
    "fault_code": ("Fault Code", "E101|W204|E101|E330|I000|W204|E215||E330|W118|I000|E101|W999|E402|"
                                 "none| "),
    # bookshop
    "genre": ("Genre", "Fiction|Crime Fiction|Non-Fiction|Poetry|Sci-Fi|Historical Fiction|fiction|"
                       "Travel|Children's|Graphic Novel|Fiction (Large Print)|Cookery|Young Adult Fiction|"
                       "Science|Romance"),
    "stock": ("Copies in Stock", "3|0|12|1|5|0|27|2|8|1|40|6|0|15|4|on order|-1"),
    "price": ("Price", "$8.99|$12.99|$9.99|$25.00|$7.99|$14.50|$9.99|$30.00|$4.99|$19.99|$9.99|$60.00|"
                       "$12.99|$3.50|$10.00|$20.00"),
    "pubdate": ("Publication Date", "2024-06-11|2024-05-02|2024-06-13|2024-07-04|2024-06-12|2023-11-09|"
                                    "2024-06-27|2024-06-04|2024-06-18|2024-08-15|2024-06-06|2024-05-30|"
                                    "2024-06-14|2024-06-20"),
    # climbing gym
    "grade": ("Grade", "V3|V5|V0|V10|V4|V3|VB|V7|6a+|V5+|V12|7b|V1|V8|V2|V5+/V6"),
    "ascents": ("Ascents", "45|120|3|88|0|210|45|17|63|9|150|31|76|5|98|100|10|50"),
    "reset": ("Reset Date", "2024-06-03|2024-06-10|2024-05-13|2024-06-17|2024-06-24|2024-04-29|2024-06-12|"
                            "2024-07-01|2024-05-27|2024-06-06|2024-06-11|2024-07-08|2024-06-19"),
    "setter": ("Setter", "Kim|Raf|Jo|Kim|Sam|Kim|Raf|Ana|Jo|Ben|Lou|Kim|Ana|Dev|Jo"),
    # ferry timetable
    "crossing": ("Crossing (min)", "45|50|45|90|35|120|60|45|55|40|75|30|45|240|50|cancelled"),
    "route": ("Route", "Oban - Mull|Mull - Oban|Oban - Lismore|Ardrossan - Brodick|Brodick - Ardrossan|"
                       "Largs - Cumbrae|Oban - Barra|Uig - Tarbert|Tarbert - Uig|Mallaig - Skye|oban - mull|"
                       "Oban - Coll|Skye - Mallaig|Kennacraig - Islay"),
    "sailing": ("Sailing Date", "2024-06-12|2024-06-12|2024-06-13|2024-06-14|2024-06-15|2024-06-16|"
                                "2024-06-09|2024-06-08|2024-06-01|2024-07-01|2024-06-21|2024-05-31|"
                                "2024-06-11|2024-06-30|cancelled"),
    "vehicles": ("Vehicles Booked", "60|58|61|0|12|60|45|59|33|60|7|62|#VALUE!|25|48|"),
    "delay": ("Delay (min)", "0|5|-2|15|0|45|-5|10|0|120|3|30|-1|0|8"),
    # charity shop
    "donation": ("Donation Type", "Clothes|Books|Bric-a-brac|Clothes|Toys|Furniture|books|Electricals|"
                                  "Clothes (bag)|Shoes|Bric-a-brac|DVDs|Children's Clothes|Linen|"
                                  "Books - boxed|Cookbooks|Jewellery"),
    "price_tag": ("Price Tag", "2.50|1|0.50|4|2.50|15|3|0.99|7.5|25|1.5|2|0.5|40|3.5|0.25"),
    "gift_aid": ("Gift Aid", "Yes|No|yes|Y|No|YES|N|No|Yes - declared|pending||Yes|no|Unknown|Yes| |"
                             "said yes|Not yet|Donor said no"),
    "items_sorted": ("Items Sorted", "120|85|0|210|95|150|60|#DIV/0!|300|45|180|75|130|0|90|100||shop shut"),
    # courier deliveries
    "parcel_kg": ("Parcel (kg)", "0.5|2|1.2|25|0.25|5|10|2|31.5|0.75|15|2|4.8|30|1"),
    "postcode": ("Postcode", "BS1 4DJ|BS8 2QA|BA1 1LT|bs3 5NW|GL50 1AA|BS16 9HG|SN1 2BS|BA2 3BS|BS1 4DJ|"
                             "CF10 1EP|BS32 4RB|TA1 1BS|BS5 6XR|BS1 4DJ|GL1 2BA|SN2 2BA|TA1 1GL"),
    "delivered": ("Delivery Date", "2024-06-12|2024-06-11|2024-06-10|2024-06-07|2024-06-13|2024-06-05|"
                                   "2024-05-29|2024-06-12|2024-06-14|2024-06-18|2024-06-03|2024-07-02|"
                                   "2024-06-09|not delivered|| "),
    "attempts": ("Attempts", "1|1|2|3|1|0|1|4|2|1|1|3|1|2|1"),
    "status": ("Status", "Delivered|Out for delivery|Delivered - safe place|Failed|Returned to depot|"
                         "delivered|Awaiting collection|Failed - no access|In transit|"
                         "Delivered to neighbour|Held at depot|Damaged|Undelivered|Lost|Depot hold|"
                         "Attempt failed|Damaged - returned|Box damaged"),
    # vineyard
    "brix": ("Brix", "21.5|23|24.2|19.8|22|25.5|23|20.1|24|26.3|22.7|18.9|23.5|not tested|24|20|25"),
    "variety": ("Grape Variety", "Pinot Noir|Chardonnay|Pinot Gris|Bacchus|Pinot Meunier|Riesling|"
                                 "pinot noir|Ortega|Seyval Blanc|Sauvignon Blanc|Chardonnay|Solaris|Rondo|"
                                 "Blanc de Noirs|Chardonnay (old vines)|Oaked Chardonnay"),
    "spray": ("Spray Date", "2024-06-12|2024-06-14|2024-06-20|2024-07-03|2024-06-10|2024-06-05|2024-05-22|"
                            "2024-06-13|2024-06-27|2024-06-11|2024-08-01|2024-06-16|2024-07-19|TBC"),
    "yield": ("Yield (t/ha)", "6.5|8|4.2|9.1|7|3.8|#DIV/0!|5.5|7|10.2|2.9|6|8.4|7|#N/A|| "),
    # recording studio
    "session_hrs": ("Session Hours", "4|8|2|10|6|4|12|3|8|1.5|5|0|7|8|16"),
    "track_len": ("Track Length (s)", "215|184|240|302|199|180|361|245|210|175|420|238|90|192|300|tbc"),
    "booking": ("Booking Date", "2024-06-12|2024-06-13|2024-06-15|2024-06-18|2024-06-22|2024-06-23|"
                                "2024-07-01|2024-07-12|2024-06-03|2024-06-10|2024-05-17|2024-06-29|"
                                "2024-06-12|2024-08-09"),
    "takes": ("Takes", "3|12|1|7|25|4|2|9|15|1|6|40|3|8|11|n/a|10|0"),
    "engineer": ("Engineer", "Mo|Priya|Tom|Mo|Jess|Priya|Mo|Dan|Tom|Lee|Mo|Jess|Sam|Priya|Ola"),
    # allotment society
    "plot_no": ("Plot No.", "12|14|3A|27|12|8|31|14B|5|19|22|8|40|3A|17|20"),
    "rent": ("Rent Paid", "45|45|0|22.5|45|90|45||22.5|45|60|0|45|30|45| |-45"),
    "holder": ("Plot Holder", "Mr A. Patel|Mrs J. Okafor|Dr S. Lee|Ms R. Byrne|Mr T. O'Neill|Mrs P. Patel|"
                              "J. Smith|Ms K. Patel-Ross|Mr D. Hughes|Rev. M. Ellis|Mrs E. Smith|Dr F. Khan|"
                              "Mr G. Patel|Mr B. Andrews|Smithson, L."),
    "waiting": ("On List Since", "2019-03-02|2021-11-15|2024-06-10|2024-05-30|2022-07-01|2024-06-12|"
                                 "2023-06-12|2024-06-04|2024-06-11|2020-01-20|2024-05-06|2024-06-09|"
                                 "2018-09-09|2024-06-07"),
    "score": ("Inspection Score", "8|6|9|3|7|10|5|8|2|9|7|4|10|6|1|n/a"),
    # swimming club
    "free100": ("100m Free (s)", "58.2|61.5|65.0|59.9|72.3|60.0|55.8|63.1|70.4|60.1|DNS|57.4|68.9|62.0|59.99"),
    "squad": ("Squad", "Performance|Development|Masters|Junior A|Junior B|development|Performance|"
                       "Learn to Swim|Masters|Junior A|Open Water|Adult Improvers|Junior Dev|Para|"
                       "Masters (lapsed)|Pre-Junior|Swim Fit Masters"),
    "gala": ("Gala Date", "2024-06-15|2024-06-22|2024-07-06|2024-06-29|2024-05-18|2024-06-08|2024-09-14|"
                          "2024-06-16|2024-07-13|2024-06-12|2024-06-01|2024-10-05|2024-06-13"),
    "lengths": ("Lengths Swum", "40|64|32|80|40|100|20|56|40|72|0|48|36|120|40|sick"),
    # museum shop
    "sku": ("SKU", "MUG-001|PEN-014|MUG-002|PST-100|TSH-S-RED|MUG-001|BK-2201|PST-101|TSH-M-RED|KEY-07|"
                   "PEN-014|BK-2202|TOTE-01|PST-100|GIFTSET-MUG|RED-BOOKMARK"),
    "units": ("Units Sold", "120|45|0|310|88|45|12|200|67|5|150|45|999|30|75|50|10|100"),
    "margin": ("Margin", "45%|52%|38%|60%|50%|22%|50%|71%|49.5%|-5%|35%|55%|#DIV/0!|40%|65%|"),
    "category": ("Category", "Stationery|Books|Homeware|Toys|Jewellery|stationery|Books|Prints|Textiles|"
                             "Homeware|Toys & Games|Cards|Children's Books|Prints|Food|Books - signed|"
                             "Soft Toys"),
    "restock": ("Restock Date", "2024-06-13|2024-06-19|2024-07-02|2024-06-12|2024-06-05|2024-06-26|"
                                "2024-05-15|2024-06-14|2024-06-11|2024-08-20|2024-06-17|2024-06-07||"
                                "2024-07-30"),
    # IT helpdesk
    "prio": ("Priority (1-5)", "1|2|3|2|4|1|3|2|1|3|5|2|5|1|3|"),
    "hours_open": ("Hours Open", "2|26|0.5|48|8|72|4|120|24|1|36|10|24|200|6|closed"),
    "subject": ("Subject", "Password reset|VPN not connecting|Printer jam|Reset MFA|printer offline|"
                           "New laptop request|Outlook crashing|Password expired|Access request - HR share|"
                           "VPN slow|Monitor flicker|Account locked after password reset|Teams audio|"
                           "Request: second screen|Home VPN down|Printer|Print queue stuck"),
    "sla": ("SLA Due", "2024-06-12|2024-06-13|2024-06-11|2024-06-10|2024-06-14|2024-06-17|2024-06-12|"
                       "2024-06-05|2024-06-21|2024-07-01|2024-06-09|2024-05-31||2024-06-12"),
    "reopened": ("Reopened", "0|1|0|0|2|0|1|0|5|0|0|1|3|0|0"),
    # taxi firm
    "fare": ("Fare", "$12.50|$8.00|$45.00|$23.75|$8.00|$60.00|$15.00|$9.50|$120.00|$31.20|$8.00|$18.40|"
                     "$75.00|$5.00|$22.00|$50.00|$20.00"),
    "area": ("Pickup Area", "Airport|Station|City Centre|airport|Airport T2|Hospital|University|Retail Park|"
                            "North Station|Old Town|City Centre|Airport Hotel|Harbour|Docklands|"
                            "Gatwick Airport|Station Rd"),
    "miles": ("Miles", "3.2|12|0.8|25|7.5|3.2|40|1|15.6|9|2.5|60|4|18|0.5|5|15|20"),
    "rating": ("Driver Rating", "4.8|4.9|5|4.2|3.9|5|4.6|4.95|2.8|4.7|new|4.5|4.85|3.5|4.9"),
    "licence": ("Licence Expiry", "2024-06-30|2025-02-14|2024-06-12|2024-07-15|2024-06-05|2024-05-31|"
                                  "2026-01-01|2024-06-20|2024-06-13|2024-07-01|2024-06-10|2024-11-30|"
                                  "2024-06-14"),
    # translation agency
    "words": ("Word Count", "1,200|850|5,000|12,500|300|2,400|850|45,000|1,000|760|3,300|10,000|150|"
                            "9,999|600"),
    "pair": ("Language Pair", "EN>FR|EN>DE|FR>EN|EN>ES|DE>EN|EN>PL|ES>EN|EN>FR|PT-BR>EN|EN>ZH|JA>EN|"
                              "en>fr|EN>AR|NL>EN|EN>DE|FR>DE"),
    "deadline": ("Deadline", "2024-06-12|2024-06-13|2024-06-14|2024-06-17|2024-06-11|2024-06-21|"
                             "2024-07-05|2024-06-12|2024-06-28|2024-06-10|2024-05-30|2024-06-19|"
                             "2024-08-01"),
    "rate": ("Rate per Word", "0.08|0.12|0.10|0.09|0.15|0.07|0.10|0.20|0.11|0.10|0.06|0.25|0.13|0.09|n/a"),
    # nursery
    "age_m": ("Age (months)", "9|14|24|36|18|30|6|42|12|27|48|3|20|33|15"),
    "allergy": ("Allergies", "None|Nuts|Dairy|none|Egg|Peanuts|Tree nuts|Gluten|NONE|Dairy, Egg|Sesame|"
                             "Nuts (severe)||Shellfish|Soya|None known|Believed none| "),
    "sessions": ("Sessions per Week", "5|3|2|5|1|4|5|0|3|2|5|10|1|3|2"),
    "start": ("Start Date", "2024-06-17|2024-06-12|2024-09-02|2024-06-10|2024-07-01|2024-05-13|2024-06-03|"
                            "2024-06-24|2024-01-08|2024-06-18|2024-06-13|2024-08-05|2024-06-11"),
    "collected_by": ("Collected By", "Mum|Dad|Gran|||Mum|Childminder| |Dad|Aunt Sue|Mum|Dad||Nanny|Grandad"),
}

ENTRIES = r"""
# ---- beekeeping: hive weight
hives heavier than 45 kg | GreaterThan(45) | hive_kg | terse
Can you highlight any hive at 45kg or more? Those are ready for another super. | GreaterThanEqual(45) | hive_kg | chatty | boundary
colour-scale the hive weights | ColorScale() | hive_kg | command | column-word
hive weight 40-50kg | Between(40, 50) | hive_kg | terse | range | number-format
# ---- beekeeping: mite drop
mite drop 10+ means we treat, flag those | GreaterThanEqual(10) | mites | command | number-format
top three mite drops | Top(3) | mites | terse | superlative | number-words
Shade the mite counts that are lower than average. | BelowAverage() | mites | command
Which colonies dropped fewer than five mites? | LessThan(5) | mites | question | number-words
# ---- beekeeping: queen status
queen status is exactly 'Laying' | TextEquals("Laying") | queen | terse | quoted | column-word
I'd like every status where the word queen turns up to stand out | TextContains("queen") | queen | chatty
Could you colour the statuses beginning with virgin? | TextStartsWith("virgin") | queen | question
flag the hives where the status doesn't say laying anywhere | TextNotContains("laying") | queen | command | negation
# ---- beekeeping: last inspected
which hives did we inspect last week? | LastWeek() | inspected | question
Which hives have been looked at in the last 7 days? | Last7Days() | inspected | question
Mark last month's inspections for me, ta | LastMonth() | inspected | chatty
inspectd yesterday?? | Yesterday() | inspected | question | typo
hives that havent had an inspection this month | NOT(ThisMonth()) | inspected | terse | negation | typo
# ---- choir: voice part
highlight singers whose part is just Tenor, not Tenor 1 or anything like that | TextEquals("Tenor") | part | command
all the soprano parts incl. mezzo | TextContains("soprano") | part | terse
voice parts that end with a 2 | TextEndsWith("2") | part | terse | column-word
which parts begin with "Tenor"? | TextStartsWith("Tenor") | part | question | quoted
# ---- choir: rehearsals attended
We want to chase up members who made it to fewer than six rehearsals | LessThan(6) | attended | chatty | number-words
who's got perfect attendance, 12 out of 12? | Equals(12) | attended | question
put data bars on Rehearsals Attended | DataBar() | attended | command | column-word
AT MOST three rehearsals | LessThanEqual(3) | attended | terse | number-words | boundary | odd-case
icons on the attendance numbers please | IconSet() | attended | chatty
# ---- choir: subs paid
which subs are showing #N/A | Errors() | subs | question
Can you flag anyone whose subs aren't 45, we charge 45 flat | NotEquals(45) | subs | chatty | negation
Subs amounts that only appear once - could you highlight them please? | Unique() | subs | chatty
everything in Subs Paid that isn't an error | NotErrors() | subs | terse | negation | column-word
# ---- choir: concert date
wich concerts are next week | NextWeek() | concert | question | typo
Is anything on tomorrow? Highlight it if so | Tomorrow() | concert | question
gigs coming up next month | NextMonth() | concert | terse
concerts THIS week | ThisWeek() | concert | terse | odd-case
# ---- bakery: loaves ordered
big orders, more than fifty loaves | GreaterThan(50) | loaves | terse | number-words
highlight orders between a dozen and two dozen loaves | Between(12, 24) | loaves | command | number-words | range
which are the 3 smallest orders? | Bottom(3) | loaves | question | superlative
Top 10 PERCENT of loaf orders pls | TopPercent(10) | loaves | terse | superlative | odd-case
# ---- bakery: cake
anything carrot | TextContains("carrot") | cake | terse
make the cakes that start with Lemon stand out | TextStartsWith("Lemon") | cake | command
Chocolate cakes please, but not the vegan one | AND(TextContains("chocolate"), TextNotContains("vegan")) | cake | chatty | compound | negation
could you mark the cakes that have no lemon in the name? | TextNotContains("lemon") | cake | question | negation
# ---- bakery: pickup date
pikcups today | Today() | pickup | terse | typo
which orders are getting picked up tomorrow? | Tomorrow() | pickup | question
mark every pickup date that falls in this month | ThisMonth() | pickup | command | column-word
orders for next week pls | NextWeek() | pickup | terse
# ---- bakery: order total
hihglight order totals over $100 | GreaterThan(100) | total | command | number-format | typo
Highlight totals that appear more than once, I think some orders got entered twice | Duplicates() | total | chatty
show orders worth $1,000 or more | GreaterThanEqual(1000) | total | command | number-format | boundary
Which orders are above the average order value? | AboveAverage() | total | question
# ---- vet: weight
can you find the ones weighing exactly 7 kg | Equals(7) | pet_kg | question
icon set on weight pls | IconSet() | pet_kg | terse | column-word
who are the heaviest five animals | Top(5) | pet_kg | question | superlative | number-words
# ---- vet: species
species = cat | TextEquals("cat") | species | terse | column-word
Any kind of dog please, working dogs and puppies too | TextContains("dog") | species | chatty
Highlight species listed more than once | Duplicates() | species | command | column-word
every species except plain "Dog" | NOT(TextEquals("Dog")) | species | terse | negation | quoted
# ---- vet: vaccination due
Boosters due next month - highlight them please | NextMonth() | vacc_due | chatty
I need the vaccinations that were due last month highlighted | LastMonth() | vacc_due | chatty
vacc due this week? | ThisWeek() | vacc_due | question
show jabs that fell due in the past seven days | Last7Days() | vacc_due | command | number-words
# ---- vet: invoice
Where are the broken invoice formulas? | Errors() | bill | question
I only want invoices between 100 and 500 highlighted | Between(100, 500) | bill | chatty | range
bills NOT between 50 and 1000 | NotBetween(50, 1000) | bill | terse | odd-case | negation | range
give me the cheapest quarter of the invoices | BottomPercent(25) | bill | command | superlative
Can the invoice cells without an error be shaded? | NotErrors() | bill | question | negation
# ---- film: crew role
crew roles ending in AD | TextEndsWith("AD") | role | terse | column-word
anyone in the grip dept (role contains grip) | TextContains("grip") | role | terse
Roles starting with 'best boy', please | TextStartsWith("best boy") | role | chatty | quoted
Colour the crew roles that don't end with grip | NOT(TextEndsWith("grip")) | role | command | negation
# ---- film: hours on set
any day over 12 hrs on set? | GreaterThan(12) | hours_set | question
14+ hour days | GreaterThanEqual(14) | hours_set | terse | number-format
what were our shortest two days on set? | Bottom(2) | hours_set | question | superlative | number-words
Days where we did fewer hours than average - can you colour those? | BelowAverage() | hours_set | chatty
# ---- film: call date
highlight yesterday's call date | Yesterday() | call_date | command | column-word
yesterday's or today's calls | OR(Yesterday(), Today()) | call_date | terse | compound
what did we shoot last week? | LastWeek() | call_date | question
colour the last 7 days of shooting | Last7Days() | call_date | command
# ---- film: script pages
which scenes run longer than three pages | GreaterThan(3) | pages | question | number-words
Page counts above the average, could you? | AboveAverage() | pages | chatty
databars on script pages | DataBar() | pages | command | column-word
Mark scenes that are 1 to 2 pages long | Between(1, 2) | pages | command | range
# ---- solar: output
Show me the 3 best generation days | Top(3) | kwh | command | superlative
sensor errors in output | Errors() | kwh | terse
output readings that are NOT errors | NotErrors() | kwh | terse | negation | odd-case
which days beat the average output? | AboveAverage() | kwh | question
# ---- solar: inverter status
inverter status exactly OK | TextEquals("OK") | inverter | terse | column-word
highlight faults of any kind | TextContains("fault") | inverter | command
status starts with offline -> highlight | TextStartsWith("offline") | inverter | command
Could you pick out the inverters with neither fault nor offline in the status? | AND(TextNotContains("fault"), TextNotContains("offline")) | inverter | question | compound | negation
# ---- solar: panel efficiency
efficiency below 20% | LessThan(0.2) | eff | terse | number-format
Can you highlight the panels running at 20% or better? | GreaterThanEqual(0.2) | eff | question | number-format | boundary
colour scale on efficiency | ColorScale() | eff | command
lowest 20 percent of panels by efficiency | BottomPercent(20) | eff | terse | superlative
# ---- solar: fault code
Hi! Fault codes starting with E are errors, can they go red? | TextStartsWith("E") | fault_code | chatty | column-word
repated fault codes | Duplicates() | fault_code | terse | typo
no fault code entered | Blanks() | fault_code | terse | negation
which codes show up once only? | Unique() | fault_code | question
fault code column, everything filled in | NotBlanks() | fault_code | terse | column-word
# ---- bookshop: genre
genre is just Fiction, nothing else | TextEquals("Fiction") | genre | terse | column-word
GENRES ENDING IN FICTION | TextEndsWith("fiction") | genre | terse | odd-case
hi, could you highlight the genres not containing fiction? thanks | TextNotContains("fiction") | genre | chatty | negation
which genres start with C? | TextStartsWith("C") | genre | question
genres that don't start with a C | NOT(TextStartsWith("C")) | genre | terse | negation
# ---- bookshop: copies in stock
out of stock (0 copies) | Equals(0) | stock | terse
highlight low stock - 2 or fewer | LessThanEqual(2) | stock | command | boundary
copies in stock not zero | NotEquals(0) | stock | terse | negation | column-word | number-words
put an icon set on the stock levels | IconSet() | stock | command
# ---- bookshop: price
books under a tenner | LessThan(10) | price | terse | number-words
anything priced $9.99? | Equals(9.99) | price | question | number-format
I'm after prices between 10 and 20 dollars | Between(10, 20) | price | chatty | range
which are the most expensive 10%? | TopPercent(10) | price | question | superlative
the three cheapest books | Bottom(3) | price | terse | superlative | number-words
# ---- bookshop: publication date
what books come out tomorrow? | Tomorrow() | pubdate | question
Highlight the new releases this month | ThisMonth() | pubdate | command
what's publishing next month? | NextMonth() | pubdate | question
what was published last week | LastWeek() | pubdate | question
# ---- climbing: grade
grades that are duplicated | Duplicates() | grade | terse | column-word
Which grades aren't on the V scale? | TextNotContains("V") | grade | question | negation
plus grades (ending in +) | TextEndsWith("+") | grade | terse
# ---- climbing: ascents
routes with 100+ ascents | GreaterThanEqual(100) | ascents | terse | number-format
Routes climbed fewer than ten times need rethinking, highlight them | LessThan(10) | ascents | chatty | number-words
colour the least climbed 15 percent | BottomPercent(15) | ascents | command | superlative
colour the below average ascents | BelowAverage() | ascents | command | column-word
Can I see the 3 most and the 3 least climbed routes at once? | OR(Top(3), Bottom(3)) | ascents | question | compound | superlative
more than 5 but fewer than 50 ascents | AND(GreaterThan(5), LessThan(50)) | ascents | terse | compound
# ---- climbing: reset date
walls reset last month | LastMonth() | reset | terse
RESETS DUE NEXT WEEK | NextWeek() | reset | terse | odd-case
which walls got reset today? | Today() | reset | question
routes NOT reset in the last 7 days | NOT(Last7Days()) | reset | terse | negation | odd-case
# ---- climbing: setter
Setters who only set one route - highlight them pls | Unique() | setter | chatty
# ---- ferry: crossing time
crossings that take longer than an hour? | GreaterThan(60) | crossing | question | number-words
exactly 45 minute crossings | Equals(45) | crossing | terse
Anything between half an hour and 45 mins? | Between(30, 45) | crossing | question | number-words | range
colour scale for crossing times | ColorScale() | crossing | command
# ---- ferry: route
which routes leave from Oban | TextStartsWith("Oban") | route | question
Can you show me the routes that end at Oban | TextEndsWith("Oban") | route | question
anything to or from Mull | TextContains("Mull") | route | terse
highlight routes that don't touch oban at all | TextNotContains("oban") | route | command | negation
# ---- ferry: sailing date
todays sailings | Today() | sailing | terse | typo
Highlight sailings this week | ThisWeek() | sailing | command
Sailings this week apart from today's ones, please | AND(ThisWeek(), NOT(Today())) | sailing | chatty | compound | negation
Which sailings were last month? | LastMonth() | sailing | question
# ---- ferry: vehicles booked
full sailings, 60 cars or more | GreaterThanEqual(60) | vehicles | terse | boundary
any error in vehicles booked? | Errors() | vehicles | question | column-word
vehicles booked, every cell that isn't an error | NotErrors() | vehicles | terse | negation | column-word
# ---- ferry: delay
late by more than 10 min | GreaterThan(10) | delay | terse
can you show early departures (negative delay) | LessThan(0) | delay | question
Flag the on-time sailings where delay is 0 | Equals(0) | delay | command
show me delays outside -5 to 15 | NotBetween(-5, 15) | delay | command | range
# ---- charity shop: donation type
Highlight all the clothes donations, whatever kind | TextContains("clothes") | donation | command
Highlight donation types that repeat | Duplicates() | donation | command
types we've only had once? | Unique() | donation | question
type is exactly books | TextEquals("books") | donation | terse
# ---- charity shop: price tag
items priced at 50p | Equals(0.5) | price_tag | terse | number-format
under two quid | LessThan(2) | price_tag | terse | number-words
what are the top 4 prices | Top(4) | price_tag | question | superlative
£1-£3 items | Between(1, 3) | price_tag | terse | range | number-format
# ---- charity shop: gift aid
gift aid box not filled in | Blanks() | gift_aid | terse | negation | column-word
In the gift aid column can you colour anything that's been filled in? | NotBlanks() | gift_aid | question | column-word
highlight where gift aid was answered no or n | OR(TextEquals("no"), TextEquals("n")) | gift_aid | command | compound
# ---- charity shop: items sorted
We're trying to see the days sorting more than a hundred items | GreaterThan(100) | items_sorted | chatty | number-words
data bars on items sorted | DataBar() | items_sorted | command | column-word
below-average sorting days | BelowAverage() | items_sorted | terse
#DIV/0 in items sorted | Errors() | items_sorted | terse
items sorted without errors | NotErrors() | items_sorted | terse | negation
# ---- courier: parcel weight
Parcels over 30kg need a two-person lift, mark them | GreaterThan(30) | parcel_kg | chatty
light ones up to 1 kg | LessThanEqual(1) | parcel_kg | terse | boundary
Could you highlight parcel weights of 2 to 10 kg? | Between(2, 10) | parcel_kg | question | range
heaviest 20% of parcels | TopPercent(20) | parcel_kg | terse | superlative
# ---- courier: postcode
postcodes starting BS | TextStartsWith("BS") | postcode | terse
postcodes NOT starting with BS | NOT(TextStartsWith("BS")) | postcode | terse | negation | odd-case
same postcode more than once - flag it | Duplicates() | postcode | command
highlight BA or GL postcodes | OR(TextStartsWith("BA"), TextStartsWith("GL")) | postcode | command | compound
# ---- courier: delivery date
Can you show what was delivered in the last 7 days? | Last7Days() | delivered | question
What got delivered yesterday? | Yesterday() | delivered | question
deliveries planned for tomorrow | Tomorrow() | delivered | terse
Highlight rows with no delivery date | Blanks() | delivered | command | negation
delivered this month | ThisMonth() | delivered | terse
# ---- courier: attempts
which parcels took more than 2 attempts? | GreaterThan(2) | attempts | question
needed a second go (2 or more attempts) | GreaterThanEqual(2) | attempts | terse | boundary
Attempts other than 1 need looking at, can you mark them | NotEquals(1) | attempts | chatty | negation
the max attempts | Top(1) | attempts | terse | superlative
# ---- courier: status
Color rows where status begins with Delivered | TextStartsWith("delivered") | status | command
which statuses mention depot? | TextContains("depot") | status | question
Failed or damaged parcels, please | OR(TextContains("failed"), TextContains("damaged")) | status | chatty | compound
# ---- vineyard: brix
brix 24 and over | GreaterThanEqual(24) | brix | terse | boundary
highlight brix from 22 to 24 | Between(22, 24) | brix | command | range
Any readings below 20 brix? Those blocks aren't ready | LessThan(20) | brix | question
colour scale brix | ColorScale() | brix | command
brix strictly between 22 and 25 | AND(GreaterThan(22), LessThan(25)) | brix | terse | compound | range
which readings are below-average brix? | BelowAverage() | brix | question
# ---- vineyard: grape variety
variety is exactly Chardonnay | TextEquals("Chardonnay") | variety | terse | column-word
Show me anything with blanc in it | TextContains("blanc") | variety | command
I want the varieties that aren't pinots | TextNotContains("pinot") | variety | chatty | negation
Highlight duplicated varieties please | Duplicates() | variety | chatty
# ---- vineyard: spray date
sprays due next week | NextWeek() | spray | terse
this week's or next week's sprays | OR(ThisWeek(), NextWeek()) | spray | terse | compound
what are we spraying next month | NextMonth() | spray | question
Rows we sprayed yesterday, please | Yesterday() | spray | chatty
# ---- vineyard: yield
yield cells with errors | Errors() | yield | terse | column-word
Format yields that aren't errors | NotErrors() | yield | command | negation
which blocks are yielding above average? | AboveAverage() | yield | question
bottom 3 yeilds | Bottom(3) | yield | terse | superlative | typo
missing or broken yield | OR(Blanks(), Errors()) | yield | terse | compound
# ---- studio: session hours
Can we see short sessions, less than 3 hrs? | LessThan(3) | session_hrs | question
colour sessions not between 4 and 8 hours | NotBetween(4, 8) | session_hrs | command | negation | range
what are the two longest sessions | Top(2) | session_hrs | question | superlative | number-words
# ---- studio: track length
tracks over 5 minutes | GreaterThan(300) | track_len | terse
Which tracks are shorter than 3 minutes? Radio edit candidates | LessThan(180) | track_len | question
track lengths 3 to 4 minutes | Between(180, 240) | track_len | terse | range
data bars on track length | DataBar() | track_len | command | column-word
# ---- studio: booking date
studio bookings for next week | NextWeek() | booking | terse
Could you highlight booked sessions this month | ThisMonth() | booking | question
Bookings This Week | ThisWeek() | booking | terse | odd-case
anything booked for next month? | NextMonth() | booking | question
# ---- studio: takes
Which songs did we nail in one take? | Equals(1) | takes | question | number-words
icon set for takes | IconSet() | takes | command | column-word
highest 3 take counts | Top(3) | takes | terse | superlative
# ---- studio: engineer
Mark the one-off engineers, the ones listed just once | Unique() | engineer | command
# ---- allotment: plot number
Plot numbers entered twice by mistake? highlight please | Duplicates() | plot_no | chatty | column-word
I think some plot numbers are only used once, can those be coloured? | Unique() | plot_no | chatty | column-word
plots numbered above 20 | GreaterThan(20) | plot_no | terse
# ---- allotment: rent paid
who paid rent of 0 | Equals(0) | rent | question
Highlight anyone whose rent paid is other than 45 | NotEquals(45) | rent | command | negation | column-word
rent cells left blank | Blanks() | rent | terse
Who paid half rent (22.50)? | Equals(22.5) | rent | question | number-format
rent paid, non-empty cells | NotBlanks() | rent | terse | negation
# ---- allotment: plot holder
any Patels? | TextContains("patel") | holder | question
Can you pick out the names ending with Smith | TextEndsWith("smith") | holder | question
not a mrs | TextNotContains("mrs") | holder | terse | negation
# ---- allotment: on list since
joined the list this week | ThisWeek() | waiting | terse
who was added last month | LastMonth() | waiting | question
signed up today | Today() | waiting | terse
Mark people who joined last week | LastWeek() | waiting | command
# ---- allotment: inspection score
Highlight plots scoring 5 or under | LessThanEqual(5) | score | command | boundary
What are the lowest 2 scores? | Bottom(2) | score | question | superlative
icon set on inspection scores | IconSet() | score | command | column-word
Data Bar on scores | DataBar() | score | command | odd-case
# ---- swimming: 100m free
swimmers under a minute | LessThan(60) | free100 | terse | number-words
who swam the fastest 3 times? | Bottom(3) | free100 | question | superlative | polarity
times of a minute or over | GreaterThanEqual(60) | free100 | terse | number-words | boundary
Highlight the slowest 20 percent so coaches can see them | TopPercent(20) | free100 | command | superlative | polarity
# ---- swimming: squad
squads starting with Junior | TextStartsWith("Junior") | squad | terse
squad is Masters exactly | TextEquals("Masters") | squad | terse
Anyone who isn't in a Masters squad, please | TextNotContains("masters") | squad | chatty | negation
# ---- swimming: gala date
any galas next week? | NextWeek() | gala | question
galas next month? | NextMonth() | gala | question
gala dates last month | LastMonth() | gala | terse | column-word
I'd like this month's galas to stand out | ThisMonth() | gala | chatty
# ---- swimming: lengths
lengths not equal to 40 | NotEquals(40) | lengths | terse | negation
who swam lengths above average? | AboveAverage() | lengths | question
colour scale on lengths | ColorScale() | lengths | command
bottom 10 percent of lengths | BottomPercent(10) | lengths | terse | superlative
icon set lengths swum | IconSet() | lengths | command | column-word
# ---- museum shop: SKU
duplicate SKUs | Duplicates() | sku | terse | column-word
SKUs ending in RED | TextEndsWith("RED") | sku | terse
Please highlight SKUs that don't end in RED | NOT(TextEndsWith("RED")) | sku | chatty | negation
which SKUs are listed once? | Unique() | sku | question
# ---- museum shop: units sold
Show me the best sellers, top 5 | Top(5) | units | command | superlative
sold between forty and a hundred units | Between(40, 100) | units | terse | range | number-words
units sold not between 10 and 200 | NotBetween(10, 200) | units | terse | negation | range
Colour everything that's not in the top 3 sellers | NOT(Top(3)) | units | command | negation | superlative
top 25% of sellers | TopPercent(25) | units | terse | superlative
# ---- museum shop: margin
margins at least 50% | GreaterThanEqual(0.5) | margin | terse | number-format | boundary
Do we have any negative margin? | LessThan(0) | margin | question
margin errors | Errors() | margin | terse
bottom 10% margins | BottomPercent(10) | margin | terse | superlative
margins that aren't errors | NotErrors() | margin | terse | negation
# ---- museum shop: category
category = Books | TextEquals("Books") | category | terse | column-word
Can you highlight the one-off categories? | Unique() | category | question
# ---- museum shop: restock date
restocks tomorrow | Tomorrow() | restock | terse
Restock next month - highlight | NextMonth() | restock | command
Which items were restocked in the last 7 days? | Last7Days() | restock | question
restock last week | LastWeek() | restock | terse
# ---- helpdesk: priority
priority 1 or 2 | LessThanEqual(2) | prio | terse | column-word
Everything with priority not 3 please | NotEquals(3) | prio | chatty | negation
P4 and P5 | GreaterThanEqual(4) | prio | terse
# ---- helpdesk: hours open
Which tickets have been open more than a day? | GreaterThan(24) | hours_open | question | number-words
open for at least 48 hours | GreaterThanEqual(48) | hours_open | terse | boundary
longest-open 3 tickets | Top(3) | hours_open | terse | superlative
hours open: data bar | DataBar() | hours_open | command | column-word
bottom 30% of hours open | BottomPercent(30) | hours_open | terse | superlative
# ---- helpdesk: subject
password tickets | TextContains("password") | subject | terse
subjects starting with VPN | TextStartsWith("VPN") | subject | terse
ticket subjects that end with the word request | TextEndsWith("request") | subject | terse
Please colour the subjects not mentioning printer | TextNotContains("printer") | subject | chatty | negation
# ---- helpdesk: SLA due
SLAs due today | Today() | sla | terse
which SLA was breached yesterday? | Yesterday() | sla | question
SLA falls due tomorrow | Tomorrow() | sla | terse
SLA due today or tmrw | OR(Today(), Tomorrow()) | sla | terse | compound | typo
# ---- helpdesk: reopened
Flag tickets reopened more than twice | GreaterThan(2) | reopened | command | number-words
tickets reopened exactly once | Equals(1) | reopened | terse | number-words
# ---- taxi: fare
who paid the minimum fare of $8? | Equals(8) | fare | question | number-format
top 10 percent fares | TopPercent(10) | fare | terse | superlative
Can fares above average be green? | AboveAverage() | fare | question
fares over $20 up to $60 | AND(GreaterThan(20), LessThanEqual(60)) | fare | terse | compound | range
# ---- taxi: pickup area
pickup areas beginning with airport | TextStartsWith("airport") | area | terse | column-word
exactly 'Station' | TextEquals("Station") | area | terse | quoted
Show areas that are not airports | TextNotContains("airport") | area | command | negation
# ---- taxi: miles
short trips under a mile | LessThan(1) | miles | terse | number-words
Could you highlight trip miles not within 1 to 20? | NotBetween(1, 20) | miles | question | negation | range
trips under a mile or over 40 | OR(LessThan(1), GreaterThan(40)) | miles | terse | compound
# ---- taxi: driver rating
drivers below 4.5 stars | LessThan(4.5) | rating | terse
Which drivers are on 5 stars? | Equals(5) | rating | question
worst two ratings | Bottom(2) | rating | terse | superlative | number-words
ratings colour scale | ColorScale() | rating | command
below-average drivers by rating | BelowAverage() | rating | terse
# ---- taxi: licence expiry
licences that ran out last month | LastMonth() | licence | terse
Hi, can I get the licences expiring this month highlighted? | ThisMonth() | licence | chatty
expiring this week | ThisWeek() | licence | terse
# ---- translation: word count
jobs over 10,000 words | GreaterThan(10000) | words | terse | number-format
jobs under 1k words | LessThan(1000) | words | terse | number-format
word counts between 1,000 and 5,000 | Between(1000, 5000) | words | terse | range | number-format
What are the biggest 3 jobs? | Top(3) | words | question | superlative
1,000 or more but below 10k | AND(GreaterThanEqual(1000), LessThan(10000)) | words | terse | compound | number-format
top 20% word counts | TopPercent(20) | words | terse | superlative
# ---- translation: language pair
pairs ending in EN | TextEndsWith("EN") | pair | terse
Highlight pairs starting from English (EN>...) | TextStartsWith("EN") | pair | command
pairs with no English at all | TextNotContains("EN") | pair | terse | negation
# ---- translation: deadline
deadlines TODAY | Today() | deadline | terse | odd-case
what did we miss yesterday? | Yesterday() | deadline | question
translation deadlines falling next week | NextWeek() | deadline | terse
deadline in the past 7 days | Last7Days() | deadline | terse
Deadlines this week, but leave today's alone | AND(ThisWeek(), NOT(Today())) | deadline | chatty | compound | negation
# ---- translation: rate per word
rates of 10p or more | GreaterThanEqual(0.1) | rate | terse | number-format | boundary
rates under 8p | LessThan(0.08) | rate | terse | number-format
Highlight rates not 0.10 | NotEquals(0.1) | rate | command | negation | number-format
bottom quarter of rates | BottomPercent(25) | rate | terse | superlative
# ---- nursery: age in months
babies under a year | LessThan(12) | age_m | terse | number-words
children 2 years or older | GreaterThanEqual(24) | age_m | terse | boundary
Highlight toddlers 12 to 24 months | Between(12, 24) | age_m | command | range
children not aged 2-3 (24-36 months) | NotBetween(24, 36) | age_m | terse | negation | range
Which are the one-year-olds? | AND(GreaterThanEqual(12), LessThan(24)) | age_m | question | compound | number-words
# ---- nursery: allergies
any nut allergy | TextContains("nut") | allergy | terse
allergies exactly None | TextEquals("none") | allergy | terse
allergy filled in and not just none | AND(NotBlanks(), NOT(TextEquals("none"))) | allergy | terse | compound | negation
Where's the allergy field empty? | Blanks() | allergy | question
# ---- nursery: sessions per week
3 or fewer sessions | LessThanEqual(3) | sessions | terse | boundary
sessions above average | AboveAverage() | sessions | terse
Colour the sessions that are not above average | NOT(AboveAverage()) | sessions | command | negation
# ---- nursery: start date
Who started yesterday? | Yesterday() | start | question
started last week | LastWeek() | start | terse
# ---- nursery: collected by
collected by left blank | Blanks() | collected_by | terse | column-word
who's filled in for collection | NotBlanks() | collected_by | question
# ---- more not-blanks
hives with any inspection date at all | NotBlanks() | inspected | terse
rows with a delivery date filled in | NotBlanks() | delivered | terse
Which allergy cells have something written in them? | NotBlanks() | allergy | question
yield cells that aren't empty | NotBlanks() | yield | terse | negation
# ---- more text and blanks
category column, anything without books in it | TextNotContains("books") | category | terse | column-word | negation
crew roles with no 'director' in them | TextNotContains("director") | role | terse | negation | quoted
Which yield cells are blank? | Blanks() | yield | question
"""


# The set files written before this one. A set file written beside this one (fourth_tables.json
# appeared in the folder while this set was being written) is checked too: `other_requests` takes
# every other set file of the folder, so this builder never accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "everyday_cf.json", "everyday_tables.json", "forum_tables.json",
              "fresh_cf.json", "fresh_tables.json", "plain_cf.json", "posts_tables.json",
              "spoken_cf.json", "template_tables.json", "third_cf.json", "third_tables.json",
              "web_cf.json")


column_sets.bind(globals(), FOURTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
