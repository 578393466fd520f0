"""Numbers said in words, as people dictate or type them fast, written as digits.

"two hundred and fifty" -> 250, "one thousand two hundred and fifty" -> 1250, "one point five"
-> 1.5, "eight point two five" -> 8.25, "four and a half" -> 4.5, "half a million" -> 500000,
"a quarter million" -> 250000, "ten lakh" -> 1000000, "two dozen" -> 24, "minus three" -> -3,
and the spoken pairs of two-digit groups: "two fifty" -> 250, "one twenty four" -> 124,
"twenty eighteen" -> 2018 (a price said so, "nine ninety nine", reads 999: the words alone do not
say it is money), and a fraction of one unit: "under half a carat" -> "under 0.5 carat", "a
quarter of an hour" -> "0.25 hour".

`spoken_numbers(text)` rewrites every run of number words; a lone "one" or "a" stays a word ("the
one with", "a blank"), as does "minus" or "negative" before no number ("negative values"). An "and"
joins two groups only after "hundred" ("two hundred and fifty") or before a half or quarter
("four and a half"), so "between two hundred and four hundred" keeps its two bounds.
Plain token rules, no model; `text_slots.spell_numbers` calls it first.
"""

from __future__ import annotations

import re

_SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
           "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000, "dozen": 12}
_DIGITS = {**{k: v for k, v in _SMALL.items() if v < 10}, "oh": 0}
_WORD = re.compile(r"[A-Za-z]+|-?\d+(?:\.\d+)?|[^\sA-Za-z\d]+")
_PLURAL = re.compile(r"(?:teens|ties)$")  # "the twenty nineteens": 2019
_HYPHENED = re.compile(r"(?i)\b(" + "|".join(_TENS) + r")-(" + "|".join(k for k, v in _SMALL.items()
                                                                       if 0 < v < 10) + r")\b")


def _value(word: str) -> int | None:
    low = word.lower()
    if low in _SMALL or low in _TENS:
        return _SMALL.get(low, _TENS.get(low))
    if _PLURAL.search(low):  # "nineteens", "twenties"
        stem = low[:-1] if low.endswith("teens") else low[:-3] + "y"
        return _SMALL.get(stem, _TENS.get(stem))
    return None


def number_word(word: str) -> int | None:
    """The value of one number word ("four" 4, "eighty" 80, "twenties" 20), None for any other word."""
    return _value(word)


class _Run:
    """The number a run of words says, read word by word (`_take`); `words` taken so far."""

    def __init__(self):
        self.total, self.group, self.words, self.pairs = 0, None, 0, []
        self.decimals, self.extra, self.last = "", 0.0, ""

    def value(self) -> float:
        group = self.group or 0
        if self.pairs:  # "one twenty four": the spoken pairs, run together
            group = int("".join(str(p) for p in [*self.pairs, group]))
        whole = self.total + group
        return float(f"{whole}.{self.decimals}") if self.decimals else whole + self.extra


def _group_word(run: _Run, words: list[str], i: int) -> int:
    """Words taken at words[i] as part of the current group, 0 when words[i] is none of it."""
    value = _value(words[i])
    if value is None:
        return 0
    group = run.group
    if group is None or run.last in _SCALES or run.last == "and":  # "two hundred (and) fifty"
        run.group = (group or 0) + value
    elif group % 10 == 0 and group >= 20 and value < 10:  # "twenty one"
        run.group = group + value
    elif value >= 10 and group < 100:  # "two fifty", "one twenty", "twenty eighteen"
        run.pairs.append(group)
        run.group = value
    else:
        return 0
    return 1


def _hundreds_after(words: list[str], i: int) -> bool:
    """Whether the number words from words[i] say hundreds or dozens of their own."""
    while i < len(words) and (_value(words[i]) is not None or words[i] in _SCALES):
        if words[i] in ("hundred", "dozen"):
            return True
        i += 1
    return False


def _take(run: _Run, words: list[str], i: int) -> int:
    """How many words at words[i] continue `run` (0: it ends before words[i])."""
    low = words[i].lower()
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if run.decimals:  # "eight point two five"
        if low not in _DIGITS:
            return 0
        run.decimals += str(_DIGITS[low])
        return 1
    if low == "point" and _DIGITS.get(nxt) is not None and not run.pairs:
        run.decimals = str(_DIGITS[nxt])
        return 2
    if low == "and" and nxt == "a" and i + 2 < len(words) and words[i + 2].lower() in ("half", "quarter"):
        run.extra = 0.5 if words[i + 2].lower() == "half" else 0.25
        return 3
    if low == "and" and run.last == "hundred" and _value(nxt) is not None and not _hundreds_after(words, i + 1):
        return 1  # "two hundred and fifty" ("a hundred and two hundred": two bounds)
    if low in _SCALES and not run.pairs:
        scale = _SCALES[low]
        group = 1 if run.group is None else run.group
        if scale >= 1000:
            run.total, run.group = (run.total + group) * scale if run.total and run.total < scale \
                else run.total + group * scale, None
        else:
            run.group = group * scale
        return 1
    return _group_word(run, words, i)


def _read(words: list[str], i: int) -> tuple[int, float | None]:
    """(words read, value) of the run of number words at words[i]; value None when none."""
    run, j, sign = _Run(), i, 1
    low = words[i].lower()
    if low in ("minus", "negative") and i + 1 < len(words):
        sign, j = -1, i + 1
    start = j
    if j < len(words) and words[j] == "a" and j + 1 < len(words) and words[j + 1] in _SCALES:
        run.group, run.words, j = 1, 1, j + 1  # "a hundred", "a dozen"
    elif j + 1 < len(words) and words[j] == "a" and words[j + 1] in ("half", "quarter"):
        j += 1  # "a quarter million"
    for half, share in (("half", 0.5), ("quarter", 0.25)):
        if j < len(words) and words[j].lower() == half:  # "half a million", "quarter million"
            rest = words[j + 1:j + 4]
            k = 2 if rest[:1] == ["a"] else 3 if rest[:2] == ["of", "a"] else 1
            if j + k < len(words) and words[j + k].lower() in ("million", "thousand", "lakh", "crore"):
                return j + k + 1 - i, sign * share * _SCALES[words[j + k].lower()]
    while j < len(words):
        taken = _take(run, words, j)
        if not taken:
            break
        run.last, run.words, j = words[j + taken - 1].lower(), run.words + taken, j + taken
    lone = run.words == 1 and words[start].lower() in ("one", "a")
    if run.words == 0 or lone or run.group is None and not run.total:
        return 0, None
    return j - i, sign * run.value()


def _plain(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:.10g}"


# Any word a run holds ("a" counts only before a scale, a half or a quarter, which are listed): a
# text without one is returned at once (most requests).
_STARTS = re.compile(r"(?i)\b(?:" + "|".join([*_SMALL, *_TENS, *_SCALES, "minus", "negative", "half",
                                               "quarter", r"\w+teens", r"\w+ties"]) + r")\b")


# A fraction of one unit: "under half a carat" (0.5 carat), "a quarter of an hour" (0.25 hour),
# "three quarters of a mile"; never a share of a ranking or a list ("the top half of a list") nor
# of a scale ("half a million", read below).
_FRACTION = re.compile(r"(?<!\btop\s)(?<!\bbottom\s)(?<!\bupper\s)(?<!\blower\s)(?<!\bfirst\s)(?<!\bsecond\s)"
                       r"(?<!\blast\s)(?<!\bthe\s)\b(?P<f>(?:a\s+|one\s+)?quarter\s+of|three\s+quarters\s+of|"
                       r"half(?:\s+of)?)\s+(?:a|an)\s+(?!(?:million|billion|thousand|hundred|lakh|crore|dozen)\b)"
                       r"(?=[a-z])", re.IGNORECASE)
_FRACTIONS = {"quarter": "0.25", "three": "0.75", "half": "0.5"}
# "half an hour", "half a day": the table's units read these themselves (`tables.in_header_units`)
_HALF_TIME = re.compile(r"(?:hour|day|minute|min|week|month|year|second|sec)s?\b", re.IGNORECASE)


def _fraction(m: re.Match) -> str:
    key = next(w for w in ("three", "quarter", "half") if w in m.group("f").lower())
    if key == "half" and _HALF_TIME.match(m.string, m.end()):
        return m.group(0)
    return _FRACTIONS[key] + " "


def spoken_numbers(text: str) -> str:
    """`text` with each run of number words written as digits (see the module's docstring); a
    lone word below ten ("five") is left to `text_slots.spell_numbers`' own rules, a fraction of
    one unit is its decimal ("half a carat": 0.5 carat)."""
    text = _FRACTION.sub(_fraction, text)
    if not _STARTS.search(text):
        return text
    text = _HYPHENED.sub(r"\1 \2", text)
    tokens = list(_WORD.finditer(text))
    words = [t.group(0).lower() for t in tokens]
    out, last, i = [], 0, 0
    while i < len(tokens):
        after_digits = i > 0 and words[i] in _SCALES and re.fullmatch(r"-?\d+(?:\.\d+)?", words[i - 1])
        count, value = _read(words, i) if words[i].isalpha() and not after_digits else (0, None)
        if value is None and words[i] in ("minus", "negative") and i + 1 < len(words) \
                and re.fullmatch(r"\d+(?:\.\d+)?", words[i + 1]):
            count, value = 2, -float(words[i + 1])  # "minus 12"
        if value is None or count == 1 and _SMALL.get(words[i], 10) < 10:
            i += 1
            continue
        out += [text[last:tokens[i].start()], _plain(value)]
        last, i = tokens[i + count - 1].end(), i + count
    return "".join(out + [text[last:]])
