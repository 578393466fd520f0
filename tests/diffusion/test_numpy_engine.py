"""The numpy engine computes what the torch model computes: the same initial noise, the same MiniLM
states, the same candidates (codes equal, scores to float32 rounding) for the shipped model and for
every configuration it accepts; it refuses, saying why, what it cannot run; and `cfa suggest` on
the shipped model never imports torch."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import numpy as np
import pytest
import torch

from cf_assistant.config import preset
from cf_assistant.diffusion import checkpoint, numpy_model, numpy_ops, sampler
from cf_assistant.errors import BadInputError, CheckpointError
from cf_assistant.paths import MODEL_DIR

TEXTS = ["highlight cells above 5", "colour the rows where Status is Pending and Amount over 1,000",
         "duplicates", 'cells that start with "abc"', "top 10%", "x"]


@pytest.mark.parametrize("shape,seed", [((5, 24, 64), 0), ((10, 24, 64), 7), ((3, 7, 3), 5),
                                        ((17,), 1), ((2, 5, 9), 2**32 - 1)])
def test_noise_is_torch_randn(shape, seed):
    want = torch.randn(shape, generator=torch.Generator().manual_seed(seed)).numpy()
    got = numpy_ops.torch_randn(shape, seed)
    assert got.dtype == np.float32 and got.shape == want.shape
    assert np.abs(got - want).max() < 1e-6


def test_gelu_softmax_and_log_softmax_match_torch():
    x = np.random.default_rng(0).normal(0, 3, (64, 200)).astype(np.float32)
    t = torch.from_numpy(x)
    assert np.abs(numpy_ops.gelu(x) - torch.nn.functional.gelu(t).numpy()).max() < 2e-6
    assert np.allclose(numpy_ops.softmax(x.copy()), t.softmax(-1).numpy(), atol=1e-6)
    value, index = numpy_ops.log_softmax_max(x)
    tv, ti = t.log_softmax(-1).max(-1)
    assert np.abs(value - tv.numpy()).max() < 1e-5 and (index == ti.numpy()).all()


def test_minilm_states_and_embeddings_match_torch():
    from cf_assistant.diffusion.minilm import MiniLM
    from cf_assistant.diffusion.numpy_minilm import NumpyMiniLM

    net, lite = MiniLM.from_package(), NumpyMiniLM.from_package()
    ids, mask = lite.tokenize(TEXTS, 48)
    tids, tmask = net.tokenize(TEXTS, 48)
    assert (ids == tids.numpy()).all() and (mask == tmask.numpy()).all()
    with torch.inference_mode():
        want = net(tids, tmask).numpy()
    got = lite(ids, mask)
    real = mask.astype(bool)
    assert np.abs(got[real] - want[real]).max() < 1e-4  # states of magnitude ~6
    assert (got[~real] == 0).all()
    assert np.abs(lite.embed(TEXTS) - net.embed(TEXTS)).max() < 1e-5


def _both(folder, texts, k, steps, seed=0):
    lt, ln = checkpoint.load(folder), checkpoint.load_numpy(folder)
    d = lt.config.diffusion
    with torch.inference_mode():
        want = sampler.generate(lt.model, lt.scheduler, lt.tokenizer, texts, k, steps, seed)
    got = numpy_model.generate(ln.model, ln.tokenizer, texts, k, steps, seed, d.steps, d.s,
                               d.prediction)
    return want, got


def _same(want, got, tol=1e-4):
    assert len(want) == len(got)
    for a, b in zip(want, got):
        a, b = sorted(a, key=lambda s: s.draw), sorted(b, key=lambda s: s.draw)
        assert [(s.code, s.ids, s.complete) for s in a] == [(s.code, s.ids, s.complete) for s in b]
        assert max(abs(x.score - y.score) for x, y in zip(a, b)) < tol


def test_the_shipped_model_gives_the_torch_candidates():
    want, got = _both(MODEL_DIR / "cf", TEXTS, 10, 1)
    _same(want, got)
    alone = _both(MODEL_DIR / "cf", TEXTS[1:2], 10, 1)[1]  # an utterance's own batch: the same
    _same(alone, got[1:2], 1e-5)


@pytest.mark.parametrize("change", [
    {"diffusion": {"self_condition": True}},
    {"diffusion": {"prediction": "eps"}},
    {"model": {"tuned_encoder_layers": 1}},
    {"model": {"freeze_encoder": False}},
])
def test_every_accepted_configuration_gives_the_torch_candidates(change, tmp_path, tok):
    cfg = preset("tiny", "cf")
    for part, fields in change.items():
        cfg = cfg.replace(**{part: dataclasses.replace(getattr(cfg, part), **fields)})
    torch.manual_seed(0)
    model, _ = checkpoint.build(cfg, tok)
    for p in model.parameters():  # away from the initialisation's zeros and ones
        p.data.add_(0.05 * torch.randn_like(p))
    checkpoint.save(tmp_path / "ck", model, cfg, tok, "card")
    want, got = _both(tmp_path / "ck", TEXTS, 3, 4, seed=3)
    _same(want, got)


def test_the_generator_picks_numpy_where_it_can_and_says_why_not(monkeypatch):
    from cf_assistant.generators.diffusion import DiffusionGenerator

    monkeypatch.delenv("CFA_ENGINE", raising=False)
    assert DiffusionGenerator("cf").engine == "numpy"
    assert DiffusionGenerator("cf", clamping=True).engine == "torch"
    assert DiffusionGenerator("cf", engine="torch").engine == "torch"
    monkeypatch.setenv("CFA_ENGINE", "torch")
    assert DiffusionGenerator("cf").engine == "torch"
    with pytest.raises(BadInputError, match="torch-only"):
        DiffusionGenerator("cf", engine="numpy", grounding=True)
    with pytest.raises(BadInputError, match="auto, numpy or torch"):
        DiffusionGenerator("cf", engine="onnx")


def test_the_numpy_loader_refuses_mismatched_weights(tmp_path, tok):
    cfg = preset("tiny", "cf")
    model, _ = checkpoint.build(cfg, tok)
    folder = tmp_path / "ck"
    checkpoint.save(folder, model, cfg, tok, "card")
    assert checkpoint.load_numpy(folder).model.neighbour is None
    other = cfg.replace(model=dataclasses.replace(cfg.model, ffn=32, vocab_size=tok.vocab_size))
    (folder / checkpoint.CONFIG).write_text(other.to_json())
    with pytest.raises(CheckpointError, match="linear1.weight has shape"):
        checkpoint.load_numpy(folder)
    deeper = cfg.replace(model=dataclasses.replace(cfg.model, decoder_layers=2,
                                                   vocab_size=tok.vocab_size))
    (folder / checkpoint.CONFIG).write_text(deeper.to_json())
    with pytest.raises(CheckpointError, match="missing"):
        checkpoint.load_numpy(folder)
    (folder / checkpoint.WEIGHTS).write_bytes(b"\x00" * 64)
    with pytest.raises(CheckpointError, match="model.safetensors"):
        checkpoint.load_numpy(folder)


def test_cfa_suggest_never_imports_torch():
    code = ("import sys, io, contextlib\n"
            "from cf_assistant.cli.app import main\n"
            "sys.argv = ['cfa', 'suggest', 'highlight cells above 5', '-k', '3', '--json']\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            "    try:\n        main()\n    except SystemExit:\n        pass\n"
            "print(json.dumps({'torch': 'torch' in sys.modules, 'out': out.getvalue()}))\n")
    done = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True,
                          text=True, timeout=120)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["torch"] is False
    assert json.loads(result["out"])["candidates"][0]["code"] == "GreaterThan(5)"
