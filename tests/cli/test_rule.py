"""`cfa rule`: canonical form, native type, formula, explanation, formatted values; exit codes."""

from __future__ import annotations

import json


def test_json_has_exactly_the_documented_keys(cli):
    code, out, err = cli("rule", "greaterthanequals(5)", "--values", "3,7,,abc,5", "--json")
    assert code == 0 and err == ""
    result = json.loads(out)
    assert set(result) == {"canonical", "type", "formula", "explanation", "formatted"}
    assert result["canonical"] == "GreaterThanEqual(5)"
    assert result["type"] == "cellIs:greaterThanOrEqual"
    assert result["formula"] == "A2>=5"
    assert result["formatted"] == [1, 3, 4]  # 7, "abc" (text > numbers), 5; not the blank
    assert result["explanation"]


def test_without_values_nothing_is_formatted(cli):
    code, out, _ = cli("rule", "top(10%)", "--json")
    result = json.loads(out)
    assert code == 0 and result["formatted"] == [] and result["type"] == "top10:percent"
    assert "$A$2:$A$100" in result["formula"]


def test_formula_ranges_follow_the_values(cli):
    code, out, _ = cli("rule", "Duplicates()", "--values", "a,A,b", "--json")
    result = json.loads(out)
    assert "$A$2:$A$4" in result["formula"] and result["formatted"] == [0, 1]


def test_csv_column_and_row_references(cli, tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("name,sales,target\nann,5,4\nbob,3,9\ncy,,1\n")
    code, out, _ = cli("rule", "GreaterThan(c[2])", "--csv", str(path), "--column", "sales", "--json")
    result = json.loads(out)
    assert code == 0 and result["formula"] == "B2>$C2" and result["formatted"] == [0]
    assert result["type"] == "cellIs:greaterThan"


def test_today_pins_time_periods(cli):
    code, out, _ = cli("rule", "Yesterday()", "--values", "2024-05-14,2024-05-15", "--today", "2024-05-15", "--json")
    result = json.loads(out)
    assert code == 0 and result["formatted"] == [0] and "DATE(2024,5,15)" in result["formula"]


def test_people_get_a_table(cli):
    code, out, _ = cli("rule", "TextContains(ab)", "--values", "xab,q")
    assert code == 0
    for word in ('TextContains("ab")', "containsText", "SEARCH", "1 of 2 values formatted"):
        assert word in out


def test_not_a_rule_exits_2_with_one_line(cli):
    for text in ("Foo(3)", "GreaterThan(5", "$A2=$A3", ""):
        code, out, err = cli("rule", text)
        assert code == 2 and out == ""
        assert err.startswith("error:") and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_options_exit_2(cli, tmp_path):
    cases = [
        ("rule", "Blanks()", "--today", "tomorrow"),
        ("rule", "Blanks()", "--csv", str(tmp_path / "none.csv"), "--column", "x"),
        ("rule", "Blanks()", "--column", "x"),
        ("rule", "GreaterThan(c[3], 1)", "--values", "1,2"),
    ]
    for args in cases:
        code, _out, err = cli(*args)
        assert code == 2 and len(err.strip().splitlines()) == 1, args


def test_a_csv_of_several_columns_needs_column(cli, tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("name,sales\nann,5\nbob,300\n")
    code, out, err = cli("rule", "GreaterThan(100)", "--csv", str(path))
    assert code == 2 and out == "" and "has 2 columns; pick one with --column NAME" in err
