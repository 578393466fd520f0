"""Several model calls at once (`cfa serve --model-threads`): the same candidates as the pinned
ones, torch's thread count kept as the server pinned it, and the encoder's tokenizer never
configured by another thread mid-call."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.server.test_same_candidates import (REQUESTS, answer, pins, requests, same,  # noqa: F401
                                               use_model_and_examples)


def test_pinned_threads_survive_a_model_load():
    import torch

    from cf_assistant.diffusion import runtime

    before = torch.get_num_threads()
    with runtime.pinned_threads(before + 1):
        runtime.set_threads()  # what each generator does as it loads its model
        assert torch.get_num_threads() == before + 1
        with runtime.pinned_threads(1):
            runtime.set_threads()
            assert torch.get_num_threads() == 1
        runtime.set_threads()
        assert torch.get_num_threads() == before + 1
    assert torch.get_num_threads() == before
    runtime.set_threads()
    assert torch.get_num_threads() == runtime.default_threads()
    torch.set_num_threads(before)


def test_default_threads_one_model_call_per_core(monkeypatch):
    import os

    from cf_assistant.server.settings import Settings

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert (Settings().models(), Settings().threads(), Settings().cpus()) == (2, 1, 2)
    assert (Settings(workers=2).models(), Settings(workers=2).threads()) == (1, 1)
    assert (Settings(model_threads=1).models(), Settings(model_threads=1).threads()) == (1, 2)
    assert (Settings(torch_threads=2).models(), Settings(torch_threads=2).threads()) == (1, 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert (Settings(model_threads=2).threads(), Settings(torch_threads=3).threads()) == (4, 3)


def test_the_encoders_two_lengths_never_mix_across_threads():
    """The model's encoder truncates at its utt_len and the sentence embedder at 128, on one
    tokenizer: two threads tokenizing at once each get their own length, every time."""
    from cf_assistant.diffusion.minilm import MiniLM

    net = MiniLM.from_package()
    text = " ".join(["word"] * 200)
    bad: list[tuple[int, int]] = []

    def hammer(length: int) -> None:
        for _ in range(300):
            ids, _ = net.tokenize([text, "short"], length)
            if ids.shape[1] != length:
                bad.append((length, ids.shape[1]))

    threads = [threading.Thread(target=hammer, args=(n,)) for n in (48, 128)]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, as a busy server may
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(switch)
    assert bad == []


@pytest.mark.parametrize("examples", ["off", "auto"])
def test_two_model_calls_at_once_give_the_pinned_candidates(pins, monkeypatch, examples):  # noqa: F811
    """The requests in two halves, each half's `sample` then `finish` on its own thread, both
    at once (as two model threads of the server), twice over."""
    from cf_assistant.assistant import Assistant
    from cf_assistant.diffusion.runtime import pinned_threads, set_threads
    from cf_assistant.errors import CfaError

    use_model_and_examples(monkeypatch.setattr)
    assistant = Assistant(seed=0, examples=examples)
    assistant.load("cf")
    reqs = requests()
    halves = [list(range(0, len(reqs), 2)), list(range(1, len(reqs), 2))]
    start = threading.Barrier(2)

    def run(rows: list[int]) -> dict[int, dict]:
        got = {}
        for _ in range(2):
            start.wait()
            samples = assistant.sample("cf", [reqs[i].text for i in rows], 5)
            for i, drawn in zip(rows, samples):
                try:
                    got[i] = answer(assistant.finish(reqs[i], drawn))
                except CfaError as exc:
                    got[i] = answer(exc)
        return got

    with pinned_threads(1), ThreadPoolExecutor(2, initializer=set_threads) as pool:
        parts = list(pool.map(run, halves))
    merged = {**parts[0], **parts[1]}
    assert same([merged[i] for i in range(len(REQUESTS))], pins[f"examples_{examples}"]) == []


def test_two_threads_asking_first_both_get_the_example_finder(monkeypatch):
    """The finder is made lazily: a second thread asking while the first makes it waits for it
    (it used to get None, so its request went without examples), and it is made once."""
    import time

    from cf_assistant.assistant import pipeline
    from tests.server.conftest import FakeSource

    made = []

    def slow_finder(lang, source):
        made.append(lang)
        time.sleep(0.2)
        return "finder"

    monkeypatch.setattr(pipeline, "example_factory", slow_finder)
    suggester = pipeline.Suggester("cf", source=FakeSource(), examples=True)
    with ThreadPoolExecutor(2) as pool:
        got = list(pool.map(lambda _: suggester.examples, range(2)))
    assert got == ["finder", "finder"] and made == ["cf"]
