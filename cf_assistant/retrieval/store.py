"""Where an example bank's MiniLM embeddings come from: shipped with a model, cached, or computed.

Embedding the 10,085 Bash training requests takes one to three minutes on a small CPU, so the
embeddings of the banks `cfa suggest` reads (the benchmark's whole `train` split) ship with the
Bash and Python models, float16, in `model/<lang>/bank.safetensors`, tagged with the hash of the
utterances they embed (`texts_key`). `embeddings(texts, compute)` returns, first that answers:

1. a shipped file whose tag is the hash of these very texts (a shipped file for other texts, as
   when the data file changed, is stale and passed over);
2. the user's cache, `cache_dir()/bank-<hash>.npy` ($XDG_CACHE_HOME/cf-assistant, default
   ~/.cache/cf-assistant);
3. compute(), then written to the cache.

A file that cannot be read (missing, truncated, not safetensors) and a cache that cannot be
written fall through to the next source: the answer never depends on them, only its speed.
float16 moves a Bash cosine by at most 6e-5 (300 dev requests: the same top-1 example for all,
the same top-10 order for 295). `save_shipped(path, texts, matrix)` writes a shipped file
(`python benchmarks/ship_bank.py --lang bash`). This module knows nothing of the model.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from cf_assistant.paths import MODEL_DIR

SHIPPED = "bank.safetensors"  # in model/<lang>/
_VERSION = "minilm-mean-v1"  # what is embedded and how: part of the hash
_log = logging.getLogger(__name__)


def texts_key(texts: Sequence[str]) -> str:
    """The hash that tags the embeddings of these texts, in this order."""
    return hashlib.sha1("\x00".join([_VERSION, *texts]).encode("utf-8")).hexdigest()


def cache_dir() -> Path:
    """Where bank embeddings are cached: $XDG_CACHE_HOME/cf-assistant (default ~/.cache/...)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cf-assistant"


def embeddings(texts: Sequence[str], compute: Callable[[], np.ndarray],
               model_dir: Path | None = None) -> np.ndarray:
    """The (len(texts), D) float32 embeddings of `texts`: shipped, cached or computed (above)."""
    key = texts_key(texts)
    for source in (_shipped, _cached):
        matrix = source(key, len(texts), model_dir or MODEL_DIR)
        if matrix is not None:
            return matrix
    _log.info("note: embedding %d examples for the retrieval context, once (cached in %s)",
              len(texts), _cache_path(key).parent)
    matrix = compute()
    try:
        path = _cache_path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, matrix)
        os.replace(tmp, path)
    except OSError:
        pass  # an unwritable cache costs the next run the time, never this answer
    return matrix


def save_shipped(path: Path, texts: Sequence[str], matrix: np.ndarray) -> Path:
    """Write `matrix` (the embeddings of `texts`) as a shipped bank file, float16, tagged."""
    from safetensors.numpy import save_file

    if matrix.shape[0] != len(texts):
        raise ValueError(f"{matrix.shape[0]} embeddings for {len(texts)} texts")
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file({"embeddings": np.ascontiguousarray(matrix, dtype=np.float16)}, str(path),
              metadata={"texts_sha1": texts_key(texts), "count": str(len(texts)),
                        "embedding": _VERSION})
    return path


def _cache_path(key: str) -> Path:
    return cache_dir() / f"bank-{key[:20]}.npy"


def _shipped(key: str, n: int, model_dir: Path) -> np.ndarray | None:
    from safetensors import safe_open

    for path in sorted(Path(model_dir).glob(f"*/{SHIPPED}")):
        try:
            with safe_open(str(path), framework="np") as f:
                if (f.metadata() or {}).get("texts_sha1") != key:
                    continue  # another bank's, or stale: embedded from other texts
                matrix = f.get_tensor("embeddings")
        except Exception:  # noqa: BLE001 - unreadable or not safetensors: the next source answers
            continue
        if matrix.ndim == 2 and matrix.shape[0] == n:
            return matrix.astype(np.float32)
    return None


def _cached(key: str, n: int, model_dir: Path) -> np.ndarray | None:
    try:
        matrix = np.load(_cache_path(key))
    except (OSError, ValueError, EOFError):
        return None  # no cache, or a truncated or foreign file
    return matrix if matrix.ndim == 2 and matrix.shape[0] == n else None
