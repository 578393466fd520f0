"""The example bank's embeddings: shipped (float16, tagged with the hash of their texts), else
cached, else computed; a stale shipped file, a broken file and an unwritable cache fall through
to the next source with the same answer."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cf_assistant.paths import MODEL_DIR, default_data_dir
from cf_assistant.retrieval import store

TEXTS = ["find txt files", "count lines in a file", "list open ports"]


@pytest.fixture
def homes(tmp_path, monkeypatch):
    """An empty cache and an empty model folder; returns (models, cache)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "models" / "bash").mkdir(parents=True)
    return tmp_path / "models", tmp_path / "cache" / "cf-assistant"


def _matrix(n: int = len(TEXTS)) -> np.ndarray:
    return np.random.default_rng(0).standard_normal((n, 8)).astype(np.float32)


def _counting(matrix):
    calls = []

    def compute():
        calls.append(1)
        return matrix
    return compute, calls


def test_a_shipped_file_answers_without_computing_or_caching(homes):
    models, cache = homes
    m = _matrix()
    store.save_shipped(models / "bash" / store.SHIPPED, TEXTS, m)
    compute, calls = _counting(m)
    got = store.embeddings(TEXTS, compute, models)
    assert not calls and got.dtype == np.float32
    assert np.allclose(got, m, atol=2e-3)  # float16
    assert not cache.exists()


def test_a_stale_shipped_file_falls_back_to_computing_then_the_cache(homes):
    models, cache = homes
    store.save_shipped(models / "bash" / store.SHIPPED, TEXTS, _matrix())
    changed = [*TEXTS[:2], "list open ports on this host"]  # the data file changed
    m = _matrix() + 1
    compute, calls = _counting(m)
    assert np.array_equal(store.embeddings(changed, compute, models), m) and calls == [1]
    assert np.array_equal(store.embeddings(changed, compute, models), m) and calls == [1]
    assert len(list(cache.glob("bank-*.npy"))) == 1


def test_an_unwritable_cache_costs_time_never_the_answer(homes, tmp_path, monkeypatch):
    models, _ = homes
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # cf-assistant/ cannot be made under it
    compute, calls = _counting(_matrix())
    for _ in range(2):
        assert np.array_equal(store.embeddings(TEXTS, compute, models), _matrix())
    assert calls == [1, 1]


def test_broken_shipped_and_cache_files_are_passed_over(homes):
    models, cache = homes
    (models / "bash" / store.SHIPPED).write_bytes(b"\x00\x01 not safetensors")
    cache.mkdir(parents=True)
    (cache / f"bank-{store.texts_key(TEXTS)[:20]}.npy").write_bytes(b"\x93NUMPY truncated")
    compute, calls = _counting(_matrix())
    assert np.array_equal(store.embeddings(TEXTS, compute, models), _matrix()) and calls == [1]
    assert np.array_equal(store.embeddings(TEXTS, compute, models), _matrix()) and calls == [1]


@pytest.mark.parametrize("lang", ["bash", "python"])
def test_the_shipped_banks_are_small_float16_and_tagged(lang):
    from safetensors import safe_open

    path = MODEL_DIR / lang / store.SHIPPED
    assert path.stat().st_size <= 10 * 2**20
    with safe_open(str(path), framework="np") as f:
        meta, matrix = f.metadata(), f.get_tensor("embeddings")
    assert matrix.dtype == np.float16 and matrix.shape == (int(meta["count"]), 384)
    data = default_data_dir() / lang / "train.json"
    if not data.is_file():
        pytest.skip("benchmark data not here: the tag cannot be checked against it")
    from cf_assistant.data import load_split

    records, _ = load_split(data, "train", lang)
    assert meta["texts_sha1"] == store.texts_key([r.utterance for r in records]), (
        f"stale: rerun python benchmarks/ship_bank.py --lang {lang}")
    assert json.loads((MODEL_DIR / lang / "config.json").read_text())["lang"] == lang


def test_the_example_bank_reads_a_shipped_file_and_embeds_nothing(homes, monkeypatch):
    from cf_assistant.data import Record
    from cf_assistant.retrieval.neighbours import ExampleBank

    models, _ = homes
    codes = ["find . -name '*.txt'", "wc -l file", "netstat -tlnp"]
    records = [Record(i, u, c, lang="bash") for i, (u, c) in enumerate(zip(TEXTS, codes))]
    m = _matrix()
    store.save_shipped(models / "bash" / store.SHIPPED, TEXTS, m)
    monkeypatch.setattr(store, "MODEL_DIR", models)

    class NoEmbedding:
        def embed(self, texts):
            raise AssertionError("the bank embedded its examples")

    bank = ExampleBank(records, "bash", True, False, embedder=NoEmbedding())
    assert np.allclose(bank.matrix, m, atol=2e-3)
