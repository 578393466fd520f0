"""`cfa suggest` on tables: the column chosen per candidate, whole rows, --apply and validate."""

from __future__ import annotations

import json

import pytest

from cf_assistant.assistant import pipeline

from .test_suggest import FakeSource


@pytest.fixture
def samples(monkeypatch):
    current = {"samples": [("TextEquals(Late)", -0.1)]}
    monkeypatch.setattr(pipeline, "source_factory",
                        lambda lang, checkpoint, steps, seed: FakeSource(current["samples"]))

    def set_samples(new):
        current["samples"] = new

    return set_samples


CSV = ("Order,Customer,Amount,Status\n"
       "A-1,Acme,250,Late\nA-2,Bolt,80,On time\nA-3,Acme,1200,Late\nA-4,Zed,35,Shipped\n")


@pytest.fixture
def orders(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.fixture
def book(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws.append(["note"])  # the table starts on row 2, column A..D
    for line in CSV.splitlines():
        cells = line.split(",")
        ws.append([float(c) if c.isdigit() else c for c in cells])
    path = tmp_path / "orders.xlsx"
    wb.save(path)
    return path


def test_csv_without_column_chooses_it_per_candidate(cli, samples, orders):
    samples([("TextEquals(Late)", -0.1), ("GreaterThan(1000)", -0.4)])
    code, out, err = cli("suggest", "highlight late orders", "--csv", str(orders), "--json")
    assert code == 0, err
    first, second = json.loads(out)["candidates"][:2]
    assert (first["column"], first["scope"], first["range"]) == ("Status", "rows", "A2:D5")
    assert first["formatted"] == [0, 2]
    assert second["code"] == "GreaterThan(c[2], 1000)" and second["column"] == "Amount"


def test_whole_rows_are_an_anchored_formula_over_the_table(cli, samples, orders):
    code, out, _ = cli("suggest", "highlight the entire row where the status is late", "--csv",
                       str(orders), "--json")
    top = json.loads(out)["candidates"][0]
    assert code == 0 and top["scope"] == "rows" and top["range"] == "A2:D5"
    assert top["code"] == 'TextEquals(c[3], "Late")' and top["formula"] == '=$D2&""="Late"'
    assert top["type"] == "expression" and top["formatted"] == [0, 2]


def test_column_still_forces_one_column(cli, samples, orders):
    code, out, _ = cli("suggest", "late customers", "--csv", str(orders), "--column",
                       "Customer", "--json")
    cands = json.loads(out)["candidates"]
    assert code == 0 and {c["column"] for c in cands} == {"Customer"}
    assert cands[0]["formatted"] == [] and cands[0]["range"] == "B2:B5"


def test_a_missing_column_is_a_clear_error(cli, samples, orders):
    code, out, err = cli("suggest", "highlight the Bonus column above 5", "--csv", str(orders))
    assert code == 2 and out == ""
    assert "no column 'Bonus' (columns: Order, Customer, Amount, Status)" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_workbook_range_over_columns_detects_the_header_and_applies_rows(cli, samples, book, tmp_path):
    new = tmp_path / "new.xlsx"
    code, out, err = cli("suggest", "rows where status is late", "--workbook", str(book),
                         "--range", "A2:D6", "--apply", "--out", str(new))
    assert code == 0, err
    assert "Status: formats whole rows, A3:D6" in out
    code, out, _ = cli("validate", str(new), "--json")
    (rule,) = json.loads(out)["rules"]
    assert rule["range"] == "A3:D6" and rule["rule"] == 'TextEquals(c[3], "Late")'
    assert rule["cells"] == [f"{c}{r}" for r in (3, 5) for c in "ABCD"]


def test_workbook_cells_scope_applies_to_the_column(cli, samples, book, tmp_path):
    new = tmp_path / "new.xlsx"
    code, out, err = cli("suggest", "late status", "--workbook", str(book), "--range", "A2:D6",
                         "--apply", "--out", str(new), "--json")
    assert code == 0, err
    assert json.loads(out)["candidates"][0]["range"] == "D3:D6"
    code, out, _ = cli("validate", str(new), "--json")
    assert json.loads(out)["rules"][0]["cells"] == ["D3", "D5"]
