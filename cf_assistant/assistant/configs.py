"""A request written as a configuration file or a log line, said in words.

Some users write the rule the way their tools store or log it: an INI section ("[highlight]
column = Qty op = lte value = 600"), a TOML inline table ('rule = { column = "Owner", test =
"blank" }'), environment variables ('HIGHLIGHT_COLUMN="Qty" HIGHLIGHT_AT_LEAST=35'), a YAML block
under a "highlight:" key, or a log line ("2025-02-17T16:30Z level=info action=highlight
column=Qty at_least=200", "2023-09-29T11:05Z sheetwatch[977]: warn: highlight Qty not below
150", '[WARN] flag entire row: Qty lt 31 (sheet Jobs)', 'level=warn msg="highlight cells where
Notes not blank" sheet=Jobs'). The log's time stamps, process names, levels and rule ids were
read as the rule's figures and words ("2025" as a rank). `unconfigured` takes them away and reads
the keys as a payload's (`pairs_said`: the column, an operator named by its key or by "op"/"test",
"A..B" ranges, "negate", "match=any", ranks, date periods, the scope and the sheet; a "cond"
expression such as "NOT (gt 90)", "date in last_month" or "== 4.5"), or keeps the log's message.
`pairs_said` also reads a web address's query (`urls`). A text that is none of these is left as
it is.

The forms were seen on the thirtieth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.payloads import _ALONE, _OPS, _PERIODS, _RANGES, _key, mapping_said, parsed

_I = re.IGNORECASE
_ALIASES = {"isexactly": "exactly", "is": "equals", "isnot": "ne", "isnt": "ne", "not": "ne", "equalstext": "exactly",
            "textequal": "exactly", "maxexclusive": "lt", "minexclusive": "gt", "maxinclusive": "atmost",
            "mininclusive": "atleast", "iserror": "errors", "isblank": "blank", "nonblank": "notblank"}
_SCOPES = frozenset({"target", "apply", "scope", "applyto", "highlightscope", "highlight"})
_VISUALS = {"iconset": "an icon set", "icons": "an icon set", "databar": "data bars", "databars": "data bars",
            "colorscale": "a colour scale", "colourscale": "a colour scale", "heatmap": "a colour scale"}
_DROPPED = frozenset({"ts", "time", "timestamp", "level", "lvl", "severity", "action", "host", "pid", "logger",
                      "id", "name", "rule", "ruleid", "event", "source", "user", "inclusive", "ends",
                      "boundsinclusive", "bounds", "caseinsensitive", "priority", "color", "colour",
                      "fill", "stopiftrue"})
_COLUMN_KEYS = ("column", "col", "field", "header", "columnname")
_RANGE_VALUE = re.compile(r"^\s*\[?\s*(?P<a>-?\d[\d,.]*?)\s*(?:\.\.|–|-|to|,)\s*(?P<b>-?\d[\d,.]*)\s*\]?\s*$")
_PAIR = re.compile(r"(?<![\w.\-])(?P<k>[A-Za-z_][\w.\-]*)[^\S\n]*[=:][^\S\n]*"
                   r"(?P<v>\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
                   r"[^\s,{}\[\]=]+(?:[^\S\n]+(?![A-Za-z_][\w.\-]*[^\S\n]*[=:])[^\s,{}=]+)*)(?![\w=:])")
_LABELS = re.compile(r"\b(?:highlight|rule|format|config|settings|cf)\b|[\s\[\](){},;:=]+", _I)
_STAMP = re.compile(r"^\s*(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?Z?|"
                    r"[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}(?::\d{2})?)\s+(?:[\w.\-]+\[\d+\]:\s*)?")
_LEVEL = re.compile(r"^\s*(?:(?:trace|debug|info|notice|warn|warning|error|critical)\s*:|"
                    r"\[(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\]|"
                    r"(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\b)\s*", _I)
_BRACKETED_LEVEL = re.compile(r"^\s*\[(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\]\s*")
_MESSAGE = re.compile(r"\bmsg\s*=\s*\"(?P<m>.*)\"(?=\s+[A-Za-z_]\w*=|\s*$)|\bmsg\s*=\s*'(?P<n>[^']*)'")
_SHORT_OP = re.compile(r"\b(?P<op>lt|gt|lte|gte|le|ge|eq|ne|neq|starts_with|ends_with|not_contains|contains|"
                       r"begins_with|is_exactly)\b(?=\s+(?:-?\d|['\"]))")


def _scope_row(value: str) -> bool:
    return _key(value) in ("row", "rows", "entirerow", "wholerow", "fullrow", "entirerows")


def _condition(keys: dict, cond: str) -> None:
    """A "cond" expression read into `keys`: "NOT (gt 90)", "date in last_month", "== 4.5", "iserror"."""
    m = re.match(r"^\s*NOT\s*(?:\((?P<inner>.*)\)|\s(?P<bare>[^()]+))\s*$", cond, _I)
    if m:
        keys["negate"], cond = "true", m.group("inner") or m.group("bare")
    cond = re.sub(r"\s*\([^()]*\)\s*$", "", cond.strip())  # ("in next week (sun-sat)")
    m = re.match(r"^(?:(?:date\s*)?(?:in|=|is)\s*|when\s*=\s*)(?:the\s+)?(?P<p>\w+(?:[\s_]\w+){0,2})$", cond, _I)
    if m and _key(m.group("p")) in _PERIODS:
        keys["when"] = m.group("p")
        return
    m = re.match(r"^count\s*>\s*1$", cond, _I)
    if m:
        keys["op"] = "duplicates"
        return
    m = re.match(r"^(?P<op>[<>=!]=?|<>|[A-Za-z_]+)\s*(?P<v>.+)?$", cond)
    if m:
        keys["op"] = m.group("op")
        if m.group("v"):
            keys["value"] = m.group("v").strip().strip("'\"")


def pairs_said(pairs: list[tuple[str, str]], ids: bool = True) -> tuple[str | None, str | None]:
    """(the rule that (key, value) pairs write, the sheet they name); (None, sheet) where they write
    none. `ids`: "rule", "name", "id" and "action" are a log's ids and are dropped (a web address's
    "rule=blank" is the rule)."""
    dropped = _DROPPED if ids else _DROPPED - {"rule", "name", "id", "action"}
    keys: dict = {}
    for k, v in pairs:
        k = _key(k)
        k = k[9:] if k.startswith("highlight") and len(k) > 9 else k
        v = v.replace(",", "") if re.fullmatch(r"\s*-?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*", v) else v  # ("1,800")
        if v.strip() != "" and k not in dropped:
            keys.setdefault(k, v.strip().strip("'\"") if len(v.strip()) > 1 else v.strip())
    sheet = keys.pop("sheet", None) or keys.pop("tab", None)
    if "cond" in keys or "condition" in keys:
        _condition(keys, keys.pop("cond", None) or keys.pop("condition"))
    negate = _key(keys.pop("negate", keys.pop("not", ""))) in ("true", "yes", "1")
    match = _key(keys.pop("match", ""))
    for name in [n for n in keys if n in _SCOPES]:
        keys["apply"] = keys.pop(name)
    if _key(keys.get("compare", "")) in ("average", "mean", "avg") and _key(keys.get("side", "")) in ("above", "below"):
        keys["op"] = _key(keys.pop("side")) + "average"
        keys.pop("compare")
    for name in ("toppercent", "bottompercent"):
        if name in keys and "op" not in keys:
            keys["op"], keys["percent"] = name[:-7], keys.pop(name)
    if _key(keys.get("values", "")) in _ALONE and "op" not in keys:  # ("values: unique")
        keys["op"] = keys.pop("values")
    for name in ("top", "bottom"):
        if re.fullmatch(r"\d+", str(keys.get(name, ""))):
            keys[name] = int(keys[name])
    for name in ("format", "style", "visual"):
        if name in keys and not any(k in keys for k in ("op", "test", "rule", "operator")):
            keys["op"] = keys.pop(name)
    for name in ("date", "dateperiod", "period"):
        if name in keys and "when" not in keys:
            keys["when"] = keys.pop(name)
    if _key(keys.get("rank", "")) in ("top", "bottom", "highest", "lowest") and "op" not in keys:
        keys["op"] = keys.pop("rank")
    for name in ("op", "test", "operator", "rule"):
        if name in keys and _key(keys[name]) in _ALIASES:
            keys[name] = _ALIASES[_key(keys[name])]
        elif name in keys and _key(keys[name]) not in _ALONE and _key(keys[name]) + "s" in _ALONE:
            keys[name] += "s"  # ("no_error": no errors)
    for name in [n for n in keys if n in _ALIASES and n not in ("not", "is")]:
        keys[_ALIASES[name]] = keys.pop(name)  # ("max_exclusive=425": under 425)
    column = next((keys.pop(k) for k in _COLUMN_KEYS if k in keys), None)
    said = _said(keys, column, negate, match)
    return said, sheet


def _said(keys: dict, column: str | None, negate: bool, match: str) -> str | None:
    row = _scope_row(keys.get("apply", ""))
    visual = _VISUALS.get(_key(keys.get("op", "")))
    if visual and column:  # ("format=icon_set": "an icon set on Qty", not "Qty cells icons")
        return f"{visual} on {column}" + (", entire row" if row else "")
    free = next((keys[k] for k in ("rows", "cells", "what", "items") if k in keys), None)
    if free and not column:  # ('rows: "yesterday\'s couples"')
        return f"highlight {free}{', entire row' if row else ''}"
    for name in [n for n in keys if n in _RANGES or n in ("between", "outside")]:
        m = _RANGE_VALUE.match(str(keys[name]))
        if m:
            keys[name] = [m.group("a"), m.group("b")]
    tests = {k: v for k, v in keys.items() if k in _OPS}
    if match in ("any", "or", "either") and len(tests) > 1:
        keys = {k: v for k, v in keys.items() if k not in tests} | {"any": [{k: v} for k, v in tests.items()]}
    rule = {k: v for k, v in keys.items() if k != "apply"}
    mapping = {"not": rule} if negate else rule
    mapping = ({"column": column} if column else {}) | mapping
    if "apply" in keys:
        mapping["apply"] = keys["apply"]
    return mapping_said(mapping)


def _free(said: str) -> str:
    """A log message's free text with its short operators and "date=this_week" in words."""
    said = _SHORT_OP.sub(lambda o: _OPS.get(_key(o.group("op")), (o.group("op").replace("_", " "),))[0], said)
    said = re.sub(r"\b(?:date|when|period)\s*=\s*(?P<p>\w+)",
                  lambda m: _PERIODS.get(_key(m.group("p")), m.group(0)), said, flags=_I)
    return re.sub(r"\bcount\s*>\s*1\b", "is duplicated", said, flags=_I)


def _unwrapped(mapping: dict) -> dict:
    """A mapping under one "highlight:"/"rule:" key, unwrapped."""
    if len(mapping) == 1:
        (key, value), = mapping.items()
        if isinstance(value, dict) and _key(key) in ("highlight", "rule", "format", "cf", "conditionalformat",
                                                     "condition", "alert"):
            return value
    return mapping


def unconfigured(text: str) -> str:
    """`text` said as a request where it is a configuration or a log line (see the module's docstring)."""
    body = _STAMP.sub("", text, count=1)
    stamped = body != text
    body = _LEVEL.sub("", body, count=1) if stamped else _BRACKETED_LEVEL.sub("", body, count=1)
    stamped = stamped or body != text
    if re.search(r"\s[|/]\s|;\s|\|", body):  # ("Column: X | Condition: ..."; "column: Job / does not contain: ...")
        return text
    m = _MESSAGE.search(body)
    if m:
        rest = [(k, v) for k, v in ((p.group("k"), p.group("v")) for p in _PAIR.finditer(body[m.end():]))]
        extra = {_key(k): v.strip("'\"") for k, v in rest}
        message = m.group("m") or m.group("n") or ""
        scope = ", entire row" if _scope_row(extra.get("scope", extra.get("target", ""))) else ""
        sheet = f" in sheet {extra['sheet']}" if extra.get("sheet") else ""
        return _free(message) + scope + sheet
    pairs = [(p.group("k"), p.group("v")) for p in _PAIR.finditer(body)]
    names = {_key(k) for k, _ in pairs}
    if len(pairs) >= 2 and any(_key(k).removeprefix("highlight") in (*_COLUMN_KEYS, "rows") for k, _ in pairs) \
            and not _LABELS.sub("", _PAIR.sub("", body)):
        said, sheet = pairs_said(pairs)
        if said:
            return f"{said} in sheet {sheet}" if sheet else said
    if "\n" in text.strip() and names & {"column", "col", "field", "rows"}:
        mapping = parsed(text)
        if isinstance(mapping, dict):
            mapping = _unwrapped(mapping)
            said, sheet = pairs_said([(k, str(v)) for k, v in mapping.items() if not isinstance(v, (dict, list))])
            if said:
                return f"{said} in sheet {sheet}" if sheet else said
    if stamped:  # a log line's free text: "warn: highlight Qty not below 150", "flag entire row: Qty lt 31"
        return _free(body)
    return text
