"""The `diffusion` generator: a trained CodeFusion checkpoint behind `generate(records, k)`.

Loads the checkpoint folder (default: model/<lang> of the repository), samples k candidates per
utterance as one batch and substitutes the utterance's literals back when the model was trained
with literal slots. A model with a retrieval context (`cfa train --neighbours N`) reads, for
candidate i, the i-th nearest distinct example of its example bank: the training records given
(the benchmark passes those of the split it scores), else the `train` split under the default data
folder, else none (`neighbours=False` also means none). With `strength` s < 1 (the config's
`sample.strength`, or the option) candidate i's sampling also starts from that example's code,
noised to timestep s*(T-1), and the candidates come in the examples' order (`keeps_order`).
With `rerank` λ > 0 (config `sample.rerank`) and s < 1 the examples are first put in order:
the `rerank_pool` nearest by cosine similarity + λ * the model's mean log-likelihood of each
one's code given the request (`sampler.code_likelihood`), and the first k are sampled from.
A sample that fills the model's whole code window without ending is dropped: training cut longer
codes at the window, so it may be a command cut short, which can do something else than the
whole one. On the dev splits only Bash sampled from long examples does it: 228 of 10,270
samples, 64 of them still valid Bash; none from pure noise, none for Python or CF.
`generate_scored(utterances, k)` returns (code, score) pairs for the suggest pipeline. Within one
call the requests are encoded (E) once: the rerank's likelihood and the sampling read the same
E_s (`_EncodeOnce`), as each would compute it alike. It knows nothing of validation or ranking.

Two engines run a checkpoint: `numpy` (`cf_assistant.diffusion.numpy_model`: no torch import,
which was most of a cold `cfa suggest`) and `torch` (`network` + `sampler`, which training uses);
they give the same candidates up to float32 rounding. `engine="auto"` (or $CFA_ENGINE) takes numpy
wherever it can run the checkpoint and options (`numpy_model.unsupported`), else torch; torch is
faster per request in large batches (measured in benchmarks/summary.md), so `cfa serve` asks for
it. `precision="bf16"` (or $CFA_PRECISION; torch only) runs the model under torch's CPU autocast:
its matrix products in bfloat16, which this project's CPU (AMX) multiplies about five times faster
(a CPU without bfloat16 units was not measured). Its candidates are not float32's bit for bit: on
the older sets' dev halves (5,208 records) the first code was the same on 5,201 and top-1 moved +2
-2 (benchmarks/summary.md), so fp32 stays the default and `cfa serve --precision bf16` is a choice.
"""

from __future__ import annotations

import contextlib
import math
import os
from pathlib import Path
from typing import Sequence

from cf_assistant.diffusion import literals
from cf_assistant.errors import BadInputError
from cf_assistant.retrieval.neighbours import ExampleBank, model_minilm
from cf_assistant.paths import MODEL_DIR
from cf_assistant.diffusion.utterance import prepare


class DiffusionGenerator:
    name = "diffusion"
    uses_training_records = True  # the example bank of a model with a retrieval context

    def __init__(self, lang: str = "cf", train_records=None, checkpoint: str | Path | None = None,
                 steps: int | None = None, seed: int = 0, device: str = "cpu",
                 clamping: bool | None = None, grounding: bool | None = None,
                 oversample: int | None = None, neighbours: bool = True,
                 strength: float | None = None, rerank: float | None = None,
                 engine: str | None = None, precision: str | None = None, **_ignored):
        from cf_assistant.diffusion import checkpoint as ckpt
        from cf_assistant.diffusion.runtime import set_threads

        folder = Path(checkpoint) if checkpoint else MODEL_DIR / lang
        self.precision = _precision(precision)
        self.engine = self._engine(folder, engine, device, clamping, grounding, self.precision)
        if self.engine == "torch":
            import torch  # noqa: F401 - before set_threads, which sets torch's threads once imported
        set_threads()  # 2 threads on 2 busy cores thrash: k = 5 took 5 s instead of tens of ms
        self.loaded = ckpt.load_numpy(folder) if self.engine == "numpy" else ckpt.load(folder, device)
        self.lang = lang
        self.steps = steps or self.loaded.config.sample.steps
        self.seed = seed
        self.literals = self.loaded.config.train.literals
        self.text_slots = self.loaded.config.train.text_slots
        sample = self.loaded.config.sample  # the ablation switches override the checkpoint's
        self.clamping = sample.clamping if clamping is None else clamping
        self.grounding = sample.grounding if grounding is None else grounding
        self.oversample = max(1, int(sample.oversample if oversample is None else oversample))
        self.examples_order = sample.examples  # read by the suggest pipeline
        self.strength = _strength(sample.strength if strength is None else strength)
        self.rerank = _rerank(sample.rerank if rerank is None else rerank)
        self.rerank_pool = max(1, int(sample.rerank_pool))
        self.bank = None
        if neighbours and self.loaded.model.neighbour is not None:
            records = train_records if train_records else _default_examples(lang)
            if records:
                cfg = self.loaded.config
                self.bank = ExampleBank(records, lang, cfg.train.literals,
                                        cfg.train.canonical_targets,
                                        model_minilm(self.loaded.model))

    @staticmethod
    def _engine(folder: Path, engine: str | None, device: str, clamping, grounding,
                precision: str = "fp32") -> str:
        """"numpy" or "torch": the one asked for (argument, else $CFA_ENGINE, else auto); auto is
        numpy where it can run the checkpoint with these options, and torch in bf16 (numpy
        computes in float32). Numpy asked for where it cannot is refused, saying why."""
        from cf_assistant.diffusion import checkpoint as ckpt
        from cf_assistant.diffusion.numpy_model import unsupported

        choice = (engine or os.environ.get("CFA_ENGINE") or "auto").strip().lower()
        if choice not in ("auto", "numpy", "torch"):
            raise BadInputError(f"the engine must be auto, numpy or torch, not {choice!r}")
        if precision == "bf16" and choice == "numpy":
            raise BadInputError("bf16 runs on the torch engine only (numpy computes in float32)")
        if choice == "torch" or precision == "bf16":
            return "torch"
        ckpt.check_folder(folder)
        cfg = ckpt.read_config(folder)
        sample = cfg.sample
        why = unsupported(cfg, device, sample.clamping if clamping is None else clamping,
                          sample.grounding if grounding is None else grounding)
        if why is not None and choice == "numpy":
            raise BadInputError(why)
        return "torch" if why else "numpy"

    @property
    def keeps_order(self) -> bool:
        """Sampling from the retrieved examples, the candidates come in the examples' order (the
        suggest pipeline keeps it): by score the model ranks them worse than retrieval does."""
        return self.bank is not None and self.strength < 1.0

    def generate_scored(self, utterances: Sequence[str], k: int) -> list[list[tuple[str, float]]]:
        """Up to k (code, score) pairs per utterance, best score first (sampling from the
        examples: in the examples' order, each example's draws best score first); samples that
        fill the whole window, perhaps cut short, are left out.

        With `oversample` m > 1, k*m samples are drawn in the same batch and the k best distinct
        codes are kept, so that candidates the sampler draws twice do not use up the k slots."""
        lo = self.loaded
        n_draw = k * self.oversample
        raw, utterances = list(utterances), [prepare(u, self.lang, self.text_slots)
                                               for u in utterances]
        start = None
        if self.engine == "numpy":
            from cf_assistant.diffusion import numpy_model

            d = lo.config.diffusion
            outs = numpy_model.generate(lo.model, lo.tokenizer, utterances, n_draw, self.steps,
                                        self.seed, d.steps, d.s, d.prediction)
        else:
            outs, start = self._torch_samples(raw, utterances, k, n_draw)
        result = []
        for utt, cands in zip(utterances, outs):
            cands = [c for c in cands if c.complete]  # no code cut at the window
            if start is not None:  # the order of the examples they started from, then score
                cands = sorted(cands, key=lambda c: (c.draw // self.oversample, -c.score))
            lits = literals.extract(utt) if self.literals else None
            scored = [(literals.from_placeholders(c.code, lits) if lits else c.code, c.score)
                      for c in cands]
            result.append(_distinct(scored, k, by_score=start is None)
                          if self.oversample > 1 else scored)
        return result

    def _torch_samples(self, raw: list[str], utterances: list[str], k: int, n_draw: int):
        """The torch engine's samples, and the start codes (None: from pure noise)."""
        import torch

        from cf_assistant.diffusion import sampler
        from cf_assistant.diffusion.targets import padded_ids

        lo = self.loaded
        model = _EncodeOnce(lo.model)
        rows = self._neighbour_codes(raw, utterances, k, model) if self.bank is not None else None
        near = start = None
        if rows is not None:
            near = padded_ids(lo.tokenizer, rows, lo.config.model.neighbour_len)
            if self.keeps_order:
                start = padded_ids(lo.tokenizer, rows, lo.config.model.code_len)
        with torch.inference_mode(), _autocast(self.precision):
            outs = sampler.generate(model, lo.scheduler, lo.tokenizer, utterances, n_draw,
                                    self.steps, self.seed, self.clamping, self.grounding,
                                    neighbour=near, start=start, strength=self.strength)
        return outs, start

    def _neighbour_codes(self, raw: list[str], prepared: list[str], k: int, model=None
                         ) -> list[str]:
        """The retrieval context of each sample (row): the i-th nearest distinct example feeds
        the `oversample` draws of candidate i ("" where the bank has fewer: no neighbour). When
        sampling starts from the examples (strength < 1), an example's literal slots that the
        request cannot fill carry the example's own literals (else they would come out empty);
        from pure noise the examples are read as the model was trained, slots and all. With
        `rerank` (sampling from the examples only) candidate i's example is the i-th of the
        `rerank_pool` nearest in the mixed order of `_reranked`."""
        fit = self.literals and self.strength < 1.0
        rerank = self.keeps_order and self.rerank > 0
        pool = max(k, self.rerank_pool) if rerank else k
        per_request = []
        for utt, scored in zip(prepared, self.bank.nearest_scored(raw, pool)):
            lits = literals.extract(utt) if fit else None
            per_request.append(([self.bank.fitted(i, lits) if lits else self.bank.targets[i]
                                 for i, _ in scored], [sim for _, sim in scored]))
        ordered = (self._reranked(prepared, per_request, model) if rerank
                   else [codes for codes, _ in per_request])
        rows = []
        for near in ordered:
            near = (near + [""] * k)[:k]
            rows += [code for code in near for _ in range(self.oversample)]
        return rows

    def _reranked(self, prepared: list[str], per_request, model=None) -> list[list[str]]:
        """Each request's codes, given as (codes, similarities), ordered by similarity + rerank *
        the model's likelihood of each code (`sampler.code_likelihood` of `model`, default the
        loaded one; one batch for all requests); ties keep the similarity order."""
        import torch

        from cf_assistant.diffusion import sampler
        from cf_assistant.diffusion.targets import padded_ids

        lo = self.loaded
        model = lo.model if model is None else model
        owners = [u for u, (codes, _) in enumerate(per_request) for _ in codes]
        codes = [code for codes, _ in per_request for code in codes]
        if not codes:
            return [mine for mine, _ in per_request]
        ids, pad = padded_ids(lo.tokenizer, codes, lo.config.model.code_len)
        with torch.inference_mode(), _autocast(self.precision):
            lik = sampler.code_likelihood(model, lo.scheduler, prepared, owners, ids, pad,
                                          seed=self.seed).tolist()
        out, at = [], 0
        for mine, sims in per_request:
            mixed = [sim + self.rerank * x for sim, x in zip(sims, lik[at:at + len(mine)])]
            at += len(mine)
            order = sorted(range(len(mine)), key=lambda i: -mixed[i])
            out.append([mine[i] for i in order])
        return out

    def generate(self, records, k: int) -> list[list[str]]:
        return [[code for code, _ in cands]
                for cands in self.generate_scored([r.utterance for r in records], k)]


class _EncodeOnce:
    """The model, whose `encode` (E: MiniLM and its projection) runs once per list of texts: the
    rerank's likelihood and the sampling of one `generate_scored` call encode the same requests.
    The same tensors come back (neither reader writes to them), so nothing read changes; built per
    call, so nothing is kept between calls or shared between threads."""

    def __init__(self, model):
        self._model = model
        self._encoded: tuple[tuple[str, ...], tuple] | None = None

    def __getattr__(self, name: str):
        return getattr(self._model, name)

    def encode(self, texts: list[str]) -> tuple:
        key = tuple(texts)
        if self._encoded is None or self._encoded[0] != key:
            self._encoded = (key, self._model.encode(list(texts)))
        return self._encoded[1]


PRECISIONS = ("fp32", "bf16")


def _precision(asked: str | None) -> str:
    """The torch engine's arithmetic: the one asked for, else $CFA_PRECISION, else fp32."""
    choice = (asked or os.environ.get("CFA_PRECISION") or "fp32").strip().lower()
    if choice not in PRECISIONS:
        raise BadInputError(f"the precision must be fp32 or bf16, not {choice!r}")
    return choice


def _autocast(precision: str):
    """bf16: torch's CPU autocast (matrix products in bfloat16, which CPUs with AMX or AVX-512
    BF16 multiply several times faster: benchmarks/summary.md); fp32: nothing."""
    import torch

    if precision != "bf16":
        return contextlib.nullcontext()
    return torch.autocast("cpu", dtype=torch.bfloat16)


def _default_examples(lang: str):
    """The example bank when none is given: the benchmark's training records for `lang` under
    the default data folder ($CFA_DATA or ../shared/data), or [] when they are not there."""
    from cf_assistant.data import load_split
    from cf_assistant.paths import default_data_dir

    path = default_data_dir() / lang / "train.json"
    if not path.is_file():
        return []
    records, _ = load_split(path, "train", lang)
    return records


def _strength(value) -> float:
    """A sampling start in 0..1 (1: pure noise); a config or option outside it is refused."""
    return _number(value, 0.0, 1.0, "the sampling strength must be between 0 and 1")


def _rerank(value) -> float:
    """The likelihood weight of the examples' order (0: by similarity alone); below 0 refused."""
    return _number(value, 0.0, math.inf, "the rerank weight must be 0 or more")


def _number(value, low: float, high: float, refusal: str) -> float:
    """`value` as a number in low..high; anything else (NaN, text) is refused with `refusal`."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        x = math.nan
    if not low <= x <= high:
        raise BadInputError(f"{refusal}, not {value!r}")
    return x


def _distinct(scored: list[tuple[str, float]], k: int, by_score: bool = True
              ) -> list[tuple[str, float]]:
    """The first k codes, each spelling once (whitespace runs count as one space), by score
    (best first) or in the order given."""
    seen, out = set(), []
    for code, score in (sorted(scored, key=lambda cs: -cs[1]) if by_score else scored):
        key = " ".join(code.split())
        if key not in seen:
            seen.add(key)
            out.append((code, score))
    return out[:k]
