"""An eighth independent set of one-column CF requests, and the builder of eighth_cf.json.

Written from scratch (2026-12-06, session 13, engineer E8) as a new independent evaluation set:
every older one-column set has been tuned on. The requests imagine spreadsheet users of twenty-one
domains no earlier set used, on this set's own columns (a call centre, a tree surgeon, a music
festival's traders, a boarding cattery, a chimney sweep, a roller derby team, a trampoline park, a
mushroom farm, a trout hatchery, a sheep flock at lambing, a vintage record shop, a drone survey
firm, an airport's lost property office, a lifeboat station, a quarry weighbridge, an ice cream
parlour, a pest controller, a family history society, a horse livery yard, a paintball site, a
bell ringers' band), in four styles new to this set: `slack` (a message to a teammate in a chat
app: casual, slang, no emoji), `ticket` (a formal requirement line from a spec or work ticket:
"Rule: flag any ..."), `learner` (written by a non-native speaker of English: slightly unusual
grammar or word choice, still clear) and `shorthand` (symbols and abbreviations: ">=", "w/", "&",
"approx", "no.", "hl", "tmrw"). Only requests the language expresses exactly, one right rule on
the column, every literal recoverable by a careful reader ("5 mins" on a column of seconds -> 300,
"a fortnight" -> 14, "triplets" -> 3, "85%" on a column of percentages -> 0.85, "1 000" -> 1000,
"colder" -> LessThan, "the oldest years" -> Bottom, "3 hours" on a column of minutes -> 180).
Labels are what the executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 -
Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June).

What its author read: benchmarks/data/README.md; benchmarks/data/everyday_common.py and
benchmarks/data/column_sets.py; the module docstring and the non-entry code of
benchmarks/data/seventh_cf.py (lines 1-77 and 684-701: not its COLUMNS dict nor its ENTRIES
string), which this builder mirrors; tests/benchmarks/test_one_column_sets_data.py and
tests/benchmarks/set_files.py; ../shared/docs/CF_RULES.md and ../shared/docs/EVALUATION.md; the
public API of cf_assistant.languages.cf (parse and to_text, tried on a few rules to see their
canonical spelling; `labels_of` of everyday_common tried on one made-up column to see how cells
such as "12%", "1,200", "£45", "$45", "12/06/2024" and "2024-06-12" are typed). Not read: anything
under cf_assistant/assistant/, cf_assistant/diffusion/, cf_assistant/generators/, the other files
of cf_assistant/languages/cf/, any builder's COLUMNS, ENTRIES or TABLES, the utterances of any
JSON file (compared only by program), git log, diff or show; `git status` showed the names (not
the contents) of files other people had modified under cf_assistant/ and tests/assistant/.
The builder's check flagged none of the drafts as equal to a request of another set file or of
the train split, so none was reworded for that (its near-miss check made the author add cells to
some columns and replace a few rules). No model, no `cfa suggest` and no `cfa bench` was run. 379
records on 85 columns.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files
written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(eighth_tables.json, written beside it by someone else, included when present) or of the train
split, a non-canonical rule, a column of fewer than 12 or more than 20 cells, a column where the
rule formats no row or every row, and a column that cannot tell the rule from the rules one edit
away (`everyday_common.column_problems`). The columns carry the near misses for that: boundary
values, case variants, blanks, cells of one space and zeros, text and error values among numbers,
negative values, duplicates, and dates around 2024-06-12 in every period.

Tags: the style first (`slack`, `ticket`, `learner`, `shorthand`), then any of `typo`,
`odd-case`, `negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`,
`column-word`, `boundary`, `range`, `polarity`, `date`, `visual` (as in seventh_cf.py), then the
set tag `eighth`. IDs have the prefix `e8c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/eighth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "eighth_cf.json"
PREFIX = "e8c"
EIGHTH_TAG = "eighth"
STYLES = ("slack", "ticket", "learner", "shorthand")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO (2024-06-12 is the bench's Wednesday); weeks run Sunday to Saturday: this week is
# 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June.

COLUMNS = {
    # call centre
    "cc_wait": ("Queue Wait (s)", "45|120|300|18|95|610|0|240|#N/A|75|1200|30|180||2700|60|abandoned"),
    "cc_agent": ("Agent", "Priya|Tom|Gary|priya|Tomasz|Ana|Tom|Bea|Anand|Olu|Gary|Ana-Maria| |Bea Jones|Susana|Kofi"),
    "cc_outcome": ("Outcome", "Resolved|Escalated|Call back|Resolved - first call|Dropped|Unresolved|Escalated to L2|"
                   "Transferred|resolved|Voicemail|Call dropped|Re-escalated|Dropped mid-call| |Resolved|"
                   "Left voicemail|Voicemail full"),
    "cc_csat": ("CSAT (1-5)", "5|4|3|1|2|5|4|#N/A|3|5|1||4|2|3|no answer"),
    "cc_callback": ("Callback Due", "2024-05-30|2024-06-04|2024-06-08|2024-06-10|2024-06-11|2024-06-12|2024-06-13|"
                    "2024-06-14|2024-06-17|2024-06-24|2024-07-02|2024-04-18||2024-06-12"),
    # tree surgeon
    "ts_quote": ("Quote (£)", "450|1200|85|2300|600|1200|975|3100|240|1500|#VALUE!|60|780|2000||500|100"),
    "ts_species": ("Species", "Oak|Ash|Sycamore|Silver birch|Horse chestnut|Copper beech|Ash (dieback)|Leylandii|"
                   "Mountain ash|oak|Sweet chestnut|Chestnut stump|Willow|Crack willow|Oak (veteran)|Holm oak"),
    "ts_height": ("Height (m)", "12.5|8|22|4.5|15|30|18.5|6|15|9.5|25|11|3|n/k|20"),
    "ts_jobdate": ("Job Date", "2024-05-14|2024-06-03|2024-06-06|2024-06-09|2024-06-11|2024-06-12|2024-06-13|"
                   "2024-06-15|2024-06-20|2024-06-28|2024-07-09|2024-03-30|TBC|2024-06-21"),
    # music festival traders
    "mf_fee": ("Pitch Fee (£)", "1000|850|1250|95|12000|1000|450|2400|#REF!|780|3500|150|1800||600|500"),
    "mf_trader": ("Trader", "Wok This Way|The Crepe Escape|Pizza Pilgrims|Churros Bros|Bao Down|Crepe Expectations|"
                  "The Vegan Van|Pie Society|Bao Down|Wraptor|Smokin' Bros BBQ|The Cheese Wheel||The Coffee Bus|"
                  "churros bros"),
    "mf_pitch": ("Pitch Code", "F-01|F-02|D-10|F-13|C-07|D-03|F-21|C-11|X-F1|D-12|F-08|c-02|D-FF|F-30|ED-4"),
    "mf_setup": ("Setup Date", "2024-05-25|2024-06-01|2024-06-06|2024-06-09|2024-06-11|2024-06-12|2024-06-13|"
                 "2024-06-14|2024-06-16|2024-06-22|2024-06-30|2024-07-12|2024-07-31|2024-08-02|"),
    # boarding cattery
    "ct_nights": ("Nights Booked", "3|7|14|1|10|7|21|2|5|0|14|4||28|6"),
    "ct_cat": ("Cat Name", "Mittens|Luna|Tigger|Mr Whiskers|Luna|Smudge|Oreo|Whiskers|Pickles|Bella|Sir Pounce|"
               "mittens|Bella-Rose|Ginger| |Poppy|Isabella|Whiskers Jr|"),
    "ct_weight": ("Weight (kg)", "4.2|3.8|5.5|6.1|2.9|4.2|7.3|3.1|#N/A|4.8|5.0|0|3.6|8.4|| |not weighed"),
    "ct_vacc": ("Vaccination Due", "2024-05-02|2024-05-31|2024-06-02|2024-06-07|2024-06-10|2024-06-11|2024-06-12|"
                "2024-06-13|2024-06-15|2024-06-18|2024-06-29|2024-07-15|2025-01-10|"),
    # chimney sweep
    "cs_soot": ("Soot (buckets)", "1|3|0.5|2|6|0|4|2.5|1|8|3|#DIV/0!|1.5|5||n/a"),
    "cs_addr": ("Address", "12 Mill Lane|4 Church Street|The Old Rectory|9 Mill Lane Cottages|Rose Cottage|"
                "22 Station Road|Mill House|1 Church Street|Ivy Cottage|7 Station Rd|The Forge|"
                "Flat 2, 5 Church St|Lane End Farm|3 Bridge Street|Southern Lodge"),
    "cs_due": ("Next Sweep Due", "2024-05-20|2024-06-04|2024-06-06|2024-06-10|2024-06-11|2024-06-12|2024-06-13|"
               "2024-06-14|2024-06-19|2024-06-25|2024-07-01|2024-09-15||2024-06-12"),
    "cs_fee": ("Fee", "65|75|65|90|120|65|75|80|#N/A|95|150|70|75|110|60"),
    # roller derby
    "rd_points": ("Jammer Points", "12|4|0|18|7|25|4|9|31|0|15|2|22|6||20|n/a"),
    "rd_skater": ("Skater", "Rita Rampage|Mad Max-ine|Dolly Rotten|Ruth Less|Rita Rampage|Princess Slayer|"
                  "Lady Killer|Mad Hatter|Ms Demeanour|Dolly Parts-On|Skate Expectations|ruth less|Bruise Lee|"
                  "Killer Queen|Nomad Nora|"),
    "rd_pen": ("Penalty Minutes", "0|2|4|1.5|6|0|8|3|#N/A|2|10|0.5||12| "),
    "rd_bout": ("Bout Date", "2024-05-18|2024-06-01|2024-06-08|2024-06-09|2024-06-11|2024-06-12|2024-06-15|"
                "2024-06-16|2024-06-22|2024-06-29|2024-07-06|2024-07-27|2024-08-10||2024-06-04"),
    # trampoline park
    "tp_jumpers": ("Jumpers", "8|12|20|5|16|20|3|24|11|30|9|14|#VALUE!|18||32"),
    "tp_waiver": ("Waiver", "Signed|Missing|signed|Signed (parent)|Not signed|Pending|SIGNED|Expired|Unsigned|"
                  "Signed online||Missing - chased|Pending|Form missing|Online - unverified|Expired 2023|"
                  "Card expired|Pending review|Still pending"),
    "tp_length": ("Session Length (min)", "60|90|30|60|120|45|60|90|30|60|150|45|75|#N/A|"),
    "tp_booked": ("Booked For", "2024-05-26|2024-06-02|2024-06-07|2024-06-10|2024-06-11|2024-06-12|2024-06-13|"
                  "2024-06-14|2024-06-18|2024-06-20|2024-07-04|2024-07-20|2024-06-12|2024-12-24"),
    # mushroom farm
    "mu_yield": ("Yield (kg)", "42.5|38|51.2|12|0|47.8|55|38|60.1|29.4|#N/A|44|33.3|50||resting"),
    "mu_strain": ("Strain", "Oyster|King oyster|Shiitake|Lion's mane|Pink oyster|Oyster (grey)|Enoki|Chestnut|"
                  "Shiitake|Blue oyster|Maitake|Lion's Mane|Reishi|oyster|Shiitake logs"),
    "mu_hum": ("Humidity", "85%|92%|78%|90%|95%|88%|90%|70%|99%|#N/A|82%|90%|86%|"),
    "mu_pick": ("Pick Date", "2024-05-08|2024-05-30|2024-06-04|2024-06-06|2024-06-09|2024-06-11|2024-06-12|"
                "2024-06-13|2024-06-17|2024-06-21|2024-06-30|2024-07-01|2024-07-31|"),
    # trout hatchery
    "th_temp": ("Water Temp (°C)", "9.5|11|12.5|8|14|10.5|13|12|15.5|7.5|12|#N/A|10|16|"),
    "th_fry": ("Fry Count", "1,200|850|2,400|3,100|640|1,200|4,050|980|2,750|1,875|#DIV/0!|3,600|1,500|3,000|"),
    "th_tank": ("Tank", "T1|T2|T3|T1A|Raceway 1|T4|T2|Raceway 2|Pond A|T10|Raceway 1|pond b|T12|Quarantine T|"
                "Old raceway||Settling pond"),
    "th_check": ("Last Checked", "2024-05-29|2024-06-03|2024-06-06|2024-06-08|2024-06-10|2024-06-11|2024-06-12|"
                 "2024-06-12|2024-06-13|2024-06-15|2024-06-17|2024-04-30||2024-07-02"),
    # sheep flock at lambing
    "sh_weight": ("Birth Weight (kg)", "4.5|3.8|5.2|2.9|6.1|4.0|3.5|#N/A|4.8|2.4|5.5|4.0|3.1||3.0"),
    "sh_tag": ("Ear Tag", "UK0123 00451|UK0123 00452|UK0123 00460|UK0456 00101|UK0123 00451|UK0789 00012|"
               "UK0456 00102|UK0123 00499|UK0456 00101|UK0789 00013|NO TAG|UK0123 00500| |UK0456 00150|"
               "Retag UK0456 00160"),
    "sh_born": ("Lambs Born", "1|2|2|3|1|0|2|1|2|4|2|1|#N/A|2||n/a"),
    "sh_date": ("Lambing Date", "2024-04-28|2024-05-12|2024-05-31|2024-06-05|2024-06-07|2024-06-10|2024-06-11|"
                "2024-06-12|2024-06-13|2024-06-14|2024-06-19|2024-06-27|2024-07-03|"),
    # vintage record shop
    "vr_price": ("Price", "12|25|8.5|45|150|12|60|3|99.99|20|#N/A|35|250|18|10|"),
    "vr_artist": ("Artist", "The Beatles|Pink Floyd|The Kinks|Beatles tribute band|David Bowie|Kate Bush|The Who|"
                  "Pink Floyd|Led Zeppelin|Floyd Cramer|the kinks|Joni Mitchell|Various Artists||Bowie & Crosby|"
                  "Rage Against the Machine"),
    "vr_cond": ("Condition", "Mint|VG+|VG|Good|Near Mint|VG+|Fair|Poor|Mint (sealed)|G+|VG-|Excellent||Near mint|"
                "Sealed|VG+ (sleeve wear)|Sleeve VG+| "),
    "vr_catno": ("Catalogue No.", "PCS 7027|SHVL 804|PCS 7088|EMC 3510|K 50008|PCS 7027|RS 6248|SHVL 804|2C 068|"
                 "ILPS 9215|#REF!|APL1 1049|EMI 101||XPCS 12"),
    # drone survey firm
    "dr_mins": ("Flight Time (min)", "22|18|25|9|30|27|14|25|3|19|#N/A|31|0|12|24||5|aborted"),
    "dr_batt": ("Battery Left", "35%|20%|8%|42%|15%|20%|55%|12%|30%|5%|#N/A|25%|18%|61%|10%|"),
    "dr_site": ("Site", "Quarry North|Riverside Farm|Solar Park East|Quarry South|Old Airfield|Riverside Flats|"
                "Wind Farm 3|Solar Park West|North Quarry|Airfield Hangar|riverside farm|Church Roof|"
                "Solar park east|Old Solar Park"),
    "dr_date": ("Flight Date", "2024-05-16|2024-06-05|2024-06-08|2024-06-10|2024-06-11|2024-06-12|2024-06-13|"
                "2024-06-15|2024-06-16|2024-06-21|2024-06-24|2024-07-10|2024-10-01|"),
    # airport lost property
    "lp_item": ("Item", "Black umbrella|Passport|iPhone 13|Laptop bag|Teddy bear|Passport holder|Umbrella|Kindle|"
                "AirPods case|Red umbrella (broken)|Sunglasses|passport|Wallet|Laptop|Child passport|"
                "Gaming laptop|"),
    "lp_found": ("Found On", "2024-05-03|2024-06-02|2024-06-06|2024-06-08|2024-06-09|2024-06-11|2024-06-12|"
                 "2024-06-13|2024-06-15|2024-06-20|2024-06-26|2024-07-05|2023-06-11|"),
    "lp_days": ("Days Unclaimed", "3|12|30|45|7|90|28|1|60|30|0|14|#N/A|120||n/a"),
    "lp_ref": ("Claim Ref", "LP-24-0012|LP-24-0013|LP-23-0988|LP-24-0100|LP-24-0012|#N/A|LP-24-0145|LP-23-0990|"
               "LP-24-0200|LP-24-0013|LP-22-0001|LP-24-0301||LP-23-0999"),
    # lifeboat station
    "lb_launch": ("Launch Time (min)", "8|12|6|15|9|10|22|7|10|5|#N/A|11|14||18"),
    "lb_type": ("Callout Type", "Person in water|Vessel aground|Medical evac|Person cut off by tide|Vessel disabled|"
                "False alarm - good intent|Kitesurfer|Person in water|Swimmer in difficulty|Vessel on fire|"
                "Medical|Hoax|false alarm|Fishing vessel sinking|Missing person|Evac cancelled"),
    "lb_crew": ("Crew", "6|5|7|4|6|8|5|3|6|7|4||6|5"),
    "lb_date": ("Launch Date", "2024-05-07|2024-05-27|2024-06-03|2024-06-07|2024-06-09|2024-06-11|2024-06-12|"
                "2024-06-13|2024-06-14|2024-06-22|2024-06-30|2024-07-18||2024-06-11"),
    # quarry weighbridge
    "qw_net": ("Net (t)", "18.4|20|26.5|12.2|29|20|31.5|8.8|24|#N/A|20.5|0|16|28.1||void"),
    "qw_haulier": ("Haulier", "Smith Haulage|J Smith & Sons|Aggregate Express|Smith Haulage|Northern Tippers|AggEx|"
                   "Bob's Tippers|Aggregate Express Ltd|northern tippers|Kwik Tip|R Jones|JONES TRANSPORT||"
                   "Smithson Ltd|Tippers Direct| "),
    "qw_var": ("Variance (t)", "-0.4|0|1.2|-2.5|0|0.8|-0.1|3.0|0|#N/A|-1.6|0.3|2.2||-0.4|n/a"),
    "qw_ticket": ("Ticket No.", "10231|10232|10233|10233|10235|10236|#REF!|10238|10239|10240|10241|10241|10243|"),
    "qw_date": ("Weighed On", "2024-05-21|2024-06-04|2024-06-06|2024-06-08|2024-06-10|2024-06-11|2024-06-12|"
                "2024-06-12|2024-06-13|2024-06-15|2024-06-18|2024-06-29|2024-07-08|"),
    # ice cream parlour
    "ic_scoops": ("Scoops Sold", "140|95|210|60|175|0|320|88|140|250|45|#N/A|190|200||n/a"),
    "ic_flavour": ("Flavour", "Vanilla|Salted caramel|Mint choc chip|Strawberry|Chocolate|Caramel swirl|"
                   "Rum & raisin|Vanilla bean|Pistachio|Choc orange|Lemon sorbet|Mango sorbet|chocolate|"
                   "Raspberry sorbet|Sorbet of the day|French vanilla"),
    "ic_temp": ("Freezer Temp", "-18|-20|-16|-22|-18|-12|-19|-15|-21|-18|#N/A|-17|-25||-14|defrost"),
    "ic_delivery": ("Delivery Date", "2024-05-24|2024-06-01|2024-06-07|2024-06-10|2024-06-11|2024-06-12|"
                    "2024-06-13|2024-06-14|2024-06-17|2024-06-19|2024-06-28|2024-07-09|2024-07-30|"),
    # pest controller
    "pc_bait": ("Bait Taken", "0%|25%|100%|50%|10%|75%|0%|5%|#N/A|40%|90%|100%|60%||not checked|2%"),
    "pc_pest": ("Pest", "Rats|Mice|Wasps|Brown rats|Mice (loft)|Cockroaches|Bed bugs|Wasps nest|Squirrels|Ants|Rats|"
                "Fleas|Moles|Pigeons|Hornets/wasps|Field mice|Rats (sewer)"),
    "pc_visits": ("Visits", "1|3|2|6|1|4|2|8|1|5|2|3|#N/A||7"),
    "pc_next": ("Next Visit", "2024-05-31|2024-06-05|2024-06-07|2024-06-09|2024-06-11|2024-06-12|2024-06-13|"
                "2024-06-15|2024-06-20|2024-06-26|2024-07-01|2024-07-24|2024-08-19|"),
    # family history society
    "gn_year": ("Record Year", "1851|1861|1871|1881|1891|1901|1911|1841|1780|1921|1939|1066|#N/A|1851|1800|"),
    "gn_parish": ("Parish", "St Mary's|St John the Baptist|Holy Trinity|St Mary Magdalene|All Saints|St Peter|"
                  "Christ Church|St Mary's Hall|St Johns|Holy Cross|Trinity Chapel|St Peter & St Paul||"
                  "St Mary the Virgin|Great St Mary's|Upper St Peter"),
    "gn_member": ("Member No.", "1001|1002|1045|1003|1045|1010|#N/A|1120|1002|1200|1300|1099||1150|1100"),
    "gn_joined": ("Joined", "2024-05-01|2024-05-29|2024-06-03|2024-06-06|2024-06-10|2024-06-11|2024-06-12|"
                  "2024-06-13|2024-06-15|2024-06-21|2024-06-25|2024-07-01|2022-06-12|"),
    # horse livery yard
    "hl_rent": ("Monthly Rent (£)", "350|420|275|600|420|380|495|150|#N/A|720|300|450|550||500"),
    "hl_horse": ("Horse", "Bramble|Duke|Misty|Bramble|Captain|Moonlight Misty|Dukes Pride|Storm|Jasper|storm|Hamish|"
                 "Little Duke|Pepper||Star|Misty Morning"),
    "hl_farrier": ("Farrier Due", "2024-05-15|2024-06-04|2024-06-07|2024-06-10|2024-06-11|2024-06-12|2024-06-13|"
                   "2024-06-15|2024-06-17|2024-06-22|2024-06-27|2024-07-11||2024-06-13"),
    "hl_hay": ("Hay (kg/day)", "10|12|8|15|0|11|9.5|14|12|#N/A|7|10|13||grazing"),
    # paintball site
    "pb_balls": ("Paintballs Used", "500|1,000|2,000|300|1,500|700|1,000|4,000|250|2,500|#N/A|800|0||3,000|n/a"),
    "pb_team": ("Team", "Red Devils|Blue Thunder|The Splatters|Red Arrows|Team Alpha|Blue Steel|Team Bravo|Red Devils|"
                "Alpha Wolves|Big Red|Hen Party (Sarah)|Stag Do (Tom)|Stag Do (Dan)||Joint stag/hen| |"
                "Feeling Blue"),
    "pb_players": ("Players", "8|12|20|6|16|10|24|12|8|30|#N/A|14|10||18"),
    "pb_date": ("Booking Date", "2024-05-11|2024-06-01|2024-06-08|2024-06-09|2024-06-11|2024-06-12|2024-06-13|"
                "2024-06-15|2024-06-16|2024-06-22|2024-06-29|2024-07-06|2024-07-13|"),
    # bell ringers
    "br_peal": ("Peal Time (min)", "165|180|172|190|158|180|205|168|176|#N/A|195|182||170|185"),
    "br_tower": ("Tower", "St Giles|St Martin|All Saints|St Giles Cathedral|Holy Trinity|St Martin in the Fields|"
                 "York Minster|Christ Church Cathedral|All Saints (West)|Great St Giles|St Michael|st giles|"
                 "Exeter Cathedral||Cathedral Green|Old All Saints"),
    "br_bells": ("Bells", "6|8|10|8|12|6|5|8|6|10|8|#N/A|3||12"),
}

ENTRIES = r"""
# call centre
can u make any call that waited more than 5 mins go red? wait col is in seconds | GreaterThan(300) | cc_wait | slack | column-word
Rule: flag any queue wait of 30 seconds or less. | LessThanEqual(30) | cc_wait | ticket | boundary
Please colour the two most long waits. | Top(2) | cc_wait | learner | superlative | number-words
Rule: highlight every Queue Wait cell holding an error value. | Errors() | cc_wait | ticket | column-word
data bars on queue wait plz | DataBar() | cc_wait | slack | visual
Rule: flag queue waits of at least 60 seconds but under 300 seconds. | AND(GreaterThanEqual(60), LessThan(300)) | cc_wait | ticket | compound | boundary
dup agent names → hl | Duplicates() | cc_agent | shorthand
Please mark the agents whose name is beginning with Ana. | TextStartsWith("Ana") | cc_agent | learner
Rule: highlight agent names that appear only once in the list. | Unique() | cc_agent | ticket
Rule: flag any call whose Outcome is exactly "Resolved". | TextEquals("Resolved") | cc_outcome | ticket | quoted | column-word
hey can u highlight every outcome that mentions escalated? incl the re-escalated ones | TextContains("escalated") | cc_outcome | slack
Please colour all outcomes where the word resolved is not inside. | TextNotContains("resolved") | cc_outcome | learner | negation
outcome ends w/ "dropped" → red | TextEndsWith("dropped") | cc_outcome | shorthand | quoted
can u highlight the calls that dropped or went to voicemail | OR(TextContains("dropped"), TextContains("voicemail")) | cc_outcome | slack | compound
csat <= 2 → flag | LessThanEqual(2) | cc_csat | shorthand | boundary
make the perfect fives green pls | Equals(5) | cc_csat | slack | number-words
Rule: highlight CSAT scores below the column average. | BelowAverage() | cc_csat | ticket | column-word
Please put the icons, like traffic light, on the net weights. | IconSet() | qw_net | learner | visual
callbacks due today - can u colour them | Today() | cc_callback | slack | date
cb due tmrw → amber | Tomorrow() | cc_callback | shorthand | date
Please colour the callbacks which was due yesterday. | Yesterday() | cc_callback | learner | date
cb due today or tmrw → hl | OR(Today(), Tomorrow()) | cc_callback | shorthand | date | compound
# tree surgeon
can u highlight quotes from 500 to 1500 quid? both ends count | Between(500, 1500) | ts_quote | slack | range | boundary
Rule: flag any quote of £2,000 or more. | GreaterThanEqual(2000) | ts_quote | ticket | number-format | boundary
quote > avg → hl | AboveAverage() | ts_quote | shorthand
Please highlight the quotes which do not have an error. | NotErrors() | ts_quote | learner | negation
quotes under 100 quid, colour em pls | LessThan(100) | ts_quote | slack
colour every species with "ash" in the name pls | TextContains("ash") | ts_species | slack | quoted
Please highlight the trees whose name finish with chestnut. | TextEndsWith("chestnut") | ts_species | learner
species = oak (exact) → green | TextEquals("oak") | ts_species | shorthand
Rule: highlight species that do not contain "willow". | TextNotContains("willow") | ts_species | ticket | negation | quoted
Please colour the trees more tall than 15 metres. | GreaterThan(15) | ts_height | learner
the 3 shortest trees, can u mark them | Bottom(3) | ts_height | slack | superlative | polarity
Rule: flag tree heights outside 10 m to 20 m (10 and 20 count as inside). | NotBetween(10, 20) | ts_height | ticket | range | boundary
top 20% tallest → hl | TopPercent(20) | ts_height | shorthand | superlative | number-format
jobs booked for next week, higlight pls | NextWeek() | ts_jobdate | slack | date | typo
Rule: flag jobs whose Job Date falls in last week (Sunday to Saturday). | LastWeek() | ts_jobdate | ticket | date | column-word
Please colour all the jobs of this month. | ThisMonth() | ts_jobdate | learner | date
# music festival traders
fee < 500 → flag | LessThan(500) | mf_fee | shorthand | boundary
can u mark the pitches that cost exactly a grand | Equals(1000) | mf_fee | slack | number-words
Rule: highlight the bottom 10% of pitch fees. | BottomPercent(10) | mf_fee | ticket | superlative
Please colour the fees which are more than 1 000 pounds. | GreaterThan(1000) | mf_fee | learner | number-format
Rule: flag Pitch Fee cells that contain an error. | Errors() | mf_fee | ticket | column-word
Please find the traders which are entered two times and colour them. | Duplicates() | mf_trader | learner
colour any crepe stall pls, anything with crepe in the name | TextContains("crepe") | mf_trader | slack
trader name ends w/ Bros → hl | TextEndsWith("Bros") | mf_trader | shorthand
Rule: highlight every Trader cell that is not empty. | NotBlanks() | mf_trader | ticket | negation | column-word
Please mark the pitches that begin by "D-". | TextStartsWith("D-") | mf_pitch | learner | quoted
pitch code w/o an F → hl | TextNotContains("F") | mf_pitch | shorthand | negation
pitch codes that don't start with F, highlight those | NOT(TextStartsWith("F")) | mf_pitch | slack | negation | compound
CAN U COLOUR THE SETUPS HAPPENING NEXT MONTH | NextMonth() | mf_setup | slack | date | odd-case
Rule: flag setup dates falling in the current week (Sunday to Saturday). | ThisWeek() | mf_setup | ticket | date
Please colour the setups from the last 7 days, today also included. | Last7Days() | mf_setup | learner | date
# boarding cattery
anyone booked in for a fortnite or longer? pls highlight | GreaterThanEqual(14) | ct_nights | slack | number-words | boundary | typo
Please colour the cats who stay exactly one week. | Equals(7) | ct_nights | learner | number-words
Rule: highlight Nights Booked values not equal to 7. | NotEquals(7) | ct_nights | ticket | negation | column-word
nights < avg → hl | BelowAverage() | ct_nights | shorthand
which cat names only come up once? colour those | Unique() | ct_cat | slack
hl names containing whiskers | TextContains("whiskers") | ct_cat | shorthand
Please colour the cats whose names start from Bella. | TextStartsWith("Bella") | ct_cat | learner
Rule: flag Cat Name cells that are empty or contain only spaces. | Blanks() | ct_cat | ticket | column-word
Please highlight the cats which weigh more than the average. | AboveAverage() | ct_weight | learner
wt 3-5kg incl. → green | Between(3, 5) | ct_weight | shorthand | range | boundary
chuck a colour scale on the cat weights | ColorScale() | ct_weight | slack | visual
Rule: flag weight cells that are blank or show an error. | OR(Blanks(), Errors()) | ct_weight | ticket | compound
vaccs that were due last month, can u colour them | LastMonth() | ct_vacc | slack | date
Rule: flag vaccinations due next week. | NextWeek() | ct_vacc | ticket | date
Please colour the vaccination dates that are not in this month. | NOT(ThisMonth()) | ct_vacc | learner | date | negation | compound
# chimney sweep
mark the jobs where we got more than 5 buckets out pls | GreaterThan(5) | cs_soot | slack
Rule: flag soot amounts below 1 bucket. | LessThan(1) | cs_soot | ticket | boundary
Please add the data bar on the soot buckets. | DataBar() | cs_soot | learner | visual
soot col: hl non-error cells | NotErrors() | cs_soot | shorthand | negation | column-word
icon set on soot buckets → go | IconSet() | cs_soot | shorthand | visual
anything with Mill in the address, colour it | TextContains("Mill") | cs_addr | slack
Please colour the addresses which are finishing with Cottage. | TextEndsWith("Cottage") | cs_addr | learner
addr starting w/ "The" → blue | TextStartsWith("The") | cs_addr | shorthand | quoted
Rule: flag addresses that do not contain "Street". | TextNotContains("Street") | cs_addr | ticket | negation | quoted
Rule: flag sweeps due on today's date. | Today() | cs_due | ticket | date
due in last 7 days (incl today) → red | Last7Days() | cs_due | shorthand | date
Which sweeps are due in the next month? Please colour them. | NextMonth() | cs_due | learner | date
flag any fees that show up more than once | Duplicates() | cs_fee | slack
Please colour every fee that is different to 65. | NotEquals(65) | cs_fee | learner | negation
top 25% fees → hl | TopPercent(25) | cs_fee | shorthand | superlative | number-format
# roller derby
top 3 scoring jams, colour them pls | Top(3) | rd_points | slack | superlative
Please mark the jams with 20 points or more than that. | GreaterThanEqual(20) | rd_points | learner | boundary
pts <= 4 → grey | LessThanEqual(4) | rd_points | shorthand | boundary
Rule: apply an icon set to Jammer Points. | IconSet() | rd_points | ticket | visual | column-word
can we get data bars on jammer points | DataBar() | rd_points | slack | visual | column-word
skaters starting w/ Mad → hl | TextStartsWith("Mad") | rd_skater | shorthand
anyone w/ killer in their derby name, highlight it | TextContains("killer") | rd_skater | slack
Rule: highlight skater names appearing more than once. | Duplicates() | rd_skater | ticket
Please colour the penalty cells which are empty. | Blanks() | rd_pen | learner
pen mins < avg → green | BelowAverage() | rd_pen | shorthand
penalty mins outside 2 to 8, can u flag those | NotBetween(2, 8) | rd_pen | slack | range
bouts this week? colour them | ThisWeek() | rd_bout | slack | date
Please colour the bouts of the previous week (Sunday until Saturday). | LastWeek() | rd_bout | learner | date
bouts nxt wk → hl | NextWeek() | rd_bout | shorthand | date
bouts last wk or this wk → hl | OR(LastWeek(), ThisWeek()) | rd_bout | shorthand | date | compound
# trampoline park
Rule: flag sessions with more than twenty jumpers. | GreaterThan(20) | tp_jumpers | ticket | number-words
2 quietest sessions - can u mark them | Bottom(2) | tp_jumpers | slack | superlative | polarity
Please colour sessions where jumpers are less than the average. | BelowAverage() | tp_jumpers | learner
hl errors in JUMPERS col | Errors() | tp_jumpers | shorthand | column-word | odd-case
Rule: flag sessions with fewer than 5 jumpers or with 30 or more. | OR(LessThan(5), GreaterThanEqual(30)) | tp_jumpers | ticket | compound | boundary
highlight waivers that just say signed, nothing else | TextEquals("signed") | tp_waiver | slack
Please mark the waivers that starts with Missing. | TextStartsWith("Missing") | tp_waiver | learner
Rule: flag Waiver cells that do not contain the text "sign". | TextNotContains("sign") | tp_waiver | ticket | negation | quoted | column-word
waiver ends w/ online → hl | TextEndsWith("online") | tp_waiver | shorthand
Please colour the waivers which are Missing or Expired. | OR(TextEquals("Missing"), TextEquals("Expired")) | tp_waiver | learner | compound
Please colour the sessions of one hour. | Equals(60) | tp_length | learner | number-words
Rule: flag session lengths that occur only once. | Unique() | tp_length | ticket
anything not between 45 and 90 mins, colour it | NotBetween(45, 90) | tp_length | slack | range | negation
tmrw's bookings, colur them pls | Tomorrow() | tp_booked | slack | date | typo
bookings this mth → hl | ThisMonth() | tp_booked | shorthand | date
Rule: flag bookings dated yesterday. | Yesterday() | tp_booked | ticket | date
Please colour the bookings which are for the month before this one. | LastMonth() | tp_booked | learner | date
# mushroom farm
Please colour the rooms where yield is 50 kg or above. | GreaterThanEqual(50) | mu_yield | learner | boundary
top 10% of yields pls | TopPercent(10) | mu_yield | slack | superlative | number-format
Rule: apply a colour scale to Yield (kg). | ColorScale() | mu_yield | ticket | visual | column-word
yield > avg → hl | AboveAverage() | mu_yield | shorthand
Please put icon set on the yields. | IconSet() | mu_yield | learner | visual
anything oyster, any kind, can u shade it | TextContains("oyster") | mu_strain | slack
Rule: highlight Strain cells equal to "Oyster" (plain oyster only). | TextEquals("Oyster") | mu_strain | ticket | quoted | column-word
Please colour the strains that end in 'take'. | TextEndsWith("take") | mu_strain | learner | quoted
dup strains → hl | Duplicates() | mu_strain | shorthand
Rule: flag strains that do not end with "oyster". | NOT(TextEndsWith("oyster")) | mu_strain | ticket | negation | compound | quoted
humidity < 85% → red | LessThan(0.85) | mu_hum | shorthand | number-format
can u highlight humidity between 85 and 95 percent? inclusive | Between(0.85, 0.95) | mu_hum | slack | range | number-format | boundary
Please colour rooms with humidity more than 90%. | GreaterThan(0.9) | mu_hum | learner | number-format
picked ystrdy → hl | Yesterday() | mu_pick | shorthand | date
Rule: flag pick dates in the current month. | ThisMonth() | mu_pick | ticket | date
anything picked in the last 7 days, today incl | Last7Days() | mu_pick | slack | date
# trout hatchery
ANY tanks warmer than 12 degrees?? flag em | GreaterThan(12) | th_temp | slack | polarity | odd-case
Rule: highlight temperatures from 10 °C to 13 °C inclusive. | Between(10, 13) | th_temp | ticket | range | boundary
Please colour the temperatures which are out of 8 to 14 degrees. | NotBetween(8, 14) | th_temp | learner | range
Please colour water warmer than 12 but not more than 14 degrees. | AND(GreaterThan(12), LessThanEqual(14)) | th_temp | learner | compound | boundary
Rule: flag water temperatures below 10 °C or above 14 °C. | OR(LessThan(10), GreaterThan(14)) | th_temp | ticket | compound
fry >= 3,000 → green | GreaterThanEqual(3000) | th_fry | shorthand | number-format | boundary
3 tanks w/ the fewest fry, colour them | Bottom(3) | th_fry | slack | superlative
Rule: highlight the bottom 20% of fry counts. | BottomPercent(20) | th_fry | ticket | superlative
Please show the error cells of the fry count in colour. | Errors() | th_fry | learner
raceways only pls, highlight the tanks starting with Raceway | TextStartsWith("Raceway") | th_tank | slack
tank IDs appearing 2x → hl | Duplicates() | th_tank | shorthand
Rule: flag Tank cells that are not blank. | NotBlanks() | th_tank | ticket | negation | column-word
Please colour the tanks whose name has "pond" inside. | TextContains("pond") | th_tank | learner | quoted
tanks last checked yesterday, can u colour them | Yesterday() | th_check | slack | date
chk'd last wk → amber | LastWeek() | th_check | shorthand | date
Rule: flag tanks whose Last Checked date is NOT within the last 7 days. | NOT(Last7Days()) | th_check | ticket | date | negation | compound | column-word
# sheep flock at lambing
lambs under 3 kilos need flaging, can u colour them | LessThan(3) | sh_weight | slack | boundary | typo
Rule: highlight birth weights below average. | BelowAverage() | sh_weight | ticket
Please colour the lambs who weighed exactly 4 kg. | Equals(4) | sh_weight | learner
top 3 heaviest lambs → hl | Top(3) | sh_weight | shorthand | superlative
lambs < 3 kg & not blank → red | AND(LessThan(3), NotBlanks()) | sh_weight | shorthand | compound
can u flag any ear tags entered twice | Duplicates() | sh_tag | slack
Rule: flag ear tags beginning with "UK0456". | TextStartsWith("UK0456") | sh_tag | ticket | quoted
Please colour tags in which there is no UK. | TextNotContains("UK") | sh_tag | learner | negation
unique tags → green | Unique() | sh_tag | shorthand
colour the ewes that had triplets | Equals(3) | sh_born | slack | number-words
Please mark the ewes which had twins or more. | GreaterThanEqual(2) | sh_born | learner | number-words | boundary
Rule: flag Lambs Born values other than 1. | NotEquals(1) | sh_born | ticket | negation | column-word
icons on lambs born col | IconSet() | sh_born | shorthand | visual | column-word
Please mark the ewes that lambed today. | Today() | sh_date | learner | date
lambed this wk → hl | ThisWeek() | sh_date | shorthand | date
Rule: flag lambing dates in the previous calendar month. | LastMonth() | sh_date | ticket | date
# vintage record shop
price < £10 → hl | LessThan(10) | vr_price | shorthand
Please colour the two records which are most expensive. | Top(2) | vr_price | learner | superlative | number-words
stuff priced 20 to 50 quid, can u highlight it | Between(20, 50) | vr_price | slack | range
Rule: highlight prices above the average price. | AboveAverage() | vr_price | ticket
any artist with floyd in it, colour it | TextContains("floyd") | vr_artist | slack
Please colour the artists who end with Bowie. | TextEndsWith("Bowie") | vr_artist | learner
dup artists → hl | Duplicates() | vr_artist | shorthand
Rule: highlight Condition values equal to "VG+" exactly. | TextEquals("VG+") | vr_cond | ticket | quoted | column-word
Please colour records which have mint in the condition. | TextContains("mint") | vr_cond | learner
cond w/o "VG" → hl | TextNotContains("VG") | vr_cond | shorthand | negation | quoted
colour the blank condition cells so i can grade them | Blanks() | vr_cond | slack
cat no. starts w/ PCS → hl | TextStartsWith("PCS") | vr_catno | shorthand
Please colour the catalogue numbers that show an error. | Errors() | vr_catno | learner
Rule: flag catalogue numbers that are not errors. | NotErrors() | vr_catno | ticket | negation
# drone survey firm
Please colour the flights longer than 25 minutes. | GreaterThan(25) | dr_mins | learner
Rule: apply data bars to Flight Time (min). | DataBar() | dr_mins | ticket | visual | column-word
3 shortest flights → hl | Bottom(3) | dr_mins | shorthand | superlative | polarity
flights over 25 mins or under 5, can u colour those | OR(GreaterThan(25), LessThan(5)) | dr_mins | slack | compound
battery left at 20% or less - flag it | LessThanEqual(0.2) | dr_batt | slack | number-format | boundary
batt < 10% → red | LessThan(0.1) | dr_batt | shorthand | number-format
Rule: flag battery levels not between 15% and 50%. | NotBetween(0.15, 0.5) | dr_batt | ticket | range | number-format | negation
Please mark the sites that start with Quarry. | TextStartsWith("Quarry") | dr_site | learner
highlight every solar park site pls | TextContains("solar park") | dr_site | slack
Rule: flag site names that occur more than once (ignore case). | Duplicates() | dr_site | ticket
site ends w/ Farm → hl | TextEndsWith("Farm") | dr_site | shorthand
Rule: flag sites whose name does not end with "Farm". | NOT(TextEndsWith("Farm")) | dr_site | ticket | negation | compound | quoted
flights today → hl | Today() | dr_date | shorthand | date
Please colour the flights planed for tomorrow. | Tomorrow() | dr_date | learner | date | typo
Rule: flag flights scheduled for next week. | NextWeek() | dr_date | ticket | date
# airport lost property
every umbrella pls, any colour | TextContains("umbrella") | lp_item | slack
Please colour the items that are just Passport, not the passport holder. | TextEquals("Passport") | lp_item | learner
Rule: flag items starting with "Laptop". | TextStartsWith("Laptop") | lp_item | ticket | quoted
item not blank → hl | NotBlanks() | lp_item | shorthand | negation
Please colour what was found in the previous week (Sunday to Saturday). | LastWeek() | lp_found | learner | date
stuff found yesterday, can u highlight it | Yesterday() | lp_found | slack | date
Rule: flag items found in the last 7 days, including today. | Last7Days() | lp_found | ticket | date
Rule: flag items unclaimed for 90 days or more. | GreaterThanEqual(90) | lp_days | ticket | boundary
anything unclaimed for more than 30 days, colour it | GreaterThan(30) | lp_days | slack
top 3 days unclaimed → hl | Top(3) | lp_days | shorthand | superlative
Please colour the items waiting more than the average days. | AboveAverage() | lp_days | learner
colour scale on days unclaimed pls | ColorScale() | lp_days | slack | visual
refs w/ -23- in them → hl (2023 claims) | TextContains("-23-") | lp_ref | shorthand
Rule: highlight Claim Ref values that appear only once. | Unique() | lp_ref | ticket | column-word
Please colour the refs which are not error. | NotErrors() | lp_ref | learner | negation
# lifeboat station
launches in 10 mins or under = green pls | LessThanEqual(10) | lb_launch | slack | boundary
Rule: flag launch times greater than 15 minutes. | GreaterThan(15) | lb_launch | ticket
launch time < avg → hl | BelowAverage() | lb_launch | shorthand
Please colour the three fastest launches. | Bottom(3) | lb_launch | learner | superlative | polarity | number-words
all the vessel callouts, the ones that start with Vessel | TextStartsWith("Vessel") | lb_type | slack
Please colour the callouts which have person in it. | TextContains("person") | lb_type | learner
Rule: flag callout types that do not contain "alarm". | TextNotContains("alarm") | lb_type | ticket | negation | quoted
type ends w/ "evac" → hl | TextEndsWith("evac") | lb_type | shorthand | quoted
crew < 5 → amber | LessThan(5) | lb_crew | shorthand
Please colour crew numbers that appear only one time. | Unique() | lb_crew | learner
Rule: flag launches with a crew of exactly six. | Equals(6) | lb_crew | ticket | number-words
crew under 5, ignore the blank ones | AND(NotBlanks(), LessThan(5)) | lb_crew | slack | compound
Please colour the launches of this week. | ThisWeek() | lb_date | learner | date
Rule: flag any launch dated last month. | LastMonth() | lb_date | ticket | date
launches last 7 days → hl | Last7Days() | lb_date | shorthand | date
# quarry weighbridge
loads over 20 tonnes are overweight, flag em | GreaterThan(20) | qw_net | slack
top 10% net wt → hl | TopPercent(10) | qw_net | shorthand | superlative | number-format
Rule: Flag Loads With A Variance Of 0. | Equals(0) | qw_var | ticket | odd-case
Please put data bars in the Net (t) column. | DataBar() | qw_net | learner | visual | column-word
colour scale on net tonnes | ColorScale() | qw_net | shorthand | visual
anything with smith in the haulier name, colour it | TextContains("smith") | qw_haulier | slack | column-word
Please colour hauliers which finish in Tippers. | TextEndsWith("Tippers") | qw_haulier | learner
dup hauliers → hl | Duplicates() | qw_haulier | shorthand
Rule: flag Haulier cells that are blank. | Blanks() | qw_haulier | ticket | column-word
any ticket nos showing #REF! or other errors, flag them | Errors() | qw_ticket | slack | quoted
Rule: flag ticket numbers that appear more than once. | Duplicates() | qw_ticket | ticket
Please colour ticket numbers bigger or equal to 10240. | GreaterThanEqual(10240) | qw_ticket | learner | boundary
weighed today → hl | Today() | qw_date | shorthand | date
loads weighed yesterday pls, colour them | Yesterday() | qw_date | slack | date
Rule: flag loads weighed last week (Sunday to Saturday). | LastWeek() | qw_date | ticket | date
# ice cream parlour
Please colour flavours which sold 200 scoops or more. | GreaterThanEqual(200) | ic_scoops | learner | boundary
Rule: highlight the 2 lowest Scoops Sold values. | Bottom(2) | ic_scoops | ticket | superlative | column-word
icons on scoops sold pls, traffic lights or whatever | IconSet() | ic_scoops | slack | visual
data bars → scoops sold | DataBar() | ic_scoops | shorthand | visual
sorbets pls - flavours ending in sorbet | TextEndsWith("sorbet") | ic_flavour | slack
Please colour flavours that has choc inside. | TextContains("choc") | ic_flavour | learner
Rule: highlight Flavour cells equal to "Vanilla" (not Vanilla bean or French vanilla). | TextEquals("Vanilla") | ic_flavour | ticket | quoted | column-word
flavours w/o "sorbet" → hl | TextNotContains("sorbet") | ic_flavour | shorthand | negation | quoted
Rule: flag freezer temperatures warmer than -15 °C. | GreaterThan(-15) | ic_temp | ticket | polarity | number-format
Please colour temperatures that are -20 or colder. | LessThanEqual(-20) | ic_temp | learner | polarity | boundary
colour scale on freezer temps | ColorScale() | ic_temp | shorthand | visual
deliveries next wk → hl | NextWeek() | ic_delivery | shorthand | date
tomorrow's delivery - can u colour it | Tomorrow() | ic_delivery | slack | date
Please mark all deliveries happening in the present month. | ThisMonth() | ic_delivery | learner | date
# pest controller
bait stations where 100% got taken, highlight those | Equals(1) | pc_bait | slack | number-format
Rule: flag stations with bait taken of 50% or more. | GreaterThanEqual(0.5) | pc_bait | ticket | number-format | boundary
Please colour stations where less than 10% of bait is eaten. | LessThan(0.1) | pc_bait | learner | number-format
Rule: flag stations with at least 10% but under 50% of the bait taken. | AND(GreaterThanEqual(0.1), LessThan(0.5)) | pc_bait | ticket | compound | number-format | boundary
half or more taken but not all of it - can u highlight those | AND(GreaterThanEqual(0.5), LessThan(1)) | pc_bait | slack | compound | number-words
stations cleared out (100%) or with under 5% taken, colour both | OR(Equals(1), LessThan(0.05)) | pc_bait | slack | compound | number-format
colour scale → bait taken % | ColorScale() | pc_bait | shorthand | visual
Please colour the jobs where the pest begin with Wasp. | TextStartsWith("Wasp") | pc_pest | learner
any job mentioning rats, shade it | TextContains("rats") | pc_pest | slack
Rule: flag pests that do not contain "mice". | TextNotContains("mice") | pc_pest | ticket | negation | quoted
dup pests → hl | Duplicates() | pc_pest | shorthand
2 jobs w/ most visits → hl | Top(2) | pc_visits | shorthand | superlative
Rule: highlight visit counts of 3 or fewer. | LessThanEqual(3) | pc_visits | ticket | boundary
Please give colour to the visit counts which are not repeated. | Unique() | pc_visits | learner | negation
next visits this week - colour them pls | ThisWeek() | pc_next | slack | date
Rule: flag next visits that fall in next month. | NextMonth() | pc_next | ticket | date
Please colour visits for today. | Today() | pc_next | learner | date
# family history society
anything before 1800, flag it | LessThan(1800) | gn_year | slack
Rule: highlight record years from 1841 to 1911 inclusive. | Between(1841, 1911) | gn_year | ticket | range | boundary
Please colour the two oldest record years. | Bottom(2) | gn_year | learner | superlative | polarity | number-words
yr not b/w 1851 & 1901 → grey | NotBetween(1851, 1901) | gn_year | shorthand | range | negation
Rule: highlight parishes equal to "St Mary's". | TextEquals("St Mary's") | gn_parish | ticket | quoted
any parish with Trinity in it, colour it | TextContains("Trinity") | gn_parish | slack
Please mark parishes which begin with "St Peter". | TextStartsWith("St Peter") | gn_parish | learner | quoted
parish not starting w/ St → hl | NOT(TextStartsWith("St")) | gn_parish | shorthand | negation | compound
member no. appearing 2x → hl | Duplicates() | gn_member | shorthand
Rule: flag member numbers greater than 1100. | GreaterThan(1100) | gn_member | ticket
Please colour member numbers which are not error values. | NotErrors() | gn_member | learner | negation
new members from last month, colour them pls | LastMonth() | gn_joined | slack | date
Please mark members who joined in yesterday. | Yesterday() | gn_joined | learner | date
joined this mth → hl | ThisMonth() | gn_joined | shorthand | date
# horse livery yard
rents of £450 or more, can u highlight | GreaterThanEqual(450) | hl_rent | slack | boundary
Please colour rents between 300 and 500 pounds. | Between(300, 500) | hl_rent | learner | range
Rule: highlight the top 25% of monthly rents. | TopPercent(25) | hl_rent | ticket | superlative | number-format
rent < avg → hl | BelowAverage() | hl_rent | shorthand
Rule: flag horse names that occur only once. | Unique() | hl_horse | ticket
any horse w/ Duke in name → hl | TextContains("Duke") | hl_horse | shorthand
Please colour the horses whose names end with Misty. | TextEndsWith("Misty") | hl_horse | learner
farrier due tomorrow, colour em | Tomorrow() | hl_farrier | slack | date
Rule: flag horses with the farrier due next week. | NextWeek() | hl_farrier | ticket | date
Please colour farrier visits in the current week. | ThisWeek() | hl_farrier | learner | date
farrier due last wk → hl | LastWeek() | hl_farrier | shorthand | date
Please colour farrier dates which are not in this week. | NOT(ThisWeek()) | hl_farrier | learner | date | negation | compound
Please show icon set on the hay column. | IconSet() | hl_hay | learner | visual | column-word
hay <= 8 kg → hl | LessThanEqual(8) | hl_hay | shorthand | boundary
Rule: flag hay amounts not equal to 10 kg. | NotEquals(10) | hl_hay | ticket | negation
colour scale on the hay pls | ColorScale() | hl_hay | slack | visual
# paintball site
Please colour bookings which used 500 paintballs or less. | LessThanEqual(500) | pb_balls | learner | boundary
top 3 by paintballs used → hl | Top(3) | pb_balls | shorthand | superlative
Rule: apply data bars to Paintballs Used. | DataBar() | pb_balls | ticket | visual | column-word
more than 1,000 balls used? colour those | GreaterThan(1000) | pb_balls | slack | number-format
balls > 1,000 & < 3,000 → hl | AND(GreaterThan(1000), LessThan(3000)) | pb_balls | shorthand | compound | number-format
teams starting with Red, highlight em | TextStartsWith("Red") | pb_team | slack
Please colour the teams with Alpha in its name. | TextContains("Alpha") | pb_team | learner
Rule: flag Team cells that are empty. | Blanks() | pb_team | ticket | column-word
team not blank → hl | NotBlanks() | pb_team | shorthand | negation
red or blue teams pls - the ones starting with Red or Blue | OR(TextStartsWith("Red"), TextStartsWith("Blue")) | pb_team | slack | compound
Please colour groups bigger than the average. | AboveAverage() | pb_players | learner
groups of exactly 12, colour them | Equals(12) | pb_players | slack
Rule: flag player counts below 10. | LessThan(10) | pb_players | ticket | boundary
players ≠ 8 → hl | NotEquals(8) | pb_players | shorthand | negation
games next month - can u colour those | NextMonth() | pb_date | slack | date
Rule: flag bookings for today. | Today() | pb_date | ticket | date
Please mark bookings of last month. | LastMonth() | pb_date | learner | date
# bell ringers
peal time 170–185 min → green | Between(170, 185) | br_peal | shorthand | range
Rule: flag peal times under 170 minutes. | LessThan(170) | br_peal | ticket
Please colour the peal times which are more longer than 3 hours. | GreaterThan(180) | br_peal | learner | number-words
Rule: flag peal times of 170 minutes or more but under 3 hours. | AND(GreaterThanEqual(170), LessThan(180)) | br_peal | ticket | compound | number-words | boundary
Rule: flag towers whose name ends with "Cathedral". | TextEndsWith("Cathedral") | br_tower | ticket | quoted
Please colour towers which are written exactly St Giles. | TextEquals("St Giles") | br_tower | learner
towers starting "All Saints" → hl | TextStartsWith("All Saints") | br_tower | shorthand | quoted
anything with Martin in the tower name? colour it | TextContains("Martin") | br_tower | slack | column-word
Rule: flag towers with 10 or more bells. | GreaterThanEqual(10) | br_bells | ticket | boundary
Please colour the towers having exactly eight bells. | Equals(8) | br_bells | learner | number-words
bells < 6 → hl | LessThan(6) | br_bells | shorthand
which bell counts only show up once, colour those | Unique() | br_bells | slack
# more records on the columns above (added after a first count, so that every function falls in both halves)
var < 0 → red | LessThan(0) | qw_var | shorthand
colour scale on the variance col pls | ColorScale() | qw_var | slack | visual | column-word
Rule: flag callbacks due next month. | NextMonth() | cc_callback | ticket | date
farrier due nxt mth → hl | NextMonth() | hl_farrier | shorthand | date
deliveries booked for next month, can u shade them | NextMonth() | ic_delivery | slack | date
bottom 20% of scoops sold → red | BottomPercent(20) | ic_scoops | shorthand | superlative | number-format
Please colour the lowest 10 percent of record prices. | BottomPercent(10) | vr_price | learner | superlative | number-format
can u highlight the bottom 25% of peal times | BottomPercent(25) | br_peal | slack | superlative | number-format
Rule: highlight the bottom 15% of yields. | BottomPercent(15) | mu_yield | ticket | superlative | number-format
lambs ≠ 4 kg → hl | NotEquals(4) | sh_weight | shorthand | negation
Rule: flag crew sizes other than 6. | NotEquals(6) | lb_crew | ticket | negation
any peal time that isn't exactly 180, flag it | NotEquals(180) | br_peal | slack | negation
Rule: flag Member No. cells showing an error value. | Errors() | gn_member | ticket | column-word
hl #N/A & other errors in days unclaimed | Errors() | lp_days | shorthand
Please colour the record years which give an error. | Errors() | gn_year | learner
bait taken: hl cells w/o errors | NotErrors() | pc_bait | shorthand | negation
Rule: flag fry counts that are not error values. | NotErrors() | th_fry | ticket | negation
can u colour every wait time that isn't an error | NotErrors() | cc_wait | slack | negation
Rule: flag callbacks due this week. | ThisWeek() | cc_callback | ticket | date
sweeps due this wk → hl | ThisWeek() | cs_due | shorthand | date
pick dates in this week, colour them pls | ThisWeek() | mu_pick | slack | date
Rule: highlight the 3 highest Monthly Rent values. | Top(3) | hl_rent | ticket | superlative | column-word
Please colour the 2 biggest pitch fees. | Top(2) | mf_fee | learner | superlative
the 2 cheapest rents, colour em | Bottom(2) | hl_rent | slack | superlative | polarity
Rule: flag fry counts above the average. | AboveAverage() | th_fry | ticket
peal times longer than average, can u highlight | AboveAverage() | br_peal | slack
Please colour yields which are under average. | BelowAverage() | mu_yield | learner
Rule: flag Agent cells that are blank. | Blanks() | cc_agent | ticket | column-word
hl blank ear tags | Blanks() | sh_tag | shorthand
Rule: highlight Skater cells that are not empty. | NotBlanks() | rd_skater | ticket | negation | column-word
colour every filled-in condition cell | NotBlanks() | vr_cond | slack
Rule: flag Pest cells equal to "Rats". | TextEquals("Rats") | pc_pest | ticket | quoted | column-word
Please colour the horse named just Misty. | TextEquals("Misty") | hl_horse | learner
Please colour the farrier visits from the last seven days. | Last7Days() | hl_farrier | learner | date | number-words
bookings in last 7 days → hl | Last7Days() | pb_date | shorthand | date
Rule: flag Found On dates in last month. | LastMonth() | lp_found | ticket | date | column-word
Rule: flag sweeps due tomorrow. | Tomorrow() | cs_due | ticket | date
launches this month, colour em | ThisMonth() | lb_date | slack | date
Please colour top 20 percent of paintballs used. | TopPercent(20) | pb_balls | learner | superlative | number-format
Rule: flag rents not between £300 and £500. | NotBetween(300, 500) | hl_rent | ticket | range | negation | number-format
Please colour the farrier visits due today. | Today() | hl_farrier | learner | date
Rule: flag launches from yesterday. | Yesterday() | lb_date | ticket | date
Please colour the waivers that are neither Pending nor Missing. | NOT(OR(TextEquals("Pending"), TextEquals("Missing"))) | tp_waiver | learner | negation | compound
Rule: flag CSAT scores of 2 or more but below 4. | AND(GreaterThanEqual(2), LessThan(4)) | cc_csat | ticket | compound | boundary
Rule: flag pick dates in next month. | NextMonth() | mu_pick | ticket | date
Please colour the bookings for the next month. | NextMonth() | tp_booked | learner | date
vaccs due nxt month → hl | NextMonth() | ct_vacc | shorthand | date
jobs next month pls, colour em | NextMonth() | ts_jobdate | slack | date
TODAY'S LAUNCHES → HL | Today() | lb_date | shorthand | date | odd-case
flag the tempratures under 10 degrees | LessThan(10) | th_temp | slack | typo
Rule: Flag Any Record Priced At £150 Or More. | GreaterThanEqual(150) | vr_price | ticket | odd-case | boundary
Please colour the pests wich are mice of any kind. | TextContains("mice") | pc_pest | learner | typo
"""


# The set files written before this one. A set file written beside this one (eighth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "everyday_cf.json", "everyday_tables.json", "fifth_cf.json",
              "fifth_tables.json", "forum_tables.json", "fourth_cf.json", "fourth_tables.json", "fresh_cf.json",
              "fresh_tables.json", "plain_cf.json", "posts_tables.json", "seventh_cf.json", "seventh_tables.json",
              "sixth_cf.json", "sixth_tables.json", "spoken_cf.json", "template_tables.json", "third_cf.json",
              "third_tables.json", "web_cf.json")


column_sets.bind(globals(), EIGHTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
