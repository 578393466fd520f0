"""A thirty-third independent set of one-column CF requests, and the builder of thirtythird_cf.json.

Written from scratch (2026-12-07 23:48 to about 23:56 UTC by `date -u`, engineer E33c) as a new independent evaluation
set that nobody on the team has tuned the assistant on. The requests imagine spreadsheet users of twenty domains no
earlier builder's docstring names, on this set's own columns (a gorodki club, a kubb league, a crokinole club, a
chinlone club, a lapta club, a kulfi cart, a langos stand, a chebureki kitchen, a burek bakery, a simit cart, a kolache
bakery, a beignet stand, a taiyaki stall, a jalebi shop, a pakora stall, an elote cart, a sashimi counter, a shamisen
school, a koto ensemble, a damson orchard), in four styles new to the sets, ten templates each: `radio` (two-way radio
talk with call signs, unit, car and channel numbers: "Base, this is Unit 15, copy? ... over.", "Roger that, channel 2 --
... Over and out.", "Unit 47 to Dispatch: request you ... How copy, over?", "Breaker 23, breaker -- ...: shade them,
that's the job. Copy?", "Ten-four, Stall lead: ... Unit 34 out."), `horoscope` (the request as a star-sign forecast:
"Capricorn: the stars say ... this season.", "Leo (Jul 23 - Aug 22): ... Luck follows.", "Your horoscope, Pisces: Venus
wants you to ...", "Virgo rising -- ... bring luck: flag them.", "Forecast for Libra (Sep 23 - Oct 22): ... Lucky number
25."), `military` (an operation order with times, grid references and unit numbers: "OPORD 13: at 2100, 6th Platoon will
... Execute.", "FRAGO 31 to Delta Detachment: ... Acknowledge.", "4th Recce Team, grid NJ 2522 3486: ... H-hour 0630.
Out.", "WARNO 12: stand by to ... acknowledge by 1115.") and `auction` (an auctioneer's chant with lots, paddles and
bids: "Going once, going twice -- ..., sold to the highlighter!", "Lot 57: do I hear a bid? Yes! ... Sold!", "Do I hear
$285? $950? The hammer falls: ...!", "Sold! Lot 37 goes to paddle 65: ..."). The call signs' and units' numbers,
channels, times (and their hours and minutes), grid references, the signs' dates, lucky numbers, lots, paddles and bids
are never the rule's figures, by construction: a draw whose numbers (each number and its whole part) meet a figure of
the rule is drawn again; on a date rule the horoscope templates that print a sign's dates are not used. Only requests
the language expresses exactly, one right rule on the column, every literal recoverable by a careful reader. Labels are
what the executor formats with Today = 2024-06-12 (a Wednesday: this week is Sun 9 - Sat 15 June, last week 2 - 8 June,
next week 16 - 22 June, the last 7 days 6 - 12 June, last month May, next month July), with Excel's semantics kept as
they are (a blank compares as 0 and any text is greater than any number); every comparison, Between, NotBetween, NOT of
a comparison and numeric AND and OR of this set is on a column of numbers only (no text cell, no blank), and the columns
that carry a colour scale, data bar, icon set, Top, Bottom, percent, average or error rule hold one text cell
("injured", "forfeit", "cart closed", ...), one blank and one "#N/A" cell, so that a visual rule formats the numbers
only. Text columns hold no blank. The columns of Duplicates, Unique, Blanks and NotBlanks hold one blank and one cell of
one space. The builder's check (`make_record` and `problems_of` on every entry) found no problem on its first run,
before any half was seen.

What its author read: the brief (/work/team/brief33.md, `cat`); of benchmarks/data/thirtysecond_cf.py, which this
builder mirrors, an anchored `grep -n` of its top-level names (`^[A-Z_]+ = `, `^def `, `^if __name__` only: line numbers
and names, no entry line) and `wc -l` (1229), then lines 1-216 (its module docstring, imports, constants, `_joined` and
the comment over its columns, up to the `COLUMNS = {` line) and lines 1199-1229 (OTHER_SETS, the bind, its `make_record`
wrapper and the main block) by `sed -n`; benchmarks/data/column_sets.py and benchmarks/data/everyday_common.py (all,
`cat`); tests/benchmarks/test_one_column_sets_data.py (all, `cat`); tests/benchmarks/set_files.py (an anchored `grep -n`
of its names, then `sed -n 1,210p`: its check functions and the helpers beside them); ../shared/docs/CF_RULES.md (all,
`cat`); the first 12,000 characters of benchmarks/data/README.md (`head -c 12000`); the public API of
cf_assistant.languages.cf (parse and to_text on 17 made-up rules, for their canonical spelling) and the executor as the
builders use it (through `everyday_common.column_record`, `column_problems` and this builder's `make_record`). This
builder's columns and entries are its own: a program of its author's (under /tmp) holds the domains' columns, literals
and thresholds, phrase banks per function, noun-phrase shapes, and templates per style, and writes this module from
them; it copied nothing of thirtysecond_cf.py but the shared code shown above (the imports, `_joined`, the form of the
comment over the columns, the bind and the main block; this set has no line breaks in its requests, so no NEWLINE and no
`make_record` wrapper); its OTHER_SETS is every set file of benchmarks/data when it was written (71), listed by that
program, but this set's and the other engineer's thirtythird_tables.json.

Commands that printed anything: `date -u` (six times); `cat` of the brief and `ls /work/team` (file names); `python -c
"import cf_assistant"` (ok); the `grep -n`, `wc -l` and `sed -n` reads above; `wc -l` of column_sets.py,
everyday_common.py, the test module, set_files.py and CF_RULES.md; the reads listed above; `git status --short` piped to
`awk '{print $2}'` (nothing, at the start); `ls benchmarks/data/*.json | wc -l` (71) and `ls benchmarks/data | grep -c
thirtythird` (0); `grep -c` of thirtysecond_cf.json's README row (1) and `grep -n` of it cut to its first ten characters
(its line number, 70); parse/to_text of 17 made-up rules (each rule and its canonical text); four runs of a program that
printed one True/False per candidate domain or style word (61, 76 and 30 candidates, and the 20 domains as phrased
here): whether any builder's module docstring (benchmarks/data/*.py except thirtythird_*, by `ast.get_docstring`,
lower-cased) or the whole benchmarks/data/README.md holds it as a substring; the generator's counts (entries, columns
and column keys used: 430, 108, 108; the tag and style counts over all entries; the column lengths); this builder's
check program (five runs, before any half was printed: 430 entries, 71 other sets, 0 problems of `column_record` and
`column_problems` each time); four prints of this set's drafted entries (request, rule and tags of every ninth; every
thirteenth and every typo or odd-case one; every eleventh from the fourth; every seventeenth from the sixth and every
NOT of a comparison) to read them, before any half was seen; the module writer's runs (module lines, entries, other
sets, lines over 120 characters, lines with trailing spaces: 1095 with 40 long lines, then 1135 with none after the long
columns were split) with, for the long lines, `awk` of their line numbers and lengths and the text of three of them
(this set's own column lines), and `sed -n 50,56p | cut -c1-60` of this module (this set's columns); a Python traceback
of the program that added this set to the test module (its first try stopped on an assertion before writing anything,
and the traceback printed the start of the test module's docstring); the lengths of the test module's first 15 or 16
lines (three times) and `sed -n 1,16p` of it (its docstring); `grep -c thirtythird` of the test module (0, then 2); the
refusal check's `problems_of` ([]) and the entry count (430); the builder's main run (the counts per function, style and
tag per half) and `md5sum` of the build; `grep -c` of the README rows (0 for this set's and thirtythird_tables.json's
before; 1 and 0 after the insertion; 1 and 1 at the end, when the table set's row was in); the program that inserted
this set's README row (it printed the row's line number, 71); the test modules' pass counts and `time`'s timings (436
passed by `-k "thirtythird or t33c"`; test_sets_are_the_projects_own.py 74 passed; the whole one-column module, 12684
passed, after this docstring was written); `md5sum` of the rebuilds (equal to the first build); `awk` of this module's
lines over 120 bytes (two docstring lines holding non-ASCII letters) and Python's longest line (120 characters); `python
-m flake8` (no such module); a second `git status --short` piped to `awk '{print $2}'` (file names only: this set's
files, the README, the two set test modules, a file under cf_assistant/ edited by another engineer and the thirty-third
table set's files); a traceback of a first try at this edit of the docstring (an assertion, nothing written).

Domains. Candidates the checks dropped (printed True): hurling, camogie, sumo, kabaddi, hornuss(en), lacrosse, roller
derby, quidditch, dragon boat, caber, luge, bobsleigh, pesapallo, bandy, buzkashi, sepak, fistball, boules, skittles,
gaelic, jai alai, bossaball, pierogi, gyoza, poutine, baklava, halva, bao, ramen, pho, falafel, shawarma, tamale,
pupusa, paella, poffert(jes), pretzel, cannoli, arancini, gozleme, loukoumades, lassi, boba, mochi, onigiri, tempura,
pastel de nata, cooper, wheelwright, glassblow(er), saddler, chimney sweep, lacemak(er), tanner, sitar, tabla, bodhran,
didgeridoo, banjo, ukulele, mandolin, saffron, vanilla, cranberry, elderberry, gooseberry, truffle, silkworm, ostrich,
emu, bison, yak. Printed False and not used: bunnock, pesäpallo, sipa, kilikiti, varzesh, jorkyball, kronum, faustball,
kemari, cuju, mölkky, molkky, churchkhela, pastéis, lángos, kürtőskalács, chimney cake, sfogliatella, gözleme, börek,
pączki, paczki, tostada, chapati, roti, paratha, idli, vada, bhaji, gulab. Taken (printed False, alone and as the phrase
used): gorodki (gorodki club), kubb (kubb league), crokinole (crokinole club), chinlone (chinlone club), lapta (lapta
club), kulfi (kulfi cart), langos (langos stand), chebureki (chebureki kitchen), burek (burek bakery), simit (simit
cart), kolache (kolache bakery), beignet (beignet stand), taiyaki (taiyaki stall), jalebi (jalebi shop), pakora (pakora
stall), elote (elote cart), sashimi (sashimi counter), shamisen (shamisen school), koto (koto ensemble), damson (damson
orchard). The style words: radio and auction printed True (an earlier docstring or README row holds the word), horoscope
and military False; the styles are the brief's.

Slips. (1) Of reading: no entry line of any builder and no utterance of a JSON file was printed, and git log was not
run; the traceback of the first try at the test module's edit printed the start of that module's docstring, which its
author had read in full anyway. (2) No draft was reworded after its half was seen: the check found no problem on its
first run; wording fixes were made after that run and before the main run (singular and plural kept apart: "that occur
just once", "that repeat" and "that say exactly" made "occurring just once", "occurring twice or more" and "saying
exactly"; "falling on tomorrow" and "falling on yesterday" made "falling tomorrow" and "falling yesterday"; "light up
them" made "light them up"; "... brings luck" made "bring" after a plural; an imperative that puts the cells first, "...
-- shade it", no longer follows "to", "you" or "will", where the verb comes first instead; the templates that named the
cells without saying what to do with them ("that's the job", "gets the marker", "Objective for ...:", "all to the marker
pen") given a verb; "put an icon set for ..." made "apply ..."; "data bars ... is what's needed" made "... is getting
data bars"; the `quoted` and `column-word` tags taken from the final request instead of the noun phrase, since a visual
request may not use it; more odd-case and number-format records), and the check was run again (0 problems) before any
half was printed; nothing of the entries changed after the one main run that printed the halves (only this docstring was
written after it, which changes no record). The half size asked of this set in the test module (180 a half), its
other-set count (71, every set file before it), its column count (108) and its refusal check were set before the halves
were seen. (3) The halves are uneven (dev 211, test 219) and some functions are thin in one half (Top 2/8; Equals,
NotEquals and TextNotContains 3/7; TextContains and ThisWeek 7/3; GreaterThan 10/5, LessThan 5/10; 4/6 or 6/4 for many
others): the hash's split, not steered; the styles are even over the set (horoscope and military 108, radio and auction
107) but not by half (horoscope 44/64). (4) Some tags are thin: polarity 4 (1/3: "no less than" for GreaterThanEqual,
"no more than" for LessThanEqual), number-format 6 (thousands with a comma, on the two columns of figures over 1,000),
odd-case 12 (the whole request upper-cased, header included; never a text rule or a comparison), typo 13 (misspellings
of words that are no literal: "higlight", "shdae", "colur", "cels", "mrak", "falg"). (5) The requests come from a
program: each style has 10 templates, each function 2 to 6 phrasings, and the cells are named in 8 noun-phrase shapes
("every <header> value ...", "any <header> cell ...", "anything ... in <header>", "the <header> entries ...", "cells ...
in the <header> column", 'each "<header>" entry ...', "<header> cells ...", "the <header> rows ...") with the verb first
or after ("... -- shade it") or the cells as the subject ("... will be shaded"), chosen by counters, so wordings repeat
in pattern across domains (the domain, column, literal and threshold differ). (6) Readings: "past n", "more than n",
"higher than n" are GreaterThan, "short of n" LessThan, "n or higher", "n or above" GreaterThanEqual, "n or lower", "n
or below" LessThanEqual; "not over n", "not above n" are NOT(GreaterThan(n)), "not below n", "not under n"
NOT(LessThan(n)), "not n or more" NOT(GreaterThanEqual(n)), "not n or less" NOT(LessThanEqual(n)); "between a and b
inclusive", "(ends count)", "both ends included" and "in the a to b range, ends included" Between; "not between" and
"outside" NotBetween; "over a and under b" and its kin AND(GreaterThan(a), LessThan(b)); "under a or over b" and its kin
OR(LessThan(a), GreaterThan(b)); "among the top/bottom n", "in the top/bottom n", "ranked in the top n" and "among the n
lowest" Top/Bottom; "in/within the top/bottom p% (percent)" TopPercent/BottomPercent; "holding an error", "showing an
error like #N/A", "with an error value" Errors; "free of errors", "without an error", "not showing an error" NotErrors;
"not containing", "not mentioning", "without ... in the text" TextNotContains; "with ... in the text" TextContains; "not
starting/beginning with" NOT(TextStartsWith), "not ending with/in" NOT(TextEndsWith), "other than exactly", "not reading
exactly" NOT(TextEquals); "left blank", "left empty", "with nothing entered" Blanks; "not left blank", "not empty",
"with something entered" NotBlanks; "appearing more than once", "occurring twice or more", "repeated in the column"
Duplicates; "appearing only once", "occurring just once", "found only once in the column" Unique; "falling this/next
week/month", "in this/next/last week/month", "from last week/month" the period named; "falling on today's date",
"falling tomorrow/yesterday" Today/Tomorrow/Yesterday; "the last 7 days" and "the last seven days" Last7Days. The NOT of
a comparison and its complement read alike on a column of numbers, where they format the same rows; the reference is the
rule the words name. (7) Unique and Blanks count the cell of one space as Excel does (the executor's reading), so
"appearing only once" also formats that cell, and blank cells include it. (8) The refusal check of this set in the test
module uses GreaterThan(45) on the sashimi counter's Sashimi Plates Served column. (9) The first paragraph of the test
module's docstring was reflowed (by textwrap, 120 characters) when this set was added to its list; its old breaks inside
hyphenated words ("twenty- fourth", "thirty- second", "one- column") were joined, and a first reflow left a first line
of 123 characters and was redone. (10) The horoscope requests name the sign's dates ("Gemini (May 21 - Jun 20)") and
"this season", never the bench's today; a date rule's period is relative to the bench's today. (11) One header is
plainer than the rest ("Bat Owner", the gorodki club's). (12) The kulfi cart's freezer column holds negative
temperatures, so its Between, NotBetween, AND and OR figures are negative ("more than -18 and less than -6"). Not read:
anything under cf_assistant/ beyond calling its public API, any other builder's COLUMNS, ENTRIES or TABLES, the
utterances of any JSON file, thirtythird_tables.* (being written beside this set by engineer E33t; never opened), the
table test module, tests/benchmarks/test_sets_are_the_projects_own.py (run only), ../shared/data. No model, no `cfa
suggest`, no `cfa bench` and no generator of the model was run.

Drafts and checks. Near-miss cells were put in the columns from the start (each threshold itself and the step on either
side of it, a value near a third of the lowest threshold and three times the highest, the midpoints between thresholds;
the exact text literal, a cell starting with it, one ending with it and one holding it in the middle, for each of a
column's two literals; blanks, cells of one space, text and error cells beside the numbers of visual columns; a date in
every period, one a year before today and others in none). The 42 kinds of rule (the 41 functions, NOT counted twice: of
a comparison and of a text rule) were each given to ten records (GreaterThan and LessThan fifteen) before any half was
seen, spread over the domains in turn; on the eight domains of six columns the comparisons and NOT go on one numeric
column and Between, NotBetween, AND and OR on another (on the twelve of five, all on one); the styles go round the
entries in turn, shifted by one for each round of the domains. 430 records on 108 columns (108 distinct headers, 5 or 6
a domain): dev 211, test 219 (the hash's split, not steered); every one of the 41 functions in both halves; 12 to 14
cells a column.

The builder refuses any request equal (case-insensitive, stripped) to a request of the set files written before it
(`OTHER_SETS`), of any other set file in the folder when it runs (thirtythird_tables.json, written beside it by someone
else, included when present) or of the train split, a non-canonical rule, a column of fewer than 12 or more than 20
cells, a column where the rule formats no row or every row, and a column that cannot tell the rule from the rules one
edit away (`everyday_common.column_problems`).

Tags: the style first (`radio`, `horoscope`, `military`, `auction`), then any of `typo`, `odd-case`, `negation`,
`number-words`, `number-format`, `quoted`, `compound`, `superlative`, `column-word`, `boundary`, `range`, `polarity`,
`date`, `visual` (as in thirtysecond_cf.py; all given by the generator: `negation` to the functions that say a negative,
`boundary` to GreaterThanEqual, LessThanEqual, Between and NotBetween, `range` to Between and NotBetween, `compound` to
AND and OR, `superlative` to Top, Bottom and their percents, `quoted` to a request holding its header or literal in
double quotes, `column-word` to one holding the word "column", `number-words` to one with a figure in words, "seven" of
the last seven days included), then the set tag `thirtythird`. IDs have the prefix `t33c-`; the dev/test halves come
from a hash of the ID. No request starts with "#" (a line starting so is a heading) or holds " | " (the field
separator).

Each entry line is `request | reference rule (canonical) | column key | style [| tag ...]`; an entry too long for one
line of 120 characters goes on in indented lines that start with "+ " (more of the request) or "|" (the next field)
(`_joined`).

Rebuild: `python benchmarks/data/thirtythird_cf.py`; checked by `tests/benchmarks/test_one_column_sets_data.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import column_sets  # noqa: E402
from everyday_common import weak_near_misses, write_splits  # noqa: E402,F401 (the tests use them)

HERE = Path(__file__).resolve().parent
OUT = HERE / "thirtythird_cf.json"
PREFIX = "t33c"
THIRTYTHIRD_TAG = "thirtythird"
STYLES = ("radio", "horoscope", "military", "auction")
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
# month May, next month July. Each date column of this set holds a date in every period and one in
# none; four hold a blank and four a text cell.
COLUMNS = {
    "gk_n1": ("Gorodki Throws Taken", "3|7|8|9|11|13|14|15|17.5|20|21|22|63"),
    "gk_n2": ("Gorodki Figures Cleared", "1|2|3|4|4.5|5|6|7|7.5|8|9|10|27"),
    "gk_v": ("Gorodki Season Points", "41|57|33|injured|68|49|72||26|61|#N/A|38|54|45"),
    "gk_t": ("Gorodki Figure Name",
              "star|cannon special|new cannon mix|well|fork|cannon|gunner|arrow|gunner twist|big gunner|plane|"
              "machine|our gunner plus|old cannon"),
    "gk_d": ("Next Gorodki Meet",
              "2024-06-11|2024-06-09|2025-01-20|2024-06-22|2024-07-19|2024-06-12|2024-06-10|2023-06-12|2024-06-05|"
              "2024-06-13|2024-06-29|2024-06-07|2024-05-30"),
    "gk_b": ("Bat Owner", "Oleg|Irina||Oleg|Pavel|Sasha|Irina| |Lev|Nina|Oleg|Yuri"),
    "kb_n1": ("Kubbs Felled", "2|4|5|6|7.5|9|10|11|13|15|16|17|48"),
    "kb_n2": ("Kubb Baton Throws", "4|11|12|13|16|19|20|21|25|29|30|31|90"),
    "kb_v": ("Kubb League Score", "18|27|12|35|forfeit|22|40|15||31|#N/A|9|25|37"),
    "kb_t": ("Kubb Team Name",
              "green kings|big vikings|field mice|new north|vikings mix|north|oak side|vikings|house north twist|"
              "north style|batons|our vikings plus|the lawn crew"),
    "kb_d": ("Kubb Fixture Date",
              "2024-05-30|2024-06-06|2024-06-02|2024-06-29||2024-06-11|2024-06-14|2024-06-13|2024-03-15|2024-09-04|"
              "2024-07-28|2024-06-09|2024-06-12|2024-06-21"),
    "kb_b": ("Kubb Captain", "Sven|Ingrid|Sven||Astrid|Bjorn|Ingrid|Erik| |Liv|Sven|Nils"),
    "ck_n1": ("Crokinole Twenties Sunk", "0.7|1|2|3|3.5|4|5|6|6.5|7|8|9|24"),
    "ck_n2": ("Crokinole Game Score", "20|55|60|65|77.5|90|95|100|112.5|125|130|135|390"),
    "ck_v": ("Crokinole Rating", "1420|1510|1385|1630|1475|new member|1560|1340|1600||#N/A|1455|1525|1390"),
    "ck_t": ("Crokinole Board Style",
              "maple plus|maple|pine travel|our tournament|tournament|old tournament style|house maple twist|"
              "walnut inlay|oak deluxe|tournament special|cherry round|birch club|new maple"),
    "ck_d": ("Crokinole Night Date",
              "2024-06-11|2024-06-18|2024-06-12|2024-04-26|2024-06-27|2024-06-06|2024-06-02|2024-06-09|2024-03-15|"
              "2024-06-10|2024-06-13|2024-07-11|2024-05-22"),
    "ck_b": ("Crokinole Partner", "Marcel|Josee|Marcel|Luc||Anne|Josee|Remi|Claire| |Marcel|Guy"),
    "cl_n1": ("Chinlone Kicks Chained", "15|35|40|45|57.5|70|75|80|97.5|115|120|125|360"),
    "cl_n2": ("Chinlone Circle Minutes", "5|14|15|16|20|24|25|26|32.5|39|40|41|120"),
    "cl_v": ("Chinlone Style Marks", "6.5|7.2|5.8|8.1|6.9|7.7|absent||5.1|8.6|#N/A|6.2|7.4|4.6"),
    "cl_t": ("Chinlone Move",
              "sole tap|knee mix|knee|toe touch|heel|our heel|side flick|house knee|instep lift|heel twist|"
              "old heel style|big knee special|back pass"),
    "cl_d": ("Chinlone Session Date",
              "2024-06-15|2024-06-12|2024-06-13|2024-06-03|2024-06-11|2024-06-14|2023-06-12|TBC|2024-07-28|"
              "2024-05-03|2024-06-01|2024-06-21|2024-04-26|2024-06-06"),
    "cl_b": ("Chinlone Ball Maker", "Aung|Thida|Aung|Kyaw|Mya||Thida| |Zaw|Hla|Aung|Nyein"),
    "lp_n1": ("Lapta Runs Scored", "1|3|4|5|6.5|8|9|10|12|14|15|16|45"),
    "lp_n2": ("Lapta Bat Length (cm)", "23|69|70|71|77.5|84|85|86|92.5|99|100|101|300"),
    "lp_v": ("Lapta Catches", "12|19|7|24|15|28|10|rained off||21|#N/A|4|17|26"),
    "lp_t": ("Lapta Team",
              "city wolves|house falcons|river|birch bats|new river mix|falcons style|steppe hares|the foxes|"
              "river plus|old river|red caps|big falcons special|falcons"),
    "lp_d": ("Lapta Match Date",
              "2024-06-21|2024-03-15|2024-07-02|2024-08-09|2024-05-14|2024-06-11|2024-06-13|2024-06-09|2024-06-06|"
              "2024-06-12|2024-06-04|2024-06-29|2024-06-14"),
    "lp_b": ("Lapta Umpire", "Dmitri|Olga||Dmitri|Anton|Vera|Olga|Boris| |Galina|Dmitri|Ivan"),
    "kf_n1": ("Kulfi Sticks Sold", "400|1100|1200|1300|1600|1900|2000|2100|2750|3400|3500|3600|10500"),
    "kf_n2": ("Kulfi Freezer Temp (C)", "-36|-19|-18|-17|-15|-13|-12|-11|-9|-7|-6|-5|-2"),
    "kf_v": ("Kulfi Cart Takings", "420|515|380|cart closed|640|470|590|310|555||#N/A|445|505|685"),
    "kf_t": ("Kulfi Flavour",
              "new pista mix|saffron swirl|mango cream|chikoo|old pista|big malai|our malai plus|malai|pista|"
              "pista special|paan|malai twist|rose petal"),
    "kf_d": ("Kulfi Delivery Date",
              "2024-06-01|2024-03-15|2024-07-11|2024-08-09|2024-05-30|2024-06-12|2024-06-04|2024-06-15|2024-06-08|"
              "2024-06-22|2024-06-14|2024-06-11|2024-06-13"),
    "kf_b": ("Kulfi Supplier", "Ravi|Meena|Ravi||Arjun|Priya|Meena|Kiran|Deepa| |Ravi|Sunil"),
    "lg_n1": ("Langos Fried", "20|55|60|65|85|105|110|115|130|145|150|155|450"),
    "lg_n2": ("Langos Oil Changes", "0.7|1|2|3|3|3|4|5|5|5|6|7|18"),
    "lg_v": ("Langos Stand Profit", "210|265|180|320|festival off|240|295||150|275|#N/A|225|255|340"),
    "lg_t": ("Langos Topping",
              "cheese|cheese style|our garlic plus|garlic mix|new cheese|big garlic|cinnamon sugar|nutella|"
              "ham and dill|sour cream|garlic|house cheese twist|plain salt"),
    "lg_d": ("Langos Market Day",
              "2023-06-12|2024-06-01|2024-06-13|2024-06-11||2024-08-09|2024-05-14|2024-07-28|2024-06-10|2024-06-08|"
              "2024-06-16|2024-06-02|2024-06-12|2024-06-15"),
    "lg_b": ("Langos Fryer Cook", "Zsofi|Bence|Zsofi|Dora||Gergo|Bence| |Anna|Mate|Zsofi|Reka"),
    "cb_n1": ("Chebureki Made per Month", "300|900|1000|1100|1400|1700|1800|1900|2150|2400|2500|2600|7500"),
    "cb_n2": ("Chebureki Dough Batches", "1|3|4|5|5.5|6|7|8|9|10|11|12|33"),
    "cb_v": ("Chebureki Kitchen Sales", "1250|1480|1120|1730|1390|stock count|1610|980||1540|#N/A|1305|1445|1820"),
    "cb_t": ("Chebureki Filling",
              "onion special|new lamb|mushroom|lamb|beef and dill|pumpkin|lamb plus|onion|old onion style|our onion|"
              "cheese and herb|potato|house lamb twist"),
    "cb_d": ("Chebureki Order Date",
              "2024-06-15|2024-06-13|2024-06-03|2024-04-26|2024-06-16|2024-05-03|2024-07-19|2024-03-15|2024-06-14|"
              "2024-06-11|2024-06-12|2024-06-07|2024-06-01"),
    "cb_b": ("Chebureki Rolling Shift", "Timur|Aliya|Timur|Rustem|Elmira||Aliya|Server| |Zarema|Timur|Emir"),
    "bk_n1": ("Burek Trays Baked", "2|5|6|7|9|11|12|13|16|19|20|21|60"),
    "bk_v": ("Burek Daily Revenue", "310|385|270|455|340|420|oven fault|230|395||#N/A|325|360|480"),
    "bk_t": ("Burek Variety",
              "old spinach style|potato roll|meat mix|big meat special|mushroom|spinach|apple swirl|plain cheese|"
              "meat|house meat|spinach twist|pumpkin coil|our spinach"),
    "bk_d": ("Burek Flour Delivery",
              "2024-06-13|2024-05-03|2024-06-04|2024-06-11|2024-06-15|2024-09-04|2024-04-26|TBC|2024-06-01|"
              "2024-06-18|2024-06-12|2024-07-11|2024-06-09|2024-06-06"),
    "bk_b": ("Burek Baker", "Emina|Haris||Emina|Lejla|Adnan|Haris|Selma|Kenan| |Emina|Amra"),
    "sm_n1": ("Simit Rings Sold", "15|45|50|55|70|85|90|95|115|135|140|145|420"),
    "sm_v": ("Simit Cart Margin", "34|41|28|52|37|47|22||broken wheel|44|#N/A|31|39|56"),
    "sm_t": ("Simit Pitch",
              "house ferry|old square|square plus|school road|mosque steps|ferry style|bazaar gate|ferry|tram stop|"
              "park bench|new square mix|big ferry special|square"),
    "sm_d": ("Simit Sesame Order",
              "2024-06-04|2024-06-18|2024-07-28|2024-06-11|2024-04-26|2024-06-07|2024-03-15|2024-06-13|2024-06-09|"
              "2024-06-12|2024-05-22|2024-06-01|2024-06-14"),
    "sm_b": ("Simit Seller", "Mehmet|Ayse|Mehmet||Emre|Zeynep|Ayse| |Can|Elif|Mehmet|Burak"),
    "kl_n1": ("Kolache Dozens", "3|8|9|10|12.5|15|16|17|20|23|24|25|72"),
    "kl_v": ("Kolache Batch Cost", "46|58|39|waived|71|52|64|33||60|#N/A|49|55|77"),
    "kl_t": ("Kolache Filling",
              "cottage|poppy special|old poppy|sweet cabbage|poppy|prune jam|apricot twist|apricot|our apricot plus|"
              "peach|new poppy mix|cream cheese|big apricot"),
    "kl_d": ("Kolache Pickup Date",
              "2024-06-02|2024-06-08|2024-05-14|2024-06-10|2025-01-20|2024-06-11|2023-06-12|2024-06-15|2024-06-22|"
              "2024-06-01|2024-06-12|2024-06-13|2024-07-28"),
    "kl_b": ("Kolache Regular", "Hana|Pavel|Hana|Jiri||Marta|Pavel|Tomas| |Eva|Hana|Karel"),
    "bg_n1": ("Beignets per Order", "1|2|3|4|4.5|5|6|7|9|11|12|13|36"),
    "bg_v": ("Beignet Stand Tips", "18|26|14|33|card only|21|29|11|31||#N/A|16|24|37"),
    "bg_t": ("Beignet Order Note",
              "with coffee|extra sugar|big extra sugar|to go|half dozen box|extra sugar mix|chicory|plain|"
              "new chicory|no powder|house chicory twist|chicory style|our extra sugar plus"),
    "bg_d": ("Beignet Catering Date",
              "2024-05-14|2024-06-15|2024-07-28|2024-06-07||2024-06-14|2024-06-24|2024-06-12|2024-08-09|2024-06-05|"
              "2024-06-22|2024-06-11|2024-06-13|2024-04-26"),
    "bg_b": ("Beignet Runner", "Lucien|Odile|Lucien|Remy|Celeste||Odile|Jules|Nadine| |Lucien|Andre"),
    "ty_n1": ("Taiyaki Moulds Used", "1|3|4|5|6|7|8|9|10.5|12|13|14|39"),
    "ty_v": ("Taiyaki Stall Sales", "88|104|73|126|95|festival day off|117||62|110|#N/A|84|99|134"),
    "ty_t": ("Taiyaki Filling",
              "our custard|matcha|red bean|new red bean|red bean plus|custard special|house red bean twist|"
              "apple cinnamon|custard|cheese|sweet potato|chocolate|old custard style"),
    "ty_d": ("Taiyaki Batter Restock",
              "2024-06-04|2024-06-09|2025-01-20|2024-06-14|2024-06-11|2024-06-21|2024-07-28|2024-06-13|2024-06-12|"
              "2024-06-01|2024-06-07|2024-05-22|2023-06-12"),
    "ty_b": ("Taiyaki Griddle Cook", "Haruto|Yui||Haruto|Sota|Mei|Yui| |Ren|Aoi|Haruto|Riku"),
    "jl_n1": ("Jalebi Kilos Fried", "4|11|12|13|16|19|20|21|27.5|34|35|36|105"),
    "jl_v": ("Jalebi Shop Footfall", "140|175|118|212|156|194|holiday|97||183|#N/A|133|166|228"),
    "jl_t": ("Jalebi Batch Note",
              "our crisp|thin coils|house syrup|imarti style|saffron tint|old crisp style|crisp twist|syrup mix|"
              "big syrup special|festival rush|syrup|ghee fried|crisp"),
    "jl_d": ("Jalebi Sugar Delivery",
              "2024-06-18|2024-09-04|2024-06-11|2024-05-14|2024-07-11|2024-06-10|2024-03-15|TBC|2024-06-13|"
              "2024-06-14|2024-06-12|2024-06-04|2024-06-07|2024-06-24"),
    "jl_b": ("Jalebi Karigar", "Mohan|Sita|Mohan||Gopal|Lata|Sita|Vinod| |Asha|Mohan|Hari"),
    "pk_n1": ("Pakora Plates", "8|24|25|26|32.5|39|40|41|50|59|60|61|180"),
    "pk_v": ("Pakora Stall Cash", "230|284|196|341|255|312|164|rain stop|298||#N/A|241|270|366"),
    "pk_t": ("Pakora Kind",
              "old paneer|new paneer mix|mixed veg|house onion|cauliflower|paneer|spinach leaf|onion|potato slice|"
              "paneer plus|onion style|chilli|big onion special"),
    "pk_d": ("Pakora Gram Flour Order",
              "2024-06-19|2024-06-12|2024-05-03|2024-06-27|2024-06-14|2024-06-13|2025-01-20|2024-06-06|2024-06-03|"
              "2024-06-11|2023-06-12|2024-06-15|2024-07-28"),
    "pk_b": ("Pakora Frying Hand", "Baldev|Simran|Baldev|Harpreet||Gurpreet|Simran|Jaspal|Navneet| |Baldev|Manjit"),
    "el_n1": ("Elotes Grilled", "10|30|35|40|47.5|55|60|65|75|85|90|95|270"),
    "el_v": ("Elote Cart Income", "145|178|121|permit check|214|159|196||103|185|#N/A|137|167|231"),
    "el_t": ("Elote Style",
              "chili|butter only|tajin dusted|our lime plus|old chili|plain|big lime|lime twist|esquites cup|"
              "mayo and cotija|chili special|new chili mix|lime"),
    "el_d": ("Elote Corn Delivery",
              "2024-05-03|2024-06-15|2024-06-12|2024-08-09|2024-06-01|2024-06-13|2023-06-12|2024-06-02|2024-07-11|"
              "2024-06-18|2024-06-09|2024-06-11|2024-06-06"),
    "el_b": ("Elote Vendor", "Lupe|Mateo|Lupe|Rosa|Diego||Mateo| |Ines|Pablo|Lupe|Carmen"),
    "ss_n1": ("Sashimi Plates Served", "6|17|18|19|24|29|30|31|37.5|44|45|46|135"),
    "ss_v": ("Sashimi Fish Cost", "62|78|51|95|market shut|69|86|44||81|#N/A|58|73|104"),
    "ss_t": ("Sashimi Cut",
              "big tuna|new belly|sea bream|mackerel|our tuna plus|house belly twist|belly style|tuna mix|tuna|"
              "belly|salmon|yellowtail|scallop"),
    "ss_d": ("Sashimi Fish Arrival",
              "2024-06-21|2025-01-20|2024-05-30|2024-06-15||2024-06-11|2024-06-13|2024-06-10|2024-06-24|2024-06-05|"
              "2024-06-12|2023-06-12|2024-07-02|2024-06-07"),
    "ss_b": ("Sashimi Chef", "Kenji|Akiko||Kenji|Daichi|Emi|Akiko|Hiro| |Saki|Kenji|Taro"),
    "sh_n1": ("Shamisen Practice Hours", "2|4|5|6|7.5|9|10|11|14|17|18|19|54"),
    "sh_v": ("Shamisen Recital Marks", "72|81|64|90|76|withdrew|86|58|84||#N/A|69|79|93"),
    "sh_t": ("Shamisen Piece",
              "rokudan|song special|tsugaru plus|old song style|tsugaru|kurokami|song|echigo jishi|our song|sakura|"
              "harusame|new tsugaru|house tsugaru twist"),
    "sh_d": ("Shamisen Lesson Date",
              "2024-05-22|2024-06-12|2024-06-13|2024-06-11|2024-06-08|2024-07-02|2024-06-19|2024-06-14|2024-06-24|"
              "2024-06-05|2024-09-04|2024-03-15|2024-06-10"),
    "sh_b": ("Shamisen Teacher", "Michiko|Takeshi|Michiko||Yoko|Kaito|Takeshi|Rina|Shun| |Michiko|Noriko"),
    "kt_n1": ("Koto Strings Replaced", "0.7|1|2|3|3|3|4|5|5.5|6|7|8|21"),
    "kt_v": ("Koto Rehearsal Attendance", "14|18|11|22|16|20|cancelled||9|19|#N/A|13|17|24"),
    "kt_t": ("Koto Part",
              "old first style|melody lead|big bass special|second line|house bass|first|drone|bass mix|first twist|"
              "bass|our first|jushichigen|shakuhachi duet"),
    "kt_d": ("Koto Concert Date",
              "2024-05-30|2024-06-10|2024-06-12|2024-06-15|2024-09-04|2024-06-24|2024-06-13|TBC|2024-06-11|"
              "2024-07-28|2024-06-06|2025-01-20|2024-06-18|2024-06-02"),
    "kt_b": ("Koto Player", "Sachiko|Ichiro|Sachiko|Mariko||Kenta|Ichiro| |Fumiko|Goro|Sachiko|Eri"),
    "dm_n1": ("Damson Trees Pruned", "5|14|15|16|21.5|27|28|29|34|39|40|41|120"),
    "dm_v": ("Damson Yield (kg)", "37|46|29|58|41|52|23|frost loss||49|#N/A|34|44|63"),
    "dm_t": ("Damson Variety",
              "farleigh|langley bullace|prune plus|frogmore|new prune mix|big shropshire special|shropshire|"
              "shropshire style|old prune|king of damsons|merryweather|house shropshire|prune"),
    "dm_d": ("Damson Picking Date",
              "2024-07-19|2024-06-08|2024-06-18|2024-09-04|2024-06-29|2024-06-12|2024-06-13|2024-06-09|2024-06-14|"
              "2024-04-26|2024-06-11|2024-06-02|2024-05-22"),
    "dm_b": ("Damson Picker", "Wilf|Edna|Wilf|Stan|Peggy||Edna|Cyril| |Maud|Wilf|Alf"),
}

ENTRIES = _joined(r"""
# gorodki club
Base, this is Unit 15, copy? Highlight every Gorodki Throws Taken value over eight, over.
    | GreaterThan(8) | gk_n1 | radio | number-words
Forecast for Taurus (Apr 20 - May 20): give Gorodki Season Points data bars. Lucky number 25.
    | DataBar() | gk_v | horoscope | visual
OPORD 38: at 1300, 9th Squad will paint each "Bat Owner" entry left blank. Execute.
    | Blanks() | gk_b | military | quoted
Sold! Lot 80 goes to paddle 69: mrak any Gorodki Season Points cell without an error.
    | NotErrors() | gk_v | auction | typo | negation
Base, this is Unit 42, copy? Anything occurring twice or more in Bat Owner -- shade it, over.
    | Duplicates() | gk_b | radio
Forecast for Taurus (Apr 20 - May 20): fill Gorodki Season Points cells lower than the average. Lucky number 81.
    | BelowAverage() | gk_v | horoscope
OPORD 23: at 1015, 9th Recce Team will light up the Next Gorodki Meet rows falling in this month. Execute.
    | ThisMonth() | gk_d | military | date
Sold! Lot 81 goes to paddle 92: the Gorodki Season Points entries within the bottom 25 percent -- colour them.
    | BottomPercent(25) | gk_v | auction | superlative
Base, this is Unit 54, copy? Flag cells in next week in the Next Gorodki Meet column, over.
    | NextWeek() | gk_d | radio | column-word | date
Forecast for Libra (Sep 23 - Oct 22): highlight every Gorodki Season Points value in the bottom 2. Lucky number 25.
    | Bottom(2) | gk_v | horoscope | superlative
OPORD 23: at 1340, 6th Squad will mark any Next Gorodki Meet cell from last week. Execute.
    | LastWeek() | gk_d | military | date
Sold! Lot 66 goes to paddle 56: paint each "Gorodki Figures Cleared" entry less than 3 or more than 9.
    | OR(LessThan(3), GreaterThan(9)) | gk_n2 | auction | quoted | compound
Base, this is Unit 52, copy? Fill Next Gorodki Meet cells falling tomorrow, over. | Tomorrow() | gk_d | radio | date
Forecast for Aries (Mar 21 - Apr 19): anything not between 3 and 6 in Gorodki Figures Cleared -- shade it. Lucky number
    + 43. | NotBetween(3, 6) | gk_n2 | horoscope | negation | boundary | range
OPORD 36: at 0700, 2nd Recce Team will colour the Next Gorodki Meet entries dated today. Execute.
    | Today() | gk_d | military | date
Sold! Lot 31 goes to paddle 13: light up the Gorodki Throws Taken rows not 14 or less.
    | NOT(LessThanEqual(14)) | gk_n1 | auction | negation
Base, this is Unit 46, copy? Every Gorodki Figure Name value ending in 'cannon' -- highlight it, over.
    | TextEndsWith("cannon") | gk_t | radio
Forecast for Capricorn (Dec 22 - Jan 19): flag cells equal to exactly twenty-one in the Gorodki Throws Taken column.
    + Lucky number 29. | Equals(21) | gk_n1 | horoscope | number-words | column-word
OPORD 58: at 2045, 9th Squad will paint each "Gorodki Figure Name" entry without gunner in the text. Execute.
    | TextNotContains("gunner") | gk_t | military | negation | quoted
Sold! Lot 32 goes to paddle 78: any Gorodki Throws Taken cell 14 or above -- mark it.
    | GreaterThanEqual(14) | gk_n1 | auction | boundary
Base, this is Unit 55, copy? Shade anything reading exactly "cannon" in Gorodki Figure Name, over.
    | TextEquals("cannon") | gk_t | radio | quoted
Forecast for Aquarius (Jan 20 - Feb 18): fill Gorodki Throws Taken cells past 8. Lucky number 65.
    | GreaterThan(8) | gk_n1 | horoscope
# kubb league
Virgo: the stars say any Kubbs Felled cell under 5 will glow yellow this season. | LessThan(5) | kb_n1 | horoscope
Para 4, Execution: Charlie Section to add an icon set to Kubb League Score no later than 1930.
    | IconSet() | kb_v | military | visual
Going once, going twice -- Kubb Captain cells not left blank, sold to the highlighter!
    | NotBlanks() | kb_b | auction | negation
Copy, Front desk. Instruction for Unit 46: set up a color scale on Kubb League Score. Acknowledge, over.
    | ColorScale() | kb_v | radio | visual
Aries: the stars say the Kubb Captain entries occurring just once will be shaded this season.
    | Unique() | kb_b | horoscope
Para 4, Execution: Bravo Company to light up the Kubb League Score rows with an error value no later than 1445.
    | Errors() | kb_v | military
Going once, going twice -- every Kubb Fixture Date date in next month, sold to the highlighter!
    | NextMonth() | kb_d | auction | date
Copy, Front desk. Instruction for Unit 53: flag cells above average in the Kubb League Score column. Acknowledge, over.
    | AboveAverage() | kb_v | radio | column-word
Pisces: the stars say each "Kubb Fixture Date" entry in last month will be coloured in this season.
    | LastMonth() | kb_d | horoscope | quoted | date
Para 5, Execution: Charlie Section to mark any Kubb League Score cell in the top 20% no later than 1530.
    | TopPercent(20) | kb_v | military | superlative
Going once, going twice -- anything falling this week in Kubb Fixture Date, sold to the highlighter!
    | ThisWeek() | kb_d | auction | date
Copy, Front desk. Instruction for Unit 49: Kubb League Score cells ranked in the top 2 -- fill them. Acknowledge, over.
    | Top(2) | kb_v | radio | superlative
Taurus: the stars say the Kubb Fixture Date rows from the last 7 days should turn green this season.
    | Last7Days() | kb_d | horoscope | date
Para 5, Execution: Bravo Company to colour the Kubb Baton Throws entries over twelve and under 30 no later than 0945.
    | AND(GreaterThan(12), LessThan(30)) | kb_n2 | military | number-words | compound
GOING ONCE, GOING TWICE -- CELLS DATED YESTERDAY IN THE KUBB FIXTURE DATE COLUMN, SOLD TO THE HIGHLIGHTER!
    | Yesterday() | kb_d | auction | odd-case | column-word | date
Copy, Front desk. Instruction for Unit 8: highlight every Kubb Baton Throws value between 12 and 20 (ends count).
    + Acknowledge, over. | Between(12, 20) | kb_n2 | radio | boundary | range
Taurus: the stars say any Kubb Team Name cell not ending with vikings will glow yellow this season.
    | NOT(TextEndsWith("vikings")) | kb_t | horoscope | negation
Para 4, Execution: Charlie Section to paint each "Kubbs Felled" entry different from 10 no later than 2215.
    | NotEquals(10) | kb_n1 | military | negation | quoted
Going once, going twice -- Kubb Team Name cells starting with "north", sold to the highlighter!
    | TextStartsWith("north") | kb_t | auction | quoted
Copy, Front desk. Instruction for Unit 43: shade anything 16 or below in Kubbs Felled. Acknowledge, over.
    | LessThanEqual(16) | kb_n1 | radio | boundary
Virgo: the stars say the Kubb Team Name entries containing 'vikings' will be shaded this season.
    | TextContains("vikings") | kb_t | horoscope
Para 2, Execution: Bravo Company to light up the Kubbs Felled rows under ten no later than 1215.
    | LessThan(10) | kb_n1 | military | number-words
# crokinole club
OPORD 10: at 2230, 4th Platoon will shade anything 2 or more in Crokinole Twenties Sunk. Execute.
    | GreaterThanEqual(2) | ck_n1 | military | boundary
Sold! Lot 77 goes to paddle 63: colour the Crokinole Board Style entries reading exactly "maple".
    | TextEquals("maple") | ck_t | auction | quoted
Base, this is Unit 40, copy? Light up the Crokinole Twenties Sunk rows above 5, over. | GreaterThan(5) | ck_n1 | radio
Forecast for Pisces (Feb 19 - Mar 20): apply a data bar in each cell across the Crokinole Rating column. Lucky number
    + 68. | DataBar() | ck_v | horoscope | column-word | visual
OPORD 35: at 1840, 7th Battalion will flag cells with nothing entered in the Crokinole Partner column. Execute.
    | Blanks() | ck_b | military | column-word
Sold! Lot 59 goes to paddle 84: highlight every Crokinole Rating value not showing an error.
    | NotErrors() | ck_v | auction | negation
Base, this is Unit 41, copy? Any Crokinole Partner cell repeated in the column -- mark it, over.
    | Duplicates() | ck_b | radio | column-word
Forecast for Scorpio (Oct 23 - Nov 21): paint each "Crokinole Rating" entry below average. Lucky number 47.
    | BelowAverage() | ck_v | horoscope | quoted
OPORD 13: at 2100, 6th Platoon will fill Crokinole Night Date cells in this month. Execute.
    | ThisMonth() | ck_d | military | date
Sold! Lot 37 goes to paddle 39: anything in the bottom 10% in Crokinole Rating -- shdae it.
    | BottomPercent(10) | ck_v | auction | typo | superlative
Base, this is Unit 32, copy? Colour the Crokinole Night Date entries falling next week, over.
    | NextWeek() | ck_d | radio | date
Forecast for Leo (Jul 23 - Aug 22): light up the Crokinole Rating rows among the 3 lowest. Lucky number 37.
    | Bottom(3) | ck_v | horoscope | superlative
OPORD 17: at 1745, 2nd Battalion will highlight every Crokinole Night Date date falling in last week. Execute.
    | LastWeek() | ck_d | military | date
Sold! Lot 14 goes to paddle 35: flag cels under 60 or over 130 in the Crokinole Game Score column.
    | OR(LessThan(60), GreaterThan(130)) | ck_n2 | auction | typo | compound | column-word
Base, this is Unit 15, copy? Paint each "Crokinole Night Date" entry dated tomorrow, over.
    | Tomorrow() | ck_d | radio | quoted | date
Forecast for Leo (Jul 23 - Aug 22): any Crokinole Game Score cell outside 60 to 95 -- mark it. Lucky number 33.
    | NotBetween(60, 95) | ck_n2 | horoscope | negation | boundary | range
OPORD 51: at 1645, 7th Platoon will shade anything falling on today's date in Crokinole Night Date. Execute.
    | Today() | ck_d | military | date
Sold! Lot 37 goes to paddle 65: fill Crokinole Twenties Sunk cells not over 8.
    | NOT(GreaterThan(8)) | ck_n1 | auction | negation
Base, this is Unit 50, copy? The Crokinole Board Style rows ending with 'tournament' -- light them up, over.
    | TextEndsWith("tournament") | ck_t | radio
Forecast for Virgo (Aug 23 - Sep 22): colour the Crokinole Twenties Sunk entries equal to 5. Lucky number 49.
    | Equals(5) | ck_n1 | horoscope
OPORD 53: at 0940, 3rd Battalion will flag cells not containing maple in the Crokinole Board Style column. Execute.
    | TextNotContains("maple") | ck_t | military | negation | column-word
Sold! Lot 84 goes to paddle 59: every Crokinole Twenties Sunk value higher than 2 -- highlight it.
    | GreaterThan(2) | ck_n1 | auction
# chinlone club
Going once, going twice -- the Chinlone Kicks Chained entries 40 or less, sold to the highlighter!
    | LessThanEqual(40) | cl_n1 | auction | boundary
Copy, Front desk. Instruction for Unit 46: cells containing 'heel' in the Chinlone Move column -- flag them.
    + Acknowledge, over. | TextContains("heel") | cl_t | radio | column-word
Taurus: the stars say every Chinlone Kicks Chained value below seventy-five should be highlighted this season.
    | LessThan(75) | cl_n1 | horoscope | number-words
Para 3, Execution: Delta Detachment to give Chinlone Style Marks icons (an icon set) no later than 1440.
    | IconSet() | cl_v | military | visual
Going once, going twice -- each "Chinlone Ball Maker" entry with something entered, sold to the highlighter!
    | NotBlanks() | cl_b | auction | negation | quoted
COPY, FRONT DESK. INSTRUCTION FOR UNIT 35: ADD A COLOUR SCALE TO CHINLONE STYLE MARKS. ACKNOWLEDGE, OVER.
    | ColorScale() | cl_v | radio | odd-case | visual
Capricorn: the stars say anything found only once in the column in Chinlone Ball Maker must be flagged this season.
    | Unique() | cl_b | horoscope | column-word
Para 2, Execution: Alpha Troop to fill Chinlone Style Marks cells holding an error no later than 1700.
    | Errors() | cl_v | military
Going once, going twice -- the Chinlone Session Date rows falling next month, sold to the highlighter!
    | NextMonth() | cl_d | auction | date
Copy, Front desk. Instruction for Unit 59: colour the Chinlone Style Marks entries above the column average.
    + Acknowledge, over. | AboveAverage() | cl_v | radio | column-word
Capricorn: the stars say cells from last month in the Chinlone Session Date column should light up this season.
    | LastMonth() | cl_d | horoscope | column-word | date
Para 4, Execution: Delta Detachment to highlight every Chinlone Style Marks value within the top 10 percent no later
    + than 0915. | TopPercent(10) | cl_v | military | superlative
Going once, going twice -- any Chinlone Session Date cell in this week, sold to the highlighter!
    | ThisWeek() | cl_d | auction | date
Copy, Front desk. Instruction for Unit 29: each "Chinlone Style Marks" entry among the top 4 -- paint it. Acknowledge,
    + over. | Top(4) | cl_v | radio | quoted | superlative
Capricorn: the stars say Chinlone Session Date cells in the last 7 days must be marked this season.
    | Last7Days() | cl_d | horoscope | date
Para 5, Execution: Alpha Troop to shade anything above fifteen but below 40 in Chinlone Circle Minutes no later than
    + 1210. | AND(GreaterThan(15), LessThan(40)) | cl_n2 | military | number-words | compound
Going once, going twice -- the Chinlone Session Date entries falling yesterday, sold to the highlighter!
    | Yesterday() | cl_d | auction | date
Copy, Front desk. Instruction for Unit 40: light up the Chinlone Circle Minutes rows between 15 and 25 inclusive.
    + Acknowledge, over. | Between(15, 25) | cl_n2 | radio | boundary | range
Taurus: the stars say every Chinlone Move value other than exactly knee should be highlighted this season.
    | NOT(TextEquals("knee")) | cl_t | horoscope | negation
Para 4, Execution: Delta Detachment to flag cells not equal to 120 in the Chinlone Kicks Chained column no later than
    + 1715. | NotEquals(120) | cl_n1 | military | negation | column-word
Going once, going twice -- each "Chinlone Move" entry beginning with "heel", sold to the highlighter!
    | TextStartsWith("heel") | cl_t | auction | quoted
Copy, Front desk. Instruction for Unit 29: mark any Chinlone Kicks Chained cell below 75. Acknowledge, over.
    | LessThan(75) | cl_n1 | radio
# lapta club
Roger that, channel 10 -- flag cells equal to 4 in the Lapta Runs Scored column. Over and out.
    | Equals(4) | lp_n1 | radio | column-word
The planets align for Leo, and each "Lapta Team" entry not containing falcons will be coloured in.
    | TextNotContains("falcons") | lp_t | horoscope | negation | quoted
FRAGO 12 to Alpha Troop: any Lapta Runs Scored cell at least 9 -- mark it. Acknowledge.
    | GreaterThanEqual(9) | lp_n1 | military | boundary
Hey bid-a-bid, $850 now, who'll go higher -- anything equal to the text "river" in Lapta Team, shade it!
    | TextEquals("river") | lp_t | auction | quoted
Roger that, channel 7 -- fill Lapta Runs Scored cels more than 15. Over and out.
    | GreaterThan(15) | lp_n1 | radio | typo
The planets align for Cancer, and Lapta Catches is getting data bars. | DataBar() | lp_v | horoscope | visual
FRAGO 31 to Delta Detachment: colour the Lapta Umpire entries left empty. Acknowledge. | Blanks() | lp_b | military
Hey bid-a-bid, $1610 now, who'll go higher -- the Lapta Catches rows free of errors, flag them!
    | NotErrors() | lp_v | auction | negation
Roger that, channel 13 -- every Lapta Umpire value appearing more than once -- higlight it. Over and out.
    | Duplicates() | lp_b | radio | typo
The planets align for Capricorn, and cells below the column average in the Lapta Catches column should light up.
    | BelowAverage() | lp_v | horoscope | column-word
FRAGO 38 to Alpha Troop: paint each "Lapta Match Date" entry falling in this month. Acknowledge.
    | ThisMonth() | lp_d | military | quoted | date
Hey bid-a-bid, $570 now, who'll go higher -- any Lapta Catches cell within the bottom twenty percent, mark it!
    | BottomPercent(20) | lp_v | auction | number-words | superlative
Roger that, channel 13 -- shade anything in next week in Lapta Match Date. Over and out.
    | NextWeek() | lp_d | radio | date
The planets align for Gemini, and Lapta Catches cells among the bottom 4 must be marked.
    | Bottom(4) | lp_v | horoscope | superlative
FRAGO 45 to Delta Detachment: the Lapta Match Date rows from last week -- light them up. Acknowledge.
    | LastWeek() | lp_d | military | date
Hey bid-a-bid, $360 now, who'll go higher -- the Lapta Bat Length (cm) entries below 70 or above 100, colour them!
    | OR(LessThan(70), GreaterThan(100)) | lp_n2 | auction | compound
Roger that, channel 7 -- flag cells falling tomorrow in the Lapta Match Date column. Over and out.
    | Tomorrow() | lp_d | radio | column-word | date
The planets align for Aquarius, and every Lapta Bat Length (cm) value outside the range 70 to eighty-five should be
    + highlighted. | NotBetween(70, 85) | lp_n2 | horoscope | negation | number-words | boundary | range
FRAGO 36 to Alpha Troop: mark any Lapta Match Date cell dated today. Acknowledge. | Today() | lp_d | military | date
Hey bid-a-bid, $665 now, who'll go higher -- each "Lapta Runs Scored" entry not under nine, falg it!
    | NOT(LessThan(9)) | lp_n1 | auction | typo | negation | number-words | quoted
Roger that, channel 14 -- Lapta Team cells ending in 'falcons' -- fill them. Over and out.
    | TextEndsWith("falcons") | lp_t | radio
The planets align for Capricorn, and anything over 4 in Lapta Runs Scored must be flagged.
    | GreaterThan(4) | lp_n1 | horoscope
# kulfi cart
Leo (Jul 23 - Aug 22): each "Kulfi Sticks Sold" entry not equal to 1,200 will be coloured in. Luck follows.
    | NotEquals(1200) | kf_n1 | horoscope | negation | number-format | quoted
Commander's intent (4th Recce Team, grid NT 8657 7049): Kulfi Flavour cells starting with "pista" must be marked. Move
    + out. | TextStartsWith("pista") | kf_t | military | quoted
Lot 57: do I hear a bid? Yes! Shade anything at most 2,000 in Kulfi Sticks Sold. Sold!
    | LessThanEqual(2000) | kf_n1 | auction | number-format | boundary
Radio check on channel 10... loud and clear. Now: the Kulfi Flavour entries mentioning 'malai' will be shaded. Over.
    | TextContains("malai") | kf_t | radio
Libra (Sep 23 - Oct 22): the Kulfi Sticks Sold rows less than 3,500 should turn green. Luck follows.
    | LessThan(3500) | kf_n1 | horoscope | number-format
Commander's intent (9th Squad, grid NT 4900 2643): Kulfi Cart Takings should wear an icon set. Move out.
    | IconSet() | kf_v | military | visual
Lot 77: do I hear a bid? Yes! Cells not empty in the Kulfi Supplier column -- flag them. Sold!
    | NotBlanks() | kf_b | auction | negation | column-word
Radio check on channel 15... loud and clear. Now: a color scale will appear on Kulfi Cart Takings. Over.
    | ColorScale() | kf_v | radio | visual
Leo (Jul 23 - Aug 22): any Kulfi Supplier cell appearing only once will glow yellow. Luck follows.
    | Unique() | kf_b | horoscope
Commander's intent (9th Recce Team, grid NT 8404 7444): each "Kulfi Cart Takings" entry showing an error like #N/A will
    + be coloured in. Move out. | Errors() | kf_v | military | quoted
Lot 58: do I hear a bid? Yes! Fill Kulfi Delivery Date cells in next month. Sold! | NextMonth() | kf_d | auction | date
Radio check on channel 5... loud and clear. Now: anything higher than the average in Kulfi Cart Takings must be flagged.
    + Over. | AboveAverage() | kf_v | radio
Aquarius: the stars say the Kulfi Delivery Date entries in last month will be shaded this season.
    | LastMonth() | kf_d | horoscope | date
Commander's intent (8th Squad, grid TQ 4951 8903): the Kulfi Cart Takings rows in the top 25% should turn green. Move
    + out. | TopPercent(25) | kf_v | military | superlative
Lot 86: do I hear a bid? Yes! Highlight every Kulfi Delivery Date date falling this week. Sold!
    | ThisWeek() | kf_d | auction | date
RADIO CHECK ON CHANNEL 12... LOUD AND CLEAR. NOW: CELLS IN THE TOP 5 IN THE KULFI CART TAKINGS COLUMN SHOULD LIGHT UP.
    + OVER. | Top(5) | kf_v | radio | odd-case | superlative | column-word
Gemini: the stars say each "Kulfi Delivery Date" entry within the last seven days will be coloured in this season.
    | Last7Days() | kf_d | horoscope | number-words | quoted | date
Commander's intent (6th Recce Team, grid SU 8608 9832): any Kulfi Freezer Temp (C) cell more than -18 and less than -6
    + will glow yellow. Move out. | AND(GreaterThan(-18), LessThan(-6)) | kf_n2 | military | compound
Lot 16: do I hear a bid? Yes! Anything dated yesterday in Kulfi Delivery Date -- shade it. Sold!
    | Yesterday() | kf_d | auction | date
Radio check on channel 3... loud and clear. Now: Kulfi Freezer Temp (C) cells from -18 to -12, both ends included must
    + be marked. Over. | Between(-18, -12) | kf_n2 | radio | boundary | range
Pisces (Feb 19 - Mar 20): the Kulfi Flavour rows not beginning with pista should turn green. Luck follows.
    | NOT(TextStartsWith("pista")) | kf_t | horoscope | negation
Commander's intent (3rd Squad, grid SU 3134 4344): the Kulfi Sticks Sold entries less than 2,000 will be shaded. Move
    + out. | LessThan(2000) | kf_n1 | military | number-format
# langos stand
FRAGO 40 to Bravo Company: fill Langos Fried cells not over 60. Acknowledge.
    | NOT(GreaterThan(60)) | lg_n1 | military | negation
Hey bid-a-bid, $820 now, who'll go higher -- the Langos Topping rows ending with 'garlic', flag them!
    | TextEndsWith("garlic") | lg_t | auction
Roger that, channel 14 -- colour the Langos Fried entries exactly equal to 110. Over and out.
    | Equals(110) | lg_n1 | radio
The planets align for Cancer, and cells not mentioning cheese in the Langos Topping column should light up.
    | TextNotContains("cheese") | lg_t | horoscope | negation | column-word
FRAGO 36 to Charlie Section: every Langos Fried value 150 or higher -- highlight it. Acknowledge.
    | GreaterThanEqual(150) | lg_n1 | military | boundary
Hey bid-a-bid, $1160 now, who'll go higher -- any Langos Topping cell saying exactly "garlic", mark it!
    | TextEquals("garlic") | lg_t | auction | quoted
Roger that, channel 2 -- paint each "Langos Fried" entry greater than 110. Over and out.
    | GreaterThan(110) | lg_n1 | radio | quoted
The planets align for Aquarius, and Langos Stand Profit gets a data bar in each cell.
    | DataBar() | lg_v | horoscope | visual
FRAGO 32 to Bravo Company: shade anything left blank in Langos Fryer Cook. Acknowledge. | Blanks() | lg_b | military
Hey bid-a-bid, $555 now, who'll go higher -- Langos Stand Profit cells without an error, shade them!
    | NotErrors() | lg_v | auction | negation
Roger that, channel 8 -- the Langos Fryer Cook rows occurring twice or more -- light them up. Over and out.
    | Duplicates() | lg_b | radio
THE PLANETS ALIGN FOR LEO, AND THE LANGOS STAND PROFIT ENTRIES LOWER THAN THE AVERAGE WILL BE SHADED.
    | BelowAverage() | lg_v | horoscope | odd-case
FRAGO 13 to Charlie Section: flag cells in this month in the Langos Market Day column. Acknowledge.
    | ThisMonth() | lg_d | military | column-word | date
Hey bid-a-bid, $1285 now, who'll go higher -- every Langos Stand Profit value in the bottom thirty%, colour it!
    | BottomPercent(30) | lg_v | auction | number-words | superlative
Roger that, channel 4 -- mark any Langos Market Day cell falling next week. Over and out.
    | NextWeek() | lg_d | radio | date
The planets align for Aquarius, and each "Langos Stand Profit" entry in the bottom 5 will be coloured in.
    | Bottom(5) | lg_v | horoscope | quoted | superlative
FRAGO 26 to Bravo Company: Langos Market Day cells falling in last week -- fill them. Acknowledge.
    | LastWeek() | lg_d | military | date
Hey bid-a-bid, $690 now, who'll go higher -- anything less than 2 or more than 6 in Langos Oil Changes, shade it!
    | OR(LessThan(2), GreaterThan(6)) | lg_n2 | auction | compound
Roger that, channel 2 -- colur the Langos Market Day entries dated tomorrow. Over and out.
    | Tomorrow() | lg_d | radio | typo | date
The planets align for Capricorn, and the Langos Oil Changes rows not between 2 and 4 should turn green.
    | NotBetween(2, 4) | lg_n2 | horoscope | negation | boundary | range
FRAGO 34 to Charlie Section: highlight every Langos Market Day date falling on today's date. Acknowledge.
    | Today() | lg_d | military | date
Hey bid-a-bid, $585 now, who'll go higher -- cells above 60 in the Langos Fried column, mark them!
    | GreaterThan(60) | lg_n1 | auction | column-word
# chebureki kitchen
Lot 58: do I hear a bid? Yes! Light up the Chebureki Dough Batches rows between four and 11 inclusive. Sold!
    | Between(4, 11) | cb_n2 | auction | number-words | boundary | range
Radio check on channel 4... loud and clear. Now: every Chebureki Filling value not starting with lamb should be
    + highlighted. Over. | NOT(TextStartsWith("lamb")) | cb_t | radio | negation
Gemini (May 21 - Jun 20): cells other than 1000 in the Chebureki Made per Month column should light up. Luck follows.
    | NotEquals(1000) | cb_n1 | horoscope | negation | column-word
Commander's intent (4th Platoon, grid NJ 1287 6594): each "Chebureki Filling" entry beginning with "onion" will be
    + coloured in. Move out. | TextStartsWith("onion") | cb_t | military | quoted
Lot 34: do I hear a bid? Yes! Mark any Chebureki Made per Month cell 1,800 or lower. Sold!
    | LessThanEqual(1800) | cb_n1 | auction | number-format | boundary
Radio check on channel 15... loud and clear. Now: anything with 'lamb' in the text in Chebureki Filling must be flagged.
    + Over. | TextContains("lamb") | cb_t | radio
Libra (Sep 23 - Oct 22): Chebureki Made per Month cells lower than 2500 must be marked. Luck follows.
    | LessThan(2500) | cb_n1 | horoscope
Commander's intent (9th Battalion, grid TQ 5646 9138): Chebureki Kitchen Sales is getting icons (an icon set). Move out.
    | IconSet() | cb_v | military | visual
Lot 17: do I hear a bid? Yes! The Chebureki Rolling Shift entries not left blank -- colour them. Sold!
    | NotBlanks() | cb_b | auction | negation
Radio check on channel 15... loud and clear. Now: Chebureki Kitchen Sales should wear a colour scale. Over.
    | ColorScale() | cb_v | radio | visual
VIRGO (AUG 23 - SEP 22): EVERY CHEBUREKI ROLLING SHIFT VALUE OCCURRING JUST ONCE SHOULD BE HIGHLIGHTED. LUCK FOLLOWS.
    | Unique() | cb_b | horoscope | odd-case
Commander's intent (8th Platoon, grid NJ 5952 4985): cells with an error value in the Chebureki Kitchen Sales column
    + should light up. Move out. | Errors() | cb_v | military | column-word
Lot 89: do I hear a bid? Yes! Paint each "Chebureki Order Date" entry falling next month. Sold!
    | NextMonth() | cb_d | auction | quoted | date
Radio check on channel 3... loud and clear. Now: any Chebureki Kitchen Sales cell above average will glow yellow. Over.
    | AboveAverage() | cb_v | radio
Scorpio: the stars say anything from last month in Chebureki Order Date must be flagged this season.
    | LastMonth() | cb_d | horoscope | date
Commander's intent (6th Battalion, grid TQ 7869 6740): Chebureki Kitchen Sales cells within the top thirty percent must
    + be marked. Move out. | TopPercent(30) | cb_v | military | number-words | superlative
Lot 43: do I hear a bid? Yes! Light up the Chebureki Order Date rows in this week. Sold!
    | ThisWeek() | cb_d | auction | date
Radio check on channel 1... loud and clear. Now: the Chebureki Kitchen Sales entries ranked in the top 3 will be shaded.
    + Over. | Top(3) | cb_v | radio | superlative
Capricorn: the stars say cells from the last 7 days in the Chebureki Order Date column should light up this season.
    | Last7Days() | cb_d | horoscope | column-word | date
Commander's intent (2nd Platoon, grid TQ 4759 2377): every Chebureki Dough Batches value over 4 and under 7 should be
    + highlighted. Move out. | AND(GreaterThan(4), LessThan(7)) | cb_n2 | military | compound
Lot 85: do I hear a bid? Yes! Any Chebureki Order Date cell falling yesterday -- mark it. Sold!
    | Yesterday() | cb_d | auction | date
Radio check on channel 11... loud and clear. Now: each "Chebureki Made per Month" entry lower than 1,800 will be
    + coloured in. Over. | LessThan(1800) | cb_n1 | radio | number-format | quoted
# burek bakery
Unit 15 to Dispatch: request you highlight every Burek Trays Baked value not between 6 and 20. How copy, over?
    | NotBetween(6, 20) | bk_n1 | radio | negation | boundary | range
Leo horoscope: Mercury turns, any Burek Flour Delivery cell dated today will glow yellow. Lucky colour: amber.
    | Today() | bk_d | horoscope | date
4th Battalion, grid TQ 4134 7604: each "Burek Trays Baked" entry not under 6 will be coloured in. H-hour 1615. Out.
    | NOT(LessThan(6)) | bk_n1 | military | negation | quoted
Final call on lot 41: Burek Variety cells ending in 'spinach' must be marked. Hammer down!
    | TextEndsWith("spinach") | bk_t | auction
Unit 5 to Dispatch: request you shade anything equal to exactly 12 in Burek Trays Baked. How copy, over?
    | Equals(12) | bk_n1 | radio
Cancer horoscope: Mercury turns, the Burek Variety entries without meat in the text will be shaded. Lucky colour: amber.
    | TextNotContains("meat") | bk_t | horoscope | negation
9th Platoon, grid NT 5801 2232: the Burek Trays Baked rows no less than 20 should turn green. H-hour 0800. Out.
    | GreaterThanEqual(20) | bk_n1 | military | boundary | polarity
Final call on lot 89: every Burek Variety value reading exactly "spinach" should be highlighted. Hammer down!
    | TextEquals("spinach") | bk_t | auction | quoted
Unit 35 to Dispatch: request you flag cells past twelve in the Burek Trays Baked column. How copy, over?
    | GreaterThan(12) | bk_n1 | radio | number-words | column-word
Pisces horoscope: Mercury turns, data bars will appear on Burek Daily Revenue. Lucky colour: amber.
    | DataBar() | bk_v | horoscope | visual
4th Battalion, grid SU 3559 1169: any Burek Baker cell with nothing entered will glow yellow. H-hour 0715. Out.
    | Blanks() | bk_b | military
Final call on lot 72: each "Burek Daily Revenue" entry not showing an error will be coloured in. Hammer down!
    | NotErrors() | bk_v | auction | negation | quoted
Unit 42 to Dispatch: request you fill Burek Baker cells repeated in the column. How copy, over?
    | Duplicates() | bk_b | radio | column-word
Taurus horoscope: Mercury turns, anything below average in Burek Daily Revenue must be flagged. Lucky colour: amber.
    | BelowAverage() | bk_v | horoscope
4th Platoon, grid TQ 5019 3537: the Burek Flour Delivery entries falling in this month will be shaded. H-hour 1845. Out.
    | ThisMonth() | bk_d | military | date
Final call on lot 82: the Burek Daily Revenue rows within the bottom 25 percent should turn green. Hammer down!
    | BottomPercent(25) | bk_v | auction | superlative
Unit 24 to Dispatch: request you highlight every Burek Flour Delivery date in next week. How copy, over?
    | NextWeek() | bk_d | radio | date
Gemini horoscope: Mercury turns, cells among the 2 lowest in the Burek Daily Revenue column should light up. Lucky
    + colour: amber. | Bottom(2) | bk_v | horoscope | superlative | column-word
5th Battalion, grid SU 7896 9466: each "Burek Flour Delivery" entry from last week will be coloured in. H-hour 1715.
    + Out. | LastWeek() | bk_d | military | quoted | date
Final call on lot 53: any Burek Trays Baked cell under 6 or over twelve will glow yellow. Hammer down!
    | OR(LessThan(6), GreaterThan(12)) | bk_n1 | auction | number-words | compound
Unit 19 to Dispatch: request you shade anything falling tomorrow in Burek Flour Delivery. How copy, over?
    | Tomorrow() | bk_d | radio | date
Cancer horoscope: Mercury turns, Burek Trays Baked cells more than 6 must be marked. Lucky colour: amber.
    | GreaterThan(6) | bk_n1 | horoscope
# simit cart
Your horoscope, Pisces: Venus wants you to mark any Simit Rings Sold cell over 50 and under 140.
    | AND(GreaterThan(50), LessThan(140)) | sm_n1 | horoscope | compound
WARNO 44: stand by to shade anything dated yesterday in Simit Sesame Order. Delta Detachment, acknowledge by 1900.
    | Yesterday() | sm_d | military | date
Bid of $480 from the back, and the lot is: fill Simit Rings Sold cells from 50 to 90, both ends included. Sold!
    | Between(50, 90) | sm_n1 | auction | boundary | range
This is Papa Bear calling Unit 49. Light up the Simit Pitch rows not ending with ferry. Say again? Light up the Simit
    + Pitch rows not ending with ferry. Over and out. | NOT(TextEndsWith("ferry")) | sm_t | radio | negation
Your horoscope, Sagittarius: Venus wants you to colour the Simit Rings Sold entries different from 50.
    | NotEquals(50) | sm_n1 | horoscope | negation
WARNO 34: stand by to flag cells starting with "square" in the Simit Pitch column. Alpha Troop, acknowledge by 2000.
    | TextStartsWith("square") | sm_t | military | quoted | column-word
Bid of $840 from the back, and the lot is: highlight every Simit Rings Sold value no more than 90. Sold!
    | LessThanEqual(90) | sm_n1 | auction | boundary | polarity
This is Papa Bear calling Unit 11. Any Simit Pitch cell containing 'ferry' -- mark it. Say again? Any Simit Pitch cell
    + containing 'ferry' -- mark it. Over and out. | TextContains("ferry") | sm_t | radio
Your horoscope, Cancer: Venus wants you to paint each "Simit Rings Sold" entry short of 140.
    | LessThan(140) | sm_n1 | horoscope | quoted
WARNO 12: stand by to add an icon set to Simit Cart Margin. Delta Detachment, acknowledge by 1115.
    | IconSet() | sm_v | military | visual
Bid of $1385 from the back, and the lot is: anything with something entered in Simit Seller -- shade it. Sold!
    | NotBlanks() | sm_b | auction | negation
This is Papa Bear calling Unit 25. Set up a color scale on Simit Cart Margin. Say again? Set up a color scale on Simit
    + Cart Margin. Over and out. | ColorScale() | sm_v | radio | visual
Your horoscope, Scorpio: Venus wants you to light up the Simit Seller rows found only once in the column.
    | Unique() | sm_b | horoscope | column-word
WARNO 42: stand by to colour the Simit Cart Margin entries holding an error. Alpha Troop, acknowledge by 1945.
    | Errors() | sm_v | military
Bid of $2395 from the back, and the lot is: flag cells in next month in the Simit Sesame Order column. Sold!
    | NextMonth() | sm_d | auction | column-word | date
This is Papa Bear calling Unit 54. Highlight every Simit Cart Margin value above the column average. Say again?
    + Highlight every Simit Cart Margin value above the column average. Over and out.
    | AboveAverage() | sm_v | radio | column-word
Your horoscope, Capricorn: Venus wants you to mark any Simit Sesame Order cell in last month.
    | LastMonth() | sm_d | horoscope | date
WARNO 42: stand by to paint each "Simit Cart Margin" entry in the top 20%. Delta Detachment, acknowledge by 2110.
    | TopPercent(20) | sm_v | military | quoted | superlative
Bid of $1170 from the back, and the lot is: fill Simit Sesame Order cells falling this week. Sold!
    | ThisWeek() | sm_d | auction | date
This is Papa Bear calling Unit 46. Anything among the top 2 in Simit Cart Margin -- shade it. Say again? Anything among
    + the top 2 in Simit Cart Margin -- shade it. Over and out. | Top(2) | sm_v | radio | superlative
YOUR HOROSCOPE, GEMINI: VENUS WANTS YOU TO COLOUR THE SIMIT SESAME ORDER ENTRIES IN THE LAST 7 DAYS.
    | Last7Days() | sm_d | horoscope | odd-case | date
WARNO 20: stand by to light up the Simit Rings Sold rows short of ninety. Alpha Troop, acknowledge by 0510.
    | LessThan(90) | sm_n1 | military | number-words
# kolache bakery
3rd Squad, grid NJ 2789 7965: anything under 9 or over twenty-four in Kolache Dozens must be flagged. H-hour 1815. Out.
    | OR(LessThan(9), GreaterThan(24)) | kl_n1 | military | number-words | compound
FINAL CALL ON LOT 27: THE KOLACHE PICKUP DATE ENTRIES DATED TOMORROW WILL BE SHADED. HAMMER DOWN!
    | Tomorrow() | kl_d | auction | odd-case | date
Unit 37 to Dispatch: request you light up the Kolache Dozens rows outside 9 to sixteen. How copy, over?
    | NotBetween(9, 16) | kl_n1 | radio | negation | number-words | boundary | range
Leo horoscope: Mercury turns, every Kolache Pickup Date date falling on today's date should be highlighted. Lucky
    + colour: amber. | Today() | kl_d | horoscope | date
5th Recce Team, grid NT 7768 4445: cells not nine or more in the Kolache Dozens column should light up. H-hour 1530.
    + Out. | NOT(GreaterThanEqual(9)) | kl_n1 | military | negation | number-words | column-word
Final call on lot 17: each "Kolache Filling" entry ending with 'poppy' will be coloured in. Hammer down!
    | TextEndsWith("poppy") | kl_t | auction | quoted
Unit 47 to Dispatch: request you mark any Kolache Dozens cell equal to 16. How copy, over? | Equals(16) | kl_n1 | radio
Leo horoscope: Mercury turns, anything not containing apricot in Kolache Filling must be flagged. Lucky colour: amber.
    | TextNotContains("apricot") | kl_t | horoscope | negation
6th Squad, grid NT 9478 5930: Kolache Dozens cells 24 or above must be marked. H-hour 1530. Out.
    | GreaterThanEqual(24) | kl_n1 | military | boundary
Final call on lot 24: the Kolache Filling rows equal to the text "poppy" should turn green. Hammer down!
    | TextEquals("poppy") | kl_t | auction | quoted
Unit 29 to Dispatch: request you colour the Kolache Dozens entries higher than sixteen. How copy, over?
    | GreaterThan(16) | kl_n1 | radio | number-words
Pisces horoscope: Mercury turns, Kolache Batch Cost should wear a data bar in each cell. Lucky colour: amber.
    | DataBar() | kl_v | horoscope | visual
5th Recce Team, grid SU 9854 8576: every Kolache Regular value left empty should be highlighted. H-hour 0615. Out.
    | Blanks() | kl_b | military
Final call on lot 27: cells free of errors in the Kolache Batch Cost column should light up. Hammer down!
    | NotErrors() | kl_v | auction | negation | column-word
Unit 30 to Dispatch: request you paint each "Kolache Regular" entry appearing more than once. How copy, over?
    | Duplicates() | kl_b | radio | quoted
Aquarius horoscope: Mercury turns, any Kolache Batch Cost cell below the column average will glow yellow. Lucky colour:
    + amber. | BelowAverage() | kl_v | horoscope | column-word
8TH SQUAD, GRID NJ 2203 5456: ANYTHING IN THIS MONTH IN KOLACHE PICKUP DATE MUST BE FLAGGED. H-HOUR 1840. OUT.
    | ThisMonth() | kl_d | military | odd-case | date
Final call on lot 30: Kolache Batch Cost cells in the bottom ten% must be marked. Hammer down!
    | BottomPercent(10) | kl_v | auction | number-words | superlative
Unit 6 to Dispatch: request you light up the Kolache Pickup Date rows falling next week. How copy, over?
    | NextWeek() | kl_d | radio | date
Taurus horoscope: Mercury turns, the Kolache Batch Cost entries among the bottom 3 will be shaded. Lucky colour: amber.
    | Bottom(3) | kl_v | horoscope | superlative
4th Recce Team, grid NJ 2522 3486: cells falling in last week in the Kolache Pickup Date column should light up. H-hour
    + 0630. Out. | LastWeek() | kl_d | military | column-word | date
# beignet stand
Bid of $1735 from the back, and the lot is: the Beignet Stand Tips entries among the top 3 -- colur them. Sold!
    | Top(3) | bg_v | auction | typo | superlative
This is Papa Bear calling Unit 46. Flag cells in the last 7 days in the Beignet Catering Date column. Say again? Flag
    + cells in the last 7 days in the Beignet Catering Date column. Over and out.
    | Last7Days() | bg_d | radio | column-word | date
Your horoscope, Virgo: Venus wants you to highlight every Beignets per Order value above 3 but below 12.
    | AND(GreaterThan(3), LessThan(12)) | bg_n1 | horoscope | compound
WARNO 20: stand by to mark any Beignet Catering Date cell falling yesterday. Bravo Company, acknowledge by 1230.
    | Yesterday() | bg_d | military | date
Bid of $540 from the back, and the lot is: paint each "Beignets per Order" entry in the 3 to 6 range, ends included.
    + Sold! | Between(3, 6) | bg_n1 | auction | quoted | boundary | range
This is Papa Bear calling Unit 60. Fill Beignet Order Note cells other than exactly extra sugar. Say again? Fill Beignet
    + Order Note cells other than exactly extra sugar. Over and out.
    | NOT(TextEquals("extra sugar")) | bg_t | radio | negation
Your horoscope, Scorpio: Venus wants you to shade anything not equal to 3 in Beignets per Order.
    | NotEquals(3) | bg_n1 | horoscope | negation
WARNO 27: stand by to colour the Beignet Order Note entries beginning with "chicory". Charlie Section, acknowledge by
    + 1040. | TextStartsWith("chicory") | bg_t | military | quoted
Bid of $450 from the back, and the lot is: light up the Beignets per Order rows 6 or below. Sold!
    | LessThanEqual(6) | bg_n1 | auction | boundary
This is Papa Bear calling Unit 6. Every Beignet Order Note value mentioning 'extra sugar' -- highlight it. Say again?
    + Every Beignet Order Note value mentioning 'extra sugar' -- highlight it. Over and out.
    | TextContains("extra sugar") | bg_t | radio
Your horoscope, Leo: Venus wants you to flag cells under 12 in the Beignets per Order column.
    | LessThan(12) | bg_n1 | horoscope | column-word
WARNO 23: stand by to give Beignet Stand Tips icons (an icon set). Bravo Company, acknowledge by 2115.
    | IconSet() | bg_v | military | visual
Bid of $1100 from the back, and the lot is: any Beignet Runner cell not empty -- mark it. Sold!
    | NotBlanks() | bg_b | auction | negation
This is Papa Bear calling Unit 22. Add a colour scale to Beignet Stand Tips. Say again? Add a colour scale to Beignet
    + Stand Tips. Over and out. | ColorScale() | bg_v | radio | visual
Your horoscope, Leo: Venus wants you to fill Beignet Runner cells appearing only once. | Unique() | bg_b | horoscope
WARNO 47: stand by to shdae anything showing an error like #N/A in Beignet Stand Tips. Charlie Section, acknowledge by
    + 1800. | Errors() | bg_v | military | typo
Bid of $540 from the back, and the lot is: colour the Beignet Catering Date entries falling next month. Sold!
    | NextMonth() | bg_d | auction | date
This is Papa Bear calling Unit 26. Light up the Beignet Stand Tips rows higher than the average. Say again? Light up the
    + Beignet Stand Tips rows higher than the average. Over and out. | AboveAverage() | bg_v | radio
Your horoscope, Aries: Venus wants you to highlight every Beignet Catering Date date from last month.
    | LastMonth() | bg_d | horoscope | date
WARNO 60: stand by to flag cells within the top 10 percent in the Beignet Stand Tips column. Bravo Company, acknowledge
    + by 0745. | TopPercent(10) | bg_v | military | superlative | column-word
Bid of $270 from the back, and the lot is: paint each "Beignet Catering Date" entry in this week. Sold!
    | ThisWeek() | bg_d | auction | quoted | date
# taiyaki stall
Tower, Tower, this is Car 33. Cells among the bottom 2 in the Taiyaki Stall Sales column should light up. Over.
    | Bottom(2) | ty_v | radio | superlative | column-word
Born under Virgo? Then each "Taiyaki Batter Restock" entry from last week -- paint it, the cosmos insists.
    | LastWeek() | ty_d | horoscope | quoted | date
SITREP 33 -- any Taiyaki Moulds Used cell below 4 or above 13 will glow yellow. Next report at 2100.
    | OR(LessThan(4), GreaterThan(13)) | ty_n1 | military | compound
Next up, lot 59, opening at $110: shade anything falling tomorrow in Taiyaki Batter Restock. Going once...
    | Tomorrow() | ty_d | auction | date
Tower, Tower, this is Car 52. Taiyaki Moulds Used cells outside the range 4 to 8 must be marked. Over.
    | NotBetween(4, 8) | ty_n1 | radio | negation | boundary | range
Born under Taurus? Then light up the Taiyaki Batter Restock rows dated today, the cosmos insists.
    | Today() | ty_d | horoscope | date
SITREP 39 -- the Taiyaki Moulds Used entries not 4 or less will be shaded. Next report at 0510.
    | NOT(LessThanEqual(4)) | ty_n1 | military | negation
Next up, lot 98, opening at $1165: cells ending in 'red bean' in the Taiyaki Filling column -- flag them. Going once...
    | TextEndsWith("red bean") | ty_t | auction | column-word
Tower, Tower, this is Car 47. Every Taiyaki Moulds Used value exactly equal to 8 should be highlighted. Over.
    | Equals(8) | ty_n1 | radio
Born under Leo? Then mark any Taiyaki Filling cell not mentioning custard, the cosmos insists.
    | TextNotContains("custard") | ty_t | horoscope | negation
SITREP 25 -- each "Taiyaki Moulds Used" entry 13 or more will be coloured in. Next report at 0645.
    | GreaterThanEqual(13) | ty_n1 | military | quoted | boundary
Next up, lot 33, opening at $840: fill Taiyaki Filling cells saying exactly "red bean". Going once...
    | TextEquals("red bean") | ty_t | auction | quoted
Tower, Tower, this is Car 33. Anything over 8 in Taiyaki Moulds Used must be flagged. Over.
    | GreaterThan(8) | ty_n1 | radio
Born under Aquarius? Then set up data bars across the Taiyaki Stall Sales column, the cosmos insists.
    | DataBar() | ty_v | horoscope | column-word | visual
SITREP 36 -- the Taiyaki Griddle Cook rows left blank should turn green. Next report at 1340.
    | Blanks() | ty_b | military
Next up, lot 21, opening at $2060: colour the Taiyaki Stall Sales entries without an error. Going once...
    | NotErrors() | ty_v | auction | negation
Tower, Tower, this is Car 4. Cells occurring twice or more in the Taiyaki Griddle Cook column should light up. Over.
    | Duplicates() | ty_b | radio | column-word
Born under Capricorn? Then highlight every Taiyaki Stall Sales value lower than the average, the cosmos insists.
    | BelowAverage() | ty_v | horoscope
SITREP 27 -- any Taiyaki Batter Restock cell falling in this month will glow yellow. Next report at 1400.
    | ThisMonth() | ty_d | military | date
Next up, lot 50, opening at $700: each "Taiyaki Stall Sales" entry within the bottom 20 percent -- paint it. Going
    + once... | BottomPercent(20) | ty_v | auction | quoted | superlative
Tower, Tower, this is Car 39. Taiyaki Batter Restock cells in next week must be marked. Over.
    | NextWeek() | ty_d | radio | date
# jalebi shop
Cancer rising -- each "Jalebi Shop Footfall" entry in the top 20% brings luck: flag it.
    | TopPercent(20) | jl_v | horoscope | quoted | superlative
Attention, 5th Platoon! On my order at 1945: fill Jalebi Sugar Delivery cells falling this week! Hooah.
    | ThisWeek() | jl_d | military | date
Lot 92, ladies and gents -- anything in the top 2 in Jalebi Shop Footfall must be flagged. Going, going, gone!
    | Top(2) | jl_v | auction | superlative
Ten-four, Stall lead: the Jalebi Sugar Delivery entries within the last seven days -- colour them. Unit 47 out.
    | Last7Days() | jl_d | radio | number-words | date
Virgo rising -- the Jalebi Kilos Fried rows more than 12 and less than thirty-five bring luck: flag them.
    | AND(GreaterThan(12), LessThan(35)) | jl_n1 | horoscope | number-words | compound
Attention, 6th Battalion! On my order at 1100: every Jalebi Sugar Delivery date dated yesterday -- highlight it! Hooah.
    | Yesterday() | jl_d | military | date
Lot 17, ladies and gents -- cels between twelve and 20 (ends count) in the Jalebi Kilos Fried column should light up.
    + Going, going, gone! | Between(12, 20) | jl_n1 | auction | typo | number-words | column-word | boundary | range
Ten-four, Stall lead: each "Jalebi Batch Note" entry not beginning with crisp -- flag it. Unit 7 out.
    | NOT(TextStartsWith("crisp")) | jl_t | radio | negation | quoted
Aquarius rising -- any Jalebi Kilos Fried cell other than 12 brings luck: mark it.
    | NotEquals(12) | jl_n1 | horoscope | negation
Attention, 3rd Platoon! On my order at 1440: shade anything starting with "syrup" in Jalebi Batch Note! Hooah.
    | TextStartsWith("syrup") | jl_t | military | quoted
Lot 56, ladies and gents -- Jalebi Kilos Fried cels 20 or less must be marked. Going, going, gone!
    | LessThanEqual(20) | jl_n1 | auction | typo | boundary
Ten-four, Stall lead: the Jalebi Batch Note rows with 'crisp' in the text -- flag them. Unit 44 out.
    | TextContains("crisp") | jl_t | radio
Aquarius rising -- the Jalebi Kilos Fried entries below 35 bring luck: colour them. | LessThan(35) | jl_n1 | horoscope
Attention, 7th Battalion! On my order at 1615: apply an icon set for "Jalebi Shop Footfall"! Hooah.
    | IconSet() | jl_v | military | quoted | visual
Lot 98, ladies and gents -- every Jalebi Karigar value not left blank should be highlighted. Going, going, gone!
    | NotBlanks() | jl_b | auction | negation
Ten-four, Stall lead: a color scale on Jalebi Shop Footfall -- put it on. Unit 8 out.
    | ColorScale() | jl_v | radio | visual
Aries rising -- each "Jalebi Karigar" entry occurring just once brings luck: flag it.
    | Unique() | jl_b | horoscope | quoted
Attention, 8th Platoon! On my order at 1715: any Jalebi Shop Footfall cell with an error value -- mark it! Hooah.
    | Errors() | jl_v | military
Lot 11, ladies and gents -- anything in next month in Jalebi Sugar Delivery must be flagged. Going, going, gone!
    | NextMonth() | jl_d | auction | date
Ten-four, Stall lead: Jalebi Shop Footfall cells above average -- shade them. Unit 36 out.
    | AboveAverage() | jl_v | radio
Virgo rising -- the Jalebi Sugar Delivery rows in last month bring luck: flag them.
    | LastMonth() | jl_d | horoscope | date
# pakora stall
SITREP 23 -- Pakora Stall Cash cells in the bottom 10% must be marked. Next report at 0740.
    | BottomPercent(10) | pk_v | military | superlative
Next up, lot 93, opening at $350: light up the Pakora Gram Flour Order rows falling next week. Going once...
    | NextWeek() | pk_d | auction | date
TOWER, TOWER, THIS IS CAR 21. THE PAKORA STALL CASH ENTRIES IN THE BOTTOM THREE WILL BE SHADED. OVER.
    | Bottom(3) | pk_v | radio | odd-case | number-words | superlative
Born under Scorpio? Then cells falling in last week in the Pakora Gram Flour Order column -- flag them, the cosmos
    + insists. | LastWeek() | pk_d | horoscope | column-word | date
SITREP 10 -- every Pakora Plates value less than 25 or more than 60 should be highlighted. Next report at 0930.
    | OR(LessThan(25), GreaterThan(60)) | pk_n1 | military | compound
Next up, lot 78, opening at $230: mark any Pakora Gram Flour Order cell dated tomorrow. Going once...
    | Tomorrow() | pk_d | auction | date
Tower, Tower, this is Car 12. Each "Pakora Plates" entry not between 25 and 40 will be coloured in. Over.
    | NotBetween(25, 40) | pk_n1 | radio | negation | quoted | boundary | range
Born under Aries? Then fill Pakora Gram Flour Order cells falling on today's date, the cosmos insists.
    | Today() | pk_d | horoscope | date
SITREP 24 -- anything not above 25 in Pakora Plates must be flagged. Next report at 1110.
    | NOT(GreaterThan(25)) | pk_n1 | military | negation
Next up, lot 23, opening at $1660: the Pakora Kind entries ending with 'onion' -- colour them. Going once...
    | TextEndsWith("onion") | pk_t | auction
Tower, Tower, this is Car 15. The Pakora Plates rows equal to exactly 40 should turn green. Over.
    | Equals(40) | pk_n1 | radio
Born under Sagittarius? Then highlight every Pakora Kind value without paneer in the text, the cosmos insists.
    | TextNotContains("paneer") | pk_t | horoscope | negation
SITREP 13 -- cells at least 60 in the Pakora Plates column should light up. Next report at 2140.
    | GreaterThanEqual(60) | pk_n1 | military | column-word | boundary
Next up, lot 79, opening at $1465: paint each "Pakora Kind" entry reading exactly "onion". Going once...
    | TextEquals("onion") | pk_t | auction | quoted
Tower, Tower, this is Car 13. Any Pakora Plates cell above 40 will glow yellow. Over. | GreaterThan(40) | pk_n1 | radio
Born under Leo? Then add a data bar in each cell to Pakora Stall Cash, the cosmos insists.
    | DataBar() | pk_v | horoscope | visual
SITREP 53 -- Pakora Frying Hand cells with nothing entered must be marked. Next report at 0945.
    | Blanks() | pk_b | military
NEXT UP, LOT 46, OPENING AT $1520: SHADE ANYTHING NOT SHOWING AN ERROR IN PAKORA STALL CASH. GOING ONCE...
    | NotErrors() | pk_v | auction | odd-case | negation
Tower, Tower, this is Car 13. The Pakora Frying Hand entries repeated in the column will be shaded. Over.
    | Duplicates() | pk_b | radio | column-word
Born under Leo? Then light up the Pakora Stall Cash rows below average, the cosmos insists.
    | BelowAverage() | pk_v | horoscope
SITREP 24 -- every Pakora Gram Flour Order date in this month should be highlighted. Next report at 0715.
    | ThisMonth() | pk_d | military | date
# elote cart
Lot 40, ladies and gents -- the Elote Cart Income rows above average should turn green. Going, going, gone!
    | AboveAverage() | el_v | auction
Ten-four, Stall lead: every Elote Corn Delivery date from last month -- colur it. Unit 34 out.
    | LastMonth() | el_d | radio | typo | date
Pisces rising -- cells within the top 10 percent in the Elote Cart Income column bring luck: mark them.
    | TopPercent(10) | el_v | horoscope | superlative | column-word
Attention, 3rd Squad! On my order at 2040: paint each "Elote Corn Delivery" entry in this week! Hooah.
    | ThisWeek() | el_d | military | quoted | date
Lot 60, ladies and gents -- any Elote Cart Income cell ranked in the top 4 will glow yellow. Going, going, gone!
    | Top(4) | el_v | auction | superlative
Ten-four, Stall lead: anything from the last 7 days in Elote Corn Delivery -- shdae it. Unit 29 out.
    | Last7Days() | el_d | radio | typo | date
Virgo rising -- Elotes Grilled cells over 35 and under 90 bring luck: shade them.
    | AND(GreaterThan(35), LessThan(90)) | el_n1 | horoscope | compound
Attention, 8th Recce Team! On my order at 0700: the Elote Corn Delivery rows falling yesterday -- light them up! Hooah.
    | Yesterday() | el_d | military | date
Lot 31, ladies and gents -- the Elotes Grilled entries between thirty-five and 60 inclusive will be shaded. Going,
    + going, gone! | Between(35, 60) | el_n1 | auction | number-words | boundary | range
Ten-four, Stall lead: cells not ending in chili in the Elote Style column -- mark them. Unit 59 out.
    | NOT(TextEndsWith("chili")) | el_t | radio | negation | column-word
Aries rising -- every Elotes Grilled value different from 35 brings luck: colour it.
    | NotEquals(35) | el_n1 | horoscope | negation
Attention, 4th Squad! On my order at 0615: mark any Elote Style cell beginning with "lime"! Hooah.
    | TextStartsWith("lime") | el_t | military | quoted
Lot 43, ladies and gents -- each "Elotes Grilled" entry at most 60 will be coloured in. Going, going, gone!
    | LessThanEqual(60) | el_n1 | auction | quoted | boundary
Ten-four, Stall lead: Elote Style cells containing 'chili' -- shade them. Unit 53 out.
    | TextContains("chili") | el_t | radio
Pisces rising -- anything less than 90 in Elotes Grilled brings luck: shade it. | LessThan(90) | el_n1 | horoscope
Attention, 3rd Recce Team! On my order at 1615: set up icons (an icon set) for "Elote Cart Income"! Hooah.
    | IconSet() | el_v | military | quoted | visual
Lot 38, ladies and gents -- the Elote Vendor rows with something entered should turn green. Going, going, gone!
    | NotBlanks() | el_b | auction | negation
Ten-four, Stall lead: a colour scale on Elote Cart Income -- put it on. Unit 57 out.
    | ColorScale() | el_v | radio | visual
Capricorn rising -- cells found only once in the column in the Elote Vendor column bring luck: mark them.
    | Unique() | el_b | horoscope | column-word
Attention, 8th Squad! On my order at 1100: every Elote Cart Income value holding an error -- highlight it! Hooah.
    | Errors() | el_v | military
Lot 56, ladies and gents -- any Elote Corn Delivery cell falling next month will glow yellow. Going, going, gone!
    | NextMonth() | el_d | auction | date
# sashimi counter
Breaker 14, breaker -- every Sashimi Fish Cost value below average: colour it, that's the job. Copy?
    | BelowAverage() | ss_v | radio
Trust your instincts, Scorpio, and mark any Sashimi Fish Arrival cell falling in this month. Best match: Aries.
    | ThisMonth() | ss_d | horoscope | date
Orders for 2nd Recce Team, effective 0540 hours: each "Sashimi Fish Cost" entry within the bottom 20 percent -- paint
    + it. Dismissed. | BottomPercent(20) | ss_v | military | quoted | superlative
Sold, sold, sold! Sashimi Fish Arrival cells in next week must be marked, says the auctioneer. Lot 83 closed.
    | NextWeek() | ss_d | auction | date
Breaker 7, breaker -- anything among the 4 lowest in Sashimi Fish Cost: shade it, that's the job. Copy?
    | Bottom(4) | ss_v | radio | superlative
Trust your instincts, Gemini, and colour the Sashimi Fish Arrival entries from last week. Best match: Scorpio.
    | LastWeek() | ss_d | horoscope | date
Orders for 5th Squad, effective 0800 hours: light up the Sashimi Plates Served rows under eighteen or over 45.
    + Dismissed. | OR(LessThan(18), GreaterThan(45)) | ss_n1 | military | number-words | compound
Sold, sold, sold! Every Sashimi Fish Arrival date falling tomorrow should be highlighted, says the auctioneer. Lot 83
    + closed. | Tomorrow() | ss_d | auction | date
Breaker 25, breaker -- cells outside 18 to 30 in the Sashimi Plates Served column: mark them, that's the job. Copy?
    | NotBetween(18, 30) | ss_n1 | radio | negation | column-word | boundary | range
Trust your instincts, Libra, and paint each "Sashimi Fish Arrival" entry dated today. Best match: Cancer.
    | Today() | ss_d | horoscope | quoted | date
Orders for 3rd Recce Team, effective 1430 hours: mark any Sashimi Plates Served cell not below eighteen. Dismissed.
    | NOT(LessThan(18)) | ss_n1 | military | negation | number-words
Sold, sold, sold! Anything ending in 'tuna' in Sashimi Cut must be flagged, says the auctioneer. Lot 20 closed.
    | TextEndsWith("tuna") | ss_t | auction
Breaker 9, breaker -- Sashimi Plates Served cells equal to 30: shade them, that's the job. Copy?
    | Equals(30) | ss_n1 | radio
Trust your instincts, Aries, and light up the Sashimi Cut rows not containing belly. Best match: Cancer.
    | TextNotContains("belly") | ss_t | horoscope | negation
Orders for 8th Squad, effective 2140 hours: the Sashimi Plates Served entries 45 or higher -- colour them. Dismissed.
    | GreaterThanEqual(45) | ss_n1 | military | boundary
Sold, sold, sold! Cells equal to the text "tuna" in the Sashimi Cut column should light up, says the auctioneer. Lot 54
    + closed. | TextEquals("tuna") | ss_t | auction | quoted | column-word
Breaker 24, breaker -- every Sashimi Plates Served value more than 30: colour it, that's the job. Copy?
    | GreaterThan(30) | ss_n1 | radio
Trust your instincts, Aries, and give Sashimi Fish Cost data bars. Best match: Aries.
    | DataBar() | ss_v | horoscope | visual
Orders for 3rd Recce Team, effective 0710 hours: paint each "Sashimi Chef" entry left empty. Dismissed.
    | Blanks() | ss_b | military | quoted
Sold, sold, sold! Any Sashimi Fish Cost cell free of errors will glow yellow, says the auctioneer. Lot 71 closed.
    | NotErrors() | ss_v | auction | negation
Breaker 19, breaker -- anything appearing more than once in Sashimi Chef: shade it, that's the job. Copy?
    | Duplicates() | ss_b | radio
# shamisen school
Dear Virgo, the moon enters your spreadsheet house: any Shamisen Recital Marks cell holding an error -- mark it.
    | Errors() | sh_v | horoscope
Objective for Bravo Company: shade anything in next month in Shamisen Lesson Date. Rally point grid NJ 9629 8007.
    + Execute at 1900. | NextMonth() | sh_d | military | date
Do I hear $1560? $220? The hammer falls: fill Shamisen Recital Marks cells above the column average!
    | AboveAverage() | sh_v | auction | column-word
All units, all units, Nest on channel 3: the Shamisen Lesson Date rows in last month -- light them up. Over.
    | LastMonth() | sh_d | radio | date
Dear Libra, the moon enters your spreadsheet house: colour the Shamisen Recital Marks entries in the top 25%.
    | TopPercent(25) | sh_v | horoscope | superlative
Objective for Charlie Section: flag cells falling this week in the Shamisen Lesson Date column. Rally point grid SU 9031
    + 6803. Execute at 1145. | ThisWeek() | sh_d | military | column-word | date
Do I hear $2135? $620? The hammer falls: every Shamisen Recital Marks value among the top 5 -- highlight it!
    | Top(5) | sh_v | auction | superlative
All units, all units, Nest on channel 9: mark any Shamisen Lesson Date cell in the last 7 days. Over.
    | Last7Days() | sh_d | radio | date
Dear Scorpio, the moon enters your spreadsheet house: paint each "Shamisen Practice Hours" entry above 5 but below 18.
    | AND(GreaterThan(5), LessThan(18)) | sh_n1 | horoscope | quoted | compound
Objective for Bravo Company: Shamisen Lesson Date cells dated yesterday -- fill them. Rally point grid TQ 1249 1381.
    + Execute at 1330. | Yesterday() | sh_d | military | date
Do I hear $420? $635? The hammer falls: shade anything from 5 to 10, both ends included in Shamisen Practice Hours!
    | Between(5, 10) | sh_n1 | auction | boundary | range
All units, all units, Nest on channel 8: colour the Shamisen Piece entries not reading exactly tsugaru. Over.
    | NOT(TextEquals("tsugaru")) | sh_t | radio | negation
Dear Gemini, the moon enters your spreadsheet house: the Shamisen Practice Hours rows not equal to five -- light them
    + up. | NotEquals(5) | sh_n1 | horoscope | negation | number-words
Objective for Charlie Section: highlight every Shamisen Piece value starting with "song". Rally point grid NT 3493 5231.
    + Execute at 1610. | TextStartsWith("song") | sh_t | military | quoted
Do I hear $285? $950? The hammer falls: flag cells 10 or lower in the Shamisen Practice Hours column!
    | LessThanEqual(10) | sh_n1 | auction | column-word | boundary
All units, all units, Nest on channel 4: each "Shamisen Piece" entry mentioning 'tsugaru' -- paint it. Over.
    | TextContains("tsugaru") | sh_t | radio | quoted
Dear Capricorn, the moon enters your spreadsheet house: mark any Shamisen Practice Hours cell lower than 18.
    | LessThan(18) | sh_n1 | horoscope
Objective for Bravo Company: add an icon set to Shamisen Recital Marks. Rally point grid NJ 1889 4524. Execute at 2100.
    | IconSet() | sh_v | military | visual
Do I hear $310? $60? The hammer falls: Shamisen Teacher cells not empty -- fill them!
    | NotBlanks() | sh_b | auction | negation
All units, all units, Nest on channel 8: set up a color scale on Shamisen Recital Marks. Over.
    | ColorScale() | sh_v | radio | visual
Dear Leo, the moon enters your spreadsheet house: colour the Shamisen Teacher entries appearing only once.
    | Unique() | sh_b | horoscope
# koto ensemble
Orders for 4th Battalion, effective 1245 hours: shade anything free of errors in Koto Rehearsal Attendance. Dismissed.
    | NotErrors() | kt_v | military | negation
Sold, sold, sold! The Koto Player entries appearing more than once will be shaded, says the auctioneer. Lot 29 closed.
    | Duplicates() | kt_b | auction
Breaker 23, breaker -- the Koto Rehearsal Attendance rows below the column average: flag them, that's the job. Copy?
    | BelowAverage() | kt_v | radio | column-word
Trust your instincts, Aquarius, and highlight every Koto Concert Date date in this month. Best match: Libra.
    | ThisMonth() | kt_d | horoscope | date
Orders for 3rd Platoon, effective 0845 hours: cells in the bottom thirty% in the Koto Rehearsal Attendance column --
    + flag them. Dismissed. | BottomPercent(30) | kt_v | military | number-words | superlative | column-word
Sold, sold, sold! Each "Koto Concert Date" entry falling next week will be coloured in, says the auctioneer. Lot 39
    + closed. | NextWeek() | kt_d | auction | quoted | date
Breaker 4, breaker -- any Koto Rehearsal Attendance cell among the bottom 5: mark it, that's the job. Copy?
    | Bottom(5) | kt_v | radio | superlative
TRUST YOUR INSTINCTS, SAGITTARIUS, AND SHADE ANYTHING FALLING IN LAST WEEK IN KOTO CONCERT DATE. BEST MATCH: AQUARIUS.
    | LastWeek() | kt_d | horoscope | odd-case | date
Orders for 8th Battalion, effective 1510 hours: fill Koto Strings Replaced cells below two or above 7. Dismissed.
    | OR(LessThan(2), GreaterThan(7)) | kt_n1 | military | number-words | compound
Sold, sold, sold! The Koto Concert Date rows dated tomorrow should turn green, says the auctioneer. Lot 15 closed.
    | Tomorrow() | kt_d | auction | date
Breaker 20, breaker -- the Koto Strings Replaced entries outside the range 2 to 4: colour them, that's the job. Copy?
    | NotBetween(2, 4) | kt_n1 | radio | negation | boundary | range
Trust your instincts, Taurus, and flag cells falling on today's date in the Koto Concert Date column. Best match: Libra.
    | Today() | kt_d | horoscope | column-word | date
Orders for 8th Platoon, effective 1345 hours: highlight every Koto Strings Replaced value not 2 or more. Dismissed.
    | NOT(GreaterThanEqual(2)) | kt_n1 | military | negation
Sold, sold, sold! Any Koto Part cell ending with 'first' will glow yellow, says the auctioneer. Lot 31 closed.
    | TextEndsWith("first") | kt_t | auction
Breaker 20, breaker -- each "Koto Strings Replaced" entry exactly equal to 4: flag it, that's the job. Copy?
    | Equals(4) | kt_n1 | radio | quoted
Trust your instincts, Aries, and fill Koto Part cells not mentioning bass. Best match: Aries.
    | TextNotContains("bass") | kt_t | horoscope | negation
Orders for 2nd Battalion, effective 0900 hours: anything no less than 7 in Koto Strings Replaced -- shade it. Dismissed.
    | GreaterThanEqual(7) | kt_n1 | military | boundary | polarity
Sold, sold, sold! The Koto Part entries saying exactly "first" will be shaded, says the auctioneer. Lot 49 closed.
    | TextEquals("first") | kt_t | auction | quoted
Breaker 15, breaker -- the Koto Strings Replaced rows greater than 4: flag them, that's the job. Copy?
    | GreaterThan(4) | kt_n1 | radio
Trust your instincts, Pisces, and apply a data bar in each cell across the Koto Rehearsal Attendance column. Best match:
    + Aries. | DataBar() | kt_v | horoscope | column-word | visual
Orders for 7th Platoon, effective 1540 hours: flag cells left blank in the Koto Player column. Dismissed.
    | Blanks() | kt_b | military | column-word
# damson orchard
Do I hear $1145? $150? The hammer falls: apply a colour scale on Damson Yield (kg)!
    | ColorScale() | dm_v | auction | visual
All units, all units, Nest on channel 11: flag cells appearing only once in the Damson Picker column. Over.
    | Unique() | dm_b | radio | column-word
Dear Leo, the moon enters your spreadsheet house: every Damson Yield (kg) value showing an error like #N/A -- highlight
    + it. | Errors() | dm_v | horoscope
OBJECTIVE FOR ALPHA TROOP: MARK ANY DAMSON PICKING DATE CELL FALLING NEXT MONTH. RALLY POINT GRID NJ 6766 6259. EXECUTE
    + AT 1145. | NextMonth() | dm_d | military | odd-case | date
Do I hear $2230? $640? The hammer falls: paint each "Damson Yield (kg)" entry higher than the average!
    | AboveAverage() | dm_v | auction | quoted
All units, all units, Nest on channel 1: Damson Picking Date cells from last month -- fill them. Over.
    | LastMonth() | dm_d | radio | date
Dear Leo, the moon enters your spreadsheet house: shade anything within the top 30 percent in Damson Yield (kg).
    | TopPercent(30) | dm_v | horoscope | superlative
Objective for Delta Detachment: colour the Damson Picking Date entries in this week. Rally point grid TQ 8564 1025.
    + Execute at 1915. | ThisWeek() | dm_d | military | date
Do I hear $1370? $110? The hammer falls: the Damson Yield (kg) rows in the top 3 -- light them up!
    | Top(3) | dm_v | auction | superlative
All units, all units, Nest on channel 14: highlight every Damson Picking Date date within the last seven days. Over.
    | Last7Days() | dm_d | radio | number-words | date
Dear Pisces, the moon enters your spreadsheet house: flag cells more than 15 and less than forty in the Damson Trees
    + Pruned column. | AND(GreaterThan(15), LessThan(40)) | dm_n1 | horoscope | number-words | compound | column-word
Objective for Alpha Troop: each "Damson Picking Date" entry falling yesterday -- paint it. Rally point grid TQ 9074
    + 8649. Execute at 1240. | Yesterday() | dm_d | military | quoted | date
Do I hear $670? $610? The hammer falls: mark any Damson Trees Pruned cell in the 15 to 28 range, ends included!
    | Between(15, 28) | dm_n1 | auction | boundary | range
All units, all units, Nest on channel 7: shade anything not starting with shropshire in Damson Variety. Over.
    | NOT(TextStartsWith("shropshire")) | dm_t | radio | negation
Dear Taurus, the moon enters your spreadsheet house: Damson Trees Pruned cells other than fifteen -- fill them.
    | NotEquals(15) | dm_n1 | horoscope | negation | number-words
Objective for Delta Detachment: light up the Damson Variety rows beginning with "prune". Rally point grid NT 3053 8582.
    + Execute at 0545. | TextStartsWith("prune") | dm_t | military | quoted
Do I hear $1070? $1845? The hammer falls: colour the Damson Trees Pruned entries no more than 28!
    | LessThanEqual(28) | dm_n1 | auction | boundary | polarity
All units, all units, Nest on channel 12: cells with 'shropshire' in the text in the Damson Variety column -- flag them.
    + Over. | TextContains("shropshire") | dm_t | radio | column-word
Dear Gemini, the moon enters your spreadsheet house: highlight every Damson Trees Pruned value short of 40.
    | LessThan(40) | dm_n1 | horoscope
Objective for Alpha Troop: give Damson Yield (kg) icons (an icon set). Rally point grid NJ 8988 2534. Execute at 2010.
    | IconSet() | dm_v | military | visual
Do I hear $480? $60? The hammer falls: each "Damson Picker" entry not left blank -- paint it!
    | NotBlanks() | dm_b | auction | negation | quoted
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
              'twelfth_cf.json', 'twelfth_tables.json', 'twentieth_cf.json', 'twentieth_tables.json',
              'twentyeighth_cf.json', 'twentyeighth_tables.json', 'twentyfifth_cf.json', 'twentyfifth_tables.json',
              'twentyfirst_cf.json', 'twentyfirst_tables.json', 'twentyfourth_cf.json', 'twentyfourth_tables.json',
              'twentyninth_cf.json', 'twentyninth_tables.json', 'twentysecond_cf.json', 'twentysecond_tables.json',
              'twentyseventh_cf.json', 'twentyseventh_tables.json', 'twentysixth_cf.json', 'twentysixth_tables.json',
              'twentythird_cf.json', 'twentythird_tables.json', 'web_cf.json')


column_sets.bind(globals(), THIRTYTHIRD_TAG)


if __name__ == "__main__":
    main()  # noqa: F821 (bound by column_sets.bind)
