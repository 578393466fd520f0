"""A fifteenth independent set of one-column CF requests, and the builder of fifteenth_cf.json.

Written from scratch (2026-12-07 06:13 to 06:25 UTC by `date -u`, engineer E15c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of
twenty domains no earlier builder's docstring names, on this set's own columns (a hockey club, a judo club, a
barber shop, a speedway team, a triathlon club, a badminton club, a netball league, a water polo club, a
Christmas tree farm, a fireworks company, a skip hire firm, a boxing gym, a disc golf course, a poker league,
a hedgehog rescue, a bat survey group, a cable car, a damp proofing firm, a paving contractor, an ultrasound
clinic), in four styles new to the one-column sets: `prompt` (written as a prompt to an AI assistant: "You are
a spreadsheet whizz. Mark rents above 900", "Act as an Excel helper and shade the empty cells"), `email` (a
short work e-mail with a greeting and a sign-off, sometimes a subject line: "Hi Ann, could you colour the late
ones? Thanks, Raj"), `abbrev` (heavy abbreviations and symbols: "qty >= 5", "amt = #N/A -> red", "dt = yday")
and `comparative` (the value given relative to a reference said in words: "heavier than the 20 kg limit",
"rents below last year's 900 average"); these examples are made up for this docstring and are not entries.
Only requests the language expresses exactly, one right rule on the column, every literal recoverable by a
careful reader ("a tenner" -> 10, "20,000" -> 20000, "10K" -> 10000, "£2k" -> 2000, "80%" on a column of
percentages -> 0.8, "a week" of days -> 7, "a fortnight" -> 14, "under par" on a To Par column -> LessThan(0),
"even par" -> Equals(0), "no lower than 6.5" -> GreaterThanEqual(6.5), "everything except the 3 heaviest" ->
NOT(Top(3)), "worst 25%" of golf scores -> TopPercent(25), "faster" laps or runs -> smaller times, "faster"
bike splits in km/h -> larger speeds). Labels are what the executor formats with Today = 2024-06-12 (a
Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 -
12 June, last month May, next month July), with Excel's semantics kept as they are (a blank compares as 0 and
any text is greater than any number, so a comparison may format a blank or a text cell such as "DNF";
comparisons were kept off the columns whose text cell a reader would count the other way: a "calm" wind cell
and a "free" ticket cell were renamed "no reading" and "tbc").

What its author read: of benchmarks/data/fourteenth_cf.py, which this builder mirrors, only lines 1-146 (its
module docstring, imports, constants and date lists) and 780-800 (the closing of its ENTRIES and the code
after them), by `sed -n`, the line numbers found by the brief's `grep -n` of its top-level names and an `awk`
that printed only the number of the line closing ENTRIES (780); benchmarks/data/everyday_common.py and
benchmarks/data/column_sets.py (all, `cat`); tests/benchmarks/test_one_column_sets_data.py and
tests/benchmarks/set_files.py (all, `cat`); ../shared/docs/CF_RULES.md, ../shared/docs/EVALUATION.md and
../shared/data/README.md (all, `cat`); of benchmarks/data/README.md only the one line of its table for
fourteenth_cf.json (`grep -n fourteenth_cf`, which printed that line only); the public API of
cf_assistant.languages.cf (parse and to_text tried on 11 made-up rules to see their canonical spelling, and
formatted_rows and table_from_records, as everyday_common uses them, run once on a made-up column of six cells
to see which cells ColorScale, NotBlanks, NotErrors, Errors and GreaterThan(0) format). Commands that printed
anything else: `date -u` (about 10 times); `git status --short` (twice: it showed files under cf_assistant/
and tests/ modified by someone else, and fifteenth_tables.* and tests/benchmarks/test_table_sets_data.py of
engineer E15t, names only); a program that printed the row numbers of the four README lines of fourteenth_cf,
fourteenth_tables, fifteenth_cf and fifteenth_tables (to check the order after inserting this set's line by a
program that printed nothing); `ls benchmarks/data/` (for OTHER_SETS); `wc -l` of fourteenth_cf.py and `wc -c`
of the two shared docs; three runs of a program that printed only one pair of booleans per candidate domain
word: whether any other builder's module docstring (benchmarks/data/*.py except this one, by
`ast.get_docstring`, lower-cased) holds it as a substring, and whether the whole benchmarks/data/README.md
does; the builder's own runs (their problems and counts per function, style, tag and half); a program that
printed the half (dev/test, from the ID hash) of a few rewordings of this set's own drafts, and one that
printed rewordings of this set's own test-half drafts that fall in dev; `awk` listings of this builder's lines
over 120 characters; a check that the builder's joined entry lines equal its drafts (it printed `429 429
True`); the test module's pass counts; `md5sum` of the built file (a hash); one run of the builder piped to
`head -1` (it printed its first line and a BrokenPipeError). Candidates the check dropped (printed True for a
docstring or for the README): vineyard, tattoo, recording studio, kiln, allotment, locksmith, dentist, car
wash, laundrette, cinema, box office, cricket, chess, archery, fencing, ferry, brewery, cheese, florist,
tailor, bookbind, print shop, solar, wind farm, livery, farrier, cattery, aquarium, garden centre, pumpkin,
cider, distill, coffee roast, tea room, ice cream, food bank, library, museum, driving school, yoga,
trampoline, go-kart, marina, campsite, hostel, wedding, caterer, recycling, scrap, plumber, electrician,
chimney, upholster, jewel, perfum, soap, candle, luthier, cobbler, dry clean, nail salon, groom, falconry,
seed bank, mushroom, hydroponic, dairy, shearing, wool, quilt, bookshop, charity shop, auction, pawn, esports,
bridge club, marathon, golf, tennis, rugby, climb, courier, dance, fish, sail, swim, cycl, bike, runn,
observatory, sauna, boulder, canal, pharmac, physio, tutor, choir, carpet, wallpaper, scaffold, crane, storage
unit, ice rink, skate, karate, bingo, owl, bus depot, tram, fire station, lifeboat, polling, election, hearing
aid, vaccin, glaz, loft, sewer, parking, toll, scooter, gym; the twenty above printed False as phrases (and as
"speedway", "poker", "hedgehog", "damp", "paving", "ultrasound", "fireworks", "skip hire", "disc golf", "bat
survey", "cable car", "christmas tree farm", "hockey club", "judo club", "barber shop", "netball league",
"badminton club", "water polo", "triathlon club"); "boxing gym" was kept although "gym" printed True ("boxing"
and "boxing gym" printed False), and the water polo club and the triathlon club although "swim", "cycl" and
"runn" printed True (no earlier docstring names either sport); other words that printed False were not used
(squash, lacrosse, rodeo, casino ...). Slip: fourteenth_cf.py's docstring (within the lines allowed) and the
README line of fourteenth_cf.json name the domains and a few made-up example requests of the fourteenth set,
and the test module holds one made-up request per earlier set (its refusal examples); none was reused; no
other slip known. Not read: anything under cf_assistant/ beyond calling its public API, any other builder's
COLUMNS, ENTRIES or TABLES (fourteenth_cf.py lines 147-779 included), the rest of benchmarks/data/README.md,
the utterances of any JSON file (compared only by program, in this builder's checks), fifteenth_tables.* and
tests/benchmarks/test_table_sets_data.py (being written beside this set by engineer E15t), git log, diff or
show. No model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (boundary values, values a tenth and
ten times a threshold, prefix/suffix/middle variants of texts, blanks, cells of one space, text cells among
numbers, error cells). The run on 183 drafts (51 columns) stopped on non-canonical text literals (the printer
double-quotes them; all were quoted) and then flagged 6: LessThan(1) against LessThan(0.1) (-> LessThan(2),
"two goals"), LessThan(30) and an OR against their `=` twins (cells 30 and 60 added), a colour scale whose
only non-number was an error cell (the executor's NotBlanks skips errors: a text cell put in, and the
GreaterThan request on that column turned into LessThan), Equals(0) against LessThanEqual(0) on counts (->
Equals(1)) and one request that the train split or another set already held ("deliveries yday", reworded). The
run on 424 drafts (110 columns) flagged 6: four comparisons without their threshold in the column (cells
20000, 50, 500 and 40 added), a colour scale on a column with no text cell (replaced by LessThan(34), cell 34
added) and a NOT(TextStartsWith("Ace")) that needed a cell holding "ace" later on ("Stacey M"); a "calm" and a
"free" cell were renamed (see above) and a cell 1000 was added to the quotes column for the test module's
refusal example. Then five entries were added (BottomPercent and IconSet each needed a second test record, and
the tags `polarity`, `odd-case` and `typo` were used once more), and twelve test-half drafts were reworded at
their greeting or sign-off ("Hi" -> "Hello", "You are" -> "You're", ...) so that they fall in dev and the
halves come near 52 / 48. 429 records on 110 columns: dev 223, test 206; styles prompt 114, email 102, abbrev
127, comparative 86; every one of the 41 functions in both halves (at least two in each); 14-18 cells a
column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written
before it (`OTHER_SETS`), of any other set file in the folder when it runs (fifteenth_tables.json, written
beside it by someone else, included when present) or of the train split, a non-canonical rule, a column of
fewer than 12 or more than 20 cells, a column where the rule formats no row or every row, and a column that
cannot tell the rule from the rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`prompt`, `email`, `abbrev`, `comparative`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`,
`range`, `polarity`, `date`, `visual` (as in fourteenth_cf.py), then the set tag `fifteenth`. IDs have the
prefix `f15c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long
for one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/fifteenth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "fifteenth_cf.json"
PREFIX = "f15c"
FIFTEENTH_TAG = "fifteenth"
STYLES = ("prompt", "email", "abbrev", "comparative")
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
DA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-14|2024-06-07|2024-06-03|2024-06-18|2024-06-26|"
      "2024-05-20|2024-07-05|2024-03-01||2024-06-21|2024-06-05")
DB = ("2024-06-09|2024-06-12|2024-07-22|2024-06-15|2024-06-11|2024-06-02|2024-06-17|2024-05-31|2024-06-13|"
      "2024-06-29|2024-08-09|tbc|2024-06-20|2024-06-06|2024-06-12")
DC = ("2024-05-02|2024-06-13|2024-06-08|2024-06-12|2024-06-22|2024-06-10|2024-07-14|2024-06-11|2024-06-25|"
      "2024-06-04|2024-04-18|2024-06-15|2024-06-16|")
DD = ("2024-06-19|2024-06-11|2024-06-12|2024-06-14|2024-05-15|2024-06-07|2024-07-02|2024-06-13|cancelled|"
      "2024-06-27|2024-06-05|2024-06-09|2023-11-30|2024-06-16")
DE = ("2024-06-17|2024-06-06|2024-06-12|2024-07-19|2024-06-11|2024-05-28|2024-06-13|2024-06-24|2024-06-10|"
      "2024-06-02|2024-10-01|2024-06-15|TBA|2024-06-21|2024-06-08")
DF = ("2024-06-13|2024-06-03|2024-06-09|2024-05-06|2024-06-12|2024-06-20|2024-06-07|2024-07-30|2024-06-11|"
      "2024-06-14|2024-06-28|2024-02-02||2024-06-22")

COLUMNS = {
    # a hockey club
    "hk_goals": ("Goals (Season)", "0|3|1|5|2|7|0|4|12|1|6|3|2|9|"),
    "hk_caps": ("Caps", "14|52|3|0|101|27|8|65|40|20|40|2|88|31|150|n/k"),
    "hk_pos": ("Position", "Goalkeeper|Left Back|Centre Half|Right Back|Midfield|Full Back Reserve|Forward|"
               "Centre Forward|Forward (Sub)|Inside Centre|Right Wing|Midfield|Forward|Half Back"),
    "hk_fixture": ("Fixture Date", DA),
    "hk_subs": ("Subs Paid (£)", "45|45|0|90||45|22.5|90|#N/A|45|135| |45|60|30"),
    # a judo club
    "jd_kg": ("Weight (kg)", "46.2|60|73|81.5|90|100|66|57|48|73|110|52.8|63|70|44|81"),
    "jd_belt": ("Belt", "White|Yellow|Orange|Green|Blue|Brown|Black|White Tag|Yellow-Orange|Black 2nd Dan|"
                "Junior Black|Green|Blue Tag|Light Blue|Brown|Red and White"),
    "jd_grade": ("Grading Date", DB),
    "jd_wins": ("Contest Wins", "12|0|4|7|4|19|2|9|1|15|6|3|22|5|8|DNS"),
    "jd_mat": ("Mat Fee Due", "5|5|#DIV/0!|10||5|7.5|#VALUE!|10|0|5|2.5|5|15"),
    # a barber shop
    "bb_price": ("Price (£)", "12|18|25|9.5|30|18|15|40|22|7|35|18|28|10|"),
    "bb_wait": ("Wait (min)", "5|0|12|25|8|40|15|3|30|18|55|20|10|45|30"),
    "bb_cut": ("Cut", "Skin Fade|Buzz Cut|Crew Cut|Low Fade|Beard Trim|Taper Fade|Scissor Cut|Fade and Beard|"
               "Hot Towel Shave|Kids Cut|Buzz Cut|Mid Fade|Line Up|Beard Shape Up|Cut and Blow Dry|Crew Cut"),
    "bb_booked": ("Booked For", DC),
    "bb_tip": ("Tip (£)", "2|0||5|1.5|#N/A|3|0|10| |2|4|#N/A|1"),
    # a speedway team
    "sw_avg": ("Rider Average", "7.25|8.4|5.9|9.12|6.5|4.8|10.02|7.9|6|8.4|5.1|3.75|9.5|6.85"),
    "sw_lap": ("Lap Time (s)", "58.4|59.1|60.2|57.9|61.5|59.1|62.8|58.9|60|63.4|57.2|59.8|61|64.1|59|crash"),
    "sw_rider": ("Rider", "Kyle Barr|Lewis Kent|Jack Tomlin|Tom Brennan|Kyle Howarth|Ryan Dobbs|Drew Kemp (G)|"
                 "Nate Greaves|Kyle Barr|Drew Kemp|Luke Kilroy|Andrew Kemp|Mikkel Kyle|Sam Masters||Jack Tomlin"),
    "sw_meet": ("Meeting Date", DD),
    "sw_fuel": ("Fuel Paid", "12|12||#REF!|15|12| |9|12|#REF!|18|12|6|"),
    # a triathlon club
    "tr_swim": ("Swim 750m (min)", "12.5|14|11.2|16.8|13|18.5|10.9|15|14|20.1|12|13.7|17|11.8|9.6"),
    "tr_run": ("Run 5k (min)", "19.5|22|24.8|18.2|27|21|20|25.5|23|19|30.2|22|26|17.9"),
    "tr_bike": ("Bike Split (km/h)", "32.5|28|35.1|30|26.4|38|29.5|31|33|27.2|30|36.4|24.9|34|DNF"),
    "tr_cat": ("Age Group", "M20-24|F25-29|M30-34|F30-34|M35-39|F40-44|M40-44|M45-49|F50-54|M50-54|F25-29|"
               "M55-59|Para M|F60-64|Elite F|"),
    "tr_race": ("Race Date", DE),
    "tr_chip": ("Chip Deposit", "10|10|#N/A|10||0|10|#N/A|10|5|10| |10|10"),
    # a badminton club
    "bd_court": ("Court Hours", "1|2|1.5|3|0.5|2|4|1|2.5|6|1|3.5|2|0|8"),
    "bd_shuttle": ("Shuttles Used", "4|12|6|0|18|9|3|24|7|15|5|11|2|30|n/a"),
    "bd_member": ("Member Type", "Adult|Junior|Senior|Adult Social|Junior Squad|Student|Adult|Off-Peak Adult|"
                  "Family|Senior Social|Coach|Junior|Social Guest Pass||Student"),
    "bd_session": ("Session", DF),
    # a netball league
    "nb_goals": ("Goals For", "38|45|29|51|40|30|62|45|27|48|55|60|40|19|70"),
    "nb_pct": ("Shooting %", "78%|85%|66%|91%|72%|80%|59%|88%|95%|70%|83%|61%|80%|74%|n/a||0%"),
    "nb_team": ("Team", "Hornets|Comets|Firebirds|Thunder|Hornets B|Vixens|Comets|Storm|Lightning|Mavericks|"
                "Vixens II|Swifts|Thunder|Valley Vixens|Surrey Storm|Storm Juniors"),
    "nb_fixture": ("Fixture", DA),
    "nb_cards": ("Cautions", "0|1||2|#VALUE!|0|1|0|3| |1|0|#VALUE!|2"),
    # a water polo club
    "wp_goals": ("Goals", "0|2|1|4|0|3|6|1|2|8|0|5|3|1"),
    "wp_excl": ("Exclusions", "1|3|0|2|4|1|0|5|2|3|1|6|0|2|2"),
    "wp_sprint": ("Sprint (s)", "28.4|30.1|27.9|31.5|29|33.2|26.8|30.1|29.7|32|27.5|34.6|28.9|31|DNS"),
    "wp_pos": ("Position", "Goalkeeper|Centre Forward|Centre Back|Wing|Driver|Point|Utility|Wing|Driver|Hole Set|"
               "Left Wing|Right Wing|Reserve Goalkeeper|Centre Back|Wing Back-up|Goalkeeper Coach"),
    "wp_match": ("Match Date", DB),
    "wp_pool": ("Pool Hire (£)", "120|120||95|#DIV/0!|120|150| |120|80|#DIV/0!|120|110|"),
    # a Christmas tree farm
    "xt_height": ("Height (ft)", "4|5|6|7|5.5|8|6|9|4.5|10|3|6.5|12|7|5"),
    "xt_price": ("Tree Price", "35|45|55|65|50|75|55|90|40|110|30|60|150|65|48|POA"),
    "xt_variety": ("Variety", "Nordmann Fir|Norway Spruce|Fraser Fir|Blue Spruce|Nordmann Fir|Noble Fir|"
                   "Lodgepole Pine|Scots Pine|Fraser Fir|Serbian Spruce|Korean Fir|Nordmann Fir Cut|"
                   "Pot Grown Nordmann|Spruce Mix|Douglas Fir|"),
    "xt_delivery": ("Delivery Date", DC),
    "xt_netting": ("Netting Fee", "3|3|#N/A|0||3|5|#N/A|3| |3|2|3|"),
    # a fireworks company
    "fw_shells": ("Shells", "24|48|12|100|36|60|8|150|72|30|200|16|48|90|"),
    "fw_dur": ("Duration (s)", "15|30|45|60|20|90|25|120|35|10|75|40|180|55|30|tbc"),
    "fw_cal": ("Calibre (mm)", "25|30|50|75|100|35|125|150|50|65|75|200|30|40|100"),
    "fw_prod": ("Product", "Rocket Pack|Roman Candle|Mine|Cake 100 Shot|Fountain|Comet Cake|Rocket Single|"
                "Mine Bag|Candle Set|Crackle Mine|Cake 49 Shot|Barrage Cake|Mine|Ground Spinner|Sky Rocket"),
    "fw_show": ("Show Date", DD),
    "fw_licence": ("Licence Fee", "50|50||#REF!|75|50|0|#REF!|50| |100|50|25|"),
    # a skip hire firm
    "sk_size": ("Skip Size (yd)", "2|4|6|8|4|12|6|16|8|3|40|6|20|4|10"),
    "sk_load": ("Load (tonnes)", "1.2|2.5|0.8|3.1|4|1.9|2.5|5.6|0.4|3.8|2.2|6.4|1.5|4.7|n/w"),
    "sk_postcode": ("Postcode", "LS6 2AB|LS12 4QT|BD3 9HX|LS6 1JJ|HX1 5BD|WF10 2PD|LS1 3DD|BD18 4NP|LS28 7TY|"
                    "HD1 9QQ|LS6 2AB|WF1 1AA|Wells BA5|BD3 9HX|WF10 2PD rear|Unit 4 WF10 2PD"),
    "sk_drop": ("Drop-off Date", DA),
    "sk_permit": ("Permit Fee", "35|35||#N/A|35|0|#N/A|35| |70|35||35|50"),
    # a boxing gym
    "bx_rounds": ("Rounds Sparred", "3|6|4|10|2|8|12|5|6|1|9|3|7|0|15"),
    "bx_weight": ("Weigh-in (kg)", "57.2|63.5|69.9|75|80|90|60.5|66.7|70|54|86|63.5|101|48.9|79.4"),
    "bx_hr": ("Resting HR", "52|61|58|70|48|66|55|73|59|64|50|81|57|62|--"),
    "bx_class": ("Class", "Beginners Boxing|Boxercise|Sparring Night|Pad Work|Kids Boxing|Open Gym|Sparring Night|"
                 "Ladies Boxing|Bag Work|Senior Boxercise|Pad Work Plus|Fight Camp|Boxing Fit|Heavy Pad Work|"),
    "bx_renew": ("Renewal Date", DB),
    "bx_fee": ("Monthly Fee", "30|30|#VALUE!|25||30|#VALUE!|40|30| |25|30|0|"),
    # a disc golf course
    "dg_score": ("Round Score", "54|58|61|49|66|57|52|72|58|63|55|48|69|60|"),
    "dg_par": ("To Par", "-3|2|0|-7|5|-1|1|9|-4|3|0|-2|12|4|-5"),
    "dg_disc": ("Disc", "Driver Destroyer|Putter Aviar|Midrange Buzzz|Driver Wraith|Fairway Teebird|Putter Judge|"
                "Midrange Roc|Driver Destroyer|Fairway Leopard|Putter Luna|Approach Putter|Mid Driver|"
                "Midrange Buzzz|Distance Driver"),
    "dg_round": ("Round Date", DE),
    "dg_wind": ("Wind (mph)", "5|12|0|8|18|3|25|10|7|15|2|30|9|14|no reading"),
    # a poker league
    "pk_chips": ("Chip Count", "12500|8000|25000|4300|15000|30000|9800|50000|1200|18750|22000|6400|10000|75000||20000"),
    "pk_buyin": ("Buy-in (£)", "10|20|10|50|5|20|100|10|25|20|10|15|50|200|"),
    "pk_finish": ("Finish", "1|5|3|8|2|9|4|7|6|10|12|11|1|3|DNF"),
    "pk_player": ("Player", "Ace Annie|Big Slick Bob|Dealer Dan|Fish Fred|River Rita|Ace Annie|Nuts Nick|Bluff Bella|"
                  "Dealer Danny|Lucky Lou|Ex-Dealer Dan|Annie B|Dealer Dan|Slow Roll Sid|Card Sharp Cass|Stacey M"),
    "pk_night": ("Game Night", DF),
    "pk_rebuy": ("Rebuys", "0|1|2||#N/A|1|0|3|#N/A| |2|1|0|4"),
    # a hedgehog rescue
    "hh_weight": ("Weight (g)", "300|450|600|280|510|700|390|450|800|220|640|480|1020|350|560|870"),
    "hh_temp": ("Temp (°C)", "35.2|36.1|34.8|35.9|37|33.5|36.4|35|34.1|36.8|35.5|32.9|36|37.6|34"),
    "hh_ticks": ("Ticks Removed", "0|3|12|1|0|7|2|25|4|0|9|1|15|6|n/c"),
    "hh_name": ("Hog Name", "Spike|Prickles|Mrs Tiggy|Hazel|Bramble|Spike Jr|Conker|Pip|Bramble|Little Spike|Acorn|"
                "Tiggy Two|Tiggy|Nutmeg|"),
    "hh_admit": ("Admitted", DC),
    "hh_release": ("Release Date", DD),
    "hh_meds": ("Meds Dose (ml)", "0.1|0.2||#DIV/0!|0.15|0.1| |0.3|#DIV/0!|0.05|0.2||0.1|0.25"),
    # a bat survey group
    "bt_passes": ("Bat Passes", "0|14|37|5|120|8|62|0|23|9|210|40|3|77|16|10|100|50"),
    "bt_temp": ("Dusk Temp (°C)", "14.5|12|16.2|9.8|18|11.5|13|15.7|10|17.4|8.5|12.9|19.1|14|12"),
    "bt_species": ("Species", "Common Pipistrelle|Soprano Pipistrelle|Noctule|Brown Long-eared|Daubenton's|"
                   "Pipistrelle sp.|Noctule?|Leisler's/Noctule|Serotine|Serotine?|Probable Serotine|Myotis sp.|"
                   "Barbastelle|Common Pipistrelle|Natterer's|"),
    "bt_survey": ("Survey Date", DE),
    "bt_battery": ("Detector Battery", "100%|85%|40%|15%|60%|95%|5%|70%|30%|50%|90%|20%|75%|fault"),
    "bt_record": ("Recording", "BAT001.wav|BAT002.wav|#N/A||BAT004.wav|#N/A|BAT006.wav| |BAT008.wav|BAT009.wav||"
                  "BAT011.wav|#N/A|BAT013.wav"),
    # a cable car
    "cc_riders": ("Riders per Hour", "120|340|85|560|410|230|90|600|275|180|505|60|390|150|100|500"),
    "cc_gust": ("Wind Gust (km/h)", "22|35|48|15|60|40|28|72|33|55|19|45|38|64|20"),
    "cc_cabin": ("Cabin", "Cabin 1|Cabin 2|Cabin 3|Cabin 4|Cabin 5|Cabin 6|Cabin 7|Cabin 8|VIP Cabin|Cabin 10|"
                 "Glass Floor Cabin|Cabin 12|Cabin 1|Spare Cabin|Cabin 3 VIP|Old Cabin 1"),
    "cc_service": ("Service Date", DA),
    "cc_ticket": ("Ticket Price", "15|18|12.5|22|15|9|30|15|25|18|12|40|20|15|tbc"),
    "cc_sensor": ("Sensor Reading", "0.42|0.38|#DIV/0!|0.51|#N/A|0.47||0.4|0.39|#DIV/0!|0.44|0.5| |0.45"),
    # a damp proofing firm
    "dp_moist": ("Moisture (%)", "12|18|25|9|30|22|15|40|11|28|35|19|8|45|20|10"),
    "dp_quote": ("Quote (£)", "450|1200|800|2500|650|3100|980|1500|5000|720|1800|400|2200|1200|2000|500|1000"),
    "dp_area": ("Wall Area (m²)", "4|12|8|20|6|15|3|25|10|7|18|5|30|9|tbc"),
    "dp_treat": ("Treatment", "Injection DPC|Cavity Drain|Tanking|Injection Cream|Membrane|Tanking Slurry|Re-plaster|"
                 "DPC Injection|Ventilation|Cavity Drain|Basement Tanking|Drain Jetting|Salt Treatment|PIV Unit|"),
    "dp_visit": ("Survey Visit", DB),
    "dp_guar": ("Guarantee Ref", "G-1001|G-1002||#REF!|G-1005| |G-1007|#REF!|G-1009||G-1011|G-1012|#REF!|G-1014"),
    # a paving contractor
    "pv_area": ("Area (m²)", "18|35|60|12|90|44|25|120|8|52|75|30|150|40|20"),
    "pv_slabs": ("Slabs Ordered", "40|120|80|200|60|150|35|300|90|45|250|100|75|180|n/a"),
    "pv_material": ("Material", "Indian Sandstone|Porcelain|Block Paving|Granite Setts|Concrete Flags|Sandstone Setts|"
                    "Resin Bound|Tarmac|Block Paving|Setts (reclaimed)|Porcelain Grey|Gravel|Outdoor Porcelain|"
                    "Brick Pavers|"),
    "pv_start": ("Start Date", DF),
    "pv_days": ("Days on Site", "2|5|3|8|1|4|10|6|3|12|11|7|15|4|9"),
    "pv_deposit": ("Deposit Paid", "250|500||#VALUE!|300|250| |0|400|#VALUE!|150||250|600"),
    # an ultrasound clinic
    "us_weeks": ("Gestation (weeks)", "8|12|20|10|34|16|28|12|38|6|24|30|41|18|14|40"),
    "us_wait": ("Wait (days)", "3|14|7|21|1|10|28|5|0|42|12|7|35|2|18"),
    "us_scan": ("Scan Type", "Dating Scan|Anomaly Scan|Growth Scan|Early Pregnancy|Pelvic|Abdominal|Growth Scan|"
                "Renal|Repeat Dating|Dating Scan Repeat|Gender Scan|Growth Scan Repeat|Serial Growth Scan|"
                "Carotid Doppler|"),
    "us_appt": ("Appointment", DC),
    "us_bmi": ("BMI", "22.5|31|19.8|27.4|35.2|24|29.9|18.2|40.1|26|23.3|33|21.7|28.5|not recorded"),
    "us_report": ("Report Ref", "R-2201|R-2202|#N/A||R-2205|R-2206|#N/A|R-2208| |R-2210|R-2211||R-2213|#N/A"),
}


# Each entry line: request | rule | column key | style [| tag ...]; an indented line starting with "|"
# goes on with the entry line above it (for lines over 120 characters).
ENTRIES = _joined("""
# a hockey club
You are an Excel whizz. Highlight the players who've scored more than 5 goals | GreaterThan(5) | hk_goals | prompt
Hi Tom, can you shade anyone on exactly 3 goals for the awards list? Thanks, Bev | Equals(3) | hk_goals | email
gls >= 7 -> bold | GreaterThanEqual(7) | hk_goals | abbrev | boundary
anyone who's scored fewer than our keeper's two goals | LessThan(2) | hk_goals | comparative | number-words
Act as a spreadsheet helper and give the caps column data bars | DataBar() | hk_caps | prompt | visual | column-word
caps: top 5 only pls | Top(5) | hk_caps | abbrev | superlative
players capped fewer times than the captain's 40 | LessThan(40) | hk_caps | comparative
Hi Priya, could you pick out caps from 20 to 60 inclusive? Cheers, Dan | Between(20, 60) | hk_caps | email | range
You're an Excel expert: flag every position containing 'Back' | TextContains("Back") | hk_pos | prompt | quoted
pos = 'Forward' exactly | TextEquals("Forward") | hk_pos | abbrev | quoted
Hi Jen, please colour the positions starting with Centre. Ta, Greg | TextStartsWith("Centre") | hk_pos | email
dup positions -> hl | Duplicates() | hk_pos | abbrev
Subject: fixtures - Hi all, can this week's games go green? Thx, Coach K | ThisWeek() | hk_fixture | email | date
You're my spreadsheet assistant: mark fixtures played in the last 7 days | Last7Days() | hk_fixture | prompt | date
fixtures dated the day after today | Tomorrow() | hk_fixture | comparative | date
fixt = next mth | NextMonth() | hk_fixture | abbrev | date
Hi Raj, some subs cells are still empty - could you highlight those? Thanks, Lou | Blanks() | hk_subs | email
subs w/ #N/A err -> red | Errors() | hk_subs | abbrev
subs paid at less than the standard 45 | LessThan(45) | hk_subs | comparative
# a judo club
judoka heavier than the 73 kg category limit | GreaterThan(73) | jd_kg | comparative
wt <= 60kg pls | LessThanEqual(60) | jd_kg | abbrev | boundary
You are an Excel expert. Give me a rule that flags weights not between 50 and 90 kg
    | NotBetween(50, 90) | jd_kg | prompt | range
Hi Yuki, please highlight anyone weighing exactly 66 kg. Thanks, Sensei Ray | Equals(66) | jd_kg | email
belts: any 'Black' in the name | TextContains("Black") | jd_belt | abbrev | quoted
Hi Ana, can you shade the belts without 'White' in them? Thx, Col
    | TextNotContains("White") | jd_belt | email | negation
You are a spreadsheet assistant: flag belts that end in 'Blue' | TextEndsWith("Blue") | jd_belt | prompt | quoted
As my Excel assistant, show me the belt values that occur just once | Unique() | jd_belt | prompt
Hi Mo, gradings from yesterday need ticking off - can you highlight them? Cheers, Sal
    | Yesterday() | jd_grade | email | date
gradings dated the same day as today | Today() | jd_grade | comparative | date
grading dt = last wk | LastWeek() | jd_grade | abbrev | date
You are an Excel expert. Mark gradings in the month before this one | LastMonth() | jd_grade | prompt | date
wins: btm 3 | Bottom(3) | jd_wins | abbrev | superlative
You're a spreadsheet pro; apply a colour scale to contest wins | ColorScale() | jd_wins | prompt | visual
fighters with more wins than the club average | AboveAverage() | jd_wins | comparative
Hi Ben, can you highlight the top 20% by contest wins? Thanks, Ali | TopPercent(20) | jd_wins | email | superlative
mat fee errs (#DIV/0!, #VALUE!) -> flag | Errors() | jd_mat | abbrev
You are an Excel expert. Highlight every mat fee cell that is not an error | NotErrors() | jd_mat | prompt | negation
fees lower than the normal fiver | LessThan(5) | jd_mat | comparative | number-words
# a barber shop
Hi Dev, could you highlight cuts priced at £18 or more? Ta, Marco | GreaterThanEqual(18) | bb_price | email | boundary
You're an Excel guru. Flag any price that isn't £18 | NotEquals(18) | bb_price | prompt | negation
prices cheaper than a standard £10 kids cut | LessThan(10) | bb_price | comparative
price btwn 15 & 25 | Between(15, 25) | bb_price | abbrev | range
wait > 30 min -> red | GreaterThan(30) | bb_wait | abbrev
You are a spreadsheet assistant. Mark the 3 longest waits | Top(3) | bb_wait | prompt | superlative
waits shorter than the shop's average | BelowAverage() | bb_wait | comparative
Hi Sal, can you put the bottom 20 percent of waits in green? Thanks, Ken
    | BottomPercent(20) | bb_wait | email | superlative
cuts w/ 'Fade' anywhere | TextContains("Fade") | bb_cut | abbrev | quoted
You are an Excel expert. Highlight the cuts that start with 'Beard' | TextStartsWith("Beard") | bb_cut | prompt | quoted
Hi Lu, please colour cuts ending in 'Cut'. Cheers, Marco | TextEndsWith("Cut") | bb_cut | email | quoted
repeat cut names = yellow | Duplicates() | bb_cut | abbrev
Subject: bookings - Hi Jo, could you shade appointments for today? Ta, Marco | Today() | bb_booked | email | date
appts nxt wk | NextWeek() | bb_booked | abbrev | date
You are my Excel helper. Highlight bookings made for this month | ThisMonth() | bb_booked | prompt | date
bookings one day earlier than today | Yesterday() | bb_booked | comparative | date
tip = #N/A err -> flag | Errors() | bb_tip | abbrev
You are an Excel expert. Mark tip cells that aren't blank | NotBlanks() | bb_tip | prompt | negation
# a speedway team
Hello Gaz, please highlight riders averaging over 8.4. Cheers, Pete | GreaterThan(8.4) | sw_avg | email | number-format
averages no lower than the 6.5 team minimum | GreaterThanEqual(6.5) | sw_avg | comparative | negation | polarity
laps quicker than the 59-second track record | LessThan(59) | sw_lap | comparative
You're an Excel expert: put a three-colour scale on the lap times | ColorScale() | sw_lap | prompt | visual
lap <= 60s | LessThanEqual(60) | sw_lap | abbrev | boundary
rider starts w/ 'Kyle' | TextStartsWith("Kyle") | sw_rider | abbrev | quoted
You are an Excel expert; flag the rider whose name is exactly Drew Kemp | TextEquals("Drew Kemp") | sw_rider | prompt
Hi Bea, could you highlight riders who appear only once? Ta, Pete | Unique() | sw_rider | email
meetings in the seven days up to and including today | Last7Days() | sw_meet | comparative | date | number-words
You are a spreadsheet assistant. Mark meetings scheduled for tomorrow | Tomorrow() | sw_meet | prompt | date
mtgs this wk | ThisWeek() | sw_meet | abbrev | date
Hi Pete, can you colour the meetings next month in blue? Cheers, Gaz | NextMonth() | sw_meet | email | date
You are an Excel expert. Highlight the blank fuel cells | Blanks() | sw_fuel | prompt
fuel: not #REF! errs | NotErrors() | sw_fuel | abbrev | negation
# a triathlon club
swimmers slower than the 15-minute club standard | GreaterThan(15) | tr_swim | comparative
swim <= 12 min | LessThanEqual(12) | tr_swim | abbrev | boundary
Hi Amy, could you highlight swims from 12 to 14 minutes, both included? Thanks, Rob
    | Between(12, 14) | tr_swim | email | range
You are an Excel expert: highlight the fastest 3 swims | Bottom(3) | tr_swim | prompt | superlative
You are a spreadsheet assistant. Mark runs that are not exactly 22 minutes | NotEquals(22) | tr_run | prompt | negation
runs faster than our 20-minute target | LessThan(20) | tr_run | comparative
run: slowest 10% -> red | TopPercent(10) | tr_run | abbrev | superlative
Hi Jo, could you highlight runs quicker than the squad average? Ta, Rob | BelowAverage() | tr_run | email
bike < 30 km/h | LessThan(30) | tr_bike | abbrev
You are an Excel expert. Add an icon set to the bike splits | IconSet() | tr_bike | prompt | visual
bike splits faster than the group's average speed | AboveAverage() | tr_bike | comparative
Hello Sam, please pick out the 4 fastest bike splits. Cheers, Rob | Top(4) | tr_bike | email | superlative
ag starts 'F' | TextStartsWith("F") | tr_cat | abbrev | quoted
Hi Amy, could you flag age groups that appear twice or more? Thanks, Rob | Duplicates() | tr_cat | email
races nxt wk | NextWeek() | tr_race | abbrev | date
You are a spreadsheet assistant: highlight races from last week | LastWeek() | tr_race | prompt | date
races in the month before the current one | LastMonth() | tr_race | comparative | date
Hi Tom, can you shade races on today's date? Ta, Rob | Today() | tr_race | email | date
Hi Liz, can you highlight chip deposits showing #N/A? Thanks, Rob | Errors() | tr_chip | email
chip dep. not blank | NotBlanks() | tr_chip | abbrev | negation
# a badminton club
Hi Kev, can you mark court bookings of 2 hours or less? Cheers, Nina | LessThanEqual(2) | bd_court | email | boundary
court hrs > 3 | GreaterThan(3) | bd_court | abbrev
bookings longer than the standard 1.5-hour slot | GreaterThan(1.5) | bd_court | comparative | number-format
You are an Excel expert. Highlight court hours equal to 2 | Equals(2) | bd_court | prompt
You're a spreadsheet helper. Put data bars on shuttles used | DataBar() | bd_shuttle | prompt | visual
shuttles: lowest 4 | Bottom(4) | bd_shuttle | abbrev | superlative
Hi Nina, could you colour sessions that used more shuttles than average? Thanks, Kev
    | AboveAverage() | bd_shuttle | email
sessions between the junior allowance of 5 and the adult cap of 15 shuttles
    | Between(5, 15) | bd_shuttle | comparative | range
member type = Adult only | TextEquals("Adult") | bd_member | abbrev
You are an Excel expert. Flag member types containing 'Social' | TextContains("Social") | bd_member | prompt | quoted
Hi Tess, could you mark member types that don't contain 'Junior'? Ta, Nina
    | TextNotContains("Junior") | bd_member | email | negation
mbr types w/ 1 occurrence only | Unique() | bd_member | abbrev
sess = yday | Yesterday() | bd_session | abbrev | date
You are my Excel helper: highlight sessions happening next week | NextWeek() | bd_session | prompt | date
Hi Kev, please shade sessions this month. Thanks, Nina | ThisMonth() | bd_session | email | date
sessions falling in the same week as today | ThisWeek() | bd_session | comparative | date
# a netball league
Hi Pat, can you flag matches where we scored 45 or more? Ta, Jules | GreaterThanEqual(45) | nb_goals | email | boundary
goals for < 30 | LessThan(30) | nb_goals | abbrev
games where we scored more than the league average | AboveAverage() | nb_goals | comparative
You are an Excel expert. Give me a rule that marks goal totals that are not 40
    | NotEquals(40) | nb_goals | prompt | negation
You're a spreadsheet assistant: flag goal totals under 30 or over 60
    | OR(LessThan(30), GreaterThan(60)) | nb_goals | prompt | compound
shooters less accurate than the 80% benchmark | LessThan(0.8) | nb_pct | comparative | number-format
Hi Jules, can you add a colour scale to shooting %? Thanks, Pat | ColorScale() | nb_pct | email | visual
pct <= 70% | LessThanEqual(0.7) | nb_pct | abbrev | number-format | boundary
Hi Jules, could you highlight the teams listed twice? Ta, Pat | Duplicates() | nb_team | email
team ends w/ 'Storm' | TextEndsWith("Storm") | nb_team | abbrev | quoted
You are an Excel expert: highlight teams whose name doesn't include Hornets
    | TextNotContains("Hornets") | nb_team | prompt | negation
teams with the same name as our old club, Vixens | TextEquals("Vixens") | nb_team | comparative
fixtures 2morrow | Tomorrow() | nb_fixture | abbrev | date
Hi Pat, could you shade the fixtures in the past 7 days? Ta, Jules | Last7Days() | nb_fixture | email | date
You're an Excel expert. Highlight fixtures from last month | LastMonth() | nb_fixture | prompt | date
fixtures in the week after the current one | NextWeek() | nb_fixture | comparative | date
You are a spreadsheet assistant. Highlight any #VALUE! errors in the cautions column
    | Errors() | nb_cards | prompt | column-word
Hi Jules, the empty cautions cells need filling - can you mark them? Ta, Pat | Blanks() | nb_cards | email
# a water polo club
goals >= 3 | GreaterThanEqual(3) | wp_goals | abbrev | boundary
You are an Excel expert. Highlight players with exactly one goal | Equals(1) | wp_goals | prompt | number-words
Hi Coach, can you mark anyone who scored fewer than 2? Cheers, Ola | LessThan(2) | wp_goals | email
players outscoring last season's top scorer, who got 5 | GreaterThan(5) | wp_goals | comparative
exclusions not btw 1 & 3 | NotBetween(1, 3) | wp_excl | abbrev | range | negation
You're a spreadsheet expert: mark players with exclusions above the team average | AboveAverage() | wp_excl | prompt
Hi Ola, please highlight the 3 players with the most exclusions. Ta, Bo | Top(3) | wp_excl | email | superlative
You are an Excel expert. Put an icon set on sprint times | IconSet() | wp_sprint | prompt | visual
sprints faster than the 29-second selection time | LessThan(29) | wp_sprint | comparative
sprint: fastest 20% hl | BottomPercent(20) | wp_sprint | abbrev | superlative
Hi Ola, could you highlight sprint times that appear twice? Ta, Bo | Duplicates() | wp_sprint | email
pos contains 'Wing' | TextContains("Wing") | wp_pos | abbrev | quoted
You are an Excel expert. Highlight positions that end with 'Goalkeeper'
    | TextEndsWith("Goalkeeper") | wp_pos | prompt | quoted
Hi Bo, could you colour positions that appear once only? Thanks, Ola | Unique() | wp_pos | email
matches 2day | Today() | wp_match | abbrev | date
You are a spreadsheet assistant. Highlight matches next month | NextMonth() | wp_match | prompt | date
matches played the week before this one | LastWeek() | wp_match | comparative | date
Hello Ola, could you shade matches in the last seven days? Thanks, Bo
    | Last7Days() | wp_match | email | date | number-words
pool hire errs -> red | Errors() | wp_pool | abbrev
You are an Excel expert. Mark pool hire cells that are filled in | NotBlanks() | wp_pool | prompt
# a Christmas tree farm
Hi Ivy, can you highlight trees taller than 6 ft? Thanks, Noel | GreaterThan(6) | xt_height | email
trees shorter than the 5-foot limit for the van | LessThan(5) | xt_height | comparative
ht between 6 and 8 ft | Between(6, 8) | xt_height | abbrev | range
You are an Excel expert. Give me a rule for heights of exactly 5 feet | Equals(5) | xt_height | prompt
You're a spreadsheet helper: highlight the top 25% of tree prices | TopPercent(25) | xt_price | prompt | superlative
prices cheaper than last year's £50 average | LessThan(50) | xt_price | comparative
price <= 40 | LessThanEqual(40) | xt_price | abbrev | boundary
Hi Noel, please add a data bar to the tree prices. Ta, Holly | DataBar() | xt_price | email | visual
variety ends 'Spruce' | TextEndsWith("Spruce") | xt_variety | abbrev | quoted
You are an Excel expert. Flag varieties containing Nordmann | TextContains("Nordmann") | xt_variety | prompt
Hi Holly, could you highlight varieties with no 'Fir' in the name? Cheers, Noel
    | TextNotContains("Fir") | xt_variety | email | negation
varieties w/ count = 1 | Unique() | xt_variety | abbrev
delivs = yday | Yesterday() | xt_delivery | abbrev | date
You're my spreadsheet assistant: highlight deliveries due this week | ThisWeek() | xt_delivery | prompt | date
Hi Noel, can you shade the deliveries due tomorrow? Ta, Ivy | Tomorrow() | xt_delivery | email | date
deliveries in the month after this one | NextMonth() | xt_delivery | comparative | date
You are an Excel expert. Highlight netting fees that aren't errors | NotErrors() | xt_netting | prompt | negation
Hi Ivy, can you mark the blank netting fees? Thanks, Noel | Blanks() | xt_netting | email
# a fireworks company
Hi Mick, can you highlight displays with more than 100 shells? Thanks, Dee | GreaterThan(100) | fw_shells | email
shells <= 30 | LessThanEqual(30) | fw_shells | abbrev | boundary
shows smaller than our standard 48-shell package | LessThan(48) | fw_shells | comparative
You're an Excel expert. Highlight shell counts that aren't 48 | NotEquals(48) | fw_shells | prompt | negation
dur top 3 | Top(3) | fw_dur | abbrev | superlative
You are a spreadsheet assistant. Put a colour scale on durations | ColorScale() | fw_dur | prompt | visual
Hi Dee, could you mark any duration below average? Cheers, Mick | BelowAverage() | fw_dur | email
durations of at least a minute but no more than two | Between(60, 120) | fw_dur | comparative | range | number-words
You're an Excel expert: mark the 4 smallest calibres | Bottom(4) | fw_cal | prompt | superlative
calibre >= 100mm | GreaterThanEqual(100) | fw_cal | abbrev | boundary
calibres bigger than the 75 mm consumer limit | GreaterThan(75) | fw_cal | comparative
Hi Mick, please flag calibres that show up more than once. Ta, Dee | Duplicates() | fw_cal | email
You are an Excel expert. Highlight products beginning with 'Cake' | TextStartsWith("Cake") | fw_prod | prompt | quoted
prod = 'Mine' | TextEquals("Mine") | fw_prod | abbrev | quoted
Hi Dee, could you shade products with 'Rocket' in the name? Thanks, Mick
    | TextContains("Rocket") | fw_prod | email | quoted
shows nxt wk | NextWeek() | fw_show | abbrev | date
You are an Excel expert: highlight shows this month | ThisMonth() | fw_show | prompt | date
shows scheduled the day before today | Yesterday() | fw_show | comparative | date
Hi Dee, please mark shows on today's date. Ta, Mick | Today() | fw_show | email | date
lic fee = #REF! -> flag | Errors() | fw_licence | abbrev
You are a spreadsheet assistant. Flag licence fee cells with no error | NotErrors() | fw_licence | prompt | negation
# a skip hire firm
Subject: big skips - Hi Dale, can you highlight 12 yards or bigger? Cheers, Trish
    | GreaterThanEqual(12) | sk_size | email | boundary
sizes outside 4-8 yd | NotBetween(4, 8) | sk_size | abbrev | range | negation
skips bigger than the 8-yard builder's skip but no bigger than 20
    | AND(GreaterThan(8), LessThanEqual(20)) | sk_size | comparative | compound
You're an Excel expert: flag skip sizes of exactly 4 or exactly 6
    | OR(Equals(4), Equals(6)) | sk_size | prompt | compound
skip sizes other than the standard 8-yarder | NotEquals(8) | sk_size | comparative | negation
You are a spreadsheet assistant. Add an icon set to the load weights | IconSet() | sk_load | prompt | visual
loads lighter than the average load | BelowAverage() | sk_load | comparative
wt: top 10% | TopPercent(10) | sk_load | abbrev | superlative
Hello Dale, please mark every load except the 3 heaviest. Ta, Trish
    | NOT(Top(3)) | sk_load | email | negation | superlative
pc starts 'BD' | TextStartsWith("BD") | sk_postcode | abbrev | quoted
You are an Excel expert. Mark postcodes that appear more than once | Duplicates() | sk_postcode | prompt
Hi Trish, could you highlight postcodes not starting with LS? Thanks, Dale
    | NOT(TextStartsWith("LS")) | sk_postcode | email | negation
postcodes exactly matching our depot's, WF10 2PD | TextEquals("WF10 2PD") | sk_postcode | comparative
drop-offs last mth | LastMonth() | sk_drop | abbrev | date
You're my Excel assistant: highlight drop-offs from last week | LastWeek() | sk_drop | prompt | date
Hi Dale, can you colour this month's drop-offs? Ta, Trish | ThisMonth() | sk_drop | email | date
drop-offs due one day later than today | Tomorrow() | sk_drop | comparative | date
drop-offs in the month following this one | NextMonth() | sk_drop | comparative | date
You are an Excel expert. Give me a rule for drop-offs in the last 7 days | Last7Days() | sk_drop | prompt | date
permit fee blank OR #N/A | OR(Blanks(), Errors()) | sk_permit | abbrev | compound
You are a spreadsheet expert. Highlight permit fee cells that have something in them | NotBlanks() | sk_permit | prompt
# a boxing gym
Hi Mo, can you mark anyone who sparred 10 rounds or more? Cheers, Vic
    | GreaterThanEqual(10) | bx_rounds | email | boundary
You are an Excel expert. Highlight round counts that are anything but 6 | NotEquals(6) | bx_rounds | prompt | negation
rnds < 3 or > 10 | OR(LessThan(3), GreaterThan(10)) | bx_rounds | abbrev | compound
boxers who did more rounds than the 5 in a standard session | GreaterThan(5) | bx_rounds | comparative
rnds: all but btm 2 | NOT(Bottom(2)) | bx_rounds | abbrev | negation | superlative
fighters heavier than the 75 kg middleweight limit | GreaterThan(75) | bx_weight | comparative
You're an Excel helper. Flag weigh-ins outside 60-80 kg | NotBetween(60, 80) | bx_weight | prompt | range | negation
Hi Vic, please highlight weigh-ins of 63.5 kg exactly. Thanks, Mo | Equals(63.5) | bx_weight | email | number-format
wt at/above 70 AND below 90 | AND(GreaterThanEqual(70), LessThan(90)) | bx_weight | abbrev | compound | boundary
You are an Excel expert. Put data bars on resting heart rate | DataBar() | bx_hr | prompt | visual
HR btm 20% | BottomPercent(20) | bx_hr | abbrev | superlative
resting rates higher than the gym's average | AboveAverage() | bx_hr | comparative
Hi Mo, could you flag the 2 highest resting heart rates? Ta, Vic | Top(2) | bx_hr | email | superlative
classes w/ 'boxing' | TextContains("Boxing") | bx_class | abbrev | quoted
You are an Excel expert. Highlight classes that don't begin with 'Pad'
    | NOT(TextStartsWith("Pad")) | bx_class | prompt | negation
Hi Vic, can you mark class names listed more than once? Ta, Mo | Duplicates() | bx_class | email
classes with the same name as Tuesday's, Pad Work | TextEquals("Pad Work") | bx_class | comparative
renewals due 2day | Today() | bx_renew | abbrev | date
You're my spreadsheet assistant. Highlight renewals due tomorrow | Tomorrow() | bx_renew | prompt | date
Hi Mo, please flag renewals falling next week. Ta, Vic | NextWeek() | bx_renew | email | date
renewals in the same calendar week as today | ThisWeek() | bx_renew | comparative | date
renewals that fell due the day prior to today | Yesterday() | bx_renew | comparative | date
rnwl = last mth | LastMonth() | bx_renew | abbrev | date
You are an Excel expert. Highlight monthly fees showing #VALUE! | Errors() | bx_fee | prompt
mthly fee = blank | Blanks() | bx_fee | abbrev
# a disc golf course
Hi Lee, could you highlight rounds under par? Cheers, Fin | LessThan(0) | dg_par | email
to par >= +5 | GreaterThanEqual(5) | dg_par | abbrev | boundary
You are an Excel expert. Mark rounds that finished at even par | Equals(0) | dg_par | prompt
rounds worse than our club handicap of +3 | GreaterThan(3) | dg_par | comparative
to par not between -2 and +2 | NotBetween(-2, 2) | dg_par | abbrev | negation | range
You're an Excel expert: highlight the 3 lowest round scores | Bottom(3) | dg_score | prompt | superlative
scores better than the course average (lower is better) | BelowAverage() | dg_score | comparative
Hello Fin, please shade every score except the worst 25%. Thanks, Lee
    | NOT(TopPercent(25)) | dg_score | email | negation
same score twice+ -> hl | Duplicates() | dg_score | abbrev
You are an Excel expert. Highlight the discs beginning with 'Putter'
    | TextStartsWith("Putter") | dg_disc | prompt | quoted
disc ends w/ 'Driver' | TextEndsWith("Driver") | dg_disc | abbrev | quoted
Hi Lee, can you flag discs with no 'Midrange' in the name? Ta, Fin
    | TextNotContains("Midrange") | dg_disc | email | negation
disc names seen 1x | Unique() | dg_disc | abbrev
rounds last wk | LastWeek() | dg_round | abbrev | date
You're an Excel expert. Highlight rounds played in the past seven days
    | Last7Days() | dg_round | prompt | date | number-words
Hi Fin, can you mark rounds booked for next month? Ta, Lee | NextMonth() | dg_round | email | date
rounds in the same month as today | ThisMonth() | dg_round | comparative | date
Hi Lee, could you highlight yesterday's rounds? Thanks, Fin | Yesterday() | dg_round | email | date
rounds scheduled a day after today | Tomorrow() | dg_round | comparative | date
You are a spreadsheet assistant. Add a colour scale to wind speed | ColorScale() | dg_wind | prompt | visual
wind: calmest 20% | BottomPercent(20) | dg_wind | abbrev | superlative
wind speeds gentler than the 10 mph comfort limit | LessThan(10) | dg_wind | comparative
# a poker league
You're an Excel expert. Highlight chip counts over 20,000 | GreaterThan(20000) | pk_chips | prompt | number-format
stacks short of the 10K starting stack | LessThan(10000) | pk_chips | comparative | number-format
chips btwn 10k & 25k | Between(10000, 25000) | pk_chips | abbrev | range | number-format
Hi Gus, can you mark the 3 biggest stacks? Cheers, Kat | Top(3) | pk_chips | email | superlative
buyin = 10 | Equals(10) | pk_buyin | abbrev
Hi Kat, could you flag buy-ins other than £10 and £20? Ta, Gus
    | AND(NotEquals(10), NotEquals(20)) | pk_buyin | email | compound | negation
buy-ins bigger than the usual tenner but no more than £50
    | AND(GreaterThan(10), LessThanEqual(50)) | pk_buyin | comparative | compound | number-words
You're an Excel expert: show buy-ins above the average buy-in | AboveAverage() | pk_buyin | prompt
You are a spreadsheet assistant. Put an icon set on finishing positions | IconSet() | pk_finish | prompt | visual
finish <= 3rd | LessThanEqual(3) | pk_finish | abbrev | boundary
players who finished worse than 6th place | GreaterThan(6) | pk_finish | comparative
Hi Kat, please highlight the repeated finishing positions. Thanks, Gus | Duplicates() | pk_finish | email
plyr name has 'annie' | TextContains("Annie") | pk_player | abbrev | quoted | odd-case
Hi Gus, please mark players who've only been entered once. Ta, Kat | Unique() | pk_player | email
anyone with the same name as last week's winner, Dealer Dan | TextEquals("Dealer Dan") | pk_player | comparative
You are an Excel expert. Flag every player not starting with 'Ace'
    | NOT(TextStartsWith("Ace")) | pk_player | prompt | negation
Subject: game nights - Hi Kat, can you shade tonight's game? Cheers, Gus | Today() | pk_night | email | date
nights this wk | ThisWeek() | pk_night | abbrev | date
You're a spreadsheet assistant: highlight game nights held last month | LastMonth() | pk_night | prompt | date
game nights one week after this week | NextWeek() | pk_night | comparative | date
nights in last 7d | Last7Days() | pk_night | abbrev | date
You're an Excel expert. Mark the game night that was yesterday | Yesterday() | pk_night | prompt | date
Act as an Excel assistant and mark any rebuy count that is not an error value
    | NotErrors() | pk_rebuy | prompt | negation
Hi Gus, can you highlight rebuy cells with an error in them? Ta, Kat | Errors() | pk_rebuy | email
# a hedgehog rescue
Hi Sue, can you highlight any hog under 450 g? Thanks, Pam | LessThan(450) | hh_weight | email
hogs at or over the 600 g release weight | GreaterThanEqual(600) | hh_weight | comparative | boundary
wt 450-600g | Between(450, 600) | hh_weight | abbrev | range
You are an Excel expert. Flag weights of exactly 450 grams | Equals(450) | hh_weight | prompt
wt < 300g OR > 800g | OR(LessThan(300), GreaterThan(800)) | hh_weight | abbrev | compound
You are a spreadsheet assistant. Give temps under 34 degrees a red fill | LessThan(34) | hh_temp | prompt
temps outside the healthy 35 to 37 range | NotBetween(35, 37) | hh_temp | comparative | range | negation
Hi Pam, can you mark the 2 coldest hogs? Cheers, Sue | Bottom(2) | hh_temp | email | superlative
temps above avg | AboveAverage() | hh_temp | abbrev
You are an Excel expert. Add data bars to ticks removed | DataBar() | hh_ticks | prompt | visual
ticks: top 20% | TopPercent(20) | hh_ticks | abbrev | superlative
Hi Sue, please highlight all hogs apart from the 3 with the most ticks. Ta, Pam
    | NOT(Top(3)) | hh_ticks | email | negation | superlative
hog names beginning 'Spike' | TextStartsWith("Spike") | hh_name | abbrev | quoted
Hi Pam, could you flag names used twice? Ta, Sue | Duplicates() | hh_name | email
You're an Excel expert. Highlight names containing 'Tiggy' | TextContains("Tiggy") | hh_name | prompt | quoted
names other than our first patient's, Spike | NOT(TextEquals("Spike")) | hh_name | comparative | negation
Hi Sue, can you highlight hogs admitted yesterday? Thanks, Pam | Yesterday() | hh_admit | email | date
admits last mth | LastMonth() | hh_admit | abbrev | date
You're an Excel expert. Highlight admissions from last week | LastWeek() | hh_admit | prompt | date
releases planned a day later than today | Tomorrow() | hh_release | comparative | date
release nxt wk | NextWeek() | hh_release | abbrev | date
You're a spreadsheet assistant: highlight releases next month | NextMonth() | hh_release | prompt | date
Hi Pam, can you mark releases this week? Ta, Sue | ThisWeek() | hh_release | email | date
dose = blank -> flag | Blanks() | hh_meds | abbrev
You are an Excel expert. Highlight dose cells that are not blank | NotBlanks() | hh_meds | prompt | negation
# a bat survey group
You are an Excel expert. Highlight transects with more than 50 bat passes | GreaterThan(50) | bt_passes | prompt
passes <= 9 | LessThanEqual(9) | bt_passes | abbrev | boundary
Hi Ros, could you flag counts at double the 20-pass baseline or more? Thanks, Ed
    | GreaterThanEqual(40) | bt_passes | email
counts below the site's average | BelowAverage() | bt_passes | comparative
passes > 10 but < 100 | AND(GreaterThan(10), LessThan(100)) | bt_passes | abbrev | compound
evenings colder than the 10 °C activity threshold | LessThan(10) | bt_temp | comparative
You are an Excel expert. Mark dusk temperatures of 12 degrees or lower | LessThanEqual(12) | bt_temp | prompt | boundary
Hi Ed, please highlight temps that crop up more than once. Ta, Ros | Duplicates() | bt_temp | email
temp top 3 | Top(3) | bt_temp | abbrev | superlative
Hi Ros, can you highlight every species with 'Pipistrelle' in it? Ta, Ed
    | TextContains("Pipistrelle") | bt_species | email | quoted
You are an Excel expert. Flag species that are Noctule or Serotine
    | OR(TextEquals("Noctule"), TextEquals("Serotine")) | bt_species | prompt | compound
species w/o 'sp.' | TextNotContains("sp.") | bt_species | abbrev | quoted | negation
Act as a spreadsheet helper and highlight the species that appear only once | Unique() | bt_species | prompt
surveys 2nite | Today() | bt_survey | abbrev | date
You are an Excel expert. Highlight surveys this month | ThisMonth() | bt_survey | prompt | date
Hi Ed, which surveys are tomorrow? Could you colour them? Ta, Ros | Tomorrow() | bt_survey | email | date
surveys in the week following this one | NextWeek() | bt_survey | comparative | date
Hi Ros, can you shade last month's surveys? Cheers, Ed | LastMonth() | bt_survey | email | date
surveys within the 7 days ending today | Last7Days() | bt_survey | comparative | date
You're a spreadsheet assistant. Add an icon set to battery % | IconSet() | bt_battery | prompt | visual
batt <= 20% | LessThanEqual(0.2) | bt_battery | abbrev | number-format | boundary
detectors with less charge than the 50% needed for a full night
    | LessThan(0.5) | bt_battery | comparative | number-format
Hi Ed, can you highlight recordings that are blank or #N/A? Thanks, Ros
    | OR(Blanks(), Errors()) | bt_record | email | compound
rec = #N/A err | Errors() | bt_record | abbrev
# a cable car
hours with more riders than the 500-per-hour design capacity | GreaterThan(500) | cc_riders | comparative
riders/hr < 100 | LessThan(100) | cc_riders | abbrev
Act as an Excel expert. Highlight rider counts from 150 to 400 inclusive
    | Between(150, 400) | cc_riders | prompt | range
Hi Ana, could you shade the busiest 20% of hours? Ta, Olly | TopPercent(20) | cc_riders | email | superlative
Subject: wind stops - Hi Olly, gusts of 60 or more mean we close, can you mark them? Ana
    | GreaterThanEqual(60) | cc_gust | email
gusts >= 40 & < 60 | AND(GreaterThanEqual(40), LessThan(60)) | cc_gust | abbrev | compound | boundary
Act as an Excel expert. Mark gusts stronger than the day's average | AboveAverage() | cc_gust | prompt
gusts calmer than the 20 km/h all-clear level | LessThan(20) | cc_gust | comparative
cabin = 'Cabin 1' | TextEquals("Cabin 1") | cc_cabin | abbrev | quoted
You're an Excel expert. Highlight cabins containing 'VIP' | TextContains("VIP") | cc_cabin | prompt | quoted
Hi Olly, please mark any cabin name not starting with 'Cabin'. Ta, Ana
    | NOT(TextStartsWith("Cabin")) | cc_cabin | email | negation
cabin dupes | Duplicates() | cc_cabin | abbrev
svc yday | Yesterday() | cc_service | abbrev | date
You are my spreadsheet assistant. Highlight services due today | Today() | cc_service | prompt | date
Hi Ana, can you flag services booked for next week? Ta, Olly | NextWeek() | cc_service | email | date
services in the current week, the one today falls in | ThisWeek() | cc_service | comparative | date
Act as an Excel assistant and mark services falling next month | NextMonth() | cc_service | prompt | date
Hi Olly, please highlight the services from last week. Thanks, Ana | LastWeek() | cc_service | email | date
You are a spreadsheet assistant. Put data bars on ticket prices | DataBar() | cc_ticket | prompt | visual
tix: cheapest 3 | Bottom(3) | cc_ticket | abbrev | superlative
tickets cheaper than the £15 adult fare | LessThan(15) | cc_ticket | comparative
Hi Ana, can you highlight ticket prices below average? Ta, Olly | BelowAverage() | cc_ticket | email
You are an Excel expert. Flag sensor readings that are errors | Errors() | cc_sensor | prompt
sensor: not err | NotErrors() | cc_sensor | abbrev | negation
# a damp proofing firm
walls wetter than the 20% damp threshold | GreaterThan(20) | dp_moist | comparative
moisture <= 15 | LessThanEqual(15) | dp_moist | abbrev | boundary
Hi Bryn, can you mark readings that are not exactly 20? Thanks, Meg | NotEquals(20) | dp_moist | email | negation
You're an Excel expert: highlight readings below 10 or above 40
    | OR(LessThan(10), GreaterThan(40)) | dp_moist | prompt | compound
readings above the 25% damp line but not beyond the 35% saturated line
    | AND(GreaterThan(25), LessThanEqual(35)) | dp_moist | comparative | compound
You are an Excel expert. Highlight quotes of £1,200 | Equals(1200) | dp_quote | prompt | number-format
quotes > £2k | GreaterThan(2000) | dp_quote | abbrev | number-format
Hi Meg, could you flag quotes that appear twice? Cheers, Bryn | Duplicates() | dp_quote | email
quotes pricier than the typical job (the average) | AboveAverage() | dp_quote | comparative
quotes: top 2 | Top(2) | dp_quote | abbrev | superlative
quotes outside £500-£2,500 | NotBetween(500, 2500) | dp_quote | abbrev | range | negation | number-format
You are a spreadsheet assistant. Put a colour scale on wall area | ColorScale() | dp_area | prompt | visual
Hi Bryn, please mark the smallest 20% of wall areas. Ta, Meg | BottomPercent(20) | dp_area | email | superlative
walls smaller than the 10 m² minimum job | LessThan(10) | dp_area | comparative
Youre an excel expert, highlite treatments that include tanking | TextContains("Tanking") | dp_treat | prompt | typo
Hi Meg, could you highlight the treatments ending in 'Drain'? Ta, Bryn
    | TextEndsWith("Drain") | dp_treat | email | quoted
trtmt starts 'Injection' | TextStartsWith("Injection") | dp_treat | abbrev | quoted
Act as an Excel expert: highlight treatments listed only one time | Unique() | dp_treat | prompt
visits 2moro | Tomorrow() | dp_visit | abbrev | date
Hi Bryn, which visits are today? Could you shade them? Ta, Meg | Today() | dp_visit | email | date
You're an Excel expert. Highlight survey visits this week | ThisWeek() | dp_visit | prompt | date
visits from the week prior to the current one | LastWeek() | dp_visit | comparative | date
visits this mth | ThisMonth() | dp_visit | abbrev | date
Hi Meg, can you mark visits booked for next month? Cheers, Bryn | NextMonth() | dp_visit | email | date
You are an Excel expert. Highlight guarantee refs that are blank | Blanks() | dp_guar | prompt
Hi Meg, can you flag guarantee refs that aren't empty? Ta, Bryn | NotBlanks() | dp_guar | email | negation
# a paving contractor
Hi Carl, can you highlight drives over 60 square metres? Ta, Jan | GreaterThan(60) | pv_area | email
areas at least the 40 m² minimum for block paving | GreaterThanEqual(40) | pv_area | comparative | boundary
area < 20m2 | LessThan(20) | pv_area | abbrev
You are an Excel expert. Flag jobs whose area is not between 25 and 75 m²
    | NotBetween(25, 75) | pv_area | prompt | negation | range
You're a spreadsheet assistant. Add data bars to slabs ordered | DataBar() | pv_slabs | prompt | visual
slabs top 10% | TopPercent(10) | pv_slabs | abbrev | superlative
Hi Jan, please mark orders smaller than the average order. Thanks, Carl | BelowAverage() | pv_slabs | email
orders under one pallet of 100 slabs | LessThan(100) | pv_slabs | comparative
mat = 'Porcelain' only | TextEquals("Porcelain") | pv_material | abbrev | quoted
You are an Excel expert. Highlight materials that end in 'Setts' | TextEndsWith("Setts") | pv_material | prompt | quoted
Hello Carl, could you shade materials with 'Sandstone' in the name? Ta, Jan
    | TextContains("Sandstone") | pv_material | email | quoted
mat not ending 'Setts' | NOT(TextEndsWith("Setts")) | pv_material | abbrev | negation | quoted
Hi Jan, can you highlight jobs that started last month? Ta, Carl | LastMonth() | pv_start | email | date
start in last 7 days | Last7Days() | pv_start | abbrev | date
You are an Excel expert. Highlight jobs starting next week | NextWeek() | pv_start | prompt | date
jobs starting one day after today | Tomorrow() | pv_start | comparative | date
start = this mth | ThisMonth() | pv_start | abbrev | date
jobs that started on the day before today | Yesterday() | pv_start | comparative | date
Hi Jan, please highlight jobs that took 10 days or more. Cheers, Carl
    | GreaterThanEqual(10) | pv_days | email | boundary
You are an Excel expert. Highlight all jobs except the 2 shortest
    | NOT(Bottom(2)) | pv_days | prompt | negation | superlative
days on site > a week | GreaterThan(7) | pv_days | abbrev | number-words
dep = #VALUE! -> flag | Errors() | pv_deposit | abbrev
You are an Excel expert. Highlight deposits that are blank or show an error
    | OR(Blanks(), Errors()) | pv_deposit | prompt | compound
# an ultrasound clinic
You are an Excel expert. Highlight scans at exactly 20 weeks | Equals(20) | us_weeks | prompt
gestation btwn 11 & 14 wks | Between(11, 14) | us_weeks | abbrev | range
Hi Dr Shah, can you flag anyone past 40 weeks? Thanks, Nell | GreaterThan(40) | us_weeks | email
pregnancies earlier than the 10-week dating threshold | LessThan(10) | us_weeks | comparative
Act as an Excel helper and mark gestations of 24 weeks or less | LessThanEqual(24) | us_weeks | prompt | boundary
waits longer than the 14-day target | GreaterThan(14) | us_wait | comparative
wait = 7d | Equals(7) | us_wait | abbrev
Hi Nell, could you colour waits from a week to a fortnight? Ta, Dr Shah
    | Between(7, 14) | us_wait | email | range | number-words
wait top 3 | Top(3) | us_wait | abbrev | superlative
Act as a spreadsheet expert: mark the waits above the average wait | AboveAverage() | us_wait | prompt
scan type begins 'Dating' | TextStartsWith("Dating") | us_scan | abbrev | quoted
You are an Excel expert. Highlight scan types with 'Scan' at the end | TextEndsWith("Scan") | us_scan | prompt | quoted
Hi Dr Shah, can you mark scan types that don't mention 'Scan'? Ta, Nell
    | TextNotContains("Scan") | us_scan | email | negation
scan types matching our most common booking, Growth Scan | TextEquals("Growth Scan") | us_scan | comparative
scan type listed twice+ | Duplicates() | us_scan | abbrev
You're my Excel assistant. Flag today's appointments | Today() | us_appt | prompt | date
Hi Nell, can you highlight appointments this week? Thanks, Dr Shah | ThisWeek() | us_appt | email | date
appts last wk | LastWeek() | us_appt | abbrev | date
appointments in the week following today's week | NextWeek() | us_appt | comparative | date
appts yest. | Yesterday() | us_appt | abbrev | date
appointments in the calendar month before the present one | LastMonth() | us_appt | comparative | date
You're an Excel expert. Apply an icon set to BMI | IconSet() | us_bmi | prompt | visual
BMI: highest 20% | TopPercent(20) | us_bmi | abbrev | superlative
Hi Nell, could you flag the 2 lowest BMIs? Thanks, Dr Shah | Bottom(2) | us_bmi | email | superlative
BMIs below the clinic average | BelowAverage() | us_bmi | comparative
rpt ref not blank | NotBlanks() | us_report | abbrev | negation
You are an Excel expert. Highlight report refs that are not errors | NotErrors() | us_report | prompt | negation
# additions after the first full build
You are an Excel expert. Highlight the lowest 10% of bat pass counts
    | BottomPercent(10) | bt_passes | prompt | superlative
caps -> icon set | IconSet() | hk_caps | abbrev | visual | column-word
gusts not weaker than the 40 km/h amber level | GreaterThanEqual(40) | cc_gust | comparative | negation | polarity
WAIT (DAYS) BELOW AVG | BelowAverage() | us_wait | abbrev | odd-case | column-word
Hi Meg, coud you hilight the quotes under £500? Thnaks, Bryn | LessThan(500) | dp_quote | email | typo
""")


# The set files written before this one. A set file written beside this one (fifteenth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "eleventh_cf.json",
              "eleventh_tables.json", "everyday_cf.json", "everyday_tables.json", "fifth_cf.json",
              "fifth_tables.json", "forum_tables.json", "fourteenth_cf.json", "fourteenth_tables.json",
              "fourth_cf.json", "fourth_tables.json", "fresh_cf.json", "fresh_tables.json", "ninth_cf.json",
              "ninth_tables.json", "plain_cf.json", "posts_tables.json", "seventh_cf.json", "seventh_tables.json",
              "sixth_cf.json", "sixth_tables.json", "spoken_cf.json", "template_tables.json", "tenth_cf.json",
              "tenth_tables.json", "third_cf.json", "third_tables.json", "thirteenth_cf.json",
              "thirteenth_tables.json", "twelfth_cf.json", "twelfth_tables.json", "web_cf.json")


column_sets.bind(globals(), FIFTEENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
