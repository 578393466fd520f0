"""A twenty-fifth independent set of one-column CF requests, and the builder of twentyfifth_cf.json.

Written from scratch (2026-12-07 15:36 to about 15:50 UTC by `date -u`, engineer E25c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty
domains no earlier builder's docstring names, on this set's own columns (a quidditch league, a motocross track, a
fudge shop, an olive grove, a bandy club, a tulip grower, a biryani kitchen, a breakdance crew, a quail farm, a krav
maga club, a futsal club, a tango school, an aquaponics farm, a wakeboard park, a newt survey, a popcorn stand, a
polka band, a crossfit box, a turtle rescue, a zumba class), in four styles new to the sets: `regex` (the literal or
test written as a pattern a user types: a regular expression, "Rider Name =~ /^Moto/", "Quidditch Team ~ /^Hawks$/",
"Wake Trick !~ /grab/i", "Newt Pond ~ /mere$/i", "Fish Tank ID =~ /S/" with a backslash before the S, "^s*$" with
one for blanks, or wildcards and LIKE patterns, "riders matching *mud*", "varieties matching Pink*", "%corn", "LIKE
'%salted%'"; only patterns whose meaning is one of the language's text tests, blanks or non-blanks; the other rules
of this style name their column by a pattern, "column /^Airtime/: put a colour scale on the numbers"), `cli` (the
request as a command line with flags: "cf highlight --col "Fixture Date" --period yesterday", "fmt -c "Match
Minutes" --between 33 58 --inclusive", "wake-cf --col "Wake Trick" --not --starts-with Back"), `bug-report` (the
request as a ticket with Expected / Actual / Steps on one line: "Expected: best laps quicker than 66 seconds in
purple. Actual: the Best Lap (s) column has no colour") and `numerals` (figures written in unusual but exact ways:
"2.5K", "1e3", "6.74e1", "½k", "£3¾", "⅕", "XXXV", "0x10 (hex, i.e. 16)", "0b11 (binary three)", "a gross", "a
score", "a baker's dozen", "¼ dozen (that's 3)", "2⁵", "0.17 kg (170 g)"). Only requests the language expresses
exactly, one right rule on the column, every literal recoverable by a careful reader. Labels are what the executor
formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 -
22 June, the last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a
blank compares as 0 and any text is greater than any number); every comparison, Between, NotBetween, NOT of a
comparison and numeric AND and OR of this set is on a column of numbers only (no text cell, no blank), and the
columns that carry a colour scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text
cell ("forfeit", "DNF", "walkover", ...), one blank and one error cell and no cell of one space, so that a visual
rule formats the numbers only. Text columns hold no blank. The columns of Duplicates, Unique, Blanks and NotBlanks
hold one blank and one cell of one space (the executor counts that cell as a blank for Blanks and NotBlanks and as a
value that appears once for Unique, as Excel does). The builder's check (`make_record` and `problems_of` on every
entry) found no problem before any half was seen.

What its author read: the brief (/work/team/brief25.md, `cat`); of benchmarks/data/twentyfourth_cf.py, which this
builder mirrors, first a `grep -n` anchored on `^[A-Z_]+ = `, `^def `, `^if __name__` and `^class ` (top-level lines
and line numbers only: HERE to CELLS, `def _joined`, COLUMNS, ENTRIES, OTHER_SETS, the main block) and `wc -l`
(1045), then lines 1-195 (its module docstring, imports, constants, `_joined`, its four date lists and the `COLUMNS
= {` line, all before its first column entry) by `sed -n`, a `grep -n` for lines that are only a closing triple
quote and parenthesis or a `}` (their numbers, 368 and 1024), lines 369-371 cut to 60 characters (a blank line, the
comment line above ENTRIES and the line that opens ENTRIES) and lines 1024-1045 (the end of ENTRIES, OTHER_SETS, the
bind and the main block); benchmarks/data/column_sets.py (all, `cat`); benchmarks/data/everyday_common.py (all,
`cat`); tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of tests/benchmarks/set_files.py lines 1-16 and
63-210 (the check functions; `grep -n '^def '` for their places); ../shared/docs/CF_RULES.md (all, `cat`); the first
12,000 characters of benchmarks/data/README.md (`head -c 12000`); the public API of cf_assistant.languages.cf (parse
and to_text on 37 made-up rules, for their canonical spelling) and the executor as the builders use it (through this
builder's own `make_record`). This builder's date lists (W1-W4), columns and entries are its own (written as draft
files under /tmp and turned into this module by a program of its author's, which copied nothing of
twentyfourth_cf.py but the shared code shown above and its OTHER_SETS, extended by the two twenty-fourth files).

Commands that printed anything: `date -u` (about eight times); `cat` of the brief; the import check (`ok`, so nothing
was installed); `ls benchmarks/data/` (file names, the first 100 by the tool's output); the anchored `grep -n` and
`wc -l` above; `wc -l` of column_sets.py, everyday_common.py, the test module, set_files.py and CF_RULES.md; the
reads listed above; parse/to_text of 37 made-up rules (each rule and its canonical text); three runs of a program
that printed one True/False per candidate domain word or phrase (73, 104 and 39 candidates): whether any builder's
module docstring (benchmarks/data/*.py except twentyfifth_*, by `ast.get_docstring`, lower-cased) or the whole
benchmarks/data/README.md holds it as a substring; `wc -l` of the columns draft (110) and `grep -c` of the entry
drafts (92 lines with headings, then 220 and 210 entries); the draft-fixing programs (`ok`, then "25 of 25"); the
program that printed the number of OTHER_SETS (55); this builder's generator program (the number of module lines and
"430 entries", nine runs) and `awk` for lines over 120 characters (none); `ls benchmarks/data/*.json | wc -l` (56)
and `ls benchmarks/data | grep -E 'twentyfourth|twentyfifth'` (the two twentyfourth_cf, the two twentyfourth_tables
and the two twentyfifth_tables names: the other engineer's files were there, names only, never opened); this
builder's check program before any half was printed (two runs: entries and columns (430, 110), unused or unknown
column keys (none), the number of problems of `make_record` and `problems_of` (0 both times), the counts per
function, style and tag over all entries, the number of distinct requests and headers (430, 110)); the builder's
main run (counts per function, style and tag per half) and `md5sum` of two builds (equal); the test module's first
lines after the edit (three times, while fixing the line lengths), `awk` for its lines over 120 characters (3, then
7, then none) and a `grep -n twentyfifth` of it cut to 80 characters; a `grep -n` of the twenty-fourth cf row of
benchmarks/data/README.md cut to its line number (62) and a `grep -c` of rows starting with twentyfifth (1: the
other engineer's, already there); the program that inserted this set's README row (it printed the row's line number,
63) and `grep -c` of the two new rows (1 and 1); the test modules' pass counts (9196 and 58 passed; again after this
docstring was finished); `awk` for lines over 120 characters of this builder (none) and `md5sum` of the rebuilds
(equal to the first build).

Domains. Candidates the checks dropped (printed True): dragon boat, roller derby, ultimate frisbee, disc golf,
orienteering, geocach, archery, croquet, hurling, kabaddi, netball, dodgeball, laser tag, mini golf, pinball, darts,
snooker, triathlon, speedway, sheep shear, thatch, farrier, taxiderm, bookbind, letterpress, quilt, knit, crochet,
stained glass, mosaic, locksmith, luthier, bagpipe, brass band, steel band, taiko, morris danc, flamenco, circus,
juggl, puppet, rocketry, ham radio, astronom, metal detect, mudlark, stamp collect, ramen, sushi, falafel, gelato,
chocolat, kombucha, whisky, hydroponic, lavender farm, christmas tree, cranberry, reindeer, ostrich, snail farm,
bird ring, whale watch; kite, worm, moth, bonsai, tattoo, sauna, cheerlead, synchron, canyon, caving, via ferrata,
velodrome, pole vault, javelin, greyhound, pigeon, camel, yak, donkey, butterfly, seaweed, mussel, shrimp, salmon,
trout, saffron, dim sum, smokehouse, butcher, fishmonger, greengrocer, rickshaw, gondola, funicular, cable car,
lighthouse, lifeboat, mountain rescue, harp, ukulele, accordion, banjo, didgeridoo, barbershop, a cappella,
mariachi, pole danc, clog danc, tai chi; milk round, fish, dance, milk, bell, orchard; cli (a style word). Printed
False but dropped as too near a True word: kite fly (kite), worm farm (worm), moth trap (moth), milkman and milk
deliver (milk round), carillon and bell tower (bell), lucha (wrestl, printed True for the twenty-fourth), kickbox
(boxing), strongman and kettlebell (powerlifting), water ski (ski). Printed False and not used: cyclocross,
ringette, teqball, footvolley, hula hoop, steeplechase, harness rac, emu, dragonfly, sunflower, hazelnut, mezcal,
tequila, cocktail, milkshake, nougat, marzipan, toffee, macaron, baklava, gnocchi, risotto, dosa, samosa, theremin,
belly danc, irish danc, swing danc, sambo, wing chun, kung fu, dirt bike, motorbike, motorcycle, indoor football,
five-a-side, confection, sweet shop. Taken (printed False): quidditch (and quadball), motocross, fudge (and fudge
shop), olive (and olive grove, olive oil), bandy, tulip (and bulb), biryani, breakdanc (and b-boy), quail, krav
maga, futsal, tango, aquaponic, wakeboard (and wakeboard park, cable park), newt, popcorn, polka, crossfit, turtle,
zumba. Also False: regex, bug-report, bug report, numerals (the new styles' words).

Slips. (1) Of reading: twentyfourth_cf.py's lines 1-195 hold, besides its docstring, imports, constants and
`_joined`, its four date lists (helper data before its first column entry, which the brief allows); this set's four
date lists are its own, with other dates. No entry line of any builder and no utterance of a JSON file was printed.
(2) No draft was reworded after its half was seen: the one main run that printed the halves came after every fix.
The fixes before it, all to the author's own drafts: the olive grove's AND draft (a muddled numerals wording)
rewritten; one krav maga bug report reworded so that Expected names the rows; 25 drafts moved from `cli` or `regex`
into `numerals` wordings and three numerals drafts reworded or moved to `regex` (to even the styles out, numerals
being the thinnest); nine drafts given a typo or odd case (to cover the `typo` and `odd-case` tags); the tag
`column-word` added by the generator to every request holding the word "column". (3) The halves are uneven (dev 212,
test 218); this set's entry in the test module asks 200 a half, as the twenty-fourth's does, set after the halves
were seen (no entry was touched). Some functions are thin in one half (LastMonth 9/1; Today 8/2; Duplicates 2/8;
Blanks, GreaterThanEqual, LessThanEqual, NextWeek, NotBlanks, NotErrors 3/7; Errors, NotEquals, TextEquals,
TextNotContains, TextStartsWith 7/3): the hash's split, not steered. (4) 110 columns, a little over the brief's
"about 108". (5) The styles are uneven (regex 109, cli 116, bug-report 118, numerals 87; numerals 34/53 by half),
and some tags are thin: odd-case 5, quoted 5, typo 7 (one of them the flag "--duplciates"). (6) Unique and Blanks
count the cell of one space as Excel does, so "IDs that occur once" also formats that cell, and "blank" cells
include it. (7) The entry format holds one line a request, so the bug reports run Steps, Expected and Actual on one
line. (8) The regex requests keep a pattern's meaning where it matches the rule: most engines match
case-sensitively, so a pattern without /i is only used where its column holds no other case of the literal (the
pattern and the case-insensitive text rule agree on every cell); wildcards ("*mud*", "Pink*") and LIKE patterns
("%corn") are taken case-insensitively, as the CF text rules are; "/^#/" and "/^#(DIV.0!|N.A|VALUE!)/"-like error
patterns are said in words too ("real errors", "i.e. error values"), and no text cell of those columns starts with
"#"; "=~ /S/" with a backslash (any non-space character) is NotBlanks, "^s*$" and "/^ *$/" with their backslash
(empty or only spaces) is Blanks. The ENTRIES string of this module is a raw string, unlike the twenty-fourth's,
because these requests hold backslashes. (9) The cli requests use made-up tools (cf, fmt, mx-fmt, quail-cf, ...)
whose flags say their meaning in words (--gt, --lte, --not-between, --starts-with, --period last-week, --unique);
"--lt 2 --or --gt 15" is the OR of the two tests. (10) The numerals requests say what an unusual figure means
wherever it could be read two ways: hex and binary figures carry "hex"/"binary" and the decimal value, unit changes
carry the column's unit ("0.17 kg (170 g)", "0.3 m (30 cm)", "a quarter of a metre (25 cm)"); Roman numerals and "a
score" (20), "a gross" (144), "a baker's dozen" (13), "¼ dozen" (3) are left to the reader; NotBetween requests in
this style say that the bounds count as inside. (11) Futsal stands beside earlier football sets (indoor football and
five-a-side printed False), tango, breakdance and zumba beside earlier dances (dance printed True), krav maga beside
earlier martial arts, aquaponics beside fish (True) and hydroponics (True), quail farm beside other poultry: they
were kept as domains of their own name, as the twenty-fourth kept padel and kendo. (12) The refusal check of this
set in the test module uses GreaterThan(40) on the quail farm's Eggs Laid column. Not read: anything under
cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the rest of
benchmarks/data/README.md (but for line numbers and row counts by `grep`), the utterances of any JSON file,
twentyfifth_tables.* (being written beside this set by engineer E25t; names seen in an `ls`),
tests/benchmarks/test_table_sets_data.py, tests/benchmarks/test_sets_are_the_projects_own.py (run only),
../shared/data, git (no git command was run). No model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values between a
tenth of a threshold and ten times it, both bounds of every range, prefix/suffix/middle variants of texts, blanks,
cells of one space, text and error cells beside the numbers of visual columns). The domains were given the functions
in two schedules (the quidditch, motocross, fudge, olive, bandy, tulip, biryani, breakdance, quail and krav maga
domains: GreaterThan, GreaterThanEqual, NOT on a comparison, AND, LessThan, Between, TextEquals, TextContains,
TextStartsWith, Today, Yesterday, Tomorrow, Last7Days, LastWeek, ColorScale, DataBar, Top, BottomPercent,
AboveAverage, Errors, Duplicates, Blanks, on six columns; the other ten: LessThanEqual, Equals, NotEquals,
GreaterThan, NotBetween, OR, TextNotContains, TextEndsWith, NOT on a text rule, ThisWeek, NextWeek, LastMonth,
ThisMonth, NextMonth, IconSet, Bottom, TopPercent, BelowAverage, NotErrors, Unique, NotBlanks, on five), so that
each of the 41 functions has ten records (GreaterThan and NOT twenty) before any half is seen. 430 records on 110
columns (110 distinct headers, 5 or 6 a domain): dev 212, test 218 (the hash's split, not steered); every one of the
41 functions in both halves; 14 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (twentyfifth_tables.json, written beside it by
someone else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more
than 20 cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the
rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`regex`, `cli`, `bug-report`, `numerals`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`,
`polarity`, `date`, `visual` (as in twentyfourth_cf.py), then the set tag `twentyfifth`. IDs have the prefix
`t25c-`; the dev/test halves come from a hash of the ID. No request starts with "#" (a line starting so is a
heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for
one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/twentyfifth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyfifth_cf.json"
PREFIX = "t25c"
TWENTYFIFTH_TAG = "twentyfifth"
STYLES = ("regex", "cli", "bug-report", "numerals")
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
W1 = ("2024-06-12|2024-06-11|2024-06-13|2024-06-15|2024-06-06|2024-06-03|2024-06-09|2024-06-17|2024-06-25|"
      "2024-05-08|2024-07-18|2024-02-14||2024-06-29")
W2 = ("2024-06-11|2024-06-12|2024-06-16|2024-06-14|2024-06-05|2024-06-08|2024-06-10|2024-06-22|2024-06-01|"
      "2024-05-30|2024-07-02|2025-03-07|tbc|2024-06-13")
W3 = ("2024-06-13|2024-06-10|2024-06-12|2024-06-11|2024-06-02|2024-06-07|2024-06-15|2024-06-19|2024-06-30|"
      "2024-05-11|2024-07-27|2023-09-21||2024-06-06")
W4 = ("2024-06-12|2024-06-09|2024-06-11|2024-06-20|2024-06-04|2024-06-06|2024-06-14|2024-06-16|2024-06-23|"
      "2024-05-01|2024-07-31|2024-12-24|n/a|2024-06-13")
COLUMNS = {
    "qd_goals": ("Quaffle Goals", "2|4|6|7|9|11|13|16|20|24|30|45|60|90"),
    "qd_mins": ("Match Minutes", "18|22|25|27|30|33|35|38|41|44|50|58|65|72"),
    "qd_team": ("Quidditch Team", "Hawks|Hawks Reserve|Night Hawks|Snitch Hunters|Golden Snitch Club|"
                                  "The Snitchers|Seekers United|Seeker Sevens|Old Seekers|Broom Riders|"
                                  "Chaser Kings|Hoopers|Beaters XI|Hawksmoor Broom"),
    "qd_date": ("Fixture Date", W1),
    "qd_hoops": ("Hoop Saves", "14|3|27|forfeit|9|41|18||33|6|#DIV/0!|22|11|36"),
    "qd_ref": ("Referee ID", "R12|R07|R12|R31||R44|R07| |R19|R52|R31|R66|R70|R12"),
    "mx_laps": ("Laps Completed", "1|3|5|6|8|10|12|14|15|18|22|30|45|80"),
    "mx_lap": ("Best Lap (s)", "58.2|61.5|63|64.8|66|67.4|69|71.3|73|75.5|78|82.6|90|104"),
    "mx_rider": ("Rider Name", "Dusty|Dusty Rhodes|Big Dusty|Kid Mudguard|Mud Bug|Al Mudd|Jo Smudge|Moto Max|"
                               "Motoko Lane|Sam Moto|Ray Berm|Whoop Jones|Rut Rider|Tia Holeshot"),
    "mx_date": ("Race Date", W2),
    "mx_air": ("Airtime (ms)", "420|615|DNF|380|905|740|510||1120|265|#N/A|830|560|690"),
    "mx_bike": ("Bike Number", "17|42|7|17||99|23|42| |5|71|88|17|31"),
    "fg_wt": ("Slab Weight (g)", "120|250|300|380|450|500|640|750|900|1000|1250|1500|2500|5000"),
    "fg_price": ("Slab Price (£)", "2.5|3|3.75|4|4.5|5|5.25|6|6.5|7.5|8|9.99|12|15"),
    "fg_flav": ("Fudge Flavour", "Vanilla|Vanilla Pecan|French Vanilla|Salted Caramel|Sea Salted Maple|"
                                 "Extra Salted Nut|Chocolate Orange|Choc Mint|Double Choc|Rum and Raisin|"
                                 "Maple Walnut|Clotted Cream|Peanut Butter|Rocky Road"),
    "fg_date": ("Batch Date", W3),
    "fg_sold": ("Slabs Sold", "34|12|sold out|58|7|81||25|46|#DIV/0!|19|63|29|40"),
    "fg_batch": ("Batch Code", "FB-101|FB-104|FB-101||FB-110|FB-112|FB-104| |FB-115|FB-118|FB-120|FB-101|FB-122|"
                               "FB-125"),
    "ol_kg": ("Harvest (kg)", "45|80|120|150|200|240|300|360|450|600|800|1200|2000|3000"),
    "ol_acid": ("Acidity (%)", "0.15|0.2|0.25|0.3|0.35|0.4|0.5|0.6|0.8|1|1.5|2|2.5|3.3"),
    "ol_var": ("Olive Cultivar", "Arbequina|Arbequina Nova|Mission Arbequina|Koroneiki|Picual|Picholine|"
                                 "Epicure Blend|House Blend Mix|Blend No 2|Leccino|Coratina|Manzanilla|Kalamata|"
                                 "Frantoio"),
    "ol_date": ("Pressing Date", W4),
    "ol_yield": ("Oil Yield (l)", "52|18|frost|73|9|64||31|88|#N/A|27|45|11|39"),
    "ol_tree": ("Tree Tag", "T-03|T-08|T-03|T-11||T-15|T-08| |T-19|T-21|T-24|T-27|T-30|T-33"),
    "bd_goals": ("Goals For", "0|1|2|3|4|5|6|7|8|9|11|14|17|25"),
    "bd_speed": ("Top Speed (km/h)", "28|31|33|35|36|38|40|41|43|45|47|50|52|55"),
    "bd_club": ("Bandy Club", "Vetlanda|Vetlanda BK|IFK Vetlanda|Iceworks|Twice Rovers|Police Bandy|SKA Neftyanik|"
                              "SKA Sverdlovsk|Old SKA Boys|Dynamo Kazan|Sandviken|Hammarby|Broberg|"
                              "Villa Lidkoping"),
    "bd_date": ("Match Date", W1),
    "bd_cor": ("Corners Won", "6|13|abandoned|9|21|4||17|11|#DIV/0!|15|8|19|2"),
    "bd_ref": ("Umpire Code", "U4|U9|U4|U12||U15|U9| |U21|U22|U30|U4|U33|U38"),
    "tu_bulbs": ("Bulbs Planted", "250|400|600|800|1000|1500|2000|2500|3000|4000|5000|8000|12000|25000"),
    "tu_stem": ("Stem Length (cm)", "18|22|25|28|30|32|35|38|40|42|45|50|55|60"),
    "tu_var": ("Tulip Variety", "Ballerina|Ballerina Red|Prima Ballerina|Flameburst|Red Flame Giant|"
                                "Apeldoorn Flame|Pink Impression|Pink Diamond|Shell Pink|Negrita|Purissima|"
                                "Angelique|Menton|Abba"),
    "tu_date": ("Cut Date", W2),
    "tu_bunch": ("Bunches Sold", "120|85|frosted|240|60|310||155|98|#N/A|205|132|47|178"),
    "tu_lot": ("Lot Number", "L-7|L-12|L-7|L-19||L-23|L-12| |L-28|L-31|L-34|L-7|L-40|L-41"),
    "by_port": ("Portions Cooked", "6|10|12|18|24|30|36|40|48|60|72|96|144|200"),
    "by_spice": ("Spice Level", "1|1.5|2|2.5|3|3.5|4|4.5|5|6|7|8|9|10"),
    "by_dish": ("Biryani Dish", "Hyderabadi|Hyderabadi Mutton|Old Hyderabadi|Dum Pukht|Chicken Dum Special|"
                                "Lamb Dum|Veg Pulao|Vegetable Biryani|Mixed Veg|Kolkata Biryani|Malabar Fish|"
                                "Thalassery|Ambur Star|Sindhi Classic"),
    "by_date": ("Order Date", W3),
    "by_tips": ("Tips (₹)", "40|120|n/a|75|210|55||160|95|#DIV/0!|30|180|65|140"),
    "by_table": ("Table Code", "K1|K4|K1|K7||K9|K4| |K12|K15|K18|K20|K22|K25"),
    "bk_score": ("Judge Score", "5|12|18|20|25|30|35|40|50|60|75|90|120|200"),
    "bk_bpm": ("Track BPM", "88|92|95|98|100|104|108|110|112|115|118|120|124|130"),
    "bk_move": ("Power Move", "Windmill|Windmill Chair|Baby Windmill|Flare Combo|Double Flare Set|Chair Flare|"
                              "Airflare|Air Track|Airchair|Headspin|Jackhammer|Halo|Cricket|Turtle Freeze"),
    "bk_date": ("Battle Date", W4),
    "bk_views": ("Clip Views", "1840|620|private|2950|410|3300||1275|980|#N/A|2210|760|1560|530"),
    "bk_crew": ("Crew Tag", "B-Rox|Kidz|B-Rox|Floorlords||Spinz|Kidz| |Toprock|Freez|Uprise|B-Rox|Cyphr|Gravity"),
    "ql_eggs": ("Eggs Laid", "2|5|8|11|14|17|20|24|28|33|40|52|66|90"),
    "ql_wt": ("Bird Weight (g)", "150|165|170|180|185|190|200|210|215|220|230|240|255|270"),
    "ql_breed": ("Quail Breed", "Coturnix|Coturnix Gold|Pharaoh Coturnix|Button Blue|King Button Quail|"
                                "Silver Button|Jumbo Brown|Jumbo Wild|Texas Jumbo|Bobwhite|Tibetan|Italian|"
                                "English White|Tuxedo"),
    "ql_date": ("Hatch Date", W1),
    "ql_feed": ("Feed Used (kg)", "3.2|7.5|spilt|5.1|9.8|2.4||6.6|4.3|#DIV/0!|8.9|1.7|11.2|5.9"),
    "ql_pen": ("Quail Pen", "P1|P2|P1|P5||P6|P2| |P8|P9|P10|P1|P12|P14"),
    "kv_rounds": ("Drill Rounds", "1|2|4|6|8|10|12|15|16|20|24|32|48|64"),
    "kv_hr": ("Peak Heart Rate", "128|135|140|144|150|155|160|165|170|172|178|182|190|196"),
    "kv_belt": ("Belt Level", "Green|Green Senior|Dark Green|Expert 1|Senior Expert 2|Graduate Expert|"
                              "Practitioner 1|Practitioner 3|Senior Practitioner|Yellow|Orange|Blue|Brown|Black"),
    "kv_date": ("Class Date", W2),
    "kv_kicks": ("Pad Kicks", "64|118|injured|87|152|43||129|96|#N/A|71|140|105|58"),
    "kv_mem": ("Member No.", "M-210|M-215|M-210|M-222||M-230|M-215| |M-241|M-244|M-250|M-210|M-263|M-270"),
    "fs_shots": ("Shots on Target", "1|2|3|4|5|6|7|8|9|10|12|15|20|40"),
    "fs_player": ("Futsal Player", "Ronaldinho|Falcao|Ricardinho|Sub Alves|Joao Sub|Ferrao Sub Two|GK Paco|"
                                   "GK Ortiz|Stand-in GK|Zinho Jr|Dyego|Rodrigo|Sergio Lozano|Ortiz"),
    "fs_date": ("Fixture Day", W3),
    "fs_fouls": ("Fouls Committed", "4|11|walkover|7|15|2||9|13|#DIV/0!|6|18|3|10"),
    "fs_kit": ("Kit Number", "7|10|7|11||14|10| |21|9|3|5|8|12"),
    "tg_cl": ("Classes Attended", "0|1|2|3|4|5|6|8|10|12|14|16|24|36"),
    "tg_partner": ("Tango Partner", "Martinez|Lopez|Perez Guest|Guest Ana|Sofia (guest)|Diego|Lucia|Ezequiel|"
                                    "Ana tbc|tbc|Valentina|Mateo|Benitez|tbc later"),
    "tg_date": ("Milonga Date", W4),
    "tg_hrs": ("Practice Hours", "3.5|8|away|5.25|12|2||6.75|10.5|#N/A|4|9.5|1.5|7"),
    "tg_shoe": ("Dance Shoe Size", "38|39|38|41||42|39| |36|37|40|43|44|35"),
    "aq_ph": ("pH Reading", "5.8|6|6.2|6.4|6.5|6.6|6.8|7|7.2|7.4|7.6|8|8.4|9"),
    "aq_plant": ("Aquaponic Crop", "Lettuce|Lettuce Mix|Red Lettuce|Thai Basil|Basil Genovese|Holy Basil Row|"
                                   "Watercress|Cress Tray|Land Cress Bed|Mint|Pak Choi|Chard|Kale|Upland Cress"),
    "aq_date": ("Harvest Date", W1),
    "aq_fish": ("Tilapia Count", "42|18|restocking|55|31|67||24|49|#DIV/0!|12|38|60|27"),
    "aq_tank": ("Fish Tank ID", "A1|A2|A1|B4||B5|A2| |C1|C2|C3|D1|D2|D3"),
    "wb_runs": ("Cable Runs", "2|3|4|5|6|8|10|12|15|18|20|25|30|50"),
    "wb_trick": ("Wake Trick", "Indy Grab|Grab Bag|Mute Grab Late|Backroll|Back Mobe|Roll to Back|Raley|Tantrum|"
                               "Whirlybird|360 Spin|Spin Out|Heelside Spin|Toeside Spinner|Ollie"),
    "wb_date": ("Session Date", W2),
    "wb_air": ("Air Height (ft)", "4.5|9|bailed|6|12.5|3||7.5|11|#N/A|5|14|2.5|8"),
    "wb_board": ("Rental Board", "RB-1|RB-2|RB-1|RB-4||RB-5|RB-2| |RB-7|RB-8|RB-9|RB-10|RB-11|RB-12"),
    "nw_count": ("Newts Counted", "0|1|2|3|5|7|9|11|13|18|22|27|35|60"),
    "nw_pond": ("Newt Pond", "Long Ditch|Ditch End|Old Ditch Pool|Blakemere|Mere Pool|Little Mere Side|Hatchmere|"
                             "Farm Pond|Top Farm Scrape|Oakfarm|Church Pond|Meadow Scrape|Quarry Pit|Heath Pond"),
    "nw_date": ("Survey Date", W3),
    "nw_eggs": ("Eggs Found", "14|33|flooded|8|47|21||39|5|#DIV/0!|26|17|52|11"),
    "nw_rec": ("Survey Recorder", "Ames|Birch|Ames|Cole||Dunn|Birch| |Eyre|Ford|Grey|Hale|Irwin|Jost"),
    "pc_tubs": ("Tubs Sold", "12|24|36|48|60|72|84|96|108|120|144|180|288|432"),
    "pc_flav": ("Popcorn Flavour", "Caramel Crunch|Salted Caramel|Toffee Caramel Mix|Kettle Corn|Candy Corn|"
                                   "Corn Dust|Cornish Cream|Salt and Vinegar|Salty Cheese|Sea Salt|Butter|"
                                   "Cinnamon|Chilli Lime|Truffle"),
    "pc_date": ("Event Date", W4),
    "pc_kernel": ("Kernels Used (kg)", "2.5|6|out|4.25|8.5|1.5||3.75|7|#N/A|5.5|9.25|1|4.75"),
    "pc_stand": ("Stand Code", "S1|S2|S1|S3||S4|S2| |S5|S6|S7|S8|S9|S10"),
    "pk_gigs": ("Gigs Played", "1|2|3|4|6|7|9|11|12|14|17|21|28|45"),
    "pk_tune": ("Polka Tune", "Beer Barrel Polka|Clarinet Polka|Polka Dots|Happy Polka Time|Blue Skirt Waltz|"
                              "Waltz of Joy|Old Waltz Medley|Oberek|Oberek Fast|Wild Oberek|Schottische|Mazurka|"
                              "Landler|Hopak"),
    "pk_date": ("Gig Date", W1),
    "pk_tips": ("Tip Jar ($)", "35|82|rained off|19|64|110||47|28|#DIV/0!|93|56|12|71"),
    "pk_inst": ("Instrument Tag", "ACC-1|ACC-2|ACC-1|TUB-1||CLR-1|ACC-2| |TRP-1|TRP-2|DRM-1|BAN-1|VLN-1|SAX-1"),
    "xf_reps": ("WOD Reps", "10|15|20|21|30|40|45|50|60|75|100|120|150|300"),
    "xf_wod": ("WOD Name", "Murph Hero|Hero Chipper|Big Hero Day|Fran|Grace|Helen|Buy-in Burpee|Burpee Ladder|"
                           "Death by Burpee|Bar Burpee|EMOM 12|EMOM Row|Row EMOM|Cindy"),
    "xf_date": ("WOD Date", W2),
    "xf_lift": ("Deadlift (kg)", "140|95|scaled|180|120|210||165|75|#N/A|150|200|110|130"),
    "xf_coach": ("Coach on Duty", "Sam|Lee|Sam|Ria||Tom|Lee| |Ana|Bo|Cy|Di|Ed|Flo"),
    "tr_shell": ("Shell Length (cm)", "4|6|8|10|12|15|18|22|25|30|38|45|60|80"),
    "tr_sp": ("Turtle Species", "Red-eared Slider|Slider Hybrid|Yellow Slider Mix|Diamondback Terrapin|"
                                "River Terrapin|Terrapin Cross|Box Turtle|Eastern Box|Ornate Boxed|Musk Turtle|"
                                "Map Turtle|Softshell|Snapper|Painted Turtle"),
    "tr_date": ("Intake Date", W3),
    "tr_wt": ("Turtle Weight (g)", "420|185|escaped|760|95|530||310|640|#DIV/0!|250|880|140|365"),
    "tr_tag": ("Turtle Tag", "TR-1|TR-2|TR-1|TR-3||TR-4|TR-2| |TR-5|TR-6|TR-7|TR-8|TR-9|TR-10"),
    "zb_kcal": ("Calories Burned", "250|300|350|400|420|450|500|550|600|650|700|800|900|1000"),
    "zb_song": ("Zumba Song", "Fuego Remix|Remix Fiesta|Baila Remix Two|Salsa Sol|Mango Salsa|Hot Salsa Night|"
                              "Radio Edit|Cumbia Edit|Edit Mix|Reggaeton Edited|Merengue|Samba Sun|Bachata Blue|"
                              "Cha Cha"),
    "zb_date": ("Class Day", W4),
    "zb_att": ("Zumba Attendees", "18|34|cancelled|27|9|41||22|15|#N/A|30|12|38|25"),
    "zb_mat": ("Zumba Mat No.", "1|2|1|3||4|2| |5|6|7|8|9|10"),
}

# request | reference rule (canonical) | column key | style [| tag ...]; the string is raw (the regex
# requests hold backslashes).
ENTRIES = _joined(r"""
# quidditch league
cf highlight --col "Quaffle Goals" --gt 20 --fill orange | GreaterThan(20) | qd_goals | cli
goals of a baker's dozen or more get the green fill
    | GreaterThanEqual(13) | qd_goals | numerals | number-words | boundary
Bug: quaffle goal counts NOT above 9 should be shaded. Expected: 9 or fewer shaded. Actual: nothing shaded
    | NOT(GreaterThan(9)) | qd_goals | bug-report | negation
column /^Match Min/: flag the minutes > 25 and < 50
    | AND(GreaterThan(25), LessThan(50)) | qd_mins | regex | compound | column-word
matches that lasted under XXX minutes (roman thirty) | LessThan(30) | qd_mins | numerals | number-format
fmt -c "Match Minutes" --between 33 58 --inclusive | Between(33, 58) | qd_mins | cli | range | boundary
Quidditch Team ~ /^Hawks$/, that exact name and nothing longer | TextEquals("Hawks") | qd_team | regex
quidditch teams like %snitch% get a gold fill | TextContains("snitch") | qd_team | regex
highlight "Quidditch Team" --starts-with Seeker | TextStartsWith("Seeker") | qd_team | cli
Ticket: today's fixtures aren't marked. Expected: every Fixture Date that is today in yellow. Actual: no colour
    | Today() | qd_date | bug-report | date
cf highlight --col "Fixture Date" --period yesterday | Yesterday() | qd_date | cli | date
/fixture date/i -> colour tomorrow's games blue | Tomorrow() | qd_date | regex | date
fixtures dated within the last VII days (today counts), shade them
    | Last7Days() | qd_date | numerals | date | number-format
Steps: open the fixture list. Expected: last week's fixture dates highlihgted. Actual: nothing happens
    | LastWeek() | qd_date | bug-report | date | typo
cf scale --col "Hoop Saves" --colors red,yellow,green | ColorScale() | qd_hoops | cli | visual
Expected: a data bar in every Hoop Saves cell that holds a number. Actual: the column is plain white
    | DataBar() | qd_hoops | bug-report | visual | column-word
the top III keepers by hoop saves, highlight them | Top(3) | qd_hoops | numerals | superlative | number-format
the bottom ⅕ of hoop saves | BottomPercent(20) | qd_hoops | numerals | superlative | number-format
column matching /saves$/i: colour the saves above the column's average | AboveAverage() | qd_hoops | regex | column-word
Bug report: hoop saves that show an error such as #DIV/0! should go red. Expected: those cells red. Actual: unchanged
    | Errors() | qd_hoops | bug-report
uniq -D style on Referee ID: highlight every copy of a repeated ID | Duplicates() | qd_ref | cli
Referee ID cells matching ^\s*$ (empty or only spaces) | Blanks() | qd_ref | regex
# motocross track
laps completed > 0xF (hex, so fifteen) get the chequered fill | GreaterThan(15) | mx_laps | numerals | number-format
laps completed of 2³ or more, green | GreaterThanEqual(8) | mx_laps | numerals | number-format | boundary
Bug: riders who did NOT complete fewer than 5 laps should be green. Expected: 5 laps and up green. Actual: all grey
    | NOT(LessThan(5)) | mx_laps | bug-report | negation
cf highlight --col "Best Lap (s)" --gte 63 --lte 73
    | AND(GreaterThanEqual(63), LessThanEqual(73)) | mx_lap | cli | compound | boundary
Expected: best laps quicker than 66 seconds in purple. Actual: the Best Lap (s) column has no colour
    | LessThan(66) | mx_lap | bug-report | column-word
best laps from 6.74e1 to 8.26e1 seconds, both ends included
    | Between(67.4, 82.6) | mx_lap | numerals | range | number-format
Rider Name ~ /^dusty$/i | TextEquals("Dusty") | mx_rider | regex
riders matching *mud* in the name column | TextContains("mud") | mx_rider | regex | column-word
Rider Name =~ /^Moto/, shade those riders | TextStartsWith("Moto") | mx_rider | regex
Steps: look at Race Date. Expected: today's races highlighted. Actual: no highlight at all
    | Today() | mx_date | bug-report | date
mxcf --col "Race Date" --when yesterday --fill amber | Yesterday() | mx_date | cli | date
Expected: tomorrow's race dates flagged blue. Actual: they look like every other date
    | Tomorrow() | mx_date | bug-report | date
/race date/i: any date in the last 7 days, today included | Last7Days() | mx_date | regex | date
cf highlight --col "Race Date" --period last-week | LastWeek() | mx_date | cli | date
column /^Airtime/: put a colour scale on the numbers | ColorScale() | mx_air | regex | visual | column-word
fmt --databar -c "Airtime (ms)" | DataBar() | mx_air | cli | visual
the II biggest airtimes, highlight them | Top(2) | mx_air | numerals | superlative | number-format
Bug: the lowest 30 per cent of Airtime (ms) values should be flagged. Expected: bottom 30% red. Actual: none red
    | BottomPercent(30) | mx_air | bug-report | superlative
/Airtime \(ms\)/ column: airtimes above average | AboveAverage() | mx_air | regex | column-word
cf highlight --col "Airtime (ms)" --errors | Errors() | mx_air | cli
Expected: every repeated Bike Number shaded, all copies. Actual: only the first one is
    | Duplicates() | mx_bike | bug-report
Bike Number cells that match /^ *$/ (empty or spaces only) | Blanks() | mx_bike | regex
# fudge shop
slabs heavier than 1k grams | GreaterThan(1000) | fg_wt | numerals | number-format
slabs weighing ½ a kilo or more (500 g and up) | GreaterThanEqual(500) | fg_wt | numerals | number-format | boundary
fudge-fmt -c "Slab Weight (g)" --not --gt 300 | NOT(GreaterThan(300)) | fg_wt | cli | negation
Expected: slab prices over £4 and under £7.50 in green. Actual: whole column green
    | AND(GreaterThan(4), LessThan(7.5)) | fg_price | bug-report | compound | column-word
slab prices under £3¾ | LessThan(3.75) | fg_price | numerals | number-format
slab prices from £5 to £9.99 inclusive, written the shop way as 5.00-9.99
    | Between(5, 9.99) | fg_price | numerals | range | number-format
Fudge Flavour matches ^Vanilla$ exactly | TextEquals("Vanilla") | fg_flav | regex
flavours LIKE '%salted%' | TextContains("salted") | fg_flav | regex | quoted
Bug: flavours beginning with Choc are not coloured. Expected: those in brown. Actual: plain
    | TextStartsWith("Choc") | fg_flav | bug-report
cf highlight --col "Batch Date" --today | Today() | fg_date | cli | date
Expected: yesterday's batches in grey. Actual: the Batch Date column shows nothing
    | Yesterday() | fg_date | bug-report | date | column-word
/batch date/i: mark tomorrow | Tomorrow() | fg_date | regex | date
fmt -c "Batch Date" --last 7d | Last7Days() | fg_date | cli | date
Steps: open the batch log. Expected: batch dates from last week (Sun to Sat) highlighted. Actual: none are
    | LastWeek() | fg_date | bug-report | date
Expected: a colour scale over Slabs Sold. Actual: no colours at all | ColorScale() | fg_sold | bug-report | visual
column /^Slabs/: data bars | DataBar() | fg_sold | regex | visual | column-word
the top quartet (4) of slabs sold | Top(4) | fg_sold | numerals | superlative | number-words
the bottom ⅕ of slabs sold (20 per cent) | BottomPercent(20) | fg_sold | numerals | superlative | number-format
Bug: slabs sold above the average are not shaded. Expected: above-average counts shaded. Actual: nothing
    | AboveAverage() | fg_sold | bug-report
Slabs Sold cells matching /^#(DIV\/0!|N\/A|VALUE!)/, i.e. error values | Errors() | fg_sold | regex
cf dupes --col "Batch Code" | Duplicates() | fg_batch | cli
Bug: blank batch codes aren't flagged. Expected: empty Batch Code cells in red. Actual: nothing red
    | Blanks() | fg_batch | bug-report
# olive grove
harvests above 0.6k kg (600) | GreaterThan(600) | ol_kg | numerals | number-format
harvests of 2.4e2 kg or more | GreaterThanEqual(240) | ol_kg | numerals | number-format | boundary
Expected: harvests that are NOT 150 kg or more shaded. Actual: nothing shaded
    | NOT(GreaterThanEqual(150)) | ol_kg | bug-report | negation
acidity above 3/10 and at most ⅘ (over 0.3, up to 0.8)
    | AND(GreaterThan(0.3), LessThanEqual(0.8)) | ol_acid | numerals | compound | boundary
acidity under ½ | LessThan(0.5) | ol_acid | numerals | number-format
Bug: acidity between 1 and 2.5 not highlighted. Expected: 1 to 2.5, both ends, in orange. Actual: no orange
    | Between(1, 2.5) | ol_acid | bug-report | range
Olive Cultivar =~ /^arbequina$/i | TextEquals("Arbequina") | ol_var | regex
cultivars matching *blend* | TextContains("blend") | ol_var | regex
olive-cf --col "Olive Cultivar" --prefix Pic | TextStartsWith("Pic") | ol_var | cli
Expected: olives pressed today in yellow. Actual: the Pressing Date column is uncoloured
    | Today() | ol_date | bug-report | date | column-word
/pressing/i date column: yesterday's pressings | Yesterday() | ol_date | regex | date | column-word
cf highlight --col "Pressing Date" --period tomorrow | Tomorrow() | ol_date | cli | date
Bug: presses in the last 7 days aren't marked. Expected: last 7 days (incl. today) green. Actual: none
    | Last7Days() | ol_date | bug-report | date
fmt -c "Pressing Date" --last-week | LastWeek() | ol_date | cli | date
/^Oil Yield/ column: colour scale | ColorScale() | ol_yield | regex | visual | column-word
cf databar --col "Oil Yield (l)" | DataBar() | ol_yield | cli | visual
the top ¼ dozen oil yields (that's 3) | Top(3) | ol_yield | numerals | superlative | number-words
Bug: bottom 10% of Oil Yield (l) not shown. Expected: the lowest ten percent red. Actual: no red
    | BottomPercent(10) | ol_yield | bug-report | superlative
cf highlight --col "Oil Yield (l)" --above-average | AboveAverage() | ol_yield | cli
oil yield cells =~ /^#/ that are real errors (#N/A and the like) | Errors() | ol_yield | regex
Expected: Tree Tag values that repeat, every copy shaded. Actual: none shaded | Duplicates() | ol_tree | bug-report
grep -E '^\s*$' on Tree Tag: colour those blank cells | Blanks() | ol_tree | regex
# bandy club
more than VII goals for, highlight | GreaterThan(7) | bd_goals | numerals | number-format
Goals For of XI or more, green | GreaterThanEqual(11) | bd_goals | numerals | number-format | boundary
Bug: Goals For values NOT greater than three should be grey. Expected: 3 and under grey. Actual: no grey
    | NOT(GreaterThan(3)) | bd_goals | bug-report | negation | number-words
Top Speed (km/h) over 33 and under 45: cf highlight --gt 33 --lt 45
    | AND(GreaterThan(33), LessThan(45)) | bd_speed | cli | compound
top speeds below 3.6e1 km/h | LessThan(36) | bd_speed | numerals | number-format
Expected: top speeds from 40 to 50 km/h, ends included, in blue. Actual: none blue
    | Between(40, 50) | bd_speed | bug-report | range | boundary
Bandy Club =~ /^Vetlanda$/ | TextEquals("Vetlanda") | bd_club | regex
clubs like %ice% | TextContains("ice") | bd_club | regex
Bug: clubs that start with SKA stay uncoloured. Expected: SKA... clubs red. Actual: white
    | TextStartsWith("SKA") | bd_club | bug-report
cf highlight --col "Match Date" --period today | Today() | bd_date | cli | date
/^match date$/i: yesterday's matches | Yesterday() | bd_date | regex | date
Steps: add tomorrow's fixture. Expected: that Match Date turns blue. Actual: stays plain
    | Tomorrow() | bd_date | bug-report | date
matches in the last 7 days, including today: fmt -c "Match Date" --last-7-days | Last7Days() | bd_date | cli | date
/match date/i column, last week's matches (Sunday to Saturday) | LastWeek() | bd_date | regex | date | column-word
Bug: no colour scale on Corners Won. Expected: red to green by value. Actual: nothing
    | ColorScale() | bd_cor | bug-report | visual
cf databar --col "Corners Won" --color teal | DataBar() | bd_cor | cli | visual
the top 0x5 (five) corner counts | Top(5) | bd_cor | numerals | superlative | number-format
/corners/i: bottom 25% | BottomPercent(25) | bd_cor | regex | superlative
corners won above the average: bandy-fmt -c "Corners Won" --above-avg | AboveAverage() | bd_cor | cli
Expected: error cells in Corners Won (#DIV/0! etc.) red. Actual: nothing red | Errors() | bd_cor | bug-report
/Umpire Code/: any code that appears more than once | Duplicates() | bd_ref | regex
cf blanks --col "Umpire Code" | Blanks() | bd_ref | cli
# tulip grower
BULBS planted > 2.5K | GreaterThan(2500) | tu_bulbs | numerals | number-format | odd-case
bulbs planted of 5k or more | GreaterThanEqual(5000) | tu_bulbs | numerals | number-format | boundary
Bug: plantings NOT under 1e3 bulbs should be shaded. Expected: 1000 and up shaded. Actual: none
    | NOT(LessThan(1000)) | tu_bulbs | bug-report | negation | number-format
tulip-cf --col "Stem Length (cm)" --gte 30 --lt 45
    | AND(GreaterThanEqual(30), LessThan(45)) | tu_stem | cli | compound | boundary
stems shorter than a quarter of a metre (25 cm) | LessThan(25) | tu_stem | numerals | number-words
Expected: stems from 35 to 50 cm in green, both ends in. Actual: no green
    | Between(35, 50) | tu_stem | bug-report | range | boundary
Tulip Variety ~ /^ballerina$/i only | TextEquals("Ballerina") | tu_var | regex
cf highlight --col "Tulip Variety" --contains flame | TextContains("flame") | tu_var | cli
varieties matching Pink* | TextStartsWith("Pink") | tu_var | regex
Bug: today's cuts not flagged. Expected: Cut Date = today in yellow. Actual: none
    | Today() | tu_date | bug-report | date
tulip-cf -c "Cut Date" --yesterday | Yesterday() | tu_date | cli | date
/cut date/i -> tomorrow | Tomorrow() | tu_date | regex | date
Expected: cut dates in the last 7 days shaded. Actual: only today shaded | Last7Days() | tu_date | bug-report | date
cf highlight --col "Cut Date" --period last_week | LastWeek() | tu_date | cli | date
/^Bunches/: colour scale please | ColorScale() | tu_bunch | regex | visual
Bug: no data bars on Bunches Sold. Expected: bars on every number. Actual: empty cells
    | DataBar() | tu_bunch | bug-report | visual
the best ½ dozen bunch counts (six) | Top(6) | tu_bunch | numerals | superlative | number-words
cf highlight --col "Bunches Sold" --bottom-percent 10 | BottomPercent(10) | tu_bunch | cli | superlative
Expected: bunch counts above average in green. Actual: the Bunches Sold column is all white
    | AboveAverage() | tu_bunch | bug-report | column-word
/bunches sold/i cells holding an error | Errors() | tu_bunch | regex
tulip-cf --col "Lot Number" --duplciates | Duplicates() | tu_lot | cli | typo
Lot Number ~ /^\s*$/ | Blanks() | tu_lot | regex
# biryani kitchen
portions cooked beyond a gross (144) | GreaterThan(144) | by_port | numerals | number-words
portions of four dozen or more | GreaterThanEqual(48) | by_port | numerals | number-words | boundary
Bug: portions NOT over a dozen should be amber. Expected: 12 or fewer amber. Actual: nothing
    | NOT(GreaterThan(12)) | by_port | bug-report | negation | number-words
cf highlight --col "Spice Level" --gt 2 --lte 5
    | AND(GreaterThan(2), LessThanEqual(5)) | by_spice | cli | compound | boundary
spice levels below 1½ | LessThan(1.5) | by_spice | numerals | number-format
spice levels from half a dozen to IX, both included
    | Between(6, 9) | by_spice | numerals | range | boundary | number-words
Biryani Dish =~ /^Hyderabadi$/ | TextEquals("Hyderabadi") | by_dish | regex
Expeted: dishes containing "dum" shaded. Actual: nothing shaded
    | TextContains("dum") | by_dish | bug-report | quoted | typo
cf highlight --col "Biryani Dish" --startswith Veg | TextStartsWith("Veg") | by_dish | cli
/order date/i == today | Today() | by_date | regex | date
Bug: yesterday's orders not greyed. Expected: Order Date of yesterday grey. Actual: normal
    | Yesterday() | by_date | bug-report | date
cf highlight --col "Order Date" --tomorrow | Tomorrow() | by_date | cli | date
/order date/i in the last 7 days | Last7Days() | by_date | regex | date
Steps: scroll Order Date. Expected: last week's orders highlighted. Actual: not highlighted
    | LastWeek() | by_date | bug-report | date
fmt --scale -c "Tips (₹)" | ColorScale() | by_tips | cli | visual
/^Tips/ column: data bars on the amounts | DataBar() | by_tips | regex | visual | column-word
Bug: the top 2 tips aren't gold. Expected: two biggest tips gold. Actual: no gold
    | Top(2) | by_tips | bug-report | superlative
the bottom 0.3 (30%) of tips | BottomPercent(30) | by_tips | numerals | superlative | number-format
cf highlight --col "Tips (₹)" --above-average | AboveAverage() | by_tips | cli
Expected: Tips cells with #DIV/0! or other errors in red. Actual: not red | Errors() | by_tips | bug-report
/table code/i values seen more than once | Duplicates() | by_table | regex
cf highlight --col "Table Code" --blank | Blanks() | by_table | cli
# breakdance crew
judge scores above 3 score (sixty) | GreaterThan(60) | bk_score | numerals | number-words
JuDgE sCoRe of a score or more (20+) | GreaterThanEqual(20) | bk_score | numerals | number-words | boundary | odd-case
judge scores NOT above XXXV | NOT(GreaterThan(35)) | bk_score | numerals | negation | number-format
/^Track BPM$/: bpm > 100 && bpm < 120 | AND(GreaterThan(100), LessThan(120)) | bk_bpm | regex | compound
Bug: slow tracks not flaged. Expected: Track BPM under 95 in blue. Actual: none blue
    | LessThan(95) | bk_bpm | bug-report | typo
track bpm between 0x68 and 0x73, hex for 104 and 115, ends included
    | Between(104, 115) | bk_bpm | numerals | range | number-format
cf highlight --col "Power Move" --equals Windmill | TextEquals("Windmill") | bk_move | cli
power moves matching .*flare.* | TextContains("flare") | bk_move | regex
Expected: moves beginning with Air highlighted. Actual: nothing | TextStartsWith("Air") | bk_move | bug-report
/^battle date$/i = today | Today() | bk_date | regex | date
cf highlight --col "Battle Date" --period yesterday --fill grey | Yesterday() | bk_date | cli | date
Bug: tomorrow's battles not shown. Expected: Battle Date tomorrow in red. Actual: no red
    | Tomorrow() | bk_date | bug-report | date
battle dates within the last 7 days: fmt -c "Battle Date" --last7 | Last7Days() | bk_date | cli | date
Expected: last week's battles shaded. Actual: this week's got shaded instead | LastWeek() | bk_date | bug-report | date
/clip views/i: a COLOUR SCALE | ColorScale() | bk_views | regex | visual | odd-case
cf databar --col "Clip Views" | DataBar() | bk_views | cli | visual
the top IV clips by views | Top(4) | bk_views | numerals | superlative | number-format
Bug: lowest 20% of Clip Views not red. Expected: bottom 20% red. Actual: white
    | BottomPercent(20) | bk_views | bug-report | superlative
/^Clip Views$/ column above its average | AboveAverage() | bk_views | regex | column-word
fmt -c "Clip Views" --errors --fill red | Errors() | bk_views | cli
Bug: repeated crew tags not flagged. Expected: every repeated Crew Tag orange. Actual: none
    | Duplicates() | bk_crew | bug-report
Crew Tag cells matching ^$ or spaces only | Blanks() | bk_crew | regex
# quail farm
eggs laid above two dozen | GreaterThan(24) | ql_eggs | numerals | number-words
quail-cf --col "Eggs Laid" --gte 40 | GreaterThanEqual(40) | ql_eggs | cli | boundary
Bug: counts NOT at or under 8 eggs should be green. Expected: over 8 green. Actual: no green
    | NOT(LessThanEqual(8)) | ql_eggs | bug-report | negation
birds weighing 180 g to 220 g, written 1.8e2 to 2.2e2, both included
    | AND(GreaterThanEqual(180), LessThanEqual(220)) | ql_wt | numerals | compound | boundary | number-format
birds under 0.17 kg (170 g) | LessThan(170) | ql_wt | numerals | number-format
cf highlight --col "Bird Weight (g)" --between 200 240 | Between(200, 240) | ql_wt | cli | range
Quail Breed =~ /^coturnix$/i | TextEquals("Coturnix") | ql_breed | regex
Bug: breeds with "button" in the name aren't picked up. Expected: shaded. Actual: unshaded
    | TextContains("button") | ql_breed | bug-report | quoted
cf highlight --col "Quail Breed" --starts-with Jumbo | TextStartsWith("Jumbo") | ql_breed | cli
Expected: Hatch Date = today in yellow. Actual: nothing yellow | Today() | ql_date | bug-report | date
/hatch date/i yesterday | Yesterday() | ql_date | regex | date
quail-cf -c "Hatch Date" --tomorrow | Tomorrow() | ql_date | cli | date
Bug: last-7-days hatches not marked. Expected: hatch dates in the last 7 days, today included, green. Actual: none
    | Last7Days() | ql_date | bug-report | date
/^hatch/i date: last week | LastWeek() | ql_date | regex | date
cf scale -c "Feed Used (kg)" | ColorScale() | ql_feed | cli | visual
Expected: data bars in Feed Used. Actual: none drawn | DataBar() | ql_feed | bug-report | visual
the highest 0b11 (binary three) feed amounts | Top(3) | ql_feed | numerals | superlative | number-format
fmt -c "Feed Used (kg)" --bottom 10% | BottomPercent(10) | ql_feed | cli | superlative
/feed used/i above the average | AboveAverage() | ql_feed | regex
Bug: error values in Feed Used (kg) not red. Expected: red. Actual: normal | Errors() | ql_feed | bug-report
Quail Pen: repeated pens, pattern (P\d+) appearing twice or more | Duplicates() | ql_pen | regex
Expected: empty Quail Pen cells flagged. Actual: not flagged | Blanks() | ql_pen | bug-report
# krav maga
drill rounds > 0x10 (hex, i.e. 16) | GreaterThan(16) | kv_rounds | numerals | number-format
drill rounds of 2⁵ or more (32) | GreaterThanEqual(32) | kv_rounds | numerals | number-format | boundary
krav-cf --col "Drill Rounds" --not --gte 6 | NOT(GreaterThanEqual(6)) | kv_rounds | cli | negation
Bug: wrong rows orange. Expected: peak heart rates over 150 and under 178 orange. Actual: every rate orange
    | AND(GreaterThan(150), LessThan(178)) | kv_hr | bug-report | compound
peak heart rates under 1.4e2 | LessThan(140) | kv_hr | numerals | number-format
peak heart rate from 160 to 182 both included: cf highlight --col "Peak Heart Rate" --between 160 182
    | Between(160, 182) | kv_hr | cli | range | boundary
Belt Level ~ /^green$/i, exactly | TextEquals("Green") | kv_belt | regex
Expected: belt levels containing Expert shaded. Actual: no shading | TextContains("expert") | kv_belt | bug-report
krav-cf --col "Belt Level" --starts-with Practitioner | TextStartsWith("Practitioner") | kv_belt | cli
cf highlight --col "Class Date" --today | Today() | kv_date | cli | date
/class date/i yesterday's classes | Yesterday() | kv_date | regex | date
Steps: plan tomorrow. Expected: tomorrow's Class Date blue. Actual: no blue | Tomorrow() | kv_date | bug-report | date
/class date/i in the past 7 days, today counting | Last7Days() | kv_date | regex | date
krav-cf -c "Class Date" --last-week | LastWeek() | kv_date | cli | date
Bug: Pad Kicks shows no colour scale. Expected: scale on the numbers. Actual: none
    | ColorScale() | kv_kicks | bug-report | visual
/pad kicks/i databar | DataBar() | kv_kicks | regex | visual
the top V pad kick counts | Top(5) | kv_kicks | numerals | superlative | number-format
cf highlight --col "Pad Kicks" --bottom-percent 25 | BottomPercent(25) | kv_kicks | cli | superlative
Expected: pad kicks above the average green. Actual: nothing green | AboveAverage() | kv_kicks | bug-report
/^Pad Kicks$/ cells holding errors | Errors() | kv_kicks | regex
cf dupes -c "Member No." | Duplicates() | kv_mem | cli
Member No. ~ /^\s*$/ | Blanks() | kv_mem | regex
# futsal club
futsal-cf --col "Shots on Target" --lte 4 | LessThanEqual(4) | fs_shots | cli | boundary
shots on target equal to a dozen exactly | Equals(12) | fs_shots | numerals | number-words
Bug: every shot count except 7 should be shaded. Expected: all but the 7s shaded. Actual: the 7s are shaded
    | NotEquals(7) | fs_shots | bug-report | negation
shots on target above IX | GreaterThan(9) | fs_shots | numerals | number-format
shots on target outside III to X (3-10 inclusive is the normal band)
    | NotBetween(3, 10) | fs_shots | numerals | range | number-format
cf highlight --col "Shots on Target" --lt 2 --or --gt 15 | OR(LessThan(2), GreaterThan(15)) | fs_shots | cli | compound
Futsal Player !~ /sub/i, colour everyone else | TextNotContains("sub") | fs_player | regex | negation
players matching *inho | TextEndsWith("inho") | fs_player | regex
Bug: players whose name does NOT start with GK should be blue. Expected: non-GK names blue. Actual: the GKs are blue
    | NOT(TextStartsWith("GK")) | fs_player | bug-report | negation
cf highlight --col "Fixture Day" --period this-week | ThisWeek() | fs_date | cli | date
Expected: next week's fixtures in green. Actaul: Fixture Day shows no green
    | NextWeek() | fs_date | bug-report | date | typo
/fixture day/i in last month | LastMonth() | fs_date | regex | date
futsal-cf -c "Fixture Day" --this-month | ThisMonth() | fs_date | cli | date
Bug: fixtures next month are not flagged. Expected: next month's Fixture Day in purple. Actual: no purple
    | NextMonth() | fs_date | bug-report | date
/^fouls/i: icon set, three arrows | IconSet() | fs_fouls | regex | visual
the II fewest fouls | Bottom(2) | fs_fouls | numerals | superlative | number-format
cf highlight --col "Fouls Committed" --top 30% | TopPercent(30) | fs_fouls | cli | superlative
Expected: fouls below the average in green. Actual: all white | BelowAverage() | fs_fouls | bug-report
Fouls Committed cells not matching /^#/ error codes, i.e. no error | NotErrors() | fs_fouls | regex | polarity
futsal-cf --col "Kit Number" --unique | Unique() | fs_kit | cli
Bug: filled Kit Number cells aren't marked. Expected: every non-blank kit number shaded. Actual: nothing
    | NotBlanks() | fs_kit | bug-report | polarity
# tango school
Classes Attended ≤ III | LessThanEqual(3) | tg_cl | numerals | number-format | boundary
cf highlight --col "Classes Attended" --eq 8 | Equals(8) | tg_cl | cli
Bug: the 12s should be the only cells left plain. Expected: every count other than 12 shaded. Actual: none shaded
    | NotEquals(12) | tg_cl | bug-report | negation
more than XIV classes attended | GreaterThan(14) | tg_cl | numerals | number-format
tango-cf -c "Classes Attended" --not-between 2 10 | NotBetween(2, 10) | tg_cl | cli | range
classes attended under II or over XVI | OR(LessThan(2), GreaterThan(16)) | tg_cl | numerals | compound | number-format
Tango Partner does not match /guest/i | TextNotContains("guest") | tg_partner | regex | negation
cf highlight --col "Tango Partner" --ends-with ez | TextEndsWith("ez") | tg_partner | cli
Expected: partners without "tbc" anywhere in the name green. Actual: the tbc ones turned green
    | NOT(TextContains("tbc")) | tg_partner | bug-report | negation | quoted
/milonga date/i this week (Sun-Sat) | ThisWeek() | tg_date | regex | date
tango-cf --col "Milonga Date" --next-week | NextWeek() | tg_date | cli | date
Bug: last month's milongas not greyed. Expected: Milonga Date in last month grey. Actual: no grey
    | LastMonth() | tg_date | bug-report | date
/^milonga/i date column, this month | ThisMonth() | tg_date | regex | date | column-word
cf highlight --col "Milonga Date" --period next-month | NextMonth() | tg_date | cli | date
Bug: no icons on Practice Hours. Expected: an icon set on the numbers. Actual: no icons
    | IconSet() | tg_hrs | bug-report | visual
the bottom trio (3) of practice hours | Bottom(3) | tg_hrs | numerals | superlative | number-words
the top ¼ of practice hours (25 percent) | TopPercent(25) | tg_hrs | numerals | superlative | number-format
cf highlight --col "Practice Hours" --below-average | BelowAverage() | tg_hrs | cli
Expected: Practice Hours cells that are not errors in green. Actual: the #N/A one went green too
    | NotErrors() | tg_hrs | bug-report | polarity
/dance shoe size/i: sizes that occur exactly once | Unique() | tg_shoe | regex
tango-cf -c "Dance Shoe Size" --not-blank | NotBlanks() | tg_shoe | cli | polarity
# aquaponics farm
cf highlight --col "pH Reading" --lte 6.4 | LessThanEqual(6.4) | aq_ph | cli | boundary
Bug: pH of exactly 7 not shown. Expected: pH Reading = 7 in green. Actual: no green | Equals(7) | aq_ph | bug-report
pH readings other than 6⅘ (6.8) | NotEquals(6.8) | aq_ph | numerals | negation | number-format
pH readings above 7⅗ (7.6) | GreaterThan(7.6) | aq_ph | numerals | number-format
pH outside 6.2 to 7.4: aqua-cf -c "pH Reading" --not-between 6.2 7.4 | NotBetween(6.2, 7.4) | aq_ph | cli | range
Expected: pH under 6 or over 8 in red. Actual: nothing red
    | OR(LessThan(6), GreaterThan(8)) | aq_ph | bug-report | compound
Aquaponic Crop !~ /basil/ | TextNotContains("basil") | aq_plant | regex | negation
aqua-cf --col "Aquaponic Crop" --ends-with cress | TextEndsWith("cress") | aq_plant | cli
Bug: every crop that is NOT exactly Lettuce should be shaded. Expected: all others shaded. Actual: only Lettuce shaded
    | NOT(TextEquals("Lettuce")) | aq_plant | bug-report | negation
/harvest date/i in this week | ThisWeek() | aq_date | regex | date
Expected: next week's harvests flagged. Actual: none flagged | NextWeek() | aq_date | bug-report | date
cf highlight --col "Harvest Date" --period last-month | LastMonth() | aq_date | cli | date
/^harvest date$/i this month | ThisMonth() | aq_date | regex | date
aqua-cf -c "Harvest Date" --next-month | NextMonth() | aq_date | cli | date
cf iconset --col "Tilapia Count" | IconSet() | aq_fish | cli | visual
Bug: the 3 lowest tilapia counts aren't red. Expected: bottom 3 red. Actual: no red
    | Bottom(3) | aq_fish | bug-report | superlative
the top ⅕ of tilapia counts | TopPercent(20) | aq_fish | numerals | superlative | number-format
/tilapia count/i below its average | BelowAverage() | aq_fish | regex
cf highlight --col "Tilapia Count" --no-errors | NotErrors() | aq_fish | cli | polarity
Expected: Fish Tank IDs that occur only once shaded. Actual: none shaded | Unique() | aq_tank | bug-report
Fish Tank ID =~ /\S/ (anything that isn't blank) | NotBlanks() | aq_tank | regex | polarity
# wakeboard park
cable runs ≤ V | LessThanEqual(5) | wb_runs | numerals | number-format | boundary
cable runs equal to a score (20) | Equals(20) | wb_runs | numerals | number-words
wake-cf --col "Cable Runs" --ne 10 | NotEquals(10) | wb_runs | cli | negation
Bug: riders doing more than a dozen runs aren't flaged. Expected: runs over 12 in red. Actual: nothing red
    | GreaterThan(12) | wb_runs | bug-report | number-words | typo
cable runs outside IV to XVIII, the ends counting as inside
    | NotBetween(4, 18) | wb_runs | numerals | range | number-format
cf highlight --col "Cable Runs" --lt 3 --or-gt 25 | OR(LessThan(3), GreaterThan(25)) | wb_runs | cli | compound
Wake Trick !~ /grab/i | TextNotContains("grab") | wb_trick | regex | negation
Expected: tricks ending in Spin shaded. Actual: none shaded | TextEndsWith("spin") | wb_trick | bug-report
wake-cf --col "Wake Trick" --not --starts-with Back | NOT(TextStartsWith("Back")) | wb_trick | cli | negation
Bug: this week's sessions aren't marked. Expected: Session Date in this week (Sun-Sat) blue. Actual: none
    | ThisWeek() | wb_date | bug-report | date
/session date/i next week | NextWeek() | wb_date | regex | date
wake-cf -c "Session Date" --last-month | LastMonth() | wb_date | cli | date
Expected: this month's sessions shaded. Actual: only today's | ThisMonth() | wb_date | bug-report | date
/^session/i date next month | NextMonth() | wb_date | regex | date
/air height/i: traffic-light icon set | IconSet() | wb_air | regex | visual
cf highlight --col "Air Height (ft)" --bottom 2 | Bottom(2) | wb_air | cli | superlative
the top 0.1 (10 percent) of air heights | TopPercent(10) | wb_air | numerals | superlative | number-format
Bug: below-average air heights not shaded. Expected: shaded. Actual: the above-average ones got shaded
    | BelowAverage() | wb_air | bug-report
/air height/i cells without an error value | NotErrors() | wb_air | regex | polarity
cf highlight --col "Rental Board" --unique | Unique() | wb_board | cli
Expected: every Rental Board cell with something in it shaded. Actual: blanks shaded too
    | NotBlanks() | wb_board | bug-report | polarity
# newt survey
newts counted ≤ VII | LessThanEqual(7) | nw_count | numerals | number-format | boundary
/^Newts Counted$/ == 13 | Equals(13) | nw_count | regex
Bug: counts other than 3 should be shaded. Expected: every count but 3 shaded. Actual: only the 3 shaded
    | NotEquals(3) | nw_count | bug-report | negation
newts counted above XXII | GreaterThan(22) | nw_count | numerals | number-format
newts counted outside V to XXVII (5 and 27 themselves count as inside)
    | NotBetween(5, 27) | nw_count | numerals | range | number-format
/newts counted/i < 2 || > 35 | OR(LessThan(2), GreaterThan(35)) | nw_count | regex | compound
cf highlight --col "Newt Pond" --not-contains ditch | TextNotContains("ditch") | nw_pond | cli | negation
Newt Pond ~ /mere$/i | TextEndsWith("mere") | nw_pond | regex
Bug: ponds without farm in the name should be green. Expected: non-farm ponds green. Actual: the farm ponds are green
    | NOT(TextContains("farm")) | nw_pond | bug-report | negation
NeWt-Cf -c "Survey Date" --This-Week | ThisWeek() | nw_date | cli | date | odd-case
/survey date/i: next week | NextWeek() | nw_date | regex | date
Expected: surveys from last month greyed. Actual: none grey | LastMonth() | nw_date | bug-report | date
cf highlight --col "Survey Date" --period this-month | ThisMonth() | nw_date | cli | date
/^survey date$/i next month | NextMonth() | nw_date | regex | date
Expected: icons on Eggs Found. Actual: no icons | IconSet() | nw_eggs | bug-report | visual
the IV smallest egg counts | Bottom(4) | nw_eggs | numerals | superlative | number-format
newt-cf -c "Eggs Found" --top-percent 30 | TopPercent(30) | nw_eggs | cli | superlative
/eggs found/i below averge | BelowAverage() | nw_eggs | regex | typo
Bug: non-error cells in Eggs Found are not green. Expected: every cell without an error green. Actual: none
    | NotErrors() | nw_eggs | bug-report | polarity
/survey recorder/i names that appear once | Unique() | nw_rec | regex
cf highlight --col "Survey Recorder" --not-blank | NotBlanks() | nw_rec | cli | polarity
# popcorn stand
tubs sold ≤ 3 dozen | LessThanEqual(36) | pc_tubs | numerals | number-words | boundary
tubs sold equal to one gross | Equals(144) | pc_tubs | numerals | number-words
Bug: every tub count except 72 should be shaded. Expected: all but 72 shaded. Actual: no shading
    | NotEquals(72) | pc_tubs | bug-report | negation
tubs sold over ten dozen | GreaterThan(120) | pc_tubs | numerals | number-words
pop-cf --col "Tubs Sold" --not-between 48 180 | NotBetween(48, 180) | pc_tubs | cli | range
Expected: tubs sold under 24 or over 288 in red. Actual: all red
    | OR(LessThan(24), GreaterThan(288)) | pc_tubs | bug-report | compound
cf highlight --col "Popcorn Flavour" --not-contains caramel | TextNotContains("caramel") | pc_flav | cli | negation
Popcorn Flavour matches %corn (ends in corn) | TextEndsWith("corn") | pc_flav | regex
Bug: flavours that do NOT start with Salt should be yellow. Expected: those yellow. Actual: the Salt ones are yellow
    | NOT(TextStartsWith("Salt")) | pc_flav | bug-report | negation
/event date/i this week | ThisWeek() | pc_date | regex | date
pop-cf -c "Event Date" --next-week | NextWeek() | pc_date | cli | date
Bug: last month's events aren't shaded. Expected: Event Date in last month grey. Actual: none
    | LastMonth() | pc_date | bug-report | date
cf highlight --col "Event Date" --period this-month | ThisMonth() | pc_date | cli | date
Expected: Event Date next month in orange. Actual: no orange | NextMonth() | pc_date | bug-report | date
cf iconset -c "Kernels Used (kg)" --style flags | IconSet() | pc_kernel | cli | visual
/kernels/i bottom 2 | Bottom(2) | pc_kernel | regex | superlative
the top ⅖ of kernel use (40%) | TopPercent(40) | pc_kernel | numerals | superlative | number-format
Bug: below-average kernel use not blue. Expected: blue. Actual: white | BelowAverage() | pc_kernel | bug-report
/^Kernels Used/ cells that are not errors | NotErrors() | pc_kernel | regex | polarity
Expected: stand codes that appear just once shaded. Actual: the repeats shaded | Unique() | pc_stand | bug-report
pop-cf --col "Stand Code" --nonblank | NotBlanks() | pc_stand | cli | polarity
# polka band
gigs played ≤ ½ dozen | LessThanEqual(6) | pk_gigs | numerals | number-words | boundary
CF HIGHLIGHT --COL "Gigs Played" --EQ 12 | Equals(12) | pk_gigs | cli | odd-case
gigs played of any number but IX | NotEquals(9) | pk_gigs | numerals | negation | number-format
Bug: more than 14 gigs should be gold. Expected: Gigs Played over 14 gold. Actual: no gold
    | GreaterThan(14) | pk_gigs | bug-report
gigs played outside III to XXI | NotBetween(3, 21) | pk_gigs | numerals | range | number-format
polka-cf -c "Gigs Played" --lt 2 --or --gt 28 | OR(LessThan(2), GreaterThan(28)) | pk_gigs | cli | compound
Expected: tunes with no waltz in the title shaded. Actual: the waltzes shaded
    | TextNotContains("waltz") | pk_tune | bug-report | negation
Polka Tune =~ /polka$/i | TextEndsWith("polka") | pk_tune | regex
cf highlight --col "Polka Tune" --not --equals Oberek | NOT(TextEquals("Oberek")) | pk_tune | cli | negation
/^gig date$/i this week | ThisWeek() | pk_date | regex | date
Bug: next week's gigs not highlighted. Expected: Gig Date next week in green. Actual: this week's are green
    | NextWeek() | pk_date | bug-report | date
polka-cf --col "Gig Date" --last-month | LastMonth() | pk_date | cli | date
/gig date/i this month | ThisMonth() | pk_date | regex | date
cf highlight --col "Gig Date" --period next-month | NextMonth() | pk_date | cli | date
Bug: Tip Jar shows no icons. Expected: an icon set. Actual: plain numbers | IconSet() | pk_tips | bug-report | visual
/tip jar/i lowest 4 | Bottom(4) | pk_tips | regex | superlative
the top ⅒ of tip jars | TopPercent(10) | pk_tips | numerals | superlative | number-format
polka-cf -c "Tip Jar ($)" --below-avg | BelowAverage() | pk_tips | cli
Expected: every Tip Jar cell that is not an error shaded. Actual: the #DIV/0! got shaded
    | NotErrors() | pk_tips | bug-report | polarity
cf highlight --col "Instrument Tag" --unique | Unique() | pk_inst | cli
Instrument Tag =~ /\S/ | NotBlanks() | pk_inst | regex | polarity
# crossfit box
WOD Reps ≤ a score (20) | LessThanEqual(20) | xf_reps | numerals | number-words | boundary
WOD reps of exactly 1e2 | Equals(100) | xf_reps | numerals | number-format
cf highlight --col "WOD Reps" --neq 45 | NotEquals(45) | xf_reps | cli | negation
WOD reps > ¾ of 100 | GreaterThan(75) | xf_reps | numerals | number-format
Bug: rep counts outside 21 to 120 not flagged. Expected: outside that range red. Actual: inside it red
    | NotBetween(21, 120) | xf_reps | bug-report | range
/wod reps/i < 15 or > 150 | OR(LessThan(15), GreaterThan(150)) | xf_reps | regex | compound
box-cf --col "WOD Name" --not-contains hero | TextNotContains("hero") | xf_wod | cli | negation
Expected: WOD names ending in Burpee highlighted. Actual: none | TextEndsWith("burpee") | xf_wod | bug-report
WOD Name !~ /^EMOM/ | NOT(TextStartsWith("EMOM")) | xf_wod | regex | negation
cf highlight --col "WOD Date" --period this-week | ThisWeek() | xf_date | cli | date
Bug: next week's WODs not shown. Expected: WOD Date next week highlighted. Actual: none
    | NextWeek() | xf_date | bug-report | date
/wod date/i last month | LastMonth() | xf_date | regex | date
box-cf -c "WOD Date" --this-month | ThisMonth() | xf_date | cli | date
Expected: next month's WOD dates in purple. Actual: none purple | NextMonth() | xf_date | bug-report | date
/deadlift/i icon set | IconSet() | xf_lift | regex | visual
the III lightest deadlifts | Bottom(3) | xf_lift | numerals | superlative | number-format
cf highlight --col "Deadlift (kg)" --top-percent 20 | TopPercent(20) | xf_lift | cli | superlative
Expected: deadlifts below the average in orange. Actual: none | BelowAverage() | xf_lift | bug-report
/^Deadlift/ cells not an error | NotErrors() | xf_lift | regex | polarity
Bug: coaches on duty once only aren't marked. Expected: names that appear once shaded. Actual: none
    | Unique() | xf_coach | bug-report
box-cf --col "Coach on Duty" --not-blank | NotBlanks() | xf_coach | cli | polarity
# turtle rescue
shell length ≤ VIII cm | LessThanEqual(8) | tr_shell | numerals | number-format | boundary
Bug: shells of exactly 25 cm not marked. Expected: Shell Length = 25 green. Actual: no green
    | Equals(25) | tr_shell | bug-report
/^shell length/i != 15 | NotEquals(15) | tr_shell | regex | negation
shells longer than 0.3 m (30 cm) | GreaterThan(30) | tr_shell | numerals | number-format
shell lengths outside X to XLV cm | NotBetween(10, 45) | tr_shell | numerals | range | number-format
Expected: shells under 6 or over 60 cm red. Actual: everything red
    | OR(LessThan(6), GreaterThan(60)) | tr_shell | bug-report | compound
Turtle Species !~ /slider/i | TextNotContains("slider") | tr_sp | regex | negation
cf highlight --col "Turtle Species" --ends-with Terrapin | TextEndsWith("terrapin") | tr_sp | cli
Expected: species with no "box" in the name shaded. Actual: the box turtles shaded
    | NOT(TextContains("box")) | tr_sp | bug-report | negation | quoted
/intake date/i this week | ThisWeek() | tr_date | regex | date
turtle-cf -c "Intake Date" --next-week | NextWeek() | tr_date | cli | date
Bug: last month's intakes aren't grey. Expected: Intake Date in last month grey. Actual: none
    | LastMonth() | tr_date | bug-report | date
/^intake date$/i this month | ThisMonth() | tr_date | regex | date
cf highlight --col "Intake Date" --period next-month | NextMonth() | tr_date | cli | date
cf iconset --col "Turtle Weight (g)" | IconSet() | tr_wt | cli | visual
the V lightest turtles by weight | Bottom(5) | tr_wt | numerals | superlative | number-format
Bug: top 30% of Turtle Weight not flagged. Expected: heaviest 30 per cent gold. Actual: no gold
    | TopPercent(30) | tr_wt | bug-report | superlative
/turtle weight/i below the average | BelowAverage() | tr_wt | regex
turtle-cf -c "Turtle Weight (g)" --not-errors | NotErrors() | tr_wt | cli | polarity
/^turtle tag$/i values that occur once | Unique() | tr_tag | regex
Expected: Turtle Tag cells with a value shaded. Actual: blank ones shaded | NotBlanks() | tr_tag | bug-report | polarity
# zumba class
calories burned ≤ 0.35k | LessThanEqual(350) | zb_kcal | numerals | number-format | boundary
calories burned equal to ½k | Equals(500) | zb_kcal | numerals | number-format
Bug: calories other than 600 should be shaded. Expected: every value but 600 shaded. Actual: nothing
    | NotEquals(600) | zb_kcal | bug-report | negation
calories burned above ⅞ of 800 (700) | GreaterThan(700) | zb_kcal | numerals | number-format
calories burned outside 0.4k to 0.8k, both ends counted inside
    | NotBetween(400, 800) | zb_kcal | numerals | range | number-format
zumba-cf -c "Calories Burned" --lt 300 --or --gt 900 | OR(LessThan(300), GreaterThan(900)) | zb_kcal | cli | compound
Zumba Song !~ /remix/i | TextNotContains("remix") | zb_song | regex | negation
Bug: songs ending in Salsa not shaded. Expected: shaded. Actual: plain | TextEndsWith("salsa") | zb_song | bug-report
zumba-cf --col "Zumba Song" --not --ends-with edit | NOT(TextEndsWith("edit")) | zb_song | cli | negation
Expected: this week's classes highlighted. Actual: none | ThisWeek() | zb_date | bug-report | date
/class day/i next week | NextWeek() | zb_date | regex | date
cf highlight --col "Class Day" --period last-month | LastMonth() | zb_date | cli | date
/^class day$/i this month | ThisMonth() | zb_date | regex | date
Bug: next month's classes not coloured. Expected: Class Day next month in teal. Actual: no teal
    | NextMonth() | zb_date | bug-report | date
Expected: icons on Zumba Attendees. Actual: no icons | IconSet() | zb_att | bug-report | visual
the II smallest classes by attendees | Bottom(2) | zb_att | numerals | superlative | number-format
/zumba attendees/i top 25% | TopPercent(25) | zb_att | regex | superlative
cf highlight --col "Zumba Attendees" --below-average | BelowAverage() | zb_att | cli
Bug: non-error attendee cells aren't green. Expected: green. Actual: white
    | NotErrors() | zb_att | bug-report | polarity
zumba-cf --col "Zumba Mat No." --unique | Unique() | zb_mat | cli
Zumba Mat No. =~ /\S/ | NotBlanks() | zb_mat | regex | polarity
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
              "twentyfourth_cf.json", "twentyfourth_tables.json", "twentysecond_cf.json", "twentysecond_tables.json",
              "twentythird_cf.json", "twentythird_tables.json", "web_cf.json")


column_sets.bind(globals(), TWENTYFIFTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
