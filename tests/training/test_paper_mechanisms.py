"""The paper's training mechanisms, pinned: code-specific CPD noises exactly the identifier and
keyword positions and is drawn for its share of the pre-training batches; the loss is the
unweighted sum of its three terms (noise, decoder, cross-entropy). Each test fails when its
mechanism is broken (issue 17: the mask inverted, the task never drawn, a term dropped or
weighted), which the shape and overfitting tests do not notice."""

from __future__ import annotations

import dataclasses

import pytest
import torch
import torch.nn.functional as F

from cf_assistant.config import preset
from cf_assistant.diffusion import checkpoint
from cf_assistant.diffusion.scheduler import SqrtScheduler
from cf_assistant.training import noising
from cf_assistant.diffusion import targets
from cf_assistant.training.loop import Options, pretrain_loss, run
from cf_assistant.training.losses import codefusion_loss

CODES = ["GreaterThan(5)", "Between(3, 9)", "TextContains(Error)", "AND(GreaterThan(1),LessThan(7))"]


@pytest.fixture(scope="module")
def built():
    from cf_assistant.diffusion.tokenizer import CodeTokenizer

    tok = CodeTokenizer.train(CODES * 4, 300)
    torch.manual_seed(0)
    cfg = preset("tiny", "cf")
    model, sched = checkpoint.build(cfg, tok)
    model.eval()  # no dropout: the spies below see the very tensors the loss used
    y = targets.targets(tok, CODES, cfg.model.code_len)
    E_s, E_pad = model.encode(["cells greater than 5", "between 3 and 9", "containing Error",
                               "more than 1 and less than 7"])
    return cfg, tok, model, sched, y, E_s, E_pad


def _spied(model, monkeypatch) -> dict:
    """Record what the loss hands the denoiser and gets from the decoder (last call each)."""
    seen: dict = {}
    denoise, decode = model.denoise, model.decode

    def spy_denoise(x_t, t, E_s, E_pad, x0_prev=None):
        out = denoise(x_t, t, E_s, E_pad, x0_prev)
        seen.update(x_t=x_t.detach(), t=t, out=out)
        return out

    def spy_decode(x0_hat, E_s, E_pad):
        seen["D_s"] = decode(x0_hat, E_s, E_pad)
        return seen["D_s"]

    monkeypatch.setattr(model, "denoise", spy_denoise)
    monkeypatch.setattr(model, "decode", spy_decode)
    return seen


def _cpd_mask(tok, cfg) -> torch.Tensor:
    mask, _ = noising.cpd_batch(tok, CODES, cfg.model.code_len, noising.generic_token_kinds)
    assert mask.any() and (~mask).any()
    return mask


def test_cpd_noises_the_masked_positions_and_leaves_the_others_clean(built, monkeypatch):
    cfg, tok, model, sched, y, E_s, E_pad = built
    mask = _cpd_mask(tok, cfg)
    seen = _spied(model, monkeypatch)
    codefusion_loss(model, sched, y, E_s, E_pad, torch.Generator().manual_seed(3), mask)
    x0 = model.embed(y).detach()
    x_t, t = seen["x_t"], seen["t"]
    assert (t > 100).all()  # this seed draws timesteps where the noise shows
    assert torch.equal(x_t[~mask], x0[~mask])  # the code the model reads around the masked tokens
    per_token = (x_t - x0).abs().amax(-1)
    assert (per_token[mask] > 1e-3).all()  # every masked identifier / keyword is noised


@pytest.mark.parametrize("prediction", ["x0", "eps"])
@pytest.mark.parametrize("with_mask", [False, True])
def test_loss_is_the_unweighted_sum_of_the_three_terms(built, monkeypatch, prediction, with_mask):
    cfg, tok, model, _, y, E_s, E_pad = built
    sched = SqrtScheduler(cfg.diffusion.steps, cfg.diffusion.s, prediction)
    mask = _cpd_mask(tok, cfg) if with_mask else None
    seen = _spied(model, monkeypatch)
    parts = codefusion_loss(model, sched, y, E_s, E_pad, torch.Generator().manual_seed(1), mask)
    x0 = model.embed(y).detach()
    out, x_t, t, D_s = seen["out"], seen["x_t"], seen["t"], seen["D_s"]
    target = x0 if prediction == "x0" else sched.eps_from(x0, t, x_t)  # the true noise for eps
    se = (out - target).pow(2).mean(-1)
    noise = se[mask].mean() if with_mask else se.mean()  # CPD: only the noised positions
    decoder = (D_s - x0).pow(2).mean()
    ce = F.cross_entropy(model.logits(D_s).transpose(1, 2), y)
    for got, want in ((parts.noise, noise), (parts.decoder, decoder), (parts.ce, ce)):
        assert got == pytest.approx(want.item(), rel=1e-4) and want.item() > 1e-4
    assert parts.loss.item() == pytest.approx((noise + decoder + ce).item(), rel=1e-5)


def _contexts(model, calls: list):
    def contexts(texts):
        calls.append(list(texts))
        return model.encode(list(texts))
    return contexts


@pytest.mark.parametrize("fraction", [0.0, 0.5, 1.0])
def test_cpd_is_drawn_for_its_share_of_pretraining_batches(built, fraction):
    cfg, tok, model, sched, *_ = built
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, cpd_fraction=fraction))
    g = torch.Generator().manual_seed(0)
    calls: list = []
    n = 40
    for _ in range(n):
        pretrain_loss(model, sched, tok, cfg, CODES, g, _contexts(model, calls),
                      noising.generic_token_kinds)
    cpd = [texts for texts in calls if any(noising.ENCODER_MASK in s for s in texts)]
    assert len(cpd) == len(calls)  # the encoder reads masked code only under CPD
    assert {0.0: len(cpd) == 0, 0.5: 0.25 * n <= len(cpd) <= 0.75 * n,
            1.0: len(cpd) == n}[fraction]


def test_pretraining_run_draws_cpd(data_dir, tmp_path, monkeypatch):
    calls = []
    batch = noising.cpd_batch
    monkeypatch.setattr(noising, "cpd_batch", lambda *a: calls.append(1) or batch(*a))
    cfg = preset("tiny", "cf")
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, pretrain_steps=8, batch=4))
    run(cfg, Options(phase="pretrain", data_dir=data_dir, out=tmp_path / "ck", eval_every=0,
                     save_every=0, progress=False))
    assert 2 <= len(calls) <= 6  # cpd_fraction 0.5 of 8 steps, seed 0
