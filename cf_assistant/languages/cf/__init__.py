"""The CF rule language as a registered Language (`get_language("cf")`), and its public API.

`CF.validate(code)` parses with the grammar-based parser and reports problems as diagnostics
(CF001 syntax, CF002 unknown function, CF003 unbalanced parentheses, CF004 empty, CF005
unterminated text, CF006 nested too deeply); `CF.canonical(code)` is the canonical printer's
spelling (the code itself when it does not parse); `CF.token_kinds(tokens)` labels function names
KEYWORD, literals and column references IDENTIFIER, punctuation OTHER, from the parser's own tokens
when the code parses and from a simple lexical scan when it does not.

Re-exports the language's API: parse, to_text, execute, formatted_rows, explain, Table,
table_from_records, type_text, ExcelError. Knows nothing of torch or of the model.
"""

from __future__ import annotations

import re
from typing import Sequence

from cf_assistant.errors import RuleSyntaxError
from cf_assistant.languages import Diagnostic, TokenKind, Validation, kinds_from_char_kinds
from cf_assistant.languages.cf.executor import execute, formatted_rows
from cf_assistant.languages.cf.explain import explain
from cf_assistant.languages.cf.parser import parse, parse_tokens
from cf_assistant.languages.cf.printer import to_text
from cf_assistant.languages.cf.rules import And, Not, Or
from cf_assistant.languages.cf.values import ExcelError, Table, table_from_records, type_text

__all__ = [
    "CF", "CFLanguage", "ExcelError", "Table", "execute", "explain", "formatted_rows", "parse",
    "table_from_records", "to_text", "type_text",
]

_KEYWORD_TOKENS = {
    "COMPARE_FN", "BETWEEN_FN", "TEXT_FN", "RANK_FN", "NULLARY_FN", "AND_FN", "OR_FN", "NOT_FN",
}
_LITERAL_TOKENS = {"COLREF", "COLUMN", "NUMBER", "PERCENT", "STRING", "BARE_TEXT"}

# The fallback scan for code that does not parse.
_SCAN = re.compile(
    r"""(?P<keyword>[A-Za-z_][A-Za-z0-9_.]*(?=\s*\())"""
    r"""|(?P<literal>[cC]\[\s*\d+\s*\]|"(?:[^"]|"")*"?|'(?:[^']|'')*'?|[^\s(),]+)"""
)


def _line_column(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    line = before.count("\n") + 1
    return line, position - (before.rfind("\n") + 1) + 1


def _char_kinds_parsed(code: str) -> list[TokenKind] | None:
    try:
        _, tokens = parse_tokens(code)
    except RuleSyntaxError:
        return None
    kinds = [TokenKind.OTHER] * len(code)
    for tok in tokens:
        if tok.type in _KEYWORD_TOKENS:
            kind = TokenKind.KEYWORD
        elif tok.type in _LITERAL_TOKENS:
            kind = TokenKind.IDENTIFIER
        else:
            continue
        start = tok.start_pos or 0
        kinds[start : start + len(str(tok))] = [kind] * len(str(tok))
    return kinds[: len(code)]


def _char_kinds_scanned(code: str) -> list[TokenKind]:
    kinds = [TokenKind.OTHER] * len(code)
    for m in _SCAN.finditer(code):
        kind = TokenKind.KEYWORD if m.group("keyword") else TokenKind.IDENTIFIER
        kinds[m.start() : m.end()] = [kind] * (m.end() - m.start())
    return kinds


class CFLanguage:
    """Excel conditional-formatting rules in the CF benchmark's function-call language."""

    name = "cf"
    display_name = "Excel conditional formatting (CF rules)"
    aliases = ("excel", "conditional-formatting")

    def validate(self, code: str) -> Validation:
        try:
            parse(code)
        except RuleSyntaxError as err:
            text = code if isinstance(code, str) else ""
            line, column = _line_column(text, min(err.position, len(text)))
            code_id = getattr(err, "code", "CF001")
            return Validation(False, (Diagnostic(code_id, str(err), line, column),))
        return Validation(True)

    def canonical(self, code: str) -> str:
        """`code` spelled canonically, an AND or OR of one rule as that rule ("AND(TextContains("a"))"
        -> 'TextContains("a")': the same cells, and the ranking then sees the rule it is)."""
        try:
            return to_text(_single_unwrapped(parse(code)))
        except RuleSyntaxError:
            return code

    def token_kinds(self, tokens: Sequence[str]) -> list[TokenKind]:
        code = "".join(tokens)
        char_kinds = _char_kinds_parsed(code) or _char_kinds_scanned(code)
        return kinds_from_char_kinds(tokens, char_kinds)

    def explain(self, code: str) -> str:
        """One sentence for a rule given as text (raises RuleSyntaxError if it is not a rule)."""
        return explain(parse(code))

    # The optional Language methods the assistant pipeline and the metrics read (other languages
    # lack them and get nothing done): CF knowledge stays here.
    accepts_data = True  # a rule runs on the user's column (values, CSV, workbook range)
    match_metrics = ("execution_match", "execution_match_probes", "exact_match")  # cfa bench's
    shows_canonical = True  # a candidate is shown in its canonical spelling

    @property
    def vocabulary_words(self) -> tuple[str, ...]:
        """Names the code tokenizer spells as one token each (`CodeTokenizer.with_words`)."""
        from cf_assistant.languages.cf.parser import CANONICAL_NAMES

        return tuple(CANONICAL_NAMES)

    def repairs(self, code: str, utterance: str) -> list[tuple[str, str]]:
        """Repaired twins of a candidate and their origins (`languages.cf.repairs`)."""
        from cf_assistant.languages.cf.repairs import repairs

        return repairs(code, utterance)

    def garbled(self, code: str, utterance: str) -> bool:
        """Whether a sample's text literal holds a rule the request does not say (dropped)."""
        from cf_assistant.languages.cf.repairs import garbled

        return garbled(code, utterance)

    def faithful(self, code: str, utterance: str) -> bool:
        """Whether a candidate keeps to the literals and the comparison the request names."""
        from cf_assistant.languages.cf.repairs import faithful

        return faithful(code, utterance)

    def alternatives(self, code: str) -> list[str]:
        """Rules one edit away from a candidate, nearest first (`languages.cf.alternatives`);
        none for code that is not a rule."""
        from cf_assistant.languages.cf.alternatives import one_edit

        try:
            return [to_text(r) for r in one_edit(parse(code))]
        except (RuleSyntaxError, RecursionError):
            return []

    def fits_request(self, code: str, utterance: str) -> bool:
        """Whether a corpus example suits the request (faithful, and no literal of its own)."""
        from cf_assistant.languages.cf.repairs import fits_request

        return fits_request(code, utterance)

    def judge(self, reference: str, data=None, reference_date=None):
        """The execution judge of candidates against one record's reference rule and table
        (`languages.cf.judge.ExecutionJudge`: `.on_data(c)`, `.on_probes(c)`)."""
        from cf_assistant.languages.cf.judge import REFERENCE_DATE, ExecutionJudge

        return ExecutionJudge(reference, data, reference_date or REFERENCE_DATE)

    def column_named(self, code: str) -> int | None:
        """The column a rule names with `c[i]` (`rows.column_named`); None for the implicit column
        or several, or code that is not a rule."""
        from cf_assistant.languages.cf.rows import column_named

        try:
            return column_named(parse(code))
        except (RuleSyntaxError, RecursionError):
            return None

    def readings(self, utterance: str, today, headers: tuple[str, ...] = ()) -> list[tuple[str, str]]:
        """Rules read from the request's words alone (slips mended, shorthands written out), with
        their origins: a month named by name on `today` ("for July" in June: `NextMonth()`,
        `months.named_month`); two bounds each beside its number ("more than 0 and no more than
        10", `comparisons.named_bounds`); a range of letter grades ("B or better",
        `comparisons.grade_range`); a range between the request's only two numbers ("2 to 4
        nights", `comparisons.named_range`); one comparison beside its only number ("delayed more
        than 15 min", `comparisons.named_threshold`, the `headers` it says set aside); its only number
        denied ("that is NOT 12", `comparisons.named_unequal`); its only two numbers as alternatives
        ("who gave a 1 or 2", `comparisons.named_either`); its only number said bare ("vintage
        2019", `comparisons.named_number`); a range short of its last bound ("from 15 to under 35",
        `comparisons.half_open`, through `named_range`); a superlative with its count ("the
        quietest two", `comparisons.named_rank`); one side of the average ("fewer cars
        than average", `comparisons.named_average`); a visual rule by its kind ("add data bars",
        `phrases.named_visual`); a pass mark
        ("who failed? pass mark is 40", `comparisons.pass_mark`); and from `phrases`: a function
        by its own name ("Apply NotBetween 900 and 4100"), one date period ("next service due
        this week" over the header Next Service Due: `ThisWeek()`) or two joined ("last week and
        this week": `OR(LastWeek(), ThisWeek())`), one repeat ("appears only
        once": `Unique()`), error values ("errors like #N/A": `Errors()`; with blanks, "an error or
        missing": `OR(Errors(), Blanks())`), file types by their
        extension ("pdfs": `TextEndsWith(".pdf")`) and a text placed at the front or the end ("MAN
        at the front": `TextStartsWith("MAN")`), and a quoted text asked for exactly, the texts
        that hold it denied ("just "Rock" (not Indie Rock)": `TextEquals("Rock")`), and Excel's notation
        ('LEFT 3 = "MCK"': `TextStartsWith("MCK")`, "= today", "<> blank": `named_formula`; a whole
        formula, "=$H2<1", on a table its letter naming the column: `typed_formula.typed_rule`), and a
        programmer's notation ("medium LIKE 'Oil%'", "status IN ('Forfeit', 'Sold')", "slot_date ==
        today + 1", on a table a field that is a header's words naming the column:
        `code_notation.coded_rule`). In a request
        of several sentences, a reader that reads nothing in the whole reads each sentence, and
        what it reads in exactly one of them counts (`_in_sentence`: a post's context aside). A
        header's "No" ("GMS No") is read as the number it abbreviates, no denial."""
        from cf_assistant.diffusion.spelling import mend
        from cf_assistant.diffusion.utterance import expand_shorthand
        from cf_assistant.languages.cf.code_notation import coded_rule
        from cf_assistant.languages.cf.typed_formula import typed_rule

        # Excel's formula as typed, before any mending; on one column its letter is the selection's own
        typed = typed_rule(utterance, headers if len(headers) > 1 else ())
        coded = coded_rule(utterance, headers)  # a programmer's notation ("medium LIKE 'Oil%'"), as typed
        utterance = expand_shorthand(mend(utterance))  # "greather", "btw 5 and 9", as the model reads them
        utterance = re.sub(r"[£€¥](?=\d)", "$", utterance)  # "£72" is a sum as "$72" is (`utterance.normalise`)
        utterance = _header_numbers(utterance, headers)  # "errors in GMS No": no denial
        readers = _readers(today, headers)
        found = [(read(utterance, *args) if origin in _WHOLE_ONLY else _in_sentence(read, utterance, *args), origin)
                 for read, args, origin in readers]
        found.append((coded, "coded test"))  # it says the rule exactly, as the formula does
        found.append((typed, "typed formula"))  # last: it says the rule exactly
        return [(code, origin) for code, origin in found if code is not None]

    def annotate(self, code: str, data=None, today=None) -> dict:
        """Explanation, native Excel type and formula of a valid rule, and its run on `data`
        (`languages.cf.facts.annotate`)."""
        from cf_assistant.languages.cf.facts import annotate

        return annotate(code, data, today)


# Readers of the whole request only, never of one of its sentences: "Could events from last week or
# next week be marked? Not this week, just the weeks either side." denies no period of the ask.
_WHOLE_ONLY = frozenset({"named denied period"})


def _readers(today, headers: tuple[str, ...]) -> list[tuple]:
    """(reader, its arguments after the request, origin) of `CFLanguage.readings`, in order: a
    later reading outranks an earlier one."""
    from cf_assistant.languages.cf.comparisons import (
        grade_range, named_average, named_bounds, named_either, named_equal, named_number, named_range,
        named_rank, named_threshold, named_unequal, pass_mark,
    )
    from cf_assistant.languages.cf.months import named_month
    from cf_assistant.languages.cf.phrases import (
        named_errors, named_errors_or_blanks, named_exact, named_extension, named_formula, named_function,
        named_blank_or_space, named_denied_period, named_period, named_periods, named_position, named_repeat,
        named_unfilled, named_visual,
    )

    return [(named_month, (today,), "named month"), (named_bounds, (), "named bounds"),
            (grade_range, (), "grade range"), (named_range, (), "named range"),
            (named_threshold, (headers,), "named threshold"), (named_equal, (headers,), "named equal"),
            (named_number, (headers,), "named number"),
            (named_unequal, (headers,), "named unequal"), (named_either, (headers,), "named either"),
            (named_function, (), "named function"), (named_visual, (), "named visual"),
            (pass_mark, (), "pass mark"),
            (named_period, (headers,), "named period"), (named_periods, (headers,), "named periods"),
            (named_denied_period, (headers,), "named denied period"), (named_repeat, (), "named repeat"),
            (named_errors, (), "named errors"), (named_errors_or_blanks, (), "named errors or blanks"),
            (named_blank_or_space, (), "named blank or space"), (named_unfilled, (), "named unfilled"),
            (named_extension, (), "named extension"),
            (named_average, (), "named average"), (named_rank, (headers,), "named rank"),
            (named_position, (), "named position"), (named_exact, (), "named exact"),
            (named_formula, (), "named formula")]


def _header_numbers(utterance: str, headers: tuple[str, ...]) -> str:
    """`utterance` with each header ending in "No" ("GMS No", "Order No.") that it says written
    with "number" in its place: the number it abbreviates, never a denial."""
    for header in headers:
        m = re.fullmatch(r"(.*\w)\s+No\.?", header.strip())
        if m is not None:
            utterance = re.sub(re.escape(m.group(1)) + r"\s+No\b\.?", m.group(1) + " number", utterance,
                               flags=re.IGNORECASE)
    return utterance


def _in_sentence(read, utterance: str, *args):
    """`read(utterance, *args)`, or, in a request of several sentences where that finds nothing,
    what it reads in the one sentence it reads anything in ("I've got our club's 10K results. How
    can I highlight everyone who ran under 45 minutes?": the 10K is the post's, the 45 the rule's);
    None when it reads something in two sentences."""
    from cf_assistant.diffusion.utterance import sentences

    whole = read(utterance, *args)
    parts = sentences(utterance)
    if whole is not None or len(parts) < 2:
        return whole
    found = [code for code in (read(s, *args) for s in parts) if code is not None]
    return found[0] if len(found) == 1 else None


CF = CFLanguage()


def _single_unwrapped(rule):
    """`rule` with every AND or OR of a single rule replaced by that rule."""
    if isinstance(rule, (And, Or)):
        inner = tuple(_single_unwrapped(r) for r in rule.rules)
        return inner[0] if len(inner) == 1 else type(rule)(inner)
    if isinstance(rule, Not):
        return Not(_single_unwrapped(rule.rule))
    return rule
