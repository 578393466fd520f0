"""A request typed as a command line, flags and all, said in words.

Users who live in a terminal write the rule as the command they wish existed: `cf highlight --col
"Score" --gt 50 --fill red`, `highlight "Quidditch Team" --starts-with Seeker`, `fmt -c Owner
--blank`, `wake-cf --col "Wake Trick" --not --starts-with Back`, `cf highlight --col Runs --lt 3
--or-gt 25`, `highlight Status --equals Late --rows`. `uncommanded` reads such a line: the column
from `--col`/`--column`/`-c`/`--field` or the first word after the program's words, each test flag
with its values (an operator the payload readers know: `--gte 63`, `--between 200 240`,
`--top-percent 20`, `--duplicates`), `--not` turning the next test about, an `--or-` flag joining
with "or", format flags (`--fill`, `--color`, `--bold`) passed over and `--rows` for the entire
row, and says it as a request ("highlight cells greater than 50 in Score"). A line that does not read
wholly so is left as it is; words before it ("peak heart rate from 160 to 182: cf highlight ...")
are the line's own description and go.

The forms were seen on the twenty-fifth one-column set's dev half, never its test half.
"""

from __future__ import annotations

import re
import shlex

from .payloads import flag_phrase

_COLUMN_FLAGS = frozenset({"col", "column", "c", "field", "f", "header", "on", "colname"})
_FORMAT_FLAGS = frozenset({"fill", "color", "colour", "bg", "background", "font", "fontcolor", "fontcolour", "style",
                           "format", "fmt", "text", "textcolor", "border", "icon", "theme", "sheet", "range", "name",
                           "label", "title", "output", "o", "file", "in", "input", "priority"})
_SWITCHES = frozenset({"bold", "italic", "underline", "dryrun", "dry", "verbose", "v", "quiet", "q", "force",
                       "inplace", "i", "stopiftrue", "highlight", "shade", "casesensitive", "caseinsensitive",
                       "ignorecase", "nocase", "cellsonly", "cells", "justcells", "onlycells"})
_ROW_FLAGS = frozenset({"rows", "row", "entirerow", "wholerow", "fullrow", "applytorow"})
_PROGRAM = re.compile(r"^(?:[\w.-]*cf[\w.-]*|cfa|highlight|hl|fmt|format|mark|shade|colou?r|flag|rule|add|apply|"
                      r"new|run|sheet|excel|xl|conditional|cond|set|paint|tint)$", re.I)
_COMMAND = re.compile(r"(?:^|(?<=[:>$])\s*|(?<=\n))(?P<line>(?:\$\s*)?[\w.-]+(?:\s+(?:[\w.-]+|\"[^\"\n]*\"|"
                      r"'[^'\n]*'))*?\s+--?[A-Za-z][^\n]*)$")


def _flag(token: str) -> str | None:
    """A flag's name without dashes, in lower case and joined ("--starts-with" -> "startswith")."""
    m = re.fullmatch(r"--?([A-Za-z][\w-]*)", token)
    return re.sub(r"[-_]", "", m.group(1)).lower() if m else None


def _values(tokens: list[str], at: int, want: int | None) -> tuple[list[str], int]:
    """The values after a flag (`want` of them, or all up to the next flag) and where they end."""
    out = []
    while at < len(tokens) and _flag(tokens[at]) is None and (want is None or len(out) < want):
        out.append(tokens[at])
        at += 1
    return out, at


def _wanted(name: str) -> int:
    """How many values a test flag takes: one, two for a range, none for a rule said by its name
    alone; -1 for a name that is no test."""
    return next((n for n, values in ((1, ["1"]), (2, ["1", "2"]), (0, [])) if flag_phrase(name, values)), -1)


def _read(tokens: list[str]) -> str | None:
    """The request a command line's tokens say, or None where any token does not read."""
    at, column, row, negate, tests = 0, None, False, False, []
    while at < len(tokens) and _flag(tokens[at]) is None:
        if not _PROGRAM.match(tokens[at]) and tokens[at] != "$":
            if column is not None:
                return None
            column = tokens[at]
        at += 1
    while at < len(tokens):
        name = _flag(tokens[at])
        if name is None:
            return None
        at += 1
        if name in _COLUMN_FLAGS:
            words, at = _values(tokens, at, None)
            column = " ".join(words) or None
        elif name in _FORMAT_FLAGS:
            _, at = _values(tokens, at, None)
        elif name in _ROW_FLAGS or name in _SWITCHES:
            row = row or name in _ROW_FLAGS
        elif name in ("not", "invert", "negate", "n"):
            negate = not negate
        else:
            joint = "and"
            if tests and name.startswith(("or", "and")) and _wanted(name[2 + name.startswith("and"):]) != -1:
                joint, name = ("and", name[3:]) if name.startswith("and") else ("or", name[2:])
            want = _wanted(name)
            words, at = _values(tokens, at, None if want in (-1, 1) else want)
            said = flag_phrase(name, [" ".join(words)] if want == 1 and words else words, negate)
            if said is None:
                return None
            tests.append((joint, said))
            negate = False
    if not tests or column is None and not row:
        return None
    condition = tests[0][1] + "".join(f" {joint} {said}" for joint, said in tests[1:])
    if row:
        return f"highlight the entire row where {column} is {condition}" if column else None
    return f"highlight cells {condition} in {column}"  # (the column last: its words are not the rule's literal)


def uncommanded(text: str) -> str:
    """`text` said as a request where its last line is a command line (see the module's docstring)."""
    if " -" not in text:
        return text
    m = _COMMAND.search(text.strip())
    if not m:
        return text
    try:
        tokens = shlex.split(m.group("line").replace("’", "'").replace("“", '"').replace("”", '"'))
    except ValueError:
        return text
    said = _read(tokens)
    return said if said else text
