"""The HTTP API answers what the assistant API answers, plus officejs payloads (transport only)."""

from __future__ import annotations

import io

import openpyxl
import pytest

from cf_assistant.assistant import Assistant, SuggestRequest
from tests.server.conftest import assert_problem


def _book(tmp_path, values=(3, 7, None, "abc")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["B1"] = "amount"
    for i, v in enumerate(values, start=2):
        ws.cell(row=i, column=2, value=v)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_health_ready_docs_and_page(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready", "langs": ["cf"]}
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/suggest", "/v1/rule", "/v1/validate", "/v1/apply"} <= set(paths)
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert client.get("/static/excel-apply.js").status_code == 200


def test_suggest_is_the_assistants_answer_with_officejs(client, fake_source):
    body = {"text": "highlight cells greater than 5", "k": 3, "values": ["3", 7, None, "abc"],
            "range": "Sheet1!C3:C6"}
    got = client.post("/v1/suggest", json=body)
    assert got.status_code == 200, got.text
    doc = got.json()
    expected = Assistant().suggest(SuggestRequest(body["text"], k=3, values=["3", "7", "", "abc"])).to_json()
    assert [c["code"] for c in doc["candidates"]] == [c["code"] for c in expected["candidates"]]
    for mine, theirs in zip(doc["candidates"], expected["candidates"]):
        assert {k: v for k, v in mine.items() if k != "officejs"} == theirs
    top = doc["candidates"][0]
    assert top["code"] == "GreaterThan(5)" and top["formatted"] == [1, 3]
    assert top["officejs"]["type"] == "CellValue"
    assert top["officejs"]["props"]["cellValue"]["rule"] == {"operator": "GreaterThan", "formula1": "=5"}
    assert doc["timing_ms"]["batch"] >= 1


def test_suggest_bytes_are_starlettes_rendering(client):
    """The answer is rendered on the work pool (`app._json_bytes`): the same bytes and headers as
    a JSONResponse of the same object, non-ASCII text included."""
    from fastapi.responses import JSONResponse

    got = client.post("/v1/suggest", json={"text": "cells over 5 – café", "k": 3, "values": ["café", "7", "–"]})
    assert got.status_code == 200, got.text
    assert "café".encode() in got.content
    same = JSONResponse(got.json())
    assert got.content == same.body
    assert got.headers["content-type"] == same.headers["content-type"] == "application/json"
    assert got.headers["content-length"] == same.headers["content-length"]


def test_no_valid_candidate_is_an_empty_list_and_payloads_follow_the_range(client):
    doc = client.post("/v1/suggest", json={"text": "nothing valid", "k": 1}).json()
    assert doc["candidates"] == []  # no valid candidate: 200 with an empty list, as --json prints
    doc = client.post("/v1/suggest", json={"text": "top 3", "k": 1, "range": "D4:D9"}).json()
    assert doc["candidates"][0]["officejs"] == {
        "type": "TopBottom",
        "props": {"topBottom": {"format": {"fill": {"color": "#FFC7CE"}}, "rule": {"rank": 3, "type": "TopItems"}}},
    }


def test_today_pins_the_payload_formulas(client):
    body = {"text": "today's rows that are not blank", "k": 1, "range": "B2:B9", "today": "2026-01-31"}
    top = client.post("/v1/suggest", json=body).json()["candidates"][0]
    assert "DATE(2026,1,31)" in top["officejs"]["props"]["custom"]["rule"]["formula"]


def test_rule_is_cfa_rule_json(client):
    body = {"rule": "top(10%)", "values": ["1", "2", "30"]}
    assert client.post("/v1/rule", json=body).json() == Assistant().rule("top(10%)", values=["1", "2", "30"])
    assert_problem(client.post("/v1/rule", json={"rule": "top(10%"}), 422)


def test_validate_lists_the_rules_of_the_upload(client, tmp_path):
    src = _book(tmp_path)
    ruled = tmp_path / "ruled.xlsx"
    Assistant().apply(src, "GreaterThan(5)", "B2:B5", ruled)
    got = client.post("/v1/validate", files={"file": ("mine.xlsx", ruled.read_bytes())})
    assert got.status_code == 200, got.text
    assert got.json() == {"path": "mine.xlsx", "rules": Assistant().validate(ruled)}
    assert got.json()["rules"][0]["cells"] == ["B3", "B5"]


def test_apply_returns_a_new_workbook(client, tmp_path):
    src = _book(tmp_path)
    before = src.read_bytes()
    got = client.post("/v1/apply", files={"file": ("my book.xlsx", before)},
                      data={"rule": "GreaterThan(5)", "range": "B2:B5", "sheet": "Data"})
    assert got.status_code == 200, got.text
    assert got.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "my_book-cfa.xlsx" in got.headers["content-disposition"]
    out = tmp_path / "out.xlsx"
    out.write_bytes(got.content)
    rules = Assistant().validate(out)
    assert [(r["sheet"], r["range"], r["rule"]) for r in rules] == [("Data", "B2:B5", "GreaterThan(5)")]
    assert src.read_bytes() == before
    assert openpyxl.load_workbook(io.BytesIO(got.content))["Data"]["B3"].value == 7


@pytest.mark.parametrize("data, status", [
    ({"rule": "GreaterThan(", "range": "B2:B5"}, 422),
    ({"rule": "GreaterThan(5)", "range": "not a range"}, 422),
    ({"rule": "GreaterThan(5)", "range": "B2:B5", "sheet": "Nope"}, 422),
    ({"rule": "GreaterThan(5)"}, 422),
])
def test_apply_refuses_bad_fields(client, tmp_path, data, status):
    src = _book(tmp_path)
    doc = assert_problem(client.post("/v1/apply", files={"file": ("b.xlsx", src.read_bytes())}, data=data), status)
    assert str(tmp_path) not in doc["detail"] and "cfa-upload" not in doc["detail"]


def test_stats_count_batches_and_apply_defaults_to_the_active_sheet(client, tmp_path):
    client.post("/v1/suggest", json={"text": "top 3", "k": 1})
    stats = client.get("/stats").json()
    assert stats["submitted"] >= 1 and sum(stats["batches"].values()) >= 1
    src = _book(tmp_path)
    got = client.post("/v1/apply", files={"file": ("b.xlsx", src.read_bytes())},
                      data={"rule": "Today()", "range": "B2:B5"})
    out = tmp_path / "o.xlsx"
    out.write_bytes(got.content)
    assert [(r["sheet"], r["rule"]) for r in Assistant().validate(out)] == [("Data", "Today()")]
    dated = client.post("/v1/validate", files={"file": ("o.xlsx", got.content)}, data={"today": "2024-06-12"})
    assert dated.json()["rules"] == Assistant().validate(out, today="2024-06-12")


def test_batched_suggests_finish_on_the_finishing_pool_and_rule_on_the_work_pool(make_client, fake_source,
                                                                                  monkeypatch):
    """A batch's work after the model runs on `finish_threads` ("cfa-finish"), so that /v1/rule,
    validate and apply (`work_threads`, "cfa-work") never wait behind it, and the other way round."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    seen: dict[str, set[str]] = {"finish": set(), "rule": set()}

    def recording(name, method):
        def wrapper(self, *args, **kwargs):
            seen[name].add(threading.current_thread().name.rsplit("_", 1)[0])
            return method(self, *args, **kwargs)
        return wrapper

    monkeypatch.setattr(Assistant, "finish", recording("finish", Assistant.finish))
    monkeypatch.setattr(Assistant, "rule", recording("rule", Assistant.rule))
    fake_source.delay = 0.2  # requests queue behind the first model call and go as one batch
    client = make_client(finish_threads=1, work_threads=2, max_batch=8)
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda i: client.post("/v1/suggest", json={"text": "top 3", "k": 1}),
                                range(6)))
    assert [a.status_code for a in answers] == [200] * 6
    assert client.post("/v1/rule", json={"rule": "Top(3)"}).status_code == 200
    assert max(len(call) for call in fake_source.calls) > 1  # a real batch was finished
    assert "cfa-finish" in seen["finish"] and seen["finish"] <= {"cfa-finish", "cfa-model"}
    assert seen["rule"] == {"cfa-work"}
