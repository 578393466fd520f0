"""The auto-regressive baseline's network: a T5 decoder on our encoder and tokenizer.

`ARModel` is a transformers `T5ForConditionalGeneration` with no encoder layers of its own: the
utterance goes through the diffusion model's encoder E (frozen MiniLM + projection to d_model,
`cf_assistant.diffusion.network.Encoder`) and enters the T5 decoder as `encoder_outputs`. The code side uses
the same byte-level `CodeTokenizer`, trained the same way (fine-tuning codes with literal slots
plus the pre-training corpus), and the same literal slots. Candidates come from beam search
(`num_beams = max(5, k)`, all beams returned), distinct texts first.

Its training is `cf_assistant.training.autoregressive`. Checkpoints are a folder
of model.safetensors (the frozen MiniLM is not stored), config.json, tokenizer.json and
model_card.md. This module knows no metrics, no training loop and no language grammar.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import torch
from torch import nn

from cf_assistant.errors import BadInputError, CheckpointError
from cf_assistant.diffusion.tokenizer import CodeTokenizer

WEIGHTS, CONFIG, TOKENIZER, CARD = "model.safetensors", "config.json", "tokenizer.json", "model_card.md"
KIND = "autoregressive"
_CODE_LEN = {"cf": 24, "bash": 64, "python": 64}
_VOCAB = {"cf": 1024, "bash": 6000, "python": 6000}


@dataclass(frozen=True)
class ARConfig:
    lang: str = "cf"
    vocab_size: int = 0  # set from the code tokenizer
    d_model: int = 256
    layers: int = 3
    heads: int = 4
    d_ff: int = 1024
    dropout: float = 0.1
    code_len: int = 24
    utt_len: int = 48
    encoder: str = "minilm"
    encoder_width: int = 384
    literals: bool = True
    canonical_targets: bool = False  # train on the language's canonical spelling (as diffusion can)
    beams: int = 5
    # training
    tokenizer_vocab: int = 1024
    lr: float = 1e-3
    batch: int = 32
    warmup: int = 100
    weight_decay: float = 0.01
    pretrain_steps: int = 600
    finetune_steps: int = 100_000  # the wall-time budget usually stops the run first

    def to_json(self) -> str:
        return json.dumps({"kind": KIND, **dataclasses.asdict(self)}, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "ARConfig":
        try:
            raw = json.loads(text)
        except ValueError as exc:
            raise CheckpointError(f"config is not JSON ({exc})") from exc
        if not isinstance(raw, dict) or raw.pop("kind", None) != KIND:
            raise CheckpointError("config.json is not an auto-regressive model's "
                                  "(train one with `cfa train-ar`)")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise CheckpointError(f"unknown auto-regressive config keys: {', '.join(sorted(unknown))}")
        return cls(**raw)


def preset(name: str, lang: str) -> ARConfig:
    """`small` (about the diffusion `small` preset's trainable size) or `tiny` (tests)."""
    lang = lang.lower()
    code_len, vocab = _CODE_LEN.get(lang, 64), _VOCAB.get(lang, 4000)
    if name == "small":
        from cf_assistant.config import preset as diffusion_preset

        canon = diffusion_preset("small", lang).train.canonical_targets  # same targets as ours
        return ARConfig(lang=lang, code_len=code_len, tokenizer_vocab=vocab,
                        canonical_targets=canon)
    if name == "tiny":
        return ARConfig(lang=lang, d_model=32, layers=1, heads=2, d_ff=64, dropout=0.0,
                        code_len=24, utt_len=16, tokenizer_vocab=300, lr=3e-3, batch=16,
                        warmup=10, pretrain_steps=20, finetune_steps=200)
    raise BadInputError(f"unknown auto-regressive preset '{name}' (known: small, tiny)")


# -- the network ------------------------------------------------------------------------------
class ARModel(nn.Module):
    """E (our encoder) + a T5 decoder with its LM head (tied to the code embeddings)."""

    def __init__(self, cfg: ARConfig, tok: CodeTokenizer):
        super().__init__()
        from transformers import T5Config, T5ForConditionalGeneration

        from cf_assistant.config import ModelConfig
        from cf_assistant.diffusion.network import Encoder

        self.cfg = cfg
        self.tok = tok
        self.encoder = Encoder(ModelConfig(vocab_size=tok.vocab_size, width=cfg.d_model,
                                           encoder=cfg.encoder, encoder_width=cfg.encoder_width,
                                           utt_len=cfg.utt_len, freeze_encoder=True))
        t5 = T5Config(vocab_size=tok.vocab_size, d_model=cfg.d_model, d_kv=cfg.d_model // cfg.heads,
                      d_ff=cfg.d_ff, num_layers=0, num_decoder_layers=cfg.layers,
                      num_heads=cfg.heads, dropout_rate=cfg.dropout, pad_token_id=tok.pad_id,
                      eos_token_id=tok.eos_id, decoder_start_token_id=tok.bos_id)
        self.t5 = T5ForConditionalGeneration(t5)
        self._cache: dict[str, torch.Tensor] = {}

    def _backbone(self, texts: Sequence[str]) -> list[torch.Tensor]:
        """The frozen MiniLM's hidden states per text (cached: the backbone never trains)."""
        todo = sorted({t for t in texts if t not in self._cache})
        if todo:
            ids, mask = self.encoder.backbone.tokenize(todo, self.cfg.utt_len)
            self.encoder.backbone.eval()
            with torch.no_grad():
                h = self.encoder.backbone(ids, mask)
            for i, t in enumerate(todo):
                self._cache[t] = h[i, : int(mask[i].sum())].clone()
        return [self._cache[t] for t in texts]

    def encode(self, texts: Sequence[str]) -> tuple[torch.Tensor, torch.Tensor]:
        """Projected encoder states (B, Le, d_model) and the attention mask (B, Le), 1 = real."""
        rows = self._backbone(texts)
        L = max(r.shape[0] for r in rows)
        h = torch.zeros(len(rows), L, rows[0].shape[1])
        mask = torch.zeros(len(rows), L, dtype=torch.long)
        for i, r in enumerate(rows):
            h[i, : r.shape[0]] = r
            mask[i, : r.shape[0]] = 1
        return self.encoder.proj(h), mask

    def null_context(self, n: int) -> tuple[torch.Tensor, torch.Tensor]:
        """The unconditional context of pre-training: one zero vector per example."""
        return torch.zeros(n, 1, self.cfg.d_model), torch.ones(n, 1, dtype=torch.long)

    def labels(self, codes: Sequence[str]) -> torch.Tensor:
        """Code ids + eos, cut at code_len + 1, padded with -100 (ignored by the loss)."""
        out = torch.full((len(codes), self.cfg.code_len + 1), -100, dtype=torch.long)
        for i, code in enumerate(codes):
            ids = self.tok.encode(code)[: self.cfg.code_len] + [self.tok.eos_id]
            out[i, : len(ids)] = torch.tensor(ids, dtype=torch.long)
        return out

    def loss(self, E: torch.Tensor, mask: torch.Tensor, codes: Sequence[str]) -> torch.Tensor:
        from transformers.modeling_outputs import BaseModelOutput

        out = self.t5(encoder_outputs=BaseModelOutput(last_hidden_state=E), attention_mask=mask,
                      labels=self.labels(codes))
        return out.loss

    @torch.no_grad()
    def generate(self, texts: Sequence[str], k: int) -> list[list[tuple[str, float]]]:
        """Up to k distinct (code, beam score) per text, best first; literal slots kept."""
        from transformers.modeling_outputs import BaseModelOutput

        if not texts:
            return []
        self.eval()
        beams = max(self.cfg.beams, k)
        E, mask = self.encode(texts)
        out = self.t5.generate(encoder_outputs=BaseModelOutput(last_hidden_state=E),
                               attention_mask=mask, num_beams=beams, num_return_sequences=beams,
                               max_new_tokens=self.cfg.code_len + 1, do_sample=False,
                               return_dict_in_generate=True, output_scores=True)
        seqs, scores = out.sequences.cpu(), out.sequences_scores.cpu()
        result = []
        for i in range(len(texts)):
            seen, cands = set(), []
            for j in range(i * beams, (i + 1) * beams):
                code = self.tok.decode(seqs[j].tolist())
                if code not in seen:
                    seen.add(code)
                    cands.append((code, float(scores[j])))
            result.append(cands[:k])
        return result

    def trainable_state(self) -> dict[str, torch.Tensor]:
        return {k: v for k, v in self.state_dict().items() if not k.startswith("encoder.backbone.")}

    def parameter_counts(self) -> dict[str, int]:
        total = sum(p.numel() for p in self.parameters())
        frozen = sum(p.numel() for p in self.encoder.backbone.parameters())
        return {"total": total, "trainable": total - frozen, "encoder_backbone_frozen": frozen}


# -- checkpoints ------------------------------------------------------------------------------
def save(folder: Path, model: ARModel, card: str) -> None:
    from safetensors.torch import save_file

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    weights = {k: v.detach().cpu().clone().contiguous()  # tied embeddings: one copy per name
               for k, v in model.trainable_state().items()}
    save_file(weights, str(folder / WEIGHTS), metadata={"format": "pt"})
    cfg = dataclasses.replace(model.cfg, vocab_size=model.tok.vocab_size)
    (folder / CONFIG).write_text(cfg.to_json(), encoding="utf-8")
    model.tok.save(folder / TOKENIZER)
    (folder / CARD).write_text(card, encoding="utf-8")


def load(folder: Path) -> ARModel:
    """The model stored in `folder` (CheckpointError naming the bad file otherwise)."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    folder = Path(folder)
    for name in (WEIGHTS, CONFIG, TOKENIZER):
        if not (folder / name).is_file():
            raise CheckpointError(f"{folder / name}: missing; train a model with `cfa train-ar`")
    try:
        cfg = ARConfig.from_json((folder / CONFIG).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, TypeError) as exc:
        raise CheckpointError(f"{folder / CONFIG}: not a valid config ({exc})") from exc
    tok = CodeTokenizer.load(folder / TOKENIZER)
    model = ARModel(cfg, tok)
    try:
        state = load_file(str(folder / WEIGHTS))
    except (SafetensorError, OSError, ValueError, RuntimeError) as exc:
        raise CheckpointError(f"{folder / WEIGHTS}: corrupt safetensors file ({exc})") from exc
    missing = set(model.trainable_state()) - set(state)
    if missing:
        raise CheckpointError(f"{folder / WEIGHTS}: weights do not match config.json "
                              f"(missing {sorted(missing)[:3]})")
    try:
        model.load_state_dict(state, strict=False)
    except RuntimeError as exc:
        raise CheckpointError(f"{folder / WEIGHTS}: weights do not match config.json") from exc
    return model.eval()
