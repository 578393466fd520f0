"""The `autoregressive` generator: the T5-decoder baseline behind `generate(records, k)`.

Loads a checkpoint written by `cfa train-ar` (default: model/autoregressive/<lang> of the
repository), runs beam search (5 beams, or k when larger) and substitutes the utterance's literals
back into the slots (distinct texts only). `generate_scored(utterances, k)` gives (code, beam score) pairs. It knows
nothing of validation, ranking or metrics.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import torch

from cf_assistant.diffusion import literals
from cf_assistant.paths import MODEL_DIR


class AutoregressiveGenerator:
    name = "autoregressive"
    uses_training_records = False

    def __init__(self, lang: str = "cf", train_records=None,
                 checkpoint: str | Path | None = None):
        from cf_assistant.diffusion.runtime import set_threads
        from cf_assistant.generators.ar_network import load

        set_threads()
        self.lang = lang
        self.model = load(Path(checkpoint) if checkpoint else MODEL_DIR / "autoregressive" / lang)

    def generate_scored(self, utterances: Sequence[str], k: int) -> list[list[tuple[str, float]]]:
        from cf_assistant.diffusion.utterance import prepare

        utterances = [prepare(u, self.lang) for u in utterances]  # as training saw them
        with torch.inference_mode():
            outs = self.model.generate(list(utterances), k)
        result = []
        for utt, cands in zip(utterances, outs):
            lits = literals.extract(utt) if self.model.cfg.literals else None
            seen, kept = set(), []
            for code, score in cands:  # an unfilled slot becomes "": texts may collide again
                code = literals.from_placeholders(code, lits) if lits else code
                if code not in seen:
                    seen.add(code)
                    kept.append((code, score))
            result.append(kept)
        return result

    def generate(self, records, k: int) -> list[list[str]]:
        return [[code for code, _ in cands]
                for cands in self.generate_scored([r.utterance for r in records], k)]
