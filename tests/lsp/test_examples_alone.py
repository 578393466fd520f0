"""Generate skips the model where the corpus examples alone decide the candidates
(`Assistant.suggest_valid`, what the language server calls): examples first and k valid ones;
otherwise it runs `suggest`."""

from __future__ import annotations

import pytest

from cf_assistant.assistant import Assistant, SuggestRequest, pipeline
from cf_assistant.errors import CfaError
from cf_assistant.retrieval.examples import Example

VALID = ["ls /tmp", "find . -name '*.txt'", "pwd", "date", "wc -l notes.txt", "du -sh /var"]
INVALID = "echo 'never closed"


class CountingSource:
    examples_order = "after"

    def __init__(self):
        self.calls = 0

    def generate_scored(self, utterances, k):
        self.calls += 1
        return [[("echo model", -0.1), ("cat model.txt", -0.2)][:k] for _ in utterances]


class ListFinder:
    def __init__(self, codes):
        self.codes = codes

    def nearest(self, text, k, query=None):
        return [Example(code, f"request {i}", 1.0 - i / 100) for i, code in enumerate(self.codes)][:k]


def _assistant(monkeypatch, examples: str, codes) -> tuple[Assistant, CountingSource]:
    source = CountingSource()
    monkeypatch.setattr(pipeline, "source_factory", lambda lang, checkpoint, steps, seed: source)
    monkeypatch.setattr(pipeline, "example_factory", lambda lang, src: ListFinder(codes))
    return Assistant(examples=examples), source


def _codes(result) -> list[str]:
    return [c.code for c in result.candidates]


@pytest.mark.parametrize("codes", [VALID, [INVALID] + VALID, VALID[:5]])
def test_k_valid_examples_first_are_the_answer_without_the_model(monkeypatch, codes):
    assistant, source = _assistant(monkeypatch, "first", codes)
    req = SuggestRequest(text="list the files", lang="bash", k=5)
    alone = assistant.suggest_valid(req)
    assert source.calls == 0
    full = assistant.suggest(req)
    assert source.calls == 1 and _codes(alone) == _codes(full) == [c for c in codes if c != INVALID][:5]
    assert alone.candidates == full.candidates


@pytest.mark.parametrize("examples, codes", [
    ("first", VALID[:4]),  # too few: the model's answers follow them
    ("first", VALID[:4] + [INVALID]),  # too few valid
    ("after", VALID),  # the model's answers come first
    ("off", VALID),  # no examples at all
])
def test_otherwise_the_model_decides(monkeypatch, examples, codes):
    assistant, source = _assistant(monkeypatch, examples, codes)
    req = SuggestRequest(text="list the files", lang="bash", k=5)
    assert "echo model" in _codes(assistant.suggest_valid(req)) and source.calls == 1


def test_bad_input_is_refused_as_suggest_refuses_it(monkeypatch):
    assistant, _ = _assistant(monkeypatch, "first", VALID)
    with pytest.raises(CfaError):
        assistant.suggest_valid(SuggestRequest(text="   ", lang="bash", k=5))
