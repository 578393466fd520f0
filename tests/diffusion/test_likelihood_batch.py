"""`sampler.code_likelihood` batches an utterance's codes at all timesteps in one pass over its one
E_s row and runs the head only where it scores: the numbers of the plain computation (one pass
per timestep over E_s repeated per row, the head at every position)."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from cf_assistant.config import preset
from cf_assistant.diffusion import sampler, targets
from cf_assistant.diffusion.network import CodeFusion
from cf_assistant.diffusion.scheduler import SqrtScheduler

CODES = ["GreaterThan(5)", "Blanks()", "Between(1, 10)", "TextContains(\"a b c\")", ""]
TEXTS = ["cells above 5", "empty cells", "between one and ten"]


def _model(tok, neighbour_len: int) -> CodeFusion:
    cfg = preset("tiny", "cf").model
    torch.manual_seed(0)
    return CodeFusion(dataclasses.replace(cfg, vocab_size=tok.vocab_size,
                                          neighbour_len=neighbour_len)).eval()


def _plain(model, scheduler, texts, owners, ids, pad, timesteps, seed=0) -> torch.Tensor:
    """code_likelihood as first written: per timestep, every row with its own copy of E_s."""
    E_s, E_pad = model.encode(texts)
    rows_of = torch.tensor(owners)
    E_s, E_pad = model.with_neighbours(E_s[rows_of], E_pad[rows_of], None, None)
    x0 = model.embed(ids)
    mask = (~pad).float()
    mask[torch.arange(len(ids)), (~pad).sum(1).clamp(max=ids.shape[1] - 1)] = 1.0
    total = torch.zeros(len(ids))
    for t in timesteps:
        eps = torch.randn(x0.shape[1:], generator=torch.Generator().manual_seed(seed + t))
        tt = torch.full((len(ids),), t, dtype=torch.long)
        x_t = scheduler.add_noise(x0, eps.expand_as(x0), tt)
        x0_hat = scheduler.step(model.denoise(x_t, tt, E_s, E_pad), t, x_t, -1).pred_original_sample
        logp = model.logits(model.decode(x0_hat, E_s, E_pad)).log_softmax(-1)
        token = logp.gather(-1, ids.unsqueeze(-1)).squeeze(-1)
        total += (token * mask).sum(1) / mask.sum(1)
    return total / len(timesteps)


@pytest.mark.parametrize("neighbour_len", [0, 8])
@pytest.mark.parametrize("owners", [[0, 0, 0, 0, 0], [1, 0, 1, 2, 0], [2, 2, 2, 2, 2]])
def test_batched_likelihood_is_the_plain_computation(tok, neighbour_len, owners):
    model, s = _model(tok, neighbour_len), SqrtScheduler(1200)
    ids, pad = targets.padded_ids(tok, CODES, model.cfg.code_len)
    with torch.inference_mode():
        got = sampler.code_likelihood(model, s, TEXTS, owners, ids, pad, seed=3)
        want = _plain(model, s, TEXTS, owners, ids, pad, sampler.LIKELIHOOD_TIMESTEPS, seed=3)
    assert got.shape == (len(CODES),)
    assert torch.allclose(got, want, rtol=0, atol=1e-5)
    assert got.argsort().tolist() == want.argsort().tolist()


def test_a_timestep_past_the_schedule_is_its_last_one(tok):
    model, s = _model(tok, 8), SqrtScheduler(1200)
    ids, pad = targets.padded_ids(tok, CODES[:2], model.cfg.code_len)
    with torch.inference_mode():
        got = sampler.code_likelihood(model, s, TEXTS[:1], [0, 0], ids, pad, timesteps=(5, 5000))
        want = _plain(model, s, TEXTS[:1], [0, 0], ids, pad, (5, 1199))
    assert torch.allclose(got, want, rtol=0, atol=1e-5)
