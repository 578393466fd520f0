"""Figures written in unusual but exact ways, written as plain digits.

Users write a figure as a Roman numeral ("more than VII goals", "the II fewest fouls", "under XXX
minutes (roman thirty)"), in hexadecimal or binary ("0x68", "0b11"), in scientific notation
("2.4e2 kg" -> 240), with a vulgar fraction ("under ½" -> 0.5, "1½" -> 1.5, "7⅗" -> 7.6, "¾ of
100" -> 75, "the top ⅕" -> the top 20%) or as a counting word ("a gross" -> 144).
`plain_figures` writes each as digits and drops the restatement a careful writer adds ("(roman
thirty)", "(five)", ", hex for 104 and 115", "(7.6)"), so that the readers see one plain number.
("a score of lessons" is `puzzles.solved`'s.)

A Roman numeral is read only where a figure is expected (after a comparison or rank word, "the",
"but", "to", "and", ...), never inside quotes, and "I" never (it is the pronoun): "Size equals XL"
and "the XL shirts" stay text. Fractions without an exact decimal (⅓, ⅙, ...) stay as written.

The forms were seen on the twenty-fifth one-column set's dev half, never its test half.
"""

from __future__ import annotations

import re

from ..diffusion.spoken_numbers import number_word, spoken_numbers
from .framing import _number

_I = re.IGNORECASE
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_CUE = (r"(?i:than|above|below|under|over|beyond|past|exceeding|least|most|top|bottom|first|last|but|outside|"
        r"between|from|except|lowest|highest|fewest|smallest|biggest|largest)")
_SUPERLATIVE = r"(?=\s+(?:[a-z]+est|most|least|top|bottom|best|worst)\b)"
_NUMERAL = r"(?P<r>[MDCLXVI]{2,}|[VX])\b(?![\"'”’/-])"
_LONG_NUMERAL = r"(?P<r>[MDCLXVI]{3,})\b(?![\"'”’/-])"  # ("is XL" may be a size; "is XIII" is a figure)
_ROMAN_AFTER = (re.compile(rf"\b(?P<cue>{_CUE}\s+|(?i:the)\s+(?=[MDCLXVI]+\b{_SUPERLATIVE})|[<>≥≤]\s*){_NUMERAL}"),
                re.compile(rf"\b(?P<cue>(?i:is|are|exactly|equals?|equal\s+to|of)\s+){_LONG_NUMERAL}"),
                # a range's or list's second bound, after a figure: "III to XXI", "under 2 or over XVI"
                re.compile(rf"(?P<cue>\d[^\d\n]{{0,24}}?\b(?i:and|to|or|through|thru)\s+(?:(?i:over|above|under|"
                           rf"below|than)\s+)?){_NUMERAL}"))
_HEX = re.compile(r"(?<![\w.])0x(?P<h>[0-9a-f]+)\b", _I)
_BINARY = re.compile(r"(?<![\w.])0b(?P<b>[01]+)\b", _I)
_SCIENTIFIC = re.compile(r"(?<![\w.])(?P<m>\d+(?:\.\d+)?)e(?P<e>[+-]?\d{1,2})\b", _I)
_VULGAR = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5),
           "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8), "⅒": (1, 10)}
_FRACTION = re.compile(r"(?<![\w.])(?:(?P<whole>\d+)\s?)?(?P<f>[" + "".join(_VULGAR) + r"])")
_FRACTION_OF = re.compile(r"(?<![\w.])(?P<f>[" + "".join(_VULGAR) + r"])\s+of\s+(?:a\s+|an\s+)?(?P<n>\d+(?:\.\d+)?)"
                          r"(?![\w.%])", _I)
_RANK_FRACTION = re.compile(r"\b(?P<way>top|bottom|highest|lowest|largest|smallest|biggest|upper|lower)\s+"
                            r"(?P<f>0?\.\d+)(?=\s+(?:of\b|(?!of)[a-z]))", _I)
_GROSS = re.compile(r"\b(?:a|one)\s+gross\b(?!\s+(?:is|=|means|of\s+\d))", _I)  # (puzzles.solved reads "a score of")
_RESTATED = re.compile(r"(?P<lead>\d(?:\s+[A-Za-z]+)?)\s*\((?P<said>[^()\n]{1,30})\)")
_RESTATING = re.compile(r"^(?:(?:roman|hex|hexadecimal|binary|decimal|i\.e\.?|that is|=|so|read|numerals?|for|"
                        r"that's)[\s,:]*)*", _I)
_SAID_FOR = re.compile(r",?\s*(?:in\s+)?(?:roman(?:\s+numerals?)?|hex(?:adecimal)?|binary)\s+for\s+"
                       r"\d[\d.]*(?:\s*(?:,|and|to)\s*\d[\d.]*)*", _I)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|(?<!\w)'[^']*'(?!\w)")


def _roman(numeral: str) -> int | None:
    if not numeral or not _ROMAN.match(numeral):
        return None
    total = 0
    for a, b in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUES[a]
        total += -value if b != " " and _ROMAN_VALUES[b] > value else value
    return total


def _roman_said(m: re.Match) -> str | None:
    value = _roman(m.group("r"))
    return None if value is None else m.group("cue") + str(value)


def _outside_quotes(pattern: re.Pattern, text: str, write) -> str:
    """`text` with `pattern`'s matches written by `write` (None keeps one), quoted spans left alone."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

    def one(m: re.Match) -> str:
        if any(a <= m.start() < b for a, b in quoted):
            return m.group(0)
        said = write(m)
        return m.group(0) if said is None else said
    return pattern.sub(one, text)


def _restated(m: re.Match) -> str:
    """"" where the parenthesis after a figure says a number again ("(roman thirty)", "(7.6)"), else itself."""
    said = _RESTATING.sub("", m.group("said")).strip()
    said = str(number_word(said)) if number_word(said) is not None else spoken_numbers(said).strip()
    return m.group("lead") if re.fullmatch(r"-?\d+(?:\.\d+)?", said) else m.group(0)


def _restatement_gone(text: str, written: bool) -> str:
    return _SAID_FOR.sub("", _RESTATED.sub(_restated, text)) if written else text


def plain_figures(text: str) -> str:
    """`text` with its figures in Roman numerals, hex, binary, scientific notation, vulgar fractions
    and counting words written as plain digits (see the module's docstring)."""
    if not re.search(r"[MDCLXV]|0[xb]|\de|[½¼¾⅕⅖⅗⅘⅛⅜⅝⅞⅒]|gross", text, _I):
        return text
    before = text
    for pattern in _ROMAN_AFTER:
        text = _outside_quotes(pattern, text, _roman_said)
    text = _outside_quotes(_HEX, text, lambda m: str(int(m.group("h"), 16)))
    text = _outside_quotes(_BINARY, text, lambda m: str(int(m.group("b"), 2)))
    text = _outside_quotes(_SCIENTIFIC, text, lambda m: _number(float(m.group("m")) * 10 ** int(m.group("e"))))
    share = lambda m: _VULGAR[m.group("f")][0] / _VULGAR[m.group("f")][1]  # noqa: E731 ("¾" -> 0.75)
    text = _FRACTION_OF.sub(lambda m: _number(share(m) * float(m.group("n"))), text)
    text = _outside_quotes(_FRACTION, text, lambda m: _number(int(m.group("whole") or 0) + share(m)))
    text = _RANK_FRACTION.sub(lambda m: f"{m.group('way')} {_number(float(m.group('f')) * 100)}%", text)
    if "144" not in text:  # ("a gross is 144": said already)
        text = _outside_quotes(_GROSS, text, lambda m: "144")
    return _restatement_gone(text, text != before)
