"""A request written as a web address: a query string, a deep link or a route, said in words.

Some users paste the address a tool made for the rule, or write the rule as one:
"?col=Qty&op=lt&value=5", "sheet.example/rules/new?column=Owner%20Name&test=blank",
"app.example/sheets/Jobs/format?field=Fee+(£)&rank=top&percent=20&scope=rows",
"filter=Status%20eq%20Late", "#highlight/score/above/90/whole-row". `unlinked` reads the
address: percent-escapes and "+" undone, the query's keys read as a payload's
(`configs.pairs_said`, with the web's own spellings: "negate=true", "match=all|any",
"target=rows", "format=icon_set", "date=this_week", "op=is_exactly"), a "filter=" expression read
as column, operator and value, and a route's parts read in order ("#highlight/rally-length/
above/15" -> "highlight rally length above 15"); a sheet named by "sheet=" or by a CamelCase part
of the path is said as the sheet ("... in sheet GrapeStomps"). A text that is not wholly one
address, or whose address writes no rule, is left as it is.

The forms were seen on the twenty-ninth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote_plus

from cf_assistant.assistant.configs import _ALIASES, pairs_said
from cf_assistant.assistant.payloads import _ALONE, _OPS, _PERIODS, _key, _value

_ADDRESS = re.compile(r"^(?:https?://)?(?P<path>[\w.\-~%()$£€¥+/]*)(?:\?(?P<query>[^#\s]*))?(?:#(?P<route>\S*))?$")
_FILTER = re.compile(r"^(?:\?)?(?:filter|where|q|query|rule)=(?P<expr>\S+)$", re.IGNORECASE)
_ROW = frozenset({"row", "rows", "entirerow", "wholerow", "fullrow", "entirerows", "wholerows"})
_CELLS = frozenset({"cell", "cells", "cellsonly", "cellonly", "justcells"})
_TEXT_PHRASES = ("is not", "containing", "not containing", "beginning with", "not beginning with", "ending with",
                 "not ending with", "equal to", "not equal to")


def _sheet_in_path(path: str) -> str | None:
    """The part after "sheets/" in the address's path, or a CamelCase part of it
    ("sheets.example.com/GrapeStomps/rules/new")."""
    parts = [unquote_plus(p) for p in path.split("/")[1:] if p]
    after = next((b for a, b in zip(parts, parts[1:]) if a.lower() in ("sheets", "sheet", "tabs", "tab")), None)
    return after or next((p for p in parts if re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+", p)), None)


def _query_said(query: str) -> tuple[str | None, str | None]:
    """(the rule the query's keys write, the sheet it names): `configs.pairs_said`, a key named
    "rule", "name" or "id" being the rule's, not a log's id."""
    return pairs_said(parse_qsl(query, keep_blank_values=True), ids=False)


def _filter_said(expr: str) -> str | None:
    """A filter expression ("Form Score lte 16", "Boat Name is_exactly Orca") said as a request."""
    words = unquote_plus(expr).split()
    for n, word in enumerate(words[1:-1], start=1):
        name = _ALIASES.get(_key(word), _key(word))
        if name in _OPS:
            value = " ".join(words[n + 1:]).strip("'\"")
            return f"highlight {' '.join(words[:n])} cells {_OPS[name][0]} {_value(value)}"
    return None


def _route_said(route: str) -> str | None:
    """A route's parts said in order: "highlight/PizzaTosses/tosses/is_not/Deep/whole-row"."""
    parts = [unquote_plus(p) for p in route.strip("/").split("/") if p]
    if len(parts) < 3 or not re.match(r"(?i)^(?:highlight|mark|flag|format|colou?r|shade|rule)s?$", parts[0]):
        return None
    out, row, sheet = [parts[0]], False, None
    for n, part in enumerate(parts[1:], start=1):
        name = _ALIASES.get(_key(part), _key(part))
        following = parts[n + 1] if n + 1 < len(parts) else ""
        if name in _ROW:
            row = True
        elif name in _CELLS:
            continue
        elif sheet is None and len(out) == 1 and re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+", part):
            sheet = part
        elif name == "ne" and following and not re.match(r"^-?\d", following):
            out.append("is not")  # ("is_not/Deep": a text)
        elif name in _OPS:
            out.append(_OPS[name][0])
        elif name in _PERIODS or name in _ALONE:
            out.append(_PERIODS.get(name) or _ALONE[name][0])
        elif out[-1] in _TEXT_PHRASES and not re.match(r"^-?\d", part):
            out.append(f'"{part}"')
        else:
            out.append(part.replace("-", " ").replace("_", " "))
    said = " ".join(out) + (", entire row" if row else "")
    return f"{said} in sheet {sheet}" if sheet else said


def unlinked(text: str) -> str:
    """`text` said in words where it is wholly a web address that writes a rule (see the module's docstring)."""
    stripped = text.strip().strip("<>`")
    if re.search(r"\s", stripped) or not re.search(r"[?#=]", stripped):
        return text
    m = _FILTER.match(stripped)
    if m:
        return _filter_said(m.group("expr")) or text
    m = _ADDRESS.match(stripped)
    if not m or not (m.group("query") or m.group("route")):
        return text
    said, sheet = _query_said(m.group("query")) if m.group("query") else (None, None)
    if said is None and m.group("route"):
        said = _route_said(m.group("route"))
    if said is None:
        return text
    sheet = sheet or _sheet_in_path(m.group("path") or "")
    return f"{said} in sheet {sheet}" if sheet and " in sheet " not in said else said
