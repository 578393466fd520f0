"""One readable training loop for both phases: pre-training on code alone, fine-tuning on pairs.

Pre-training draws each batch's task at random: code-specific CPD (noise on identifier and keyword
positions, E_s = encoder of the masked code) with probability `cpd_fraction`, otherwise
unconditional generation (E_s = Gaussian noise). Fine-tuning trains on (utterance, code) pairs,
with the code's literals replaced by the utterance's slots when `literals` is on. All randomness
comes from one torch.Generator plus torch's global RNG (dropout), both stored for `--resume`.
A frozen encoder's outputs are cached per text. This module reads data through
`cf_assistant.data`, languages through the registry; it prints only through tqdm (stderr).
"""

from __future__ import annotations

import difflib
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import torch

from cf_assistant.diffusion import checkpoint
from cf_assistant.diffusion import literals
from cf_assistant.retrieval import neighbours
from cf_assistant.training import noising
from cf_assistant.diffusion import sampler
from cf_assistant.diffusion import targets
from cf_assistant.config import RunConfig
from cf_assistant.errors import BadInputError
from cf_assistant.diffusion.runtime import device, set_threads
from cf_assistant.diffusion.targets import canonical_codes, finetune_pairs, language
from cf_assistant.diffusion.targets import same_code as _same
from cf_assistant.diffusion.utterance import prepare
from cf_assistant.diffusion.tokenizer import CodeTokenizer

_CACHE_LIMIT = 50_000


@dataclass
class Options:
    phase: str = "both"  # pretrain | finetune | both
    data_dir: Path = Path(".")
    out: Path = Path("run")
    eval_every: int = 500
    save_every: int = 1000
    resume: bool = False
    seed: int = 0
    max_minutes: float | None = None
    init: Path | None = None
    eval_steps: int | None = None  # sampling steps at evaluation (default: config's)
    command: str = ""
    progress: bool = True
    stop_after: int | None = None  # stop (and save) after this many steps of this invocation
    # extra fine-tuning pairs: the `train` split of this benchmark-format file (e.g. the CF
    # generator's, `python -m cf_assistant.languages.cf.synth`), drawn for this share of each
    # fine-tuning batch, the benchmark's train-minus-dev pairs for the rest
    extra_data: Path | None = None
    extra_ratio: float = 0.5
    # with max_minutes: the phases share the time in proportion to their step counts, and each
    # phase's learning-rate schedule runs to its share of the time if that comes before its steps
    # (a time-boxed run on hardware of unknown speed still decays its learning rate)
    anneal_by_time: bool = False


@dataclass
class Result:
    steps: dict = field(default_factory=dict)
    losses: list = field(default_factory=list)
    dev: dict = field(default_factory=dict)
    wall_s: float = 0.0
    stopped_early: bool = False
    out: str = ""


# -- data -------------------------------------------------------------------------------------
def _canon(cfg: RunConfig) -> str | None:
    return cfg.lang if cfg.train.canonical_targets else None


def load_data(cfg: RunConfig, opts: Options):
    from cf_assistant import data

    path = Path(opts.data_dir) / cfg.lang / "train.json"
    train, _ = data.load_split(path, "train-minus-dev", lang=cfg.lang)
    dev, _ = data.load_split(path, "dev", lang=cfg.lang)
    pretrain = []
    if opts.phase in ("pretrain", "both"):
        pretrain = [c.strip() for c in data.pretrain_corpus(cfg.lang, opts.data_dir) if c.strip()]
        if cfg.train.canonical_targets:
            pretrain = list(dict.fromkeys(canonical_codes(pretrain, cfg.lang)))
    return train, dev, pretrain


def extra_pairs(cfg: RunConfig, opts: Options) -> list[tuple[str, str]]:
    """The extra fine-tuning pairs of `opts.extra_data` (none without it), prepared as the
    benchmark's pairs are."""
    if opts.extra_data is None:
        return []
    from cf_assistant import data

    if cfg.model.neighbour_len > 0:
        raise BadInputError("extra training data does not go with a retrieval context (--neighbours)")
    records, _ = data.load_split(Path(opts.extra_data), "train", lang=cfg.lang)
    if not records:
        raise BadInputError(f"{opts.extra_data}: no records in its train split")
    return finetune_pairs(records, cfg.train.literals, _canon(cfg), False, cfg.train.text_slots)


def mixed_batch(batch: list, extra: list, ratio: float, g: torch.Generator) -> list:
    """`batch` with each position replaced, with probability `ratio`, by a random extra pair."""
    n = len(batch)
    take = (torch.rand(n, generator=g) < ratio).tolist()
    picks = torch.randint(0, len(extra), (n,), generator=g).tolist()
    return [extra[j] if t else b for b, t, j in zip(batch, take, picks)]


# -- the frozen encoder's cache ---------------------------------------------------------------
class ContextCache:
    """E_s for texts; the frozen backbone's hidden states are cached per text (fp16, CPU)."""

    def __init__(self, model):
        self.model = model
        self.store: dict[str, torch.Tensor] = {}

    def __call__(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        enc = self.model.encoder
        if not enc.frozen:
            return self.model.encode(texts)
        todo = sorted({t for t in texts if t not in self.store})
        if todo:
            ids, mask = self.model.tokenize(todo)
            with torch.no_grad():
                h = enc.backbone(ids, mask)
            for i, t in enumerate(todo):
                if len(self.store) < _CACHE_LIMIT:
                    self.store[t] = h[i, : int(mask[i].sum())].half().cpu()
                else:
                    self.store.setdefault("__overflow__", h[i, :1].half().cpu())
        rows = [self.store[t] if t in self.store else self._direct(t) for t in texts]
        L = max(r.shape[0] for r in rows)
        h = torch.zeros(len(rows), L, rows[0].shape[1])
        pad = torch.ones(len(rows), L, dtype=torch.bool)
        for i, r in enumerate(rows):
            h[i, : r.shape[0]] = r.float()
            pad[i, : r.shape[0]] = False
        dev = self.model.head.weight.device
        return enc.proj(h.to(dev)), pad.to(dev)

    def _direct(self, text: str) -> torch.Tensor:
        ids, mask = self.model.tokenize([text])
        with torch.no_grad():
            return self.model.encoder.backbone(ids, mask)[0].half().cpu()


# -- one step ---------------------------------------------------------------------------------
def pretrain_loss(model, sched, tok, cfg, codes, g, contexts, token_kinds):
    from cf_assistant.training.losses import codefusion_loss

    y = targets.targets(tok, codes, cfg.model.code_len).to(model.head.weight.device)
    if torch.rand((), generator=g).item() < cfg.train.cpd_fraction:
        mask, texts = noising.cpd_batch(tok, codes, cfg.model.code_len, token_kinds)
        E_s, E_pad = model.with_neighbours(*contexts(texts), None, None)
        return codefusion_loss(model, sched, y, E_s, E_pad, g, mask.to(y.device),
                               cfg.diffusion.self_condition)
    E_s, E_pad = noising.unconditional_context(len(codes), 8, cfg.model.width, g, y.device)
    E_s, E_pad = model.with_neighbours(E_s, E_pad, None, None)
    return codefusion_loss(model, sched, y, E_s, E_pad, g, None, cfg.diffusion.self_condition)


def finetune_loss(model, sched, tok, cfg, pairs, g, contexts, near=None, closest=None):
    """`near` (with a retrieval context): per pair, the codes of its nearest training examples;
    each pair reads one of them, drawn uniformly, or none (share: neighbour_dropout). `closest`
    (near-edit training): per pair, its most similar neighbour, "" if none is similar enough;
    a pair drawn to edit reads and starts from it, and one without it does not edit."""
    from cf_assistant.training.losses import codefusion_loss

    y = targets.targets(tok, [c for _, c in pairs], cfg.model.code_len)
    y = y.to(model.head.weight.device)
    E_s, E_pad = contexts([u for u, _ in pairs])
    ids = pad = None
    start = rows = None
    if near is not None:
        chosen = [_draw_neighbour(options, cfg.train.neighbour_dropout, g) for options in near]
        if cfg.train.edit_fraction > 0:
            draw = torch.rand(len(chosen), generator=g) < cfg.train.edit_fraction
            if closest is not None:
                rows = draw & torch.tensor([bool(c) for c in closest])
                chosen = [c if r else n for c, r, n in zip(closest, rows.tolist(), chosen)]
            else:
                rows = draw & torch.tensor([bool(c) for c in chosen])
            start = targets.targets(tok, chosen, cfg.model.code_len)
        ids, pad = targets.padded_ids(tok, chosen, cfg.model.neighbour_len)
    E_s, E_pad = model.with_neighbours(E_s, E_pad, ids, pad)
    start_t = round(cfg.train.edit_strength * (sched.T - 1))
    t_high = round(cfg.train.t_max * (sched.T - 1)) + 1
    return codefusion_loss(model, sched, y, E_s, E_pad, g, None, cfg.diffusion.self_condition,
                           start, rows, start_t, t_high)


def _draw_neighbour(options: list[str], dropout: float, g: torch.Generator) -> str:
    if not options or torch.rand((), generator=g).item() < dropout:
        return ""
    return options[int(torch.randint(0, len(options), (1,), generator=g))]


def neighbour_pairs(train, cfg: RunConfig, model=None):
    """The fine-tuning pairs; with a retrieval context, each pair's neighbour codes and the
    example bank (else None, None)."""
    pairs, near = [], []
    bank = None
    if cfg.model.neighbour_len > 0:
        bank = neighbours.ExampleBank(train, cfg.lang, cfg.train.literals,
                                      cfg.train.canonical_targets,
                                      neighbours.model_minilm(model) if model else None)
        pools = bank.training_neighbours(cfg.train.neighbour_pool)
    fit = cfg.train.edit_fraction > 0 and cfg.train.literals  # as the sampler fits them
    for i, r in enumerate(train):
        ps = finetune_pairs([r], cfg.train.literals, _canon(cfg), cfg.train.quote_augment,
                            cfg.train.text_slots)
        pairs += ps
        if bank is not None and fit:
            near += [[bank.fitted(j, literals.extract(u)) for j in pools[i]] for u, _ in ps]
        elif bank is not None:
            near += [[bank.targets[j] for j in pools[i]]] * len(ps)
    return pairs, (near if bank is not None else None), bank


def closest_neighbours(tok, pairs, near, threshold: float) -> list[str]:
    """Per pair, the neighbour among `near[i]` whose code tokens are most similar to the pair's
    target (difflib ratio), or "" when none reaches `threshold` (near-edit training)."""
    out = []
    for (_, target), options in zip(pairs, near):
        mine = tok.encode(target)
        best, code = 0.0, ""
        for option in options:
            ratio = difflib.SequenceMatcher(None, mine, tok.encode(option), autojunk=False).ratio()
            if ratio > best:
                best, code = ratio, option
        out.append(code if code and best >= threshold else "")
    return out


def lr_at(step: int, total: int, cfg: RunConfig, time_frac: float = 0.0) -> float:
    """Linear warm-up, then cosine decay to a tenth of the peak at `total` steps, or earlier
    when `time_frac` (the share of the phase's time budget spent) runs ahead of the steps."""
    warm = max(1, cfg.train.warmup)
    if step < warm:
        return cfg.train.lr * (step + 1) / warm
    frac = max((step - warm) / max(1, total - warm), time_frac)
    return cfg.train.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, frac))))


# -- evaluation -------------------------------------------------------------------------------
def evaluate(model, sched, tok, cfg: RunConfig, records, steps: int | None = None,
             bank=None, batch: int = 64) -> dict:
    """Top-1 exact match (language canonical) and validity on `records`, in percent; a model
    with a retrieval context reads each record's nearest example of `bank` (if given)."""
    lang = language(cfg.lang)
    steps = steps or cfg.sample.steps
    exact = valid = 0
    for start in range(0, len(records), batch):
        chunk = records[start : start + batch]
        utts = [prepare(r.utterance, cfg.lang, cfg.train.text_slots) for r in chunk]
        near = None
        if bank is not None and model.neighbour is not None:
            codes = [c[0] if c else "" for c in bank.nearest([r.utterance for r in chunk], 1)]
            near = targets.padded_ids(tok, codes, cfg.model.neighbour_len)
        outs = sampler.generate(model, sched, tok, utts, 1, steps, 0, neighbour=near)
        for r, utt, cands in zip(chunk, utts, outs):
            code = cands[0].code
            if cfg.train.literals:
                code = literals.from_placeholders(code, literals.extract(utt))
            exact += _same(lang, code, r.code.strip())
            valid += bool(lang.validate(code).valid) if lang else 0
    n = max(1, len(records))
    out = {"n": len(records), "exact_match": round(100 * exact / n, 2), "steps": steps}
    out["valid"] = round(100 * valid / n, 2) if lang else None
    return out


# -- the loop ---------------------------------------------------------------------------------
def _phases(opts: Options, cfg: RunConfig) -> list[tuple[str, int]]:
    if opts.phase not in ("pretrain", "finetune", "both"):
        raise BadInputError(f"--phase must be pretrain, finetune or both, not '{opts.phase}'")
    out = []
    if opts.phase in ("pretrain", "both"):
        out.append(("pretrain", cfg.train.pretrain_steps))
    if opts.phase in ("finetune", "both"):
        out.append(("finetune", cfg.train.finetune_steps))
    return out


def _time_shares(opts: Options, cfg: RunConfig) -> dict[str, float]:
    """Each remaining phase's share of the time left when it starts, from the step counts."""
    phases = _phases(opts, cfg)
    shares, rest = {}, sum(total for _, total in phases)
    for phase, total in phases:
        shares[phase] = total / max(1, rest)
        rest -= total
    return shares


def _card(cfg, opts, result: Result, n_params: dict, data_desc: str) -> str:
    lines = [f"# CodeFusion model: {cfg.lang} ({cfg.preset} preset)", "",
             f"- command: `{opts.command}`", f"- data: {data_desc}",
             f"- steps: {result.steps}", f"- wall time: {result.wall_s:.0f} s",
             f"- stopped early (--max-minutes): {result.stopped_early}",
             f"- parameters: {n_params}", f"- dev (top-1): {result.dev}",
             f"- optimizer: AdamW, peak lr {cfg.train.lr:g}, weight decay {cfg.train.weight_decay:g}",
             f"- literals: {cfg.train.literals}; prediction: {cfg.diffusion.prediction}; "
             f"self-conditioning: {cfg.diffusion.self_condition}; retrieval context: "
             + (f"{cfg.model.neighbour_len} tokens" if cfg.model.neighbour_len else "none"),
             f"- device: {device()}", ""]
    return "\n".join(lines)


def _tokenizer(cfg, train, pretrain, lang, init_tok: CodeTokenizer | None) -> CodeTokenizer:
    """A new BPE tokenizer, or the --init checkpoint's (`init_tok`); either way it spells each
    of the language's `vocabulary_words` (CF's function names) as one token."""
    if init_tok is None:
        codes = [c for _, c in finetune_pairs(train, cfg.train.literals, _canon(cfg))] + pretrain
        init_tok = CodeTokenizer.train(codes, cfg.train.vocab_size)
    return init_tok.with_words(getattr(lang, "vocabulary_words", ()))


def _grow_vocabulary(model, path: Path, old: CodeTokenizer, new: CodeTokenizer) -> None:
    """Load --init weights whose tokenizer `old` lacks tokens `new` added after its ids: the
    embedding and head rows of the old ids are copied; a new token's row starts as the mean of
    the rows of the pieces the old tokenizer cut it into."""
    state = checkpoint.read_tensors(path)
    for key in ("embedding.weight", "head.weight", "head.bias"):
        rows = state[key]
        extra = [rows[old.encode(new.id_to_token(i))].mean(0)
                 for i in range(old.vocab_size, new.vocab_size)]
        state[key] = torch.cat([rows, torch.stack(extra)]) if extra else rows
    # a warm start may add the retrieval context or tuned encoder layers (copies of MiniLM's)
    checkpoint.load_state(model, state, path, checkpoint.NEIGHBOUR_MODULES + ("encoder.tuned",))


@dataclass
class _Run:
    """One training run's moving parts, which its phases and steps share."""

    cfg: RunConfig
    opts: Options
    model: Any
    sched: Any
    tok: CodeTokenizer
    opt: torch.optim.Optimizer
    params: list
    g: torch.Generator
    state: dict  # phase, step, done, elapsed: what a checkpoint stores for --resume
    token_kinds: Callable
    contexts: Any = None
    near: list | None = None
    closest: list | None = None
    bank: Any = None
    deadline: float | None = None  # --max-minutes, as a time.time()
    shares: dict = field(default_factory=dict)  # each phase's share of the time (--anneal-by-time)
    budget: int | None = None  # steps left for this invocation (Options.stop_after)


def _build(cfg: RunConfig, opts: Options, out: Path, train, pretrain) -> _Run:
    """The tokenizer, model, optimizer and random state: new, warm-started (--init) or resumed."""
    if opts.resume:
        cfg = checkpoint.read_config(out)
    lang = language(cfg.lang)
    token_kinds = lang.token_kinds if lang else noising.generic_token_kinds
    init_tok = CodeTokenizer.load(Path(opts.init) / checkpoint.TOKENIZER) if opts.init else None
    tok = CodeTokenizer.load(out / checkpoint.TOKENIZER) if opts.resume else \
        _tokenizer(cfg, train, pretrain, lang, init_tok)
    torch.manual_seed(opts.seed)
    model, sched = checkpoint.build(cfg, tok)
    if init_tok is not None:  # a warm start may add the retrieval context, tokens, tuned layers
        _grow_vocabulary(model, Path(opts.init) / checkpoint.WEIGHTS, init_tok, tok)
    if opts.resume:
        checkpoint.load_weights(model, out / checkpoint.WEIGHTS)
    model.to(device())
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=cfg.train.lr, weight_decay=cfg.train.weight_decay)
    g = torch.Generator().manual_seed(opts.seed)
    state = {"phase": None, "step": 0, "done": {}, "elapsed": 0.0}
    if opts.resume:
        saved = checkpoint.load_train_state(out, opt)
        g.set_state(saved["rng"]["generator"])
        torch.set_rng_state(saved["rng"]["torch"])
        state.update({k: v for k, v in saved.items() if k != "rng"})
    return _Run(cfg, opts, model, sched, tok, opt, params, g, state, token_kinds)


def run(cfg: RunConfig, opts: Options) -> Result:
    """Train per `opts`; checkpoints in opts.out; returns losses, steps and dev scores."""
    set_threads()
    t0 = time.time()
    out = Path(opts.out)
    train, dev, pretrain = load_data(cfg, opts)
    r = _build(cfg, opts, out, train, pretrain)
    cfg, state = r.cfg, r.state
    has_finetune = any(phase == "finetune" for phase, _ in _phases(opts, cfg))
    pairs, r.near, r.bank = neighbour_pairs(train, cfg, r.model) if has_finetune else ([], None, None)
    r.closest = (closest_neighbours(r.tok, pairs, r.near, cfg.train.edit_near)
                 if r.near is not None and cfg.train.edit_fraction > 0 and cfg.train.edit_near > 0
                 else None)
    r.contexts = ContextCache(r.model)
    result = Result(steps=dict(state["done"]), out=str(out))
    n_params = r.model.parameter_counts()
    data_desc = (f"{opts.data_dir}/{cfg.lang}: {len(pretrain)} pre-training snippets, "
                 f"{len(train)} train-minus-dev pairs, {len(dev)} dev")
    extra = extra_pairs(cfg, opts) if has_finetune else []
    if extra:
        data_desc += (f"; {len(extra)} extra pairs from {opts.extra_data} drawn for "
                      f"{opts.extra_ratio:.0%} of each fine-tuning batch")

    def save():
        result.wall_s = state["elapsed"] + time.time() - t0
        st = dict(state, elapsed=result.wall_s)
        st["rng"] = {"generator": r.g.get_state(), "torch": torch.get_rng_state()}
        checkpoint.save(out, r.model, cfg, r.tok, _card(cfg, opts, result, n_params, data_desc),
                        r.opt, st)

    r.deadline = t0 + 60 * opts.max_minutes if opts.max_minutes else None
    r.shares = _time_shares(opts, cfg) if (r.deadline and opts.anneal_by_time) else {}
    r.budget = opts.stop_after
    for phase, total in _phases(opts, cfg):
        if phase in state["done"]:
            continue
        corpus = pretrain if phase == "pretrain" else pairs
        if not corpus:
            raise BadInputError(f"no {phase} data for {cfg.lang} in {opts.data_dir}")
        _run_phase(r, phase, total, corpus, result, save, dev, extra)
        if result.stopped_early:
            break
        state["done"][phase] = state["step"]
        result.steps[phase] = state["step"]
    if dev and (opts.phase != "pretrain"):
        save()  # the weights are safe before the (slower) dev evaluation
        result.dev = evaluate(r.model, r.sched, r.tok, cfg, dev, opts.eval_steps, r.bank)
    if result.stopped_early:
        result.steps[state["phase"]] = state["step"]
    save()
    return result


def _run_phase(r: _Run, phase: str, total: int, corpus: list, result: Result, save: Callable,
               dev: list, extra: list) -> None:
    """The steps of one phase, from where the state left it to `total`, or until its share of
    the time, the deadline or the step budget runs out (then `result.stopped_early`)."""
    state, opts, cfg = r.state, r.opts, r.cfg
    start = state["step"] if state["phase"] == phase else 0
    state["phase"] = phase
    state["step"] = start
    phase_t0 = time.time()
    phase_s = r.shares.get(phase, 0.0) * (r.deadline - phase_t0) if r.shares else 0.0
    bar = _bar(phase, start, total, opts.progress)
    for step in range(start, total):
        time_frac = (time.time() - phase_t0) / phase_s if phase_s > 0 else 0.0
        if phase_s > 0 and time_frac >= 1.0:
            break  # this phase's share of the time is spent: on to the next phase
        if (r.deadline and time.time() > r.deadline) or r.budget == 0:
            result.stopped_early = True
            break
        r.budget = None if r.budget is None else r.budget - 1
        r.model.train()
        for group in r.opt.param_groups:
            group["lr"] = lr_at(step, total, cfg, time_frac)
        idx = torch.randint(0, len(corpus), (cfg.train.batch,), generator=r.g).tolist()
        batch = [corpus[i] for i in idx]
        if phase == "finetune" and extra:
            batch = mixed_batch(batch, extra, opts.extra_ratio, r.g)
        parts = _optimise(r, phase, batch, idx)
        result.losses.append(parts.loss.item())
        state["step"] = step + 1
        bar.update(1)
        bar.set_postfix(loss=f"{parts.loss.item():.3f}", ce=f"{parts.ce:.3f}")
        if phase == "finetune" and opts.eval_every and (step + 1) % opts.eval_every == 0 and dev:
            result.dev = evaluate(r.model, r.sched, r.tok, cfg, dev, opts.eval_steps, r.bank)
            bar.write(f"step {step + 1}: dev {result.dev}", file=sys.stderr)
        if opts.save_every and (step + 1) % opts.save_every == 0:
            save()
    bar.close()


def _optimise(r: _Run, phase: str, batch: list, idx: list[int]):
    """One optimizer step on `batch` (rows `idx` of the phase's corpus); returns the loss parts."""
    if phase == "pretrain":
        parts = pretrain_loss(r.model, r.sched, r.tok, r.cfg, batch, r.g, r.contexts, r.token_kinds)
    else:
        near_batch = [r.near[i] for i in idx] if r.near is not None else None
        close_batch = [r.closest[i] for i in idx] if r.closest is not None else None
        parts = finetune_loss(r.model, r.sched, r.tok, r.cfg, batch, r.g, r.contexts, near_batch,
                              close_batch)
    r.opt.zero_grad(set_to_none=True)
    parts.loss.backward()
    torch.nn.utils.clip_grad_norm_(r.params, r.cfg.train.grad_clip)
    r.opt.step()
    return parts


def _bar(phase: str, start: int, total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, initial=start, desc=phase, file=sys.stderr, disable=not enabled,
                unit="step", dynamic_ncols=True)
