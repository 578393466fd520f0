"""Parse CF rule text into typed rules: `parse(text) -> Rule`.

Two stages. A context-sensitive lexer (here) turns text into tokens: it knows each function's
family, so it knows where an argument is a bare text that runs to the closing parenthesis of its
call (`TextContains(Needs Update)`, `TextEquals(Y(SH))`, `TextContains(()`). Where a bare text
holds parentheses, several closing parentheses are possible ends; the lexer proposes them in order
(the first unmatched one first) and the parse is retried with the next proposal until one
succeeds. The grammar in grammars/cf_rule.lark (LALR) then decides which token sequences are
rules, and a transformer builds the dataclasses of rules.py, mapping every alias to its canonical
name.

Anything that is not a rule raises `RuleSyntaxError` with a message naming the 1-based column and
what was expected; `error.position` is the 0-based offset. Nothing else is ever raised.

This module knows nothing of printing, execution or workbooks.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from lark import Lark, Token, Transformer, UnexpectedInput, v_args
from lark.exceptions import VisitError
from lark.lexer import Lexer

from cf_assistant.errors import RuleSyntaxError
from cf_assistant.languages.cf.rules import (
    Average, Between, Blanks, ColumnRef, Compare, Duplicates, Errors, Not, Or, And, Rank, Rule,
    Text, TimePeriod, Visual,
)
from cf_assistant.paths import GRAMMARS_DIR

GRAMMAR_PATH = GRAMMARS_DIR / "cf_rule.lark"
MAX_DEPTH = 64  # nesting of calls; deeper text is rejected, not recursed into
MAX_ATTEMPTS = 64  # alternative ends of bare texts tried before giving up
DIAGNOSTIC_CODES = {
    "CF001": "syntax: a token where the grammar does not allow it",
    "CF002": "unknown function name",
    "CF003": "unbalanced parentheses",
    "CF004": "empty text",
    "CF005": "unterminated quoted text",
    "CF006": "nested too deeply",
}

# family terminal -> canonical name -> accepted spellings (case-insensitive). The grammar's
# terminal regexes list the same spellings (tests/cf/test_parser.py checks they agree).
FUNCTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "COMPARE_FN": {
        "GreaterThan": ("GreaterThan",),
        "GreaterThanEqual": (
            "GreaterThanEqual", "GreaterThanEquals", "GreaterThanOrEqual", "GreaterThanOrEqualTo",
        ),
        "LessThan": ("LessThan",),
        "LessThanEqual": ("LessThanEqual", "LessThanEquals", "LessThanOrEqual", "LessThanOrEqualTo"),
        "Equals": ("Equals", "Equal", "EqualTo"),
        "NotEquals": ("NotEquals", "NotEqual", "NotEqualTo"),
    },
    "BETWEEN_FN": {"Between": ("Between",), "NotBetween": ("NotBetween",)},
    "TEXT_FN": {
        "TextEquals": ("TextEquals",),
        "TextContains": ("TextContains", "Contains"),
        "TextNotContains": ("TextNotContains", "NotContains", "TextDoesNotContain"),
        "TextStartsWith": ("TextStartsWith", "StartsWith", "BeginsWith", "TextBeginsWith"),
        "TextEndsWith": ("TextEndsWith", "EndsWith"),
    },
    "RANK_FN": {
        "Top": ("Top",), "Bottom": ("Bottom",),
        "TopPercent": ("TopPercent",), "BottomPercent": ("BottomPercent",),
    },
    "NULLARY_FN": {
        "AboveAverage": ("AboveAverage",), "BelowAverage": ("BelowAverage",),
        "Duplicates": ("Duplicates", "Duplicate", "DuplicateValues"),
        "Unique": ("Unique", "UniqueValues"),
        "Blanks": ("Blanks",), "NotBlanks": ("NotBlanks",),
        "Errors": ("Errors",), "NotErrors": ("NotErrors",),
        "ColorScale": ("ColorScale",), "DataBar": ("DataBar",), "IconSet": ("IconSet",),
        **{p: (p,) for p in (
            "Yesterday", "Today", "Tomorrow", "Last7Days", "LastWeek", "ThisWeek", "NextWeek",
            "LastMonth", "ThisMonth", "NextMonth",
        )},
    },
    "AND_FN": {"AND": ("AND",)},
    "OR_FN": {"OR": ("OR",)},
    "NOT_FN": {"NOT": ("NOT",)},
}
CANONICAL: dict[str, tuple[str, str]] = {  # lower-case spelling -> (family terminal, canonical)
    alias.lower(): (family, canonical)
    for family, names in FUNCTIONS.items()
    for canonical, aliases in names.items()
    for alias in aliases
}
CANONICAL_NAMES: tuple[str, ...] = tuple(c for names in FUNCTIONS.values() for c in names)

# How the lexer reads a family's arguments: "calls" = tokens (nested calls, numbers, c[i]);
# "one" = an optional c[i] then one operand that runs to the closing parenthesis;
# "two" = an optional c[i] then two operands, the first ending at a comma.
_ARGUMENT_MODE = {
    "COMPARE_FN": "one", "TEXT_FN": "one", "BETWEEN_FN": "two",
    "RANK_FN": "calls", "NULLARY_FN": "calls", "AND_FN": "calls", "OR_FN": "calls",
    "NOT_FN": "calls",
}

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_COLREF = re.compile(r"[cC]\[\s*(\d+)\s*\]")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_STRING = re.compile(r""""(?:[^"]|"")*"|'(?:[^']|'')*'""", re.S)
_SPACE = " \t\r\n"

_DESCRIPTIONS = {
    "COMPARE_FN": "a rule such as GreaterThan(5)",
    "BETWEEN_FN": "Between(a, b)",
    "TEXT_FN": "a text rule such as TextContains(abc)",
    "RANK_FN": "Top(n)/Bottom(n)",
    "NULLARY_FN": "a rule such as Duplicates()",
    "AND_FN": "AND(...)", "OR_FN": "OR(...)", "NOT_FN": "NOT(...)",
    "COLREF": "a column c[i]", "COLUMN": "a column c[i]", "NUMBER": "a number", "PERCENT": "'%'",
    "STRING": "a quoted text", "BARE_TEXT": "a text",
    "_LPAR": "'('", "_RPAR": "')'", "_COMMA": "','", "$END": "the end of the rule",
}


class _TokenListLexer(Lexer):
    """Hands lark the tokens that the context-sensitive lexer already produced."""

    def __init__(self, lexer_conf):  # noqa: D107 - lark's constructor signature
        pass

    def lex(self, data):  # lark passes a custom lexer the parse() argument: our token list
        return iter(getattr(data, "text", data))


@functools.lru_cache(maxsize=1)
def _lark() -> Lark:
    return Lark(
        GRAMMAR_PATH.read_text(encoding="utf-8"), parser="lalr", lexer=_TokenListLexer,
        maybe_placeholders=True,
    )


def _column(tok: Token | None) -> int | None:
    return None if tok is None else int(_COLREF.fullmatch(str(tok).strip()).group(1))


def _unquote(s: str) -> str:
    quote = s[0]
    return s[1:-1].replace(quote * 2, quote)


@v_args(inline=True)
class _ToRule(Transformer):
    """Tree -> rules.py dataclasses (canonical names)."""

    def start(self, rule):
        return rule

    def number(self, num, percent):
        value = float(num)
        return value / 100 if percent is not None else value

    def quoted(self, s):
        return _unquote(str(s))

    def bare(self, s):
        return str(s)

    def colref(self, tok):
        return ColumnRef(_column(tok))

    def compare(self, fn, col, value):
        return Compare(op=_canonical(fn), value=value, column=_column(col))

    def between(self, fn, col, low, high):
        return Between(low=low, high=high, negate=_canonical(fn) == "NotBetween", column=_column(col))

    def text(self, fn, col, text):
        return Text(op=_canonical(fn), text=text, column=_column(col))

    def rank(self, fn, col, num, percent):
        name = _canonical(fn)
        return Rank(
            n=float(num), bottom=name.startswith("Bottom"),
            percent=percent is not None or name.endswith("Percent"), column=_column(col),
        )

    def nullary(self, fn, col):
        return _nullary(_canonical(fn), _column(col))

    def and_rule(self, fn, *rules):
        return And(tuple(rules))

    def or_rule(self, fn, *rules):
        return Or(tuple(rules))

    def not_rule(self, fn, rule):
        return Not(rule)


def _canonical(tok: Token) -> str:
    return CANONICAL[str(tok).lower()][1]


def _nullary(name: str, column: int | None) -> Rule:
    simple = {
        "AboveAverage": lambda: Average(below=False, column=column),
        "BelowAverage": lambda: Average(below=True, column=column),
        "Duplicates": lambda: Duplicates(unique=False, column=column),
        "Unique": lambda: Duplicates(unique=True, column=column),
        "Blanks": lambda: Blanks(negate=False, column=column),
        "NotBlanks": lambda: Blanks(negate=True, column=column),
        "Errors": lambda: Errors(negate=False, column=column),
        "NotErrors": lambda: Errors(negate=True, column=column),
    }
    if name in simple:
        return simple[name]()
    if name in ("ColorScale", "DataBar", "IconSet"):
        return Visual(kind=name, column=column)
    return TimePeriod(period=name, column=column)


# --------------------------------------------------------------------------------------------
# The context-sensitive lexer


def _error(kind: str, text: str, position: int, expected: str, code: str = "CF001") -> RuleSyntaxError:
    """`kind` names the problem; the message adds the 1-based column and what was expected.

    The error carries a stable diagnostic `code` (see DIAGNOSTIC_CODES).
    """
    if "never closed" in kind or "empty" in kind:
        where = ""
    elif position < len(text):
        where = f" at column {position + 1}"
    else:
        where = " at the end of the rule"
    msg = f"not a CF rule: {kind}{where}"
    if expected:
        msg += f"; expected {expected}"
    error = RuleSyntaxError(msg, text=text, position=position, expected=expected)
    error.code = code
    return error


@dataclass
class _Call:
    family: str
    open_pos: int  # offset of its '('


class _Lex:
    """Tokens of `text`, taking `choices[k]` at the k-th ambiguous place.

    Ambiguous places: where a bare text ends (which ')'), and whether a leading `c[i],` names the
    rule's column or is its first operand.
    """

    def __init__(self, text: str, choices: list[int]):
        self.text = text
        self.choices = choices
        self.counts: list[int] = []  # how many ends each ambiguous bare text had
        self.tokens: list[Token] = []
        self.stack: list[_Call] = []
        self.stray: set[int] = set()  # offsets of ')' that close no call
        self.pos = 0

    # -- helpers
    def _skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in _SPACE:
            self.pos += 1

    def _emit(self, kind: str, value: str, start: int) -> None:
        self.tokens.append(Token(kind, value, start_pos=start, line=1, column=start + 1))

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def run(self) -> list[Token]:
        self._skip()
        if self.pos == len(self.text):
            raise _error("the text is empty", self.text, 0, "a rule such as GreaterThan(5)", "CF004")
        while True:
            self._skip()
            if self.pos >= len(self.text):
                return self.tokens
            self._token()

    # -- one token (or one whole argument list for "one"/"two" calls)
    def _token(self) -> None:
        ch, start = self._peek(), self.pos
        if ch in "(),%":
            kind = {"(": "_LPAR", ")": "_RPAR", ",": "_COMMA", "%": "PERCENT"}[ch]
            self.pos += 1
            self._emit(kind, ch, start)
            if ch == ")":
                if self.stack:
                    self.stack.pop()
                else:
                    self.stray.add(start)
            return
        if ch in "\"'":
            self._string()
            return
        if m := _COLREF.match(self.text, self.pos):
            self.pos = m.end()
            self._emit("COLREF", m.group(), start)
            return
        if (m := _IDENT.match(self.text, self.pos)) and self._followed_by_paren(m.end()):
            self._call(m)
            return
        if m := _NUMBER.match(self.text, self.pos):
            if not _IDENT.match(self.text, m.end()):
                self.pos = m.end()
                self._emit("NUMBER", m.group(), start)
                return
        self._junk()

    def _followed_by_paren(self, end: int) -> bool:
        rest = self.text[end:].lstrip(_SPACE)
        return rest.startswith("(")

    def _junk(self) -> None:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in "(),":
            self.pos += 1
        self.pos = max(self.pos, start + 1)
        self._emit("BARE_TEXT", self.text[start:self.pos].rstrip(_SPACE), start)

    def _string(self) -> None:
        start = self.pos
        m = _STRING.match(self.text, self.pos)
        if not m:
            raise _error(
                f"unterminated text: the {self.text[start]} at column {start + 1} is never closed",
                self.text, start,
                f"a closing {self.text[start]} (double it to put one inside the text)", "CF005",
            )
        self.pos = m.end()
        self._emit("STRING", m.group(), start)

    def _call(self, m: re.Match) -> None:
        name = m.group()
        if name.lower() not in CANONICAL:
            raise _unknown_function(self.text, m.start(), name)
        family = CANONICAL[name.lower()][0]
        self._emit(family, name, m.start())
        self.pos = m.end()
        self._skip()
        open_pos = self.pos
        self.pos += 1
        self._emit("_LPAR", "(", open_pos)
        self.stack.append(_Call(family, open_pos))
        if len(self.stack) > MAX_DEPTH:
            raise _error(
                "rule nested too deeply", self.text, m.start(), f"at most {MAX_DEPTH} levels", "CF006"
            )
        mode = _ARGUMENT_MODE[family]
        if mode != "calls":
            self._arguments(family, two=mode == "two")

    # -- arguments of "one" and "two" calls
    def _arguments(self, family: str, two: bool) -> None:
        self._skip()
        m = _COLREF.match(self.text, self.pos)
        # `c[i],` first names the column, unless that reading fails (`Between(c[0], 5)`)
        if m and self.text[m.end():].lstrip(_SPACE).startswith(",") and self._choose(2) == 0:
            self._emit("COLUMN", m.group(), self.pos)
            self.pos = self.text.index(",", m.end())
            self._emit("_COMMA", ",", self.pos)
            self.pos += 1
            self._skip()
        if two:
            self._operand(family, self._first_bound_end())
            self._skip()
            if self._peek() != ",":
                return  # the grammar reports the missing second bound
            self._emit("_COMMA", ",", self.pos)
            self.pos += 1
            self._skip()
        self._operand(family, None)

    def _first_bound_end(self) -> int:
        ends = [i for i in (self.text.find(",", self.pos), self.text.find(")", self.pos)) if i >= 0]
        return min(ends) if ends else len(self.text)

    def _operand(self, family: str, end: int | None) -> None:
        """One operand from self.pos to `end` (None: to a closing parenthesis, chosen here)."""
        if self._peek() in ("\"", "'"):
            self._string()
            return
        if end is None:
            end = self._choose_close()
        start = self.pos
        raw = self.text[start:end].strip(_SPACE)
        self.pos = end
        if family == "TEXT_FN":
            self._emit("BARE_TEXT", raw, start)
        elif _COLREF.fullmatch(raw):
            self._emit("COLREF", raw, start)
        elif (m := re.fullmatch(r"(.*?)\s*%", raw)) and _NUMBER.fullmatch(m.group(1)):
            self._emit("NUMBER", m.group(1), start)
            self._emit("PERCENT", "%", start + len(raw) - 1)
        elif _NUMBER.fullmatch(raw):
            self._emit("NUMBER", raw, start)
        elif raw:
            self._emit("BARE_TEXT", raw, start)

    def _choose_close(self) -> int:
        """Where a bare text ends: one of the ')' it may end at, as `choices` says."""
        ends, depth = [], 0
        for i in range(self.pos, len(self.text)):
            ch = self.text[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                ends.append(i)
                if depth == 0:
                    break
                depth -= 1
        if not ends:
            call = self.stack[-1]
            raise _error(
                f"unbalanced parentheses: '(' at column {call.open_pos + 1} is never closed",
                self.text, len(self.text), "')'", "CF003",
            )
        ordered = [ends[-1]] + ends[-2::-1]  # the unmatched ')' first, then nearer ones
        return ordered[self._choose(len(ordered))]

    def _choose(self, n: int) -> int:
        """The alternative (0 = preferred) taken at the next of the ambiguous places."""
        k = len(self.counts)
        self.counts.append(n)
        return self.choices[k] if k < len(self.choices) else 0


def _unknown_function(text: str, position: int, name: str) -> RuleSyntaxError:
    close = difflib.get_close_matches(name.lower(), list(CANONICAL), n=1, cutoff=0.75)
    hint = f" (did you mean {CANONICAL[close[0]][1]}?)" if close else ""
    expected = "one of " + ", ".join(CANONICAL_NAMES)
    return _error(f"unknown function '{name}'{hint}", text, position, expected, "CF002")


# --------------------------------------------------------------------------------------------
# Parsing


def _describe(expected: set[str]) -> str:
    names = sorted({_DESCRIPTIONS.get(e, e) for e in expected})
    return " or ".join(names) if len(names) < 4 else "one of " + ", ".join(names)


def _syntax_error(text: str, err: UnexpectedInput, lex: _Lex) -> RuleSyntaxError:
    token = getattr(err, "token", None)
    # `accepts` is the exact set; LALR's `expected` over-approximates after a reduction
    expected = set(getattr(err, "accepts", None) or getattr(err, "expected", ()) or ())
    if token is None or token.type == "$END":
        if lex.stack:
            call = lex.stack[-1]
            return _error(
                f"unbalanced parentheses: '(' at column {call.open_pos + 1} is never closed",
                text, len(text), "')'", "CF003",
            )
        return _error("unexpected end", text, len(text), _describe(expected))
    position = token.start_pos or 0
    shown = str(token)
    if token.type == "_RPAR" and position in lex.stray:
        return _error(
            "unbalanced parentheses: ')' closes nothing", text, position, _describe(expected), "CF003"
        )
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return _error(f"unexpected {shown!r}", text, position, _describe(expected))


def _attempt(text: str, choices: list[int]):
    """One parse with the given choice of bare-text ends: (rule, error, counts, tokens)."""
    lex = _Lex(text, choices)
    try:
        tokens = lex.run()
    except RuleSyntaxError as err:
        return None, err, lex.counts, []
    try:
        tree = _lark().parse(tokens)
    except UnexpectedInput as err:
        return None, _syntax_error(text, err, lex), lex.counts, tokens
    try:
        return _ToRule().transform(tree), None, lex.counts, tokens
    except VisitError as err:  # pragma: no cover - the grammar admits only valid trees
        return None, _error(f"invalid rule ({err.orig_exc})", text, 0, "a rule"), lex.counts, tokens


def _next_choices(choices: list[int], counts: list[int]) -> list[int] | None:
    """The next combination of bare-text ends (odometer order, last ambiguity first)."""
    full = choices + [0] * (len(counts) - len(choices))
    for k in range(len(counts) - 1, -1, -1):
        if full[k] + 1 < counts[k]:
            return full[:k] + [full[k] + 1]
    return None


def parse_tokens(text: str) -> tuple[Rule, list[Token]]:
    """The rule that `text` spells and the tokens it was read from (types as in the grammar)."""
    if not isinstance(text, str):
        raise RuleSyntaxError(f"not a CF rule: expected text, got {type(text).__name__}", "", 0, "text")
    choices: list[int] = []
    first_error: RuleSyntaxError | None = None
    for _ in range(MAX_ATTEMPTS):
        rule, error, counts, tokens = _attempt(text, choices)
        if rule is not None:
            return rule, tokens
        first_error = first_error or error
        choices = _next_choices(choices, counts)
        if choices is None:
            break
    raise first_error


def parse(text: str) -> Rule:
    """The rule that `text` spells; raises RuleSyntaxError (and nothing else) if it is none.
    Rules are immutable, so the rules of recent texts are kept: the suggest pipeline reads each
    candidate several times (canonical form, repairs, validation, fidelity, annotation)."""
    if not isinstance(text, str):
        return parse_tokens(text)[0]  # raises RuleSyntaxError
    return _parse_text(text)


@functools.lru_cache(maxsize=4096)
def _parse_text(text: str) -> Rule:
    return parse_tokens(text)[0]
