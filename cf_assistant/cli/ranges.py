"""The range of every numeric option of every `cfa` command, checked before the command runs.

`checked(command_name, function)` wraps a command so that each int or float option it receives is
refused with one line (BadInputError, exit 2) when it is out of range: the range in `RANGES`
when the option has one, else any integer that fits in 64 bits and any finite float (an option
nobody listed yet still never reaches torch or numpy as 10**20 or nan). A command that checks an
option itself (with its own message) leaves it out of `RANGES`. This module knows no command's
work.
"""

from __future__ import annotations

import functools
import inspect
import math
import typing
from typing import Any, Callable

from cf_assistant.errors import BadInputError

MAX_SEED = 2**32 - 1  # the sampler's and numpy's seeds are unsigned 32-bit
MAX_INT = 2**63 - 1
MAX_K = 64  # candidates per request (one batch), as the pipeline's own check
MAX_STEPS = 1200  # sampling steps: the noise schedule's T
_SAMPLING = {"k": (1, MAX_K), "steps": (1, MAX_STEPS), "seed": (0, MAX_SEED)}
_SHARE = (0, 1)
_COUNT = (0, None)
_POSITIVE = (1, None)

# (command, parameter) -> (low, high), both inclusive; None: unbounded on that side
RANGES: dict[tuple[str, str], tuple[float | None, float | None]] = {
    **{("suggest", name): r for name, r in _SAMPLING.items()},
    **{("bench", name): r for name, r in _SAMPLING.items() if name != "k"},  # bench checks -k itself
    ("bench", "limit"): _POSITIVE,
    ("bench", "oversample"): (1, MAX_K),
    ("bench", "strength"): _SHARE,
    ("bench", "rerank"): (0, None),
    # train checks --steps, --batch, --lr, --weight-decay, the shares and --neighbours itself
    ("train", "eval_every"): _COUNT,
    ("train", "save_every"): _POSITIVE,
    ("train", "seed"): (0, MAX_SEED),
    ("train", "max_minutes"): (0, None),
    ("train", "eval_steps"): (1, MAX_STEPS),
    ("train-ar", "pretrain_minutes"): (0, None),
    ("train-ar", "finetune_minutes"): (0, None),
    ("train-ar", "pretrain_steps"): _COUNT,
    ("train-ar", "steps"): _COUNT,
    ("train-ar", "seed"): (0, MAX_SEED),
    ("serve", "seed"): (0, MAX_SEED),
}


def numeric_options(function: Callable) -> dict[str, tuple[str, type]]:
    """{parameter: (its flag as users write it, int or float)} of a typer command function."""
    try:
        hints = typing.get_type_hints(function)
    except Exception:  # noqa: BLE001 - an annotation that does not resolve: no numeric options known
        return {}
    out: dict[str, tuple[str, type]] = {}
    for name, param in inspect.signature(function).parameters.items():
        kind = next((t for t in (bool, int, float) if t in _types(hints.get(name))), None)
        if kind in (int, float):
            decls = getattr(param.default, "param_decls", None) or (f"--{name.replace('_', '-')}",)
            out[name] = (next((d for d in decls if d.startswith("--")), decls[0]), kind)
    return out


def _types(hint: Any) -> tuple:
    return typing.get_args(hint) or (hint,)


def check(command: str, name: str, flag: str, kind: type, value: Any) -> None:
    """BadInputError (one line) when `value` is out of the option's range."""
    if value is None:
        return
    if kind is float and not math.isfinite(value):
        raise BadInputError(f"{flag} must be a finite number (got {value})")
    if kind is int and not -MAX_INT <= value <= MAX_INT:
        raise BadInputError(f"{flag} must be a whole number of at most 18 digits (got {value})")
    low, high = RANGES.get((command, name), (None, None))
    if (low is not None and value < low) or (high is not None and value > high):
        raise BadInputError(f"{flag} must be {_span(low, high)} (got {value})")


def _span(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"between {low} and {high}"
    return f"{low} or more" if low is not None else f"{high} or less"


def checked(command: str, function: Callable) -> Callable:
    """`function` (a typer command) with its numeric options range-checked first."""
    options = numeric_options(function)

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        for name, (flag, kind) in options.items():
            check(command, name, flag, kind, kwargs.get(name))
        return function(*args, **kwargs)

    return run
