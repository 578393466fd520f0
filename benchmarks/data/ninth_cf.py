"""A ninth independent set of one-column CF requests, and the builder of ninth_cf.json.

Written from scratch (2026-12-06, engineer N9) as a new independent evaluation set: every older
one-column set has been tuned on. The requests imagine spreadsheet users of twenty domains no
earlier set used, on this set's own columns (a scrap metal yard, a seed library, a brass band, a
blacksmith's forge, a canoe hire, a dog agility club, an alpaca farm, a puppet theatre, a hot air
balloon operator, a creamery, a yarn shop, a cobbler, a tool library, a crazy golf course, a clock
repairer, a falconry centre, an oyster farm, a chocolatier, a glassblowing studio, a kite
festival), in four styles new to the sets: `manager` (an instruction from a manager to staff:
"Going forward I want every ... to show up in red"), `comment` (a note left in a cell comment or
a handover note: brief, context-heavy), `voice` (typed by a phone's voice input: no punctuation,
numbers sometimes as words, the odd homophone: "wait" for "weight") and `requirements` (a
numbered or bulleted acceptance-criteria line). Only requests the language expresses exactly, one
right rule on the column, every literal recoverable by a careful reader ("a kilo" on a column of
grams -> 1000, "a gross" -> 144, "the top quarter" -> 25 percent, "90%" on a column of
percentages -> 0.9, "faster" on a column of seconds -> LessThan, "best scores" at crazy golf ->
Bottom). Labels are what the executor formats with Today = 2024-06-12 (a Wednesday: this week is
Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June).

What its author read: benchmarks/data/README.md; benchmarks/data/everyday_common.py and
benchmarks/data/column_sets.py; the module docstring and the non-entry code of
benchmarks/data/eighth_cf.py (lines 1-81 and 651-668: not its COLUMNS dict nor its ENTRIES
string, though a `grep` for its top-level names showed its first entry line, not reused), which
this builder mirrors; tests/benchmarks/test_one_column_sets_data.py and
tests/benchmarks/set_files.py; ../shared/docs/CF_RULES.md and ../shared/docs/EVALUATION.md; the
public API of cf_assistant.languages.cf (parse and to_text, tried on a few rules to see their
canonical spelling; `labels_of` of everyday_common tried on one made-up column to see how cells
such as "#N/A", "12%", "" and " " are typed). A `grep` of the other builders' module docstrings
for this set's domain words kept the domains new. A scratch folder shared by accident with the
engineer writing ninth_tables.py showed the first 20 lines of that builder's code (its constants,
no entries); nothing of it is used here. Not read: anything under cf_assistant/assistant/,
cf_assistant/diffusion/, cf_assistant/generators/, the other files of cf_assistant/languages/cf/,
any builder's COLUMNS, ENTRIES or TABLES, the utterances of any JSON file (compared only by
program), git log, diff or show. The builder's check flagged none of the drafts as equal to a request
of another set file (ninth_tables.json included) or of the train split; its near-miss check made
the author add cells to six columns and replace one rule (NotEquals(0) on a column without
negative fees). No model, no `cfa suggest` and no `cfa bench` was run. 368 records on 86 columns.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files
written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(ninth_tables.json, written beside it by someone else, included when present) or of the train
split, a non-canonical rule, a column of fewer than 12 or more than 20 cells, a column where the
rule formats no row or every row, and a column that cannot tell the rule from the rules one edit
away (`everyday_common.column_problems`). The columns carry the near misses for that: boundary
values, case variants, blanks, cells of one space and zeros, text and error values among numbers,
negative values, duplicates, and dates around 2024-06-12 in every period.

Tags: the style first (`manager`, `comment`, `voice`, `requirements`), then any of `typo`,
`odd-case`, `negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`,
`column-word`, `boundary`, `range`, `polarity`, `date`, `visual` (as in eighth_cf.py), then the
set tag `ninth`. IDs have the prefix `n9c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/ninth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "ninth_cf.json"
PREFIX = "n9c"
NINTH_TAG = "ninth"
STYLES = ("manager", "comment", "voice", "requirements")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO (2024-06-12 is the bench's Wednesday); weeks run Sunday to Saturday: this week is
# 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June.

# One date in each period and a blank, shared by three date columns.
D1 = ("2024-05-20|2024-06-03|2024-06-07|2024-06-10|2024-06-11|2024-06-12|2024-06-13|2024-06-14|2024-06-18|"
      "2024-06-28|2024-07-05|2024-04-15|2024-08-01|")
COLUMNS = {
    # a scrap metal yard
    "sm_kg": ("Load Weight (kg)", "1000|450|2300|980|100|8750|1000|640|15000|75|3120|1240||560|5000"),
    "sm_metal": ("Metal", "Copper|copper wire|Brass|Aluminium cans|Stainless steel|Lead|Mild steel|Cast iron|"
                          "Steel swarf|Zinc|COPPER pipe|brass fittings|Old copper|Aluminium|Lead flashing|Red lead"),
    "sm_price": ("Price per Tonne (£)", "120|450|1800|5400|380|95|2250|7200|450|610|1800|#N/A|210|3300|400|5000|"),
    "sm_date": ("Collection Date", "2024-05-20|2024-06-03|2024-06-07|2024-06-10|2024-06-11|2024-06-12|2024-06-13|"
                                   "2024-06-14|2024-06-18|2024-06-28|2024-07-05|2024-04-15|2024-08-01|"),
    "sm_ticket": ("Weighbridge Ticket", "WB-1041|WB-1042|WB-1043|WB-1041|WB-1050| |WB-1051|WB-1052|0|WB-1043|WB-1060||"
                                        "WB-1061|WB-1062"),
    # a seed library
    "sl_packets": ("Packets Left", "0|12|3|25|5|8|0|40|2|5|17||6|1|30|tbc|-2"),
    "sl_variety": ("Variety", "Tomato Gardener's Delight|Runner Bean Scarlet Emperor|Pea Kelvedon Wonder|Tomato Moneymaker|"
                              "Lettuce Little Gem|Beetroot Boltardy|Cherry Tomato Sungold|Squash Crown Prince|Bean Cobra|"
                              "French Bean|Kale Nero|tomato (mixed)|Carrot Nantes|Broad Bean Aquadulce"),
    "sl_due": ("Due Back", "2024-06-12|2024-05-31|2024-06-11|2024-06-06|2024-06-16|2024-07-22|2024-06-02|2024-06-13|"
                           "2024-06-09|2024-06-25|2024-05-02|2024-03-30|2024-06-20|2024-06-11"),
    "sl_germ": ("Germination Rate", "85%|92%|60%|78%|100%|45%|88%|70%|95%|70%|52%|81%||90%|not tested|0%"),
    # a brass band
    "bb_att": ("Rehearsals Attended", "12|8|15|3|10|15|7|0|11|14|6|9||13|15|absent all term"),
    "bb_part": ("Part", "Solo Cornet|Repiano Cornet|2nd Cornet|3rd Cornet|Flugelhorn|Solo Horn|1st Horn|2nd Horn|Baritone|"
                        "Euphonium|Trombone|Bass Trombone|Eb Bass|Bb Bass|Percussion|Soprano Cornet|Cornet (solo stand)|"
                        "2nd Euphonium|Euphonium (loan)|Tenor Horn (spare)"),
    "bb_fee": ("Subs Paid (£)", "60|45|0|60|30||120|60|15|#VALUE!|90|45|60|75| "),
    "bb_tune": ("Tuning Offset (cents)", "-12|5|0|-3|8|15|-20|2|0|-7|11|#N/A||4|-15|-10|10|not tuned"),
    "bb_gig": ("Gig Date", "2024-06-15|2024-06-08|2024-06-12|2024-05-15|2024-07-01|2024-06-22|2024-06-01|2024-06-11|"
                           "2024-06-30|2024-06-13|2024-06-06|2024-02-14|2024-07-31|not booked"),
    # a blacksmith's forge
    "bf_temp": ("Forge Temp (°C)", "1100|950|1250|800|1100|1300|720|1050|1180|900|1000|#N/A|1320|650|1000|1200"),
    "bf_job": ("Job", "Gate hinges|Fire poker|Garden gate|Horseshoes x4|Gate latch|Coat hooks|Poker and tongs|Railings repair|"
                      "Boot scraper|Gate|Candle holders|Hanging basket bracket|Log basket|Fire guard|Bonfire grate"),
    "bf_hours": ("Hours Quoted", "2.5|4|1.5|8|0.5|3|4|6|1|12|2|4|||1.5"),
    "bf_due": ("Ready By", "2024-06-10|2024-06-12|2024-06-19|2024-05-28|2024-06-13|2024-06-05|2024-07-12|2024-06-11|"
                          "2024-06-14|2024-06-03|2024-06-26|2024-04-30|2024-09-02|"),
    # a canoe hire
    "ch_boat": ("Boat ID", "C01|C02|K07|C01|K03|T12|C05|K07|C09|T12|K11|C14|K03|T15||C20"),
    "ch_hrs": ("Hire Length (hrs)", "1|2|4|8|1|3|2|0.5|6|4|24|2|1|48|"),
    "ch_ret": ("Returned On", "2024-06-12|2024-05-31|2024-06-11|2024-06-06|2024-06-16|2024-07-22|2024-06-02|2024-06-13|"
                              "2024-06-09|2024-06-25|2024-05-02|2024-03-30|2024-06-20|2024-06-11"),
    "ch_cust": ("Customer", "Smith party|Jones|SMITH|Duke of Edinburgh group|Scouts 4th Troop|jones family|Patel|Smith|"
                            "River School|O'Brien|Scouts Beavers|Nguyen|Smithers|Kowalski|Sea Scouts|Goldsmith|Mrs Jones"),
    # a dog agility club
    "da_time": ("Run Time (s)", "38.2|41.5|35|45.9|40|52.1|36.8|40|33.4|47|39.9|E|44.2|#N/A|31.7"),
    "da_faults": ("Faults", "0|5|10|0|15|5|0|20|0|5|E|0|10|25|"),
    "da_dog": ("Dog Name", "Bramble|Skye|Bramble|Pepper|Nell|Skye|Fly|Moss|Pepper|Jess|Fly|Tess|Meg|Bracken||Bessie"),
    "da_date": ("Trial Date", "2024-06-16|2024-06-08|2024-06-12|2024-05-25|2024-07-13|2024-06-22|2024-06-01|2024-06-11|"
                              "2024-06-29|2024-06-14|2024-06-07|2024-01-20|2024-08-10|TBC"),
    # an alpaca farm
    "af_fleece": ("Fleece Weight (kg)", "2.8|3.4|1.9|4.1|2.5|3|0.9|3.6|2.2|3|5.2|1.5||2.5|sold|2"),
    "af_name": ("Alpaca", "Peaches|Dolly|Mr Fluff|Pablo|Llama Del Rey|Fluffy|Dolly|Princess Fluff|Biscuit|Pablo Jr|Nugget|"
                          "Caramel|Toffee|Sir Fluffington|Little Pablo|Dolly Parton|Hello Dolly"),
    "af_weight": ("Body Weight (kg)", "68|72|55|80|61|#DIV/0!|74|90|66|58|77|70|84|62||60"),
    "af_shear": ("Shearing Date", "2024-05-15|2024-06-04|2024-06-08|2024-06-09|2024-06-11|2024-06-12|2024-06-13|2024-06-15|"
                                  "2024-06-17|2024-06-27|2024-07-08|2024-03-11|2024-10-01|"),
    # a puppet theatre
    "pt_sold": ("Tickets Sold", "120|85|150|40|150|98|0|135|60|110|150|72|sold out|25||50"),
    "pt_show": ("Show", "The Gruffalo|Punch and Judy|Pinocchio|The Owl and the Pussycat|Punch and Judy (matinee)|"
                        "Peter and the Wolf|The Tiger Who Came to Tea|Wolf Tales|Pinocchio Relaxed|Big Bad Wolf|"
                        "Judy's Garden|The Snail and the Whale|Hansel and Gretel|Room on the Broom|"
                        "Mr Punch and Judy Returns|Little Pinocchio"),
    "pt_date": ("Performance Date", "2024-06-12|2024-05-29|2024-06-11|2024-06-07|2024-06-19|2024-07-06|2024-06-04|"
                                    "2024-06-13|2024-06-10|2024-06-24|2024-05-11|2024-04-20|2024-06-21|cancelled"),
    # a hot air balloon operator
    "hb_wind": ("Wind Speed (mph)", "4|8|12|6|15|3|10|22|7|10|18|0|9|5||n/a"),
    "hb_pax": ("Passengers", "8|12|4|16|10|8|2|12|6|14|16|5||9"),
    "hb_site": ("Launch Site", "Field A|Castle Meadow|field B|Cricket Ground|Top Field|Castle Farm|FIELD A|Racecourse|"
                               "Riverside Field|Castle Meadow|School Field|Airfield|Showground||Old Castle Green|"
                               "Field A North|Lower Field A"),
    "hb_alt": ("Max Altitude (ft)", "2500|3000|1800|4500|3000|1200|5000|2750|#N/A|3500|900|6000||3000|2000|4000"),
    "hb_date": ("Flight Date", "2024-06-15|2024-06-08|2024-06-12|2024-05-15|2024-07-01|2024-06-22|2024-06-01|2024-06-11|"
                               "2024-06-30|2024-06-13|2024-06-06|2024-02-14|2024-07-31|not booked"),
    # a creamery
    "cr_ph": ("pH", "6.6|6.7|4.6|6.5|6.8|5.2|6.6|7|4.9|6.4|6.6|6.9|6.3||recheck"),
    "cr_batch": ("Batch Code", "CHD-0611|BRI-0611|CHD-0612|CAM-0610|chd-0605|BLU-0612|CHD-0612|BRI-0609|CAM-0612|WEN-0611|"
                               "BLU-0608|CHD-0601|FETA-0612|BRI-0611|MCHD-0610|"),
    "cr_yield": ("Yield (%)", "10.2%|9.8%|11.5%|#REF!|10%|8.7%|12.1%|10%|9.5%|11%|7.9%|10.6%|13.4%||pending|0%"),
    "cr_made": ("Make Date", D1),
    # a yarn shop
    "ys_stock": ("Skeins in Stock", "24|6|0|48|12|3|0|17|9|30|12|60|2|||36|10|-1|1"),
    "ys_yarn": ("Yarn", "Merino DK|Alpaca Blend Aran|Cotton 4ply|Merino Chunky|Sock Yarn 4ply|Baby Merino|Acrylic DK|"
                        "Silk Mohair|DK Tweed|Chunky Wool|Cotton DK|Aran Tweed|merino dk|Bamboo 4ply|4ply Sampler|"
                        "Merino DK Seconds|Baby Merino DK"),
    "ys_price": ("Price (£)", "8.5|12|4.75|15|8.5|6.25|22|9.99|4.75|11.5|8.5|5|18|7.2|"),
    "ys_order": ("Order Date", "2024-06-12|2024-05-31|2024-06-11|2024-06-06|2024-06-16|2024-07-22|2024-06-02|2024-06-13|"
                               "2024-06-09|2024-06-25|2024-05-02|2024-03-30|2024-06-20|2024-06-11"),
    # a cobbler
    "cb_job": ("Repair", "Heels|Full soles|Heels and soles|Zip|Stretch|Half soles|Key cut|Heel tips|Watch battery|Soles|"
                         "Re-dye|Zip repair|Patch|Resole boots|Boot heel|Jacket zip|Cut down laces"),
    "cb_cost": ("Charge (£)", "12|25|35|18|8|20|6|9|7|15|22|#N/A|45|38||10"),
    "cb_ready": ("Ready Date", "2024-06-15|2024-06-08|2024-06-12|2024-05-15|2024-07-01|2024-06-22|2024-06-01|2024-06-11|"
                               "2024-06-30|2024-06-13|2024-06-06|2024-02-14|2024-07-31|"),
    "cb_ticket": ("Ticket No.", "A101|A102||A104|A102|0|A107| |A109|A110|A111|A107|A113|A114"),
    # a tool library
    "tl_loans": ("Times Borrowed", "14|3|0|27|8|14|1|0|19|5|33|2||11|40|20|lost"),
    "tl_tool": ("Tool", "Drill|Hedge trimmer|Ladder 3m|Cordless drill|Pressure washer|Step ladder|Drill bits set|"
                        "Wallpaper stripper|Ladder 5m|Hammer drill|Sander|Jigsaw|Tile cutter|Lawn aerator"),
    "tl_due": ("Return Due", "2024-06-10|2024-06-12|2024-06-19|2024-05-28|2024-06-13|2024-06-05|2024-07-12|2024-06-11|"
                             "2024-06-14|2024-06-03|2024-06-26|2024-04-30|2024-09-02|"),
    "tl_fee": ("Late Fee (£)", "0|2.5|5|0|10|1|0|7.5|2.5|#DIV/0!||15|0|4|20"),
    "tl_member": ("Member ID", "M-204|M-118|M-204|M-350|#N/A|M-118|M-412|M-090|M-350|M-501||M-233|M-204|M-077"),
    # a crazy golf course
    "cg_score": ("Score", "42|38|55|47|36|61|44|39|50|29|47|52||45|DNF|40|60|30"),
    "cg_player": ("Player", "Sam|sam|Alex|Jo|Sam W|Priya|Alex|Chris|Jo|Mo|Sammy|Lee|Kim|Uncle Sam|"),
    "cg_hole": ("Hole", "Windmill|Volcano|Pirate Ship|Windmill Jr|Loop the Loop|Castle|Big Windmill|Shipwreck|Dragon|"
                        "Lighthouse|Bridge|Tunnel|Clown|Waterfall"),
    "cg_date": ("Booking Date", "2024-06-12|2024-05-29|2024-06-11|2024-06-07|2024-06-19|2024-07-06|2024-06-04|2024-06-13|"
                                "2024-06-10|2024-06-24|2024-05-11|2024-04-20|2024-06-21|cancelled"),
    # a clock repairer
    "cl_days": ("Days in Workshop", "12|45|3|90|28|7|60|14|120|30|5|21||88|30"),
    "cl_make": ("Maker", "Smiths|Seth Thomas|Kienzle|Smiths Enfield|Hermle|Junghans|Ansonia|Seth Thomas Adamantine|"
                         "Comitti|Enfield|Smiths|Howard Miller|Vienna Regulator|Unknown|Goldsmiths|Enfield Clock Co|"
                         "Miller & Co|"),
    "cl_quote": ("Quote (£)", "85|240|#VALUE!|120|60|450|95|180|#N/A|75|300|150|1200|95|"),
    "cl_serial": ("Movement Serial", "A-1102|B-2201| |A-1102|C-3307|0|B-2201|D-4410||C-3308|E-5512|A-1109|F-6601|G-7710"),
    "cl_in": ("Date In", "2024-06-15|2024-06-08|2024-06-12|2024-05-15|2024-07-01|2024-06-22|2024-06-01|2024-06-11|"
                         "2024-06-30|2024-06-13|2024-06-06|2024-02-14|2024-07-31|not booked"),
    # a falconry centre
    "fc_weight": ("Flying Weight (g)", "680|720|1150|245|690|1020|230|710|980|250|700|#N/A||1100|1000|moulting"),
    "fc_bird": ("Bird", "Harris Hawk|Barn Owl|Peregrine Falcon|Tawny Owl|Kestrel|Young Harris Hawk|Lanner Falcon|"
                        "Eagle Owl|Red Kite|Saker Falcon|Little Owl|Buzzard|Goshawk|Snowy Owl|Owl chick (Barn)|"
                        "Falcon hybrid|Buzzard x Harris|Common Buzzard"),
    "fc_fed": ("Last Fed", D1),
    "fc_show": ("Displays Flown", "4|0|7|2|0|5|3|6|1|0|8|2|4||resting"),
    # an oyster farm
    "of_count": ("Oysters per Bag", "120|96|150|144|100|88|150|132|72|144|110|0||160|96"),
    "of_site": ("Trestle", "North A1|North A2|South B1|north a1|East C4|South B2|North A1|West D1|East C1|South B1|North A3|"
                           "Jetty|West D2|East C4|Old North A1|North A1 (spare)|"),
    "of_harvest": ("Harvest Date", "2024-06-12|2024-05-31|2024-06-11|2024-06-06|2024-06-16|2024-07-22|2024-06-02|"
                                   "2024-06-13|2024-06-09|2024-06-25|2024-05-02|2024-03-30|2024-06-20|2024-06-11"),
    "of_temp": ("Water Temp (°C)", "14.2|15|13.8|16.5|12|15|17.2|11.5|15.8|14|18|#N/A||13|16"),
    "of_salinity": ("Salinity (ppt)", "32|30.5|28|34|35|29.8|31|#N/A|33.2|27|30|36.1||n/r"),
    # a chocolatier
    "ct_temp": ("Temper Temp (°C)", "31.5|32|29|31|33.5|30.8|32|27.5|31.2|34|32|31.8|30||33"),
    "ct_product": ("Product", "Salted Caramel Truffle|Dark Truffle|Raspberry Ganache|Milk Bar|Truffle Selection|"
                              "Orange Dark Bar|White Bar|Hazelnut Praline|Champagne Truffle|Dark Bar|Rose Cream|"
                              "Dark Sea Salt Bar|Easter Egg|Praline Box|Bar of the Month|Easter Egg Hunt Pack|"
                              "Mini Easter Egg"),
    "ct_sold": ("Boxes Sold", "45|120|18|60|210|33|75|0|95|150|12|60|88||n/a"),
    "ct_cocoa": ("Cocoa %", "70%|54%|85%|33%|70%|100%|64%|45%|72%|28%|90%|70%||milk blend|60%"),
    "ct_best": ("Best Before", "2024-06-15|2024-06-08|2024-06-12|2024-05-15|2024-07-01|2024-06-22|2024-06-01|2024-06-11|"
                               "2024-06-30|2024-06-13|2024-06-06|2024-02-14|2024-07-31|"),
    # a glassblowing studio
    "gb_kiln": ("Annealer Temp (°C)", "482|510|495|460|520|482|505|#N/A|470|490|515|482||500"),
    "gb_piece": ("Piece", "Paperweight|Vase (blue)|Tumbler|Bowl|Vase|Bauble|Blue Bauble|Wine glass|Paperweight seconds|"
                          "Tall Vase|Sculpture|Bead set|Float bowl|Glass float|Mini paperweight|Bowl (seconds)"),
    "gb_class": ("Class Size", "6|8|4|8|2|6|8|5|3|7|8||1|6|cancelled"),
    "gb_date": ("Class Date", D1),
    # a kite festival
    "kf_wind": ("Gust (knots)", "12|18|25|9|30|15|22|6|14|35|18|11||calm|10"),
    "kf_entry": ("Entry", "Dragon Kite|Box kite|Stunt Kite Team|Delta|Giant Octopus|Rokkaku|Dragon Train|Stunt pair|Sled|"
                          "Kite Surf demo|Parafoil|Diamond|Red Dragon|Bol|Night Stunt show|Delta Stack|Mega Delta"),
    "kf_team": ("Team No.", "T01|T02|T03|T01| |T05|0|T07|T03||T09|T10|T11|T12"),
    "kf_slot": ("Slot Date", "2024-06-12|2024-05-31|2024-06-11|2024-06-06|2024-06-16|2024-07-22|2024-06-02|2024-06-13|"
                             "2024-06-09|2024-06-25|2024-05-02|2024-03-30|2024-06-20|2024-06-11"),
}


ENTRIES = r"""
# a scrap metal yard
- AC1: any load above 1000 kg shows highlighted | GreaterThan(1000) | sm_kg | requirements
anything a hundred kilos or under flag it its probably a van load | LessThanEqual(100) | sm_kg | voice | number-words | boundary
Going forward I want the three heaviest loads of the day picked out in bold | Top(3) | sm_kg | manager | superlative | number-words
Light loads for the day, i.e. below the average weight - shaded so Dave can check them | BelowAverage() | sm_kg | comment
2. Loads from 1000 kg up to but not including 5000 kg are shaded | AND(GreaterThanEqual(1000), LessThan(5000)) | sm_kg | requirements | compound | boundary
- All loads except the three heaviest are shaded | NOT(Top(3)) | sm_kg | requirements | negation | superlative
Copper of any kind (wire, pipe, old) - highlihgt, price changes daily | TextContains("copper") | sm_metal | comment | typo
highlight every metal that ends in steel | TextEndsWith("steel") | sm_metal | voice
2. Rows where Metal starts with "Steel" are flagged for the swarf skip | TextStartsWith("steel") | sm_metal | requirements | quoted | column-word
From now on, any entry that is exactly Lead - nothing else - gets coloured | TextEquals("lead") | sm_metal | manager
Everything that isn't aluminium of some sort, shade it | TextNotContains("aluminium") | sm_metal | comment | negation
Copper that isn't wire - contains copper, doesn't contain wire. Yard rate differs | AND(TextContains("copper"), TextNotContains("wire")) | sm_metal | comment | compound
- Prices from 400 to 2000 per tonne inclusive are shaded green | Between(400, 2000) | sm_price | requirements | range
#N/A = price feed dropped. Mark those cells | Errors() | sm_price | comment
repeated prices on the price list show me the duplicates please | Duplicates() | sm_price | voice
Please make sure any price that's over five grand stands out from now on | GreaterThan(5000) | sm_price | manager | number-words
collections booked for tomorrow highlight them | Tomorrow() | sm_date | voice | date
3. Collections dated last week (Sun-Sat) are highlighted | LastWeek() | sm_date | requirements | date
I want this month's collections to stand out on the board | ThisMonth() | sm_date | manager | date
Tickets entered twice need to stand out - staff, please check before invoicing | Duplicates() | sm_ticket | manager
ticket numbers that only appear once highlight those | Unique() | sm_ticket | voice
Missing ticket no. - highlight (scale printer jams) | Blanks() | sm_ticket | comment
4. Every row that has a ticket number filled in is shaded | NotBlanks() | sm_ticket | requirements
# a seed library
Less than 5 packets left - highlight so we reorder | LessThan(5) | sl_packets | comment
packets at zero show them in red | Equals(0) | sl_packets | voice | number-words
Going forward the lowest 20 percent of stock levels should be highlighted | BottomPercent(20) | sl_packets | manager | superlative
5. Packet counts above the average are shaded blue | AboveAverage() | sl_packets | requirements
data bars on packets left please | DataBar() | sl_packets | voice | visual
Any variety with bean in the name, wherever it appears - highlighted for the bean swap | TextContains("bean") | sl_variety | comment
1. Varieties beginning with "Tomato" are shaded red | TextStartsWith("tomato") | sl_variety | requirements | quoted
highlight the varieties that are not tomatoes anything without tomato in it | TextNotContains("tomato") | sl_variety | voice | negation
From now on varieties whose name ends with the word Bean get a green fill | TextEndsWith("bean") | sl_variety | manager
seeds that were due back yesterday highlight them | Yesterday() | sl_due | voice | date
Due back next week (16-22 Jun) - amber so we can send reminders | NextWeek() | sl_due | comment | date
2. Loans due back in the last 7 days, today included, are highlighted | Last7Days() | sl_due | requirements | date
Please have anything due back last month show up in red - those are overdue | LastMonth() | sl_due | manager | date
Germination under 70% - flag, batch may be old | LessThan(0.7) | sl_germ | comment | number-format
3. Germination rates of 90% or more are shaded green | GreaterThanEqual(0.9) | sl_germ | requirements | number-format | boundary
icon set on the germination rate column | IconSet() | sl_germ | voice | visual | column-word
I want the top quarter of germination rates highlighted on the report | TopPercent(25) | sl_germ | manager | number-words | superlative
# a brass band
Players who made all 15 rehearsals - highlight them for the thank-you list | Equals(15) | bb_att | comment
flag anyone who came to fewer than six rehearsals | LessThan(6) | bb_att | voice | number-words
4. Attendance between 10 and 14 rehearsals inclusive is shaded | Between(10, 14) | bb_att | requirements | range
Going forward please shade the bottom three attenders so I can have a word | Bottom(3) | bb_att | manager | superlative | number-words
every cornet part highlight it | TextContains("cornet") | bb_part | voice
Parts starting with 'Solo' - shade gold, these are the principal chairs | TextStartsWith("solo") | bb_part | comment | quoted
- Rows where the part ends in "Bass" are highlighted | TextEndsWith("bass") | bb_part | requirements | quoted
I'd like every part that is not a trombone of any kind shaded | TextNotContains("trombone") | bb_part | manager | negation
Euphonium only - exact match, not 2nd euph or the loan one | TextEquals("euphonium") | bb_part | comment
1. Parts containing "Horn" or "Cornet" are shaded | OR(TextContains("horn"), TextContains("cornet")) | bb_part | requirements | compound | quoted
Subs cell showing #VALUE! or any other error = broken formula, highlight | Errors() | bb_fee | comment
highlight all the subs cells that are working fine no errors | NotErrors() | bb_fee | voice | negation
Players who haven't paid subs (cell left blank) need to show up yellow | Blanks() | bb_fee | manager
I want subs of more than 60 highlighted going forward | GreaterThan(60) | bb_fee | manager
Missing or error'd subs - both need sorting before the AGM | OR(Blanks(), Errors()) | bb_fee | comment | compound
gigs this week highlight them | ThisWeek() | bb_gig | voice | date
Gig today - mark the row so the kit van leaves on time | Today() | bb_gig | comment | date
- Gigs falling in next month (July) are shaded blue | NextMonth() | bb_gig | requirements | date
Going forward, anything not in this month should be greyed out | NOT(ThisMonth()) | bb_gig | manager | negation | date
Going forward, gigs in this month but not in this week should be light blue | AND(ThisMonth(), NOT(ThisWeek())) | bb_gig | manager | compound | date
# a blacksmith's forge
1. Forge temperatures at or above 1200 °C are shaded red | GreaterThanEqual(1200) | bf_temp | requirements | boundary
anything under a thousand degrees flag it too cold to forge weld | LessThan(1000) | bf_temp | voice | number-words
Temps outside 900-1200 - flag them, steel burns or won't move | NotBetween(900, 1200) | bf_temp | comment | range
I want the two hottest readings of the day in bold | Top(2) | bf_temp | manager | superlative | number-words
Every gate job - gate anywhere in the description - gets a highlight from now on | TextContains("gate") | bf_job | manager
jobs starting with fire highlight them | TextStartsWith("fire") | bf_job | voice
2. Jobs whose description ends in "basket" are shaded | TextEndsWith("basket") | bf_job | requirements | quoted
Just the plain Gate jobs (not hinges/latches) - exact match, colour them | TextEquals("gate") | bf_job | comment
Any job quoted at more than 6 hours - highlight, needs a second pair of hands | GreaterThan(6) | bf_hours | comment
quotes of half an hour or less highlight them | LessThanEqual(0.5) | bf_hours | voice | number-words | boundary
- Jobs quoted at exactly 4 hours are shaded | Equals(4) | bf_hours | requirements
the quotes above the average highlight them | AboveAverage() | bf_hours | voice
Pieces ready by tomorrow - put them in green | Tomorrow() | bf_due | comment | date
3. Jobs with a ready-by date in last week are shaded amber | LastWeek() | bf_due | requirements | date
ready by dates in the past seven days flag them | Last7Days() | bf_due | voice | date | number-words
- Ready dates in this week that are not today are shaded | AND(ThisWeek(), NOT(Today())) | bf_due | requirements | compound | date
# a canoe hire
Boat IDs listed more than once = double booking. Highlight! | Duplicates() | ch_boat | comment
5. Boat IDs that appear only once are shaded green | Unique() | ch_boat | requirements
every row with a boat id filled in highlight | NotBlanks() | ch_boat | voice
Hires longer than a day (24 hrs) - check deposit taken | GreaterThan(24) | ch_hrs | comment
- Hire lengths other than 1 hour are shaded | NotEquals(1) | ch_hrs | requirements | negation
highlight the longest three hires | Top(3) | ch_hrs | voice | superlative
below average hire lengths highlight them | BelowAverage() | ch_hrs | voice
Boats returned today - tick off on the river log | Today() | ch_ret | comment | date
boats returned yesterday highlight | Yesterday() | ch_ret | voice | date
2. Returns dated this week (Sunday to Saturday) are highlighted | ThisWeek() | ch_ret | requirements | date
From now on, return dates of yesterday or today go in yellow | OR(Yesterday(), Today()) | ch_ret | manager | compound | date
From now on I'd like every Scouts booking highlighted - they get the group rate. Scouts first in the name | TextStartsWith("scouts") | ch_cust | manager
customer exactly smith any capitals | TextEquals("smith") | ch_cust | voice | odd-case
Customers w/ "jones" anywhere - highlight, same family, one invoice | TextContains("jones") | ch_cust | comment | quoted
3. Customer names not containing "group" are shaded | TextNotContains("group") | ch_cust | requirements | quoted | negation
# a dog agility club
Runs faster than 40 seconds - so under 40 - highlight | LessThan(40) | da_time | comment | polarity
- Run times from 35 to 40 seconds inclusive are shaded | Between(35, 40) | da_time | requirements | range
the fastest three runs highlight | Bottom(3) | da_time | voice | superlative | polarity | number-words
Run time showing an error (#N/A) = timer fault, flag it | Errors() | da_time | comment
I'd like every run under the class average shown in green | BelowAverage() | da_time | manager
- Rows with more than 10 faults are shaded | GreaterThan(10) | da_faults | requirements
faults of five or fewer highlight | LessThanEqual(5) | da_faults | voice | number-words
Going forward, data bars on the faults column please | DataBar() | da_faults | manager | visual | column-word
dogs entered more than once highlight them | Duplicates() | da_dog | voice
1. Dog names that appear exactly once are shaded | Unique() | da_dog | requirements
Dog names ending in "ss" - highlight (club wants to see how many Jess/Tess/Moss we have lol) | TextEndsWith("ss") | da_dog | comment | quoted
trials next week highlight them | NextWeek() | da_date | voice | date
Trials last month - grey them, results already filed | LastMonth() | da_date | comment | date
4. Trial dates outside the current month are shaded grey | NOT(ThisMonth()) | da_date | requirements | negation | date
# an alpaca farm
fleeces heavier than three kilos highlight | GreaterThan(3) | af_fleece | voice | number-words
2. Fleece weights from 2 kg up to 3 kg inclusive are shaded | Between(2, 3) | af_fleece | requirements | range
Light fleeces, under 2 kg - might be a health thing, vet to check | LessThan(2) | af_fleece | comment
Going forward the heaviest 10% of fleeces should be highlighted for the show | TopPercent(10) | af_fleece | manager | superlative
colour scale on fleece wait | ColorScale() | af_fleece | voice | visual | typo
Alpacas with Fluff in the name - the Fluff bloodline, highlight | TextContains("fluff") | af_name | comment
names that start with pablo highlight | TextStartsWith("pablo") | af_name | voice
I want any alpaca named exactly Dolly shown in pink | TextEquals("dolly") | af_name | manager
3. Alpaca names that do not contain "Fluff" are shaded | TextNotContains("fluff") | af_name | requirements | quoted | negation
Weights showing #DIV/0! = scale error, highlight those | Errors() | af_weight | comment
any weight that isnt an error highlight it | NotErrors() | af_weight | voice | negation | typo
From now on flag any animal weighing under 60 kilos | LessThan(60) | af_weight | manager
- The two heaviest animals' weights are highlighted | Top(2) | af_weight | requirements | superlative | number-words
weights over sixty but under eighty highlight | AND(GreaterThan(60), LessThan(80)) | af_weight | voice | compound | number-words
shearing booked today highlight | Today() | af_shear | voice | date
Shearing dates in the last 7 days - check fleeces have been bagged | Last7Days() | af_shear | comment | date
Please have everything sheared next month show up in blue on the plan | NextMonth() | af_shear | manager | date
# a puppet theatre
Shows at capacity - 150 sold - highlight | Equals(150) | pt_sold | comment
I want any show that sold fewer than 50 tickets flagged | LessThan(50) | pt_sold | manager
- Shows selling between 80 and 120 tickets inclusive are shaded | Between(80, 120) | pt_sold | requirements | range
shows with above average sales highlight | AboveAverage() | pt_sold | voice
Going forward give the ticket sales column an icon set | IconSet() | pt_sold | manager | visual | column-word
every punch and judy show highlight | TextContains("punch and judy") | pt_show | voice
Shows ending in "Wolf" - the wolf season, colour them | TextEndsWith("wolf") | pt_show | comment | quoted
1. Show titles beginning with "The" are shaded | TextStartsWith("the") | pt_show | requirements | quoted
From now on, Pinocchio performances - exactly that title, not the relaxed one - go in green | TextEquals("pinocchio") | pt_show | manager
performances yesterday highlight them | Yesterday() | pt_date | voice | date
2. Performances in the current week are highlighted | ThisWeek() | pt_date | requirements | date
Last month's shows - grey out, takings banked | LastMonth() | pt_date | comment | date
Tomorrow's performances - I want those in bold yellow so front of house sees them | Tomorrow() | pt_date | manager | date
# a hot air balloon operator
anything over ten miles an hour highlight flights off | GreaterThan(10) | hb_wind | voice | number-words
Wind at 10 mph or below = flyable. Green. | LessThanEqual(10) | hb_wind | comment | boundary
3. Wind speeds outside 3 to 12 mph are shaded red | NotBetween(3, 12) | hb_wind | requirements | range
Going forward colour scale on the wind speeds please | ColorScale() | hb_wind | manager | visual
- Flights with more than 12 passengers are shaded | GreaterThan(12) | hb_pax | requirements
fewest passengers bottom two flights highlight | Bottom(2) | hb_pax | voice | superlative
Passenger numbers that are duplicated - just checking the manifests | Duplicates() | hb_pax | comment
I want the flights with an above-average load highlighted | AboveAverage() | hb_pax | manager
From now on all Castle launch sites (name starts Castle) in purple | TextStartsWith("castle") | hb_site | manager
sites that end in field highlight | TextEndsWith("field") | hb_site | voice
Field A only (any caps) - the farmer's asked us to log every use | TextEquals("field a") | hb_site | comment | odd-case
4. Launch sites not containing "Field" are shaded | TextNotContains("field") | hb_site | requirements | quoted | negation
flights booked for next week highlight | NextWeek() | hb_date | voice | date
Flights in the last 7 days - chase the photos | Last7Days() | hb_date | comment | date
5. Flights dated tomorrow are highlighted | Tomorrow() | hb_date | requirements | date
# a creamery
milk ph below six point five flag it | LessThan(6.5) | cr_ph | voice | number-words
1. pH values from 6.6 to 6.8 inclusive are shaded green | Between(6.6, 6.8) | cr_ph | requirements | range
pH exactly 7 - shouldn't happen with raw milk, check the meter | Equals(7) | cr_ph | comment
I want the lowest 20% of pH readings highlighted | BottomPercent(20) | cr_ph | manager | superlative
Going forward flag any pH reading under 6.3 or above 6.9 | OR(LessThan(6.3), GreaterThan(6.9)) | cr_ph | manager | compound
Batch codes starting CHD (cheddar) - highlight for the grader | TextStartsWith("chd") | cr_batch | comment
batch codes that appear twice highlight them | Duplicates() | cr_batch | voice
I want every batch that is not a cheddar - no CHD in the code - highlighted | TextNotContains("chd") | cr_batch | manager | negation
Yield >= 10% -> highlight | GreaterThanEqual(0.1) | cr_yield | comment | number-format | boundary
yields showing an error highlight them the ref ones | Errors() | cr_yield | voice
3. The three highest yields are shaded gold | Top(3) | cr_yield | requirements | superlative
From now on I'd like data bars on the yield column | DataBar() | cr_yield | manager | visual | column-word
cheeses made last week highlight them | LastWeek() | cr_made | voice | date
Made this month - young, not for sale yet, pale yellow | ThisMonth() | cr_made | comment | date
2. Make dates of today are highlighted | Today() | cr_made | requirements | date
# a yarn shop
Anything with 10 or fewer skeins - reorder. Highlight. | LessThanEqual(10) | ys_stock | comment | boundary
out of stock zero skeins highlight | Equals(0) | ys_stock | voice | number-words
I want the five best-stocked yarns highlighted on the stock sheet | Top(5) | ys_stock | manager | superlative | number-words
- Stock levels below the average are shaded | BelowAverage() | ys_stock | requirements
10 or fewer skeins but not sold out (so over 0) - reorder soon | AND(LessThanEqual(10), GreaterThan(0)) | ys_stock | comment | compound | boundary
every DK yarn highlight it | TextContains("dk") | ys_yarn | voice
Yarns ending 4ply - sock club picks, colour them | TextEndsWith("4ply") | ys_yarn | comment
3. Yarn names beginning with "Merino" are shaded | TextStartsWith("merino") | ys_yarn | requirements | quoted
Going forward please highlight exactly "Merino DK" - it's our best seller | TextEquals("merino dk") | ys_yarn | manager | quoted
5. Yarns without "Tweed" in the name are shaded | TextNotContains("tweed") | ys_yarn | requirements | quoted | negation
yarn that is merino and dk highlight | AND(TextContains("merino"), TextContains("dk")) | ys_yarn | voice | compound
I'd like every yarn not starting with merino highlighted | NOT(TextStartsWith("merino")) | ys_yarn | manager | negation
prices that appear more than once highlight | Duplicates() | ys_price | voice
Unique price points - highlight so I can tidy the range | Unique() | ys_price | comment
I'd like anything priced over £15 highlighted as premium | GreaterThan(15) | ys_price | manager
1. Prices between £5 and £10 inclusive are shaded | Between(5, 10) | ys_price | requirements | range
- Prices under £5 or over £15 are shaded | OR(LessThan(5), GreaterThan(15)) | ys_price | requirements | compound
orders from the last seven days highlight | Last7Days() | ys_order | voice | date | number-words
Ordered last month & still not here?? highlight | LastMonth() | ys_order | comment | date
4. Orders placed today are highlighted | Today() | ys_order | requirements | date
Orders not from this week - I want those shaded grey from now on | NOT(ThisWeek()) | ys_order | manager | negation | date
# a cobbler
every sole job highlight | TextContains("sole") | cb_job | voice
Jobs starting w/ Heel (heels, heel tips) - heel bar, highlight | TextStartsWith("heel") | cb_job | comment
1. Repairs named exactly "Zip" are shaded | TextEquals("zip") | cb_job | requirements | quoted
From now on key cutting jobs - anything ending in "cut" - in blue | TextEndsWith("cut") | cb_job | manager | quoted
Jobs costing £25 or more get highlighted from now on | GreaterThanEqual(25) | cb_cost | manager | boundary
- Charges below £10 are shaded | LessThan(10) | cb_cost | requirements
charges that show an error highlight | Errors() | cb_cost | voice
Highest 20% of charges - big jobs, check deposit | TopPercent(20) | cb_cost | comment | superlative
repairs ready tomorrow highlight | Tomorrow() | cb_ready | voice | date
Ready next month - long job, tell customer | NextMonth() | cb_ready | comment | date
3. Repairs with a ready date this month are shaded | ThisMonth() | cb_ready | requirements | date
Please make sure any job without a ticket number shows up in red | Blanks() | cb_ticket | manager
tickets that only show up once highlight them | Unique() | cb_ticket | voice
- Every row with a ticket number is shaded | NotBlanks() | cb_ticket | requirements
# a tool library
tools borrowed more than twenty times highlight | GreaterThan(20) | tl_loans | voice | number-words
Borrowed fewer than 3 times - candidates to give away | LessThan(3) | tl_loans | comment
I want the four most borrowed tools highlighted on the noticeboard sheet | Top(4) | tl_loans | manager | superlative | number-words
- Borrow counts above the average are shaded | AboveAverage() | tl_loans | requirements
colour scale on times borrowed | ColorScale() | tl_loans | voice | visual | column-word
any drill at all highlight | TextContains("drill") | tl_tool | voice
Ladders (names starting Ladder) - check the inspection tag before lending | TextStartsWith("ladder") | tl_tool | comment
2. Tools named exactly "Drill" are shaded | TextEquals("drill") | tl_tool | requirements | quoted
From now on, every tool without "ladder" in its name gets a light fill | TextNotContains("ladder") | tl_tool | manager | quoted | negation
tools due back today highlight | Today() | tl_due | voice | date
Due back yesterday & not in - chase | Yesterday() | tl_due | comment | date
4. Loans due back next week are highlighted | NextWeek() | tl_due | requirements | date
Please make sure loans that were due last week show up in orange | LastWeek() | tl_due | manager | date
- Member IDs showing an error are shaded | Errors() | tl_member | requirements
member ids that come up more than once highlight | Duplicates() | tl_member | voice
Every member ID cell that isn't an error - highlight (the lookup's mostly working now) | NotErrors() | tl_member | comment | negation
# a crazy golf course
scores under forty highlight | LessThan(40) | cg_score | voice | number-words
Best 3 scores (lowest!) for the leaderboard | Bottom(3) | cg_score | comment | superlative | polarity
I want scores from 45 to 55 inclusive in amber | Between(45, 55) | cg_score | manager | range
3. Scores of more than 60 are shaded red | GreaterThan(60) | cg_score | requirements
scores under thirty or over sixty highlight | OR(LessThan(30), GreaterThan(60)) | cg_score | voice | compound | number-words
From now on highlight every player who is exactly Sam (any capitals) | TextEquals("sam") | cg_player | manager | odd-case
players listed more than once highlight | Duplicates() | cg_player | voice
Unique names only - one-off visitors, highlight for the loyalty card | Unique() | cg_player | comment
players that are not exactly sam highlight | NOT(TextEquals("sam")) | cg_player | voice | negation
holes ending windmill highlight | TextEndsWith("windmill") | cg_hole | voice
1. Hole names containing "ship" are shaded | TextContains("ship") | cg_hole | requirements | quoted
Going forward, holes whose names start with "W" go in blue | TextStartsWith("w") | cg_hole | manager | quoted
bookings this week highlight | ThisWeek() | cg_date | voice | date
Party bookings for tomorrow - set up the party hut | Tomorrow() | cg_date | comment | date
5. Booking dates in the last 7 days are shaded | Last7Days() | cg_date | requirements | date
# a clock repairer
Clocks in more than 60 days - owner needs a call | GreaterThan(60) | cl_days | comment
I want every clock that's been here a month or less - 30 days - shown green | LessThanEqual(30) | cl_days | manager | boundary
- Days in workshop outside 7 to 60 are shaded | NotBetween(7, 60) | cl_days | requirements | range
the longest two jobs highlight | Top(2) | cl_days | voice | superlative | number-words
- Maker name "Smiths" exactly is shaded | TextEquals("smiths") | cl_make | requirements | quoted
Any maker with Enfield in it - same factory, highlight | TextContains("enfield") | cl_make | comment
From now on highlight makers whose name ends in "Miller" | TextEndsWith("miller") | cl_make | manager | quoted
makers that appear more than once highlight them | Duplicates() | cl_make | voice
Quote cells with errors - the VAT formula again | Errors() | cl_quote | comment
quotes that arent errors highlight | NotErrors() | cl_quote | voice | negation | typo
2. Quotes below the average are shaded | BelowAverage() | cl_quote | requirements
I'd like the dearest 10% of quotes flagged | TopPercent(10) | cl_quote | manager | superlative
3. Clocks booked in last week are highlighted | LastWeek() | cl_in | requirements | date
clocks that came in yesterday highlight | Yesterday() | cl_in | voice | date
Booked in last month - should be done, chase the bench | LastMonth() | cl_in | comment | date
# a falconry centre
birds over a kilo in wait highlight | GreaterThan(1000) | fc_weight | voice | number-words | typo
Weights from 680 to 720 g inclusive - Harris hawks in flying condition | Between(680, 720) | fc_weight | comment | range
5. The lightest three birds are shaded | Bottom(3) | fc_weight | requirements | superlative | number-words
From now on, data bars on flying weight please | DataBar() | fc_weight | manager | visual | column-word
every owl highlight | TextContains("owl") | fc_bird | voice
Birds ending "Falcon" - falcon mews, highlight | TextEndsWith("falcon") | fc_bird | comment | quoted
1. Bird names beginning with "Harris" are shaded | TextStartsWith("harris") | fc_bird | requirements | quoted
I want anything that is not an owl of some sort highlighted | TextNotContains("owl") | fc_bird | manager | negation
buzzard only exact highlight | TextEquals("buzzard") | fc_bird | voice
owls or falcons highlight them | OR(TextContains("owl"), TextContains("falcon")) | fc_bird | voice | compound
birds fed today highlight | Today() | fc_fed | voice | date
Fed in the last 7 days - fine; highlight them | Last7Days() | fc_fed | comment | date
Going forward, any bird whose last feed is not in this week shows in red | NOT(ThisWeek()) | fc_fed | manager | negation | date
- Birds with 5 or more displays are shaded | GreaterThanEqual(5) | fc_show | requirements | boundary
Displays differing from 4 - not on the usual rota, flag | NotEquals(4) | fc_show | comment | negation
I want the above-average fliers highlighted | AboveAverage() | fc_show | manager
# an oyster farm
Bags with more than 144 - over count, highlight | GreaterThan(144) | of_count | comment
a gross is 144 highlight the bags with exactly that | Equals(144) | of_count | voice | number-words
I want every bag under 100 flagged for a recount | LessThan(100) | of_count | manager
- Bag counts that appear more than once are shaded | Duplicates() | of_count | requirements
Bottom 10% of bag counts - check for dead shells | BottomPercent(10) | of_count | comment | superlative
Bags under 100 or over 150 - recount | OR(LessThan(100), GreaterThan(150)) | of_count | comment | compound
trestles starting with north highlight | TextStartsWith("north") | of_site | voice
1. Trestle "North A1" is shaded, in any capitals | TextEquals("north a1") | of_site | requirements | quoted | odd-case
Trestles ending in 1 - first row, check after the storm | TextEndsWith("1") | of_site | comment
unique trestle codes highlight | Unique() | of_site | voice
Harvested today - get them in the cold store | Today() | of_harvest | comment | date
2. Harvest dates in the previous calendar month are shaded | LastMonth() | of_harvest | requirements | date
Please make sure next week's harvests are in blue | NextWeek() | of_harvest | manager | date
salinity readings that are errors highlight | Errors() | of_salinity | voice
3. Salinity from 30 to 34 ppt inclusive is shaded | Between(30, 34) | of_salinity | requirements | range
Readings not between 28 and 35 - outside the safe band - flag | NotBetween(28, 35) | of_salinity | comment | range | negation
colour scale on the salinity please going forward | ColorScale() | of_salinity | manager | visual
# a chocolatier
dark chocolate must be thirty one to thirty two degrees inclusive highlight those | Between(31, 32) | ct_temp | voice | range | number-words
Over 32 °C - out of temper, redo | GreaterThan(32) | ct_temp | comment
I want the readings below 30 flagged from now on | LessThan(30) | ct_temp | manager
1. Temperature readings that are not exactly 32 are shaded | NotEquals(32) | ct_temp | requirements | negation
I want tempering readings above 31 and below 33 highlighted | AND(GreaterThan(31), LessThan(33)) | ct_temp | manager | compound
every truffle product highlight | TextContains("truffle") | ct_product | voice
Products ending in "Bar" -> bar moulds, highlight | TextEndsWith("bar") | ct_product | comment | quoted
3. Products beginning with "Dark" are shaded | TextStartsWith("dark") | ct_product | requirements | quoted
Going forward, Easter Egg exactly - seasonal line - in yellow | TextEquals("easter egg") | ct_product | manager
top 3 sellers highlight | Top(3) | ct_sold | voice | superlative
- Sales figures under the average are shaded | BelowAverage() | ct_sold | requirements
Best-selling fifth of the range - highlight | TopPercent(20) | ct_sold | comment | number-words | superlative
I'd like data bars on boxes sold please | DataBar() | ct_sold | manager | visual
best before this week highlight | ThisWeek() | ct_best | voice | date
Best before next month - fine for the shop | NextMonth() | ct_best | comment | date
4. Any best-before date in this month is highlighted | ThisMonth() | ct_best | requirements | date
# a glassblowing studio
Annealer above 510 °C - too hot, pieces slump | GreaterThan(510) | gb_kiln | comment
- Temperatures from 480 to 500 °C inclusive are shaded green | Between(480, 500) | gb_kiln | requirements | range
I want readings that show an error highlighted so someone checks the probe | Errors() | gb_kiln | manager
temps that repeat highlight them | Duplicates() | gb_kiln | voice
Every vase, any kind - highlight | TextContains("vase") | gb_piece | comment
pieces that start with paperweight highlight | TextStartsWith("paperweight") | gb_piece | voice
2. Pieces named exactly "Bowl" are shaded | TextEquals("bowl") | gb_piece | requirements | quoted
Going forward every piece ending in "float" is highlighted | TextEndsWith("float") | gb_piece | manager | quoted
pieces without glass in the name highlight | TextNotContains("glass") | gb_piece | voice | negation
I want any class with fewer than 4 students flagged | LessThan(4) | gb_class | manager
Full classes = 8 students. Highlight. | Equals(8) | gb_class | comment
- The two smallest classes are shaded | Bottom(2) | gb_class | requirements | superlative | number-words
icon set on class size | IconSet() | gb_class | voice | visual | column-word
classes yesterday highlight | Yesterday() | gb_date | voice | date
5. Classes dated next week are shaded | NextWeek() | gb_date | requirements | date
Classes last week - send the pick-up reminder | LastWeek() | gb_date | comment | date
Please highlight all of next month's classes from now on | NextMonth() | gb_date | manager | date
# a kite festival
Gusts of 25 knots or more - ground the big kites | GreaterThanEqual(25) | kf_wind | comment | boundary
gusts under ten knots highlight not enough to fly | LessThan(10) | kf_wind | voice | number-words
- Gust readings from 12 to 22 knots inclusive are shaded | Between(12, 22) | kf_wind | requirements | range
Going forward, colour scale on the gusts column | ColorScale() | kf_wind | manager | visual | column-word
kites with dragon anywhere highlight | TextContains("dragon") | kf_entry | voice
Stunt entries (start with "Stunt") - arena 2 | TextStartsWith("stunt") | kf_entry | comment | quoted
1. Entries ending in "Kite" are shaded | TextEndsWith("kite") | kf_entry | requirements | quoted
From now on "Delta" entries - exactly that - in green | TextEquals("delta") | kf_entry | manager | quoted
team numbers missing highlight | Blanks() | kf_team | voice
- Team numbers that appear twice or more are shaded | Duplicates() | kf_team | requirements
Every team number that's been filled in - highlight so we can count | NotBlanks() | kf_team | comment
Please make sure team numbers that are unique show in green | Unique() | kf_team | manager
slots today highlight | Today() | kf_slot | voice | date
Slots in the last 7 days - results in | Last7Days() | kf_slot | comment | date
3. Slot dates that are not today are shaded grey | NOT(Today()) | kf_slot | requirements | negation | date
# more: a brass band's tuning, a balloon's altitude, an oyster farm's water, a tool library's fees, cocoa, clock serials
tuning more than ten cents out either way flag it | NotBetween(-10, 10) | bb_tune | voice | range | number-words
Flat by 10 cents or more (so -10 or lower) - retune before the contest | LessThanEqual(-10) | bb_tune | comment | boundary
5. Every tuning cell that is not an error is shaded | NotErrors() | bb_tune | requirements | negation
From now on put an icon set on the tuning offsets | IconSet() | bb_tune | manager | visual
colour scale tuning column | ColorScale() | bb_tune | voice | visual | column-word
AC: altitudes of 3000 ft or less are shaded | LessThanEqual(3000) | hb_alt | requirements | boundary
Top 20% highest flights - photos for the website | TopPercent(20) | hb_alt | comment | superlative
altitude cells that are not errors highlight them | NotErrors() | hb_alt | voice | negation
Going forward I want the flights above 4000 ft highlighted for the CAA return | GreaterThan(4000) | hb_alt | manager
- Altitudes outside 1500 to 5000 ft are shaded | NotBetween(1500, 5000) | hb_alt | requirements | range
water at fifteen degrees or colder highlight | LessThanEqual(15) | of_temp | voice | number-words | polarity | boundary
Warmest 10% of readings - vibrio risk, flag | TopPercent(10) | of_temp | comment | superlative
3. Water temperatures above the average are shaded | AboveAverage() | of_temp | requirements
Please have any reading that isn't an error shaded - we're checking logger uptime | NotErrors() | of_temp | manager | negation
late fees of a fiver or less highlight | LessThanEqual(5) | tl_fee | voice | number-words | boundary
- Late fees greater than or equal to £10 are shaded | GreaterThanEqual(10) | tl_fee | requirements | boundary
Fees between £1 and £5 inclusive - send the polite email | Between(1, 5) | tl_fee | comment | range
I want the top 25% of late fees flagged so we can chase them | TopPercent(25) | tl_fee | manager | superlative
Fee cells not showing an error - highlight | NotErrors() | tl_fee | comment | negation
- Late fees other than £2.50 are shaded | NotEquals(2.5) | tl_fee | requirements | negation
3. Cocoa content of 70% or above is shaded | GreaterThanEqual(0.7) | ct_cocoa | requirements | number-format | boundary
cocoa under sixty percent highlight | LessThan(0.6) | ct_cocoa | voice | number-words | number-format
Lowest 25% cocoa - milk range | BottomPercent(25) | ct_cocoa | comment | superlative
I want the cocoa column with data bars from now on | DataBar() | ct_cocoa | manager | visual | column-word
movement serials that are blank highlight | Blanks() | cl_serial | voice
4. Any movement serial that is filled in is shaded | NotBlanks() | cl_serial | requirements
Serials appearing twice - same movement booked in twice? check | Duplicates() | cl_serial | comment
Going forward the five smallest loads go in grey | Bottom(5) | sm_kg | manager | superlative | number-words
this months trials highlight | ThisMonth() | da_date | voice | date
Flights this month - for the monthly CAA log | ThisMonth() | hb_date | comment | date
- Every Trestle cell that has something in it is shaded | NotBlanks() | of_site | requirements | column-word
- Class sizes other than 8 are shaded | NotEquals(8) | gb_class | requirements | negation
icon set on boxes sold going forward please | IconSet() | ct_sold | voice | visual
Bottom 10% of fleece weights - cull list discussion | BottomPercent(10) | af_fleece | comment | superlative
I want yesterday's harvests in green | Yesterday() | of_harvest | manager | date
- Slots dated tomorrow are shaded | Tomorrow() | kf_slot | requirements | date
this weeks shearing highlight | ThisWeek() | af_shear | voice | date
fleeces below average weight highlight | BelowAverage() | af_fleece | voice
Above-average gusts - brief the marshals | AboveAverage() | kf_wind | comment
I want every alpaca of 80 kg or more flagged for the vet | GreaterThanEqual(80) | af_weight | manager | boundary
- Hire lengths of 2 hours or less are shaded | LessThanEqual(2) | ch_hrs | requirements | boundary
top ten percent of packets highlight | TopPercent(10) | sl_packets | voice | number-words | superlative
"""


# The set files written before this one. A set file written beside this one (ninth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "everyday_cf.json",
              "everyday_tables.json", "fifth_cf.json", "fifth_tables.json", "forum_tables.json", "fourth_cf.json",
              "fourth_tables.json", "fresh_cf.json", "fresh_tables.json", "plain_cf.json", "posts_tables.json",
              "seventh_cf.json", "seventh_tables.json", "sixth_cf.json", "sixth_tables.json", "spoken_cf.json",
              "template_tables.json", "third_cf.json", "third_tables.json", "web_cf.json")


column_sets.bind(globals(), NINTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
