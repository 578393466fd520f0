"""A twenty-first independent set of one-column CF requests, and the builder of twentyfirst_cf.json.

Written from scratch (2026-12-07 11:52 to 12:05 UTC by `date -u`, engineer E21c) as a new independent evaluation
set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no
earlier builder's docstring names, on this set's own columns (a toy library, a ramen shop, a taqueria, a dhaba, a
piano tuner, a clockmaker, a juice bar, a letterpress studio, a meadery, a kimchi maker, a dim sum restaurant, a
falafel stand, a churro cart, a robotics club, a mariachi band, a henna artist, a flamenco school, a tapas bar, a
biergarten, a taiko drumming group), in four styles new to the sets: `code-switch` (the request mixes another
language's words into English, as bilingual users type: "highlight los valores mayores que 50", "jo 50 se zyada hai
unko highlight karo"; here Spanish, Hindi, French, German, romanized Japanese, Korean and Cantonese, and Arabic,
every literal still in digits or quoted as the cells write it), `double-negative` ("don't leave out the ones that
aren't empty", "nothing that isn't over 50"), `sarcastic` (an exasperated or ironic user: "oh great, another sheet.
fine, flag the scores under 40 I guess") and `puzzle` (the literal or bound given by a relation a careful reader
works out exactly: "at least 40 and at most 10 above it" -> Between(40, 50), "the smallest two-digit number" ->
10); these examples are the brief's, made up for it, and are not entries. Only requests the language expresses
exactly, one right rule on the column, every literal recoverable by a careful reader. Labels are what the executor
formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16
- 22 June, the last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are
(a blank compares as 0 and any text is greater than any number); every comparison, Between, NotBetween and numeric
AND and OR of this set is on a column of numbers only (no text cell, no blank), and the columns that carry a colour
scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("waived", "sold out",
"credit", ...), one blank and one error cell, so that a visual rule formats the numbers only. Text columns that NOT
or TextNotContains runs on hold no blank; the columns of Duplicates, Unique, Blanks and NotBlanks hold one blank
and one cell of one space (the executor counts that cell as a value that appears once, as Excel does). A program
checked these conventions on every entry (it printed an empty list, after a first run whose pattern wrongly took
TextEquals for a comparison and listed this set's ten TextEquals entries).

What its author read: the brief (/work/team/brief21.md, `cat`); of benchmarks/data/twentieth_cf.py, which this
builder mirrors, lines 1-176 (its module docstring, imports, constants, `_joined` and its date lists, up to
`COLUMNS = {`) and 828-844 (OTHER_SETS, the bind and the main block), by `sed -n`, after a `grep -nE` anchored on
`^[A-Z_]+ = `, `^def `, `^if __name__`, `^class `, `^from ` and `^import ` for their places (it printed top-level
lines only, no entry line); benchmarks/data/column_sets.py (all, `cat`); benchmarks/data/everyday_common.py (all,
`cat`); tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of tests/benchmarks/set_files.py lines 1-16 and
63-210 (the check functions; `grep -n '^def '` and `wc -l` for their places); ../shared/docs/CF_RULES.md (all,
`cat`); the first 12,000 characters of benchmarks/data/README.md (`head -c 12000`); the public API of
cf_assistant.languages.cf (parse and to_text on 23 made-up rules, for their canonical spelling). A program that
wrote this builder from its draft files read twentieth_cf.py's lines 132-166 (imports, constants, `_joined`) and
828-838 (OTHER_SETS, by `ast.literal_eval`) to copy them, printing nothing of them but what this builder shows.
Commands that printed anything else: `date -u` (about twenty times); `ls benchmarks/data/` (file names; no
twentyfirst_* file was there then); the import check (`ok`); `wc -l` of twentieth_cf.py, column_sets.py,
everyday_common.py, the test module, set_files.py and CF_RULES.md; one run of a program that printed one True/False
per candidate domain word or phrase (91 of them): whether any builder's module docstring (benchmarks/data/*.py
except twentyfirst_*, by `ast.get_docstring`, lower-cased) or the whole benchmarks/data/README.md holds it as a
substring; `grep -c` over one draft file (2); this builder's own header and OTHER_SETS (`sed -n`, `grep -n -A3
'^OTHER_SETS' | cut -c1-60`, `grep -n -B4 '^def _joined' | cut -c1-30`), `awk` for lines over 120 characters and
the over-long lines of this builder themselves (its own column and entry lines, twice); this builder's own check
runs before any half was printed (five: the number of entries and columns, unused columns, the problems of
`make_record` and `problems_of`, which name this builder's own requests and printed none, the counts per function,
style and tag over all entries), and one probe that the check bites (GreaterThan(13) on a column without 13: it
printed the weak near miss GreaterThanEqual(13)); the column-convention program (twice, see above); the builder's
main run (counts per function, style and tag per half; once before the docstring was written, then as the rebuild
checks); `md5sum` of rebuilds (equal); the first 12 lines of the test module after adding this set to it (its
docstring); the program that inserted this set's README row (it printed the row's line number, 59) and `grep -c` of
the new rows (2: the other engineer's row was already there; then 1 and 1 by file name); `ls | grep -c json` (49)
and `ls | grep twentyfirst` (the four twentyfirst_* file names: twentyfirst_tables.py and .json are the other
engineer's, never opened); the test modules' pass counts (7452 and 50 passed, twice, with twentyfirst_tables.json
in the folder). Candidates the check dropped (printed True): taxidermy, locksmith, tattoo, observatory, kennel,
cattery, bell ring, chimney sweep, roller derby, fencing, archery, bridal, sushi, seed bank, herbarium, organ
builder, watch repair, laser tag, mini golf, snooker, darts, yoga, yoga studio, nail salon, barber, dry clean,
cobbler, tailor, upholster, auction house, stamp, record shop, comic shop, board game, makerspace, quilting, paper
mill, fireworks, cheese, fish market, fish, butcher, kombucha, lavender, christmas tree, llama, sheep shear, wool,
bingo, cinema, opera, ballet, sauna, hackathon, tea room, dairy, goat, cricket, tiffin, sari, harp, costume hire.
Taken (printed False): "toy library", ramen, taqueria, dhaba, "piano tuner", clockmaker, "juice bar", letterpress,
meadery, kimchi, "dim sum", falafel, churro, robotics, mariachi, henna, flamenco, tapas, biergarten, taiko. Printed
True and kept, as a different domain from the one an earlier builder names: bridal (a henna artist's bridal
designs, not a bridal shop). Printed False and not used: biltong, tortilleria, dumpling, "bike courier", "spa ",
tortilla, bollywood, boulangerie (a bakery is named), oktoberfest.

Slips. (1) None known of reading: no entry line of another builder and no utterance of a JSON file was printed. (2)
No draft was reworded after its half was seen: the main run (counts per half only) came after every fix; the fixes
before it were the builder's first check (the `#` of one request that made it a heading, "#DIV/0! and friends ..."
reworded to "the #DIV/0! and friends ..."), the author's own rereading (two double-negative drafts that said the
opposite of their rule, "nothing that isn't borrowed more than 30 times should go unmarked" and "mark the salsa
temps, leaving out nothing that isn't below 5", reworded to "highlight nothing that isn't borrowed more than 30
times" and "don't mark any salsa temp that isn't below 5, only the ones under it"; "tempos at most 20 below 100",
which also reads as 80 to 100, reworded to "tempos no higher than 100 minus 20"; the cell "Kitchen Set" renamed
"Cooking Set" so that a toy with "Kit" in its name is not also "Kitchen"), and cells added while drafting so that
each text rule has the cells that tell it from its near misses. (3) The halves are uneven (dev 204, test 226,
against the brief's about 220 / 210) and some functions thin in one half (AND 1/9, Between 9/1, DataBar, LessThan,
NextWeek, OR and TextEndsWith 2/8): the hash's split, not steered. (4) Some code-switch requests rely on the reader
knowing the other language's word for the relation ("se kam" less than, "bahar" outside, "sabse chhote" smallest,
"iha" or less, "miman" under, "taht" below), most with an English gloss beside it; a few puzzles lean on common
knowledge (a tricycle's 3 wheels, a table's 4 legs, 3 primary colours, 12 hours on a clock face). (5) 112 column
keys, 110 distinct headers ("Booking Date" and "Dish" twice), a little over the brief's "about 108". (6) The thin
tags: typo 2 (both in dev), odd-case 2, number-format 2, number-words 4, polarity 5. Not read: anything under
cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the rest of
benchmarks/data/README.md (but for its row count by `grep -c`), the utterances of any JSON file,
twentyfirst_tables.* (being written beside this set by engineer E21t), tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data, git (no git command was run). No
model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values between a
tenth of a threshold and ten times it, prefix/suffix/middle variants of texts, blanks, cells of one space, text and
error cells beside the numbers of visual columns). The domains were given the functions in two alternating
schedules (even domains: GreaterThan, GreaterThanEqual, LessThan, Between, TextEquals, TextContains,
TextStartsWith, Today, Yesterday, Tomorrow, Last7Days, LastWeek, ColorScale, DataBar, Top, BottomPercent,
AboveAverage, Duplicates, Blanks, Errors, AND, NOT; odd domains LessThanEqual, Equals, NotEquals, GreaterThan,
NotBetween, OR, IconSet, Bottom, TopPercent, BelowAverage, NotErrors, TextNotContains, TextEndsWith, NOT, ThisWeek,
NextWeek, LastMonth, ThisMonth, NextMonth, Unique, NotBlanks), so that each of the 41 functions has ten records
(GreaterThan and NOT twenty) before any half is seen. The builder's check found one problem in all (the heading
above) and no column that could not tell its rule from a near miss. 430 records on 110 columns: dev 204, test 226
(the hash's split, not steered); styles code-switch 131, sarcastic 105, puzzle 98, double-negative 96; every one of
the 41 functions in both halves; 13-15 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (twentyfirst_tables.json, written beside it by
someone else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more
than 20 cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the
rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`code-switch`, `double-negative`, `sarcastic`, `puzzle`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`,
`range`, `polarity`, `date`, `visual` (as in twentieth_cf.py), then the set tag `twentyfirst`. IDs have the prefix
`t21c-`; the dev/test halves come from a hash of the ID. No request starts with "#" (a line starting so is a
heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for
one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/twentyfirst_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyfirst_cf.json"
PREFIX = "t21c"
TWENTYFIRST_TAG = "twentyfirst"
STYLES = ("code-switch", "double-negative", "sarcastic", "puzzle")
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

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each of the four date lists below (this set's own) holds a date in
# every period, a date in none of them, and a blank or a text cell.
HA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-04|2024-06-10|2024-06-14|2024-06-18|2024-06-26|"
      "2024-05-20|2024-07-08|2023-11-02||2024-06-08|2024-06-20")
HB = ("2024-06-13|2024-06-12|2024-06-09|2024-06-11|2024-06-06|2024-06-03|2024-06-19|2024-06-22|2024-06-29|"
      "2024-05-03|2024-07-15|2025-01-09|pending|2024-06-15|2024-06-08")
HC = ("2024-06-11|2024-06-13|2024-06-12|2024-06-02|2024-06-10|2024-06-16|2024-06-05|2024-05-28|2024-07-30|"
      "2024-06-01|2024-06-14|2024-06-17|2024-04-30|")
HD = ("2024-06-12|2024-06-08|2024-06-13|2024-06-11|2024-06-09|2024-06-06|2024-06-21|2024-06-04|2024-06-25|"
      "2024-05-12|2024-07-01|n/a|2024-06-30|2024-06-15|2023-06-12")
COLUMNS = {
    # toy library
    "tl_loans": ("Times Borrowed", "14|3|22|8|30|41|17|5|25|12|66|9|30|1"),
    "tl_weeks": ("Weeks Since Cleaned", "2|9|4|12|1|7|20|4|15|6|3|10|26|8"),
    "tl_fee": ("Late Fee (£)", "0.5|2.25|4|1.75|waived|3.5|6|0.25||#N/A|5.5|1|2.75|8"),
    "tl_toy": ("Toy", "Wooden Train|Train Set Deluxe|Lego Train|Marble Run|Puppet Theatre|Shape Sorter|Toy Train|"
               "Cooking Set|Doll House|Train|Trainer Bike|Craft Kit Box|Ball Pit|Sand Kit"),
    "tl_due": ("Due Back", HA),
    "tl_card": ("Member Card", "M104|M211|M104||M330|M215|M211| |M402|M517|M330|M618|M104|M722"),
    # ramen shop
    "rs_bowls": ("Bowls Sold", "120|85|200|64|150|200|310|95|42|180|250|200|77|130"),
    "rs_wait": ("Wait (min)", "4|12|25|8|30|2|18|45|10|5|35|15|20|1"),
    "rs_salt": ("Broth Salinity (%)", "1.2|1.8|0.9|2.4|1.5|sold out|1.1||2.1|#VALUE!|1.6|0.7|2.8|1.3"),
    "rs_order": ("Order", "Tonkotsu Ramen|Shoyu Ramen|Miso|Spicy Miso Ramen|Gyoza|Tonkotsu Extra|Ramen Salad|"
                 "Shio Ramen Large|Edamame|Karaage|Miso Butter Corn|Chashu Don|Ramen|Tantanmen"),
    "rs_delivery": ("Delivery Date", HB),
    "rs_staff": ("Staff ID", "R07|R12|R07||R15|R21|R12| |R30|R07|R44|R15|R52|R60"),
    # taqueria
    "tq_tacos": ("Tacos Sold", "48|120|75|300|16|90|210|60|33|150|500|88|12|240"),
    "tq_temp": ("Salsa Temp (°C)", "4|7|2|9|5|12|3|8|1|6|15|5|10|11"),
    "tq_tips": ("Tips ($)", "12.5|30|8|45.25|19|cash only|22|5.5||#DIV/0!|60|14|27|36"),
    "tq_item": ("Menu Item", "Taco al Pastor|Pastor Bowl|Burrito de Pastor|Al Pastor|Carnitas Taco|Quesadilla|"
                "Taco de Pescado|Tacos Dorados|Elote|Pastor|Horchata|Taco Salad|Churro Taco|Tostada"),
    "tq_prep": ("Prep Date", HC),
    "tq_ticket": ("Ticket No", "T501|T502|T501|T510| |T522|T510|T530|T544||T501|T560|T577|T590"),
    # dhaba
    "db_rotis": ("Rotis Made", "150|60|240|90|600|45|150|320|75|150|210|1200|30|180"),
    "db_dal": ("Dal Left (kg)", "2|5.5|0.5|8|3|12|1|6|4|0|9|15|2.5|7"),
    "db_bill": ("Bill (₹)", "240|560|180|1250|credit|90|75|640|#N/A||410|300|820|155"),
    "db_dish": ("Dish", "Dal Makhani|Paneer Tikka|Butter Naan|Aloo Paratha|Chole Bhature|Dal Tadka|Masala Chai|"
                "Lassi|Paneer Butter Masala|Naan Wrap|Tandoori Roti|Rajma Chawal|Garlic Naan|Moong Dal Halwa"),
    "db_supply": ("Supply Date", HD),
    "db_driver": ("Driver", "Ravi|Gurpreet|Manoj||Sunil|Ravi| |Harjit|Ajay|Manoj|Kuldeep|Pappu|Vikram|Sonu"),
    # piano tuner
    "pt_pianos": ("Pianos Tuned", "6|14|3|9|22|11|18|20|27|4|35|12|2|16"),
    "pt_drift": ("Pitch Drift (cents)", "3|12|25|8|40|1|18|6|30|15|2|50|10|22"),
    "pt_invoice": ("Invoice (£)", "85|120|95|240|no charge|60|150||#REF!|110|75|180|90|135"),
    "pt_make": ("Make", "Steinway|Steinway Grand|Yamaha|Kawai Upright|Old Steinway|Bechstein|Yamaha Upright|Blüthner|"
                "Steinway & Sons|Upright Piano|Shigeru Kawai|Baldwin Upright|Kawai|Young Chang"),
    "pt_visit": ("Next Visit", HD),
    "pt_client": ("Client", "Hall|Ortiz|Hall||Nguyen|Brennan|Ortiz| |Patel|Hall|Okafor|Lindqvist|Brennan|Moreau"),
    # clockmaker
    "ck_parts": ("Parts Replaced", "4|12|7|30|2|12|18|45|9|1|25|12|60|6"),
    "ck_drift": ("Drift (s/day)", "1|8|3|15|0.5|6|20|2|10|4|30|5|12|45"),
    "ck_price": ("Repair Price (€)", "180|95|420|60|quote|250|140||#N/A|310|75|520|205|130"),
    "ck_model": ("Model", "Grandfather Clock|Cuckoo Clock|Carriage Clock|Mantel|Clockwork Mouse|Wall Clock Small|"
                 "Pocket Watch|Clock|Skeleton Clock|Alarm Clock Twin|Longcase|Regulator|Bracket Clock|"
                 "Clock Tower Model"),
    "ck_due": ("Collection Date", HA),
    "ck_ref": ("Job Ref", "C-11|C-12|C-11||C-19|C-23|C-12| |C-30|C-31|C-19|C-40|C-41|C-42"),
    # juice bar
    "jb_cups": ("Cups Sold", "80|35|150|60|220|45|95|150|400|20|130|70|310|55"),
    "jb_sugar": ("Sugar (g)", "12|28|5|40|18|9|33|22|3|15|50|8|26|61"),
    "jb_rating": ("Rating", "4.2|3.8|4.9|2.5|new|4.5|3.1||#VALUE!|4.7|3.9|2.9|4.4|3.5"),
    "jb_blend": ("Blend", "Green Detox|Mango Green Boost|Berry Blast|Green|Tropical Green|Carrot Zinger|Greenhouse Mix|"
                 "Beet It|Green Apple Kick|Pineapple Punch|Mint Green Tea Cooler|Orange Zest|Kale Shot|Acai Bowl"),
    "jb_order": ("Order Date", HB),
    "jb_loyal": ("Loyalty No", "1021|1044|1021||1107|1130|1044| |1188|1021|1203|1219|1230|1257"),
    # letterpress studio
    "lp_prints": ("Prints Run", "250|100|500|75|1000|100|40|300|100|2000|150|60|800|120"),
    "lp_ink": ("Ink Used (ml)", "12|30|5|45|20|8|60|15|2|35|90|25|10|50"),
    "lp_cost": ("Paper Cost ($)", "42|18|75|9.5|sample|33|120||#DIV/0!|56|27|88|14|61"),
    "lp_face": ("Typeface", "Caslon|Bodoni Bold|Caslon Italic|Garamond|Old Style Caslon|Baskerville|Futura Bold|"
                "Gill Sans|Bold Condensed|Clarendon|Bold|Univers Bold|Didot|Helvetica"),
    "lp_press": ("Press Date", HC),
    "lp_client": ("Client Code", "LP1|LP2|LP1||LP5|LP8|LP2| |LP9|LP1|LP12|LP13|LP14|LP15"),
    # meadery
    "md_bottles": ("Bottles Filled", "1200|450|2400|800|3000|600|1500|950|5000|300|1800|720|2400|150"),
    "md_abv": ("ABV (%)", "12|8.5|14|10|16|6|11.5|18|9|13|7.5|20|10.5|15"),
    "md_honey": ("Honey Cost (£)", "320|185|410|95|donated|260|540||#N/A|150|230|380|70|295"),
    "md_style": ("Style", "Traditional Mead|Melomel|Spiced Melomel|Cyser|Sack Mead|Mead|Metheglin|Mead Royale|Hydromel|"
                 "Braggot|Session Mead|Pyment|Black Mead Reserve|Melissa Blend"),
    "md_rack": ("Racking Date", HA),
    "md_lot": ("Lot Code", "ML-3|ML-7|ML-3||ML-9|ML-11|ML-7| |ML-14|ML-3|ML-18|ML-21|ML-22|ML-25"),
    # kimchi maker
    "km_jars": ("Jars Packed", "40|96|24|150|96|60|12|200|96|300|48|75|500|30"),
    "km_salt": ("Salt (%)", "2|3.5|1.5|5|2.5|4|1|6|3|2|7|4.5|0.5|8"),
    "km_ferment": ("Ferment Days", "14|21|7|30|pending|10|45||#VALUE!|18|5|60|25|12"),
    "km_type": ("Type", "Baechu Kimchi|Kkakdugi|Mul Kimchi|Kimchi|Kimchi Jjigae Base|Oi Sobagi|Chonggak Kimchi|"
                "Pa Kimchi|Kimchi Fried Rice Kit|Gat Kimchi|Yeolmu|Baek Kimchi|Dongchimi|Nabak Kimchi"),
    "km_ship": ("Ship Date", HB),
    "km_buyer": ("Buyer", "Seoul Mart|H Mart|Seoul Mart||Kim's Deli|Jade Grocer|H Mart| |Han's Store|Seoul Mart|Lotte|"
                 "Arirang Foods|Bibim Cafe|Gochu Co"),
    # dim sum restaurant
    "ds_baskets": ("Baskets Served", "320|90|540|150|800|60|410|150|1200|240|75|650|150|980"),
    "ds_steam": ("Steam Time (min)", "8|12|5|15|10|20|6|9|25|4|12|18|7|30"),
    "ds_bill": ("Table Bill (HK$)", "380|520|240|1150|comped|460|890||#DIV/0!|310|675|205|760|430"),
    "ds_dish": ("Dish", "Har Gow|Siu Mai|Char Siu Bao|Cheung Fun|Har Gow Special|Prawn Har Gow|Egg Tart|Lo Mai Gai|"
                "Turnip Cake|Char Siu|BBQ Char Siu Puff|Fung Zao|Bao Bun Trio|Phoenix Claws"),
    "ds_date": ("Booking Date", HC),
    "ds_table": ("Table No", "12|7|12||3|15|7| |21|12|9|18|4|22"),
    # falafel stand
    "ff_wraps": ("Wraps Sold", "60|140|35|90|210|140|45|300|75|140|500|25|180|110"),
    "ff_oil": ("Oil Temp (°C)", "170|180|165|190|175|160|185|195|178|172|200|168|182|150"),
    "ff_tip": ("Tip Jar ($)", "14.5|22|8.75|31|n/a|17|40.25||#N/A|11|26.5|6|19.75|35"),
    "ff_item": ("Item", "Falafel Wrap|Falafel|Hummus Bowl|Falafel Plate Large|Pita Falafel|Shawarma|Tabbouleh|"
                "Halloumi Wrap|Mini Falafel Box|Baba Ganoush|Fattoush|Veggie Wrap|Lentil Soup|Garlic Sauce"),
    "ff_market": ("Market Day", HD),
    "ff_card": ("Card Last 4", "4821|1093|4821||7730|2219|1093| |5512|4821|6604|3348|9051|2785"),
    # churro cart
    "ch_sold": ("Churros Sold", "120|45|300|80|24|150|60|500|96|200|36|240|75|1000|12"),
    "ch_sugar": ("Cinnamon Sugar (g)", "240|180|310|95|out|205|420||#N/A|150|275|130|360|225"),
    "ch_flavour": ("Flavour", "Chocolate Dip|Classic|Dulce de Leche|Chocolate|Churro Chocolate Bites|Nutella Swirl|"
                   "White Chocolate|Classic Sugar|Cajeta|Hot Chocolate Combo|Strawberry|Caramel|Matcha Chocolate|"
                   "Neo Classic"),
    "ch_event": ("Event Date", HA),
    "ch_permit": ("Permit No", "P-881|P-902|P-881||P-915|P-930|P-902| |P-944|P-881|P-960|P-971|P-988|P-990"),
    # robotics club
    "rb_score": ("Match Score", "45|120|80|200|45|30|150|95|300|60|45|250|15|180"),
    "rb_battery": ("Battery (mAh)", "2200|1800|3000|1500|dead|2600|4000||#REF!|1200|3500|2000|2800|1000"),
    "rb_part": ("Part", "Servo Motor|Motor|Stepper Motor Kit|Motor Driver|Gear Motor|Sensor Array|Ultrasonic Sensor|"
                "Sensor|Wheel Set|Battery Pack|Arduino Board|Motor Mount Plate|Camera Module|Sensor Hub"),
    "rb_meet": ("Meet Date", HB),
    "rb_member": ("Member", "Aisha|Ben|Aisha||Carlos|Dana|Ben| |Eli|Aisha|Farah|Gus|Hana|Ivan"),
    # mariachi band
    "mb_fee": ("Gig Fee ($)", "450|1200|800|2500|600|350|1500|800|4000|900|300|2000|700|1000"),
    "mb_hours": ("Rehearsal Hours", "3|5.5|2|8|cancelled|4|6.5||#N/A|1.5|7|2.5|9|4.5"),
    "mb_song": ("Song", "El Rey|Cielito Lindo|La Bamba|El Son de la Negra|Rey de Reyes|Guadalajara|El Rey Mix|"
                "Volver Volver|Viva El Rey|La Negra|Jalisco|Canción Mixteca|Negra Noche|Sabor a Mí"),
    "mb_gig": ("Gig Date", HC),
    "mb_player": ("Player", "Chuy|Lupe|Chuy||Beto|Rosa|Lupe| |Nacho|Chuy|Memo|Paco|Tere|Lalo"),
    # henna artist
    "hn_mins": ("Design Time (min)", "30|90|45|150|20|60|240|45|120|15|45|75|360|10"),
    "hn_price": ("Price (₹)", "1500|800|3200|500|free|2100|5000||#N/A|1200|650|2800|950|4100"),
    "hn_design": ("Design", "Bridal Full Hand|Arabic Vine|Bridal|Mandala Palm|Simple Bridal Back|Finger Tips|"
                  "Indo-Arabic Mix|Mandala|Peacock Bridal|Floral Cuff|Arabic|Minimal Dots|Lotus Mandala Feet|Jaal"),
    "hn_booking": ("Booking Date", HD),
    "hn_phone": ("Client Phone", "98110|98220|98110||98330|98440|98220| |98550|98110|98660|98770|98880|98990"),
    # flamenco school
    "fl_students": ("Students Enrolled", "18|6|25|12|40|9|30|12|60|4|22|15|35|8"),
    "fl_shoes": ("Shoe Cost (€)", "120|85|210|60|borrowed|145|300||#VALUE!|95|175|70|240|130"),
    "fl_palo": ("Palo", "Bulerías|Soleá|Soleá por Bulerías|Alegrías|Tangos|Tientos Tangos|Sevillanas|"
                "Bulerías de Jerez|Fandango|Tangos de Triana|Seguiriya|Farruca|Cantiñas y Soleá|Rumba"),
    "fl_class": ("Class Date", HD),
    "fl_dancer": ("Dancer", "Carmen|Lola|Carmen||Pilar|Rocío|Lola| |Inés|Carmen|Marta|Nuria|Sara|Elena"),
    # tapas bar
    "tp_plates": ("Plates Served", "85|40|160|120|300|40|65|200|40|500|95|30|240|140"),
    "tp_wine": ("Wine Sales (€)", "340|210|520|95|closed|410|760||#N/A|180|290|650|125|455"),
    "tp_tapa": ("Tapa", "Patatas Bravas|Croquetas de Jamón|Jamón|Pan con Jamón|Gambas al Ajillo|Jamón Ibérico|"
                "Tortilla|Pimientos de Padrón|Chorizo al Vino|Albóndigas|Pulpo a la Gallega|Boquerones|"
                "Queso Manchego|Calamares"),
    "tp_res": ("Reservation", HA),
    "tp_waiter": ("Waiter", "Javi|Marta|Javi||Pablo|Lucía|Marta| |Diego|Javi|Sofía|Raúl|Irene|Álvaro"),
    # biergarten
    "bg_litres": ("Beer Sold (l)", "500|180|1200|350|2400|90|800|350|3600|240|120|1800|600|4500"),
    "bg_pretzel": ("Pretzels Sold", "120|85|240|60|sold out|150|310||#DIV/0!|95|200|45|175|270"),
    "bg_beer": ("Beer", "Helles|Dunkel|Helles Radler|Weissbier|Pils|Kristall Weissbier|Märzen|Hefeweizen Dunkel|"
                "Radler|Dunkel Export|Radler Zitrone|Weissbier Hell|Alkoholfrei Weissbier|Münchner Helles"),
    "bg_fest": ("Fest Date", HB),
    "bg_table": ("Table", "T1|T4|T1||T7|T9|T4| |T12|T1|T15|T16|T18|T20"),
    # taiko drumming group
    "tk_bpm": ("Tempo (BPM)", "90|120|60|150|120|80|180|100|240|70|120|200|45|160"),
    "tk_hits": ("Hits per Piece", "420|310|560|180|skipped|390|720||#N/A|250|480|150|630|345"),
    "tk_drum": ("Drum", "Odaiko|Shime-daiko|Nagado-daiko|Okedo|Odaiko Stand|Hira-daiko|Chu-daiko|Atarigane|Big Odaiko|"
                "Shinobue|Katsugi Okedo|Uchiwa Daiko|Tetsu Zutsu|Okedo Pair"),
    "tk_show": ("Show Date", HC),
    "tk_drummer": ("Drummer", "Yuki|Ren|Yuki||Sora|Hana|Ren| |Kaito|Yuki|Mio|Taro|Aoi|Kenji"),
}

ENTRIES = _joined("""
# toy library
highlight nothing that isn't borrowed more than 30 times | GreaterThan(30) | tl_loans | double-negative
 | polarity
toys borrowed at least as many times as there are days in two weeks | GreaterThanEqual(14) | tl_loans | puzzle
 | boundary
los juguetes prestados more than 5 veces pero less than 25, highlight | AND(GreaterThan(5), LessThan(25))
 | tl_loans | code-switch | compound
oh wonderful, a hygiene audit. mark the toys cleaned fewer than 4 weeks ago, obviously | LessThan(4) | tl_weeks
 | sarcastic
weeks since cleaning of at least 10 and at most 10 more than that | Between(10, 20) | tl_weeks | puzzle | range
because a plain list of fees is apparently too hard to read, slap a colour scale on them | ColorScale() | tl_fee
 | sarcastic | visual
les frais de retard en data bars, s'il vous plaît | DataBar() | tl_fee | code-switch | visual
the late fees ranked in the top n, n being the number of wheels on a tricycle | Top(3) | tl_fee | puzzle
 | superlative
not a single fee in the bottom 20% should go unmarked | BottomPercent(20) | tl_fee | double-negative | superlative
late fees über dem Durchschnitt markieren, please | AboveAverage() | tl_fee | code-switch
of course the fee formula broke. highlight the error cells, naturally | Errors() | tl_fee | sarcastic
leave nothing unmarked whose name is exactly "Train" | TextEquals("Train") | tl_toy | double-negative | quoted
los juguetes que contienen "Set" en el nombre | TextContains("Set") | tl_toy | code-switch | quoted
yes yes, trains again. mark whatever starts with "Train" | TextStartsWith("Train") | tl_toy | sarcastic | quoted
alles außer toys mit "Kit" im Namen markieren | NOT(TextContains("Kit")) | tl_toy | code-switch | negation
toys due back on the day after yesterday | Today() | tl_due | puzzle | date
toys that were due back yesterday, because nobody ever returns anything on time | Yesterday() | tl_due | sarcastic
 | date
los que vencen mañana, highlight them | Tomorrow() | tl_due | code-switch | date
don't leave out any due date that isn't outside the last 7 days | Last7Days() | tl_due | double-negative | date
due dates in the week before the current one | LastWeek() | tl_due | puzzle | date
great, someone signed up twice again. show me the member cards that appear more than once | Duplicates() | tl_card
 | sarcastic
die leeren Zellen bei Member Card markieren | Blanks() | tl_card | code-switch | column-word
# ramen shop
bowls sold at most 85, oh what a surprise, the weekday lunches. flag them | LessThanEqual(85) | rs_bowls | sarcastic
 | boundary
exactly 200 bowls no hi wo highlight shite kudasai | Equals(200) | rs_bowls | code-switch
don't leave unmarked the days that did not sell exactly 200 bowls | NotEquals(200) | rs_bowls | double-negative
 | negation
days selling more than 200 minus 20 bowls | GreaterThan(180) | rs_bowls | puzzle
the waits that are not between 10 and 30 min, zenbu highlight onegai | NotBetween(10, 30) | rs_wait | code-switch
 | range
sure, let's obsess over waits again: under 5 or over 30 minutes, mark them | OR(LessThan(5), GreaterThan(30))
 | rs_wait | sarcastic | compound
the icon one, i.e. the conditional format that is neither a colour scale nor data bars, on broth salinity
 | IconSet() | rs_salt | puzzle | visual
not one of the 2 least salty broths should go unmarked | Bottom(2) | rs_salt | double-negative | superlative
saltiest 25% no broth ni iro wo tsukete | TopPercent(25) | rs_salt | code-switch | superlative
naturally the weak broths are my problem. mark salinity below the average | BelowAverage() | rs_salt | sarcastic
none of the salinity cells that aren't errors should go unhighlighted | NotErrors() | rs_salt | double-negative
orders without "Ramen", ramen igai zenbu highlight | TextNotContains("Ramen") | rs_order | code-switch | negation
fine, whatever, mark the orders that end in "Ramen" | TextEndsWith("Ramen") | rs_order | sarcastic | quoted
leave out nothing that doesn't start with "Miso" | NOT(TextStartsWith("Miso")) | rs_order | double-negative
 | negation
konshuu no deliveries, i.e. this week's, highlight | ThisWeek() | rs_delivery | code-switch | date
deliveries in the week that comes after this one | NextWeek() | rs_delivery | puzzle | date
oh lovely, an audit of old stuff. deliveries from last month, mark them | LastMonth() | rs_delivery | sarcastic
 | date
no delivery dated this month should be left unmarked | ThisMonth() | rs_delivery | double-negative | date
deliveries in the month that comes two months after last month | NextMonth() | rs_delivery | puzzle | date
because someone has to do it: the staff IDs that show up only once | Unique() | rs_staff | sarcastic
don't skip any staff ID cell that isn't blank | NotBlanks() | rs_staff | double-negative | column-word
# taqueria
los días con más de 150 tacos, márcalos | GreaterThan(150) | tq_tacos | code-switch
at least as many tacos as there are minutes in an hour | GreaterThanEqual(60) | tq_tacos | puzzle | boundary
thrilling. tacos over 75 and under 300, mark them, whatever | AND(GreaterThan(75), LessThan(300)) | tq_tacos
 | sarcastic | compound
don't mark any salsa temp that isn't below 5, only the ones under it | LessThan(5) | tq_temp | double-negative
salsa temps from 8 up to 4 degrees more than that, both ends included | Between(8, 12) | tq_temp | puzzle | range
ponle una escala de color a las propinas | ColorScale() | tq_tips | code-switch | visual
because numbers alone are too boring apparently, data bars on the tips | DataBar() | tq_tips | sarcastic | visual
the biggest tips, as many of them as a table has legs | Top(4) | tq_tips | puzzle | superlative
not a tip in the bottom 10% should stay unmarked | BottomPercent(10) | tq_tips | double-negative | superlative
propinas arriba del promedio, highlight please | AboveAverage() | tq_tips | code-switch
wonderful, the tips column divides by zero now. mark the errors | Errors() | tq_tips | sarcastic | column-word
solo los que dicen exactamente "Pastor", nada más | TextEquals("Pastor") | tq_item | code-switch | quoted
leave no menu item containing "Taco" unmarked | TextContains("Taco") | tq_item | double-negative | quoted
yes, the tacos, who'd have guessed. items starting with "Taco" | TextStartsWith("Taco") | tq_item | sarcastic
todo menos lo que tenga "Pastor" | NOT(TextContains("Pastor")) | tq_item | code-switch | negation
lo que se preparó hoy, márcalo | Today() | tq_prep | code-switch | date
prep dates on the day before today | Yesterday() | tq_prep | puzzle | date
prep scheduled for tomorrow, because planning ahead is so fun | Tomorrow() | tq_prep | sarcastic | date
la prep de los últimos 7 días | Last7Days() | tq_prep | code-switch | date
no prep date from last week should go unhighlighted | LastWeek() | tq_prep | double-negative | date
tickets duplicados, márcalos | Duplicates() | tq_ticket | code-switch
ticket numbers missing again, shock horror. highlight the empty cells | Blanks() | tq_ticket | sarcastic
# dhaba
90 ya usse kam rotis wale din highlight karo | LessThanEqual(90) | db_rotis | code-switch | boundary
days with exactly half of 300 rotis | Equals(150) | db_rotis | puzzle
sure, as if 150 is the only number. mark the days that weren't 150 rotis | NotEquals(150) | db_rotis | sarcastic
 | negation
not a single day above 600 rotis left unmarked | GreaterThan(600) | db_rotis | double-negative
dal 2 se 8 kg ke bahar wale din | NotBetween(2, 8) | db_dal | code-switch | range
dal left under 1 kg, or over a dozen kg | OR(LessThan(1), GreaterThan(12)) | db_dal | puzzle | compound
sure, icons on the bills, because that'll fix the accounts | IconSet() | db_bill | sarcastic | visual
sabse chhote 3 bills highlight karo | Bottom(3) | db_bill | code-switch | superlative
not one bill in the top 20 percent left unshaded | TopPercent(20) | db_bill | double-negative | superlative
average se kam wale bills | BelowAverage() | db_bill | code-switch
the bills that aren't #N/A or some other error, if that's not too much to ask | NotErrors() | db_bill | sarcastic
jin dishes mein "Paneer" nahi hai, unko highlight karo | TextNotContains("Paneer") | db_dish | code-switch | quoted
the naans, obviously. dishes ending in "Naan" | TextEndsWith("Naan") | db_dish | sarcastic
don't leave unmarked any dish that doesn't start with "Dal" | NOT(TextStartsWith("Dal")) | db_dish | double-negative
 | negation
is hafte ki supply dates | ThisWeek() | db_supply | code-switch | date
oh joy, more deliveries. next week's supply dates, mark them | NextWeek() | db_supply | sarcastic | date
supply dates in the month before the current one | LastMonth() | db_supply | puzzle | date
is mahine ki supplies highlight karo | ThisMonth() | db_supply | code-switch | date
no supply date of next month should go unmarked | NextMonth() | db_supply | double-negative | date
jo driver naam sirf ek baar aaye, unko highlight karo | Unique() | db_driver | code-switch
fine, the driver cells that actually have something in them | NotBlanks() | db_driver | sarcastic
# piano tuner
yes, another marathon week. flag the weeks with over 20 pianos tuned | GreaterThan(20) | pt_pianos | sarcastic
weeks that tuned at least as many pianos as there are months in a year | GreaterThanEqual(12) | pt_pianos | puzzle
 | boundary
mehr als 4 aber weniger als 18 Klaviere, highlight bitte | AND(GreaterThan(4), LessThan(18)) | pt_pianos
 | code-switch | compound
mark the drift values, and none that isn't under 10 cents | LessThan(10) | pt_drift | double-negative
drift from 15 cents up to twice that, inclusive | Between(15, 30) | pt_drift | puzzle | range
don't leave any invoice amount without a colour scale | ColorScale() | pt_invoice | double-negative | visual
the bar-shaped conditional format, the one that's neither icons nor colours, on the invoices | DataBar()
 | pt_invoice | puzzle | visual
die 2 höchsten Rechnungen markieren | Top(2) | pt_invoice | code-switch | superlative
of course the cheap jobs. the bottom 30% of invoices, mark them | BottomPercent(30) | pt_invoice | sarcastic
 | superlative
invoices greater than the mean of all the invoice amounts | AboveAverage() | pt_invoice | puzzle
die Fehler in Invoice markieren, bitte | Errors() | pt_invoice | code-switch | column-word
fancy. exactly "Steinway", nothing else, mark it | TextEquals("Steinway") | pt_make | sarcastic | quoted
alle Makes mit "Upright" drin | TextContains("Upright") | pt_make | code-switch | quoted
don't leave out the makes that begin with "Kawai" | TextStartsWith("Kawai") | pt_make | double-negative
anything but Steinway, as if we had a choice. makes without "Steinway" | NOT(TextContains("Steinway")) | pt_make
 | sarcastic | negation
les visites d'aujourd'hui, highlight | Today() | pt_visit | code-switch | date
no visit from yesterday should go unmarked | Yesterday() | pt_visit | double-negative | date
visits on the day after today | Tomorrow() | pt_visit | puzzle | date
sure, let me guess, the last 7 days of visits. mark them | Last7Days() | pt_visit | sarcastic | date
die Besuche von letzter Woche, last week, markieren | LastWeek() | pt_visit | code-switch | date
clients whose name appears at least twice in the column | Duplicates() | pt_client | puzzle
don't let any client cell that has nothing in it go unmarked | Blanks() | pt_client | double-negative
# clockmaker
7 pièces ou moins, highlight | LessThanEqual(7) | ck_parts | code-switch | boundary
jobs with exactly as many parts replaced as there are hours on a clock face | Equals(12) | ck_parts | puzzle
don't leave unmarked the jobs whose parts replaced aren't 12 | NotEquals(12) | ck_parts | double-negative
 | negation
oh marvellous, the big overhauls. more than 25 parts, flag them | GreaterThan(25) | ck_parts | sarcastic
drift outside the range from 5 to three times 5 | NotBetween(5, 15) | ck_drift | puzzle | range
drift unter 2 oder über 20 markieren | OR(LessThan(2), GreaterThan(20)) | ck_drift | code-switch | compound
mettez des icônes sur les prix de réparation | IconSet() | ck_price | code-switch | visual
the 3 cheapest repairs, because clearly we're a charity | Bottom(3) | ck_price | sarcastic | superlative
the top percent of repair prices, where the percent is half of 20 | TopPercent(10) | ck_price | puzzle
 | superlative
not a price below the average should stay unmarked | BelowAverage() | ck_price | double-negative
alles außer den Fehlern in Repair Price | NotErrors() | ck_price | code-switch | column-word
fine, the odd ones out: models without "Clock" | TextNotContains("Clock") | ck_model | sarcastic | negation
les modèles qui finissent par "Clock" | TextEndsWith("Clock") | ck_model | code-switch | quoted
models whose first five letters aren't "Clock" | NOT(TextStartsWith("Clock")) | ck_model | puzzle | negation
collections in the week that has today in it | ThisWeek() | ck_due | puzzle | date
die Abholungen nächste Woche, next week | NextWeek() | ck_due | code-switch | date
no collection from last month should go unhighlighted | LastMonth() | ck_due | double-negative | date
this month's collections, since apparently I'm the calendar now | ThisMonth() | ck_due | sarcastic | date
les collections du mois prochain, next month | NextMonth() | ck_due | code-switch | date
job refs that occur exactly once, no more | Unique() | ck_ref | puzzle
les Job Ref qui ne sont pas vides | NotBlanks() | ck_ref | code-switch | column-word
# juice bar
only the days over 150 cups, none that aren't | GreaterThan(150) | jb_cups | double-negative
al menos 70 vasos, márcalos | GreaterThanEqual(70) | jb_cups | code-switch | boundary
more than 45 cups and fewer than 10 times 13 | AND(GreaterThan(45), LessThan(130)) | jb_cups | puzzle | compound
obviously the healthy ones. sugar under 15 g, mark them | LessThan(15) | jb_sugar | sarcastic
azúcar entre 22 y 33 gramos, inclusive | Between(22, 33) | jb_sugar | code-switch | range
the CF that grades every rating from one colour to another | ColorScale() | jb_rating | puzzle | visual
no rating should be without a data bar | DataBar() | jb_rating | double-negative | visual
las 5 mejores ratings | Top(5) | jb_rating | code-switch | superlative
the lowest quarter of the ratings, as a percentage | BottomPercent(25) | jb_rating | puzzle | superlative
oh sure, celebrate the good ones. ratings above the average | AboveAverage() | jb_rating | sarcastic
don't leave any error in Rating unmarked | Errors() | jb_rating | double-negative | column-word
exactement "Green", rien d'autre | TextEquals("Green") | jb_blend | code-switch | quoted
yes, everything is green now. blends with "Green" anywhere | TextContains("Green") | jb_blend | sarcastic | quoted
blends whose name begins with the five letters "Green" | TextStartsWith("Green") | jb_blend | puzzle | quoted
don't skip any blend that has no "Green" in it | NOT(TextContains("Green")) | jb_blend | double-negative | negation
today's orders, as if I didn't know them by heart | Today() | jb_order | sarcastic | date
los pedidos de ayer | Yesterday() | jb_order | code-switch | date
no order due tomorrow should be left unmarked | Tomorrow() | jb_order | double-negative | date
orders from today and the 6 days before it | Last7Days() | jb_order | puzzle | date
last week's orders, because living in the past is fun | LastWeek() | jb_order | sarcastic | date
no loyalty number that repeats should go unmarked | Duplicates() | jb_loyal | double-negative
loyalty cells with zero characters or only spaces in them | Blanks() | jb_loyal | puzzle
# letterpress studio
tiny runs, how artisanal. runs of 100 or fewer, mark them | LessThanEqual(100) | lp_prints | sarcastic | boundary
genau 500 Drucke, markieren | Equals(500) | lp_prints | code-switch
runs of any size other than ten squared | NotEquals(100) | lp_prints | puzzle | negation
no run over 800 left unmarked | GreaterThan(800) | lp_prints | double-negative
don't mark any ink amount that isn't outside 10 to 50 ml | NotBetween(10, 50) | lp_ink | double-negative | range
ink under 8 ml, or over five dozen ml | OR(LessThan(8), GreaterThan(60)) | lp_ink | puzzle | compound
no paper cost without an icon set | IconSet() | lp_cost | double-negative | visual
the paper costs ranked lowest, as many of them as make a pair | Bottom(2) | lp_cost | puzzle | superlative
les 30 % les plus chers, paper cost | TopPercent(30) | lp_cost | code-switch | superlative
obviously the cheap paper. costs under the average, mark those | BelowAverage() | lp_cost | sarcastic
every paper cost cell except the ones holding an Excel error | NotErrors() | lp_cost | puzzle
leave no typeface unmarked that lacks "Bold" | TextNotContains("Bold") | lp_face | double-negative | quoted
typefaces, die auf "Bold" enden | TextEndsWith("Bold") | lp_face | code-switch | quoted
everything except what starts with "Caslon", because of course | NOT(TextStartsWith("Caslon")) | lp_face
 | sarcastic | negation
this week's press dates, as if the week weren't busy enough | ThisWeek() | lp_press | sarcastic | date
no press date next week should go unmarked | NextWeek() | lp_press | double-negative | date
les dates du mois dernier, last month | LastMonth() | lp_press | code-switch | date
press dates in the month that contains today | ThisMonth() | lp_press | puzzle | date
next month's jobs, because planning is my favourite | NextMonth() | lp_press | sarcastic | date
Client Codes, die nur einmal vorkommen | Unique() | lp_client | code-switch | column-word
client code cells with at least one visible character | NotBlanks() | lp_client | puzzle
# meadery
oh brilliant, a bumper batch. anything over 2,400 bottles, flag it | GreaterThan(2400) | md_bottles | sarcastic
 | number-format
only batches of at least eight hundred bottles, none that fell short | GreaterThanEqual(800) | md_bottles
 | double-negative | number-words | boundary
Flaschen, mehr als 600 und weniger als 1800, markieren | AND(GreaterThan(600), LessThan(1800)) | md_bottles
 | code-switch | compound
ABV under the square of 3 | LessThan(9) | md_abv | puzzle
the sensible ones, naturally: ABV 12 to 16, inclusive | Between(12, 16) | md_abv | sarcastic | range
escala de colores en Honey Cost, por favor | ColorScale() | md_honey | code-switch | visual | column-word
DATA BARS ON THE HONEY COSTS, SINCE NOBODY READS NUMBERS ANYWAY | DataBar() | md_honey | sarcastic | odd-case
 | visual
not one of the 3 priciest honey lots should go unmarked | Top(3) | md_honey | double-negative | superlative
das unterste 20 % der Honey Costs | BottomPercent(20) | md_honey | code-switch | superlative
no honey cost above the average should be left plain | AboveAverage() | md_honey | double-negative
honey cost cells that hold an error value like #N/A instead of a number | Errors() | md_honey | puzzle
the style that is just the word "Mead" and nothing more | TextEquals("Mead") | md_style | puzzle | quoted
los estilos que contienen "mel" | TextContains("mel") | md_style | code-switch | quoted
whatever starts with "Mead", obviously | TextStartsWith("Mead") | md_style | sarcastic | quoted
don't leave unmarked the styles without "Mead" in the name | NOT(TextContains("Mead")) | md_style | double-negative
 | negation
no racking date of today should go unmarked | Today() | md_rack | double-negative | date
las fechas de ayer, yesterday, márcalas | Yesterday() | md_rack | code-switch | date
tomorrow's racking, lucky me. highlight it | Tomorrow() | md_rack | sarcastic | date
racking dates from the past week counting today, seven days in all | Last7Days() | md_rack | puzzle | date
la semana pasada: last week's rackings | LastWeek() | md_rack | code-switch | date
lot codes doppelt, bitte markieren | Duplicates() | md_lot | code-switch
no empty lot code cell should escape the highlight | Blanks() | md_lot | double-negative
# kimchi maker
jars 40 iha, i.e. 40 or fewer, highlight juseyo | LessThanEqual(40) | km_jars | code-switch | boundary
batches of exactly 8 dozen jars | Equals(96) | km_jars | puzzle
every batch that's not 96 jars, becuase consistency is dead | NotEquals(96) | km_jars | sarcastic | typo
 | negation
highlight none but the batches of more than two hundred jars | GreaterThan(200) | km_jars | double-negative
 | number-words | polarity
salt outside 2 to 5 percent. yes, I know, shocking | NotBetween(2, 5) | km_salt | sarcastic | range
sogeum under 1.5 or over 6 percent, highlight haejuseyo | OR(LessThan(1.5), GreaterThan(6)) | km_salt
 | code-switch | compound
icons on the ferment days, because emojis are the future | IconSet() | km_ferment | sarcastic | visual
gajang jjalbeun 4 ferments, the 4 shortest | Bottom(4) | km_ferment | code-switch | superlative
no ferment in the top 20 percent of days should be left unmarked | TopPercent(20) | km_ferment | double-negative
 | superlative
ferment days under the arithmetic mean of the column's numbers | BelowAverage() | km_ferment | puzzle
everything in ferment days that isn't a broken #VALUE! or other error | NotErrors() | km_ferment | sarcastic
"Kimchi" ga eomneun types, highlight | TextNotContains("Kimchi") | km_type | code-switch | negation
don't leave out the types ending in "Kimchi" | TextEndsWith("Kimchi") | km_type | double-negative | quoted
types whose name does not open with "Kimchi" | NOT(TextStartsWith("Kimchi")) | km_type | puzzle | negation
ibeon ju, this week, ship dates | ThisWeek() | km_ship | code-switch | date
ship dates in the Sunday-to-Saturday week after the current one | NextWeek() | km_ship | puzzle | date
last month's shipments, because we love reliving them | LastMonth() | km_ship | sarcastic | date
no ship date this month should go unmarked | ThisMonth() | km_ship | double-negative | date
daeum dal, next month, ship dates | NextMonth() | km_ship | code-switch | date
don't leave unmarked the buyers that don't appear more than once | Unique() | km_buyer | double-negative
the buyer cells that actually got filled in, what a concept | NotBlanks() | km_buyer | sarcastic
# dim sum restaurant
baskets over 650, m goi highlight | GreaterThan(650) | ds_baskets | code-switch
at least one hundred fifty baskets, wow, gold stars all round | GreaterThanEqual(150) | ds_baskets | sarcastic
 | number-words | boundary
only baskets over 90 and under 540, not a single one outside that | AND(GreaterThan(90), LessThan(540))
 | ds_baskets | double-negative | compound
steam times under half a dozen minutes | LessThan(6) | ds_steam | puzzle
steam time 10 dou 20 minutes, both ends included | Between(10, 20) | ds_steam | code-switch | range
colour scale on the bills, because beige is so last year | ColorScale() | ds_bill | sarcastic | visual
data bars on Table Bill, m goi | DataBar() | ds_bill | code-switch | visual | column-word
the 3 biggest bills, the big spenders, whoop-de-doo | Top(3) | ds_bill | sarcastic | superlative
the bottom fifth of table bills, as a percentage | BottomPercent(20) | ds_bill | puzzle | superlative
no bill above the average should stay unmarked | AboveAverage() | ds_bill | double-negative
the #DIV/0! and friends, the error cells, m goi highlight | Errors() | ds_bill | code-switch
highlight nothing except the dish named exactly "Har Gow" | TextEquals("Har Gow") | ds_dish | double-negative
 | quoted
"Char Siu" yau ge dishes, highlight | TextContains("Char Siu") | ds_dish | code-switch | quoted
dishes whose first four letters are "Char" | TextStartsWith("Char") | ds_dish | puzzle | quoted
everything that isn't a bao, obviously: dishes without "Bao" | NOT(TextContains("Bao")) | ds_dish | sarcastic
 | negation
today's bookings, because I can't read a calendar apparently | Today() | ds_date | sarcastic | date
no booking from yesterday should be left unmarked | Yesterday() | ds_date | double-negative | date
ting yat, tomorrow, bookings highlight | Tomorrow() | ds_date | code-switch | date
not one booking from the last 7 days should go unmarked | Last7Days() | ds_date | double-negative | date
bookings in the Sunday-to-Saturday week just before this one | LastWeek() | ds_date | puzzle | date
table numbers that occur two or more times | Duplicates() | ds_table | puzzle
Table No empty ge cells, highlight m goi | Blanks() | ds_table | code-switch | column-word
# falafel stand
wraps at most the number of minutes in an hour | LessThanEqual(60) | ff_wraps | puzzle | boundary
bil-zabt 140 wraps, exactly 140, highlight | Equals(140) | ff_wraps | code-switch
don't leave unmarked any day that didn't sell exactly 140 wraps | NotEquals(140) | ff_wraps | double-negative
 | negation
wow, a rush. days over 210 wraps, flag em | GreaterThan(210) | ff_wraps | sarcastic
oil temp barra 170 to 190, i.e. outside that range | NotBetween(170, 190) | ff_oil | code-switch | range
oil below 160, or more than 5 degrees past 190 | OR(LessThan(160), GreaterThan(195)) | ff_oil | puzzle | compound
the conditional format that puts little arrows or traffic lights beside each tip | IconSet() | ff_tip | puzzle
 | visual
not one of the 2 smallest tip jars should go unmarked | Bottom(2) | ff_tip | double-negative | superlative
the top 25% of tips, because generosity is so rare | TopPercent(25) | ff_tip | sarcastic | superlative
tips taht al-mutawassit, below average | BelowAverage() | ff_tip | code-switch
no tip cell that isn't an error should be left plain | NotErrors() | ff_tip | double-negative
items whose name lacks the four letters "Wrap" in a row | TextNotContains("Wrap") | ff_item | puzzle | quoted
items ending in "Falafel", yalla | TextEndsWith("Falafel") | ff_item | code-switch | quoted
the non-falafel-first stuff: items not starting with "Falafel" | NOT(TextStartsWith("Falafel")) | ff_item
 | sarcastic | negation
no market day this week should be left unmarked | ThisWeek() | ff_market | double-negative | date
next week's markets, joy of joys | NextWeek() | ff_market | sarcastic | date
el-shahr elli fat, last month, market days | LastMonth() | ff_market | code-switch | date
market days in the month whose 12th is today | ThisMonth() | ff_market | puzzle | date
don't leave out the market days of next month | NextMonth() | ff_market | double-negative | date
the one-off customers: card endings that show up once | Unique() | ff_card | sarcastic
Card Last 4 mish fadi, not empty, highlight | NotBlanks() | ff_card | code-switch | column-word
# churro cart
más de 240 churros, pinta esos días | GreaterThan(240) | ch_sold | code-switch
days selling at least eight dozen churros | GreaterThanEqual(96) | ch_sold | puzzle | boundary
churros above 36 and below 200, the boring middle, fine | AND(GreaterThan(36), LessThan(200)) | ch_sold
 | sarcastic | compound
mark the days under 45 churros and not a single one that isn't | LessThan(45) | ch_sold | double-negative
 | polarity
churros sold from 60 up to double that, ends included | Between(60, 120) | ch_sold | puzzle | range
no cinnamon sugar amount left without a colour scale | ColorScale() | ch_sugar | double-negative | visual
the in-cell bars that grow with the value, on the cinnamon sugar | DataBar() | ch_sugar | puzzle | visual
the 2 most sugary batches, because health is overrated | Top(2) | ch_sugar | sarcastic | superlative
el 30 % más bajo de cinnamon sugar | BottomPercent(30) | ch_sugar | code-switch | superlative
azúcar por encima del promedio, márcalo | AboveAverage() | ch_sugar | code-switch
no #N/A or other error in the sugar column should go unmarked | Errors() | ch_sugar | double-negative
exactly "Chocolate", not the fancy versions, ugh | TextEquals("Chocolate") | ch_flavour | sarcastic | quoted
todo lo que contiene "Chocolate" | TextContains("Chocolate") | ch_flavour | code-switch | quoted
don't miss any flavour starting with "Classic" | TextStartsWith("Classic") | ch_flavour | double-negative | quoted
flavours with no "Chocolate" anywhere in the name | NOT(TextContains("Chocolate")) | ch_flavour | puzzle
 | negation
los eventos de hoy | Today() | ch_event | code-switch | date
yesterday's events, which I'm sure went perfectly | Yesterday() | ch_event | sarcastic | date
no event tomorrow should stay unmarked | Tomorrow() | ch_event | double-negative | date
eventos de los últimos 7 días | Last7Days() | ch_event | code-switch | date
last week's events. yes, all of them | LastWeek() | ch_event | sarcastic | date
permit numbers used twice, because that's totally legal | Duplicates() | ch_permit | sarcastic
permit cells holding nothing but, at most, spaces | Blanks() | ch_permit | puzzle
# robotics club
scores of 60 or under, our finest moments, mark them | LessThanEqual(60) | rb_score | sarcastic | boundary
genau 45 Punkte, highlight | Equals(45) | rb_score | code-switch
match scores not equal to 9 times 5 | NotEquals(45) | rb_score | puzzle | negation
no score over 200 should go unmarked | GreaterThan(200) | rb_score | double-negative
scores fuera de 80 a 150 | NotBetween(80, 150) | rb_score | code-switch | range
scores under 30, or over 10 times 25 | OR(LessThan(30), GreaterThan(250)) | rb_score | puzzle | compound
mettez des icônes sur la batterie | IconSet() | rb_battery | code-switch | visual
not one of the 3 weakest batteries should go unmarked | Bottom(3) | rb_battery | double-negative | superlative
the top percent of batteries, the percent being one tenth of 100 | TopPercent(10) | rb_battery | puzzle
 | superlative
batteries below the average, big surprise we keep losing | BelowAverage() | rb_battery | sarcastic
Battery ohne Fehler, alle markieren | NotErrors() | rb_battery | code-switch | column-word
everything that isn't a motor, i.e. parts without "Motor", thrilling | TextNotContains("Motor") | rb_part
 | sarcastic | negation
parts whose last six letters spell "Sensor" | TextEndsWith("Sensor") | rb_part | puzzle | quoted
don't leave unmarked the parts that don't begin with "Motor" | NOT(TextStartsWith("Motor")) | rb_part
 | double-negative | negation
this week's meets, because I have nothing else to do | ThisWeek() | rb_meet | sarcastic | date
meets de la semana que viene, next week | NextWeek() | rb_meet | code-switch | date
meet dates falling in the month before this one | LastMonth() | rb_meet | puzzle | date
les meets de ce mois-ci | ThisMonth() | rb_meet | code-switch | date
no meet next month should go unmarked | NextMonth() | rb_meet | double-negative | date
members whose name occurs exactly one time | Unique() | rb_member | puzzle
the member cells someone bothered to fill | NotBlanks() | rb_member | sarcastic
# mariachi band
gigs paying over $1,000, must be nice | GreaterThan(1000) | mb_fee | sarcastic | number-format
gigs de 800 o más | GreaterThanEqual(800) | mb_fee | code-switch | boundary
only fees over 350 and under 1500, none outside that | AND(GreaterThan(350), LessThan(1500)) | mb_fee
 | double-negative | compound
gig fees under half of 1200 | LessThan(600) | mb_fee | puzzle
entre 700 y 900 dólares, inclusive | Between(700, 900) | mb_fee | code-switch | range
escala de color en las horas de ensayo | ColorScale() | mb_hours | code-switch | visual
no rehearsal hours cell with a number in it should lack a data bar | DataBar() | mb_hours | double-negative
 | visual
the longest rehearsals, as many of them as a triangle has sides | Top(3) | mb_hours | puzzle | superlative
the laziest 25% of rehearsals, the bottom 25 percent, go on | BottomPercent(25) | mb_hours | sarcastic
 | superlative
no rehearsal longer than the average should stay unmarked | AboveAverage() | mb_hours | double-negative
los errores en Rehearsal Hours | Errors() | mb_hours | code-switch | column-word
solo "El Rey", exacto | TextEquals("El Rey") | mb_song | code-switch | quoted
don't skip any song containing "Negra" | TextContains("Negra") | mb_song | double-negative | quoted
songs that start with "La", ay ay ay | TextStartsWith("La") | mb_song | sarcastic | quoted
songs without the three letters "Rey" anywhere | NOT(TextContains("Rey")) | mb_song | puzzle | negation
no gig today should go unmarked | Today() | mb_gig | double-negative | date
gigs de ayer | Yesterday() | mb_gig | code-switch | date
gigs on the day before the day after tomorrow | Tomorrow() | mb_gig | puzzle | date
the last 7 days of gigs, my poor voice | Last7Days() | mb_gig | sarcastic | date
los gigs de la semana pasada | LastWeek() | mb_gig | code-switch | date
don't leave out any player name that appears more than once | Duplicates() | mb_player | double-negative
blank player cells, because people just vanish apparently | Blanks() | mb_player | sarcastic
# henna artist
30 minute ya usse kam wale designs | LessThanEqual(30) | hn_mins | code-switch | boundary
designs that took exactly three quarters of an hour | Equals(45) | hn_mins | puzzle
every design that isn't 45 minutes, because standard sizes are a myth | NotEquals(45) | hn_mins | sarcastic
 | negation
no design over 120 minutes should go unmarked | GreaterThan(120) | hn_mins | double-negative
only the times outside 20 to 90 minutes, none that aren't | NotBetween(20, 90) | hn_mins | double-negative
 | range | polarity
15 se kam ya 240 se zyada minutes | OR(LessThan(15), GreaterThan(240)) | hn_mins | code-switch | compound
no price without an icon beside it | IconSet() | hn_price | double-negative | visual
sabse sasti 2 designs | Bottom(2) | hn_price | code-switch | superlative
the priciest 30 percent, the bridal ones no doubt | TopPercent(30) | hn_price | sarcastic | superlative
prices lower than the mean of all the prices | BelowAverage() | hn_price | puzzle
Price mein jo error nahi hai, sab highlight | NotErrors() | hn_price | code-switch | column-word
don't leave unmarked the designs without "Bridal" | TextNotContains("Bridal") | hn_design | double-negative
 | quoted
jo designs "Bridal" par khatam hote hain | TextEndsWith("Bridal") | hn_design | code-switch | quoted
everything not starting with "Mandala", since mandalas are apparently done | NOT(TextStartsWith("Mandala"))
 | hn_design | sarcastic | negation
bookings in the Sunday-to-Saturday week that holds today | ThisWeek() | hn_booking | puzzle | date
no booking next week should go unmarked | NextWeek() | hn_booking | double-negative | date
last month's bookings, for the nostalgia | LastMonth() | hn_booking | sarcastic | date
is mahine ki bookings | ThisMonth() | hn_booking | code-switch | date
bookings in the month after the current one | NextMonth() | hn_booking | puzzle | date
jo client phone sirf ek baar hai | Unique() | hn_phone | code-switch
no client phone cell that isn't blank should go unmarked | NotBlanks() | hn_phone | double-negative
# flamenco school
classes with more students than a quarter of a hundred | GreaterThan(25) | fl_students | puzzle | number-words
only classes with at least 12 students, not one with fewer | GreaterThanEqual(12) | fl_students | double-negative
 | boundary
más de 8 y menos de 30 alumnos | AND(GreaterThan(8), LessThan(30)) | fl_students | code-switch | compound
classes under 9 students, so intimate, how lovely | LessThan(9) | fl_students | sarcastic
entre 15 y 22 alumnos, ambos incluidos | Between(15, 22) | fl_students | code-switch | range
the conditional format that paints each shoe cost a shade between two colours | ColorScale() | fl_shoes | puzzle
 | visual
barras de datos en Shoe Cost | DataBar() | fl_shoes | code-switch | visual | column-word
not one of the 4 priciest shoes should go unmarked | Top(4) | fl_shoes | double-negative | superlative
the cheapest 10 percent of shoes, the bottom 10%, bless | BottomPercent(10) | fl_shoes | sarcastic | superlative
zapatos por encima de la media | AboveAverage() | fl_shoes | code-switch
shoe costs showing #VALUE! or worse, mark the errors | Errors() | fl_shoes | sarcastic
nothing but the palo that is exactly "Tangos" | TextEquals("Tangos") | fl_palo | double-negative | quoted
los palos que contienen "Bulerías" | TextContains("Bulerías") | fl_palo | code-switch | quoted
palos whose name opens with "Soleá" | TextStartsWith("Soleá") | fl_palo | puzzle | quoted
no tangos, please, I beg you: palos without "Tangos" | NOT(TextContains("Tangos")) | fl_palo | sarcastic
 | negation
classes on the day that is tomorrow's yesterday | Today() | fl_class | puzzle | date
yesterday's classes, my feet still hurt | Yesterday() | fl_class | sarcastic | date
las clases de mañana | Tomorrow() | fl_class | code-switch | date
no class in the last 7 days should go unmarked | Last7Days() | fl_class | double-negative | date
classes in the calendar week before the current one | LastWeek() | fl_class | puzzle | date
las bailaoras repetidas, duplicates | Duplicates() | fl_dancer | code-switch
don't let an empty dancer cell go unmarked | Blanks() | fl_dancer | double-negative
# tapas bar
only days of 65 plates or fewer, nothing above | LessThanEqual(65) | tp_plates | double-negative | boundary
exactamente 40 platos | Equals(40) | tp_plates | code-switch
every day that wasn't 40 plates. thrilling | NotEquals(40) | tp_plates | sarcastic | negation
days with more plates than there are hours in 10 days | GreaterThan(240) | tp_plates | puzzle
platos fuera del rango 85 a 200 | NotBetween(85, 200) | tp_plates | code-switch | range
the weird days: under 40 plates or over 300 | OR(LessThan(40), GreaterThan(300)) | tp_plates | sarcastic
 | compound
iconos en Wine Sales | IconSet() | tp_wine | code-switch | visual | column-word
the weakest wine days, as many of them as there are primary colours | Bottom(3) | tp_wine | puzzle | superlative
el 20 % más alto de vino | TopPercent(20) | tp_wine | code-switch | superlative
no wine day below the average should stay unmarked | BelowAverage() | tp_wine | double-negative
wine sales that aren't errors, if any survived | NotErrors() | tp_wine | sarcastic
tapas whose names do not include "Jamón" at any point | TextNotContains("Jamón") | tp_tapa | puzzle | negation
the ham, always the ham: tapas ending in "Jamón" | TextEndsWith("Jamón") | tp_tapa | sarcastic | quoted
todo lo que no empieza con "Jamón" | NOT(TextStartsWith("Jamón")) | tp_tapa | code-switch | negation
las reservas de esta semana | ThisWeek() | tp_res | code-switch | date
reservations in the week starting next Sunday | NextWeek() | tp_res | puzzle | date
no reservation from last month should go unmarked | LastMonth() | tp_res | double-negative | date
this month's reservations, all of them, yes | ThisMonth() | tp_res | sarcastic | date
reservas del mes que viene | NextMonth() | tp_res | code-switch | date
waiters listed once, the part-timers, whatever | Unique() | tp_waiter | sarcastic
waiter cells that hold at least one non-space character | NotBlanks() | tp_waiter | puzzle
# biergarten
mehr als 1800 Liter, bitte markieren | GreaterThan(1800) | bg_litres | code-switch
at least 350 litres, prost, I suppose | GreaterThanEqual(350) | bg_litres | sarcastic | boundary
more than 240 litres but less than 5 times that | AND(GreaterThan(240), LessThan(1200)) | bg_litres | puzzle
 | compound
mark the days under 180 litres and none that aren't | LessThan(180) | bg_litres | double-negative | polarity
zwischen 500 und 800 Liter, inklusive | Between(500, 800) | bg_litres | code-switch | range
colour scale on pretzels, because why not at this point | ColorScale() | bg_pretzel | sarcastic | visual
Datenbalken, data bars, auf Pretzels Sold | DataBar() | bg_pretzel | code-switch | visual | column-word
the pretzel counts ranked first and second | Top(2) | bg_pretzel | puzzle | superlative
no pretzel count in the bottom 20 percent should go unmarked | BottomPercent(20) | bg_pretzel | double-negative
 | superlative
über dem Durchschnitt bei den Pretzels | AboveAverage() | bg_pretzel | code-switch
pretzel cells showing a division-by-zero or other Excel error | Errors() | bg_pretzel | puzzle
just "Radler", the exact word, for the lightweights | TextEquals("Radler") | bg_beer | sarcastic | quoted
don't skip any beer containing "Dunkel" | TextContains("Dunkel") | bg_beer | double-negative | quoted
alles, was mit "Helles" anfängt | TextStartsWith("Helles") | bg_beer | code-switch | quoted
beers with no "Weissbier" in the name | NOT(TextContains("Weissbier")) | bg_beer | puzzle | negation
die Feste von heute, today | Today() | bg_fest | code-switch | date
no fest from yesterday should go unmarked | Yesterday() | bg_fest | double-negative | date
tomorrow's fests, my liver thanks you | Tomorrow() | bg_fest | sarcastic | date
fest dates from 6 days ago through today | Last7Days() | bg_fest | puzzle | date
letzte Woche, last week, die Fest Dates | LastWeek() | bg_fest | code-switch | date
tables booked twice, of course, wunderbar | Duplicates() | bg_table | sarcastic
table cells that are empty or hold only spaces | Blanks() | bg_table | puzzle
# taiko drumming group
tempos no higher than 100 minus 20 | LessThanEqual(80) | tk_bpm | puzzle | boundary
chōdo 120 BPM, exactly 120, highlight | Equals(120) | tk_bpm | code-switch
don't leave unmarked any tempo that isn't 120 | NotEquals(120) | tk_bpm | double-negative | negation
tempos over 180, becuase our arms are made of steel | GreaterThan(180) | tk_bpm | sarcastic | typo
TEMPOS OUTSIDE 90 TO 160, THE FUN ONES, OBVIOUSLY | NotBetween(90, 160) | tk_bpm | sarcastic | odd-case | range
tempos under 60 (60 miman) or over 200 (200 chō) | OR(LessThan(60), GreaterThan(200)) | tk_bpm | code-switch
 | compound
the conditional format of little symbols, not bars and not colour scales, on the hits | IconSet() | tk_hits
 | puzzle | visual
the 4 laziest pieces, bottom 4, go | Bottom(4) | tk_hits | sarcastic | superlative
no piece in the top 25 percent of hits should go unmarked | TopPercent(25) | tk_hits | double-negative
 | superlative
heikin miman, below the average hits | BelowAverage() | tk_hits | code-switch
hit counts that are anything other than an Excel error | NotErrors() | tk_hits | puzzle
"daiko" ga nai drums | TextNotContains("daiko") | tk_drum | code-switch | negation
don't leave out the drums ending in "Okedo" | TextEndsWith("Okedo") | tk_drum | double-negative | quoted
anything not starting with "Odaiko", the small stuff | NOT(TextStartsWith("Odaiko")) | tk_drum | sarcastic
 | negation
no show this week should go unmarked | ThisWeek() | tk_show | double-negative | date
raishū, next week, no shows | NextWeek() | tk_show | code-switch | date
shows in the month that ended just before this one began | LastMonth() | tk_show | puzzle | date
this month's shows, all of them, gambatte me | ThisMonth() | tk_show | sarcastic | date
raigetsu, next month, no shows | NextMonth() | tk_show | code-switch | date
don't skip the drummer names that don't repeat | Unique() | tk_drummer | double-negative
drummer cells with some visible text in them | NotBlanks() | tk_drummer | puzzle
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
              "twentieth_cf.json", "twentieth_tables.json", "web_cf.json")


column_sets.bind(globals(), TWENTYFIRST_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
