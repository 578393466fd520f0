"""`cfa validate BOOK.xlsx`: every rule, its validity and cells; exit 0 / 1 / 2."""

from __future__ import annotations

import json

import openpyxl
from openpyxl.formatting.rule import FormulaRule, Rule as XlRule

from cf_assistant.languages.cf import workbook as W
from cf_assistant.languages.cf.parser import parse
from cf_assistant.languages.cf.values import Table

TABLE = Table(["n", "s"], [[5.0, "a"], [12.0, "b"], [None, "a"], [3.0, "c"]])


def _valid_book(tmp_path):
    path = tmp_path / "ok.xlsx"
    W.write_table(path, TABLE, parse("GreaterThan(4)"), 0)
    W.write_rule(path, path, "Sheet1", "B2:B5", parse("Duplicates()"), overwrite=True)
    wb = openpyxl.load_workbook(path)
    wb["Sheet1"].conditional_formatting.add("A2:A5", FormulaRule(formula=["A2<$A$2"]))
    wb.save(path)
    return path


def test_json_lists_every_rule_with_its_cells(cli, tmp_path):
    code, out, err = cli("validate", str(_valid_book(tmp_path)), "--json")
    assert code == 0 and err == ""
    rules = json.loads(out)["rules"]
    for r in rules:
        assert {"sheet", "range", "rule", "type", "valid", "cells", "error"} <= set(r)
    by_type = {r["type"]: r for r in rules}
    assert by_type["cellIs:greaterThan"]["rule"] == "GreaterThan(4)"
    assert by_type["cellIs:greaterThan"]["cells"] == ["A2", "A3"]
    assert by_type["duplicateValues"]["cells"] == ["B2", "B4"]
    foreign = by_type["expression"]
    assert foreign["rule"] == "=A2<$A$2" and foreign["valid"] and foreign["error"] is None
    assert foreign["cells"] == ["A4", "A5"]  # blank (0) and 3 are below 5


def test_an_invalid_rule_exits_1(cli, tmp_path):
    path = _valid_book(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Sheet1"].conditional_formatting.add("A2:A5", XlRule(type="aboveAverage", stdDev=2))
    wb.save(path)
    code, out, _ = cli("validate", str(path), "--json")
    assert code == 1
    bad = [r for r in json.loads(out)["rules"] if not r["valid"]]
    assert len(bad) == 1 and "stdDev" in bad[0]["error"] and bad[0]["cells"] == []
    code, out, _ = cli("validate", str(path))
    assert code == 1 and "no" in out


def test_people_get_a_table(cli, tmp_path):
    code, out, _ = cli("validate", str(_valid_book(tmp_path)))
    assert code == 0 and "GreaterThan(4)" in out and "A2, A3" in out


def test_bad_input_exits_2_with_one_line(cli, tmp_path):
    not_book = tmp_path / "x.xlsx"
    not_book.write_text("plain text")
    enc = tmp_path / "enc.xlsx"
    enc.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    good = _valid_book(tmp_path).read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good[:300])
    before = sorted(p.name for p in tmp_path.iterdir())
    for path in (tmp_path / "missing.xlsx", not_book, enc, cut):
        code, out, err = cli("validate", str(path), "--json")
        assert code == 2 and out == "", path
        assert err.startswith("error:") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, _out, err = cli("validate", str(tmp_path / "ok.xlsx"), "--today", "someday")
    assert code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written
