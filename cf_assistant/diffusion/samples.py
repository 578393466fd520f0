"""The candidates a sampler returns: each row's argmax tokens cut at the first pad or eos, scored.

Shared by the torch sampler (`sampler`) and the numpy one (`numpy_model`); `ids` and `logp` may
be torch tensors or numpy arrays (n*k rows, the k samples of each utterance together). It knows
nothing of torch, of the model or of any language.
"""

from __future__ import annotations

from dataclasses import dataclass

from cf_assistant.diffusion.tokenizer import CodeTokenizer


@dataclass(frozen=True)
class Sample:
    code: str
    score: float
    ids: tuple[int, ...]
    draw: int = 0  # the sample's row among its utterance's k (its noise, neighbour and start)
    complete: bool = True  # False: no pad or eos in the whole window, so the code may be cut short


def _score(logp, ids, stop: set[int]) -> tuple[float, int, bool]:
    """Mean log-prob of ids up to and including the first stop token; the cut length; and
    whether a stop token came at all (training targets longer than the window were cut there
    without one, so a sample that fills the window may be a cut-off code)."""
    n = len(ids)
    for i, tok in enumerate(ids.tolist()):
        if tok in stop:
            return float(logp[: i + 1].mean()), i + 1, True
    return float(logp[:n].mean()), n, False


def _collect(tok: CodeTokenizer, ids, logp, n: int, k: int) -> list[list[Sample]]:
    stop = {tok.pad_id, tok.eos_id}
    out = []
    for u in range(n):
        cands = []
        for j in range(u * k, (u + 1) * k):
            score, cut, complete = _score(logp[j], ids[j], stop)
            cands.append(Sample(tok.decode(ids[j].tolist()), score, tuple(ids[j, :cut].tolist()),
                                j - u * k, complete))
        out.append(sorted(cands, key=lambda s: -s.score))
    return out
