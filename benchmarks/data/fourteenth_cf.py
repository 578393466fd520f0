"""A fourteenth independent set of one-column CF requests, and the builder of fourteenth_cf.json.

Written from scratch (2026-12-07 05:24 to 05:40 UTC by `date -u`, engineer E14c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users
of twenty-two domains no earlier builder's docstring names, on this set's own columns (a picture framer, a
darts league, a snooker hall, a pub quiz, an embroidery shop, a knife sharpener, a calligraphy studio, a
croquet club, a blood donor session, beach lifeguards, a windmill trust, a stamp dealer, a coin dealer, a
comic shop, a botanic garden, a dry stone waller, a photographic darkroom, a children's magician, a
marquee hire firm, a fish and chip shop, sheepdog trials, a model aircraft club), in four styles new to
the one-column sets: `steps` (numbered instructions: "Step 1: pick the Length column. Step 2: colour
anything over 30"), `shouting` (telegraphic notes and capitals: "LENGTH > 30 -> RED!!", "late = AMBER"),
`contrastive` (what not to format as well as what to: "not the short ones, the ones over 30", "leave the
zeros, just the minus ones") and `example` (pointing at a value or a row of the column: "like the 45 in
row 4 - anything over 30", "ones like 'Held' in row 6"); these examples are made up for this docstring and
are not entries. A row named in a request is the sheet's row with the header in row 1 (data row i is sheet
row i + 1), and the named cell holds the value the request says. Only requests the language expresses
exactly, one right rule on the column, every literal recoverable by a careful reader ("a tenner" -> 10, "a
fiver or less" -> LessThanEqual(5), "15,000" -> 15000, "5K" -> 5000, "2000 mm" on a column in mm -> 2000,
"120-180 MIN" -> Between(120, 180), "not narrower than 40" -> GreaterThanEqual(40), "not more than 1" ->
LessThanEqual(1), "everything except the biggest 3" -> NOT(Top(3)), "no Cub, no Spitfire" -> AND of two
TextNotContains); a value written in odd case (the `shouting` style) keeps the column's spelling in the
rule. Labels are what the executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat
15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June, last month May, next
month July), with Excel's semantics kept as they are (a blank compares as 0 and any text is greater than
any number, so a comparison may format a blank or a text cell such as "POA", "tbc", "dnp" or "closed").

What its author read: benchmarks/data/README.md (its first 12,000 characters, `head -c 12000`, and, to
mirror it, the one line of its table for thirteenth_cf.json, by `grep`); benchmarks/data/
everyday_common.py and benchmarks/data/column_sets.py (all, `cat`); of benchmarks/data/thirteenth_cf.py,
which this builder mirrors, only lines 1-134 and 700-741 (its module docstring, imports, constants and
date lists, and the end of its ENTRIES and the code after them, by `sed -n`); tests/benchmarks/
test_one_column_sets_data.py and tests/benchmarks/set_files.py (all, `cat`); ../shared/docs/CF_RULES.md
(all), ../shared/docs/EVALUATION.md (its first 150 lines) and ../shared/data/README.md (all,
`cat`/`head`); the public API of cf_assistant.languages.cf (parse and to_text tried on 22 made-up rules to
see their canonical spelling) and set_files' list of the 41 top functions (printed). Commands that printed
anything else: `date -u` (about 12 times); `git status --short` (it showed files under cf_assistant/ and
tests/ modified by someone else, names only); `ls benchmarks/data/` and a list of the set files' names
there (for OTHER_SETS); `wc -l` of the files above; `ls` of the checkout's root and of ../shared/data/cf/,
`which python`; six runs of a program that printed only one pair of booleans per candidate domain word:
whether any other builder's module docstring (benchmarks/data/*.py except fourteenth_cf.py, by
`ast.get_docstring`, lower-cased) holds it as a substring, and whether the whole benchmarks/data/README.md
does; the builder's own runs and programs over this set's own drafts (their problems, counts per function,
style, tag and half, the half of each LessThan draft and of a few rewordings of this set's own drafts, and
the non-numeric cells each comparison formats, for a review of its own labels); `awk` listings of line
numbers and lengths over 120 characters in this builder and the test module; the test module's pass
counts; a run of this builder without PYTHONPATH=. (it printed ModuleNotFoundError for cf_assistant; the
builds were run with PYTHONPATH=.). Candidates the check dropped (printed True for a docstring or for the
README): glassblowing, blacksmith, forge, funeral, harbour, lighthouse, pest control, window cleaning,
well drilling, scuba, stonemason, kennel, alpaca, roofing, roller, bell ringing, vintage, taxidermy, radio
(station), surf, oyster, greenhouse, antique, tyre, vending, butcher, optician, hearing, orchard,
fishmonger, pool, sign, escape room, organ, typewriter, record shop, arcade, curling, rowing, canoe,
kayak, orienteering, locum, ambulance, mountain rescue, ski, glacier, weather station, tide, cemetery,
archive, herbarium, tree surgeon, thatch, forestry, sawmill, timber, quarry, mine, foundry, circus,
paintball, axe, bouncy castle, balloon, brass band, orchestra, drone, reptile, pigeon, dog show,
chocolate, pizza, board game, laser, crazy golf, mini golf, planetarium, hot air, zipline, and "family
history" (found only after a first full draft: its five columns of a family history society were rewritten
as a windmill trust's, with new cells and requests); piano tuning, lawn bowls, pinball, amateur radio and
a dive shop printed False but were left out as too near earlier domains (piano teacher, bowling league,
arcade, radio, scuba); the twenty-two above printed False as phrases (and as "darts", "snooker", "quiz",
"embroid", "sharpen", "calligraph", "croquet", "donor", "lifeguard", "philatel", "numismat", "comic",
"botanic", "dry stone", "darkroom", "magician", "marquee", "fish and chip", "sheepdog", "model aircraft",
"windmill"), and "blood donor" and "windmill" were kept although "blood" and "mill" printed True (no
earlier docstring names a blood donor session or a windmill), and "picture framer" although "fram" printed
True for the README ("picture fram" printed False for both). Slip: the README's first 12,000 characters
and its thirteenth_cf line name the domains of earlier sets (why the check above was needed);
thirteenth_cf.py's lines 700-722, within the lines allowed, are the last 22 entry lines of its ENTRIES
(requests on a watchmaker's columns), seen once and not reused; after writing its README line, one `git
diff --stat` of benchmarks/data/README.md was run against the brief (it printed only "1 file changed, 1
insertion(+)"); no other slip known. Not read: anything under cf_assistant/ beyond calling its public API,
any other builder's COLUMNS, ENTRIES or TABLES (thirteenth_cf.py lines 135-699 included), the rest of
benchmarks/data/README.md, the utterances of any JSON file (compared only by program), fourteenth_tables.*
and tests/benchmarks/test_table_sets_data.py (being written beside this set by engineer E14t), git log,
diff or show. No model, no `cfa suggest` and no `cfa bench` was run.

Drafts and checks. The builder's check never flagged a draft as equal to a request of another set file or
of the train split. Near-miss cells were put in the columns from the start (boundary values, values a
tenth and ten times a threshold, prefix/suffix/middle variants of texts, blanks, cells of one space, text
cells among numbers, error cells). The first run, on 227 drafts (58 columns), flagged 3: GreaterThan(0) on
a count without negatives (-> GreaterThan(2)), Blanks() against TextEquals("") (a cell of one space added)
and NotEquals(0) against GreaterThan(0) (-> Between(1, 2)). The run on all 425 drafts (107 columns)
flagged 6, fixed by cells (a middle "Sandman", "High" and a text cell in a visual column, a cell of one
space in two Blanks() columns, a text cell where NotEquals(5) met a column topped by 5) and one reworded
request. Then about 50 entry lines over 120 characters were shortened (requests cut, and the tags `negation`,
`quoted` or `boundary` dropped where a line was still too long), 8 LessThan drafts dropped and 11 entries
added (Yesterday, NotBlanks, IconSet, the tags `typo` and `polarity`); two of these and one DataBar
request were reworded until each function had at least two records in each half, and two TextContains
literals written in capitals were put back in the column's spelling ("Quiz", "Yellow"). 428 records on 107
columns: dev 221, test 207; styles steps 105, shouting 107, contrastive 110, example 106; every one of the
41 functions in both halves (at least two in each); 14-18 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written
before it (`OTHER_SETS`), of any other set file in the folder when it runs (fourteenth_tables.json,
written beside it by someone else, included when present) or of the train split, a non-canonical rule, a
column of fewer than 12 or more than 20 cells, a column where the rule formats no row or every row, and a
column that cannot tell the rule from the rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`steps`, `shouting`, `contrastive`, `example`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`,
`boundary`, `range`, `polarity`, `date`, `visual` (as in thirteenth_cf.py), then the set tag `fourteenth`.
IDs have the prefix `f14c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/fourteenth_cf.py`; checked by
`tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "fourteenth_cf.json"
PREFIX = "f14c"
FOURTEENTH_TAG = "fourteenth"
STYLES = ("steps", "shouting", "contrastive", "example")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each of the six date lists below (this set's own) holds a date in
# every period, a date in none of them, and a blank or a text cell.
D1 = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-14|2024-06-07|2024-06-04|2024-06-19|2024-06-27|"
      "2024-05-21|2024-07-03|2024-02-14||2024-06-09|2024-06-01")
D2 = ("2024-06-06|2024-06-12|2024-07-18|2024-06-15|2024-06-11|2024-06-03|2024-06-21|2024-05-30|2024-06-13|"
      "2024-06-28|2024-08-02|n/a|2024-06-16|2024-06-08|2024-06-12")
D3 = ("2024-05-08|2024-06-13|2024-06-02|2024-06-12|2024-06-17|2024-06-10|2024-07-27|2024-06-11|2024-06-24|"
      "2024-06-05|2024-04-30|2024-06-14|2024-06-22|")
D4 = ("2024-06-20|2024-06-11|2024-06-12|2024-06-09|2024-05-12|2024-06-06|2024-07-01|2024-06-13|postponed|"
      "2024-06-30|2024-06-08|2024-06-15|2023-12-12|2024-06-18")
D5 = ("2024-06-18|2024-06-07|2024-06-12|2024-07-10|2024-06-11|2024-05-27|2024-06-13|2024-06-25|2024-06-09|"
      "2024-06-03|2024-09-14|2024-06-15|TBC|2024-06-22|2024-06-06")
D6 = ("2024-06-13|2024-06-01|2024-06-10|2024-05-04|2024-06-12|2024-06-19|2024-06-05|2024-07-31|2024-06-11|"
      "2024-06-14|2024-06-29|2024-01-09||2024-06-16")

COLUMNS = {
    # a picture framer
    "pf_width": ("Frame Width (cm)", "30|40|25|60|42|18|40.5|90|35|120|55||28|45|75"),
    "pf_glass": ("Glazing", "Float|Museum Glass|Acrylic|Anti-Glare Acrylic|Float|UV Museum Glass|Acrylic Sheet|"
                            "Museum Glass (Optium)|Conservation Glass|Float Glass| |Non-Reflective|Acrylic|Plain"),
    "pf_price": ("Quote (£)", "85|120|64.5|210|99|45|150||320|99|72|180|POA|58|200"),
    "pf_due": ("Collection Date", D1),
    "pf_ref": ("Order Ref", "PF-1023|PF-1040-R|RF-2210|PF-0981|PF-1102-R|WEB-PF-77|PF-1120|RF-2231-R|PF-1133|"
                            "WEB-RF-88|PF-1160-RX|PF-1149-R|PF-1150|RF-2240|WEB-3301"),
    # a darts league
    "dl_avg": ("3-Dart Avg", "62.4|71.8|55.1|80.2|48.9|50|59.3|91.5|44|70|73.6|52.7|68.2|36.6|"),
    "dl_180s": ("180s", "0|2|1|0|5|3|0|1|7|2|dnp|4|1||12"),
    "dl_checkout": ("High Checkout", "40|121|170|32|96|100|64|141|18|110|160|82|100|57|130"),
    "dl_team": ("Team", "The Arrowheads|Bullseye Boys|Double Top|Oche Rockets|Treble Trouble|The Flights|"
                        "Double Trouble|Checkout Kings|The Arrowheads|Shanghai Shooters|Bull Busters|Top Doubles|"
                        "Red Lion A|Red Lion B|Throw Them Darts"),
    "dl_fixture": ("Fixture Date", D2),
    # a snooker hall
    "sn_break": ("Highest Break", "34|147|52|18|75|100|9|63|121|41|88|100|20|56|0"),
    "sn_table": ("Table", "Table 1|Table 2|Table 3|Pool 1|Table 4|Match Table|Table 5|Pool 2|Table 6 (Star)|"
                          "Practice Table|Table 7|Kids Pool 4|Match Table B|Old Match Table|Table 10"),
    "sn_hours": ("Hours Booked", "1|2|1.5|3|0.5|4|2|1|2.5|6|tbc|3.5|0.5|0.25|2|8"),
    "sn_fee": ("Table Fee (£)", "7.5|9|12|4.5|15|9|6|18|10.5|3|22.5|10|5|13.5||0| "),
    # a pub quiz
    "pq_score": ("Score", "42|38|51|29|45|38|60|33|47|55|12|40|49|36|"),
    "pq_team": ("Team Name", "Quizteama Aguilera|Les Quizerables|Agatha Quiztie|The Quizzly Bears|"
                             "Universally Challenged|Quiz Team Aguilera|Trivia Newton John|Let's Get Quizzical|"
                             "Not Another Trivia Team|Ctrl Alt Defeat|Tequila Mockingbird|Quizzy Rascals|"
                             "Trivia Pursuers|Quiz On My Face"),
    "pq_joker": ("Joker Round", "Music|Film & TV|Sport|General Knowledge|Musicals|History|Film Music|Picture Round|"
                                "Music|Science|Lightning Round|Round the World| |Picture Round||Sport"),
    "pq_date": ("Quiz Night", D3),
    "pq_bonus": ("Bonus Points", "2|0|5|-1|3|0|1|4|-2|2|6|0|-0.5|3|"),
    # an embroidery shop
    "em_stitch": ("Stitch Count", "12500|8400|30100|5600|19800|2750|45000|12500|9900|15000|61200|7300|22400|3100|"
                                  "5000|tbc"),
    "em_thread": ("Thread", "Madeira 1147 Red|Isacord Navy|Madeira 1000 Black|Gold Metallic|Isacord Red|"
                            "Robison-Anton White|Madeira 1147 Red|Silver Metallic|Sulky Red|Isacord 0015 White|"
                            "Glow in Dark|Madeira Blue|Red Metallic|Metallic Copper|"),
    "em_hoop": ("Hoop (mm)", "100|130|180|100|200|260|130|360|150|100|400|180|50|130"),
    "em_due": ("Due", D4),
    "em_cost": ("Cost (£)", "18|24.5|#N/A|32|15|48|22|#N/A|60|12.5|27|39|#DIV/0!|20||30"),
    # a knife sharpener
    "ks_blade": ("Blade (cm)", "20|15|8.5|25|12|30|18|9|21|24|10|16|33|"),
    "ks_steel": ("Steel", "VG-10|440C|Carbon|Damascus VG-10|AUS-8|SG2|Carbon Steel|White #2|Blue #2|VG-10 Clad|"
                          "S30V|Stainless|Blue Super|Aogami Blue #1|VG-10"),
    "ks_angle": ("Edge Angle (°)", "15|20|17|25|20|30|12|15|22|18|40|20|15|16|n/k"),
    "ks_ready": ("Ready On", D5),
    "ks_charge": ("Charge (£)", "8|12|5|15|8|20|6.5|10|8|25|4|12|9.5|7|"),
    # a calligraphy studio
    "cg_nib": ("Nib", "Brause 361|Nikko G|Mitchell Roundhand 2|Brause Rose|Leonardt Principal|Gillott 303|Nikko G|"
                      "Mitchell Roundhand 4|Vintage Brause 76|Hunt 101|Speedball C-2|Zebra G|Leonardt Principal|"
                      "Tachikawa G"),
    "cg_sheets": ("Sheets Used", "3|12|7|0|25|4|9|15|2|30|6|11|0|8||10"),
    "cg_ink": ("Ink", "Sumi|Walnut|Iron Gall|Sumi Black|Higgins Eternal|Walnut Crystals|Gouache White|Sumi|"
                      "Moon Palace Sumi|Iron Gall (homemade)|Bleedproof White|Pearl Ex Gold|Walnut|Black Walnut|"
                      "Old Iron Gall"),
    "cg_class": ("Class Date", D6),
    "cg_students": ("Students", "6|8|4|10|12|5|8|3|9|7|11|6|8|2|14|tbc"),
    # a croquet club
    "cq_hcp": ("Handicap", "12|8|-1|16|4|0|20|2.5|14|-2|6|24|10|1|18"),
    "cq_hoops": ("Hoop Points", "7|26|3|19|14|5|26|0|10|8|13|2|21|6||n/p"),
    "cq_lawn": ("Lawn", "Lawn 1|Lawn 2 (Main)|Lawn 3|Lawn 4|Practice Lawn|Lawn 2 (Main)|Top Lawn|Lawn 5|"
                        "Lawn 1|Croquet Lawn East|Lawn 3|Garden|East Lawn 6|Lawn 4"),
    "cq_result": ("Result", "Won +26|Lost -3|Won +1|Won on time|Lost -17|Won +12|Lost on time|Drawn|Won +26|"
                            "Conceded|Lost -8|Walkover (Won)||Lost -26| |Lost (conceded)"),
    "cq_mins": ("Game Time (min)", "150|165|120|180|95|210|135|150|240|88|175|190|60|145|100"),
    # a blood donor session
    "bd_hb": ("Hb (g/L)", "138|125|142|118|151|130|135|122|160|127|145|131|108|140|| "),
    "bd_group": ("Blood Group", "O+|A+|B+|O-|AB+|A-|O+|B-|A+|AB-|O-|O+|A+|Rh null|B+|O- (CMV neg)"),
    "bd_vol": ("Volume (ml)", "470|475|450|470|320|475|0|470|465|480|410|475|#VALUE!|470|"),
    "bd_next": ("Next Eligible", D1),
    "bd_pulse": ("Pulse (bpm)", "72|88|65|101|58|76|92|49|84|70|110|63|96|50||100"),
    # beach lifeguards
    "lg_rescues": ("Rescues", "0|2|1|0|4|0|3|1|0|7|2|0|1|5||closed"),
    "lg_flag": ("Flag", "Red|Red/Yellow|Yellow|Red/Yellow|Black & White|Red|Orange Windsock|Red/Yellow (surf)|"
                        "Yellow|Double Red|Red/Yellow|Yellow|Red|Black & White|Yellow"),
    "lg_water": ("Sea Temp (°C)", "14.5|15|16.2|13.8|17|15.5|18.1|12.9|15|16|19.4|14|15.8|#N/A|"),
    "lg_shift": ("Shift Date", D2),
    "lg_wind": ("Wind (knots)", "8|12|15|6|22|18|10|25|14|4|30|16|11|20|9|calm"),
    # a windmill trust
    "mi_built": ("Year Built", "1842|1867|1799|1901|1855|1823|1888|1912|1875|1810|1850|1899|1836|1921|1850|1900"),
    "mi_site": ("Mill", "Cley Mill, Norfolk|Great Bircham Mill|Saxtead Green, Suffolk|Great Chishill Mill|"
                        "Pitstone, Bucks|Unknown|Burnham Overy, Norfolk|Great Gransden Mill|Wicken, Cambs|"
                        "Mill at Great Haseley|Stow Mill, Norfolk|Unknown (Essex?)|Thelnetham|"
                        "Horsey (Norfolk) Drainage Mill|Bourn, Cambs"),
    "mi_days": ("Days Open", "12|3|0|27|8|15|1|0|44|6|19|2|31|5||n/a|20"),
    "mi_state": ("State", "Working|Not working|Working|Restoration|Needs survey|Working|Derelict|Restoration|"
                              "Not working - sails off|Working|Needs survey|Derelict|Working (flour milling)|"
                              "Converted to house"),
    "mi_fee": ("Admission (£)", "5|12.5|5|20|0|7.5|15|5|25|10|0|35|12.5|3|"),
    # a stamp dealer
    "ph_cat": ("Catalogue Value (£)", "4.5|120|0.8|35|650|12|2.2|85|1500|18|0.3|240|9|55||100|1|POA"),
    "ph_cond": ("Condition", "Mint|Used|Mint Never Hinged|Lightly Mounted Mint|Fine Used|Used|Mint|Damaged|"
                             "Very Fine Used|Mint (toned gum)|Used on piece|Heavily Mounted Mint|Used|Unused"),
    "ph_country": ("Country", "GB|Great Britain|Canada|India|GB|Australia|Ceylon|South Africa|Malta|India|"
                              "Gibraltar|British Guiana|New Zealand|Hong Kong"),
    "ph_year": ("Issue Year", "1840|1902|1935|1953|1867|1924|1887|1911|1966|1855|1880|1937|1902|1900|1930"),
    # a coin dealer
    "cn_weight": ("Weight (g)", "31.1|15.55|7.78|31.1|3.11|28.28|1.56|31.16|62.2|15.5|7.8|30.9|155.5|0.5||2|100|32"),
    "cn_price": ("Price ($)", "45|1200|380|95|2750|60|18|450|6500|75|210|33|#REF!|890| |1000|2000"),
    "cn_desc": ("Description", "1921 Morgan Dollar|1964 Kennedy Half|1881-S Morgan Dollar|2021 Silver Eagle|"
                               "1909-S VDB Lincoln Cent|1916-D Mercury Dime|1986 Gold Eagle|1893-CC Morgan Dollar|"
                               "1943 Steel Cent|1878 Trade Dollar|Morgan Dollar (cull)|1955 Doubled Die Cent|"
                               "1921 Peace Dollar|Half Eagle 1908|Eagle Proof Set|Peace Dollar 1921 AU"),
    "cn_listed": ("Listed", D3),
    # a comic shop
    "cs_issue": ("Issue #", "1|12|100|47|1|250|3|600|75|1|19|500|2|0|"),
    "cs_title": ("Title", "Saga|Saga Vol. 2|Hellboy|Batman: Year One|The Walking Dead|Absolute Batman|Batman|"
                          "Sandman|Sandman Overture|Watchmen|Monstress|Batman & Robin|Paper Girls|Hellboy in Hell|"
                          "Saga Deluxe|Star Wars Saga|The Sandman Universe"),
    "cs_pull": ("Pull List", "5|12|0|3|8|21|0|1|15|7|2|30|0|4||n/a|20"),
    "cs_release": ("Release", D4),
    "cs_cgc": ("CGC Grade", "9.8|9.6|8.5|9.8|7|9.4|6.5|9.2|9.9|5.5|9.8|8|4|9|"),
    # a botanic garden
    "bg_height": ("Height (m)", "2.5|14|0.4|31|6|0.8|22|45|1.2|9.5|18|3|0.15|12||20|1|30"),
    "bg_family": ("Family", "Rosaceae|Fagaceae|Pinaceae|Asteraceae|Rosaceae|Orchidaceae|Cactaceae|Pinaceae|"
                            "Fabaceae|Ericaceae|Rosaceae|Magnoliaceae|Cupressaceae|Sapindaceae| |Rosaceae?|"
                            "cf. Rosaceae"),
    "bg_acc": ("Accession No.", "1998-0412|2004-1177|1987-0033|2015-0450*|2021-0099|1998-0413|W-2003-12|2010-0807|"
                                "1987-0034|2019-1101*|W-1999-04|2022-0010|2004-1177|X-LOST-07|2008-W-15|"
                                "2016-0005*R|W-1998-07"),
    "bg_visitors": ("Visitors", "1240|980|2210|0|3560|1875|640|2990|410|1500|#N/A|2450|1130|720||2000|closed"),
    "bg_water": ("Water Due", D5),
    # a dry stone waller
    "ds_metres": ("Metres Built", "12|4.5|20|8|15.5|2|30|10|6|18|0|25|9|14||5"),
    "ds_tonnes": ("Stone (t)", "3.5|1.2|6|2.8|0.5|4|8.5|2|1.2|10|5|0.75|3|7||1"),
    "ds_farm": ("Farm", "Low Birk Hatt|High Green|Nether Hall Farm|Low Force|High Birk Hatt|Hill Top Farm|"
                        "Low Green|Westfield|Hill Top|High Force Farm|Low Birk Hatt|Greenhead|Ravens Nest|"
                        "Lowther Park|Shallow Beck|Old Farm Lane|Far Hill Top|Nab High Side"),
    "ds_start": ("Start Date", D6),
    "ds_days": ("Days", "3|5|2|8|1|4|10|6|3|12|2|7|5|15||tbc"),
    # a photographic darkroom
    "dk_iso": ("ISO", "400|100|3200|50|400|800|125|1600|400|25|200|6400|100|160"),
    "dk_film": ("Film Stock", "HP5 Plus|Tri-X 400|Portra 400|Delta 3200|Ektar 100|FP4 Plus|Portra 160|"
                              "Kentmere Pan 400|Cinestill 800T|Acros II|HP5 Plus|Gold 200|Ektachrome E100|"
                              "Pan F Plus|HP5 Plus (expired)|Kodak Portra 800|Portra 400 (pushed)"),
    "dk_dev": ("Dev Time (min)", "9|11.5|6.5|13|7|8|10|16|9|5.5|12|7.5|20|8.5|stand"),
    "dk_rolls": ("Rolls", "3|1|12|0|5|2|#DIV/0!|8|1|4||6|2|10|#N/A| "),
    "dk_ready": ("Ready", D1),
    # a children's magician
    "mg_fee": ("Fee (£)", "150|250|95|400|180|120|600|250|75|350|1200|200|POA|180||300"),
    "mg_venue": ("Venue", "Village Hall|The Grand Hotel|Private Home|Scout Hut|Village Hall Annex|"
                          "Corporate - Barclays|Private Home|Pub Function Room|Corporate - KPMG|School Hall|"
                          "The Grand Hotel|Cruise Ship|Library|Old Village Hall|Private Home (garden)|"
                          "Large Private Home|Charity (Corporate sponsor)"),
    "mg_kids": ("Audience", "25|40|12|150|30|60|8|300|45|20|80|35||15|500|50| "),
    "mg_show": ("Show Date", D2),
    "mg_rating": ("Rating", "5|4.5|5|3|4|5|2.5|4.8|5|4.2|1|4.9|3.5|5||n/r"),
    # a marquee hire firm
    "mq_guests": ("Guests", "120|80|250|40|150|300|60|200|100|450|75|180|20|500||50"),
    "mq_size": ("Marquee", "6x9m|9x12m|6x12m|Stretch 10x15|12x24m|9x12m|Tipi x2|6x6m|Pagoda 5x5|9x18m|"
                           "Stretch 15x20|12x30m|6x9m|Sailcloth 10x20|Mini Stretch 5x7|Twin Tipi|Mini Pagoda 3x3"),
    "mq_gust": ("Gust Forecast (mph)", "18|25|32|12|40|22|28|15|35|10|45|20|30|38"),
    "mq_deposit": ("Deposit (£)", "250|500|#N/A|750|0|300|1000|250|450|||600|200|350|#REF!| "),
    "mq_erect": ("Erect On", D3),
    # a fish and chip shop
    "fc_portions": ("Portions Sold", "142|98|210|76|185|230|64|120|155|88|310|47|199|0||200|80"),
    "fc_fish": ("Fish", "Cod|Haddock|Large Cod|Plaice|Cod Bites|Haddock|Rock (Huss)|Skate|Cod|Scampi|"
                        "Smoked Haddock|Cod (GF batter)|Whiting|Hake|Haddock Goujons"),
    "fc_oil": ("Oil Temp (°C)", "175|180|168|185|190|172|178|180|165|182|195|176|170|#N/A|"),
    "fc_waste": ("Waste (kg)", "2.5|4|1.2|6.8|3|0.5|5.5|2|8|3.5|1|4.2|9.5|0||n/r|5"),
    "fc_till": ("Till", "Till 1|Till 2|Till 1|Card Only|Till 2|Till 1|Phone Orders|Till 3 (new)|Till 1|Card Only|"
                        "Deliveroo|Till 2|Just Eat|Till 1 (old)|Back Till 1"),
    # sheepdog trials
    "sd_points": ("Points", "86|72|91|64|0|78|95|88|55|72|80|DQ|69|90|"),
    "sd_dog": ("Dog", "Moss|Fly|Cap|Moss II|Jess|Sweep|Glen|Fly|Roy|Old Moss|Nell|Cap|Bess|Tweed|Gyp"),
    "sd_secs": ("Time (s)", "612|540|720|455|600|#N/A|690|575|800|515|660|600|480||740|500|700"),
    "sd_class": ("Class", "Open|Novice|Nursery|Open|Pro-Novice|Novice|Open|Brace|Nursery|Open (Brace)|Novice|"
                          "Veteran|Open|Singles Open|Novice Brace"),
    "sd_trial": ("Trial Date", D5),
    # a model aircraft club
    "ma_span": ("Wingspan (mm)", "1200|900|1600|2000|760|1400|3000|1100|850|1800|450|2400|1200|600||1000"),
    "ma_model": ("Model", "Bixler 3|Spitfire Mk IX|Radian XL|Cub|Spitfire (foamie)|Extra 330|Super Cub|Bixler 2|"
                          "Mustang P-51|Piper Cub|Glider - Radian|Cub Crafters|Extra 300|Wot 4|Clipped Spitfire"),
    "ma_flight": ("Flight Time (min)", "8|12|5|15|6|10|20|7|11|4|9|25|3|14||crash"),
    "ma_mah": ("Battery (mAh)", "2200|1300|3300|5000|2200|850|4000|1800|2600|6000|1000|2200|3000|1500|n/k"),
    "ma_inspect": ("Safety Check", D4),
}


ENTRIES = """
# a picture framer
Step 1: select the frame widths. Step 2: shade anything wider than 40 cm | GreaterThan(40) | pf_width | steps
WIDTHS UNDER 25CM = NARROW MOULDING -> GREY | LessThan(25) | pf_width | shouting
not the little ones - only frames 60 cm and wider | GreaterThanEqual(60) | pf_width | contrastive | boundary
the three widest, like that 120 near the bottom | Top(3) | pf_width | example | superlative | number-words
STEP 1 pick Glazing, STEP 2 highlight cells with 'acrylic' | TextContains("acrylic") | pf_glass | steps | quoted
MUSEUM GLASS ONLY!! GOLD | TextEquals("Museum Glass") | pf_glass | shouting | odd-case
leave the float ones be - glazing that doesn't mention float | TextNotContains("float") | pf_glass | contrastive
glazing ending in 'Glass', like the Museum Glass in row 3 | TextEndsWith("Glass") | pf_glass | example | quoted
1. select the quotes 2. add a colour scale, that's it | ColorScale() | pf_price | steps | visual
QUOTES £100-£200 -> YELLOW | Between(100, 200) | pf_price | shouting | range | number-format
not all the quotes, just the ones above average | AboveAverage() | pf_price | contrastive
quotes that repeat, like the two 99s | Duplicates() | pf_price | example
Step 1: choose Collection Date. Step 2: highlight pickups due tomorrow | Tomorrow() | pf_due | steps | date
COLLECTION DATE LAST WEEK = NOT PICKED UP -> ORANGE | LastWeek() | pf_due | shouting | date
not this month's collections, the ones booked for next month | NextMonth() | pf_due | contrastive | date
this week's collections, e.g. the 10 June in row 5 | ThisWeek() | pf_due | example | date
Step one, Order Ref; step two, colour refs starting 'RF-' | TextStartsWith("RF-") | pf_ref | steps | quoted
REFS ENDING -R = REMAKE!!! RED | TextEndsWith("-R") | pf_ref | shouting
refs like PF-1023 in row 2 - anything beginning with 'PF' | TextStartsWith("PF") | pf_ref | example | quoted
# a darts league
Step 1: highlight the 3-dart averages. Step 2: format cells below 50 red | LessThan(50) | dl_avg | steps
AVG 70+ = A TEAM. GREEN | GreaterThanEqual(70) | dl_avg | shouting | boundary
not the whole column - only the bottom 20% of averages | BottomPercent(20) | dl_avg | contrastive | superlative
like the 91.5 in row 9, the top one - just the single best average | Top(1) | dl_avg | example | superlative
Step 1 pick the 180s column; Step 2 colour players with exactly one 180 | Equals(1) | dl_180s | steps | column-word
180s >= 5 -> BOLD GREEN!!! | GreaterThanEqual(5) | dl_180s | shouting | boundary
ignore the ones and twos - colour players with more than 2 | GreaterThan(2) | dl_180s | contrastive | number-words
data bars on the 180s, like the long one you'd get for the 12 at the bottom | DataBar() | dl_180s | example | visual
Step 1 select High Checkout; Step 2 fill the ones between 100 and 130 | Between(100, 130) | dl_checkout | steps | range
CHECKOUTS HIT ONLY ONCE -> BLUE | Unique() | dl_checkout | shouting
not the 100s - every checkout other than 100 | NotEquals(100) | dl_checkout | contrastive | negation
the smallest two, like the 18 in row 10 | Bottom(2) | dl_checkout | example | superlative | number-words
Step 1: Team column. Step 2: colour teams with 'double' in | TextContains("double") | dl_team | steps | quoted
TEAM NAMES STARTING 'THE' = FOUNDER CLUBS -> ITALIC | TextStartsWith("The") | dl_team | shouting | quoted | odd-case
not the Red Lion sides - teams without 'Red Lion' | TextNotContains("Red Lion") | dl_team | contrastive | quoted
teams entered twice, like The Arrowheads in rows 2 and 10 | Duplicates() | dl_team | example
Step 1 select Fixture Date. Step 2 highlight the matches played yesterday | Yesterday() | dl_fixture | steps | date
FIXTURES NEXT WEEK -> BOOK THE MINIBUS -> PURPLE | NextWeek() | dl_fixture | shouting | date
not the upcoming ones, just last month's fixtures | LastMonth() | dl_fixture | contrastive | date
fixtures in the last 7 days, like the 6 June in row 2 | Last7Days() | dl_fixture | example | date
# a snooker hall
Step 1 Highest Break; Step 2 colour centuries, 100 and over | GreaterThanEqual(100) | sn_break | steps | boundary
BREAKS UNDER 20 -> GREY | LessThan(20) | sn_break | shouting
leave the big breaks alone - mark the below-average ones | BelowAverage() | sn_break | contrastive
breaks like the 100 in row 7 - exactly 100, nothing else | Equals(100) | sn_break | example
Step 1 select Table; Step 2 highlight names starting 'Pool' | TextStartsWith("Pool") | sn_table | steps | quoted
MATCH TABLE = RESERVED -> RED | TextEquals("Match Table") | sn_table | shouting | odd-case
not the pool tables: names without 'pool' in them | TextNotContains("pool") | sn_table | contrastive | negation | quoted
names ending in 'Table', like the Practice Table in row 11 | TextEndsWith("Table") | sn_table | example | quoted
Step 1: pick Hours Booked. Step 2: apply an icon set | IconSet() | sn_hours | steps | visual
HALF HOUR BOOKINGS -> YELLOW | Equals(0.5) | sn_hours | shouting | number-words
not the short sessions, just bookings over 3 hours | GreaterThan(3) | sn_hours | contrastive
long ones like the 8 in the last row - the top 10 per cent | TopPercent(10) | sn_hours | example | superlative
Step 1: choose Table Fee. Step 2: flag the fees left blank | Blanks() | sn_fee | steps
FEES OVER A TENNER -> AMBER | GreaterThan(10) | sn_fee | shouting | number-words
not the cheap ones, only the top 3 fees | Top(3) | sn_fee | contrastive | superlative
fees like the £4.50 in row 5 - anything £5 or under | LessThanEqual(5) | sn_fee | example | boundary | number-format
# a pub quiz
Step 1 - select the scores. Step 2 - colour anything over 45 | GreaterThan(45) | pq_score | steps
SCORES BETWEEN 30 AND 40 = MID TABLE!! BLUE | Between(30, 40) | pq_score | shouting | range
not the winners - shade the bottom 3 scores | Bottom(3) | pq_score | contrastive | superlative
scores like the 38 that shows up twice - the repeated ones | Duplicates() | pq_score | example
Step 1 team names. Step 2 colour names beginning with 'Trivia' | TextStartsWith("Trivia") | pq_team | steps | quoted
TEAMS WITH 'QUIZ' IN THE NAME -> PINK | TextContains("Quiz") | pq_team | shouting | quoted | odd-case
names like Universally Challenged (row 6) - no 'quiz' in them | TextNotContains("quiz") | pq_team | example | quoted
Step 1 select Joker Round. Step 2 highlight 'Music' exactly | TextEquals("Music") | pq_joker | steps | quoted
JOKERS ON ANYTHING ENDING 'ROUND' -> GREEN | TextEndsWith("Round") | pq_joker | shouting | quoted | odd-case
not the blanks - every team that played its joker | NotBlanks() | pq_joker | contrastive | negation
empty ones like row 14 - flag the blanks | Blanks() | pq_joker | example
Step 1: select Quiz Night. Step 2: colour tonight's quiz (today) | Today() | pq_date | steps | date
QUIZ NIGHTS THIS MONTH -> LIGHT BLUE | ThisMonth() | pq_date | shouting | date
not the coming ones - the quizzes from last week | LastWeek() | pq_date | contrastive | date
upcoming ones like the 17th in row 6 - next week's | NextWeek() | pq_date | example | date
Step 1 pick Bonus Points, Step 2 colour the negatives | LessThan(0) | pq_bonus | steps
BONUS = 0 -> GREY | Equals(0) | pq_bonus | shouting
not the zeros or minuses, only bonuses from 2 to 4 | Between(2, 4) | pq_bonus | contrastive | range
penalties like the -2 in row 10: anything -1 or lower | LessThanEqual(-1) | pq_bonus | example | boundary
# an embroidery shop
Step 1 Stitch Count; Step 2 fill designs over 15,000 | GreaterThan(15000) | em_stitch | steps | number-format
STITCHES < 5K -> QUICK JOB -> GREEN | LessThan(5000) | em_stitch | shouting | number-format
not the big ones, the bottom 25% of stitch counts | BottomPercent(25) | em_stitch | contrastive | superlative
data bars please, like a long bar for the 61,200 in row 12 | DataBar() | em_stitch | example | visual
Step 1: Thread. Step 2: highlight anything with 'Red' in it | TextContains("Red") | em_thread | steps | quoted
METALLICS (ENDING 'METALLIC') -> SHINY GOLD FILL | TextEndsWith("Metallic") | em_thread | shouting | odd-case | quoted
not the Madeira reels - threads without 'Madeira' | TextNotContains("Madeira") | em_thread | contrastive | quoted
threads listed more than once, like Madeira 1147 Red in rows 2 and 8 | Duplicates() | em_thread | example
1) select Hoop 2) mark the hoops that aren't 100 mm | NotEquals(100) | em_hoop | steps | negation
HOOPS 150-260MM = MEDIUM!! ORANGE | Between(150, 260) | em_hoop | shouting | range
not every hoop - only those under the average size | BelowAverage() | em_hoop | contrastive
the biggest, like the 400 in row 12 - top 2 | Top(2) | em_hoop | example | superlative
Step 1 the Due column, Step 2 colour what's due this week | ThisWeek() | em_due | steps | date
DUE TOMORROW!!! RED | Tomorrow() | em_due | shouting | date
not this month's - the orders that were due last month | LastMonth() | em_due | contrastive | date
due in the past 7 days, like the 6th in row 7 | Last7Days() | em_due | example | date
Step 1 - Cost. Step 2 - highlight the error cells | Errors() | em_cost | steps
COST ERRORS -> IGNORE. COLOUR THE CELLS WITH NO ERROR | NotErrors() | em_cost | shouting | negation
not the errors, not the cheap ones - costs above £30 | GreaterThan(30) | em_cost | contrastive
like the £12.50 in row 11 - costs under 15 | LessThan(15) | em_cost | example | number-format
# a knife sharpener
Step 1 select Blade. Step 2 colour blades of 20 cm or longer | GreaterThanEqual(20) | ks_blade | steps | boundary
BLADES UNDER 10 = PARING -> PURPLE | LessThan(10) | ks_blade | shouting
not the short paring knives, the ones between 15 and 25 | Between(15, 25) | ks_blade | contrastive | range
above average, like the 30 in row 7 | AboveAverage() | ks_blade | example
1) Steel 2) highlight VG-10 exactly | TextEquals("VG-10") | ks_steel | steps
STEELS WITH A # -> BLUE | TextContains("#") | ks_steel | shouting
not the carbon ones - steels that don't say carbon | TextNotContains("carbon") | ks_steel | contrastive | negation
ones like 'Blue #2' in row 10 - starting with Blue | TextStartsWith("Blue") | ks_steel | example | quoted
Step 1: Edge Angle, Step 2: put an icon set on it | IconSet() | ks_angle | steps | visual
ANGLE = 20 -> STANDARD -> GREY | Equals(20) | ks_angle | shouting
not the 15s - everything except 15 degrees | NotEquals(15) | ks_angle | contrastive | negation
steep ones like the 40 in row 12 - the top 10% | TopPercent(10) | ks_angle | example | superlative
Step 1 Ready On; Step 2 colour the knives that were ready yesterday | Yesterday() | ks_ready | steps | date
READY NEXT MONTH -> LIGHT GREY | NextMonth() | ks_ready | shouting | date
not next week's - the ones ready this week | ThisWeek() | ks_ready | contrastive | date
like the 3rd in row 11 - last week's | LastWeek() | ks_ready | example | date
Step 1 Charge; Step 2 colour anything a fiver or less | LessThanEqual(5) | ks_charge | steps | number-words | boundary
CHARGE £10+ -> GREEN | GreaterThanEqual(10) | ks_charge | shouting | number-format | boundary
not the £8 ones that keep coming up - the charges that appear once | Unique() | ks_charge | contrastive
like the 25 in row 11 - just the single highest charge | Top(1) | ks_charge | example | superlative
# a calligraphy studio
Step 1 - the Nib column. Step 2 - colour names starting Brause | TextStartsWith("Brause") | cg_nib | steps | column-word
ROUNDHAND NIBS -> GREEN | TextContains("Roundhand") | cg_nib | shouting | odd-case
not the Nikko, every nib except Nikko G | NotEquals("Nikko G") | cg_nib | contrastive | negation
nibs listed twice, like the Leonardt Principal in rows 6 and 14 | Duplicates() | cg_nib | example
Step 1, Sheets Used. Step 2, colour sessions using more than 10 | GreaterThan(10) | cg_sheets | steps | column-word
SESSIONS WITH EXACTLY 3 SHEETS -> YELLOW | Equals(3) | cg_sheets | shouting
not the heavy users - shade the sessions under the average | BelowAverage() | cg_sheets | contrastive
sessions like the 25 and 30 up there - the top 20% | TopPercent(20) | cg_sheets | example | superlative
Step 1 Ink. Step 2 highlight every ink that contains 'sumi' | TextContains("sumi") | cg_ink | steps | quoted
WALNUT INK EXACTLY -> BROWN | TextEquals("Walnut") | cg_ink | shouting | odd-case
leave the whites and walnuts - inks starting 'Iron Gall' | TextStartsWith("Iron Gall") | cg_ink | contrastive | quoted
inks like Gouache White in row 8 that are only in once, not the repeats | Unique() | cg_ink | example
Step 1: Class Date. Step 2: colour the classes held today | Today() | cg_class | steps | date
CLASSES LAST 7 DAYS -> FOLLOW UP -> GREEN | Last7Days() | cg_class | shouting | date
not this week's classes, next week's | NextWeek() | cg_class | contrastive | date
classes in the month passed, like the 4 May in row 5 | LastMonth() | cg_class | example | date
Step 1: Students. Step 2: data bars | DataBar() | cg_students | steps | visual
CLASSES WITH 8 STUDENTS -> FULL -> RED | Equals(8) | cg_students | shouting
not the small groups - classes of 10 or more students | GreaterThanEqual(10) | cg_students | contrastive | boundary
tiny classes like the 2 in row 15: fewer than 4 | LessThan(4) | cg_students | example
# a croquet club
Step 1 select Handicap; Step 2 colour the minus handicaps, below zero | LessThan(0) | cq_hcp | steps | number-words
HANDICAP 16+ -> BEGINNERS -> PINK | GreaterThanEqual(16) | cq_hcp | shouting | boundary
not the scratch players - handicaps between 2 and 8 | Between(2, 8) | cq_hcp | contrastive | range
like the -2 in row 11 - the lowest two handicaps | Bottom(2) | cq_hcp | example | superlative | number-words
Step 1 select Hoop Points, Step 2 highlight the 26s | Equals(26) | cq_hoops | steps
not the whole lot - only games above the average hoop points | AboveAverage() | cq_hoops | contrastive
colour scale on them, so ones like the 0 in row 9 stand out | ColorScale() | cq_hoops | example | visual
Step 1 choose Lawn; Step 2 mark every lawn name ending in 'Lawn' | TextEndsWith("Lawn") | cq_lawn | steps | quoted
LAWNS WITH 'EAST' -> BLUE | TextContains("East") | cq_lawn | shouting | quoted | odd-case
not the main lawn - lawns without 'Main' | TextNotContains("Main") | cq_lawn | contrastive | negation | quoted
lawn names like 'Lawn 3' in row 4 - anything beginning with 'Lawn' | TextStartsWith("Lawn") | cq_lawn | example | quoted
Step 1 the Result column. Step 2 colour results starting Won | TextStartsWith("Won") | cq_result | steps | column-word
EMPTY RESULT = NOT ENTERED -> YELLOW | Blanks() | cq_result | shouting
not the wins - results without 'Won' | TextNotContains("Won") | cq_result | contrastive | negation | quoted
results like 'Conceded' in row 11 - anything that says conceded | TextContains("conceded") | cq_result | example
Step 1 select Game Time. Step 2 highlight games longer than 180 minutes | GreaterThan(180) | cq_mins | steps
GAMES 2-3 HRS (120-180 MIN) = NORMAL -> GREEN | Between(120, 180) | cq_mins | shouting | range
not the long ones - the quickest 3 games | Bottom(3) | cq_mins | contrastive | superlative | number-words
like the 95 in row 6 - anything under 100 minutes | LessThan(100) | cq_mins | example
# a blood donor session
Step 1: Hb column. Step 2: colour anything under 125 (deferral) | LessThan(125) | bd_hb | steps | column-word
HB 125-165 = OK TO DONATE -> GREEN | Between(125, 165) | bd_hb | shouting | range
not the good readings - the lowest 3 Hb values | Bottom(3) | bd_hb | contrastive | superlative | number-words
blanks like row 16 - the readings not taken | Blanks() | bd_hb | example
Step 1 select Blood Group. Step 2 colour groups that appear only once | Unique() | bd_group | steps
REPEATED GROUPS -> LIGHT RED | Duplicates() | bd_group | shouting
not the positives - groups that don't contain '+' | TextNotContains("+") | bd_group | contrastive | negation | quoted
Step 1: Volume. Step 2: highlight the errors | Errors() | bd_vol | steps
not the errors - every volume cell that isn't an error | NotErrors() | bd_vol | contrastive | negation
volumes like the 470 in row 2 - exactly 470 | Equals(470) | bd_vol | example
Step 1: Next Eligible. Step 2: colour the ones that became eligible yesterday | Yesterday() | bd_next | steps | date
ELIGIBLE NEXT WEEK -> INVITE -> GREEN | NextWeek() | bd_next | shouting | date
not the ones eligible next month - the ones this month | ThisMonth() | bd_next | contrastive | date
like the 7 June in row 7 - eligible within the last 7 days | Last7Days() | bd_next | example | date
Step 1 Pulse; Step 2 flag pulses over 100 | GreaterThan(100) | bd_pulse | steps
PULSE NOT BETWEEN 50 AND 100 -> FLAG!! | NotBetween(50, 100) | bd_pulse | shouting | range | negation
leave the normal pulses - mark 50 or lower | LessThanEqual(50) | bd_pulse | contrastive | boundary
pulses like the 110 in row 12 - the top 2 | Top(2) | bd_pulse | example | superlative
# beach lifeguards
Step 1, Rescues. Step 2, a colour scale on it | ColorScale() | lg_rescues | steps | visual
3+ RESCUES IN A SHIFT -> RED | GreaterThanEqual(3) | lg_rescues | shouting | boundary
not the zero shifts or the busy ones - shifts with 1 to 2 rescues | Between(1, 2) | lg_rescues | contrastive | range
busy ones like the 7 in row 11 - the top 20 per cent | TopPercent(20) | lg_rescues | example | superlative
Step 1 Flag column, Step 2 colour the cells saying exactly Red | TextEquals("Red") | lg_flag | steps | column-word
ANY FLAG WITH 'YELLOW' -> YELLOW FILL | TextContains("Yellow") | lg_flag | shouting | quoted | odd-case
not the red flags - every flag without 'Red' in it | TextNotContains("Red") | lg_flag | contrastive | negation | quoted
flags like 'Red/Yellow' in row 3 - anything starting with 'Red' | TextStartsWith("Red") | lg_flag | example | quoted
SEA TEMP ERRORS (#N/A) -> FIX!! | Errors() | lg_water | shouting
not the cold days - water warmer than 17 | GreaterThan(17) | lg_water | contrastive
temps like the 15 in rows 3 and 10 - exactly 15 | Equals(15) | lg_water | example
Step 1: Shift Date. Step 2: highlight today's shifts | Today() | lg_shift | steps | date
SHIFTS TOMORROW -> CONFIRM -> ORANGE | Tomorrow() | lg_shift | shouting | date
not June - the shifts next month | NextMonth() | lg_shift | contrastive | date
shifts this month, like the 28th in row 11 | ThisMonth() | lg_shift | example | date
Step 1 select Wind. Step 2 icon set | IconSet() | lg_wind | steps | visual
WIND > 20 KNOTS = RED FLAG DAY -> RED | GreaterThan(20) | lg_wind | shouting
not the breezy days - winds of 10 knots or less | LessThanEqual(10) | lg_wind | contrastive | boundary
gusty ones like the 25 in row 9 - above average | AboveAverage() | lg_wind | example
# a windmill trust
MILLS BUILT 1900 OR LATER -> 20TH C. -> BLUE | GreaterThanEqual(1900) | mi_built | shouting | boundary
not the 1800s mills - years outside 1800 to 1899 | NotBetween(1800, 1899) | mi_built | contrastive | range | negation
build years like 1850 that turn up twice (rows 12 and 16) | Duplicates() | mi_built | example
Step 1, Mill. Step 2, colour mills starting 'Great' | TextStartsWith("Great") | mi_site | steps | quoted
NORFOLK MILLS -> TEAL | TextContains("Norfolk") | mi_site | shouting | odd-case
not the 'Unknown' ones - mills without 'Unknown' | TextNotContains("Unknown") | mi_site | contrastive | quoted
Step 1: Days Open. Step 2: add data bars | DataBar() | mi_days | steps | visual
OPEN > 20 DAYS -> GREEN | GreaterThan(20) | mi_days | shouting
not the shut ones - the 2 highest counts | Top(2) | mi_days | contrastive | superlative
Step 1 State column. Step 2 colour 'Working' only | TextEquals("Working") | mi_state | steps | quoted | column-word
ANY STATE WITH 'WORKING' IN IT -> GREEN | TextContains("working") | mi_state | shouting | quoted | odd-case
not the working ones - states without 'working' | TextNotContains("working") | mi_state | contrastive | quoted
ones like 'Converted to house' in row 15 - appearing only once | Unique() | mi_state | example | quoted
Step 1 Admission; Step 2 highlight prices from £10 to £20 | Between(10, 20) | mi_fee | steps | range | number-format
not the free ones or the fivers - admissions above the average | AboveAverage() | mi_fee | contrastive
prices like £12.50 in row 3 - exactly 12.5 | Equals(12.5) | mi_fee | example | number-format
# a stamp dealer
Step 1: Catalogue Value. Step 2: anything worth £100 or more | GreaterThanEqual(100) | ph_cat | steps | boundary
not the cheap stuff - the top 10 per cent by value | TopPercent(10) | ph_cat | contrastive | superlative
values like the 1500 in row 10 - colour scale them | ColorScale() | ph_cat | example | visual
Step 1 Condition. Step 2 colour everything containing 'Mint' | TextContains("Mint") | ph_cond | steps | quoted
CONDITION 'USED' EXACTLY -> GREY | TextEquals("Used") | ph_cond | shouting | quoted | odd-case
not the mint stock - conditions ending in 'Used' | TextEndsWith("Used") | ph_cond | contrastive | quoted
ones like 'Mint' in rows 2 and 8 - conditions listed more than once | Duplicates() | ph_cond | example
Step 1 Country. Step 2 highlight countries that only appear once | Unique() | ph_country | steps
not the GB items - everything except GB | NotEquals("GB") | ph_country | contrastive | negation
countries like 'Great Britain' in row 3 - ones starting with 'G' | TextStartsWith("G") | ph_country | example | quoted
Step 1 select Issue Year. Step 2 colour issues from before 1900 | LessThan(1900) | ph_year | steps
1930S ISSUES (1930-1939) -> SEPIA | Between(1930, 1939) | ph_year | shouting | range
not the 1902s - the rest from 1900 on | AND(GreaterThanEqual(1900), NotEquals(1902)) | ph_year | contrastive | compound
early ones like the 1840 in row 2 - the oldest 3 | Bottom(3) | ph_year | example | superlative | number-words
# a coin dealer
Step 1 Weight. Step 2 colour coins between 30 and 32 g | Between(30, 32) | cn_weight | steps | range
UNDER 2G OR OVER 100G = ODD SIZES -> FLAG | OR(LessThan(2), GreaterThan(100)) | cn_weight | shouting | compound
not the heavy bullion - coins lighter than average | BelowAverage() | cn_weight | contrastive
tiny ones like the 0.5 in row 15 - the bottom 10% | BottomPercent(10) | cn_weight | example | superlative
Step 1 Price; Step 2 highlight the error cells | Errors() | cn_price | steps
PRICE = ERROR OR BLANK -> FIX!!! | OR(Errors(), Blanks()) | cn_price | shouting | compound
not the cheap coins - 1,000 and up | GreaterThanEqual(1000) | cn_price | contrastive | number-format | boundary
big-ticket ones like the 6500 in row 10 - over 2,000 | GreaterThan(2000) | cn_price | example | number-format
not the errors - every price cell without an error | NotErrors() | cn_price | contrastive | negation
Step 1 Description. Step 2 colour everything with 'Morgan' in it | TextContains("Morgan") | cn_desc | steps | quoted
DOLLARS (DESCRIPTION ENDS 'DOLLAR') -> GREEN | TextEndsWith("Dollar") | cn_desc | shouting | odd-case | quoted
'Eagle' in it but not 'Half' | AND(TextContains("Eagle"), TextNotContains("Half")) | cn_desc | contrastive | compound
ones like '1921 Morgan Dollar' in row 2 - starting '1921' | TextStartsWith("1921") | cn_desc | example | quoted
Step 1 select Listed. Step 2 colour coins listed yesterday | Yesterday() | cn_listed | steps | date
LISTED THIS WEEK -> NEW!! GREEN | ThisWeek() | cn_listed | shouting | date
not this week's listings - everything else | NOT(ThisWeek()) | cn_listed | contrastive | date | negation
old ones like the 8 May in row 2 - last month's listings | LastMonth() | cn_listed | example | date
# a comic shop
Step 1 Issue #. Step 2 colour the number 1s | Equals(1) | cs_issue | steps | column-word
ISSUE 100+ = MILESTONE -> GOLD | GreaterThanEqual(100) | cs_issue | shouting | boundary
not the #1s and not the milestones - issues 2 to 99 | Between(2, 99) | cs_issue | contrastive | range
issues like the 600 in row 9 - the top 3 numbers | Top(3) | cs_issue | example | superlative
Step 1: Title column. Step 2: titles that begin 'Batman' | TextStartsWith("Batman") | cs_title | steps | quoted
SAGA EXACTLY -> PURPLE | TextEquals("Saga") | cs_title | shouting | odd-case
no Batman, no Sandman | AND(TextNotContains("Batman"), TextNotContains("Sandman")) | cs_title | contrastive | compound
titles ending in 'Hell', like Hellboy in Hell in row 15 | TextEndsWith("Hell") | cs_title | example | quoted
everything except the Sandman titles | NOT(TextContains("Sandman")) | cs_title | contrastive | negation
Step 1 select Pull List. Step 2 icon set | IconSet() | cs_pull | steps | visual
PULLS NOT BETWEEN 3 AND 15 -> CHECK | NotBetween(3, 15) | cs_pull | shouting | range | negation
not the empty ones - every pull list count that isn't blank | NotBlanks() | cs_pull | contrastive | negation
like the 30 in row 13 - counts over 20 | GreaterThan(20) | cs_pull | example
Step 1 Release. Step 2 colour what comes out tomorrow | Tomorrow() | cs_release | steps | date
RELEASES NEXT WEEK OR NEXT MONTH -> PREORDER!! | OR(NextWeek(), NextMonth()) | cs_release | shouting | date | compound
not next week's - the ones out this month | ThisMonth() | cs_release | contrastive | date
out in the last 7 days, like the 6 June in row 7 | Last7Days() | cs_release | example | date
Step 1 CGC Grade. Step 2 highlight 9.8 or higher | GreaterThanEqual(9.8) | cs_cgc | steps | boundary
GRADES UNDER 9.0 AND NOT BLANK -> RED | AND(LessThan(9), NotBlanks()) | cs_cgc | shouting | compound | number-format
not the top grades - the bottom 20 per cent | BottomPercent(20) | cs_cgc | contrastive | superlative
like the 4 in row 14 - below the average grade | BelowAverage() | cs_cgc | example
# a botanic garden
Step 1 Height. Step 2 colour trees taller than 20 m | GreaterThan(20) | bg_height | steps
UNDER 1M OR OVER 30M -> LABEL CHECK | OR(LessThan(1), GreaterThan(30)) | bg_height | shouting | compound
not the giants - plants between 1 and 5 m | Between(1, 5) | bg_height | contrastive | range
like the 45 in row 9 - the tallest 2 | Top(2) | bg_height | example | superlative
Step 1 Family. Step 2 colour 'Rosaceae' exactly | TextEquals("Rosaceae") | bg_family | steps | quoted
FAMILY BLANK -> FILL IN!! | Blanks() | bg_family | shouting
not the rose family - all but 'Rosaceae' ones | NOT(TextContains("Rosaceae")) | bg_family | contrastive | quoted
families like Orchidaceae in row 7 - the ones appearing only once | Unique() | bg_family | example
Step 1 Accession No. Step 2 colour ones starting 'W-' | TextStartsWith("W-") | bg_acc | steps | quoted
ACCESSIONS ENDING IN A * -> DECEASED -> GREY | TextEndsWith("*") | bg_acc | shouting
not the lost ones - no 'LOST' in it | TextNotContains("LOST") | bg_acc | contrastive | negation | quoted
all but those like '1998-0412' in row 2, starting '1998' | NOT(TextStartsWith("1998")) | bg_acc | example | quoted
Step 1 Visitors; Step 2 data bars | DataBar() | bg_visitors | steps | visual
VISITORS > 2,000 -> GREEN | GreaterThan(2000) | bg_visitors | shouting | number-format
not errors, not blanks - all other cells | AND(NotErrors(), NotBlanks()) | bg_visitors | contrastive | compound
quiet days like the 410 in row 10 - below average | BelowAverage() | bg_visitors | example
Step 1 Water Due. Step 2 colour the beds due today | Today() | bg_water | steps | date
WATERING DUE TODAY OR TOMORROW -> BLUE!! | OR(Today(), Tomorrow()) | bg_water | shouting | date | compound
not this week - next week's watering | NextWeek() | bg_water | contrastive | date
like the 3 June in row 11 - last week's | LastWeek() | bg_water | example | date
# a dry stone waller
METRES 10-20 = GOOD DAY -> GREEN | Between(10, 20) | ds_metres | shouting | range
not the short days - the top 25 per cent | TopPercent(25) | ds_metres | contrastive | superlative
like the 30 in row 8 - everything except the biggest 3 | NOT(Top(3)) | ds_metres | example | negation | superlative
Step 1 Stone column. Step 2 loads of 5 tonnes or more | GreaterThanEqual(5) | ds_tonnes | steps | boundary | column-word
STONE NOT 2-6 T -> RECHECK | NotBetween(2, 6) | ds_tonnes | shouting | range | negation
leave the big loads - the ones below average | BelowAverage() | ds_tonnes | contrastive
like the 0.5 in row 6 - 1 tonne or less | LessThanEqual(1) | ds_tonnes | example | boundary
Step 1 Farm column. Step 2 farms beginning 'Low' | TextStartsWith("Low") | ds_farm | steps | quoted | column-word
NAMES ENDING 'FARM' -> BROWN | TextEndsWith("Farm") | ds_farm | shouting | quoted | odd-case
not the rest: begins Low or High | OR(TextStartsWith("Low"), TextStartsWith("High")) | ds_farm | contrastive | compound
farms like Hill Top in row 10 - anything containing 'Hill Top' | TextContains("Hill Top") | ds_farm | example | quoted
Step 1 Start Date. Step 2 colour jobs starting next week | NextWeek() | ds_start | steps | date
STARTED LAST WEEK -> CHASE INVOICE | LastWeek() | ds_start | shouting | date
not the future ones - jobs started in the last 7 days | Last7Days() | ds_start | contrastive | date
like the 31 July in row 9 - next month's starts | NextMonth() | ds_start | example | date
Step 1: Days. Step 2: colour scale | ColorScale() | ds_days | steps | visual
DAYS = 5 -> A WORKING WEEK -> BLUE | Equals(5) | ds_days | shouting
not middling - 2 or fewer, or 10+ | OR(LessThanEqual(2), GreaterThanEqual(10)) | ds_days | contrastive | compound
long jobs like the 15 in row 15 - more than 7 days | GreaterThan(7) | ds_days | example
# a photographic darkroom
Step 1 ISO column. Step 2 colour films faster than 800 | GreaterThan(800) | dk_iso | steps | column-word
SLOW FILM ISO <= 100 -> BLUE | LessThanEqual(100) | dk_iso | shouting | boundary
not the 400s - every speed except 400 | NotEquals(400) | dk_iso | contrastive | negation
push-able ones like the 1600 in row 9 - the top 3 speeds | Top(3) | dk_iso | example | superlative
Step 1 Film Stock. Step 2 colour anything ending in 'Plus' | TextEndsWith("Plus") | dk_film | steps | quoted
ANY STOCK WITH 'PORTRA' -> ORANGE | TextContains("Portra") | dk_film | shouting | odd-case | quoted
not HP5 - every stock other than exactly 'HP5 Plus' | NotEquals("HP5 Plus") | dk_film | contrastive | negation | quoted
ones like 'Tri-X 400' in row 3 - ending in '400' | TextEndsWith("400") | dk_film | example | quoted
Step 1 Dev Time. Step 2 icon set please | IconSet() | dk_dev | steps | visual
DEV > 12 MIN -> CHECK DILUTION | GreaterThan(12) | dk_dev | shouting
not the long ones - times under 8 minutes | LessThan(8) | dk_dev | contrastive
like the 20 in row 14 - the longest 10% | TopPercent(10) | dk_dev | example | superlative
Step 1: Rolls. Step 2: colour the error cells | Errors() | dk_rolls | steps
ROLLS NOT AN ERROR -> OK!! | NotErrors() | dk_rolls | shouting | negation
not the errors or empty cells - rolls above 5 | GreaterThan(5) | dk_rolls | contrastive
blank ones like row 12 - no roll count | Blanks() | dk_rolls | example
Step 1 Ready column. Step 2 colour what's ready today | Today() | dk_ready | steps | date
THIS MONTH BUT NOT TODAY -> BLUE | AND(ThisMonth(), NOT(Today())) | dk_ready | shouting | date | compound | negation
not the old ones - ready last week | LastWeek() | dk_ready | contrastive | date
like the 27 June in row 10 - anything not this week | NOT(ThisWeek()) | dk_ready | example | date | negation
# a children's magician
Step 1 Fee. Step 2 colour gigs paying more than £300 | GreaterThan(300) | mg_fee | steps
FEES £100-£250 = KIDS PARTY RATE | Between(100, 250) | mg_fee | shouting | range
not the corporate gigs - fees below average | BelowAverage() | mg_fee | contrastive
like the 75 in row 10 - the bottom 2 fees | Bottom(2) | mg_fee | example | superlative
Step 1 Venue. Step 2 colour 'Private Home' exactly | TextEquals("Private Home") | mg_venue | steps | quoted
VENUES ENDING 'HALL' -> YELLOW | TextEndsWith("Hall") | mg_venue | shouting | quoted | odd-case
not the halls - venues that don't contain 'Hall' | TextNotContains("Hall") | mg_venue | contrastive | negation | quoted
venues like 'Corporate - Barclays' in row 7 - starting 'Corporate' | TextStartsWith("Corporate") | mg_venue | example
Step 1 Audience. Step 2 colour audiences of 50 or more | GreaterThanEqual(50) | mg_kids | steps | boundary
AUDIENCE BLANK -> ASK CLIENT | Blanks() | mg_kids | shouting
not the big shows - audiences of 20 or fewer | LessThanEqual(20) | mg_kids | contrastive | boundary
all that isn't under 20 - the 8 in row 8 is the sort I don't want | NOT(LessThan(20)) | mg_kids | example | negation
Step 1 Show Date. Step 2 colour the shows tomorrow | Tomorrow() | mg_show | steps | date
SHOWS THIS WEEK -> PREP PROPS!! | ThisWeek() | mg_show | shouting | date
not July - the shows last month | LastMonth() | mg_show | contrastive | date
like the 11 June in row 6 - yesterday's show | Yesterday() | mg_show | example | date
Step 1 Rating. Step 2 colour anything under 4 stars | LessThan(4) | mg_rating | steps
RATING NOT 5 -> REVIEW | NotEquals(5) | mg_rating | shouting | negation
not the five-star ones - ratings between 3 and 4.9 | Between(3, 4.9) | mg_rating | contrastive | range
like the 1 in row 12 - ratings of 2.5 or lower | LessThanEqual(2.5) | mg_rating | example | boundary
# a marquee hire firm
Step 1 Guests. Step 2 colour events between 100 and 200 guests | Between(100, 200) | mq_guests | steps | range
GUESTS NOT 100-300 -> DIFFERENT MARQUEE | NotBetween(100, 300) | mq_guests | shouting | range | negation
not the small parties - the biggest 20% | TopPercent(20) | mq_guests | contrastive | superlative
like the 40 in row 5 - 50 guests or fewer | LessThanEqual(50) | mq_guests | example | boundary
Step 1 Marquee. Step 2 colour tents starting 'Stretch' | TextStartsWith("Stretch") | mq_size | steps | quoted
TIPI OR PAGODA -> PINK | OR(TextContains("Tipi"), TextContains("Pagoda")) | mq_size | shouting | compound | odd-case
not the tipis - all except 'Tipi' ones | NOT(TextContains("Tipi")) | mq_size | contrastive | negation | quoted
one-offs like 'Pagoda 5x5' in row 10 - sizes that appear only once | Unique() | mq_size | example
Step 1 Gust Forecast. Step 2 colour gusts of 35 mph and over | GreaterThanEqual(35) | mq_gust | steps | boundary
GUSTS > 40 = TAKE IT DOWN!!! | GreaterThan(40) | mq_gust | shouting
not the calm days - gusts above the average | AboveAverage() | mq_gust | contrastive
like the 10 in row 11 - under 15 mph | LessThan(15) | mq_gust | example
Step 1 Deposit. Step 2 colour cells that aren't blank | NotBlanks() | mq_deposit | steps | negation
NO DEPOSIT YET (BLANK) -> RED!!! | Blanks() | mq_deposit | shouting
not the #N/A and #REF! ones - every deposit cell without an error | NotErrors() | mq_deposit | contrastive | negation
errors like the #N/A in row 4 | Errors() | mq_deposit | example
Step 1 Erect On. Step 2 colour the ones going up next week | NextWeek() | mq_erect | steps | date
ERECTED YESTERDAY OR TODAY -> SNAG CHECK | OR(Yesterday(), Today()) | mq_erect | shouting | date | compound
not last month - the ones from the last 7 days | Last7Days() | mq_erect | contrastive | date
like the 27 July in row 8 - next month's builds | NextMonth() | mq_erect | example | date
# a fish and chip shop
Step 1 Portions Sold. Step 2 highlight days over 200 | GreaterThan(200) | fc_portions | steps
PORTIONS < 80 = QUIET -> GREY | LessThan(80) | fc_portions | shouting
not the busy Fridays - days below average | BelowAverage() | fc_portions | contrastive
like the 310 in row 12 - the single busiest | Top(1) | fc_portions | example | superlative
Step 1 Fish. Step 2 colour cells that are exactly 'Cod' | TextEquals("Cod") | fc_fish | steps | quoted
ANYTHING HADDOCK -> YELLOW | TextContains("Haddock") | fc_fish | shouting | odd-case
leave the cod - fish that don't contain 'cod' | TextNotContains("cod") | fc_fish | contrastive | negation | quoted
fish like 'Large Cod' in row 4 - ending in 'Cod' | TextEndsWith("Cod") | fc_fish | example | quoted
Step 1: Oil Temp. Step 2: colour temps from 175 to 185 | Between(175, 185) | fc_oil | steps | range
OIL NOT 170-190 -> DANGER!! | NotBetween(170, 190) | fc_oil | shouting | range | negation
not hot, not blank - 172 or under | AND(LessThanEqual(172), NotBlanks()) | fc_oil | contrastive | compound | boundary
like the #N/A in row 15 - the errors | Errors() | fc_oil | example
Step 1 Waste. Step 2 colour scale, green low red high | ColorScale() | fc_waste | steps | visual
WASTE > 5KG -> TALK TO KITCHEN | GreaterThan(5) | fc_waste | shouting
not the good days - the worst 3 for waste | Top(3) | fc_waste | contrastive | superlative
days like the 0.5 in row 7 - a kilo or less | LessThanEqual(1) | fc_waste | example | number-words | boundary
Step 1 Till. Step 2 colour Till 1 exactly | TextEquals("Till 1") | fc_till | steps
TILLS NOT STARTING 'TILL' -> CHECK | NOT(TextStartsWith("Till")) | fc_till | shouting | negation | odd-case
entries like 'Phone Orders' in row 8 - only appearing once | Unique() | fc_till | example | quoted
# sheepdog trials
Step 1 Points. Step 2 colour runs scoring 80 or more | GreaterThanEqual(80) | sd_points | steps | boundary
SCORES 70-90 -> AMBER | Between(70, 90) | sd_points | shouting | range
not the winners - the bottom 25% | BottomPercent(25) | sd_points | contrastive | superlative
like the 95 in row 8 - scores above average | AboveAverage() | sd_points | example
Step 1 Dog column. Step 2 dogs with 'Moss' in the name | TextContains("Moss") | sd_dog | steps | quoted | column-word
DOGS ENTERED TWICE -> CHECK ENTRIES | Duplicates() | sd_dog | shouting
not Moss - every dog except exactly Moss | NOT(TextEquals("Moss")) | sd_dog | contrastive | negation
dogs like 'Old Moss' in row 11 - names ending in 'Moss' | TextEndsWith("Moss") | sd_dog | example | quoted
Step 1 Time. Step 2 colour runs over 600 seconds | GreaterThan(600) | sd_secs | steps
FASTEST 3 -> GOLD | Bottom(3) | sd_secs | shouting | superlative
not mid-range - under 500 or over 700 s | OR(LessThan(500), GreaterThan(700)) | sd_secs | contrastive | compound
like the #N/A in row 7 - the error cells | Errors() | sd_secs | example
Step 1: Class. Step 2: colour everything that isn't Open exactly | NOT(TextEquals("Open")) | sd_class | steps | negation
NOVICE CLASSES (ENDING 'NOVICE') -> GREEN | TextEndsWith("Novice") | sd_class | shouting | quoted | odd-case
not the singles - only classes containing 'Brace' | TextContains("Brace") | sd_class | contrastive | quoted
everything without Open in it, like the Nursery in row 4 | NOT(TextContains("Open")) | sd_class | example | negation
Step 1 Trial Date. Step 2 colour trials this month | ThisMonth() | sd_trial | steps | date
TRIALS NEXT WEEK -> ENTER DOGS | NextWeek() | sd_trial | shouting | date
not the future ones - last week's trials | LastWeek() | sd_trial | contrastive | date
like the 7 June in row 3 - in the last 7 days | Last7Days() | sd_trial | example | date
# a model aircraft club
Step 1 Wingspan. Step 2 colour spans of 2000 mm or more | GreaterThanEqual(2000) | ma_span | steps | boundary
SPAN < 1000MM -> PARK FLYERS | LessThan(1000) | ma_span | shouting
not the giants - the bottom 20% by span | BottomPercent(20) | ma_span | contrastive | superlative
every span except 1200 - the one in rows 2 and 14 | NotEquals(1200) | ma_span | example | negation
Step 1 Model. Step 2 models starting 'Spitfire' | TextStartsWith("Spitfire") | ma_model | steps | quoted | column-word
ALL CUBS (ENDING 'CUB') -> YELLOW | TextEndsWith("Cub") | ma_model | shouting | quoted | odd-case
no Cub, no Spitfire | AND(TextNotContains("Cub"), TextNotContains("Spitfire")) | ma_model | contrastive | compound
like 'Radian XL' in row 4 - anything with 'Radian' in it | TextContains("Radian") | ma_model | example | quoted
Step 1 Flight Time. Step 2 data bars | DataBar() | ma_flight | steps | visual
FLIGHTS 10-15 MIN -> GREEN | Between(10, 15) | ma_flight | shouting | range
not the short hops - flights above the average time | AboveAverage() | ma_flight | contrastive
like the 25 in row 13 - more than 20 minutes | GreaterThan(20) | ma_flight | example
Step 1 Battery. Step 2 icon set | IconSet() | ma_mah | steps | visual
2200MAH PACKS -> STANDARD -> BLUE | Equals(2200) | ma_mah | shouting
not the big packs - anything 1,500 mAh or less | LessThanEqual(1500) | ma_mah | contrastive | number-format | boundary
like the 850 in row 7 - the smallest 2 | Bottom(2) | ma_mah | example | superlative | number-words
Step 1 Safety Check. Step 2 colour checks due yesterday | Yesterday() | ma_inspect | steps | date
CHECKS DUE NEXT MONTH -> BOOK IN | NextMonth() | ma_inspect | shouting | date
not last month's - the ones this week | ThisWeek() | ma_inspect | contrastive | date
like the 12 May in row 6 - last month's checks | LastMonth() | ma_inspect | example | date
everything except today's checks | NOT(Today()) | ma_inspect | contrastive | date | negation
# added after the first counts (halves, typo and polarity)
QUIZ YESTERDY -> ENTER SCORES | Yesterday() | pq_date | shouting | date | typo
not today's - the films that were ready yesterday | Yesterday() | dk_ready | contrastive | date
HB RECORDED (NOT BLANK) -> FINE | NotBlanks() | bd_hb | shouting | negation
RESULT FILLED IN = NOT BLANK -> LIGHT GREY | NotBlanks() | cq_result | shouting | negation
ratings - an icon set, like stars next to the 5 in row 2 | IconSet() | mg_rating | example | visual
RESCUES -> ICON SET (ARROWS) | IconSet() | lg_rescues | shouting | visual
not the small frames - the ones that are not narrower than 40 | GreaterThanEqual(40) | pf_width | contrastive | polarity
HOURS NOT MORE THAN 1 -> SHORT SESSION | LessThanEqual(1) | sn_hours | shouting | polarity | number-words
Step 1 selcet the Oil Temp. Step 2 colour anyhting above 185 | GreaterThan(185) | fc_oil | steps | typo
dates like the 19th in row 9 - nxet week's colections | NextWeek() | pf_due | example | date | typo
not the rest - ony the handicaps of exatly 0 | Equals(0) | cq_hcp | contrastive | typo
"""


# The set files written before this one. A set file written beside this one (fourteenth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "eleventh_cf.json",
              "eleventh_tables.json", "everyday_cf.json", "everyday_tables.json", "fifth_cf.json",
              "fifth_tables.json", "forum_tables.json", "fourth_cf.json", "fourth_tables.json", "fresh_cf.json",
              "fresh_tables.json", "ninth_cf.json", "ninth_tables.json", "plain_cf.json", "posts_tables.json",
              "seventh_cf.json", "seventh_tables.json", "sixth_cf.json", "sixth_tables.json", "spoken_cf.json",
              "template_tables.json", "tenth_cf.json", "tenth_tables.json", "third_cf.json", "third_tables.json",
              "thirteenth_cf.json", "thirteenth_tables.json", "twelfth_cf.json", "twelfth_tables.json",
              "web_cf.json")


column_sets.bind(globals(), FOURTEENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
