"""The one nearest-distinct lookup: the best-scoring items, one per key, best first.

`nearest_distinct(scores, key, k)` walks the items by falling score (ties keep the items' order,
so a training file's order decides) and keeps the first item of each key, skipping items whose
key is None, until it has k. The example bank (one per target code), the corpus examples (one
per adapted code) and the retrieval generator (one per canonical code, never the query's own
record) all pick their neighbours with it. `embed_texts` is the sentence embedding of many
texts the scores come from.
"""

from __future__ import annotations

from typing import Callable, Hashable, Sequence

import numpy as np


def nearest_distinct(scores: np.ndarray, key: Callable[[int], Hashable | None], k: int
                     ) -> list[int]:
    """Indices of the k best `scores` with distinct `key(i)` (None: skip the item), best first."""
    seen: set = set()
    picked: list[int] = []
    for i in np.argsort(-np.asarray(scores), kind="stable"):
        if len(picked) >= k:
            break
        name = key(int(i))
        if name is None or name in seen:
            continue
        seen.add(name)
        picked.append(int(i))
    return picked


def embed_texts(model, texts: Sequence[str]) -> np.ndarray:
    """model.embed over texts sorted by length (less padding), rows in the original order."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), model.config.hidden_size), dtype=np.float32)
    if texts:
        out[order] = model.embed([texts[i] for i in order])
    return out
