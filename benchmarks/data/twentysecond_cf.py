"""A twenty-second independent set of one-column CF requests, and the builder of twentysecond_cf.json.

Written from scratch (2026-12-07 12:39 to 12:52 UTC by `date -u`, engineer E22c) as a new independent evaluation set
that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no
earlier builder's docstring names, on this set's own columns (a gelato shop, a pho shop, a kebab house, a
smokehouse, a sake brewery, a ukulele club, a woodturner, a pool cleaning round, an origami club, a lapidary, a
model rocketry club, a ham radio club, a speedcubing club, a Scrabble club, a parkour group, a waffle house, a donut
shop, a bagel shop, a pretzel stand, a creperie), in four styles new to the sets: `other-app` (the request in
another spreadsheet program's words, as users coming from it type: Google Sheets' "Format rules > Greater than",
"Custom formula is =AND(...)", LibreOffice's "Condition 1 > Cell value is > ...", "Date is > Last week", Numbers'
"Highlight Cells If > Number > ...", OnlyOffice's and Zoho Sheet's menus, Airtable- and Notion-like filters turned
into a highlight; only rules this language expresses exactly, every custom formula on a column without a blank),
`rationale` (the reason comes with the request and carries the literal or the bound: "a brisket needs more than 14
hours to render"), `checklist` (the request as fields: "column: ... / when: ... / colour: ...", key: value pairs, a
ticket's fields) and `scope-heavy` (much talk of where the rule applies, none of it a literal: "X column only, from
row 2 down, header excluded: ..."). Only requests the language expresses exactly, one right rule on the column,
every literal recoverable by a careful reader. Labels are what the executor formats with Today = 2024-06-12 (a
Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12
June, last month May, next month July), with Excel's semantics kept as they are (a blank compares as 0 and any text
is greater than any number); every comparison, Between, NotBetween, NOT of a comparison and numeric AND and OR of
this set is on a column of numbers only (no text cell, no blank), and the columns that carry a colour scale, data
bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("closed", "waived", "DNF", ...), one
blank and one error cell, so that a visual rule formats the numbers only. Text columns that NOT or TextNotContains
runs on hold no blank; the columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one
space (the executor counts that cell as a blank for Blanks and NotBlanks and as a value that appears once for
Unique, as Excel does). A program checked these conventions on every entry (it printed an empty list).

What its author read: the brief (/work/team/brief22.md, `cat`); of benchmarks/data/twentyfirst_cf.py, which this
builder mirrors, lines 1-173 (its module docstring, imports, constants, `_joined` and its date lists, up to `COLUMNS
= {`) and 850-867 (OTHER_SETS, the bind and the main block), by `sed -n`, after a `grep -n` anchored on `^[A-Z_]+ =
`, `^def `, `^if __name__`, `^class `, `^from ` and `^import ` for their places and a `grep -n` for the closing line
of its ENTRIES string (they printed top-level lines and line numbers only, no entry line);
benchmarks/data/column_sets.py (all, `cat`); benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of tests/benchmarks/set_files.py lines 1-16 and 63-210
(the check functions; `grep -n '^def '` and `wc -l` for their places); ../shared/docs/CF_RULES.md (all, `cat`); the
first 12,000 characters of benchmarks/data/README.md (`head -c 12000`); the public API of cf_assistant.languages.cf
(parse and to_text on 39 made-up rules, for their canonical spelling). This builder's date lists, columns and
entries are its own (written as draft files under /tmp and turned into this module by a program of its author's,
which copied nothing of twentyfirst_cf.py but the shared code shown above and its OTHER_SETS, typed from the `sed`
output). Commands that printed anything else: `date -u` (about ten times); `ls` of the repository root and of
benchmarks/data/ (file names; no twentysecond_* file was there then) and `ls | grep twenty` (the four twentyfirst_*
names); the import check (`ok`); `wc -l` of twentyfirst_cf.py, column_sets.py, everyday_common.py, the test module,
set_files.py, CF_RULES.md and of this builder's column draft (110); `grep -vc '^#'` over the entry drafts (430); two
runs of a program that printed one True/False per candidate domain word or phrase (74, then 16): whether any
builder's module docstring (benchmarks/data/*.py except twentysecond_*, by `ast.get_docstring`, lower-cased) or the
whole benchmarks/data/README.md holds it as a substring; `awk` for lines over 120 bytes of this builder (three, then
two of its own lines, counted in bytes: a Python count by characters printed none); this builder's own check runs
before any half was printed (the number of entries and columns and the unused or unknown column keys: 430, 110,
none; the problems of `make_record` and `problems_of`, which name this builder's own requests: one, then none; the
counts per style and tag over all entries); the column-convention program (`[]`); the builder's main run (counts per
function, style and tag per half; once before the docstring was written, then as the rebuild checks); `md5sum` of
rebuilds (equal); the first 13 lines of the test module after adding this set to it (its docstring); the count of
OTHER_SETS (49) and `ls | grep -c json` (50); the program that inserted this set's README row (it printed the row's
line number, 60) and `grep -c` of the new rows (1 for this set's; 0 for twentysecond_tables.json, the other
engineer's row not there yet at first); the test modules' pass counts (7888 and 51 passed, twice); a `flake8` call
(not installed: one error line); a run of this builder and of a one-off fix script that failed on a triple quote in
this docstring's draft (a SyntaxError naming that docstring line), and `grep -n` over the draft for it (two of its
own lines, cut to 20 characters); a BrokenPipe traceback of a rebuild piped to `head -1`; the length and first words
of this docstring (`ast.get_docstring`). Candidates the check dropped (printed True): bonsai, blacksmith, glassblow,
stained glass, surf school, ski rental, kayak, falconry, alpaca, mushroom, oyster, bubble tea, distillery, cider,
hostel, marina, lighthouse, planetarium, circus, puppet, orchestra, brass band, busking, roofing, scaffold, glazier,
arborist, pest control, window clean, pawn, antique, bookbind, calligraph, knitting, embroider, soap, candle,
perfume, jewel, fossil, archaeolog, weather station, drone, esports, pub quiz, karaoke, curling, lacrosse, rowing,
triathlon, skateboard, dog sled, hydroponic, orchid, chocolatier, pickleball, axe throw, trampoline, hot air
balloon, pinball, zipline, go-kart, paintball, rickshaw. Taken (printed False): gelato, "pho ", kebab, smokehouse,
sake, ukulele, woodturn, "pool clean", origami, lapidary, rocketry, "ham radio", speedcub, scrabble, parkour,
waffle, donut, bagel, pretzel, crepe. Printed False and not used: poutine, tofu, empanada, arepa, pierogi, shawarma.

Slips. (1) None known of reading: no entry line of another builder and no utterance of a JSON file was printed. (2)
No draft was reworded after its half was seen: the main run (counts per half only) came after every fix; the fixes
before it were the builder's first check (NotEquals(0) on Bingos could not be told from GreaterThan(0), a column
without negative numbers: the draft "... Is not equal to > 0, on Bingos" became "... Is not equal to > 1" with
NotEquals(1)), the author's own rereading (a Google Sheets COUNTIF formula for Duplicates and one for Unique, whose
blank cells Excel's COUNTIF treats otherwise, replaced by LibreOffice's and OnlyOffice's menu words; a doubled
ColorScale draft on the woodturner's prices made the DataBar it was meant to be; several clumsy other-app drafts
that talked about the other program ("Google Sheets has no ...") made plain menu paths; the column key of the
callsign drafts corrected; two rationales whose reason pointed the wrong way reworded, "Z words get their own prize
..." to "Z words have their own prize, so for the main prize highlight every best word that does not start with Z"
and the seed-allergy bagel draft), and tags and wordings added so that every extra tag appears (two typos, four
number-words, three number-format drafts, one odd-case; a stray odd-case tag on "ends with > ING" removed). (3) The
halves are uneven (dev 211, test 219) and some functions thin in one half (NotBlanks 9/1; Between, Last7Days and
LessThanEqual 8/2; DataBar 2/8; GreaterThan 5/15): the hash's split, not steered. (4) 110 columns, a little over the
brief's "about 108"; 110 distinct headers. (5) The thin tags: odd-case 1 (dev only), typo 2, number-format 3,
number-words 4. (6) Unique and Blanks count the cell of one space as Excel does, so "table numbers that appear just
once" also formats that cell, and "empty cells" include it. (7) A few other-app requests lean on the other program's
idea of a period (Airtable's and Notion's "this week" or "tomorrow"), which may differ from Excel's Sunday-to-
Saturday week; the reference is Excel's period. One other-app request names LessThanEqual(80) in Numbers' words and
adds "i.e. not more than 80", its reference NOT(GreaterThan(80)), the same rows. (8) The refusal check of this set
in the test module uses GreaterThan(40) on the gelato shop's Scoops Sold column, not the earlier sets'
GreaterThan(1000) pattern, since no column of this set holds 1000. Not read: anything under cf_assistant/ beyond
calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the rest of benchmarks/data/README.md (but
for its row count by `grep -c`), the utterances of any JSON file, twentysecond_tables.* (being written beside this
set by engineer E22t), tests/benchmarks/test_table_sets_data.py, tests/benchmarks/test_sets_are_the_projects_own.py
(run only), ../shared/data, git (no git command was run). No model, no `cfa suggest`, no `cfa bench` and no
generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values between a
tenth of a threshold and ten times it, prefix/suffix/middle variants of texts, blanks, cells of one space, text and
error cells beside the numbers of visual columns). The domains were given the functions in two alternating schedules
(even domains: GreaterThan, GreaterThanEqual, LessThan, Between, TextEquals, TextContains, TextStartsWith, Today,
Yesterday, Tomorrow, Last7Days, LastWeek, ColorScale, DataBar, Top, BottomPercent, AboveAverage, Duplicates, Blanks,
Errors, AND, NOT on a comparison; odd domains LessThanEqual, Equals, NotEquals, GreaterThan, NotBetween, OR,
IconSet, Bottom, TopPercent, BelowAverage, NotErrors, TextNotContains, TextEndsWith, NOT on a text rule, ThisWeek,
NextWeek, LastMonth, ThisMonth, NextMonth, Unique, NotBlanks), so that each of the 41 functions has ten records
(GreaterThan and NOT twenty) before any half is seen, and the styles went round in turn (other-app 107, rationale
109, checklist 108, scope-heavy 106). The builder's check found one problem in all (the Bingos column above). 430
records on 110 columns: dev 211, test 219 (the hash's split, not steered); every one of the 41 functions in both
halves; 14-15 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (twentysecond_tables.json, written beside it by
someone else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more
than 20 cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the
rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`other-app`, `rationale`, `checklist`, `scope-heavy`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`,
`range`, `polarity`, `date`, `visual` (as in twentyfirst_cf.py), then the set tag `twentysecond`. IDs have the
prefix `t22c-`; the dev/test halves come from a hash of the ID. No request starts with "#" (a line starting so is a
heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for
one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/twentysecond_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentysecond_cf.json"
PREFIX = "t22c"
TWENTYSECOND_TAG = "twentysecond"
STYLES = ("other-app", "rationale", "checklist", "scope-heavy")
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
DA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-03|2024-06-09|2024-06-15|2024-06-17|2024-06-27|"
      "2024-05-14|2024-07-09|2024-03-02||2024-06-06|2024-06-21")
DB = ("2024-06-11|2024-06-12|2024-06-14|2024-06-05|2024-06-08|2024-06-10|2024-06-19|2024-06-16|2024-06-24|"
      "2024-05-29|2024-07-22|2024-08-01|tbc|2024-06-13|2024-06-02")
DC = ("2024-06-13|2024-06-10|2024-06-12|2024-06-04|2024-06-06|2024-06-22|2024-06-28|2024-05-02|2024-07-01|"
      "2024-06-01|2024-06-11|2023-12-12||2024-06-15")
DD = ("2024-06-12|2024-06-09|2024-06-13|2024-06-08|2024-06-06|2024-06-18|2024-06-30|2024-05-31|2024-07-31|"
      "2024-06-11|2024-06-02|n/a|2025-06-12|2024-06-14")
COLUMNS = {
    "ge_scoops": ("Scoops Sold", "40|52|38|12|15|27|20|35|44|9|61|3|150|33|18"),
    "ge_temp": ("Cabinet Temp (°C)", "-11|-12|-14|-13|-10|-16|-9|-15|-12.5|-11.5|-17|-8|-14.5|-13.5"),
    "ge_takings": ("Daily Takings (€)", "812|645|1190|430|977|560|1324|705|288|1050|866|closed||#REF!|391"),
    "ge_flavour": ("Flavour", "Pistachio|Pistachio Crunch|Salted Pistachio|Dark Chocolate|Choc Chip|Sorbet - Lemon|"
                              "Mango Sorbet|Sorbet - Mango|Stracciatella|Fior di Latte|stracciatella|| |Pistachio|"
                              "Hazelnut"),
    "ge_batch": ("Batch Made", DA),
    "ph_broth": ("Broth Simmer (h)", "8|10|12|7|13|9|6|14|5|16|11|0.9|8.5|15"),
    "ph_bowls": ("Bowls per Table", "4|2|3|6|4|1|5|8|2|7|3|4|10|9"),
    "ph_orders": ("Takeaway Orders", "34|58|21|77|45|12|63|29|90|51|17|#N/A||holiday|40"),
    "ph_dish": ("Dish", "Rare Beef Pho|Brisket Pho|Chicken Pho|Bun Cha|Bun Bo Hue|Pho Ga Soup|Rare Steak Salad|"
                        "Spring Rolls|Banh Mi|Beef Pho|Tofu Pho|Summer Roll with rare tuna|Vermicelli Bun|"
                        "Pho Tai Rare"),
    "ph_table": ("Table No.", "4|7|12|4|3|9||7|15| |1|12|22|8"),
    "ph_delivery": ("Noodle Delivery", DB),
    "kb_skewers": ("Skewers Grilled", "60|72|25|18|31|30|50|44|90|22|7|55|38|65"),
    "kb_spice": ("Chilli Level", "1|2|3|4|5|0|3|2|1|4|5|2|0|3"),
    "kb_wait": ("Wait Time (min)", "12|8|21|15|6|9|27|11|14|4|18|#VALUE!|walk-in||10"),
    "kb_order": ("Order", "Doner Wrap|Doner Wrap Large|Chicken Doner Wrap|Halloumi Wrap|Grilled Halloumi|"
                          "Mixed Grill|Mixed Salad|Salad, Mixed|Lamb Shish|Doner Wrap|Lamb Shish|| |Chips|"
                          "Halloumi Fries with Dip"),
    "kb_prep": ("Marinade Started", DC),
    "sm_hours": ("Smoke Time (h)", "10|12|14|9|16|4|3|18|20|11|0.5|15|6|13"),
    "sm_weight": ("Brisket Weight (kg)", "5.5|6|4|7|3.8|8.2|6|5|4.5|9|5.5|7.5|6.5|3"),
    "sm_covers": ("Covers", "88|120|64|143|97|52|110|75|131|59|102|#DIV/0!|closed||81"),
    "sm_cut": ("Cut", "Beef Short Rib|Pork Ribs|Brisket|Pulled Pork|Hot Link Sausage|Sausage Roll|Turkey Breast|"
                      "Chicken Wings|Pork Belly|Cheddar Sausage|Rib Tips|Burnt Ends|Smoked Salmon|Pork Sausage"),
    "sm_order": ("Order Ref", "SM-101|SM-102|SM-101|SM-104||SM-105|SM-102| |SM-108|SM-109|SM-110|SM-108|SM-112|SM-113"),
    "sm_pickup": ("Pickup Date", DD),
    "sk_polish": ("Polishing Ratio (%)", "50|60|70|35|45|40|65|58|80|23|55|39|75|68"),
    "sk_rice": ("Rice Lot (kg)", "150|180|120|90|95|60|45|110|200|75|130|150|55|100"),
    "sk_bottles": ("Bottles Filled", "340|512|288|467|605|199|421|378|550|260|495|#N/A|off||312"),
    "sk_label": ("Label", "Junmai|Junmai Ginjo|Tokubetsu Junmai|Daiginjo|Junmai Daiginjo|Namazake|Nama Genshu|"
                          "Genshu Nama|Nigori|Junmai|Nigori|| |Koshu|Ginjo Yamahai"),
    "sk_press": ("Pressing Date", DA),
    "uk_members": ("Members at Jam", "12|15|30|9|31|8|40|44|6|22|18|5|27|36"),
    "uk_songs": ("Songs Played", "10|7|5|9|12|4|7|10|8|6|11|3|14|9"),
    "uk_subs": ("Subs Paid (£)", "24|36|12|48|30|18|42|15|60|27|33|#VALUE!|waived||21"),
    "uk_song": ("Song", "Riptide|Riptide (slow)|Ukulele Blues|Blues in G|Tennessee Waltz|Waltz of the Flowers|"
                        "Three Chord Waltz|Hey Soul Sister|Somewhere Over the Rainbow|Bluesy Strum|Island Waltz|"
                        "Vance Joy - Riptide|Riptide|Jambalaya"),
    "uk_pick": ("Pick Colour", "Red|Blue|Tortoise|Red|| |Green|Blue|Pearl|Black|Red|Gold|White|Green"),
    "uk_jam": ("Jam Date", DB),
    "wt_bowl": ("Bowl Diameter (mm)", "250|310|120|95|150|180|200|175|260|140|60|190|230|110"),
    "wt_moist": ("Moisture (%)", "12|15|8|10|9|7|20|25|11|30|6|18|9.5|14"),
    "wt_price": ("Price (£)", "45|120|68|32|210|85|54|150|27|96|73|#REF!|gift||61"),
    "wt_wood": ("Timber", "Oak|Oak Burr|Bog Oak|Walnut Burr|Burr Elm|Spalted Beech|Spalted Birch|Beech, Spalted|"
                          "Ash|Oak|Ash|| |Cherry|Yew Burr Slab"),
    "wt_class": ("Class Date", DC),
    "pc_chlorine": ("Free Chlorine (ppm)", "1|2|3|0.8|1.5|2.5|4|4.5|3.2|0.4|1.2|2.2|5|0"),
    "pc_ph": ("pH", "7.4|7.2|7.8|7|8|7.5|7.4|6.8|7.6|8.2|7.2|7.3|7.9|7.1"),
    "pc_visit": ("Visit Minutes", "35|50|25|65|40|20|55|45|70|30|60|#N/A|rain||42"),
    "pc_job": ("Job", "Filter Clean|Backwash Filter|Robot Vacuum|Manual Vacuum|Vacuum Hose Swap|Shock Dose|"
                      "Shock and Brush|Brush Walls|Test Water|Skim Surface|Cartridge filter swap|Vacuum|"
                      "Cover Repair|Post-Shock Test"),
    "pc_gate": ("Gate Code", "4411|2290|4411|7308||5521| |2290|1187|6642|9035|1187|3350|8004"),
    "pc_service": ("Next Service", DD),
    "or_folds": ("Fold Count", "100|140|30|22|45|40|80|65|12|260|95|70|8|55"),
    "or_paper": ("Sheet Size (cm)", "15|24|30|10|7.5|12|35|6|17.5|20|15|5|25|11"),
    "or_time": ("Fold Time (min)", "18|42|25|9|65|31|14|53|22|37|12|#VALUE!|gave up||28"),
    "or_model": ("Model", "Crane|Flapping Crane|Crane Box|Red Dragon|Dragonfly|Modular Star|Modular Cube|"
                          "Star, Modular|Lily|Crane|Lily|| |Frog|Sea Dragon Tile"),
    "or_meet": ("Meet-up Date", DB),
    "lp_carat": ("Carat Weight", "0.5|0.8|2|0.3|2.4|1.2|3|3.5|0.2|1|0.45|5|0.06|1.8"),
    "lp_hard": ("Mohs Hardness", "7|6.5|9|5.5|7|8|10|6|7.5|4|9|3|7|2"),
    "lp_price": ("Asking Price ($)", "120|85|340|60|210|45|95|180|30|260|150|#DIV/0!|POA||75"),
    "lp_stone": ("Stone", "Blue Lace Agate|Moss Agate|Agate Slice|Red Jasper|Picture Jasper|Jasper Bead|"
                          "Rose Quartz|Smoky Quartz|Quartz Point|Labradorite|Obsidian|Ocean Jasper|Amethyst|"
                          "Tiger Eye"),
    "lp_tray": ("Tray", "A1|B2|A1|C3||B4| |C3|D1|A2|B2|E5|F1|D2"),
    "lp_cut": ("Cut Finished", DA),
    "rk_apogee": ("Apogee (m)", "300|420|100|85|150|210|250|190|35|1200|275|160|60|330"),
    "rk_motor": ("Motor Impulse (Ns)", "40|80|10|20|5|160|15|2.5|60|12.5|320|40|20|35"),
    "rk_flight": ("Flight Time (s)", "42|18|65|27|51|33|12|74|39|22|58|#N/A|scrubbed||46"),
    "rk_name": ("Rocket", "Alpha|Alpha III|Mini Alpha|Starhopper|Lone Star|Big Bertha|Big Daddy|Little Big|Mustang|"
                          "Alpha|Mustang|| |Viking|Nova Star Two"),
    "rk_launch": ("Launch Date", DD),
    "hr_freq": ("Frequency (MHz)", "7.3|14.2|144|3.5|1.8|7.1|50|21|440|430|146|28.4|3.6|10.1"),
    "hr_power": ("Power (W)", "100|5|10|50|25|100|400|5|1|75|20|200|50|0.5"),
    "hr_qso": ("Contacts Logged", "23|57|11|84|36|8|49|62|17|95|30|#VALUE!|no log||41"),
    "hr_call": ("Callsign", "G4ABC|G4ABC/P|M0XYZ|2E0FOO/M|EI7GL|GM3SEK/P|MW1BBC|G0KJS/M|DL2ZZ|VK2GWR/MM|M7PQR|"
                            "F5JY/P|GI4UUO|W1AW"),
    "hr_grid": ("Grid Square", "IO91|JO01|IO91|IO83||IO70| |JO01|IO81|IO92|IO93|IO81|JN18|IO64"),
    "hr_net": ("Net Night", DC),
    "sc_solve": ("Solve Time (s)", "20|24.5|10|8.7|12|13.4|15|14.9|31|9.9|2.1|16.2|11.3|19"),
    "sc_moves": ("Move Count", "60|72|40|50|45|38|55|61|44|47|90|52|33|43"),
    "sc_ao5": ("Average of 5 (s)", "14.2|18.9|11.6|22.4|16.1|9.8|13.3|25.7|12.5|17.4|20.2|#DIV/0!|DNF||15.6"),
    "sc_puzzle": ("Puzzle", "3x3|3x3 OH|Blind 3x3|Megaminx|Master Megaminx|Pyraminx|Pyraminx Duo|Mega Pyraminx|"
                            "Skewb|3x3|Skewb|| |Clock|Square-1"),
    "sc_comp": ("Competition Date", DA),
    "sb_score": ("Game Score", "300|350|450|280|460|250|500|520|240|410|199|610|375|325"),
    "sb_bingo": ("Bingos", "2|0|1|3|4|0|2|5|1|0|3|2|6|1"),
    "sb_spread": ("Spread", "45|-12|88|23|-40|67|5|102|-7|31|56|#REF!|bye||14"),
    "sb_word": ("Best Word", "QI|QAT|ZAX|JINXING|QUIZZING|MUZJIKS|FAQIR|ZEBU|CAZIQUE|JOKING|INGOT|OXYPHENBUTAZONE|"
                             "ZAP|BOXING"),
    "sb_member": ("Member", "Priya|Tom|Priya|Wen||Ade| |Tom|Lucia|Marek|Sol|Lucia|Ines|Bo"),
    "sb_game": ("Game Night", DB),
    "pk_vault": ("Vault Height (cm)", "120|135|60|45|80|95|110|105|150|55|30|88|70|125"),
    "pk_run": ("Run Time (s)", "30|42|18|24|20|12|15|36|22|9|27|60|3|21"),
    "pk_jumps": ("Precision Jumps", "17|34|8|26|41|12|29|21|6|38|15|#N/A|injured||24"),
    "pk_spot": ("Spot", "Car Park|Car Park Roof|Multi-storey Car Park|Harbour Wall|Wallingford Steps|Old Mill|"
                        "Old Quarry|Quarry, Old|Skate Plaza|Car Park|Skate Plaza|| |Library Rails|Sea Wall Steps"),
    "pk_jam": ("Jam Session", DC),
    "wf_batter": ("Batter Used (l)", "5|8|12|4.5|13|3|15|18|2|10|0.5|14|6|7"),
    "wf_irons": ("Irons Running", "6|4|3|5|2|6|7|4|1|8|5|6|3|0"),
    "wf_sales": ("Waffles Sold", "142|98|210|76|185|123|64|233|110|157|89|#DIV/0!|shut||171"),
    "wf_topping": ("Topping", "Maple Syrup|Golden Syrup|Syrup & Berries|Whipped Cream|Ice Cream|"
                              "Cream Cheese Frosting|Nutella|Peanut Butter|Hazelnut Spread|Banana|Strawberries|"
                              "Sour Cream|Chocolate Chips|Bacon"),
    "wf_table": ("Table", "T1|T4|T1|T7||T2| |T4|T9|T3|T5|T9|T12|T6"),
    "wf_order": ("Flour Order", DD),
    "dn_dozen": ("Dozens Sold", "25|31|8|6|12|15|20|18|40|7|22|14|3|28"),
    "dn_fryer": ("Fryer Temp (°F)", "375|380|350|365|358|340|390|372|362|345|385|355|368|400"),
    "dn_left": ("Left at Close", "14|6|22|3|17|9|28|11|0|19|5|#VALUE!|sold out||12"),
    "dn_donut": ("Donut", "Glazed|Glazed Twist|Honey Glazed|Custard Filled|Vanilla Custard|Boston Cream|"
                          "Boston Kreme Mini|Cream, Boston|Jam|Glazed|Jam|| |Maple Bar|Lemon Custard Ring"),
    "dn_flour": ("Flour Delivered", DB),
    "bg_proof": ("Proof Time (h)", "12|14|18|11|19|10|20|24|8|16|1.5|22|13|9"),
    "bg_boil": ("Boil Seconds", "60|45|30|90|60|120|75|45|20|100|50|60|15|80"),
    "bg_dozen": ("Dozens Baked", "32|45|28|51|19|38|60|24|41|15|36|#N/A|oven down||47"),
    "bg_type": ("Bagel", "Sesame Seed|Poppy Seed|Seeded Rye|Everything|Cheddar Everything|Everything Spelt|Plain|"
                         "Cinnamon Raisin|Cinnamon Sugar|Apple Cinnamon|Onion|Jalapeño Cheddar|Pumpernickel|Salt"),
    "bg_regular": ("Regular", "Mo|Dana|Mo|Eli||Sam| |Dana|Rin|Oz|Kit|Rin|Gus|Ada"),
    "bg_cater": ("Catering Date", DC),
    "pz_salt": ("Salt (g)", "15|18|5|4|6|8|10|9|22|3|7|12|2|16"),
    "pz_price": ("Price ($)", "6|7.5|4|5|4.5|3.5|3|8|5.5|2.5|6.25|4.75|9|3.25"),
    "pz_sold": ("Pretzels Sold", "86|142|57|118|73|201|64|95|130|48|110|#REF!|rained off||79"),
    "pz_pretzel": ("Pretzel", "Classic|Classic Twist|Salted Classic|Cheese Stuffed|Jalapeño Cheese|"
                              "Bites - Cinnamon|Bites - Garlic|Garlic Bites|Dog|Classic|Dog|| |Cheesy Sticks|"
                              "Everything Twist"),
    "pz_event": ("Event Day", DD),
    "cr_batter": ("Crepes per Litre", "20|24|28|18|30|15|32|35|12|26|22|29|14|40"),
    "cr_fill": ("Filling (g)", "80|100|60|120|80|140|90|100|50|110|70|160|80|40"),
    "cr_served": ("Crepes Served", "118|86|153|64|131|97|72|176|105|59|140|#N/A|private party||91"),
    "cr_crepe": ("Crêpe", "Ham & Cheese|Ham, Egg, Cheese|Crêpe Suzette|Suzette Special|Mini Suzette|"
                          "Galette Complète|Galette Forestière|Buckwheat Galette|Lemon Sugar|Nutella Banana|"
                          "Salted Caramel|Smoked Salmon|Chestnut Cream|Apple Cinnamon"),
    "cr_booking": ("Booking Name", "Laurent|Mei|Laurent|Osei||Rhys| |Mei|Anouk|Bram|Cleo|Anouk|Dev|Elif"),
    "cr_market": ("Market Day", DA),
}

ENTRIES = _joined("""
# gelato shop
Google Sheets habit: Format rules > Format cells if > Greater than > 40, on Scoops Sold | GreaterThan(40) | ge_scoops
    | other-app
we reorder a tub when it sells fewer than 15 scoops in a day, so flag those days | LessThan(15) | ge_scoops | rationale
column: Scoops Sold / condition: 20 or more but under 35 / fill: mint green | AND(GreaterThanEqual(20), LessThan(35))
    | ge_scoops | checklist | compound | boundary
Cabinet Temp column only, rows 2 down to the last reading, leave the header alone: anything at -11 or warmer
    | GreaterThanEqual(-11) | ge_temp | scope-heavy | boundary | column-word
LibreOffice way of saying it: Condition 1, Cell value is, between, -14 and -12 | Between(-14, -12) | ge_temp | other-app
    | range
gelato goes soft above -10, so shade the cabinet temps that are not above -10, those are safe | NOT(GreaterThan(-10))
    | ge_temp | rationale | negation
range: Daily Takings (€) / type: colour scale / low = red, high = green | ColorScale() | ge_takings | checklist | visual
in the Daily Takings column and no other, every row under the heading to the bottom: data bars please | DataBar()
    | ge_takings | scope-heavy | visual | column-word
Zoho Sheet calls it Top/Bottom > Top N; set N to 3 on Daily Takings | Top(3) | ge_takings | other-app | superlative
we look hard at the worst fifth of days, the bottom 20% of takings, so colour those | BottomPercent(20) | ge_takings
    | rationale | superlative
field: Daily Takings (€); rule: above average; format: bold green | AboveAverage() | ge_takings | checklist | polarity
just the takings column, first data row through the last, none of the other columns: cells that show an error like #REF!
    | Errors() | ge_takings | scope-heavy | column-word
Numbers app: Highlight Cells If > Text > is > Pistachio | TextEquals("Pistachio") | ge_flavour | other-app
every flavour with "choc" anywhere in its name comes from the same supplier, so colour those | TextContains("choc")
    | ge_flavour | rationale | quoted
Column = Flavour; Test = begins with Sorbet; Colour = lemon yellow | TextStartsWith("Sorbet") | ge_flavour | checklist
in Flavour alone, B2 to B16 and not the title row: flavours that are listed more than once | Duplicates() | ge_flavour
    | scope-heavy
a gap in the flavour list is an empty tray in the cabinet, so shade the empty cells | Blanks() | ge_flavour | rationale
LibreOffice: Condition 1 > Date is > Today, on the Batch Made dates | Today() | ge_batch | other-app | date
batches made yesterday are on their last display day, so flag yesterday's | Yesterday() | ge_batch | rationale | date
col: Batch Made / when: date is tomorrow / colour: blue | Tomorrow() | ge_batch | checklist | date
on Batch Made only, from the first date under the header down to the final row: the last 7 days | Last7Days() | ge_batch
    | scope-heavy | date
LibreOffice user: Condition 1, Date is, Last week, for Batch Made | LastWeek() | ge_batch | other-app | date
# pho shop
the bones turn bitter after 12 hours, so mark any simmer time longer than 12 | GreaterThan(12) | ph_broth | rationale
column: Broth Simmer (h) / flag if: under 6 or over 14 / colour: red | OR(LessThan(6), GreaterThan(14)) | ph_broth
    | checklist | compound
Broth Simmer column, just that one, second row to the end, header untouched: simmer times of 8 hours or less
    | LessThanEqual(8) | ph_broth | scope-heavy | boundary | column-word
LibreOffice: Condition 1 - Cell value is - equal to - 4, applied to Bowls per Table | Equals(4) | ph_bowls | other-app
a table of 2 is our default, so highlight every table where the bowl count is not equal to 2 | NotEquals(2) | ph_bowls
    | rationale | negation
column: Bowls per Table / rule: outside 2 to 5 / why: the tables seat 2-5 | NotBetween(2, 5) | ph_bowls | checklist
    | range
on Takeaway Orders only, from the top data cell down, header excluded: an icon set | IconSet() | ph_orders | scope-heavy
    | visual
LibreOffice: Condition 1 > Cell value is > bottom 10 elements, but set it to 2 elements, on Takeaway Orders | Bottom(2)
    | ph_orders | other-app | superlative
the top quarter of takeaway days pays the delivery rider a bonus, so highlight the top 25% | TopPercent(25) | ph_orders
    | rationale | superlative
- column: Takeaway Orders - rule: below average - fill: pale orange | BelowAverage() | ph_orders | checklist | polarity
throughout the Takeaway Orders column, every row but the header and nothing outside it: the cells with no error
    | NotErrors() | ph_orders | scope-heavy | negation | column-word
Airtable-ish filter: Dish does not contain 'rare' — show that as a highlight on the dish cells | TextNotContains("rare")
    | ph_dish | other-app | negation | quoted
the noodle soups all end in Pho on the menu, so colour the dishes that end with Pho | TextEndsWith("Pho") | ph_dish
    | rationale
Dish / test: does not start with Bun / colour: light blue | NOT(TextStartsWith("Bun")) | ph_dish | checklist | negation
Table No. column only, starting under the header and running to the last row: numbers that appear just once | Unique()
    | ph_table | scope-heavy
Notion filter "Table No. is not empty", but as a highlight instead | NotBlanks() | ph_table | other-app | negation
    | quoted
the noodle supplier bills by the week, so mark the deliveries dated this week | ThisWeek() | ph_delivery | rationale
    | date
field: Noodle Delivery; when: next week; colour: yellow | NextWeek() | ph_delivery | checklist | date
only the Noodle Delivery dates, rows 2 to 16, header left alone: the ones that fell in last month | LastMonth()
    | ph_delivery | scope-heavy | date
LibreOffice: Condition 1, Date is, This month, on Noodle Delivery | ThisMonth() | ph_delivery | other-app | date
the new noodle contract starts next month, so flag every delivery booked for next month | NextMonth() | ph_delivery
    | rationale | date
# kebab house
colum: Skewers Griled / when: more then 60 / fill: orange | GreaterThan(60) | kb_skewers | checklist | typo
Skewers Grilled, that column and nothing next to it, row 2 downwards, no header: under 25 | LessThan(25) | kb_skewers
    | scope-heavy
Google Sheets: Custom formula is =AND(B2>30, B2<=50), on the Skewers Grilled column
    | AND(GreaterThan(30), LessThanEqual(50)) | kb_skewers | other-app | compound | boundary
3 is where the chilli gets properly hot, so flag every level of 3 or more | GreaterThanEqual(3) | kb_spice | rationale
    | boundary
Chilli Level / between 2 and 4 inclusive / colour: amber | Between(2, 4) | kb_spice | checklist | range
in Chilli Level only, from the first level under the header to the last one: levels that are not above 4
    | NOT(GreaterThan(4)) | kb_spice | scope-heavy | negation
LibreOffice: Condition 1 > All cells > Color scale (3 entries), on Wait Time (min) | ColorScale() | kb_wait | other-app
    | visual
the wait times are what the health inspector asked about, so put data bars on them to show the long waits | DataBar()
    | kb_wait | rationale | visual
column: Wait Time (min); show: top 2; colour: red | Top(2) | kb_wait | checklist | superlative
Wait Time column only, every row beneath the header, nothing else: the bottom 10 percent | BottomPercent(10) | kb_wait
    | scope-heavy | superlative | column-word
OnlyOffice: Top/Bottom rules > Above average, on Wait Time (min) | AboveAverage() | kb_wait | other-app | polarity
an error in the wait times means a broken till sync, which we need to chase, so flag the error cells | Errors()
    | kb_wait | rationale
order / is exactly / Doner Wrap / green | TextEquals("Doner Wrap") | kb_order | checklist
only the Order column, row 2 down through the last order, header not included: orders containing halloumi
    | TextContains("halloumi") | kb_order | scope-heavy | column-word
Numbers: Highlight Cells If > Text > starts with > Mixed, applied to Order | TextStartsWith("Mixed") | kb_order
    | other-app
a repeated order line usually means the till double-posted, so highlight orders that appear more than once
    | Duplicates() | kb_order | rationale
column: Order / condition: cell is empty / colour: grey | Blanks() | kb_order | checklist
just Marinade Started, second row to the end, skip the heading: dates equal to today | Today() | kb_prep | scope-heavy
    | date
LibreOffice: Condition 1, Date is, Yesterday — Marinade Started | Yesterday() | kb_prep | other-app | date
lamb that starts marinating tomorrow needs the spice mix prepped tonight, so flag tomorrow's dates | Tomorrow()
    | kb_prep | rationale | date
field: Marinade Started / period: last 7 days / colour: purple | Last7Days() | kb_prep | checklist | date
Marinade Started column and only that, every date from the top row down: last week's | LastWeek() | kb_prep
    | scope-heavy | date | column-word
# smokehouse
LibreOffice: Condition 1 > Cell value is > less than or equal to > 10, on Smoke Time (h) | LessThanEqual(10) | sm_hours
    | other-app | boundary
a brisket needs more than 14 hours to render properly, so colour the smoke times over 14 | GreaterThan(14) | sm_hours
    | rationale
column: Smoke Time (h) / flag: below 4 or above 18 / fill: red | OR(LessThan(4), GreaterThan(18)) | sm_hours | checklist
    | compound
Brisket Weight column only, from row 2 to the bottom, not the title: exactly 5.50 kg | Equals(5.5) | sm_weight
    | scope-heavy | column-word | number-format
Google Sheets: Format cells if > Is not equal to > 6, range Brisket Weight | NotEquals(6) | sm_weight | other-app
    | negation
our smoker racks take 4 to 7 kg, so mark any brisket weight outside 4-7 | NotBetween(4, 7) | sm_weight | rationale
    | range
what: icon set / where: Covers / note: all the covers numbers | IconSet() | sm_covers | checklist | visual
in the Covers column, top to bottom under the header, no other column at all: the lowest 3 | Bottom(3) | sm_covers
    | scope-heavy | superlative | column-word
LibreOffice: Condition 1 > Cell value is > top 10 percent, on Covers | TopPercent(10) | sm_covers | other-app
    | superlative
nights below the average covers lose money, so colour the covers below average | BelowAverage() | sm_covers | rationale
    | polarity
Covers / no error / colour light grey | NotErrors() | sm_covers | checklist | negation
within the Cut column, first data row down, heading excluded: cuts that don't contain rib | TextNotContains("rib")
    | sm_cut | scope-heavy | negation | column-word
Numbers: Highlight Cells If > Text > ends with > Sausage | TextEndsWith("Sausage") | sm_cut | other-app
pork goes in the second smoker, so highlight every cut that doesn't have pork in it | NOT(TextContains("pork")) | sm_cut
    | rationale | negation
column: Order Ref / rule: values that occur once / colour: teal | Unique() | sm_order | checklist
the Order Ref cells only, from under the header to the end of the list: every one that is not blank | NotBlanks()
    | sm_order | scope-heavy | negation
Notion date filter: Pickup Date is this week, shown as a highlight | ThisWeek() | sm_pickup | other-app | date
the big catering pickups are next week and we need the extra smoker then, so flag next week's pickups | NextWeek()
    | sm_pickup | rationale | date
field: Pickup Date; period: last month; colour: grey | LastMonth() | sm_pickup | checklist | date
Pickup Date only, down the whole column beneath the header: the dates in this month | ThisMonth() | sm_pickup
    | scope-heavy | date
LibreOffice: Condition 1 > Date is > Next month, on Pickup Date | NextMonth() | sm_pickup | other-app | date
# sake brewery
a polishing ratio above 60 doesn't qualify as ginjo, so flag every ratio over 60 | GreaterThan(60) | sk_polish
    | rationale
column: Polishing Ratio (%) / when: below 40 / colour: gold | LessThan(40) | sk_polish | checklist
Polishing Ratio column only, rows 2 down, header out: at least 50 but under 70 | AND(GreaterThanEqual(50), LessThan(70))
    | sk_polish | scope-heavy | compound | boundary | column-word
LibreOffice: Condition 1 > Cell value is > greater than or equal to > 150, for Rice Lot (kg) | GreaterThanEqual(150)
    | sk_rice | other-app | boundary
a lot from 90 to 120 kg fits one steaming, so highlight those | Between(90, 120) | sk_rice | rationale | range
Rice Lot (kg) / not less than 60 / colour: green | NOT(LessThan(60)) | sk_rice | checklist | negation
in Bottles Filled only, from the first number to the last, no header: a colour scale | ColorScale() | sk_bottles
    | scope-heavy | visual
LibreOffice: Condition 1 > All cells > Data Bar, on Bottles Filled | DataBar() | sk_bottles | other-app | visual
the four biggest runs go to the export order, so highlight the top 4 bottles filled | Top(4) | sk_bottles | rationale
    | superlative
column: Bottles Filled / rule: bottom 25 percent / colour: orange | BottomPercent(25) | sk_bottles | checklist
    | superlative
just the Bottles Filled column, every row under the heading: runs above average | AboveAverage() | sk_bottles
    | scope-heavy | polarity
LibreOffice: Condition 1 > Cell value is > Error, on Bottles Filled | Errors() | sk_bottles | other-app
our tax return counts plain Junmai separately, so mark the labels that are exactly Junmai | TextEquals("Junmai")
    | sk_label | rationale
Label / contains: ginjo / colour: pale pink | TextContains("ginjo") | sk_label | checklist
only the Label column, its data rows from row 2, no header: labels beginning with Nama | TextStartsWith("Nama")
    | sk_label | scope-heavy | column-word
LibreOffice: Condition 1 > Cell value is > duplicate, on Label | Duplicates() | sk_label | other-app
an empty label cell means the bottle went out unlabelled, so shade the blank ones | Blanks() | sk_label | rationale
column: Pressing Date / when: today / fill: yellow | Today() | sk_press | checklist | date
in Pressing Date only, first date to the last, no other column: yesterday's | Yesterday() | sk_press | scope-heavy
    | date
LibreOffice: Condition 1, Date is, Tomorrow — Pressing Date | Tomorrow() | sk_press | other-app | date
the lees get sampled within a week of pressing, so flag the pressing dates from the last 7 days | Last7Days() | sk_press
    | rationale | date
column: Pressing Date / period: last week / colour: lavender | LastWeek() | sk_press | checklist | date
# ukulele club
Google Sheets: Format rules > Less than or equal to > 12, on Members at Jam | LessThanEqual(12) | uk_members | other-app
    | boundary
past thirty players the hall gets too loud, so flag the jams with more than thirty members | GreaterThan(30)
    | uk_members | rationale | number-words
column: Members at Jam / flag if: fewer than 8 or more than 40 / colour: red | OR(LessThan(8), GreaterThan(40))
    | uk_members | checklist | compound
Songs Played only, row 2 to the last row, title excluded: exactly 10 songs | Equals(10) | uk_songs | scope-heavy
Numbers: Highlight Cells If > Number > not equal to > 7, on Songs Played | NotEquals(7) | uk_songs | other-app
    | negation
a set list runs 5 to 9 songs, so anything outside 5 to 9 means the night ran long or short; mark those
    | NotBetween(5, 9) | uk_songs | rationale | range
column: Subs Paid (£); format: icon set (traffic lights) | IconSet() | uk_subs | checklist | visual
on the Subs Paid column only, every cell under the header, no neighbours: the 2 smallest | Bottom(2) | uk_subs
    | scope-heavy | superlative | column-word
LibreOffice: Condition 1 > Cell value is > top 10 percent, but 20 percent, for Subs Paid | TopPercent(20) | uk_subs
    | other-app | superlative
members paying below average might be on the concession rate, so colour the below-average subs | BelowAverage()
    | uk_subs | rationale | polarity
Subs Paid / cells with no error / colour: grey | NotErrors() | uk_subs | checklist | negation
Song column alone, from the first title under the header down: songs without blues in the title
    | TextNotContains("blues") | uk_song | scope-heavy | negation | column-word
Google Sheets: Format rules > Text ends with > Waltz, on Song | TextEndsWith("Waltz") | uk_song | other-app
we've played Riptide to death, so highlight every song that is not exactly Riptide | NOT(TextEquals("Riptide"))
    | uk_song | rationale | negation
field: Pick Colour / rule: unique values / colour: green | Unique() | uk_pick | checklist
in Pick Colour only, from the first row of data down to the bottom: any cell that isn't empty | NotBlanks() | uk_pick
    | scope-heavy | negation
Airtable: Jam Date is within this week — highlight those | ThisWeek() | uk_jam | other-app | date
the hall wants the next week's bookings confirmed, so flag the jam dates that fall next week | NextWeek() | uk_jam
    | rationale | date
column: Jam Date / period: last month / fill: grey | LastMonth() | uk_jam | checklist | date
Jam Date column only, every date below the header: this month's | ThisMonth() | uk_jam | scope-heavy | date
    | column-word
LibreOffice: Condition 1 > Date is > Next month, on Jam Date | NextMonth() | uk_jam | other-app | date
# woodturning
bowls wider than 250 mm won't fit the kiln, so flag every diameter over 250 | GreaterThan(250) | wt_bowl | rationale
column: Bowl Diameter (mm) / when: less than 120 / colour: blue | LessThan(120) | wt_bowl | checklist
Bowl Diameter only, from row 2 downward, header excluded: over 150 and under 200 | AND(GreaterThan(150), LessThan(200))
    | wt_bowl | scope-heavy | compound
LibreOffice: Condition 1 > Cell value is > greater than or equal to > 12, on Moisture (%) | GreaterThanEqual(12)
    | wt_moist | other-app | boundary
wood between 8 and 10 percent moisture is ready to turn, so mark those readings | Between(8, 10) | wt_moist | rationale
    | range
Moisture (%) / not greater than 20 / colour: green | NOT(GreaterThan(20)) | wt_moist | checklist | negation
across the Price column only, from the first price down, heading left out: a colour scale | ColorScale() | wt_price
    | scope-heavy | visual | column-word
OnlyOffice: Data bars > Gradient fill, on Price (£) | DataBar() | wt_price | other-app | visual
the three dearest pieces go in the shop window, so highlight the top 3 prices | Top(3) | wt_price | rationale
    | superlative
column: Price (£) / rule: bottom 15% / colour: yellow | BottomPercent(15) | wt_price | checklist | superlative
Price (£) only, row 2 to the end, nothing else on the sheet: above average | AboveAverage() | wt_price | scope-heavy
    | polarity
LibreOffice: Condition 1 > Cell value is > Error, on Price (£) | Errors() | wt_price | other-app
plain Oak is the one timber we're out of, so mark the cells that say exactly Oak | TextEquals("Oak") | wt_wood
    | rationale
Timber / contains: burr / colour: brown | TextContains("burr") | wt_wood | checklist
only the Timber column, second row down to the final row, not its header: timber starting with Spalted
    | TextStartsWith("Spalted") | wt_wood | scope-heavy | column-word
LibreOffice: Condition 1 > Cell value is > duplicate, on Timber | Duplicates() | wt_wood | other-app
an empty timber cell means the blank never got logged, so shade the empty ones | Blanks() | wt_wood | rationale
column: Class Date / when: today / colour: green | Today() | wt_class | checklist | date
in the Class Date column alone, first date down to last: yesterday | Yesterday() | wt_class | scope-heavy | date
    | column-word
Google Sheets: Format rules > Date is > Tomorrow, on Class Date | Tomorrow() | wt_class | other-app | date
the chuck set goes out for sharpening weekly, so mark the classes held in the last 7 days | Last7Days() | wt_class
    | rationale | date
Class Date / last week / fill: pale blue | LastWeek() | wt_class | checklist | date
# pool cleaning
only the Free Chlorine column, row 2 down, header left out: 1 ppm or lower | LessThanEqual(1) | pc_chlorine
    | scope-heavy | boundary | column-word
Google Sheets: Format cells if > Greater than > 3, on Free Chlorine (ppm) | GreaterThan(3) | pc_chlorine | other-app
swimmers should stay out below 1.5 or above 4 ppm, so flag readings under 1.5 or over 4
    | OR(LessThan(1.5), GreaterThan(4)) | pc_chlorine | rationale | compound
column: pH / equals: 7.4 / colour: green | Equals(7.4) | pc_ph | checklist
pH column only, every reading under the heading to the bottom: anything that isn't 7.2 | NotEquals(7.2) | pc_ph
    | scope-heavy | negation | column-word
Numbers: Highlight Cells If > Number > not between > 7.2 and 7.8, on pH | NotBetween(7.2, 7.8) | pc_ph | other-app
    | range
long visits eat into the route, so an icon set on the visit minutes will show them at a glance | IconSet() | pc_visit
    | rationale | visual
Visit Minutes / bottom 2 / colour: light green | Bottom(2) | pc_visit | checklist | superlative
Visit Minutes only, from the first visit down to the last row, header excluded: top 15 percent | TopPercent(15)
    | pc_visit | scope-heavy | superlative
LibreOffice: Condition 1 > Cell value is > below average, on Visit Minutes | BelowAverage() | pc_visit | other-app
    | polarity
an error in the visit log breaks the invoice run, so mark every visit cell that has no error | NotErrors() | pc_visit
    | rationale | negation
column: Job / does not contain: filter / colour: blue | TextNotContains("filter") | pc_job | checklist | negation
in the Job column only, row 2 to the end, not the title: jobs ending with Vacuum | TextEndsWith("Vacuum") | pc_job
    | scope-heavy | column-word
Google Sheets: Custom formula is =NOT(LEFT(B2,5)="Shock"), on Job | NOT(TextStartsWith("Shock")) | pc_job | other-app
    | negation
we reuse a gate code only if it is unique to one house, so highlight codes that show up once | Unique() | pc_gate
    | rationale
Gate Code / is not blank / colour: light yellow | NotBlanks() | pc_gate | checklist | negation
Next Service column only, all the dates below the header: this week | ThisWeek() | pc_service | scope-heavy | date
    | column-word
LibreOffice: Condition 1 > Date is > Next week, on Next Service | NextWeek() | pc_service | other-app | date
the chemicals invoice covers last month, so flag the services dated last month | LastMonth() | pc_service | rationale
    | date
column: Next Service / period: this month / colour: green | ThisMonth() | pc_service | checklist | date
Next Service, just this column, every row below the header: dates in next month | NextMonth() | pc_service | scope-heavy
    | date
# origami club
Numbers: Highlight Cells If > Number > greater than > 100, on Fold Count | GreaterThan(100) | or_folds | other-app
anything under 30 folds is a beginner model, so mark the fold counts below 30 | LessThan(30) | or_folds | rationale
column: Fold Count / condition: more than 40 and less than 80 / colour: purple | AND(GreaterThan(40), LessThan(80))
    | or_folds | checklist | compound
Sheet Size (cm), that column only, from row 2 down, no header: 24 or larger | GreaterThanEqual(24) | or_paper
    | scope-heavy | boundary
LibreOffice: Condition 1 > Cell value is > between > 10 and 15, on Sheet Size (cm) | Between(10, 15) | or_paper
    | other-app | range
kami smaller than 7.5 cm is too fiddly for the kids, so shade the sizes that are not less than 7.5 | NOT(LessThan(7.5))
    | or_paper | rationale | negation
column: Fold Time (min) / format: colour scale / green low, red high | ColorScale() | or_time | checklist | visual
Fold Time column and no other, every value under the header: data bars | DataBar() | or_time | scope-heavy | visual
    | column-word
LibreOffice: Condition 1 > Cell value is > top 10 elements, set to 2, Fold Time (min) | Top(2) | or_time | other-app
    | superlative
the quickest fifth of folds get a sticker, so highlight the bottom 20 percent of fold times | BottomPercent(20)
    | or_time | rationale | superlative
Fold Time (min) / above average / colour: red | AboveAverage() | or_time | checklist | polarity
only the Fold Time cells, first one to last, heading excluded: the ones showing an error | Errors() | or_time
    | scope-heavy
Google Sheets: Format rules > Text is exactly > Crane, on Model | TextEquals("Crane") | or_model | other-app
the dragon models need the big sheets, so colour any model with "dragon" in its name | TextContains("dragon") | or_model
    | rationale | quoted
column: Model / starts with: Modular / colour: teal | TextStartsWith("Modular") | or_model | checklist
Model column only, from the first model name down, header untouched: names that repeat | Duplicates() | or_model
    | scope-heavy | column-word
Airtable filter: Model is empty — highlight those cells | Blanks() | or_model | other-app
we bring the big box of paper the day of a meet, so flag meet-ups that are today | Today() | or_meet | rationale | date
column: Meet-up Date / when: yesterday / colour: grey | Yesterday() | or_meet | checklist | date
just the Meet-up Date column, second row onward, no header: tomorrow's | Tomorrow() | or_meet | scope-heavy | date
    | column-word
LibreOffice: Condition 1 > Date is > Last 7 days, on Meet-up Date | Last7Days() | or_meet | other-app | date
attendance from last week goes in the newsletter, so mark last week's meet-ups | LastWeek() | or_meet | rationale | date
# lapidary
column: Carat Weight / when: 0.5 or less / colour: pale blue | LessThanEqual(0.5) | lp_carat | checklist | boundary
Carat Weight only, row 2 downward, title not included: stones heavier than 2 | GreaterThan(2) | lp_carat | scope-heavy
Google Sheets: Custom formula is =OR(B2<0.3, B2>3), on Carat Weight | OR(LessThan(0.3), GreaterThan(3)) | lp_carat
    | other-app | compound
7 on the Mohs scale is quartz, our test stone, so mark the hardness values equal to 7 | Equals(7) | lp_hard | rationale
Mohs Hardness / not equal to 9 / colour: yellow | NotEquals(9) | lp_hard | checklist | negation
Mohs Hardness column only, from the first reading to the last, header excluded: outside 6 to 8 | NotBetween(6, 8)
    | lp_hard | scope-heavy | range | column-word
LibreOffice: Condition 1 > All cells > Icon Set, on Asking Price ($) | IconSet() | lp_price | other-app | visual
the three cheapest stones go in the bargain tray, so highlight the bottom three prices | Bottom(3) | lp_price
    | rationale | superlative | number-words
column: Asking Price ($) / rule: top 20% / colour: gold | TopPercent(20) | lp_price | checklist | superlative
in the Asking Price column only, under the heading down to the last row: prices below the average | BelowAverage()
    | lp_price | scope-heavy | polarity | column-word
LibreOffice: Condition 1 > Cell value is > No Error, on Asking Price ($) | NotErrors() | lp_price | other-app | negation
agate goes to the other dealer, so highlight the stones that don't contain agate | TextNotContains("agate") | lp_stone
    | rationale | negation
column: Stone / ends with: Jasper / colour: red | TextEndsWith("Jasper") | lp_stone | checklist
Stone column only, row 2 to the bottom, header excluded: stones that do not contain quartz | NOT(TextContains("quartz"))
    | lp_stone | scope-heavy | negation | column-word
OnlyOffice: Duplicates/Unique > Unique values, on Tray | Unique() | lp_tray | other-app
an empty tray cell means the stone is still unsorted, so mark every tray cell that isn't blank as sorted | NotBlanks()
    | lp_tray | rationale | negation
column: Cut Finished / period: this week / colour: green | ThisWeek() | lp_cut | checklist | date
in Cut Finished only, every date under the header: next week | NextWeek() | lp_cut | scope-heavy | date
LibreOffice: Condition 1 > Date is > Last month, on Cut Finished | LastMonth() | lp_cut | other-app | date
the monthly show takes whatever was cut this month, so flag the cut dates in this month | ThisMonth() | lp_cut
    | rationale | date
field: Cut Finished; when: next month; fill: lilac | NextMonth() | lp_cut | checklist | date
# rocketry club
Apogee (m) column only, from row 2 down, no header: over 300 | GreaterThan(300) | rk_apogee | scope-heavy | column-word
Google Sheets: Format rules > Less than > 100, on Apogee (m) | LessThan(100) | rk_apogee | other-app
our field's ceiling band is 150 up to but not including 250 metres, so highlight apogees in that band
    | AND(GreaterThanEqual(150), LessThan(250)) | rk_apogee | rationale | compound | boundary
column: Motor Impulse (Ns) / when: 40 or more / colour: orange | GreaterThanEqual(40) | rk_motor | checklist | boundary
in Motor Impulse only, rows 2 through the end, not the title: between 10 and 20 | Between(10, 20) | rk_motor
    | scope-heavy | range
Numbers: Highlight Cells If > Number > less than or equal to > 80, Motor Impulse (Ns) — i.e. not more than 80
    | NOT(GreaterThan(80)) | rk_motor | other-app | negation
a colour scale on the flight times will show which designs stay up longest | ColorScale() | rk_flight | rationale
    | visual
column: Flight Time (s) / format: data bars / colour: blue | DataBar() | rk_flight | checklist | visual
Flight Time column only, from the first time to the last, header left alone: top 3 | Top(3) | rk_flight | scope-heavy
    | superlative | column-word
LibreOffice: Condition 1 > Cell value is > bottom 10 percent, set to 25 percent, on Flight Time (s) | BottomPercent(25)
    | rk_flight | other-app | superlative
the flights above average go in the club newsletter, so colour them | AboveAverage() | rk_flight | rationale | polarity
Flight Time (s) / cells with an error / colour: red | Errors() | rk_flight | checklist
only the Rocket column, second row to the last, heading excluded: the name Alpha exactly | TextEquals("Alpha") | rk_name
    | scope-heavy | column-word
Airtable filter: Rocket contains "star" — as a highlight | TextContains("star") | rk_name | other-app | quoted
the Big rockets need the long launch rail, so mark the rockets starting with Big | TextStartsWith("Big") | rk_name
    | rationale
column: Rocket / rule: duplicate values / colour: orange | Duplicates() | rk_name | checklist
Rocket column only, rows under the header to the end: blank cells | Blanks() | rk_name | scope-heavy | column-word
LibreOffice: Condition 1 > Date is > Today, on Launch Date | Today() | rk_launch | other-app | date
yesterday's launches still need their altimeter data pulled, so flag yesterday's launch dates | Yesterday() | rk_launch
    | rationale | date
field: Launch Date / when: tomorrow / colour: yellow | Tomorrow() | rk_launch | checklist | date
in Launch Date only, from the first date down, no header: the last 7 days | Last7Days() | rk_launch | scope-heavy | date
LibreOffice: Condition 1 > Date is > Last week, on Launch Date | LastWeek() | rk_launch | other-app | date
# ham radio
the 40 m band tops out at 7.3 MHz, so mark every frequency of 7.3 or lower | LessThanEqual(7.3) | hr_freq | rationale
    | boundary
column: Frequency (MHz) / when: greater than 144 / colour: green | GreaterThan(144) | hr_freq | checklist
Frequency (MHz) only, row 2 down to the last entry, header excluded: below 3.5 or above 430
    | OR(LessThan(3.5), GreaterThan(430)) | hr_freq | scope-heavy | compound
LibreOffice: Condition 1 > Cell value is > equal to > 100, on Power (W) | Equals(100) | hr_power | other-app
5 W is the QRP standard, so highlight every power that is not 5 | NotEquals(5) | hr_power | rationale | negation
column: Power (W) / rule: not between 10 and 50 / colour: red | NotBetween(10, 50) | hr_power | checklist | range
Contacts Logged, just that column, every cell under the header: an icon set | IconSet() | hr_qso | scope-heavy | visual
LibreOffice: Condition 1 > Cell value is > bottom 10 elements, 2 of them, on Contacts Logged | Bottom(2) | hr_qso
    | other-app | superlative
the top quarter of nights go on the club's honour board, so highlight the top 25% of contacts logged | TopPercent(25)
    | hr_qso | rationale | superlative
column: Contacts Logged / rule: below average / colour: orange | BelowAverage() | hr_qso | checklist | polarity
only the Contacts Logged column, first value to last, header out: cells with no error | NotErrors() | hr_qso
    | scope-heavy | negation | column-word
Numbers: Highlight Cells If > Text > does not contain > /P, on Callsign | TextNotContains("/P") | hr_call | other-app
    | negation
mobile stations sign with a trailing /M, so mark the callsigns ending with /M | TextEndsWith("/M") | hr_call | rationale
Callsign / does not begin with G / colour: blue | NOT(TextStartsWith("G")) | hr_call | checklist | negation
in Grid Square only, row 2 to the end of the log, header excluded: squares that appear only once | Unique() | hr_grid
    | scope-heavy
Notion filter: Grid Square is not empty → turn it into a highlight | NotBlanks() | hr_grid | other-app | negation
the band plan changes on Sunday, so flag the net nights that fall this week | ThisWeek() | hr_net | rationale | date
column: Net Night / when: next week / colour: purple | NextWeek() | hr_net | checklist | date
Net Night column only, all rows below the header: last month | LastMonth() | hr_net | scope-heavy | date | column-word
LibreOffice: Condition 1 > Date is > This month, on Net Night | ThisMonth() | hr_net | other-app | date
the repeater goes off for maintenance next month, so mark the net nights in next month | NextMonth() | hr_net
    | rationale | date
# speedcubing
column: Solve Time (s) / when: over 20 / colour: red | GreaterThan(20) | sc_solve | checklist
in the Solve Time column only, from row 2 to the final solve, header excluded: under 10 seconds | LessThan(10)
    | sc_solve | scope-heavy | column-word
Google Sheets: Custom formula is =AND(B2>=12, B2<15), on Solve Time (s) | AND(GreaterThanEqual(12), LessThan(15))
    | sc_solve | other-app | compound | boundary
a 60-move solve or longer means the cuber lost the method, so flag move counts of 60 or more | GreaterThanEqual(60)
    | sc_moves | rationale | boundary
column: Move Count / between: 40 and 50 inclusive / colour: green | Between(40, 50) | sc_moves | checklist | range
Move Count only, every row below the header, nothing beside it: counts not less than 45 | NOT(LessThan(45)) | sc_moves
    | scope-heavy | negation | column-word
LibreOffice: Condition 1 > All cells > Color scale (2 entries), Average of 5 (s) | ColorScale() | sc_ao5 | other-app
    | visual
data bars on the averages of 5 will make the progress obvious at the club night | DataBar() | sc_ao5 | rationale
    | visual
Average of 5 (s) / top 2 / colour: grey | Top(2) | sc_ao5 | checklist | superlative
Average of 5 column, just it, from the first average down, header out: the bottom 10% | BottomPercent(10) | sc_ao5
    | scope-heavy | superlative | column-word
Zoho Sheet: Conditional Formatting > Above Average, on Average of 5 (s) | AboveAverage() | sc_ao5 | other-app | polarity
a #DIV/0! in the averages means a missing solve, so mark the averages that are errors | Errors() | sc_ao5 | rationale
column: Puzzle / is exactly: 3x3 / colour: blue | TextEquals("3x3") | sc_puzzle | checklist
only the Puzzle column, row 2 to the bottom, not the header: puzzles with mega in the name | TextContains("mega")
    | sc_puzzle | scope-heavy | column-word
Google Sheets: Format rules > Text starts with > Pyra, on Puzzle | TextStartsWith("Pyra") | sc_puzzle | other-app
each event only needs one scramble set, so highlight puzzles that are listed more than once | Duplicates() | sc_puzzle
    | rationale
Puzzle / is blnak / colour: red | Blanks() | sc_puzzle | checklist | typo
Competition Date column only, every date under the header: today | Today() | sc_comp | scope-heavy | date | column-word
LibreOffice: Condition 1 > Date is > Yesterday, Competition Date | Yesterday() | sc_comp | other-app | date
results for tomorrow's competition need a scorecard pack, so flag competition dates that are tomorrow | Tomorrow()
    | sc_comp | rationale | date
column: Competition Date / period: last 7 days / colour: yellow | Last7Days() | sc_comp | checklist | date
in Competition Date only, from the top date to the bottom: last week's | LastWeek() | sc_comp | scope-heavy | date
# scrabble club
Numbers: Highlight Cells If > Number > less than or equal to > 300, on Game Score | LessThanEqual(300) | sb_score
    | other-app | boundary
a score over 450 earns a spot on the club's high-score board, so highlight those games | GreaterThan(450) | sb_score
    | rationale
column: Game Score / flag: under 250 or over 500 / colour: purple | OR(LessThan(250), GreaterThan(500)) | sb_score
    | checklist | compound
Bingos column only, row 2 down, title excluded: exactly 2 | Equals(2) | sb_bingo | scope-heavy | column-word
Google Sheets: Format rules > Is not equal to > 1, on Bingos | NotEquals(1) | sb_bingo | other-app | negation
one to three bingos is a normal game, so flag bingo counts outside 1 to 3 | NotBetween(1, 3) | sb_bingo | rationale
    | range
column: Spread / format: icon set / style: 3 arrows | IconSet() | sb_spread | checklist | visual
Spread column only, every value under the header to the last row: the 3 lowest | Bottom(3) | sb_spread | scope-heavy
    | superlative | column-word
LibreOffice: Condition 1 > Cell value is > top 10 percent, on Spread | TopPercent(10) | sb_spread | other-app
    | superlative
a below-average spread means the pairing was lopsided, so colour the spreads below average | BelowAverage() | sb_spread
    | rationale | polarity
Spread / no error / colour: pale green | NotErrors() | sb_spread | checklist | negation
in the Best Word column only, first word down to the last, header excluded: words without q | TextNotContains("q")
    | sb_word | scope-heavy | negation | column-word
Numbers: Highlight Cells If > Text > ends with > ING, on Best Word | TextEndsWith("ING") | sb_word | other-app
Z words have their own prize, so for the main prize highlight every best word that does not start with Z
    | NOT(TextStartsWith("Z")) | sb_word | rationale | negation
column: Member / rule: unique / colour: green | Unique() | sb_member | checklist
only the Member column, row 2 through the end, header untouched: cells that are not blank | NotBlanks() | sb_member
    | scope-heavy | negation | column-word
Airtable: Game Night is within this week — highlight | ThisWeek() | sb_game | other-app | date
next week's game nights need the board set up early, so flag the game nights that fall next week | NextWeek() | sb_game
    | rationale | date
column: Game Night / period: last month / colour: grey | LastMonth() | sb_game | checklist | date
Game Night only, all the dates below the heading: this month | ThisMonth() | sb_game | scope-heavy | date
LibreOffice: Condition 1 > Date is > Next month, on Game Night | NextMonth() | sb_game | other-app | date
# parkour
vaults over 120 cm need a spotter, so highlight any vault height greater than 120 | GreaterThan(120) | pk_vault
    | rationale
column: Vault Height (cm) / when: below 60 / colour: green | LessThan(60) | pk_vault | checklist
Vault Height only, from row 2 down, no header: above 80 and at most 110 | AND(GreaterThan(80), LessThanEqual(110))
    | pk_vault | scope-heavy | compound | boundary
LibreOffice: Condition 1 > Cell value is > greater than or equal to > 30, on Run Time (s) | GreaterThanEqual(30)
    | pk_run | other-app | boundary
the course is meant to take 18 to 24 seconds, so mark the run times in 18-24 | Between(18, 24) | pk_run | rationale
    | range
column: Run Time (s) / not under 12 / colour: orange | NOT(LessThan(12)) | pk_run | checklist | negation
in Precision Jumps alone, every number under the header: colour scale | ColorScale() | pk_jumps | scope-heavy | visual
OnlyOffice: Data bars > Solid fill, on Precision Jumps | DataBar() | pk_jumps | other-app | visual
the four best jumpers lead the warm-up, so highlight the top four precision jumps | Top(4) | pk_jumps | rationale
    | superlative | number-words
column: Precision Jumps / rule: bottom 15% / colour: yellow | BottomPercent(15) | pk_jumps | checklist | superlative
Precision Jumps column only, row 2 to the end, not the title: above average | AboveAverage() | pk_jumps | scope-heavy
    | polarity | column-word
LibreOffice: Condition 1 > Cell value is > Error, on Precision Jumps | Errors() | pk_jumps | other-app
the council only cleared us for the Car Park itself, so mark the spots that are exactly Car Park
    | TextEquals("Car Park") | pk_spot | rationale
column: Spot / contains: wall / colour: blue | TextContains("wall") | pk_spot | checklist
only the Spot column, second row to the last, header excluded: spots beginning with Old | TextStartsWith("Old")
    | pk_spot | scope-heavy | column-word
OnlyOffice: Duplicates/Unique > Duplicate values, on Spot | Duplicates() | pk_spot | other-app
a blank spot means the session venue was never agreed, so shade the blank cells | Blanks() | pk_spot | rationale
column: Jam Session / when: today / colour: green | Today() | pk_jam | checklist | date
Jam Session column only, every date under the header: yesterday | Yesterday() | pk_jam | scope-heavy | date
    | column-word
LibreOffice: Condition 1 > Date is > Tomorrow, on Jam Session | Tomorrow() | pk_jam | other-app | date
the insurance covers sessions logged within 7 days, so flag jam sessions in the last 7 days | Last7Days() | pk_jam
    | rationale | date
column: Jam Session / period: last week / colour: grey | LastWeek() | pk_jam | checklist | date
# waffle house
Batter Used column only, from row 2 down, header excluded: 5 litres or less | LessThanEqual(5) | wf_batter | scope-heavy
    | boundary | column-word
Google Sheets: Format rules > Greater than > 12, on Batter Used (l) | GreaterThan(12) | wf_batter | other-app
a shift using under 3 or over 15 litres means the scale is off, so flag those batter readings
    | OR(LessThan(3), GreaterThan(15)) | wf_batter | rationale | compound
column: Irons Running / equals: 6 / colour: green | Equals(6) | wf_irons | checklist
in Irons Running only, every row under the header: values other than 4 | NotEquals(4) | wf_irons | scope-heavy
    | negation
LibreOffice: Condition 1 > Cell value is > not between > 3 and 5, on Irons Running | NotBetween(3, 5) | wf_irons
    | other-app | range
an icon set on waffles sold lets the franchise owner see the good days in one look | IconSet() | wf_sales | rationale
    | visual
column: Waffles Sold / bottom 2 / colour: orange | Bottom(2) | wf_sales | checklist | superlative
Waffles Sold column, only it, every number from the top row down, header out: top 20 percent | TopPercent(20) | wf_sales
    | scope-heavy | superlative | column-word
Zoho Sheet: Conditional Formatting > Below Average, on Waffles Sold | BelowAverage() | wf_sales | other-app | polarity
the nightly report can't take error cells, so mark the Waffles Sold cells that have no error | NotErrors() | wf_sales
    | rationale | negation
column: Topping / does not contain: syrup / colour: blue | TextNotContains("syrup") | wf_topping | checklist | negation
in the Topping column only, row 2 to the last topping, header excluded: toppings ending in Cream | TextEndsWith("Cream")
    | wf_topping | scope-heavy | column-word
Google Sheets: Format rules > Custom formula is =ISERROR(SEARCH("nut",B2)), on Topping | NOT(TextContains("nut"))
    | wf_topping | other-app | negation | quoted
a table number that shows up just once was a one-off walk-in, so highlight the tables that appear once | Unique()
    | wf_table | rationale
column: Table / rule: not blank / colour: yellow | NotBlanks() | wf_table | checklist | negation
Flour Order only, every date beneath the header: this week | ThisWeek() | wf_order | scope-heavy | date
LibreOffice: Condition 1 > Date is > Next week, on Flour Order | NextWeek() | wf_order | other-app | date
last month's flour orders go on the VAT return, so flag them | LastMonth() | wf_order | rationale | date
column: Flour Order / period: this month / colour: green | ThisMonth() | wf_order | checklist | date
in the Flour Order column alone, top to bottom under the header: next month | NextMonth() | wf_order | scope-heavy
    | date | column-word
# donut shop
Numbers: Highlight Cells If > Number > greater than > 25, on Dozens Sold | GreaterThan(25) | dn_dozen | other-app
a day under 8 dozen doesn't cover the rent, so colour the days with fewer than 8 dozen sold | LessThan(8) | dn_dozen
    | rationale
column: Dozens Sold / when: over 12 and no more than 20 / colour: pink | AND(GreaterThan(12), LessThanEqual(20))
    | dn_dozen | checklist | compound | boundary
Fryer Temp column only, from row 2 to the end, no header: 375°F or hotter | GreaterThanEqual(375) | dn_fryer
    | scope-heavy | boundary | column-word | number-format
Google Sheets: Format rules > Is between > 350 and 365, on Fryer Temp (°F) | Between(350, 365) | dn_fryer | other-app
    | range
above 380 the oil starts to smoke, so shade every fryer temp that is not above 380 as fine | NOT(GreaterThan(380))
    | dn_fryer | rationale | negation
column: Left at Close / format: colour scale / white to red | ColorScale() | dn_left | checklist | visual
Left at Close only, every value under the heading, nothing else: data bars | DataBar() | dn_left | scope-heavy | visual
LibreOffice: Condition 1 > Cell value is > top 10 elements, but 3, on Left at Close | Top(3) | dn_left | other-app
    | superlative
the best fifth of days, the bottom 20% of leftovers, get shown to the new bakers, so highlight them | BottomPercent(20)
    | dn_left | rationale | superlative
column: Left at Close / above average / colour: red | AboveAverage() | dn_left | checklist | polarity
in the Left at Close column only, first row of data to the last: error values | Errors() | dn_left | scope-heavy
    | column-word
Airtable filter: Donut is "Glazed" — highlight | TextEquals("Glazed") | dn_donut | other-app | quoted
custard fillings need the cold shelf, so colour every donut with custard in its name | TextContains("custard")
    | dn_donut | rationale
column: Donut / begins with: Boston / colour: brown | TextStartsWith("Boston") | dn_donut | checklist
only the Donut column, row 2 down to the end, not the header: donuts listed more than once | Duplicates() | dn_donut
    | scope-heavy | column-word
Google Sheets: Format rules > Is empty, on Donut | Blanks() | dn_donut | other-app
flour delivered today has to be put away before opening, so flag today's deliveries | Today() | dn_flour | rationale
    | date
column: Flour Delivered / when: yesterday / colour: grey | Yesterday() | dn_flour | checklist | date
Flour Delivered column only, every date under the header: tomorrow | Tomorrow() | dn_flour | scope-heavy | date
    | column-word
LibreOffice: Condition 1 > Date is > Last 7 days, on Flour Delivered | Last7Days() | dn_flour | other-app | date
the mill's last-week batch was bad, so mark the deliveries from last week | LastWeek() | dn_flour | rationale | date
# bagel shop
column: Proof Time (h) / when: 12 or less / colour: yellow | LessThanEqual(12) | bg_proof | checklist | boundary
Proof Time only, row 2 to the last row, header out: more than 18 hours | GreaterThan(18) | bg_proof | scope-heavy
Google Sheets: Custom formula is =OR(B2<10, B2>20), on Proof Time (h) | OR(LessThan(10), GreaterThan(20)) | bg_proof
    | other-app | compound
a sixty-second boil is the house standard, so highlight the boils of exactly sixty | Equals(60) | bg_boil | rationale
    | number-words
column: Boil Seconds / not equal to: 45 / colour: blue | NotEquals(45) | bg_boil | checklist | negation
in Boil Seconds only, from the first row under the header to the last: outside 30 to 90 | NotBetween(30, 90) | bg_boil
    | scope-heavy | range | column-word
LibreOffice: Condition 1 > All cells > Icon Set (3 flags), on Dozens Baked | IconSet() | bg_dozen | other-app | visual
the 3 smallest bakes get looked at by the head baker, so highlight the bottom 3 dozens baked | Bottom(3) | bg_dozen
    | rationale | superlative
column: Dozens Baked / top 25% / colour: green | TopPercent(25) | bg_dozen | checklist | superlative
Dozens Baked column only, every number under the heading: below average | BelowAverage() | bg_dozen | scope-heavy
    | polarity | column-word
LibreOffice: Condition 1 > Cell value is > No Error, on Dozens Baked | NotErrors() | bg_dozen | other-app | negation
our seed-allergy regulars can only have bagels without seed, so highlight the bagels that don't contain seed
    | TextNotContains("seed") | bg_type | rationale | negation
Bagel / ends with: Everything / colour: orange | TextEndsWith("Everything") | bg_type | checklist
only the Bagel column, row 2 down, header excluded: bagels not starting with Cinnamon | NOT(TextStartsWith("Cinnamon"))
    | bg_type | scope-heavy | negation | column-word
OnlyOffice: Duplicates/Unique > Unique values, on Regular | Unique() | bg_regular | other-app
a name in the Regular column means a standing order, so mark the cells that aren't empty | NotBlanks() | bg_regular
    | rationale | negation
column: Catering Date / period: this week / colour: yellow | ThisWeek() | bg_cater | checklist | date
Catering Date only, every date under the header: next week | NextWeek() | bg_cater | scope-heavy | date
LibreOffice: Condition 1 > Date is > Last month, on Catering Date | LastMonth() | bg_cater | other-app | date
catering is invoiced monthly, so flag the catering dates in this month | ThisMonth() | bg_cater | rationale | date
column: Catering Date / when: next month / colour: blue | NextMonth() | bg_cater | checklist | date
# pretzel stand
more than 15 g of salt per batch breaks the label claim, so flag salt over 15 | GreaterThan(15) | pz_salt | rationale
column: Salt (g) / when: less than 5 / colour: blue | LessThan(5) | pz_salt | checklist
Salt (g) column only, from row 2 down to the end, header excluded: above 6 and below 10
    | AND(GreaterThan(6), LessThan(10)) | pz_salt | scope-heavy | compound
LibreOffice: Condition 1 > Cell value is > greater than or equal to > 6, on Price ($) | GreaterThanEqual(6) | pz_price
    | other-app | boundary
the festival caps mid-range items at $4.00 to $5.00, so mark the prices from $4.00 to $5.00 | Between(4, 5) | pz_price
    | rationale | range | number-format
column: Price ($) / rule: not below 3.5 / colour: green | NOT(LessThan(3.5)) | pz_price | checklist | negation
in the Pretzels Sold column only, every number below the heading: a colour scale | ColorScale() | pz_sold | scope-heavy
    | visual | column-word
LibreOffice: Condition 1 > All cells > Data Bar, Pretzels Sold | DataBar() | pz_sold | other-app | visual
the two best days set next year's pitch fee, so highlight the top 2 pretzels sold | Top(2) | pz_sold | rationale
    | superlative
column: Pretzels Sold / rule: bottom 25% / colour: red | BottomPercent(25) | pz_sold | checklist | superlative
Pretzels Sold only, row 2 to the last number, nothing else: above average | AboveAverage() | pz_sold | scope-heavy
    | polarity
Google Sheets: Custom formula is =ISERROR(B2), on Pretzels Sold | Errors() | pz_sold | other-app
the CLASSIC is the one we discount at closing, so colour the cells that are exactly classic | TextEquals("Classic")
    | pz_pretzel | rationale | odd-case
column: Pretzel / contains: cheese / colour: yellow | TextContains("cheese") | pz_pretzel | checklist
in the Pretzel column only, row 2 to the bottom, header excluded: pretzels starting with Bites | TextStartsWith("Bites")
    | pz_pretzel | scope-heavy | column-word
LibreOffice: Condition 1 > Cell value is > duplicate, on Pretzel | Duplicates() | pz_pretzel | other-app
an empty pretzel cell means the till didn't record the item, so shade the blanks | Blanks() | pz_pretzel | rationale
column: Event Day / when: today / colour: green | Today() | pz_event | checklist | date
Event Day only, every date under the heading: yesterday | Yesterday() | pz_event | scope-heavy | date
Notion filter: Event Day is tomorrow — as a highlight | Tomorrow() | pz_event | other-app | date
the permit covers the last 7 days of trading, so flag event days in the last 7 days | Last7Days() | pz_event | rationale
    | date
column: Event Day / period: last week / colour: purple | LastWeek() | pz_event | checklist | date
# creperie
Crepes per Litre column only, from row 2 to the end, no header: 20 or fewer | LessThanEqual(20) | cr_batter
    | scope-heavy | boundary | column-word
Numbers: Highlight Cells If > Number > greater than > 28, on Crepes per Litre | GreaterThan(28) | cr_batter | other-app
under 15 or over 32 crepes a litre means the batter is too thick or too thin, so flag those
    | OR(LessThan(15), GreaterThan(32)) | cr_batter | rationale | compound
column: Filling (g) / equals: 80 / colour: green | Equals(80) | cr_fill | checklist
in Filling (g) only, every row below the header: anything but 100 | NotEquals(100) | cr_fill | scope-heavy | negation
Google Sheets: Format rules > Is not between > 60 and 120, on Filling (g) | NotBetween(60, 120) | cr_fill | other-app
    | range
an icon set on crepes served helps the weekend staff see the busy days | IconSet() | cr_served | rationale | visual
column: Crepes Served / bottom 2 / colour: grey | Bottom(2) | cr_served | checklist | superlative
Crepes Served column only, top to bottom beneath the header: top 15 percent | TopPercent(15) | cr_served | scope-heavy
    | superlative | column-word
LibreOffice: Condition 1 > Cell value is > below average, Crepes Served | BelowAverage() | cr_served | other-app
    | polarity
errors in the served count break the weekly totals, so mark the cells that are not errors | NotErrors() | cr_served
    | rationale | negation
column: Crêpe / does not contain: ham / colour: green | TextNotContains("ham") | cr_crepe | checklist | negation
in the Crêpe column only, row 2 down, header excluded: names ending with Suzette | TextEndsWith("Suzette") | cr_crepe
    | scope-heavy | column-word
Google Sheets: Custom formula is =NOT(LEFT(B2,7)="Galette"), on Crêpe | NOT(TextStartsWith("Galette")) | cr_crepe
    | other-app | negation
a name booked only once is a first-time guest, so highlight booking names that appear once | Unique() | cr_booking
    | rationale
column: Booking Name / rule: not empty / colour: blue | NotBlanks() | cr_booking | checklist | negation
Market Day only, all dates under the header: this week | ThisWeek() | cr_market | scope-heavy | date
LibreOffice: Condition 1 > Date is > Next week, on Market Day | NextWeek() | cr_market | other-app | date
the market fees for last month are due now, so flag last month's market days | LastMonth() | cr_market | rationale
    | date
column: Market Day / period: this month / colour: yellow | ThisMonth() | cr_market | checklist | date
Market Day column only, every date from row 2 down: next month | NextMonth() | cr_market | scope-heavy | date
    | column-word
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
              "thirteenth_cf.json", "thirteenth_tables.json", "twelfth_cf.json", "twelfth_tables.json",
              "twentieth_cf.json", "twentieth_tables.json", "twentyfirst_cf.json", "twentyfirst_tables.json",
              "web_cf.json")


column_sets.bind(globals(), TWENTYSECOND_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
