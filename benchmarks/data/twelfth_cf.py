"""A twelfth independent set of one-column CF requests, and the builder of twelfth_cf.json.

Written from scratch (2026-12-07 02:28 to 02:39 UTC by `date -u`, engineer E12) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet
users of twenty domains no earlier set used, on this set's own columns (a pizzeria, a waterpark, a
butcher, a kombucha maker, a self storage site, a carpet fitter, an art gallery, an antiques dealer,
an amusement arcade, a petrol station, a sign writer, a pumpkin patch, an optician, a physio clinic,
a hydroponic farm, a typewriter repair shop, a glazier, a foundry, a sauna, a jeweller), in four
styles new to the one-column sets: `programmer` (a developer's phrasing, SQL- or Python-like:
"WHERE delivery_min > 45", "status != 'Bottled'", "area >= 20 and area <= 30", "driver IS NOT NULL",
"cut LIKE '%Mince'", "ride.endswith('Pool')", "ORDER BY estimate ASC LIMIT 4", "ISERROR(ref)",
"df.style.bar(subset=[...])", "status not in ('In stock', 'Fitted')"; always exactly one rule of the
CF language), `ifthen` ("if the pH goes above 4, flag it red", "if the booking name is blank, colour
it red", "if a pane is one of the 2 narrowest, make it blue"), `formatfirst` (the format first, then
the condition: "Orange fill: deliveries between 35 and 45 minutes", "Gold fill: the two priciest
works", "Data bars on tokens taken") and `pasted` (the user pastes sample values of their column,
all taken from the column, then asks: "prices like 8.5, 12, 9.99, 14.5 - colour the ones above
average", "codes like L-101, XL-201, S-05 - colour any with XL in them"). Only requests the language
expresses exactly, one right rule on the column, every literal recoverable by a careful reader
("half a kilo" -> 0.5, "a quarter of an hour" -> 15, "two grand" -> 2000, "100k" and "100_000" ->
100000, "25%" on a column of percentages -> 0.25, "the 3 coolest pours" -> Bottom(3), "the three
oldest" years -> Bottom(3), "top quarter" -> TopPercent(25), "LIMIT 2" after "ORDER BY ... DESC" ->
Top(2)); a value written in odd case keeps the column's spelling in the rule. Labels are what the
executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week
2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June), with Excel's semantics kept as
they are (a blank compares as 0 and any text is greater than any number, so a comparison may format
a blank or a text cell such as "tbc", "sold" or "off").

What its author read: benchmarks/data/README.md (its first 12,000 characters, `head -c 12000`);
benchmarks/data/everyday_common.py and benchmarks/data/column_sets.py (all, `cat`); of
benchmarks/data/eleventh_cf.py, which this builder mirrors, only lines 1-134 and 709-725 (its module
docstring, imports, constants and date constants, and the code after ENTRIES, by `sed -n`);
tests/benchmarks/test_one_column_sets_data.py and tests/benchmarks/set_files.py (all);
../shared/docs/CF_RULES.md, ../shared/docs/EVALUATION.md and ../shared/data/README.md (all); the
public API of cf_assistant.languages.cf (parse and to_text tried on 39 made-up rules to see their
canonical spelling, and everyday_common's `labels_of` on two made-up columns to see how "12", "n/a",
"#N/A", "", " ", "1,200", "12%", "0", "-3", "2024-06-12", "TRUE", "£5", "7.5", "+1.25", "-0.75",
"#REF!", "#VALUE!", "#DIV/0!", "0%" and "1.0%" are typed); set_files' list of the 41 top functions
(printed). Commands that printed anything else: `date -u` (13 times), `ls benchmarks/data/` (with
`git status --short`, which printed nothing then, and at the end this set's files and the name
twelfth_tables.py), `wc -l` of eleventh_cf.py, `ls benchmarks/data/*.json | wc -l` (29) and
`ls benchmarks/data/ | grep twelfth` (file names only), a grep of pyproject.toml and setup.cfg
for the line length (nothing), the first 12 lines of the test module after this set's
row was added, and two programs that printed only one boolean per candidate domain word: whether
any other builder's module docstring (benchmarks/data/*.py except twelfth_*.py, by
`ast.get_docstring`) holds it (substring, or a word-start match). Candidates the check dropped
(named, or matched as a substring, in an earlier docstring): radio station, tyre, orchard,
ambulance, lighthouse, airport, greenhouse, hostel, mountain rescue, fire station, circus, surf,
rowing, drone, roofing, pest control, auction, bus depot, balloon, orchestra, yoga, blood, bee,
canoe, harbour, marina, locks, vending and skate(park); kayak, dog show and fishmonger printed False
but were left out as too near earlier domains (canoe, dog walking and grooming, fishing); the twenty
above printed False (as did "storage", "amusement", "water park", "pizza" and "signwriter"). The
builder's own checks printed this set's own draft entries and their problems, and its counts; the
test module printed its pass count. Slip: none known; the README's table names the domains of
earlier sets (why the check above was needed), eleventh_cf.py's docstring (within the lines allowed)
names E11's dropped candidates and date constants - this set's date lists DA-DD are its own - and
`ls` showed that twelfth_tables.py exists (its name only). Not read: anything under
cf_assistant/assistant/, cf_assistant/diffusion/, cf_assistant/generators/, cf_assistant/retrieval/,
the source files of cf_assistant/languages/cf/, any other builder's COLUMNS, ENTRIES or TABLES
(eleventh_cf.py lines 135-708 included), the rest of benchmarks/data/README.md, the utterances of any
JSON file (compared only by program), twelfth_tables.py and twelfth_tables.json (being written beside
this set by engineer T12), git log, diff or show. No model, no `cfa suggest` and no `cfa bench` was
run.

Drafts and checks. The builder's check never flagged a draft as equal to a request of another set
file or of the train split (twelfth_tables.json, absent at the first runs, was in the folder at the
last ones and was checked). Its other checks flagged 18 of the 406 first drafts (on 97 columns),
all columns that could not tell the rule from a near miss. Fixes: cells added to 5 columns for 6 drafts
(a blank and "spill" beside IconSet() on bottle counts, a blank below "Bottled" for
NotEquals("Bottled") and "Ready to ship" and "Not ready" for an OR of two TextEquals, "Oil on canvas
(framed)" and "Study, oil on canvas" for NOT(TextEquals("Oil on canvas")), "Yes - collected" for
NotEquals("Yes"), a text cell "reset" above 999999 for Equals(999999)); 12 rules replaced where a
zero rule met a column without negatives (NotEquals(0) -> NotEquals(120), NotEquals(5) and
GreaterThanEqual(3); GreaterThan(0) -> GreaterThan(5); Equals(0) -> Equals(30), Equals(1250),
Equals(340), Equals(1) and Equals(12); AND(GreaterThan(0), ...) -> AND(GreaterThan(3), ...);
OR(Equals(0), ...) -> OR(Equals(1), ...) and OR(LessThan(2), ...)). A second run flagged one
(Equals(12) on the column's largest value -> Equals(7)). In that round nine drafts were given a typo
(never inside a literal), five an odd-case value and four a column name, and 9 entries were added
(five Bottom, thin in dev, and four DataBar, absent from test; cells "tbc", "vacant", "POA", a blank
and "quote" added to four number columns so that DataBar() is told from NotBlanks()); none was
flagged. Then 6 more (three DataBar and three ThisMonth, thin in test), none flagged; then 5 entries
of the commonest functions (TextStartsWith, Equals twice, TextContains, TextEquals) were dropped to
bring the set to its size, and one tag corrected on a read-through (`compound` taken off a
Last7Days request). 416 records on 97 columns: dev 215, test 201; styles programmer 108, ifthen
105, formatfirst 102, pasted 101; every one of the 41 functions in both halves (at least two in
each); 12-18 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files
written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(twelfth_tables.json, written beside it by someone else, included when present) or of the train
split, a non-canonical rule, a column of fewer than 12 or more than 20 cells, a column where the
rule formats no row or every row, and a column that cannot tell the rule from the rules one edit
away (`everyday_common.column_problems`). The columns carry the near misses for that: boundary
values, prefix and suffix variants of exact texts, blanks, cells of one space, text and error values
among numbers, negative values, duplicates, and dates around 2024-06-12 in every period.

Tags: the style first (`programmer`, `ifthen`, `formatfirst`, `pasted`), then any of `typo`,
`odd-case`, `negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`,
`column-word`, `boundary`, `range`, `polarity`, `date`, `visual` (as in eleventh_cf.py), then the
set tag `twelfth`. IDs have the prefix `t12c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/twelfth_cf.py`; checked by
`tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twelfth_cf.json"
PREFIX = "t12c"
TWELFTH_TAG = "twelfth"
STYLES = ("programmer", "ifthen", "formatfirst", "pasted")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each of the four date lists below holds a date in every period,
# a date in none of them, and a blank or a text cell.
DA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-14|2024-06-04|2024-06-07|2024-06-19|2024-06-27|"
      "2024-05-21|2024-07-03|2024-02-14||2024-06-09|2024-06-01")
DB = ("2024-06-18|2024-06-12|2024-05-30|2024-06-11|2024-06-15|2024-06-06|2024-07-19|2024-06-13|2024-06-03|"
      "2024-06-22|2024-04-02|n/a|2024-06-25|2024-06-08|2024-06-16")
DC = ("2024-06-02|2024-06-13|2024-06-12|2024-07-31|2024-06-10|2024-05-01|2024-06-11|2024-06-20|2024-06-30|"
      "2024-06-05|2024-06-15|2023-12-24|2024-06-12|")
DD = ("2024-07-08|2024-06-11|2024-06-12|2024-06-14|2024-06-17|2024-05-12|2024-06-06|2024-06-13|tbc|"
      "2024-06-24|2024-06-03|2024-06-09|2025-01-10|2024-06-29")

COLUMNS = {
    # pizzeria
    "pz_time": ("Delivery Time (min)", "25|32|41|18|45|30|52|29|60|38|45|22|35|40|20|50"),
    "pz_topping": ("Topping", "Pepperoni|Margherita|Ham & Pineapple|Extra Pepperoni|Pepperoni Feast|Vegan Cheese|"
                              "Mushroom|Pepperoni|Four Cheese|Nduja|pepperoni|Spinach|Cheese & Tomato|BBQ Chicken"),
    "pz_price": ("Price (£)", "8.5|12|9.99|14.5|11|7|12|16.25|10|9.99|13|12|15|"),
    "pz_ordered": ("Order Date", DA),
    "pz_driver": ("Driver", "Sam|Priya|Tom (new)|Sam|Kofi|Priya|Agency - Tom|Lena| |Kofi|Sam|Tom|Priya|"),
    # waterpark
    "wp_temp": ("Pool Temp (°C)", "27.5|28|29.2|26|30.5|28|31|25.8|29|27|#N/A|28.4|24.5|30|off|"),
    "wp_ride": ("Ride", "Lazy River|Kamikaze|Wave Pool|Black Hole|Kids Splash|River Rapids|Kamikaze 2|The Black Hole|"
                        "Toddler Pool|Wave Rider|Lazy River|Cannonball|Mini Kamikaze|Poolside Bar|"),
    "wp_visitors": ("Daily Visitors", "1450|2210|980|3005|1875|2600|1200|760|2950|1450|3400|2100|1690|1000|2000|"
                                      "closed"),
    "wp_lockers": ("Locker Code", "L-101|L-102|XL-201|L-103|S-05|XL-202|L-104|S-06|L-105|XL-203|S-07|L-101|"
                                  "old XL-150|L-010"),
    # butcher
    "bu_weight": ("Weight (kg)", "1.2|0.45|2.5|0.8|3.1|1.5|0.25|2|1|0.6|4.2|1.75|0.5|"),
    "bu_cut": ("Cut", "Sirloin|Rump|Ribeye|Sirloin Steak|Beef Mince|Pork Mince|Lamb Shoulder|Pork Belly|Minced Lamb|"
                      "Fillet|Rump Steak|Brisket|Pulled Pork|Lamb Mince|Prime Sirloin"),
    "bu_sellby": ("Sell By", DB),
    "bu_margin": ("Margin", "32%|18%|25%|40%|12%|28%|35%|22%|-5%|30%|15%|25%|20%|0%"),
    "bu_supplier": ("Supplier", "Hill Farm|Greenacre|Hill Farm Ltd|Oakley's|Greenacre|Meadow Beef|Hill Farm| |"
                                "Top Hill Farm|Oakley's|Westfield|"),
    # kombucha maker
    "kb_ph": ("pH", "3.2|2.9|3.5|4.1|3|2.5|3.8|3.3|4.6|3.1|2.8|3.5|3.4|4"),
    "kb_flavour": ("Flavour", "Ginger|Ginger Lemon|Raspberry|Lemon & Ginger|Hibiscus|Mango|Original|Ginger|"
                              "Passionfruit|Lemongrass|Peach Ginger Zing|Turmeric|Berry Blast|Raspberry|"),
    "kb_batch": ("Batch Started", DC),
    "kb_bottles": ("Bottles Filled", "120|96|144|0|72|168|120|48|200|#DIV/0!|132|84|156||spill"),
    "kb_status": ("Status", "Fermenting|Bottled|Second Ferment|Bottled|Tasting|Fermenting|Discarded|"
                            "Bottled - awaiting labels|Ready|Fermenting|Re-bottled|Ready|Tasting|Discarded (mould)|"
                            "Half Discarded||Ready to ship|Not ready"),
    # self storage
    "ss_unit": ("Unit", "A01|A02|B14|A03|C07|B15|A01|D22|C08|B14|A04|D23|C07|CB2|DA1|"),
    "ss_rent": ("Monthly Rent (£)", "45|60|85|120|45|150|95|60|210|75|130|180|99.5|100|vacant"),
    "ss_due": ("Rent Due", DD),
    "ss_arrears": ("Days in Arrears", "0|14|3|0|45|7|0|30|62|0|21|90|5|1"),
    "ss_size": ("Size (sq ft)", "25|50|75|100|35|50|150|200|25|75|50|100||35| "),
    # carpet fitter
    "cp_area": ("Area (m²)", "12.5|18|9|24|32.5|15|40|11|20|27|8.5|14|20|30|10"),
    "cp_type": ("Carpet Type", "Wool Twist|Saxony|Berber Loop|Wool Blend|Cord|Saxony Deluxe|Sisal|Twist Pile|"
                               "Polypropylene Loop|wool|Berber|Loop Pile|Luxury Saxony|Pure Wool"),
    "cp_fit": ("Fitting Date", DA),
    "cp_quote": ("Quote (£)", "450|1200|875|2300|640|1500|990|3100|720|1500|560|1850|2750|1000|2000|500|tbc"),
    # art gallery
    "ag_price": ("Asking Price", "850|1200|4500|650|2200|12000|975|3000|1800|600|7500|2200|sold|1000|"),
    "ag_artist": ("Artist", "M. Okafor|Jane Hollis|J. Hollis|Okafor Studio|Tom Reyes|Anna Ng|Jane Hollis|Reyes & Ng|"
                            "Peter Hollis-Grant|Lin Wei|Tom Reyes| |Anna Ng|Jane Hollis (print)|after Jane Hollis|"),
    "ag_medium": ("Medium", "Oil on canvas|Watercolour|Acrylic on board|Oil on linen|Bronze|Charcoal|Etching|"
                            "Oil on canvas|Digital print|Linocut|Mixed media|Acrylic on canvas|Ceramic|Gold foil|"
                            "Canvas print|Oil on canvas (framed)|Study, oil on canvas|"),
    "ag_opening": ("Opening Night", DB),
    "ag_sold": ("Sold?", "Yes|No|Yes|Reserved|No|Yes|No - returned|Yes|On loan|No|Yes|Reserved|Not yet|"
                         "Reserved - deposit|Unreserved|Unknown|Yes - collected"),
    # antiques dealer
    "an_est": ("Estimate (£)", "120|85|450|2000|60|300|1250|75|950|180|5000|40|300|100|1000"),
    "an_era": ("Era", "Victorian|Georgian|Edwardian|Art Deco|Victorian|Mid-century|Regency|Late Victorian|"
                      "Victorian (repro)|Art Nouveau|Georgian|1970s|Tudor revival|Pop Art|"),
    "an_cond": ("Condition", "Good|Fair|Poor|Excellent|Good - minor chips|Restored|Poor|Very good|Fair|Needs repair|"
                             "Good|Mint|Poor (cracked)|Very poor|Repair due"),
    "an_lot": ("Lot No.", "101|102|103|104|105|106|107|108|109|110|111|112|113|#REF!|115|"),
    "an_acq": ("Acquired", DC),
    # amusement arcade
    "ar_tokens": ("Tokens Taken", "340|1250|88|560|2100|0|775|430|1250|95|1800|610|100|broken|"),
    "ar_machine": ("Machine", "Pac-Man|Street Fighter II|Air Hockey|Pac-Man Plus|Dance Dance|Coin Pusher|Mr. Pac-Man|"
                              "Claw Grabber|Coin Pusher 2|Pinball - Addams|Pinball - Star Wars|Air Hockey|Skee Ball|"
                              "Mini Pinball|Air Hockey (small)|Mini Air Hockey"),
    "ar_score": ("High Score", "125400|98000|250000|77500|310250|98000|45000|180000|999999|62000|134000|88000|"
                               "100000|reset"),
    "ar_service": ("Last Serviced", DD),
    "ar_fault": ("Fault Code", "E01|E12|OK|W03|E01|OK|E27|W11|OK|E12 (coin)|#N/A|OK|W03|"),
    # petrol station
    "ps_litres": ("Litres Sold", "4520|3890|5210|2750|6100|4400|3890|5800|1900|4950|3300|7200|5000|3000|tank empty"),
    "ps_ppl": ("Price per Litre (p)", "145.9|149.9|152.9|147.9|155.9|149.9|151.9|144.9|158.9|150.9|146.9|153.9|155|"
                                      "150|"),
    "ps_pump": ("Pump", "Pump 1|Pump 2|Pump 3|Pump 4|Pump 5|Pump 6|HGV Pump|Pump 7 (LPG)|Pump 8|AdBlue Pump|Pump 1|"
                        "Pump 2|"),
    "ps_delivery": ("Tanker Delivery", DB),
    "ps_tank": ("Tank Level", "82%|45%|12%|67%|30%|8%|91%|55%|25%|73%|15%|38%|20%|dip due|0%"),
    # sign writer
    "sw_letters": ("Letters", "12|45|8|120|36|60|24|90|15|200|48|30|50|100"),
    "sw_job": ("Job", "Shopfront - Bakery|Van livery|Pub sign|Shopfront - Florist|Menu board|Gold leaf window|"
                      "Van livery (2 sides)|Boat name|Chalkboard|Shopfront|Honours board|Pub sign|Estate agent board|"
                      "Repaint shopfront|Boardwalk sign|Small van livery|"),
    "sw_finish": ("Finish", "Gloss|Matt|Satin|Gloss|Gold leaf|Matt|Vinyl|Gloss| |Satin|Eggshell|Gloss|Vinyl|"
                            "Gloss varnish|High gloss|"),
    "sw_hours": ("Hours", "2.5|6|1|12|4.5|8|3|16|7.5|5|10|0.5|4|tbc"),
    "sw_deadline": ("Deadline", DA),
    # pumpkin patch
    "pp_weight": ("Pumpkin Weight (kg)", "4.2|12.5|7|25|3.1|9.8|40|15|6.5|18|2.4|30|20|5|rotten"),
    "pp_variety": ("Variety", "Jack O'Lantern|Atlantic Giant|Crown Prince|Baby Boo|Jack Be Little|Munchkin|"
                              "Atlantic Giant|Turk's Turban|Big Max|Baby Bear|Jack O'Lantern|Cinderella|Giant Pumpkin|"
                              "Mini Jack|Munchkin Mini|White Munchkin|"),
    "pp_tickets": ("Tickets Sold", "120|340|85|410|275|0|190|520|60|340|150|| "),
    "pp_slot": ("Slot Date", DC),
    # optician
    "op_sph": ("Sphere", "-2.5|+1.25|-0.75|0|-4|+2|-1.5|-6.25|+0.5|-3|0|+3.75|-1|1"),
    "op_recall": ("Recall Date", DB),
    "op_frame": ("Frame", "Ray-Ban RB2140|Oakley Holbrook|Own frame|Ray-Ban RB3025|Specsavers 12|Tom Ford FT5401|"
                          "Own frame|Lindberg|Ray-Ban Junior|Silhouette|Own frame (repair)|Ted Baker|Vintage Ray-Ban|"
                          "Patient's own frame"),
    "op_iop": ("Eye Pressure (mmHg)", "14|18|22|16|25|12|21|19|30|15|21|17|#VALUE!|10|"),
    "op_voucher": ("Voucher", "NHS A|NHS B|None|NHS A|Private|NHS E|None|NHS C|Private - insured|NHS A|None|Student|"
                              "Non-NHS|Now private|None (lapsed)|Said none|"),
    # physio clinic
    "ph_pain": ("Pain Score", "7|4|8|2|5|9|3|6|0|10|4|5|1|n/a"),
    "ph_rom": ("Knee Flexion (°)", "95|110|120|85|135|100|90|125|140|105|80|115"),
    "ph_sessions": ("Sessions Left", "6|2|0|4|1|8|3|0|5|10|2|12|discharged|"),
    "ph_next": ("Next Appointment", DD),
    "ph_referral": ("Referral", "GP|Self|GP|Consultant|Insurer - Bupa|Self|Insurer - AXA|GP (urgent)|Sports club|Self|"
                                "Consultant|Work|Self (online)|GP/Self|Via insurer|Via GP|"),
    # hydroponic farm
    "hy_ec": ("EC (mS/cm)", "1.2|1.8|2.4|0.9|1.5|2|3.1|1.1|1.6|2.8|1.4|0.6|1|2.5|"),
    "hy_crop": ("Crop", "Lettuce - Butterhead|Basil|Lettuce - Cos|Mint|Rocket|Baby Spinach|Thai Basil|Pak Choi|Basil|"
                        "Coriander|Spinach|Lettuce|Lemon Basil|Basil Microgreens|Red Lettuce Mix|Spinach (trial)"),
    "hy_harvest": ("Harvest Date", DC),
    "hy_yield": ("Yield (g)", "450|820|300|1200|650|980|210|450|1500|730|560|0|1000|failed|"),
    "hy_tray": ("Tray ID", "T-001|T-002|T-003|N-010|T-004|N-011|#N/A|T-005|Q-100|T-006|N-012|T-007|Spare T-008|"),
    # typewriter repair
    "tw_model": ("Model", "Olivetti Lettera 32|Smith-Corona Galaxie|Olympia SM3|Olivetti Lettera 22|Hermes 3000|"
                          "Royal Quiet De Luxe|Olympia SM9|Imperial Good Companion|Olivetti Valentine|Adler Tippa|"
                          "Remington Rand|Hermes Baby|Brother Deluxe|Underwood (Olivetti)|Deluxe Portable"),
    "tw_year": ("Year", "1952|1964|1938|1971|1957|1949|1968|1980|1932|1960|1955|1975|1950|1970"),
    "tw_fee": ("Repair Fee (£)", "45|80|120|35|60|150|95|80|200|55|75|110|100|50||quote"),
    "tw_in": ("Booked In", DA),
    "tw_parts": ("Parts Status", "Ordered|In stock|Back-ordered|Ordered|Not needed|In stock|Awaiting quote|"
                                 "Ordered - eBay|In stock|Discontinued|Not needed|Fitted|Could not source|"),
    # glazier
    "gl_width": ("Pane Width (mm)", "600|1200|450|900|1500|750|600|1800|300|1050|2100|900|1000|"),
    "gl_glass": ("Glass", "Toughened|Laminated|Float|Toughened Low-E|Obscure|Laminated Acoustic|Float|Georgian Wired|"
                          "Toughened|Stained|Anti-sun|Low-E|Pilkington Toughened|Float 4mm|Clear float|"
                          "Low-E Laminate|"),
    "gl_job": ("Job Ref", "GL-2401|GL-2402|INS-118|GL-2403|QT-77|INS-119|GL-2404|QT-78|#REF!|GL-2405|INS-120|"
                          "GL-2406 (INS)| |"),
    "gl_fit": ("Fit Date", DB),
    "gl_u": ("U-value", "1.2|1.4|1.6|0.8|2.8|1.2|1|5.7|1.8|1.4|0.9|3.3|2|unknown"),
    # foundry
    "fo_temp": ("Pour Temp (°C)", "1520|1480|1555|1600|1495|1530|1610|1450|1505|1575|1540|1500|1550|aborted"),
    "fo_alloy": ("Alloy", "LM6|LM25|Bronze PB1|LM6|Grey Iron|SG Iron|Brass CZ121|LM25 T6|Gunmetal LG2|Bronze AB2|LM6|"
                          "Ductile Iron|Iron scrap|Aluminium Bronze|LM6 T6|Recycled LM6|"),
    "fo_rejects": ("Rejects", "0|3|1|0|7|2|12|0|4|1|5|0|6"),
    "fo_cast": ("Cast Date", DD),
    "fo_porosity": ("Porosity", "0.5%|1.2%|0.8%|2.5%|0.3%|1.0%|3.1%|0.7%|1.5%|0.2%|2%|0.9%"),
    # sauna
    "sa_mins": ("Session (min)", "15|20|45|10|30|60|20|90|25|15|40|120|"),
    "sa_booking": ("Booking Name", "Smith|Patel|Smith (2)|Okoye|Jones|Patel|Walk-in|Walk-in|Nguyen| |Smith|"
                                   "Corporate - Acme|Jones Family|Walk-in x2|Late walk-in|J. Smith|"),
    "sa_temp": ("Cabin Temp (°C)", "80|85|90|75|95|88|70|100|82|78|92|65"),
    "sa_visit": ("Visit Date", DB),
    "sa_member": ("Membership", "Gold|Silver|Bronze|Gold Plus|Day pass|Silver|Staff|Gold|Trial - Silver|Bronze|"
                                "Day pass|Corporate Gold|Silver (student)"),
    # jeweller
    "jw_carat": ("Carat", "0.25|0.5|1|0.75|1.5|0.3|2|0.5|0.9|1.2|0.4|3"),
    "jw_item": ("Item", "Ring - Solitaire|Necklace|Ring - Eternity|Bracelet|Earrings - Stud|Ring|Pendant Necklace|"
                        "Cufflinks|Signet Ring|Earrings - Hoop|Anklet|Ring|Charm Bracelet|Bracelet - Tennis|"),
    "jw_price": ("Price", "249|1200|89|3500|450|799|1200|12500|159|2400|650|99|100|1000|POA"),
    "jw_resize": ("Resize Due", DC),
    "jw_stock": ("Stock", "3|0|12|1|5|0|8|2|#N/A|15|1|"),
}

ENTRIES = """
# pizzeria
WHERE delivery_min > 45 | GreaterThan(45) | pz_time | programmer | boundary
if a delivery took 30 minutes or less, make it green | LessThanEqual(30) | pz_time | ifthen | boundary
Orange fill: deliveries between 35 and 45 minutes | Between(35, 45) | pz_time | formatfirst | range
times look like 25, 32, 41, 18, 45 and so on - flag the ones that are exactly 45 | Equals(45) | pz_time | pasted
ORDER BY delivery_min DESC LIMIT 2, highlight those rows | Top(2) | pz_time | programmer | superlative
if a delivery was under 20 minutes or over 50, make it red | OR(LessThan(20), GreaterThan(50)) | pz_time | ifthen | compound
topping.lower() == 'pepperoni' | TextEquals("pepperoni") | pz_topping | programmer | quoted
if the toping has cheese anywhere in the name, colour it yelow | TextContains("cheese") | pz_topping | ifthen | typo
Bold red - toppings starting with Pepperoni | TextStartsWith("Pepperoni") | pz_topping | formatfirst
toppings go like Pepperoni, Nduja, Mushroom, Four Cheese... shade the ones without cheese in the name | TextNotContains("cheese") | pz_topping | pasted | negation
df['price'].duplicated(keep=False) -> highlight the True rows | Duplicates() | pz_price | programmer
if a price only shows up once in the list, make it blue | Unique() | pz_price | ifthen
Green: prices below the avrage | BelowAverage() | pz_price | formatfirst | typo
prices like 8.5, 12, 9.99, 14.5 - colour the ones above average | AboveAverage() | pz_price | pasted
if the order came in yesterday, shade it grey | Yesterday() | pz_ordered | ifthen | date
Yellow: today's orders | Today() | pz_ordered | formatfirst | date
pre_orders = order_date == today + timedelta(days=1), colour those | Tomorrow() | pz_ordered | programmer | date
dates like 2024-06-12, 2024-06-11, 2024-06-13, 2024-06-10 - which ones are from last week? highlight them | LastWeek() | pz_ordered | pasted | date
if there's no driver filled in, flag it | Blanks() | pz_driver | ifthen
driver IS NOT NULL | NotBlanks() | pz_driver | programmer
Pale blue: rows where the driver is Tom, just Tom | TextEquals("Tom") | pz_driver | formatfirst
drivers are like Sam, Priya, Tom (new), Kofi - shade the ones with Tom in them | TextContains("Tom") | pz_driver | pasted
# waterpark
temp < 26 or temp > 30 | OR(LessThan(26), GreaterThan(30)) | wp_temp | programmer | compound
if the pool sensor gives an error, make the cell red | Errors() | wp_temp | ifthen
Colour scale on the pool temperatures | ColorScale() | wp_temp | formatfirst | visual
readings like 27.5, 28, #N/A, 26 - highlight everything that isn't an error | NotErrors() | wp_temp | pasted | negation
ride.endswith('Pool') | TextEndsWith("Pool") | wp_ride | programmer | quoted
if the ride name has river in it, colour it blue | TextContains("river") | wp_ride | ifthen
purple - rides called exactly KAMIKAZE | TextEquals("Kamikaze") | wp_ride | formatfirst | odd-case
names like Lazy River, Kamikaze, Wave Pool, Black Hole - shade the ones listed twice | Duplicates() | wp_ride | pasted
visitors BETWEEN 1000 AND 2000 | Between(1000, 2000) | wp_visitors | programmer | range
if fewer than a thousand people came in, shade it | LessThan(1000) | wp_visitors | ifthen | number-words
Data bars on the visitor numbers | DataBar() | wp_visitors | formatfirst | visual
counts like 1450, 2210, 980, 3005 - top 20% please | TopPercent(20) | wp_visitors | pasted | superlative
if a day is one of the 3 quietest, make it orange | Bottom(3) | wp_visitors | ifthen | superlative | polarity
code.startswith('XL-') | TextStartsWith("XL-") | wp_lockers | programmer | quoted
if the locker code ends in 01, highlight it | TextEndsWith("01") | wp_lockers | ifthen
Red: any locker code without an L in it | TextNotContains("L") | wp_lockers | formatfirst | negation
codes like L-101, XL-201, S-05 - colour any with XL in them | TextContains("XL") | wp_lockers | pasted
# butcher
weight >= 2 | GreaterThanEqual(2) | bu_weight | programmer | boundary
if a joint wieghs under half a kilo, make it amber | LessThan(0.5) | bu_weight | ifthen | typo | number-words
Blue: weights between 1 and 2 kg | Between(1, 2) | bu_weight | formatfirst | range
weights like 1.2, 0.45, 2.5, 0.8 - highlight the three heaviest | Top(3) | bu_weight | pasted | superlative
cut LIKE '%Mince' | TextEndsWith("Mince") | bu_cut | programmer | quoted
Dark red fill: pork cuts, i.e. names beginning with Pork | TextStartsWith("Pork") | bu_cut | formatfirst
cuts like Sirloin, Rump, Ribeye, Sirloin Steak - I want just the plain Sirloin ones | TextEquals("Sirloin") | bu_cut | pasted
if the sell-by is today, make it red | Today() | bu_sellby | ifthen | date
Orange: sell-by dates of tomorrow | Tomorrow() | bu_sellby | formatfirst | date
WHERE sell_by >= CURRENT_DATE - 6 AND sell_by <= CURRENT_DATE | Last7Days() | bu_sellby | programmer | date
dates look like 2024-06-18, 2024-06-12, 2024-05-30, n/a - shade this week's | ThisWeek() | bu_sellby | pasted | date
margin < 0 | LessThan(0) | bu_margin | programmer
if the margin is 25% or more, make it green | GreaterThanEqual(0.25) | bu_margin | ifthen | number-format | boundary
Bold: margins not between 15% and 35% | NotBetween(0.15, 0.35) | bu_margin | formatfirst | number-format | range | negation
margins like 32%, 18%, 25%, 40% - colour the bottom 10 percent | BottomPercent(10) | bu_margin | pasted | superlative
supplier is null or empty | Blanks() | bu_supplier | programmer
if the supplier cell has something in it, tick it green | NotBlanks() | bu_supplier | ifthen
Yellow: suppliers that only turn up once | Unique() | bu_supplier | formatfirst
names like Hill Farm, Greenacre, Hill Farm Ltd, Oakley's - shade anything that isn't exactly Hill Farm | NOT(TextEquals("Hill Farm")) | bu_supplier | pasted | negation
# kombucha maker
pH <= 3 | LessThanEqual(3) | kb_ph | programmer | boundary
if the pH goes above 4, flag it red | GreaterThan(4) | kb_ph | ifthen
Amber: pH outside 2.8 to 3.8 | NotBetween(2.8, 3.8) | kb_ph | formatfirst | range
readings like 3.2, 2.9, 3.5, 4.1 - highlight the lowest one | Bottom(1) | kb_ph | pasted | superlative
'ginger' in flavour.lower() | TextContains("ginger") | kb_flavour | programmer | quoted
if the flavour is plain Ginger and nothing else, make it orange | TextEquals("Ginger") | kb_flavour | ifthen
Light green: flavours that end with Ginger | TextEndsWith("Ginger") | kb_flavour | formatfirst
flavours like Ginger, Raspberry, Hibiscus, Mango - mark the ones that come up more than once | Duplicates() | kb_flavour | pasted
if a batch was started last month, shade it | LastMonth() | kb_batch | ifthen | date
Grey: batches startd this month | ThisMonth() | kb_batch | formatfirst | typo | date
started == date.today() - timedelta(days=1) | Yesterday() | kb_batch | programmer | date
dates like 2024-06-02, 2024-06-13, 2024-07-31 - colour next month's | NextMonth() | kb_batch | pasted | date
if the bottles cell shows an error like #DIV/0!, make it red | Errors() | kb_bottles | ifthen
bottles != 120 | NotEquals(120) | kb_bottles | programmer | negation
Icon set on bottles filled | IconSet() | kb_bottles | formatfirst | visual | column-word
numbers like 120, 96, 144, 0, 72 - highlight anything above average | AboveAverage() | kb_bottles | pasted
status != 'Bottled' | NotEquals("Bottled") | kb_status | programmer | quoted | negation
if the status mentions ferment, colour it yellow | TextContains("ferment") | kb_status | ifthen
Red: anything that says Discarded and only that | TextEquals("Discarded") | kb_status | formatfirst
statuses like Fermenting, Bottled, Tasting, Ready - shade the ones starting with Bottled | TextStartsWith("Bottled") | kb_status | pasted
status == 'Discarded' or status == 'Ready' | OR(TextEquals("Discarded"), TextEquals("Ready")) | kb_status | programmer | compound
# self storage
units where COUNT(unit) > 1 | Duplicates() | ss_unit | programmer
if a unit number appears only once, make it green | Unique() | ss_unit | ifthen
Blue fill: units in block B (codes starting with B) | TextStartsWith("B") | ss_unit | formatfirst
codes like A01, A02, B14, C07 - which units are not in block A (not starting with A)? highlight them | NOT(TextStartsWith("A")) | ss_unit | pasted | negation
rent > 100 | GreaterThan(100) | ss_rent | programmer
if the rent is £60 or under, colour it light blue | LessThanEqual(60) | ss_rent | ifthen | number-format | boundary
Green: rents in the top quarter | TopPercent(25) | ss_rent | formatfirst | superlative
rents like 45, 60, 85, 120 - colour everything under the average | BelowAverage() | ss_rent | pasted
WHERE due_date = CURRENT_DATE | Today() | ss_due | programmer | date
if the rent is due next weeek, make it amber | NextWeek() | ss_due | ifthen | typo | date
Red: due dates within the last 7 days | Last7Days() | ss_due | formatfirst | date
dates like 2024-07-08, 2024-06-11, tbc, 2024-06-14 - highlight tomorrow's | Tomorrow() | ss_due | pasted | date
days_overdue > 5 | GreaterThan(5) | ss_arrears | programmer
if someone is 30 days or more behind, make it red | GreaterThanEqual(30) | ss_arrears | ifthen | boundary
Orange: arrears from a week to a month (7-30 days) | Between(7, 30) | ss_arrears | formatfirst | range
numbers like 0, 14, 3, 0, 45 - colour the ones at exactly 30 | Equals(30) | ss_arrears | pasted
if arrears are over 3 but under 30 days, make them amber | AND(GreaterThan(3), LessThan(30)) | ss_arrears | ifthen | compound
size in (25, 35) | OR(Equals(25), Equals(35)) | ss_size | programmer | compound
if the unit is the biggest size we have, make it bold | Top(1) | ss_size | ifthen | superlative
Grey fill: blank size fields | Blanks() | ss_size | formatfirst
sizes like 25, 50, 75, 100 - highlight the 50s | Equals(50) | ss_size | pasted
# carpet fitter
area >= 20 and area <= 30 | AND(GreaterThanEqual(20), LessThanEqual(30)) | cp_area | programmer | compound | range
if a room is over 30 square metres, put it in bold | GreaterThan(30) | cp_area | ifthen
Teal: rooms smaller than 10 m² | LessThan(10) | cp_area | formatfirst
areas like 12.5, 18, 9, 24 - shade the five biggest | Top(5) | cp_area | pasted | superlative
type.startswith('Wool') | TextStartsWith("Wool") | cp_type | programmer | quoted
if the carpet type has Loop in it anywhere, colour it brown | TextContains("Loop") | cp_type | ifthen
Bold: types that are exactly SAXONY | TextEquals("Saxony") | cp_type | formatfirst | odd-case
values like Wool Twist, Saxony, Berber Loop, Cord - shade everything that doesn't mention wool | TextNotContains("wool") | cp_type | pasted | negation
fit_date == date.today() | Today() | cp_fit | programmer | date
if the fitting is tomorrow, colour it yellow | Tomorrow() | cp_fit | ifthen | date
Green: fittings this week | ThisWeek() | cp_fit | formatfirst | date
dates like 2024-06-12, 2024-06-11, 2024-06-13 - highlight next week's fittings | NextWeek() | cp_fit | pasted | date
quote BETWEEN 500 AND 1000 | Between(500, 1000) | cp_quote | programmer | range
if the quote is more than two grand, make it green | GreaterThan(2000) | cp_quote | ifthen | number-words
Red: quotes under £500 | LessThan(500) | cp_quote | formatfirst | number-format
quotes like 450, 1200, 875, 2300 - colour scale them please | ColorScale() | cp_quote | pasted | visual
# art gallery
price >= 3000 | GreaterThanEqual(3000) | ag_price | programmer
if a piece is priced under a thousand, make it green | LessThan(1000) | ag_price | ifthen | number-words
Gold fill: the two priciest works | Top(2) | ag_price | formatfirst | superlative
prices like 850, 1200, 4500, 650 - shade the ones listed at the same price as another | Duplicates() | ag_price | pasted
artist == 'Jane Hollis' | TextEquals("Jane Hollis") | ag_artist | programmer | quoted
if the artist name contains Hollis, highlight it | TextContains("Hollis") | ag_artist | ifthen
Pink: artist cells left empty | Blanks() | ag_artist | formatfirst
names like M. Okafor, Jane Hollis, Tom Reyes - anything that isn't blank, tint it | NotBlanks() | ag_artist | pasted | negation
medium LIKE 'Oil%' | TextStartsWith("Oil") | ag_medium | programmer | quoted
if the medium ends with canvas, colur it cream | TextEndsWith("canvas") | ag_medium | ifthen | typo
Blue: every medium other than Oil on canvas | NOT(TextEquals("Oil on canvas")) | ag_medium | formatfirst | negation
mediums like Oil on canvas, Watercolour, Bronze, Etching - shade the ones that appear only once | Unique() | ag_medium | pasted
if the opening night was within the last 7 days, shade it lilac | Last7Days() | ag_opening | ifthen | date
Bold: openings next month | NextMonth() | ag_opening | formatfirst | date
opening.month == today.month - 1 | LastMonth() | ag_opening | programmer | date
dates like 2024-06-18, 2024-06-12, 2024-05-30 - which openings are this month? colour them | ThisMonth() | ag_opening | pasted | date
sold != 'Yes' | NotEquals("Yes") | ag_sold | programmer | quoted | negation
if it says Reserved and nothing more, make it orange | TextEquals("Reserved") | ag_sold | ifthen
# antiques dealer
estimate < 100 | LessThan(100) | an_est | programmer
if the estimate is between 100 and 500, shade it yellow | Between(100, 500) | an_est | ifthen | range
Purple: the top 10% of estimats | TopPercent(10) | an_est | formatfirst | typo | superlative
estimates like 120, 85, 450, 2000 - highlight the below-average ones | BelowAverage() | an_est | pasted
Gold: estimates over 100 but under 1000 | AND(GreaterThan(100), LessThan(1000)) | an_est | formatfirst | compound
era == 'Victorian' | TextEquals("Victorian") | an_era | programmer | quoted
if the era starts with Art, colour it teal | TextStartsWith("Art") | an_era | ifthen
Grey: eras that don't mention Victorian | TextNotContains("Victorian") | an_era | formatfirst | negation
values like Victorian, Georgian, Edwardian, Art Deco - highlight the ones that only appear once | Unique() | an_era | pasted
condition.lower().startswith('poor') | TextStartsWith("poor") | an_cond | programmer | quoted
if the condition says Good and nothing else, make it green | TextEquals("Good") | an_cond | ifthen
Bold red - anything where the condition contains repair | TextContains("repair") | an_cond | formatfirst
conditions like Good, Fair, Poor, Excellent, Restored - shade the ones ending in good | TextEndsWith("good") | an_cond | pasted
Grey: anything not in exactly Good condition | NOT(TextEquals("Good")) | an_cond | formatfirst | negation
ISERROR(lot) | Errors() | an_lot | programmer
if a lot number isn't an error, colour it light green | NotErrors() | an_lot | ifthen | negation
Green: lot numbers 105 to 110 | Between(105, 110) | an_lot | formatfirst | range
lots like 101, 102, 103 - the five highest lot numbers, shade them | Top(5) | an_lot | pasted | superlative
if we bought it in the last 7 days, make it green | Last7Days() | an_acq | ifthen | date
Yellow: bought yesterday | Yesterday() | an_acq | formatfirst | date
acquired in last_month() | LastMonth() | an_acq | programmer | date
dates like 2024-06-02, 2024-06-13 - colour this week's | ThisWeek() | an_acq | pasted | date
# amusement arcade
tokens == 1250 | Equals(1250) | ar_tokens | programmer
if a machine took fewer than 100 tokens, make it red | LessThan(100) | ar_tokens | ifthen
Data bars on tokens taken | DataBar() | ar_tokens | formatfirst | visual | column-word
numbers like 340, 1250, 88, 560 - highlight the duplicates | Duplicates() | ar_tokens | pasted
machine.startswith('Pinball') | TextStartsWith("Pinball") | ar_machine | programmer | quoted
if the machine name includes Pac-Man, colour it yellow | TextContains("Pac-Man") | ar_machine | ifthen
Green: Air Hockey rows only, exactly that | TextEquals("Air Hockey") | ar_machine | formatfirst
names like Pac-Man, Street Fighter II, Air Hockey - shade the ones that aren't coin pushers (no coin in the name) | TextNotContains("coin") | ar_machine | pasted | negation
not machine.startswith('Pac-Man') | NOT(TextStartsWith("Pac-Man")) | ar_machine | programmer | negation
score >= 100_000 | GreaterThanEqual(100000) | ar_score | programmer | number-format
if the high score is the maximum 999999, make it gold | Equals(999999) | ar_score | ifthen
Red - bottom 25% of scores | BottomPercent(25) | ar_score | formatfirst | superlative
scores like 125400, 98000, 250000 - shade anything under 100k | LessThan(100000) | ar_score | pasted | number-format
if a machine was serviced last week, tick it green | LastWeek() | ar_service | ifthen | date
Blue: serviced this month | ThisMonth() | ar_service | formatfirst | date
serviced == yesterday | Yesterday() | ar_service | programmer | date
dates like 2024-07-08, 2024-06-11, 2024-06-12 - colour the ones serviced today | Today() | ar_service | pasted | date
fault != 'OK' | NotEquals("OK") | ar_fault | programmer | quoted | negation
if the fault cell shows an error value, flag it | Errors() | ar_fault | ifthen
codes like E01, E12, OK, W03 - highlight repeated codes | Duplicates() | ar_fault | pasted
# petrol station
litres > 5000 | GreaterThan(5000) | ps_litres | programmer
if we sold under 3,000 litres, shade it pink | LessThan(3000) | ps_litres | ifthen | number-format
Green: top 3 in the Litres Sold column | Top(3) | ps_litres | formatfirst | superlative | column-word
litres like 4520, 3890, 5210, 2750 - colour scale please | ColorScale() | ps_litres | pasted | visual
price NOT BETWEEN 145 AND 155 | NotBetween(145, 155) | ps_ppl | programmer | range | negation
if the price is 150p or more, make it red | GreaterThanEqual(150) | ps_ppl | ifthen | number-format | boundary
Blue: Price per Litre values below average | BelowAverage() | ps_ppl | formatfirst | column-word
prices like 145.9, 149.9, 152.9 - flag the cheapest two | Bottom(2) | ps_ppl | pasted | superlative | polarity
pump LIKE '%Pump' | TextEndsWith("Pump") | ps_pump | programmer | quoted
if it mentions lpg, colour it purple | TextContains("LPG") | ps_pump | ifthen | odd-case
Yellow - the pumps listed more than once | Duplicates() | ps_pump | formatfirst
values like Pump 1, Pump 2, HGV Pump, AdBlue Pump - shade the ones that don't start with Pump | NOT(TextStartsWith("Pump")) | ps_pump | pasted | negation
if the tanker is due tomorrow, make it orange | Tomorrow() | ps_delivery | ifthen | date
Red: deliveries next week | NextWeek() | ps_delivery | formatfirst | date
delivery.month == today.month + 1 | NextMonth() | ps_delivery | programmer | date
dates like 2024-06-18, 2024-06-12, n/a - highlight last month's | LastMonth() | ps_delivery | pasted | date
level < 0.2 | LessThan(0.2) | ps_tank | programmer
if a tank is at 25% or below, make it red | LessThanEqual(0.25) | ps_tank | ifthen | number-format | boundary
Icon set on the tank levels | IconSet() | ps_tank | formatfirst | visual
levels like 82%, 45%, 12% - colour anything above average | AboveAverage() | ps_tank | pasted
# sign writer
letters >= 50 and letters < 100 | AND(GreaterThanEqual(50), LessThan(100)) | sw_letters | programmer | compound | range
if a job has more than 100 letters, make it bold | GreaterThan(100) | sw_letters | ifthen
Orange - the bottom 20% by letters | BottomPercent(20) | sw_letters | formatfirst | superlative
counts like 12, 45, 8, 120 - shade the ones above the average | AboveAverage() | sw_letters | pasted
job.startswith('Shopfront') | TextStartsWith("Shopfront") | sw_job | programmer | quoted
if the job is a board of some sort (ends in board), colour it green | TextEndsWith("board") | sw_job | ifthen
Blue - Van livery, just that exact text | TextEquals("Van livery") | sw_job | formatfirst
jobs like Shopfront - Bakery, Van livery, Pub sign - highlight repeats | Duplicates() | sw_job | pasted
finish == 'Gloss' | TextEquals("Gloss") | sw_finish | programmer | quoted
if a cell in the Finish column is empty, colour it grey | Blanks() | sw_finish | ifthen | column-word
Yellow: finishes used only once | Unique() | sw_finish | formatfirst
finishes like Gloss, Matt, Satin, Gold leaf - shade everything that's filled in | NotBlanks() | sw_finish | pasted
hours BETWEEN 4 AND 8 | Between(4, 8) | sw_hours | programmer | range
if a job is over 8 hours, make it red | GreaterThan(8) | sw_hours | ifthen
Green fill: jobs under an hour | LessThan(1) | sw_hours | formatfirst | number-words
hours like 2.5, 6, 1, 12 - highlight the longest job | Top(1) | sw_hours | pasted | superlative
deadline == today | Today() | sw_deadline | programmer | date
if the deadline was yesterday, mark it red | Yesterday() | sw_deadline | ifthen | date
Amber: deadlines this week | ThisWeek() | sw_deadline | formatfirst | date
dates like 2024-06-12, 2024-06-11, 2024-06-13 - colour next month's deadlines | NextMonth() | sw_deadline | pasted | date
# pumpkin patch
weight > 20 | GreaterThan(20) | pp_weight | programmer
if a pumpkin is 5 kilos or lighter, colour it yellow | LessThanEqual(5) | pp_weight | ifthen | boundary
Orange: the 3 heaviest pumpkins | Top(3) | pp_weight | formatfirst | superlative
weights like 4.2, 12.5, 7, 25 - data bars please | DataBar() | pp_weight | pasted | visual
variety.startswith('Jack') | TextStartsWith("Jack") | pp_variety | programmer | quoted
if the name has Giant in it, make it orange | TextContains("Giant") | pp_variety | ifthen
Bold: varieties that are just Munchkin | TextEquals("Munchkin") | pp_variety | formatfirst
names like Jack O'Lantern, Atlantic Giant, Crown Prince - highlight duplicates | Duplicates() | pp_variety | pasted
if the variety doesn't end in Giant, grey it out | NOT(TextEndsWith("Giant")) | pp_variety | ifthen | negation
tickets IS NULL | Blanks() | pp_tickets | programmer
if a slot sold exactly 340 tickets, make it red | Equals(340) | pp_tickets | ifthen
Green: ticket counts above average | AboveAverage() | pp_tickets | formatfirst
counts like 120, 340, 85, 410 - shade the top 25% | TopPercent(25) | pp_tickets | pasted | superlative
slot_date == today + 1 | Tomorrow() | pp_slot | programmer | date
if the slot is next week, colour it orange | NextWeek() | pp_slot | ifthen | date
Grey - slots last week | LastWeek() | pp_slot | formatfirst | date
dates like 2024-06-02, 2024-06-13, 2024-06-12 - highlight the last 7 days | Last7Days() | pp_slot | pasted | date
# optician
sphere < 0 | LessThan(0) | op_sph | programmer
if the sphere is between -1 and +1, shade it light green | Between(-1, 1) | op_sph | ifthen | range
Red: sphere below -4 | LessThan(-4) | op_sph | formatfirst
values like -2.5, +1.25, -0.75, 0 - highlight the plano ones (0) | Equals(0) | op_sph | pasted
if the recall was last month, colour it red | LastMonth() | op_recall | ifthen | date
Amber: recalls due this week | ThisWeek() | op_recall | formatfirst | date
recall_date == date.today() | Today() | op_recall | programmer | date
dates like 2024-06-18, 2024-06-12, 2024-05-30 - colour next week's recalls | NextWeek() | op_recall | pasted | date
'Ray-Ban' in frame | TextContains("Ray-Ban") | op_frame | programmer | quoted
if the patient brought their own frame (exactly 'Own frame'), make it grey | TextEquals("Own frame") | op_frame | ifthen | quoted
Blue: frames starting with Ray-Ban | TextStartsWith("Ray-Ban") | op_frame | formatfirst
frames like Ray-Ban RB2140, Oakley Holbrook, Own frame, Lindberg - highlight every row without own frame in it | TextNotContains("own frame") | op_frame | pasted | negation
iop > 21 | GreaterThan(21) | op_iop | programmer | boundary
if the pressure is 10 to 21, make it green | Between(10, 21) | op_iop | ifthen | range
Red: error readings in the Eye Pressure column | Errors() | op_iop | formatfirst | column-word
readings like 14, 18, 22, 16, #VALUE! - shade the ones that aren't errors | NotErrors() | op_iop | pasted | negation
voucher.startswith('NHS') | TextStartsWith("NHS") | op_voucher | programmer | quoted
if it says private anywhere, make it purple | TextContains("private") | op_voucher | ifthen
Grey: vouchers that are exactly None | TextEquals("None") | op_voucher | formatfirst
values like NHS A, NHS B, None, Private - colour the ones appearing just once | Unique() | op_voucher | pasted
not voucher.startswith('NHS') | NOT(TextStartsWith("NHS")) | op_voucher | programmer | negation
# physio clinic
pain >= 7 | GreaterThanEqual(7) | ph_pain | programmer
if the pain score is 3 or less, make it green | LessThanEqual(3) | ph_pain | ifthen | boundary
Red: pain of exactly 10 | Equals(10) | ph_pain | formatfirst
scores like 7, 4, 8, 2 - colour scale across them | ColorScale() | ph_pain | pasted | visual
pain != 5 | NotEquals(5) | ph_pain | programmer | negation
if the pain is 1 or 10, highlight it | OR(Equals(1), Equals(10)) | ph_pain | ifthen | compound
flexion < 90 | LessThan(90) | ph_rom | programmer
if flexion is 120 degrees or more, colour it green | GreaterThanEqual(120) | ph_rom | ifthen | boundary
Amber: readings not between 90 and 120 | NotBetween(90, 120) | ph_rom | formatfirst | negation | range
readings like 95, 110, 120, 85 - highlight the bottom 2 | Bottom(2) | ph_rom | pasted | superlative
sessions_left == 1 | Equals(1) | ph_sessions | programmer
if there are 2 or fewer sessions left, make it orange | LessThanEqual(2) | ph_sessions | ifthen | boundary
Icon set on sessions left | IconSet() | ph_sessions | formatfirst | visual
numbers like 6, 2, 0, 4, 1 - shade the below-average ones | BelowAverage() | ph_sessions | pasted
if the next appointment is tomorrow, colour it blue | Tomorrow() | ph_next | ifthen | date
Green: appointments today | Today() | ph_next | formatfirst | date
appointment == date.today() - timedelta(1) | Yesterday() | ph_next | programmer | date
dates like 2024-07-08, 2024-06-11, tbc, 2024-06-14 - colour anything next month | NextMonth() | ph_next | pasted | date
referral == 'Self' | TextEquals("Self") | ph_referral | programmer | quoted
if the referral came from an insurer (starts with Insurer), shade it lilac | TextStartsWith("Insurer") | ph_referral | ifthen
Bold: referrals with GP in them | TextContains("GP") | ph_referral | formatfirst
values like GP, Self, Consultant, Insurer - Bupa - highlight the ones that come up more than once | Duplicates() | ph_referral | pasted
# hydroponic farm
ec < 1 or ec > 2.5 | OR(LessThan(1), GreaterThan(2.5)) | hy_ec | programmer | compound
if the EC is between 1.2 and 2, make it green | Between(1.2, 2) | hy_ec | ifthen | range
Red - EC readings above the average | AboveAverage() | hy_ec | formatfirst
readings like 1.2, 1.8, 2.4, 0.9 - top 3 please | Top(3) | hy_ec | pasted | superlative
crop.endswith('Basil') | TextEndsWith("Basil") | hy_crop | programmer | quoted
if the crop is lettuce of any kind (starts with Lettuce), colour it green | TextStartsWith("Lettuce") | hy_crop | ifthen
Dark green: rows where the crop is exactly Spinach | TextEquals("Spinach") | hy_crop | formatfirst
crops like Lettuce - Butterhead, Basil, Mint, Rocket - shade anything without lettuce in it | TextNotContains("lettuce") | hy_crop | pasted | negation
crops like Basil, Thai Basil, Lemon Basil, Mint - I want the basil ones but not Thai basil | AND(TextContains("Basil"), TextNotContains("Thai")) | hy_crop | pasted | compound
if the harvest is todya, colour it green | Today() | hy_harvest | ifthen | typo | date
Yellow: harvests next week | NextWeek() | hy_harvest | formatfirst | date
harvest.month == today.month | ThisMonth() | hy_harvest | programmer | date
dates like 2024-06-02, 2024-06-13, 2024-06-12 - colour the ones from yesterday | Yesterday() | hy_harvest | pasted | date
yield_g <= 300 | LessThanEqual(300) | hy_yield | programmer
if a tray yields more than a kilo (1000 g), make it bold | GreaterThan(1000) | hy_yield | ifthen | number-words
Data bars on the yield | DataBar() | hy_yield | formatfirst | visual
yields like 450, 820, 300 - shade the duplicates | Duplicates() | hy_yield | pasted
tray_id is an error | Errors() | hy_tray | programmer
if the tray ID isn't an error, shade it | NotErrors() | hy_tray | ifthen | negation
Purple: tray IDs that don't start with T- | NOT(TextStartsWith("T-")) | hy_tray | formatfirst | negation
ids like T-001, T-002, N-010 - anything ending in 0, highlight | TextEndsWith("0") | hy_tray | pasted
# typewriter repair
model.startswith('Olivetti') | TextStartsWith("Olivetti") | tw_model | programmer | quoted
if the model says LETTERA anywhere, colour it red | TextContains("Lettera") | tw_model | ifthen | odd-case
Green: models ending in Deluxe | TextEndsWith("Deluxe") | tw_model | formatfirst
models like Olivetti Lettera 32, Hermes 3000, Olympia SM3 - anything without Olivetti in it, shade grey | TextNotContains("Olivetti") | tw_model | pasted | negation
year < 1950 | LessThan(1950) | tw_year | programmer
if it was made between 1950 and 1959, colour it teal | Between(1950, 1959) | tw_year | ifthen | range
Bold: the three oldest | Bottom(3) | tw_year | formatfirst | superlative | polarity
years like 1952, 1964, 1938 - highlight 1970 onwards | GreaterThanEqual(1970) | tw_year | pasted | boundary
year >= 1960 and year < 1970 | AND(GreaterThanEqual(1960), LessThan(1970)) | tw_year | programmer | compound | range
fee >= 100 | GreaterThanEqual(100) | tw_fee | programmer
if the fee is under £50, make it green | LessThan(50) | tw_fee | ifthen | number-format
Orange - fees in the top 25 percent | TopPercent(25) | tw_fee | formatfirst | superlative
fees like 45, 80, 120, 35 - colour the below average ones | BelowAverage() | tw_fee | pasted
if it was booked in last week, shade it | LastWeek() | tw_in | ifthen | date
Blue: booked in during the last 7 days | Last7Days() | tw_in | formatfirst | date
booked_in == today - 1 | Yesterday() | tw_in | programmer | date
dates like 2024-06-12, 2024-06-11, 2024-06-13 - highlight last month's | LastMonth() | tw_in | pasted | date
status not in ('In stock', 'Fitted') | AND(NotEquals("In stock"), NotEquals("Fitted")) | tw_parts | programmer | compound | negation | quoted
Red: any status containing ordered | TextContains("ordered") | tw_parts | formatfirst
values like Ordered, In stock, Back-ordered, Not needed - colour the ones starting with Not | TextStartsWith("Not") | tw_parts | pasted
# glazier
width > 1200 | GreaterThan(1200) | gl_width | programmer
if a pane is 600 mm or narrower, colour it blue | LessThanEqual(600) | gl_width | ifthen | boundary
Red: widths between 1000 and 2000 | Between(1000, 2000) | gl_width | formatfirst | range
widths like 600, 1200, 450, 900 - shade repeated widths | Duplicates() | gl_width | pasted
glass == 'Float' | TextEquals("Float") | gl_glass | programmer | quoted
if the glass is toughened of any sort, colour it green | TextContains("toughened") | gl_glass | ifthen
Yellow - glass types ending in Low-E | TextEndsWith("Low-E") | gl_glass | formatfirst
types like Toughened, Laminated, Float, Obscure - highlight the ones only listed once | Unique() | gl_glass | pasted
if the glass isn't plain Float, mark it | NOT(TextEquals("Float")) | gl_glass | ifthen | negation
ISERROR(ref) | Errors() | gl_job | programmer
if the ref is blank, flag it orange | Blanks() | gl_job | ifthen
Grey: refs that aren't errors | NotErrors() | gl_job | formatfirst | negation
refs like GL-2401, INS-118, QT-77 - colour the insurance jobs, the ones starting INS | TextStartsWith("INS") | gl_job | pasted
fit_date == tomorrow | Tomorrow() | gl_fit | programmer | date
if we fitted it yesterday, shade it | Yesterday() | gl_fit | ifthen | date
Green: fittings this month | ThisMonth() | gl_fit | formatfirst | date
dates like 2024-06-18, 2024-06-12, 2024-05-30 - the last 7 days please | Last7Days() | gl_fit | pasted | date
u_value <= 1.4 | LessThanEqual(1.4) | gl_u | programmer
if the U-value is over 2, make it red | GreaterThan(2) | gl_u | ifthen
Green: U-values below average | BelowAverage() | gl_u | formatfirst
values like 1.2, 1.4, 1.6, 0.8 - colour scale | ColorScale() | gl_u | pasted | visual
# foundry
temp BETWEEN 1500 AND 1550 | Between(1500, 1550) | fo_temp | programmer | range
if the pour temperature drops below 1,500, make it blue | LessThan(1500) | fo_temp | ifthen | number-format
Red: pours hotter than 1600 | GreaterThan(1600) | fo_temp | formatfirst
temps like 1520, 1480, 1555 - icon set them | IconSet() | fo_temp | pasted | visual
alloy.endswith('Iron') | TextEndsWith("Iron") | fo_alloy | programmer | quoted
if the alloy is a bronze (starts with Bronze), colour it brown | TextStartsWith("Bronze") | fo_alloy | ifthen
Blue - alloys that are exactly LM6 | TextEquals("LM6") | fo_alloy | formatfirst
alloys like LM6, LM25, Bronze PB1 - shade the repeats | Duplicates() | fo_alloy | pasted
rejects > 5 | GreaterThan(5) | fo_rejects | programmer
if a shift had exactly seven rejects, make it green | Equals(7) | fo_rejects | ifthen | number-words
Red fill: the worst 2 shifts for rejects | Top(2) | fo_rejects | formatfirst | superlative
numbers like 0, 3, 1, 0, 7 - colour the ones that are 3 or more | GreaterThanEqual(3) | fo_rejects | pasted | boundary
Orange: shifts with under 2 rejects or over 5 | OR(LessThan(2), GreaterThan(5)) | fo_rejects | formatfirst | compound
if it was cast today, colour it orange | Today() | fo_cast | ifthen | date
Grey: castings from last week | LastWeek() | fo_cast | formatfirst | date
cast_date.month == today.month - 1 | LastMonth() | fo_cast | programmer | date
dates like 2024-07-08, 2024-06-11, 2024-06-12 - highlight this week | ThisWeek() | fo_cast | pasted | date
porosity >= 0.02 | GreaterThanEqual(0.02) | fo_porosity | programmer
if porosity is under 1%, make it green | LessThan(0.01) | fo_porosity | ifthen | number-format
Orange: porosity between 1% and 2% | Between(0.01, 0.02) | fo_porosity | formatfirst | number-format | range
values like 0.5%, 1.2%, 0.8% - top 10 percent | TopPercent(10) | fo_porosity | pasted | superlative
# sauna
duration >= 60 | GreaterThanEqual(60) | sa_mins | programmer
if a session is under a quarter of an hour, make it yellow | LessThan(15) | sa_mins | ifthen | number-words
Blue: sessions of exactly half an hour | Equals(30) | sa_mins | formatfirst | number-words
times like 15, 20, 45, 10 - highlight the above average ones | AboveAverage() | sa_mins | pasted
name == 'Walk-in' | TextEquals("Walk-in") | sa_booking | programmer | quoted
if the booking name is blank, colour it red | Blanks() | sa_booking | ifthen
Green: names that appear only once | Unique() | sa_booking | formatfirst
names like Smith, Patel, Smith (2), Okoye - anythng that has Smith in it | TextContains("Smith") | sa_booking | pasted | typo
temp > 90 | GreaterThan(90) | sa_temp | programmer
if the cabin was 70 or cooler, make it blue | LessThanEqual(70) | sa_temp | ifthen | boundary
Red: temps outside 75 to 95 | NotBetween(75, 95) | sa_temp | formatfirst | range
temps like 80, 85, 90, 75 - colour the hottest one | Top(1) | sa_temp | pasted | superlative
if the cabin is above 80 but below 95, shade it | AND(GreaterThan(80), LessThan(95)) | sa_temp | ifthen | compound
if the visit is next week, shade it | NextWeek() | sa_visit | ifthen | date
Purple: visits tomorrow | Tomorrow() | sa_visit | formatfirst | date
visit_date in this_week()  # Sun-Sat | ThisWeek() | sa_visit | programmer | date
dates like 2024-06-18, 2024-06-12, n/a - colour next month | NextMonth() | sa_visit | pasted | date
membership LIKE 'Gold%' | TextStartsWith("Gold") | sa_member | programmer | quoted
if it's not a gold membership of any kind (no Gold in it), colour it grey | TextNotContains("Gold") | sa_member | ifthen | negation
Teal: silver members, just silver | TextEquals("Silver") | sa_member | formatfirst | odd-case
values like Gold, Silver, Bronze, Gold Plus - highlight the ones ending in Silver | TextEndsWith("Silver") | sa_member | pasted
# jeweller
carat >= 1 | GreaterThanEqual(1) | jw_carat | programmer
if it's under half a carat, make it grey | LessThan(0.5) | jw_carat | ifthen | number-words
Gold fill: the top 2 stones by carat | Top(2) | jw_carat | formatfirst | superlative
carats like 0.25, 0.5, 1, 0.75 - the exactly 0.5 ones | Equals(0.5) | jw_carat | pasted
item.startswith('Ring') | TextStartsWith("Ring") | jw_item | programmer | quoted
if the item is exactly Ring, colour it gold | TextEquals("Ring") | jw_item | ifthen
Silver fill: anything ending with Bracelet | TextEndsWith("Bracelet") | jw_item | formatfirst
items like Ring - Solitaire, Necklace, Bracelet - repeats highlighted | Duplicates() | jw_item | pasted
items like Ring - Solitaire, Signet Ring, Necklace - anything starting or ending with Ring | OR(TextStartsWith("Ring"), TextEndsWith("Ring")) | jw_item | pasted | compound
price < 100 | LessThan(100) | jw_price | programmer
if the price is between 500 and 1,000, shade it | Between(500, 1000) | jw_price | ifthen | number-format | range
Purple - the three priciest pieces | Top(3) | jw_price | formatfirst | superlative
prices like 249, 1200, 89, 3500 - bottom 25% | BottomPercent(25) | jw_price | pasted | superlative
due == yesterday | Yesterday() | jw_resize | programmer | date
if a resize is due this week, make it orange | ThisWeek() | jw_resize | ifthen | date
Red: resizes due today | Today() | jw_resize | formatfirst | date
dates like 2024-06-02, 2024-06-13, 2024-06-12 - highlight last week's | LastWeek() | jw_resize | pasted | date
stock <= 1 | LessThanEqual(1) | jw_stock | programmer
if the stock lookup shows an error, flag it | Errors() | jw_stock | ifthen
Green: stock above average | AboveAverage() | jw_stock | formatfirst
values like 3, 0, 12, 1, #N/A - anything not an error | NotErrors() | jw_stock | pasted | negation
# added for Bottom and DataBar
if a pane is one of the 2 narrowest, make it blue | Bottom(2) | gl_width | ifthen | superlative | polarity
Blue: the 3 coolest pours | Bottom(3) | fo_temp | formatfirst | superlative | polarity
ORDER BY duration ASC LIMIT 1 | Bottom(1) | sa_mins | programmer | superlative
carats like 0.25, 0.5, 1, 0.75 - highlight the 3 smallest stones | Bottom(3) | jw_carat | pasted | superlative | polarity
ORDER BY estimate ASC LIMIT 4 | Bottom(4) | an_est | programmer | superlative
df.style.bar(subset=['litres']) | DataBar() | ps_litres | programmer | visual | quoted
if a job has hours in it, show them as data bars | DataBar() | sw_hours | ifthen | visual
Data bars: the Monthly Rent column | DataBar() | ss_rent | formatfirst | visual | column-word
prices like 249, 1200, 89, 3500 - data bars on them | DataBar() | jw_price | pasted | visual
Data bars for every high score | DataBar() | ar_score | formatfirst | visual
if there's a pain score in the cell, show it as a data bar | DataBar() | ph_pain | ifthen | visual
df.style.bar(subset=['u_value']) | DataBar() | gl_u | programmer | visual | quoted
slot.month == today.month | ThisMonth() | pp_slot | programmer | date
Teal: resizes due this month | ThisMonth() | jw_resize | formatfirst | date
dates like 2024-06-12, 2024-06-11, 2024-02-14 - highlight the ones booked in this month | ThisMonth() | tw_in | pasted | date
"""


# The set files written before this one. A set file written beside this one (twelfth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "eleventh_cf.json",
              "eleventh_tables.json", "everyday_cf.json", "everyday_tables.json", "fifth_cf.json",
              "fifth_tables.json", "forum_tables.json", "fourth_cf.json", "fourth_tables.json", "fresh_cf.json",
              "fresh_tables.json", "ninth_cf.json", "ninth_tables.json", "plain_cf.json", "posts_tables.json",
              "seventh_cf.json", "seventh_tables.json", "sixth_cf.json", "sixth_tables.json", "spoken_cf.json",
              "template_tables.json", "tenth_cf.json", "tenth_tables.json", "third_cf.json", "third_tables.json",
              "web_cf.json")


column_sets.bind(globals(), TWELFTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
