"""The example bank behind the retrieval context: training examples near a request.

A model with a retrieval context (ModelConfig.neighbour_len > 0) reads, beside the utterance,
the code of a training example whose utterance is near the request, in the model's target form
(canonical spelling and literal slots, as the fine-tuning targets; a neighbour's slots refer to
its own utterance's literals). Nearness is the cosine of MiniLM sentence embeddings, as in the
`retrieval` generator. `ExampleBank.nearest(utterances, k)` gives the k nearest distinct codes
per request; `training_neighbours(pool)` gives, for each bank record, its `pool` nearest other
records (never one with the record's own ID); `fitted(i, literals)` is record i's target
ready for a request with those literals. The bank's embeddings come from `store.embeddings`
(shipped with the model, else cached on disk, else computed; keyed by a hash of its
utterances). `targets.padded_ids(tok, codes, length)` turns the codes into the (ids, pad)
tensors the model takes (an empty code: no neighbour).

This module knows nothing of the diffusion, the losses or the metrics.
"""

from __future__ import annotations

from functools import cached_property
from typing import Sequence

import numpy as np

from cf_assistant.diffusion import literals
from cf_assistant.errors import BadInputError
from cf_assistant.diffusion.literals import Literals
from cf_assistant.diffusion.utterance import prepare
from cf_assistant.retrieval import store
from cf_assistant.retrieval.nearest import nearest_distinct

_CHUNK = 1024  # rows of the similarity matrix computed at once


class ExampleBank:
    def __init__(self, records: Sequence, lang: str, use_literals: bool, canonical: bool,
                 embedder=None):
        """`embedder`: a loaded MiniLM to reuse (e.g. the model's own frozen encoder); default:
        one loaded from its package."""
        from cf_assistant.diffusion.minilm import MiniLM
        from cf_assistant.retrieval.nearest import embed_texts
        from cf_assistant.diffusion.targets import finetune_pairs

        if not records:
            raise BadInputError("the retrieval context needs training examples: none were given "
                                "(pass --data, or set CFA_DATA to the benchmark data folder)")
        self.records = list(records)
        self.targets = [finetune_pairs([r], use_literals, lang if canonical else None)[0][1]
                        for r in self.records]
        self.lang, self.use_literals = lang, use_literals
        self.embedder = embedder if embedder is not None else MiniLM.from_package()
        texts = [r.utterance for r in self.records]
        self.matrix = store.embeddings(texts, lambda: embed_texts(self.embedder, texts))  # (n, D)

    def __len__(self) -> int:
        return len(self.records)

    def nearest(self, utterances: Sequence[str], k: int) -> list[list[str]]:
        """The target forms of the k nearest distinct codes, per utterance, nearest first."""
        return [[self.targets[i] for i in row] for row in self.nearest_indices(utterances, k)]

    def nearest_indices(self, utterances: Sequence[str], k: int) -> list[list[int]]:
        """The bank indices of the k nearest distinct target codes (the nearest record of
        each), per utterance, nearest first."""
        return [[i for i, _ in row] for row in self.nearest_scored(utterances, k)]

    def nearest_scored(self, utterances: Sequence[str], k: int) -> list[list[tuple[int, float]]]:
        """`nearest_indices` with each record's cosine similarity to the utterance."""
        sims = self.embedder.embed(list(utterances)) @ self.matrix.T  # (q, n)
        return [[(i, float(row[i])) for i in nearest_distinct(row, self.targets.__getitem__, k)]
                for row in sims]

    @cached_property
    def literals(self) -> list[Literals] | None:
        """Each record's own literals (None without literal slots); computed on first use, as
        only sampling from the examples and edit training need them."""
        if not self.use_literals:
            return None
        return [literals.extract(prepare(r.utterance, self.lang)) for r in self.records]

    def fitted(self, i: int, given: Literals) -> str:
        """Record i's target with each literal slot that `given` (the request's literals)
        cannot fill turned back into record i's own literal: a slot the request has no
        literal for would otherwise come out empty."""
        if self.literals is None:
            return self.targets[i]
        own = self.literals[i]
        return literals.from_placeholders_partial(self.targets[i], own, given)

    def training_neighbours(self, pool: int) -> list[list[int]]:
        """For each bank record, the indices of its `pool` nearest records with another ID."""
        ids = [str(r.id) for r in self.records]
        out: list[list[int]] = []
        for start in range(0, len(self.records), _CHUNK):
            sims = self.matrix[start : start + _CHUNK] @ self.matrix.T  # (c, n)
            order = np.argsort(-sims, axis=1, kind="stable")[:, : pool + 8]
            for row, cand in enumerate(order):
                own = ids[start + row]
                out.append([int(j) for j in cand if ids[j] != own][:pool])
        return out


def model_minilm(model):
    """The model's frozen MiniLM encoder when it has one (so the bank need not load another):
    the numpy engine's (`NumpyCodeFusion.minilm`) or the torch model's."""
    numpy_minilm = getattr(model, "minilm", None)
    if numpy_minilm is not None:
        return numpy_minilm
    from cf_assistant.diffusion.minilm import MiniLM

    net = model.encoder.backbone.net
    return net if isinstance(net, MiniLM) else None
