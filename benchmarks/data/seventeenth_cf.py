"""A seventeenth independent set of one-column CF requests, and the builder of seventeenth_cf.json.

Written from scratch (2026-12-07 07:27 to 07:39 UTC by `date -u`, engineer E17c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of
twenty domains no earlier builder's docstring names, on this set's own columns (a cheerleading squad, a
gymnastics club, a dermatology clinic, a cardiology ward, a midwifery team, a cranberry bog, a tea plantation,
a hop farm, an egg farm, an ostrich farm, a deer farm, a bison ranch, a silk farm, a paper mill, a shipyard,
whale-watching tours, a bird-ringing station, a butterfly house, a table tennis club, an ice hockey team), in
four styles new to the one-column sets: `correction` (the writer corrects themself mid-request and only the
final wish counts: "shade the ones over 50 - no wait, over 500", "cells that say open, sorry, closed"),
`hedged` (unsure, wordy, hedging: "I think maybe the ones below ten? if that makes sense"), `emoji` (emoji and
symbols carrying meaning or decoration: "🔴 anything overdue", "⬆️ top 5 sales") and `headline` (a
title-case heading rather than a sentence: "Overdue Invoices: Highlight"); these examples are made up for
this docstring (most from the brief) and are not entries. Only requests the language expresses exactly, one
right rule on the column, every literal recoverable by a careful reader ("a thousand" -> 1000, "4,500" ->
4500, "40%" on a column of fractions -> 0.4, "heaviest two" -> Top(2), "the cleanest 20%, fewest defects" ->
BottomPercent(20), "both ends included" -> Between). Labels are what the executor formats with Today =
2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the
last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a blank
compares as 0 and any text is greater than any number); comparisons were kept off the columns holding a text
cell, a blank or a cell of one space (every comparison, Between and NotBetween of this set is on a column of
numbers only), and the columns that carry a colour scale, data bar, icon set, average or error rule hold one
text cell ("injured", "fell", "frozen", ...), one blank and one error cell, so that a visual rule formats the
numbers only and NotErrors differs from NotBlanks. Text columns that NOT or TextNotContains runs on hold no
blank; the columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one space (the
executor counts that cell as a value that appears once, as Excel does).

What its author read: of benchmarks/data/sixteenth_cf.py, which this builder mirrors, lines 1-158 (its module
docstring, imports, constants, `_joined` and its date lists, up to `COLUMNS = {`) and 823-838 (OTHER_SETS, the
bind and the main block), by `sed -n`, and lines 814-822 piped through `grep -vn '|'` (the closing of its
ENTRIES and the comment above OTHER_SETS, no entry line); benchmarks/data/column_sets.py (all, `cat`);
benchmarks/data/everyday_common.py (all, `cat`); tests/benchmarks/test_one_column_sets_data.py (all, `cat`);
of tests/benchmarks/set_files.py lines 1-16 and 63-240 (the check functions; `grep -n '^def '` for their
places); ../shared/docs/CF_RULES.md (all, `cat`); the first 12,000 characters of benchmarks/data/README.md
(`head -c`); the public API of cf_assistant.languages.cf (parse and to_text on 35 made-up rules, for their
canonical spelling). Commands that printed anything else: `date -u` (about ten times); `git status --short`
(once, at the start: it printed nothing but the import check's OK); `ls` of benchmarks/data (file names, for
OTHER_SETS); `wc -l` of sixteenth_cf.py, `wc -c` of CF_RULES.md and the README; `grep -n` of the README for
the sixteenth_cf row (its line number and first 30 characters: its file name); two runs of a program that
printed one True/False per candidate domain word or phrase: whether any other builder's module docstring
(benchmarks/data/*.py except this set's and the seventeenth table set's, by `ast.get_docstring`, lower-cased)
or the whole benchmarks/data/README.md holds it as a substring; the builder's own runs (their problems, and
counts per function, style and tag and half); a program that printed, for one record of each of 14 functions
(built in memory, not read from the JSON), its rule, header and the cells it formats and leaves; `sed -n` of
four of this builder's own lines and a program listing its lines over 120 characters; a program that printed
the set's counts per half, the least count of a function in each half, the style counts, the cells per column
and the number of columns; the program that inserted this set's README row (it printed the row's line number);
the test modules' pass counts. Candidates the check dropped (printed True): fencing, archery, water polo,
triathlon, judo, boxing, brass band, ballet, puppet, magic, radio station, locksmith, glazier, chimney,
scaffold, crane, demolition, auction, jeweller, watch repair, cobbler, tattoo, barber, audiology, hospice, fire
station, mushroom, trout, fish farm, cider, distillery, creamery, cheese, observatory, snow plough, gritting,
toll, bus depot, tram, cable car, canal, marina, tugboat, bat survey, hedgehog, falconry, netball, badminton,
bingo, sheep, llama. Taken (printed False as words and again as phrases): cheerlead / "cheerleading squad",
gymnastic / "gymnastics club", dermatology / "dermatology clinic", cardiology / "cardiology ward", midwi /
"midwifery team", cranberry / "cranberry bog", "tea plantation", "hop farm", "egg farm", ostrich / "ostrich
farm", "deer farm", bison / "bison ranch", silk / "silk farm", "paper mill", shipyard, whale / "whale-watching",
"bird ringing" / "bird-ringing", butterfly / "butterfly house", "table tennis" / "table tennis club", "ice
hockey" / "ice hockey team". Printed False and not used: moth, riding school, pig farm.

Slips. (1) To find the sixteenth builder's top-level names, a `grep -nE` whose pattern also matched lines
starting "word: " printed the first 60 characters of about 170 of its entry lines (lines 329-813: dialogue and
notes requests with their rules and column keys); an earlier `grep -n '^[A-Za-z_]' | head -80` printed only
docstring lines. None of those entries was reused or reworded into this set (its styles differ; the builder
refuses any request equal to another set's). (2) `git diff --stat`, run to see this work's changes, printed
the names and changed-line counts of the uncommitted files of the working tree (files under cf_assistant/ that
others are changing, and the test module), no content. No other slip known: no draft was reworded after its
half was seen (no record's half was ever printed; the builder prints counts per function, style and tag per
half only); the eight entries under the last heading were drafted after those counts were seen, for the
`typo` and `odd-case` tags that no entry had yet and for TextNotContains (six records then), each kept as first
written. Not read: anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS,
ENTRIES or TABLES beyond slip (1), the rest of benchmarks/data/README.md, the utterances of any JSON file,
seventeenth_tables.* (being written beside this set by engineer E17t), tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data, git log or show. No model, no
`cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values a
tenth and ten times a threshold, prefix/suffix/middle variants of texts, blanks, cells of one space, text and
error cells beside numbers). The first run (42 drafts, two domains) flagged NotErrors on a column without a
blank (blanks added to the two such columns, and to every later one); the second (two more domains) flagged an
Equals(10) and an OR(..., Equals(10)) on Apgar scores, whose top is 10 (-> Equals(8) and AND(GreaterThanEqual(7),
LessThan(9)), reworded before any half was printed); the third NotEquals(5) on grade points whose top is 5 (->
NotEquals(4)), and two ranges without their bound in the column (cell 10 added twice); the fourth
TextStartsWith("Bond") with no "bond" inside a longer grade (cell "Laser Bond"); the fifth an AND without its
lower bound (cell 30 added). 433 records on 120 columns: dev 199, test 234 (the hash's split, not steered);
styles correction 101, hedged 103, emoji 122, headline 107; every one of the 41 functions in both halves (at
least three in dev and two in test); 14-17 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written
before it (`OTHER_SETS`), of any other set file in the folder when it runs (seventeenth_tables.json, written
beside it by someone else, included when present) or of the train split, a non-canonical rule, a column of
fewer than 12 or more than 20 cells, a column where the rule formats no row or every row, and a column that
cannot tell the rule from the rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`correction`, `hedged`, `emoji`, `headline`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`,
`range`, `polarity`, `date`, `visual` (as in sixteenth_cf.py), then the set tag `seventeenth`. IDs have the
prefix `s17c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long
for one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/seventeenth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "seventeenth_cf.json"
PREFIX = "s17c"
SEVENTEENTH_TAG = "seventeenth"
STYLES = ("correction", "hedged", "emoji", "headline")
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
DA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-15|2024-06-07|2024-06-04|2024-06-18|2024-06-26|"
      "2024-05-20|2024-07-03|2023-11-30||2024-06-21|2024-06-01")
DB = ("2024-06-09|2024-06-12|2024-06-14|2024-06-06|2024-06-11|2024-06-03|2024-06-20|2024-05-31|2024-06-13|"
      "2024-06-29|2024-07-12|cancelled|2024-06-16|2024-06-08|2024-05-02|2023-12-01")
DC = ("2024-05-15|2024-06-13|2024-06-05|2024-06-12|2024-06-22|2024-06-10|2024-07-19|2024-06-11|2024-06-28|"
      "2024-06-02|2024-02-08|2024-06-14|2024-06-17||2024-06-07")
DD = ("2024-06-17|2024-06-11|2024-06-12|2024-06-14|2024-05-27|2024-06-07|2024-07-08|2024-06-13|TBC|"
      "2024-06-24|2024-06-05|2024-06-09|2023-09-18|2024-06-19")

COLUMNS = {
    "ch_date": ("Comp Date", DA),
    "ch_score": ("Routine Score", "7.2|8.5|9.1|6.8|8.0|9.6|7.75|8.9|5.4|8.1|9.0|7.9|0.85|85|8.45|7"),
    "ch_jumps": ("Toe Touches", "12|15|9|20|15|31|18|25|7|22|2|15|250|11|26|10"),
    "ch_height": ("Stunt Height (m)", "2.1|3.4|1.8|4.0|injured|2.75|3.9|1.2|#N/A||2.4|3.1|4.6|2.9|1.65|3.3"),
    "ch_member": ("Member", "Amy Hart|Bella Cruz|Chloe Hartley|Ava Lockhart|Dana Ruiz|Eve Hartnell|Maria Cruz-Leon|"
                            "Gina Hart|Fay Cruz|Holly Ma|Isla Crux|Jo Heart|Kim Reyes|Leah Hart-Smith|Cruz Santos"),
    "ch_kit": ("Kit Order", "Pom Pink|Pom Gold|Bow Red||Pom Gold|Bow Blue| |Bow Red|Pom Silver|Shoes|Pom White|"
                            "Bow Green|Shoes Wide|Pom Gold"),
    "gy_date": ("Meet Date", DB),
    "gy_vault": ("Vault D-Score", "4.2|5.0|3.8|5.4|4.6|0.5|50|4.9|5.6|3.4|4.0|5.2|4.4|4.8|5.8"),
    "gy_age": ("Gymnast Age", "9|11|14|12|16|8|13|11|15|10|17|12|7|14|6"),
    "gy_beam": ("Beam Time (s)", "71|88|64|90|79|fell|83||69|#N/A|92|75|86|80|77|94"),
    "gy_app": ("Apparatus", "Floor|Beam|Uneven Bars|Vault|Floor Music|Parallel Bars|High Bar|Bars Warm-up|Rings|"
                            "Pommel Horse|Beam Drills|Horse Vault|Balance Beam|Vault Table|Floor"),
    "gy_fee": ("Fee Status", "Paid||Paid| |Owed|Waived|Owed|Part paid|Paid|Owed|Refunded|Comp|Paid monthly|Trial"),
    "de_date": ("Biopsy Date", DC),
    "de_size": ("Lesion Size (mm)", "3|6|4.5|12|8|0.6|60|5|9|2|7|15|6.5|10|1.5"),
    "de_uv": ("UV Sessions", "12|18|24|6|30|18|9|36|15|21|3|27|240|2|18"),
    "de_itch": ("Itch Score", "3.5|7|5.2|8.8|n/a|2.1|6.4||4.9|9.3|#VALUE!|1.7|5.8|7.6|4.1"),
    "de_drug": ("Prescription", "Tacrolimus|Clobetasol cream|Emollient|Clobetasol|Hydrocortisone 1%|Emollient gel|"
                                "Methotrexate|Topical Clobetasol|Tacrolimus ointment|Betamethasone cream|"
                                "Aqueous cream|Cream E45|Doxycycline|Clobetasol shampoo|Calamine"),
    "de_ref": ("Referred By", "Dr Shah|Dr Okoro||Dr Shah|Self| |Dr Lind|Dr Okoro|GP surgery|Dr Patel|Dr Shah|Walk-in|"
                              "Dr Lind|Dr Moss"),
    "ca_date": ("Echo Date", DD),
    "ca_hr": ("Resting HR (bpm)", "62|88|101|54|100|47|76|120|93|58|10|1000|45|110|69|50"),
    "ca_ef": ("Ejection Fraction", "0.55|0.35|0.62|0.4|0.48|0.7|0.25|0.58|0.41|0.04|4|0.66|0.5|0.3|0.52"),
    "ca_trop": ("Troponin (ng/L)", "14|52|8|120|hemolysed|33|#N/A|5|78||210|19|41|64|11"),
    "ca_med": ("Medication", "Bisoprolol|Aspirin|Atorvastatin|Ramipril|Apixaban|Aspirin 75mg|Low-dose Aspirin|"
                             "Warfarin|Furosemide 40mg bd|Clopidogrel|Digoxin|Amiodarone|Ramipril 5mg|Metoprolol|"
                             "Bisoprolol fumarate"),
    "ca_bed": ("Bed", "A1|A2||A3|B1|A2| |B2|C1|B1|C2|A1|D1|D2|C3"),
    "mw_date": ("Due Date", DA),
    "mw_weight": ("Birth Weight (g)", "3400|2450|4100|3150|2500|3900|2900|4500|250|25000|3650|2200|3000|3800|2750|"
                                      "4000"),
    "mw_apgar": ("Apgar (5 min)", "9|8|10|7|9|6|10|4|8|9|3|10|7|9|5"),
    "mw_loss": ("Blood Loss (ml)", "300|450|1200|250|declined|600|#DIV/0!|350||800|520|150|980|400|700"),
    "mw_mother": ("Mother", "Ruth Bell|Anna Bellamy|Sara Camp|Isabel Moor|Jane Belle|Lucy Moore|Mia Bell-Grant|"
                            "Noor Ali|Bella Stone|Priya Das|Rosa Bell|Tess Abell|Una Moor|Zoe Hart-Bell|Kay Ward"),
    "mw_room": ("Birth Room", "Pool 1|Pool 2|Suite A||Pool 1|Home|Suite B| |Theatre|Home|Suite A|Pool 3|Theatre 2|"
                              "Home"),
    "cr_date": ("Flood Date", DB),
    "cr_yield": ("Yield (barrels/acre)", "180|220|310|150|260|205|95|340|2000|20|240|275|300|165|250"),
    "cr_brix": ("Brix", "7.2|8.1|6.5|9.0|7.8|8.1|6.9|7.4|0.8|80|8.6|7.0|7.7|9.3|6.2"),
    "cr_rot": ("Rot (%)", "0.02|0.05|0.11|0.03|frozen|0.08|0.01||0.14|0.06|#DIV/0!|0.04|0.09|0.07|0.12"),
    "cr_var": ("Variety", "Stevens|Ben Lear|Early Black|Howes|Crimson Queen|Black Veil|Stevens Select|Mullica Queen|"
                          "Pilgrim|Early Red|Demoranville|Red Star|Queen Stevens|Grygleski|Midnight Early"),
    "cr_bed": ("Bed No.", "B-12|B-07||B-12|C-03|A-01| |C-03|B-09|A-02|C-04|B-07|A-05|C-11"),
    "tp_date": ("Plucking Date", DC),
    "tp_kg": ("Leaf Plucked (kg)", "42|38|55|61|29|47|70|33|4.5|450|52|45|36|58|40|35"),
    "tp_grade": ("Grade Points", "3|5|2|4|5|1|3|4|2|5|3|0|4|1|5"),
    "tp_moist": ("Moisture (%)", "0.031|0.028|0.045|0.036|wet batch|0.03|#N/A||0.052|0.027|0.041|0.033|0.038|0.049|"
                                 "0.029"),
    "tp_block": ("Estate Block", "Hill 1|Hill 2|Lower Hill|Valley|Hillside|Ridge|Valley Top|Hill 3|Old Hill|River|"
                                 "Ridge East|Upper Valley|Terrace|Hill Top|North Ridge"),
    "tp_picker": ("Picker", "Asha|Meena||Asha|Lakshmi|Ravi| |Meena|Kumari|Devi|Asha|Rani|Latha|Suma"),
    "hf_date": ("Harvest Date", DD),
    "hf_alpha": ("Alpha Acid (%)", "0.11|0.065|0.14|0.09|0.12|0.052|0.155|0.1|0.075|0.13|1.2|0.012|0.085|0.16|0.105"),
    "hf_bines": ("Bines per Hill", "2|3|4|2|3|3|2|4|5|3|2|6|3|2|4"),
    "hf_oil": ("Oil (ml/100g)", "1.2|2.5|0.8|1.9|dried out|3.1|#VALUE!|1.5||2.2|0.6|2.8|1.1|1.7|2.0"),
    "hf_var": ("Hop Variety", "Fuggle|Target|East Kent Goldings|Challenger|Goldings|Admiral|Bramling Cross|"
                              "Fuggle Early|Pilgrim|Styrian Goldings|First Gold|Goldings Late|Progress|Sovereign|"
                              "Savinjski Fuggle"),
    "hf_kiln": ("Kiln", "K1|K2||K1|K3| |K2|K4|K1|K5|K3|K6|K7|K2"),
    "ef_date": ("Collection Date", DA),
    "ef_eggs": ("Eggs Laid", "930|1020|870|1100|990|760|1000|1150|95|9800|1040|880|1010|940|1200|1050|900"),
    "ef_cracked": ("Cracked", "4|0|7|2|0|12|3|1|0|5|9|2|15|6|1|10"),
    "ef_temp": ("Shed Temp (°C)", "18.5|21.2|19.8|24.1|sensor off|22.6|#N/A|17.9||20.4|23.3|19.1|25.0|18.8|21.7"),
    "ef_shed": ("Shed", "Shed A|Shed B|Barn 1|Shed A2|Old Shed A|Barn 2|Shed C|Free Range 1|Free Range 2|Annex Shed|"
                        "Barn Annex|Shed D|Old Barn|Shed B Upper|Range Barn"),
    "ef_breed": ("Breed", "Warren|Leghorn||Warren|Sussex| |Leghorn|Marans|Warren|Orpington|Sussex|Araucana|"
                          "Plymouth Rock|Maran"),
    "of_date": ("Hatch Date", DB),
    "of_weight": ("Bird Weight (kg)", "95|120|88|140|110|150|76|132|12|1300|105|118|99|160|125|130|90"),
    "of_eggs": ("Eggs This Season", "14|22|9|31|18|22|40|7|26|15|35|11|28|19|4|10"),
    "of_feather": ("Feather Yield (g)", "420|380|510|0|poor|460|#REF!|395||530|445|470|350|490|405"),
    "of_pen": ("Pen", "North Pen|South Pen|Pen 4|East Pen|Pen 12|North Paddock|Hatchery Pen|West Pen|Old Pen 4|"
                      "South Paddock|Pen North|Paddock Quarantine|Pen 4A|Nursery Pen|Old North Pen"),
    "of_keeper": ("Keeper", "Jan|Pieter||Jan|Thandi| |Sipho|Pieter|Anri|Jan|Lerato|Kobus|Anri|Ruan"),
    "df_date": ("Velvet Cut Date", DC),
    "df_antler": ("Antler Weight (kg)", "2.8|3.5|4.1|1.9|3.0|5.2|2.2|3.8|0.35|35|4.6|2.5|3.3|4.9|2.0|4"),
    "df_age": ("Hind Age (yrs)", "3|7|5|12|4|9|6|2|8|10|5|14|3|11|6"),
    "df_velvet": ("Velvet Price (£/kg)", "85|120|95|140|rejected|110|#N/A|78||132|101|150|88|125|99"),
    "df_tag": ("Ear Tag", "UK 104|UK 221|IE 077|UK 104B|FR 310|UK 009|IE 112|DE 450|GB/IE 55|IE 300|NL 018|DE-UK 88|"
                          "FR 010|IE 077A|UK 5|UK 0770"),
    "df_field": ("Paddock", "Top Field|Low Meadow||Top Field|Wood Park| |Low Meadow|Burn Side|Hill Park|Top Field|"
                            "Glen|Moss|Burn Side|Yard"),
    "bi_date": ("Vet Visit", DD),
    "bi_weight": ("Bull Weight (lb)", "1850|2000|1620|2240|1900|1480|2100|1750|200|20000|2050|1950|1700|2300|1590|"
                                      "1600"),
    "bi_calving": ("Calving Interval (days)", "365|380|410|372|355|390|365|420|401|370|399|365|430|388|360"),
    "bi_hide": ("Hide Grade Score", "6.5|8.2|7.1|9.0|torn|5.8|#N/A|7.7||8.8|6.9|7.4|5.2|8.5|6.1"),
    "bi_herd": ("Herd", "North Herd|South Herd|Calf Pen|North Range|Bull Pen|Old North|South Range|Pen 3 Heifers|"
                        "Range Bulls|North Herd B|Yearlings|East Herd|Cow Pen|Range Cows|North"),
    "bi_hand": ("Handler", "Joe|Will||Joe|Ray| |Will|Cody|Jess|Ray|Sam|Tate|Joe|Lou"),
    "sf_date": ("Hatching Date", DA),
    "sf_cocoon": ("Cocoon Weight (g)", "1.8|2.1|1.5|2.4|1.95|2.6|1.7|2.25|0.2|20|2.0|1.6|2.35|1.85|2.5"),
    "sf_shell": ("Shell Ratio", "0.22|0.24|0.19|0.26|0.21|0.24|0.18|0.25|0.23|0.2|0.27|0.17|0.24|2.4|0.024"),
    "sf_denier": ("Denier", "2.8|3.1|2.5|3.4|broken|2.9|#DIV/0!|3.0||2.7|3.3|2.6|3.2|2.4|3.5"),
    "sf_race": ("Silkworm Race", "Bivoltine|Multivoltine|Bivoltine Hybrid|Univoltine|CSR2|CSR4|Pure Mysore|Nistari|"
                                 "Kolar Gold|Cross Bivoltine|PM x CSR2|Mysore Gold|Gold Cross|CSR2 x CSR4|"
                                 "Univoltine Wild"),
    "sf_house": ("Rearing House", "House 1|House 2||House 1|House 3| |House 2|Annex|House 4|House 1|Shed|Annex|"
                                  "House 5|Loft"),
    "pm_date": ("Reel Date", DB),
    "pm_gsm": ("Grammage (gsm)", "80|90|100|70|120|80|60|150|110|8|800|95|85|130|75"),
    "pm_breaks": ("Web Breaks", "0|2|1|5|3|0|1|8|2|4|1|0|6|2|11"),
    "pm_bright": ("Brightness (ISO)", "88.5|91.2|86.0|92.8|n/a|89.9|#N/A|90.4||87.3|93.1|85.6|91.9|88.0|90.0"),
    "pm_grade": ("Paper Grade", "Bond|Kraft|Newsprint|Bond Extra|Coated Art|Kraft Liner|Tissue|Recycled Kraft|"
                                "Art Board|Bond Laid|Uncoated|Coated|Sack Kraft|Laser Bond|Newsprint Plus"),
    "pm_shift": ("Shift Lead", "Moss|Reid||Moss|Kerr| |Reid|Grant|Moss|Bain|Kerr|Lyall|Dunn|Fife"),
    "sy_date": ("Launch Date", DC),
    "sy_disp": ("Displacement (t)", "4200|3800|5100|2900|4500|6200|3300|4800|420|42000|5600|3950|4000|2600|4650|3000"),
    "sy_welds": ("Weld Defects", "3|0|7|1|4|0|2|9|5|1|12|3|0|6|2|8"),
    "sy_paint": ("Paint Thickness (µm)", "250|310|275|190|pending|340|#VALUE!|295||220|360|265|305|240|330"),
    "sy_hull": ("Hull Number", "HN-101|HN-102|TR-201|HN-101A|FR-330|TR-205|HN-110|FR-331|TR-201-R|XHN-101|HN-120|"
                               "TR-210|OLD TR-99|HN-130|TR-2010"),
    "sy_dock": ("Dry Dock", "Dock 1|Dock 2||Dock 1|Slip A| |Dock 3|Slip B|Dock 2|Slip A|Quay|Dock 4|Basin|Dock 5"),
    "ww_date": ("Trip Date", DD),
    "ww_sight": ("Whales Sighted", "3|0|5|2|7|1|4|9|0|6|2|11|3|8|1"),
    "ww_pax": ("Passengers", "24|38|12|45|30|38|50|18|41|27|49|33|6|36|22|20"),
    "ww_swell": ("Swell (m)", "1.2|0.8|2.5|1.6|rough|0.5|#N/A|2.1||1.9|3.0|1.1|0.9|2.7|1.4"),
    "ww_species": ("Species Logged", "Minke|Humpback|Fin Whale|Minke Whale|Orca|Sperm Whale|Pilot Whale|Dolphin|"
                                     "Dwarf Minke|Basking Shark|Risso's Dolphin|Minke x2|Sei Whale|Harbour Porpoise|"
                                     "Whale Shark"),
    "ww_skipper": ("Skipper", "Ewan|Mairi||Ewan|Calum| |Mairi|Iona|Ewan|Fraser|Calum|Kirsty|Rory|Isla"),
    "br_date": ("Ringing Date", DA),
    "br_wing": ("Wing Length (mm)", "68|72|75|64|80|71|77|59|83|70|7.5|750|66|74|79"),
    "br_mass": ("Body Mass (g)", "11.2|9.8|14.5|10.1|12.0|8.7|16.3|11.2|13.4|9.1|10.8|15.0|12.7|9.5|18.1|9"),
    "br_fat": ("Fat Score", "2|3|1|4|unscored|2|#N/A|5||3|0|1|4|2|3"),
    "br_species": ("Species", "Blue Tit|Great Tit|Robin|Blackbird|Long-tailed Tit|Wren|Dunnock|Blue Tit Juv|"
                              "American Robin|Coal Tit|Warbler sp.|Titmouse|Reed Warbler|Willow Warbler|Robin Juv"),
    "br_ring": ("Ring Series", "AB12|AB13||AB12|CD40| |AB14|CD40|EF01|AB15|CD41|EF01|AB16|GH77"),
    "bh_date": ("Pupa Delivery", DB),
    "bh_temp": ("Room Temp (°C)", "26|28|24.5|30|27|22|29.5|25|31|26.5|2.8|280|27.5|23|28.5|24"),
    "bh_eggs": ("Eggs Laid per Female", "40|25|60|32|48|55|25|70|12|38|65|29|44|51|80|50|30"),
    "bh_nectar": ("Nectar Used (ml)", "120|95|140|80|spilt|110|#DIV/0!|135||90|150|105|125|85|100"),
    "bh_species": ("Butterfly", "Blue Morpho|Owl Butterfly|Glasswing|Blue Clipper|Postman|Morpho Peleides|"
                                "Common Morpho|Tiger Longwing|Zebra Longwing|Postman Red|Longwing Hybrid|Paper Kite|"
                                "Small Postman|Atlas Moth|Emerald Swallowtail"),
    "bh_keeper": ("Keeper on Duty", "Nia|Omar||Nia|Jade| |Omar|Lea|Nia|Sol|Jade|Ines|Kai|Bea"),
    "tt_date": ("Match Date", DC),
    "tt_rating": ("Rating", "1450|1620|1380|1800|1550|1210|1700|1490|145|14500|1600|1350|1755|1520|1900"),
    "tt_wins": ("Wins", "8|12|5|15|9|12|3|18|7|10|14|2|11|6|20"),
    "tt_rubber": ("Rubber Age (weeks)", "4|12|7|20|new|9|#N/A|15||3|26|11|6|18|8"),
    "tt_player": ("Player", "Li Wei|Sam Li|Anna Lin|Ben Oliver|Lina Park|Olivia Lim|Tom Lim|Li Na|Carl Olin|"
                            "Amy Lister|Dan Park|Park Ji|Eli Parker|Nat Lim|Ollie Stone"),
    "tt_table": ("Table", "T1|T2||T1|T3| |T2|T4|T5|T1|T6|T3|T7|T8"),
    "ih_date": ("Game Date", DD),
    "ih_goals": ("Goals Scored", "3|1|5|2|0|4|6|2|7|1|3|8|2|0|4"),
    "ih_pim": ("Penalty Minutes", "2|4|0|6|2|10|4|12|0|8|2|14|4|25|6"),
    "ih_toi": ("Ice Time (min)", "18.5|22.1|15.3|24.8|scratched|20.0|#N/A|12.7||19.4|26.2|16.9|21.5|14.2|23.3"),
    "ih_pos": ("Position", "Centre|Left Wing|Right Wing|Defence|Goalie|Centre Ice|Backup Goalie|Left Defence|Wing|"
                           "Right Defence|Goalie Coach|Defence Pair|Centre Left|Enforcer|Winger"),
    "ih_line": ("Line", "L1|L2||L1|L3| |L2|L4|L1|PP1|L3|PK1|PP2|L4"),
}

ENTRIES = _joined("""
# cheerleading squad
📅 comps happening today → pink | Today() | ch_date | emoji | date
Comp Dates: Highlight Yesterday | Yesterday() | ch_date | headline | date
colour tomorrow's comps - no hang on, yesterday's - no, sorry, tomorrow's was right | Tomorrow() | ch_date
    | correction | date
I think it'd help to shade comps from the last 7 days? today included, if that's how it works | Last7Days()
    | ch_date | hedged | date
Last Week's Competitions: Grey Out | LastWeek() | ch_date | headline | date
routine scores over 8 - sorry, over 8.5 - make those gold | GreaterThan(8.5) | ch_score | correction
Routine Scores Of 9 Or More: Highlight | GreaterThanEqual(9) | ch_score | headline | boundary
maybe shade the scores from 7 up to 8.5? both ends counted, I think that's right | Between(7, 8.5) | ch_score
    | hedged | range | boundary
🏆 top 3 routine scores | Top(3) | ch_score | emoji | superlative
🎯 exactly 20 toe touches → green | Equals(20) | ch_jumps | emoji
could you colour the toe touch counts that aren't 15? I mean anything other than exactly 15, I guess
    | NotEquals(15) | ch_jumps | hedged | negation
flag toe touches under 10 or over 20 - no, over 25 - under 10 or over 25 | OR(LessThan(10), GreaterThan(25))
    | ch_jumps | correction | compound
Bottom 20% Of Toe Touches: Mark Red | BottomPercent(20) | ch_jumps | headline | superlative
📊 bars on the stunt heights | DataBar() | ch_height | emoji | visual
I'm not sure, but perhaps the stunt heights above the average ought to stand out? | AboveAverage() | ch_height
    | hedged | polarity
Stunt Height Cells Showing Errors: Orange | Errors() | ch_height | headline
anyone with Hart in the name - wait, no, Cruz - Cruz anywhere in the member name | TextContains("Cruz") | ch_member
    | correction | column-word
Members Whose Names End In "Hart": Highlight | TextEndsWith("Hart") | ch_member | headline | quoted
❌ no "hart" anywhere in the name → grey | TextNotContains("hart") | ch_member | emoji | quoted | negation
kit orders showing up more than once, maybe? I think those are repeats we should colour | Duplicates() | ch_kit | hedged
👕 empty kit order cells → red | Blanks() | ch_kit | emoji
# gymnastics club
Meets This Week (Sun-Sat): Bold | ThisWeek() | gy_date | headline | date
🗓️ next week's meets → blue | NextWeek() | gy_date | emoji | date
shade May's meets, i.e. last month - actually no, this month, June | ThisMonth() | gy_date | correction | date
hmm, I suppose mark the meets that were last month? May, I believe | LastMonth() | gy_date | hedged | date
➡️ meets in July (next month) | NextMonth() | gy_date | emoji | date
perhaps flag vaults with a d-score under 4? it's only a rough cut-off, not including 4 itself | LessThan(4)
    | gy_vault | hedged | boundary
vault d-scores of 5.5 and up, sorry, I meant 5 and up | GreaterThanEqual(5) | gy_vault | correction | boundary
🚩 vault scores outside 4–5 | NotBetween(4, 5) | gy_vault | emoji | range
Lowest 2 Vault D-Scores: Flag | Bottom(2) | gy_vault | headline | superlative | column-word
Gymnast Age Exactly 12: Highlight | Equals(12) | gy_age | headline | column-word
👶 aged 8 or under | LessThanEqual(8) | gy_age | emoji | boundary
I suppose the gymnasts older than 9 but younger than 13? not 9 or 13 themselves, if that makes sense
    | AND(GreaterThan(9), LessThan(13)) | gy_age | hedged | compound
oldest 10% - scratch that - oldest 20% of the gymnasts | TopPercent(20) | gy_age | correction | superlative
Beam Times: Colour Scale | ColorScale() | gy_beam | headline | visual
beam times above average in red - no, below average, in blue | BelowAverage() | gy_beam | correction | polarity
✔️ beam time cells without errors → green | NotErrors() | gy_beam | emoji | negation
🤸 apparatus ending in Bars | TextEndsWith("Bars") | gy_app | emoji
could you maybe mark whatever starts with the word Beam? not sure that's how to put it | TextStartsWith("Beam")
    | gy_app | hedged
just Floor - no sorry - just the cells that say exactly Vault | TextEquals("Vault") | gy_app | correction
1️⃣ fee statuses that appear only once | Unique() | gy_fee | emoji
Fee Status Filled In: Light Green | NotBlanks() | gy_fee | headline | column-word
# dermatology clinic
biopsies dated today, if that's not too much trouble? I think that's all I need | Today() | de_date | hedged | date
⏪ yesterday's biopsies | Yesterday() | de_date | emoji | date
Biopsies Due Tomorrow: Yellow | Tomorrow() | de_date | headline | date
biopsies from last week - sorry, I mean the last seven days, today included | Last7Days() | de_date | correction
    | date | number-words
🗂️ biopsies from last week (Sun–Sat) → grey | LastWeek() | de_date | emoji | date
lesions over 5 mm - no wait, over 6 mm - circle them in red | GreaterThan(6) | de_size | correction
maybe the small lesions, 3 mm or less? I think that's the cut-off we use | LessThanEqual(3) | de_size | hedged
    | boundary
📏 5 to 10 mm lesions, both ends included | Between(5, 10) | de_size | emoji | range | boundary
Largest 2 Lesions: Flag For Review | Top(2) | de_size | headline | superlative
UV Sessions Not Equal To 18: Shade | NotEquals(18) | de_uv | headline | negation | column-word
⚠️ fewer than six or more than thirty UV sessions | OR(LessThan(6), GreaterThan(30)) | de_uv | emoji | compound
    | number-words
I'd guess the bottom 20 percent of UV sessions? the patients with the fewest, I mean | BottomPercent(20) | de_uv
    | hedged | superlative
patients with under 10 UV sessions, I mean under 12 | LessThan(12) | de_uv | correction
🚦 traffic-light icons on the itch scores | IconSet() | de_itch | emoji | visual
Itch Scores Below Average: Blue | BelowAverage() | de_itch | headline | polarity
could you possibly mark the itch score cells that are showing an error instead of a number? | Errors() | de_itch
    | hedged
perhaps colour any prescription mentioning cream? wherever it is in the name, I think | TextContains("cream")
    | de_drug | hedged
💊 prescriptions that are exactly Clobetasol, nothing else | TextEquals("Clobetasol") | de_drug | emoji
everything except the Emollient ones - wait, I mean everything except what starts with Clobetasol
    | NOT(TextStartsWith("Clobetasol")) | de_drug | correction | negation
Referrers Listed More Than Once: Orange | Duplicates() | de_ref | headline
the filled referrals - no, the empty ones, the blank referred-by cells | Blanks() | de_ref | correction | column-word
# cardiology ward
echoes next week - no, this week, Sunday to Saturday | ThisWeek() | ca_date | correction | date
I believe we want the echoes booked for next week? the week after this one, if I've got it right | NextWeek()
    | ca_date | hedged | date
Echoes From Last Month (May): Grey | LastMonth() | ca_date | headline | date
🫀 echoes this month | ThisMonth() | ca_date | emoji | date
probably the July echoes, so next month? only if it's no bother | NextMonth() | ca_date | hedged | date
💓 resting HR of 100 bpm or more | GreaterThanEqual(100) | ca_hr | emoji | boundary
Resting HR Below 50: Flag | LessThan(50) | ca_hr | headline
could you mark the heart rates outside 60 to 100? I'd count 60 and 100 themselves as normal, I think
    | NotBetween(60, 100) | ca_hr | hedged | range
lowest 2 resting rates - no, lowest 3 | Bottom(3) | ca_hr | correction | superlative
EF Of Exactly 40%: Highlight | Equals(0.4) | ca_ef | headline | number-format
🟡 EF from 40% up to but not incl. 50% | AND(GreaterThanEqual(0.4), LessThan(0.5)) | ca_ef | emoji | compound
    | number-format
maybe the top 20% of ejection fractions? the best ones, I suppose | TopPercent(20) | ca_ef | hedged | superlative
EF over 60%, sorry, over 55% | GreaterThan(0.55) | ca_ef | correction | number-format
I think a colour scale on the troponin column would work? if that's the right tool | ColorScale() | ca_trop
    | hedged | visual | column-word
icons on troponin - no, data bars instead | DataBar() | ca_trop | correction | visual
⬆️ troponin above average | AboveAverage() | ca_trop | emoji | polarity
Troponin Cells That Aren't Errors: Green | NotErrors() | ca_trop | headline | negation
💊 meds starting with Aspirin | TextStartsWith("Aspirin") | ca_med | emoji
the meds ending in mg, maybe? where the dose is written right at the end | TextEndsWith("mg") | ca_med | hedged
grey out the meds with 'olol' - no, the ones without 'pril' in them | TextNotContains("pril") | ca_med | correction
    | quoted | negation
Bed Numbers Listed Once Only: Light Blue | Unique() | ca_bed | headline
🛏️ non-empty bed cells → green | NotBlanks() | ca_bed | emoji
# midwifery team
possibly the babies due today? I'm not completely sure that's what the lead wants | Today() | mw_date | hedged | date
🍼 due yesterday | Yesterday() | mw_date | emoji | date
Due Tomorrow: Highlight | Tomorrow() | mw_date | headline | date
due dates in last week - sorry, the last 7 days up to today | Last7Days() | mw_date | correction | date
🔙 due dates that fell last week → lilac | LastWeek() | mw_date | emoji | date
perhaps the big babies, over 4,000 g? I'm not a midwife, so I'm guessing the line | GreaterThan(4000) | mw_weight
    | hedged | number-format
Birth Weight Under 2500 g: Red | LessThan(2500) | mw_weight | headline | column-word
between 3 and 4 kilos - hmm, no, 3,000 to 3,500 g, ends included | Between(3000, 3500) | mw_weight | correction
    | number-format | range
⬆️ heaviest 4 babies | Top(4) | mw_weight | emoji | superlative
🎱 apgar of exactly 8 | Equals(8) | mw_apgar | emoji
apgars other than 10 - no, other than 9 | NotEquals(9) | mw_apgar | correction | negation
maybe the middling apgars, 7 or more but under 9? I think that's the band | AND(GreaterThanEqual(7), LessThan(9))
    | mw_apgar | hedged | compound
Lowest 20% Of Apgar Scores: Flag | BottomPercent(20) | mw_apgar | headline | superlative
colour scale on blood loss - no wait, icons, an icon set | IconSet() | mw_loss | correction | visual
I suppose the blood-loss figures higher than the average should show? not certain | AboveAverage() | mw_loss
    | hedged | polarity
⚠️ blood loss errors → orange | Errors() | mw_loss | emoji
Mothers With Names Ending In Bell: Pink | TextEndsWith("Bell") | mw_mother | headline
🔎 "moor" anywhere in the name | TextContains("moor") | mw_mother | emoji | quoted
could you perhaps colour every mother's name that doesn't begin with Bell? I think that's what I'm after
    | NOT(TextStartsWith("Bell")) | mw_mother | hedged | negation
birth rooms used once - no, the repeats, the duplicated rooms | Duplicates() | mw_room | correction
maybe shade the birth room cells nobody filled in? the empty ones, I mean | Blanks() | mw_room | hedged
# cranberry bog
🌊 floods this week | ThisWeek() | cr_date | emoji | date
Floods Scheduled Next Week: Blue | NextWeek() | cr_date | headline | date
floods from this month - no, last month, so May | LastMonth() | cr_date | correction | date
I'd say the floods this month, June, should stand out? unless that's everything | ThisMonth() | cr_date | hedged | date
Floods Planned For Next Month: Teal | NextMonth() | cr_date | headline | date
300 barrels an acre or more - no, hold on, 250 or more | GreaterThanEqual(250) | cr_yield | correction | boundary
maybe the poor beds, 150 barrels or fewer? that seems like the right line to me | LessThanEqual(150) | cr_yield
    | hedged | boundary
Yield Outside 200-300 Barrels: Flag | NotBetween(200, 300) | cr_yield | headline | range | column-word
🥇 the single best yield | Top(1) | cr_yield | emoji | superlative
I think we'd want every brix reading that isn't exactly 8.1? sorry, that's oddly specific | NotEquals(8.1)
    | cr_brix | hedged | negation
🍒 brix under 6.5 or above 9 | OR(LessThan(6.5), GreaterThan(9)) | cr_brix | emoji | compound
Sweetest 20% By Brix: Gold | TopPercent(20) | cr_brix | headline | superlative
brix of exactly 8 - no, exactly 9 | Equals(9) | cr_brix | correction
🌈 colour scale on rot % | ColorScale() | cr_rot | emoji | visual
rot above average - no, below average - in green | BelowAverage() | cr_rot | correction | polarity
perhaps colour the rot cells that aren't showing an error? I think that's what's wanted | NotErrors() | cr_rot
    | hedged | negation
Varieties Starting With Early: Highlight | TextStartsWith("Early") | cr_var | headline
varieties ending in Black - sorry, ending in Queen | TextEndsWith("Queen") | cr_var | correction
🎯 variety exactly "Stevens" | TextEquals("Stevens") | cr_var | emoji | quoted
maybe the bed numbers that only turn up once? if that's a thing you can do | Unique() | cr_bed | hedged
blank bed numbers - no, the opposite, the ones that are filled in | NotBlanks() | cr_bed | correction
# tea plantation
Plucking Today: Green | Today() | tp_date | headline | date
yesterday's plucking - wait, no, actually yes, yesterday's is right | Yesterday() | tp_date | correction | date
🌅 plucking tomorrow | Tomorrow() | tp_date | emoji | date
Plucked In The Last 7 Days: Highlight | Last7Days() | tp_date | headline | date
I suppose the plucking dates from last week? Sunday to Saturday, the week before this one | LastWeek() | tp_date
    | hedged | date
maybe the good pluckers, over 45 kg? not 45 itself, I think | GreaterThan(45) | tp_kg | hedged | boundary
🐢 under 35 kg plucked | LessThan(35) | tp_kg | emoji
40 to 60 kg - sorry, 40 to 50, both ends in | Between(40, 50) | tp_kg | correction | range | boundary
Lowest 2 Pluckers By Kg: Flag | Bottom(2) | tp_kg | headline | superlative
I guess the grade points that are exactly 3? if that's not too odd | Equals(3) | tp_grade | hedged
🍃 grade points above 1 but below 4 | AND(GreaterThan(1), LessThan(4)) | tp_grade | emoji | compound
Bottom 20% Of Grade Points: Grey | BottomPercent(20) | tp_grade | headline | superlative | column-word
grade points that aren't 5 - sorry - that aren't 4 | NotEquals(4) | tp_grade | correction | negation
Moisture: Data Bars | DataBar() | tp_moist | headline | visual
perhaps icons on moisture? arrows or traffic lights, whichever's easiest, I don't mind | IconSet() | tp_moist
    | hedged | visual
moisture below average - no, above average - in red | AboveAverage() | tp_moist | correction | polarity
❗ moisture cells with errors | Errors() | tp_moist | emoji
🏞️ any block with Valley in its name | TextContains("Valley") | tp_block | emoji
I'm guessing the blocks that start with Hill? just the start of the name, I mean | TextStartsWith("Hill")
    | tp_block | hedged
every block except Valley - no, except the one called just Ridge | NOT(TextEquals("Ridge")) | tp_block | correction
    | negation
👯 pickers entered twice or more | Duplicates() | tp_picker | emoji
Picker Cells Left Blank: Red | Blanks() | tp_picker | headline
# hop farm
perhaps the hop harvests this week? Sunday through Saturday, I think | ThisWeek() | hf_date | hedged | date
harvests this week - no wait, next week | NextWeek() | hf_date | correction | date
🍂 harvested last month | LastMonth() | hf_date | emoji | date
Harvest Dates This Month: Yellow | ThisMonth() | hf_date | headline | date
📆 harvests next month (July) | NextMonth() | hf_date | emoji | date
Alpha Acid 12% Or Higher: Gold | GreaterThanEqual(0.12) | hf_alpha | headline | number-format | boundary
maybe the low-alpha lots, 7.5% or under? I think that's the usual line | LessThanEqual(0.075) | hf_alpha | hedged
    | number-format
outside 8-12% - no, outside 9 to 13 percent | NotBetween(0.09, 0.13) | hf_alpha | correction | range | number-format
🔝 top 3 alpha acids | Top(3) | hf_alpha | emoji | superlative
🚫 bines per hill other than 3 | NotEquals(3) | hf_bines | emoji | negation
Bines Below 3 Or Above 4: Flag | OR(LessThan(3), GreaterThan(4)) | hf_bines | headline | compound
I suppose the top 20% of hills by bine count? the most crowded ones | TopPercent(20) | hf_bines | hedged | superlative
hills with more than 3 bines - sorry, more than 4 | GreaterThan(4) | hf_bines | correction
📊 oil content as data bars | DataBar() | hf_oil | emoji | visual
probably the below-average oil readings? if average means the mean | BelowAverage() | hf_oil | hedged | polarity
the oil cells with errors - no, the ones that aren't errors | NotErrors() | hf_oil | correction | negation
I think hop varieties ending in Goldings? at the very end of the name | TextEndsWith("Goldings") | hf_var | hedged
🙅 varieties without "gold" in them | TextNotContains("gold") | hf_var | emoji | quoted | negation
Every Variety Not Starting With Fuggle: Grey | NOT(TextStartsWith("Fuggle")) | hf_var | headline | negation
kilns used more than once - no, the ones used just once | Unique() | hf_kiln | correction
Kiln Cells Not Empty: Green | NotBlanks() | hf_kiln | headline
# egg farm
collections from yesterday - sorry, today's | Today() | ef_date | correction | date
perhaps yesterday's collections? if it's not a hassle | Yesterday() | ef_date | hedged | date
🧺 collecting tomorrow | Tomorrow() | ef_date | emoji | date
🕖 collections in the last 7 days | Last7Days() | ef_date | emoji | date
Collections Last Week: Grey | LastWeek() | ef_date | headline | date
🥚 more than 1,050 eggs | GreaterThan(1050) | ef_eggs | emoji | number-format
maybe the slow days, under 900 eggs? give or take, but let's say strictly under | LessThan(900) | ef_eggs | hedged
Eggs Laid Between 950 And 1050: Green | Between(950, 1050) | ef_eggs | headline | range | column-word
worst day, singular - actually the worst 3 days for eggs | Bottom(3) | ef_eggs | correction | superlative
Exactly 2 Cracked: Highlight | Equals(2) | ef_cracked | headline
more than three but fewer than ten cracked, perhaps? I'm not sure of the exact band but that'll do
    | AND(GreaterThan(3), LessThan(10)) | ef_cracked | hedged | compound | number-words
⬇️ lowest 20% of cracked counts | BottomPercent(20) | ef_cracked | emoji | superlative
ten or more cracked - no, 12 or more | GreaterThanEqual(12) | ef_cracked | correction | number-words | boundary
Shed Temperatures: Icon Set | IconSet() | ef_temp | headline | visual
🌡️ colour scale on shed temp | ColorScale() | ef_temp | emoji | visual
below-average sheds - no, above average ones - orange | AboveAverage() | ef_temp | correction | polarity
perhaps mark the shed temp cells that show an Excel error? if there are any | Errors() | ef_temp | hedged
🏠 sheds whose name starts with Shed | TextStartsWith("Shed") | ef_shed | emoji
shed names ending in Annex - sorry, ending in Barn | TextEndsWith("Barn") | ef_shed | correction
All Sheds Except Shed A: Grey | NOT(TextEquals("Shed A")) | ef_shed | headline | negation
Breeds In More Than One Row: Orange | Duplicates() | ef_breed | headline
mark breed cells that say Warren - scrap that, mark the empty ones | Blanks() | ef_breed | correction
# ostrich farm
Hatch Dates This Week: Highlight | ThisWeek() | of_date | headline | date
🐣 hatching next week | NextWeek() | of_date | emoji | date
maybe the hatches from last month? May, if I've got my months right | LastMonth() | of_date | hedged | date
hatches next month - no, this month | ThisMonth() | of_date | correction | date
Next Month's Hatches: Blue | NextMonth() | of_date | headline | date
Birds 130 kg Or Heavier: Flag | GreaterThanEqual(130) | of_weight | headline | boundary
🪶 90 kg or lighter | LessThanEqual(90) | of_weight | emoji | boundary
perhaps the birds outside 100-150 kg? with 100 and 150 counting as inside, I suppose | NotBetween(100, 150)
    | of_weight | hedged | range
heaviest bird - no, the heaviest two birds | Top(2) | of_weight | correction | superlative
hens without 14 eggs - wait, I meant any egg count but 22 | NotEquals(22) | of_eggs | correction | negation
🥚 under 10 eggs or 35+ | OR(LessThan(10), GreaterThanEqual(35)) | of_eggs | emoji | compound
Top 20% Layers: Gold | TopPercent(20) | of_eggs | headline | superlative
I think hens on 15 eggs or fewer? if I'm reading the target right | LessThanEqual(15) | of_eggs | hedged | boundary
data bars on feather yield - no, a colour scale | ColorScale() | of_feather | correction | visual
🔻 feather yield below average | BelowAverage() | of_feather | emoji | polarity
maybe colour the feather cells that don't have an error in them? I think that's the ask | NotErrors() | of_feather
    | hedged | negation
Pen 4 Exactly: Highlight | TextEquals("Pen 4") | of_pen | headline
pens with North anywhere in the name, perhaps? I'm not fussy where | TextContains("North") | of_pen | hedged
🌾 pens ending in Paddock | TextEndsWith("Paddock") | of_pen | emoji
🧍 keepers who appear just once | Unique() | of_keeper | emoji
keeper cells that are empty - no, the non-empty ones | NotBlanks() | of_keeper | correction
# deer farm
✂️ velvet cut today | Today() | df_date | emoji | date
Velvet Cut Yesterday: Grey | Yesterday() | df_date | headline | date
perhaps the velvet cuts booked for tomorrow? I think that's the day the buyer comes | Tomorrow() | df_date | hedged
    | date
7️⃣ cut in the last 7 days | Last7Days() | df_date | emoji | date
cuts in the last 7 days - no, last week, the Sunday-to-Saturday one | LastWeek() | df_date | correction | date
Antler Weight Over 3.5 kg: Gold | GreaterThan(3.5) | df_antler | headline | column-word
maybe the light sets, under 2.2 kg? not counting 2.2 itself | LessThan(2.2) | df_antler | hedged | boundary
🦌 antlers 2.5–4 kg (incl.) | Between(2.5, 4) | df_antler | emoji | range | boundary
top 5 antlers - sorry, top 3 | Top(3) | df_antler | correction | superlative
5️⃣ hinds aged exactly 5 | Equals(5) | df_age | emoji
Hinds Under 3 Or Over 12: Review | OR(LessThan(3), GreaterThan(12)) | df_age | headline | compound
youngest 10% - no, youngest 20% of the hinds | BottomPercent(20) | df_age | correction | superlative
I think hinds of 10 or older? our vet says that's when they slow down | GreaterThanEqual(10) | df_age | hedged
    | boundary
🔺🔻 icon set on velvet price | IconSet() | df_velvet | emoji | visual
Velvet Prices Below Average: Blue | BelowAverage() | df_velvet | headline | polarity
velvet prices that are blank - no, I mean the error cells | Errors() | df_velvet | correction
perhaps the Irish tags, the ones starting IE? I think that's how they're coded | TextStartsWith("IE") | df_tag | hedged
🔍 tags containing 077 | TextContains("077") | df_tag | emoji
Tags Not Starting With UK: Orange | NOT(TextStartsWith("UK")) | df_tag | headline | negation
🔁 paddocks listed more than once | Duplicates() | df_field | emoji
perhaps the paddock cells that are empty? or just spaces, those too, I suppose | Blanks() | df_field | hedged
# bison ranch
🩺 vet visits this week | ThisWeek() | bi_date | emoji | date
Vet Visits Next Week: Blue | NextWeek() | bi_date | headline | date
visits this month - scratch that - last month's | LastMonth() | bi_date | correction | date
I'd guess the vet visits this month? June, that is | ThisMonth() | bi_date | hedged | date
🗓️ vet visits next month | NextMonth() | bi_date | emoji | date
2,100 lb or more - no, 2,000 or more | GreaterThanEqual(2000) | bi_weight | correction | number-format | boundary
maybe the lighter bulls, 1600 lb or under? I'm not sure that's the right number but let's go with it
    | LessThanEqual(1600) | bi_weight | hedged | boundary
🦬 bull weights outside 1700–2100 lb | NotBetween(1700, 2100) | bi_weight | emoji | range
Lightest 2 Bulls: Flag | Bottom(2) | bi_weight | headline | superlative
Calving Interval Not 365 Days: Shade | NotEquals(365) | bi_calving | headline | negation | column-word
I suppose intervals above 380 days, up to 410 at most? | AND(GreaterThan(380), LessThanEqual(410)) | bi_calving
    | hedged | compound | boundary
⏳ longest 20% calving intervals | TopPercent(20) | bi_calving | emoji | superlative
intervals under 365 - wait, under 360 | LessThan(360) | bi_calving | correction
perhaps data bars on the hide grade scores? I've not used them before | DataBar() | bi_hide | hedged | visual
Hide Scores Above Average: Green | AboveAverage() | bi_hide | headline | polarity
✅ hide scores without errors | NotErrors() | bi_hide | emoji | negation
herds called North Herd - no, just plain North, exactly that | TextEquals("North") | bi_herd | correction
🚪 herd names ending in Pen | TextEndsWith("Pen") | bi_herd | emoji
I think every herd without Range in its name? those are the ones I look after | TextNotContains("Range") | bi_herd
    | hedged | negation
Handlers Appearing Once: Highlight | Unique() | bi_hand | headline
maybe every handler cell that isn't empty? I believe that's the lot | NotBlanks() | bi_hand | hedged
# silk farm
Hatching Today: Highlight | Today() | sf_date | headline | date
🐛 hatched yesterday | Yesterday() | sf_date | emoji | date
hatching today - no, tomorrow | Tomorrow() | sf_date | correction | date
hatches within the last seven days, maybe? counting today, I believe | Last7Days() | sf_date | hedged | date
    | number-words
⏮️ hatched last week | LastWeek() | sf_date | emoji | date
🐛 cocoons over 2 g | GreaterThan(2) | sf_cocoon | emoji
Cocoons Lighter Than 1.7 g: Flag | LessThan(1.7) | sf_cocoon | headline
1.5 to 2 g - sorry, 1.8 to 2.2 g, inclusive | Between(1.8, 2.2) | sf_cocoon | correction | range | boundary
perhaps the 4 heaviest cocoons? that's what I'd want, I think | Top(4) | sf_cocoon | hedged | superlative
🎯 shell ratio exactly 24% | Equals(0.24) | sf_shell | emoji | number-format | column-word
Shell Ratio Below 19% Or Above 26%: Review | OR(LessThan(0.19), GreaterThan(0.26)) | sf_shell | headline | compound
    | number-format
I think the lowest 20% of shell ratios? not totally sure that's the measure they want | BottomPercent(20)
    | sf_shell | hedged | superlative
ratios other than 24% - sorry, other than 20% | NotEquals(0.2) | sf_shell | correction | negation | number-format
possibly a colour scale on denier? I've seen that done somewhere | ColorScale() | sf_denier | hedged | visual
Denier: Icon Set | IconSet() | sf_denier | headline | visual
⬇️ denier below average | BelowAverage() | sf_denier | emoji | polarity
denier cells that say broken - no, the actual Excel error cells | Errors() | sf_denier | correction
Races Containing 'voltine': Highlight | TextContains("voltine") | sf_race | headline | quoted
🟡 race names ending in Gold | TextEndsWith("Gold") | sf_race | emoji
everything except CSR4 - no, except anything ending in CSR2 | NOT(TextEndsWith("CSR2")) | sf_race | correction
    | negation
houses listed once - no, the ones listed more than once | Duplicates() | sf_house | correction
⬜ empty rearing house cells | Blanks() | sf_house | emoji
# paper mill
reels this week - sorry, that's wrong - reels this week is right after all | ThisWeek() | pm_date | correction | date
maybe the reels planned for next week? if the dates are in yet | NextWeek() | pm_date | hedged | date
Reels From Last Month: Grey | LastMonth() | pm_date | headline | date
🧻 reels this month | ThisMonth() | pm_date | emoji | date
next week's reels - no, next month's | NextMonth() | pm_date | correction | date
I think the heavier grades, 100 gsm and up? including 100 itself | GreaterThanEqual(100) | pm_gsm | hedged | boundary
🪶 70 gsm or lighter | LessThanEqual(70) | pm_gsm | emoji | boundary
outside 80-100 - no, outside 80 to 120 gsm | NotBetween(80, 120) | pm_gsm | correction | range
Heaviest 2 Grammages: Bold | Top(2) | pm_gsm | headline | superlative
☝️ exactly one web break | Equals(1) | pm_breaks | emoji | number-words
Web Breaks Above 2 And Below 8: Amber | AND(GreaterThan(2), LessThan(8)) | pm_breaks | headline | compound | column-word
maybe the worst 20% of reels for breaks? the highest counts, I mean | TopPercent(20) | pm_breaks | hedged | superlative
more than 3 breaks - sorry, more than 5 | GreaterThan(5) | pm_breaks | correction
Brightness: Data Bars | DataBar() | pm_bright | headline | visual
perhaps brightness readings above the average? I believe that means the mean | AboveAverage() | pm_bright | hedged
    | polarity
errors in brightness - no wait, everything that isn't an error | NotErrors() | pm_bright | correction | negation
📦 grade exactly Kraft | TextEquals("Kraft") | pm_grade | emoji
Grades Beginning With Bond: Cream | TextStartsWith("Bond") | pm_grade | headline
grades with 'art' in - no, with 'coated' in | TextContains("coated") | pm_grade | correction | quoted
could you maybe mark the shift leads who only appear the one time? | Unique() | pm_shift | hedged
✍️ shift lead cells that aren't blank | NotBlanks() | pm_shift | emoji | negation
# shipyard
I suppose the launches today? if there are any | Today() | sy_date | hedged | date
launches tomorrow - no, yesterday | Yesterday() | sy_date | correction | date
Launches Tomorrow: Highlight | Tomorrow() | sy_date | headline | date
🚀 launched in the last 7 days | Last7Days() | sy_date | emoji | date
Launches Last Week: Grey | LastWeek() | sy_date | headline | date
over 5,000 tonnes - no, over 4,500 | GreaterThan(4500) | sy_disp | correction | number-format
Displacement Under 3000 t: Blue | LessThan(3000) | sy_disp | headline | column-word
⚓ 4000–5000 t, inclusive | Between(4000, 5000) | sy_disp | emoji | range | boundary
the two lightest hulls, maybe? I think that's what the yard manager asked | Bottom(2) | sy_disp | hedged
    | superlative | number-words
Exactly 3 Weld Defects: Amber | Equals(3) | sy_welds | headline
🔧 under 2 defects or over 8 | OR(LessThan(2), GreaterThan(8)) | sy_welds | emoji | compound
maybe the cleanest 20%, fewest weld defects? I'm guessing that's the bottom end | BottomPercent(20) | sy_welds
    | hedged | superlative
defects of 2 or fewer - no, 1 or fewer | LessThanEqual(1) | sy_welds | correction | boundary
data bars on paint - no, an icon set | IconSet() | sy_paint | correction | visual
maybe paint thicknesses under the average? thin spots, I'd guess | BelowAverage() | sy_paint | hedged | polarity
Paint Readings With Errors: Red | Errors() | sy_paint | headline
🚢 hulls starting TR- | TextStartsWith("TR-") | sy_hull | emoji
just HN-102 - no, exactly HN-101 | TextEquals("HN-101") | sy_hull | correction
Hulls Not Starting With HN: Grey | NOT(TextStartsWith("HN")) | sy_hull | headline | negation
I think some docks are down more than once? colour those, maybe | Duplicates() | sy_dock | hedged
🫙 blank dock cells | Blanks() | sy_dock | emoji
# whale-watching tours
Trips This Week: Highlight | ThisWeek() | ww_date | headline | date
maybe next week's trips? the ones we still need crew for, I think | NextWeek() | ww_date | hedged | date
🐳 trips last month | LastMonth() | ww_date | emoji | date
trips next month - no, sorry, this month | ThisMonth() | ww_date | correction | date
perhaps the July trips, next month's? if that's easy enough | NextMonth() | ww_date | hedged | date
🐋 more than six whales | GreaterThan(6) | ww_sight | emoji | number-words
Fewer Than 2 Whales Sighted: Grey | LessThan(2) | ww_sight | headline | column-word
3 to 5 whales - no, 3 to 6, both included | Between(3, 6) | ww_sight | correction | range | boundary
the two best trips for whales, perhaps? most sightings, I mean | Top(2) | ww_sight | hedged | superlative | number-words
trips with exactly 50 passengers - sorry, exactly 45 | Equals(45) | ww_pax | correction
🎟️ 30 up to (but not) 45 passengers | AND(GreaterThanEqual(30), LessThan(45)) | ww_pax | emoji | compound | boundary
Busiest 20% Of Trips: Gold | TopPercent(20) | ww_pax | headline | superlative
maybe the quiet trips, under 20 passengers? barely worth running | LessThan(20) | ww_pax | hedged
Swell Heights: Colour Scale | ColorScale() | ww_swell | headline | visual
📊 data bars for the swell | DataBar() | ww_swell | emoji | visual
I suppose the swells above average? the choppy days, I guess | AboveAverage() | ww_swell | hedged | polarity
swell cells with errors - no, the ones without errors | NotErrors() | ww_swell | correction | negation
Species Ending In Whale: Blue | TextEndsWith("Whale") | ww_species | headline
species starting with Humpback - sorry, with Minke | TextStartsWith("Minke") | ww_species | correction
🐬🚫 species without Dolphin | TextNotContains("Dolphin") | ww_species | emoji | negation
🧭 skippers who appear once | Unique() | ww_skipper | emoji
Skipper Cells Filled: Green | NotBlanks() | ww_skipper | headline
# bird-ringing station
🐦 ringed today | Today() | br_date | emoji | date
perhaps yesterday's ringing? I think that's the batch they asked about | Yesterday() | br_date | hedged | date
Ringing Sessions Tomorrow: Yellow | Tomorrow() | br_date | headline | date
the last 30 days - sorry, just the last 7 days | Last7Days() | br_date | correction | date
maybe last week's sessions? the week before this one, Sunday to Saturday I assume | LastWeek() | br_date | hedged | date
Wing Length 75 mm Or Longer: Highlight | GreaterThanEqual(75) | br_wing | headline | boundary | column-word
maybe the short-winged ones, 66 mm or less? I'd include 66 | LessThanEqual(66) | br_wing | hedged | boundary
🪶 wings outside 65–80 mm | NotBetween(65, 80) | br_wing | emoji | range
shortest 2 wings - no, shortest 3 | Bottom(3) | br_wing | correction | superlative
≠ 11.2 g → shade it 🎨 | NotEquals(11.2) | br_mass | emoji | negation
Mass Under 9 g Or Over 15 g: Check | OR(LessThan(9), GreaterThan(15)) | br_mass | headline | compound
heaviest 20% - no, lightest 20% | BottomPercent(20) | br_mass | correction | superlative
I'd guess birds of 12 g and up? roughly the heavier ones | GreaterThanEqual(12) | br_mass | hedged | boundary
🟢🟡🔴 icons on fat score | IconSet() | br_fat | emoji | visual
fat scores above the average - no, below it | BelowAverage() | br_fat | correction | polarity
Fat Score Errors: Orange | Errors() | br_fat | headline | column-word
🐦 species ending in Tit | TextEndsWith("Tit") | br_species | emoji
I think anything with Warbler in it? reed, willow, whatever kind | TextContains("Warbler") | br_species | hedged
All Species Except Plain Robin: Grey | NOT(TextEquals("Robin")) | br_species | headline | negation
Ring Numbers Used Twice: Red | Duplicates() | br_ring | headline
perhaps the ring cells with nothing in them? blanks or just a space | Blanks() | br_ring | hedged
# butterfly house
perhaps the pupa deliveries this week? the current Sunday-to-Saturday | ThisWeek() | bh_date | hedged | date
📦 deliveries next week | NextWeek() | bh_date | emoji | date
Deliveries Last Month: Grey | LastMonth() | bh_date | headline | date
🦋 deliveries this month | ThisMonth() | bh_date | emoji | date
deliveries next week - no, next month | NextMonth() | bh_date | correction | date
room temp above 30 - no, above 28 | GreaterThan(28) | bh_temp | correction
🥶 under 24 °C | LessThan(24) | bh_temp | emoji
Room Temp 25–28 °C (Inclusive): Green | Between(25, 28) | bh_temp | headline | range | boundary
maybe the three hottest readings? that's when the blues go quiet, I think | Top(3) | bh_temp | hedged | superlative
    | number-words
I suppose the females with exactly 60 eggs? oddly round number | Equals(60) | bh_eggs | hedged
over 30 and up to 60 - no, up to 50 | AND(GreaterThan(30), LessThanEqual(50)) | bh_eggs | correction | compound
🦋 top 20% egg layers | TopPercent(20) | bh_eggs | emoji | superlative
25 Eggs Or Fewer: Grey | LessThanEqual(25) | bh_eggs | headline | boundary
icons on nectar used, maybe? whatever looks tidiest | IconSet() | bh_nectar | hedged | visual
⬆️ nectar above average | AboveAverage() | bh_nectar | emoji | polarity
Nectar Cells Without Errors: Green | NotErrors() | bh_nectar | headline | negation
anything with Longwing - sorry, with Morpho in the name | TextContains("Morpho") | bh_species | correction
🐯 butterflies ending Longwing | TextEndsWith("Longwing") | bh_species | emoji
Butterfly: Exactly Postman | TextEquals("Postman") | bh_species | headline | column-word
keepers on more than one row - no, those on just one | Unique() | bh_keeper | correction
perhaps the keeper cells that have something in them? | NotBlanks() | bh_keeper | hedged
# table tennis club
matches tomorrow - no, today | Today() | tt_date | correction | date
🏓 matches yesterday | Yesterday() | tt_date | emoji | date
perhaps tomorrow's matches? in case anyone needs reminding | Tomorrow() | tt_date | hedged | date
Matches In The Last 7 Days: Highlight | Last7Days() | tt_date | headline | date
⏪ matches last week | LastWeek() | tt_date | emoji | date
perhaps players rated over 1600? I wouldn't count 1600 itself | GreaterThan(1600) | tt_rating | hedged | boundary
1,400 or below - no, 1,350 or below | LessThanEqual(1350) | tt_rating | correction | number-format | boundary
🏓 ratings outside 1400–1700 | NotBetween(1400, 1700) | tt_rating | emoji | range
Top 2 Ratings: Gold | Top(2) | tt_rating | headline | superlative
🔘 wins other than 12 | NotEquals(12) | tt_wins | emoji | negation
maybe players on 3 wins or fewer, or 18 or more? the extremes | OR(LessThanEqual(3), GreaterThanEqual(18))
    | tt_wins | hedged | compound
Bottom 20% By Wins: Review | BottomPercent(20) | tt_wins | headline | superlative
exactly 12 wins - no, exactly 10 | Equals(10) | tt_wins | correction
a colour scale on rubber age - no, data bars | DataBar() | tt_rubber | correction | visual
maybe the rubbers younger than average? below the average age, I mean | BelowAverage() | tt_rubber | hedged | polarity
🟥 rubber age errors | Errors() | tt_rubber | emoji
🔠 players starting with Li | TextStartsWith("Li") | tt_player | emoji
I think the players whose names end in Park? surname at the end | TextEndsWith("Park") | tt_player | hedged
Players Whose Names Don't End In Li: Grey | NOT(TextEndsWith("Li")) | tt_player | headline | negation
♻️ tables booked more than once | Duplicates() | tt_table | emoji
Table Column Blanks: Red | Blanks() | tt_table | headline | column-word
# ice hockey team
🏒 games this week | ThisWeek() | ih_date | emoji | date
games this week - no, next week | NextWeek() | ih_date | correction | date
maybe the games from last month? May, I think | LastMonth() | ih_date | hedged | date
Games This Month: Highlight | ThisMonth() | ih_date | headline | date
🗓️ games next month | NextMonth() | ih_date | emoji | date
Games With 5+ Goals: Green | GreaterThanEqual(5) | ih_goals | headline | boundary
maybe the low-scoring games, under 2 goals? so 0 or 1 | LessThan(2) | ih_goals | hedged
🥅 2–4 goals, incl. | Between(2, 4) | ih_goals | emoji | range | boundary
top 3 scoring games - no, just the single top one | Top(1) | ih_goals | correction | superlative
🟨 exactly 10 PIM | Equals(10) | ih_pim | emoji
PIM Over 4 Up To 12: Amber | AND(GreaterThan(4), LessThanEqual(12)) | ih_pim | headline | compound
maybe the worst 20% for penalty minutes? the highest ones | TopPercent(20) | ih_pim | hedged | superlative
more than 10 minutes - sorry, more than 12 | GreaterThan(12) | ih_pim | correction
icons on ice time - no, a colour scale | ColorScale() | ih_toi | correction | visual
Ice Time Above Average: Blue | AboveAverage() | ih_toi | headline | polarity
✔️ ice times that aren't errors | NotErrors() | ih_toi | emoji | negation
I think just the ones that say Goalie exactly? not the coach or the backup | TextEquals("Goalie") | ih_pos | hedged
🛡️ any position with Defence in it | TextContains("Defence") | ih_pos | emoji
positions with Wing - no, without Wing | TextNotContains("Wing") | ih_pos | correction | negation
maybe mark the lines that only show up once? | Unique() | ih_line | hedged
Line Cells Not Blank: Green | NotBlanks() | ih_line | headline | negation
# added for the typo and odd-case tags (and more TextNotContains), before any record's half was looked at
shade teh pens without "Pen" - no wait, without "North" | TextNotContains("North") | of_pen | correction | typo
    | quoted | negation
SILK RACES WITHOUT 'CSR': Grey | TextNotContains("CSR") | sf_race | headline | odd-case | quoted | negation
mayeb the brix readings of 8.6 or highr? i think thats the cut | GreaterThanEqual(8.6) | cr_brix | hedged | typo
    | boundary
🔥 ROOM TEMP 31 OR HOTTER | GreaterThanEqual(31) | bh_temp | emoji | odd-case | boundary
bloks without 'Hill' in tehm, maybe? if that makes sense | TextNotContains("Hill") | tp_block | hedged | typo
    | quoted | negation
ear tags WITHOUT uk in them - no, WITHOUT ie | TextNotContains("IE") | df_tag | correction | odd-case | negation
🦌 hinds agde 7 or yonger | LessThanEqual(7) | df_age | emoji | typo | boundary
TOP 3 PASSENGER COUNTS: gold | Top(3) | ww_pax | headline | odd-case | superlative
""")


# The set files written before this one. A set file written beside this one (seventeenth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "eleventh_cf.json",
              "eleventh_tables.json", "everyday_cf.json", "everyday_tables.json", "fifteenth_cf.json",
              "fifteenth_tables.json", "fifth_cf.json", "fifth_tables.json", "forum_tables.json",
              "fourteenth_cf.json", "fourteenth_tables.json", "fourth_cf.json", "fourth_tables.json",
              "fresh_cf.json", "fresh_tables.json", "ninth_cf.json", "ninth_tables.json", "plain_cf.json",
              "posts_tables.json", "seventh_cf.json", "seventh_tables.json", "sixteenth_cf.json",
              "sixteenth_tables.json", "sixth_cf.json", "sixth_tables.json", "spoken_cf.json",
              "template_tables.json", "tenth_cf.json", "tenth_tables.json", "third_cf.json", "third_tables.json",
              "thirteenth_cf.json", "thirteenth_tables.json", "twelfth_cf.json", "twelfth_tables.json",
              "web_cf.json")


column_sets.bind(globals(), SEVENTEENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
