"""Office.js conditional formats for CF rules: `{"type", "props"}` that an Excel add-in applies.

`payload(rule, range_ref)` gives the object that Excel's JavaScript API (ExcelApi 1.6) applies in
one call, `range.conditionalFormats.add(p.type).set(p.props)`, in Excel's own names: `CellValue`
(`cellValue.rule` {formula1, formula2?, operator}), `ContainsText` (`textComparison.rule`
{operator, text}), `PresetCriteria` (`preset.rule` {criterion}), `TopBottom` (`topBottom.rule`
{rank, type}), `ColorScale`, `DataBar`, `IconSet`, and `Custom` (`custom.rule` {formula}) where no
native type means the same thing. Highlighting types carry a `format` (the default light red fill
that `cfa suggest --apply` writes, or the one given).

Which native type fits is decided once, by `excel.native_type` (the same choice the `.xlsx`
writer makes); the formulas and operands are `excel`'s too, written for the top-left cell of the
range (column c[i] of a rule is sheet column i, A = c[0]), so a Custom rule formats exactly the
cells the executor and the workbook rule format. One exception to the writer's choice:
`TextNotContains` is Custom here, because Excel's own not-contains formula formats error cells
and ours never does (the workbook writer stores its own formula inside the native rule; Office.js
cannot set that formula).

This module knows nothing of HTTP, of the model or of workbooks on disk.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from openpyxl.utils.cell import get_column_letter, range_boundaries

from cf_assistant.errors import BadInputError
from cf_assistant.languages.cf import excel
from cf_assistant.languages.cf.rules import Between, Compare, Rule

EXCEL_ROWS = 1_048_576
DEFAULT_FORMAT: dict[str, Any] = {"fill": {"color": "#" + excel.DEFAULT_FILL.start_color.rgb[-6:]}}

CELL_VALUE_OPERATORS = {  # excel.native_type's cellIs operator -> Office.js ConditionalCellValueOperator
    "greaterThan": "GreaterThan", "greaterThanOrEqual": "GreaterThanOrEqual",
    "lessThan": "LessThan", "lessThanOrEqual": "LessThanOrEqual",
    "equal": "EqualTo", "notEqual": "NotEqualTo", "between": "Between", "notBetween": "NotBetween",
}
TEXT_OPERATORS = {"containsText": "Contains", "beginsWith": "BeginsWith", "endsWith": "EndsWith"}  # no notContainsText
PRESET_CRITERIA = {  # excel.native_type -> Office.js ConditionalFormatPresetCriterion
    "aboveAverage": "AboveAverage", "aboveAverage:below": "BelowAverage",
    "duplicateValues": "DuplicateValues", "uniqueValues": "UniqueValues",
    "containsBlanks": "Blanks", "notContainsBlanks": "NonBlanks",
    "containsErrors": "Errors", "notContainsErrors": "NonErrors",
}
PERIOD_CRITERIA = {  # excel.native_type's timePeriod -> Office.js: the rule's own period name
    **{native: period for period, native in excel.TIME_PERIODS.items()}, "last7Days": "LastSevenDays"}
# the same colours and thresholds as the workbook writer's visual rules (excel._visual_rule)
COLOR_SCALE = {
    "minimum": {"formula": None, "type": "LowestValue", "color": "#F8696B"},
    "midpoint": {"formula": "50", "type": "Percentile", "color": "#FFEB84"},
    "maximum": {"formula": None, "type": "HighestValue", "color": "#63BE7B"},
}
DATA_BAR = {
    "barDirection": "LeftToRight",
    "lowerBoundRule": {"type": "LowestValue"},
    "upperBoundRule": {"type": "HighestValue"},
    "positiveFormat": {"fillColor": "#638EC6", "gradientFill": True},
}
ICON_SET = {
    "style": "ThreeTrafficLights1",
    "criteria": [
        {},
        {"type": "Percent", "operator": "GreaterThanOrEqual", "formula": "=33"},
        {"type": "Percent", "operator": "GreaterThanOrEqual", "formula": "=67"},
    ],
}


def place_of(range_ref: str | None, reference_date: _dt.date | None = None) -> excel.Place:
    """Where formulas are written: the top-left cell of `range_ref`'s first area, in Excel's own
    address forms ("B2:B40", "Sheet1!B2:B40", "'My sheet'!B:B", "B2:B5,D2:D5"; whole columns
    span the grid); default A2 over rows 2..100, as `cfa suggest` writes its formulas."""
    if range_ref is None or not range_ref.strip():
        return excel.make_place(reference_date=reference_date)
    area = range_ref.split(",")[0].rsplit("!", 1)[-1].strip().replace("$", "")
    try:
        min_col, min_row, _max_col, max_row = range_boundaries(area.upper())
    except (ValueError, TypeError):
        raise BadInputError(f"'{range_ref}' is not a range such as B2:B40 or B:B") from None
    if min_col is None:  # whole rows: a rule formats one column
        raise BadInputError(f"'{range_ref}' is not a range of cells or columns such as B2:B40 or B:B")
    first, last = min_row or 1, max_row or EXCEL_ROWS
    return excel.make_place(f"{get_column_letter(min_col)}{first}", first, last,
                            reference_date=reference_date)


def payload(rule: Rule, range_ref: str | None = None, fmt: dict[str, Any] | None = None,
            reference_date: _dt.date | None = None) -> dict[str, Any]:
    """`{"type", "props"}` applying `rule` over `range_ref` (BadInputError for a bad range)."""
    place = place_of(range_ref, reference_date)
    fmt = DEFAULT_FORMAT if fmt is None else fmt
    kind = excel.native_type(rule)
    family, _, detail = kind.partition(":")
    if family == "cellIs":
        return _highlight("CellValue", "cellValue", _cell_value(rule, detail, place), fmt)
    if family in TEXT_OPERATORS:
        text_rule = {"operator": TEXT_OPERATORS[family], "text": rule.text}
        return _highlight("ContainsText", "textComparison", text_rule, fmt)
    if family == "top10":
        kind_name = ("Bottom" if rule.bottom else "Top") + ("Percent" if rule.percent else "Items")
        return _highlight("TopBottom", "topBottom", {"rank": int(rule.n), "type": kind_name}, fmt)
    if kind in PRESET_CRITERIA:
        return _highlight("PresetCriteria", "preset", {"criterion": PRESET_CRITERIA[kind]}, fmt)
    if family == "timePeriod":
        return _highlight("PresetCriteria", "preset", {"criterion": PERIOD_CRITERIA[detail]}, fmt)
    visual = {"colorScale": ("ColorScale", {"criteria": COLOR_SCALE}),
              "dataBar": ("DataBar", DATA_BAR), "iconSet": ("IconSet", ICON_SET)}
    if kind in visual:
        name, props = visual[kind]
        return {"type": name, "props": {kind: _copy(props)}}
    return custom(rule, place, fmt)


def custom(rule: Rule, place: excel.Place, fmt: dict[str, Any] | None = None) -> dict[str, Any]:
    """The Custom format: the rule's Excel formula for the range's top-left cell."""
    formula = "=" + excel.formula_at(rule, place)
    return _highlight("Custom", "custom", {"formula": formula}, DEFAULT_FORMAT if fmt is None else fmt)


def from_code(code: str, range_ref: str | None = None, reference_date: _dt.date | None = None
              ) -> dict[str, Any]:
    """The payload of a rule's text (RuleSyntaxError when it is not a rule)."""
    from cf_assistant.languages.cf.parser import parse

    return payload(parse(code), range_ref, reference_date=reference_date)


def _cell_value(rule: Rule, operator: str, place: excel.Place) -> dict[str, Any]:
    out: dict[str, Any] = {"operator": CELL_VALUE_OPERATORS[operator]}
    if isinstance(rule, Compare):
        out["formula1"] = "=" + excel.operand_literal(rule.value, place)
    else:
        assert isinstance(rule, Between)
        out["formula1"] = "=" + excel.operand_literal(rule.low, place)
        out["formula2"] = "=" + excel.operand_literal(rule.high, place)
    return out


def _highlight(kind: str, prop: str, rule: dict[str, Any], fmt: dict[str, Any]) -> dict[str, Any]:
    return {"type": kind, "props": {prop: {"format": _copy(fmt), "rule": rule}}}


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
