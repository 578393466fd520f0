"""The diffusion generator encodes a call's requests once (`_EncodeOnce`): the rerank's likelihood
and the sampling read the same E_s, and the candidates are exactly those of encoding twice."""

from __future__ import annotations

import pytest

from tests.conftest import train_tiny_neighbour_model


@pytest.fixture
def generator(data_dir, tmp_path):
    from cf_assistant.data import load_split
    from cf_assistant.generators.diffusion import DiffusionGenerator

    train_tiny_neighbour_model(data_dir, tmp_path / "r", steps=1)
    train, _ = load_split(data_dir / "cf" / "train.json", "train", "cf")
    gen = DiffusionGenerator("cf", train_records=train, checkpoint=tmp_path / "r", strength=0.0,
                             rerank=1.0, oversample=2)
    gen.rerank_pool = 3
    return gen


def test_one_encode_per_call_and_the_same_candidates_as_encoding_twice(generator, monkeypatch):
    from cf_assistant.diffusion import sampler
    from cf_assistant.generators import diffusion

    model = generator.loaded.model
    texts = ["values above 7", "cells below 3", "values above 7"]
    calls, seen = [], []
    encode = model.encode
    monkeypatch.setattr(model, "encode", lambda t: (calls.append(list(t)), encode(t))[1])
    for name in ("generate", "code_likelihood"):  # what the model gave, before any filtering
        original = getattr(sampler, name)
        monkeypatch.setattr(sampler, name,
                            lambda *a, f=original, **kw: (seen.append(f(*a, **kw)), seen[-1])[1])
    once = generator.generate_scored(texts, 2)
    assert len(calls) == 1 and len(seen) == 2  # the rerank and the sampling share one encode
    monkeypatch.setattr(diffusion, "_EncodeOnce", lambda m: m)
    twice = generator.generate_scored(texts, 2)
    assert len(calls) == 3 and calls[1] == calls[2] and len(seen) == 4
    assert once == twice
    assert seen[0].tolist() == seen[2].tolist()  # the likelihoods, exactly
    assert seen[1] == seen[3] and len(seen[1]) == 3 and all(len(s) == 4 for s in seen[1])  # samples
