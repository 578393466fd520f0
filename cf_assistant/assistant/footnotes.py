"""A request that says its rule in a footnote, said with the footnote in the ask's place.

Some users point from the ask to a note below it: "Highlight the flagged values[1]. [1] Qty
under 5", "mark the usual suspects*  *rows where Status is Late", "highlight these [fn 3]
[fn 3] the Points that is no less than 16", "Shade per footnote 2.  2) where Date is today",
"the rows described in note (a), entire row. (a) Pool reads 'Quarry' exactly". The mark's figure
was read as the rule's ("[fn 3] ... no less than 16" -> 3). `unfootnoted` joins the note to the
ask and takes the marks and the words that point at the note away: "mark the usual suspects:
rows where Status is Late". The mark must stand in the ask and again at the note's start (or the
ask names the note: "footnote 2", "note (a)"); a text without such a pair is left as it is.

The form was seen on the twenty-eighth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_MARK = (r"\*{1,3}|†{1,2}|‡|§|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\[(?:fn\.?\s*|note\s*|footnote\s*)?\w{1,3}\]|"
         r"\((?:[a-h]|\d{1,2})\)|(?<![\w.])(?:\d{1,2}|[a-h])\)")
_NOTE = re.compile(rf"(?:^|(?<=[.!?:;)])\s+|\s{{2,}}|\n\s*)(?P<mark>{_MARK})\s*(?P<note>\S[^\n]*?)\s*$")
_POINTER = re.compile(r"\s*\b(?:as\s+)?(?:in|per|see|described\s+in|noted\s+in|given\s+in|from|under|following)\s+"
                      r"(?:the\s+)?(?:foot)?note\b\s*(?:\(\w{1,2}\)|\[\w{1,3}\]|\d{1,2}\b|[a-h]\b)?"
                      r"|\s*\bfootnote\s*\w{1,2}\b|\s*\b(?:that\s+|which\s+)?(?:meets?|match(?:es)?)\s+(?:the\s+)?"
                      r"condition\b", _I)
_BELOW = re.compile(r"\s*\b(?:described|noted|listed|given|explained|defined)\s+below\b", _I)
_IE = re.compile(r"^(?:i\.?\s?e\.?|that\s+is|namely|viz\.?)[,:]?\s+", _I)


def _key(mark: str) -> str:
    """The mark's name: "[fn 3]" -> "3", "(a)" -> "a", "2)" -> "2", "**" -> "**"."""
    m = re.search(r"\w+$", re.sub(r"[\[\]()]|\b(?:fn|note|footnote)\b\.?", "", mark, flags=_I).strip())
    return m.group(0).lower() if m else mark


def unfootnoted(text: str) -> str:
    """`text` with its footnote's rule joined to the ask (see the module's docstring)."""
    m = _NOTE.search(text)
    if not m or not re.search(r"[A-Za-z]", m.group("note")):
        return text
    ask, mark = text[:m.start()].rstrip(), m.group("mark")
    at = ask.rfind(mark)
    if at >= 0 and (mark[0] in "*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰[" or mark.startswith("(")):
        ask = ask[:at] + ask[at + len(mark):]
    else:
        key = _key(mark)
        named = re.search(rf"\b(?:foot)?note\s*(?:\(|\[)?{re.escape(key)}\b(?:\)|\])?", ask, _I)
        if not named:
            return text
        ask = ask[:named.start()] + "note" + ask[named.end():]
    ask = _BELOW.sub("", _POINTER.sub(" ", ask))
    ask = re.sub(r"\s+([.,;:!?)])", r"\1", re.sub(r"\s{2,}", " ", ask)).strip(" .,;:")
    ask = re.sub(r"^(?:and|then)\s+", "", re.sub(r"\(\s*\)", "", ask).strip(), flags=_I)
    note = _IE.sub("", m.group("note").strip())
    return f"{ask}: {note}"
