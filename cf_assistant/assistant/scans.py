"""A request copied out of a scan or a photographed note: character recognition's slips undone.

Text read from a picture confuses shapes: "0" for "o" ("c0unts", "n0t"), "1" for "l" ("be1ow",
"high1ight"), "I" for "l" ("HighIight"), "5" for "s" ("5hade"), "rn" for "m" ("rnark",
"thern"), "vv" for "w" ("vvhole"), "b" for "h" ("tbe", "eacb"); letters in figures ("6OO",
"l25", "2O"); words broken at a line's end ("high- light", "repea-\\nted") and lines broken
mid-sentence. `unscanned` mends a word only where it is no word the encoder knows and the mended
one is (its WordPiece vocabulary, `spelling.known_words`), and only in a text that shows a
digit's slip mended so ("be1ow"), or two slips of the other shapes ("sbade tbe"; a word broken at
a line's end counts): one "cornet" is no "comet". A code, a unit, an ordinal or a known word with
a number after it ("A1", "H2O", "3rd", "5kg", "top5", "Sheet1") is no slip. In such a text the
letters in a figure are read as digits ("l25" -> 125), a word with digits among its letters that
mends to no known word has them read as the letters they look like ("sha11ower"), the broken
words are joined where the joined word is known, and the lines are one sentence. Quoted literals
are read too: the note's 'b1ack' is black.

The forms were seen on the twenty-fourth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import functools
import itertools
import re

from cf_assistant.diffusion.spelling import known_words

# shapes read for others: (as read, as meant); each occurrence is tried both ways
_SHAPES = (("rn", "m"), ("Rn", "M"), ("vv", "w"), ("0", "o"), ("1", "l"), ("1", "i"), ("5", "s"), ("I", "l"),
           ("l", "i"), ("b", "h"), ("cl", "d"), ("8", "b"))
_STRONG = re.compile(r"[A-Za-z]\d|\d[A-Za-z]|[a-z]I[a-z]|[a-z]I$|[Rr]n|vv|^5[a-z]")
_WORD = re.compile(r"(?<!\w)[A-Za-z0-9][A-Za-z0-9']*[A-Za-z0-9]|(?<!\w)[A-Za-z](?![\w'])")
# a code, a unit or an ordinal, never a slip: "A1", "H2O", "MP3", "3rd", "12pm", "5kg"; nor, as the
# one sign of a scan, a short word led by a digit or a letter or two before digits ("v2", "x10")
_CODE = re.compile(r"^(?:[A-Z0-9]+|\d+(?:st|nd|rd|th|am|pm|k|m|mm|cm|km|kg|g|lbs?|s|x|h|hrs?|min|ml|l|gb|mb|ft|"
                   r"yd|oz|d))$")
_WEAK = re.compile(r"^(?:\d[a-z]{1,3}|[a-z]{1,2}\d+)$")
_READ_AS = str.maketrans("015", "ols")
_FIGURE = re.compile(r"(?<![\w.])(?=[\dOolI,.]*\d)(?=[\dOolI,.]*[OolI])[\dOolI][\dOolI,.]*(?![\w])")
_BROKEN = re.compile(r"(?P<a>[A-Za-z]+)-(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?P<b>[A-Za-z]+)"
                     r"|(?P<c>[A-Za-z]+)-(?P<d>[A-Za-z]+)")
_MAX_SPOTS = 6  # a word with more places to try is left as it is


def _spots(word: str) -> list[tuple[int, str, str]]:
    return [(m.start(), read, meant) for read, meant in _SHAPES for m in re.finditer(re.escape(read), word)]


@functools.lru_cache(maxsize=4096)
def _mended(word: str) -> str | None:
    """`word` with the fewest shapes read back that makes a known word, or None; a known word
    with a number after it ("top5", "Sheet1") is none."""
    words = known_words()
    if word.lower() in words or word.isdigit() or len(word) < 2:
        return None
    if re.fullmatch(r"[A-Za-z]+\d+", word) and re.sub(r"\d+$", "", word).lower() in words:
        return None
    spots = _spots(word)
    if not spots or len(spots) > _MAX_SPOTS:
        return None
    for n in range(1, len(spots) + 1):
        for chosen in itertools.combinations(spots, n):
            starts = sorted(chosen)
            if any(b[0] < a[0] + len(a[1]) for a, b in zip(starts, starts[1:])):
                continue  # overlapping ("rn" and its "n")
            out, at = "", 0
            for start, read, meant in starts:
                out += word[at:start] + meant
                at = start + len(read)
            out += word[at:]
            if out.lower() in words and not any(c.isdigit() for c in out):
                return out[0].upper() + out[1:].lower() if word[0].isupper() else out.lower()
    return None


def _figure(m: re.Match) -> str:
    return m.group(0).translate(str.maketrans("OolI", "0011"))


def unscanned(text: str) -> str:
    """`text` with a scan's slips undone (see the module's docstring); as it is without one."""
    words = [w for w in set(_WORD.findall(text)) if not _CODE.match(w)]
    shown = [w for w in words if re.search(r"\d", w) and _STRONG.search(w) and not _WEAK.match(w) and _mended(w)]
    if not shown and len([w for w in words if _mended(w)]) + len(re.findall(r"[a-z]-\n[a-z]", text)) < 2:
        return text  # (without a digit's slip, two of other shapes: "sbade tbe"; one "cornet" is no "comet")
    text = _FIGURE.sub(_figure, _BROKEN.sub(_joined, text))
    text = _WORD.sub(lambda m: _read(m.group(0)), text)
    return re.sub(r"[^\S\n]*\n[^\S\n]*", " ", text).strip()


def _read(word: str) -> str:
    """A word of a scanned text: mended to a known word, or its digits among letters read as the
    letters they look like ("sha11ower"); a code stays."""
    if _CODE.match(word):
        return word
    mended = _mended(word)
    if mended:
        return mended
    if re.search(r"[a-z]{2}", word, re.I) and re.fullmatch(r"[A-Za-z015']+", word):
        return word.translate(_READ_AS)
    return word


def _joined(m: re.Match) -> str:
    """A word broken at a line's end joined, where the joined word (its slips mended) is known."""
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
    whole = a + b
    if whole.lower() in known_words() or _mended(whole):
        return whole
    return m.group(0)
