"""Literal handling: numbers and quoted texts that the utterance names appear exactly in the code.

`extract(utterance)` lists the utterance's literals in order: numbers (`70,000` counts as 70000)
become slots `<N0>`, `<N1>`, ..., then the fraction of each percentage (`5%` also gives `0.05`,
the number a cell comparison uses, after all the others so that no other slot moves), and quoted
texts (`"..."`, `'...'`, `“...”`) slots `<Q0>`, ....
`to_placeholders(code, lits)` rewrites a training target, replacing each code literal equal to an
utterance literal by its slot; `from_placeholders(code, lits)` substitutes the utterance's literals
back into generated code; `refit(code, own, given)` moves a code written for one request's
literals to another request's, slot by slot (retrieval's `--fit-literals`). With the switch off
(the paper's path) none of this runs.
The CF repair rules that hold a candidate's texts and numbers against the request's words live
with the CF language (`cf_assistant.languages.cf.repairs`).

This module knows no torch and no language grammar: numbers and texts are found with regular
expressions over plain text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from cf_assistant.diffusion.tokenizer import NUMBER_SLOTS, QUOTE_SLOTS

# A number, not the digits of a code or a cell ("Q4", "B2:B100", "Sheet1", "AB-123", "10A"),
# though a unit in capitals may follow it ("16GB", "5KG").
_UNIT = r"(?:GB|MB|TB|KB|GHZ|MHZ|KG|KM|MPH|KPH|CM|MM|ML)(?![A-Za-z])"
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z]-)(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"
                     r"(?!\d)(?!(?!" + _UNIT + r")[A-Z])(?!xx)")  # nor a class of codes ("4xx")
_CODE_NUMBER = re.compile(r"(?<![\w.<])-?\d+(?:\.\d+)?(?![\w.]*\d)")
_QUOTED = re.compile(r"\"([^\"\n]{1,80})\"|“([^”\n]{1,80})”|(?<![\w])'([^'\n]{1,80})'(?![\w])")
_SLOT = re.compile(r"<([NQ])(\d+)>")


@dataclass(frozen=True)
class Literals:
    """An utterance's literals in order: numbers as code spells them, quoted texts verbatim."""

    numbers: tuple[str, ...]
    quotes: tuple[str, ...]


def _normal_number(text: str) -> str:
    return text.replace(",", "")


@functools.lru_cache(maxsize=256)  # one request's checks ask for its literals many times; small on purpose: a benchmark that cycles through the same requests must pay for each as a new one
def extract(utterance: str) -> Literals:
    quotes = []
    for m in _QUOTED.finditer(utterance):
        q = next(g for g in m.groups() if g is not None)
        if q.strip() and q not in quotes:
            quotes.append(q)
    numbers: list[str] = []
    for m in _NUMBER.finditer(utterance):
        n = _normal_number(m.group(0))
        if n not in numbers:
            numbers.append(n)
    for n in _fractions(utterance):  # after the others: the slots before keep their numbers
        if n not in numbers:
            numbers.append(n)
    return Literals(tuple(numbers[:NUMBER_SLOTS]), tuple(quotes[:QUOTE_SLOTS]))


_PERCENT = re.compile(r"(?<![\d.])(-?\d+(?:\.\d+)?)\s?%")


def _fractions(utterance: str) -> list[str]:
    """Each percentage's fraction ("5%" -> "0.05"), the number a cell comparison uses."""
    return [_fraction(m.group(1)) for m in _PERCENT.finditer(utterance)]


def _fraction(number: str) -> str:
    """The fraction a percentage's number stands for, as code writes it: "5" -> "0.05"."""
    return _shortest(float(Decimal(number) / 100))


def _shortest(x: float) -> str:
    text = format(Decimal(repr(x)), "f")
    return text[:-2] if text.endswith(".0") else text


def to_placeholders(code: str, lits: Literals) -> str:
    """`code` with every literal that equals one of `lits` replaced by its slot."""
    if lits.quotes:
        order = sorted(range(len(lits.quotes)), key=lambda i: -len(lits.quotes[i]))
        alternatives = "|".join(f"(?<!\\w){re.escape(lits.quotes[i])}(?!\\w)" for i in order)
        slot = {q: i for i, q in enumerate(lits.quotes)}
        code = re.sub(alternatives, lambda m: f"<Q{slot[m.group(0)]}>", code)
    index = {n: i for i, n in enumerate(lits.numbers)}

    def number(m: re.Match) -> str:
        i = index.get(_normal_number(m.group(0)))
        return m.group(0) if i is None else f"<N{i}>"

    return _CODE_NUMBER.sub(number, code)


def from_placeholders(code: str, lits: Literals) -> str:
    """Generated `code` with each slot replaced by the utterance's literal (unknown slots: "")."""

    def value(m: re.Match) -> str:
        pool = lits.numbers if m.group(1) == "N" else lits.quotes
        i = int(m.group(2))
        return pool[i] if i < len(pool) else ""

    return _SLOT.sub(value, code)


def from_placeholders_partial(code: str, own: Literals, given: Literals) -> str:
    """`code` (slots referring to `own`) with the slots that `given` has no literal for
    replaced by `own`'s; the others kept as slots (for `given` to fill later)."""

    def value(m: re.Match) -> str:
        kind, i = m.group(1), int(m.group(2))
        if i < len(given.numbers if kind == "N" else given.quotes):
            return m.group(0)
        pool = own.numbers if kind == "N" else own.quotes
        return pool[i] if i < len(pool) else ""

    return _SLOT.sub(value, code)


def refit(code: str, own: Literals, given: Literals) -> str:
    """`code`, written for a request whose literals were `own`, with each code literal equal to
    one of them replaced by `given`'s literal in the same slot where `given` has one."""
    return from_placeholders(from_placeholders_partial(to_placeholders(code, own), own, given),
                             given)
