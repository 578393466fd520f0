"""Excel translation of CF rules: the equivalent formula, the native openpyxl rule, and back.

`to_formula(rule, cell="A2", ...)` is the Excel formula that a conditional-formatting `expression`
rule evaluates for the top-left cell `cell` of its range (relative row, absolute ranges), written
to mean exactly what the executor computes:

- "Cell Value" comparisons are plain Excel comparisons (blank = 0 against numbers, text above
  numbers, case-insensitive text);
- Top/Bottom/averages use AGGREGATE with option 6 (skip error cells) over the column's numbers,
  and `MIN(n, COUNT(range))` so that `Top(n)` with n above the count formats every number;
- text rules escape SEARCH's wildcards (`~*`, `~?`, `~~`);
- errors flow as in Excel: a leaf that reads an error cell gives that error (`x<>x` is the idiom
  for "FALSE, or the cell's error" where a rule only looks at numbers), AND/OR/NOT propagate it,
  and an error result means "not formatted" - exactly the executor's model;
- time periods use `TODAY()`, or `DATE(y,m,d)` when a reference date is given (tests pin it).

`to_native(rule, range_ref, fill)` gives the native openpyxl rule where one means the same thing,
in the file format's own vocabulary (`cellIs`/`greaterThan`, `containsText`, `top10`, ...), else an
`expression` rule with the formula. `from_native` and `from_formula` turn a workbook's rule back
into the language: native rules by their attributes, expression formulas by matching them against
the formulas this module writes (each match is checked by writing the formula again).

This module knows nothing of workbooks on disk, of parsing rule text or of executing rules.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Sequence

from openpyxl.formatting.rule import ColorScaleRule, DataBarRule, IconSetRule
from openpyxl.formatting.rule import Rule as XlRule
from openpyxl.styles import PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf.excel_formula import FormulaSyntaxError, Tree, parse_formula
from cf_assistant.languages.cf.rules import (
    And,
    Average,
    Between,
    Blanks,
    ColumnRef,
    Compare,
    Duplicates,
    Errors,
    Not,
    Operand,
    Or,
    Rank,
    Rule,
    Text,
    TimePeriod,
    Visual,
)

DEFAULT_FILL = PatternFill(start_color="FFC7CE", end_color="FFC7CE", fill_type="solid")

CELL_IS_OPERATORS = {
    "GreaterThan": "greaterThan",
    "GreaterThanEqual": "greaterThanOrEqual",
    "LessThan": "lessThan",
    "LessThanEqual": "lessThanOrEqual",
    "Equals": "equal",
    "NotEquals": "notEqual",
}
_SYMBOLS = {
    "GreaterThan": ">", "GreaterThanEqual": ">=", "LessThan": "<", "LessThanEqual": "<=",
    "Equals": "=", "NotEquals": "<>",
}
_TEXT_NATIVE = {  # op -> (rule type, operator)
    "TextContains": ("containsText", "containsText"),
    "TextNotContains": ("notContainsText", "notContains"),
    "TextStartsWith": ("beginsWith", "beginsWith"),
    "TextEndsWith": ("endsWith", "endsWith"),
}
TIME_PERIODS = {
    "Yesterday": "yesterday", "Today": "today", "Tomorrow": "tomorrow", "Last7Days": "last7Days",
    "LastWeek": "lastWeek", "ThisWeek": "thisWeek", "NextWeek": "nextWeek",
    "LastMonth": "lastMonth", "ThisMonth": "thisMonth", "NextMonth": "nextMonth",
}
_VISUAL_TYPES = {"ColorScale": "colorScale", "DataBar": "dataBar", "IconSet": "iconSet"}
_XLFN = ("AGGREGATE",)  # functions newer than Excel 2007: files store them as _xlfn.NAME
_MAX_RANK = 1000  # Excel's top10 rule accepts ranks 1..1000


# ---------------------------------------------------------------------------------------------
# where a formula is written


@dataclass(frozen=True)
class Place:
    """The top-left cell of a rule's range, the rows its column ranges span, the column letters."""

    column: str  # letter of the implicit column (the cell's own column)
    row: int
    first_row: int
    last_row: int
    letters: tuple[str, ...] | None = None  # table column i -> sheet letter (default A, B, ...)
    today: str = "TODAY()"

    def letter(self, index: int) -> str:
        if self.letters is not None:
            if not 0 <= index < len(self.letters):
                raise BadInputError(f"c[{index}] names no column (the table has {len(self.letters)})")
            return self.letters[index]
        return get_column_letter(index + 1)

    def cell(self, column: int | None) -> str:
        """The cell of the rule's column in the current row."""
        return f"{self.column}{self.row}" if column is None else f"${self.letter(column)}{self.row}"

    def span(self, column: int | None) -> str:
        """The absolute range of the rule's column."""
        letter = self.column if column is None else self.letter(column)
        return f"${letter}${self.first_row}:${letter}${self.last_row}"


def make_place(
    cell: str = "A2",
    first_row: int | None = None,
    last_row: int | None = None,
    column_letters: Sequence[str] | None = None,
    reference_date: _dt.date | None = None,
) -> Place:
    """A Place from an A1 cell; rows default to the cell's row .. 98 rows below it."""
    m = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?(\d+)", cell.strip())
    if not m:
        raise BadInputError(f"'{cell}' is not a cell reference such as A2")
    row = int(m.group(2))
    first = row if first_row is None else first_row
    last = first + 98 if last_row is None else last_row
    today = "TODAY()"
    if reference_date is not None:
        d = reference_date
        today = f"DATE({d.year},{d.month},{d.day})"
    letters = tuple(column_letters) if column_letters is not None else None
    return Place(m.group(1).upper(), row, first, max(first, last), letters, today)


# ---------------------------------------------------------------------------------------------
# literals


def number_literal(x: float) -> str:
    """A number as Excel formulas write it: 5, -2.5, 1E+20."""
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return repr(float(x)).upper()


def string_literal(s: str) -> str:
    """A quoted Excel string; texts over 255 characters (Excel's limit) are joined with &."""
    chunks = [s[i : i + 255] for i in range(0, len(s), 255)] or [""]
    return "&".join('"' + c.replace('"', '""') + '"' for c in chunks)


def search_literal(s: str) -> str:
    """A SEARCH pattern matching `s` literally: Excel's wildcards * ? and ~ escaped with ~."""
    return string_literal(re.sub(r"([~*?])", r"~\1", s))


def operand_literal(value: Operand, place: Place) -> str:
    if isinstance(value, ColumnRef):
        return place.cell(value.index)
    if isinstance(value, str):
        return string_literal(value)
    return number_literal(value)


# ---------------------------------------------------------------------------------------------
# leaf formulas (bare: an error result means "not formatted")


def _compare(rule: Compare, p: Place) -> str:
    return f"{p.cell(rule.column)}{_SYMBOLS[rule.op]}{operand_literal(rule.value, p)}"


def _between(rule: Between, p: Place) -> str:
    x, a, b = p.cell(rule.column), operand_literal(rule.low, p), operand_literal(rule.high, p)
    if isinstance(rule.low, float) and isinstance(rule.high, float):
        inside = f"AND({x}>=MIN({a},{b}),{x}<=MAX({a},{b}))"
    else:
        inside = f"OR(AND({x}>={a},{x}<={b}),AND({x}>={b},{x}<={a}))"
    return f"NOT({inside})" if rule.negate else inside


def _text(rule: Text, p: Place) -> str:
    x, s = p.cell(rule.column), string_literal(rule.text)
    if rule.op == "TextContains":
        return f"ISNUMBER(SEARCH({search_literal(rule.text)},{x}))"
    if rule.op == "TextNotContains":  # an error cell is never formatted (unlike ISERROR(SEARCH()))
        return f"AND(NOT(ISERROR({x})),NOT(ISNUMBER(SEARCH({search_literal(rule.text)},{x}))))"
    if rule.op == "TextStartsWith":
        return f"LEFT({x},LEN({s}))={s}"
    if rule.op == "TextEndsWith":
        return f"RIGHT({x},LEN({s}))={s}"
    return f"{x}&\"\"={s}"  # TextEquals: the cell's text (numbers as shown), case-insensitive


def _numbers_only(x: str, condition: str) -> str:
    """`condition` for number cells; FALSE for other values; the error itself for error cells.

    `x<>x` is FALSE for every value and the cell's error for an error cell, which is what the
    executor (and Excel's own rules) give; IF evaluates only one branch, so `condition` may
    fail on columns without numbers without leaking an error.
    """
    return f"IF(ISNUMBER({x}),{condition},{x}<>{x})"


def _rank(rule: Rank, p: Place) -> str:
    x, r = p.cell(rule.column), p.span(rule.column)
    n = number_literal(rule.n)
    if rule.percent:  # floor(count * p / 100) cells, at least one (none for p <= 0)
        k = f"MIN(COUNT({r}),MAX(1,INT(COUNT({r})*{n}/100)))"
        empty = rule.n <= 0
    else:  # every number when n is above the count
        k = f"MIN({n if rule.n == int(rule.n) else f'INT({n})'},COUNT({r}))"
        empty = rule.n < 1
    if empty:  # no number is formatted; the condition keeps n so that the rule reads back
        return _numbers_only(x, f"{n}>0" if rule.percent else f"{n}>=1")
    if rule.bottom:
        return _numbers_only(x, f"{x}<=AGGREGATE(15,6,{r},{k})")
    return _numbers_only(x, f"{x}>=AGGREGATE(14,6,{r},{k})")


def _average(rule: Average, p: Place) -> str:
    x, r = p.cell(rule.column), p.span(rule.column)
    return _numbers_only(x, f"{x}{'<' if rule.below else '>'}AGGREGATE(1,6,{r})")


def _duplicates(rule: Duplicates, p: Place) -> str:
    """How many non-blank cells of the column equal this one (=: case-insensitive, type-strict)."""
    x, r = p.cell(rule.column), p.span(rule.column)
    count = f"SUMPRODUCT(IFERROR(({r}={x})*({r}<>\"\"),0))"
    return f"AND({x}<>\"\",{count}{'=1' if rule.unique else '>1'})"


def _blanks(rule: Blanks, p: Place) -> str:
    return f"LEN(TRIM({p.cell(rule.column)})){'>' if rule.negate else '='}0"


def _errors(rule: Errors, p: Place) -> str:
    inner = f"ISERROR({p.cell(rule.column)})"
    return f"NOT({inner})" if rule.negate else inner


def _visual(rule: Visual, p: Place) -> str:
    return f"ISNUMBER({p.cell(rule.column)})"  # every number; never an error


def _period_bounds(period: str, t: str) -> tuple[str, str]:
    """First and last serial day of a period, relative to the reference day `t`."""
    week0 = f"{t}-WEEKDAY({t})"  # the Saturday before t's week (weeks run Sunday..Saturday)
    return {
        "Yesterday": (f"{t}-1", f"{t}-1"),
        "Today": (t, t),
        "Tomorrow": (f"{t}+1", f"{t}+1"),
        "Last7Days": (f"{t}-6", t),
        "LastWeek": (f"{week0}-6", week0),
        "ThisWeek": (f"{week0}+1", f"{week0}+7"),
        "NextWeek": (f"{week0}+8", f"{week0}+14"),
        "LastMonth": (f"EOMONTH({t},-2)+1", f"EOMONTH({t},-1)"),
        "ThisMonth": (f"EOMONTH({t},-1)+1", f"EOMONTH({t},0)"),
        "NextMonth": (f"EOMONTH({t},0)+1", f"EOMONTH({t},1)"),
    }[period]


def _time_period(rule: TimePeriod, p: Place) -> str:
    x = p.cell(rule.column)
    first, last = _period_bounds(rule.period, p.today)
    return _numbers_only(x, f"AND(INT({x})>={first},INT({x})<={last})")


_LEAVES: dict[type, Callable[[Any, Place], str]] = {
    Compare: _compare, Between: _between, Text: _text, Rank: _rank, Average: _average,
    Duplicates: _duplicates, Blanks: _blanks, Errors: _errors, Visual: _visual,
    TimePeriod: _time_period,
}


def _formula(rule: Rule, p: Place) -> str:
    if isinstance(rule, (And, Or)):
        name = "AND" if isinstance(rule, And) else "OR"
        return f"{name}({','.join(_formula(r, p) for r in rule.rules)})"
    if isinstance(rule, Not):
        return f"NOT({_formula(rule.rule, p)})"
    return _LEAVES[type(rule)](rule, p)


def formula_at(rule: Rule, place: Place) -> str:
    """The formula of `rule` at `place` (no leading '=')."""
    return _formula(rule, place)


def to_formula(
    rule: Rule,
    cell: str = "A2",
    first_row: int | None = None,
    last_row: int | None = None,
    column_letters: Sequence[str] | None = None,
    reference_date: _dt.date | None = None,
) -> str:
    """The Excel formula equivalent to `rule` for `cell`, the top-left cell of the rule's range.

    `first_row`..`last_row` are the rows of the column ranges (Top, averages, duplicates); they
    default to the cell's row and 98 rows below it. `column_letters[i]` is the sheet column of the
    table's column i (default A, B, C, ...). `reference_date` pins time periods (default TODAY()).
    """
    return formula_at(rule, make_place(cell, first_row, last_row, column_letters, reference_date))


def file_formula(formula: str) -> str:
    """The formula as a file stores it: newer functions carry the `_xlfn.` prefix."""
    parts = re.split(r'("(?:[^"]|"")*")', formula)
    for i in range(0, len(parts), 2):  # even parts are outside string literals
        for name in _XLFN:
            parts[i] = re.sub(rf"(?<![\w.]){name}\(", f"_xlfn.{name}(", parts[i])
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# native rules


def _native_fits(rule: Rule) -> bool:
    if getattr(rule, "column", 1) is not None:  # combinators and c[i] rules: expression
        return False
    if isinstance(rule, Text):
        if rule.op == "TextEquals":  # cellIs equal would read back as Equals(...)
            return False
        if rule.op in ("TextContains", "TextNotContains") and re.search(r"[~*?]", rule.text):
            return False  # Excel's native text rules treat * and ? as wildcards
        return len(rule.text) <= 255
    if isinstance(rule, Rank):
        return rule.n == int(rule.n) and 1 <= rule.n <= (100 if rule.percent else _MAX_RANK)
    if isinstance(rule, Compare):
        return not (isinstance(rule.value, str) and len(rule.value) > 255)
    if isinstance(rule, Between):
        return not any(isinstance(v, str) and len(v) > 255 for v in (rule.low, rule.high))
    return True


def native_type(rule: Rule) -> str:
    """The workbook rule type `rule` is written as: "cellIs:greaterThan", "top10", "expression"..."""
    if not _native_fits(rule):
        return "expression"
    if isinstance(rule, Compare):
        return f"cellIs:{CELL_IS_OPERATORS[rule.op]}"
    if isinstance(rule, Between):
        return f"cellIs:{'notBetween' if rule.negate else 'between'}"
    if isinstance(rule, Text):
        return _TEXT_NATIVE[rule.op][0]
    if isinstance(rule, Rank):
        return "top10" + (":bottom" if rule.bottom else "") + (":percent" if rule.percent else "")
    if isinstance(rule, Average):
        return "aboveAverage:below" if rule.below else "aboveAverage"
    if isinstance(rule, Duplicates):
        return "uniqueValues" if rule.unique else "duplicateValues"
    if isinstance(rule, Blanks):
        return "notContainsBlanks" if rule.negate else "containsBlanks"
    if isinstance(rule, Errors):
        return "notContainsErrors" if rule.negate else "containsErrors"
    if isinstance(rule, Visual):
        return _VISUAL_TYPES[rule.kind]
    assert isinstance(rule, TimePeriod)
    return f"timePeriod:{TIME_PERIODS[rule.period]}"


def range_place(range_ref: str, column_letters: Sequence[str] | None = None) -> Place:
    """The Place of a range such as "B2:B40" (or a space-separated list: its first range)."""
    first = range_ref.split()[0] if range_ref.strip() else ""
    try:
        min_col, min_row, _max_col, max_row = range_boundaries(first.replace("$", ""))
    except (ValueError, TypeError) as exc:
        raise BadInputError(f"'{range_ref}' is not a range such as B2:B40") from exc
    if min_col is None or min_row is None:
        raise BadInputError(f"'{range_ref}' is not a range of cells such as B2:B40")
    letter = get_column_letter(min_col)
    return make_place(f"{letter}{min_row}", min_row, max_row or min_row, column_letters)


def _visual_rule(kind: str) -> XlRule:
    if kind == "ColorScale":
        return ColorScaleRule(
            start_type="min", start_color="F8696B", mid_type="percentile", mid_value=50,
            mid_color="FFEB84", end_type="max", end_color="63BE7B",
        )
    if kind == "DataBar":
        return DataBarRule(start_type="min", end_type="max", color="638EC6")
    return IconSetRule("3TrafficLights1", "percent", [0, 33, 67])


_EXCEL_PERIOD_FORMULAS = {  # what Excel itself stores with a timePeriod rule ({x} = the cell)
    "today": "FLOOR({x},1)=TODAY()",
    "yesterday": "FLOOR({x},1)=TODAY()-1",
    "tomorrow": "FLOOR({x},1)=TODAY()+1",
    "last7Days": "AND(TODAY()-FLOOR({x},1)<=6,FLOOR({x},1)<=TODAY())",
    "lastWeek": "AND(TODAY()-ROUNDDOWN({x},0)>=(WEEKDAY(TODAY())),"
    "TODAY()-ROUNDDOWN({x},0)<(WEEKDAY(TODAY())+7))",
    "thisWeek": "AND(TODAY()-ROUNDDOWN({x},0)<=WEEKDAY(TODAY())-1,"
    "ROUNDDOWN({x},0)-TODAY()<=7-WEEKDAY(TODAY()))",
    "nextWeek": "AND(ROUNDDOWN({x},0)-TODAY()>(7-WEEKDAY(TODAY())),"
    "ROUNDDOWN({x},0)-TODAY()<(15-WEEKDAY(TODAY())))",
    "lastMonth": "AND(MONTH({x})=MONTH(EDATE(TODAY(),0-1)),YEAR({x})=YEAR(EDATE(TODAY(),0-1)))",
    "thisMonth": "AND(MONTH({x})=MONTH(TODAY()),YEAR({x})=YEAR(TODAY()))",
    "nextMonth": "AND(MONTH({x})=MONTH(EDATE(TODAY(),0+1)),YEAR({x})=YEAR(EDATE(TODAY(),0+1)))",
}


def _native(rule: Rule, p: Place, dxf: DifferentialStyle) -> XlRule:
    x = p.cell(None)
    if isinstance(rule, Compare):
        return XlRule(type="cellIs", operator=CELL_IS_OPERATORS[rule.op], dxf=dxf,
                      formula=[operand_literal(rule.value, p)])
    if isinstance(rule, Between):
        return XlRule(type="cellIs", operator="notBetween" if rule.negate else "between", dxf=dxf,
                      formula=[operand_literal(rule.low, p), operand_literal(rule.high, p)])
    if isinstance(rule, Text):
        kind, operator = _TEXT_NATIVE[rule.op]
        # Excel evaluates the formula of these rules; ours never formats an error cell
        return XlRule(type=kind, operator=operator, text=rule.text, dxf=dxf,
                      formula=[formula_at(rule, p)])
    if isinstance(rule, Rank):
        return XlRule(type="top10", rank=int(rule.n), percent=rule.percent or None,
                      bottom=rule.bottom or None, dxf=dxf)
    if isinstance(rule, Average):
        return XlRule(type="aboveAverage", aboveAverage=False if rule.below else None, dxf=dxf)
    if isinstance(rule, Duplicates):
        return XlRule(type="uniqueValues" if rule.unique else "duplicateValues", dxf=dxf)
    if isinstance(rule, (Blanks, Errors)):
        kind = native_type(rule)
        return XlRule(type=kind, dxf=dxf, formula=[formula_at(rule, p)])
    if isinstance(rule, Visual):
        return _visual_rule(rule.kind)
    assert isinstance(rule, TimePeriod)
    period = TIME_PERIODS[rule.period]
    return XlRule(type="timePeriod", timePeriod=period, dxf=dxf,
                  formula=[_EXCEL_PERIOD_FORMULAS[period].format(x=x)])


def to_native(rule: Rule, range_ref: str, fill: PatternFill | None = None) -> XlRule:
    """The openpyxl rule that formats `range_ref` as `rule` does (native type, else expression).

    Column c[i] of the rule is sheet column i (A = c[0]).
    """
    place = range_place(range_ref)
    dxf = DifferentialStyle(fill=fill or DEFAULT_FILL)
    if native_type(rule) == "expression":
        return XlRule(type="expression", dxf=dxf, formula=[file_formula(formula_at(rule, place))])
    return _native(rule, place, dxf)


# ---------------------------------------------------------------------------------------------
# back from a workbook: native rules


def _operand_back(formula: str, p: Place) -> Operand | None:
    """A cellIs operand: a number, a text or the cell of another column in the same row."""
    try:
        tree = parse_formula(formula)
    except FormulaSyntaxError:
        return None
    if tree[0] == "num":
        return tree[1]
    if tree[0] == "str":
        return tree[1]
    if tree[0] == "ref":
        m = re.fullmatch(r"\$?([A-Z]{1,3})(\d+)", tree[1])
        if m and int(m.group(2)) == p.row:
            return ColumnRef(column_index_from_string(m.group(1)) - 1)
    return None


def _cell_is_back(xl: XlRule, p: Place) -> Rule | None:
    operands = [_operand_back(f, p) for f in (xl.formula or [])]
    if not operands or any(o is None for o in operands):
        return None
    ops = {v: k for k, v in CELL_IS_OPERATORS.items()}
    if xl.operator in ops and len(operands) == 1:
        return Compare(ops[xl.operator], operands[0])  # type: ignore[arg-type]
    if xl.operator in ("between", "notBetween") and len(operands) == 2:
        return Between(operands[0], operands[1], negate=xl.operator == "notBetween")  # type: ignore[arg-type]
    return None


def _text_back(xl: XlRule) -> Rule | None:
    ops = {kind: op for op, (kind, _operator) in _TEXT_NATIVE.items()}
    if xl.text is None:
        return None
    return Text(ops[xl.type], xl.text)  # type: ignore[arg-type]


def _simple_back(xl: XlRule) -> Rule | None:
    if xl.type == "top10":
        if xl.rank is None:
            return None
        return Rank(float(xl.rank), bottom=bool(xl.bottom), percent=bool(xl.percent))
    if xl.type == "aboveAverage":
        if xl.stdDev or xl.equalAverage:
            return None  # "1 std dev above", "equal or above": not in the language
        return Average(below=xl.aboveAverage is False)
    periods = {v: k for k, v in TIME_PERIODS.items()}
    if xl.type == "timePeriod":
        return TimePeriod(periods[xl.timePeriod]) if xl.timePeriod in periods else None  # type: ignore[arg-type]
    return {
        "duplicateValues": Duplicates(), "uniqueValues": Duplicates(unique=True),
        "containsBlanks": Blanks(), "notContainsBlanks": Blanks(negate=True),
        "containsErrors": Errors(), "notContainsErrors": Errors(negate=True),
        "colorScale": Visual("ColorScale"), "dataBar": Visual("DataBar"),
        "iconSet": Visual("IconSet"),
    }.get(xl.type)


def xl_type(xl: XlRule) -> str:
    """The native type of a workbook rule in `native_type`'s spelling."""
    if xl.type == "cellIs":
        return f"cellIs:{xl.operator}"
    if xl.type == "timePeriod":
        return f"timePeriod:{xl.timePeriod}"
    if xl.type == "top10":
        return "top10" + (":bottom" if xl.bottom else "") + (":percent" if xl.percent else "")
    if xl.type == "aboveAverage":
        return "aboveAverage:below" if xl.aboveAverage is False else "aboveAverage"
    return str(xl.type)


def from_native(xl: XlRule, range_ref: str) -> Rule | None:
    """The rule of the language that a workbook rule means, or None when it has none."""
    place = range_place(range_ref)
    if xl.type == "cellIs":
        return _cell_is_back(xl, place)
    if xl.type in ("containsText", "notContainsText", "beginsWith", "endsWith"):
        return _text_back(xl)
    if xl.type == "expression":
        return from_formula(xl.formula[0], range_ref) if xl.formula else None
    return _simple_back(xl)


# ---------------------------------------------------------------------------------------------
# back from a workbook: expression formulas written by this module

_NUM_SENTINELS = (987654.125, 987655.125, 987656.0, -987654.125)  # whole and negative for Top(n)
_TEXT_SENTINEL = "\u0001cfa-text\u0001"
_COL_SENTINELS = (16000, 16001, 16002)  # rule column, first and second operand columns


def _operand_variants(slot: int) -> list[Operand]:
    return [_NUM_SENTINELS[slot], _TEXT_SENTINEL if slot == 0 else _TEXT_SENTINEL + "2",
            ColumnRef(_COL_SENTINELS[slot + 1])]


def _templates() -> list[Rule]:
    """One rule per formula shape, with sentinel values where the formula varies."""
    out: list[Rule] = []
    for column in (None, _COL_SENTINELS[0]):
        for op in _SYMBOLS:
            out += [Compare(op, v, column) for v in _operand_variants(0)]  # type: ignore[arg-type]
        for negate in (False, True):
            out += [Between(a, b, negate, column) for a in _operand_variants(0)
                    for b in _operand_variants(1)]
            out += [Blanks(negate, column), Errors(negate, column)]
        for op in ("TextEquals", "TextContains", "TextNotContains", "TextStartsWith",
                   "TextEndsWith"):
            out.append(Text(op, _TEXT_SENTINEL, column))  # type: ignore[arg-type]
        for bottom in (False, True):
            for percent in (False, True):
                out.append(Rank(_NUM_SENTINELS[0], bottom, percent, column))
                out.append(Rank(_NUM_SENTINELS[2], bottom, percent, column))
                out.append(Rank(_NUM_SENTINELS[3], bottom, percent, column))
            out.append(Average(bottom, column))
            out.append(Duplicates(bottom, column))
        out.append(Visual("ColorScale", column))
        for period in TIME_PERIODS:
            out.append(TimePeriod(period, column))  # type: ignore[arg-type]
    return out


_REF = re.compile(r"(\$?)([A-Z]{1,3})(\$?)(\d+)")


def _unify_ref(template: str, actual: str, binding: dict[Any, Any]) -> bool:
    t_parts, a_parts = _REF.findall(template), _REF.findall(actual)
    if len(t_parts) != len(a_parts) or template.count(":") != actual.count(":"):
        return False
    for (td, tl, tr, tn), (ad, al, ar, an) in zip(t_parts, a_parts):
        if (td, tr, tn) != (ad, ar, an):
            return False
        index = column_index_from_string(tl) - 1
        if index in _COL_SENTINELS:
            if binding.setdefault(("col", index), al) != al:
                return False
        elif tl != al:
            return False
    return True


def _unify(template: Tree, actual: Tree, binding: dict[Any, Any]) -> bool:
    kind = template[0]
    if kind == "num" and template[1] in _NUM_SENTINELS:
        return actual[0] == "num" and binding.setdefault(("num", template[1]), actual[1]) == actual[1]
    if kind == "str" and template[1].startswith(_TEXT_SENTINEL):
        return actual[0] == "str" and binding.setdefault(("str", template[1]), actual[1]) == actual[1]
    if kind != actual[0] or len(template) != len(actual):
        return False
    if kind == "ref":
        return _unify_ref(template[1], actual[1], binding)
    if kind == "fn":
        return template[1] == actual[1] and len(template[2]) == len(actual[2]) and all(
            _unify(t, a, binding) for t, a in zip(template[2], actual[2])
        )
    if kind in ("op", "neg", "pct"):
        return all(
            _unify(t, a, binding) if isinstance(t, tuple) else t == a
            for t, a in zip(template[1:], actual[1:])
        )
    return template == actual


def _substitute(rule: Any, binding: dict[Any, Any], unescape: bool) -> Any:
    if isinstance(rule, float) and ("num", rule) in binding:
        return float(binding[("num", rule)])
    if isinstance(rule, str) and ("str", rule) in binding:
        text = binding[("str", rule)]
        return re.sub(r"~([~*?])", r"\1", text) if unescape else text
    if isinstance(rule, ColumnRef) and rule.index in _COL_SENTINELS:
        return ColumnRef(column_index_from_string(binding[("col", rule.index)]) - 1)
    if isinstance(rule, int) and not isinstance(rule, bool) and rule in _COL_SENTINELS:
        return column_index_from_string(binding[("col", rule)]) - 1
    if dataclasses.is_dataclass(rule) and not isinstance(rule, type):
        changes = {f.name: _substitute(getattr(rule, f.name), binding, unescape)
                   for f in dataclasses.fields(rule)}
        return dataclasses.replace(rule, **changes)
    return rule


@lru_cache(maxsize=64)
def _template_trees(place: Place) -> tuple[tuple[Rule, Tree], ...]:
    out = []
    for template in _templates():
        out.append((template, parse_formula(formula_at(template, place))))
    return tuple(out)


def _leaf_back(tree: Tree, place: Place) -> Rule | None:
    for template, template_tree in _template_trees(place):
        binding: dict[Any, Any] = {}
        if not _unify(template_tree, tree, binding):
            continue
        for unescape in (False, True):
            try:
                candidate = _substitute(template, binding, unescape)
                if parse_formula(formula_at(candidate, place)) == tree:
                    return candidate
            except (KeyError, ValueError, BadInputError, FormulaSyntaxError):
                continue
    return None


def _tree_back(tree: Tree, place: Place) -> Rule | None:
    leaf = _leaf_back(tree, place)
    if leaf is not None or tree[0] != "fn" or tree[1] not in ("AND", "OR", "NOT"):
        return leaf
    children = [_tree_back(arg, place) for arg in tree[2]]
    if not children or any(c is None for c in children):
        return None
    if tree[1] == "NOT":
        return Not(children[0]) if len(children) == 1 else None  # type: ignore[arg-type]
    return (And if tree[1] == "AND" else Or)(tuple(children))  # type: ignore[arg-type]


def from_formula(formula: str, range_ref: str) -> Rule | None:
    """The rule whose formula (as `to_native` writes it for `range_ref`) is `formula`, or None."""
    place = range_place(range_ref)
    try:
        tree = parse_formula(formula)
    except FormulaSyntaxError:
        return None
    rule = _tree_back(tree, place)
    if rule is None:
        return None
    try:  # the whole rule must write the same formula again
        return rule if parse_formula(formula_at(rule, place)) == tree else None
    except (BadInputError, FormulaSyntaxError):
        return None
