"""A seventh independent set of one-column CF requests, and the builder of seventh_cf.json.

Written from scratch (2026-12-06, session 13, engineer E7) as a new independent evaluation set:
every older one-column set has been tuned on. The requests imagine spreadsheet users of twenty-one
domains no earlier set used, on this set's own columns (a locksmith's call-outs, a cinema's
screenings, a running club, a surf school, a zoo, a window cleaner's round, a golf club, a canal
boat hire yard, a community radio station, a dairy herd, a cider orchard, a ski school, a
recycling centre, a bus depot, blood donation sessions, a makerspace's 3D printers, a bridal shop,
an auction house, a phone repair shop, an archery club, a weather station), in four styles new to
this set: `email` (a line lifted from an e-mail to a colleague), `dictated` (spoken to a voice
assistant: no punctuation, numbers sometimes as words), `notes` (clipped personal to-do notes) and
`helpdesk` (a question to an IT helpdesk with a bit of context). Only requests the language
expresses exactly, one right rule on the column, every literal recoverable by a careful reader
("a tenner" -> 10, "5 minutes" on a column of seconds -> 300, "10%" on a column of percentages ->
0.1, "fastest" times -> Bottom, "a fortnight" -> 14). Labels are what the executor formats with
Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week
16 - 22 June, the last 7 days 6 - 12 June).

What its author read: benchmarks/data/README.md; benchmarks/data/everyday_common.py and
benchmarks/data/column_sets.py; the module docstring and the non-entry code of
benchmarks/data/sixth_cf.py (lines 1-74 and 563-581: not its COLUMNS dict nor its ENTRIES
string), which this builder mirrors; tests/benchmarks/test_one_column_sets_data.py and
tests/benchmarks/set_files.py; ../shared/docs/CF_RULES.md and ../shared/docs/EVALUATION.md; the
public API of cf_assistant.languages.cf (parse and to_text, tried on a few rules to see their
canonical spelling; `labels_of` of everyday_common tried on one made-up column to see how cells
such as "12%", "1,200", "£45" and "12/06/2024" are typed). Not read: anything under
cf_assistant/assistant/, cf_assistant/diffusion/, cf_assistant/generators/, the other files of
cf_assistant/languages/cf/, any builder's COLUMNS, ENTRIES or TABLES, the utterances of any JSON
file (compared only by program); `git status` showed the names (not the contents) of files other
people had modified under cf_assistant/. The builder's check said one draft ("lessons today")
equals a request of another set file or of the train split (which one was not looked up); it was
reworded. No model, no `cfa suggest` and no `cfa bench` was run. 401 records on 95 columns.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files
written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(seventh_tables.json, written beside it by someone else, included) or of the train split, a
non-canonical rule, a column of fewer than 12 or more than 20 cells, a column where the rule
formats no row or every row, and a column that cannot tell the rule from the rules one edit away
(`everyday_common.column_problems`). The columns carry the near misses for that: boundary values,
case variants, blanks, cells of one space and zeros, text and error values among numbers,
negative values, duplicates, and dates around 2024-06-12 in every period.

Tags: the style first (`email`, `dictated`, `notes`, `helpdesk`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`,
`boundary`, `range`, `polarity`, `date`, `visual` (as in sixth_cf.py), then the set tag `seventh`.
IDs have the prefix `e7c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/seventh_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "seventh_cf.json"
PREFIX = "e7c"
SEVENTH_TAG = "seventh"
STYLES = ("email", "dictated", "notes", "helpdesk")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO (2024-06-12 is the bench's Wednesday); weeks run Sunday to Saturday: this week is
# 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June.

COLUMNS = {
    # a locksmith's call-outs
    "lock_mins": ("Call-out Minutes", "15|30|45|60|60|75|90|95|120|180|240|8|35||55|600"),
    "lock_type": ("Lock Type", "Euro cylinder|Mortice|Euro cylinder (anti-snap)|Rim cylinder|Padlock|Smart lock|"
                  "Night latch|UPVC multipoint|Mortice deadlock|Key safe|EURO CYLINDER|Latch bolt|Brass padlock|"
                  "5-lever mortice| |Padlock (combination)|Anti-snap euro cylinder"),
    "lock_fee": ("Fee (£)", "45|60|75|80|80|95|120|150|65|85|0|250|#N/A|110|70||-20"),
    "lock_date": ("Job Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-08|2024-06-04|2024-06-15|2024-06-19|"
                  "2024-06-27|2024-05-22|2024-05-31|2024-07-03|2024-07-20|2023-06-12||2024-06-06|2024-06-01"),
    "lock_paid": ("Payment", "Paid|Unpaid|Paid - card|Part paid|paid|Invoice sent|UNPAID|Paid - cash|Overdue|"
                  "Overdue 30 days|Now overdue|Refunded|Refunded - partial|Part refunded|Unpaid - chased|"
                  "Still unpaid|Waived||Paid"),
    # a cinema
    "cin_seats": ("Seats Sold", "12|45|80|120|150|150|200|210|34|0|96|175|250|8|64|50|TBC|"),
    "cin_film": ("Film", "The Long Walk Home|Paddington 3|Home Alone|HOME ALONE|Dune: Part Two|Inside Out 2|"
                 "Coming Home|The Homecoming|The Fall Guy|Civil War|Inside Out 2|Hit Man|Home|"
                 "The Garfield Movie (3D)|Despicable Me 4 (3D)|Wicked (3D) preview|Under the Bridge|"),
    "cin_show": ("Showing", "2024-06-12|2024-06-10|2024-06-11|2024-06-13|2024-06-07|2024-06-03|2024-06-15|"
                 "2024-06-17|2024-06-22|2024-06-29|2024-05-18|2024-07-05|2024-08-01||2024-06-12"),
    "cin_occ": ("Occupancy", "12%|45%|50%|75%|80%|100%|95%|33%|5%|60%|88%|50%|0%|#DIV/0!|70%||TBC"),
    # a running club
    "run_time": ("10K Time (min)", "38.5|41.2|45|47.75|50|52.3|55|58.9|60|62.4|65|44.9|49.99|70.1||DNF"),
    "run_member": ("Member", "Sarah O'Neill|Tom Baker|tom baker|Priya Shah|Mo Farah-Jones|Jenny Mo|Alex Tomlin|"
                   "Chris Evans|Sam Tomkins| |Liam O'Brien|Ruth Oakes|Kate Baker|Moira Baker||Ben Bakerfield"),
    "run_km": ("Weekly km", "0|12|25|30|30|42.2|48|50|55|60|75|100|8|18|36|#REF!||injured"),
    "run_race": ("Next Race", "2024-06-16|2024-06-23|2024-07-07|2024-07-14|2024-06-12|2024-06-13|2024-06-09|"
                 "2024-05-26|2024-06-02|2024-09-01|2024-06-30|2024-06-11||2024-06-20"),
    "run_bib": ("Bib No.", "101|102|103|103|150|201|210|99|1000|250|251|102||300"),
    # a surf school
    "surf_wave": ("Wave Height (m)", "0.5|0.8|1|1.2|1.5|1.5|2|2.5|3|0.3|1.8|4|0||flat|0.15"),
    "surf_level": ("Level", "Beginner|Improver|Intermediate|Advanced|beginner|Beginner Plus|Kids Beginner|"
                   "Advanced Plus|Improver|INTERMEDIATE|Private|Kids Improver| |Adaptive|Improver 2"),
    "surf_suit": ("Wetsuit Size", "XS|S|M|L|XL|M|Kids 8|Kids 10|Kids 12|XXL|L|S|M Tall|L Tall| |"),
    "surf_lesson": ("Lesson Date", "2024-06-12|2024-06-13|2024-06-11|2024-06-14|2024-06-09|2024-06-07|2024-06-05|"
                    "2024-06-18|2024-06-25|2024-05-29|2024-07-01|2024-06-13||2023-06-13"),
    "surf_age": ("Age", "6|7|8|10|12|12|14|16|18|21|35|44|60|9||15"),
    # a zoo
    "zoo_visit": ("Daily Visitors", "850|1200|1000|2300|4100|980|1500|3050|3000|760|5200|12000|1000|640|closed||2750"),
    "zoo_animal": ("Animal", "Red panda|Giant panda|Panda cub|Red panda (female)|Spider monkey|Squirrel monkey|"
                   "Monkey (rescued)|Humboldt penguin|Penguin chick|King penguin|Meerkat|Snow leopard|"
                   "Leopard gecko|Giraffe|Otter|otter||Capybara"),
    "zoo_feed": ("Feed (kg)", "0.2|0.5|1|1.5|2|2|3.5|5|8|12|20|45|0.05|0|#N/A||6|fasting"),
    "zoo_vet": ("Vet Check", "2024-06-05|2024-06-06|2024-06-12|2024-06-11|2024-06-03|2024-06-14|2024-06-20|"
                "2024-06-28|2024-05-10|2024-05-31|2024-07-08|2024-06-13||2022-06-12"),
    "zoo_encl": ("Enclosure", "A1|A2|A10|B1|B12|AB3|C4|CA1|A1|B2|BA2|D7|C14|A3|"),
    # a window cleaner's round
    "win_price": ("Price", "8|10|12|12|15|18|20|25|30|45|60|0|9.5|14|1.5||-12"),
    "win_street": ("Street", "Church Road|Church Lane|High Street|Station Road|Old Church Street|Mill Lane|Park Road|"
                   "Park Avenue|Queen's Road|St Mary's Close|Kings Road|church road|Lower High Street|Elm Grove|"
                   "Roadside Terrace|Lane End|Castle Street|High Street (flats)|Elm Park"),
    "win_due": ("Next Clean", "2024-06-13|2024-06-19|2024-06-21|2024-06-12|2024-06-05|2024-06-07|2024-06-14|"
                "2024-06-11|2024-06-26|2024-05-20|2024-07-10|2024-06-17||2024-06-12"),
    "win_windows": ("Windows", "4|6|8|8|10|12|14|16|20|24|5|7|9||lots|100"),
    # a golf club
    "golf_score": ("Score", "68|70|72|72|74|75|78|80|82|85|88|90|95|NR|71||7"),
    "golf_hcp": ("Handicap", "-2|-0.5|0|0.8|1.5|3|5.4|8|10|12.6|15|18|20|22|28|36|54|"),
    "golf_member": ("Membership", "Full|Full (7-day)|5-day|Junior|Junior Full|Senior|Country|Social|full|"
                    "Intermediate|Day ticket|Senior Social|Junior (under 12)|Flexi|Senior|Lady Senior|"),
    "golf_tee": ("Tee Date", "2024-06-13|2024-06-12|2024-06-14|2024-06-15|2024-06-09|2024-06-08|2024-06-04|"
                 "2024-06-20|2024-06-24|2024-07-06|2024-07-27|2024-05-25||2024-06-11"),
    # a canal boat hire yard
    "boat_name": ("Boat", "Kingfisher|Heron|Kingfisher II|Little Kingfisher|Otter's Rest|Willow|Moorhen|"
                  "Lazy Days|Heron's Rest|Rest Easy|Swansong|Swan|Black Swan|Water Rat|The Kingfisher Queen|Swan|"),
    "boat_nights": ("Nights", "2|3|3|4|7|7|10|14|3|4|5|1|21||6"),
    "boat_fuel": ("Fuel Used (L)", "20|35|40|55|60|62.5|80|95|100|120|150|0|#VALUE!||48|-5|not returned"),
    "boat_depart": ("Departure", "2024-06-17|2024-06-22|2024-06-12|2024-06-15|2024-06-10|2024-06-08|2024-06-02|"
                    "2024-06-13|2024-06-29|2024-05-11|2024-05-25|2024-07-13|2024-07-27||2024-06-11"),
    # a community radio station
    "radio_track": ("Track Title", "Love Me Do|All You Need Is Love|Lovely Day|Crazy in Love|I Will Always Love You|"
                    "Here Comes the Sun|Sunny Afternoon|Walking on Sunshine|Sun King|Blue Monday|Manic Monday|"
                    "Monday Monday|I Don't Like Mondays|Don't Stop Me Now|Fly Me to the Moon|Moondance"),
    "radio_plays": ("Plays", "0|1|2|3|5|5|8|10|12|15|20|33|40|100|2||4"),
    "radio_len": ("Length (sec)", "120|145|180|180|200|210|240|265|300|330|360|420|95|600||#N/A|18"),
    "radio_host": ("Presenter", "Jo|Jo Smith|Marcus|DJ Marcus|Sunita|Big Al|Al Green|Alan|jo|Jojo|Marcus B|"
                   "Sunita K||Alison| |Sally"),
    "radio_air": ("Air Date", "2024-06-12|2024-06-11|2024-06-10|2024-06-09|2024-06-08|2024-06-06|2024-06-04|"
                  "2024-06-13|2024-06-14|2024-06-18|2024-06-28|2024-05-14|2024-07-02||2024-01-12"),
    # a dairy herd
    "dairy_yield": ("Litres/Day", "18|20|22|25|25|28|30|32|35|38|40|19.5|27.3|0|#N/A||31|2|dry"),
    "dairy_tag": ("Cow Tag", "UK 101|UK 102|IE 201|UK 103|IE 202|UK 101|FR 301|UK 110|IE 210|uk 102|NI 401|NI 402|"
                  "UK 120|Ex-IE 205|| "),
    "dairy_scc": ("Cell Count ('000)", "50|80|100|150|200|200|250|300|400|500|1000|75|| |0|20|2500"),
    "dairy_calving": ("Due to Calve", "2024-06-13|2024-06-18|2024-06-22|2024-06-25|2024-07-04|2024-07-19|2024-06-12|"
                      "2024-06-14|2024-06-08|2024-05-30|2024-06-04|2024-08-15||2024-06-11"),
    # a cider orchard
    "cider_var": ("Variety", "Dabinett|Kingston Black|Yarlington Mill|Black Dabinett|Tremlett's Bitter|"
                  "Harry Masters Jersey|Ellis Bitter|Brown Snout|Dabinett|Sweet Coppin|Foxwhelp|Bitter Pear|"
                  "Early Black Pippin|Somerset Redstreak|Stoke Red|Black Kingston"),
    "cider_tonnes": ("Tonnes Picked", "1.2|2.5|3|3.8|4|4|5.5|6|7.25|8|10|0.5|0||0.3|45|1|frost"),
    "cider_brix": ("Brix", "9.5|10|11|11.2|12|12.5|13|13.8|14|15|15.1|16|11.9|10.4|12|#N/A|"),
    "cider_pick": ("Pick Date", "2024-06-06|2024-06-07|2024-06-08|2024-06-10|2024-06-12|2024-06-03|2024-06-05|"
                   "2024-05-28|2024-05-02|2024-06-13|2024-06-19|2024-07-01|2024-06-11||2024-06-15"),
    # a ski school
    "ski_group": ("Group", "Snowflakes|Snowflakes 2|Little Snowflakes|Penguins|Polar Bears|Mini Penguins|"
                  "Adults Beginner|Adults Improver|Young Adults|Teens|Private|snowflakes|Race Team|Freestyle|"
                  "Teens Freestyle|Freestyle Camp|Polar Bears"),
    "ski_instr": ("Instructor", "Hans|Anna|Anne|Pierre|Pia|hans|Jean-Pierre|Marco|Luca|Anna-Lena|Ana||Tom|"
                  "Pierre-Luc|Jean-Pierre B.| "),
    "ski_days": ("Days Booked", "1|2|3|5|5|6|7|10|14|3|4|2|cancelled||8"),
    "ski_start": ("Start Date", "2024-06-12|2024-06-15|2024-06-16|2024-06-22|2024-06-23|2024-07-06|2024-06-09|"
                  "2024-06-07|2024-06-01|2024-05-25|2024-06-13|2024-06-11||2024-12-21"),
    "ski_price": ("Price (€)", "90|150|220|280|300|300|350|420|500|600|640|780|1200|65|#VALUE!|30|5000|"),
    # a recycling centre
    "rec_mat": ("Material", "Cardboard|Mixed plastics|Plastic bottles|Glass (clear)|Glass (green)|Broken glass|"
                "Green waste|Metal cans|Scrap metal|Wood|Textiles|Hard plastics|Garden waste|Waste oil|Glass|"
                "Plasterboard|cardboard"),
    "rec_tonnes": ("Tonnes", "0.8|1.2|2|2.5|3|4.4|5|6.1|8|12|15|0|1||0.3|60|-1|pending"),
    "rec_contam": ("Contamination %", "2%|4%|5%|5%|8%|10%|12%|15%|20%|3%|7.5%|0%|#N/A||0.5%|1%"),
    "rec_collect": ("Collection", "2024-06-13|2024-06-12|2024-06-18|2024-06-21|2024-06-14|2024-06-07|2024-06-04|"
                    "2024-05-20|2024-05-31|2024-06-27|2024-07-11|2024-06-11||2024-06-13"),
    # a bus depot
    "bus_late": ("Minutes Late", "0|1|2|3|5|5|7|10|12|15|20|30|-2|-1||cancelled|50"),
    "bus_route": ("Route", "12|12A|X12|7|7A|X7|24|N24|12|School special|Park and Ride|7|X1| |"),
    "bus_reg": ("Registration", "YX19 ABC|YX19 ABD|BU65 XYZ|YN70 KLM|YX21 PPP|LK68 QRS|YX69 TTT|BX19 AAA|"
                "yx19 abc|AYX 123B|FJ 519|YX70 ABC|SN19 YXA"),
    "bus_mot": ("MOT Due", "2024-05-14|2024-05-31|2024-06-12|2024-06-13|2024-06-19|2024-06-28|2024-07-09|"
                "2024-07-31|2024-06-05|2024-06-10|2024-08-20||2024-06-11|2024-06-08"),
    "bus_miles": ("Mileage", "12000|45000|88000|102500|150000|150000|210000|99999|100000|65000|250000|8000|#REF!||"
                  "1500000|9000"),
    # blood donation sessions
    "blood_group": ("Blood Group", "O+|O-|A+|A-|B+|AB+|AB-|O+|B-|A+|o-|Unknown|AB+|O- (CMV neg)||B+"),
    "blood_hb": ("Haemoglobin (g/dL)", "11.5|12|12.5|13|13.5|14|14.2|15|15.8|16.5|17|12.4|12.5||not tested|1.2"),
    "blood_dons": ("Donations", "1|2|3|5|10|10|15|20|25|50|75|100|0||4|500|new"),
    "blood_last": ("Last Donation", "2024-06-12|2024-06-11|2024-06-10|2024-06-07|2024-06-06|2024-06-04|2024-06-14|"
                   "2024-06-01|2024-05-16|2024-05-02|2024-04-20|2024-06-19|2024-07-12||2024-06-13"),
    "blood_donor": ("Donor ID", "D1001|D1002|D1003|D1002|D2001|X1001|D1001|D3004|d1003|D2002|D4000||D5001|D6001"),
    # a makerspace's 3D printers
    "mk_job": ("Print Job", "Bracket v2|Phone stand|Bracket v3|Gear housing|Gear (spare)|Spur gear|Cable clip|"
               "Bracket v2|Lamp shade|Spare gear set|Keyring|Test cube|test cube|Calibration cube|Cube storage box|"
               "Wall bracket| "),
    "mk_hours": ("Print Hours", "0.5|1|1.5|2|3|4|4|6|8|12|18|24|36|0||failed|0.05|120"),
    "mk_fil": ("Filament (g)", "5|12|20|35|50|50|75|120|200|350|500|1000|#DIV/0!||18|2000"),
    "mk_status": ("Status", "Queued|Printing|Done|Failed|Done - collected|Failed (jam)|Cancelled|done|On hold|"
                  "Reprint after failed|Print failed twice|Half done|Queued|Waiting|Printing|"),
    "mk_date": ("Booked For", "2024-06-12|2024-06-13|2024-06-14|2024-06-11|2024-06-10|2024-06-15|2024-06-08|"
                "2024-06-05|2024-06-17|2024-06-24|2024-05-28|2024-07-03||2024-06-13"),
    # a bridal shop
    "br_style": ("Dress Style", "A-line|Mermaid|Ballgown|Fit and flare|Sheath|A-line lace|Lace mermaid|Tea length|"
                 "Boho lace|Ballgown (tulle)|Empire|Vintage lace bolero|Mermaid|Lace A-line|Jumpsuit|Slim mermaid|"
                 "Mermaid (satin)"),
    "br_size": ("Dress Size", "6|8|8|10|12|12|14|16|18|20|22|24|10||TBC|1.4|140"),
    "br_fitting": ("Fitting Date", "2024-06-13|2024-06-18|2024-06-20|2024-06-06|2024-06-04|2024-06-12|2024-06-14|"
                   "2024-06-26|2024-05-21|2024-07-02|2024-06-11|2024-06-01||2024-06-08"),
    "br_deposit": ("Deposit (£)", "0|50|100|150|200|250|250|300|400|500|750|1000||refund due|#N/A|25|2500|-50"),
    # an auction house
    "auc_lot": ("Lot Description", "Victorian silver teapot|Georgian silver spoon set|Silver plate tray|Oak chest|"
                "Oak dresser (Victorian)|Victorian oak desk|Art deco lamp|Watercolour, signed|"
                "Pair of silver candlesticks|Clock, Victorian|Persian rug|Box of books|Box lot: china|"
                "Jewellery box|Lot withdrawn"),
    "auc_est": ("Low Estimate", "20|50|80|100|150|200|300|500|800|1000|1500|2500|40|100||5|10000"),
    "auc_hammer": ("Hammer Price", "0|35|60|120|180|220|310|480|950|1250|2800|unsold|#N/A||75"),
    "auc_bids": ("Bids", "0|1|2|3|3|4|5|7|9|10|12|15|22|1||100"),
    "auc_sale": ("Sale Date", "2024-06-12|2024-06-05|2024-06-03|2024-06-07|2024-06-11|2024-06-14|2024-06-19|"
                 "2024-06-26|2024-05-15|2024-07-10|2024-07-24|2024-06-13||2025-06-12"),
    # a phone repair shop
    "ph_model": ("Model", "iPhone 12|iPhone 13 Pro|iPhone 12 mini|Galaxy S21|Galaxy A52|Pixel 7|Pixel 7a|iphone 12|"
                 "Moto G|Galaxy S21 Ultra|OnePlus 9|Samsung Galaxy Tab|Refurb iPhone SE|Pixel 6 Pro|"
                 "iPhone 14 Pro Max|Xperia 10"),
    "ph_fault": ("Fault", "Cracked screen|Battery|Screen|Charging port|Water damage|Screen flicker|Back glass cracked|"
                 "No power|Battery swelling|Camera|Speaker|Screen cracked badly|Battery drain| |Old battery|"
                 "battery|"),
    "ph_cost": ("Repair Cost", "25|39|49|50|59|59|79|89|99|100|120|149|199|0||quote|279|1000"),
    "ph_imei": ("IMEI Check", "Clean|Clean|Blacklisted|#N/A|Clean|Pending|#N/A|Lost/stolen|Clean|Blocked|#VALUE!|"
                "Clean||Pending|Clean| "),
    "ph_ready": ("Ready By", "2024-06-12|2024-06-13|2024-06-11|2024-06-14|2024-06-15|2024-06-10|2024-06-07|"
                 "2024-06-04|2024-06-18|2024-06-27|2024-05-30|2024-07-01||2024-06-12"),
    # an archery club
    "arch_score": ("Round Score", "250|310|388|400|402|455|500|512|540|575|600|600|420|0||DNS"),
    "arch_bow": ("Bow Type", "Recurve|Compound|Longbow|Barebow|Recurve (Olympic)|Flatbow|Horse bow|recurve|Compound|"
                 "English longbow|Traditional recurve|Compound (hunting)|Junior compound|Junior recurve kit| |"
                 "Barebow recurve"),
    "arch_arrows": ("Arrows Lost", "0|0|1|2|3|1|0|5|8|2|12|4||30| "),
    "arch_renew": ("Renewal Date", "2024-06-30|2024-06-12|2024-06-07|2024-06-03|2024-06-14|2024-06-19|2024-07-01|"
                   "2024-07-31|2024-05-01|2024-05-31|2024-08-01|2024-06-11||2024-06-13"),
    # a weather station
    "wx_temp": ("Max Temp (°C)", "-3|-0.5|0|4.5|8|12|15|18|21|24|25|27.5|30|32|19||faulty"),
    "wx_rain": ("Rain (mm)", "0|0|0.2|1|2.5|4|6|10|12.4|18|25|40|0.5|#N/A||trace"),
    "wx_wind": ("Gust (mph)", "5|12|18|22|30|35|40|45|50|55|62|75|28||4.5|calm"),
    "wx_note": ("Observer Note", "Sunny|Light rain|Rain|Heavy rain|Fog|Fog early|Freezing fog|Thunder|Sunny spells|"
                "Mostly sunny|Some rain later|Snow|Light snow|Snow showers|Overcast|sunny|Clear|"),
}

ENTRIES = r"""
# a locksmith's call-outs
Hi Dan, could you set the call-out sheet so any job over 90 minutes goes red? Cheers | GreaterThan(90) | lock_mins | email
highlight call outs that took an hour or less | LessThanEqual(60) | lock_mins | dictated | number-words | boundary
longest call-out -> flag it | Top(1) | lock_mins | notes | superlative
Our job log has a Call-out Minutes column. How do I get it to highlight jobs that ran between 30 and 60 minutes, both ends included? | Between(30, 60) | lock_mins | helpdesk | range | boundary | column-word
call-out mins that repeat - mark the dupes | Duplicates() | lock_mins | notes | column-word
Could you shade every lock type that mentions cylinder? Makes the stock order easier. | TextContains("cylinder") | lock_type | email
highlight lock types starting with mortice | TextStartsWith("Mortice") | lock_type | dictated
lock type exactly "Padlock" -> yellow (not brass, not combination) | TextEquals("Padlock") | lock_type | notes | quoted
Can conditional formatting pick out the lock types that don't begin with Euro? Only the non-euro jobs should be coloured. | NOT(TextStartsWith("Euro")) | lock_type | helpdesk | negation
colour any lock type ending in latch | TextEndsWith("latch") | lock_type | dictated
lock type left blank?? find them | Blanks() | lock_type | notes
Also, can the fees above the average be highlighted? I want to see the pricier jobs at a glance. | AboveAverage() | lock_fee | email
highlight the bottom twenty percent of fees | BottomPercent(20) | lock_fee | dictated | number-words
fee col showing #N/A - find them | Errors() | lock_fee | notes | column-word
fees that are not eighty pounds | NotEquals(80) | lock_fee | dictated | negation | number-words
In the Fee (£) column I'd like the zero-charge jobs flagged (the ones we did for free). What rule do I use? | Equals(0) | lock_fee | helpdesk | column-word
Fees of £120 or more, bold them please. | GreaterThanEqual(120) | lock_fee | email | number-format | boundary
highlight jobs booked for tomorrow | Tomorrow() | lock_date | dictated | date
Could you colour any job from last month in grey? It helps with the invoicing run. | LastMonth() | lock_date | email | date
job date this week -> green | ThisWeek() | lock_date | notes | date
Is there a rule that highlights yesterday's jobs automatically every morning? The Job Date column holds proper dates. | Yesterday() | lock_date | helpdesk | date | column-word
job dates in last 7 days | Last7Days() | lock_date | notes | date
payment col: anything that doesn't contain "paid" | TextNotContains("paid") | lock_paid | notes | negation | quoted | column-word
Hi Sam, can you get the sheet to mark every payment that says exactly Unpaid? Not the chased ones. | TextEquals("Unpaid") | lock_paid | email
mark payments beginning with paid | TextStartsWith("Paid") | lock_paid | dictated
We log payment status as text. Can I highlight the cells that are Overdue or Refunded (just those two exact words)? | OR(TextEquals("Overdue"), TextEquals("Refunded")) | lock_paid | helpdesk | compound
# a cinema
highlight screenings that sold fewer than fifty seats | LessThan(50) | cin_seats | dictated | number-words | boundary
When you get a minute, please make the seats column go green where we sold at least 200. | GreaterThanEqual(200) | cin_seats | email | boundary | column-word
top 3 shows by seats sold | Top(3) | cin_seats | notes | superlative
I'd like data bars in the Seats Sold column so managers can compare screenings. Can Excel do that with conditional formatting? | DataBar() | cin_seats | helpdesk | visual | column-word
seats sold bellow avg -> amber | BelowAverage() | cin_seats | notes | typo
Seats Sold: I need the poorly attended shows (under 50) and the busy ones (200 or more) highlighted by a single rule. Possible? | OR(LessThan(50), GreaterThanEqual(200)) | cin_seats | helpdesk | compound | boundary
colour films with home anywhere in the title | TextContains("home") | cin_film | dictated
Could you flag the titels ending in (3D)? Those need the glasses handed out. | TextEndsWith("(3D)") | cin_film | email | typo
films listed twice - dupes | Duplicates() | cin_film | notes
Our Film column is typed by hand. How do I highlight titles that start with "The"? | TextStartsWith("The") | cin_film | helpdesk | quoted
mark films that appear only once in the list | Unique() | cin_film | dictated
colour the showings today | Today() | cin_show | dictated | date
Can next week's screenings be highlighted? I'm planning the staff rota off it. | NextWeek() | cin_show | email | date
shows in the last seven days | Last7Days() | cin_show | dictated | date | number-words
shows this month? mark | ThisMonth() | cin_show | notes | date
yesterday's shows -> grey | Yesterday() | cin_show | notes | date
Our Showing column has dates. I need every screening that is NOT today highlighted, is there a way? | NOT(Today()) | cin_show | helpdesk | date | negation | odd-case
occupancy under 50% | LessThan(0.5) | cin_occ | notes | number-format | boundary
Can you set occupancy at 80% or above to turn green? | GreaterThanEqual(0.8) | cin_occ | email | number-format | boundary
I keep getting #DIV/0! in the Occupancy column for cancelled shows. Can those cells at least be highlighted? | Errors() | cin_occ | helpdesk | column-word
occupancy heat map | ColorScale() | cin_occ | notes | visual
highlight occupancy cells without errors | NotErrors() | cin_occ | dictated | negation
# a running club
anyone who ran the 10K in under 45 minutes | LessThan(45) | run_time | dictated
times between forty five and fifty five minutes | Between(45, 55) | run_time | dictated | number-words | range
For the newsletter, the three fastest 10K times need to stand out - can you set that up? | Bottom(3) | run_time | email | superlative | polarity | number-words
10K times NOT between 45 and 60 | NotBetween(45, 60) | run_time | notes | negation | range | odd-case
Is there a built-in rule to shade times faster than the club average? Lower is better in our 10K Time column. | BelowAverage() | run_time | helpdesk | polarity | column-word
times of an hour or more | GreaterThanEqual(60) | run_time | dictated | number-words | boundary
Bronze band is over 45 but no more than 50 minutes, so please mark those 10K times. | AND(GreaterThan(45), LessThanEqual(50)) | run_time | email | compound | boundary
highlight members entered twice | Duplicates() | run_member | dictated
names ending in Baker | TextEndsWith("Baker") | run_member | notes
Hi, our membership list has gaps. How can I make the empty cells in the Member column stand out, including ones with just a space? | Blanks() | run_member | helpdesk | column-word
Quick one: flag any member with O' in their name so I can check the apostrophes came through. | TextContains("O'") | run_member | email
Member column: I want every name that does not end with Baker highlighted, the Bakers are one family. | NOT(TextEndsWith("Baker")) | run_member | helpdesk | negation | column-word
Could we put traffic-light icons on the weekly km column? Coach asked. | IconSet() | run_km | email | visual | column-word
runners on exactly thirty km | Equals(30) | run_km | dictated | number-words
colour the top ten percent of weekly km | TopPercent(10) | run_km | dictated | number-words
My Weekly km column has a #REF! from a deleted sheet. Can I highlight every cell that ISN'T an error? | NotErrors() | run_km | helpdesk | negation | odd-case | column-word
mark races next month | NextMonth() | run_race | dictated | date
Can you shade the races happening this month? They go on the noticeboard printout. | ThisMonth() | run_race | email | date
next race = next week -> flag | NextWeek() | run_race | notes | date
highlight bib numbers used only once | Unique() | run_bib | dictated
Two runners seem to share a bib. How do I highlight duplicate values in the Bib No. column? | Duplicates() | run_bib | helpdesk | column-word
# a surf school
highlight waves over one point five metres | GreaterThan(1.5) | surf_wave | dictated | number-words
Please colour wave heights of 1 m or below in blue, those are the beginner days. | LessThanEqual(1) | surf_wave | email | boundary
cancel if >= 2.5m - highlight | GreaterThanEqual(2.5) | surf_wave | notes | boundary
Is there a rule to highlight wave heights outside the 0.5 to 2 metre range? We want both the flat and the big days. | NotBetween(0.5, 2) | surf_wave | helpdesk | range
biggest wave height | Top(1) | surf_wave | notes | superlative
level is beginner | TextEquals("Beginner") | surf_level | dictated
Could you shade every level that's neither Beginner nor Improver? Those students go out to the reef. | NOT(OR(TextEquals("Beginner"), TextEquals("Improver"))) | surf_level | email | negation | compound
levels appearing just once | Unique() | surf_level | notes
wetsuit sizes that are filled in | NotBlanks() | surf_suit | dictated | column-word
wetsuit sizes booked more than once | Duplicates() | surf_suit | notes
The wetsuit sheet has gaps - can you highlight the missing sizes, blanks and the ones with just a space in? | Blanks() | surf_suit | email
highlight surf lessons happening today | Today() | surf_lesson | dictated | date
Would you make tomorrow's lessons stand out? I text those students the night before. | Tomorrow() | surf_lesson | email | date
lesson date this wk -> highlight | ThisWeek() | surf_lesson | notes | date
Lesson Date column: I need last week's lessons flagged for the instructor pay run. Which rule? | LastWeek() | surf_lesson | helpdesk | date | column-word
under eights | LessThan(8) | surf_age | dictated | number-words
Junior group is anyone aged 8 or over but under 16 - could those ages be flagged? | AND(GreaterThanEqual(8), LessThan(16)) | surf_age | email | compound | boundary
# a zoo
Going forward I'd like days with over 3,000 visitors in green. | GreaterThan(3000) | zoo_visit | email | number-format
highlight days with above average visitors | AboveAverage() | zoo_visit | dictated
visitors: top 25% | TopPercent(25) | zoo_visit | notes
Is there a way to highlight the two quietest days in the Daily Visitors column? | Bottom(2) | zoo_visit | helpdesk | superlative | polarity | column-word
visitor counts of exactly one thousand | Equals(1000) | zoo_visit | dictated | number-words
highlight animals with panda in the name | TextContains("panda") | zoo_animal | dictated
Can you highlight every animal ending in "monkey"? The keepers want them grouped. | TextEndsWith("monkey") | zoo_animal | email | quoted
animals w/o penguin in name | TextNotContains("penguin") | zoo_animal | notes | negation
How would I highlight cells in the Animal column that are pandas or penguins (any kind)? | OR(TextContains("panda"), TextContains("penguin")) | zoo_animal | helpdesk | compound | column-word
flag animals listed more than once | Duplicates() | zoo_animal | dictated
animals eating two to eight kilos a day | Between(2, 8) | zoo_feed | dictated | number-words | range
The keepers asked for feed amounts lower than the average to be highlighted. | BelowAverage() | zoo_feed | email
The Feed (kg) column shows #N/A where the lookup fails. How do I highlight those? | Errors() | zoo_feed | helpdesk | column-word
feed col - colour scale | ColorScale() | zoo_feed | notes | visual | column-word
highlight vet checks last week | LastWeek() | zoo_vet | dictated | date
Please make today's vet checks show in red. | Today() | zoo_vet | email | date
vet chekc this month | ThisMonth() | zoo_vet | notes | date | typo
How do I highlight the Vet Check dates that were yesterday? | Yesterday() | zoo_vet | helpdesk | date | column-word
vet checks next month | NextMonth() | zoo_vet | dictated | date
enclosure codes that begin with A | TextStartsWith("A") | zoo_encl | dictated
Can you flag the enclosure codes ending in 1? | TextEndsWith("1") | zoo_encl | email
enclosure "A1" only | TextEquals("A1") | zoo_encl | notes | quoted
# a window cleaner's round
prices under a tenner | LessThan(10) | win_price | dictated | number-words
Can you highlight any price of £15 or less? Those customers are due a price review. | LessThanEqual(15) | win_price | email | number-format | boundary
two dearest customers | Top(2) | win_price | notes | superlative | number-words
How can I highlight prices that aren't £12? Most of the round pays £12. | NotEquals(12) | win_price | helpdesk | negation | number-format
price = 0 (freebies) | Equals(0) | win_price | notes
In the price column, could you pick out the free ones and anything over £30 in one go? | OR(Equals(0), GreaterThan(30)) | win_price | email | compound | number-format | column-word
streets ending in road | TextEndsWith("Road") | win_street | dictated
Mark every street with Church in the name, please - that's Tuesday's round. | TextContains("Church") | win_street | email
How do I highlight streets whose name is exactly High Street, not Lower High Street? | TextEquals("High Street") | win_street | helpdesk
streets not starting with "Park" | NOT(TextStartsWith("Park")) | win_street | notes | negation | quoted
highlight cleans due next week | NextWeek() | win_due | dictated | date
Please can you make tomorrow's cleans show up in yellow? | Tomorrow() | win_due | email | date
next clean in last 7 days = missed? flag | Last7Days() | win_due | notes | date
My Next Clean column has dates; I'd like anything due today highlighted. How? | Today() | win_due | helpdesk | date | column-word
windows col: colour scale pls | ColorScale() | win_windows | notes | visual | column-word
Can the window counts that only appear once be highlighted? Curious which houses are one-offs. | Unique() | win_windows | email
# a golf club
rounds under seventy two | LessThan(72) | golf_score | dictated | number-words
For the seniors' medal, please highlight scores of 90 or more. | GreaterThanEqual(90) | golf_score | email | boundary
best 3 scores (lowest) | Bottom(3) | golf_score | notes | superlative | polarity
Scores above the average for the day - how do I set that up in the Score column? | AboveAverage() | golf_score | helpdesk | column-word
scores that arent seventy two | NotEquals(72) | golf_score | dictated | negation | number-words
plus handicaps (below zero) | LessThan(0) | golf_hcp | notes | polarity
handicaps from ten to twenty | Between(10, 20) | golf_hcp | dictated | range | boundary | number-words
Could you flag the highest ten percent of handicaps before Saturday? | TopPercent(10) | golf_hcp | email | superlative | number-words
Handicap column: how do I highlight handicaps above 28? Those players get the early tee slot. | GreaterThan(28) | golf_hcp | helpdesk | column-word
Thanks for the list! Handicaps above zero but under 10 go in the A flight, so mark those please. | AND(GreaterThan(0), LessThan(10)) | golf_hcp | email | compound
membership is full | TextEquals("Full") | golf_member | dictated
Can you colour any membership containing "day"? | TextContains("day") | golf_member | email | quoted
membership w/o junoir | TextNotContains("Junior") | golf_member | notes | negation | typo
How can I highlight memberships starting with Senior? | TextStartsWith("Senior") | golf_member | helpdesk
colour tee times tomorrow | Tomorrow() | golf_tee | dictated | date
Please shade this week's tee dates, the starter needs them. | ThisWeek() | golf_tee | email | date
tee date next month | NextMonth() | golf_tee | notes | date
In the Tee Date column I need last month's bookings highlighted for the handicap secretary. What's the rule? | LastMonth() | golf_tee | helpdesk | date | column-word
# a canal boat hire yard
highlight boats starting with kingfisher | TextStartsWith("Kingfisher") | boat_name | dictated
Any boat whose name ends in Rest needs the new cushions - could you highlight those? | TextEndsWith("Rest") | boat_name | email
boat = Swan exactly (not Black Swan) | TextEquals("Swan") | boat_name | notes
Boat names appearing only once, how? | Unique() | boat_name | helpdesk
boats without kingfisher in the name | TextNotContains("kingfisher") | boat_name | dictated | negation
hires of a week or longer | GreaterThanEqual(7) | boat_nights | dictated | number-words | boundary
Could you flag the short breaks, three nights or fewer? | LessThanEqual(3) | boat_nights | email | number-words | boundary
nights: anything not 7 | NotEquals(7) | boat_nights | notes | negation
How do I get Excel to highlight bookings of exactly a fortnight in the Nights column? | Equals(14) | boat_nights | helpdesk | number-words | column-word
longest hire | Top(1) | boat_nights | dictated | superlative
I think data bars on Fuel Used would help at the review. | DataBar() | boat_fuel | email | visual | column-word
fuel errors (#VALUE!) | Errors() | boat_fuel | notes
The Fuel Used (L) column has some #VALUE! cells. I want to highlight every cell that is not an error. | NotErrors() | boat_fuel | helpdesk | negation | column-word
lowest 25% fuel use - efficient hirers | BottomPercent(25) | boat_fuel | notes | superlative
flag departures next week | NextWeek() | boat_depart | dictated | date
Could you highlight today's departures so the yard team can prep the boats? | Today() | boat_depart | email | date
departures last month | LastMonth() | boat_depart | notes | date
highlight boats that left yesterday | Yesterday() | boat_depart | dictated | date
I'd like last week's departures greyed out in the Departure column. What rule? | LastWeek() | boat_depart | helpdesk | date | column-word
# a community radio station
mark the tracks with love in the title | TextContains("love") | radio_track | dictated
For the summer show, can the tracks that start with Sun be highlighted? | TextStartsWith("Sun") | radio_track | email
titles ending in Monday | TextEndsWith("Monday") | radio_track | notes
any title containing "Don't" - highlight | TextContains("Don't") | radio_track | notes | quoted
How do I highlight titles that don't start with "I"? | NOT(TextStartsWith("I")) | radio_track | helpdesk | negation | quoted
highlight tracks played more than ten times | GreaterThan(10) | radio_plays | dictated | number-words
played exactly 5 times | Equals(5) | radio_plays | notes
Could you colour the top five most played tracks? Want them for the chart segment. | Top(5) | radio_plays | email | superlative | number-words
In the Plays column, how do I flag tracks played between 5 and 15 times inclusive? | Between(5, 15) | radio_plays | helpdesk | range | column-word | boundary
Can you flag any track longer than 5 minutes? The column is in seconds, by the way. | GreaterThan(300) | radio_len | email | number-format
between three and four minutes long | Between(180, 240) | radio_len | dictated | number-words | range | number-format
tracks shorter than average | BelowAverage() | radio_len | notes
The Length (sec) column shows #N/A for some tracks. I want the good cells, the non-errors, highlighted. | NotErrors() | radio_len | helpdesk | negation | column-word
longest 10% of tracks | TopPercent(10) | radio_len | notes | superlative
highlight empty presenter cells | Blanks() | radio_host | dictated
Could you highlight any slot where the presenter is filled in? | NotBlanks() | radio_host | email
presenter = Jo (exactly) | TextEquals("Jo") | radio_host | notes
How do I highlight every presenter cell containing Marcus, whether it's DJ Marcus or Marcus B? | TextContains("Marcus") | radio_host | helpdesk
highlight shows aired this week | ThisWeek() | radio_air | dictated | date
Please highlight last week's air dates so I can log them with the licensing people. | LastWeek() | radio_air | email | date
air date = yesterday | Yesterday() | radio_air | notes | date
Air Date: how can I make the shows from the last 7 days stand out? | Last7Days() | radio_air | helpdesk | date | column-word
air dates not this month | NOT(ThisMonth()) | radio_air | dictated | date | negation
# a dairy herd
Re the herd sheet - yields of 30 litres or more in green please. | GreaterThanEqual(30) | dairy_yield | email | boundary
top 20% yielders | TopPercent(20) | dairy_yield | notes | superlative
How do I highlight cows whose Litres/Day is above the herd average? | AboveAverage() | dairy_yield | helpdesk | column-word
arrows icon set on litres a day | IconSet() | dairy_yield | dictated | visual
yield from 20 up to but not including 25 litres | AND(GreaterThanEqual(20), LessThan(25)) | dairy_yield | notes | compound | boundary
show duplicates in cow tags in red | Duplicates() | dairy_tag | dictated
Could you mark any tag starting IE (the Irish imports)? | TextStartsWith("IE") | dairy_tag | email
tags w/o UK | TextNotContains("UK") | dairy_tag | notes | negation
Some Cow Tag cells are empty or contain just a space. How can I highlight those? | Blanks() | dairy_tag | helpdesk | column-word
hey mark any cell count over two hundred | GreaterThan(200) | dairy_scc | dictated | number-words
The vet wants cell counts between 100 and 200 flagged before the next visit. | Between(100, 200) | dairy_scc | email | range
scc recorded (not blank) | NotBlanks() | dairy_scc | notes | negation
Our Cell Count ('000) column: I need every count of 400 or more highlighted for the vet. | GreaterThanEqual(400) | dairy_scc | helpdesk | column-word | boundary
mark cows due next week | NextWeek() | dairy_calving | dictated | date
Can the cows due to calve tomorrow be highlighted? I'll move them to the calving pen. | Tomorrow() | dairy_calving | email | date
due to calve this month | ThisMonth() | dairy_calving | notes | date | column-word
In Due to Calve, how do I highlight next month's dates? | NextMonth() | dairy_calving | helpdesk | date | column-word
# a cider orchard
varieties ending in bitter | TextEndsWith("Bitter") | cider_var | dictated
Any variety with Black in its name - could you highlight it? They go to the second press. | TextContains("Black") | cider_var | email
varieties listed twice | Duplicates() | cider_var | notes
How do I higlight varieties that don't contain Red? | TextNotContains("Red") | cider_var | helpdesk | negation | typo
Could you put data bars on Tonnes Picked? | DataBar() | cider_tonnes | email | visual | column-word
Tonnes Picked: I want anything under 1 tonne flagged, including the zeros. | LessThan(1) | cider_tonnes | helpdesk | column-word
brix from eleven to fourteen | Between(11, 14) | cider_brix | dictated | range | number-words
Brix readings outside 10 to 15 should be flagged, so we can blend them. | NotBetween(10, 15) | cider_brix | email | range | negation
lowest 10% brix | BottomPercent(10) | cider_brix | notes | superlative
The Brix column has a #N/A from a broken lookup. How do I highlight it? | Errors() | cider_brix | helpdesk | column-word
picked in the last seven days | Last7Days() | cider_pick | dictated | date | number-words
Could you grey out anything picked last week? | LastWeek() | cider_pick | email | date
pick date = today | Today() | cider_pick | notes | date
In Pick Date, how do I highlight last month's picks? | LastMonth() | cider_pick | helpdesk | date | column-word
# a ski school
group is snowflakes | TextEquals("Snowflakes") | ski_group | dictated
Can you highlight the groups starting with Adults? Those need the adult passes. | TextStartsWith("Adults") | ski_group | email
groups that only appear once | Unique() | ski_group | notes
How do I highlight every group ending in Freestyle? | TextEndsWith("Freestyle") | ski_group | helpdesk
any instructor name containing pierre | TextContains("Pierre") | ski_instr | dictated
Still some gaps in the rota: could you highlight the instructor cells that are empty? | Blanks() | ski_instr | email
instructor filled in | NotBlanks() | ski_instr | notes
Instructor names listed twice: how do I highlight them? | Duplicates() | ski_instr | helpdesk
highlight bookings of five days or more | GreaterThanEqual(5) | ski_days | dictated | number-words | boundary
Could you flag bookings of exactly six days? Those get the week pass. | Equals(6) | ski_days | email
Days Booked: I need the single shortest booking highlighted. | Bottom(1) | ski_days | helpdesk | superlative | column-word
lessons starting this week | ThisWeek() | ski_start | dictated | date
Please highlight the groups starting next week. | NextWeek() | ski_start | email | date
start date next month | NextMonth() | ski_start | notes | date
Start Date: which rule highlights everything starting today? | Today() | ski_start | helpdesk | date | column-word
highlight prices over five hundred euros | GreaterThan(500) | ski_price | dictated | number-words
The price column has #VALUE! errors - could you highlight them so I can fix the formulas? | Errors() | ski_price | email | column-word
price between €300 and €600 | Between(300, 600) | ski_price | notes | range | number-format
The Price (€) column: how do I highlight the top 10% of prices? | TopPercent(10) | ski_price | helpdesk | column-word
# a recycling centre
highlight materials with plastic in the name | TextContains("plastic") | rec_mat | dictated
Could you highlight the materials starting with Glass? Different skip for those. | TextStartsWith("Glass") | rec_mat | email
material ends in "waste" | TextEndsWith("waste") | rec_mat | notes | quoted
How do I highlight materials that don't end in waste? | NOT(TextEndsWith("waste")) | rec_mat | helpdesk | negation
Might be nice to add a colour scale to the Tonnes column. | ColorScale() | rec_tonnes | email | visual | column-word
3 smallest tonnages | Bottom(3) | rec_tonnes | notes | superlative
weeks with exactly 0 tonnes | Equals(0) | rec_tonnes | notes
Some rows in Tonnes are negative corrections. How do I highlight values below zero? | LessThan(0) | rec_tonnes | helpdesk
tonnages under one or over twelve | OR(LessThan(1), GreaterThan(12)) | rec_tonnes | dictated | compound | number-words
flag contamination above ten percent | GreaterThan(0.1) | rec_contam | dictated | number-format | number-words
Contamination of 5% or under is fine - could you highlight those in green? | LessThanEqual(0.05) | rec_contam | email | number-format | boundary
contamination above avg | AboveAverage() | rec_contam | notes
Contamination % has #N/A where the lab hasn't reported. I want to highlight every cell without an error. | NotErrors() | rec_contam | helpdesk | negation
highlight collections tomorrow | Tomorrow() | rec_collect | dictated | date
Could you highlight next week's collections? | NextWeek() | rec_collect | email | date
collection last month | LastMonth() | rec_collect | notes | date
Collection column: I need this month's dates highlighted. | ThisMonth() | rec_collect | helpdesk | date | column-word
# a bus depot
turn buses more than five minutes late red | GreaterThan(5) | bus_late | dictated | number-words
The early running needs to be flagged too, i.e. anything negative in minutes late. | LessThan(0) | bus_late | email | polarity | column-word
top 3 lattest buses | Top(3) | bus_late | notes | superlative | typo
In Minutes Late, how do I highlight buses that were late but by no more than 5 minutes, so above 0 and up to 5? | AND(GreaterThan(0), LessThanEqual(5)) | bus_late | helpdesk | compound | boundary | column-word
minutes late outside minus one to five | NotBetween(-1, 5) | bus_late | dictated | range | negation | number-words
highlight routes listed twice | Duplicates() | bus_route | dictated
Could the route cells that are blank be highlighted? Drivers keep missing them. | Blanks() | bus_route | email
route 12 only | Equals(12) | bus_route | notes
Route column: highlight everything except route 7. | NotEquals(7) | bus_route | helpdesk | negation | column-word
regs starting yx | TextStartsWith("YX") | bus_reg | dictated | odd-case
Please mark any registration with 19 in it, they're due the recall check. | TextContains("19") | bus_reg | email
mots due this month | ThisMonth() | bus_mot | dictated | date | odd-case
Jo, the MOTs that were due last month need to stand out, they're overdue. | LastMonth() | bus_mot | email | date
MOT due next week | NextWeek() | bus_mot | notes | date
MOT Due column: I'd like tomorrow's MOTs in red. | Tomorrow() | bus_mot | helpdesk | date | column-word
Could you highlight buses over 100,000 miles? | GreaterThan(100000) | bus_miles | email | number-format
highlight top twenty percent mileage | TopPercent(20) | bus_miles | dictated | number-words
mileage below avg | BelowAverage() | bus_miles | notes
Mileage: how do I highlight buses from 50,000 to 150,000 miles, both included? | Between(50000, 150000) | bus_miles | helpdesk | range | number-format | boundary | column-word
Mileage has a #REF! after someone deleted a sheet. How do I highlight the error cells? | Errors() | bus_miles | helpdesk
# blood donation sessions
groups ending in a minus sign | TextEndsWith("-") | blood_group | dictated
Could you highlight blood groups that appear only once in today's session? | Unique() | blood_group | email
blood groups w/o + | TextNotContains("+") | blood_group | notes | negation
Blood Group column: how do I flag groups listed more than once? | Duplicates() | blood_group | helpdesk | column-word
Hb below 12.5 | LessThan(12.5) | blood_hb | notes
Can the haemoglobin values between 12.5 and 16.5 be highlighted green? | Between(12.5, 16.5) | blood_hb | email | range | boundary
flag the lowest ten percent haemoglobin | BottomPercent(10) | blood_hb | dictated | superlative | number-words
Haemoglobin (g/dL): I want results above the session average highlighted. | AboveAverage() | blood_hb | helpdesk | column-word
hb thirteen or less | LessThanEqual(13) | blood_hb | dictated | number-words | boundary
Hb at least 12.5 but under 13.5 -> amber | AND(GreaterThanEqual(12.5), LessThan(13.5)) | blood_hb | notes | compound | boundary
Could you highlight donors on exactly ten donations? We send them a badge. | Equals(10) | blood_dons | email
Donations column: how do I add a colour scale? | ColorScale() | blood_dons | helpdesk | visual | column-word
highlight anyone who donated in the last seven days | Last7Days() | blood_last | dictated | date | number-words
Donors whose last donation was last month should be highlighted, we'll call them. | LastMonth() | blood_last | email | date
last donation yesterday | Yesterday() | blood_last | notes | date
Last Donation dates: how do I highlight this week's? | ThisWeek() | blood_last | helpdesk | date | column-word
donor IDs used once | Unique() | blood_donor | notes
# a makerspace's 3D printers
make print jobs with gear in the name orange | TextContains("gear") | mk_job | dictated
Hiya, can jobs ending in cube be highlighted? They're all calibration prints. | TextEndsWith("cube") | mk_job | email
How do I highlight print jobs beginning with Bracket? | TextStartsWith("Bracket") | mk_job | helpdesk
jobs without bracket in them | TextNotContains("bracket") | mk_job | dictated | negation
Could you highlight the jobs under an hour? They can go on the small printer. | LessThan(1) | mk_hours | email | number-words
two longest prints | Top(2) | mk_hours | notes | superlative
Print Hours: can I get an icon set on it? | IconSet() | mk_hours | helpdesk | visual | column-word
highlight print hours above average | AboveAverage() | mk_hours | dictated
Can jobs using between 50 and 200 grams be highlighted? I'm pricing the medium spools. | Between(50, 200) | mk_fil | email | range
highlight filament cells with errors | Errors() | mk_fil | dictated
Filament (g): I'd like the bottom 20% highlighted, the light prints. | BottomPercent(20) | mk_fil | helpdesk | column-word
status is done | TextEquals("Done") | mk_status | dictated
Any status containing failed should be highlighted so we can reprint. | TextContains("failed") | mk_status | email
staus not containing Done | TextNotContains("Done") | mk_status | notes | negation | typo
Status column: I want every status that does not start with Print highlighted (so not Printing, not Print failed twice). | NOT(TextStartsWith("Print")) | mk_status | helpdesk | negation | column-word
failed but not a reprint | AND(TextContains("failed"), TextNotContains("reprint")) | mk_status | notes | compound | negation
mark anything booked for today | Today() | mk_date | dictated | date
Could you highlight the printer bookings for tomorrow? | Tomorrow() | mk_date | email | date
booked this week | ThisWeek() | mk_date | notes | date
Booked For: how do i hightlight next weeks bookings? | NextWeek() | mk_date | helpdesk | date | column-word | typo
printer booked for today or tomorrow | OR(Today(), Tomorrow()) | mk_date | dictated | date | compound
# a bridal shop
Could you highlight the dress styles starting with A-line for the window display? | TextStartsWith("A-line") | br_style | email
How do I highlight duplicate dress styles? | Duplicates() | br_style | helpdesk
sizes outside eight to sixteen | NotBetween(8, 16) | br_size | dictated | number-words | range
Dress Size column: highlight sizes below 10. | LessThan(10) | br_size | helpdesk | column-word
colour fittings tomorrow | Tomorrow() | br_fitting | dictated | date
Next week's fittings want highlighting, Mel's off on Tuesday. | NextWeek() | br_fitting | email | date
fittings last week | LastWeek() | br_fitting | notes | date
Fitting Date: how do I highlight everything this month? | ThisMonth() | br_fitting | helpdesk | date | column-word
deposits of two hundred and fifty pounds or more | GreaterThanEqual(250) | br_deposit | dictated | number-words | boundary
Could you add data bars to the deposits? | DataBar() | br_deposit | email | visual
deposit = 0 | Equals(0) | br_deposit | notes
Deposit (£) column: how do I highlight deposits below the average? | BelowAverage() | br_deposit | helpdesk | column-word
# an auction house
flag lots with victorian in the description | TextContains("Victorian") | auc_lot | dictated
Lots beginning with Box go in the back room - could you highlight them? | TextStartsWith("Box") | auc_lot | email
lots w/o silver | TextNotContains("silver") | auc_lot | notes | negation
Lot Description: how do I highlight lots that end in Victorian? | TextEndsWith("Victorian") | auc_lot | helpdesk | column-word
Could you highlight lots estimated at £1,000 or more? They need photos. | GreaterThanEqual(1000) | auc_est | email | number-format | boundary
highlight estimates under fifty quid | LessThan(50) | auc_est | dictated | number-words
top 10% estimates | TopPercent(10) | auc_est | notes
Low Estimate: highlight estimates that appear more than once. | Duplicates() | auc_est | helpdesk | column-word
colour hammer prices above average | AboveAverage() | auc_hammer | dictated
Could you flag the hammer price cells showing an error? The lookup broke again. | Errors() | auc_hammer | email
2 lowest hammer prices | Bottom(2) | auc_hammer | notes | superlative
Hammer Price: I'd like a colour scale on it. | ColorScale() | auc_hammer | helpdesk | visual | column-word
Lots with more than ten bids - can you highlight them for the report? | GreaterThan(10) | auc_bids | email | number-words
bids 3 or fewwer | LessThanEqual(3) | auc_bids | notes | boundary | typo
Bids column: how to highlight the lot with the most bids? | Top(1) | auc_bids | helpdesk | superlative | column-word
lots with one bid or fewer or fifteen bids and up | OR(LessThanEqual(1), GreaterThanEqual(15)) | auc_bids | dictated | compound | number-words
highlight sales today | Today() | auc_sale | dictated | date
Could you highlight last week's sales? | LastWeek() | auc_sale | email | date
sale date next month | NextMonth() | auc_sale | notes | date
Sale Date column: I want the last 7 days highlighted. | Last7Days() | auc_sale | helpdesk | date | column-word
# a phone repair shop
colour models starting with iphone | TextStartsWith("iPhone") | ph_model | dictated
Any model ending in Pro needs the bigger screen part - can you highlight those? | TextEndsWith("Pro") | ph_model | email
model contains galaxy | TextContains("Galaxy") | ph_model | notes
How do I highlight models that don't start with iPhone? | NOT(TextStartsWith("iPhone")) | ph_model | helpdesk | negation
highlight faults with cracked in them | TextContains("cracked") | ph_fault | dictated
Could you highlight faults that are just Battery (not swelling, not drain)? | TextEquals("Battery") | ph_fault | email
FAULT BLANK -> fix | Blanks() | ph_fault | notes | odd-case
Fault column: highlight faults beginning with Screen. | TextStartsWith("Screen") | ph_fault | helpdesk | column-word
Every fault that mentions the screen or the battery should be highlighted, those are the parts we stock. | OR(TextContains("screen"), TextContains("battery")) | ph_fault | email | compound
flag repairs over a hundred pounds | GreaterThan(100) | ph_cost | dictated | number-words
Could you flag costs between £50 and £100? | Between(50, 100) | ph_cost | email | range | number-format
dearest repair | Top(1) | ph_cost | notes | superlative
Is there an icon set I can apply to Repair Cost so the expensive jobs show a red flag? | IconSet() | ph_cost | helpdesk | visual | column-word
Repair Cost: how to highlight costs that apear only once? | Unique() | ph_cost | helpdesk | column-word | typo
repair costs strictly between fifty and a hundred | AND(GreaterThan(50), LessThan(100)) | ph_cost | dictated | compound | number-words
flag imei errors | Errors() | ph_imei | dictated | odd-case
Could you highlight the IMEI checks that aren't errors? | NotErrors() | ph_imei | email | negation
imei not "Clean" | NotEquals("Clean") | ph_imei | notes | negation | quoted
IMEI Check: how do I highlight errors or blank cells in one rule? | OR(Errors(), Blanks()) | ph_imei | helpdesk | compound | column-word
highlight phones ready today | Today() | ph_ready | dictated | date
The phones promised for yesterday are late - highlight them please. | Yesterday() | ph_ready | email | date
ready by this wk | ThisWeek() | ph_ready | notes | date
Ready By: how do I highlight next month? | NextMonth() | ph_ready | helpdesk | date | column-word
# an archery club
scores of five hundred and up | GreaterThanEqual(500) | arch_score | dictated | number-words | boundary
Could you highlight round scores under 400? Those archers get extra coaching. | LessThan(400) | arch_score | email | boundary
score below avg | BelowAverage() | arch_score | notes
Round Score: highlight the top 3. | Top(3) | arch_score | helpdesk | superlative | column-word
round scores 400 to 500 incl. -> highlight | Between(400, 500) | arch_score | notes | range | boundary
top quarter of round scores | TopPercent(25) | arch_score | dictated
bows containing recurve | TextContains("recurve") | arch_bow | dictated
Could you highlight bow type exactly Compound? Different target faces. | TextEquals("Compound") | arch_bow | email
bow types that are unique | Unique() | arch_bow | notes
Bow Type: highlight the empty cells (some have a space in). | Blanks() | arch_bow | helpdesk | column-word
bow types not containing bow | TextNotContains("bow") | arch_bow | dictated | negation
members who lost exactly one arrow | Equals(1) | arch_arrows | dictated | number-words
Could you highlight anyone who lost more than 3 arrows? | GreaterThan(3) | arch_arrows | email | boundary
arrows lost filled in | NotBlanks() | arch_arrows | notes
Arrows Lost: highlight the blank and space-only cells. | Blanks() | arch_arrows | helpdesk | column-word
highlight renewals due this month | ThisMonth() | arch_renew | dictated | date
Coudl you highlight renewals due next month? | NextMonth() | arch_renew | email | date | typo
renewal last month | LastMonth() | arch_renew | notes | date
Renewal Date: how do I highlight dates in the last 7 days? | Last7Days() | arch_renew | helpdesk | date | column-word
# a weather station
frosty days below zero | LessThan(0) | wx_temp | dictated
days where the max was exactly zero degrees | Equals(0) | wx_temp | dictated | number-words
Days of 25 degrees or warmer should be highlighted for the summary. | GreaterThanEqual(25) | wx_temp | email | boundary
colour scale on max temp | ColorScale() | wx_temp | notes | visual
Max Temp: how do I highlight the hottest day? | Top(1) | wx_temp | helpdesk | superlative | column-word
temps outside zero to twenty five | NotBetween(0, 25) | wx_temp | dictated | range | number-words
highlight max temps from fifteen to twenty four | Between(15, 24) | wx_temp | dictated | range | number-words
days with one mm of rain or less | LessThanEqual(1) | wx_rain | dictated | number-words | boundary
Could you flag the days with over 10 mm of rain? | GreaterThan(10) | wx_rain | email
data bars rain | DataBar() | wx_rain | notes | visual
Rain (mm) shows #N/A on days the gauge failed. How do I highlight those? | Errors() | wx_rain | helpdesk | column-word
flag gusts of fifty mph or more | GreaterThanEqual(50) | wx_wind | dictated | number-words | boundary
Cuold we get gusts between 30 and 45 mph highlighted? | Between(30, 45) | wx_wind | email | range | typo
icon set gusts | IconSet() | wx_wind | notes | visual
Gust (mph): how do I highlight the windiest 20%? | TopPercent(20) | wx_wind | helpdesk | superlative | column-word
notes without rain | TextNotContains("rain") | wx_note | notes | negation
Observer Note: highlight fog or snow anywhere in the note. | OR(TextContains("fog"), TextContains("snow")) | wx_note | helpdesk | compound | column-word
rain but not heavy | AND(TextContains("rain"), TextNotContains("heavy")) | wx_note | notes | compound | negation
"""




# The set files written before this one. A set file written beside this one (seventh_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "everyday_cf.json", "everyday_tables.json", "fifth_cf.json",
              "fifth_tables.json", "forum_tables.json", "fourth_cf.json", "fourth_tables.json", "fresh_cf.json",
              "fresh_tables.json", "plain_cf.json", "posts_tables.json", "sixth_cf.json", "sixth_tables.json",
              "spoken_cf.json", "template_tables.json", "third_cf.json", "third_tables.json", "web_cf.json")


column_sets.bind(globals(), SEVENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
