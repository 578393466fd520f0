"""The CodeFusion network and its sampler for inference in numpy: the shipped models without torch.

`cfa suggest` and `cfa lsp` answer with a trained checkpoint; running it in torch meant importing
torch (about 1.5 s of every cold start here) and building the modules before loading their
weights (`cfa serve`, long-running, keeps torch by default: faster in its batches). This module reads the same checkpoint folder (model.safetensors as numpy
arrays, config.json, tokenizer.json) and computes what `network.CodeFusion` and
`sampler.generate` compute: E (MiniLM, `numpy_minilm`, and its projection), N (pre-LayerNorm
decoder layers over the noisy code embedding, a sinusoidal timestep embedding, cross-attention to
E_s), D and H, the DDIM steps of the sqrt schedule (`schedule`), from the same seeded initial
noise (`numpy_ops.torch_randn`). The candidates are those of the torch sampler up to float32
rounding (tests/diffusion/test_numpy_engine.py; the dev halves' candidates compared in
benchmarks/summary.md). As there, E_s is computed once per utterance and its keys and values
once for its k samples, and the first step, where every utterance's samples start from the same
noise, runs the part that sees only them once.

What it runs: a MiniLM encoder (frozen, with or without fine-tuned top layers, or fine-tuned
whole), x0 or eps
prediction, self-conditioning or not, on the CPU, without a retrieval context, clamping or
grounding; `unsupported` says why a checkpoint or option needs the torch engine, which training,
the figures and those ablations keep using.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from cf_assistant.config import ModelConfig, RunConfig
from cf_assistant.diffusion.numpy_minilm import BertLayer, NumpyMiniLM
from cf_assistant.diffusion.numpy_ops import (F32, LayerNorm, Linear, attend, gelu, log_softmax_max,
                                              silu, torch_randn)
from cf_assistant.diffusion.samples import Sample, _collect
from cf_assistant.diffusion.schedule import alphas_cumprod, timesteps
from cf_assistant.diffusion.tokenizer import CodeTokenizer
from cf_assistant.errors import CheckpointError

_LN_EPS = 1e-5  # nn.LayerNorm's and nn.TransformerDecoderLayer's default


def unsupported(cfg: RunConfig, device: str = "cpu", clamping: bool = False,
                grounding: bool = False) -> str | None:
    """Why this engine cannot run the checkpoint with these options (None: it can)."""
    m = cfg.model
    if str(device) != "cpu":
        return f"the numpy engine runs on the CPU, not {device}"
    if m.encoder != "minilm":
        return f"the numpy engine runs the MiniLM encoder, not {m.encoder!r}"
    if m.neighbour_len > 0:
        return "the numpy engine has no retrieval context (neighbour_len > 0)"
    if clamping or grounding:
        return "clamping and grounding are torch-only ablations"
    if m.code_len * m.emb_dim < 16:
        return "a code window of fewer than 16 values"
    return None


class _DecoderLayer:
    """nn.TransformerDecoderLayer (norm first, GELU, eval): x + SA(LN1 x), + CA(LN2 x, E_s),
    + FF(LN3 x)."""

    def __init__(self, w: dict[str, np.ndarray], p: str, heads: int):
        self.heads = heads
        self.norms = [LayerNorm(w[f"{p}norm{i}.weight"], w[f"{p}norm{i}.bias"], _LN_EPS)
                      for i in (1, 2, 3)]
        self.sa_in = Linear(w[f"{p}self_attn.in_proj_weight"], w[f"{p}self_attn.in_proj_bias"])
        self.sa_out = Linear(w[f"{p}self_attn.out_proj.weight"], w[f"{p}self_attn.out_proj.bias"])
        E = self.sa_out.out_features
        wq, wkv = np.split(w[f"{p}multihead_attn.in_proj_weight"], [E])
        bq, bkv = np.split(w[f"{p}multihead_attn.in_proj_bias"], [E])
        self.ca_q, self.ca_kv = Linear(wq, bq), Linear(wkv, bkv)
        self.ca_out = Linear(w[f"{p}multihead_attn.out_proj.weight"],
                             w[f"{p}multihead_attn.out_proj.bias"])
        self.ff1 = Linear(w[f"{p}linear1.weight"], w[f"{p}linear1.bias"])
        self.ff2 = Linear(w[f"{p}linear2.weight"], w[f"{p}linear2.bias"])

    def __call__(self, x: np.ndarray, memory: np.ndarray, bias: np.ndarray, repeat: int = 1
                 ) -> np.ndarray:
        """x (B, L, E); memory (n, S, E), each row read by B / n consecutive rows of x (after
        `repeat`: x holds one group standing for `repeat` equal ones, repeated after the
        self-attention); bias (n, 1, 1, S) additive."""
        x = x + self._self_attention(self.norms[0](x))
        if repeat > 1:
            x = np.tile(x, (repeat, 1, 1))
        x += self._cross_attention(self.norms[1](x), memory, bias)
        x += self.ff2(gelu(self.ff1(self.norms[2](x))))
        return x

    def _self_attention(self, h: np.ndarray) -> np.ndarray:
        B, L, E = h.shape
        H = self.heads
        qkv = self.sa_in(h).reshape(B, L, 3, H, E // H).transpose(2, 0, 3, 1, 4)  # (3, B, H, L, Dh)
        y = attend(qkv[0], qkv[1], qkv[2], None)  # (B, H, L, Dh)
        return self.sa_out(y.transpose(0, 2, 1, 3).reshape(B, L, E))

    def _cross_attention(self, h: np.ndarray, memory: np.ndarray, bias: np.ndarray) -> np.ndarray:
        B, L, E = h.shape
        n, S, _ = memory.shape
        H, g = self.heads, B // n
        q = self.ca_q(h).reshape(n, g, L, H, E // H).transpose(0, 3, 1, 2, 4).reshape(n, H, g * L, E // H)
        kv = self.ca_kv(memory).reshape(n, S, 2, H, E // H).transpose(2, 0, 3, 1, 4)  # (2, n, H, S, Dh)
        y = attend(q, kv[0], kv[1], bias)  # (n, H, g*L, Dh)
        y = y.reshape(n, H, g, L, E // H).transpose(0, 2, 3, 1, 4).reshape(B, L, E)
        return self.ca_out(y)


class _Stack:
    """N or D: input projection + positions (+ timestep), decoder layers, LayerNorm, output."""

    def __init__(self, w: dict[str, np.ndarray], p: str, n_layers: int, heads: int):
        self.inp = Linear(w[f"{p}inp.weight"], w[f"{p}inp.bias"])
        self.pos = np.asarray(w[f"{p}pos"][0], F32)  # (code_len, width)
        self.layers = [_DecoderLayer(w, f"{p}layers.{i}.", heads) for i in range(n_layers)]
        self.norm = LayerNorm(w[f"{p}norm.weight"], w[f"{p}norm.bias"], _LN_EPS)
        self.out = Linear(w[f"{p}out.weight"], w[f"{p}out.bias"])

    def run(self, h: np.ndarray, memory: np.ndarray, bias: np.ndarray, repeat: int = 1) -> np.ndarray:
        for i, layer in enumerate(self.layers):
            h = layer(h, memory, bias, repeat if i == 0 else 1)
        return self.out(self.norm(h))


def timestep_embedding(t: int, dim: int) -> np.ndarray:
    """`network.timestep_embedding` of one timestep (dim,), in float32 as torch computes it."""
    half = dim // 2
    freqs = np.exp(F32(-math.log(10000.0)) * np.arange(half, dtype=F32) / F32(half))
    args = F32(t) * freqs
    return np.concatenate([np.cos(args), np.sin(args)]).astype(F32)


class NumpyCodeFusion:
    """E, N, D, H and L of a checkpoint, for sampling (`generate`)."""

    def __init__(self, cfg: ModelConfig, weights: dict[str, np.ndarray], minilm: NumpyMiniLM,
                 self_condition: bool = False):
        self.cfg, self.minilm, self.self_condition = cfg, minilm, self_condition
        self.neighbour = None  # no retrieval context (`unsupported` sends those to torch)
        w = weights
        tuned = cfg.tuned_encoder_layers if cfg.freeze_encoder else 0
        if not cfg.freeze_encoder:  # a fine-tuned MiniLM is stored whole in the checkpoint
            minilm = NumpyMiniLM(minilm.config, {k.removeprefix("encoder.backbone.net."): v
                                                 for k, v in w.items()}, minilm.tokenizer)
            self.minilm = minilm
        self.below = len(minilm.layers) - tuned
        self.tuned = [BertLayer(w, f"encoder.tuned.{i}.", minilm.config) for i in range(tuned)]
        self.proj = Linear(w["encoder.proj.0.weight"], w["encoder.proj.0.bias"])
        self.proj_norm = LayerNorm(w["encoder.proj.1.weight"], w["encoder.proj.1.bias"], _LN_EPS)
        self.denoiser = _Stack(w, "denoiser.", cfg.denoiser_layers, cfg.heads)
        self.time1 = Linear(w["denoiser.time.0.weight"], w["denoiser.time.0.bias"])
        self.time2 = Linear(w["denoiser.time.2.weight"], w["denoiser.time.2.bias"])
        self.decoder = _Stack(w, "decoder.", cfg.decoder_layers, cfg.heads)
        self.head = Linear(w["head.weight"], w["head.bias"])

    def encode(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """E_s (n, Le, width) and its padding mask (n, Le), True where padded."""
        ids, mask = self.minilm.tokenize(texts, self.cfg.utt_len)
        if self.tuned:
            hidden = self.minilm.lower(ids, mask, self.below, self.tuned)
        else:
            hidden = self.minilm(ids, mask)
        return self.proj_norm(self.proj(hidden)), mask == 0

    def denoise(self, x_t: np.ndarray, t: int, E_s: np.ndarray, bias: np.ndarray,
                x0_prev: np.ndarray | None = None, repeat: int = 1) -> np.ndarray:
        """x̂0 (or ε̂) for x_t (B, L, emb_dim) at timestep t; `repeat` r: x_t (and x0_prev) hold
        one group of rows that stands for r equal groups, one per row of E_s."""
        if self.self_condition:
            x_t = np.concatenate([x_t, np.zeros_like(x_t) if x0_prev is None else x0_prev], -1)
        d = self.denoiser
        h = d.inp(x_t) + d.pos[: x_t.shape[1]]
        h += self.time2(silu(self.time1(timestep_embedding(t, self.cfg.width))))
        return d.run(h, E_s, bias, repeat)

    def decode(self, x0_hat: np.ndarray, E_s: np.ndarray, bias: np.ndarray) -> np.ndarray:
        d = self.decoder
        return d.run(d.inp(x0_hat) + d.pos[: x0_hat.shape[1]], E_s, bias)

    def logits(self, D_s: np.ndarray) -> np.ndarray:
        return self.head(D_s)


def generate(model: NumpyCodeFusion, tokenizer: CodeTokenizer, utterances: list[str], k: int,
             steps: int, seed: int, T: int, s: float, prediction: str = "x0") -> list[list[Sample]]:
    """k candidates per utterance, best score first: `sampler.generate` without its ablations
    and retrieval context (pure noise at T-1, DDIM with eta 0, argmax of H(D(x̂0)))."""
    if not utterances:
        return []
    n, cfg = len(utterances), model.cfg
    E_s, E_pad = model.encode(list(utterances))
    bias = np.where(E_pad, -np.inf, 0.0).astype(F32)[:, None, None, :]  # (n, 1, 1, Le)
    x = torch_randn((k, cfg.code_len, cfg.emb_dim), seed)  # one group: the same for every utterance
    ab = alphas_cumprod(T, s)
    ts = timesteps(T, steps).tolist()
    x0_hat = None
    for i, t in enumerate(ts):
        repeat = n if i == 0 else 1
        out = model.denoise(x, t, E_s, bias, x0_hat, repeat)
        if repeat > 1:
            x = np.tile(x, (n, 1, 1))
        a_t = ab[t]
        x0_hat = out if prediction == "x0" else (x - np.sqrt(1 - a_t) * out) / np.sqrt(a_t)
        prev = ts[i + 1] if i + 1 < len(ts) else -1
        if prev < 0:
            x = x0_hat
        else:
            eps = (x - np.sqrt(a_t) * x0_hat) / np.sqrt(1 - a_t)
            x = np.sqrt(ab[prev]) * x0_hat + np.sqrt(1 - ab[prev]) * eps
    logp, ids = log_softmax_max(model.logits(model.decode(x0_hat, E_s, bias)))
    return _collect(tokenizer, ids, logp, n, k)


def expected_shapes(cfg: ModelConfig, self_condition: bool) -> dict[str, tuple[int, ...]]:
    """Every tensor a checkpoint of `cfg` stores for this engine, and its shape."""
    W, F, V, De, Le = cfg.width, cfg.ffn, cfg.vocab_size, cfg.emb_dim, cfg.code_len
    shapes: dict[str, tuple[int, ...]] = {
        "encoder.proj.0.weight": (W, cfg.encoder_width), "encoder.proj.0.bias": (W,),
        "encoder.proj.1.weight": (W,), "encoder.proj.1.bias": (W,),
        "head.weight": (V, De), "head.bias": (V,), "embedding.weight": (V, De),
        "denoiser.time.0.weight": (W, W), "denoiser.time.0.bias": (W,),
        "denoiser.time.2.weight": (W, W), "denoiser.time.2.bias": (W,)}
    for stack, layers, d_in in (("denoiser", cfg.denoiser_layers, De * (2 if self_condition else 1)),
                                ("decoder", cfg.decoder_layers, De)):
        p = stack + "."
        shapes.update({p + "inp.weight": (W, d_in), p + "inp.bias": (W,), p + "pos": (1, Le, W),
                       p + "norm.weight": (W,), p + "norm.bias": (W,),
                       p + "out.weight": (De, W), p + "out.bias": (De,)})
        for i in range(layers):
            q = f"{p}layers.{i}."
            for attn in ("self_attn", "multihead_attn"):
                shapes.update({q + attn + ".in_proj_weight": (3 * W, W),
                               q + attn + ".in_proj_bias": (3 * W,),
                               q + attn + ".out_proj.weight": (W, W),
                               q + attn + ".out_proj.bias": (W,)})
            shapes.update({q + "linear1.weight": (F, W), q + "linear1.bias": (F,),
                           q + "linear2.weight": (W, F), q + "linear2.bias": (W,)})
            shapes.update({f"{q}norm{j}.{n}": (W,) for j in (1, 2, 3) for n in ("weight", "bias")})
    return shapes


def build(cfg: RunConfig, weights: dict[str, np.ndarray], path: Path) -> NumpyCodeFusion:
    """The model of `cfg` from the tensors read from `path` (named in the errors): every tensor
    `expected_shapes` lists, of that shape (the encoder's tuned layers and a fine-tuned MiniLM
    are read by name)."""
    m = cfg.model
    want = expected_shapes(m, cfg.diffusion.self_condition)
    missing = sorted(set(want) - set(weights))
    known = ("encoder.tuned.", "encoder.backbone.")
    unexpected = sorted(k for k in set(weights) - set(want) if not k.startswith(known))
    if missing or unexpected:
        raise CheckpointError(f"{path}: weights do not match config.json (missing {missing[:3]}, "
                              f"unexpected {unexpected[:3]})")
    for name, shape in want.items():
        if tuple(weights[name].shape) != shape:
            raise CheckpointError(f"{path}: tensor {name} has shape {tuple(weights[name].shape)}, "
                                  f"config.json expects {shape}")
    weights = {k: np.asarray(v, dtype=F32) for k, v in weights.items()}
    try:
        return NumpyCodeFusion(m, weights, NumpyMiniLM.from_package(), cfg.diffusion.self_condition)
    except KeyError as exc:
        raise CheckpointError(f"{path}: weights do not match config.json (missing {exc})") from exc


__all__ = ["NumpyCodeFusion", "build", "expected_shapes", "generate", "unsupported"]
