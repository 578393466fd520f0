"""A twenty-ninth independent set of one-column CF requests, and the builder of twentyninth_cf.json.

Written from scratch (2026-12-07 20:16 to about 20:26 UTC by `date -u`, engineer E29c) as a new independent
evaluation set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty
domains no earlier builder's docstring names, on this set's own columns (a floorball club, a wushu school, a
spikeball league, a canoe polo team, a pupusa stand, a khinkali kitchen, a halva confectioner, a stroopwafel bakery,
a dragon fruit farm, a date palm grove, a ghee dairy, a tahini mill, a platypus survey, a meerkat enclosure, a
cassowary sanctuary, red panda keepers, a lampwork bead studio, a cloisonne workshop, a pyrography studio, a kintsugi
studio), in four styles new to the sets: `url` (the rule said as a web address, deep link or query string the user
pastes or types, with percent-escapes: "?col=Shots%20on%20Target&op=gt&value=12",
"filter=Boat%20Name%20is_exactly%20Orca", "sheet.example/app#highlight/butter-churned-kg/above/80",
"...&op=between&min=16&max=32&inclusive=true", "...&gt=14&lt=28&match=all",
"...&op=starts_with&text=Birch&negate=true", "...&when=last_7_days", "...&format=data_bar"; every literal
recoverable), `alerting` (the rule said as a monitoring or alert threshold: "alert when Rally Length drops below 15",
"trigger: Chip ID appears only once", "page me if a ... value exceeds 12", "warn threshold: ... < 15, severity high",
"alert unless ... >= 100"), `changelog` (the rule said as a release note or changelog entry: "Added: highlight each
... cell that ...", "v2.2 - now marks each ... that ...", "Fixed: a ... entry that ... now gets shaded", "Changed -
flag rows where ... (was: the same test at 9,000)", where the rule to apply is the new one, "[1.8.0] Added - colour
the ... column when a value ...") and `eli5` (very simple words, as to a child or a newcomer: "if a Fire Date box is
in next month, colour it", "colour every ... box except the ones where the number is bigger than 80", "put a little
bar in each number box that is longer when the number is bigger"). Only requests the language expresses exactly, one
right rule on the column, every literal recoverable by a careful reader. Labels are what the executor formats with
Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the
last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a blank compares
as 0 and any text is greater than any number); every comparison, Between, NotBetween, NOT of a comparison and numeric
AND and OR of this set is on a column of numbers only (no text cell, no blank), and the columns that carry a colour
scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("void", "waived",
"fallow", ...), one blank and one "#N/A" cell and no cell of one space, so that a visual rule formats the numbers
only. Text columns hold no blank. The columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell
of one space (the executor counts that cell as a blank for Blanks and NotBlanks and as a value that appears once for
Unique, as Excel does). The builder's check (`make_record` and `problems_of` on every entry) found no problem, on its
first run, before any half was seen.

What its author read: the brief (/work/team/brief29.md, `cat`); of benchmarks/data/twentyeighth_cf.py, which this
builder mirrors, an anchored `grep -n` of its top-level names (`^[A-Z_]+ = `, `^def `, `^if __name__`, `^class `,
`^import `, `^from `; by slip 1 it also printed eleven entry lines) and `wc -l` (1009), a second anchored `grep -n`
(a line that is three double quotes with or without a closing parenthesis, or a lone closing parenthesis or brace,
cut to 60 characters: 163, 366, 986), then lines 1-215 (its module docstring, imports, constants, `_joined`, its four
date lists and the `COLUMNS = {` line) and lines 986-1009 (the end of ENTRIES, OTHER_SETS, the bind and the main
block) by `sed -n`; benchmarks/data/column_sets.py and benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); tests/benchmarks/set_files.py (all, `cat`: its check
functions and the helpers beside them; `grep -n '^def '` for their places); ../shared/docs/CF_RULES.md (all, `cat`);
the first 12,000 characters of benchmarks/data/README.md (`head -c 12000`, in two prints of 5,000 and 7,000); the
public API of cf_assistant.languages.cf (parse and to_text on 18 made-up rules, for their canonical spelling) and the
executor as the builders use it (through this builder's own `make_record`). This builder's date lists (DA-DD),
columns and entries are its own: a program of its author's (under /tmp) holds the domains' columns, literals and
thresholds, phrase banks per function and templates per style, and writes this module from them; it copied nothing of
twentyeighth_cf.py but the shared code shown above (the imports, `_joined`, the form of the comment over the date
lists, the bind and the main block); its OTHER_SETS is every set file of benchmarks/data when it was written (63),
listed by that program, but this set's and the other engineer's twentyninth_tables.json.

Commands that printed anything: `date -u` (about nine times); `cat` of the brief; the `grep -n`, `wc -l` and `sed -n`
reads above; `wc -l` of column_sets.py, everyday_common.py, the test module, set_files.py and CF_RULES.md; the reads
listed above; parse/to_text of 18 made-up rules (each rule and its canonical text); a `grep -n` of the rows of
benchmarks/data/README.md starting with a twenty... file name, cut to 36 characters (line numbers 59-66 and 70-77,
file names only), `grep -c ''` of it (267 lines), the byte counts of its first 58 and 65 lines (38123, 45974: the
twenty-eighth row lies past the 12,000 characters allowed, so it was not read), `ls benchmarks/data/*.json | wc -l`
(63) and `ls benchmarks/data | grep twentynin` (nothing); three runs of a program that printed one True/False per
candidate domain or style word (78, 71 and 20 candidates): whether any builder's module docstring
(benchmarks/data/*.py except twentyninth_*, by `ast.get_docstring`, lower-cased) or the whole
benchmarks/data/README.md holds it as a substring; the generator's runs (the number of module lines, entries, columns
and other sets: 795, then 792 before this docstring and 964 with it, 430, 110, 63; eight runs, the first one stopped
by its own assertion that a text column's filler ("Dragonet") held its literal ("Dragon")); this builder's check
program (five runs, before any half was printed: 430 entries on 110 columns, no unused or unknown column key, 12 to
15 cells a column, 0 problems of `make_record` and `problems_of`, no request twice; its first run failed on a missing
`sys.path` entry); two prints of about 60 and 75 of this set's drafted entries (request, rule, tags; every ninth and
some NOT, text and changelog ones) to read them, before any half was seen; counts per style, tag and function over
all entries (three runs) with the polarity-tagged requests (twice), before any half was seen; `awk` for lines over
120 characters and `grep -c` of trailing spaces (none); `awk` of the test module for long lines (0); the builder's
main run (its first try failed: cf_assistant was not importable in that shell; `pip install -q -e '.[test]'` printed
its root warning; then the counts per function, style and tag per half) and `md5sum` of the build; the program that
inserted this set's README row (it printed the row's line number, 67) and `grep -c` of the two new rows (1 for this
set's; 0 for twentyninth_tables.json at that time; 1 and 1 later); `ls benchmarks/data | grep twentyninth` (by name
only: this set's two files and twentyninth_tables.py and .json); the test modules' pass counts (10940 passed with
`time`'s timing, then 6 passed by `-k twentyninth` once twentyninth_tables.json was there;
test_sets_are_the_projects_own.py 65, then 66 passed); `md5sum` of the rebuilds (equal to the first build).

Domains. Candidates the checks dropped (printed True): sumo, kabaddi, hurling, jai alai, kendo, curling, lacrosse,
roller derby, dragon boat, quidditch, disc golf, orienteering, sandboard, kitesurf, dim sum, ramen, gelato, baklava,
falafel, kombucha, cider, poke bowl, macaron, tamale, biltong, saffron, quinoa, sorghum, millet, lavender, cranberry,
hazelnut, olive grove, cassava, ginseng, bamboo, cork, llama, ostrich, emu, snail, worm farm, pangolin, lemur,
manatee, bumblebee, dragonfly, quilt, weaving, bookbind, taxidermy, basket, luthier, ikebana, soap mak, candle,
perfum, cooper, wheelwright, thatch, farrier, netball, capoeira, hapkido, sambo, bocce, croquet, bobsleigh, luge,
biathlon, teqball, padel, borscht, goulash, paella, onigiri, mochi, nougat, marzipan, fudge, toffee, yak, water
buffalo, cacao, jackfruit, durian, lychee, pomegranate, tapestry, woodturn, beaver. Printed False and not used:
gaelic football, cannoli, lavash, koala, sea turtle, lacquer, pewter, felting, papermak, chinchilla, angora, sashiko,
chainmail, bladesmith, filigree, wallaby, lynx, marmot, pika, ibis, toucan, macaw. Taken (printed False, alone and as
the phrase used): floorball (floorball club), wushu (wushu school), spikeball (spikeball league), canoe polo (canoe
polo team), pupusa (pupusa stand), khinkali (khinkali kitchen), halva, stroopwafel (stroopwafel bakery), dragon fruit
(dragon fruit farm), date palm (date palm grove), ghee (ghee dairy), tahini (tahini mill), platypus (platypus
survey), meerkat (meerkat enclosure), cassowary (cassowary sanctuary), red panda, lampwork (lampwork bead), cloisonne
(cloisonne workshop), pyrograph (pyrography studio), kintsugi (kintsugi studio). The style words alerting and eli5
printed False; url and changelog printed True (url at least as a substring of other words such as "hurling";
changelog as a word some earlier text uses): the brief names all four as the styles new to the sets, so they were
kept.

Slips. (1) Of reading: the first anchored `grep -n` of twentyeighth_cf.py used `^from ` (as the twenty-eighth's
author did on the twenty-seventh), which matched eleven entry lines of twentyeighth_cf.py that begin with the word
"from" (one jargon phrasing of that set, printed to the end of their lines, with their line numbers); nothing of them
was reused (this set's styles, templates, domains and columns are its own). The module docstring of
twentyeighth_cf.py, read as allowed, quotes a few of its requests' wordings in its style descriptions. No other entry
line of any builder and no utterance of a JSON file was printed. (2) No draft was reworded after its half was seen:
the check found no problem on its first run; template fixes were made after that run and before the main run (text
phrasings printed "{s}" for their literal; eli5 and changelog grammar: "boxes that is" made one box, "cells that is"
made "each ... cell that"; a percent written in words made digits; "(previously no rule)" made "(was: ...)", naming
the old threshold of a comparison; polarity phrasings added to alerting and eli5 and put first in their banks, since
the first counts gave polarity 2), and the check was run again (0 problems) before any half was printed; nothing of
the entries changed after the one main run that printed the halves (only this docstring was written after it, which
changes no record). The half size asked of this set in the test module (180 a half), its other-set count (63, every
set file before it), its column count (108) and its refusal check were set before the halves were seen. (3) The
halves are even in size (dev 215, test 215) but some functions are thin in one half (LessThan 3/12; NextMonth,
ThisMonth and TopPercent 2/8; AND and NotEquals 8/2; Bottom, BelowAverage, ColorScale, Last7Days 3/7;
GreaterThanEqual, IconSet, LastWeek, Today, Yesterday 7/3; Blanks 7/3): the hash's split, not steered; the styles are
even over the set (url and alerting 108, changelog and eli5 107) but not by half (eli5 44/63). (4) Some tags are
thin: polarity 5 ("no less than", "not below", "not smaller than" for GreaterThanEqual, "no more than", "not above",
"not bigger than" for LessThanEqual), superlative 15, number-words 16, number-format 17 (thousands with a comma),
quoted 20; typo 29 (misspellings of words that are no literal: "alret", "triger", "notfy", "higlight", "Aded", ...),
odd-case 26 (the whole request's case swapped; never on a text rule nor a url request). (5) The set has 110 columns
(ten domains of six, ten of five), not 108. (6) The requests come from a program: each style has 3 to 6 templates and
each function 1 to 3 phrasings a style, chosen by counters, so wordings repeat in pattern across domains (the domain,
column, literal and threshold differ); changelog requests of non-comparison rules in the "Changed" template say
"(was: no rule)" and the visual ones "(was: no formatting)". (7) Readings: in urls, gt, gte, lt, lte, eq and ne are
the comparisons, "op=between&min=a&max=b&inclusive=true" is Between(a, b) and "op=not_between" with the same bounds
NotBetween(a, b), "gt=a&lt=b&match=all" is AND(GreaterThan(a), LessThan(b)), "lt=a&gt=b&match=any" OR(LessThan(a),
GreaterThan(b)), "negate=true" NOT of the test beside it, "is_exactly" TextEquals, "rank=top&percent=25"
TopPercent(25), "when=..." a date period, "format=..." a visual; in alerting, "alert unless X >= n" and "trigger when
NOT (X < n)" are NOT of the comparison; in eli5, "every box except the ones where the number is bigger than n" is
NOT(GreaterThan(n)) and "the same as or bigger than n" GreaterThanEqual(n) inside it; "outside a to b (the ends a and
b count as inside)" is NotBetween(a, b). The polarity phrasings of GreaterThanEqual and LessThanEqual and the NOT of
a comparison read alike on a column of numbers, where they format the same rows; the reference is the rule the words
name. (8) Unique and Blanks count the cell of one space as Excel does, so "appears only once" also formats that cell,
and "blank" cells include it. (9) Changelog requests of the "Changed" template name the old threshold, three times
the new one ("(was: the same test at 9,000)"); the rule to apply is the new one. (10) Some alerting requests of
visual rules are monitoring views rather than thresholds ("alert dashboard: show ... with data bars so spikes stand
out"). (11) The first paragraph of the test module's docstring was reflowed when this set was added to its list. (12)
The refusal check of this set in the test module uses GreaterThan(40) on the floorball club's Minutes Played column.
(13) The first runs of this builder and of its check failed (cf_assistant not importable from /tmp and in the first
shell; reinstalled with `pip install -q -e '.[test]'`, as the brief allows). Not read: anything under cf_assistant/
beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES (but for slip 1),
benchmarks/data/README.md past its first 12,000 characters (but for line numbers, byte counts and row counts by
`grep`), the utterances of any JSON file, twentyninth_tables.* (being written beside this set by engineer E29t; never
opened), the table test module, tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data, git
(no git command was run). No model, no `cfa suggest`, no `cfa bench` and no generator of the model was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself and the next value
on either side of it, values from a twentieth of a threshold to twelve times it, both bounds of every range,
prefix/suffix/middle variants of each text literal, blanks, cells of one space, text and error cells beside the
numbers of visual columns). The 42 kinds of rule (the 41 functions, NOT counted twice: of a comparison and of a text
rule) were each given to the ten domains of one parity of their index, and GreaterThan and LessThan five records more
each on domains of the other parity, so that each function has ten records (GreaterThan and LessThan fifteen, NOT
twenty) before any half is seen; on domains of six columns the comparisons and NOT go on one numeric column and
Between, NotBetween, AND and OR on another; the styles go round the entries in turn. 430 records on 110 columns (110
distinct headers, 5 or 6 a domain): dev 215, test 215 (the hash's split, not steered); every one of the 41 functions
in both halves; 12 to 15 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (twentyninth_tables.json, written beside it by
someone else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more
than 20 cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the
rules one edit away (`everyday_common.column_problems`).

Tags: the style first (`url`, `alerting`, `changelog`, `eli5`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`, `polarity`,
`date`, `visual` (as in twentyeighth_cf.py; all given by the generator: `negation` to the functions that say a
negative, `boundary` to GreaterThanEqual, LessThanEqual, Between and NotBetween, `range` to Between and NotBetween,
`compound` to AND and OR, `quoted` to a request holding a double quote, `column-word` to one holding the word
"column", also inside a url's "column=" key), then the set tag `twentyninth`. IDs have the prefix `t29c-`; the
dev/test halves come from a hash of the ID. No request starts with "#" (a line starting so is a heading) or holds " |
" (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for one
line of 120 characters goes on in indented lines that start with "+ " (more of the request) or "|" (the next field)
(`_joined`).

Rebuild: `python benchmarks/data/twentyninth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "twentyninth_cf.json"
PREFIX = "t29c"
TWENTYNINTH_TAG = "twentyninth"
STYLES = ("url", "alerting", "changelog", "eli5")
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
# month May, next month July. The four date lists below are this set's own; each holds a date in
# every period and a date in none of them, and two hold a blank and two a text cell.
DA = ("2024-06-12|2024-06-11|2024-06-13|2024-06-15|2024-06-09|2024-06-07|2024-06-03|2024-06-17|2024-06-21|"
      "2024-06-28|2024-05-22|2024-07-09|2023-12-01||2024-06-01")
DB = ("2024-06-11|2024-06-12|2024-06-14|2024-06-13|2024-06-10|2024-06-06|2024-06-04|2024-06-20|2024-06-16|"
      "2024-06-26|2024-05-08|2024-07-23|2025-01-15|tbc")
DC = ("2024-06-13|2024-06-10|2024-06-12|2024-06-08|2024-06-11|2024-06-02|2024-06-19|2024-06-22|2024-06-29|"
      "2024-05-30|2024-07-02|2024-09-18||2024-06-14")
DD = ("2024-06-12|2024-06-14|2024-06-11|2024-06-13|2024-06-09|2024-06-05|2024-06-07|2024-06-18|2024-06-24|"
      "2024-05-15|2024-07-30|2024-04-12|n/a|2024-06-06")
COLUMNS = {
    "fb_n1": ("Shots on Target", "1|3|6|11|12|13|18|23|24|25|36|60|144"),
    "fb_n2": ("Minutes Played", "2|10|20|39|40|41|60|79|80|81|120|200|480"),
    "fb_v": ("Saves Made", "2|3|5|void|6|7|9||12|15|#N/A|18|24|36|54"),
    "fb_t": ("Opponent",
               "Viper|Viper Club|Old Viper|North Viper Reserves|Kestrel|Falcon|Falcon Old|Club Falcon|"
               "Reserves Falcon North|Lynx Ones|Hawks|Otters"),
    "fb_d": ("Match Date", DA),
    "fb_i": ("Player ID",
               "FB-101|FB-102|FB-101|FB-103|FB-104|FB-105|FB-104|FB-106|FB-107|FB-108|FB-109|FB-101|| |FB-110"),
    "wu_n1": ("Form Score", "1|2|4|7|8|9|12|15|16|17|24|40|96"),
    "wu_v": ("Class Fees ($)", "10|15|29|waived|30|31|45||60|75|#N/A|90|120|180|270"),
    "wu_t": ("Routine",
               "Crane|Crane Step|White Crane|Long Crane Form|Monkey Fist|Tiger|Tiger White|Step Tiger|"
               "Form Tiger Long|Drunken Staff|Plum Set|Eagle Claw"),
    "wu_d": ("Grading Date", DB),
    "wu_i": ("Student No",
               "WS-101|WS-102|WS-101|WS-103|WS-104|WS-105|WS-104|WS-106|WS-107|WS-108|WS-109|WS-101|| |WS-110"),
    "sp_n1": ("Rally Length", "1|3|7|14|15|16|22|29|30|31|45|75|180"),
    "sp_n2": ("Points Won", "1|5|10|19|20|21|30|39|40|41|60|100|240"),
    "sp_v": ("Aces Served", "1|2|3|forfeit|4|5|6||8|10|#N/A|12|16|24|36"),
    "sp_t": ("Team Name",
               "Rebound|Rebound Crew|Big Rebound|Pure Rebound Squad|Net Ninjas|Spin|Spin Big|Crew Spin|"
               "Squad Spin Pure|Ring Kings|Dab Hands|Rim Shots"),
    "sp_d": ("Game Date", DC),
    "sp_i": ("Pair Code",
               "SB-101|SB-102|SB-101|SB-103|SB-104|SB-105|SB-104|SB-106|SB-107|SB-108|SB-109|SB-101|| |SB-110"),
    "cp_n1": ("Paddle Strokes", "3|15|30|59|60|61|90|119|120|121|180|300|720"),
    "cp_v": ("Goals Scored", "1|2|4|void|5|6|7||10|12|#N/A|15|20|30|45"),
    "cp_t": ("Boat Name",
               "Orca|Orca One|Blue Orca|Red Orca Two|Pike|Heron|Heron Blue|One Heron|Two Heron Red|Sculler|Bream|"
               "Tarn"),
    "cp_d": ("Session Date", DD),
    "cp_i": ("Kayak Tag",
               "CP-101|CP-102|CP-101|CP-103|CP-104|CP-105|CP-104|CP-106|CP-107|CP-108|CP-109|CP-101|| |CP-110"),
    "pu_n1": ("Pupusas Sold", "2|12|25|49|50|51|75|99|100|101|150|250|600"),
    "pu_n2": ("Masa Used (kg)", "1|2|5|9|10|11|15|19|20|21|30|50|120"),
    "pu_v": ("Tips ($)", "8|12|24|none|25|26|37||50|62|#N/A|75|100|150|225"),
    "pu_t": ("Filling",
               "Queso|Queso Extra|Chicharron Queso|Frijol Queso Mix|Revuelta|Loroco|Loroco Chicharron|Extra Loroco|"
               "Mix Loroco Frijol|Ayote|Jalapeno|Pollo Asado"),
    "pu_d": ("Stall Date", DA),
    "pu_i": ("Order No",
               "PU-101|PU-102|PU-101|PU-103|PU-104|PU-105|PU-104|PU-106|PU-107|PU-108|PU-109|PU-101|| |PU-110"),
    "kh_n1": ("Khinkali Folded", "60|300|600|1199|1200|1201|1800|2399|2400|2401|3600|6000|14400"),
    "kh_v": ("Broth Loss (ml)", "13|20|39|spilt|40|41|60||80|100|#N/A|120|160|240|360"),
    "kh_t": ("Batch Label",
               "Kalakuri|Kalakuri Big|Spicy Kalakuri|Lamb Kalakuri Small|Kartopili|Mtiuluri|Mtiuluri Spicy|"
               "Big Mtiuluri|Small Mtiuluri Lamb|Soko|Qvelit|Beef Mix"),
    "kh_d": ("Fold Date", DB),
    "kh_i": ("Tray ID",
               "KH-101|KH-102|KH-101|KH-103|KH-104|KH-105|KH-104|KH-106|KH-107|KH-108|KH-109|KH-101|| |KH-110"),
    "ha_n1": ("Slab Weight (g)", "12|62|125|249|250|251|375|499|500|501|750|1250|3000"),
    "ha_n2": ("Tahini Ratio (%)", "1|7|15|29|30|31|45|59|60|61|90|150|360"),
    "ha_v": ("Rejects", "2|3|6|scrapped|7|8|10||14|17|#N/A|21|28|42|63"),
    "ha_t": ("Flavour",
               "Pistachio|Pistachio Swirl|Dark Pistachio|Double Pistachio Bar|Vanilla Bean|Cocoa|Cocoa Dark|"
               "Swirl Cocoa|Bar Cocoa Double|Sesame Plain|Marble|Honey"),
    "ha_d": ("Pour Date", DC),
    "ha_i": ("Slab Code",
               "HV-101|HV-102|HV-101|HV-103|HV-104|HV-105|HV-104|HV-106|HV-107|HV-108|HV-109|HV-101|| |HV-110"),
    "sw_n1": ("Waffles Baked", "75|375|750|1499|1500|1501|2250|2999|3000|3001|4500|7500|18000"),
    "sw_v": ("Broken Wafers", "3|4|8|n/a|9|10|13||18|22|#N/A|27|36|54|81"),
    "sw_t": ("Syrup Type",
               "Caramel|Caramel Dark|Salted Caramel|Thick Caramel Mini|Cinnamon|Honey|Honey Salted|Dark Honey|"
               "Mini Honey Thick|Maple|Spice Mix|Plain"),
    "sw_d": ("Bake Date", DD),
    "sw_i": ("Batch No",
               "SW-101|SW-102|SW-101|SW-103|SW-104|SW-105|SW-104|SW-106|SW-107|SW-108|SW-109|SW-101|| |SW-110"),
    "df_n1": ("Fruit per Vine", "1|4|9|17|18|19|27|35|36|37|54|90|216"),
    "df_n2": ("Brix Reading", "1|3|7|13|14|15|21|27|28|29|42|70|168"),
    "df_v": ("Crates Picked", "6|10|19|fallow|20|21|30||40|50|#N/A|60|80|120|180"),
    "df_t": ("Variety",
               "Sugar|Sugar Red|Pink Sugar|Sweet Sugar Early|Yellow Palora|Dragon|Dragon Pink|Red Dragon|"
               "Early Dragon Sweet|Cosmic Star|Vietnam White|Halley"),
    "df_d": ("Pick Date", DA),
    "df_i": ("Row Tag",
               "DF-101|DF-102|DF-101|DF-103|DF-104|DF-105|DF-104|DF-106|DF-107|DF-108|DF-109|DF-101|| |DF-110"),
    "dp_n1": ("Bunches Cut", "1|6|12|23|24|25|36|47|48|49|72|120|288"),
    "dp_v": ("Yield (kg)", "20|30|59|resting|60|61|90||120|150|#N/A|180|240|360|540"),
    "dp_t": ("Cultivar",
               "Medjool|Medjool Royal|Golden Medjool|Soft Medjool Grade|Deglet Noor|Barhi|Barhi Golden|Royal Barhi|"
               "Grade Barhi Soft|Zahidi|Khalas|Halawy"),
    "dp_d": ("Harvest Date", DB),
    "dp_i": ("Palm ID",
               "DP-101|DP-102|DP-101|DP-103|DP-104|DP-105|DP-104|DP-106|DP-107|DP-108|DP-109|DP-101|| |DP-110"),
    "gh_n1": ("Butter Churned (kg)", "4|20|40|79|80|81|120|159|160|161|240|400|960"),
    "gh_n2": ("Jars Filled", "6|30|60|119|120|121|180|239|240|241|360|600|1440"),
    "gh_v": ("Skim Loss (l)", "1|2|3|dry|4|6|7||9|12|#N/A|18|27"),
    "gh_t": ("Jar Label",
               "Cultured|Cultured Cow|Raw Cultured|Small Cultured Batch|A2 Gir|Desi|Desi Raw|Cow Desi|"
               "Batch Desi Small|Buffalo|Spiced|Brown Butter"),
    "gh_d": ("Clarify Date", DC),
    "gh_i": ("Lot Code",
               "GH-101|GH-102|GH-101|GH-103|GH-104|GH-105|GH-104|GH-106|GH-107|GH-108|GH-109|GH-101|| |GH-110"),
    "tm_n1": ("Sesame Milled (kg)", "100|500|1000|1999|2000|2001|3000|3999|4000|4001|6000|10000|24000"),
    "tm_v": ("Oil Separation (mm)", "2|4|7|idle|8|9|12||16|20|#N/A|24|32|48|72"),
    "tm_t": ("Roast Level",
               "Light|Light Hulled|Extra Light|Amber Light Roast|Medium Whole|Dark|Dark Extra|Hulled Dark|"
               "Roast Dark Amber|Unhulled|Black Seed|Raw"),
    "tm_d": ("Mill Date", DD),
    "tm_i": ("Drum ID",
               "TM-101|TM-102|TM-101|TM-103|TM-104|TM-105|TM-104|TM-106|TM-107|TM-108|TM-109|TM-101|| |TM-110"),
    "pl_n1": ("Dives Logged", "1|8|17|34|35|36|52|69|70|71|105|175|420"),
    "pl_n2": ("Water Temp (C)", "1|4|8|15|16|17|24|31|32|33|48|80|192"),
    "pl_v": ("Burrows Found", "1|2|3|flooded|4|6|7||9|12|#N/A|18|27"),
    "pl_t": ("Creek Name",
               "Wattle|Wattle Upper|Lower Wattle|Gully Wattle Bend|Fern Pool|Granite|Granite Lower|Upper Granite|"
               "Bend Granite Gully|Black Snake|Mossy|Deep Hole"),
    "pl_d": ("Survey Date", DA),
    "pl_i": ("Tag Number",
               "PL-101|PL-102|PL-101|PL-103|PL-104|PL-105|PL-104|PL-106|PL-107|PL-108|PL-109|PL-101|| |PL-110"),
    "mk_n1": ("Sentry Minutes", "2|11|22|44|45|46|67|89|90|91|135|225|540"),
    "mk_v": ("Grubs Eaten", "4|6|11|fasting|12|13|18||24|30|#N/A|36|48|72|108"),
    "mk_t": ("Mob Name",
               "Sandstorm|Sandstorm Big|Little Sandstorm|Runners Sandstorm Clan|Kalahari|Dune|Dune Little|Big Dune|"
               "Clan Dune Runners|Scrub Gang|Burrow Lot|Sunny"),
    "mk_d": ("Weigh Date", DB),
    "mk_i": ("Chip ID",
               "MK-101|MK-102|MK-101|MK-103|MK-104|MK-105|MK-104|MK-106|MK-107|MK-108|MK-109|MK-101|| |MK-110"),
    "cs_n1": ("Casque Height (mm)", "7|37|75|149|150|151|225|299|300|301|450|750|1800"),
    "cs_n2": ("Fruit Eaten (kg)", "1|1|2|4|5|6|7|9|10|11|15|25|60"),
    "cs_v": ("Visitor Sightings", "3|5|9|closed|10|11|15||20|25|#N/A|30|40|60|90"),
    "cs_t": ("Keeper Note",
               "Fence|Fence Check|New Fence|Broken Fence Watch|Quiet Day|Chick|Chick New|Check Chick|"
               "Watch Chick Broken|Rain Only|Swamp Walk|Feed Done"),
    "cs_d": ("Log Date", DC),
    "cs_i": ("Bird ID",
               "CS-101|CS-102|CS-101|CS-103|CS-104|CS-105|CS-104|CS-106|CS-107|CS-108|CS-109|CS-101|| |CS-110"),
    "rp_n1": ("Bamboo Eaten (g)", "15|75|150|299|300|301|450|599|600|601|900|1500|3600"),
    "rp_v": ("Climb Count", "5|7|14|asleep|15|16|22||30|37|#N/A|45|60|90|135"),
    "rp_t": ("Enrichment",
               "Puzzle|Puzzle Box|Hanging Puzzle|Fresh Puzzle Trail|Ice Lolly|Scent|Scent Hanging|Box Scent|"
               "Trail Scent Fresh|Pine Cone|Leaf Pile|Mirror"),
    "rp_d": ("Check Date", DD),
    "rp_i": ("Panda ID",
               "RP-101|RP-102|RP-101|RP-103|RP-104|RP-105|RP-104|RP-106|RP-107|RP-108|RP-109|RP-101|| |RP-110"),
    "lw_n1": ("Beads Wound", "2|10|20|39|40|41|60|79|80|81|120|200|480"),
    "lw_n2": ("Torch Minutes", "4|22|45|89|90|91|135|179|180|181|270|450|1080"),
    "lw_v": ("Cracked Beads", "2|3|5|kiln off|6|7|9||12|15|#N/A|18|24|36|54"),
    "lw_t": ("Glass Colour",
               "Cobalt|Cobalt Deep|Pale Cobalt|Streak Cobalt Dots|Opal White|Amber|Amber Pale|Deep Amber|"
               "Dots Amber Streak|Ivory|Teal Frit|Ruby Gold"),
    "lw_d": ("Wind Date", DA),
    "lw_i": ("Mandrel No",
               "LW-101|LW-102|LW-101|LW-103|LW-104|LW-105|LW-104|LW-106|LW-107|LW-108|LW-109|LW-101|| |LW-110"),
    "cl_n1": ("Cells Filled", "3|17|35|69|70|71|105|139|140|141|210|350|840"),
    "cl_v": ("Firing Faults", "1|2|3|cold|4|5|6||8|10|#N/A|12|16|24|36"),
    "cl_t": ("Enamel",
               "Jade|Jade Green|Soft Jade|Blush Jade Flux|Turquoise|Coral|Coral Soft|Green Coral|Flux Coral Blush|"
               "Lapis|Opaque Black|Pearl"),
    "cl_d": ("Fire Date", DB),
    "cl_i": ("Piece ID",
               "CL-101|CL-102|CL-101|CL-103|CL-104|CL-105|CL-104|CL-106|CL-107|CL-108|CL-109|CL-101|| |CL-110"),
    "py_n1": ("Burn Minutes", "1|6|12|24|25|26|37|49|50|51|75|125|300"),
    "py_n2": ("Tip Temp (C)", "25|125|250|499|500|501|750|999|1000|1001|1500|2500|6000"),
    "py_v": ("Boards Sold", "2|4|7|display|8|9|12||16|20|#N/A|24|32|48|72"),
    "py_t": ("Wood",
               "Birch|Birch Basswood|Round Birch|Slice Birch Board|Poplar|Maple|Maple Round|Basswood Maple|"
               "Board Maple Slice|Lime Block|Cherry|Walnut Plank"),
    "py_d": ("Burn Date", DC),
    "py_i": ("Panel Code",
               "PY-101|PY-102|PY-101|PY-103|PY-104|PY-105|PY-104|PY-106|PY-107|PY-108|PY-109|PY-101|| |PY-110"),
    "ks_n1": ("Shards Joined", "1|4|8|15|16|17|24|31|32|33|48|80|192"),
    "ks_v": ("Gold Leaf (mg)", "16|25|49|silver|50|51|75||100|125|#N/A|150|200|300|450"),
    "ks_t": ("Vessel",
               "Teabowl|Teabowl Raku|Celadon Teabowl|Tall Teabowl Small|Sake Cup|Vase|Vase Celadon|Raku Vase|"
               "Small Vase Tall|Plate|Dish Set|Jar"),
    "ks_d": ("Repair Date", DD),
    "ks_i": ("Vessel No",
               "KS-101|KS-102|KS-101|KS-103|KS-104|KS-105|KS-104|KS-106|KS-107|KS-108|KS-109|KS-101|| |KS-110"),
}

ENTRIES = _joined(r"""
?col=Shots%20on%20Target&op=gt&value=12 | GreaterThan(12) | fb_n1 | url
ALRET WHEN sHOTS ON tARGET DROPS BELOW TWELVE | LessThan(12) | fb_n1 | alerting | typo | odd-case | number-words
Added: highlight each Shots on Target cell that is exactly 12 | Equals(12) | fb_n1 | changelog
colour each Minutes Played box that is somewhere from 40 up to 80, and 40 and 80 themselves count too
    | Between(40, 80) | fb_n2 | eli5 | boundary | range
sheet.example/rules/new?column=Minutes%20Played&gt=40&lt=80&match=all
    | AND(GreaterThan(40), LessThan(80)) | fb_n2 | url | compound | column-word
alert unless Shots on Target > 24 | NOT(GreaterThan(24)) | fb_n1 | alerting | negation
v2.2 - now marks each Opponent that contains "Viper" | TextContains("Viper") | fb_t | changelog | quoted
if a Opponent box starts with the word Falcon, colour it | TextStartsWith("Falcon") | fb_t | eli5
https://grid.example/cf/add?field=Opponent&op=starts_with&text=Viper&negate=true
    | NOT(TextStartsWith("Viper")) | fb_t | url | negation
trigger: Saves Made is one of the 3 lowest | Bottom(3) | fb_v | alerting | superlative
Fixed: a Saves Made entry that is in the bottom 25% now gets shaded | BottomPercent(25) | fb_v | changelog
a Saves Made box should turn yellow when it is smaller than the average of all the numbers
    | BelowAverage() | fb_v | eli5
app.example/fmt?col=Saves%20Made&test=no_error | NotErrors() | fb_v | url | negation
alret dashboard: show Saves Made with data bars so spikes stand out | DataBar() | fb_v | alerting | typo | visual
Changed - flag rows where Player ID appears more than once (was: no rule) | Duplicates() | fb_i | changelog
paint a Player ID box a bright colour if it is empty, with nothing written in it | Blanks() | fb_i | eli5
?column=Match%20Date&when=today | Today() | fb_d | url | column-word | date
page me if a Match Date value is tomorrow | Tomorrow() | fb_d | alerting | date
[1.8.0] aDDED - COLOUR THE mATCH dATE COLUMN WHEN A VALUE FELL LAST WEEK
    | LastWeek() | fb_d | changelog | odd-case | column-word | date
colour each Match Date box that is in next week | NextWeek() | fb_d | eli5 | date
sheet.example/rules/new?field=Match%20Date&when=this_month | ThisMonth() | fb_d | url | date
warn threshold: Form Score exceeds 16, severity high | GreaterThan(16) | wu_n1 | alerting
Added: highlight each Form Score cell that is no less than sixteen
    | GreaterThanEqual(16) | wu_n1 | changelog | number-words | boundary | polarity
if a Form Score box is smaller than 8, colour it | LessThan(8) | wu_n1 | eli5
filter=Form%20Score%20lte%2016 | LessThanEqual(16) | wu_n1 | url | boundary
notfy the team when Form Score != 16 | NotEquals(16) | wu_n1 | alerting | typo | negation
v2.2 - now marks each Form Score that is outside 8 to 16 (the ends 8 and 16 count as inside)
    | NotBetween(8, 16) | wu_n1 | changelog | negation | boundary | range
a Form Score box should turn yellow when it is smaller than 8 or bigger than 16
    | OR(LessThan(8), GreaterThan(16)) | wu_n1 | eli5 | compound
app.example/fmt?column=Routine&op=is_exactly&text=Crane | TextEquals("Crane") | wu_t | url | column-word
create alert - condition: Routine does not contain "Tiger"
    | TextNotContains("Tiger") | wu_t | alerting | negation | quoted
Fixed: a Routine entry that ends with Crane now gets shaded | TextEndsWith("Crane") | wu_t | changelog
paint a Class Fees ($) box a bright colour if it is one of the 3 biggest numbers | Top(3) | wu_v | eli5 | superlative
?field=Class%20Fees%20%28%24%29&rank=top&percent=25 | TopPercent(25) | wu_v | url
alert when Class Fees ($) is above the column average | AboveAverage() | wu_v | alerting | column-word
Changed - flag rows where Class Fees ($) shows an error (#N/A and the like) (was: no rule) | Errors() | wu_v | changelog
IN THE cLASS fEES ($) BOXES, MAKE THE NUMBER BOXES CHANGE COLOUR, LIGHT FOR SMALL NUMBERS AND DARK FOR BIG ONES
    | ColorScale() | wu_v | eli5 | odd-case | visual
sheet.example/rules/new?col=Class%20Fees%20%28%24%29&format=icon_set | IconSet() | wu_v | url | visual
triger: Student No appears only once | Unique() | wu_i | alerting | typo
[1.8.0] Added - colour the Student No column when a value is not blank
    | NotBlanks() | wu_i | changelog | negation | column-word
colour each Grading Date box that was yesterday | Yesterday() | wu_d | eli5 | date
https://grid.example/cf/add?column=Grading%20Date&when=last_7_days | Last7Days() | wu_d | url | column-word | date
page me if a Grading Date value falls this week | ThisWeek() | wu_d | alerting | date
Added: highlight each Grading Date cell that fell last month | LastMonth() | wu_d | changelog | date
if a Grading Date box is in next month, colour it | NextMonth() | wu_d | eli5 | date
sheet.example/app#highlight/rally-length/above/15 | GreaterThan(15) | sp_n1 | url
warn threshold: Rally Length < fifteen, severity high | LessThan(15) | sp_n1 | alerting | number-words
v2.2 - now marks each Rally Length that equals 15 | Equals(15) | sp_n1 | changelog
a Points Won box should turn yellow when it is somewhere from 20 up to 40, and 20 and 40 themselves count too
    | Between(20, 40) | sp_n2 | eli5 | boundary | range
?col=Points%20Won&gt=20&lt=40&match=all | AND(GreaterThan(20), LessThan(40)) | sp_n2 | url | compound
triger when NOT (Rally Length < 15) | NOT(LessThan(15)) | sp_n1 | alerting | typo | negation
Fixed: a Team Name entry that mentions "Rebound" now gets shaded | TextContains("Rebound") | sp_t | changelog | quoted
paint a Team Name box a bright colour if it starts with the word Spin | TextStartsWith("Spin") | sp_t | eli5
sheet.example/rules/new?column=Team%20Name&op=ends_with&text=Rebound&negate=true
    | NOT(TextEndsWith("Rebound")) | sp_t | url | negation | column-word
NOTIFY THE TEAM WHEN aCES sERVED IS ONE OF THE BOTTOM 3 VALUES | Bottom(3) | sp_v | alerting | odd-case
Changed - flag rows where Aces Served is in the bottom 25% (was: no rule) | BottomPercent(25) | sp_v | changelog
colour each Aces Served box that is smaller than the average of all the numbers | BelowAverage() | sp_v | eli5
https://grid.example/cf/add?field=Aces%20Served&test=no_error | NotErrors() | sp_v | url | negation
monitoring view - put data bars on the Aces Served column, no threshold
    | DataBar() | sp_v | alerting | column-word | visual
[1.8.0] Added - colour the Pair Code column when a value appears more than once
    | Duplicates() | sp_i | changelog | column-word
if a Pair Code box is empty, with nothing written in it, colour it | Blanks() | sp_i | eli5
app.example/fmt?col=Game%20Date&when=today | Today() | sp_d | url | date
create alret - condition: Game Date is tomorrow | Tomorrow() | sp_d | alerting | typo | date
Added: highlight each Game Date cell that fell last week | LastWeek() | sp_d | changelog | date
a Game Date box should turn yellow when it is in next week | NextWeek() | sp_d | eli5 | date
?column=Game%20Date&when=this_month | ThisMonth() | sp_d | url | column-word | date
alert when Paddle Strokes breaches 120 | GreaterThan(120) | cp_n1 | alerting
v2.2 - now marks each Paddle Strokes that is a hundred and twenty or more
    | GreaterThanEqual(120) | cp_n1 | changelog | number-words | boundary
PAINT A pADDLE sTROKES BOX A BRIGHT COLOUR IF IT IS LESS THAN 60 | LessThan(60) | cp_n1 | eli5 | odd-case
sheet.example/rules/new?field=Paddle%20Strokes&test=lte&value=120 | LessThanEqual(120) | cp_n1 | url | boundary
trigger: Paddle Strokes is not equal to 120 | NotEquals(120) | cp_n1 | alerting | negation
Fixed: a Paddle Strokes entry that falls outside the 60-120 range, ends inclusive now gets shaded
    | NotBetween(60, 120) | cp_n1 | changelog | negation | boundary | range
colour each Paddle Strokes box that is smaller than 60 or bigger than 120
    | OR(LessThan(60), GreaterThan(120)) | cp_n1 | eli5 | compound
filter=Boat%20Name%20is_exactly%20Orca | TextEquals("Orca") | cp_t | url
page me if a Boat Name value never mentions "Heron" | TextNotContains("Heron") | cp_t | alerting | negation | quoted
Changed - flag rows where Boat Name ends in Orca (was: no rule) | TextEndsWith("Orca") | cp_t | changelog
if a Goals Scored box is one of the 3 biggest numbers, colour it | Top(3) | cp_v | eli5 | superlative
app.example/fmt?column=Goals%20Scored&rank=top&percent=25 | TopPercent(25) | cp_v | url | column-word
warn threshold: Goals Scored is above the column average, severity high | AboveAverage() | cp_v | alerting | column-word
[1.8.0] Added - colour the Goals Scored column when a value shows an error (#N/A and the like)
    | Errors() | cp_v | changelog | column-word
in the Goals Scored boxes, make the number boxes change colour, light for small numbers and dark for big ones
    | ColorScale() | cp_v | eli5 | visual
?field=Goals%20Scored&format=icon_set | IconSet() | cp_v | url | visual
notify the team when Kayak Tag appears only once | Unique() | cp_i | alerting
Added: highlight each Kayak Tag cell that is not blank | NotBlanks() | cp_i | changelog | negation
a Session Date box should turn yellow when it was yesterday | Yesterday() | cp_d | eli5 | date
sheet.example/rules/new?col=Session%20Date&when=last_7_days | Last7Days() | cp_d | url | date
CREATE ALRET - CONDITION: sESSION dATE FALLS THIS WEEK | ThisWeek() | cp_d | alerting | typo | odd-case | date
v2.2 - now marks each Session Date that fell last month | LastMonth() | cp_d | changelog | date
paint a Session Date box a bright colour if it is in next month | NextMonth() | cp_d | eli5 | date
https://grid.example/cf/add?column=Pupusas%20Sold&op=gt&value=50 | GreaterThan(50) | pu_n1 | url | column-word
alert when Pupusas Sold falls under fifty | LessThan(50) | pu_n1 | alerting | number-words
Fixed: a Pupusas Sold entry that comes out at exactly 50 now gets shaded | Equals(50) | pu_n1 | changelog
colour each Masa Used (kg) box that is somewhere from 10 up to 20, and 10 and 20 themselves count too
    | Between(10, 20) | pu_n2 | eli5 | boundary | range
app.example/fmt?field=Masa%20Used%20%28kg%29&gt=10&lt=20&match=all
    | AND(GreaterThan(10), LessThan(20)) | pu_n2 | url | compound
alert unless Pupusas Sold >= 100 | NOT(GreaterThanEqual(100)) | pu_n1 | alerting | negation
Changed - flag rows where Filling contains "Queso" (was: no rule) | TextContains("Queso") | pu_t | changelog | quoted
if a Filling box starts with the word Loroco, colour it | TextStartsWith("Loroco") | pu_t | eli5
?col=Filling&op=contains&text=Queso&negate=true | NOT(TextContains("Queso")) | pu_t | url | negation
triger: Tips ($) is one of the 3 lowest | Bottom(3) | pu_v | alerting | typo | superlative
[1.8.0] Added - colour the Tips ($) column when a value is in the bottom 25%
    | BottomPercent(25) | pu_v | changelog | column-word
a Tips ($) box should turn yellow when it is smaller than the average of all the numbers | BelowAverage() | pu_v | eli5
sheet.example/rules/new?column=Tips%20%28%24%29&test=no_error | NotErrors() | pu_v | url | negation | column-word
alert dashboard: show Tips ($) with data bars so spikes stand out | DataBar() | pu_v | alerting | visual
aDDED: HIGHLIGHT EACH oRDER nO CELL THAT APPEARS MORE THAN ONCE | Duplicates() | pu_i | changelog | odd-case
paint a Order No box a bright colour if it is empty, with nothing written in it | Blanks() | pu_i | eli5
https://grid.example/cf/add?field=Stall%20Date&when=today | Today() | pu_d | url | date
page me if a Stall Date value is tomorrow | Tomorrow() | pu_d | alerting | date
v2.2 - now marks each Stall Date that fell last week | LastWeek() | pu_d | changelog | date
colour each Stall Date box that is in next week | NextWeek() | pu_d | eli5 | date
app.example/fmt?col=Stall%20Date&when=this_month | ThisMonth() | pu_d | url | date
warn treshold: Khinkali Folded goes above 2,400, severity high
    | GreaterThan(2400) | kh_n1 | alerting | typo | number-format
Fixed: a Khinkali Folded entry that is at least 2,400 now gets shaded
    | GreaterThanEqual(2400) | kh_n1 | changelog | number-format | boundary
if a Khinkali Folded box is smaller than 1,200, colour it | LessThan(1200) | kh_n1 | eli5 | number-format
filter=Khinkali%20Folded%20lte%202400 | LessThanEqual(2400) | kh_n1 | url | boundary
notify the team when Khinkali Folded is anything other than 2,400
    | NotEquals(2400) | kh_n1 | alerting | negation | number-format
Changed - flag rows where Khinkali Folded is outside 1,200 to 2,400 (the ends 1,200 and 2,400 count as inside) (was: no
    + rule) | NotBetween(1200, 2400) | kh_n1 | changelog | negation | number-format | boundary | range
a Khinkali Folded box should turn yellow when it is smaller than 1,200 or bigger than 2,400
    | OR(LessThan(1200), GreaterThan(2400)) | kh_n1 | eli5 | number-format | compound
sheet.example/rules/new?field=Batch%20Label&op=is_exactly&text=Kalakuri | TextEquals("Kalakuri") | kh_t | url
create alert - condition: Batch Label does not contain "Mtiuluri"
    | TextNotContains("Mtiuluri") | kh_t | alerting | negation | quoted
[1.8.0] Added - colour the Batch Label column when a value ends with Kalakuri
    | TextEndsWith("Kalakuri") | kh_t | changelog | column-word
PAINT A bROTH lOSS (ML) BOX A BRIGHT COLOUR IF IT IS ONE OF THE 3 BIGGEST NUMBERS
    | Top(3) | kh_v | eli5 | odd-case | superlative
https://grid.example/cf/add?col=Broth%20Loss%20%28ml%29&rank=top&percent=25 | TopPercent(25) | kh_v | url
alret when Broth Loss (ml) is above the column average | AboveAverage() | kh_v | alerting | typo | column-word
Added: highlight each Broth Loss (ml) cell that shows an error (#N/A and the like) | Errors() | kh_v | changelog
in the Broth Loss (ml) boxes, make the number boxes change colour, light for small numbers and dark for big ones
    | ColorScale() | kh_v | eli5 | visual
app.example/fmt?column=Broth%20Loss%20%28ml%29&format=icon_set | IconSet() | kh_v | url | column-word | visual
trigger: Tray ID appears only once | Unique() | kh_i | alerting
v2.2 - now marks each Tray ID that is not blank | NotBlanks() | kh_i | changelog | negation
colour each Fold Date box that was yesterday | Yesterday() | kh_d | eli5 | date
?field=Fold%20Date&when=last_7_days | Last7Days() | kh_d | url | date
page me if a Fold Date value falls this week | ThisWeek() | kh_d | alerting | date
Fixed: a Fold Date entry that fell last month now gets shaded | LastMonth() | kh_d | changelog | date
if a Fold Date box is in next month, colour it | NextMonth() | kh_d | eli5 | date
sheet.example/app#highlight/slab-weight-g/above/250 | GreaterThan(250) | ha_n1 | url
warn treshold: Slab Weight (g) drops below two hundred and fifty, severity high
    | LessThan(250) | ha_n1 | alerting | typo | number-words
cHANGED - FLAG ROWS WHERE sLAB wEIGHT (G) IS EXACTLY 250 (WAS: THE SAME TEST AT 750)
    | Equals(250) | ha_n1 | changelog | odd-case
a Tahini Ratio (%) box should turn yellow when it is somewhere from 30 up to 60, and 30 and 60 themselves count too
    | Between(30, 60) | ha_n2 | eli5 | boundary | range
https://grid.example/cf/add?column=Tahini%20Ratio%20%28%25%29&gt=30&lt=60&match=all
    | AND(GreaterThan(30), LessThan(60)) | ha_n2 | url | compound | column-word
trigger when NOT (Slab Weight (g) <= 250) | NOT(LessThanEqual(250)) | ha_n1 | alerting | negation
[1.8.0] Added - colour the Flavour column when a value mentions "Pistachio"
    | TextContains("Pistachio") | ha_t | changelog | quoted | column-word
paint a Flavour box a bright colour if it starts with the word Cocoa | TextStartsWith("Cocoa") | ha_t | eli5
app.example/fmt?field=Flavour&op=starts_with&text=Pistachio&negate=true
    | NOT(TextStartsWith("Pistachio")) | ha_t | url | negation
notify the team when Rejects is one of the bottom 3 values | Bottom(3) | ha_v | alerting
Added: highlight each Rejects cell that is in the bottom 25% | BottomPercent(25) | ha_v | changelog
colour each Rejects box that is smaller than the average of all the numbers | BelowAverage() | ha_v | eli5
?col=Rejects&test=no_error | NotErrors() | ha_v | url | negation
monitoring view - put data bars on the Rejects column, no treshold
    | DataBar() | ha_v | alerting | typo | column-word | visual
v2.2 - now marks each Slab Code that appears more than once | Duplicates() | ha_i | changelog
if a Slab Code box is empty, with nothing written in it, colour it | Blanks() | ha_i | eli5
sheet.example/rules/new?column=Pour%20Date&when=today | Today() | ha_d | url | column-word | date
create alert - condition: Pour Date is tomorrow | Tomorrow() | ha_d | alerting | date
Fixed: a Pour Date entry that fell last week now gets shaded | LastWeek() | ha_d | changelog | date
A pOUR dATE BOX SHOULD TURN YELLOW WHEN IT IS IN NEXT WEEK | NextWeek() | ha_d | eli5 | odd-case | date
https://grid.example/cf/add?field=Pour%20Date&when=this_month | ThisMonth() | ha_d | url | date
alert when Waffles Baked > 3,000 | GreaterThan(3000) | sw_n1 | alerting | number-format
Changed - flag rows where Waffles Baked is no less than 3,000 (was: the same test at 9,000)
    | GreaterThanEqual(3000) | sw_n1 | changelog | number-format | boundary | polarity
paint a Waffles Baked box a bright colour if it is less than 1,500 | LessThan(1500) | sw_n1 | eli5 | number-format
app.example/fmt?col=Waffles%20Baked&test=lte&value=3000 | LessThanEqual(3000) | sw_n1 | url | boundary
triger: Waffles Baked != 3,000 | NotEquals(3000) | sw_n1 | alerting | typo | negation | number-format
[1.8.0] Added - colour the Waffles Baked column when a value falls outside the 1,500-3,000 range, ends inclusive
    | NotBetween(1500, 3000) | sw_n1 | changelog | negation | number-format | column-word | boundary | range
colour each Waffles Baked box that is smaller than 1,500 or bigger than 3,000
    | OR(LessThan(1500), GreaterThan(3000)) | sw_n1 | eli5 | number-format | compound
filter=Syrup%20Type%20is_exactly%20Caramel | TextEquals("Caramel") | sw_t | url
page me if a Syrup Type value never mentions "Honey" | TextNotContains("Honey") | sw_t | alerting | negation | quoted
Added: highlight each Syrup Type cell that ends in Caramel | TextEndsWith("Caramel") | sw_t | changelog
if a Broken Wafers box is one of the 3 biggest numbers, colour it | Top(3) | sw_v | eli5 | superlative
sheet.example/rules/new?field=Broken%20Wafers&rank=top&percent=25 | TopPercent(25) | sw_v | url
warn threshold: Broken Wafers is above the column average, severity high
    | AboveAverage() | sw_v | alerting | column-word
v2.2 - now marks each Broken Wafers that shows an error (#N/A and the like) | Errors() | sw_v | changelog
in the Broken Wafers boxes, make the number boxes change colour, light for small numbers and dark for big ones
    | ColorScale() | sw_v | eli5 | visual
https://grid.example/cf/add?col=Broken%20Wafers&format=icon_set | IconSet() | sw_v | url | visual
NOTFY THE TEAM WHEN bATCH nO APPEARS ONLY ONCE | Unique() | sw_i | alerting | typo | odd-case
Fixed: a Batch No entry that is not blank now gets shaded | NotBlanks() | sw_i | changelog | negation
a Bake Date box should turn yellow when it was yesterday | Yesterday() | sw_d | eli5 | date
app.example/fmt?column=Bake%20Date&when=last_7_days | Last7Days() | sw_d | url | column-word | date
create alert - condition: Bake Date falls this week | ThisWeek() | sw_d | alerting | date
Changed - flag rows where Bake Date fell last month (was: no rule) | LastMonth() | sw_d | changelog | date
paint a Bake Date box a bright colour if it is in next month | NextMonth() | sw_d | eli5 | date
?field=Fruit%20per%20Vine&op=gt&value=18 | GreaterThan(18) | df_n1 | url
alert when Fruit per Vine < eighteen | LessThan(18) | df_n1 | alerting | number-words
[1.8.0] Added - colour the Fruit per Vine column when a value equals 18 | Equals(18) | df_n1 | changelog | column-word
colour each Brix Reading box that is somewhere from 14 up to 28, and 14 and 28 themselves count too
    | Between(14, 28) | df_n2 | eli5 | boundary | range
sheet.example/rules/new?col=Brix%20Reading&gt=14&lt=28&match=all
    | AND(GreaterThan(14), LessThan(28)) | df_n2 | url | compound
alret unless Fruit per Vine > 36 | NOT(GreaterThan(36)) | df_n1 | alerting | typo | negation
Added: highlight each Variety cell that contains "Sugar" | TextContains("Sugar") | df_t | changelog | quoted
if a Variety box starts with the word Dragon, colour it | TextStartsWith("Dragon") | df_t | eli5
https://grid.example/cf/add?column=Variety&op=ends_with&text=Sugar&negate=true
    | NOT(TextEndsWith("Sugar")) | df_t | url | negation | column-word
trigger: Crates Picked is one of the 3 lowest | Bottom(3) | df_v | alerting | superlative
V2.2 - NOW MARKS EACH cRATES pICKED THAT IS IN THE BOTTOM 25% | BottomPercent(25) | df_v | changelog | odd-case
a Crates Picked box should turn yellow when it is smaller than the average of all the numbers
    | BelowAverage() | df_v | eli5
app.example/fmt?field=Crates%20Picked&test=no_error | NotErrors() | df_v | url | negation
alert dashboard: show Crates Picked with data bars so spikes stand out | DataBar() | df_v | alerting | visual
Fixed: a Row Tag entry that appears more than once now gets shaded | Duplicates() | df_i | changelog
paint a Row Tag box a bright colour if it is empty, with nothing written in it | Blanks() | df_i | eli5
?col=Pick%20Date&when=today | Today() | df_d | url | date
page me if a Pick Date value is tomorrow | Tomorrow() | df_d | alerting | date
Changed - flag rows where Pick Date fell last week (was: no rule) | LastWeek() | df_d | changelog | date
colour each Pick Date box that is in next week | NextWeek() | df_d | eli5 | date
sheet.example/rules/new?column=Pick%20Date&when=this_month | ThisMonth() | df_d | url | column-word | date
warn threshold: Bunches Cut exceeds 48, severity high | GreaterThan(48) | dp_n1 | alerting
[1.8.0] Added - colour the Bunches Cut column when a value is forty-eight or more
    | GreaterThanEqual(48) | dp_n1 | changelog | number-words | column-word | boundary
if a Bunches Cut box is smaller than 24, colour it | LessThan(24) | dp_n1 | eli5
filter=Bunches%20Cut%20lte%2048 | LessThanEqual(48) | dp_n1 | url | boundary
NOTIFY THE TEAM WHEN bUNCHES cUT IS NOT EQUAL TO 48 | NotEquals(48) | dp_n1 | alerting | odd-case | negation
Added: highlight each Bunches Cut cell that is outside 24 to 48 (the ends 24 and 48 count as inside)
    | NotBetween(24, 48) | dp_n1 | changelog | negation | boundary | range
a Bunches Cut box should turn yellow when it is smaller than 24 or bigger than 48
    | OR(LessThan(24), GreaterThan(48)) | dp_n1 | eli5 | compound
app.example/fmt?col=Cultivar&op=is_exactly&text=Medjool | TextEquals("Medjool") | dp_t | url
create alret - condition: Cultivar does not contain "Barhi"
    | TextNotContains("Barhi") | dp_t | alerting | typo | negation | quoted
v2.2 - now marks each Cultivar that ends with Medjool | TextEndsWith("Medjool") | dp_t | changelog
paint a Yield (kg) box a bright colour if it is one of the 3 biggest numbers | Top(3) | dp_v | eli5 | superlative
?column=Yield%20%28kg%29&rank=top&percent=25 | TopPercent(25) | dp_v | url | column-word
alert when Yield (kg) is above the column average | AboveAverage() | dp_v | alerting | column-word
Fixed: a Yield (kg) entry that shows an error (#N/A and the like) now gets shaded | Errors() | dp_v | changelog
in the Yield (kg) boxes, make the number boxes change colour, light for small numbers and dark for big ones
    | ColorScale() | dp_v | eli5 | visual
sheet.example/rules/new?field=Yield%20%28kg%29&format=icon_set | IconSet() | dp_v | url | visual
trigger: Palm ID appears only once | Unique() | dp_i | alerting
Changed - flag rows where Palm ID is not blank (was: no rule) | NotBlanks() | dp_i | changelog | negation
colour each Harvest Date box that was yesterday | Yesterday() | dp_d | eli5 | date
https://grid.example/cf/add?col=Harvest%20Date&when=last_7_days | Last7Days() | dp_d | url | date
page me if a Harvest Date value falls this week | ThisWeek() | dp_d | alerting | date
[1.8.0] aDDED - COLOUR THE hARVEST dATE COLUMN WHEN A VALUE FELL LAST MONTH
    | LastMonth() | dp_d | changelog | odd-case | column-word | date
if a Harvest Date box is in next month, colour it | NextMonth() | dp_d | eli5 | date
sheet.example/app#highlight/butter-churned-kg/above/80 | GreaterThan(80) | gh_n1 | url
warn threshold: Butter Churned (kg) falls under eighty, severity high | LessThan(80) | gh_n1 | alerting | number-words
Added: highlight each Butter Churned (kg) cell that comes out at exactly 80 | Equals(80) | gh_n1 | changelog
a Jars Filled box should turn yellow when it is somewhere from 120 up to 240, and 120 and 240 themselves count too
    | Between(120, 240) | gh_n2 | eli5 | boundary | range
?field=Jars%20Filled&gt=120&lt=240&match=all | AND(GreaterThan(120), LessThan(240)) | gh_n2 | url | compound
trigger when NOT (Butter Churned (kg) < 80) | NOT(LessThan(80)) | gh_n1 | alerting | negation
v2.2 - now marks each Jar Label that mentions "Cultured" | TextContains("Cultured") | gh_t | changelog | quoted
paint a Jar Label box a bright colour if it starts with the word Desi | TextStartsWith("Desi") | gh_t | eli5
sheet.example/rules/new?col=Jar%20Label&op=contains&text=Cultured&negate=true
    | NOT(TextContains("Cultured")) | gh_t | url | negation
notfy the team when Skim Loss (l) is one of the bottom 3 values | Bottom(3) | gh_v | alerting | typo
Fixed: a Skim Loss (l) entry that is in the bottom 25% now gets shaded | BottomPercent(25) | gh_v | changelog
colour each Skim Loss (l) box that is smaller than the average of all the numbers | BelowAverage() | gh_v | eli5
https://grid.example/cf/add?column=Skim%20Loss%20%28l%29&test=no_error
    | NotErrors() | gh_v | url | negation | column-word
monitoring view - put data bars on the Skim Loss (l) column, no threshold
    | DataBar() | gh_v | alerting | column-word | visual
Changed - flag rows where Lot Code appears more than once (was: no rule) | Duplicates() | gh_i | changelog
IF A lOT cODE BOX IS EMPTY, WITH NOTHING WRITTEN IN IT, COLOUR IT | Blanks() | gh_i | eli5 | odd-case
app.example/fmt?field=Clarify%20Date&when=today | Today() | gh_d | url | date
create alert - condition: Clarify Date is tomorrow | Tomorrow() | gh_d | alerting | date
[1.8.0] Added - colour the Clarify Date column when a value fell last week
    | LastWeek() | gh_d | changelog | column-word | date
a Clarify Date box should turn yellow when it is in next week | NextWeek() | gh_d | eli5 | date
?col=Clarify%20Date&when=this_month | ThisMonth() | gh_d | url | date
alret when Sesame Milled (kg) is not below 4,000
    | GreaterThanEqual(4000) | tm_n1 | alerting | typo | number-format | boundary | polarity
Added: highlight each Sesame Milled (kg) cell that is no more than 4,000
    | LessThanEqual(4000) | tm_n1 | changelog | number-format | boundary | polarity
paint a Sesame Milled (kg) box a bright colour if it is not 4,000
    | NotEquals(4000) | tm_n1 | eli5 | negation | number-format
sheet.example/rules/new?column=Sesame%20Milled%20%28kg%29&op=not_between&min=2000&max=4000&inclusive=true
    | NotBetween(2000, 4000) | tm_n1 | url | negation | column-word | boundary | range
trigger: Sesame Milled (kg) is under 2,000 or over 4,000
    | OR(LessThan(2000), GreaterThan(4000)) | tm_n1 | alerting | number-format | compound
v2.2 - now marks each Roast Level that is exactly "Light" | TextEquals("Light") | tm_t | changelog | quoted
colour each Roast Level box that does not have the word Dark anywhere in it
    | TextNotContains("Dark") | tm_t | eli5 | negation
filter=Roast%20Level%20ends_with%20Light | TextEndsWith("Light") | tm_t | url
page me if a Oil Separation (mm) value is one of the 3 highest | Top(3) | tm_v | alerting | superlative
Fixed: a Oil Separation (mm) entry that is in the top 25% now gets shaded | TopPercent(25) | tm_v | changelog
if a Oil Separation (mm) box is bigger than the average of all the numbers, colour it | AboveAverage() | tm_v | eli5
app.example/fmt?col=Oil%20Separation%20%28mm%29&test=error | Errors() | tm_v | url
ALRET DASHBOARD: SHOW oIL sEPARATION (MM) WITH A COLOUR SCALE SO SPIKES STAND OUT
    | ColorScale() | tm_v | alerting | typo | odd-case | visual
Added: an icon set on Oil Separation (mm) | IconSet() | tm_v | changelog | visual
a Drum ID box should turn yellow when it shows up just one time | Unique() | tm_i | eli5
?column=Drum%20ID&test=not_blank | NotBlanks() | tm_i | url | negation | column-word
warn threshold: Mill Date was yesterday, severity high | Yesterday() | tm_d | alerting | date
Changed - flag rows where Mill Date falls in the last 7 days (was: no rule) | Last7Days() | tm_d | changelog | date
paint a Mill Date box a bright colour if it is in this week | ThisWeek() | tm_d | eli5 | date
sheet.example/rules/new?field=Mill%20Date&when=last_month | LastMonth() | tm_d | url | date
notify the team when Mill Date falls next month | NextMonth() | tm_d | alerting | date
[1.8.0] Added - colour the Dives Logged column when a value is over thirty-five
    | GreaterThan(35) | pl_n1 | changelog | number-words | column-word
colour each Dives Logged box that is less than 35 | LessThan(35) | pl_n1 | eli5
https://grid.example/cf/add?col=Dives%20Logged&test=eq&value=35 | Equals(35) | pl_n1 | url
create alret - condition: Water Temp (C) is between 16 and 32, both ends included
    | Between(16, 32) | pl_n2 | alerting | typo | boundary | range
Added: highlight each Water Temp (C) cell that is over 16 and under 32
    | AND(GreaterThan(16), LessThan(32)) | pl_n2 | changelog | compound
COLOUR EVERY dIVES lOGGED BOX EXCEPT THE ONES WHERE THE NUMBER IS THE SAME AS OR BIGGER THAN 70
    | NOT(GreaterThanEqual(70)) | pl_n1 | eli5 | odd-case | negation
app.example/fmt?column=Creek%20Name&op=contains&text=Wattle | TextContains("Wattle") | pl_t | url | column-word
alert when Creek Name starts with "Granite" | TextStartsWith("Granite") | pl_t | alerting | quoted
v2.2 - now marks each Creek Name that does not start with Wattle
    | NOT(TextStartsWith("Wattle")) | pl_t | changelog | negation
if a Burrows Found box is one of the 3 smallest numbers, colour it | Bottom(3) | pl_v | eli5 | superlative
?field=Burrows%20Found&rank=bottom&percent=25 | BottomPercent(25) | pl_v | url
trigger: Burrows Found is below the column average | BelowAverage() | pl_v | alerting | column-word
Fixed: a Burrows Found entry that shows no error now gets shaded | NotErrors() | pl_v | changelog | negation
in the Burrows Found boxes, put a little bar in each number box that is longer when the number is bigger
    | DataBar() | pl_v | eli5 | visual
sheet.example/rules/new?col=Tag%20Number&test=duplicate | Duplicates() | pl_i | url
page me if a Tag Number value is blank | Blanks() | pl_i | alerting
Changed - flag rows where Survey Date is today (was: no rule) | Today() | pl_d | changelog | date
a Survey Date box should turn yellow when it is tomorrow | Tomorrow() | pl_d | eli5 | date
https://grid.example/cf/add?column=Survey%20Date&when=last_week | LastWeek() | pl_d | url | column-word | date
warn threshold: Survey Date falls next week, severity high | NextWeek() | pl_d | alerting | date
[1.8.0] Added - colour the Survey Date column when a value falls this month
    | ThisMonth() | pl_d | changelog | column-word | date
paint a Sentry Minutes box a bright colour if it is not smaller than ninety
    | GreaterThanEqual(90) | mk_n1 | eli5 | number-words | boundary | polarity
app.example/fmt?field=Sentry%20Minutes&op=lte&value=90 | LessThanEqual(90) | mk_n1 | url | boundary
NOTIFY THE TEAM WHEN sENTRY mINUTES IS ANYTHING OTHER THAN 90 | NotEquals(90) | mk_n1 | alerting | odd-case | negation
Added: highlight each Sentry Minutes cell that falls outside the 45-90 range, ends inclusive
    | NotBetween(45, 90) | mk_n1 | changelog | negation | boundary | range
colour each Sentry Minutes box that is smaller than 45 or bigger than 90
    | OR(LessThan(45), GreaterThan(90)) | mk_n1 | eli5 | compound
filter=Mob%20Name%20is_exactly%20Sandstorm | TextEquals("Sandstorm") | mk_t | url
create alret - condition: Mob Name never mentions "Dune"
    | TextNotContains("Dune") | mk_t | alerting | typo | negation | quoted
v2.2 - now marks each Mob Name that ends in Sandstorm | TextEndsWith("Sandstorm") | mk_t | changelog
if a Grubs Eaten box is one of the 3 biggest numbers, colour it | Top(3) | mk_v | eli5 | superlative
sheet.example/rules/new?column=Grubs%20Eaten&rank=top&percent=25 | TopPercent(25) | mk_v | url | column-word
alert when Grubs Eaten is above the column average | AboveAverage() | mk_v | alerting | column-word
Fixed: a Grubs Eaten entry that shows an error (#N/A and the like) now gets shaded | Errors() | mk_v | changelog
in the Grubs Eaten boxes, make the number boxes change colour, light for small numbers and dark for big ones
    | ColorScale() | mk_v | eli5 | visual
https://grid.example/cf/add?field=Grubs%20Eaten&format=icon_set | IconSet() | mk_v | url | visual
trigger: Chip ID appears only once | Unique() | mk_i | alerting
Changed - flag rows where Chip ID is not blank (was: no rule) | NotBlanks() | mk_i | changelog | negation
a Weigh Date box should turn yellow when it was yesterday | Yesterday() | mk_d | eli5 | date
app.example/fmt?col=Weigh%20Date&when=last_7_days | Last7Days() | mk_d | url | date
page me if a Weigh Date value falls this week | ThisWeek() | mk_d | alerting | date
[1.8.0] aDDED - COLOUR THE wEIGH dATE COLUMN WHEN A VALUE FELL LAST MONTH
    | LastMonth() | mk_d | changelog | odd-case | column-word | date
paint a Weigh Date box a bright colour if it is in next month | NextMonth() | mk_d | eli5 | date
filter=Casque%20Height%20%28mm%29%20gt%20150 | GreaterThan(150) | cs_n1 | url
warn threshold: Casque Height (mm) drops below 150, severity high | LessThan(150) | cs_n1 | alerting
Added: highlight each Casque Height (mm) cell that is exactly a hundred and fifty
    | Equals(150) | cs_n1 | changelog | number-words
colour each Fruit Eaten (kg) box that is somewhere from 5 up to 10, and 5 and 10 themselves count too
    | Between(5, 10) | cs_n2 | eli5 | boundary | range
sheet.example/rules/new?field=Fruit%20Eaten%20%28kg%29&gt=5&lt=10&match=all
    | AND(GreaterThan(5), LessThan(10)) | cs_n2 | url | compound
alert unless Casque Height (mm) <= 150 | NOT(LessThanEqual(150)) | cs_n1 | alerting | negation
v2.2 - now marks each Keeper Note that contains "Fence" | TextContains("Fence") | cs_t | changelog | quoted
if a Keeper Note box starts with the word Chick, colour it | TextStartsWith("Chick") | cs_t | eli5
https://grid.example/cf/add?col=Keeper%20Note&op=ends_with&text=Fence&negate=true
    | NOT(TextEndsWith("Fence")) | cs_t | url | negation
notfy the team when Visitor Sightings is one of the bottom 3 values | Bottom(3) | cs_v | alerting | typo
Fixed: a Visitor Sightings entry that is in the bottom 25% now gets shaded | BottomPercent(25) | cs_v | changelog
a Visitor Sightings box should turn yellow when it is smaller than the average of all the numbers
    | BelowAverage() | cs_v | eli5
app.example/fmt?column=Visitor%20Sightings&test=no_error | NotErrors() | cs_v | url | negation | column-word
monitoring view - put data bars on the Visitor Sightings column, no threshold
    | DataBar() | cs_v | alerting | column-word | visual
Changed - flag rows where Bird ID appears more than once (was: no rule) | Duplicates() | cs_i | changelog
PAINT A bIRD id BOX A BRIGHT COLOUR IF IT IS EMPTY, WITH NOTHING WRITTEN IN IT | Blanks() | cs_i | eli5 | odd-case
?field=Log%20Date&when=today | Today() | cs_d | url | date
create alert - condition: Log Date is tomorrow | Tomorrow() | cs_d | alerting | date
[1.8.0] Added - colour the Log Date column when a value fell last week
    | LastWeek() | cs_d | changelog | column-word | date
colour each Log Date box that is in next week | NextWeek() | cs_d | eli5 | date
sheet.example/rules/new?col=Log%20Date&when=this_month | ThisMonth() | cs_d | url | date
alret when Bamboo Eaten (g) >= 600 | GreaterThanEqual(600) | rp_n1 | alerting | typo | boundary
Added: highlight each Bamboo Eaten (g) cell that is 600 or less | LessThanEqual(600) | rp_n1 | changelog | boundary
if a Bamboo Eaten (g) box is any number except 600, colour it | NotEquals(600) | rp_n1 | eli5 | negation
https://grid.example/cf/add?column=Bamboo%20Eaten%20%28g%29&op=not_between&min=300&max=600&inclusive=true
    | NotBetween(300, 600) | rp_n1 | url | negation | column-word | boundary | range
trigger: Bamboo Eaten (g) is below 300 or above 600 | OR(LessThan(300), GreaterThan(600)) | rp_n1 | alerting | compound
v2.2 - now marks each Enrichment that reads exactly "Puzzle" | TextEquals("Puzzle") | rp_t | changelog | quoted
a Enrichment box should turn yellow when it does not have the word Scent anywhere in it
    | TextNotContains("Scent") | rp_t | eli5 | negation
app.example/fmt?field=Enrichment&op=ends_with&text=Puzzle | TextEndsWith("Puzzle") | rp_t | url
page me if a Climb Count value is one of the 3 highest | Top(3) | rp_v | alerting | superlative
Fixed: a Climb Count entry that is in the top 25% now gets shaded | TopPercent(25) | rp_v | changelog
paint a Climb Count box a bright colour if it is bigger than the average of all the numbers
    | AboveAverage() | rp_v | eli5
?col=Climb%20Count&test=error | Errors() | rp_v | url
ALRET DASHBOARD: SHOW cLIMB cOUNT WITH A COLOUR SCALE SO SPIKES STAND OUT
    | ColorScale() | rp_v | alerting | typo | odd-case | visual
v3.2 - Climb Count now gets an icon set | IconSet() | rp_v | changelog | visual
colour each Panda ID box that shows up just one time | Unique() | rp_i | eli5
sheet.example/rules/new?column=Panda%20ID&test=not_blank | NotBlanks() | rp_i | url | negation | column-word
warn threshold: Check Date was yesterday, severity high | Yesterday() | rp_d | alerting | date
Changed - flag rows where Check Date falls in the last 7 days (was: no rule) | Last7Days() | rp_d | changelog | date
if a Check Date box is in this week, colour it | ThisWeek() | rp_d | eli5 | date
https://grid.example/cf/add?field=Check%20Date&when=last_month | LastMonth() | rp_d | url | date
notify the team when Check Date falls next month | NextMonth() | rp_d | alerting | date
[1.8.0] Added - colour the Beads Wound column when a value is more than forty
    | GreaterThan(40) | lw_n1 | changelog | number-words | column-word
a Beads Wound box should turn yellow when it is smaller than 40 | LessThan(40) | lw_n1 | eli5
sheet.example/app#highlight/beads-wound/equals/40 | Equals(40) | lw_n1 | url
create alret - condition: Torch Minutes is from 90 to 180 inclusive
    | Between(90, 180) | lw_n2 | alerting | typo | boundary | range
Added: highlight each Torch Minutes cell that is above 90 but below 180
    | AND(GreaterThan(90), LessThan(180)) | lw_n2 | changelog | compound
COLOUR EVERY bEADS wOUND BOX EXCEPT THE ONES WHERE THE NUMBER IS BIGGER THAN 80
    | NOT(GreaterThan(80)) | lw_n1 | eli5 | odd-case | negation
filter=Glass%20Colour%20contains%20Cobalt | TextContains("Cobalt") | lw_t | url
alert when Glass Colour begins with "Amber" | TextStartsWith("Amber") | lw_t | alerting | quoted
v2.2 - now marks each Glass Colour that does not contain Cobalt
    | NOT(TextContains("Cobalt")) | lw_t | changelog | negation
paint a Cracked Beads box a bright colour if it is one of the 3 smallest numbers | Bottom(3) | lw_v | eli5 | superlative
sheet.example/rules/new?field=Cracked%20Beads&rank=bottom&percent=25 | BottomPercent(25) | lw_v | url
trigger: Cracked Beads is below the column average | BelowAverage() | lw_v | alerting | column-word
Fixed: a Cracked Beads entry that shows no error now gets shaded | NotErrors() | lw_v | changelog | negation
in the Cracked Beads boxes, put a little bar in each number box that is longer when the number is bigger
    | DataBar() | lw_v | eli5 | visual
https://grid.example/cf/add?col=Mandrel%20No&test=duplicate | Duplicates() | lw_i | url
page me if a Mandrel No value is blank | Blanks() | lw_i | alerting
Changed - flag rows where Wind Date is today (was: no rule) | Today() | lw_d | changelog | date
colour each Wind Date box that is tomorrow | Tomorrow() | lw_d | eli5 | date
app.example/fmt?column=Wind%20Date&when=last_week | LastWeek() | lw_d | url | column-word | date
warn threshold: Wind Date falls next week, severity high | NextWeek() | lw_d | alerting | date
[1.8.0] Added - colour the Wind Date column when a value falls this month
    | ThisMonth() | lw_d | changelog | column-word | date
if a Cells Filled box is a hundred and forty or bigger, colour it
    | GreaterThanEqual(140) | cl_n1 | eli5 | number-words | boundary
?field=Cells%20Filled&test=lte&value=140 | LessThanEqual(140) | cl_n1 | url | boundary
NOTIFY THE TEAM WHEN cELLS fILLED != 140 | NotEquals(140) | cl_n1 | alerting | odd-case | negation
Added: highlight each Cells Filled cell that is outside 70 to 140 (the ends 70 and 140 count as inside)
    | NotBetween(70, 140) | cl_n1 | changelog | negation | boundary | range
a Cells Filled box should turn yellow when it is smaller than 70 or bigger than 140
    | OR(LessThan(70), GreaterThan(140)) | cl_n1 | eli5 | compound
sheet.example/rules/new?col=Enamel&op=is_exactly&text=Jade | TextEquals("Jade") | cl_t | url
create alret - condition: Enamel does not contain "Coral"
    | TextNotContains("Coral") | cl_t | alerting | typo | negation | quoted
v2.2 - now marks each Enamel that ends with Jade | TextEndsWith("Jade") | cl_t | changelog
paint a Firing Faults box a bright colour if it is one of the 3 biggest numbers | Top(3) | cl_v | eli5 | superlative
https://grid.example/cf/add?column=Firing%20Faults&rank=top&percent=25 | TopPercent(25) | cl_v | url | column-word
alert when Firing Faults is above the column average | AboveAverage() | cl_v | alerting | column-word
Fixed: a Firing Faults entry that shows an error (#N/A and the like) now gets shaded | Errors() | cl_v | changelog
in the Firing Faults boxes, make the number boxes change colour, light for small numbers and dark for big ones
    | ColorScale() | cl_v | eli5 | visual
app.example/fmt?field=Firing%20Faults&format=icon_set | IconSet() | cl_v | url | visual
trigger: Piece ID appears only once | Unique() | cl_i | alerting
Changed - flag rows where Piece ID is not blank (was: no rule) | NotBlanks() | cl_i | changelog | negation
colour each Fire Date box that was yesterday | Yesterday() | cl_d | eli5 | date
?col=Fire%20Date&when=last_7_days | Last7Days() | cl_d | url | date
page me if a Fire Date value falls this week | ThisWeek() | cl_d | alerting | date
[1.8.0] aDDED - COLOUR THE fIRE dATE COLUMN WHEN A VALUE FELL LAST MONTH
    | LastMonth() | cl_d | changelog | odd-case | column-word | date
if a Fire Date box is in next month, colour it | NextMonth() | cl_d | eli5 | date
sheet.example/rules/new?column=Burn%20Minutes&op=gt&value=25 | GreaterThan(25) | py_n1 | url | column-word
warn threshold: Burn Minutes < 25, severity high | LessThan(25) | py_n1 | alerting
Added: highlight each Burn Minutes cell that equals twenty-five | Equals(25) | py_n1 | changelog | number-words
a Tip Temp (C) box should turn yellow when it is somewhere from 500 up to 1,000, and 500 and 1,000 themselves count too
    | Between(500, 1000) | py_n2 | eli5 | number-format | boundary | range
https://grid.example/cf/add?field=Tip%20Temp%20%28C%29&gt=500&lt=1000&match=all
    | AND(GreaterThan(500), LessThan(1000)) | py_n2 | url | compound
trigger when NOT (Burn Minutes < 25) | NOT(LessThan(25)) | py_n1 | alerting | negation
v2.2 - now marks each Wood that mentions "Birch" | TextContains("Birch") | py_t | changelog | quoted
paint a Wood box a bright colour if it starts with the word Maple | TextStartsWith("Maple") | py_t | eli5
app.example/fmt?col=Wood&op=starts_with&text=Birch&negate=true | NOT(TextStartsWith("Birch")) | py_t | url | negation
notfy the team when Boards Sold is one of the bottom 3 values | Bottom(3) | py_v | alerting | typo
Fixed: a Boards Sold entry that is in the bottom 25% now gets shaded | BottomPercent(25) | py_v | changelog
colour each Boards Sold box that is smaller than the average of all the numbers | BelowAverage() | py_v | eli5
?column=Boards%20Sold&test=no_error | NotErrors() | py_v | url | negation | column-word
monitoring view - put data bars on the Boards Sold column, no threshold
    | DataBar() | py_v | alerting | column-word | visual
Changed - flag rows where Panel Code appears more than once (was: no rule) | Duplicates() | py_i | changelog
IF A pANEL cODE BOX IS EMPTY, WITH NOTHING WRITTEN IN IT, COLOUR IT | Blanks() | py_i | eli5 | odd-case
sheet.example/rules/new?field=Burn%20Date&when=today | Today() | py_d | url | date
create alert - condition: Burn Date is tomorrow | Tomorrow() | py_d | alerting | date
[1.8.0] Added - colour the Burn Date column when a value fell last week
    | LastWeek() | py_d | changelog | column-word | date
a Burn Date box should turn yellow when it is in next week | NextWeek() | py_d | eli5 | date
https://grid.example/cf/add?col=Burn%20Date&when=this_month | ThisMonth() | py_d | url | date
alret when Shards Joined reaches 32 or more | GreaterThanEqual(32) | ks_n1 | alerting | typo | boundary
Added: highlight each Shards Joined cell that is at most 32 | LessThanEqual(32) | ks_n1 | changelog | boundary
paint a Shards Joined box a bright colour if it is not thirty-two
    | NotEquals(32) | ks_n1 | eli5 | negation | number-words
app.example/fmt?column=Shards%20Joined&op=not_between&min=16&max=32&inclusive=true
    | NotBetween(16, 32) | ks_n1 | url | negation | column-word | boundary | range
trigger: Shards Joined is under 16 or over 32 | OR(LessThan(16), GreaterThan(32)) | ks_n1 | alerting | compound
v2.2 - now marks each Vessel that is exactly "Teabowl" | TextEquals("Teabowl") | ks_t | changelog | quoted
colour each Vessel box that does not have the word Vase anywhere in it
    | TextNotContains("Vase") | ks_t | eli5 | negation
filter=Vessel%20ends_with%20Teabowl | TextEndsWith("Teabowl") | ks_t | url
page me if a Gold Leaf (mg) value is one of the 3 highest | Top(3) | ks_v | alerting | superlative
Fixed: a Gold Leaf (mg) entry that is in the top 25% now gets shaded | TopPercent(25) | ks_v | changelog
if a Gold Leaf (mg) box is bigger than the average of all the numbers, colour it | AboveAverage() | ks_v | eli5
sheet.example/rules/new?col=Gold%20Leaf%20%28mg%29&test=error | Errors() | ks_v | url
ALRET DASHBOARD: SHOW gOLD lEAF (MG) WITH A COLOUR SCALE SO SPIKES STAND OUT
    | ColorScale() | ks_v | alerting | typo | odd-case | visual
Changed - Gold Leaf (mg) uses an icon set now (was: no formatting) | IconSet() | ks_v | changelog | visual
a Vessel No box should turn yellow when it shows up just one time | Unique() | ks_i | eli5
https://grid.example/cf/add?column=Vessel%20No&test=not_blank | NotBlanks() | ks_i | url | negation | column-word
warn threshold: Repair Date was yesterday, severity high | Yesterday() | ks_d | alerting | date
Changed - flag rows where Repair Date falls in the last 7 days (was: no rule) | Last7Days() | ks_d | changelog | date
paint a Repair Date box a bright colour if it is in this week | ThisWeek() | ks_d | eli5 | date
app.example/fmt?field=Repair%20Date&when=last_month | LastMonth() | ks_d | url | date
notify the team when Repair Date falls next month | NextMonth() | ks_d | alerting | date
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
              "twentieth_cf.json", "twentieth_tables.json", "twentyeighth_cf.json", "twentyeighth_tables.json",
              "twentyfifth_cf.json", "twentyfifth_tables.json", "twentyfirst_cf.json", "twentyfirst_tables.json",
              "twentyfourth_cf.json", "twentyfourth_tables.json", "twentysecond_cf.json", "twentysecond_tables.json",
              "twentyseventh_cf.json", "twentyseventh_tables.json", "twentysixth_cf.json", "twentysixth_tables.json",
              "twentythird_cf.json", "twentythird_tables.json", "web_cf.json")


column_sets.bind(globals(), TWENTYNINTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
