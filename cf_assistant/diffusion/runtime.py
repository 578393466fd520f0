"""Where torch runs: the thread count on a small shared CPU and the device; shared by training
and inference (the generators call `set_threads` when they load their model). A long-running
process that chose its own count (`cfa serve --threads`) pins it with `pinned_threads`: a model
loaded later then keeps it instead of putting its own default back."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

import torch

_pinned: int | None = None  # the count a process chose with pinned_threads


def default_threads() -> int:
    """Half the cores, at most 8: on a small shared CPU, more threads than free cores thrash
    (measured here: one step of `small` 0.4 s with 1 thread, 4-8 s with 2 on 2 busy cores)."""
    return max(1, min((os.cpu_count() or 2) // 2, 8))


def set_threads() -> None:
    """Torch's threads: the pinned count if the process pinned one, else `default_threads()`."""
    if not torch.cuda.is_available():
        torch.set_num_threads(_pinned or default_threads())


@contextmanager
def pinned_threads(n: int) -> Iterator[None]:
    """Torch on `n` threads in this process while inside, whatever model loads meanwhile (each
    generator calls `set_threads` as it loads, which would otherwise put its default back);
    on leaving, the pin and the thread count from before."""
    global _pinned
    before = (_pinned, torch.get_num_threads())
    _pinned = max(1, int(n))
    torch.set_num_threads(_pinned)
    try:
        yield
    finally:
        _pinned = before[0]
        torch.set_num_threads(before[1])


def device() -> torch.device:
    """CUDA when there is a GPU (TF32 matrix products), else the CPU."""
    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = True  # float32 weights, TF32 matrix products
        torch.backends.cudnn.allow_tf32 = True
        return torch.device("cuda")
    return torch.device("cpu")
