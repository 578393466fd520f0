"""What the assistant tells about one CF rule: canonical form, native Excel type and formula,
explanation, and the rows of the user's data it formats.

`describe(text, table, target, today)` is the object `cfa rule --json` prints;
`annotate(code, data, today)` gives a suggested candidate's facts (with the execution's outcome),
which the pipeline reads through the Language protocol (`CFLanguage.annotate`). Knows nothing of
ranking, the model or the command line.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from cf_assistant.errors import CfaError
from cf_assistant.languages.cf import excel
from cf_assistant.languages.cf.executor import execute, formatted_rows
from cf_assistant.languages.cf.explain import explain
from cf_assistant.languages.cf.parser import parse
from cf_assistant.languages.cf.printer import to_text
from cf_assistant.languages.cf.rules import And, Between, Compare, Not, Or, Visual


def _letter(index: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(index + 1)


def describe(text: str, table: Any = None, target: int = 0, today: _dt.date | None = None) -> dict:
    """`{"canonical", "type", "formula", "explanation", "formatted"}` of the rule `text`; the
    formula is written for the target column's first data cell (row 2) of `table` (A2 without a
    table) and `formatted` lists the 0-based data rows it formats ([] without a table)."""
    rule = parse(text)
    letters = [_letter(j) for j in range(max(table.n_cols, 1))] if table else None
    formula = excel.to_formula(
        rule, cell=f"{_letter(target)}2", first_row=2,
        last_row=max(2, table.n_rows + 1) if table else None,
        column_letters=letters, reference_date=today,
    )
    formatted = formatted_rows(rule, table, target, today) if table else []
    return {"canonical": to_text(rule), "type": excel.native_type(rule), "formula": formula,
            "explanation": explain(rule), "formatted": formatted}


def annotate(code: str, data: Any = None, today: _dt.date | None = None) -> dict[str, Any]:
    """Explanation, native Excel rule type and formula of a valid rule, and with `data` (an
    `assistant.inputs.Data`) the rows it formats (`formatted`, or None and `execution_error` when
    it cannot run on them), whether it is a graded visual (`graded`: colour scale, data bar) and,
    for a rule of number comparisons, whether it formats all or none of the column's numbers
    (`numbers_undivided`: "under 80" on cells holding 60%..100% reads every number alike)."""
    rule = parse(code)
    facts: dict[str, Any] = {
        "explanation": explain(rule),
        "native_type": excel.native_type(rule),
        "formula": "=" + excel.to_formula(rule, reference_date=today, **_place(data)),
    }
    if data is not None:
        facts["graded"] = isinstance(rule, Visual)
        facts.update(_run(rule, data, today))
    return facts


def _place(data: Any) -> dict[str, Any]:
    """Where the formula is written: the data's range (default: A2 over rows 2..100)."""
    if data is None or not data.range_ref:
        return {}
    m = re.fullmatch(r"([A-Z]+)(\d+):[A-Z]+(\d+)", data.range_ref)
    if not m:
        return {}
    return {"cell": f"{m.group(1)}{m.group(2)}", "first_row": int(m.group(2)), "last_row": int(m.group(3))}


def _run(rule: Any, data: Any, today: _dt.date | None) -> dict[str, Any]:
    try:
        mask = execute(rule, data.table, data.target, reference_date=today)
    except (CfaError, IndexError, ValueError) as exc:
        return {"formatted": None, "execution_error": _first_line(exc)}
    facts: dict[str, Any] = {"formatted": tuple(int(i) for i, hit in enumerate(mask) if hit)}
    if _thresholds_only(rule):
        numbers = [hit for cell, hit in zip(data.table.column(data.target), mask)
                   if isinstance(cell, (int, float)) and not isinstance(cell, bool)]
        facts["numbers_undivided"] = len(numbers) >= 2 and len(set(numbers)) == 1
    return facts


def _thresholds_only(rule: Any) -> bool:
    """A rule made of number comparisons only (`GreaterThan(5)`, `AND(Between(1, 9), NOT(
    Equals(4)))`): what it does to the column's numbers is all it is for."""
    if isinstance(rule, (And, Or)):
        return all(_thresholds_only(r) for r in rule.rules)
    if isinstance(rule, Not):
        return _thresholds_only(rule.rule)
    if isinstance(rule, Compare):
        return isinstance(rule.value, (int, float)) and rule.column is None
    return isinstance(rule, Between) and rule.column is None and all(
        isinstance(v, (int, float)) for v in (rule.low, rule.high))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
