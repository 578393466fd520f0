"""A test written in mathematical notation, said in words.

Users with a mathematical bent type set-builder notation, intervals and logic symbols: "Speed ∈
(220, 280)", "Qty ∉ [5, 9]", "{r : r[Fences] = 16}", "{x ∈ Points : rank(x) ≤ 3 (rank 1 = the
smallest Points)}", "Date ∈ [today − 6, today]", "Date = today + 1", "¬(Matcha (g) < 1.5)", "x ≥ 50
∧ x ≤ 90", "Owner = ∅", "Tag: count(x) = 1", "ISERROR(Length) = TRUE". `unnotated` says each in the
words the readers know: an interval by its ends (closed: "between"; open: "greater than ... and less
than ..."), a set by its column and condition, a rank by top or bottom, a day by today's
neighbours ("tomorrow", "in the last 7 days"), ¬ ∧ ∨ ∅ as "not", "and", "or", "blank", a count of one
as unique and of more as duplicates. A text without such notation is left as it is.

The forms were seen on the twenty-sixth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_N = r"-?\d+(?:\.\d+)?"
_INTERVAL = re.compile(rf"\s*(?P<op>∈|∉)\s*(?P<lo>[\[(\]])\s*(?P<a>{_N})\s*[,;]\s*(?P<b>{_N})\s*"
                       r"(?P<hi>[\])\[])")
_DAYS = re.compile(r"\s*(?P<op>∈)\s*\[\s*today\s*-\s*(?P<n>\d+)\s*,\s*today\s*\]", _I)
_DAY = re.compile(r"\s*(?<![=!<>])=(?!=)\s*today\s*(?P<sign>[+-])\s*(?P<n>1)(?![\w.])", _I)
_SET = re.compile(r"\{\s*(?:(?P<v>[a-z])\s*(?:∈|\bin\b)\s*(?P<col>[^:{}]+?)|(?P<r>[a-z]))\s*[:|]\s*"
                  r"(?P<cond>[^{}]+?)\s*\}")
_RANK = re.compile(rf"\brank\(\s*(?P<x>[^()]*(?:\([^()]*\))?[^()]*)\)\s*(?P<op>≤|<=|<)\s*(?P<n>\d+)\s*"
                   r"\(\s*rank\s*1\s*=\s*(?:the\s+)?(?P<way>smallest|lowest|least|largest|highest|biggest|greatest)"
                   r"[^()]*(?:\([^()]*\))?[^()]*\)", _I)
_COUNT = re.compile(r"\bcount\(\s*\w+\s*\)\s*(?P<op>=|==|>|≥|>=)\s*(?P<n>\d+)", _I)
_ISERROR = re.compile(r"\bISERROR\(\s*(?P<col>[^()]*(?:\([^()]*\))?[^()]*)\)\s*=\s*(?P<b>TRUE|FALSE)\b", _I)
_NOT = re.compile(r"¬\s*\(\s*(?P<inner>[^()]*(?:\([^()]*\))?[^()]*)\)|¬\s*")
_EMPTY = re.compile(r"\s*(?P<op>=|≠|!=|==)\s*(?:∅|\{\s*\}|\"\")")
_DAY_WORDS = {"+": "tomorrow", "-": "yesterday"}


def _interval(m: re.Match) -> str:
    a, b, closed = m.group("a"), m.group("b"), (m.group("lo") == "[", m.group("hi") == "]")
    if m.group("op").strip() in ("∉", "not in") or m.group("op").lower().startswith("not"):
        if closed == (True, True):
            return f" not between {a} and {b}"
        return f" {'less than' if closed[0] else 'at most'} {a} or {'greater than' if closed[1] else 'at least'} {b}"
    if closed == (True, True):
        return f" between {a} and {b}"
    return f" {'at least' if closed[0] else 'greater than'} {a} and {'at most' if closed[1] else 'less than'} {b}"


def _ranked(m: re.Match) -> str:
    """"rank(r[Speed]) ≤ 3 (rank 1 = the smallest Speed)" -> "the bottom 3 Speed"."""
    way = "bottom" if m.group("way").lower() in ("smallest", "lowest", "least") else "top"
    x = re.sub(r"^\w\s*\[\s*['\"]?(?P<c>.+?)['\"]?\s*\]$", r"\g<c>", m.group("x").strip())
    return f"the {way} {int(m.group('n')) - (m.group('op') == '<')}" + ("" if re.fullmatch(r"[a-z]", x) else f" {x}")


def _set(m: re.Match) -> str:
    """"{x ∈ Points : x > 3}" -> "Points where x > 3"; "{r : r[Fences] = 16}" -> "rows where
    Fences = 16" (the variable said as its column)."""
    cond, var = m.group("cond"), m.group("v") or m.group("r")
    cond = re.sub(rf"\b{var}\s*\[\s*['\"]?(?P<c>[^\]'\"]+)['\"]?\s*\]", r"\g<c>", cond)
    cond = re.sub(rf"\bISERROR\(\s*{var}\s*\)(?!\s*=)", "with errors", cond, flags=_I).strip()
    if m.group("col") and re.fullmatch(r"the (?:top|bottom) \d+", cond):
        return f"{cond} {m.group('col').strip()}"  # "{x ∈ Points : rank(x) ≤ 3 ...}"
    if m.group("col") and cond == "with errors":
        return f"{m.group('col').strip()} {cond}"  # "{x ∈ Fee : ISERROR(x)}"
    if m.group("col"):
        cond = re.sub(rf"(?<![\w\[]){var}(?![\w\]])", m.group("col").strip(), cond)
        return f"{m.group('col').strip()} where {cond}"
    return "rows where " + re.sub(rf"(?<![\w]){var}(?![\w])", "the value", cond)


_FLIPPED = {"<": "at least", "<=": "greater than", "≤": "greater than", ">": "at most", ">=": "less than",
            "≥": "less than", "=": "not equal to", "≠": "equal to", "!=": "equal to"}


def _negated(m: re.Match) -> str:
    """"¬(Matcha (g) < 1.5)" -> "Matcha (g) at least 1.5" (the comparison turned about; on text and
    blank cells too, Excel's order makes them the same); another ¬ as "not"."""
    inner = m.group("inner")
    if inner is None:
        return "not "
    c = re.fullmatch(rf"\s*(?P<col>.*?)\s*(?P<op><=|>=|!=|[<>=≤≥≠])\s*(?P<v>{_N})\s*", inner)
    return f"{c.group('col')} {_FLIPPED[c.group('op')]} {c.group('v')}".strip() if c else f"not ({inner})"


def unnotated(text: str) -> str:
    """`text` with its mathematical notation said in words (see the module's docstring)."""
    if not re.search(r"[∈∉¬∧∨∅{]|\btoday\s*[+\-−]|\brank\(|\bcount\(|ISERROR\(", text, _I):
        return text
    text = text.replace("−", "-").replace("∧", " and ").replace("∨", " or ")
    text = _RANK.sub(_ranked, text)
    text = _SET.sub(_set, text)
    text = _DAYS.sub(lambda m: f" in the last {int(m.group('n')) + 1} days", text)
    text = _DAY.sub(lambda m: " is " + _DAY_WORDS[m.group("sign")], text)
    text = _INTERVAL.sub(_interval, text)
    text = _COUNT.sub(lambda m: " unique" if m.group("op") in ("=", "==") and m.group("n") == "1" else
                      " duplicates" if int(m.group("n")) >= (1 if m.group("op") in (">",) else 2) else m.group(0), text)
    text = _ISERROR.sub(lambda m: f"{m.group('col').strip()} "
                        f"{'without errors' if (m.group('b') or '').upper() == 'FALSE' else 'with errors'}", text)
    text = _EMPTY.sub(lambda m: " is blank" if m.group("op") in ("=", "==") else " is not blank", text)
    text = _NOT.sub(_negated, text)
    return re.sub(r"\brows\s+rows\b", "rows", re.sub(r"[ \t]{2,}", " ", text)).strip()
