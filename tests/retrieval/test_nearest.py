"""The one nearest-distinct lookup shared by the example bank, the corpus examples and the
retrieval generator."""

from __future__ import annotations

import numpy as np

from cf_assistant.retrieval.nearest import embed_texts, nearest_distinct


def test_best_first_one_per_key_ties_in_order():
    scores = np.array([0.5, 0.9, 0.9, 0.7, 0.1])
    keys = ["a", "b", "b", "c", "d"]
    assert nearest_distinct(scores, keys.__getitem__, 3) == [1, 3, 0]  # 2 repeats b
    assert nearest_distinct(scores, keys.__getitem__, 10) == [1, 3, 0, 4]
    assert nearest_distinct(scores, keys.__getitem__, 0) == []


def test_a_none_key_skips_the_item():
    scores = np.array([0.9, 0.8, 0.7])
    assert nearest_distinct(scores, lambda i: None if i == 0 else i, 2) == [1, 2]


def test_embed_texts_keeps_the_rows_in_order():
    class Fake:
        config = type("C", (), {"hidden_size": 1})

        def embed(self, texts):
            return np.array([[len(t)] for t in texts], dtype=np.float32)

    out = embed_texts(Fake(), ["ccc", "a", "bb"])
    assert out[:, 0].tolist() == [3.0, 1.0, 2.0]
    assert embed_texts(Fake(), []).shape == (0, 1)
