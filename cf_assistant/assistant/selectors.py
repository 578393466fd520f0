"""A request written as a CSS rule, said in words.

Some users write the rule as a style sheet would: ".qty:below(5) { background: yellow }",
"td[column="Yield (kg)"]:not(:above(45)) { fill: pink }", "td[Owner=""] { fill: red }", "td[Fry
Temp > 170][Fry Temp < 185] { ... }", "td[Cutting*="first" i] { ... }", "td:not([Shade^="navy"
i])", ".sale-day:last-week", ".vat-ph:out-of-range(10.5, 12)", "td[col="Bun Orders"] { data-bar:
blue }", and for a table "#Shows tr:has(td[col="Show Date"]:date(last-month)) { fill: pink }
/* whole row */". Their pseudo-classes, operators and class names were read as texts
(":gte(15)" -> Equals(15)). `unselected` says the rule in words: "highlight the Yield (kg) cells
not greater than 45", "highlight the Cutting cells containing "first"", "on sheet Shows, highlight
the entire rows of the Show Date cells in last month"; the column is the selector's attribute
("column", "col", "data-header", "header") or its class said as words (".fry-temp-c" -> "Fry Temp
C"), the declarations name the format only when they ask for data bars, a colour scale or an icon
set, and "tr:has(...)" or a comment saying "whole row" / "entire row" asks for rows, "cell only"
for cells. A text that is not one such rule (a selector, then "{ ... }") is left as it is.

The form was seen on the thirty-first sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_RULE = re.compile(r"^\s*(?:#(?P<sheet>[A-Za-z_][\w-]*)\s+)?(?P<selector>(?:td|tr|th|cell|\.|\[|\*|:)[^{}]*?)\s*"
                   r"\{(?P<declarations>[^{}]*)\}(?P<tail>[^{}]*)$", re.S)
_WRAPPED = re.compile(r"\b(?:tr|tbody|table)\s*:(?:has|is|where)\(\s*(?P<inner>.*)\)\s*$")  # "tr:has(td...)"
_COMMENT = re.compile(r"/\*\s*(?P<said>.*?)\s*\*/", re.S)
_COLUMN = re.compile(r"\[\s*(?:column|col|data-header|data-col|data-column|header|name)\s*=\s*(?P<q>['\"])"
                     r"(?P<name>.*?)(?P=q)\s*\]", _I)
_CLASS = re.compile(r"(?:^|(?<=[\s(]))(?:td)?\.(?P<name>[A-Za-z][\w-]*)")
_ATTRIBUTE = re.compile(r"\[\s*(?P<column>[^\]=<>!~*^$|]+?)\s*(?P<op>[*^$~|!]?=|[<>]=?)\s*(?:(?P<q>['\"])"
                        r"(?P<text>.*?)(?P=q)|(?P<number>-?[\d.,]+%?))\s*(?P<case>\s[is])?\s*\]")
_PSEUDO = re.compile(r":(?P<not>not\(\s*:?)?(?P<name>[a-z][\w-]*)(?:\((?P<args>[^()]*)\))?\)?", _I)
_TEXT_OPS = {"=": "equal to", "*=": "containing", "~=": "containing", "^=": "starting with", "|=": "starting with",
             "$=": "ending with", "!=": "not equal to"}
_NUMBER_OPS = {"=": "equal to", ">": "greater than", ">=": "greater than or equal to", "<": "less than",
               "<=": "less than or equal to", "!=": "not equal to"}
_NAMES = (  # pseudo-class names -> words; {0} and {1} are its arguments
    (r"gt|greater-than|above|over|more-than|exceeds", "greater than {0}"),
    (r"gte|ge|at-least|min|not-below|from", "greater than or equal to {0}"),
    (r"lt|less-than|below|under|fewer-than", "less than {0}"),
    (r"lte|le|at-most|max|not-above|up-to", "less than or equal to {0}"),
    (r"eq|equals?|is|value|exactly", "equal to {0}"),
    (r"ne|neq|not-equals?|other-than|is-not", "not equal to {0}"),
    (r"between|in-range|within|range", "between {0} and {1}"),
    (r"not-between|out-of-range|outside|not-in-range", "not between {0} and {1}"),
    (r"top|largest|highest|biggest|max-n|top-n", "in the top {0}"),
    (r"bottom|smallest|lowest|least|min-n|bottom-n", "in the bottom {0}"),
    (r"top-percent|top-pct", "in the top {0} percent"),
    (r"bottom-percent|bottom-pct", "in the bottom {0} percent"),
    (r"above-average|above-avg|gt-average|over-average", "above average"),
    (r"below-average|below-avg|lt-average|under-average", "below average"),
    (r"errors?|has-errors?|is-error|invalid", "containing an error"),
    (r"no-errors?|without-errors?|not-errors?|valid|error-free", "without an error"),
    (r"blank|empty|is-empty|is-blank", "that are blank"),
    (r"not-blank|not-empty|filled|non-empty|nonempty|has-value", "that are not blank"),
    (r"unique|only-once|distinct|once|single", "that are unique"),
    (r"duplicates?|duplicated|repeated|dupes?|not-unique", "that are duplicated"),
    (r"contains|has-text|includes|has|text-contains", "containing {0}"),
    (r"excludes|lacks|not-contains|without|text-excludes|missing", "not containing {0}"),
    (r"text-is|text|text-equals|is-text|equals-text|says", "equal to {0}"),
    (r"starts-with|begins-with|text-starts|prefix", "starting with {0}"),
    (r"ends-with|text-ends|suffix", "ending with {0}"),
    (r"today|yesterday|tomorrow", "dated {name}"),
    (r"(?:last|this|next)-(?:week|month)", "in {name}"),
    (r"(?:last|past)-7-days|last-seven-days|past-week-days|last-7", "in the last 7 days"),
)
_FORMATS = ((r"data-?bars?", "add data bars to"), (r"colou?r-?scales?", "add a color scale to"),
            (r"icon-?sets?|icons", "add an icon set to"))


def _argument(raw: str) -> str:
    """A pseudo-class's argument said as the request would: texts in double quotes."""
    raw = raw.strip()
    if raw[:1] in "'\"" and raw[-1:] == raw[:1]:
        return f'"{raw[1:-1]}"'
    return raw


def _pseudo(name: str, args: str | None) -> str | None:
    """Words for the pseudo-class `name` with its `args` (":gte(15)" -> "greater than or equal to 15")."""
    name = name.lower()
    if name == "date" and args:
        return _pseudo(args.strip(" '\""), None)
    said = [_argument(a) for a in re.split(r"\s*,\s*", args)] if args else []
    for pattern, words in _NAMES:
        if re.fullmatch(pattern, name):
            if words.count("{") > len(said) + words.count("{name}"):
                return None
            return words.format(*said, name=name.replace("-", " "))
    return None


def _negated(test: str) -> str:
    """`test` said the other way round ("that are blank" -> "that are not blank")."""
    return re.sub(r"^that are ", "that are not ", test) if test.startswith("that are ") else f"not {test}"


def _tests(selector: str) -> tuple[str | None, list[str]]:
    """The column the `selector` names and its tests in words."""
    column, tests = None, []
    selector = _WRAPPED.sub(r"\g<inner>", selector.strip())
    named = _COLUMN.search(selector)
    if named:
        column = named["name"]
        selector = selector[:named.start()] + selector[named.end():]
    for m in _ATTRIBUTE.finditer(selector):
        negated = selector[:m.start()].rstrip().endswith(":not(")
        column = column or m["column"].strip(" '\"")
        if m["text"] is not None:
            test = f'{_TEXT_OPS.get(m["op"], "equal to")} "{m["text"]}"' if m["text"] else "that are blank"
        else:
            test = f'{_NUMBER_OPS.get(m["op"], "equal to")} {m["number"]}'
        tests.append(_negated(test) if negated else test)
    selector = _ATTRIBUTE.sub(" ", selector)
    for m in _PSEUDO.finditer(selector):
        if m["name"].lower() in ("has", "not") and not m["args"]:
            continue
        said = _pseudo(m["name"], m["args"])
        if said:
            tests.append(_negated(said) if m["not"] else said)
    classed = _CLASS.search(selector)
    if column is None and classed:
        column = classed["name"].replace("-", " ").replace("_", " ").title()
    return column, tests


def unselected(text: str) -> str:
    """`text` said in words when it is a CSS rule (see the module's docstring)."""
    m = _RULE.match(text)
    if not m or not re.search(r"[:\[.]", m["selector"]):
        return text
    comments = " ".join(c["said"] for c in _COMMENT.finditer(m["declarations"] + m["tail"]))
    declarations = _COMMENT.sub(" ", m["declarations"])
    column, tests = _tests(m["selector"])
    fmt = next((said for pattern, said in _FORMATS if re.search(rf"\b(?:{pattern})\b", declarations, _I)), None)
    rows = bool(re.search(r"\btr\s*:has\(", m["selector"], _I) or re.search(r"\b(?:whole|entire|full)\s+rows?\b",
                                                                             comments, _I))
    cells = bool(re.search(r"\bcells?\s+only\b|\bonly\s+the\s+cells?\b", comments, _I))
    sheet = f"on sheet {m['sheet']}, " if m["sheet"] else ""
    inclusive = " inclusive" if re.search(r"\binclusive\b", comments, _I) else ""
    if fmt and not tests and column:
        return f"{sheet}{fmt} the {column} cells"
    if not tests:
        return text
    said = " and ".join(tests) + inclusive
    if rows:
        if column and said.startswith("that are "):
            return f"{sheet}highlight the entire rows where the {column} cells are {said[len('that are '):]}"
        return f"{sheet}highlight the entire rows " + (f"of the {column} cells {said}" if column
                                                        else f"where a cell is {said}")
    return f"{sheet}highlight the {column or ''} cells {said}".replace("  ", " ") + (", cells only" if cells else "")
