"""The assistant API (`cf_assistant.assistant`): the contract the CLI, the HTTP server and the
language server call, with a fake candidate source (the pipeline's `source_factory` hook)."""

from __future__ import annotations

import openpyxl
import pytest

from cf_assistant.assistant import Assistant, SuggestRequest, SuggestResult, pipeline
from cf_assistant.errors import BadInputError, NoValidCandidateError, RuleSyntaxError


class CountingSource:
    """Answers every text with its own samples ("GreaterThan(<n>)" for a text naming n) and
    records each call, so that a test can count the model calls and their batch sizes."""

    def __init__(self, calls):
        self.calls = calls

    def generate_scored(self, utterances, k):
        self.calls.append((list(utterances), k))
        out = []
        for text in utterances:
            if "nonsense" in text:
                out.append([("GreaterThan(", -0.1)] * k)
                continue
            n = "".join(ch for ch in text if ch.isdigit()) or "1"
            out.append([(f"GreaterThan({n})", -0.1), (f"LessThan({n})", -0.9), ("GreaterThan(", -0.2)][:k])
        return out


@pytest.fixture
def calls(monkeypatch):
    made = []
    monkeypatch.setattr(pipeline, "source_factory", lambda lang, checkpoint, steps, seed: CountingSource(made))
    return made


def test_suggest_returns_what_cfa_suggest_json_prints(calls):
    result = Assistant().suggest(SuggestRequest("highlight cells > 5", values=["3", "7", "", "abc"]))
    assert isinstance(result, SuggestResult)
    doc = result.to_json()
    assert set(doc) == {"lang", "utterance", "candidates", "timing_ms"}
    assert doc["candidates"][0]["code"] == "GreaterThan(5)"
    assert doc["candidates"][0]["formatted"] == [1, 3]
    assert calls == [(["highlight cells > 5"], 5)]


def test_today_may_be_given_as_text(calls):
    result = Assistant().suggest(SuggestRequest("cells > 5", today="2024-03-05"))
    assert result.candidates[0].code == "GreaterThan(5)"
    with pytest.raises(BadInputError, match="YYYY-MM-DD"):
        Assistant().suggest(SuggestRequest("cells > 5", today="5 March"))


def test_suggest_many_makes_one_model_call_per_language_and_k(calls):
    reqs = [SuggestRequest(f"cells > {n}") for n in (5, 6, 7)] + [SuggestRequest("cells > 8", k=2)]
    results = Assistant().suggest_many(reqs)
    assert [r.candidates[0].code for r in results] == [f"GreaterThan({n})" for n in (5, 6, 7, 8)]
    assert sorted(calls) == sorted([(["cells > 5", "cells > 6", "cells > 7"], 5), (["cells > 8"], 2)])


def test_one_bad_request_does_not_fail_the_others(calls):
    reqs = [SuggestRequest("cells > 5"), SuggestRequest("   "), SuggestRequest("list files", lang="bash",
            values=["1"]), SuggestRequest("nonsense"), SuggestRequest("cells > 9", k=0),
            SuggestRequest("cells > 6", lang="klingon")]
    results = Assistant().suggest_many(reqs)
    assert results[0].candidates[0].code == "GreaterThan(5)"
    assert isinstance(results[1], BadInputError) and "empty" in str(results[1])
    assert isinstance(results[2], BadInputError) and "only applies to CF" in str(results[2])
    assert isinstance(results[3], NoValidCandidateError) and results[3].result.invalid
    assert isinstance(results[4], BadInputError) and "-k" in str(results[4])
    assert results[5].exit_code == 2 and "unknown language" in str(results[5])
    assert calls == [(["cells > 5", "nonsense"], 5)]  # bad requests never reach the model


def test_sample_then_finish_equals_suggest(calls):
    a = Assistant()
    req = SuggestRequest("cells > 5", k=3, values=["3", "7"])
    samples = a.sample("cf", [req.text], req.k)
    assert len(samples) == 1 and len(samples[0]) == 3
    finished, direct = a.finish(req, samples[0]), a.suggest(req)
    assert [c.to_json() for c in finished.candidates] == [c.to_json() for c in direct.candidates]


def test_load_creates_and_warms_the_model_once(calls):
    a = Assistant()
    a.load("excel")
    assert len(calls) == 1
    a.suggest(SuggestRequest("cells > 5"))
    assert len(calls) == 2 and a.suggester("cf") is a.suggester("cf")


@pytest.mark.parametrize("options,match", [({"seed": -1}, "--seed"), ({"seed": 2**64}, "--seed"),
                                           ({"steps": 0}, "--steps"), ({"examples": "maybe"}, "--examples")])
def test_bad_options_are_refused_at_once(options, match):
    with pytest.raises(BadInputError, match=match):
        Assistant(**options)


def test_rule_is_what_cfa_rule_json_prints():
    doc = Assistant().rule("GreaterThan(5)", values=["3", "7", "", "abc"])
    assert doc == {"canonical": "GreaterThan(5)", "type": "cellIs:greaterThan", "formula": "A2>5",
                   "explanation": doc["explanation"], "formatted": [1, 3]}
    assert Assistant().rule("GreaterThan(5)")["formatted"] == []
    with pytest.raises(RuleSyntaxError):
        Assistant().rule("GreaterThan(")


def _book(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for row in (["Amount"], [3], [7], [12]):
        ws.append(row)
    wb.save(path)
    return path


def test_apply_writes_a_new_workbook_that_validate_reads(tmp_path):
    src = _book(tmp_path / "in.xlsx")
    before = src.read_bytes()
    a = Assistant()
    out = a.apply(src, "GreaterThan(5)", "A2:A4", tmp_path / "out.xlsx")
    assert src.read_bytes() == before
    assert a.validate(src) == []
    [rule] = a.validate(out)
    assert rule["sheet"] == "Data" and rule["valid"] and rule["cells"] == ["A3", "A4"]
    with pytest.raises(BadInputError, match="never overwritten"):
        a.apply(src, "GreaterThan(5)", "A2:A4", out)
    with pytest.raises(BadInputError, match="never overwritten"):
        a.apply(src, "GreaterThan(5)", "A2:A4", src)
