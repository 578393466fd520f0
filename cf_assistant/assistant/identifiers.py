"""A request written as a programmer's identifier or slug, said in words.

Some users name the rule the way they would name a function or a file: camelCase
("highlightQtyUnder5", "markOpponentStartsWithTchouk"), snake_case ("flag_blank_owner"),
kebab-case ("shade-bowls-sold-not-lt-60"), SCREAMING_SNAKE ("FLAG_BALES_CUT_EQUALS_100"), at
times after the sheet's name ("cardHouses.FlagRowsWhereStoreysOver11",
"cup_stacks/flag_rows_where_cups_below_12_or_above_28"). `unslugged` writes such a request as
words: the pieces apart ("highlight Qty Under 5"), a short operator before a figure in words
("Lt 15" -> "less than 15", "Ne 30" -> "not equal to 30", "Incl" -> "inclusive"), a text test's
value in quotes ('Opponent starts with "Tchouk"') and the sheet said as a sheet ("... in sheet
Card Houses"). A text that is not wholly one identifier, or names neither an ask nor a test, is
left as it is; so are texts with spaces.

The form was seen on the twenty-eighth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.payloads import _OPS

_I = re.IGNORECASE
_SHAPE = re.compile(r"^[`'\"]?(?P<id>[A-Za-z][A-Za-z0-9_./%\-]*[A-Za-z0-9%])(?:\(\))?[`'\"]?;?$")
_ASKS = frozenset({"highlight", "mark", "flag", "shade", "colour", "color", "format", "fill", "paint", "tint", "bold",
                   "apply", "show", "emphasise", "emphasize", "add", "put", "give"})
_TESTS = frozenset({"under", "over", "above", "below", "lt", "gt", "lte", "gte", "le", "ge", "eq", "ne", "neq",
                    "equals", "equal", "contains", "containing", "starts", "begins", "ends", "ending", "starting",
                    "between", "outside", "blank", "blanks", "empty", "top", "bottom", "duplicate", "duplicates",
                    "unique", "error", "errors", "average", "today", "yesterday", "tomorrow", "least", "most", "is"})
# function words, said in lower case ("GreaterThan" -> "greater than")
_PLAIN = frozenset({"with", "where", "rows", "cells", "in", "and", "or", "not", "to", "than", "of", "the", "percent",
                    "this", "last", "next", "days", "week", "month", "range", "inclusive", "at", "no", "row", "greater",
                    "less", "fewer", "more", "equal", "cell", "non", "on", "data", "bars", "bar", "icon", "set",
                    "scale"})
# short operators before a figure
_SHORT = {name: _OPS[name][0] for name in ("lt", "gt", "lte", "le", "gte", "ge", "eq", "ne", "neq")} | {
    "btw": "between", "btwn": "between"}
_WORDS = {"incl": "inclusive", "pct": "percent", "avg": "average", "dupes": "duplicates", "dup": "duplicate",
          "w": "with"}
# a text test whose value ends the identifier: the value goes in quotes
_TEXT_TEST = re.compile(r"\b(?P<test>(?:not\s+|does\s+not\s+|doesnt\s+)?(?:starts?\s+with|starting\s+with|"
                        r"begins?\s+with|"
                        r"beginning\s+with|ends?\s+with|ending\s+(?:with|in)|contains?|containing|"
                        r"not\s+containing|equals|is(?:\s+not)?))\s+(?P<value>[A-Za-z][A-Za-z ]*)$", _I)
_NO_VALUE = frozenset({"blank", "blanks", "empty", "not", "above", "below", "over", "under", "greater", "less", "at",
                       "in", "between", "outside", "duplicate", "duplicated", "duplicates", "unique", "error", "errors",
                       "today", "yesterday", "tomorrow", "this", "last", "next", "top", "bottom", "before", "after",
                       "on", "missing", "a", "an", "the", "within", "from", "no", "more", "fewer", "equal", "one"})


def _pieces(name: str) -> list[str]:
    """The words of an identifier: "markTeamScoreLt15" -> mark, Team, Score, Lt, 15."""
    name = re.sub(r"[_\-/]+|\.(?!\d)|(?<!\d)\.", " ", name)  # (a point between figures stays: 42.5)
    name = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)
    name = re.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z%])", " ", name)
    return name.split()


def _said(pieces: list[str]) -> str:
    out = []
    for n, piece in enumerate(pieces):
        low = piece.lower()
        figure_next = n + 1 < len(pieces) and re.match(r"\d", pieces[n + 1]) is not None
        if low in _SHORT and figure_next:
            out.append(_SHORT[low])
        elif low in _WORDS:
            out.append(_WORDS[low])
        elif low in _ASKS or low in _TESTS or low in _PLAIN:
            out.append(low)
        else:
            out.append(piece)
    text = re.sub(r"\bnon (?=\w)", "non-", " ".join(out))  # ("NonBlank" -> "non-blank")
    m = _TEXT_TEST.search(text)
    if m and m.group("value").split()[0].lower() not in _NO_VALUE and not (
            m.group("test").lower().startswith("is") and len(m.group("value").split()) > 2):
        text = f'{text[:m.start("value")]}"{m.group("value")}"'
    return text


def unslugged(text: str) -> str:
    """`text` in words where it is wholly one identifier or slug (see the module's docstring)."""
    m = _SHAPE.match(text.strip())
    if not m or not re.search(r"[a-z][A-Z]|[_\-]|[A-Za-z]\d", m.group("id")):
        return text
    name, sheet = m.group("id"), None
    split = re.match(r"^(?P<sheet>[A-Za-z][A-Za-z0-9_\-]*)[./](?P<rest>[A-Za-z].*)$", name)
    if split and _pieces(split.group("rest"))[0].lower() in _ASKS:
        sheet, name = split.group("sheet"), split.group("rest")
    pieces = _pieces(name)
    if name.isupper() or not re.search(r"[a-z]", name):
        pieces = [p.lower() for p in pieces]
    lows = {p.lower() for p in pieces}
    if len(pieces) < 3 or not lows & _ASKS and not lows & _TESTS:
        return text
    said = _said(pieces)
    if sheet:
        said += " in sheet " + " ".join(p[:1].upper() + p[1:] for p in _pieces(sheet))
    return said
