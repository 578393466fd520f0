"""A thirty-fourth independent set of one-column CF requests, and the builder of thirtyfourth_cf.json.

Written from scratch (2026-12-08 00:57 to about 01:12 UTC by `date -u`, engineer E34c) as a new independent evaluation
set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no
earlier builder's docstring (nor benchmarks/data/README.md) names, on this set's own columns (a tejo club, a glima club,
a schwingen club, a mallakhamb academy, a silambam school, a pato club, a pastizzi kiosk, a samsa bakery, a hotteok
stall, a kanelbulle cafe, a coxinha shop, an alfajor bakery, a syrniki kitchen, a horchata stand, a tepache brewery, a
martabak stall, a shakuhachi school, a djembe circle, a mbira ensemble, a feijoa orchard), in four styles new to the
sets, ten or eleven templates each: `weather` (the request inside a forecast or weather report: "Outlook for Saturday:
22C, 87% chance of rain -- and ...", "Weather desk update: highs of 15 degrees, winds 38 km/h, and in the sheet, ...",
"Forecast: 78% humidity, gusts to 43 mph. Sheet advisory: ...", "... -- that's the forecast, with 21C by noon and a 24%
chance of showers.", "Storm watch until 5 pm, 71 mm of rain expected: ..., please.", "Expect a yellow front over ... --
26C and dry, winds 29 mph.", "Pressure 1015 hPa and falling ...; batten down and ..."), `quest` (a video game's quest
log: "Quest 63 (Lv 23): ... Reward: 721 XP.", "[Side quest #304] Objective: ... Recommended level 49.", "New mission
unlocked! ... to earn 95 gold and 614 XP.", "Quest log, entry 21: the innkeeper asks you to ...", "Step 3 of 7 in the
questline: ...", "The guild master (Lv 24) says: '...' Reward: 159 silver.", "Main quest 49, Lv 41 zone: hunt down ...
and tag them. +384 XP."), `transcript` (a court or meeting transcript in question-and-answer form with page:line
numbers: "148:15 Q. And what did you want done? 148:16 A. ...", "Page 112, line 24. Q. Did you ask her to ...? A. Yes, I
did.", "72:18 THE CHAIR: Next item. 72:19 MS. OKAFOR: I'd like us to ...", "Q. (56:19) Tell the court what the
formatting was for. A. (56:20) ...", "177:13 Q. Which cells, exactly? 177:14 A. ... 177:15 Q. And you wanted them
highlighted? A. Yes.") and `thread` (a numbered social-media thread: "1/5 ok sheet question, thread 🧵 2/5 ... (425
likes)", "2/8 ... that's it, that's the post (836 likes, 15 replies)", "🧵 5/11: spreadsheet favour -- can someone ...?
(24 replies)", "3/8 so my boss wants me to ... 4/8 help (260 likes)", "(1/3) PSA for my team: ... #excel, 405 likes",
"464 likes, 37 replies -- 1/6 ..."). The temperatures, percentages, wind speeds, pressures, hours, levels, XP, gold,
quest, chapter, step, wave and player numbers, pages and lines, post numbers, likes, replies and reposts are never the
rule's figures, by construction: a draw whose numbers (each number, and each figure's whole part) meet a figure of the
rule, or repeat one another, is drawn again; the weather templates that name a day or a date are not used on a date
rule, and no template says today, tomorrow, yesterday, week or month. Only requests the language expresses exactly, one
right rule on the column, every literal recoverable by a careful reader. Labels are what the executor formats with Today
= 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June, next week 16 - 22 June, the last 7
days 6 - 12 June, last month May, next month July), with Excel's semantics kept as they are (a blank compares as 0 and
any text is greater than any number); every comparison, Between, NotBetween, NOT of a comparison and numeric AND and OR
of this set is on a column of numbers only (no text cell, no blank), and the columns that carry a colour scale, data
bar, icon set, Top, Bottom, percent, average or error rule hold one text cell ("suspended", "injured", "kiosk shut",
...), one blank and one "#N/A" cell, so that a visual rule formats the numbers only. Text columns hold no blank. The
columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of one space. The builder's check
(`make_record` and `problems_of` on every entry) found no problem on its first run, before any half was seen.

What its author read: the brief (/work/team/brief34.md, `cat`); of benchmarks/data/thirtythird_cf.py, which this builder
mirrors, an anchored `grep -n` of its top-level names (`^[A-Z_]+ = `, `^def `, `^if __name__` only: line numbers and
names, no entry line) and `wc -l` (1320), then lines 1-231 (its module docstring, imports, constants, `_joined` and the
comment over its columns, up to the `COLUMNS = {` line) and lines 1297-1320 (OTHER_SETS, the bind and the main block) by
`sed -n`, and `sed -n 422p | cut -c1-30` (its `ENTRIES = _joined(r` and three quotes line, no entry);
benchmarks/data/column_sets.py and benchmarks/data/everyday_common.py (all, `cat`);
tests/benchmarks/test_one_column_sets_data.py (all, `cat`); tests/benchmarks/set_files.py (an anchored `grep -n` of its
names, then `sed -n 1,210p`: its check functions and the helpers beside them); ../shared/docs/CF_RULES.md (all, `cat`);
the first 12,000 characters of benchmarks/data/README.md (`head -c 12000`); the public API of cf_assistant.languages.cf
(parse and to_text on 36 made-up rules, for their canonical spelling) and the executor as the builders use it (through
`everyday_common.column_record`, `column_problems` and the bound `make_record` and `problems_of`). This builder's
columns and entries are its own: a program of its author's (under /tmp) holds the domains' columns, literals and
thresholds, phrase banks per function, noun-phrase shapes, clause forms and templates per style, and writes this module
from them; it copied nothing of thirtythird_cf.py but the shared code shown above (the imports, `_joined`, the form of
the comment over the columns, the bind and the main block); its OTHER_SETS is every set file of benchmarks/data when it
was written (73), listed by that program, but this set's and the other engineer's thirtyfourth_tables.json.

Commands that printed anything: `date -u` (eight times); `cat` of the brief; `python -c "import cf_assistant"` (OK); the
`grep -n`, `wc -l` and `sed -n` reads above; `wc -l` of column_sets.py, everyday_common.py, the test module,
set_files.py and CF_RULES.md; the reads listed above; parse/to_text of 36 made-up rules (each rule and its canonical
text); `ls benchmarks/data/*.json | wc -l` (73), `ls benchmarks/data | grep -c thirtyfourth` (0) and `git status
--short` piped to `awk '{print $2}'` (nothing, at the start); four runs of a program that printed one True/False per
candidate domain or style word (71, 62 and 40 candidates, the last the twenty domains as phrased here and alone):
whether any builder's module docstring (benchmarks/data/*.py except thirtyfourth_*, by `ast.get_docstring`, lower-cased)
or the whole benchmarks/data/README.md holds it as a substring; a Python traceback of the generator's column builder (an
assertion on the pato club's thresholds, whose low value met another: the low value of an integer column is 0 when a
third of the lowest threshold meets a cell, and the midpoints of integer columns are whole); prints of generated columns
(the cells of six columns, then of the 28 numeric columns); the generator's prints of drafted entries (request, rule,
key and tags of every ninth, then every thirteenth from the fifth, the tag counts and the column use, then the typo
drafts), before any half was seen; `grep -n` of the generator's form lines; the module writer's runs (module lines,
entries, other sets, lines over 120 characters, lines with trailing spaces: 1276, 430, 73, 0, 0, then 1275 after the
typo change); this builder's check program (two runs, before any half was printed: 430 entries, 73 other sets, 0
problems of `column_record` and `column_problems` and no request twice); the program that added this set to the test
module (first lines 13 -> 14, longest line 119, 3 mentions) and `sed -n 1,16p` of the test module (its docstring); the
refusal check's `problems_of` ([]) and the entry count (430); the builder's main run (the counts per function, style and
tag per half) and `md5sum` of the build; `grep -c` of the README rows (1 for thirtythird_cf.json, 0 for this set's) and
`grep -n` of the thirty-third's row cut to its first ten characters (its line number, 71); the program that inserted
this set's README row (line 72); `grep -c` of the README rows after (1 for this set's, 0 for thirtyfourth_tables.json's;
1 and 1 at the end, when the table set's row was in); the test runs and `time`'s timings (436 passed by `-k
"thirtyfourth or t34c"`; test_sets_are_the_projects_own.py 76 passed); a `grep -c` of three double quotes in this module
(8, then 6: a first draft of this docstring quoted the ENTRIES line's opening, which would have closed the docstring,
and was reworded before any import); `awk` of this module's lines over 120 bytes (4, lines holding non-ASCII letters)
and Python's longest line (120 characters); `md5sum` of the rebuilds (equal to the first build); the whole one-column
test module (13120 passed, 2 min 38 s, with thirtyfourth_tables.json present beside this set) and
test_sets_are_the_projects_own.py (76 passed) after this docstring was written; a second `git status --short` piped to
`awk '{print $2}'` (file names only: this set's files, the README, the two set test modules and the thirty-fourth table
set's files).

Domains. Candidates the checks dropped (printed True): kho kho, footvolley, tchoukball, korfball, floorball, underwater
hockey, shinty, pelota, padel, teqball, empanada, arepa, churro, khachapuri, pelmeni, banh mi, takoyaki, okonomiyaki,
stroopwafel, lefse, biltong, kombucha, farrier, cobbler, milliner, luthier, thatcher, blacksmith, stonemason, erhu,
guzheng, oud, balalaika, harpsichord, accordion, bagpipe, steelpan, marimba, handbell, gamelan, kalimba, dulcimer,
theremin, quince, medlar, persimmon, mulberry, loquat, lychee, alpaca, llama, donkey, snail, oyster, mussel, trout,
khinkali, manti, lahmacun, dosa, momo, bandura, kora, hang drum, hurdy(-gurdy), nyckelharpa, sapodilla, durian,
cherimoya, kumquat. Printed False and not used: gilli danda, dango, blini, bunny chow, boerewors, pawpaw, yubi lakpi,
lelo burti, ulama, chunkey, knattleikr, yagli (gures), pehlwani, jereed, cirit, kumpir, chimichanga, sopapilla,
brigadeiro, medovik, vareniki, kvass, sbiten, ayran, murtabak, appam, uttapam, thukpa, laphet, mohinga, biwa, pipa,
sanxian, hardanger, crwth, sackbut, jujube, rambutan, mangosteen, soursop, tamarillo. Taken (printed False, alone and as
the phrase used): tejo (tejo club), glima (glima club), schwingen (schwingen club), mallakhamb (mallakhamb academy),
silambam (silambam school), pato (pato club), pastizzi (pastizzi kiosk), samsa (samsa bakery), hotteok (hotteok stall),
kanelbulle (kanelbulle cafe), coxinha (coxinha shop), alfajor (alfajor bakery), syrniki (syrniki kitchen), horchata
(horchata stand), tepache (tepache brewery), martabak (martabak stall), shakuhachi (shakuhachi school), djembe (djembe
circle), mbira (mbira ensemble), feijoa (feijoa orchard). The style words: weather, quest and thread printed True (an
earlier docstring or README row holds the word), transcript False; the styles are the brief's.

Slips. (1) Of reading: no entry line of any builder and no utterance of a JSON file was printed, and git log was not
run; `sed -n 422p` of thirtythird_cf.py (cut to 30 characters) was a look at the line after its COLUMNS, which is its
`ENTRIES = _joined(r` and three quotes line and holds no request. (2) No draft was reworded after its half was seen: the
check found no problem on its first run; wording fixes were made before that run (the shape "cells <test> in the
<header> column" made "cells in the <header> column <test>", so that a test ending in "(ends count)" no longer sits
before "in the ... column"; the Between phrasings without commas, "with both ends included" and "in the a to b range
including both ends"; the clause form shifted by one at each round of the noun-phrase shapes, which had gone in step;
"... deserve to be" made "... should be" after a singular noun phrase; the transcript's noun-phrase answer capitalised;
the verb "fill" replaced by "bold"; a text cell "Unique Red" replaced by "Bambina") and one after it (typos every
seventeenth record instead of every thirty-first, 7 -> 11), and the check was run again (0 problems) before any half was
printed; nothing of the entries changed after the one main run that printed the halves (only this docstring was written
after it, which changes no record). The half size asked of this set in the test module (180 a half), its other-set count
(73, every set file before it), its column count (108) and its refusal check were set before the halves were seen. (3)
The halves are uneven (dev 226, test 204) and some functions are thin in one half (DataBar 1/9; Duplicates, NotBlanks,
OR and TextEquals 8/2; NOT 6/14; NextWeek 2/8; 3/7 or 7/3 for many others): the hash's split, not steered; the styles
are even over the set (quest and transcript 108, weather and thread 107) but not by half (quest 62/46, weather 49/58).
(4) Some tags are thin: polarity 4 (2/2: "no less than" for GreaterThanEqual, "no more than" for LessThanEqual),
number-format 8 (thousands with a comma, on the three columns of figures over 1,000), typo 11 (8/3: misspelt verbs,
"higlight", "shdae", "mrak", "falg", "tnit", "colur", "piant"), odd-case 13 (the whole request upper-cased, header
included; never a text rule or a comparison). (5) The requests come from a program: each style has 10 or 11 templates,
each function 1 to 6 phrasings, the cells are named in 8 noun-phrase shapes ("every <header> value ...", "any <header>
cell ...", "the <header> entries ...", "cells in the <header> column ...", 'each "<header>" entry ...', "<header> cells
...", "the <header> rows ...", "anything in <header> ..."), and the clause comes in four forms (the verb first, "... --
shade it/them", "... should be shaded", "make ... <colour>"), chosen by counters, so wordings repeat in pattern across
domains (the domain, column, literal and threshold differ). (6) Readings: "past n", "more than n", "higher than n",
"greater than n" are GreaterThan, "short of n", "lower than n" LessThan, "n or higher", "at n or above", "of n or more"
GreaterThanEqual, "n or lower", "at n or below", "of n or less" LessThanEqual; "standing at exactly n", "of exactly n"
Equals, "other than n", "different from n" NotEquals; "not over n", "not above n" are NOT(GreaterThan(n)), "not below
n", "not under n" NOT(LessThan(n)), "not n or more" NOT(GreaterThanEqual(n)), "not n or less" NOT(LessThanEqual(n));
"between a and b inclusive", "from a to b (ends count)", "with both ends included" and "in the a to b range including
both ends" Between; "not between" and "outside" NotBetween; "over a and under b" and its kin AND(GreaterThan(a),
LessThan(b)); "under a or over b" and its kin OR(LessThan(a), GreaterThan(b)); "among the top/bottom n", "in the
top/bottom n", "ranked in the top n" and "among the n lowest" Top/Bottom; "in/within the top/bottom p% (percent)"
TopPercent/BottomPercent; "holding an error", "showing an error like #N/A", "with an error value" Errors; "free of
errors", "without an error", "not showing an error" NotErrors; "not containing", "not mentioning", "without ... in the
text" TextNotContains; "containing", "with ... in the text", "mentioning", "including ... anywhere" TextContains; "not
starting/beginning with" NOT(TextStartsWith), "not ending with/in" NOT(TextEndsWith), "other than exactly", "not reading
exactly" NOT(TextEquals); "left blank", "left empty", "with nothing entered" Blanks; "not left blank", "not empty",
"with something entered" NotBlanks; "appearing more than once", "occurring twice or more", "repeated in the column"
Duplicates; "appearing only once", "occurring just once", "found only once in the column" Unique; "falling this/next
week/month", "in this/next/last week/month", "from last week/month" the period named; "falling on today's date", "dated
today", "dated/falling tomorrow/yesterday" Today/Tomorrow/Yesterday; "the last 7 days" and "the last seven days"
Last7Days. The NOT of a comparison and its complement read alike on a column of numbers, where they format the same
rows; the reference is the rule the words name. (7) Unique and Blanks count the cell of one space as Excel does (the
executor's reading), so "appearing only once" also formats that cell, and blank cells include it. (8) The refusal check
of this set in the test module uses GreaterThan(45) on the silambam school's Silambam Strikes Landed column. (9) The
first paragraph of the test module's docstring was reflowed (by textwrap, 120 characters, no breaks at hyphens) when
this set was added to its list (13 lines became 14). (10) The verbs of the quest template "hunt down ... and tag them"
and of "bold ..." are plainer formatting words than the rest; "make ... <colour>" names a fill colour that the rule does
not hold (the language has no format), and "them" follows a singular noun phrase in a few templates ("every ... value
... and tag them", "And you wanted them highlighted?"). (11) The thread template "(1/3) PSA for my team: ... #excel, 405
likes" holds a hashtag, never at the start of a request. (12) A few integer columns hold 0 as their lowest value (the
pato club's goals). Not read: anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS,
ENTRIES or TABLES, the utterances of any JSON file, thirtyfourth_tables.* (being written beside this set by engineer
E34t; never opened), the table test module, tests/benchmarks/test_sets_are_the_projects_own.py (run only),
../shared/data. No model, no `cfa suggest`, no `cfa bench` and no generator of the model was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself and the step on either
side of it, a value near a third of the lowest threshold and three times the highest, the midpoints between thresholds;
the exact text literal, a cell starting with it, one ending with it and one holding it in the middle, for each of a
column's two literals; blanks, cells of one space, text and error cells beside the numbers of visual columns; a date in
every period, two in none: a year before today and September). The 42 kinds of rule (the 41 functions, NOT counted
twice: of a comparison and of a text rule) were each given to ten records (GreaterThan and LessThan fifteen) before any
half was seen, spread over the domains in turn; on the eight domains of six columns the comparisons and NOT go on one
numeric column and Between, NotBetween, AND and OR on another (on the twelve of five, all on one); the styles go round
the entries in turn, shifted by one for each round of the domains. 430 records on 108 columns (108 distinct headers, 5
or 6 a domain): dev 226, test 204 (the hash's split, not steered); every one of the 41 functions in both halves; 12 to
14 cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (thirtyfourth_tables.json, written beside it by someone
else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more than 20
cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the rules one
edit away (`everyday_common.column_problems`).

Tags: the style first (`weather`, `quest`, `transcript`, `thread`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`, `polarity`,
`date`, `visual` (as in thirtythird_cf.py; all given by the generator: `negation` to the functions that say a negative,
`boundary` to GreaterThanEqual, LessThanEqual, Between and NotBetween, `range` to Between and NotBetween, `compound` to
AND and OR, `superlative` to Top, Bottom and their percents, `quoted` to a request holding its header or literal in
double quotes, `column-word` to one holding the word "column", `number-words` to one with a figure in words, "seven" of
the last seven days included), then the set tag `thirtyfourth`. IDs have the prefix `t34c-`; the dev/test halves come
from a hash of the ID. No request starts with "#" (a line starting so is a heading) or holds " | " (the field
separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for one
line of 120 characters goes on in indented lines that start with "+ " (more of the request) or "|" (the next field)
(`_joined`).

Rebuild: `python benchmarks/data/thirtyfourth_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtyfourth_cf.json"
PREFIX = "t34c"
THIRTYFOURTH_TAG = "thirtyfourth"
STYLES = ("weather", "quest", "transcript", "thread")
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
# month May, next month July. Each date column of this set holds a date in every period and two in
# none; four hold a blank and four a text cell.
COLUMNS = {
    "tj_n1": ("Mechas Burst", "6|1|15|4|10|45|8|3|14|5|16|9|12"),
    "tj_n2": ("Bocin Throw Distance", "42|10|80|30|56|240|54|29|79|31|81|55|67"),
    "tj_v": ("Season Tejo Points", "77|132|168|suspended|162|157|68||92|75|#N/A|123|117"),
    "tj_t": ("Cancha Name",
               "Bogota|Sur Pista|Norte|Bogota Annex|Norte Old|La Cancha|Old Bogota|Campo Norte|El Tunal|"
               "Hall Bogota Campo|Annex Norte Hall|Centro"),
    "tj_d": ("Next Tejo Fixture",
               "2024-06-03|2024-06-11|2024-06-13|2024-09-01|2024-06-12|2024-06-27|2024-06-07|2024-06-14|"
               "2024-05-15|2024-07-09|2023-06-12|2024-06-10|2024-06-18"),
    "tj_k": ("Tejo Player", "Camilo|Diana|Camilo|Yesid|Luz|Diana||Andres|Marta| |Jhon|Yesid"),
    "gl_n1": ("Glima Bouts Won", "5|1|14|3|9|42|7|2|13|4|15|8|11"),
    "gl_n2": ("Belt Grip Score", "32|7|70|20|46|210|44|19|69|21|71|45|57"),
    "gl_v": ("Glima Ranking Points", "69|87|88|injured|56|64|130||45|50|#N/A|57|71"),
    "gl_t": ("Glima Hall",
               "Reykjavik|Akureyri Gym|Fjord|Reykjavik West|Fjord Upper|Selfoss|Upper Reykjavik|New Fjord|"
               "Husavik Hall|Arena Reykjavik New|West Fjord Arena|Vik"),
    "gl_d": ("Glima Weigh-In Date",
               "2024-05-15|2024-09-01|2024-06-13|2024-06-03||2024-06-12|2024-06-27|2024-06-10|2024-06-18|"
               "2024-06-07|2023-06-12|2024-07-09|2024-06-11|2024-06-14"),
    "gl_k": ("Glima Wrestler", "Sigrun|Einar|Sigrun|Katla|Bjorn|Einar||Hekla|Ragnar| |Ylfa|Katla"),
    "sw_n1": ("Schwingen Wins", "8|2|20|5|13|60|11|4|19|6|21|12|16"),
    "sw_n2": ("Sawdust Ring Minutes", "8|2|16|6|11|48|9|5|15|7|17|10|13"),
    "sw_v": ("Kranz Points", "63|50|83|withdrawn|52|60|65||51|53|#N/A|59|73"),
    "sw_t": ("Schwingfest Venue",
               "Bern|Luzern|Emmental|Bern Lower|Emmental Ost|Thun|Ost Bern|Grand Emmental|Zug Halle|"
               "Arena Bern Grand|Lower Emmental Arena|Chur"),
    "sw_d": ("Schwingfest Date",
               "2024-06-27|2023-06-12|2024-06-07|2024-09-01|2024-06-11|2024-06-13|2024-06-14|2024-06-03|"
               "2024-06-10|2024-06-18|2024-06-12|2024-05-15|2024-07-09"),
    "sw_k": ("Schwinger Name", "Urs|Reto|Urs|Joel|Kilian|Reto||Samuel|Armon| |Fabian|Joel"),
    "mk_n1": ("Pole Routines Done", "8|2|18|6|12|54|10|5|17|7|19|11|14"),
    "mk_n2": ("Rope Hold Seconds", "32|8|60|25|41|180|39|24|59|26|61|40|50"),
    "mk_v": ("Mallakhamb Judge Score", "48|62|34|absent|88|54|75||38|78|#N/A|72|87"),
    "mk_t": ("Mallakhamb Pole Type",
               "Sheesham|Rope|Hanging|Sheesham Tall|Hanging Short|Bamboo Post|Short Sheesham|Club Hanging|"
               "Cane|Junior Sheesham Club|Tall Hanging Junior|Steel Pole"),
    "mk_d": ("Mallakhamb Exam Date",
               "2024-06-18|2024-06-11|2024-06-13|2024-06-10|2023-06-12|2024-09-01|TBC|2024-06-27|"
               "2024-06-14|2024-06-07|2024-06-03|2024-07-09|2024-05-15|2024-06-12"),
    "mk_k": ("Mallakhamb Student", "Aarav|Ishita|Aarav|Kabir|Meera|Ishita||Rohan|Tanvi| |Veer|Kabir"),
    "sl_n1": ("Silambam Strikes Landed", "40|12|60|35|46|180|44|34|59|36|61|45|52"),
    "sl_n2": ("Silambam Staff Length", "157|50|180|150|166|540|164|149|179|151|181|165|172"),
    "sl_v": ("Silambam Grading Marks", "80|49|67|retake|83|96|63||50|77|#N/A|97|70"),
    "sl_t": ("Silambam Style",
               "Kuthu|Kalari|Varisai|Kuthu Fast|Varisai Single|Sword Form|Single Kuthu|Temple Varisai|"
               "Maru|Double Kuthu Temple|Fast Varisai Double|Open Hand"),
    "sl_d": ("Silambam Grading Day",
               "2024-06-03|2024-06-12|2024-06-27|2024-06-11|2024-06-10|2024-06-13|2024-06-14|2024-07-09|"
               "2024-06-18|2024-05-15|2024-09-01|2024-06-07|2023-06-12"),
    "sl_k": ("Silambam Instructor", "Murugan|Kavya|Murugan|Selvam|Anbu|Kavya||Devi|Karthik| |Nila|Selvam"),
    "pt_n1": ("Pato Goals", "4|0|11|2|7|33|5|1|10|3|12|6|8"),
    "pt_n2": ("Pato Horse Age", "9|2|16|7|13|48|11|6|15|8|17|12|14"),
    "pt_v": ("Pato Match Rating", "62|27|22|abandoned|56|30|20||84|42|#N/A|35|37"),
    "pt_t": ("Pato Field",
               "Pampa|Lujan|Estancia|Pampa Verde|Estancia Alta|Tandil|Alta Pampa|Grande Estancia|"
               "Campo Sur|Club Pampa Grande|Verde Estancia Club|Rosario"),
    "pt_d": ("Pato Match Date",
               "2024-06-27|2024-06-13|2024-05-15|2024-07-09|2024-06-14|2024-06-07|2024-06-18|2024-06-03|"
               "2024-06-11|2024-06-12|2023-06-12|2024-06-10|2024-09-01"),
    "pt_k": ("Pato Rider", "Facundo|Lucia|Facundo|Tomas|Valentina|Lucia||Mateo|Rocio| |Bruno|Tomas"),
    "pz_n1": ("Pastizzi Sold", "1500|400|2500|1200|1850|7500|1750|1150|2450|1250|2550|1800|2150"),
    "pz_n2": ("Pastizzi Oven Temp", "200|63|230|190|211|690|209|189|229|191|231|210|220"),
    "pz_v": ("Kiosk Till Takings", "339|592|447|kiosk shut|773|678|987||398|764|#N/A|913|810"),
    "pz_t": ("Pastizzi Filling",
               "Ricotta|Peas|Anchovy|Ricotta Fresh|Anchovy Spiced|Chicken|Spiced Ricotta|Herb Anchovy|"
               "Tuna Mix|Extra Ricotta Herb|Fresh Anchovy Extra|Spinach"),
    "pz_d": ("Pastizzi Delivery Date",
               "2024-06-13|2024-06-10|2024-06-18|2024-06-03||2024-09-01|2024-05-15|2024-07-09|2024-06-14|"
               "2024-06-12|2023-06-12|2024-06-11|2024-06-07|2024-06-27"),
    "pz_k": ("Pastizzi Supplier", "Borg|Camilleri|Borg|Vella|Farrugia|Camilleri||Grech|Zammit| |Attard|Vella"),
    "sm_n1": ("Samsa Trays Baked", "11|3|22|8|15|66|13|7|21|9|23|14|18"),
    "sm_n2": ("Tandyr Heat", "260|80|320|240|281|960|279|239|319|241|321|280|300"),
    "sm_v": ("Samsa Bakery Revenue", "1418|945|1145|oven down|896|1369|1075||574|1049|#N/A|859|713"),
    "sm_t": ("Samsa Filling",
               "Pumpkin|Beef|Mutton|Pumpkin Sweet|Mutton Minced|Onion Only|Minced Pumpkin|Fresh Mutton|"
               "Potato|Spicy Pumpkin Fresh|Sweet Mutton Spicy|Cheese"),
    "sm_d": ("Samsa Order Date",
               "2024-09-01|2023-06-12|2024-06-27|2024-06-18|2024-06-03|2024-06-13|2024-06-07|2024-06-11|"
               "2024-07-09|2024-06-10|2024-06-14|2024-05-15|2024-06-12"),
    "sm_k": ("Samsa Baker", "Dilnoza|Rustam|Dilnoza|Aziza|Timur|Rustam||Malika|Sardor| |Nodira|Aziza"),
    "ht_n1": ("Hotteok Pancakes Sold", "57|13|110|40|76|330|74|39|109|41|111|75|92"),
    "ht_v": ("Hotteok Stall Tips", "17|59|14|rain stop|40|77|53||73|49|#N/A|67|60"),
    "ht_t": ("Hotteok Syrup",
               "Cinnamon|Seeds|Brown Sugar|Cinnamon Hot|Brown Sugar Dark|Green Tea|Dark Cinnamon|"
               "Nutty Brown Sugar|Plain|Extra Cinnamon Nutty|Hot Brown Sugar Extra|Vegetable"),
    "ht_d": ("Hotteok Market Day",
               "2024-06-27|2024-05-15|2024-06-10|2024-06-18|2024-06-03|2024-06-14|TBC|2024-07-09|"
               "2023-06-12|2024-06-12|2024-06-11|2024-06-13|2024-09-01|2024-06-07"),
    "ht_k": ("Hotteok Vendor", "Minji|Jisoo|Minji|Hyun|Soyeon|Jisoo||Dongwoo|Yuna| |Taeho|Hyun"),
    "kb_n1": ("Kanelbulle Dough Kilos", "3.5|0.8|7.5|2.5|5|22.5|4|2|7|3|8|4.5|6"),
    "kb_v": ("Kanelbulle Cafe Covers", "78|33|69|closed|86|20|44||52|43|#N/A|36|28"),
    "kb_t": ("Kanelbulle Topping",
               "Pearl Sugar|Icing|Cardamom|Pearl Sugar Light|Cardamom Double|Almond Paste|"
               "Double Pearl Sugar|Crushed Cardamom|Plain|Vanilla Pearl Sugar Crushed|"
               "Light Cardamom Vanilla|Glaze"),
    "kb_d": ("Fika Booking Date",
               "2024-06-10|2024-06-13|2024-06-03|2024-06-11|2024-09-01|2024-06-27|2024-06-12|2024-06-14|"
               "2024-05-15|2024-06-07|2024-07-09|2024-06-18|2023-06-12"),
    "kb_k": ("Kanelbulle Barista", "Astrid|Linnea|Astrid|Oskar|Freja|Linnea||Nils|Ebba| |Viggo|Oskar"),
    "cx_n1": ("Coxinhas Fried", "1850|500|3000|1500|2300|9000|2100|1400|2900|1600|3100|2200|2600"),
    "cx_v": ("Coxinha Shop Ratings", "62|86|22|no reviews|54|40|46||96|32|#N/A|94|98"),
    "cx_t": ("Coxinha Dough",
               "Catupiry|Wheat|Mandioca|Catupiry Classic|Mandioca Light|Potato|Light Catupiry|"
               "Mini Mandioca|Corn Meal|Crispy Catupiry Mini|Classic Mandioca Crispy|Cheese Ball"),
    "cx_d": ("Coxinha Catering Date",
               "2024-06-03|2024-09-01|2024-06-18|2024-06-13|2024-05-15|2024-06-10|2023-06-12|2024-06-12|"
               "2024-06-14|2024-06-11|2024-07-09|2024-06-27|2024-06-07"),
    "cx_k": ("Coxinha Cook", "Thiago|Camila|Thiago|Rafael|Beatriz|Camila||Gustavo|Larissa| |Diego|Rafael"),
    "af_n1": ("Alfajores Boxed", "30|8|50|24|37|150|35|23|49|25|51|36|43"),
    "af_v": ("Alfajor Dulce Stock", "29|17|43|reordered|64|47|51||60|21|#N/A|52|32"),
    "af_t": ("Alfajor Coating",
               "Maicena|Sugar Glaze|Chocolate|Maicena White|Chocolate Dark|Plain|Dark Maicena|"
               "Double Chocolate|Meringue|Coconut Maicena Double|White Chocolate Coconut|Nut Crumb"),
    "af_d": ("Alfajor Pickup Date",
               "2024-06-27|2024-06-12|2024-09-01|2024-05-15||2024-06-14|2024-06-03|2024-06-11|2024-06-18|"
               "2024-07-09|2023-06-12|2024-06-13|2024-06-10|2024-06-07"),
    "af_k": ("Alfajor Customer", "Sofia|Martin|Sofia|Julieta|Agustin|Martin||Camila|Nicolas| |Paula|Julieta"),
    "sy_n1": ("Syrniki Plates", "16|4|30|12|21|90|19|11|29|13|31|20|25"),
    "sy_v": ("Syrniki Cook Time", "18|50|45|skipped|12|26|60||20|35|#N/A|28|43"),
    "sy_t": ("Syrniki Topping",
               "Smetana|Honey|Cherry|Smetana Sour|Cherry Fresh|Jam|Fresh Smetana|Double Cherry|Plain|"
               "Warm Smetana Double|Sour Cherry Warm|Apple Compote"),
    "sy_d": ("Syrniki Brunch Date",
               "2024-06-07|2024-05-15|2024-06-13|2024-06-18|2024-06-03|2024-06-12|2024-09-01|2024-06-14|"
               "2024-06-27|2024-06-11|2023-06-12|2024-06-10|2024-07-09"),
    "sy_k": ("Syrniki Server", "Olena|Dmytro|Olena|Oksana|Taras|Dmytro||Iryna|Bohdan| |Larysa|Oksana"),
    "hc_n1": ("Horchata Cups Poured", "1350|367|2400|1100|1650|7200|1550|1050|2350|1150|2450|1600|2000"),
    "hc_v": ("Horchata Stand Profit", "551|648|698|stand shut|683|691|722||392|808|#N/A|900|216"),
    "hc_t": ("Horchata Base",
               "Tiger Nut|Rice Milk|Morro|Tiger Nut Iced|Morro Sweet|Almond|Sweet Tiger Nut|House Morro|"
               "Oat|Vanilla Tiger Nut House|Iced Morro Vanilla|Melon Seed"),
    "hc_d": ("Horchata Festival Date",
               "2024-07-09|2024-06-03|2024-06-14|2024-09-01|2024-06-10|2023-06-12|TBC|2024-06-07|"
               "2024-06-12|2024-05-15|2024-06-13|2024-06-18|2024-06-11|2024-06-27"),
    "hc_k": ("Horchata Server", "Pilar|Joaquin|Pilar|Marisol|Ernesto|Joaquin||Carmen|Rodrigo| |Ines|Marisol"),
    "tp_n1": ("Tepache Fermentation Days", "7|2|16|5|11|48|9|4|15|6|17|10|13"),
    "tp_v": ("Tepache Batch Litres", "133|127|81|spoiled|183|75|88||93|64|#N/A|224|52"),
    "tp_t": ("Tepache Spice",
               "Piloncillo|Ginger|Clove|Piloncillo Dark|Clove Raw|Chili|Raw Piloncillo|Smoked Clove|"
               "Star Anise|Light Piloncillo Smoked|Dark Clove Light|Allspice"),
    "tp_d": ("Tepache Bottling Date",
               "2024-06-10|2024-06-07|2024-06-13|2024-06-12|2024-06-18|2024-07-09|2024-06-14|2024-05-15|"
               "2024-06-27|2024-06-11|2023-06-12|2024-09-01|2024-06-03"),
    "tp_k": ("Tepache Brewer", "Xochitl|Emilio|Xochitl|Guadalupe|Arturo|Emilio||Yolanda|Ramiro| |Citlali|Guadalupe"),
    "mb_n1": ("Martabak Orders", "25|6|47|18|33|141|31|17|46|19|48|32|39"),
    "mb_v": ("Martabak Stall Takings", "640|167|718|power cut|689|637|208||415|215|#N/A|342|655"),
    "mb_t": ("Martabak Style",
               "Manis|Tipker|Telur|Manis Special|Telur Thin|Mini|Thin Manis|Jumbo Telur|Pandan|"
               "Keju Manis Jumbo|Special Telur Keju|Red Velvet"),
    "mb_d": ("Martabak Night Market",
               "2024-09-01|2024-06-27|2024-06-07|2024-05-15|2024-06-11|2024-06-14|2024-06-13|2024-06-10|"
               "2024-07-09|2024-06-03|2024-06-18|2023-06-12|2024-06-12"),
    "mb_k": ("Martabak Cook", "Budi|Siti|Budi|Agus|Dewi|Siti||Rudi|Wulan| |Eko|Agus"),
    "sk_n1": ("Shakuhachi Practice Hours", "9|2|21|6|14|63|12|5|20|7|22|13|17"),
    "sk_v": ("Shakuhachi Exam Marks", "38|70|36|deferred|65|98|57||50|62|#N/A|91|97"),
    "sk_t": ("Shakuhachi Piece",
               "Honkyoku|Kyorei|Tsuru|Honkyoku Early|Tsuru Modern|Shika|Modern Honkyoku|Koten Tsuru|"
               "Mukaiji|Long Honkyoku Koten|Early Tsuru Long|Sanya"),
    "sk_d": ("Shakuhachi Lesson Date",
               "2024-06-11|2024-06-07|2024-06-14|2024-06-12||2024-07-09|2023-06-12|2024-06-10|2024-06-18|"
               "2024-09-01|2024-06-27|2024-06-13|2024-06-03|2024-05-15"),
    "sk_k": ("Shakuhachi Pupil", "Haruto|Yui|Haruto|Sota|Mio|Yui||Riku|Aoi| |Kaito|Sota"),
    "dj_n1": ("Djembe Drummers Present", "12|3|25|9|17|75|15|8|24|10|26|16|20"),
    "dj_v": ("Djembe Tempo", "135|101|94|no count|190|184|151||163|145|#N/A|155|129"),
    "dj_t": ("Djembe Rhythm",
               "Kuku|Soli|Djole|Kuku Fast|Djole Slow|Mendiani|Slow Kuku|Village Djole|Dununba|"
               "Lamban Kuku Village|Fast Djole Lamban|Kassa"),
    "dj_d": ("Djembe Circle Date",
               "2024-06-27|2024-06-11|2023-06-12|2024-06-07|2024-06-14|2024-06-18|2024-06-13|2024-09-01|"
               "2024-06-03|2024-06-10|2024-07-09|2024-06-12|2024-05-15"),
    "dj_k": ("Djembe Owner", "Amadou|Fatou|Amadou|Moussa|Awa|Fatou||Ibrahim|Mariam| |Seydou|Moussa"),
    "mr_n1": ("Mbira Keys Tuned", "18|5|28|14|23|84|21|13|27|15|29|22|25"),
    "mr_v": ("Mbira Concert Tickets", "46|194|183|cancelled|179|245|60||41|42|#N/A|103|86"),
    "mr_t": ("Mbira Song",
               "Nhemamusasa|Bangiza|Taireva|Nhemamusasa Old|Taireva Slow|Mahororo|Slow Nhemamusasa|"
               "Night Taireva|Kuzanga|Village Nhemamusasa Night|Old Taireva Village|Dande"),
    "mr_d": ("Mbira Rehearsal Date",
               "2024-06-12|2024-09-01|2024-05-15|2024-06-18|2024-06-27|2024-06-11|TBC|2024-06-13|"
               "2024-06-07|2024-06-14|2024-06-10|2024-06-03|2024-07-09|2023-06-12"),
    "mr_k": ("Mbira Player", "Tendai|Rudo|Tendai|Farai|Chipo|Rudo||Tatenda|Nyasha| |Kuda|Farai"),
    "fj_n1": ("Feijoa Crates Picked", "42|10|85|30|56|255|54|29|84|31|86|55|70"),
    "fj_v": ("Feijoa Brix Reading", "10.8|14.2|11.1|not tested|15.6|14.9|13.8||8.3|9.3|#N/A|11.6|17.3"),
    "fj_t": ("Feijoa Variety",
               "Apollo|Bambina|Kakapo|Apollo Early|Kakapo Late|Mammoth|Late Apollo|Wild Kakapo|Triumph|"
               "Dwarf Apollo Wild|Early Kakapo Dwarf|Opal Star"),
    "fj_d": ("Feijoa Harvest Date",
               "2024-06-07|2024-06-14|2024-06-18|2024-06-13|2024-07-09|2023-06-12|2024-06-12|2024-06-27|"
               "2024-05-15|2024-06-10|2024-06-03|2024-09-01|2024-06-11"),
    "fj_k": ("Feijoa Picker", "Aroha|Wiremu|Aroha|Mere|Tane|Wiremu||Hine|Rawiri| |Kiri|Mere"),
}

ENTRIES = _joined(r"""
Outlook for Saturday: 22C, 87% chance of rain -- and highlight every Mechas Burst value over 4.
    | GreaterThan(4) | tj_n1 | weather
Quest 64 (Lv 12): any Glima Bouts Won cell of 3 or more -- shade it. Reward: 682 XP.
    | GreaterThanEqual(3) | gl_n1 | quest | boundary
195:13 Q. And what did you want done? 195:14 A. The Schwingen Wins entries under 5 should be marked.
    | LessThan(5) | sw_n1 | transcript
1/4 ok sheet question, thread 🧵 2/4 make cells in the Pole Routines Done column of six or less red (128 likes)
    | LessThanEqual(6) | mk_n1 | thread | number-words | column-word | boundary
Weather desk update: highs of 15 degrees, winds 38 km/h, and in the sheet, colour each "Silambam Strikes Landed" entry
    + equal to 35.
    | Equals(35) | sl_n1 | weather | quoted
[Side quest #422] Objective: Pato Goals cells not equal to 2 -- tint them. Recommended level 13.
    | NotEquals(2) | pt_n1 | quest | negation
31:7 Q. What was the instruction on the sheet? 31:8 A. To paint the Pastizzi Filling rows reading exactly "Ricotta".
    | TextEquals("Ricotta") | pz_t | transcript | quoted
2/6 Make anything in Samsa Filling containing Pumpkin orange. that's it, that's the post (493 likes, 24 replies)
    | TextContains("Pumpkin") | sm_t | thread
Forecast: 80% humidity, gusts to 69 mph. Sheet advisory: Every Hotteok Syrup value not containing Cinnamon -- bold it.
    | TextNotContains("Cinnamon") | ht_t | weather | negation
New mission unlocked! Any Kanelbulle Topping cell starting with "Pearl Sugar" should be highlighted to earn 95 gold and
    + 614 XP.
    | TextStartsWith("Pearl Sugar") | kb_t | quest | quoted
Page 89, line 22. Q. Did you ask her to make the Coxinha Dough entries ending with "Catupiry" blue? A. Yes, I did.
    | TextEndsWith("Catupiry") | cx_t | transcript | quoted
🧵 3/8: spreadsheet favour -- can someone mark cells in the Alfajor Pickup Date column from last month? (28 replies)
    | LastMonth() | af_d | thread | column-word | date
Each "Syrniki Brunch Date" entry in this month -- flag it -- that's the forecast, with 28C by noon and a 65% chance of
    + showers.
    | ThisMonth() | sy_d | weather | quoted | date
Quest log, entry 42: the innkeeper asks you to colour Horchata Festival Date cells dated yesterday. (291 XP, level 35+)
    | Yesterday() | hc_d | quest | date
83:8 THE CHAIR: Next item. 83:9 MS. OKAFOR: I'd like us to make the Tepache Bottling Date rows falling on today's date
    + green. 83:10 THE CHAIR: So noted.
    | Today() | tp_d | transcript | date
2/4 so my boss wants me to paint anything in Martabak Night Market dated tomorrow 3/4 help (187 likes)
    | Tomorrow() | mb_d | thread | date
STORM WATCH UNTIL 4 PM, 87 MM OF RAIN EXPECTED: EVERY SHAKUHACHI LESSON DATE VALUE IN THE LAST 7 DAYS SHOULD BE
    + HIGHLIGHTED, PLEASE.
    | Last7Days() | sk_d | weather | odd-case | date
Bounty board 844: Make any Djembe Circle Date cell from last week pink. Bonus of 573 XP if done before level 50.
    | LastWeek() | dj_d | quest | date
Q. (95:6) Tell the court what the formatting was for. A. (95:7) Highlight the Mbira Rehearsal Date entries falling this
    + week.
    | ThisWeek() | mr_d | transcript | date
3/9 update: cells in the Feijoa Harvest Date column falling next week -- shade them. 275 likes, 77 reposts
    | NextWeek() | fj_d | thread | column-word | date
Chapter 8, Mission 34: Each "Next Tejo Fixture" entry falling next month should be marked. Complete for 355 XP and a
    + rare dye.
    | NextMonth() | tj_d | quest | quoted | date
31:2 Q. Was anything else requested? 31:3 A. One thing: put a colour scale on Glima Ranking Points.
    | ColorScale() | gl_v | transcript | visual
(2/5) PSA for my team: Add data bars to Kranz Points. #excel, 487 likes | DataBar() | sw_v | thread | visual
Morning report: fog lifting, 67F, wind 23 knots. Also apply an icon set to Mallakhamb Judge Score.
    | IconSet() | mk_v | weather | visual
Step 4 of 8 in the questline: make Silambam Grading Marks cells among the top 2 red. Reward 683 XP.
    | Top(2) | sl_v | quest | superlative
Minutes, p. 10, l. 5: Q. What's the action? A. Highlight the Pato Match Rating rows among the bottom 2. Q. Agreed? A.
    + Agreed.
    | Bottom(2) | pt_v | transcript | superlative
3/5 ok here's the ask: anything in Kiosk Till Takings in the top 10% -- bold it 4/5 (ty in advance, 31 replies so far)
    | TopPercent(10) | pz_v | thread | superlative
UV index 4, pollen high, 17C on the coast -- meanwhile, make every Samsa Bakery Revenue value in the bottom 10% yellow.
    | BottomPercent(10) | sm_v | weather | superlative
The guild master (Lv 62) says: 'Shade any Hotteok Stall Tips cell above average.' Reward: 50 silver.
    | AboveAverage() | ht_v | quest
398:7 A. -- so we said, the Kanelbulle Cafe Covers entries below average -- mark them. 398:8 Q. That was the whole
    + request? 398:9 A. That was it.
    | BelowAverage() | kb_v | transcript
402 likes, 9 replies -- 1/5 Cells in the Coxinha Cook column appearing more than once should be flagged.
    | Duplicates() | cx_k | thread | column-word
Evening bulletin, Thursday 16 Aug: 24C and clear skies. One more item: make each "Alfajor Customer" entry appearing only
    + once blue.
    | Unique() | af_k | weather | quoted
Raid prep (28 players, item level 214): tint Syrniki Server cells left blank before the boss at wave 8.
    | Blanks() | sy_k | quest
144:9 Q. In your own words? 144:10 A. The Horchata Server rows not left blank -- paint them, nothing more.
    | NotBlanks() | hc_k | transcript | negation
2/4 can someone tell me how to highlight anything in Tepache Batch Litres holding an error? 3/4 asking for a friend (207
    + likes)
    | Errors() | tp_v | thread
Sunny spells, 9 to 28 degrees, 56% cloud cover; over in the spreadsheet, bold every Martabak Stall Takings value free of
    + errors.
    | NotErrors() | mb_v | weather | negation
Achievement 42 unlocked at 1596 XP -- next objective: highlight any Shakuhachi Practice Hours cell between 6 and 13
    + inclusive.
    | Between(6, 13) | sk_n1 | quest | boundary | range
Transcript p. 25: Q. The spreadsheet -- what should happen? A. The Djembe Drummers Present entries not between 9 and 16
    + should be shaded. (Line 4)
    | NotBetween(9, 16) | dj_n1 | transcript | negation | boundary | range
2/7 hot take: cells in the Mbira Keys Tuned column over fourteen and under twenty-two should be marked. 246 likes
    | AND(GreaterThan(14), LessThan(22)) | mr_n1 | thread | number-words | compound | column-word
Expect a yellow front over each "Feijoa Crates Picked" entry under 30 or over 55 -- 27C and dry, winds 29 mph.
    | OR(LessThan(30), GreaterThan(55)) | fj_n1 | weather | quoted | compound
215:5 Q. Which cells, exactly? 215:6 A. Mechas Burst cells not over 9. 215:7 Q. And you wanted them coloured? A. Yes.
    | NOT(GreaterThan(9)) | tj_n1 | transcript | negation
1/4 ok sheet question, thread 🧵 2/4 tint the Glima Hall rows not starting with Reykjavik (439 likes)
    | NOT(TextStartsWith("Reykjavik")) | gl_t | thread | negation
Pressure 1015 hPa and falling, a 39% chance of hail; batten down and make anything in Schwingen Wins above 12 red.
    | GreaterThan(12) | sw_n1 | weather
Main quest 62, Lv 34 zone: hunt down every Pole Routines Done value at 11 or above and tag them. +207 XP.
    | GreaterThanEqual(11) | mk_n1 | quest | boundary
173:21 Q. And what did you want done? 173:22 A. Any Silambam Strikes Landed cell below 45 should be bolded.
    | LessThan(45) | sl_n1 | transcript
2/8 Make the Pato Goals entries at 6 or below yellow. that's it, that's the post (836 likes, 15 replies)
    | LessThanEqual(6) | pt_n1 | thread | boundary
Outlook for Monday: 9C, 61% chance of rain -- and shade cells in the Pastizzi Sold column of exactly 1,200.
    | Equals(1200) | pz_n1 | weather | number-format | column-word
Quest 95 (Lv 44): each "Samsa Trays Baked" entry other than eight -- mark it. Reward: 261 XP.
    | NotEquals(8) | sm_n1 | quest | negation | number-words | quoted
142:6 Q. What was the instruction on the sheet? 142:7 A. To flag Hotteok Syrup cells saying exactly "Brown Sugar".
    | TextEquals("Brown Sugar") | ht_t | transcript | quoted
🧵 4/11: spreadsheet favour -- can someone make the Kanelbulle Topping rows with Cardamom in the text blue? (25 replies)
    | TextContains("Cardamom") | kb_t | thread
Weather desk update: highs of 11 degrees, winds 51 km/h, and in the sheet, tint anything in Coxinha Dough not mentioning
    + "Mandioca".
    | TextNotContains("Mandioca") | cx_t | weather | negation | quoted
[Side quest #333] Objective: every Alfajor Coating value beginning with Maicena should be painted. Recommended level 27.
    | TextStartsWith("Maicena") | af_t | quest
Page 256, line 23. Q. Did you ask her to make any Syrniki Topping cell ending in Smetana orange? A. Yes, I did.
    | TextEndsWith("Smetana") | sy_t | transcript
3/8 SO MY BOSS WANTS ME TO BOLD THE HORCHATA FESTIVAL DATE ENTRIES IN LAST MONTH 4/8 HELP (284 LIKES)
    | LastMonth() | hc_d | thread | odd-case | date
Forecast: 78% humidity, gusts to 43 mph. Sheet advisory: Cells in the Tepache Bottling Date column falling this month --
    + highlight them.
    | ThisMonth() | tp_d | weather | column-word | date
New mission unlocked! Each "Martabak Night Market" entry falling yesterday should be shaded to earn 41 gold and 637 XP.
    | Yesterday() | mb_d | quest | quoted | date
84:9 THE CHAIR: Next item. 84:10 MS. OKAFOR: I'd like us to make Shakuhachi Lesson Date cells dated today pink. 84:11
    + THE CHAIR: So noted.
    | Today() | sk_d | transcript | date
2/9 update: flag the Djembe Circle Date rows falling tomorrow. 519 likes, 26 reposts | Tomorrow() | dj_d | thread | date
Anything in Mbira Rehearsal Date within the last seven days -- colour it -- that's the forecast, with 11C by noon and a
    + 42% chance of showers.
    | Last7Days() | mr_d | weather | number-words | date
Quest log, entry 56: the innkeeper asks you to make every Feijoa Harvest Date value in last week green. (661 XP, level
    + 4+)
    | LastWeek() | fj_d | quest | date
(1/3) PSA for my team: Paint any Next Tejo Fixture cell in this week. #excel, 183 likes
    | ThisWeek() | tj_d | thread | date
Storm watch until 5 pm, 71 mm of rain expected: the Glima Weigh-In Date entries in next week -- higlight them, please.
    | NextWeek() | gl_d | weather | typo | date
Bounty board 549: Cells in the Schwingfest Date column in next month should be bolded. Bonus of 143 XP if done before
    + level 18.
    | NextMonth() | sw_d | quest | column-word | date
Q. (56:19) Tell the court what the formatting was for. A. (56:20) Add a color scale to the Mallakhamb Judge Score
    + column.
    | ColorScale() | mk_v | transcript | column-word | visual
3/6 ok here's the ask: put data bars in the Silambam Grading Marks column 4/6 (ty in advance, 10 replies so far)
    | DataBar() | sl_v | thread | column-word | visual
Morning report: fog lifting, 57F, wind 23 knots. Also put icons on the Pato Match Rating cells.
    | IconSet() | pt_v | weather | visual
Chapter 7, Mission 21: Make each "Kiosk Till Takings" entry in the top 3 yellow. Complete for 536 XP and a rare dye.
    | Top(3) | pz_v | quest | quoted | superlative
120:18 Q. Was anything else requested? 120:19 A. One thing: colour Samsa Bakery Revenue cells in the bottom 3.
    | Bottom(3) | sm_v | transcript | superlative
585 likes, 26 replies -- 2/5 The Hotteok Stall Tips rows within the top 20 percent -- tint them.
    | TopPercent(20) | ht_v | thread | superlative
UV index 5, pollen high, 30C on the coast -- meanwhile, anything in Kanelbulle Cafe Covers within the bottom 20 percent
    + should be painted.
    | BottomPercent(20) | kb_v | weather | superlative
Step 4 of 12 in the questline: highlight every Coxinha Shop Ratings value above the average. Reward 438 XP.
    | AboveAverage() | cx_v | quest
Minutes, p. 33, l. 20: Q. What's the action? A. Any Alfajor Dulce Stock cell under the average -- bold it. Q. Agreed? A.
    + Agreed.
    | BelowAverage() | af_v | transcript
1/6 can someone tell me how to highlight the Syrniki Server entries occurring twice or more? 2/6 asking for a friend (30
    + likes)
    | Duplicates() | sy_k | thread
EVENING BULLETIN, TUESDAY 20 SEP: 26C AND CLEAR SKIES. ONE MORE ITEM: MAKE CELLS IN THE HORCHATA SERVER COLUMN OCCURRING
    + JUST ONCE ORANGE.
    | Unique() | hc_k | weather | odd-case | column-word
The guild master (Lv 85) says: 'Mark each "Tepache Brewer" entry left empty.' Reward: 89 silver.
    | Blanks() | tp_k | quest | quoted
345:11 A. -- so we said, Martabak Cook cells not empty -- flag them. 345:12 Q. That was the whole request? 345:13 A.
    + That was it.
    | NotBlanks() | mb_k | transcript | negation
6/9 hot take: the Shakuhachi Exam Marks rows showing an error like #N/A should be coloured. 677 likes
    | Errors() | sk_v | thread
Sunny spells, 8 to 21 degrees, 57% cloud cover; over in the spreadsheet, make anything in Djembe Tempo without an error
    + pink.
    | NotErrors() | dj_v | weather | negation
Raid prep (7 players, item level 175): paint every Mbira Keys Tuned value from 22 to 28 (ends count) before the boss at
    + wave 16.
    | Between(22, 28) | mr_n1 | quest | boundary | range
108:18 Q. In your own words? 108:19 A. Any Feijoa Crates Picked cell outside 55 to 85 should be highlighted, nothing
    + more.
    | NotBetween(55, 85) | fj_n1 | transcript | negation | boundary | range
Expect a yellow front over the Bocin Throw Distance entries above 30 but below 55 -- 13C and dry, winds 17 mph.
    | AND(GreaterThan(30), LessThan(55)) | tj_n2 | weather | compound
Achievement 28 unlocked at 6946 XP -- next objective: higlight cells in the Belt Grip Score column below 20 or above 45.
    | OR(LessThan(20), GreaterThan(45)) | gl_n2 | quest | typo | compound | column-word
Transcript p. 37: Q. The spreadsheet -- what should happen? A. Each "Schwingen Wins" entry not under twenty -- shade it.
    + (Line 11)
    | NOT(LessThan(20)) | sw_n1 | transcript | negation | number-words | quoted
3/6 ok sheet question, thread 🧵 4/6 mark Mallakhamb Pole Type cells not ending in "Sheesham" (229 likes)
    | NOT(TextEndsWith("Sheesham")) | mk_t | thread | negation | quoted
Pressure 1021 hPa and falling, a 50% chance of hail; batten down and make the Silambam Strikes Landed rows more than 60
    + yellow.
    | GreaterThan(60) | sl_n1 | weather
Main quest 44, Lv 57 zone: hunt down anything in Pato Goals 11 or higher and tag them. +583 XP.
    | GreaterThanEqual(11) | pt_n1 | quest | boundary
215:6 Q. Which cells, exactly? 215:7 A. Every Pastizzi Sold value less than 1800. 215:8 Q. And you wanted them tinted?
    + A. Yes.
    | LessThan(1800) | pz_n1 | transcript
1/3 Make any Samsa Trays Baked cell 14 or lower red. that's it, that's the post (262 likes, 42 replies)
    | LessThanEqual(14) | sm_n1 | thread | boundary
Outlook for Monday: 13C, 12% chance of rain -- and highlight the Hotteok Pancakes Sold entries standing at exactly 40.
    | Equals(40) | ht_n1 | weather
Quest 27 (Lv 17): cells in the Kanelbulle Dough Kilos column different from 2.5 -- bold them. Reward: 747 XP.
    | NotEquals(2.5) | kb_n1 | quest | negation | column-word
148:15 Q. And what did you want done? 148:16 A. Each "Coxinha Dough" entry matching Catupiry exactly should be
    + highlighted.
    | TextEquals("Catupiry") | cx_t | transcript | quoted
🧵 2/5: spreadsheet favour -- can someone make Alfajor Coating cells mentioning Chocolate orange? (75 replies)
    | TextContains("Chocolate") | af_t | thread
Weather desk update: highs of 30 degrees, winds 12 km/h, and in the sheet, mark the Syrniki Topping rows without
    + "Cherry" in the text.
    | TextNotContains("Cherry") | sy_t | weather | negation | quoted
[Side quest #264] Objective: anything in Horchata Base starting with "Tiger Nut" -- flag it. Recommended level 10.
    | TextStartsWith("Tiger Nut") | hc_t | quest | quoted
104:16 Q. What was the instruction on the sheet? 104:17 A. To make every Tepache Spice value ending with Piloncillo
    + blue.
    | TextEndsWith("Piloncillo") | tp_t | transcript
4/6 so my boss wants me to tint any Martabak Night Market cell from last month 5/6 help (242 likes)
    | LastMonth() | mb_d | thread | date
Forecast: 81% humidity, gusts to 39 mph. Sheet advisory: The Shakuhachi Lesson Date entries in this month -- paint them.
    | ThisMonth() | sk_d | weather | date
New mission unlocked! Cells in the Djembe Circle Date column dated yesterday should be highlighted to earn 43 gold and
    + 901 XP.
    | Yesterday() | dj_d | quest | column-word | date
Page 185, line 17. Q. Did you ask her to make each "Mbira Rehearsal Date" entry falling on today's date green? A. Yes, I
    + did.
    | Today() | mr_d | transcript | quoted | date
1/5 update: highlight Feijoa Harvest Date cells dated tomorrow. 539 likes, 27 reposts
    | Tomorrow() | fj_d | thread | date
Quest log, entry 56: the innkeeper asks you to shade the Next Tejo Fixture rows from the last seven days. (149 XP, level
    + 35+)
    | Last7Days() | tj_d | quest | number-words | date
76:4 THE CHAIR: Next item. 76:5 MS. OKAFOR: I'd like us to mark anything in Glima Weigh-In Date from last week. 76:6 THE
    + CHAIR: So noted.
    | LastWeek() | gl_d | transcript | date
(6/8) PSA for my team: Flag every Schwingfest Date value falling this week. #excel, 213 likes
    | ThisWeek() | sw_d | thread | date
Any Mallakhamb Exam Date cell falling next week -- colour it -- that's the forecast, with 16C by noon and a 72% chance
    + of showers.
    | NextWeek() | mk_d | weather | date
Bounty board 257: The Silambam Grading Day entries falling next month should be tinted. Bonus of 340 XP if done before
    + level 37.
    | NextMonth() | sl_d | quest | date
Q. (192:12) Tell the court what the formatting was for. A. (192:13) Give the Pato Match Rating cells a colour scale.
    | ColorScale() | pt_v | transcript | visual
1/7 ok here's the ask: show Kiosk Till Takings as data bars 2/7 (ty in advance, 16 replies so far)
    | DataBar() | pz_v | thread | visual
Storm watch until 8 pm, 93 mm of rain expected: add an icon set to the Samsa Bakery Revenue column, please.
    | IconSet() | sm_v | weather | column-word | visual
Chapter 8, Mission 43: Make cells in the Hotteok Stall Tips column ranked in the top 4 red. Complete for 257 XP and a
    + rare dye.
    | Top(4) | ht_v | quest | superlative | column-word
250:6 Q. Was anything else requested? 250:7 A. One thing: shade each "Kanelbulle Cafe Covers" entry among the 4 lowest.
    | Bottom(4) | kb_v | transcript | quoted | superlative
195 LIKES, 13 REPLIES -- 1/3 COXINHA SHOP RATINGS CELLS IN THE TOP 25% -- MARK THEM.
    | TopPercent(25) | cx_v | thread | odd-case | superlative
Morning report: fog lifting, 49F, wind 21 knots. Also the Alfajor Dulce Stock rows in the bottom 25% should be flagged.
    | BottomPercent(25) | af_v | weather | superlative
Step 4 of 8 in the questline: make anything in Syrniki Cook Time higher than the average orange. Reward 291 XP.
    | AboveAverage() | sy_v | quest
Minutes, p. 29, l. 24: Q. What's the action? A. Every Horchata Stand Profit value lower than the average -- tint it. Q.
    + Agreed? A. Agreed.
    | BelowAverage() | hc_v | transcript
2/5 can someone tell me how to paint any Tepache Brewer cell repeated in the column? 3/5 asking for a friend (181 likes)
    | Duplicates() | tp_k | thread | column-word
UV index 8, pollen high, 30C on the coast -- meanwhile, make the Martabak Cook entries found only once in the column
    + blue.
    | Unique() | mb_k | weather | column-word
The guild master (Lv 54) says: 'Bold cells in the Shakuhachi Pupil column with nothing entered.' Reward: 305 silver.
    | Blanks() | sk_k | quest | column-word
405:21 A. -- so we said, each "Djembe Owner" entry with something entered -- highlight it. 405:22 Q. That was the whole
    + request? 405:23 A. That was it.
    | NotBlanks() | dj_k | transcript | negation | quoted
2/9 hot take: Mbira Concert Tickets cells with an error value should be shaded. 199 likes | Errors() | mr_v | thread
Evening bulletin, Saturday 4 Apr: 6C and clear skies. One more item: make the Feijoa Brix Reading rows not showing an
    + error green.
    | NotErrors() | fj_v | weather | negation
144:8 Q. In your own words? 144:9 A. Flag anything in Bocin Throw Distance between fifty-five and eighty with both ends
    + included, nothing more.
    | Between(55, 80) | tj_n2 | transcript | number-words | boundary | range
3/9 ok sheet question, thread 🧵 4/9 colour every Belt Grip Score value outside the range 45 to 70 (356 likes)
    | NotBetween(45, 70) | gl_n2 | thread | negation | boundary | range
Sunny spells, 13 to 19 degrees, 44% cloud cover; over in the spreadsheet, make any Sawdust Ring Minutes cell more than 6
    + and less than 10 pink.
    | AND(GreaterThan(6), LessThan(10)) | sw_n2 | weather | compound
Raid prep (12 players, item level 315): paint the Rope Hold Seconds entries less than 25 or more than 40 before the boss
    + at wave 20.
    | OR(LessThan(25), GreaterThan(40)) | mk_n2 | quest | compound
Transcript p. 302: Q. The spreadsheet -- what should happen? A. Cells in the Silambam Strikes Landed column not 35 or
    + more -- highlight them. (Line 16)
    | NOT(GreaterThanEqual(35)) | sl_n1 | transcript | negation | column-word
1/3 Each "Pato Field" entry other than exactly Pampa should be bolded. that's it, that's the post (349 likes, 50
    + replies)
    | NOT(TextEquals("Pampa")) | pt_t | thread | negation | quoted
Expect a yellow front over Pastizzi Sold cells past 2,500 -- 26C and dry, winds 29 mph.
    | GreaterThan(2500) | pz_n1 | weather | number-format
Achievement 32 unlocked at 3070 XP -- next objective: shade the Samsa Trays Baked rows no less than 22.
    | GreaterThanEqual(22) | sm_n1 | quest | boundary | polarity
156:19 Q. Which cells, exactly? 156:20 A. Anything in Hotteok Pancakes Sold short of 75. 156:21 Q. And you wanted them
    + marked? A. Yes.
    | LessThan(75) | ht_n1 | transcript
🧵 5/7: spreadsheet favour -- can someone make every Kanelbulle Dough Kilos value no more than 4.5 yellow? (66 replies)
    | LessThanEqual(4.5) | kb_n1 | thread | boundary | polarity
Pressure 1027 hPa and falling, a 16% chance of hail; batten down and colour any Coxinhas Fried cell equal to 1500.
    | Equals(1500) | cx_n1 | weather
Main quest 63, Lv 41 zone: hunt down the Alfajores Boxed entries not equal to twenty-four and tag them. +363 XP.
    | NotEquals(24) | af_n1 | quest | negation | number-words
177:18 Q. And what did you want done? 177:19 A. Cells in the Syrniki Topping column reading exactly "Smetana" should be
    + painted.
    | TextEquals("Smetana") | sy_t | transcript | quoted | column-word
4/7 so my boss wants me to make each "Horchata Base" entry including Morro anywhere blue 5/7 help (314 likes)
    | TextContains("Morro") | hc_t | thread | quoted
Outlook for Saturday: 12C, 70% chance of rain -- and bold Tepache Spice cells not containing Clove.
    | TextNotContains("Clove") | tp_t | weather | negation
Quest 63 (Lv 23): the Martabak Style rows beginning with "Manis" -- higlight them. Reward: 721 XP.
    | TextStartsWith("Manis") | mb_t | quest | typo | quoted
291:7 Q. What was the instruction on the sheet? 291:8 A. To shade anything in Shakuhachi Piece ending in Honkyoku.
    | TextEndsWith("Honkyoku") | sk_t | transcript
5/10 update: mark every Djembe Circle Date value in last month. 417 likes, 13 reposts
    | LastMonth() | dj_d | thread | date
Weather desk update: highs of 16 degrees, winds 49 km/h, and in the sheet, any Mbira Rehearsal Date cell falling this
    + month -- flag it.
    | ThisMonth() | mr_d | weather | date
[Side quest #158] Objective: the Feijoa Harvest Date entries falling yesterday should be coloured. Recommended level 24.
    | Yesterday() | fj_d | quest | date
(3/8) PSA for my team: Make cells in the Next Tejo Fixture column dated today pink. #excel, 140 likes
    | Today() | tj_d | thread | column-word | date
Forecast: 64% humidity, gusts to 32 mph. Sheet advisory: Paint each "Glima Weigh-In Date" entry falling tomorrow.
    | Tomorrow() | gl_d | weather | quoted | date
New mission unlocked! Schwingfest Date cells in the last 7 days -- highlight them to earn 83 gold and 922 XP.
    | Last7Days() | sw_d | quest | date
Page 131, line 16. Q. Did you ask her to bold the Mallakhamb Exam Date rows in last week? A. Yes, I did.
    | LastWeek() | mk_d | transcript | date
1/5 ok here's the ask: make anything in Silambam Grading Day in this week red 2/5 (ty in advance, 40 replies so far)
    | ThisWeek() | sl_d | thread | date
Every Pato Match Date value in next week -- shade it -- that's the forecast, with 14C by noon and a 32% chance of
    + showers.
    | NextWeek() | pt_d | weather | date
Quest log, entry 71: the innkeeper asks you to mark any Pastizzi Delivery Date cell in next month. (372 XP, level 43+)
    | NextMonth() | pz_d | quest | date
44:5 THE CHAIR: NEXT ITEM. 44:6 MS. OKAFOR: I'D LIKE US TO APPLY A COLOUR SCALE ACROSS SAMSA BAKERY REVENUE. 44:7 THE
    + CHAIR: SO NOTED.
    | ColorScale() | sm_v | transcript | odd-case | visual
313 likes, 43 replies -- 6/8 Give every Hotteok Stall Tips cell a data bar. | DataBar() | ht_v | thread | visual
Storm watch until 3 pm, 42 mm of rain expected: show Kanelbulle Cafe Covers with traffic-light icons, please.
    | IconSet() | kb_v | weather | visual
Bounty board 998: Make the Coxinha Shop Ratings entries among the top 2 yellow. Bonus of 540 XP if done before level 27.
    | Top(2) | cx_v | quest | superlative
Q. (22:13) Tell the court what the formatting was for. A. (22:14) Highlight cells in the Alfajor Dulce Stock column
    + among the bottom 2.
    | Bottom(2) | af_v | transcript | superlative | column-word
1/3 can someone tell me how to bold each "Syrniki Cook Time" entry within the top 30 percent? 2/3 asking for a friend
    + (164 likes)
    | TopPercent(30) | sy_v | thread | quoted | superlative
Morning report: fog lifting, 38F, wind 10 knots. Also Horchata Stand Profit cells within the bottom 30 percent should be
    + highlighted.
    | BottomPercent(30) | hc_v | weather | superlative
Chapter 3, Mission 40: Make the Tepache Batch Litres rows above average blue. Complete for 791 XP and a rare dye.
    | AboveAverage() | tp_v | quest
131:12 Q. Was anything else requested? 131:13 A. One thing: mrak anything in Martabak Stall Takings below average.
    | BelowAverage() | mb_v | transcript | typo
3/8 hot take: every Shakuhachi Pupil value appearing more than once should be flagged. 386 likes
    | Duplicates() | sk_k | thread
UV index 4, pollen high, 21C on the coast -- meanwhile, make any Djembe Owner cell appearing only once orange.
    | Unique() | dj_k | weather
Step 3 of 11 in the questline: tint the Mbira Player entries left blank. Reward 297 XP. | Blanks() | mr_k | quest
Minutes, p. 33, l. 21: Q. What's the action? A. Cells in the Feijoa Picker column not left blank -- paint them. Q.
    + Agreed? A. Agreed.
    | NotBlanks() | fj_k | transcript | negation | column-word
Evening bulletin, Friday 2 Mar: 26C and clear skies. One more item: each "Season Tejo Points" entry holding an error
    + should be highlighted.
    | Errors() | tj_v | weather | quoted
The guild master (Lv 41) says: 'Make Glima Ranking Points cells free of errors pink.' Reward: 36 silver.
    | NotErrors() | gl_v | quest | negation
43:20 A. -- so we said, highlight the Sawdust Ring Minutes rows in the 10 to 16 range including both ends. 43:21 Q. That
    + was the whole request? 43:22 A. That was it.
    | Between(10, 16) | sw_n2 | transcript | boundary | range
2/7 ok sheet question, thread 🧵 3/7 shade anything in Rope Hold Seconds not between 40 and 60 (385 likes)
    | NotBetween(40, 60) | mk_n2 | thread | negation | boundary | range
Sunny spells, 16 to 18 degrees, 54% cloud cover; over in the spreadsheet, make every Silambam Staff Length value higher
    + than 150 yet lower than 165 green.
    | AND(GreaterThan(150), LessThan(165)) | sl_n2 | weather | compound
Raid prep (26 players, item level 454): flag any Pato Horse Age cell under 7 or over 12 before the boss at wave 6.
    | OR(LessThan(7), GreaterThan(12)) | pt_n2 | quest | compound
78:19 Q. In your own words? 78:20 A. The Pastizzi Sold entries not 1,200 or less -- colour them, nothing more.
    | NOT(LessThanEqual(1200)) | pz_n1 | transcript | negation | number-format
3/9 Cells in the Samsa Filling column not beginning with Mutton should be tinted. that's it, that's the post (245 likes,
    + 20 replies)
    | NOT(TextStartsWith("Mutton")) | sm_t | thread | negation | column-word
Expect a yellow front over each "Hotteok Pancakes Sold" entry higher than 110 -- 27C and dry, winds 14 mph.
    | GreaterThan(110) | ht_n1 | weather | quoted
Achievement 30 unlocked at 4512 XP -- next objective: highlight Kanelbulle Dough Kilos cells of 7.5 or more.
    | GreaterThanEqual(7.5) | kb_n1 | quest | boundary
Transcript p. 247: Q. The spreadsheet -- what should happen? A. The Coxinhas Fried rows lower than 2200 -- bold them.
    + (Line 10)
    | LessThan(2200) | cx_n1 | transcript
🧵 5/11: spreadsheet favour -- can someone highlight anything in Alfajores Boxed of 36 or less? (24 replies)
    | LessThanEqual(36) | af_n1 | thread | boundary
Pressure 1015 hPa and falling, a 53% chance of hail; batten down and shdae every Syrniki Plates value of exactly twelve.
    | Equals(12) | sy_n1 | weather | typo | number-words
Main quest 42, Lv 50 zone: hunt down any Horchata Cups Poured cell other than 1,100 and tag them. +686 XP.
    | NotEquals(1100) | hc_n1 | quest | negation | number-format
88:10 Q. Which cells, exactly? 88:11 A. The Tepache Spice entries saying exactly "Piloncillo". 88:12 Q. And you wanted
    + them flagged? A. Yes.
    | TextEquals("Piloncillo") | tp_t | transcript | quoted
3/7 so my boss wants me to make cells in the Martabak Style column containing Telur orange 4/7 help (263 likes)
    | TextContains("Telur") | mb_t | thread | column-word
Outlook for Monday: 9C, 54% chance of rain -- and tint each "Shakuhachi Piece" entry not mentioning Tsuru.
    | TextNotContains("Tsuru") | sk_t | weather | negation | quoted
Quest 91 (Lv 7): Djembe Rhythm cells starting with "Kuku" -- paint them. Reward: 217 XP.
    | TextStartsWith("Kuku") | dj_t | quest | quoted
94:6 Q. And what did you want done? 94:7 A. The Mbira Song rows ending with Nhemamusasa should be highlighted.
    | TextEndsWith("Nhemamusasa") | mr_t | transcript
4/10 update: make anything in Feijoa Harvest Date from last month pink. 481 likes, 48 reposts
    | LastMonth() | fj_d | thread | date
[Side quest #304] Objective: every Next Tejo Fixture value in this month -- highlight it. Recommended level 49.
    | ThisMonth() | tj_d | quest | date
202:21 Q. What was the instruction on the sheet? 202:22 A. To shade any Glima Weigh-In Date cell dated yesterday.
    | Yesterday() | gl_d | transcript | date
(4/8) PSA for my team: Make the Schwingfest Date entries falling on today's date green. #excel, 344 likes
    | Today() | sw_d | thread | date
Weather desk update: highs of 25 degrees, winds 52 km/h, and in the sheet, flag cells in the Mallakhamb Exam Date column
    + dated tomorrow.
    | Tomorrow() | mk_d | weather | column-word | date
NEW MISSION UNLOCKED! EACH "SILAMBAM GRADING DAY" ENTRY IN THE LAST 7 DAYS -- COLOUR IT TO EARN 87 GOLD AND 316 XP.
    | Last7Days() | sl_d | quest | odd-case | quoted | date
Page 135, line 11. Q. Did you ask her to tint Pato Match Date cells from last week? A. Yes, I did.
    | LastWeek() | pt_d | transcript | date
1/7 ok here's the ask: make the Pastizzi Delivery Date rows falling this week yellow 2/7 (ty in advance, 6 replies so
    + far)
    | ThisWeek() | pz_d | thread | date
Forecast: 89% humidity, gusts to 64 mph. Sheet advisory: Highlight anything in Samsa Order Date falling next week.
    | NextWeek() | sm_d | weather | date
Quest log, entry 52: the innkeeper asks you to bold every Hotteok Market Day value falling next month. (595 XP, level
    + 38+)
    | NextMonth() | ht_d | quest | date
72:18 THE CHAIR: Next item. 72:19 MS. OKAFOR: I'd like us to put a colour scale on Kanelbulle Cafe Covers. 72:20 THE
    + CHAIR: So noted.
    | ColorScale() | kb_v | transcript | visual
681 likes, 9 replies -- 3/6 Add data bars to Coxinha Shop Ratings. | DataBar() | cx_v | thread | visual
Apply an icon set to Alfajor Dulce Stock -- that's the forecast, with 24C by noon and a 12% chance of showers.
    | IconSet() | af_v | weather | visual
Bounty board 568: Make any Syrniki Cook Time cell in the top 3 red. Bonus of 395 XP if done before level 20.
    | Top(3) | sy_v | quest | superlative
Q. (157:7) Tell the court what the formatting was for. A. (157:8) Colour the Horchata Stand Profit entries in the bottom
    + 3.
    | Bottom(3) | hc_v | transcript | superlative
1/4 can someone tell me how to tint cells in the Tepache Batch Litres column in the top 10%? 2/4 asking for a friend
    + (163 likes)
    | TopPercent(10) | tp_v | thread | superlative | column-word
Storm watch until 9 pm, 72 mm of rain expected: each "Martabak Stall Takings" entry in the bottom 10% should be painted,
    + please.
    | BottomPercent(10) | mb_v | weather | quoted | superlative
Chapter 7, Mission 39: Make Shakuhachi Exam Marks cells above the average orange. Complete for 214 XP and a rare dye.
    | AboveAverage() | sk_v | quest
61:19 Q. Was anything else requested? 61:20 A. One thing: bold the Djembe Tempo rows under the average.
    | BelowAverage() | dj_v | transcript
1/8 hot take: anything in Mbira Player occurring twice or more should be highlighted. 158 likes
    | Duplicates() | mr_k | thread
Morning report: fog lifting, 62F, wind 17 knots. Also make every Feijoa Picker value occurring just once blue.
    | Unique() | fj_k | weather
Minutes, p. 23, l. 8: Q. What's the action? A. Mark any Tejo Player cell left empty. Q. Agreed? A. Agreed.
    | Blanks() | tj_k | transcript
1/9 ok sheet question, thread 🧵 2/9 flag the Glima Wrestler entries not empty (259 likes)
    | NotBlanks() | gl_k | thread | negation
UV index 9, pollen high, 29C on the coast -- meanwhile, cells in the Kranz Points column showing an error like #N/A
    + should be coloured.
    | Errors() | sw_v | weather | column-word
Step 6 of 7 in the questline: make each "Mallakhamb Judge Score" entry without an error green. Reward 662 XP.
    | NotErrors() | mk_v | quest | negation | quoted
89:16 A. -- so we said, paint Silambam Staff Length cells between 165 and 180 inclusive. 89:17 Q. That was the whole
    + request? 89:18 A. That was it.
    | Between(165, 180) | sl_n2 | transcript | boundary | range
1/3 The Pato Horse Age rows outside 12 to 16 -- highlight them. that's it, that's the post (812 likes, 58 replies)
    | NotBetween(12, 16) | pt_n2 | thread | negation | boundary | range
Evening bulletin, Sunday 5 Sep: 23C and clear skies. One more item: anything in Pastizzi Oven Temp over 190 and under
    + 210 should be bolded.
    | AND(GreaterThan(190), LessThan(210)) | pz_n2 | weather | compound
The guild master (Lv 24) says: 'Highlight every Tandyr Heat value below 240 or above 280.' Reward: 159 silver.
    | OR(LessThan(240), GreaterThan(280)) | sm_n2 | quest | compound
121:8 Q. In your own words? 121:9 A. Any Hotteok Pancakes Sold cell not over 40 -- shade it, nothing more.
    | NOT(GreaterThan(40)) | ht_n1 | transcript | negation
🧵 1/3: spreadsheet favour -- can someone mrak the Kanelbulle Topping entries not ending with "Pearl Sugar"? (58 replies)
    | NOT(TextEndsWith("Pearl Sugar")) | kb_t | thread | typo | negation | quoted
Sunny spells, 16 to 23 degrees, 66% cloud cover; over in the spreadsheet, make cells in the Coxinhas Fried column
    + greater than 3000 red.
    | GreaterThan(3000) | cx_n1 | weather | column-word
Raid prep (17 players, item level 124): colour each "Alfajores Boxed" entry at 50 or above before the boss at wave 4.
    | GreaterThanEqual(50) | af_n1 | quest | quoted | boundary
Transcript p. 219: Q. The spreadsheet -- what should happen? A. Syrniki Plates cells under 20 -- tint them. (Line 10)
    | LessThan(20) | sy_n1 | transcript
4/7 so my boss wants me to paint the Horchata Cups Poured rows at 1,600 or below 5/7 help (105 likes)
    | LessThanEqual(1600) | hc_n1 | thread | number-format | boundary
Expect a yellow front over anything in Tepache Fermentation Days standing at exactly five -- 24C and dry, winds 4 mph.
    | Equals(5) | tp_n1 | weather | number-words
Achievement 85 unlocked at 2337 XP -- next objective: bold every Martabak Orders value different from 18.
    | NotEquals(18) | mb_n1 | quest | negation
177:13 Q. Which cells, exactly? 177:14 A. Any Shakuhachi Piece cell matching Honkyoku exactly. 177:15 Q. And you wanted
    + them highlighted? A. Yes.
    | TextEquals("Honkyoku") | sk_t | transcript
3/6 update: make the Djembe Rhythm entries with "Djole" in the text blue. 68 likes, 60 reposts
    | TextContains("Djole") | dj_t | thread | quoted
Pressure 1025 hPa and falling, a 14% chance of hail; batten down and mark cells in the Mbira Song column without Taireva
    + in the text.
    | TextNotContains("Taireva") | mr_t | weather | negation | column-word
Main quest 27, Lv 48 zone: hunt down each "Feijoa Variety" entry beginning with Apollo and tag them. +177 XP.
    | TextStartsWith("Apollo") | fj_t | quest | quoted
(4/9) PSA for my team: Cancha Name cells ending in "Bogota" should be coloured. #excel, 198 likes
    | TextEndsWith("Bogota") | tj_t | thread | quoted
WEATHER DESK UPDATE: HIGHS OF 22 DEGREES, WINDS 50 KM/H, AND IN THE SHEET, MAKE THE GLIMA WEIGH-IN DATE ROWS IN LAST
    + MONTH GREEN.
    | LastMonth() | gl_d | weather | odd-case | date
Quest 52 (Lv 58): paint anything in Schwingfest Date falling this month. Reward: 172 XP.
    | ThisMonth() | sw_d | quest | date
111:11 Q. And what did you want done? 111:12 A. Every Mallakhamb Exam Date value falling yesterday should be
    + highlighted.
    | Yesterday() | mk_d | transcript | date
1/5 ok here's the ask: make any Silambam Grading Day cell dated today pink 2/5 (ty in advance, 21 replies so far)
    | Today() | sl_d | thread | date
Forecast: 63% humidity, gusts to 60 mph. Sheet advisory: Highlight the Pato Match Date entries falling tomorrow.
    | Tomorrow() | pt_d | weather | date
[Side quest #219] Objective: cells in the Pastizzi Delivery Date column within the last seven days -- shdae them.
    + Recommended level 39.
    | Last7Days() | pz_d | quest | typo | number-words | column-word | date
143:12 Q. What was the instruction on the sheet? 143:13 A. To mark each "Samsa Order Date" entry in last week.
    | LastWeek() | sm_d | transcript | quoted | date
136 likes, 53 replies -- 1/5 Make Hotteok Market Day cells in this week red. | ThisWeek() | ht_d | thread | date
Colour the Fika Booking Date rows in next week -- that's the forecast, with 24C by noon and a 72% chance of showers.
    | NextWeek() | kb_d | weather | date
New mission unlocked! Anything in Coxinha Catering Date in next month -- tint it to earn 65 gold and 843 XP.
    | NextMonth() | cx_d | quest | date
Page 196, line 15. Q. Did you ask her to add a color scale to the Alfajor Dulce Stock column? A. Yes, I did.
    | ColorScale() | af_v | transcript | column-word | visual
1/6 can someone tell me how to put data bars in the Syrniki Cook Time column? 2/6 asking for a friend (222 likes)
    | DataBar() | sy_v | thread | column-word | visual
Storm watch until 10 pm, 65 mm of rain expected: put icons on the Horchata Stand Profit cells, please.
    | IconSet() | hc_v | weather | visual
Quest log, entry 21: the innkeeper asks you to make every Tepache Batch Litres value ranked in the top 4 yellow. (538
    + XP, level 50+)
    | Top(4) | tp_v | quest | superlative
74:7 THE CHAIR: Next item. 74:8 MS. OKAFOR: I'd like us to shade any Martabak Stall Takings cell among the 4 lowest.
    + 74:9 THE CHAIR: So noted.
    | Bottom(4) | mb_v | transcript | superlative
2/5 hot take: the Shakuhachi Exam Marks entries within the top 20 percent should be marked. 456 likes
    | TopPercent(20) | sk_v | thread | superlative
Morning report: fog lifting, 74F, wind 19 knots. Also cells in the Djembe Tempo column within the bottom 20 percent
    + should be flagged.
    | BottomPercent(20) | dj_v | weather | superlative | column-word
Bounty board 202: Make each "Mbira Concert Tickets" entry higher than the average blue. Bonus of 411 XP if done before
    + level 50.
    | AboveAverage() | mr_v | quest | quoted
Q. (193:21) Tell the court what the formatting was for. A. (193:22) Tint Feijoa Brix Reading cells lower than the
    + average.
    | BelowAverage() | fj_v | transcript
UV index 10, pollen high, 29C on the coast -- meanwhile, the Tejo Player rows repeated in the column -- paint them.
    | Duplicates() | tj_k | weather | column-word
CHAPTER 2, MISSION 54: ANYTHING IN GLIMA WRESTLER FOUND ONLY ONCE IN THE COLUMN SHOULD BE HIGHLIGHTED. COMPLETE FOR 497
    + XP AND A RARE DYE.
    | Unique() | gl_k | quest | odd-case | column-word
104:16 Q. Was anything else requested? 104:17 A. One thing: bold every Schwinger Name value with nothing entered.
    | Blanks() | sw_k | transcript
1/5 ok sheet question, thread 🧵 2/5 highlight any Mallakhamb Student cell with something entered (425 likes)
    | NotBlanks() | mk_k | thread | negation
Evening bulletin, Sunday 17 Nov: 14C and clear skies. One more item: the Silambam Grading Marks entries with an error
    + value should be shaded.
    | Errors() | sl_v | weather
Step 3 of 7 in the questline: make cells in the Pato Match Rating column not showing an error pink. Reward 747 XP.
    | NotErrors() | pt_v | quest | negation | column-word
Minutes, p. 14, l. 17: Q. What's the action? A. Flag each "Pastizzi Oven Temp" entry from 210 to 230 (ends count). Q.
    + Agreed? A. Agreed.
    | Between(210, 230) | pz_n2 | transcript | quoted | boundary | range
2/4 Tandyr Heat cells outside the range 280 to 320 -- colour them. that's it, that's the post (793 likes, 7 replies)
    | NotBetween(280, 320) | sm_n2 | thread | negation | boundary | range
Sunny spells, 11 to 18 degrees, 22% cloud cover; over in the spreadsheet, the Hotteok Pancakes Sold rows above 40 but
    + below 75 should be tinted.
    | AND(GreaterThan(40), LessThan(75)) | ht_n1 | weather | compound
The guild master (Lv 73) says: 'Make anything in Kanelbulle Dough Kilos less than 2.5 or more than 4.5 red.' Reward: 62
    + silver.
    | OR(LessThan(2.5), GreaterThan(4.5)) | kb_n1 | quest | compound
57:19 A. -- so we said, every Coxinhas Fried value not under 1500 -- highlight it. 57:20 Q. That was the whole request?
    + 57:21 A. That was it.
    | NOT(LessThan(1500)) | cx_n1 | transcript | negation
🧵 6/12: spreadsheet favour -- can someone bold any Alfajor Coating cell not reading exactly Maicena? (10 replies)
    | NOT(TextEquals("Maicena")) | af_t | thread | negation
Expect a yellow front over the Syrniki Plates entries over 30 -- 28C and dry, winds 25 mph.
    | GreaterThan(30) | sy_n1 | weather
Raid prep (9 players, item level 330): shade cells in the Horchata Cups Poured column 2,400 or higher before the boss at
    + wave 13.
    | GreaterThanEqual(2400) | hc_n1 | quest | number-format | column-word | boundary
61:17 Q. In your own words? 61:18 A. Each "Tepache Fermentation Days" entry below 10 -- mark it, nothing more.
    | LessThan(10) | tp_n1 | transcript | quoted
1/4 so my boss wants me to flag Martabak Orders cells thirty-two or lower 2/4 help (150 likes)
    | LessThanEqual(32) | mb_n1 | thread | number-words | boundary
Pressure 1030 hPa and falling, a 24% chance of hail; batten down and make the Shakuhachi Practice Hours rows equal to 6
    + blue.
    | Equals(6) | sk_n1 | weather
Achievement 39 unlocked at 7470 XP -- next objective: tint anything in Djembe Drummers Present not equal to 9.
    | NotEquals(9) | dj_n1 | quest | negation
Transcript p. 195: Q. The spreadsheet -- what should happen? A. Every Mbira Song value reading exactly Nhemamusasa
    + should be painted. (Line 11)
    | TextEquals("Nhemamusasa") | mr_t | transcript
5/10 update: make any Feijoa Variety cell mentioning "Kakapo" orange. 64 likes, 59 reposts
    | TextContains("Kakapo") | fj_t | thread | quoted
Main quest 24, Lv 29 zone: hunt down the Cancha Name entries not containing Norte and tag them. +740 XP.
    | TextNotContains("Norte") | tj_t | quest | negation
140:6 Q. Which cells, exactly? 140:7 A. Cells in the Glima Hall column starting with Fjord. 140:8 Q. And you wanted them
    + highlighted? A. Yes.
    | TextStartsWith("Fjord") | gl_t | transcript | column-word
(6/8) PSA for my team: Each "Schwingfest Venue" entry ending with "Bern" should be shaded. #excel, 353 likes
    | TextEndsWith("Bern") | sw_t | thread | quoted
Weather desk update: highs of 13 degrees, winds 53 km/h, and in the sheet, make Mallakhamb Exam Date cells from last
    + month pink.
    | LastMonth() | mk_d | weather | date
Quest 90 (Lv 60): flag the Silambam Grading Day rows in this month. Reward: 888 XP. | ThisMonth() | sl_d | quest | date
140:15 Q. And what did you want done? 140:16 A. Anything in Pato Match Date dated yesterday -- colour it.
    | Yesterday() | pt_d | transcript | date
3/6 ok here's the ask: make every Pastizzi Delivery Date value falling on today's date green 4/6 (ty in advance, 14
    + replies so far)
    | Today() | pz_d | thread | date
Forecast: 88% humidity, gusts to 28 mph. Sheet advisory: Paint any Samsa Order Date cell dated tomorrow.
    | Tomorrow() | sm_d | weather | date
[Side quest #367] Objective: the Hotteok Market Day entries from the last seven days -- highlight them. Recommended
    + level 42.
    | Last7Days() | ht_d | quest | number-words | date
198:13 Q. What was the instruction on the sheet? 198:14 A. To bold cells in the Fika Booking Date column from last week.
    | LastWeek() | kb_d | transcript | column-word | date
464 likes, 37 replies -- 1/6 Make each "Coxinha Catering Date" entry falling this week yellow.
    | ThisWeek() | cx_d | thread | quoted | date
Shade Alfajor Pickup Date cells falling next week -- that's the forecast, with 9C by noon and a 48% chance of showers.
    | NextWeek() | af_d | weather | date
New mission unlocked! The Syrniki Brunch Date rows falling next month -- mark them to earn 28 gold and 155 XP.
    | NextMonth() | sy_d | quest | date
Page 84, line 19. Q. Did you ask her to give the Horchata Stand Profit cells a colour scale? A. Yes, I did.
    | ColorScale() | hc_v | transcript | visual
1/6 can someone tell me how to show Tepache Batch Litres as data bars? 2/6 asking for a friend (113 likes)
    | DataBar() | tp_v | thread | visual
Storm watch until 9 pm, 55 mm of rain expected: add an icon set to the Martabak Stall Takings column, please.
    | IconSet() | mb_v | weather | column-word | visual
Quest log, entry 79: the innkeeper asks you to paint anything in Shakuhachi Exam Marks among the top 2. (121 XP, level
    + 29+)
    | Top(2) | sk_v | quest | superlative
88:15 THE CHAIR: Next item. 88:16 MS. OKAFOR: I'd like us to highlight every Djembe Tempo value among the bottom 2.
    + 88:17 THE CHAIR: So noted.
    | Bottom(2) | dj_v | transcript | superlative
1/8 HOT TAKE: ANY MBIRA CONCERT TICKETS CELL IN THE TOP 25% SHOULD BE BOLDED. 509 LIKES
    | TopPercent(25) | mr_v | thread | odd-case | superlative
Morning report: fog lifting, 72F, wind 13 knots. Also the Feijoa Brix Reading entries in the bottom 25% should be
    + highlighted.
    | BottomPercent(25) | fj_v | weather | superlative
Q. (108:17) Tell the court what the formatting was for. A. (108:18) Make cells in the Season Tejo Points column above
    + average orange.
    | AboveAverage() | tj_v | transcript | column-word
1/5 ok sheet question, thread 🧵 2/5 mark each "Glima Ranking Points" entry below average (103 likes)
    | BelowAverage() | gl_v | thread | quoted
UV index 3, pollen high, 28C on the coast -- meanwhile, Schwinger Name cells appearing more than once -- flag them.
    | Duplicates() | sw_k | weather
Bounty board 264: The Mallakhamb Student rows appearing only once should be coloured. Bonus of 380 XP if done before
    + level 78.
    | Unique() | mk_k | quest
280:17 Q. Was anything else requested? 280:18 A. One thing: make anything in Silambam Instructor left blank pink.
    | Blanks() | sl_k | transcript
1/4 Every Pato Rider value not left blank -- paint it. that's it, that's the post (107 likes, 5 replies)
    | NotBlanks() | pt_k | thread | negation
Evening bulletin, Friday 6 Nov: 16C and clear skies. One more item: any Kiosk Till Takings cell holding an error should
    + be highlighted.
    | Errors() | pz_v | weather
Chapter 3, Mission 56: Make the Samsa Bakery Revenue entries free of errors green. Complete for 690 XP and a rare dye.
    | NotErrors() | sm_v | quest | negation
Minutes, p. 12, l. 8: Q. What's the action? A. Highlight cells in the Hotteok Pancakes Sold column between 75 and 110
    + with both ends included. Q. Agreed? A. Agreed.
    | Between(75, 110) | ht_n1 | transcript | column-word | boundary | range
🧵 1/11: spreadsheet favour -- can someone shade each "Kanelbulle Dough Kilos" entry not between 4.5 and 7.5? (29
    + replies)
    | NotBetween(4.5, 7.5) | kb_n1 | thread | negation | quoted | boundary | range
Sunny spells, 15 to 25 degrees, 39% cloud cover; over in the spreadsheet, Coxinhas Fried cells more than 1500 and less
    + than 2200 should be marked.
    | AND(GreaterThan(1500), LessThan(2200)) | cx_n1 | weather | compound
Step 5 of 8 in the questline: make the Alfajores Boxed rows under 24 or over 36 yellow. Reward 570 XP.
    | OR(LessThan(24), GreaterThan(36)) | af_n1 | quest | compound
408:18 A. -- so we said, colour anything in Syrniki Plates not 12 or more. 408:19 Q. That was the whole request? 408:20
    + A. That was it.
    | NOT(GreaterThanEqual(12)) | sy_n1 | transcript | negation
5/8 so my boss wants me to tint every Horchata Base value not starting with "Tiger Nut" 6/8 help (124 likes)
    | NOT(TextStartsWith("Tiger Nut")) | hc_t | thread | negation | quoted
Expect a yellow front over any Tepache Fermentation Days cell above sixteen -- 14C and dry, winds 35 mph.
    | GreaterThan(16) | tp_n1 | weather | number-words
The guild master (Lv 84) says: 'Highlight the Martabak Orders entries no less than 47.' Reward: 80 silver.
    | GreaterThanEqual(47) | mb_n1 | quest | boundary | polarity
78:16 Q. In your own words? 78:17 A. Cells in the Shakuhachi Practice Hours column less than 13 -- bold them, nothing
    + more.
    | LessThan(13) | sk_n1 | transcript | column-word
2/6 update: each "Djembe Drummers Present" entry no more than 16 should be highlighted. 270 likes, 37 reposts
    | LessThanEqual(16) | dj_n1 | thread | quoted | boundary | polarity
Pressure 1015 hPa and falling, a 40% chance of hail; batten down and make Mbira Keys Tuned cells of exactly 14 orange.
    | Equals(14) | mr_n1 | weather
Raid prep (24 players, item level 410): mark the Feijoa Crates Picked rows other than 30 before the boss at wave 18.
    | NotEquals(30) | fj_n1 | quest | negation
(1/3) PSA for my team: Anything in Cancha Name saying exactly Bogota -- falg it. #excel, 405 likes
    | TextEquals("Bogota") | tj_t | thread | typo
Outlook for Sunday: 21C, 79% chance of rain -- and make every Glima Hall value including Reykjavik anywhere blue.
    | TextContains("Reykjavik") | gl_t | weather
Achievement 86 unlocked at 5956 XP -- next objective: tint any Schwingfest Venue cell not mentioning "Emmental".
    | TextNotContains("Emmental") | sw_t | quest | negation | quoted
Transcript p. 223: Q. The spreadsheet -- what should happen? A. The Mallakhamb Pole Type entries beginning with Hanging
    + -- paint them. (Line 9)
    | TextStartsWith("Hanging") | mk_t | transcript
3/5 ok here's the ask: cells in the Silambam Style column ending in Kuthu should be highlighted 4/5 (ty in advance, 36
    + replies so far)
    | TextEndsWith("Kuthu") | sl_t | thread | column-word
Weather desk update: highs of 34 degrees, winds 22 km/h, and in the sheet, make each "Pato Match Date" entry in last
    + month green.
    | LastMonth() | pt_d | weather | quoted | date
Main quest 49, Lv 41 zone: hunt down Pastizzi Delivery Date cells falling this month and tag them. +384 XP.
    | ThisMonth() | pz_d | quest | date
49:4 Q. Which cells, exactly? 49:5 A. The Samsa Order Date rows falling yesterday. 49:6 Q. And you wanted them shaded?
    + A. Yes.
    | Yesterday() | sm_d | transcript | date
760 likes, 70 replies -- 5/7 Anything in Hotteok Market Day dated today should be marked.
    | Today() | ht_d | thread | date
Forecast: 61% humidity, gusts to 24 mph. Sheet advisory: Flag every Fika Booking Date value falling tomorrow.
    | Tomorrow() | kb_d | weather | date
Quest 25 (Lv 35): any Coxinha Catering Date cell in the last 7 days -- colour it. Reward: 460 XP.
    | Last7Days() | cx_d | quest | date
39:7 Q. And what did you want done? 39:8 A. The Alfajor Pickup Date entries in last week should be tinted.
    | LastWeek() | af_d | transcript | date
3/6 can someone tell me how to make cells in the Syrniki Brunch Date column in this week red? 4/6 asking for a friend
    + (62 likes)
    | ThisWeek() | sy_d | thread | column-word | date
Highlight each "Horchata Festival Date" entry in next week -- that's the forecast, with 8C by noon and a 43% chance of
    + showers.
    | NextWeek() | hc_d | weather | quoted | date
[Side quest #202] Objective: Tepache Bottling Date cells in next month -- bold them. Recommended level 45.
    | NextMonth() | tp_d | quest | date
90:18 Q. WHAT WAS THE INSTRUCTION ON THE SHEET? 90:19 A. TO APPLY A COLOUR SCALE ACROSS MARTABAK STALL TAKINGS.
    | ColorScale() | mb_v | transcript | odd-case | visual
1/9 ok sheet question, thread 🧵 2/9 give every Shakuhachi Exam Marks cell a data bar (383 likes)
    | DataBar() | sk_v | thread | visual
Storm watch until 5 pm, 85 mm of rain expected: show Djembe Tempo with traffic-light icons, please.
    | IconSet() | dj_v | weather | visual
New mission unlocked! The Mbira Concert Tickets rows in the top 3 should be flagged to earn 63 gold and 635 XP.
    | Top(3) | mr_v | quest | superlative
Page 227, line 11. Q. Did you ask her to make anything in Feijoa Brix Reading in the bottom three orange? A. Yes, I did.
    | Bottom(3) | fj_v | transcript | number-words | superlative
Morning report: fog lifting, 53F, wind 13 knots. Also every Season Tejo Points value within the top 30 percent -- tnit
    + it.
    | TopPercent(30) | tj_v | weather | typo | superlative
Quest log, entry 62: the innkeeper asks you to paint any Glima Ranking Points cell within the bottom 30 percent. (693
    + XP, level 43+)
    | BottomPercent(30) | gl_v | quest | superlative
29:15 THE CHAIR: Next item. 29:16 MS. OKAFOR: I'd like us to make the Kranz Points entries above the average blue. 29:17
    + THE CHAIR: So noted.
    | AboveAverage() | sw_v | transcript
3/7 Bold cells in the Mallakhamb Judge Score column under the average. that's it, that's the post (614 likes, 46
    + replies)
    | BelowAverage() | mk_v | thread | column-word
UV index 6, pollen high, 14C on the coast -- meanwhile, each "Silambam Instructor" entry occurring twice or more --
    + highlight it.
    | Duplicates() | sl_k | weather | quoted
Bounty board 623: Pato Rider cells occurring just once should be shaded. Bonus of 432 XP if done before level 27.
    | Unique() | pt_k | quest
Q. (97:18) Tell the court what the formatting was for. A. (97:19) Make the Pastizzi Supplier rows left empty green.
    | Blanks() | pz_k | transcript
🧵 8/12: spreadsheet favour -- can someone flag anything in Samsa Baker not empty? (2 replies)
    | NotBlanks() | sm_k | thread | negation
Evening bulletin, Sunday 22 Nov: 16C and clear skies. One more item: every Hotteok Stall Tips value showing an error
    + like #N/A should be coloured.
    | Errors() | ht_v | weather
Chapter 2, Mission 28: Make any Kanelbulle Cafe Covers cell without an error pink. Complete for 817 XP and a rare dye.
    | NotErrors() | kb_v | quest | negation
208:9 Q. Was anything else requested? 208:10 A. One thing: paint the Coxinhas Fried entries in the 2,200 to 3,000 range
    + including both ends.
    | Between(2200, 3000) | cx_n1 | transcript | number-format | boundary | range
6/8 so my boss wants me to highlight cells in the Alfajores Boxed column outside 36 to 50 7/8 help (102 likes)
    | NotBetween(36, 50) | af_n1 | thread | negation | column-word | boundary | range
Sunny spells, 8 to 27 degrees, 90% cloud cover; over in the spreadsheet, each "Syrniki Plates" entry higher than 12 yet
    + lower than 20 should be bolded.
    | AND(GreaterThan(12), LessThan(20)) | sy_n1 | weather | quoted | compound
Step 2 of 7 in the questline: make Horchata Cups Poured cells below 1100 or above 1600 red. Reward 444 XP.
    | OR(LessThan(1100), GreaterThan(1600)) | hc_n1 | quest | compound
Minutes, p. 29, l. 18: Q. What's the action? A. Shade the Tepache Fermentation Days rows not 5 or less. Q. Agreed? A.
    + Agreed.
    | NOT(LessThanEqual(5)) | tp_n1 | transcript | negation
6/8 update: anything in Martabak Style not ending in "Manis" -- mark it. 322 likes, 41 reposts
    | NOT(TextEndsWith("Manis")) | mb_t | thread | negation | quoted
Expect a yellow front over every Shakuhachi Practice Hours value more than 21 -- 32C and dry, winds 23 mph.
    | GreaterThan(21) | sk_n1 | weather
The guild master (Lv 51) says: 'Colour any Djembe Drummers Present cell of 25 or more.' Reward: 77 silver.
    | GreaterThanEqual(25) | dj_n1 | quest | boundary
279:7 A. -- so we said, the Mbira Keys Tuned entries short of 22 -- tint them. 279:8 Q. That was the whole request?
    + 279:9 A. That was it.
    | LessThan(22) | mr_n1 | transcript
(1/9) PSA for my team: Cells in the Feijoa Crates Picked column of fifty-five or less should be painted. #excel, 462
    + likes
    | LessThanEqual(55) | fj_n1 | thread | number-words | column-word | boundary
Raid prep (10 players, item level 427): make each "Mechas Burst" entry standing at exactly 15 blue before the boss at
    + wave 9.
    | Equals(15) | tj_n1 | quest | quoted
87:16 Q. In your own words? 87:17 A. Bold Glima Bouts Won cells different from 8, nothing more.
    | NotEquals(8) | gl_n1 | transcript | negation
1/5 ok here's the ask: the Schwingfest Venue rows matching Bern exactly -- highlight them 2/5 (ty in advance, 31 replies
    + so far)
    | TextEquals("Bern") | sw_t | thread
Pressure 1029 hPa and falling, a 45% chance of hail; batten down and shade anything in Mallakhamb Pole Type containing
    + Sheesham.
    | TextContains("Sheesham") | mk_t | weather
Achievement 91 unlocked at 5106 XP -- next objective: mark every Silambam Style value without "Varisai" in the text.
    | TextNotContains("Varisai") | sl_t | quest | negation | quoted
Transcript p. 22: Q. The spreadsheet -- what should happen? A. Any Pato Field cell starting with Estancia -- flag it.
    + (Line 18)
    | TextStartsWith("Estancia") | pt_t | transcript
209 likes, 22 replies -- 6/8 The Pastizzi Filling entries ending with Anchovy should be coloured.
    | TextEndsWith("Anchovy") | pz_t | thread
Weather desk update: highs of 33 degrees, winds 13 km/h, and in the sheet, make cells in the Samsa Order Date column
    + from last month pink.
    | LastMonth() | sm_d | weather | column-word | date
Main quest 64, Lv 40 zone: hunt down each "Hotteok Market Day" entry in this month and tag them. +552 XP.
    | ThisMonth() | ht_d | quest | quoted | date
121:12 Q. Which cells, exactly? 121:13 A. Fika Booking Date cells dated yesterday. 121:14 Q. And you wanted them
    + highlighted? A. Yes.
    | Yesterday() | kb_d | transcript | date
3/6 can someone tell me how to bold the Coxinha Catering Date rows falling on today's date? 4/6 asking for a friend (38
    + likes)
    | Today() | cx_d | thread | date
Forecast: 85% humidity, gusts to 42 mph. Sheet advisory: Make anything in Alfajor Pickup Date dated tomorrow red.
    | Tomorrow() | af_d | weather | date
QUEST 51 (LV 34): EVERY SYRNIKI BRUNCH DATE VALUE IN THE LAST 7 DAYS -- SHADE IT. REWARD: 727 XP.
    | Last7Days() | sy_d | quest | odd-case | date
233:6 Q. And what did you want done? 233:7 A. Any Horchata Festival Date cell from last week should be marked.
    | LastWeek() | hc_d | transcript | date
3/8 hot take: the Tepache Bottling Date entries falling this week should be flagged. 279 likes
    | ThisWeek() | tp_d | thread | date
Colour cells in the Martabak Night Market column falling next week -- that's the forecast, with 21C by noon and a 24%
    + chance of showers.
    | NextWeek() | mb_d | weather | column-word | date
[Side quest #322] Objective: each "Shakuhachi Lesson Date" entry falling next month -- tint it. Recommended level 62.
    | NextMonth() | sk_d | quest | quoted | date
148:11 Q. What was the instruction on the sheet? 148:12 A. To put a colour scale on Djembe Tempo.
    | ColorScale() | dj_v | transcript | visual
1/8 ok sheet question, thread 🧵 2/8 add data bars to Mbira Concert Tickets (70 likes)
    | DataBar() | mr_v | thread | visual
Storm watch until 6 pm, 36 mm of rain expected: apply an icon set to Feijoa Brix Reading, please.
    | IconSet() | fj_v | weather | visual
Page 112, line 24. Q. Did you ask her to highlight Season Tejo Points cells ranked in the top 4? A. Yes, I did.
    | Top(4) | tj_v | transcript | superlative
1/8 Make the Glima Ranking Points rows among the 4 lowest blue. that's it, that's the post (825 likes, 16 replies)
    | Bottom(4) | gl_v | thread | superlative
Morning report: fog lifting, 77F, wind 24 knots. Also mark anything in Kranz Points in the top 10%.
    | TopPercent(10) | sw_v | weather | superlative
New mission unlocked! Every Mallakhamb Judge Score value in the bottom 10% should be flagged to earn 72 gold and 888 XP.
    | BottomPercent(10) | mk_v | quest | superlative
46:14 THE CHAIR: Next item. 46:15 MS. OKAFOR: I'd like us to make any Silambam Grading Marks cell higher than the
    + average orange. 46:16 THE CHAIR: So noted.
    | AboveAverage() | sl_v | transcript
🧵 2/9: spreadsheet favour -- can someone tint the Pato Match Rating entries lower than the average? (12 replies)
    | BelowAverage() | pt_v | thread
UV index 8, pollen high, 22C on the coast -- meanwhile, cells in the Pastizzi Supplier column repeated in the column --
    + paint them.
    | Duplicates() | pz_k | weather | column-word
Quest log, entry 21: the innkeeper asks you to highlight each "Samsa Baker" entry found only once in the column. (282
    + XP, level 25+)
    | Unique() | sm_k | quest | quoted | column-word
Q. (70:12) Tell the court what the formatting was for. A. (70:13) Make Hotteok Vendor cells with nothing entered pink.
    | Blanks() | ht_k | transcript
3/8 so my boss wants me to highlight the Kanelbulle Barista rows with something entered 4/8 help (260 likes)
    | NotBlanks() | kb_k | thread | negation
Evening bulletin, Monday 16 Nov: 12C and clear skies. One more item: anything in Coxinha Shop Ratings with an error
    + value -- shade it.
    | Errors() | cx_v | weather
Bounty board 615: Make every Alfajor Dulce Stock value not showing an error green. Bonus of 307 XP if done before level
    + 36.
    | NotErrors() | af_v | quest | negation
159:10 Q. Was anything else requested? 159:11 A. One thing: flag any Syrniki Plates cell between 20 and 30 inclusive.
    | Between(20, 30) | sy_n1 | transcript | boundary | range
1/3 update: the Horchata Cups Poured entries outside the range 1,600 to 2,400 -- colour them. 658 likes, 68 reposts
    | NotBetween(1600, 2400) | hc_n1 | thread | negation | number-format | boundary | range
Sunny spells, 16 to 22 degrees, 12% cloud cover; over in the spreadsheet, cells in the Tepache Fermentation Days column
    + over 5 and under 10 should be tinted.
    | AND(GreaterThan(5), LessThan(10)) | tp_n1 | weather | compound | column-word
Chapter 6, Mission 58: Make each "Martabak Orders" entry less than eighteen or more than thirty-two yellow. Complete for
    + 605 XP and a rare dye.
    | OR(LessThan(18), GreaterThan(32)) | mb_n1 | quest | number-words | quoted | compound
Minutes, p. 35, l. 20: Q. What's the action? A. Highlight Shakuhachi Practice Hours cells not over 6. Q. Agreed? A.
    + Agreed.
    | NOT(GreaterThan(6)) | sk_n1 | transcript | negation
(3/9) PSA for my team: The Djembe Rhythm rows other than exactly "Kuku" -- bold them. #excel, 376 likes
    | NOT(TextEquals("Kuku")) | dj_t | thread | negation | quoted
Expect a yellow front over anything in Mbira Keys Tuned past 28 -- 16C and dry, winds 24 mph.
    | GreaterThan(28) | mr_n1 | weather
Step 4 of 9 in the questline: shade every Feijoa Crates Picked value at 85 or above. Reward 644 XP.
    | GreaterThanEqual(85) | fj_n1 | quest | boundary
2/6 ok here's the ask: any Mechas Burst cell lower than 4 -- mark it 3/6 (ty in advance, 23 replies so far)
    | LessThan(4) | tj_n1 | thread
Pressure 1029 hPa and falling, a 27% chance of hail; batten down and flag the Glima Bouts Won entries at 14 or below.
    | LessThanEqual(14) | gl_n1 | weather | boundary
The guild master (Lv 69) says: 'Make cells in the Schwingen Wins column equal to 5 orange.' Reward: 338 silver.
    | Equals(5) | sw_n1 | quest | column-word
215:21 A. -- so we said, tint each "Pole Routines Done" entry not equal to eighteen. 215:22 Q. That was the whole
    + request? 215:23 A. That was it.
    | NotEquals(18) | mk_n1 | transcript | negation | number-words | quoted
555 likes, 65 replies -- 5/7 Silambam Style cells reading exactly Kuthu -- paint them.
    | TextEquals("Kuthu") | sl_t | thread
Outlook for Monday: 12C, 10% chance of rain -- and the Pato Field rows with Pampa in the text should be highlighted.
    | TextContains("Pampa") | pt_t | weather
Raid prep (14 players, item level 342): make anything in Pastizzi Filling not containing "Ricotta" pink before the boss
    + at wave 3.
    | TextNotContains("Ricotta") | pz_t | quest | negation | quoted
15:11 Q. In your own words? 15:12 A. Every Samsa Filling value beginning with Pumpkin -- highlight it, nothing more.
    | TextStartsWith("Pumpkin") | sm_t | transcript
2/6 can someone tell me how to shade any Hotteok Syrup cell ending in Cinnamon? 3/6 asking for a friend (228 likes)
    | TextEndsWith("Cinnamon") | ht_t | thread
WEATHER DESK UPDATE: HIGHS OF 13 DEGREES, WINDS 47 KM/H, AND IN THE SHEET, MAKE THE FIKA BOOKING DATE ENTRIES IN LAST
    + MONTH GREEN.
    | LastMonth() | kb_d | weather | odd-case | date
Achievement 59 unlocked at 8500 XP -- next objective: flag cells in the Coxinha Catering Date column falling this month.
    | ThisMonth() | cx_d | quest | column-word | date
Transcript p. 109: Q. The spreadsheet -- what should happen? A. Each "Alfajor Pickup Date" entry falling yesterday --
    + colur it. (Line 10)
    | Yesterday() | af_d | transcript | typo | quoted | date
4/7 hot take: Syrniki Brunch Date cells dated today should be tinted. 400 likes | Today() | sy_d | thread | date
Forecast: 59% humidity, gusts to 53 mph. Sheet advisory: Make the Horchata Festival Date rows falling tomorrow yellow.
    | Tomorrow() | hc_d | weather | date
Main quest 53, Lv 21 zone: hunt down anything in Tepache Bottling Date within the last seven days and tag them. +505 XP.
    | Last7Days() | tp_d | quest | number-words | date
151:4 Q. Which cells, exactly? 151:5 A. Every Martabak Night Market value in last week. 151:6 Q. And you wanted them
    + bolded? A. Yes.
    | LastWeek() | mb_d | transcript | date
1/4 ok sheet question, thread 🧵 2/4 make any Shakuhachi Lesson Date cell in this week red (215 likes)
    | ThisWeek() | sk_d | thread | date
Shade the Djembe Circle Date entries in next week -- that's the forecast, with 20C by noon and a 22% chance of showers.
    | NextWeek() | dj_d | weather | date
Quest 96 (Lv 43): cells in the Mbira Rehearsal Date column in next month -- mark them. Reward: 789 XP.
    | NextMonth() | mr_d | quest | column-word | date
238:6 Q. And what did you want done? 238:7 A. Add a color scale to the Feijoa Brix Reading column.
    | ColorScale() | fj_v | transcript | column-word | visual
Storm watch until 8 pm, 69 mm of rain expected: put data bars in the Season Tejo Points column, please.
    | DataBar() | tj_v | weather | column-word | visual
[Side quest #316] Objective: put icons on the Glima Ranking Points cells. Recommended level 41.
    | IconSet() | gl_v | quest | visual
203:21 Q. What was the instruction on the sheet? 203:22 A. To paint each "Kranz Points" entry among the top 2.
    | Top(2) | sw_v | transcript | quoted | superlative
4/7 Make Mallakhamb Judge Score cells among the bottom 2 orange. that's it, that's the post (420 likes, 48 replies)
    | Bottom(2) | mk_v | thread | superlative
Morning report: fog lifting, 70F, wind 18 knots. Also bold the Silambam Grading Marks rows within the top 20 percent.
    | TopPercent(20) | sl_v | weather | superlative
New mission unlocked! Anything in Pato Match Rating within the bottom 20 percent -- highlight it to earn 70 gold and 163
    + XP.
    | BottomPercent(20) | pt_v | quest | superlative
Page 248, line 3. Q. Did you ask her to make every Kiosk Till Takings value above average blue? A. Yes, I did.
    | AboveAverage() | pz_v | transcript
🧵 10/12: spreadsheet favour -- can someone mark any Samsa Bakery Revenue cell below average? (27 replies)
    | BelowAverage() | sm_v | thread
UV index 6, pollen high, 22C on the coast -- meanwhile, the Hotteok Vendor entries appearing more than once -- flag
    + them.
    | Duplicates() | ht_k | weather
QUEST LOG, ENTRY 42: THE INNKEEPER ASKS YOU TO COLOUR CELLS IN THE KANELBULLE BARISTA COLUMN APPEARING ONLY ONCE. (164
    + XP, LEVEL 7+)
    | Unique() | kb_k | quest | odd-case | column-word
3:17 THE CHAIR: Next item. 3:18 MS. OKAFOR: I'd like us to make each "Coxinha Cook" entry left blank green. 3:19 THE
    + CHAIR: So noted.
    | Blanks() | cx_k | transcript | quoted
3/6 so my boss wants me to piant Alfajor Customer cells not left blank 4/6 help (313 likes)
    | NotBlanks() | af_k | thread | typo | negation
Evening bulletin, Friday 8 Mar: 11C and clear skies. One more item: the Syrniki Cook Time rows holding an error --
    + highlight them.
    | Errors() | sy_v | weather
Bounty board 289: Anything in Horchata Stand Profit free of errors should be bolded. Bonus of 377 XP if done before
    + level 79.
    | NotErrors() | hc_v | quest | negation
Q. (23:19) Tell the court what the formatting was for. A. (23:20) Highlight every Tepache Fermentation Days value from
    + 10 to 16 (ends count).
    | Between(10, 16) | tp_n1 | transcript | boundary | range
1/4 update: any Martabak Orders cell not between 32 and 47 -- shade it. 19 likes, 21 reposts
    | NotBetween(32, 47) | mb_n1 | thread | negation | boundary | range
Sunny spells, 15 to 29 degrees, 61% cloud cover; over in the spreadsheet, the Shakuhachi Practice Hours entries above 13
    + but below 21 should be marked.
    | AND(GreaterThan(13), LessThan(21)) | sk_n1 | weather | compound
Chapter 3, Mission 43: Make cells in the Djembe Drummers Present column under 16 or over 25 red. Complete for 906 XP and
    + a rare dye.
    | OR(LessThan(16), GreaterThan(25)) | dj_n1 | quest | compound | column-word
84:6 Q. Was anything else requested? 84:7 A. One thing: colour each "Mbira Keys Tuned" entry not under fourteen.
    | NOT(LessThan(14)) | mr_n1 | transcript | negation | number-words | quoted
(2/5) PSA for my team: Feijoa Variety cells not beginning with "Apollo" -- tint them. #excel, 160 likes
    | NOT(TextStartsWith("Apollo")) | fj_t | thread | negation | quoted
Step 3 of 7 in the questline: paint the Mechas Burst rows higher than 9. Reward 378 XP. | GreaterThan(9) | tj_n1 | quest
Minutes, p. 30, l. 8: Q. What's the action? A. Make anything in Glima Bouts Won under 3 orange. Q. Agreed? A. Agreed.
    | LessThan(3) | gl_n1 | transcript
2/6 ok here's the ask: every Schwingen Wins value greater than 12 -- bold it 3/6 (ty in advance, 23 replies so far)
    | GreaterThan(12) | sw_n1 | thread
Expect a yellow front over any Pole Routines Done cell below 6 -- 29C and dry, winds 30 mph.
    | LessThan(6) | mk_n1 | weather
The guild master (Lv 67) says: 'Make the Silambam Strikes Landed entries over 45 blue.' Reward: 65 silver.
    | GreaterThan(45) | sl_n1 | quest
330:6 A. -- so we said, mark cells in the Pato Goals column less than 2. 330:7 Q. That was the whole request? 330:8 A.
    + That was it.
    | LessThan(2) | pt_n1 | transcript | column-word
865 likes, 66 replies -- 3/6 Each "Pastizzi Sold" entry above 1800 -- flag it.
    | GreaterThan(1800) | pz_n1 | thread | quoted
Pressure 1026 hPa and falling, a 30% chance of hail; batten down and colour Samsa Trays Baked cells short of eight.
    | LessThan(8) | sm_n1 | weather | number-words
Raid prep (22 players, item level 280): make the Hotteok Pancakes Sold rows more than 75 green before the boss at wave
    + 19.
    | GreaterThan(75) | ht_n1 | quest
141:12 Q. In your own words? 141:13 A. Paint anything in Kanelbulle Dough Kilos lower than 2.5, nothing more.
    | LessThan(2.5) | kb_n1 | transcript
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
              'thirtyfirst_cf.json', 'thirtyfirst_tables.json', 'thirtysecond_cf.json', 'thirtysecond_tables.json',
              'thirtythird_cf.json', 'thirtythird_tables.json', 'twelfth_cf.json', 'twelfth_tables.json',
              'twentieth_cf.json', 'twentieth_tables.json', 'twentyeighth_cf.json', 'twentyeighth_tables.json',
              'twentyfifth_cf.json', 'twentyfifth_tables.json', 'twentyfirst_cf.json', 'twentyfirst_tables.json',
              'twentyfourth_cf.json', 'twentyfourth_tables.json', 'twentyninth_cf.json', 'twentyninth_tables.json',
              'twentysecond_cf.json', 'twentysecond_tables.json', 'twentyseventh_cf.json', 'twentyseventh_tables.json',
              'twentysixth_cf.json', 'twentysixth_tables.json', 'twentythird_cf.json', 'twentythird_tables.json',
              'web_cf.json')


column_sets.bind(globals(), THIRTYFOURTH_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
