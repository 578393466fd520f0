"""A post read without its story: the sentences that ask or say what to test, the others left out.

Forum and help-desk posts tell a story around their ask: "I'm organising a craft fair and keep the
stallholders in a spreadsheet. Could rows with Status = Pending go amber? Thanks in advance!" The
story names headers ("craft"), values and numbers that the rule does not test, and the readers of
the pipeline take them for the request's. `asked(text)` keeps, of a text of several sentences,
those that ask (a question, or a formatting verb or colour: "highlight", "go amber", "greyed out")
or say something a rule tests (a number, a quoted text, a column letter, a word of the rule
language: "blank", "over", "today", "duplicate", "not" ...), and leaves out thanks and greetings,
what the poster tried ("I tried an icon set", "Equal To doesn't work") and the story (a sentence
with none of those) and a sentence about the rows left as they are ("Repeat customers should stay
white"); clauses set off by dashes are read as sentences, a quantity said in words and again in
figures keeps the figures ("an hour (60 min)"), a period's dates said again go ("next week (16-22
Jun)"), an aside in parentheses that tests nothing or says why ("(so already expired)") and a label
("Help desk:") or a list item's number ("3.", "-") go, and so does the purpose after an ask ("so I
can check the discounts", "because the boss asked"). An ask that points back ("Can those rows be
highlighted?") keeps the sentence before it; a question that neither asks nor tests ("Is it fair?")
goes beside one that tests; where no part tests, the clauses before the ask in its sentence are its
subject and stay ("Every team number that's been filled in - highlight"), and kept clauses of one
sentence keep their dash (a text ends there: "starting MSCU - how do I ..."); a follow-up's opener
("oh and", "also"), a minutes' label ("Agreed:", "Action: sales to ...") and a list item's number
go, "->" is a dash, and a clause saying "the rest are ..." is about the other rows; "I'd like"
goes, and a tested subject's meaning ("A fee of $35 or less means a small plot"). A handout's
numbered task ("Task 12:") is a label; a complaint about the tool ("why does unique never do what
I expect", "tried 'last month' and it coloured nothing", a sigh, a complaint after the request in
its sentence) is never the ask, and "why won't it highlight X" asks to highlight X; the sentences
before an order that tests or names values ("Highlight any cheese that ends in Stilton.") tell
its story and go, unless one names a column letter. A text of one
piece, or one of which nothing would be kept, is read whole (its purpose cut when it asks).

Said aloud, a request corrects itself and spells: `corrected` makes the corrections ("over thirty
wait no over thirty five", "yesterday no today"; typed too: "over 8 - sorry, over 8.5", "this
week's cells, no, next week's", "top 10% of Hardness - no, top 20%"), a ranking's number heard as its homophone is the
number ("top to wicket takers"), "nothing else" after a text goes (between dashes too: "exactly
Lead - nothing else - gets coloured"), and letters spelt one by one after a text cue are one text
("beginning with C U"). A sample of the column pasted before the request goes ("times look like 25,
32, 41 and so on - flag the ones that are exactly 45": `unpasted`), a format said first reads as an
order ("Red fill: anything over 50", "Soft green on all the AVF patients": `format_first`), and "left
blank" is blank. A formal request in the passive is an order ("It is requested that X be shaded in
its entirety", "X should be highlighted": `requested`), a request written as a form's fields
("Column: Dept | Condition: History or Physics | Scope: whole row | Format: yellow") the request
its column and condition say (`specified`), and a word said again in figures ("half (50%)",
"empty shelves (0)") the figures. Numbered steps are one request, the first naming the column
("Step 1: select Fee (€). Step 2: greater than or equal to 100. Step 3: light orange" -> "Fee (€):
greater than or equal to 100": `in_steps`); what the user says not to format goes when an ask
remains ("not the little ones - only frames 60 cm and wider", "... today - not yesterday's",
"leave Tanaka's plain": `contrasted`), and so does an example pointed at ("like the 12 in row 3":
`without_examples`); a request shouted in capitals is read in lower case, its quoted texts and
short codes as typed, what its test means after "=" left out (`unshouted`); a piece that only
names a colour ("- teal") and a format said after the rule ("... get a pale yellow fill") go. The
pipeline's model text and its readers read `asked(text)`; the answer echoes the text as typed.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.foreign import anglicised
from cf_assistant.assistant.framing import (affirmed, app_path, figures_named, headlined, idiomatic, in_dialogue,
                                            menu_path, quizzed, reasoned, redone, registered, unaddressed, uncontexted,
                                            scenario, unhedged, unscoped, untagged, versed, worked_out)
from cf_assistant.assistant.academic import uncited
from cf_assistant.assistant.archaic import modernised
from cf_assistant.assistant.callsigns import without_callsigns
from cf_assistant.assistant.captions import uncaptioned
from cf_assistant.assistant.classifieds import unclassified
from cf_assistant.assistant.commentary import uncommentated
from cf_assistant.assistant.commands import uncommanded
from cf_assistant.assistant.configs import unconfigured
from cf_assistant.assistant.directions import undirected
from cf_assistant.assistant.eli5 import grown_up
from cf_assistant.assistant.envelopes import unenveloped
from cf_assistant.assistant.footnotes import unfootnoted
from cf_assistant.assistant.forecasts import unforecast
from cf_assistant.assistant.forms import unformed
from cf_assistant.assistant.grids import ungridded
from cf_assistant.assistant.identifiers import unslugged
from cf_assistant.assistant.jargon import plain_spoken
from cf_assistant.assistant.markup import unmarked_html
from cf_assistant.assistant.notation import unnotated
from cf_assistant.assistant.numerals import plain_figures
from cf_assistant.assistant.patterns import unpatterned
from cf_assistant.assistant.payloads import spelled_out, unmarked
from cf_assistant.assistant.pirates import unpirated
from cf_assistant.assistant.prescriptions import unprescribed
from cf_assistant.assistant.puzzles import solved
from cf_assistant.assistant.queries import unqueried
from cf_assistant.assistant.quests import unquested
from cf_assistant.assistant.scans import unscanned
from cf_assistant.assistant.scripts import unscripted
from cf_assistant.assistant.selectors import unselected
from cf_assistant.assistant.terms import unaliased
from cf_assistant.assistant.threads import unthreaded
from cf_assistant.assistant.tickets import changed, expected
from cf_assistant.assistant.traces import untraced
from cf_assistant.assistant.transcripts import untranscribed
from cf_assistant.assistant.urls import unlinked
from cf_assistant.assistant.yoda import in_order
from cf_assistant.diffusion.spelling import mend
from cf_assistant.diffusion.utterance import sentences

_ASKS = re.compile(
    r"\b(?:highlight\w*|hilight\w*|colou?r(?:ed|ing|s)?|shade[ds]?|shading|mark(?:ed)?|flag(?:ged)?|"
    r"format(?:ted|ting)?|bold|fill|grey(?:ed)?|gr[ae]y(?:ed)?\s+out|stand\s+out|show\s+up|light\s+up|"
    r"red|green|yellow|orange|amber|blue|pink|purple|gold)\b", re.IGNORECASE)
# A question, which asks too: "Which bookings are for The Vault?", "How can I ...", "Can the ..."
_QUESTION = re.compile(r"^\W*(?:which|who|whose|what|where|how|is\s+there|are\s+there|can|could|would|"
                       r"is\s+it\s+possible)\b|\?\s*$", re.IGNORECASE)
# Words a rule tests by (or a quantity, a quoted text, a column letter, "="): such a sentence stays.
_TESTS = re.compile(
    r"\d|[\"“=<>%]|(?<!\w)'[^']+'|\bcol(?:umn)?\s+[A-Z]\b|\b(?:blank|blanks|empty|missing|over|under|above|"
    r"below|more|less|fewer|greater|between|least|most|top|bottom|highest|lowest|largest|smallest|"
    r"biggest|cheapest|dearest|duplicate\w*|repeat\w*|unique|once|twice|error\w*|average|today|tomorrow|"
    r"yesterday|week|month|year|days?|due|overdue|late|before|after|since|contain\w*|start\w*|"
    r"begin\w*|end(?:s|ing)?|equal\w*|not|isn't|aren't|no|except|without|only|exactly|expired|past|"
    r"within|outside|nothing|column|mention\w*|includ\w*|anywhere|negative|positive|zero|"
    r"data\s+bars?|as\s+bars|bars?\s+(?:inside|in|within)\s+(?:the\s+)?cells?|colou?r\s+scales?|icon\s+sets?|"
    r"heat\s*maps?|traffic\s+lights?)\b"
    r"|\bwith\s+(?:\w+(?:\s+\w+)?|(?:an?\s+)?[^\w\s]{1,3})\s+in\s+(?:its|their|the|his|her|them|it)\b",
    re.IGNORECASE)  # "(the names with an & in them)"
# What the poster tried: never the ask.
_TRIED = re.compile(r"\bI(?:'ve|\s+have)?\s+tried\b|\b(?:does\s*n[o']t|did\s*n[o']t|won't|can't\s+get|not)\s+"
                    r"(?:seem\s+to\s+)?work", re.IGNORECASE)
# A complaint about the tool: "why does unique never do what I expect", "tried 'last month' and it
# coloured nothing", "it keeps picking the blanks": what went wrong, never the ask (beside one).
_COMPLAINT = re.compile(r"^\W*(?:why\b|how\s+come\b|(?:i(?:'ve|\s+have)?\s+)?tried\b|(?:it\s+)?keeps\b|"
                        r"what\s+am\s+i\s+doing\s+wrong\b|i\s+give\s+up\b|(?:i\s+)?can'?t\s+find\b|"
                        r"nothing\s+happen)", re.IGNORECASE)
# Its opening sigh: "ugh.", "argh -", "sigh,".
_SIGH = re.compile(r"^\W*(?:u+g+h+|a+r+g+h+|u+r+g+h+|g+r+r+|sigh)\b[\s.,!:;-]*", re.IGNORECASE)
# A complaint that is the ask: "why won't it highlight the #N/A cell" asks to highlight it.
_WHY_NOT = re.compile(r"^\W*why\s+(?:won'?t|wont|doesn'?t|does\s+not|can'?t|cannot|didn'?t|will\s+not)\s+"
                      r"(?:it|this|excel|cf|the\s+rule|my\s+rule|conditional\s+formatting)\s+"
                      r"(?=(?:highlight|colou?r|shade|flag|mark|format)\w*\b)", re.IGNORECASE)
# More sentences than `sentences` finds in a text typed in lower case: "...? intake dates", "...
# I expect. refs that": a question or exclamation mark, or a word's full stop, before lower case;
# split there only beside a complaint or before an order ("who failed? pass mark is 40" stays one).
_LOWER_START = re.compile(r"(?<=[?!])(?<![A-Z0-9/][?!])\s+(?=[a-z])|(?<=[a-z]{2}\.)\s+(?=[a-z])")  # not "#REF!", "PB?"
# An order at the start of its sentence: "Highlight stones that end in Slate." When it tests or
# names values, the sentences before it that do not ask tell the story ("Stilton comes up twice.").
_ORDER = re.compile(r"^\W*(?:please\s+)?(?:highlight|hilight|shade|colou?r|mark|flag|format|bold|fill|"
                    r"pick\s+out|make\s+(?:every|each|all|the|any)\b(?=.*\b(?:stand\s+out|red|green|yellow|"
                    r"orange|amber|blue|pink|bold)\b))\b", re.IGNORECASE)
_COLUMN_SAID = re.compile(r"\bcol(?:umn)?\s+[A-Z]\b")
_VALUES_SAID = re.compile(r"\b[A-Z]{2,}\b|[\"“]|n't\b")  # "every CSD or SCCM row", 'the "Hold" rows'
# Thanks and greetings: left out when they say nothing else.
_POLITE = re.compile(r"^\W*(?:thanks|thank\s+you|thx|cheers|ta|many\s+thanks|much\s+appreciated|any\s+help|"
                     r"hi|hello|hey|dear)\b", re.IGNORECASE)
# A purpose after the ask: "so I can ...", "so that we ...", "so the list ...", "because ...".
_PURPOSE = re.compile(r"(?:,\s*|\s+)(?:so\s+(?:that\s+)?(?:i|we|they|he|she|you|the|it|our|my)\b|"
                      r"because\b|in\s+order\s+to\b|(?<=,\s)since\s+(?:those|these|they|we|i|it|the)\b|"
                      r"(?<=,)since\s+(?:those|these|they|we|i|it|the)\b).*$", re.IGNORECASE)
# A polite opener that asks nothing: "If it's not too much trouble, ...", "If you don't mind, ..."
_OPENER = re.compile(r"^\W*(?:if\s+(?:it['’]?s|it\s+is)\s+not\s+too\s+much\s+(?:trouble|bother|hassle)|"
                     r"if\s+you\s+(?:don['’]?t|do\s+not)\s+mind|if\s+possible|if\s+you\s+can|"
                     r"when\s+you\s+(?:get|have)\s+a\s+(?:chance|moment|minute|sec(?:ond)?))\s*,\s*",
                     re.IGNORECASE)


# A correction said aloud: "over thirty wait no over thirty five", "under seventy um scratch that
# under seventy five", "one twenty no make that one twenty four"; not a new sentence ("30 head or
# more? I mean the number of animals": a clarification).
_HOLD = r"(?:(?:no\s+)?(?:hold\s+on|wait|i\s+mean[t]?|scratch\s+that|make\s+that|rather)\s*[,:]?\s*)?"
_CORRECTION = re.compile(r"(?<![.?!])[\s,]+(?:(?:um+|uh+|er+|erm)\s+)?(?:no\s+wait|wait\s+no|wait,|no\s+make\s+that|"
                         r"make\s+that|scratch\s+that|no\s+forget\s+that|forget\s+that|no\s+sorry|i\s+mean)"
                         r"[\s,]+"
                         # ... and typed: "over 8 - sorry, over 8.5", "Hart - wait, no, Cruz", ", sorry, I meant
                         # 5"; after a comma, "no" alone is a value ("Yes, No, N/A"), not a correction
                         r"|\s*[-–—]\s*(?:(?:no|sorry|oops|wait|correction)\s*[,:!]\s*)+" + _HOLD +
                         r"|\s*,\s*(?:sorry|oops|wait|correction)\s*[,:!]\s*(?:(?:no|sorry|wait)\s*[,:!]\s*)*" + _HOLD +
                         r"|\s*[-–—]\s*(?:no\s+wait|scratch\s+that|make\s+that|i\s+mean[t]?|or\s+rather)\s*[,:]?\s*"
                         r"(?:[-–—]\s*)?"
                         # "..., hang on, under 3", "20... sorry, 22", "actually make that 130", "Used, no, Days"
                         r"|\s*,\s*(?:hang|hold)\s+on\s*,\s*|\s*(?:\.{2,}|…)\s*(?:sorry|no|wait|actually)\s*[,:]?\s*"
                         r"(?:make\s+that\s+)?|\s+actually\s*,?\s*make\s+that\s+"
                         r"|(?<!\byes)\s*,\s*no\s*,\s*(?:wait\s*,?\s*)?"
                         r"(?!(?:or|and|n/?a|maybe|blank|unknown|pending|yes)\b)",
                         re.IGNORECASE)
_OPPOSITE = re.compile(r"^\s*the\s+opposite\b\s*[,:;-]?\s*(?=\S)", re.IGNORECASE)  # "- no, the opposite, the ones ..."
_DETERMINER = frozenset("the a an just only plain simply actually".split())
_COMPARED_BEFORE = re.compile(r"\b(?:\w+er\s+than|over|under|above|below|at\s+(?:least|most)|up\s+to|exactly|between|"
                              r"outside)\s*$", re.IGNORECASE)
_COMPARISON_SAID = re.compile(r"\b(?:\w+er\s+than|over|under|above|below|least|most|up\s+to|or\s+\w+er|or\s+more|"
                              r"or\s+less|and\s+(?:up|over|above|under|below))\b", re.IGNORECASE)
_JOINING = frozenset("and or to of in on at with for by from but nor - the a an".split())
_NUMBER_START = re.compile(r"(?:\$?\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\b)", re.I)
_LAST_NUMBER = re.compile(r"(?:\$?\d[\d,.]*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                          r"thousand)\b)(?:[\s-]+(?:\d[\d,.]*|zero|one|two|three|four|five|six|seven|eight|nine|"
                          r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                          r"and|point)\b)*\s*$", re.IGNORECASE)
# Letters spelt one by one after a text cue: "beginning with C U" is "CU", "ending in E L B" "ELB".
_SPELT = re.compile(r"\b((?:with|in|by|from)\s)((?:[A-Z]\s){1,6}[A-Z])\b(?!\s*[a-z]{2})")


# Dictation's slips: a number heard as its homophone after a ranking word ("top to wicket takers",
# "bottom for hives"); one date word corrected by another ("yesterday no today"); "nothing else"
# said after the one text asked for ("just rose nothing else").
_HOMOPHONE = re.compile(r"\b(top|bottom|first|last|best|worst)\s+(to|too|for|ate)\s+(?=(?:[a-z]+\s+)?[a-z]+s\b)",
                        re.IGNORECASE)
_HEARD = {"to": "two", "too": "two", "for": "four", "ate": "eight"}
_DATE_WORD = r"(?:today|yesterday|tomorrow|(?:this|last|next)\s+(?:week|month|year|quarter))"
_DATE_CORRECTED = re.compile(rf"\b{_DATE_WORD}\s*,?\s+(?:no|sorry|i\s+mean|or\s+rather)\s*,?\s+(?={_DATE_WORD}\b)",
                             re.IGNORECASE)
_NOTHING_ELSE = re.compile(r"\s*[,\-–—]?\s*(?:and\s+)?nothing\s+else\b(?=\s*(?:$|[,.;!?\-–—]))", re.IGNORECASE)


_SUB = re.compile(r"\bsub(?=\s+(?:\$?\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|a\s|an\s))",
                  re.IGNORECASE)  # "sub four hours": under


def corrected(text: str) -> str:
    """`text` with each correction said aloud made: what follows the correction takes the place
    of what it corrects (the words from the last one it starts with, else the last number, else
    the last word); a date word corrected by another, a ranking's number heard as its homophone
    and "nothing else" after a text made too (`_HOMOPHONE`, `_DATE_CORRECTED`, `_NOTHING_ELSE`)."""
    text = _HOMOPHONE.sub(lambda m: f"{m.group(1)} {_HEARD[m.group(2).lower()]} ", text)
    text = _SUB.sub("under", _NOTHING_ELSE.sub("", _DATE_CORRECTED.sub("", text)))
    while (m := _CORRECTION.search(text)) is not None:
        before, after = text[:m.start()], text[m.end():]
        text = _OPPOSITE.sub("", after) if _OPPOSITE.match(after) else before + " " + after if not after.strip() \
            else _corrected(before, after)  # what follows "the opposite" says it whole
    return text


_ANY_NUMBER = re.compile(r"\$?\d[\d,.]*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", re.IGNORECASE)


def _corrected(before: str, after: str) -> str:
    """`before` corrected by `after`: its last date word by the date `after` says ("this week's
    cells, no, next week's", "in this month - sorry, in last month"), else, when `after` starts
    with a number, from that number said before or from the number that ends `before` or its
    last one, else from the last place in `before` of one of the first words of `after` that carry
    meaning (articles, "just" and joining words aside: "the heaviest two birds"; a later word
    puts as many words of `before` in its place: "above average - no, below average"), else its
    last value in capitals in place ("Hart - wait, no, Cruz"), else its last word. What `before`
    says after the corrected words stays when `after` goes on after a comma ("bottom 25% of Flow -
    sorry, bottom 30%, whole rows" -> "bottom 30% of Flow, whole rows")."""
    after = _SORRY_AFTER.sub("", after)
    words = [w.strip(",;:") for w in after.split()]
    start = 0
    while start < len(words) - 1 and words[start].lower() in _DETERMINER:
        start += 1
    first = words[start] if words else ""
    dates = list(re.finditer(rf"\b{_DATE_WORD}(?:['’]s)?", before, re.IGNORECASE))
    said_date = re.match(rf"(?:\w+\s+){{0,2}}?({_DATE_WORD}(?:['’]s)?)", after.strip(), re.IGNORECASE)
    if dates and said_date:  # the date word in its place, the words around it kept
        whole = said_date.end() == len(after.strip().rstrip(" .!"))
        return before[:dates[-1].start()] + (said_date.group(1) + before[dates[-1].end():] if whole else after.strip())
    said = [w for w in words[start:start + 3] if w and w.lower() not in _JOINING]
    if _NUMBER_START.match(first):  # the same number said again, else the number ending it, else its last
        said = [first]
        ending = _LAST_NUMBER.search(before)
        numbers = [ending] if ending else list(_ANY_NUMBER.finditer(before))
        if numbers and not re.search(rf"(?<![\w.]){re.escape(first)}(?!\w|\.\d)", before, re.IGNORECASE):
            cut = numbers[-1].start()
            cue = _COMPARED_BEFORE.search(before[:cut])  # "longer than 100 m... make that 130 m or longer"
            if cue and _COMPARISON_SAID.search(after):
                cut = cue.start()
            return before[:cut] + after[after.index(first):]
    if words and words[0].lower() in _JOINING and len(said) and not any(
            re.search(rf"(?<![\w.]){re.escape(w)}(?!\w)", before, re.IGNORECASE) for w in said):
        said = [words[0]]  # "data bars on Years Since Service, no, on Flow": from its "on"
    return _corrected_from_word(before, after, said, words[start:], first)


_SIDE_WORDS = frozenset("above below over under more less top bottom highest lowest first last next this not".split())
_SORRY_AFTER = re.compile(r"[\s,]*\b(?:sorry|my\s+bad|oops)\W*$", re.IGNORECASE)  # "... below average, sorry"


def _corrected_from_word(before: str, after: str, said: list[str], words: list[str], first: str) -> str:
    """`before` corrected by `after` from the last place in `before` of one of `said` (`_corrected`)."""
    for word in said:
        at = [w.start() for w in re.finditer(rf"(?<![\w.]){re.escape(word)}(?!\w|\.\d)", before, re.IGNORECASE)]
        if not at:
            continue
        cut, back = at[-1], words.index(word) if word in words else 0
        earlier = list(re.finditer(r"\S+", before[:cut]))
        shifted = 0 < back <= len(earlier) and back < 3 and all(w.lower() in _SIDE_WORDS for w in words[:back])
        if shifted:  # "above average - no, below average": "above" goes too
            cut = earlier[-back].start()
        said_from = after.index(words[0] if shifted else word)
        phrase, comma, tail = after[said_from:].partition(",")
        kept = before[cut:].split()[len(phrase.split()):]
        if kept and kept[0].lower() in _JOINING:  # "bottom 30%" in place, "of Flow" kept
            return before[:cut] + phrase.strip() + " " + " ".join(kept) + ("," + tail if comma else "")
        return before[:cut] + after[said_from:]
    values = list(re.finditer(r"(?<=\s)[A-Z][\w'-]*", before))
    if first[:1].isupper() and values:
        rest = after[after.index(first) + len(first):].strip()
        return before[:values[-1].start()] + first + before[values[-1].end():] + (" " + rest if rest else "")
    return re.sub(r"\S+\s*$", "", before) + after


# An aside in parentheses: three words or more, no "=", ":" or quote; left out when it says
# nothing a rule tests ("(they take two subjects)", "(we have Dairy & Eggs at the moment)");
# "(Medical Form = No)", "(400 to 499)", "(not checked in)" and "(£)" stay.
_ASIDE = re.compile(r"\s*\((?![^()]*[=:\"'“])(?=(?:[^()\s]+\s+){2,}[^()\s]+\))[^()]*\)"
                    r"|\s*\((?![^()]*[=:\"'“])[^()]*\b(?:etc\.?|and\s+so\s+on)\s*\)")  # "(cockapoo etc)": examples
# A quantity said in words and again in figures: "longer than an hour (60 min)", "over a kilo
# (1000 g)": the figures are what the column holds.
_RESTATED = re.compile(r"\b(?:an?|one|half\s+an?|a\s+half|two|three|four|five|six|ten|twelve|a\s+dozen|"
                       r"a\s+couple\s+of)\s+"
                       r"[a-z]+\s*\(\s*(?:=\s*)?(?P<n>\$?\d[\d,.]*\s*(?:[a-z]+|%)?)\s*\)"
                       # "longer than 2 hours (120 min)": the figures in the parentheses' unit
                       r"|(?<![\w.,])\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|months?|years?|"
                       r"kg|kilos?|g|grams?|lbs?|pounds?|miles?|km|m|metres?|meters?|litres?|liters?|l|ml)"
                       r"\s*\(\s*(?:=\s*)?(?P<n3>\d[\d,.]*\s*[a-z]+)\s*\)"
                       # "half (50%)"
                       r"|\b(?:half|a\s+quarter|a\s+third|three\s+quarters)\s*\(\s*(?:=\s*)?(?P<n2>\d[\d,.]*\s*%)\s*\)"
                       # "empty shelves (0)"
                       r"|\b(?:empty|none|nil|nothing)\b(?P<noun>(?:\s+[a-z]+)?)\s*\(\s*(?P<zero>0)\s*\)",
                       re.IGNORECASE)
# The dates of a period said again in parentheses: "next week (16-22 Jun)", "this month (June)",
# "yesterday (11/06)": the period is the test, the dates only its instance.
_MONTH_OR_DAY = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|" \
                r"sun)[a-z]*\.?"
_PERIOD_DATES = re.compile(r"(?P<p>\b(?:today|tomorrow|yesterday|(?:this|next|last)\s+(?:week|month|year)))\s*"
                           r"\((?:\s*(?:\d{1,4}(?:st|nd|rd|th)?|" + _MONTH_OR_DAY
                           + r"|to|till|until|through|[-–/.,]))+\s*\)",
                           re.IGNORECASE)
# A sentence about the rows left as they are: "Repeat customers should stay white."
_OTHERS_STAY = re.compile(r"\b(?:stay|remain|be\s+left|left|keep)\s+(?:white|plain|normal|unhighlighted|uncolou?red|"
                          r"unformatted|as\s+(?:is|they\s+are))\b"
                          r"|^\W*(?:and\s+)?(?:all\s+)?the\s+(?:rest|others)\s+"
                          r"(?:are|is|stay|can|should|will|get|go|need)\b",
                          re.IGNORECASE)  # "... - the rest are duplicates to check"
# A wish said before the ask: "I'd like the U7 rows in green" (its "like" is no "like X").
_WISH = re.compile(r"\b(?:I|we)(?:'?d|\s+would)\s+(?:really\s+|also\s+)?like(?:\s+to)?\s+(?=\w)", re.IGNORECASE)
# A word that points back at the rows a sentence before names: "Can those rows be highlighted?"
_ANAPHOR = re.compile(r"\b(?:those|these|them|they|such)\b", re.IGNORECASE)
# What a sentence's subject means, after it tests: "A blank Exam Grade means the pupil isn't
# entered", "A fee of $35 or less means a small plot": the test is the subject.
_MEANS = re.compile(r"^(?P<test>.*?(?:\d|\b(?:blank|empty|missing)\b)[^,;]*?)\s+(?:means|indicates)\s+.*?"
                    r"(?P<end>[.!?]?)\s*$", re.IGNORECASE)
# A range's bounds said to be included: "(4 and 6 included)", "(inclusive)", "(both included)"
_RANGE_SAID = re.compile(r"\bbetween\b|\d\s*(?:to|-|–|through|thru)\s*\$?\d", re.IGNORECASE)
_BOUNDS_INCLUDED = re.compile(r"\s*\(\s*(?:(?:both|\d+(?:\.\d+)?\s*(?:and|&|,)\s*\d+(?:\.\d+)?)(?:\s+themselves)?\s+"
                              r"(?:are\s+)?(?:included|inclusive|incl\.?|count(?:\s+as\s+inside)?|inside|between)|"
                              r"inclusive|"
                              r"incl\.?)\s*\)", re.IGNORECASE)
# A rule said again in brackets ("unique in the column (no repeats)", "the past 7 days (counting today)",
# "has something in it (is not empty)"): (the rule's words outside, the restatement) -> the restatement goes
_RESTATEMENTS = tuple((re.compile(said, re.IGNORECASE), re.compile(r"(?<=\S)\s*\(\s*(?:" + again + r")\s*\)",
                                                                   re.IGNORECASE)) for said, again in (
    (r"\bunique\b|\bonce\b|\bonly\s+one\b",
     r"no\s+repeats|(?:it\s+)?appears\s+(?:only\s+)?once|no\s+duplicates|not\s+repeated|never\s+repeated|"
     r"one\s+of\s+a\s+kind"),
    (r"\b(?:7|seven)\s+days\b", r"(?:counting|incl\.?|including)\s+today|today\s+(?:included|counts|counted)"),
    (r"\b(?:something|anything)\s+in\s+it\b|\bnot\s+(?:blank|empty)\b|\bnon-?(?:blank|empty)\b|\bfilled\s+in\b",
     r"(?:is\s+)?not\s+(?:empty|blank)|non-?(?:empty|blank)"),
))
# "column D is Shoot Date. Can I colour ...": which column D is, said before the ask (a header, not a value)
_COLUMN_NAMED_FIRST = re.compile(r"(?:^|(?<=[.,;:!?])|(?<=[.,;:!?]\s))column\s+(?P<letter>[A-Z]{1,2})\s+"
                                 r"(?:is|holds|has)\s+(?:the\s+)?(?P<h>[A-Z][^.;:?!]{0,40}?)"
                                 r"(?P<end>\s*[.;]\s+(?=(?:can|could|how|is\s+there|i['’]?d|i\s+want|i\s+need|"
                                 r"please|what|"
                                 r"any)\b))", re.IGNORECASE)
# "outside 25 to 60, 25 and 60 not flagged": outside a range leaves its bounds out already
_OUTSIDE_BOUNDS_PLAIN = re.compile(r"(?<=\boutside\b)(?P<range>[^,()]*?\d[^,()]*?)\s*[,(;]\s*"
                                   r"\d+(?:\.\d+)?\s*(?:and|&)\s*"
                                   r"\d+(?:\.\d+)?\s+(?:themselves\s+)?(?:are\s+|stay\s+|remain\s+)?"
                                   r"(?:not\s+(?:flagged|highlighted|shaded|marked|coloured|colored|included)|"
                                   r"plain|unmarked|excluded|left\s+out|"
                                   r"count(?:ing|s)?\s+as\s+inside|inside)"
                                   r"(?:\s*\))?", re.IGNORECASE)
# "Not the whole row, just the cell.": where the format goes (`tables.scope_of`), no part of the rule
_CELL_NOT_ROW = re.compile(r"(?:^|\s*[,;]|(?<=[.!?]))\s*\(?\s*(?:not\s+the\s+(?:whole\s+|entire\s+|full\s+)?row\s*"
                           r"[,;]?\s*)?(?:just|only)\s+(?:the|those|these)\s+cells?"
                           r"(?:\s*[,;]?\s*not\s+the\s+(?:whole\s+|entire\s+|full\s+)?rows?)?"
                           r"\s*\)?\s*[.!]?\s*(?=$|\n)", re.IGNORECASE)
# "..., not the whole row" at the end: where the format goes, no test ("that equals 25, not the whole row",
# "... in the bottom 20%, not the rows", "...? Not the whole row.")
_NOT_ROW_AFTER = re.compile(r"(?:\s*[,;(]|(?<=[.?!]))\s*not\s+the\s+(?:(?:whole|entire|full)\s+)?rows?\s*\)?"
                            r"\s*[.!]?\s*$", re.IGNORECASE)
# An aside that says why or what follows, not what to test: "(so already expired or expiring today)".
_WHY = re.compile(r"\s*\(\s*(?:so|because|since|as|which\s+means)\b", re.IGNORECASE)
# A label before the post: "Help desk:", "Replying again:", "Update:" ("Status: Done" is no label).
_LABEL = re.compile(r"^\s*(?:help\s*desk|support(?:\s+ticket)?|ticket|update|edit|re|reply|replying(?:\s+again)?|"
                    r"follow[\s-]?up|quick\s+question|question|q|ps|note|request|req|rule|new\s+rule|cf\s+rule|task|to\s*-?do|"
                    r"ask|agreed|action(?:\s+point)?|ap|minutes|decision|decided|resolved|outcome|one\s+more\s+thing|"
                    r"one\s+last\s+thing|last\s+thing|quick\s+one|(?:work)?sheet\s+[A-Z][\w&-]*|tab\s+[A-Z][\w&-]*)"
                    r"\s*:\s+(?=\S)"
                    # a numbered task of a handout: "Task 4:", "Exercise 12b.", "Question 3)"
                    r"|^\s*(?:task|exercise|ex|activity|question|step|part|problem|challenge|drill|practice)"
                    r"\s*#?\d{1,3}[a-z]?\s*[:.)]\s+(?=\S)", re.IGNORECASE)
# A follow-up's opener: "oh and ...", "also, ...", "and ...", "One more thing, ..."; minutes'
# "Agreed to highlight ..." and an action's owner ("Action: sales to highlight ...").
_FOLLOW_UP = re.compile(r"^\W*(?:(?:oh\s*,?\s+)?(?:and\s+)?also\b\s*,?\s*|oh\s*,?\s+and\b\s*|and\s+|plus\s+|"
                        r"(?:one\s+more|one\s+last|last)\s+thing\s*[,-]\s*|agreed\s+(?:to|that)\s+(?=\w))",
                        re.IGNORECASE)
_OWNER = re.compile(r"^(?:[A-Za-z]+\s+){1,2}to\s+(?=(?:highlight|colou?r|shade|flag|mark|format|make)\b)",
                    re.IGNORECASE)
# A request's arrow to its format: "boxes sailing tomorrow -> highlight row" (a dash's clause)
_ARROW = re.compile(r"\s*(?:->|→|-->)\s*")
# A list item's number or bullet before the request: "3. Wind speeds outside 3 to 12 mph ...",
# "4) ...", "- ...", "* ..." (a requirements line); "3.5 kg" and "-5" are numbers.
_BULLET = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[-*•·–])\s+(?=[A-Za-z\"'“])")
# A clause set off by a dash: "I'd like the U7 rows in green - the little ones train elsewhere".
_DASH = re.compile(r"(?<![\d%])\s+[-–—]\s+(?![$£€]?\d)")  # not a range: "between 5 - 10"


# A clause of the story after a comma, its subject a person ("..., we're avoiding it while the
# roadworks are on", "..., as I need to ring them"): left out when it tests nothing
_STORY_CLAUSE = re.compile(r",\s*(?:(?:as|since|cos|cause|and)\s+)?(?:we|i|they|he|she|you)(?:['’](?:re|m|ve|ll|d)|"
                           r"\s+(?:are|am|was|were|have|had|will|need|want|keep|just|can|must))\b[^,;.!?]*"
                           r"(?=$|[.;!?])", re.IGNORECASE)


# Examples of what a text test catches, after it: "containing Marcus, whether it's DJ Marcus or
# Marcus B?" (the test said, its instances no second test)
_WHETHER = re.compile(r",?\s+(?:whether|be)\s+(?:it['’]s|it\s+is|they['’]re|they\s+are)\s+[^,;.!?]+?\s+or\s+[^,;.!?]+(?=[.!?]?\s*$)",
                      re.IGNORECASE)


# A complaint after the request, in its sentence: "pH exactly 7.4, that's the target, why doesn't
# equals work for decimals??"
_COMPLAINT_TAIL = re.compile(r",\s*(?:why|how\s+come)\b[^.!?]*[.!?]*\s*$", re.IGNORECASE)


# A quoted text said to be absent: "states without 'working'", "no 'LOST' in it" (not containing it).
_WITHOUT_TEXT = re.compile(r"\bwithout\s+(?:the\s+(?:word|text)\s+)?(?=['\"“][^'\"”]+['\"”])", re.IGNORECASE)
_NO_TEXT_IN = re.compile(r"\bno\s+(?P<q>['\"“][^'\"”]+['\"”])\s+in\s+(?:it|them|there|the\s+\w+)\b", re.IGNORECASE)
_EXACTLY_AFTER = re.compile(r"(?P<q>['\"“][^'\"”]+['\"”])\s+exactly\b", re.IGNORECASE)
# "with nothing in Counter Note": that column blank
_NOTHING_IN = re.compile(r"\b(with)\s+nothing\s+(?:written\s+|entered\s+|put\s+)?(?:in|under)\s+"
                         r"(?:the\s+|its\s+|their\s+)?(?=[A-Za-z])", re.IGNORECASE)
_LEFT_BLANK = re.compile(r"\b(?:been\s+)?left\s+(blank|empty|unfilled)\b", re.IGNORECASE)
# A sample of the column pasted before the request: "times look like 25, 32, 41 and so on - flag
# the ones that are exactly 45", "my column has stuff like 12, 45, n/a, 7 - highlight the n/a ones",
# "items like Ring - Solitaire, Signet Ring, Necklace - anything starting with Ring". A few words
# that name the column (no order), "like" or "such as", three or more values or two with a comma,
# then a dash, colon or semicolon after the last comma, and the request.
_PASTED = re.compile(r"^\W*(?P<noun>(?:(?!(?:highlight|hilight|colou?r|shade|flag|mark|format|bold|fill|make|"
                     r"show|find|apply|pick|select|grey|gray)\w*\b)[\w'/()%#.]+\s+){0,5}?)"
                     r"(?:(?:look|looks|looking|are|is|go|goes|run|runs|read|reads)\s+)?(?:(?:something|stuff|"
                     r"things)\s+)?(?:like|such\s+as|e\.?g\.?,?)\s+(?P<values>[^,;:]+(?:,[^,;:]+)+?)"
                     r"(?:,?\s+(?:and\s+so\s+on|etc\.?|and\s+the\s+like|\.\.\.|…))?"
                     r"(?:\s+[-–—]\s+|\s*[:;]\s+)(?P<ask>\S.*)$", re.IGNORECASE | re.DOTALL)
_GENERIC = re.compile(r"^(?:my\s+|the\s+|our\s+)?(?:column|col|sheet|data|list|cells?)?\s*(?:has|have|holds?|"
                      r"contains?|got|with)?\s*(?:values?|entries|stuff|things|data|cells?|numbers|items?)?\s*$",
                      re.IGNORECASE)


# The format said first, then what gets it: "Red fill: anything over 50", "Teal: silver members",
# "Soft green on all the AVF patients", "Bold row when the trade lost more than 10%", "Pale yellow
# row: units of 35 sq ft or smaller". The colour is no value of the rule; it reads as an order.
_COLOUR = (r"(?:red|green|yellow|orange|amber|blue|pink|purple|gold|golden|grey|gray|teal|lilac|lavender|"
           r"violet|mauve|magenta|cyan|turquoise|aqua|navy|brown|beige|peach|coral|salmon|mint|olive|lime|"
           r"maroon|crimson|black|white|silver|bold|italics?|strikethrough|underlined?)")
_SHADE = r"(?:light|pale|soft|dark|bright|deep|pastel|muted|neon|hot|baby|sky|dusty|rose|sea|forest)"
_PART = r"(?:fill|text|font|background|shading|highlight|colou?r|format(?:ting)?|cell|cells)"
# A format said after the rule: "... review get a pale yellow fill", "... gets marked".
_FORMAT_TAIL = re.compile(rf"\s+(?:get|gets|go|goes|turn|turns)\s+(?:a\s+|an\s+)?(?:{_SHADE}[\s-]+)*{_COLOUR}"
                          rf"(?:\s+{_PART})*(?=\s*[.!]?\s*(?:$|\())"
                          r"|(?:\s+[-–—])?\s+(?:gets?|is|are)\s+"
                          r"(?:marked|shaded|highlighted|colou?red|flagged|formatted)\b"
                          r"(?=\s*[.!;(]|$)",
                          re.IGNORECASE)
_FORMAT_FIRST = re.compile(
    rf"^\W*(?P<fmt>(?:{_SHADE}[\s-]+)*{_COLOUR}(?:\s+(?:(?:and|&|\+)\s+)?(?:{_SHADE}\s+)*{_COLOUR})*"
    rf"(?P<row>\s+(?:whole\s+|full\s+|entire\s+)?(?:row|rows|line|lines))?(?:\s+{_PART})*)"
    r"(?:\s*:\s+|\s+[-–—]\s+|\s+(?P<join>on|for|to|across)\s+(?!it\b|them\b)|\s+(?=(?:when|where|if|whenever)\b))"
    r"(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


# A formal request in the passive: "It is requested that every plot whose fee is below the average
# be highlighted.", "Rows whose status is Late should be shaded in their entirety.": the order is
# the verb, its object what comes before it; "in its entirety" and "in full" after it are the row.
_PASSIVE_VERB = (r"(?:highlighted|hilighted|shaded|colou?red|formatted|flagged|marked|filled|emphasi[sz]ed|"
                 r"distinguished|indicated|picked\s+out|made\s+to\s+stand\s+out)")
_REQUESTED = re.compile(
    r"^\W*(?:(?:it\s+is|it['’]s|it\s+was|it\s+has\s+been)\s+(?:hereby\s+|kindly\s+|respectfully\s+)?"
    r"(?:requested|asked|required|desired|proposed|recommended|suggested|expected)\s+that\s+"
    r"|(?:please|kindly)\s+(?:ensure|make\s+sure|see\s+to\s+it|arrange)\s+that\s+)"
    r"(?P<what>\S.*?)\s+(?:(?:should|shall|must|would|will|may|is\s+to|are\s+to)\s+)?be\s+"
    rf"(?P<verb>{_PASSIVE_VERB})\b(?P<rest>.*)$"
    r"|^\W*(?P<what2>(?!(?:can|could|would|will|may|might|should|shall|how|why|what|which|is|are|do|does)\b)"
    r"\S.*?)\s+(?:should|shall|must|are\s+to|is\s+to|need\s+to|needs\s+to)\s+be\s+"
    rf"(?P<verb2>{_PASSIVE_VERB})\b(?P<rest2>.*)$", re.IGNORECASE | re.DOTALL)
_IN_FULL = re.compile(r"^\s*(?:in\s+(?:its|their)\s+entirety|in\s+full|(?:across\s+)?(?:the\s+)?(?:whole|entire|"
                      r"full)\s+rows?)\b", re.IGNORECASE)
# Recorded, listed or entered as a value is that value: "whose funding is not recorded as Yes".
_RECORDED_AS = re.compile(r"\b(is|are|was|were)(\s+not)?\s+(?:recorded|listed|entered|marked|logged|shown|given|"
                          r"noted|set)\s+as\b", re.IGNORECASE)


def requested(text: str) -> str:
    """`text` with each sentence that asks in the formal passive (`_REQUESTED`: "It is requested
    that X be shaded in its entirety.", "X should be highlighted.") said as an order: "highlight X,
    whole row"; what is "recorded as" a value "is" it; `text` when no sentence asks so."""
    out, changed = [], False
    for sentence in sentences(text):
        m = _REQUESTED.match(sentence)
        if m is None:
            out.append(sentence)
            continue
        what = (m.group("what") or m.group("what2")).strip()
        rest = m.group("rest") if m.group("what") else m.group("rest2")
        row = _IN_FULL.match(rest)
        rest = (", whole row" + rest[row.end():]) if row else rest
        out.append(f"highlight {_RECORDED_AS.sub(lambda r: r.group(1) + (r.group(2) or ''), what)}{rest}")
        changed = True
    return " ".join(out) if changed else text


# A request written as a form's fields: "Column: Asset | Condition: ends with ios | Scope: whole row
# | Format: purple", "Condition: price above 100 / Format: gold fill". The column and the condition
# are the request; a scope that says rows is the row; the format is no value of the rule.
_FIELD = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(?P<value>.*?)\s*$", re.DOTALL)
_FIELD_SPLIT = re.compile(r"\s+[|/;]\s+|\s*\|\s*|\s*;\s+|\s*•\s*")
_COLUMN_KEYS = frozenset("column col field header heading".split()) | {"test column", "target column", "column to test",
                                                                    "tested column", "which column"}
_SCOPE_KEYS = frozenset({"scope", "apply to", "applies to", "range", "target"})
_FORMAT_KEYS = frozenset("colour color format formatting fill style font highlight shade background".split())
_CONDITION_KEYS = frozenset("condition conditions rule criteria criterion test when if where match matches "
                            "filter".split())
# A condition that starts as a test: after its column with no "is" ("Notes does not contain quartz").
_TEST_START = re.compile(r"^(?:is|are|isn't|does|doesn't|do|not|no|contains?|containing|starts?|starting|begins?|"
                         r"beginning|ends?|ending|appears?|occurs?|over|under|above|below|greater|less|fewer|more|"
                         r"at|between|within|outside|equal|equals|blank|empty|errors?|duplicated?|duplicates|"
                         r"repeated|unique|top|bottom|highest|lowest|last|next|this|today|tomorrow|yesterday|in|"
                         r"on|before|after|older|newer|[<>=≠≤≥!]|\d|-\d)", re.IGNORECASE)


def specified(text: str) -> str:
    """`text` written as a form's fields (`_FIELD`, at least two, one a condition) said as a
    request: "highlight Asset ends with ios, whole row", "highlight Dept is History or Physics";
    `text` when it is no such form."""
    parts = [p for p in _FIELD_SPLIT.split(text.strip()) if p.strip()]
    fields = [_FIELD.match(p) for p in parts]
    if len(parts) < 2 or any(f is None for f in fields):
        return _listed(parts, fields) or text
    got = {f.group("key").strip().lower(): f.group("value").strip() for f in fields if f is not None}
    condition = next((v for k, v in got.items() if k in _CONDITION_KEYS and v), None)
    if condition is None:
        return _listed(parts, fields) or text
    column = next((v for k, v in got.items() if k in _COLUMN_KEYS and v), "")
    rows = any(re.search(r"\brows?\b|\bentire\b|\bwhole\b", v, re.I) for k, v in got.items()
               if k in _SCOPE_KEYS | _FORMAT_KEYS)
    if column and not _TEST_START.match(condition):
        condition = f"is {condition}"
    said = f"highlight {column} {condition}" if column else f"highlight {condition}"
    return said + (", whole row" if rows else "")


_TEXT_TEST_END = re.compile(r"(?:contains?|containing|starts?\s+with|begins?\s+with|ends?\s+with|is\s+exactly|"
                            r"exactly|equals?|is|is\s+not|isn't)$", re.IGNORECASE)


def _listed(parts: list[str], fields: list[re.Match | None]) -> str | None:
    """A checklist whose lines are a column, a test with its value, a colour, as fields or bare
    ("column: Job / does not contain: filter / colour: blue", "order / is exactly / Doner Wrap /
    green"), said as a request; None when no line is a test."""
    column, tests, rows, keyed = "", [], False, 0
    for n, (part, field) in enumerate(zip(parts, fields)):
        key, value = (field.group("key").strip(), field.group("value").strip()) if field else ("", part.strip())
        keyed += field is not None
        if key.lower() in _FORMAT_KEYS or not key and re.fullmatch(rf"(?:{_SHADE}[\s-]+)*{_COLOUR}", value, re.I):
            continue
        if key.lower() in _SCOPE_KEYS:
            rows = rows or bool(re.search(r"\brows?\b|\bentire\b|\bwhole\b", value, re.I))
        elif key.lower() in _COLUMN_KEYS or not key and n == 0 and not _TEST_START.match(value):
            column = value
        elif key and _TEST_START.match(key):
            tests.append(f"{key} {_quoted(key, value)}")
        elif key:
            return None  # a field of another kind: no checklist
        elif tests and _TEXT_TEST_END.search(tests[-1]):
            tests[-1] += " " + _quoted(tests[-1], value)
        else:
            tests.append(value)
    if not tests or not any(_TEST_START.match(t) for t in tests) or not keyed and len(parts) < 3:
        return None
    return f"highlight {column} {' '.join(tests)}".replace("  ", " ") + (", whole row" if rows else "")


def _quoted(test: str, value: str) -> str:
    """`value` quoted after a text test ("contains: ginjo" -> contains 'ginjo'), as typed otherwise."""
    if _TEXT_TEST_END.search(test) and value and not re.match(r"^[\"'“‘]|^[$£€-]?\d[\d,.]*%?$", value):
        return f"'{value}'"
    return value


# A request written as numbered steps: "Step 1: select Fee (€). Step 2: greater than or equal to
# 100. Step 3: light orange." The first step names the column when a later one tests; a step that
# only formats goes (its "rows" kept); the dialog's labels ("new rule", "Cell Value", "Format only
# cells that") are no request.
_STEP = re.compile(r"(?:^|(?<=[.;,:\s]))\s*(?:step\s*(?P<n>\d{1,2})|(?P<m>\d)\))\s*[:.,;)\-–—]?\s*", re.IGNORECASE)
_SELECT = re.compile(r"^(?:select|selct|selcet|choose|pick|click\s+(?:into|in|on)|go\s+to|open|highlight)\s+"
                     r"(?:the\s+)?", re.IGNORECASE)
_DIALOG = re.compile(r"^(?:(?:choose|pick|select|use|apply|add)\s+)?(?:new\s+rule|cell\s+value|format\s+only\s+cells\s+"
                     r"(?:that|with)|format\s+only|top/bottom\s+rules|highlight\s+cells\s+rules|a\s+date\s+"
                     r"occurring)\s*[,:]?\s*", re.IGNORECASE)
_FORMAT_ONLY = re.compile(rf"^(?:(?:make\s+(?:it|them)|turn|go|set|apply|use|with|in|a|an)\s+)*(?:(?:{_SHADE}|"
                          rf"{_COLOUR}|{_PART}|on|the|those|these|them|it|cells?|rows?|whole|entire|full|row|"
                          r"please|pls|and|fill|text|font|gradient|solid)[\s,]*)+$", re.IGNORECASE)


# A piece that only names a colour: "norfolk mills - teal", "-> grey" (no row, no order).
_COLOUR_ONLY = re.compile(rf"^(?:(?:{_SHADE}|{_COLOUR}|fill|text|font|background|shading|please|pls|and|&|"
                          rf"in|on)[\s,-]*)*{_COLOUR}(?:[\s,-]*(?:{_SHADE}|{_COLOUR}|fill|text|font|background|"
                          r"shading|please|pls|and|&))*$", re.IGNORECASE)


def in_steps(text: str) -> str:
    """`text` written as numbered steps (`_STEP`, two or more) said as one request: "Fee (€):
    greater than or equal to 100", "shade anything wider than 40 cm", with ", whole row" where a
    dropped format step says rows; `text` when it is no such list."""
    cuts = list(_STEP.finditer(text))
    if len(cuts) < 2 or cuts[0].start() > 2:
        return text
    steps = [text[a.end():b.start() if b else len(text)].strip(" .;,") for a, b in zip(cuts, cuts[1:] + [None])]
    steps = [_DIALOG.sub("", step) for step in steps if step]
    tests = [n for n, step in enumerate(steps) if _TESTS.search(step) or _RULE_NAMED.search(step)]
    column = ""
    named = _SELECT.match(steps[0]) or len(steps[0].split()) <= 4 and not re.search(r"[\d'\"<>=]", steps[0]) \
        if steps else False  # "Step 1: Days Open.": a column's name
    if tests and steps and (tests[0] > 0 or len(tests) > 1 and named):
        column = _SELECT.sub("", steps[0]).strip()
        tests = [n for n in tests if n > 0]
    rows = any(_FORMAT_ONLY.match(step) and re.search(r"\brows?\b", step, re.I) for step in steps)
    asks = [steps[n] for n in tests] or [s for s in steps[1:] if not _FORMAT_ONLY.match(s)]
    if not asks:
        return text
    said = " ".join(asks)
    generic = re.fullmatch(r"(?i)(?:the\s+)?(?:data|table|range|sheet|column|list|cells|log|whole\s+\w+)", column)
    return (f"{column}: {said}" if column and not generic else said) + (", whole row" if rows else "")


_RULE_NAMED = re.compile(r"\b(?:icon\s+sets?|data\s+bars?|colou?r\s+scales?|unique|duplicates?|errors?|blanks?|"
                         r"average|top|bottom|today|tomorrow|yesterday|traffic|arrows)\b", re.IGNORECASE)


# An example pointed at: "like the 12 in row 3 - anything above 10", "ones like 'Blue #2' in row
# 10 - starting with Blue", "quotes that repeat, like the two 99s": the example is no value of the
# rule (what is asked is said beside it).
_EXAMPLE = re.compile(r",?\s*\b(?:ones\s+|one\s+)?like\s+(?:the\s+)?(?:'[^']*'|\"[^\"]*\"|“[^”]*”|-?[^,;:\-–—'\"]*?)"
                      r"\s+in\s+rows?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*"
                      r"|,?\s*\blike\s+rows?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*"
                      r"|\s*\(\s*rows?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*\s*\)"
                      r"|,\s*like\s+the\s+[^,;:\-–—]+$", re.IGNORECASE)


def without_examples(text: str) -> str:
    """`text` without the examples it points at (`_EXAMPLE`), when what is left still asks or
    tests something; `text` otherwise."""
    left = _EXAMPLE.sub("", text)
    if left == text:
        return text
    left = re.sub(r"^\s*[-–—,:;]\s*|\s+(?=[,;])", "", left).strip()
    return left if left and _TESTS.search(left) else text


# A request that says what not to format first ("not the little ones - only frames 60 cm and
# wider", "leave the whites alone; inks starting 'Iron Gall'") or after ("units whose shelf life
# ends today - not yesterday's, not tomorrow's"): the rows left out are no part of the rule.
_NOT_FIRST = re.compile(r"^\W*(?:(?:not|never)\s+(?!(?:between|equal|blank|empty|an?\s+error|errors?|in|on|"
                        r"over|under|above|below|more|less|starting|ending|containing|beginning)\b)"
                        r"|(?:leave|skip|ignore|forget(?:\s+about)?)\s+)[^-–—:;,]{1,60}?(?:\s+alone|\s+out)?"
                        r"(?:\s*[-–—]\s+|\s*[:;]\s+"
                        r"|\s*,\s+(?=(?:the|every|each|all|only|just|any|next|last|this|today|tomorrow|yesterday)\b))",
                        re.IGNORECASE)
_NOT_RULE = r"(?!(?:blank|blanks|empty|an?\s+error|errors|between|equal|in|on|over|under|above|below|more|less)\b)"
_NOT_AFTER = re.compile(rf"\s*[-–—,;]\s*(?:but\s+)?not\s+{_NOT_RULE}[^-–—;.]*[.!]?\s*$"  # the last clause, whole
                        rf"|\s*[-–—,;]\s*(?:but\s+)?not\s+{_NOT_RULE}(?:the\s+|any\s+)?(?:[\w'’£$%.-]+\s+){{0,5}}?"
                        r"[\w'’£$%.-]+(?=\s*(?:[-–—,;.]|$))", re.IGNORECASE)
_RULE_CUE = re.compile(r"\b(?:today|yesterday|tomorrow|week|month|year|days?|top|bottom|biggest|largest|smallest|"
                       r"highest|lowest|average|over|under|above|below|more|less|fewer|between|start\w*|end\w*|"
                       r"begin\w*|contain\w*|blank|errors?|or\s+less|or\s+more)\b|%", re.IGNORECASE)
_LEAVE_AFTER = re.compile(r"(?:\s*[;,]\s*|\s+[-–—]\s+)(?:and\s+)?(?:leave|keep)\s+[^,;.\-–—]{1,40}?\s+(?:plain|alone|"
                          r"as\s+(?:is|it\s+is|they\s+are)|unshaded|uncolou?red|white)\b", re.IGNORECASE)


def contrasted(text: str) -> str:
    """`text` without what it says not to format (`_NOT_FIRST` before the ask, `_NOT_AFTER`
    after it) when what is left tests something; `text` otherwise."""
    m = _NOT_FIRST.match(text)
    rest = text[m.end():] if m else text
    if m is None or not (_TESTS.search(rest) or re.search(r"\b(?:is|are)\s+[A-Z]|[\"'“]", rest)) \
            or re.match(r"(?i)\W*(?:and|or|nor|but)\b", rest):  # ("Not the Good ones: the rows where ...")
        rest = text
    cut = _LEAVE_AFTER.sub("", rest)  # "...; leave Tanaka's plain"
    if re.search(r"(?i)\b(?:only|just)\b|^[^-–—,;]*\b(?:today|yesterday|tomorrow|this|last|next)\b", cut):
        cue = bool(_RULE_CUE.search(cut))  # (bare values, "Just B1, not B1+": the near misses say a whole text)
        cut = _NOT_AFTER.sub(lambda m: "" if cue or re.search(r"(?:ones?|['’]s)\W*$", m.group(0), re.I)
                             else m.group(0), cut)
    return cut if cut.strip() and _TESTS.search(cut) else rest


# A request shouted in capitals ("NORFOLK MILLS -> TEAL", "TILLS NOT STARTING 'TILL' -> CHECK"):
# read in lower case, its quoted texts and short codes ("DNF", "PGA") as typed.
_COMMON_SHORT = frozenset("a the and any all not row red for per top low new old day due yes no off on in at to "
                          "our out who how why its has get got put use but nor can "
                          "of or by is are was has had one two six ten end set".split())


def caps_unlocked(text: str) -> str:
    """`text` with its letters' case turned back when it was typed with caps lock on ("aRR, MAKR THE
    TOP 2 sKATER pOINTS VALUES", "vALUEeRROR: RULE 'tOP sPEED' NOT APPLIED"): at least two words
    begin with a small letter followed by capitals, more than begin with a capital then small ones,
    and most letters are capitals ("the eBay and iPad Sales" stays)."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    inverted = sum(bool(re.fullmatch(r"[a-z][A-Z]+(?:[a-z][A-Z]*)*", w)) for w in words)
    letters = [c for c in text if c.isalpha()]
    if inverted < 2 or inverted <= sum(bool(re.fullmatch(r"[A-Z][a-z]+", w)) for w in words) \
            or sum(c.isupper() for c in letters) < 0.6 * len(letters):
        return text
    return text.swapcase()


_FUNCTION_CALL = re.compile(r"\b[A-Z][A-Z.]+\(")  # a typed formula: "NOT(ISNUMBER(SEARCH(...)))" stays


def unshouted(text: str) -> str:
    """`text` in lower case outside its quotes when most of its letters are capitals and it has
    three words of three letters or more; short codes that are no common word stay."""
    letters = [c for c in re.sub(r"'[^']*'|\"[^\"]*\"|“[^”]*”", "", text) if c.isalpha()]
    if _FUNCTION_CALL.search(text) or len(letters) < 9 or sum(c.isupper() for c in letters) < 0.8 * len(letters) \
            or len(re.findall(r"[A-Za-z]{3,}", text)) < 3:
        return text
    out, last = [], 0
    for m in re.finditer(r"'[^']*'|\"[^\"]*\"|“[^”]*”", text):
        out += [_lowered(text[last:m.start()]), m.group(0)]
        last = m.end()
    said = "".join(out + [_lowered(text[last:])])
    meaning = _MEANING.search(said)  # "wind > 20 knots is red flag day -> red": what the test means
    return said[:meaning.start()] + said[meaning.end():] if meaning and _TESTS.search(said[:meaning.start()]) else said


_MEANING = re.compile(r"\s*(?:=|\bis)\s+[a-z][a-z\s.'’-]*?(?=\s*(?:->|[-–—.!,]|$))")


def _lowered(part: str) -> str:
    part = re.sub(r"(?<=[a-zA-Z])\s*=\s*(?=[A-Za-z])", " is ", part)  # "PRICE = ERROR OR BLANK"
    def word(m: re.Match) -> str:  # a short code stays ("DNF"), a unit after a number does not ("2200MAH")
        w = m.group(0)
        code = len(w) <= 3 and w.lower() not in _COMMON_SHORT and not part[max(m.start() - 1, 0):m.start()].isdigit()
        return w if code else w.lower()

    return re.sub(r"[A-Za-z]+", word, part)


def format_first(text: str) -> str:
    """`text` with a format said first (`_FORMAT_FIRST`) read as an order: "highlight anything over
    50", "highlight the rows: units of 35 sq ft or smaller"; `text` when it starts otherwise."""
    m = _FORMAT_FIRST.match(text)
    if m is None or not re.search(rf"(?i)\b{_COLOUR}\b", m.group("fmt")) \
            or m.group("join") and re.match(rf"(?i)(?:{_SHADE}[\s-]+)*{_COLOUR}\b", m.group("rest")):
        return text  # ("green to red by progress": a colour scale)
    rest = m.group("rest").strip()
    return f"highlight the rows {rest}" if m.group("row") else f"highlight {rest}"


def unpasted(text: str) -> str:
    """`text` without the sample of its column pasted before the request (`_PASTED`): the request,
    after the words that name the column ("cuts: I want just the plain Sirloin ones"); `text` when
    there is none."""
    m = _PASTED.match(text)
    if m is None:
        return text
    noun, ask = m.group("noun").strip(), m.group("ask").strip()
    return ask if not noun or _GENERIC.match(noun) else f"{noun}: {ask}"


def _restated(m: re.Match) -> str:
    if m.group("zero"):
        return f"{m.group('noun').strip()} at 0".strip()
    return m.group("n") or m.group("n2") or m.group("n3")


def _without_story(part: str) -> str:
    tail = _COMPLAINT_TAIL.search(part)
    part = part[:tail.start()] if tail and tail.start() else part
    part = _WHETHER.sub("", part) if re.search(r"\b(?:contain\w*|includ\w*|mention\w*|with)\b", part, re.I) else part
    return _STORY_CLAUSE.sub(lambda m: m.group(0) if _TESTS.search(m.group(0)) else "", part)


def asked(text: str) -> str:
    """What `text` asks: its corrections made (`corrected`), letters spelt one by one joined
    ("C U" -> "CU"), asides in parentheses left out, and of several sentences (or clauses set
    off by dashes) those that ask or say what to test, an ask's purpose cut (see the module's
    docstring); `text` itself for one piece, or when none of its pieces would be kept."""
    text = _reworded(text)
    text = _ASIDE.sub(lambda m: m.group(0) if _TESTS.search(m.group(0)) and not _WHY.match(m.group(0)) else "",
                      text)
    labelled = _LABEL.match(_BULLET.sub("", text))
    text = _FOLLOW_UP.sub("", _OPENER.sub("", _LABEL.sub("", _BULLET.sub("", _ARROW.sub(" - ", text)))))
    text = _WHY_NOT.sub("", _SIGH.sub("", text))
    if labelled and re.match(r"(?i)action", labelled.group(0).strip()):
        text = _OWNER.sub("", text)
    if _RANGE_SAID.search(text):  # "4 to 6 people (4 and 6 included)": a range holds its bounds
        text = _BOUNDS_INCLUDED.sub("", text)
    text = _OUTSIDE_BOUNDS_PLAIN.sub(r"\g<range>", text)
    pieces = [(m, clause) for m, sentence in enumerate(_sentences(text)) for clause in _DASH.split(sentence)
              if clause.strip()]
    parts = [_without_story(_WISH.sub("", _MEANS.sub(r"\g<test>\g<end>", clause))) for _, clause in pieces]
    if len(parts) < 2:
        return _unpurposed(parts[0] if parts else text) if _ASKS.search(text) else " ".join(parts) or text
    kept: list[tuple[int, str]] = []
    pulled: set[int] = set()  # sentences kept as what an ask points back to
    subjects: list[tuple[int, str]] = []  # parts that neither ask nor test
    colours = {n for n, part in enumerate(parts) if _COLOUR_ONLY.match(part.strip(" .!?")) and not _TESTS.search(part)}
    for n, part in enumerate(parts):  # ("norfolk mills - teal": the format, no value)
        if _OTHERS_STAY.search(part) or n in colours:  # "Repeat customers should stay white": the rows not asked for
            continue
        tests = _TESTS.search(part)
        if _TRIED.search(part) or _COMPLAINT.match(part) or _POLITE.search(part) and not tests:
            continue
        if _ASKS.search(part) or _QUESTION.search(part):
            if not tests and _ANAPHOR.search(part) and n and all(m != n - 1 for m, _ in kept):
                kept.append((n - 1, parts[n - 1]))  # "We're putting X and Y in the marquee. Can those rows ..."
                pulled.add(n - 1)
            kept.append((n, _unpurposed(part)))
        elif tests:
            kept.append((n, part))
        else:
            subjects.append((n, part))
    order = next((n for n, part in kept if _ORDER.match(part) and (_TESTS.search(part) or _VALUES_SAID.search(part)
                  and not _ANAPHOR.search(part))), None)  # ("Please mark every CSD or SCCM row.": its values)
    if order is not None:  # "... Stilton comes up twice. Highlight any cheese that ends in Stilton."
        kept = [(n, part) for n, part in kept if pieces[n][0] >= pieces[order][0] or _ASKS.search(part)
                or n in pulled or _COLUMN_SAID.search(part)]  # "Plot sizes are in column C." says where
    if any(_TESTS.search(part) for _, part in kept):  # "Is it fair?", "How would I write that?": no ask
        kept = [(n, part) for n, part in kept if _TESTS.search(part) or _ASKS.search(part) or n in pulled]
    elif kept and not pulled:  # "Every team number that's been filled in - highlight": an ask of its subject
        first = min(n for n, _ in kept)  # (a clause before the ask in its sentence, not a story's)
        kept += [(n, part) for n, part in subjects if n < first and pieces[n][0] == pieces[first][0]]
    if not kept and colours and subjects:  # "norfolk mills - teal": what gets the format
        return " ".join(part for _, part in subjects)
    if not kept:  # (a complaint may name what is wanted: "tried a colour scale ... try again")
        return text
    out, last = "", None
    for n, part in sorted(kept):  # clauses of one sentence keep the dash between them ("starting MSCU - how ...")
        out += ("" if last is None else " - " if last == n - 1 and pieces[n][0] == pieces[last][0] else " ") + part
        last = n
    return out


def _played_straight(text: str) -> str:
    """`text` typed with caps lock on turned back (`caps_unlocked`), without the weather, the quest, the
    transcript's turns or the thread it is said in (`forecasts.unforecast`, `quests.unquested`,
    `transcripts.untranscribed`, `threads.unthreaded`), without the script, the prescription, the
    directions or the classified ad it is written as (`scripts.unscripted`, `prescriptions.unprescribed`,
    `directions.undirected`, `classifieds.unclassified`), without the figures that name units,
    lots, times and star signs (`callsigns.without_callsigns`), read as the words of pasted caption
    cues (`captions.uncaptioned`), as the ask an error message says failed (`traces.untraced`), as a
    CSS rule said in words (`selectors.unselected`), pirate speak said plainly (`pirates.unpirated`),
    the request inside a calendar entry or a receipt (`envelopes.unenveloped`), words turned round
    put in order (`yoda.in_order`), a commentator's play-by-play said as the request
    (`commentary.uncommentated`), "with no repeat in the column" as unique and "values except those
    below 5" as "values that are not below 5"."""
    text = unthreaded(untranscribed(unquested(unforecast(caps_unlocked(text)))))  # (weather, quests, ...)
    text = unclassified(undirected(unprescribed(unscripted(text))))  # (a script, a prescription, directions, an ad)
    text = without_callsigns(text)  # (a radio's, an order's, an auction's figures)
    text = unpirated(unselected(untraced(uncaptioned(text))))  # (captions, errors, CSS, pirates)
    text = uncommentated(in_order(unenveloped(text)))  # (a calendar entry or a receipt; Yoda; a commentator)
    text = _NO_REPEAT.sub(lambda m: " is unique" if m["how"].lower() == "has" else " that is unique", text)
    return _EXCEPT_ONES.sub(lambda m: (m["what"] + " " if m["what"] else "") + "that are not " + m["test"], text)


# "Engraver with no repeat in the column", "Poet value that has no repeats in the column": unique
# (chosen on the thirty-third sets' dev halves)
_NO_REPEAT = re.compile(r"\s+(?P<how>with|having|that\s+has|which\s+has|has)\s+no\s+(?:repeats?|duplicates?|twins?)"
                        r"(?:\s+(?:anywhere\s+)?in\s+(?:the|its|that)\s+column)?\b", re.IGNORECASE)
# "values except the ones below 185", "cells except those dated today": the values that are not below 185
# (chosen on the thirty-first sets' dev halves)
_EXCEPT_ONES = re.compile(r"(?:(?<=\s)(?P<what>values|cells|entries|figures|numbers|scores|amounts)\s*,?\s*)?"
                          r"\bexcept\s+(?:for\s+)?(?:the\s+ones|those|any|ones)\s+(?:that\s+are\s+|which\s+are\s+)?"
                          r"(?P<test>(?:below|under|above|over|less|more|greater|fewer|lower|higher|"
                          r"at\s+(?:least|most)|between|outside|equal|exactly|dated|from|"
                          r"in\s+the\s+(?:top|bottom|last|past)|falling)\b)",
                          re.IGNORECASE)


def _reworded(text: str) -> str:
    """`text` read as its forms say it (`_played_straight`: caps lock, captions, errors, CSS, pirates, receipts, Yoda,
    commentators); read as the rule a configuration or a log line writes (`configs.unconfigured`: "[highlight]
    column = Qty op = lte value = 6"), a web address (`urls.unlinked`: "?col=Qty&op=lt&value=5"), an identifier
    (`identifiers.unslugged`: "highlightQtyUnder5") or a small text table (`grids.ungridded`: "|column|test|value|
    |Qty|<|5|") writes; with a footnote's rule in its ask's place (`footnotes.unfootnoted`), corporate jargon, very
    simple words, an academic register and old-fashioned English said plainly (`jargon.plain_spoken`,
    `eli5.grown_up`, `academic.uncited`, `archaic.modernised`); without HTML's markup (`markup.unmarked_html`:
    "<p>Tempo &gt; 100</p>"), read for the request of a TL;DR, a telegram, a recipe, a changelog entry or an alert
    (`forms.unformed`), with a scan's slips undone (`scans.unscanned`: "rnark c0unts be1ow l5"), a query said in
    words (`queries.unqueried`: "SELECT * FROM t WHERE x < 6"), a bug report's expected part kept
    (`tickets.expected`: "Bug: ... Expected: ... Actual: ..."), a change's new state (`tickets.changed`: "- Score <
    250 / + Score < 200", "Before: ... After: ..."), a defined term's definition in its place (`terms.unaliased`: "A
    'stale' ticket is one whose Age is over 30. Highlight stale tickets."), figures in Roman numerals, hex,
    scientific notation and fractions written as digits (`numerals.plain_figures`: "under XXX", "2.4e2", "1½"), a
    command line, mathematical notation, a pattern or a payload said in words (`commands.uncommanded`: `cf highlight
    --col Score --gt 50`; `notation.unnotated`: "Speed ∈ (220, 280)"; `patterns.unpatterned`: "Code ~ /^INV/";
    `payloads.spelled_out`: `{"column": "Score", "op": ">", "value": 50}`), markdown's marks taken away
    (`payloads.unmarked`), a rule asked again by what was done before (`framing.redone`: "last season I marked 10 or
    more, do that again"), a rhyme's ask (`framing.versed`), another language's rule words in English
    (`foreign.anglicised`: "mehr als 50 markieren"), read from another program's dialogs (`framing.app_path`:
    "LibreOffice: Condition 1 > Cell value is > ..."), without its talk of where the rule applies
    (`framing.unscoped`: "row 2 down, not the header"), read from Excel's menus (`framing.menu_path`), its slipped
    frame words mended (`spelling.mend`: "botom 20 percnet"), its figures of speech, signs and registers said
    plainly (`framing.idiomatic`, `framing.registered`), unshouted, its steps, examples, contrasts, passive, form,
    pasted sample, format said first and corrections read, letters spelt joined, restated figures and dates made
    one, two negations said once (`framing.affirmed`: "don't leave out any X"), puzzles worked out
    (`puzzles.solved`: "as many as there are minutes in an hour") and the context around its ask left out
    (`framing.uncontexted`), and a rule said again in brackets said once ("unique (no repeats)")."""
    text = _played_straight(text)
    text = unformed(unmarked_html(ungridded(unslugged(unlinked(unconfigured(text))))))  # (a config, an address ...)
    text = modernised(uncited(grown_up(plain_spoken(unfootnoted(text)))))  # (a footnote; jargon; simple, academic, old)
    text = unaliased(changed(expected(unqueried(unscanned(text)))))  # (a scan, a query, a ticket, a change, a term)
    text = spelled_out(unpatterned(unnotated(uncommanded(plain_figures(text)))))  # (figures, commands, math ...)
    text = scenario(versed(redone(anglicised(unmarked(text)))))  # (markdown's marks; a redo's, rhyme's frame)
    plain = registered(idiomatic(untagged(mend(menu_path(unscoped(app_path(text))), strict=True))))
    framed = affirmed(reasoned(unhedged(unaddressed(in_dialogue(plain)))))  # (two negations said once)
    framed = figures_named(worked_out(solved(quizzed(headlined(framed)))))
    text = _COLUMN_NAMED_FIRST.sub(r"column \g<letter> (\g<h>)\g<end>", _LEFT_BLANK.sub(r"\1", unshouted(framed)))
    text = _CELL_NOT_ROW.sub("", text) if _TESTS.search(_CELL_NOT_ROW.sub("", text)) else text
    text = _NOT_ROW_AFTER.sub("", text) if _TESTS.search(_NOT_ROW_AFTER.sub("", text)) else text
    text = _NOTHING_IN.sub(r"\1 blank ", text)  # "No or left blank": "left" is no value
    text = _NO_TEXT_IN.sub(r"not containing \g<q>", _WITHOUT_TEXT.sub("not containing ", text))
    text = _EXACTLY_AFTER.sub(r"exactly \g<q>", text)  # "'USED' exactly": exactly 'USED'
    text = _FORMAT_TAIL.sub("", text)  # "rows where Status contains review get a pale yellow fill"
    text = contrasted(without_examples(in_steps(text)))
    text = corrected(format_first(unpasted(specified(requested(text)))))
    text = _SPELT.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    text = next((again.sub("", text) for said, again in _RESTATEMENTS if said.search(again.sub("", text))), text)
    return uncontexted(_PERIOD_DATES.sub(r"\g<p>", _RESTATED.sub(_restated, text)))


def _sentences(text: str) -> list[str]:
    """`sentences(text)`, a complaint typed in lower case split from what is beside it, and an
    order from what is before it (`_LOWER_START`)."""
    out = []
    for sentence in sentences(text):
        pieces = [p for p in _LOWER_START.split(sentence) if p.strip()]
        for n, piece in enumerate(pieces):
            if n and not _COMPLAINT.match(pieces[n - 1]) and not _COMPLAINT.match(piece) \
                    and not _ORDER.match(piece):
                out[-1] += " " + piece
            else:
                out.append(piece)
    return out


def _unpurposed(part: str) -> str:
    """`part` without the purpose after its ask, unless the ask is in the purpose ("The room is
    being refitted, so I'd like every booking EXCEPT Submarine greyed out")."""
    cut = _PURPOSE.sub("", part).strip()
    return cut if cut and _ASKS.search(cut) or cut and not _ASKS.search(part) else part
