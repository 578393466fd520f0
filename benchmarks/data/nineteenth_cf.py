"""A nineteenth independent set of one-column CF requests, and the builder of nineteenth_cf.json.

Written from scratch (2026-12-07 10:08 to 10:20 UTC by `date -u`, engineer E19c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of
twenty domains no earlier builder's docstring names, on this set's own columns (a gold mine, a cotton mill, a
jute mill, a rubber estate, a cocoa farm, a safari lodge, a pilates studio, a weightlifting club, a billiards
hall, a lottery syndicate, a racecourse, an oil refinery, a dockyard, a freight forwarder, a garment factory, a
sugar mill, a brick kiln, a tiffin service, a rickshaw fleet, a haulage firm), in four styles new to the sets:
`distractor` (the request carries numbers and words that are not the rule's literal and a careful reader
ignores: sheet names, cell ranges, row counts, years, people, "Sheet3, B2:B40, 38 rows: flag anything over 75"),
`symbols` (signs and unicode in place of words: "≥ 50", "≠ 0", "→ red", "✗ blanks", "50–80", "x∈[10,20]"),
`regional` (British, Indian and Australian English and its numbers: "over 2 lakh" -> 200000, "above 1.5 crore"
-> 15000000, "1,50,000" -> 150000, "under 50 quid", "a tenner", "a grand", "a ton" -> 100, "a fortnight" -> 14,
"nil" -> 0, "kindly", "arvo") and `idiom` (figures of speech a careful reader decodes: "north of 50" -> >50,
"south of 10" -> <10, "in the red" -> negative, "tops out at 30" -> at most 30, "the cream of the crop, top 5"
-> Top(5), "a ballpark of 10 to 20" -> between); these examples are the brief's, made up for it, and are not
entries. Only requests the language expresses exactly, one right rule on the column, every literal recoverable
by a careful reader. Labels are what the executor formats with Today = 2024-06-12 (a Wednesday: this week is
Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June, last month May,
next month July), with Excel's semantics kept as they are (a blank compares as 0 and any text is greater than
any number); every comparison, Between, NotBetween and numeric AND, OR and NOT of this set is on a column of
numbers only (no text cell, no blank), and the columns that carry a colour scale, data bar or icon set hold one
text cell ("retest", "mill shut", "void", ...), one blank and one error cell, so that a visual rule formats the
numbers only. Text columns that NOT or TextNotContains runs on hold no blank; the columns of Duplicates,
Unique, Blanks and NotBlanks hold one blank and one cell of one space (the executor counts that cell as a value
that appears once, as Excel does). A program checked these conventions on every entry (it printed an empty list).

What its author read: of benchmarks/data/eighteenth_cf.py, which this builder mirrors, lines 1-169 (its module
docstring, imports, constants, `_joined` and its date lists, up to `COLUMNS = {`) and 811-827 (OTHER_SETS, the
bind and the main block), by `sed -n`, after a `grep -nE` anchored on `^[A-Z_]+ = `, `^def `, `^if __name__`,
`^class `, `^import` and `^from`, for their places; benchmarks/data/column_sets.py (all, `cat`);
benchmarks/data/everyday_common.py (all, `cat`); tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of
tests/benchmarks/set_files.py lines 1-16 and 63-210 (the check functions; `grep -n '^def '` and `wc -l` for
their places); ../shared/docs/CF_RULES.md (all, `cat`); characters 6,000-12,000 of benchmarks/data/README.md
(`head -c 12000 | tail -c 6000`; see slip 1); the public API of cf_assistant.languages.cf (parse and to_text on
25 made-up rules, for their canonical spelling). Commands that printed anything else: `date -u` (about fifteen
times); `cat` of the brief; `ls` of /work/team, /work/main and benchmarks/data (file names, for OTHER_SETS); the
import check (`ok`); `wc -l` of eighteenth_cf.py, column_sets.py, everyday_common.py, the test module,
set_files.py and CF_RULES.md; two runs of a program that printed one True/False per candidate domain word or
phrase: whether any other builder's module docstring (benchmarks/data/*.py except nineteenth_*, by
`ast.get_docstring`, lower-cased) or the whole benchmarks/data/README.md holds it as a substring; a count of the
other set files in the folder (43); this builder's own check runs before any half was printed (five: the number
of entries and columns, the counts per function, style and tag over all entries, unused columns, lines over 120
characters, and the problems of `problems_of`, which name this builder's own requests); `grep -c`, `grep -n` and
`awk` over this builder's own draft files (counts, two of its own COLUMNS lines, its lines over 120 characters);
a program that checked the column conventions above (twice: one visual column without an error cell, then an
empty list) and the cells per column; the builder's main run (counts per function, style and tag per half);
`md5sum` of two rebuilds (equal); the first 12 lines of the test module after adding this set to it (its
docstring); the program that inserted this set's README row (it printed the row's line number); a count of
the set files in the folder (45, nineteenth_tables.json among them); the test modules' pass counts (6577 and 46
passed, twice). Candidates the check dropped (printed True): mining, tea plantation, plantation, dairy,
cheese, fish market, auction house, antique, stamp collect, observatory, zoo, tattoo, barber, nail salon, spa,
yoga, boxing, fencing, archery, judo, wrestling, gymnastics, badminton, squash, table tennis, volleyball,
handball, hockey, baseball, softball, golf, bowls, snooker, esports, chess, bridge club, poker, bingo, casino,
greyhound, kennel, cattery, stable, farrier, sheep, shearing, wool, silk, spice, tailor, cobbler, shoe, jewel,
watch repair, clock, locksmith, plumber, glazier, scaffold, crane, demolition, tunnel, dam, hydro, pipeline,
shipyard, container, tram, bus depot, cable car, toll, parking, petrol, ev charging, car dealer, scrap, salt
works, roofing, coin dealer, paper mill, cinema, toy shop, bridal, taxiderm, perfume, candle, soap, ice cream,
pub quiz, quarantine, blood donor, dialysis, hospice, midwife, dermatolog, cardiolog. Taken (printed False):
"gold mine", "cotton mill" / cotton, "jute mill" / jute, "rubber estate" / rubber, "cocoa farm" / cocoa,
"safari lodge" / safari, "pilates studio" / pilates, "weightlifting club" / weightlifting, "billiards hall" /
billiards, lottery, racecourse, refinery / "oil refinery", dockyard, "freight forwarder" / freight, "garment
factory" / garment, "sugar mill", "brick kiln", tiffin, rickshaw, haulage / lorry. Printed False and not used:
salt mine, coffee farm, game reserve, powerlifting, nuclear, nuclear plant, port authority, rail yard, metro,
auto body, salvage yard, textile, textile mill, rice mill, matchmak, astrolog, bookmaker, betting shop, tea
estate, silver, diamond, gem, chemotherap, ivf, paediatric.

Slips. (1) A `grep -n 'eighteenth_cf' benchmarks/data/README.md | cut -c1-60`, run to find where this set's row
goes, printed the first 60 characters of the README's eighteenth one-column row (line 56, past the first 12,000
characters the brief allows): its file names, its record count and its dev count; no wording of any request.
(2) The set holds 453 records (dev 244, test 209), more than the brief's "about 430" (dev about 220, test about
210): the drafts were written to put at least ten records on each of the 41 functions before any half was
seen, and the halves are the hash's, not steered. No other slip known: no draft was reworded after its half
was seen (no record's half was ever printed; the builder prints counts per function, style and tag per half
only, and it was run for those counts once, after every draft had its final wording, when every function
already stood in both halves; later runs sent their output to /dev/null or printed only `md5sum`).
Not read: anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES
or TABLES, the rest of benchmarks/data/README.md, the utterances of any JSON file, nineteenth_tables.* (being
written beside this set by engineer E19t), tests/benchmarks/test_table_sets_data.py,
tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data, git log, diff, show or status.
No model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values
between a tenth of a threshold and ten times it, prefix/suffix/middle variants of texts, blanks, cells of one
space, text and error cells beside the numbers of visual columns). The drafts were written in four batches of
five or eight domains, each checked before the next was written (no half printed). The checks flagged: two
Equals on a column's top value (a wage of 350000 added; "all five" of the Big Five reworded to "just the one",
Equals(1)); Equals(0) and NotEquals(0) on columns without a negative (the winnings column made a net column with
a -2 cell, and its "won nowt" draft reworded to "the net came to nil"; the table-hours draft reworded to "4
hours on the dot", Equals(4); "rejects ≠ 0" and "rejects of 0 or above 200" reworded to NotEquals(75) and
OR(Equals(45), GreaterThan(200)), with a 200 cell added); five AND/OR text rules whose columns lacked a cell
that tells Contains from StartsWith or EndsWith ("Ex-HMS Tyne", "Ex-RFA Argus", "Shanghai Yangshan", "Port
Mundra", "JNPT Nhava Sheva", "KIDS-HOOD-01", "Bhagwanpur Gola", "Kheri Khurd", "West Bandra Lane", "Old Kurla
Depot" added); one visual column without an error cell (#N/A added). One draft was added (a ThisMonth on the
renewal dates) to bring ThisMonth to ten, before any half was printed. The last check found none. 453
records on 124 columns: dev 244, test 209 (the hash's split, not steered); styles symbols 133, idiom 121,
distractor 101, regional 98; every one of the 41 functions in both halves (at least two in each half); 12-18
cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written
before it (`OTHER_SETS`), of any other set file in the folder when it runs (nineteenth_tables.json, written
beside it by someone else, included when present) or of the train split, a non-canonical rule, a column of
fewer than 12 or more than 20 cells, a column where the rule formats no row or every row, and a column that
cannot tell the rule from the rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`distractor`, `symbols`, `regional`, `idiom`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`,
`range`, `polarity`, `date`, `visual` (as in eighteenth_cf.py), then the set tag `nineteenth`. IDs have the
prefix `n19c-`; the dev/test halves come from a hash of the ID. No request starts with "#" (a line starting so
is a heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long
for one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/nineteenth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "nineteenth_cf.json"
PREFIX = "n19c"
NINETEENTH_TAG = "nineteenth"
STYLES = ("distractor", "symbols", "regional", "idiom")
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
FA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-09|2024-06-15|2024-06-07|2024-06-04|2024-06-18|2024-06-21|"
      "2024-06-27|2024-05-20|2024-07-08|2023-11-02||2024-06-01")
FB = ("2024-06-10|2024-06-12|2024-06-14|2024-06-11|2024-06-05|2024-06-08|2024-06-17|2024-06-20|2024-06-03|"
      "2024-05-29|2024-07-16|2024-08-12|pending|2024-06-24|2024-06-13")
FC = ("2024-06-13|2024-06-06|2024-06-12|2024-06-02|2024-06-19|2024-06-16|2024-06-11|2024-06-28|2024-05-06|"
      "2024-07-25|2024-04-30|2024-06-14|2024-06-09|")
FD = ("2024-06-11|2024-06-22|2024-06-12|2024-06-07|2024-06-13|2024-06-10|2024-05-31|2024-07-01|2024-06-26|"
      "2024-06-04|2024-03-18|n/a|2024-06-15|2024-06-19")

COLUMNS = {
    # a gold mine
    "gm_grade": ("Ore Grade (g/t)", "0.8|2.5|3.1|5|4.9|7.2|12|0.5|50|1|6.4|3.5|9|0.4|15|1.9"),
    "gm_depth": ("Shaft Depth (m)", "850|1200|2400|3100|950|1800|3000|4000|600|2750|1000|1500|3800|2100"),
    "gm_crew": ("Crew Leader", "Mthunzi Dube|Sipho Nkosi|Thabo Dube|Dube Mining Co|Lerato Mokoena|Khaya Sipho Mhlongo|"
                "Naledi Khumalo|Andile Zulu|Bongani Dube Jr|Zanele Mthembu|Sipho Dlamini|Kagiso Molefe|Themba Ndlovu"),
    "gm_assay": ("Assay (g/t)", "4.1|3.8|#N/A|5.2||2.9|6.5|#DIV/0!|3.3|4.4|retest|7.1|2.2|#VALUE!|5.5"),
    "gm_shift": ("Shift Date", FA),
    # a cotton mill
    "cm_bales": ("Bales Dispatched", "1200|850|2000|1500|3400|400|999|2500|1800|12000|150|2600|700|1000"),
    "cm_wages": ("Monthly Wage (₹)", "18000|25000|12500|20000|32000|9500|150000|21000|16000|45000|200000|11000|"
                 "27500|15000|350000"),
    "cm_lot": ("Lot Value (₹)", "150000|240000|98000|1500000|320000|500000|2000000|75000|1200000|15000000|410000|"
               "15000|860000|200000"),
    "cm_count": ("Yarn Count", "Ne 30 Combed|Ne 40 Carded|Ne 30 Carded|Ne 20 Combed|Combed Ne 60|Ne 40 Compact|Ne 30|"
                 "Ne 50 Combed Slub|Ne 80 Compact|Ne 24 Carded|OE 10|Ne 32 Combed|Compact Ne 30"),
    "cm_worker": ("Worker ID", "W101|W102|W103|W101|W104|W105|W102|W106| |W107||W108|W109|W103"),
    "cm_qc": ("QC Date", FB),
    # a jute mill
    "jm_moist": ("Moisture (%)", "12|18|14.5|20|9|16|22|11|13|25|17|8.5|19|15"),
    "jm_hessian": ("Hessian Made (m)", "4500|5200|3800|6100|2900|7400|5000|mill shut|4100|8800|3300|6600||5900|#N/A|"
                   "2500|4700"),
    "jm_buyer": ("Buyer", "Kolkata Sacks|Howrah Traders|Sacks & Bags Ltd|Bengal Sacks|Dhaka Jute House|"
                 "Sackville Imports|Patna Agro|Kolkata Twine|Hooghly Sacks Co|Assam Tea Chests|Greater Kolkata Bags|"
                 "Kolkata Port|Bengal Sacks Pvt|West Bengal Sacks"),
    "jm_grade": ("Fibre Grade", "TD-3|TD-4|TD-5|W-3|TD-3|TD-6|W-4||TD-5|TD-4| |TD-7|W-5|TD-3"),
    "jm_profit": ("Profit (₹ lakh)", "12.5|-3.2|4|0|-0.5|8|-12|2.5|15|-1|6|0.5|-7.5|10"),
    # a rubber estate
    "re_latex": ("Latex (kg)", "42|38|55|61|29|47|50|33|70|25|58|44|36|65"),
    "re_tapper": ("Tapper", "Thomas K|Joseph Mathew|Mathew Thomas|Anil Kumar|Thomas Joseph|Biju Varghese|Sunil Kumar|"
                  "Kumar Nair|Mathews P|Rajan Pillai|Suresh Kumar V|Shaji Thomas"),
    "re_drc": ("DRC (%)", "33|35.5|31|38|36|29|40|34|32.5|37|30|39|35|28"),
    "re_rain": ("Rain Day", FC),
    "re_rate": ("RSS-4 Rate (₹/kg)", "182|175|190|168|200|185|171|195|179|188|160|205|172|183"),
    # a cocoa farm
    "co_pods": ("Pods per Tree", "24|31|18|40|12|27|35|20|45|15|30|38|9|28"),
    "co_ferm": ("Ferment Days", "6|5|7|6|8|4|6|5|9|7|3|6|5|8"),
    "co_buyer": ("Buyer Name", "Cocobod|Cargill Ghana|Olam Cocoa|Barry Callebaut|Cocobod Kumasi|Touton|Olam|Ecom Agro|"
                 "Cocobod Takoradi|Fairtrade Co-op|Olam Foods|Kuapa Kokoo|Ghana Cocobod Tema|Ghana Olam"),
    "co_bags": ("Bags (64 kg)", "12|18|25|9|30|15|22|40|11|27|8|35|20|14|10"),
    "co_harvest": ("Harvest Date", FD),
    # a safari lodge
    "sl_rate": ("Nightly Rate (USD)", "450|620|380|1200|890|510|750|300|1500|680|420|1000|550|800"),
    "sl_sight": ("Big Five Seen", "3|5|2|4|1|5|0|3|2|4|5|1|3|2"),
    "sl_guest": ("Guest Party", "Smith x2|Okafor Family|Müller x4|Smith Family|Tanaka x2|Okafor x3|Jensen Party|"
                 "Smithers x2|Nguyen Family|Rossi x2|Family Smith|O'Brien x5"),
    "sl_drive": ("Game Drive", FA),
    "sl_fuel": ("Fuel Used (l)", "45|52|38|#N/A|61||47|40|55|#DIV/0!|43|58|36|50|closed"),
    # a pilates studio
    "ps_class": ("Class Size", "8|12|6|10|14|4|9|12|7|15|5|11|3|10"),
    "ps_member": ("Member", "Claire Hughes|Emma Reformer|Chloe Hughes-Wood|Sophie Hughes|Hughes Fitness|Olivia Grant|"
                  "Amelia Price|Grace Hughes|Isla Morgan|Ava Hughesdon|Poppy Hughes|Lily Evans"),
    "ps_fee": ("Monthly Fee (£)", "45|60|38|75|50|100|32|55|120|48|65|29|80|40"),
    "ps_renew": ("Renewal Date", FB),
    "ps_attend": ("Sessions Attended", "12|4||9| |15|7|2|20|11|6|3|9|14"),
    "ps_spend": ("Shop Spend (£)", "12.5|30|8|free trial|22|45||15|60|#N/A|18|27|9|35"),
    # a weightlifting club
    "wl_snatch": ("Snatch (kg)", "85|102|77|110|95|120|68|100|130|90|115|73|105|98"),
    "wl_total": ("Total (kg)", "190|230|175|250|210|265|160|220|280|205|240|150|225|215"),
    "wl_bw": ("Bodyweight (kg)", "61|73|55|81|67|89|102|49|96|59|109|71|64|76"),
    "wl_lifter": ("Lifter", "Tom Reyes|Ana Lopez Reyes|Reyes Jr|Mia Chen|Chen Wei|Luca Bianchi|Sara Chen-Hall|"
                  "Omar Haddad|Kim Reyes|Ben Okoro|Eva Novak|Raj Patel"),
    "wl_meet": ("Meet Date", FC),
    "wl_result": ("Result", "good lift|no lift|good lift|no lift - press out|good lift|bomb out|no lift|good|DNS|"
                  "good lift - 2 whites|judged good lift|good lift|jury: no lift"),
    # a billiards hall
    "bh_break": ("Highest Break", "45|72|18|100|33|147|50|88|20|61|110|39|95|12"),
    "bh_table": ("Table Hours", "3.5|6|2|8|4.5|1|7|5|2.5|9|0|6.5|3|4"),
    "bh_player": ("Player", "Ronnie O|Jimmy W|Big Ronnie|Steve D|Ronnie's Mate|Mark S|Ronnie|Judd T|Kyren W|Alan M|"
                  "Ronnie O'Brien|Neil R"),
    "bh_tab": ("Bar Tab (£)", "12.50|8|25|0|31.20|4.75|18|#REF!||60|9.99|15|void|22|40"),
    "bh_booked": ("Booking", FD),
    "bh_member": ("Member No", "M12|M15|M12|M20| |M31|M15||M44|M52|M20|M67|M70|M81"),
    # a lottery syndicate
    "ly_stake": ("Stake (£)", "2|5|10|2|20|1|5|50|2.5|10|15|3|25|4"),
    "ly_win": ("Net Winnings (£)", "0|25|0|150|10|1000|0|45|5|2500|-2|0|75|20|350"),
    "ly_member": ("Syndicate Member", "Auntie Pam|Uncle Dev|Pam Jr|Gary from Accounts|Big Dev|Sandra|Devon Hayes|Pam|"
                  "Kev|Lorraine|Dev|Sharon Pam"),
    "ly_draw": ("Draw Date", FA),
    "ly_number": ("Lucky Number", "7|13|21|7|42|3|13| |33||8|19|27|45"),
    # a racecourse
    "rc_odds": ("Starting Price (decimal)", "2.5|4|7.5|11|3.25|21|6|1.8|15|10|34|5|2|13"),
    "rc_runners": ("Runners", "8|12|6|14|10|16|7|9|20|11|5|13|18|10"),
    "rc_horse": ("Horse", "Desert Storm|Storm Chaser|Quiet Storm|Brainstorm|Lucky Star|Star of Galway|Northern Star|"
                 "Stormy Weather|Midnight Run|Run the Storm|Gold Dust|Dust Devil"),
    "rc_prize": ("Prize Money (€)", "5000|12000|8500|25000|4000|50000|7500|15000|3000|100000|9000|20000|6000|10000"),
    "rc_race": ("Race Date", FB),
    "rc_going": ("Going", "Good|Good to Soft|Soft|Heavy|Good to Firm|Firm|Good|Yielding|Soft to Heavy|Very Good|"
                 "Standard|Heavy in places|Standard to Slow"),
    # an oil refinery
    "or_temp": ("Furnace Temp (°C)", "350|365|340|380|395|370|410|355|360|400|345|390|375|420"),
    "or_sulphur": ("Sulphur (ppm)", "10|8|12|15|50|9|500|11|20|7|14|10.5|35|6"),
    "or_unit": ("Unit", "CDU-1|VDU-1|CDU-2|FCC|Hydrotreater 1|CDU-3|Reformer|Alkylation|Hydrotreater 2|Coker|"
                "Sulphur Recovery|Hydrocracker|Pre-CDU Desalter|Naphtha Hydrotreater|Recovery Boiler"),
    "or_flow": ("Flow (bbl/d)", "120000|85000|150000|100000|200000|64000|110000|175000|72000|130000|90000|160000|"
                "105000|140000"),
    "or_alarm": ("Alarm Code", "A-101|B-220|A-101|C-310||A-455|B-220| |D-900|A-101|C-311|E-120|B-221|F-001"),
    "or_reading": ("Analyser", "4.2|3.9|#N/A|4.8|5.1|offline|3.6|#NUM!|4.0||4.4|5.6|3.3|4.9"),
    "or_turn": ("Turnaround", FC),
    # a dockyard
    "dy_tonnage": ("Hull Tonnage (t)", "1200|3500|800|5000|2400|12000|650|4100|9000|1500|7000|2000|25000|3000"),
    "dy_days": ("Days in Dry Dock", "12|30|7|45|21|14|60|9|28|18|35|5|40|14"),
    "dy_vessel": ("Vessel", "MV Northern Light|HMS Valiant|MV Sea Breeze|RFA Tidespring|MV Light of Dawn|Tug Bulldog|"
                  "MV Clyde Star|HMS Tyne|Dredger 4|MV Northern Belle|Pilot Cutter 2|Ex-MV Arran|Tug Bulldog II|"
                  "Old Tug Bulldog|Ferry Isle of Mull|Ex-HMS Tyne|Ex-RFA Argus"),
    "dy_paint": ("Hull Paint (l)", "400|650|#N/A|320|900|in stock|550||1200|#DIV/0!|480|760|300|870"),
    "dy_dock": ("Dock-In Date", FA),
    "dy_undock": ("Undock Date", FD),
    "dy_welder": ("Welder Ticket", "WT-104|WT-221|WT-104| |WT-330|WT-412||WT-221|WT-509|WT-610|WT-104|WT-777|WT-808|"
                  "WT-915"),
    # a freight forwarder
    "ff_weight": ("Chargeable Weight (kg)", "250|1000|480|1500|75|3200|900|120|5000|640|2200|10000|350|800"),
    "ff_cbm": ("Volume (CBM)", "2.5|12|33|8|1.2|67|20|5.5|28|15|0.8|45|3|10"),
    "ff_port": ("Port of Loading", "Shanghai|Ningbo|Shanghai Pudong|Busan|Port Klang|Nhava Sheva|Port Said|Qingdao|"
                "Jebel Ali|Shenzhen Port|Mundra|Rotterdam|Greater Shanghai|Mundra SEZ|Nhava Sheva JNPT|"
                "Shanghai Yangshan|Port Mundra|JNPT Nhava Sheva"),
    "ff_cost": ("Freight Cost (USD)", "1850|2400|#N/A|3100|990|quote pending|4500||2750|1200|#VALUE!|3600|2100|5200"),
    "ff_eta": ("ETA", FB),
    "ff_etd": ("ETD", FC),
    "ff_hbl": ("HBL No", "HB1001|HB1002|HB1003|HB1001|HB1004| |HB1005|HB1006|HB1002||HB1007|HB1008|HB1009"),
    # a garment factory
    "gf_pieces": ("Pieces per Hour", "42|55|38|60|47|70|35|52|65|44|58|30|50|48"),
    "gf_defect": ("Defect Rate (%)", "1.5|3|0.8|5|2.2|7.5|0.5|4|2|10|1.2|6|2.8|3.5"),
    "gf_style": ("Style Code", "POLO-22|TEE-10|POLO-31|HOOD-05|TEE-10-KIDS|POLO-22|SHIRT-POLO|JKT-09|TEE-11|HOOD-06|"
                 "POLO-22-L|CHINO-03|RE-POLO-22|KIDS-TEE-02|KIDS-HOOD-01"),
    "gf_line": ("Line Supervisor", "Ms Rahman|Mr Karim|Ms Akter|Rahman Bhai|Mr Hossain|Ms Begum|Mr Rahmanullah|"
                "Ms Sultana|Mr Islam|Ms Khatun|Mr Uddin|Ms Rahman Jr|Mrs Adams"),
    "gf_ship": ("Ship Date", FD),
    "gf_cut": ("Cutting Date", FA),
    "gf_eff": ("Line Efficiency (%)", "62|71|#DIV/0!|58|80|absent|66||75|69|#N/A|84|55|73"),
    "gf_ot": ("Overtime Pay (৳)", "1200|0|850|2500||400|1800| |3000|650|950|0|2100"),
    # a sugar mill
    "sm_cane": ("Cane Crushed (tonnes)", "4500|5200|3800|6000|2900|7100|5000|4800|8000|3300|6500|2500|5600|4000"),
    "sm_recovery": ("Recovery (%)", "10.2|9.8|11.5|10|12|9.5|10.8|11|8.9|10.5|11.8|9.2|10.1|12.4"),
    "sm_dues": ("Cane Dues (₹)", "250000|1800000|95000|500000|12000000|75000|1000000|300000|45000|2500000|150000|"
                "10000000|600000|100000"),
    "sm_village": ("Village", "Rampur|Rampur Khurd|Sitapur|Bilaspur|Chak Rampur|Nagla|Rampura|Barabanki|Kheri|"
                   "Rampur Kalan|Gola|Nanpara|Gola Gokarannath|Lakhimpur Kheri|Bhagwanpur Gola|Kheri Khurd"),
    "sm_weigh": ("Weighbridge (t)", "12.4|15.1|#N/A|9.8|14.2|broken|11.7||13.3|10.9|#REF!|16|8.6|12.8"),
    "sm_indent": ("Indent Date", FB),
    "sm_token": ("Token", "T-01|T-02|T-03|T-02|T-04| |T-05|T-06|T-01||T-07|T-08|T-09|T-10"),
    # a brick kiln
    "bk_bricks": ("Bricks Fired", "42000|55000|38000|60000|47000|100000|35000|52000|75000|44000|58000|30000|50000|"
                  "48000"),
    "bk_temp": ("Kiln Temp (°C)", "950|1000|1050|980|1100|920|1020|990|1080|900|1010|1060|970|1120"),
    "bk_rejects": ("Rejects", "120|85|300|0|45|210|60|15|500|100|150|30|0|75|200"),
    "bk_moulder": ("Moulder Gang", "Gang A - Ramesh|Gang B - Suresh|Ramesh Gang|Gang C - Mahesh|Gang D - Ramesh Jr|"
                   "Naresh|Gang E - Dinesh|Ramesh|Gang F - Umesh|Suresh Gang|Kamlesh|Gang G - Rajesh"),
    "bk_coal": ("Coal Used (t)", "3.2|2.8|#N/A|4.1|3.6|rain day|2.5||3.9|4.4|#DIV/0!|3|2.2|3.7"),
    "bk_firing": ("Firing Date", FC),
    "bk_dispatch": ("Dispatch Date", FD),
    # a tiffin service
    "ts_boxes": ("Tiffins Delivered", "120|95|140|80|150|110|60|135|100|175|90|125|70|160"),
    "ts_late": ("Minutes Late", "0|5|12|0|3|25|8|0|15|2|40|10|1|30"),
    "ts_area": ("Delivery Area", "Andheri East|Andheri West|Bandra|Dadar|Andheri|Churchgate|Lower Parel|Bandra Kurla|"
                "Parel|Powai|Navi Mumbai|Kurla West|Near Andheri Stn|Western Express Hwy|West Bandra Lane|"
                "Old Kurla Depot"),
    "ts_bill": ("Monthly Bill (₹)", "2400|3000|1800|#N/A|3600|2200|on hold|2800||4200|#VALUE!|2600|3300|1500"),
    "ts_order": ("Order Date", FD),
    "ts_pickup": ("Pickup Date", FB),
    "ts_cust": ("Customer Code", "C-21|C-34|C-21|C-45|C-56| |C-34|C-67|C-78||C-89|C-90|C-91|C-21"),
    # a rickshaw fleet
    "rk_km": ("Km Driven", "85|120|64|150|98|200|45|110|175|72|130|30|160|100"),
    "rk_fare": ("Fare Collected (₹)", "650|900|420|1200|780|1500|300|1000|1350|560|850|200|1100|950"),
    "rk_driver": ("Driver Name", "Raju Bhai|Santosh|Raju|Munna Raju|Pappu|Raju Kumar|Bablu|Chotu Raju|Guddu|Raju Singh|"
                  "Lallan|Rajubhai Patel"),
    "rk_cng": ("CNG Fill (kg)", "4.5|5.2|#N/A|3.8|6|no fill|4.9||5.5|#DIV/0!|4.2|6.3|3.5|5"),
    "rk_permit": ("Permit Expiry", FA),
    "rk_service": ("Service Due", FC),
    "rk_plate": ("Plate No", "MH01AB1234|MH02CD5678|MH01AB1234|MH03EF9012| |MH04GH3456|MH02CD5678||MH05IJ7890|"
                 "MH06KL2345|MH07MN6789|MH08OP0123|MH09QR4567"),
    # a haulage firm
    "hf_miles": ("Miles per Run", "120|340|85|500|210|75|420|160|600|280|100|380|250|150"),
    "hf_mpg": ("MPG", "8.5|9.2|7.8|10|8.1|11.4|7.2|9.8|8.9|12|7.5|9|10.6|8"),
    "hf_driver": ("Lorry Driver", "Dave Smith|Big Dave|Dave|Steve Jones|Davey Jones|Gaz Evans|Dave's Mate|Kev Price|"
                  "Mick Dave|Jonesy|Sam Jones|Tom Price|Pricey Pete|Evans the Van"),
    "hf_toll": ("Tolls (£)", "12.50|8|#N/A|25|4.5|none|18||30|#REF!|9.5|22|6|15"),
    "hf_collect": ("Collection Date", FC),
    "hf_mot": ("MOT Due", FD),
    "hf_trailer": ("Trailer ID", "TR-01|TR-02|TR-03|TR-01|TR-04| |TR-05|TR-02||TR-06|TR-07|TR-08|TR-09|TR-10"),
}

ENTRIES = _joined("""
# a gold mine
Sheet2, rows 4 to 18, 2023 survey: ore grades above 5 g/t only | GreaterThan(5) | gm_grade | distractor | column-word
grade ≥ 3.5 → gold fill | GreaterThanEqual(3.5) | gm_grade | symbols
ore grades south of 1 g/t | LessThan(1) | gm_grade | idiom
the cream of the crop, top 3 grades | Top(3) | gm_grade | idiom | superlative
depths 1000–3000 m | Between(1000, 3000) | gm_depth | symbols | range
Shaft B log (14 rows, 2022 sinking): depths deeper than 3000 | GreaterThan(3000) | gm_depth | distractor
the bottom of the barrel, the shallowest 2 shafts | Bottom(2) | gm_depth | idiom | superlative
crew leaders with Dube anywhere in the name, Level 3 shaft, 22 staff | TextContains("Dube") | gm_crew | distractor
name ends with 'Dube' → orange | TextEndsWith("Dube") | gm_crew | symbols | quoted
leaders whose names kick off with Sipho | TextStartsWith("Sipho") | gm_crew | idiom
✗ the broken assays (error cells) | Errors() | gm_assay | symbols
lab batch 7 of 2024, 15 assays: colour every assay that isn't an error | NotErrors() | gm_assay | distractor
    | negation
give the assay column the full rainbow, a colour scale | ColorScale() | gm_assay | idiom | visual
for the Q2 audit by Priya, shifts dated today | Today() | gm_shift | distractor | date
shift date ∈ last 7 days → shade | Last7Days() | gm_shift | symbols | date
# a cotton mill
lots over 2 lakh rupees | GreaterThan(200000) | cm_lot | regional | number-words
lot values of 15 lakh and above | GreaterThanEqual(1500000) | cm_lot | regional | number-words | boundary
lots below 1,50,000 rupees | LessThan(150000) | cm_lot | regional | number-format
the wage that is exactly 2 lakh | Equals(200000) | cm_wages | regional | number-words
monthly wages in the 15k–25k band | Between(15000, 25000) | cm_wages | symbols | number-format | range
payroll tab 'June-24', 14 workers, supervisor Mehta: wages of at most 12500 | LessThanEqual(12500) | cm_wages
    | distractor
bales dispatched ≠ 1000 | NotEquals(1000) | cm_bales | symbols
days when dispatch was north of a thousand bales | GreaterThan(1000) | cm_bales | idiom | number-words
for Mr Iyer's 2024 review, the top 20 percent of bales dispatched | TopPercent(20) | cm_bales | distractor
    | superlative
yarn counts that begin 'Ne 30' (lot 17, 2023 order) | TextStartsWith("Ne 30") | cm_count | distractor | quoted
the combed counts → blue | TextContains("Combed") | cm_count | symbols
kindly highlight the counts ending with Compact | TextEndsWith("Compact") | cm_count | regional
steer clear of carded: mark the counts without the word Carded | TextNotContains("Carded") | cm_count | idiom
    | polarity
worker IDs that crop up more than once | Duplicates() | cm_worker | idiom
Worker IDs, muster roll of 2023 aside: one-off entries only | Unique() | cm_worker | distractor
kindly mark the blank worker IDs | Blanks() | cm_worker | regional
QC dates falling next week | NextWeek() | cm_qc | regional | date
QC checks this month (ignore the 40s count lots) | ThisMonth() | cm_qc | distractor | date
QC done yesterday only, na? | Yesterday() | cm_qc | regional | date
# a jute mill
moisture ≤ 14.5 | LessThanEqual(14.5) | jm_moist | symbols
moisture north of 20 per cent | GreaterThan(20) | jm_moist | idiom
moisture in the ballpark of 12 to 18 | Between(12, 18) | jm_moist | idiom | range
Batch 2024/06, 14 bags from Godown 3: moisture outside 9 to 22 | NotBetween(9, 22) | jm_moist | distractor
    | range
hessian output that's a cut above the average | AboveAverage() | jm_hessian | idiom
hessian metres, data bars ✓ | DataBar() | jm_hessian | symbols | visual
Loom shed 2 (looms from 2019), 16 days: the bottom 20% by metres of hessian | BottomPercent(20) | jm_hessian
    | distractor | superlative
buyers with 'Sacks' in the name → green | TextContains("Sacks") | jm_buyer | symbols | quoted
buyer names beginning with Kolkata, yaar | TextStartsWith("Kolkata") | jm_buyer | regional
buyer == 'Bengal Sacks' | TextEquals("Bengal Sacks") | jm_buyer | symbols | quoted
for the 2024 tender with 14 buyers, mark the ones without Kolkata in their name
    | NOT(TextContains("Kolkata")) | jm_buyer | distractor | negation
fibre grades that repeat themselves like a stuck record | Duplicates() | jm_grade | idiom
fibre grades appearing just the once → tick | Unique() | jm_grade | symbols
mark the fibre grades that are filled in, the non-blank ones, cheers | NotBlanks() | jm_grade | regional
months in the red | LessThan(0) | jm_profit | idiom
profit ≥ 0 (break-even or better) | GreaterThanEqual(0) | jm_profit | symbols | boundary
tick the months where profit was nil | Equals(0) | jm_profit | regional | number-words
# a rubber estate
tapper names that end in 'Kumar', ya | TextEndsWith("Kumar") | re_tapper | regional | quoted
Muster 3 of 2024, 12 tappers: any name with Thomas in it | TextContains("Thomas") | re_tapper | distractor
kindly mark tappers whose names do not begin with Thomas | NOT(TextStartsWith("Thomas")) | re_tapper | regional
    | negation
latex that tops out at 36 kg | LessThanEqual(36) | re_latex | idiom | boundary
latex ≥ 50 | GreaterThanEqual(50) | re_latex | symbols
Block 4, 14 tappings, clone RRII 105: the best 4 by latex | Top(4) | re_latex | distractor | superlative
latex 33–44 kg | Between(33, 44) | re_latex | symbols | range
DRC below 30 per cent, the wonky lots | LessThan(30) | re_drc | regional
DRC in the 32.5 to 37 ballpark | Between(32.5, 37) | re_drc | idiom | range
DRC == 35 | Equals(35) | re_drc | symbols
the bottom of the pile, the 3 lowest DRC readings | Bottom(3) | re_drc | idiom | superlative
rain days last week | LastWeek() | re_rain | regional | date
rain days next month, 2023's washout aside | NextMonth() | re_rain | distractor | date
rain tomorrow → no tapping | Tomorrow() | re_rain | symbols | date
RSS-4 rate ≥ ₹190 | GreaterThanEqual(190) | re_rate | symbols
the top-drawer 25% of rates | TopPercent(25) | re_rate | idiom | superlative
Kottayam market, 14 auctions in 2024: rates below the average | BelowAverage() | re_rate | distractor
# a cocoa farm
pods per tree south of 20 | LessThan(20) | co_pods | idiom
trees with ≥ 30 pods | GreaterThanEqual(30) | co_pods | symbols
pods ≠ 40 | NotEquals(40) | co_pods | symbols
Plot 7, 2019 planting, 14 trees: mark the 2 weakest by pods | Bottom(2) | co_pods | distractor | superlative
fermented bang on 6 days | Equals(6) | co_ferm | idiom
beans fermented a week or longer | GreaterThanEqual(7) | co_ferm | idiom | number-words
ferment days < 5 → flag | LessThan(5) | co_ferm | symbols
buyers whose name begins with Cocobod (2023/24 crop, 14 buyers) | TextStartsWith("Cocobod") | co_buyer
    | distractor
buyer = 'Olam' exactly | TextEquals("Olam") | co_buyer | symbols | quoted
Ledger tab 'Buyers 24', 14 rows: buyer names not containing Cocobod | TextNotContains("Cocobod") | co_buyer
    | distractor | polarity
the 3 biggest loads of bags, the pick of the bunch | Top(3) | co_bags | idiom | superlative
bags topping out at 15 | LessThanEqual(15) | co_bags | idiom
bags 20–30 | Between(20, 30) | co_bags | symbols | range
Tema port sheet, June 2024, 15 lorries: bags not between 10 and 30 | NotBetween(10, 30) | co_bags | distractor
    | range
harvest dates → this week | ThisWeek() | co_harvest | symbols | date
harvested today (Kofi's list of 14 trees) | Today() | co_harvest | distractor | date
harvests from last month | LastMonth() | co_harvest | regional | date
# a safari lodge
rates north of 1000 dollars | GreaterThan(1000) | sl_rate | idiom | number-words
nightly rate ≤ 450 | LessThanEqual(450) | sl_rate | symbols | column-word
for the 2025 brochure (page 12), the top 20% of nightly rates | TopPercent(20) | sl_rate | distractor | superlative
rates that are below par, under the average | BelowAverage() | sl_rate | idiom
drives where we saw just the one of the Big Five | Equals(1) | sl_sight | idiom | number-words
sightings ≥ 4 | GreaterThanEqual(4) | sl_sight | symbols
party names containing Smith (booking ref 4471, 12 parties) | TextContains("Smith") | sl_guest | distractor
party name ends w/ 'Family' → teal | TextEndsWith("Family") | sl_guest | symbols | quoted
leave out the twosomes: parties without 'x2' | TextNotContains("x2") | sl_guest | idiom | quoted | polarity
game drives booked for next week | NextWeek() | sl_drive | idiom | date
drives from yesterday arvo's list | Yesterday() | sl_drive | regional | date
game drives this month ✓ | ThisMonth() | sl_drive | symbols | date
fuel log, 15 rows from Land Cruiser 3: flag the error cells | Errors() | sl_fuel | distractor
fuel used → ▲▼ icons | IconSet() | sl_fuel | symbols | visual
fuel readings that are clean as a whistle, no errors | NotErrors() | sl_fuel | idiom
# a pilates studio
class sizes ≤ 6 | LessThanEqual(6) | ps_class | symbols
class sizes north of 10 | GreaterThan(10) | ps_class | idiom
Studio 2 timetable, spring 2024, 14 classes: exactly 12 people booked | Equals(12) | ps_class | distractor
class size, x∈[5,9] | Between(5, 9) | ps_class | symbols | range
fees under 50 quid | LessThan(50) | ps_fee | regional
fees of a ton or more | GreaterThanEqual(100) | ps_fee | regional | number-words | boundary
Fees tab, Jan to Mar 2024, 14 members: fees above the average | AboveAverage() | ps_fee | distractor
members with Hughes in the name → pink | TextContains("Hughes") | ps_member | symbols
member names ending in Hughes, for Mrs Patel's 2024 mailout of 40 letters | TextEndsWith("Hughes") | ps_member
    | distractor
members with no Hughes in the name, cheers | NOT(TextContains("Hughes")) | ps_member | regional | negation
renewals due next month, love | NextMonth() | ps_renew | regional | date
renewals → last 7 days | Last7Days() | ps_renew | symbols | date
renewals this month, the 2023 lapsed members aside | ThisMonth() | ps_renew | distractor | date
renewals from last week, for Jo's 2024 tally of 31 | LastWeek() | ps_renew | distractor | date
sessions nobody bothered to fill in, left blank | Blanks() | ps_attend | idiom
sessions attended ≠ blank | NotBlanks() | ps_attend | symbols | negation
✗ errors in shop spend | Errors() | ps_spend | symbols
shop spend with data bars, the whole kit and caboodle | DataBar() | ps_spend | idiom | visual
# a weightlifting club
snatch ≥ 100 → gold | GreaterThanEqual(100) | wl_snatch | symbols
snatches north of 110 | GreaterThan(110) | wl_snatch | idiom
Club records sheet 2023, 14 lifters, coach Ivan: snatch below 77 | LessThan(77) | wl_snatch | distractor
snatch 85–105 kg | Between(85, 105) | wl_snatch | symbols | range
the crème de la crème, top 10% of totals | TopPercent(10) | wl_total | idiom | superlative
the also-rans, bottom 10% by total | BottomPercent(10) | wl_total | idiom | superlative
regional qualifiers 2024 (sheet 'Q', 14 rows): totals under the average | BelowAverage() | wl_total | distractor
total ≠ 250 | NotEquals(250) | wl_total | symbols
bodyweight outside 55–96 | NotBetween(55, 96) | wl_bw | symbols | range
bodyweights of 89 kg and up, the heavy mob | GreaterThanEqual(89) | wl_bw | idiom | boundary
Reyes anywhere in the lifter's name, 2024 nationals | TextContains("Reyes") | wl_lifter | distractor
lifter starts with 'Chen' → red | TextStartsWith("Chen") | wl_lifter | symbols | quoted
results that are exactly 'good lift', nothing tacked on | TextEquals("good lift") | wl_result | idiom | quoted
results that don't have 'no lift' in them, mate | TextNotContains("no lift") | wl_result | regional | quoted
    | polarity
Meet 5 (Leeds, 2024), 13 attempts: results that start with no lift | TextStartsWith("no lift") | wl_result
    | distractor
meets today → ✓ | Today() | wl_meet | symbols | date
meets next week, tickets £15 | NextWeek() | wl_meet | distractor | date
meets in the last 7 days, mate | Last7Days() | wl_meet | regional | date
# a billiards hall
breaks of a ton or more | GreaterThanEqual(100) | bh_break | regional | number-words
breaks north of 50 | GreaterThan(50) | bh_break | idiom
Saturday league 2024, 14 players, ref Dave: breaks under 20 | LessThan(20) | bh_break | distractor
the best break of the lot, top 1 | Top(1) | bh_break | idiom | superlative
tables that clocked 4 hours on the dot | Equals(4) | bh_table | idiom
table hours ≥ 6 | GreaterThanEqual(6) | bh_table | symbols | column-word
the quietest 3 tables by hours, the dregs | Bottom(3) | bh_table | idiom | superlative
players starting 'Ronnie' → yellow | TextStartsWith("Ronnie") | bh_player | symbols | quoted
the player who is just plain Ronnie, nothing else | TextEquals("Ronnie") | bh_player | idiom
Till 2 export, 15 tabs, Friday 7 June: the error cells | Errors() | bh_tab | distractor
bar tab → data bars | DataBar() | bh_tab | symbols | visual
bar tabs, the lot of them, on a traffic-light colour scale | ColorScale() | bh_tab | idiom | visual
tabs that aren't errors, ta | NotErrors() | bh_tab | regional | negation
bookings for tomorrow, love | Tomorrow() | bh_booked | regional | date
bookings last month (ignore the 3 snooker-only tables) | LastMonth() | bh_booked | distractor | date
bookings ∈ this week | ThisWeek() | bh_booked | symbols | date
member numbers that turn up like a bad penny, more than once | Duplicates() | bh_member | idiom
member no. appearing once ✓ | Unique() | bh_member | symbols
Membership book 2024 (page 3, 14 lines): member numbers that are not blank | NotBlanks() | bh_member | distractor
    | negation
# a lottery syndicate
stakes of a fiver | Equals(5) | ly_stake | regional | number-words
stakes under a tenner | LessThan(10) | ly_stake | regional | number-words
stakes ≥ £20 | GreaterThanEqual(20) | ly_stake | symbols
winnings of a grand or more | GreaterThanEqual(1000) | ly_win | regional | number-words | boundary
draws where the net came to nil | Equals(0) | ly_win | regional | number-words
winnings ≠ 0 | NotEquals(0) | ly_win | symbols
syndicate file 'Lotto 2024', 14 draws, organiser Pam: winnings between 10 and 150 | Between(10, 150) | ly_win
    | distractor | range
winnings north of 150 quid | GreaterThan(150) | ly_win | idiom
anyone with Pam in their name, bless | TextContains("Pam") | ly_member | regional
member = 'Dev' (exactly) | TextEquals("Dev") | ly_member | symbols | quoted
syndicate of 14, £2 a head: members without Dev in the name | NOT(TextContains("Dev")) | ly_member | distractor
    | negation
yesterday's draws ✓ | Yesterday() | ly_draw | symbols | date
draws this week, for the 2024 kitty of £300 | ThisWeek() | ly_draw | distractor | date
draws coming down the pike next month | NextMonth() | ly_draw | idiom | date
lucky numbers picked twice → ✗ | Duplicates() | ly_number | symbols
lucky numbers left empty, the ones nobody bothered with | Blanks() | ly_number | idiom
lucky numbers that are one of a kind | Unique() | ly_number | idiom
# a racecourse
starting price ≤ 3.25 | LessThanEqual(3.25) | rc_odds | symbols
prices north of 10 | GreaterThan(10) | rc_odds | idiom
the hot favourites, the bottom 3 prices | Bottom(3) | rc_odds | idiom | superlative
fields of a dozen runners or more | GreaterThanEqual(12) | rc_runners | idiom | number-words
Cheltenham card 2024, 14 races: runners between 8 and 14 | Between(8, 14) | rc_runners | distractor | range
runners ≠ 10 | NotEquals(10) | rc_runners | symbols
fields bigger than the average, the bumper ones | AboveAverage() | rc_runners | idiom
horses with 'storm' in the name → grey | TextContains("storm") | rc_horse | symbols | quoted | odd-case
for Dad's each-way bets (£5, 3 races): horses whose name ends in Star | TextEndsWith("Star") | rc_horse
    | distractor
horse names that open with Storm, mind | TextStartsWith("Storm") | rc_horse | regional
horses that won't bite the dust: names without Dust | TextNotContains("Dust") | rc_horse | idiom | polarity
prizes > €10k | GreaterThan(10000) | rc_prize | symbols | number-format
the plum 20 percent of prizes | TopPercent(20) | rc_prize | idiom | superlative
Galway week 2024 (7 days, 14 races): prizes of at most 5000 | LessThanEqual(5000) | rc_prize | distractor
races today ✓ | Today() | rc_race | symbols | date
races in the last 7 days, for the 2024 form book | Last7Days() | rc_race | distractor | date
races last week, mate | LastWeek() | rc_race | regional | date
going that starts with Good (Ascot, 13 races, 2024) | TextStartsWith("Good") | rc_going | distractor
going == 'Soft' | TextEquals("Soft") | rc_going | symbols | quoted
going that ends in Heavy, proper bog | TextEndsWith("Heavy") | rc_going | regional
# an oil refinery
furnace temps north of 400 | GreaterThan(400) | or_temp | idiom
temps 350–380 °C | Between(350, 380) | or_temp | symbols | range
Crude unit log, 2024 Q2 (14 readings, shift lead Nair): temps below 355 | LessThan(355) | or_temp | distractor
the two furnaces running hottest, hotter than blazes | Top(2) | or_temp | idiom | superlative | number-words
sulphur ≤ 10 ppm | LessThanEqual(10) | or_sulphur | symbols
sulphur over 15 ppm, the rotten eggs | GreaterThan(15) | or_sulphur | idiom
sulphur outside 8–20 | NotBetween(8, 20) | or_sulphur | symbols | range
units beginning 'CDU' (train 2, built 1998) | TextStartsWith("CDU") | or_unit | distractor | quoted
units with Hydro in the name → purple | TextContains("Hydro") | or_unit | symbols
units ending in Recovery, guv | TextEndsWith("Recovery") | or_unit | regional
flows above 1.5 lakh barrels a day | GreaterThan(150000) | or_flow | regional | number-words
flows of 1,00,000 bbl/d or less | LessThanEqual(100000) | or_flow | regional | number-format | boundary
flow below average → amber | BelowAverage() | or_flow | symbols
Refinery B, 2024 turnaround year, 14 days: the bottom 10% of flows | BottomPercent(10) | or_flow | distractor
    | superlative
alarm codes that keep coming back like a boomerang | Duplicates() | or_alarm | idiom
alarm codes seen exactly once, ignore the 2023 DCS upgrade | Unique() | or_alarm | distractor
alarm code = ∅ (blank) | Blanks() | or_alarm | symbols
analyser readings gone haywire, the error cells | Errors() | or_reading | idiom
analyser ≠ error | NotErrors() | or_reading | symbols | negation
analyser readings with traffic-light icons, chaps | IconSet() | or_reading | regional | visual
turnarounds → next month | NextMonth() | or_turn | symbols | date
turnarounds this week, unit 7's 2019 overhaul aside | ThisWeek() | or_turn | distractor | date
turnarounds that kicked off yesterday | Yesterday() | or_turn | idiom | date
# a dockyard
vessels docked in this month, June (ignore the 2023 refits) | ThisMonth() | dy_dock | distractor | date
dock-ins tomorrow → ⚓ | Tomorrow() | dy_dock | symbols | date
vessels that came in last month, cheers | LastMonth() | dy_dock | regional | date
dock-ins in the pipeline for next week | NextWeek() | dy_dock | idiom | date
undock ∈ last week | LastWeek() | dy_undock | symbols | date
undocking today, for Berth 3 (14 rows, foreman Harris) | Today() | dy_undock | distractor | date
undocked yesterday, mate | Yesterday() | dy_undock | regional | date
undocks on the horizon next month | NextMonth() | dy_undock | idiom | date
undocking tomorrow arvo | Tomorrow() | dy_undock | regional | date
hull paint → colour scale | ColorScale() | dy_paint | symbols | visual
paint litres with an icon set please, ta | IconSet() | dy_paint | regional | visual
Paint store audit 2024, 15 lines: data bars on the litres | DataBar() | dy_paint | distractor | visual
paint cells that went pear-shaped (errors) | Errors() | dy_paint | idiom
hulls heavier than the average, the big beasts | AboveAverage() | dy_tonnage | idiom
the bottom 20% by tonnage, for the 2024 Q1 slipway list of 14 | BottomPercent(20) | dy_tonnage | distractor
    | superlative
1500 < tonnage < 5000 | AND(GreaterThan(1500), LessThan(5000)) | dy_tonnage | symbols | compound
tonnage ≤ 800 or ≥ 12000 | OR(LessThanEqual(800), GreaterThanEqual(12000)) | dy_tonnage | symbols | compound
days in dock outside 7–40 | NotBetween(7, 40) | dy_days | symbols | range
days in dock ≠ 14 | NotEquals(14) | dy_days | symbols | column-word
stays of a fortnight exactly | Equals(14) | dy_days | regional | number-words
stays longer than a fortnight but under 45 days | AND(GreaterThan(14), LessThan(45)) | dy_days | regional
    | compound | number-words
the long haulers, the 3 longest stays | Top(3) | dy_days | idiom | superlative
Dock 2 (2021 rebuild), 14 ships: days in dock NOT over 30 | NOT(GreaterThan(30)) | dy_days | distractor
    | negation
vessel starts 'MV' ∧ no 'Northern' | AND(TextStartsWith("MV"), TextNotContains("Northern")) | dy_vessel | symbols
    | compound | quoted
the grey funnel line: vessels starting HMS or RFA | OR(TextStartsWith("HMS"), TextStartsWith("RFA"))
    | dy_vessel | idiom | compound
vessel is Tug Bulldog, full stop | TextEquals("Tug Bulldog") | dy_vessel | regional
vessels that aren't MVs, no MV in the name | TextNotContains("MV") | dy_vessel | idiom | polarity
welder tickets appearing ≥ 2 times → red | Duplicates() | dy_welder | symbols
tickets that aren't blank, for the 2024 LOLER audit | NotBlanks() | dy_welder | distractor | negation
welder tickets, the blank ones ✗ | Blanks() | dy_welder | symbols
tickets that show up once and once only | Unique() | dy_welder | idiom
# a freight forwarder
containers with ETA today → 🚢 | Today() | ff_eta | symbols | date
ETAs next week, from broker Lim's 2024 list | NextWeek() | ff_eta | distractor | date
ETAs this month, kindly | ThisMonth() | ff_eta | regional | date
shipments landing tomorrow, touch wood | Tomorrow() | ff_eta | idiom | date
ETD ∈ last 7 days | Last7Days() | ff_etd | symbols | date
ETDs last month (Q2 2024 review, 14 bookings) | LastMonth() | ff_etd | distractor | date
boxes that sailed last week, mate | LastWeek() | ff_etd | regional | date
ETDs this week ✓ | ThisWeek() | ff_etd | symbols | date
the ships that sailed yesterday, gone with the tide | Yesterday() | ff_etd | idiom | date
weights of a tonne or more | GreaterThanEqual(1000) | ff_weight | regional | number-words | boundary
chargeable weight > avg | AboveAverage() | ff_weight | symbols | column-word
the two heavyweights of the list | Top(2) | ff_weight | idiom | superlative | number-words
weight ≤ 120 or ≥ 5000 | OR(LessThanEqual(120), GreaterThanEqual(5000)) | ff_weight | symbols | compound
volumes < avg → 🟨 | BelowAverage() | ff_cbm | symbols
LCL console 7 (Felixstowe, 2024): volumes of 10 CBM or more but under 33
    | AND(GreaterThanEqual(10), LessThan(33)) | ff_cbm | distractor | compound | boundary
the titchiest 10 per cent of volumes | BottomPercent(10) | ff_cbm | regional | superlative
CBM outside 2.5–45 | NotBetween(2.5, 45) | ff_cbm | symbols | range
loading ports whose name starts with Port (tender 2024, 300 TEU) | TextStartsWith("Port") | ff_port | distractor
Shanghai ports, barring Pudong | AND(TextContains("Shanghai"), TextNotContains("Pudong")) | ff_port | regional
    | compound
port = Shanghai, only the plain one | TextEquals("Shanghai") | ff_port | idiom
loading port is exactly Mundra or Nhava Sheva, yaar | OR(TextEquals("Mundra"), TextEquals("Nhava Sheva"))
    | ff_port | regional | compound
cost cells gone belly-up (errors) | Errors() | ff_cost | idiom
freight cost → icon set | IconSet() | ff_cost | symbols | visual
cost colour scale, Rotterdam desk 2024, 15 rows | ColorScale() | ff_cost | distractor | visual
kindly mark the costs that are not errors | NotErrors() | ff_cost | regional | negation
HBL numbers keyed in twice, copy-paste gremlins | Duplicates() | ff_hbl | idiom
HBL no. × 1 only | Unique() | ff_hbl | symbols
HBL nos. that are filled in, kindly | NotBlanks() | ff_hbl | regional
missing HBLs, the blank ones that fell through the cracks | Blanks() | ff_hbl | idiom
# a garment factory
35 < pieces/hr < 60 | AND(GreaterThan(35), LessThan(60)) | gf_pieces | symbols | compound
Line 4 (Dhaka unit 2, 2024), 14 operators: pieces per hour above the average | AboveAverage() | gf_pieces
    | distractor
operators at the extremes: 35 pieces or fewer, or 65 or more | OR(LessThanEqual(35), GreaterThanEqual(65))
    | gf_pieces | idiom | compound
the star performers, top 20% on pieces | TopPercent(20) | gf_pieces | idiom | superlative
defects north of 5% | GreaterThan(5) | gf_defect | idiom
defect rates that are not above 2, kindly | NOT(GreaterThan(2)) | gf_defect | regional | negation
defect ≤ 1.5 ∨ ≥ 7.5 | OR(LessThanEqual(1.5), GreaterThanEqual(7.5)) | gf_defect | symbols | compound
AQL audit 2024 (buyer visit, 125 pieces sampled): defect rates above 2 and below 5
    | AND(GreaterThan(2), LessThan(5)) | gf_defect | distractor | compound
defect rates falling outside 1 to 6 per cent, kindly check | NotBetween(1, 6) | gf_defect | regional | range
style starts 'POLO' & has no '-L' | AND(TextStartsWith("POLO"), TextNotContains("-L")) | gf_style | symbols
    | compound | quoted
exactly POLO-22, not a jot more | TextEquals("POLO-22") | gf_style | idiom
style codes ending KIDS, for the Eid 2024 order | TextEndsWith("KIDS") | gf_style | distractor
for the 2025 range (40 styles), codes starting TEE or HOOD | OR(TextStartsWith("TEE"), TextStartsWith("HOOD"))
    | gf_style | distractor | compound
everyone bar the Rahmans: no Rahman in the supervisor's name | TextNotContains("Rahman") | gf_line | regional
    | polarity
Floor 3 roster, 2024, 13 supervisors: those whose names don't begin with Ms | NOT(TextStartsWith("Ms"))
    | gf_line | distractor | negation
ship dates today (Chittagong, 3 containers) | Today() | gf_ship | distractor | date
ship dates → this month | ThisMonth() | gf_ship | symbols | date
shipping tomorrow, kindly expedite | Tomorrow() | gf_ship | regional | date
shipments that went out the door last week | LastWeek() | gf_ship | idiom | date
cut = yesterday | Yesterday() | gf_cut | symbols | date
cutting planned next week, the Eid 2024 rush | NextWeek() | gf_cut | distractor | date
cutting dates last month, na | LastMonth() | gf_cut | regional | date
cuts this month ✓ | ThisMonth() | gf_cut | symbols | date
cutting in the past 7 days, hot off the table | Last7Days() | gf_cut | idiom | date
line efficiency → data bars | DataBar() | gf_eff | symbols | visual
efficiency icon set, lines 1 to 14, 2024 | IconSet() | gf_eff | distractor | visual
efficiency on a colour scale, the works | ColorScale() | gf_eff | idiom | visual
efficiency ≠ error | NotErrors() | gf_eff | symbols | negation
overtime left blank, kindly | Blanks() | gf_ot | regional
overtime with something in it, not blank | NotBlanks() | gf_ot | idiom | negation
# a sugar mill
cane crushed above average, bhai | AboveAverage() | sm_cane | regional
Season 2023-24, 14 days logged by Sharma ji: the 3 biggest crushing days | Top(3) | sm_cane | distractor
    | superlative
crushing comfortably inside 4000 to 6000, the ends not counted | AND(GreaterThan(4000), LessThan(6000)) | sm_cane
    | idiom | compound | boundary
cane ≠ 5000 | NotEquals(5000) | sm_cane | symbols
recovery north of 11 | GreaterThan(11) | sm_recovery | idiom
recovery < 9.5 or ≥ 12 | OR(LessThan(9.5), GreaterThanEqual(12)) | sm_recovery | symbols | compound
Crushing report 2024 (mill no. 2, 14 shifts): recovery outside 9.5 to 11.5 | NotBetween(9.5, 11.5) | sm_recovery
    | distractor | range
the laggards, bottom 20% on recovery | BottomPercent(20) | sm_recovery | idiom | superlative
recovery < avg | BelowAverage() | sm_recovery | symbols
dues over 1 crore | GreaterThan(10000000) | sm_dues | regional | number-words
dues of 1 lakh or less | LessThanEqual(100000) | sm_dues | regional | number-words
dues ≥ ₹10,00,000 | GreaterThanEqual(1000000) | sm_dues | symbols | number-format
dues not between 1 lakh and 10 lakh | NotBetween(100000, 1000000) | sm_dues | regional | range | number-words
Zone 4 survey (2023, 14 villages): villages beginning with Rampur | TextStartsWith("Rampur") | sm_village
    | distractor
village = 'Rampur', only that one | TextEquals("Rampur") | sm_village | symbols | quoted
villages with no Rampur in the name, ji | NOT(TextContains("Rampur")) | sm_village | regional | negation
either Gola or Kheri, spot on, nothing longer | OR(TextEquals("Gola"), TextEquals("Kheri")) | sm_village | idiom
    | compound
weighbridge → colour scale | ColorScale() | sm_weigh | symbols | visual
weighbridge readings on the fritz (errors) | Errors() | sm_weigh | idiom
weighbridge data bars, 2024 season, 15 trolleys | DataBar() | sm_weigh | distractor | visual
icon set on the weighbridge, kindly | IconSet() | sm_weigh | regional | visual
indents dated tomorrow ✓ | Tomorrow() | sm_indent | symbols | date
indents last month, kindly | LastMonth() | sm_indent | regional | date
indents this month (Sharma's 2023 backlog aside) | ThisMonth() | sm_indent | distractor | date
indents on the cards for next week | NextWeek() | sm_indent | idiom | date
indents today only, na | Today() | sm_indent | regional | date
tokens entered twice ✗ | Duplicates() | sm_token | symbols
tokens seen only once, kindly | Unique() | sm_token | regional
tokens gone missing, left blank | Blanks() | sm_token | idiom
token ≠ ∅ | NotBlanks() | sm_token | symbols | negation
# a brick kiln
more than half a lakh bricks fired | GreaterThan(50000) | bk_bricks | regional | number-words
firings that hit 60,000 bricks on the nose | Equals(60000) | bk_bricks | idiom | number-format
Kiln 3, season 2023-24, 14 firings, munshi Ram Lal: bricks below the average | BelowAverage() | bk_bricks
    | distractor
bricks > 42k & < 60k | AND(GreaterThan(42000), LessThan(60000)) | bk_bricks | symbols | number-format | compound
top 10 % of bricks fired ✓ | TopPercent(10) | bk_bricks | symbols | superlative
the 2 weakest firings, bottom of the heap | Bottom(2) | bk_bricks | idiom | superlative
the two coolest customers among the kiln temps | Bottom(2) | bk_temp | idiom | superlative | number-words
the coolest 20 per cent of firings, ji | BottomPercent(20) | bk_temp | regional | superlative
kiln temps south of 950 | LessThan(950) | bk_temp | idiom
Kiln log (Bull's trench, 2024, 14 readings): temps outside 920 to 1080 | NotBetween(920, 1080) | bk_temp
    | distractor | range
the 2 hottest firings → 🔥 | Top(2) | bk_temp | symbols | superlative
temps above average, kindly note | AboveAverage() | bk_temp | regional
rejects ≠ 75 | NotEquals(75) | bk_rejects | symbols
QC sheet (2024, 14 firings, supervisor Gupta): rejects of exactly 45 or above 200
    | OR(Equals(45), GreaterThan(200))
    | bk_rejects | distractor | compound
rejects NOT < 100 | NOT(LessThan(100)) | bk_rejects | symbols | negation
gangs with Ramesh in them, ji | TextContains("Ramesh") | bk_moulder | regional
moulders ending in 'Gang' → brown | TextEndsWith("Gang") | bk_moulder | symbols | quoted
moulders flying solo: names without Gang in them | TextNotContains("Gang") | bk_moulder | idiom | polarity
coal → data bars | DataBar() | bk_coal | symbols | visual
coal used on a colour scale, ji | ColorScale() | bk_coal | regional | visual
coal entries that are shipshape, no error | NotErrors() | bk_coal | idiom | negation
coal used, icon set, for the 14 firings of 2024 | IconSet() | bk_coal | distractor | visual
firings last week (Kiln 2, 14 chambers) | LastWeek() | bk_firing | distractor | date
firings in the last 7 days, ji | Last7Days() | bk_firing | regional | date
firings → next month | NextMonth() | bk_firing | symbols | date
firings this week, hot off the kiln | ThisWeek() | bk_firing | idiom | date
dispatches next month, kindly | NextMonth() | bk_dispatch | regional | date
dispatch ∈ next week | NextWeek() | bk_dispatch | symbols | date
dispatches yesterday, for the 2024 GST return | Yesterday() | bk_dispatch | distractor | date
bricks out of the yard this week | ThisWeek() | bk_dispatch | idiom | date
# a tiffin service
days of 70 tiffins or fewer, or 160 plus, yaar | OR(LessThanEqual(70), GreaterThanEqual(160)) | ts_boxes
    | regional | compound
tiffins < average | BelowAverage() | ts_boxes | symbols
Andheri route (dabbawala Ganesh, 14 days in 2024): the bottom 20% of tiffins delivered | BottomPercent(20)
    | ts_boxes | distractor | superlative
tiffins ≠ 100 | NotEquals(100) | ts_boxes | symbols
the 3 slowest days for tiffins, scraping the barrel | Bottom(3) | ts_boxes | idiom | superlative
the top 10 percent of tiffin days, bhai | TopPercent(10) | ts_boxes | regional | superlative
tiffins late by more than a quarter of an hour | GreaterThan(15) | ts_late | idiom | number-words
late NOT > 10 | NOT(GreaterThan(10)) | ts_late | symbols | negation
areas ending in West → green | TextEndsWith("West") | ts_area | symbols
everywhere but the Andheri patch: no Andheri in the area | NOT(TextContains("Andheri")) | ts_area | idiom
    | negation
Bandra or Kurla areas → blue | OR(TextContains("Bandra"), TextContains("Kurla")) | ts_area | symbols | compound
areas that aren't East side, no 'East' in the name, ya | TextNotContains("East") | ts_area | regional | quoted
    | polarity
bills → icon set | IconSet() | ts_bill | symbols | visual
bill cells that are errors, kindly | Errors() | ts_bill | regional
bills on a colour scale (14 customers, 2024) | ColorScale() | ts_bill | distractor | visual
bills in data bars, the full monty | DataBar() | ts_bill | idiom | visual
bills that are not errors (June 2024 run, 15 flats) | NotErrors() | ts_bill | distractor | negation
orders last month, for the GST filing of 2024 | LastMonth() | ts_order | distractor | date
orders ∈ last week | LastWeek() | ts_order | symbols | date
orders done yesterday itself | Yesterday() | ts_order | regional | date
orders placed today, hot off the press | Today() | ts_order | idiom | date
pickups this week, kindly | ThisWeek() | ts_pickup | regional | date
pickup → last 7 days | Last7Days() | ts_pickup | symbols | date
pickups from last month, water under the bridge | LastMonth() | ts_pickup | idiom | date
pickups next month (route 7, 14 boxes) | NextMonth() | ts_pickup | distractor | date
customer codes repeated, kindly check | Duplicates() | ts_cust | regional
customer code × 1 ✓ | Unique() | ts_cust | symbols
Customer codes not blank (2024 list of 14) | NotBlanks() | ts_cust | distractor | negation
# a rickshaw fleet
Fleet report May 2024 (14 autos, owner Pinto): km above the average | AboveAverage() | rk_km | distractor
the marathon men, the 3 longest runs in km | Top(3) | rk_km | idiom | superlative
km → bottom 2 | Bottom(2) | rk_km | symbols | superlative
km driven below the average, ji | BelowAverage() | rk_km | regional
fares above 300 but under 650, kindly | AND(GreaterThan(300), LessThan(650)) | rk_fare | regional | compound
fare ∈ top 20% | TopPercent(20) | rk_fare | symbols | superlative
the dud days, bottom 10% of fares | BottomPercent(10) | rk_fare | idiom | superlative
drivers with no Raju in their name, the other lot | TextNotContains("Raju") | rk_driver | idiom | polarity
the Raju crowd minus the bhais: starts with Raju, no 'bhai' in it
    | AND(TextStartsWith("Raju"), TextNotContains("bhai")) | rk_driver | idiom | compound | quoted
Depot 2 list of 2024 (12 drivers, 3 shifts): driver names that are exactly RAJU | TextEquals("RAJU") | rk_driver
    | distractor | odd-case
CNG fills, colour scale, bhai | ColorScale() | rk_cng | regional | visual
CNG → data bars | DataBar() | rk_cng | symbols | visual
CNG fills, icon set, for the 2024 fleet audit of 14 autos | IconSet() | rk_cng | distractor | visual
CNG fill ≠ error | NotErrors() | rk_cng | symbols | negation
permits expiring today ✗ | Today() | rk_permit | symbols | date
permits that expired yesterday, na | Yesterday() | rk_permit | regional | date
permits expiring this month (RTO Andheri, 14 autos) | ThisMonth() | rk_permit | distractor | date
permits expiring next month, heads up | NextMonth() | rk_permit | idiom | date
permits that went west last month | LastMonth() | rk_permit | idiom | date
permit expiry in the last 7 days, kindly chek | Last7Days() | rk_permit | regional | date | typo
service due tomorrow (garage of Pinto & Sons, 2 bays) | Tomorrow() | rk_service | distractor | date
service due next week, kindly | NextWeek() | rk_service | regional | date
service ∈ this week | ThisWeek() | rk_service | symbols | date
services that slipped through the net last week | LastWeek() | rk_service | idiom | date
RTO list (2024, 13 plates): plate numbers keyed in twice | Duplicates() | rk_plate | distractor
plates that are one-offs, kindly | Unique() | rk_plate | regional
plate nos. left blank ✗ | Blanks() | rk_plate | symbols
plates that are filled in, no gaps | NotBlanks() | rk_plate | idiom | negation
# a haulage firm
runs of a ton or less, mate | LessThanEqual(100) | hf_miles | regional | number-words | boundary
Depot Leeds, 2024 week 23, 14 runs: the top 10% by miles | TopPercent(10) | hf_miles | distractor | superlative
runs shorter than the average, the milk runs | BelowAverage() | hf_miles | idiom
the 2 shortest hops, small beer | Bottom(2) | hf_miles | idiom | superlative
the gas-guzzlers, bottom 20% on mpg | BottomPercent(20) | hf_mpg | idiom | superlative
mpg above average, lads | AboveAverage() | hf_mpg | regional
Fleet audit 2024 (Scania R450s, 14 trucks): mpg that is not below 9 | NOT(LessThan(9)) | hf_mpg | distractor
    | negation
mpg ≠ 10 | NotEquals(10) | hf_mpg | symbols
the Jones boys, names ending in Jones | TextEndsWith("Jones") | hf_driver | idiom
for the 2024 Christmas rota (14 drivers): names ending in Price or Evans
    | OR(TextEndsWith("Price"), TextEndsWith("Evans")) | hf_driver | distractor | compound
drivers with no Dave anywhere in the name, mate | NOT(TextContains("Dave")) | hf_driver | regional | negation
drivers that aren't Joneses, nothing with jones in it | TextNotContains("jones") | hf_driver | idiom | polarity
    | odd-case
tolls → colour scale | ColorScale() | hf_toll | symbols | visual
tolls with data bars, 2024 M6 runs | DataBar() | hf_toll | distractor | visual
tolls with icon sets, guv | IconSet() | hf_toll | regional | visual
tolls showing an error, the duff cells | Errors() | hf_toll | regional
tolls with no gremlins, not errors | NotErrors() | hf_toll | idiom | negation
collections today, for Gaz's 14-drop run | Today() | hf_collect | distractor | date
colection dates tomorow ✓ | Tomorrow() | hf_collect | symbols | date | typo
collections last month, lads | LastMonth() | hf_collect | regional | date
collection ∈ this month | ThisMonth() | hf_collect | symbols | date
collections this week, the whole shooting match | ThisWeek() | hf_collect | idiom | date
collections in the last 7 days, hot off the road | Last7Days() | hf_collect | idiom | date
MOT due next week, mate | NextWeek() | hf_mot | regional | date
MOTs due next month, guv | NextMonth() | hf_mot | regional | date
MOTs that went past their sell-by yesterday | Yesterday() | hf_mot | idiom | date
MOT due tomorrow (trailers TR-01 to TR-10) | Tomorrow() | hf_mot | distractor | date
MOT ∈ last week | LastWeek() | hf_mot | symbols | date
trailer IDs twice ✗ | Duplicates() | hf_trailer | symbols
trailers logged the once, lads | Unique() | hf_trailer | regional
trailer IDs with something in them (2024 yard check, 13 bays) | NotBlanks() | hf_trailer | distractor
trailer ID cells sitting empty as a ghost town | Blanks() | hf_trailer | idiom
""")

OTHER_SETS = ("annotator_tables.json", "eighteenth_cf.json", "eighteenth_tables.json", "eighth_cf.json",
              "eighth_tables.json", "eleventh_cf.json", "eleventh_tables.json", "everyday_cf.json",
              "everyday_tables.json", "fifteenth_cf.json", "fifteenth_tables.json", "fifth_cf.json",
              "fifth_tables.json", "forum_tables.json", "fourteenth_cf.json", "fourteenth_tables.json",
              "fourth_cf.json", "fourth_tables.json", "fresh_cf.json", "fresh_tables.json", "ninth_cf.json",
              "ninth_tables.json", "plain_cf.json", "posts_tables.json", "seventeenth_cf.json",
              "seventeenth_tables.json", "seventh_cf.json", "seventh_tables.json", "sixteenth_cf.json",
              "sixteenth_tables.json", "sixth_cf.json", "sixth_tables.json", "spoken_cf.json",
              "template_tables.json", "tenth_cf.json", "tenth_tables.json", "third_cf.json", "third_tables.json",
              "thirteenth_cf.json", "thirteenth_tables.json", "twelfth_cf.json", "twelfth_tables.json",
              "web_cf.json")


column_sets.bind(globals(), NINETEENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
