"""A literal given as a small puzzle, worked out.

Some users give a bound by what it is rather than as a figure: "at least as many tacos as there
are minutes in an hour" (60), "the biggest tips, as many of them as a table has legs" (the top 4),
"more plates than there are hours in 10 days" (240), "more students than a quarter of a hundred"
(25), "from 15 cents up to twice that" (15 to 30), "outside 5 to three times 5", "at least 10 and
at most 10 more than that" (10 to 20), "above N but below M, where N is 10 less than 31 and M is
half of 1336", and a date by its neighbours: "tomorrow's yesterday" (today), "the month whose
12th is today" (this month), "today and the 6 days before it" (the last 7 days). `solved` writes
each as the figure or the period, so that the readers and the model see a plain request; the sums
that need no puzzle ("twice the 0.5 limit") are `framing.worked_out`'s.

The counts are facts of the calendar, units and everyday things (`_FACTS`), written from general
knowledge; the forms were seen on the twenty-first sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.framing import _number
from cf_assistant.diffusion.spoken_numbers import spoken_numbers

_I = re.IGNORECASE
_N = r"(\d+(?:\.\d+)?)"

# (unit, whole) -> how many units one whole holds; units and wholes singular
_FACTS = {
    ("second", "minute"): 60, ("minute", "hour"): 60, ("second", "hour"): 3600, ("hour", "day"): 24,
    ("minute", "day"): 1440, ("day", "week"): 7, ("hour", "week"): 168, ("day", "fortnight"): 14,
    ("week", "fortnight"): 2, ("week", "year"): 52, ("month", "year"): 12, ("day", "year"): 365,
    ("day", "leap year"): 366, ("month", "quarter"): 3, ("quarter", "year"): 4, ("season", "year"): 4,
    ("year", "decade"): 10, ("year", "century"): 100, ("decade", "century"): 10, ("year", "millennium"): 1000,
    ("weekday", "week"): 5, ("working day", "week"): 5, ("day", "weekend"): 2,
    ("hour", "clock"): 12, ("hour", "clock face"): 12, ("number", "clock"): 12, ("number", "clock face"): 12,
    ("centimetre", "metre"): 100, ("centimeter", "meter"): 100, ("millimetre", "centimetre"): 10,
    ("millimeter", "centimeter"): 10, ("millimetre", "metre"): 1000, ("millimeter", "meter"): 1000,
    ("metre", "kilometre"): 1000, ("meter", "kilometer"): 1000, ("gram", "kilo"): 1000, ("gram", "kilogram"): 1000,
    ("millilitre", "litre"): 1000, ("milliliter", "liter"): 1000, ("cent", "dollar"): 100, ("cent", "euro"): 100,
    ("penny", "pound"): 100, ("inch", "foot"): 12, ("foot", "yard"): 3, ("inch", "yard"): 36, ("ounce", "pound"): 16,
    ("card", "deck"): 52, ("card", "pack"): 52, ("square", "chessboard"): 64, ("letter", "alphabet"): 26,
    ("player", "football team"): 11, ("player", "soccer team"): 11, ("player", "cricket team"): 11,
    ("player", "basketball team"): 5, ("player", "rugby team"): 15, ("key", "piano"): 88,
    ("leg", "spider"): 8, ("leg", "insect"): 6, ("leg", "table"): 4, ("leg", "chair"): 4, ("leg", "dog"): 4,
    ("leg", "cat"): 4, ("leg", "horse"): 4, ("leg", "cow"): 4, ("leg", "tripod"): 3, ("leg", "stool"): 3,
    ("side", "triangle"): 3, ("side", "square"): 4, ("side", "rectangle"): 4, ("side", "pentagon"): 5,
    ("side", "hexagon"): 6, ("side", "octagon"): 8, ("corner", "triangle"): 3, ("corner", "square"): 4,
    ("wheel", "tricycle"): 3, ("wheel", "bicycle"): 2, ("wheel", "bike"): 2, ("wheel", "car"): 4,
    ("string", "guitar"): 6, ("string", "violin"): 4, ("egg", "dozen"): 12, ("colour", "rainbow"): 7,
    ("color", "rainbow"): 7, ("planet", "solar system"): 8, ("continent", "world"): 7, ("face", "die"): 6,
    ("face", "dice"): 6, ("side", "die"): 6, ("side", "dice"): 6, ("finger", "hand"): 5, ("toe", "foot"): 5,
    ("day", "week"): 7,
    **{("day", month): days for month, days in (("january", 31), ("february", 28), ("march", 31), ("april", 30),
                                                 ("may", 31), ("june", 30), ("july", 31), ("august", 31),
                                                 ("september", 30), ("october", 31), ("november", 30),
                                                 ("december", 31))},
}
# a count said by itself: "as many as there are primary colours"
_ALONE = {"primary colour": 3, "primary color": 3, "continent": 7, "day of the week": 7, "month of the year": 12,
          "letter of the alphabet": 26, "letter in the alphabet": 26, "planet": 8, "musketeer": 3, "ocean": 5,
          "season": 4, "sign of the zodiac": 12, "zodiac sign": 12, "wonder of the world": 7, "deadly sin": 7,
          "dwarf": 7, "dwarves": 7}
_PAIRS = {"pair": 2, "couple": 2, "trio": 3, "quartet": 4, "quintet": 5, "dozen": 12, "score": 20, "gross": 144,
          "century": 100, "half dozen": 6, "half-dozen": 6}
_IRREGULAR = {"feet": "foot", "inches": "inch", "pence": "penny", "pennies": "penny", "centuries": "century",
              "dice": "die", "dwarves": "dwarf", "teeth": "tooth", "boxes": "box", "millennia": "millennium"}
_SMALL = {"a": 1, "an": 1, "one": 1, "the": 1, "each": 1, "every": 1}
_WORD = r"[a-z]+(?:[\s-][a-z]+)?"
_FACT = re.compile(rf"(?P<u>{_WORD})\s+(?:in|on|of)\s+(?:(?P<k>an?|one|the|each|every|\d+)\s+)?(?P<w>{_WORD})", _I)
_HAS = re.compile(rf"(?:an?|one|the|each|every)\s+(?P<w>{_WORD})\s+(?:has|have|holds?|gets?)(?:\s+got)?\s+"
                  rf"(?P<u>{_WORD})", _I)
_MAKE = re.compile(r"(?:make|makes|form|forms|in)\s+(?:up\s+)?(?:an?|one|the)\s+(?P<p>half[\s-]dozen|[a-z]+)", _I)
_LEAD = re.compile(r"\b(?P<lead>as\s+many(?P<noun>(?:\s+(?!of\s+them\b|as\b)[\w-]+){1,3}?)?(?:\s+(?P<them>of\s+"
                   r"them))?\s+as\s+(?:there\s+are\s+)?|than\s+there\s+are\s+|(?:the\s+)?number\s+of\s+)", _I)


def _singular(word: str) -> str:
    word = word.lower().replace("-", " ")
    last = word.split()[-1]
    last = _IRREGULAR.get(last) or (last[:-3] + "y" if last.endswith("ies") else
                                   last[:-2] if last.endswith(("ches", "shes", "xes")) else
                                   last[:-1] if last.endswith("s") and not last.endswith("ss") else last)
    return " ".join(word.split()[:-1] + [last])


def _count(tail: str) -> tuple[float, int] | None:
    """How many the start of `tail` says ("minutes in an hour" -> 60, "hours in 10 days" -> 240,
    "a table has legs" -> 4, "make a pair" -> 2, "primary colours" -> 3) and the length read."""
    m = _FACT.match(tail)
    if m:
        fact = _FACTS.get((_singular(m["u"]), _singular(m["w"])))
        if fact is None and " " in m["w"]:  # "hours on a clock face": the whole without its last word
            fact = _FACTS.get((_singular(m["u"]), _singular(m["w"].rsplit(None, 1)[0])))
        k = m["k"] or "a"
        if fact is not None:
            return fact * (float(k) if k[0].isdigit() else _SMALL[k.lower()]), m.end()
    m = _HAS.match(tail)
    if m and (_singular(m["u"]), _singular(m["w"])) in _FACTS:
        return _FACTS[(_singular(m["u"]), _singular(m["w"]))], m.end()
    m = _MAKE.match(tail)
    if m and m["p"].lower() in _PAIRS:
        return _PAIRS[m["p"].lower()], m.end()
    for words, n in sorted(_ALONE.items(), key=lambda kv: -len(kv[0])):
        m = re.match(rf"(?:the\s+)?{words}s?\b(?:\s+(?:in|of)\s+the\s+(?:world|solar\s+system))?", tail, _I)
        if m:
            return n, m.end()
    return None


def _counted(text: str) -> str:
    """Each count said by what it counts, as its figure ("as many tacos as there are minutes in
    an hour" -> "60 tacos", "than there are hours in 10 days" -> "than 240", "the biggest tips,
    as many of them as a table has legs" -> "the 4 biggest tips")."""
    out, last = [], 0
    for m in _LEAD.finditer(text):
        if m.start() < last:
            continue
        got = _count(text[m.end():])
        if got is None:
            continue
        n, length = got
        figure = str(int(n)) if float(n).is_integer() else str(n)
        lead = m["lead"].lower()
        said = f"than {figure}" if lead.startswith("than") else \
            f"{figure}{m['noun'].rstrip() if m['noun'] else ''}" + (" of them" if m["them"] else "")
        out += [text[last:m.start()], said]
        last = m.end() + length
    text = "".join(out) + text[last:]
    # "the biggest tips, 4 of them" -> "the 4 biggest tips"
    text = re.sub(r"\bthe\s+(?P<s>\w+est|most\s+\w+|least\s+\w+|highest|lowest|top|bottom)\s+(?P<noun>[\w ]+?),?"
                  r"\s+(?P<n>\d+)(?:\s+of\s+them\b|(?=\s*(?:$|[.;!?])))", r"the \g<n> \g<s> \g<noun>", text, flags=_I)
    # "the paper costs ranked lowest, 2 of them" -> "the 2 lowest paper costs"
    return re.sub(r"\b(?:the\s+)?(?P<noun>[\w ]+?)\s+(?:ranked|ranking|coming|placed)\s+"
                  r"(?P<s>\w+est|highest|lowest|top|bottom),?\s+(?P<n>\d+)\s+of\s+them\b", r"the \g<n> \g<s> \g<noun>",
                  text, flags=_I)


_PARTS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "fifth": 0.2, "tenth": 0.1}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_PART_OF = re.compile(r"\b(?:(?:a|one)\s+(?P<p>quarter|third|fifth|tenth)\s+of\s+|half\s+(?:of\s+)?)an?\s+"
                      r"(?P<s>hundred|thousand|million)\b", _I)
_TIMES = r"(?P<m>twice|double|triple|treble|thrice|half|(?P<k>\d+(?:\.\d+)?|[a-z]+)\s+times)"
_THAT = re.compile(rf"(?<![\w.]){_N}(?P<mid>(?:(?!\d)[^;.])*?)\b(?:{_TIMES}(?:\s+of)?\s+(?:that|this|it|the\s+"
                   rf"first(?:\s+(?:one|figure|number))?|\1)(?![\w.])|(?P<d>\d+(?:\.\d+)?)\s+(?P<dir>more|less|fewer|"
                   r"over|under|above|below|higher|lower)\s+than\s+(?:that|this|it))", _I)
_TIMES_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
                "ten": "10"}
_UNITS = (r"cents?|pence|p|kg|g|mg|mm|cm|m|km|ml|l|litres?|liters?|kilos?|grams?|minutes?|mins?|hours?|hrs?|"
          r"days?|weeks?|months?|years?|seconds?|secs?|percent|%|dollars?|euros?|pounds?|metres?|meters?|miles?")
_MULTIPLE = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "thrice": 3, "half": 0.5}
_DEFINED = re.compile(r"[,;]?\s*(?:where|with|when)\s+(?P<defs>[A-Z]\s+(?:is|=|equals)\s+.+?)\s*[.?!]?\s*$")
_DEF = re.compile(r"(?P<v>[A-Z])\s+(?:is|=|equals)\s+(?P<e>.+?)(?=\s*(?:,\s*)?(?:and\s+)?[A-Z]\s+(?:is|=|equals)\s|$)")
_EXPRESSION = [
    (re.compile(rf"^{_N}\s+(?:less|fewer)\s+than\s+{_N}$", _I), lambda a, b: b - a),
    (re.compile(rf"^{_N}\s+(?:more|greater)\s+than\s+{_N}$", _I), lambda a, b: b + a),
    (re.compile(rf"^(?:twice|double)\s+(?:of\s+)?{_N}$", _I), lambda a: 2 * a),
    (re.compile(rf"^(?:triple|three\s+times)\s+(?:of\s+)?{_N}$", _I), lambda a: 3 * a),
    (re.compile(rf"^(?:a\s+)?half\s+(?:of\s+)?{_N}$", _I), lambda a: a / 2),
    (re.compile(rf"^(?:a\s+)?quarter\s+of\s+{_N}$", _I), lambda a: a / 4),
    (re.compile(rf"^{_N}\s*(?:times|x|×|\*)\s*{_N}$", _I), lambda a, b: a * b),
    (re.compile(rf"^{_N}\s*(?:plus|\+)\s*{_N}$", _I), lambda a, b: a + b),
    (re.compile(rf"^{_N}\s*(?:minus|-)\s*{_N}$", _I), lambda a, b: a - b),
    (re.compile(rf"^{_N}\s*(?:divided\s+by|/)\s*{_N}$", _I), lambda a, b: a / b),
    (re.compile(rf"^{_N}$"), lambda a: a),
]


def _evaluated(expression: str) -> str | None:
    said = spoken_numbers(expression.strip().rstrip(".,;"))
    for pattern, work in _EXPRESSION:
        m = pattern.match(said)
        if m:
            return _number(work(*(float(g) for g in m.groups())))
    return None


def _defined(text: str) -> str:
    """`text` with letters it defines after "where" put in ("above N but below M, where N is 10
    less than 31 and M is half of 1336" -> "above 21 but below 668")."""
    m = _DEFINED.search(text)
    if not m:
        return text
    values = {d["v"]: _evaluated(d["e"]) for d in _DEF.finditer(m["defs"])}
    if not values or None in values.values():
        return text
    head = text[:m.start()]
    for letter, value in values.items():
        head = re.sub(rf"(?<![\w'\"]){letter}(?![\w'\"])", value, head)
    return head


def _that(m: re.Match) -> str:
    first = float(m.group(1))
    if m["d"]:
        d = float(m["d"])
        second = first + d if m["dir"].lower() in ("more", "over", "above", "higher") else first - d
    else:
        word = m["m"].lower()
        k = m["k"]
        if k is not None:
            k = _TIMES_WORDS.get(k.lower(), k)
            if not re.fullmatch(r"\d+(?:\.\d+)?", k):
                return m.group(0)
            times = float(k)
        else:
            times = _MULTIPLE[word]
        second = first * times
    unit = re.match(rf"\s*({_UNITS})\b", m["mid"], _I)  # "15 cents up to twice that": 30 cents
    return f"{m.group(1)}{m['mid']}{_number(second)}" + (f" {unit.group(1)}" if unit else "")


_DATES = [
    (r"(?:tomorrow['’]s\s+yesterday|yesterday['’]s\s+tomorrow|the\s+day\s+(?:after\s+yesterday|before\s+tomorrow))",
     "today"),
    (r"(?:the\s+day\s+before\s+today|today['’]s\s+yesterday|yesterday['’]s\s+today)", "yesterday"),
    (r"(?:the\s+day\s+after\s+today|today['’]s\s+tomorrow|tomorrow['’]s\s+today)", "tomorrow"),
    (r"(?:in\s+)?the\s+month\s+(?:whose|where|in\s+which)\s+\d+(?:st|nd|rd|th)?\s+is\s+today", "this month"),
    (r"(?:in\s+)?the\s+week\s+(?:that\s+)?(?:holds|contains|with|including)\s+today", "this week"),
    (r"(?:from\s+)?today\s+and\s+the\s+(?:6|six)\s+days\s+before(?:\s+it)?", "in the last 7 days"),
    (r"(?:from\s+)?the\s+past\s+week\s+counting\s+today(?:,?\s+seven\s+days\s+in\s+all)?", "in the last 7 days"),
    (r"the\s+(?:week|month)\s+after\s+this\s+one", lambda m: "next " + m.group(0).split()[1]),
    (r"the\s+(?:week|month)\s+before\s+this\s+one", lambda m: "last " + m.group(0).split()[1]),
]
_DATES = [(re.compile(rf"\b{p}\b", _I), r) for p, r in _DATES]


# A figure said as a small sum: "5 squared", "10% of 200", "a third of 90", "the sum of 12 and 30". Worked
# out here, before "twice that" points back at it ("from 5 squared up to twice that" is 25 to 50), not
# among `framing.worked_out`'s sums, which run after the puzzles.
_SUMS = [
    (re.compile(rf"\b{_N}\s+squared\b|\bthe\s+square\s+of\s+{_N}", _I), lambda a: a ** 2),
    (re.compile(rf"\b{_N}\s+cubed\b|\bthe\s+cube\s+of\s+{_N}", _I), lambda a: a ** 3),
    (re.compile(rf"\b{_N}\s*(?:%|percent|per\s+cent)\s+of\s+{_N}(?![\d.%])(?!\s*(?:%|percent))", _I),
     lambda a, b: a * b / 100),
    (re.compile(rf"\b(?:a|one)\s+third\s+of\s+{_N}", _I), lambda a: a / 3),
    (re.compile(rf"\btwo\s+thirds\s+of\s+{_N}", _I), lambda a: 2 * a / 3),
    (re.compile(rf"\bthree\s+quarters\s+of\s+{_N}", _I), lambda a: 3 * a / 4),
    (re.compile(rf"\bthe\s+sum\s+of\s+{_N}\s+and\s+{_N}", _I), lambda a, b: a + b),
    (re.compile(rf"\bthe\s+difference\s+between\s+{_N}\s+and\s+{_N}", _I), lambda a, b: abs(a - b)),
    (re.compile(rf"\bthe\s+product\s+of\s+{_N}\s+and\s+{_N}", _I), lambda a, b: a * b),
]


def _summed(text: str) -> str:
    def work_out(m: re.Match, work) -> str:
        if re.search(r"\b(?:top|bottom|highest|lowest|best|worst|first|last|biggest|smallest)\s*$",
                     m.string[:m.start()], _I):
            return m.group(0)  # "the top 10% of 5 columns": a rank, no sum
        return _number(work(*(float(g) for g in m.groups() if g is not None)))

    for pattern, work in _SUMS:
        text = pattern.sub(lambda m, work=work: work_out(m, work), text)
    return text


def solved(text: str) -> str:
    """`text` with its puzzles worked out: counts said by what they count, a part of a hundred,
    small sums ("5 squared", "10% of 200"), "twice that", letters defined after "where", dates by
    their neighbours."""
    text = _summed(text)
    text = _PART_OF.sub(lambda m: _number(_PARTS[(m["p"] or "half").lower()] * _SCALE[m["s"].lower()]), text)
    text = _counted(_defined(text))
    text = re.sub(rf"\b({'|'.join(_TIMES_WORDS)})\s+times\s+(?=\d)",
                  lambda m: _TIMES_WORDS[m.group(1).lower()] + " times ", text, flags=_I)
    text = _THAT.sub(_that, text)
    for pattern, said in _DATES:
        text = pattern.sub(said, text)
    return text
