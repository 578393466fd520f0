"""A twenty-seventh independent set of one-column CF requests, and the builder of twentyseventh_cf.json.

Written from scratch (2026-12-07 18:21 to about 18:35 UTC by `date -u`, engineer E27c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty
domains no earlier builder's docstring names, on this set's own columns (a fell running club, a kho kho team, a tap
dance school, a harmonica club, a tempura bar, a tagine restaurant, a mochi shop, a goulash kitchen, a quinoa farm,
a sorghum farm, a cassava farm, an artichoke farm, a sugar cane plantation, a sea cucumber ranch, a lemur sanctuary,
an osprey nest watch, a manatee count, a wheelwright workshop, a lacemaking circle, charcoal burners), in four
styles new to the sets: `tldr` (a long, rambling message, context, history and asides, whose ask is summed up in a
"TL;DR:" or "tl;dr" line at its end: "... Long story, he's my uncle. TL;DR: highlight Match Day dates that are
tomorrow"), `html` (the request in the HTML or XML markup a user pastes from a web form, a CMS or an export,
entities included: "<p>Highlight <b>Tags Made</b> &gt; 6</p>", "<rule field="Jersey Code" check="duplicates"/>",
"<li>Chaser begins with &quot;Pra&quot;</li>"), `telegram` (terse capitals, STOP between phrases, figures often in
words: "TAGS MADE NINE OR MORE STOP HIGHLIGHT STOP", "OIL TEMP NOT ABOVE ONE NINETY STOP HIGHLIGHT") and `recipe`
(the request as a recipe: "Ingredients: Covers. Method: colour every night whose Covers is not above 80. Serves: the
staffing rota."). Only requests the language expresses exactly, one right rule on the column, every literal
recoverable by a careful reader. Labels are what the executor formats with Today = 2024-06-12 (a Wednesday: this
week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7 days 6 - 12 June, last month
May, next month July), with Excel's semantics kept as they are (a blank compares as 0 and any text is greater than
any number); every comparison, Between, NotBetween, NOT of a comparison and numeric AND and OR of this set is on a
column of numbers only (no text cell, no blank), and the columns that carry a colour scale, data bar, icon set, Top,
Bottom, percent, average or error rule hold one text cell ("DNF", "foul", "soggy", ...), one blank and one error
cell and no cell of one space, so that a visual rule formats the numbers only. Text columns hold no blank. The
columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one space (the executor counts
that cell as a blank for Blanks and NotBlanks and as a value that appears once for Unique, as Excel does). The
builder's check (`make_record` and `problems_of` on every entry) found no problem, on its first run, before any half
was seen.

What its author read: the brief (/work/team/brief27.md, `cat`); of benchmarks/data/twentysixth_cf.py, which this
builder mirrors, an anchored `grep -n` of its top-level names (`^[A-Z_]* = `, `^def `, `^if __name__`, `^[a-z_]* =
`; HERE to CELLS, `def _joined`, COLUMNS (216), ENTRIES (381), OTHER_SETS (927), the main block) and `wc -l` (947),
then lines 1-216 (its module docstring, imports, constants, `_joined`, its four date lists and the `COLUMNS = {`
line) and lines 925-947 (the end of ENTRIES, OTHER_SETS, the bind and the main block) by `sed -n`, and one
unanchored `grep -n` (slip 1); benchmarks/data/column_sets.py and benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); of tests/benchmarks/set_files.py lines 1-16 and 60-210
(the check functions; `grep -n '^def '` for their places); ../shared/docs/CF_RULES.md (all, `cat`); the first 12,000
characters of benchmarks/data/README.md (`head -c 12000`); the public API of cf_assistant.languages.cf (parse and
to_text on 44 made-up rules, for their canonical spelling) and the executor as the builders use it (through this
builder's own `make_record`). This builder's date lists (WA-WD), columns and entries are its own (written as draft
files under /tmp and turned into this module by a program of its author's, which copied nothing of twentysixth_cf.py
but the shared code shown above; its OTHER_SETS is every set file of benchmarks/data when it was written, listed by
that program, but this set's and the other engineer's twentyseventh_tables.json).

Commands that printed anything: `date -u` (about ten times); `cat` of the brief; the import check (`ok`, so nothing
was installed); `ls benchmarks/data/` (file names, the first 100 by the tool's output); the `grep -n` and `wc -l`
above; `wc -l` of column_sets.py, everyday_common.py, the test module, set_files.py and CF_RULES.md; the reads
listed above; parse/to_text of 44 made-up rules (each rule and its canonical text); four runs of a program that
printed one True/False per candidate domain word or phrase (97, 103, 103 and 32 candidates): whether any builder's
module docstring (benchmarks/data/*.py except twentyseventh_*, by `ast.get_docstring`, lower-cased) or the whole
benchmarks/data/README.md holds it as a substring; `grep -vc` of the columns draft (108) and `grep -vc` of the entry
drafts (132, 88, 430); this builder's generator program (the number of module lines, entries, columns and other
sets: 914 or 915, 430, 108, 59; four runs) and `awk` for lines over 120 characters (one, a wrapped cell string,
shown by `sed -n 60,70p` of this module; then none); this builder's check program before any half was printed (one
run: 430 entries on 108 columns, no unused or unknown column key, 14 to 16 cells a column, 0 problems of
`make_record` and `problems_of`, the counts per function, style and tag over all entries); a print of the formatted
cells of the 65 records of three of its domains (to see the labels); a check of the refusal request for the test
module (the weak column's twin and no problem); the builder's main run (counts per function, style and tag per half)
and `md5sum` of the build; the test module's first lines after the edit (twice) and `awk` for its lines over 120
characters (none); a `grep -n` of the twenty-sixth cf row of benchmarks/data/README.md cut to its line number (64)
and a `grep -c` of rows starting with twentyseventh (1: the other engineer's, already there); the program that
inserted this set's README row (it printed the row's line number, 65) and `grep -c` of the two new rows (1 and 1);
the test modules' pass counts; `awk` for lines over 120 characters of this builder (none) and `md5sum` of the
rebuilds (equal to the first build); `sed -n 1,4p` of this module, `grep -c` of its lines ending in a space (0) and
`ls benchmarks/data | grep twentyseventh` (this set's two files and the other engineer's two, by name only).

Domains. Candidates the checks dropped (printed True): quidditch, ultimate frisbee, frisbee, disc golf, dodgeball,
netball, hurling, kabaddi, roller derby, orienteer, triathlon, archery, croquet, darts, snooker, billiard, ramen,
sushi, gelato, macaron, baklava, samosa, dim sum, falafel, biltong, haggis, fudge, nougat, marzipan, toffee,
kombucha, popcorn, saffron, lavender, cranberry, olive, coconut, yak, emu, ostrich, quail, snail, escargot, mussel,
seaweed, trout, eel, shrimp, taxiderm, bookbind, luthier, harp, bagpipe, accordion, ukulele, didgeridoo, banjo,
barbershop, mariachi, flamenco, clog, morris, belly danc, zumba, newt, whale, turtle, farrier, thatch, cooper,
locksmith, tattoo, barber, tailor, cartograph; bouldering, canyon, zorb, hang glid, kitesurf, wakeboard, powerlift,
strongman, yo-yo, kendama, juggl, unicycl, circus, stilt, magician, puppet, mime, gnocchi, risotto, pizza, biryani,
dosa, taro, fig, hazelnut, scaffold, carpet fit, well drill, knife sharpen, sawmill, rug, loom, quilt, knit,
crochet, embroider, dry stone, hedge lay; running, plantation, sanctuary. Printed False but dropped as too near a
True word: camogie (hurling), hummus (falafel), trapeze and tightrope (circus), ventriloquist (puppet), lasagne
(gnocchi, pizza), hoof trim (farrier), weaver and basket weav (loom), pomegranate, lychee, durian, jackfruit and
chestnut (orchard, as the twenty-sixth dropped pecan), dolphin (whale), turkey and turkey farm (poultry), marching
band (brass band). Printed False and not used: sandboard, kestrel, red kite, pangolin, onigiri, bibimbap, jerk
chicken, couscous, borscht, lentil, chickpea, millet, okra, sweet potato, fennel, kale, beetroot, turnip,
elderflower, macadamia, bricklay, tiler, coppic. Taken (printed False): fell running club (and fell race), kho kho
(and kho kho team), tap dance school (and tap dance), harmonica (and harmonica club), tempura (and tempura bar),
tagine (and tagine restaurant), mochi (and mochi shop), goulash (and goulash kitchen), quinoa (and quinoa farm),
sorghum (and sorghum farm), cassava (and cassava farm), artichoke (and artichoke farm), sugar cane (and sugar cane
plantation), sea cucumber (and sea cucumber ranch), lemur (and lemur sanctuary), osprey (and osprey nest), manatee
(and manatee count), wheelwright (and wheelwright workshop), lacemak (and lacemaking circle), charcoal (and charcoal
burn). The style words tldr, tl;dr, html, xml, telegram and recipe printed False.

Slips. (1) Of reading: one `grep -n` of twentysixth_cf.py meant to find the end of its ENTRIES (a pattern for the
closing quotes of ENTRIES, a lone closing parenthesis or any line that starts with a letter or an underscore, cut to
60 characters, on lines after 216) was not anchored on top-level names and matched entry lines, so the line numbers
and first 60 characters of about 470 of its entry lines (the openings of its requests, in its styles commit, diff,
math and definition) were printed once, before this set's drafts were written. None of them was reused; this set's
styles, domains, columns and wordings are other. No utterance of a JSON file was printed. (2) No draft was reworded
after its half was seen: the check found no problem on its first run, so no entry, column or cell was changed before
or after the one main run that printed the halves. The half size asked of this set in the test module (190 a half),
its other-set count (59, every set file before it) and its refusal check were set before the halves were seen; the
tags `date`, `visual`, `range` (Between, NotBetween), `compound` (AND, OR) and `column-word` (a request holding the
word "column") were added by the generator. (3) The halves are uneven (dev 199, test 231), and some functions are
thin in one half (Between and IconSet 1/9, BottomPercent 9/1; ColorScale, ThisWeek and Unique 2/8; Today 8/2;
AboveAverage, Duplicates, LastMonth, LastWeek, NextWeek, OR and TextNotContains 3/7; Top 7/3): the hash's split, not
steered. (4) Some tags are thin: number-format 2, odd-case 3 (all three in dev), typo 5 (misspellings of words that
are no literal: "higlight", "duplicte", "avrage", "lowset", "erors"), polarity 5, quoted 6; the styles are even over
the set (html and telegram 108, tldr and recipe 107) but not by half (recipe 45/62, html 58/50). (5) Unique and
Blanks count the cell of one space as Excel does, so "values that appear once" also formats that cell, and "blank"
cells include it. (6) The `tldr` requests hold context with other figures or names ("a minute", "two hours", "three
Rubys (Ruby, Ruby Jo and Lil Ruby)", "since last Thursday or so"); the reference is always the TL;DR line's ask,
which names every literal. (7) The `html` requests use entities as users paste them: &gt; &lt; &ge; &le; &ne; for
the comparisons, &amp;&amp; for "and", &isin; for "in", &quot; and <q> around a literal, &rarr;, &ndash; and &mdash;
as punctuation; markup such as <rule column="Sack ID" test="isBlank"/> names the column and the test in attributes.
(8) The `telegram` requests write figures in words as telegrams did ("ONE NINETY" is 190, "ONE SIXTY TO ONE SEVENTY"
is 160 to 170, "TWELVE HUNDRED" 1200), "TOP QUARTER" is TopPercent(25), "HIGHLIGHT NON BLANK" NotBlanks; their
literals are in capitals, which the case-insensitive text tests do not mind. (9) The `recipe` requests' "Serves:"
line is context only (who the sheet is for); this is a one-column set and the rule is the Method's. (10) The
NotBetween requests say how the bounds count ("3 and 6 count as inside", "bounds count inside"). (11) Kho kho stands
beside kabaddi (True), tap dance beside earlier dances, the harmonica club beside earlier bands, lacemaking beside
knitting and embroidery (True), the wheelwright and the charcoal burners beside earlier woodland and wood trades
(cooper, hedge laying: True), the sugar cane plantation beside a tea plantation ("plantation" True), the lemur
sanctuary beside earlier sanctuaries ("sanctuary" True), the manatee count beside whale watching, the osprey nest
watch beside owls and falconry: they were kept as domains of their own name, as the twenty-sixth kept jai alai and
hapkido. (12) This builder's `_joined` also joins an indented line starting with "+ " to the line above (a request
too long for one line of 120 characters); the twenty-sixth's only joined "|" lines. (13) The first paragraph of the
test module's docstring was reflowed when this set was added to its list. (14) The refusal check of this set in the
test module uses GreaterThan(40) on the lacemaking circle's Bobbins Used column. Not read: anything under
cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES (but for slip 1), the
rest of benchmarks/data/README.md (but for line numbers and row counts by `grep`), the utterances of any JSON file,
twentyseventh_tables.* (being written beside this set by engineer E27t; never opened), the table test module,
tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data, git (no git command was run). No
model, no `cfa suggest`, no `cfa bench` and no generator was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself, values between a
tenth of a threshold and ten times it, both bounds of every range, prefix/suffix/middle variants of texts, blanks,
cells of one space, text and error cells beside the numbers of visual columns). The domains were given the functions
in two schedules (the fell running, kho kho, tap dance, harmonica, tempura, tagine, mochi, goulash, quinoa and
sorghum domains: GreaterThan, GreaterThanEqual, NOT on a comparison, AND, LessThan, Between, TextEquals,
TextContains, TextStartsWith, Today, Yesterday, Tomorrow, Last7Days, LastWeek, ColorScale, DataBar, Top,
BottomPercent, AboveAverage, Errors, Duplicates, Blanks, on six columns (five for quinoa and sorghum, whose six
numeric requests share one column); the other ten: LessThanEqual, Equals, NotEquals, GreaterThan, NotBetween, OR,
TextNotContains, TextEndsWith, NOT on a text rule, ThisWeek, NextWeek, LastMonth, ThisMonth, NextMonth, IconSet,
Bottom, TopPercent, BelowAverage, NotErrors, Unique, NotBlanks, on five), so that each of the 41 functions has ten
records (GreaterThan and NOT twenty) before any half is seen. 430 records on 108 columns (108 distinct headers, 5 or
6 a domain): dev 199, test 231 (the hash's split, not steered); every one of the 41 functions in both halves; 14 to
16 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (twentyseventh_tables.json, written beside it by
someone else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more
than 20 cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the
rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`tldr`, `html`, `telegram`, `recipe`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`,
`polarity`, `date`, `visual` (as in twentysixth_cf.py), then the set tag `twentyseventh`. IDs have the prefix
`t27c-`; the dev/test halves come from a hash of the ID. No request starts with "#" (a line starting so is a
heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for
one line of 120 characters goes on in indented lines that start with "+ " (more of the request) or "|" (the next
field) (`_joined`).

Rebuild: `python benchmarks/data/twentyseventh_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyseventh_cf.json"
PREFIX = "t27c"
TWENTYSEVENTH_TAG = "twentyseventh"
STYLES = ("tldr", "html", "telegram", "recipe")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)


def _joined(text: str) -> str:
    """The entry lines of `text`: an indented line that starts with "|" is joined to the line above it
    (the next field), and one that starts with "+ " goes on with the text of the line above it (a long
    request), after one space."""
    lines: list[str] = []
    for line in text.splitlines():
        rest = line.lstrip()
        if line.startswith(" ") and rest.startswith("|") and lines:
            lines[-1] += " " + rest
        elif line.startswith(" ") and rest.startswith("+ ") and lines:
            lines[-1] += " " + rest[2:]
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


# key: (header, cells separated by "|"); an empty field is a blank cell, " " a cell of one space.
# Dates are ISO; the bench's today is Wednesday 2024-06-12 and weeks run Sunday to Saturday: this
# week is 9-15 June, last week 2-8 June, next week 16-22 June, the last 7 days 6-12 June, last
# month May, next month July. Each of the four date lists below (this set's own) holds a date in
# every period, a date in none of them, and a blank or a text cell.
WA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-10|2024-06-15|2024-06-07|2024-06-03|2024-06-17|2024-06-22|2024-06-28|20"
      "24-05-14|2024-07-02|2024-09-30||2024-06-06")
WB = ("2024-06-14|2024-06-12|2024-06-09|2024-06-11|2024-06-08|2024-06-02|2024-06-13|2024-06-19|2024-06-25|2024-05-31|20"
      "24-07-20|2024-08-01|tbc|2024-06-05")
WC = ("2024-06-13|2024-06-10|2024-06-12|2024-06-06|2024-06-11|2024-06-04|2024-06-21|2024-06-16|2024-06-30|2024-05-02|20"
      "24-07-31|2023-06-12||2024-06-15")
WD = ("2024-06-11|2024-06-15|2024-06-12|2024-06-13|2024-06-09|2024-06-07|2024-06-01|2024-06-18|2024-06-24|2024-05-20|20"
      "24-07-11|2025-06-12|n/a|2024-06-03")
COLUMNS = {
    "fl_climb": ("Climb (m)", "45|350|480|500|620|790|800|950|1200|1210|1500|2600|5300|80"),
    "fl_time": ("Finish Time (min)", "22|30|38|40|47|55|62|75|81|90|96|140|12|300"),
    "fl_runner": ("Runner",
        "Ellis Moor|Ellis Moorhouse|Kit Ellis Moor|Dan Pike|Pikey Shaw|Ann Spikesley|Bram Hollis|Tom Bramwell|Bramble"
        " Lee|Ruth Askew|Nia Fell|Lew Crag|Sal Pikeworth|Owen Ghyll"),
    "fl_date": ("Race Date", WA),
    "fl_pace": ("Split Pace (s/km)", "312|298|405|276|350|DNF|288||#N/A|441|333|265|369|390"),
    "fl_bib": ("Bib Number", "F101|F102|F117|F101|F130| |F144|F117|F150||F162|F101|F175|F180"),
    "kk_tags": ("Tags Made", "1|3|5|6|7|8|9|11|14|15|18|24|60|4"),
    "kk_chase": ("Chase Time (s)", "8|15|18|20|26|30|38|45|52|60|71|95|150|2"),
    "kk_chaser": ("Chaser",
        "Vikram|Vikramjit|Ravi Vikram|Suresh|Eshan|Mahesh Rao|Deshpande|Pranav|Prakash|Anupra|Kiran|Tejas|Omkar|Prati"
        "k"),
    "kk_date": ("Match Day", WB),
    "kk_dive": ("Dive Distance (cm)", "142|188|97|210|165|foul|173||#DIV/0!|120|201|156|134|179"),
    "kk_jersey": ("Jersey Code", "K-07|K-11|K-07|K-23| |K-31|K-11|K-40||K-52|K-07|K-64|K-70|K-88"),
    "tp_taps": ("Taps per Bar", "2|4|6|8|9|11|12|13|16|17|20|24|32|90"),
    "tp_tempo": ("Routine Tempo (bpm)", "60|72|80|96|100|108|110|118|125|132|140|152|176|208"),
    "tp_pupil": ("Pupil",
        "Ruby|Ruby Jo|Lil Ruby|Annie|Joanna|Hannah B|Dianne|Mackenzie|Macy|Isla Mac|Tess|Orla|Freya|Maeve"),
    "tp_date": ("Class Date", WC),
    "tp_wear": ("Shoe Wear (%)", "12|35|48|27|61|resoled|19||#N/A|74|53|41|8|66"),
    "tp_locker": ("Locker Tag", "L1|L2|L3|L2| |L5|L6|L3|L8||L2|L10|L11|L12"),
    "hm_bends": ("Bends Held", "0|1|2|3|4|5|6|7|8|10|11|15|40|9"),
    "hm_riff": ("Riff Length (bars)", "1|2|4|6|8|10|12|14|16|20|24|32|48|250"),
    "hm_key": ("Harp Key", "C|C Sharp|High C|B Flat|E Flat|A Flat Minor|Low F|Low D Flat|Low Eb|Mellow G|A|G|D|F"),
    "hm_date": ("Jam Date", WD),
    "hm_breath": ("Breath Score", "71|64|88|52|93|absent|77||#VALUE!|59|81|68|45|90"),
    "hm_serial": ("Harp Serial",
        "HS-220|HS-221|HS-220|HS-305| |HS-310|HS-221|HS-400||HS-415|HS-220|HS-500|HS-512|HS-520"),
    "tm_temp": ("Oil Temp (°C)", "17|150|160|168|170|175|176|178|180|185|190|192|200|210"),
    "tm_fry": ("Fry Time (s)", "30|45|60|75|90|100|110|120|135|150|165|240|9|58"),
    "tm_item": ("Tempura Item",
        "Prawn|Prawn Pair|Tiger Prawn|Shiso Leaf|Aubergine Shiso|Red Shiso Roll|Sweet Potato|Sweet Corn|Bittersweet P"
        "epper|Squid|Lotus Root|Kakiage|Maitake|Pumpkin Slice"),
    "tm_date": ("Service Date", WA),
    "tm_crisp": ("Crispness Score", "7.2|8.4|6.1|9.3|5.5|soggy|8.8||#N/A|7.9|6.6|4.8|9.1|8.0"),
    "tm_ticket": ("Ticket No", "T-401|T-402|T-403|T-402| |T-405|T-401|T-407||T-409|T-402|T-411|T-412|T-413"),
    "tg_covers": ("Covers", "4|12|25|38|40|44|52|60|66|80|84|95|120|450"),
    "tg_simmer": ("Simmer Time (min)", "10|20|30|40|45|50|60|75|90|105|120|135|180|400"),
    "tg_dish": ("Tagine",
        "Kefta|Kefta Egg|Spiced Kefta|Lamb Apricot|Apricot Chicken|Beef Apricot Prune|Lamb Shank|Spring Lamb|Chicken "
        "Olive|Vegetable|Fish Chermoula|Quince Beef|Sweet Potato|Chickpea"),
    "tg_date": ("Booking Date", WB),
    "tg_spice": ("Spice Rating", "3.5|6.2|4.8|8.1|2.9|mild|7.4||#N/A|5.3|9.0|6.8|4.1|7.7"),
    "tg_pot": ("Pot Number", "P12|P14|P12|P19| |P21|P14|P25||P27|P12|P31|P33|P35"),
    "mc_pieces": ("Pieces Made", "20|90|150|190|200|210|240|250|280|300|320|400|1800|2500"),
    "mc_rice": ("Rice Weight (g)", "5|18|30|35|40|45|50|55|60|65|70|80|120|900"),
    "mc_filling": ("Filling",
        "Red Bean|Red Bean Cream|Sweet Red Bean|Yuzu Curd|Honey Yuzu Jam|Lemon Yuzu|Strawberry|Strawberry Cream|Wild "
        "Strawberry|Black Sesame|Mango|Peanut|Kinako|Custard"),
    "mc_date": ("Batch Date", WC),
    "mc_chew": ("Chewiness Index", "41|56|38|72|63|hard|49||#REF!|58|67|33|80|45"),
    "mc_tray": ("Tray Code", "TR-1|TR-2|TR-3|TR-1| |TR-5|TR-6|TR-2|TR-8||TR-1|TR-10|TR-11|TR-12"),
    "gl_bowls": ("Bowls Served", "3|12|22|29|30|35|44|45|58|70|71|88|150|400"),
    "gl_paprika": ("Paprika (g)", "2|6|10|12|15|18|20|22|25|31|40|48|90|500"),
    "gl_recipe": ("Recipe Name",
        "Szeged|Szeged Pork|New Szeged|Beef Classic|Smoked Beef|Chunky Beef Bean|Old Town|Old Mill Pork|Bold Bean|Mus"
        "hroom|Venison|Pörkölt|Bean Soup|Paprikás"),
    "gl_date": ("Cook Date", WD),
    "gl_temp": ("Stew Temp (°C)", "82|91|77|95|68|off|86||#N/A|73|88|64|93|79"),
    "gl_pot": ("Pot Label", "GP-A|GP-B|GP-C|GP-A| |GP-E|GP-B|GP-G||GP-I|GP-A|GP-K|GP-L|GP-M"),
    "qn_yield": ("Seed Yield (kg)", "12|45|60|75|80|95|100|120|140|150|165|180|200|240|900|2500"),
    "qn_plot": ("Plot Name",
        "Altiplano|Altiplano West|High Altiplano|Red Ridge|Sacred Field|Lower Red|North Slope|North Gate|Far North|Te"
        "rrace Four|Lagoon|Cactus Row|Sunny Bank|Creek"),
    "qn_date": ("Sowing Date", WA),
    "qn_sap": ("Saponin (%)", "0.12|0.35|0.08|0.41|0.22|trace|0.29||#N/A|0.18|0.33|0.05|0.47|0.26"),
    "qn_sack": ("Sack ID", "Q-10|Q-11|Q-12|Q-10| |Q-14|Q-11|Q-16||Q-18|Q-10|Q-20|Q-21|Q-22"),
    "sg_height": ("Stalk Height (cm)", "15|60|90|95|100|130|150|160|165|170|180|200|220|240|260|2000"),
    "sg_variety": ("Sorghum Variety",
        "Sweet|Sweet Dwarf|Sudan Sweet|Milo Red|Red Milo Short|Dwarf Milo|Broomcorn|Broom Tall|Tall Broom|Kafir|Feter"
        "ita|Hegari|Durra|Shallu"),
    "sg_date": ("Cutting Date", WB),
    "sg_brix": ("Juice Brix", "14.2|17.8|12.5|19.6|15.1|dry|18.3||#N/A|13.4|16.7|11.9|20.4|16.0"),
    "sg_bale": ("Bale Tag", "SB1|SB2|SB3|SB1| |SB5|SB2|SB7||SB9|SB1|SB11|SB12|SB13"),
    "cs_root": ("Root Weight (kg)", "0.5|1|1.5|2|2.5|3|4|4.5|5|6|7|7.5|8|9|25"),
    "cs_field": ("Field",
        "Swamp Edge|Low Swamp|Swampside Rise|Mill Flat|Flat Rock|River Flat|Flatbush End|Old Kiln|Old Ferry|Cold Hill"
        "|Mango Row|Top Field|Cassava One|Hollow"),
    "cs_date": ("Lift Date", WC),
    "cs_starch": ("Starch (%)", "28|33|24|36|30|n/a|26||#N/A|31|35|22|38|29"),
    "cs_crate": ("Crate No", "C-1|C-2|C-3|C-1| |C-5|C-6|C-2|C-8||C-1|C-10|C-11|C-12"),
    "ar_head": ("Head Diameter (cm)", "5|6|7|8|8.5|9|10|11|12|13|14|15|16|18|30"),
    "ar_variety": ("Artichoke Variety",
        "Violetta|Purple Violet|Early Violet Tip|Green Globe|Big Globe|Globe Royal|Imperial Star|Green Queen|Evergree"
        "n|Omaha|Tavor|Emerald|Romanesco|Opera"),
    "ar_date": ("Head Cut Date", WD),
    "ar_bract": ("Bract Count", "54|61|47|72|58|loose|66||#N/A|50|69|43|77|63"),
    "ar_box": ("Box Code", "AB-01|AB-02|AB-03|AB-01| |AB-05|AB-06|AB-02|AB-08||AB-01|AB-10|AB-11|AB-12"),
    "sc_brix": ("Cane Brix", "1.6|12|14|15|16|17|18|19|20|21|22|23|24|26|180"),
    "sc_block": ("Block",
        "Mill Lane|Old Mill|Millbrook East|Block North|Hill North|North Ridge|Riverbend|River Flats|Upriver|Cane Row|"
        "Top Block|South Gully|Estate West|Creek Side"),
    "sc_date": ("Cane Cut Date", WA),
    "sc_tonnes": ("Tonnes per Ha", "78|92|65|104|85|burnt|71||#N/A|88|97|60|110|82"),
    "sc_truck": ("Truck Ticket", "TT-91|TT-92|TT-93|TT-91| |TT-95|TT-96|TT-92|TT-98||TT-91|TT-100|TT-101|TT-102"),
    "su_length": ("Body Length (cm)", "1|5|8|10|11|12|15|16|18|20|22|25|27|28|35"),
    "su_pen": ("Pen",
        "Reef One|Outer Reef|Reefside Pen|Coral Bay|Sandy Bay|Bay Inlet|Deepwater|Deep Channel|Mid Deep|Lagoon A|Lago"
        "on B|Jetty|Shoal|Tidepool"),
    "su_date": ("Grading Day", WB),
    "su_weight": ("Wet Weight (g)", "210|265|180|320|240|lost|195||#N/A|285|250|160|340|225"),
    "su_tag": ("Tag ID", "SC-3|SC-4|SC-5|SC-3| |SC-7|SC-8|SC-4|SC-10||SC-3|SC-12|SC-13|SC-14"),
    "lm_weight": ("Body Weight (g)", "180|1200|1500|1800|1900|2000|2200|2400|2500|2800|2900|3000|3100|3200|3600"),
    "lm_name": ("Lemur",
        "Zaza|Little Zaza|Zazakely|Half Moon|Blue Moon|Moonbeam|Ringo|Ring Tail Tom|Kiringi|Pip|Soa|Tiana|Bako|Vola"),
    "lm_date": ("Vet Check Date", WC),
    "lm_fruit": ("Fruit Eaten (g)", "140|185|120|230|160|refused|205||#N/A|175|215|110|250|150"),
    "lm_chip": ("Microchip", "9851|9852|9853|9851| |9855|9856|9852|9858||9851|9860|9861|9862"),
    "os_fish": ("Fish Delivered", "0|1|2|3|4|5|5|6|7|8|9|10|12|30|45"),
    "os_nest": ("Nest Site",
        "Loch Garten|Lochside|Black Loch|Road Pylon|Farm Pylon|Pylon 7|Pine Crag|Pinewood|Scots Pine|Estuary Post|Dea"
        "d Oak|Islet|Platform B|Quarry"),
    "os_date": ("Sighting Date", WD),
    "os_flight": ("Flight Time (min)", "42|57|35|68|49|unseen|61||#N/A|46|64|31|73|53"),
    "os_ring": ("Ring Code", "RY1|RY2|RY3|RY1| |RY5|RY6|RY2|RY8||RY1|RY10|RY11|RY12"),
    "mn_count": ("Manatees Counted", "0|2|3|4|5|6|8|9|12|14|15|17|18|20|60"),
    "mn_spring": ("Spring",
        "Blue Spring|Big Blue Hole|Little Blue|Silver Run|Rock Run|Runnel Bend|Crystal River|Crystal Head|Old Crystal"
        "|Homosassa|Three Sisters|Fanning|Manatee Key|Wekiwa"),
    "mn_date": ("Survey Flight Date", WA),
    "mn_water": ("Water Temp (°F)", "68|72|64|77|70|cold snap|74||#N/A|66|75|61|79|71"),
    "mn_scar": ("Scar Pattern ID", "SP-10|SP-11|SP-12|SP-10| |SP-14|SP-15|SP-11|SP-17||SP-10|SP-19|SP-20|SP-21"),
    "ww_spokes": ("Spokes Fitted", "4|6|7|8|9|10|12|13|14|15|16|17|18|20|80"),
    "ww_wood": ("Felloe Wood",
        "Ash|White Ash|Ashwood Mix|English Oak|Bog Oak|Oak Heart|Elm|Elm Burr|Wych Elm|Hickory|Beech|Larch|Sweet Ches"
        "tnut|Walnut"),
    "ww_date": ("Wheel Due Date", WB),
    "ww_dish": ("Dish (mm)", "18|24|15|31|21|flat|27||#N/A|19|29|12|34|23"),
    "ww_order": ("Order Ref", "WW-100|WW-101|WW-102|WW-100| |WW-104|WW-105|WW-101|WW-107||WW-100|WW-109|WW-110|WW-111"),
    "lc_bobbins": ("Bobbins Used", "2|12|16|20|22|24|30|32|40|48|56|60|64|72|90"),
    "lc_pattern": ("Pattern",
        "Torchon Spider|Torchon|Easy Torchon Edge|Rose Fan|Shell Fan|Fan Ground|Bucks Point|Bucks Heart|Little Bucks|"
        "Honiton Leaf|Bedfordshire|Cluny|Milanese Tape|Beds Trail"),
    "lc_date": ("Meeting Date", WC),
    "lc_pins": ("Pins per Inch", "12|16|9|20|14|varies|18||#N/A|11|17|8|22|15"),
    "lc_pillow": ("Pillow Tag", "PL-A1|PL-A2|PL-A3|PL-A1| |PL-A5|PL-A6|PL-A2|PL-A8||PL-A1|PL-A10|PL-A11|PL-A12"),
    "ch_burn": ("Burn Hours", "1.2|6|10|12|14|16|18|20|24|30|33|36|40|48|120"),
    "ch_kiln": ("Kiln",
        "Ring Kiln|Spring Clamp|Iron Ring|Birch Wood|Low Wood|Woodside|Hazel Bank|Hazelhurst|Witch Hazel|Top Clamp|Re"
        "tort 2|Pit One|Bracken Dell|Steel Drum"),
    "ch_date": ("Bagging Date", WD),
    "ch_yield": ("Charcoal Yield (kg)", "120|155|98|190|140|ash|170||#N/A|130|180|85|205|150"),
    "ch_sack": ("Sack Batch", "CB-31|CB-32|CB-33|CB-31| |CB-35|CB-36|CB-32|CB-38||CB-31|CB-40|CB-41|CB-42"),
}

ENTRIES = _joined(r"""
# a fell running club
So we moved the club results off paper this spring, and the committee keeps arguing about which races count as 'big'.
    + Some want distance, some want climb; we settled on climb. TL;DR: highlight Climb (m) above 500
    | GreaterThan(500) | fl_climb | tldr
<p>Please highlight every <b>Climb (m)</b> of <i>800 or more</i>.</p>
    | GreaterThanEqual(800) | fl_climb | html | boundary
CLIMB NOT OVER TWELVE HUNDRED METRES STOP HIGHLIGHT THOSE STOP
    | NOT(GreaterThan(1200)) | fl_climb | telegram | negation | number-words
Ingredients: the Finish Time (min) column, a green fill. Method: pick out times over 40 and under 90 minutes and colour
    + them. Serves: the race log. | AND(GreaterThan(40), LessThan(90)) | fl_time | recipe | compound | column-word
Long story: half our juniors did the short course and the timing chip went mad, so some finish times are tiny and I need
    + to eyeball them before the league secretary sees. tl;dr higlight Finish Time (min) below 30
    | LessThan(30) | fl_time | tldr | typo
<li>Finish Time (min) between 55 and 75, inclusive</li> <li>fill: amber</li>
    | Between(55, 75) | fl_time | html | boundary | range
HIGHLIGHT RUNNER EXACTLY ELLIS MOOR STOP NO OTHERS STOP | TextEquals("Ellis Moor") | fl_runner | telegram
Ingredients: Runner names, one yellow fill. Method: find any Runner with "pike" anywhere in the name and fill it.
    + Serves: the results sheet. | TextContains("pike") | fl_runner | recipe | quoted
I'm doing the relay team sheets and the Bram family (there's a lot of them, don't ask) all need spotting at a glance,
    + whether it's Bram, Bramble or Bramsomething. TL;DR: highlight Runner names that start with Bram
    | TextStartsWith("Bram") | fl_runner | tldr
<rule column="Race Date" when="today"/> | Today() | fl_date | html | column-word | date
MARK RACES DATED YESTERDAY STOP | Yesterday() | fl_date | telegram | date
Ingredients: Race Date, a blue fill. Method: colour every race happening tomorrow. Serves: the kit-bag checklist.
    | Tomorrow() | fl_date | recipe | date
We've had a run of midweek races and I keep losing track of which ones still need results posted. Anything from the past
    + week or so. TL;DR: highlight Race Date in the last 7 days, today included | Last7Days() | fl_date | tldr | date
<p>Highlight races held <em>last week</em> (the previous Sunday to Saturday) in <b>Race Date</b>.</p>
    | LastWeek() | fl_date | html | date
COLOUR SCALE ON SPLIT PACE STOP | ColorScale() | fl_pace | telegram | visual
Ingredients: Split Pace (s/km). Method: lay data bars across the numbers. Serves: the coaching board.
    | DataBar() | fl_pace | recipe | visual
Our coach wants to know who is hanging back on the descents, and the slowest splits are the highest numbers since it's
    + seconds per km. tl;dr: highlight the 3 highest Split Pace values | Top(3) | fl_pace | tldr | superlative
<div>Split Pace (s/km): highlight the <b>bottom 20%</b></div> | BottomPercent(20) | fl_pace | html
SPLIT PACE ABOVE AVERAGE STOP HIGHLIGHT STOP | AboveAverage() | fl_pace | telegram
Ingredients: Split Pace (s/km), a red fill. Method: colour only the cells holding an error such as #N/A. Serves: whoever
    + fixes the timing import. | Errors() | fl_pace | recipe
Registration was chaos, two volunteers handed out bibs from two boxes and I'm fairly sure some numbers got given out
    + twice. TL;DR: highlight duplicte Bib Number values | Duplicates() | fl_bib | tldr | typo
<rule column="Bib Number" test="blank"/> | Blanks() | fl_bib | html | column-word
# a kho kho team
<p>Highlight <b>Tags Made</b> &gt; 6</p> | GreaterThan(6) | kk_tags | html
TAGS MADE NINE OR MORE STOP HIGHLIGHT STOP | GreaterThanEqual(9) | kk_tags | telegram | number-words | boundary
Ingredients: Tags Made, a pale fill. Method: colour every row where Tags Made is not greater than 14. Serves: the
    + selectors. | NOT(GreaterThan(14)) | kk_tags | recipe | negation
The coach times each chase and the sweet spot, she says, is anything longer than 20 seconds but shorter than a minute;
    + quicker means they got tagged out cheaply, longer means the defenders were just running the clock. TL;DR:
    + highlight Chase Time (s) over 20 and under 60 | AND(GreaterThan(20), LessThan(60)) | kk_chase | tldr | compound
<span class="ask">Chase Time (s) &lt; 15 &rarr; highlight</span> | LessThan(15) | kk_chase | html
CHASE TIME THIRTY TO FORTY FIVE SECONDS INCLUSIVE STOP HIGHLIGHT
    | Between(30, 45) | kk_chase | telegram | number-words | boundary | range
Ingredients: the Chaser column, one orange fill. Method: colour cells that say exactly Vikram and nothing more. Serves:
    + Vikram's mum. | TextEquals("Vikram") | kk_chaser | recipe | column-word
A few lads in the squad have names with esh in them and the scorer keeps mixing up their tags, so I want them to stand
    + out when I check the sheet. tl;dr: highlight Chaser names containing esh | TextContains("esh") | kk_chaser | tldr
<li>Chaser begins with &quot;Pra&quot;</li> | TextStartsWith("Pra") | kk_chaser | html | quoted
MATCHES TODAY STOP HIGHLIGHT MATCH DAY STOP | Today() | kk_date | telegram | date
Ingredients: Match Day dates. Method: colour the ones that were yesterday. Serves: the results write-up.
    | Yesterday() | kk_date | recipe | date
Bus driver needs a heads-up for away games and I always forget to tell him until the morning of. Long story, he's my
    + uncle. TL;DR: HIGHLIGHT match day dates that are TOMORROW | Tomorrow() | kk_date | tldr | odd-case | date
<p>Match Day within the <strong>last 7 days</strong> (today counts) &ndash; highlight</p>
    | Last7Days() | kk_date | html | date
HIGHLIGHT MATCHES OF LAST WEEK SUNDAY TO SATURDAY STOP | LastWeek() | kk_date | telegram | date
Ingredients: Dive Distance (cm), a colour scale. Method: spread the scale over the numbers. Serves: the fitness review.
    | ColorScale() | kk_dive | recipe | visual
Physio wants a quick visual of how far everyone dives for a tag, nothing fancy, just so the long divers pop. TL;DR: data
    + bars on Dive Distance (cm) | DataBar() | kk_dive | tldr | visual
<p>Top <b>3</b> Dive Distance (cm) values &mdash; highlight</p> | Top(3) | kk_dive | html | superlative
LOWEST TWENTY PERCENT OF DIVE DISTANCE STOP HIGHLIGHT
    | BottomPercent(20) | kk_dive | telegram | number-words | superlative
Ingredients: Dive Distance (cm). Method: colour each distance that beats the column's average. Serves: the awards night.
    | AboveAverage() | kk_dive | recipe | column-word
The dive sensor spreadsheet divides by the number of attempts and when a player didn't dive at all it blows up. I just
    + want to see where. TL;DR: highlight error cells in Dive Distance (cm) | Errors() | kk_dive | tldr
<rule field="Jersey Code" check="duplicates"/> | Duplicates() | kk_jersey | html
JERSEY CODE EMPTY STOP FLAG THOSE STOP | Blanks() | kk_jersey | telegram
# a tap dance school
TAPS PER BAR OVER EIGHT STOP HIGHLIGHT STOP | GreaterThan(8) | tp_taps | telegram | number-words
Ingredients: Taps per Bar, a lilac fill. Method: colour any bar with 12 taps or more. Serves: the advanced class list.
    | GreaterThanEqual(12) | tp_taps | recipe | boundary
Our teacher is strict about not cramming bars, the routine should breathe, and anything above 16 is showing off. I want
    + the sensible ones marked though, not the show-offs. TL;DR: highlight Taps per Bar that are NOT above 16
    | NOT(GreaterThan(16)) | tp_taps | tldr | negation | polarity
<p>Routine Tempo (bpm) &gt; 100 <b>and</b> &lt; 140</p>
    | AND(GreaterThan(100), LessThan(140)) | tp_tempo | html | compound
TEMPO UNDER EIGHTY BPM STOP MARK | LessThan(80) | tp_tempo | telegram | number-words
Ingredients: Routine Tempo (bpm). Method: colour tempos from 110 to 125, both ends included. Serves: the shuffle
    + workshop. | Between(110, 125) | tp_tempo | recipe | boundary | range
There are three Rubys in the building (Ruby, Ruby Jo and Lil Ruby) and only plain Ruby has paid for the term. TL;DR:
    + highlight Pupil cells equal to Ruby, exactly | TextEquals("Ruby") | tp_pupil | tldr
<li>Pupil contains <code>ann</code></li> | TextContains("ann") | tp_pupil | html
PUPILS WHOSE NAME BEGINS MAC STOP HIGHLIGHT | TextStartsWith("Mac") | tp_pupil | telegram
Ingredients: Class Date. Method: colour today's classes. Serves: the front desk. | Today() | tp_date | recipe | date
Register wasn't done after yesterday's classes because the laptop died mid-lesson (of course), so I need to chase
    + everyone. tl;dr: highlight Class Date = yesterday | Yesterday() | tp_date | tldr | date
<p>Highlight classes <i>tomorrow</i> in the Class Date column.</p> | Tomorrow() | tp_date | html | column-word | date
CLASSES WITHIN LAST SEVEN DAYS TODAY INCLUDED STOP HIGHLIGHT | Last7Days() | tp_date | telegram | number-words | date
Ingredients: Class Date. Method: colour last week's classes, Sunday through Saturday. Serves: the invoicing run.
    | LastWeek() | tp_date | recipe | date
Shoes wear out unevenly and the taps come loose, and I want to see at a glance whose pair is nearly done so parents can
    + be warned before the show. TL;DR: colour scale on Shoe Wear (%) | ColorScale() | tp_wear | tldr | visual
<format column="Shoe Wear (%)" type="dataBar"/> | DataBar() | tp_wear | html | column-word | visual
THREE HIGHEST SHOE WEAR STOP HIGHLIGHT | Top(3) | tp_wear | telegram | number-words | superlative
Ingredients: Shoe Wear (%). Method: colour the bottom 20 percent. Serves: the hand-me-down pile.
    | BottomPercent(20) | tp_wear | recipe
Some kids rehearse in their tap shoes at home on tiles (please don't) and it shows. TL;DR: highlight Shoe Wear (%) above
    + the average | AboveAverage() | tp_wear | tldr
<p>Highlight cells in <b>Shoe Wear (%)</b> that show an error like <code>#N/A</code>.</p> | Errors() | tp_wear | html
LOCKER TAG USED TWICE OR MORE STOP HIGHLIGHT | Duplicates() | tp_locker | telegram
Ingredients: Locker Tag, a grey fill. Method: colour every empty Locker Tag cell. Serves: the lost-property table.
    | Blanks() | tp_locker | recipe
# a harmonica club
Ingredients: Bends Held. Method: colour any count above 4. Serves: the bending masterclass.
    | GreaterThan(4) | hm_bends | recipe
I run the Tuesday harmonica club and we keep a tally of how many clean bends each member can hold; seven is where I
    + reckon you're ready for the blues jam. TL;DR: highlight Bends Held of 7 or more
    | GreaterThanEqual(7) | hm_bends | tldr | boundary
<p>Highlight Bends Held that are <b>not</b> greater than 10</p> | NOT(GreaterThan(10)) | hm_bends | html | negation
RIFF LENGTH OVER EIGHT BARS AND UNDER TWENTY FOUR STOP HIGHLIGHT
    | AND(GreaterThan(8), LessThan(24)) | hm_riff | telegram | number-words | compound
Ingredients: Riff Length (bars). Method: colour riffs shorter than 4 bars. Serves: the warm-up list.
    | LessThan(4) | hm_riff | recipe
The open mic slots are short, so riffs need to sit in a band, twelve to sixteen bars counting both ends, or the host
    + cuts you off. TL;DR: highlight Riff Length (bars) from 12 to 16 inclusive
    | Between(12, 16) | hm_riff | tldr | boundary | range
<li>Harp Key equal to <b>C</b> (only C, not C Sharp or High C)</li> | TextEquals("C") | hm_key | html
HARP KEYS CONTAINING FLAT STOP HIGHLIGHT | TextContains("flat") | hm_key | telegram
Ingredients: Harp Key. Method: colour any key starting with Low. Serves: the low-tuned harp rack.
    | TextStartsWith("Low") | hm_key | recipe
I've got the jam sheet pinned in the hall and people keep asking if tonight's on. TL;DR: highlight today's Jam Date
    | Today() | hm_date | tldr | date
<p>Jam Date = <em>yesterday</em> &rarr; highlight</p> | Yesterday() | hm_date | html | date
JAM TOMORROW STOP HIGHLIGHT JAM DATE STOP | Tomorrow() | hm_date | telegram | date
Ingredients: Jam Date. Method: colour the jams from the last 7 days, today in. Serves: the attendance tally.
    | Last7Days() | hm_date | recipe | date
Subs are collected per week, and last week's jams (Sunday to Saturday, the calendar week before this one) still haven't
    + been paid for. tl;dr: highlight Jam Date in last week | LastWeek() | hm_date | tldr | date
<format target="Breath Score" kind="colour-scale"/> | ColorScale() | hm_breath | html | visual
DATA BARS ON BREATH SCORE STOP | DataBar() | hm_breath | telegram | visual
Ingredients: Breath Score. Method: colour the three best, i.e. highest, scores. Serves: the solo spots.
    | Top(3) | hm_breath | recipe | superlative
Breath control is the whole game on a diatonic and a few folk are really struggling; I want to give them extra exercises
    + without making a big thing of it. TL;DR: highlight the bottom 20% of Breath Score
    | BottomPercent(20) | hm_breath | tldr
<p>Breath Score <b>above average</b></p> | AboveAverage() | hm_breath | html
BREATH SCORE ERRORS STOP HIGHLIGHT THE ERROR CELLS | Errors() | hm_breath | telegram
Ingredients: Harp Serial. Method: colour serials that occur more than once. Serves: the loan register.
    | Duplicates() | hm_serial | recipe
The loan harps have serials etched on the cover plate but half the members never wrote theirs down. TL;DR: highlight
    + blank Harp Serial cells | Blanks() | hm_serial | tldr
# a tempura bar
The chef insists on a thermometer log every service after last month's soggy disaster, and she says anything past 175 is
    + the crisp zone. TL;DR: highlight Oil Temp (°C) over 175 | GreaterThan(175) | tm_temp | tldr
<p>Oil Temp (°C) &ge; 180 &rarr; highlight</p> | GreaterThanEqual(180) | tm_temp | html | boundary
OIL TEMP NOT ABOVE ONE NINETY STOP HIGHLIGHT | NOT(GreaterThan(190)) | tm_temp | telegram | negation | number-words
Ingredients: Fry Time (s). Method: colour fry times above 90 and below 150 seconds. Serves: the training sheet.
    | AND(GreaterThan(90), LessThan(150)) | tm_fry | recipe | compound
New kitchen porter keeps pulling the vegetables out early and they come out pale and greasy. I just want the quick ones
    + flagged. tl;dr: highlight Fry Time (s) below 60 | LessThan(60) | tm_fry | tldr
<li>Fry Time (s) between <b>100</b> and <b>120</b> (inclusive)</li>
    | Between(100, 120) | tm_fry | html | boundary | range
ITEM EXACTLY PRAWN STOP NOT TIGER PRAWN STOP HIGHLIGHT | TextEquals("Prawn") | tm_item | telegram
Ingredients: Tempura Item. Method: colour every item with shiso anywhere in the name. Serves: the allergy board.
    | TextContains("shiso") | tm_item | recipe
We're doing a sweet-things special this week and I need to see which menu items start with Sweet so I don't
    + double-order. TL;DR: highlight Tempura Item starting with Sweet | TextStartsWith("Sweet") | tm_item | tldr
<p>Highlight <b>Service Date</b> equal to <i>today</i></p> | Today() | tm_date | html | date
SERVICE DATE YESTERDAY STOP HIGHLIGHT | Yesterday() | tm_date | telegram | date
Ingredients: Service Date. Method: colour tomorrow's services. Serves: the prep list.
    | Tomorrow() | tm_date | recipe | date
Health inspector might drop in and wants the last week of logs; by that I mean the past seven days counting today, not
    + the calendar week. TL;DR: highlight Service Date in the last 7 days | Last7Days() | tm_date | tldr | date
<p>Service Date in <b>last week</b> (Sun&ndash;Sat, the week before this one)</p> | LastWeek() | tm_date | html | date
COLOUR SCALE CRISPNESS SCORE STOP | ColorScale() | tm_crisp | telegram | visual
Ingredients: Crispness Score. Method: add data bars. Serves: the chef's clipboard.
    | DataBar() | tm_crisp | recipe | visual
We're entering a street food award and I want to send the three crunchiest batches' details. TL;DR: highlight the top 3
    + Crispness Score values | Top(3) | tm_crisp | tldr | superlative
<p>Crispness Score: <b>lowest 20%</b> highlighted</p> | BottomPercent(20) | tm_crisp | html | superlative
CRISPNESS ABOVE AVERAGE STOP HIGHLIGHT | AboveAverage() | tm_crisp | telegram
Ingredients: Crispness Score. Method: colour cells holding an error value (#N/A and the like). Serves: the data
    + clean-up. | Errors() | tm_crisp | recipe
The ticket printer jammed on Friday and reprinted a bunch, so some tickets are on the sheet twice and we may have comped
    + the same table twice. TL;DR: highlight duplicate Ticket No values | Duplicates() | tm_ticket | tldr
<li>Ticket No is empty &rarr; highlight</li> | Blanks() | tm_ticket | html
# a tagine restaurant
<p>Covers &gt; 40: highlight</p> | GreaterThan(40) | tg_covers | html
COVERS SIXTY OR MORE STOP HIGHLIGHT | GreaterThanEqual(60) | tg_covers | telegram | number-words | boundary
Ingredients: Covers. Method: colour every night whose Covers is not above 80. Serves: the staffing rota.
    | NOT(GreaterThan(80)) | tg_covers | recipe | negation
Tagines are slow food, I get it, but the pots that went under 45 minutes are raw and the ones past two hours are mush.
    + TL;DR: highlight Simmer Time (min) over 45 and under 120
    | AND(GreaterThan(45), LessThan(120)) | tg_simmer | tldr | compound
<li>Simmer Time (min) &lt; 30</li> | LessThan(30) | tg_simmer | html
SIMMER SIXTY TO NINETY MINUTES INCLUSIVE STOP HIGHLIGHT
    | Between(60, 90) | tg_simmer | telegram | number-words | boundary | range
Ingredients: the Tagine column. Method: colour the cells that read exactly Kefta. Serves: the meatball fans.
    | TextEquals("Kefta") | tg_dish | recipe | column-word
Supplier's apricots are late this week (they always are after a wet spring) so anything with apricot in it is at risk.
    + TL;DR: highlight Tagine containing apricot | TextContains("apricot") | tg_dish | tldr
<p>Tagine starts with <q>Lamb</q></p> | TextStartsWith("Lamb") | tg_dish | html | quoted
BOOKINGS TODAY STOP HIGHLIGHT BOOKING DATE | Today() | tg_date | telegram | date
Ingredients: Booking Date. Method: colour yesterday's bookings. Serves: the no-show follow-up.
    | Yesterday() | tg_date | recipe | date
Riad next door is sending a big party and I want tomorrow's tables sorted before I leave tonight. TL;DR: highlight
    + Booking Date of tomorrow | Tomorrow() | tg_date | tldr | date
<p>Booking Date in the last 7 days (including today)</p> | Last7Days() | tg_date | html | date
BOOKINGS LAST WEEK STOP SUNDAY TO SATURDAY STOP HIGHLIGHT | LastWeek() | tg_date | telegram | date
Ingredients: Spice Rating, a three-colour scale. Method: apply the scale to the ratings. Serves: the menu redesign.
    | ColorScale() | tg_spice | recipe | visual
I'm redoing the menu heat icons and want to see how hot each dish actually rates first. TL;DR: data bars on Spice Rating
    | DataBar() | tg_spice | tldr | visual
<p>Highlight the <b>3 hottest</b> Spice Rating values</p> | Top(3) | tg_spice | html | superlative
BOTTOM TWENTY PERCENT SPICE RATING STOP HIGHLIGHT | BottomPercent(20) | tg_spice | telegram | number-words
Ingredients: Spice Rating. Method: colour ratings above the average. Serves: the chilli warning.
    | AboveAverage() | tg_spice | recipe
The spice sheet pulls from the old POS export which throws #N/A whenever a dish was renamed. TL;DR: highlight Spice
    + Rating errors | Errors() | tg_spice | tldr
<p>Pot Number appearing <b>more than once</b></p> | Duplicates() | tg_pot | html
POT NUMBER BLANK STOP HIGHLIGHT | Blanks() | tg_pot | telegram
# a mochi shop
PIECES MADE OVER TWO HUNDRED STOP HIGHLIGHT | GreaterThan(200) | mc_pieces | telegram | number-words
Ingredients: Pieces Made. Method: colour days with 250 pieces or more. Serves: the bonus tally.
    | GreaterThanEqual(250) | mc_pieces | recipe | boundary
We pound rice by hand on weekends and anything beyond 300 pieces means we hired help; I want to see the days we managed
    + alone. TL;DR: highlight Pieces Made that is not greater than 300
    | NOT(GreaterThan(300)) | mc_pieces | tldr | negation
<p>Rice Weight (g) &gt; 40 &amp;&amp; &lt; 70</p> | AND(GreaterThan(40), LessThan(70)) | mc_rice | html | compound
RICE WEIGHT UNDER THIRTY GRAMS STOP HIGHLIGHT | LessThan(30) | mc_rice | telegram | number-words
Ingredients: Rice Weight (g). Method: colour weights from 50 g to 60 g inclusive. Serves: the QC check.
    | Between(50, 60) | mc_rice | recipe | boundary | range
Customers keep asking for plain red bean, not the cream one, not the sweet one, so I'm tracking it separately. TL;DR:
    + highlight Filling exactly Red Bean | TextEquals("Red Bean") | mc_filling | tldr
<li>Filling contains &quot;yuzu&quot;</li> | TextContains("yuzu") | mc_filling | html | quoted
FILLINGS BEGINNING STRAW STOP HIGHLIGHT | TextStartsWith("Straw") | mc_filling | telegram
Ingredients: Batch Date. Method: colour today's batches. Serves: the display case. | Today() | mc_date | recipe | date
Mochi goes hard after a day, so yesterday's batches have to go on the discount shelf before opening. TL;DR: highlight
    + Batch Date = yesterday | Yesterday() | mc_date | tldr | date
<p>Batch Date: <b>tomorrow</b></p> | Tomorrow() | mc_date | html | date
BATCHES LAST SEVEN DAYS INCLUDING TODAY STOP HIGHLIGHT | Last7Days() | mc_date | telegram | number-words | date
Ingredients: Batch Date. Method: colour batches from last week (Sunday to Saturday). Serves: the waste report.
    | LastWeek() | mc_date | recipe | date
We tested a new rice and the texture is all over the place, partly the steamer, partly me. TL;DR: colour scale on
    + Chewiness Index | ColorScale() | mc_chew | tldr | visual
<format col="Chewiness Index" style="data-bar"/> | DataBar() | mc_chew | html | visual
THREE CHEWIEST STOP TOP THREE CHEWINESS INDEX STOP HIGHLIGHT | Top(3) | mc_chew | telegram | number-words | superlative
Ingredients: Chewiness Index. Method: colour the bottom 20%. Serves: the reject bin.
    | BottomPercent(20) | mc_chew | recipe
Regulars like it extra chewy and I want to know which batches deliver. TL;DR: highlight Chewiness Index above the column
    + avrage | AboveAverage() | mc_chew | tldr | typo | column-word
<p>Chewiness Index cells with errors (<code>#REF!</code> etc.)</p> | Errors() | mc_chew | html
TRAY CODE REPEATED STOP HIGHLIGHT DUPLICATES | Duplicates() | mc_tray | telegram
Ingredients: Tray Code. Method: colour the blank cells. Serves: the stocktake. | Blanks() | mc_tray | recipe
# a goulash kitchen
Ingredients: Bowls Served. Method: colour days above 30 bowls. Serves: the busy-day review.
    | GreaterThan(30) | gl_bowls | recipe
Winter trade is picking up and the boss asks which days we hit the 45-bowl mark, which means 45 counts. TL;DR: highlight
    + Bowls Served of at least 45 | GreaterThanEqual(45) | gl_bowls | tldr | boundary
<p>Bowls Served <b>NOT</b> &gt; 70</p> | NOT(GreaterThan(70)) | gl_bowls | html | negation
PAPRIKA OVER FIFTEEN GRAMS AND UNDER FORTY STOP HIGHLIGHT
    | AND(GreaterThan(15), LessThan(40)) | gl_paprika | telegram | number-words | compound
Ingredients: Paprika (g). Method: colour any pot with less than 10 g. Serves: the bland-batch inquiry.
    | LessThan(10) | gl_paprika | recipe
Grandma's rule is twenty to twenty-five grams of sweet paprika per pot, and yes both 20 and 25 are fine by her. TL;DR:
    + highlight Paprika (g) between 20 and 25 inclusive | Between(20, 25) | gl_paprika | tldr | boundary | range
<li>Recipe Name = <b>Szeged</b> (exact match)</li> | TextEquals("Szeged") | gl_recipe | html
RECIPES CONTAINING BEEF STOP HIGHLIGHT | TextContains("beef") | gl_recipe | telegram
Ingredients: Recipe Name. Method: colour names beginning with Old. Serves: the heritage menu.
    | TextStartsWith("Old") | gl_recipe | recipe
Pots get labelled with the cook date and today's need to be cooled by 3pm. TL;DR: highlight Cook Date of today
    | Today() | gl_date | tldr | date
<p><b>Cook Date</b> was yesterday</p> | Yesterday() | gl_date | html | date
COOK DATE TOMORROW STOP HIGHLIGHT | Tomorrow() | gl_date | telegram | date
Ingredients: Cook Date. Method: colour dates in the last 7 days, counting today. Serves: the freezer log.
    | Last7Days() | gl_date | recipe | date
The freezer audit covers the previous calendar week, Sunday to Saturday, and I have to hand in the list on Friday.
    + TL;DR: highlight Cook Date last week | LastWeek() | gl_date | tldr | date
<p>Apply a <b>colour scale</b> to Stew Temp (°C)</p> | ColorScale() | gl_temp | html | visual
STEW TEMP DATA BARS STOP | DataBar() | gl_temp | telegram | visual
Ingredients: Stew Temp (°C). Method: colour the 3 highest temps. Serves: the scald-risk note.
    | Top(3) | gl_temp | recipe | superlative
Food safety wants hot-holding above a line and the coolest pots are the worry; I'm not sure of the line so just show me
    + the lowest fifth. TL;DR: highlight the bottom 20% of Stew Temp (°C) | BottomPercent(20) | gl_temp | tldr
<p>Stew Temp (°C) &gt; average</p> | AboveAverage() | gl_temp | html
STEW TEMP ERROR CELLS STOP HIGHLIGHT | Errors() | gl_temp | telegram
Ingredients: Pot Label. Method: colour labels used more than once. Serves: the washing-up crew.
    | Duplicates() | gl_pot | recipe
Half the pots in the walk-in have no label and nobody knows what's in them. TL;DR: highlight empty Pot Label cells
    | Blanks() | gl_pot | tldr
# a quinoa farm
Co-op pays a bonus on plots past a certain yield and this year the line is 120 kilos. TL;DR: highlight Seed Yield (kg)
    + above 120 | GreaterThan(120) | qn_yield | tldr
<p>Seed Yield (kg) <b>150 or more</b></p> | GreaterThanEqual(150) | qn_yield | html | boundary
SEED YIELD NOT OVER TWO HUNDRED STOP HIGHLIGHT | NOT(GreaterThan(200)) | qn_yield | telegram | negation | number-words
Ingredients: Seed Yield (kg). Method: colour yields over 80 and under 180. Serves: the typical-plot study.
    | AND(GreaterThan(80), LessThan(180)) | qn_yield | recipe | compound
Frost got the high plots in April, so some yields are tiny and I need them flagged for the insurance. TL;DR: highlight
    + Seed Yield (kg) below 60 | LessThan(60) | qn_yield | tldr
<li>Seed Yield (kg) between 100 and 140, both included</li> | Between(100, 140) | qn_yield | html | boundary | range
HIGHLIGHT PLOT NAME EXACTLY ALTIPLANO STOP | TextEquals("Altiplano") | qn_plot | telegram
Ingredients: Plot Name. Method: colour plots whose name contains red. Serves: the red-quinoa trial.
    | TextContains("red") | qn_plot | recipe
The northern terraces get a different irrigation schedule and they're all named North-something. TL;DR: highlight Plot
    + Name starting with North | TextStartsWith("North") | qn_plot | tldr
<p>Sowing Date is today</p> | Today() | qn_date | html | date
SOWN YESTERDAY STOP HIGHLIGHT SOWING DATE | Yesterday() | qn_date | telegram | date
Ingredients: Sowing Date. Method: colour sowings planned for tomorrow. Serves: the seed drill crew.
    | Tomorrow() | qn_date | recipe | date
Birds have been at the seed since last Thursday or so, so anything sown in the past seven days (today too) needs
    + netting. TL;DR: highlight Sowing Date within the last 7 days | Last7Days() | qn_date | tldr | date
<p>Sowing Date during <em>last week</em>, Sunday to Saturday</p> | LastWeek() | qn_date | html | date
COLOUR SCALE SAPONIN STOP | ColorScale() | qn_sap | telegram | visual
Ingredients: Saponin (%). Method: add data bars to the readings. Serves: the washing-line decision.
    | DataBar() | qn_sap | recipe | visual
Bitter seed needs an extra wash and the three most bitter lots go first. TL;DR: highlight the top 3 Saponin (%) readings
    | Top(3) | qn_sap | tldr | superlative
<p>Saponin (%): <b>bottom 20%</b></p> | BottomPercent(20) | qn_sap | html
SAPONIN ABOVE AVERAGE STOP HIGHLIGHT | AboveAverage() | qn_sap | telegram
Ingredients: Saponin (%). Method: colour the error cells. Serves: the lab technician. | Errors() | qn_sap | recipe
Sacks were tagged by two people with two rolls of labels and the rolls overlapped. TL;DR: highlight duplicate Sack ID
    + values | Duplicates() | qn_sack | tldr
<rule column="Sack ID" test="isBlank"/> | Blanks() | qn_sack | html | column-word
# a sorghum farm
<p>Stalk Height (cm) &gt; 150</p> | GreaterThan(150) | sg_height | html
STALK HEIGHT ONE EIGHTY OR MORE STOP HIGHLIGHT | GreaterThanEqual(180) | sg_height | telegram | number-words | boundary
Ingredients: Stalk Height (cm). Method: colour stalks that are not taller than 240 cm. Serves: the harvester settings.
    | NOT(GreaterThan(240)) | sg_height | recipe | negation
Combine header only handles a certain range and I need the stalks that are over 100 but under 200 to go in the first
    + pass. TL;DR: highlight Stalk Height (cm) over 100 and under 200
    | AND(GreaterThan(100), LessThan(200)) | sg_height | tldr | compound
<li>Stalk Height (cm) under 90</li> | LessThan(90) | sg_height | html
STALK HEIGHT ONE SIXTY TO ONE SEVENTY INCLUSIVE STOP
    | Between(160, 170) | sg_height | telegram | number-words | boundary | range
Ingredients: Sorghum Variety. Method: colour the cells that say Sweet and only Sweet. Serves: the syrup press.
    | TextEquals("Sweet") | sg_variety | recipe
Milo types go to the feed mill, the rest to the syrup side, and the names are a mess. TL;DR: highlight Sorghum Variety
    + containing milo | TextContains("milo") | sg_variety | tldr
<p>Sorghum Variety begins with <b>Broom</b></p> | TextStartsWith("Broom") | sg_variety | html
CUTTING TODAY STOP HIGHLIGHT CUTTING DATE | Today() | sg_date | telegram | date
Ingredients: Cutting Date. Method: colour yesterday's cuttings. Serves: the drying shed.
    | Yesterday() | sg_date | recipe | date
Contractor is booked by the day and I need to see tomorrow's cuttings so he brings the right header. TL;DR: highlight
    + Cutting Date = tomorrow | Tomorrow() | sg_date | tldr | date
<p>Cutting Date within the last 7 days (today included)</p> | Last7Days() | sg_date | html | date
CUTTINGS LAST WEEK STOP SUN TO SAT STOP HIGHLIGHT | LastWeek() | sg_date | telegram | date
Ingredients: Juice Brix. Method: spread a colour scale over it. Serves: the syrup planning.
    | ColorScale() | sg_brix | recipe | visual
Refractometer readings are in, and the boss is a visual person who won't read numbers. TL;DR: data bars on Juice Brix
    | DataBar() | sg_brix | tldr | visual
<p>Highlight the <b>top 3</b> Juice Brix values</p> | Top(3) | sg_brix | html | superlative
JUICE BRIX BOTTOM TWENTY PERCENT STOP HIGHLIGHT | BottomPercent(20) | sg_brix | telegram | number-words
Ingredients: Juice Brix. Method: colour readings above the average. Serves: the syrup batch.
    | AboveAverage() | sg_brix | recipe
Some brix cells are formulas off the old sheet and broke when I moved columns. TL;DR: highlight Juice Brix cells with
    + errors | Errors() | sg_brix | tldr | column-word
<li>Bale Tag duplicated</li> | Duplicates() | sg_bale | html
BALE TAG MISSING STOP BLANK CELLS STOP HIGHLIGHT | Blanks() | sg_bale | telegram
# a cassava farm
ROOT WEIGHT TWO KILOS OR LESS STOP HIGHLIGHT | LessThanEqual(2) | cs_root | telegram | number-words | boundary
Ingredients: Root Weight (kg). Method: colour roots weighing exactly 4 kg. Serves: the sample bag.
    | Equals(4) | cs_root | recipe
The buyer's reference root is five kilos on the nose and anything else needs a re-weigh note. TL;DR: highlight Root
    + Weight (kg) not equal to 5 | NotEquals(5) | cs_root | tldr | negation
<p>Root Weight (kg) &gt; 7</p> | GreaterThan(7) | cs_root | html
ROOT WEIGHT OUTSIDE THREE TO SIX STOP THREE AND SIX COUNT AS INSIDE STOP HIGHLIGHT
    | NotBetween(3, 6) | cs_root | telegram | number-words | range
Ingredients: Root Weight (kg). Method: colour roots under 1.5 kg or over 8 kg. Serves: the odd-size crate.
    | OR(LessThan(1.5), GreaterThan(8)) | cs_root | recipe | compound
Swamp fields flood every rainy season and we keep them on a separate plan, so I care about the rest. TL;DR: highlight
    + Field names that don't contain swamp | TextNotContains("swamp") | cs_field | tldr | negation | polarity
<li>Field ends with <i>Flat</i></li> | TextEndsWith("Flat") | cs_field | html
FIELDS NOT STARTING OLD STOP HIGHLIGHT | NOT(TextStartsWith("Old")) | cs_field | telegram | negation
Ingredients: Lift Date. Method: colour lifts this week (Sunday to Saturday). Serves: the labour roster.
    | ThisWeek() | cs_date | recipe | date
Truck booking is a week ahead, always has been since the co-op changed hauliers, so I need next week's lifts. TL;DR:
    + highlight Lift Date in next week | NextWeek() | cs_date | tldr | date
<p>Lift Date in <b>last month</b></p> | LastMonth() | cs_date | html | date
LIFTS THIS MONTH STOP HIGHLIGHT LIFT DATE | ThisMonth() | cs_date | telegram | date
Ingredients: Lift Date. Method: colour lifts planned for next month. Serves: the processing plant.
    | NextMonth() | cs_date | recipe | date
Starch content decides the price and the processor wants traffic-light style icons on our sheet too. TL;DR: icon set on
    + Starch (%) | IconSet() | cs_starch | tldr | visual
<p>Highlight the <b>2 lowest</b> Starch (%) values</p> | Bottom(2) | cs_starch | html | superlative
STARCH TOP TWENTY FIVE PERCENT STOP HIGHLIGHT | TopPercent(25) | cs_starch | telegram | number-words
Ingredients: Starch (%). Method: colour readings below the average. Serves: the low-grade pile.
    | BelowAverage() | cs_starch | recipe
Lab sheet is half broken, I just want to see which starch cells are fine. TL;DR: highlight Starch (%) cells that are not
    + errors | NotErrors() | cs_starch | tldr | negation
<p>Crate No values that appear <b>only once</b></p> | Unique() | cs_crate | html
CRATE NO FILLED IN STOP HIGHLIGHT NON BLANK | NotBlanks() | cs_crate | telegram
# an artichoke farm
Ingredients: Head Diameter (cm). Method: colour heads of 8 cm or less. Serves: the baby-artichoke box.
    | LessThanEqual(8) | ar_head | recipe | boundary
Restaurant order is for ten-centimetre heads, exactly, because they stuff them and bigger ones don't fit the tray.
    + TL;DR: highlight Head Diameter (cm) equal to 10 | Equals(10) | ar_head | tldr
<p>Head Diameter (cm) &ne; 12</p> | NotEquals(12) | ar_head | html
HEADS OVER FOURTEEN CM STOP HIGHLIGHT | GreaterThan(14) | ar_head | telegram | number-words
Ingredients: Head Diameter (cm). Method: colour heads outside 9 to 13 cm, where 9 and 13 themselves count as inside.
    + Serves: the grading line. | NotBetween(9, 13) | ar_head | recipe | boundary | range
Market rejects the really small and the really big heads, the small ones being under 7 and the big ones over 15. TL;DR:
    + highlight Head Diameter (cm) below 7 or above 15 | OR(LessThan(7), GreaterThan(15)) | ar_head | tldr | compound
<li>Artichoke Variety does <b>not</b> contain &quot;violet&quot;</li>
    | TextNotContains("violet") | ar_variety | html | negation | quoted
VARIETY ENDING GLOBE STOP HIGHLIGHT | TextEndsWith("Globe") | ar_variety | telegram
Ingredients: Artichoke Variety. Method: colour varieties that do not start with Green. Serves: the colour trial.
    | NOT(TextStartsWith("Green")) | ar_variety | recipe | negation
Cutting crews rotate weekly and I only care about this week's cuts, Sunday through Saturday. TL;DR: highlight Head Cut
    + Date this week | ThisWeek() | ar_date | tldr | date
<p>Head Cut Date: <b>next week</b></p> | NextWeek() | ar_date | html | date
CUTS LAST MONTH STOP HIGHLIGHT HEAD CUT DATE | LastMonth() | ar_date | telegram | date
Ingredients: Head Cut Date. Method: colour cuts in this month. Serves: the monthly invoice.
    | ThisMonth() | ar_date | recipe | date
The cannery is taking bookings for next month now, and they want the list by Friday. TL;DR: highlight Head Cut Date in
    + next month | NextMonth() | ar_date | tldr | date
<format column="Bract Count" type="iconSet"/> | IconSet() | ar_bract | html | column-word | visual
TWO LOWEST BRACT COUNTS STOP HIGHLIGHT | Bottom(2) | ar_bract | telegram | number-words | superlative
Ingredients: Bract Count. Method: colour the top 25 percent. Serves: the seed-saving bed.
    | TopPercent(25) | ar_bract | recipe
Loose heads have fewer bracts and usually came from the wet corner by the ditch. TL;DR: highlight Bract Count below
    + average | BelowAverage() | ar_bract | tldr
<p>Bract Count cells that are <b>not</b> errors</p> | NotErrors() | ar_bract | html
BOX CODE APPEARING ONCE ONLY STOP HIGHLIGHT | Unique() | ar_box | telegram
Ingredients: Box Code. Method: colour every cell that has something in it. Serves: the dispatch check.
    | NotBlanks() | ar_box | recipe
# a sugar cane plantation
Mill pays less for immature cane, which the agronomist says is anything at 16 brix or under. TL;DR: highlight Cane Brix
    + of 16 or less | LessThanEqual(16) | sc_brix | tldr | boundary
<p>Cane Brix = 18</p> | Equals(18) | sc_brix | html
CANE BRIX NOT EQUAL TWENTY STOP HIGHLIGHT | NotEquals(20) | sc_brix | telegram | negation | number-words
Ingredients: Cane Brix. Method: colour readings above 22. Serves: the premium truck.
    | GreaterThan(22) | sc_brix | recipe
Target band is 17 to 21 brix and I want everything outside it, the bounds being inside the band. TL;DR: highlight Cane
    + Brix not between 17 and 21 | NotBetween(17, 21) | sc_brix | tldr | boundary | range
<p>Cane Brix &lt; 15 <b>or</b> &gt; 23</p> | OR(LessThan(15), GreaterThan(23)) | sc_brix | html | compound
BLOCKS WITHOUT MILL IN NAME STOP HIGHLIGHT | TextNotContains("mill") | sc_block | telegram | negation
Ingredients: Block. Method: colour block names ending in North. Serves: the north-side crew.
    | TextEndsWith("North") | sc_block | recipe
River blocks flood and get their own plan, so show me all the others. TL;DR: highlight Block names that do NOT start
    + with River | NOT(TextStartsWith("River")) | sc_block | tldr | negation | polarity
<p>Cane Cut Date in <b>this week</b></p> | ThisWeek() | sc_date | html | date
CUTS NEXT WEEK STOP HIGHLIGHT CANE CUT DATE | NextWeek() | sc_date | telegram | date
Ingredients: Cane Cut Date. Method: colour cuts from last month. Serves: the payment run.
    | LastMonth() | sc_date | recipe | date
Mill quota resets monthly and I'm tracking this month's cuts against it. TL;DR: highlight Cane Cut Date in this month
    | ThisMonth() | sc_date | tldr | date
<li>Cane Cut Date in next month</li> | NextMonth() | sc_date | html | date
ICON SET ON TONNES PER HA STOP | IconSet() | sc_tonnes | telegram | visual
Ingredients: Tonnes per Ha. Method: colour the 2 lowest yields. Serves: the replant list.
    | Bottom(2) | sc_tonnes | recipe | superlative
Best blocks get the new variety trial, and by best I mean the top quarter by yield. TL;DR: highlight the top 25% of
    + Tonnes per Ha | TopPercent(25) | sc_tonnes | tldr
<p>Tonnes per Ha <b>below average</b></p> | BelowAverage() | sc_tonnes | html
TONNES PER HA NOT ERROR STOP HIGHLIGHT | NotErrors() | sc_tonnes | telegram | negation
Ingredients: Truck Ticket. Method: colour tickets that appear exactly once. Serves: the weighbridge audit.
    | Unique() | sc_truck | recipe
Drivers are meant to hand in a ticket per load and some didn't. I want to see the ones we do have. TL;DR: highlight
    + Truck Ticket cells that are not blank | NotBlanks() | sc_truck | tldr
# a sea cucumber ranch
<p>Body Length (cm) &le; 10</p> | LessThanEqual(10) | su_length | html | boundary
BODY LENGTH EXACTLY FIFTEEN STOP HIGHLIGHT | Equals(15) | su_length | telegram | number-words
Ingredients: Body Length (cm). Method: colour lengths other than 18. Serves: the sizing trial.
    | NotEquals(18) | su_length | recipe
Export grade starts at a size, and the buyer said over 25 cm, not 25 itself. TL;DR: highlight Body Length (cm) above 25
    | GreaterThan(25) | su_length | tldr | boundary
<p>Body Length (cm) <b>not between</b> 12 and 20 (12 and 20 themselves are between)</p>
    | NotBetween(12, 20) | su_length | html | range
LENGTH UNDER EIGHT OR OVER TWENTY EIGHT STOP HIGHLIGHT
    | OR(LessThan(8), GreaterThan(28)) | su_length | telegram | number-words | compound
Ingredients: Pen. Method: colour pens whose name does not contain reef. Serves: the sheltered-water plan.
    | TextNotContains("reef") | su_pen | recipe | negation
Storm last night hit the pens on the bay side hardest, and the insurer wants a list. TL;DR: highlight Pen names ending
    + with Bay | TextEndsWith("Bay") | su_pen | tldr
<p>Pen <b>not</b> beginning with Deep</p> | NOT(TextStartsWith("Deep")) | su_pen | html | negation
GRADING THIS WEEK STOP HIGHLIGHT GRADING DAY | ThisWeek() | su_date | telegram | date
Ingredients: Grading Day. Method: colour gradings next week. Serves: the dive team.
    | NextWeek() | su_date | recipe | date
Auditor wants last month's gradings, the whole calendar month before this one. TL;DR: highlight Grading Day in last
    + month | LastMonth() | su_date | tldr | date
<p>Grading Day <b>this month</b></p> | ThisMonth() | su_date | html | date
GRADINGS NEXT MONTH STOP HIGHLIGHT | NextMonth() | su_date | telegram | date
Ingredients: Wet Weight (g). Method: apply an icon set. Serves: the pen report.
    | IconSet() | su_weight | recipe | visual
Two animals are clearly sick, probably the lightest, and the vet is coming Thursday. TL;DR: highlight the 2 lowset Wet
    + Weight (g) values | Bottom(2) | su_weight | tldr | typo | superlative
<p>Wet Weight (g): top 25%</p> | TopPercent(25) | su_weight | html
WET WEIGHT BELOW AVERAGE STOP HIGHLIGHT | BelowAverage() | su_weight | telegram
Ingredients: Wet Weight (g). Method: colour every cell that is not an error. Serves: the data check.
    | NotErrors() | su_weight | recipe | negation
Tags are reused when an animal is sold, so repeats are normal; the one-offs are what I want. TL;DR: highlight Tag ID
    + values that occur only once | Unique() | su_tag | tldr
<rule column="Tag ID" test="notBlank"/> | NotBlanks() | su_tag | html | column-word
# a lemur sanctuary
BODY WEIGHT EIGHTEEN HUNDRED GRAMS OR LESS STOP HIGHLIGHT
    | LessThanEqual(1800) | lm_weight | telegram | number-words | boundary
Ingredients: Body Weight (g). Method: colour weights of exactly 2,200 g. Serves: the vet's baseline.
    | Equals(2200) | lm_weight | recipe | number-format
Keeper's target weight for adults is 2500 g and anything off target needs a note in the daily log. TL;DR: highlight Body
    + Weight (g) not equal to 2500 | NotEquals(2500) | lm_weight | tldr
<p>Body Weight (g) &gt; 3,000</p> | GreaterThan(3000) | lm_weight | html | number-format
WEIGHT OUTSIDE TWO THOUSAND TO TWO THOUSAND EIGHT HUNDRED STOP BOUNDS COUNT INSIDE STOP HIGHLIGHT
    | NotBetween(2000, 2800) | lm_weight | telegram | number-words | range
Ingredients: Body Weight (g). Method: colour weights below 1500 or above 3200. Serves: the health watch list.
    | OR(LessThan(1500), GreaterThan(3200)) | lm_weight | recipe | compound
Zaza is Malagasy for child and the youngsters' names have it; the adults are who I'm sorting out. TL;DR: highlight Lemur
    + names not containing zaza | TextNotContains("zaza") | lm_name | tldr | negation
<li>Lemur ends with &quot;Moon&quot;</li> | TextEndsWith("Moon") | lm_name | html | quoted
LEMURS NOT BEGINNING RING STOP HIGHLIGHT | NOT(TextStartsWith("Ring")) | lm_name | telegram | negation
Ingredients: Vet Check Date. Method: colour checks this week, Sunday to Saturday. Serves: the vet's diary.
    | ThisWeek() | lm_date | recipe | date
Vet is away this week but back the week after, and the checks pile up. TL;DR: highlight Vet Check Date next week
    | NextWeek() | lm_date | tldr | date
<p>Vet Check Date &isin; last month</p> | LastMonth() | lm_date | html | date
VET CHECKS THIS MONTH STOP HIGHLIGHT | ThisMonth() | lm_date | telegram | date
Ingredients: Vet Check Date. Method: colour next month's checks. Serves: the booking clerk.
    | NextMonth() | lm_date | recipe | date
The diet team wants a quick read on who's eating well, arrows or traffic lights, they don't mind. TL;DR: icon set on
    + Fruit Eaten (g) | IconSet() | lm_fruit | tldr | visual
<p>Fruit Eaten (g): <b>two lowest</b></p> | Bottom(2) | lm_fruit | html | number-words | superlative
FRUIT EATEN TOP QUARTER STOP HIGHLIGHT | TopPercent(25) | lm_fruit | telegram
Ingredients: Fruit Eaten (g). Method: colour amounts below the average. Serves: the keeper's feed review.
    | BelowAverage() | lm_fruit | recipe
The scale sync broke on one day and the cells show junk. TL;DR: highlight Fruit Eaten (g) cells that aren't errors
    | NotErrors() | lm_fruit | tldr | negation
<p>Microchip values occurring exactly once</p> | Unique() | lm_chip | html
MICROCHIP NOT BLANK STOP HIGHLIGHT | NotBlanks() | lm_chip | telegram
# an osprey nest watch
Ingredients: Fish Delivered. Method: colour days with 3 fish or fewer. Serves: the chick-welfare notes.
    | LessThanEqual(3) | os_fish | recipe | boundary
The male usually brings five a day, and I'm checking how regular he is before the ringing visit. TL;DR: highlight Fish
    + Delivered equal to 5 | Equals(5) | os_fish | tldr
<p>Fish Delivered <b>not equal to</b> 6</p> | NotEquals(6) | os_fish | html | negation
FISH DELIVERED MORE THAN EIGHT STOP HIGHLIGHT | GreaterThan(8) | os_fish | telegram | number-words
Ingredients: Fish Delivered. Method: colour counts outside 4-7, with 4 and 7 counting as inside. Serves: the
    + unusual-days list. | NotBetween(4, 7) | os_fish | recipe | range
Unusual days are the really bad ones (under 2 fish) and the bumper ones (over 9). TL;DR: highlight Fish Delivered under
    + 2 or over 9 | OR(LessThan(2), GreaterThan(9)) | os_fish | tldr | compound
<p>Nest Site not containing <i>loch</i></p> | TextNotContains("loch") | os_nest | html | negation
NEST SITES ENDING PYLON STOP HIGHLIGHT | TextEndsWith("Pylon") | os_nest | telegram
Ingredients: Nest Site. Method: colour sites that don't begin with Pine. Serves: the platform survey.
    | NOT(TextStartsWith("Pine")) | os_nest | recipe | negation
The webcam volunteers log sightings and I'm writing the weekly update for the website. TL;DR: highlight Sighting Date in
    + this week | ThisWeek() | os_date | tldr | date
<p>Sighting Date <b>next week</b></p> | NextWeek() | os_date | html | date
SIGHTINGS LAST MONTH STOP HIGHLIGHT | LastMonth() | os_date | telegram | date
Ingredients: Sighting Date. Method: colour this month's dates. Serves: the monthly newsletter.
    | ThisMonth() | os_date | recipe | date
Ringing permit covers next month only, so those are the dates that matter. TL;DR: highlight Sighting Date in next month
    | NextMonth() | os_date | tldr | date
<format column="Flight Time (min)" type="icon-set"/> | IconSet() | os_flight | html | column-word | visual
TWO SHORTEST FLIGHT TIMES STOP HIGHLIGHT | Bottom(2) | os_flight | telegram | number-words | superlative
Ingredients: Flight Time (min). Method: colour the top 25%. Serves: the migration study.
    | TopPercent(25) | os_flight | recipe
Shorter fishing trips mean fish are close, which is good news for the chicks. TL;DR: highlight Flight Time (min) below
    + the average | BelowAverage() | os_flight | tldr
<p>Flight Time (min): highlight cells without an error</p> | NotErrors() | os_flight | html
RING CODES SEEN ONCE STOP HIGHLIGHT UNIQUE | Unique() | os_ring | telegram
Ingredients: Ring Code. Method: colour the filled-in cells. Serves: the ringing report. | NotBlanks() | os_ring | recipe
# a manatee count
Cold fronts push them into the springs, so quiet days mean warm water outside. TL;DR: highlight Manatees Counted of 4 or
    + fewer | LessThanEqual(4) | mn_count | tldr | boundary
<p>Manatees Counted = 9</p> | Equals(9) | mn_count | html
COUNT NOT TWELVE STOP HIGHLIGHT MANATEES COUNTED | NotEquals(12) | mn_count | telegram | negation | number-words
Ingredients: Manatees Counted. Method: colour counts over 15. Serves: the press release.
    | GreaterThan(15) | mn_count | recipe
Typical winter counts sit between 6 and 14 and I want the outliers, 6 and 14 being typical. TL;DR: highlight Manatees
    + Counted outside 6 to 14 | NotBetween(6, 14) | mn_count | tldr | range
<p>Manatees Counted &lt; 3 <b>OR</b> &gt; 18</p> | OR(LessThan(3), GreaterThan(18)) | mn_count | html | compound
SPRINGS WITHOUT BLUE STOP HIGHLIGHT | TextNotContains("blue") | mn_spring | telegram | negation
Ingredients: Spring. Method: colour names ending in Run. Serves: the run-channel team.
    | TextEndsWith("Run") | mn_spring | recipe
Crystal River sites are surveyed by the other team, so leave those out. TL;DR: highlight Spring names not starting with
    + Crystal | NOT(TextStartsWith("Crystal")) | mn_spring | tldr | negation | polarity
<p>Survey Flight Date this week</p> | ThisWeek() | mn_date | html | date
FLIGHTS NEXT WEEK STOP HIGHLIGHT | NextWeek() | mn_date | telegram | date
Ingredients: Survey Flight Date. Method: colour last month's flights. Serves: the fuel claim.
    | LastMonth() | mn_date | recipe | date
Pilot bills per month and the invoice always arrives before I've checked anything. TL;DR: highlight Survey Flight Date
    + in this month | ThisMonth() | mn_date | tldr | date
<li>Survey Flight Date next month</li> | NextMonth() | mn_date | html | date
ICON SET WATER TEMP STOP | IconSet() | mn_water | telegram | visual
Ingredients: Water Temp (°F). Method: colour the 2 coldest readings. Serves: the cold-stress watch.
    | Bottom(2) | mn_water | recipe | superlative
Warm outflow attracts them most, especially after a cold night. TL;DR: highlight the top 25% of Water Temp (°F)
    | TopPercent(25) | mn_water | tldr
<p>Water Temp (°F) below average</p> | BelowAverage() | mn_water | html
HIGHLIGHT WATER TEMP CELLS THAT ARE NOT ERRORS STOP | NotErrors() | mn_water | telegram | negation
Ingredients: Scar Pattern ID. Method: colour IDs seen only once. Serves: the new-animal check.
    | Unique() | mn_scar | recipe
Photo-ID is slow and many rows still lack a scar ID. TL;DR: highlight Scar Pattern ID cells that are filled in
    | NotBlanks() | mn_scar | tldr
# a wheelwright workshop
<p>Spokes Fitted &le; 8</p> | LessThanEqual(8) | ww_spokes | html | boundary
SPOKES FITTED TWELVE EXACTLY STOP HIGHLIGHT | Equals(12) | ww_spokes | telegram | number-words
Ingredients: Spokes Fitted. Method: colour counts not equal to 14. Serves: the cart-wheel order.
    | NotEquals(14) | ww_spokes | recipe | negation
Carriage wheels take more spokes than cart wheels, and the carriage ones are what the museum wants. TL;DR: highlight
    + Spokes Fitted above 16 | GreaterThan(16) | ww_spokes | tldr
<p>Spokes Fitted outside 10&ndash;15 (10 and 15 inside)</p> | NotBetween(10, 15) | ww_spokes | html | range
SPOKES UNDER SIX OR OVER EIGHTEEN STOP HIGHLIGHT
    | OR(LessThan(6), GreaterThan(18)) | ww_spokes | telegram | number-words | compound
Ingredients: Felloe Wood. Method: colour woods whose name doesn't contain ash. Serves: the timber order.
    | TextNotContains("ash") | ww_wood | recipe | negation
Oak felloes need longer seasoning and I'm planning the drying shed. TL;DR: highlight Felloe Wood ending in Oak
    | TextEndsWith("Oak") | ww_wood | tldr
<li>Felloe Wood NOT starting with Elm</li> | NOT(TextStartsWith("Elm")) | ww_wood | html | negation
WHEELS DUE THIS WEEK STOP HIGHLIGHT | ThisWeek() | ww_date | telegram | date
Ingredients: Wheel Due Date. Method: colour wheels due next week. Serves: the forge schedule.
    | NextWeek() | ww_date | recipe | date
Some wheels were due last month and still sit in the yard gathering moss. TL;DR: highlight Wheel Due Date in last month
    | LastMonth() | ww_date | tldr | date
<p>Wheel Due Date in this month</p> | ThisMonth() | ww_date | html | date
DUE NEXT MONTH STOP HIGHLIGHT WHEEL DUE DATE | NextMonth() | ww_date | telegram | date
Ingredients: Dish (mm). Method: apply an icon set. Serves: the truing bench. | IconSet() | ww_dish | recipe | visual
Too little dish and the wheel collapses sideways under load. TL;DR: highlight the 2 smallest Dish (mm) values
    | Bottom(2) | ww_dish | tldr | superlative
<p>Dish (mm) in the <b>top 25%</b></p> | TopPercent(25) | ww_dish | html
DISH BELOW AVERAGE STOP HIGHLIGHT | BelowAverage() | ww_dish | telegram
Ingredients: Dish (mm). Method: colour the cells that don't hold an error. Serves: the measurement log.
    | NotErrors() | ww_dish | recipe | negation
Repeat customers are lovely but I'm counting one-off orders for the grant form. TL;DR: highlight Order Ref values that
    + appear once | Unique() | ww_order | tldr
<p>Order Ref is not blank</p> | NotBlanks() | ww_order | html
# a lacemaking circle
BOBBINS TWENTY OR FEWER STOP HIGHLIGHT | LessThanEqual(20) | lc_bobbins | telegram | number-words | boundary
Ingredients: Bobbins Used. Method: colour patterns using exactly 32. Serves: the beginners' shelf.
    | Equals(32) | lc_bobbins | recipe
The kit comes with 40 bobbins, so anything else means buying or lending. TL;DR: highlight Bobbins Used not equal to 40
    | NotEquals(40) | lc_bobbins | tldr | negation
<p>Bobbins Used &gt; 60</p> | GreaterThan(60) | lc_bobbins | html
BOBBINS OUTSIDE TWENTY FOUR TO FORTY EIGHT STOP ENDS COUNT INSIDE STOP HIGHLIGHT
    | NotBetween(24, 48) | lc_bobbins | telegram | number-words | range
Ingredients: Bobbins Used. Method: colour counts under 16 or over 72. Serves: the odd-kit list.
    | OR(LessThan(16), GreaterThan(72)) | lc_bobbins | recipe | compound
Torchon is what everyone learns first and we've done loads; show me the rest. TL;DR: highlight Pattern not containing
    + torchon | TextNotContains("torchon") | lc_pattern | tldr | negation | polarity
<li>Pattern ends with <b>Fan</b></li> | TextEndsWith("Fan") | lc_pattern | html
PATTERNS NOT STARTING BUCKS STOP HIGHLIGHT | NOT(TextStartsWith("Bucks")) | lc_pattern | telegram | negation
Ingredients: Meeting Date. Method: colour meetings this week. Serves: the tea rota.
    | ThisWeek() | lc_date | recipe | date
Hall is double-booked next week, maybe, the vicar wasn't sure. TL;DR: highlight Meeting Date in next week
    | NextWeek() | lc_date | tldr | date
<p>Meeting Date last month</p> | LastMonth() | lc_date | html | date
MEETINGS THIS MONTH STOP HIGHLIGHT | ThisMonth() | lc_date | telegram | date
Ingredients: Meeting Date. Method: colour next month's meetings. Serves: the newsletter.
    | NextMonth() | lc_date | recipe | date
Denser lace, more pins per inch, and I'd like a little icon per row. TL;DR: icon set on Pins per Inch
    | IconSet() | lc_pins | tldr | visual
<p>Pins per Inch: <b>2 lowest</b></p> | Bottom(2) | lc_pins | html | superlative
PINS PER INCH TOP TWENTY FIVE PERCENT STOP HIGHLIGHT | TopPercent(25) | lc_pins | telegram | number-words
Ingredients: Pins per Inch. Method: colour values below the average. Serves: the easy-pattern list.
    | BelowAverage() | lc_pins | recipe
I pasted grids from an old file and one cell broke. TL;DR: highlight Pins per Inch cells that are not erors
    | NotErrors() | lc_pins | tldr | typo | negation
<p>Pillow Tag values appearing once</p> | Unique() | lc_pillow | html
PILLOW TAG NOT EMPTY STOP HIGHLIGHT | NotBlanks() | lc_pillow | telegram
# charcoal burners
Ingredients: Burn Hours. Method: colour burns of 12 hours or less. Serves: the short-burn review.
    | LessThanEqual(12) | ch_burn | recipe | boundary
Our standard ring-kiln burn is 18 hours and I'm checking which ones hit it exactly. tl;dr: hIGHLIGHT Burn Hours equal to
    + 18 | Equals(18) | ch_burn | tldr | odd-case
<p>Burn Hours &ne; 24</p> | NotEquals(24) | ch_burn | html
BURNS OVER THIRTY SIX HOURS STOP HIGHLIGHT | GreaterThan(36) | ch_burn | telegram | number-words
Ingredients: Burn Hours. Method: colour burns outside 16 to 30 hours, 16 and 30 counting as inside. Serves: the kiln
    + audit. | NotBetween(16, 30) | ch_burn | recipe | boundary | range
Too short and it's half-burnt brands, too long and it's ash. TL;DR: highlight Burn Hours under 10 or over 40
    | OR(LessThan(10), GreaterThan(40)) | ch_burn | tldr | compound
<p>Kiln does not contain <i>ring</i></p> | TextNotContains("ring") | ch_kiln | html | negation
KILNS ENDING WOOD STOP HIGHLIGHT | TextEndsWith("Wood") | ch_kiln | telegram
Ingredients: Kiln. Method: colour kilns that don't start with Hazel. Serves: the coppice plan.
    | NOT(TextStartsWith("Hazel")) | ch_kiln | recipe | negation
Bagging days this week need a van and the van needs booking. TL;DR: highlight Bagging Date in this week
    | ThisWeek() | ch_date | tldr | date
<p>Bagging Date &mdash; next week</p> | NextWeek() | ch_date | html | date
BAGGED LAST MONTH STOP HIGHLIGHT BAGGING DATE | LastMonth() | ch_date | telegram | date
Ingredients: Bagging Date. Method: colour this month's baggings. Serves: the sales forecast.
    | ThisMonth() | ch_date | recipe | date
Garden centre wants a delivery plan for barbecue season, starting with next month. TL;DR: highlight Bagging Date next
    + month | NextMonth() | ch_date | tldr | date
<format column="Charcoal Yield (kg)" type="icons"/> | IconSet() | ch_yield | html | column-word | visual
TWO LOWEST YIELDS STOP HIGHLIGHT CHARCOAL YIELD | Bottom(2) | ch_yield | telegram | number-words | superlative
Ingredients: Charcoal Yield (kg). Method: colour the top 25 percent. Serves: the best-practice notes.
    | TopPercent(25) | ch_yield | recipe
Wet wood means poor yields, and we had a wet month. TL;DR: HighLight Charcoal Yield (kg) below average
    | BelowAverage() | ch_yield | tldr | odd-case
<p>Charcoal Yield (kg) cells without errors</p> | NotErrors() | ch_yield | html
SACK BATCH ONCE ONLY STOP HIGHLIGHT | Unique() | ch_sack | telegram
Ingredients: Sack Batch. Method: colour cells that are not blank. Serves: the stock count.
    | NotBlanks() | ch_sack | recipe | negation
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
              "twentieth_cf.json", "twentieth_tables.json", "twentyfifth_cf.json", "twentyfifth_tables.json",
              "twentyfirst_cf.json", "twentyfirst_tables.json", "twentyfourth_cf.json", "twentyfourth_tables.json",
              "twentysecond_cf.json", "twentysecond_tables.json", "twentysixth_cf.json", "twentysixth_tables.json",
              "twentythird_cf.json", "twentythird_tables.json", "web_cf.json")


column_sets.bind(globals(), TWENTYSEVENTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
