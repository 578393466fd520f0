"""Utterance normalisation: comparison symbols spelled out as the words the benchmarks use.

Users type `cells > 5` or `values <= 10%`; the training utterances say "greater than" and "less
than or equal to". `normalise` rewrites a comparison operator standing between words or before a
number (`>=`, `=>`, `≥`, `<=`, `=<`, `≤`, `<>`, `!=`, `≠`, `>`, `<`, `=`, `==`) into those words,
parts a unit from its number ("2kg" -> "2 kg"), writes £, € and ¥ before a number as $, mends
"more then" and writes shorthands out ("wk", "mth", "yr", "tmrw", "2day", "w/o", "btw 5 and 9", "top5")
and a request put into English from another language ("inferior to", "the week passed"), names
a sign by its sign ("ends with a plus sign"), and collapses runs of whitespace, so training and
inference see the same phrasing. Literals are untouched: text inside quotes is left as it
is. This module knows nothing of models or languages.
"""

from __future__ import annotations

import functools
import re

from cf_assistant.diffusion.spelling import mend
from cf_assistant.diffusion.text_slots import _AFFIX_VERB, mark

_WORDS = {
    ">=": "greater than or equal to", "=>": "greater than or equal to",
    "≥": "greater than or equal to",
    "<=": "less than or equal to", "=<": "less than or equal to", "≤": "less than or equal to",
    "<>": "not equal to", "!=": "not equal to", "≠": "not equal to",
    ">": "greater than", "<": "less than", "==": "equal to", "=": "equal to",
}
# longest operators first; an operator counts when it stands alone (spaces or a number after
# it) or sits between a word and a number (`score>=90`), so `<N0>`, `a=b` or `->` are not
# touched
_OPERATOR = re.compile(
    r"(?<![<>=!\w-])(>=|=>|<=|=<|<>|!=|==|[≥≤≠<>=])(?![<>=])(?=\s|-?\d|\$|$)"
    r"|(?<=\w)(>=|=>|<=|=<|<>|!=|==|[≥≤≠<>=])(?=\s*-?\$?\d)"
)
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|'[^'\n]*'")


def normalise(utterance: str) -> str:
    """`utterance` with comparison symbols spelled out (quoted parts kept as they are)."""
    out, last = [], 0
    for m in _QUOTED.finditer(utterance):
        out.append(_spell(utterance[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_spell(utterance[last:]))
    return " ".join("".join(out).split())


# A unit typed onto its number ("2kg", "30mins", "24hrs") is a word of its own; ordinals stay.
_GLUED_UNIT = re.compile(r"(?<=\d)(?=[a-z]{2,}\b)(?!(?:st|nd|rd|th)\b)|(?<=\d)(?=L\b)")  # "50L": litres
# A code after a text's place stays whole: "papers that end in 300gsm", "yarns ending 4ply" test
# the text "300gsm", "4ply".
_AFFIXED_CODE = re.compile(r"\b" + _AFFIX_VERB + r"(?:\s+(?:with|in))?\s+\S*\d[a-z]+\b", re.IGNORECASE)


# Money in another currency reads as dollars, the sign the training requests use ("over £100").
_CURRENCY = re.compile(r"[£€¥](?=\s?\d)")
# Pence and cents are hundredths of it: "under 8p" is under $0.08, "50 cents" is $0.5.
_PENCE = re.compile(r"(?<![\w.$£€])(\d{1,2})(?:p|\s*(?:pence|cents?))\b", re.IGNORECASE)


# Common slips and shorthands of the frame: "more then once", "this wk", "3 mths".
_THEN = re.compile(r"\b(more|less|fewer|greater|bigger|smaller|higher|lower|larger|older|younger|"
                   r"longer|shorter|other|rather)\s+then\b", re.IGNORECASE)
_SHORT = {"wk": "week", "wks": "weeks", "nxt": "next", "involve": "contain", "involves": "contains",
          "involving": "containing", "mth": "month", "mths": "months", "yr": "year", "yrs": "years",
          "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "2moro": "tomorrow",
          "2day": "today", "tdy": "today", "yday": "yesterday", "ystrdy": "yesterday", "btm": "bottom",
          "yest": "yesterday", "ystdy": "yesterday", "ystday": "yesterday", "2morrow": "tomorrow",
          "2mrw": "tomorrow", "2moz": "tomorrow", "tmoz": "tomorrow",
          "ovr": "over", "undr": "under", "tpo": "top", "teh": "the", "taht": "that", "containg": "containing",
          "contaning": "containing", "nothin": "nothing", "plse": "please",
          "w/o": "without", "w/": "with",
          "arent": "aren't", "isnt": "isn't", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
          "wasnt": "wasn't", "werent": "weren't", "hasnt": "hasn't", "havent": "haven't",
          "todays": "today's", "yesterdays": "yesterday's", "tomorrows": "tomorrow's"}
# "starting w fog", "anything w morrison": a lone lower-case w before a word is "with" (texting);
# "column w", "100 w" and "W" stay
_W = re.compile(r"(?<![\w/.-])(?<!column\s)(?<!col\s)(?<![\d]\s)w(?=\s+[A-Za-z\"'“])")
# "→ hl": highlight, written in lower case only ("codes starting HL" keep their text)
_HL = re.compile(r"(?<![\w/-])hl(?![\w/-])")
_SHORTHAND = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, _SHORT)) + r")(?![\w/-])", re.IGNORECASE)
# "btw 18.5 and 25" is between (before a number only: "btw, can you ..." is by the way); "top5"
_BETWEEN = re.compile(r"(?<![\w-])btw(?=\s+-?\$?\d)", re.IGNORECASE)
# ".3", "under .25": a decimal without its leading zero
_BARE_DECIMAL = re.compile(r"((?:[<>=≤≥]|\b(?:than|over|under|above|below|between|and|least|most|to|exactly|equals?|"
                           r"is|at|"
                           r"from))\s*)\.(?=\d)", re.IGNORECASE)  # after a comparison: "ends in .99" is a text
# "between 200 kg, not counting 200, and 450 kg, not counting 450": both bounds left out
_BOUNDS_LEFT_OUT = re.compile(r"\bbetween\s+([$£€]?-?\d[\d,.]*)((?:\s*[a-z%]{1,5})?),?\s+(?:not\s+counting|excluding|"
                              r"but\s+not|exclusive\s+of)\s+\1\s*,?\s+and\s+([$£€]?-?\d[\d,.]*)((?:\s*[a-z%]{1,5})?),?"
                              r"\s+(?:not\s+counting|excluding|but\s+not|exclusive\s+of)\s+\3\b", re.IGNORECASE)
# "between 1 & 3": the bounds joined by "and"
_BOUNDS_AMPERSAND = re.compile(r"\b(between\s+-?[$£€]?\d[\d,.]*%?)\s*&\s*(?=-?[$£€]?\d)", re.IGNORECASE)
# "seen once", "entered twice": how often a value appears ("names seen once" are unique)
_SEEN_TIMES = re.compile(r"\b(?:seen|logged|entered|recorded)\s+(?=once\b|twice\b)",
                         re.IGNORECASE)
_GLUED_RANK = re.compile(r"\b(top|bottom)(?=\d)", re.IGNORECASE)
# "this weeks sessions": a period's possessive without its apostrophe ("last 3 weeks" keeps it)
_PERIOD_S = re.compile(r"\b(this|last|next)\s+(week|month|year)s\b(?!\s+(?:ago|of)\b)(?!')",
                       re.IGNORECASE)
# "under a mile", "over an hour": one of the unit, after a comparison
_ONE_UNIT = re.compile(
    r"\b(under|over|below|above|(?:less|more|fewer|greater|bigger|smaller|longer|shorter|heavier|"
    r"lighter|higher|lower)\s+than|at\s+(?:least|most)|up\s+to|within)\s+an?\s+"
    r"(?=(?:mile|kilo|kilogram|kg|gram|pound|lb|ounce|oz|stone|metre|meter|km|kilometre|kilometer|"
    r"foot|inch|litre|liter|gallon|pint|hour|hr|minute|min|second|sec|day|week|month|year|"
    r"quid|dollar|buck|euro|penny|cent|gig|gigabyte|megabyte|terabyte)s?\b)", re.IGNORECASE)
# A word after "starting" / "ending" that is no text it starts or ends with: a header's noun
# ("starting salary", "ending balance"), a time ("starting today", "ending June"), a preposition.
_NOT_AN_AFFIX = (r"(?i:with|from|at|in|on|by|after|before|around|between|soon|up|now|later|early|late|"
                 r"today|tomorrow|yesterday|this|last|next|the|an?|of|to|and|or|date|time|day|week|"
                 r"month|year|quarter|period|salary|price|balance|value|stock|inventory|point|position|"
                 r"line|lineup|weight|amount|total|cash|figures?|readings?|levels?|rate|bid|age|mileage|"
                 r"count|numbers?|score|times?|dates?|pay|wage|fee|cost|budget|odometer|meter|grid|"
                 r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:sday)?|"
                 r"Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|tonight|"
                 r"weekend|morning|afternoon|evening|midnight|noon|tomorrow)")
# "postcodes starting BS", "emails ending .com", "parts starting Soprano": the affix's "with"
# left out before a code or a word
_AFFIX = re.compile(r"\b(starting|beginning|ending|starts|begins|ends|(?<=n't\s)start|(?<=n't\s)begin|"
                    r"(?<=n't\s)end)\s+"
                    r"(?=(?:[A-Z0-9#][A-Z0-9.@#_/-]*|[.@][\w.-]+|(?!" + _NOT_AN_AFFIX + r"\b)[A-Za-z][a-z]+)"
                    r"(?:\s|$|[,?!;:)]))")

# "routes that end at Oban", "which routes leave from Oban": where a text starts or ends said as
# a place ("at", "from", "in" before a capitalised word that names no month or weekday)
_AFFIX_AT = re.compile(r"\b(?:(start|starts|starting|begin|begins|beginning|end|ends|ending|finish|finishes|"
                       r"finishing)\s+(?:at|from|in)|(leave|leaves|leaving|depart|departs|departing)\s+from)\s+"
                       r"(?=[A-Z][a-z]+\b)(?!(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|"
                       r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# "routes that go through Ashby", "doesn't pass via Ashby": a route's text holds the place
_THROUGH = re.compile(r"\b(go|goes|going|pass|passes|passing|routed|route|routes|routing)\s+(?:through|via)\s+"
                      r"(?=[A-Z])")
_HOLDS = {"go": "contain", "goes": "contains", "going": "containing", "pass": "contain",
          "passes": "contains", "passing": "containing", "routed": "containing", "route": "contain",
          "routes": "contains", "routing": "containing"}
_LEAVING = {"leave": "start", "leaves": "starts", "leaving": "starting", "depart": "start",
            "departs": "starts", "departing": "starting"}


# "1 000 pounds", "12 500": thousands set apart by a space (a narrow one too) are one number
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d.,]|\s\d)")


# "for a fortnight or longer", "more than a week": a span of days after a comparison
_A_SPAN = re.compile(r"\b(than|over|under|least|most|for|within|exceeding|past|is|exactly)\s+a\s+(fortnight|fortnite|"
                     r"week)\b",
                     re.IGNORECASE)
_SPAN_DAYS = {"fortnight": 14, "fortnite": 14, "week": 7}
# "ignore the blank ones", "skipping empty cells": blanks left out, said the way the model knows
_IGNORE_BLANKS = re.compile(r"\b(?:ignore|ignoring|skip|skipping|leave\s+out|leaving\s+out|don'?t\s+count|"
                            r"not\s+counting)\s+(?:the\s+|any\s+)?(?:blanks?|empty|empties)(?:\s+(?:ones|cells|rows|"
                            r"entries|values))?\b", re.IGNORECASE)


# "outside the current month", "outside of this week": a date period denied, said the way the
# model knows
_OUTSIDE_PERIOD = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?(?:current|present|this)\s+"
                             r"(week|month|year|quarter)\b", re.IGNORECASE)


# A request put into English from another language: "inferior to 10" (less than), "superior or
# equal to 5", "the week passed" (last week), "appear more than one time" (more than once).
_RANKED_TO = re.compile(r"\b(inferior|superior)\s+(or\s+equal\s+)?(?:to|at|than)\b", re.IGNORECASE)
_PERIOD_PASSED = re.compile(r"\bthe\s+(week|month|year|quarter)\s+(?:passed|past|gone|before)\b(?!\s+(?:the|a|an)\b)",
                            re.IGNORECASE)
# "at or under 0.5%" is "at or below" (the model read "or" there as OR)
_AT_OR_UNDER = re.compile(r"\b(at|equal\s+to)\s+or\s+under\b", re.IGNORECASE)
# A day or a period told from today's: "one day earlier than today", "a day after today" (yesterday,
# tomorrow); "the week after the current one", "the week following today's week" (next week).
_DAY_FROM_TODAY = re.compile(r"\b(?:(?:one|a|1)\s+day|the\s+day)\s+(earlier|before|sooner|prior\s+to|later|after)"
                             r"(?:\s+than)?\s+today\b", re.IGNORECASE)
_PERIOD_FROM_NOW = re.compile(r"\b(?:in\s+)?the\s+(week|month|year)\s+(after|following|before|preceding|prior\s+to)\s+"
                              r"(?:the\s+(?:current|present)\s+(?:one|\1)|this\s+(?:one|\1)|this\s+current\s+\1|"
                              r"today['’]s\s+\1|the\s+\1\s+we['’]re\s+in|now)\b", re.IGNORECASE)
_ONE_TIME = re.compile(r"\b(more\s+than|only|just|exactly|over|at\s+least|appears?|occurs?|shows?\s+up|comes?\s+up|"
                       r"seen|logged|entered)\s+(?:(?:one|a\s+single|1)\s+time\b(?!s)|1\s?x\b)", re.IGNORECASE)
# A sign named after a text's place: "ends with a plus sign" tests the text "+".
_SIGNS = {"plus sign": "+", "plus symbol": "+", "minus sign": "-", "hyphen": "-", "asterisk": "*",
          "hash sign": "#", "hash symbol": "#", "hash": "#", "hashtag": "#", "number sign": "#",
          "at sign": "@", "at symbol": "@", "dollar sign": "$", "percent sign": "%", "percentage sign": "%",
          "question mark": "?", "exclamation mark": "!", "exclamation point": "!", "ampersand": "&",
          "forward slash": "/", "slash": "/", "backslash": "\\", "underscore": "_", "tilde": "~",
          "full stop": ".", "semicolon": ";", "comma": ","}
_SIGN_NAMED = re.compile(r"\b((?:start|starts|starting|begin|begins|beginning|end|ends|ending|contain|contains|"
                         r"containing|include|includes|including|with|has|have|having)\s+(?:with\s+|in\s+)?)"
                         r"(?:an?\s+|the\s+)?(" + "|".join(sorted(map(re.escape, _SIGNS), key=len, reverse=True))
                         + r")s?\b", re.IGNORECASE)

# A comparison denied is the other one: "not narrower than 40" is at least 40; a year "or later" is
# "or more" ("1900 or later").
_NOT_MORE = re.compile(r"\b(?:not|no)\s+(more|greater|bigger|larger|wider|higher|longer|heavier|older|taller|deeper|"
                       r"stronger|"
                       r"louder|fuller|busier)\s+than\b",
                       re.IGNORECASE)
_NOT_LESS = re.compile(r"\b(?:not|no)\s+(less|fewer|smaller|narrower|lower|shorter|lighter|younger|cheaper|shallower|"
                       r"weaker|"
                       r"quieter|calmer|emptier)"
                       r"\s+than\b",
                       re.IGNORECASE)
_OR_LATER = re.compile(r"\b(\d{3,4})\s+or\s+(later|after|newer|earlier|before|older)\b", re.IGNORECASE)
# A number excepted after a comparison: "above 150 grams other than 180" is "... but not 180".
_OTHER_THAN = re.compile(r"(?<=\d)((?:\s*[a-z]+)?)\s*,?\s+other\s+than\s+(?=-?\$?\d)", re.IGNORECASE)
# A blank word as the text a cell holds: "notes containing missing", "mentioning blank".
_SAYS_BLANK_WORD = re.compile(r"\b((?:contain|contains|containing|mention|mentions|mentioning|saying|says|reading|"
                              r"reads)\s+(?:the\s+word\s+)?)(missing|blank|empty)\b(?!\s+(?:cells?|values?|entries|"
                              r"ones|rows?|fields?|spaces?)\b)", re.IGNORECASE)

@functools.lru_cache(maxsize=64)  # the readers and checks of one request ask for it many times
def expand_shorthand(text: str) -> str:
    """"tmrw" -> "tomorrow", "w/o" -> "without", "starting w fog" -> "starting with fog", "btw 5 and
    9" -> "between 5 and 9", "top5" ->
    "top 5", "this wk" -> "this week", "more then" -> "more than", "this weeks" -> "this week's",
    "under a mile" -> "under 1 mile", "starting BS" -> "starting with BS", "routes that end at
    Oban" -> "routes that end with Oban", "8p" -> "$0.08", "1 000" -> "1000", "ignore the blank ones" ->
    "excluding blanks", "for a fortnight or longer" -> "for 14 days or longer", "outside the
    current month" -> "not in this month" (what
    `normalise` does to the frame's shorthands and slips)."""
    text = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group(0)), _BARE_DECIMAL.sub(r"\g<1>0.", text))
    text = _RANKED_TO.sub(lambda m: ("less" if m.group(1).lower() == "inferior" else "greater")
                          + (" than or equal to" if m.group(2) else " than"), text)
    text = _AT_OR_UNDER.sub(r"\1 or below", text)
    text = _BOUNDS_LEFT_OUT.sub(r"more than \1\2 and less than \3\4", text)
    text = _DAY_FROM_TODAY.sub(lambda m: "yesterday" if m.group(1).lower()[0] in "ebsp" else "tomorrow", text)
    text = _PERIOD_FROM_NOW.sub(lambda m: ("next " if m.group(2).lower()[0] in "af" else "last ") + m.group(1), text)
    text = _ONE_TIME.sub(lambda m: f"{m.group(1)} once", _PERIOD_PASSED.sub(lambda m: f"last {m.group(1)}", text))
    text = _SIGN_NAMED.sub(lambda m: f'{m.group(1)}"{_SIGNS[m.group(2).lower()]}"', text)
    text = _OTHER_THAN.sub(r"\1 but not ", text)
    text = _NOT_LESS.sub("at least", _NOT_MORE.sub("at most", text))
    text = _OR_LATER.sub(lambda m: m.group(1) + (" or more" if m.group(2).lower() in ("later", "after", "newer")
                                                  else " or less"), text)
    text = _SAYS_BLANK_WORD.sub(lambda m: f'{m.group(1)}"{m.group(2)}"', text)
    text = _IGNORE_BLANKS.sub("excluding blanks", text)
    text = _OUTSIDE_PERIOD.sub(lambda m: f"not in this {m.group(1)}", text)
    text = _A_SPAN.sub(lambda m: f"{m.group(1)} {_SPAN_DAYS[m.group(2).lower()]} days", text)
    text = _PENCE.sub(lambda m: "$" + _hundredths(int(m.group(1))), text)
    text = _SHORTHAND.sub(lambda m: _SHORT[m.group(1).lower()], text)
    text = _W.sub("with", _HL.sub("highlight", text))
    text = _THEN.sub(lambda m: f"{m.group(1)} than", text)  # "listed more then once"
    text = _PERIOD_S.sub(lambda m: f"{m.group(1)} {m.group(2)}'s", text)
    text = _ONE_UNIT.sub(lambda m: f"{m.group(1)} 1 ", text)
    text = _AFFIX.sub(lambda m: f"{m.group(1)} with ", text)
    text = _THROUGH.sub(lambda m: f"{_HOLDS[m.group(1)]} ", text)
    text = _AFFIX_AT.sub(lambda m: f"{m.group(1) or _LEAVING[m.group(2).lower()]} with ", text)
    text = _SEEN_TIMES.sub("appearing ", _BETWEEN.sub("between", text))
    return _GLUED_RANK.sub(r"\1 ", _BOUNDS_AMPERSAND.sub(r"\1 and ", text))


def _spell(text: str) -> str:
    text = expand_shorthand(_CURRENCY.sub("$", text))
    kept = [m.span() for m in _AFFIXED_CODE.finditer(text)]
    text = _GLUED_UNIT.sub(lambda m: m.group(0) if any(a < m.start() < b for a, b in kept) else " ", text)
    return _OPERATOR.sub(lambda m: f" {_WORDS[m.group(1) or m.group(2)]} ", text)


def _hundredths(n: int) -> str:
    """n hundredths written as a plain number: 8 -> "0.08", 50 -> "0.5"."""
    return f"{n / 100:.2f}".rstrip("0").rstrip(".") if n % 100 else str(n // 100)


# the languages whose benchmarks spell comparisons in words (Bash and Python utterances often
# quote code, where `>` and `=` must stay as they are)
SPELLED_COMPARISONS = frozenset({"cf"})


def prepare(utterance: str, lang: str, text_slots: bool = False) -> str:
    """The utterance as the model sees it, in training and in inference alike; with
    `text_slots` (a model trained so, `TrainConfig.text_slots`), also its slipped frame words
    mended (`spelling.mend`: "eqaul to 50"), its bare texts quoted and its spelled numbers in
    digits (`text_slots.mark`), so that literal slots cover them."""
    if lang not in SPELLED_COMPARISONS:
        return utterance.strip()
    if not text_slots:
        return normalise(utterance)
    return normalise(mark(normalise(mend(utterance))))


# A sentence's end: ".", "?" or "!" before the capital (or quote) that starts the next, or a line
# break; not the point of an initial ("J. Patel") or of a common abbreviation ("e.g. Done").
# A column's letter ends a sentence as a word does ("... in column D. How can I ...").
SENTENCE_END = re.compile(r"(?<=[.?!])(?<![\s(][A-Z]\.)(?<!^[A-Z]\.)(?<!e\.g\.)(?<!i\.e\.)(?<!vs\.)"
                          r"(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!St\.)(?<!No\.)(?<!Mrs\.)(?<!Capt\.)(?<!Prof\.)"
                          r"(?<!Sgt\.)(?<!Cllr\.)(?<!Rev\.)"
                          r"(?<!Insp\.)(?<!Supt\.)\s+(?=[A-Z\"'(])|\s*\n+\s*"
                          r"|(?:(?<=[Cc]olumn [A-Z]\.)|(?<=[Cc]ol [A-Z]\.)|(?<=[Cc]olumns [A-Z]\.))\s+(?=[A-Z\"'(])")


def sentences(text: str) -> list[str]:
    """The sentences of `text` (`SENTENCE_END`), empty ones left out: a post's story and its ask."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=64)  # each reader of one request asks for its sentences
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in SENTENCE_END.split(text) if s.strip())
