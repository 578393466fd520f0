"""The three-term CodeFusion loss: noise term + decoder term + cross-entropy.

loss = ‖ε̂ − ε‖² (or ‖x̂0 − x0‖² when the denoiser predicts x̂0) + ‖D_s − L(y)‖² − log p(y | D_s),
squared errors averaged per element. Under CPD only the noised positions enter the noise term.
This module knows the model's interface and the scheduler's, not languages or data.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass
class LossParts:
    loss: torch.Tensor
    noise: float
    decoder: float
    ce: float


def _masked_mse(a: torch.Tensor, b: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
    se = (a - b).pow(2).mean(-1)  # (B, L)
    if mask is None:
        return se.mean()
    m = mask.float()
    return (se * m).sum() / m.sum().clamp(min=1.0)


def codefusion_loss(model, scheduler, y: torch.Tensor, E_s: torch.Tensor, E_pad: torch.Tensor,
                    generator: torch.Generator | None = None,
                    noise_mask: torch.Tensor | None = None,
                    self_condition: bool = False, start: torch.Tensor | None = None,
                    start_rows: torch.Tensor | None = None, start_t: int = 0,
                    t_high: int | None = None) -> LossParts:
    """One training loss for targets y (B, L) given E_s; `noise_mask` (B, L) for CPD.

    Edit training: where `start_rows` (B,) is True, x_t is the embedding of that row's `start`
    code (B, L) noised to a timestep in 0..start_t, not the target's; the model still has to
    give the target (x̂0 prediction only: ε has no meaning there). `t_high`: timesteps drawn
    from 0..t_high-1 (default all T)."""
    B = y.shape[0]
    x0 = model.embed(y)  # (B, L, emb_dim)
    eps = torch.randn(x0.shape, generator=generator).to(x0.device)
    t = torch.randint(0, t_high or scheduler.T, (B,), generator=generator).to(x0.device)
    x_t = scheduler.add_noise(x0, eps, t)
    if start is not None and start_rows is not None and bool(start_rows.any()):
        if scheduler.prediction != "x0":
            raise ValueError("edit training needs x0 prediction")
        t_edit = torch.randint(0, start_t + 1, (B,), generator=generator).to(x0.device)
        rows = start_rows.to(x0.device)
        t = torch.where(rows, t_edit, t)
        x_edit = scheduler.add_noise(model.embed(start.to(x0.device)), eps, t)
        x_t = torch.where(rows.view(-1, 1, 1), x_edit, x_t)
    if noise_mask is not None:
        x_t = torch.where(noise_mask[..., None], x_t, x0)
    x0_prev = None
    if self_condition and torch.rand((), generator=generator).item() < 0.5:
        with torch.no_grad():
            x0_prev = scheduler.x0_from(model.denoise(x_t, t, E_s, E_pad), t, x_t)
    out = model.denoise(x_t, t, E_s, E_pad, x0_prev)
    x0_hat = scheduler.x0_from(out, t, x_t)
    if scheduler.prediction == "eps":
        noise_term = _masked_mse(out, eps, noise_mask)
    else:
        noise_term = _masked_mse(out, x0, noise_mask)
    D_s = model.decode(x0_hat, E_s, E_pad)
    decoder_term = _masked_mse(D_s, x0, None)
    ce = F.cross_entropy(model.logits(D_s).transpose(1, 2), y)
    loss = noise_term + decoder_term + ce
    return LossParts(loss, noise_term.item(), decoder_term.item(), ce.item())
