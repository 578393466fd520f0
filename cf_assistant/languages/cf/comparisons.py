"""The comparison a CF request names in words, and candidates that contradict it.

"greater than or equal to 1", "at least 1" and ">= 1" name `GreaterThanEqual`; "smaller value
than 100" and "below 100" name `LessThan`; and so on (`named_comparison`). A candidate that is one
bare comparison, `Op(x)`, of another of the four operators contradicts the request
(`contradicts`), and `comparison_repairs` gives its twin with the named operator
(`GreaterThan(1)` -> `GreaterThanEqual(1)` for "greater than or equal to 1"). A superlative
names the end of a ranking the same way ("the 3 cheapest" -> `Bottom(3)`, `named_end`), and a
comparative against the average its side ("laps slower than average" -> `AboveAverage()`,
`named_side`); a decade ("scores in the 70s") is the ten numbers from its first, so one
comparison with that number is repaired into `AND(GreaterThanEqual(70), LessThan(80))`; two
comparisons each beside its number ("more than 0 and no more than 10", `named_bounds`) repair any
rule of number comparisons into their AND (or OR).

The first cues were chosen on the CF `train-minus-dev` records, never on dev: of the 73 training
targets that are one bare comparison in a request naming exactly one of the four, 72 use the named
operator (the other is a labelling slip: "less than 15" -> `GreaterThan(15)`). A request naming
several ("greater than 5 and less than 10") or none names nothing here. The bounds said in words
("18 and over", "10 or more", "from 45,000 upward", "3+ bedrooms", "not above 30", "don't go
over 30", "up to 5", ages: "65 or older",
"older than 65"; a year: "older than 2000" is earlier, `LessThan`) came later, from English, not
from any record: the benchmark's requests hardly use them; "above average" is a cue too, but
`AboveAverage()` is not a bare comparison, so it is never touched. Text operators are left alone:
in the training data "starts with" is labelled `TextContains` 7 times out of 12.

This module works on canonical rule text with regular expressions; it knows nothing of the model.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from cf_assistant.diffusion.text_slots import spell_numbers

COMPARISONS = ("GreaterThanEqual", "LessThanEqual", "GreaterThan", "LessThan", "Equals")
_ONE_WORD = r"(?:\s+\w+)?"  # "smaller value than", "greater number than"
# comparatives whose direction on the number line is plain: "longer than 21", "cheaper than 5"
_MORE = r"(?:greater|more|larger|bigger|higher|longer|heavier|taller|wider|deeper|further|farther|pricier|" \
        r"costlier|dearer|hotter|warmer|stronger|louder|fuller|busier|windier|wetter|steeper|thicker|brighter)"
_LESS = r"(?:less|les|smaller|lower|fewer|shorter|lighter|cheaper|narrower|shallower|colder|cooler|weaker|quieter|" \
        r"calmer|emptier|drier|thinner|slimmer|dimmer)"
_OR_EQUAL = r"\s+than\s+or\s+equals?(?:\s+to)?\b"
# most specific first: a cue's words are blanked once matched, so "greater than or equal to"
# is not also read as "greater than"
# an age, not a year: "65 (years) or older"
_AGE = r"(?<![\d.,])\d{1,3}(?![\d.,]*\d)(?:\s+years?(?:\s+old)?)?\s+"
_NOT_PREFIX = r"(?!\s+(?:than\b|-?\$?\d))"  # "5 or less" bounds 5; "and below 3" does not
_CUES = (
    ("GreaterThanEqual", r"\b(?:at|equal\s+(?:to\s+)?)\s*or\s+(?:above|over|higher|more|greater)(?:\s+than)?\b|"
                         r"\bor\s+(?:more|higher|above|greater|over|hotter|warmer|bigger|larger|"
                         r"longer|heavier|taller|wider|deeper|thicker|louder|better)\b" + _NOT_PREFIX +
                         r"|\band\s+(?:above|over|up|higher)\b" + _NOT_PREFIX
                         + r"|\b(?:up|on)wards?\b|(?<=\d)(?:\s?[A-Za-z]{1,3})?\+(?![\w.])|(?<=\d)\s+plus\b(?!\s+\S*\d)"
                         rf"|\bnot\s+(?:below|under)\b|{_AGE}(?:or|and)\s+older\b"
                         r"|\bmin(?:imum)?(?:\s+of)?(?=\s+-?\$?\d)"),
    ("GreaterThan", rf"\bolder\s+than\s+(?={_AGE[:-3]})"),  # (the age after the cue: its bound)
    ("LessThan", rf"\byounger\s+than\s+(?={_AGE[:-3]})"),
    # a year: "cars older than 2017" are from before it, "newer than 2015" after it
    ("LessThan", r"\b(?:older|earlier)\s+than\s+(?=(?:19|20)\d\d(?![\d.,]))"),
    ("GreaterThan", r"\b(?:newer|later)\s+than\s+(?=(?:19|20)\d\d(?![\d.,]))"),
    ("LessThanEqual", rf"{_AGE}(?:or|and)\s+younger\b|"
                      r"\b(?:at|equal\s+(?:to\s+)?)\s*or\s+(?:below|under|lower|less|fewer)(?:\s+than)?\b|"
                      r"\bor\s+(?:less|fewer|lower|below|under|colder|cooler|smaller|shorter|"
                      r"lighter|cheaper|narrower|shallower|thinner|quieter)\b" + _NOT_PREFIX +
                      r"|\band\s+(?:below|under|lower)\b" + _NOT_PREFIX +
                      r"|\bnot\s+(?:above|over|beyond)\b"
                      r"|\b(?:do\s+not|don't|never)\s+(?:go\s+)?(?:above|over|exceed)\b"
                      r"|\bup\s+to\b|\bmax(?:imum)?(?:\s+of)?(?=\s+-?\$?\d)"),
    ("GreaterThanEqual", rf"\b{_MORE}{_ONE_WORD}{_OR_EQUAL}|\bat\s*least\b|>=|≥|\b(?:not|no)\s+less\s+than\b"),
    ("LessThanEqual", rf"\b{_LESS}{_ONE_WORD}{_OR_EQUAL}|\bat\s*most\b|<=|≤|\b(?:not|no)\s+(?:more|greater)\s+than\b"),
    ("GreaterThan", rf"\b{_MORE}{_ONE_WORD}\s+than\b|\babove\b|\bexceed(?:s|ed|ing)?\b|(?<![<>=])>(?!=)"
                    r"|\b(?:over|pass(?:es)?|past|beyond)(?=\s+-?[$£€]?\d)"),  # "over 1,000"; not "over the last week"
    ("LessThan", rf"\b{_LESS}{_ONE_WORD}\s+than\b|\bbelow\b|(?<![<>=])<(?![=>])"
                 r"|\b(?:under|short\s+of|shy\s+of)(?=\s+-?[$£€]?\d)"),
    # last: "exactly 1,200", "equal to 5" (before a number, not denied)
    ("Equals", r"(?<!\bnot\s)(?<!n't\s)\b(?:exactly|equal\s+to|equals)(?=\s+-?\$?\d)"),
)
_BARE = re.compile(r"\s*(" + "|".join(COMPARISONS) + r")(\([^()]*\))\s*")


def named_comparisons(utterance: str) -> set[str]:
    """Every comparison operator the request's words name (its slips mended and shorthands
    written out first, as the model reads them: "greather than or equal to 7")."""
    return set(_named_comparisons(utterance))


@functools.lru_cache(maxsize=64)  # the readers and checks of one request ask again and again
def _named_comparisons(utterance: str) -> frozenset[str]:
    from cf_assistant.diffusion.spelling import mend
    from cf_assistant.diffusion.utterance import expand_shorthand

    text, found = spell_numbers(expand_shorthand(mend(utterance)).lower()), set()  # "older than four years"
    for op, cue in _CUES:
        if re.search(cue, text):
            found.add(op)
            text = re.sub(cue, lambda m: " " * len(m.group(0)), text)
    return frozenset(found)


_NUM = re.compile(r"-?\$?\d[\d,]*(?:\.\d+)?%?")


def _bound_number(text: str, start: int, end: int, postfix: bool) -> str | None:
    """The number a cue at text[start:end] bounds: before a postfix cue ("18 and over", "35 pieces
    or fewer"), else after it ("more than 5")."""
    found = list(_NUM.finditer(text[:start])) if postfix else [_NUM.search(text, end)]
    m = found[-1] if found and found[-1] is not None else None
    if m is None:
        return None
    gap = text[m.end():start].strip() if postfix else text[end:m.start()].strip(" $")
    if gap and not (postfix and re.fullmatch(r"[a-z]{3,}", gap)):  # "35 pieces or fewer": the count's noun
        return None
    return m.group(0).replace("$", "").replace(",", "")


@functools.lru_cache(maxsize=64)  # the readers of one request ask for the same text's cues
def _cue_spans(text: str) -> tuple[tuple[tuple[int, int, str, bool], ...], str]:
    """(start, end, operator, postfix) of each comparison cue of `text` (lower case), and `text`
    with the cues blanked; postfix: the cue follows its number ("18 and over", "65 or older")."""
    found = []
    for op, cue in _CUES:
        for m in re.finditer(cue, text):
            postfix = m.group(0).strip().startswith(("or ", "and ")) or " older" in m.group(0) \
                or m.group(0).strip() in ("+", "plus")  # "50 plus", "50+"
            found.append((m.start(), m.end(), op, postfix))
        text = re.sub(cue, lambda m: " " * len(m.group(0)), text)
    return tuple(found), text


def without_headers(utterance: str, headers: tuple[str, ...], numbered: bool = True) -> str:
    """`utterance` with each of the `headers` it says blanked, longest first ("next service due
    this week" over Next Service Due; its words joined by a hyphen too: "best-before dates" over
    Best Before); `numbered=False` keeps headers with a digit ("L/100km")."""
    for header in sorted(headers, key=len, reverse=True):
        if header.strip() and (numbered or not re.search(r"\d", header)):
            said = r"[\s_-]+".join(re.escape(word) for word in header.split())
            utterance = re.sub(r"(?<!\w)" + said + r"(?!\w)", " ", utterance, flags=re.I)
    return utterance


def named_bounds(utterance: str) -> str | None:
    """The rule of a request naming two comparisons, each beside its number, joined by "and" /
    "but" / "&" (AND) or "or" (OR): "more than 0 and no more than 10" -> `AND(GreaterThan(0),
    LessThanEqual(10))`, "above 30% and below 45%" -> `AND(GreaterThan(0.3), LessThan(0.45))` (both
    percentages as fractions); None otherwise (one bound a percentage and not the other is left to
    the model and its twins)."""
    text = spell_numbers(utterance).lower()  # "under fifty or two fifty plus"
    if half_open(utterance) or open_range(utterance):  # "from 1200 up to but not including 1800": one range
        return None
    found, _ = _cue_spans(text)
    if len(found) != 2:
        return None
    (s1, e1, op1, p1), (s2, e2, op2, p2) = sorted(found)
    a, b = _bound_number(text, s1, e1, p1), _bound_number(text, s2, e2, p2)
    join = re.search(r"\b(and|but|or)\b|&", text[e1:s2])
    if a is None or b is None or join is None or a.endswith("%") != b.endswith("%") or "%" in a[:-1] + b[:-1]:
        return None
    a, b = _plain_number(a), _plain_number(b)
    return f"{'OR' if join.group(1) == 'or' else 'AND'}({op1}({a}), {op2}({b}))"


# A range said between two numbers: "70 to 99", "from 10 to 20", "100 up to 500", "40 - 59",
# "between 1 and 2 pct"; "70 too 99" is a slip of "to".
_RANGE_NUMBER = r"(?<![\w.$£€,-])(?:\$\s?)?(-?\d[\d,]*(?:\.\d+)?)(?![\w.,]*\d)"
_RANGE = re.compile(
    r"(?:\b(?:between|inside|within)\s+" + _RANGE_NUMBER + r"\s*(?P<p1>%)?\s*and\s*"
    r"|" + _RANGE_NUMBER.replace("(-?", "(?P<a>-?") + r"\s*(?P<p3>%)?\s*"
    r"(?:to|too|through|thru|till|until|up\s+to|-|–)\s*)"
    + r"(?:\$\s?)?(?P<b>-?\d[\d,]*(?:\.\d+)?)(?![\w.,]*\d)\s*(?P<p2>%)?", re.IGNORECASE)
_ALL_NUMBERS = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?(?![\w.,]*\d)")
_OUTSIDE = re.compile(r"\b(?:not|no|never|outside|out\s+of|other\s+than)\b|n't\b", re.IGNORECASE)
_NO_RANGE = re.compile(r"\b(?:top|bottom|highest|lowest|best|worst|first|last|rank\w*|largest|"
                       r"smallest|biggest|jan\w*|feb\w*|mar|march|apr\w*|may|june?|july?|aug\w*|"
                       r"sep\w*|oct\w*|nov\w*|dec\w*|and\s+(?:not|but)|but|except)\b", re.IGNORECASE)


# A range that holds its first bound and not its last: "from 1200 up to but not including 1800",
# "deposits from $15 to under $35", "10 to less than 20".
_HALF_OPEN = re.compile(
    r"(?:\b(?:from|between)\s+)?" + _RANGE_NUMBER.replace("(-?", "(?P<a>-?") + r"\s*(?:to|up\s+to|-|–)\s*,?\s*"
    r"(?:but\s+)?(?:under|below|less\s+than|not\s+including|excluding|exclusive\s+of|short\s+of)\s*,?\s*"
    r"(?:\$\s?)?(?P<b>-?\d[\d,]*(?:\.\d+)?)(?![\w.,]*\d)", re.IGNORECASE)


# A range without its bounds: "strictly between 50 and 100", "between 5 and 9 exclusive"
_OPEN = re.compile(r"\bstrictly\s+between\s+" + _RANGE_NUMBER + r"\s+and\s+" + _RANGE_NUMBER.replace("(-?", "(?P<b>-?")
                   + r"|\bbetween\s+" + _RANGE_NUMBER.replace("(-?", "(?P<c>-?") + r"\s+and\s+"
                   + _RANGE_NUMBER.replace("(-?", "(?P<d>-?") + r"\s*,?\s*\(?(?:exclusive|not\s+inclusive|exclusively)\b",
                   re.IGNORECASE)


def open_range(utterance: str) -> str | None:
    """`AND(GreaterThan(a), LessThan(b))` for a range said without its bounds ("repair costs
    strictly between fifty and a hundred"), its only two numbers; None otherwise."""
    text = spell_numbers(utterance)
    m = _OPEN.search(text)
    if m is None or len(_ALL_NUMBERS.findall(text)) != 2 or _OUTSIDE.search(text[:m.start()]):
        return None
    a, b = (m.group(1) or m.group("c")).replace(",", ""), (m.group("b") or m.group("d")).replace(",", "")
    return f"AND(GreaterThan({a}), LessThan({b}))" if float(a) < float(b) else None


def half_open(utterance: str) -> str | None:
    """`AND(GreaterThanEqual(a), LessThan(b))` for a request whose only two numbers bound a range
    that stops short of the second ("from 1200 up to but not including 1800"); None otherwise."""
    text = spell_numbers(utterance)
    found = list(_HALF_OPEN.finditer(re.sub(r"(?<=\d)\s?%", "", text)))
    percent = "%" in text
    if percent and len(re.findall(r"\d\s?%", text)) != 2:
        return None  # (one bound a percentage and the other not)
    text = re.sub(r"(?<=\d)\s?%", "", text)
    if len(found) != 1 or len(_ALL_NUMBERS.findall(text)) != 2 or _OUTSIDE.search(
            re.sub(r"not\s+including", " ", text[:found[0].end()], flags=re.I)):
        return None
    m = found[0]
    a, b = m.group("a").replace(",", ""), m.group("b").replace(",", "")
    if named_comparisons(text[:m.start()]) or named_comparisons(text[m.end():]) or float(a) >= float(b):
        return None
    if percent:
        from cf_assistant.diffusion.literals import _fraction

        a, b = _fraction(a), _fraction(b)
    return f"AND(GreaterThanEqual({a}), LessThan({b}))"


def named_range(utterance: str) -> str | None:
    """`Between(a, b)` for a request that names one range between its only two numbers ("stays
    of 2 to 4 nights", "claims of 100 up to 500", "between 1 and 2 pct" -> `Between(0.01,
    0.02)`: a percentage on either end makes both fractions), `NotBetween` after a denial
    ("not", "weren't in", "outside", "out of"); None for any other request (another number, a
    ranking or a month word, a comparison word outside the range: "more than 10 to 20")."""
    if (one_open := half_open(utterance) or open_range(utterance)) is not None:
        return one_open
    text = spell_numbers(utterance)
    found = list(_RANGE.finditer(text))
    if len(found) != 1 or len(_ALL_NUMBERS.findall(text)) != 2 or _NO_RANGE.search(text):
        return None
    m = found[0]
    a, b = ((m.group(1) or m.group("a")).replace(",", ""), m.group("b").replace(",", ""))
    if named_comparisons(text[:m.start()]) or named_comparisons(text[m.end():]):
        return None
    if m.group("p1") or m.group("p2") or m.group("p3"):
        from cf_assistant.diffusion.literals import _fraction

        a, b = _fraction(a), _fraction(b)
    rule = "NotBetween" if _OUTSIDE.search(text[:m.start()]) else "Between"
    return f"{rule}({a}, {b})"


# Words that make a request more than one threshold: another function, a date, a compound, a
# denial, a count of characters or times.
_MORE_THAN_ONE = (
    r"top bottom highest lowest best worst average mean median duplicat\w* unique distinct repeat\w* "
    r"blank\w* empty errors? between contain\w* includ\w* start\w* begin\w* ends? ending not no never "
    r"except unless or and but either neither nor today yesterday tomorrow ago since before after "
    r"dates? this next last times characters? chars? letters? digits? words? scale bars? icons?").split()


def _other_words(*said: str) -> re.Pattern:
    """The words of `_MORE_THAN_ONE` but those `said` (a reader's own: "not" for a denial), and
    "n't"."""
    words = [w for w in _MORE_THAN_ONE if w not in said]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b|n't\b", re.IGNORECASE)


_NOT_THRESHOLD = _other_words()


def named_threshold(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """`Op(x)` for a request that names one comparison beside its only number and nothing else
    ("flights delayed more than 15 min", "days that hit 30 degrees or hotter", "who hit exactly
    12 visits"; a percentage is a fraction: "equals 0%" -> `Equals(0)`); None for any other
    request (another number, a second comparison, a compound, a denial, a ranking, a date, a
    count of characters: `_NOT_THRESHOLD`); the `headers` the request says are set aside first
    ("a batting average of 50 and above" over Batting Average)."""
    spelt = spell_numbers(without_headers(utterance, headers, numbered=False)).lower()
    found, text = _cue_spans(spelt)
    numbers = _ALL_NUMBERS.findall(text)
    inside = _ALL_NUMBERS.findall(spelt[found[0][0]:found[0][1]]) if len(found) == 1 else []
    if len(found) != 1 or len(numbers) + len(inside) != 1 or _NOT_THRESHOLD.search(text):
        return None  # (an age is said inside its cue: "65 or older")
    start, end, op, postfix = found[0]
    number = inside[0].replace("$", "").replace(",", "") if inside else _bound_number(spelt, start, end, postfix)
    if number is None and postfix:  # "30 degrees or hotter": a unit between
        m = re.search(r"(-?\$?\d[\d,]*(?:\.\d+)?%?)\s+[a-z°]+\s*$", spelt[:start])
        number = m.group(1).replace("$", "").replace(",", "") if m else None
    if number is None or re.search(re.escape(number) + r"[^\W\d%]", text.replace(",", "")):
        return None  # "4xx", "16gb": a code, not a number
    return f"{op}({_plain_number(number)})"


# A denial of one number: "that is NOT 12", "isn't 0", "other than 5", "anything but 100", "not
# equal to 3", "≠ 7", "!= 7", "<> 7" (never "not over 5", a bound).
_UNEQUAL = re.compile(r"(?:\b(?:is\s+not|isn'?t|are\s+not|aren'?t|not(?:\s+equal(?:\s+to)?|\s+exactly)?|"
                      r"other\s+than|anything\s+but|except(?:\s+for)?|excluding|apart\s+from|does\s*n[o']?t\s+equal|"
                      r"different\s+(?:from|to|than))(?:\s+(?:exactly|precisely|equal\s+to|the\s+(?:standard|usual|normal|"
                      r"default|target|regulation|agreed)))?|≠|!=|<>)\s*(?:(?:a|an|the)\s+)?"
                      r"(?P<n>-?\$?\d[\d,]*(?:\.\d+)?%?)(?![\w.,]*\d)(?![^\W\d_])")
_NOT_UNEQUAL = _other_words("not", "no", "except")


def _lone(utterance: str, headers: tuple[str, ...], form: re.Pattern, others: re.Pattern,
          numbers: int) -> re.Match | None:
    """The match of `form` in a request (headers set aside, numbers spelt, lower case) that has
    exactly `numbers` numbers, names no comparison and, outside the match, none of `others`."""
    spelt = spell_numbers(without_headers(utterance, headers, numbered=False)).lower()
    m = form.search(spelt)
    if m is None or _cue_spans(spelt)[0] or len(_ALL_NUMBERS.findall(spelt)) != numbers:
        return None
    return None if others.search(spelt[:m.start()] + " " + spelt[m.end():]) else m


def _bare(number: str) -> str:
    return _plain_number(number.replace("$", "").replace(",", ""))


def named_unequal(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """`NotEquals(x)` for a request that denies its only number and names no comparison ("every
    price that is NOT 12", "scores other than 0", "≠ 7"); None otherwise (a comparison, another
    number, a ranking, a date, a compound: `_NOT_THRESHOLD`, its denials aside)."""
    m = _lone(utterance, headers, _UNEQUAL, _NOT_UNEQUAL, 1)
    return None if m is None else f"NotEquals({_bare(m.group('n'))})"


# Two numbers offered as alternatives: "anyone who gave a 1 or 2", "3 or 4 bedrooms"
_EITHER = re.compile(r"(?<![\w.])(?P<a>-?\$?\d[\d,]*(?:\.\d+)?%?)\s+or\s+(?:an?\s+)?(?P<b>-?\$?\d[\d,]*(?:\.\d+)?%?)"
                     r"(?![\w.,]*\d)(?![^\W\d_])")
_NOT_EITHER = _other_words("or")


def named_either(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """`OR(Equals(a), Equals(b))` for a request whose only two numbers are offered as
    alternatives ("anyone who gave a 1 or 2") and that names no comparison, ranking, date or
    other compound (`_NOT_THRESHOLD`, its "or" aside); None otherwise."""
    m = _lone(utterance, headers, _EITHER, _NOT_EITHER, 2)
    return None if m is None else f"OR(Equals({_bare(m.group('a'))}), Equals({_bare(m.group('b'))}))"


_OF_NUMBER = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+){0,2}of\s+(-?\$?\d[\d,]*(?:\.\d+)?%?)(?![\w.,]*\d)")


def named_equal(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """`Equals(x)` for a request that gives a quantity its only number with "a ... of" and names
    no comparison ("products that have a rating of 4.5", "anyone with a score of 100"); None
    otherwise (a comparison, another number, a ranking, a date: `_NOT_THRESHOLD`)."""
    spelt = spell_numbers(without_headers(utterance, headers, numbered=False)).lower()
    found, text = _cue_spans(spelt)
    m = _OF_NUMBER.search(spelt)
    if m is None or found or len(_ALL_NUMBERS.findall(text)) != 1 or _NOT_THRESHOLD.search(text):
        return None
    return f"Equals({_plain_number(m.group(1).replace('$', '').replace(',', ''))})"


_NOT_BARE = frozenset("""of than to from by beyond past at in within around about approximately approx
    near nearly almost roughly exceeding exceed exceeds topping tops top hitting hit hits reaching reach
    reaches upto til till until since before after per every each x times clearing clear clears
    breaking break breaks passing pass passes surpassing outside inside under over above below
    circa ca plus minus table sheet tab page version step phase column col row chapter section part""".split())


def named_number(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """`Equals(x)` for a request whose only test is its only number, said bare ("vintage 2019",
    "1 night stays", "weeks with zero losses"); None when it names a comparison, a ranking, a
    superlative, a date, a compound or a denial (`_NOT_THRESHOLD`), or the number is part of a
    code or a time ("16gb", "9:30")."""
    spelt = spell_numbers(without_headers(utterance, headers, numbered=False)).lower()
    found, text = _cue_spans(spelt)
    numbers = _ALL_NUMBERS.findall(text)
    if found or len(numbers) != 1 or _NOT_THRESHOLD.search(text) or named_end(text) is not None \
            or _OF_NUMBER.search(spelt) or re.search(r"[%:/#.?!]\s|[%:/#]|\b(?:k|m|bn|x)\b", text) \
            or len(text.split()) > 8 or re.search(r"\d\s+(?:rows?|columns?|cells?|sheets?|tabs?)\b|\b(?:sheet|tab)\b", text):
        return None  # (a longer request or a post is the model's: "I have 3 columns. ...")
    number = numbers[0]
    if re.search(r"(?<![\w.])" + re.escape(number) + r"[^\W\d]|[^\W\d]" + re.escape(number), text):
        return None  # "4xx", "16gb", "q3": a code, not a number
    if re.search(r"\b(?:most|least|\w{3,}(?:est|ist))\b|\b\w+er\s+th[ae]n\b", text):
        return None  # "the 3 pupils with the most late arrivals", "the 2 priceist", "faster then 30"
    before = re.findall(r"[a-z']+", text[:text.find(number)])
    if before and before[-1] in _NOT_BARE:
        return None  # "north of 500", "topping 40", "around 12": a comparison the cues do not know
    return f"Equals({_plain_number(number.replace('$', '').replace(',', ''))})"


def _plain_number(number: str) -> str:
    """A number as the rule writes it: a percentage as its fraction ("15%" -> 0.15)."""
    if number.endswith("%"):
        from cf_assistant.diffusion.literals import _fraction

        return _fraction(number[:-1])
    return number


_PASS_MARK = re.compile(r"\bpass(?:ing)?\s+(?:mark|score|grade|threshold|level)\s*(?:is|of|=|:|at)?\s*"
                        r"(-?\d+(?:\.\d+)?)(%)?", re.IGNORECASE)


def pass_mark(utterance: str) -> str | None:
    """Who failed or passed against a pass mark the request gives: "who failed? pass mark is
    40" -> `LessThan(40)`, "students who passed (pass mark 50%)" -> `GreaterThanEqual(0.5)`;
    None without a pass mark, or without "fail"/"pass" said of the rows."""
    m = _PASS_MARK.search(utterance)
    if m is None or len(_ALL_NUMBERS.findall(utterance)) != 1:
        return None
    rest = utterance[:m.start()] + " " + utterance[m.end():]
    failed = re.search(r"\bfail(?:ed|s|ing)?\b|\bdidn'?t\s+pass\b|\bbelow\b", rest, re.I)
    passed = re.search(r"\bpass(?:ed|es)?\b|\bmade\s+it\b", rest, re.I)
    if bool(failed) == bool(passed):
        return None
    from cf_assistant.diffusion.literals import _fraction

    number = m.group(1) if not m.group(2) else _fraction(m.group(1))
    return f"LessThan({number})" if failed else f"GreaterThanEqual({number})"


def named_comparison(utterance: str) -> str | None:
    """The one comparison operator the request names, or None (none, or several)."""
    found = named_comparisons(utterance)
    return next(iter(found)) if len(found) == 1 else None


# Superlatives that say which end of the number line a ranking takes: "the cheapest 3" is the
# bottom 3, "the slowest lap" (a time) the top 1; "fastest" and "slowest" only beside a word for
# a time ("fastest cars" may be speeds), "fastest" beside a speed the top ("fastest birds" over
# Velocity (ypm)).
_TIME = r"(?:times?|laps?|responses?|durations?|deliver(?:y|ies)|waits?|runs?|minutes|" \
        r"seconds|hours|mins|secs|runners?|finishers?|racers?|swimmers?|riders?|swims?|sprints?|heats?)"
_SPEED = r"(?:speeds?|velocity|velocities|mph|kph|km/h|kmh|ypm|knots|kts|m/s)"  # "fastest" beside a speed: Top
_ENDS = (
    ("Bottom", r"\b(?:cheapest|least\s+expensive|coldest|coolest|youngest|lightest|shortest|lowest|"
               r"smallest|fewest|quietest|weakest|poorest|thinnest|slimmest|narrowest|shallowest|dimmest|darkest|"
               r"driest|emptiest|calmest)\b"
               rf"|\b(?:fastest|quickest)\b(?=.*\b{_TIME}\b)"),
    ("Top", r"\b(?:priciest|most\s+expensive|dearest|hottest|warmest|heaviest|longest|tallest|highest|"
            r"largest|biggest|greatest|busiest|strongest|richest|deepest|widest|thickest|loudest|brightest|"
            r"sunniest|wettest|fullest|windiest|steepest)\b"
            r"|\bwith\s+the\s+most\b"  # "the three boxes with the most spoilt ballots"
            rf"|\bslowest\b(?=.*\b{_TIME}\b)|\b(?:fastest|quickest)\b(?=.*\b{_SPEED}\b)"),
)
_RANK = re.compile(r"\s*(Top|Bottom)((?:Percent)?\([^()]*\))\s*")
_SHARE_TWIN = re.compile(r"\s*(Top|Bottom)Percent\(\s*(\d+)\s*\)\s*")
_PERCENT = re.compile(r"%|\bper\s?cent(?!age)|percent(?!age)|\bpct\b|\bquarter|\bhalf\b|\btenth|\bfifth|"
                      r"\bproportion|\bshare\b", re.IGNORECASE)
# Words of a ranking: a bare Top/Bottom for a request naming a comparison and none of these is
# read as that comparison ("stays longer than a dozen nights": Top(12) -> GreaterThan(12)).
_RANK_WORDS = re.compile(r"\b(?:top|bottom|highest|lowest|best|worst|first|last|rank\w*|largest|"
                         r"smallest|biggest|most|least|leading|upper|lower\s+\d)", re.IGNORECASE)
# A comparative against the average names its side: "pricier than average" is above it,
# "cheaper than the mean" below; "slower"/"faster" only beside a word for a time, as above.
# the comparative's noun may come between ("fewer cars than average", "higher fees than usual")
_THAN_AVERAGE = r"(?:\s+(?!than\b|or\b|and\b)[a-z]+){0,2}?\s+than\s+(?:the\s+|our\s+)?(?:[a-z]+\s+)?" \
                r"(?:average|mean|avg|usual)\b"  # "slower than the meeting average"
_SIDES = (
    ("AboveAverage", r"\b(?:pricier|dearer|more\s+expensive|hotter|warmer|heavier|older|taller|"
                     r"longer|bigger|larger|higher|greater|more)" + _THAN_AVERAGE
                     + rf"|\bslower{_THAN_AVERAGE}(?=.*\b{_TIME}\b)"
                     + rf"|\b{_TIME}\b.*\bslower{_THAN_AVERAGE}"),
    ("BelowAverage", r"\b(?:cheaper|less\s+expensive|colder|cooler|lighter|younger|shorter|"
                     r"smaller|lower|less|fewer)" + _THAN_AVERAGE
                     + rf"|\b(?:faster|quicker){_THAN_AVERAGE}(?=.*\b{_TIME}\b)"
                     + rf"|\b{_TIME}\b.*\b(?:faster|quicker){_THAN_AVERAGE}"),
)
# "with north in it", "containing urgent", "mentions refund": a text that is contained, not equal;
# with a denial ("with no X in them", "not containing", "doesn't mention") not contained.
_CONTAIN = re.compile(r"\b(?:contains?|containing|includes?|including|mentions?|mentioning)\b"
                      r"|\bwith\b.+\bin\s+(?:it|them|the\s+(?:name|title|text|cell)s?)\b"
                      r"|\b(?:somewhere|anywhere)\b|\bwith\s+\S+\s+in\s*$"
                      r"|\b(?:of\s+)?any\s+(?:kind|sort|type)\b|\ball\s+kinds\s+of\b", re.IGNORECASE)  # "mice of any kind"
_DENIED = re.compile(r"\b(?:not|no|without|never)\b|n't\b", re.IGNORECASE)
_EQUAL_TEXT = re.compile(r'\s*(NOT\()?TextEquals(\("(?:[^"]|"")*"\))(\))?\s*')
# "scores in the 70s", "people in their 30s", "70-something": the ten numbers from 70 on.
DECADE = re.compile(r"\bin\s+(?:the|their|his|her|its)\s+(\d?[1-9]0)'?s\b|\b(\d?[1-9]0)-something\b",
                     re.IGNORECASE)
_THRESHOLDS = re.compile(r"[\s(),.\d-]*(?:(?:AND|OR|GreaterThanEqual|GreaterThan|LessThanEqual|LessThan|"
                         r"NotEquals|Equals)[\s(),.\d-]*)+")  # number comparisons, joined or not
_ONE_NUMBER = re.compile(r"\s*(?:GreaterThan|GreaterThanEqual|LessThan|LessThanEqual|Equals)"
                         r"\(\s*(-?\d+(?:\.0)?)\s*\)\s*")
_AVERAGE = re.compile(r"\s*(AboveAverage|BelowAverage)(\(\s*\))\s*")


def named_side(utterance: str) -> str | None:
    """"AboveAverage" or "BelowAverage": the side of the average a comparative names ("laps
    slower than average", "cheaper than the mean"), or None (none, or both)."""
    text = utterance.lower()
    found = {side for side, cue in _SIDES if re.search(cue, text)}
    return found.pop() if len(found) == 1 else None


# what makes a request more than one side of the average
_NOT_ONLY_AVERAGE = re.compile(
    r"\d|\b(?:not|no|never|except|unless|without|or|and|but|top|bottom|highest|lowest|most|least|"
    r"contain\w*|includ\w*|start\w*|begin\w*|ends?|ending|blank\w*|empty|errors?|between|"
    r"duplicat\w*|unique)\b|n't\b|[<>=]", re.IGNORECASE)


def named_average(utterance: str) -> str | None:
    """`AboveAverage()` or `BelowAverage()` for a request whose one test is a side of the
    average ("sailings with fewer cars than average"); None when it names anything else (a
    number, a denial, a second test)."""
    side = named_side(utterance)
    if side is None or _NOT_ONLY_AVERAGE.search(utterance):
        return None
    return f"{side}()"


def named_end(utterance: str) -> str | None:
    """"Top" or "Bottom": the end of the number line the request's superlative names, or None
    (none, or both)."""
    text = utterance.lower()
    found = {end for end, cue in _ENDS if re.search(cue, text)}
    return found.pop() if len(found) == 1 else None


_NOT_ONLY_RANK = re.compile(
    r"%|\b(?:not|no|never|except|unless|without|or|and|but|than|over|under|above|below|between|least|"
    r"percent|pct|contain\w*|includ\w*|start\w*|begin\w*|ends?|ending|blank\w*|empty|errors?|"
    r"duplicat\w*|unique|average|mean|each|per|every)\b|n't\b|[<>=]", re.IGNORECASE)


_AGED = re.compile(r"\b(?:oldest|earliest|newest|latest)\b", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:years?|yrs?|founded|built|vintage|established|made|released|dates?|since)\b", re.I)
_AGES = re.compile(r"\b(?:ages?|aged|years?\s+old)\b", re.IGNORECASE)


def _aged_end(text: str, headers: Sequence[str]) -> str | None:
    """The end that "oldest" / "newest" takes on the column: on years or dates the oldest are the
    smallest ("the two oldest record years": Bottom), on ages the largest; None when the header
    says neither."""
    said = _AGED.search(text)
    if said is None or len(headers) != 1:
        return None
    old = said.group(0).lower() in ("oldest", "earliest")
    if _AGES.search(headers[0]):
        return "Top" if old else "Bottom"
    if _YEARS.search(headers[0]):
        return "Bottom" if old else "Top"
    return None


def named_rank(utterance: str, headers: Sequence[str] = ()) -> str | None:
    """`Top(n)` or `Bottom(n)` for a request whose one test is a superlative with its count
    ("What are the quietest two sessions?" -> `Bottom(2)`, "the busiest day" -> `Top(1)`, "the three
    boxes with the most spoilt ballots" -> `Top(3)`, "... with the fewest" / "the least": Bottom), or
    `TopPercent(p)` / `BottomPercent(p)` with its share right after it ("priciest 25% of
    permits"); None when it names anything else (another number, a denial, a comparison). The
    one column's header may say what the superlative means: a time ("the three fastest
    launches" over Launch Time (min): Bottom), years or ages ("oldest", `_aged_end`)."""
    text = re.sub(r"\bwith\s+the\s+least\b", "with the fewest", spell_numbers(utterance), flags=re.IGNORECASE)
    end = named_end(text)
    if len(headers) == 1 and re.search(rf"\b{_SPEED}", headers[0], re.IGNORECASE) \
            and re.search(r"\b(?:fastest|quickest|slowest)\b", text, re.IGNORECASE):
        end = "Bottom" if re.search(r"\bslowest\b", text, re.IGNORECASE) else "Top"  # a speed column decides
    if end is None and len(headers) == 1:
        end = named_end(text + " " + headers[0])  # "fastest" beside a time said by the header
    aged = _aged_end(text, headers) if end is None else None
    if aged is not None:
        end = aged
        text = _AGED.sub(lambda m: "lowest" if aged == "Bottom" else "highest", text)
    numbers = _ALL_NUMBERS.findall(text)
    share = re.fullmatch(r"(.*?\b(?:" + _END_WORDS + r")\s+)(\d+(?:\.\d+)?)\s*%(.*)", text, re.IGNORECASE | re.DOTALL)
    if end is not None and len(numbers) == 1 and share is not None \
            and not _NOT_ONLY_RANK.search(share.group(1) + " " + share.group(3)):
        return f"{end}Percent({share.group(2)})"  # "priciest 25% of permits"
    if end is None or len(numbers) > 1 or _NOT_ONLY_RANK.search(text):
        return None
    count = numbers[0].replace(",", "") if numbers else "1"
    if numbers and not re.search(rf"(?:{_END_WORDS})\s+{re.escape(numbers[0])}\b|\b{re.escape(numbers[0])}"
                                 rf"\s+(?:{_END_WORDS})|\b{re.escape(numbers[0])}\s+(?:[a-z]+\s+){{0,2}}?with\s+the\s+"
                                 rf"(?:{_END_WORDS}|most)\b", text, re.IGNORECASE):
        return None  # the number is no count of the superlative's ("the busiest in 2023")
    if not count.isdigit() or int(count) < 1:
        return None
    return f"{end}({count})"


_END_WORDS = "|".join(w for _, cue in _ENDS for w in re.findall(r"[a-z]+est\b", cue.replace("\\b", " ")))


def _named_twin(code: str, utterance: str) -> str | None:
    """The bare comparison or ranking `code` with the operator or end the request names in place
    of its own; None when it names none, or the same."""
    bounds = named_bounds(utterance) if _THRESHOLDS.fullmatch(code) else None
    if bounds is not None:
        return bounds if re.sub(r"\s+", "", bounds) != re.sub(r"\s+", "", code) else None
    ranged = _RANGED.fullmatch(code)
    if ranged is not None:  # (named_bounds reads "out of the 25-50 range" first)
        side = named_range_side(utterance)
        return f"{side}{ranged.group(2)}" if side and side != ranged.group(1) else None
    decade = DECADE.search(utterance)
    one = _ONE_NUMBER.fullmatch(code) if decade else None
    if one and float(one.group(1)) == float(decade.group(1) or decade.group(2)):
        low = int(float(one.group(1)))
        return f"AND(GreaterThanEqual({low}), LessThan({low + 10}))"
    share = _SHARE_TWIN.fullmatch(code)
    if share and not _PERCENT.search(spell_numbers(utterance)):  # "Top 2" is no TopPercent(2)
        return f"{share.group(1)}({share.group(2)})"
    m = _BARE.fullmatch(code)
    named = named_comparison(utterance) if m else None
    if m is None:
        m = _RANK.fullmatch(code)
        named = named_end(utterance) if m else None
        if m is not None and named is None and "Percent" not in m.group(2) \
                and not _RANK_WORDS.search(utterance):  # "longer than a dozen": no ranking
            compared = named_comparison(utterance)
            return f"{compared}{m.group(2)}" if compared else None
    if m is None:
        m = _AVERAGE.fullmatch(code)
        named = named_side(utterance) if m else None
    if m is None:
        return _contained_twin(code, utterance)
    if named is None or m.group(1) == named:
        return None
    return f"{named}{m.group(2)}"


_RANGED = re.compile(r"(Between|NotBetween)(\(.*\))")
_LEFT_RANGE = re.compile(r"\b(?:outside|beyond)\b|\b(?:not|n't|isn't|aren't|isnt|arent)\s+(?:\w+\s+)?"
                         r"(?:between|within|inside|in\s+(?:the\s+)?range)\b", re.IGNORECASE)
_INSIDE = re.compile(r"\b(?:between|within|inside)\b", re.IGNORECASE)
_RANGE_DENIED = re.compile(r"\b(?:not|no|never|except|excluding|exclude|excludes|other\s+than|apart|"
                           r"without|but|unless|isnt|arent|dont|doesnt)\b|n't\b|n’t\b", re.IGNORECASE)


def named_range_side(utterance: str) -> str | None:
    """"NotBetween" for a request that says its range is left ("outside the usual 25-100",
    "not between 5 and 9"), "Between" for one that says it is kept ("between", "within",
    "inside") and denies nothing; None otherwise ("everything except between 5 and 9")."""
    if _LEFT_RANGE.search(utterance):
        return "NotBetween"
    return "Between" if _INSIDE.search(utterance) and not _RANGE_DENIED.search(utterance) else None


def _contained_twin(code: str, utterance: str) -> str | None:
    """`TextEquals(x)` -> `TextContains(x)` when the request says the text is contained ("with
    north in it"), `NOT(TextEquals(x))` -> `TextNotContains(x)` when it says it is not ("with no
    north in them"); None otherwise."""
    m = _EQUAL_TEXT.fullmatch(code)
    if m is None or bool(m.group(1)) != bool(m.group(3)) or not _CONTAIN.search(utterance):
        return None
    denied = bool(_DENIED.search(utterance))
    if denied != bool(m.group(1)):
        return None
    return f"{'TextNotContains' if denied else 'TextContains'}{m.group(2)}"


def contradicts(code: str, utterance: str) -> bool:
    """Whether `code` is one bare comparison other than the one the request names, or one bare
    ranking of the other end than its superlative names."""
    return _named_twin(code, utterance) is not None


def comparison_repairs(code: str, utterance: str) -> list[str]:
    """`code` with the named comparison operator (or ranking end) in place of its own, as a list
    (empty unless `code` contradicts the request)."""
    twin = _named_twin(code, utterance)
    return [twin] if twin else []


# A letter grade and a direction: "B or better", "a C grade or below", '"B" and above'.
_GRADES = "ABCDF"  # the usual scale; no E
_GRADE_RANGE = re.compile(
    r"(?<![\w+-])\"?(?P<g>[A-DF])\"?(?![\w+-])\s*(?:grades?\s+)?(?:or|and)\s+"
    r"(?P<way>better|higher|above|up|worse|lower|below|down)\b")


def grade_range(utterance: str) -> str | None:
    """The letter grades from the best down to a named one, or from it down to the worst, as
    cells starting with each letter (so "B+" and "B-" count as B): "a B grade or better" ->
    `OR(TextStartsWith("A"), TextStartsWith("B"))`, "D or below" -> `OR(TextStartsWith("D"),
    TextStartsWith("F"))`; None when the request names no such range (or a grade with a sign,
    "B+ or better", which cells starting with B would not keep apart)."""
    m = _GRADE_RANGE.search(utterance)
    if m is None:
        return None
    at = _GRADES.index(m.group("g"))
    better = m.group("way") in ("better", "higher", "above", "up")
    letters = _GRADES[:at + 1] if better else _GRADES[at:]
    tests = [f'TextStartsWith("{g}")' for g in letters]
    return tests[0] if len(tests) == 1 else f"OR({', '.join(tests)})"
