"""A thirtieth independent set of one-column CF requests, and the builder of thirtieth_cf.json.

Written from scratch (2026-12-07 21:00 to about 21:14 UTC by `date -u`, engineer E30c) as a new independent evaluation
set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no
earlier builder's docstring names, on this set's own columns (a kin-ball club, a gateball club, a canicross club, a
skijor team, a tteokbokki stall, a banh mi shop, a lefse bakery, a pastel de nata bakery, a knafeh kitchen, a jianbing
cart, a sea buckthorn farm, a quince orchard, morel foragers, a kumquat grove, a binturong enclosure, a fennec fox
house, an echidna survey, a numbat recovery project, a smocking workshop, a tinsmith workshop), in four styles new to
the sets: `log-line` (the rule said as a log or monitoring line the user pastes or types: "<timestamp> WARN rule=<id>
col="<header>" cond='> n'", "[INFO] highlight: <header> over n", "level=warn msg="flag <header> below n"",
"ts=<timestamp> level=info action=highlight column=<header> op=between min=a max=b inclusive=true", "<timestamp>
sheetwatch[<pid>]: notice: highlight <header> other than n", and for a NOT "cond='NOT (> n)'", "except values ...",
"unless ...", "negate=true"; every literal recoverable), `archaic` (old-fashioned English: "Mark thou every <header>
that exceedeth n", "Let each cell of <header> that beginneth with "s" be coloured", "Whosoever's <header> be exactly n,
highlight them", "Prithee, shade each ...", "Hark! Every entry in the ... column that ... shall be marked", and for a
NOT "save those that", "excepting such as", "but spare whatsoever"), `academic` (the register of a paper or thesis: "We
propose that rows whose <header> exceeds n be highlighted (cf. <author>, <year>).", "Following <author>, <year>, each
cell of the ... column that ... is highlighted (see Section x.y).", "Observations whose ... are of interest and should
be shaded, as in Table <label> of ...", "Hypothesis H2: any entry in ... merits highlighting", and for a NOT "unless it
...", "does not satisfy the condition that it ...", "Let S be the set of ... cells whose value ...; the complement of S
is highlighted"; the citations' years, section numbers, table labels and H2 are never the rule's figures) and `config`
(the rule as a configuration file or environment variables, on one line: INI "[highlight] column = <header> below = n",
TOML "rule = { column = "<header>", test = "blank" }", .env "HIGHLIGHT_COLUMN="<header>" HIGHLIGHT_AT_MOST=n", flow YAML
"highlight: { column: <header>, op: between, min: a, max: b, inclusive: true }"; no XML). Only requests the language
expresses exactly, one right rule on the column, every literal recoverable by a careful reader. Labels are what the
executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week
16 - 22 June, the last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a
blank compares as 0 and any text is greater than any number); every comparison, Between, NotBetween, NOT of a comparison
and numeric AND and OR of this set is on a column of numbers only (no text cell, no blank), and the columns that carry a
colour scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("no show", "retired",
"closed", ...), one blank and one "#N/A" cell and no cell of one space, so that a visual rule formats the numbers only.
Text columns hold no blank. The columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one
space (the executor counts that cell as a blank for Blanks and NotBlanks and as a value that appears once for Unique, as
Excel does). The builder's check (`make_record` and `problems_of` on every entry) found no problem, on its first run,
before any half was seen.

What its author read: the brief (/work/team/brief30.md, `cat`); of benchmarks/data/twentyninth_cf.py, which this builder
mirrors, an anchored `grep -n` of its top-level names (`^[A-Z_]+ = `, `^def `, `^if __name__` only: line numbers and
names, no entry line) and `wc -l` (966), a second anchored `grep -n` (a line that is three double quotes with or without
a closing parenthesis, or a lone closing parenthesis or brace, cut to 60 characters: 176, 399, 943), then lines 1-228
(its module docstring, imports, constants, `_joined`, its four date lists and the `COLUMNS = {` line) and lines 943-966
(the end of ENTRIES, OTHER_SETS, the bind and the main block) by `sed -n`; benchmarks/data/column_sets.py and
benchmarks/data/everyday_common.py (all, `cat`); tests/benchmarks/test_one_column_sets_data.py (all, `cat`);
tests/benchmarks/set_files.py (all, `cat`: its check functions and the helpers beside them); ../shared/docs/CF_RULES.md
(all, `cat`); the first 12,000 characters of benchmarks/data/README.md (`head -c 6000`, then `head -c 12000 | tail -c
6000`); the public API of cf_assistant.languages.cf (parse and to_text on 18 made-up rules, for their canonical
spelling) and the executor as the builders use it (through this builder's own `make_record`). This builder's date lists,
columns and entries are its own: a program of its author's (under /tmp) holds the domains' columns, literals and
thresholds, phrase banks per function and templates per style, and writes this module from them; it copied nothing of
twentyninth_cf.py but the shared code shown above (the imports, `_joined`, the form of the comment over the date lists,
the bind and the main block); its OTHER_SETS is every set file of benchmarks/data when it was written (65), listed by
that program, but this set's and the other engineer's thirtieth_tables.json.

Commands that printed anything: `date -u` (about ten times); `cat` of the brief; the `grep -n`, `wc -l` and `sed -n`
reads above; `wc -l` of column_sets.py, everyday_common.py, the test module, set_files.py and CF_RULES.md; the reads
listed above; parse/to_text of 18 made-up rules (each rule and its canonical text); `ls benchmarks/data/*.json | wc -l`
(65) and `ls benchmarks/data | grep -c thirtieth` (0); three runs of a program that printed one True/False per candidate
domain or style word (about 66, 60 and 21 candidates): whether any builder's module docstring (benchmarks/data/*.py
except thirtieth_*, by `ast.get_docstring`, lower-cased) or the whole benchmarks/data/README.md holds it as a substring;
the generator's runs (the number of module lines, entries, columns and other sets: 958, 430, 108, 65; three runs before
this docstring, one with it); this builder's check program (two runs, before any half was printed: 430 entries on 108
columns, no unused or unknown column key, 12 to 14 cells a column, 108 headers, no request twice, 0 problems of
`make_record` and `problems_of`; the first run also printed the counts per function, style and tag over all entries);
two prints of about 75 and 50 of this set's drafted entries (request, rule, tags; every seventh and some NOT ones, then
academic, NOT and every 23rd) to read them, before any half was seen; `awk` for lines over 120 characters and `grep -c`
of trailing spaces (0, 0); the test module's first lines after this set's entry was added (its docstring, twice) and
`awk` of it for long lines (1, then 0 after the reflow); the refusal check of the test entry run by hand (True, []); the
builder's main run (the counts per function, style and tag per half) and `md5sum` of the build; a `grep -n` of the
README rows starting with a t... file name, cut to 40 characters (the last eight: line numbers 72-79, file names only)
and `grep -c ''` of it (269 lines); the program that inserted this set's README row (it printed the row's line number,
68) and `grep -c` of the two new rows (1 for this set's; 0 for thirtieth_tables.json at that time; 1 and 1 later); two
counts by program of academic requests whose section, table or year equals a figure of their rule (200 from a too-broad
pattern that matched the interval "[a, b]", then nothing); the test modules' pass counts and `time`'s timings (6 passed
by `-k thirtieth`; test_sets_are_the_projects_own.py 67, then 68 passed once thirtieth_tables.json was there; the whole
one-column module 11376 passed, before this docstring and again after it); `ls benchmarks/data | grep thirtieth` (by
name only: this set's two files and thirtieth_tables.py and .json); `md5sum` of the rebuilds (equal to the first build).

Domains. Candidates the checks dropped (printed True): sepak takraw, korfball, bossaball, underwater hockey, footvolley,
fistball, shinty, bandy, pesapallo, hornussen, tchoukball, jugger, arepa, bao bun, empanada, injera, pierogi, churro,
samosa, bibimbap, khachapuri, kimchi, natto, yuzu, elderflower, persimmon, wasabi, axolotl, okapi, tapir, capybara,
quokka, kakapo, wombat, narwhal, marquetry, scrimshaw, batik, shibori, macrame, tatting, letterpress, calligraphy,
origami, stained glass, mosaic, glassblow, gilding, laksa, pretzel, rooibos, matcha, rhubarb, tamarind, puffin, crochet,
bell found, organ build, sabre, fencing club, sled dog, mushing, slacklin, cornhole, petanque, shuffleboard, pelota.
Printed False and not used: sambal, nasi lemak, gimbap, loukoumades, bagel bakery, chicory, gooseberry, loquat,
sapodilla, salak, cherimoya, medlar, aardvark, serval, caracal, tarsier, dugong, oryx, saiga, muntjac, tahr, solenodon,
quoll, bilby, sgraffito, raku, damascus, repousse, chasing, coppersmith, harpsichord, clog mak, roller ski, highline.
Taken (printed False, alone and as the phrase used): kin-ball (kin-ball club), gateball (gateball club), canicross
(canicross club), skijor (skijor team), tteokbokki (tteokbokki stall), banh mi (banh mi shop), lefse (lefse bakery),
pastel de nata, knafeh (knafeh kitchen), jianbing (jianbing cart), sea buckthorn (sea buckthorn farm), quince (quince
orchard), morel (morel forag...), kumquat (kumquat grove), binturong (binturong enclosure), fennec (fennec fox), echidna
(echidna survey), numbat (numbat recovery), smocking (smocking workshop), tinsmith (tinsmith workshop). The style words
log-line, archaic, academic and config printed False.

Slips. (1) Of reading: none found; no entry line of any builder and no utterance of a JSON file was printed (the
anchored patterns above only). (2) No draft was reworded after its half was seen: the check found no problem on its
first run; template fixes were made after that run and before the main run (academic frames whose "that" clause
disagreed with a plural subject made singular; the log "except" frame made "except values"; the log rule ids made the
whole function name, "_not_" for a NOT), and the check was run again (0 problems) before any half was printed; nothing
of the entries changed after the one main run that printed the halves (only this docstring was written after it, which
changes no record). The half size asked of this set in the test module (180 a half), its other-set count (65, every set
file before it), its column count (108) and its refusal check were set before the halves were seen. (3) The halves are
uneven in size (dev 209, test 221) and some functions are thin in one half (Between and NotEquals 2/8; AND, Bottom,
Duplicates and Errors 7/3; Blanks, IconSet, LastWeek, NextWeek, OR and TextEndsWith 3/7): the hash's split, not steered;
the styles are even over the set (log-line and archaic 108, academic and config 107) but not by half (academic 57/50,
the others 50 or 51/57). (4) Some tags are thin: polarity 6 (5/1 by half: "falleth not below", "is no less than", "not
below" for GreaterThanEqual, "riseth not above", "does not exceed", "not above" for LessThanEqual), number-format 8
(thousands with a comma, never inside TOML or flow YAML), number-words 12 (archaic and academic only); typo 22
(misspellings of words that are no literal: "higlight", "colourd", "porpose", "Makr", ..., also where "highlight" is a
log key's value), odd-case 15 (the whole request's case swapped; only log-line and archaic requests, never a text rule).
(5) The config requests are written on one line (an INI section, its keys and values separated by spaces; TOML inline
tables; .env pairs; flow YAML), since an entry holds one line. (6) The requests come from a program: each style has 3 to
5 templates and each function 1 to 3 phrasings a style, chosen by counters, so wordings repeat in pattern across domains
(the domain, column, literal and threshold differ). (7) Readings: in log lines and configs gt, gte, lt, lte, eq and ne
(and >, >=, <, <=, =, ==, !=, <>) are the comparisons, "at_least" GreaterThanEqual, "at_most" LessThanEqual, "min = a,
min_inclusive = true" GreaterThanEqual(a), "max = b, max_inclusive = true" LessThanEqual(b), "op = between, min, max,
inclusive = true" and "between = a..b, ends = included" Between(a, b), "op = not_between ..." and "outside = a..b,
bounds_inclusive = true" NotBetween(a, b), "above a, below b, match = all" (or "combine = and") AND(GreaterThan(a),
LessThan(b)), "below a, above b, match = any" OR(LessThan(a), GreaterThan(b)), "negate = true" NOT of the test beside
it, "rank = top, percent = p" TopPercent(p), "when" and "date_period" a date period, "format" and "style" a visual;
"cond='NOT (...)'", "except values ..." and "unless ..." are NOT of the test named; in archaic "save those that",
"excepting such as" and "but spare whatsoever", in academic "unless it", "does not satisfy the condition that it" and
the complement of S are NOT of the test named. The polarity phrasings of GreaterThanEqual and LessThanEqual and the NOT
of a comparison read alike on a column of numbers, where they format the same rows; the reference is the rule the words
name. (8) Unique and Blanks count the cell of one space as Excel does, so "appearing only once" also formats that cell,
and "blank" cells include it. (9) The log lines' timestamps (2023 and 2025), process ids in brackets and rule ids, and
the academic requests' years, section numbers, table labels and "H2" are no figures of the rule (by a count: none equals
one). (10) The first paragraph of the test module's docstring was reflowed when this set was added to its list. (11) The
refusal check of this set in the test module uses GreaterThan(40) on the kin-ball club's Points Scored column. Not read:
anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES,
benchmarks/data/README.md past its first 12,000 characters (but for line numbers and file names by `grep`, cut), the
utterances of any JSON file, thirtieth_tables.* (being written beside this set by engineer E30t; never opened), the
table test module, tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data, git (no git command
was run). No model, no `cfa suggest`, no `cfa bench` and no generator of the model was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself and the next whole
number on either side of it, values from a quarter of the lower threshold to seven times the higher, both bounds of
every range, prefix/suffix/middle variants of each text literal, blanks, cells of one space, text and error cells beside
the numbers of visual columns). The 42 kinds of rule (the 41 functions, NOT counted twice: of a comparison and of a text
rule) were each given to the ten domains of one parity of their index, and GreaterThan and LessThan five records more
each on domains of the other parity, so that each function has ten records (GreaterThan and LessThan fifteen, NOT
twenty) before any half is seen; on the eight domains of six columns the comparisons and NOT go on one numeric column
and Between, NotBetween, AND and OR on another (on the twelve of five, all on one); the styles go round the entries in
turn. 430 records on 108 columns (108 distinct headers, 5 or 6 a domain): dev 209, test 221 (the hash's split, not
steered); every one of the 41 functions in both halves; 12 to 14 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (thirtieth_tables.json, written beside it by someone
else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more than 20
cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the rules one
edit away (`everyday_common.column_problems`).

Tags: the style first (`log-line`, `archaic`, `academic`, `config`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`, `polarity`,
`date`, `visual` (as in twentyninth_cf.py; all given by the generator: `negation` to the functions that say a negative,
`boundary` to GreaterThanEqual, LessThanEqual, Between and NotBetween (also inside a NOT), `range` to Between and
NotBetween, `compound` to AND and OR, `superlative` to Top, Bottom and their percents, `quoted` to a request holding a
double quote, `column-word` to one holding the word "column", also as a config's or log line's key), then the set tag
`thirtieth`. IDs have the prefix `t30c-`; the dev/test halves come from a hash of the ID. No request starts with "#" (a
line starting so is a heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for one
line of 120 characters goes on in indented lines that start with "+ " (more of the request) or "|" (the next field)
(`_joined`).

Rebuild: `python benchmarks/data/thirtieth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtieth_cf.json"
PREFIX = "t30c"
THIRTIETH_TAG = "thirtieth"
STYLES = ("log-line", "archaic", "academic", "config")
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
# month May, next month July. The four date lists of this set are its own (written into the
# columns below); each holds a date in every period and a date in none, two hold a blank and two
# a text cell.
COLUMNS = {
    'kb_num': ('Points Scored', '65|10|91|40|270|39|89|20|41|90|630|144'),
    'kb_rng': ('Match Minutes', '48|8|66|30|195|29|64|15|31|65|455|104'),
    'kb_txt': ('Team Name',
        'Comets|Harbour|Comets B|Orcas|Meadow|North Comets|Orcas B|Quarry|Old Comets Two|North Orcas|Violet|'
        'Old Orcas Two|Juniper|Comets'),
    'kb_date': ('Fixture Day',
        '2024-06-12|2024-06-11|2024-06-13|2024-06-14|2024-06-10|2024-06-07|2024-06-04|2024-06-18|2024-06-27|'
        '2024-05-20|2024-07-05|2023-03-01||2024-06-20'),
    'kb_stat': ('Ball Touches', '12|47|23|no show|88|35|61||9|74|#N/A|52|30'),
    'kb_ids': ('Player Pass', 'KB-100|KB-107|KB-100|KB-114|KB-121||KB-128|KB-114|KB-135| |KB-142|KB-100|KB-149'),
    'gb_num': ('Gates Passed', '10|2|15|6|42|5|13|3|7|14|98|22'),
    'gb_rng': ('Hoop Distance (cm)', '210|30|301|120|900|119|299|60|121|300|2100|480'),
    'gb_txt': ('Stick Brand',
        'Hoshi|Meadow|Hoshi Pro|Kaze|Quarry|Blue Hoshi|Kaze Pro|Violet|New Hoshi Mk|Blue Kaze|Juniper|'
        'New Kaze Mk|Saffron Hill|Hoshi'),
    'gb_date': ('Gateball Practice',
        '2024-06-11|2024-06-12|2024-06-15|2024-06-13|2024-06-09|2024-06-06|2024-06-03|2024-06-21|2024-06-24|'
        '2024-05-02|2024-05-29|2024-07-18|2024-08-01|tba'),
    'gb_stat': ('Season Score', '94|46|176|retired|70|122|18||148|104|#N/A|60|24'),
    'gb_ids': ('Gateball Member No', 'GB-101|GB-108|GB-101|GB-115|GB-122||GB-129|GB-115|GB-136| |GB-143|GB-101|GB-150'),
    'cc_num': ('Race Time (min)', '35|6|46|25|135|24|44|12|26|45|315|72'),
    'cc_rng': ('Dog Weight (kg)', '25|4|33|18|96|17|31|9|19|32|224|51'),
    'cc_txt': ('Dog Name',
        'Biscuit|Quarry|Biscuit Jr|Pepper|Violet|Little Biscuit|Pepper Jr|Juniper|Big Biscuit Two|'
        'Little Pepper|Saffron Hill|Big Pepper Two|Kettle|Biscuit'),
    'cc_date': ('Vet Check Due',
        '2024-06-13|2024-06-12|2024-06-08|2024-06-11|2024-06-14|2024-06-02|2024-06-16|2024-06-19|2024-06-30|'
        '2024-05-11|2024-07-01|2024-07-26|2022-11-12|'),
    'cc_stat': ('Distance Run (km)', '23|88|35|injured|61|9|74||52|30|#N/A|12|47'),
    'cc_ids': ('Harness Tag', 'CX-102|CX-109|CX-102|CX-116|CX-123||CX-130|CX-116|CX-137| |CX-144|CX-102|CX-151'),
    'sj_num': ('Tow Speed (km/h)', '48|9|61|35|180|34|59|18|36|60|420|96'),
    'sj_rng': ('Horse Age (yrs)', '10|2|15|6|42|5|13|3|7|14|98|22'),
    'sj_txt': ('Horse Name',
        'Thunder|Violet|Thunder Bay|Misty|Juniper|Grey Thunder|Misty Bay|Saffron Hill|Wild Thunder Star|'
        'Grey Misty|Kettle|Wild Misty Star|Marigold|Thunder'),
    'sj_date': ('Skijor Run Date',
        '2024-06-12|2024-06-10|2024-06-13|2024-06-11|2024-06-15|2024-06-05|2024-06-08|2024-06-22|2024-06-25|'
        '2024-05-31|2024-07-12|2024-10-03|pending|2024-06-01'),
    'sj_stat': ('Gate Penalties', '88|35|61|scratched|9|74|52||30|12|#N/A|47|23'),
    'sj_ids': ('Skijor Bib', 'SJ-103|SJ-110|SJ-103|SJ-117|SJ-124||SJ-131|SJ-117|SJ-138| |SJ-145|SJ-103|SJ-152'),
    'tb_num': ('Cups Sold', '210|30|301|120|900|119|299|60|121|300|2100|480'),
    'tb_rng': ('Sauce Batch (g)', '2750|375|4001|1500|12000|1499|3999|750|1501|4000|28000|6400'),
    'tb_txt': ('Topping',
        'Cheese|Juniper|Cheese Extra|Fish Cake|Saffron Hill|Double Cheese|Fish Cake Extra|Kettle|'
        'Fried Cheese Roll|Double Fish Cake|Marigold|Fried Fish Cake Roll|Tundra|Cheese'),
    'tb_date': ('Rice Cake Stock Date',
        '2024-06-12|2024-06-11|2024-06-13|2024-06-14|2024-06-10|2024-06-07|2024-06-04|2024-06-18|2024-06-27|'
        '2024-05-20|2024-07-05|2023-03-01||2024-06-20'),
    'tb_stat': ('Stall Takings', '700|1220|180|closed|1480|1040|600||240|940|#N/A|460|1760'),
    'tb_ids': ('Tteok Order Code', 'TB-104|TB-111|TB-104|TB-118|TB-125||TB-132|TB-118|TB-139| |TB-146|TB-104|TB-153'),
    'bm_num': ('Rolls Baked', '325|50|451|200|1350|199|449|100|201|450|3150|720'),
    'bm_rng': ('Pickle Jar (ml)', '1275|188|1801|750|5400|749|1799|375|751|1800|12600|2880'),
    'bm_txt': ('Filling',
        'Pork|Saffron Hill|Pork Belly|Tofu|Kettle|Crispy Pork|Tofu Belly|Marigold|Grilled Pork Lemongrass|'
        'Crispy Tofu|Tundra|Grilled Tofu Lemongrass|Harbour|Pork'),
    'bm_date': ('Baguette Delivery',
        '2024-06-11|2024-06-12|2024-06-15|2024-06-13|2024-06-09|2024-06-06|2024-06-03|2024-06-21|2024-06-24|'
        '2024-05-02|2024-05-29|2024-07-18|2024-08-01|tba'),
    'bm_stat': ('Tips ($)', '122|18|148|card only|104|60|24||94|46|#N/A|176|70'),
    'bm_ids': ('Banh Mi Receipt', 'BM-105|BM-112|BM-105|BM-119|BM-126||BM-133|BM-119|BM-140| |BM-147|BM-105|BM-154'),
    'lb_num': ('Rounds Rolled', '140|20|201|80|600|79|199|40|81|200|1400|320'),
    'lb_rng': ('Griddle Temp (F)', '485|112|521|450|1560|449|519|225|451|520|3640|832'),
    'lb_txt': ('Flour Type',
        'Potato|Kettle|Potato Blend|Rye|Marigold|Fine Potato|Rye Blend|Tundra|Dark Potato Mix|Fine Rye|'
        'Harbour|Dark Rye Mix|Meadow|Potato'),
    'lb_date': ('Lefse Bake Date',
        '2024-06-13|2024-06-12|2024-06-08|2024-06-11|2024-06-14|2024-06-02|2024-06-16|2024-06-19|2024-06-30|'
        '2024-05-11|2024-07-01|2024-07-26|2022-11-12|'),
    'lb_stat': ('Orders Filled', '27|222|156|holiday|90|36|141||69|264|#N/A|105|183'),
    'lb_ids': ('Lefse Batch Code', 'LF-106|LF-113|LF-106|LF-120|LF-127||LF-134|LF-120|LF-141| |LF-148|LF-106|LF-155'),
    'pn_num': ('Tarts Baked', '1000|150|1401|600|4200|599|1399|300|601|1400|9800|2240'),
    'pn_rng': ('Oven Temp (C)', '285|62|321|250|960|249|319|125|251|320|2240|512'),
    'pn_txt': ('Cream Lot',
        'Lisboa|Marigold|Lisboa Norte|Porto|Tundra|Velha Lisboa|Porto Norte|Harbour|Nova Lisboa Sul|'
        'Velha Porto|Meadow|Nova Porto Sul|Quarry|Lisboa'),
    'pn_date': ('Nata Best Before',
        '2024-06-12|2024-06-10|2024-06-13|2024-06-11|2024-06-15|2024-06-05|2024-06-08|2024-06-22|2024-06-25|'
        '2024-05-31|2024-07-12|2024-10-03|pending|2024-06-01'),
    'pn_stat': ('Trays Sold', '74|52|30|oven down|12|47|23||88|35|#N/A|61|9'),
    'pn_ids': ('Nata Tray ID', 'PN-107|PN-114|PN-107|PN-121|PN-128||PN-135|PN-121|PN-142| |PN-149|PN-107|PN-156'),
    'kk_num': ('Syrup Used (ml)', '575|88|801|350|2400|349|799|175|351|800|5600|1280'),
    'kk_txt': ('Cheese',
        'Akkawi|Tundra|Akkawi Soft|Nabulsi|Harbour|Salted Akkawi|Nabulsi Soft|Meadow|Fresh Akkawi Aged|'
        'Salted Nabulsi|Quarry|Fresh Nabulsi Aged|Violet|Akkawi'),
    'kk_date': ('Knafeh Order Date',
        '2024-06-12|2024-06-11|2024-06-13|2024-06-14|2024-06-10|2024-06-07|2024-06-04|2024-06-18|2024-06-27|'
        '2024-05-20|2024-07-05|2023-03-01||2024-06-20'),
    'kk_stat': ('Pans Sold', '52|30|12|sold out|47|23|88||35|61|#N/A|9|74'),
    'kk_ids': ('Knafeh Pan Code', 'KN-108|KN-115|KN-108|KN-122|KN-129||KN-136|KN-122|KN-143| |KN-150|KN-108|KN-157'),
    'jb_num': ('Eggs Used', '84|12|121|48|360|47|119|24|49|120|840|192'),
    'jb_txt': ('Sauce',
        'Hoisin|Harbour|Hoisin Mild|Chili|Meadow|Sweet Hoisin|Chili Mild|Quarry|Hot Hoisin Dark|Sweet Chili|'
        'Violet|Hot Chili Dark|Juniper|Hoisin'),
    'jb_date': ('Jianbing Market Day',
        '2024-06-11|2024-06-12|2024-06-15|2024-06-13|2024-06-09|2024-06-06|2024-06-03|2024-06-21|2024-06-24|'
        '2024-05-02|2024-05-29|2024-07-18|2024-08-01|tba'),
    'jb_stat': ('Crepes Sold', '120|48|188|rained off|92|352|140||244|36|#N/A|296|208'),
    'jb_ids': ('Jianbing Ticket', 'JB-109|JB-116|JB-109|JB-123|JB-130||JB-137|JB-123|JB-144| |JB-151|JB-109|JB-158'),
    'sb_num': ('Berries Picked (kg)', '78|11|111|45|330|44|109|22|46|110|770|176'),
    'sb_txt': ('Row Name',
        'Amber|Meadow|Amber East|Sunrise|Quarry|Upper Amber|Sunrise East|Violet|Low Amber West|Upper Sunrise|'
        'Juniper|Low Sunrise West|Saffron Hill|Amber'),
    'sb_date': ('Buckthorn Harvest',
        '2024-06-13|2024-06-12|2024-06-08|2024-06-11|2024-06-14|2024-06-02|2024-06-16|2024-06-19|2024-06-30|'
        '2024-05-11|2024-07-01|2024-07-26|2022-11-12|'),
    'sb_stat': ('Juice Litres', '60|235|115|frost|440|175|305||45|370|#N/A|260|150'),
    'sb_ids': ('Buckthorn Bush Tag', 'SB-110|SB-117|SB-110|SB-124|SB-131||SB-138|SB-124|SB-145| |SB-152|SB-110|SB-159'),
    'qo_num': ('Fruit Weight (g)', '425|62|601|250|1800|249|599|125|251|600|4200|960'),
    'qo_txt': ('Quince Variety',
        'Vranja|Quarry|Vranja Gold|Smyrna|Violet|Late Vranja|Smyrna Gold|Juniper|Early Vranja Giant|'
        'Late Smyrna|Saffron Hill|Early Smyrna Giant|Kettle|Vranja'),
    'qo_date': ('Quince Picking Date',
        '2024-06-12|2024-06-10|2024-06-13|2024-06-11|2024-06-15|2024-06-05|2024-06-08|2024-06-22|2024-06-25|'
        '2024-05-31|2024-07-12|2024-10-03|pending|2024-06-01'),
    'qo_stat': ('Crates Filled', '94|46|176|hail|70|122|18||148|104|#N/A|60|24'),
    'qo_ids': ('Quince Tree Tag', 'QO-111|QO-118|QO-111|QO-125|QO-132||QO-139|QO-125|QO-146| |QO-153|QO-111|QO-160'),
    'mf_num': ('Morels Found', '21|3|31|12|90|11|29|6|13|30|210|48'),
    'mf_txt': ('Woodland',
        'Beech|Violet|Beech Hanger|Larch|Juniper|Upper Beech|Larch Hanger|Saffron Hill|Old Beech Copse|'
        'Upper Larch|Kettle|Old Larch Copse|Marigold|Beech'),
    'mf_date': ('Morel Foray Date',
        '2024-06-12|2024-06-11|2024-06-13|2024-06-14|2024-06-10|2024-06-07|2024-06-04|2024-06-18|2024-06-27|'
        '2024-05-20|2024-07-05|2023-03-01||2024-06-20'),
    'mf_stat': ('Basket Weight (g)', '230|880|350|empty|610|90|740||520|300|#N/A|120|470'),
    'mf_ids': ('Morel Spot Code', 'MF-112|MF-119|MF-112|MF-126|MF-133||MF-140|MF-126|MF-147| |MF-154|MF-112|MF-161'),
    'kq_num': ('Fruit Count', '275|38|401|150|1200|149|399|75|151|400|2800|640'),
    'kq_txt': ('Kumquat Block',
        'Nagami|Juniper|Nagami South|Meiwa|Saffron Hill|Young Nagami|Meiwa South|Kettle|Old Nagami Hill|'
        'Young Meiwa|Marigold|Old Meiwa Hill|Tundra|Nagami'),
    'kq_date': ('Kumquat Spray Date',
        '2024-06-11|2024-06-12|2024-06-15|2024-06-13|2024-06-09|2024-06-06|2024-06-03|2024-06-21|2024-06-24|'
        '2024-05-02|2024-05-29|2024-07-18|2024-08-01|tba'),
    'kq_stat': ('Boxes Packed', '264|105|183|no pick|27|222|156||90|36|#N/A|141|69'),
    'kq_ids': ('Kumquat Pallet', 'KQ-113|KQ-120|KQ-113|KQ-127|KQ-134||KQ-141|KQ-127|KQ-148| |KQ-155|KQ-113|KQ-162'),
    'bt_num': ('Body Weight (kg)', '18|4|23|14|66|13|21|7|15|22|154|35'),
    'bt_txt': ('Keeper on Duty',
        'Ravi|Saffron Hill|Ravi Senior|Moana|Kettle|Cover Ravi|Moana Senior|Marigold|Relief Ravi Lead|'
        'Cover Moana|Tundra|Relief Moana Lead|Harbour|Ravi'),
    'bt_date': ('Binturong Weigh Date',
        '2024-06-13|2024-06-12|2024-06-08|2024-06-11|2024-06-14|2024-06-02|2024-06-16|2024-06-19|2024-06-30|'
        '2024-05-11|2024-07-01|2024-07-26|2022-11-12|'),
    'bt_stat': ('Fruit Eaten (g)', '700|1220|180|fasting|1480|1040|600||240|940|#N/A|460|1760'),
    'bt_ids': ('Enrichment Item', 'BT-114|BT-121|BT-114|BT-128|BT-135||BT-142|BT-128|BT-149| |BT-156|BT-114|BT-163'),
    'ff_num': ('Ear Length (mm)', '122|24|151|95|450|94|149|48|96|150|1050|240'),
    'ff_txt': ('Fox Name',
        'Sahara|Kettle|Sahara Jr|Dune|Marigold|Little Sahara|Dune Jr|Tundra|Red Sahara Two|Little Dune|'
        'Harbour|Red Dune Two|Meadow|Sahara'),
    'ff_date': ('Fennec Health Check',
        '2024-06-12|2024-06-10|2024-06-13|2024-06-11|2024-06-15|2024-06-05|2024-06-08|2024-06-22|2024-06-25|'
        '2024-05-31|2024-07-12|2024-10-03|pending|2024-06-01'),
    'ff_stat': ('Night Activity (min)', '244|36|296|asleep|208|120|48||188|92|#N/A|352|140'),
    'ff_ids': ('Fennec Microchip', 'FF-115|FF-122|FF-115|FF-129|FF-136||FF-143|FF-129|FF-150| |FF-157|FF-115|FF-164'),
    'es_num': ('Burrow Depth (cm)', '50|8|71|30|210|29|69|15|31|70|490|112'),
    'es_txt': ('Transect',
        'Ridge|Marigold|Ridge Top|Gully|Tundra|North Ridge|Gully Top|Harbour|Dry Ridge Creek|North Gully|'
        'Meadow|Dry Gully Creek|Quarry|Ridge'),
    'es_date': ('Echidna Survey Date',
        '2024-06-12|2024-06-11|2024-06-13|2024-06-14|2024-06-10|2024-06-07|2024-06-04|2024-06-18|2024-06-27|'
        '2024-05-20|2024-07-05|2023-03-01||2024-06-20'),
    'es_stat': ('Sightings', '9|74|52|fog|30|12|47||23|88|#N/A|35|61'),
    'es_ids': ('Echidna Tag', 'EC-116|EC-123|EC-116|EC-130|EC-137||EC-144|EC-130|EC-151| |EC-158|EC-116|EC-165'),
    'nb_num': ('Termites Eaten', '15000|2500|20001|10000|60000|9999|19999|5000|10001|20000|140000|32000'),
    'nb_txt': ('Release Site',
        'Dryandra|Tundra|Dryandra Block|Perup|Harbour|West Dryandra|Perup Block|Meadow|Old Dryandra Forest|'
        'West Perup|Quarry|Old Perup Forest|Violet|Dryandra'),
    'nb_date': ('Numbat Release Date',
        '2024-06-11|2024-06-12|2024-06-15|2024-06-13|2024-06-09|2024-06-06|2024-06-03|2024-06-21|2024-06-24|'
        '2024-05-02|2024-05-29|2024-07-18|2024-08-01|tba'),
    'nb_stat': ('Collar Hours', '444|312|180|lost signal|72|282|138||528|210|#N/A|366|54'),
    'nb_ids': ('Numbat Collar ID', 'NB-117|NB-124|NB-117|NB-131|NB-138||NB-145|NB-131|NB-152| |NB-159|NB-117|NB-166'),
    'sw_num': ('Pleats per Row', '42|6|61|24|180|23|59|12|25|60|420|96'),
    'sw_txt': ('Fabric',
        'Lawn|Harbour|Lawn Fine|Gingham|Meadow|Pink Lawn|Gingham Fine|Quarry|Cotton Lawn Print|Pink Gingham|'
        'Violet|Cotton Gingham Print|Juniper|Lawn'),
    'sw_date': ('Smocking Class Date',
        '2024-06-13|2024-06-12|2024-06-08|2024-06-11|2024-06-14|2024-06-02|2024-06-16|2024-06-19|2024-06-30|'
        '2024-05-11|2024-07-01|2024-07-26|2022-11-12|'),
    'sw_stat': ('Thread Used (m)', '104|60|24|unpicked|94|46|176||70|122|#N/A|18|148'),
    'sw_ids': ('Smocking Kit No', 'SK-118|SK-125|SK-118|SK-132|SK-139||SK-146|SK-132|SK-153| |SK-160|SK-118|SK-167'),
    'tw_num': ('Rivets Set', '525|75|751|300|2250|299|749|150|301|750|5250|1200'),
    'tw_txt': ('Tinware Item',
        'Lantern|Meadow|Lantern Hook|Funnel|Quarry|Punched Lantern|Funnel Hook|Violet|Tall Lantern Oil|'
        'Punched Funnel|Juniper|Tall Funnel Oil|Saffron Hill|Lantern'),
    'tw_date': ('Tinware Due',
        '2024-06-12|2024-06-10|2024-06-13|2024-06-11|2024-06-15|2024-06-05|2024-06-08|2024-06-22|2024-06-25|'
        '2024-05-31|2024-07-12|2024-10-03|pending|2024-06-01'),
    'tw_stat': ('Sheets Cut', '90|36|141|scrap|69|264|105||183|27|#N/A|222|156'),
    'tw_ids': ('Tinsmith Job No', 'TS-119|TS-126|TS-119|TS-133|TS-140||TS-147|TS-133|TS-154| |TS-161|TS-119|TS-168'),
}

ENTRIES = _joined(r"""
2025-03-04T09:17Z WARN rule=points_scored_greaterthan col="Points Scored" cond='> 40'
    | GreaterThan(40) | kb_num | log-line | quoted
Mark thou every Race Time (min) that be greater than 25 | GreaterThan(25) | cc_num | archaic
We propose that rows whose Cups Sold exceeds 120 be highlighted (cf. Okafor, 2019).
    | GreaterThan(120) | tb_num | academic
[highlight] column = Rounds Rolled above = 80 | GreaterThan(80) | lb_num | config | column-word
[INFO] highlight: Syrup Used (ml) greater than 350 | GreaterThan(350) | kk_num | log-line
Let each cell of Berries Picked (kg) that exceedeth 45 be coloured | GreaterThan(45) | sb_num | archaic
Following Lindqvist et al., 2021, each cell of the Morels Found column that is strictly greater than 12 is highlighted
    + (see Section 2.1). | GreaterThan(12) | mf_num | academic | column-word
rule = { column = "Body Weight (kg)", op = "gt", value = 14 } | GreaterThan(14) | bt_num | config | quoted | column-word
level=notice msg="flag Burrow Depth (cm) above 30" | GreaterThan(30) | es_num | log-line | quoted
Whosoever's Pleats per Row be more than twenty-four, highlight them | GreaterThan(24) | sw_num | archaic | number-words
Observations whose Gates Passed is greater than or equal to 6 are of interest and should be shaded, as in Table 4a of
    + Haddad and Moreau, 2017. | GreaterThanEqual(6) | gb_num | academic | boundary
HIGHLIGHT_COLUMN="Tow Speed (km/h)" HIGHLIGHT_AT_LEAST=35 | GreaterThanEqual(35) | sj_num | config | quoted | boundary
ts=2025-02-17T16:30Z level=debug action=higlight column="Rolls Baked" at_least=200
    | GreaterThanEqual(200) | bm_num | log-line | typo | quoted | column-word | boundary
Prithee, shade each Tarts Baked that be 600 or more | GreaterThanEqual(600) | pn_num | archaic | boundary
Hypothesis H2: any entry in Eggs Used that is no less than forty-eight merits highlighting (Nakamura, 2022).
    | GreaterThanEqual(48) | jb_num | academic | number-words | polarity | boundary
highlight: { column: Fruit Weight (g), op: gte, value: 250 }
    | GreaterThanEqual(250) | qo_num | config | column-word | boundary
2023-09-29T11:05Z sheetwatch[977]: warn: highlight Fruit Count not below 150
    | GreaterThanEqual(150) | kq_num | log-line | polarity | boundary
Hark! Every entry in the Ear Length (mm) column that falleth not below 95 shall be marked
    | GreaterThanEqual(95) | ff_num | archaic | polarity | column-word | boundary
We propose that rows whose Termites Eaten attains at least 10,000 be highlighted (cf. Ferreira, 2015).
    | GreaterThanEqual(10000) | nb_num | academic | number-format | boundary
[highlight] column = Rivets Set min = 300 min_inclusive = true
    | GreaterThanEqual(300) | tw_num | config | column-word | boundary
2025-03-04T09:17Z INFO rule=points_scored_lessthan col="Points Scored" cond='< 90'
    | LessThan(90) | kb_num | log-line | quoted
mARK THOU EVERY rACE tIME (MIN) THAT BE FEWER THAN 45 | LessThan(45) | cc_num | archaic | odd-case
Following O'Connell et al., 2018, each cell of the Cups Sold column that falls below 300 is highlighted (see Section
    + 2.7). | LessThan(300) | tb_num | academic | column-word
rule = { column = "Rounds Rolled", below = 200 } | LessThan(200) | lb_num | config | quoted | column-word
[WARN] highlight: Syrup Used (ml) less than 800 | LessThan(800) | kk_num | log-line
Let each cell of Berries Picked (kg) that lieth beneath 110 be colourd | LessThan(110) | sb_num | archaic | typo
Observations whose Morels Found is strictly less than 30 are of interest and should be shaded, as in Table 4a of
    + Adeyemi, 2023. | LessThan(30) | mf_num | academic
HIGHLIGHT_COLUMN="Body Weight (kg)" HIGHLIGHT_OP=lt HIGHLIGHT_VALUE=22 | LessThan(22) | bt_num | config | quoted
level=info msg="flag Burrow Depth (cm) below 70" | LessThan(70) | es_num | log-line | quoted
Whosoever's Pleats per Row be less than sixty, highlight them | LessThan(60) | sw_num | archaic | number-words
Hypothesis H2: any entry in Gates Passed that is less than or equal to 14 merits highlighting (Brandt, 2016).
    | LessThanEqual(14) | gb_num | academic | boundary
highlight: { column: Tow Speed (km/h), at_most: 60 } | LessThanEqual(60) | sj_num | config | column-word | boundary
ts=2025-02-17T16:30Z level=notice action=highlight column="Rolls Baked" at_most=450
    | LessThanEqual(450) | bm_num | log-line | quoted | column-word | boundary
Prithee, shade each Tarts Baked that be 1400 or fewer | LessThanEqual(1400) | pn_num | archaic | boundary
We propose that rows whose Eggs Used does not exceed 120 be highlighted (cf. Okafor, 2019).
    | LessThanEqual(120) | jb_num | academic | polarity | boundary
[highlight] column = Fruit Weight (g) op = lte value = 600
    | LessThanEqual(600) | qo_num | config | column-word | boundary
2023-09-29T11:05Z sheetwatch[4821]: debug: highlight Fruit Count not above 400
    | LessThanEqual(400) | kq_num | log-line | polarity | boundary
Hark! Every entry in the Ear Length (mm) column that riseth not above 150 shall be marked
    | LessThanEqual(150) | ff_num | archaic | polarity | column-word | boundary
Following Lindqvist et al., 2021, each cell of the Termites Eaten column that is at most 20,000 is highlihgted (see
    + Section 4.2). | LessThanEqual(20000) | nb_num | academic | typo | number-format | column-word | boundary
rule = { column = "Rivets Set", max = 750, max_inclusive = true }
    | LessThanEqual(750) | tw_num | config | quoted | column-word | boundary
2025-03-04T09:17Z WARN rule=points_scored_equals col="Points Scored" cond='= 40'
    | Equals(40) | kb_num | log-line | quoted
Mark thou every Race Time (min) that be exactly 25 | Equals(25) | cc_num | archaic
Observations whose Cups Sold is exactly equal to 120 are of interest and should be shaded, as in Table 4a of Haddad and
    + Moreau, 2017. | Equals(120) | tb_num | academic
HIGHLIGHT_COLUMN="Rounds Rolled" HIGHLIGHT_EQUALS=80 | Equals(80) | lb_num | config | quoted
[INFO] highlight: Syrup Used (ml) exactly 350 | Equals(350) | kk_num | log-line
lET EACH CELL OF bERRIES pICKED (KG) THAT EQUALLETH 45 BE COLOURED | Equals(45) | sb_num | archaic | odd-case
Hypothesis H2: any entry in Morels Found that takes the value twelve merits highlighting (Nakamura, 2022).
    | Equals(12) | mf_num | academic | number-words
highlight: { column: Body Weight (kg), op: eq, value: 14 } | Equals(14) | bt_num | config | column-word
level=warn msg="flag Burrow Depth (cm) equal to 30" | Equals(30) | es_num | log-line | quoted
Whosoever's Pleats per Row be exactly twenty-four, highlight them | Equals(24) | sw_num | archaic | number-words
We propose that rows whose Gates Passed differs from 6 be highlighted (cf. Ferreira, 2015).
    | NotEquals(6) | gb_num | academic | negation
[highlight] column = Tow Speed (km/h) not_equal = 35 | NotEquals(35) | sj_num | config | negation | column-word
ts=2025-02-17T16:30Z level=info action=higlight column="Rolls Baked" not_equal=200
    | NotEquals(200) | bm_num | log-line | typo | negation | quoted | column-word
Prithee, shade each Tarts Baked that be aught but 600 | NotEquals(600) | pn_num | archaic | negation
Following O'Connell et al., 2018, each cell of the Eggs Used column that is not equal to 48 is highlighted (see Section
    + 2.1). | NotEquals(48) | jb_num | academic | negation | column-word
rule = { column = "Fruit Weight (g)", op = "ne", value = 250 }
    | NotEquals(250) | qo_num | config | negation | quoted | column-word
2023-09-29T11:05Z sheetwatch[31007]: notice: highlight Fruit Count other than 150
    | NotEquals(150) | kq_num | log-line | negation
Hark! Every entry in the Ear Length (mm) column that be not 95 shall be marked
    | NotEquals(95) | ff_num | archaic | negation | column-word
Observations whose Termites Eaten differs from 10,000 are of interest and should be shaded, as in Table 4a of Adeyemi,
    + 2023. | NotEquals(10000) | nb_num | academic | number-format | negation
HIGHLIGHT_COLUMN="Rivets Set" HIGHLIGHT_NOT_EQUAL=300 | NotEquals(300) | tw_num | config | negation | quoted
2025-03-04T09:17Z DEBUG rule=match_minutes_between col="Match Minutes" cond='between 30 and 65 inclusive'
    | Between(30, 65) | kb_rng | log-line | quoted | boundary | range
Mark thou every Dog Weight (kg) that lieth betwixt 18 and 32, both ends counted
    | Between(18, 32) | cc_rng | archaic | boundary | range
Hypothesis H2: any entry in Sauce Batch (g) that lies within the closed interval [1500, 4000] merits highlighting
    + (Brandt, 2016). | Between(1500, 4000) | tb_rng | academic | boundary | range
highlight: { column: Griddle Temp (F), op: between, min: 450, max: 520, inclusive: true }
    | Between(450, 520) | lb_rng | config | column-word | boundary | range
[WARN] highlight: Syrup Used (ml) from 350 to 800 inclusive | Between(350, 800) | kk_num | log-line | boundary | range
Let each cell of Berries Picked (kg) that be from 45 unto 110, the ends included be colourd
    | Between(45, 110) | sb_num | archaic | typo | boundary | range
We propose that rows whose Morels Found lies between twelve and thirty inclusive be highlighted (cf. Okafor, 2019).
    | Between(12, 30) | mf_num | academic | number-words | boundary | range
[highlight] column = Body Weight (kg) between = 14..22 ends = included
    | Between(14, 22) | bt_num | config | column-word | boundary | range
level=info msg="flag Burrow Depth (cm) between 30 and 70 (ends included)"
    | Between(30, 70) | es_num | log-line | quoted | boundary | range
wHOSOEVER'S pLEATS PER rOW LIETH BETWIXT TWENTY-FOUR AND SIXTY, BOTH ENDS COUNTED, HIGHLIGHT THEM
    | Between(24, 60) | sw_num | archaic | odd-case | number-words | boundary | range
Following Lindqvist et al., 2021, each cell of the Hoop Distance (cm) column that lies outside the closed interval [120,
    + 300] is highlighted (see Section 2.7).
    | NotBetween(120, 300) | gb_rng | academic | negation | column-word | boundary | range
rule = { column = "Horse Age (yrs)", op = "not_between", min = 6, max = 14, inclusive = true }
    | NotBetween(6, 14) | sj_rng | config | negation | quoted | column-word | boundary | range
ts=2025-02-17T16:30Z level=warn action=highlight column="Pickle Jar (ml)" op=not_between min=750 max=1,800
    + inclusive=true
    | NotBetween(750, 1800) | bm_rng | log-line | number-format | negation | quoted | column-word | boundary | range
Prithee, shade each Oven Temp (C) that lieth not betwixt 250 and 320, the ends 250 and 320 being within
    | NotBetween(250, 320) | pn_rng | archaic | negation | boundary | range
Observations whose Eggs Used does not lie between 48 and 120 (bounds inclusive) are of interest and should be shaded, as
    + in Table 4a of Haddad and Moreau, 2017. | NotBetween(48, 120) | jb_num | academic | negation | boundary | range
HIGHLIGHT_COLUMN="Fruit Weight (g)" HIGHLIGHT_OUTSIDE=250..600 HIGHLIGHT_BOUNDS_INCLUSIVE=true
    | NotBetween(250, 600) | qo_num | config | negation | quoted | boundary | range
2023-09-29T11:05Z sheetwatch[977]: info: highlight Fruit Count not between 150 and 400 inclusive
    | NotBetween(150, 400) | kq_num | log-line | negation | boundary | range
Hark! Every entry in the Ear Length (mm) column that falleth outside 95 to 150, those ends counting as within shall be
    + marked | NotBetween(95, 150) | ff_num | archaic | negation | column-word | boundary | range
Hypothesis H2: any entry in Termites Eaten that lies outside the closed interval [10,000, 20,000] merits highlighting
    + (Nakamura, 2022). | NotBetween(10000, 20000) | nb_num | academic | number-format | negation | boundary | range
highlight: { column: Rivets Set, op: not_between, min: 300, max: 750, inclusive: true }
    | NotBetween(300, 750) | tw_num | config | negation | column-word | boundary | range
2025-03-04T09:17Z NOTICE rule=team_name_textequals col="Team Name" cond='text == "Comets"'
    | TextEquals("Comets") | kb_txt | log-line | quoted
Mark thou every Dog Name that readeth "Biscuit" and naught else | TextEquals("Biscuit") | cc_txt | archaic | quoted
We propose that rows whose Topping is identical to the string "Cheese" be highlighted (cf. Ferreira, 2015).
    | TextEquals("Cheese") | tb_txt | academic | quoted
[highlight] column = Flour Type equals_text = Potato | TextEquals("Potato") | lb_txt | config | column-word
[DEBUG] highlight: Cheese equal to the text "Akkawi" | TextEquals("Akkawi") | kk_txt | log-line | quoted
Let each cell of Row Name that be the very word "Amber" be coloured | TextEquals("Amber") | sb_txt | archaic | quoted
Following O'Connell et al., 2018, each cell of the Woodland column that equals "Beech" exactly (the whole cell) is
    + highlighted (see Section 4.2). | TextEquals("Beech") | mf_txt | academic | quoted | column-word
rule = { column = "Keeper on Duty", op = "text_equals", text = "Ravi" }
    | TextEquals("Ravi") | bt_txt | config | quoted | column-word
level=warn msg="flag Transect exactly "Ridge"" | TextEquals("Ridge") | es_txt | log-line | quoted
Whosoever's Fabric readeth "Lawn" and naught else, highlight them | TextEquals("Lawn") | sw_txt | archaic | quoted
Observations whose Stick Brand contains the substring "Hoshi" are of interest and should be shaded, as in Table 4a of
    + Adeyemi, 2023. | TextContains("Hoshi") | gb_txt | academic | quoted
HIGHLIGHT_COLUMN="Horse Name" HIGHLIGHT_CONTAINS=Thunder | TextContains("Thunder") | sj_txt | config | quoted
ts=2025-02-17T16:30Z level=info action=higlight column=Filling contains=Pork
    | TextContains("Pork") | bm_txt | log-line | typo | column-word
Prithee, shade each Cream Lot that containeth the word "Lisboa" | TextContains("Lisboa") | pn_txt | archaic | quoted
Hypothesis H2: any entry in Sauce that includes "Hoisin" anywhere in the cell merits highlighting (Brandt, 2016).
    | TextContains("Hoisin") | jb_txt | academic | quoted
highlight: { column: Quince Variety, op: contains, text: Vranja }
    | TextContains("Vranja") | qo_txt | config | column-word
2023-09-29T11:05Z sheetwatch[4821]: warn: highlight Kumquat Block with "Nagami" in it
    | TextContains("Nagami") | kq_txt | log-line | quoted
Hark! Every entry in the Fox Name column that hath "Sahara" somewhere within shall be marked
    | TextContains("Sahara") | ff_txt | archaic | quoted | column-word
We propose that rows whose Release Site contains the substring "Dryandra" be highlighted (cf. Okafor, 2019).
    | TextContains("Dryandra") | nb_txt | academic | quoted
[highlight] column = Tinware Item contains = Lantern | TextContains("Lantern") | tw_txt | config | column-word
2025-03-04T09:17Z INFO rule=team_name_textnotcontains col="Team Name" cond='!contains "Orcas"'
    | TextNotContains("Orcas") | kb_txt | log-line | negation | quoted
Mark thou every Dog Name that containeth not the word "Pepper"
    | TextNotContains("Pepper") | cc_txt | archaic | negation | quoted
Following Lindqvist et al., 2021, each cell of the Topping column that does not contain the substring "Fish Cake" is
    + highlighted (see Section 2.1).
    | TextNotContains("Fish Cake") | tb_txt | academic | negation | quoted | column-word
rule = { column = "Flour Type", not_contains = "Rye" }
    | TextNotContains("Rye") | lb_txt | config | negation | quoted | column-word
[NOTICE] highlight: Cheese without "Nabulsi" in it | TextNotContains("Nabulsi") | kk_txt | log-line | negation | quoted
Let each cell of Row Name that hath no "Sunrise" within be colourd
    | TextNotContains("Sunrise") | sb_txt | archaic | typo | negation | quoted
Observations whose Woodland lacks the string "Larch" are of interest and should be shaded, as in Table 4a of Haddad and
    + Moreau, 2017. | TextNotContains("Larch") | mf_txt | academic | negation | quoted
HIGHLIGHT_COLUMN="Keeper on Duty" HIGHLIGHT_OP=does_not_contain HIGHLIGHT_TEXT=Moana
    | TextNotContains("Moana") | bt_txt | config | negation | quoted
level=debug msg="flag Transect not containing "Gully""
    | TextNotContains("Gully") | es_txt | log-line | negation | quoted
Whosoever's Fabric containeth not the word "Gingham", highlight them
    | TextNotContains("Gingham") | sw_txt | archaic | negation | quoted
Hypothesis H2: any entry in Stick Brand that begins with the prefix "Kaze" merits highlighting (Nakamura, 2022).
    | TextStartsWith("Kaze") | gb_txt | academic | quoted
highlight: { column: Horse Name, starts_with: Misty } | TextStartsWith("Misty") | sj_txt | config | column-word
ts=2025-02-17T16:30Z level=warn action=highlight column=Filling starts_with=Tofu
    | TextStartsWith("Tofu") | bm_txt | log-line | column-word
Prithee, shade each Cream Lot that beginneth with "Porto" | TextStartsWith("Porto") | pn_txt | archaic | quoted
We propose that rows whose Sauce starts with "Chili" be highlighted (cf. Ferreira, 2015).
    | TextStartsWith("Chili") | jb_txt | academic | quoted
[highlight] column = Quince Variety op = begins_with text = Smyrna
    | TextStartsWith("Smyrna") | qo_txt | config | column-word
2023-09-29T11:05Z sheetwatch[31007]: info: highlight Kumquat Block beginning "Meiwa"
    | TextStartsWith("Meiwa") | kq_txt | log-line | quoted
Hark! Every entry in the Fox Name column that hath "Dune" at its beginning shall be marked
    | TextStartsWith("Dune") | ff_txt | archaic | quoted | column-word
Following O'Connell et al., 2018, each cell of the Release Site column that begins with the prefix "Perup" is
    + highlihgted (see Section 2.7). | TextStartsWith("Perup") | nb_txt | academic | typo | quoted | column-word
rule = { column = "Tinware Item", starts_with = "Funnel" }
    | TextStartsWith("Funnel") | tw_txt | config | quoted | column-word
2025-03-04T09:17Z WARN rule=team_name_textendswith col="Team Name" cond='endswith "Comets"'
    | TextEndsWith("Comets") | kb_txt | log-line | quoted
Mark thou every Dog Name that endeth with "Biscuit" | TextEndsWith("Biscuit") | cc_txt | archaic | quoted
Observations whose Topping ends with the suffix "Cheese" are of interest and should be shaded, as in Table 4a of
    + Adeyemi, 2023. | TextEndsWith("Cheese") | tb_txt | academic | quoted
HIGHLIGHT_COLUMN="Flour Type" HIGHLIGHT_ENDS_WITH=Potato | TextEndsWith("Potato") | lb_txt | config | quoted
[INFO] highlight: Cheese ending with "Akkawi" | TextEndsWith("Akkawi") | kk_txt | log-line | quoted
Let each cell of Row Name that hath "Amber" at its end be coloured | TextEndsWith("Amber") | sb_txt | archaic | quoted
Hypothesis H2: any entry in Woodland that terminates in "Beech" merits highlighting (Brandt, 2016).
    | TextEndsWith("Beech") | mf_txt | academic | quoted
highlight: { column: Keeper on Duty, op: ends_with, text: Ravi } | TextEndsWith("Ravi") | bt_txt | config | column-word
level=notice msg="flag Transect ending in "Ridge"" | TextEndsWith("Ridge") | es_txt | log-line | quoted
Whosoever's Fabric endeth with "Lawn", highlight them | TextEndsWith("Lawn") | sw_txt | archaic | quoted
We propose that rows whose Season Score ranks among the 3 highest values be highlighted (cf. Okafor, 2019).
    | Top(3) | gb_stat | academic | superlative
[highlight] column = Gate Penalties rank = top count = 2 | Top(2) | sj_stat | config | superlative | column-word
ts=2025-02-17T16:30Z level=debug action=higlight column="Tips ($)" rank=top count=4
    | Top(4) | bm_stat | log-line | typo | quoted | superlative | column-word
Prithee, shade each Trays Sold that be amongst the 3 greatest | Top(3) | pn_stat | archaic | superlative
Following Lindqvist et al., 2021, each cell of the Crepes Sold column that is one of the 2 largest observations is
    + highlighted (see Section 6.1). | Top(2) | jb_stat | academic | superlative | column-word
rule = { column = "Crates Filled", top = 4 } | Top(4) | qo_stat | config | quoted | superlative | column-word
2023-09-29T11:05Z sheetwatch[977]: warn: highlight Boxes Packed among the 3 highest
    | Top(3) | kq_stat | log-line | superlative
Hark! Every entry in the Night Activity (min) column that standeth in the highest 2 shall be marked
    | Top(2) | ff_stat | archaic | superlative | column-word
Observations whose Collar Hours ranks among the four highest values are of interest and should be shaded, as in Table 3c
    + of Nakamura, 2022. | Top(4) | nb_stat | academic | number-words | superlative
HIGHLIGHT_COLUMN="Sheets Cut" HIGHLIGHT_RANK=top HIGHLIGHT_COUNT=3 | Top(3) | tw_stat | config | quoted | superlative
2025-03-04T09:17Z INFO rule=ball_touches_bottom col="Ball Touches" cond='bottom 2'
    | Bottom(2) | kb_stat | log-line | quoted | superlative
Mark thou every Distance Run (km) that be amongst the four least
    | Bottom(4) | cc_stat | archaic | number-words | superlative
Hypothesis H2: any entry in Stall Takings that ranks among the 3 lowest values merits highlighting (Ferreira, 2015).
    | Bottom(3) | tb_stat | academic | superlative
highlight: { column: Orders Filled, rank: bottom, count: 2 } | Bottom(2) | lb_stat | config | superlative | column-word
[WARN] highlight: Pans Sold among the 4 lowest | Bottom(4) | kk_stat | log-line | superlative
lET EACH CELL OF jUICE lITRES THAT STANDETH IN THE LOWEST 3 BE COLOURD
    | Bottom(3) | sb_stat | archaic | odd-case | typo | superlative
We propose that rows whose Basket Weight (g) is one of the 2 smallest observations be highlighted (cf. O'Connell et al.,
    + 2018). | Bottom(2) | mf_stat | academic | superlative
[highlight] column = Fruit Eaten (g) bottom = 4 | Bottom(4) | bt_stat | config | superlative | column-word
level=info msg="flag Sightings in the bottom 3" | Bottom(3) | es_stat | log-line | quoted | superlative
Whosoever's Thread Used (m) be amongst the 2 least, highlight them | Bottom(2) | sw_stat | archaic | superlative
Following Adeyemi, 2023, each cell of the Season Score column that lies in the top 20% of the distribution is
    + highlighted (see Section 4.2). | TopPercent(20) | gb_stat | academic | superlative | column-word
rule = { column = "Gate Penalties", rank = "top", percent = 30 }
    | TopPercent(30) | sj_stat | config | quoted | superlative | column-word
ts=2025-02-17T16:30Z level=notice action=highlight column="Tips ($)" rank=top percent=25
    | TopPercent(25) | bm_stat | log-line | quoted | superlative | column-word
Prithee, shade each Trays Sold that be in the uppermost 20 per centum | TopPercent(20) | pn_stat | archaic | superlative
Observations whose Crepes Sold falls within the highest 30 percent are of interest and should be shaded, as in Table 3c
    + of Brandt, 2016. | TopPercent(30) | jb_stat | academic | superlative
HIGHLIGHT_COLUMN="Crates Filled" HIGHLIGHT_TOP_PERCENT=25 | TopPercent(25) | qo_stat | config | quoted | superlative
2023-09-29T11:05Z sheetwatch[4821]: debug: highlight Boxes Packed in the highest 20 percent
    | TopPercent(20) | kq_stat | log-line | superlative
Hark! Every entry in the Night Activity (min) column that standeth in the highest 30 percent shall be marked
    | TopPercent(30) | ff_stat | archaic | superlative | column-word
Hypothesis H2: any entry in Collar Hours that lies in the top 25% of the distribution merits highlighting (Okafor,
    + 2019). | TopPercent(25) | nb_stat | academic | superlative
highlight: { column: Sheets Cut, rank: top, percent: 20 }
    | TopPercent(20) | tw_stat | config | superlative | column-word
2025-03-04T09:17Z WARN rule=ball_touches_bottompercent col="Ball Touches" cond='bottom 30%'
    | BottomPercent(30) | kb_stat | log-line | quoted | superlative
Mark thou every Distance Run (km) that be in the lowest 25 per centum
    | BottomPercent(25) | cc_stat | archaic | superlative
We propose that rows whose Stall Takings lies in the bottom 20% of the distribution be highlighted (cf. Lindqvist et
    + al., 2021). | BottomPercent(20) | tb_stat | academic | superlative
[highlight] column = Orders Filled rank = bottom percent = 30
    | BottomPercent(30) | lb_stat | config | superlative | column-word
[INFO] highlight: Pans Sold in the lowest 25 percent | BottomPercent(25) | kk_stat | log-line | superlative
Let each cell of Juice Litres that standeth in the lowest 20 percent be coloured
    | BottomPercent(20) | sb_stat | archaic | superlative
Following Haddad and Moreau, 2017, each cell of the Basket Weight (g) column that falls within the lowest 30 percent is
    + highlighted (see Section 2.1). | BottomPercent(30) | mf_stat | academic | superlative | column-word
rule = { column = "Fruit Eaten (g)", bottom_percent = 25 }
    | BottomPercent(25) | bt_stat | config | quoted | superlative | column-word
level=warn msg="flag Sightings in the bottom 20%" | BottomPercent(20) | es_stat | log-line | quoted | superlative
wHOSOEVER'S tHREAD uSED (M) BE IN THE LOWEST 30 PER CENTUM, HIGHLIGHT THEM
    | BottomPercent(30) | sw_stat | archaic | odd-case | superlative
Observations whose Season Score exceeds the sample mean are of interest and should be shaded, as in Table 3c of
    + Nakamura, 2022. | AboveAverage() | gb_stat | academic
HIGHLIGHT_COLUMN="Gate Penalties" HIGHLIGHT_TEST=above_average | AboveAverage() | sj_stat | config | quoted
ts=2025-02-17T16:30Z level=info action=higlight column="Tips ($)" test=above_average
    | AboveAverage() | bm_stat | log-line | typo | quoted | column-word
Prithee, shade each Trays Sold that standeth above the mean of all | AboveAverage() | pn_stat | archaic
Hypothesis H2: any entry in Crepes Sold that lies above the arithmetic mean merits highlighting (Ferreira, 2015).
    | AboveAverage() | jb_stat | academic
highlight: { column: Crates Filled, compare: average, side: above } | AboveAverage() | qo_stat | config | column-word
2023-09-29T11:05Z sheetwatch[31007]: notice: highlight Boxes Packed higher than the mean
    | AboveAverage() | kq_stat | log-line
Hark! Every entry in the Night Activity (min) column that be greater than the average of its fellows shall be marked
    | AboveAverage() | ff_stat | archaic | column-word
We propose that rows whose Collar Hours exceeds the sample mean be highlighted (cf. O'Connell et al., 2018).
    | AboveAverage() | nb_stat | academic
[highlight] column = Sheets Cut test = above_average | AboveAverage() | tw_stat | config | column-word
2025-03-04T09:17Z DEBUG rule=ball_touches_belowaverage col="Ball Touches" cond='< avg'
    | BelowAverage() | kb_stat | log-line | quoted
Mark thou every Distance Run (km) that falleth beneath the mean of all | BelowAverage() | cc_stat | archaic
Following Adeyemi, 2023, each cell of the Stall Takings column that falls below the sample mean is highlighted (see
    + Section 2.7). | BelowAverage() | tb_stat | academic | column-word
rule = { column = "Orders Filled", test = "below_average" } | BelowAverage() | lb_stat | config | quoted | column-word
[WARN] highlight: Pans Sold lower than the mean | BelowAverage() | kk_stat | log-line
Let each cell of Juice Litres that be less than the average of its fellows be colourd
    | BelowAverage() | sb_stat | archaic | typo
Observations whose Basket Weight (g) lies under the arithmetic mean are of interest and should be shaded, as in Table 3c
    + of Brandt, 2016. | BelowAverage() | mf_stat | academic
HIGHLIGHT_COLUMN="Fruit Eaten (g)" HIGHLIGHT_COMPARE=average HIGHLIGHT_SIDE=below
    | BelowAverage() | bt_stat | config | quoted
level=info msg="flag Sightings below average" | BelowAverage() | es_stat | log-line | quoted
Whosoever's Thread Used (m) falleth beneath the mean of all, highlight them | BelowAverage() | sw_stat | archaic
Hypothesis H2: any entry in Gateball Member No that occurs more than once (duplicated observations) merits highlighting
    + (Okafor, 2019). | Duplicates() | gb_ids | academic
highlight: { column: Skijor Bib, test: duplicates } | Duplicates() | sj_ids | config | column-word
ts=2025-02-17T16:30Z level=warn action=highlight column="Banh Mi Receipt" test=duplicates
    | Duplicates() | bm_ids | log-line | quoted | column-word
pRITHEE, SHADE EACH nATA tRAY id THAT APPEARETH MORE THAN ONCE | Duplicates() | pn_ids | archaic | odd-case
We propose that rows whose Jianbing Ticket is duplicated elsewhere in the column be highlighted (cf. Lindqvist et al.,
    + 2021). | Duplicates() | jb_ids | academic | column-word
[highlight] column = Quince Tree Tag values = duplicate | Duplicates() | qo_ids | config | column-word
2023-09-29T11:05Z sheetwatch[977]: info: highlight Kumquat Pallet appearing more than once
    | Duplicates() | kq_ids | log-line
Hark! Every entry in the Fennec Microchip column that hath a twin elsewhere in the list shall be marked
    | Duplicates() | ff_ids | archaic | column-word
Following Haddad and Moreau, 2017, each cell of the Numbat Collar ID column that occurs more than once (duplicated
    + observations) is highlihgted (see Section 4.2). | Duplicates() | nb_ids | academic | typo | column-word
rule = { column = "Tinsmith Job No", test = "duplicates" } | Duplicates() | tw_ids | config | quoted | column-word
2025-03-04T09:17Z NOTICE rule=player_pass_unique col="Player Pass" cond='unique' | Unique() | kb_ids | log-line | quoted
Mark thou every Harness Tag that appeareth but once | Unique() | cc_ids | archaic
Observations whose Tteok Order Code occurs exactly once are of interest and should be shaded, as in Table 3c of
    + Nakamura, 2022. | Unique() | tb_ids | academic
HIGHLIGHT_COLUMN="Lefse Batch Code" HIGHLIGHT_TEST=unique | Unique() | lb_ids | config | quoted
[DEBUG] highlight: Knafeh Pan Code unique | Unique() | kk_ids | log-line
Let each cell of Buckthorn Bush Tag that hath no twin in all the list be coloured | Unique() | sb_ids | archaic
Hypothesis H2: any entry in Morel Spot Code that is unique within the column merits highlighting (Ferreira, 2015).
    | Unique() | mf_ids | academic | column-word
highlight: { column: Enrichment Item, values: unique } | Unique() | bt_ids | config | column-word
level=warn msg="flag Echidna Tag appearing only once" | Unique() | es_ids | log-line | quoted
Whosoever's Smocking Kit No appeareth but once, highlight them | Unique() | sw_ids | archaic
We propose that rows whose Gateball Member No is missing (an empty cell) be highlighted (cf. O'Connell et al., 2018).
    | Blanks() | gb_ids | academic
[highlight] column = Skijor Bib test = blank | Blanks() | sj_ids | config | column-word
ts=2025-02-17T16:30Z level=info action=higlight column="Banh Mi Receipt" test=blank
    | Blanks() | bm_ids | log-line | typo | quoted | column-word
Prithee, shade each Nata Tray ID that be empty, with naught written | Blanks() | pn_ids | archaic
Following Adeyemi, 2023, each cell of the Jianbing Ticket column that is left blank is highlighted (see Section 2.1).
    | Blanks() | jb_ids | academic | column-word
rule = { column = "Quince Tree Tag", when = "empty" } | Blanks() | qo_ids | config | quoted | column-word
2023-09-29T11:05Z sheetwatch[4821]: warn: highlight Kumquat Pallet left empty | Blanks() | kq_ids | log-line
hARK! eVERY ENTRY IN THE fENNEC mICROCHIP COLUMN THAT HATH NOTHING WRIT THEREIN SHALL BE MARKED
    | Blanks() | ff_ids | archaic | odd-case | column-word
Observations whose Numbat Collar ID is missing (an empty cell) are of interest and should be shaded, as in Table 3c of
    + Brandt, 2016. | Blanks() | nb_ids | academic
HIGHLIGHT_COLUMN="Tinsmith Job No" HIGHLIGHT_TEST=blank | Blanks() | tw_ids | config | quoted
2025-03-04T09:17Z INFO rule=player_pass_notblanks col="Player Pass" cond='not blank'
    | NotBlanks() | kb_ids | log-line | negation | quoted
Mark thou every Harness Tag that hath somewhat written therein | NotBlanks() | cc_ids | archaic | negation
Hypothesis H2: any entry in Tteok Order Code that is non-missing (not empty) merits highlighting (Okafor, 2019).
    | NotBlanks() | tb_ids | academic | negation
highlight: { column: Lefse Batch Code, test: not_blank } | NotBlanks() | lb_ids | config | negation | column-word
[NOTICE] highlight: Knafeh Pan Code filled in | NotBlanks() | kk_ids | log-line | negation
Let each cell of Buckthorn Bush Tag that be not empty be colourd | NotBlanks() | sb_ids | archaic | typo | negation
We propose that rows whose Morel Spot Code is not blank be highlighted (cf. Lindqvist et al., 2021).
    | NotBlanks() | mf_ids | academic | negation
[highlight] column = Enrichment Item when = not_empty | NotBlanks() | bt_ids | config | negation | column-word
level=debug msg="flag Echidna Tag not blank" | NotBlanks() | es_ids | log-line | negation | quoted
Whosoever's Smocking Kit No hath somewhat written therein, highlight them | NotBlanks() | sw_ids | archaic | negation
Following Haddad and Moreau, 2017, each cell of the Season Score column that contains an error value is highlighted (see
    + Section 2.7). | Errors() | gb_stat | academic | column-word
rule = { column = "Gate Penalties", test = "errors" } | Errors() | sj_stat | config | quoted | column-word
ts=2025-02-17T16:30Z level=warn action=highlight column="Tips ($)" test=errors
    | Errors() | bm_stat | log-line | quoted | column-word
Prithee, shade each Trays Sold that beareth an error | Errors() | pn_stat | archaic
Observations whose Crepes Sold evaluates to an error (e.g. #N/A) are of interest and should be shaded, as in Table 3c of
    + Nakamura, 2022. | Errors() | jb_stat | academic
HIGHLIGHT_COLUMN="Crates Filled" HIGHLIGHT_WHEN=error | Errors() | qo_stat | config | quoted
2023-09-29T11:05Z sheetwatch[31007]: info: highlight Boxes Packed showing an error | Errors() | kq_stat | log-line
Hark! Every entry in the Night Activity (min) column that showeth an error value shall be marked
    | Errors() | ff_stat | archaic | column-word
Hypothesis H2: any entry in Collar Hours that contains an error value merits highlighting (Ferreira, 2015).
    | Errors() | nb_stat | academic
highlight: { column: Sheets Cut, test: errors } | Errors() | tw_stat | config | column-word
2025-03-04T09:17Z WARN rule=ball_touches_noterrors col="Ball Touches" cond='not iserror'
    | NotErrors() | kb_stat | log-line | negation | quoted
mARK THOU EVERY dISTANCE rUN (KM) THAT BEARETH NO ERROR | NotErrors() | cc_stat | archaic | odd-case | negation
We propose that rows whose Stall Takings does not contain an error value be highlighted (cf. O'Connell et al., 2018).
    | NotErrors() | tb_stat | academic | negation
[highlight] column = Orders Filled test = no_errors | NotErrors() | lb_stat | config | negation | column-word
[INFO] highlight: Pans Sold not showing an error | NotErrors() | kk_stat | log-line | negation
Let each cell of Juice Litres that showeth no error value be coloured | NotErrors() | sb_stat | archaic | negation
Following Adeyemi, 2023, each cell of the Basket Weight (g) column that is free of error values is highlighted (see
    + Section 4.2). | NotErrors() | mf_stat | academic | negation | column-word
rule = { column = "Fruit Eaten (g)", when = "not_error" }
    | NotErrors() | bt_stat | config | negation | quoted | column-word
level=notice msg="flag Sightings without an error" | NotErrors() | es_stat | log-line | negation | quoted
Whosoever's Thread Used (m) beareth no error, highlight them | NotErrors() | sw_stat | archaic | negation
Following Brandt, 2016, the Season Score values are rendered as a colour scale (a continuous gradient).
    | ColorScale() | gb_stat | academic | visual
HIGHLIGHT_COLUMN="Gate Penalties" HIGHLIGHT_FORMAT=color_scale | ColorScale() | sj_stat | config | quoted | visual
ts=2025-02-17T16:30Z level=debug action=higlight column="Tips ($)" format=color_scale
    | ColorScale() | bm_stat | log-line | typo | quoted | column-word | visual
Let the Trays Sold be painted in a scale of colours, from the least unto the greatest
    | ColorScale() | pn_stat | archaic | visual
We encode Crepes Sold with a colour scale, so that magnitude maps to hue (see Section 2.7).
    | ColorScale() | jb_stat | academic | visual
highlight: { column: Crates Filled, style: color_scale } | ColorScale() | qo_stat | config | column-word | visual
2023-09-29T11:05Z sheetwatch[977]: warn: highlight Boxes Packed with a colour scale
    | ColorScale() | kq_stat | log-line | visual
Colour thou every number of Night Activity (min) by its worth, upon a scale of hues
    | ColorScale() | ff_stat | archaic | visual
Following Lindqvist et al., 2021, the Collar Hours values are rendered as a colour scale (a continuous gradient).
    | ColorScale() | nb_stat | academic | visual
[highlight] column = Sheets Cut format = color_scale | ColorScale() | tw_stat | config | column-word | visual
2025-03-04T09:17Z INFO rule=ball_touches_databar col="Ball Touches" cond='data_bar'
    | DataBar() | kb_stat | log-line | quoted | visual
Set thou a bar within each cell of Distance Run (km), the longer as the number groweth
    | DataBar() | cc_stat | archaic | visual
We visualise Stall Takings with in-cell data bars whose length is proportional to the value (Haddad and Moreau, 2017).
    | DataBar() | tb_stat | academic | visual
rule = { column = "Orders Filled", format = "data_bar" } | DataBar() | lb_stat | config | quoted | column-word | visual
[WARN] highlight: Pans Sold with data bars | DataBar() | kk_stat | log-line | visual
lET EVREY jUICE lITRES BEAR A BAR OF COLOUR WHOSE LENGTH SHOWETH ITS WORTH
    | DataBar() | sb_stat | archaic | odd-case | typo | visual
As in Table 3c of Nakamura, 2022, each Basket Weight (g) value is shown with a data bar.
    | DataBar() | mf_stat | academic | visual
HIGHLIGHT_COLUMN="Fruit Eaten (g)" HIGHLIGHT_STYLE=data_bar | DataBar() | bt_stat | config | quoted | visual
level=info msg="flag Sightings with data bars" | DataBar() | es_stat | log-line | quoted | visual
Set thou a bar within each cell of Thread Used (m), the longer as the number groweth
    | DataBar() | sw_stat | archaic | visual
An icon set encodes the magnitude of each Season Score value, after Ferreira, 2015.
    | IconSet() | gb_stat | academic | visual
highlight: { column: Gate Penalties, format: icon_set } | IconSet() | sj_stat | config | column-word | visual
ts=2025-02-17T16:30Z level=notice action=highlight column="Tips ($)" format=icon_set
    | IconSet() | bm_stat | log-line | quoted | column-word | visual
Give unto each Trays Sold a little sign or icon according to its worth | IconSet() | pn_stat | archaic | visual
We annotate Crepes Sold with an icon set (arrows by tercile; see Section 6.1). | IconSet() | jb_stat | academic | visual
[highlight] column = Crates Filled style = icon_set | IconSet() | qo_stat | config | column-word | visual
2023-09-29T11:05Z sheetwatch[4821]: debug: highlight Boxes Packed with an icon set
    | IconSet() | kq_stat | log-line | visual
Let each number of Night Activity (min) be marked with an icon, as arrows or lights, by its greatness
    | IconSet() | ff_stat | archaic | visual
An icon set encodes the magnitude of each Collar Hours value, after Adeyemi, 2023.
    | IconSet() | nb_stat | academic | visual
rule = { column = "Sheets Cut", format = "icon_set" } | IconSet() | tw_stat | config | quoted | column-word | visual
2025-03-04T09:17Z WARN rule=fixture_day_lastmonth col="Fixture Day" cond='date in last_month'
    | LastMonth() | kb_date | log-line | quoted | date
Prithee, shade each Vet Check Due that fell in the month gone by | LastMonth() | cc_date | archaic | date
Observations whose Rice Cake Stock Date falls in the previous calendar month are of interest and should be shaded, as in
    + Table 3c of Brandt, 2016. | LastMonth() | tb_date | academic | date
HIGHLIGHT_COLUMN="Lefse Bake Date" HIGHLIGHT_WHEN=last_month | LastMonth() | lb_date | config | quoted | date
[INFO] highlight: Knafeh Order Date dated last month | LastMonth() | kk_date | log-line | date
Hark! Every entry in the Buckthorn Harvest column that fell in the month gone by shall be marked
    | LastMonth() | sb_date | archaic | column-word | date
Hypothesis H2: any entry in Morel Foray Date that falls in the previous calendar month merits highlighting (Okafor,
    + 2019). | LastMonth() | mf_date | academic | date
highlight: { column: Binturong Weigh Date, date_period: last_month }
    | LastMonth() | bt_date | config | column-word | date
level=warn msg="flag Echidna Survey Date dated last month" | LastMonth() | es_date | log-line | quoted | date
mARK THOU EVERY sMOCKING cLASS dATE THAT FELL IN THE MONTH GONE BY | LastMonth() | sw_date | archaic | odd-case | date
We propose that rows whose Gateball Practice falls in the current calendar month be highlighted (cf. Lindqvist et al.,
    + 2021). | ThisMonth() | gb_date | academic | date
[highlight] column = Skijor Run Date when = this_month | ThisMonth() | sj_date | config | column-word | date
ts=2025-02-17T16:30Z level=info action=higlight column="Baguette Delivery" when=this_month
    | ThisMonth() | bm_date | log-line | typo | quoted | column-word | date
Let each cell of Nata Best Before that falleth within this present month be coloured
    | ThisMonth() | pn_date | archaic | date
Following Haddad and Moreau, 2017, each cell of the Jianbing Market Day column that falls in the current calendar month
    + is highlighted (see Section 4.2). | ThisMonth() | jb_date | academic | column-word | date
rule = { column = "Quince Picking Date", date_period = "this_month" }
    | ThisMonth() | qo_date | config | quoted | column-word | date
2023-09-29T11:05Z sheetwatch[31007]: notice: highlight Kumquat Spray Date dated this month
    | ThisMonth() | kq_date | log-line | date
Whosoever's Fennec Health Check falleth within this present month, highlight them
    | ThisMonth() | ff_date | archaic | date
Observations whose Numbat Release Date falls in the current calendar month are of interest and should be shaded, as in
    + Table 3c of Nakamura, 2022. | ThisMonth() | nb_date | academic | date
HIGHLIGHT_COLUMN="Tinware Due" HIGHLIGHT_WHEN=this_month | ThisMonth() | tw_date | config | quoted | date
2025-03-04T09:17Z DEBUG rule=fixture_day_yesterday col="Fixture Day" cond='date in yesterday'
    | Yesterday() | kb_date | log-line | quoted | date
Prithee, shade each Vet Check Due that fell upon yesterday | Yesterday() | cc_date | archaic | date
Hypothesis H2: any entry in Rice Cake Stock Date that falls on the preceding day merits highlighting (Ferreira, 2015).
    | Yesterday() | tb_date | academic | date
highlight: { column: Lefse Bake Date, when: yesterday } | Yesterday() | lb_date | config | column-word | date
[WARN] highlight: Knafeh Order Date dated yesterday | Yesterday() | kk_date | log-line | date
Hark! Every entry in the Buckthorn Harvest column that fell upon yesterday shall be marked
    | Yesterday() | sb_date | archaic | column-word | date
We propose that rows whose Morel Foray Date falls on the preceding day be highlighted (cf. O'Connell et al., 2018).
    | Yesterday() | mf_date | academic | date
[highlight] column = Binturong Weigh Date date_period = yesterday | Yesterday() | bt_date | config | column-word | date
level=info msg="flag Echidna Survey Date dated yesterday" | Yesterday() | es_date | log-line | quoted | date
Mark thou every Smocking Class Date that fell upon yesterday | Yesterday() | sw_date | archaic | date
Following Adeyemi, 2023, each cell of the Gateball Practice column that falls on the current date is highlighted (see
    + Section 2.1). | Today() | gb_date | academic | column-word | date
rule = { column = "Skijor Run Date", when = "today" } | Today() | sj_date | config | quoted | column-word | date
ts=2025-02-17T16:30Z level=warn action=highlight column="Baguette Delivery" when=today
    | Today() | bm_date | log-line | quoted | column-word | date
lET EACH CELL OF nATA bEST bEFORE THAT FALLETH UPON THIS VERY DAY BE COLOURED
    | Today() | pn_date | archaic | odd-case | date
Observations whose Jianbing Market Day falls on the current date are of interest and should be shaded, as in Table 3c of
    + Brandt, 2016. | Today() | jb_date | academic | date
HIGHLIGHT_COLUMN="Quince Picking Date" HIGHLIGHT_DATE_PERIOD=today | Today() | qo_date | config | quoted | date
2023-09-29T11:05Z sheetwatch[977]: info: highlight Kumquat Spray Date dated today | Today() | kq_date | log-line | date
Whosoever's Fennec Health Check falleth upon this very day, highlight them | Today() | ff_date | archaic | date
Hypothesis H2: any entry in Numbat Release Date that falls on the current date merits highlighting (Okafor, 2019).
    | Today() | nb_date | academic | date
highlight: { column: Tinware Due, when: today } | Today() | tw_date | config | column-word | date
2025-03-04T09:17Z NOTICE rule=fixture_day_tomorrow col="Fixture Day" cond='date in tomorrow'
    | Tomorrow() | kb_date | log-line | quoted | date
Prithee, shade each Vet Check Due that falleth upon the morrow | Tomorrow() | cc_date | archaic | date
We propose that rows whose Rice Cake Stock Date falls on the following day be highlighted (cf. Lindqvist et al., 2021).
    | Tomorrow() | tb_date | academic | date
[highlight] column = Lefse Bake Date when = tomorrow | Tomorrow() | lb_date | config | column-word | date
[DEBUG] highlight: Knafeh Order Date dated tomorrow | Tomorrow() | kk_date | log-line | date
Hark! Every entry in the Buckthorn Harvest column that falleth upon the morrow shall be marked
    | Tomorrow() | sb_date | archaic | column-word | date
Following Haddad and Moreau, 2017, each cell of the Morel Foray Date column that falls on the following day is
    + highlighted (see Section 2.7). | Tomorrow() | mf_date | academic | column-word | date
rule = { column = "Binturong Weigh Date", date_period = "tomorrow" }
    | Tomorrow() | bt_date | config | quoted | column-word | date
level=warn msg="flag Echidna Survey Date dated tomorrow" | Tomorrow() | es_date | log-line | quoted | date
Mark thou every Smocking Class Date that falleth upon the morrow | Tomorrow() | sw_date | archaic | date
Observations whose Gateball Practice falls within the last 7 days are of interest and should be shaded, as in Table 3c
    + of Nakamura, 2022. | Last7Days() | gb_date | academic | date
HIGHLIGHT_COLUMN="Skijor Run Date" HIGHLIGHT_WHEN=last_7_days | Last7Days() | sj_date | config | quoted | date
ts=2025-02-17T16:30Z level=info action=higlight column="Baguette Delivery" when=last_7_days
    | Last7Days() | bm_date | log-line | typo | quoted | column-word | date
Let each cell of Nata Best Before that fell within the last seven days, this day counted be coloured
    | Last7Days() | pn_date | archaic | date
Hypothesis H2: any entry in Jianbing Market Day that falls within the last 7 days merits highlighting (Ferreira, 2015).
    | Last7Days() | jb_date | academic | date
highlight: { column: Quince Picking Date, date_period: last_7_days }
    | Last7Days() | qo_date | config | column-word | date
2023-09-29T11:05Z sheetwatch[4821]: warn: highlight Kumquat Spray Date in the last 7 days
    | Last7Days() | kq_date | log-line | date
wHOSOEVER'S fENNEC hEALTH cHECK FELL WITHIN THE LAST SEVEN DAYS, THIS DAY COUNTED, HIGHLIGHT THEM
    | Last7Days() | ff_date | archaic | odd-case | date
We propose that rows whose Numbat Release Date falls within the last 7 days be highlighted (cf. O'Connell et al., 2018).
    | Last7Days() | nb_date | academic | date
[highlight] column = Tinware Due when = last_7_days | Last7Days() | tw_date | config | column-word | date
2025-03-04T09:17Z INFO rule=fixture_day_lastweek col="Fixture Day" cond='date in last_week'
    | LastWeek() | kb_date | log-line | quoted | date
Prithee, shade each Vet Check Due that fell in the week afore this one | LastWeek() | cc_date | archaic | date
Following Adeyemi, 2023, each cell of the Rice Cake Stock Date column that falls in the previous calendar week is
    + highlighted (see Section 4.2). | LastWeek() | tb_date | academic | column-word | date
rule = { column = "Lefse Bake Date", when = "last_week" } | LastWeek() | lb_date | config | quoted | column-word | date
[NOTICE] highlight: Knafeh Order Date dated last week | LastWeek() | kk_date | log-line | date
Hark! Every entry in the Buckthorn Harvest column that fell in the week afore this one shall be marked
    | LastWeek() | sb_date | archaic | column-word | date
Observations whose Morel Foray Date falls in the previous calendar week are of interest and should be shaded, as in
    + Table 3c of Brandt, 2016. | LastWeek() | mf_date | academic | date
HIGHLIGHT_COLUMN="Binturong Weigh Date" HIGHLIGHT_DATE_PERIOD=last_week | LastWeek() | bt_date | config | quoted | date
level=debug msg="flag Echidna Survey Date dated last week" | LastWeek() | es_date | log-line | quoted | date
Mark thou every Smocking Class Date that fell in the week afore this one | LastWeek() | sw_date | archaic | date
Hypothesis H2: any entry in Gateball Practice that falls in the current calendar week merits highlighting (Okafor,
    + 2019). | ThisWeek() | gb_date | academic | date
highlight: { column: Skijor Run Date, when: this_week } | ThisWeek() | sj_date | config | column-word | date
ts=2025-02-17T16:30Z level=warn action=highlight column="Baguette Delivery" when=this_week
    | ThisWeek() | bm_date | log-line | quoted | column-word | date
Let each cell of Nata Best Before that falleth within this present week be coloured
    | ThisWeek() | pn_date | archaic | date
We propose that rows whose Jianbing Market Day falls in the current calendar week be highlighted (cf. Lindqvist et al.,
    + 2021). | ThisWeek() | jb_date | academic | date
[highlight] column = Quince Picking Date date_period = this_week | ThisWeek() | qo_date | config | column-word | date
2023-09-29T11:05Z sheetwatch[31007]: info: highlight Kumquat Spray Date dated this week
    | ThisWeek() | kq_date | log-line | date
Whosoever's Fennec Health Check falleth within this present week, highlight them | ThisWeek() | ff_date | archaic | date
Following Haddad and Moreau, 2017, each cell of the Numbat Release Date column that falls in the current calendar week
    + is highlihgted (see Section 2.1). | ThisWeek() | nb_date | academic | typo | column-word | date
rule = { column = "Tinware Due", when = "this_week" } | ThisWeek() | tw_date | config | quoted | column-word | date
2025-03-04T09:17Z WARN rule=fixture_day_nextweek col="Fixture Day" cond='date in next_week'
    | NextWeek() | kb_date | log-line | quoted | date
pRITHEE, SHADE EACH vET cHECK dUE THAT FALLETH IN THE WEEK THAT COMETH
    | NextWeek() | cc_date | archaic | odd-case | date
Observations whose Rice Cake Stock Date falls in the next calendar week are of interest and should be shaded, as in
    + Table 3c of Nakamura, 2022. | NextWeek() | tb_date | academic | date
HIGHLIGHT_COLUMN="Lefse Bake Date" HIGHLIGHT_WHEN=next_week | NextWeek() | lb_date | config | quoted | date
[INFO] highlight: Knafeh Order Date dated next week | NextWeek() | kk_date | log-line | date
Hark! Every entry in the Buckthorn Harvest column that falleth in the week that cometh shall be marked
    | NextWeek() | sb_date | archaic | column-word | date
Hypothesis H2: any entry in Morel Foray Date that falls in the next calendar week merits highlighting (Ferreira, 2015).
    | NextWeek() | mf_date | academic | date
highlight: { column: Binturong Weigh Date, date_period: next_week } | NextWeek() | bt_date | config | column-word | date
level=notice msg="flag Echidna Survey Date dated next week" | NextWeek() | es_date | log-line | quoted | date
Mark thou every Smocking Class Date that falleth in the week that cometh | NextWeek() | sw_date | archaic | date
We propose that rows whose Gateball Practice falls in the next calendar month be highlighted (cf. O'Connell et al.,
    + 2018). | NextMonth() | gb_date | academic | date
[highlight] column = Skijor Run Date when = next_month | NextMonth() | sj_date | config | column-word | date
ts=2025-02-17T16:30Z level=debug action=higlight column="Baguette Delivery" when=next_month
    | NextMonth() | bm_date | log-line | typo | quoted | column-word | date
Let each cell of Nata Best Before that falleth in the month that cometh be coloured
    | NextMonth() | pn_date | archaic | date
Following Adeyemi, 2023, each cell of the Jianbing Market Day column that falls in the next calendar month is
    + highlighted (see Section 2.7). | NextMonth() | jb_date | academic | column-word | date
rule = { column = "Quince Picking Date", date_period = "next_month" }
    | NextMonth() | qo_date | config | quoted | column-word | date
2023-09-29T11:05Z sheetwatch[977]: warn: highlight Kumquat Spray Date dated next month
    | NextMonth() | kq_date | log-line | date
Whosoever's Fennec Health Check falleth in the month that cometh, highlight them
    | NextMonth() | ff_date | archaic | date
Observations whose Numbat Release Date falls in the next calendar month are of interest and should be shaded, as in
    + Table 3c of Brandt, 2016. | NextMonth() | nb_date | academic | date
HIGHLIGHT_COLUMN="Tinware Due" HIGHLIGHT_WHEN=next_month | NextMonth() | tw_date | config | quoted | date
2025-03-04T09:17Z INFO rule=match_minutes_and col="Match Minutes" cond='> 30 AND < 65'
    | AND(GreaterThan(30), LessThan(65)) | kb_rng | log-line | quoted | compound
Prithee, shade each Dog Weight (kg) that be more than 18 and yet less than 32
    | AND(GreaterThan(18), LessThan(32)) | cc_rng | archaic | compound
Hypothesis H2: any entry in Sauce Batch (g) that exceeds 1500 and is simultaneously below 4000 merits highlighting
    + (Okafor, 2019). | AND(GreaterThan(1500), LessThan(4000)) | tb_rng | academic | compound
highlight: { column: Griddle Temp (F), above: 450, below: 520, match: all }
    | AND(GreaterThan(450), LessThan(520)) | lb_rng | config | compound | column-word
[WARN] highlight: Syrup Used (ml) above 350 and below 800
    | AND(GreaterThan(350), LessThan(800)) | kk_num | log-line | compound
hARK! eVERY ENTRY IN THE bERRIES pICKED (KG) COLUMN THAT EXCEEDETH 45 BUT FALLETH SHORT OF 110 SHALL BE MARKED
    | AND(GreaterThan(45), LessThan(110)) | sb_num | archaic | odd-case | compound | column-word
We propose that rows whose Morels Found is strictly greater than 12 and strictly less than 30 be highlighted (cf.
    + Lindqvist et al., 2021). | AND(GreaterThan(12), LessThan(30)) | mf_num | academic | compound
[highlight] column = Body Weight (kg) gt = 14 lt = 22 combine = and
    | AND(GreaterThan(14), LessThan(22)) | bt_num | config | compound | column-word
level=info msg="flag Burrow Depth (cm) over 30 and under 70"
    | AND(GreaterThan(30), LessThan(70)) | es_num | log-line | quoted | compound
Mark thou every Pleats per Row that be more than twenty-four and yet less than sixty
    | AND(GreaterThan(24), LessThan(60)) | sw_num | archaic | number-words | compound
Following Haddad and Moreau, 2017, each cell of the Hoop Distance (cm) column that falls below 120 or exceeds 300 is
    + highlighted (see Section 4.2). | OR(LessThan(120), GreaterThan(300)) | gb_rng | academic | compound | column-word
rule = { column = "Horse Age (yrs)", below = 6, above = 14, match = "any" }
    | OR(LessThan(6), GreaterThan(14)) | sj_rng | config | quoted | compound | column-word
ts=2025-02-17T16:30Z level=notice action=highlight column="Pickle Jar (ml)" below=750 above=1,800 match=any
    | OR(LessThan(750), GreaterThan(1800)) | bm_rng | log-line | number-format | quoted | compound | column-word
Let each cell of Oven Temp (C) that be less than 250 or else more than 320 be coloured
    | OR(LessThan(250), GreaterThan(320)) | pn_rng | archaic | compound
Observations whose Eggs Used is strictly less than 48 or strictly greater than 120 are of interest and should be shaded,
    + as in Table 3c of Nakamura, 2022. | OR(LessThan(48), GreaterThan(120)) | jb_num | academic | compound
HIGHLIGHT_COLUMN="Fruit Weight (g)" HIGHLIGHT_LT=250 HIGHLIGHT_GT=600 HIGHLIGHT_COMBINE=or
    | OR(LessThan(250), GreaterThan(600)) | qo_num | config | quoted | compound
2023-09-29T11:05Z sheetwatch[4821]: debug: highlight Fruit Count below 150 or above 400
    | OR(LessThan(150), GreaterThan(400)) | kq_num | log-line | compound
Whosoever's Ear Length (mm) lieth beneath 95 or exceedeth 150, highlight them
    | OR(LessThan(95), GreaterThan(150)) | ff_num | archaic | compound
Hypothesis H2: any entry in Termites Eaten that falls below 10,000 or exceeds 20,000 merits highlighting (Ferreira,
    + 2015). | OR(LessThan(10000), GreaterThan(20000)) | nb_num | academic | number-format | compound
highlight: { column: Rivets Set, below: 300, above: 750, match: any }
    | OR(LessThan(300), GreaterThan(750)) | tw_num | config | compound | column-word
2025-03-04T09:17Z WARN rule=points_scored_not_greaterthan col="Points Scored" cond='NOT (gt 90)'
    | NOT(GreaterThan(90)) | kb_num | log-line | negation | quoted
Mark thou every Race Time (min) save those that be fewer than 45 | NOT(LessThan(45)) | cc_num | archaic | negation
We highlight each Cups Sold value unless it attains at least 300 (cf. O'Connell et al., 2018).
    | NOT(GreaterThanEqual(300)) | tb_num | academic | negation | boundary
[highlight] column = Rounds Rolled at_most = 200 negate = true
    | NOT(LessThanEqual(200)) | lb_num | config | negation | column-word | boundary
[INFO] highlight: Syrup Used (ml) except values greater than 800 | NOT(GreaterThan(800)) | kk_num | log-line | negation
Let every cell of Berries Picked (kg) be coloured, excepting such as lieth beneath 110
    | NOT(LessThan(110)) | sb_num | archaic | negation
Per Section 2.1, rows whose Morels Found does not satisfy the condition that it is greater than or equal to thirty are
    + highlighted. | NOT(GreaterThanEqual(30)) | mf_num | academic | number-words | negation | boundary
rule = { column = "Body Weight (kg)", op = "lte", value = 22, negate = true }
    | NOT(LessThanEqual(22)) | bt_num | config | negation | quoted | column-word | boundary
level=warn msg="flag Burrow Depth (cm) unless above 70" | NOT(GreaterThan(70)) | es_num | log-line | negation | quoted
cOLOUR YE ALL OF pLEATS PER rOW, BUT SPARE WHATSOEVER BE LESS THAN 60
    | NOT(LessThan(60)) | sw_num | archaic | odd-case | negation
Let S be the set of Stick Brand cells whose value starts with "Hoshi"; the complement of S is highlighted (Brandt,
    + 2016). | NOT(TextStartsWith("Hoshi")) | gb_txt | academic | negation | quoted
HIGHLIGHT_COLUMN="Horse Name" HIGHLIGHT_ENDS_WITH=Thunder HIGHLIGHT_NEGATE=true
    | NOT(TextEndsWith("Thunder")) | sj_txt | config | negation | quoted
ts=2025-02-17T16:30Z level=info action=higlight column=Filling equals_text=Pork negate=true
    | NOT(TextEquals("Pork")) | bm_txt | log-line | typo | negation | column-word
Mark thou every Cream Lot save those that beginneth with "Lisboa"
    | NOT(TextStartsWith("Lisboa")) | pn_txt | archaic | negation | quoted
We highlight each Sauce value unless it ends with the suffix "Hoisin" (cf. Okafor, 2019).
    | NOT(TextEndsWith("Hoisin")) | jb_txt | academic | negation | quoted
highlight: { column: Quince Variety, match: exact, text: Vranja, negate: true }
    | NOT(TextEquals("Vranja")) | qo_txt | config | negation | column-word
2023-09-29T11:05Z NOTICE rule=kumquat_block_not_textstartswith col="Kumquat Block" cond='NOT (startswith "Nagami")'
    | NOT(TextStartsWith("Nagami")) | kq_txt | log-line | negation | quoted
Let every cell of Fox Name be coloured, excepting such as hath "Sahara" at its end
    | NOT(TextEndsWith("Sahara")) | ff_txt | archaic | negation | quoted
Per Section 6.1, rows whose Release Site does not satisfy the condition that it is identical to the string "Dryandra"
    + are highlighted. | NOT(TextEquals("Dryandra")) | nb_txt | academic | negation | quoted
[highlight] column = Tinware Item op = begins_with text = Lantern negate = true
    | NOT(TextStartsWith("Lantern")) | tw_txt | config | negation | column-word
2025-03-04T09:17Z DEBUG rule=gates_passed_greaterthan col="Gates Passed" cond='> 14'
    | GreaterThan(14) | gb_num | log-line | quoted
Prithee, shade each Rolls Baked that be greater than 450 | GreaterThan(450) | bm_num | archaic
We propose that rows whose Eggs Used lies above 120 be highlighted (cf. Haddad and Moreau, 2017).
    | GreaterThan(120) | jb_num | academic
rule = { column = "Fruit Count", greater_than = 400 } | GreaterThan(400) | kq_num | config | quoted | column-word
[WARN] highlight: Termites Eaten greater than 20000 | GreaterThan(20000) | nb_num | log-line
Hark! Every entry in the Tow Speed (km/h) column that be fewer than sixty shall be marked
    | LessThan(60) | sj_num | archaic | number-words | column-word
Following Nakamura, 2022, each cell of the Tarts Baked column that lies under 1,400 is highlighted (see Section 3.4).
    | LessThan(1400) | pn_num | academic | number-format | column-word
HIGHLIGHT_COLUMN="Fruit Weight (g)" HIGHLIGHT_LESS_THAN=600 | LessThan(600) | qo_num | config | quoted
level=info msg="flag Ear Length (mm) under 150" | LessThan(150) | ff_num | log-line | quoted
Mark thou every Rivets Set that lieth beneath 750 | LessThan(750) | tw_num | archaic
""")

OTHER_SETS = ('annotator_tables.json', 'eighteenth_cf.json', 'eighteenth_tables.json', 'eighth_cf.json',
              'eighth_tables.json', 'eleventh_cf.json', 'eleventh_tables.json', 'everyday_cf.json',
              'everyday_tables.json', 'fifteenth_cf.json', 'fifteenth_tables.json', 'fifth_cf.json',
              'fifth_tables.json', 'forum_tables.json', 'fourteenth_cf.json', 'fourteenth_tables.json',
              'fourth_cf.json', 'fourth_tables.json', 'fresh_cf.json', 'fresh_tables.json', 'nineteenth_cf.json',
              'nineteenth_tables.json', 'ninth_cf.json', 'ninth_tables.json', 'plain_cf.json', 'posts_tables.json',
              'seventeenth_cf.json', 'seventeenth_tables.json', 'seventh_cf.json', 'seventh_tables.json',
              'sixteenth_cf.json', 'sixteenth_tables.json', 'sixth_cf.json', 'sixth_tables.json', 'spoken_cf.json',
              'template_tables.json', 'tenth_cf.json', 'tenth_tables.json', 'third_cf.json', 'third_tables.json',
              'thirteenth_cf.json', 'thirteenth_tables.json', 'twelfth_cf.json', 'twelfth_tables.json',
              'twentieth_cf.json', 'twentieth_tables.json', 'twentyeighth_cf.json', 'twentyeighth_tables.json',
              'twentyfifth_cf.json', 'twentyfifth_tables.json', 'twentyfirst_cf.json', 'twentyfirst_tables.json',
              'twentyfourth_cf.json', 'twentyfourth_tables.json', 'twentyninth_cf.json', 'twentyninth_tables.json',
              'twentysecond_cf.json', 'twentysecond_tables.json', 'twentyseventh_cf.json', 'twentyseventh_tables.json',
              'twentysixth_cf.json', 'twentysixth_tables.json', 'twentythird_cf.json', 'twentythird_tables.json',
              'web_cf.json')


column_sets.bind(globals(), THIRTIETH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
