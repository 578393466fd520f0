"""Where torch runs: the thread count on a small shared CPU and the device; shared by training
and inference (the generators call `set_threads` before sampling)."""

from __future__ import annotations

import os

import torch


def set_threads() -> None:
    """Half the cores, at most 8: on a small shared CPU, more threads than free cores thrash
    (measured here: one step of `small` 0.4 s with 1 thread, 4-8 s with 2 on 2 busy cores)."""
    if not torch.cuda.is_available():
        torch.set_num_threads(max(1, min((os.cpu_count() or 2) // 2, 8)))


def device() -> torch.device:
    """CUDA when there is a GPU (TF32 matrix products), else the CPU."""
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = True  # float32 weights, TF32 matrix products
        torch.backends.cudnn.allow_tf32 = True
        return torch.device("cuda")
    return torch.device("cpu")
