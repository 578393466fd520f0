"""Corruption for the two pre-training tasks (the code targets as id tensors: `diffusion.targets`).

Code-specific CPD: noise only on the positions whose token the language marks IDENTIFIER or
KEYWORD; the encoder reads the code with those tokens replaced by the encoder's mask string
(`[MASK]` for MiniLM). Unconditional generation: E_s is replaced by Gaussian noise. The language
is given as its `token_kinds` callable; this module never imports a language module, and the
noise schedule comes from the caller.
"""

from __future__ import annotations

from typing import Callable, Sequence

import torch

from cf_assistant.languages import TokenKind
from cf_assistant.diffusion.tokenizer import CodeTokenizer

ENCODER_MASK = "[MASK]"
_NOISED = (TokenKind.IDENTIFIER, TokenKind.KEYWORD)

TokenKinds = Callable[[Sequence[str]], list[TokenKind]]


def cpd_example(tok: CodeTokenizer, code: str, code_len: int, token_kinds: TokenKinds
                ) -> tuple[torch.Tensor, str]:
    """The CPD noise mask (code_len,) of one code and the masked code text the encoder reads."""
    pieces = tok.pieces(code)[:code_len]
    kinds = token_kinds(pieces) if pieces else []
    mask = torch.zeros(code_len, dtype=torch.bool)
    text = []
    for i, (piece, kind) in enumerate(zip(pieces, kinds)):
        if kind in _NOISED:
            mask[i] = True
            text.append(" " + ENCODER_MASK + " ")
        else:
            text.append(piece)
    return mask, "".join(text)


def cpd_batch(tok: CodeTokenizer, codes: Sequence[str], code_len: int, token_kinds: TokenKinds
              ) -> tuple[torch.Tensor, list[str]]:
    """CPD masks (B, code_len) and masked code texts for a batch of codes."""
    pairs = [cpd_example(tok, c, code_len, token_kinds) for c in codes]
    return torch.stack([m for m, _ in pairs]), [t for _, t in pairs]


def unconditional_context(batch: int, length: int, width: int, generator: torch.Generator | None,
                          device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    """E_s replaced by Gaussian noise (B, length, width), with no padding."""
    E_s = torch.randn(batch, length, width, generator=generator).to(device)
    return E_s, torch.zeros(batch, length, dtype=torch.bool, device=device)


def generic_token_kinds(tokens: Sequence[str]) -> list[TokenKind]:
    """Fallback when a language module cannot be loaded: word-like tokens are identifiers."""
    return [TokenKind.IDENTIFIER if any(ch.isalnum() for ch in t) else TokenKind.OTHER
            for t in tokens]
