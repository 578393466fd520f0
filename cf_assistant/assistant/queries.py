"""A request written as a database query, said in words.

Users who work in databases write the rule as SQL: "SELECT * FROM logs WHERE diameter_in < 6 --
flag", "rows WHERE "Notes" LIKE '%caught%': shade the entire row", "SELECT TOP 3 * FROM t ORDER
BY husks DESC", "... GROUP BY ref HAVING COUNT(*) > 1 -- every copy", "WHERE NOT ISERROR(x)",
"WHERE d = CURRENT_DATE - INTERVAL '1 day'", "YEARWEEK(d) = YEARWEEK(CURDATE())". `unqueried`
says the query's parts in words where they stand and keeps the rest (the comment after "--" is
said as text): the SELECT list and FROM go (one selected column is named: "wait min: show it with
an icon set"), a WHERE condition becomes "where <column> <test>" (LIKE patterns as begins, ends
or contains, dates against today as the period, a subquery's AVG as the average, ISERROR as
errors, '' and NULL as blank), ORDER BY ... LIMIT / TOP / FETCH FIRST as the top or bottom n
(percent), GROUP BY ... HAVING COUNT(*) as duplicates or unique values. A column spelt as a
key ("catch_weight_kg") is said in words. A text without a query is left as it is.

The forms were seen on the twenty-fourth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_COL = r"(?:\"[^\"]+\"|`[^`]+`|\[[^\]]+\]|[A-Za-z_][\w.]*)"
_NUM = r"-?\d+(?:\.\d+)?"
_STR = r"'(?:[^']|'')*'"
_TODAY = r"(?:CURRENT_DATE(?:\(\))?|CURDATE\(\)|TODAY\(\)|NOW\(\)|GETDATE\(\)|DATE\('now'\)|SYSDATE)"
_SIGNS = {">": "greater than", ">=": "at least", "<": "less than", "<=": "at most", "=": "equal to",
          "==": "equal to", "<>": "not equal to", "!=": "not equal to"}
_NEGATED = {">": "<=", ">=": "<", "<": ">=", "<=": ">", "=": "<>", "==": "<>", "<>": "=", "!=": "="}
_QUERY = re.compile(r"\bSELECT\b.+\bFROM\b|\bWHERE\s+(?:NOT\s+)?[\"`\[]?[A-Za-z_(]", _I)


def _nesting(text: str) -> int:
    """How deep `text`'s parentheses nest."""
    depth = deepest = 0
    for char in text:
        depth += 1 if char == "(" else -1 if char == ")" else 0
        deepest = max(deepest, depth)
    return deepest


def _column(name: str) -> str:
    name = name.strip()
    if name[:1] in "\"`[":
        return name[1:-1]
    return name.split(".")[-1].replace("_", " ")


def _literal(text: str) -> str:
    return f'"{text[1:-1]}"' if text.startswith("'") else text


def _interval_days(text: str | None) -> int:
    """The days of "- INTERVAL '1 day'", "+ 1", "- INTERVAL 1 DAY"; 0 for none."""
    if not text:
        return 0
    m = re.match(r"\s*([+-])\s*(?:INTERVAL\s+)?'?(\d+)'?(?:\s*(?:days?)'?)?\s*'?(?:DAY|DAYS)?\s*$", text, _I)
    return 0 if not m else int(m.group(2)) * (1 if m.group(1) == "+" else -1)


_DAYS = {0: "today", -1: "yesterday", 1: "tomorrow"}
_STEPS = {0: "this", 1: "next", -1: "last"}


def _atom(atom: str, negated: bool = False) -> tuple[str | None, str] | None:
    """(column, test in words) of one condition, or None."""
    atom = atom.strip()
    for _ in range(8):  # NOT and parentheses taken off, at most 8 deep (no recursion: a request is short)
        m = re.fullmatch(r"NOT\s*\((?P<a>.+)\)|NOT\s+(?P<b>(?!ISERROR|LIKE|BETWEEN|IN\b).+)", atom, _I)
        if m:
            atom, negated = (m.group("a") or m.group("b")).strip(), not negated
        elif atom.startswith("(") and atom.endswith(")"):
            atom = atom[1:-1].strip()
        else:
            break
    else:
        return None
    for reader in (_errors, _blank, _dates, _average, _between, _like, _compared):
        read = reader(atom, negated)
        if read:
            return read
    return None


def _errors(atom: str, negated: bool) -> tuple[str, str] | None:
    m = re.fullmatch(rf"(?P<not>NOT\s+)?ISERROR\((?P<c>{_COL})\)(?:\s*=\s*(?P<v>TRUE|FALSE|1|0))?", atom, _I)
    if not m:
        return None
    off = bool(m.group("not")) ^ negated ^ ((m.group("v") or "true").lower() in ("false", "0"))
    return _column(m.group("c")), "without errors" if off else "with errors"


def _blank(atom: str, negated: bool) -> tuple[str, str] | None:
    m = (re.fullmatch(rf"(?:TRIM\()?(?P<c>{_COL})\)?\s*(?P<op>=|<>|!=)\s*''", atom, _I)
         or re.fullmatch(rf"(?P<c>{_COL})\s+IS\s+(?P<op>NOT\s+)?NULL", atom, _I))
    if not m:
        return None
    filled = (m.group("op") or "").strip().upper() in ("<>", "!=", "NOT")
    return _column(m.group("c")), "not blank" if filled != negated else "blank"


def _dates(atom: str, negated: bool) -> tuple[str, str] | None:
    if negated:
        return None
    m = re.fullmatch(rf"(?:DATE\()?(?P<c>{_COL})\)?\s*=\s*(?:DATE\()?{_TODAY}\)?(?P<d>\s*[+-].+)?", atom, _I)
    if m and _interval_days(m.group("d")) in _DAYS:
        return _column(m.group("c")), _DAYS[_interval_days(m.group("d"))]
    m = re.fullmatch(rf"(?P<c>{_COL})\s+BETWEEN\s+(?:DATE\('now',\s*'-6 days'\)|{_TODAY}\s*-\s*(?:INTERVAL\s+)?'?6'?"
                     rf"(?:\s*DAYS?)?'?)\s+AND\s+{_TODAY}", atom, _I)
    if m:
        return _column(m.group("c")), "in the last 7 days"
    m = re.fullmatch(rf"(?P<f>YEARWEEK|WEEK|MONTH)\((?P<c>{_COL})(?:\s*,\s*\d)?\)\s*=\s*(?P=f)\({_TODAY}"
                     rf"(?P<i>\s*[+-]\s*INTERVAL\s+1\s+(?:WEEK|MONTH))?(?:\s*,\s*\d)?\)(?P<s>\s*[+-]\s*1)?", atom, _I)
    if m:
        step = m.group("s") or m.group("i") or ""
        n = 0 if not step else (1 if "+" in step else -1)
        return _column(m.group("c")), f"{_STEPS[n]} {'month' if m.group('f').upper() == 'MONTH' else 'week'}"
    return None


def _average(atom: str, negated: bool) -> tuple[str, str] | None:
    m = re.fullmatch(rf"(?P<c>{_COL})\s*(?P<op>>=?|<=?)\s*\(\s*SELECT\s+AVG\((?P<c2>{_COL})\)\s+FROM\s+{_COL}\s*\)",
                     atom, _I)
    if not m:
        return None
    above = m.group("op").startswith(">") != negated
    return _column(m.group("c")), "above average" if above else "below average"


def _between(atom: str, negated: bool) -> tuple[str, str] | None:
    m = re.fullmatch(rf"(?P<c>{_COL})\s+(?P<not>NOT\s+)?BETWEEN\s+(?P<a>{_NUM})\s+AND\s+(?P<b>{_NUM})", atom, _I)
    if not m:
        return None
    out = bool(m.group("not")) != negated
    return _column(m.group("c")), f"{'not between' if out else 'between'} {m.group('a')} and {m.group('b')}"


def _like(atom: str, negated: bool) -> tuple[str, str] | None:
    m = re.fullmatch(rf"(?:LOWER\(|UPPER\()?(?P<c>{_COL})\)?\s+(?P<not>NOT\s+)?I?LIKE\s+'(?P<p>[^']*)'", atom, _I)
    if not m:
        return None
    pattern, off = m.group("p"), bool(m.group("not")) != negated
    core = pattern.strip("%")
    if not core or "%" in core or "_" in core:
        return None
    if pattern.startswith("%") and pattern.endswith("%"):
        said = "not containing" if off else "containing"
    elif pattern.endswith("%"):
        said = "not beginning with" if off else "beginning with"
    elif pattern.startswith("%"):
        said = "not ending with" if off else "ending with"
    else:
        said = "not equal to" if off else "exactly"
    return _column(m.group("c")), f'{said} "{core}"'


def _compared(atom: str, negated: bool) -> tuple[str, str] | None:
    m = re.fullmatch(rf"(?P<c>{_COL})\s*(?P<op>>=|<=|<>|!=|==|=|>|<)\s*(?P<v>{_NUM}|{_STR})", atom, _I)
    if not m:
        return None
    op = _NEGATED[m.group("op")] if negated else m.group("op")
    value = m.group("v")
    if value.startswith("'") and op in ("=", "=="):
        return _column(m.group("c")), f"exactly {_literal(value)}"
    return _column(m.group("c")), f"{_SIGNS[op]} {_literal(value)}"


def _split(cond: str, word: str) -> list[str]:
    """`cond` split at `word` (AND / OR) outside parentheses and outside BETWEEN ... AND."""
    parts, depth, start = [], 0, 0
    tokens = list(re.finditer(rf"\(|\)|\b{word}\b|\bBETWEEN\b", cond, _I))
    between = False
    for t in tokens:
        s = t.group(0).upper()
        if s == "(":
            depth += 1
        elif s == ")":
            depth -= 1
        elif s == "BETWEEN":
            between = True
        elif depth == 0 and between and word == "AND":
            between = False
        elif depth == 0:
            parts.append(cond[start:t.start()])
            start = t.end()
    return parts + [cond[start:]]


def _condition(cond: str) -> str | None:
    """A WHERE condition in words: "pad rounds less than 4 or greater than 18"."""
    cond = re.sub(r"\s+AND\s+YEAR\(\s*[\w\"`]+\s*\)\s*=\s*YEAR\([^)]*\)\)?", "", cond.strip(), flags=_I)
    for word in ("OR", "AND"):
        parts = _split(cond, word)
        if len(parts) > 1:
            said = [_condition(p) for p in parts]
            if None in said:
                return None
            first = parts and _atom(parts[0])
            column = first[0] if first else None
            if column and all((_atom(p) or (None,))[0] == column for p in parts):
                return column + " " + f" {word.lower()} ".join(_atom(p)[1] for p in parts)
            return f" {word.lower()} ".join(said)
    read = _atom(cond)
    return None if read is None else f"{read[0]} {read[1]}"


_SELECT = re.compile(rf"\bSELECT\s+(?:DISTINCT\s+)?(?:TOP\s+(?P<top>\d+)\s+(?P<pct>PERCENT\s+)?)?"
                     rf"(?P<cols>\*|{_COL}(?:\s*,\s*{_COL})*)\s+FROM\s+{_COL}\s*;?", _I)
_WHERE = re.compile(r"\bWHERE\s+(?P<c>.+?)(?=\s*(?:--|;|\bORDER\s+BY\b|\bGROUP\s+BY\b|:\s|\bFETCH\b|\bLIMIT\b|$))", _I)
_ORDER = re.compile(rf"\bORDER\s+BY\s+(?P<c>{_COL})(?:\s+(?P<dir>ASC|DESC))?(?:\s+(?:LIMIT\s+(?P<n>\d+)|FETCH\s+"
                    rf"FIRST\s+(?P<f>\d+)\s+(?P<pct>PERCENT\s+)?ROWS?\s+(?:ONLY|WITH\s+TIES)))?\s*;?", _I)
_GROUPED = re.compile(rf"(?:(?P<c0>{_COL})\s+IN\s+\(\s*SELECT\s+{_COL}\s+FROM\s+{_COL}\s+)?\bGROUP\s+BY\s+"
                      rf"(?P<c>{_COL})\s+HAVING\s+COUNT\(\s*(?:\*|{_COL})\s*\)\s*(?P<op>>|>=|=)\s*(?P<n>\d+)"
                      r"\s*\)?\s*;?", _I)


def unqueried(text: str) -> str:
    """`text` with its query said in words (see the module's docstring); as it is without one."""
    if not _QUERY.search(text) or _nesting(text) > 8:  # (a query nested deeper is no request)
        return text
    out, top, named = text, None, None
    grouped = _GROUPED.search(out)  # (first: its subquery's SELECT is no query's list)
    if grouped:
        several = grouped.group("op") in (">", ">=") and grouped.group("n") in ("1", "2")
        said = f"{_column(grouped.group('c'))} {'duplicates' if several else 'unique values'}"
        before = re.sub(r"\bWHERE\s*$", "where ", out[:grouped.start()], flags=_I)
        out = before + said + out[grouped.end():]
    select = _SELECT.search(out)
    if select:
        top = (select.group("top"), bool(select.group("pct")))
        cols = select.group("cols")
        named = None if cols == "*" or "," in cols or grouped else _column(cols)
        out = out[:select.start()] + out[select.end():]
    out = re.sub(r"\bWHERE\s*$", "", out.strip(), flags=_I)
    where = _WHERE.search(out) if not grouped else None
    if where:
        said = _condition(where.group("c"))
        if said is None:
            return text
        out = out[:where.start()] + "where " + said + out[where.end():]
        named = None
    order = _ORDER.search(out)
    if order:
        n = order.group("n") or order.group("f") or (top[0] if top else None)
        percent = bool(order.group("pct")) or bool(top and top[1])
        if n is None:
            return text
        way = "top" if (order.group("dir") or "ASC").upper() == "DESC" else "bottom"
        out = out[:order.start()] + f"the {way} {n}{'%' if percent else ''} {_column(order.group('c'))}" + \
            out[order.end():]
        named = None
    if not (select or where or order or grouped):
        return text
    out = re.sub(r"\s*--\s*", " - ", out).strip(" ;-")
    if named:
        out = f"{named}: {out}"
    return re.sub(r"\s{2,}", " ", out).strip()
