"""`cfa suggest` end to end with a fake candidate source (cf_assistant.assistant.pipeline.source_factory)."""

from __future__ import annotations

import json

import pytest

from cf_assistant.assistant import pipeline


class FakeSource:
    def __init__(self, samples):
        self.samples = samples

    def generate_scored(self, utterances, k):
        return [list(self.samples[:k]) for _ in utterances]


@pytest.fixture
def samples(monkeypatch):
    """Set what the fake model answers: `samples([("GreaterThan(5)", -0.1), ...])`."""
    current = {"samples": [("GreaterThan(5)", -0.1), ("GreaterThan(50)", -0.5), ("GreaterThan(", -0.2)]}

    def factory(lang, checkpoint, steps, seed):
        return FakeSource(current["samples"])

    monkeypatch.setattr(pipeline, "source_factory", factory)

    def set_samples(new):
        current["samples"] = new

    return set_samples


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_json_has_exactly_the_documented_keys(cli, samples):
    code, out, err = cli("suggest", "highlight cells > 5", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert set(doc) == {"lang", "utterance", "candidates", "timing_ms"}
    assert doc["lang"] == "cf" and doc["utterance"] == "highlight cells > 5"
    assert [c["code"] for c in doc["candidates"]] == ["GreaterThan(5)", "GreaterThan(50)",
                                                      "GreaterThanEqual(5)", "LessThanEqual(5)"]
    assert [c.get("origin") for c in doc["candidates"]] == [None, None, "alternative", "alternative"]
    first = doc["candidates"][0]
    assert {"code", "valid", "score", "explanation", "formatted"} <= set(first)
    assert first["valid"] is True and first["formatted"] is None and first["rank"] == 1
    assert {"model", "total"} <= set(doc["timing_ms"])


def test_json_with_values_lists_formatted_indices(cli, samples):
    code, out, _ = cli("suggest", "cells > 5", "--values", "3,7,,abc", "--json")
    assert code == 0
    assert json.loads(out)["candidates"][0]["formatted"] == [1, 3]


def test_show_invalid_lists_them_apart(cli, samples):
    code, out, _ = cli("suggest", "cells > 5", "--json", "--show-invalid")
    doc = json.loads(out)
    assert [c["code"] for c in doc["invalid"]] == ["GreaterThan("]
    assert all(c["valid"] for c in doc["candidates"])


def test_people_output_shows_rule_excel_explanation_and_preview(cli, samples):
    code, out, _ = cli("suggest", "cells > 5", "--values", "3,7,,abc")
    assert code == 0
    # GreaterThan(50) formats no number: the rule one edit from the first comes before it
    assert "1. GreaterThan(5)" in out and "2. LessThanEqual(5)  (alternative)" in out and "3. GreaterThan(50)" in out
    assert "cellIs:greaterThan" in out and "=A2>5" in out
    assert "greater than 5" in out
    assert "2 of 4: 7, abc" in out
    assert "GreaterThan(\n" not in out and "invalid" not in out
    code, out, _ = cli("suggest", "cells > 5", "--show-invalid")
    assert "1 invalid candidate(s)" in out and "CF003" in out


def test_csv_column(cli, samples, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Name,Sales\na,3\nb,70\n", encoding="utf-8")
    code, out, _ = cli("suggest", "sales > 5", "--csv", str(path), "--column", "Sales", "--json")
    assert code == 0
    assert json.loads(out)["candidates"][0]["formatted"] == [1]


def test_no_valid_candidate_exits_1(cli, samples):
    samples([("GreaterThan(", 0.0), ("$A2=", -1.0)])
    code, out, err = cli("suggest", "cells that stand out")
    assert code == 1
    assert "no valid candidate among k=5" in one_error_line(err)
    assert out == ""
    code, out, err = cli("suggest", "cells that stand out", "--show-invalid")
    assert code == 1 and "$A2=" in out
    code, out, err = cli("suggest", "cells that stand out", "--json")
    assert code == 1 and json.loads(out)["candidates"] == [] and "invalid" not in json.loads(out)
    assert "no valid candidate" in one_error_line(err)


@pytest.mark.parametrize(
    "args",
    [
        [""],
        ["   "],
        ["x" * 10_000],
        ["a\x01\x02\x03\x04\x05"],
        ["\udc80\udc81\udc82"],
        ["cells > 5", "--lang", "cobol"],
        ["cells > 5", "-k", "0"],
        ["cells > 5", "--steps", "0"],
        ["cells > 5", "--values", 'x,"unclosed'],
        ["cells > 5", "--values", ""],
        ["cells > 5", "--today", "tomorrow"],
        ["cells > 5", "--csv", "/no/such.csv", "--column", "A"],
        ["cells > 5", "--csv", "x.csv"],
        ["cells > 5", "--values", "1", "--csv", "x.csv", "--column", "A"],
        ["cells > 5", "--lang", "python", "--values", "1,2"],
        ["cells > 5", "--apply", "--out", "new.xlsx"],
        ["cells > 5", "--range", "B2:B5"],
    ],
)
def test_bad_input_exits_2_with_one_line(cli, samples, args):
    code, out, err = cli("suggest", *args)
    assert code == 2, (out, err)
    assert one_error_line(err).startswith("error: ")


def test_missing_model_folder_exits_2(cli, tmp_path):
    pytest.importorskip("cf_assistant.generators.diffusion")
    code, _, err = cli("suggest", "cells > 5", "--model", str(tmp_path / "nope"))
    assert code == 2
    one_error_line(err)


def test_corrupt_model_folder_exits_2(cli, tmp_path):
    pytest.importorskip("cf_assistant.generators.diffusion")
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"not a safetensors file")
    (folder / "config.json").write_text("{not json", encoding="utf-8")
    code, _, err = cli("suggest", "cells > 5", "--model", str(folder))
    assert code == 2
    one_error_line(err)


# --------------------------------------------------------------------------- workbooks


@pytest.fixture
def book(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Name", "Sales"])
    for name, sales in [("a", 3), ("b", 70), ("c", None), ("d", 9)]:
        ws.append([name, sales])
    path = tmp_path / "in.xlsx"
    wb.save(path)
    return path


def rules_in(path):
    import openpyxl

    ws = openpyxl.load_workbook(path).active
    return [(str(cf.sqref), rule) for cf in ws.conditional_formatting for rule in cf.rules]


def test_workbook_preview(cli, samples, book):
    code, out, err = cli("suggest", "sales > 5", "--workbook", str(book), "--range", "B2:B5", "--json")
    assert code == 0, err
    assert json.loads(out)["candidates"][0]["formatted"] == [1, 3]


def test_apply_writes_a_new_workbook_and_leaves_the_input_untouched(cli, samples, book, tmp_path):
    before = book.read_bytes()
    new = tmp_path / "new.xlsx"
    code, _, err = cli("suggest", "sales > 5", "--workbook", str(book), "--range", "B2:B5", "--apply", "--out", str(new))
    assert code == 0, err
    assert book.read_bytes() == before
    written = rules_in(new)
    assert len(written) == 1 and written[0][0] == "B2:B5"
    assert written[0][1].dxf is not None and written[0][1].dxf.fill is not None
    assert rules_in(book) == []


def test_apply_refuses_to_overwrite_an_existing_out(cli, samples, book, tmp_path):
    new = tmp_path / "new.xlsx"
    new.write_bytes(b"precious")
    code, _, err = cli("suggest", "x", "--workbook", str(book), "--range", "B2:B5", "--apply", "--out", str(new))
    assert code == 2 and "already exists" in one_error_line(err)
    assert new.read_bytes() == b"precious"


def test_apply_in_place_modifies_the_workbook(cli, samples, book):
    code, _, err = cli("suggest", "x", "--workbook", str(book), "--range", "B2:B5", "--apply", "--in-place")
    assert code == 0, err
    assert [ref for ref, _ in rules_in(book)] == ["B2:B5"]


@pytest.mark.parametrize("range_ref", ["B2:B99999999", "XFE1:XFE3", "nonsense", "B2:B5:C", "Z100:Z200"])
def test_range_outside_the_sheet_exits_2(cli, samples, book, range_ref):
    code, _, err = cli("suggest", "x", "--workbook", str(book), "--range", range_ref)
    assert code == 2
    one_error_line(err)


def test_unknown_sheet_and_bad_workbook_exit_2(cli, samples, book, tmp_path):
    code, _, err = cli("suggest", "x", "--workbook", str(book), "--range", "B2:B5", "--sheet", "Nope")
    assert code == 2
    one_error_line(err)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not a zip")
    code, _, err = cli("suggest", "x", "--workbook", str(junk), "--range", "B2:B5")
    assert code == 2
    one_error_line(err)


def test_sheet_option_reads_that_sheet(cli, samples, book, tmp_path):
    import openpyxl

    wb = openpyxl.load_workbook(book)
    other = wb.create_sheet("Other")
    for v in (1, 2, 60):
        other.append([v])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    code, out, err = cli("suggest", "x", "--workbook", str(path), "--range", "A1:A3", "--sheet", "Other", "--json")
    assert code == 0, err
    assert json.loads(out)["candidates"][0]["formatted"] == [2]


def test_apply_json_prints_only_json(cli, samples, book, tmp_path):
    new = tmp_path / "new.xlsx"
    code, out, err = cli(
        "suggest", "x", "--workbook", str(book), "--range", "B2:B5", "--apply", "--out", str(new), "--json"
    )
    assert code == 0 and json.loads(out)["candidates"] and err == ""
    assert new.exists()
