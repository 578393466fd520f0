"""Execute a CF rule on a table: which data rows would Excel format?

`execute(rule, table, target)` returns one boolean per data row; `formatted_rows` the indices of the
True ones. `target` is the implicit column (0-based); a rule's own `c[i]` overrides it. Everything
is vectorised with numpy (see benchmarks/executor_speed.py).

Excel semantics (../shared/docs/CF_RULES.md), decided and tested in tests/cf/test_executor.py:
- Cell Value comparisons (Compare, Between) order values as Excel does: numbers < text < booleans;
  texts are ordered by LibreOffice's case-insensitive collation (collation.py: punctuation <
  symbols < digits < letters, accents second) and equated by case folding (`=`, `<>`, and so
  TextEquals, TextStartsWith, TextEndsWith, whose formulas are `x=s`, `LEFT(x,LEN(s))=s`, ...;
  "b" and full-width "ｂ" are neither < nor = each other, so `<=` differs from `<` OR `=`);
  a blank takes the type of the other side (0 against a number, "" against a text, so `LessThan(5)` formats blanks and `LessThan("a")` does too); Between is
  inclusive with its bounds in either order; a `c[j]` operand compares row by row.
- Text rules look at the cell's text: numbers as Excel's General format shows them with 15
  significant digits (5.0 -> "5", 0.12 -> "0.12", 1e20 -> "1E+20"), booleans as TRUE/FALSE, blanks
  as "". Matching is case-insensitive and literal (no `*`/`?` wildcards).
- Top/Bottom, AboveAverage/BelowAverage and ColorScale/DataBar/IconSet look only at the numbers of
  the column; Top(n) formats every cell tied with the n-th value (a cell is formatted when fewer
  than n numbers are strictly larger); TopPercent(p) ranks floor(count * p / 100) cells, at least 1.
- Duplicates/Unique count non-blank values, text case-insensitively (case folded, as COUNTIF and
  `=` do in LibreOffice: "ﬁ" duplicates "FI"); the number 5 and the text "5" differ.
  Blanks() = empty or only spaces.
- TimePeriod rules compare the whole-day part of numeric cells (dates are serial numbers) with a
  reference date (default: today), weeks starting on Sunday, as Excel's timePeriod formulas do.
- Error cells are never formatted, except by Errors()/NotErrors(). Rules are evaluated like their
  Excel formulas (cf_assistant/languages/cf/excel.py): a rule that reads an error cell yields an
  error, and AND/OR/NOT propagate it as Excel's AND/OR/NOT do (AND(FALSE, #N/A) is #N/A), so
  `OR(Errors(), Blanks())` does not format #N/A. The rules whose formula tests for errors yield
  FALSE instead: TextContains (`ISNUMBER(SEARCH(..))`), TextNotContains
  (`AND(NOT(ISERROR(x)), NOT(ISNUMBER(SEARCH(..))))`), ColorScale/DataBar/IconSet (`ISNUMBER`).
  (Excel's native notContainsText rule, `ISERROR(SEARCH(..))`, would format error cells.)

This module knows nothing of parsing, printing or workbooks.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf import collation
from cf_assistant.languages.cf.rules import (
    And, Average, Between, Blanks, ColumnRef, Compare, Duplicates, Errors, Not, Or, Rank, Rule,
    Text, TimePeriod, Visual,
)
from cf_assistant.languages.cf.values import CellValue, ExcelError, Table, excel_serial

BLANK, NUMBER, TEXT, BOOL, ERROR = 0, 1, 2, 3, 4  # NUMBER < TEXT < BOOL is Excel's type order
_KINDS = {type(None): BLANK, float: NUMBER, int: NUMBER, str: TEXT, bool: BOOL, ExcelError: ERROR}
_MAX_SERIAL = 2958465  # 9999-12-31

Result = tuple[np.ndarray, np.ndarray]  # (value, is_error), both bool arrays


def display_text(value: CellValue) -> str:
    """The text Excel shows for a cell in General format (what SEARCH, LEFT, ... read)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return ("%.15g" % value).upper() if value else "0"
    return str(value)


@dataclass
class _Column:
    """A column (or a broadcast constant) typed for vectorised comparison."""

    values: list

    @cached_property
    def kind(self) -> np.ndarray:
        kinds = (_KINDS.get(type(v), TEXT) for v in self.values)
        return np.fromiter(kinds, np.int8, len(self.values))

    @cached_property
    def num(self) -> np.ndarray:
        """Numbers as themselves, booleans as 0/1, blanks as 0, anything else NaN."""
        nums = (
            float(v) if isinstance(v, (int, float)) else (0.0 if v is None else np.nan)
            for v in self.values
        )
        return np.fromiter(nums, np.float64, len(self.values))

    @cached_property
    def text(self) -> np.ndarray:
        """Lower-cased display text (errors as "")."""
        out = [("" if isinstance(v, ExcelError) else display_text(v).lower()) for v in self.values]
        return np.array(out, dtype=str) if out else np.array([], dtype="<U1")

    @cached_property
    def folded(self) -> np.ndarray:
        """The text as LibreOffice's `=` compares it (case folded)."""
        return collation.folded(self.text)

    @cached_property
    def textual(self) -> np.ndarray:
        """The text of text and blank cells ("" for the others, which never compare as text)."""
        return np.where((self.kind == TEXT) | (self.kind == BLANK), self.text, "")

    @cached_property
    def textual_folded(self) -> np.ndarray:
        return collation.folded(self.textual)

    @cached_property
    def sort_keys(self) -> np.ndarray:
        """Collation keys of `textual` (their numpy order is LibreOffice's text order)."""
        return collation.keys(self.textual)

    @property
    def is_error(self) -> np.ndarray:
        return self.kind == ERROR


class _Context:
    def __init__(self, table: Table, target: int, today: _dt.date):
        self.table, self.target, self.today = table, target, today
        self._columns: dict[int, _Column] = {}

    def column(self, index: int | None) -> _Column:
        index = self.target if index is None else index
        if not 0 <= index < self.table.n_cols:
            raise BadInputError(
                f"the rule uses column c[{index}] but the table has {self.table.n_cols} columns "
                f"(c[0]..c[{self.table.n_cols - 1}])"
            )
        if index not in self._columns:
            self._columns[index] = _Column(self.table.column(index))
        return self._columns[index]

    def operand(self, value) -> _Column:
        if isinstance(value, ColumnRef):
            return self.column(value.index)
        if isinstance(value, str):
            return _Column([value])
        return _Column([float(value)])


# -------------------------------------------------------------------------------- comparisons


def _text_order(left: _Column, right: _Column) -> tuple[np.ndarray, np.ndarray]:
    """Collation ranks of both columns' texts in one rank space (neither broadcast yet)."""
    both = collation.dense_ranks(np.concatenate([left.sort_keys, right.sort_keys]))
    return both[: len(left.values)], both[len(left.values):]


def _compare(
    left: _Column, right: _Column, order: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Excel's ordering of left vs right: (sign in {-1, 0, 1}, equal, is_error), broadcast.

    `equal` is what `=` says; it differs from `sign == 0` only for texts, which `<`/`>` order by
    collation and `=` compares case folded ("b" vs full-width "ｂ": neither less nor equal).
    With `order=False` (for `=`/`<>`) texts are not ranked and `sign` is only right for non-texts.
    """
    lk, rk = np.broadcast_arrays(left.kind, right.kind)
    err = (lk == ERROR) | (rk == ERROR)
    lt = np.where(lk == BLANK, np.where(rk == BLANK, NUMBER, rk), lk)
    rt = np.where(rk == BLANK, np.where(lk == BLANK, NUMBER, lk), rk)
    sign = np.sign(lt.astype(np.int16) - rt.astype(np.int16)).astype(np.int8)
    same = lt == rt
    numeric = same & ((lt == NUMBER) | (lt == BOOL))
    if numeric.any():
        with np.errstate(invalid="ignore"):
            diff = np.sign(np.broadcast_to(left.num, lt.shape) - np.broadcast_to(right.num, lt.shape))
        sign = np.where(numeric, np.nan_to_num(diff).astype(np.int8), sign)
    equal = sign == 0
    textual = same & (lt == TEXT)
    if textual.any():
        if order:
            lr, rr = np.broadcast_arrays(*_text_order(left, right))
            sign = np.where(textual, np.sign(lr - rr).astype(np.int8), sign)
        lf, rf = np.broadcast_arrays(left.textual_folded, right.textual_folded)
        equal = np.where(textual, lf == rf, equal)
    return sign, equal, err


_OPS = {
    "GreaterThan": lambda s, e: s > 0, "GreaterThanEqual": lambda s, e: s >= 0,
    "LessThan": lambda s, e: s < 0, "LessThanEqual": lambda s, e: s <= 0,
    "Equals": lambda s, e: e, "NotEquals": lambda s, e: ~e,
}


def _exec_compare(rule: Compare, ctx: _Context) -> Result:
    order = rule.op not in ("Equals", "NotEquals")
    sign, equal, err = _compare(ctx.column(rule.column), ctx.operand(rule.value), order)
    return _OPS[rule.op](sign, equal), err


def _exec_between(rule: Between, ctx: _Context) -> Result:
    cell = ctx.column(rule.column)
    s_low, _, e_low = _compare(cell, ctx.operand(rule.low))
    s_high, _, e_high = _compare(cell, ctx.operand(rule.high))
    inside = ((s_low >= 0) & (s_high <= 0)) | ((s_high >= 0) & (s_low <= 0))
    return (~inside if rule.negate else inside), e_low | e_high


# -------------------------------------------------------------------------------- text rules


def _prefix_equal(col: _Column, needle: str, suffix: bool) -> np.ndarray:
    """LEFT(x, LEN(s)) = s (or RIGHT): the cell's first/last len(s) characters fold-equal s."""
    n, target = len(needle), collation.fold(needle)
    text = col.text
    slow = collation.non_ascii(text) if needle.isascii() else np.ones(len(text), dtype=bool)
    hits = np.char.endswith(text, needle) if suffix else np.char.startswith(text, needle)
    if slow.any():  # the others are ASCII, where folding is lower-casing
        distinct, inverse = np.unique(text[slow], return_inverse=True)
        cut = [t[max(len(t) - n, 0):] if suffix else t[:n] for t in distinct.tolist()]
        hit = np.array([collation.fold(t) == target for t in cut], dtype=bool)
        hits[slow] = hit[inverse.reshape(-1)]
    return hits


def _exec_text(rule: Text, ctx: _Context) -> Result:
    col = ctx.column(rule.column)
    err = col.is_error
    needle = rule.text.lower()
    text = col.text
    if rule.op in ("TextContains", "TextNotContains"):
        found = np.char.find(text, needle) >= 0
        hit = found if rule.op == "TextContains" else ~found
        return hit & ~err, np.zeros_like(err)  # the formulas test for errors: never an error
    if len(text) == 0:
        return np.zeros(0, dtype=bool), err
    if rule.op == "TextEquals":
        return col.folded == collation.fold(needle), err
    return _prefix_equal(col, needle, suffix=rule.op == "TextEndsWith"), err


# -------------------------------------------------------------------------------- column statistics


def _exec_rank(rule: Rank, ctx: _Context) -> Result:
    col = ctx.column(rule.column)
    is_num = col.kind == NUMBER
    numbers = np.sort(col.num[is_num])
    count = len(numbers)
    k = int(np.floor(count * rule.n / 100)) if rule.percent else int(np.floor(rule.n))
    if rule.percent and rule.n > 0 and count:
        k = max(k, 1)
    if rule.bottom:
        beaten_by = np.searchsorted(numbers, col.num, side="left")  # numbers strictly smaller
    else:
        beaten_by = count - np.searchsorted(numbers, col.num, side="right")  # strictly larger
    return is_num & (beaten_by < k), col.is_error


def _exec_average(rule: Average, ctx: _Context) -> Result:
    col = ctx.column(rule.column)
    is_num = col.kind == NUMBER
    if not is_num.any():
        return np.zeros_like(is_num), col.is_error
    mean = col.num[is_num].mean()
    side = col.num < mean if rule.below else col.num > mean
    return is_num & side, col.is_error


def _counts(values: np.ndarray) -> np.ndarray:
    """For each entry, how many entries are equal to it."""
    if len(values) == 0:
        return np.zeros(0, dtype=np.int64)
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    return counts[inverse.reshape(-1)]


def _exec_duplicates(rule: Duplicates, ctx: _Context) -> Result:
    col = ctx.column(rule.column)
    counts = np.zeros(len(col.values), dtype=np.int64)
    for kind in (NUMBER, BOOL):
        mask = col.kind == kind
        counts[mask] = _counts(col.num[mask])
    mask = col.kind == TEXT
    if mask.any():
        counts[mask] = _counts(col.folded[mask])  # COUNTIF equates texts as `=` does
    return (counts == 1 if rule.unique else counts > 1), col.is_error


def _exec_blanks(rule: Blanks, ctx: _Context) -> Result:
    col = ctx.column(rule.column)
    blank = col.kind == BLANK
    is_text = col.kind == TEXT
    if is_text.any():
        blank = blank | (is_text & (np.char.strip(col.text, " ") == ""))
    return (~blank if rule.negate else blank), col.is_error


def _exec_errors(rule: Errors, ctx: _Context) -> Result:
    err = ctx.column(rule.column).is_error
    return (~err if rule.negate else err), np.zeros_like(err)


def _exec_visual(rule: Visual, ctx: _Context) -> Result:
    kind = ctx.column(rule.column).kind
    return kind == NUMBER, np.zeros(kind.shape, dtype=bool)  # ISNUMBER(x) is never an error


# -------------------------------------------------------------------------------- dates


def _weekday_sunday_1(day: _dt.date) -> int:
    """Excel's WEEKDAY(day): Sunday = 1 ... Saturday = 7."""
    return (day.weekday() + 1) % 7 + 1


def _day_window(period: str, today: _dt.date) -> tuple[int, int] | None:
    """The inclusive range of serial days of a day- or week-based period (None for months)."""
    t = int(excel_serial(today))
    wd = _weekday_sunday_1(today)
    windows = {
        "Yesterday": (t - 1, t - 1), "Today": (t, t), "Tomorrow": (t + 1, t + 1),
        "Last7Days": (t - 6, t),
        "LastWeek": (t - wd - 6, t - wd),
        "ThisWeek": (t - wd + 1, t + 7 - wd),
        "NextWeek": (t + 8 - wd, t + 14 - wd),
    }
    return windows.get(period)


def _month_index(today: _dt.date, shift: int) -> int:
    """Months since 1970-01 of today's month shifted by `shift` months."""
    return (today.year - 1970) * 12 + today.month - 1 + shift


def _exec_time_period(rule: TimePeriod, ctx: _Context) -> Result:
    col = ctx.column(rule.column)
    valid = (col.kind == NUMBER) & (col.num >= 0) & (col.num < _MAX_SERIAL + 1)
    day = np.floor(np.where(valid, col.num, 0)).astype(np.int64)
    window = _day_window(rule.period, ctx.today)
    if window is not None:
        return valid & (day >= window[0]) & (day <= window[1]), col.is_error
    shift = {"LastMonth": -1, "ThisMonth": 0, "NextMonth": 1}[rule.period]
    dates = np.datetime64("1899-12-30") + day.astype("timedelta64[D]")
    months = dates.astype("datetime64[M]").astype(np.int64)
    return valid & (months == _month_index(ctx.today, shift)), col.is_error


# -------------------------------------------------------------------------------- combinators


def _exec_and(rule: And, ctx: _Context) -> Result:
    parts = [_evaluate(r, ctx) for r in rule.rules]
    return np.logical_and.reduce([p[0] for p in parts]), np.logical_or.reduce([p[1] for p in parts])


def _exec_or(rule: Or, ctx: _Context) -> Result:
    parts = [_evaluate(r, ctx) for r in rule.rules]
    return np.logical_or.reduce([p[0] for p in parts]), np.logical_or.reduce([p[1] for p in parts])


def _exec_not(rule: Not, ctx: _Context) -> Result:
    value, err = _evaluate(rule.rule, ctx)
    return ~value, err


_EXECUTORS = {
    Compare: _exec_compare, Between: _exec_between, Text: _exec_text, Rank: _exec_rank,
    Average: _exec_average, Duplicates: _exec_duplicates, Blanks: _exec_blanks,
    Errors: _exec_errors, Visual: _exec_visual, TimePeriod: _exec_time_period,
    And: _exec_and, Or: _exec_or, Not: _exec_not,
}


def _evaluate(rule: Rule, ctx: _Context) -> Result:
    executor = _EXECUTORS.get(type(rule))
    if executor is None:
        raise BadInputError(f"not a CF rule object: {rule!r}")
    if isinstance(rule, (And, Or)) and not rule.rules:
        raise BadInputError(f"{type(rule).__name__.upper()} needs at least one rule")
    value, err = executor(rule, ctx)
    n = ctx.table.n_rows
    return np.broadcast_to(value, (n,)).astype(bool), np.broadcast_to(err, (n,)).astype(bool)


def execute(
    rule: Rule, table: Table, target: int, reference_date: _dt.date | None = None
) -> np.ndarray:
    """One bool per data row of `table`: whether Excel formats that row's cell under `rule`.

    `target` is the column of rules without `c[i]`; `reference_date` is "today" for the time
    period rules (default: the real today).
    """
    today = reference_date or _dt.date.today()
    if isinstance(today, _dt.datetime):
        today = today.date()
    value, err = _evaluate(rule, _Context(table, target, today))
    return value & ~err


def formatted_rows(
    rule: Rule, table: Table, target: int, reference_date: _dt.date | None = None
) -> list[int]:
    """The 0-based indices of the data rows (header not counted) that `rule` formats."""
    return [int(i) for i in np.flatnonzero(execute(rule, table, target, reference_date))]
