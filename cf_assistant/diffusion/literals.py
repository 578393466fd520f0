"""Literal handling: numbers and quoted texts that the utterance names appear exactly in the code.

`extract(utterance)` lists the utterance's literals in order: numbers (`70,000` counts as 70000)
become slots `<N0>`, `<N1>`, ... and quoted texts (`"..."`, `'...'`, `“...”`) slots `<Q0>`, ....
`to_placeholders(code, lits)` rewrites a training target, replacing each code literal equal to an
utterance literal by its slot; `from_placeholders(code, lits)` substitutes the utterance's literals
back into generated code; `refit(code, own, given)` moves a code written for one request's
literals to another request's, slot by slot (retrieval's `--fit-literals`). With the switch off
(the paper's path) none of this runs.
At suggestion time, `named_texts(utterance)` lists the texts the user named: the quoted ones,
else the one unquoted text after a cue such as "equal to", "are", "contain", "starts with" or "="
(`unquoted_text`: "cells that are In Progress" names "In Progress"). `names_given_text(code,
utterance)` says whether a candidate keeps to those texts, and `text_repairs(code, utterance)`
rewrites a candidate whose one text appears nowhere in the utterance into one that uses the
utterance's one named text (for codes that write texts as double-quoted literals, as canonical CF
rules do). Numbers get the same treatment: a code number that the utterance holds only inside cell
references ("B2:B100" holds 2 and 100) was not named by the user, so `number_repairs` puts the
utterance's one plain number in its place ("greater than 100 for B2:B100": `GreaterThan(2)` ->
`GreaterThan(100)`); of the 308 CF training targets with a number, 3 use such a number, none
meaningfully (e.g. `bottom(5)` from "J5:J109"). `keeps_to_literals` and `literal_repairs` apply
both checks. The cues were chosen on the CF `train-minus-dev` records, never on dev: of the 48
single-text targets whose unquoted text stands in the utterance, `unquoted_text` finds 40 and
names a wrong text for none (7 have no cue, e.g. "apply conditional formatting to Blood").

This module knows no torch and no language grammar: numbers and texts are found with regular
expressions over plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cf_assistant.diffusion.tokenizer import NUMBER_SLOTS, QUOTE_SLOTS

_NUMBER = re.compile(r"(?<![\d.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d.])-?\d+(?:\.\d+)?(?!\d)")
_CODE_NUMBER = re.compile(r"(?<![\w.<])-?\d+(?:\.\d+)?(?![\w.]*\d)")
_QUOTED = re.compile(r"\"([^\"\n]{1,80})\"|“([^”\n]{1,80})”|(?<![\w])'([^'\n]{1,80})'(?![\w])")
_SLOT = re.compile(r"<([NQ])(\d+)>")
_CODE_TEXT = re.compile(r'"((?:[^"]|"")*)"')  # a double-quoted code literal ("" escapes ")


@dataclass(frozen=True)
class Literals:
    """An utterance's literals in order: numbers as code spells them, quoted texts verbatim."""

    numbers: tuple[str, ...]
    quotes: tuple[str, ...]


def _normal_number(text: str) -> str:
    return text.replace(",", "")


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
    return Literals(tuple(numbers[:NUMBER_SLOTS]), tuple(quotes[:QUOTE_SLOTS]))


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


def _code_texts(code: str) -> list[re.Match]:
    return list(_CODE_TEXT.finditer(code))


def _text(m: re.Match) -> str:
    return m.group(1).replace('""', '"')


# A text the user names without quotes follows one of these cues ("cells equal to Done", "values
# which are In Progress", "names that start with letter A", "equalTo = X"); it runs to the first
# lower-case connective or comparison word, a punctuation mark or the end, at most three words.
_CUE = re.compile(
    r"(?<!\w)(?:equals?(?:\s+to)?|equalTo|=|is|are|contains?|containing|"
    r"(?:starts?|begins?|ends?|starting|beginning|ending)\s+with|"
    r"with(?:\s+the)?(?:\s+(?:text|word|letter))?|(?:the\s+)?(?:text|word|letter)|"
    r"ha(?:ve|s|ving)(?:\s+(?:the\s+)?(?:text|word|letter))?|named?)(?!\w)",
    re.IGNORECASE)
_STOP = frozenset("""a an the and or of on in at to for from with within inside that which where
    is are equal equals than conditional formatting formating format cell cells range column
    columns sheet value values them their greater less more fewer smaller larger bigger between
    above below higher lower not blank blanks empty duplicate duplicates unique top bottom before
    after today yesterday tomorrow""".split())
_SPAN_WORDS = 3
_CELL_REF = re.compile(r"\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?")


def _span_after(rest: str) -> str:
    """The text that starts `rest` (after a cue): words up to a stop word or punctuation."""
    words: list[str] = []
    for word in re.sub(r"^\s*=?\s*", "", rest).split():
        if word in _STOP:
            break
        bare = re.sub(r"[.,;:!?]+$", "", word)
        if bare:
            words.append(bare)
        if bare != word or len(words) == _SPAN_WORDS:
            break
    span = " ".join(words)
    return "" if _CELL_REF.fullmatch(span) else span


def unquoted_text(utterance: str) -> str | None:
    """The text the utterance names without quotes: the span after its last cue that yields one
    ("Style values which are In Progress" -> "In Progress"), or None."""
    spans = [_span_after(utterance[m.end():]) for m in _CUE.finditer(utterance)]
    spans = [s for s in spans if s]
    return spans[-1] if spans else None


def named_texts(utterance: str) -> tuple[str, ...]:
    """The texts the user named: the quoted ones, else the one unquoted text (if any)."""
    quotes = extract(utterance).quotes
    if quotes:
        return quotes
    text = unquoted_text(utterance)
    return (text,) if text else ()


def names_given_text(code: str, utterance: str) -> bool:
    """False when the utterance names a text (see `named_texts`), the code uses none of them, and
    the code writes a text that stands nowhere in the utterance as whole words (an invented
    text; an empty text counts as invented); else True."""
    named = named_texts(utterance)
    texts = [_text(m) for m in _code_texts(code)]
    if not named or not texts or any(t in named for t in texts):
        return True
    return all(_says(utterance, t) for t in texts)


def _says(utterance: str, text: str) -> bool:
    """Whether `text` stands in the utterance as whole words (ignoring case); an empty or blank
    text never does."""
    if not text.strip():
        return False
    return re.search(rf"(?<!\w){re.escape(text)}(?!\w)", utterance, re.IGNORECASE) is not None


def text_repairs(code: str, utterance: str) -> list[str]:
    """`code` with its one invented text replaced by the utterance's one named text, as a list
    (empty when the utterance names no text or several, or the code has not exactly one text, or
    that text appears in the utterance)."""
    named = named_texts(utterance)
    found = _code_texts(code)
    if len(named) != 1 or len(found) != 1 or names_given_text(code, utterance):
        return []
    m = found[0]
    text = named[0].replace('"', '""')
    return [f'{code[:m.start()]}"{text}"{code[m.end():]}']


# The digits of a cell reference: "B2", "$C$15", "AA10" (upper-case column letters, not inside a word)
_REF_DIGITS = re.compile(r"(?<![A-Za-z0-9$])\$?[A-Z]{1,3}\$?(\d+)(?![\w.])")
_CODE_REF = re.compile(r"\$?[A-Za-z]{1,3}\$\d+")  # an absolute reference in code, e.g. $B$6


def _plain_numbers(utterance: str) -> list[str]:
    """The numbers the utterance writes as numbers (cell references masked out), in order."""
    masked = _REF_DIGITS.sub(lambda m: " " * len(m.group(0)), utterance)
    out: list[str] = []
    for m in _NUMBER.finditer(masked):
        n = _normal_number(m.group(0))
        if n not in out:
            out.append(n)
    return out


def _ref_only_numbers(utterance: str) -> set[str]:
    """Numbers that stand in the utterance only as the digits of cell references."""
    return {m.group(1) for m in _REF_DIGITS.finditer(utterance)} - set(_plain_numbers(utterance))


def _code_numbers(code: str) -> list[re.Match]:
    masked = _CODE_REF.sub(lambda m: " " * len(m.group(0)), code)
    return list(_CODE_NUMBER.finditer(masked))


def names_given_numbers(code: str, utterance: str) -> bool:
    """False when the code uses a number that the utterance holds only inside cell references."""
    refs = _ref_only_numbers(utterance)
    return not any(m.group(0) in refs for m in _code_numbers(code))


def number_repairs(code: str, utterance: str) -> list[str]:
    """`code` with its one number taken from a cell reference replaced by the utterance's one
    plain number that the code lacks, as a list (empty when that is not exactly one each)."""
    refs = _ref_only_numbers(utterance)
    found = _code_numbers(code)
    bad = [m for m in found if m.group(0) in refs]
    spare = [n for n in _plain_numbers(utterance) if n not in {m.group(0) for m in found}]
    if len(bad) != 1 or len(spare) != 1:
        return []
    m = bad[0]
    return [f"{code[:m.start()]}{spare[0]}{code[m.end():]}"]


def keeps_to_literals(code: str, utterance: str) -> bool:
    """Whether the code invents neither a text (`names_given_text`) nor a number
    (`names_given_numbers`)."""
    return names_given_text(code, utterance) and names_given_numbers(code, utterance)


def uses_only_named(code: str, utterance: str) -> bool:
    """Whether every number the code writes is one the utterance writes (cell references aside)
    and every text it quotes stands in the utterance: a corpus example that passes brings no
    literal of its own request along."""
    numbers = set(_plain_numbers(utterance))
    if any(_normal_number(m.group(0)) not in numbers for m in _code_numbers(code)):
        return False
    return all(_says(utterance, _text(m)) for m in _code_texts(code))


def literal_repairs(code: str, utterance: str) -> list[str]:
    """The repaired twins of `code`: its text repair, its number repair, and both together."""
    texts = text_repairs(code, utterance)
    both = [fixed for text in texts for fixed in number_repairs(text, utterance)]
    return list(dict.fromkeys(texts + number_repairs(code, utterance) + both))
