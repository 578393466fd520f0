"""A fifth independent set of one-column CF requests, and the builder of fifth_cf.json.

Written by engineer F5 on 2026-12-06, from scratch, as a new independent evaluation set: every
older one-column set's dev half has been chosen on, so this set gives requests nobody has tuned
on. The requests imagine spreadsheet users of twenty-one domains, on 92 columns of this set's
own (a dentist's recall list, a dog-walking business, a plant nursery, a school canteen, a
cycling club's rides, a wedding caterer, a pharmacy's stock list, a model railway club, a tennis
ladder, a bike repair shop, a parish hall's bookings, a fishing log, an electrician's jobs, a
piano teacher's students, a brewery's batches, a theatre box office, a home energy log, a
sailing club, a coffee roaster, a podcast's download stats, a language school), in four styles:
`web` (how-to search queries and article titles, "excel highlight ..."-like, and Q&A question
sentences), `forum` (a short forum question of 1-3 sentences, sometimes with a column letter),
`chat` (what someone types to an assistant: polite, chatty, with context) and `terse` (notes,
fragments, symbols such as ">", "<=", "+"). Their own column words, numbers as digits, words and
formats ("a tenner", "1k", "50p", "$100", "5%", "an hour and a half", "half-kilo"), quoted and
bare text, typos and odd capitalisation, negations, ranges, superlatives (some pointing the other
way from the rule's name: "fastest" times and "lowest PY = faster" -> Bottom, "slowest
finishers" -> Top), dates said in words and compound conditions. Only requests the language
expresses exactly are written, each with one right rule on its column; every literal of the
rule can be recovered from the request by a careful reader ("over an hour" on a column of
seconds -> 3600, "under 50 minutes" -> 3000, "5%" on a column of percentages -> 0.05, "1kg bags"
on a column of grams -> 1000). Labels are what Excel formats, quirks included: a text cell among
numbers ("tbc", "n/a", "away") counts as greater than any number, a blank as 0, a cell of spaces
as blank.

What its author read: benchmarks/data/README.md; benchmarks/data/everyday_common.py (the helpers
used here); the module docstring and the non-entry code of benchmarks/data/fourth_cf.py (lines
1-87 and 717-774: imports, constants, functions, and the one comment line above its COLUMNS;
not its COLUMNS dict nor its ENTRIES string), which this builder mirrors;
tests/benchmarks/test_fourth_cf_data.py and tests/benchmarks/set_files.py (this set's test is
modelled on them); ../shared/docs/CF_RULES.md and EVALUATION.md; the public API of
cf_assistant.languages.cf (parse, to_text, formatted_rows and table_from_records through
everyday_common.labels_of, the rules module's operator lists), tried on a few rules and cells
(how "1,200", "$-20", "-$20", "45%", "£5", ISO and d/m/y dates and a cell of one space are
typed). Seen by accident: nothing of another set's entries or columns; the builder's own check
said that three of this set's first drafts ("meetings this week", "attendance under 80%",
"gmail addresses") equal a request of another set file or of the train split (which one was not
looked up); they were reworded. Not read: the assistant's code (cf_assistant/assistant/,
cf_assistant/diffusion/, cf_assistant/generators/, cf_assistant/languages/cf/synth.py,
repairs.py, phrases.py, comparisons.py or any other code that reads requests), the other
builders' COLUMNS and ENTRIES, the utterances of any JSON file (compared only by program) and
the requests of the benchmark train split. No model, no `cfa suggest` and no `cfa bench` was
run on this set while it was written.

The builder refuses any request equal (case-insensitive, stripped) to a request of the fifteen
set files written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(fifth_tables.json, written beside it by someone else, included) or of the train split
(`../shared/data/cf/train.json` from the repository root, when it is there), a non-canonical
rule, a column of fewer than 12 or more than 20 cells, a column where the rule formats no row or
every row, and a column that cannot tell the rule from the rules one edit away
(`everyday_common.column_problems`: another comparison, the other side of a boundary, another
text operator, another period, Top/Bottom or items/percent swapped, AND/OR swapped or one side
dropped, ...). The columns carry the near misses for that: boundary values, case variants,
blanks and cells of one space, text and zeros among numbers, negative amounts (credits,
refunds), duplicates, error values, and dates all around the bench's fixed reference date
2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week
16 - 22 June, the last 7 days 6 - 12 June).

Tags: the style first (`web`, `forum`, `chat`, `terse`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`
(the request names the column with its own word), `boundary` ("at least", "or under", "or
more"), `range`, `polarity` (the request's word points the other way from the rule's name),
`date` (dates said in words), `visual`, then the set tag `fifth`. IDs have the prefix `e5c-`;
the dev/test halves come from a hash of the ID (`everyday_common.split_of`), so adding entries
moves no record; `Labels` come from the project's executor with Today = 2024-06-12.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/fifth_cf.py` (from the repository root; prints the counts per
split, per function and per tag); checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "fifth_cf.json"
PREFIX = "e5c"
FIFTH_TAG = "fifth"
STYLES = ("web", "forum", "chat", "terse")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO (2024-06-12 is the bench's Wednesday); weeks run Sunday to Saturday: this week is
# 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June.
COLUMNS = {
    # a dentist's recall list
    "dent_recall": ("Recall Due", "2024-05-14|2024-06-04|2024-06-07|2024-06-10|2024-06-11|2024-06-12|2024-06-13|2024-06-15|2024-06-19|2024-06-28|2024-07-03|2024-07-22|2024-08-06|2024-04-30||2024-06-01| "),
    "dent_months": ("Months Since Visit", "3|6|14|9|18|6|24|12|7|30|2|12|15|11|n/k|40|5"),
    "dent_treatment": ("Treatment", "Scale & polish|Filling|Check-up|Crown prep|Check-up + X-ray|Root canal|Filling (2)|Extraction|check-up|Whitening|Crown fit|Temp crown|Hygienist check-up|Filling|Denture repair"),
    "dent_fee": ("Fee (£)", "45|120|0|85|45|350|60|#N/A|180|45|95|250|100|75||0|1200|-40"),
    # a dog-walking business
    "dog_walks": ("Walks This Month", "12|4|20|8|0|16|9|22|3|12|18|5|7|14|10||away"),
    "dog_breed": ("Breed", "Labrador|Cocker Spaniel|Border Collie|Labradoodle|Springer Spaniel|Pug|Cockapoo|Labrador Retriever|Dachshund|Spaniel X|Whippet|Golden Retriever|Black Lab|Retriever mix|Beagle|Labrador"),
    "dog_owed": ("Amount Owed", "0|$45|$120|$15|0|$60|$200|$30|-$20|$100|$0|$90|$15|$150|#VALUE!|$40"),
    "dog_next": ("Next Walk", "2024-06-12|2024-06-12|2024-06-13|2024-06-14|2024-06-11|2024-06-10|2024-06-07|2024-06-04|2024-05-28|2024-06-17|2024-06-20|2024-06-25|2024-07-02|2024-07-15|tbc|2024-06-13|2024-09-01"),
    # a plant nursery
    "nur_stock": ("Pots In Stock", "48|0|12|5|230|17|3|0|64|9|150|25|10|2|88|"),
    "nur_plant": ("Plant", "Lavender Hidcote|Rosemary|Lavender Munstead|Salvia Hot Lips|Hebe|French Lavender|Foxglove|Rose Iceberg|Clematis|Climbing Rose|Hosta|Lavender|Fuchsia|Rosemary|Heuchera|Primrose|Hosta"),
    "nur_sown": ("Sown On", "2024-05-03|2024-05-21|2024-06-02|2024-06-05|2024-06-08|2024-06-10|2024-06-11|2024-06-12|2024-06-12|2024-06-13|2024-06-14|2024-06-18|2024-06-26|2024-07-01|2024-03-15|"),
    "nur_price": ("Price (£)", "4.5|12|7.99|3|25|4.5|15|9.5|2.75|18|6|10|35|8|4.5"),
    "nur_height": ("Height (cm)", "15|40|120|25|60|8|90|30|45|200|12|20|75|100||0|tbc"),
    # a school canteen
    "can_balance": ("Dinner Balance", "12.40|-3.20|0|5|-0.80|22.5|0|-12|1.75|8|-3.20|0.5|15|#REF!|3|-1||-5"),
    "can_meals": ("Meals Taken", "5|4|5|3|0|5|2|5|1|4|absent|5|0|3|4"),
    "can_allergy": ("Allergies", "none|Nuts|Dairy|none|Gluten, dairy|Peanuts|Egg|none| |Tree nuts|Sesame|none known|NONE|Nuts, egg|Was dairy, now none||Shellfish"),
    "can_class": ("Class", "3B|4A|3A|5C|6B|4B|R1|3C|5A|6A|R3|4C|2B|5B|3B"),
    "can_topup": ("Top-Up Date", "2024-06-12|2024-06-10|2024-06-03|2024-05-30|2024-05-13|2024-06-07|2024-06-11|2024-04-22|2024-06-13|2024-06-06||2024-06-01|2024-06-15|2024-06-19|2024-07-01|2024-06-11"),
    # a cycling club's rides
    "cyc_km": ("Distance (km)", "42|85|120|65|100|38|160|72|100.5|55|210|90|47|130|"),
    "cyc_speed": ("Avg Speed (km/h)", "24.5|28.1|22|31.4|26|19.8|27.5|25|29.9|21.3|30|26|23.7|#DIV/0!|| "),
    "cyc_date": ("Ride Date", "2024-05-05|2024-05-26|2024-06-02|2024-06-04|2024-06-08|2024-06-09|2024-06-11|2024-06-12|2024-06-13|2024-06-15|2024-06-16|2024-06-22|2024-06-30|2024-07-07|2024-07-14|2023-06-12"),
    "cyc_route": ("Route", "Loop via Ashby|Coast road out and back|Ashby hills|Reservoir loop|Café ride - Melton|Hill reps (Ashby)|Flat 50|Coast road|Back via coast road|Reservoir loop|Recovery spin|Café ride - Oakham|Long café ride|Gravel - forest tracks|Peak District epic|Coast road"),
    "cyc_climb": ("Elevation (m)", "450|1200|2100|300|850|1000|150|980|3050|600|1500|720|60|1800||0|n/a"),
    # a wedding caterer
    "wed_guests": ("Guests", "80|120|45|150|60|200|95|100|30|175|110|65|250|140||tbc|0|50"),
    "wed_date": ("Wedding Date", "2024-06-15|2024-06-08|2024-06-22|2024-06-29|2024-07-06|2024-07-13|2024-05-25|2024-06-01|2024-06-12|2024-06-13|2024-06-11|2024-08-17|2024-06-06|2024-09-21|2024-06-19|2024-05-04"),
    "wed_menu": ("Menu", "Hog roast|Buffet - cold|Three course|Buffet - hot|Afternoon tea|Three course (vegan)|Hog roast + evening|BBQ|Canapés only|Evening hog roast|Three course|Street food|Cold buffet|Hog Roast|Canapés (vegan) + bar"),
    "wed_deposit": ("Deposit", "Paid|Unpaid|Part paid|Paid|paid|Unpaid|Paid (cash)|Part paid|PAID|Unpaid||Refunded|Paid|Unpaid|Part paid| "),
    "wed_head": ("Cost Per Head (£)", "32|45|28.5|55|38|45|62|29|40|35|48|75|27.5|45||30"),
    # a pharmacy's stock list
    "pha_qty": ("Qty On Shelf", "120|8|0|45|15|300|10|62|3|28|10|90|0|500|14||#N/A| "),
    "pha_expiry": ("Expiry", "2024-06-30|2024-05-31|2024-07-31|2024-06-12|2024-06-13|2024-06-11|2024-06-14|2024-06-09|2024-06-07|2024-06-03|2024-06-20|2024-08-31|2025-01-31|2024-05-15|2024-04-30|2024-06-17"),
    "pha_item": ("Item", "Paracetamol 500mg|Ibuprofen 200mg|Amoxicillin 250mg|Paracetamol 500mg caps|Omeprazole 20mg|Cetirizine 10mg|Ibuprofen gel|Aspirin 75mg|Co-codamol 8/500|Loratadine 10mg|Kids paracetamol|Vitamin D drops|Junior ibuprofen|Cetirizine 10mg x30|Aspirin 300mg|Amoxicillin 500mg"),
    "pha_price": ("Unit Price (£)", "0.35|2.10|4.99|0.89|12.50|1.25|0.35|7.80|3.15|0.99|25|1.99|5.49|0.5|0.05|"),
    # a model railway club
    "rail_loco": ("Loco", "Class 37 025|Flying Scotsman|Class 47 401|Mallard|Class 08 shunter|City of Truro|Class 37 419|Tornado|GWR 4073 Castle|Rebuilt Class 37|Class 55 Deltic|Evening Star|Class 47 Brush|Duchess of Sutherland|Class 20|Class 37 025"),
    "rail_laps": ("Laps Completed", "42|15|88|0|61|20|104|37|50|9|77|50|130|28||19|100"),
    "rail_meet": ("Meeting", "2024-06-01|2024-06-05|2024-06-08|2024-06-10|2024-06-11|2024-06-12|2024-06-13|2024-06-15|2024-06-19|2024-06-22|2024-06-26|2024-07-03|2024-07-10|2024-05-08|2024-05-22|2024-09-04"),
    "rail_cost": ("Cost (£)", "145|89.99|250|32.5|1,200|475|65|180|19.99|350|99|720|54|210|200|50"),
    # a tennis ladder
    "ten_status": ("Challenge Status", "Accepted|Pending|Declined|Played|pending|Played - walkover|Accepted|Overdue|Played|Pending reply|Declined (injury)|Played|Not played|Still pending|Accepted|Overdue - chased|Challenge declined|Result overdue|Played - 3 sets"),
    "ten_points": ("Ladder Points", "1450|1320|1320|1200|1185|1100|1050|990|950|900|875|800|760|700|640|| "),
    "ten_last": ("Match Date", "2024-06-12|2024-06-11|2024-06-11|2024-06-10|2024-06-08|2024-06-06|2024-06-04|2024-06-02|2024-05-30|2024-05-18|2024-04-27|2024-06-13|2024-06-15|2024-06-18|2024-07-02||2024-06-25"),
    "ten_win": ("Win %", "0.75|62%|50%|0.33|80%|45%|100%|0%|58%|50%|25%|67%|90%|40%|75%||n/a"),
    # a bike repair shop
    "bik_job": ("Job", "Puncture repair|Full service|Brake bleed|Gear index|Puncture - tubeless|Chain replace|Wheel true|Bronze service|Full service + parts|Brake pads|E-bike diagnostic|Headset service|Silver service|Tubeless puncture|Service - quick|Gear cable"),
    "bik_quote": ("Quote", "45|120|15|35|60|250|25|75|180|22.5|95|40|65|300|12|20|150"),
    "bik_in": ("Booked In", "2024-06-12|2024-06-12|2024-06-11|2024-06-10|2024-06-09|2024-06-07|2024-06-06|2024-06-05|2024-06-03|2024-05-31|2024-05-20|2024-06-13|2024-06-14|2024-06-17|2024-06-24|2024-07-01|2024-03-11"),
    "bik_ticket": ("Ticket #", "T-1041|T-1042|T-1043|T-1043|T-1045|T-1046|T-1047|T-1047|T-1049|T-1050|T-1051|T-1052|t-1052|T-1054||T-1056| "),
    # a parish hall's bookings
    "hall_hirer": ("Hirer", "Brownies|Yoga (Sarah)|WI|Parish Council|Private party|Toddler group|Yoga (Mike)|Bridge club|Private party - 40th|Zumba|Brownies|Chair yoga|Private party|Line dancing|Kids private party|Slimming club"),
    "hall_date": ("Booking Date", "2024-06-12|2024-06-13|2024-06-13|2024-06-14|2024-06-11|2024-06-10|2024-06-08|2024-06-04|2024-06-16|2024-06-21|2024-06-29|2024-07-05|2024-07-20|2024-05-18|2024-06-12|2024-12-24"),
    "hall_hours": ("Hours Booked", "2|3|1.5|5|2|4|8|1|2.5|3|6|2|12|1.5|4|0.5"),
    "hall_fee": ("Hire Fee (£)", "30|45|22.5|75|30|60|120|15|37.5|45|90|30|180|22.5|0||-22.5"),
    # a fishing log
    "fish_species": ("Species", "Carp|Mirror carp|Pike|Perch|Common carp|Roach|Bream|Tench|Pike|Rudd|Carp (grass)|Chub|Jack pike|Pike (jack)||Crucian carp| |Perch"),
    "fish_lb": ("Weight (lb)", "12.5|3|18.25|0.75|22|1.5|6|4.25|15|0.5|9|2.75|30.5|1|10|5"),
    "fish_date": ("Date Caught", "2024-06-12|2024-06-11|2024-06-09|2024-06-08|2024-06-07|2024-06-02|2024-05-26|2024-05-12|2024-04-20|2024-06-13|2024-06-15|2024-06-16|2024-06-29|2024-07-06|2023-06-12"),
    "fish_peg": ("Peg", "4|12|7|4|22|15|7|3|12|9|18|4|30|11|"),
    # an electrician's jobs
    "ele_type": ("Job Type", "EICR|Rewire|Consumer unit|EICR - landlord|Fault finding|EV charger|Socket add|PAT testing|Rewire (partial)|Lighting|EICR|Fault finding - urgent|Smoke alarms|Landlord EICR|Outside socket|PAT - landlord"),
    "ele_hours": ("Hours On Site", "2|16|6|3.5|4|5|1|8|24|3|2.5|7|1.5|3|1||0|tbc"),
    "ele_cert": ("Cert Due", "2024-06-30|2024-07-15|2024-05-20|2024-06-12|2024-06-13|2024-06-11|2024-06-14|2024-06-18|2024-06-05|2024-06-09|2024-08-02|2025-03-01|2024-06-07|2024-07-31||2023-11-30| "),
    "ele_inv": ("Invoice (£)", "180|2,400|650|95|320|850|60|140|4,200|210|95|560|1,000|75|#N/A|"),
    "ele_postcode": ("Postcode", "LE1 5WW|LE4 6AB|NG7 2RD|LE11 3TU|DE1 1AA|LE2 7QP|NG1 5FS|LE67 3HG|CV1 2LE|LE4 9ZZ|DE22 3AB|NG9 1XX|LE5 0PP|ng5 4ab|LE9 8NG"),
    # a piano teacher's students
    "pia_grade": ("Grade", "3|5|1|8|2|4|6|Prep|3|7|1|5|2|Initial|"),
    "pia_practice": ("Practice (mins/week)", "120|45|200|30|90|0|150|60|75|240|20|100|45|180||away"),
    "pia_lesson": ("Next Lesson", "2024-06-12|2024-06-12|2024-06-13|2024-06-14|2024-06-15|2024-06-11|2024-06-10|2024-06-17|2024-06-19|2024-06-05|2024-06-07|2024-05-29|2024-07-03|2024-06-27|"),
    "pia_owed": ("Fees Owed (£)", "0|60|0|120|30|0|90|0|180|-15|30|240|0|45||1"),
    # a brewery's batches
    "brw_abv": ("ABV", "4.2%|3.8%|5.5%|6.8%|4.5%|3.6%|7.2%|4%|5%|9.5%|4.2%|3.4%|5.2%|4.8%|0.5%|0%||tbc"),
    "brw_batch": ("Batch", "B-101|B-102|B-102|B-104|B-105|B-106|B-107|B-107|B-109|B-110|B-111|B-112|B-113|b-113|B-115"),
    "brw_brewed": ("Brew Day", "2024-06-03|2024-06-06|2024-06-10|2024-06-11|2024-06-12|2024-06-13|2024-06-17|2024-06-24|2024-07-01|2024-05-27|2024-05-13|2024-04-29|2024-06-14|2024-06-07"),
    "brw_style": ("Style", "Pale Ale|IPA|Stout|Session IPA|Porter|Best Bitter|Milk Stout|NEIPA|Bitter|Imperial Stout|Golden Ale|Pale Ale|Double IPA|Lager|Stout (nitro)|IPA (hazy)|Bitter - cask|Baltic Porter|Porter (smoked)|Mild ale (cask)"),
    "brw_og": ("Original Gravity", "1.045|1.038|1.060|1.072|1.050|1.036|1.080|1.041|1.050|1.095|1.044|1.034|1.055|1.040|"),
    # a theatre box office
    "thr_sold": ("Seats Sold", "312|145|400|88|276|400|198|52|350|230|120|399|67|285|100|cancelled"),
    "thr_perf": ("Performance", "2024-06-12|2024-06-12|2024-06-13|2024-06-14|2024-06-15|2024-06-11|2024-06-08|2024-06-07|2024-06-01|2024-05-25|2024-06-18|2024-06-22|2024-06-29|2024-07-06|2024-07-13|2024-06-16"),
    "thr_show": ("Show", "Hamlet|Matinee: Hamlet|Panto - Cinderella|Cinderella (relaxed)|Hamlet (schools)|Jazz night|Panto - Aladdin|Comedy club|Cinderella|Jazz Night|Quiz night|Matinee: Cinderella|Hamlet matinee|Night of comedy|Kids panto|Folk night|Cinderella - signed"),
    "thr_takings": ("Takings", "4680|2175|6000|1320|4140|6000|2970|780|5250|3450|1800|5985|1005|4275|#DIV/0!|5000|0|tbc|"),
    # a home energy log
    "nrg_kwh": ("Electricity (kWh)", "8.2|11.5|9.7|14.3|7.1|10|12.8|6.4|9.9|15.6|10|8.8|13.1|5.9||meter off| "),
    "nrg_date": ("Reading Date", "2024-06-12|2024-06-11|2024-06-10|2024-06-09|2024-06-08|2024-06-07|2024-06-06|2024-06-05|2024-06-04|2024-06-02|2024-05-31|2024-05-01|2024-04-30|2024-06-13|2024-06-16|2024-07-01"),
    "nrg_cost": ("Daily Cost (£)", "2.45|3.45|2.91|4.29|2.13|3|3.84|1.92|2.97|4.68|3|2.64|3.93|1.77|2|0.2"),
    "nrg_solar": ("Solar Export (kWh)", "0|2.3|5.8|0|12.4|8.1|0|3.7|15.2|9.9|0|6.5|11|#N/A||-0.1|0.4"),
    # a sailing club
    "sail_boat": ("Boat Class", "Laser|Laser Radial|RS200|Topper|Mirror|RS Aero 7|Laser 4.7|Wayfarer|Topper|Comet|Solo|RS400|mirror|ILCA / Laser|Enterprise"),
    "sail_py": ("PY Handicap", "1100|1147|1046|1365|1380|1065|1200|1102|1360|1210|1142|942|1390|1116|"),
    "sail_race": ("Race Date", "2024-06-09|2024-06-12|2024-06-02|2024-06-05|2024-06-16|2024-06-23|2024-06-30|2024-07-07|2024-05-26|2024-05-19|2024-06-13|2024-06-15|2024-06-11|2024-06-08|2024-08-04"),
    "sail_secs": ("Elapsed (s)", "2710|3125|2980|3600|2455|3330|2890|3012|4105|2766|3600|2999|3240|DNF|3000|2600"),
    # a coffee roaster
    "cof_origin": ("Origin", "Ethiopia Yirgacheffe|Colombia Huila|Brazil Santos|Ethiopia Guji|Kenya AA|Guatemala Antigua|Colombia Decaf|Sumatra|Brazil Cerrado|Rwanda|Decaf Brazil|Costa Rica|Ethiopia Sidamo|Peru|Kenya AB|Blend: Ethiopia/Brazil|House blend (Kenya)"),
    "cof_roast": ("Roast Date", "2024-06-12|2024-06-11|2024-06-10|2024-06-07|2024-06-06|2024-06-04|2024-06-03|2024-05-28|2024-05-14|2024-06-13|2024-06-14|2024-06-18|2024-06-20|2024-07-02|2024-06-28|2024-06-01"),
    "cof_bag": ("Bag Size (g)", "250|1000|250|500|250|1000|2000|250|500|250|227|1000|250|500|100"),
    "cof_score": ("Cupping Score", "86.5|84|88.25|82|85|87|83.5|90|84|85.5|81|86|89|#N/A|88|"),
    # a podcast's download stats
    "pod_dl": ("Downloads", "1250|3400|980|12000|2750|860|4100|1500|15500|2200|1020|5300|1100|700|1000|5000"),
    "pod_title": ("Episode", "Ep 1 - Pilot|Ep 2 - Guest: Sam|Bonus: Q&A|Ep 3 - Listener mail|Ep 4 - Guest: Priya|Trailer|Bonus: outtakes|Ep 5 - Live show|Ep 6 - Guest: Tom|Ep 7|Special: Christmas|Ep 8 - Q&A|Guest special|Ep 10 (bonus)|Q&A special|Bonus: Q&A|Bonus: deep dive"),
    "pod_release": ("Released", "2024-06-12|2024-06-11|2024-06-06|2024-06-05|2024-06-04|2024-05-29|2024-05-22|2024-05-15|2024-06-13|2024-06-14|2024-06-19|2024-06-26|2024-07-03|2024-06-09|2024-04-10"),
    "pod_len": ("Length (mins)", "42|58|35|71|49|90|27|63|45|38|102|55|60|33|30|"),
    "pod_rating": ("Avg Rating", "4.6|4.8|3.9|4.2|5|4.6|3.5|4.4|4.9|4.1|2.8|4.7|4.3||4| "),
    # a language school
    "lang_level": ("Level", "A1|B2|C1|A2|B1|B1+|A2|C2|B2|Pre-A1|B1|A1+|C1|A2/B1|B2 (exam)|A1/A2"),
    "lang_attend": ("Attendance", "95%|82%|100%|67%|90%|74%|88%|55%|80%|91%|79%|100%|62%|85%|70%|"),
    "lang_email": ("Email", "anna.decker@web.de|tomas.r@gmail.com|j.dev@outlook.com|yuki.s@yahoo.co.jp|lena.m@gmx.de|carlos@gmail.com|tomas.r@gmail.com||priya.k@hotmail.com|marc@orange.fr|sofia.b@gmail.com|Lena.M@gmx.de|ahmed@outlook.com|jan.v@t-online.de| |li.wei@qq.com.cn"),
    "lang_score": ("Test Score", "78|45|92|61|88|39|70|84|55|97|66|70|49|81||50| "),
    "lang_start": ("Course Start", "2024-06-10|2024-06-03|2024-05-06|2024-05-20|2024-06-17|2024-07-01|2024-07-15|2024-06-24|2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-04-08|2024-09-02|2024-06-15"),
}

ENTRIES = r"""
# a dentist's recall list
can you highlight the patients whose recall falls due next month? I'd like to post their reminder letters early | NextMonth() | dent_recall | chat | date
recall due this wk | ThisWeek() | dent_recall | terse | date | column-word
excel conditional formatting recall dates that fell in last month | LastMonth() | dent_recall | web | date
Reception wants tomorrow's recalls picked out so they can phone round this afternoon. Column B is the recall date, how do I do it? | Tomorrow() | dent_recall | forum | date
could you flag any patient we haven't seen in over a year? the column is in months | GreaterThan(12) | dent_months | chat
months since visit >= 6 | GreaterThanEqual(6) | dent_months | terse | column-word
Which 3 patients have gone longest since their last visit? I'd like those cells shaded. | Top(3) | dent_months | forum | superlative
How do I add a colour scale to a column of months so the long gaps stand out? | ColorScale() | dent_months | web | visual
Column C has the treatments. I want every row that mentions check-up highlighted, including the combined ones with an x-ray. | TextContains("check-up") | dent_treatment | forum
treatment starts with Crown | TextStartsWith("Crown") | dent_treatment | terse | column-word
please mark every treatment that isn't some kind of filling, thanks | TextNotContains("filling") | dent_treatment | chat | negation
Which treatments appear more than once in my list? I'd like those cells coloured. | Duplicates() | dent_treatment | forum
show errors in fee col | Errors() | dent_fee | terse | column-word
excel highlight cells below average fee | BelowAverage() | dent_fee | web | column-word
fee = 0 | Equals(0) | dent_fee | terse | column-word
Hi, how can I highlight fees of £100 or more? Greater than skipped the £100 ones. | GreaterThanEqual(100) | dent_fee | forum | boundary | number-format
# a dog-walking business
dogs walked < 5 times | LessThan(5) | dog_walks | terse
top 5 by walks | Top(5) | dog_walks | terse | column-word | superlative
add data bars to my walks column please, I want to see at a glance who's getting the most outings | DataBar() | dog_walks | chat | visual | column-word
Is there a way to shade the dogs that were walked more than average? | AboveAverage() | dog_walks | forum
I walk loads of spaniels. Could you colour every breed with spaniel in the name? | TextContains("spaniel") | dog_breed | chat
breeds beginning "Lab" | TextStartsWith("Lab") | dog_breed | terse | quoted | column-word
excel conditional formatting if cell ends with "retriever" | TextEndsWith("retriever") | dog_breed | web | quoted
How do I highlight breeds that are entered more than once in Excel? | Duplicates() | dog_breed | web
can you flag owners who owe me more than $100? thanks! | GreaterThan(100) | dog_owed | chat | number-format
I need anyone who still owes me something highlighted, so any amount that isn't zero. Credits (negative amounts) count too. | NotEquals(0) | dog_owed | forum | negation
walks tmrw | Tomorrow() | dog_next | terse | date
which dogs are booked in for today? highlight them for me so I can plan the route | Today() | dog_next | chat | date
excel highlight dates that are next week | NextWeek() | dog_next | web | date
# a plant nursery
pots in stock 5 or fewer | LessThanEqual(5) | nur_stock | terse | boundary | column-word
Which lines make up the top 20% of our stock levels? I'd like them highlighted. | TopPercent(20) | nur_stock | forum
stock between 10 and 50 | Between(10, 50) | nur_stock | terse | range | column-word
colour all the lavenders please, any variety | TextContains("lavender") | nur_plant | chat
How do I highlight plant names that end in rose? Text That Contains also picks up Rose Iceberg. | TextEndsWith("rose") | nur_plant | forum
plants whose name doesn't start with Lavender | NOT(TextStartsWith("Lavender")) | nur_plant | terse | negation
excel highlight values that appear only once in a list | Unique() | nur_plant | web
sown in last 7 days | Last7Days() | nur_sown | terse | date
excel conditional formatting dates yesterday | Yesterday() | nur_sown | web | date
We sow in batches. How can I highlight the trays that were sown last week (Sunday to Saturday)? | LastWeek() | nur_sown | forum | date
can you pick out the plants that cost more than a tenner? | GreaterThan(10) | nur_price | chat | number-format
Could you highlight our two cheapest plants? Going on the offers board. | Bottom(2) | nur_price | chat | number-words | superlative
heights outside 20-100cm | NotBetween(20, 100) | nur_height | terse | range | column-word
stick an icon set on the heights column for me, would you? | IconSet() | nur_height | chat | visual | column-word
# a school canteen
could you highlight any child whose dinner money balance has gone negative? | LessThan(0) | can_balance | chat
There's a #REF! somewhere in the balances after I pasted last term's sheet. How do I make error cells show up red? | Errors() | can_balance | forum
excel conditional formatting only cells without errors | NotErrors() | can_balance | web
kids who took all five dinners | Equals(5) | can_meals | chat | number-words
meals < 3 | LessThan(3) | can_meals | terse | column-word
flag every allergy that mentions nut - peanuts, tree nuts, the lot | TextContains("nut") | can_allergy | forum
Highlight the pupils whose allergy cell is just "none", not the "none known" ones | TextEquals("none") | can_allergy | forum | quoted
any pupil with the allergies box left empty needs chasing, can you colour those? | Blanks() | can_allergy | chat | column-word
How can I highlight every class code that begins with 3 (3A, 3B, 3C)? | TextStartsWith("3") | can_class | forum
excel highlight dates in current month | ThisMonth() | can_topup | web | date
accounts not topped up in the last 7 days | NOT(Last7Days()) | can_topup | terse | negation | date
# a cycling club's rides
100km+ rides | GreaterThanEqual(100) | cyc_km | terse | boundary | number-format
shortest three rides please - I want to suggest them to the new members | Bottom(3) | cyc_km | chat | number-words | superlative
Rides over 25 km/h average - what's the CF rule? Speeds are in column D. | GreaterThan(25) | cyc_speed | forum
Which rides were faster than the average speed? Looking for a CF rule rather than a helper column. | AboveAverage() | cyc_speed | forum
slowest 20% of rides by speed | BottomPercent(20) | cyc_speed | terse | superlative
rides this week | ThisWeek() | cyc_date | terse | date
how to highlight last month's dates in excel | LastMonth() | cyc_date | web | date
Can you colour the rides coming up next week so I can send the reminder? | NextWeek() | cyc_date | chat | date
routes that start with Café ride | TextStartsWith("Café ride") | cyc_route | terse
hey, could you pick out every route that uses the coast road? | TextContains("coast road") | cyc_route | chat
I'd like to see every route that doesn't go through Ashby, we're avoiding it while the roadworks are on | TextNotContains("Ashby") | cyc_route | chat | negation
excel highlight duplicate routes | Duplicates() | cyc_route | web
over 1k metres of climbing | GreaterThan(1000) | cyc_climb | terse | number-format
In column E (elevation) I want rides between 500 and 1500 m highlighted, ends included. | Between(500, 1500) | cyc_climb | forum | range | column-word
data bars elevation | DataBar() | cyc_climb | terse | visual | column-word
# a wedding caterer
excel highlight if number greater than 150 | GreaterThan(150) | wed_guests | web
Parties of 100 guests or under - can I get those highlighted? They fit the small marquee. | LessThanEqual(100) | wed_guests | forum | boundary
Biggest 3 Weddings By Guest Numbers | Top(3) | wed_guests | terse | superlative | odd-case
color scale on guests | ColorScale() | wed_guests | terse | visual | column-word
weddings this month | ThisMonth() | wed_date | terse | date
Please could you highlight the weddings from the last seven days? I need to send their invoices. | Last7Days() | wed_date | chat | date | number-words
excel conditional formatting highlight date in next month | NextMonth() | wed_date | web | date
I'd love every hog roast menu highlighted please - we need to book the spit | TextContains("hog roast") | wed_menu | chat
How do I highlight menus that end in (vegan) in Excel? | TextEndsWith("(vegan)") | wed_menu | web
can you colour the menus that aren't any kind of buffet? | TextNotContains("buffet") | wed_menu | chat | negation
menu begins with Buffet | TextStartsWith("Buffet") | wed_menu | terse | column-word
Deposit column: I only want the cells that say exactly "Paid" highlighted, not part paid or unpaid. | TextEquals("Paid") | wed_deposit | forum | quoted
deposit cell empty | Blanks() | wed_deposit | terse | column-word
cost per head over £45 | GreaterThan(45) | wed_head | terse | number-format | column-word
which menus come in under the average cost per head? | BelowAverage() | wed_head | chat | column-word
excel highlight values between 30 and 50 inclusive | Between(30, 50) | wed_head | web | range
# a pharmacy's stock list
qty on shelf <= 10 | LessThanEqual(10) | pha_qty | terse | column-word
Hi all - in our stock sheet (column D, quantity on the shelf) I need every line at 15 units or fewer to show amber. What rule do I use? | LessThanEqual(15) | pha_qty | forum | boundary | column-word
could you highlight the lines where the quantity came through as an error or is missing? | OR(Errors(), Blanks()) | pha_qty | chat | compound
anything expiring this month | ThisMonth() | pha_expiry | terse | date
stuff that expired last month, needs to go back to the wholesaler | LastMonth() | pha_expiry | terse | date
Excel: highlight expiry dates that fall next month | NextMonth() | pha_expiry | web | date
Is there a conditional format for "expires today"? Column F holds the expiry dates. | Today() | pha_expiry | forum | quoted | date
Pharmacy sheet: how do I highlight every item with paracetamol anywhere in the name? | TextContains("paracetamol") | pha_item | forum
excel highlight cells that begin with "Ibuprofen" | TextStartsWith("Ibuprofen") | pha_item | web | quoted
Could you please colour the items that end in 10mg? We're checking the antihistamine strengths. | TextEndsWith("10mg") | pha_item | chat
can you colour the items that cost under 50p each? | LessThan(0.5) | pha_price | chat | number-format
top 10% priciest items | TopPercent(10) | pha_price | terse | superlative
How would I make the unit prices above average stand out? | AboveAverage() | pha_price | forum
# a model railway club
Excel highlight cell if text starts with Class 37 | TextStartsWith("Class 37") | rail_loco | web
We've got some locos entered twice on the club register. Can conditional formatting show the repeats? | Duplicates() | rail_loco | forum
any loco without "Class" in it - the named ones | TextNotContains("Class") | rail_loco | terse | negation | quoted
fewer than 20 laps but not the empty cells please | AND(NotBlanks(), LessThan(20)) | rail_laps | chat | compound
laps >100 | GreaterThan(100) | rail_laps | terse | column-word
excel conditional formatting top 3 values in a column | Top(3) | rail_laps | web | superlative
club meetings this wk | ThisWeek() | rail_meet | terse | date
Could you highlight the meeting that's tomorrow? | Tomorrow() | rail_meet | chat | date
how to highlight a date that was yesterday in excel | Yesterday() | rail_meet | web | date
What's the rule to shade meetings held in the last 7 days? I log them in column A. | Last7Days() | rail_meet | forum | date
Which purchases were over £200? I'd like them in red for the treasurer. | GreaterThan(200) | rail_cost | forum | number-format
the five most expensive bits of kit | Top(5) | rail_cost | terse | number-words | superlative
items costing between £50 and £100 | Between(50, 100) | rail_cost | terse | range | number-format
# a tennis ladder
Can you make the challenges that are just Pending stand out? Not pending reply though. | TextEquals("Pending") | ten_status | chat
Please highlight every challenge that's been played, walkovers included. | TextStartsWith("Played") | ten_status | chat
anything declined or overdue in the challenge status column | OR(TextContains("declined"), TextContains("overdue")) | ten_status | terse | compound | column-word
excel highlight top 4 values | Top(4) | ten_points | web | superlative
ladder points below 900 | LessThan(900) | ten_points | terse | column-word
I want the bottom 25% of the ladder by points coloured so they know they're in the drop zone. | BottomPercent(25) | ten_points | chat
The "Ladder Points" column has blanks where players withdrew. How do I highlight those empty cells? | Blanks() | ten_points | forum
who plyed yesterday | Yesterday() | ten_last | terse | date | typo
players who haven't had a match in the last 7 days | NOT(Last7Days()) | ten_last | terse | negation | date
excel highlight dates in the previous week | LastWeek() | ten_last | web | date
win rate of at least 50% | GreaterThanEqual(0.5) | ten_win | terse | boundary | number-format
Which players have a win percentage over 75%? I want to bump them up a division. | GreaterThan(0.75) | ten_win | forum | number-format
win % not between 40% and 60% | NotBetween(0.4, 0.6) | ten_win | terse | range | number-format | negation
# a bike repair shop
excel conditional formatting cell contains the word service | TextContains("service") | bik_job | web
excel conditional format text begins with puncture | TextStartsWith("puncture") | bik_job | web
Can you colour every job that has nothing to do with brakes? | TextNotContains("brake") | bik_job | chat | negation
jobs ending in "service" | TextEndsWith("service") | bik_job | terse | quoted
Quotes over £150 need the manager's OK - how do I make them stand out? | GreaterThan(150) | bik_quote | forum | number-format
How do I highlight the 3 lowest quotes in a column? | Bottom(3) | bik_quote | web | superlative
quotes of £25 and under | LessThanEqual(25) | bik_quote | terse | boundary | number-format
bikes booked in today | Today() | bik_in | terse | date
Could you highlight the bikes that came in last week? Anything still here from then is late. | LastWeek() | bik_in | chat | date
booked in, last 7 days | Last7Days() | bik_in | terse | date
dupliacte ticket numbers | Duplicates() | bik_ticket | terse | typo
Some ticket numbers were typed twice. I only want the ones that appear once highlighted - is that possible? | Unique() | bik_ticket | forum
# a parish hall's bookings
Could you highlight all the yoga classes for me? Only the ones that start with Yoga. | TextStartsWith("Yoga") | hall_hirer | chat
bookings that are exactly "Private party" | TextEquals("Private party") | hall_hirer | terse | quoted
How do I highlight hirers whose name appears only once in the list? | Unique() | hall_hirer | web
hirer doesnt start with Private | NOT(TextStartsWith("Private")) | hall_hirer | terse | negation | typo | column-word
bookings today or tomorrow | OR(Today(), Tomorrow()) | hall_date | terse | compound | date
excel highlight dates within next week | NextWeek() | hall_date | web | date
Can you highlight next month's bookings? The committee meets to approve them. | NextMonth() | hall_date | chat | date
how do i highlight bookings that run longer than four hours | GreaterThan(4) | hall_hours | web | number-words
an hour and a half or less | LessThanEqual(1.5) | hall_hours | terse | number-words | boundary
Hire fee column - want to see which fees are above the average one. | AboveAverage() | hall_fee | forum | column-word
free bookings (no fee) | Equals(0) | hall_fee | terse
# a fishing log
Anyone know how to highlight every species ending in carp? Mirror carp, common carp and so on. | TextEndsWith("carp") | fish_species | forum
Pike only please, not the jack pike | TextEquals("Pike") | fish_species | chat
I left the species blank when I couldn't identify the fish. How do I highlight those empty cells? | Blanks() | fish_species | forum
species that don't contain the word carp | TextNotContains("carp") | fish_species | terse | negation
fish over 10lb | GreaterThan(10) | fish_lb | terse
biggest three fish | Top(3) | fish_lb | terse | number-words | superlative
Can you highlight anything under a pound? Those go back straight away. | LessThan(1) | fish_lb | chat | number-words
Excel conditional formatting between two numbers 5 and 15 | Between(5, 15) | fish_lb | web | range
Could you shade this week's catches? | ThisWeek() | fish_date | chat | date
How do I make dates from last month change colour automatically? | LastMonth() | fish_date | forum | date
highlight pegs I've fished more than once | Duplicates() | fish_peg | terse
# an electrician's jobs
excel highlight text beginning with EICR | TextStartsWith("EICR") | ele_type | web
Could you pick out every job involving a socket? | TextContains("socket") | ele_type | chat
landlord EICRs only (either way round) | AND(TextContains("EICR"), TextContains("landlord")) | ele_type | terse | compound
Jobs where I was on site over 8 hrs - can CF pick those out? | GreaterThan(8) | ele_hours | forum
How do I apply a colour scale to hours in Excel? | ColorScale() | ele_hours | web | visual
certs due this month | ThisMonth() | ele_cert | terse | date
Could you show me which certificates are due next week? I'll book them in. | NextWeek() | ele_cert | chat | date
I need certs that were due yesterday flagged. Dates are in column G. | Yesterday() | ele_cert | forum | date
invoices of £1k or more | GreaterThanEqual(1000) | ele_inv | terse | number-format | boundary
excel highlight smallest 20 percent | BottomPercent(20) | ele_inv | web | superlative
My invoice column has a #N/A from a broken lookup. How can I format every cell EXCEPT errors? | NotErrors() | ele_inv | forum | odd-case | negation
Please highlight the Leicester postcodes, the ones starting with LE. | TextStartsWith("LE") | ele_postcode | chat
jobs outside the LE postcode area (doesn't start LE) | NOT(TextStartsWith("LE")) | ele_postcode | terse | negation
Can you colour the Nottingham postcodes? They all begin NG. | TextStartsWith("NG") | ele_postcode | chat
# a piano teacher's students
grade 5 and above | GreaterThanEqual(5) | pia_grade | terse | boundary
How do I highlight every cell that equals 3 in Excel? | Equals(3) | pia_grade | web
How do I highlight grades 3 to 5 inclusive? | Between(3, 5) | pia_grade | web | range
less than an hour's practice a week | LessThan(60) | pia_practice | terse | number-words
Could you colour the students who do more than half an hour but less than an hour a week? | AND(GreaterThan(30), LessThan(60)) | pia_practice | chat | number-words | compound
practice at least 2 hours | GreaterThanEqual(120) | pia_practice | terse | boundary | number-words
which students practise less than average? | BelowAverage() | pia_practice | forum
lessons today | Today() | pia_lesson | terse | date
I teach on Thursdays too. Can you highlight tomorrow's lessons for me? | Tomorrow() | pia_lesson | chat | date
excel conditional formatting dates in the current week | ThisWeek() | pia_lesson | web | date
I'd like to see which students owe me anything - could you highlight them? | GreaterThan(0) | pia_owed | chat
# a brewery's batches
beers stronger than 5% | GreaterThan(0.05) | brw_abv | terse | number-format
session beers at 4% or under | LessThanEqual(0.04) | brw_abv | terse | number-format | boundary
Can you highlight the 3 strongest beers in the ABV column? | Top(3) | brw_abv | chat | superlative | column-word
How do I add data bars to a column of percentages? | DataBar() | brw_abv | web | visual
Batch numbers used twice by mistake - how can I spot them with conditional formatting? | Duplicates() | brw_batch | forum
Which batches only appear once on the sheet? | Unique() | brw_batch | forum
brewed last week | LastWeek() | brw_brewed | terse | date
Please highlight any brew days coming up next week | NextWeek() | brw_brewed | chat | date
EVERY STOUT | TextEndsWith("stout") | brw_style | terse | odd-case
styles containing IPA | TextContains("IPA") | brw_style | terse | column-word
I'd like all the dark beers highlighted, so stouts and porters | OR(TextContains("stout"), TextContains("porter")) | brw_style | chat | compound
Could you colour any batch with an OG over 1.050? | GreaterThan(1.05) | brw_og | chat
excel highlight cells between 1.040 and 1.050 | Between(1.04, 1.05) | brw_og | web | range
# a theatre box office
How do I highlight the full houses? A full house is 400 seats sold. | Equals(400) | thr_sold | forum
Shows that sold under 100 seats - how do I flag them? | LessThan(100) | thr_sold | forum
two worst-selling performances | Bottom(2) | thr_sold | terse | number-words | superlative
performances tonight | Today() | thr_perf | terse | date
Can you highlight this week's performances? | ThisWeek() | thr_perf | chat | date
excel conditional formatting for dates in the last 7 days | Last7Days() | thr_perf | web | date
excel highlight cells that contain matinee | TextContains("matinee") | thr_show | web
Please colour the shows starting with Panto, thanks | TextStartsWith("Panto") | thr_show | chat
every show apart from the something-night ones (jazz night, quiz night etc) | NOT(TextEndsWith("night")) | thr_show | terse | negation
Cinderella performances but not the relaxed one | AND(TextContains("cinderella"), TextNotContains("relaxed")) | thr_show | chat | compound
takings of 5k or more | GreaterThanEqual(5000) | thr_takings | terse | number-format | boundary
How can I show data bars on the takings column without the error cell breaking it? | DataBar() | thr_takings | forum | visual | column-word
top 10% of takings | TopPercent(10) | thr_takings | terse | column-word
# a home energy log
Excel: highlight days where usage is over 10 kWh | GreaterThan(10) | nrg_kwh | web
excel icon set traffic lights on a column | IconSet() | nrg_kwh | web | visual
which days did we use more than average? | AboveAverage() | nrg_kwh | chat
readings from yesterday | Yesterday() | nrg_date | terse | date
Excel: conditional formatting for dates last week | LastWeek() | nrg_date | web | date
Could you highlight the readings I took in May? That was last month. | LastMonth() | nrg_date | chat | date
days costing less than two quid | LessThan(2) | nrg_cost | terse | number-words | number-format
2 dearest days | Top(2) | nrg_cost | terse | superlative
days with any solar export at all | GreaterThan(0) | nrg_solar | terse
The solar column pulls from an API and sometimes shows #N/A. How do I highlight the error cells? | Errors() | nrg_solar | forum
# a sailing club
Can you highlight all the Lasers? That's every class starting with Laser. | TextStartsWith("Laser") | sail_boat | chat
boat classes appearing more than once | Duplicates() | sail_boat | terse | column-word
Just the plain "Laser" rows please, not Radial or 4.7 | TextEquals("Laser") | sail_boat | chat | quoted
PY handicap over 1200 | GreaterThan(1200) | sail_py | terse | column-word
How do I highlight the three fastest boats? Lower PY number = faster | Bottom(3) | sail_py | forum | polarity | superlative | number-words
races this month | ThisMonth() | sail_race | terse | date
every race not in this month | NOT(ThisMonth()) | sail_race | terse | negation | date
Could you highlight races from last week and this week? | OR(LastWeek(), ThisWeek()) | sail_race | chat | compound | date
finished in under 50 minutes | LessThan(3000) | sail_secs | terse | number-words
fastest 3 times | Bottom(3) | sail_secs | terse | polarity | superlative
elapsed time over an hour | GreaterThan(3600) | sail_secs | terse | number-words | column-word
# a coffee roaster
How do I highlight the Ethiopian coffees? They all start with Ethiopia in the Origin column. | TextStartsWith("Ethiopia") | cof_origin | forum | column-word
excel highlight if cell contains decaf | TextContains("decaf") | cof_origin | web
Can you highlight the origins that aren't Brazilian? Blends with Brazil in count as Brazilian. | TextNotContains("Brazil") | cof_origin | chat | negation
origins that begin with Kenya or Ethiopia (single origins, not blends) | OR(TextStartsWith("Kenya"), TextStartsWith("Ethiopia")) | cof_origin | terse | compound
roasted today | Today() | cof_roast | terse | date
beans roasted within the last 7 days - still resting | Last7Days() | cof_roast | terse | date
How can I highlight roast dates from next month? We pre-plan roasts. | NextMonth() | cof_roast | forum | date
Could you highlight the 1kg bags? Bag size is in grams. | Equals(1000) | cof_bag | chat | number-format
anything that isn't a standard 250g bag | NotEquals(250) | cof_bag | terse | negation | number-format
cupping score 85+ | GreaterThanEqual(85) | cof_score | terse | boundary | column-word
colour scale on the practice minutes please | ColorScale() | pia_practice | chat | visual | column-word
Scores from 85 up to but not including 88 please - I'm sorting the specialty tier | AND(GreaterThanEqual(85), LessThan(88)) | cof_score | chat | compound | boundary
# a podcast's download stats
episodes with more than 1k downloads | GreaterThan(1000) | pod_dl | terse | number-format
How to highlight the 3 least downloaded episodes in Excel | Bottom(3) | pod_dl | web | superlative
Could you shade the top 10% of episodes by downloads? | TopPercent(10) | pod_dl | chat | column-word
bonus episodes | TextStartsWith("Bonus") | pod_title | terse
excel highlight cell containing Guest | TextContains("Guest") | pod_title | web
titles not starting with Ep - the bonus, trailer and special ones | NOT(TextStartsWith("Ep")) | pod_title | terse | negation
Same episode title pasted twice by mistake. How do I spot duplicates in the Episode column? | Duplicates() | pod_title | forum | column-word
released this week | ThisWeek() | pod_release | terse | date
Could you highlight episodes going out tomorrow? | Tomorrow() | pod_release | chat | date
How do I highlight episodes longer than an hour? Length is in minutes. | GreaterThan(60) | pod_len | forum | number-words
episodes of 30-45 mins | Between(30, 45) | pod_len | terse | range
Which episodes have ratings below 4? Looking for a CF rule. | LessThan(4) | pod_rating | forum
Highlight only episodes that have a rating (skip the empty ones) | NotBlanks() | pod_rating | forum
# a language school
Can you highlight the B1 students? Just B1, not B1+. | TextEquals("B1") | lang_level | chat
levels exactly A1 or A2 | OR(TextEquals("A1"), TextEquals("A2")) | lang_level | terse | compound
Could you highlight every level beginning with B? | TextStartsWith("B") | lang_level | chat
attendance < 80% | LessThan(0.8) | lang_attend | terse | number-format | column-word
How to highlight the lowest 10 percent in Excel | BottomPercent(10) | lang_attend | web | superlative
attendance between 70% and 90% | Between(0.7, 0.9) | lang_attend | terse | range | number-format | column-word
students with German email addresses (.de) | TextEndsWith(".de") | lang_email | terse
A few students enrolled twice. How can I highlight the email addresses that are repeated? | Duplicates() | lang_email | forum
gmail users | TextContains("gmail") | lang_email | terse
excel highlight scores less than 50 | LessThan(50) | lang_score | web
failed or didn't sit it: under 50 or blank | OR(LessThan(50), Blanks()) | lang_score | terse | compound
Could you highlight the top 3 test scores? | Top(3) | lang_score | chat | superlative
courses starting next week | NextWeek() | lang_start | terse | date
excel highlight date if it is tomorrow | Tomorrow() | lang_start | web | date
# second round, all domains
episodes with no rating yet - how do I highlight the empty cells in the rating column? | Blanks() | pod_rating | forum | column-word
HIGHLIGHT BLANK TEST SCORES | Blanks() | lang_score | terse | odd-case | column-word
Any line where nobody's entered the quantity needs to light up, please. Empty cells only, not zeros. | Blanks() | pha_qty | chat
excel highlight empty cells in a column of email addresses | Blanks() | lang_email | web
Could you put an icon set on the walks column? Arrows would be ideal. | IconSet() | dog_walks | chat | visual | column-word
excel 3 traffic lights icon set guest numbers | IconSet() | wed_guests | web | visual
icons on hours on site | IconSet() | ele_hours | terse | visual | column-word
How do I add icon sets to a column that has some text in it (e.g. "away")? Column B is practice minutes. | IconSet() | pia_practice | forum | visual | quoted
Is there a way to highlight episode lengths that are NOT between 30 and 60 minutes? | NotBetween(30, 60) | pod_len | forum | negation | range | odd-case
attendance outside 70-90% | NotBetween(0.7, 0.9) | lang_attend | terse | range | number-format | column-word
Excel Conditional Formatting Not Between 20 And 100 | NotBetween(20, 100) | bik_quote | web | odd-case | negation
could you flag the fish that weren't between 1 and 10 lb? the odd ones out | NotBetween(1, 10) | fish_lb | chat | negation | range
cupping scores outside 84 to 88 | NotBetween(84, 88) | cof_score | terse | range | column-word
bookings not between 2 and 4 hours | NotBetween(2, 4) | hall_hours | terse | range | negation
excel highlight non blank cells in column | NotBlanks() | lang_email | web
Could you colour every row that actually has a cert due date filled in? | NotBlanks() | ele_cert | chat
lessons that have a date | NotBlanks() | pia_lesson | terse
Deposit column - I'd like to highlight every cell that has something in it. Blanks and cells with just a space should stay white. | NotBlanks() | wed_deposit | forum | column-word
recall date filled in | NotBlanks() | dent_recall | terse | column-word
how to apply conditional formatting to cells that are not errors | NotErrors() | cyc_speed | web | negation
I want every fee that ISN'T an error cell to be shaded, blanks included. | NotErrors() | dent_fee | chat | negation | odd-case
solar readings that arent errors | NotErrors() | nrg_solar | terse | negation | typo
In the scores column I'd like all cells apart from the #N/A ones highlighted. Possible with CF? | NotErrors() | cof_score | forum | negation
speed column errors | Errors() | cyc_speed | terse | column-word
Please make any #VALUE! or other error in the amounts stand out. | Errors() | dog_owed | chat
excel conditional formatting #N/A cells | Errors() | cof_score | web
longest 20% of episodes | TopPercent(20) | pod_len | terse | superlative
How do I highlight the top 25% of values in Excel? My column is catch weight in lb. | TopPercent(25) | fish_lb | web | superlative
Could you colour the priciest 10% of the railway purchases? | TopPercent(10) | rail_cost | chat | superlative
top 25 percent longest rides | TopPercent(25) | cyc_km | terse | number-words | superlative
Which students scored above the class average? Highlight them in green. | AboveAverage() | lang_score | forum
heavier than average fish | AboveAverage() | fish_lb | terse
excel conditional formatting above average quote | AboveAverage() | bik_quote | web | column-word
players below the average points | BelowAverage() | ten_points | terse | column-word
Can you highlight episodes with below-average downloads? I want to see which topics flop. | BelowAverage() | pod_dl | chat | column-word
highlight below average attendence | BelowAverage() | lang_attend | terse | typo | column-word
Excel: format the cells that are less than the average of the column | BelowAverage() | nrg_cost | web
races that took exactly an hour | Equals(3600) | sail_secs | terse | number-words
Days where the solar export was zero - how do I highlight those? | Equals(0) | nrg_solar | forum
half-kilo bags | Equals(500) | cof_bag | terse | number-words | number-format
I'd like the five-star episodes highlighted, the ones averaging a perfect 5 | Equals(5) | pod_rating | chat | number-words
pupils who didn't take all 5 meals | NotEquals(5) | can_meals | terse | negation
excel highlight cell if not equal to 400 | NotEquals(400) | thr_sold | web | negation
bookings that aren't the standard 2 hours | NotEquals(2) | hall_hours | terse | negation
Can you flag anyone whose fees balance isn't zero? Owing or in credit, both. | NotEquals(0) | pia_owed | chat | negation
breeds that only appear once | Unique() | dog_breed | terse
excel highlight unique values only (not duplicates) | Unique() | cyc_route | web | negation
I only want the email addresses that occur once in the list to be coloured. | Unique() | lang_email | forum
pegs fished just the once | Unique() | fish_peg | terse
Could you highlight kids who are overdrawn, but only a little - below zero but not lower than -£5? | AND(LessThan(0), GreaterThanEqual(-5)) | can_balance | chat | compound | boundary | number-format
downloads more than 1,000 but under 5,000 | AND(GreaterThan(1000), LessThan(5000)) | pod_dl | terse | compound | number-format
How do I highlight weddings with more than 100 guests but fewer than 200 (not including 100 or 200)? | AND(GreaterThan(100), LessThan(200)) | wed_guests | forum | compound
laps at least 50 and under 100 | AND(GreaterThanEqual(50), LessThan(100)) | rail_laps | terse | compound | boundary
played matches only, leave out the walkovers | AND(TextStartsWith("Played"), TextNotContains("walkover")) | ten_status | chat | compound | negation
service jobs that don't involve parts | AND(TextContains("service"), TextNotContains("parts")) | bik_job | terse | compound | negation
tiny weddings under 50 guests or huge ones over 200 | OR(LessThan(50), GreaterThan(200)) | wed_guests | terse | compound
How do I highlight win rates under 40% or over 80%? | OR(LessThan(0.4), GreaterThan(0.8)) | ten_win | web | compound | number-format
Could you colour all the parties and anything yoga? | OR(TextContains("party"), TextContains("yoga")) | hall_hirer | chat | compound
Anything that expired last month or expires this month should be highlighted. Dates in column F. | OR(LastMonth(), ThisMonth()) | pha_expiry | forum | compound | date
styles that are neither IPAs nor ales | NOT(OR(TextContains("IPA"), TextContains("ale"))) | brw_style | terse | negation | compound
email addresses that don't end in .com | NOT(TextEndsWith(".com")) | lang_email | terse | negation
Could you highlight the lessons that aren't this week? Blank ones too. | NOT(ThisWeek()) | pia_lesson | chat | negation | date
certs due next month | NextMonth() | ele_cert | terse | date
Excel - how to highlight races scheduled in the next calendar month? | NextMonth() | sail_race | web | date
Today's bookings please | Today() | hall_date | chat | date
Which players had a match today? Match Date is in column C. | Today() | ten_last | forum | date | column-word
Could you highlight the shows on tomorrow? I need to print the door lists. | Tomorrow() | thr_perf | chat | date
beans to roast tomorrow | Tomorrow() | cof_roast | terse | date
brew days this month | ThisMonth() | brw_brewed | terse | date
Excel highlight cells with a date in this month | ThisMonth() | pod_release | web | date
bikes booked in yesterday | Yesterday() | bik_in | terse | date
Yesterday's bookings - how do I colour them so the caretaker can check the hall was left tidy? | Yesterday() | hall_date | forum | date
What episodes went out last week? Highlight them please | LastWeek() | pod_release | chat | date
roasted last week | LastWeek() | cof_roast | terse | date
courses that started last month | LastMonth() | lang_start | terse | date
certs that fell due in the last 7 days | Last7Days() | ele_cert | terse | date
two cheapest menus per head | Bottom(2) | wed_head | terse | number-words | superlative
How do I highlight the 3 worst attendance figures? | Bottom(3) | lang_attend | web | superlative
slowest four finishers | Top(4) | sail_secs | terse | polarity | superlative | number-words
Which were our most economical days? The two with the lowest cost please. | Bottom(2) | nrg_cost | chat | polarity | superlative
bottom 20% of performances by seats sold | BottomPercent(20) | thr_sold | terse | column-word
Could you pick out the lightest 10% of the catches? | BottomPercent(10) | fish_lb | chat | superlative
excel bottom 25 percent conditional formatting | BottomPercent(25) | rail_laps | web | number-words
the plain "Overdue" ones, not the chased ones | TextEquals("Overdue") | ten_status | terse | quoted
I want rows where the route is exactly Coast road - not the out-and-back or the ones via the coast road. | TextEquals("Coast road") | cyc_route | forum
Just the straight Hamlet shows please, no matinees or schools performances | TextEquals("Hamlet") | thr_show | chat
test score 70 or higher | GreaterThanEqual(70) | lang_score | terse | boundary | column-word
Excel conditional formatting greater than or equal to 4 | GreaterThanEqual(4) | hall_hours | web | boundary
status ending in pending | TextEndsWith("pending") | ten_status | terse | column-word
origins that end with Brazil | TextEndsWith("Brazil") | cof_origin | terse
episodes with no guest | TextNotContains("Guest") | pod_title | terse | negation
How can I highlight email cells that are missing an @ sign? | TextNotContains("@") | lang_email | web | negation
top 3 rated episodes | Top(3) | pod_rating | terse | superlative
avg speed 22 or under | LessThanEqual(22) | cyc_speed | terse | boundary | column-word
I need to hihglight every job quote under £25 | LessThan(25) | bik_quote | forum | typo | number-format
cost per head - the dearest 20% | TopPercent(20) | wed_head | terse | superlative | column-word
data bars for the height column | DataBar() | nur_height | terse | visual | column-word
Could you add data bars to the electricity readings? | DataBar() | nrg_kwh | chat | visual
colour scale on takings please, red low to green high | ColorScale() | thr_takings | chat | visual | column-word
How do I put a 3-colour scale on ABV values? | ColorScale() | brw_abv | web | visual
# blanks and top percent, third round
excel conditional formatting blank cells | Blanks() | nrg_kwh | web
Some recall dates were never entered. Can you highlight the empty ones? | Blanks() | dent_recall | chat
tickets with no number | Blanks() | bik_ticket | terse
How do I highlight certs with no due date? Column G, a few are blank or just have a space. | Blanks() | ele_cert | forum
empty speed cells | Blanks() | cyc_speed | terse
top 25% of performances by seats sold | TopPercent(25) | thr_sold | terse | superlative
Can you shade the highest 20% of electricity days? | TopPercent(20) | nrg_kwh | chat | superlative
How do I highlight the top 10 percent of values in Excel (original gravity column)? | TopPercent(10) | brw_og | web | number-words | column-word
Which boats are in the top 20% of PY numbers - i.e. the slowest? | TopPercent(20) | sail_py | forum | superlative
top 15% downloads | TopPercent(15) | pod_dl | terse | column-word
"""


# The set files written before this one. A set file written beside this one (fifth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "everyday_cf.json", "everyday_tables.json", "forum_tables.json",
              "fourth_cf.json", "fourth_tables.json", "fresh_cf.json", "fresh_tables.json",
              "plain_cf.json", "posts_tables.json", "spoken_cf.json", "template_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json")


column_sets.bind(globals(), FIFTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
