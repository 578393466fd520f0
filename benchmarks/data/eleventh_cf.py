"""An eleventh independent set of one-column CF requests, and the builder of eleventh_cf.json.

Written from scratch (2026-12-06 23:50 to 2026-12-07 00:15 UTC, engineer E11) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet
users of twenty domains no earlier set used, on this set's own columns (a planetarium, a karting
track, a funeral home, a reptile rescue, a hospice's fundraising team, a sawmill, an open-air lido,
a zipline park, a farrier, a stonemason, a cheesemonger, a gin distillery, a bingo hall, an
upholsterer, a fencing club, a nail bar, a dry cleaner, a toll bridge, a laser tag arena, a well
drilling contractor), in four styles new to the one-column sets: `story` (two or three sentences
about the user's sheet and situation, then the request at the end), `formulaish` (a user who
half-speaks Excel: ">= 200", "<> 16", "cell value is between", `="Yes"`, "LEFT(title, 11) = ...",
"RIGHT(A2,1)=...", "value > AVERAGE(...)", "NOT(=...)", "AND(temp > 24, temp < 30)", "not blank";
the rule is still exactly one rule of the CF language), `exercise` (a line of a training handout:
"Task 4: apply a rule that shades ...", "Exercise 2: use conditional formatting to ...") and
`frustrated` (a user complaining that it does not work or that they have tried: "ugh ...", "tried
three times now - ...", "why is this so hard ..."). Only requests the language expresses exactly,
one right rule on the column, every literal recoverable by a careful reader ("20%" on a column of
percentages -> 0.2, "half an hour" on a column of minutes -> 30, "an hour" -> 60, "a thousand" ->
1000, "quicker" on a column of lap seconds -> LessThan, "the five fastest laps" -> Bottom(5),
"smallest quarter" -> BottomPercent(25), "37.5%" -> 0.375). Labels are what the executor formats
with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next
week 16 - 22 June, the last 7 days 6 - 12 June), with Excel's semantics kept as they are (a blank
compares as 0 and any text is greater than any number, so a comparison may format a blank or a text
cell such as "closed" or "DNS").

What its author read: benchmarks/data/README.md (its first 12,000 characters, `head -c 12000`);
benchmarks/data/everyday_common.py and benchmarks/data/column_sets.py (all); of
benchmarks/data/tenth_cf.py, which this builder mirrors, only lines 1-111 and 668-684 (its module
docstring, imports, constants and date constants, and the code after ENTRIES, by `sed -n`);
tests/benchmarks/test_one_column_sets_data.py and tests/benchmarks/set_files.py (all);
../shared/docs/CF_RULES.md and ../shared/docs/EVALUATION.md (all); ../shared/data/README.md (all);
the public API of cf_assistant.languages.cf (parse and to_text tried on about 27 made-up rules to
see their canonical spelling, and everyday_common's `labels_of` on one made-up column to see how
"2024-06-12", "12%", "#N/A", "", " ", "1,200", "DNF", "0" and "-3" are typed). Commands that printed
anything else: `date`, `git status --short` (nothing), `ls benchmarks/data/`, `wc -l` of the files
above, counts of the .json files in benchmarks/data, the path of the cf_assistant package, and two
programs that printed only one boolean per candidate word: whether any other builder's module
docstring (benchmarks/data/*.py except eleventh_*.py, by `ast.get_docstring`) names it (substring,
then word-start match). Candidates the check dropped (named in an earlier docstring): beekeeping,
ferry, tattoo, glassblowing, falconry, dog grooming, vineyard, wind farm, print shop, chess, cider,
ski (hire), locksmith, fish (hatchery), blood (bank), bell ringing, dairy, quarry, lifeboat,
paintball, trampoline, escape room, blacksmith, taxidermy, mushroom, oyster, parking, library,
cinema, recycling, scrap, kennel, cattery, stable, golf, archery, spa, tailor, cobbler, bridal,
dance, horse, clock, salon, hire, pool, swim, rink, chimney sweep, window cleaning, tree surgeon,
puppet, ice cream, canal, roller derby, alpaca, sheep and crazy golf; the twenty above printed
False. The builder's own checks printed this set's own draft entries and their problems. Slip: none
known; the README's table names the domains of earlier sets, which is why the check above was
needed, and tenth_cf.py's date constants (within the lines allowed) were seen - this set's date
lists D1-D4 are its own. Not read: anything under cf_assistant/assistant/, cf_assistant/diffusion/,
cf_assistant/generators/, cf_assistant/retrieval/, the other files of cf_assistant/languages/cf/,
any other builder's COLUMNS, ENTRIES or TABLES (tenth_cf.py lines 112-667 included), the rest of
benchmarks/data/README.md, the utterances of any JSON file (compared only by program),
eleventh_tables.py and eleventh_tables.json (being written beside this set by engineer T11), git
log, diff or show. No model, no `cfa suggest` and no `cfa bench` was run.

Drafts and checks. The builder's check never flagged a draft as equal to a request of another set
file (eleventh_tables.json included, present at every run) or of the train split. Its other checks
flagged 144 of the 429 first drafts (on 99 columns): 143 whose column could not tell the rule from a
near miss (one of them also formatting no row) and one formatting every row. Fixes: cells added to
68 columns (a prefix and a suffix variant beside an exact text such as "Maureen (cover)" and "Sue
for Maureen", a real text cell on the columns of visual rules, since a cell of one space or an error
value does not tell DataBar() from NotBlanks(), boundary values such as 1000 for GreaterThan(1000),
a cell of one space for Blanks(), a blank for NotErrors(), a value between -1 and 0 for LessThan(0),
36% for LessThan(0.375)); ten rules replaced (Equals(0) on six columns without negatives, Top(2) and
Top(5) that ties made equal to Top(3) and Top(6), an AND on a column without negatives,
TextEquals("n/t") by TextContains("n/t")) and one entry dropped (Equals(0) on a vehicle count). A
second run flagged four (cells 0, 0.5 and "Sabre/Foil" added, the tie cell fixed). Then five columns
and their 21 entries, and 24 entries of the commonest functions, were dropped to bring the set to
its size, and 25 entries were added for NOT, AND, OR, TopPercent, BottomPercent, Bottom, ThisWeek,
Yesterday and NotBlanks, which were thin in one half; the check flagged six of them (boundary cells
-5, 500, 40, -10 and 20, "No (lapsed)" and "Said No", and a refund of -25 added). Eleven drafts were
given a typo, and 16 wordings or tags were corrected on a read-through (for example "the cells that
say just Maureen and nothing else" on a column that also holds "Maureen (cover)", "don't contain the
word pass anywhere" for TextNotContains("pass"), a story whose context contradicted its request).
Five more entries were added when NotBlanks and Bottom had moved into one half. 413 records on 93
columns (94 column keys; two columns share the header "Quote (£)"): dev 213, test 200; styles
exercise 116, formulaish 98, frustrated 100, story 99; every one of the 41 functions in both halves
(at least two in each).

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files
written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(eleventh_tables.json, written beside it by someone else, included when present) or of the train
split, a non-canonical rule, a column of fewer than 12 or more than 20 cells, a column where the
rule formats no row or every row, and a column that cannot tell the rule from the rules one edit
away (`everyday_common.column_problems`). The columns carry the near misses for that: boundary
values, case variants, blanks, cells of one space and zeros, text and error values among numbers,
negative values, duplicates, and dates around 2024-06-12 in every period.

Tags: the style first (`story`, `formulaish`, `exercise`, `frustrated`), then any of `typo`,
`odd-case`, `negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`,
`column-word`, `boundary`, `range`, `polarity`, `date`, `visual` (as in tenth_cf.py), then the set
tag `eleventh`. IDs have the prefix `e11c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/eleventh_cf.py`; checked by
`tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "eleventh_cf.json"
PREFIX = "e11c"
ELEVENTH_TAG = "eleventh"
STYLES = ("story", "formulaish", "exercise", "frustrated")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each of the four date lists below holds a date in every period,
# a date in none of them, and a blank or a text cell.
D1 = ("2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-14|2024-06-03|2024-06-18|2024-06-28|2024-05-20|"
      "2024-07-10|2024-03-01||2024-06-10|2024-05-31")
D2 = ("2024-06-05|2024-06-12|2024-07-22|2024-06-09|2024-06-11|2024-06-20|2024-05-02|2024-06-13|2024-06-26|"
      "2024-06-02|2024-06-15|2024-08-05|n/a|2024-06-08|2024-06-16")
D3 = ("2024-06-19|2024-06-06|2024-06-12|2024-06-01|2024-07-01|2024-06-11|2024-05-15|2024-06-13|2024-06-04|"
      "2024-06-22|2024-06-30|2024-04-30|2024-06-15|2024-06-12|")
D4 = ("2024-05-28|2024-06-10|2024-06-17|2024-06-12|2024-06-06|2024-06-13|2024-06-24|2024-07-15|2024-06-11|"
      "2024-06-07|pending|2024-06-14|2024-06-03|2023-06-12|2024-06-21")

COLUMNS = {
    # a planetarium
    "pl_seats": ("Seats Sold", "212|180|250|96|250|0|143||199|75|238|200|161|250|100| |tbc"),
    "pl_lamp": ("Lamp Hours", "1840|2210|960|3005|2999|3000|450|1200|#N/A|2750|3000|1875|610|3410|2000"),
    "pl_show": ("Show Title", "Stars of Winter|Black Holes Live|Moon Landing Family|Planets for Kids|The Northern Sky|"
                "Inside Black Holes|Black Holes for Kids|Mars Family Special|Cosmic Dawn|Rockets for Kids (Sat)|"
                "Northern Lights Live|Planets Live|Family Stargazing|Cosmic Dawn|"),
    "pl_book": ("Booking Date", D1),
    "pl_score": ("Audience Score", "4.5|3.8|4.9|2.1|4.2|5|3.6|4.7|n/a|3.1|4.4|2.9|4.8|3.3"),
    # a karting track
    "kt_lap": ("Best Lap (s)", "41.82|43.05|40.99|45.6|42.00|39.87|DNF|44.31|41|41.5|47.02|40.12|43.9|42.75|DNF (spin)|2nd DNF|40"),
    "kt_kart": ("Kart No.", "K07|K12|K03|K12|K21|K09|K07|K15|K30|K03|K18|K21|K11|K26||Spare K05"),
    "kt_date": ("Session Date", D2),
    "kt_fuel": ("Fuel Used (L)", "2.4|3.1|0|1.8|2.9|3.6|2.2|n/r|4.05|2.7|3.3|1.5|2.9|5.2||2"),
    # a funeral home
    "fh_quote": ("Quote (£)", "3450|4200|2980|5100|3999|4000|6250|2750|4000|3100|#VALUE!|4875|3720||3000"),
    "fh_service": ("Service Type", "Burial|Cremation|Direct Cremation|Burial at Sea|Woodland Burial|Cremation|"
                   "Memorial Only|Burial|Cremation with Service|Green Burial|Direct Cremation|Memorial Service|TBC|Service at Graveside"),
    "fh_date": ("Service Date", D3),
    "fh_mourners": ("Expected Mourners", "45|120|30|80|200|15|60|80|150|25|95|40|0||100|20"),
    "fh_ref": ("Family Ref", "MCK-2291|HOL-1045|MCK-3312|BRN-0087|HOL-1045|OKA-5510|PRI-2291|BRN-0087|"
               "LEW-7120|OKA-5511|MCK-2291|SAN-0419|DUV-3001|AMCK-0042|MCK-2291-B"),
    # a reptile rescue
    "rr_temp": ("Vivarium Temp (°C)", "28.5|31|24|33.2|29|27|35|26.5|30|32|22|29.5|31|sensor off|25|off until 10am"),
    "rr_weight": ("Weight (g)", "450|1200|85|2300|620|15|980|3100|310|1200|70|1850|#DIV/0!|540||escaped"),
    "rr_species": ("Species", "Corn Snake|Bearded Dragon|Leopard Gecko|Royal Python|Crested Gecko|Corn Snake|"
                   "Red-eared Slider|Blue-tongued Skink|Burmese Python|Milk Snake|Tokay Gecko|Iguana|Python (unknown)|Gecko (unknown)|Snake (unidentified)"),
    "rr_intake": ("Intake Date", D4),
    "rr_fed": ("Days Since Fed", "3|7|14|2|10|21|5|7|0|28|12|6|9|-|15|| "),
    # a hospice's fundraising team
    "hs_gift": ("Donation (£)", "25|250|10|1000|50|500|5|75|100|1000|20|2500|0||40|100| |-25"),
    "hs_event": ("Event", "Midnight Walk|Fun Run|Bake Sale|Midnight Walk 10K|Quiz Night|Sponsored Swim|Fun Run 5K|"
                 "Gala Dinner|Charity Shop|Bake Sale|Abseil|Skydive|Quiz Night (online)|Fun Run|Family Fun Run"),
    "hs_date": ("Pledge Date", D1),
    "hs_giftaid": ("Gift Aid", "Yes|No|Yes|yes|N/A|No|Yes - declared|Yes||No|YES|No|Pending|Yes|Pending - yes| |No (lapsed)|Said No"),
    # a sawmill
    "sm_moist": ("Moisture (%)", "12%|18%|22%|9%|15%|20%|30%|11%|19%|25%|8%|20%|n/t|14%|n/t (wet)|retest n/t"),
    "sm_length": ("Board Length (m)", "2.4|3.6|4.8|1.8|2.4|6|3|3.6|2.1|5.4|4.2|2.7|0.9||5"),
    "sm_grade": ("Grade", "C16|C24|C16|Reject|C24|C16 wet|C27|Firewood|C24|reject|Unsorted|C16|C27|C24 (re-graded)|was C24|Reject - split|Part reject"),
    "sm_logs": ("Logs In", "34|52|0|41|48|60|29|52|38|44|57|23|31|#N/A||closed"),
    "sm_ship": ("Dispatch Date", D2),
    # an open-air lido
    "li_water": ("Water Temp (°C)", "17.5|19|21.2|16|18|22.5|20|15.5|19|23|18.5|14|closed|20.5"),
    "li_swims": ("Swimmers", "120|340|85|410|260|95|500|310|175|0|230|445|390||400|100|closed"),
    "li_guard": ("Lifeguard", "Priya|Tom|Sam|Priya|Jo|Tomasz|Sam|unassigned|Jo|Priya|Agency cover|Tom||Samira|Priya (am)|Cover for Priya|Cover for Sam| "),
    "li_ph": ("pH", "7.4|7.2|7.6|7.8|7.0|7.4|7.3|8.1|6.9|7.5|7.2|7.6|7.4|#N/A|"),
    "li_chlor": ("Chlorine (ppm)", "1.5|2|0.8|3.2|1|2.5|3|0.5|1.8|4|1|2.2|0|1.2"),
    # a zipline park
    "zp_weight": ("Rider Weight (kg)", "65|120|45|130|88|30|125|72|118|29|95|125|54|| |0"),
    "zp_speed": ("Top Speed (km/h)", "62|71|58|80|66|74|80|69|55|77|81|64|err||err (wet)|sensor err"),
    "zp_wait": ("Wait (min)", "15|40|5|60|25|90|10|45|30|0|75|20|35| "),
    "zp_check": ("Harness Check", "Pass|Fail|Pass|Pass - retag|Not checked|Pass|FAIL|Pass|Fail (strap)|Pass||"
                 "Passed late|Pass|Pass then Fail|Retest - Pass"),
    "zp_due": ("Inspection Due", D3),
    # a farrier
    "fa_horse": ("Horse", "Bramble|Duke|Misty|Bramble|Pepper|Shadow|Duke|Willow|Captain|Misty|Hazel|Bramble|Jasper||Bramble (pony)|Little Bramble|Oscar| "),
    "fa_size": ("Shoe Size", "4|5|3|6|2|5|0|4|7|1|5|3|4|00"),
    "fa_weeks": ("Weeks Since Shod", "6|8|5|10|7|4|12|6|9|3|8|14|n/k|6|n/k (new)|owner n/k"),
    "fa_fee": ("Fee (£)", "95|110|85|120|45|95|130|60|110|95|140|0|75|"),
    "fa_next": ("Next Visit", D4),
    # a stonemason
    "st_order": ("Order Ref", "HS-1021|HS-1022|WM-0310|HS-1023|RP-0451|WM-0311|HS-1024|RP-0452|WM-0312|"
                 "HS-1025-R|RP-0453|XHS-99|HS-1026|HS-1027-Rev|HS-1028 (WM)"),
    "st_weight": ("Block Weight (kg)", "180|420|95|750|310|1200|540|60|880|420|1500|230|#REF!||1000|500|200"),
    "st_stone": ("Stone", "Granite|Slate|Marble|Welsh Slate|Portland Stone|Black Granite|Sandstone|Granite|"
                 "Limestone|Grey Granite Polished|Marble|York Stone|Slate|Slate Grey Granite"),
    "st_letters": ("Letters", "48|120|35|210|88|0|150|64|95|300|72|41|180||50|tbc"),
    "st_fit": ("Fitting Date", D1),
    # a cheesemonger
    "ch_age": ("Age (months)", "6|18|3|24|12|36|9|18|2|48|14|12|30|"),
    "ch_price": ("Price per kg (£)", "18.50|32|12.90|45|24|28.75|15|60|22|19.99|38|24|#N/A|26|30|"),
    "ch_name": ("Cheese", "Aged Comté|Stilton|Blue Stilton|Cheddar|Smoked Cheddar|Brie de Meaux|Brie|Gorgonzola Blue|"
                "Wensleydale|Goat's Curd|Manchego|Cheddar (3yr)|Red Leicester|Stilton|Stilton Half|Baked Brie"),
    "ch_wheels": ("Wheels in Stock", "4|12|0|7|2|18|5|1|9|0|3|15|6||on order|0.5"),
    "ch_best": ("Best Before", D2),
    # a gin distillery
    "gd_abv": ("ABV (%)", "40%|43%|37.5%|47%|41.5%|57%|40%|44%|38%|45.5%|37.5%|52%|tbc|36%"),
    "gd_batch": ("Batch Code", "GN-2406-01|GN-2406-02|SL-2405-07|GN-2406-03|PK-2404-11|SL-2406-01|GN-2405-14|"
                 "PK-2406-02|GN-2406-03|SL-2405-07|XX-TEST|GN-2406-05|RE-GN-2406-01"),
    "gd_bottles": ("Bottles Filled", "480|620|350|0|710|590|640|300|705|455|#N/A|800|515||700| |spilt|500"),
    "gd_botanical": ("Botanical", "Juniper|Coriander|Orris Root|Angelica Root|Pink Grapefruit|Lemon Peel|Juniper Berry|"
                     "Cubeb|Grapefruit Peel|Liquorice Root|Cardamom|Orange Peel|Bay Leaf|Root Ginger|Peel Mix|Wild Juniper"),
    "gd_loss": ("Still Loss (L)", "1.2|-0.4|0.8|2.5|0|-1.1|1.9|0.3|3.2|-0.4|0.9|1.5|2||not read"),
    # a bingo hall
    "bg_players": ("Players", "145|210|98|260|175|310|80|205|150|0|230|125|198||200|100|closed"),
    "bg_jackpot": ("Jackpot (£)", "500|1000|250|1500|750|2000|500|1200|300|5000|800|1000| |450"),
    "bg_caller": ("Caller", "Big Dave|Maureen|Sue|Dave B|Maureen|Kev|Sue|Guest Caller|Big Dave|Sue|Trainee Kev|Maureen||Maureen (cover)|Sue for Maureen|Kev (trainee)"),
    "bg_session": ("Session", "Afternoon|Evening|Late Night|Afternoon Special|Evening|Morning Club|Evening (cancelled)|"
                   "Afternoon|Late Night|Morning|Evening|Charity Evening|Special Evening|Late Night Special|Friday Late Night"),
    "bg_net": ("Net (£)", "420|-150|35|0|780|-60|210|-310|95|560|-20|1200|#N/A|150|-0.50|-100|-50|void"),
    # an upholsterer
    "up_job": ("Job", "Chesterfield Sofa|Dining Chair x6|Wing Chair|Headboard|Footstool|Chaise Longue|Dining Chair x4|"
               "Sofa Bed|Piano Stool|Boat Cushions|Wing Chair (rush)|Church Pew Cushions|Ottoman|Footstool (rush) x2|Oak Dining Chair"),
    "up_quote": ("Quote (£)", "1850|420|760|295|180|1100|320|1450|95|560|760|2400|0||1000| "),
    "up_due": ("Due Date", D3),
    "up_code": ("Fabric Code", "VEL-221|LIN-040|VEL-305|WOOL-12|LIN-041|CHEN-77|VEL-221|LEA-009|WOOL-12|LIN-044|"
                "FAUX-VEL-01|LEA-010|| "),
    # a fencing club
    "fc_touches": ("Touches Scored", "15|12|5|15|9|0|15|14|3|15|11|7|10||DNS"),
    "fc_rating": ("Rating", "A24|C23|U|E24|B22|U|D24|A23|C24|U|E23|B24|Unrated|Prov. U|B24 (lapsed)|C23 (lapsed)"),
    "fc_weapon": ("Weapon", "Foil|Epee|Sabre|Foil|Épée|Sabre|Foil|Epee|Foil (junior)|Sabre|Epee|Foil|Mixed|Sabre (junior)|Foil/Sabre|Epee (junior)|Sabre/Epee|Sabre/Foil"),
    "fc_ind": ("Indicator", "12|-5|0|8|-15|3|-2|21|-9|5|0|-11|14||-1|10|DNS|-10|20"),
    "fc_comp": ("Competition Date", D4),
    # a nail bar
    "nb_price": ("Price (£)", "35|25|45|15|55|30|25|60|20|40|#N/A|50|28|0|"),
    "nb_treat": ("Treatment", "Gel Manicure|Classic Pedicure|Acrylic Full Set|Gel Removal|Gel Pedicure|Nail Art|"
                 "Acrylic Infill|Classic Manicure|Paraffin Hand Treatment|Gel Manicure|Builder Gel|Acrylic Removal||Removal + Manicure|Clear Acrylic"),
    "nb_tip": ("Tip (£)", "5|0|3|10|2.5|0|7|4|0|15|6|1|2| |cash"),
    "nb_appt": ("Appointment", D1),
    "nb_mins": ("Duration (min)", "45|60|90|30|75|45|120|20|60|45|105|35|no-show||no-show (paid)|late no-show"),
    # a dry cleaner
    "dc_ticket": ("Ticket", "A-1041|A-1042|B-0553|A-1043|C-2210|B-0554|A-1044|C-2211|B-0555|A-1045|C-2212|A-1046 (dup)|"
                  "A-1042|QA-0001|B-0556 (dup) void"),
    "dc_items": ("Items", "3|1|6|2|12|4|1|8|0|5|2|15|3|"),
    "dc_ready": ("Ready Date", D2),
    "dc_charge": ("Charge (£)", "18.50|7.95|42|12|95|24.50|7.95|60|0|31|14.25|120|#VALUE!||50|-7.95|free"),
    "dc_status": ("Status", "Ready|In Progress|Collected|Ready|Awaiting Stain Check|Collected|Ready for Collection|"
                  "Lost|In progress|Collected Late|Ready||Damaged|Not Ready|Lost - found|Item Lost|Damaged (button)|Water Damaged|Not Collected|In progress (stain)"),
    # a toll bridge
    "tb_vehicles": ("Vehicles", "4210|5630|3890|6120|4950|2780|7005|5100|3300|6800|4420|5630|0||6000|4000"),
    "tb_class": ("Vehicle Class", "Car|Van|HGV|Motorcycle|Car + Trailer|Bus|HGV 4-axle|Car|Minibus|Van (LWB)|Bicycle|"
                 "Car|Tractor|Hire Car|Rigid HGV|Camper Van"),
    "tb_takings": ("Takings (£)", "8420|11260|7780|12240|9900|5560|14010|10200|6600|13600|8840|#N/A|9900||10000|closed"),
    "tb_var": ("Cash Variance (£)", "0|-2.50|1.20|-15|0.40|0|-0.80|6|-3.10|12.75|-40|0.05|2||-10|1|5|recount|-5"),
    # a laser tag arena
    "lt_score": ("Score", "4200|3150|5980|2210|4875|3300|6100|1500|4200|2990|5120|-200|0||5000|-1"),
    "lt_team": ("Team", "Red Raiders|Blue Ghosts|Red Comets|Green Vipers|Blue Raiders|Team Red|Ghost Squad|"
                "Red Raiders|Silver Foxes|Green Ghosts|Blue Comets|Raiders Reserve||Team Blue"),
    "lt_acc": ("Accuracy", "62%|48%|75%|33%|50%|81%|57%|49%|66%|90%|38%|51%|n/a|70%"),
    "lt_vest": ("Vest ID", "V01|V02|V03|V04|V05|V06|V07|V08|V02|V09|V10|V11|V04|V12|| |Spare V13"),
    "lt_party": ("Party Date", D3),
    # a well drilling contractor
    "wd_yield": ("Yield (L/min)", "12|30|5|45|22|0|60|18|8|35|27|50|dry|15|10|20|dry (capped)|nearly dry"),
    "wd_site": ("Site", "Hill Farm|Mill House|Hill Farm North|Church Lane|Oak Farm|Upper Mill|School House|"
                "Quarry Cottage|Mill Farm|Hillside|Manor Farm|Old Rectory||Chapel Hill|House Field| "),
    "wd_start": ("Start Date", D4),
}

# Each line: request | reference rule (canonical) | column key | style [| tag ...]
ENTRIES = r"""
# a planetarium
Every row of my sheet is one show and the dome holds 250. The director wants the sell-outs to stand out. Please highlight the shows with exactly 250 seats sold. | Equals(250) | pl_seats | story | column-word
seats sold >= 200 -> green fill | GreaterThanEqual(200) | pl_seats | formulaish | column-word | boundary
Task 4: apply a rule that shades every show with fewer than one hundred seats sold. | LessThan(100) | pl_seats | exercise | number-words | polarity
tried three times now - I just need the shows where nobody has typed a seat count flagged | Blanks() | pl_seats | frustrated
Exercise 6: add data bars to the Seats Sold column so the busy shows jump out. | DataBar() | pl_seats | exercise | visual | column-word
lamp hours > 3000 then red | GreaterThan(3000) | pl_lamp | formulaish | column-word
The projector lamps should be swapped at three thousand hours but nobody checks. I keep the hours for each lamp in one column. Can the lamps on 3000 hours or more be coloured amber? | GreaterThanEqual(3000) | pl_lamp | story | boundary
the #N/A in the lamp sheet keeps wrecking my totals, ugh, just show me which cells are errors | Errors() | pl_lamp | frustrated | quoted
Exercise 2: use conditional formatting to pick out lamp hours between 1000 and 2000 inclusive. | Between(1000, 2000) | pl_lamp | exercise | range | boundary
Our booking sheet has one row per show title. Parents say they can't spot the family shows. Colour any title with the word Family anywhere in it. | TextContains("Family") | pl_show | story
LEFT(title, 11) = "Black Holes" -> highlight | TextStartsWith("Black Holes") | pl_show | formulaish | quoted
Task 9: shade the show titles that end in "for Kids". | TextEndsWith("for Kids") | pl_show | exercise | quoted
honestly why is this so fiddly. every title WITHOUT 'Live' in it, highlight those | TextNotContains("Live") | pl_show | frustrated | negation | quoted
Exercise 5: flag any show title that appears more than once in the list. | Duplicates() | pl_show | exercise
School groups book visits on a shared sheet. The coordinator rings anyone visiting today before lunch. Can you highlight the bookings dated today? | Today() | pl_book | story | date
ugh. tomorows bookings in yellow. that's it. why can't I find the option | Tomorrow() | pl_book | frustrated | typo | date
booking date = next week (Sun-Sat) -> blue | NextWeek() | pl_book | formulaish | date
Task 11: apply a rule that shades the booking dates falling in the last seven days. | Last7Days() | pl_book | exercise | date | number-words
top 3 values rule on the audience score please | Top(3) | pl_score | formulaish | superlative | column-word
After each show we ask people to score it out of five. The overall average hides the bad nights. Colour any show scoring below the average of the column. | BelowAverage() | pl_score | story | polarity
Exercise 8: put a colour scale on the audience scores. | ColorScale() | pl_score | exercise | visual
I've tried the icon thing twice and it just vanished, put icons on the scores again please | IconSet() | pl_score | frustrated | visual
# a karting track
I time junior racers at the track on Saturdays. Anything quicker than 41 seconds earns a certificate. Could you highlight those laps? | LessThan(41) | kt_lap | story | polarity
cell value is between 42 and 44 -> orange | Between(42, 44) | kt_lap | formulaish | range
the DNF rows should be obvious but my rule does nothing, just highlight cells that say exactly DNF | TextEquals("DNF") | kt_lap | frustrated
Task 2: shade the five fastest laps in the column. | Bottom(5) | kt_lap | exercise | superlative | number-words | polarity
lap cells containing "DNF" anywhere - ISNUMBER(SEARCH("DNF",A2)) style | TextContains("DNF") | kt_lap | formulaish | quoted
why is this so hard - kart numbers used twice, I want them red | Duplicates() | kt_kart | frustrated
RIGHT(A2,1)="1" -> highlight the kart | TextEndsWith("1") | kt_kart | formulaish | quoted
Exercise 7: highlight any kart number that doesn't start with K0. | NOT(TextStartsWith("K0")) | kt_kart | exercise | negation
Birthday party sessions live on a shared sheet. The manager invoices on Mondays and needs last week's sessions picked out. Highlight session dates in last week. | LastWeek() | kt_date | story | date
Task 6: colour the sesion dates that fall in this month. | ThisMonth() | kt_date | exercise | typo | date
tried filters, tried sorting, nothing. I just want yesterdays sesions marked | Yesterday() | kt_date | frustrated | typo | date
session date in next month -> light blue | NextMonth() | kt_date | formulaish | date
Exercise 10: apply data bars to the fuel column. | DataBar() | kt_fuel | exercise | visual | column-word
value > AVERAGE(fuel column) -> highlight | AboveAverage() | kt_fuel | formulaish | column-word
We log how much fuel each kart burns per session. A few karts are guzzling. Highlight the top 20% of the fuel figures. | TopPercent(20) | kt_fuel | story | superlative | number-format
fuel used < 2 keeps catching the zero and the blank?? fine, leave them in, just < 2 | LessThan(2) | kt_fuel | frustrated
# a funeral home
We quote families a full price before each service. The manager checks any quote over £4,000 personally. Please highlight quotes above £4,000. | GreaterThan(4000) | fh_quote | story | number-format
quote <= 3000 -> green | LessThanEqual(3000) | fh_quote | formulaish
Task 5: highlight the quote cells showing an error. | Errors() | fh_quote | exercise | column-word
this is driving me mad, I want every quote cell that is NOT an error, blanks included | NotErrors() | fh_quote | frustrated | negation
Exercise 12: shade the three highest quotes. | Top(3) | fh_quote | exercise | superlative | number-words
Our service types are typed by different arrangers. Cremations need the crematorium booked separately. Highlight every service type with cremation in it. | TextContains("cremation") | fh_service | story | odd-case
service type starts with "Burial" | TextStartsWith("Burial") | fh_service | formulaish | quoted
Task 8: shade the service types ending in the word Service. | TextEndsWith("Service") | fh_service | exercise
I've clicked every menu - just want the cells that are exactly "Cremation", not the direct ones | TextEquals("Cremation") | fh_service | frustrated | quoted
Each service has a date in column B of the diary sheet. The florist wants this week's services at a glance. Colour the dates in this week. | ThisWeek() | fh_date | story | date
date = TODAY() -> bold red | Today() | fh_date | formulaish | date
Exercise 3: highlight the service dates that fell in last month. | LastMonth() | fh_date | exercise | date
nothing I do works. services happening next week, highlight them, please | NextWeek() | fh_date | frustrated | date
Task 1: highlight services expecting more than 100 mourners. | GreaterThan(100) | fh_mourners | exercise
mourners betwen 20 and 50 -> cell value is between | Between(20, 50) | fh_mourners | formulaish | typo | range
The chapel seats 80 and we open the overflow room above that. I track expected numbers per service. Highlight anything not between 1 and 80 so I can sort the overflow and the blanks. | NotBetween(1, 80) | fh_mourners | story | range | negation
ugh the bottom 25% thing never picks the right ones. smallest quarter of the mourner numbers please | BottomPercent(25) | fh_mourners | frustrated | superlative | polarity
Exercise 9: highlight family refs that appear more than once. | Duplicates() | fh_ref | exercise
family ref LEFT 3 = "MCK" | TextStartsWith("MCK") | fh_ref | formulaish | quoted
Refs are made from three letters of the surname and a number. Some numbers got reused by mistake. Highlight every ref containing 2291. | TextContains("2291") | fh_ref | story
why does unique never do what I expect. refs that occur only once, coloured | Unique() | fh_ref | frustrated
# a reptile rescue
Each vivarium has a thermometer and the volunteers log the reading at 9am. Anything hotter than 32 degrees is dangerous for most of our animals. Could the readings above 32 go red? | GreaterThan(32) | rr_temp | story
temp < 25 -> blue | LessThan(25) | rr_temp | formulaish | column-word
Task 10: shade vivarium temperatures from 28 to 31 degrees inclusive. | Between(28, 31) | rr_temp | exercise | range | boundary
ugh the sensor off cells, I tried equals and it doesn't highlight - just the ones with 'off' at the end | TextEndsWith("off") | rr_temp | frustrated | quoted
Exercise 14: put a colour scale on the vivarium temperatures. | ColorScale() | rr_temp | exercise | visual
weight >= 1200 -> highlight | GreaterThanEqual(1200) | rr_weight | formulaish
We weigh every animal when it comes in. A few weights came from a broken formula. Can you flag the cells showing errors? | Errors() | rr_weight | story
Task 12: highlight the four lightest animals. | Bottom(4) | rr_weight | exercise | superlative | number-words
I've tried data bars and it did nothing?? put them on the weight column please | DataBar() | rr_weight | frustrated | visual | column-word
Every animal gets a species label when it arrives. The snake room is full so we need to see the snakes at a glance. Higlight species that end in Snake. | TextEndsWith("Snake") | rr_species | story | typo
Exercise 11: shade the species that start with the word Python. | TextStartsWith("Python") | rr_species | exercise
rr sheet again... why is it colouring everything. I ONLY want species listed more than once | Duplicates() | rr_species | frustrated
species not containing "python" -> grey | TextNotContains("python") | rr_species | formulaish | negation | quoted
Task 13: highlight animals taken in yesterday. | Yesterday() | rr_intake | exercise | date
We get surrendered animals most days. The vet wants to see everything that came in over the last 7 days. Highlight those intake dates. | Last7Days() | rr_intake | story | date
intake date in this week -> yellow | ThisWeek() | rr_intake | formulaish | date
tried 'last month' and it coloured nothing, maybe I did it wrong? intake dates from last month please | LastMonth() | rr_intake | frustrated | date
Exercise 15: shade intake dates in next month. | NextMonth() | rr_intake | exercise | date
days since fed > 14 -> red | GreaterThan(14) | rr_fed | formulaish
Snakes can go weeks without food but lizards can't. I keep a days-since-fed count for every animal. Highlight anything on 7 days or fewer. | LessThanEqual(7) | rr_fed | story | boundary
Task 16: highlight the feeding counts that sit above the column's average. | AboveAverage() | rr_fed | exercise | column-word
why is my rule skipping the dash?? I just want every cell that is not blank, dash included | NotBlanks() | rr_fed | frustrated | negation
# a hospice's fundraising team
donation >= 1000 -> gold | GreaterThanEqual(1000) | hs_gift | formulaish
We thank every donor by letter, but anyone giving more than £100 gets a call from the director. I log the gifts in one column. Highlight donations above £100. | GreaterThan(100) | hs_gift | story | number-format
Task 17: highlight the donations of exactly one hundred pounds. | Equals(100) | hs_gift | exercise | number-words
I've tried top 10 and it grabs half the sheet, argh. just the single biggest donation | Top(1) | hs_gift | frustrated | superlative
Exercise 18: shade donations that are below the average donation. | BelowAverage() | hs_gift | exercise | polarity
donation cell = blank (empty or just a space) | Blanks() | hs_gift | formulaish
Our event list mixes old and new names. The Fun Run has a few variants. Can you highlight every event whose name starts with Fun Run? | TextStartsWith("Fun Run") | hs_event | story
Task 19: shade the event names ending in the letter K. | TextEndsWith("K") | hs_event | exercise
event <> "Bake Sale" | NotEquals("Bake Sale") | hs_event | formulaish | negation | quoted
hopeless. I want the events that appear only once in the list, thats all | Unique() | hs_event | frustrated
Exercise 20: highlight any event with the word Night in its name. | TextContains("Night") | hs_event | exercise
Pledges come in by phone and get logged with the date. Anything pledged this month goes in the monthly bulletin. Highlight pledges dated this month. | ThisMonth() | hs_date | story | date
pledge date = yesterday -> orange | Yesterday() | hs_date | formulaish | date
Task 21: highlight pledges made last week. | LastWeek() | hs_date | exercise | date
why wont this work, I just want the pledges dated tommorow flagged | Tomorrow() | hs_date | frustrated | typo | date
gift aid ="Yes" -> green (any case) | TextEquals("Yes") | hs_giftaid | formulaish | quoted
The gift aid column was filled by three volunteers. Some wrote No, some left it empty, some wrote Pending. Highlight the cells that start with yes in any form. | TextStartsWith("yes") | hs_giftaid | story | odd-case
Exercise 22: highlight the empty gift aid cells. | Blanks() | hs_giftaid | exercise | column-word
gift aid cells that don't say No - tried twice, keeps highlighting blanks too, fine, include blanks | NotEquals("No") | hs_giftaid | frustrated | negation
# a sawmill
moisture > 20% -> red | GreaterThan(0.2) | sm_moist | formulaish | number-format
Boards have to be dried below 20% moisture before they go out. The kiln log has one reading per batch. Highlight readings of 20% or more. | GreaterThanEqual(0.2) | sm_moist | story | number-format | boundary
Task 23: highlight moisture readings under twelve percent. | LessThan(0.12) | sm_moist | exercise | number-words | polarity
argh, the n/t cells break everything. just show me every moisture cell containing n/t | TextContains("n/t") | sm_moist | frustrated
Exercise 24: add icons to the moisture readings. | IconSet() | sm_moist | exercise | visual
board length between 2.4 and 3.6 | Between(2.4, 3.6) | sm_length | formulaish | range
The yard stocks boards by length. Customers keep asking for the long ones. Could you highlight the three longest boards? | Top(3) | sm_length | story | superlative | number-words
Task 25: shade board lengths that are not between 2 and 5 metres. | NotBetween(2, 5) | sm_length | exercise | negation | range
length = 2.4 why is it not matching - I want every 2.4 board | Equals(2.4) | sm_length | frustrated
grade begins with "C24" | TextStartsWith("C24") | sm_grade | formulaish | quoted
Grades are typed by the graders on the saw line. Rejects are spelt differently by each shift. Highlight the cells that are just the word reject, whatever the case. | TextEquals("reject") | sm_grade | story | odd-case
Exercise 26: shade grades that do not contain C16. | TextNotContains("C16") | sm_grade | exercise | negation
this is my fourth go. grades that contain 'wet' or the word re-graded... no, just the ones containing "graded" | TextContains("graded") | sm_grade | frustrated | quoted
logs in = 52 then grey | Equals(52) | sm_logs | formulaish
Task 27: highlight the #N/A cells in the Logs In column. | Errors() | sm_logs | exercise | column-word | quoted
The logs-in count comes from the weighbridge. Some days it didn't report at all. Highlight every day with a number or text - anything not empty. | NotBlanks() | sm_logs | story | negation
why can't I get a colour scale to stick?? logs in, three colours | ColorScale() | sm_logs | frustrated | visual
Exercise 28: highlight the log counts above the average. | AboveAverage() | sm_logs | exercise
dispatch date = today -> green | Today() | sm_ship | formulaish | date
Lorries leave the yard most mornings. The transport manager plans a week ahead. Highlight dispatches sheduled for next week. | NextWeek() | sm_ship | story | typo | date
Task 29: shade dispatch dates falling in the last 7 days. | Last7Days() | sm_ship | exercise | date
ugh, I just want the dispatches from last month highlighted, why is it greyed out | LastMonth() | sm_ship | frustrated | date
# an open-air lido
water temp < 16 -> blue | LessThan(16) | li_water | formulaish
The lido is unheated, so we post the morning water temperature. Wetsuits are compulsory below 18 degrees. Highlight readings under 18. | LessThan(18) | li_water | story | polarity
Task 30: highlight water temperatures of twenty degrees or warmer. | GreaterThanEqual(20) | li_water | exercise | number-words | boundary
tried data bars, got nothing useful. colour scale on water temp instead please | ColorScale() | li_water | frustrated | visual | column-word
Exercise 31: shade the warmest two readings. | Top(2) | li_water | exercise | superlative | number-words
swimmers > 400 -> red (we're near capacity) | GreaterThan(400) | li_swims | formulaish
The kiosk counts swimmers through the turnstile each day. Wet days bring almost nobody. Highlight the days in the bottom 20% for swimmers. | BottomPercent(20) | li_swims | story | superlative | polarity
Task 32: add data bars to the swimmers column. | DataBar() | li_swims | exercise | visual | column-word
I've tried three rules and they all catch the empty day too. just the swimmer counts between 100 and 300 please | Between(100, 300) | li_swims | frustrated | range
lifeguard = "Priya" -> highlight | TextEquals("Priya") | li_guard | formulaish | quoted
Cover is booked through an agency when we're short. The rota shows names, blanks and the odd note. Highlight the cells where no lifeguard is filled in at all. | Blanks() | li_guard | story
why is this so hard. names that appear once only on the rota | Unique() | li_guard | frustrated
Task 34: highlight pH readings outside 7.2 to 7.6. | NotBetween(7.2, 7.6) | li_ph | exercise | range | negation
pH cell value is between 7.2 and 7.6 | Between(7.2, 7.6) | li_ph | formulaish | range
The pool test kit sometimes fails and the formula shows an error. I want to see every reading that is not an error. Highlight those cells. | NotErrors() | li_ph | story | negation
ugh. pH exactly 7.4, that's the target, why doesn't equals work for decimals?? | Equals(7.4) | li_ph | frustrated
chlorine < 1 -> red | LessThan(1) | li_chlor | formulaish
Chlorine has to sit between one and three parts per million. We test every two hours. Highlight readings above 3 ppm. | GreaterThan(3) | li_chlor | story
Task 35: shade chlorine readings that are not between 1 and 3. | NotBetween(1, 3) | li_chlor | exercise | negation | range | number-words
trying again - I want the chlorine readings that are 1 or lower highlighted | LessThanEqual(1) | li_chlor | frustrated | boundary
# a zipline park
rider weight > 120 -> no ride | GreaterThan(120) | zp_weight | formulaish
Riders must weigh between 30 and 125 kg. The harness team checks the sheet at the start line. Highlight riders outside 30 to 125 kg. | NotBetween(30, 125) | zp_weight | story | negation | range
Task 36: highlight riders weighing under thirty kilos. | LessThan(30) | zp_weight | exercise | number-words | polarity
tried OR rules and it exploded. riders over 120 kg, OR the blank weights | OR(GreaterThan(120), Blanks()) | zp_weight | frustrated | compound
top speed >= 80 -> amber | GreaterThanEqual(80) | zp_speed | formulaish | boundary
The speed sensor at the bottom logs each rider. Anything above the average needs a brake check. Highlight speeds above the average. | AboveAverage() | zp_speed | story
Exercise 37: put an icon set on the top speed column. | IconSet() | zp_speed | exercise | visual | column-word
why does it keep missing the err cell - I just want cells that are text like err flagged... fine, cells equal to err | TextEquals("err") | zp_speed | frustrated | quoted
wait > 45 -> red, = 45 not included | GreaterThan(45) | zp_wait | formulaish | boundary
Queues build up on sunny afternoons. We record the wait every half hour. Highlight waits of half an hour or less. | LessThanEqual(30) | zp_wait | story | number-words | boundary
Task 38: higlight the three longest waits. | Top(3) | zp_wait | exercise | typo | superlative | number-words
argh, the blank rows. the wait cells that are empty or just a space, please | Blanks() | zp_wait | frustrated
harness check = "Fail" exactly | TextEquals("Fail") | zp_check | formulaish | quoted
Harness checks are logged by whoever is on the platform. Failures get written all sorts of ways. Highlight any check containing fail. | TextContains("fail") | zp_check | story | odd-case
Exercise 39: shade checks that begin with Pass. | TextStartsWith("Pass") | zp_check | exercise
why can't I just highlight the checks that don't contain the word pass anywhere, I've tried not equal | TextNotContains("pass") | zp_check | frustrated | negation
check cell not equal to blank | NotBlanks() | zp_check | formulaish | negation
inspection due = this week | ThisWeek() | zp_due | formulaish | date
Each line has to be inspected every thirty days. The due dates are in one column. Highlight inspections due tomorrow. | Tomorrow() | zp_due | story | date
Task 40: highlight inspections that fell due last week. | LastWeek() | zp_due | exercise | date
ugh - inspections due next month, just highlight them, why is this buried | NextMonth() | zp_due | frustrated | date
# a farrier
Some horses are booked under the same name twice by mistake. I keep one row per booking. Highlight horse names that appear more than once. | Duplicates() | fa_horse | story
horse name = "Bramble" | TextEquals("Bramble") | fa_horse | formulaish | quoted
Task 41: highlight the empty cells in the Horse column. | Blanks() | fa_horse | exercise | column-word
why is it catching Oscar too?? only horses whose name starts with "Ca" | TextStartsWith("Ca") | fa_horse | frustrated | quoted
shoe size >= 5 | GreaterThanEqual(5) | fa_size | formulaish | boundary
I carry stock shoes in sizes 1 to 4. Anything outside that I have to order. Highlight sizes that are not between 1 and 4. | NotBetween(1, 4) | fa_size | story | negation | range
Exercise 42: highlight shoe sizes of 2 or smaller. | LessThanEqual(2) | fa_size | exercise | boundary | polarity
tried three times: shoe sizes that are NOT 5, thats all | NotEquals(5) | fa_size | frustrated | negation
weeks since shod > 8 -> red | GreaterThan(8) | fa_weeks | formulaish
Horses need shoeing every six to eight weeks. I track the weeks since each was last shod. Highlight horses on 6 to 8 weeks inclusive, they're due. | Between(6, 8) | fa_weeks | story | range | boundary
Task 43: highlight the two horses that have gone longest since shoeing. | Top(2) | fa_weeks | exercise | superlative | number-words
ugh, the n/k cells... just highlight the cells that are exactly n/k please | TextEquals("n/k") | fa_weeks | frustrated | quoted
Exercise 44: add a colour scale to the weeks since shod. | ColorScale() | fa_weeks | exercise | visual
A full set of shoes is £95 and trims are cheaper. I want to see the visits charged exactly £95. Highlight those fees. | Equals(95) | fa_fee | story | number-format
Task 45: highlight fees in the top 10%. | TopPercent(10) | fa_fee | exercise | superlative | number-format
this SHOULD be easy. fees from 100 to 130, both included | Between(100, 130) | fa_fee | frustrated | range | boundary
next visit = this week | ThisWeek() | fa_next | formulaish | date
I plan my rounds a fortnight ahead. The yard managers want to know who's coming soon. Highlight next visits dated next week. | NextWeek() | fa_next | story | date
Exercise 46: highlight next visits that are today. | Today() | fa_next | exercise | date
why is 'yesterday' not in my list?? visits dated yesterday, coloured | Yesterday() | fa_next | frustrated | date
next visit in last 7 days -> missed? | Last7Days() | fa_next | formulaish | date
# a stonemason
Headstone orders start with HS and war memorial repairs with WM. Reworks have an R on the end. Highlight the refs ending in -R. | TextEndsWith("-R") | st_order | story | quoted
Exercise 47: shade order refs containing WM. | TextContains("WM") | st_order | exercise
I keep getting XHS-99 highlighted as well!! refs that do NOT start with HS- please | NOT(TextStartsWith("HS-")) | st_order | frustrated | negation | quoted
block weight > 1000 -> needs crane | GreaterThan(1000) | st_weight | formulaish
The yard forklift takes up to 500 kg. Anything heavier goes on the crane list. Highlight blocks heavier than 500 kg. | GreaterThan(500) | st_weight | story
Task 48: highlight the #REF! errors in the weights. | Errors() | st_weight | exercise | quoted
argh - I want every weight EXCEPT the errors, blanks too | NotErrors() | st_weight | frustrated | negation
Exercise 49: highlight block weights from 200 to 800 kg. | Between(200, 800) | st_weight | exercise | range
stone contains "Granite" | TextContains("Granite") | st_stone | formulaish | quoted
We quote slate and granite differently. The stone column is free text. Highlight stones that end in Slate. | TextEndsWith("Slate") | st_stone | story
Task 50: highlight stone types listed only once. | Unique() | st_stone | exercise
why does it keep missing 'Welsh Slate' - fine, I only want the cells that say exactly Slate | TextEquals("Slate") | st_stone | frustrated | quoted
Lettering is charged per letter. Anything under fifty letters is a small job. Highlight jobs with fewer than 50 letters. | LessThan(50) | st_letters | story | number-words | polarity
Exercise 51: add data bars to the Letters column. | DataBar() | st_letters | exercise | visual | column-word
tried bottom 3 and it picked blanks?? the three jobs with fewest letters | Bottom(3) | st_letters | frustrated | superlative | polarity
fitting date = tomorrow | Tomorrow() | st_fit | formulaish | date
Headstones can only be fitted six months after a burial, so fittings are spread out. The office wants this month's fittings highlighted for the diary. Highlight fitting dates in this month. | ThisMonth() | st_fit | story | date
Task 52: highlight fitting dates in next month. | NextMonth() | st_fit | exercise | date
ugh, just the fittings from last week, why is that so hard to find | LastWeek() | st_fit | frustrated | date
# a cheesemonger
age >= 24 months -> vintage label | GreaterThanEqual(24) | ch_age | formulaish | boundary
Our cheeses are sold by age. The young ones under six months go on the fresh counter. Highlight cheeses aged under 6 months. | LessThan(6) | ch_age | story | polarity
Task 53: highlight the oldest three cheeses. | Top(3) | ch_age | exercise | superlative | number-words
I tried > and < together and got nothing - cheeses aged 12 to 18 months, inclusive | Between(12, 18) | ch_age | frustrated | range | boundary
price per kg > 30 -> premium | GreaterThan(30) | ch_price | formulaish
Our supplier sent a sheet with one formula broken. I need to see every price cell that isn't an error. Highlight those. | NotErrors() | ch_price | story | negation
Exercise 54: highlight prices below the avrage. | BelowAverage() | ch_price | exercise | typo | polarity
argh the 24s, just highlight the prices that come up more than once | Duplicates() | ch_price | frustrated
cheese name contains "blue" | TextContains("blue") | ch_name | formulaish | quoted | odd-case
The counter staff type the names as they please. Stilton comes up twice. Highlight any cheese name that ends in Stilton. | TextEndsWith("Stilton") | ch_name | story
Task 55: highlight cheeses starting with Brie. | TextStartsWith("Brie") | ch_name | exercise
why won't it ignore the Smoked one - names that start with "Cheddar" please | TextStartsWith("Cheddar") | ch_name | frustrated | quoted
wheels in stock = 1 -> reorder now | Equals(1) | ch_wheels | formulaish
We reorder when we drop to two wheels or fewer. I count the wheels every Friday. Highlight stock of 2 or less. | LessThanEqual(2) | ch_wheels | story | boundary
Exercise 56: put icons on the Wheels in Stock column. | IconSet() | ch_wheels | exercise | visual | column-word
tried everything - wheels in stock at least 1 AND at most 4 | AND(GreaterThanEqual(1), LessThanEqual(4)) | ch_wheels | frustrated | compound | boundary
best before = today | Today() | ch_best | formulaish | date
Cut cheese gets a best before label. We mark down anything that went past its date in the last seven days. Highlight best-before dates in the last 7 days. | Last7Days() | ch_best | story | date
Task 57: highlight best-before dates that are in this week. | ThisWeek() | ch_best | exercise | date
I've tried twice - best befores from last month please, they're long gone | LastMonth() | ch_best | frustrated | date
best before tomorrow -> orange | Tomorrow() | ch_best | formulaish | date
# a gin distillery
ABV < 37.5% -> can't be sold as gin | LessThan(0.375) | gd_abv | formulaish | number-format
Navy strength is anything from 57% upwards. The bottling sheet has one ABV per run. Highlight the navy strength runs at 57% or more. | GreaterThanEqual(0.57) | gd_abv | story | number-format | boundary
Task 58: highlight ABVs between 40% and 45%. | Between(0.4, 0.45) | gd_abv | exercise | range | number-format
ugh, ABV exactly 37.5% - equals does nothing for me | Equals(0.375) | gd_abv | frustrated | number-format
batch code starts with "GN" | TextStartsWith("GN") | gd_batch | formulaish | quoted
Batch codes repeat when someone re-labels a cask. I need those spotted. Highlight batch codes that appear more than once. | Duplicates() | gd_batch | story
Exercise 59: highlight batch codes containing 2406. | TextContains("2406") | gd_batch | exercise
tried a formula, failed. batch codes that DON'T contain 2406 | TextNotContains("2406") | gd_batch | frustrated | negation
bottles filled > 700 | GreaterThan(700) | gd_bottles | formulaish
A good run fills about six hundred bottles. I want the runs in the bottom 25% picked out. Highlight them. | BottomPercent(25) | gd_bottles | story | superlative | polarity | number-format
Task 60: highlight the empty cells in bottles filled. | Blanks() | gd_bottles | exercise | column-word
why is the #N/A ignored - highlight the error cells in bottles | Errors() | gd_bottles | frustrated
Exercise 61: put data bars on bottles filled. | DataBar() | gd_bottles | exercise | visual | column-word
We buy botanicals from three suppliers. The peels all come from one. Highlight any botanical with peel in its name. | TextContains("peel") | gd_botanical | story | odd-case
Task 62: highlight botanicals starting with Juniper. | TextStartsWith("Juniper") | gd_botanical | exercise
aargh, just the botanical that is exactly "Juniper", not the berry | TextEquals("Juniper") | gd_botanical | frustrated | quoted
still loss < 0 -> gain?? check meter | LessThan(0) | gd_loss | formulaish
Loss at the still should never be negative. Negative numbers mean the meter is off. Highlight losses below zero. | LessThan(0) | gd_loss | story | number-words
Task 63: highlight still losses greater than 2 litres. | GreaterThan(2) | gd_loss | exercise
why is this rule so picky. losses of exactly -0.4 | Equals(-0.4) | gd_loss | frustrated
Exercise 64: colour-scale the still loss column. | ColorScale() | gd_loss | exercise | visual | column-word
# a bingo hall
players >= 200 -> open the balcony | GreaterThanEqual(200) | bg_players | formulaish | boundary
Afternoon sessions are quiet in summer. The manager wants to see any session with under a hundred players. Highlight those. | LessThan(100) | bg_players | story | number-words | polarity
Task 65: highlight the sesion with the most players. | Top(1) | bg_players | exercise | typo | superlative
tried above average, it coloured the blank too?? fine, just highlight player counts above average | AboveAverage() | bg_players | frustrated
Exercise 66: put data bars on the players column. | DataBar() | bg_players | exercise | visual | column-word
jackpot >= 1000 -> gold | GreaterThanEqual(1000) | bg_jackpot | formulaish | boundary
Jackpots over two thousand pounds need a second signature. I list every jackpot we paid. Highlight jackpots above £2,000. | GreaterThan(2000) | bg_jackpot | story | number-format
Task 67: highlight jackpots of exactly 500 pounds. | Equals(500) | bg_jackpot | exercise
ugh, the blank-looking cell isn't blank, it's a space. highlight blanks and spaces please | Blanks() | bg_jackpot | frustrated
Callers swap shifts and names get typed differently. Maureen covers most evenings. Highlight the cells that say just Maureen and nothing else. | TextEquals("Maureen") | bg_caller | story
Task 68: highlight caller names that appear once only. | Unique() | bg_caller | exercise
why is Kev (trainee) showing?? callers whose name ENDS in Kev only | TextEndsWith("Kev") | bg_caller | frustrated | quoted
session starts with "Evening" | TextStartsWith("Evening") | bg_session | formulaish | quoted
Specials pay out more, so head office wants them visible. The session column says which kind. Highlight sessions that contain Special. | TextContains("Special") | bg_session | story
Exercise 69: shade sessions that do not contain Evening. | TextNotContains("Evening") | bg_session | exercise | negation
ugh. late night sessions - cells exactly "Late Night" | TextEquals("Late Night") | bg_session | frustrated | quoted
Each session makes or loses money after prizes. Head office asks about anything that lost more than £100. Highlight nets below -100. | LessThan(-100) | bg_net | story | number-format
Task 70: highlight nets that are NOT between -50 and 50. | NotBetween(-50, 50) | bg_net | exercise | negation | range
why doesn't it catch the errors - I want the #N/A cell highlighted | Errors() | bg_net | frustrated | quoted
Exercise 71: add an icon set to the net column. | IconSet() | bg_net | exercise | visual | column-word
# an upholsterer
Rush jobs get (rush) added to the name. I need them at the top of my mind. Highlight jobs ending in (rush). | TextEndsWith("(rush)") | up_job | story | quoted
Task 72: highlight jobs starting with Dining Chair. | TextStartsWith("Dining Chair") | up_job | exercise
I've tried contains, not contains, nothing - jobs without the word Chair please | TextNotContains("Chair") | up_job | frustrated | negation
Some quotes were left empty when the customer didn't reply. I want those found. Highlight the quote cells that are blank. | Blanks() | up_quote | story
Task 74: highlight the top 25% of quotes. | TopPercent(25) | up_quote | exercise | superlative | number-format
why is it colouring the zero?? quotes below average please | BelowAverage() | up_quote | frustrated | polarity
due date = yesterday -> late! | Yesterday() | up_due | formulaish | date
Jobs are promised for a date and I slip sometimes. The van goes out every Friday. Highlight jobs due this week. | ThisWeek() | up_due | story | date
Exercise 75: highlight due dates in the last seven days. | Last7Days() | up_due | exercise | date | number-words
tried twice now... due dates that are today | Today() | up_due | frustrated | date
Some fabric codes got entered twice. I reorder by code. Highlight codes that appear more than once. | Duplicates() | up_code | story
the blank code rows keep hiding. highlight empty fabric code cells | Blanks() | up_code | frustrated
# a fencing club
touches = 15 -> bout won | Equals(15) | fc_touches | formulaish
A direct elimination bout goes to 15 touches. Pool bouts go to 5. I want to see any score from 10 to 14. Highlight scores between 10 and 14. | Between(10, 14) | fc_touches | story | range
Exercise 77: highlight touches scored below five. | LessThan(5) | fc_touches | exercise | number-words | polarity
argh, not equal to 15 - every score that isn't fifteen | NotEquals(15) | fc_touches | frustrated | negation | number-words
rating starts with "A" | TextStartsWith("A") | fc_rating | formulaish | quoted
Unrated fencers show U. Some typed Unrated in full. Highlight the cells that are exactly U. | TextEquals("U") | fc_rating | story
Task 78: highlight ratings ending in 24. | TextEndsWith("24") | fc_rating | exercise
why does it miss some?? ratings that contain 23 | TextContains("23") | fc_rating | frustrated
Our club fences all three weapons. The foil coach wants her fencers picked out. Highlight weapons that begin with Foil. | TextStartsWith("Foil") | fc_weapon | story
Task 79: highlight weapon entries that appear once only. | Unique() | fc_weapon | exercise
I tried epee and it skipped the accented ones? just the cells equal to epee then | TextEquals("epee") | fc_weapon | frustrated | odd-case
The indicator is touches scored minus touches received. Big positives mean a strong pool. Highlight indicators above 10. | GreaterThan(10) | fc_ind | story
Exercise 80: highlight the indicator values equal to zero. | Equals(0) | fc_ind | exercise
ugh icon sets never look right. put icons on the indicator anyway | IconSet() | fc_ind | frustrated | visual
competition date = next month | NextMonth() | fc_comp | formulaish | date
Competitions need entries a month ahead. I keep the dates in one list. Highlight competitions in next week. | NextWeek() | fc_comp | story | date
Task 81: highlight competition dates in last month. | LastMonth() | fc_comp | exercise | date
why can't I find 'tomorrow' - competitions dated tomorrow please | Tomorrow() | fc_comp | frustrated | date
# a nail bar
Our price list changed in spring. Anything still at 25 pounds is an old price. Highlight prices of exactly £25. | Equals(25) | nb_price | story | number-format
Task 82: highlight the most expensive two treatments. | Top(2) | nb_price | exercise | superlative | number-words
why won't it highlight the broken cell, the #N/A one | Errors() | nb_price | frustrated | quoted
Exercise 83: highlight prices that are not errors. | NotErrors() | nb_price | exercise | negation
treatment contains "gel" | TextContains("gel") | nb_treat | formulaish | quoted | odd-case
Removals are quick and cheap. The manager wants them out of the price review. Highlight treatments ending in Removal. | TextEndsWith("Removal") | nb_treat | story
ugh, the duplicates rule again, treatments listed twice please | Duplicates() | nb_treat | frustrated
tip = 5 | Equals(5) | nb_tip | formulaish
Tips are shared at the end of the week. Anything from 5 to 10 pounds is normal. Highlight tips from £5 to £10 inclusive. | Between(5, 10) | nb_tip | story | range | boundary | number-format
Exercise 85: add data bars to the tips. | DataBar() | nb_tip | exercise | visual
tried top 10% and nothing happened, I want the top 10% of tips | TopPercent(10) | nb_tip | frustrated | superlative | number-format
appointment = today | Today() | nb_appt | formulaish | date
Clients book online and the list is one column of dates. We text everyone the day before. Highlight appointments tomorrow. | Tomorrow() | nb_appt | story | date
Task 86: highlight appointments that were last week. | LastWeek() | nb_appt | exercise | date
argh, appointments this month, just colour them | ThisMonth() | nb_appt | frustrated | date
duration >= 90 min | GreaterThanEqual(90) | nb_mins | formulaish | boundary
Long treatments block a chair all afternoon. I plan breaks around them. Highlight durations above an hour. | GreaterThan(60) | nb_mins | story | number-words
Task 87: highlight the shortest three durations. | Bottom(3) | nb_mins | exercise | superlative | number-words | polarity
the no-show cells - I want the cells that are exactly no-show highlighted, why is it so hard | TextEquals("no-show") | nb_mins | frustrated | quoted
# a dry cleaner
ticket starts with "A-" | TextStartsWith("A-") | dc_ticket | formulaish | quoted
Tickets are torn from three books, A, B and C. Someone wrote a ticket number twice. Highlight ticket numbers that appear more than once. | Duplicates() | dc_ticket | story
ugh. tickets that end with (dup) - those | TextEndsWith("(dup)") | dc_ticket | frustrated | quoted
items > 5 -> big order | GreaterThan(5) | dc_items | formulaish
Hotels send big bags and walk-ins bring one or two things. I want the single-item tickets to stand out. Highlight tickets with exactly one item. | Equals(1) | dc_items | story | number-words
Exercise 89: highlight item counts from 2 to 6 inclusive. | Between(2, 6) | dc_items | exercise | range | boundary
I've done this before and now it won't work - highlight items that are less than or equal to 2 | LessThanEqual(2) | dc_items | frustrated | boundary
item counts in the top 20 percent | TopPercent(20) | dc_items | formulaish | superlative
ready date = tomorrow | Tomorrow() | dc_ready | formulaish | date
Customers ring to ask if their things are done. We promise a ready date on the ticket. Highlight ready dates of today. | Today() | dc_ready | story | date
Task 90: highlight ready dates in next week. | NextWeek() | dc_ready | exercise | date
why won't it take 'this week' - ready dates in this week pls | ThisWeek() | dc_ready | frustrated | date
ready date in next month | NextMonth() | dc_ready | formulaish | date
Some items go free as a goodwill gesture after a complaint. The owner wants those counted. Highlight charges of zero. | Equals(0) | dc_charge | story | number-words
Task 91: highlight the #VALUE! error in the charges. | Errors() | dc_charge | exercise | quoted
tried a colour scale, came out grey?? try again on charge | ColorScale() | dc_charge | frustrated | visual
Exercise 92: highlight charges that apear more than once. | Duplicates() | dc_charge | exercise | typo
status = "Ready" exactly | TextEquals("Ready") | dc_status | formulaish | quoted
Items get lost or damaged now and then, and the insurer asks for a list. Our status column says it all. Highlight statuses of Lost or Damaged. | OR(TextEquals("Lost"), TextEquals("Damaged")) | dc_status | story | compound
argh the in progress ones, in any case, contains "progress" | TextContains("progress") | dc_status | frustrated | quoted | odd-case
status not blank | NotBlanks() | dc_status | formulaish | negation
# a toll bridge
vehicles > 6000 -> busy day | GreaterThan(6000) | tb_vehicles | formulaish
The bridge counts every vehicle. Quiet days under four thousand mean a road is closed somewhere. Highlight days with fewer than 4000 vehicles. | LessThan(4000) | tb_vehicles | story | number-words | polarity
Exercise 94: highlight vehicle counts that appear more than once. | Duplicates() | tb_vehicles | exercise
vehicle class contains "Car" | TextContains("Car") | tb_class | formulaish | quoted
Heavy goods vehicles pay the top rate. The class column says HGV for them. Highlight classes starting with HGV. | TextStartsWith("HGV") | tb_class | story
Task 95: highlight classes that are exactly Van. | TextEquals("Van") | tb_class | exercise
why is Car + Trailer missing?? I want every class not equal to plain Car | NotEquals("Car") | tb_class | frustrated | negation
Takings are counted at the end of each shift. Some days show an error from the till export. Highlight every takings cell that is not an error. | NotErrors() | tb_takings | story | negation
Task 96: highlight the lowest two days of takings. | Bottom(2) | tb_takings | exercise | superlative | polarity | number-words
tried above average and it coloured the #N/A?? takings above average please | AboveAverage() | tb_takings | frustrated
Exercise 97: add data bars to the takings. | DataBar() | tb_takings | exercise | visual
variance <> 0 | NotEquals(0) | tb_var | formulaish
Cash variance is the till minus the count. A shortfall over £10 gets investigated. Highlight variances below -10. | LessThan(-10) | tb_var | story | number-format
Task 98: highlight variances between -1 and 1. | Between(-1, 1) | tb_var | exercise | range
ugh - variances bigger than 5 either way, so NOT between -5 and 5 | NotBetween(-5, 5) | tb_var | frustrated | negation | range
icon set on variance | IconSet() | tb_var | formulaish | visual
# a laser tag arena
Scores can go negative if you shoot your own team. The referees want those flagged. Highlight scores below zero. | LessThan(0) | lt_score | story | number-words
Task 100: highlight scores that are duplicated. | Duplicates() | lt_score | exercise
tried the top rule, it did something weird. fine - the top 4 scores | Top(4) | lt_score | frustrated | superlative
Exercise 101: highlight scores below the average. | BelowAverage() | lt_score | exercise | polarity
team contains "Red" | TextContains("Red") | lt_team | formulaish | quoted
Teams pick their own names and a lot of them are Raiders. I want the Raiders teams together. Highlight team names that end in Raiders. | TextEndsWith("Raiders") | lt_team | story
Task 102: highlight team names beginning with Blue. | TextStartsWith("Blue") | lt_team | exercise
argh, the teams without Red anywhere in the name | TextNotContains("Red") | lt_team | frustrated | negation
accuracy >= 75% | GreaterThanEqual(0.75) | lt_acc | formulaish | number-format | boundary
The vests log the percentage of shots that hit. Under half is poor. Highlight accuracy below 50%. | LessThan(0.5) | lt_acc | story | number-format | polarity
Exercise 103: put a colour scale on accuracy. | ColorScale() | lt_acc | exercise | visual
why does it miss 50% - accuracy from 50% to 70% inclusive | Between(0.5, 0.7) | lt_acc | frustrated | range | boundary | number-format
vest ID occurs more than once | Duplicates() | lt_vest | formulaish
Vests are signed out for each game. A vest listed twice means it was double-booked. Highlight vest IDs used only once. | Unique() | lt_vest | story
Task 104: highlight the blank vest cells. | Blanks() | lt_vest | exercise
why isn't it picking V1x - vest IDs that start with V1 | TextStartsWith("V1") | lt_vest | frustrated | quoted
party date = last week | LastWeek() | lt_party | formulaish | date
Birthday parties are the bread and butter. The kitchen orders food a week ahead. Highlight party dates in next week. | NextWeek() | lt_party | story | date
Task 105: highlight party dates that were yesterday. | Yesterday() | lt_party | exercise | date
ugh. parties this month. highlight. please | ThisMonth() | lt_party | frustrated | date
party date in last month | LastMonth() | lt_party | formulaish | date
# a well drilling contractor
yield < 10 L/min -> poor well | LessThan(10) | wd_yield | formulaish
A house needs at least 20 litres a minute. Anything lower disappoints the customer. Highlight yields under 20. | LessThan(20) | wd_yield | story | polarity
Exercise 107: highlight the yield cells that say exactly dry. | TextEquals("dry") | wd_yield | exercise
why can't I get it - the best 3 yields | Top(3) | wd_yield | frustrated | superlative | number-words
site contains "Farm" | TextContains("Farm") | wd_site | formulaish | quoted
We drill for lots of farms. Some sites share a first word. Highlight sites starting with Hill. | TextStartsWith("Hill") | wd_site | story
argh the empty site cells. highlight them | Blanks() | wd_site | frustrated
start date = next week | NextWeek() | wd_start | formulaish | date
Rigs are booked weeks ahead. The yard needs to know what starts soon. Highlight start dates in this week. | ThisWeek() | wd_start | story | date
Task 110: highlight start dates in the last 7 days. | Last7Days() | wd_start | exercise | date
tried three times - starts dated yesterday please | Yesterday() | wd_start | frustrated | date
Task 112: highlight lamp hours over 2000 and under 3000. | AND(GreaterThan(2000), LessThan(3000)) | pl_lamp | exercise | compound
AND(temp > 24, temp < 30) - that sort of thing | AND(GreaterThan(24), LessThan(30)) | rr_temp | formulaish | compound
Small jackpots are paid from the till, the big ones by cheque. The auditor asked for the middle band. Highlight jackpots of at least £500 but under £1,000. | AND(GreaterThanEqual(500), LessThan(1000)) | bg_jackpot | story | compound | number-format | boundary
ugh. accuracy over 50% but under 90%, both rules together, why won't it combine | AND(GreaterThan(0.5), LessThan(0.9)) | lt_acc | frustrated | compound | number-format
Exercise 113: shade the variances above -5 and below 0. | AND(GreaterThan(-5), LessThan(0)) | tb_var | exercise | compound
bottles filled >= 500 AND <= 700 | AND(GreaterThanEqual(500), LessThanEqual(700)) | gd_bottles | formulaish | compound | boundary
gift aid NOT(="No") | NOT(TextEquals("No")) | hs_giftaid | formulaish | negation | quoted
Exercise 114: highlight every horse except Bramble, blanks included. | NOT(TextEquals("Bramble")) | fa_horse | exercise | negation
We do a cheddar tasting on Saturdays and everything else goes on the board. The board list is the cheese column. Highlight the cheeses that don't end in Cheddar. | NOT(TextEndsWith("Cheddar")) | ch_name | story | negation
tried 'does not begin with' and there isn't one?!? teams not starting with Red, please | NOT(TextStartsWith("Red")) | lt_team | frustrated | negation
ugh - all the appointments NOT in this week, blanks too, so I can move them | NOT(ThisWeek()) | nb_appt | frustrated | negation | date
Exercise 115: highlight the service dates that are not in last month. | NOT(LastMonth()) | fh_date | exercise | negation | date
Some karts crash out and some are suspiciously fast. The race director wants both kinds in one colour. Highlight laps under 40 seconds or containing DNF. | OR(LessThan(40), TextContains("DNF")) | kt_lap | story | compound
donation = 0 OR blank | OR(Equals(0), Blanks()) | hs_gift | formulaish | compound
Exercise 116: highlight indicators below -10 or above 20. | OR(LessThan(-10), GreaterThan(20)) | fc_ind | exercise | compound
why is OR so hard to set up. yields under 10 or containing the word dry, one colour | OR(LessThan(10), TextContains("dry")) | wd_yield | frustrated | compound
best before = today OR tomorrow -> red | OR(Today(), Tomorrow()) | ch_best | formulaish | compound | date
Some animals miss a feed and some rows never got a count. The keeper wants both checked. Highlight days since fed over 14 or blank. | OR(GreaterThan(14), Blanks()) | rr_fed | story | compound
Task 117: highlight the two lowest donations. | Bottom(2) | hs_gift | exercise | superlative | number-words | polarity
bottom 10% of jackpots | BottomPercent(10) | bg_jackpot | formulaish | superlative | number-format
We pay a bonus to the top 10 percent of scores each month. The scores sit in one column. Highlight them. | TopPercent(10) | lt_score | story | superlative
ugh, the bottom 20% of prices, that's all I want | BottomPercent(20) | ch_price | frustrated | superlative | polarity | number-format
appointment = this week | ThisWeek() | nb_appt | formulaish | date
Exercise 118: highlight dispatch dates of yesterday. | Yesterday() | sm_ship | exercise | date
the gift aid column - every cell that isn't empty, tried three ways | NotBlanks() | hs_giftaid | frustrated | negation | column-word
Exercise 119: highlight every booking date cell that is not blank. | NotBlanks() | pl_book | exercise | negation
wheels in stock <> blank, i.e. anything typed in | NotBlanks() | ch_wheels | formulaish | negation
We gather up the small jobs for a Monday. The quote column shows the price of each. Highlight the three smallest quotes. | Bottom(3) | up_quote | story | superlative | number-words | polarity
tried 'bottom 2' already and it did nothing?? the two lowest pH readings please | Bottom(2) | li_ph | frustrated | superlative | number-words | polarity
bottom 2 prices -> green | Bottom(2) | nb_price | formulaish | superlative | polarity
"""

# The set files written before this one. A set file written beside this one (eleventh_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "everyday_cf.json",
              "everyday_tables.json", "fifth_cf.json", "fifth_tables.json", "forum_tables.json", "fourth_cf.json",
              "fourth_tables.json", "fresh_cf.json", "fresh_tables.json", "ninth_cf.json", "ninth_tables.json",
              "plain_cf.json", "posts_tables.json", "seventh_cf.json", "seventh_tables.json", "sixth_cf.json",
              "sixth_tables.json", "spoken_cf.json", "template_tables.json", "tenth_cf.json", "tenth_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json")


column_sets.bind(globals(), ELEVENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
