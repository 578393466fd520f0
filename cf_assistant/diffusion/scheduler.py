"""The noise schedule and the DDIM-style update, shared by training and sampling.

sqrt schedule (Diffusion-LM): alpha_bar(t) = 1 - sqrt(t/T + s), turned into betas (capped at
0.999) and their cumulative product over t = 0..T-1. `add_noise(x0, eps, t)` draws x_t;
`set_timesteps(n, start)` picks n of the T timesteps from `start` (default T-1) down (step
skipping, n <= T); `step(...)` moves x_t to the previous chosen timestep deterministically
(eta = 0), so all randomness is the initial noise.
This module knows nothing of the model, the code or languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import torch

from cf_assistant.diffusion.schedule import alphas_cumprod, sqrt_betas, timesteps
from cf_assistant.errors import BadInputError


@dataclass
class SchedulerOutput:
    prev_sample: torch.Tensor  # x_{t-1} (or the next chosen timestep)
    pred_original_sample: torch.Tensor  # x̂0


class SqrtScheduler:
    def __init__(self, num_train_timesteps: int = 1200, s: float = 1e-4, prediction: str = "x0"):
        if prediction not in ("x0", "eps"):
            raise BadInputError(f"prediction must be 'x0' or 'eps', not '{prediction}'")
        self.T = num_train_timesteps
        self.prediction = prediction
        self.betas = torch.from_numpy(sqrt_betas(self.T, s))
        self.alphas_cumprod = torch.from_numpy(alphas_cumprod(self.T, s))  # alpha_bar, (T,)
        self.timesteps = torch.arange(self.T - 1, -1, -1)

    def _ab(self, t: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
        ab = self.alphas_cumprod.to(like.device)[t]
        return ab.view(-1, *([1] * (like.dim() - 1)))

    def add_noise(self, x0: torch.Tensor, eps: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """x_t = sqrt(alpha_bar_t) x0 + sqrt(1 - alpha_bar_t) eps; t (B,) integer timesteps."""
        ab = self._ab(t, x0)
        return ab.sqrt() * x0 + (1 - ab).sqrt() * eps

    def set_timesteps(self, n: int, start: int | None = None) -> torch.Tensor:
        """n timesteps from `start` (default T-1) down to 0 (one step: `start` only), evenly
        spread; stored. Fewer when `start` + 1 < n (each timestep once)."""
        self.timesteps = torch.from_numpy(timesteps(self.T, n, start))
        return self.timesteps

    def x0_from(self, model_output, t, x_t) -> torch.Tensor:
        if self.prediction == "x0":
            return model_output
        ab = self._ab(t, x_t)
        return (x_t - (1 - ab).sqrt() * model_output) / ab.sqrt()

    def eps_from(self, x0_hat, t, x_t) -> torch.Tensor:
        ab = self._ab(t, x_t)
        return (x_t - ab.sqrt() * x0_hat) / (1 - ab).sqrt()

    def step(self, model_output: torch.Tensor, timestep: int, sample: torch.Tensor,
             prev_timestep: int = -1,
             x0_transform: Optional[Callable[[torch.Tensor], torch.Tensor]] = None
             ) -> SchedulerOutput:
        """DDIM (eta = 0) from `timestep` to `prev_timestep` (-1: to x0 itself)."""
        t = torch.full((sample.shape[0],), int(timestep), dtype=torch.long, device=sample.device)
        x0_hat = self.x0_from(model_output, t, sample)
        if x0_transform is not None:
            x0_hat = x0_transform(x0_hat)
        if prev_timestep < 0:
            return SchedulerOutput(x0_hat, x0_hat)
        eps_hat = self.eps_from(x0_hat, t, sample)
        ab_prev = self._ab(torch.full_like(t, int(prev_timestep)), sample)
        prev = ab_prev.sqrt() * x0_hat + (1 - ab_prev).sqrt() * eps_hat
        return SchedulerOutput(prev, x0_hat)
