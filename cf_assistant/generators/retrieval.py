"""The `retrieval` generator: the codes of the training utterances nearest to the query.

For each query utterance, training records are ranked by similarity of their utterance, and the
first k distinct codes (distinct by the language's canonical form) are the candidates. Two
similarities: `tfidf` (word unigrams and bigrams, sublinear tf, smoothed idf, cosine; written in
numpy with an inverted index) and `minilm` (cosine of MiniLM sentence embeddings, the default).
Measured on the dev splits (cfa bench --split dev -g retrieval [--method tfidf], top-1/3/5):
CF execution match minilm 48.5/59.1/65.2 vs tfidf 47.0/63.6/71.2; Bash template match minilm
18.7/28.2/32.1 vs tfidf 17.3/25.7/29.0; Python BLEU-4 (top-1) minilm 14.1 vs tfidf 13.8. MiniLM
wins top-1 everywhere and Bash at every k; TF-IDF costs well under 1 ms a query and no model
(MiniLM: 13-80 s to embed the training utterances on a shared 2-core CPU). Training records
with the query's own ID are never returned (CoNaLa rewrites of one question share an ID), so
running it on the split it was built from does not simply look the answer up. Ties keep the
training file's order, so the output is deterministic.

`fit_literals=True` (`cfa bench --fit-literals`) adapts each returned code as the diffusion
generator adapts the examples it samples from: a number or quoted text that the example's own
request named and its code uses becomes the request's literal in the same slot
(`literals.refit`). It measures what that adaptation alone gives, without the model.

It knows nothing of the metrics.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Sequence

import numpy as np

from cf_assistant.diffusion import literals
from cf_assistant.data import Record
from cf_assistant.errors import BadInputError
from cf_assistant.languages import get_language
from cf_assistant.retrieval.nearest import embed_texts, nearest_distinct
from cf_assistant.diffusion.utterance import prepare

METHODS = ("minilm", "tfidf")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _terms(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class TfidfIndex:
    """Cosine similarity of tf-idf vectors, with one posting list per term."""

    def __init__(self, texts: Sequence[str]):
        self.n = len(texts)
        counts = [Counter(_terms(t)) for t in texts]
        df = Counter(term for c in counts for term in c)
        self.idf = {t: math.log((1 + self.n) / (1 + d)) + 1.0 for t, d in df.items()}
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for doc, c in enumerate(counts):
            weights = {t: (1.0 + math.log(n)) * self.idf[t] for t, n in c.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for t, w in weights.items():
                ids, ws = postings.setdefault(t, ([], []))
                ids.append(doc)
                ws.append(w / norm)
        self.postings = {t: (np.array(i), np.array(w)) for t, (i, w) in postings.items()}

    def scores(self, text: str) -> np.ndarray:
        """Cosine similarity of `text` with every indexed text, shape (n,)."""
        c = Counter(t for t in _terms(text) if t in self.idf)
        weights = {t: (1.0 + math.log(n)) * self.idf[t] for t, n in c.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out = np.zeros(self.n)
        for t, w in weights.items():
            ids, ws = self.postings[t]
            out[ids] += ws * (w / norm)
        return out


class MiniLMIndex:
    """Cosine similarity of MiniLM sentence embeddings."""

    def __init__(self, texts: Sequence[str]):
        from cf_assistant.diffusion.minilm import MiniLM

        self.model = MiniLM.from_package()
        self.matrix = embed_texts(self.model, texts)  # (n, D)

    def scores(self, text: str) -> np.ndarray:
        return self.matrix @ self.model.embed([text])[0]


class RetrievalGenerator:
    name = "retrieval"
    uses_training_records = True

    def __init__(self, lang: str, train_records: Sequence[Record], method: str = "minilm",
                 fit_literals: bool = False):
        if method not in METHODS:
            raise BadInputError(f"unknown retrieval method '{method}' (known: {', '.join(METHODS)})")
        if not train_records:
            raise BadInputError("the retrieval generator needs training records: none were given")
        self.lang = lang
        self.method = method
        self.language = get_language(lang)
        self.train = list(train_records)
        texts = [r.utterance for r in self.train]
        self.index = TfidfIndex(texts) if method == "tfidf" else MiniLMIndex(texts)
        self._canonical = [self.language.canonical(r.code) for r in self.train]
        self.fit_literals = fit_literals

    def nearest_codes(self, record: Record, k: int) -> list[str]:
        scores = self.index.scores(record.utterance)
        own = lambda i: None if self.train[i].id == record.id else self._canonical[i]  # noqa: E731
        picked = [self.train[i] for i in nearest_distinct(scores, own, k)]
        if not self.fit_literals:
            return [r.code for r in picked]
        given = literals.extract(prepare(record.utterance, self.lang))
        return [literals.refit(r.code, literals.extract(prepare(r.utterance, self.lang)), given)
                for r in picked]

    def generate(self, records: Sequence[Record], k: int) -> list[list[str]]:
        return [self.nearest_codes(r, k) for r in records]
