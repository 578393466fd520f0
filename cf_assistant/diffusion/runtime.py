"""Where the models run: the thread count on a small shared CPU and the device; shared by training
and inference (the generators call `set_threads` when they load their model). The count applies
to torch's threads and to numpy's BLAS (OpenBLAS, through threadpoolctl), which the numpy engine
multiplies on; torch is never imported here (the numpy engine's processes never load it), only
set when something else did. A long-running process that chose its own count (`cfa serve
--threads`) pins it with `pinned_threads`: a model loaded later then keeps it instead of putting
its own default back."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import torch

_pinned: int | None = None  # the count a process chose with pinned_threads
_blas: int | None = None  # the BLAS thread count last set here


def default_threads() -> int:
    """Half the cores, at most 8: on a small shared CPU, more threads than free cores thrash
    (measured here: one step of `small` 0.4 s with 1 thread, 4-8 s with 2 on 2 busy cores)."""
    return max(1, min((os.cpu_count() or 2) // 2, 8))


def set_threads() -> None:
    """Torch's and BLAS's threads: the pinned count if the process pinned one, else
    `default_threads()`."""
    n = _pinned or default_threads()
    _set_blas(n)
    torch = sys.modules.get("torch")
    if torch is not None and not torch.cuda.is_available():
        torch.set_num_threads(n)


def _set_blas(n: int) -> None:
    """numpy's BLAS on n threads (process-wide); nothing when it already is."""
    global _blas
    if _blas != n:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=n, user_api="blas")
        _blas = n


@contextmanager
def pinned_threads(n: int) -> Iterator[None]:
    """Torch and numpy's BLAS on `n` threads in this process while inside, whatever model loads meanwhile (each
    generator calls `set_threads` as it loads, which would otherwise put its default back);
    on leaving, the pin and the thread count from before."""
    global _pinned
    torch = sys.modules.get("torch")
    before = (_pinned, torch.get_num_threads() if torch is not None else None, _blas)
    _pinned = max(1, int(n))
    _set_blas(_pinned)
    if torch is not None:
        torch.set_num_threads(_pinned)
    try:
        yield
    finally:
        _pinned = before[0]
        torch = sys.modules.get("torch")
        if torch is not None:
            torch.set_num_threads(before[1] if before[1] is not None else default_threads())
        if before[2] is not None:
            _set_blas(before[2])


def device() -> torch.device:
    """CUDA when there is a GPU (TF32 matrix products), else the CPU."""
    import torch

    if torch.cuda.is_available():
        torch.backends.cuda.matmul.allow_tf32 = True  # float32 weights, TF32 matrix products
        torch.backends.cudnn.allow_tf32 = True
        return torch.device("cuda")
    return torch.device("cpu")
