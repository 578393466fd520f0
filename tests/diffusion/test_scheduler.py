from __future__ import annotations

import torch

from cf_assistant.diffusion.scheduler import SqrtScheduler


def test_schedule_is_sqrt_and_decreasing():
    s = SqrtScheduler(1200)
    ab = s.alphas_cumprod
    assert ab.shape == (1200,)
    assert torch.all(ab[1:] < ab[:-1])
    # alpha_bar(t) = 1 - sqrt(t/T + s), taken at t+1 and relative to t = 0 (Diffusion-LM's betas)
    for t in (0, 100, 600, 1000):
        expected = (1 - ((t + 1) / 1200 + 1e-4) ** 0.5) / (1 - 1e-4 ** 0.5)
        assert abs(ab[t].item() - expected) < 1e-4


def test_marginal_variance_matches_schedule():
    s = SqrtScheduler(1200)
    g = torch.Generator().manual_seed(0)
    x0 = torch.randn(1, 64, generator=g).repeat(20000, 1)
    for t in (10, 300, 900):
        tt = torch.full((20000,), t)
        x_t = s.add_noise(x0, torch.randn(x0.shape, generator=g), tt)
        ab = s.alphas_cumprod[t].item()
        var = x_t.var(0).mean().item()
        mean_err = (x_t.mean(0) - ab ** 0.5 * x0[0]).abs().max().item()
        assert abs(var - (1 - ab)) < 0.03
        assert mean_err < 0.05


def _oracle_run(prediction: str, steps: int):
    s = SqrtScheduler(1200, prediction=prediction)
    g = torch.Generator().manual_seed(1)
    x0 = torch.randn(3, 8, 4, generator=g)
    x = torch.randn(x0.shape, generator=g)
    ts = s.set_timesteps(steps).tolist()
    assert ts[0] == 1199 and len(ts) == steps and (steps == 1 or ts[-1] == 0)
    for i, t in enumerate(ts):
        tt = torch.full((3,), t)
        out = x0 if prediction == "x0" else s.eps_from(x0, tt, x)
        x = s.step(out, t, x, ts[i + 1] if i + 1 < len(ts) else -1).prev_sample
    return x, x0


def test_oracle_model_reproduces_x0():
    for prediction in ("x0", "eps"):
        for steps in (1200, 25, 1):
            x, x0 = _oracle_run(prediction, steps)
            assert torch.allclose(x, x0, atol=1e-3), (prediction, steps)
