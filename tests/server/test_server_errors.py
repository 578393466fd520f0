"""Bad input and overload: always a 4xx (or 503) problem+json with a one-line detail, never a 500."""

from __future__ import annotations

import io
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.server.conftest import assert_problem

JSON = {"content-type": "application/json"}


@pytest.mark.parametrize("body, status", [
    ("{bad", 400),
    ("", 422),
    ("[]", 422),
    ('"text"', 422),
    ('{"text": 5}', 422),
    ('{"text": null}', 422),
    ('{"k": 3}', 422),
    ('{"text": "x", "k": "many"}', 422),
    ('{"text": "x", "k": 1.5}', 422),
    ('{"text": "x", "k": 0}', 422),
    ('{"text": "x", "k": 100000000}', 422),
    ('{"text": "x", "lang": "cobol"}', 422),
    ('{"text": "x", "lang": 7}', 422),
    ('{"text": "   "}', 422),
    ('{"text": "x", "values": "3,7"}', 422),
    ('{"text": "x", "values": [[1]]}', 422),
    ('{"text": "x", "today": "yesterday"}', 422),
    ('{"text": "x", "range": "not a range"}', 422),
    ('{"text": "x", "surprise": 1}', 422),
    ('{"text": "\\u0000\\u0001\\u0002"}', 422),
    ('{"text": "highlight cells greater than 5 \\ud800"}', 422),  # a lone surrogate: not text
    ('{"text": "top 3", "values": ["\\udfff"]}', 422),
    ('{"text": "' + "a" * 5000 + '"}', 422),
])
def test_malformed_suggest_bodies(client, body, status):
    assert_problem(client.post("/v1/suggest", content=body, headers=JSON), status)


def test_wrong_content_type_method_and_path(client):
    assert_problem(client.post("/v1/suggest", content="text=x", headers={"content-type": "text/plain"}), (415, 422))
    assert_problem(client.get("/v1/suggest"), 405)
    assert_problem(client.get("/v2/nothing"), 404)
    assert_problem(client.post("/v1/validate", data={"file": "not a file"}), 422)
    assert_problem(client.post("/v1/validate", content=b"--x\r\nbroken", headers={"content-type": "multipart/form-data; boundary=x"}), (400, 422))


def test_oversize_bodies_are_413(make_client):
    client = make_client(max_body_bytes=1000, max_upload_bytes=5000)
    assert_problem(client.post("/v1/suggest", json={"text": "a" * 2000}), 413)
    assert_problem(client.post("/v1/validate", files={"file": ("b.xlsx", b"PK" + b"0" * 6000)}), 413)

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b"x" * 200

    assert_problem(client.post("/v1/suggest", content=chunks(), headers=JSON), 413)
    assert client.get("/healthz").status_code == 200


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("content", [
    b"",
    b"not a workbook at all",
    bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512,  # encrypted / legacy .xls
    b"PK\x03\x04" + b"\xff" * 100,  # truncated zip
    _zip({"hello.txt": b"hi"}),  # a zip but no workbook
    _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook><sheets>"}),  # broken XML
    _zip({"[Content_Types].xml": b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><Types>&b;</Types>",
          "xl/workbook.xml": b"<workbook/>"}),  # entity expansion
])
def test_hostile_workbooks(client, content):
    assert_problem(client.post("/v1/validate", files={"file": ("x.xlsx", content)}), 422)
    assert_problem(client.post("/v1/apply", files={"file": ("x.xlsx", content)},
                               data={"rule": "GreaterThan(5)", "range": "A1:A3"}), 422)
    assert client.get("/healthz").status_code == 200


def test_full_queue_is_503_with_retry_after(make_client, fake_source):
    fake_source.delay = 0.3
    client = make_client(max_batch=1, queue_size=1)
    body = {"text": "highlight cells greater than 5", "k": 1}
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda _: client.post("/v1/suggest", json=body), range(6)))
    codes = sorted(a.status_code for a in answers)
    assert 200 in codes and 503 in codes, codes
    for a in answers:
        if a.status_code == 503:
            assert_problem(a, 503)
            assert a.headers["retry-after"] == "1"


def test_time_limit_is_503(make_client, fake_source):
    fake_source.delay = 0.5
    client = make_client(timeout_s=0.1)
    got = client.post("/v1/suggest", json={"text": "top 3", "k": 1})
    assert "0.1 s" in assert_problem(got, 503)["detail"]
    fake_source.delay = 0.0
    time.sleep(0.6)  # the model thread finishes the abandoned call; its result is dropped
    assert client.post("/v1/suggest", json={"text": "top 3", "k": 1}).status_code == 200


def test_a_model_that_does_not_load_is_never_ready(monkeypatch, make_client):
    from cf_assistant.assistant import pipeline
    from cf_assistant.errors import CheckpointError

    def broken(*args, **kwargs):
        raise CheckpointError("model/cf: config.json is missing")

    monkeypatch.setattr(pipeline, "source_factory", broken)
    client = make_client()
    assert "config.json is missing" in assert_problem(client.get("/readyz"), 503)["detail"]
    assert_problem(client.post("/v1/suggest", json={"text": "top 3"}), 503)
    assert client.get("/healthz").status_code == 200
    assert client.post("/v1/rule", json={"rule": "Top(3)"}).status_code == 200  # no model needed


def test_cors_is_off_by_default_and_an_allow_list(make_client):
    origin = {"Origin": "https://addin.example"}
    plain = make_client()
    assert "access-control-allow-origin" not in plain.get("/healthz", headers=origin).headers
    allowed = make_client(cors_origins=("https://addin.example",))
    assert allowed.get("/healthz", headers=origin).headers["access-control-allow-origin"] == "https://addin.example"
    other = allowed.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = allowed.options("/v1/suggest", headers={**origin, "Access-Control-Request-Method": "POST",
                                                        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200


def test_any_failure_reading_an_upload_is_422(client, monkeypatch):
    import zlib

    def broken(*args, **kwargs):
        raise zlib.error("Error -3 while decompressing data: invalid distance too far back")

    monkeypatch.setattr(client.app.state.cfa.assistant, "validate", broken)
    doc = assert_problem(client.post("/v1/validate", files={"file": ("mine.xlsx", b"PK\x03\x04")}), 422)
    assert doc["detail"] == "mine.xlsx could not be read as an .xlsx workbook (error)"


def test_bad_input_is_refused_before_the_model(client, fake_source):
    calls = len(fake_source.calls)
    assert_problem(client.post("/v1/suggest", json={"text": "\x00binary", "k": 3}), 422)
    assert_problem(client.post("/v1/suggest", json={"text": "list files", "lang": "bash", "values": ["1"]}), 422)
    assert_problem(client.post("/v1/suggest", json={"text": "top 3", "range": "B2:"}), 422)
    assert len(fake_source.calls) == calls
