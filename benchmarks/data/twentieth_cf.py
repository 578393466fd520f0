"""A twentieth independent set of one-column CF requests, and the builder of twentieth_cf.json.

Written from scratch (2026-12-07 10:49 to 11:03 UTC by `date -u`, engineer E20c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of
twenty domains no earlier builder's docstring names, on this set's own columns (a ski resort, a glassworks, an
arboretum, a theme park, a geothermal plant, a patisserie, a soup kitchen, a county fair, a pawnshop, a law firm,
a bullion dealer, a volcano monitoring team, a cold store, a skate park, a bubble tea shop, a sneaker resale
business, a student union, an escrow agent, a wax museum, a gaming cafe), in four styles new to the sets:
`menu` (the request written as Excel's menus and dialogs, which a careful reader turns into the rule: "Home >
Conditional Formatting > Highlight Cells Rules > Greater Than... 50", "New Rule > Format only cells that contain
> Blanks"), `legalese` (formal, contractual wording: "any amount that shall exceed 5,000 shall be highlighted",
"save where the cell is blank"), `teen` (very casual youth slang: "ngl the ones over 50 r kinda sus, highlight
em", "lowkey need the blanks marked fr") and `reference` (the literal given by a well-known quantity: "below
freezing" on a °C column -> 0, "above the boiling point of water" -> 100, "more than a baker's dozen" -> 13, the
figure said wherever the reference is not universal: "at least the legal voting age of 18"); these examples are
the brief's, made up for it, and are not entries. Only requests the language expresses exactly, one right rule
on the column, every literal recoverable by a careful reader. Labels are what the executor formats with Today =
2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last
7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a blank compares
as 0 and any text is greater than any number); every comparison, Between, NotBetween and numeric AND, OR and NOT
of this set is on a column of numbers only (no text cell, no blank), and the columns that carry a colour scale,
data bar or icon set hold one text cell ("closed", "halted", "lapsed", ...), one blank and one error cell, so
that a visual rule formats the numbers only. Text columns that NOT or TextNotContains runs on hold no blank; the
columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one space (the executor
counts that cell as a value that appears once, as Excel does). A program checked these conventions on every
entry (it printed an empty list, twice).

What its author read: of benchmarks/data/nineteenth_cf.py, which this builder mirrors, lines 1-163 (its module
docstring, imports, constants, `_joined` and its date lists, up to `COLUMNS = {`) and 874-891 (OTHER_SETS, the
bind and the main block), by `sed -n`, after a `grep -nE` for their places (see slip 1) and with slip 2;
benchmarks/data/column_sets.py (all, `cat`); benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of tests/benchmarks/set_files.py lines 1-16 and
63-210 (the check functions; `grep -n '^def '` and `wc -l` for their places); ../shared/docs/CF_RULES.md (all,
`cat`); the first 12,000 characters of benchmarks/data/README.md (`head -c 12000`); the public API of
cf_assistant.languages.cf (parse and to_text on 21 made-up rules, for their canonical spelling). Commands that
printed anything else: `date -u` (about fifteen times); `cat` of the brief and `ls` of /work/team (file names);
the import check (`ok`); `wc -l` of nineteenth_cf.py, column_sets.py, everyday_common.py, the test module,
set_files.py and CF_RULES.md; four runs of a program that printed one True/False per candidate domain word or
phrase: whether any builder's module docstring (benchmarks/data/*.py except twentieth_*, by
`ast.get_docstring`, lower-cased) or the whole benchmarks/data/README.md holds it as a substring (the third and
fourth came after this set's README row was in, so its domains of then printed True there; bullion and
"wax museum" were checked in the fourth, before the row named them); a count of the set
files in the folder (45) and an `ls | grep twentieth` (it printed the name twentieth_tables.py, the other
engineer's builder, never opened); a program that wrote this builder from its draft files and printed the
number of other set files (45), then `awk` for lines over 120 characters and `grep -n '^OTHER_SETS' -A8` of this
builder; `grep -c` over its own draft files (entry and tag counts); this builder's own check runs before any
half was printed (four: the number of entries and columns, unused columns, the problems of `make_record` and
`problems_of`, which name this builder's own requests, the counts per function, style and tag over all
entries); `sed -n 178p | cut -c1-40` of one of its own COLUMNS lines; the column-convention program; the
builder's main run (counts per function, style and tag per half; three times, see below); `md5sum` of rebuilds
(equal); the first 12 lines of the test module after adding this set to it (its docstring); the programs that
inserted and then updated this set's README row (each printed the row's line number, 58) and `grep -c` of the
two new rows (1 and 0 at first; 2 at the end, both rows there); the test modules' pass counts (7016 and 47
passed, then 7016 and 48 passed with twentieth_tables.json in the folder, twice); a last count of the set
files (47) and `ls | grep twentieth` (the four twentieth_* file names). Candidates the check dropped
(printed True): ski, lighthouse, distillery, mushroom farm, mushroom,
oyster farm, oyster, hatchery, greenhouse, quarry, sawmill, foundry, radio station, call centre, airline,
airport, planetarium, cemetery, funeral, crematorium, circus, marina, rowing, surf school, surf, dive centre,
scuba, trampoline, paintball, karting, drone, recycling centre, recycling, landfill, wind farm, chocolatier,
animal shelter, stud farm, alpaca, ostrich, orchard, cider, maple syrup, ranch, rodeo, polo, cricket, rugby,
netball, lacrosse, curling, triathlon, marathon, orienteering, falconry, pigeon racing, vending machine, notary,
customs, embassy, polling station, election, fire station, ambulance, lifeguard, mountain rescue, prison,
monastery, ice cream, weather station, seismo, blood bank, pharmacy, creamery, bobsleigh, husky, mint, vault,
abattoir, tannery, pottery, kite, balloon, hot air balloon, submarine, lifeboat, puppet, magician, arcade, prom,
ice rink, hostel, mortgage, bailiff, coastguard, insurance, insurance claim, pilot boat. Taken (printed False):
"ski resort", glassworks, arboretum, "theme park", geothermal, patisserie / pastry, "soup kitchen", "county
fair", pawnshop / "pawn shop", "law firm", bullion, volcano, "cold store" / "cold storage", "skate park" /
skatepark / skateboard, "bubble tea" / boba, sneaker, "student union", escrow, "wax museum", "gaming cafe" /
"internet cafe" / "video game". Printed True and kept, as a different domain from the one an earlier builder
names: glass, "skate shop", glassblow and "stained glass" (a glassworks is a glass factory, not a studio),
skate (a skate park is not a skate shop), gaming (a gaming cafe), tree, fair, legal (substrings of ordinary
words). Printed False and not used: carnival, thrift, meteorolog, toboggan, snowboard, ice fishing, igloo, sled
dog, zeppelin, ferris wheel, roller coaster, haunted house, magic show, juggl, frat, sorority, bmx, youth club,
lan party, streetwear, dormitory, campus, dog sled, salt flat, morgue, tribunal, arbitration, insurer,
underwriter, "insurance broker", "car insurance", "coast guard", "sea rescue", "marine rescue", "search and
rescue", "harbour master", harbourmaster, harbor, maritime, "tree nursery", "toboggan run", debt collect,
leasehold, landlord, "students' union", sneakers.

Slips. (1) The first `grep -nE` over nineteenth_cf.py, anchored on `^[A-Z_]+ = `, `^def `, `^if __name__`,
`^class `, `^import` and `^from` as the nineteenth's author did, printed three of its entry lines in full (lines
465, 466 and 468: requests on a class-size column, whose requests start with the word "class"); none reused,
this set has no such column. (2) A `sed -n 164,166p nineteenth_cf.py | cut -c1-60` printed its `COLUMNS = {`
line, its first domain comment and the first 60 characters of its first column line (key, header and first
cells), past the part the brief allows; nothing of it used. (3) Two domains were replaced after the builder's
main run had printed the counts per half once: "coast guard station" (a third domain check printed True for
"coastguard") and "insurer" (True for "insurance" and "insurance claim"); their 46 drafts were dropped whole and
46 new drafts on two new domains (a bullion dealer, a wax museum) written with the same functions, one for one
(but for one GreaterThan that became a GreaterThanEqual) (no draft chosen or reworded by its half; no record's half
was ever printed). No other slip known: no draft was reworded after its half was seen. (4) `reference` is the
thinnest style (57 records against 117-134 of the others): a well-known quantity fits few requests on
dates, texts and visual rules. (5) The set stands on 105 columns, a little under the brief's "about 108".
Not read: anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES
or TABLES, the rest of benchmarks/data/README.md, the utterances of any JSON file, twentieth_tables.* (being
written beside this set by engineer E20t), tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data, git (no git command was run).
No model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values
between a tenth of a threshold and ten times it, prefix/suffix/middle variants of texts, blanks, cells of one
space, text and error cells beside the numbers of visual columns). The domains were given the functions in two
alternating schedules (even domains: GreaterThan, GreaterThanEqual, LessThan, Between, TextEquals,
TextContains, TextStartsWith, Today, Yesterday, Tomorrow, Last7Days, LastWeek, ColorScale, DataBar, Top,
BottomPercent, AboveAverage, Duplicates, Blanks, Errors, AND, NOT; odd domains the other 19), so that each of
the 41 functions has ten records or more before any half is seen. The first check flagged nine: six TextEquals
or NOT(TextEndsWith) columns without a cell that tells them from TextStartsWith, TextEndsWith or TextContains
("Maple Grove", "Elm Hybrid Cross", "Jonesy Ray", "Pocket Watch", "Spring Tide", "Coconut Taro", "Indie Film"
added), NotEquals(144) on trays without a larger cell (288 added), and AND(GreaterThan(0), LessThan(50)) on a
sugar column that cannot hold a negative (reworded to "more than 1", AND(GreaterThan(1), LessThan(50)), before
any half was printed). The check of the two new domains found none. 433 records on 105 columns: dev 221, test
212 (the hash's split, not steered); styles teen 134, legalese 125, menu 117, reference 57; every one of the 41
functions in both halves (at least two in each half); 14-18 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written
before it (`OTHER_SETS`), of any other set file in the folder when it runs (twentieth_tables.json, written
beside it by someone else, included when present) or of the train split, a non-canonical rule, a column of
fewer than 12 or more than 20 cells, a column where the rule formats no row or every row, and a column that
cannot tell the rule from the rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`menu`, `legalese`, `teen`, `reference`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`,
`polarity`, `date`, `visual` (as in nineteenth_cf.py), then the set tag `twentieth`. IDs have the prefix
`t20c-`; the dev/test halves come from a hash of the ID. No request starts with "#" (a line starting so is a
heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long
for one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/twentieth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentieth_cf.json"
PREFIX = "t20c"
TWENTIETH_TAG = "twentieth"
STYLES = ("menu", "legalese", "teen", "reference")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)


def _joined(text: str) -> str:
    """The entry lines of `text`, each indented line that starts with "|" joined to the line above it."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith(" ") and line.lstrip().startswith("|") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each of the four date lists below (this set's own) holds a date in
# every period, a date in none of them, and a blank or a text cell.
GA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-14|2024-06-07|2024-06-03|2024-06-17|2024-06-22|"
      "2024-06-28|2024-05-14|2024-07-19|2023-12-01||2024-06-01")
GB = ("2024-06-09|2024-06-12|2024-06-15|2024-06-11|2024-06-06|2024-06-02|2024-06-16|2024-06-20|2024-06-13|"
      "2024-05-31|2024-07-02|2024-08-30|tbc|2024-06-25|2024-06-05")
GC = ("2024-06-13|2024-06-08|2024-06-12|2024-06-04|2024-06-18|2024-06-10|2024-06-11|2024-06-27|2024-05-02|"
      "2024-07-31|2024-01-15|2024-06-21|2024-06-14|")
GD = ("2024-06-11|2024-06-19|2024-06-12|2024-06-06|2024-06-13|2024-06-15|2024-05-25|2024-07-05|2024-06-24|"
      "2024-06-03|2025-02-10|n/a|2024-06-09|2024-06-16")
COLUMNS = {
    # a ski resort
    "sr_temp": ("Summit Temp (°C)", "-12|-4.5|0|3|-1|7|12|-20|1.5|-8|5|0.5|-2|10|-5|-10"),
    "sr_snow": ("Snow Depth (cm)", "85|120|40|210|15|150|95|#N/A|closed|60|175|30||110|70"),
    "sr_run": ("Run Name", "Eagle Bowl|Lower Eagle|Blue Eagle Traverse|Summit Chute|Chute Link|Powder Alley|Alley Cat|"
                           "Fox Glade|Glade Runner|Bunny Hill|Hill Street|Eagle|Moguls|Cat Track"),
    "sr_pass": ("Pass Type", "Season|Day|Week|Season|Child| |Day|Senior|Family|Staff||Half Day|Season|Beginner"),
    "sr_lift": ("Lift Check Date", GA),
    "sr_wind": ("Wind Gust (km/h)", "45|118|130|22|60|95|150|117|80|12|200|70|101|35"),
    # a glassworks
    "gw_temp": ("Furnace Temp (°C)", "1450|1500|1380|1520|1499|1600|1200|1475|1550|1420|1510|1490|1300|1650|1400"),
    "gw_batch": ("Batch Code", "AMB-201|CLR-114|AMB-77|FLT-300|CLR-AMB|GRN-09|FLT-12-AMB|OPAL-5|CLR-88|AMB-COBALT|"
                               "BLUE-3|GRN-41|ROSE-AMB-2|FLT-7"),
    "gw_sheet": ("Sheet Thickness (mm)", "4|6|10|12|3|8|#DIV/0!|5|19|2|15|remelt||25|6.5"),
    "gw_glaze": ("Glaze Colour", "Cobalt|Amber|Cobalt|Opal| |Ruby|Amber||Jade|Smoke|Ruby|Frost|Cobalt|Teal"),
    "gw_kiln": ("Kiln Slot", GB),
    # an arboretum
    "ar_age": ("Tree Age (years)", "100|250|99|45|120|310|80|101|60|15|200|500|75|150|30|20|8|10"),
    "ar_height": ("Height (m)", "12.5|30|8|45.2|22|#VALUE!|17|60|5.5|under survey||38|26|9|14"),
    "ar_species": ("Species", "Oak|English Oak|Red Oak Hybrid|Oakleaf Maple|Maple|Silver Birch|Birch Hybrid|"
                              "Copper Beech|Yew|Ash|Scots Pine|Pine Oak|Larch|Cedar of Lebanon|Maple Grove|"
                              "Elm Hybrid Cross"),
    "ar_plot": ("Plot Label", "A1|B4|A1|C2| |D7|B4||E3|F1|G2|A1|H5|J9"),
    "ar_prune": ("Pruning Date", GC),
    # a theme park
    "tp_height": ("Rider Height (cm)", "120|135|95|140|110|150|102|122|130|118|160|99|125|145|100"),
    "tp_ride": ("Ride Name", "Thunder Loop|Loop the Loop|Big Dipper|Dipper Jr|Log Flume|Flume Rush|Ghost Train|"
                             "Train Spotter|Tea Cups|Cups Galore|Wild Mouse|Mouse Trap|Sky Loop Tower|Drop Zone"),
    "tp_wait": ("Queue Wait (min)", "45|60|15|90|#N/A|30|120|5|75|closed||20|55|10|35"),
    "tp_band": ("Wristband Colour", "Red|Blue|Red|Gold| |Green|Blue||Silver|Pink|Gold|Black|Red|White"),
    "tp_visit": ("Booked Visit", GD),
    # a geothermal plant
    "gt_brine": ("Brine Temp (°C)", "100|85|140|99|180|210|60|101|95|250|120|75|160|40|30|37"),
    "gt_output": ("Output (MW)", "12.4|18|9.6|25|#REF!|14|31|7|22|offline||16.5|28|11|19"),
    "gt_well": ("Well ID", "GW-01|GW-02-R|OB-GW-3|GW|INJ-7|INJ-7-GW|PROD-2|RE-INJ-4|PROD-12|OB-5|LOB-9|CO-PROD-3|"
                           "PROD|MON-6"),
    "gt_crew": ("Crew Shift", "Day|Night|Day|Swing| |Night|Relief||Day|Standby|Swing|Nights|Early|Late"),
    "gt_test": ("Well Test Date", GA),
    # a patisserie
    "pa_tray": ("Pastries per Tray", "12|13|24|6|18|10|13|36|8|12|20|15|144|9|288"),
    "pa_item": ("Item", "Lemon Tart|Tart Tatin|Fruit Tart Slice|Eclair|Choux Bun|Mini Eclair|Eclair Box|Macaron|"
                        "Opera Cake|Cake Pop|Croissant|Almond Croissant|Mille-feuille|Paris-Brest|Madeleine"),
    "pa_cost": ("Cost per Item (£)", "1.20|2.50|0.85|3.10|#DIV/0!|1.75|4.20|0.60|2.95|TBC||1.40|3.60|2.10|0.95"),
    "pa_filling": ("Filling", "Vanilla|Praline|Vanilla|Lemon| |Pistachio|Praline||Raspberry|Mocha|Lemon|Cassis|"
                              "Vanilla|Yuzu"),
    "pa_pickup": ("Order Pickup", GB),
    # a soup kitchen
    "sk_meals": ("Meals Served", "144|120|200|90|365|150|300|80|250|175|60|400|210|130|100"),
    "sk_dona": ("Donations (kg)", "55|120|34|80|#N/A|210|15|95|60|none||47|150|28|72"),
    "sk_vol": ("Volunteer", "Sam Lee|Lee Park|Ann Sammon|Sam|Maria Sam Cruz|Jo|Joanne|Tom Jones|Jones|Kate|"
                            "Kate Samuels|Ali|Nia|Rob|Jonesy Ray"),
    "sk_shift": ("Shift Slot", "Breakfast|Lunch|Breakfast|Dinner| |Late|Lunch||Brunch|Supper|Breakfast|Tea|Early|Mid"),
    "sk_deliv": ("Food Delivery", GD),
    # a county fair
    "fa_pump": ("Pumpkin Weight (lb)", "450|300|612|1000|875|150|2000|1200|700|520|90|1500|333|800"),
    "fa_entry": ("Entry Class", "Giant Pumpkin|Pumpkin Pie|Best Pie|Pie Crust Open|Heifer Open|Open Heifer|Quilt|"
                                "Jam Open Class|Jam|Goat Milk|Milk Goat|Rabbit|Lamb Open|Poultry"),
    "fa_score": ("Judge Score", "7.5|8|9.2|6|#VALUE!|8.8|5.5|9.9|7|scratched||6.8|8.4|9|7.2"),
    "fa_ribbon": ("Ribbon", "Blue|Red|Blue|White| |Purple|Red||Gold|Green|Blue|Pink|Yellow|Rosette"),
    "fa_judge": ("Judging Day", GC),
    # a pawnshop
    "pw_loan": ("Loan Amount ($)", "500|250|1000|75|1200|5000|300|999|45|2500|800|150|1500|60|100"),
    "pw_item": ("Item Pledged", "Gold Ring|Ring Light|Diamond Gold Ring|Guitar|Bass Guitar|Watch|Watch Strap|Laptop|"
                                "Gaming Laptop Pro|TV|Camera|Gold|Silver Chain|Drill|Pocket Watch"),
    "pw_val": ("Appraised Value ($)", "320|1450|85|2200|#N/A|610|95|4800|740|pending||1300|260|3900|510"),
    "pw_ticket": ("Ticket No", "T-100|T-101|T-100|T-102| |T-103|T-101||T-104|T-105|T-106|T-107|T-100|T-108"),
    "pw_due": ("Redemption Due", GB),
    # a law firm
    "lf_hours": ("Billable Hours", "40|35|52|60|38.5|45|30|40.5|70|25|48|55|37.5|65"),
    "lf_matter": ("Matter", "Smith v Jones|Jones Estate|Estate of Brown|Re Brown Trust|Acme Ltd Merger|Merger Review|"
                            "Lee Divorce|Divorce Settlement Lee|Park LLP|Green Lease|Lease Renewal|Harris Probate|"
                            "Probate Harris|Tan v Lim"),
    "lf_fee": ("Fee Billed ($)", "12500|8400|30100|4200|#DIV/0!|15800|2600|21000|9900|written off||5600|18400|7300|"
                                 "11100"),
    "lf_client": ("Client Code", "ACME|BRN|ACME|HTL| |GRN|BRN||PRK|TAN|ACME|LIM|HRS|SMT"),
    "lf_hearing": ("Hearing Date", GA),
    # a bullion dealer
    "bd_bar": ("Bar Weight (g)", "31.1|100|1000|250|500|50|20|10|5|12441|1|2.5|400|62.2|15"),
    "bd_price": ("Spot Price ($/oz)", "2310|2295|2342|#N/A|2288|2330|halted||2301|2356|2275|2319|2338|2290|2325"),
    "bd_product": ("Product", "Gold Bar|Bar Gold Scrap|Britannia Gold Coin|Silver Bar|Silver|Platinum Coin|Coin Set|"
                              "Krugerrand|Gold|Palladium Bar|Sovereign Gold|Maple Leaf|Eagle Coin|Gold Nugget|"
                              "Sterling Silver"),
    "bd_vault": ("Vault Slot", "V-01|V-02|V-01|V-03| |V-04|V-02||V-05|V-06|V-01|V-07|V-08|V-09"),
    "bd_settle": ("Settlement Date", GB),
    "bd_fine": ("Fineness (‰)", "999|916|750|999.9|585|958|375|925|990|999|800|417|995|900"),
    # a volcano monitoring team
    "vo_quake": ("Quake Magnitude", "2.1|3.5|1.8|4.2|2.9|5|1.2|3|6.1|2.5|3.8|0.9|4.7|2.2|4|1|2"),
    "vo_vent": ("Vent Temp (°C)", "100|250|95|420|180|100|60|310|99|150|700|101|85|540"),
    "vo_station": ("Station", "Crater Rim|Rim Road|North Crater Camp|Summit|Summit East|Ash Flat|Flat Rock Ash|"
                              "Lava Tube|Tube West|Vent 3|Caldera|Caldera South|Fumarole|Pyro Lab"),
    "vo_tilt": ("Tiltmeter (µrad)", "12|45|8|60|#VALUE!|30|5|72|22|offline||18|55|3|40"),
    "vo_alert": ("Alert Code", "Green|Yellow|Green|Orange| |Red|Yellow||Aviation Red|Amber|Green|Watch|Advisory|"
                               "Warning"),
    "vo_flight": ("Survey Flight", GD),
    # a cold store
    "cs_temp": ("Chamber Temp (°C)", "-18|-20|-15|-25|0|4|-22|-17|2|-19|-30|-12|5|-21|0.5"),
    "cs_pallet": ("Pallets Stored", "120|85|240|60|#N/A|310|45|150|95|decommissioned||180|70|270|110"),
    "cs_lot": ("Lot Code", "FZ-100|FZ-100-B|CHILL-FZ|FZ|AMB-2|AMB-FZ-9|ICE-1|DRY-ICE|ICE|MEAT-7|FISH-3|FISH|"
                           "VEG-B-22|SHELLFISH-2"),
    "cs_shelf": ("Shelf", "A1|A2|A1|B3| |C4|A2||D5|E6|A1|F7|G8|H9"),
    "cs_in": ("Goods In", GA),
    # a skate park
    "sp_age": ("Rider Age", "13|16|18|21|11|14|19|25|17|12|30|15|9|22"),
    "sp_trick": ("Trick Logged", "Kickflip|Heelflip|Varial Kickflip|Ollie|Nollie|Ollie North|Manual|Nose Manual|"
                                 "Grind|50-50 Grind|Boardslide|Tailslide|Flip Out|Rock to Fakie"),
    "sp_score": ("Run Score", "72|85|64|91|#N/A|78|55|88|69|bailed||81|60|94|75"),
    "sp_deck": ("Deck Brand", "Baker|Zero|Baker|Girl| |Element|Zero||Plan B|Almost|Baker|Real|Krooked|Toy Machine"),
    "sp_jam": ("Jam Session", GB),
    # a bubble tea shop
    "bt_sugar": ("Sugar Level (%)", "100|50|75|25|0|30|70|120|80|10|90|60|40|110|1"),
    "bt_cups": ("Cups Sold", "140|95|210|60|#DIV/0!|180|45|250|120|n/a||75|160|30|200"),
    "bt_drink": ("Drink", "Taro Milk Tea|Milk Tea|Brown Sugar Milk|Matcha Latte|Latte Classic|Mango Slush|Slush Puppy|"
                          "Lychee Green|Green Tea|Thai Tea|Taro|Oolong|Jasmine Tea Latte|Peach Oolong Fizz|"
                          "Coconut Taro"),
    "bt_topping": ("Topping", "Boba|Jelly|Boba|Pudding| |Red Bean|Jelly||Aloe|Cheese Foam|Boba|Grass Jelly|"
                              "Popping Pearls|Sago"),
    "bt_batch": ("Tapioca Batch", GC),
    # a sneaker resale business
    "sn_size": ("Shoe Size (US)", "9|10.5|8|11|12|7.5|9.5|13|10|6|8.5|14|11.5|7"),
    "sn_price": ("Resale Price ($)", "100|250|180|320|100|90|1200|450|210|150|99|600|75|101"),
    "sn_model": ("Model", "Air Max 90|Max Runner|Jordan 1 Retro|Retro High|Dunk Low|Low Pro|Yeezy 350|Boost 350 V2|"
                          "Samba|Gazelle|Forum Low|Air Force 1|Force Max|Blazer"),
    "sn_profit": ("Profit ($)", "120|-40|85|300|#N/A|45|-15|210|60|returned||150|95|-5|410"),
    "sn_seller": ("Seller", "kickz4u|solez|kickz4u|heatcheck| |grailguy|solez||dropdead|snkrhd|kickz4u|laceup|"
                            "hypebeast|retroking"),
    "sn_drop": ("Drop Date", GA),
    # a student union
    "su_age": ("Member Age", "18|17|21|19|25|16|22|20|30|18|24|27|23|35"),
    "su_votes": ("Votes Cast", "340|120|560|85|#REF!|410|60|720|230|spoilt||180|95|630|275"),
    "su_soc": ("Society", "Chess Society|Society of Debaters|Film Soc|Drama Society|Anime Club|Club Penguin Fans|"
                          "Book Club|Debate|Debate Team|Rowing Crew|Crew Social|Jazz Band|Band of Brothers|Film|"
                          "Indie Film"),
    "su_room": ("Room Booked", "G01|G02|G01|Rm 1.14| |Rm 2.05|G02||B12|Rm 1.20|G01|Rm 3.01|L1|L2"),
    "su_event": ("Event Date", GD),
    # an escrow agent
    "es_dep": ("Deposit Held ($)", "5000|12000|2500|50000|7500|100000|3000|20000|15000|1000|75000|8000|45000|250000"),
    "es_party": ("Party", "Smith Holdings|Holdings Trust|Green Smith LLC|Jones LLC|LLC Partners|Brown Trust|Trust Co|"
                          "Lee & Co|Park Estates|Estates Ltd|Harris Inc|Inc Capital|Tan Realty|Realty Group"),
    "es_days": ("Days in Escrow", "30|45|21|60|#N/A|90|14|75|35|on hold||28|120|7|50"),
    "es_acct": ("Account Ref", "ESC-01|ESC-02|ESC-01|ESC-03| |ESC-04|ESC-02||ESC-05|ESC-06|ESC-07|ESC-08|ESC-09|"
                               "ESC-10"),
    "es_close": ("Closing Date", GC),
    # a wax museum
    "wm_height": ("Figure Height (cm)", "183|170|152|198|165|180|210|158|175|190|145|200|168|160|272"),
    "wm_visits": ("Daily Visitors", "820|1140|560|#VALUE!|990|1320|closed||710|1480|640|1050|1210|880|930"),
    "wm_figure": ("Figure", "King Henry VIII|Henry Ford|Queen Victoria|Victoria Beckham|Elvis|Elvis Presley Jr|"
                            "Young Elvis Costello|Einstein|Marilyn|Marilyn Monroe|Young Marilyn|Dracula|"
                            "Frankenstein|Napoleon|Churchill"),
    "wm_room": ("Gallery Room", "Royals|Horror|Royals|Music| |Film|Horror||Sport|Science|Royals|History|Pop|Chamber"),
    "wm_touch": ("Wax Touch-up", GD),
    # a gaming cafe
    "gc_ping": ("Ping (ms)", "20|35|60|15|100|45|250|30|80|12|150|25|55|90"),
    "gc_fps": ("Frame Rate (fps)", "24|60|30|144|120|25|165|48|240|23.976|90|75|50|100"),
    "gc_game": ("Game", "Rocket League|League of Legends|Minecraft|Craft Wars|Star Craft II|Valorant|Fortnite|"
                        "Night Fortress|Apex|Halo|Halo Infinite|Tekken 8|FIFA|Dota 2"),
    "gc_hours": ("Hours Played", "3|5.5|2|8|#N/A|4|1.5|10|6|comp||2.5|7|0.5|4.5"),
    "gc_tag": ("Gamer Tag", "xX_Slayer|n00bmaster|xX_Slayer|Ghost| |Viper|n00bmaster||Nova|Blaze|xX_Slayer|Echo|Rook|"
                            "Frost"),
    "gc_booking": ("Booking", GD),
}

ENTRIES = _joined("""
# a ski resort
below freezing up at the summit, shade those readings | LessThan(0) | sr_temp | reference | boundary
summit readings at freezing point or colder (0 °C and under) | LessThanEqual(0) | sr_temp | reference | boundary
New Rule > Format only cells that contain > Cell Value > greater than > 5 | GreaterThan(5) | sr_temp | menu
it is hereby required that any summit temperature of not less than -5 and not more than 5 be highlighted
    | Between(-5, 5) | sr_temp | legalese | range
temps above -10 but under 0 fr, that's the good powder zone ngl | AND(GreaterThan(-10), LessThan(0)) | sr_temp | teen
    | compound
Conditional Formatting > Data Bars > Solid Fill, on the snow depth column | DataBar() | sr_snow | menu | visual
    | column-word
Color Scales > Blue-White-Red on the snow depths | ColorScale() | sr_snow | menu | visual
top 3 snow depths r bussin, make em pop | Top(3) | sr_snow | teen | superlative
the depths which shall exceed the arithmetic mean of all depths recorded shall be shaded | AboveAverage() | sr_snow
    | legalese
bottom 20% of snow depths lowkey worrying, higlight them | BottomPercent(20) | sr_snow | teen | typo
any depth cell that returns an error value shall be marked accordingly | Errors() | sr_snow | legalese
Highlight Cells Rules > Text that Contains... Eagle | TextContains("Eagle") | sr_run | menu
any run whose name commences with the word 'Glade' shall be shaded | TextStartsWith("Glade") | sr_run | legalese
    | quoted
the run literally just called Eagle, no cap, highlight that one | TextEquals("Eagle") | sr_run | teen
all runs other than those whose name begins with 'Hill' shall be highlighted | NOT(TextStartsWith("Hill")) | sr_run
    | legalese | negation | quoted
Highlight Cells Rules > Duplicate Values... (Duplicate) on pass type | Duplicates() | sr_pass | menu | column-word
pass types with nothing in em, mark those ngl | Blanks() | sr_pass | teen
Highlight Cells Rules > A Date Occurring > Yesterday | Yesterday() | sr_lift | menu | date
lift checks happening tmrw, highlight fr | Tomorrow() | sr_lift | teen | date
inspections bearing today's date shall be marked | Today() | sr_lift | legalese | date
lift checks over the last seven days, one full week counting today | Last7Days() | sr_lift | reference | date
    | number-words
A Date Occurring > Last week, on lift checks | LastWeek() | sr_lift | menu | date
gusts at hurricane force on the Beaufort scale (118 km/h) or stronger | GreaterThanEqual(118) | sr_wind | reference
    | boundary
leave the temps at 5 or under alone n highlight the rest | GreaterThan(5) | sr_temp | teen | polarity
# a glassworks
New Rule > Format only cells that contain > Cell Value > less than or equal to > 1400 | LessThanEqual(1400) | gw_temp
    | menu
furnace readings of exactly 1500, hereinafter the 'Set Point', shall be highlighted | Equals(1500) | gw_temp | legalese
any furnace temp that's not 1450 ngl, highlight | NotEquals(1450) | gw_temp | teen | negation
New Rule > Format only cells that contain > Cell Value > not between > 1400 and 1500 | NotBetween(1400, 1500)
    | gw_temp | menu | range
readings under 1300 or over 1600 shall be highlighted, the parties so agreeing
    | OR(LessThan(1300), GreaterThan(1600)) | gw_temp | legalese | compound
batch codes ending with AMB, highlight em bestie | TextEndsWith("AMB") | gw_batch | teen
New Rule > Format only cells that contain > Specific Text > does not contain > CLR | TextNotContains("CLR")
    | gw_batch | menu
Icon Sets > 3 Traffic Lights on sheet thickness | IconSet() | gw_sheet | menu | visual
the three thinnest sheets, deadass fragile | Bottom(3) | gw_sheet | teen | superlative | number-words
the top 10% of thicknesses, being the thickest sheets, shall be marked | TopPercent(10) | gw_sheet | legalese
sheets thinner than avg lowkey need checking | BelowAverage() | gw_sheet | teen
every thickness cell that does not return an error value shall be formatted | NotErrors() | gw_sheet | legalese
    | negation
Highlight Cells Rules > Duplicate Values > set the dropdown to Unique | Unique() | gw_glaze | menu
every glaze colour cell not left blank shall be highlighted | NotBlanks() | gw_glaze | legalese | negation
kiln slots this week, highlight fr | ThisWeek() | gw_kiln | teen | date
A Date Occurring > Next week | NextWeek() | gw_kiln | menu | date
slots in the current calendar month shall be shaded | ThisMonth() | gw_kiln | legalese | date
kiln slots from last month ngl | LastMonth() | gw_kiln | teen | date
kiln slots next month, the one after the month of the June solstice | NextMonth() | gw_kiln | reference | date
# an arboretum
trees a century old or more | GreaterThanEqual(100) | ar_age | reference | boundary
trees older than two centuries (200 years) | GreaterThan(200) | ar_age | reference
trees under a score of years (20) | LessThan(20) | ar_age | reference
trees younger than a decade | LessThan(10) | ar_age | reference
trees aged between 50 and 150 years inclusive shall be designated | Between(50, 150) | ar_age | legalese | range
trees older than 60 n younger than 120, highlight em | AND(GreaterThan(60), LessThan(120)) | ar_age | teen | compound
Color Scales > Green - Yellow - Red on tree height | ColorScale() | ar_height | menu | visual
Data Bars > Gradient Fill > Blue on heights | DataBar() | ar_height | menu | visual
tallest 5 trees, total W, highlgiht | Top(5) | ar_height | teen | superlative | typo
the shortest tenth of the trees (bottom 10%) | BottomPercent(10) | ar_height | reference | superlative
heights greater than the mean height of the collection shall be highlighted | AboveAverage() | ar_height | legalese
height cells showing an error shall be so marked | Errors() | ar_height | legalese
Highlight Cells Rules > Text that Contains... Oak | TextContains("Oak") | ar_species | menu
species entered as precisely 'Maple', and no other | TextEquals("Maple") | ar_species | legalese | quoted
species starting w 'Birch' fr | TextStartsWith("Birch") | ar_species | teen | quoted
everything but the ones ending in Hybrid, highlight those, no cap | NOT(TextEndsWith("Hybrid")) | ar_species | teen
    | negation
New Rule > Format only unique or duplicate values > duplicate | Duplicates() | ar_plot | menu
plot labels that are empty shall be highlighted | Blanks() | ar_plot | legalese
pruning due today? highlight it rn | Today() | ar_prune | teen | date
A Date Occurring > Yesterday, on pruning dates | Yesterday() | ar_prune | menu | date
pruning dates falling on the morrow shall be marked | Tomorrow() | ar_prune | legalese | date
prunings in the last 7 days fr | Last7Days() | ar_prune | teen | date
prunings during the week preceding the present week shall be shaded | LastWeek() | ar_prune | legalese | date
# a theme park
riders at or under a metre (100 cm) | LessThanEqual(100) | tp_height | reference | boundary
riders exactly 120 cm, the coaster's min, highlight fr | Equals(120) | tp_height | teen
heights other than 140 shall be highlighted | NotEquals(140) | tp_height | legalese | negation
NEW RULE > CELL VALUE > NOT BETWEEN > 110 AND 130 | NotBetween(110, 130) | tp_height | menu | range | odd-case
riders under a metre or over a metre and a half (below 100 or above 150 cm) | OR(LessThan(100), GreaterThan(150))
    | tp_height | reference | compound
rides ending in 'Loop' r mid ngl, flag em | TextEndsWith("Loop") | tp_ride | teen | quoted
New Rule > Specific Text > does not contain > Train | TextNotContains("Train") | tp_ride | menu
Icon Sets > 3 Symbols (Circled) on queue waits | IconSet() | tp_wait | menu | visual
the shortest 4 waits, lowkey the move | Bottom(4) | tp_wait | teen | superlative
waits in the top quarter (top 25%) | TopPercent(25) | tp_wait | reference | superlative
waits below the average wait shall be shaded | BelowAverage() | tp_wait | legalese
every wait cell free of error values shall be marked | NotErrors() | tp_wait | legalese
wristband colours that appear just once, highlight em | Unique() | tp_band | teen
New Rule > Format only cells that contain > No Blanks | NotBlanks() | tp_band | menu
A Date Occurring > This week | ThisWeek() | tp_visit | menu | date
visits booked for the week following this week shall be highlighted | NextWeek() | tp_visit | legalese | date
visits this month fr | ThisMonth() | tp_visit | teen | date
visits from last month lol | LastMonth() | tp_visit | teen | date
A Date Occurring > Next month | NextMonth() | tp_visit | menu | date
# a geothermal plant
brine above the boiling point of water | GreaterThan(100) | gt_brine | reference | boundary
brine temps 180 or more r hot hot, flag em | GreaterThanEqual(180) | gt_brine | teen
brine colder than human body temperature (37 °C) | LessThan(37) | gt_brine | reference
New Rule > Cell Value > between > 120 and 180 | Between(120, 180) | gt_brine | menu | range
any brine reading that is greater than 60 and also less than 100 shall be highlighted
    | AND(GreaterThan(60), LessThan(100)) | gt_brine | legalese | compound
Color Scales > Red-White-Blue on output | ColorScale() | gt_output | menu | visual
output with data bars, lowkey aesthetic | DataBar() | gt_output | teen | visual
the highest 2 outputs shall be marked | Top(2) | gt_output | legalese | superlative
Top/Bottom Rules > Bottom 10%, set the percentage to 15 | BottomPercent(15) | gt_output | menu
output above the plant's avg fr | AboveAverage() | gt_output | teen
output cells that r errors (#REF! etc), mark em | Errors() | gt_output | teen
only the well that's literally 'GW', highlight fr | TextEquals("GW") | gt_well | teen | quoted
wells whose identifier contains INJ shall be shaded | TextContains("INJ") | gt_well | legalese
Highlight Cells Rules > More Rules > Specific Text > beginning with > PROD | TextStartsWith("PROD") | gt_well | menu
all wells save those whose identifier begins with 'OB' | NOT(TextStartsWith("OB")) | gt_well | legalese | negation
    | quoted
Duplicate Values dialog, leave it on Duplicate, apply to crew shift | Duplicates() | gt_crew | menu | column-word
crew shift cells which are blank shall be highlighted | Blanks() | gt_crew | legalese
well tests dated today shall be highlighted | Today() | gt_test | legalese | date
tests from yesterday, highlight em | Yesterday() | gt_test | teen | date
A Date Occurring > Tomorrow | Tomorrow() | gt_test | menu | date
A Date Occurring > In the last 7 days | Last7Days() | gt_test | menu | date
last week's tests fr | LastWeek() | gt_test | teen | date
# a patisserie
trays of a baker's dozen exactly | Equals(13) | pa_tray | reference
trays holding a dozen or fewer | LessThanEqual(12) | pa_tray | reference | boundary
trays holding more than two dozen | GreaterThan(24) | pa_tray | reference
trays that aren't a gross (144) | NotEquals(144) | pa_tray | reference | negation
trays with a number of pastries not between half a dozen and two dozen | NotBetween(6, 24) | pa_tray | reference
    | range
trays holding fewer than ten or more than twenty shall be highlighted | OR(LessThan(10), GreaterThan(20)) | pa_tray
    | legalese | compound | number-words
New Rule > Specific Text > ending with > Eclair | TextEndsWith("Eclair") | pa_item | menu
items which do not contain the word 'Tart' shall be highlighted | TextNotContains("Tart") | pa_item | legalese
    | quoted | negation
Icon Sets > 5 Arrows (Colored) on cost | IconSet() | pa_cost | menu | visual
the cheapest two items, lowkey a steal | Bottom(2) | pa_cost | teen | superlative | number-words
costs in the top decile (top 10%) | TopPercent(10) | pa_cost | reference
costs beneath the mean cost shall be shaded | BelowAverage() | pa_cost | legalese
cost cells that aren't errors fr | NotErrors() | pa_cost | teen | negation
fillings that show up once only, highlight em | Unique() | pa_filling | teen
every filling cell which is not blank shall be marked | NotBlanks() | pa_filling | legalese
A Date Occurring > This week on pickups | ThisWeek() | pa_pickup | menu | date
pickups next wk, highlight fr | NextWeek() | pa_pickup | teen | date
pickups falling within the present calendar month shall be highlighted | ThisMonth() | pa_pickup | legalese | date
A Date Occurring > Last month | LastMonth() | pa_pickup | menu | date
pickups next month ngl | NextMonth() | pa_pickup | teen | date
# a soup kitchen
days that served more than a gross of meals (144) | GreaterThan(144) | sk_meals | reference
days serving at least one meal for every day of the year (365) | GreaterThanEqual(365) | sk_meals | reference
New Rule > Cell Value > greater than or equal to > 300 | GreaterThanEqual(300) | sk_meals | menu
days serving fewer than 100 meals shall be highlighted | LessThan(100) | sk_meals | legalese
meals between 150 and 250 inclusive, no cap highlight | Between(150, 250) | sk_meals | teen | range
counts exceeding 120 and at the same time falling short of 200 shall be highlighted
    | AND(GreaterThan(120), LessThan(200)) | sk_meals | legalese | compound
Color Scales > Green - White on donations | ColorScale() | sk_dona | menu | visual
Data Bars > Solid Fill > Orange on donation weights | DataBar() | sk_dona | menu | visual
the biggest donation only, highlight fr | Top(1) | sk_dona | teen | superlative
the bottom fifth (20%) of donations | BottomPercent(20) | sk_dona | reference
donations above the average shall be highlighted | AboveAverage() | sk_dona | legalese
donation cells w errors (#N/A and that), mark em | Errors() | sk_dona | teen
the volunteer whose name is exactly 'Jones' | TextEquals("Jones") | sk_vol | legalese | quoted
volunteers w 'Sam' anywhere in the name, highlight | TextContains("Sam") | sk_vol | teen | quoted
New Rule > Specific Text > beginning with > Jo | TextStartsWith("Jo") | sk_vol | menu
everyone but the names ending in Lee fr | NOT(TextEndsWith("Lee")) | sk_vol | teen | negation
shift slots that repeat, highlight em | Duplicates() | sk_shift | teen
New Rule > Format only cells that contain > Blanks, on shift slots | Blanks() | sk_shift | menu
deliveries arriving today shall be highlighted | Today() | sk_deliv | legalese | date
A Date Occurring > Yesterday on deliveries | Yesterday() | sk_deliv | menu | date
deliveries tmrw, highlight em | Tomorrow() | sk_deliv | teen | date
deliveries from the past 7 days shall be marked | Last7Days() | sk_deliv | legalese | date
A Date Occurring > Last week | LastWeek() | sk_deliv | menu | date
each shift slot shall be highlighted save where the cell is blank | NotBlanks() | sk_shift | legalese | polarity
# a county fair
pumpkins at or under half a US ton (1,000 lb) | LessThanEqual(1000) | fa_pump | reference | number-format
New Rule > Cell Value > equal to > 612 | Equals(612) | fa_pump | menu
pumpkins whose weight is other than 300 lb shall be highlighted | NotEquals(300) | fa_pump | legalese | negation
pumpkins not between 450 and 1200 lb r the outliers fr | NotBetween(450, 1200) | fa_pump | teen | range
pumpkins under 300 or over 1500 lb, both extremes, highlight | OR(LessThan(300), GreaterThan(1500)) | fa_pump | teen
    | compound
entries ending in 'Open' shall be highlighted | TextEndsWith("Open") | fa_entry | legalese | quoted
New Rule > Specific Text > does not contain > Pie | TextNotContains("Pie") | fa_entry | menu
Icon Sets > 3 Stars on judge scores | IconSet() | fa_score | menu | visual
the bottom 3 scores, rough ngl | Bottom(3) | fa_score | teen | superlative
the top 20 percent of scores shall be highlighted | TopPercent(20) | fa_score | legalese
scores below avg fr | BelowAverage() | fa_score | teen
New Rule > Format only cells that contain > No Errors | NotErrors() | fa_score | menu
New Rule > Format only unique or duplicate values > unique | Unique() | fa_ribbon | menu
ribbon cells that have something in em | NotBlanks() | fa_ribbon | teen
judging days in this calendar week shall be highlighted | ThisWeek() | fa_judge | legalese | date
A Date Occurring > Next week, judging days | NextWeek() | fa_judge | menu | date
judging this month, highlight fr | ThisMonth() | fa_judge | teen | date
judging days last month shall be shaded | LastMonth() | fa_judge | legalese | date
judging next month ngl | NextMonth() | fa_judge | teen | date
# a pawnshop
any loan that shall exceed 1,000 dollars shall be highlighted | GreaterThan(1000) | pw_loan | legalese | number-format
loans of a grand or more fr | GreaterThanEqual(1000) | pw_loan | teen
loans under a C-note ($100) | LessThan(100) | pw_loan | reference
New Rule > Cell Value > between > 250 and 999 | Between(250, 999) | pw_loan | menu | range
loans over 150 but under 500, mid tier, highlight | AND(GreaterThan(150), LessThan(500)) | pw_loan | teen | compound
items pledged that are exactly 'Watch' and nothing more shall be highlighted | TextEquals("Watch") | pw_item | legalese
    | quoted
Highlight Cells Rules > Text that Contains... Laptop | TextContains("Laptop") | pw_item | menu
items starting w Gold, highlight fr | TextStartsWith("Gold") | pw_item | teen
all items save those whose description ends with 'Ring' | NOT(TextEndsWith("Ring")) | pw_item | legalese | negation
    | quoted
Color Scales > 3-Color Scale on appraised value | ColorScale() | pw_val | menu | visual
data bars on the appraisals, ngl they slap | DataBar() | pw_val | teen | visual
the top four valuations shall be highlighted | Top(4) | pw_val | legalese | superlative | number-words
the bottom quartile of appraisals (bottom 25%) | BottomPercent(25) | pw_val | reference
Top/Bottom Rules > Above Average on appraised value | AboveAverage() | pw_val | menu | column-word
appraisal cells that return an error shall be so marked | Errors() | pw_val | legalese
ticket numbers appearing more than once shall be highlighted | Duplicates() | pw_ticket | legalese
blank ticket cells fr | Blanks() | pw_ticket | teen
A Date Occurring > Today on redemption due | Today() | pw_due | menu | date | column-word
redemptions that were due yesterday, highlight em | Yesterday() | pw_due | teen | date
redemption dates falling tomorrow shall be highlighted | Tomorrow() | pw_due | legalese | date
redemptions due in the last 7 days fr | Last7Days() | pw_due | teen | date
A Date Occurring > Last week on redemptions | LastWeek() | pw_due | menu | date
# a law firm
billable hours not exceeding the standard 40-hour working week | LessThanEqual(40) | lf_hours | reference | boundary
billable hours beyond a 37.5-hour week | GreaterThan(37.5) | lf_hours | reference
hours equal to exactly sixty shall be highlighted | Equals(60) | lf_hours | legalese | number-words
New Rule > Cell Value > not equal to > 45 | NotEquals(45) | lf_hours | menu | negation
hours outside 35 to 55 r wild, flag em | NotBetween(35, 55) | lf_hours | teen | range
any entry recording fewer than 30 hours or more than 60 hours shall be highlighted
    | OR(LessThan(30), GreaterThan(60)) | lf_hours | legalese | compound
New Rule > Specific Text > ending with > Lee | TextEndsWith("Lee") | lf_matter | menu
matters without 'Estate' in them, highlight fr | TextNotContains("Estate") | lf_matter | teen | quoted | negation
Icon Sets > 3 Flags on fees billed | IconSet() | lf_fee | menu | visual
the lowest five fees shall be highlighted | Bottom(5) | lf_fee | legalese | superlative | number-words
top 10% fees fr | TopPercent(10) | lf_fee | teen
Top/Bottom Rules > Below Average on fees | BelowAverage() | lf_fee | menu
fee cells that aren't erroring, highlight | NotErrors() | lf_fee | teen
client codes occurring but once in the column shall be marked | Unique() | lf_client | legalese
client codes that r filled in, highlight | NotBlanks() | lf_client | teen
hearings scheduled for the current week shall be highlighted | ThisWeek() | lf_hearing | legalese | date
hearings nxt week, highlight fr | NextWeek() | lf_hearing | teen | date
A Date Occurring > This month on hearings | ThisMonth() | lf_hearing | menu | date
hearings in the month preceding the present month shall be shaded | LastMonth() | lf_hearing | legalese | date
A Date Occurring > Next month on hearing dates | NextMonth() | lf_hearing | menu | date
# a bullion dealer
bars heavier than a troy ounce (31.1 g) | GreaterThan(31.1) | bd_bar | reference | boundary
bars of a kilo (1000 g) or more | GreaterThanEqual(1000) | bd_bar | reference | boundary
bars lighter than 10 grams shall be highlighted | LessThan(10) | bd_bar | legalese
New Rule > Cell Value > between > 50 and 500 | Between(50, 500) | bd_bar | menu | range
bars over 20 g but under 250 g fr | AND(GreaterThan(20), LessThan(250)) | bd_bar | teen | compound
Color Scales > Yellow - Green on spot price | ColorScale() | bd_price | menu | visual
data bars shall be applied to every spot price | DataBar() | bd_price | legalese | visual
the highest three spot prices shall be highlighted | Top(3) | bd_price | legalese | superlative | number-words
bottom 20% spot prices fr | BottomPercent(20) | bd_price | teen
spot prices above average, lowkey bullish | AboveAverage() | bd_price | teen
New Rule > Format only cells that contain > Errors, spot price | Errors() | bd_price | menu
Highlight Cells Rules > Text that Contains... Coin | TextContains("Coin") | bd_product | menu
products named precisely 'Silver' and nothing further shall be highlighted | TextEquals("Silver") | bd_product
    | legalese | quoted
products starting w Gold fr | TextStartsWith("Gold") | bd_product | teen
every product except the ones ending in Bar, highlight | NOT(TextEndsWith("Bar")) | bd_product | teen | negation
vault slots listed more than once shall be highlighted | Duplicates() | bd_vault | legalese
vault slots w nothing in em fr | Blanks() | bd_vault | teen
settlements due today fr | Today() | bd_settle | teen | date
A Date Occurring > Yesterday on settlement dates | Yesterday() | bd_settle | menu | date
settlements falling due on the morrow shall be highlighted | Tomorrow() | bd_settle | legalese | date
settlements within the last seven days shall be shaded | Last7Days() | bd_settle | legalese | date | number-words
A Date Occurring > Last week, settlements | LastWeek() | bd_settle | menu | date
fineness of three nines (999) or finer | GreaterThanEqual(999) | bd_fine | reference | boundary
# a volcano monitoring team
New Rule > Cell Value > less than or equal to > 3 | LessThanEqual(3) | vo_quake | menu
magnitudes of exactly five, highlight fr | Equals(5) | vo_quake | teen | number-words
magnitudes other than 2.5 shall be highlighted | NotEquals(2.5) | vo_quake | legalese | negation
New Rule > Cell Value > not between > 2 and 4 | NotBetween(2, 4) | vo_quake | menu | range
quakes below 1 or 5 and up, highlight those fr | OR(LessThan(1), GreaterThanEqual(5)) | vo_quake | teen | compound
vents sitting exactly at the boiling point of water | Equals(100) | vo_vent | reference
vents at any temperature but the one where water boils | NotEquals(100) | vo_vent | reference | negation
stations ending with 'Ash' shall be highlighted | TextEndsWith("Ash") | vo_station | legalese | quoted
stations without 'Crater' in them fr | TextNotContains("Crater") | vo_station | teen | negation
Icon Sets > 4 Ratings on tilt | IconSet() | vo_tilt | menu | visual
the bottom two tilt readings shall be highlighted | Bottom(2) | vo_tilt | legalese | superlative | number-words
top 30% tilt fr | TopPercent(30) | vo_tilt | teen
tilts below average, highlight | BelowAverage() | vo_tilt | teen
TOP/BOTTOM RULES > TOP 10 ITEMS, SET TO 4, ON TILT | Top(4) | vo_tilt | menu | odd-case | superlative
tilt cells not showing an error shall be marked | NotErrors() | vo_tilt | legalese | negation
Duplicate Values > Unique, on alert codes | Unique() | vo_alert | menu
alert codes that aren't empty shall be highlighted | NotBlanks() | vo_alert | legalese | negation
A Date Occurring > This week on survey flights | ThisWeek() | vo_flight | menu | date
flights in the week next following shall be highlighted | NextWeek() | vo_flight | legalese | date
flights this month, highlight fr | ThisMonth() | vo_flight | teen | date
A Date Occurring > Last month, survey flights | LastMonth() | vo_flight | menu | date
flights planned in the ensuing calendar month shall be shaded | NextMonth() | vo_flight | legalese | date
# a cold store
chambers warmer than the freezing point of water | GreaterThan(0) | cs_temp | reference | boundary
chambers at or above the standard freezer setting of -18 °C | GreaterThanEqual(-18) | cs_temp | reference | boundary
chambers colder than minus 25 shall be highlighted | LessThan(-25) | cs_temp | legalese | number-words
New Rule > Cell Value > between > -22 and -15 | Between(-22, -15) | cs_temp | menu | range
temps over -20 but under -15 fr | AND(GreaterThan(-20), LessThan(-15)) | cs_temp | teen | compound
Color Scales > Green-Yellow on pallets stored | ColorScale() | cs_pallet | menu | visual
data bars shall be applied to the pallets stored | DataBar() | cs_pallet | legalese | visual
the top half-dozen pallet counts | Top(6) | cs_pallet | reference | superlative
Top/Bottom Rules > Bottom 10%, change it to 20, on pallets | BottomPercent(20) | cs_pallet | menu
pallet counts above the avg fr | AboveAverage() | cs_pallet | teen
pallet cells throwing errors, mark em | Errors() | cs_pallet | teen
lot codes that r exactly FZ, nothing else | TextEquals("FZ") | cs_lot | teen
New Rule > Specific Text > containing > ICE | TextContains("ICE") | cs_lot | menu
lot codes commencing with 'FISH' shall be highlighted | TextStartsWith("FISH") | cs_lot | legalese | quoted
all lots save those whose code ends with '-B' | NOT(TextEndsWith("-B")) | cs_lot | legalese | negation | quoted
New Rule > Format only unique or duplicate values > duplicate, on shelves | Duplicates() | cs_shelf | menu
shelf cells left empty shall be highlighted | Blanks() | cs_shelf | legalese
goods in today, highlight fr | Today() | cs_in | teen | date
A Date Occurring > Yesterday, goods in | Yesterday() | cs_in | menu | date
goods arriving tomorrow shall be highlighted | Tomorrow() | cs_in | legalese | date
A Date Occurring > In the last 7 days on goods in | Last7Days() | cs_in | menu | date
goods received last week shall be marked | LastWeek() | cs_in | legalese | date
# a skate park
riders at or under 12, lil kids, highlight | LessThanEqual(12) | sp_age | teen
riders exactly the legal voting age (18 in the UK) | Equals(18) | sp_age | reference
riders old enough to drive in the US (16 and up) | GreaterThanEqual(16) | sp_age | reference | boundary
riders whose age is not 16 shall be highlighted | NotEquals(16) | sp_age | legalese | negation
riders outside their teens (13 to 19) | NotBetween(13, 19) | sp_age | reference | range
riders under 13 or over 19, so not teens ngl | OR(LessThan(13), GreaterThan(19)) | sp_age | teen | compound
tricks ending in 'flip' shall be highlighted | TextEndsWith("flip") | sp_trick | legalese | quoted
New Rule > Specific Text > does not contain > Ollie | TextNotContains("Ollie") | sp_trick | menu
Icon Sets > 3 Arrows on run scores | IconSet() | sp_score | menu | visual
the lowest three runs, rip | Bottom(3) | sp_score | teen | superlative | number-words
the top fifth (20%) of run scores | TopPercent(20) | sp_score | reference
scores falling below the mean shall be highlighted | BelowAverage() | sp_score | legalese
score cells that aren't errors fr | NotErrors() | sp_score | teen
deck brands appearing on one occasion only shall be highlighted | Unique() | sp_deck | legalese
New Rule > Format only cells that contain > No Blanks, deck brand | NotBlanks() | sp_deck | menu
jams this week fr | ThisWeek() | sp_jam | teen | date
A Date Occurring > Next week on jam sessions | NextWeek() | sp_jam | menu | date
sessions in the current month shall be highlighted | ThisMonth() | sp_jam | legalese | date
jams last month, highlight | LastMonth() | sp_jam | teen | date
A Date Occurring > Next month, jam sessions | NextMonth() | sp_jam | menu | date
# a bubble tea shop
sugar levels over 100%, that's extra af | GreaterThan(100) | bt_sugar | teen
New Rule > Cell Value > greater than or equal to > 75 | GreaterThanEqual(75) | bt_sugar | menu
sugar levels beneath a quarter (25) | LessThan(25) | bt_sugar | reference
sugar at exactly half (50) | Equals(50) | bt_sugar | reference
sugar levels from 30 to 70 inclusive shall be highlighted | Between(30, 70) | bt_sugar | legalese | range
sugar more than 1 but less than 50, lowkey healthy | AND(GreaterThan(1), LessThan(50)) | bt_sugar | teen | compound
Color Scales > Red - Yellow - Green on cups sold | ColorScale() | bt_cups | menu | visual
cups sold w data bars fr | DataBar() | bt_cups | teen | visual | column-word
the two highest cup counts shall be highlighted | Top(2) | bt_cups | legalese | superlative | number-words
Top/Bottom Rules > Bottom 10% on cups sold | BottomPercent(10) | bt_cups | menu
cup counts exceeding the average shall be shaded | AboveAverage() | bt_cups | legalese
cups sold cells w errors like #DIV/0!, mark em | Errors() | bt_cups | teen
Highlight Cells Rules > Text that Contains... Latte | TextContains("Latte") | bt_drink | menu
drinks that r literally just Taro, highlight | TextEquals("Taro") | bt_drink | teen
drinks whose name begins with 'Green' shall be highlighted | TextStartsWith("Green") | bt_drink | legalese | quoted
every drink except the ones that end in Tea fr | NOT(TextEndsWith("Tea")) | bt_drink | teen | negation
toppings that repeat fr | Duplicates() | bt_topping | teen
any topping cell that is blank shall be marked | Blanks() | bt_topping | legalese
A Date Occurring > Today, tapioca batches | Today() | bt_batch | menu | date
batches from yesterday fr | Yesterday() | bt_batch | teen | date
batches due tomorrow shall be highlighted | Tomorrow() | bt_batch | legalese | date
batches in the last 7 days, highlight | Last7Days() | bt_batch | teen | date
A Date Occurring > Last week on tapioca batches | LastWeek() | bt_batch | menu | date
# a sneaker resale business
sizes 8 and under fr | LessThanEqual(8) | sn_size | teen | boundary
New Rule > Cell Value > equal to > 10.5 | Equals(10.5) | sn_size | menu
sizes other than 9 shall be highlighted | NotEquals(9) | sn_size | legalese | negation
sizes outside 7-12 r hard to flip ngl | NotBetween(7, 12) | sn_size | teen | range
sizes below 7 or above 13 shall be highlighted | OR(LessThan(7), GreaterThan(13)) | sn_size | legalese | compound
pairs listed at exactly a Benjamin ($100) | Equals(100) | sn_price | reference
pairs going for a C-note ($100) or less | LessThanEqual(100) | sn_price | reference | boundary
pairs not going for a Benjamin ($100) | NotEquals(100) | sn_price | reference | negation
models ending in 'Low', highlight fr | TextEndsWith("Low") | sn_model | teen | quoted
models which do not contain 'Max' shall be highlighted | TextNotContains("Max") | sn_model | legalese | quoted
    | negation
Icon Sets > 3 Triangles on profit | IconSet() | sn_profit | menu | visual
the worst 2 flips, big L | Bottom(2) | sn_profit | teen | superlative
profits in the upper fifteen percent shall be highlighted | TopPercent(15) | sn_profit | legalese | number-words
Top/Bottom Rules > Below Average on profit | BelowAverage() | sn_profit | menu
profit cells that are not error values shall be formatted | NotErrors() | sn_profit | legalese | negation
sellers that show up one time only fr | Unique() | sn_seller | teen
seller cells which are not blank shall be highlighted | NotBlanks() | sn_seller | legalese | negation
drops this wk fr | ThisWeek() | sn_drop | teen | date
drops scheduled for next week shall be highlighted | NextWeek() | sn_drop | legalese | date
A Date Occurring > This month, drop dates | ThisMonth() | sn_drop | menu | date
drops last month, highlight em | LastMonth() | sn_drop | teen | date
drops in the coming calendar month shall be shaded | NextMonth() | sn_drop | legalese | date
sizes of 12 and above shall remain unformatted, all smaller sizes being highlighted | LessThan(12) | sn_size
    | legalese | polarity
# a student union
members at or over the legal voting age of 18 | GreaterThanEqual(18) | su_age | reference | boundary
members over the US drinking age of 21 | GreaterThan(21) | su_age | reference
members under the age of 18 shall be highlighted | LessThan(18) | su_age | legalese
members in their twenties (20 to 29) | Between(20, 29) | su_age | reference | range
New Rule > Cell Value > between > 19 and 25 | Between(19, 25) | su_age | menu | range
members older than 20 n younger than 30 fr | AND(GreaterThan(20), LessThan(30)) | su_age | teen | compound
Color Scales > White - Blue on votes cast | ColorScale() | su_votes | menu | visual
data bars shall be displayed across the votes cast | DataBar() | su_votes | legalese | visual
the top 3 vote getters fr | Top(3) | su_votes | teen | superlative
the bottom tenth of vote counts (10%) | BottomPercent(10) | su_votes | reference
votes above average, highlight | AboveAverage() | su_votes | teen
vote cells returning an error, e.g. #REF!, shall be highlighted | Errors() | su_votes | legalese
the society named 'Film' and no other shall be highlighted | TextEquals("Film") | su_soc | legalese | quoted
Highlight Cells Rules > Text that Contains... Club | TextContains("Club") | su_soc | menu
societies starting w Debate fr | TextStartsWith("Debate") | su_soc | teen
all societies save those whose name ends in 'Society' | NOT(TextEndsWith("Society")) | su_soc | legalese | negation
    | quoted
New Rule > Format only unique or duplicate values > duplicate on rooms | Duplicates() | su_room | menu
room cells that r blank fr | Blanks() | su_room | teen
events happening today fr | Today() | su_event | teen | date
events held yesterday shall be marked | Yesterday() | su_event | legalese | date
A Date Occurring > Tomorrow, event dates | Tomorrow() | su_event | menu | date
events in the last 7 days, highlight | Last7Days() | su_event | teen | date
events which took place in the preceding calendar week shall be shaded | LastWeek() | su_event | legalese | date
# an escrow agent
any deposit that shall not exceed 5,000 dollars shall be highlighted | LessThanEqual(5000) | es_dep | legalese
    | number-format
deposits exactly at the six-figure mark, 100,000 | Equals(100000) | es_dep | reference | number-format
New Rule > Cell Value > not equal to > 20000 | NotEquals(20000) | es_dep | menu | negation
deposits lying outside the range of 5,000 to 50,000 dollars inclusive shall be highlighted | NotBetween(5000, 50000)
    | es_dep | legalese | range | number-format
deposits under 2500 or over 100000 fr | OR(LessThan(2500), GreaterThan(100000)) | es_dep | teen | compound
New Rule > Specific Text > ending with > LLC | TextEndsWith("LLC") | es_party | menu
parties w no 'Trust' in the name fr | TextNotContains("Trust") | es_party | teen | quoted | negation
Icon Sets > 5 Quarters on days in escrow | IconSet() | es_days | menu | visual
the lowest four escrow periods shall be highlighted | Bottom(4) | es_days | legalese | superlative | number-words
the top 25% longest escrows fr | TopPercent(25) | es_days | teen | superlative
escrows below the average length, highlight | BelowAverage() | es_days | teen
New Rule > Format only cells that contain > No Errors, days in escrow | NotErrors() | es_days | menu
account refs occurring but once shall be highlighted | Unique() | es_acct | legalese
account refs that aren't empty fr | NotBlanks() | es_acct | teen | negation
closings this week, highlight fr | ThisWeek() | es_close | teen | date
A Date Occurring > Next week, closing dates | NextWeek() | es_close | menu | date
A Date Occurring > This month on closings | ThisMonth() | es_close | menu | date
closings that occurred in the month last past shall be highlighted | LastMonth() | es_close | legalese | date
closings next month fr | NextMonth() | es_close | teen | date
# a wax museum
figures taller than six feet (183 cm) | GreaterThan(183) | wm_height | reference | boundary
New Rule > Cell Value > greater than or equal to > 190 | GreaterThanEqual(190) | wm_height | menu
figures at least two metres tall | GreaterThanEqual(200) | wm_height | reference | number-words
figures shorter than 160 cm shall be highlighted | LessThan(160) | wm_height | legalese
figures 165 to 180 cm, highlight fr | Between(165, 180) | wm_height | teen | range
figures taller than 170 and shorter than 190 shall be shaded | AND(GreaterThan(170), LessThan(190)) | wm_height
    | legalese | compound
Color Scales > Green - Yellow - Red on daily visitors | ColorScale() | wm_visits | menu | visual
Data Bars > Gradient Fill > Red on daily visitors | DataBar() | wm_visits | menu | visual
the top 4 visitor days fr | Top(4) | wm_visits | teen | superlative
the bottom 15 percent of visitor counts shall be highlighted | BottomPercent(15) | wm_visits | legalese
visitor days above average, highlight em | AboveAverage() | wm_visits | teen
visitor cells w errors, mark em | Errors() | wm_visits | teen
figures named exactly 'Marilyn' shall be highlighted | TextEquals("Marilyn") | wm_figure | legalese | quoted
Highlight Cells Rules > Text that Contains... Elvis | TextContains("Elvis") | wm_figure | menu
figures starting w Henry fr | TextStartsWith("Henry") | wm_figure | teen
all figures save those whose name ends in 'Victoria' | NOT(TextEndsWith("Victoria")) | wm_figure | legalese
    | negation | quoted
gallery rooms that come up more than once fr | Duplicates() | wm_room | teen
New Rule > Format only cells that contain > Blanks on gallery room | Blanks() | wm_room | menu
touch-ups scheduled for today shall be highlighted | Today() | wm_touch | legalese | date
A Date Occurring > Yesterday, touch-ups | Yesterday() | wm_touch | menu | date
touch-ups tmrw fr | Tomorrow() | wm_touch | teen | date
touch-ups in the last week's worth of days (7 days, today included) | Last7Days() | wm_touch | reference | date
touch-ups last week, highlight | LastWeek() | wm_touch | teen | date
# a gaming cafe
ping at or under 30 fr, smooth | LessThanEqual(30) | gc_ping | teen
New Rule > Cell Value > equal to > 100 | Equals(100) | gc_ping | menu
pings of a tenth of a second or more (100 ms) | GreaterThanEqual(100) | gc_ping | reference
pings other than 60 shall be highlighted | NotEquals(60) | gc_ping | legalese | negation
pings not between 20 and 80 r laggy or sus | NotBetween(20, 80) | gc_ping | teen | range
pings of less than 15 or more than 150 milliseconds shall be highlighted | OR(LessThan(15), GreaterThan(150))
    | gc_ping | legalese | compound
frame rates at or below the film standard of 24 fps | LessThanEqual(24) | gc_fps | reference
frame rates of exactly a gross | Equals(144) | gc_fps | reference
games ending in 'Craft' shall be highlighted | TextEndsWith("Craft") | gc_game | legalese | quoted
New Rule > Specific Text > does not contain > League | TextNotContains("League") | gc_game | menu
Icon Sets > 3 Signs on hours played | IconSet() | gc_hours | menu | visual
the three shortest sessions shall be highlighted | Bottom(3) | gc_hours | legalese | superlative | number-words
top 10% hours fr, no lifers | TopPercent(10) | gc_hours | teen
sessions below avg hours, highlight | BelowAverage() | gc_hours | teen
hours cells that ain't errors fr | NotErrors() | gc_hours | teen
New Rule > Format only unique or duplicate values > unique, gamer tags | Unique() | gc_tag | menu
gamer tag cells that aren't blank shall be highlighted | NotBlanks() | gc_tag | legalese | negation
bookings this week shall be highlighted | ThisWeek() | gc_booking | legalese | date
bookings next week fr | NextWeek() | gc_booking | teen | date
bookings in the present month shall be marked | ThisMonth() | gc_booking | legalese | date
bookings last month ngl | LastMonth() | gc_booking | teen | date
A Date Occurring > Next month, bookings | NextMonth() | gc_booking | menu | date
dont touch pings over 45, highlight the rest fr | LessThanEqual(45) | gc_ping | teen | polarity
""")


OTHER_SETS = ("annotator_tables.json", "eighteenth_cf.json", "eighteenth_tables.json", "eighth_cf.json",
              "eighth_tables.json", "eleventh_cf.json", "eleventh_tables.json", "everyday_cf.json",
              "everyday_tables.json", "fifteenth_cf.json", "fifteenth_tables.json", "fifth_cf.json",
              "fifth_tables.json", "forum_tables.json", "fourteenth_cf.json", "fourteenth_tables.json",
              "fourth_cf.json", "fourth_tables.json", "fresh_cf.json", "fresh_tables.json", "nineteenth_cf.json",
              "nineteenth_tables.json", "ninth_cf.json", "ninth_tables.json", "plain_cf.json", "posts_tables.json",
              "seventeenth_cf.json", "seventeenth_tables.json", "seventh_cf.json", "seventh_tables.json",
              "sixteenth_cf.json", "sixteenth_tables.json", "sixth_cf.json", "sixth_tables.json", "spoken_cf.json",
              "template_tables.json", "tenth_cf.json", "tenth_tables.json", "third_cf.json", "third_tables.json",
              "thirteenth_cf.json", "thirteenth_tables.json", "twelfth_cf.json", "twelfth_tables.json", "web_cf.json")


column_sets.bind(globals(), TWENTIETH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
