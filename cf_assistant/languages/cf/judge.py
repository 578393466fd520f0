"""The CF execution judge: do two rules format the same cells? (EVALUATION.md's execution match)

Both rules run on the record's table with the target-column rule (`target_column`: the
reference's `c[i]`, else the column headed `Value`, else column 1 when there are two or more
columns, else 0); equal sets of formatted rows match. Records without data rows are judged on
synthetic probes only (`probe_table`: the rules' literals and their neighbours, blanks, unrelated
values, dates around the reference date, errors); the probe figure is also given for every
record. A candidate that does not parse never matches. A reference that does not parse (or does
not execute) is judged by equal canonical text instead.

`ExecutionJudge(reference, data, reference_date)` judges candidates against one record; the
metrics read it through the Language protocol (`CFLanguage.judge`). Rules are evaluated by the
project's own executor, never by running code; nothing here knows the model or the bench.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import fields
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

from cf_assistant.data import REFERENCE_DATE
from cf_assistant.errors import CfaError
from cf_assistant.languages.cf.executor import execute
from cf_assistant.languages.cf.parser import parse
from cf_assistant.languages.cf.printer import to_text
from cf_assistant.languages.cf.rules import And, ColumnRef, Not, Or
from cf_assistant.languages.cf.values import excel_serial, table_from_records


@lru_cache(maxsize=65536)
def parse_cf(code: str):
    """The parsed rule, or None when `code` is not a CF rule."""
    try:
        return parse(code)
    except CfaError:
        return None
    except RecursionError:
        return None


def _canonical(code: str) -> str:
    """The canonical spelling (`CFLanguage.canonical`): the code itself when it is not a rule."""
    rule = parse_cf(code)
    return to_text(rule) if rule is not None else code


def leaves(rule) -> list:
    """The leaf rules under AND/OR/NOT, left to right."""
    if isinstance(rule, (And, Or)):
        return [leaf for r in rule.rules for leaf in leaves(r)]
    if isinstance(rule, Not):
        return leaves(rule.rule)
    return [rule]


def _operands(leaf) -> list:
    return [getattr(leaf, f.name) for f in fields(leaf) if f.name not in ("column", "op", "kind", "period")]


def rule_columns(rule) -> list[int]:
    """Every column index the rule names, as its own `c[i]` or as a `c[j]` operand."""
    out = []
    for leaf in leaves(rule):
        if leaf.column is not None:
            out.append(leaf.column)
        out.extend(v.index for v in _operands(leaf) if isinstance(v, ColumnRef))
    return out


def target_column(reference_rule, header: Sequence[Any]) -> int:
    """EVALUATION.md's implicit column: the reference's own c[i], else `Value`, else 1 or 0."""
    if reference_rule is not None:
        for leaf in leaves(reference_rule):
            if leaf.column is not None:
                return leaf.column
    names = [str(h).strip().lower() for h in header]
    if "value" in names:
        return names.index("value")
    return 1 if len(header) >= 2 else 0


def rule_literals(rule) -> tuple[list[float], list[str]]:
    """The numbers and texts written in a rule (operands and Top/Bottom counts)."""
    numbers: list[float] = []
    texts: list[str] = []
    for leaf in leaves(rule):
        for v in _operands(leaf):
            if isinstance(v, bool):
                continue
            if isinstance(v, (int, float)):
                numbers.append(float(v))
            elif isinstance(v, str):
                texts.append(v)
    return numbers, texts


_UNRELATED = [0.0, 1.0, -1.0, 42.5, 1e6, -1e6, 0.5, "zzz", "Other text", "TRUE", "FALSE"]
_BLANKS = [None, "   "]
_ERRORS = ["#N/A", "#DIV/0!"]
_RANK_SPREAD = [float(3 + 7 * i) for i in range(150)]


def _number_probes(x: float) -> list[float]:
    return [x, x - 1, x + 1, x - 0.01, x + 0.01, -x, x * 10]


def _text_probes(t: str) -> list[str]:
    out = [t, t.upper(), t.lower(), t.swapcase(), f" {t} ", f"xx {t}", f"{t} xx", f"xx{t}xx"]
    if len(t) > 1:
        out += [t[1:], t[:-1]]
    return [s for s in out if s != ""] + ([""] if t == "" else [])


def _date_probes(reference_date: _dt.date) -> list[float]:
    base = excel_serial(reference_date)
    return [base + d for d in (0, -1, 1, -6, -7, -8, 7, -31, 31, 0.5)]


def probe_values(rules: Sequence, reference_date: _dt.date = REFERENCE_DATE) -> list:
    """Probe cells from the literals of the rules, blanks, unrelated values, dates and errors.

    Rank rules add 150 spread-out numbers, so that Top(5%) and Top(3%) format different counts.
    Deterministic; two values (the first probe and "zzz") appear twice, so that Duplicates() and
    Unique() differ on the probes.
    """
    numbers: list[float] = []
    texts: list[str] = []
    for rule in rules:
        n, t = rule_literals(rule)
        numbers += n
        texts += t
    values: list = [v for x in numbers for v in _number_probes(x) if math.isfinite(v)]
    values += [v for t in texts for v in _text_probes(t)]
    values += _BLANKS + _UNRELATED + _date_probes(reference_date) + _ERRORS
    if any(type(leaf).__name__ == "Rank" for rule in rules for leaf in leaves(rule)):
        values += _RANK_SPREAD  # enough distinct numbers that Top(n)/Top(p%) counts differ
    seen: set = set()
    unique = []
    for v in values:
        key = (type(v).__name__, v)
        if key not in seen:
            seen.add(key)
            unique.append(v)
    return unique + [unique[0], "zzz"]


def probe_table(rules: Sequence, header: Sequence[Any], target: int,
                reference_date: _dt.date = REFERENCE_DATE):
    """A table whose target column holds the probes; other columns hold them rotated, so that
    `c[j]` operands compare different values row by row."""
    width = max([len(header), target + 1, 1] + [c + 1 for r in rules for c in rule_columns(r)])
    head = [str(h) for h in header] + [f"Column{i}" for i in range(len(header), width)]
    probes = probe_values(rules, reference_date)
    columns = [probes if j == target else probes[3 * j % len(probes):] + probes[: 3 * j % len(probes)]
               for j in range(width)]
    rows = [[columns[j][i] for j in range(width)] for i in range(len(probes))]
    return table_from_records([head] + rows)


def _mask(rule, table, target: int, reference_date: _dt.date) -> np.ndarray | None:
    try:
        return execute(rule, table, target, reference_date)
    except (CfaError, IndexError, ValueError, TypeError, ZeroDivisionError, OverflowError):
        return None


class ExecutionJudge:
    """Execution match of candidates against one record's reference rule."""

    def __init__(self, reference: str, data: list[list] | None, reference_date: _dt.date = REFERENCE_DATE):
        self.reference = reference
        self.reference_date = reference_date
        self.ref_rule = parse_cf(reference)
        self.header = list(data[0]) if data else []
        self.table = table_from_records(data) if data and len(data) > 1 else None
        self.target = target_column(self.ref_rule, self.header)
        self.ref_mask = None
        if self.ref_rule is not None and self.table is not None:
            self.ref_mask = _mask(self.ref_rule, self.table, self.target, reference_date)
        self.reference_executes = self.ref_rule is not None and (
            self.table is None or self.ref_mask is not None
        )

    def _fallback(self, candidate: str) -> bool:
        return _canonical(candidate.strip()) == _canonical(self.reference.strip())

    def on_data(self, candidate: str) -> bool:
        """Match on the record's own table (on the probes when it has no data rows)."""
        if not self.reference_executes:
            return self._fallback(candidate)
        if self.table is None:
            return self.on_probes(candidate)
        rule = parse_cf(candidate)
        if rule is None:
            return False
        mask = _mask(rule, self.table, self.target, self.reference_date)
        return mask is not None and bool(np.array_equal(mask, self.ref_mask))

    def on_probes(self, candidate: str) -> bool:
        if self.ref_rule is None:
            return self._fallback(candidate)
        rule = parse_cf(candidate)
        if rule is None:
            return False
        table = probe_table([self.ref_rule, rule], self.header, self.target, self.reference_date)
        ref = _mask(self.ref_rule, table, self.target, self.reference_date)
        if ref is None:
            return self._fallback(candidate)
        mask = _mask(rule, table, self.target, self.reference_date)
        return mask is not None and bool(np.array_equal(mask, ref))


def cf_execution(reference: str, candidate: str, data: list[list] | None,
                 reference_date: _dt.date = REFERENCE_DATE) -> tuple[bool, bool]:
    """(match on the record's data, match on the probes) of one candidate."""
    judge = ExecutionJudge(reference, data, reference_date)
    return judge.on_data(candidate), judge.on_probes(candidate)
