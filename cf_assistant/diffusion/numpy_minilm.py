"""all-MiniLM-L6-v2 for inference in numpy: the same model as `cf_assistant.diffusion.minilm`
without torch.

The same files (`minilm_files.read_folder`), the same tokenization (`fixed_tokenizer`) and the same
computation: embeddings, then 6 post-LayerNorm BERT layers whose position-wise parts run on the
real tokens of a padded batch only; `embed` pools as sentence-transformers does (masked mean, L2
normalisation). Its outputs match the torch model's to float32 rounding
(tests/diffusion/test_numpy_engine.py). `register_forward_hook(fn, with_kwargs=True)` calls
`fn(model, (ids, mask), {}, hidden)` after each forward, as torch modules do (the example finder
records the states the model's encoder computed there). Used by the numpy inference engine
(`numpy_model`), which the shipped models run on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from cf_assistant.diffusion.minilm_files import (MiniLMConfig, fixed_tokenizer, mismatch,
                                                 package_folder, read_folder)
from cf_assistant.diffusion.numpy_ops import F32, LayerNorm, Linear, attend, gelu
from cf_assistant.errors import CheckpointError


class BertLayer:
    """One BERT layer: self-attention, add & LayerNorm, GELU feed-forward, add & LayerNorm."""

    def __init__(self, w: dict[str, np.ndarray], prefix: str, cfg: MiniLMConfig):
        def lin(name: str) -> Linear:
            return Linear(w[f"{prefix}{name}.weight"], w[f"{prefix}{name}.bias"])

        def norm(name: str) -> LayerNorm:
            return LayerNorm(w[f"{prefix}{name}.weight"], w[f"{prefix}{name}.bias"],
                             cfg.layer_norm_eps)

        q, k, v = (w[f"{prefix}attention.self.{n}.weight"] for n in ("query", "key", "value"))
        qb, kb, vb = (w[f"{prefix}attention.self.{n}.bias"] for n in ("query", "key", "value"))
        self.qkv = Linear(np.concatenate([q, k, v]), np.concatenate([qb, kb, vb]))
        self.heads = cfg.num_attention_heads
        self.attn_out, self.attn_norm = lin("attention.output.dense"), norm("attention.output.LayerNorm")
        self.inter, self.out, self.out_norm = (lin("intermediate.dense"), lin("output.dense"),
                                               norm("output.LayerNorm"))

    def __call__(self, x: np.ndarray, real: np.ndarray, bias: np.ndarray) -> np.ndarray:
        """x (N, D): the real tokens of a padded batch whose layout `real` (B, L) gives."""
        (B, L), D = real.shape, x.shape[-1]
        H = self.heads
        qkv = np.zeros((B, L, 3 * D), dtype=F32)
        qkv[real] = self.qkv(x)
        q, k, v = (qkv[..., i * D:(i + 1) * D].reshape(B, L, H, D // H).transpose(0, 2, 1, 3)
                   for i in range(3))  # (B, H, L, Dh)
        y = attend(q, k, v, bias).transpose(0, 2, 1, 3).reshape(B, L, D)[real]  # (N, D)
        h = self.attn_out(y)
        h += x
        x = self.attn_norm(h)
        h = self.out(gelu(self.inter(x)))
        h += x
        return self.out_norm(h)


class NumpyMiniLM:
    """The BERT encoder with all-MiniLM-L6-v2's weights; `minilm.MiniLM`'s inference interface."""

    def __init__(self, cfg: MiniLMConfig, weights: dict[str, np.ndarray], tokenizer=None):
        self.config = cfg
        try:
            self.word = np.asarray(weights["embeddings.word_embeddings.weight"], F32)
            self.position = np.asarray(weights["embeddings.position_embeddings.weight"], F32)
            self.token_type = np.asarray(weights["embeddings.token_type_embeddings.weight"][0], F32)
            self.embed_norm = LayerNorm(weights["embeddings.LayerNorm.weight"],
                                        weights["embeddings.LayerNorm.bias"], cfg.layer_norm_eps)
            self.layers = [BertLayer(weights, f"encoder.layer.{i}.", cfg)
                           for i in range(cfg.num_hidden_layers)]
        except KeyError as exc:
            raise CheckpointError(f"MiniLM weights lack {exc}") from exc
        self.tokenizer = tokenizer
        self._tokenizers: dict = {}
        self._hooks: list[Callable] = []

    @classmethod
    def from_package(cls) -> "NumpyMiniLM":
        return cls.from_folder(package_folder())

    @classmethod
    def from_folder(cls, folder: Path) -> "NumpyMiniLM":
        cfg, state, tokenizer = read_folder(folder)
        try:
            return cls(cfg, state, tokenizer)
        except CheckpointError as exc:
            raise mismatch(folder, exc) from exc

    def tokenize(self, texts: Sequence[str], max_length: int = 64) -> tuple[np.ndarray, np.ndarray]:
        """(input_ids, attention_mask), each (B, L) int64 with L the longest text, at most
        max_length."""
        if self.tokenizer is None:
            raise CheckpointError("this MiniLM has no tokenizer: build it with from_package()")
        tok = fixed_tokenizer(self._tokenizers, self.tokenizer, max_length, self.config.pad_token_id)
        encodings = tok.encode_batch([t or "" for t in texts])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        return ids, mask

    def register_forward_hook(self, hook: Callable, *, with_kwargs: bool = False) -> None:
        self._hooks.append(hook)

    def __call__(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        """Last hidden states (B, L, D), 0 at the padding."""
        hidden = self.lower(input_ids, attention_mask, len(self.layers))
        for hook in self._hooks:
            hook(self, (input_ids, attention_mask), {}, hidden)
        return hidden

    def lower(self, input_ids: np.ndarray, attention_mask: np.ndarray, n: int,
              above: Sequence[BertLayer] = ()) -> np.ndarray:
        """The hidden states (B, L, D) after the first `n` layers and then the `above` ones (the
        fine-tuned copies of the top layers a checkpoint may carry), 0 at the padding."""
        ids = np.asarray(input_ids)
        real = np.asarray(attention_mask).astype(bool)
        B, L = ids.shape
        bias = np.where(real, F32(0), np.finfo(F32).min).astype(F32)[:, None, None, :]
        x = self.word[ids[real]] + self.position[np.nonzero(real)[1]] + self.token_type  # (N, D)
        x = self.embed_norm(x)
        for layer in [*self.layers[:n], *above]:
            x = layer(x, real, bias)
        out = np.zeros((B, L, x.shape[-1]), dtype=F32)
        out[real] = x
        return out

    def embed(self, texts: Sequence[str], batch_size: int = 64, max_length: int = 128) -> np.ndarray:
        """Unit-length sentence embeddings (N, D) as float32: masked mean pooling, L2-normalised."""
        out = np.zeros((len(texts), self.config.hidden_size), dtype=F32)
        for start in range(0, len(texts), batch_size):
            ids, mask = self.tokenize(texts[start : start + batch_size], max_length)
            hidden = self(ids, mask)
            weights = mask[:, :, None].astype(F32)
            pooled = (hidden * weights).sum(1) / np.maximum(weights.sum(1), F32(1e-9))
            norm = np.maximum(np.linalg.norm(pooled, axis=-1, keepdims=True), F32(1e-12))
            out[start : start + len(ids)] = pooled / norm
        return out


__all__ = ["BertLayer", "NumpyMiniLM"]
