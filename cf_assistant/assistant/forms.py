"""A request written in the form of another kind of message: a TL;DR, a telegram, a recipe.

Some users write a long story and sum it up ("... Anyway, long story. TL;DR: highlight Qty under
5"): the summary is the request and the story goes (`tldr`). Some write like a telegram, in
capitals with STOP between phrases ("SHEET RACES STOP MARK PAPER (GSM) AT MOST 100 STOP JUST THE
CELL NOT THE ROW STOP", "FILLINGS BEGINNING STRAW STOP HIGHLIGHT"): each STOP is a comma (as a
full stop it cut the ask from its test: "SPOKES FITTED TWELVE EXACTLY STOP HIGHLIGHT"), the
sheet's phrase goes and a bare "BEGINNING X" or "ENDING X" is "beginning with X" (`telegram`).
Some write a recipe ("Ingredients: Taps per Bar, a lilac fill. Method: colour any bar with 12 taps
or more. Serves: the advanced class list."): the method is the request, said of the column the
ingredients name, and the serving keeps only what it says of rows or cells (`recipe`).
`unformed` applies the three; a text in none of these forms is left as it is.

The forms were seen on the twenty-seventh sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_TLDR = re.compile(r"(?:^|(?<=[\s.!?]))(?:tl\s*;?\s*dr|tldr)\s*[:;,.\-–—]?\s*"
                   r"(?P<ask>[^\n]+?(?:[.!?](?=\s|$)|(?=\n)|$))", _I)
_STOP = re.compile(r"\s*\bSTOP\b\s*")
_TELEGRAM_SHEET = re.compile(r"^\s*(?:SHEET|TAB)\s+[A-Z0-9&_-]+\s*,\s*")
_BARE_TEXT_TEST = re.compile(r"\b(?P<t>BEGINNING|STARTING|ENDING)\s+(?!WITH\b|IN\b)(?=[A-Z])")
_LABELS = (r"ingredients|you\s+will\s+need|you['’]ll\s+need|needed|method|steps|directions|instructions|serves|serving|"
           r"to\s+serve|yield|makes|recipe|prep(?:aration)?")
_RECIPE_PART = re.compile(rf"(?:^|(?<=[.!?])\s+|(?<=\n))(?P<label>{_LABELS})\b\s*(?:\((?P<sheet>[^)]*)\))?"
                          r"\s*[:.]\s*", _I)
_SCOPE = re.compile(r"\b(?:(?:the\s+)?(?:whole|entire|full)\s+rows?|cells?\s+only|just\s+the\s+cells?|"
                    r"only\s+the\s+cells?|the\s+cells?\s+alone)\b", _I)
_FORMAT_ONLY = re.compile(r"^(?:an?|one|some|the)?\s*(?:\w+\s+)?(?:fill|colou?r|highlight|shade|shading|format|bold|"
                          r"font|border)s?\b", _I)


def tldr(text: str) -> str:
    """The TL;DR of a long message, where it has one; `text` otherwise."""
    m = _TLDR.search(text)
    return m.group("ask").strip() if m and len(m.group("ask").split()) >= 2 else text


def telegram(text: str) -> str:
    """A telegram's phrases as sentences, without the sheet's phrase; `text` without STOP as is."""
    if not re.search(r"\bSTOP\b", text) or sum(c.islower() for c in text) > len(text) // 4:
        return text
    said = _TELEGRAM_SHEET.sub("", _STOP.sub(", ", text).strip(" ,") + ",").strip(" ,")  # (one ask: commas)
    return _BARE_TEXT_TEST.sub(lambda m: f"{m.group('t')} WITH ", said)


def _parts(text: str) -> dict[str, str]:
    marks = list(_RECIPE_PART.finditer(text))
    out = {}
    for m, after in zip(marks, marks[1:] + [None]):
        label = m.group("label").lower()
        kind = ("method" if re.match(r"method|steps|directions|instructions|prep", label) else
                "serves" if re.match(r"serv|to\s+serve|yield|makes", label) else
                "ingredients" if re.match(r"ingredients|you|needed", label) else "title")
        out[kind] = text[m.end(): after.start() if after else len(text)].strip(" .;")
    return out


def recipe(text: str) -> str:
    """A recipe's method said of the column its ingredients name, with the serving's scope."""
    parts = _parts(text)
    method = parts.get("method")
    if not method or "ingredients" not in parts and "serves" not in parts:
        return text
    items = [i.strip() for i in re.split(r",|\band\b", parts.get("ingredients", "")) if i.strip()]
    column = next((re.sub(r"^(?:the|a|an|one)\s+|\s+column(?:\s+(?:of|in|on)\s+\S+)?$", "", i, flags=_I) for i in items
                   if not _FORMAT_ONLY.match(i)), None)
    scope = _SCOPE.search(parts.get("serves", ""))
    said = method if column is None or column.lower() in method.lower() else f"{method} ({column})"
    return f"{said}, {scope.group(0)}" if scope else said


def unformed(text: str) -> str:
    """`text` with a TL;DR, a telegram or a recipe read for its request (see the module's docstring)."""
    return recipe(telegram(tldr(text)))
