"""Literal handling: numbers and quoted texts that the utterance names appear exactly in the code.

`extract(utterance)` lists the utterance's literals in order: numbers (`70,000` counts as 70000)
become slots `<N0>`, `<N1>`, ... and quoted texts (`"..."`, `'...'`, `“...”`) slots `<Q0>`, ....
`to_placeholders(code, lits)` rewrites a training target, replacing each code literal equal to an
utterance literal by its slot; `from_placeholders(code, lits)` substitutes the utterance's literals
back into generated code. With the switch off (the paper's path) none of this runs.
At suggestion time, `names_quoted_text(code, utterance)` says whether a candidate keeps to the
texts the user quoted, and `quote_repairs(code, utterance)` rewrites a candidate whose one text
appears nowhere in the utterance into one that uses the utterance's one quoted text (for codes
that write texts as double-quoted literals, as canonical CF rules do).

This module knows no torch and no language grammar: numbers and texts are found with regular
expressions over plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cf_assistant.tokenizer import NUMBER_SLOTS, QUOTE_SLOTS

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


def _code_texts(code: str) -> list[re.Match]:
    return list(_CODE_TEXT.finditer(code))


def _text(m: re.Match) -> str:
    return m.group(1).replace('""', '"')


def names_quoted_text(code: str, utterance: str) -> bool:
    """False when the utterance quotes a text, the code uses none of its quoted texts, and the
    code writes a text that stands nowhere in the utterance as whole words (an invented text);
    else True."""
    quotes = extract(utterance).quotes
    texts = [_text(m) for m in _code_texts(code)]
    if not quotes or not texts or any(t in quotes for t in texts):
        return True
    return all(_says(utterance, t) for t in texts)


def _says(utterance: str, text: str) -> bool:
    """Whether `text` stands in the utterance as whole words (ignoring case)."""
    return re.search(rf"(?<!\w){re.escape(text)}(?!\w)", utterance, re.IGNORECASE) is not None


def quote_repairs(code: str, utterance: str) -> list[str]:
    """`code` with its one invented text replaced by the utterance's one quoted text, as a list
    (empty when the utterance quotes no text or several, or the code has not exactly one text,
    or that text appears in the utterance)."""
    quotes = extract(utterance).quotes
    found = _code_texts(code)
    if len(quotes) != 1 or len(found) != 1 or names_quoted_text(code, utterance):
        return []
    m = found[0]
    quoted = quotes[0].replace('"', '""')
    return [f'{code[:m.start()]}"{quoted}"{code[m.end():]}']
