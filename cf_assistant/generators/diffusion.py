"""The `diffusion` generator: a trained CodeFusion checkpoint behind `generate(records, k)`.

Loads the checkpoint folder (default: model/<lang> of the repository), samples k candidates per
utterance as one batch and substitutes the utterance's literals back when the model was trained
with literal slots. A model with a retrieval context (`cfa train --neighbours N`) reads, for
candidate i, the i-th nearest distinct example of its example bank: the training records given
(the benchmark passes those of the split it scores), else the `train` split under the default data
folder, else none (`neighbours=False` also means none). `generate_scored(utterances, k)` returns
(code, score) pairs for the suggest pipeline. It knows nothing of validation or ranking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import torch

from cf_assistant import literals, noising, sampler
from cf_assistant.neighbours import ExampleBank, model_minilm
from cf_assistant.paths import MODEL_DIR
from cf_assistant.utterance import prepare


class DiffusionGenerator:
    name = "diffusion"
    uses_training_records = True  # the example bank of a model with a retrieval context

    def __init__(self, lang: str = "cf", train_records=None, checkpoint: str | Path | None = None,
                 steps: int | None = None, seed: int = 0, device: str = "cpu",
                 clamping: bool | None = None, grounding: bool | None = None,
                 oversample: int | None = None, neighbours: bool = True, **_ignored):
        from cf_assistant import checkpoint as ckpt
        from cf_assistant.train import set_threads

        set_threads()  # 2 threads on 2 busy cores thrash: k = 5 took 5 s instead of tens of ms

        folder = Path(checkpoint) if checkpoint else MODEL_DIR / lang
        self.loaded = ckpt.load(folder, device)
        self.lang = lang
        self.steps = steps or self.loaded.config.sample.steps
        self.seed = seed
        self.literals = self.loaded.config.train.literals
        sample = self.loaded.config.sample  # the ablation switches override the checkpoint's
        self.clamping = sample.clamping if clamping is None else clamping
        self.grounding = sample.grounding if grounding is None else grounding
        self.oversample = max(1, int(sample.oversample if oversample is None else oversample))
        self.examples_order = sample.examples  # read by the suggest pipeline
        self.bank = None
        if neighbours and self.loaded.model.neighbour is not None:
            records = train_records if train_records else _default_examples(lang)
            if records:
                cfg = self.loaded.config
                self.bank = ExampleBank(records, lang, cfg.train.literals,
                                        cfg.train.canonical_targets,
                                        model_minilm(self.loaded.model))

    def generate_scored(self, utterances: Sequence[str], k: int) -> list[list[tuple[str, float]]]:
        """Up to k (code, score) pairs per utterance, best score first.

        With `oversample` m > 1, k*m samples are drawn in the same batch and the k best distinct
        codes are kept, so that candidates the sampler draws twice do not use up the k slots."""
        lo = self.loaded
        n_draw = k * self.oversample
        raw, utterances = list(utterances), [prepare(u, self.lang) for u in utterances]
        near = self._neighbour_rows(raw, k) if self.bank is not None else None
        with torch.inference_mode():
            outs = sampler.generate(lo.model, lo.scheduler, lo.tokenizer, utterances, n_draw,
                                    self.steps, self.seed, self.clamping, self.grounding,
                                    neighbour=near)
        result = []
        for utt, cands in zip(utterances, outs):
            lits = literals.extract(utt) if self.literals else None
            scored = [(literals.from_placeholders(c.code, lits) if lits else c.code, c.score)
                      for c in cands]
            result.append(_distinct(scored, k) if self.oversample > 1 else scored)
        return result

    def _neighbour_rows(self, utterances: list[str], k: int):
        """The retrieval context of each sample: the i-th nearest distinct example feeds the
        `oversample` draws of candidate i (no neighbour where the bank has fewer)."""
        rows = []
        for near in self.bank.nearest(utterances, k):
            near = near + [""] * (k - len(near))
            rows += [code for code in near for _ in range(self.oversample)]
        lo = self.loaded
        return noising.padded_ids(lo.tokenizer, rows, lo.config.model.neighbour_len)

    def generate(self, records, k: int) -> list[list[str]]:
        return [[code for code, _ in cands]
                for cands in self.generate_scored([r.utterance for r in records], k)]


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


def _distinct(scored: list[tuple[str, float]], k: int) -> list[tuple[str, float]]:
    """The k best-scoring codes, each spelling once (whitespace runs count as one space)."""
    seen, out = set(), []
    for code, score in sorted(scored, key=lambda cs: -cs[1]):
        key = " ".join(code.split())
        if key not in seen:
            seen.add(key)
            out.append((code, score))
    return out[:k]
