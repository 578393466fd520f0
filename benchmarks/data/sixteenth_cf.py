"""A sixteenth independent set of one-column CF requests, and the builder of sixteenth_cf.json.

Written from scratch (2026-12-07 06:51 to 07:01 UTC by `date -u`, engineer E16c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of
twenty domains no earlier builder's docstring names, on this set's own columns (a volleyball club, a handball
club, a baseball team, a softball league, a sumo stable, a wrestling club, a greyhound track, a coastguard
station, a gliding club, a dive centre, a lavender farm, a goat farm, a composting site, a radiology
department, a podiatry clinic, a korfball club, a hurling club, a seaweed harvester, a salt works, a septic
tank service), in four styles new to the one-column sets: `dialogue` (a short chat between two people, the
request spread over two or three turns: "A: can you shade the wet days? B: wet how? A: over 5 mm"), `policy`
(policy or procedure language: "Loans shall be marked where the fee exceeds 20", "Per clause 3, late returns
are to be flagged"), `quizform` (a question, then the action: "Is the score above 9? Then colour it", "Does
the code end in Z? Mark it") and `notes` (a lab-notebook or clipboard jotting: "temp>30 -> flag", "chk: blanks
= red"); these examples are made up for this docstring and are not entries. Only requests the language
expresses exactly, one right rule on the column, every literal recoverable by a careful reader ("a fortnight"
of days -> 14, "a fiver" -> 5, "3,800" -> 3800, "30%" on a column of fractions -> 0.3, "fastest 3" run times
-> Bottom(3), "quickest 10%" of response times -> BottomPercent(10), "slower than average" times ->
AboveAverage()). Labels are what the executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9
- Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June, last month May, next
month July), with Excel's semantics kept as they are (a blank compares as 0 and any text is greater than any
number, so a comparison may format a blank or a text cell); comparisons other than Between and LessThan were
kept off the columns holding a text cell or a cell of one space (five drafts were turned into Between for
that), and the columns that carry a colour scale, data bar or icon set hold one text cell ("in refit",
"storm", ...) so that the visual rule formats the numbers only.

What its author read: of benchmarks/data/fifteenth_cf.py, which this builder mirrors, only lines 1-162 (its
module docstring, imports, constants, `_joined` and its date lists, up to the line before `COLUMNS = {`) and
826-848 (the closing of its ENTRIES and the code after them, piped through a `grep -v` that dropped every line
holding "|", so that no entry line was printed: it printed the line closing ENTRIES only, then OTHER_SETS, the bind
and the main block), by `sed -n`, the line numbers found by the brief's `grep -n` of its top-level names;
benchmarks/data/column_sets.py (all, `cat`); benchmarks/data/everyday_common.py (all, `sed -n 1,400p` of its
321 lines); tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of tests/benchmarks/set_files.py only
`check_refusals`, `check_halves`, `check_styles_and_tags` and `_every_function` (`grep -n -A`);
../shared/docs/CF_RULES.md (all, `cat`); the public API of cf_assistant.languages.cf (parse and to_text tried
on 20 made-up rules to see their canonical spelling). Not read: ../shared/docs/EVALUATION.md and
../shared/data/README.md (allowed, not needed), the first 12,000 characters of benchmarks/data/README.md
(allowed, not needed). Commands that printed anything else: `date -u` (about 20 times); `git status --short`
(three times: the first printed nothing, the later ones this set's files, the README and the test module as
changed by this work, and benchmarks/data/sixteenth_tables.py of engineer E16t, names only); `wc -l` of
fifteenth_cf.py and everyday_common.py, `wc -c` of the files above and of the README; `ls` of the JSON files
of benchmarks/data (for OTHER_SETS); two runs of a program that printed only one pair of booleans per
candidate domain word: whether any other builder's module docstring (benchmarks/data/*.py except this one, by
`ast.get_docstring`, lower-cased) holds it as a substring, and whether the whole benchmarks/data/README.md
does; the builder's own runs (their problems and counts per function, style, tag and half); a program that
printed, for 16 drafts of this set's own, the first of three rewordings that falls in the test half (or NONE);
`grep -n` of this builder's own lines; `awk` listings of line lengths (this builder and the first 12 lines of
the test module); the test module's pass counts. Candidates the check dropped (printed True for a docstring or
for the README): kennel, sawmill, glassblow, pottery, orchard, foundry, quarry, bakery, taxidermy,
planetarium, rowing, curling, snooker, escape room, bowling, laser tag, paintball, agility, racing, oyster,
hatchery, lighthouse, weather station, blood bank, dialysis, optician, vet, sleep clinic, roofing, well drill,
pest control, window clean, removal, tyre, piano, bell ring, theatre, circus, maple, alpaca, greenhouse,
ambulance, mountain rescue, balloon, skydiv, surf, kayak, ski, croquet, darts, squash, lacrosse, rodeo,
casino, polo, orienteering, butcher, pizzeria, food truck, vending, arcade, pinball, elevator, lift, arborist,
tree surgeon, thatch, stonemason, blacksmith, funeral, sheepdog, snail; the twenty above printed False as
words or phrases ("volleyball club", "handball club", "baseball team", "softball league", "sumo stable",
"wrestling club", "greyhound track", "coastguard station", "gliding club", "dive centre", "lavender farm",
"goat farm", "compost", "radiology", "podiatry", "korfball", "hurling", "seaweed", "salt works", "septic");
the greyhound track was kept although "racing" printed True (no earlier docstring names greyhounds); other
words that printed False were not used (shinty, bobsleigh, biathlon, abattoir, stud farm, hovercraft,
monastery, crematorium). Slip: to mirror the fifteenth_cf.json row of benchmarks/data/README.md, `sed -n 47p`
printed that whole row (it starts at character 28,092, past the 12,000 allowed: it names the fifteenth set's
domains and styles, no request) and `sed -n 48p | cut -c1-30` the first 30 characters of the fifteenth_tables
row; a `grep -n` of the two fifteenth names in the README printed the first 12 characters of those
two rows; the fifteenth_cf.py docstring (within the lines allowed) names the fifteenth set's domains and a few
made-up example requests, and the test module holds one made-up request per earlier set (its refusal
examples); none was reused; no other slip known. Not read: anything under cf_assistant/ beyond calling its
public API, any other builder's COLUMNS, ENTRIES or TABLES (fifteenth_cf.py lines 163-825 included), the rest
of benchmarks/data/README.md, the utterances of any JSON file (compared only by program, in this builder's
checks), sixteenth_tables.* and tests/benchmarks/test_table_sets_data.py (being written beside this set by
engineer E16t), git log, diff or show. No model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (boundary values, values a tenth and
ten times a threshold, prefix/suffix/middle variants of texts, blanks, cells of one space, text cells among
numbers, error cells). The first run on 415 drafts (98 columns) flagged 111 records: comparisons without their
threshold in the column (cells added: 5, 180, 29, 3000, 500, 15, 9, 2, 1, 100, 97, 400, 300, 0.2, 10, 50, 170,
4000, 1500, 145, 20, 250, 30, 96.5, 99.6), text rules that a longer or shorter cell could not tell from
another text operator (cells such as "Tailor's bunion", "Urgent Medevac", "Club ASK 21", "Extra Fine" added),
Equals(0) on counts with no negative (-> Equals(1), Equals(2), Equals(3), Equals(5)), a sanyaku OR over three
ranks (-> two ranks, with cells "Ozeki (kadoban)", "Ex-Ozeki", "Komusubi East", "West Komusubi"), Blanks
against TextEquals("") (cells of one space added), fourteen colour scales, data bars and icon sets on columns
without a text cell (ten of them moved to ten new columns that hold one, four to columns given one) and four
comparisons reworded (trap numbers, a price floor, a weigh-in, a win count). The second run flagged one:
OR(LessThan(2), ...) against LessThan(0.2) (cell 1 added). Then 14 entries were added for the test half
(BottomPercent and IconSet had no test record; NotEquals, NotErrors and Yesterday one), each the first of
three drafted wordings that falls in test, and 20 drafts were reworded for the reader: a TextEquals question
now says "exactly" where a longer cell would also be read as the thing ("Is the species exactly Kelp?", since
"Sugar kelp" is kelp too), and five comparisons on columns holding a cell of one space became Between. 429
records on 108 columns: dev 224, test 205; styles dialogue 107, policy 106, quizform 109, notes 107; every one
of the 41 functions in both halves (at least two in each); 14-20 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written
before it (`OTHER_SETS`), of any other set file in the folder when it runs (sixteenth_tables.json, written
beside it by someone else, included when present) or of the train split, a non-canonical rule, a column of
fewer than 12 or more than 20 cells, a column where the rule formats no row or every row, and a column that
cannot tell the rule from the rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`dialogue`, `policy`, `quizform`, `notes`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`,
`polarity`, `date`, `visual` (as in fifteenth_cf.py), then the set tag `sixteenth`. IDs have the prefix
`s16c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long
for one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/sixteenth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "sixteenth_cf.json"
PREFIX = "s16c"
SIXTEENTH_TAG = "sixteenth"
STYLES = ("dialogue", "policy", "quizform", "notes")
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
# month May, next month July. Each of the six date lists below (this set's own) holds a date in
# every period, a date in none of them, and a blank or a text cell.
DA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-09|2024-06-15|2024-06-07|2024-06-04|2024-06-19|2024-06-27|"
      "2024-05-14|2024-07-09|2024-01-22||2024-06-22|2024-06-06")
DB = ("2024-06-10|2024-06-12|2024-07-18|2024-06-14|2024-06-11|2024-06-03|2024-06-17|2024-05-29|2024-06-13|"
      "2024-06-30|2024-09-02|postponed|2024-06-21|2024-06-08|2024-06-01")
DC = ("2024-05-08|2024-06-13|2024-06-05|2024-06-12|2024-06-20|2024-06-09|2024-07-25|2024-06-11|2024-06-24|"
      "2024-06-02|2024-03-15|2024-06-14|2024-06-16|")
DD = ("2024-06-18|2024-06-11|2024-06-12|2024-06-15|2024-05-21|2024-06-06|2024-07-01|2024-06-13|rained off|"
      "2024-06-28|2024-06-04|2024-06-10|2023-12-09|2024-06-22")
DE = ("2024-06-16|2024-06-07|2024-06-12|2024-07-31|2024-06-11|2024-05-02|2024-06-13|2024-06-25|2024-06-09|"
      "2024-06-03|2024-11-11|2024-06-14|TBC|2024-06-19|2024-06-08")
DF = ("2024-06-13|2024-06-02|2024-06-10|2024-05-30|2024-06-12|2024-06-21|2024-06-06|2024-07-12|2024-06-11|"
      "2024-06-15|2024-06-26|2024-02-14||2024-06-17")

COLUMNS = {
    # a volleyball club
    "vb_kills": ("Kills", "3|12|7|15|0|9|22|14|4|10|18||6|11|2|5|20|1"),
    "vb_serve": ("Serve Success (%)", "88|94|71|100|65|90|83|97|58|90|76|inj|70|69|92"),
    "vb_pos": ("Position", "Outside Hitter|Setter|Libero|Opposite Hitter|Middle Blocker|Setter (cover)|Outside Hitter|"
               "Defensive Specialist|Libero (sub)|Middle Blocker|Hitter Reserve|Setter|Blocker|Reserve Setter|"
               "Junior Libero"),
    "vb_date": ("Match Date", DA),
    "vb_fee": ("Subs Paid (£)", "40|40||25|#N/A|40|10|0|40| |25|40|#N/A|15"),
    # a handball club
    "hb_goals": ("Goals", "6|2|11|0|8|4|13|5|7|1|9|3|10|"),
    "hb_saves": ("Save Rate", "0.31|0.42|0.28|0.35|0.5|0.19|0.38|0.45|0.33|0.27|0.4|0.36|0.22|0.3|DNP"),
    "hb_name": ("Player", "Lena Koch|Marta Lind|Jonas Berg|Eva Koch|Lars Kochanski|Ida Holm|Karl Olsen|Nils Koch|"
                "Sara Lind|Ole Karlsen|Anna Berg|Karl Olsen|Tove Holm|Koch Dahl"),
    "hb_susp": ("2-Minute Suspensions", "0|1|3|0|2|5|1|0|4|2|0|1|6|3"),
    "hb_date": ("Training", DB),
    # a baseball team
    "bb_avg": ("Batting Avg", "0.281|0.305|0.198|0.25|0.342|0.267|0.223|0.3|0.189|0.276|0.311|0.245|0.259|0.3|"
               "0.2"),
    "bb_era": ("ERA", "3.45|2.9|5.12|4|3.88|6.3|2.15|4.75|3.1|4|7.05|2.6||3.95|5"),
    "bb_pitch": ("Pitch Type", "Four-Seam Fastball|Slider|Curveball|Changeup|Two-Seam Fastball|Cutter|Slider|"
                 "Knuckle Curveball|Fastball|Sweeping Slider|Slider Hybrid|Slider|Fastball Up|Curveball|"
                 "Curveball (12-6)"),
    "bb_hr": ("Home Runs", "12|4|27|0|18|9|33|15|2|21|7|15|30|11|DNP"),
    "bb_date": ("Game Day", DC),
    # a softball league
    "sb_runs": ("Runs Scored", "5|12|3|8|0|15|7|10|2|9|11|4|6|13"),
    "sb_team": ("Team", "Rockets|Comets|Hornets|Rockets II|Blue Jays|Comets|Hornets|Red Sox Juniors|Jets|Jays B|"
                "Comets|Storm|Hornets|Red Rockets"),
    "sb_fine": ("Fines (£)", "0|5|20|10|0|15|5|50|0|25|10|5|30|| "),
    "sb_ump": ("Umpire Rating", "4.5|3.8|4.9|2.7|4.1|3.2|5|3.9|4.4|2.9|4|3.5|#DIV/0!|4.7|"),
    "sb_date": ("Fixture", DD),
    # a sumo stable
    "su_wt": ("Weight (kg)", "152|168|141|190|175|160|133|182|160|147|199|171|155|188|180|170|145"),
    "su_wins": ("Wins", "8|10|5|12|7|9|3|11|8|6|14|4|9|15|kyujo"),
    "su_rank": ("Rank", "Maegashira 3|Juryo 7|Makushita 12|Maegashira 11|Komusubi|Sekiwake|Juryo 2|Ozeki|"
                "Makushita 4 (ex-Juryo)|Ozeki (kadoban)|Yokozuna|Juryo 13|Maegashira 1|Jonidan (ex-Maegashira)|"
                "Ex-Ozeki|Komusubi East|West Komusubi"),
    "su_note": ("Medical Note", "ok|knee|#N/A||ok|ankle|knee brace|#REF!|back|ok||left knee|ok| "),
    "su_date": ("Basho Start", DE),
    # a wrestling club
    "wr_pins": ("Pins", "2|0|5|1|7|3|0|4|6|1|9|2|3|8"),
    "wr_class": ("Weight Class (kg)", "57|61|65|70|74|79|86|92|97|125|65|74|57|61"),
    "wr_name": ("Wrestler", "Dmitri Volkov|Sam Ortiz|Jake Volker|Tom Bright|Luis Ortiz|Amir Khan|Ben Olsen|"
                "Rory Quinn|Sam Olsen|Khan Patel|Vik Rao|Tom Bright|Elias Mohr|Omar Khan|Ortiz-Lopez|Tom Brighton|"
                "A. Tom Bright|Ben Samson"),
    "wr_wt": ("Weigh-in (kg)", "74.2|65.8|70|92.5|61.1|79|85.9|57.4|97.2|124.6|69.9|74|56.8|61.3|no show|57"),
    "wr_date": ("Tournament", DF),
    # a greyhound track
    "gt_time": ("Run Time (s)", "29.45|30.1|28.92|29.8|31.05|29.45|28.6|30.4|29.1|30.75|29.95|28.8|30|29.6|29"),
    "gt_odds": ("Starting Price", "3|5.5|2|8|12|4.5|6|2.5|16|7|10|3.5|9|20"),
    "gt_dog": ("Dog", "Swift Sally|Bolt Boy|Misty Blue|Sally's Star|Dash Away|Blue Thunder|Silver Sally|Rocket Rex|"
               "Bolt Boy|Midnight Blue|Rex Junior|Ziggy|Dash Away|Quick Quinn"),
    "gt_trap": ("Trap", "1|4|2|6|3|5|1|2|6|4|3|5|1|6"),
    "gt_date": ("Race Night", DA),
    # a coastguard station
    "cg_fuel": ("Fuel Load (l)", "850|1000|1200|640|2300|1000|480|1450|990|3100|720|1010|560|1800|1500"),
    "cg_resp": ("Response (min)", "12|8|25|15|6|30|14|9|20|15|11|45|7|18|10"),
    "cg_type": ("Incident", "Person in water|Vessel aground|Medevac|Missing person|Flare sighting|Vessel adrift|"
                "Medevac|Person cut off by tide|Animal rescue|Vessel on fire|Flare sighting|False alarm|"
                "Swimmer in trouble|Medevac|Medevac - air|Urgent Medevac|Fishing Vessel aground"),
    "cg_vol": ("Volunteers Out", "4|6|3|8|5|2|7|4|9|6|3|10|5|1"),
    "cg_date": ("Callout", DB),
    # a gliding club
    "gc_alt": ("Max Height (ft)", "3200|4500|2800|6100|5000|3900|7200|2500|4800|5000|3600|8100|4100|2900|3000"),
    "gc_dur": ("Flight (min)", "45|120|30|95|60|210|15|75|180|60|40|150|90|25"),
    "gc_glider": ("Glider", "ASK 21|Discus 2b|K-21 Trainer|ASW 28|Duo Discus|LS8-18|ASK 13|Ventus 3|Discus CS|"
                  "Astir CS|ASK 21|Grob 103|DG-1000 Classic|Libelle|ASK 21 Mi|Club ASK 21"),
    "gc_launch": ("Launch Fee (£)", "12|12|35|12||35|8|12|#VALUE!|35|8|12||20|50| "),
    "gc_date": ("Flying Day", DC),
    # a dive centre
    "dc_depth": ("Max Depth (m)", "18|30|12|40|22|18|35|9|27|30|15|45|21|6|20"),
    "dc_air": ("Air Left (bar)", "50|70|110|40|90|60|30|80|120|65|55|100|45|75"),
    "dc_cert": ("Certification", "Open Water|Advanced Open Water|Rescue Diver|Divemaster|Open Water Trainee|"
                "Nitrox|Deep Diver|Open Water|Wreck Specialist|Instructor|Advanced Nitrox|Rescue Diver|Dry Suit|"
                "Open Water|Nitrox Instructor"),
    "dc_temp": ("Water Temp (°C)", "14|17|21|12|19|23|16|15|25|18|13|20|22|| "),
    "dc_date": ("Dive Date", DD),
    # a lavender farm
    "lf_yield": ("Oil Yield (ml)", "420|380|510|290|600|450|330|700|480|250|560|400|375|640|500"),
    "lf_bunch": ("Bunches Sold", "120|85|200|45|160|95|300|70|150|110|60|240|130|90|250"),
    "lf_var": ("Variety", "Hidcote|Munstead|Grosso|Hidcote Pink|Provence|Folgate|Grosso|Imperial Gem|Vera|"
               "Munstead Dwarf|Hidcote|Sussex|Phenomenal|Little Lady|Old Hidcote|Dwarf Munstead"),
    "lf_brix": ("Moisture (%)", "12.5|9.8|15.2|11|8.4|13.7|10|16.9|9.1|14.3|7.6|12|11.8|10.5|15|9"),
    "lf_date": ("Cut Date", DE),
    # a goat farm
    "gf_milk": ("Milk (l/day)", "3.2|2.8|4.1|1.9|3.5|2.2|4.6|3|2.5|3.8|1.6|3.3|2.9|4|2"),
    "gf_kids": ("Kids Born", "2|1|3|0|2|1|4|2|3|1|0|2|5|1"),
    "gf_breed": ("Breed", "Saanen|Nubian|Toggenburg|Alpine|Saanen Cross|Boer|Nubian|Pygmy|Anglo-Nubian|"
                 "Golden Guernsey|Boer Cross|Alpine|La Mancha|Saanen|Nubian Cross|Crossbred Alpine|British Saanen"),
    "gf_tag": ("Ear Tag", "UK0123|UK0456|#N/A|UK0789|UK1012|UK0456||UK1345|UK1678|UK0123|UK2001|UK2345|UK2678|"
               "UK0999|NL-UK0412"),
    "gf_date": ("Kidding Due", DF),
    # a composting site
    "cp_temp": ("Pile Temp (°C)", "55|62|48|70|66|40|58|75|52|64|45|68|60|35"),
    "cp_tonnes": ("Intake (t)", "12.5|8|20|15.5|6|25|10|18|9.5|30|14|7|22|11"),
    "cp_feed": ("Feedstock", "Green waste|Food waste|Wood chip|Green waste - mixed|Manure|Food waste|Straw|"
                "Garden prunings|Wood chip|Cardboard|Brewery spent grain|Manure|Leaf mould|Green waste|"
                "Food waste - packaged|Commercial food waste|Mixed green waste|Hardwood shavings"),
    "cp_ph": ("pH", "7.2|6.8|8.1|7.5|6.5|7.9|7|8.4|6.9|7.5|6.2|7.7|8|7.1"),
    "cp_date": ("Turned On", DA),
    # a radiology department
    "rd_wait": ("Wait (days)", "3|14|7|28|1|10|21|42|5|14|35|2|9|60|30"),
    "rd_dose": ("Dose (mSv)", "0.1|2|7|0.02|10|1.5|3.5|0.7|12|0.1|8|5|0.05||1"),
    "rd_exam": ("Exam", "CT Head|MRI Knee|X-Ray Chest|CT Abdomen|Ultra Sound Pelvis|MRI Brain|X-Ray Hand|"
                "CT Chest|DEXA Scan|MRI Spine|X-Ray Knee|PET CT|Mammogram|CT Head|Knee Arthrogram|Open MRI Hip"),
    "rd_report": ("Report Status", "Final|Draft|Final||Addendum|Final|#N/A|Draft| |Final|Preliminary|Final||"
                  "Draft|Final - amended|Re-issued Final"),
    "rd_date": ("Appointment", DB),
    # a podiatry clinic
    "pd_pain": ("Pain Score", "3|7|5|9|2|6|8|4|10|1|6|7|0|5"),
    "pd_visits": ("Visits", "1|4|2|8|3|6|12|2|5|9|1|3|7|4"),
    "pd_cond": ("Condition", "Plantar fasciitis|Bunion|Ingrown toenail|Heel spur|Corn|Verruca|"
                "Ingrown toenail - left|Flat feet|Morton's neuroma|Bunion (right)|Achilles tendinopathy|Corn|"
                "Fungal nail|Gout|Tailor's bunion|Recurrent ingrown nail|Corn (hard)|Soft corn"),
    "pd_insole": ("Insole Cost (£)", "45|120||80|45|#N/A|150|60|120|0|95|45|200| |100"),
    "pd_date": ("Next Visit", DC),
    # a korfball club
    "kb_goals": ("Korfs Scored", "4|9|2|12|6|0|8|15|3|7|10|5|1|11"),
    "kb_acc": ("Shot Accuracy", "0.22|0.35|0.18|0.41|0.3|0.26|0.5|0.15|0.33|0.38|0.28|0.45|0.2|0.3"),
    "kb_div": ("Division", "Premier|Division 1|Division 2|Premier Reserves|Division 3|Division 1|Social|Premier|"
               "Division 2 South|Youth U16|Division 1|Social Mixed|Premier|Youth U14|Under-21 Premier|"
               "Mixed Youth U12|Mixed Social"),
    "kb_sub": ("Membership (£)", "60|60|30||60|#N/A|90|30|60|0|90| |60|30"),
    "kb_date": ("Match Day", DD),
    # a hurling club
    "hu_pts": ("Points", "7|12|3|15|0|9|4|18|11|6|21|2|13|8"),
    "hu_cards": ("Yellow Cards", "0|1|2|0|3|1|0|4|1|2|0|5|1|0"),
    "hu_pos": ("Position", "Goalkeeper|Full Back|Corner Back|Half Back|Centre Back|Midfield|Half Forward|"
               "Centre Forward|Corner Forward|Full Forward|Wing Back|Midfield|Wing Forward|Sub Goalkeeper|"
               "Forward (sub)|Midfield (left)|Attacking Midfield|Back-up Goalkeeper"),
    "hu_sliotar": ("Sliotars Lost", "2|0|5|1|3|8|0|4|2|6|1|3|10|7"),
    "hu_date": ("Championship Date", DE),
    # a seaweed harvester
    "sw_wet": ("Wet Weight (kg)", "240|180|510|95|320|400|150|620|275|90|450|200|360|700|100"),
    "sw_species": ("Species", "Kelp|Dulse|Sugar kelp|Bladderwrack|Sea lettuce|Kombu|Nori|Kelp (oarweed)|Dulse|"
                   "Channel wrack|Sea spaghetti|Pepper dulse|Kelp|Carrageen|Dulse flakes|Wrack (mixed)"),
    "sw_salin": ("Salinity (ppt)", "34.5|33.1|35.2|32|34|36.4|31.5|35|33.8|34.5|30.2|35.9|33|34.9"),
    "sw_tide": ("Tide Height (m)", "0.4|1.2|-0.3|0.8|2.1|0|0.6|-0.5|1.5|0.2|1|3|0.9|| "),
    "sw_date": ("Harvest Date", DF),
    # a salt works
    "st_purity": ("Purity (%)", "98.5|99.2|97.1|99.8|96.4|98|99.5|95.2|98.9|99|97.6|99.9|96.8|98.3|97|96.5|99.6"),
    "st_bags": ("Bags Packed", "220|340|180|500|260|410|150|600|300|275|90|450|330|120|400"),
    "st_grade": ("Grade", "Flake|Fine|Coarse|Flake - smoked|Fine|Rock|Coarse|Pink Flake|Flaky Sea|Fine Table|"
                 "Grinder|Rock|Brine|Fleur de sel|Extra Fine"),
    "st_batch": ("Batch Code", "SW-101|SW-102|#REF!|SW-104|SW-105||SW-107|SW-108|#N/A|SW-110|SW-111|SW-112| |SW-114"),
    "st_date": ("Pan Drained", DA),
    # a septic tank service
    "se_vol": ("Tank Volume (l)", "2700|3800|4500|2000|6000|3800|2700|7500|3000|4500|2200|5000|9000|3200|4000"),
    "se_sludge": ("Sludge Depth (cm)", "35|60|20|75|45|90|30|55|110|40|65|25|80|50"),
    "se_site": ("Site", "Oak Farm|Mill Cottage|Oak Lodge|The Old Forge|Mill Farm|Hill Top|Brook House|Oak Farm|"
                "Keeper's Cottage|Mill House|Glebe Farm|Hilltop Barn|Ivy Cottage|Old Mill|Farmhouse Lodge|"
                "Royal Oak Inn|Oak Farm Annex|Little Oak Farm"),
    "se_cost": ("Invoice (£)", "180|240|#N/A|320|180||450|275|#VALUE!|200|380| |160|240|300"),
    "se_date": ("Due Empty", DB),
    # visual columns
    "cg_hrs": ("Engine Hours", "1240|860|2100|455|1780|990|3020|620|1500|in refit|1135|2440|780|1910"),
    "dc_vis": ("Visibility (m)", "8|15|4|20|12|nil|6|25|10|3|18|9|14|7"),
    "lf_rows": ("Rows Cut", "14|22|9|31|18|rain|26|12|20|7|16|28|11|19"),
    "cp_moist": ("Moisture (%)", "48|55|62|41|50|n/a|58|45|66|52|39|60|47|54"),
    "rd_slices": ("Slices", "120|64|256|180|32|aborted|96|320|140|80|210|48|160|100"),
    "pd_steps": ("Daily Steps (k)", "4.2|6.8|3.1|9.5|5|not worn|7.3|2.4|8.1|5.6|3.9|10.2|6.1|4.8"),
    "kb_mins": ("Minutes Played", "60|45|70|32|55|injured|68|20|50|62|40|70|38|58"),
    "hu_hurley": ("Hurleys Broken", "1|0|3|2|5|0|4|1|2|on loan|6|3|1|2"),
    "sw_lines": ("Lines Set", "12|8|20|15|6|storm|18|10|24|9|14|16|11|22"),
    "st_pans": ("Pans Worked", "3|5|2|7|4|shut|6|1|8|5|3|9|4|6"),
}


ENTRIES = _joined("""
# a volleyball club
A: can you colour the big hitters? B: how big? A: more than ten kills | GreaterThan(10) | vb_kills | dialogue
    | number-words
Were there fifteen kills or more? Then shade the row. | GreaterThanEqual(15) | vb_kills | quizform | number-words
kills: top 3 -> gold | Top(3) | vb_kills | notes | superlative
Players shall be highlighted where kills fall below the squad average. | BelowAverage() | vb_kills | policy
Per the coaching memo, serve success under 70 is to be flagged. | LessThan(70) | vb_serve | policy
serve% 90-100 = green | Between(90, 100) | vb_serve | notes | range
A: colour the serve numbers please. B: colour them how? A: a colour scale, low to high | ColorScale() | vb_serve
    | dialogue | visual
Does the position end in Hitter? Highlight it. | TextEndsWith("Hitter") | vb_pos | quizform
Is the position exactly Setter? Mark it. | TextEquals("Setter") | vb_pos | quizform
Roster rule 2.1: cells reading exactly Libero shall be shaded. | TextEquals("Libero") | vb_pos | policy | column-word
A: grey out anyone who isn't a blocker. B: so anything without "Blocker" in it? A: yes | TextNotContains("Blocker")
    | vb_pos | dialogue | negation | quoted
A: which matches are this week? B: want them coloured? A: yes, this week's | ThisWeek() | vb_date | dialogue | date
Is the match next month? Then shade it. | NextMonth() | vb_date | quizform | date
fixtures: date = tmrw -> orange | Tomorrow() | vb_date | notes | date
Matches falling in the previous calendar month shall be greyed. | LastMonth() | vb_date | policy | date
subs col: #N/A -> red | Errors() | vb_fee | notes
A: the subs column has gaps. B: empty cells you mean? A: yeah, colour those | Blanks() | vb_fee | dialogue
Did the member pay exactly £40? Then tick it green. | Equals(40) | vb_fee | quizform | number-format
# a handball club
A: who's been scoring? B: define scoring. A: at least eight goals | GreaterThanEqual(8) | hb_goals | dialogue
Did they score no more than 2? Colour them amber. | LessThanEqual(2) | hb_goals | quizform | number-words
save rate -> data bars | DataBar() | hb_saves | notes | visual
Players whose goal tally is the highest 3 shall be marked. | Top(3) | hb_goals | policy | superlative
save rate < .3 = weak, flag | LessThan(0.3) | hb_saves | notes | number-format
Is the save rate above the team average? Make it green. | AboveAverage() | hb_saves | quizform
Per keeper protocol, save rates from 0.35 to 0.45 inclusive are to be shaded. | Between(0.35, 0.45) | hb_saves | policy
    | range | boundary
A: mark the bottom keepers. B: how many? A: the worst 20 percent | BottomPercent(20) | hb_saves | dialogue | superlative
Is the player's surname Koch? Highlight. | TextEndsWith("Koch") | hb_name | quizform
player: starts w/ Karl -> blue | TextStartsWith("Karl") | hb_name | notes
A: some names are in twice. B: colour the repeats? A: yes, every repeated one | Duplicates() | hb_name | dialogue
Names containing "koch" anywhere shall be highlighted. | TextContains("koch") | hb_name | policy | quoted | odd-case
susp = 1 -> amber (warning) | Equals(1) | hb_susp | notes
Does the player have more than four two-minute suspensions? Mark red. | GreaterThan(4) | hb_susp | quizform
    | number-words
Per disciplinary code 7, suspension counts other than 2 shall be flagged. | NotEquals(2) | hb_susp | policy
    | negation
A: when's training? B: you want yesterday's? A: yes, shade yesterday | Yesterday() | hb_date | dialogue | date
trng: last 7d -> yellow | Last7Days() | hb_date | notes | date
Is the session today? Then colour it. | Today() | hb_date | quizform | date
Sessions scheduled within next week shall be marked. | NextWeek() | hb_date | policy | date
# a baseball team
Is the batting average .300 or better? Then make it gold. | GreaterThanEqual(0.3) | bb_avg | quizform | number-format
avg < 0.2 -> slump, red | LessThan(0.2) | bb_avg | notes | number-format
A: colour the hitters in the middle. B: middle meaning? A: between .250 and .300 | Between(0.25, 0.3) | bb_avg
    | dialogue | range | number-format
Batting averages in the top 10% shall be shaded. | TopPercent(10) | bb_avg | policy | superlative
Is the ERA 4.00 exactly? Mark it. | Equals(4) | bb_era | quizform | number-format
A: flag the pitchers who got hit hard. B: ERA over what? A: over five | GreaterThan(5) | bb_era | dialogue
    | number-words
home runs: icons | IconSet() | bb_hr | notes | visual
A pitcher whose ERA is below the staff average shall be highlighted. | BelowAverage() | bb_era | policy
pitch contains Fastball -> red | TextContains("Fastball") | bb_pitch | notes
Is the pitch type exactly Slider? Colour the cell. | TextEquals("Slider") | bb_pitch | quizform
Pitch types listed only once shall be shaded. | Unique() | bb_pitch | policy
A: mark everything but the curveballs. B: everything not equal to Curveball? A: exactly | NOT(TextEquals("Curveball"))
    | bb_pitch | dialogue | negation
A: who are the power hitters? B: most homers? A: top five | Top(5) | bb_hr | dialogue | superlative | number-words
HR bottom 3 -> grey | Bottom(3) | bb_hr | notes | superlative
Did he hit 15 home runs or fewer? Then shade it. | LessThanEqual(15) | bb_hr | quizform
Game days in the current month shall be coloured. | ThisMonth() | bb_date | policy | date
Is the game within the last seven days? Shade it. | Last7Days() | bb_date | quizform | date | number-words
A: which games were last week? B: colour them? A: please | LastWeek() | bb_date | dialogue | date
gm day = today -> bold | Today() | bb_date | notes | date
# a softball league
A: which teams scored big? B: double digits? A: ten or more runs | GreaterThanEqual(10) | sb_runs | dialogue
    | number-words
Were fewer than 4 runs scored? Then mark it. | LessThan(4) | sb_runs | quizform
runs: not 5-10 -> grey | NotBetween(5, 10) | sb_runs | notes | range | negation
Run totals above the league average shall be highlighted. | AboveAverage() | sb_runs | policy
team dupes -> orange | Duplicates() | sb_team | notes
Does the team name start with Rockets? Colour it. | TextStartsWith("Rockets") | sb_team | quizform
A: find the Jays. B: anything with "jays" in it? A: yep | TextContains("Jays") | sb_team | dialogue | quoted
Teams appearing a single time in the list shall be shaded. | Unique() | sb_team | policy
Fines from £20 to £50 inclusive shall be reported in red. | Between(20, 50) | sb_fine | policy | range | number-format
A: who paid a fiver? B: exactly five? A: yes, five | Equals(5) | sb_fine | dialogue
fine col blank -> yellow | Blanks() | sb_fine | notes | column-word
Is the fine anything but five quid? Grey it. | NotEquals(5) | sb_fine | quizform | negation
ump rating: errors -> flag | Errors() | sb_ump | notes
Umpire ratings free of errors shall be shaded green. | NotErrors() | sb_ump | policy | negation
A: colour the good umpires. B: how good? A: rating above four | GreaterThan(4) | sb_ump | dialogue
Is the fixture tomorrow? Highlight it. | Tomorrow() | sb_date | quizform | date
A: can you mark next week's fixtures? B: sure, next week only? A: yes | NextWeek() | sb_date | dialogue | date
fixture = this wk -> blue | ThisWeek() | sb_date | notes | date
Fixtures played in the last month shall be greyed. | LastMonth() | sb_date | policy | date
# a sumo stable
A: flag the heavy ones. B: how heavy? A: over 180 kilos | GreaterThan(180) | su_wt | dialogue
Does he weigh 160 kg exactly? Mark it. | Equals(160) | su_wt | quizform
wt: bottom 2 -> blue | Bottom(2) | su_wt | notes | superlative
Weights between 150 and 170 kg inclusive shall be shaded. | Between(150, 170) | su_wt | policy | range
Did he win exactly eight? Then colour it green. | Equals(8) | su_wins | quizform | number-words
A: who had a losing basho? B: fewer than eight wins? A: that's it | LessThan(8) | su_wins | dialogue | number-words
wins -> colour scale | ColorScale() | su_wins | notes | visual
Win counts in the top 20% shall be marked. | TopPercent(20) | su_wins | policy | superlative
Is the rank a Maegashira one? Shade it. | TextStartsWith("Maegashira") | su_rank | quizform
A: mark the Komusubi and the Ozeki. B: just those two ranks exactly? A: yes
    | OR(TextEquals("Komusubi"), TextEquals("Ozeki")) | su_rank | dialogue | compound
rank contains juryo -> yellow | TextContains("juryo") | su_rank | notes | odd-case
Ranks not containing "shita" shall be greyed. | TextNotContains("shita") | su_rank | policy | quoted | negation
med note: errs -> red | Errors() | su_note | notes
A: mark the notes that are filled in. B: non-empty ones? A: yes | NotBlanks() | su_note | dialogue
Is the medical note exactly "knee"? Then flag it. | TextEquals("knee") | su_note | quizform | quoted
Basho starting today shall be highlighted. | Today() | su_date | policy | date
A: which basho start next week? B: shade them? A: yes | NextWeek() | su_date | dialogue | date
basho: this mth -> green | ThisMonth() | su_date | notes | date
Did the basho start yesterday? Mark it. | Yesterday() | su_date | quizform | date
# a wrestling club
A: who's pinning people? B: how many pins? A: five or more | GreaterThanEqual(5) | wr_pins | dialogue | number-words
Did the wrestler record exactly one pin? Then grey it. | Equals(1) | wr_pins | quizform | number-words
pins: top 25% -> gold | TopPercent(25) | wr_pins | notes | superlative
Pin counts below the club average shall be noted in amber. | BelowAverage() | wr_pins | policy
Is the class 97 kg or heavier? Colour it. | GreaterThanEqual(97) | wr_class | quizform
A: colour the light classes. B: up to what? A: up to and including 61 | LessThanEqual(61) | wr_class | dialogue
    | boundary
class dupes -> blue | Duplicates() | wr_class | notes
Weight classes outside the 65 to 86 kg band shall be greyed. | NotBetween(65, 86) | wr_class | policy | range | negation
Does the name end in Ortiz? Highlight it. | TextEndsWith("Ortiz") | wr_name | quizform
A: mark the Khans. B: anyone with khan in the name? A: yes | TextContains("khan") | wr_name | dialogue | odd-case
wrestler = Tom Bright -> red | TextEquals("Tom Bright") | wr_name | notes
Wrestlers whose names do not start with "Sam" shall be shaded. | NOT(TextStartsWith("Sam")) | wr_name | policy
    | negation | quoted
weigh-in < 57 -> under, red | LessThan(57) | wr_wt | notes | boundary
Is the weigh-in below 65.8? Then shade it. | LessThan(65.8) | wr_wt | quizform | number-format
A: show me the weigh-ins as bars. B: data bars? A: yep | DataBar() | wr_wt | dialogue | visual
Weigh-ins from 69.9 to 79 kg inclusive shall be shaded. | Between(69.9, 79) | wr_wt | policy | range
Tournaments in the last seven days shall be marked. | Last7Days() | wr_date | policy | date | number-words
A: which tournaments are next month? B: July ones? A: right | NextMonth() | wr_date | dialogue | date
trnmt = ystdy -> grey | Yesterday() | wr_date | notes | date | typo
Is the tournament last week? Mark it. | LastWeek() | wr_date | quizform | date
# a greyhound track
A: which runs were quick? B: under what? A: under 29 seconds | LessThan(29) | gt_time | dialogue
Is the run time 29.45 exactly? Mark it. | Equals(29.45) | gt_time | quizform | number-format
run time: fastest 3 -> green | Bottom(3) | gt_time | notes | superlative | polarity
Run times slower than the meeting average shall be shaded. | AboveAverage() | gt_time | policy | polarity
Was the starting price 10 or more? Colour it. | GreaterThanEqual(10) | gt_odds | quizform
A: mark the favourites. B: lowest prices? A: the bottom three | Bottom(3) | gt_odds | dialogue | superlative
    | number-words
SP 4-8 -> yellow | Between(4, 8) | gt_odds | notes | range
Starting prices above 3 shall be highlighted. | GreaterThan(3) | gt_odds | policy
Does the dog's name contain Sally? Highlight it. | TextContains("Sally") | gt_dog | quizform
A: some dogs are down twice. B: mark the doubles? A: yes | Duplicates() | gt_dog | dialogue
dog name ends Blue -> blue | TextEndsWith("Blue") | gt_dog | notes
Dogs whose names do not contain "Rex" shall be greyed. | TextNotContains("Rex") | gt_dog | policy | quoted | negation
trap 4 -> red | Equals(4) | gt_trap | notes
Is it trap 3? Then colour it. | Equals(3) | gt_trap | quizform
A: highlight the outside traps. B: which? A: anything above 4 | GreaterThan(4) | gt_trap | dialogue
Race nights this week shall be marked. | ThisWeek() | gt_date | policy | date
A: is there racing tonight? B: today? A: yes, colour today | Today() | gt_date | dialogue | date
race nt: last wk -> grey | LastWeek() | gt_date | notes | date
Was the race night last month? Grey it. | LastMonth() | gt_date | quizform | date
# a coastguard station
A: which boats are fuelled heavy? B: over what? A: over a thousand litres | GreaterThan(1000) | cg_fuel | dialogue
    | number-words
Is the fuel load 1,000 l or less? Then shade it. | LessThanEqual(1000) | cg_fuel | quizform | number-format
fuel: top 2 -> red | Top(2) | cg_fuel | notes | superlative
Fuel loads outside 500 to 1,500 litres shall be reviewed. | NotBetween(500, 1500) | cg_fuel | policy | range
    | number-format
Response times exceeding 15 minutes shall be flagged. | GreaterThan(15) | cg_resp | policy | boundary
A: show the fast responses. B: how fast? A: ten minutes or under | LessThanEqual(10) | cg_resp | dialogue | number-words
engine hrs -> colour scale | ColorScale() | cg_hrs | notes | visual
Was the response slower than average? Mark it. | AboveAverage() | cg_resp | quizform | polarity
Is the incident exactly "Medevac"? Flag it red. | TextEquals("Medevac") | cg_type | quizform | quoted
A: mark the vessel jobs. B: anything starting "Vessel"? A: yes | TextStartsWith("Vessel") | cg_type | dialogue | quoted
incident has "person" -> orange | TextContains("person") | cg_type | notes | quoted | odd-case
Incident types recorded once only shall be shaded. | Unique() | cg_type | policy
vols < 3 -> short crew, red | LessThan(3) | cg_vol | notes
Did more than 8 volunteers turn out? Then colour it green. | GreaterThan(8) | cg_vol | quizform
Callouts with crew counts other than 5 shall be greyed. | NotEquals(5) | cg_vol | policy | negation
A: which callouts were in May? B: last month? A: yes | LastMonth() | cg_date | dialogue | date
Is the callout from yesterday? Shade it. | Yesterday() | cg_date | quizform | date
callout: last 7 days -> yellow | Last7Days() | cg_date | notes | date
Callouts dated within the current week shall be marked. | ThisWeek() | cg_date | policy | date
# a gliding club
A: who got up high? B: how high? A: above 5000 feet | GreaterThan(5000) | gc_alt | dialogue | boundary
Did the flight top out under 3,000 ft? Mark it. | LessThan(3000) | gc_alt | quizform | number-format
max ht: top 3 -> gold | Top(3) | gc_alt | notes | superlative
Heights from 3,500 to 5,000 ft inclusive shall be shaded. | Between(3500, 5000) | gc_alt | policy | range
    | number-format
Was the flight an hour exactly? Colour it. | Equals(60) | gc_dur | quizform | number-words
A: who stayed up long? B: over two hours? A: yes, over 120 minutes | GreaterThan(120) | gc_dur | dialogue | number-words
flight min: bottom 20% -> grey | BottomPercent(20) | gc_dur | notes | superlative
Flights below the average duration shall be marked. | BelowAverage() | gc_dur | policy
Is the glider entry exactly ASK 21? Highlight it. | TextEquals("ASK 21") | gc_glider | quizform
A: mark the Discus gliders. B: any Discus? A: yes, anything with Discus in it | TextContains("Discus") | gc_glider
    | dialogue
glider begins "AS" -> blue | TextStartsWith("AS") | gc_glider | notes | quoted
Gliders listed more than once shall be shaded. | Duplicates() | gc_glider | policy
launch fee errs -> red | Errors() | gc_launch | notes
A: colour the missing fees. B: blank ones? A: yes | Blanks() | gc_launch | dialogue
Launch fees that are not errors shall be shaded. | NotErrors() | gc_launch | policy | negation
Is the fee £35? Then mark it. | Equals(35) | gc_launch | quizform | number-format
Flying days next month shall be noted. | NextMonth() | gc_date | policy | date
A: are we flying tomorrow? B: you want it marked? A: yes, tomorrow | Tomorrow() | gc_date | dialogue | date
fly day: this month -> green | ThisMonth() | gc_date | notes | date
Is the flying day next week? Shade it. | NextWeek() | gc_date | quizform | date
# a dive centre
A: flag the deep dives. B: how deep? A: deeper than 30 metres | GreaterThan(30) | dc_depth | dialogue
Is the max depth 18 m or shallower? Then shade it. | LessThanEqual(18) | dc_depth | quizform
depth 18-30 -> blue | Between(18, 30) | dc_depth | notes | range
Dives ranked in the deepest three shall be reviewed. | Top(3) | dc_depth | policy | superlative
air < 50 bar -> red!! | LessThan(50) | dc_air | notes | boundary
A: who came up with lots of air? B: over 100 bar? A: over 100 | GreaterThan(100) | dc_air | dialogue
Air remaining above the average of the group shall be marked green. | AboveAverage() | dc_air | policy
Is the air reading one of the lowest two? Flag it. | Bottom(2) | dc_air | quizform | superlative
cert = Open Water -> yellow | TextEquals("Open Water") | dc_cert | notes
Does the certification mention Nitrox? Highlight it. | TextContains("Nitrox") | dc_cert | quizform
A: mark every cert except Open Water ones. B: not starting Open Water? A: right | NOT(TextStartsWith("Open Water"))
    | dc_cert | dialogue | negation
Certifications listed just once shall be shaded. | Unique() | dc_cert | policy
water temp blank -> grey | Blanks() | dc_temp | notes
A: colour the visibility. B: with a scale? A: a colour scale, yes | ColorScale() | dc_vis | dialogue | visual
Is the water below 15 degrees? Then mark it blue. | LessThan(15) | dc_temp | quizform
Temperatures from 20 to 25 °C inclusive shall be highlighted. | Between(20, 25) | dc_temp | policy | range
A: any dives today? B: today's date? A: yes, mark those | Today() | dc_date | dialogue | date
dive dt: last 7 d -> green | Last7Days() | dc_date | notes | date
Dives scheduled for tomorrow shall be highlighted. | Tomorrow() | dc_date | policy | date
Was the dive last week? Grey it. | LastWeek() | dc_date | quizform | date
# a lavender farm
A: which stills did well? B: oil over what? A: over 500 ml | GreaterThan(500) | lf_yield | dialogue
Did the still give 400 ml or less? Shade it. | LessThanEqual(400) | lf_yield | quizform
rows cut -> data bars | DataBar() | lf_rows | notes | visual
Yields in the top 20 percent shall be marked. | TopPercent(20) | lf_yield | policy | superlative
A: mark the slow stalls. B: bunches under what? A: under 90 | LessThan(90) | lf_bunch | dialogue
Were 150 bunches or more sold? Colour it green. | GreaterThanEqual(150) | lf_bunch | quizform
bunches: not 100-200 -> grey | NotBetween(100, 200) | lf_bunch | notes | range | negation
Sales below the average for the season shall be flagged. | BelowAverage() | lf_bunch | policy
Is the variety Hidcote? Mark it purple. | TextEquals("Hidcote") | lf_var | quizform
A: show the Munstead rows. B: starting with Munstead? A: yep | TextStartsWith("Munstead") | lf_var | dialogue
var: dupes -> orange | Duplicates() | lf_var | notes
Varieties without "Hidcote" in their name shall be greyed. | TextNotContains("Hidcote") | lf_var | policy | quoted
    | negation
moisture > 15 -> too wet, red | GreaterThan(15) | lf_brix | notes
Is the moisture between 10 and 12.5 percent? Then shade it. | Between(10, 12.5) | lf_brix | quizform | range
A: which bales are dry? B: moisture under 9? A: under nine | LessThan(9) | lf_brix | dialogue | number-words
Moisture readings equal to 12 shall be noted. | Equals(12) | lf_brix | policy
Cuts made this week shall be coloured. | ThisWeek() | lf_date | policy | date
A: which cuts were last month? B: May? A: yes, May | LastMonth() | lf_date | dialogue | date
cut dt = tdy -> green | Today() | lf_date | notes | date | typo
Is the cut in the next week? Mark it. | NextWeek() | lf_date | quizform | date
# a goat farm
A: who's milking well? B: more than what? A: more than 3.5 litres | GreaterThan(3.5) | gf_milk | dialogue
    | number-format
Is the daily milk under two litres? Flag it. | LessThan(2) | gf_milk | quizform | number-words
milk l/day: top 3 -> green | Top(3) | gf_milk | notes | superlative
Yields from 2.5 to 3.3 litres inclusive shall be shaded. | Between(2.5, 3.3) | gf_milk | policy | range | number-format
kids = 1 -> single, note | Equals(1) | gf_kids | notes
A: mark the multiple births. B: twins up? A: two or more | GreaterThanEqual(2) | gf_kids | dialogue | number-words
Did she have more than three kids? Colour it. | GreaterThan(3) | gf_kids | quizform | number-words
Kid counts other than 1 shall be highlighted. | NotEquals(1) | gf_kids | policy | negation
Is the breed Nubian? Shade it. | TextEquals("Nubian") | gf_breed | quizform
A: mark the crosses. B: anything ending in Cross? A: yes | TextEndsWith("Cross") | gf_breed | dialogue
breed has saanen -> white | TextContains("saanen") | gf_breed | notes | odd-case
Breeds that occur only once shall be shaded. | Unique() | gf_breed | policy
A: some ear tags are doubled. B: mark duplicates? A: please | Duplicates() | gf_tag | dialogue
tag: #N/A -> red | Errors() | gf_tag | notes
Ear tags that are not blank shall be shaded. | NotBlanks() | gf_tag | policy | negation
Does the tag start with UK0? Highlight it. | TextStartsWith("UK0") | gf_tag | quizform
A: any kiddings due tomorrow? B: mark them? A: yes | Tomorrow() | gf_date | dialogue | date
due: last 7 days -> red (overdue) | Last7Days() | gf_date | notes | date
Kiddings due this month shall be coloured. | ThisMonth() | gf_date | policy | date
Is the kidding due next month? Shade it. | NextMonth() | gf_date | quizform | date
# a composting site
A: which piles are hot enough? B: 55 or above? A: 55 and up | GreaterThanEqual(55) | cp_temp | dialogue | boundary
Is the pile temperature below 45? Mark it blue. | LessThan(45) | cp_temp | quizform
moisture % -> icon set | IconSet() | cp_moist | notes | visual
Pile temperatures outside 50 to 70 °C shall be flagged. | NotBetween(50, 70) | cp_temp | policy | range | negation
intake > 20 t -> orange | GreaterThan(20) | cp_tonnes | notes
A: show the light loads. B: under ten tonnes? A: under 10 | LessThan(10) | cp_tonnes | dialogue
Is the intake among the biggest 25%? Colour it. | TopPercent(25) | cp_tonnes | quizform | superlative
Intakes above the site average shall be marked. | AboveAverage() | cp_tonnes | policy
Is the feedstock entry just "Food waste"? Shade it. | TextEquals("Food waste") | cp_feed | quizform | quoted
A: mark the green waste. B: starting "Green waste"? A: yes | TextStartsWith("Green waste") | cp_feed | dialogue | quoted
feedstock contains wood -> brown | TextContains("wood") | cp_feed | notes
Feedstocks not containing "waste" shall be greyed. | TextNotContains("waste") | cp_feed | policy | quoted | negation
ph > 8 -> alkaline, flag | GreaterThan(8) | cp_ph | notes
A: which piles are acidic? B: pH under 7? A: yes, under seven | LessThan(7) | cp_ph | dialogue | number-words
Is the pH 7.5 exactly? Mark it. | Equals(7.5) | cp_ph | quizform | number-format
pH values from 6.5 to 7.5 inclusive shall be shaded green. | Between(6.5, 7.5) | cp_ph | policy | range
A: which piles were turned last week? B: mark those? A: yes | LastWeek() | cp_date | dialogue | date
turned = yesterday -> grey | Yesterday() | cp_date | notes | date
Piles turned today shall be marked. | Today() | cp_date | policy | date
Was the pile turned in the last seven days? Shade it. | Last7Days() | cp_date | quizform | date | number-words
# a radiology department
A: flag the long waits. B: over what? A: over four weeks, so 28 days | GreaterThan(28) | rd_wait | dialogue
Is the wait a fortnight exactly? Mark it. | Equals(14) | rd_wait | quizform | number-words
slices -> data bar | DataBar() | rd_slices | notes | visual
Waits shorter than a week shall be shaded green. | LessThan(7) | rd_wait | policy | number-words
dose >= 10 mSv -> red | GreaterThanEqual(10) | rd_dose | notes
A: colour the low doses. B: below 1 mSv? A: yes | LessThan(1) | rd_dose | dialogue
Is the dose one of the top 3? Flag it. | Top(3) | rd_dose | quizform | superlative
Doses below the departmental average shall be noted. | BelowAverage() | rd_dose | policy
exam starts CT -> blue | TextStartsWith("CT") | rd_exam | notes
Does the exam end in Knee? Highlight it. | TextEndsWith("Knee") | rd_exam | quizform
A: mark the MRIs. B: anything with MRI in it? A: yes | TextContains("MRI") | rd_exam | dialogue
Exams that appear more than once shall be shaded. | Duplicates() | rd_exam | policy
A: which reports are blank? B: empty ones? A: yes, colour them | Blanks() | rd_report | dialogue
report status err -> red | Errors() | rd_report | notes
Is the report status exactly Final? Shade it green. | TextEquals("Final") | rd_report | quizform
Report statuses that are not errors shall be shaded. | NotErrors() | rd_report | policy | negation
Appointments next week shall be highlighted. | NextWeek() | rd_date | policy | date
A: who's in tomorrow? B: mark tomorrow? A: yes | Tomorrow() | rd_date | dialogue | date
appt: this wk -> yellow | ThisWeek() | rd_date | notes | date
Was the appointment last month? Grey it. | LastMonth() | rd_date | quizform | date
# a podiatry clinic
A: flag the patients in real pain. B: score above what? A: above 7 | GreaterThan(7) | pd_pain | dialogue
Is the pain score exactly 5? Then shade it amber. | Equals(5) | pd_pain | quizform
pain 4-6 -> amber | Between(4, 6) | pd_pain | notes | range
Pain scores of 8 or more shall be escalated. | GreaterThanEqual(8) | pd_pain | policy
Pain scores below the clinic average shall be shaded. | BelowAverage() | pd_pain | policy
A: who visits a lot? B: most visits? A: the top 3 | Top(3) | pd_visits | dialogue | superlative
Did the patient come twice or less? Mark it. | LessThanEqual(2) | pd_visits | quizform | number-words
daily steps -> colour scale | ColorScale() | pd_steps | notes | visual
Visit counts outside 3 to 8 shall be reviewed. | NotBetween(3, 8) | pd_visits | policy | range | negation
Does the condition start with Bunion? Highlight it. | TextStartsWith("Bunion") | pd_cond | quizform
A: mark the ingrown toenails. B: with "ingrown" in them? A: yes | TextContains("ingrown") | pd_cond | dialogue | quoted
    | odd-case
cond = Corn -> yellow | TextEquals("Corn") | pd_cond | notes
Conditions recorded more than once shall be shaded. | Duplicates() | pd_cond | policy
A: insole prices are patchy. B: mark the errors? A: yes, the #N/A ones | Errors() | pd_insole | dialogue
insole £: blank -> grey | Blanks() | pd_insole | notes
Is the insole between £100 and £200? Flag it. | Between(100, 200) | pd_insole | quizform | range | number-format
Insole costs that are filled in shall be shaded. | NotBlanks() | pd_insole | policy
A: who's due back today? B: mark today? A: yes | Today() | pd_date | dialogue | date
next visit: next wk -> blue | NextWeek() | pd_date | notes | date
Is the next visit this month? Shade it. | ThisMonth() | pd_date | quizform | date
Visits that fell in the last week shall be greyed. | LastWeek() | pd_date | policy | date
# a korfball club
A: colour the top scorers. B: korfs over what? A: over ten | GreaterThan(10) | kb_goals | dialogue | number-words
Did they score fewer than three korfs? Mark it. | LessThan(3) | kb_goals | quizform | number-words
korfs: top 20% -> gold | TopPercent(20) | kb_goals | notes | superlative
Korf totals above the club average shall be marked green. | AboveAverage() | kb_goals | policy
Is the shot accuracy 30% or better? Colour it. | GreaterThanEqual(0.3) | kb_acc | quizform | number-format
A: mark the poor shooters. B: accuracy under .2? A: yes | LessThan(0.2) | kb_acc | dialogue | number-format
mins played -> data bars | DataBar() | kb_mins | notes | visual
Accuracies in the bottom 20% shall be shaded. | BottomPercent(20) | kb_acc | policy | superlative
Is the division exactly Premier? Highlight it. | TextEquals("Premier") | kb_div | quizform
A: mark the youth teams. B: starting "Youth"? A: yep | TextStartsWith("Youth") | kb_div | dialogue | quoted
div contains social -> green | TextContains("social") | kb_div | notes | odd-case
Divisions listed once only shall be shaded. | Unique() | kb_div | policy
membership #N/A -> red | Errors() | kb_sub | notes
A: which memberships are missing? B: blank? A: yes | Blanks() | kb_sub | dialogue
Membership cells that are not errors shall be shaded. | NotErrors() | kb_sub | policy | negation
Is the membership £90? Then mark it. | Equals(90) | kb_sub | quizform | number-format
A: anything on yesterday? B: mark yesterday's? A: yes | Yesterday() | kb_date | dialogue | date
match day = this week -> yellow | ThisWeek() | kb_date | notes | date
Match days in the next month shall be noted. | NextMonth() | kb_date | policy | date
Is the match in the last 7 days? Shade it. | Last7Days() | kb_date | quizform | date
# a hurling club
A: who's putting up scores? B: points over what? A: over 12 | GreaterThan(12) | hu_pts | dialogue
Did he score 4 points or fewer? Mark it. | LessThanEqual(4) | hu_pts | quizform
points: bottom 3 -> grey | Bottom(3) | hu_pts | notes | superlative
Point totals from 6 to 13 inclusive shall be shaded. | Between(6, 13) | hu_pts | policy | range
Is the card count two exactly? Then shade it. | Equals(2) | hu_cards | quizform | number-words
A: flag the hotheads. B: cards? A: three or more yellows | GreaterThanEqual(3) | hu_cards | dialogue | number-words
hurleys broken -> icons | IconSet() | hu_hurley | notes | visual
Card counts other than 1 shall be highlighted. | NotEquals(1) | hu_cards | policy | negation
Does the position end in Back? Highlight it. | TextEndsWith("Back") | hu_pos | quizform
A: mark the forwards. B: anything with Forward in it? A: yes | TextContains("Forward") | hu_pos | dialogue
pos = Midfield -> green | TextEquals("Midfield") | hu_pos | notes
Positions that are not goalkeeper roles, i.e. do not contain "Goalkeeper", shall be shaded.
    | TextNotContains("Goalkeeper") | hu_pos | policy | quoted | negation
sliotars lost > 5 -> bill them | GreaterThan(5) | hu_sliotar | notes
A: who lost exactly three? B: three sliotars? A: yes | Equals(3) | hu_sliotar | dialogue
Is the loss count in the top 2? Flag it. | Top(2) | hu_sliotar | quizform | superlative
Losses above the squad average shall be noted. | AboveAverage() | hu_sliotar | policy
Championship dates tomorrow shall be highlighted. | Tomorrow() | hu_date | policy | date
A: which dates are last week? B: grey them? A: yes | LastWeek() | hu_date | dialogue | date
champ dt: last month -> grey | LastMonth() | hu_date | notes | date
Is the date today? Colour it. | Today() | hu_date | quizform | date
# a seaweed harvester
A: which hauls were big? B: over what? A: over 400 kg | GreaterThan(400) | sw_wet | dialogue
Is the wet weight under 100 kg? Mark it. | LessThan(100) | sw_wet | quizform
lines set -> colour scale | ColorScale() | sw_lines | notes | visual
Hauls ranked in the top 25% shall be shaded. | TopPercent(25) | sw_wet | policy | superlative
Is the species exactly Kelp? Highlight it. | TextEquals("Kelp") | sw_species | quizform
A: mark the dulses. B: anything ending in dulse? A: yes | TextEndsWith("dulse") | sw_species | dialogue
species has wrack -> brown | TextContains("wrack") | sw_species | notes
Species recorded only once shall be shaded. | Unique() | sw_species | policy
salinity > 35 -> red | GreaterThan(35) | sw_salin | notes
A: mark the fresher water. B: salinity below 32? A: yes | LessThan(32) | sw_salin | dialogue
Is the salinity 34.5 exactly? Colour it. | Equals(34.5) | sw_salin | quizform | number-format
Salinity readings between 33 and 35 ppt inclusive shall be shaded. | Between(33, 35) | sw_salin | policy | range
A: which tides were below datum? B: negative? A: under 0 | LessThan(0) | sw_tide | dialogue
tide ht blank -> grey | Blanks() | sw_tide | notes
Is the tide from 1 to 3 m? Then mark it. | Between(1, 3) | sw_tide | quizform | range
Tide heights that are not blank shall be shaded. | NotBlanks() | sw_tide | policy | negation
A: any harvests in the last 7 days? B: mark them? A: yes | Last7Days() | sw_date | dialogue | date
harvest = this mth -> green | ThisMonth() | sw_date | notes | date
Harvests planned for next week shall be highlighted. | NextWeek() | sw_date | policy | date
Was the harvest yesterday? Shade it. | Yesterday() | sw_date | quizform | date
# a salt works
A: flag the purest batches. B: how pure? A: 99.5 or above | GreaterThanEqual(99.5) | st_purity | dialogue
    | number-format
Is the purity below 97? Mark it. | LessThan(97) | st_purity | quizform
purity: bottom 3 -> red | Bottom(3) | st_purity | notes | superlative
Purity readings below the average shall be noted. | BelowAverage() | st_purity | policy
A: which days packed lots? B: over 400 bags? A: yes | GreaterThan(400) | st_bags | dialogue
Were 150 bags or fewer packed? Colour it. | LessThanEqual(150) | st_bags | quizform
pans worked -> data bars | DataBar() | st_pans | notes | visual
Bag counts outside 200 to 450 shall be reviewed. | NotBetween(200, 450) | st_bags | policy | range | negation
Is the grade exactly Fine? Highlight it. | TextEquals("Fine") | st_grade | quizform
A: mark the flake grades. B: anything with flake in it? A: yes | TextContains("flake") | st_grade | dialogue | odd-case
grade dupes -> blue | Duplicates() | st_grade | notes
Grades not starting with "Fine" shall be greyed. | NOT(TextStartsWith("Fine")) | st_grade | policy | quoted | negation
batch code err -> red | Errors() | st_batch | notes
A: some batch codes are empty. B: colour the blanks? A: yes | Blanks() | st_batch | dialogue
Batch codes that are not errors shall be shaded. | NotErrors() | st_batch | policy | negation
Does the batch code end in 1? Shade it. | TextEndsWith("1") | st_batch | quizform
A: which pans drained last month? B: May ones? A: yes | LastMonth() | st_date | dialogue | date
pan drained = tmrw -> blue | Tomorrow() | st_date | notes | date
Pans drained last week shall be greyed. | LastWeek() | st_date | policy | date
Is the pan due next month? Shade it. | NextMonth() | st_date | quizform | date
# a septic tank service
A: mark the big tanks. B: over what? A: over 5000 litres | GreaterThan(5000) | se_vol | dialogue | number-format
Is the tank 3,800 litres? Mark it. | Equals(3800) | se_vol | quizform | number-format
tank vol: top 3 -> orange | Top(3) | se_vol | notes | superlative
Tanks from 2,500 to 4,000 litres inclusive shall be shaded. | Between(2500, 4000) | se_vol | policy | range
    | number-format
sludge > 75 cm -> empty asap | GreaterThan(75) | se_sludge | notes | boundary
A: which are fine for now? B: sludge under 40? A: yes, under forty | LessThan(40) | se_sludge | dialogue | number-words
Is the sludge depth above the average? Flag it. | AboveAverage() | se_sludge | quizform
Sludge depths in the top 20% shall be prioritised. | TopPercent(20) | se_sludge | policy | superlative
Does the site name end in Farm? Highlight it. | TextEndsWith("Farm") | se_site | quizform
A: mark the Oak sites. B: starting with Oak? A: yes | TextStartsWith("Oak") | se_site | dialogue
site repeats -> yellow | Duplicates() | se_site | notes
Sites not containing "Mill" shall be greyed. | TextNotContains("Mill") | se_site | policy | quoted | negation
invoice errs -> red | Errors() | se_cost | notes
A: which invoices are missing? B: blanks? A: yes | Blanks() | se_cost | dialogue
Is the invoice from £300 to £450? Flag it. | Between(300, 450) | se_cost | quizform | range | number-format
Invoices that are not blank shall be shaded. | NotBlanks() | se_cost | policy | negation
A: any tanks due today? B: mark today? A: yes | Today() | se_date | dialogue | date
due empty: last 7 days -> red | Last7Days() | se_date | notes | date
Tanks due this week shall be highlighted. | ThisWeek() | se_date | policy | date
Is it due tomorrow? Shade it. | Tomorrow() | se_date | quizform | date
# combinations
A: colour the middling kill counts. B: middling? A: more than 5 but fewer than 12 | AND(GreaterThan(5), LessThan(12))
    | vb_kills | dialogue | compound
kills < 2 or > 20 -> look at | OR(LessThan(2), GreaterThan(20)) | vb_kills | notes | compound
Does the hitter bat over .250 and under .311? Shade it. | AND(GreaterThan(0.25), LessThan(0.311)) | bb_avg | quizform
    | compound | number-format
Runs of fewer than 3 or more than 12 shall be flagged. | OR(LessThan(3), GreaterThan(12)) | sb_runs | policy | compound
A: flag the extreme weights. B: extreme? A: under 145 or over 190 | OR(LessThan(145), GreaterThan(190)) | su_wt
    | dialogue | compound
trap 2 or 5 -> yellow | OR(Equals(2), Equals(5)) | gt_trap | notes | compound
Is the response over 10 and at most 20 minutes? Mark it amber. | AND(GreaterThan(10), LessThanEqual(20)) | cg_resp
    | quizform | compound
Depths over 20 m that are also no deeper than 35 m shall be logged. | AND(GreaterThan(20), LessThanEqual(35)) | dc_depth
    | policy | compound
A: which bunches numbers look odd? B: odd how? A: under 60 or over 250 | OR(LessThan(60), GreaterThan(250)) | lf_bunch
    | dialogue | compound
milk >= 3 AND < 4 -> green | AND(GreaterThanEqual(3), LessThan(4)) | gf_milk | notes | compound
Is the pile hotter than 60 or colder than 40? Flag it. | OR(GreaterThan(60), LessThan(40)) | cp_temp | quizform
    | compound
Waits over 7 days and under 30 days shall be shaded amber. | AND(GreaterThan(7), LessThan(30)) | rd_wait | policy
    | compound
A: which korf totals are middling? B: say? A: above 4 and below 10 | AND(GreaterThan(4), LessThan(10)) | kb_goals
    | dialogue | compound
pts < 3 or > 15 -> review | OR(LessThan(3), GreaterThan(15)) | hu_pts | notes | compound
Is the haul between 200 kg, not counting 200, and 450 kg, not counting 450? Shade it.
    | AND(GreaterThan(200), LessThan(450)) | sw_wet | quizform | compound | boundary
Purity readings below 96.5 or above 99.6 shall be checked. | OR(LessThan(96.5), GreaterThan(99.6)) | st_purity | policy
    | compound
A: mark the dogs that aren't in trap 2. B: everything except trap 2? A: yes | NOT(Equals(2)) | gt_trap | dialogue
    | negation
pain not > 5 -> fine, green | NOT(GreaterThan(5)) | pd_pain | notes | negation
Is the tank not among the 3 biggest? Grey it. | NOT(Top(3)) | se_vol | quizform | negation | superlative
Sites that are not Oak Farm shall be shaded. | NOT(TextEquals("Oak Farm")) | se_site | policy | negation
A: mark the divisions that aren't Premier ones. B: not starting Premier? A: right | NOT(TextStartsWith("Premier"))
    | kb_div | dialogue | negation
Does the exam not start with CT? Colour it. | NOT(TextStartsWith("CT")) | rd_exam | quizform | negation
# more of the rarer functions
The shortest-priced 25% of runners shall be marked as favourites. | BottomPercent(25) | gt_odds | policy | superlative
oil yield: bottom 20% -> check still | BottomPercent(20) | lf_yield | notes | superlative
Is the response time in the quickest 10%? Colour it green. | BottomPercent(10) | cg_resp | quizform | superlative
A: icons on daily steps please. B: the traffic lights? A: an icon set, yes | IconSet() | pd_steps | dialogue | visual
Lines set: could you show them as icons? Yes, an icon set. | IconSet() | sw_lines | quizform | visual
Per club rule 5, subs differing from £40 are to be highlighted. | NotEquals(40) | vb_fee | policy | negation
era != 4 -> grey | NotEquals(4) | bb_era | notes | negation
A: colour the good notes. B: good meaning no error? A: right | NotErrors() | su_note | dialogue | negation
appt = yday -> grey | Yesterday() | rd_date | notes | date
Flying days dated yesterday shall be logged. | Yesterday() | gc_date | policy | date
A: mark this month's training. B: June? A: yes | ThisMonth() | hb_date | dialogue | date
Is the weight class listed only once? Shade it. | Unique() | wr_class | quizform
Hitters with home run totals in the highest 20% shall be shaded. | TopPercent(20) | bb_hr | policy | superlative
Is the starting price under the field average? Mark it. | BelowAverage() | gt_odds | quizform
""")


# The set files written before this one. A set file written beside this one (sixteenth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "eleventh_cf.json",
              "eleventh_tables.json", "everyday_cf.json", "everyday_tables.json", "fifteenth_cf.json",
              "fifteenth_tables.json", "fifth_cf.json", "fifth_tables.json", "forum_tables.json",
              "fourteenth_cf.json", "fourteenth_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fresh_cf.json", "fresh_tables.json", "ninth_cf.json", "ninth_tables.json", "plain_cf.json",
              "posts_tables.json", "seventh_cf.json", "seventh_tables.json", "sixth_cf.json",
              "sixth_tables.json", "spoken_cf.json", "template_tables.json", "tenth_cf.json", "tenth_tables.json",
              "third_cf.json", "third_tables.json", "thirteenth_cf.json", "thirteenth_tables.json",
              "twelfth_cf.json", "twelfth_tables.json", "web_cf.json")


column_sets.bind(globals(), SIXTEENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
