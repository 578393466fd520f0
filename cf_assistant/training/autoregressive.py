"""The auto-regressive baseline's training: two phases under a wall-time budget.

`train_autoregressive(...)` mirrors the diffusion run's two phases: pre-training as an
unconditional code language model (encoder output = one zero vector), then fine-tuning on
train-minus-dev pairs; the learning rate follows a cosine over the larger of step progress and
time progress, so a run cut by its budget still ends cool. The network and its checkpoints are
`cf_assistant.generators.ar_network`. This module knows no metrics and no language grammar.
"""

from __future__ import annotations

import dataclasses
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch

from cf_assistant.diffusion import literals
from cf_assistant.errors import BadInputError, CfaError
from cf_assistant.generators.ar_network import TOKENIZER, ARConfig, ARModel, load, preset, save
from cf_assistant.diffusion.tokenizer import CodeTokenizer


# -- training ---------------------------------------------------------------------------------
@dataclass
class ARResult:
    steps: dict = field(default_factory=dict)
    losses: list = field(default_factory=list)
    dev: dict = field(default_factory=dict)
    wall_s: dict = field(default_factory=dict)
    out: str = ""


def _lr(cfg: ARConfig, step: int, progress: float) -> float:
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    return cfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress))))


def _phase(model: ARModel, opt, cfg: ARConfig, corpus, steps: int, seconds: float | None,
           g: torch.Generator, conditional: bool, name: str, progress: bool,
           result: ARResult) -> None:
    from tqdm import tqdm

    start = time.time()
    params = [p for p in model.parameters() if p.requires_grad]
    bar = tqdm(total=steps, desc=name, file=sys.stderr, disable=not progress, unit="step")
    done = 0
    for step in range(steps):
        elapsed = time.time() - start
        if seconds is not None and elapsed > seconds:
            break
        frac = max(step / steps, elapsed / seconds if seconds else 0.0)
        for group in opt.param_groups:
            group["lr"] = _lr(cfg, step, frac)
        idx = torch.randint(0, len(corpus), (cfg.batch,), generator=g).tolist()
        batch = [corpus[i] for i in idx]
        model.train()
        if conditional:
            E, mask = model.encode([u for u, _ in batch])
            loss = model.loss(E, mask, [c for _, c in batch])
        else:
            E, mask = model.null_context(len(batch))
            loss = model.loss(E, mask, batch)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        result.losses.append(loss.item())
        done = step + 1
        bar.update(1)
        bar.set_postfix(loss=f"{loss.item():.3f}")
    bar.close()
    result.steps[name] = done
    result.wall_s[name] = round(time.time() - start, 1)


def evaluate(model: ARModel, records, lang: str, batch: int = 32) -> dict:
    """Top-1 exact match (language canonical form) of beam search on `records`, in percent."""
    from cf_assistant.diffusion.targets import language, same_code
    from cf_assistant.diffusion.utterance import prepare

    language_mod = language(lang)
    hits = 0
    for s in range(0, len(records), batch):
        utts = [prepare(r.utterance, lang) for r in records[s : s + batch]]
        for r, utt, cands in zip(records[s : s + batch], utts, model.generate(utts, 1)):
            code = cands[0][0] if cands else ""
            if model.cfg.literals:
                code = literals.from_placeholders(code, literals.extract(utt))
            hits += same_code(language_mod, code, r.code.strip())
    return {"n": len(records), "exact_match": round(100 * hits / max(1, len(records)), 2)}


def train_autoregressive(lang: str, data_dir: Path, out: Path, pretrain_minutes: float | None = 5.0,
                         finetune_minutes: float | None = 8.5, seed: int = 0,
                         cfg: ARConfig | None = None, progress: bool = True,
                         command: str = "", tokenizer_from: Path | None = None,
                         init: Path | None = None) -> ARResult:
    """Pre-train (code LM) then fine-tune the baseline; writes the checkpoint folder `out`.

    A budget of 0 minutes skips that phase (None: only the step count limits it). `init` starts
    from a checkpoint folder's weights, tokenizer and settings (a fresh optimizer, as the
    diffusion model's `--init`), so the two phases can run as two commands."""
    from cf_assistant.diffusion.runtime import set_threads

    set_threads()
    cfg = cfg or preset("small", lang)
    start = load(Path(init)) if init else None
    if start is not None:
        cfg = dataclasses.replace(start.cfg, pretrain_steps=cfg.pretrain_steps,
                                  finetune_steps=cfg.finetune_steps)
    path = Path(data_dir) / lang / "train.json"
    pairs, dev, pretrain = _ar_data(lang, path, data_dir, cfg, pretrain_minutes != 0)
    if start is not None:
        tok = start.tok
    elif tokenizer_from:
        tok = CodeTokenizer.load(Path(tokenizer_from) / TOKENIZER)
    else:
        tok = CodeTokenizer.train([c for _, c in pairs] + pretrain, cfg.tokenizer_vocab)
    torch.manual_seed(seed)
    cfg = dataclasses.replace(cfg, vocab_size=tok.vocab_size)
    model = ARModel(cfg, tok)
    if start is not None:
        model.load_state_dict(start.state_dict())
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    g = torch.Generator().manual_seed(seed)
    result = ARResult(out=str(out))
    t0 = time.time()
    if pretrain:
        secs = 60 * pretrain_minutes if pretrain_minutes else None
        _phase(model, opt, cfg, pretrain, cfg.pretrain_steps, secs, g, False, "pretrain",
               progress, result)
        for group in opt.param_groups:  # fine-tuning starts its own schedule (fresh warm-up)
            group["lr"] = cfg.lr
    if finetune_minutes != 0 and cfg.finetune_steps > 0:
        secs = 60 * finetune_minutes if finetune_minutes else None
        _phase(model, opt, cfg, pairs, cfg.finetune_steps, secs, g, True, "finetune", progress,
               result)
        result.dev = evaluate(model, dev, lang) if dev else {}
    result.wall_s["total"] = round(time.time() - t0, 1)
    card = _card(cfg, model, result, command, f"{path}: {len(pretrain)} pre-training snippets, "
                 f"{len(pairs)} train-minus-dev pairs, {len(dev)} dev")
    save(Path(out), model, card)
    return result


def _ar_data(lang: str, path: Path, data_dir: Path, cfg: ARConfig, pretraining: bool):
    """(fine-tuning pairs of train-minus-dev, the dev records, the pre-training codes: none when
    `pretraining` is off or the config has no pre-training steps)."""
    from cf_assistant import data
    from cf_assistant.diffusion.targets import canonical_codes, finetune_pairs

    try:
        train, _ = data.load_split(path, "train-minus-dev", lang=lang)
        dev, _ = data.load_split(path, "dev", lang=lang)
    except CfaError:
        raise
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc}") from exc
    canon = lang if cfg.canonical_targets else None
    pairs = finetune_pairs(train, cfg.literals, canon)
    pretrain = []
    if pretraining and cfg.pretrain_steps > 0:
        pretrain = [c.strip() for c in data.pretrain_corpus(lang, data_dir) if c.strip()]
        if canon:
            pretrain = list(dict.fromkeys(canonical_codes(pretrain, lang)))
    if not pairs:
        raise BadInputError(f"no training pairs for {lang} in {path}")
    return pairs, dev, pretrain


def _card(cfg: ARConfig, model: ARModel, result: ARResult, command: str, data_desc: str) -> str:
    return "\n".join([
        f"# Auto-regressive baseline (T5 decoder on MiniLM): {cfg.lang}", "",
        f"- command: `{command}`", f"- data: {data_desc}", f"- steps: {result.steps}",
        f"- wall time (s): {result.wall_s}", f"- parameters: {model.parameter_counts()}",
        f"- d_model {cfg.d_model}, decoder layers {cfg.layers}, heads {cfg.heads}, d_ff {cfg.d_ff}, "
        f"code length {cfg.code_len}, vocabulary {cfg.vocab_size}, literal slots {cfg.literals}, "
        f"canonical targets {cfg.canonical_targets}",
        f"- dev (top-1, beam {cfg.beams}): {result.dev}",
        f"- final loss: {result.losses[-1] if result.losses else None}", ""])
