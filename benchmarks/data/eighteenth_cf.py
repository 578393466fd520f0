"""An eighteenth independent set of one-column CF requests, and the builder of eighteenth_cf.json.

Written from scratch (2026-12-07 08:14 to 08:27 UTC by `date -u`, engineer E18c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of
twenty domains no earlier builder's docstring names, on this set's own columns (an orchid nursery, a tannery, a
pipe band, an aviary, an oil rig, a landfill site, water treatment works, a submarine crew, a sommelier school,
a fire brigade, a census office, a pearl farm, a mussel farm, a reindeer herd, husky sledding, a speed skating
club, a caving club, a funicular railway, marine salvage, a parrot sanctuary), in four styles new to the
one-column sets: `units` (a quantity said in another unit than the column's, which a careful reader converts:
"runs over 2 hours" on a minutes column -> 120, "parcels above 1.5 kg" on grams -> 1500; the unit is in the
header), `arithmetic` (a literal given by a small sum: "twice the 40 minimum" -> 80, "a quarter of 200" -> 50,
"a dozen" -> 12), `typos` (heavy typing slips and swapped letters, every literal still exact: "hihglight vlaues
ovr 50") and `hashtag` (social-media shorthand: "#overdue rows pls", "@sheet mark dupes #help"); these examples
are the brief's, made up for it, and are not entries. Only requests the language expresses exactly, one right
rule on the column, every literal recoverable by a careful reader (10 fathoms on a feet column -> 60, 25,000 m3
a day on megalitres a day -> 25, "2 score" -> 40, "the top half of 20 percent" -> TopPercent(10)). Labels are
what the executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week
2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June, last month May, next month July), with
Excel's semantics kept as they are (a blank compares as 0 and any text is greater than any number);
comparisons were kept off the columns holding a text cell, a blank or a cell of one space (every comparison,
Between, NotBetween, Top, Bottom, percent rank and numeric AND, OR and NOT of this set is on a column of
numbers only), and the columns that carry a colour scale, data bar, icon set, average or error rule hold one
text cell ("spoiled", "shut in", "corked", ...), one blank and one error cell, so that a visual rule formats
the numbers only and NotErrors differs from NotBlanks. Text columns that NOT or TextNotContains runs on hold
no blank; the columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one space
(the executor counts that cell as a value that appears once, as Excel does). A program checked these
conventions on every entry (it printed an empty list).

What its author read: of benchmarks/data/seventeenth_cf.py, which this builder mirrors, lines 1-150 (its module
docstring, imports, constants, `_joined` and its date lists, up to `COLUMNS = {`) and 819-841 (the closing of its
ENTRIES, OTHER_SETS, the bind and the main block), by `sed -n`, after a `grep -nE` anchored on `^[A-Z_]+ = `, `^def
`, `^if __name__`, `^import `, `^from ` and three double quotes at a line start, for their places (and see slip 1);
benchmarks/data/column_sets.py (all, `cat`); benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of tests/benchmarks/set_files.py lines 1-16 and 63-210
(the check functions; `grep -n '^def '` and `wc -l` for their places); ../shared/docs/CF_RULES.md (all, `cat`); the
first 12,000 characters of benchmarks/data/README.md (`head -c`); the public API of cf_assistant.languages.cf
(parse and to_text on 48 made-up rules, for their canonical spelling, and `everyday_common.labels_of` on one
made-up column of eight cells, to see how an error text, a blank, a cell of one space, "1,200" and "12%" are
typed). Commands that printed anything else: `date -u` (nine times); `cat` of the brief; the import check (`ok`);
`git status --short` (once, at the start: the names of eleven modified files under cf_assistant/ and tests/, no
content); `ls` of benchmarks/data (file names, for OTHER_SETS); `wc -l` of seventeenth_cf.py, `wc -c` of
CF_RULES.md and the README; three runs of a program that printed one True/False per candidate domain word or
phrase: whether any other builder's module docstring (benchmarks/data/*.py except eighteenth_*, by
`ast.get_docstring`, lower-cased) or the whole benchmarks/data/README.md holds it as a substring; the builder's own
runs before any half was printed (the number of entries and columns, the counts per function, style and tag over
all entries, and the problems of `problems_of`); a listing of this builder's own entries of eight functions
(request, column key, style), to choose which to trim, and of its own `typos` drafts, to make their slips heavier;
`sed -n` of four of this builder's own lines and `awk` listing its lines over 120 characters; a program that
checked the column conventions above and printed the cells per column; the builder's main run (counts per function,
style and tag per half); `md5sum` of two rebuilds (equal); a count of the other set files in the folder (41); the
program that inserted this set's README row (it printed the row's line number); the test modules' pass counts (6118
and 44 passed, twice). Candidates the check dropped (printed True): sawmill, quarry, lighthouse, planetarium,
zipline, rowing, curling, lacrosse, rugby, cricket, darts, orchestra, bell ring, kombucha, oyster, salmon, alpaca,
goat, maple syrup, lavender, orchard, pumpkin, christmas tree, bonsai, herbarium, seed bank, weather station,
radiology, physiotherap, optician, podiatr, orthodont, blood bank, ambulance, lifeguard, coastguard, mountain
rescue, ski school, surf, kayak, canoe, paraglid, skydiv, hot air balloon, kart, roller derby, rodeo, polo, pigeon,
upholster, foundry, blacksmith, stained glass, bookbind, recording studio, piano tun, violin, harp, laser tag,
trampoline, circus, reptile, wind farm, recycling, compost, airport, drone, telescope, scuba, glassblow, bee, tyre,
dry clean, pawn, funeral, crematori, archive, election, polling, snail, truffle, saffron, peat, seaweed, kelp,
lobster, eel, carp, yak, bobsleigh, biathlon, marathon, orienteer, bouldering, hovercraft, ferry, lock keeper,
dredg, lifeboat, customs, passport, visa, notary, court, probation, racehorse, parole, bailiff, embassy. Taken
(printed False as words and again as phrases): orchid / "orchid nursery", tannery, bagpipe / "pipe band", aviary,
"oil rig", landfill / "landfill site", "water treatment" / "water treatment works", submarine / "submarine crew",
sommelier / "sommelier school", "fire brigade", census / "census office", pearl / "pearl farm", mussel / "mussel
farm", reindeer / "reindeer herd", husky / "husky sled" / sledding, "speed skating" / skating, caving / "caving
club", funicular / "funicular railway", salvage / "marine salvage", parrot / "parrot sanctuary" / sanctuary.
Printed False and not used: horse racing (dropped all the same, racehorse printed True), tortoise, ferret, rabbit,
guinea pig, camel, crab, shrimp, koi, coral, sponge, escargot, mink, mushing, luge, figure skat, synchronised,
diving board, pole vault, shot put, javelin, speleolog, abseil, ropeway, monorail, barge, pilot boat, icebreaker,
border, prison.

Slips. (1) Before the anchored grep, a `grep -n '^[A-Za-z_]' seventeenth_cf.py | cut -c1-100 | head -80`,
whose pattern is not anchored as the brief asks and could have matched entry lines, printed the first 100
characters of lines 3-102 of seventeenth_cf.py: all of them lines of its module docstring (which the brief
allows), no entry line, because `head` stopped it before its COLUMNS and ENTRIES. No other slip known: no
draft was reworded after its half was seen (no record's half was ever printed; the builder prints counts
per function, style and tag per half only, and it was run for those counts once, after every draft had its
final wording (later runs, for `md5sum`, sent their output to /dev/null), when every function already stood
in both halves, so nothing was added or changed after).
Not read: anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES
or TABLES, the rest of benchmarks/data/README.md, the utterances of any JSON file, eighteenth_tables.*
(being written beside this set by engineer E18t), tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data, git log, diff or show. No
model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values a
tenth and ten times a threshold, prefix/suffix/middle variants of texts, blanks, cells of one space, text and
error cells beside numbers). The first count (467 drafts on 110 columns, before any check of their records)
showed BottomPercent, TopPercent, the visual rules and a few periods thin and plain comparisons and text
matches thick, and a `typos` style heavier than `units` and `arithmetic`: 80 drafts were dropped (surplus
comparisons, Between and text matches, a few surplus periods, Duplicates, Unique and Blanks), 55 written (the
block under the last heading: percent and plain ranks, visual rules, averages, errors, periods, and one entry
each for the `quoted`, `odd-case`, `polarity` and `typo` tags that no draft had yet), one draft in the
`correction` style of the seventeenth set reworded into a `units` one, and 85 `typos` drafts given heavier
slips, all before any record was checked or any half printed. The first check flagged six columns
(NOT(TextContains("dendrobium")) without a dendrobium not at the start, a GreaterThanEqual on the top value of
soak times, a TextEquals("Cold Work") without a longer cell ending so, OR(Equals(1), GreaterThan(10)) on
household sizes without 0 or 10, a GreaterThanEqual on the top lap time and an Equals on the top trip length):
cells were added to those six columns (`Mini Dendrobium`, 2880, `Minor Cold Work`, 0 and 10, 90, 36), no
request changed; the second check found none. 442 records on 110 columns: dev 220, test 222 (the hash's
split, not steered); styles typos 176, hashtag 158, units 61, arithmetic 47 (`units` and `arithmetic` only
fit the numeric rules); every one of the 41 functions in both halves (at least two in each half); 14-17 cells
a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written
before it (`OTHER_SETS`), of any other set file in the folder when it runs (eighteenth_tables.json, written
beside it by someone else, included when present) or of the train split, a non-canonical rule, a column of
fewer than 12 or more than 20 cells, a column where the rule formats no row or every row, and a column that
cannot tell the rule from the rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`units`, `arithmetic`, `typos`, `hashtag`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`,
`range`, `polarity`, `date`, `visual` (as in seventeenth_cf.py), then the set tag `eighteenth`. IDs have the
prefix `e18c-`; the dev/test halves come from a hash of the ID. A `hashtag` request never starts with "#"
(a line starting so is a heading).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long
for one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/eighteenth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "eighteenth_cf.json"
PREFIX = "e18c"
EIGHTEENTH_TAG = "eighteenth"
STYLES = ("units", "arithmetic", "typos", "hashtag")
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
EA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-14|2024-06-06|2024-06-03|2024-06-17|2024-06-25|"
      "2024-05-14|2024-07-09|2023-08-21||2024-06-20|2024-05-30")
EB = ("2024-06-09|2024-06-12|2024-06-11|2024-06-13|2024-06-15|2024-06-07|2024-06-02|2024-06-22|2024-06-29|"
      "2024-05-03|2024-07-30|2024-08-05|postponed|2024-06-18|2024-06-01")
EC = ("2024-05-27|2024-06-13|2024-06-04|2024-06-12|2024-06-16|2024-06-10|2024-07-02|2024-06-11|2024-06-08|"
      "2024-06-26|2024-04-18||2024-06-14|2024-07-21")
ED = ("2024-06-11|2024-06-13|2024-06-12|2024-06-19|2024-05-09|2024-06-05|2024-06-07|2024-07-15|2024-06-28|"
      "2024-06-09|2024-06-15|TBD|2024-01-22|2024-06-21|2024-06-06")

COLUMNS = {
    # orchid nursery
    "on_spike": ("Spike Height (cm)", "8|12|25|30|45|50|60|75|80|100|120|150|300|35|5"),
    "on_water": ("Watering (ml)", "25|50|100|125|250|300|400|500|600|750|1000|1500|2000|5000|80"),
    "on_variety": ("Variety", "Phalaenopsis White|Dendrobium Nobile|Cattleya Gold|Phalaenopsis Pink|Oncidium Twinkle|"
                   "Mini Phalaenopsis|Vanda Blue|Paphiopedilum Maudiae|Cymbidium Red|Miltonia Sunset|"
                   "Dendrobium Kingianum|Blue Vanda Hybrid|Sunset Gold Oncidium|Vanda Sunset|Mini Dendrobium"),
    "on_sold": ("Sold On", EA),
    "on_price": ("Orchid Price (£)", "12.5|18|24|9.99|35|42|15|28|#N/A||7.5|60|22|out of stock|19"),
    "on_pot": ("Pot Code", "OP-12|OP-14|OP-12|OP-09|OP-20||OP-14|OP-31| |OP-05|OP-12|OP-18|OP-09|OP-27"),
    # tannery
    "tn_soak": ("Soak Time (min)", "30|45|60|90|100|110|120|150|180|240|300|480|720|1440|15|2880"),
    "tn_ph": ("Liquor pH", "2.5|3|3.5|4|4.5|5|5.5|6|7|8|9|10|11|12.5|1.2"),
    "tn_hide": ("Hide Grade", "Grade A Full|Grade B Split|Grade A Top|Grade C Reject|Split Suede|Grade B Full|"
                "Reject Hide|Full Grain Grade A|Top Grain|Grade B Top|Sanded Top Grain|Grade C Split|"
                "Top Grain Belly|Grade A Split"),
    "tn_batch": ("Tanning Batch Date", EB),
    "tn_yield": ("Leather Yield (sq ft)", "18.5|22|25.4|19|30|#DIV/0!|27.5|21||16|24|spoiled|33|20.5|26"),
    # pipe band
    "pb_tune": ("Tune Length (s)", "45|60|75|90|100|120|135|150|180|200|240|300|360|20|600"),
    "pb_drone": ("Drone Pitch (Hz)", "440|466|470|475|480|452|458|460|445|490|500|450|455|472|4"),
    "pb_piper": ("Piper", "Fraser|MacLeod|Grant|Fraser|Munro||Campbell|Grant| |Stewart|Ross|MacLeod|Fraser|Sinclair"),
    "pb_comp": ("Competition", "Cowal Gathering|World Pipe Band Championships|Scottish Championships|"
                "Braemar Gathering|European Championships|Cowal Highland Games|British Championships|"
                "Lonach Gathering|Inveraray Highland Games|Highland Games Ceilidh|Gathering at Oban|"
                "Bute Highland Games|Ferry to Cowal|Championships Dinner"),
    "pb_rehearsal": ("Band Rehearsal", EC),
    "pb_score": ("Judge Score", "78|82|85|69|91|#N/A|88|74||80|withdrawn|93|71|86|77"),
    # aviary
    "av_weight": ("Bird Weight (g)", "12|18|25|30|45|60|85|100|120|250|400|500|750|1000|1200"),
    "av_species": ("Aviary Species", "Zebra Finch|Budgerigar|Gouldian Finch|Canary|Cockatiel|Java Sparrow|"
                   "Canary Yellow|Diamond Dove|Finch Hybrid|Lovebird|Red Canary|Star Finch|Button Quail|Owl Finch"),
    "av_clean": ("Cage Cleaned", ED),
    "av_ring": ("Ring No.", "AV-101|AV-102|AV-103|AV-101|AV-105||AV-106|AV-102| |AV-109|AV-110|AV-101|AV-112|AV-113"),
    "av_seed": ("Seed Eaten (g)", "14|22|9|31|18|#N/A|26|11||19|skipped|24|16|29|21"),
    # oil rig
    "or_depth": ("Well Depth (m)", "800|1200|1500|2000|2500|3000|3500|4000|4500|5000|250|600|10000|3200|1800"),
    "or_press": ("Wellhead Pressure (bar)", "50|75|100|120|150|180|200|210|250|300|350|400|20|600|1000"),
    "or_crew": ("Crew Member", "Okafor|Lindqvist|Haugen||Reyes|Okafor|Brennan| |Haugen|Tanaka|Mbeki|Olsen|"
                "Dufresne|Reyes"),
    "or_shift": ("Shift Start", EA),
    "or_flow": ("Flow Rate (bbl/d)", "1200|1850|950|2300|1600|#REF!|2100|1400||1750|shut in|2500|1100|1950|1300"),
    "or_permit": ("Permit Type", "Hot Work|Cold Work|Confined Space|Hot Work Extended|Electrical Isolation|Diving Ops|"
                  "Working at Height|Cold Work Minor|Crane Lift|Pre-Hot Work Check|Radiography|Hot Tapping|"
                  "Lifting Plan|Heavy Lift|Minor Cold Work"),
    # landfill site
    "lf_load": ("Load Weight (kg)", "500|750|1000|1500|2000|2500|3000|4000|5000|8000|12000|250|6000|1800|20000"),
    "lf_area": ("Tipping Area", "Cell 3 North|Cell 4 South|Cell 3 South|Capped Cell 2|Cell 5 East|Cell 4 North|"
                "Leachate Lagoon|Cell 6 West|Old Cell 3|Cell 3 East|Gas Field|Cell 5 North|North Tipping Face|Cell 7"),
    "lf_temp": ("Landfill Gas Temp (°C)", "32|45|51|38|60|#N/A|55|41||48|probe fault|57|36|63|44"),
    "lf_insp": ("Inspected", EB),
    "lf_ticket": ("Weighbridge Ticket", "T-4410|T-4411|T-4412|T-4410|T-4414||T-4415|T-4416| |T-4411|T-4418|T-4419|"
                  "T-4420|T-4410"),
    # water treatment works
    "wt_turb": ("Turbidity (NTU)", "0.1|0.2|0.3|0.5|0.8|1|1.5|2|3|4|5|0.05|10|0.4|1.2"),
    "wt_chlor": ("Free Chlorine (mg/l)", "0.2|0.3|0.5|0.6|0.8|1|1.2|1.5|2|2.5|3|4|0.1|0.9|5"),
    "wt_inflow": ("Inflow (ML/d)", "12|18|25|30|35|40|45|50|60|80|100|5|200|22|28"),
    "wt_filter": ("Filter", "Rapid Gravity 1|Rapid Gravity 2|Slow Sand A|Slow Sand B|GAC Contactor|Membrane Train 1|"
                  "Backwash Tank|Rapid Gravity Spare|Dissolved Air Flotation|Spare Membrane|Membrane Train 2|"
                  "UV Reactor|Old Slow Sand|GAC Spare"),
    "wt_sampled": ("Sampled", ED),
    "wt_ecoli": ("E. coli Count", "0|2|5|1|12|#VALUE!|3|8||0|lab lost|15|4|6|1"),
    # submarine crew
    "sb_dive": ("Dive Depth (m)", "20|50|80|100|150|200|250|300|350|400|450|500|10|600|1000"),
    "sb_watch": ("Watch Length (h)", "2|3|4|4.5|5|6|7|8|10|12|1|1.5|16|24|3.5"),
    "sb_rank": ("Rank", "Able Seaman|Leading Seaman|Petty Officer|Chief Petty Officer|Lieutenant|Sub Lieutenant|"
                "Lieutenant Commander|Commander|Warrant Officer|Midshipman|Leading Hand|Seaman Apprentice|"
                "Acting Leading Hand|Officer Cadet"),
    "sb_drill": ("Drill Date", EC),
    "sb_o2": ("O2 Level (%)", "20.9|21|19.5|20.5|20.1|#N/A|20.8|19.8||20.3|sensor off|21.2|20.6|19.9|20.4"),
    "sb_bunk": ("Bunk", "B1|B2|B3|B1|B5||B6|B7| |B2|B9|B10|B11|B12"),
    # sommelier school
    "so_vintage": ("Vintage", "1982|1990|1995|2000|2005|2010|2012|2015|2016|2018|2019|2020|2021|2022|1975"),
    "so_abv": ("Wine ABV (%)", "11.5|12|12.5|13|13.5|14|14.5|15|11|10.5|20|5.5|8|9|1.2"),
    "so_pour": ("Pour (ml)", "20|25|50|75|100|125|150|175|200|250|375|500|750|1500|10"),
    "so_region": ("Wine Region", "Rioja Alta|Bordeaux|Côtes du Rhône|Barolo|Rioja Alavesa|Chianti Classico|"
                  "Napa Valley|Valley of the Moon|Baja Rioja|Burgundy|Côte de Nuits|Marlborough|Rheingau|"
                  "Sonoma Valley"),
    "so_tasting": ("Tasting", EA),
    "so_score": ("Blind Score", "82|88|91|76|85|#N/A|89|79||93|corked|87|84|90|80"),
    # fire brigade
    "fb_resp": ("Response Time (s)", "180|240|300|360|420|480|540|600|720|900|60|1200|90|1500|330"),
    "fb_water": ("Water Used (l)", "200|500|800|1000|1500|2000|2500|3000|4000|5000|8000|100|10000|1200|20000"),
    "fb_type": ("Incident Type", "Chimney Fire|Car Fire|False Alarm|RTC Extrication|Suspected False Alarm|Bin Fire|"
                "False Alarm Good Intent|Animal Rescue|Grass Fire|Rescue Boat Launch|Fire Alarm Test|"
                "Lift Rescue|Water Rescue|Kitchen Fire"),
    "fb_hydrant": ("Hydrant Check", EB),
    "fb_callsign": ("Callsign", "Alpha 1|Bravo 2|Alpha 1|Charlie 3||Delta 4|Bravo 2|Echo 5| |Foxtrot 6|Alpha 1|"
                    "Golf 7|Hotel 8|India 9"),
    # census office
    "co_house": ("Household Size", "1|2|3|4|5|6|7|8|9|11|12|15|2|3|4|0|10"),
    "co_age": ("Age (months)", "3|6|9|12|18|24|30|36|48|60|72|120|240|2|15"),
    "co_street": ("Street", "Mill Lane|Church Street|High Street|Mill Road|Station Road|Old Mill Close|Church Lane|"
                  "Market Street|Water Lane|Mill Street|Laneside Walk|Victoria Street|Brook Lane|Streetly Avenue"),
    "co_return": ("Return Received", EC),
    "co_form": ("Form ID", "C-1001|C-1002|C-1003|C-1002|C-1005||C-1006|C-1007| |C-1008|C-1003|C-1010|C-1011|C-1012"),
    "co_income": ("Household Income (£k)", "18|24|32|45|27|#N/A|38|21||52|refused|29|35|41|23"),
    # pearl farm
    "pf_size": ("Pearl Size (mm)", "4|5|6|7|7.5|8|8.5|9|10|11|12|13|15|2|3"),
    "pf_grade": ("Pearl Grade", "AAA Lustre|AA Lustre|A Lustre|High Lustre|Low Lustre|AAA Round|Baroque AA|"
                 "Semi Baroque|Baroque|Circle Baroque|Keshi|AA Near Round|AAA Drop|Top AAA Gem"),
    "pf_harvest": ("Harvest Date", ED),
    "pf_oyster": ("Oyster Tag", "OY-201|OY-202|OY-203|OY-201|OY-205||OY-206|OY-207| |OY-208|OY-209|OY-202|"
                "OY-211|OY-212"),
    "pf_temp": ("Lagoon Temp (°C)", "24.5|26|27.5|25|28|#N/A|26.5|23||27|buoy lost|29|25.5|24|26.8"),
    # mussel farm
    "mf_rope": ("Rope Length (m)", "50|100|150|200|250|400|500|600|800|1000|1200|1500|2000|5000|12000"),
    "mf_yield": ("Line Yield (kg)", "120|150|180|200|250|300|350|400|450|500|80|600|1000|220|320"),
    "mf_site": ("Longline Site", "Loch Creran North|Loch Creran South|Shetland Bay 2|Upper Loch Creran|Shetland Bay 1|"
                "Outer Creran|Sound Site|Voe Longline|North Voe|Creran Narrows|Shetland Voe|Bay Mooring|"
                "Ronas Voe|Loch Spelve"),
    "mf_check": ("Line Check", EA),
    "mf_spat": ("Spat Density (/m)", "420|380|510|290|455|#DIV/0!|470|340||395|washed off|520|360|440|410"),
    # reindeer herd
    "rh_weight": ("Reindeer Weight (kg)", "60|75|80|90|100|110|120|130|150|180|200|40|35|95|105"),
    "rh_antler": ("Antler Span (cm)", "30|45|50|60|70|80|90|100|110|120|130|150|20|75|95"),
    "rh_name": ("Reindeer", "Rudolf|Blitzen|Dasher|Comet|Vixen|Dancer|Vixen Belle|Young Rudolf|Donner|Rudolf Jr|"
                "Little Comet|Mini Vixen|Big Dasher|Comet Tail"),
    "rh_vacc": ("Vaccinated", EB),
    "rh_ear": ("Ear Tag", "R-01|R-02|R-03|R-01|R-05||R-06|R-07| |R-08|R-02|R-10|R-11|R-12"),
    "rh_milk": ("Milk Yield (ml)", "150|220|180|260|200|#N/A|240|170||210|dry|280|190|230|205"),
    # husky sledding
    "hs_run": ("Run Distance (km)", "2|4|5|8|10|12|15|20|25|30|40|50|80|1|100"),
    "hs_time": ("Run Time (min)", "10|15|20|30|45|60|75|90|120|150|180|240|5|50|100"),
    "hs_dog": ("Sled Dog", "Luna|Koda|Nanook|Balto|Juneau|Storm|Luna II|Kodiak|Shadow|Blue Storm|Stormy|Nanook Jr|"
               "Little Luna|Aurora"),
    "hs_booking": ("Sled Booking", ED),
    "hs_harness": ("Harness ID", "H-1|H-2|H-3|H-2|H-5||H-6|H-7| |H-8|H-9|H-3|H-11|H-12"),
    "hs_pulse": ("Resting Pulse (bpm)", "72|80|68|90|76|#N/A|84|70||88|asleep|94|78|82|74"),
    # speed skating club
    "sk_lap": ("Lap Time (s)", "28.5|29|29.5|30|30.5|31|32|33|34|35|27.9|40|45|60|25|90"),
    "sk_dist": ("Race Distance (m)", "500|1000|1500|3000|5000|10000|500|1000|1500|3000|5000|10000|500|1000|1500"),
    "sk_skater": ("Skater", "Jansen|de Vries|Bakker|Kokkinos|Jansen-Kok|Mulder|de Jong|Meijer-Jansen|van Dijk|de Boer|"
                  "Evans|Kok|van den Berg|Ter Mors"),
    "sk_race": ("Race Day", EC),
    "sk_ice": ("Ice Temp (°C)", "-5.5|-6|-7|-5|-6.5|#N/A|-7.5|-8||-6.2|resurfacing|-5.8|-7.2|-6.8|-4.9"),
    # caving club
    "cv_depth": ("Cave Depth (m)", "10|25|40|50|80|100|120|150|200|250|300|450|600|5|1000"),
    "cv_trip": ("Trip Length (h)", "1|2|3|4|5|6|7|8|10|12|14|16|24|1.5|0.5|36"),
    "cv_cave": ("Cave", "Gaping Gill|Ogof Ffynnon Ddu|Dan yr Ogof|Peak Cavern|Giants Hole|Ogof Draenen|Lancaster Hole|"
                "Speedwell Cavern|Pippikin Pot|Alum Pot|Ogof Craig a Ffynnon|Great Douk|Pot Hole Sump|Long Kin West"),
    "cv_date": ("Caving Trip Date", EA),
    "cv_member": ("Club Member", "Hughes|Pritchard|Evans|Hughes|Morgan||Price|Evans| |Jenkins|Rees|Lloyd|Hughes|Parry"),
    # funicular railway
    "fr_time": ("Journey Time (s)", "60|90|120|150|180|200|240|300|360|420|480|30|600|75|100"),
    "fr_load": ("Passengers", "4|8|12|16|20|24|30|36|40|48|6|60|10|2|28"),
    "fr_station": ("Stop", "Top Station|Bottom Station|Halfway Loop|Top Station Platform 2|Passing Loop|Upper Halfway|"
                   "Summit Cafe Stop|Lower Passing Point|Bottom Gate|Cliff Summit|Loop Siding|Old Top Station|"
                   "Mid Station|Summit"),
    "fr_inspect": ("Cable Inspection", EB),
    "fr_sales": ("Ticket Sales (£)", "1240|985|1510|890|1355|#N/A|1470|1040||1195|closed|1620|1160|1440|1310"),
    # marine salvage
    "ms_depth": ("Wreck Depth (ft)", "12|18|24|30|36|48|60|72|90|120|150|180|240|6|300"),
    "ms_weight": ("Recovered Weight (t)", "0.5|1|2|3|5|8|10|12|15|20|25|40|60|0.2|100"),
    "ms_item": ("Salvaged Item", "Bronze Propeller|Anchor Chain|Ship's Bell|Propeller Shaft|Bronze Bell|Bell Housing|"
                "Brass Porthole|Anchor|Spare Propeller|Sea Anchor|Copper Sheathing|Bronze Cannon|"
                "Phosphor Bronze Pipe|Iron Anchor Stock"),
    "ms_dive": ("Dive Planned", ED),
    "ms_claim": ("Claim Ref", "SV-301|SV-302|SV-303|SV-301|SV-305||SV-306|SV-307| |SV-308|SV-309|SV-303|SV-311|SV-312"),
    "ms_value": ("Salvage Value (£k)", "12|45|8|120|33|#VALUE!|76|15||54|disputed|210|27|64|19"),
    # parrot sanctuary
    "ps_age": ("Parrot Age (years)", "1|2|3|5|1.5|10|12|15|20|25|30|40|50|60|0.5"),
    "ps_species": ("Parrot Species", "African Grey|Blue and Gold Macaw|Scarlet Macaw|Sun Conure|Timneh Grey|Cockatoo|"
                   "Umbrella Cockatoo|Macaw Hybrid|Green Cheek Conure|Cockatoo Mix|Amazon|Grey Cheeked Parakeet|"
                   "Ringneck|Moluccan Cockatoo"),
    "ps_arrived": ("Arrived", EC),
    "ps_band": ("Leg Band", "PB-01|PB-02|PB-03|PB-02|PB-05||PB-06|PB-07| |PB-08|PB-01|PB-10|PB-11|PB-12"),
    "ps_words": ("Words Known", "14|38|6|95|27|#N/A|61|11||49|shy|150|23|70|18"),
}

ENTRIES = _joined("""
# orchid nursery
orchid spikes taller than half a metre | GreaterThan(50) | on_spike | units | number-words
spkies undr 30 cm hihglight em | LessThan(30) | on_spike | typos
spikes from half of 60 up to twice 40 cm, ends included | Between(30, 80) | on_spike | arithmetic | range | boundary
top 3 spikes #tallboys 🌸 | Top(3) | on_spike | hashtag | superlative
spikes at least 0.6 m but under 1.2 m | AND(GreaterThanEqual(60), LessThan(120)) | on_spike | units | compound
pots given more than a litre of water | GreaterThan(1000) | on_water | units | number-words
a quarter litre or less per pot | LessThanEqual(250) | on_water | units | number-words | boundary
watering doses of exactly 100 more than the usual 400 ml | Equals(500) | on_water | arithmetic
@sheet overwatered? anything not between 0.1 and 1 litre #orchids | NotBetween(100, 1000) | on_water | hashtag | range
waterings of at least 3 decilitres | GreaterThanEqual(300) | on_water | units
varietys strating wiht Phalaenopsis | TextStartsWith("Phalaenopsis") | on_variety | typos
anything w/ vanda in the name #vanda 💙 | TextContains("vanda") | on_variety | hashtag
naems endng in Sunset pls | TextEndsWith("Sunset") | on_variety | typos
evrything taht isnt a dendrobium | NOT(TextContains("dendrobium")) | on_variety | typos | negation
orchids sold today #soldtoday | Today() | on_sold | hashtag | date
sales frm last wek | LastWeek() | on_sold | typos | date
orchdi sales nxt mnoth | NextMonth() | on_sold | typos | date
sold in the last 7 days #weeklyreport | Last7Days() | on_sold | hashtag | date
sodl yestreday | Yesterday() | on_sold | typos | date
premium prices above the avg #premium 💰 | AboveAverage() | on_price | hashtag
color scael on the prices | ColorScale() | on_price | typos | visual
orchid prcies taht are errors | Errors() | on_price | typos
pot codse used more then once, mark dupes | Duplicates() | on_pot | typos
pot codes that appear once only #oneoff | Unique() | on_pot | hashtag
blnk pot cdoes | Blanks() | on_pot | typos
# tannery
hides soaked over 2 hours | GreaterThan(120) | tn_soak | units | number-words
soaks of a full day, 24 hours or longer | GreaterThanEqual(1440) | tn_soak | units | boundary
soaks between an hour and a half and 5 hours | Between(90, 300) | tn_soak | units | range
sokas that are NOT 60 mins | NotEquals(60) | tn_soak | typos | negation
soaks of at least 1 hour but under 3 hours | AND(GreaterThanEqual(60), LessThan(180)) | tn_soak | units | compound
liquor pH from half of 8 to 1 less than 8, inclusive | Between(4, 7) | tn_ph | arithmetic | range
acidic baths pH under 3.5 ⚠️ #tannery | LessThan(3.5) | tn_ph | hashtag
ph at or abvoe 10 | GreaterThanEqual(10) | tn_ph | typos | boundary
any grade w/ reject in it #rejects 🗑️ | TextContains("reject") | tn_hide | hashtag
grdaes taht end in Split | TextEndsWith("Split") | tn_hide | typos
cells that r exactyl Top Grain, nothin else | TextEquals("Top Grain") | tn_hide | typos
@sheet grades w/o the word grade #clean | TextNotContains("grade") | tn_hide | hashtag | negation
bacthes dated this wk | ThisWeek() | tn_batch | typos | date
july batches #nextmonth | NextMonth() | tn_batch | hashtag | date
batchs from yestreday | Yesterday() | tn_batch | typos | date
batches due tmrw #tanning | Tomorrow() | tn_batch | hashtag | date
data bars on yeild plz | DataBar() | tn_yield | typos | visual
hides below average yield #lowyield | BelowAverage() | tn_yield | hashtag
erors in the yield colum | Errors() | tn_yield | typos | column-word
# pipe band
tunes longer than three minutes | GreaterThan(180) | pb_tune | units | number-words
sets lasting 2 and a half minutes or less | LessThanEqual(150) | pb_tune | units | boundary
tunes not between 1 and 4 minutes | NotBetween(60, 240) | pb_tune | units | negation | range
the 4 shortest tunes #shorties 🎵 | Bottom(4) | pb_tune | hashtag | superlative
tunes under 1 minute or over 5 minutes | OR(LessThan(60), GreaterThan(300)) | pb_tune | units | compound
drones tuned exactly 10 above 460 | Equals(470) | pb_drone | arithmetic
anything but 466 #offpitch 🎶 | NotEquals(466) | pb_drone | hashtag | negation
pitch at most 5 less than 450 | LessThanEqual(445) | pb_drone | arithmetic | boundary
pipres listed morethan once | Duplicates() | pb_piper | typos
blnk piper slots | Blanks() | pb_piper | typos
any non blank piper cell #rota | NotBlanks() | pb_piper | hashtag
comps ending Highland Games #games | TextEndsWith("Highland Games") | pb_comp | hashtag
cmops tht start with Cowal | TextStartsWith("Cowal") | pb_comp | typos
anyhting cntaining championships | TextContains("championships") | pb_comp | typos
rehearsals tomorrow #tmrw | Tomorrow() | pb_rehearsal | hashtag | date
rehersals in the last 7 dyas | Last7Days() | pb_rehearsal | typos | date
rehaersals lsat mnth | LastMonth() | pb_rehearsal | typos | date
rehearsals this month #bandlife 🥁 | ThisMonth() | pb_rehearsal | hashtag | date
rehersals nxt week | NextWeek() | pb_rehearsal | typos | date
icon set on judge scores #scores 🏆 | IconSet() | pb_score | hashtag | visual
socres taht arent erorrs | NotErrors() | pb_score | typos | negation
scores belw the avrage | BelowAverage() | pb_score | typos
# aviary
birds under a quarter kilo | LessThan(250) | av_weight | units | number-words
the 3 lightest birds #featherweights | Bottom(3) | av_weight | hashtag | superlative
every bird except those over half a kilo | NOT(GreaterThan(500)) | av_weight | units | negation
sp. endng w Finch | TextEndsWith("Finch") | av_species | typos
every canary entry #canaries 🐤 | TextContains("canary") | av_species | hashtag
cells taht say just Canary | TextEquals("Canary") | av_species | typos
species w/o finch #nofinch | TextNotContains("finch") | av_species | hashtag | negation
cages claened last month | LastMonth() | av_clean | typos | date
cages cleaned in june #thismonth | ThisMonth() | av_clean | hashtag | date
cages claened tday | Today() | av_clean | typos | date
cgaes cleand in teh last 7 days | Last7Days() | av_clean | typos | date
cages due a clean next week #aviary | NextWeek() | av_clean | hashtag | date
double-ringed numbers #dupe 🔁 | Duplicates() | av_ring | hashtag
ring nos taht apear once | Unique() | av_ring | typos
ring no cells taht arent empty | NotBlanks() | av_ring | typos | negation
above average seed eaten #hungry | AboveAverage() | av_seed | hashtag
databar seed colum | DataBar() | av_seed | typos | visual | column-word
seed eaten cells w/o errors #feedlog | NotErrors() | av_seed | hashtag | negation
# oil rig
wells of 4.5 km or more | GreaterThanEqual(4500) | or_depth | units | number-format
wells between 1.5 and 2.5 kilometres deep | Between(1500, 2500) | or_depth | units | range
wells no deeper than 1.2 km | LessThanEqual(1200) | or_depth | units | negation
deepest 10% of wells #drilling | TopPercent(10) | or_depth | hashtag | superlative
pressure not above twice 100 | LessThanEqual(200) | or_press | arithmetic | negation
pressure 300+ bar #danger 🔥 | GreaterThanEqual(300) | or_press | hashtag | boundary
presure ovr 150 or undr 50 | OR(GreaterThan(150), LessThan(50)) | or_press | typos | compound
pressure from half of 200 to 3 times 100 bar | Between(100, 300) | or_press | arithmetic | range
crew blanks #emptyslots | Blanks() | or_crew | hashtag
crew cels nto blnak | NotBlanks() | or_crew | typos | negation
uniqe crwe names | Unique() | or_crew | typos
shifts 16-22 june #nextweek | NextWeek() | or_shift | hashtag | date
shifts strating tomorow | Tomorrow() | or_shift | typos | date
shifts last week #lastweek | LastWeek() | or_shift | hashtag | date
shfits taht strat this month | ThisMonth() | or_shift | typos | date
color scale on flwo rate | ColorScale() | or_flow | typos | visual
flow below avg #underperformers 📉 | BelowAverage() | or_flow | hashtag
errors in flow rate col #datacheck | Errors() | or_flow | hashtag | column-word
permtis startin with Hot Work | TextStartsWith("Hot Work") | or_permit | typos
anything ending in Lift #lifts | TextEndsWith("Lift") | or_permit | hashtag
permits taht r exactyl Cold Work | TextEquals("Cold Work") | or_permit | typos
permtis NOT containg Work | NOT(TextContains("work")) | or_permit | typos | negation
# landfill site
loads of 5 tonnes or less | LessThanEqual(5000) | lf_load | units | boundary
loads between three quarters of a tonne and 1.5 tonnes | Between(750, 1500) | lf_load | units | number-words | range
top 10% of loads #heavy 🚛 | TopPercent(10) | lf_load | hashtag | superlative
loads under 1 tonne or over 8 tonnes | OR(LessThan(1000), GreaterThan(8000)) | lf_load | units | compound
all loads except those from 1 to 2 tonnes | NOT(Between(1000, 2000)) | lf_load | units | negation | range
lightest 20% of loads pls #weighbridge | BottomPercent(20) | lf_load | hashtag | superlative
anything w/o Cell in it #landfill | TextNotContains("cell") | lf_area | hashtag | negation
iconset on gas temp #hotspots 🌡️ | IconSet() | lf_temp | hashtag | visual
gas temp abovee averige | AboveAverage() | lf_temp | typos
gas temps taht are not erors | NotErrors() | lf_temp | typos | negation
inspectoins in the lst 7 days | Last7Days() | lf_insp | typos | date
inspections in may #lastmonth | LastMonth() | lf_insp | hashtag | date
inspectd tdoay | Today() | lf_insp | typos | date
inspections next month #planning | NextMonth() | lf_insp | hashtag | date
inspecitons this wek | ThisWeek() | lf_insp | typos | date
tiket nubmers taht show up twice or more | Duplicates() | lf_ticket | typos
blank ticket cells #gaps | Blanks() | lf_ticket | hashtag
# water treatment works
turbidity above twice the 0.5 limit | GreaterThan(1) | wt_turb | arithmetic
turbidity under half of 1 | LessThan(0.5) | wt_turb | arithmetic
samples with turbidity of 0.2 or less #clear 💧 | LessThanEqual(0.2) | wt_turb | hashtag | boundary
turbdity ovr 0.3 and undr 2 | AND(GreaterThan(0.3), LessThan(2)) | wt_turb | typos | compound
chlorine not within 200 to 4000 µg per litre | NotBetween(0.2, 4) | wt_chlor | units | negation | range
chlrine readins exacly 1 | Equals(1) | wt_chlor | typos
chlorine below 200 µg/l or above 4000 µg/l | OR(LessThan(0.2), GreaterThan(4)) | wt_chlor | units | compound
inflow below 25,000 cubic metres a day | LessThan(25) | wt_inflow | units | number-format
top 3 inflow days #peakdays | Top(3) | wt_inflow | hashtag | superlative
inflow not equal to 40,000 m³ a day | NotEquals(40) | wt_inflow | units | negation
filtres begining Slow Sand | TextStartsWith("Slow Sand") | wt_filter | typos
filters ending in Spare #spares | TextEndsWith("Spare") | wt_filter | hashtag
evry filter that doesnt contain Sand | TextNotContains("sand") | wt_filter | typos | negation
samples taken today #today | Today() | wt_sampled | hashtag | date
smaples from thsi month | ThisMonth() | wt_sampled | typos | date
sampls due next mnth | NextMonth() | wt_sampled | typos | date
samples taken last week #lab | LastWeek() | wt_sampled | hashtag | date
smaples from yestarday | Yesterday() | wt_sampled | typos | date
non error counts #flag | NotErrors() | wt_ecoli | hashtag | negation
dataabr on e.coli cuonts | DataBar() | wt_ecoli | typos | visual
e coli cuonts abvoe average | AboveAverage() | wt_ecoli | typos
# submarine crew
dives deeper than a quarter km | GreaterThan(250) | sb_dive | units | number-words
the 3 shallowest dives #shallow 🌊 | Bottom(3) | sb_dive | hashtag | superlative
dievs from 50 m and less then 400 m | AND(GreaterThanEqual(50), LessThan(400)) | sb_dive | typos | compound
watches not equal to 240 mins | NotEquals(4) | sb_watch | units | negation
watches lasting half a day exactly | Equals(12) | sb_watch | units | number-words
ranks w/ Officer anywhere #navy | TextContains("officer") | sb_rank | hashtag
rnaks that r exactly Lieutenant | TextEquals("Lieutenant") | sb_rank | typos
drils sheduled next wek | NextWeek() | sb_drill | typos | date
drills done yesterday #yday | Yesterday() | sb_drill | hashtag | date
drills this week #drillweek | ThisWeek() | sb_drill | hashtag | date
drils lsat month | LastMonth() | sb_drill | typos | date
below average oxygen #lowO2 ⚠️ | BelowAverage() | sb_o2 | hashtag
colr scale o2 levls | ColorScale() | sb_o2 | typos | visual
o2 readigns taht are erors | Errors() | sb_o2 | typos
bunks shared by 2+ #hotbunking 🛏️ | Duplicates() | sb_bunk | hashtag
bunks lsited only once | Unique() | sb_bunk | typos
empty bunk cells #blank | Blanks() | sb_bunk | hashtag
# sommelier school
vintages from 10 years before 2020 or later | GreaterThanEqual(2010) | so_vintage | arithmetic
vintages earlier than 1990 plus 5 | LessThan(1995) | so_vintage | arithmetic
vintages between 2000 and 2000 + 15 | Between(2000, 2015) | so_vintage | arithmetic | range
the 2 oldest vintages #cellar 🍷 | Bottom(2) | so_vintage | hashtag | superlative
vintages not 2 years after 2016 | NotEquals(2018) | so_vintage | arithmetic | negation
wiens stronger thna 14 | GreaterThan(14) | so_abv | typos
light wines ABV 12 or under #lightwines 🍷 | LessThanEqual(12) | so_abv | hashtag | boundary
ABV not between 11 and 15 #outliers | NotBetween(11, 15) | so_abv | hashtag | negation | range
abv undr 10.5 or ovr 15 | OR(LessThan(10.5), GreaterThan(15)) | so_abv | typos | compound
abv exactly half of 27 | Equals(13.5) | so_abv | arithmetic
pours that are exactly 7.5 cl | Equals(75) | so_pour | units
pours not 12.5 cl | NotEquals(125) | so_pour | units | negation
regions starting w Rioja #rioja | TextStartsWith("Rioja") | so_region | hashtag
regoins endin in Valley | TextEndsWith("Valley") | so_region | typos
regoins taht dont have Côte in tehm | TextNotContains("Côte") | so_region | typos | negation
regoins NOT startng with Rioja | NOT(TextStartsWith("Rioja")) | so_region | typos | negation
tastings this week #thisweek 🍇 | ThisWeek() | so_tasting | hashtag | date
tastigns last monht | LastMonth() | so_tasting | typos | date
tatsings tomorow | Tomorrow() | so_tasting | typos | date
tastings next week #wset | NextWeek() | so_tasting | hashtag | date
tatsings todya | Today() | so_tasting | typos | date
icon ste for blind socres | IconSet() | so_score | typos | visual
score cells that aren't errors #notes | NotErrors() | so_score | hashtag | negation
blind scores above avg #topnoses | AboveAverage() | so_score | hashtag
# fire brigade
responses slower than 8 minutes | GreaterThan(480) | fb_resp | units
responses within 5 minutes, 5 included | LessThanEqual(300) | fb_resp | units | boundary
responses not between 3 and 10 minutes | NotBetween(180, 600) | fb_resp | units | negation | range
fastest 5 responses #fastest 🚒 | Bottom(5) | fb_resp | hashtag | superlative
slowish responses over 5 mins & under 12 mins #review | AND(GreaterThan(300), LessThan(720)) | fb_resp
    | hashtag | compound
water used 4 m³ or more #bigjobs | GreaterThanEqual(4000) | fb_water | hashtag
water use exactly 8 cubic metres | Equals(8000) | fb_water | units
most water used, top 20% #hoses | TopPercent(20) | fb_water | hashtag | superlative
incident types ending Fire #fires 🔥 | TextEndsWith("Fire") | fb_type | hashtag
tyeps that strat with False Alarm | TextStartsWith("False Alarm") | fb_type | typos
incdent types containg Rescue | TextContains("rescue") | fb_type | typos
types w/o fire #notfire | TextNotContains("fire") | fb_type | hashtag | negation
types not ending in Fire #triage | NOT(TextEndsWith("Fire")) | fb_type | hashtag | negation
hydrant checks frm yesterady | Yesterday() | fb_hydrant | typos | date
hydrant checks next week #upcoming | NextWeek() | fb_hydrant | hashtag | date
hydarnt chekcs in the last 7 days | Last7Days() | fb_hydrant | typos | date
hydrant checks in july #nextmonth | NextMonth() | fb_hydrant | hashtag | date
empty callsign cells 🙏 #blank | Blanks() | fb_callsign | hashtag
callsign cells wiht something in them | NotBlanks() | fb_callsign | typos
# census office
households of more than half a dozen | GreaterThan(6) | co_house | arithmetic | number-words
households of a dozen or more | GreaterThanEqual(12) | co_house | arithmetic | number-words
household sizes not 2 more than 1 | NotEquals(3) | co_house | arithmetic | negation
households from 2 up to twice that | Between(2, 4) | co_house | arithmetic | range
households of 1 or over 10 #outliers | OR(Equals(1), GreaterThan(10)) | co_house | hashtag | compound
ages of 5 years or more | GreaterThanEqual(60) | co_age | units
ages at least half a year and less than 4 years | AND(GreaterThanEqual(6), LessThan(48)) | co_age | units | compound
stretes begining wiht Mill | TextStartsWith("Mill") | co_street | typos
stretes taht contain Lane | TextContains("lane") | co_street | typos
retunrs recieved today | Today() | co_return | typos | date
returns in may #lastmonth | LastMonth() | co_return | hashtag | date
retruns due tomorow | Tomorrow() | co_return | typos | date
returns recieved this wek | ThisWeek() | co_return | typos | date
returns received last week #census | LastWeek() | co_return | hashtag | date
form IDs entered twice #dupes | Duplicates() | co_form | hashtag
frm ids that are unqiue | Unique() | co_form | typos
blnak form id cels | Blanks() | co_form | typos
above avg income #topearners | AboveAverage() | co_income | hashtag
dtaa bars for income | DataBar() | co_income | typos | visual
incmoe erorrs | Errors() | co_income | typos
# pearl farm
pearls of 0.8 cm or more | GreaterThanEqual(8) | pf_size | units | number-format
pearls smaller than half a centimetre | LessThan(5) | pf_size | units | number-words
top 20% of pearls #big 🦪 | TopPercent(20) | pf_size | hashtag | superlative
pearls over 7 mm and at most 1 cm | AND(GreaterThan(7), LessThanEqual(10)) | pf_size | units | compound
smallest 20% of pearls #seconds | BottomPercent(20) | pf_size | hashtag | superlative
gardes strating with AAA | TextStartsWith("AAA") | pf_grade | typos
grades with baroque anywhere #baroque | TextContains("baroque") | pf_grade | hashtag
gardes taht are exactly Baroque | TextEquals("Baroque") | pf_grade | typos
harvests this month #june | ThisMonth() | pf_harvest | hashtag | date
harvests sheduled next montth | NextMonth() | pf_harvest | typos | date
harvets frm lsat week | LastWeek() | pf_harvest | typos | date
harvested yesterday #pearlfarm | Yesterday() | pf_harvest | hashtag | date
harvest in the lsat 7 days | Last7Days() | pf_harvest | typos | date
tags that appear once #oysters | Unique() | pf_oyster | hashtag
non blnak oytser tags | NotBlanks() | pf_oyster | typos
iconset water temp #iconset | IconSet() | pf_temp | hashtag | visual
tmeps belwo average | BelowAverage() | pf_temp | typos
erorr cells in water temp | Errors() | pf_temp | typos
# mussel farm
ropes of a fifth of a kilometre or shorter | LessThanEqual(200) | mf_rope | units | number-words
ropes between 0.5 and 1 km, ends included | Between(500, 1000) | mf_rope | units | range | boundary
yield not between twice 100 and 4 times 100 | NotBetween(200, 400) | mf_yield | arithmetic | negation | range
top 4 yields #bestlines 🦪 | Top(4) | mf_yield | hashtag | superlative
yields below half of 300 or above twice 250 | OR(LessThan(150), GreaterThan(500)) | mf_yield | arithmetic | compound
sites ending in Voe #voe | TextEndsWith("Voe") | mf_site | hashtag
sites not contianing Shetland | TextNotContains("Shetland") | mf_site | typos | negation
line checks yesterday #yesterday | Yesterday() | mf_check | hashtag | date
lien checks this wek | ThisWeek() | mf_check | typos | date
line chekcs lats week | LastWeek() | mf_check | typos | date
line checks in the last 7 days #musselfarm | Last7Days() | mf_check | hashtag | date
lien chekcs tommorow | Tomorrow() | mf_check | typos | date
colour sclae spat density | ColorScale() | mf_spat | typos | visual
above average spat #dense | AboveAverage() | mf_spat | hashtag
spat cells taht arent errros | NotErrors() | mf_spat | typos | negation
# reindeer herd
reindeer of 150,000 g or more | GreaterThanEqual(150) | rh_weight | units | number-format
the 3 lightest #calves 🦌 | Bottom(3) | rh_weight | hashtag | superlative
weights between half of 160 and 120 | Between(80, 120) | rh_weight | arithmetic | range
weights under 2 score kg | LessThan(40) | rh_weight | arithmetic | number-words
antler spans not over 0.6 m | LessThanEqual(60) | rh_antler | units | negation
antlers that are not 5 more than 90 | NotEquals(95) | rh_antler | arithmetic | negation
antlrs exatcly 70 cm | Equals(70) | rh_antler | typos
antlers at least half of 100 and under 110 | AND(GreaterThanEqual(50), LessThan(110)) | rh_antler
    | arithmetic | compound
names starting with Rudolf #rudolf | TextStartsWith("Rudolf") | rh_name | hashtag
naems exatcly Comet | TextEquals("Comet") | rh_name | typos
naems conatining Dash | TextContains("dash") | rh_name | typos
vaccinations tomorrow #tomorrow 💉 | Tomorrow() | rh_vacc | hashtag | date
vacinated last mnth | LastMonth() | rh_vacc | typos | date
vaccinated this week #herdhealth | ThisWeek() | rh_vacc | hashtag | date
vacc due nxt mnoth | NextMonth() | rh_vacc | typos | date
vacinated tday | Today() | rh_vacc | typos | date
ear tags listed twice #doubletagged | Duplicates() | rh_ear | hashtag
ear tags taht are blnak | Blanks() | rh_ear | typos
ear tags not blank #tagged | NotBlanks() | rh_ear | hashtag | negation
ear tags used once #singles | Unique() | rh_ear | hashtag
databars on mlik yield | DataBar() | rh_milk | typos | visual
milk yield errors #errorcheck | Errors() | rh_milk | hashtag
milk yeild bleow average | BelowAverage() | rh_milk | typos
# husky sledding
runs longer than 15,000 m | GreaterThan(15) | hs_run | units | number-format
longest 2 runs #longhauls 🐺 | Top(2) | hs_run | hashtag | superlative
runs ≤2 km or ≥50 km #extremes | OR(LessThanEqual(2), GreaterThanEqual(50)) | hs_run | hashtag | compound
runs lasting anything but an hour | NotEquals(60) | hs_time | units | negation
runs over an hour but not over 2 hours | AND(GreaterThan(60), LessThanEqual(120)) | hs_time | units | compound
dogs starting with Luna #luna | TextStartsWith("Luna") | hs_dog | hashtag
dgos taht contain Storm | TextContains("storm") | hs_dog | typos
dogs whose name doesnt contian Nanook | TextNotContains("Nanook") | hs_dog | typos | negation
every dog but Luna #dogs | NOT(TextEquals("Luna")) | hs_dog | hashtag | negation
bookings next week #nextweek 🛷 | NextWeek() | hs_booking | hashtag | date
bookngs for todya | Today() | hs_booking | typos | date
bookigns in the last seven dyas | Last7Days() | hs_booking | typos | date | number-words
bookings last month #sledlife | LastMonth() | hs_booking | hashtag | date
bokings thsi mnth | ThisMonth() | hs_booking | typos | date
harness ids appearing once #oneoffs | Unique() | hs_harness | hashtag
harness ids useed twice or more | Duplicates() | hs_harness | typos
below avg pulses #calm | BelowAverage() | hs_pulse | hashtag
iconset on resitng pulse | IconSet() | hs_pulse | typos | visual
non-eror plse cells | NotErrors() | hs_pulse | typos | negation
# speed skating club
laps of a minute or more | GreaterThanEqual(60) | sk_lap | units | number-words
laps under 29 secs #pb ⛸️ | LessThan(29) | sk_lap | hashtag
laps between 28.5 and 1 more than 30 | Between(28.5, 31) | sk_lap | arithmetic | range
laps under 28.5 or over 40 s #outliers | OR(LessThan(28.5), GreaterThan(40)) | sk_lap | hashtag | compound
every lap except under-30s #notPB | NOT(LessThan(30)) | sk_lap | hashtag | negation
races of exactly 5 km | Equals(5000) | sk_dist | units
races other than the 1 km | NotEquals(1000) | sk_dist | units | negation
sakters exactley Jansen | TextEquals("Jansen") | sk_skater | typos
racedays this month #racedays | ThisMonth() | sk_race | hashtag | date
races frm last weke | LastWeek() | sk_race | typos | date
raecs tomorow plz | Tomorrow() | sk_race | typos | date
races yesterday #results | Yesterday() | sk_race | hashtag | date
raec days next mnth | NextMonth() | sk_race | typos | date
colour scale on ice temp #ice | ColorScale() | sk_ice | hashtag | visual
ice temps abvoe average | AboveAverage() | sk_ice | typos
ice tmep erors | Errors() | sk_ice | typos
# caving club
deepest 3 caves #deepest 🕳️ | Top(3) | cv_depth | hashtag | superlative
caves between 50 and twice 150 | Between(50, 300) | cv_depth | arithmetic | range
deeper than 40 and shallower than 250 #midcaves | AND(GreaterThan(40), LessThan(250)) | cv_depth | hashtag | compound
trips of exactly a day | Equals(24) | cv_trip | units
trips not between 2 and 2 times 5 hours | NotBetween(2, 10) | cv_trip | arithmetic | negation | range
caves starting Ogof #welsh | TextStartsWith("Ogof") | cv_cave | hashtag
caevs endin with Pot | TextEndsWith("Pot") | cv_cave | typos
caves cotnaining Hole | TextContains("hole") | cv_cave | typos
caevs NOT strating w Ogof | NOT(TextStartsWith("Ogof")) | cv_cave | typos | negation
trips due today #callout | Today() | cv_date | hashtag | date
tripps nxt month | NextMonth() | cv_date | typos | date
trips in the last 7 days #caving | Last7Days() | cv_date | hashtag | date
tirps frm yesterdya | Yesterday() | cv_date | typos | date
trisp next wek | NextWeek() | cv_date | typos | date
empty member cells #blanks | Blanks() | cv_member | hashtag
membres listed mor than once | Duplicates() | cv_member | typos
members appearing just once #unique | Unique() | cv_member | hashtag
member cells not blnak | NotBlanks() | cv_member | typos | negation
# funicular railway
slowest 2 journeys #slow 🚞 | Top(2) | fr_time | hashtag | superlative
journeys not between 1 and 5 minutes | NotBetween(60, 300) | fr_time | units | negation | range
jouneys undr 60 s or ovr 420 s | OR(LessThan(60), GreaterThan(420)) | fr_time | typos | compound
cars with more than 2 dozen passengers | GreaterThan(24) | fr_load | arithmetic | number-words
loads of at least 40 minus 10 | GreaterThanEqual(30) | fr_load | arithmetic
cars carrying exactly half the 48 capacity | Equals(24) | fr_load | arithmetic
quiet cars under a dozen riders #quiet | LessThan(12) | fr_load | hashtag | number-words
busy cars 20+ and under 40 #busy | AND(GreaterThanEqual(20), LessThan(40)) | fr_load | hashtag | compound
emptiest 20% of cars #offpeak | BottomPercent(20) | fr_load | hashtag | superlative
stosp taht are exaclty Summit | TextEquals("Summit") | fr_station | typos
stosp that dont contian Station | TextNotContains("station") | fr_station | typos | negation
inspections in may #overdue | LastMonth() | fr_inspect | hashtag | date
cable inpsections this weeek | ThisWeek() | fr_inspect | typos | date
sales data bars #sales 📊 | DataBar() | fr_sales | hashtag | visual
sales cells wihtout erorrs | NotErrors() | fr_sales | typos | negation
slaes abov average | AboveAverage() | fr_sales | typos
# marine salvage
wrecks shallower than 5 fathoms | LessThan(30) | ms_depth | units
items of 500 kg or less | LessThanEqual(0.5) | ms_weight | units
top 3 weights #heavylift | Top(3) | ms_weight | hashtag | superlative
items under 1000 kg or over 40 t | OR(LessThan(1), GreaterThan(40)) | ms_weight | units | compound
items starting with Bronze #bronze | TextStartsWith("Bronze") | ms_item | hashtag
itmes endign in Propeller | TextEndsWith("Propeller") | ms_item | typos
itmes that r jsut Anchor | TextEquals("Anchor") | ms_item | typos
itmes w/o Bronze at teh start | NOT(TextStartsWith("Bronze")) | ms_item | typos | negation
dives tmrw #dives | Tomorrow() | ms_dive | hashtag | date
dievs palnned nxet week | NextWeek() | ms_dive | typos | date
dives yesterday #yesterday | Yesterday() | ms_dive | hashtag | date
dives planed this wek | ThisWeek() | ms_dive | typos | date
dives last month #salvage | LastMonth() | ms_dive | hashtag | date
cliam refs entred twice | Duplicates() | ms_claim | typos
blank claim refs #missing | Blanks() | ms_claim | hashtag
claim ref cells taht arent blank | NotBlanks() | ms_claim | typos | negation
above average value #valuable 💎 | AboveAverage() | ms_value | hashtag
colour scael on salvage value | ColorScale() | ms_value | typos | visual
erros in salvgae value | Errors() | ms_value | typos
# parrot sanctuary
parrots older than half a century | GreaterThan(50) | ps_age | units | number-words
parrots younger than 18 months | LessThan(1.5) | ps_age | units
ages from 1 to 2 decades | Between(10, 20) | ps_age | units | range
parrots older than 2 and younger then 3 times 10 | AND(GreaterThan(2), LessThan(30)) | ps_age | arithmetic | compound
species with macaw in it #macaws 🦜 | TextContains("macaw") | ps_species | hashtag
speceis endnig Grey | TextEndsWith("Grey") | ps_species | typos
speices thats exatcly Cockatoo | TextEquals("Cockatoo") | ps_species | typos
species w/o conure #noconures | TextNotContains("conure") | ps_species | hashtag | negation
speceis taht do NOT mnetion Grey | NOT(TextContains("grey")) | ps_species | typos | negation
parots arived last 7 days | Last7Days() | ps_arrived | typos | date
arrived this week #newbies | ThisWeek() | ps_arrived | hashtag | date
arrivlas tomorow | Tomorrow() | ps_arrived | typos | date
arrived today #rescue | Today() | ps_arrived | hashtag | date
arivals last wek | LastWeek() | ps_arrived | typos | date
leg bands appearing onyl once | Unique() | ps_band | typos
nonblank leg bands #bands | NotBlanks() | ps_band | hashtag
iconset on words known #chatty | IconSet() | ps_words | hashtag | visual
wrods known below avrage | BelowAverage() | ps_words | typos
databar on words knwon | DataBar() | ps_words | typos | visual
# second pass, for the thinner functions and the arithmetic style (drafted before any half was printed)
the bottom quarter of spike heights | BottomPercent(25) | on_spike | arithmetic | superlative
lowest tenth of the pressures | BottomPercent(10) | or_press | arithmetic | superlative
the bottom fifth of line yields | BottomPercent(20) | mf_yield | arithmetic | superlative
the lowest half of 20 percent of run distances | BottomPercent(10) | hs_run | arithmetic | superlative
the bottom 2 x 15 percent of cave depths | BottomPercent(30) | cv_depth | arithmetic | superlative
botom 20 percnet of antler spans | BottomPercent(20) | rh_antler | typos | superlative
lowest 25% of watches #shortwatch | BottomPercent(25) | sb_watch | hashtag | superlative
the smallest 10 percent of pours #tasters | BottomPercent(10) | so_pour | hashtag | superlative
top fifth of tunes by length | TopPercent(20) | pb_tune | arithmetic | superlative
top quarter of households by size | TopPercent(25) | co_house | arithmetic | superlative
the top half of 20 percent of rope lengths | TopPercent(10) | mf_rope | arithmetic | superlative
tpo 30 percnet of responses | TopPercent(30) | fb_resp | typos | superlative
top 10% antler spans #bigrack | TopPercent(10) | rh_antler | hashtag | superlative
highest 3 x 5 percent of wreck depths | TopPercent(15) | ms_depth | arithmetic | superlative
the 2 + 2 narrowest antler spans | Bottom(4) | rh_antler | arithmetic | superlative
lowst 2 drone pitchs | Bottom(2) | pb_drone | typos | superlative
the weakest half dozen wines | Bottom(6) | so_abv | arithmetic | superlative | number-words
quickest 3 journeys #express | Bottom(3) | fr_time | hashtag | superlative
the top half dozen well depths | Top(6) | or_depth | arithmetic | superlative | number-words
the 2 x 2 busiest cars | Top(4) | fr_load | arithmetic | superlative
tpo 5 pors | Top(5) | so_pour | typos | superlative
spikes not from 25 up to 4 times 25 | NotBetween(25, 100) | on_spike | arithmetic | negation | range
household sizes not between 3 and twice 3 | NotBetween(3, 6) | co_house | arithmetic | negation | range
colour scale on yield #leather | ColorScale() | tn_yield | hashtag | visual
judge scores w/ a colr scael | ColorScale() | pb_score | typos | visual
seed eaten colour scale 🌈 #aviary | ColorScale() | av_seed | hashtag | visual
colour scael on incmoe | ColorScale() | co_income | typos | visual
traffic light icons on price #rag 🚦 | IconSet() | on_price | hashtag | visual
icn set on flwo rate | IconSet() | or_flow | typos | visual
icon set on the counts #ecoli | IconSet() | wt_ecoli | hashtag | visual
icon set on mlik yeild | IconSet() | rh_milk | typos | visual
data bars on o2 #sensors | DataBar() | sb_o2 | hashtag | visual
dtaa bars on spat densty | DataBar() | mf_spat | typos | visual
data bars on ice temps #rink | DataBar() | sk_ice | hashtag | visual
blind socres undr the avrage | BelowAverage() | so_score | typos
below avg income #lowincome | BelowAverage() | co_income | hashtag
o2 cells w/o errors #sensors | NotErrors() | sb_o2 | hashtag | negation
salvage vlaues taht arent errors | NotErrors() | ms_value | typos | negation
pulse errors #vetcheck | Errors() | hs_pulse | hashtag
bunks taht are fillde in | NotBlanks() | sb_bunk | typos
tirps thsi month | ThisMonth() | cv_date | typos | date
dives this month #june | ThisMonth() | ms_dive | hashtag | date
inspectoins this mnth | ThisMonth() | fr_inspect | typos | date
batches last week #tannery | LastWeek() | tn_batch | hashtag | date
vaccinted lsat week | LastWeek() | rh_vacc | typos | date
arrivals due in july #nextmonth | NextMonth() | ps_arrived | hashtag | date
smaples nxt wek | NextWeek() | wt_sampled | typos | date
leave the quick ones alone, flag every response over 5 mins #slow | GreaterThan(300) | fb_resp | hashtag | polarity
keep the light birds plain and mark every bird over 0.75 kg | GreaterThan(750) | av_weight | units | polarity
cells taht contian 'Grain' | TextContains("Grain") | tn_hide | typos | quoted
stops with "Passing" in them #signals | TextContains("Passing") | fr_station | hashtag | quoted
DIVES DEEPER THAN 0.4 KM | GreaterThan(400) | sb_dive | units | odd-case
CAGES CLEANED YESTERDAY #AVIARY | Yesterday() | av_clean | hashtag | odd-case | date
rope lenghts over 1.2 km | GreaterThan(1200) | mf_rope | units | typo
presure of exactly twice 175 | Equals(350) | or_press | arithmetic | typo
""")


# The set files written before this one. A set file written beside this one (eighteenth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "eleventh_cf.json",
              "eleventh_tables.json", "everyday_cf.json", "everyday_tables.json", "fifteenth_cf.json",
              "fifteenth_tables.json", "fifth_cf.json", "fifth_tables.json", "forum_tables.json",
              "fourteenth_cf.json", "fourteenth_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fresh_cf.json", "fresh_tables.json", "ninth_cf.json", "ninth_tables.json", "plain_cf.json",
              "posts_tables.json", "seventeenth_cf.json", "seventeenth_tables.json", "seventh_cf.json",
              "seventh_tables.json", "sixteenth_cf.json", "sixteenth_tables.json", "sixth_cf.json",
              "sixth_tables.json", "spoken_cf.json", "template_tables.json", "tenth_cf.json", "tenth_tables.json",
              "third_cf.json", "third_tables.json", "thirteenth_cf.json", "thirteenth_tables.json",
              "twelfth_cf.json", "twelfth_tables.json", "web_cf.json")


column_sets.bind(globals(), EIGHTEENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
