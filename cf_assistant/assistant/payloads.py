"""A request sent as a program's payload, or written with markdown's marks, said in words.

Some users, and the programs that call the service for them, send the rule as data rather than
as a sentence: JSON (`{"column": "Score", "op": ">", "value": 50}`), YAML
(`column: Score` / `rule: above_average` on lines of their own), a flow mapping
(`score: {gte: 10, lt: 25}`) or key=value pairs (`column=Tune op=contains value=polka`,
`errors_only=true column=Team Rating`). `spelled_out` writes such a payload as the request it
stands for ("highlight Score cells that are greater than 50"; "highlight the entire row where
Notes is blank" for `apply_to: row`), so that the readers and the model see a plain request; a
text that is not wholly such a payload is left as it is. Its keys may be the column itself
(`pots_served: {gte: 10, lt: 25}`), an operator joined to the column (`filling_contains=chicken`)
or an operator between two words (`song ends_with angola`).

Others write the request as a note in markdown: `unmarked` takes the marks away: bold and italic
stars, a heading over the ask, a quote's ">", a checkbox, code fences, and backticks: a span
before a test ("`Points` cells of exactly `8`") is a header and loses its marks, a number loses
them, and any other span is a literal and is quoted ("`la paloma`" -> "la paloma" in quotes).

The forms were seen on the twenty-third sets' dev halves, never their test halves.
"""

from __future__ import annotations

import json
import re
from typing import Any

_I = re.IGNORECASE
_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?$")

# operator names (spelt in lower case, without "_", "-" or spaces) -> (phrase, negated phrase)
_OPS = {
    ">": ("greater than", "at most"), "gt": ("greater than", "at most"), "greaterthan": ("greater than", "at most"),
    "above": ("greater than", "at most"), "over": ("greater than", "at most"), "morethan": ("greater than", "at most"),
    ">=": ("at least", "less than"), "gte": ("at least", "less than"), "ge": ("at least", "less than"),
    "greaterthanorequal": ("at least", "less than"), "greaterorequal": ("at least", "less than"),
    "atleast": ("at least", "less than"), "min": ("at least", "less than"),
    "<": ("less than", "at least"), "lt": ("less than", "at least"), "lessthan": ("less than", "at least"),
    "below": ("less than", "at least"), "under": ("less than", "at least"),
    "<=": ("at most", "greater than"), "lte": ("at most", "greater than"), "le": ("at most", "greater than"),
    "lessthanorequal": ("at most", "greater than"), "lessorequal": ("at most", "greater than"),
    "atmost": ("at most", "greater than"), "max": ("at most", "greater than"),
    "=": ("equal to", "not equal to"), "==": ("equal to", "not equal to"), "eq": ("equal to", "not equal to"),
    "equals": ("equal to", "not equal to"), "equal": ("equal to", "not equal to"), "is": ("equal to", "not equal to"),
    "textequals": ("equal to", "not equal to"), "exactly": ("equal to", "not equal to"),
    "exact": ("equal to", "not equal to"),
    "!=": ("not equal to", "equal to"), "<>": ("not equal to", "equal to"), "ne": ("not equal to", "equal to"),
    "neq": ("not equal to", "equal to"), "notequal": ("not equal to", "equal to"),
    "notequals": ("not equal to", "equal to"), "notequalto": ("not equal to", "equal to"),
    "contains": ("containing", "not containing"), "contain": ("containing", "not containing"),
    "textcontains": ("containing", "not containing"), "includes": ("containing", "not containing"),
    "like": ("containing", "not containing"), "has": ("containing", "not containing"),
    "notcontains": ("not containing", "containing"), "doesnotcontain": ("not containing", "containing"),
    "notcontain": ("not containing", "containing"), "excludes": ("not containing", "containing"),
    "textnotcontains": ("not containing", "containing"), "notlike": ("not containing", "containing"),
    "startswith": ("beginning with", "not beginning with"), "beginswith": ("beginning with", "not beginning with"),
    "textstartswith": ("beginning with", "not beginning with"), "prefix": ("beginning with", "not beginning with"),
    "endswith": ("ending with", "not ending with"), "textendswith": ("ending with", "not ending with"),
    "suffix": ("ending with", "not ending with"),
}
_RANGES = {"between": "between", "inrange": "between", "range": "between",
           "notbetween": "not between", "outside": "not between", "notinrange": "not between"}
_ALONE = {  # rules said by their name alone -> (phrase, negated phrase)
    "aboveaverage": ("above average", "at most average"), "belowaverage": ("below average", "at least average"),
    "aboveavg": ("above average", "at most average"), "belowavg": ("below average", "at least average"),
    "unique": ("unique", "duplicates"), "uniquevalues": ("unique", "duplicates"), "distinct": ("unique", "duplicates"),
    "duplicates": ("duplicates", "unique"), "duplicate": ("duplicates", "unique"),
    "duplicatevalues": ("duplicates", "unique"), "dupes": ("duplicates", "unique"),
    "blank": ("blank", "not blank"), "blanks": ("blank", "not blank"), "isblank": ("blank", "not blank"),
    "empty": ("blank", "not blank"), "isempty": ("blank", "not blank"), "blanksonly": ("blank", "not blank"),
    "notblank": ("not blank", "blank"), "notblanks": ("not blank", "blank"), "nonblank": ("not blank", "blank"),
    "isnotblank": ("not blank", "blank"), "notempty": ("not blank", "blank"), "nonempty": ("not blank", "blank"),
    "errors": ("errors", "without errors"), "error": ("errors", "without errors"),
    "iserror": ("errors", "without errors"), "errorsonly": ("errors", "without errors"),
    "noerrors": ("without errors", "errors"), "noterror": ("without errors", "errors"),
    "databar": ("data bars", None), "databars": ("data bars", None), "colorscale": ("a colour scale", None),
    "colourscale": ("a colour scale", None), "iconset": ("icons", None), "icons": ("icons", None),
}
_RANKS = {"top": "top", "topn": "top", "topitems": "top", "highest": "top", "largest": "top",
          "bottom": "bottom", "bottomn": "bottom", "bottomitems": "bottom", "lowest": "bottom", "smallest": "bottom",
          "toppercent": "top %", "toppct": "top %", "bottompercent": "bottom %", "bottompct": "bottom %"}
_DATE_RULES = frozenset({"date", "dateis", "dateoccurring", "occurring", "dates", "when", "timeperiod", "daterange"})
_PERIODS = {"today": "today", "yesterday": "yesterday", "tomorrow": "tomorrow",
            "last7days": "in the last 7 days", "past7days": "in the last 7 days", "lastweek": "last week",
            "thisweek": "this week", "nextweek": "next week", "lastmonth": "last month", "thismonth": "this month",
            "nextmonth": "next month"}

_COLUMN_KEYS = ("column", "col", "field", "header", "columnname", "name", "target", "on")
_OP_KEYS = ("op", "operator", "rule", "type", "condition", "cond", "test", "kind", "check", "comparison", "match",
            "highlight", "when", "is")
_VALUE_KEYS = ("value", "val", "text", "number", "threshold", "string", "equals", "pattern", "literal", "target")
_COUNT_KEYS = ("n", "count", "rank", "items", "k", "number", "value", "top", "bottom")
_LOW_KEYS = ("min", "low", "from", "lower", "start", "gte", "minimum", "lo")
_HIGH_KEYS = ("max", "high", "to", "upper", "end", "lte", "maximum", "hi")
_PERIOD_KEYS = ("period", "when", "date", "timeperiod", "range", "value", "occurring")
_QUIET_KEYS = frozenset({"format", "fill", "color", "colour", "style", "font", "bold", "apply", "applyto", "scope",
                         "inclusive", "sheet", "range", "id", "stopiftrue", "priority", "caseinsensitive",
                         "casesensitive", "highlightcolor", "background", "action", "then"})
_PAYLOAD_KEYS = frozenset({*_COLUMN_KEYS, *_OP_KEYS, *_VALUE_KEYS, *_COUNT_KEYS, *_LOW_KEYS, *_HIGH_KEYS,
                           *_PERIOD_KEYS, *_QUIET_KEYS, "percent", "pct", "and", "all", "or", "any", "not"}
                          - {"name", "target", "on", "when", "is", "highlight", "date", "match"})


def _key(key: Any) -> str:
    """`key` in lower case without separators: "endsWith", "ends_with", "ends-with" -> "endswith"."""
    return re.sub(r"[\s_\-]+", "", str(key)).lower()


def _value(value: Any) -> str:
    """A literal as the readers take it: a number bare ("50", not "50.0"), a text in quotes."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):  # (1500000.0 -> "1500000", never "1.5e+06")
        return f"{value:f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return str(value)
    text = str(value).strip()
    return text if _NUMBER.match(text) or text.endswith("%") and _NUMBER.match(text[:-1]) else f'"{text}"'


# ---- the parser: JSON, or a tolerant reading of YAML's flow and block forms and key=value pairs

_TOKEN = re.compile(r'\s*(?:(?P<q>"(?:[^"\\]|\\.)*"|\'[^\']*\')|(?P<p>[{}\[\],])|(?P<w>[^{}\[\],\s:=;"\']+'
                    r'(?:[^\S\n]+[^{}\[\],\s:=;"\']+)*)|(?P<s>[:=;]|\n))')


def _tokens(text: str) -> list[tuple[str, str]] | None:
    out, at = [], 0
    while at < len(text):
        m = _TOKEN.match(text, at)
        if m is None or m.end() == at:
            return None if text[at:].strip() else out
        kind = m.lastgroup
        word = m.group(kind)
        out.append((kind, word[1:-1] if kind == "q" else word))
        at = m.end()
    return out


def _scalar(kind: str, word: str) -> Any:
    if kind == "q":
        return word
    if _NUMBER.match(word):
        return float(word) if "." in word else int(word)
    return {"true": True, "false": False}.get(word.lower(), word)


class _Reader:
    """A recursive reading of the tokens; `None` where they are no payload."""

    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens, self.at = tokens, 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "")

    def value(self) -> Any:
        kind, word = self.peek()
        self.at += 1
        if word == "{":
            return self.mapping("}")
        if word == "[":
            items = []
            while self.peek()[1] != "]":
                if self.peek()[0] == "end":
                    raise ValueError
                items.append(self.value())
                if self.peek()[1] == ",":
                    self.at += 1
            self.at += 1
            return items
        if kind in ("q", "w"):
            return _scalar(kind, word)
        raise ValueError

    def mapping(self, close: str) -> dict:
        out: dict = {}
        while True:
            while self.peek()[1] in (",", ";", "\n"):
                self.at += 1
            kind, word = self.peek()
            if word == close or kind == "end" and close == "":
                self.at += 1 if word == close and close else 0
                return out
            if kind not in ("q", "w") or kind == "w" and not re.match(r"^[A-Za-z_][\w\- ]*$", word):
                raise ValueError  # ("<= 5" is no key and its value)
            self.at += 1
            if self.peek()[1] not in (":", "="):
                raise ValueError
            self.at += 1
            out[word] = self.value() if self.peek()[1] not in (",", ";", "\n", close) else ""


_PAIR = re.compile(r"\s*(?P<k>[A-Za-z_][\w\-]*)\s*=(?!=)\s*(?P<v>\"[^\"]*\"|'[^']*'|[^\s=]+(?:[^\S\n]+(?![A-Za-z_]"
                   r"[\w\-]*\s*=)[^\s=]+)*)\s*[,;]?")


def _pairs(text: str) -> dict | None:
    """key=value pairs ("column=Tune op=contains value=polka", "column=Team Rating"): a value runs to the next key."""
    out, at = {}, 0
    while at < len(text):
        m = _PAIR.match(text, at)
        if m is None:
            return None if text[at:].strip() else out
        value = m.group("v")
        out[m.group("k")] = value[1:-1] if value[:1] in "\"'" else _scalar("w", value)
        at = m.end()
    return out or None


_MAX_DEPTH = 16  # a payload nested deeper is no request (and would exhaust the readers' recursion)


def _depth(text: str) -> int:
    """How deep `text`'s brackets nest."""
    depth = deepest = 0
    for char in text:
        depth += 1 if char in "{[" else -1 if char in "}]" else 0
        deepest = max(deepest, depth)
    return deepest


def parsed(text: str) -> dict | None:
    """The mapping `text` writes, or None where it is not wholly one (or nests too deep)."""
    text = text.strip().strip("`").strip()
    if _depth(text) > _MAX_DEPTH:
        return None
    if text.startswith("{"):
        try:
            out = json.loads(text)
            return out if isinstance(out, dict) else None
        except ValueError:
            pass
    elif re.match(r"^[A-Za-z_][\w\-]*\s*=(?!=)", text):
        return _pairs(text)
    tokens = _tokens(text)
    if not tokens:
        return None
    braced = tokens[0][1] == "{" and tokens[-1][1] == "}"
    reader = _Reader(tokens[1:-1] if braced else tokens)
    try:
        out = reader.mapping("")
    except (ValueError, IndexError):
        return None
    return out if out and reader.at >= len(reader.tokens) else None


# ---- the mapping said as a request


def _condition(item: Any, negated: bool = False) -> str | None:
    """What `item` (a mapping, a list of them, or a string such as ">5") tests, said as a phrase."""
    if isinstance(item, str):
        m = re.match(r"^\s*(>=|<=|<>|!=|==|=|>|<|≠|≥|≤)\s*(.+?)\s*$", item)
        if not m:
            return None
        op = {"≠": "!=", "≥": ">=", "≤": "<="}.get(m.group(1), m.group(1))
        return f"{_OPS[op][negated]} {_value(m.group(2))}"
    if not isinstance(item, dict):
        return None
    keys = {_key(k): v for k, v in item.items()}
    for joint, word in (("and", "and"), ("all", "and"), ("or", "or"), ("any", "or"), ("anyof", "or"),
                        ("allof", "and")):
        if isinstance(keys.get(joint), list):
            parts = [_condition(part, negated) for part in keys[joint]]
            if not parts or None in parts:
                return None
            return f" {_DE_MORGAN[word] if negated else word} ".join(parts)  # not (a and b): not a or not b
    if isinstance(keys.get("not"), (dict, list, str)):
        return _condition(keys["not"], not negated)
    return _named_rule(keys, negated) or _op_keyed(keys, negated)


_DE_MORGAN = {"and": "or", "or": "and"}


def _range_word(name: str, negated: bool) -> str:
    """"between" or "not between" for a range operator's name, turned about when negated."""
    inside = _RANGES[name] == "between"
    return "between" if inside != negated else "not between"


def _first(keys: dict, names: tuple[str, ...]) -> Any:
    return next((keys[n] for n in names if n in keys and keys[n] not in ("", None)), None)


def _named_rule(keys: dict, negated: bool) -> str | None:
    """A rule named by an "op"/"rule" key: a comparison with its value, a range, a rank, a period."""
    op = _first(keys, _OP_KEYS)
    if not isinstance(op, str):
        flagged = [k for k, v in keys.items() if v is True and (k in _ALONE or k.endswith("only"))]
        return _ALONE.get(flagged[0], _ALONE.get(flagged[0][:-4], (None, None)))[negated] if flagged else None
    name = _key(op)
    if name in _OPS or op.strip() in _OPS:
        value = _first(keys, _VALUE_KEYS)
        return None if value is None else f"{_OPS.get(op.strip(), _OPS.get(name))[negated]} {_value(value)}"
    if name in _RANGES:
        low, high = _first(keys, _LOW_KEYS), _first(keys, _HIGH_KEYS)
        pair = keys.get("value") if isinstance(keys.get("value"), list) else keys.get("values")
        if (low is None or high is None) and isinstance(pair, list) and len(pair) == 2:
            low, high = pair
        said = _range_word(name, negated)
        if low is None or high is None:
            return None
        if keys.get("inclusive") is False and said == "between":  # the bounds left out
            return f"greater than {_value(low)} and less than {_value(high)}"
        return f"{said} {_value(low)} and {_value(high)}"
    if name in _RANKS or name.rstrip("s") in _RANKS:
        return _ranked(_RANKS.get(name, _RANKS.get(name.rstrip("s"))), keys)
    if name in _DATE_RULES:
        period = _key(_first(keys, _PERIOD_KEYS) or "")
        return _PERIODS.get(period) if not negated and period in _PERIODS else None
    if name in _PERIODS and not negated:
        return _PERIODS[name]
    return _ALONE.get(name, (None, None))[negated]


def _ranked(way: str, keys: dict) -> str | None:
    percent = _first(keys, ("percent", "pct", "percentage"))
    count = _first(keys, _COUNT_KEYS) if percent is None else percent
    if not isinstance(count, (int, float)) and not (isinstance(count, str) and re.match(r"^\d+%?$", count)):
        return None
    count = str(count).rstrip("%")
    if way.endswith("%") or percent is not None or _key(keys.get("unit", "")) in ("percent", "%", "pct"):
        return f"in the {way.split()[0]} {count}%"
    return f"in the {way} {count}"


def _op_keyed(keys: dict, negated: bool) -> str | None:
    """Operators as keys: {"gt": 70, "lt": 76}, {"contains": "star"}, {"between": [5, 9]}, {"top": 3}."""
    parts = []
    for name, value in keys.items():
        if name in _QUIET_KEYS or name in _COLUMN_KEYS:
            continue
        if name in _OPS and not isinstance(value, (dict, list)):
            parts.append(f"{_OPS[name][negated]} {_value(value)}")
        elif name in _RANGES and isinstance(value, list) and len(value) == 2:
            said = _range_word(name, negated)
            parts.append(f"{said} {_value(value[0])} and {_value(value[1])}")
        elif name in ("top", "bottom") and isinstance(value, int):
            parts.append(f"in the {name} {value}")
        elif name in _PERIODS and value is True:
            parts.append(_PERIODS[name])
        elif name in _ALONE and value is True and _ALONE[name][negated]:
            parts.append(_ALONE[name][negated])
        else:
            return None
    return f" {'or' if negated else 'and'} ".join(parts) if parts else None


def flag_phrase(name: str, values: list[str], negated: bool = False) -> str | None:
    """One test said as a phrase from an operator's name and its values, as a command line's flag
    gives them ("gt", ["20"] -> "greater than 20"; "between", ["200", "240"]; "blank", []; "top",
    ["3"]; "top-percent", ["20"]); None for a name the payload readers do not know or the wrong
    number of values."""
    key = _key(name)
    if key in _OPS and len(values) == 1:
        return f"{_OPS[key][negated]} {_value(values[0])}"
    if key in _RANGES and len(values) == 2:
        return f"{_range_word(key, negated)} {_value(values[0])} and {_value(values[1])}"
    if key in _RANKS and len(values) == 1 and re.fullmatch(r"\d+%?", values[0]) and not negated:
        way = _RANKS[key]
        percent = way.endswith("%") or values[0].endswith("%")
        return f"in the {way.split()[0]} {values[0].rstrip('%')}{'%' if percent else ''}"
    if key in _ALONE and not values:
        return _ALONE[key][negated]
    if key in _PERIODS and not values and not negated:
        return _PERIODS[key]
    return None


def _words(key: str) -> str:
    """A column written as a key, in words: "pots_served" -> "pots served", "yarnUsed" -> "yarn used"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(key)).replace("_", " ").strip()


def mapping_said(mapping: dict) -> str | None:
    """A rule written as a mapping (the keys of a payload: column, op, value, ...), said as a
    request; None where the mapping writes no rule."""
    keys = {_key(k): v for k, v in mapping.items()}
    column = _first(keys, _COLUMN_KEYS)
    rest = {k: v for k, v in keys.items() if k not in _COLUMN_KEYS}
    condition = _condition(rest) if rest else None
    if condition is None and column is None:
        column, condition = _keyed_column(mapping)
    if not condition or isinstance(column, (dict, list)):
        return None
    row = _key(keys.get("applyto", keys.get("apply", keys.get("scope", "")))) in ("row", "rows", "entirerow",
                                                                                   "wholerow", "fullrow")
    if column is None:
        return f"highlight {'the entire row where the value is' if row else 'the cells'} {condition}"
    if row:
        return f"highlight the entire row where {column} is {condition}"
    return f"highlight {column} cells {condition}"


def _keyed_column(mapping: dict) -> tuple[str | None, str | None]:
    """(column, condition) where one key names the column: {"pots_served": {"gte": 10, "lt": 25}}
    or "filling_contains=chicken"; (None, None) otherwise, or where another key tests too."""
    named = [(k, v) for k, v in mapping.items() if _key(k) not in _PAYLOAD_KEYS]
    if len(named) != 1:
        return None, None
    key, value = named[0]
    if isinstance(value, (dict, list)):
        column, condition = _words(key), _condition(value)
    else:
        column, condition = _suffixed(key, value) or (None, None)
    others = {_key(k): v for k, v in mapping.items() if k != key}
    if condition and others and _condition(others) is not None:
        return None, None
    return column, condition


def _suffixed(key: str, value: Any) -> tuple[str, str] | None:
    """A column with its operator joined on as one key: "filling_contains=chicken", "errors_only=true"."""
    m = re.match(r"^(?P<col>[^\s]+?)[_\-]+(?P<op>(?:not[_\-\s]*)?(?:contains|equals|starts[_\-\s]*with|ends[_\-\s]*"
                 r"with|begins[_\-\s]*with|gte?|lte?|ne|eq|above|below|over|under|only))$", str(key), _I)
    if not m:
        return None
    op = _key(m.group("op"))
    if op == "only" and value is True:
        rule = _ALONE.get(_key(m.group("col")))
        return ("the cells", rule[0]) if rule else None
    return (_words(m.group("col")), f"{_OPS[op][0]} {_value(value)}") if op in _OPS else None


_BETWEEN_WORDS = re.compile(r"^\s*(?P<col>[A-Za-z][\w ]*?)\s+(?P<op>(?:not_?)?(?:ends_with|starts_with|"
                            r"begins_with|contains|equals|endsWith|startsWith|beginsWith))\s*=?\s*"
                            r"(?P<v>\"[^\"]+\"|'[^']+'|.+?)\s*$")
_TILDE = re.compile(r"^\s*(?P<col>[A-Za-z][\w ]*?)\s*~\s*(?P<v>[^\s(]+)\s*(?:\((?:contains|containing|like)\))?\s*$",
                    _I)


def spelled_out(text: str) -> str:
    """`text` said as a request where it is wholly a payload (see the module's docstring), else `text`."""
    if not re.search(r"[{:=~]|_with\b|\b\w+_\w+\b|\bendsWith\b|\bstartsWith\b", text):
        return text
    mapping = parsed(text)
    if mapping is not None:
        said = mapping_said(mapping)
        if said:
            return said
    m = _BETWEEN_WORDS.match(text) if "\n" not in text.strip() else None
    if m and (m.group("col").count(" ") < 4):
        op = _key(m.group("op"))
        value = m.group("v").strip("\"'")
        return f"highlight {_words(m.group('col'))} cells {_OPS[op][0]} {_value(value)}"
    m = _TILDE.match(text)
    if m:
        return f"highlight {_words(m.group('col'))} cells containing {_value(m.group('v'))}"
    return text


# ---- markdown

_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<title>[^\n]*)\n(?=\s*\S)")
_QUOTE_MARK = re.compile(r"^[^\S\n]*>[^\S\n]+(?=[^\d\s$£€.\-=])", re.M)  # ("> 50" is a test)
_CHECKBOX = re.compile(r"^[^\S\n]*(?:[-*+][^\S\n]+)?\[[ xX]\][^\S\n]*", re.M)
_STRUCK = re.compile(r"~~[^~\n]+~~\s*")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<t>[^*\n]+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(?P<t>[^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=[^\s_])(?P<u>[^_\n]+?)"
                       r"(?<=[^\s_])_(?!\w)")
_FENCE = re.compile(r"```\w*\s*")
_TICKED = re.compile(r"`(?P<t>[^`\n]+)`(?P<after>\s*(?P<next>[^\s`]*))")
_TEST_AFTER = re.compile(r"^(?:==?|!=|<>|≠|>=?|<=?|≥|≤|:|is|isn't|are|aren't|was|equals?|contains?|containing|"
                         r"includes?|including|begins?|beginning|starts?|starting|ends?|ending|with|without|cells?|"
                         r"column|col|values?|entries|field|not|doesn't|does|has|having|of|over|under|above|below|"
                         r"greater|less|more|fewer|at|between|no|higher|lower|that|which|shows?|says?|reads?|holding|"
                         r"showing|reading|saying|matching|equal|being)\b|^[=<>≠≥≤:—–→,]|^->|^-$",
                         _I)


def _ticked(m: re.Match) -> str:
    span, after = m.group("t").strip(), m.group("after")
    if _NUMBER.match(span.replace(",", "")) or _TEST_AFTER.match(m.group("next")) or re.match(r"[=<>≠≥≤!]", span):
        return span + after
    return f'"{span}"' + after


def unmarked(text: str) -> str:
    """`text` without markdown's marks (see the module's docstring)."""
    if not re.search(r"[*`#>\[_~]", text):
        return text
    heading = _HEADING.match(text)
    if heading and not re.search(r"\d|[\"`]", heading.group("title")):  # "## To do" over the ask
        text = text[heading.end():]
    text = re.sub(r"^\s*#{1,6}\s+", "", text, flags=re.M)
    text = _CHECKBOX.sub("", _QUOTE_MARK.sub("", _FENCE.sub("", text)))
    text = _EMPHASIS.sub(lambda m: m.group("t") or m.group("u"), _STRONG.sub(r"\g<t>", _STRUCK.sub("", text)))
    return _TICKED.sub(_ticked, text).strip()
