"""How Excel/LibreOffice order and equate texts in Cell Value comparisons (`<`, `>=`, `=`).

LibreOffice Calc compares texts with the locale's collator, case-insensitively: the ICU root
collation (Unicode's UCA/DUCET order) at secondary strength. This module imitates it with
`unicodedata` only (no ICU), from tables measured against LibreOffice 7.4
(tests/cf/test_collation.py holds measured pairs and re-measures them where `soffice` is installed):

- `<`, `>`, `<=`, `>=` use `sort_key`: each character becomes collation elements
  (primary, secondary). Primaries order classes as whitespace < punctuation < symbols < currency
  < digits < letters; letters are ordered by alphabet and script (Latin < Greek < Cyrillic <
  Georgian < Armenian < Hebrew < Arabic < Ethiopic < Indic < Thai < Hangul < Kana < Han).
  Case is ignored (a tertiary difference); accents are secondary differences, compared only when
  all primaries are equal, left to right ("cote" < "coté" < "côte" < "côté"); compatibility forms
  (full-width, superscripts, ligatures, NBSP) equal their plain forms; format characters (soft
  hyphen, zero-width space) are ignored, but the empty text sorts before any non-empty text.
  Some letters are expansions (æ = a,e; œ = o,e; ß = s,s with a secondary mark: "ss" < "ß" < "st")
  and some are letters of their own (ı after i, ŋ after n, þ after z, й after и).
- `=` and `<>` use `fold`: LibreOffice's case-insensitive equality, which neither normalises nor
  ignores anything: "a" = "A", "ς" = "σ", "ﬁ" = "FI", "ı" = "I", but "a" <> "á", "ß" <> "ss",
  "b" <> "ｂ" even though "b" and "ｂ" are neither < nor > each other.

Known approximations (unmeasured or too large to tabulate): Han characters are ordered by code
point (LibreOffice uses radical-stroke order, which agrees inside the main CJK block but places
Extension A characters among them); scripts not listed above go by code point between Kana and
Han; punctuation and symbols outside ASCII, Latin-1, General Punctuation and Currency go by code
point within their class. Excel on Windows uses its own (NLS) collation, which for example ignores
hyphens and apostrophes; the project's reference is LibreOffice.

This module knows nothing of cells, rules or execution.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import numpy as np

WHITESPACE, PUNCTUATION, SYMBOL, CURRENCY, DIGIT, LETTER = range(1, 7)
_GROUP_SHIFT = 1 << 40
_SCRIPT_SHIFT = 1 << 22

# Measured LibreOffice order of the non-decomposable punctuation, symbols and currency signs of
# ASCII, Latin-1, General Punctuation, Currency Symbols and a few common others. Each character's
# class comes from its Unicode category; within a class these come first, in this order.
_TABLE = (
    "‾_‗-‐‒–—―⁓・,、;⁏:!¡?¿‽.。·⁕⁖⁘⁙⁚⁛⁜⁝⁞'‘’‚‛‹›\"“”„‟«»()[]{}⁅⁆〈〉《》「」【】‖§¶⁋@*⁎⁑/\\&⁊#%‰‱†‡"
    "•‣‧⁃⁌⁍′‵‸※‿⁔⁀⁐⁁⁂`´΄˜^¯˘˙¨΅˚˝¸˛゛゜ʹʺ˂˃˄˅ˆˇˈˉˊˋˌˍˎˏ˒˓˔˕˖˗˞˟˥˦˧˨˩˪˫ˬ˭˯˰˱˲˳˴˵˶˷˸˹˺˻˼˽˾˿°©®←→↑↓↔"
    "∑+±÷×<=>¬|¦~−⁒⁄√∞≈≤≥"
    "¤¢$£¥₠₡₢₣₤₥₦₧₩₪₫€₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿⃀"
)
_LATE_SYMBOLS = "ːˑ々〻〱〲〳〴〵ゝーヽ"  # after every other symbol, before the currency signs
_TABLE_INDEX = {c: i for i, c in enumerate(_TABLE)} | {
    c: (1 << 30) + i for i, c in enumerate(_LATE_SYMBOLS)}
_WHITESPACE_ORDER = "\t\n\x0b\x0c\r\x85\u2028\u2029 "

# Measured order of the Latin letters that are primary letters of their own (IPA and the like
# placed after their base letter; a-z among them).
_LATIN = (
    "aɐɑɒbʙƀɓƃcȼƈɕdȸʣʥʤɖɗƌȡẟeɇǝəɛɘɚɜɝɞʚɤfʩƒgɡɢǥɠʛɣƣhʜƕɦɧʻʽiıɪɨɩjȷɉʝɟʄkƙʞlỻʪʫʟƚɫɬɭȴɮƛʎmɱnɴɲƞɳȵŋ"
    "oɶɔɵɷȣpƥɸqȹʠɋĸrʀɍɹɺɻɼɽɾɿʁsʂȿẜẝʃƪʅʆtʨʦƾʧŧƫƭʈȶʇuʉɥʮʯɯɰʊvʋỽʌwʍxyʏɏƴỿȝzƍƶȥʐʑɀʒƹƺʓþƿƨƽƅɂˀʼʕ"
    "ʡʢʖʗʘʬʭ"
)
_CYRILLIC = (
    "аәӕбвгґғӻҕӷдђҙеєжҗзѕӡиҋійјкқӄҡҟҝлӆљмӎнӊңӈҥњоөпҧҁрҏсҫтҭћуүұѹфхӽӿҳһѡѿѽѻцҵчҷӌҹҽҿџшщъыьҍѣэ"
    "юяѥѧѫѩѭѯѱѳѵҩӏ"
)
_LETTER_INDEX = {c: i for i, c in enumerate(_LATIN)} | {c: i for i, c in enumerate(_CYRILLIC)}

# Measured secondary order of combining marks (marks in one string weigh the same).
_MARKS = (
    "\u0332", "\u0313\u0343\u0486", "\u0314\u0485", "\u0301\u0341", "\u0300\u0340", "\u0306",
    "\u0302", "\u030c", "\u030a", "\u0342", "\u0308", "\u0344", "\u030b", "\u0303", "\u0307",
    "\u0338", "\u0327", "\u0328", "\u0304",
    "\u030d\u030e\u0312\u0315\u031a\u033d\u033e\u033f\u0346\u034a\u034b\u034c\u0350\u0351\u0352"
    "\u0357\u035b\u035d\u035e\u0484\u0487",
    "\u0316\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0329\u032a\u032b\u032c\u032f\u0333"
    "\u033a\u033b\u033c\u0347\u0348\u0349\u034d\u034e\u0353\u0354\u0355\u0356\u0359\u035a\u035c"
    "\u035f\u0362",
    "\u0336\u0337", "\u3099", "\u309a", "\u0335", "\u0305", "\u0309", "\u030f", "\u0310", "\u0311",
    "\u031b", "\u0321", "\u0322", "\u0323", "\u0324", "\u0325", "\u0326", "\u032d", "\u032e",
    "\u0330", "\u0331", "\u0334", "\u0339", "\u0345", "\u0358", "\u0360", "\u0361", "\u0483",
    "\u0363", "\u0368", "\u0369", "\u0364", "\u036a", "\u0365", "\u036b", "\u0366", "\u036c",
    "\u036d", "\u0367", "\u036e", "\u036f",
)
_MARK_WEIGHT = {m: 2 * (i + 1) for i, group in enumerate(_MARKS) for m in group}
_UNKNOWN_MARK = 2 * len(_MARKS) + 2
_EXPANSION_MARK = _UNKNOWN_MARK + 2  # the secondary between the two halves of æ, œ, ß

# Letters that are a base letter plus a secondary difference although Unicode does not decompose
# them (measured: "øa" < "ob"), and letters that expand to two primaries.
_STROKED = {
    "ø": ("o", _MARK_WEIGHT["\u0338"]), "đ": ("d", _MARK_WEIGHT["\u0335"]),
    "ħ": ("h", _MARK_WEIGHT["\u0335"]), "ł": ("l", _MARK_WEIGHT["\u0335"]),
    "ð": ("d", _MARK_WEIGHT["\u0335"] + 1), "ŀ": ("l", _MARK_WEIGHT["\u0335"] + 1),
}
_EXPANSIONS = {"æ": "ae", "œ": "oe", "ß": "ss"}
_SAME_PRIMARY = {"ς": "σ"} | {chr(c): chr(c + 1) for c in (
    0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E)}  # small kana
_KEEP_WHOLE = {"й"}  # LibreOffice sorts й as a letter of its own, not as и + breve
_IGNORABLE = {"\u034f", "\u0640"}

# Scripts in the measured order, as code point ranges (Latin is rank 0, Han last).
_SCRIPTS = (
    ((0x370, 0x3FF), (0x1F00, 0x1FFF)),  # Greek
    ((0x2C80, 0x2CFF),),  # Coptic
    ((0x400, 0x52F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)),  # Cyrillic
    ((0x10A0, 0x10FF), (0x2D00, 0x2D2F)),  # Georgian
    ((0x530, 0x58F),),  # Armenian
    ((0x590, 0x5FF),),  # Hebrew
    ((0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),  # Arabic
    ((0x1200, 0x139F), (0x2D80, 0x2DDF)),  # Ethiopic
    ((0x900, 0xDFF),),  # Indic scripts, Devanagari first
    ((0xE00, 0xE7F),),  # Thai
    ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF)),  # Hangul
    ((0x3040, 0x30FF), (0x31F0, 0x31FF)),  # Hiragana and Katakana
)
_LATIN_RANGES = ((0x0, 0x2FF), (0x1D00, 0x1DBF), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F),
                 (0xA720, 0xA7FF))
_HAN_RANGES = ((0x2E80, 0x2FDF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
               (0x20000, 0x3FFFF))
_OTHER_SCRIPTS = len(_SCRIPTS) + 1
_HAN = len(_SCRIPTS) + 2


def _in(cp: int, ranges) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def _script(cp: int) -> int:
    if _in(cp, _LATIN_RANGES):
        return 0
    for rank, ranges in enumerate(_SCRIPTS, start=1):
        if _in(cp, ranges):
            return rank
    return _HAN if _in(cp, _HAN_RANGES) else _OTHER_SCRIPTS


def _letter_primary(c: str) -> int:
    cp = ord(c)
    if 0x30A1 <= cp <= 0x30F6:  # katakana sorts with hiragana
        cp -= 0x60
        c = _SAME_PRIMARY.get(chr(cp), chr(cp))
        cp = ord(c)
    script = _script(cp)
    within = _LETTER_INDEX.get(c, 1000 + cp)
    return LETTER * _GROUP_SHIFT + script * _SCRIPT_SHIFT + within


def _class(c: str) -> int:
    category = unicodedata.category(c)
    if category == "Lm" and c in _TABLE_INDEX:  # spacing modifiers, iteration marks, ー
        return SYMBOL
    if category[0] == "Z" or c in _WHITESPACE_ORDER:
        return WHITESPACE
    if category[0] == "P":
        return PUNCTUATION
    if category == "Sc":
        return CURRENCY
    if category[0] == "S":
        return SYMBOL
    if category[0] == "N":
        return DIGIT
    return LETTER


def _primary(c: str) -> int:
    group = _class(c)
    if group == WHITESPACE:
        sub = _WHITESPACE_ORDER.find(c)
        return WHITESPACE * _GROUP_SHIFT + (sub if sub >= 0 else len(_WHITESPACE_ORDER) - 1)
    if group == DIGIT:
        value = unicodedata.digit(c, None)
        return DIGIT * _GROUP_SHIFT + (value if value is not None else 100 + ord(c))
    if group == LETTER:
        return _letter_primary(c)
    return group * _GROUP_SHIFT + _TABLE_INDEX.get(c, 1000 + ord(c))


@lru_cache(maxsize=65536)
def _elements(c: str) -> tuple[tuple[int, int], ...]:
    """The collation elements (primary, secondary) of one lower-case character; 0 = none."""
    c = _SAME_PRIMARY.get(c, c)
    if c in _KEEP_WHOLE or c in _TABLE_INDEX:
        return ((_primary(c), 0),)
    if c in _EXPANSIONS:
        first, second = _EXPANSIONS[c]
        return ((_primary(first), 0), (0, _EXPANSION_MARK), (_primary(second), 0))
    if c in _STROKED:
        base, weight = _STROKED[c]
        return ((_primary(base), 0), (0, weight))
    parts = unicodedata.normalize("NFKD", c)
    if parts != c:
        parts = unicodedata.normalize("NFKD", parts.lower())
        return tuple(e for p in parts for e in _elements(p))
    category = unicodedata.category(c)
    if c in _IGNORABLE or category in ("Cf", "Cs", "Co") or (
            category == "Cc" and c not in _WHITESPACE_ORDER):
        return ()
    if category[0] == "M":
        return ((0, _MARK_WEIGHT.get(c, _UNKNOWN_MARK)),)
    return ((_primary(c), 0),)


def _encode(elements: tuple[tuple[int, int], ...]) -> tuple[str, str]:
    """Elements as two strings whose code point order is the weights' order: each primary as
    three characters (15 bits each), each secondary as one; all above the separator U+0001."""
    primaries = "".join(chr((p >> 30) + 2) + chr((p >> 15 & 0x7FFF) + 2) + chr((p & 0x7FFF) + 2)
                        for p, _ in elements if p)
    return primaries, "".join(chr(s + 2) for _, s in elements)


class _Weights(dict):
    """str.translate table: code point -> the encoded primaries (or secondaries) of the character,
    computed on first use."""

    def __init__(self, part: int):
        super().__init__()
        self.part = part

    def __missing__(self, cp: int) -> str:
        value = _encode(_elements(chr(cp)))[self.part]
        self[cp] = value
        return value


_PRIMARIES, _SECONDARIES = _Weights(0), _Weights(1)


def sort_key(text: str) -> str:
    """A key whose order is LibreOffice's order of texts under `<`/`>` (ties = neither is less).

    UCA at secondary strength: all primaries first, then all secondaries, then "is not empty".
    """
    lower = text.lower()
    return (lower.translate(_PRIMARIES) + "\x01" + lower.translate(_SECONDARIES) + "\x01"
            + ("\x02" if text else "\x01"))


_FOLD = {"ß": "ß", "ẞ": "ß", "ı": "i"}


def fold(text: str) -> str:
    """The text LibreOffice's `=` compares: case folded (keeping ß), nothing else changed."""
    if text.isascii():
        return text.lower()
    return "".join(_FOLD.get(c) or c.casefold() for c in text)


def keys(texts: np.ndarray) -> np.ndarray:
    """`sort_key` of every entry of a str array (computed once per distinct text), as a str array
    whose numpy order is the collation order."""
    if texts.size == 0:
        return np.zeros(texts.shape, dtype="<U1")
    distinct, inverse = np.unique(texts, return_inverse=True)
    return np.array([sort_key(t) for t in distinct.tolist()])[inverse.reshape(texts.shape)]


def ranks(texts: np.ndarray) -> np.ndarray:
    """Dense collation ranks of a str array (equal rank = neither is less)."""
    return dense_ranks(keys(texts))


def dense_ranks(sort_keys: np.ndarray) -> np.ndarray:
    """Dense ranks of an array of `keys`."""
    if sort_keys.size == 0:
        return np.zeros(sort_keys.shape, dtype=np.int64)
    return np.unique(sort_keys, return_inverse=True)[1].reshape(sort_keys.shape)


def non_ascii(texts: np.ndarray) -> np.ndarray:
    """Which entries of a numpy str array hold a character outside ASCII."""
    width = texts.dtype.itemsize // 4
    if width == 0:
        return np.zeros(texts.shape, dtype=bool)
    codes = np.ascontiguousarray(texts).view(np.uint32).reshape(texts.shape + (width,))
    return (codes > 127).any(axis=-1)


def folded(lowered: np.ndarray) -> np.ndarray:
    """`fold` of every entry of an already lower-cased str array (ASCII entries are their own
    fold, the others are folded once per distinct text)."""
    out = lowered.astype(str, copy=True)
    odd = non_ascii(out)
    if odd.any():
        distinct, inverse = np.unique(out[odd], return_inverse=True)
        out = out.astype(object)
        out[odd] = np.array([fold(t) for t in distinct.tolist()], dtype=object)[inverse.reshape(-1)]
        out = out.astype(str)
    return out
