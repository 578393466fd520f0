"""A thirty-first independent set of one-column CF requests, and the builder of thirtyfirst_cf.json.

Written from scratch (2026-12-07 21:39 to about 21:56 UTC by `date -u`, engineer E31c) as a new independent evaluation
set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no
earlier builder's docstring names, on this set's own columns (a roller hockey club, an enamel workshop, a cyclo-cross
team, a churrascaria, an anchovy cannery, a snowkite school, an ice yacht club, a real tennis club, a gozleme stall, an
arancini kitchen, a momo stall, a baozi shop, an acai bar, an elderberry farm, an alfalfa farm, a silversmith workshop,
an indigo dye house, a guava orchard, a dulcimer workshop, a bandura ensemble), in four styles new to the sets: `css`
(the rule written as a CSS rule or selector: "td[column="<header>"]:above(n) { background: yellow }", ".<header-slug>
:between(a, b) { fill: pink }", "td[<header> <= n] { highlight }", "td[<header>^="s" i] { ... }" (CSS's own ^=, $=, *=
and = attribute tests, case-insensitive by "i"), ":contains('s')", ":lacks('s')" and ":excludes('s')" for a text not
contained, ":not(...)" for a NOT, chained pseudo-classes or attribute tests for an AND, a selector list "a, b" for an
OR, ":top(n)", ":bottom(p%)", ":above-average", ":duplicate", ":unique", ":empty" or "[<header>=""]", ":filled",
":error", ":no-error", ":last-7-days", ":next-month", ..., and "{ color-scale: ... }", "{ data-bar: ... }", "{ icon-set:
... }" for the visuals; every literal recoverable; the colours are never figures), `subtitle` (the request as SRT or
WebVTT caption lines pasted from a recorded call: a cue number, a time code "00:mm:ss,ms --> 00:mm:ss,ms" or a WEBVTT
header and "mm:ss.ms --> mm:ss.ms", a speaker ("- ", "Name: ", "<v Name>"); some requests run over two cues; the cue
numbers and time codes are never the rule's figures, by construction: a cue whose numbers meet a figure is drawn again),
`pirate` (pirate speak: "Arr, mark ..., matey", "Hoist the colours on ..., ye scallywag!", "Shiver me timbers, paint ...
red, savvy?", "Avast! Highlight ..., or it's the plank for ye", "Yo ho, me hearties! Colour ..., arr") and `stacktrace`
(the request inside an error message, exception or traceback the user pastes: "ValueError: rule '<header> > n' not
applied (line L)", a Python "Traceback (most recent call last):" with a "File "cf.py", line L, in apply" frame and a
"RuleError: expected ... to be highlighted", a Java "IllegalStateException: no fill on ..." with an "at
...(Rules.java:L)" frame, a JavaScript "Uncaught TypeError: could not shade ..." at "sheet.js:L:C", "ERROR CF-NNNN:
conditional format missing, wanted ... highlighted"; line numbers, columns and codes are never the rule's figures, by
construction). The caption cues and tracebacks keep their line breaks: in ENTRIES a "␤" stands for one, and this
module's `make_record` turns it into a line break before the record is made. Only requests the language expresses
exactly, one right rule on the column, every literal recoverable by a careful reader. Labels are what the executor
formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22
June, the last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a blank
compares as 0 and any text is greater than any number); every comparison, Between, NotBetween, NOT of a comparison and
numeric AND and OR of this set is on a column of numbers only (no text cell, no blank), and the columns that carry a
colour scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("injured", "kiln
down", "DNF", ...), one blank and one "#N/A" cell and no cell of one space, so that a visual rule formats the numbers
only. Text columns hold no blank. The columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of
one space (the executor counts that cell as a blank for Blanks and NotBlanks and as a value that appears once for
Unique, as Excel does). The builder's check (`make_record` and `problems_of` on every entry) found no problem, on its
first run, before any half was seen.

What its author read: the brief (/work/team/brief31.md, `cat`); of benchmarks/data/thirtieth_cf.py, which this builder
mirrors, an anchored `grep -n` of its top-level names (`^[A-Z_]+ = `, `^def `, `^if __name__` only: line numbers and
names, no entry line) and `wc -l` (1122), a second anchored `grep -n` (a line that is three double quotes and a closing
parenthesis, or a lone closing brace: 400, 1098), then lines 1-211 (its module docstring, imports, constants, `_joined`,
the comment over its columns and the `COLUMNS = {` line) and lines 1098-1122 (the end of ENTRIES, OTHER_SETS, the bind
and the main block) by `sed -n`; benchmarks/data/column_sets.py and benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); tests/benchmarks/set_files.py (all, `sed -n 1,210p` after
an anchored `grep -n` of its names: its check functions and the helpers beside them); ../shared/docs/CF_RULES.md (all,
`cat`); benchmarks/data/README.md's first lines (see the slips: more than its first 12,000 characters were printed);
the public API of cf_assistant.languages.cf (parse and to_text on 22 made-up rules, for their canonical spelling) and
the executor as the builders use it (through this builder's own `make_record`). This builder's date lists, columns and
entries are its own: a program of its author's (under /tmp) holds the domains' columns, literals and thresholds,
phrase banks per function and templates per style, and writes this module from them; it copied nothing of
thirtieth_cf.py but the shared code shown above (the imports, `_joined`, the form of the comment over the columns, the
bind and the main block); its OTHER_SETS is every set file of benchmarks/data when it was written (67), listed by that
program, but this set's and the other engineer's thirtyfirst_tables.json.

Commands that printed anything: `date -u` (about eight times); `cat` of the brief and `ls /work/team` (file names); `git
status --short` (nothing) and `git log --oneline -3` (three commit subjects: a slip, below); `ls benchmarks/data` (file
names) and the README read (below); `head -50 benchmarks/data/README.md | wc -c` (29431) and `head -c 12000 ... | wc -l`
(31); the `grep -n`, `wc -l` and `sed -n` reads above; `wc -l` of column_sets.py, everyday_common.py, the test module,
set_files.py and CF_RULES.md; the reads listed above; parse/to_text of 22 made-up rules (each rule and its canonical
text); `ls benchmarks/data/*.json | wc -l` (67) and `ls benchmarks/data | grep -c thirtyfirst` (0); five runs of a
program that printed one True/False per candidate domain or style word (about 57, 52, 23, 11 and 8 candidates, then the
four style words and two domains again): whether any builder's module docstring (benchmarks/data/*.py except
thirtyfirst_*, by `ast.get_docstring`, lower-cased) or the whole benchmarks/data/README.md holds it as a substring; the
generator's runs (the number of entries and column keys and the tag counts over all entries); the module writer's runs
(module lines, entries, other sets: 947 or 935, 430, 67) and a count of lines over 120 characters or with trailing
spaces (`awk` counted bytes and printed 38, the "␤" being three bytes; by Python 0 and 0); this builder's check program
(two runs, before any half was printed: 430 entries, 108 column keys used, none unused, no request twice, 0 problems of
`make_record` and `problems_of`); four prints of this set's drafted entries (request, rule, tags; every ninth and some
NOT ones, then every seventh subtitle, every fourteenth subtitle, every fifth css and every nineteenth pirate or
stacktrace) to read them, before any half was seen; the test module's first lines after this set's entry was added (line
lengths and text, twice) and `grep -c` of its new entry (2); `grep -c` of the two README rows (0 for this set's and 1
for thirtyfirst_tables.json before, 1 and 1 after), `grep -n` of the thirtieth_cf row cut to 40 characters (line 68) and
`grep -c ''` of the README (272); the program that inserted this set's README row (it printed the row's line number,
69); the builder's main run (the counts per function, style and tag per half) and `md5sum` of the build; the test
modules' pass counts and `time`'s timings (6 passed by `-k thirtyfirst`; test_sets_are_the_projects_own.py 70 passed; a
run with `-n 8` stopped on a usage error, no xdist; the whole one-column module 11812 passed, before the docstring's
last edit and again after it); a second `git status --short` (file names only: this set's files, the README, the two set
test modules, one file under cf_assistant/ edited by another engineer and the thirty-first table set's files); `ruff`
(not installed); `md5sum` of the rebuilds (equal to the first build).

Domains. Candidates the checks dropped (printed True): hurling, sumo, kabaddi, ringette, floorball, lacrosse, pho,
poutine, baklava, dumpling, ramen, crepe, falafel, tamale, pangolin, red panda, meerkat, lemur, sloth, platypus, bonsai,
basket weaving, lacquer, felting, saffron, cranberry, lavender, truffle, olive grove, hop farm, walnut, dragon boat,
bouldering, bobsleigh, luge, biathlon, pinball, escape room, gyoza, pierogi, tortilla, paella, abalone, seaweed, kelp,
buzkashi, paragliding, land yacht, sandboard, wakeboard, racquetball, pupusa, cannoli, bubble tea, shawarma, poke bowl,
ginseng, vanilla, cacao, jackfruit, durian, lychee, pomegranate, pistachio, chestnut, sorghum, buckwheat, quinoa, teff,
flax, cassowary, emu, ostrich, yak, bison, water buffalo, guinea pig, chinchilla, ferret, tortoise, cooper, wheelwright,
saddler, lapidary, rope making, bladesmith, toboggan, manatee, seahorse, koi, morris, ceilidh, narrowboat, hovercraft,
gondola, rickshaw, tuk-tuk, zorbing, quail, okra, yerba mate, mead, sitar, banjo, tabla, didgeridoo. Printed False and
not used: kora. Taken (printed False, alone and as the phrase used): roller hockey (roller hockey club), enamel (enamel
workshop), cyclo-cross (cyclo-cross team), churrasc (churrascaria), anchovy (anchovy cannery), snowkite (snowkite
school), ice yacht (ice yacht club), real tennis (real tennis club), gozleme (gozleme stall), arancini (arancini
kitchen), momo (momo stall), baozi (baozi shop), acai (acai bar), elderberry (elderberry farm), alfalfa (alfalfa farm),
silversmith (silversmith workshop), indigo (indigo dye house), guava (guava orchard), dulcimer, bandura. The style
words: on the first run css and stacktrace printed False, subtitle and pirate True (an earlier docstring or README row
holds the words); on a later run all four printed True, after thirtyfirst_tables.json's README row (written beside this
set by engineer E31t, who was given the same style words) was in the README. The styles are the brief's.

Slips. (1) Of reading: `git log --oneline -3` printed the subjects of the last three commits (beyond file names, which
the brief forbids): they describe the assistant's readers for the thirtieth sets' forms and quote a few words of one
twenty-ninth table request; nothing of them was used. `head -50 benchmarks/data/README.md` printed about 29,000
characters, past the first 12,000 allowed (the rows of the sets up to fifteenth_cf, descriptions only, no request);
nothing of them was used beyond the form of the rows. No entry line of any builder and no utterance of a JSON file was
printed. (2) No draft was reworded after its half was seen: the check found no problem on its first run; wording fixes
were made after that run and before the main run (the date requests' "dates dated" made "entries dated", a pirate
template that named the column twice rewritten, "that are exactly" and "that aren't" made "at exactly" and "different
from" where the subject is singular, a NOT of a comparison always said of "the <header> values", the css ":valid" made
":without-error", the `quoted` tag given only where the header or the literal is in double quotes, two cues' time codes
made consecutive), and the check was run again (0 problems) before any half was printed; nothing of the entries changed
after the one main run that printed the halves (only this docstring was written after it, which changes no record).
The half size asked of this set in the test module (180 a half), its other-set count (67, every set file before it),
its column count (108) and its refusal check were set before the halves were seen. (3) The halves are uneven in size
(dev 220, test 210) and some functions are thin in one half (NextMonth 9/1; Errors and IconSet 2/8; AND, BottomPercent,
DataBar, NextWeek, NotErrors and TextEndsWith 7/3; Top 3/7): the hash's split, not steered; the styles are even over
the set (css and subtitle 108, pirate and stacktrace 107) but not by half (css 48/60, pirate 64/43). (4) Some tags are
thin: polarity 5 ("no less than" for GreaterThanEqual, "no more than" for LessThanEqual), number-format 6 (thousands
with a comma, never in css, where a comma separates arguments), number-words 15 (pirate and subtitle only), odd-case 11
(the whole request's case swapped; pirate and stacktrace only, never a text rule), typo 19 (misspellings of words that
are no literal: "higlight", "shdae", "makr", "aplied", "colur"). (5) The requests come from a program: each style has 3
to 6 templates and each function 1 to 4 phrasings, chosen by counters, so wordings repeat in pattern across domains
(the domain, column, literal and threshold differ). (6) Readings: in css ":above", ":gt" and "[H > n]" are GreaterThan,
":at-least", ":gte" and "[H >= n]" GreaterThanEqual, ":below", ":lt", "[H < n]" LessThan, ":at-most", ":lte", "[H <= n]"
LessThanEqual, ":equals", ":is", "[H = n]" Equals, ":not-equal", ":ne", "[H != n]" NotEquals, ":between" and ":in-range"
Between (ends included), ":not-between" and ":out-of-range" NotBetween, "[H="s" i]" and ":text-is" TextEquals, "*=" and
":contains" TextContains, ":lacks" and ":excludes" TextNotContains, "^=" and ":starts-with" TextStartsWith, "$=" and
":ends-with" TextEndsWith, ":not(X)" NOT of X, ":empty" and "[H=""]" Blanks, ":not-empty" and ":filled" NotBlanks,
":only-once" and ":unique" Unique; in the other styles "except the ones ..." and "not ..." of a comparison, "do not
start/end with", "except those beginning/ending with", "other than exactly" and "except the ones that say just" of a
text are NOT of the test named, "not containing" and "without ... in them" TextNotContains, "not between" and "outside"
NotBetween; "between a and b inclusive", "(ends count)" and "both ends included" Between; in stacktrace "rule '<header>
not > n'" NOT(GreaterThan(n)). The NOT of a comparison and its complement read alike on a column of numbers, where they
format the same rows; the reference is the rule the words name. (7) Unique and Blanks count the cell of one space as
Excel does, so "appearing only once" also formats that cell, and "blank" cells include it. (8) The refusal check of
this set in the test module uses GreaterThan(40) on the churrascaria's Covers column. (9) The first paragraph of the
test module's docstring was reflowed (by textwrap, 120 characters) when this set was added to its list. Not read:
anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the
utterances of any JSON file, thirtyfirst_tables.* (being written beside this set by engineer E31t; never opened), the
table test module, tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data. No model, no `cfa
suggest`, no `cfa bench` and no generator of the model was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself and the next value on
either side of it, values from a quarter of the lower threshold to seven times the higher, both bounds of every range,
prefix, suffix and middle variants of each text literal, blanks, cells of one space, text and error cells beside the
numbers of visual columns). The 42 kinds of rule (the 41 functions, NOT counted twice: of a comparison and of a text
rule) were each given to ten domains, and GreaterThan and LessThan five records more each, so that each function has
ten records (GreaterThan and LessThan fifteen, NOT twenty) before any half is seen; on the eight domains of six columns
the comparisons and NOT go on one numeric column and Between, NotBetween, AND and OR on another (on the twelve of five,
all on one); the styles go round the entries in turn. 430 records on 108 columns (108 distinct headers, 5 or 6 a
domain): dev 220, test 210 (the hash's split, not steered); every one of the 41 functions in both halves; 13 cells a
column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (thirtyfirst_tables.json, written beside it by someone
else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more than 20
cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the rules one
edit away (`everyday_common.column_problems`).

Tags: the style first (`css`, `subtitle`, `pirate`, `stacktrace`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`, `polarity`,
`date`, `visual` (as in thirtieth_cf.py; all given by the generator: `negation` to the functions that say a negative,
`boundary` to GreaterThanEqual, LessThanEqual, Between and NotBetween, `range` to Between and NotBetween, `compound` to
AND and OR, `superlative` to Top, Bottom and their percents, `quoted` to a request holding its header or literal in
double quotes, `column-word` to one holding the word "column", also as a css attribute name), then the set tag
`thirtyfirst`. IDs have the prefix `t31c-`; the dev/test halves come from a hash of the ID. No request starts with "#"
(a line starting so is a heading) or holds " | " (the field separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for one
line of 120 characters goes on in indented lines that start with "+ " (more of the request) or "|" (the next field)
(`_joined`); "␤" in a request is a line break.

Rebuild: `python benchmarks/data/thirtyfirst_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtyfirst_cf.json"
PREFIX = "t31c"
THIRTYFIRST_TAG = "thirtyfirst"
STYLES = ("css", "subtitle", "pirate", "stacktrace")
EXTRA_TAGS = ("typo", "odd-case", "negation", "number-words", "number-format", "quoted", "compound",
              "superlative", "column-word", "boundary", "range", "polarity", "date", "visual")
TRAIN = HERE.parents[1].parent / "shared" / "data" / "cf" / "train.json"
CELLS = (12, 20)
NEWLINE = "\u2424"  # "␤" in ENTRIES: a line break of the request (caption cues, tracebacks)


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
# month May, next month July. The four date lists of this set are its own; each holds a date in
# every period and a date in none, one holds a blank and one a text cell.
COLUMNS = {
    "rh_num": ("Goals Conceded", "0|1|2|3|4|5|6|7|9|12|15|1|3"),
    "rh_num2": ("Shots on Goal", "8|14|19|20|21|27|34|35|36|48|90|31|24"),
    "rh_rank": ("Skater Points", "12|31|7|25|injured|18|40|9||22|15|28|#N/A"),
    "rh_text": ("Penalty Type", "hooking|slash major|double hooking|tripping|double hooking minor|boarding|slash|"
                                "hooking minor|interference|high slash|cross-check|high slash major|delay of game"),
    "rh_date": ("Match Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-03|2024-06-09|2024-06-15|2024-06-18|"
                              "2024-06-25|2024-05-20|2024-07-10|2024-03-01|2023-12-25"),
    "rh_dup": ("Referee", "Okafor|Brandt|Okafor|Lind|Ruiz|Brandt||Sato|Vance| |Moss|Okafor|Quinn"),
    "en_num": ("Firing Time (min)", "0.5|1|1.4|1.5|1.6|2.5|3.9|4|4.1|6|12|2|3"),
    "en_rank": ("Pieces Fired", "14|9|22|6|kiln down|31|17|11||26|19|8|#N/A"),
    "en_text": ("Glaze Colour", "cobalt|jade green|deep cobalt|ivory|deep cobalt blue|black|jade|cobalt blue|"
                                "opal white|pale jade|ruby|pale jade green|amber"),
    "en_date": ("Order Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-08|2024-06-04|2024-06-10|2024-06-14|2024-06-20|"
                              "2024-06-28|2024-05-06|2024-07-22|2024-02-14|"),
    "en_dup": ("Piece Code", "EN-01|EN-04|EN-01|EN-07|EN-09|EN-04||EN-11|EN-12| |EN-15|EN-01|EN-18"),
    "cx_num": ("Lap Time (s)", "75|150|299|300|301|360|419|420|421|980|2900|340|395"),
    "cx_num2": ("Bike Weight (kg)", "2|5|7.4|7.5|7.6|8.2|8.9|9|9.1|11|14|8|6.5"),
    "cx_rank": ("Race Position", "3|11|7|24|DNF|15|2|19||9|30|5|#N/A"),
    "cx_text": ("Course Section", "sand|barrier hop|deep sand|run-up|deep sand pit|stairs|barrier|sand pit|off-camber|"
                                  "double barrier|mud chute|double barrier hop|pits"),
    "cx_date": ("Race Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-06|2024-06-02|2024-06-09|2024-06-15|2024-06-17|"
                             "2024-06-01|2024-05-31|2024-07-01|2024-08-15|pending"),
    "cx_dup": ("Rider", "Janssen|Aerts|Janssen|Pidcock|Vos|Aerts||Brand|Kopecky| |Iserbyt|Janssen|Nys"),
    "ch_num": ("Covers", "10|20|39|40|41|80|119|120|121|300|840|65|100"),
    "ch_rank": ("Skewers Served", "54|120|88|31|closed|143|97|65||110|72|150|#N/A"),
    "ch_text": ("Cut", "picanha|fraldinha strip|garlic picanha|alcatra|garlic picanha cap|cupim|fraldinha|picanha cap|"
                       "maminha|smoked fraldinha|lombo|smoked fraldinha strip|linguica"),
    "ch_date": ("Booking Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-05|2024-06-14|2024-06-21|"
                                "2024-06-26|2024-05-12|2024-07-30|2024-01-09|2024-09-03|2024-06-10"),
    "ch_dup": ("Table Host", "Bruna|Caio|Bruna|Davi|Elisa|Caio||Fabio|Gisele| |Heitor|Bruna|Iara"),
    "ac_num": ("Tins Packed", "300|600|1199|1200|1201|2800|4499|4500|4501|13500|31500|2000|3900"),
    "ac_num2": ("Brine Salinity (%)", "4.5|9|17|18|19|21|23|24|25|30|40|20|22"),
    "ac_rank": ("Catch (kg)", "820|1540|990|2310|no catch|1275|640|1890||1105|760|2050|#N/A"),
    "ac_text": ("Batch Note", "salted|oil packed|double salted|resting|double salted fillets|rejected|oil|"
                              "salted fillets|export|olive oil|sample|olive oil packed|recheck"),
    "ac_date": ("Canning Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-03|2024-06-09|2024-06-15|"
                                "2024-06-18|2024-06-25|2024-05-20|2024-07-10|2024-03-01|2023-12-25"),
    "ac_dup": ("Boat", "Maria Luz|Sol Naciente|Maria Luz|Estrella|Pepita|Sol Naciente||Golondrina|Rosa| |Faro|"
                       "Maria Luz|Gaviota"),
    "sk_num": ("Wind Speed (knots)", "3|6|11|12|13|18|24|25|26|40|75|9|15"),
    "sk_rank": ("Lesson Hours", "4|12|7|19|refund|2|9|15||6|22|11|#N/A"),
    "sk_text": ("Kite Model", "apex|drift 12m|new apex|Nova 7m|new apex 9m|Pulse|drift|apex 9m|Zenith|old drift|"
                              "Frost 10m|old drift 12m|Rally"),
    "sk_date": ("Lesson Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-08|2024-06-04|2024-06-10|2024-06-14|"
                               "2024-06-20|2024-06-28|2024-05-06|2024-07-22|2024-02-14|"),
    "sk_dup": ("Instructor", "Sigrid|Torvald|Sigrid|Maren|Eskil|Torvald||Linnea|Oskar| |Ylva|Sigrid|Bjorn"),
    "iy_num": ("Top Speed (km/h)", "15|30|59|60|61|78|94|95|96|140|280|45|88"),
    "iy_num2": ("Ice Thickness (cm)", "2.5|5|9|10|11|17|24|25|26|40|70|14|20"),
    "iy_rank": ("Regatta Points", "16|41|8|33|protest|27|12|49||21|5|38|#N/A"),
    "iy_text": ("Runner Condition", "sharp|chipped blade|very sharp|rusty|very sharp edge|new|chipped|sharp edge|"
                                    "polished|badly chipped|dull|badly chipped blade|bent"),
    "iy_date": ("Outing Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-06|2024-06-02|2024-06-09|2024-06-15|"
                               "2024-06-17|2024-06-01|2024-05-31|2024-07-01|2024-08-15|pending"),
    "iy_dup": ("Sail Number", "S-204|S-118|S-204|S-331|S-090|S-118||S-412|S-507| |S-622|S-204|S-713"),
    "rt_num": ("Chases Won", "1|2|4|5|6|9|11|12|13|20|50|3|8"),
    "rt_rank": ("Handicap", "18.5|32|9|44|visitor|26|14|51||38|22|6|#N/A"),
    "rt_text": ("Court Booking", "dedans|tambour end|via dedans|grille|via dedans side|galleries|tambour|dedans side|"
                                 "service|near tambour|hazard side|near tambour end|main wall"),
    "rt_date": ("Court Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-05|2024-06-14|2024-06-21|2024-06-26|"
                              "2024-05-12|2024-07-30|2024-01-09|2024-09-03|2024-06-10"),
    "rt_dup": ("Member", "Ashby|Beaumont|Ashby|Carew|Dacre|Beaumont||Ellery|Fane| |Grey|Ashby|Hollis"),
    "gz_num": ("Takings (£)", "60|125|249|250|251|420|599|600|601|1800|4200|180|500"),
    "gz_num2": ("Dough Balls Left", "2|4|7|8|9|18|29|30|31|60|210|12|25"),
    "gz_rank": ("Gozleme Sold", "64|112|38|95|rained off|143|71|27||88|120|53|#N/A"),
    "gz_text": ("Filling", "spinach|potato mash|lamb and spinach|mince|lamb and spinach feta|cheese|potato|"
                           "spinach feta|mushroom|sweet potato|egg|sweet potato mash|nutella"),
    "gz_date": ("Market Day", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-03|2024-06-09|2024-06-15|2024-06-18|"
                              "2024-06-25|2024-05-20|2024-07-10|2024-03-01|2023-12-25"),
    "gz_dup": ("Pitch Code", "P1A|P2C|P1A|P3B|P4D|P2C||P5A|P6C| |P7B|P1A|P8D"),
    "ar_num": ("Fry Temp (°C)", "42.5|85|169|170|171|178|184|185|186|250|555|150|160"),
    "ar_rank": ("Balls Rolled", "240|410|180|355|oil change|290|120|465||330|205|380|#N/A"),
    "ar_text": ("Arancini Flavour", "ragu|nduja cheddar|beef ragu|mushroom|beef ragu bianco|pesto|nduja|ragu bianco|"
                                    "four cheese|spicy nduja|spinach|spicy nduja cheddar|aubergine"),
    "ar_date": ("Prep Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-08|2024-06-04|2024-06-10|2024-06-14|2024-06-20|"
                             "2024-06-28|2024-05-06|2024-07-22|2024-02-14|"),
    "ar_dup": ("Tray Label", "T-A|T-B|T-A|T-C|T-D|T-B||T-E|T-F| |T-G|T-A|T-H"),
    "mo_num": ("Plates Sold", "8|15|29|30|31|50|74|75|76|150|525|20|60"),
    "mo_num2": ("Steam Time (min)", "2.5|5|9|10|11|12|13|14|15|20|45|8|16"),
    "mo_rank": ("Chutney Jars", "14|27|9|33|sold out|21|6|40||17|25|11|#N/A"),
    "mo_text": ("Momo Filling", "chicken|paneer mix|spicy chicken|buff|spicy chicken jhol|veg|paneer|chicken jhol|pork|"
                                "cheesy paneer|mushroom|cheesy paneer mix|tofu"),
    "mo_date": ("Sale Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-06|2024-06-02|2024-06-09|2024-06-15|2024-06-17|"
                             "2024-06-01|2024-05-31|2024-07-01|2024-08-15|pending"),
    "mo_dup": ("Stall Helper", "Pema|Tashi|Pema|Nima|Dawa|Tashi||Lhamo|Sonam| |Karma|Pema|Dorje"),
    "bz_num": ("Steamer Loads", "1.5|3|5|6|7|10|14|15|16|30|105|4|12"),
    "bz_rank": ("Bun Orders", "86|142|57|120|holiday|98|33|175||64|110|150|#N/A"),
    "bz_text": ("Bun Type", "char siu|lotus paste|baked char siu|custard|baked char siu bun|red bean|lotus|"
                            "char siu bun|veg|golden lotus|pork and cabbage|golden lotus paste|taro"),
    "bz_date": ("Order Day", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-05|2024-06-14|2024-06-21|2024-06-26|"
                             "2024-05-12|2024-07-30|2024-01-09|2024-09-03|2024-06-10"),
    "bz_dup": ("Supplier", "Wing Lee|Golden Wheat|Wing Lee|Mei Foods|Dragon Flour|Golden Wheat||Lucky Farm|Jade Pork| |"
                           "Sunrise|Wing Lee|Fu Kee"),
    "ab_num": ("Bowl Price ($)", "2.5|4.75|9.4|9.5|9.6|11.25|13.9|14|14.1|21|98|7|12"),
    "ab_num2": ("Granola Scoops", "0.5|1|1.5|2|3|4|5|6|8|10|35|2.5|4.5"),
    "ab_rank": ("Bowls Sold", "48|92|31|77|closed|105|63|24||85|56|118|#N/A"),
    "ab_text": ("Topping", "banana|honey drizzle|sliced banana|kiwi|sliced banana chips|mango|honey|banana chips|"
                           "cacao nibs|raw honey|coconut|raw honey drizzle|berries"),
    "ab_date": ("Sale Day", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-03|2024-06-09|2024-06-15|2024-06-18|"
                            "2024-06-25|2024-05-20|2024-07-10|2024-03-01|2023-12-25"),
    "ab_dup": ("Barista", "Luana|Kai|Luana|Noelani|Makoa|Kai||Leilani|Keoni| |Malia|Luana|Ikaika"),
    "eb_num": ("Yield (kg)", "11|22|44|45|46|70|89|90|91|250|630|33|80"),
    "eb_rank": ("Bushes Picked", "36|58|21|47|rest day|69|30|84||52|41|75|#N/A"),
    "eb_text": ("Berry Grade", "ripe|green heads|fully ripe|mixed|fully ripe cluster|frost hit|green|ripe cluster|"
                               "bird damaged|mostly green|dried|mostly green heads|sorted"),
    "eb_date": ("Harvest Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-08|2024-06-04|2024-06-10|2024-06-14|"
                                "2024-06-20|2024-06-28|2024-05-06|2024-07-22|2024-02-14|"),
    "eb_dup": ("Picker", "Agnes|Bram|Agnes|Cora|Dirk|Bram||Elke|Femke| |Gijs|Agnes|Hanna"),
    "af_num": ("Bale Weight (kg)", "200|400|799|800|801|1000|1249|1250|1251|3750|8750|600|1100"),
    "af_num2": ("Moisture (%)", "3|6|11|12|13|15|17|18|19|25|60|9|14"),
    "af_rank": ("Acres Cut", "42|76|19|63|rain delay|88|35|104||57|27|95|#N/A"),
    "af_text": ("Cutting", "first|regrowth trial|late first|second|late first cut|third|regrowth|first cut|fourth|"
                           "early regrowth|final|early regrowth trial|reseed"),
    "af_date": ("Cut Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-06|2024-06-02|2024-06-09|2024-06-15|2024-06-17|"
                            "2024-06-01|2024-05-31|2024-07-01|2024-08-15|pending"),
    "af_dup": ("Field", "North 40|Creek|North 40|Upper|Mill|Creek||Long Acre|Barn| |Pond|North 40|Ridge"),
    "ss_num": ("Silver Weight (g)", "6|12.5|24|25|26|50|79|80|81|240|560|18|60"),
    "ss_rank": ("Hours Worked", "7.5|12|4|16.5|on leave|9|21|3||14|10.5|18|#N/A"),
    "ss_text": ("Hallmark", "lion|anchor mark|walking lion|thistle|walking lion passant|leopard|anchor|lion passant|"
                            "castle|small anchor|harp|small anchor mark|crown"),
    "ss_date": ("Commission Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-05|2024-06-14|2024-06-21|"
                                   "2024-06-26|2024-05-12|2024-07-30|2024-01-09|2024-09-03|2024-06-10"),
    "ss_dup": ("Commission Ref", "SW-310|SW-327|SW-310|SW-342|SW-355|SW-327||SW-361|SW-378| |SW-384|SW-310|SW-399"),
    "id_num": ("Vat pH", "2.5|5|10.4|10.5|10.6|11.2|11.9|12|12.1|13|14|9.8|11.5"),
    "id_rank": ("Metres Dyed", "120|260|85|190|vat spoiled|315|140|55||230|170|280|#N/A"),
    "id_text": ("Dye Shade", "navy|sky blue|dark navy|denim|dark navy wash|midnight|sky|navy wash|faded|pale sky|slate|"
                             "pale sky blue|teal"),
    "id_date": ("Dye Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-03|2024-06-09|2024-06-15|2024-06-18|"
                            "2024-06-25|2024-05-20|2024-07-10|2024-03-01|2023-12-25"),
    "id_dup": ("Cloth Lot", "Lot K1|Lot K2|Lot K1|Lot K3|Lot K4|Lot K2||Lot K5|Lot K6| |Lot K7|Lot K1|Lot K8"),
    "go_num": ("Fruit Count", "15|30|59|60|61|100|149|150|151|450|1050|45|120"),
    "go_rank": ("Brix Reading", "8.5|11|6|13.5|not tested|9.5|12|7||14.5|10|15|#N/A"),
    "go_text": ("Guava Variety", "pink|white lucknow|ruby pink|strawberry|ruby pink supreme|lemon|white|pink supreme|"
                                 "mexican cream|giant white|red malaysian|giant white lucknow|tropical"),
    "go_date": ("Picking Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-08|2024-06-04|2024-06-10|2024-06-14|"
                                "2024-06-20|2024-06-28|2024-05-06|2024-07-22|2024-02-14|"),
    "go_dup": ("Tree Tag", "G-11|G-14|G-11|G-17|G-20|G-14||G-23|G-26| |G-29|G-11|G-32"),
    "du_num": ("String Gauge (thou)", "3|6|11|12|13|17|21|22|23|34|80|9|20"),
    "du_rank": ("Dulcimers Sold", "5|13|2|9|fair cancelled|17|7|21||11|3|15|#N/A"),
    "du_text": ("Wood", "walnut|cherry top|black walnut|maple|black walnut burl|spruce|cherry|walnut burl|cedar|"
                        "wild cherry|mahogany|wild cherry top|sassafras"),
    "du_date": ("Finish Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-06|2024-06-02|2024-06-09|2024-06-15|"
                               "2024-06-17|2024-06-01|2024-05-31|2024-07-01|2024-08-15|pending"),
    "du_dup": ("Customer", "Appalachia Folk|R. Stone|Appalachia Folk|M. Harlan|Tullis|R. Stone||Ozark Trad|J. Combs| |"
                           "Kestrel Band|Appalachia Folk|Laurel Duo"),
    "bd_num": ("Rehearsal Minutes", "12.5|25|49|50|51|80|109|110|111|330|770|35|95"),
    "bd_rank": ("Concert Tickets", "180|265|120|340|postponed|215|95|410||150|300|240|#N/A"),
    "bd_text": ("Piece Title", "dumka|kozak dance|old dumka|hopak|old dumka lament|kolomyika|kozak|dumka lament|"
                               "shchedryk|young kozak|vesnianka|young kozak dance|zhuravli"),
    "bd_date": ("Concert Date", "2024-06-12|2024-06-11|2024-06-13|2024-06-07|2024-06-05|2024-06-14|2024-06-21|"
                                "2024-06-26|2024-05-12|2024-07-30|2024-01-09|2024-09-03|2024-06-10"),
    "bd_dup": ("Bandurist", "Oksana|Taras|Oksana|Marko|Halyna|Taras||Ostap|Iryna| |Bohdan|Oksana|Solomiia"),
}

# request | reference rule (canonical) | column key | style [| tag ...]; "␤" is a line break of the request.
ENTRIES = _joined(r"""
td[column="Goals Conceded"]:above(2) { background: yellow } | GreaterThan(2) | rh_num | css | quoted | column-word
14␤00:17:23,147 --> 00:17:25,397␤- can you highlight the Lap Time (s) values over 300?
    | GreaterThan(300) | cx_num | subtitle
Arr, mark the Tins Packed values over one thousand two hundred, matey
    | GreaterThan(1200) | ac_num | pirate | number-words
vALUEeRROR: RULE 'tOP sPEED (KM/H) > 60' NOT APPLIED (LINE 94) | GreaterThan(60) | iy_num | stacktrace | odd-case
.takings:gt(600) { fill: pink } | GreaterThan(600) | gz_num | css
58␤00:45:35,295 --> 00:45:37,545␤Yuki: so just␤␤59␤00:45:37,545 --> 00:45:39,795␤shdae every Plates Sold above 75
    | GreaterThan(75) | mo_num | subtitle | typo
Hoist the colours on every Bowl Price ($) above 14, ye scallywag! | GreaterThan(14) | ab_num | pirate
Traceback (most recent call last):␤  File "cf.py", line 210, in apply␤RuleError: expected every Bale Weight (kg) above
    + 1,250 to be highlighted | GreaterThan(1250) | af_num | stacktrace | number-format
td[Vat pH > 10.5] { highlight } | GreaterThan(10.5) | id_num | css
WEBVTT␤␤24:47.443 --> 24:49.693␤<v Raj>and then we mark every String Gauge (thou) more than 12
    | GreaterThan(12) | du_num | subtitle
Shiver me timbers, paint every Takings (£) more than 250 red, savvy? | GreaterThan(250) | gz_num | pirate
ValueError: rule 'Plates Sold > 30' not applied (line 326) | GreaterThan(30) | mo_num | stacktrace
.bowl-price:above(14) { color: pink; font-weight: bold } | GreaterThan(14) | ab_num | css
146␤00:52:19,591 --> 00:52:21,841␤- can you highlight the Bale Weight (kg) values higher than 1,250?
    | GreaterThan(1250) | af_num | subtitle | number-format
Avast! Highlight the Vat pH values higher than 12, or it's the plank for ye | GreaterThan(12) | id_num | pirate
Uncaught TypeError: could not shade the Firing Time (min) values 4 or over␤    at applyFormat (sheet.js:62:38)
    | GreaterThanEqual(4) | en_num | stacktrace | boundary
td[Covers >= 40] { background: yellow } | GreaterThanEqual(40) | ch_num | css | boundary
10␤00:31:31,739 --> 00:31:33,989␤Raj: so just shade every Wind Speed (knots) twelve or more
    | GreaterThanEqual(12) | sk_num | subtitle | number-words | boundary
Yo ho, me hearties! Colour every Chases Won 5 or more, arr | GreaterThanEqual(5) | rt_num | pirate | boundary
ValueError: rule 'Fry Temp (°C) >= 170' not applied (line 178) | GreaterThanEqual(170) | ar_num | stacktrace | boundary
.steamer-loads:gte(15) { fill: pink } | GreaterThanEqual(15) | bz_num | css | boundary
WEBVTT␤␤10:43.887 --> 10:46.137␤<v Yuki>and then we mark every Yield (kg) at least 90
    | GreaterThanEqual(90) | eb_num | subtitle | boundary
Arr, mark every Silver Weight (g) at least eighty, matey
    | GreaterThanEqual(80) | ss_num | pirate | number-words | boundary
RuleError: highlight not applied to every Fruit Count at least 150 (line 294)
    | GreaterThanEqual(150) | go_num | stacktrace | boundary
td[column="Rehearsal Minutes"]:at-least(50) { background-color: yellow; }
    | GreaterThanEqual(50) | bd_num | css | quoted | column-word | boundary | polarity
98␤00:38:15,155 --> 00:38:17,405␤- can you highlight the Covers values less than 40? | LessThan(40) | ch_num | subtitle
Hoist the colours on the Wind Speed (knots) values less than 12, ye scallywag! | LessThan(12) | sk_num | pirate
ValueError: rule 'Chases Won < 5' not applied (line 30) | LessThan(5) | rt_num | stacktrace
.fry-temp-c:lt(185) { color: pink; font-weight: bold } | LessThan(185) | ar_num | css
142␤00:17:27,303 --> 00:17:29,553␤Yuki: so just␤␤143␤00:17:29,553 --> 00:17:31,803␤shade every Steamer Loads lower than
    + 15 | LessThan(15) | bz_num | subtitle
Shiver me timbers, paint every Yield (kg) lower than 90 red, savvy? | LessThan(90) | eb_num | pirate
Exception in thread "main" java.lang.IllegalStateException: no fill on every Silver Weight (g) lower than 80␤    at
    + com.sheet.Rules.apply(Rules.java:146) | LessThan(80) | ss_num | stacktrace
td[Fruit Count < 60] { background: yellow } | LessThan(60) | go_num | css
WEBVTT␤␤45:39.451 --> 45:41.701␤<v Raj>and then we mark every Rehearsal Minutes under 50
    | LessThan(50) | bd_num | subtitle
Avast! Highlight every Firing Time (min) under 1.5, or it's the plank for ye | LessThan(1.5) | en_num | pirate
ValueError: rule 'Takings (£) < 250' not applied (line 262) | LessThan(250) | gz_num | stacktrace
.plates-sold:below(75) { highlight } | LessThan(75) | mo_num | css
50␤00:24:11,599 --> 00:24:13,849␤- can you highlight the Bowl Price ($) values below fourteen?
    | LessThan(14) | ab_num | subtitle | number-words
Yo ho, me hearties! Colour the Bale Weight (kg) values below 1,250, arr
    | LessThan(1250) | af_num | pirate | number-format
ERROR CF-4784: conditional format missing, wanted the Vat pH values below 12 highlighted
    | LessThan(12) | id_num | stacktrace
td[Tins Packed <= 1200] { background-color: yellow; } | LessThanEqual(1200) | ac_num | css | boundary | polarity
94␤00:52:23,747 --> 00:52:25,997␤Raj: so just shade every Top Speed (km/h) no more than 60
    | LessThanEqual(60) | iy_num | subtitle | boundary | polarity
Arr, mark every Takings (£) no more than two hundred and fifty, matey
    | LessThanEqual(250) | gz_num | pirate | number-words | boundary | polarity
ValueError: rule 'Plates Sold <= 30' not applied (line 114)
    | LessThanEqual(30) | mo_num | stacktrace | boundary | polarity
.bowl-price:lte(14) { color: pink; font-weight: bold } | LessThanEqual(14) | ab_num | css | boundary
WEBVTT␤␤31:35.895 --> 31:38.145␤<v Yuki>and then we mark every Bale Weight (kg) 1,250 or under
    | LessThanEqual(1250) | af_num | subtitle | number-format | boundary
Hoist the colours on every Vat pH 12 or under, ye scallywag! | LessThanEqual(12) | id_num | pirate | boundary
Traceback (most recent call last):␤  File "cf.py", line 230, in apply␤RuleError: expected every String Gauge (thou) 22
    + or under to be highlighted | LessThanEqual(22) | du_num | stacktrace | boundary
td[column="Goals Conceded"]:at-most(2) { fill: yellow }
    | LessThanEqual(2) | rh_num | css | quoted | column-word | boundary
182␤00:10:47,163 --> 00:10:49,413␤- can you highlight the Lap Time (s) values 300 or less?
    | LessThanEqual(300) | cx_num | subtitle | boundary
Shiver me timbers, paint the Top Speed (km/h) values of exactly 60 red, savvy? | Equals(60) | iy_num | pirate
ValueError: rule 'Takings (£) = 250' not applied (line 346) | Equals(250) | gz_num | stacktrace
td[Plates Sold = 75] { highlight } | Equals(75) | mo_num | css
46␤00:38:19,311 --> 00:38:21,561␤Yuki: so just␤␤47␤00:38:21,561 --> 00:38:23,811␤shade every Bowl Price ($) equal to 14
    | Equals(14) | ab_num | subtitle
aVAST! hIGHLIGHT EVERY bALE wEIGHT (KG) EQUAL TO 1,250, OR IT'S THE PLANK FOR YE
    | Equals(1250) | af_num | pirate | odd-case | number-format
Uncaught TypeError: could not shade every Vat pH equal to 12␤    at applyFormat (sheet.js:82:38)
    | Equals(12) | id_num | stacktrace
td[column="String Gauge (thou)"]:is(12) { background-color: yellow; } | Equals(12) | du_num | css | quoted | column-word
WEBVTT␤␤17:31.459 --> 17:33.709␤<v Raj>and then we makr every Goals Conceded at exactly two
    | Equals(2) | rh_num | subtitle | typo | number-words
Yo ho, me hearties! Colour every Lap Time (s) at exactly 300, arr | Equals(300) | cx_num | pirate
ValueError: rule 'Tins Packed = 1,200' not applied (line 198) | Equals(1200) | ac_num | stacktrace | number-format
.chases-won:not-equal(12) { background: pink } | NotEquals(12) | rt_num | css | negation
134␤00:45:43,607 --> 00:45:45,857␤- can you highlight the Fry Temp (°C) values other than 185?
    | NotEquals(185) | ar_num | subtitle | negation
Arr, mark the Steamer Loads values other than fifteen, matey | NotEquals(15) | bz_num | pirate | negation | number-words
RuleError: highlight not applied to the Yield (kg) values other than 90 (line 314)
    | NotEquals(90) | eb_num | stacktrace | negation
td[Silver Weight (g) != 25] { fill: yellow } | NotEquals(25) | ss_num | css | negation
178␤00:24:15,755 --> 00:24:18,005␤Raj: so just shade every Fruit Count not equal to 60
    | NotEquals(60) | go_num | subtitle | negation
Hoist the colours on every Rehearsal Minutes not equal to 50, ye scallywag! | NotEquals(50) | bd_num | pirate | negation
ValueError: rule 'Firing Time (min) != 1.5' not applied (line 50) | NotEquals(1.5) | en_num | stacktrace | negation
.covers:ne(120) { highlight } | NotEquals(120) | ch_num | css | negation
WEBVTT␤␤52:27.903 --> 52:30.153␤<v Yuki>and then we mark every Wind Speed (knots) different from 25
    | NotEquals(25) | sk_num | subtitle | negation
Shiver me timbers, paint the Fry Temp (°C) values except the ones below 185 red, savvy?
    | NOT(LessThan(185)) | ar_num | pirate | negation
eXCEPTION IN THREAD "MAIN" JAVA.LANG.iLLEGALsTATEeXCEPTION: NO FILL ON THE sTEAMER lOADS VALUES EXCEPT THE ONES BELOW
    + 15␤    AT COM.SHEET.rULES.APPLY(rULES.JAVA:166) | NOT(LessThan(15)) | bz_num | stacktrace | odd-case | negation
td[column="Yield (kg)"]:not(:above(45)) { color: yellow; font-weight: bold }
    | NOT(GreaterThan(45)) | eb_num | css | negation | quoted | column-word
86␤00:31:39,171 --> 00:31:41,421␤- can you highlight the Silver Weight (g) values that are not over 25?
    | NOT(GreaterThan(25)) | ss_num | subtitle | negation
Avast! Highlight the Fruit Count values that are not over 60, or it's the plank for ye
    | NOT(GreaterThan(60)) | go_num | pirate | negation
ValueError: rule 'Rehearsal Minutes not > 50' not applied (line 282)
    | NOT(GreaterThan(50)) | bd_num | stacktrace | negation
.firing-time-min:not(:below(4)) { background: pink } | NOT(LessThan(4)) | en_num | css | negation
130␤00:10:11,319 --> 00:10:13,569␤Yuki: so just␤␤131␤00:10:13,569 --> 00:10:15,819␤shade the Covers values except the
    + ones below one hundred and twenty | NOT(LessThan(120)) | ch_num | subtitle | negation | number-words
Yo ho, me hearties! Colour the Wind Speed (knots) values except the ones below 25, arr
    | NOT(LessThan(25)) | sk_num | pirate | negation
ERROR CF-8664: conditional format missing, wanted the Chases Won values except the ones below 12 highlighted
    | NOT(LessThan(12)) | rt_num | stacktrace | negation
td[column="Steam Time (min)"]:between(10, 14) { fill: yellow }
    | Between(10, 14) | mo_num2 | css | quoted | column-word | boundary | range
WEBVTT␤␤38:23.467 --> 38:25.717␤<v Raj>and then we mark the Granola Scoops values between 2 and 5 (ends count)
    | Between(2, 5) | ab_num2 | subtitle | boundary | range
Arr, mark the Moisture (%) values between twelve and eighteen (ends count), matey
    | Between(12, 18) | af_num2 | pirate | number-words | boundary | range
ValueError: rule 'Vat pH between 10.5 and 12' not aplied (line 134)
    | Between(10.5, 12) | id_num | stacktrace | typo | boundary | range
.string-gauge-thou:in-range(12, 22) { background-color: pink; } | Between(12, 22) | du_num | css | boundary | range
49␤00:24:48,652 --> 00:24:50,902␤- can you highlight every Shots on Goal value between 20 and 35 inclusive?
    | Between(20, 35) | rh_num2 | subtitle | boundary | range
Hoist the colours on every Bike Weight (kg) value between 7.5 and 9 inclusive, ye scallywag!
    | Between(7.5, 9) | cx_num2 | pirate | boundary | range
Traceback (most recent call last):␤  File "cf.py", line 250, in apply␤RuleError: expected every Brine Salinity (%) value
    + between 18 and 24 inclusive to be highlighted | Between(18, 24) | ac_num2 | stacktrace | boundary | range
td[column="Ice Thickness (cm)"]:between(10, 25) { color: yellow; font-weight: bold }
    | Between(10, 25) | iy_num2 | css | quoted | column-word | boundary | range
82␤00:45:47,763 --> 00:45:50,013␤Raj: so just shade the Dough Balls Left values from 8 to 30, both ends included
    | Between(8, 30) | gz_num2 | subtitle | boundary | range
Shiver me timbers, paint the Granola Scoops values not between 2 and 5 red, savvy?
    | NotBetween(2, 5) | ab_num2 | pirate | negation | boundary | range
ValueError: rule 'Moisture (%) not between 12 and 18' not applied (line 15)
    | NotBetween(12, 18) | af_num2 | stacktrace | negation | boundary | range
.vat-ph:out-of-range(10.5, 12) { background: pink } | NotBetween(10.5, 12) | id_num | css | negation | boundary | range
WEBVTT␤␤31:32.948 --> 31:35.198␤<v Yuki>and then we mark every String Gauge (thou) value outside the range 12 to 22
    | NotBetween(12, 22) | du_num | subtitle | negation | boundary | range
Avast! Highlight every Shots on Goal value outside the range 20 to 35, or it's the plank for ye
    | NotBetween(20, 35) | rh_num2 | pirate | negation | boundary | range
Uncaught TypeError: could not shade every Bike Weight (kg) value outside the range 7.5 to 9␤    at applyFormat
    + (sheet.js:102:38) | NotBetween(7.5, 9) | cx_num2 | stacktrace | negation | boundary | range
td[column="Brine Salinity (%)"]:not-between(18, 24) { highlight }
    | NotBetween(18, 24) | ac_num2 | css | negation | quoted | column-word | boundary | range
170␤00:52:31,179 --> 00:52:33,429␤- can you highlight the Ice Thickness (cm) values outside ten to twenty-five?
    | NotBetween(10, 25) | iy_num2 | subtitle | negation | number-words | boundary | range
Yo ho, me hearties! Colour the Dough Balls Left values outside 8 to 30, arr
    | NotBetween(8, 30) | gz_num2 | pirate | negation | boundary | range
ValueError: rule 'Steam Time (min) not between 10 and 14' not applied (line 218)
    | NotBetween(10, 14) | mo_num2 | stacktrace | negation | boundary | range
td[Yield (kg) > 45][Yield (kg) < 90] { background-color: pink; }
    | AND(GreaterThan(45), LessThan(90)) | eb_num | css | compound
34␤00:31:43,327 --> 00:31:45,577␤Yuki: so just␤␤35␤00:31:45,577 --> 00:31:47,827␤shade every Silver Weight (g) value
    + over 25 but under 80 | AND(GreaterThan(25), LessThan(80)) | ss_num | subtitle | compound
Arr, mark every Fruit Count value over sixty but under one hundred and fifty, matey
    | AND(GreaterThan(60), LessThan(150)) | go_num | pirate | number-words | compound
RuleError: highlight not applied to every Rehearsal Minutes value over 50 but under 110 (line 334)
    | AND(GreaterThan(50), LessThan(110)) | bd_num | stacktrace | compound
td[column="Firing Time (min)"]:above(1.5):below(4) { color: yellow; font-weight: bold }
    | AND(GreaterThan(1.5), LessThan(4)) | en_num | css | quoted | compound | column-word
WEBVTT␤␤10:15.475 --> 10:17.725␤<v Raj>and then we mark the Covers values greater than 40 and less than 120
    | AND(GreaterThan(40), LessThan(120)) | ch_num | subtitle | compound
Hoist the colours on the Wind Speed (knots) values greater than 12 and less than 25, ye scallywag!
    | AND(GreaterThan(12), LessThan(25)) | sk_num | pirate | compound
ValueError: rule 'Chases Won > 5 and < 12' not applied (line 70)
    | AND(GreaterThan(5), LessThan(12)) | rt_num | stacktrace | compound
td[Fry Temp (°C) > 170][Fry Temp (°C) < 185] { fill: pink }
    | AND(GreaterThan(170), LessThan(185)) | ar_num | css | compound
122␤00:38:27,623 --> 00:38:29,873␤- can you higlight every Steamer Loads value above 6 and below 15?
    | AND(GreaterThan(6), LessThan(15)) | bz_num | subtitle | typo | compound
Shiver me timbers, paint every Silver Weight (g) value below 25 or above 80 red, savvy?
    | OR(LessThan(25), GreaterThan(80)) | ss_num | pirate | compound
Exception in thread "main" java.lang.IllegalStateException: no fill on every Fruit Count value below 60 or above
    + 150␤    at com.sheet.Rules.apply(Rules.java:186)
    | OR(LessThan(60), GreaterThan(150)) | go_num | stacktrace | compound
td[column="Rehearsal Minutes"]:below(50), td[column="Rehearsal Minutes"]:above(110) { highlight }
    | OR(LessThan(50), GreaterThan(110)) | bd_num | css | quoted | compound | column-word
166␤00:17:39,771 --> 00:17:42,021␤Raj: so just shade the Firing Time (min) values under 1.5 or over 4
    | OR(LessThan(1.5), GreaterThan(4)) | en_num | subtitle | compound
Avast! Highlight the Covers values under 40 or over 120, or it's the plank for ye
    | OR(LessThan(40), GreaterThan(120)) | ch_num | pirate | compound
ValueError: rule 'Wind Speed (knots) < 12 or > 25' not applied (line 302)
    | OR(LessThan(12), GreaterThan(25)) | sk_num | stacktrace | compound
.chases-won:lt(5), .chases-won:gt(12) { background-color: pink; }
    | OR(LessThan(5), GreaterThan(12)) | rt_num | css | compound
WEBVTT␤␤45:11.919 --> 45:14.169␤<v Yuki>and then we mark every Fry Temp (°C) value less than one hundred and seventy or
    + more than one hundred and eighty-five
    | OR(LessThan(170), GreaterThan(185)) | ar_num | subtitle | number-words | compound
Yo ho, me hearties! Colour every Steamer Loads value less than 6 or more than 15, arr
    | OR(LessThan(6), GreaterThan(15)) | bz_num | pirate | compound
ERROR CF-4544: conditional format missing, wanted every Yield (kg) value less than 45 or more than 90 highlighted
    | OR(LessThan(45), GreaterThan(90)) | eb_num | stacktrace | compound
td[column="Metres Dyed"]:top(2) { background: yellow } | Top(2) | id_rank | css | quoted | superlative | column-word
74␤00:24:23,187 --> 00:24:25,437␤- can you highlight the top 2 Dulcimers Sold values?
    | Top(2) | du_rank | subtitle | superlative
aRR, MAKR THE TOP 2 sKATER pOINTS VALUES, MATEY | Top(2) | rh_rank | pirate | typo | odd-case | superlative
RuleError: highlight not applied to the top 2 Race Position values (line 154)
    | Top(2) | cx_rank | stacktrace | superlative
.catch-kg:top(3) { fill: pink } | Top(3) | ac_rank | css | superlative
118␤00:52:35,335 --> 00:52:37,585␤Yuki: so just␤␤119␤00:52:37,585 --> 00:52:39,835␤shade the 3 highest Regatta Points
    + figures | Top(3) | iy_rank | subtitle | superlative
Hoist the colours on the three highest Gozleme Sold figures, ye scallywag!
    | Top(3) | gz_rank | pirate | number-words | superlative
Traceback (most recent call last):␤  File "cf.py", line 270, in apply␤RuleError: expected the 3 highest Chutney Jars
    + figures to be highlighted | Top(3) | mo_rank | stacktrace | superlative
td[column="Bowls Sold"]:top(4) { highlight } | Top(4) | ab_rank | css | quoted | superlative | column-word
WEBVTT␤␤31:47.483 --> 31:49.733␤<v Raj>and then we mark the top four Acres Cut values
    | Top(4) | af_rank | subtitle | number-words | superlative
Shiver me timbers, paint the bottom 4 Dulcimers Sold values red, savvy? | Bottom(4) | du_rank | pirate | superlative
Exception in thread "main" java.lang.IllegalStateException: no fill on the bottom 4 Skater Points values␤    at
    + com.sheet.Rules.apply(Rules.java:386) | Bottom(4) | rh_rank | stacktrace | superlative
.race-position:bottom(2) { color: pink; font-weight: bold } | Bottom(2) | cx_rank | css | superlative
26␤00:10:19,631 --> 00:10:21,881␤- can you highlight the 2 lowest Catch (kg) figures?
    | Bottom(2) | ac_rank | subtitle | superlative
Avast! Highlight the 2 lowest Regatta Points figures, or it's the plank for ye
    | Bottom(2) | iy_rank | pirate | superlative
Uncaught TypeError: could not shdae the 2 lowest Gozleme Sold figures␤    at applyFormat (sheet.js:122:38)
    | Bottom(2) | gz_rank | stacktrace | typo | superlative
td[column="Chutney Jars"]:bottom(3) { background: yellow }
    | Bottom(3) | mo_rank | css | quoted | superlative | column-word
70␤00:38:31,779 --> 00:38:34,029␤Raj: so just shade the bottom 3 Bowls Sold values
    | Bottom(3) | ab_rank | subtitle | superlative
Yo ho, me hearties! Colour the bottom three Acres Cut values, arr
    | Bottom(3) | af_rank | pirate | number-words | superlative
error cf-6484: CONDITIONAL FORMAT MISSING, WANTED THE BOTTOM 3 mETRES dYED VALUES HIGHLIGHTED
    | Bottom(3) | id_rank | stacktrace | odd-case | superlative
.concert-tickets:top(40%) { fill: pink } | TopPercent(40) | bd_rank | css | superlative
WEBVTT␤␤17:43.927 --> 17:46.177␤<v Yuki>and then we mark the top 40 percent of the Pieces Fired figures
    | TopPercent(40) | en_rank | subtitle | superlative
Arr, mark the top 40 percent of the Skewers Served figures, matey | TopPercent(40) | ch_rank | pirate | superlative
RuleError: highlight not applied to the top 40 percent of the Lesson Hours figures (line 354)
    | TopPercent(40) | sk_rank | stacktrace | superlative
td[column="Handicap"]:top(10%) { background-color: yellow; }
    | TopPercent(10) | rt_rank | css | quoted | superlative | column-word
158␤00:45:15,195 --> 00:45:17,445␤- can you highlight the top 10% of Balls Rolled?
    | TopPercent(10) | ar_rank | subtitle | superlative
Hoist the colours on the top 10% of Bun Orders, ye scallywag! | TopPercent(10) | bz_rank | pirate | superlative
Traceback (most recent call last):␤  File "cf.py", line 90, in apply␤RuleError: expected the top 10% of Bushes Picked to
    + be highlighted | TopPercent(10) | eb_rank | stacktrace | superlative
.hours-worked:top(20%) { color: pink; font-weight: bold } | TopPercent(20) | ss_rank | css | superlative
22␤00:24:27,343 --> 00:24:29,593␤Yuki: so just␤␤23␤00:24:29,593 --> 00:24:31,843␤shade the top 20 percent of the Brix
    + Reading figures | TopPercent(20) | go_rank | subtitle | superlative
Shiver me timbers, paint the bottom 20 percent of the Pieces Fired figures red, savvy?
    | BottomPercent(20) | en_rank | pirate | superlative
Exception in thread "main" java.lang.IllegalStateException: no fill on the bottom 20 percent of the Skewers Served
    + figures␤    at com.sheet.Rules.apply(Rules.java:206) | BottomPercent(20) | ch_rank | stacktrace | superlative
td[column="Lesson Hours"]:bottom(30%) { background: yellow }
    | BottomPercent(30) | sk_rank | css | quoted | superlative | column-word
WEBVTT␤␤52:39.491 --> 52:41.741␤<v Raj>and then we mark the bottom 30% of Handicap
    | BottomPercent(30) | rt_rank | subtitle | superlative
Avast! Highlight the bottom 30% of Balls Rolled, or it's the plank for ye
    | BottomPercent(30) | ar_rank | pirate | superlative
Uncaught TypeError: could not shade the bottom 30% of Bun Orders␤    at applyFormat (sheet.js:322:18)
    | BottomPercent(30) | bz_rank | stacktrace | superlative
.bushes-picked:bottom(40%) { highlight } | BottomPercent(40) | eb_rank | css | superlative
110␤00:31:11,639 --> 00:31:13,889␤- can you highlight the bottom 40 percent of the Hours Worked figures?
    | BottomPercent(40) | ss_rank | subtitle | superlative
Yo ho, me hearties! Colour the bottom 40 percent of the Brix Reading figures, arr
    | BottomPercent(40) | go_rank | pirate | superlative
ERROR CF-8424: conditional format missing, wanted the bottom 40 percent of the Concert Tickets figures highlighted
    | BottomPercent(40) | bd_rank | stacktrace | superlative
td[column="Race Position"]:above-average { background-color: yellow; }
    | AboveAverage() | cx_rank | css | quoted | column-word
154␤00:10:23,787 --> 00:10:26,037␤Raj: so just shdae the Catch (kg) figures above the average
    | AboveAverage() | ac_rank | subtitle | typo
Arr, mark the Regatta Points figures above the average, matey | AboveAverage() | iy_rank | pirate
RuleError: highlight not applied to the Gozleme Sold figures above the average (line 174)
    | AboveAverage() | gz_rank | stacktrace
.chutney-jars:above-average { color: pink; font-weight: bold } | AboveAverage() | mo_rank | css
WEBVTT␤␤38:35.935 --> 38:38.185␤<v Yuki>and then we mark every Bowls Sold above average
    | AboveAverage() | ab_rank | subtitle
Hoist the colours on every Acres Cut above average, ye scallywag! | AboveAverage() | af_rank | pirate
Traceback (most recent call last):␤  File "cf.py", line 290, in apply␤RuleError: expected every Metres Dyed above
    + average to be highlighted | AboveAverage() | id_rank | stacktrace
td[column="Dulcimers Sold"]:above-average { fill: yellow } | AboveAverage() | du_rank | css | quoted | column-word
62␤00:17:47,203 --> 00:17:49,453␤- can you highlight the Skater Points figures above the average?
    | AboveAverage() | rh_rank | subtitle
Shiver me timbers, paint the Catch (kg) figures below the average red, savvy? | BelowAverage() | ac_rank | pirate
Exception in thread "main" java.lang.IllegalStateException: no fill on the Regatta Points figures below the
    + average␤    at com.sheet.Rules.apply(Rules.java:26) | BelowAverage() | iy_rank | stacktrace
.gozleme-sold:below-average { highlight } | BelowAverage() | gz_rank | css
106␤00:45:19,351 --> 00:45:21,601␤Yuki: so just␤␤107␤00:45:21,601 --> 00:45:23,851␤shade every Chutney Jars below
    + average | BelowAverage() | mo_rank | subtitle
Avast! Higlight every Bowls Sold below average, or it's the plank for ye | BelowAverage() | ab_rank | pirate | typo
Uncaught TypeError: could not shade every Acres Cut below average␤    at applyFormat (sheet.js:142:38)
    | BelowAverage() | af_rank | stacktrace
td[column="Metres Dyed"]:below-average { background-color: yellow; }
    | BelowAverage() | id_rank | css | quoted | column-word
WEBVTT␤␤24:31.499 --> 24:33.749␤<v Raj>and then we mark the Dulcimers Sold figures below the average
    | BelowAverage() | du_rank | subtitle
Yo ho, me hearties! Colour the Skater Points figures below the average, arr | BelowAverage() | rh_rank | pirate
ERROR CF-2364: conditional format missing, wanted the Race Position figures below the average highlighted
    | BelowAverage() | cx_rank | stacktrace
.lesson-hours { background: color-scale(auto) } | ColorScale() | sk_rank | css | visual
14␤00:52:43,647 --> 00:52:45,897␤- and can we get a color scale on Handicap?
    | ColorScale() | rt_rank | subtitle | visual
Hoist a color scale over Balls Rolled, ye scallywag! | ColorScale() | ar_rank | pirate | visual
RuleError: highlight not applied to a color scale on Bun Orders (line 374)
    | ColorScale() | bz_rank | stacktrace | visual
td[column="Bushes Picked"] { color-scale: green-yellow-red }
    | ColorScale() | eb_rank | css | quoted | column-word | visual
58␤00:31:15,795 --> 00:31:18,045␤Raj: just put a colour scale on the Hours Worked column
    | ColorScale() | ss_rank | subtitle | column-word | visual
Shiver me timbers, give Brix Reading a colour scale, savvy? | ColorScale() | go_rank | pirate | visual
Traceback (most recent call last):␤  File "cf.py", line 110, in apply␤RuleError: expected a colour scale on Concert
    + Tickets to be higlighted | ColorScale() | bd_rank | stacktrace | typo | visual
.pieces-fired { background: color-scale(auto) } | ColorScale() | en_rank | css | visual
WEBVTT␤␤10:27.943 --> 10:30.193␤<v Yuki>so Skewers Served gets a color scale, yeah
    | ColorScale() | ch_rank | subtitle | visual
aVAST! pUT DATA BARS ON EVERY hANDICAP, OR IT'S THE PLANK FOR YE | DataBar() | rt_rank | pirate | odd-case | visual
Exception in thread "main" java.lang.IllegalStateException: no fill on data bars on Balls Rolled␤    at
    + com.sheet.Rules.apply(Rules.java:226) | DataBar() | ar_rank | stacktrace | visual
td[column="Bun Orders"] { data-bar: blue } | DataBar() | bz_rank | css | quoted | column-word | visual
146␤00:38:39,211 --> 00:38:41,461␤- and can we get data bars on Bushes Picked? | DataBar() | eb_rank | subtitle | visual
Arr, slap data bars on the Hours Worked column, matey | DataBar() | ss_rank | pirate | column-word | visual
Uncaught TypeError: could not shade data bars on Brix Reading␤    at applyFormat (sheet.js:342:18)
    | DataBar() | go_rank | stacktrace | visual
.concert-tickets { background: data-bar(solid) } | DataBar() | bd_rank | css | visual
10␤00:17:11,359 --> 00:17:13,609␤Yuki: just put data bars on the Pieces Fired column
    | DataBar() | en_rank | subtitle | column-word | visual
Hoist data bars over Skewers Served, ye scallywag! | DataBar() | ch_rank | pirate | visual
ERROR CF-4304: conditional format missing, wanted data bars on Lesson Hours highlighted
    | DataBar() | sk_rank | stacktrace | visual
td[column="Gozleme Sold"] { icon-set: arrows } | IconSet() | gz_rank | css | quoted | column-word | visual
WEBVTT␤␤45:23.507 --> 45:25.757␤<v Raj>so Chutney Jars gets an icon set, yeah | IconSet() | mo_rank | subtitle | visual
Shiver me timbers, give Bowls Sold an icon set, savvy? | IconSet() | ab_rank | pirate | visual
RuleError: highlight not applied to an icon set on Acres Cut (line 194) | IconSet() | af_rank | stacktrace | visual
.metres-dyed { icon-set: traffic-lights } | IconSet() | id_rank | css | visual
98␤00:24:35,655 --> 00:24:37,905␤- and can we get icons (an icon set) on Dulcimers Sold?
    | IconSet() | du_rank | subtitle | visual
Avast! Put icons (an icon set) on every Skater Points, or it's the plank for ye | IconSet() | rh_rank | pirate | visual
tRACEBACK (MOST RECENT CALL LAST):␤  fILE "CF.PY", LINE 310, IN APPLY␤rULEeRROR: EXPECTED ICONS (AN ICON SET) ON rACE
    + pOSITION TO BE HIGHLIGHTED | IconSet() | cx_rank | stacktrace | odd-case | visual
td[column="Catch (kg)"] { icon-set: arrows } | IconSet() | ac_rank | css | quoted | column-word | visual
142␤00:52:47,803 --> 00:52:50,053␤Raj: just put an icon set on the Regatta Points column
    | IconSet() | iy_rank | subtitle | column-word | visual
Shiver me timbers, paint the Chutney Jars cells showing an error like #N/A red, savvy? | Errors() | mo_rank | pirate
Exception in thread "main" java.lang.IllegalStateException: no fill on the Bowls Sold cells showing an error like
    + #N/A␤    at com.sheet.Rules.apply(Rules.java:46) | Errors() | ab_rank | stacktrace
.acres-cut:has-error { background: pink } | Errors() | af_rank | css
WEBVTT␤␤31:19.951 --> 31:22.201␤<v Yuki>and then we makr the Metres Dyed cells holding error values
    | Errors() | id_rank | subtitle | typo
Avast! Highlight the Dulcimers Sold cells holding error values, or it's the plank for ye | Errors() | du_rank | pirate
Uncaught TypeError: could not shade the Skater Points cells holding error values␤    at applyFormat (sheet.js:162:38)
    | Errors() | rh_rank | stacktrace
td[column="Race Position"]:error { highlight } | Errors() | cx_rank | css | quoted | column-word
50␤00:10:31,219 --> 00:10:33,469␤- can you highlight the Catch (kg) cells showing an error like #N/A?
    | Errors() | ac_rank | subtitle
Yo ho, me hearties! Colour the Regatta Points cells showing an error like #N/A, arr | Errors() | iy_rank | pirate
ERROR CF-6244: conditional format missing, wanted the Gozleme Sold cells showing an error like #N/A highlighted
    | Errors() | gz_rank | stacktrace
.bun-orders:without-error { background-color: pink; } | NotErrors() | bz_rank | css | negation
94␤00:38:43,367 --> 00:38:45,617␤Yuki: so just␤␤95␤00:38:45,617 --> 00:38:47,867␤shade the Bushes Picked cells that
    + aren't errors | NotErrors() | eb_rank | subtitle | negation
Arr, mark the Hours Worked cells that aren't errors, matey | NotErrors() | ss_rank | pirate | negation
RuleError: highlight not applied to the Brix Reading cells that aren't errors (line 14)
    | NotErrors() | go_rank | stacktrace | negation
td[column="Concert Tickets"]:no-error { color: yellow; font-weight: bold }
    | NotErrors() | bd_rank | css | negation | quoted | column-word
WEBVTT␤␤17:15.515 --> 17:17.765␤<v Raj>and then we mark the Pieces Fired cells without an error
    | NotErrors() | en_rank | subtitle | negation
Hoist the colurs on the Skewers Served cells without an error, ye scallywag!
    | NotErrors() | ch_rank | pirate | typo | negation
Traceback (most recent call last):␤  File "cf.py", line 130, in apply␤RuleError: expected the Lesson Hours cells without
    + an error to be highlighted | NotErrors() | sk_rank | stacktrace | negation
.handicap:without-error { fill: pink } | NotErrors() | rt_rank | css | negation
182␤00:45:27,663 --> 00:45:29,913␤- can you highlight the Balls Rolled cells that aren't errors?
    | NotErrors() | ar_rank | subtitle | negation
Shiver me timbers, paint the Berry Grade entries equal to the text "green" red, savvy?
    | TextEquals("green") | eb_text | pirate | quoted
Exception in thread "main" java.lang.IllegalStateException: no fill on the Hallmark entries equal to the text
    + "anchor"␤    at com.sheet.Rules.apply(Rules.java:246) | TextEquals("anchor") | ss_text | stacktrace | quoted
td[Guava Variety="pink" i] { highlight } | TextEquals("pink") | go_text | css | quoted
46␤00:24:39,811 --> 00:24:42,061␤Raj: so just shade the Piece Title entries that say exactly "dumka"
    | TextEquals("dumka") | bd_text | subtitle | quoted
Avast! Highlight the Glaze Colour entries that say exactly "cobalt", or it's the plank for ye
    | TextEquals("cobalt") | en_text | pirate | quoted
Uncaught TypeError: could not shade the Cut entries that say exactly "picanha"␤    at applyFormat (sheet.js:362:18)
    | TextEquals("picanha") | ch_text | stacktrace | quoted
.kite-model:text-is('drift') { background-color: pink; } | TextEquals("drift") | sk_text | css
WEBVTT␤␤52:11.959 --> 52:14.209␤<v Yuki>and then we mark the Court Booking entries equal to the text "tambour"
    | TextEquals("tambour") | rt_text | subtitle | quoted
Yo ho, me hearties! Colour the Arancini Flavour entries equal to the text "nduja", arr
    | TextEquals("nduja") | ar_text | pirate | quoted
ERROR CF-8184: conditional format missing, wanted the Bun Type entries equal to the text "lotus" higlighted
    | TextEquals("lotus") | bz_text | stacktrace | typo | quoted
td[Cutting*="first" i] { background: yellow } | TextContains("first") | af_text | css | quoted
134␤00:31:23,227 --> 00:31:25,477␤- can you highlight the Dye Shade entries containing "navy"?
    | TextContains("navy") | id_text | subtitle | quoted
Arr, mark the Wood entries containing "walnut", matey | TextContains("walnut") | du_text | pirate | quoted
RuleError: highlight not applied to the Penalty Type entries containing "hooking" (line 214)
    | TextContains("hooking") | rh_text | stacktrace | quoted
.course-section:contains('barrier') { fill: pink } | TextContains("barrier") | cx_text | css
178␤00:10:35,375 --> 00:10:37,625␤Yuki: so just␤␤179␤00:10:37,625 --> 00:10:39,875␤shade the Batch Note entries with
    + "oil" anywhere in them | TextContains("oil") | ac_text | subtitle | quoted
Hoist the colours on the Runner Condition entries with "chipped" anywhere in them, ye scallywag!
    | TextContains("chipped") | iy_text | pirate | quoted
Traceback (most recent call last):␤  File "cf.py", line 330, in apply␤RuleError: expected the Filling entries with
    + "potato" anywhere in them to be highlighted | TextContains("potato") | gz_text | stacktrace | quoted
td[Momo Filling*="chicken" i] { highlight } | TextContains("chicken") | mo_text | css | quoted
WEBVTT␤␤38:47.523 --> 38:49.773␤<v Raj>and then we mark the Topping entries containing "banana"
    | TextContains("banana") | ab_text | subtitle | quoted
Shiver me timbers, paint the Dye Shade entries not containing "navy" red, savvy?
    | TextNotContains("navy") | id_text | pirate | negation | quoted
Exception in thread "main" java.lang.IllegalStateException: no fill on the Wood entries not containing "walnut"␤    at
    + com.sheet.Rules.apply(Rules.java:66) | TextNotContains("walnut") | du_text | stacktrace | negation | quoted
.penalty-type:excludes('slash') { color: pink; font-weight: bold } | TextNotContains("slash") | rh_text | css | negation
86␤00:17:19,671 --> 00:17:21,921␤- can you highlight the Course Section entries without "barrier" in them?
    | TextNotContains("barrier") | cx_text | subtitle | negation | quoted
Avast! Highlight the Batch Note entries without "oil" in them, or it's the plank for ye
    | TextNotContains("oil") | ac_text | pirate | negation | quoted
Uncaught TypeError: could not shade the Runner Condition entries without "chipped" in them␤    at applyFormat
    + (sheet.js:182:38) | TextNotContains("chipped") | iy_text | stacktrace | negation | quoted
td[column="Filling"]:lacks('spinach') { background: yellow }
    | TextNotContains("spinach") | gz_text | css | negation | quoted | column-word
130␤00:45:31,819 --> 00:45:34,069␤Raj: so just shade the Momo Filling entries not containing "chicken"
    | TextNotContains("chicken") | mo_text | subtitle | negation | quoted
Yo ho, me hearties! Colour the Topping entries not containing "banana", arr
    | TextNotContains("banana") | ab_text | pirate | negation | quoted
ERROR CF-2124: conditional format missing, wanted the Cutting entries not containing "first" highlighted
    | TextNotContains("first") | af_text | stacktrace | negation | quoted
.guava-variety:starts-with('white') { fill: pink } | TextStartsWith("white") | go_text | css
WEBVTT␤␤24:43.967 --> 24:46.217␤<v Yuki>and then we mark the Piece Title entries that begin with "kozak"
    | TextStartsWith("kozak") | bd_text | subtitle | quoted
Arr, mark the Glaze Colour entries that begin with "jade", matey | TextStartsWith("jade") | en_text | pirate | quoted
RuleError: highlight not applied to the Cut entries that begin with "fraldinha" (line 34)
    | TextStartsWith("fraldinha") | ch_text | stacktrace | quoted
td[Kite Model^="apex" i] { background-color: yellow; } | TextStartsWith("apex") | sk_text | css | quoted
38␤00:52:15,235 --> 00:52:17,485␤- can you higlight the Court Booking entries starting with "dedans"?
    | TextStartsWith("dedans") | rt_text | subtitle | typo | quoted
Hoist the colours on the Arancini Flavour entries starting with "ragu", ye scallywag!
    | TextStartsWith("ragu") | ar_text | pirate | quoted
Traceback (most recent call last):␤  File "cf.py", line 150, in apply␤RuleError: expected the Bun Type entries starting
    + with "char siu" to be highlighted | TextStartsWith("char siu") | bz_text | stacktrace | quoted
.berry-grade:starts-with('green') { color: pink; font-weight: bold } | TextStartsWith("green") | eb_text | css
82␤00:31:27,383 --> 00:31:29,633␤Yuki: so just␤␤83␤00:31:29,633 --> 00:31:31,883␤shade the Hallmark entries that begin
    + with "anchor" | TextStartsWith("anchor") | ss_text | subtitle | quoted
Shiver me timbers, paint the Piece Title entries ending with "kozak" red, savvy?
    | TextEndsWith("kozak") | bd_text | pirate | quoted
Exception in thread "main" java.lang.IllegalStateException: no fill on the Glaze Colour entries ending with
    + "jade"␤    at com.sheet.Rules.apply(Rules.java:266) | TextEndsWith("jade") | en_text | stacktrace | quoted
td[Cut$="picanha" i] { background: yellow } | TextEndsWith("picanha") | ch_text | css | quoted
WEBVTT␤␤10:39.531 --> 10:41.781␤<v Raj>and then we mark the Kite Model entries ending in "apex"
    | TextEndsWith("apex") | sk_text | subtitle | quoted
Avast! Highlight the Court Booking entries ending in "dedans", or it's the plank for ye
    | TextEndsWith("dedans") | rt_text | pirate | quoted
Uncaught TypeError: could not shade the Arancini Flavour entries ending in "ragu"␤    at applyFormat (sheet.js:382:18)
    | TextEndsWith("ragu") | ar_text | stacktrace | quoted
.bun-type:ends-with('lotus') { highlight } | TextEndsWith("lotus") | bz_text | css
170␤00:38:11,679 --> 00:38:13,929␤- can you highlight the Berry Grade entries ending with "green"?
    | TextEndsWith("green") | eb_text | subtitle | quoted
Yo ho, me hearties! Colour the Hallmark entries ending with "anchor", arr
    | TextEndsWith("anchor") | ss_text | pirate | quoted
ERROR CF-4064: conditional format missing, wanted the Guava Variety entries ending with "white" highlighted
    | TextEndsWith("white") | go_text | stacktrace | quoted
td[column="Penalty Type"]:not(:ends-with('hooking')) { background-color: yellow; }
    | NOT(TextEndsWith("hooking")) | rh_text | css | negation | quoted | column-word
34␤00:17:23,827 --> 00:17:26,077␤Raj: so just shade the Course Section entries that do not end in "sand"
    | NOT(TextEndsWith("sand")) | cx_text | subtitle | negation | quoted
Arr, mark the Batch Note entries that do not end in "salted", matey
    | NOT(TextEndsWith("salted")) | ac_text | pirate | negation | quoted
RuleError: highlight not applied to the Runner Condition entries that do not end in "sharp" (line 234)
    | NOT(TextEndsWith("sharp")) | iy_text | stacktrace | negation | quoted
td:not([Filling="potato" i]) { color: pink; font-weight: bold }
    | NOT(TextEquals("potato")) | gz_text | css | negation | quoted
WEBVTT␤␤45:35.975 --> 45:38.225␤<v Yuki>and then we mark the Momo Filling entries except the ones that say just "paneer"
    | NOT(TextEquals("paneer")) | mo_text | subtitle | negation | quoted
Hoist the colours on the Topping entries except the ones that say just "honey", ye scallywag!
    | NOT(TextEquals("honey")) | ab_text | pirate | negation | quoted
Traceback (most recent call last):␤  File "cf.py", line 350, in apply␤RuleError: expected the Cutting entries except the
    + ones that say just "regrowth" to be highlighted
    | NOT(TextEquals("regrowth")) | af_text | stacktrace | negation | quoted
td:not([Dye Shade^="navy" i]) { fill: yellow } | NOT(TextStartsWith("navy")) | id_text | css | negation | quoted
122␤00:24:47,243 --> 00:24:49,493␤- can you highlight the Wood entries that do not start with "walnut"?
    | NOT(TextStartsWith("walnut")) | du_text | subtitle | negation | quoted
Shiver me timbers, paint the Race Date entries dated today red, savvy? | Today() | cx_date | pirate | date
Exception in thread "main" java.lang.IllegalStateException: no fill on the Canning Date entries dated today␤    at
    + com.sheet.Rules.apply(Rules.java:86) | Today() | ac_date | stacktrace | date
.outing-date:today { highlight } | Today() | iy_date | css | date
166␤00:52:19,391 --> 00:52:21,641␤Yuki: so just␤␤167␤00:52:21,641 --> 00:52:23,891␤shade the Market Day entries from
    + today | Today() | gz_date | subtitle | date
Avast! Highlight the Sale Date entries from today, or it's the plank for ye | Today() | mo_date | pirate | date
Uncaught TypeError: could not shade the Sale Day entries from today␤    at applyFormat (sheet.js:202:38)
    | Today() | ab_date | stacktrace | date
td[column="Cut Date"]:today { background-color: yellow; } | Today() | af_date | css | quoted | column-word | date
WEBVTT␤␤31:31.539 --> 31:33.789␤<v Raj>and then we mark the Dye Date entries dated today
    | Today() | id_date | subtitle | date
Yo ho, me hearties! Colour the Finish Date entries dated today, arr | Today() | du_date | pirate | date
ERROR CF-6004: conditional format missing, wanted the Match Date entries dated today highlighted
    | Today() | rh_date | stacktrace | date
.booking-date:yesterday { background: pink } | Yesterday() | ch_date | css | date
74␤00:10:43,687 --> 00:10:45,937␤- can you highlight the Lesson Date entries dated yesterday?
    | Yesterday() | sk_date | subtitle | date
Arr, mark the Court Date entries dated yesterday, matey | Yesterday() | rt_date | pirate | date
RuleError: highlight not applied to the Prep Date entries dated yesterday (line 54)
    | Yesterday() | ar_date | stacktrace | date
td[column="Order Day"]:yesterday { fill: yellow } | Yesterday() | bz_date | css | quoted | column-word | date
118␤00:38:15,835 --> 00:38:18,085␤Raj: so just shade the Harvest Date entries from yesterday
    | Yesterday() | eb_date | subtitle | date
Hoist the colours on the Commission Date entries from yesterday, ye scallywag! | Yesterday() | ss_date | pirate | date
Traceback (most recent call last):␤  File "cf.py", line 170, in apply␤RuleError: expected the Picking Date entries from
    + yesterday to be highlighted | Yesterday() | go_date | stacktrace | date
.concert-date:yesterday { highlight } | Yesterday() | bd_date | css | date
WEBVTT␤␤17:27.983 --> 17:30.233␤<v Yuki>and then we mark the Order Date entries dated yesterday
    | Yesterday() | en_date | subtitle | date
Shiver me timbers, paint the Lesson Date entries falling tomorrow red, savvy? | Tomorrow() | sk_date | pirate | date
Exception in thread "main" java.lang.IllegalStateException: no fill on the Court Date entries falling tomorrow␤    at
    + com.sheet.Rules.apply(Rules.java:286) | Tomorrow() | rt_date | stacktrace | date
td[column="Prep Date"]:tomorrow { color: yellow; font-weight: bold }
    | Tomorrow() | ar_date | css | quoted | column-word | date
26␤00:45:39,251 --> 00:45:41,501␤- can you highlight the Order Day entries dated tomorrow?
    | Tomorrow() | bz_date | subtitle | date
Avast! Highlight the Harvest Date entries dated tomorrow, or it's the plank for ye
    | Tomorrow() | eb_date | pirate | date
Uncaught TypeError: could not shade the Commission Date entries dated tomorrow␤    at applyFormat (sheet.js:22:18)
    | Tomorrow() | ss_date | stacktrace | date
.picking-date:tomorrow { background: pink } | Tomorrow() | go_date | css | date
70␤00:24:11,399 --> 00:24:13,649␤Yuki: so just␤␤71␤00:24:13,649 --> 00:24:15,899␤shdae the Concert Date entries falling
    + tomorrow | Tomorrow() | bd_date | subtitle | typo | date
Yo ho, me hearties! Colour the Order Date entries falling tomorrow, arr | Tomorrow() | en_date | pirate | date
ERROR CF-7944: conditional format missing, wanted the Booking Date entries falling tomorrow highlighted
    | Tomorrow() | ch_date | stacktrace | date
td[column="Outing Date"]:last-7-days { fill: yellow } | Last7Days() | iy_date | css | quoted | column-word | date
WEBVTT␤␤52:23.547 --> 52:25.797␤<v Raj>and then we mark the Market Day entries in the last 7 days
    | Last7Days() | gz_date | subtitle | date
Arr, mark the Sale Date entries in the last 7 days, matey | Last7Days() | mo_date | pirate | date
RuleError: highlight not applied to the Sale Day entries in the last 7 days (line 254)
    | Last7Days() | ab_date | stacktrace | date
.cut-date:last-7-days { background-color: pink; } | Last7Days() | af_date | css | date
158␤00:31:35,695 --> 00:31:37,945␤- can you highlight the Dye Date entries from the past 7 days?
    | Last7Days() | id_date | subtitle | date
hOIST THE COLOURS ON THE fINISH dATE ENTRIES FROM THE PAST 7 DAYS, YE SCALLYWAG!
    | Last7Days() | du_date | pirate | odd-case | date
Traceback (most recent call last):␤  File "cf.py", line 370, in apply␤RuleError: expected the Match Date entries from
    + the past 7 days to be highlighted | Last7Days() | rh_date | stacktrace | date
td[column="Race Date"]:last-7-days { color: yellow; font-weight: bold }
    | Last7Days() | cx_date | css | quoted | column-word | date
22␤00:10:47,843 --> 00:10:50,093␤Raj: so just shade the Canning Date entries in the last 7 days
    | Last7Days() | ac_date | subtitle | date
Shiver me timbers, paint the Market Day entries from last week red, savvy? | LastWeek() | gz_date | pirate | date
Exception in thread "main" java.lang.IllegalStateException: no fill on the Sale Date entries from last week␤    at
    + com.sheet.Rules.apply(Rules.java:106) | LastWeek() | mo_date | stacktrace | date
.sale-day:last-week { background: pink } | LastWeek() | ab_date | css | date
WEBVTT␤␤38:19.111 --> 38:21.361␤<v Yuki>and then we mark the Cut Date entries in last week
    | LastWeek() | af_date | subtitle | date
Avast! Highlight the Dye Date entries in last week, or it's the plank for ye | LastWeek() | id_date | pirate | date
Uncaught TypeError: could not shade the Finish Date entries in last week␤    at applyFormat (sheet.js:222:38)
    | LastWeek() | du_date | stacktrace | date
td[column="Match Date"]:last-week { highlight } | LastWeek() | rh_date | css | quoted | column-word | date
110␤00:17:31,259 --> 00:17:33,509␤- can you highlight the Race Date entries from last week?
    | LastWeek() | cx_date | subtitle | date
Yo ho, me hearties! Colour the Canning Date entries from last week, arr | LastWeek() | ac_date | pirate | date
ERROR CF-1884: conditional format missing, wanted the Outing Date entries from last week highlighted
    | LastWeek() | iy_date | stacktrace | date
.prep-date:this-week { background-color: pink; } | ThisWeek() | ar_date | css | date
154␤00:45:43,407 --> 00:45:45,657␤Yuki: so just␤␤155␤00:45:45,657 --> 00:45:47,907␤shade the Order Day entries falling
    + this week | ThisWeek() | bz_date | subtitle | date
Arr, mark the Harvest Date entries falling this week, matey | ThisWeek() | eb_date | pirate | date
rULEeRROR: HIGLIGHT NOT APPLIED TO THE cOMMISSION dATE ENTRIES FALLING THIS WEEK (LINE 74)
    | ThisWeek() | ss_date | stacktrace | typo | odd-case | date
td[column="Picking Date"]:this-week { color: yellow; font-weight: bold }
    | ThisWeek() | go_date | css | quoted | column-word | date
WEBVTT␤␤24:15.555 --> 24:17.805␤<v Raj>and then we mark the Concert Date entries in this week
    | ThisWeek() | bd_date | subtitle | date
Hoist the colours on the Order Date entries in this week, ye scallywag! | ThisWeek() | en_date | pirate | date
Traceback (most recent call last):␤  File "cf.py", line 190, in apply␤RuleError: expected the Booking Date entries in
    + this week to be highlighted | ThisWeek() | ch_date | stacktrace | date
.lesson-date:this-week { fill: pink } | ThisWeek() | sk_date | css | date
62␤00:52:27,703 --> 00:52:29,953␤- can you highlight the Court Date entries falling this week?
    | ThisWeek() | rt_date | subtitle | date
Shiver me timbers, paint the Order Day entries falling next week red, savvy? | NextWeek() | bz_date | pirate | date
Exception in thread "main" java.lang.IllegalStateException: no fill on the Harvest Date entries falling next week␤    at
    + com.sheet.Rules.apply(Rules.java:306) | NextWeek() | eb_date | stacktrace | date
td[column="Commission Date"]:next-week { highlight } | NextWeek() | ss_date | css | quoted | column-word | date
106␤00:31:39,851 --> 00:31:42,101␤Raj: so just shade the Picking Date entries in next week
    | NextWeek() | go_date | subtitle | date
Avast! Highlight the Concert Date entries in next week, or it's the plank for ye | NextWeek() | bd_date | pirate | date
Uncaught TypeError: could not shade the Order Date entries in next week␤    at applyFormat (sheet.js:42:18)
    | NextWeek() | en_date | stacktrace | date
.booking-date:next-week { background-color: pink; } | NextWeek() | ch_date | css | date
WEBVTT␤␤10:11.119 --> 10:13.369␤<v Yuki>and then we mark the Lesson Date entries falling next week
    | NextWeek() | sk_date | subtitle | date
Yo ho, me hearties! Colour the Court Date entries falling next week, arr | NextWeek() | rt_date | pirate | date
ERROR CF-3824: conditional format missing, wanted the Prep Date entries falling next week highlighted
    | NextWeek() | ar_date | stacktrace | date
td[column="Sale Day"]:last-month { background: yellow } | LastMonth() | ab_date | css | quoted | column-word | date
14␤00:38:23,267 --> 00:38:25,517␤- can you highlight the Cut Date entries from last month?
    | LastMonth() | af_date | subtitle | date
Arr, mark the Dye Date entries from last month, matey | LastMonth() | id_date | pirate | date
RuleError: highlight not applied to the Finish Date entries from last month (line 274)
    | LastMonth() | du_date | stacktrace | date
.match-date:last-month { fill: pink } | LastMonth() | rh_date | css | date
58␤00:17:35,415 --> 00:17:37,665␤Yuki: so just␤␤59␤00:17:37,665 --> 00:17:39,915␤shade the Race Date entries in last
    + month | LastMonth() | cx_date | subtitle | date
Hoist the colours on the Canning Date entries in last month, ye scallywag! | LastMonth() | ac_date | pirate | date
Traceback (most recent call last):␤  File "cf.py", line 10, in apply␤RuleError: expected the Outing Date entries in last
    + month to be highlighted | LastMonth() | iy_date | stacktrace | date
td[column="Market Day"]:last-month { highlight } | LastMonth() | gz_date | css | quoted | column-word | date
WEBVTT␤␤45:47.563 --> 45:49.813␤<v Raj>and then we makr the Sale Date entries from last month
    | LastMonth() | mo_date | subtitle | typo | date
Shiver me timbers, paint the Cut Date entries in this month red, savvy? | ThisMonth() | af_date | pirate | date
Exception in thread "main" java.lang.IllegalStateException: no fill on the Dye Date entries in this month␤    at
    + com.sheet.Rules.apply(Rules.java:126) | ThisMonth() | id_date | stacktrace | date
.finish-date:this-month { color: pink; font-weight: bold } | ThisMonth() | du_date | css | date
146␤00:24:19,711 --> 00:24:21,961␤- can you highlight the Match Date entries falling this month?
    | ThisMonth() | rh_date | subtitle | date
Avast! Highlight the Race Date entries falling this month, or it's the plank for ye
    | ThisMonth() | cx_date | pirate | date
Uncaught TypeError: could not shade the Canning Date entries falling this month␤    at applyFormat (sheet.js:242:38)
    | ThisMonth() | ac_date | stacktrace | date
td[column="Outing Date"]:this-month { background: yellow } | ThisMonth() | iy_date | css | quoted | column-word | date
10␤00:52:31,859 --> 00:52:34,109␤Raj: so just shade the Market Day entries in this month
    | ThisMonth() | gz_date | subtitle | date
Yo ho, me hearties! Colour the Sale Date entries in this month, arr | ThisMonth() | mo_date | pirate | date
ERROR CF-5764: conditional format missing, wanted the Sale Day entries in this month highlighted
    | ThisMonth() | ab_date | stacktrace | date
.commission-date:next-month { fill: pink } | NextMonth() | ss_date | css | date
WEBVTT␤␤31:43.127 --> 31:45.377␤<v Yuki>and then we mark the Picking Date entries falling next month
    | NextMonth() | go_date | subtitle | date
Arr, makr the Concert Date entries falling next month, matey | NextMonth() | bd_date | pirate | typo | date
RuleError: highlight not applied to the Order Date entries falling next month (line 94)
    | NextMonth() | en_date | stacktrace | date
td[column="Booking Date"]:next-month { background-color: yellow; }
    | NextMonth() | ch_date | css | quoted | column-word | date
98␤00:10:15,275 --> 00:10:17,525␤- can you highlight the Lesson Date entries in next month?
    | NextMonth() | sk_date | subtitle | date
Hoist the colours on the Court Date entries in next month, ye scallywag! | NextMonth() | rt_date | pirate | date
Traceback (most recent call last):␤  File "cf.py", line 210, in apply␤RuleError: expected the Prep Date entries in next
    + month to be highlighted | NextMonth() | ar_date | stacktrace | date
.order-day:next-month { color: pink; font-weight: bold } | NextMonth() | bz_date | css | date
142␤00:38:27,423 --> 00:38:29,673␤Yuki: so just␤␤143␤00:38:29,673 --> 00:38:31,923␤shade the Harvest Date entries
    + falling next month | NextMonth() | eb_date | subtitle | date
Shiver me timbers, paint the Tree Tag cells that are duplicated red, savvy? | Duplicates() | go_dup | pirate
Exception in thread "main" java.lang.IllegalStateException: no fill on the Bandurist cells that are duplicated␤    at
    + com.sheet.Rules.apply(Rules.java:326) | Duplicates() | bd_dup | stacktrace
td[column="Piece Code"]:duplicate { background: yellow } | Duplicates() | en_dup | css | quoted | column-word
WEBVTT␤␤17:39.571 --> 17:41.821␤<v Raj>and then we mark the Table Host cells that show up more than once
    | Duplicates() | ch_dup | subtitle
aVAST! hIGHLIGHT THE iNSTRUCTOR CELLS THAT SHOW UP MORE THAN ONCE, OR IT'S THE PLANK FOR YE
    | Duplicates() | sk_dup | pirate | odd-case
Uncaught TypeError: could not shdae the Member cells that show up more than once␤    at applyFormat (sheet.js:62:18)
    | Duplicates() | rt_dup | stacktrace | typo
.tray-label:duplicate { highlight } | Duplicates() | ar_dup | css
50␤00:45:11,719 --> 00:45:13,969␤- can you highlight the Supplier cells that are duplicated?
    | Duplicates() | bz_dup | subtitle
Yo ho, me hearties! Colour the Picker cells that are duplicated, arr | Duplicates() | eb_dup | pirate
ERROR CF-7704: conditional format missing, wanted the Commission Ref cells that are duplicated highlighted
    | Duplicates() | ss_dup | stacktrace
td[column="Customer"]:unique { background-color: yellow; } | Unique() | du_dup | css | quoted | column-word
94␤00:24:23,867 --> 00:24:26,117␤Raj: so just shade the Referee cells that appear only once
    | Unique() | rh_dup | subtitle
Arr, mark the Rider cells that appear only once, matey | Unique() | cx_dup | pirate
RuleError: highlight not applied to the Boat cells that appear only once (line 294) | Unique() | ac_dup | stacktrace
.sail-number:only-once { color: pink; font-weight: bold } | Unique() | iy_dup | css
WEBVTT␤␤52:35.135 --> 52:37.385␤<v Yuki>and then we mark the Pitch Code cells that occur just once
    | Unique() | gz_dup | subtitle
Hoist the colours on the Stall Helper cells that occur just once, ye scallywag! | Unique() | mo_dup | pirate
Traceback (most recent call last):␤  File "cf.py", line 30, in apply␤RuleError: expected the Barista cells that occur
    + just once to be highlighted | Unique() | ab_dup | stacktrace
td[column="Field"]:unique { fill: yellow } | Unique() | af_dup | css | quoted | column-word
182␤00:31:47,283 --> 00:31:49,533␤- can you highlight the Cloth Lot cells that appear only once?
    | Unique() | id_dup | subtitle
Shiver me timbers, paint the Referee cells left empty red, savvy? | Blanks() | rh_dup | pirate
eXCEPTION IN THREAD "MAIN" JAVA.LANG.iLLEGALsTATEeXCEPTION: NO FILL ON THE rIDER CELLS LEFT EMPTY␤    AT
    + COM.SHEET.rULES.APPLY(rULES.JAVA:146) | Blanks() | cx_dup | stacktrace | odd-case
td[Boat=""] { highlight } | Blanks() | ac_dup | css
46␤00:10:19,431 --> 00:10:21,681␤Yuki: so just␤␤47␤00:10:21,681 --> 00:10:23,931␤shade the Sail Number cells that are
    + blank | Blanks() | iy_dup | subtitle
Avast! Highlight the Pitch Code cells that are blank, or it's the plank for ye | Blanks() | gz_dup | pirate
Uncaught TypeError: could not shade the Stall Helper cells that are blank␤    at applyFormat (sheet.js:262:38)
    | Blanks() | mo_dup | stacktrace
td[column="Barista"]:empty { background-color: yellow; } | Blanks() | ab_dup | css | quoted | column-word
WEBVTT␤␤38:31.579 --> 38:33.829␤<v Raj>and then we mark the Field cells left empty | Blanks() | af_dup | subtitle
Yo ho, me hearties! Colour the Cloth Lot cells left empty, arr | Blanks() | id_dup | pirate
ERROR CF-1644: conditional format missing, wanted the Customer cells left empty highlighted
    | Blanks() | du_dup | stacktrace
.piece-code:filled { background: pink } | NotBlanks() | en_dup | css | negation
134␤00:17:43,727 --> 00:17:45,977␤- can you higlight the Table Host cells that aren't blank?
    | NotBlanks() | ch_dup | subtitle | typo | negation
Arr, mark the Instructor cells that aren't blank, matey | NotBlanks() | sk_dup | pirate | negation
RuleError: highlight not applied to the Member cells that aren't blank (line 114)
    | NotBlanks() | rt_dup | stacktrace | negation
td[column="Tray Label"]:not-empty { fill: yellow } | NotBlanks() | ar_dup | css | negation | quoted | column-word
178␤00:45:15,875 --> 00:45:18,125␤Raj: so just shade the Supplier cells that are filled in
    | NotBlanks() | bz_dup | subtitle | negation
Hoist the colours on the Picker cells that are filled in, ye scallywag! | NotBlanks() | eb_dup | pirate | negation
Traceback (most recent call last):␤  File "cf.py", line 230, in apply␤RuleError: expected the Commission Ref cells that
    + are filled in to be highlighted | NotBlanks() | ss_dup | stacktrace | negation
.tree-tag:filled { highlight } | NotBlanks() | go_dup | css | negation
WEBVTT␤␤24:27.143 --> 24:29.393␤<v Yuki>and then we mark the Bandurist cells that aren't blank
    | NotBlanks() | bd_dup | subtitle | negation
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
              'thirteenth_cf.json', 'thirteenth_tables.json', 'thirtieth_cf.json', 'thirtieth_tables.json',
              'twelfth_cf.json', 'twelfth_tables.json', 'twentieth_cf.json', 'twentieth_tables.json',
              'twentyeighth_cf.json', 'twentyeighth_tables.json', 'twentyfifth_cf.json', 'twentyfifth_tables.json',
              'twentyfirst_cf.json', 'twentyfirst_tables.json', 'twentyfourth_cf.json', 'twentyfourth_tables.json',
              'twentyninth_cf.json', 'twentyninth_tables.json', 'twentysecond_cf.json', 'twentysecond_tables.json',
              'twentyseventh_cf.json', 'twentyseventh_tables.json', 'twentysixth_cf.json', 'twentysixth_tables.json',
              'twentythird_cf.json', 'twentythird_tables.json', 'web_cf.json')


column_sets.bind(globals(), THIRTYFIRST_TAG)
_bound_make_record = make_record  # noqa: F821 (bound by column_sets.bind)


def make_record(request: str, code: str, key: str, tags: tuple[str, ...] = ()) -> dict:
    """The bound `make_record`, after each "␤" of the request is made a line break (a caption file's
    or a traceback's lines); `build` calls this one (it reads `make_record` from this module)."""
    return _bound_make_record(request.replace(NEWLINE, "\n"), code, key, tags)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
