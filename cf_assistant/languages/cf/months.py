"""A month named by its name, read as the date period Excel has for it.

Excel's conditional formats know "this month", "last month" and "next month", relative to the day
the sheet is opened; people name the month: "visits booked for July", "orders from May". On a
given day (the request's reference date) a month name that is this month, the one before or the
one after becomes `ThisMonth()`, `LastMonth()` or `NextMonth()` (`named_month`); any other month
has no such rule and is left to the model. A name counts when it follows "in", "for",
"from", "during", "of" or "since", or is a capitalised full name ("may" alone is a verb, "Jan"
alone may be a person, "sheet DEC" is a sheet), and the request names exactly one month and no
other period. Regular expressions; no model.
"""

from __future__ import annotations

import datetime as _dt
import re

_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH = re.compile(r"(?:\b(?P<cue>in|for|from|during|of|since)\s+)?\b(?P<m>" +
                    "|".join(f"{n[:3]}(?:{n[3:]})?" if len(n) > 3 else n for n in _NAMES) +
                    r")\b\.?", re.IGNORECASE)
_PERIOD_WORDS = re.compile(r"\b(?:today|yesterday|tomorrow|week|month|year|days?|quarter)\b|\d{4}",
                           re.IGNORECASE)


def named_month(utterance: str, today: _dt.date) -> str | None:
    """`ThisMonth()`, `LastMonth()` or `NextMonth()` for the one month the request names, when
    it is this month, the last or the next one on `today`; else None."""
    found = {_NAMES.index(next(n for n in _NAMES if n.startswith(m.group("m").lower()[:3])))
             for m in _MONTH.finditer(utterance) if _is_month(m, utterance)}
    if len(found) != 1 or _PERIOD_WORDS.search(utterance):
        return None
    month = found.pop() + 1
    step = (month - today.month) % 12
    return {0: "ThisMonth()", 11: "LastMonth()", 1: "NextMonth()"}.get(step)


def _is_month(m: re.Match, utterance: str) -> bool:
    """A cue before it ("in may"), or a capitalised full name ("July sales"); never a sheet's
    or tab's name ("on sheet DEC") and never a short name without a cue ("Jan" may be a name)."""
    if re.search(r"\b(?:sheet|tab|named|called)\s*$", utterance[:m.start("m")], re.IGNORECASE):
        return False
    word = m.group("m")
    if m.group("cue"):
        return not word.isupper() or len(word) > 3
    return len(word) > 3 and word[0].isupper() and not word.isupper()
