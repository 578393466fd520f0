"""A tenth independent set of one-column CF requests, and the builder of tenth_cf.json.

Written from scratch (2026-12-06, engineer E10) as a new independent evaluation set: every older
one-column set has been tuned on or read. The requests imagine spreadsheet users of twenty domains
no earlier set used, on this set's own columns (a lighthouse museum, a taxidermist, a circus
school, a pigeon racing loft, a rowing club, an orienteering club, a mountain rescue team, a llama
trekking farm, a hot sauce maker, a bookbinder, an axe throwing venue, a curling club, a snail
farm, a maple sugar shack, a thatcher, a luthier, a winter gritting depot, a ghost tour company, a
sign-language interpreting agency, a bouncy castle hire firm), in four styles new to the sets:
`sms` (a text message to a colleague: lower case, no full stop, shorthands such as "hl", "pls",
"w", "2day", "2moro", "nxt wk", "yday"), `followup` (a second thought added after an earlier
request, naming the column in passing: "oh and ...", "also ...", "One more thing: ..."),
`minutes` (a line of meeting minutes or an action point: "Agreed: ... highlighted for ...",
"Action: ...") and `hesitant` (a user unsure the sheet can do it, hedging around an exact
condition: "Not sure this is doable, but could ...", "I think ... - if I've got that right?").
Only requests the language expresses exactly, one right rule on the column, every literal
recoverable by a careful reader ("a year (365 days)" -> 365, "a million SHU" -> 1000000, "the
largest quarter" -> 25 percent, "80%" on a column of percentages -> 0.8, "quicker" on a column
of seconds -> LessThan, "warmer than minus 4" -> GreaterThan(-4), "an hour and a half" -> 90 on a
column of minutes). Labels are what the executor formats with Today = 2024-06-12 (a Wednesday:
this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days
6 - 12 June), with Excel's semantics kept as they are (a blank compares as 0 and any text is
greater than any number, so a comparison may format a blank or a text cell such as "DNF").

What its author read: benchmarks/data/README.md (all); benchmarks/data/everyday_common.py and
benchmarks/data/column_sets.py (all); of benchmarks/data/ninth_cf.py, which this builder mirrors,
its module docstring and non-entry code (lines 1-86 and 636-651); tests/benchmarks/
test_one_column_sets_data.py and tests/benchmarks/set_files.py (all); ../shared/docs/CF_RULES.md
and ../shared/docs/EVALUATION.md (all); ../shared/data/README.md, and the split names and size
of ../shared/data/cf/train.json (by program); the public API of cf_assistant.languages.cf (parse
and to_text tried on a few rules to see their canonical spelling; `labels_of` of everyday_common
tried on one made-up column to see how "#N/A", "12%", "", " ", "1,200" and dates are typed); the
`STYLES = ...` lines of the other builders (a `grep`, to keep the styles new) and, by a program
that printed only counts, whether the other builders' module docstrings name this set's domains
(two candidates, a board game library and a harbour, were dropped). Slip: the `grep -n
"^[A-Z_a-z]" benchmarks/data/ninth_cf.py` that the brief prescribed to find ninth_cf.py's
top-level names also printed every line starting with a letter, which is most of its ENTRIES
lines (189 of its 368 entry lines shown, the tool cutting the middle of the output) and its date
constant D1. They were seen before any entry here was written; none is reused, this set's domains,
columns and wordings are its own, and the builder's check finds no request here equal to one of
ninth_cf.json. Some rule shapes occur in both sets, as they must in any set covering the whole
language (for example OR(Blanks(), Errors()) on a fee column). Not read: anything under
cf_assistant/assistant/, cf_assistant/diffusion/, cf_assistant/generators/,
cf_assistant/retrieval/, the other files of cf_assistant/languages/cf/, any other builder's
COLUMNS, ENTRIES or TABLES, the utterances of any JSON file (compared only by program),
tenth_tables.json (being written beside this set by engineer T10), git log, diff or show. The
builder's check flagged none of the drafts as equal to a request of another set file or of the
train split; its near-miss check flagged 41 of the 335 first drafts, which made the author add
cells to 23 columns (a text cell, a blank, a cell of one space, a zero, a boundary value), replace
14 rules (Equals(0), NotEquals(0) and GreaterThan(0) on columns without negatives, visual rules
on columns without a text cell or a zero) and add 14 entries (two new columns with natural
negatives, clock variation and weight against target, and Equals(0) on three temperature
columns). Then 39 entries (three of them on new columns) were added for functions thin in one
half and for the `typo` tag, six drafts were given a typo, and one wording was made exact ("on
each course" dropped from a request on a single column of times). No model, no `cfa suggest` and no `cfa bench` was run.
388 records on 88 columns.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files
written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(tenth_tables.json, written beside it by someone else, included when present) or of the train
split, a non-canonical rule, a column of fewer than 12 or more than 20 cells, a column where the
rule formats no row or every row, and a column that cannot tell the rule from the rules one edit
away (`everyday_common.column_problems`). The columns carry the near misses for that: boundary
values, case variants, blanks, cells of one space and zeros, text and error values among numbers,
negative values, duplicates, and dates around 2024-06-12 in every period.

Tags: the style first (`sms`, `followup`, `minutes`, `hesitant`), then any of `typo`,
`odd-case`, `negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`,
`column-word`, `boundary`, `range`, `polarity`, `date`, `visual` (as in ninth_cf.py), then the
set tag `tenth`. IDs have the prefix `t10c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/tenth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "tenth_cf.json"
PREFIX = "t10c"
TENTH_TAG = "tenth"
STYLES = ("sms", "followup", "minutes", "hesitant")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each of the four date lists below holds a date in every period,
# a date in none of them, and a blank or a text cell.
DA = ("2024-05-14|2024-06-03|2024-06-06|2024-06-09|2024-06-11|2024-06-12|2024-06-13|2024-06-14|"
      "2024-06-17|2024-06-25|2024-07-02|2024-04-22|2024-08-19|")
DB = ("2024-06-12|2024-06-20|2024-05-31|2024-06-05|2024-06-10|2024-06-12|2024-07-15|2024-06-11|"
      "2024-06-13|2024-06-08|2024-06-29|2024-03-04|2024-09-01||2024-06-15")
DC = ("2024-06-07|2024-06-18|2024-06-12|2024-05-02|2024-06-02|2024-06-14|2024-06-11|2024-07-31|"
      "2024-06-13|2024-06-30|2024-06-09|2024-01-10|2024-06-21|2024-07-01|")
DD = ("2024-06-10|2024-05-27|2024-06-12|2024-06-16|2024-06-04|2024-06-11|TBC|2024-06-13|2024-06-22|"
      "2024-07-06|2024-06-06|2024-06-27|2023-12-12|2024-06-15")

COLUMNS = {
    # lighthouse museum
    "lh_visitors": ("Daily Visitors", "312|148|0|275|96|148|410|520|88|150|203|#N/A|149|365||closed|100"),
    "lh_exhibit": ("Exhibit", "Fresnel Lens|Fog Horn|Keeper's Log Book|Fresnel Lens Stand|Lamp Oil Can|FRESNEL LENS|"
                   "Fog Signal Bell|Second-Order Fresnel Lens|Harbour Fog Signal|Storm Lantern|Foghorn Replica|"
                   "Bell Rope|Lens Cleaning Kit|Lamp Room Clock"),
    "lh_tour": ("Tour Date", DA),
    "lh_shop": ("Gift Shop Item", "Lighthouse Mug|Mini Lighthouse|Lighthouse Keyring|Fog Horn Whistle|Tea Towel|"
                "Keeper's Mug|Lighthouse Print|Brass Lighthouse Model|Postcard Set|Enamel Mug|mug tree|Tide Table|"
                "Lens Keyring|Snow Globe|Keyring Display Stand"),
    "lh_temp": ("Lamp Room Temp (°C)", "18.5|21|24.5|-2|19|25|26.5|22|17|#DIV/0!|22.5|30|0|25|-0.5|8||sensor off"),
    "lh_donation": ("Donation Box (£)", "45.20|112.75|0|38|12.5|||250|67.4|38|9.99|180| |74"),
    # taxidermist
    "tx_species": ("Specimen", "Red Fox|Barn Owl|Tawny Owl|Pheasant|Red Squirrel|Fox Cub|Mallard Duck|Owl Chick|"
                   "Badger|Grey Squirrel|Snowy Owl Mount|Duckling|Tufted Duck|red fox|Red Fox Vixen|Young Red Fox"),
    "tx_days": ("Days on Order", "42|180|365|12|95|0|210|60|365|7|150|400|28|#REF!|90|30|"),
    "tx_collect": ("Collection Date", DB),
    "tx_price": ("Quote (£)", "350|1200|85|640|2400|85|#VALUE!|975|450|1800|100|2400|60|725|2000||TBC|0"),
    # circus school
    "cs_skill": ("Discipline", "Aerial Silks|Static Trapeze|Juggling|Unicycle|Aerial Hoop|Flying Trapeze|Trapeze|"
                 "Tightwire|Aerial Rope|Clowning|Stilt Walking|Duo Aerial Straps|aerial silks|Trapeze Duo"),
    "cs_height": ("Rig Height (m)", "4.5|6|8|3|12|6|7.5|0|9|5|10|6.5|2.5|#N/A|11"),
    "cs_class": ("Class Date", DC),
    "cs_students": ("Students", "8|12|4|15|12|6|0|10|3|14|9|12|#N/A|7|5"),
    # pigeon racing loft
    "pg_speed": ("Velocity (ypm)", "1245.6|1380.2|1102|1499.9|1500|1322.4|980.5|1411|#DIV/0!|1288|1500.5|1190.3|"
                 "1350|0|1450.75||DNF"),
    "pg_ring": ("Ring Number", "GB24N01234|GB24N01235|GB23A55102|GB24N01234|IR24W0077||GB22K90011|GB24N01240| |"
                "GB23A55102|NL24-1234567|GB24N01241|GB24N01242|GB24N01243"),
    "pg_race": ("Race Date", DD),
    "pg_clock": ("Clock Variation (s)", "0|-2|1|0|3|-1|0|-4|2|#N/A|5|-3|0||reset|1.5"),
    "pg_dist": ("Distance (miles)", "72|105|150.5|210|88|300|72|498|#N/A|125|0|250|180|95|100|400|"),
    # rowing club
    "rw_split": ("500m Split (s)", "98.4|105|112.7|101.2|120|99.9|100|127.3|95.1|110|100|#N/A|108.6|131|90"),
    "rw_boat": ("Boat Class", "Single Scull|Double Scull|Coxed Four|Coxless Four|Coxless Pair|Eight|Quad Scull|"
                "Coxed Quad|single scull|Coxless Pair|Sculling Single|Junior Coxless Four|Coxed Four|Pair"),
    "rw_outing": ("Outing Date", DA),
    "rw_diff": ("Weight vs Target (kg)", "-2.5|0|1.2|-0.8|0|3.4|-4|2|0|#N/A|-1.5||n/a|0.5|5"),
    "rw_weight": ("Rower Weight (kg)", "72.5|88|61|95.4|70|79.9|102|57.5|70|84|66|#N/A|91|75||60|90| |100"),
    # orienteering club
    "or_time": ("Course Time (min)", "45|62.5|38|90|75|45|120|DNF|55|#N/A|84|60|33|71|150"),
    "or_course": ("Course", "White|Yellow|Orange|Light Green|Green|Blue|Brown|Black|Short Green|Green|Long Blue|"
                  "light green|Blue|Short Brown|Green Extended|Blue Night|Yellow Short"),
    "or_event": ("Event Date", DC),
    "or_missed": ("Controls Missed", "0|1|0|3|0|2|0|0|5||1|0|#N/A|7|0|DSQ"),
    # mountain rescue team
    "mr_callout": ("Callout Date", DB),
    "mr_hours": ("Hours on Hill", "3.5|11|6|0.5|14.25|2|8|6|#VALUE!|21|4.5|9.75|1|6|12||0|stood down"),
    "mr_type": ("Incident Type", "Lost walker|Slip/trip|Medical|Lost climber|Crag fast|Lost Walker - night|"
                "Medical (cardiac)|Dog lost on ridge|Slip on scree|Search|Lost walkers x2|Suspected medical|"
                "Cragfast|medical"),
    "mr_kit": ("Kit Check Date", DA),
    "mr_team": ("Team Deployed", "8|12|4|20|6|15|12|3|9|0|18|7|12|25|"),
    # llama trekking
    "ll_name": ("Llama", "Dalai|Como|Tina|Dolly|Llamarama|Fernando|Como Junior|Kahlua|Barack O'Llama|Dolly Llama|"
                "Pablo|como|Tony Llama|Fernandito|Little Como|Old Fern"),
    "ll_load": ("Pack Load (kg)", "12|15.5|18|9|20|15|22|0|14|18|#N/A|25|11.5|16||rest day"),
    "ll_trek": ("Trek Date", DD),
    "ll_km": ("Trek Length (km)", "5|8.5|12|3|16|8|10|21|6.5|14|8|#N/A|4|12|25|15"),
    # hot sauce maker
    "hs_shu": ("Heat (SHU)", "2500|50000|350000|1000000|8000|2500|120000|15000|0|#N/A|750000|30000|100000|5000|"
               "1500000|10000||TBC"),
    "hs_sauce": ("Sauce", "Ghost Pepper Inferno|Habanero Mango|Carolina Reaper Blaze|Smoky Chipotle|"
                 "Mango Habanero Lite|Scotch Bonnet Classic|Green Jalapeno|Reaper Gold|Garlic Habanero|"
                 "Sweet Chilli|HABANERO|Jalapeno Lime|Pineapple Scotch Bonnet|Reaper"),
    "hs_ph": ("pH", "3.4|3.9|4.6|3.2|4.1|4.7|3.8|4.6|3.5|#DIV/0!|4.2|3|5.1|3.6|4|"),
    "hs_bottled": ("Bottled", DA),
    "hs_batch": ("Batch Code", "HS-0412|HS-0413|HS-0414|HS-0412||HS-0415|HS-0416| |HS-0417|HS-0418|HS-0414|"
                 "HS-0419|#REF!|HS-0420"),
    # bookbinder
    "bb_pages": ("Page Count", "96|240|480|64|320|128|32|512|240|1024|48|#VALUE!|360|200||500"),
    "bb_binding": ("Binding", "Case bound|Perfect bound|Coptic|Japanese stab|Saddle stitch|Quarter leather|"
                   "Half leather|Full leather|coptic|Case Bound|Long stitch|Stitched pamphlet|Leather spine repair|"
                   "Kettle stitch|Coptic with boards|Modified Coptic"),
    "bb_due": ("Due Date", DC),
    "bb_price": ("Price (£)", "45|120|85.5|300|45|60|#N/A|750|220|95|150|45|30|1200|50|500"),
    # axe throwing venue
    "ax_score": ("Score", "42|55|38|60|27|48|55|0|33|51|#N/A|45|19|58||50|DQ| "),
    "ax_ref": ("Booking Ref", "AX-1001|AX-1002|AX-1003|AX-1002|AX-1005|STAG-77|AX-1006|HEN-12|AX-1007|AX-1008|"
               "STAG-78|ax-1003|AX-1010|HEN-13|GIFT-STAG-5|"),
    "ax_group": ("Group Size", "4|8|12|2|16|6|10|8|20|3|#N/A|14|1|8"),
    "ax_session": ("Session Date", DB),
    # curling club
    "cu_ends": ("Ends Won", "5|3|7|0|4|8|2|5|6|1|#N/A|4|5|10||conceded"),
    "cu_ice": ("Ice Temp (°C)", "-5.5|-4.8|-3|-5|-6.2|-4.5|-5|-3.5|#N/A|-4|-5.8|-2.9|-4.5|0|-7|-6||no reading"),
    "cu_team": ("Rink", "Team Morrison|Team Muirhead|Team Brewster|Team Hamilton|Morrison Juniors|Team Smith|"
                "Rink 3 - Smith|TEAM MORRISON|Team Paterson|Brewster Ladies|Team Murdoch|Old Morrison Rink|"
                "Team Smith|Old Team Smith|Team Smith B"),
    "cu_game": ("Game Date", DD),
    # snail farm
    "sn_weight": ("Snail Weight (g)", "12.5|18|9|22.4|15|7.5|20|18|11|#N/A|25.2|14|6|19.9||10"),
    "sn_hum": ("Humidity", "85%|78%|92%|80%|88%|75%|80%|95%|70%|#N/A|82%|90%|79%||0%| "),
    "sn_pen": ("Pen", "Pen A1|Pen A2|Pen B1|Nursery 1|Pen B2|Nursery 2|Quarantine|Pen C1|pen a3|Breeding A|"
               "Nursery Overflow|Pen C2|Breeding B|Quarantine Old|Old Nursery|Old Quarantine"),
    "sn_harvest": ("Harvest Date", DA),
    # maple sugar shack
    "ms_brix": ("Brix", "66.9|67.2|65.5|68|66|67|69.1|66.5|#N/A|64.8|67.5|66|68.4|67.1"),
    "ms_sap": ("Sap (L)", "450|1200|800|0|950|1500|300|1200|2000|675|#VALUE!|1100|250|1750||1000"),
    "ms_grade": ("Grade", "Golden Delicate|Amber Rich|Dark Robust|Very Dark Strong|amber rich|Golden|Dark Robust|"
                 "Very Dark|Amber|Processing Grade|Dark|Golden Delicate|Amber Rich Late|Dark Robust|Late Amber Rich"),
    "ms_boil": ("Boil Date", DC),
    # thatcher
    "th_area": ("Roof Area (m²)", "85|120|64|200|150|95|120|310|45|#N/A|180|72|250|140|"),
    "th_mat": ("Material", "Water reed|Long straw|Combed wheat reed|Water Reed|Norfolk reed|Long Straw ridge|"
               "Sedge ridge|Heather|Straw|Reed ridge|Turkish water reed|Rye straw|Sedge|Hazel spars|Marsh sedge"),
    "th_start": ("Start Date", DB),
    "th_bundles": ("Bundles Used", "1200|850|2400|600|1800|950|#N/A|3000|1200|700|450|2000|1500||1000| |0"),
    # luthier
    "lu_inst": ("Instrument", "Violin|Viola|Cello|Double Bass|Baroque Violin|3/4 Violin|violin|Viola d'amore|"
                "Cello Bow|Violin Bow|Bass Bow|Mandolin|Baroque Cello|Electric Violin|Bowed Psaltery"),
    "lu_hours": ("Bench Hours", "2|12.5|40|0.5|8|120|6|15|#N/A|3.5|80|8|24|1"),
    "lu_rh": ("Workshop RH", "45%|52%|38%|60%|47%|41%|55%|40%|#N/A|50%|35%|65%|45%|"),
    "lu_due": ("Due Back", DD),
    # winter gritting depot
    "gr_salt": ("Salt Spread (t)", "2.5|4|0|6.5|3.2|8|4|1.5|#N/A|5|12|2.5|7.5|0||6|aborted"),
    "gr_route": ("Route", "A38 Primary|B3212 Moor|A30 Primary|Town Centre|B3357|Primary A386|Moor Loop|a38 primary|"
                 "School Run|Secondary B3212|Hospital Access|Primary Rural|A38 Primary Spur|Bus Routes"),
    "gr_temp": ("Road Surface Temp (°C)", "1.5|-2|0.5|-4.5|3|0|-1|2|#N/A|-0.5|4|-6|0|1||sensor off"),
    "gr_service": ("Service Due", DA),
    # ghost tours
    "gh_booked": ("Tickets Booked", "12|25|8|30|0|18|25|22|#N/A|15|30|5|27|20|10|cancelled|"),
    "gh_guide": ("Guide", "Mr Grimm|Lady Ashworth|The Hangman|Mr Grimm (trainee)|Mistress Raven|Old Tom|"
                 "The Gravedigger|lady ashworth|Raven|Tom the Tanner|The Plague Doctor|Mr Grimm|Captain Raven|Tom|"
                 "Raven's Apprentice|Young Mr Grimm"),
    "gh_tour": ("Tour Night", DC),
    "gh_rating": ("Review Score", "4.5|5|3|4|2.5|5|4.8|1|#N/A|3.5|4.2|5|2|4||n/a"),
    # sign-language interpreting agency
    "si_hours": ("Booked Hours", "1|2.5|3|7.5|1.5|4|8|2|#N/A|6|0.5|3|12|2"),
    "si_type": ("Assignment Type", "Medical|Legal|Education|Conference|Medical - Remote|Court|Education - Remote|"
                "Mental Health|GP appointment|Legal - Police|medical|Workplace|Remote Conference|Job interview|"
                "Paralegal meeting|Further Education"),
    "si_date": ("Assignment Date", DB),
    "si_fee": ("Fee (£)", "120|85|#VALUE!|240|60|120|180|#N/A|300|95|45||150|220|| |0"),
    "si_rating": ("Interpreter Rating", "4.8|4.2|5|3.9|0|4.5||n/a|4.8|3.2|#N/A|4|4.6|2.8"),
    "si_reg": ("Registration No.", "NRCPD-1001|NRCPD-1002|SASLI-550|NRCPD-1003|NRCPD-1002|NRCPD-1005|SASLI-551|"
               "NRCPD-1006||NRCPD-1007|SASLI-550|NRCPD-1009|TRAINEE-3|NRCPD-1010"),
    # bouncy castle hire
    "bc_castle": ("Castle", "Pirate Ship|Princess Palace|Jungle Slide|Mini Pirate|Dino Park|princess palace|"
                  "Superhero Combo|Slide & Bounce|Pirate Ship XL|Unicorn Castle|Football Combo|Castle Classic|"
                  "Disco Dome|Toddler Castle|Combo Slide|Princess Palace Deluxe|Mini Princess Palace"),
    "bc_hire": ("Hire Date", DD),
    "bc_deposit": ("Deposit (£)", "50|75|0|100|50|150|#N/A|25|100||60|200|50|80| "),
    "bc_blower": ("Blower Hours", "120|340|55|800|410|0|275|980|150|#N/A|640|75|1200|305||new"),
}

ENTRIES = r"""
# lighthouse museum
pls hl days w/ more than 150 visitors thx | GreaterThan(150) | lh_visitors | sms
Oh, and on the visitors column: the days under a hundred, could those go red too? | LessThan(100) | lh_visitors | followup | column-word | number-words
Agreed: the five busiest days on the visitors sheet to be highlighted for the trustees' report. | Top(5) | lh_visitors | minutes | superlative | number-words
Not sure this is doable, but could the days that were below average for visitors be shaded somehow? | BelowAverage() | lh_visitors | hesitant
colour scale on visitors pls | ColorScale() | lh_visitors | sms | visual | column-word
Action: volunteers to highlight every exhibit with 'lens' anywhere in the name for the optics trail. | TextContains("lens") | lh_exhibit | minutes | quoted
I only want the exhibit that is exactly Fresnel Lens, not the stand or the second-order one - is that possible, whatever the capitals? | TextEquals("fresnel lens") | lh_exhibit | hesitant | odd-case
exibits starting w fog pls hl | TextStartsWith("fog") | lh_exhibit | sms | typo
also the exhibits that don't mention lamp at all - shade them grey please | TextNotContains("lamp") | lh_exhibit | followup | negation
Agreed that exhibits ending in 'Bell' go in the sound-room colour. | TextEndsWith("bell") | lh_exhibit | minutes | quoted
tours 2day pls hl | Today() | lh_tour | sms | date
Agreed: next week's tours (16-22 June) shaded so the guides can plan. | NextWeek() | lh_tour | minutes | date
Could tours from last month maybe be greyed out? Not sure how dates work in this. | LastMonth() | lh_tour | hesitant | date
One more thing: the tours in June that aren't this week, light blue please. | AND(ThisMonth(), NOT(ThisWeek())) | lh_tour | followup | compound | negation | date
Agreed: lamp room readings of 25 °C and above to be flagged (conservator's limit). | GreaterThanEqual(25) | lh_temp | minutes | boundary
temp cells w errors hl pls, logger playing up | Errors() | lh_temp | sms
I think we need readings from 18 to 22 degrees inclusive highlighted - that's the safe band, if I've got that right? | Between(18, 22) | lh_temp | hesitant | range
and could you put an icon set on the temperature column as well | IconSet() | lh_temp | followup | visual | column-word
any temp below zero hl red - frost! | LessThan(0) | lh_temp | sms | number-words
Agreed: readings of exactly 0 °C highlighted - logger may have reset. | Equals(0) | lh_temp | minutes
donation box days with no amount typed in yet, hl pls | Blanks() | lh_donation | sms
Treasurer to check every donation cell that has been filled in - highlight those. | NotBlanks() | lh_donation | minutes
Maybe a silly ask, but can the donation amounts that appear more than once be highlighted? Might be double entries. | Duplicates() | lh_donation | hesitant
Agreed: top 20% of donation days highlighted in the newsletter chart. | TopPercent(20) | lh_donation | minutes | superlative
# taxidermist
Also - any specimen that's some kind of owl, can those be marked? | TextContains("owl") | tx_species | followup
hl specimens ending in duck pls | TextEndsWith("duck") | tx_species | sms
Is there a way to pick out just the Red Fox entries - exactly that, however it's capitalised, not the cub or the vixen? | TextEquals("red fox") | tx_species | hesitant | odd-case
Agreed: specimens that are not squirrels to be shaded (squirrel licence audit). | TextNotContains("squirrel") | tx_species | minutes | negation
I'd like to see jobs that have been waiting longer than a year (365 days) - would highlighting those work? | GreaterThan(365) | tx_days | hesitant | number-words
jobs on order 30 days or less hl pls | LessThanEqual(30) | tx_days | sms | boundary
Action: highlight all day counts that calculate properly, i.e. no error. | NotErrors() | tx_days | minutes | negation
oh and the three newest orders - fewest days on order - could they be green? | Bottom(3) | tx_days | followup | superlative | number-words
collections 2moro pls hl | Tomorrow() | tx_collect | sms | date
Agreed: this week's collections in yellow on the counter sheet. | ThisWeek() | tx_collect | minutes | date
Could collections in the past seven days be highlighted - I think that's the right way to say it? | Last7Days() | tx_collect | hesitant | date | number-words
Also, collections booked for July - next month - in blue please. | NextMonth() | tx_collect | followup | date
Agreed: quotes above the average to be reviewed by Derek - highlight. | AboveAverage() | tx_price | minutes
same quote twice? hl dupes pls | Duplicates() | tx_price | sms
Could anything outside £100 to £2,000 be flagged? I mean below 100 or above 2,000, not counting those two amounts. | NotBetween(100, 2000) | tx_price | hesitant | range | number-format
And data bars on the quote column too, if you don't mind. | DataBar() | tx_price | followup | visual | column-word
# circus school
all the aerial ones (starting w aerial) hl pls | TextStartsWith("aerial") | cs_skill | sms
Agreed: every discipline with 'trapeze' in it needs the rigging check colour. | TextContains("trapeze") | cs_skill | minutes | quoted
Just the plain Trapeze row please, exactly that word and nothing else - not static, flying or duo. | TextEquals("trapeze") | cs_skill | hesitant
oh and could everything that isn't an aerial discipline - no 'aerial' in the name - be greyed? | TextNotContains("aerial") | cs_skill | followup | negation | quoted
I think rigs higher than 8 metres need a second spotter - can those be highlighted? | GreaterThan(8) | cs_height | hesitant
Agreed: rig heights from 5 m up to 10 m inclusive are the intermediate band - shade them. | Between(5, 10) | cs_height | minutes | range
2 highest rigs hl pls | Top(2) | cs_height | sms | superlative
Also, any height that isn't the standard 6 m - flag it. | NotEquals(6) | cs_height | followup | negation
yday's classes hl | Yesterday() | cs_class | sms | date
Agreed: all classes this month in the term colour. | ThisMonth() | cs_class | minutes | date
Would it be possible to shade last week's classes? Sunday to Saturday, I mean. | LastWeek() | cs_class | hesitant | date
And today's or tomorrow's classes, both in orange please. | OR(Today(), Tomorrow()) | cs_class | followup | compound | date
classes w under five students hl, might cancel | LessThan(5) | cs_students | sms | number-words
Agreed: full classes (12 students) to be flagged green. | Equals(12) | cs_students | minutes
Could the smallest quarter of classes be marked - the bottom 25 percent by students? | BottomPercent(25) | cs_students | hesitant | superlative | number-words
oh, and the student counts that appear only once - highlight those too? | Unique() | cs_students | followup
# pigeon racing loft
birds doing 1500 ypm or better hl pls | GreaterThanEqual(1500) | pg_speed | sms | boundary | polarity
Agreed: the three fastest birds of the race to be highlighted for the prize list. | Top(3) | pg_speed | minutes | superlative | number-words
also the birds slower than the race average - light grey please | BelowAverage() | pg_speed | followup | polarity
Some velocities come out as #DIV/0! when the clock time's missing - could those cells be highlighted? | Errors() | pg_speed | hesitant
colour scale on velocity pls | ColorScale() | pg_speed | sms | visual | column-word
Agreed: ring numbers entered twice to be highlighted before the result goes to the federation. | Duplicates() | pg_ring | minutes
ring nos that appear just once hl pls | Unique() | pg_ring | sms
Could the birds with no ring number entered be shaded? A few got missed at basketing. | Blanks() | pg_ring | hesitant
Also every bird that does have a ring number filled in - tick colour please. | NotBlanks() | pg_ring | followup
Is there a way to make today's race stand out? | Today() | pg_race | hesitant | date
races last wk hl pls | LastWeek() | pg_race | sms | date
Agreed: races next week (16-22 June) highlighted on the basketing rota. | NextWeek() | pg_race | minutes | date
and the races from the last seven days, green please. | Last7Days() | pg_race | followup | date | number-words
Agreed: clocks with zero variation (spot on) highlighted. | Equals(0) | pg_clock | minutes | number-words
data bars on clock variation pls | DataBar() | pg_clock | sms | visual | column-word
Could clocks that ran slow - a negative variation - be highlighted? | LessThan(0) | pg_clock | hesitant | polarity
also any clock more than 2 seconds out either way - red. | NotBetween(-2, 2) | pg_clock | followup | range
Agreed: icon set on the clock variation column. | IconSet() | pg_clock | minutes | visual | column-word
races under 100 miles = sprint, hl pls | LessThan(100) | pg_dist | sms
Agreed: races under 100 miles or over 400 miles both shaded (sprint and marathon). | OR(LessThan(100), GreaterThan(400)) | pg_dist | minutes | compound
Would it be possible to highlight the longest 10% of races? | TopPercent(10) | pg_dist | hesitant | superlative
# rowing club
I'd like to pick out splits quicker than 100 seconds - so under 100, if I've understood it right. | LessThan(100) | rw_split | hesitant | polarity
3 fastest splits hl pls (lowest no.) | Bottom(3) | rw_split | sms | superlative | polarity
also the splits slower than average, i.e. above the average time - orange. | AboveAverage() | rw_split | followup | polarity
Agreed: any split over 2 minutes (120 s) flagged for the coach. | GreaterThan(120) | rw_split | minutes | number-words
Could splits from 100 to 110 seconds inclusive be shaded? | Between(100, 110) | rw_split | hesitant | range
boats endign in scull hl pls | TextEndsWith("scull") | rw_boat | sms | typo
Agreed: coxless boats (class starting 'Coxless') to be highlighted for the steering check. | TextStartsWith("coxless") | rw_boat | minutes | quoted
oh and boat classes listed more than once - flag those. | Duplicates() | rw_boat | followup
Could every class whose name doesn't include 'cox' anywhere be shaded? Sculls, eights and so on. | TextNotContains("cox") | rw_boat | hesitant | negation | quoted
Agreed: tomorrow's outings highlighted so cox and crew confirm. | Tomorrow() | rw_outing | minutes | date
outings this wk hl pls | ThisWeek() | rw_outing | sms | date
Can next month's outings (July) be shown in a different colour? | NextMonth() | rw_outing | hesitant | date
and any outing not in June, this month, grey it out please. | NOT(ThisMonth()) | rw_outing | followup | negation | date
rowers bang on target weight (0 diff) hl pls | Equals(0) | rw_diff | sms
oh and an icon set on weight vs target | IconSet() | rw_diff | followup | visual | column-word
Could the rowers who are over their target weight be highlighted? Positive numbers, I mean. | GreaterThan(0) | rw_diff | hesitant | polarity
Agreed: colour scale on weight vs target for the coaches. | ColorScale() | rw_diff | minutes | visual | column-word
Agreed: rowers of 70 kg or under to be highlighted (lightweight category). | LessThanEqual(70) | rw_weight | minutes | boundary
rowers w no weight entered hl pls | Blanks() | rw_weight | sms
Is there a way to flag weights outside 60 to 90 kg? Meaning under 60 or over 90 - exactly 60 or 90 is fine. | NotBetween(60, 90) | rw_weight | hesitant | range
Also rowers over a hundred kilos for the heavy boat, please. | GreaterThan(100) | rw_weight | followup | number-words
# orienteering club
times quicker than 45 min hl pls | LessThan(45) | or_time | sms | polarity
Agreed: the single slowest time in the list is highlighted for the sweeper. | Top(1) | or_time | minutes | superlative | polarity
oh and any course time that's an error, highlight it. | Errors() | or_time | followup | column-word
quickest 10% hl pls | BottomPercent(10) | or_time | sms | superlative | polarity
I think times from an hour to an hour and a half - 60 to 90 minutes, inclusive - should be shaded? | Between(60, 90) | or_time | hesitant | range | number-words
any course w green in it hl pls | TextContains("green") | or_course | sms
Agreed: the Blue course - exactly Blue, not Long Blue or Blue Night - highlighted for controllers. | TextEquals("blue") | or_course | minutes
also anything starting with Short - shortened courses - in yellow. | TextStartsWith("short") | or_course | followup
Would it be possible to highlight course names that only appear once in the list? | Unique() | or_course | hesitant
events last month hl pls | LastMonth() | or_event | sms | date
Agreed: today's event row highlighted for the start team. | Today() | or_event | minutes | date
And events in the last 7 days - results still to be uploaded - blue. | Last7Days() | or_event | followup | date
Could events from last week or next week both be marked? Not this week, just the weeks either side. | OR(LastWeek(), NextWeek()) | or_event | hesitant | compound | date
anyone who missed 2 or more controls hl pls | GreaterThanEqual(2) | or_missed | sms | boundary
Could runs that missed one or two controls be highlighted amber? | Between(1, 2) | or_missed | hesitant | range | number-words
Agreed: icon set on controls missed. | IconSet() | or_missed | minutes | visual | column-word
oh and the rows where controls missed has been filled in - shade those. | NotBlanks() | or_missed | followup | column-word
# mountain rescue team
Agreed: yesterday's callouts highlighted for the debrief. | Yesterday() | mr_callout | minutes | date
Could this week's callouts stand out? Sunday to Saturday is fine. | ThisWeek() | mr_callout | hesitant | date
also last week's callouts, the ones from 2-8 June, pale yellow. | LastWeek() | mr_callout | followup | date
callouts in last 7 days but not 2day hl pls | AND(Last7Days(), NOT(Today())) | mr_callout | sms | compound | negation | date
Agreed: callouts longer than 12 hours flagged for the welfare check. | GreaterThan(12) | mr_hours | minutes
Is it possible to show the three longest callouts? | Top(3) | mr_hours | hesitant | superlative | number-words
hours cells w no error hl pls | NotErrors() | mr_hours | sms | negation
and a colour scale on hours on hill would be nice too | ColorScale() | mr_hours | followup | visual | column-word
callouts under an hour hl | LessThan(1) | mr_hours | sms | number-words
incidents starting w lost hl pls | TextStartsWith("lost") | mr_type | sms
also anything medical - 'medical' anywhere in the type - red please. | TextContains("medical") | mr_type | followup | quoted
Could just the incidents logged as exactly 'Medical' be picked out - any capitals, but not the cardiac one? | TextEquals("medical") | mr_type | hesitant | quoted | odd-case
Agreed: incidents that are not lost-person calls (no 'lost' in the type) shaded separately. | TextNotContains("lost") | mr_type | minutes | negation | quoted
callouts w above avg team size hl | AboveAverage() | mr_team | sms
Could callouts with six or fewer people deployed be highlighted? | LessThanEqual(6) | mr_team | hesitant | number-words | boundary
oh, and any team size other than the usual 12 - flag it. | NotEquals(12) | mr_team | followup | negation
# llama trekking
names ending in llama lol hl pls | TextEndsWith("llama") | ll_name | sms
Agreed: the llama called Como (exact name, any capitals - not Como Junior or Little Como) highlighted for the vet. | TextEquals("como") | ll_name | minutes | odd-case
Would it work to highlight names beginning with Fern? Fernando and his son. | TextStartsWith("fern") | ll_name | hesitant
loads over 20kg hl - too heavy | GreaterThan(20) | ll_load | sms
Agreed: pack loads of 15 kg or less highlighted as light packs. | LessThanEqual(15) | ll_load | minutes | boundary
oh and loads between 14 and 18 kg inclusive - the ideal range - green. | Between(14, 18) | ll_load | followup | range
Could the below-avergae pack loads be shaded? | BelowAverage() | ll_load | hesitant | typo
icon set on pack load pls | IconSet() | ll_load | sms | visual | column-word
treks nxt wk hl | NextWeek() | ll_trek | sms | date
Is there a way to shade all of this month's treks? | ThisMonth() | ll_trek | hesitant | date
oh and tomorrow's treks - bold please. | Tomorrow() | ll_trek | followup | date
Agreed: yesterday's treks highlighted until feedback forms are in. | Yesterday() | ll_trek | minutes | date
Agreed: the longest 20% of treks highlighted for the advanced guides. | TopPercent(20) | ll_km | minutes | superlative
Could treks outside 5 to 15 km be flagged? Anything shorter than 5 or longer than 15. | NotBetween(5, 15) | ll_km | hesitant | range
trek lengths that only come up once hl pls | Unique() | ll_km | sms
# hot sauce maker
sauces a million SHU or hotter hl pls - warning label | GreaterThanEqual(1000000) | hs_shu | sms | number-words | boundary
Could the milder sauces - under ten thousand SHU - be shaded green? | LessThan(10000) | hs_shu | hesitant | number-words
and the two hottest sauces, bold red please | Top(2) | hs_shu | followup | superlative | number-words
Agreed: data bars on the heat column. | DataBar() | hs_shu | minutes | visual | column-word
heat cells showing #N/A hl pls | Errors() | hs_shu | sms
Agreed: every sauce with habanero in the name highlighted (pepper supply issue). | TextContains("habanero") | hs_sauce | minutes
sauces starting w reaper hl | TextStartsWith("reaper") | hs_sauce | sms
Could every sauce without jalapeno in the name be shaded? We're out of jalapenos. | TextNotContains("jalapeno") | hs_sauce | hesitant | negation
oh, and sauces ending in Bonnet - the Scotch Bonnet ones - orange. | TextEndsWith("bonnet") | hs_sauce | followup
Agreed: any batch with pH 4.6 or higher flagged - not shelf stable. | GreaterThanEqual(4.6) | hs_ph | minutes | boundary
pH under 3.5 hl pls, too sour | LessThan(3.5) | hs_ph | sms
Could pH from 3.5 to 4.0 inclusive be highlighted? That's our target band. | Between(3.5, 4) | hs_ph | hesitant | range | number-format
also pH cells that aren't errors, light green, so I can see which meter readings came through. | NotErrors() | hs_ph | followup | negation
bottled 2day hl pls | Today() | hs_bottled | sms | date
Agreed: last week's bottlings highlighted for the QA sign-off. | LastWeek() | hs_bottled | minutes | date
Could anything bottled in the last 7 days be highlighted? | Last7Days() | hs_bottled | hesitant | date
oh and everything bottled last month - May - pale grey. | LastMonth() | hs_bottled | followup | date
Agreed: batch rows with no code filled in flagged red. | Blanks() | hs_batch | minutes
Could batch codes that appear twice be highlighted? I think we've double-labelled some. | Duplicates() | hs_batch | hesitant
and the batch code cell showing #REF! - any error - highlight that too. | Errors() | hs_batch | followup
# bookbinder
books over 500 pages hl pls - need thicker boards | GreaterThan(500) | bb_pages | sms
Agreed: the two thinnest books (fewest pages) highlighted. | Bottom(2) | bb_pages | minutes | superlative | number-words
Could the books with an above-average page count be shaded? | AboveAverage() | bb_pages | hesitant
Also, shade every page count that's been filled in. | NotBlanks() | bb_pages | followup | column-word
bindings ending in leather hl pls | TextEndsWith("leather") | bb_binding | sms
Agreed: every binding with 'stitch' in the name goes on the sewing list. | TextContains("stitch") | bb_binding | minutes | quoted
Could just the Coptic bindings be highlighted - written exactly Coptic, capital or not, nothing added? | TextEquals("coptic") | bb_binding | hesitant | odd-case
oh, and bindings that aren't a 'bound' type - no 'bound' in the name - grey please. | TextNotContains("bound") | bb_binding | followup | negation | quoted
Is it possible to highlight the jobs due tomorrow? | Tomorrow() | bb_due | hesitant | date
and jobs due next week, pale orange. | NextWeek() | bb_due | followup | date
jobs due this wk hl pls | ThisWeek() | bb_due | sms | date
Agreed: any due date outside this month greyed on the bench sheet. | NOT(ThisMonth()) | bb_due | minutes | negation | date
Could jobs priced at £300 or more be highlighted - they need a deposit? | GreaterThanEqual(300) | bb_price | hesitant | boundary | number-format
prices that show up more than once hl pls | Duplicates() | bb_price | sms
Agreed: the cheapest 20% of jobs highlighted for the price review. | BottomPercent(20) | bb_price | minutes | superlative
also prices outside £50-£500, flag them. | NotBetween(50, 500) | bb_price | followup | range | number-format
# axe throwing venue
scores of 50+ hl pls | GreaterThanEqual(50) | ax_score | sms | boundary
Agreed: perfect scores (60) highlighted for the wall of fame. | Equals(60) | ax_score | minutes
oh, and the top 10% of scores - gold. | TopPercent(10) | ax_score | followup | superlative
Could the scores that are below the average be shaded, for coaching? | BelowAverage() | ax_score | hesitant
scores not entered yet hl pls | Blanks() | ax_score | sms
Could booking refs that appear more than once be highlighted? Probably double bookings. | Duplicates() | ax_ref | hesitant
Agreed: stag party bookings (refs beginning STAG) highlighted. | TextStartsWith("stag") | ax_ref | minutes
one-off refs (no repeats) hl pls | Unique() | ax_ref | sms
and every row where a booking ref is filled in - light blue. | NotBlanks() | ax_ref | followup | column-word
Could groups smaller than 4 be highlighted? They can share a lane. | LessThan(4) | ax_group | hesitant
Agreed: groups of 8 to 12 inclusive highlighted as standard party size. | Between(8, 12) | ax_group | minutes | range
3 smallest groups hl | Bottom(3) | ax_group | sms | superlative
also the groups of exactly 8 - blue. | Equals(8) | ax_group | followup
oh and today's sessions - green. | Today() | ax_session | followup | date
Agreed: next month's sessions (July) highlighted for staffing. | NextMonth() | ax_session | minutes | date
sessions last mth hl pls | LastMonth() | ax_session | sms | date
Could sessions from yesterday or tomorrow be highlighted? Not today's, just either side. | OR(Yesterday(), Tomorrow()) | ax_session | hesitant | compound | date
# curling club
Agreed: rinks winning more than 5 ends highlighted. | GreaterThan(5) | cu_ends | minutes
Could every game where fewer than three ends were won be shaded? | LessThan(3) | cu_ends | hesitant | number-words | column-word
ends won above avg hl pls | AboveAverage() | cu_ends | sms | column-word
and data bars on ends won while you're at it. | DataBar() | cu_ends | followup | visual | column-word
Could readings warmer than minus 4 be flagged? The ice goes soft. | GreaterThan(-4) | cu_ice | hesitant | number-words | polarity
ice -6 or colder hl pls | LessThanEqual(-6) | cu_ice | sms | boundary | polarity
Agreed: any ice reading outside -5 to -4 °C flagged. | NotBetween(-5, -4) | cu_ice | minutes | range
oh and a colour scale on the ice temp. | ColorScale() | cu_ice | followup | visual | column-word
ice reading of exactly zero hl - probe out of the ice? | Equals(0) | cu_ice | sms | number-words
anything w morrison hl pls | TextContains("morrison") | cu_team | sms
Can just the rink called Team Smith be highlighted - exactly that, not Rink 3, Old Team Smith or Team Smith B? | TextEquals("team smith") | cu_team | hesitant
Agreed: rinks whose name doesn't start with 'Team' highlighted (to standardise names). | NOT(TextStartsWith("team")) | cu_team | minutes | negation | quoted
also any rink listed twice - flag it. | Duplicates() | cu_team | followup
and games this week - yellow please. | ThisWeek() | cu_game | followup | date
Could yesterday's games be highlighted so we remember to enter scores? | Yesterday() | cu_game | hesitant | date
games last 7 days hl | Last7Days() | cu_game | sms | date
Agreed: games this week other than today's highlighted for the bar rota. | AND(ThisWeek(), NOT(Today())) | cu_game | minutes | compound | negation | date
# snail farm
snails over 20g hl pls ready 4 market | GreaterThan(20) | sn_weight | sms
Agreed: snails under 10 g highlighted to stay in the nursery pen. | LessThan(10) | sn_weight | minutes
Would it be possible to mark the lightest 20% of snails? | BottomPercent(20) | sn_weight | hesitant | superlative
oh and snail weights that repeat - yellow please | Duplicates() | sn_weight | followup | column-word
Could pens below 80% humidity be highlighted? Snails dry out. | LessThan(0.8) | sn_hum | hesitant | number-format
Agreed: humidity from 85% to 90% inclusive marked green (ideal). | Between(0.85, 0.9) | sn_hum | minutes | range | number-format
humidity over 90% hl - mould risk | GreaterThan(0.9) | sn_hum | sms | number-format
also any humidity cell left empty, flag it. | Blanks() | sn_hum | followup | column-word
Agreed: nursery pens (names startng Nursery) highlighted. | TextStartsWith("nursery") | sn_pen | minutes | typo
Could just the pen called Quarantine - exactly that, not the old one - be red? | TextEquals("quarantine") | sn_pen | hesitant
oh and anything that isn't a numbered pen - no 'pen' in the name - shade it. | TextNotContains("pen") | sn_pen | followup | negation | quoted
Could harvests planned for next week be highlighted? | NextWeek() | sn_harvest | hesitant | date
harvest 2moro hl pls | Tomorrow() | sn_harvest | sms | date
and everything harvested or due this month - light green. | ThisMonth() | sn_harvest | followup | date
# maple sugar shack
Agreed: syrup between 66 and 68 Brix inclusive passes grading - green. | Between(66, 68) | ms_brix | minutes | range
brix under 66 hl - too thin, boil more | LessThan(66) | ms_brix | sms
Could batches over 68 Brix be highlighted? They crystallise. | GreaterThan(68) | ms_brix | hesitant
oh and if any Brix cell shows an error, highlight it | Errors() | ms_brix | followup | column-word
days w a thousand litres or more hl pls | GreaterThanEqual(1000) | ms_sap | sms | number-words | boundary
Agreed: the three biggest sap days highlighted on the season chart. | Top(3) | ms_sap | minutes | superlative | number-words
also days below average sap - pale blue. | BelowAverage() | ms_sap | followup
Could every sap reading that isn't an error be highlighted? Just to see which ones went through. | NotErrors() | ms_sap | hesitant | negation
days w 250 L or less hl pls | LessThanEqual(250) | ms_sap | sms | boundary
Could the grades starting with Dark be shaded - not 'Very Dark'? | TextStartsWith("dark") | ms_grade | hesitant | quoted
Agreed: grade exactly 'Amber Rich', whatever the capitals, highlighted for the shop order. | TextEquals("amber rich") | ms_grade | minutes | quoted | odd-case
grades listed more than once hl pls | Duplicates() | ms_grade | sms
also grades that appear only once, yellow. | Unique() | ms_grade | followup
Agreed: boils in the last seven days highlighted until the cans are labelled. | Last7Days() | ms_boil | minutes | date | number-words
oh and today's boil - red. | Today() | ms_boil | followup | date
Could last month's boils be greyed out? | LastMonth() | ms_boil | hesitant | date
boils NOT in last 7 days hl pls | NOT(Last7Days()) | ms_boil | sms | negation | date
# thatcher
roofs over 200 m2 hl pls - 2 thatchers | GreaterThan(200) | th_area | sms
Agreed: the largest quarter of roofs highlighted for scaffolding quotes. | TopPercent(25) | th_area | minutes | superlative | number-words
Could the roofs that are above average in area be marked? | AboveAverage() | th_area | hesitant
oh, and every roof area that's been measured - filled in - light green. | NotBlanks() | th_area | followup | column-word
Agreed: materials ending in 'reed' highlighted for the reed merchant order. | TextEndsWith("reed") | th_mat | minutes | quoted
anything w straw hl pls | TextContains("straw") | th_mat | sms
Could all the materials that are not for ridges - no 'ridge' in the name - be shaded? | TextNotContains("ridge") | th_mat | hesitant | negation | quoted
also anything beginning with sedge - light brown. | TextStartsWith("sedge") | th_mat | followup
jobs starting nxt month hl | NextMonth() | th_start | sms | date
Agreed: jobs starting this week highlighted on the van board. | ThisWeek() | th_start | minutes | date
Could the jobs that started last week be marked? | LastWeek() | th_start | hesitant | date
and anything starting tomorrow - bold. | Tomorrow() | th_start | followup | date
Could jobs that used fewer than a thousand bundles be highlighted? | LessThan(1000) | th_bundles | hesitant | number-words
Agreed: rows with a bundles figure entered highlighted, so we know what's counted. | NotBlanks() | th_bundles | minutes | column-word
2 smallest bundle counts hl | Bottom(2) | th_bundles | sms | superlative
oh, and bundles used that's been left blank - flag those. | Blanks() | th_bundles | followup | column-word
# luthier
Agreed: all bow repairs - 'bow' anywhere in the instrument - go on the rehair list. | TextContains("bow") | lu_inst | minutes | quoted
Could I highlight only the plain Violin rows - exactly 'Violin', upper or lower case - not baroque, 3/4, electric or the bow? | TextEquals("violin") | lu_inst | hesitant | quoted | odd-case
instruments starting w viol hl pls (violins + violas) | TextStartsWith("viol") | lu_inst | sms
and everything that's not a cello of any kind - grey. | TextNotContains("cello") | lu_inst | followup | negation
jobs over 40 hrs higlight pls | GreaterThan(40) | lu_hours | sms | typo
Agreed: quick jobs of an hour or less highlighted. | LessThanEqual(1) | lu_hours | minutes | number-words | boundary
Could the single longest job be highlighted? | Top(1) | lu_hours | hesitant | superlative
oh and hours that aren't the standard 8 - flag them. | NotEquals(8) | lu_hours | followup | negation
Agreed: humidity readings outside 40-60% flagged for the humidifier. | NotBetween(0.4, 0.6) | lu_rh | minutes | range | number-format
Could readings below 40% be highlighted? Wood cracks when it's that dry. | LessThan(0.4) | lu_rh | hesitant | number-format
RH cells w/o errors hl pls | NotErrors() | lu_rh | sms | negation | column-word
also RH values that repeat, yellow. | Duplicates() | lu_rh | followup | column-word
Agreed: instruments due back today highlighted on the counter screen. | Today() | lu_due | minutes | date
due back nxt wk hl pls | NextWeek() | lu_due | sms | date
oh and anything that was due back last month - red, overdue. | LastMonth() | lu_due | followup | date
Could instruments due today or next week both be highlighted? | OR(Today(), NextWeek()) | lu_due | hesitant | compound | date
# winter gritting depot
Agreed: runs spreading more than 6 tonnes flagged for the salt audit. | GreaterThan(6) | gr_salt | minutes
runs of exactly 4 t hl pls | Equals(4) | gr_salt | sms
also the top 10 percent of salt runs - red. | TopPercent(10) | gr_salt | followup | superlative
Could runs below the average salt spread be shaded? | BelowAverage() | gr_salt | hesitant
data bars on salt spread pls | DataBar() | gr_salt | sms | visual | column-word
Could the routes beginning A38 be picked out? | TextStartsWith("a38") | gr_route | hesitant
Agreed: every primary route - 'primary' anywhere in the name - highlighted. | TextContains("primary") | gr_route | minutes | quoted
routes ending w moor hl | TextEndsWith("moor") | gr_route | sms
oh and routes that aren't B3 roads - no 'B3' in the name - light grey. | TextNotContains("b3") | gr_route | followup | negation | quoted
Agreed: road surface at 0 °C or below flagged - grit. | LessThanEqual(0) | gr_temp | minutes | boundary
3 coldest roads hl pls | Bottom(3) | gr_temp | sms | superlative | polarity
Could readings from minus 1 to plus 1 inclusive be highlighted? That's the borderline band. | Between(-1, 1) | gr_temp | hesitant | range | number-words
and surface temp cells that aren't errors, pale blue. | NotErrors() | gr_temp | followup | negation | column-word
colour scale on road temp pls | ColorScale() | gr_temp | sms | visual | column-word
Could roads reading exactly 0 degrees be highlighted? Right on the line. | Equals(0) | gr_temp | hesitant
Agreed: gritters with a service due next month highlighted for booking. | NextMonth() | gr_service | minutes | date
Could the services due this week be marked? | ThisWeek() | gr_service | hesitant | date
service due yday hl - missed? | Yesterday() | gr_service | sms | date
also services due last month or last week - overdue - red. | OR(LastMonth(), LastWeek()) | gr_service | followup | compound | date
# ghost tours
Could sold-out tours - all 30 tickets booked - be highlighted? | Equals(30) | gh_booked | hesitant
tours w under 10 booked hl pls | LessThan(10) | gh_booked | sms
Agreed: tours with 25 or more booked need a second guide - highlight. | GreaterThanEqual(25) | gh_booked | minutes | boundary
oh and tours above the average booking - green. | AboveAverage() | gh_booked | followup
Agreed: icon set on tickets booked. | IconSet() | gh_booked | minutes | visual | column-word
also any guide with Raven in their stage name - purple. | TextContains("raven") | gh_guide | followup
guides starting w The hl pls | TextStartsWith("the") | gh_guide | sms
Could just Mr Grimm be highlighted - exactly that name, not the trainee or Young Mr Grimm? | TextEquals("mr grimm") | gh_guide | hesitant
Agreed: guides listed twice highlighted (double shifts). | Duplicates() | gh_guide | minutes
tours this wk hl | ThisWeek() | gh_tour | sms | date
Agreed: tomorrow night's tours highlighted for the costume check. | Tomorrow() | gh_tour | minutes | date
Could next month's tour nigths be shaded? | NextMonth() | gh_tour | hesitant | date | typo
oh and last night's tours - yesterday - grey. | Yesterday() | gh_tour | followup | date
Could reviews under 3 stars be highlighted so I can reply? | LessThan(3) | gh_rating | hesitant
5 star reviews hl pls | Equals(5) | gh_rating | sms
and any review score that's been filled in - light green. | NotBlanks() | gh_rating | followup | column-word
Agreed: review scores below the average flagged for the guide's review. | BelowAverage() | gh_rating | minutes | column-word
# sign-language interpreting agency
Agreed: bookings of 6 hours or more need a co-worker - highlight. | GreaterThanEqual(6) | si_hours | minutes | boundary
jobs under 2 hrs hl - min charge | LessThan(2) | si_hours | sms
Could the two shortest bookings be marked? | Bottom(2) | si_hours | hesitant | superlative | number-words
also bookings longer than average - colour them. | AboveAverage() | si_hours | followup
types ending in remote hl pls | TextEndsWith("remote") | si_type | sms
Agreed: all legal work - 'legal' anywhere in the type - highlighted for the register check. | TextContains("legal") | si_type | minutes | quoted
Could only the plain Education bookings be highlighted - exactly Education, not remote or further education? | TextEquals("education") | si_type | hesitant
oh and every assignment that isn't remote - no 'remote' in it - light blue. | TextNotContains("remote") | si_type | followup | negation | quoted
jobs 2day hl pls | Today() | si_date | sms | date
Agreed: assignments in the last 7 days highlighted until timesheets are in. | Last7Days() | si_date | minutes | date
and next week's assignments - pale green. | NextWeek() | si_date | followup | date
Could everything that's not in this week be greyed out? | NOT(ThisWeek()) | si_date | hesitant | negation | date
Agreed: fee cells showing an error (#VALUE!, #N/A) highlighted for accounts. | Errors() | si_fee | minutes
fees not filled in hl pls | Blanks() | si_fee | sms
Could fees that are either missing or showing an error both be highlighted? | OR(Blanks(), Errors()) | si_fee | hesitant | compound
also the top 25% of fees - gold. | TopPercent(25) | si_fee | followup | superlative
Agreed: registration numbers that appear only once highlighted - the rest are duplicates to check. | Unique() | si_reg | minutes
reg nos used twice hl pls | Duplicates() | si_reg | sms
oh and every row with a registration no. filled in - tick colour. | NotBlanks() | si_reg | followup
# bouncy castle hire
castles w pirate in the name hl | TextContains("pirate") | bc_castle | sms
Agreed: units ending in 'Combo' highlighted - they need the bigger blower. | TextEndsWith("combo") | bc_castle | minutes | quoted
Could just the Princess Palace be highlighted - written exactly that, capitals or not, not the deluxe or the mini? | TextEquals("princess palace") | bc_castle | hesitant | odd-case
oh and castles whose name begins with the word Castle - light blue. | TextStartsWith("castle") | bc_castle | followup
tmrw hires hl | Tomorrow() | bc_hire | sms | date
also last week's hires - check deposits are back. | LastWeek() | bc_hire | followup | date
Agreed: every hire this month highlighted for the insurance return. | ThisMonth() | bc_hire | minutes | date
Could hires booked for next week be shaded? | NextWeek() | bc_hire | hesitant | date
deposit cell left blank hl pls | Blanks() | bc_deposit | sms
Could deposits over £100 be highlighted? | GreaterThan(100) | bc_deposit | hesitant | number-format
Agreed: deposits from £50 to £100 inclusive marked standard. | Between(50, 100) | bc_deposit | minutes | range | number-format
oh and any deposit that isn't the usual £50 - amber. | NotEquals(50) | bc_deposit | followup | negation | number-format
Agreed: blowers past 800 hours (over, not at) flagged for service. | GreaterThan(800) | bc_blower | minutes | boundary
blowers above avg hrs hl pls | AboveAverage() | bc_blower | sms
Could blower hours have data bars? | DataBar() | bc_blower | hesitant | visual | column-word
# added after the first count (thin functions in one half, and the typo tag)
Agreed: scores above 45 but under 55 marked as nearly there. | AND(GreaterThan(45), LessThan(55)) | ax_score | minutes | compound
owls exept the chick hl pls | AND(TextContains("owl"), TextNotContains("chick")) | tx_species | sms | compound | negation | typo
Could days from 1,000 up to but not including 1,500 litres be shaded? | AND(GreaterThanEqual(1000), LessThan(1500)) | ms_sap | hesitant | compound | number-format | boundary
oh, and scores under 3 - but only ones actually filled in, not the empty cells. | AND(NotBlanks(), LessThan(3)) | gh_rating | followup | compound
jobs this month hl | ThisMonth() | si_date | sms | date
Could the whole of this month's races be highlighted? | ThisMonth() | pg_race | hesitant | date
also all of this months sesions - pale green | ThisMonth() | ax_session | followup | date | typo
classes nxt month hl pls | NextMonth() | cs_class | sms | date
Agreed: July's events - next month - highlighted for permissions. | NextMonth() | or_event | minutes | date
Could any pack load showing an error like #N/A be highlighted? | Errors() | ll_load | hesitant
sap cells w errors hl | Errors() | ms_sap | sms
Agreed: any ends-won cell showing an error highlighted for the scorer. | Errors() | cu_ends | minutes | column-word
Agreed: quotes that appear only once highlighted. | Unique() | tx_price | minutes
and prices that only appear once, light green. | Unique() | bb_price | followup
Could deposit amounts that are used only once be highlighted? | Unique() | bc_deposit | hesitant
Agreed: any rower not exactly on target weight (difference not zero) highlighted. | NotEquals(0) | rw_diff | minutes | negation | number-words
also bookings that aren't the standrad 2 hrs - flag them | NotEquals(2) | si_hours | followup | negation | typo
data bars on tickets booked pls | DataBar() | gh_booked | sms | visual | column-word
Agreed: data bars on daily visitors for the display screen. | DataBar() | lh_visitors | minutes | visual | column-word
Could the ice temps get data bars? | DataBar() | cu_ice | hesitant | visual | column-word
and a colour scale on the score column | ColorScale() | ax_score | followup | visual | column-word
Would a colour scale on blower hours work? | ColorScale() | bc_blower | hesitant | visual | column-word
Agreed: colour scale on salt spread. | ColorScale() | gr_salt | minutes | visual | column-word
Could the lowest 10% of Brix readings be marked? | BottomPercent(10) | ms_brix | hesitant | superlative | column-word
lowest 20% pH hl pls | BottomPercent(20) | hs_ph | sms | superlative
and the bottom quarter of tours by tickets booked - grey. | BottomPercent(25) | gh_booked | followup | superlative | number-words
clocks not spot on (variation not zero) hl pls | NotEquals(0) | pg_clock | sms | negation | number-words
Could Brix readings that aren't exactly 66 be highlighted? | NotEquals(66) | ms_brix | hesitant | negation
Could all the items ending in Mug be picked out? We're doing a mug promotion. | TextEndsWith("mug") | lh_shop | hesitant
items w lighthouse anywhere hl pls | TextContains("lighthouse") | lh_shop | sms
Agreed: keyrings and mugs (names ending Keyring or Mug) highlighted for the reorder. | OR(TextEndsWith("keyring"), TextEndsWith("mug")) | lh_shop | minutes | compound
oh and any kit checked yesterday - light green. | Yesterday() | mr_kit | followup | date
kit checked in last 7 days hl pls | Last7Days() | mr_kit | sms | date
Agreed: kit last checked in May - last month - flagged for re-check. | LastMonth() | mr_kit | minutes | date
Could the ratings that aren't errors be shaded? | NotErrors() | si_rating | hesitant | negation
ratings filled in hl pls | NotBlanks() | si_rating | sms
Agreed: data bars on interpreter rating. | DataBar() | si_rating | minutes | visual | column-word
also a colour scale on the rating column | ColorScale() | si_rating | followup | visual | column-word
Could ratings of 4 or more but under 4.5 be highlighted? | AND(GreaterThanEqual(4), LessThan(4.5)) | si_rating | hesitant | compound | boundary
"""

# The set files written before this one. A set file written beside this one (tenth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "eighth_cf.json", "eighth_tables.json", "everyday_cf.json",
              "everyday_tables.json", "fifth_cf.json", "fifth_tables.json", "forum_tables.json", "fourth_cf.json",
              "fourth_tables.json", "fresh_cf.json", "fresh_tables.json", "ninth_cf.json", "ninth_tables.json",
              "plain_cf.json", "posts_tables.json", "seventh_cf.json", "seventh_tables.json", "sixth_cf.json",
              "sixth_tables.json", "spoken_cf.json", "template_tables.json", "third_cf.json", "third_tables.json",
              "web_cf.json")


column_sets.bind(globals(), TENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
