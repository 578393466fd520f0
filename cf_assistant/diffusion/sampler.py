"""The denoising loop: k candidates per utterance as one batch, with per-token log-probs.

E runs once per utterance; its E_s is shared by the k candidates (N and D take it once per utterance
and project its keys and values once for all k; a model with a retrieval context repeats it per
candidate, each with its own neighbour), whose initial noise comes from a
torch.Generator seeded with `seed` (the same for every utterance, so an utterance's candidates do
not depend on what else is in the call). Each candidate is the argmax token of H(D(x̂0)) per
position, cut at the first pad or eos, with a score: the mean log-probability of the kept tokens
and the terminating one; a candidate with neither in the whole window is marked incomplete
(`Sample.complete`), as training cut longer codes at the window. Ablations: `clamping` (x̂0 snapped
to the nearest vocabulary embedding at every step) and `grounding` (no decoder: nearest vocabulary
embedding after the last step). `start` begins the loop part-way (SDEdit, Meng et al. 2022): each
sample's x_t at timestep t0 = strength * (T - 1) is a given code's embedding noised to t0 (the
retrieval context's example, for a model with one), and the steps run from t0 down; a row with no
code starts from pure noise at t0. This module knows no language; literal substitution is the
caller's.
"""

from __future__ import annotations

import torch

from cf_assistant.diffusion.samples import Sample, _collect  # noqa: F401 (Sample: re-exported)
from cf_assistant.diffusion.tokenizer import CodeTokenizer


def _noise(n: int, k: int, shape: tuple[int, int], seed: int, device) -> torch.Tensor:
    g = torch.Generator().manual_seed(int(seed))
    one = torch.randn((k, *shape), generator=g)  # (k, L, emb_dim), same for each utterance
    return one.repeat(n, 1, 1).to(device)  # (n*k, L, emb_dim)


@torch.no_grad()
def generate(model, scheduler, tokenizer: CodeTokenizer, utterances: list[str], k: int,
             steps: int, seed: int = 0, clamping: bool = False, grounding: bool = False,
             trace=None, neighbour=None, start=None, strength: float = 1.0
             ) -> list[list[Sample]]:
    """k candidates per utterance, in the model's order of score (best first).

    `neighbour` (ids, pad), each (n*k, Ln), is the retrieval context of every sample, row by row
    (models with one; None: no neighbour). `start` (ids, pad), each (n*k, code_len): the code
    each sample starts from when `strength` < 1 (None, or strength 1: pure noise at T-1).

    `trace(t, x0_hat, E_s, E_pad)`, when given, is called after every denoising step (figures)."""
    if not utterances:
        return []
    model.eval()
    cfg = model.cfg
    n = len(utterances)
    E_s, E_pad = model.encode(list(utterances))  # (n, Le, W): one row for an utterance's k samples
    if model.neighbour is not None:  # each sample has its own retrieval context
        E_s, E_pad = model.with_neighbours(E_s.repeat_interleave(k, dim=0),
                                           E_pad.repeat_interleave(k, dim=0), *(neighbour or (None, None)))
    x = _noise(n, k, (cfg.code_len, cfg.emb_dim), seed, E_s.device)
    t0 = None
    if start is not None and strength < 1.0:
        t0 = max(0, min(scheduler.T - 1, round(float(strength) * (scheduler.T - 1))))
        x = _noised_start(model, scheduler, x, start, t0)
    ts = scheduler.set_timesteps(steps, t0).tolist()
    snap = (lambda v: model.embed(model.nearest_tokens(v))) if clamping else None
    x0_hat = None
    for i, t in enumerate(ts):
        prev = ts[i + 1] if i + 1 < len(ts) else -1
        tt = torch.full((x.shape[0],), t, dtype=torch.long, device=x.device)
        out = model.denoise(x, tt, E_s, E_pad, x0_hat)
        step = scheduler.step(out, t, x, prev, x0_transform=snap)
        x, x0_hat = step.prev_sample, step.pred_original_sample
        if trace is not None:
            trace(t, x0_hat, E_s, E_pad)
    if grounding:
        ids = model.nearest_tokens(x0_hat)
        logp = torch.zeros(ids.shape, device=ids.device)
    else:
        logp_all = model.logits(model.decode(x0_hat, E_s, E_pad)).log_softmax(-1)
        logp, ids = logp_all.max(-1)  # (n*k, L)
    return _collect(tokenizer, ids.cpu(), logp.cpu(), n, k)


LIKELIHOOD_TIMESTEPS = (200, 600, 1000)


@torch.no_grad()
def code_likelihood(model, scheduler, utterances: list[str], owners: list[int], ids: torch.Tensor,
                    pad: torch.Tensor, timesteps=LIKELIHOOD_TIMESTEPS, seed: int = 0
                    ) -> torch.Tensor:
    """How well the model reconstructs each row's code from noise, given its utterance
    (`utterances[owners[row]]`) and no neighbour: the mean log-probability of the code's tokens
    and the pad after them, decoded from x̂0 at each of `timesteps` (the code's embedding noised
    with seeded noise, the same for every row, so that a row's score depends on nothing else in
    the batch), averaged over the timesteps. Shape (rows,); higher is more likely.

    An utterance's rows at all the timesteps are one batch that reads its single E_s row, so N
    and D project its keys and values once for the batch (`network._cross`), and the head runs
    only at the positions scored: the same numbers as one pass per timestep over E_s repeated
    per row, in less time."""
    model.eval()
    E_s, E_pad = model.encode(list(utterances))
    E_s, E_pad = model.with_neighbours(E_s, E_pad, None, None)  # (n, Le + Ln, W): no neighbour
    ids, pad = ids.to(E_s.device), pad.to(E_s.device)
    x0 = model.embed(ids)
    rows = torch.arange(len(ids), device=ids.device)
    mask = (~pad).float()
    mask[rows, (~pad).sum(1).clamp(max=ids.shape[1] - 1)] = 1.0  # the terminating pad counts
    ts = [min(int(t), scheduler.T - 1) for t in timesteps]
    eps = [torch.randn(x0.shape[1:], generator=torch.Generator().manual_seed(int(seed) + t))
           .to(x0.device) for t in ts]  # one draw per timestep for every row: rows compare alike
    owner = torch.tensor(owners, dtype=torch.long, device=ids.device)
    total = torch.zeros(len(ids), device=ids.device)
    for u in range(len(utterances)):
        mine = (owner == u).nonzero().squeeze(1)
        if len(mine):
            total[mine] = _likelihood_sum(model, scheduler, E_s[u : u + 1], E_pad[u : u + 1],
                                          x0[mine], ids[mine], mask[mine], ts, eps)
    return (total / len(timesteps)).cpu()


def _likelihood_sum(model, scheduler, E_s, E_pad, x0, ids, mask, ts: list[int], eps
                    ) -> torch.Tensor:
    """For r codes of one utterance (E_s, E_pad: its one row), the sum over `ts` of each code's
    masked mean token log-probability, the timesteps added in their order (r,). All r * len(ts)
    rows run as one batch, timestep-major; the head and its log-softmax only where mask is 1."""
    r, n = len(ids), len(ts)
    tt = torch.tensor(ts, dtype=torch.long, device=ids.device).repeat_interleave(r)
    x0s = x0.repeat(n, 1, 1)
    x_t = scheduler.add_noise(x0s, torch.stack(eps).repeat_interleave(r, dim=0), tt)
    x0_hat = scheduler.x0_from(model.denoise(x_t, tt, E_s, E_pad), tt, x_t)
    D_s = model.decode(x0_hat, E_s, E_pad)
    masks, all_ids = mask.repeat(n, 1), ids.repeat(n, 1)
    scored = masks.bool()
    token = torch.zeros(masks.shape, device=ids.device)
    logp = model.logits(D_s[scored]).log_softmax(-1)  # (scored positions, V)
    token[scored] = logp.gather(-1, all_ids[scored].unsqueeze(-1)).squeeze(-1)
    per = ((token * masks).sum(1) / masks.sum(1)).view(n, r)
    total = torch.zeros(r, device=ids.device)
    for i in range(n):
        total += per[i]
    return total


def _noised_start(model, scheduler, eps: torch.Tensor, start, t0: int) -> torch.Tensor:
    """x_t0 of each row: its start code's embedding noised to t0 with the row's noise `eps`;
    pure noise where the row has no code (its pad mask all True)."""
    ids, pad = start
    ids = ids[:, : eps.shape[1]].to(eps.device)
    tt = torch.full((eps.shape[0],), t0, dtype=torch.long, device=eps.device)
    x = scheduler.add_noise(model.embed(ids), eps, tt)
    empty = pad.to(eps.device).all(dim=1).view(-1, 1, 1)
    return torch.where(empty, eps, x)
