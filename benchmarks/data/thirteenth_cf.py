"""A thirteenth independent set of one-column CF requests, and the builder of thirteenth_cf.json.

Written from scratch (2026-12-07 04:33 to 04:43 UTC by `date -u`, engineer E13) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet
users of nineteen domains no earlier builder's docstring names, on this set's own columns (a milliner,
a perfumery, a tea room, a bridge club, a quilting guild, a car rental desk, a seed bank, a skydiving
centre, a toy shop, a sushi bar, a nail salon, a mini golf course, a greengrocer, a hardware store, a
candle maker, a pet food shop, a soap maker, a wallpaper shop, a watchmaker), in four styles new to
the one-column sets: `spec` (a form-like specification with a condition and a format: "Condition:
value under 12 / Format: yellow fill", "Rule - entries equal to 'Pending'; colour: grey"), `slang`
(casual texting slang and emoji: "the tiny ones under 3 lol 🫣 colour em", "blanks pls, flag em ngl"),
`formal` (stiff, verbose, bureaucratic: "Kindly ensure that every cell whose content begins with 'REF'
is rendered conspicuous") and `translated` (English written word for word from another language: "put
in green the quantities inferior to 8", "the dates of the month next, colour me them"); these
examples are made up for this docstring and are not entries. Only requests the language expresses
exactly, one right rule on the column, every literal recoverable by a careful reader ("half an hour"
-> 30, "a tenner" -> 10, "a quid" -> 1, "10 pence" -> 0.1, "1k+" -> GreaterThanEqual(1000), "25%"
on a column of percentages -> 0.25, "more of one time" -> Duplicates(), "the 10 per cent more low"
-> BottomPercent(10), "fewest strokes" -> Bottom(n), "neither X nor Y" -> AND of two NotEquals); a
value written in odd case keeps the column's spelling in the rule. Labels are what the executor
formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June,
next week 16 - 22 June, the last 7 days 6 - 12 June, last month May, next month July), with Excel's
semantics kept as they are (a blank compares as 0 and any text is greater than any number, so a
comparison may format a blank or a text cell such as "POA", "tester" or "n/k").

What its author read: benchmarks/data/README.md (its first 12,000 characters, `head -c 12000`);
benchmarks/data/everyday_common.py and benchmarks/data/column_sets.py (all, `cat`); of
benchmarks/data/twelfth_cf.py, which this builder mirrors, only lines 1-142 and 743-761 (its module
docstring, imports, constants and date constants, and the code after ENTRIES, by `sed -n`);
tests/benchmarks/test_one_column_sets_data.py and tests/benchmarks/set_files.py (all, `cat`);
../shared/docs/CF_RULES.md, ../shared/docs/EVALUATION.md and ../shared/data/README.md (all, `cat`);
the public API of cf_assistant.languages.cf (parse and to_text tried on 34 made-up rules to see
their canonical spelling) and set_files' list of the 41 top functions (printed). Commands that
printed anything else: `date -u` (8 times), `ls benchmarks/data/` (with `git status --short`, which
printed nothing then; a last `git status --short` showed this set's files, the names
thirteenth_tables.py and thirteenth_tables.json, and tests/benchmarks/test_table_sets_data.py as
modified by someone else), a program printing the names of the 31 set files then in benchmarks/data
(for OTHER_SETS), three programs that printed only one boolean per candidate domain word: whether
any other builder's module docstring (benchmarks/data/*.py except thirteenth_*.py, by
`ast.get_docstring`, lower-cased) holds it (substring, or a word-start match); the builder's own
runs (this set's own draft entries and their problems, and its counts); `awk` listings of line
numbers and lengths over 120 characters in this builder and the test module; the first 10-12 lines
of the test module after its docstring was updated; a program printing this set's counts (records,
columns, halves, styles, cells a column); `cmp` of a rebuild; the test module's pass count; `ruff`
(not installed). Candidates the check dropped (named, or matched as a substring or word start, in an
earlier docstring): ski, cheese, mushroom, trampoline, bridal, clock, cider, falconry, archery,
fencing, golf, stable, ice cream, maple, cobbler, tile, dairy, hatchery, recycling, cattery,
chimney, bookbind, luthier, running club, locksmith, planetarium, puppet, distillery, tailor,
upholster, beekeep, cinema, laser tag, karting, escape, bakery, gritting, dry clean, parking, rugby,
cricket, bingo, pawn and kite; riding, shoe repair, violin, ballet, bouldering, go-kart, bonsai and
snow printed False but were left out as too near earlier domains (stable, cobbler, luthier, dance
school, climbing gym, karting, plant nursery, gritting); the nineteen above printed False (as
phrases and as "perfum", "quilt", "skydiv"), and "watchmaker" printed False although the word
"watch" printed True (kept: no earlier docstring names a watchmaker). Slip: none known beyond this:
the README's table names the domains of earlier sets (why the check above was needed),
twelfth_cf.py's docstring (within the lines allowed) names E12's domains, dropped candidates and
date conventions - this set's date lists E1-E4 are its own - and one builder run printed one of this
set's own draft requests in full. Not read: anything under cf_assistant/ beyond calling its public
API, any other builder's COLUMNS, ENTRIES or TABLES (twelfth_cf.py lines 143-742 included), the rest
of benchmarks/data/README.md, the utterances of any JSON file (compared only by program),
thirteenth_tables.* (being written beside this set by engineer T13), git log, diff or show. No
model, no `cfa suggest` and no `cfa bench` was run.

Drafts and checks. The builder's check never flagged a draft as equal to a request of another set
file or of the train split. While drafting, near-miss cells were put in the columns from the start
(boundary values, prefix/suffix/middle variants of texts, blanks, cells of one space, text cells
among numbers). The first run flagged 17 of the 425 first drafts (on 93 columns), all columns that
could not tell the rule from a near miss. Fixes: cells added to 9 columns for 12 drafts (a blank to
five columns for NotErrors() against NotBlanks(); a negative count to three columns for Equals(0)
against LessThanEqual(0); "Worsted" above "Wool" for an AND of two NotEquals; 3 knots for an OR of
LessThan(5) and GreaterThan(25); 160 g for AND(GreaterThan(150), NotEquals(180)); 45 cm for an AND
of NotEquals(52) and NotEquals(53)); 5 rules replaced (Equals(0) -> Equals(5), Equals(2.5) and
Equals(1) on columns without negatives; OR(GreaterThanEqual(10), Equals(0)) -> OR(GreaterThan(10),
Equals(1)); Equals(1) on a percentage column topped by 100% -> Equals(0.5)). A second run flagged
one (Bottom(3) tied with Bottom(2) after a negative cell was added -> Bottom(4)). Then 13 entries of
the commonest functions (LessThan, TextContains, Between, GreaterThan, TextStartsWith, TextEndsWith;
all `spec`) were dropped to bring the set to its size and the styles to balance, and 3 LastMonth
entries added (LastMonth had one record in test); none was flagged. 415 records on 93 columns: dev
223, test 192; styles spec 112, slang 103, formal 100, translated 100; every one of the 41
functions in both halves (at least two in each); 14-20 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files
written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(thirteenth_tables.json, written beside it by someone else, included when present) or of the train
split, a non-canonical rule, a column of fewer than 12 or more than 20 cells, a column where the
rule formats no row or every row, and a column that cannot tell the rule from the rules one edit
away (`everyday_common.column_problems`).

Tags: the style first (`spec`, `slang`, `formal`, `translated`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`,
`boundary`, `range`, `polarity`, `date`, `visual` (as in twelfth_cf.py), then the set tag
`thirteenth`. IDs have the prefix `t13c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/thirteenth_cf.py`; checked by
`tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirteenth_cf.json"
PREFIX = "t13c"
THIRTEENTH_TAG = "thirteenth"
STYLES = ("spec", "slang", "formal", "translated")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each of the four date lists below (this set's own) holds a date in
# every period, a date in none of them, and a blank or a text cell.
E1 = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-15|2024-06-03|2024-06-07|2024-06-18|2024-06-26|"
      "2024-05-14|2024-07-09|2024-03-02||2024-06-09|2024-06-05")
E2 = ("2024-06-19|2024-06-12|2024-05-31|2024-06-11|2024-06-14|2024-06-08|2024-07-22|2024-06-13|2024-06-02|"
      "2024-06-21|2024-01-15|tbc|2024-06-29|2024-06-06|2024-06-16")
E3 = ("2024-06-04|2024-06-13|2024-06-12|2024-07-01|2024-06-09|2024-05-20|2024-06-11|2024-06-17|2024-06-28|"
      "2024-06-07|2024-06-14|2023-11-30|2024-06-12|")
E4 = ("2024-07-15|2024-06-11|2024-06-12|2024-06-15|2024-06-22|2024-05-02|2024-06-08|2024-06-13|cancelled|"
      "2024-06-25|2024-06-05|2024-06-10|2024-12-01|2024-06-30")

COLUMNS = {
    # milliner
    "ml_price": ("Hat Price (£)", "45|120|85|60|240|85|35|150|60|95|310|POA|75|100||50"),
    "ml_style": ("Hat Style", "Fedora|Trilby|Fedora - felt|Wool fedora|Cloche|Panama|Panama (rolled)|Boater|Beret|"
                              "Trilby|Cloche|Fascinator|Pillbox|Fedora|Straw boater|Boater (kids)|Rolled Panama"),
    "ml_fitting": ("Fitting Date", E1),
    "ml_size": ("Head Size (cm)", "56|58|57|53|60|58|54|59|56|61|57|62|58|55"),
    # perfumery
    "pf_ml": ("Bottle (ml)", "30|50|100|50|75|15|100|200|50|30|10|150|100|125|tester|"),
    "pf_note": ("Top Note", "Citrus|Woody|Oud|Citrus woody|Bergamot citrus|Amber|Vanilla|Oud rose|Musk|White musk|"
                            "Rose|Rose oud|Vetiver|Neroli|Amber musk|Musk & amber"),
    "pf_stock": ("Units In Stock", "12|0|45|#N/A|7|30|3|#N/A|18|60|25|#REF!|10|0|14||-2"),
    "pf_launch": ("Launch Date", E2),
    "pf_rating": ("Tester Rating", "4.5|3.8|4.9|2.7|4.1|3.3|4.5|5|3.9|4.2|1.8|4.7|3.5||n/r"),
    # tea room
    "tr_covers": ("Covers", "24|18|32|40|12|28|36|20|8|30|44|16|26|| "),
    "tr_tea": ("Tea", "Earl Grey|Assam|Darjeeling|Earl Grey Blue|Lady Grey|Green sencha|Jasmine green|Chai|Rooibos|"
                      "Assam breakfast|English Breakfast|Peppermint|Chamomile|Lapsang|Strong Assam blend|"
                      "Breakfast blend|Chai latte|Masala chai"),
    "tr_wait": ("Wait (min)", "5|12|20|8|15|35|3|25|10|45|15|0|30|18"),
    "tr_booking": ("Booking Date", E3),
    "tr_bill": ("Bill (£)", "18.5|42|27.75|120|12|33.5|90|24|50|8.5|100|38|46|29|comp|"),
    # bridge club
    "bc_score": ("IMPs", "12|-5|0|23|-14|7|-2|31|4|-9|18|0|-21|9|15|-1|1|ave||10"),
    "bc_pair": ("Pair", "N/S 1|E/W 1|N/S 2|E/W 2|N/S 3|E/W 3|N/S 4|E/W 4|N/S 5|E/W 5|N/S 10|E/W 10|sit out|N/S 11|"
                        "Sub N/S 6|sit out (late)|late sit out"),
    "bc_points": ("Master Points", "120|45|310|88|0|500|210|45|1500|75|940|33|260||#N/A"),
    "bc_session": ("Session Date", E4),
    "bc_boards": ("Boards Played", "24|27|24|21|18|27|24|30|12|24|26|27|20|24"),
    # quilting guild
    "qg_squares": ("Squares Sewn", "36|48|12|64|20|48|8|100|30|50|16|72|40||lost count|0| "),
    "qg_fabric": ("Fabric", "Cotton|Cotton lawn|Batik|Linen|Linen blend|Flannel|Brushed cotton|Calico|"
                            "Organic cotton|Silk|Denim|Batik print|Wool|Voile|Irish linen|Java batik|Worsted"),
    "qg_due": ("Due Date", E1),
    "qg_fee": ("Membership Fee", "25|25|40|15|25|0|40|60|25|15|30|40|20|25|"),
    # car rental
    "cr_miles": ("Miles Driven", "1000|850|12000|4300||640|1580|220|999|3100|75|1001|2600|480|9500|n/k|500"),
    "cr_plate": ("Plate", "AB12 CDE|CR19 XYZ|AB70 KLM|LR21 ABC|CR22 DEF|AB12 CDF|MX68 PQR|CR19 XYZ|LN23 TUV|"
                          "AB12 CDE|YT20 GHI|KP71 JKL|RR69 MNO|CR19 XZY|LR21 ACR"),
    "cr_return": ("Return Date", E2),
    "cr_fuel": ("Fuel Level", "75%|25%|100%|10%|50%|0%|90%|24%|35%|60%|5%|80%|100%|15%"),
    "cr_damage": ("Damage Note", "|scratch rear bumper||dent driver door| |chip windscreen||scuff alloy|||none|"
                                 "scratch bonnet||n/a|deep scratch door|small dent boot"),
    # seed bank
    "sb_germ": ("Germination Rate", "92%|78%|45%|88%|60%|97%|33%|71%|80%|55%|100%|12%|85%|66%|50%|90%"),
    "sb_acc": ("Accession No", "SB-1042|SB-1043|SBX-2001|SB-1104|SB-0077|SBX-2019|SB-1042-B|WILD-SB-5|SB-1180|"
                               "SB-2204|OLD SB-12|SB-3001|SBX-2233|SB-1999|OLD SBX-9|SB-1042-B2|OLD SB-1042"),
    "sb_grams": ("Grams Stored", "120|35|5|260|80|15|410|2.5|60|95|150|8|300|#DIV/0!|45|10|trace|"),
    "sb_coll": ("Collected", E3),
    "sb_species": ("Species", "Quercus robur|Betula pendula|Fagus sylvatica|Quercus petraea|Pinus sylvestris|"
                              "Sorbus aucuparia|Betula pubescens|Quercus ilex|Taxus baccata|Pinus nigra|"
                              "Fraxinus excelsior|Ilex aquifolium|Quercus robur|Acer campestre|Hybrid Quercus"),
    # skydiving centre
    "sd_jumps": ("Jump Count", "12|450|88|1200|3|200|75|640|25|1150|9|310|150||500| "),
    "sd_alt": ("Exit Altitude (ft)", "13000|10000|15000|12500|4000|13000|10000|14000|3500|13500|12000|18000|9000|"
                                     "13000"),
    "sd_wind": ("Wind (knots)", "8|14|22|5|18|25|11|0|16|30|12|20|9|17|gusty||3"),
    "sd_rig": ("Rig", "Sabre 2 170|Sabre 3 150|Pilot 168|Student 260|Sabre 2 190|Crossfire 139|Student 230|"
                      "Navigator 240|Pilot 150|Katana 120|Spectre 170|Tandem 365|Sabre 2 150|Student 260|"
                      "Ex-Student 210|Sabre 150 v2"),
    "sd_date": ("Jump Date", E4),
    # toy shop
    "ts_rrp": ("RRP", "9.99|24.99|4.5|49.99|14.99|99|19.99|7.25|34.5|12|59.99|2.99|15||10|50"),
    "ts_age": ("Age Band", "3+|8+|0-18 months|3+|14+|6+|12+|18 months+|5+|8+|10+|3+|adult|4+|13+|3+ (supervised)"),
    "ts_sku": ("SKU", "TOY-PL-004|TOY-BD-112|PZL-500|TOY-PL-019|BK-2231|TOY-ST-040|PZL-1000|PLUSH-TOY-7|TOY-BD-301|"
                      "GM-0450|TOY-PL-099|PZL-250|BK-0042|GM-1200|TOY-PZL-2"),
    "ts_stock": ("On Shelf", "14|0|6|22|3|0|9|40|1|17|5|12|#N/A|28|8||-1"),
    "ts_deliv": ("Delivery Date", E1),
    # sushi bar
    "su_pieces": ("Pieces", "8|6|12|4|8|10|2|16|6|8|24|3|12||platter"),
    "su_roll": ("Roll", "California roll|Dragon roll|Salmon nigiri|Spicy tuna roll|Tuna nigiri|Rainbow roll|"
                        "Salmon sashimi|Eel nigiri|Cucumber maki|Salmon maki|Tuna sashimi|Avocado maki|"
                        "Dragon roll deluxe|Veggie futomaki|Spicy salmon roll|Nigiri set|Mini dragon roll"),
    "su_temp": ("Fridge Temp (°C)", "3|4.5|-1|2|5|6.5|1|-2.5|4|8|3.5|0|5|7"),
    "su_order": ("Order Date", E2),
    "su_ref": ("Ticket Ref", "T-101|T-102|#N/A|T-104|T-105|#VALUE!|T-107|T-108|T-109|#N/A|T-111|T-112|T-113|| "),
    # nail salon
    "ns_min": ("Treatment (min)", "45|60|30|90|45|75|20|120|60|35|50|15|60|"),
    "ns_colour": ("Polish Colour", "Ruby red|Nude|Coral|Cherry red|Red velvet|Pastel pink|Hot pink|Nude beige|"
                                   "French tip|Lilac|Red|Navy|Pink red|Glitter gold|Soft nude"),
    "ns_tip": ("Tip (£)", "5|0|2.5|10|3|0|7.5|1|4|15|2|6|0|8"),
    "ns_appt": ("Appointment", E3),
    "ns_client": ("Client", "Amira|Jo|||Priya| |Sam|Kate|Leila||Mei|Tom|Ruth|Dana|Sam"),
    # mini golf
    "mg_strokes": ("Strokes", "42|38|55|47|36|61|44|39|50|35|58|41|46||45| "),
    "mg_hole": ("Hole", "Hole 1 - Windmill|Hole 2 - Bridge|Hole 3 - Volcano|Hole 4 - Windmill Jr|Hole 5 - Castle|"
                        "Hole 6 - Loop|Hole 7 - Pirate Ship|Hole 8 - Bridge Loop|Hole 9 - Waterfall|"
                        "Hole 10 - Volcano|Hole 11 - Tunnel|Hole 12 - Castle Gate|Hole 18 - Clown|Practice Green|"
                        "Volcano Practice|Mini hole 19"),
    "mg_par": ("Par", "2|3|3|4|2|3|5|3|2|4|3|3|2|4|3|6"),
    "mg_round": ("Round Date", E4),
    "mg_group": ("Group Size", "4|2|6|3|8|4|1|5|2|10|4|3|7||walk-in"),
    # greengrocer
    "gg_kg": ("Kg Sold", "12.5|4|30|0.5|8.25|18|2|45|6.5|11|22|1.5|0|9|1|20"),
    "gg_prod": ("Produce", "Apples|Bramley apples|Pears|Apple juice|Bananas|Plantain|Cherries|Cherry tomatoes|"
                           "Tomatoes|Carrots|Baby carrots|Leeks|Potatoes|Sweet potatoes|Kale|Wild cherries|"
                           "Potatoes (new)|Pears (conference)|Asian pears"),
    "gg_price": ("Price per Kg", "2.4|1.8|3.5|0.95|6|2.4|4.2|1.2|8.5|2.4|1.6|5|3.1||1|seasonal|4"),
    "gg_deliv": ("Delivery Day", E1),
    "gg_waste": ("Waste (kg)", "0.5|2|0|1.25|3.5|0|0.75|6|1|0|2.5|4|0.25|1.5|"),
    # hardware store
    "hw_qty": ("Qty", "100|25|500|10|250|40|1000|5|75|60|150|20|0|300|50|-4"),
    "hw_part": ("Part No", "M8-BOLT-50|M6-NUT|M8-WASH|SCR-4X40|M10-BOLT-80|HINGE-75|SCR-5X60|M8-NUT|BRKT-L-100|"
                           "M6-BOLT-30|PLUG-RED|SCR-4X30|M8-BOLT|HOOK-S|XM8-PIN|NUT-CAP-6"),
    "hw_price": ("Unit Price", "0.12|0.05|1.5|2.99|0.45|12.5|0.08|4.75|0.3|7|0.95|19.99|0.2||5|POA|0.1"),
    "hw_reorder": ("Reorder By", E2),
    "hw_supplier": ("Supplier", "Fixings Direct|Screwfix|Toolstation|Fixings Direct Ltd|Bolt & Co|Toolstation|"
                                "Screwfix|Direct Fixings|Ace Hardware|Bolt & Co|Toolstation|Screwfix|Nuts Inc|Acme|"
                                "Toolstation Trade|The Toolstation|Co-op Tools"),
    # candle maker
    "cm_burn": ("Burn Time (h)", "40|25|60|12|45|8|80|30|55|20|35|4|50||10"),
    "cm_scent": ("Scent", "Lavender|Fig & cassis|Sea salt|Lavender & sage|Cedar|Vanilla bean|Wild lavender|"
                          "Sea salt & orchid|Pine|Cedarwood|Unscented|Rose|Amber|Cinnamon|Driftwood sea salt|"
                          "Red cedar"),
    "cm_wax": ("Wax (g)", "180|220|90|300|180|450|60|220|150|380|180|120|250|500|#REF!||160"),
    "cm_pour": ("Pour Date", E3),
    "cm_wick": ("Wick Count", "1|2|1|3|1|2|1|1|3|2|1|4|2|1|n/a|"),
    # pet food shop
    "pt_bag": ("Bag (kg)", "2|12|7.5|15|1.5|10|3|20|0.8|6|12|4|25|"),
    "pt_brand": ("Brand", "Barkwell|Purrfect|Barkwell Senior|Meadow Paws|Purrfect Kitten|Chewy Co|Wild Barkwell|"
                          "Hound & Co|Meadow Paws Lite|Kibbleton|Purrfect|Nibbles|Tailwag|Barkwell|Paws & Co Plus|"
                          "Simply Purrfect|Nibbles Plus|Cat Nibbles"),
    "pt_sold": ("Bags Sold", "34|12|0|58|7|21|90|3|45|16|0|27|66|9|#DIV/0!|30|"),
    "pt_expiry": ("Best Before", E4),
    "pt_protein": ("Protein", "26%|32%|18%|40%|22%|30%|28%|35%|20%|24%|38%|15%|30%||varies"),
    # soap maker
    "sp_ph": ("pH", "9.5|10|8.5|10.5|9|11|9.8|8|10.2|9.5|12|9.1|10|"),
    "sp_bar": ("Bar Weight (g)", "110|95|120|100|105|85|130|100|90|115|100|125|80|140|offcut|"),
    "sp_oil": ("Base Oil", "Olive|Coconut|Olive & coconut|Shea butter|Castile olive|Palm-free blend|Hemp|"
                           "Coconut & lime|Avocado|Olive pomace|Goat milk|Argan|Cocoa butter|Pure olive|"
                           "Butter blend"),
    "sp_cure": ("Cure Start", E1),
    "sp_batch": ("Batch Code", "SP-0412|SP-0413|SP-0412|SP-0501|SP-0502|SP-0413|SP-0520|SP-0601|SP-0602|SP-0520|"
                               "SP-0610|SP-0611|SP-0701|SP-0412|X-SP-0633|SP-0105"),
    # wallpaper shop
    "wp_rolls": ("Rolls Ordered", "6|12|4|8|20|3|10|6|15|2|9|30|5|"),
    "wp_pattern": ("Pattern", "Damask|Floral trail|Geometric|Damask gold|Stripe|Pinstripe|Botanical|Silk damask|"
                              "Herringbone|Tropical floral|Plain|Floral|Art deco|Chevron stripe|Stripe wide"),
    "wp_width": ("Width (cm)", "53|52|70|53|68.5|100|53|52|70|106|53|60|90|52|45"),
    "wp_order": ("Paper Order Date", E2),
    "wp_price": ("Price per Roll", "24.99|18|65|32.5|12.99|89|45|27|150|38|55.5|9.99|70||10|#VALUE!|40"),
    # watchmaker
    "wm_days": ("Repair Days", "7|14|3|21|10|28|5|14|42|2|18|30|12|"),
    "wm_move": ("Movement", "Quartz|Automatic|Manual wind|Quartz chrono|Automatic chronograph|Kinetic|Solar quartz|"
                            "Spring drive|Mechanical|Automatic|Quartz|Hand-wound mechanical|Tourbillon|Smart|"
                            "Mechanical (vintage)"),
    "wm_acc": ("Drift (s/day)", "2|-4|0|8|-1|15|-12|3|5|-7|1|25|-2|0.5|stopped||10"),
    "wm_in": ("Received", E3),
    "wm_quote": ("Quote (£)", "85|140|45|320|95|60|600|120|75|210|35|1100|150||1000|100|500"),
}

# Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.
ENTRIES = """
# milliner
Condition: price above 100 / Format: gold fill | GreaterThan(100) | ml_price | spec
hats under 50 quid need to go on sale fr, colour em | LessThan(50) | ml_price | slang | number-words
Kindly apply a data bar to each hat price so that the relative magnitudes may be compared | DataBar() | ml_price | formal | visual
put in evidence the 3 hats more expensive | Top(3) | ml_price | translated | superlative
Rule - hats priced 60 to 100 inclusive; colour: pale green | Between(60, 100) | ml_price | spec | range | boundary
only the plain 'FEDORA' ones, make em pop 💅 | TextEquals("Fedora") | ml_style | slang | quoted | odd-case
It is requested that every hat style containing the word 'boater' be highlighted | TextContains("boater") | ml_style | formal | quoted
colour me the styles that begin with 'Panama' | TextStartsWith("Panama") | ml_style | translated | quoted
Condition: hat style is duplicated / Format: orange | Duplicates() | ml_style | spec | column-word
anything thats not exactly 'Cloche' → grey it out lol | NotEquals("Cloche") | ml_style | slang | negation | quoted
Condition: fitting date is today / Format: bold red | Today() | ml_fitting | spec | date
fittings from last week?? pls colour 🙏 | LastWeek() | ml_fitting | slang | date
Kindly higlight all fittings scheduled for the forthcoming week | NextWeek() | ml_fitting | formal | date | typo
mark me the fittings of the month passed | LastMonth() | ml_fitting | translated | date
yesterday's fittings, make em yellow fr | Yesterday() | ml_fitting | slang | date
Condition: head size equals 58 / Format: blue | Equals(58) | ml_size | spec
the head sizes that repeat themselves, colour them | Duplicates() | ml_size | translated
Kindly highlight those head sizes that appear only once in the register | Unique() | ml_size | formal
smallest 2 heads lol make em green | Bottom(2) | ml_size | slang | superlative
# perfumery
Condition: bottle 100 ml or more / Format: purple | GreaterThanEqual(100) | pf_ml | spec | boundary
Kindly apply a colour scale across the bottle volumes | ColorScale() | pf_ml | formal | visual
the bottles that are not between 30 and 100, colour them | NotBetween(30, 100) | pf_ml | translated | range | negation
bottles below avg size lmao highlight | BelowAverage() | pf_ml | slang | polarity
top 25% of bottles by size 💯 | TopPercent(25) | pf_ml | slang | superlative
Rule - notes ending in 'musk'; colour: lilac | TextEndsWith("musk") | pf_note | spec | quoted
any note w/o 'oud' in it → grey pls 😴 | TextNotContains("oud") | pf_note | slang | quoted | negation
Kindly highlight every top note which contains the term 'citrus' | TextContains("citrus") | pf_note | formal | quoted
colour me the notes that are 'Rose' or 'Amber' | OR(TextEquals("Rose"), TextEquals("Amber")) | pf_note | translated | compound | quoted
Condition: cell shows an error / Format: red | Errors() | pf_stock | spec
Kindly distinguish all stock figures that are free of errors | NotErrors() | pf_stock | formal | negation
stock at zero 😬 flag it | Equals(0) | pf_stock | slang | number-words
the stocks inferior to 10, put them in orange | LessThan(10) | pf_stock | translated
Condition: launch date this month / Format: teal | ThisMonth() | pf_launch | spec | date
launches next month?? colour em 🚀 | NextMonth() | pf_launch | slang | date
Kindly highlight launches occurring within the current week | ThisWeek() | pf_launch | formal | date
the launches of tomorrow, colour them in yellow | Tomorrow() | pf_launch | translated | date
launches in the last 7 days, make em pop | Last7Days() | pf_launch | slang | date
Condition: rating above average / Format: green | AboveAverage() | pf_rating | spec
Kindly apply an icon set to the tester ratings | IconSet() | pf_rating | formal | visual
the ratings comprised between 3.5 and 4.5, evidence them | Between(3.5, 4.5) | pf_rating | translated | range | boundary
worst 3 ratings smh, red | Bottom(3) | pf_rating | slang | superlative | polarity
# tea room
Condition: covers fewer than 20 / Format: pale blue | LessThan(20) | tr_covers | spec
Kindly highlight the top 25 per cent of sittings by covers | TopPercent(25) | tr_covers | formal | superlative
sittings w/ 30+ covers lol, green | GreaterThanEqual(30) | tr_covers | slang | boundary
the sittings which are above the average of covers, colour them | AboveAverage() | tr_covers | translated
the covers left empty, colour them in red | Blanks() | tr_covers | translated
teas starting w/ 'Assam' 🍵 highlight | TextStartsWith("Assam") | tr_tea | slang | quoted
Kindly highlight every tea whose name terminates in 'breakfast' | TextEndsWith("breakfast") | tr_tea | formal | quoted
the teas that are not 'Chai', put them in grey | NOT(TextEquals("Chai")) | tr_tea | translated | negation | quoted
Condition: wait 15 minutes or less / Format: green | LessThanEqual(15) | tr_wait | spec | boundary
waits over half an hour 💀 red | GreaterThan(30) | tr_wait | slang | number-words
Kindly highlight the three longest wating times recorded | Top(3) | tr_wait | formal | superlative | typo | number-words
the waits that are not comprised between 10 and 20 minutes, colour them | NotBetween(10, 20) | tr_wait | translated | range | negation
Condition: wait < 5 OR wait > 30 / Format: red | OR(LessThan(5), GreaterThan(30)) | tr_wait | spec | compound
Condition: booking is tomorrow / Format: amber | Tomorrow() | tr_booking | spec | date
bookings today!! 🫖 highlight | Today() | tr_booking | slang | date
Kindly highlight every booking falling in the previous week | LastWeek() | tr_booking | formal | date
colour me the bookings of the next month | NextMonth() | tr_booking | translated | date
Condition: booking within last 7 days / Format: light yellow | Last7Days() | tr_booking | spec | date
Kindly highlight every booking that took place in the preceding month | LastMonth() | tr_booking | formal | date
Kindly apply a data bar to each bill | DataBar() | tr_bill | formal | visual
bills btwn 20 and 50 quid, shade em | Between(20, 50) | tr_bill | slang | range
the bills superior or equal to 100 pounds, colour them in green | GreaterThanEqual(100) | tr_bill | translated | boundary
Condition: bill below average / Format: light red | BelowAverage() | tr_bill | spec | polarity
# bridge club
Condition: IMPs less than 0 / Format: red text | LessThan(0) | bc_score | spec | column-word
scores above zero, green em 💚 | GreaterThan(0) | bc_score | slang | number-words
Kindly apply a three-colour scale to the IMP scores | ColorScale() | bc_score | formal | visual | column-word
the scores comprised between minus 5 and plus 5, colour them | Between(-5, 5) | bc_score | translated | range | number-words
Condition: NOT between -10 and 10 / Format: bold | NotBetween(-10, 10) | bc_score | spec | range | negation
Rule - pair starts with 'N/S'; colour: navy | TextStartsWith("N/S") | bc_pair | spec | quoted
pairs ending in '1' lol highlight | TextEndsWith("1") | bc_pair | slang | quoted
Kindly highlight all pairs whose designation does not contain 'E/W' | TextNotContains("E/W") | bc_pair | formal | negation | quoted
the pairs that equal 'sit out', colour them in grey | TextEquals("sit out") | bc_pair | translated | quoted
Condition: master points 500 or above / Format: gold | GreaterThanEqual(500) | bc_points | spec | boundary | column-word
Kindly highlight the top 10 per cent of members by master points | TopPercent(10) | bc_points | formal | superlative
lowest 20% of pts lol | BottomPercent(20) | bc_points | slang | superlative
the points which appear more than one time, colour them | Duplicates() | bc_points | translated
Condition: no error in the cell / Format: light green | NotErrors() | bc_points | spec | negation
Condition: session yesterday / Format: yellow | Yesterday() | bc_session | spec | date
sessions this week 🃏 colour em | ThisWeek() | bc_session | slang | date
Kindly highlight sessions scheduled for the following week | NextWeek() | bc_session | formal | date
the sessions of this month, put them in blue | ThisMonth() | bc_session | translated | date
Condition: session date in last month / Format: grey | LastMonth() | bc_session | spec | date
Condition: boards equal to 24 / Format: light grey | Equals(24) | bc_boards | spec
boards that show up once only lol | Unique() | bc_boards | slang
Kindly highlight sessions in which fewer than 20 boards were played | LessThan(20) | bc_boards | formal
the boards not equal to 27, colour them | NotEquals(27) | bc_boards | translated | negation
# quilting guild
Condition: squares between 20 and 50 / Format: mint | Between(20, 50) | qg_squares | spec | range
Kindly apply data bars to the number of squares sewn | DataBar() | qg_squares | formal | visual
top 2 square counts, make em gold ✨ | Top(2) | qg_squares | slang | superlative
the squares that are more than 50, colour them | GreaterThan(50) | qg_squares | translated
Condition: squares blank / Format: red outline | Blanks() | qg_squares | spec
squares filled in ✅ go green | NotBlanks() | qg_squares | slang
Rule - fabric contains 'cotton'; colour: cream | TextContains("cotton") | qg_fabric | spec | quoted
fabrics that start w 'Linen' 🪡 | TextStartsWith("Linen") | qg_fabric | slang | quoted
Kindly highlight every fabric entry which is precisely 'Batik' | TextEquals("Batik") | qg_fabric | formal | quoted
colour me the fabrics that are neither 'Silk' nor 'Wool' | AND(NotEquals("Silk"), NotEquals("Wool")) | qg_fabric | translated | compound | negation | quoted
Condition: due this week / Format: orange | ThisWeek() | qg_due | spec | date
stuff due tmrw 😱 red | Tomorrow() | qg_due | slang | date
Kindly highlight the quilts due within the past seven days | Last7Days() | qg_due | formal | date | number-words
the quilts due the next week, colur them | NextWeek() | qg_due | translated | date | typo
Condition: due next month / Format: light blue | NextMonth() | qg_due | spec | date
Kindly highlight every membership fee that differs from 25 | NotEquals(25) | qg_fee | formal | negation
fees that show up only once 🙃 | Unique() | qg_fee | slang
the fees which are under the average, put them in red | BelowAverage() | qg_fee | translated | polarity
# car rental
Condition: miles over 1,000 / Format: red | GreaterThan(1000) | cr_miles | spec | number-format
Kindly apply a colour scale to the miles driven | ColorScale() | cr_miles | formal | visual
the hires with less of 500 miles, colour them | LessThan(500) | cr_miles | translated
biggest 3 mileages 😳 | Top(3) | cr_miles | slang | superlative
Condition: miles NOT within 500 to 5000 / Format: amber | NotBetween(500, 5000) | cr_miles | spec | range | negation
colour me the 30% of the hires with the most miles | TopPercent(30) | cr_miles | translated | superlative
Condition: plate appears more than once / Format: red fill | Duplicates() | cr_plate | spec
plates starting 'CR' 🚗 highlight | TextStartsWith("CR") | cr_plate | slang | quoted
Kindly highlight every registration that contains the characters '12' | TextContains("12") | cr_plate | formal | quoted
the plates which are unique, put them in green | Unique() | cr_plate | translated
Condition: return date today / Format: red | Today() | cr_return | spec | date
returns due next wk 🔑 | NextWeek() | cr_return | slang | date
Kindly highlight all returns that fell within the preceding calendar month | LastMonth() | cr_return | formal | date
the returns of yesterday, colour them in orange | Yesterday() | cr_return | translated | date
Condition: fuel below 25% / Format: red | LessThan(0.25) | cr_fuel | spec | number-format
tanks at exactly half (50%) ⛽ green | Equals(0.5) | cr_fuel | slang | number-format
Kindly highlight fuel levels between 50% and 80% inclusive | Between(0.5, 0.8) | cr_fuel | formal | number-format | range | boundary
the fuel levels superior to the average, colour them | AboveAverage() | cr_fuel | translated
Condition: damage note filled in / Format: orange | NotBlanks() | cr_damage | spec | column-word
empty damage notes ngl flag em | Blanks() | cr_damage | slang
Kindly highlight any damage note in which the word 'scratch' appears | TextContains("scratch") | cr_damage | formal | quoted
the notes that begin with 'dent', colour them | TextStartsWith("dent") | cr_damage | translated | quoted
# seed bank
Condition: germination at least 80% / Format: green | GreaterThanEqual(0.8) | sb_germ | spec | number-format | boundary
germination under 50% 💀 red | LessThan(0.5) | sb_germ | slang | number-format
Kindly highlight the lowest 25 per cent of germination rates | BottomPercent(25) | sb_germ | formal | superlative
the rates not between 40% and 90%, colour them | NotBetween(0.4, 0.9) | sb_germ | translated | number-format | range | negation
Rule - accession begins with 'SBX'; colour: purple | TextStartsWith("SBX") | sb_acc | spec | quoted
accessions that end in '-B' lol | TextEndsWith("-B") | sb_acc | slang | quoted
Kindly highlight every accession number that does not contain 'SB-1' | TextNotContains("SB-1") | sb_acc | formal | negation | quoted
the accessions equal to 'sb-1042', colour them | TextEquals("SB-1042") | sb_acc | translated | quoted | odd-case
errors in the grams col 😵 flag | Errors() | sb_grams | slang | column-word
Kindly apply a data bar to the grams stored | DataBar() | sb_grams | formal | visual
the grams which are over the average, colour them | AboveAverage() | sb_grams | translated
Condition: grams has no error / Format: green | NotErrors() | sb_grams | spec | negation
Condition: collected this month / Format: green | ThisMonth() | sb_coll | spec | date
seeds collected last wk 🌱 | LastWeek() | sb_coll | slang | date
Kindly highlight collections made on the present day | Today() | sb_coll | formal | date
the collections of the last 7 days, colour them | Last7Days() | sb_coll | translated | date
Condition: species is a duplicate / Format: orange | Duplicates() | sb_species | spec
species starting 'Quercus' make em green 🌳 | TextStartsWith("Quercus") | sb_species | slang | quoted
Kindly highlight every species whose name contains 'ilex' | TextContains("ilex") | sb_species | formal | quoted
# skydiving centre
Condition: jumps 200 or fewer / Format: light blue | LessThanEqual(200) | sd_jumps | spec | boundary
newbies under 25 jumsp lol 🪂 | LessThan(25) | sd_jumps | slang | typo
Kindly highlight the two jumpers with the greatest number of jumps | Top(2) | sd_jumps | formal | superlative | number-words
the jumpers who have a number of jumps between 100 and 500, colour them | Between(100, 500) | sd_jumps | translated | range
Condition: jump count blank / Format: red | Blanks() | sd_jumps | spec
Kindly highlight the lowest 10 per cent of jump counts | BottomPercent(10) | sd_jumps | formal | superlative
Kindly highlight every jump count that has been filled in | NotBlanks() | sd_jumps | formal
Condition: altitude equal to 13000 / Format: sky blue | Equals(13000) | sd_alt | spec
altitudes that repeat 🔁 highlight | Duplicates() | sd_alt | slang
Kindly highlight all exit altitudes exceeding 12,500 feet | GreaterThan(12500) | sd_alt | formal | number-format
the altitudes under the average, put them in grey | BelowAverage() | sd_alt | translated | polarity
Condition: wind over 20 knots / Format: red | GreaterThan(20) | sd_wind | spec
wind exactly 5 knots lol, green em | Equals(5) | sd_wind | slang
Kindly apply an icon set to the wind readings | IconSet() | sd_wind | formal | visual
the winds comprised between 10 and 18 knots, colour them in green | Between(10, 18) | sd_wind | translated | range | boundary
Condition: wind in the top 20% / Format: orange | TopPercent(20) | sd_wind | spec | superlative
Kindly highlight wind readings below 5 knots or above 25 knots | OR(LessThan(5), GreaterThan(25)) | sd_wind | formal | compound
Rule - rig begins with 'Student'; colour: yellow | TextStartsWith("Student") | sd_rig | spec | quoted
rigs ending '150' 👀 | TextEndsWith("150") | sd_rig | slang | quoted
Kindly highlight every rig whose description does not include the text 'Sabre' | TextNotContains("Sabre") | sd_rig | formal | negation | quoted
the rigs which appear only one time, colour them | Unique() | sd_rig | translated
Condition: jump date tomorrow / Format: green | Tomorrow() | sd_date | spec | date
jumps last month lol grey em | LastMonth() | sd_date | slang | date
Kindly highlight all jump dates within the last seven days | Last7Days() | sd_date | formal | date | number-words
the jumps of the week passed, colour them | LastWeek() | sd_date | translated | date
Condition: jump date next month / Format: teal | NextMonth() | sd_date | spec | date
# toy shop
Condition: RRP under 10 / Format: yellow | LessThan(10) | ts_rrp | spec | column-word
toys 50 quid or more 💸 | GreaterThanEqual(50) | ts_rrp | slang | boundary
Kindly highlight the three least expensive toys | Bottom(3) | ts_rrp | formal | superlative | number-words
the prices that are above the average, colour them in red | AboveAverage() | ts_rrp | translated
top 20% priciest toys 💸 | TopPercent(20) | ts_rrp | slang | superlative
Rule - age band exactly '3+'; colour: pink | TextEquals("3+") | ts_age | spec | quoted
age bands w 'months' in em 👶 | TextContains("months") | ts_age | slang | quoted
Kindly highlight every age band that ends with a plus sign | TextEndsWith("+") | ts_age | formal
the age bands that appear more of one time, colour them | Duplicates() | ts_age | translated
Condition: SKU starts with 'PZL' / Format: orange | TextStartsWith("PZL") | ts_sku | spec | quoted
skus w/o 'TOY' in them 🧸 grey | TextNotContains("TOY") | ts_sku | slang | negation | quoted
Kindly highlight every SKU containing the sequence 'PL' | TextContains("PL") | ts_sku | formal | quoted
the codes that finish in '0', colour them | TextEndsWith("0") | ts_sku | translated | quoted
Condition: on-shelf cell is an error / Format: dark red | Errors() | ts_stock | spec
Kindly highlight every shelf count which is not an error | NotErrors() | ts_stock | formal | negation
empty shelves (0) 😭 red | Equals(0) | ts_stock | slang
the stocks that are not between 5 and 20, colour them | NotBetween(5, 20) | ts_stock | translated | range | negation
Condition: on shelf in bottom 4 / Format: amber | Bottom(4) | ts_stock | spec | superlative
Condition: delivery date yesterday / Format: grey | Yesterday() | ts_deliv | spec | date
deliveries today 📦 pls | Today() | ts_deliv | slang | date
Kindly highlight deliveries occurring this month | ThisMonth() | ts_deliv | formal | date
the deliveries of the week next, colour them | NextWeek() | ts_deliv | translated | date
Condition: delivery last week / Format: beige | LastWeek() | ts_deliv | spec | date
# sushi bar
Condition: pieces at most 6 / Format: light green | LessThanEqual(6) | su_pieces | spec | boundary
pieces that appear just once 🍣 | Unique() | su_pieces | slang
Kindly apply a colour scale to the piece counts | ColorScale() | su_pieces | formal | visual
the orders of more than 10 pieces, colour them | GreaterThan(10) | su_pieces | translated
Rule - roll contains 'salmon'; colour: coral | TextContains("salmon") | su_roll | spec | quoted
anything ending 'nigiri' 🍣 highlight | TextEndsWith("nigiri") | su_roll | slang | quoted
Kindly highlight every roll whose name begins with 'Tuna' | TextStartsWith("Tuna") | su_roll | formal | quoted
the rolls that equal 'Dragon roll', colour them | TextEquals("Dragon roll") | su_roll | translated | quoted
Condition: roll does NOT end with 'roll' / Format: green | NOT(TextEndsWith("roll")) | su_roll | spec | negation | quoted
below freezing lol (<0) 🥶 | LessThan(0) | su_temp | slang
Kindly highlight all temperatures lying between 0 and 4 degrees inclusive | Between(0, 4) | su_temp | formal | range | boundary
the temperatures that are not between 1 and 5, colour them in red | NotBetween(1, 5) | su_temp | translated | range | negation
Condition: temp in the top 3 / Format: orange | Top(3) | su_temp | spec | superlative
Condition: temp in the bottom 20% / Format: blue | BottomPercent(20) | su_temp | spec | superlative
Condition: order today / Format: salmon | Today() | su_order | spec | date
orders from yday 🍱 | Yesterday() | su_order | slang | date
Kindly highlight orders placed during the previous week | LastWeek() | su_order | formal | date
the orders of this week, colour them | ThisWeek() | su_order | translated | date
Condition: order in last 7 days / Format: yellow | Last7Days() | su_order | spec | date
Condition: ticket ref is an error / Format: red | Errors() | su_ref | spec
refs that aren't errors ✅ | NotErrors() | su_ref | slang | negation
Kindly highlight every ticket reference cell which is empty | Blanks() | su_ref | formal
the refs not empty, colour them | NotBlanks() | su_ref | translated | negation
# nail salon
Condition: treatment 60 minutes or longer / Format: lilac | GreaterThanEqual(60) | ns_min | spec | boundary
quick ones under half an hour 💅 | LessThan(30) | ns_min | slang | number-words
Kindly highlight the longest 20 per cent of treatments | TopPercent(20) | ns_min | formal | superlative
the treatments that are not equal to 60 minutes, colour them | NotEquals(60) | ns_min | translated | negation
colours w 'pink' anywhere lol | TextContains("pink") | ns_colour | slang | quoted
Kindly highlight every polish colour that is exactly 'NUDE' | TextEquals("Nude") | ns_colour | formal | quoted | odd-case
the colours that do not contain 'red', put them in grey | TextNotContains("red") | ns_colour | translated | negation | quoted
Kindly highlight colours containing 'red' but not containing 'pink' | AND(TextContains("red"), TextNotContains("pink")) | ns_colour | formal | compound | negation | quoted
Condition: tip equal to 2.5 / Format: grey | Equals(2.5) | ns_tip | spec
big tippers top 3 🤑 | Top(3) | ns_tip | slang | superlative
Kindly highlight tips strictly greater than 5 pounds | GreaterThan(5) | ns_tip | formal | boundary
the tips under the average, colour them | BelowAverage() | ns_tip | translated | polarity
Condition: tip > 10 OR tip = 1 / Format: bold | OR(GreaterThan(10), Equals(1)) | ns_tip | spec | compound
Condition: appointment next week / Format: purple | NextWeek() | ns_appt | spec | date
appts tmrw 💅 highlight | Tomorrow() | ns_appt | slang | date
Kindly highlight appointments falling in the previous month | LastMonth() | ns_appt | formal | date
the appointments of this week, colour them | ThisWeek() | ns_appt | translated | date
Condition: client name missing / Format: red | Blanks() | ns_client | spec
clients filled in ✍️ green | NotBlanks() | ns_client | slang
Kindly highlight the client names that appear more than once | Duplicates() | ns_client | formal
the names that begin with 'M', colour them | TextStartsWith("M") | ns_client | translated | quoted
# mini golf
best 3 rounds = fewest strokes 🏌️ | Bottom(3) | mg_strokes | slang | superlative | polarity
Kindly highlight all scores lying between 40 and 45 strokes inclusive | Between(40, 45) | mg_strokes | formal | range | boundary
the strokes superior to the averge, colour them in orange | AboveAverage() | mg_strokes | translated | typo
Condition: strokes in the bottom 10% / Format: green | BottomPercent(10) | mg_strokes | spec | superlative
Kindly highlight any stroke count left blank | Blanks() | mg_strokes | formal
Rule - hole name contains 'Windmill'; colour: yellow | TextContains("Windmill") | mg_hole | spec | quoted
holes ending 'Volcano' 🌋 | TextEndsWith("Volcano") | mg_hole | slang | quoted
Kindly highlight every entry whose name does not begin with 'Hole' | NOT(TextStartsWith("Hole")) | mg_hole | formal | negation | quoted
the holes that contain 'Castle', colour them | TextContains("Castle") | mg_hole | translated | quoted
Condition: par equals 3 / Format: light green | Equals(3) | mg_par | spec
par 4 or more lol | GreaterThanEqual(4) | mg_par | slang | boundary
Kindly highlight holes with a par value that appears only once | Unique() | mg_par | formal
the pars that are not 3, colour them | NotEquals(3) | mg_par | translated | negation
Condition: round today / Format: green | Today() | mg_round | spec | date
rounds this month ⛳ | ThisMonth() | mg_round | slang | date
Kindly highlight rounds scheduled for tomorrow | Tomorrow() | mg_round | formal | date
the rounds of yesterday, colour them | Yesterday() | mg_round | translated | date
Condition: group between 2 and 4 / Format: blue | Between(2, 4) | mg_group | spec | range
big groups 6+ 👀 | GreaterThanEqual(6) | mg_group | slang | boundary
Kindly apply a data bar to the group sizes | DataBar() | mg_group | formal | visual
the groups below the average, colour them | BelowAverage() | mg_group | translated | polarity
# greengrocer
half a kilo or less lol | LessThanEqual(0.5) | gg_kg | slang | number-words | boundary
Kindly highlight the top 5 produce lines by kilograms sold | Top(5) | gg_kg | formal | superlative
the kilos that are over the average, colour them | AboveAverage() | gg_kg | translated
the kilos inferior to 1 or superior to 30, colour them | OR(LessThan(1), GreaterThan(30)) | gg_kg | translated | compound
stuff starting w 'Cherr' 🍒 | TextStartsWith("Cherr") | gg_prod | slang | quoted
Kindly highlight every item whose name ends with 'potatoes' | TextEndsWith("potatoes") | gg_prod | formal | quoted
the produce that is not 'Pears', colour them | NOT(TextEquals("Pears")) | gg_prod | translated | negation | quoted
Condition: price per kg duplicated / Format: pink | Duplicates() | gg_price | spec
prices under a quid lol 🍌 | LessThan(1) | gg_price | slang | number-words
Kindly apply an icon set to the prices per kilogram | IconSet() | gg_price | formal | visual
the prices comprised between 2 and 4, colour them | Between(2, 4) | gg_price | translated | range
Condition: delivery day last 7 days / Format: light yellow | Last7Days() | gg_deliv | spec | date
deliveries next month?? 🥕 | NextMonth() | gg_deliv | slang | date
Kindly highlight deliveries that occurred on the previous day | Yesterday() | gg_deliv | formal | date
the deliveries of the month passed, colour them in grey | LastMonth() | gg_deliv | translated | date
Condition: waste above 2 kg / Format: red | GreaterThan(2) | gg_waste | spec
exactly 1 kg of waste lol 🙌 | Equals(1) | gg_waste | slang
Kindly highlight the highest 10 per cent of waste figures | TopPercent(10) | gg_waste | formal | superlative
the wastes which are not comprised between 0.5 and 3, colour them | NotBetween(0.5, 3) | gg_waste | translated | range | negation
# hardware store
Condition: qty 100 or under / Format: orange | LessThanEqual(100) | hw_qty | spec | boundary
qty = 0 rip, red it | Equals(0) | hw_qty | slang | column-word
Kindly highlight the bottom 20 per cent of quantities | BottomPercent(20) | hw_qty | formal | superlative
the quantities that are not between 50 and 500, colour them | NotBetween(50, 500) | hw_qty | translated | range | negation
Condition: qty > 50 AND qty < 300 / Format: yellow | AND(GreaterThan(50), LessThan(300)) | hw_qty | spec | compound
parts w 'BOLT' in em 🔩 | TextContains("BOLT") | hw_part | slang | quoted
Kindly highlight every part number that ends with 'NUT' | TextEndsWith("NUT") | hw_part | formal | quoted
the parts that don't contain 'SCR', colour them | TextNotContains("SCR") | hw_part | translated | negation | quoted
Condition: unit price at least 5 / Format: gold | GreaterThanEqual(5) | hw_price | spec | boundary
cheapest 2 lol | Bottom(2) | hw_price | slang | superlative
Kindly apply a colour scale to the unit prices | ColorScale() | hw_price | formal | visual
the prices under 10 pence, colour them | LessThan(0.1) | hw_price | translated | number-words
the prices in the 10 per cent more low, colour them | BottomPercent(10) | hw_price | translated | superlative
Condition: reorder date falls next week / Format: red | NextWeek() | hw_reorder | spec | date
reorders this month 📅 | ThisMonth() | hw_reorder | slang | date
Kindly highlight reorder dates falling on the present day | Today() | hw_reorder | formal | date
the reorders of the next month, colour them | NextMonth() | hw_reorder | translated | date
Condition: supplier listed only once / Format: grey | Unique() | hw_supplier | spec
suppliers = 'TOOLSTATION' exactly 🛠️ | TextEquals("Toolstation") | hw_supplier | slang | quoted | odd-case
Kindly highlight every supplier whose name contains 'Fixings' | TextContains("Fixings") | hw_supplier | formal | quoted
the suppliers that are repeated, colour them | Duplicates() | hw_supplier | translated
Condition: supplier is NOT 'Screwfix' / Format: light blue | NotEquals("Screwfix") | hw_supplier | spec | negation | quoted
the suppliers that do not finish with 'Co', colour them | NOT(TextEndsWith("Co")) | hw_supplier | translated | negation | quoted
# candle maker
long burners 50h+ 🕯️ | GreaterThanEqual(50) | cm_burn | slang | boundary
Kindly highlight burn times exceeding 20 hours but below 50 hours | AND(GreaterThan(20), LessThan(50)) | cm_burn | formal | compound
the burn times that are above the average, colour them | AboveAverage() | cm_burn | translated
Rule - scent begins with 'Sea salt'; colour: aqua | TextStartsWith("Sea salt") | cm_scent | spec | quoted
scents w/o lavender 🙅 | TextNotContains("lavender") | cm_scent | slang | negation
Kindly highlight every scent that is precisely 'Cedar' | TextEquals("Cedar") | cm_scent | formal | quoted
the scents that finish with 'lavender', colour them | TextEndsWith("lavender") | cm_scent | translated | quoted
Conditon: wax equals 180 g / Format: tan | Equals(180) | cm_wax | spec | typo
Kindly highlight the two heaviest pours by wax weight | Top(2) | cm_wax | formal | superlative | number-words
wax amounts that pop up once only 👀 | Unique() | cm_wax | slang
the waxes not equal to 220 grams, colour them | NotEquals(220) | cm_wax | translated | negation
Condition: wax cell is an error / Format: black | Errors() | cm_wax | spec
waxes w no errors ✅ | NotErrors() | cm_wax | slang | negation
Kindly highlight wax weights above 150 grams other than 180 grams | AND(GreaterThan(150), NotEquals(180)) | cm_wax | formal | compound | negation
Condition: pour date yesterday / Format: grey | Yesterday() | cm_pour | spec | date
pours from last month 🫠 | LastMonth() | cm_pour | slang | date
Kindly highlight pours carried out within the current month | ThisMonth() | cm_pour | formal | date
the pours of the next week, colour them | NextWeek() | cm_pour | translated | date
Condition: wick count greater than 1 / Format: orange | GreaterThan(1) | cm_wick | spec
Kindly apply an icon set to the wick counts | IconSet() | cm_wick | formal | visual
the wicks equal to 3 or 4, colour them | OR(Equals(3), Equals(4)) | cm_wick | translated | compound
# pet food shop
Condition: bag 10 kg or heavier / Format: brown | GreaterThanEqual(10) | pt_bag | spec | boundary
tiny bags under 2 kilos lol | LessThan(2) | pt_bag | slang | number-words
Kindly highlight the three largest bag sizes | Top(3) | pt_bag | formal | superlative | number-words
the bags that repeat themselves, colour them | Duplicates() | pt_bag | translated
Condition: bag between 3 and 12 / Format: green | Between(3, 12) | pt_bag | spec | range
Rule - brand contains 'Barkwell'; colour: brown | TextContains("Barkwell") | pt_brand | spec | quoted
brands ending '& Co' 🐾 | TextEndsWith("& Co") | pt_brand | slang | quoted
Kindly highlight every brand name that begins with 'Purrfect' | TextStartsWith("Purrfect") | pt_brand | formal | quoted
the brands that are 'Nibbles', colour them | TextEquals("Nibbles") | pt_brand | translated | quoted
brands that don't start with 'Barkwell' 🐶 | NOT(TextStartsWith("Barkwell")) | pt_brand | slang | negation | quoted
Condition: bags sold below average / Format: red | BelowAverage() | pt_sold | spec | polarity
errors in bags sold ugh ❌ | Errors() | pt_sold | slang
Kindly highlight the top 3 sellers | Top(3) | pt_sold | formal | superlative
the bags sold that are not errors, colour them | NotErrors() | pt_sold | translated | negation
Condition: sold between 10 and 30 / Format: yellow | Between(10, 30) | pt_sold | spec | range
Condition: best before this week / Format: red | ThisWeek() | pt_expiry | spec | date
expiring tmrw 😬 | Tomorrow() | pt_expiry | slang | date
Kindly highlight best-before dates witihn the last seven days | Last7Days() | pt_expiry | formal | date | typo | number-words
the best befores of the week passed, colour them | LastWeek() | pt_expiry | translated | date
Condition: best before next month / Format: amber | NextMonth() | pt_expiry | spec | date
best befores from last month 🤢 yikes | LastMonth() | pt_expiry | slang | date
Condition: protein at least 30% / Format: green | GreaterThanEqual(0.3) | pt_protein | spec | number-format | boundary
low protein under 20% lol | LessThan(0.2) | pt_protein | slang | number-format
Kindly apply a data bar to the protein percentages | DataBar() | pt_protein | formal | visual
the proteins over the average, colour them | AboveAverage() | pt_protein | translated
# soap maker
Condition: pH above 10 / Format: red | GreaterThan(10) | sp_ph | spec
pH between 9 and 10 ✨ safe zone | Between(9, 10) | sp_ph | slang | range | boundary
Kindly highlight the pH readings that are duplicated | Duplicates() | sp_ph | formal
the pH not comprised between 8.5 and 10.5, colour them in red | NotBetween(8.5, 10.5) | sp_ph | translated | range | negation
Condition: pH in the bottom 3 / Format: blue | Bottom(3) | sp_ph | spec | superlative
Condition: pH < 9 OR pH > 11 / Format: red | OR(LessThan(9), GreaterThan(11)) | sp_ph | spec | compound
Condition: bar weight under 100 g / Format: orange | LessThan(100) | sp_bar | spec
Kindly apply a colour scale to the bar weights | ColorScale() | sp_bar | formal | visual
bars 120g+ 💪 | GreaterThanEqual(120) | sp_bar | slang | boundary
the weights which appear one time only, colour them | Unique() | sp_bar | translated
bars over 90g but not the 100g ones lol | AND(GreaterThan(90), NotEquals(100)) | sp_bar | slang | compound | negation
Rule - base oil contains 'olive'; colour: olive | TextContains("olive") | sp_oil | spec | quoted
oils ending in 'butter' 🧈 | TextEndsWith("butter") | sp_oil | slang | quoted
Kindly highlight every base oil beginning with 'Coconut' | TextStartsWith("Coconut") | sp_oil | formal | quoted
the oils that do not contain 'olive', colour them | TextNotContains("olive") | sp_oil | translated | negation | quoted
Condition: cure started today / Format: green | Today() | sp_cure | spec | date
cures started this wk 🧼 | ThisWeek() | sp_cure | slang | date
Kindly highlight cures commenced during the previous week | LastWeek() | sp_cure | formal | date
the cures of the next month, colour them | NextMonth() | sp_cure | translated | date
Condition: cure start tomorrow / Format: blue | Tomorrow() | sp_cure | spec | date
Condition: batch code repeated / Format: orange | Duplicates() | sp_batch | spec
batch codes starting 'SP-06' 👀 | TextStartsWith("SP-06") | sp_batch | slang | quoted
Kindly highlight every batch code occurring exactly once | Unique() | sp_batch | formal
the codes that finish in '01', colour them | TextEndsWith("01") | sp_batch | translated | quoted
# wallpaper shop
small orders 5 rolls or less lol | LessThanEqual(5) | wp_rolls | slang | boundary
Kindly highlight the top 20 per cent of orders by roll count | TopPercent(20) | wp_rolls | formal | superlative
the rolls that are below the average, colour them | BelowAverage() | wp_rolls | translated | polarity
patterns ending in 'stripe' 🦓 | TextEndsWith("stripe") | wp_pattern | slang | quoted
Kindly highlight every pattern that is exactly 'Floral' | TextEquals("Floral") | wp_pattern | formal | quoted
the patterns that do not begin with 'Floral', colour them | NOT(TextStartsWith("Floral")) | wp_pattern | translated | negation | quoted
Condition: width equals 53 / Format: green | Equals(53) | wp_width | spec
widths that r unique lol | Unique() | wp_width | slang
Kindly highlight every width other than 52 cm and 53 cm | AND(NotEquals(52), NotEquals(53)) | wp_width | formal | compound | negation
the widths superior to 70, colour them | GreaterThan(70) | wp_width | translated
widths 100+ or under 53 lol | OR(GreaterThanEqual(100), LessThan(53)) | wp_width | slang | compound
Condition: ordered last month / Format: grey | LastMonth() | wp_order | spec | date
orders in the last 7 days 🧻 | Last7Days() | wp_order | slang | date
Kindly highlight orders dated the following month | NextMonth() | wp_order | formal | date
the orders of today, colour them | Today() | wp_order | translated | date
Condition: price per roll in top 3 / Format: gold | Top(3) | wp_price | spec | superlative
cheap rolls under a tenner 💸 | LessThan(10) | wp_price | slang | number-words
Kindly highlight every roll price which is an error | Errors() | wp_price | formal
the prices comprised between 20 and 40 pounds, colour them | Between(20, 40) | wp_price | translated | range
the prices without error, colour them | NotErrors() | wp_price | translated | negation
# watchmaker
Condition: repair days over 14 / Format: orange | GreaterThan(14) | wm_days | spec
quick fixs ≤ 7 days 🔧 | LessThanEqual(7) | wm_days | slang | boundary | typo
Kindly highlight the lowest 20 per cent of repair durations | BottomPercent(20) | wm_days | formal | superlative
the repairs whose days are not comprised between 7 and 21, colour them | NotBetween(7, 21) | wm_days | translated | range | negation
Rule - movement exactly 'quartz'; colour: light grey | TextEquals("Quartz") | wm_move | spec | quoted | odd-case
movements w 'chrono' 🕰️ | TextContains("chrono") | wm_move | slang | quoted
Kindly highlight every movement that ends with 'mechanical' | TextEndsWith("mechanical") | wm_move | formal | quoted
the movements that are present more than one time, colour them | Duplicates() | wm_move | translated
Condition: drift less than 0 / Format: blue | LessThan(0) | wm_acc | spec
Kindly apply an icon set to the daily drift figures | IconSet() | wm_acc | formal | visual
drift over 10s a day 😵 | GreaterThan(10) | wm_acc | slang
the drifts comprised between minus 2 and 2, colour them | Between(-2, 2) | wm_acc | translated | range | number-words
Condition: drift NOT between -5 and 5 / Format: red | NotBetween(-5, 5) | wm_acc | spec | range | negation
Condition: received this week / Format: light blue | ThisWeek() | wm_in | spec | date
watches in today ⌚ | Today() | wm_in | slang | date
Kindly highlight items received within the last seven days | Last7Days() | wm_in | formal | date | number-words
the watches received the week passed, colour them | LastWeek() | wm_in | translated | date
the watches received the month passed, colour them | LastMonth() | wm_in | translated | date
Condition: quote above average / Format: gold | AboveAverage() | wm_quote | spec
quotes 1k+ 😳 | GreaterThanEqual(1000) | wm_quote | slang | number-format | boundary
Kindly highlight the two lowest quotes | Bottom(2) | wm_quote | formal | superlative | number-words
the quotes that are not blank, colour them | NotBlanks() | wm_quote | translated | negation
the quotes superior to 100 and inferior to 500, colour them | AND(GreaterThan(100), LessThan(500)) | wm_quote | translated | compound
"""


# The set files written before this one. A set file written beside this one (thirteenth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "eleventh_cf.json",
              "eleventh_tables.json", "everyday_cf.json", "everyday_tables.json", "fifth_cf.json",
              "fifth_tables.json", "forum_tables.json", "fourth_cf.json", "fourth_tables.json", "fresh_cf.json",
              "fresh_tables.json", "ninth_cf.json", "ninth_tables.json", "plain_cf.json", "posts_tables.json",
              "seventh_cf.json", "seventh_tables.json", "sixth_cf.json", "sixth_tables.json", "spoken_cf.json",
              "template_tables.json", "tenth_cf.json", "tenth_tables.json", "third_cf.json", "third_tables.json",
              "twelfth_cf.json", "twelfth_tables.json", "web_cf.json")


column_sets.bind(globals(), THIRTEENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
