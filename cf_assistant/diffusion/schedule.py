"""The sqrt noise schedule's numbers, without torch: betas, alpha_bar and the sampling timesteps.

`scheduler.SqrtScheduler` (torch, training and the torch sampler) and the numpy sampler
(`numpy_model`) read the same arrays. This module knows nothing of the model.
"""

from __future__ import annotations

import numpy as np

from cf_assistant.errors import BadInputError


def sqrt_betas(T: int, s: float) -> np.ndarray:
    """The betas (T,) float64 of alpha_bar(t) = 1 - sqrt(t/T + s), capped at 0.999."""
    betas = []
    for i in range(T):
        a1 = 1 - np.sqrt(i / T + s)
        a2 = 1 - np.sqrt((i + 1) / T + s)
        betas.append(min(1 - a2 / a1, 0.999))
    return np.array(betas, dtype=np.float64)


def alphas_cumprod(T: int, s: float) -> np.ndarray:
    """alpha_bar (T,) float32: the cumulative product of 1 - beta, taken in float64."""
    return np.cumprod(1 - sqrt_betas(T, s)).astype(np.float32)


def timesteps(T: int, n: int, start: int | None = None) -> np.ndarray:
    """n of the T timesteps from `start` (default T-1) down to 0 (one step: `start` only), evenly
    spread (int64); fewer when `start` + 1 < n (each timestep once)."""
    if not 1 <= n <= T:
        raise BadInputError(f"sampling steps must be between 1 and {T}, not {n}")
    top = T - 1 if start is None else int(start)
    if not 0 <= top < T:
        raise BadInputError(f"the first sampling timestep must be between 0 and {T - 1}, "
                            f"not {top}")
    return np.unique(np.round(np.linspace(top, 0, n)).astype(np.int64))[::-1].copy()
