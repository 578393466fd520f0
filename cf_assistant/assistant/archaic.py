"""A request in old-fashioned or Shakespearean English, said in today's words.

Some users write for fun as in an old book: "Mark thou every Qty that lieth beneath 750",
"Prithee, shade each Temp that lieth not betwixt 250 and 320", "Whosoever's Qty falleth beneath
the mean of all, highlight them", "Let each Tag that hath no twin in all the list be coloured",
"every Date that falleth in the week that cometh", "save those that be fewer than 45", "the
uppermost 20 per centum". `modernised` says the old verb forms, pronouns and phrases in today's
words ("lieth beneath" -> "lies below", "hath no twin" -> "is unique", "the week afore this one" ->
"last week", "per centum" -> "percent", "save those that be" -> "except those that are"). A
text without them is left as it is.

The forms were seen on the thirtieth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_BE = re.compile(r"\bbe\b", _I)
_PHRASES = tuple((re.compile(p, _I), plain) for p, plain in (
    (r"^\s*(?:prithee|pray|hark|lo|forsooth|verily|hear\s+ye)\s*[,!]?\s*", ""),
    (r"\b(?:the\s+)?week\s+(?:afore|before)\s+this\s+(?:one|week)\b", "last week"),
    (r"\b(?:the\s+)?week\s+(?:that\s+cometh|to\s+come|next|hereafter|following)\b", "next week"),
    (r"\b(?:the\s+)?month\s+(?:afore|before)\s+this\s+(?:one|month)\b", "last month"),
    (r"\b(?:the\s+)?month\s+(?:that\s+cometh|to\s+come|next|hereafter|following)\b", "next month"),
    (r"\b(?:the\s+)?day\s+(?:afore|before)\s+this\s+(?:one|day)\b", "yesterday"),
    (r"\b(?:the\s+)?(?:day|morrow)\s+(?:that\s+cometh|to\s+come)\b|\bthe\s+morrow\b|\bon\s+the\s+morrow\b", "tomorrow"),
    (r"\b(?:upon\s+)?this\s+very\s+day\b|\bthis\s+day\b(?!\s+or)", "today"),
    (r"\bthis\s+day\s+or\s+one\s+of\s+the\s+(six|6)\s+days\s+afore\s+it\b", "in the last 7 days"),
    (r"\bhath\s+no\s+twin\b(?:\s+in\s+all\s+the\s+(?:list|column|roll))?", "is unique"),
    (r"\bappeareth\s+but\s+once\b", "appears only once"),
    (r"\bhath\s+(?:a\s+)?twins?\b|\bappeareth\s+(?:more\s+than\s+once|twice\s+or\s+more)\b", "is duplicated"),
    (r"\bhath\s+(?:somewhat|aught|something)\s+written\s+(?:therein|thereon|in\s+it)\b", "is not blank"),
    (r"\bhath\s+(?:naught|nought|nothing)\s+written\s+(?:therein|thereon|in\s+it)\b|\bhath\s+no\s+name\b", "is blank"),
    (r"\b(?:the\s+)?mean\s+of\s+(?:all|them\s+all|the\s+whole)\b", "the average"),
    (r"\bper\s+centum\b", "percent"), (r"\buppermost\b", "top"), (r"\bnethermost\b", "bottom"),
    (r"\bbetwixt\b", "between"), (r"\bafore\b", "before"), (r"\bbeneath\b", "below"), (r"\bwithal\b", "also"),
    (r"\bsave\s+(?:those|such)\s+(?:that|as|which)\s+be\b", "except those"),
    (r"\bsave\s+(?:those|such)\s+(?:that|as|which)\b", "except those that"),
    (r"\band\s+(?:naught|nought|nothing)\s+else\b", "exactly"),
    (r",?\s*by\s+its\s+worth\s*,?\s*upon\s+a\s+scale\s+of\s+(?:hues|colours?|colors?)\b", " with a colour scale"),
    (r"\b(?:hath|has)\s+(?P<v>\"[^\"]+\"|'[^']+')\s+at\s+its\s+(?:end|close)\b", r"ends with \g<v>"),
    (r"\b(?:hath|has)\s+(?P<v>\"[^\"]+\"|'[^']+')\s+at\s+its\s+(?:start|beginning|head)\b", r"starts with \g<v>"),
    (r",?\s*the\s+ends\s+(?:-?[\d,.]+\s+and\s+-?[\d,.]+\s+)?being\s+(?:within|included|inside|counted)\b", ""),
    (r"\bexcepting\s+(?:those|such)\s+(?:that|as|which)\b", "except those that"),
    (r"\bwhosoever['’]s\s+(?P<what>.+?),\s*(?P<ask>highlight|mark|shade|colou?r|flag)\s+(?:them|it|those|"
     r"(?P<row>their\s+(?:whole\s+|entire\s+)?rows?))\b",
     lambda m: f"{m.group('ask')} where {_BE.sub('is', m.group('what'))}" + (", whole row" if m.group("row") else "")),
    (r"(?P<c>[A-Z][\w()$£€]*|\))\s+be\s+(?=(?:no|not|fewer|less|more|greater|above|below|over|under|exactly|equal|in|"
     r"the|one|between|among|amongst|within)\b)", r"\g<c> is "),
    (r"\b(?:mark|shade|colou?r|highlight|flag)\s+thou\b", lambda m: m.group(0).split()[0]),
    (r"\bthou\s+", ""), (r"\bthee\b", "you"), (r"\bthine\b|\bthy\b", "your"),
    (r"\b(?:that|which|as)\s+be\b", lambda m: m.group(0).split()[0] + " is"),
    (r"\b(?:doth|dost)\s+(?P<v>\w+)", r"\g<v>s"), (r"\bhath\b", "has"),
    (r"\bequalleth\b", "equals"), (r"\bwheresoever\b", "wherever"),
))
# verbs in -eth: "lieth" -> "lies", "falleth" -> "falls", "containeth not" -> "does not contain"
_NOT_ETH = re.compile(r"\b(?P<stem>[a-z]+?|[A-Z]+?)(?:eth|ETH)\s+(?:not|NOT)\b")  # ("Kenneth" is a name)
_ETH = re.compile(r"\b(?P<stem>[a-z]+?|[A-Z]+?)(?:eth|ETH)\b")
_STEMS = {"li": "lie", "di": "die", "go": "go", "do": "do", "ris": "rise", "com": "come", "clos": "close", "us": "use",
          "mak": "make", "tak": "take", "giv": "give", "hav": "have", "mov": "move", "los": "lose", "chang": "change",
          "receiv": "receive", "surpass": "surpass", "exceed": "exceed", "declin": "decline", "aris": "arise",
          "plac": "place", "stor": "store", "sav": "save", "compar": "compare", "shin": "shine", "includ": "include",
          "continu": "continue", "pleas": "please", "appear": "appear", "tim": "time", "nam": "name", "scor": "score"}
_SHORT_ETH = frozenset({"beth", "seth", "teeth", "BETH", "SETH", "TEETH"})


def _verb(stem: str) -> str:
    """The plain verb of an -eth form's stem: "li" -> "lie", "fall" -> "fall", "exceed" -> "exceed"."""
    return _STEMS.get(stem.lower(), stem)


def modernised(text: str) -> str:
    """`text` with its old verb forms, pronouns and phrases said in today's words (see the module's docstring)."""
    if not re.search(r"\b(?:[a-z]+eth|[A-Z]+ETH)\b|(?i:\b(?:thou|thee|thy|hath|doth|betwixt|afore|prithee|whosoever|"
                     r"per\s+centum|wheresoever|(?:that|which)\s+be)\b)", text):
        return text
    out = text
    for pattern, plain in _PHRASES:
        out = pattern.sub(plain, out)
    out = _NOT_ETH.sub(lambda m: m.group(0) if m.group(0).split()[0] in _SHORT_ETH else
                       f"does not {_verb(m.group('stem').lower())}", out)
    out = _ETH.sub(lambda m: m.group(0) if m.group(0) in _SHORT_ETH or len(m.group("stem")) < 2 else
                   _plural(_verb(m.group("stem").lower())), out)
    for pattern, plain in _PLAIN_AFTER:
        out = pattern.sub(plain, out)
    return re.sub(r"[^\S\n]{2,}", " ", out).strip()


# what the -eth forms become, said plainly: "does not rise above 150" -> "is at most 150"
_PLAIN_AFTER = tuple((re.compile(p, _I), plain) for p, plain in (
    (r"\bdoes\s+not\s+(?:rise|go|climb|reach)\s+(?:above|over|beyond)\b", "is at most"),
    (r"\bdoes\s+not\s+(?:fall|drop|sink|go)\s+(?:below|under|beneath)\b", "is at least"),
    (r"\bdoes\s+not\s+lie\s+(?=between|within|in\b|outside)", "is not "),
))


def _plural(verb: str) -> str:
    """The verb's third person: "lie" -> "lies", "fall" -> "falls", "go" -> "goes", "reach" -> "reaches"."""
    return verb + ("es" if re.search(r"(?:s|sh|ch|x|z|o)$", verb) else "s")
