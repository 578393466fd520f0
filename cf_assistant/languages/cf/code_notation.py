"""A test written in a programmer's notation (SQL, Python, pandas), read as the rule it is.

Developers ask as they would query: "WHERE due_date = CURRENT_DATE", "medium LIKE 'Oil%'",
"status IN ('Forfeit', 'Sold')", "ORDER BY estimate ASC LIMIT 4", "'ginger' in flavour.lower()",
"started == date.today() - timedelta(days=1)", "opening.month == today.month - 1",
"df[~df.Item.str.contains('ring')]", "score >= 100_000". The model reads words and takes the
notation's names and symbols for texts and thresholds. `coded_rule(utterance, headers)` finds the
tests of that notation in the request, each on one named field, joined by `and` or by `or` (not
both), and writes the rule of the language: a comparison with a constant, a text compared whole,
by its start (`LIKE 'x%'`, `startswith`), end or content (`LIKE '%x%'`, `'x' in`, `contains`), a
list of values (`IN`, `isin`), blank (`IS NULL`, `isna()`), errors (`ISERROR`), a day against
today (give or take one), this, last or next month, a range (`BETWEEN`, `between`), a ranking
(`ORDER BY ... LIMIT n`, `nlargest`), a repeat (`duplicated`) and the average (`> mean()`). It
reads a request only where the notation shows (a `LIKE`, `IN (...)`, `==`, a dotted or
underscored name compared, `WHERE` ...): "over 50" stays the other readers'. On a table, a
field that is a header's words ("next_invoice" for "Next Invoice") names its column (`c[i]`);
another name leaves the column to the table's reader. Anything else reads as nothing.
"""

from __future__ import annotations

import re

from cf_assistant.errors import CfaError

_Q = r"""(?:'(?P<{n}>[^']*)'|"(?P<{n}2>[^"]*)")"""
_NAME = (r"(?<![\w.])(?P<name>(?!(?i:not|where|and|or|is|in|like|between|select|from|order|by|limit|if|then)\b)"
         r"~?\s*(?:df|data|row|r|x|t)?(?:\[\s*['\"][^'\"\]]+['\"]\s*\]|\.?[A-Za-z_][\w.]*)(?:\(\))?)")


def _num(group: str) -> str:
    """A number as code writes it ("100_000", "1,200", "12.5", "40%"), in the named group."""
    return rf"(?P<{group}>-?\d[\d_,]*(?:\.\d+)?%?)"


_OPS = {"=": "Equals", "==": "Equals", "!=": "NotEquals", "<>": "NotEquals", ">": "GreaterThan",
        ">=": "GreaterThanEqual", "<": "LessThan", "<=": "LessThanEqual"}
_DAY = (r"(?:CURRENT_DATE|current_date|now\(\)|NOW\(\)|GETDATE\(\)|(?:datetime\.)?date\.today\(\)|"
        r"(?:pd\.)?Timestamp\.today\(\)|today\(\)|TODAY\(\)|today)")
_SHIFT = r"(?:\s*(?P<sign>[+-])\s*(?:(?:pd\.)?timedelta\(\s*(?:days\s*=\s*)?1\s*\)|(?:pd\.)?Timedelta\(\s*days\s*=\s*1\s*\)|INTERVAL\s+'?1'?\s+DAY'?|1))?"

# Words after "'x' in" that make it English ("no 'north' in them", "with 'Live' in the title").
_PRONOUN = r"(?:it|them|its|their|the|there|this|that|these|those|a|an|any|every|each|all|my|our|your|his|her)\b"

# Each form: (pattern, builder(match) -> rule text without its column, or None).
_FORMS: list[tuple[re.Pattern, str]] = []


def _form(pattern: str, kind: str) -> None:
    _FORMS.append((re.compile(pattern, re.IGNORECASE if kind.startswith("sql") else 0), kind))


_form(_NAME + r"\s+(?P<neg>NOT\s+)?LIKE\s+" + _Q.format(n="q"), "sql like")
_form(_NAME + r"\s+(?P<neg>NOT\s+)?IN\s*\((?P<items>[^()]*)\)", "sql in")
_form(_NAME + r"\s+(?P<neg>NOT\s+)?BETWEEN\s+" + _num("a") + r"\s+AND\s+" + _num("b"),
      "sql between")
_form(_NAME + r"\s+IS\s+(?P<neg>NOT\s+)?NULL\b", "sql null")
_form(r"ORDER\s+BY\s+" + _NAME + r"(?:\s+(?P<dir>ASC|DESC))?\s+LIMIT\s+(?P<n>\d+)", "sql rank")
_form(r"(?P<neg>NOT\s*\(?\s*)?IS(?:ERROR|ERR)\(\s*" + _NAME + r"\s*\)", "sql error")
_form(_NAME + r"\.(?P<unit>month|week)\s*==?\s*(?:today|date\.today\(\)|now\(\)|datetime\.now\(\))\.(?P=unit)"
      r"(?:\s*(?P<sign>[+-])\s*1)?(?![\d.])", "py period")
_form(_NAME + r"\s*(?P<op>==|=)\s*" + _DAY + _SHIFT + r"(?![\w(])", "py day")
_form(r"(?<!\bno\s)(?<!\bwithout\s)" + _Q.format(n="q") + r"\s+(?P<neg>not\s+)?in\s+(?!" + _PRONOUN + r")" + _NAME,
      "py in")
_form(r"(?:\b(?P<neg>not)\s+)?" + _NAME + r"\.(?:str\.)?(?P<fn>startswith|endswith|contains)\(\s*" + _Q.format(n="q")
      + r"(?:\s*,\s*case\s*=\s*False)?\s*\)", "py text")
_form(_NAME + r"\.isin\(\s*[\[(](?P<items>[^\])]*)[\])]\s*\)", "py isin")
_form(_NAME + r"\.(?P<fn>isna|isnull|notna|notnull)\(\)", "py null")
_form(_NAME + r"\s*(?P<op>==|!=|is\s+not|is)\s*None\b", "py none")
_form(_NAME + r"\.between\(\s*" + _num("a") + r"\s*,\s*" + _num("b") + r"\s*\)",
      "py between")
_form(_NAME + r"\.duplicated\([^()]*\)", "py dup")
_form(_NAME + r"\.(?P<fn>nlargest|nsmallest)\(\s*(?P<n>\d+)\s*\)", "py rank")
_form(_NAME + r"\s*(?P<op>[<>])\s*" + r"(?:(?:df|data)?[\w.\[\]'\"]*\.mean\(\)|mean\([^()]*\)|AVG\([^()]*\))",
      "py average")
_form(_NAME + r"\s*(?P<op>==|!=|<>|>=|<=|=|>|<)\s*(?:" + _num("num") + "|" + _Q.format(n="q") + r")(?![\w.])", "compare")

# Signs of the notation: a request reads as code only where one shows.
_CODE = re.compile(r"==|!=|<>|\bLIKE\b|\bBETWEEN\b|(?i:\bLIKE\s+['\"][^'\"]*%|\bIN\s*\(|\bIS\s+(?:NOT\s+)?NULL\b)|\bORDER\s+BY\b|\bWHERE\b|CURRENT_DATE|"
                   r"\bdate\.today\(\)|timedelta|\.str\.|\bdf\b|\.isin\(|\.isna\(|\.notna\(|\.between\(|"
                   r"\.duplicated\(|\.nlargest\(|\.nsmallest\(|\.startswith\(|\.endswith\(|\.lower\(\)|"
                   r"\btoday\.month\b|\bISERROR\(|'[^']*'\s+(?:not\s+)?in\s+(?!" + _PRONOUN + r")\w|\b[a-z]+_[a-z_]+\s*(?:[<>]=?|=)"
                   r"|\d_\d{3}")
_JOIN = re.compile(r"^\s*\)*\s*(?P<j>and|or|AND|OR|&&|\|\||&|\|)\s*\(*\s*$")


def coded_rule(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """The rule (canonical text) of the tests written in a programmer's notation in `utterance`;
    None when the notation does not show, or its tests are not one rule on one field."""
    if not _CODE.search(utterance):
        return None
    found = _tests(utterance)
    if not found:
        return None
    joins = [_JOIN.match(utterance[a[1]:b[0]]) for a, b in zip(found, found[1:])]
    if None in joins:
        return None
    kinds = {"and" if j.group("j").lower() in ("and", "&&", "&") else "or" for j in joins}
    if len(kinds) > 1:
        return None
    names = {_words(name) for _, _, name, _ in found}
    if len(names) != 1:
        return None
    rules = [rule for _, _, _, rule in found]
    rule = rules[0] if len(rules) == 1 else f"{'AND' if kinds == {'and'} else 'OR'}({', '.join(rules)})"
    column = _column(next(iter(names)), headers) if len(headers) > 1 else None  # (one column: its own)
    if column is not None:
        rule = _placed(rule, column)
    from cf_assistant.languages.cf.parser import parse
    from cf_assistant.languages.cf.printer import to_text

    try:
        return to_text(parse(rule))
    except (CfaError, RecursionError):
        return None


def _tests(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, field name, rule) of each test found, left to right, none overlapping."""
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _FORMS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            rule = _build(kind, m)
            if rule is None:
                continue
            found.append((m.start(), m.end(), m.group("name"), rule))
            taken.append((m.start(), m.end()))
    return sorted(found)


def _quoted(m: re.Match, n: str = "q") -> str | None:
    value = m.groupdict().get(n)
    return value if value is not None else m.groupdict().get(n + "2")


def _text(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _number(raw: str) -> str | None:
    raw = raw.replace("_", "").replace(",", "")
    try:
        value = float(raw.rstrip("%")) / (100 if raw.endswith("%") else 1)
    except ValueError:
        return None
    return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def _values(items: str) -> list[str] | None:
    """Rules of each value of a list ("'CVC', 'AVG'", "25, 35"); None for anything else."""
    out = []
    for item in (i.strip() for i in items.split(",")):
        q = re.fullmatch(r"'([^']*)'|\"([^\"]*)\"", item)
        if q is not None:
            out.append(f"TextEquals({_text(q.group(1) if q.group(1) is not None else q.group(2))})")
        elif re.fullmatch(r"-?\d[\d_]*(?:\.\d+)?", item):
            out.append(f"Equals({_number(item)})")
        else:
            return None
    return out or None


def _build(kind: str, m: re.Match) -> str | None:
    """The rule (no column) of one test found by the form `kind`; None for one that is none."""
    if re.fullmatch(r"\$?[A-Z]{1,3}\$?\d+", m.group("name").strip()):
        return None  # a cell reference: an Excel formula (`typed_formula`)
    neg = bool(m.groupdict().get("neg")) or m.group("name").lstrip().startswith("~")
    return (_sql if kind.startswith("sql") else _python)(kind, m, neg)


def _sql(kind: str, m: re.Match, neg: bool) -> str | None:  # noqa: C901 - one branch per form
    if kind == "sql like":
        pattern = _quoted(m)
        core = pattern.strip("%")
        if not core or "%" in core or "LIKE" not in m.group(0) and "%" not in pattern:
            return None  # (a lower-case "like 'this'" without a wildcard is English)
        if pattern.startswith("%") and pattern.endswith("%") and len(pattern) > 1:
            return f"TextNotContains({_text(core)})" if neg else f"TextContains({_text(core)})"
        if pattern.endswith("%"):
            rule = f"TextStartsWith({_text(core)})"
        elif pattern.startswith("%"):
            rule = f"TextEndsWith({_text(core)})"
        else:
            rule = f"TextEquals({_text(core)})"
        return f"NOT({rule})" if neg else rule
    if kind == "sql in":
        return _listed(m, neg)
    if kind == "sql between":
        return _between(m, neg)
    if kind == "sql null":
        return "NotBlanks()" if neg else "Blanks()"
    if kind == "sql rank":
        return _ranked(int(m.group("n")), (m.group("dir") or "").upper() == "DESC")
    if kind == "sql error":
        return "NotErrors()" if neg else "Errors()"
    return None


def _python(kind: str, m: re.Match, neg: bool) -> str | None:  # noqa: C901 - one branch per form
    if kind == "py period":
        shift = {None: "This", "-": "Last", "+": "Next"}[m.group("sign")]
        return f"{shift}{m.group('unit').capitalize()}()"
    if kind == "py day":
        return {None: "Today()", "-": "Yesterday()", "+": "Tomorrow()"}[m.group("sign")]
    if kind == "py in":
        value = _quoted(m)
        return None if not value else f"{'TextNotContains' if m.group('neg') else 'TextContains'}({_text(value)})"
    if kind == "py text":
        value = _quoted(m)
        if not value:
            return None
        fn = {"startswith": "TextStartsWith", "endswith": "TextEndsWith", "contains": "TextContains"}[m.group("fn")]
        if neg and fn == "TextContains":
            return f"TextNotContains({_text(value)})"
        return f"NOT({fn}({_text(value)}))" if neg else f"{fn}({_text(value)})"
    if kind == "py isin":
        return _listed(m, neg)
    if kind == "py between":
        return _between(m, neg)
    if kind in ("py null", "py none"):
        blank = m.group("fn") in ("isna", "isnull") if kind == "py null" else m.group("op") in ("==", "is")
        return "Blanks()" if blank != (neg and kind == "py null") else "NotBlanks()"
    if kind == "py dup":
        return "Unique()" if neg else "Duplicates()"
    if kind == "py rank":
        return _ranked(int(m.group("n")), m.group("fn") == "nlargest")
    if kind == "py average":
        return "AboveAverage()" if m.group("op") == ">" else "BelowAverage()"
    if kind == "compare":
        return _compared(m)
    return None


def _listed(m: re.Match, neg: bool) -> str | None:
    values = _values(m.group("items"))
    if values is None:
        return None
    rule = values[0] if len(values) == 1 else f"OR({', '.join(values)})"
    return f"NOT({rule})" if neg else rule


def _between(m: re.Match, neg: bool) -> str | None:
    a, b = _number(m.group("a")), _number(m.group("b"))
    return None if a is None or b is None else f"{'NotBetween' if neg else 'Between'}({a}, {b})"


def _ranked(n: int, top: bool) -> str | None:
    return f"{'Top' if top else 'Bottom'}({n})" if n >= 1 else None


def _compared(m: re.Match) -> str | None:
    op, value = m.group("op"), _quoted(m)
    if value is None:
        number = _number(m.group("num"))
        return None if number is None else f"{_OPS[op]}({number})"
    if op not in ("=", "==", "!=", "<>"):
        return None
    if value == "":
        return "Blanks()" if op in ("=", "==") else "NotBlanks()"
    rule = f"TextEquals({_text(value)})"
    return rule if op in ("=", "==") else f"NOT({rule})"


def _words(name: str) -> tuple[str, ...]:
    """A field's name as lower-case words: "df['Next Invoice']", "next_invoice", "df.nextInvoice"
    and "row.next_invoice.lower()" all give ("next", "invoice")."""
    name = re.sub(r"^~?\s*(?:(?:df|data|row|r|x|t)(?=[.\[]))?", "", name.strip())
    name = re.sub(r"\.(?:str|lower\(\)|upper\(\)|strip\(\)|dt|date|values)\b|\(\)", "", name)
    name = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    return tuple(w for w in re.split(r"[^A-Za-z0-9]+", name.lower()) if w)


def _column(name: tuple[str, ...], headers: tuple[str, ...]) -> int | None:
    """The one header whose words are the field's (`_words`); None for none or several."""
    if not headers or not name:
        return None
    hits = [i for i, h in enumerate(headers)
            if tuple(w for w in re.split(r"[^a-z0-9]+", str(h).lower()) if w) == name]
    return hits[0] if len(hits) == 1 else None


_FUNCTION = re.compile(r"(?<![\w\"])([A-Z][A-Za-z0-9]*)\((?!c\[)")


def _placed(rule: str, column: int) -> str:
    """`rule` with each test on column `column` (`c[i]` first in its arguments)."""
    def place(m: re.Match) -> str:
        if m.group(1) in ("AND", "OR", "NOT"):
            return m.group(0)
        return f"{m.group(0)}c[{column}], "
    placed = _FUNCTION.sub(place, rule)
    return re.sub(r", \)", ")", placed)
