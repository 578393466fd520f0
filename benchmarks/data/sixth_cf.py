"""A sixth independent set of one-column CF requests, and the builder of sixth_cf.json.

Written from scratch (session of 2026-12-06, engineer E6) as a new independent evaluation set:
every older one-column set has been tuned on. The requests imagine spreadsheet users of twenty
new domains, on this set's own columns (a hairdresser's bookings, a food truck's sales, a
community garden, a karate club, a printing firm, a care home's meds round, a scout group, a wine
bar, a choir of our own invention (the Harbour Lights Singers), a driving school, a pottery
studio, a campsite, a chess club, a florist, an ice rink, a laundrette, a bowling league, an
aquarium shop, a tattoo studio, an observatory), in four styles: `office` (how an office worker
types it), `mobile` (short, lowercase, typos, abbreviations), `question` (a question to an
assistant) and `polite` (long polite sentences with context). Only requests the language
expresses exactly, one right rule on the column, every literal recoverable by a careful reader
("a week or longer" -> 7 nights, "50%" on a column of percentages -> 0.5, "brightest" magnitudes
-> Bottom). Labels are what the executor formats with Today = 2024-06-12 (a Wednesday: this week
is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June).

What its author read: benchmarks/data/README.md; benchmarks/data/everyday_common.py; the module
docstring and the non-entry code of benchmarks/data/fifth_cf.py (lines 1-98 and 619-667: not its
COLUMNS dict nor its ENTRIES string, apart from the first characters of two of its COLUMNS lines
and of six of its ENTRIES lines shown by accident while locating them, none reused), which this
builder mirrors; tests/benchmarks/test_fifth_cf_data.py and tests/benchmarks/set_files.py (this
set's test is a copy of the former with this set's names); ../shared/docs/CF_RULES.md; the public
API of cf_assistant.languages.cf (parse and to_text, tried on a few rules to see their canonical
spelling). The builder's check said two drafts ("margin errors", "reviews due today") equal a
request of another set file or of the train split (which one was not looked up); they were
reworded. Not read: anything under cf_assistant/assistant/, cf_assistant/diffusion/,
cf_assistant/generators/, the other files of cf_assistant/languages/cf/, any builder's COLUMNS
and ENTRIES, the utterances of any JSON file (compared only by program). No model, no
`cfa suggest` and no `cfa bench` was run.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files
written before it (`OTHER_SETS`), of any other set file in the folder when it runs
(sixth_tables.json, written beside it by someone else, included) or of the train split, a
non-canonical rule, a column of fewer than 12 or more than 20 cells, a column where the rule
formats no row or every row, and a column that cannot tell the rule from the rules one edit away
(`everyday_common.column_problems`). The columns carry the near misses for that: boundary values,
case variants, blanks, cells of one space and zeros, text and error values among numbers,
negative amounts, duplicates, and dates around 2024-06-12 in every period.

Tags: the style first (`office`, `mobile`, `question`, `polite`), then any of `typo`, `odd-case`,
`negation`, `number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`,
`boundary`, `range`, `polarity`, `date`, `visual` (as in fifth_cf.py), then the set tag `sixth`.
IDs have the prefix `e6c-`; the dev/test halves come from a hash of the ID.

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`.

Rebuild: `python benchmarks/data/sixth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "sixth_cf.json"
PREFIX = "e6c"
SIXTH_TAG = "sixth"
STYLES = ("office", "mobile", "question", "polite")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)

# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO (2024-06-12 is the bench's Wednesday); weeks run Sunday to Saturday: this week is
# 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June.

COLUMNS = {
    # a hairdresser's bookings
    "hair_price": ("Price £", "12|25|40|55|38|0|65|40|90|18|120|n/a|45|30||3"),
    "hair_service": ("Service", "Cut & blow dry|Colour|Full head highlights|Half head highlights|Kids cut|Beard trim|Colour correction|Blow dry|Perm|highlights touch-up|Fringe trim|Trim & tidy|Cut & colour|Wash & set"),
    "hair_date": ("Appointment", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-04|2024-06-14|2024-06-18|2024-06-28|2024-05-20|2024-07-10|2024-06-09|2024-06-01|2024-04-15|2024-08-02|"),
    "hair_stylist": ("Stylist", "Jade|Marco|Jade B|Priya|Tom|Marco|Sienna|jade|Priya|Leo| |Tom|Mary-Jade|Ama|"),
    # a food truck's sales
    "truck_takings": ("Takings", "420|0|385|610|1250|95|500|730|-40|2200|500|310|closed|880|49||1000|100"),
    "truck_pitch": ("Pitch", "Market Square|Uni campus|Retail park|Festival field|market square|Station forecourt|Football ground|Uni campus|Beach front|Business park|Retail park|Car boot|Hospital car park|Festival field|Park & Ride"),
    "truck_wait": ("Avg Wait (min)", "4|7|12|15|9|3|20|15|6|11|25|8|10|2||n/a|0"),
    "truck_event": ("Event Date", "2024-06-15|2024-06-12|2024-06-20|2024-06-06|2024-05-25|2024-07-06|2024-06-11|2024-06-02|2024-06-13|2024-06-29|2024-06-10|2024-08-17|2024-06-08|2024-05-31"),
    # a community garden
    "gard_plot": ("Plot", "A1|A2|A3|B1|B2|B3|C1|C2|C3|A1|D1|D2|B2|E1||Shed B|A10|ZA1|0| "),
    "gard_harvest": ("Harvest kg", "3.5|0|12|7.25|18|2|9|13|25|0.5|14|6|30|n/r|11|5|10|15"),
    "gard_crop": ("Crop", "Runner beans|Potatoes|Sweet potatoes|Courgettes|Broad beans|Beans (dwarf)|Tomatoes|potatoes|Onions|Leeks|Peas|Beetroot|Sweetcorn|Garlic|Potatoes (seed)"),
    "gard_water": ("Last Watered", "2024-06-12|2024-06-11|2024-06-10|2024-06-07|2024-06-05|2024-06-03|2024-05-28|2024-06-13|2024-06-16|2024-06-14|2024-07-01|2024-06-22|2024-04-30|"),
    # a karate club
    "kar_belt": ("Belt", "White|Yellow|Orange|Green|Blue|Purple|Brown|Black|Black 2nd Dan|Green stripe|Red/White|White|black|Brown stripe|Junior black|Orange stripe (2)|Light brown"),
    "kar_age": ("Age", "6|8|9|11|12|14|16|17|18|25|34|41|12|7|55|"),
    "kar_attend": ("Attendance %", "45%|60%|72%|80%|85%|90%|95%|100%|30%|80%|66%|88%|50%|0%||n/a"),
    "kar_grading": ("Grading Date", "2024-06-22|2024-06-15|2024-07-13|2024-06-12|2024-06-08|2024-05-18|2024-06-29|2024-06-11|2024-06-13|2024-09-07|2024-06-06|2024-06-03|2024-06-19"),
    "kar_member": ("Member ID", "KC-101|KC-102|KC-103|KC-104|KC-102|KC-106|KC-107|KC-108|KC-109|KC-106|KC-111|kc-103|KC-113||0| "),
    # a printing firm
    "print_qty": ("Copies", "50|100|250|500|1000|2500|5000|750|100|10000|25|1500|300|0|"),
    "print_job": ("Job Ref", "X-PR-2316|PR-2301|PR-2302|RUSH-2303|PR-2304|RUSH-2305|PR-2306-R|PR-2307|REPRINT-2308|PR-2309|RUSH-2310|PR-RUSH-2311|PR-2312|pr-2313|PR-2314"),
    "print_paper": ("Paper", "A4 80gsm|A3 120gsm|A4 silk 150gsm|A5 80gsm|SRA3 300gsm|A4 recycled|A4 gloss 170gsm|A3 80gsm|Card 350gsm|A6 postcard 300gsm|Envelope DL|A4 80GSM|Kraft|Tracing 90gsm|A4 80gsm colour|Pack of A4 labels|300gsm board offcuts"),
    "print_margin": ("Margin", "12%|25%|-5%|40%|18%|0%|33%|25%|8%|55%|15%|#DIV/0!|22%|10%||tbc"),
    "print_due": ("Due", "2024-06-12|2024-06-13|2024-06-14|2024-06-17|2024-06-21|2024-06-11|2024-06-05|2024-06-26|2024-07-02|2024-05-30|2024-06-10|2024-06-07|2024-07-19|"),
    # a care home's meds round
    "meds_dose": ("Dose mg", "5|10|20|25|40|50|2.5|100|500|10|250|0.5|1000|75|"),
    "meds_name": ("Medicine", "Paracetamol|Amlodipine|Metformin|Warfarin|Donepezil|Lansoprazole|Sertraline|Atorvastatin|Paracetamol suspension|Co-codamol|Furosemide|Levothyroxine|warfarin (PRN)|Ramipril|Soluble paracetamol|Stop warfarin|Quetiapine XL"),
    "meds_given": ("Given By", "SN|JP|JP|AK| |LW|SN||MO|AK|LW|JP|MO|RT"),
    "meds_stock": ("Stock Left", "28|14|7|0|56|3|21|90|5|12|#N/A|42|2|30|"),
    "meds_review": ("Review Due", "2024-06-12|2024-06-18|2024-06-11|2024-06-19|2024-06-13|2024-07-03|2024-06-04|2024-05-15|2024-06-27|2024-06-09|2024-06-06|2024-08-12|2024-06-15"),
    # a scout group
    "scout_subs": ("Subs Paid £", "45|45|0|22.5|45|90|15|0|45|30|60|-10||45|20|| "),
    "scout_badge": ("Badges", "3|7|0|12|5|9|15|2|7|20|11|4|1|8||10|lost card"),
    "scout_patrol": ("Patrol", "Eagles|Otters|Kestrels|Owls|Eagles|Foxes|Badgers|Otters|Kestrels|Hawks|Owls|Eagles|Stags||Eagles 2|Young Eagles"),
    "scout_hike": ("Hike km", "5|8|12|3.5|15|20|10|7.5|18|25|12|0|6|14|"),
    "scout_camp": ("Camp Form", "Yes|Yes|No|Yes||Yes|No|yes|Pending|Yes|No|Yes|N/A|Yes||No - allergy|Said no|0| |Yes - late"),
    # a wine bar
    "wine_glass": ("Glass Price", "6.5|7|8.5|9|12|5.95|11|7|14.5|6|10|8|#REF!|9.5|"),
    "wine_name": ("Wine", "Rioja Reserva|Sauvignon Blanc|Pinot Grigio|Malbec|Prosecco|Chablis|Rioja Crianza|Picpoul|Pinot Noir|Rosé Provence|Sauvignon Blanc Reserve|Merlot|Champagne NV|Reserva Tinto|Old vine Pinot"),
    "wine_bottles": ("Bottles In Stock", "24|6|0|12|48|3|18|36|9|60|2|15|30|1||-2|5|10"),
    "wine_vintage": ("Vintage", "2015|2018|2019|2020|2021|2022|2016|NV|2019|2012|2023|2017|2010|2020|"),
    "wine_region": ("Region", "Rioja|Marlborough|Veneto|Mendoza|Veneto|Burgundy|Rioja|Languedoc|Burgundy|Provence|Marlborough|Bordeaux|Champagne|Douro||0| "),
    # a choir of our own: the Harbour Lights Singers
    "choir_part": ("Voice Part", "Soprano 1|Soprano 2|Alto 1|Alto 2|Tenor|Bass 1|Bass 2|Mezzo soprano|Baritone|Alto|alto 2|Tenor 2|Soprano|Countertenor|Second alto"),
    "choir_missed": ("Rehearsals Missed", "0|1|2|3|0|5|1|4|6|2|0|8|3|1||-1"),
    "choir_fee": ("Term Fee", "60|60|30|0|60|45|60|90|30|60|n/a|15|60|120|"),
    "choir_concert": ("Concert", "2024-06-12|2024-06-14|2024-06-21|2024-06-06|2024-06-02|2024-05-26|2024-07-12|2024-06-13|2024-06-11|2024-06-30|2024-06-09|2024-09-20|"),
    # a driving school
    "drive_lessons": ("Lessons Taken", "4|10|22|35|15|8|40|18|25|50|12|30|1|20|"),
    "drive_result": ("Test Result", "Pass|Fail|Pass|Not booked|Fail - minors|Pass|pass|Cancelled|Fail|Pass (1 minor)|Booked|Fail|Not booked||Re-test pass|Re-test fail|0| "),
    "drive_pupil": ("Pupil Email", "amy.r@gmail.com|jon_b@outlook.com|sam@hotmail.co.uk|lee.k@gmail.com|pri@yahoo.com|tom@gmail.co.uk|zara@icloud.com|ben@outlook.com|kit@gmail.com|dev@school.ac.uk|mo@btinternet.com|GMAIL.fan@aol.com|jess@gmail.com|kim.co.uk@gmail.com"),
    "drive_test": ("Test Date", "2024-06-12|2024-06-13|2024-06-19|2024-06-05|2024-06-10|2024-06-15|2024-07-22|2024-05-29|2024-06-11|2024-06-24|2024-06-08|2024-04-02|"),
    # a pottery studio
    "pot_kiln": ("Kiln Temp °C", "950|1000|1060|1100|1220|1240|1280|1300|900|1000|1180|1260|1200|0|"),
    "pot_glaze": ("Glaze", "Celadon|Tenmoku|Shino|Clear|Celadon blue|Matt white|Tenmoku oil spot|Speckled oatmeal|clear|Crackle|Ash|Copper red|Blue celadon||Dark tenmoku|0| "),
    "pot_pieces": ("Pieces Fired", "12|30|8|45|0|22|18|60|5|30|15|27|3|40||10|n/a"),
    "pot_class": ("Class Spaces Left", "0|2|4|1|0|6|3|8|0|5|2|7|1|||-1"),
    # a campsite
    "camp_nights": ("Nights", "1|2|3|7|4|14|2|5|10|1|3|21|6|0|"),
    "camp_pitch": ("Pitch Type", "Tent - small|Tent - large|Hardstanding EHU|Grass EHU|Glamping pod|Caravan EHU|Tent - family|Yurt|Motorhome EHU|Bell tent|Grass no EHU|ehu hardstanding|Campervan"),
    "camp_arrive": ("Arrival", "2024-06-12|2024-06-13|2024-06-14|2024-06-21|2024-06-07|2024-06-03|2024-06-11|2024-05-24|2024-07-05|2024-06-25|2024-06-09|2024-08-16|2024-06-16|"),
    "camp_bill": ("Balance Due", "0|45|120|-15|0|80|210|35|0|15.5|300|60|#VALUE!|95||100|-0.5"),
    "camp_reg": ("Car Reg", "AB12 CDE|KX19 TRP|AB12 CDE|LM70 ZZA|GY66 HJK|KX19 TRP|WD15 PQR|BN21 XYZ|lm70 zza|SF68 OOP|TT23 LAM||FH10 RRR||0| |TAB12 XYZ"),
    # a chess club
    "chess_rating": ("Rating", "1050|1200|1350|1500|1620|1800|1975|2100|1420|1500|880|2250|1710|unrated||1400"),
    "chess_score": ("Score", "0|0.5|1|1.5|2|2.5|3|3.5|4|4.5|5|3|2.5|1||bye"),
    "chess_opening": ("Opening", "Sicilian Defence|French Defence|Queen's Gambit|King's Indian Defence|Ruy Lopez|Caro-Kann Defence|London System|Queen's Gambit Declined|Italian Game|English Opening|Scandinavian|Dutch Defence|Sicilian Najdorf||Defence of the Two Knights|Accepted Queen's Gambit"),
    "chess_board": ("Board", "1|2|3|4|5|6|7|8|9|10|11|12|13|14"),
    # a florist
    "flor_order": ("Order Value", "35|60|85|120|45|250|30|75|150|95|400|55|20|0||100|50"),
    "flor_occasion": ("Occasion", "Wedding|Funeral|Birthday|Anniversary|Sympathy|wedding party|Get well|Birthday|New baby|Funeral tribute|Wedding buttonholes|Thank you|Valentine||Church wedding|Pet funeral"),
    "flor_deliver": ("Delivery", "2024-06-12|2024-06-13|2024-06-11|2024-06-14|2024-06-18|2024-06-05|2024-06-08|2024-05-22|2024-07-04|2024-06-26|2024-06-10|2024-06-01|2024-07-27"),
    "flor_stems": ("Stems Wasted", "0|3|12|5|1|8|20|2|0|15|4|6|9|#DIV/0!||10|-2"),
    # an ice rink
    "rink_temp": ("Ice Temp °C", "-5.5|-4|-3.8|-6|-4.5|-2|-7|-5|-3|-4.2|-6.5|-1.5|-5|"),
    "rink_session": ("Session", "Public skate|Figure club|Ice hockey U12|Disco on ice|Public skate (late)|Hockey adults|Learn to skate|Figure club elite|Curling|Private hire|public skate|Parent & toddler|Ice hockey U16|Late public skate"),
    "rink_skaters": ("Skaters", "45|120|18|200|75|60|150|30|12|95|250|0|88||100|closed"),
    "rink_hire": ("Skate Hire £", "4|4.5|5|3|0|4|6|5|2.5|4|7.5|3.5|5|8|"),
    # a laundrette
    "laund_loads": ("Loads", "3|8|12|5|0|15|7|20|9|4|11|6|2|18||10|n/a"),
    "laund_machine": ("Machine", "W01|W02|W03|D01|D02|W04|D03|W05|WX-LARGE|D04|W06|DX-LARGE|w07|D05|WX-LARGE-2|D06 (was W08)|WD-COMBO"),
    "laund_fault": ("Fault Code", "|E21||E03||F05|E21|||F12|E03||OK|F05||E21A|XE21|0| |OFF"),
    "laund_service": ("Service Wash", "2024-06-12|2024-06-10|2024-06-13|2024-06-06|2024-06-03|2024-06-15|2024-06-20|2024-05-27|2024-06-29|2024-07-08|2024-06-11|2024-06-09|2024-04-20"),
    # a bowling league
    "bowl_score": ("Game Score", "250|145|180|210|99|300|165|180|120|235|75|190|255|160|DNS||200|100"),
    "bowl_avg": ("League Avg", "150|162|178|140|199|205|171|133|188|162|215|148|120||180|new|0"),
    "bowl_team": ("Team", "Pin Pals|Split Happens|Gutter Gang|Strike Force|Pin Pals|Lucky Strikes|Spare Parts|Alley Cats|Split Happens|Ten Pin Titans|Strike Force|Rolling Stones|Alley Cats||0| "),
    "bowl_lane": ("Lane", "1|2|3|4|5|6|7|8|9|10|11|12|0||-1"),
    # an aquarium shop
    "fish_ph": ("pH", "6.5|6.8|7|7.2|7.5|7.8|8|8.2|6|7|8.4|6.2|7.4|"),
    "fish_species": ("Species", "Neon tetra|Cardinal tetra|Guppy|Betta|Corydoras|Angelfish|Clownfish|Blue tang|Tetra mix|Molly|guppy (fancy)|Discus|Plec|Endler guppy"),
    "fish_tank": ("Tank Litres", "20|35|60|90|120|180|240|60|400|25|54|0|300||100|50|tbc"),
    "fish_loss": ("Losses This Week", "0|1|0|3|2|0|5|1|0|0|8|2|#N/A|4||-1"),
    # a tattoo studio
    "tat_hours": ("Session Hours", "1|1.5|2|3|4|0.5|6|2.5|5|8|3|2|7|"),
    "tat_deposit": ("Deposit", "50|50|100|0|75|150|50|0|25|200|100|-50|50||| |-0.5"),
    "tat_artist": ("Artist", "Raven|Kofi|Mika|Raven|Dee|Kofi|Mika|Sol|Raven|Dee| |Nico|Sol|"),
    "tat_style": ("Tattoo Style", "Fine line|Blackwork|Traditional|Neo-traditional|Realism|Fine line floral|Japanese|Watercolour|Dotwork|Script lettering|Tribal|fine LINE script|Geometric|Micro fine line|Traditional swallow|Linework sleeve"),
    # an observatory
    "obs_mag": ("Magnitude", "-1.5|0.5|2.1|3.4|4.8|6|6.5|7.2|9|11.3|1|5.5|12||2|n/a"),
    "obs_clouds": ("Cloud Cover %", "0%|10%|25%|40%|50%|60%|75%|90%|100%|20%|5%|85%|30%||n/r"),
    "obs_target": ("Target", "M31 Andromeda|M42 Orion Nebula|Jupiter|Saturn|NGC 7000|M13 Hercules cluster|Moon|M57 Ring Nebula|NGC 891|IC 1396|Mars|M51 Whirlpool|m45 pleiades|Comet 12P|Leo Triplet (NGC 3628)|Ring Nebula M57"),
    "obs_night": ("Viewing Night", "2024-06-12|2024-06-13|2024-06-11|2024-06-08|2024-06-02|2024-06-15|2024-06-17|2024-05-30|2024-07-04|2024-06-27|2024-06-10|2024-05-03|"),
}

ENTRIES = r"""
# a hairdresser's bookings
Highlight any service priced above £40. | GreaterThan(40) | hair_price | office | number-format
prices 40 or more pls | GreaterThanEqual(40) | hair_price | mobile | boundary
Could you shade the cheapest three treatments on the price list for me? | Bottom(3) | hair_price | question | superlative
I'd be very grateful if you could colour every price that's below the average, so I can see which services we might be undercharging for. | BelowAverage() | hair_price | polite
Mark every service that involves highlights. | TextContains("highlights") | hair_service | office
services begining with colour | TextStartsWith("Colour") | hair_service | mobile | typo
Can you flag the services that end in the word "trim"? | TextEndsWith("trim") | hair_service | question | quoted
If it's not too much trouble, please highlight every service that doesn't mention colour at all, since those don't need a patch test. | TextNotContains("colour") | hair_service | polite | negation
Format appointments booked for today. | Today() | hair_date | office | date
appts tmrw | Tomorrow() | hair_date | mobile | date
Which bookings fall in next week? Highlight them please. | NextWeek() | hair_date | question | date
Please colour the appointments from last month; we're chasing reviews from those clients. | LastMonth() | hair_date | polite | date
Highlight stylists whose name is exactly Jade. | TextEquals("Jade") | hair_stylist | office
stylist names that come up more than once | Duplicates() | hair_stylist | mobile
Is there a way to highlight the rows where no stylist has been assigned yet? | Blanks() | hair_stylist | question
# a food truck's sales
Highlight days where takings exceeded 1,000. | GreaterThan(1000) | truck_takings | office | number-format
takings under 100 | LessThan(100) | truck_takings | mobile
Can you put a colour scale on the takings column? | ColorScale() | truck_takings | question | visual
I'd like to see which days brought in exactly five hundred pounds, please highlight them. | Equals(500) | truck_takings | polite | number-words
Highlight every pitch that isn't the Retail park. | NotEquals("Retail park") | truck_pitch | office | negation
pitches w/ park in the name | TextContains("park") | truck_pitch | mobile | column-word
Could you show me which pitches we've used more than once? | Duplicates() | truck_pitch | question
We want to try new spots, so would you kindly colour the pitches that appear only once in the list? | Unique() | truck_pitch | polite
Flag average waits of 15 minutes or longer. | GreaterThanEqual(15) | truck_wait | office | boundary
wait time between 5 and 10 mins | Between(5, 10) | truck_wait | mobile | range
Which waits are longer than average? | AboveAverage() | truck_wait | question
Please add data bars to the average wait so the slow days stand out at a glance. | DataBar() | truck_wait | polite | visual
Highlight events on this week. | ThisWeek() | truck_event | office | date
events yesterday | Yesterday() | truck_event | mobile | date
Could you mark the events that are coming up next month? | NextMonth() | truck_event | question | date
When you have a moment, please colour the events from the past seven days so we can log the receipts. | Last7Days() | truck_event | polite | date | number-words
# a community garden
Highlight plot numbers that appear twice. | Duplicates() | gard_plot | office
plots starting with B | TextStartsWith("B") | gard_plot | mobile
Can you flag the empty plot cells? | Blanks() | gard_plot | question
Would you mind highlighting plot A1 wherever it appears, please? | TextEquals("A1") | gard_plot | polite
Highlight harvests of more than 10 kg. | GreaterThan(10) | gard_harvest | office
harvest <= 2kg | LessThanEqual(2) | gard_harvest | mobile | number-format
What are the top five harvests by weight? Shade them. | Top(5) | gard_harvest | question | superlative
Please highlight any harvest weighing between 5 and 15 kilos inclusive, so we can plan the sharing table. | Between(5, 15) | gard_harvest | polite | range
Flag every crop containing "beans". | TextContains("beans") | gard_crop | office | quoted
crops ending in potatoes | TextEndsWith("potatoes") | gard_crop | mobile
Could you mark the crops that don't include the word beans? | TextNotContains("beans") | gard_crop | question | negation
I'd appreciate it if you could colour the rows where the crop is just Potatoes, nothing else. | TextEquals("Potatoes") | gard_crop | polite
Highlight plots watered yesterday. | Yesterday() | gard_water | office | date
watered in last 7 days | Last7Days() | gard_water | mobile | date
Which plots were last watered last week? | LastWeek() | gard_water | question | date
Kindly mark anything watered this month, so we can see who's keeping up. | ThisMonth() | gard_water | polite | date
# a karate club
Highlight all black belts (exact match). | TextEquals("Black") | kar_belt | office
belts with stripe | TextContains("stripe") | kar_belt | mobile
Can you flag every belt that starts with "Brown"? | TextStartsWith("Brown") | kar_belt | question | quoted
Please highlight every belt other than White, as those students are ready for the next syllabus. | NotEquals("White") | kar_belt | polite | negation
Highlight members aged under 12. | LessThan(12) | kar_age | office
age 18+ | GreaterThanEqual(18) | kar_age | mobile | boundary
Could you highlight ages outside 8 to 16? | NotBetween(8, 16) | kar_age | question | range | negation
I'd like the youngest three members highlighted, please, for the mini-ninjas group. | Bottom(3) | kar_age | polite | superlative
Highlight attendance below 50%. | LessThan(0.5) | kar_attend | office | number-format
attendance 80% or over | GreaterThanEqual(0.8) | kar_attend | mobile | number-format | boundary
Can I get an icon set on attendance? | IconSet() | kar_attend | question | visual
Please highlight the top 20 percent of attendance figures so we can give them a certificate. | TopPercent(20) | kar_attend | polite | superlative
Highlight gradings scheduled for next week. | NextWeek() | kar_grading | office | date
gradings this wk | ThisWeek() | kar_grading | mobile | date
Which gradings were last week? | LastWeek() | kar_grading | question | date
Would you be able to colour any grading happening tomorrow so I remember to bring the certificates? | Tomorrow() | kar_grading | polite | date
Highlight member IDs that are duplicated. | Duplicates() | kar_member | office
member ids only listed once | Unique() | kar_member | mobile
Where's the blank member ID? Could you highlight it? | Blanks() | kar_member | question
# a printing firm
Highlight jobs of 1000 copies or more. | GreaterThanEqual(1000) | print_qty | office | boundary
copies < 100 | LessThan(100) | print_qty | mobile
What are our 3 biggest print runs? Highlight them. | Top(3) | print_qty | question | superlative
Please colour the smallest ten percent of runs, we might stop taking those on. | BottomPercent(10) | print_qty | polite | superlative | number-words
Highlight job refs that start with RUSH. | TextStartsWith("RUSH") | print_job | office | odd-case
job refs containing rush | TextContains("rush") | print_job | mobile
Can you flag refs that end in -R? | TextEndsWith("-R") | print_job | question
Would you please highlight every job ref that doesn't contain RUSH anywhere, so the normal queue is obvious? | TextNotContains("RUSH") | print_job | polite | negation
Highlight any paper that contains 80gsm. | TextContains("80gsm") | print_paper | office
A4 paper only - starts with A4 | TextStartsWith("A4") | print_paper | mobile
Which papers end in 300gsm? | TextEndsWith("300gsm") | print_paper | question
I'd be grateful if you could mark every stock that isn't 80gsm, as they need ordering separately. | TextNotContains("80gsm") | print_paper | polite | negation
Highlight negative margins. | LessThan(0) | print_margin | office
margin cells w/ errors | Errors() | print_margin | mobile
Can you highlight margins between 10% and 25%? | Between(0.1, 0.25) | print_margin | question | range | number-format
Please add a color scale to the margin column so it reads like a heat map. | ColorScale() | print_margin | polite | visual
Highlight jobs due today. | Today() | print_due | office | date
due nxt month | NextMonth() | print_due | mobile | date | typo
Which jobs were due in the last 7 days? | Last7Days() | print_due | question | date
If you could, please highlight the jobs due later this week, we need to prioritise them. | ThisWeek() | print_due | polite | date
# a care home's meds round
Highlight doses above 100 mg. | GreaterThan(100) | meds_dose | office
dose <=10 | LessThanEqual(10) | meds_dose | mobile | boundary
Is there a way to flag doses of exactly 10 mg? | Equals(10) | meds_dose | question
Please highlight any dose that falls outside 5 to 250 mg so the nurse can double check it. | NotBetween(5, 250) | meds_dose | polite | range
Highlight every medicine that contains paracetamol. | TextContains("paracetamol") | meds_name | office
warfarin rows | TextStartsWith("warfarin") | meds_name | mobile
Can you highlight the medicines ending in "pine"? | TextEndsWith("pine") | meds_name | question | quoted
Would you kindly colour any row whose medicine is exactly Paracetamol, because that's the one with the four-hour rule? | TextEquals("Paracetamol") | meds_name | polite
Highlight doses where Given By is blank. | Blanks() | meds_given | office | column-word
given by filled in | NotBlanks() | meds_given | mobile | column-word
Could you flag initials that occur only once? | Unique() | meds_given | question
Please highlight stock of 7 or fewer doses so we reorder in time. | LessThanEqual(7) | meds_stock | polite | boundary
Highlight stock errors. | Errors() | meds_stock | office
stock not error | NotErrors() | meds_stock | mobile | negation
Which stock levels are above average? | AboveAverage() | meds_stock | question
Highlight reviews due this week. | ThisWeek() | meds_review | office | date
meds reviews due 2day | Today() | meds_review | mobile | date
Can you show which reviews were due last month? | LastMonth() | meds_review | question | date
Would you please colour any review falling due next week, so the GP visit can be booked? | NextWeek() | meds_review | polite | date
# a scout group
Highlight subs of zero. | Equals(0) | scout_subs | office | number-words
subs paid not 45 | NotEquals(45) | scout_subs | mobile | negation
Could you highlight subs below £20? | LessThan(20) | scout_subs | question | number-format
Please colour the subs that haven't been filled in at all, I need to chase those families. | Blanks() | scout_subs | polite | negation
Highlight scouts with 10 or more badges. | GreaterThanEqual(10) | scout_badge | office | boundary
badges above avg | AboveAverage() | scout_badge | mobile
Who has the most badges? Top 2 please. | Top(2) | scout_badge | question | superlative
I'd like a data bar on the badge count, please, for the parents' evening display. | DataBar() | scout_badge | polite | visual
Highlight patrols that appear more than once. | Duplicates() | scout_patrol | office
patrols listed once only | Unique() | scout_patrol | mobile
Can you highlight the Eagles patrol? | TextEquals("Eagles") | scout_patrol | question
Please mark any patrol name that isn't blank, just so I can count them. | NotBlanks() | scout_patrol | polite | negation
Highlight hikes longer than 10 km. | GreaterThan(10) | scout_hike | office
hikes 5-15 km | Between(5, 15) | scout_hike | mobile | range
Which hikes were shorter than average? | BelowAverage() | scout_hike | question
Please highlight hikes that are either under 5 km or over 20 km, as those need a different leader ratio. | OR(LessThan(5), GreaterThan(20)) | scout_hike | polite | compound
Highlight camp forms marked No. | TextEquals("No") | scout_camp | office
camp form blank | Blanks() | scout_camp | mobile | column-word
Could you flag any camp form that isn't Yes? | NotEquals("Yes") | scout_camp | question | negation
# a wine bar
Highlight glasses priced over £10. | GreaterThan(10) | wine_glass | office | number-format
glass price errors | Errors() | wine_glass | mobile | column-word
Which glasses cost between 7 and 9 pounds? | Between(7, 9) | wine_glass | question | range
Please highlight every glass price that isn't an error, so I can total them safely. | NotErrors() | wine_glass | polite | negation
Highlight wines containing Reserva. | TextContains("Reserva") | wine_name | office
wines startin with pinot | TextStartsWith("pinot") | wine_name | mobile | typo
Could you mark wines whose name ends with Blanc? | TextEndsWith("Blanc") | wine_name | question
I'd appreciate it if you could highlight every wine that doesn't contain the word Reserve anywhere in its name. | TextNotContains("Reserve") | wine_name | polite | negation
Highlight bins with zero bottles. | Equals(0) | wine_bottles | office | number-words
bottles <5 | LessThan(5) | wine_bottles | mobile
What are the five best-stocked wines? | Top(5) | wine_bottles | question | superlative
Please highlight wines where stock is low: fewer than 10 bottles but not yet zero. | AND(GreaterThan(0), LessThan(10)) | wine_bottles | polite | compound
Highlight vintages before 2016. | LessThan(2016) | wine_vintage | office
vintage 2019 | Equals(2019) | wine_vintage | mobile
Could you flag vintages from 2020 onwards? | GreaterThanEqual(2020) | wine_vintage | question | boundary
Please mark the oldest three vintages on the list, they're for the fine wine menu. | Bottom(3) | wine_vintage | polite | superlative | polarity
Highlight regions listed more than once. | Duplicates() | wine_region | office
one-off regions | Unique() | wine_region | mobile
Is there a missing region anywhere? Please highlight it. | Blanks() | wine_region | question
# a choir: Harbour Lights Singers
Highlight all alto parts. | TextContains("alto") | choir_part | office
parts starting Soprano | TextStartsWith("Soprano") | choir_part | mobile
Can you highlight parts that are exactly Tenor? | TextEquals("Tenor") | choir_part | question
Please colour every voice part that isn't a soprano of any kind, so I can see the lower voices. | TextNotContains("soprano") | choir_part | polite | negation | column-word
Highlight singers who missed more than 3 rehearsals. | GreaterThan(3) | choir_missed | office
missed 0 | Equals(0) | choir_missed | mobile
Who missed the most rehearsals? Show me the top 3. | Top(3) | choir_missed | question | superlative
Please highlight anyone who has missed between 2 and 4 rehearsals inclusive; I'd like to check in with them gently. | Between(2, 4) | choir_missed | polite | range
Highlight term fees under £60. | LessThan(60) | choir_fee | office | number-format
fee not 60 | NotEquals(60) | choir_fee | mobile | negation
Which fees are higher than average? | AboveAverage() | choir_fee | question
Please put an icon set on the term fees, so our treasurer can scan them quickly. | IconSet() | choir_fee | polite | visual
Highlight concerts this month. | ThisMonth() | choir_concert | office | date
concerts last wk | LastWeek() | choir_concert | mobile | date
Was there a concert yesterday? Highlight it if so. | Yesterday() | choir_concert | question | date
Please highlight any concert that's on today, so I remember to send the reminder email. | Today() | choir_concert | polite | date
# a driving school
Highlight pupils with 30 or more lessons. | GreaterThanEqual(30) | drive_lessons | office | boundary
lessons < 10 | LessThan(10) | drive_lessons | mobile
Which pupils have had fewer lessons than average? | BelowAverage() | drive_lessons | question
Please highlight pupils in the top 25% by lessons taken, they may need a different approach. | TopPercent(25) | drive_lessons | polite | superlative | number-format
Highlight results that are exactly Pass. | TextEquals("Pass") | drive_result | office
results starting with fail | TextStartsWith("fail") | drive_result | mobile
Can you highlight any result containing the word pass? | TextContains("pass") | drive_result | question
Please highlight the pupils with no result recorded yet. | Blanks() | drive_result | polite
Highlight gmail addresses. | TextContains("@gmail") | drive_pupil | office
emails ending .co.uk | TextEndsWith(".co.uk") | drive_pupil | mobile
Which pupils' emails aren't gmail ones? | TextNotContains("gmail") | drive_pupil | question | negation
Highlight tests booked for tomorrow. | Tomorrow() | drive_test | office | date
tests next wk | NextWeek() | drive_test | mobile | date
Which tests were in the last seven days? | Last7Days() | drive_test | question | date | number-words
Please highlight the tests from last month, I need to update the pass rate. | LastMonth() | drive_test | polite | date
# a pottery studio
Highlight kiln temps above 1200. | GreaterThan(1200) | pot_kiln | office
kiln temp 1000 exactly | Equals(1000) | pot_kiln | mobile
Can you flag firings between 1000 and 1100 °C? | Between(1000, 1100) | pot_kiln | question | range
Please highlight any firing temperature that isn't between 900 and 1280 degrees, in case the thermocouple is playing up. | NotBetween(900, 1280) | pot_kiln | polite | range | negation
Highlight glazes containing celadon. | TextContains("celadon") | pot_glaze | office
glazes starting tenmoku | TextStartsWith("tenmoku") | pot_glaze | mobile | odd-case
Which glazes are listed twice? | Duplicates() | pot_glaze | question
Please highlight any glaze cell left empty. | Blanks() | pot_glaze | polite
Highlight firings of fewer than 10 pieces. | LessThan(10) | pot_pieces | office
pieces fired top 10% | TopPercent(10) | pot_pieces | mobile
Which firings had fewer pieces than average? | BelowAverage() | pot_pieces | question
Please put data bars on the pieces fired column for the studio newsletter. | DataBar() | pot_pieces | polite | visual | column-word
Highlight classes with no spaces left. | Equals(0) | pot_class | office | number-words
spaces left 1 or 2 | Between(1, 2) | pot_class | mobile | range
Can you highlight classes with at least 5 spaces? | GreaterThanEqual(5) | pot_class | question | boundary
# a campsite
Highlight stays of a week or longer. | GreaterThanEqual(7) | camp_nights | office | number-words
1 night stays | Equals(1) | camp_nights | mobile
Which are the three longest stays? | Top(3) | camp_nights | question | superlative
Please highlight bookings of more than 2 but fewer than 7 nights; those are our midweek deals. | AND(GreaterThan(2), LessThan(7)) | camp_nights | polite | compound
Highlight pitches with EHU. | TextContains("EHU") | camp_pitch | office
pitch type starting tent | TextStartsWith("tent") | camp_pitch | mobile | column-word
Which pitch types don't have EHU? | TextNotContains("EHU") | camp_pitch | question | negation
Please highlight the pitch types that end in EHU, the ones with hook-up at the back of the name. | TextEndsWith("EHU") | camp_pitch | polite
Highlight arrivals today. | Today() | camp_arrive | office | date
arrivals this month | ThisMonth() | camp_arrive | mobile | date
Who's arriving next month? | NextMonth() | camp_arrive | question | date
Please colour arrivals from last week, I need to send the feedback survey. | LastWeek() | camp_arrive | polite | date
Highlight balances over £100. | GreaterThan(100) | camp_bill | office | number-format
balance errors | Errors() | camp_bill | mobile
Which balances are below zero? | LessThan(0) | camp_bill | question
Please highlight every balance that isn't zero, so I know who still owes us or needs a refund. | NotEquals(0) | camp_bill | polite | negation | number-words
Highlight duplicate car regs. | Duplicates() | camp_reg | office
regs only seen once | Unique() | camp_reg | mobile
Could you flag the reg cells that have nothing in them? | Blanks() | camp_reg | question
Please highlight every reg starting with AB12, that car keeps coming back. | TextStartsWith("AB12") | camp_reg | polite
# a chess club
Highlight ratings of 1800 and above. | GreaterThanEqual(1800) | chess_rating | office | boundary
rating under 1200 | LessThan(1200) | chess_rating | mobile
Who are the top 4 rated players? | Top(4) | chess_rating | question | superlative
Please highlight ratings between 1400 and 1700 so we can pair them for the intermediate section. | Between(1400, 1700) | chess_rating | polite | range
Highlight scores of 3 or more. | GreaterThanEqual(3) | chess_score | office | boundary
score <= 1 | LessThanEqual(1) | chess_score | mobile
Can you highlight scores of two and a half? | Equals(2.5) | chess_score | question | number-words
Please add a colour scale to the score column so the standings are obvious. | ColorScale() | chess_score | polite | visual
Highlight openings ending in Defence. | TextEndsWith("Defence") | chess_opening | office
openings w/ gambit | TextContains("gambit") | chess_opening | mobile
Which openings start with Queen's? | TextStartsWith("Queen's") | chess_opening | question
Please highlight openings that aren't Defences of any sort. | TextNotContains("Defence") | chess_opening | polite | negation
Highlight the bottom 3 boards. | Bottom(3) | chess_board | office
boards 1 to 4 | Between(1, 4) | chess_board | mobile | range
Could you highlight boards above 10? | GreaterThan(10) | chess_board | question
# a florist
Highlight orders over £100. | GreaterThan(100) | flor_order | office | number-format
orders 50 or less | LessThanEqual(50) | flor_order | mobile | boundary
What are the two biggest orders? | Top(2) | flor_order | question | superlative
Please highlight orders in the bottom 20 percent by value, we may bundle those. | BottomPercent(20) | flor_order | polite | superlative
Highlight wedding orders. | TextContains("wedding") | flor_occasion | office
occasion = funeral | TextEquals("Funeral") | flor_occasion | mobile | column-word
Which occasions start with Funeral? | TextStartsWith("Funeral") | flor_occasion | question
Please highlight occasions listed more than once in the column. | Duplicates() | flor_occasion | polite
Highlight deliveries tomorrow. | Tomorrow() | flor_deliver | office | date
deliveries yday | Yesterday() | flor_deliver | mobile | date | typo
Which deliveries are this week? | ThisWeek() | flor_deliver | question | date
Would you please highlight deliveries due next week, so we can order stems in time? | NextWeek() | flor_deliver | polite | date
Highlight wasted stems over 10. | GreaterThan(10) | flor_stems | office
stems wasted errors | Errors() | flor_stems | mobile
Which days wasted more than average? | AboveAverage() | flor_stems | question
Please highlight wastage of zero, well done to those days! | Equals(0) | flor_stems | polite
# an ice rink
Highlight ice temps warmer than -3. | GreaterThan(-3) | rink_temp | office | polarity
ice colder than -6 | LessThan(-6) | rink_temp | mobile
Which ice temps are between -5 and -4? | Between(-5, -4) | rink_temp | question | range
Please highlight readings outside the range -6 to -4 degrees; the engineer needs to see them. | NotBetween(-6, -4) | rink_temp | polite | range | negation
Highlight sessions containing hockey. | TextContains("hockey") | rink_session | office
sessions starting public | TextStartsWith("public") | rink_session | mobile
Can you highlight sessions called exactly Public skate? | TextEquals("Public skate") | rink_session | question
Please highlight sessions that don't involve hockey. | TextNotContains("hockey") | rink_session | polite | negation
Highlight sessions with more than 100 skaters. | GreaterThan(100) | rink_skaters | office
skaters below avg | BelowAverage() | rink_skaters | mobile
What are the quietest two sessions? | Bottom(2) | rink_skaters | question | superlative | polarity
Please add an icon set to the skater counts for the manager's report. | IconSet() | rink_skaters | polite | visual
Highlight hire prices of £5 or more. | GreaterThanEqual(5) | rink_hire | office | boundary
hire < 4 | LessThan(4) | rink_hire | mobile
Which hire prices aren't £4? | NotEquals(4) | rink_hire | question | negation
Please highlight the top 3 hire prices, we're reviewing them. | Top(3) | rink_hire | polite | superlative
# a laundrette
Highlight days with more than 10 loads. | GreaterThan(10) | laund_loads | office
loads top 20% | TopPercent(20) | laund_loads | mobile
Can you show data bars for loads? | DataBar() | laund_loads | question | visual
Please highlight days with between 5 and 12 loads, they're our typical days. | Between(5, 12) | laund_loads | polite | range
Highlight washers (machine starts with W). | TextStartsWith("W") | laund_machine | office
large machines | TextEndsWith("LARGE") | laund_machine | mobile
Which machines have X-LARGE in the name? | TextContains("X-LARGE") | laund_machine | question
Please highlight every machine that isn't a dryer, in other words not starting with D. | NOT(TextStartsWith("D")) | laund_machine | polite | negation
Highlight any fault code entered. | NotBlanks() | laund_fault | office
fault code blank | Blanks() | laund_fault | mobile
Which fault codes are E21? | TextEquals("E21") | laund_fault | question
Please highlight fault codes that start with E or F? Actually just the ones starting with F please. | TextStartsWith("F") | laund_fault | polite
Highlight service washes done last week. | LastWeek() | laund_service | office | date
service wash today | Today() | laund_service | mobile | date
Which service washes are next week? | NextWeek() | laund_service | question | date
Please colour service washes from the past 7 days. | Last7Days() | laund_service | polite | date
# a bowling league
Highlight game scores of 200 or more. | GreaterThanEqual(200) | bowl_score | office | boundary
score under 100 | LessThan(100) | bowl_score | mobile
Who rolled the top 3 games? | Top(3) | bowl_score | question | superlative
Please highlight perfect games, in other words exactly 300. | Equals(300) | bowl_score | polite
Highlight league averages over 180. | GreaterThan(180) | bowl_avg | office
avg below average lol | BelowAverage() | bowl_avg | mobile
Which bowlers are in the bottom 25% by average? | BottomPercent(25) | bowl_avg | question | superlative
Please put a colour scale on the league average column. | ColorScale() | bowl_avg | polite | visual
Highlight team names appearing more than once. | Duplicates() | bowl_team | office
teams w/ strike | TextContains("strike") | bowl_team | mobile
Which teams are listed only once? | Unique() | bowl_team | question
Please highlight the blank team cells. | Blanks() | bowl_team | polite
Highlight lanes 1 to 6. | Between(1, 6) | bowl_lane | office | range
lanes > 8 | GreaterThan(8) | bowl_lane | mobile
Can you highlight lane 0? That's a typo in the sheet. | Equals(0) | bowl_lane | question
# an aquarium shop
Highlight pH above 7.5. | GreaterThan(7.5) | fish_ph | office
ph 7 exactly | Equals(7) | fish_ph | mobile
Which pH readings are outside 6.5 to 7.5? | NotBetween(6.5, 7.5) | fish_ph | question | range | negation
Please highlight pH values of 8 or higher, as those tanks need attention. | GreaterThanEqual(8) | fish_ph | polite | boundary
Highlight every species with tetra in the name. | TextContains("tetra") | fish_species | office
species ending guppy | TextEndsWith("guppy") | fish_species | mobile
Which species start with Guppy? | TextStartsWith("Guppy") | fish_species | question
Please highlight any species that isn't a tetra. | TextNotContains("tetra") | fish_species | polite | negation
Highlight tanks of 100 litres or more. | GreaterThanEqual(100) | fish_tank | office | boundary
tank < 50L | LessThan(50) | fish_tank | mobile | number-format
Which are the three smallest tanks? | Bottom(3) | fish_tank | question | superlative
Please add data bars to the tank sizes for the shop floor plan. | DataBar() | fish_tank | polite | visual
Highlight losses over 2. | GreaterThan(2) | fish_loss | office
losses errors | Errors() | fish_loss | mobile
Which losses aren't errors? | NotErrors() | fish_loss | question | negation
Please highlight weeks with zero losses. | Equals(0) | fish_loss | polite | number-words
# a tattoo studio
Highlight sessions over 4 hours. | GreaterThan(4) | tat_hours | office
sessions 2hrs or less | LessThanEqual(2) | tat_hours | mobile | boundary
Which sessions run longer than average? | AboveAverage() | tat_hours | question
Please highlight sessions between an hour and a half and three hours. | Between(1.5, 3) | tat_hours | polite | range | number-words
Highlight deposits of zero. | Equals(0) | tat_deposit | office
deposit missing | Blanks() | tat_deposit | mobile
Which deposits are negative, i.e. refunded? | LessThan(0) | tat_deposit | question
Please highlight deposits of £100 or more. | GreaterThanEqual(100) | tat_deposit | polite | boundary | number-format
Highlight artists listed more than once. | Duplicates() | tat_artist | office
artist blank | Blanks() | tat_artist | mobile
Which artists appear only once? | Unique() | tat_artist | question
Please highlight every row where an artist has been entered. | NotBlanks() | tat_artist | polite
Highlight fine line styles. | TextContains("fine line") | tat_style | office
styles starting fine line | TextStartsWith("fine line") | tat_style | mobile
Which styles are exactly Traditional? | TextEquals("Traditional") | tat_style | question
Please highlight styles ending in "work", like blackwork. | TextEndsWith("work") | tat_style | polite | quoted
# an observatory
Highlight magnitudes fainter than 6 (above 6). | GreaterThan(6) | obs_mag | office | polarity
mag <= 2 | LessThanEqual(2) | obs_mag | mobile
Which are the three brightest targets? (lowest magnitude) | Bottom(3) | obs_mag | question | superlative | polarity
Please put a color scale on the magnitude column. | ColorScale() | obs_mag | polite | visual
Highlight cloud cover over 50%. | GreaterThan(0.5) | obs_clouds | office | number-format
cloud 20% or less | LessThanEqual(0.2) | obs_clouds | mobile | number-format | boundary
Which nights had cloud between 25% and 75%? | Between(0.25, 0.75) | obs_clouds | question | range | number-format
Please add an icon set to the cloud cover column. | IconSet() | obs_clouds | polite | visual
Highlight Messier targets (starting with M). | TextStartsWith("M") | obs_target | office
targets with nebula | TextContains("nebula") | obs_target | mobile
Which targets start with NGC? | TextStartsWith("NGC") | obs_target | question
Please highlight any target that isn't a nebula. | TextNotContains("nebula") | obs_target | polite | negation
Highlight viewing nights this week. | ThisWeek() | obs_night | office | date
nights next month | NextMonth() | obs_night | mobile | date
Which nights were last month? | LastMonth() | obs_night | question | date
Please highlight tonight's session, today's date. | Today() | obs_night | polite | date
# added to fill both halves
Highlight events happening next week. | NextWeek() | truck_event | office | date
tests booked nxt week | NextWeek() | drive_test | mobile | date | typo
Highlight arrivals due next week. | NextWeek() | camp_arrive | office | date
any viewing nights next wk? | NextWeek() | obs_night | mobile | date
Could you mark concerts falling in the week after this one? | NextWeek() | choir_concert | question | date
Please highlight the plots due a watering next week according to the rota. | NextWeek() | gard_water | polite | date
Highlight the top 10% of takings. | TopPercent(10) | truck_takings | office | superlative
best 20% of games | TopPercent(20) | bowl_score | mobile | superlative
Can you highlight the top quarter of ratings, i.e. the top 25 percent? | TopPercent(25) | chess_rating | question | superlative | number-words
Please highlight the top 30 percent of flower orders by value for our loyalty mailing. | TopPercent(30) | flor_order | polite | superlative
Highlight attendance under 50% or over 90%. | OR(LessThan(0.5), GreaterThan(0.9)) | kar_attend | office | compound | number-format
kiln temp below 950 or above 1260 | OR(LessThan(950), GreaterThan(1260)) | pot_kiln | mobile | compound
Which tanks have a pH under 6.5 or over 8? | OR(LessThan(6.5), GreaterThan(8)) | fish_ph | question | compound
Please highlight games under 100 or of 250 and above, the extremes I want to review. | OR(LessThan(100), GreaterThanEqual(250)) | bowl_score | polite | compound | boundary
Highlight pitch types that are not tents. | NOT(TextContains("Tent")) | camp_pitch | office | negation
openings NOT ending with defence | NOT(TextEndsWith("Defence")) | chess_opening | mobile | negation | odd-case
Could you flag every job ref that doesn't begin with PR-? | NOT(TextStartsWith("PR-")) | print_job | question | negation
Please highlight every result that is not exactly Pass, so I can follow up. | NOT(TextEquals("Pass")) | drive_result | polite | negation
Highlight ratings from 1200 up to but not including 1800. | AND(GreaterThanEqual(1200), LessThan(1800)) | chess_rating | office | compound | range
sessions over 2 hrs but max 5 | AND(GreaterThan(2), LessThanEqual(5)) | tat_hours | mobile | compound
Which harvests are above 5 kg but under 18? | AND(GreaterThan(5), LessThan(18)) | gard_harvest | question | compound
Please highlight copy runs of at least 250 and no more than 2500. | AND(GreaterThanEqual(250), LessThanEqual(2500)) | print_qty | polite | compound | boundary
"""




# The set files written before this one. A set file written beside this one (sixth_tables.json)
# is checked too: `other_requests` takes every other set file of the folder, so this builder never
# accepts a request another set holds.
OTHER_SETS = ("annotator_tables.json", "everyday_cf.json", "everyday_tables.json", "forum_tables.json",
              "fifth_cf.json", "fifth_tables.json", "fourth_cf.json", "fourth_tables.json", "fresh_cf.json", "fresh_tables.json",
              "plain_cf.json", "posts_tables.json", "spoken_cf.json", "template_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json")


column_sets.bind(globals(), SIXTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
