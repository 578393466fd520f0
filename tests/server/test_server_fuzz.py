"""Property: whatever JSON arrives, the answer is a 200 or a 4xx problem+json, never a 5xx."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FIELDS = ["text", "lang", "k", "values", "range", "today", "rule", "other"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=40), st.builds(lambda a, b: a + chr(b), st.text(max_size=5),
                                                    st.integers(0xD800, 0xDFFF)),  # lone surrogates
                    st.sampled_from(["cf", "bash", "B2:B9", "2024-02-30", "GreaterThan(5)"]))
documents = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(FIELDS), inner, max_size=5)), max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/v1/suggest", "/v1/rule"]), body=documents)
def test_any_json_is_answered_without_a_server_error(client, path, body):
    response = client.post(path, content=json.dumps(body), headers={"content-type": "application/json"})
    assert response.status_code < 500, (response.status_code, response.text)
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json"
        assert "\n" not in response.json()["detail"]


@pytest.mark.parametrize("text", [
    '{"column": "Score", "op": ">", "value": 50}', '{"a": ' + "[" * 990 + "}", "k: " + "{a: " * 240,
    "SELECT * FROM t WHERE " + "NOT " * 240 + "x > 5", "SELECT * FROM t WHERE " + "(" * 480 + "x > 5" + ")" * 480,
    "rnark c0unts be1ow l5 " * 40, "- [ ] **Score** `>` `50` " * 30, "last time I had " * 60 + "do that again",
])
def test_a_request_read_as_a_payload_query_or_scan_gets_no_server_error(client, text):
    response = client.post("/v1/suggest", json={"text": text[:1000], "lang": "cf"})
    assert response.status_code < 500, (response.status_code, response.text)
