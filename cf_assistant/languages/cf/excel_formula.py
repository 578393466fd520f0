"""A small reader of Excel formulas into a comparable syntax tree.

Only what is needed to recognise the formulas that `excel.py` writes when they come back from a
workbook: numbers, strings, booleans, error literals, A1 references and ranges (with `$`), function
calls, the comparison, `&`, arithmetic and unary operators. Constant string concatenation is folded
(`"ab"&"c"` == `"abc"`, as `excel.py` splits long strings), the `_xlfn.` prefix that files carry
for newer functions is dropped, and names are upper-cased, so two spellings of one formula give
equal trees.

Trees are nested tuples: ("num", float), ("str", str), ("bool", bool), ("err", code),
("ref", "$A$2:$A$9"), ("fn", NAME, (args...)), ("op", OP, left, right), ("neg", x), ("pct", x).

It does not evaluate anything (the `formulas` package does that for foreign formulas) and it does
not know sheet-qualified or structured references: `parse_formula` raises `FormulaSyntaxError` on
anything it does not know, which callers read as "not one of ours".
"""

from __future__ import annotations

import re
from typing import Any

Tree = tuple[Any, ...]


class FormulaSyntaxError(ValueError):
    """Formula text this reader does not understand."""


_TOKEN = re.compile(
    r"""\s*(?:
      (?P<str>"(?:[^"]|"")*")
    | (?P<err>\#(?:DIV/0!|N/A|NAME\?|NULL!|NUM!|REF!|VALUE!))
    | (?P<fn>(?:_xlfn\.)?[A-Za-z_][A-Za-z0-9_.]*(?=\())
    | (?P<ref>\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![A-Za-z0-9_(]))
    | (?P<bool>(?:TRUE|FALSE)(?![A-Za-z0-9_(]))
    | (?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    | (?P<op><>|<=|>=|[=<>&+\-*/^%(),])
    )""",
    re.VERBOSE | re.IGNORECASE,
)

_COMPARISONS = ("=", "<>", "<", ">", "<=", ">=")


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise FormulaSyntaxError(f"unexpected {text[pos:pos + 10]!r} at {pos}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str):
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> tuple[str, str]:
        return self.toks[self.i] if self.i < len(self.toks) else ("end", "")

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok[0] == "end" or (value is not None and tok[1] != value):
            raise FormulaSyntaxError(f"expected {value or 'more'} at token {self.i}")
        self.i += 1
        return tok

    def binary(self, ops: tuple[str, ...], next_level) -> Tree:
        left = next_level()
        while self.peek()[0] == "op" and self.peek()[1] in ops:
            op = self.take()[1]
            left = _fold(("op", op, left, next_level()))
        return left

    def comparison(self) -> Tree:
        return self.binary(_COMPARISONS, self.concat)

    def concat(self) -> Tree:
        return self.binary(("&",), self.additive)

    def additive(self) -> Tree:
        return self.binary(("+", "-"), self.multiplicative)

    def multiplicative(self) -> Tree:
        return self.binary(("*", "/"), self.power)

    def power(self) -> Tree:
        return self.binary(("^",), self.unary)

    def unary(self) -> Tree:
        if self.peek() in (("op", "-"), ("op", "+")):
            sign = self.take()[1]
            inner = self.unary()
            if sign == "+":
                return inner
            return ("num", -inner[1]) if inner[0] == "num" else ("neg", inner)
        return self.postfix()

    def postfix(self) -> Tree:
        node = self.primary()
        while self.peek() == ("op", "%"):
            self.take()
            node = ("pct", node)
        return node

    def primary(self) -> Tree:
        kind, value = self.take()
        if kind == "num":
            return ("num", float(value))
        if kind == "str":
            return ("str", value[1:-1].replace('""', '"'))
        if kind == "bool":
            return ("bool", value.upper() == "TRUE")
        if kind == "err":
            return ("err", value.upper())
        if kind == "ref":
            return ("ref", value.upper())
        if kind == "fn":
            return self.call(value)
        if (kind, value) == ("op", "("):
            node = self.comparison()
            self.take(")")
            return node
        raise FormulaSyntaxError(f"unexpected {value!r}")

    def call(self, name: str) -> Tree:
        name = re.sub(r"^_XLFN\.", "", name.upper())
        self.take("(")
        args: list[Tree] = []
        if self.peek() != ("op", ")"):
            args.append(self.comparison())
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.comparison())
        self.take(")")
        return ("fn", name, tuple(args))


def _fold(node: Tree) -> Tree:
    """Fold `"a"&"b"` into one string literal."""
    if node[1] == "&" and node[2][0] == "str" and node[3][0] == "str":
        return ("str", node[2][1] + node[3][1])
    return node


def parse_formula(text: str) -> Tree:
    """The tree of an Excel formula (with or without the leading `=`)."""
    text = text.strip()
    if text.startswith("="):
        text = text[1:]
    parser = _Parser(text)
    tree = parser.comparison()
    if parser.peek()[0] != "end":
        raise FormulaSyntaxError(f"unexpected {parser.peek()[1]!r} after the formula")
    return tree
