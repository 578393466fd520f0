"""Corpus examples: the code of the training requests nearest to the user's.

`ExampleFinder.nearest(request, k)` gives the codes of the training records whose utterances are
nearest to the request (cosine of MiniLM sentence embeddings, as the `retrieval` generator and
the model's example bank), distinct, nearest first. The suggest pipeline shows them marked as
examples, after the model's answers or before them as the model's config says
(`cf_assistant.assistant.pipeline`); it validates them and, for CF, filters them. Before it is returned, an
example's code is adapted to the request (`adapt`), each step only where the request supplies
what it needs:

- a number or quoted text that the example's own request names and its code uses becomes the
  user's literal in the same slot ("files over 10 MB" -> `-size +10M`; asked "over 5 MB",
  `-size +5M`);
- a name the example's request writes in backticks (CoNaLa's "sort list `a`") becomes the name
  in the same position of the user's request, as a whole word;
- an unquoted file, path, `$variable` or number where the two requests differ in exactly that one
  word ("type of utf8.txt" / "type of ascii.txt") becomes the user's.

Examples come from the benchmark's training records (the default data folder, `$CFA_DATA` or
../shared/data), which are never shipped: without them the pipeline has no examples and shows the
model's answers alone, and a file that cannot be read costs the examples, not the answer. The
records' utterances and codes are cached beside the embeddings (`store.cache_dir()`), keyed
by the file's path, size and modification time: the CF file also holds every record's table, and
parsing it took 0.2 s of a 3 s cold-start budget. `finder_for(lang, source)` builds the finder,
reusing the model's example bank or its frozen MiniLM where it has them. `queries(texts)` embeds
many requests in one call, and inside `with finder.sharing():` it pools the MiniLM states that
the model's own encoder computed there for the same texts instead of running MiniLM again (the
suggest pipeline wraps a batch's model call and its queries in it). This module knows nothing of
validation or ranking.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import logging
import os
import re
import threading
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from cf_assistant.diffusion import literals
from cf_assistant.retrieval.nearest import nearest_distinct

_SLOT = re.compile(r"<[NQ]\d+>")
_BACKTICKED = re.compile(r"`([^`\n]{1,60})`")
_TOKEN = re.compile(r"[^\s\"'`“”,;:()]+")  # an utterance's words, quotes and backticks aside
_SHELL_VAR = re.compile(r"\$[A-Za-z_]\w*")
_LITERAL_LIKE = re.compile(r"[./$~_\d]")  # a file, path, variable or number, not a plain word
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Example:
    code: str  # the training code, its literals adapted to the request where they can be
    utterance: str  # the training request it answered
    similarity: float  # cosine of the two requests' sentence embeddings


class ExampleFinder:
    """The training records nearest to a request, by MiniLM cosine of the utterances."""

    def __init__(self, records: Sequence[Any], embedder=None, matrix: np.ndarray | None = None):
        """`records` have `.utterance` and `.code`; `embedder` a loaded MiniLM (default: one from
        its package); `matrix` their embeddings when already computed (e.g. an example bank's)."""
        from cf_assistant.retrieval.nearest import embed_texts
        from cf_assistant.retrieval.store import embeddings

        self.records = list(records)
        if embedder is None:
            from cf_assistant.diffusion.minilm import MiniLM

            embedder = MiniLM.from_package()
        self.embedder = embedder
        texts = [r.utterance for r in self.records]
        self.matrix = matrix if matrix is not None else embeddings(
            texts, lambda: embed_texts(self.embedder, texts))
        self._seen = _seen_states(self.embedder)

    @contextmanager
    def sharing(self):
        """Within it, on this thread, `queries` reuses the MiniLM states of the texts that the
        embedder's forward calls (the model's frozen encoder) computed within it."""
        with self._seen.scope():
            yield

    def queries(self, utterances: Sequence[str]) -> np.ndarray:
        """The embeddings `nearest` compares requests by, rows in order, for many requests in one
        call; within `sharing()`, a text the model's encoder already ran is pooled from its states
        (the same token ids), not run again."""
        texts = list(utterances)
        pooled = [self._seen.pool(self.embedder, text) for text in texts]
        todo = [text for text, row in zip(texts, pooled) if row is None]
        if len(todo) == len(texts):
            return self.embedder.embed(texts)
        fresh = iter(self.embedder.embed(todo) if todo else [])
        return np.stack([row if row is not None else next(fresh) for row in pooled]).astype(np.float32)

    def nearest(self, utterance: str, k: int, query: np.ndarray | None = None) -> list[Example]:
        """Up to k examples with distinct codes (whitespace runs count as one space), nearest
        first; ties keep the training file's order. `query`: the utterance's row of `queries`,
        when already computed."""
        if k <= 0 or not self.records:
            return []
        sims = self.matrix @ (self.embedder.embed([utterance])[0] if query is None else query)
        codes: dict[int, str] = {}  # adapted only as the walk reaches them

        def key(i: int) -> str | None:
            rec = self.records[i]
            codes[i] = adapt(rec.code.strip(), rec.utterance, utterance)
            return " ".join(codes[i].split()) or None

        picked = nearest_distinct(sims, key, k)
        return [Example(codes[i], self.records[i].utterance, float(sims[i])) for i in picked]


class _SeenStates:
    """The last hidden states (token ids -> (n, D)) of the texts a MiniLM's forward calls computed
    on this thread inside `scope()`, recorded by a forward hook; nothing is kept outside it."""

    MAX_LENGTH = 128  # MiniLM.embed's own truncation

    def __init__(self, embedder: Any):
        self._local = threading.local()
        if hasattr(embedder, "register_forward_hook"):
            embedder.register_forward_hook(self._record, with_kwargs=True)

    @contextmanager
    def scope(self):
        outer = getattr(self._local, "rows", None)
        self._local.rows = {}
        try:
            yield
        finally:
            self._local.rows = outer

    def _record(self, _module, args, kwargs, hidden) -> None:
        rows = getattr(self._local, "rows", None)
        ids = args[0] if args else kwargs.get("input_ids")
        mask = args[1] if len(args) > 1 else kwargs.get("attention_mask")
        if rows is None or ids is None or mask is None:
            return
        for b, n in enumerate(mask.sum(1).tolist()):
            if bool(mask[b, :n].all()):  # the text's tokens first, then the padding
                rows[tuple(ids[b, :n].tolist())] = hidden[b, :n]

    def pool(self, embedder: Any, text: str) -> np.ndarray | None:
        """`text`'s sentence embedding (masked mean, L2-normalised, as MiniLM.embed) from the
        recorded states; None when none were recorded for its token ids."""
        rows = getattr(self._local, "rows", None)
        if not rows:
            return None
        ids, mask = embedder.tokenize([text], self.MAX_LENGTH)
        hidden = rows.get(tuple(ids[0, : int(mask[0].sum())].tolist()))
        if hidden is None:
            return None
        if not isinstance(hidden, np.ndarray):  # the torch MiniLM's states
            from torch.nn import functional as F

            return F.normalize(hidden.float().sum(0) / hidden.shape[0], dim=-1).cpu().numpy()  # (bf16: float)
        pooled = hidden.sum(0) / hidden.shape[0]  # the numpy MiniLM's, as its embed pools
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)


_SEEN: "weakref.WeakKeyDictionary[Any, _SeenStates]" = weakref.WeakKeyDictionary()
_SEEN_LOCK = threading.Lock()


def _seen_states(embedder: Any) -> _SeenStates:
    """The one recorder of an embedder (one forward hook however many finders share it)."""
    with _SEEN_LOCK:
        if embedder not in _SEEN:
            _SEEN[embedder] = _SeenStates(embedder)
        return _SEEN[embedder]


def adapt(code: str, example_utterance: str, request: str) -> str:
    """`code` adapted to `request` in three steps (see the module docstring): the literals its
    own request named, slot by slot (numbers among numbers, quoted texts among quoted texts); the
    names written in backticks, by position; the one literal-like word where the two requests
    differ. Each step leaves the code unchanged when the request lacks what it needs."""
    code = _adapt_names(_adapt_literals(code, example_utterance, request), example_utterance, request)
    return _adapt_tokens(code, example_utterance, request)


def _adapt_literals(code: str, example_utterance: str, request: str) -> str:
    templated = literals.to_placeholders(code, literals.extract(example_utterance))
    if templated == code:
        return code
    wanted = literals.extract(request)
    for slot in _SLOT.findall(templated):
        pool = wanted.numbers if slot[1] == "N" else wanted.quotes
        if int(slot[2:-1]) >= len(pool):
            return code
    return literals.from_placeholders(templated, wanted)


def _backticked(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(1) for m in _BACKTICKED.finditer(text)))


def _adapt_names(code: str, example_utterance: str, request: str) -> str:
    own, wanted = _backticked(example_utterance), _backticked(request)
    used = {i: name for i, name in enumerate(own) if re.search(_word(name), code)}
    if not used or any(i >= len(wanted) for i in used):
        return code
    mapping = {name: wanted[i] for i, name in used.items()}
    pattern = "|".join(_word(name) for name in sorted(mapping, key=len, reverse=True))
    return re.sub(pattern, lambda m: mapping[m.group(0)], code)  # one pass: no chains


def _adapt_tokens(code: str, example_utterance: str, request: str) -> str:
    """The unquoted literal-like words ("utf8.txt", "$SRC", "/tmp/a") where the two requests
    differ in exactly one word and agree around it ("type of utf8.txt" / "type of ascii.txt"):
    the example's word, when its code writes it as a whole word, becomes the request's."""
    own, wanted = _TOKEN.findall(example_utterance), _TOKEN.findall(request)
    mapping: dict[str, str] = {}
    matcher = difflib.SequenceMatcher(a=own, b=wanted, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op != "replace" or a1 - a0 != 1 or b1 - b0 != 1:
            continue
        old, new = own[a0], wanted[b0]
        if not (_LITERAL_LIKE.search(old) and _LITERAL_LIKE.search(new)):
            continue
        if re.search(_token(old), code):
            mapping.setdefault(old, new)
        braced = (_SHELL_VAR.fullmatch(old), _SHELL_VAR.fullmatch(new))
        if all(braced) and "${" + old[1:] + "}" in code:  # $SRC written ${SRC}
            mapping.setdefault("${" + old[1:] + "}", "${" + new[1:] + "}")
    if not mapping:
        return code
    pattern = "|".join(_token(t) for t in sorted(mapping, key=len, reverse=True))
    return re.sub(pattern, lambda m: mapping[m.group(0)], code)


def _token(text: str) -> str:
    return rf"(?<![\w./$~-]){re.escape(text)}(?![\w/}}-]|\.\w)" if not text.startswith("${") \
        else re.escape(text)


def _word(text: str) -> str:
    return rf"(?<![\w.]){re.escape(text)}(?!\w)"


def finder_for(lang: str, source: Any = None, records: Sequence[Any] | None = None
               ) -> ExampleFinder | None:
    """The example finder for `lang`: from the model's example bank when `source` (a diffusion
    generator) has one, else from `records` (default: the training records under the default
    data folder), reusing the source's frozen MiniLM when it has one; None without records."""
    bank = getattr(source, "bank", None)
    if bank is not None:
        return ExampleFinder(bank.records, bank.embedder, bank.matrix)
    if records is None:
        records = default_records(lang)
    if not records:
        return None
    return ExampleFinder(records, _source_minilm(source))


@dataclass(frozen=True)
class _Pair:
    utterance: str
    code: str


def default_records(lang: str) -> list[Any]:
    """The `train` records of the default data folder as (utterance, code) pairs; [] without
    the file. Read through the cache when it matches the file."""
    from cf_assistant.paths import default_data_dir

    path = default_data_dir() / lang / "train.json"
    try:
        stat = path.stat()
    except OSError:
        return []
    cache = _pairs_cache(path, stat)
    try:
        return [_Pair(u, c) for u, c in json.loads(cache.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        pass
    from cf_assistant.data import load_split
    from cf_assistant.errors import CfaError

    try:
        records, _ = load_split(path, "train", lang)
    except CfaError as exc:  # examples are optional: a broken file costs them, not the answer
        _log.warning("note: no corpus examples: %s", str(exc).splitlines()[0] if str(exc) else exc)
        return []
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps([[r.utterance, r.code] for r in records]), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass
    return records


def _pairs_cache(path: Path, stat: os.stat_result) -> Path:
    from cf_assistant.retrieval.store import cache_dir

    key = f"examples-v1\x00{path.resolve()}\x00{stat.st_size}\x00{stat.st_mtime_ns}"
    return cache_dir() / f"examples-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:20]}.json"


def _source_minilm(source: Any):
    """A diffusion source's frozen MiniLM encoder, or None (then the finder loads its own)."""
    from cf_assistant.retrieval.neighbours import model_minilm

    loaded = getattr(source, "loaded", None)
    try:
        return model_minilm(loaded.model) if loaded is not None else None
    except AttributeError:
        return None
