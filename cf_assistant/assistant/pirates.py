"""A request in pirate speak, said plainly.

Some users ask for fun: "Arr, mark every Qty below 5, matey", "Hoist the colours on any Owner left
empty, ye scallywag!", "Avast! Highlight the Covers under 40, or it's the plank for ye", "Shiver me
timbers! Paint every Notes cell o' Shows that be holdin' the word 'bend', but leave the rest o' the
row be", "Yo ho! Splash paint across the entire row o' Runs when Cuts be betwixt 8 and 16". The
exclamations were read as texts ("Arr" -> TextEquals("Arr")) and "be", "o'", "holdin'" as nothing
the rule knows. `unpirated` takes the exclamations and the sailor's names for the reader away
("matey", "ye scallywag", "me hearties", "savvy?", "or it's the plank for ye") and says the words
plainly: "o'" is "of", "be" is "is", "betwixt" is "between", "holdin'" is "holding" ("be holdin'" is
"contains"), a leading "paint" is "highlight", "hoist the colours on" and "splash paint across" are
"highlight", "slap data bars on" is "add data bars to", "cursed with an error" is "containing an
error", "but leave the rest o' the row be" is "just the cell". A text with no such exclamation or
word is left as it is.

The words were seen on the thirty-first sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_CUE = re.compile(r"\b(?:arr+|yarr+|avast|ahoy|yo[\s-]+ho|shiver\s+me\s+timbers|matey|mateys|me\s+hearties|"
                  r"scallywags?|landlubbers?|savvy|walk\s+the\s+plank|the\s+plank\s+for\s+ye|"
                  r"hoist\s+the\s+col\w{0,3}rs|splash\s+paint)\b|\bo['’](?=\s)", _I)
_CALLS = re.compile(r"(?:^|(?<=[\s,.;!?]))(?:(?:arr+|yarr+|avast(?:\s+ye)?|ahoy(?:\s+there)?|yo[\s-]+ho(?:[\s-]+ho)?"
                    r"(?:,?\s+me\s+hearties)?|shiver\s+me\s+timbers|blow\s+me\s+down|aye(?:\s+aye)?|blimey"
                    r"|batten\s+down\s+the\s+hatches)\b[,!.]*\s*)+|,?\s*\b(?:or\s+it['’]s\s+the\s+plank\s+for\s+ye|"
                    r"or\s+ye['’]ll\s+walk\s+the\s+plank|or\s+(?:ye\s+)?walk\s+the\s+plank|savvy|(?:my\s+)?mateys?"
                    r"|(?:me\s+)?hearties|ye\s+(?:scurvy\s+)?(?:scallywags?|landlubbers?|bilge\s+rats?|swabs?|"
                    r"sea\s+dogs?|dogs?)|arr+|yarr+)\b[!.?]*", _I)
_WORDS = tuple((re.compile(p, _I), plain) for p, plain in (
    (r"\bhoist\s+the\s+col\w{0,3}rs\s+(?:on|over|upon)\b", "highlight"),
    (r"\bsplash\s+(?:some\s+)?paint\s+(?:across|on|over)\b", "highlight"),
    (r"\b(?:hoist|slap|nail|run)\s+(?P<what>(?:an?\s+)?(?:data\s+bars|colou?r\s+scale|icon\s+set|icons))\s+"
     r"(?:on|over|onto|upon)\b", r"add \g<what> to"),
    (r"\bbe\s+cursed\s+with\s+(?:an?\s+)?errors?\b", "contains an error"),
    (r"\bcursed\s+with\s+(?:an?\s+)?errors?\b", "containing an error"),
    (r"\b(?:be|is)\s+holdin(?:g|['’])?(?![\w'’])", "contains"),
    (r"^\s*paint\b", "highlight"),
    (r"\bbetwixt\b", "between"),
    (r"\bo['’](?=\s)", "of"),
    (r"\bth['’](?=\s)", "the"),
    (r"\b(?P<stem>[a-z]{2,})in['’](?=[\s,.!?]|$)", r"\g<stem>ing"),
    (r"\b(?:but\s+)?(?:leave|let)\s+the\s+rest\s+o(?:f|['’])\s+the\s+row\s+be\b", "just the cell"),
    (r"\b(?:leave|let)\s+(?P<rest>(?:the\s+)?(?:rest|others?)\b[^,.;!?]*?)\s+be\b", r"leave \g<rest>"),
    (r"\bnot\s+be\b", "is not"),
    (r"\bbe\s+not\b", "is not"),
    (r"\bbe\b", "is"),
    (r"\byer\b", "your"),
    (r"\bye\b", "you"),
))


def unpirated(text: str) -> str:
    """`text` said plainly when it is pirate speak (see the module's docstring)."""
    if not _CUE.search(text):
        return text
    said = _CALLS.sub(" ", text)
    for pattern, plain in _WORDS:
        said = pattern.sub(plain, said)
    said = re.sub(r"\s+([,.;!?])", r"\1", re.sub(r"\s{2,}", " ", said)).strip(" ,;")
    return said[:1].upper() + said[1:] if said[:1].islower() and text.strip()[:1].isupper() else said
