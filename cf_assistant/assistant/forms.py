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
Some write the rule as a changelog entry ("### Changed - flag rows where Status is Late (was: is
Pending)", "[1.8.0] Added - colour Qty when a value is in the bottom 25%", "v2.2 - now marks each
..."): the version and the entry's label go (the version's figures were read as the rule's), and so
does what the rule was before ("(was: ...)": its rule words were read as a second rule)
(`changelog`). Some write it as an alert or a monitoring rule ("alert unless Qty >= 100", "notify
the team when Qty is one of the bottom 3", "trigger when NOT (Qty < 15)", "warn threshold: Qty
leaves the 30..48 band, severity high", "alert rule for Jobs: Date is today => flag entire row"):
the alert is the ask ("highlight where"), "unless" and "NOT (...)" deny the test, the band and the
alert's severity and purpose are said or dropped, and the sheet it is for is said as a sheet
(`alert`; "notfy", once read as "not", and "alret" are its slips).
`unformed` applies them all; a text in none of these forms is left as it is.

The forms were seen on the twenty-seventh sets' dev halves (TL;DR, telegram, recipe) and the
twenty-ninth's (changelog, alert), never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.payloads import _OPS  # (a sign -> its test, and its test denied)

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


_CHANGE_LABEL = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\[\s*v?\d+(?:\.\d+)+[\w.\-]*\s*\]\s*[-:–—]?\s*|"
                           r"v?\d+(?:\.\d+)+[\w.\-]*\s*[-:–—]\s*)?"
                           r"(?:(?:added|changed|fixed|new|updated|improved|feat(?:ure)?|fix)\s*[:\-–—]\s*)?", re.I)
_WAS = re.compile(r"\s*\((?:was|previously|formerly|before|used\s+to\s+be|replaces?)\s*:?\s*"
                  r"[^()]*(?:\([^()]*\)[^()]*)*\)",
                  re.I)


def changelog(text: str) -> str:
    """A changelog entry's new rule, without its version, its label and what it was before."""
    m = _CHANGE_LABEL.match(text)
    if not m or not m.group(0).strip() or not re.search(r"[A-Za-z]", m.group(0)) and "[" not in m.group(0) \
            and not re.match(r"\s*v?\d+\.\d", text):
        return text
    return _WAS.sub("", text[m.end():]).strip() or text


_ALERT = re.compile(r"^\s*(?:create\s+(?:an?\s+)?)?(?:alerts?|alret|notify|notfy|warn(?:ing)?|trigger|triger|"
                    r"page\s+me|ping\s+me|(?:notify|notfy|alert|ping|page|warn)\s+(?:the\s+)?"
                    r"(?:team|me|us|ops|on-?call))"
                    r"(?:\s+(?:rule|threshold|treshold|dashboard|view|condition))?"
                    r"(?:\s*,?\s*(?:for|on|in)?\s*(?:sheet\s+)?(?P<sheet>[A-Z][A-Za-z0-9]+(?:[A-Z][A-Za-z0-9]+)+))?"
                    r"\s*(?:[:\-–—]\s*(?:condition\s*:\s*)?|\s+(?:when(?:ever)?|if|once|on|as\s+soon\s+as)\s+"
                    r"|\s+(?P<unless>unless)\s+)", re.I)
_DENIED = re.compile(r"^(?:NOT\s*\(\s*)?(?P<col>.+?)\s*(?P<sign>>=|<=|!=|<>|==|=|>|<)\s*"
                     r"(?P<v>-?[$£€]?\d[\d,.]*)\s*\)?\s*$")
_ALERT_TAIL = re.compile(r"\s*,?\s*(?:severity\s*:?\s*\w+|so\s+(?:spikes|dips|changes|outliers)\s+stand\s+out|"
                         r"no\s+threshold)\b", re.I)
_BAND = re.compile(r"\b(?P<verb>leaves|exits|breaks\s+out\s+of|falls\s+outside|goes\s+outside|is\s+outside|stays\s+in|"
                   r"stays\s+inside|is\s+in|is\s+inside|enters)\s+the\s+(?P<a>-?\d[\d,.]*?)\s*(?:\.\.|-|–|to)\s*"
                   r"(?P<b>-?\d[\d,.]*)\s+(?:band|range|corridor|window|zone)(?:\s*\([^()]*\))?", re.I)


_THEN = re.compile(r"\s*(?:=>|->|→)\s*(?:flag|highlight|mark|colou?r|shade|fill)\s+(?:the\s+)?"
                   r"(?P<scope>(?:entire|whole|"
                   r"full)\s+rows?|cells?(?:\s+only)?|just\s+the\s+cells?)\b", re.I)


def _band(m: re.Match) -> str:
    inside = re.match(r"stays|is\s+in|enters", m.group("verb"), re.I) is not None
    return f"{'between' if inside else 'not between'} {m.group('a')} and {m.group('b')}"


def alert(text: str) -> str:
    """An alert's or monitoring rule's test as a request to highlight (see the module's docstring)."""
    m = re.match(r"(?i)^\s*monitoring\s+(?:view|rule|dashboard)\s*[:\-–—]\s*", text)
    if m:  # "monitoring view - put data bars on Qty, no threshold"
        return _ALERT_TAIL.sub("", text[m.end():]).strip() or text
    m = _ALERT.match(text)
    if not m:
        return text
    rest = _BAND.sub(_band, _ALERT_TAIL.sub("", text[m.end():]))
    rest = _THEN.sub(lambda t: f", {t.group('scope')}", rest)
    rest = re.sub(r"\s+while\s+(?:staying|remaining|still)\s+", " and ", rest, flags=re.I)
    denied = _DENIED.match(rest.strip(" .")) if m.group("unless") or re.match(r"\s*NOT\s*\(", rest) else None
    if denied:  # (said as the test's complement: "not at least 100" was read as "at least 100")
        rest = f"{denied.group('col')} is {_OPS[denied.group('sign')][1]} {denied.group('v')}"
    elif m.group("unless"):
        rest = f"not ({rest.strip()})"
    sheet = f" in sheet {m.group('sheet')}" if m.group("sheet") else ""
    asks = re.match(r"(?i)(?:show|put|add|apply|use|colou?r|highlight|mark|flag|shade)\b", rest.strip())
    return f"{'' if asks else 'highlight where '}{rest.strip()}{sheet}"


def unformed(text: str) -> str:
    """`text` with a TL;DR, a telegram, a recipe, a changelog entry or an alert read for its request
    (see the module's docstring)."""
    return alert(changelog(recipe(telegram(tldr(text)))))
