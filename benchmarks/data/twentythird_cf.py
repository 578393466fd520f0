"""A twenty-third independent set of one-column CF requests, and the builder of twentythird_cf.json.

Written from scratch (2026-12-07 13:39 to 13:52 UTC by `date -u`, engineer E23c) as a new independent evaluation set
that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no
earlier builder's docstring names, on this set's own columns (a taco truck, a paella caterer, a fondue restaurant, a
backgammon club, a crochet circle, a macrame studio, an accordion band, a capoeira group, a beatbox crew, a comedy
club, a dodgeball league, an ultimate frisbee team, a birdwatching group, a wargaming club, a debating society, a
cosplay group, a lego club, a jigsaw club, a mahjong club, a tai chi class), in four styles new to the sets:
`reported` (the request as someone else's words passed on: "Marisol says the quick service is what counts: flag any
wait under 8 minutes", "my supplier said to mark ..."), `redo` (the rule asked again by what was done before, in the
past tense: "last season I highlighted ..., do it again", "it used to ..., put that back"), `markdown` (the request
with markdown marks: bold, italics, backticks, "- [ ]" check boxes, "1." lists, "> " quotes, arrows; no heading,
since an entry line starting with "#" is a heading of the entries) and `payload` (the request as a structured
payload a program would send, on one line: JSON, YAML flow maps, "key: value; ..." and key=value pairs, a
query-string; only rules this language expresses exactly). Only requests the language expresses exactly, one right
rule on the column, every literal recoverable by a careful reader. Labels are what the executor formats with Today =
2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7
days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a blank compares as 0
and any text is greater than any number); every comparison, Between, NotBetween, NOT of a comparison and numeric AND
and OR of this set is on a column of numbers only (no text cell, no blank), and the columns that carry a colour
scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("rained off", "comped",
"waived", ...), one blank and one error cell and no cell of one space, so that a visual rule formats the numbers
only. Text columns hold no blank. The columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one
cell of one space (the executor counts that cell as a blank for Blanks and NotBlanks and as a value that appears
once for Unique, as Excel does). A program checked these conventions on every entry (it printed an empty list,
twice).

What its author read: the brief (/work/team/brief23.md, `cat`, with `ls /work/team`); of
benchmarks/data/twentysecond_cf.py, which this builder mirrors, lines 1-150 (`head -150`: its module docstring,
imports, constants and the `def _joined` line), then, after a `grep -n` anchored on `^[A-Z_]+ = `, `^def `, `^if
__name__`, `^class `, `^from `, `^import ` and three double quotes at the start of a line (top-level lines and line
numbers only, no entry line; `wc -l` for its length), lines 150-174 (`_joined`, its date lists, up to `COLUMNS = {`)
and 987-1007 (OTHER_SETS, the bind and the main block), by `sed -n`; benchmarks/data/column_sets.py (all, `cat`);
benchmarks/data/everyday_common.py (all, `cat`); tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of
tests/benchmarks/set_files.py lines 1-16 and 63-210 (the check functions; `grep -n '^def '` for their places);
../shared/docs/CF_RULES.md (all, `cat`); the first 12,000 characters of benchmarks/data/README.md (`head -c 12000`);
the public API of cf_assistant.languages.cf (its public names, and parse and to_text on 37 made-up rules, for their
canonical spelling) and the executor as the builders use it (`everyday_common.labels_of` on nine rules over one
made-up column of eight cells, to see how error cells, blanks and a cell of one space are typed). This builder's
date lists, columns and entries are its own (written as draft files under /tmp and turned into this module by a
program of its author's, which copied nothing of twentysecond_cf.py but the shared code shown above and its
OTHER_SETS, extended by the two twenty-second files). Commands that printed anything else: `date -u` (about ten
times); `ls benchmarks/data/` (file names; no twentythird_* file was there then); the import check (the path of
cf_assistant); `wc -l` of twentysecond_cf.py, column_sets.py, everyday_common.py, the test module, set_files.py and
CF_RULES.md; `grep -c`/`grep -vc` over this builder's drafts (111 columns, then 129, 129 and 430 entries, 131
column-draft lines, the odd-case count per draft file); three runs of a program that printed one True/False per
candidate domain word or phrase (122, then 10, then 42 candidates): whether any builder's module docstring
(benchmarks/data/*.py except twentythird_*, by `ast.get_docstring`, lower-cased) or the whole
benchmarks/data/README.md holds it as a substring; two edit scripts of its own drafts (`ok`, and nothing); `awk` for
lines over 120 characters of this builder (one line of its own, a column the draft program had misread, shown cut to
60 characters by `sed | cut`; none after) and of the test module (none); this builder's own check runs before any
half was printed (twice: the number of entries and columns and the unused or unknown column keys: 430, 111, none;
the problems of `make_record` and `problems_of`, which name this builder's own requests: none; the column-convention
program: `[]`; the counts per style and per tag over all entries; the number of distinct requests and headers: 430,
111); the first 13 lines of the test module after adding this set to it (its docstring); the builder's main run
(counts per function, style and tag per half; once after the halves' counts were first wanted, then silent
rebuilds); `md5sum` of rebuilds (equal); the length and first words of this docstring (`ast.get_docstring`); a first
run of this builder that failed on a triple quote in this docstring's draft (a SyntaxError naming that docstring
line); `ls benchmarks/data/*.json | wc -l` (53) and `ls benchmarks/data | grep twentythird` (the two twentythird_cf
and the two twentythird_tables names: the other engineer's files were there, names only, never opened); the edit of
the test module (nothing) and `awk` over it (nothing); a `grep -n` of the twenty-second cf row of
benchmarks/data/README.md cut to its line number (60) and a `grep -c` of rows starting with twentythird (1: the
other engineer's, already there); the program that inserted this set's README row (it printed the row's line number,
61) and `grep -c` of the two new rows (1 and 1); the test modules' pass counts (8324 and 54 passed, then again after
this docstring was finished). Candidates the checks dropped (printed True): ramen, dim sum, churro, sushi, tapas,
falafel, dumpling, juggl, kite, fencing, archery, boulder, sumo, croquet, darts, snooker, bridge club, quilt,
taxiderm, locksmith, chimney, tattoo, barber, nail salon, tailor, cobbler, upholster, clock, luthier, piano tun,
bagpipe, taiko, mariachi, harp, sauna, escape room, laser tag, mini golf, crazy golf, tea room, kombucha,
cheesemonger, butcher, fishmonger, greengrocer, deli, hot dog, ice cream van, juice bar, food bank, farrier, stable,
kennel, cattery, reptile, pigeon, magic, roller derby, netball, handball, kabaddi, cricket, hurling, disc golf,
orienteering, geocach, stargaz, metal detect, stamp collect, vinyl, record shop, comic, board game, poker, tarot,
yoga, pilates, bonsai; then steel band, family history, telescope (which made the steel drum band, the genealogy
society and the astronomy society of the first drafts too near an earlier domain, though "steel drum", "genealog"
and "astronom" had printed False: those three domains were dropped and rewritten as the capoeira group, the debating
society and the wargaming club before any half was seen); then puzzle (an earlier set's style word, not a domain),
sandcastle, sand sculpt, trivia, bell ring, morris, flamenco, stilt, hula. Taken (printed False): taco, paella,
fondue, backgammon, crochet, macrame, accordion, capoeira, beatbox, comedy club (and comedy, stand-up), dodgeball,
ultimate frisbee (and frisbee), birdwatch (and birding), wargam (and miniature), debat, cosplay, lego, jigsaw,
mahjong (and mah-jong), tai chi. Printed False and not used: yo-yo, bowls club, noodle, noodle bar, dumpling house,
smoothie, aquascap, terrarium, budgie, ventriloq, tabletop, dungeons, larp, model ship, crossword, sudoku, dominoes,
cribbage, canasta, feng shui, qigong, sumi, ikebana, tea ceremony, coin collect, genealogy, astronomy society, card
game, domino, live action, role-play, roleplay, kendama, warhammer, spelling bee, toastmaster, public speaking,
barbershop, a cappella, handbell, folk danc, line danc, square danc, salsa danc, sword, lightsaber, slackline,
unicycl, pole danc, aerial, roller skat, inline.

Slips. (1) Of reading: twentysecond_cf.py's first 150 lines were printed by one `head -150` before the `grep -n`
that the brief asks for first; they are its docstring, imports, constants and the `def _joined` line, all before its
first column entry (line 174), so no entry line was seen; the anchored `grep -n` also printed its line 987 (the
closing of its ENTRIES string, no entry). No utterance of a JSON file was printed. (2) No draft was reworded after
its half was seen: the one main run that printed the halves came after every fix. The fixes before it were the
author's own rereading (an ambiguous "doesn't start with the word the" made 'doesn't start with "the"'), eleven
drafts reworded so that every extra tag appears (three typos, one odd-case, three column-word, two number-words, one
number-format), three whole domains dropped and rewritten (the steel drum band, the genealogy society and the
astronomy society, too near the steel band, family history and telescope of earlier docstrings; 64 entries and 16
columns, now the capoeira group, the debating society and the wargaming club, whose second odd-case and two
number-format drafts came with them), and a bug of the author's draft program (a handle column's "@" cells read as a
date-list name), found by the line-length check and fixed in the program. The builder's check found no problem in
any draft. (3) The halves are uneven (dev 236, test 194), under the 200 a half that the twenty-second's entry of the
test module asks; this set's entry there asks 190, a number set after the halves were seen (no entry was touched).
Some functions are thin in one half (TextContains 8/2; LessThan, TextNotContains and TextStartsWith 3/7; Bottom,
Duplicates, IconSet, NextMonth, TextEndsWith, Today and Yesterday 7/3): the hash's split, not steered. (4) 111
columns, a little over the brief's "about 108". (5) The thin tags: odd-case 2, typo 3, column-word 3, number-format
3, number-words 5. The styles are uneven (reported 120, redo 110, markdown 100, payload 100) since every domain's
turn began with `reported`. (6) Unique and Blanks count the cell of one space as Excel does, so "payment refs that
appear once" also formats that cell, and "empty cells" include it. (7) The entry format holds one line a request, so
the payloads are one-line JSON, YAML flow maps and key=value lines (no block YAML with line breaks), and the
markdown requests have no heading (a line starting with "#" is a heading of the entries). (8) Backgammon and mahjong
are games as chess and Scrabble are in earlier sets, and an earlier docstring says "board game" (printed True); they
were kept as domains of their own name, as the twenty-second kept Scrabble beside chess. (9) The refusal check of
this set in the test module uses GreaterThan(40) on the birdwatching group's Birds Counted column. Not read:
anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the rest
of benchmarks/data/README.md (but for line numbers and row counts by `grep`), the utterances of any JSON file,
twentythird_tables.* (being written beside this set by engineer E23t; names seen in an `ls`),
tests/benchmarks/test_table_sets_data.py, tests/benchmarks/test_sets_are_the_projects_own.py (run only),
../shared/data, git (no git command was run). No model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values between a
tenth of a threshold and ten times it, prefix/suffix/middle variants of texts, blanks, cells of one space, text and
error cells beside the numbers of visual columns). The domains were given the functions in two alternating schedules
(the taco truck, fondue, crochet, accordion, beatbox, dodgeball, birdwatching, debating, lego and mahjong domains:
GreaterThan, GreaterThanEqual, NOT on a comparison, AND, LessThan, Between, TextEquals, TextContains,
TextStartsWith, Today, Yesterday, Tomorrow, Last7Days, LastWeek, ColorScale, DataBar, Top, BottomPercent,
AboveAverage, Errors, Duplicates, Blanks; the other ten: LessThanEqual, Equals, NotEquals, GreaterThan, NotBetween,
OR, TextNotContains, TextEndsWith, NOT on a text rule, ThisWeek, NextWeek, LastMonth, ThisMonth, NextMonth, IconSet,
Bottom, TopPercent, BelowAverage, NotErrors, Unique, NotBlanks), so that each of the 41 functions has ten records
(GreaterThan and NOT twenty) before any half is seen, and the styles went round in turn in each domain (reported
120, redo 110, markdown 100, payload 100). The builder's check found no problem in the drafts. 430 records on 111
columns (111 distinct headers, 5 or 6 a domain): dev 236, test 194 (the hash's split, not steered); every one of the
41 functions in both halves; 14-16 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (twentythird_tables.json, written beside it by
someone else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more
than 20 cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the
rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`reported`, `redo`, `markdown`, `payload`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`,
`polarity`, `date`, `visual` (as in twentysecond_cf.py), then the set tag `twentythird`. IDs have the prefix
`t23c-`; the dev/test halves come from a hash of the ID. No request starts with "#" (a line starting so is a
heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for
one line of 120 characters goes on in an indented line that starts with "|" (`_joined`).

Rebuild: `python benchmarks/data/twentythird_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentythird_cf.json"
PREFIX = "t23c"
TWENTYTHIRD_TAG = "twentythird"
STYLES = ("reported", "redo", "markdown", "payload")
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
DA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-07|2024-06-04|2024-06-14|2024-06-18|"
      "2024-06-27|2024-05-21|2024-07-09|2023-10-02||2024-06-01")
DB = ("2024-06-13|2024-06-12|2024-06-09|2024-06-11|2024-06-02|2024-06-06|2024-06-15|2024-06-20|"
      "2024-06-24|2024-05-30|2024-07-16|2024-09-05|tbc|2024-05-03")
DC = ("2024-06-11|2024-06-16|2024-06-12|2024-06-08|2024-06-13|2024-06-09|2024-06-05|2024-06-22|"
      "2024-06-29|2024-05-11|2024-07-02|2024-08-12||2024-06-07")
DD = ("2024-06-12|2024-06-10|2024-06-13|2024-06-11|2024-06-03|2024-06-08|2024-06-15|2024-06-17|"
      "2024-06-30|2024-05-27|2024-07-31|2025-06-12|n/a|2024-06-19")
COLUMNS = {
    # taco truck
    "tt_tacos": ("Tacos Sold", "140|95|210|60|150|12|380|200|90|175|1600|45|230|9|20"),
    "tt_wait": ("Wait (min)", "3|8|15|6|22|4|12|9|70|1|11|5|0.5|30"),
    "tt_fill": ("Filling", "al pastor|al pastor extra|double al pastor|carnitas|chicken tinga|"
                           "smoked chicken|spicy chicken mole|veggie|veg chili|roast veg|"
                           "black bean & veg mix|barbacoa|pollo asado|fish"),
    "tt_date": ("Event Date", DA),
    "tt_rev": ("Takings ($)", "640|1280|455|980|rained off|2210||715|1530|#DIV/0!|390|860|1105|2750"),
    "tt_salsa": ("Salsa", "verde|roja|habanero|verde|mango| |pico|roja||chipotle|verde|pineapple|"
                          "ghost pepper|pico"),
    # paella
    "pa_pans": ("Pans Cooked", "12|20|8|25|3|41|10|30|17|6|55|2|40|120|22|9"),
    "pa_rice": ("Rice Variety", "bomba|bomba extra|senia|calasparra|calasparra bomba|"
                                "arborio rice|long grain rice|rice of valencia|"
                                "organic calasparra|Spanish bomba rice|calasparra white|"
                                "albufera senia|brown rice blend|carnaroli rice"),
    "pa_date": ("Catering Date", DB),
    "pa_guest": ("Guests Served", "85|140|62|210|cancelled|95|#N/A|178|48|120||260|73|150"),
    "pa_pay": ("Payment Ref", "PX-101|PX-102|PX-101|PX-220| |PX-305|PX-102||PX-410|PX-220|PX-512|"
                              "PX-606|PX-305|PX-700"),
    # fondue
    "fo_pots": ("Pots Served", "18|30|50|10|25|14|20|40|7|33|62|4|140|22|45|1.5"),
    "fo_cheese": ("Cheese Blend", "moitie-moitie|moitie-moitie spiced|classic moitie-moitie|"
                                  "gruyere only|aged gruyere|gruyere & emmental|"
                                  "three cheese gruyere blend|vacherin|vacherin fribourgeois|"
                                  "emmental & vacherin|appenzeller|tomme & vacherin mix|raclette|"
                                  "fontina"),
    "fo_date": ("Booking Date", DC),
    "fo_bill": ("Table Bill (CHF)", "84|126|58|212|comped|97|#VALUE!|143|66|175||39|118|251"),
    "fo_fork": ("Fork Colour", "red|blue|green|red|yellow| |orange|blue||purple|red|white|pink|teal"),
    # backgammon
    "bg_pts": ("Match Points", "7|11|5|15|3|21|9|1|13|25|0.5|17|70|110|2"),
    "bg_pips": ("Pip Count", "100|150|167|60|170|88|124|45|201|139|75|181|12|1600|110"),
    "bg_open": ("Opening Move", "8/5 6/5|13/7|split 24/23|24/18 13/11|run 24/18|13/9 24/18|"
                                "slot 6/5|13/11 slot|8/4 6/4|24/20 13/9|early split 24/22|"
                                "13/10 6/5|back game 24/18|8/2 6/1"),
    "bg_date": ("Tournament Date", DD),
    "bg_rating": ("Club Rating", "1480|1622|1395|1710|provisional|1555|#N/A|1810|1350|1503||1677|1425|1590"),
    "bg_member": ("Member No", "B-11|B-12|B-11|B-14| |B-15|B-16|B-12||B-19|B-20|B-21|B-15|B-23"),
    # crochet
    "cr_yards": ("Yarn Used (yd)", "220|400|150|300|800|100|250|500|35|180|620|2400|90|330|1200|12"),
    "cr_stitch": ("Stitch", "granny square|granny square join|solid granny square|half treble|"
                            "treble crochet|double treble cluster|puff stitch|puff|"
                            "bobble then puff|front post puff stitch|moss stitch|shell stitch|"
                            "chain|slip stitch"),
    "cr_date": ("Pattern Due", DA),
    "cr_price": ("Kit Price (£)", "18.5|24|12.75|31|sold out|16|#REF!|27.5|9.99|21||35|14.25|19"),
    "cr_hook": ("Hook Size", "4mm|5mm|3.5mm|4mm|6mm| |5.5mm|5mm||8mm|4mm|2.5mm|10mm|7mm"),
    # macrame
    "mc_cord": ("Cord Length (m)", "4|6.5|3|9|2|12|0.8|5|1.5|90|7|40|0.3|15"),
    "mc_knots": ("Knots per Row", "8|14|5|20|11|3|24|9|16|1|13|30|6|200"),
    "mc_proj": ("Project", "plant hanger|mini plant hanger|wall hanging|boho wall hanging|"
                           "wall hanging kit|mini wall hanging|keyring|table runner|"
                           "hanger for mirrors|curtain with mini tassels|coaster set mini|"
                           "feather earrings|large wall hanging|mini"),
    "mc_date": ("Workshop Date", DB),
    "mc_sales": ("Online Sales", "14|32|7|51|paused|22|#N/A|45|11|28||63|19|38"),
    "mc_order": ("Order ID", "M201|M202|M203|M201| |M205|M206|M203||M208|M209|M210|M211|M205"),
    # accordion band
    "ac_gigs": ("Gigs Played", "12|20|30|5|16|8|2|25|45|1|14|120|35|10"),
    "ac_bpm": ("Tempo (bpm)", "90|100|120|84|132|108|60|96|144|112|8|76|118|900"),
    "ac_tune": ("Tune", "la paloma|la paloma reprise|medley with la paloma|polka|"
                        "beer barrel polka|polka dots and moonbeams|clarinet polka medley|waltz|"
                        "waltz of the flowers|skater's waltz|the last waltz encore|"
                        "tango jalousie|musette|csardas"),
    "ac_date": ("Rehearsal Date", DC),
    "ac_fee": ("Fee (€)", "250|480|175|620|unpaid|330|#DIV/0!|540|210|395||720|285|450"),
    "ac_key": ("Key", "G major|D minor|A minor|G major|F major| |C major|D minor||E minor|"
                      "B flat major|G major|E flat major|A major"),
    # capoeira group
    "cg_roda": ("Roda Time (min)", "6|10|4|14|8|12|3|18|1|25|0.5|16|60|11|140|2"),
    "cg_song": ("Song", "paranaue|paranaue paranaue|o paranaue nego|berimbau bateu|"
                        "toca o berimbau|o berimbau chamou|capoeira de angola|angola em roda|"
                        "sao bento grande de angola|zum zum zum|marinheiro so|ai ai aide|"
                        "valha me deus|sim sim sim"),
    "cg_date": ("Roda Date", DD),
    "cg_don": ("Batizado Donations (R$)", "320|560|210|890|pledged|405|#N/A|770|145|480||1050|265|655"),
    "cg_name": ("Apelido", "Macaco|Gato|Besouro|Macaco|Cobra| |Pantera|Gato||Tatu|Coruja|Macaco|Sabia|Onca"),
    # beatbox crew
    "bb_bpm": ("Routine BPM", "110|140|90|95|130|80|100|120|62|150|1100|88|12|105|170|9"),
    "bb_sound": ("Signature Sound", "inward k snare|inward k snare roll|classic inward k snare|"
                                    "bass|throat bass|bass drop|sub bass wobble|lip roll|"
                                    "lip oscillation|inward lip roll|click roll with lip|zipper|"
                                    "siren|hi-hat"),
    "bb_date": ("Battle Date", DA),
    "bb_score": ("Judge Score", "7.5|8.25|6.75|9.1|no show|7.9|#VALUE!|8.6|6.2|8.05||9.4|7.1|8.4"),
    "bb_crew": ("Crew", "Echo Five|Mouth Machines|Echo Five|Dropline| |Vocal Voltage|"
                        "Mouth Machines||Tempo Kids|Bassline Squad|Echo Five|Sonic Loop|"
                        "Kick Kings|Rhythm Rebels"),
    # comedy club
    "cc_laughs": ("Laughs per Minute", "3|5|2|6|1|8|0.2|4|7|30|12|0.5|60|9"),
    "cc_set": ("Set Length (min)", "5|15|4|20|10|3|25|7|12|2|18|45|8|1"),
    "cc_act": ("Act", "improv duo|late improv|musical improv night|open mic|friday open mic|"
                      "open mic special|student open mic|the headliner|the mc|gather the gang|"
                      "sketch group|storyteller|on the rise|double act"),
    "cc_date": ("Show Date", DB),
    "cc_tix": ("Tickets Sold", "42|87|29|115|comp list|63|#N/A|98|35|71||130|54|80"),
    "cc_comic": ("Comic", "Sam Reyes|Jo Park|Sam Reyes|Lee Chan| |Mo Ali|Jo Park||Kit Ross|"
                          "Ana Diaz|Ben Cole|Sam Reyes|Ty Moore|Eve Hart"),
    # dodgeball league
    "db_outs": ("Outs", "7|10|4|2|9|5|1|12|0.5|3|70|8|40|15"),
    "db_catch": ("Catches", "3|4|8|1|6|0|11|2|5|9|30|0.2|7|13"),
    "db_team": ("Team", "dodge this|dodge this too|you can't dodge this|ball busters|the ballers|"
                        "odd ball|ball|netbusters|net gains|internet trolls|safety net|fireballs|"
                        "duck and dive|rubber bandits"),
    "db_date": ("Fixture Date", DC),
    "db_elo": ("Team Rating", "1210|1385|1102|1490|new team|1265|#REF!|1440|1050|1320||1555|1175|1405"),
    "db_ref": ("Referee", "Tom|Abi|Raj|Tom|Lena| |Abi|Gus||Tom|Mia|Zed|Ola|Raj"),
    # ultimate frisbee
    "uf_throws": ("Completed Throws", "20|35|15|50|25|45|10|60|2|75|200|5|500|38|30|48"),
    "uf_spirit": ("Spirit Note", "no fouls|foul called|travel foul disputed|great spirit|"
                                 "showed great spirit|great spirit all game|late start|"
                                 "late to pitch|arrived late|very late call|calm and fair|"
                                 "fair play, great spirit|friendly|late"),
    "uf_date": ("Game Date", DD),
    "uf_ht": ("Hang Time (s)", "2.4|3.1|1.8|4.2|dropped|2.9|#DIV/0!|3.6|1.5|2.7||4.8|2.1|3.3"),
    "uf_jersey": ("Jersey No", "7|12|7|23| |31|12||44|5|19|88|7|2"),
    # birdwatching group
    "bw_count": ("Birds Counted", "40|75|20|30|60|12|3|95|400|55|8|150|25|750"),
    "bw_wind": ("Wind (mph)", "10|12|20|4|15|25|8|18|1|31|100|14|6|22"),
    "bw_species": ("Species", "robin|robin pair|american robin|warbler|willow warbler|"
                              "warbler sp.|reed warbler chick|great tit|great crested grebe|"
                              "juvenile great tit|blue tit|little egret|kestrel|starling"),
    "bw_date": ("Sighting Date", DA),
    "bw_dist": ("Distance (km)", "3.2|7.8|1.4|12.5|not logged|5.6|#N/A|9.9|2.1|6.7||14.3|4.4|8.2"),
    "bw_site": ("Hide", "North Hide|Reedbed Hide|North Hide|Heron Hide| |Scrape Hide|"
                        "Reedbed Hide||Wader Hide|Woodland Hide|North Hide|Lagoon Hide|"
                        "Tower Hide|Sea Hide"),
    # wargaming club
    "wg_minis": ("Miniatures Painted", "10|25|5|40|2|60|1|18|4|100|250|33|400|12"),
    "wg_pts": ("Army Points", "500|1000|400|1500|750|250|2000|600|1250|300|900|3000|450|1800"),
    "wg_army": ("Army", "undead horde|undead legion|the undead host|legion|iron legion|"
                        "legion of night|lost legion|space marines|space elves|deep space fleet|"
                        "dwarf clans|knights of dawn|desert raiders|beastmen"),
    "wg_date": ("Battle Night", DB),
    "wg_win": ("Win Rate (%)", "48|62|35|71|new|55|#DIV/0!|66|29|58||80|41|52"),
    "wg_unit": ("Unit Code", "W-01|W-02|W-01|W-04| |W-05|W-06|W-02||W-09|W-10|W-11|W-01|W-13"),
    # debating society
    "ds_pts": ("Speaker Points", "75|78|72|70|76|71|73|77|74|79|69.5|80|75.5|68"),
    "ds_motion": ("Motion Topic", "free speech|free speech online|limits on free speech|"
                                  "climate tax|net zero and climate|carbon and climate policy|"
                                  "this house would vote|this house regrets|who owns this house|"
                                  "does this house care|school uniforms|social media ban|"
                                  "universal basic income|space mining"),
    "ds_date": ("Debate Date", DC),
    "ds_fee": ("Entry Fee (£)", "35|60|25|95|waived|45|#VALUE!|75|20|55||120|30|85"),
    "ds_judge": ("Adjudicator", "Okafor|Brennan|Okafor|Sato| |Lindqvist|Brennan||Mensah|Duarte|"
                                "Okafor|Kowalski|Haddad|Quinn"),
    # cosplay group
    "cp_hours": ("Build Hours", "30|45|20|80|40|100|15|150|3|300|12|60|800|95|200|35"),
    "cp_char": ("Character", "knight of the rose|moon knight|dark knight armour|witch|sea witch|"
                             "witch hunter|good witch|catgirl|cheshire cat|bobcat pilot|"
                             "sailor scout|robot pilot|elf archer|wizard"),
    "cp_date": ("Con Date", DD),
    "cp_cost": ("Material Cost ($)", "45|120|30|210|borrowed|75|#DIV/0!|160|25|95||260|55|140"),
    "cp_handle": ("Handle", "@foxfire|@sewstrong|@foxfire|@armourly| |@wigwiz|@sewstrong||"
                            "@propshop|@glitter|@foxfire|@wingit|@capes|@seamz"),
    # lego club
    "lg_pieces": ("Pieces", "500|1000|250|300|900|120|40|1500|5000|750|60|2600|10000|430"),
    "lg_age": ("Age Rating", "8|9|12|4|6|10|14|18|7|16|5|11|2|13"),
    "lg_theme": ("Theme", "city|city police|space city|star wars|lone star rail|death star|"
                          "technic|technic supercar|bionic tech|mini tech bots|castle|friends|"
                          "ninjago|pirates"),
    "lg_date": ("Meetup Date", DA),
    "lg_price": ("Set Price ($)", "29.99|79.99|14.99|159.99|retired|49.99|#N/A|119.99|9.99|64.99|"
                                  "|199.99|39.99|99.99"),
    "lg_builder": ("Builder", "Ollie|Priya|Ollie|Sam| |Zara|Priya||Finn|Maya|Theo|Ollie|Ivy|Leo"),
    # jigsaw club
    "jg_mins": ("Minutes Taken", "90|120|60|180|45|240|30|150|1800|9|600|75|18|200"),
    "jg_missing": ("Pieces Missing", "0|1|3|5|2|0|4|7|1|0|12|6|2|0"),
    "jg_puzzle": ("Puzzle", "sunset harbour|venice at sunset|alpine sunset lake|tuscany 1000|"
                            "cats 1000|1000 piece mystery|wasgij mystery|wasgij original 1000|"
                            "the wasgij destiny|retro wasgij|world map|book nook|garden party|"
                            "tea shop"),
    "jg_date": ("Swap Date", DB),
    "jg_rating": ("Difficulty", "3.5|4.2|2.8|4.9|unrated|3.9|#REF!|4.6|2.1|3.2||4.75|2.5|4.05"),
    "jg_box": ("Box Code", "JB-01|JB-02|JB-01|JB-04| |JB-05|JB-02||JB-08|JB-09|JB-10|JB-11|JB-05|JB-13"),
    # mahjong club
    "mj_pts": ("Hand Points", "16|32|64|8|24|6|20|40|3|160|1.6|48|640|12|88|2"),
    "mj_hand": ("Winning Hand", "all pungs|all pungs concealed|mixed all pungs|dragon pung|"
                                "little dragon set|red dragon|thirteen orphans|thirteen wonders|"
                                "lucky thirteen|the thirteen gates|chicken hand|pure suit|"
                                "seven pairs|nine gates"),
    "mj_date": ("Game Night", DC),
    "mj_win": ("Winnings (HK$)", "120|340|85|560|void|210|#N/A|430|60|275||690|150|385"),
    "mj_wind": ("Seat Wind", "east|south|west|north|east| |south|east||north|flower|season|dealer|west"),
    # tai chi class
    "tc_att": ("Attendance", "8|12|10|15|5|18|3|22|7|14|30|1|9|25"),
    "tc_age": ("Age", "50|70|40|80|62|35|84|55|72|28|91|45|67|58"),
    "tc_form": ("Form", "yang 24|yang 108|old yang form|24 form|sword form|form corrections|"
                        "chen 18|chen laojia|old chen style|wu style|sun style|qigong warm-up|"
                        "fan form|push hands"),
    "tc_date": ("Class Date", DD),
    "tc_hr": ("Resting Heart Rate", "62|74|58|81|not taken|66|#VALUE!|77|55|69||88|60|71"),
    "tc_mat": ("Mat No", "3|7|3|12| |15|7||21|4|9|3|18|11"),
}

# request | reference rule (canonical) | column key | style [| tag ...]
ENTRIES = _joined("""
# taco truck
Luis wnats the taco counts over 150 highlighted | GreaterThan(150) | tt_tacos | reported | typo
last summer I shaded the days we sold 200 tacos or more, do that again | GreaterThanEqual(200) | tt_tacos
    | redo | boundary
**Tacos Sold**: mark every day that is *not* below `60` | NOT(LessThan(60)) | tt_tacos | markdown | negation
{"column": "Tacos Sold", "and": [{"op": ">", "value": 90}, {"op": "<", "value": 175}]}
    | AND(GreaterThan(90), LessThan(175)) | tt_tacos | payload | compound
Marisol says the quick service is what counts: flag any wait under 8 minutes | LessThan(8) | tt_wait
    | reported
I had the waits from 4 to 12 minutes coloured yellow before, put that back | Between(4, 12) | tt_wait | redo
    | range
- [ ] highlight *Filling* = `al pastor` (exact match only) | TextEquals("al pastor") | tt_fill | markdown
    | quoted
filling_contains=chicken format=fill:orange | TextContains("chicken") | tt_fill | payload
the cook asked me to mark the fillings that begin with veg | TextStartsWith("veg") | tt_fill | reported
I used to colour today's event in green, bring that back | Today() | tt_date | redo | date
> Event Date: highlight **yesterday** | Yesterday() | tt_date | markdown | date
rule: date_occurring; period: tomorrow; column: Event Date | Tomorrow() | tt_date | payload | date
Ana wants the event dates from the last 7 days picked out | Last7Days() | tt_date | reported | date
it used to highlight last week's events, put that back please | LastWeek() | tt_date | redo | date
`Takings ($)` → **colour scale**, low to high | ColorScale() | tt_rev | markdown | visual
{"type": "dataBar", "range": "Takings ($)"} | DataBar() | tt_rev | payload | visual
the owner wants our 3 BEST takings highlighted | Top(3) | tt_rev | reported | superlative | odd-case
last year I marked the bottom 20% of takings in red, do the same | BottomPercent(20) | tt_rev | redo
* shade the takings that are **above average** | AboveAverage() | tt_rev | markdown | polarity
check=errors column=Takings ($) fill=grey | Errors() | tt_rev | payload
Dani wants repeated salsas flagged, any salsa that shows up more than once | Duplicates() | tt_salsa
    | reported
we had the empty salsa cells in pink last time, do it again | Blanks() | tt_salsa | redo
# paella
Chef Nuria says: mark the days with 12 pans or fewer | LessThanEqual(12) | pa_pans | reported | boundary
last fiesta I highlighted the days we cooked exactly 20 pans; do it again | Equals(20) | pa_pans | redo
**Pans Cooked** ≠ `8` → highlight | NotEquals(8) | pa_pans | markdown | negation
{"field": "Pans Cooked", "condition": "greater_than", "value": 25} | GreaterThan(25) | pa_pans | payload
Jordi wants the pan counts outside 10 to 30 flagged, so not between 10 and 30 | NotBetween(10, 30) | pa_pans
    | reported | range | negation
I used to colour pan counts below 6 or above 40, bring that rule back | OR(LessThan(6), GreaterThan(40))
    | pa_pans | redo | compound
- highlight the rice varieties that do **not** contain `bomba` | TextNotContains("bomba") | pa_rice | markdown
    | negation | quoted
column=Rice Variety; rule=ends_with; text=rice | TextEndsWith("rice") | pa_rice | payload
my supplier said to mark every rice variety that doesn't start with calasparra
    | NOT(TextStartsWith("calasparra")) | pa_rice | reported | negation
last time I shaded this week's catering dates, do that again | ThisWeek() | pa_date | redo | date
> **Catering Date**: next week's jobs in _blue_ | NextWeek() | pa_date | markdown | date
{"rule": "timePeriod", "period": "lastMonth", "column": "Catering Date"} | LastMonth() | pa_date | payload
    | date
Carme asked for this month's catering dates to be highlighted | ThisMonth() | pa_date | reported | date
it used to flag next month's bookings, put that back | NextMonth() | pa_date | redo | date
`Guests Served`: add an **icon set** (arrows) | IconSet() | pa_guest | markdown | visual
type: bottom; rank: 2; column: Guests Served | Bottom(2) | pa_guest | payload | superlative
the events manager wants the top 25% of guest counts shaded | TopPercent(25) | pa_guest | reported
I had the below-average guest numbers in orange last season, same again | BelowAverage() | pa_guest | redo
    | polarity
1. select Guests Served 2. highlight every cell that is **not an error** | NotErrors() | pa_guest | markdown
    | negation
{"column": "Payment Ref", "rule": "unique"} | Unique() | pa_pay | payload
accounts told me to highlight every payment ref that isn't empty | NotBlanks() | pa_pay | reported | negation
# fondue
Heidi wants the nights we served more than 18 pots marked | GreaterThan(18) | fo_pots | reported
we had 30 pots and up in bold green last winter, do that again | GreaterThanEqual(30) | fo_pots | redo
    | boundary
`Pots Served` — highlight where it is **not** greater than 50 | NOT(GreaterThan(50)) | fo_pots | markdown
    | negation
pots_served: {gte: 10, lt: 25} | AND(GreaterThanEqual(10), LessThan(25)) | fo_pots | payload | compound
the manager says the quiet nights matter, pots under 14, highlight them | LessThan(14) | fo_pots | reported
last season the 20 to 40 pot nights were shaded, put that rule back | Between(20, 40) | fo_pots | redo | range
**Cheese Blend** is exactly `moitie-moitie` → fill gold | TextEquals("moitie-moitie") | fo_cheese | markdown
    | quoted
{"column": "Cheese Blend", "contains": "gruyere"} | TextContains("gruyere") | fo_cheese | payload
my chef said: mark the blends starting with vacherin | TextStartsWith("vacherin") | fo_cheese | reported
I used to highlight today's bookings, do that again | Today() | fo_date | redo | date
- [x] Booking Date: colour **yesterday's** bookings | Yesterday() | fo_date | markdown | date
column=Booking Date&period=tomorrow | Tomorrow() | fo_date | payload | date
Reto asked for the bookings of the last seven days to be shaded | Last7Days() | fo_date | reported | date
    | number-words
last week's bookings were highlighted before, can you bring that back | LastWeek() | fo_date | redo | date
> Table Bill (CHF): **data bars** please | DataBar() | fo_bill | markdown | visual
{"format": "colorScale", "column": "Table Bill (CHF)"} | ColorScale() | fo_bill | payload | visual
the owner wants the 4 biggest table bills highlighted | Top(4) | fo_bill | reported | superlative
I marked the bottom 10% of bills last time, same again | BottomPercent(10) | fo_bill | redo
*Table Bill*: highlight bills **above the average** | AboveAverage() | fo_bill | markdown | polarity
rule=containsErrors column=Table Bill (CHF) | Errors() | fo_bill | payload
the waiter wants fork colours that apear more than once flagged | Duplicates() | fo_fork | reported | typo
it used to colour the blank fork colour cells, put that back | Blanks() | fo_fork | redo
# backgammon
Oskar wants matches of 7 points or less highlighted | LessThanEqual(7) | bg_pts | reported | boundary
last tournament I marked the 11-point matches, exactly 11, do it again | Equals(11) | bg_pts | redo
- Match Points: highlight when **not equal to** `5` | NotEquals(5) | bg_pts | markdown | negation
match_points > 15 | GreaterThan(15) | bg_pts | payload
the director said pip counts outside 100-150 should be flagged (not between 100 and 150)
    | NotBetween(100, 150) | bg_pips | reported | range | negation
I had pip counts under 60 or over 170 shaded last season, bring it back | OR(LessThan(60), GreaterThan(170))
    | bg_pips | redo | compound
**Opening Move** without the word `split` → highlight | TextNotContains("split") | bg_open | markdown
    | negation | quoted
{"column": "Opening Move", "op": "endsWith", "value": "24/18"} | TextEndsWith("24/18") | bg_open | payload
our coach wants every opening move that doesn't contain slot marked | NOT(TextContains("slot")) | bg_open
    | reported | negation
last time I highlighted this week's tournament dates, do the same | ThisWeek() | bg_date | redo | date
> **next week**: shade the Tournament Date cells | NextWeek() | bg_date | markdown | date
period=last_month column="Tournament Date" | LastMonth() | bg_date | payload | date
the secretary wants this month's tournaments coloured | ThisMonth() | bg_date | reported | date
I used to flag next month's tournament dates, put that back | NextMonth() | bg_date | redo | date
`Club Rating` — **icon set**, 3 arrows | IconSet() | bg_rating | markdown | visual
{"rule": "bottom", "n": 3, "column": "Club Rating"} | Bottom(3) | bg_rating | payload | superlative
the club captain asked for the top 10% of ratings to be highlighted | TopPercent(10) | bg_rating | reported
the below-average ratings were shaded last year, do it again | BelowAverage() | bg_rating | redo | polarity
1. Club Rating 2. colour every cell that is *not* an error | NotErrors() | bg_rating | markdown | negation
column: Member No, rule: unique values | Unique() | bg_member | payload
the treasurer said to highlight every member no that is filled in | NotBlanks() | bg_member | reported
# crochet
Bea wants the projects that used more than 220 yards highlighted | GreaterThan(220) | cr_yards | reported
last winter I marked anything at 400 yd or above, do that again | GreaterThanEqual(400) | cr_yards | redo
    | boundary
`Yarn Used (yd)`: highlight rows **not** under 150 | NOT(LessThan(150)) | cr_yards | markdown | negation
{"yarn_used": {"gt": 300, "lt": 800}} | AND(GreaterThan(300), LessThan(800)) | cr_yards | payload | compound
my aunt said the tiny projects, under 100 yards, should be flagged | LessThan(100) | cr_yards | reported
I had 250-500 yd shaded last time, put that back (250 and 500 included) | Between(250, 500) | cr_yards | redo
    | range
- [ ] Stitch = **granny square**, exact | TextEquals("granny square") | cr_stitch | markdown
stitch contains "treble" | TextContains("treble") | cr_stitch | payload | quoted
the teacher wants the stitches that start with puff highlighted | TextStartsWith("puff") | cr_stitch
    | reported
the patterns due today used to be red, bring that back | Today() | cr_date | redo | date
> Pattern Due — mark **yesterday** | Yesterday() | cr_date | markdown | date
{"column": "Pattern Due", "when": "tomorrow"} | Tomorrow() | cr_date | payload | date
Hana asked for patterns due in the last 7 days to be shaded | Last7Days() | cr_date | reported | date
I used to colour last week's due dates, do that again | LastWeek() | cr_date | redo | date
**Kit Price (£)** → 3-colour scale | ColorScale() | cr_price | markdown | visual
kit_price: {format: data_bar} | DataBar() | cr_price | payload | visual
the shop owner wants the two dearest kits highlighted | Top(2) | cr_price | reported | superlative
    | number-words
last sale I marked the cheapest 25% of kits, do it again | BottomPercent(25) | cr_price | redo | superlative
*Kit Price*: **above average** → yellow | AboveAverage() | cr_price | markdown | polarity
{"check": "errors", "column": "Kit Price (£)"} | Errors() | cr_price | payload
Gwen says to mark every hook size that is listed more than once | Duplicates() | cr_hook | reported
we had the empty hook size cells highlighted last month, do the same | Blanks() | cr_hook | redo
# macrame
Ruth wants cords of 4 m or shorter highlighted | LessThanEqual(4) | mc_cord | reported | boundary
I marked the cords of exactly 6.5 metres last time, do that again | Equals(6.5) | mc_cord | redo
- Cord Length (m): highlight if `!= 3` | NotEquals(3) | mc_cord | markdown | negation
cord_length_m > 9 | GreaterThan(9) | mc_cord | payload
the tutor said: flag knots per row that are not between 8 and 14 | NotBetween(8, 14) | mc_knots | reported
    | range | negation
last workshop I shaded rows with fewer than 5 knots or more than 20, put it back
    | OR(LessThan(5), GreaterThan(20)) | mc_knots | redo | compound
**Project** does *not* contain `hanger` → highlight | TextNotContains("hanger") | mc_proj | markdown
    | negation | quoted
{"column": "Project", "ends_with": "wall hanging"} | TextEndsWith("wall hanging") | mc_proj | payload
Zoe wants every project that doesn't begin with mini highlighted | NOT(TextStartsWith("mini")) | mc_proj
    | reported | negation
it used to colour this week's workshops, put that back | ThisWeek() | mc_date | redo | date
> Workshop Date: **next week** in green | NextWeek() | mc_date | markdown | date
rule=timePeriod;period=lastMonth;col=Workshop Date | LastMonth() | mc_date | payload | date
my partner asked me to highlight this month's workshops | ThisMonth() | mc_date | reported | date
I had next month's workshops shaded before, do that again | NextMonth() | mc_date | redo | date
`Online Sales`: **icon set** (traffic lights) | IconSet() | mc_sales | markdown | visual
{"rule": "bottomN", "count": 3, "column": "Online Sales"} | Bottom(3) | mc_sales | payload | superlative
Etsy Jo wants the top 20% of online sales highlighted | TopPercent(20) | mc_sales | reported
last quarter I had the below-average sales in red, same again | BelowAverage() | mc_sales | redo | polarity
* Online Sales: highlight the cells that are **not errors** | NotErrors() | mc_sales | markdown | negation
order_id: unique | Unique() | mc_order | payload
the packer said to mark every order id that has something in it | NotBlanks() | mc_order | reported
# accordion band
Franz wants the Gigs Played column marked where it is more than 12 | GreaterThan(12) | ac_gigs | reported
    | column-word
last season I highlighted everyone on 20 gigs or more, do it again | GreaterThanEqual(20) | ac_gigs | redo
    | boundary
**Gigs Played**: colour the ones that are *not* over `30` | NOT(GreaterThan(30)) | ac_gigs | markdown
    | negation
{"column": "Gigs Played", "all": [">5", "<16"]} | AND(GreaterThan(5), LessThan(16)) | ac_gigs | payload
    | compound
the bandleader told me: anything under 90 in the Tempo column is too slow, highlight it | LessThan(90)
    | ac_bpm | reported | column-word
I had the tempos from 100 to 120 bpm in green before, put that back | Between(100, 120) | ac_bpm | redo
    | range
- [ ] Tune == `la paloma` → highlight | TextEquals("la paloma") | ac_tune | markdown | quoted
column=Tune op=contains value=polka | TextContains("polka") | ac_tune | payload
Greta asks for the tunes that begin with waltz to be coloured | TextStartsWith("waltz") | ac_tune | reported
we used to highlight today's rehearsal, bring that back | Today() | ac_date | redo | date
> Rehearsal Date — **yesterday** in grey | Yesterday() | ac_date | markdown | date
{"rehearsal_date": "tomorrow"} | Tomorrow() | ac_date | payload | date
the conductor wants rehearsals from the last 7 days shaded | Last7Days() | ac_date | reported | date
I highlighted last week's rehearsals last time, do that again | LastWeek() | ac_date | redo | date
*Fee (€)*: add **data bars** | DataBar() | ac_fee | markdown | visual
format: color_scale; target: Fee (€) | ColorScale() | ac_fee | payload | visual
the treasurer wants the top 5 fees picked out | Top(5) | ac_fee | reported | superlative
last year I had the lowest 30% of fees shaded, same again | BottomPercent(30) | ac_fee | redo | superlative
`Fee (€)`: **above avg** → green | AboveAverage() | ac_fee | markdown | polarity
{"column": "Fee (€)", "highlight": "errors"} | Errors() | ac_fee | payload
Jana says to flag every key that appears more than once in the set list | Duplicates() | ac_key | reported
the blank key cells used to be highlighted, put that back | Blanks() | ac_key | redo
# capoeira group
Mestre Cobra wants roda times of 6 minutes or less highlighted | LessThanEqual(6) | cg_roda | reported
    | boundary
last batizado I marked the rodas of exactly 10 minutes, do it again | Equals(10) | cg_roda | redo
**Roda Time (min)** `<> 4` → highlight | NotEquals(4) | cg_roda | markdown | negation
{"column": "Roda Time (min)", "operator": "gt", "value": 14} | GreaterThan(14) | cg_roda | payload
the contramestre said roda times not between 8 and 12 minutes need a flag | NotBetween(8, 12) | cg_roda
    | reported | range | negation
I used to shade rodas under 3 minutes or over 18, bring that back | OR(LessThan(3), GreaterThan(18)) | cg_roda
    | redo | compound
- Song: highlight when it does **not** contain `paranaue` | TextNotContains("paranaue") | cg_song | markdown
    | negation | quoted
song ends_with angola | TextEndsWith("angola") | cg_song | payload
the musician asked me to mark the songs that don't have berimbau in them | NOT(TextContains("berimbau"))
    | cg_song | reported | negation
last time I shaded this week's rodas, do the same | ThisWeek() | cg_date | redo | date
> Roda Date: **next week** → orange | NextWeek() | cg_date | markdown | date
{"column": "Roda Date", "period": "last month"} | LastMonth() | cg_date | payload | date
Gato wants this month's roda dates picked out | ThisMonth() | cg_date | reported | date
it used to highlight next month's rodas, put that back | NextMonth() | cg_date | redo | date
`Batizado Donations (R$)` — **icon set** | IconSet() | cg_don | markdown | visual
rule=bottom n=2 column=Batizado Donations (R$) | Bottom(2) | cg_don | payload | superlative
the treasurer wants the top 30% of donations highlighted | TopPercent(30) | cg_don | reported
I had the below-average donations shaded last year, do it again | BelowAverage() | cg_don | redo | polarity
1. Batizado Donations (R$) 2. format cells that are **not** errors | NotErrors() | cg_don | markdown
    | negation
{"column": "Apelido", "rule": "uniqueValues"} | Unique() | cg_name | payload
the mestre said: highlight every apelido cell that isn't blank | NotBlanks() | cg_name | reported | negation
# beatbox crew
Kofi wants routines faster than 110 bpm highlighted | GreaterThan(110) | bb_bpm | reported
last battle I marked 140 bpm and up, do that again | GreaterThanEqual(140) | bb_bpm | redo | boundary
**Routine BPM**: highlight if *not* less than `90` | NOT(LessThan(90)) | bb_bpm | markdown | negation
routine_bpm: {gt: 95, lt: 130} | AND(GreaterThan(95), LessThan(130)) | bb_bpm | payload | compound
the judge said anything below 80 bpm drags, so mark it | LessThan(80) | bb_bpm | reported
I had 100-120 bpm routines in purple before (both ends in), put that back | Between(100, 120) | bb_bpm | redo
    | range
- [ ] Signature Sound equals **inward k snare** | TextEquals("inward k snare") | bb_sound | markdown
{"column": "Signature Sound", "contains": "bass"} | TextContains("bass") | bb_sound | payload
Tash asked me to colour the sounds that start with lip | TextStartsWith("lip") | bb_sound | reported
we used to highlight today's battle, bring it back | Today() | bb_date | redo | date
> **Battle Date** = yesterday → highlight | Yesterday() | bb_date | markdown | date
battle_date=tomorrow | Tomorrow() | bb_date | payload | date
the crew leader wants battles from the last 7 days shaded | Last7Days() | bb_date | reported | date
I had last week's battles highlighted before, do it again | LastWeek() | bb_date | redo | date
`Judge Score` → **colour scale** | ColorScale() | bb_score | markdown | visual
{"type": "data_bar", "column": "Judge Score"} | DataBar() | bb_score | payload | visual
the host wants the best 3 judge scores marked | Top(3) | bb_score | reported | superlative
last year the bottom 20% of scores were red, same again | BottomPercent(20) | bb_score | redo
*Judge Score*: highlight **above average** | AboveAverage() | bb_score | markdown | polarity
column=Judge Score check=error_values | Errors() | bb_score | payload
Jay says to mark any crew name that turns up more than once | Duplicates() | bb_crew | reported
I used to highlight the empty crew cells, put that back | Blanks() | bb_crew | redo
# comedy club
the booker wants acts with 3 laughs a minute or less flagged | LessThanEqual(3) | cc_laughs | reported
    | boundary
last month I marked exactly 5 laughs per minute, do it again | Equals(5) | cc_laughs | redo
- Laughs per Minute: **not equal to** `2` | NotEquals(2) | cc_laughs | markdown | negation
{"column": "Laughs per Minute", "op": "greaterThan", "value": 6} | GreaterThan(6) | cc_laughs | payload
the MC says sets not between 5 and 15 minutes should be highlighted | NotBetween(5, 15) | cc_set | reported
    | range | negation
I had sets under 4 minutes or over 20 shaded before, bring it back | OR(LessThan(4), GreaterThan(20)) | cc_set
    | redo | compound
**Act** does not contain `improv` | TextNotContains("improv") | cc_act | markdown | negation | quoted
act endswith "open mic" | TextEndsWith("open mic") | cc_act | payload | quoted
Rosa wants every act marked that doesn't start with "the" | NOT(TextStartsWith("the")) | cc_act | reported
    | negation
last time I highlighted this week's shows, do that again | ThisWeek() | cc_date | redo | date
> Show Date: shade **next week** | NextWeek() | cc_date | markdown | date
{"show_date": {"period": "lastMonth"}} | LastMonth() | cc_date | payload | date
the promoter asked for this month's shows to be coloured | ThisMonth() | cc_date | reported | date
we used to flag next month's shows, put that back | NextMonth() | cc_date | redo | date
`Tickets Sold`: **icon set** please | IconSet() | cc_tix | markdown | visual
rule: bottom_n, n: 4, column: Tickets Sold | Bottom(4) | cc_tix | payload | superlative
the venue manager wants the top 25% of ticket sales highlighted | TopPercent(25) | cc_tix | reported
I had the below-average nights shaded last season, same again | BelowAverage() | cc_tix | redo | polarity
* Tickets Sold: colour what is **not** an error | NotErrors() | cc_tix | markdown | negation
{"column": "Comic", "unique": true} | Unique() | cc_comic | payload
the booker told me to highlight every comic cell with a name in it | NotBlanks() | cc_comic | reported
# dodgeball league
Coach Deb wants players with more than 7 outs highlighted | GreaterThan(7) | db_outs | reported
last season I marked 10 outs or more, do that again | GreaterThanEqual(10) | db_outs | redo | boundary
**Outs**: highlight if *not* above `4` | NOT(GreaterThan(4)) | db_outs | markdown | negation
outs > 2 AND outs < 9 | AND(GreaterThan(2), LessThan(9)) | db_outs | payload | compound
the ref said anyone under 3 in the Catches column should be flagged | LessThan(3) | db_catch | reported
    | column-word
I had 4 to 8 catches shaded in blue before, put that back | Between(4, 8) | db_catch | redo | range
- [ ] Team = `dodge this` (exact) | TextEquals("dodge this") | db_team | markdown | quoted
{"column": "Team", "op": "contains", "text": "ball"} | TextContains("ball") | db_team | payload
the organiser asked for teams beginning with net to be marked | TextStartsWith("net") | db_team | reported
I used to colour today's fixture, bring that back | Today() | db_date | redo | date
> **Fixture Date**: yesterday | Yesterday() | db_date | markdown | date
fixture_date: tomorrow | Tomorrow() | db_date | payload | date
Deb wants the fixtures from the last 7 days shaded | Last7Days() | db_date | reported | date
last week's fixtures used to be highlighted, do it again | LastWeek() | db_date | redo | date
`Team Rating` with **data bars** | DataBar() | db_elo | markdown | visual
{"format": "colour_scale", "column": "Team Rating"} | ColorScale() | db_elo | payload | visual
the league secretary wants the top 2 ratings highlighted | Top(2) | db_elo | reported | superlative
last year I shaded the lowest 20% of ratings, same again | BottomPercent(20) | db_elo | redo | superlative
*Team Rating*: **above average** only | AboveAverage() | db_elo | markdown | polarity
errors_only=true column=Team Rating | Errors() | db_elo | payload
Gus wants referees that are listed more than once flagged | Duplicates() | db_ref | reported
we had the empty referee cells in red last time, do the same | Blanks() | db_ref | redo
# ultimate frisbee
the captain wants throws of twenty or fewer marked | LessThanEqual(20) | uf_throws | reported | boundary
    | number-words
last tournament I highlighted exactly 35 completed throws, do it again | Equals(35) | uf_throws | redo
**Completed Throws** ≠ `15` | NotEquals(15) | uf_throws | markdown | negation
{"column": "Completed Throws", "gt": 50} | GreaterThan(50) | uf_throws | payload
Kai says throws not between 25 and 45 need a flag | NotBetween(25, 45) | uf_throws | reported | range
    | negation
I had under 10 or over 60 throws shaded before, put that back | OR(LessThan(10), GreaterThan(60)) | uf_throws
    | redo | compound
- Spirit Note: highlight if it does **not** contain `foul` | TextNotContains("foul") | uf_spirit | markdown
    | negation | quoted
spirit_note ends_with="great spirit" | TextEndsWith("great spirit") | uf_spirit | payload
the spirit captain asked me to mark notes that don't begin with late | NOT(TextStartsWith("late")) | uf_spirit
    | reported | negation
it used to shade this week's games, put that back | ThisWeek() | uf_date | redo | date
> Game Date: **next week** → blue | NextWeek() | uf_date | markdown | date
{"column": "Game Date", "timePeriod": "lastMonth"} | LastMonth() | uf_date | payload | date
Lena wants this month's games highlighted | ThisMonth() | uf_date | reported | date
last time I marked next month's games, do the same | NextMonth() | uf_date | redo | date
`Hang Time (s)`: **icon set** | IconSet() | uf_ht | markdown | visual
{"rule": "bottom", "count": 2, "column": "Hang Time (s)"} | Bottom(2) | uf_ht | payload | superlative
the coach wants the top 20% of hang times picked out | TopPercent(20) | uf_ht | reported
I had the below-average hang times shaded last season, same again | BelowAverage() | uf_ht | redo | polarity
1. Hang Time (s) 2. highlight **non-error** cells | NotErrors() | uf_ht | markdown | negation
jersey_no: unique | Unique() | uf_jersey | payload
the kit manager said to highlight every jersey no that isn't empty | NotBlanks() | uf_jersey | reported
    | negation
# birdwatching group
Pete wants the counts over 40 birds highlighted | GreaterThan(40) | bw_count | reported
last spring I shaded counts of 75 or more, do that again | GreaterThanEqual(75) | bw_count | redo | boundary
**Birds Counted**: mark counts that are *not* below `20` | NOT(LessThan(20)) | bw_count | markdown | negation
{"birds_counted": {"and": [{">": 30}, {"<": 60}]}} | AND(GreaterThan(30), LessThan(60)) | bw_count | payload
    | compound
the warden says under 10 mph is good birding weather, highlight those winds | LessThan(10) | bw_wind
    | reported
I had winds of 12 to 20 mph in amber before, put that back | Between(12, 20) | bw_wind | redo | range
- [ ] Species is exactly `robin` | TextEquals("robin") | bw_species | markdown | quoted
species~warbler (contains) | TextContains("warbler") | bw_species | payload
Moira asked me to colour the species starting with great | TextStartsWith("great") | bw_species | reported
we used to highlight today's sightings, bring that back | Today() | bw_date | redo | date
> **Sighting Date**: yesterday's only | Yesterday() | bw_date | markdown | date
{"column": "Sighting Date", "occurs": "tomorrow"} | Tomorrow() | bw_date | payload | date
the recorder wants sightings in the last seven days shaded | Last7Days() | bw_date | reported | date
    | number-words
I had last week's sightings highlighted last time, do it again | LastWeek() | bw_date | redo | date
`Distance (km)` → **colour scale** (green-yellow-red) | ColorScale() | bw_dist | markdown | visual
distance_km: data bars | DataBar() | bw_dist | payload | visual
the walk leader wants the 3 longest walks marked | Top(3) | bw_dist | reported | superlative
last year I shaded the shortest 25% of walks, same again | BottomPercent(25) | bw_dist | redo | superlative
*Distance (km)*: **above average** → blue | AboveAverage() | bw_dist | markdown | polarity
{"column": "Distance (km)", "rule": "containsErrors"} | Errors() | bw_dist | payload
the warden says: flag any hide that appears more then once | Duplicates() | bw_site | reported | typo
I had the blank hide cells marked before, put that back | Blanks() | bw_site | redo
# wargaming club
Dev wants painters with 10 miniatures or fewer highlighted | LessThanEqual(10) | wg_minis | reported
    | boundary
last campaign I marked exactly 25 painted, do that again | Equals(25) | wg_minis | redo
**Miniatures Painted** `!= 5` → highlight | NotEquals(5) | wg_minis | markdown | negation
{"column": "Miniatures Painted", "op": ">", "value": 40} | GreaterThan(40) | wg_minis | payload
the campaign organiser said army points not between 500 and 1,000 get a flag | NotBetween(500, 1000) | wg_pts
    | reported | range | negation | number-format
I used to shade armies under 400 points or over 1,500, bring it back | OR(LessThan(400), GreaterThan(1500))
    | wg_pts | redo | compound | number-format
- Army: **not** containing `undead` | TextNotContains("undead") | wg_army | markdown | negation | quoted
{"column": "Army", "endsWith": "legion"} | TextEndsWith("legion") | wg_army | payload
the club secretary wants every army that doesn't start with space highlighted | NOT(TextStartsWith("space"))
    | wg_army | reported | negation
last time I shaded this week's battle nights, do the same | ThisWeek() | wg_date | redo | date
> Battle Night — **next week** | NextWeek() | wg_date | markdown | date
battle_night=last_month | LastMonth() | wg_date | payload | date
Rhys asked for this month's battle nights to be highlighted | ThisMonth() | wg_date | reported | date
it used to mark NEXT MONTH's battle nights, put that back | NextMonth() | wg_date | redo | date | odd-case
`Win Rate (%)`: **icon set** | IconSet() | wg_win | markdown | visual
{"rule": "bottom", "n": 2, "column": "Win Rate (%)"} | Bottom(2) | wg_win | payload | superlative
the league runner wants the top 10% of win rates highlighted | TopPercent(10) | wg_win | reported
last year I had the below-average win rates shaded, same again | BelowAverage() | wg_win | redo | polarity
* Win Rate (%): colour cells that are **not errors** | NotErrors() | wg_win | markdown | negation
column=Unit Code rule=unique | Unique() | wg_unit | payload
the quartermaster told me to highlight every unit code that is filled in | NotBlanks() | wg_unit | reported
# debating society
Niamh wants speaker points over 75 highlighted | GreaterThan(75) | ds_pts | reported
last term I marked 78 points or more, do that again | GreaterThanEqual(78) | ds_pts | redo | boundary
**Speaker Points**: highlight where it is *not* more than `72` | NOT(GreaterThan(72)) | ds_pts | markdown
    | negation
{"column": "Speaker Points", "gt": 70, "lt": 76} | AND(GreaterThan(70), LessThan(76)) | ds_pts | payload
    | compound
the convenor said speeches scored under 71 need feedback, highlight them | LessThan(71) | ds_pts | reported
I had 73 to 77 points shaded green before, put that back | Between(73, 77) | ds_pts | redo | range
- [ ] Motion Topic = `free speech` exactly | TextEquals("free speech") | ds_motion | markdown | quoted
motion_topic contains climate | TextContains("climate") | ds_motion | payload
Tomas asked me to colour the motions beginning with this house | TextStartsWith("this house") | ds_motion
    | reported
we used to highlight today's debate, bring that back | Today() | ds_date | redo | date
> **Debate Date**: yesterday → grey | Yesterday() | ds_date | markdown | date
{"column": "Debate Date", "period": "tomorrow"} | Tomorrow() | ds_date | payload | date
the secretary wants the debates of the last 7 days shaded | Last7Days() | ds_date | reported | date
I had last week's debates highlighted last time, do it again | LastWeek() | ds_date | redo | date
`Entry Fee (£)` → **data bar** | DataBar() | ds_fee | markdown | visual
entry_fee: color_scale | ColorScale() | ds_fee | payload | visual
the treasurer wants the 2 dearest entry fees highlighted | Top(2) | ds_fee | reported | superlative
last time I shaded the cheapest 20% of entry fees, same again | BottomPercent(20) | ds_fee | redo
    | superlative
*Entry Fee*: **above average** | AboveAverage() | ds_fee | markdown | polarity
{"column": "Entry Fee (£)", "flag": "errors"} | Errors() | ds_fee | payload
Niamh says to mark every adjudicator that shows up more than once | Duplicates() | ds_judge | reported
I used to highlight the empty adjudicator cells, put that back | Blanks() | ds_judge | redo
# cosplay group
Yuki wants builds of 30 hours or less highlighted | LessThanEqual(30) | cp_hours | reported | boundary
last con I marked exactly 45 build hours, do that again | Equals(45) | cp_hours | redo
**Build Hours** not equal to `20` | NotEquals(20) | cp_hours | markdown | negation
{"column": "Build Hours", "condition": ">", "value": 80} | GreaterThan(80) | cp_hours | payload
the group lead said build hours not between 40 and 100 should be flagged | NotBetween(40, 100) | cp_hours
    | reported | range | negation
I had builds under 15 hours or over 150 shaded last time, bring it back | OR(LessThan(15), GreaterThan(150))
    | cp_hours | redo | compound
- Character: highlight when **not** containing `knight` | TextNotContains("knight") | cp_char | markdown
    | negation | quoted
character endsWith witch | TextEndsWith("witch") | cp_char | payload
Mika asked me to mark the characters that don't have cat anywhere in them | NOT(TextContains("cat")) | cp_char
    | reported | negation
last time I highlighted this week's cons, do that again | ThisWeek() | cp_date | redo | date
> Con Date: **next week** → pink | NextWeek() | cp_date | markdown | date
{"con_date": "last_month"} | LastMonth() | cp_date | payload | date
Yuki wants this month's cons highlighted | ThisMonth() | cp_date | reported | date
it used to mark next month's cons, put that back | NextMonth() | cp_date | redo | date
`Material Cost ($)`: **icon set** | IconSet() | cp_cost | markdown | visual
rule=bottom_n n=3 column=Material Cost ($) | Bottom(3) | cp_cost | payload | superlative
the group treasurer wants the top 20% of material costs highlighted | TopPercent(20) | cp_cost | reported
I had the below-average costs in green last year, same again | BelowAverage() | cp_cost | redo | polarity
1. Material Cost ($) 2. highlight cells that are **not** errors | NotErrors() | cp_cost | markdown | negation
{"column": "Handle", "rule": "unique"} | Unique() | cp_handle | payload
Mika said: highlight every handle cell that isn't blank | NotBlanks() | cp_handle | reported | negation
# lego club
Theo wants the sets with more than five hundred pieces highlighted | GreaterThan(500) | lg_pieces | reported
    | number-words
last year I shaded 1,000 pieces or more, do that again | GreaterThanEqual(1000) | lg_pieces | redo | boundary
    | number-format
**Pieces**: colour sets *not* under `250` | NOT(LessThan(250)) | lg_pieces | markdown | negation
pieces: {gt: 300, lt: 900} | AND(GreaterThan(300), LessThan(900)) | lg_pieces | payload | compound
Maya's mum said the sets for under 8s matter, highlight age ratings below 8 | LessThan(8) | lg_age | reported
I had age ratings 9 to 12 shaded before, put that back | Between(9, 12) | lg_age | redo | range
- [ ] Theme == **city** (exact) | TextEquals("city") | lg_theme | markdown
{"column": "Theme", "contains": "star"} | TextContains("star") | lg_theme | payload
Finn asked me to mark the themes that start with tech | TextStartsWith("tech") | lg_theme | reported
we used to highlight today's meetup, bring that back | Today() | lg_date | redo | date
> Meetup Date: **yesterday** | Yesterday() | lg_date | markdown | date
meetup_date: {occurring: tomorrow} | Tomorrow() | lg_date | payload | date
the club lead wants meetups from the last 7 days shaded | Last7Days() | lg_date | reported | date
I had last week's meetups highlighted last time, do it again | LastWeek() | lg_date | redo | date
`Set Price ($)` → **colour scale** | ColorScale() | lg_price | markdown | visual
{"format": "dataBar", "column": "Set Price ($)"} | DataBar() | lg_price | payload | visual
Ivy wants the 4 priciest sets highlighted | Top(4) | lg_price | reported | superlative
last time I shaded the bottom 20% of set prices, same again | BottomPercent(20) | lg_price | redo
*Set Price*: highlight **above-average** prices | AboveAverage() | lg_price | markdown | polarity
set_price errors=highlight | Errors() | lg_price | payload
Ollie says to flag any builder listed more than once | Duplicates() | lg_builder | reported
I used to mark the blank builder cells, put that back | Blanks() | lg_builder | redo
# jigsaw club
Edna wants puzzles done in 90 minutes or less highlighted | LessThanEqual(90) | jg_mins | reported | boundary
last swap I marked exactly 120 minutes, do that again | Equals(120) | jg_mins | redo
**Minutes Taken** `<> 60` | NotEquals(60) | jg_mins | markdown | negation
{"column": "Minutes Taken", "greater_than": 180} | GreaterThan(180) | jg_mins | payload
the swap organiser says missing counts not between 1 and 3 need flagging | NotBetween(1, 3) | jg_missing
    | reported | range | negation
I had fewer than 2 or more than 5 pieces missing shaded before, bring it back
    | OR(LessThan(2), GreaterThan(5)) | jg_missing | redo | compound
- Puzzle: **not** containing `sunset` | TextNotContains("sunset") | jg_puzzle | markdown | negation | quoted
{"column": "Puzzle", "ends_with": "1000"} | TextEndsWith("1000") | jg_puzzle | payload
Edna asked me to mark the puzzles that don't start with wasgij | NOT(TextStartsWith("wasgij")) | jg_puzzle
    | reported | negation
last time I shaded this week's swaps, do the same | ThisWeek() | jg_date | redo | date
> **Swap Date**: next week | NextWeek() | jg_date | markdown | date
swap_date=lastMonth | LastMonth() | jg_date | payload | date
the club secretary wants this month's swaps coloured | ThisMonth() | jg_date | reported | date
it used to highlight next month's swaps, put that back | NextMonth() | jg_date | redo | date
`Difficulty`: **icon set** (stars) | IconSet() | jg_rating | markdown | visual
{"rule": "bottomN", "n": 2, "column": "Difficulty"} | Bottom(2) | jg_rating | payload | superlative
Bill wants the top 25% of difficulty ratings highlighted | TopPercent(25) | jg_rating | reported
I had below-average difficulty shaded last year, same again | BelowAverage() | jg_rating | redo | polarity
* Difficulty: colour the **non-error** cells | NotErrors() | jg_rating | markdown | negation
box_code: unique | Unique() | jg_box | payload
Edna said to highlight every box code that has something in it | NotBlanks() | jg_box | reported
# mahjong club
Auntie Mei wants hands worth more than 16 points highlighted | GreaterThan(16) | mj_pts | reported
last new year I marked 32 points or more, do that again | GreaterThanEqual(32) | mj_pts | redo | boundary
**Hand Points**: highlight if *not* over `64` | NOT(GreaterThan(64)) | mj_pts | markdown | negation
{"column": "Hand Points", "and": [{"gt": 8}, {"lt": 24}]} | AND(GreaterThan(8), LessThan(24)) | mj_pts
    | payload | compound
Uncle Wai said hands under 6 points hardly count, mark them | LessThan(6) | mj_pts | reported
I had 20 to 40 point hands shaded red before, put that back | Between(20, 40) | mj_pts | redo | range
- [ ] Winning Hand equals `all pungs` | TextEquals("all pungs") | mj_hand | markdown | quoted
winning_hand contains dragon | TextContains("dragon") | mj_hand | payload
Mei asked me to colour the hands that start with thirteen | TextStartsWith("thirteen") | mj_hand | reported
we used to highlight today's game night, bring it back | Today() | mj_date | redo | date
> Game Night — **yesterday** | Yesterday() | mj_date | markdown | date
{"column": "Game Night", "period": "tomorrow"} | Tomorrow() | mj_date | payload | date
Wai wants game nights from the last 7 days shaded | Last7Days() | mj_date | reported | date
last week's game nights were highlighted before, do it again | LastWeek() | mj_date | redo | date
`Winnings (HK$)` → **data bars** | DataBar() | mj_win | markdown | visual
winnings: {format: color_scale} | ColorScale() | mj_win | payload | visual
Mei wants the top 3 winnings highlighted | Top(3) | mj_win | reported | superlative
I shaded the bottom 30% of winnings last time, same again | BottomPercent(30) | mj_win | redo
*Winnings*: **above average** → gold | AboveAverage() | mj_win | markdown | polarity
{"column": "Winnings (HK$)", "rule": "errors"} | Errors() | mj_win | payload
the host says to flag any seat wind that appears more than once | Duplicates() | mj_wind | reported
I used to highlight the empty seat wind cells, put that back | Blanks() | mj_wind | redo
# tai chi class
Sifu Lam wants classes with 8 or fewer people highlighted | LessThanEqual(8) | tc_att | reported | boundary
last term I marked classes of exactly 12, do that again | Equals(12) | tc_att | redo
**Attendance** ≠ `10` | NotEquals(10) | tc_att | markdown | negation
{"column": "Attendance", "op": "gt", "value": 15} | GreaterThan(15) | tc_att | payload
the centre manager said ages not between 50 and 70 should be flagged | NotBetween(50, 70) | tc_age | reported
    | range | negation
I had ages under 40 or over 80 shaded last time, bring it back | OR(LessThan(40), GreaterThan(80)) | tc_age
    | redo | compound
- Form: highlight if it does **not** contain `yang` | TextNotContains("yang") | tc_form | markdown | negation
    | quoted
form ends_with form | TextEndsWith("form") | tc_form | payload
Sifu asked me to mark the forms that don't begin with chen | NOT(TextStartsWith("chen")) | tc_form | reported
    | negation
last time I shaded this week's classes, do that again | ThisWeek() | tc_date | redo | date
> Class Date: **next week** → teal | NextWeek() | tc_date | markdown | date
{"column": "Class Date", "period": "lastMonth"} | LastMonth() | tc_date | payload | date
Lam wants this month's classes highlighted | ThisMonth() | tc_date | reported | date
it used to mark next month's classes, put that back | NextMonth() | tc_date | redo | date
`Resting Heart Rate`: **icon set** | IconSet() | tc_hr | markdown | visual
rule=bottom n=3 column=Resting Heart Rate | Bottom(3) | tc_hr | payload | superlative
the instructor wants the top 10% of resting heart rates highlighted | TopPercent(10) | tc_hr | reported
I had the below-average heart rates in green before, same again | BelowAverage() | tc_hr | redo | polarity
1. Resting Heart Rate 2. format the cells that are **not errors** | NotErrors() | tc_hr | markdown | negation
{"column": "Mat No", "rule": "unique"} | Unique() | tc_mat | payload
Lam said: highlight every mat no that isn't empty | NotBlanks() | tc_mat | reported | negation
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
              "twentysecond_cf.json", "twentysecond_tables.json", "web_cf.json")


column_sets.bind(globals(), TWENTYTHIRD_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
