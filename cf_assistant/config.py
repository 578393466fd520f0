"""The model's, the diffusion's, the sampler's and the training run's settings, and named presets.

Four frozen dataclasses (`ModelConfig` defaults = the paper's size), grouped in `RunConfig`, which
round-trips through JSON (`to_json` / `from_json`) and is what a checkpoint's config.json holds.
Presets: `paper` (512 wide, denoiser 10 layers, decoder 6 layers, code length 128, about 75M
parameters counting the MiniLM encoder), `base` (sized for minutes on one GPU and still
shippable: under 60 MB of weights), `small` (trains on a 2-core CPU in tens of minutes), `tiny`
(tests). This module knows nothing of torch, data or languages beyond per-language lengths.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field, fields

from cf_assistant.errors import BadInputError


@dataclass(frozen=True)
class ModelConfig:
    vocab_size: int = 0  # set from the code tokenizer
    width: int = 512
    heads: int = 8
    ffn: int = 1024  # tuned so that `paper` lands at ~75M parameters with MiniLM counted
    denoiser_layers: int = 10
    decoder_layers: int = 6
    code_len: int = 128
    emb_dim: int = 128  # width of the code embedding L (the space the diffusion runs in)
    dropout: float = 0.1
    encoder: str = "minilm"  # "minilm" | "t5-scratch" | a local encoder folder
    encoder_width: int = 384
    freeze_encoder: bool = True
    # with a frozen pretrained MiniLM: fine-tune trainable copies of its top N layers (the
    # paper's second stage fine-tunes E); the shared backbone (table embeddings) stays as shipped
    tuned_encoder_layers: int = 0
    utt_len: int = 64  # utterance tokens given to the encoder
    t5_layers: int = 4  # only for encoder="t5-scratch"
    # retrieval context: N and D also attend to the first `neighbour_len` tokens of a training
    # code whose utterance is near the request (0: the paper's model, no such context)
    neighbour_len: int = 0


@dataclass(frozen=True)
class DiffusionConfig:
    steps: int = 1200  # T
    schedule: str = "sqrt"
    s: float = 1e-4
    prediction: str = "x0"  # "x0" (predict x̂0 directly) or "eps" (the paper's ε̂)
    self_condition: bool = False


@dataclass(frozen=True)
class SampleConfig:
    steps: int = 20
    k: int = 5
    clamping: bool = False  # nearest vocabulary embedding at every step (ablation)
    grounding: bool = False  # no decoder: nearest vocabulary embedding after the last step
    # draw k*oversample samples in one batch and keep the k best distinct codes (1: draw k)
    oversample: int = 1
    # where `cfa suggest` puts corpus examples (cf_assistant.retrieval.examples): "after" the model's
    # answers, in the slots they leave free, or "first" (for a model measured weaker than them)
    examples: str = "after"
    # where sampling starts, for a model with a retrieval context: 1.0, pure noise at T-1 (the
    # paper); s < 1, the neighbour's code embedding noised to timestep s * (T-1) (SDEdit)
    strength: float = 1.0
    # sampling from the examples: order the `rerank_pool` nearest examples by cosine similarity
    # + rerank * the model's mean log-likelihood of each one's code (read without neighbour)
    # and start from the first k; 0: the k nearest, in the order of similarity
    rerank: float = 0.0
    rerank_pool: int = 10


@dataclass(frozen=True)
class TrainConfig:
    lr: float = 5e-4
    batch: int = 64
    # AdamW's decoupled weight decay (`cfa train --weight-decay`): the paper trains without (the
    # `paper` preset: 0.0); the smaller presets keep 0.01, the value every model shipped before
    # this switch was trained with (each model card says which value its model used)
    weight_decay: float = 0.01
    warmup: int = 200
    pretrain_steps: int = 10000
    finetune_steps: int = 10000
    cpd_fraction: float = 0.5  # share of pre-training batches that are CPD (the rest unconditional)
    literals: bool = True
    vocab_size: int = 1024  # code tokenizer's target vocabulary
    grad_clip: float = 1.0
    # train on the language's canonical spelling of each code (CF: canonical names, quoting and
    # numbers), so the model learns one spelling per rule; off = the data's own spelling (paper)
    canonical_targets: bool = False
    # also train on a copy of each pair whose code text appears unquoted in the utterance, with
    # that text quoted there: more examples of copying a quoted text through a literal slot
    quote_augment: bool = False
    # the utterance's bare texts quoted and spelled numbers in digits before the model reads it
    # (`diffusion.text_slots`), in training and inference, so literal slots cover them too
    text_slots: bool = False
    # with a retrieval context (ModelConfig.neighbour_len > 0): the share of training pairs that
    # get no neighbour, so the model also answers when no example bank is at hand; and how many
    # of the nearest neighbours the training neighbour is drawn from (uniformly)
    neighbour_dropout: float = 0.2
    neighbour_pool: int = 3
    # edit training (SDEdit-style sampling, SampleConfig.strength < 1): the share of pairs with a
    # neighbour whose x_t is the neighbour's code embedding (its literal slots that the pair's
    # utterance cannot fill spelled out), noised to a timestep drawn from 0..edit_strength*(T-1),
    # the target staying the pair's own code; 0: the paper's x_t, the target noised
    edit_fraction: float = 0.0
    edit_strength: float = 0.2
    # near-edit training: edit pairs start from (and read) their most similar pooled neighbour,
    # and only pairs with one at least this similar to their own code (difflib ratio of the code
    # tokens) edit; 0: the drawn neighbour, however far
    edit_near: float = 0.0
    # fine-tuning timesteps drawn from 0..t_max*(T-1) (1: all; below 1 trains only the low-noise
    # end, the one sampling from the examples, SampleConfig.strength ~ 0, uses)
    t_max: float = 1.0


@dataclass(frozen=True)
class RunConfig:
    model: ModelConfig = field(default_factory=ModelConfig)
    diffusion: DiffusionConfig = field(default_factory=DiffusionConfig)
    sample: SampleConfig = field(default_factory=SampleConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    lang: str = "cf"
    preset: str = "paper"

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "RunConfig":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BadInputError(f"config is not JSON ({exc})") from exc
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: dict) -> "RunConfig":
        parts = {"model": ModelConfig, "diffusion": DiffusionConfig, "sample": SampleConfig,
                 "train": TrainConfig}
        kwargs = {}
        for name, klass in parts.items():
            kwargs[name] = _build(klass, raw.get(name, {}))
        return cls(**kwargs, lang=str(raw.get("lang", "cf")), preset=str(raw.get("preset", "")))

    def replace(self, **parts) -> "RunConfig":
        return dataclasses.replace(self, **parts)


def _build(klass, raw: dict):
    if not isinstance(raw, dict):
        raise BadInputError(f"config section for {klass.__name__} must be an object")
    known = {f.name for f in fields(klass)}
    unknown = set(raw) - known
    if unknown:
        raise BadInputError(f"unknown {klass.__name__} keys: {', '.join(sorted(unknown))}")
    return klass(**raw)


# Code length and tokenizer vocabulary per language (CF codes under the 1024-token BPE: median 4
# tokens, 99% <= 20, max 996).
_CODE_LEN = {"cf": 24, "bash": 64, "python": 64}
_VOCAB = {"cf": 1024, "bash": 6000, "python": 6000}
PRESETS = ("paper", "base", "small", "tiny")
# the presets between `paper` and `tiny`: (model, training) settings; the per-language code
# length, vocabulary and target spelling are added by `preset`
_SIZED = {
    "base": (dict(width=256, heads=4, ffn=1024, denoiser_layers=6, decoder_layers=3),
             dict(lr=7e-4, batch=128, warmup=300, pretrain_steps=3000, finetune_steps=12000)),
    "small": (dict(width=192, heads=4, ffn=768, denoiser_layers=4, decoder_layers=2),
              dict(lr=1e-3, batch=32, warmup=100, pretrain_steps=600, finetune_steps=1500)),
}


# languages whose canonical form is itself good code to train on (Python's and Bash's canonical
# forms are comparison keys: token-spaced or whitespace-collapsed, not how people write code)
_CANONICAL_TARGETS = {"cf"}


def preset(name: str, lang: str = "cf") -> RunConfig:
    """The named preset for `lang`."""
    lang = lang.lower()
    vocab = _VOCAB.get(lang, 4000)
    if name == "paper":
        return RunConfig(train=TrainConfig(vocab_size=vocab, weight_decay=0.0), lang=lang,
                         preset=name)
    if name in _SIZED:
        model_kw, train_kw = _SIZED[name]
        model = ModelConfig(**model_kw, code_len=_CODE_LEN.get(lang, 64), emb_dim=64, utt_len=48)
        train = TrainConfig(**train_kw, vocab_size=vocab,
                            canonical_targets=lang in _CANONICAL_TARGETS)
        return RunConfig(model=model, train=train, lang=lang, preset=name)
    if name == "tiny":
        model = ModelConfig(width=64, heads=2, ffn=128, denoiser_layers=2, decoder_layers=1,
                            code_len=24, emb_dim=16, dropout=0.0, utt_len=16)
        train = TrainConfig(lr=3e-3, batch=16, warmup=10, pretrain_steps=50, finetune_steps=200,
                            vocab_size=300)
        return RunConfig(model=model, sample=SampleConfig(steps=10), train=train, lang=lang,
                         preset=name)
    raise BadInputError(f"unknown preset '{name}' (known: {', '.join(PRESETS)})")
