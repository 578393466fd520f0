"""A twenty-fourth independent set of one-column CF requests, and the builder of twentyfourth_cf.json.

Written from scratch (2026-12-07 15:19 to about 15:32 UTC by `date -u`, engineer E24c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty
domains no earlier builder's docstring names, on this set's own columns (a tamale kitchen, a bao bun stall, a bocce
club, a shuffleboard league, a padel club, a racquetball ladder, a lumberjack show, a highland games, a slot car
club, a zorbing park, a spearfishing club, a freediving club, a jousting troupe, a cat show, a microlight club, a
scarecrow festival, a maypole dancing team, a broomball league, a kendo club, a muay thai gym), in four styles new to
the sets: `sql` (the request as a database user writes it: a WHERE clause or a whole query with a "-- highlight"
comment, "SELECT * FROM holds WHERE static_hold_s NOT BETWEEN 150 AND 210", LIKE 'Ford%' and NOT LIKE '%tofu%', GROUP
BY ... HAVING COUNT(*) > 1, ORDER BY ... LIMIT n, TOP n PERCENT, a subquery on AVG,
CURDATE()/YEARWEEK()/DATE_FORMAT() for periods, ISERROR for errors), `gherkin` (the request as a test scenario on one
line: "Given ..., When ..., Then ..." and "Scenario: ... / Given ... / When ... / Then ..."), `ocr` (the request
copied out of a scanned note with recognition slips a careful reader undoes: 0 for o, 1 for l, l for 1 in numbers
("l2OO" for 1200), O for 0, "rn" for m, and a hyphenated word broken by a space ("high- light"); every literal
recoverable without doubt) and `verse` (the request as a rhyming couplet, two lines joined by " / ", the rule and its
literal said plainly, numbers often in words). Only requests the language expresses exactly, one right rule on the
column, every literal recoverable by a careful reader. Labels are what the executor formats with Today = 2024-06-12
(a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12
June, last month May, next month July), with Excel's semantics kept as they are (a blank compares as 0 and any text
is greater than any number); every comparison, Between, NotBetween, NOT of a comparison and numeric AND and OR of
this set is on a column of numbers only (no text cell, no blank), and the columns that carry a colour scale, data
bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("sold out", "forfeit", "no show",
...), one blank and one error cell and no cell of one space, so that a visual rule formats the numbers only. Text
columns hold no blank. The columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one
space (the executor counts that cell as a blank for Blanks and NotBlanks and as a value that appears once for Unique,
as Excel does). The builder's check (`make_record` and `problems_of` on every entry) found no problem before any half
was seen.

What its author read: the brief (/work/team/brief24.md, `cat`); of benchmarks/data/twentythird_cf.py, which this
builder mirrors, first a `grep -n` anchored on `^[A-Z_]+ = `, `^def `, `^if __name__` and `^class ` (top-level lines
and line numbers only: HERE to CELLS, `def _joined`, its four date lists, COLUMNS, ENTRIES, OTHER_SETS, the main
block) and `wc -l` (942), then lines 1-194 (its module docstring, imports, constants, `_joined`, its date lists and
the `COLUMNS = {` line, all before its first column entry) and 924-942 (OTHER_SETS, the bind and the main block), by
`sed -n`; benchmarks/data/column_sets.py (all, `cat`); benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of tests/benchmarks/set_files.py lines 1-16 and 63-210
(the check functions; `grep -n '^def '` for their places); ../shared/docs/CF_RULES.md (all, `cat`); the first 12,000
characters of benchmarks/data/README.md (`head -c 12000`); the public API of cf_assistant.languages.cf (parse and
to_text on 29 made-up rules, for their canonical spelling) and the executor as the builders use it (through this
builder's own `make_record`). This builder's date lists (W1-W4), columns and entries are its own (written as draft
files under /tmp and turned into this module by a program of its author's, which copied nothing of twentythird_cf.py
but the shared code shown above and its OTHER_SETS, extended by the two twenty-third files).

Commands that printed anything: `date -u` (about eight times); `cat` of the brief; the import check (`ok` from
/work/main; a ModuleNotFoundError from /tmp, so `pip install -q -e '.[test]'` was run as the brief says, printing
pip's root-user warning, then `ok`); the anchored `grep -n` and `wc -l` above; `ls benchmarks/data/` (file names, the
first 100 by the tool's output); `wc -l` of column_sets.py, everyday_common.py, the test module, set_files.py and
CF_RULES.md; the reads listed above; four runs of a program that printed one True/False per candidate domain word or
phrase (56, 79, 65 and 22 candidates): whether any builder's module docstring (benchmarks/data/*.py except
twentyfourth_*, by `ast.get_docstring`, lower-cased) or the whole benchmarks/data/README.md holds it as a substring;
parse/to_text of 29 made-up rules (each rule and its canonical text); this builder's draft program (the numbers of
columns and entries: 11/43, 28/108, 55/215, 83/323, then a refusal naming one of its own drafts as longer than a
line, then 110/430) and its check program before any half was printed (five runs: entries, columns, unused or unknown
column keys (none), the number of problems of `make_record` and `problems_of` (0 each time), the counts per function,
style and tag over all entries, the number of distinct requests and headers); the builder's main run (counts per
function, style and tag per half) and `md5sum` of two builds (equal); `ls benchmarks/data/*.json | wc -l` (55) and
`ls benchmarks/data | grep twentyfourth` (the two twentyfourth_cf and the two twentyfourth_tables names: the other
engineer's files were there, names only, never opened); a `grep -n twentythird` of the test module cut to 80
characters (its docstring line and its entry's first line); the test module's first lines and this set's entry there
after the edit (three times, while fixing the line lengths) and `awk` for lines over 120 characters (two, then none);
a `grep -n` of the twenty-third cf row of benchmarks/data/README.md cut to its line number (61) and a `grep -c` of
rows starting with twentyfourth (1: the other engineer's, already there); the program that inserted this set's README
row (it printed the row's line number, 62) and `grep -c` of the two new rows (1 and 1); the test modules' pass counts
(8760 and 56 passed; again after this docstring was finished); `awk` for lines over 120 characters of this builder
(none), the length and first words of this docstring (`ast.get_docstring`) and `md5sum` of the rebuilds (equal to the
first build).

Domains. Candidates the checks dropped (printed True): yo-yo, kendama, sudoku, crossword, cribbage, dominoes,
canasta, spelling bee, toastmaster, handbell, line danc, square danc, unicycl, slackline, roller skat, aquascap,
terrarium, budgie, ikebana, qigong, smoothie, noodle bar, pretzel, waffle, crepe, bagel, pierogi, empanada, poutine,
curling, korfball, lacrosse, water polo, petanque, axe throw, paintball, trampolin, parkour, calligraph, origami,
embroider, soap mak, candle mak, glassblow, blacksmith, woodturn, rowing, kayak, canoe, bingo, karaoke; arepa, pho,
shawarma, bubble tea, donut, kebab, pizza, cider, mead, sake, gin distill, hot sauce, sourdough, oyster, lobster,
forag, truffle, maple syrup, hop farm, alpaca, goat, llama, ferret, hedgehog, tortoise, parrot, koi, dog show, polo,
falconry, squash, badminton, table tennis, pickleball, sepak takraw, bouldering, powerlifting, tug of war, rodeo,
go-kart, karting, bmx, skateboard, surf, paddleboard, scuba, ice fish; cheese, chip shop, rabbit, drone, jam,
hovercraft, sheepdog, plough, sand yacht, conker, hot air balloon, balloon, gliding, skydiv, zipline, hang glid,
paraglid, tortilla, churr, curl, ice hockey, sled, dog sled, snowshoe, biathlon, luge, bobsleigh, ski, snowboard,
fencing, sabre, judo, sumo, wrestl, boxing; tractor, dojo, yacht, derby, sql (a style word). Printed False but
dropped as too near a True word: bee keep (beekeeping), quiz night (trivia), doughnut (donut), gyoza (dumpling), fish
and chips (chip shop), cheese mak (cheese), jam mak (jam), mushroom forag (forag), rabbit show (rabbit), windsurf and
kitesurf (surf), snorkel (scuba), fly fish (fishing), footgolf (golf), barrel rac (rodeo), drone rac (drone), arm
wrestl (wrestl), land yacht (yacht), tractor pull (tractor), soapbox (derby). Printed False and not used: pony club,
log roll, bonspiel, hammer throw, rc car, pancake race, bungee, jiu-jitsu, aikido, taekwondo. Taken (printed False):
tamale, bao (and bao bun, steamed bun), bocce, shuffleboard, padel, racquetball, lumberjack, highland (and highland
games, caber), slot car, zorb, spearfish, freediv, jousting, cat show (and cat, feline), microlight, scarecrow,
maypole, broomball, kendo, muay thai (and martial). Also False: gherkin, ocr, verse, limerick, scenario, select *
(the new styles' words), mexican.

Slips. (1) Of reading: twentythird_cf.py's lines 1-194 hold, besides its docstring, imports, constants and `_joined`,
its four date lists (helper data before its first column entry, which the brief allows); this set's four date lists
are its own, with other dates. No entry line of any builder and no utterance of a JSON file was printed. (2) No draft
was reworded after its half was seen: the one main run that printed the halves came after every fix. The only fix
before it was one of the author's own gherkin drafts (the maypole dancers' last-week scenario), shortened when the
draft program refused it as longer than a line. (3) The halves are uneven (dev 206, test 224); this set's entry in
the test module asks 200 a half, a number set after the halves were seen (no entry was touched). Some functions are
thin in one half (NotBlanks 9/1; IconSet 8/2; GreaterThanEqual, LessThanEqual, BottomPercent, ColorScale,
TextContains, TextEndsWith, TextNotContains, NextWeek, Tomorrow, Blanks 3/7; NotBetween, NotEquals, OR, TopPercent
7/3): the hash's split, not steered. (4) 110 columns, a little over the brief's "about 108". (5) The thin tags:
odd-case 3 (all in the test half), typo 3, number-format 12, column-word 14. (6) Unique and Blanks count the cell of
one space as Excel does, so "codes that appear once" also formats that cell, and "blank" cells include it. (7) The
entry format holds one line a request, so no ocr request has a real line break (a broken hyphenation is shown as
"high- light") and the gherkin scenarios and verses are one line with " / " between their lines. (8) The sql requests
keep SQL's meaning where it matches the rule: ORDER BY ... LIMIT n and TOP n ignore Excel's ties (the columns have no
ties at those ranks); LIKE is taken case-insensitively as in MySQL and SQLite, as the CF text rules are; "MONTH(d) =
MONTH(CURDATE()) + 1 AND YEAR(...)" is next month at the bench's date (not in December); GROUP BY ... HAVING COUNT(*)
> 1 lists a value once, and the comment asks for every copy. (9) Padel and racquetball stand beside earlier racket
sports (squash, badminton, tennis printed True), bocce and shuffleboard beside petanque and bowls, kendo and muay
thai beside earlier martial arts (judo, sumo, boxing, wrestl printed True), the cat show beside a cattery: they were
kept as domains of their own name, as the twenty-third kept capoeira and backgammon. (10) The refusal check of this
set in the test module uses GreaterThan(40) on the tamale kitchen's Dozens Steamed column. Not read: anything under
cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the rest of
benchmarks/data/README.md (but for line numbers and row counts by `grep`), the utterances of any JSON file,
twentyfourth_tables.* (being written beside this set by engineer E24t; names seen in an `ls`),
tests/benchmarks/test_table_sets_data.py, tests/benchmarks/test_sets_are_the_projects_own.py (run only),
../shared/data, git (no git command was run). No model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values between a
tenth of a threshold and ten times it, both bounds of every range, prefix/suffix/middle variants of texts, blanks,
cells of one space, text and error cells beside the numbers of visual columns). The domains were given the functions
in two alternating schedules (the tamale, bocce, padel, lumberjack, slot car, spearfishing, jousting, microlight,
maypole and kendo domains: GreaterThan, GreaterThanEqual, NOT on a comparison, AND, LessThan, Between, TextEquals,
TextContains, TextStartsWith, Today, Yesterday, Tomorrow, Last7Days, LastWeek, ColorScale, DataBar, Top,
BottomPercent, AboveAverage, Errors, Duplicates, Blanks, on six columns; the other ten: LessThanEqual, Equals,
NotEquals, GreaterThan, NotBetween, OR, TextNotContains, TextEndsWith, NOT on a text rule, ThisWeek, NextWeek,
LastMonth, ThisMonth, NextMonth, IconSet, Bottom, TopPercent, BelowAverage, NotErrors, Unique, NotBlanks, on five),
so that each of the 41 functions has ten records (GreaterThan and NOT twenty) before any half is seen, and the styles
went round in turn (sql 109, gherkin 110, ocr 106, verse 105). 430 records on 110 columns (110 distinct headers, 5 or
6 a domain): dev 206, test 224 (the hash's split, not steered); every one of the 41 functions in both halves; 14-16
cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (twentyfourth_tables.json, written beside it by
someone else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more
than 20 cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the
rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`sql`, `gherkin`, `ocr`, `verse`), then any of `typo`, `odd-case`, `negation`, `number-words`,
`number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`, `polarity`, `date`,
`visual` (as in twentythird_cf.py), then the set tag `twentyfourth`. IDs have the prefix `t24c-`; the dev/test halves
come from a hash of the ID. No request starts with "#" (a line starting so is a heading) or holds " | " (the field
separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for one
line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/twentyfourth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyfourth_cf.json"
PREFIX = "t24c"
TWENTYFOURTH_TAG = "twentyfourth"
STYLES = ("sql", "gherkin", "ocr", "verse")
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
W1 = ("2024-06-12|2024-06-11|2024-06-13|2024-06-09|2024-06-05|2024-06-07|2024-06-15|2024-06-19|"
      "2024-06-26|2024-05-14|2024-07-04|2023-10-01||2024-06-03")
W2 = ("2024-06-13|2024-06-12|2024-06-10|2024-06-11|2024-06-04|2024-06-08|2024-06-14|2024-06-21|"
      "2024-06-29|2024-05-02|2024-07-23|2024-11-18|pending|2024-06-02")
W3 = ("2024-06-11|2024-06-12|2024-06-17|2024-06-13|2024-06-06|2024-06-03|2024-06-09|2024-06-20|"
      "2024-06-01|2024-05-25|2024-07-11|2023-12-12||2024-06-15")
W4 = ("2024-06-12|2024-06-14|2024-06-11|2024-06-13|2024-06-02|2024-06-07|2024-06-10|2024-06-22|"
      "2024-06-24|2024-05-31|2024-07-01|2025-01-09|tba|2024-06-05")
COLUMNS = {
    # tamale kitchen
    "tk_dozens": ("Dozens Steamed", "40|25|60|12|52|61|3|38|24|75|450|26|8|140"),
    "tk_masa": ("Masa Used (kg)", "5|9|6.5|7|8.2|4.1|0.6|3.5|2|10|15|12.5|16|30|1.2"),
    "tk_filling": ("Tamale Filling",
        "rajas|rajas con queso|queso y rajas|red pork mole|pork verde|chicken tinga|sweet corn|sweet pineapple|"
        "bittersweet chocolate|bean and cheese|bittersweet|black bean|chicken verde|pork"),
    "tk_pickup": ("Pickup Day", W1),
    "tk_husks": ("Corn Husks Left", "120|85|240|60|175|310|95|sold out||#N/A|150|45|205|130"),
    "tk_order": ("Tamale Order Ref",
        "TM-101|TM-102|TM-101|TM-115|| |TM-120|TM-102|TM-131|TM-140|TM-120|TM-152|TM-160|TM-101"),
    # bao bun stall
    "bb_buns": ("Bao Buns Sold", "30|48|36|90|20|60|12|100|8|140|52|75|24|36|115"),
    "bb_filling": ("Bao Filling",
        "pork belly|crispy pork belly|tofu|spicy tofu|braised tofu skin|spicy duck|duck belly bao|chicken katsu|"
        "spicy chicken|mushroom|char siu|belly|sweet custard|not spicy pork"),
    "bb_steam": ("Bao Steam Date", W2),
    "bb_wait": ("Bao Queue Wait (min)", "6|11|4|15|9|22|7|13|walk-up||#DIV/0!|18|5|10"),
    "bb_ticket": ("Bao Ticket No", "B17|B18|B17|B22|| |B30|B31|B30|B44|B45|B46|B22|B50"),
    # bocce club
    "bc_points": ("Bocce Frame Points", "7|11|4|2|9|13|0.5|1|3|5|8|12|15|60|6"),
    "bc_jack": ("Jack Distance (cm)", "20|45|33|27|41|12|6|8|1.5|50|80|65|92|300|19"),
    "bc_team": ("Bocce Team",
        "Rollers|Rollers Two|Holy Rollers|Jackpot|Little Jacks|Hijack Crew|Old Pals|Old Timers|Bold Ones|Gold Old|"
        "Pallino Kings|Jack|The Rollers B|Young Guns"),
    "bc_match": ("Bocce Match Date", W3),
    "bc_score": ("Season Score", "14|22|9|31|18|26|12|rained off||#VALUE!|35|7|20|16"),
    "bc_member": ("Bocce Member ID", "BC-01|BC-02|BC-03|BC-02|| |BC-05|BC-06|BC-07|BC-05|BC-09|BC-10|BC-02|BC-12"),
    # shuffleboard league
    "sb_total": ("Shuffleboard Game Total", "30|75|50|60|25|40|15|70|9|2|33|64|81|120|47|18"),
    "sb_disc": ("Disc Colour",
        "yellow|red|dark red|red stripe|black|black and red|yellow red|blue|blackened|jet black|pale yellow|green|"
        "bored|matte black"),
    "sb_night": ("Game Night", W4),
    "sb_avg": ("Weekly Average", "42|57|38|61|49|66|35|bye||#DIV/0!|52|44|70|30"),
    "sb_player": ("Player Tag", "ACE|Slider|ACE|Hammer|| |Kitchen|Slider|Puck|Lag|Hammer|Biscuit|Glide|Zed"),
    # padel club
    "pd_rally": ("Longest Rally (shots)", "20|35|50|9|27|41|63|2|14|38|55|200|18|31|46"),
    "pd_hours": ("Court Hours", "1.5|3|2|2.5|1|0.5|0.05|4|6|5|7|3.5|1.75|0.75|12"),
    "pd_pair": ("Padel Pair",
        "Bandeja Bros|Bandeja Bros B|The Bandeja Bros|Smash Sisters|Big Smash|Smashers United|Los Vibora|Los Globos|"
        "Close Net|Volley Los|Wall Ball|Chiquita|Lost Lob|Smash"),
    "pd_booking": ("Court Booking Date", W2),
    "pd_speed": ("Serve Speed (km/h)", "88|102|95|117|76|130|99|n/a||#NUM!|110|84|121|93"),
    "pd_racket": ("Racket Serial", "PX-9|PX-4|PX-9|QR-2|| |QR-7|PX-4|ZT-1|ZT-3|QR-2|ZT-8|PX-5|AB-6"),
    # racquetball ladder
    "rq_pts": ("Ladder Points", "900|1500|1000|1250|800|1100|600|1400|95|5000|1320|1180|700|450|1010|2400"),
    "rq_grip": ("Racquet Grip",
        "tacky wrap|dry wrap|tacky|leather|worn wrap|worn leather|overwrap|wrap tape|new dry|towel wrap|unworn tacky|"
        "cushion wrap|foam|wrapped foam"),
    "rq_date": ("Challenge Date", W1),
    "rq_kills": ("Kill Shots", "12|7|19|4|15|23|9|forfeit||#N/A|11|16|28|6"),
    "rq_code": ("Racquetball Player Code", "RQ7|RQ3|RQ7|RQ9|| |RQ12|RQ3|RQ15|RQ18|RQ21|RQ24|RQ9|RQ27"),
    # lumberjack show
    "lj_chop": ("Chop Time (s)", "30|45|18|12|22|38|51|2.5|9|25|300|60|19|33|41"),
    "lj_log": ("Log Diameter (in)", "10|16|12|14|11.5|8|1.5|6|3|18|24|20|26|200|15"),
    "lj_event": ("Lumberjack Event",
        "Springboard|Springboard Relay|Double Springboard|Hot Saw|Hot Saw Open|Single Buck Saw|Jack and Jill Sawing|"
        "Underhand Chop|Standing Block|Shot Hot|Log Roll|Axe Throw|Hotshot Climb|Tree Climb"),
    "lj_show": ("Show Date", W4),
    "lj_height": ("Climb Height (ft)", "60|75|48|90|66|82|55|scratched||#REF!|70|58|95|63"),
    "lj_axe": ("Axe Number", "AX-1|AX-2|AX-1|AX-4|| |AX-6|AX-7|AX-2|AX-9|AX-10|AX-11|AX-12|AX-6"),
    # highland games
    "hg_caber": ("Caber Length (ft)", "17|19|18|20|16|15|21|1.6|2|14|22|25|170|19.5|18.5"),
    "hg_clan": ("Clan",
        "MacLeod|MacDonald|Robertson|Anderson|Stewart|Clan Gordon|Clan Hay|Son of Clan|Davidson Mac|Fraser|"
        "Masonry Hall|Campbell|Clan Macrae|Grant"),
    "hg_day": ("Games Day", W3),
    "hg_throw": ("Stone Throw (m)", "11.2|13.5|9.8|14.1|12.4|15.6|10.3|foul||#N/A|12.9|8.7|16.2|11.8"),
    "hg_bib": ("Athlete Bib", "101|102|101|104|| |106|107|108|102|110|111|112|106"),
    # slot car club
    "sc_laps": ("Laps Completed", "50|72|90|18|64|81|95|3|40|70|600|110|55|88|7"),
    "sc_lap": ("Best Lap (s)", "4.2|5|4.5|4.8|3.8|3.1|0.4|6|7.5|6.6|8.1|52|4.1|5.6|2.9"),
    "sc_car": ("Car Model",
        "GT40|GT40 Mk II|Ford GT40|Porsche 917|Classic Porsche 956|Scalextric Porsche|Ford Escort|Ford Capri|"
        "Bradford Special|Old Ford|Mini Cooper|Lotus 49|Ferrari 312|Porsche"),
    "sc_race": ("Race Night", W1),
    "sc_volt": ("Controller Volts", "12.1|11.8|13.4|12.6|10.9|14.2|11.5|off||#DIV/0!|12.9|13.8|11.1|12.3"),
    "sc_chassis": ("Chassis Code", "SC-A1|SC-B2|SC-A1|SC-C3|| |SC-D4|SC-B2|SC-E5|SC-F6|SC-G7|SC-A1|SC-H8|SC-J9"),
    # zorbing park
    "zb_rides": ("Zorb Rides per Day", "45|60|52|80|30|70|20|95|6|2|38|64|88|850|110|33"),
    "zb_hill": ("Hill Run",
        "steep drop|steep loop|gentle loop|long loop|loop de loop run|zigzag|Zigzag Loop|The Zigzag|kids loop|"
        "straight|Steepside|bunny slope|loop|water run"),
    "zb_slot": ("Zorb Slot Date", W2),
    "zb_speed": ("Zorb Top Speed (mph)", "18|22|15|27|20|31|17|dnf||#VALUE!|24|13|29|19"),
    "zb_ball": ("Zorb Ball ID", "Z1|Z2|Z1|Z4|| |Z6|Z7|Z2|Z9|Z10|Z11|Z12|Z4"),
    # spearfishing club
    "sf_catch": ("Catch Weight (kg)", "3|8|1.5|0.9|2.2|5.4|12|0.2|0.6|7|40|9.5|1.1|4|2.8"),
    "sf_depth": ("Spearfishing Dive Depth (m)", "8|14|10|12.5|9|6|0.5|4|2|20|25|22|30|140|15"),
    "sf_species": ("Fish Species",
        "Snapper|Red Snapper|Snapper Jr|Sea Bass|Bass Rock|Striped Bass Large|Bluefish|Blue Runner|True Blue|"
        "Kingfish|Calabass|Grouper|Blueline Tile|Mullet"),
    "sf_trip": ("Spearfishing Trip Date", W3),
    "sf_vis": ("Water Visibility (m)", "8|12|5|15|10|18|7|murky||#N/A|11|6|20|9"),
    "sf_tag": ("Speargun Tag", "SG-11|SG-12|SG-11|SG-14|| |SG-16|SG-17|SG-12|SG-19|SG-20|SG-21|SG-22|SG-23"),
    # freediving club
    "fd_hold": ("Static Hold (s)", "120|300|240|270|150|210|90|330|15|45|180|250|360|2800|195|100"),
    "fd_discipline": ("Freediving Discipline",
        "Constant Weight with fins|Constant weight no fins|Free Immersion|Freefall|Dynamic with fins|Static table|"
        "CO2 table|O2 table talk|tablet drill|Variable Weight|No Limits|Finswimming|Carefree dive|Table"),
    "fd_session": ("Pool Session", W4),
    "fd_depth": ("Max Depth (m)", "32|41|27|55|38|62|30|no dive||#VALUE!|45|24|70|36"),
    "fd_buddy": ("Buddy Code", "FD1|FD2|FD3|FD2|| |FD5|FD6|FD7|FD8|FD5|FD10|FD11|FD12"),
    # jousting troupe
    "jt_hits": ("Lance Hits", "12|20|6|3|9|15|24|0.8|2|18|150|30|5|11|7"),
    "jt_speed": ("Charge Speed (km/h)", "30|38|33|35.5|29|22|2|18|25|45|50|47|52|400|41"),
    "jt_horse": ("Horse Name",
        "Thunder|Thunder Two|Old Thunder|Starlight|Morning Star|Mustard|Sir Galahad|Sir Roan|Elsir Bay|Lady Sir|"
        "Bramble|Stardust Lady|Duchess|Ember"),
    "jt_tourney": ("Tourney Date", W1),
    "jt_crowd": ("Crowd Score", "7.5|8.2|6.9|9.1|7.8|9.6|6.4|rain||#DIV/0!|8.8|7.1|9.4|8.0"),
    "jt_shield": ("Shield Mark", "Lion|Eagle|Lion|Boar|| |Stag|Eagle|Wolf|Bear|Hawk|Swan|Lion|Raven"),
    # cat show
    "cs_weight": ("Cat Weight (kg)", "3.5|5|4.5|6|3|5.5|2.8|7|0.4|1.2|4|5.8|6.6|40|3.9|8.5"),
    "cs_breed": ("Cat Breed",
        "Maine Coon|Coon Mix|Raccoon Tabby|Devon Rex|Cornish Rex|Rexford Tabby|British Shorthair|Oriental Longhair|"
        "Siamese|Bengal|Persian|Ragdoll|Maine Coon Cross|Sphynx"),
    "cs_judging": ("Judging Date", W2),
    "cs_points": ("Judge Points", "85|92|78|96|88|99|81|withdrawn||#N/A|90|74|94|83"),
    "cs_cage": ("Cage Number", "C1|C2|C3|C2|| |C5|C6|C5|C8|C9|C10|C11|C12"),
    # microlight club
    "ml_alt": ("Altitude (ft)", "2000|3500|1200|800|1600|2700|4100|150|500|3000|25000|5200|1900|2400|900"),
    "ml_fuel": ("Fuel Burn (l/h)", "12|18|14|15.5|16|11|1.5|9|7|20|24|22|27|180|10"),
    "ml_field": ("Airfield",
        "Popham|Popham West|Old Popham|Sandfield|Redfield Farm|Field Lane|Northrepps|North Moor|Enstone North|"
        "Wingnorth Strip|Sywell|Fieldhouse|Long Marston|Eshott"),
    "ml_flight": ("Microlight Flight Date", W3),
    "ml_wind": ("Crosswind (kt)", "6|9|4|12|8|14|5|calm||#REF!|10|3|11|7"),
    "ml_reg": ("Aircraft Reg",
        "G-MWAB|G-MYCD|G-MWAB|G-CEFG|| |G-MZHI|G-MYCD|G-CJKL|G-MNOP|G-CQRS|G-MTUV|G-MWAB|G-CWXY"),
    # scarecrow festival
    "sw_votes": ("Public Votes", "40|125|100|150|60|110|25|180|3|12|85|140|210|1600|95|48"),
    "sw_theme": ("Scarecrow Theme",
        "Pirate Pete|Space Pirate|Old Farmer|Farmer Giles|Happy farmer|Mr Straw|Miss Turnip|Mr Bean|Drummer Mr|"
        "Farmers Market|Scary Mary|Mermaid|The Farmer|Scarecrow King"),
    "sw_build": ("Scarecrow Build Date", W4),
    "sw_height": ("Scarecrow Height (cm)", "150|172|138|190|160|205|145|fell over||#VALUE!|180|128|198|166"),
    "sw_entry": ("Scarecrow Entry Code", "SC01|SC02|SC03|SC02|| |SC05|SC06|SC07|SC08|SC05|SC10|SC11|SC12"),
    # maypole dancers
    "mp_turns": ("Turns Danced", "16|24|10|4|12|19|30|0.5|2|22|160|40|9|14|1.5"),
    "mp_ribbon": ("Ribbon Length (m)", "4|6.5|5|5.5|6|3.5|0.3|2.5|1|8|9|8.5|10|65|7"),
    "mp_figure": ("Dance Figure",
        "Grand Chain|Grand Chain Reverse|Half Grand Chain|Plait|Double Plait|Plaited Ribbon|Ribbon Plait|Web|Cobweb|"
        "Spider Web|Cross Twist|Twist|Barber Pole|Twist Plaited Back"),
    "mp_fair": ("May Fair Date", W1),
    "mp_crowd": ("Maypole Crowd Count", "120|340|95|410|260|530|180|cancelled||#N/A|300|75|460|220"),
    "mp_dancer": ("Dancer No", "D-1|D-2|D-3|D-2|| |D-5|D-6|D-1|D-8|D-9|D-10|D-11|D-1"),
    # broomball league
    "br_shots": ("Shots on Goal", "12|25|18|30|15|22|8|35|1|4|20|27|33|300|40|10"),
    "br_team": ("Broomball Team",
        "Ice Breakers|Thin Ice|Net Ninjas|Brooms|Flying Brooms|Brooms United|Hot Brooms|Sliders|Sliders B|"
        "The Sliders|Slush Puppies|Puck Hunters|Broomstickers|Polar Bears"),
    "br_game": ("Broomball Game Date", W2),
    "br_saves": ("Goalie Saves", "21|34|18|40|27|45|24|forfeit||#DIV/0!|31|15|38|29"),
    "br_jersey": ("Jersey No", "7|12|7|22|| |31|12|44|9|18|27|3|66"),
    # kendo club
    "kd_bouts": ("Bouts Won", "9|14|20|3|11|17|25|0.5|1|6|90|200|13|8|22"),
    "kd_shinai": ("Shinai Weight (g)", "480|510|495|500|470|440|45|420|5000|520|540|530|560|505|300"),
    "kd_grade": ("Kendo Grade",
        "1st Dan|1st Dan pending|Provisional 1st Dan|2nd Dan|3rd Kyu|1st Kyu|Kyu pending|Mukyu|Renshi 6th Dan|Renshi|"
        "Kyoshi Renshi|Hanshi|4th Dan|Beginner"),
    "kd_grading": ("Grading Date", W3),
    "kd_strikes": ("Strikes per Minute", "22|31|18|36|27|40|24|injured||#NUM!|33|15|38|29"),
    "kd_bogu": ("Bogu Set", "BG-10|BG-11|BG-10|BG-13|| |BG-15|BG-16|BG-11|BG-18|BG-19|BG-20|BG-21|BG-22"),
    # muay thai gym
    "mt_rounds": ("Pad Rounds", "6|12|10|15|8|14|4|18|0.5|2|9|13|16|150|25|5"),
    "mt_class": ("Muay Thai Class",
        "Kids Muay Thai|Kids Sparring|Light sparring|Technical sparring|Sparring Drills|Open Mat|Open Sparring|"
        "Reopen Pads|Clinch Open|Pad Work|Fitness|Beginners|Fight Team|Sparring"),
    "mt_fight": ("Fight Date", W4),
    "mt_weight": ("Weigh-in (kg)", "61.2|66.8|57.5|70.1|63.4|72.6|59.9|no show||#N/A|68.3|55.0|71.4|64.7"),
    "mt_card": ("Member Card", "MT100|MT101|MT100|MT103|| |MT105|MT106|MT107|MT101|MT109|MT110|MT111|MT112"),
}

# request | reference rule (canonical) | column key | style [| tag ...]; "#" lines name the domain.
ENTRIES = _joined("""
# tamale kitchen
SELECT * FROM steam_log WHERE dozens_steamed > 40 -- highlight those rows | GreaterThan(40) | tk_dozens | sql
Given the Dozens Steamed column, When a batch is 25 dozen or more, Then fill it green | GreaterThanEqual(25) | tk_dozens
    | gherkin | boundary | column-word
hi-light the batches that are n0t rnore than 60 d0zen | NOT(GreaterThan(60)) | tk_dozens | ocr | negation
When the masa is more than five kilos but under nine, / colour the cell, that batch is fine
    | AND(GreaterThan(5), LessThan(9)) | tk_masa | verse | compound | number-words
SELECT * FROM masa_log WHERE kg < 3.5 -- running low, mark these | LessThan(3.5) | tk_masa | sql
Scenario: big masa days. Given Masa Used (kg), When the value is between 10 and 15 inclusive, Then highlight it
    | Between(10, 15) | tk_masa | gherkin | range | boundary
fi11ings that are exact1y "rajas" and n0thing e1se, shade thern | TextEquals("rajas") | tk_filling | ocr | quoted
If the filling has pork anywhere inside, / shade it in pink, there's nothing to hide | TextContains("pork") | tk_filling
    | verse
SELECT * FROM tamales WHERE filling LIKE 'sweet%' -- colour these | TextStartsWith("sweet") | tk_filling | sql | quoted
Given the Pickup Day column, When a pickup is today, Then mark it orange | Today() | tk_pickup | gherkin | date
    | column-word
pickups frorn yesterday - high1ight thern | Yesterday() | tk_pickup | ocr | date
Pickups tomorrow, give them a glow, / so the steamer knows what's coming, you know | Tomorrow() | tk_pickup | verse
    | date
SELECT * FROM pickups WHERE pickup_day BETWEEN CURRENT_DATE - 6 AND CURRENT_DATE -- flag them | Last7Days() | tk_pickup
    | sql | date
Scenario: last week's pickups / Given Pickup Day / When the date falls in last week, Sunday to Saturday / Then colour it
    | LastWeek() | tk_pickup | gherkin | date
co1our sca1e on the Corn Husks Left co1umn p1ease | ColorScale() | tk_husks | ocr | visual | column-word
Put bars in the husk cells, long ones for many, short ones for few, / data bars only, that's all I ask of you
    | DataBar() | tk_husks | verse | visual
SELECT TOP 3 * FROM husks ORDER BY husks_left DESC -- highlight those three | Top(3) | tk_husks | sql | superlative
Given Corn Husks Left, When a count is in the bottom 20 percent, Then shade it amber | BottomPercent(20) | tk_husks
    | gherkin | superlative
husk c0unts ab0ve the average, rnake thern b0ld | AboveAverage() | tk_husks | ocr
If a husk cell shows an error like #N/A, / paint it bright red so it won't get away | Errors() | tk_husks | verse
SELECT order_ref FROM orders GROUP BY order_ref HAVING COUNT(*) > 1 -- highlight every copy | Duplicates() | tk_order
    | sql
Scenario: missing refs. Given the Tamale Order Ref column, When a cell is blank, Then flag it | Blanks() | tk_order
    | gherkin | column-word
# bao bun stall
bun c0unts 0f 30 or fewer - rnark thern | LessThanEqual(30) | bb_buns | ocr | boundary
Where the buns sold are exactly forty-eight, / give them a colour, that number is great | Equals(48) | bb_buns | verse
    | number-words
SELECT * FROM bao_sales WHERE buns_sold <> 36 -- highlight | NotEquals(36) | bb_buns | sql | negation
Given the Bao Buns Sold column, When more than 90 buns went, Then make it bold green | GreaterThan(90) | bb_buns
    | gherkin | column-word
sa1es out-side 20 t0 60 buns (be1ow 20 or ab0ve 60) high- light | NotBetween(20, 60) | bb_buns | ocr | range
Fewer than twelve, or more than a hundred, / colour the days when the bun count wandered
    | OR(LessThan(12), GreaterThan(100)) | bb_buns | verse | compound | number-words
SELECT * FROM bao WHERE filling NOT LIKE '%tofu%' -- shade these | TextNotContains("tofu") | bb_filling | sql | negation
    | quoted
Scenario: belly buns / Given Bao Filling / When the filling ends with "belly" / Then tint it | TextEndsWith("belly")
    | bb_filling | gherkin | quoted
fi11ings that d0n't start with spicy, co1our th0se | NOT(TextStartsWith("spicy")) | bb_filling | ocr | negation
Steam dates falling this week, Sunday to Sat, / highlight them all, and that is that | ThisWeek() | bb_steam | verse
    | date
SELECT * FROM steaming WHERE YEARWEEK(steam_date) = YEARWEEK(CURDATE()) + 1 -- next week's, colour them | NextWeek()
    | bb_steam | sql | date
Given the Bao Steam Date column, When the date is in last month, Then shade it grey | LastMonth() | bb_steam | gherkin
    | date | column-word
stearn dates in this rnonth - high1ight | ThisMonth() | bb_steam | ocr | date
Dates in next month, July through its end, / colour them blue, my steaming friend | NextMonth() | bb_steam | verse
    | date
SELECT wait_min FROM queue; -- show it with an icon set (arrows) | IconSet() | bb_wait | sql | visual
Given the queue waits, When a wait is one of the 2 shortest, Then highlight it | Bottom(2) | bb_wait | gherkin
    | superlative
t0p 25% 0f the waits, shade thern | TopPercent(25) | bb_wait | ocr | superlative | number-format
Waits that are shorter than the average wait, / tint them light green, the queue's doing great | BelowAverage()
    | bb_wait | verse
SELECT * FROM queue WHERE NOT ISERROR(wait_min) -- highlight every cell that isn't an error | NotErrors() | bb_wait
    | sql | polarity | negation
Scenario: one-off tickets / Given Bao Ticket No / When a ticket number appears only once / Then colour it | Unique()
    | bb_ticket | gherkin
tickets that are n0t b1ank, flag thern | NotBlanks() | bb_ticket | ocr | polarity
# bocce club
Frames worth more than seven points, I say, / colour them gold at the end of play | GreaterThan(7) | bc_points | verse
    | number-words
select * from frames where frame_points >= 11 -- highlight these | GreaterThanEqual(11) | bc_points | sql | boundary
Given Bocce Frame Points, When a frame is not below 4, Then shade it | NOT(LessThan(4)) | bc_points | gherkin | negation
jack distances 0f at 1east 20 crn and at rn0st 45 crn, high1ight | AND(GreaterThanEqual(20), LessThanEqual(45))
    | bc_jack | ocr | compound | boundary
When the jack's less than 8 cm away, / colour it green, a beautiful play | LessThan(8) | bc_jack | verse
SELECT * FROM ends WHERE jack_cm BETWEEN 50 AND 80 -- mark them | Between(50, 80) | bc_jack | sql | range
Scenario: the Rollers / Given the Bocce Team column / When the team is "Rollers" exactly / Then highlight it
    | TextEquals("Rollers") | bc_team | gherkin | quoted | column-word
tearn narnes with jack in thern anywhere - co1our | TextContains("jack") | bc_team | ocr
Teams whose names begin with Old, / colour them grey, as I was told | TextStartsWith("Old") | bc_team | verse
SELECT * FROM matches WHERE match_date = CURRENT_DATE -- highlight today's | Today() | bc_match | sql | date
Given Bocce Match Date, When the match was yesterday, Then shade it blue | Yesterday() | bc_match | gherkin | date
rnatches tornorrow, rnark thern | Tomorrow() | bc_match | ocr | date
Matches played in the last seven days, today counted in, / light them up yellow, whoever did win | Last7Days()
    | bc_match | verse | date
SELECT * FROM matches WHERE YEARWEEK(match_date) = YEARWEEK(CURDATE()) - 1 -- last week, Sunday-start weeks | LastWeek()
    | bc_match | sql | date
Scenario: score heat / Given Season Score / Then apply a colour scale from low to high | ColorScale() | bc_score
    | gherkin | visual
data bars 0n Seas0n Sc0re | DataBar() | bc_score | ocr | visual
The four highest scores of the season so far, / give each one of them a gold star | Top(4) | bc_score | verse
    | superlative | number-words
SELECT TOP 10 PERCENT * FROM standings ORDER BY season_score ASC -- colour those rows | BottomPercent(10) | bc_score
    | sql | superlative
Given the Season Score column, When a score beats the column average, Then make it green | AboveAverage() | bc_score
    | gherkin | column-word
err0r ce11s in Seas0n Sc0re (#VALUE! and the 1ike) - red | Errors() | bc_score | ocr
Member IDs that show up more than once, / flag every copy, the whole bunch | Duplicates() | bc_member | verse
SELECT * FROM members WHERE member_id IS NULL OR TRIM(member_id) = '' -- highlight | Blanks() | bc_member | sql
# shuffleboard league
garne t0tals 0f 30 0r 1ess, shade | LessThanEqual(30) | sb_total | ocr | boundary
A game total of seventy-five, no more, no less, / deserves a gold fill, I confess | Equals(75) | sb_total | verse
    | number-words
SELECT * FROM games WHERE game_total != 50 -- highlight | NotEquals(50) | sb_total | sql | negation
Given Shuffleboard Game Total, When a total exceeds 60, Then colour it green | GreaterThan(60) | sb_total | gherkin
t0tals n0t between 25 and 40 (b0th inc1usive), high- light | NotBetween(25, 40) | sb_total | ocr | range | negation
Below fifteen or above seventy, / colour the totals, plain as can be | OR(LessThan(15), GreaterThan(70)) | sb_total
    | verse | compound | number-words
SELECT * FROM discs WHERE disc_colour NOT LIKE '%yellow%' | TextNotContains("yellow") | sb_disc | sql | negation
    | quoted
Scenario: red finishes / Given Disc Colour / When the colour text ends in red / Then mark it | TextEndsWith("red")
    | sb_disc | gherkin
disc co1ours that aren't exact1y 'b1ack' - shade | NOT(TextEquals("black")) | sb_disc | ocr | negation | quoted
Game nights this week, from Sunday to Saturday's close, / colour them purple, as everyone knows | ThisWeek() | sb_night
    | verse | date
SELECT * FROM fixtures WHERE YEARWEEK(game_night) = YEARWEEK(CURDATE() + INTERVAL 7 DAY) -- next week's nights
    | NextWeek() | sb_night | sql | date
Given Game Night, When the night was in the previous calendar month, Then grey it out | LastMonth() | sb_night | gherkin
    | date
game nights in the current rn0nth, high1ight | ThisMonth() | sb_night | ocr | date
Nights that fall in the month after this, / colour them teal so none we miss | NextMonth() | sb_night | verse | date
SELECT weekly_average FROM league; -- add an icon set (traffic lights) to this column | IconSet() | sb_avg | sql
    | visual | column-word
Given Weekly Average, When an average is among the 3 lowest, Then tint it orange | Bottom(3) | sb_avg | gherkin
    | superlative
t0p 10 percent 0f week1y averages - b0ld | TopPercent(10) | sb_avg | ocr | superlative
Averages under the mean of them all, / shade them in blue, the ones that fall | BelowAverage() | sb_avg | verse
SELECT * FROM league WHERE NOT ISERROR(weekly_average) -- colour the non-error cells | NotErrors() | sb_avg | sql
    | polarity | negation
Scenario: one-time players / Given Player Tag / When a tag occurs once in the column / Then highlight it | Unique()
    | sb_player | gherkin | column-word
p1ayer tags that have s0mething in thern - high1ight | NotBlanks() | sb_player | ocr | polarity
# padel club
When a rally goes over twenty shots long, / colour it green and sing a song | GreaterThan(20) | pd_rally | verse
    | number-words
SELECT * FROM rallies WHERE longest_rally >= 35 -- highlight | GreaterThanEqual(35) | pd_rally | sql | boundary
Given Longest Rally, When a rally is NOT 50 shots or more, Then shade it | NOT(GreaterThanEqual(50)) | pd_rally
    | gherkin | negation
c0urt h0urs ab0ve 1.5 and at rn0st 3 - rnark | AND(GreaterThan(1.5), LessThanEqual(3)) | pd_hours | ocr | compound
    | boundary
Bookings shorter than one hour in all, / colour them pink along the wall | LessThan(1) | pd_hours | verse | number-words
SELECT * FROM courts WHERE court_hours BETWEEN 4 AND 6; -- highlight | Between(4, 6) | pd_hours | sql | range
Given Padel Pair, When the pair is called "Bandeja Bros", Then highlight it | TextEquals("Bandeja Bros") | pd_pair
    | gherkin | quoted
pair narnes c0ntaining srnash - c0l0ur | TextContains("smash") | pd_pair | ocr
Pairs whose names start with Los, / shade them in blue, says the boss | TextStartsWith("Los") | pd_pair | verse
SELECT * FROM bookings WHERE booking_date = CURDATE() -- today | Today() | pd_booking | sql | date
Scenario: yesterday's bookings / Given Court Booking Date / When the booking was the day before today / Then mark it
    | Yesterday() | pd_booking | gherkin | date
b00kings f0r t0rn0rr0w - high1ight | Tomorrow() | pd_booking | ocr | date
Bookings dated in the past seven days, today as well, / colour them red so the coach can tell | Last7Days() | pd_booking
    | verse | date
SELECT * FROM bookings WHERE WEEK(booking_date) = WEEK(CURDATE()) - 1 -- last week, weeks starting Sunday | LastWeek()
    | pd_booking | sql | date
Given Serve Speed (km/h), Then apply a three-colour scale | ColorScale() | pd_speed | gherkin | visual
data bars f0r serve speeds p1s | DataBar() | pd_speed | ocr | visual
The two fastest serves of the lot, / paint them red, they're really hot | Top(2) | pd_speed | verse | superlative
    | number-words
SELECT TOP 30 PERCENT * FROM serves ORDER BY speed_kmh ASC -- highlight | BottomPercent(30) | pd_speed | sql
    | superlative
Given Serve Speed (km/h), When a speed is above the average speed, Then make it bold | AboveAverage() | pd_speed
    | gherkin
serve speed ce11s sh0wing an err0r (#NUM! etc) - red fi11 | Errors() | pd_speed | ocr
Racket serials typed in twice or more, / flag every one, that's what it's for | Duplicates() | pd_racket | verse
SELECT * FROM rackets WHERE COALESCE(TRIM(racket_serial), '') = '' -- highlight the empty ones | Blanks() | pd_racket
    | sql
# racquetball ladder
Given Ladder Points, When a player has 900 points or fewer, Then shade them grey | LessThanEqual(900) | rq_pts | gherkin
    | boundary
p1ayers 0n exact1y 1,5OO p0ints - g0ld | Equals(1500) | rq_pts | ocr | number-format
Points that are anything but one thousand flat, / colour them in, and leave it at that | NotEquals(1000) | rq_pts
    | verse | negation | number-words
SELECT name FROM ladder WHERE ladder_points > 1250 -- hilight | GreaterThan(1250) | rq_pts | sql | typo
Given Ladder Points, When points fall outside 800 to 1,100 (both ends count as inside), Then flag them
    | NotBetween(800, 1100) | rq_pts | gherkin | range | number-format
p0ints under 6OO 0r 0ver 1,4OO - rnark | OR(LessThan(600), GreaterThan(1400)) | rq_pts | ocr | compound | number-format
Grips that don't mention tacky at all, / colour them orange, big and small | TextNotContains("tacky") | rq_grip | verse
    | negation
SELECT * FROM grips WHERE grip LIKE '%wrap' -- shade | TextEndsWith("wrap") | rq_grip | sql | quoted
Scenario: fresh grips / Given Racquet Grip / When the grip text does not contain worn / Then colour it
    | NOT(TextContains("worn")) | rq_grip | gherkin | negation
cha11enges this week (Sun-Sat) - high1ight | ThisWeek() | rq_date | ocr | date
Challenges booked for next week's run, / Sunday to Saturday, shade every one | NextWeek() | rq_date | verse | date
SELECT * FROM challenges WHERE DATE_FORMAT(challenge_date, '%Y-%m') = DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m')
    | LastMonth() | rq_date | sql | date
Given Challenge Date, When the challenge is in this calendar month, Then mark it | ThisMonth() | rq_date | gherkin
    | date
cha11enges next rn0nth - b1ue | NextMonth() | rq_date | ocr | date
Kill shots shown with icons, arrows or flags, / an icon set please, no fills and no tags | IconSet() | rq_kills | verse
    | visual
SELECT * FROM stats ORDER BY kill_shots ASC LIMIT 2 -- shade the two lowest | Bottom(2) | rq_kills | sql | superlative
Given Kill Shots, When a value is in the top 20%, Then highlight it | TopPercent(20) | rq_kills | gherkin | superlative
    | number-format
ki11 sh0ts be1ow average - ye11ow | BelowAverage() | rq_kills | ocr
Every kill-shot cell that isn't an error, / shade it in green, no need for terror | NotErrors() | rq_kills | verse
    | polarity | negation
SELECT player_code FROM roster GROUP BY player_code HAVING COUNT(*) = 1 -- highlight these | Unique() | rq_code | sql
Scenario: filled codes / Given Racquetball Player Code / When the cell is not empty / Then colour it | NotBlanks()
    | rq_code | gherkin | polarity
# lumberjack show
SELECT * FROM chops WHERE chop_time_s > 30 -- slow ones, highlight | GreaterThan(30) | lj_chop | sql
GIVEN THE CHOP TIME COLUMN, WHEN A TIME IS 45 SECONDS OR MORE, THEN FILL IT RED | GreaterThanEqual(45) | lj_chop
    | gherkin | odd-case | boundary | column-word
ch0p tirnes that are n0t 18 sec0nds 0r 1ess - rnark | NOT(LessThanEqual(18)) | lj_chop | ocr | negation
Logs wider than ten but under sixteen inch, / colour them brown, it's really a cinch
    | AND(GreaterThan(10), LessThan(16)) | lj_log | verse | compound | number-words
SELECT * FROM logs WHERE diameter_in < 6 -- too thin, flag | LessThan(6) | lj_log | sql
Given Log Diameter (in), When the diameter is from 18 to 24 inches inclusive, Then shade it | Between(18, 24) | lj_log
    | gherkin | range | boundary
events that are just "Springb0ard" - n0t the re1ay 0r the d0ub1e - high1ight | TextEquals("Springboard") | lj_event
    | ocr | quoted
Events with saw somewhere in the name, / colour them orange, each one the same | TextContains("saw") | lj_event | verse
SELECT * FROM events WHERE event_name LIKE 'Hot%' | TextStartsWith("Hot") | lj_event | sql | quoted
Scenario: shows today / Given Show Date / When the show date is today / Then make it bold | Today() | lj_show | gherkin
    | date
sh0ws that were yesterday - grey | Yesterday() | lj_show | ocr | date
The shows that are set for tomorrow's date, / colour them red so no one is late | Tomorrow() | lj_show | verse | date
SELECT * FROM shows WHERE show_date > CURRENT_DATE - 7 AND show_date <= CURRENT_DATE | Last7Days() | lj_show | sql
    | date
Given Show Date, When the show was during last week (the Sunday-to-Saturday before this one), Then tint it | LastWeek()
    | lj_show | gherkin | date
c0l0r sca1e f0r c1irnb heights | ColorScale() | lj_height | ocr | visual
Climb heights drawn as bars in each cell, / data bars please, that will do well | DataBar() | lj_height | verse | visual
SELECT * FROM climbs ORDER BY climb_height_ft DESC LIMIT 3 -- the three highest, highlight | Top(3) | lj_height | sql
    | superlative
Given Climb Height (ft), When the height is in the lowest 25 percent, Then shade it | BottomPercent(25) | lj_height
    | gherkin | superlative
heights higher than the average 0f the c0lumn - green | AboveAverage() | lj_height | ocr | column-word
Height cells broken with #REF! or such, / colour them red, it won't cost much | Errors() | lj_height | verse
SELECT axe_no, COUNT(*) FROM axes GROUP BY axe_no HAVING COUNT(*) >= 2 -- highlight the repeats | Duplicates() | lj_axe
    | sql
Scenario: missing axe numbers / Given Axe Number / When the cell is empty or only spaces / Then flag it | Blanks()
    | lj_axe | gherkin
# highland games
cabers 17 ft 0r sh0rter, rnark | LessThanEqual(17) | hg_caber | ocr | boundary
A caber of nineteen feet, exactly that length, / colour it blue for the thrower's strength | Equals(19) | hg_caber
    | verse | number-words
SELECT * FROM cabers WHERE caber_length_ft <> 18 -- highlight | NotEquals(18) | hg_caber | sql | negation
Given Caber Length (ft), When the caber is longer than 20 feet, Then flag it red | GreaterThan(20) | hg_caber | gherkin
caber 1engths n0t in 16-19 ft (16 and 19 c0unt as inside), high1ight | NotBetween(16, 19) | hg_caber | ocr | range
    | negation
Under fifteen feet or over twenty-one, / shade those cabers when the judging is done | OR(LessThan(15), GreaterThan(21))
    | hg_caber | verse | compound | number-words
SELECT * FROM athletes WHERE clan NOT LIKE '%Mac%' -- colour | TextNotContains("Mac") | hg_clan | sql | negation
    | quoted
Given the Clan column, When the clan ends with "son", Then highlight it | TextEndsWith("son") | hg_clan | gherkin
    | quoted | column-word
c1ans n0t starting with the w0rd Clan - shade | NOT(TextStartsWith("Clan")) | hg_clan | ocr | negation
Games days that land in this week's span, / Sunday to Saturday, mark all you can | ThisWeek() | hg_day | verse | date
SELECT * FROM games WHERE WEEK(games_day) = WEEK(CURDATE()) + 1 -- next week, weeks from Sunday | NextWeek() | hg_day
    | sql | date
Scenario: last month's games / Given Games Day / When the day fell in last month / Then grey it | LastMonth() | hg_day
    | gherkin | date
games days in this m0nth, high1ight | ThisMonth() | hg_day | ocr | date
Games set for next month, the whole month through, / colour them gold, there's plenty to do | NextMonth() | hg_day
    | verse | date
SELECT stone_throw_m FROM results; -- with an icon set (3 arrows) | IconSet() | hg_throw | sql | visual
Given Stone Throw (m), When a throw is one of the 2 shortest, Then shade it | Bottom(2) | hg_throw | gherkin
    | superlative
t0p 30% 0f st0ne thr0ws - g0ld | TopPercent(30) | hg_throw | ocr | superlative | number-format
Throws that fall short of the average throw, / colour them pale so the judges know | BelowAverage() | hg_throw | verse
SELECT * FROM results WHERE ISERROR(stone_throw_m) = FALSE -- colour those | NotErrors() | hg_throw | sql | polarity
Given Athlete Bib, When a bib number appears exactly once, Then highlight it | Unique() | hg_bib | gherkin
bibs that aren't ernpty - rnark thern | NotBlanks() | hg_bib | ocr | polarity
# slot car club
SELECT driver FROM heats WHERE laps_completed > 50 -- highlight | GreaterThan(50) | sc_laps | sql
Given Laps Completed, When a driver did at least 72 laps, Then make it green | GreaterThanEqual(72) | sc_laps | gherkin
    | boundary
1aps n0t 0ver 9O - shade thern | NOT(GreaterThan(90)) | sc_laps | ocr | negation
Best laps of four point two or more, but under five, / colour them green, the car's alive
    | AND(GreaterThanEqual(4.2), LessThan(5)) | sc_lap | verse | compound | number-words | boundary
SELECT * FROM laps WHERE best_lap_s < 3.8 -- record pace, flag | LessThan(3.8) | sc_lap | sql
Scenario: slow laps / Given Best Lap (s) / When the lap is between 6 and 7.5 seconds inclusive / Then tint it
    | Between(6, 7.5) | sc_lap | gherkin | range
rn0de1s that are exact1y "GT40" - n0thing e1se | TextEquals("GT40") | sc_car | ocr | quoted
Cars with Porsche anywhere in the name, / paint them silver, all the same | TextContains("Porsche") | sc_car | verse
SELECT * FROM garage WHERE car_model LIKE 'Ford%' -- higlight | TextStartsWith("Ford") | sc_car | sql | quoted | typo
Given Race Night, When the race night is today, Then bold it | Today() | sc_race | gherkin | date
race nights dated yesterday - c0l0ur | Yesterday() | sc_race | ocr | date
Race nights that fall on tomorrow's date, / make them bright orange, mark them straight | Tomorrow() | sc_race | verse
    | date
SELECT * FROM races WHERE race_night BETWEEN DATE('now', '-6 days') AND DATE('now') -- flag | Last7Days() | sc_race
    | sql | date
Scenario: last week / Given Race Night / When the night was in last week, Sunday to Saturday / Then mark it | LastWeek()
    | sc_race | gherkin | date
c0lour sca1e 0n C0ntr0ller V0lts | ColorScale() | sc_volt | ocr | visual
Show the controller volts as data bars inside, / longer for higher, the bars stretch wide | DataBar() | sc_volt | verse
    | visual
SELECT TOP 5 * FROM controllers ORDER BY volts DESC -- highlight | Top(5) | sc_volt | sql | superlative
Given Controller Volts, When a reading is in the bottom 20%, Then shade it | BottomPercent(20) | sc_volt | gherkin
    | superlative | number-format
v0lts ab0ve average - rnark | AboveAverage() | sc_volt | ocr
Where a volt cell shows an error instead, / like #DIV/0!, paint it red | Errors() | sc_volt | verse
SELECT chassis_code FROM cars GROUP BY chassis_code HAVING COUNT(chassis_code) > 1 -- highlight | Duplicates()
    | sc_chassis | sql
Given Chassis Code, When the code is blank, Then fill it yellow | Blanks() | sc_chassis | gherkin
# zorbing park
Given Zorb Rides per Day, When there were 45 rides or fewer, Then shade it | LessThanEqual(45) | zb_rides | gherkin
    | boundary
days with exact1y 6O rides - b1ue | Equals(60) | zb_rides | ocr
Any ride count that isn't fifty-two, / colour it in, that's the thing to do | NotEquals(52) | zb_rides | verse
    | negation | number-words
SeLeCt * FrOm rides WhErE rides_per_day > 80 -- highlight | GreaterThan(80) | zb_rides | sql | odd-case
Given Zorb Rides per Day, When the count is not between 30 and 70, Then flag it | NotBetween(30, 70) | zb_rides
    | gherkin | range | negation
rides under 2O or 0ver 95 - rnark | OR(LessThan(20), GreaterThan(95)) | zb_rides | ocr | compound
Hill runs that don't say steep in their name, / colour them green, they're gentle and tame | TextNotContains("steep")
    | zb_hill | verse | negation
SELECT * FROM hills WHERE hill_run LIKE '%loop' -- colour these | TextEndsWith("loop") | zb_hill | sql | quoted
Scenario: not the Zigzag / Given Hill Run / When the run is not exactly "Zigzag" / Then tint it
    | NOT(TextEquals("Zigzag")) | zb_hill | gherkin | negation | quoted
s1ots this week - high1ight | ThisWeek() | zb_slot | ocr | date
Slots in next week, Sunday to Sat, / colour them pink, imagine that | NextWeek() | zb_slot | verse | date
SELECT * FROM slots WHERE strftime('%Y-%m', slot_date) = strftime('%Y-%m', 'now', 'start of month', '-1 month')
    | LastMonth() | zb_slot | sql | date
Given Zorb Slot Date, When the slot is in the current month, Then mark it | ThisMonth() | zb_slot | gherkin | date
s1ots next rn0nth - 0range | NextMonth() | zb_slot | ocr | date
Top speeds with icons, please, nothing more, / an icon set showing what each run scored | IconSet() | zb_speed | verse
    | visual
SELECT * FROM runs ORDER BY top_speed_mph LIMIT 3 -- the 3 slowest, highlight | Bottom(3) | zb_speed | sql | superlative
Given Zorb Top Speed (mph), When a speed is in the top 20 percent, Then make it red | TopPercent(20) | zb_speed
    | gherkin | superlative
speeds be1ow the average speed - grey | BelowAverage() | zb_speed | ocr
Speed cells that aren't an error of any kind, / shade them in blue, leave the errors behind | NotErrors() | zb_speed
    | verse | polarity | negation
SELECT ball_id FROM balls GROUP BY ball_id HAVING COUNT(*) = 1 -- highlight those IDs | Unique() | zb_ball | sql
Given Zorb Ball ID, When the cell has a value, Then colour it | NotBlanks() | zb_ball | gherkin | polarity
# spearfishing club
catches 0ver 3 kg - b0ld | GreaterThan(3) | sf_catch | ocr
A catch of eight kilos or more on the scale, / colour it gold, a fisherman's tale | GreaterThanEqual(8) | sf_catch
    | verse | boundary | number-words
SELECT * FROM catches WHERE NOT (catch_weight_kg < 1.5) -- highlight | NOT(LessThan(1.5)) | sf_catch | sql | negation
Given Spearfishing Dive Depth (m), When a dive is deeper than 8 m and no more than 14 m, Then shade it
    | AND(GreaterThan(8), LessThanEqual(14)) | sf_depth | gherkin | compound | boundary
dives sha11ower than 4 rn - ye11ow | LessThan(4) | sf_depth | ocr
Dives from twenty to twenty-five metres, both ends in, / colour them navy, a deep-water win | Between(20, 25) | sf_depth
    | verse | range | number-words
SELECT * FROM catches WHERE species = 'Snapper' -- and nothing else | TextEquals("Snapper") | sf_species | sql | quoted
Scenario: bass catches / Given Fish Species / When the species contains "bass" / Then highlight it
    | TextContains("bass") | sf_species | gherkin | quoted
species starting with B1ue - c0l0ur | TextStartsWith("Blue") | sf_species | ocr
Trips that are dated today, this very one, / mark them in orange before we're done | Today() | sf_trip | verse | date
SELECT * FROM trips WHERE trip_date = CURRENT_DATE - INTERVAL '1 day' | Yesterday() | sf_trip | sql | date
Given Spearfishing Trip Date, When the trip is tomorrow, Then colour it green | Tomorrow() | sf_trip | gherkin | date
trips in the 1ast 7 days (inc1uding t0day) - high1ight | Last7Days() | sf_trip | ocr | date
Trips taken last week, Sunday to Sat, / shade them in grey like an old fishing hat | LastWeek() | sf_trip | verse | date
SELECT visibility_m FROM dive_log; -- apply a colour scale to it | ColorScale() | sf_vis | sql | visual
Given Water Visibility (m), Then show data bars in the cells | DataBar() | sf_vis | gherkin | visual
t0p 3 visibi1ity readings - green | Top(3) | sf_vis | ocr | superlative
The bottom twenty percent of visibility seen, / shade them in brown, the murkiest scene | BottomPercent(20) | sf_vis
    | verse | superlative | number-words
SELECT * FROM dive_log WHERE visibility_m > (SELECT AVG(visibility_m) FROM dive_log) -- highlight | AboveAverage()
    | sf_vis | sql
Given Water Visibility (m), When a cell holds an error value, Then fill it red | Errors() | sf_vis | gherkin
gun tags used rn0re than 0nce - f1ag every c0py | Duplicates() | sf_tag | ocr
Gun tag cells left empty, or holding just a space, / flag them in red all over the place | Blanks() | sf_tag | verse
# freediving club
SELECT * FROM holds WHERE static_hold_s <= 120 -- shade the short ones | LessThanEqual(120) | fd_hold | sql | boundary
Given Static Hold (s), When a hold is exactly 300 seconds, Then mark it gold | Equals(300) | fd_hold | gherkin
h0lds that are n0t 24O sec0nds - high1ight | NotEquals(240) | fd_hold | ocr | negation
Holds that last longer than two hundred and seventy, / colour them green, the divers have plenty | GreaterThan(270)
    | fd_hold | verse | number-words
SELECT * FROM holds WHERE static_hold_s NOT BETWEEN 150 AND 210 | NotBetween(150, 210) | fd_hold | sql | range
    | negation
Scenario: odd holds / Given Static Hold (s) / When a hold is under 90 or over 330 seconds / Then flag it
    | OR(LessThan(90), GreaterThan(330)) | fd_hold | gherkin | compound
discip1ines that d0n't c0ntain fins anywhere - c0l0ur | TextNotContains("fins") | fd_discipline | ocr | negation
Disciplines whose names end in table, / colour them blue as soon as you're able | TextEndsWith("table") | fd_discipline
    | verse
SELECT * FROM disciplines WHERE discipline NOT LIKE 'Free%' -- highlight | NOT(TextStartsWith("Free")) | fd_discipline
    | sql | negation | quoted
Given Pool Session, When the session is in this week (Sunday to Saturday), Then highlight it | ThisWeek() | fd_session
    | gherkin | date
sessi0ns next week - b1ue | NextWeek() | fd_session | ocr | date
Sessions held back in last month's run, / shade them in grey, that month is done | LastMonth() | fd_session | verse
    | date
SELECT * FROM sessions WHERE MONTH(pool_session) = MONTH(CURDATE()) AND YEAR(pool_session) = YEAR(CURDATE())
    | ThisMonth() | fd_session | sql | date
Scenario: next month / Given Pool Session / When the session falls in next month / Then tint it | NextMonth()
    | fd_session | gherkin | date
ic0n set 0n Max Depth p1ease | IconSet() | fd_depth | ocr | visual
The two shallowest depths that the divers reached, / colour them sand like the sand on the beach | Bottom(2) | fd_depth
    | verse | superlative | number-words
SELECT TOP 25 PERCENT * FROM dives ORDER BY max_depth_m DESC -- highlight | TopPercent(25) | fd_depth | sql
    | superlative
Given Max Depth (m), When a depth is below the average, Then shade it pale | BelowAverage() | fd_depth | gherkin
depth ce11s that are n0t err0rs - green | NotErrors() | fd_depth | ocr | polarity | negation
Buddy codes that appear only once in the list, / colour them purple so none are missed | Unique() | fd_buddy | verse
SELECT * FROM buddies WHERE TRIM(buddy_code) <> '' -- highlight the filled ones | NotBlanks() | fd_buddy | sql
    | polarity
# jousting troupe
Given Lance Hits, When a rider scored more than 12 hits, Then fill it gold | GreaterThan(12) | jt_hits | gherkin
riders with 2O hits 0r rn0re - high1ight | GreaterThanEqual(20) | jt_hits | ocr | boundary
Hit counts that are not six or more, / colour them grey as they were before | NOT(GreaterThanEqual(6)) | jt_hits | verse
    | negation | number-words
SELECT * FROM charges WHERE speed_kmh >= 30 AND speed_kmh < 38 -- highlight | AND(GreaterThanEqual(30), LessThan(38))
    | jt_speed | sql | compound | boundary
Given Charge Speed (km/h), When the speed is below 22, Then shade it blue | LessThan(22) | jt_speed | gherkin
charges between 45 and 5O km/h inc1usive - red | Between(45, 50) | jt_speed | ocr | range
A horse called Thunder, that name alone, / colour it gold, leave Old Thunder and Thunder Two be | TextEquals("Thunder")
    | jt_horse | verse
SELECT * FROM horses WHERE horse_name LIKE '%star%' -- highlight | TextContains("star") | jt_horse | sql | quoted
Given Horse Name, When the name begins with "Sir", Then colour it | TextStartsWith("Sir") | jt_horse | gherkin | quoted
t0urneys t0day - high1ight | Today() | jt_tourney | ocr | date
Tourneys fought yesterday, a day gone by, / shade them in silver as the banners fly | Yesterday() | jt_tourney | verse
    | date
SELECT * FROM tourneys WHERE tourney_date = DATE_ADD(CURDATE(), INTERVAL 1 DAY) -- tomorrow | Tomorrow() | jt_tourney
    | sql | date
Given Tourney Date, When the tourney was in the last 7 days including today, Then highlight it | Last7Days()
    | jt_tourney | gherkin | date
t0urneys 1ast week (Sun t0 Sat) - grey | LastWeek() | jt_tourney | ocr | date
Crowd scores coloured from low up to high, / a colour scale, please, like a sunset sky | ColorScale() | jt_crowd | verse
    | visual
SELECT crowd_score FROM tourney; -- render as data bars | DataBar() | jt_crowd | sql | visual
Given Crowd Score, When a score is one of the top 2, Then make it gold | Top(2) | jt_crowd | gherkin | superlative
b0tt0m 25% 0f cr0wd sc0res - shade | BottomPercent(25) | jt_crowd | ocr | superlative | number-format
Crowd scores that rise above the mean, / colour them green, the best we've seen | AboveAverage() | jt_crowd | verse
SELECT * FROM tourney WHERE ISERROR(crowd_score) -- flag the error cells | Errors() | jt_crowd | sql
Given Shield Mark, When a mark appears more than once, Then highlight every copy | Duplicates() | jt_shield | gherkin
shie1d rnarks that are b1ank - red | Blanks() | jt_shield | ocr
# cat show
Cats of three and a half kilos or less, / shade them in pink, the lightest, I guess | LessThanEqual(3.5) | cs_weight
    | verse | boundary | number-words
SELECT * FROM cats WHERE weight_kg = 5 -- highlight | Equals(5) | cs_weight | sql
Given Cat Weight (kg), When a weight is anything other than 4.5, Then mark it | NotEquals(4.5) | cs_weight | gherkin
    | negation
cats 0ver 6 kg - f1ag | GreaterThan(6) | cs_weight | ocr
Weights outside three to five and a half, both ends held in, / colour them orange, heavy or thin | NotBetween(3, 5.5)
    | cs_weight | verse | range | number-words
SELECT * FROM cats WHERE weight_kg < 2.8 OR weight_kg > 7 -- highlight | OR(LessThan(2.8), GreaterThan(7)) | cs_weight
    | sql | compound
Given Cat Breed, When the breed does not contain "hair", Then colour it | TextNotContains("hair") | cs_breed | gherkin
    | negation | quoted
breeds ending in c00n - high1ight | TextEndsWith("coon") | cs_breed | ocr
Breeds without rex anywhere at all, / shade them in cream along the hall | NOT(TextContains("rex")) | cs_breed | verse
    | negation
SELECT * FROM judging WHERE YEARWEEK(judging_date) = YEARWEEK(CURDATE()) -- this week (Sun-Sat) | ThisWeek()
    | cs_judging | sql | date
Scenario: next week's judging / Given Judging Date / When the date is in next week / Then highlight it | NextWeek()
    | cs_judging | gherkin | date
judging dates 1ast rn0nth - grey | LastMonth() | cs_judging | ocr | date
Judging dates in this month of the year, / colour them gold so the owners are clear | ThisMonth() | cs_judging | verse
    | date
SELECT * FROM judging WHERE DATE_FORMAT(judging_date, '%Y-%m') = DATE_FORMAT(CURDATE() + INTERVAL 1 MONTH, '%Y-%m')
    | NextMonth() | cs_judging | sql | date
Given Judge Points, Then add an icon set | IconSet() | cs_points | gherkin | visual
the 3 1owest judge p0ints - shade | Bottom(3) | cs_points | ocr | superlative
The top twenty percent of the points that were scored, / colour them gold, a rosette's reward | TopPercent(20)
    | cs_points | verse | superlative | number-words
SELECT * FROM scores WHERE judge_points < (SELECT AVG(judge_points) FROM scores) | BelowAverage() | cs_points | sql
Given Judge Points, When a cell is not an error, Then tint it | NotErrors() | cs_points | gherkin | polarity | negation
cage nurnbers that appear 0nce 0n1y - c0l0ur | Unique() | cs_cage | ocr
Cage numbers filled in, not left bare, / colour them green so we know they're there | NotBlanks() | cs_cage | verse
    | polarity
# microlight club
SELECT * FROM flights WHERE altitude_ft > 2000 -- highlight | GreaterThan(2000) | ml_alt | sql
Given Altitude (ft), When the altitude is 3,500 ft or above, Then colour it blue | GreaterThanEqual(3500) | ml_alt
    | gherkin | boundary | number-format
a1titudes n0t under l2OO ft - rnark | NOT(LessThan(1200)) | ml_alt | ocr | negation
Fuel burn above twelve and below eighteen, / litres an hour, colour them green | AND(GreaterThan(12), LessThan(18))
    | ml_fuel | verse | compound | number-words
SELECT * FROM burns WHERE fuel_burn_lh < 9 -- thrifty, highlight | LessThan(9) | ml_fuel | sql
Scenario: thirsty engines / Given Fuel Burn (l/h) / When the burn is between 20 and 24 inclusive / Then flag it
    | Between(20, 24) | ml_fuel | gherkin | range
airfie1ds that are exact1y "P0pham" 0n1y - green | TextEquals("Popham") | ml_field | ocr | quoted
Airfields with field in the name anywhere, / colour them yellow, each one with flair | TextContains("field") | ml_field
    | verse
SELECT * FROM airfields WHERE airfield LIKE 'North%' | TextStartsWith("North") | ml_field | sql | quoted
Given Microlight Flight Date, When the flight is today, Then make it bold red | Today() | ml_flight | gherkin | date
f1ights yesterday - shade | Yesterday() | ml_flight | ocr | date
Flights that are planned for tomorrow's sky, / colour them blue as the day goes by | Tomorrow() | ml_flight | verse
    | date
SELECT * FROM flights WHERE flight_date BETWEEN CURDATE() - INTERVAL 6 DAY AND CURDATE() -- last 7 days | Last7Days()
    | ml_flight | sql | date
Given Microlight Flight Date, When the flight was last week, Then grey it | LastWeek() | ml_flight | gherkin | date
crosswind - c0l0ur sca1e | ColorScale() | ml_wind | ocr | visual
Crosswind in knots, drawn as bars in the cell, / data bars only, and all will be well | DataBar() | ml_wind | verse
    | visual
SELECT TOP 3 * FROM weather ORDER BY crosswind_kt DESC -- highlight the strongest | Top(3) | ml_wind | sql | superlative
Given Crosswind (kt), When a value is in the bottom 20 percent, Then tint it green | BottomPercent(20) | ml_wind
    | gherkin | superlative
cr0sswinds ab0ve average - 0range | AboveAverage() | ml_wind | ocr
Crosswind cells that show an error, like #REF!, / colour them red, to the left and the right | Errors() | ml_wind
    | verse
SELECT aircraft_reg FROM flight_log GROUP BY aircraft_reg HAVING COUNT(*) > 1 -- mark all copies | Duplicates() | ml_reg
    | sql
Scenario: missing regs / Given Aircraft Reg / When the reg cell is blank / Then flag it | Blanks() | ml_reg | gherkin
# scarecrow festival
Given Public Votes, When an entry got 40 votes or fewer, Then shade it grey | LessThanEqual(40) | sw_votes | gherkin
    | boundary
entries with exact1y l25 v0tes - g0ld | Equals(125) | sw_votes | ocr
Vote counts that are not a hundred exactly, / colour them in, neatly and tactfully | NotEquals(100) | sw_votes | verse
    | negation | number-words
SELECT * FROM entries WHERE public_votes > 150 -- the crowd favourites, higlight them | GreaterThan(150) | sw_votes
    | sql | typo
Scenario: outliers / Given Public Votes / When votes are NOT BETWEEN 60 AND 110 / Then flag them | NotBetween(60, 110)
    | sw_votes | gherkin | range | negation
v0tes be1ow 25 0r ab0ve l8O - rnark | OR(LessThan(25), GreaterThan(180)) | sw_votes | ocr | compound
Themes that have no pirate in them at all, / colour them green, the short ones and tall | TextNotContains("pirate")
    | sw_theme | verse | negation
SELECT * FROM themes WHERE theme LIKE '%farmer' -- highlight | TextEndsWith("farmer") | sw_theme | sql | quoted
Given Scarecrow Theme, When the theme does not begin with "Mr", Then tint it | NOT(TextStartsWith("Mr")) | sw_theme
    | gherkin | negation | quoted
bui1d dates this week - ye11ow | ThisWeek() | sw_build | ocr | date
Scarecrows built in the week that is next, / colour them orange, as said in this text | NextWeek() | sw_build | verse
    | date
SELECT * FROM builds WHERE EXTRACT(YEAR_MONTH FROM build_date) = EXTRACT(YEAR_MONTH FROM CURDATE() - INTERVAL 1 MONTH)
    | LastMonth() | sw_build | sql | date
Given Scarecrow Build Date, When the build is this month, Then mark it | ThisMonth() | sw_build | gherkin | date
bui1ds due next rn0nth - b1ue | NextMonth() | sw_build | ocr | date
Heights of the scarecrows, shown as icons instead, / an icon set please, from the feet to the head | IconSet()
    | sw_height | verse | visual
SELECT * FROM scarecrows ORDER BY height_cm ASC LIMIT 2 -- the two shortest | Bottom(2) | sw_height | sql | superlative
Given Scarecrow Height (cm), When the height is in the top 20%, Then highlight it | TopPercent(20) | sw_height | gherkin
    | superlative | number-format
heights be1ow average - grey | BelowAverage() | sw_height | ocr
Height cells holding no error at all, / colour them gold, the short and the tall | NotErrors() | sw_height | verse
    | polarity | negation
SELECT entry_code FROM entries GROUP BY entry_code HAVING COUNT(*) = 1 -- one-off codes | Unique() | sw_entry | sql
Given Scarecrow Entry Code, When a code is filled in, Then colour it | NotBlanks() | sw_entry | gherkin | polarity
# maypole dancers
SELECT * FROM dances WHERE turns_danced > 16 -- highlight | GreaterThan(16) | mp_turns | sql
Given Turns Danced, When the turns reach 24 or more, Then colour it green | GreaterThanEqual(24) | mp_turns | gherkin
    | boundary
turns that are n0t fewer than l0 - rnark | NOT(LessThan(10)) | mp_turns | ocr | negation
Ribbons longer than four, up to six and a half, / colour them gold, in metres, on my behalf
    | AND(GreaterThan(4), LessThanEqual(6.5)) | mp_ribbon | verse | compound | number-words | boundary
SELECT * FROM ribbons WHERE ribbon_length_m < 2.5 -- too short, flag | LessThan(2.5) | mp_ribbon | sql
Scenario: long ribbons / Given Ribbon Length (m) / When the length is between 8 and 9 inclusive / Then tint it
    | Between(8, 9) | mp_ribbon | gherkin | range
figures that are exact1y "Grand Chain" - n0t Ha1f 0r Reverse | TextEquals("Grand Chain") | mp_figure | ocr | quoted
Figures with plait anywhere in the name, / colour them purple, the plaits all the same | TextContains("plait")
    | mp_figure | verse
SELECT * FROM figures WHERE dance_figure LIKE 'Twist%' -- colour | TextStartsWith("Twist") | mp_figure | sql | quoted
Given May Fair Date, When the fair is today, Then make it bold | Today() | mp_fair | gherkin | date
fairs yesterday - grey | Yesterday() | mp_fair | ocr | date
Fairs that are happening tomorrow, hooray, / colour them green for the dancers' big day | Tomorrow() | mp_fair | verse
    | date
SELECT * FROM fairs WHERE fair_date >= CURRENT_DATE - 6 AND fair_date <= CURRENT_DATE -- past 7 days | Last7Days()
    | mp_fair | sql | date
Scenario: last week's fairs / Given May Fair Date / When the fair was in last week (Sunday to Saturday) / Then colour it
    | LastWeek() | mp_fair | gherkin | date
crowd c0unt c0l0ur sca1e | ColorScale() | mp_crowd | ocr | visual
Crowd counts drawn as bars, long and short, / data bars please, of the plainest sort | DataBar() | mp_crowd | verse
    | visual
SELECT TOP 4 * FROM fairs ORDER BY crowd_count DESC -- biggest crowds | Top(4) | mp_crowd | sql | superlative
Given Maypole Crowd Count, When a count is in the bottom 10 percent, Then shade it | BottomPercent(10) | mp_crowd
    | gherkin | superlative
crowds ab0ve the average - green | AboveAverage() | mp_crowd | ocr
Crowd cells that show #N/A or other errors, / colour them red for the festival bearers | Errors() | mp_crowd | verse
SELECT dancer_no FROM dancers GROUP BY dancer_no HAVING COUNT(*) > 1 -- highlight each copy | Duplicates() | mp_dancer
    | sql
Given Dancer No, When the cell is blank or just spaces, Then flag it | Blanks() | mp_dancer | gherkin
# broomball league
sh0ts 0n g0a1 0f l2 0r fewer - grey | LessThanEqual(12) | br_shots | ocr | boundary
Shots on goal at twenty-five, not one more or less, / colour them gold for the game's success | Equals(25) | br_shots
    | verse | number-words
SELECT * FROM games WHERE shots_on_goal != 18 | NotEquals(18) | br_shots | sql | negation
Given Shots on Goal, When a team took more than 30 shots, Then colour it red | GreaterThan(30) | br_shots | gherkin
sh0ts 0utside 15 t0 22 (15 and 22 are inside) - f1ag | NotBetween(15, 22) | br_shots | ocr | range | negation
Fewer than eight or more than thirty-five, / colour those games so the stats come alive
    | OR(LessThan(8), GreaterThan(35)) | br_shots | verse | compound | number-words
SELECT * FROM teams WHERE team NOT LIKE '%ice%' -- highlight | TextNotContains("ice") | br_team | sql | negation
    | quoted
Given Broomball Team, When the team name ends with "Brooms", Then shade it | TextEndsWith("Brooms") | br_team | gherkin
    | quoted
tearns 0ther than exact1y Sliders - c0l0ur | NOT(TextEquals("Sliders")) | br_team | ocr | negation
Games in this week, the Sunday-to-Saturday one, / colour them teal till the week is done | ThisWeek() | br_game | verse
    | date
SELECT * FROM games WHERE YEARWEEK(game_date) = YEARWEEK(CURDATE() + INTERVAL 1 WEEK) -- next week | NextWeek()
    | br_game | sql | date
Given Broomball Game Date, When the game was in last month, Then grey it | LastMonth() | br_game | gherkin | date
garnes this rn0nth - ye11ow | ThisMonth() | br_game | ocr | date
Games in next month, in July when it's hot, / colour them orange, the whole of the lot | NextMonth() | br_game | verse
    | date
SELECT saves FROM goalie_stats; -- show an icon set | IconSet() | br_saves | sql | visual
Given Goalie Saves, When the saves are among the 3 lowest, Then shade them | Bottom(3) | br_saves | gherkin
    | superlative
t0p l0% 0f saves - g0ld | TopPercent(10) | br_saves | ocr | superlative | number-format
Saves that come in under the average mark, / shade them in grey, a little bit dark | BelowAverage() | br_saves | verse
SELECT * FROM goalie_stats WHERE NOT ISERROR(saves) | NotErrors() | br_saves | sql | polarity | negation
Given Jersey No, When a jersey number shows up just once, Then colour it | Unique() | br_jersey | gherkin
jersey nurnbers fi11ed in - green | NotBlanks() | br_jersey | ocr | polarity
# kendo club
select * from kendo_results where bouts_won > 9 -- highlight | GreaterThan(9) | kd_bouts | sql
Given Bouts Won, When a member won 14 bouts or more, Then colour it gold | GreaterThanEqual(14) | kd_bouts | gherkin
    | boundary
b0uts w0n n0t rn0re than 2O - shade | NOT(GreaterThan(20)) | kd_bouts | ocr | negation
Shinai weights from four-eighty to five-ten, both counted, / colour them green, no rule is flouted
    | AND(GreaterThanEqual(480), LessThanEqual(510)) | kd_shinai | verse | compound | number-words | boundary
SELECT * FROM shinai WHERE weight_g < 440 -- underweight, flag | LessThan(440) | kd_shinai | sql
Given Shinai Weight (g), When a weight is between 520 and 540 inclusive, Then mark it | Between(520, 540) | kd_shinai
    | gherkin | range
grades that read exact1y "1st Dan" and n0thing rn0re - green | TextEquals("1st Dan") | kd_grade | ocr | quoted
Grades that have kyu anywhere inside, / colour them white, beginners with pride | TextContains("kyu") | kd_grade | verse
SELECT * FROM members WHERE grade LIKE 'Renshi%' | TextStartsWith("Renshi") | kd_grade | sql | quoted
Scenario: grading today / Given Grading Date / When the grading is today / Then bold it | Today() | kd_grading | gherkin
    | date
gradings yesterday - grey | Yesterday() | kd_grading | ocr | date
Gradings that fall on tomorrow's date, / colour them blue, the candidates wait | Tomorrow() | kd_grading | verse | date
SELECT * FROM gradings WHERE grading_date >= DATE('now', '-6 days') AND grading_date <= DATE('now') | Last7Days()
    | kd_grading | sql | date
Given Grading Date, When the grading was last week, Then shade it | LastWeek() | kd_grading | gherkin | date
c0l0ur sca1e - strikes per rninute | ColorScale() | kd_strikes | ocr | visual
Strikes every minute, as bars in each square, / data bars please, with nothing else there | DataBar() | kd_strikes
    | verse | visual
SELECT * FROM drills ORDER BY strikes_per_min DESC LIMIT 3 | Top(3) | kd_strikes | sql | superlative
Given Strikes per Minute, When a rate is in the bottom 30%, Then tint it | BottomPercent(30) | kd_strikes | gherkin
    | superlative | number-format
strike rates ab0ve average - green | AboveAverage() | kd_strikes | ocr
Strike cells with an error, #NUM! or the rest, / colour them red, and that's for the best | Errors() | kd_strikes
    | verse
SELECT bogu_set FROM kit GROUP BY bogu_set HAVING COUNT(*) > 1 -- highlight duplicates | Duplicates() | kd_bogu | sql
Given Bogu Set, When no set is entered, Then flag the cell | Blanks() | kd_bogu | gherkin
# muay thai gym
Pad rounds of six or fewer in a session, / shade them in grey, a lighter impression | LessThanEqual(6) | mt_rounds
    | verse | boundary | number-words
SELECT * FROM sessions WHERE pad_rounds = 12 -- highlight | Equals(12) | mt_rounds | sql
gIVEN pAD rOUNDS, wHEN tHE rOUNDS aRE nOT eQUAL tO 10, tHEN cOLOUR tHEM | NotEquals(10) | mt_rounds | gherkin | negation
    | odd-case
rn0re than l5 pad r0unds - red | GreaterThan(15) | mt_rounds | ocr
Rounds not between eight and fourteen, both in the band, / colour them orange, so the coach understands
    | NotBetween(8, 14) | mt_rounds | verse | range | number-words | negation
SELECT * FROM sessions WHERE pad_rounds < 4 OR pad_rounds > 18 | OR(LessThan(4), GreaterThan(18)) | mt_rounds | sql
    | compound
Given the Muay Thai Class column, When the class name does not contain "kids", Then shade it | TextNotContains("kids")
    | mt_class | gherkin | negation | quoted | column-word
c1asses ending in sparring - b1ue | TextEndsWith("sparring") | mt_class | ocr
Classes whose names don't begin with Open, / colour them green on the timetable spoken | NOT(TextStartsWith("Open"))
    | mt_class | verse | negation
SELECT * FROM fights WHERE YEARWEEK(fight_date, 0) = YEARWEEK(CURDATE(), 0) -- this week | ThisWeek() | mt_fight | sql
    | date
Given Fight Date, When the fight is next week, Then make it red | NextWeek() | mt_fight | gherkin | date
fights 1ast rn0nth - grey | LastMonth() | mt_fight | ocr | date
Fights that are set in the month we are in, / colour them gold for each loss and each win | ThisMonth() | mt_fight
    | verse | date
SELECT * FROM fights WHERE MONTH(fight_date) = MONTH(CURDATE()) + 1 AND YEAR(fight_date) = YEAR(CURDATE()) | NextMonth()
    | mt_fight | sql | date
Scenario: weigh-in icons / Given Weigh-in (kg) / Then apply an icon set | IconSet() | mt_weight | gherkin | visual
the 2 1ightest weigh-ins - shade | Bottom(2) | mt_weight | ocr | superlative
The top thirty percent of the weigh-in scale, / colour them red, the heaviest tale | TopPercent(30) | mt_weight | verse
    | superlative | number-words
SELECT * FROM weigh_ins WHERE weight_kg < (SELECT AVG(weight_kg) FROM weigh_ins) -- highlight | BelowAverage()
    | mt_weight | sql
Given Weigh-in (kg), When the cell does not hold an error, Then colour it | NotErrors() | mt_weight | gherkin | polarity
    | negation
rnernber cards that 0ccur 0n1y 0nce - c0l0ur | Unique() | mt_card | ocr
Member cards with something written inside, / colour them green, with nothing to hide | NotBlanks() | mt_card | verse
    | polarity
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
              "twentysecond_cf.json", "twentysecond_tables.json", "twentythird_cf.json", "twentythird_tables.json",
              "web_cf.json")


column_sets.bind(globals(), TWENTYFOURTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
