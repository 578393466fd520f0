"""Pre-train and fine-tune the diffusion model (`cfa train --lang cf --preset small --out DIR`).

Parses options, builds the run configuration from a preset and calls `cf_assistant.training.loop.run`;
`--dry-run` prints the parameter count of each component as JSON and exits.
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
    preset: str = typer.Option("small", "--preset", help="paper, small or tiny"),
    phase: str = typer.Option("both", "--phase", help="pretrain, finetune or both"),
    data: Optional[Path] = typer.Option(None, "--data", help="benchmark data folder (default ../shared/data)"),
    out: Optional[Path] = typer.Option(None, "--out", help="checkpoint folder to write"),
    steps: Optional[int] = typer.Option(None, "--steps", help="fine-tuning steps"),
    pretrain_steps: Optional[int] = typer.Option(None, "--pretrain-steps"),
    eval_every: int = typer.Option(500, "--eval-every", help="dev evaluation every N fine-tuning steps (0: only at the end)"),
    save_every: int = typer.Option(500, "--save-every", help="checkpoint every N steps"),
    resume: bool = typer.Option(False, "--resume", help="continue the run stored in --out"),
    seed: int = typer.Option(0, "--seed"),
    max_minutes: Optional[float] = typer.Option(None, "--max-minutes", help="stop cleanly and save after M minutes"),
    dry_run: bool = typer.Option(False, "--dry-run", help="print parameter counts as JSON and exit"),
    init: Optional[Path] = typer.Option(None, "--init", help="start from this checkpoint's weights and tokenizer"),
    literals: Optional[bool] = typer.Option(None, "--literals/--no-literals", help="literal slots (default: preset's)"),
    canonical_targets: Optional[bool] = typer.Option(None, "--canonical-targets/--no-canonical-targets", help="train on canonical spellings (default: preset's)"),
    prediction: Optional[str] = typer.Option(None, "--prediction", help="x0 or eps"),
    self_condition: Optional[bool] = typer.Option(None, "--self-condition/--no-self-condition"),
    eval_steps: Optional[int] = typer.Option(None, "--eval-steps", help="sampling steps at evaluation"),
    quote_augment: Optional[bool] = typer.Option(None, "--quote-augment/--no-quote-augment", help="add copies of pairs with the code's text quoted in the utterance (CF)"),
    cpd_fraction: Optional[float] = typer.Option(None, "--cpd-fraction", help="share of pre-training batches that are CPD; 0 = no CPD, 1 = no code-generation task (ablations)"),
    batch: Optional[int] = typer.Option(None, "--batch", help="batch size (default: preset's)"),
    lr: Optional[float] = typer.Option(None, "--lr", help="peak learning rate (default: preset's)"),
    weight_decay: Optional[float] = typer.Option(None, "--weight-decay", help="AdamW weight decay (default: preset's; paper 0, the others 0.01)"),
    anneal_by_time: bool = typer.Option(False, "--anneal-by-time", help="with --max-minutes: the phases share the time in proportion to their steps, and each one's learning rate decays by its share of the time if that comes first"),
    neighbours: Optional[int] = typer.Option(None, "--neighbours", help="retrieval context: N and D also read the first N tokens of a near training example's code (0: the paper's model)"),
    edit_fraction: Optional[float] = typer.Option(None, "--edit-fraction", help="with --neighbours: share of pairs trained to edit their neighbour's code (x_t = the neighbour's embedding, slightly noised) into their own; for sampling with --strength < 1"),
    edit_strength: Optional[float] = typer.Option(None, "--edit-strength", help="the most noise an edit pair's start gets, as a share of T (default 0.2)"),
    t_max: Optional[float] = typer.Option(None, "--t-max", help="fine-tune only on timesteps up to this share of T (default 1: all)"),
    edit_near: Optional[float] = typer.Option(None, "--edit-near", help="with --edit-fraction: edit pairs start from their most similar pooled neighbour, and only pairs with one at least this similar (difflib ratio of code tokens, 0-1) edit (default 0: the drawn neighbour)"),
    extra_data: Optional[Path] = typer.Option(None, "--extra-data", help="benchmark-format file whose train split adds fine-tuning pairs (e.g. the CF generator's: python -m cf_assistant.languages.cf.synth --out FILE)"),
    extra_ratio: float = typer.Option(0.5, "--extra-ratio", help="with --extra-data: the share of each fine-tuning batch drawn from it"),
    text_slots: Optional[bool] = typer.Option(None, "--text-slots/--no-text-slots", help="quote the utterance's bare texts and write spelled numbers as digits before the model reads it, so literal slots cover them (default: preset's)"),
    tune_encoder_layers: Optional[int] = typer.Option(None, "--tune-encoder-layers", help="fine-tune trainable copies of the frozen MiniLM's top N layers (0-6; default 0: E frozen)"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress bar on stderr (off for logs of background runs)"),
) -> None:
    """Pre-train and fine-tune the CodeFusion diffusion model."""
    from cf_assistant.config import preset as get_preset
    from cf_assistant.paths import default_data_dir

    cfg = get_preset(preset, lang)
    train = _train_settings(cfg.train, steps=steps, pretrain_steps=pretrain_steps, batch=batch, lr=lr,
                            weight_decay=weight_decay, literals=literals,
                            canonical_targets=canonical_targets, text_slots=text_slots,
                            quote_augment=quote_augment, cpd_fraction=cpd_fraction)
    train = _edit_settings(train, edit_fraction=edit_fraction, edit_strength=edit_strength,
                           t_max=t_max, edit_near=edit_near)
    _check_run(anneal_by_time, max_minutes, extra_ratio, extra_data)
    cfg = _with_architecture(cfg, train, prediction, self_condition, neighbours, tune_encoder_layers)
    if dry_run:
        typer.echo(json.dumps(_counts(cfg, data or default_data_dir(), init), indent=2))
        return
    _train(cfg, out, phase=phase, data_dir=data or default_data_dir(), eval_every=eval_every,
           save_every=save_every, resume=resume, seed=seed, max_minutes=max_minutes, init=init,
           eval_steps=eval_steps, anneal_by_time=anneal_by_time, progress=progress,
           extra_data=extra_data, extra_ratio=extra_ratio)


def _check_run(anneal_by_time: bool, max_minutes, extra_ratio: float, extra_data) -> None:
    if anneal_by_time and max_minutes is None:
        raise BadInputError("--anneal-by-time needs --max-minutes (the time to anneal over)")
    if not 0.0 <= extra_ratio <= 1.0:
        raise BadInputError(f"--extra-ratio must be between 0 and 1, not {extra_ratio}")
    if extra_data is not None and not extra_data.is_file():
        raise BadInputError(f"--extra-data {extra_data}: no such file")


def _train(cfg, out: Optional[Path], **options) -> None:
    """Run the training loop with these Options and print its summary as one JSON line."""
    if out is None:
        raise BadInputError("--out DIR is required (the checkpoint folder to write)")
    from cf_assistant.training import loop as training

    command = "cfa train " + shlex.join(sys.argv[2:] if len(sys.argv) > 2 else [])
    opts = training.Options(out=out, command=command, **options)
    if not Path(opts.data_dir).is_dir():
        raise BadInputError(f"--data {opts.data_dir}: no such folder")
    result = training.run(cfg, opts)
    typer.echo(json.dumps({"out": result.out, "steps": result.steps, "dev": result.dev,
                           "wall_s": round(result.wall_s, 1), "stopped_early": result.stopped_early,
                           "final_loss": result.losses[-1] if result.losses else None}))


def _train_settings(train, steps, pretrain_steps, batch, lr, weight_decay, cpd_fraction,
                    **switches):
    """The preset's TrainConfig with the options given (None: the preset's), each checked;
    `switches` are the on/off options (literals, canonical targets, ...) taken as they are."""
    if steps is not None:
        train = dataclasses.replace(train, finetune_steps=_positive(steps, "--steps"))
    if pretrain_steps is not None:
        train = dataclasses.replace(train, pretrain_steps=_positive(pretrain_steps, "--pretrain-steps"))
    if batch is not None:
        if batch < 1:
            raise BadInputError(f"--batch must be 1 or more, not {batch}")
        train = dataclasses.replace(train, batch=batch)
    if lr is not None:
        if not 0.0 < lr < 1.0:
            raise BadInputError(f"--lr must be between 0 and 1, not {lr}")
        train = dataclasses.replace(train, lr=lr)
    if weight_decay is not None:
        if not 0.0 <= weight_decay < 1.0:
            raise BadInputError(f"--weight-decay must be at least 0 and below 1, not {weight_decay}")
        train = dataclasses.replace(train, weight_decay=weight_decay)
    if cpd_fraction is not None:
        if not 0.0 <= cpd_fraction <= 1.0:
            raise BadInputError(f"--cpd-fraction must be between 0 and 1, not {cpd_fraction}")
        train = dataclasses.replace(train, cpd_fraction=cpd_fraction)
    given = {key: value for key, value in switches.items() if value is not None}
    return dataclasses.replace(train, **given) if given else train


def _edit_settings(train, **shares):
    """`train` with the edit-training shares given (each between 0 and 1; None: the preset's)."""
    for key, value in shares.items():
        if value is not None:
            if not 0.0 <= value <= 1.0:
                raise BadInputError(f"--{key.replace('_', '-')} must be between 0 and 1, not {value}")
            train = dataclasses.replace(train, **{key: value})
    if train.edit_near > 0 and train.edit_fraction == 0:
        raise BadInputError("--edit-near needs edit training (--edit-fraction F)")
    return train


def _with_architecture(cfg, train, prediction, self_condition, neighbours, tuned=None):
    """`cfg` with `train`, the diffusion options, the retrieval context and the tuned encoder
    layers, and their checks."""
    diffusion = cfg.diffusion
    if prediction is not None:
        if prediction not in ("x0", "eps"):
            raise BadInputError(f"--prediction must be x0 or eps, not '{prediction}'")
        diffusion = dataclasses.replace(diffusion, prediction=prediction)
    if self_condition is not None:
        diffusion = dataclasses.replace(diffusion, self_condition=self_condition)
    if train.edit_fraction > 0 and diffusion.prediction != "x0":
        raise BadInputError("--edit-fraction needs x0 prediction (--prediction x0)")
    model = cfg.model
    if neighbours is not None:
        if neighbours < 0:
            raise BadInputError(f"--neighbours must be 0 or more, not {neighbours}")
        model = dataclasses.replace(model, neighbour_len=neighbours)
    if train.edit_fraction > 0 and model.neighbour_len == 0:
        raise BadInputError("--edit-fraction needs a retrieval context (--neighbours N)")
    if tuned is not None:
        if not 0 <= tuned <= 6:
            raise BadInputError(f"--tune-encoder-layers must be 0 to 6, not {tuned}")
        model = dataclasses.replace(model, tuned_encoder_layers=tuned)
    return cfg.replace(train=train, diffusion=diffusion, model=model)


def _positive(n: int, name: str) -> int:
    if n < 0:
        raise BadInputError(f"{name} must be >= 0, not {n}")
    return n


def _counts(cfg, data_dir: Path, init: Optional[Path]) -> dict:
    """Parameter counts per component for `cfg` with the language's real vocabulary size."""
    from cf_assistant.diffusion import checkpoint
    from cf_assistant.diffusion.tokenizer import CodeTokenizer

    if init:
        tok = CodeTokenizer.load(Path(init) / checkpoint.TOKENIZER)
        vocab = tok.vocab_size
    else:
        vocab = cfg.train.vocab_size  # the tokenizer trains to this size on the real corpora
    model_cfg = dataclasses.replace(cfg.model, vocab_size=vocab)
    from cf_assistant.diffusion.network import CodeFusion

    model = CodeFusion(model_cfg, self_condition=cfg.diffusion.self_condition)
    counts = model.parameter_counts()
    counts.update({"preset": cfg.preset, "lang": cfg.lang, "vocab_size": vocab,
                   "counted": "E includes the MiniLM backbone (frozen: not trainable, not stored)"})
    return counts
