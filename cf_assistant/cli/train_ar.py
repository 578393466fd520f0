"""Train the auto-regressive baseline (`cfa train-ar --lang cf --out DIR`).

A T5 decoder on the diffusion model's encoder and code tokenizer (cf_assistant.training.autoregressive),
pre-trained as a code language model for --pretrain-minutes, then fine-tuned on train-minus-dev
for --finetune-minutes (the diffusion run's wall-time budget); prints the result as JSON.
"""

from __future__ import annotations

import dataclasses
import json
import shlex
import sys
from pathlib import Path
from typing import Optional

import typer

from cf_assistant.errors import BadInputError


def command(
    lang: str = typer.Option("cf", "--lang", help="cf, bash or python"),
    out: Path = typer.Option(..., "--out", help="checkpoint folder to write"),
    data: Optional[Path] = typer.Option(None, "--data", help="benchmark data folder (default ../shared/data)"),
    preset: str = typer.Option("small", "--preset", help="small or tiny"),
    pretrain_minutes: float = typer.Option(5.0, "--pretrain-minutes", help="code-LM pre-training budget (0: none)"),
    finetune_minutes: float = typer.Option(8.5, "--finetune-minutes", help="fine-tuning budget (0: none)"),
    init: Optional[Path] = typer.Option(None, "--init", help="start from this auto-regressive checkpoint (e.g. a pre-training run)"),
    pretrain_steps: Optional[int] = typer.Option(None, "--pretrain-steps", help="at most this many pre-training steps"),
    steps: Optional[int] = typer.Option(None, "--steps", help="at most this many fine-tuning steps"),
    tokenizer_from: Optional[Path] = typer.Option(None, "--tokenizer-from", help="reuse the code tokenizer of this checkpoint folder"),
    canonical_targets: Optional[bool] = typer.Option(None, "--canonical-targets/--no-canonical-targets", help="train on canonical spellings (default: the diffusion preset's)"),
    seed: int = typer.Option(0, "--seed"),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Train the auto-regressive (T5 decoder) baseline on the diffusion model's encoder."""
    from cf_assistant.training.autoregressive import preset as ar_preset, train_autoregressive
    from cf_assistant.paths import default_data_dir

    cfg = ar_preset(preset, lang)
    for name, value in (("--pretrain-steps", pretrain_steps), ("--steps", steps)):
        if value is not None and value < 0:
            raise BadInputError(f"{name} must be >= 0, not {value}")
    if pretrain_minutes < 0 or finetune_minutes < 0 or pretrain_minutes + finetune_minutes == 0:
        raise BadInputError("--pretrain-minutes and --finetune-minutes must be >= 0, not both 0")
    if pretrain_steps is not None:
        cfg = dataclasses.replace(cfg, pretrain_steps=pretrain_steps)
    if steps is not None:
        cfg = dataclasses.replace(cfg, finetune_steps=steps)
    if canonical_targets is not None:
        cfg = dataclasses.replace(cfg, canonical_targets=canonical_targets)
    data_dir = data or default_data_dir()
    if not Path(data_dir).is_dir():
        raise BadInputError(f"--data {data_dir}: no such folder")
    result = train_autoregressive(
        lang, Path(data_dir), out, pretrain_minutes, finetune_minutes, seed, cfg, progress,
        command="cfa train-ar " + shlex.join(sys.argv[2:] if len(sys.argv) > 2 else []),
        tokenizer_from=tokenizer_from, init=init)
    typer.echo(json.dumps({"out": result.out, "steps": result.steps, "dev": result.dev,
                           "wall_s": result.wall_s,
                           "final_loss": result.losses[-1] if result.losses else None}))
