"""A set of one-column CF requests as people SAY them, and the builder of spoken_cf.json.

Written by engineer S, 2026-12-06, as one new independent evaluation set. Why: the assistant is
judged on hidden everyday and web-sourced requests it has never seen, and every older one-column
set has been chosen on. This set measures requests as people speak them: dictated to a phone or a
voice assistant ("hey siri ..."), or typed as fast as speech, with no punctuation or odd
punctuation, numbers in words ("twenty five", "one point five", "half a million", "a dozen",
"two hundred and fifty", "nine ninety nine", "ten lakh"), money and units said aloud ("fifty
bucks", "three quid", "two grand", "five k"), fillers ("um", "like", "you know"), self-corrections
("over forty no wait over fifty"), the word order of speech ("the ones where the score is like
below sixty"), dates said aloud ("stuff due tomorrow"), a few homophone slips of dictation
("to"/"two", "for"/"four", only where a careful listener still reads one rule), English varieties
(UK, US, Indian, Australian) and commands to an assistant. Only requests the language expresses
exactly are written, each with one right rule on its column; every literal of the rule can be
recovered from the request by a careful human ("twenty five" -> 25, "two grand" -> 2000, "C U" ->
"CU", "two years" on a column of months -> 24).

Tags: the speaking style first (`dictated`, `assistant`, `fast-typed`), then any of `uk`, `us`,
`in`, `au` (variety), `number-words`, `filler`, `self-correction`, `homophone`, then the set tag
`spoken`. IDs have the prefix `spk-`; the dev/test halves come from a hash of the ID
(`everyday_common.split_of`); `Labels` come from the project's executor with Today = 2024-06-12
(a Wednesday, the bench's fixed date; weeks run Sunday to Saturday as in Excel).

What its author read: benchmarks/data/README.md; benchmarks/data/everyday_common.py (the helpers
used here); the module docstring, imports and function definitions (not the entry lines nor the
column lists) of benchmarks/data/plain_cf.py, which this builder mirrors (third_cf.py was not
opened); tests/benchmarks/test_web_plain_cf_data.py, test_third_cf_data.py and set_files.py
(this set's test is modelled on them), tests/test_house.py; the team docs
../shared/docs/CF_RULES.md and EVALUATION.md; the public API of cf_assistant.languages.cf (parse,
to_text, formatted_rows, table_from_records, the rules module's operator lists), tried on a few
rules and date cells. Not read: the assistant's
code (cf_assistant/assistant/, cf_assistant/languages/cf/comparisons.py, phrases.py, synth.py,
repairs.py, cf_assistant/diffusion/, cf_assistant/training/), the JSON files of the other sets,
the entry lists and columns of the other builders, benchmarks/summary.md, benchmarks/RESULTS.md,
git log messages, and the requests of the benchmark train split (the builder only compares
against them). No model and no assistant was run on this set while it was written. The builder
refuses any request equal (case-insensitive, stripped) to a request of the eleven set files
written before it (`OTHER_SETS`; its test checks every set file of the folder) or of the train split (`../shared/data/cf/train.json` from the repository root, when
it is there).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`. Columns
come from domains chosen to be new (a food truck, a choir, a plumber's van, a dentist's recall
list, a cricket club, a vineyard, a call centre, a dog walker, a hostel, a skate shop, a pharmacy,
a bus depot, a recording studio, beekeeping, a tattoo studio, a ferry, karaoke, an escape room,
an allotment society, a pottery kiln, a taxi firm, a laundrette, an ice-cream van, a bowling
alley, a surf school, a florist, a kennel, a running club, a market in India, ...), each with
near misses (boundary values, blanks, text among numbers, duplicates, case variants, an error
value where it matters), and every record is refused unless its column tells its rule from the
rules one edit away (`everyday_common.column_problems`).

Rebuild: `python benchmarks/data/spoken_cf.py` (from the repository root); checked by
`tests/benchmarks/test_spoken_cf_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from everyday_common import (  # noqa: E402
    build_column_set, column_problems, column_record, parse_entries, requests_in, train_requests,
    weak_near_misses, write_column_set, write_splits,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "spoken_cf.json"
PREFIX = "spk"
SPOKEN_TAG = "spoken"
STYLES = ("dictated", "assistant", "fast-typed")
EXTRA_TAGS = ("uk", "us", "in", "au", "number-words", "filler", "self-correction", "homophone")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell. Dates are ISO (2024-06-12
# is the bench's Wednesday); weeks run Sunday to Saturday.
COLUMNS = {
    # food truck
    "tacos": ("Tacos Sold", "25|40|12|25|0|63|18||31|24|26|sold out|55|9|38|11"),
    "menu": ("Menu Item", "Pulled Pork Taco|Fish Taco|Veggie Burrito|taco salad|Churros|Loaded Fries|"
             "Chicken Quesadilla|Taco Supreme|Horchata|Elote|Vegan Bowl|Fish Tacos Combo|Nachos|"
             "veggie taco|Veggie|Street Corn|Grilled Veggie Wrap|Spicy Veggie"),
    "tips": ("Tips", "5|12.50|3|0|5.01|20|4.99|8|15|2|50||7.25|10|cash|-5"),
    "shift": ("Shift Date", "2024-06-11|2024-06-12|2024-06-13|2024-06-15|2024-06-07|2024-06-03|"
              "2024-06-19|2024-06-28|2024-05-20|2024-07-08|2024-09-02|2024-03-14|2024-06-07"),
    # choir
    "part": ("Voice Part", "Soprano|Alto|Tenor|Bass|soprano|Mezzo-Soprano|Baritone|Alto|Tenor 2|Bass|"
             "Soprano 1|alto||Tenor|Countertenor|Alto Sax|Bass 2|Low Bass|1st Alto| "),
    "rehearsals": ("Rehearsals Attended", "18|20|7|12|15|20|3|11|12|0|19|14|absent|16|9|-1"),
    "singer": ("Singer", "Maya Patel|Tom Reilly|maya patel|Ines Duarte|Grace Obi|Tom Reilly|Lars Berg||"
               "Ruth Kahn| |Grace obi|Oliver Stone|Ines Duarte|Priya Nair"),
    # plumber's van
    "van_qty": ("Qty In Van", "4|12|0|2|25|6|1|0|10|3|50|5||8|2|out|-1"),
    "part_code": ("Part Code", "CU-15-ELB|CU-22-TEE|PX-15-ELB|cu-28-cpl|BR-15-VLV|PX-22-CPL|CU-15-TEE|"
                  "ST-40-ELB|PX-15-TEE|CU-22-ELB|BR-22-VLV|ELB-CU-15|CU|CUT-15-STP|15-ST-TEE"),
    "unit_cost": ("Unit Cost", "1.5|12|0.85|2.5|15|1.49|3|45|0.5|1.51|7.99|2|#N/A|120|1.75"),
    # dentist
    "recall": ("Recall Due", "2024-06-12|2024-06-13|2024-06-11|2024-06-19|2024-06-14|2024-06-28|"
               "2024-07-08|2024-05-20|2024-06-04|2024-06-07|2024-10-01||2024-06-20|2024-07-22"),
    "checkup": ("Last Check-up", "2024-05-20|2024-06-07|2024-06-04|2024-06-11|2024-06-12|2024-05-02|"
                "2024-03-30|2024-06-13|2024-06-15|2024-06-19|2024-07-08|2024-06-28|2023-12-11|"
                "2024-05-31"),
    "months_since": ("Months Since Visit", "6|18|24|3|12|7|30|6|0|9|15|36||13|overdue|19|60| "),
    "patient_note": ("Recall Note", "Call back|Text sent|called twice|No answer|Letter sent|"
                     "call before 10|Booked|Text sent - no reply|Moved away|No answer x2|recall booked|"
                     "Declined||Booked by phone|Sent text"),
    # cricket club
    "runs": ("Runs", "0|12|45|100|7|51|88|23|0|134|50|49|DNB|3|67||19|40"),
    "econ": ("Economy", "4.5|6.2|3.8|7.1|5|5.5|8.25|4.5|6|2.9|n/a|5.0|9.4|3.25|0.45|45"),
    "player": ("Player", "Raj Singh|Ben Carter|Sam Hughes|raj singh|Alfie Ward|Ben Carter|Dev Rao|"
               "Joe Tait||Sam hughes|Kieran Moss|Ollie Pope|Zak Ali"),
    "wickets": ("Wickets", "3|0|5|1|2|4|0|6|1|7|2|3|#DIV/0!|1|0|"),
    # vineyard
    "brix": ("Brix", "22.5|24|19.8|25.5|21|23|24|26.2|18.5|22|20|25|20.5|23.7|high|2.4"),
    "vintage": ("Vintage", "2015|2018|2019|2020|2021|2017|2019|2022|2020|2016|2023|NV|2018|2014"),
    "block": ("Block", "North Shiraz|Block A Pinot|Pinot Noir East|Shiraz Old Vine|Chardonnay 2|"
              "pinot gris|Riesling Top|Merlot|Shiraz|Grenache Shiraz Mix|Cab Sav|pinot|Semillon|"
              "Top Pinot Block"),
    "case_price": ("Case Price", "180|240|95|120|360|210|150|99.99|480|200|100|20|2000|75|245|POA|2400"),
    # call centre
    "wait": ("Wait (sec)", "45|120|200|90|30|121|15|600|89|91|12|300|75|150|60|1200"),
    "outcome": ("Outcome", "Resolved|Escalated|Callback|resolved|Dropped|Resolved - follow up|"
                "Transferred|Escalated to L2|Voicemail|Not resolved|Unresolved|escalated|"
                "Callback booked|Call escalated|Needs callback"),
    "csat": ("CSAT", "5|4|1|3|2|5|N/A|4|1|2|3|5|0|4"),
    "agent_calls": ("Calls Handled", "42|55|38|61|47|29|50|33|70|44|sick||52|36| "),
    # dog walker
    "walk_mins": ("Walk Length (min)", "30|45|60|20|30|90|15|45|60|120|40|25|6|61|3|600"),
    "breed": ("Breed", "Labrador|Labradoodle|Cockapoo|Poodle|Goldendoodle|Black Lab|Collab Mix|Pug|lab|"
              "Cavapoo|Springer|Schnoodle|Poodle Cross|Beagle|Doodle Mix"),
    "next_walk": ("Next Walk", "2024-06-12|2024-06-13|2024-06-14|2024-06-11|2024-06-18|2024-07-03|"
                  "2024-07-20|2024-06-07|2024-06-26|2024-05-28|2024-06-04|2024-06-12|2024-08-05"),
    "owed": ("Owed ($)", "0|50|75|20|0|51|5|120|49.99|500|15|paid|35||60|-10"),
    # hostel
    "beds": ("Beds Free", "0|4|2|6|0|1|8|3|4|12|5|full||0.4|40|-1"),
    "rate": ("Rate / Night", "18|22|25|30|16|45|24.99|19|35|28|2.5|250|25.01|31"),
    "checkout": ("Check-out", "2024-06-13|2024-06-12|2024-06-14|2024-06-16|2024-06-11|2024-06-09|"
                 "2024-06-03|2024-06-21|2024-07-02|2024-05-29|2024-06-12|2024-06-07|2024-06-30"),
    "booking_ref": ("Booking Ref", "HW-1044|BK-2210|HW-1051|hw-1044|EXP-331|BK-2210|HW-1100|DIR-07|"
                    "EXP-331|BK-2288|HW-1051X|DIR-12|AIR-HW-9|HW-1202"),
    "guest_country": ("Country", "Australia|Germany|UK|australia|New Zealand|Germany|USA|India|"
                      "Australia|Canada|Ireland||South Africa|Brazil|India| "),
    # skate shop
    "deck": ("Deck Width (in)", "8|8.25|8.5|7.75|8.125|9|8.25|8.0|7.5|8.38|8.5|82.5|10|8.2|0.825"),
    "skate_stock": ("On Hand", "0|2|5|1|12|0|3|7|2|20|4||back order|1|-1| "),
    "skate_price": ("Price", "9.99|49.99|65|120|9.99|15|4.5|89|0.99|55|30|10|199.99|9.98|50|1"),
    "brand": ("Brand", "Baker|Element|Santa Cruz|baker|Girl|Polar|Element|Santa Cruz Wheels|"
              "Independent|Real|Bones Wheels|Spitfire Wheels|Wheels|Girl Skateboards|Wheels Co|"
              "Baker Boys|Team Baker|Old Santa Cruz"),
    # pharmacy
    "rx_expiry": ("Expiry", "2024-06-30|2024-07-15|2024-05-31|2024-06-12|2025-01-01|2024-06-11|"
                  "2024-06-13|2024-06-18|2024-06-05|2024-06-10|2024-08-01|2024-04-30|2024-06-15"),
    "drug": ("Medication", "Amoxicillin|Ibuprofen|Paracetamol|amoxicillin|Metformin|Penicillin V|"
             "Flucloxacillin|Cillin Test|Omeprazole|Ampicillin Sodium|Cetirizine|Co-amoxiclav|"
             "Atorvastatin|Ampicillin|Amoxicillin Syrup|Sugar Free Amoxicillin"),
    "dose": ("Dose (mg)", "500|250|1000|50|250|2500|20|499|25|501|100|5000|40|250.5"),
    "boxes_left": ("Boxes Left", "12|#N/A|0|4|7|#REF!|3||15|2|#DIV/0!|9|1|30"),
    # bus depot
    "late": ("Minutes Late", "-2|0|5|12|3|10|-1|25|0|8|11|1|cancelled|45|100|-20"),
    "route": ("Route", "N7|12|X40|n29|7|X4|N12|104|SL1|nx5|25|N|X7N|B12"),
    "odometer": ("Odometer (km)", "512000|250000|388500|499999|610000|400000|95000|500000|275400|"
                 "720000|401000|180000|50000|5000000|249999"),
    "service_due": ("Service Due", "2024-06-18|2024-06-12|2024-06-13|2024-06-10|2024-07-01|2024-05-15|"
                    "2024-06-04|2024-06-11|2024-06-24|2024-08-19|2024-06-15|2024-05-31|2024-06-07"),
    "fuel": ("Fuel (L)", "120|85|140|95|110|60|150|105|130|70|||125|98|n/a| "),
    # recording studio
    "track_len": ("Length (s)", "180|212|95|240|181|179|360|18|1800|200|150|240|ident|305|120"),
    "bpm": ("BPM", "120|128|90|140|174|100|124|130|85|60|135|121|119|129|1300|9"),
    "session": ("Session Status", "Booked|Cancelled|Tentative|booked|Done|Cancelled - refund|Booked|"
                "Hold|Rebooked|done|Cancelled||Booked (paid)|Client cancelled| "),
    "peak_db": ("Peak (dB)", "-3|-6|-1|0|-12|-0.5|-18|-3|-2.9|-24|-0.1|-13|-40|-11.9|clip"),
    "engineer": ("Engineer", "Jess|Marco|jess|Kwame||Lena|Marco|Dan||Jess|Ola|Priya|Dan|Mo| "),
    # beekeeping
    "hive_kg": ("Hive Weight (kg)", "32|18|20|41|25|19.5|36|22|28|15|2|200|44|30|dead"),
    "mites": ("Mite Count", "0|3|7|1|12|3|4|0|2|30|0.3|5|||9|10|n/c"),
    # tattoo studio
    "deposit": ("Deposit", "50|100||50|25|0||150|75|500|50|200|5|owed| "),
    "design": ("Design", "Rose sleeve|Custom rose|Custom lettering|Sparrow|Tiny heart|Mandala back|"
               "custom koi|Rose|Wildflowers|Compass rose|Cover up|rose & dagger|Koi|Flash or custom"),
    # ferry
    "crossing": ("Crossing (min)", "85|90|95|120|75|88|91|60|100|105|9|900|cancelled|82|80"),
    "cars": ("Cars Booked", "120|64|101|100|88|150|45|99|130|72|10|1000|0|95|110|30||TBC"),
    # karaoke bar
    "song": ("Song", "Love Shack|Dancing Queen|Crazy in Love|Total Eclipse of the Heart|Lovefool|"
             "Sweet Caroline|I Will Always Love You|Mr Brightside|Wannabe|Baby Love|Hello - Remix|"
             "Toxic (Remix)|Remix Medley|Livin on a Prayer"),
    "k_score": ("Score", "92|88|70|95|69|100|74|90|61|83|89|9|900|skipped|77|71|75"),
    # escape room
    "escape": ("Escape Time (min)", "52|45|38|60|DNF|44|59|dnf|41|46|30|4.5|450|58|DNF - hints|"
               "Hints then DNF"),
    "team": ("Team Name", "The Lockpicks|Clueless|Escape Artists|lockpicks|Team Clue|The Clueless Ones|"
             "Puzzle Pals|Mind Benders|Clue Crew|The Clue|Artists United|escape squad|Key Masters|"
             "Beat the Clock|Ones to Watch"),
    # allotment society
    "plot_fee": ("Plot Fee", "45|30|60|0|45|90|15|44|46|120|4.5|450|waived|25"),
    "plot_no": ("Plot", "A12|B3|A7|C1|a12|B3|D9|A1|C12|B30|E5|A12|F2|C1|B12A"),
    # pottery
    "kiln": ("Kiln Temp (C)", "1200|1240|980|1000|1260|1180|1250|1100|1300|850|1201|120|12000|999|1199"),
    "glaze": ("Glaze", "Celadon|Tenmoku|celadon|Shino|Clear|Matte White|Celadon Blue|Tenmoku Red|Ash|"
              "Shino Carbon Trap|Satin Clear|White|Blue Celadon|Red Tenmoku|Clear Matte"),
    # taxi firm
    "fare": ("Fare", "8.5|12.50|25|10|34|9.99|56|18|12.5|7|100|1.25|10.01|250|15"),
    "pickup": ("Pickup", "Airport T2|Station|Airport|Town Centre|station road|Hospital|airport T5|"
               "Old Station|Stadium|Station|Airport Hotel|Bus Station|Docks|North Airport"),
    "jobs": ("Jobs Today", "14|22|9|31|18|0|27|12|16|8|25|19|20|11|10|off|"),
    # laundrette
    "cycles": ("Cycles Today", "12|#VALUE!|8|0|15|#N/A|6|9||21|3|#DIV/0!|11|7|10"),
    # ice-cream van
    "flavour": ("Flavour", "Vanilla|Mint Choc Chip|Chocolate|Strawberry|vanilla|Double Choc|"
                "Rum & Raisin|Choc Orange|Mango Sorbet|Chocolate|Raspberry Ripple|Bubblegum|Cookies"),
    "cones": ("Cones Sold", "144|96|12|60|210|36|72|24|180|48|13|1440|120|rain|11"),
    # bowling alley
    "bowl": ("Game Score", "210|187|300|145|199|200|256|98|201|174|62|2000|20|168|forfeit|100"),
    "lane_hours": ("Lane Hours", "4|6.5|3|8|2|5|7.5|1|6|9|10|0|4.5|12|closed"),
    # surf school
    "wave": ("Wave Height (ft)", "3|6|1.5|8|4.5|2|6.5|1|10|5|15|0.15|60|flat|1.4|flat calm|dead flat"),
    "lesson_date": ("Lesson Date", "2024-06-15|2024-06-13|2024-06-12|2024-06-11|2024-06-17|2024-06-22|"
                    "2024-07-06|2024-05-25|2024-06-08|2024-06-06|2024-06-29|2024-04-20|2024-06-05"),
    # florist
    "wedding": ("Wedding Date", "2024-06-15|2024-06-22|2024-07-13|2024-06-12|2024-06-13|2024-06-08|"
                "2024-05-25|2024-06-01|2024-06-29|2024-08-10|2024-06-16|2024-06-11|2024-06-21"),
    "stems": ("Stems Ordered", "120|300|48|250|600|75|249|251|500|36|25|2500|180|1000|200"),
    # kennel
    "nights": ("Nights", "7|3|14|10|1|21|5|7|13|2|30|0.7|70|15|6"),
    "kennel_notes": ("Special Diet", "Grain free|Raw|Kibble|grain free - chicken|None|Raw + meds|"
                     "Wet food|none|Kibble (own)|Gluten free|Meds AM|Raw chicken|Grain|"
                     "Chicken - grain free|Part raw|None - owner feeds|Nothing / none"),
    # running club
    "finish": ("Finish (min)", "238|240|265|199|301|252|225|180|275|241|DNS|214|289|196|270"),
    "parkrun": ("Parkrun Count", "50|12|100|49|3|250|75|51|1|99|150|8|25|500"),
    # market stalls (India)
    "stall_rent": ("Stall Rent (Rs)", "2500|1800|3200|2500|5000|1200|2499|2501|800|10000|250|25000|"
                   "4000|na|2000"),
    "turnover": ("Annual Turnover (Rs)", "1200000|850000|1000000|2500000|450000|999999|3000000|100000|"
                 "10000000|1500000|600000|12000000|750000"),
    "stall_item": ("Item", "Masala Chai|Samosa|Paneer Tikka|masala dosa|Chai Latte|Aloo Tikki|"
                   "Paneer Roll|Chana Masala|Jalebi|Vada Pav|Kulfi|Ginger Chai|Masala"),
    # laundry / misc money
    "bags": ("Bags Washed", "3|5|12|1|8|5|20|2|0|15|6|4|7|11|9"),
}

ENTRIES = r"""
# food truck
hey siri highlight the days we sold more than twenty five tacos | GreaterThan(25) | tacos | assistant | number-words
um mark the ones under a dozen tacos | LessThan(12) | tacos | dictated | filler | number-words
tacos sold top three | Top(3) | tacos | dictated | number-words
ok so the days with twenty five tacos or more you know | GreaterThanEqual(25) | tacos | fast-typed | filler | number-words
which days did we sell forty no wait thirty eight or more tacos | GreaterThanEqual(38) | tacos | dictated | self-correction | number-words
highlight anything with taco in it | TextContains("taco") | menu | dictated
um the menu stuff starting with veggie | TextStartsWith("veggie") | menu | dictated | filler
items that end in taco like fish taco and that | TextEndsWith("taco") | menu | fast-typed | filler
hey google color everything on the menu that doesnt say taco anywhere | TextNotContains("taco") | menu | assistant
the one thats just called veggie nothing else | TextEquals("veggie") | menu | dictated
tips over a fiver | GreaterThan(5) | tips | fast-typed | uk
tips of five bucks or less | LessThanEqual(5) | tips | dictated | us
days we got no tips at all so zero | Equals(0) | tips | dictated | number-words
can you shade the tips column like a heat map green to red | ColorScale() | tips | assistant
any tips that arent zero | NotEquals(0) | tips | fast-typed
shifts from last week | LastWeek() | shift | dictated
hey siri shifts in the last seven days | Last7Days() | shift | assistant | number-words
what shifts have we got tomorrow | Tomorrow() | shift | dictated
um shifts this week | ThisWeek() | shift | dictated | filler
yesterdays shift | Yesterday() | shift | fast-typed
# choir
hey google highlight the parts that are just alto | TextEquals("alto") | part | assistant
anything with soprano in it | TextContains("soprano") | part | dictated
parts that begin with tenor | TextStartsWith("tenor") | part | dictated
um highlight the empty ones where nobody put a part | Blanks() | part | dictated | filler
parts that say exactly alto or exactly bass | OR(TextEquals("alto"), TextEquals("bass")) | part | dictated
every part that doesnt start with soprano | NOT(TextStartsWith("soprano")) | part | fast-typed
singers who came to fewer than twelve rehearsals | LessThan(12) | rehearsals | dictated | number-words
like twelve rehearsals or more | GreaterThanEqual(12) | rehearsals | fast-typed | filler | number-words
color scale on rehearsals attended please | ColorScale() | rehearsals | assistant
the ones who made all twenty rehearsals | Equals(20) | rehearsals | dictated | number-words
hey siri put little bars in the rehearsals column | DataBar() | rehearsals | assistant
rehearsals not between ten and eighteen | NotBetween(10, 18) | rehearsals | dictated | number-words
highlight singers whose name shows up more than once | Duplicates() | singer | dictated
singers listed just the once | Unique() | singer | dictated | uk
any blank singer rows | Blanks() | singer | fast-typed
# plumber's van
hey can you make the ones that are zero go red | Equals(0) | van_qty | assistant
anything under five so i know to reorder | LessThan(5) | van_qty | dictated | number-words
um five or less in the van | LessThanEqual(5) | van_qty | dictated | filler | number-words
not zero | NotEquals(0) | van_qty | fast-typed
quantities more than ten no wait more than twelve | GreaterThan(12) | van_qty | dictated | self-correction | number-words
highlight the codes beginning with C U | TextStartsWith("CU") | part_code | dictated
codes ending in E L B | TextEndsWith("ELB") | part_code | dictated
um codes with fifteen in them | TextContains("15") | part_code | dictated | filler | number-words
any code that doesnt have T E E in it | TextNotContains("TEE") | part_code | dictated
codes that dont end with E L B | NOT(TextEndsWith("ELB")) | part_code | fast-typed
cost over a quid fifty | GreaterThan(1.5) | unit_cost | dictated | uk | number-words
unit cost of one point five exactly | Equals(1.5) | unit_cost | dictated | number-words
anything costing under two quid | LessThan(2) | unit_cost | fast-typed | uk
hey siri flag any errors in unit cost | Errors() | unit_cost | assistant
bottom five on cost like the cheapest ones | Bottom(5) | unit_cost | fast-typed | filler
# dentist
whos due tomorrow | Tomorrow() | recall | dictated
anyone due next week | NextWeek() | recall | dictated
um recalls due this month | ThisMonth() | recall | dictated | filler
hey siri show the recalls that were due yesterday | Yesterday() | recall | assistant
recalls due today | Today() | recall | fast-typed
recalls due next month | NextMonth() | recall | dictated
patients seen last month | LastMonth() | checkup | dictated
anyone seen in the last seven days | Last7Days() | checkup | dictated | number-words
highlight last weeks check ups | LastWeek() | checkup | fast-typed
check ups that werent this month | NOT(ThisMonth()) | checkup | dictated
over eighteen months since their visit | GreaterThan(18) | months_since | dictated | number-words
between six and twelve months | Between(6, 12) | months_since | dictated | number-words
more than two years since the last visit | GreaterThan(24) | months_since | dictated | number-words
hey google months since visit less than or equal to six | LessThanEqual(6) | months_since | assistant | number-words
um anyone where months since visit is left blank | Blanks() | months_since | dictated | filler
notes with call in them | TextContains("call") | patient_note | dictated
notes that start with text | TextStartsWith("text") | patient_note | dictated
any note that says booked exactly | TextEquals("booked") | patient_note | dictated
notes that dont mention booked | TextNotContains("booked") | patient_note | fast-typed
# cricket club
highlight the fifties so like fifty or more | GreaterThanEqual(50) | runs | dictated | filler | number-words
centuries hundred plus | GreaterThanEqual(100) | runs | fast-typed | number-words
top five scores | Top(5) | runs | dictated | number-words
data bars on the runs mate | DataBar() | runs | fast-typed | au
the scores that arent quite fifty but over forty | AND(GreaterThan(40), LessThan(50)) | runs | dictated | number-words
economy over six an over | GreaterThan(6) | econ | dictated | uk | number-words
economy below four point five | LessThan(4.5) | econ | dictated | number-words
um economy rates under the average | BelowAverage() | econ | dictated | filler
bowlers with an economy of four and a half | Equals(4.5) | econ | dictated | number-words
economy thats not between four and six | NotBetween(4, 6) | econ | fast-typed | number-words
names that show up twice | Duplicates() | player | dictated
hey siri which players only appear once | Unique() | player | assistant
wickets five or more thats a five for | GreaterThanEqual(5) | wickets | dictated | number-words
any errors in the wickets | Errors() | wickets | fast-typed
wickets without errors | NotErrors() | wickets | dictated
top to wicket takers | Top(2) | wickets | dictated | homophone
# vineyard
anything between twenty two and twenty four brix | Between(22, 24) | brix | dictated | number-words
brix not between twenty and twenty five | NotBetween(20, 25) | brix | dictated | number-words
um brix above the average | AboveAverage() | brix | dictated | filler
brix over twenty four point five no sorry over twenty five | GreaterThan(25) | brix | dictated | self-correction | number-words
vintages before twenty eighteen | LessThan(2018) | vintage | dictated | number-words
anything thats not twenty twenty | NotEquals(2020) | vintage | dictated | number-words
the twenty nineteens | Equals(2019) | vintage | dictated | number-words
hey google vintage twenty twenty one or later | GreaterThanEqual(2021) | vintage | assistant | number-words
the shiraz blocks | TextContains("shiraz") | block | dictated
blocks that arent pinot of any kind | TextNotContains("pinot") | block | dictated
block names starting with pinot | TextStartsWith("pinot") | block | fast-typed
blocks ending in shiraz | TextEndsWith("shiraz") | block | dictated
cases over two hundred bucks | GreaterThan(200) | case_price | dictated | us
um cases under a hundred quid | LessThan(100) | case_price | dictated | uk | filler
cases at two hundred or under | LessThanEqual(200) | case_price | fast-typed | number-words
dearest three cases | Top(3) | case_price | dictated | uk | number-words
# call centre
calls where people waited over two minutes | GreaterThan(120) | wait | dictated | number-words
wait time ninety seconds or less | LessThanEqual(90) | wait | dictated | number-words
top ten percent of waits | TopPercent(10) | wait | dictated | number-words
hey siri the waits that were under thirty seconds or over five minutes | OR(LessThan(30), GreaterThan(300)) | wait | assistant | number-words
waits between one and two minutes | Between(60, 120) | wait | fast-typed | number-words
the ones that dont say resolved anywhere | TextNotContains("resolved") | outcome | dictated
outcomes that are exactly escalated | TextEquals("escalated") | outcome | dictated
outcomes beginning with escalated | TextStartsWith("escalated") | outcome | dictated
um anything with callback in it | TextContains("callback") | outcome | dictated | filler
icon set on the satisfaction scores | IconSet() | csat | dictated
anyone who gave us a two or less | LessThanEqual(2) | csat | dictated | number-words
five star ones | Equals(5) | csat | fast-typed | number-words
csat under three | LessThan(3) | csat | fast-typed | number-words
above average call counts | AboveAverage() | agent_calls | dictated
bottom three agents by calls | Bottom(3) | agent_calls | dictated | number-words
hey siri calls handled not above average | NOT(AboveAverage()) | agent_calls | assistant
agents where calls handled is blank | Blanks() | agent_calls | dictated
# dog walker
walks longer than an hour | GreaterThan(60) | walk_mins | dictated
half hour walks exactly | Equals(30) | walk_mins | dictated | number-words
hey siri walks between twenty and forty five minutes | Between(20, 45) | walk_mins | assistant | number-words
um walks under forty minutes | LessThan(40) | walk_mins | dictated | filler | number-words
walks of an hour or less | LessThanEqual(60) | walk_mins | fast-typed
breeds starting with lab | TextStartsWith("lab") | breed | dictated
anything ending in doodle | TextEndsWith("doodle") | breed | dictated
the poodle crosses so anything with poo in it | TextContains("poo") | breed | fast-typed
breeds that arent any sort of poodle mix no poo in the name | TextNotContains("poo") | breed | dictated
the dogs that are just lab | TextEquals("lab") | breed | dictated | us
who am i walking today | Today() | next_walk | dictated
hey google next walks this week | ThisWeek() | next_walk | assistant
walks booked for next month | NextMonth() | next_walk | dictated
walks next week | NextWeek() | next_walk | fast-typed
owes more than fifty bucks | GreaterThan(50) | owed | dictated | us
anyone with zero owed | Equals(0) | owed | dictated
clients who owe something so not zero | NotEquals(0) | owed | fast-typed
owing between twenty and fifty dollars | Between(20, 50) | owed | dictated | us | number-words
# hostel
rooms where beds free is zero | Equals(0) | beds | dictated
at least four beds free | GreaterThanEqual(4) | beds | dictated | number-words
um beds free less than or equal to two | LessThanEqual(2) | beds | dictated | filler | number-words
hey siri beds free that isnt zero | NotEquals(0) | beds | assistant
rooms under twenty five quid a night | LessThan(25) | rate | dictated | uk | number-words
rates between eighteen and thirty | Between(18, 30) | rate | dictated | number-words
top twenty percent priciest | TopPercent(20) | rate | fast-typed | number-words
cheapest ten percent of rates | BottomPercent(10) | rate | dictated | number-words
checking out tomorrow | Tomorrow() | checkout | dictated
who's checking out today | Today() | checkout | dictated
hey google check outs next week | NextWeek() | checkout | assistant
checkouts last week | LastWeek() | checkout | fast-typed
check outs from yesterday | Yesterday() | checkout | dictated
any booking ref that comes up twice | Duplicates() | booking_ref | dictated
refs starting with H W | TextStartsWith("HW") | booking_ref | dictated
booking refs that appear just once | Unique() | booking_ref | fast-typed
refs with H W anywhere in them | TextContains("HW") | booking_ref | dictated
refs that dont start with H W | NOT(TextStartsWith("HW")) | booking_ref | dictated
countries that turn up more than once | Duplicates() | guest_country | dictated
countries that only show up once | Unique() | guest_country | fast-typed
rows where the country is missing | Blanks() | guest_country | dictated
anywhere with a country filled in | NotBlanks() | guest_country | dictated
# skate shop
decks eight point two five or wider | GreaterThanEqual(8.25) | deck | dictated | number-words
narrower than eight inches | LessThan(8) | deck | dictated | number-words
eight and a half exactly | Equals(8.5) | deck | dictated | number-words
hey siri decks wider than eight and a quarter | GreaterThan(8.25) | deck | assistant | number-words
decks not eight and a half | NotEquals(8.5) | deck | fast-typed | number-words
on hand showing zero | Equals(0) | skate_stock | dictated
um anything with like two or fewer on hand | LessThanEqual(2) | skate_stock | dictated | filler | number-words
stock on hand blank | Blanks() | skate_stock | fast-typed
on hand cells that arent blank | NotBlanks() | skate_stock | dictated
anything under nine ninety nine | LessThan(9.99) | skate_price | dictated | number-words
stuff priced at nine ninety nine | Equals(9.99) | skate_price | dictated | number-words
hey siri prices over fifty bucks | GreaterThan(50) | skate_price | assistant | us
top five most expensive | Top(5) | skate_price | fast-typed | number-words
bottom three prices | Bottom(3) | skate_price | dictated | number-words
brands with wheels in the name | TextContains("wheels") | brand | dictated
brands that end in wheels | TextEndsWith("wheels") | brand | dictated
brand exactly baker | TextEquals("baker") | brand | dictated
brands that start with santa | TextStartsWith("santa") | brand | fast-typed
brands that come up twice | Duplicates() | brand | dictated
# pharmacy
meds expiring this month | ThisMonth() | rx_expiry | dictated
stuff that expired last month | LastMonth() | rx_expiry | dictated
hey siri whats expiring next month | NextMonth() | rx_expiry | assistant
anything expiring today | Today() | rx_expiry | fast-typed
anything that expired in the last seven days | Last7Days() | rx_expiry | dictated | number-words
expiring tomorrow | Tomorrow() | rx_expiry | dictated
medications ending in cillin | TextEndsWith("cillin") | drug | dictated
meds with cillin anywhere | TextContains("cillin") | drug | dictated
drugs beginning with amox | TextStartsWith("amox") | drug | fast-typed
anything thats not a cillin | TextNotContains("cillin") | drug | dictated
rows where the medication is just amoxicillin | TextEquals("amoxicillin") | drug | dictated
doses of five hundred or more | GreaterThanEqual(500) | dose | dictated | number-words
doses of two fifty | Equals(250) | dose | dictated | number-words
um anything that isnt two hundred and fifty mg | NotEquals(250) | dose | dictated | filler | number-words
hey google doses under fifty milligrams | LessThan(50) | dose | assistant | number-words
doses more than a gram | GreaterThan(1000) | dose | dictated | number-words
boxes left showing an error | Errors() | boxes_left | dictated
boxes left that arent errors | NotErrors() | boxes_left | dictated
hey siri flag the N A and div zero type stuff in boxes left | Errors() | boxes_left | assistant
boxes left three or fewer | LessThanEqual(3) | boxes_left | fast-typed | number-words
# bus depot
buses more than ten minutes late | GreaterThan(10) | late | dictated | number-words
the early ones below zero | LessThan(0) | late | dictated | number-words
not late at all so zero or less | LessThanEqual(0) | late | fast-typed | number-words
um right on time zero minutes | Equals(0) | late | dictated | filler
late between one and five minutes | Between(1, 5) | late | dictated | number-words
night buses starting with N | TextStartsWith("N") | route | dictated
routes with an X in them | TextContains("X") | route | dictated
routes ending in N | TextEndsWith("N") | route | fast-typed
just the plain N route | TextEquals("N") | route | dictated
odometer over half a million | GreaterThan(500000) | odometer | dictated | number-words
between two hundred and fifty thousand and four hundred thousand km | Between(250000, 400000) | odometer | dictated | number-words
hey siri buses with half a million km or more | GreaterThanEqual(500000) | odometer | assistant | number-words
km not between quarter million and half a million | NotBetween(250000, 500000) | odometer | fast-typed | number-words
services due this week | ThisWeek() | service_due | dictated
servicing due next week | NextWeek() | service_due | dictated
services we missed last month | LastMonth() | service_due | dictated
um service due yesterday | Yesterday() | service_due | dictated | filler
services due over the last seven days | Last7Days() | service_due | fast-typed | number-words
fuel above average | AboveAverage() | fuel | dictated
hey siri fuel use below average | BelowAverage() | fuel | assistant
data bars for fuel | DataBar() | fuel | fast-typed
fuel rows left empty | Blanks() | fuel | dictated
# recording studio
tracks over three minutes | GreaterThan(180) | track_len | dictated | number-words
tracks four minutes or longer | GreaterThanEqual(240) | track_len | dictated | number-words
um tracks shorter than three minutes | LessThan(180) | track_len | dictated | filler | number-words
tracks not exactly four minutes | NotEquals(240) | track_len | fast-typed | number-words
bpm between one twenty and one thirty | Between(120, 130) | bpm | dictated | number-words
not between ninety and one forty bpm | NotBetween(90, 140) | bpm | dictated | number-words
hey siri tempo exactly one twenty eight | Equals(128) | bpm | assistant | number-words
anything faster than one twenty no make that one twenty four | GreaterThan(124) | bpm | dictated | self-correction | number-words
bpm between one twenty and one thirty but not one twenty eight | AND(Between(120, 130), NotEquals(128)) | bpm | dictated | number-words
sessions where the status is exactly cancelled | TextEquals("cancelled") | session | dictated
sessions that arent booked | NotEquals("booked") | session | fast-typed
anything with cancelled in it | TextContains("cancelled") | session | dictated
sessions beginning with booked | TextStartsWith("booked") | session | dictated
sessions with no status | Blanks() | session | dictated
peaks above minus three | GreaterThan(-3) | peak_db | dictated | number-words
peaks below minus twelve db | LessThan(-12) | peak_db | dictated | number-words
hey google peak at minus three or louder | GreaterThanEqual(-3) | peak_db | assistant | number-words
peak between minus twelve and minus three | Between(-12, -3) | peak_db | fast-typed | number-words
engineers listed more than once | Duplicates() | engineer | dictated
sessions with no engineer | Blanks() | engineer | dictated
every session where an engineer's been put down | NotBlanks() | engineer | dictated | uk
# beekeeping
hives under twenty kilos | LessThan(20) | hive_kg | dictated | number-words
heaviest five hives | Top(5) | hive_kg | dictated | number-words
hey siri color scale the hive weights | ColorScale() | hive_kg | assistant
hives between twenty and thirty kilos | Between(20, 30) | hive_kg | fast-typed | number-words
lightest twenty percent of hives | BottomPercent(20) | hive_kg | dictated | number-words
more than three mites | GreaterThan(3) | mites | dictated | number-words
traffic light icons on the mite count | IconSet() | mites | dictated
um hives with just the one mite or over ten | OR(Equals(1), GreaterThan(10)) | mites | dictated | filler | number-words
mite counts that are filled in | NotBlanks() | mites | fast-typed
# tattoo studio
deposits of fifty quid | Equals(50) | deposit | dictated | uk
no deposit yet so blank | Blanks() | deposit | dictated
deposit cells that have anything in them | NotBlanks() | deposit | dictated
hey siri deposits of a hundred or more | GreaterThanEqual(100) | deposit | assistant | number-words
designs with rose in them | TextContains("rose") | design | dictated
designs starting with custom | TextStartsWith("custom") | design | dictated
um designs that are just rose nothing else | TextEquals("rose") | design | dictated | filler
designs ending in rose | TextEndsWith("rose") | design | fast-typed
designs with no rose | TextNotContains("rose") | design | dictated
# ferry
crossings above average | AboveAverage() | crossing | dictated
crossings over an hour and a half | GreaterThan(90) | crossing | dictated
crossings that took ninety minutes or less | LessThanEqual(90) | crossing | fast-typed | number-words
hey google crossings that arent above average | NOT(AboveAverage()) | crossing | assistant
sailings with over a hundred cars | GreaterThan(100) | cars | dictated | number-words
bottom ten percent of sailings by cars | BottomPercent(10) | cars | dictated | number-words
um top twenty five percent | TopPercent(25) | cars | dictated | filler | number-words
hey siri cars booked data bar | DataBar() | cars | assistant
cars booked under a hundred but not the empty ones | AND(LessThan(100), NotBlanks()) | cars | dictated | number-words
# karaoke bar
songs with love in the title | TextContains("love") | song | dictated
songs without love in them | TextNotContains("love") | song | dictated
songs ending in remix | TextEndsWith("remix") | song | fast-typed
songs that start with love | TextStartsWith("love") | song | dictated
songs that dont start with love | NOT(TextStartsWith("love")) | song | dictated
scores of ninety and up | GreaterThanEqual(90) | k_score | dictated | number-words
top three singers | Top(3) | k_score | dictated | number-words
um below seventy | LessThan(70) | k_score | dictated | filler | number-words
scores between seventy and eighty nine | Between(70, 89) | k_score | dictated | number-words
hey siri bottom to scores | Bottom(2) | k_score | assistant | homophone
scores not in the top three | NOT(Top(3)) | k_score | fast-typed | number-words
# escape room
teams under forty five minutes | LessThan(45) | escape | dictated | number-words
times that say D N F and nothing else | TextEquals("DNF") | escape | dictated
anything with D N F in it | TextContains("DNF") | escape | dictated
times forty five minutes or under | LessThanEqual(45) | escape | fast-typed | number-words
hey google escape times over fifty five no sixty i mean fifty eight | GreaterThan(58) | escape | assistant | self-correction | number-words
team names with clue in them | TextContains("clue") | team | dictated
teams starting with the | TextStartsWith("the") | team | dictated
team names ending in ones | TextEndsWith("ones") | team | fast-typed
team names that dont have clue in them | TextNotContains("clue") | team | dictated
# allotment society
fees over forty five pound | GreaterThan(45) | plot_fee | dictated | uk | number-words
plot fees that arent forty five | NotEquals(45) | plot_fee | dictated | number-words
um fees of forty five quid or less | LessThanEqual(45) | plot_fee | dictated | uk | filler | number-words
plots that show up twice | Duplicates() | plot_no | dictated
plots listed only the once | Unique() | plot_no | dictated | uk
plots starting with A | TextStartsWith("A") | plot_no | fast-typed
plot numbers ending in twelve | TextEndsWith("12") | plot_no | dictated | number-words
# pottery
kiln over twelve hundred degrees | GreaterThan(1200) | kiln | dictated | number-words
between a thousand and twelve hundred | Between(1000, 1200) | kiln | dictated | number-words
hey siri temps of one thousand two hundred and fifty or more | GreaterThanEqual(1250) | kiln | assistant | number-words
kiln temps not between a thousand and twelve fifty | NotBetween(1000, 1250) | kiln | fast-typed | number-words
glazes with celadon in the name | TextContains("celadon") | glaze | dictated
glazes beginning with tenmoku | TextStartsWith("tenmoku") | glaze | dictated
glazes that are just celadon | TextEquals("celadon") | glaze | dictated
glaze names ending in clear | TextEndsWith("clear") | glaze | fast-typed
# taxi firm
fares under a tenner | LessThan(10) | fare | dictated | uk
fares of exactly twelve fifty | Equals(12.5) | fare | dictated | number-words
hey siri fares over twenty five dollars | GreaterThan(25) | fare | assistant | us | number-words
fares more than a tenner but under twenty five | AND(GreaterThan(10), LessThan(25)) | fare | dictated | uk | number-words
fares under ten or over a hundred | OR(LessThan(10), GreaterThan(100)) | fare | fast-typed | number-words
pickups beginning with airport | TextStartsWith("airport") | pickup | dictated
pickups that are just station | TextEquals("station") | pickup | dictated
pickups with station anywhere | TextContains("station") | pickup | dictated
pickups beginning with airport or that say station exactly | OR(TextStartsWith("airport"), TextEquals("station")) | pickup | dictated
drivers above average on jobs | AboveAverage() | jobs | dictated
um drivers below average jobs today | BelowAverage() | jobs | dictated | filler
hey google colour scale on jobs today | ColorScale() | jobs | assistant | uk
top twenty percent of drivers by jobs | TopPercent(20) | jobs | fast-typed | number-words
drivers with no jobs or less than ten | LessThan(10) | jobs | dictated | number-words
# laundrette
machines showing an error | Errors() | cycles | dictated
cycles that arent errors | NotErrors() | cycles | dictated
hey siri the ones showing errors like hash value or N A | Errors() | cycles | assistant
cycles today over ten | GreaterThan(10) | cycles | fast-typed | number-words
cycles with no error and not blank | AND(NotErrors(), NotBlanks()) | cycles | dictated
# ice-cream van
flavours with choc in them | TextContains("choc") | flavour | dictated
anything thats not chocolatey no choc in it | TextNotContains("choc") | flavour | dictated
flavours that repeat | Duplicates() | flavour | dictated
hey siri flavours that only come up once | Unique() | flavour | assistant
flavours starting with choc | TextStartsWith("choc") | flavour | fast-typed
cones over a gross so more than a hundred and forty four | GreaterThan(144) | cones | dictated | number-words
a dozen cones or fewer | LessThanEqual(12) | cones | dictated | number-words
um data bars on cones sold | DataBar() | cones | dictated | filler
days we sold more cones than average | AboveAverage() | cones | dictated
# bowling alley
games over two hundred | GreaterThan(200) | bowl | dictated | number-words
a perfect three hundred | Equals(300) | bowl | dictated | number-words
hey google color scale for game scores | ColorScale() | bowl | assistant
games two hundred or better | GreaterThanEqual(200) | bowl | fast-typed | number-words
games under a hundred | LessThan(100) | bowl | dictated | number-words
lane hours icon set | IconSet() | lane_hours | fast-typed
lane hours over six and a half | GreaterThan(6.5) | lane_hours | dictated | number-words
lanes used between four and eight hours | Between(4, 8) | lane_hours | dictated | number-words
lane hours below average | BelowAverage() | lane_hours | dictated
# surf school
waves over six feet | GreaterThan(6) | wave | dictated | number-words
waves one point five foot or under | LessThanEqual(1.5) | wave | dictated | au | number-words
hey siri waves between three and six foot | Between(3, 6) | wave | assistant | au | number-words
um the ones that just say flat | TextEquals("flat") | wave | dictated | au | filler
lessons tomorrow arvo | Tomorrow() | lesson_date | dictated | au
lessons last week | LastWeek() | lesson_date | dictated
lessons this week | ThisWeek() | lesson_date | fast-typed
lessons next month | NextMonth() | lesson_date | dictated
lessons last month | LastMonth() | lesson_date | dictated
lessons on today | Today() | lesson_date | dictated | au
# florist
weddings next week | NextWeek() | wedding | dictated
hey siri weddings this week | ThisWeek() | wedding | assistant
weddings today | Today() | wedding | fast-typed
weddings we did last week | LastWeek() | wedding | dictated
weddings in the last seven days | Last7Days() | wedding | dictated | number-words
weddings not this month | NOT(ThisMonth()) | wedding | dictated
stems over two fifty | GreaterThan(250) | stems | dictated | number-words
stems between a hundred and five hundred | Between(100, 500) | stems | dictated | number-words
um two hundred and fifty stems or more | GreaterThanEqual(250) | stems | dictated | filler | number-words
orders of a thousand stems | Equals(1000) | stems | fast-typed | number-words
# kennel
dogs staying a week or more | GreaterThanEqual(7) | nights | dictated
a fortnight or longer | GreaterThanEqual(14) | nights | dictated | uk
stays shorter than a week | LessThan(7) | nights | dictated
hey siri stays between a week and a fortnight | Between(7, 14) | nights | assistant | uk
diets with grain free in them | TextContains("grain free") | kennel_notes | dictated
diets starting with raw | TextStartsWith("raw") | kennel_notes | dictated
diets that are exactly none | TextEquals("none") | kennel_notes | fast-typed
# running club
finishes under four hours | LessThan(240) | finish | dictated | number-words
um sub four hours or exactly four | LessThanEqual(240) | finish | dictated | filler | number-words
hey siri finishers over four and a half hours | GreaterThan(270) | finish | assistant | number-words
five fastest | Bottom(5) | finish | fast-typed | number-words
fifty parkruns or more | GreaterThanEqual(50) | parkrun | dictated | number-words
parkrun counts not fifty | NotEquals(50) | parkrun | dictated | number-words
hundred club so a hundred or more | GreaterThanEqual(100) | parkrun | dictated | uk | number-words
parkruns under fifty or two fifty plus | OR(LessThan(50), GreaterThanEqual(250)) | parkrun | fast-typed | number-words
# market stalls (India)
rent more than two thousand five hundred rupees | GreaterThan(2500) | stall_rent | dictated | in | number-words
stall rent two thousand five hundred only | Equals(2500) | stall_rent | dictated | in | number-words
kindly highlight rent below two thousand | LessThan(2000) | stall_rent | fast-typed | in | number-words
turnover above ten lakh | GreaterThan(1000000) | turnover | dictated | in | number-words
turnover more than one crore | GreaterThan(10000000) | turnover | dictated | in | number-words
turnover between five lakh and fifteen lakh | Between(500000, 1500000) | turnover | dictated | in | number-words
items with chai in them | TextContains("chai") | stall_item | dictated | in
items starting with masala | TextStartsWith("masala") | stall_item | dictated | in
items ending in masala | TextEndsWith("masala") | stall_item | fast-typed | in
only the masala one | TextEquals("masala") | stall_item | dictated | in
items not having paneer | TextNotContains("paneer") | stall_item | dictated | in
# laundry
bags between five and ten | Between(5, 10) | bags | dictated | number-words
top three customers by bags | Top(3) | bags | dictated | number-words
bags not between three and twelve | NotBetween(3, 12) | bags | fast-typed | number-words
# more of the rarer ones
ok google find the errors in the wickets column | Errors() | wickets | assistant | us
um any of the boxes left that have like an error in them | Errors() | boxes_left | dictated | filler
errors in cycles today | Errors() | cycles | fast-typed
alexa highlight the broken ones in unit cost you know the hash N A | Errors() | unit_cost | assistant | filler
hey siri pop an icon set on csat | IconSet() | csat | assistant
icons on the mites column arrows or whatever | IconSet() | mites | fast-typed
can you do the traffic light thing on lane hours | IconSet() | lane_hours | assistant | uk
um icon set on economy | IconSet() | econ | dictated | filler
recalls that fall this month | ThisMonth() | recall | dictated
check ups this month | ThisMonth() | checkup | fast-typed
hey google weddings this month | ThisMonth() | wedding | assistant | us
lessons this month so june | ThisMonth() | lesson_date | dictated | au
# self-corrections and slips
walks over forty five no sorry over an hour | GreaterThan(60) | walk_mins | dictated | self-correction | uk
beds free under three actually make it two or less | LessThanEqual(2) | beds | dictated | self-correction | number-words
rates above thirty wait no above thirty five | GreaterThan(35) | rate | dictated | self-correction | number-words
scores under seventy um scratch that under seventy five | LessThan(75) | k_score | dictated | self-correction | filler | number-words
top five no top three fares | Top(3) | fare | dictated | self-correction | number-words
the ones due next week i mean this week | ThisWeek() | service_due | dictated | self-correction
shifts yesterday no today | Today() | shift | dictated | self-correction
wickets of for or more | GreaterThanEqual(4) | wickets | dictated | homophone
decks wider than eight no forget that wider than eight point five | GreaterThan(8.5) | deck | dictated | self-correction | number-words
anything more than to grand a case | GreaterThan(2000) | case_price | dictated | homophone | number-words
# said about nothing but the values
the three big ones | Top(3) | bowl | dictated | number-words
just the really small ones like under a dollar | LessThan(1) | skate_price | dictated | us | filler
the empty ones | Blanks() | engineer | fast-typed
the ones that arent empty | NotBlanks() | deposit | fast-typed
g'day can you mark the ones over five hundred | GreaterThan(500) | stems | assistant | au | number-words
reckon you could shade the ones under fifteen quid | LessThan(15) | fare | assistant | uk | number-words
the dodgy ones with errors | Errors() | boxes_left | fast-typed | au
hey siri every voice part thats filled in | NotBlanks() | part | assistant
singers that arent blank | NotBlanks() | singer | fast-typed
um the fuel rows with something in them | NotBlanks() | fuel | dictated | filler
okay google sessions that have a status | NotBlanks() | session | assistant | us
any calls handled cell thats not empty | NotBlanks() | agent_calls | dictated
yo siri highlight tips over ten bucks | GreaterThan(10) | tips | assistant | us | number-words
show me the bottom for hives by weight | Bottom(4) | hive_kg | dictated | homophone
give us the crossings under an hour twenty | LessThan(80) | crossing | dictated | au | number-words
hey siri fares of ten dollars even | Equals(10) | fare | assistant | us | number-words
too hundred stems or fewer | LessThanEqual(200) | stems | dictated | homophone | number-words
righto mark the waves over ten foot | GreaterThan(10) | wave | dictated | au | number-words
"""


def entries() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(request, rule, column key, tags) for every entry line of ENTRIES ("#" lines are headings)."""
    return parse_entries(ENTRIES)


def make_record(request: str, code: str, key: str, tags: tuple[str, ...] = ()) -> dict:
    """One benchmark record (the fields of plain_cf.json): Tags = the style, any extra tags in
    EXTRA_TAGS, then `spoken`; SystemExit on an unknown style or tag."""
    if not tags or tags[0] not in STYLES:
        raise SystemExit(f"unknown style {tags} ({request!r})")
    if unknown := [tag for tag in tags[1:] if tag not in EXTRA_TAGS]:
        raise SystemExit(f"unknown tags {unknown} ({request!r})")
    return column_record(PREFIX, request, code, COLUMNS[key], [*tags, SPOKEN_TAG])


# The set files written before this one: a later set checks itself against this one, not the
# other way round (so that adding a set never changes what this builder accepts).
OTHER_SETS = ("annotator_tables.json", "everyday_cf.json", "everyday_tables.json", "forum_tables.json",
              "fresh_cf.json", "fresh_tables.json", "plain_cf.json", "template_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json")


def other_sets() -> list[str]:
    """The set files written before this one (`OTHER_SETS`)."""
    return list(OTHER_SETS)


def other_requests() -> set[str]:
    """The requests of every other set file in this folder and of the train split, lower-cased:
    none may be here."""
    return requests_in(other_sets()) | train_requests(TRAIN)


def problems_of(record: dict, taken: set[str]) -> list[str]:
    """What is wrong with one record (`everyday_common.column_problems`, 12-20 cells)."""
    return column_problems(record, taken, CELLS)


def build() -> list[dict]:
    """Every record; stops on a non-canonical rule or an unknown tag (make_record), a request
    written twice, or any problem of problems_of, listing them all at once."""
    return build_column_set(entries(), make_record, other_requests(), CELLS)


def main() -> None:
    write_column_set(OUT, build())


if __name__ == "__main__":
    main()
