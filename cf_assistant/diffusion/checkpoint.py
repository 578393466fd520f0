"""A checkpoint is one folder: model.safetensors, config.json, tokenizer.json, model_card.md, and
for resuming train_state.safetensors + train_state.json.

Only safetensors and JSON are ever read: a folder holding pickles (*.pt, *.bin, *.pkl) is refused,
and a missing, corrupt, truncated or mismatched file raises CheckpointError naming that file. A
frozen pretrained encoder is not stored (it is loaded from its package), which keeps shipped
checkpoints small. This module knows the model's and optimizer's interfaces, not the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING, Any

from safetensors import SafetensorError

from cf_assistant.config import RunConfig
from cf_assistant.errors import CfaError, CheckpointError
from cf_assistant.diffusion.tokenizer import CodeTokenizer

if TYPE_CHECKING:  # torch is imported where a function needs it: the numpy engine never does
    import torch

    from cf_assistant.diffusion.network import CodeFusion
    from cf_assistant.diffusion.scheduler import SqrtScheduler

WEIGHTS, CONFIG, TOKENIZER, CARD = "model.safetensors", "config.json", "tokenizer.json", "model_card.md"
STATE_T, STATE_J = "train_state.safetensors", "train_state.json"
PICKLES = ("*.pt", "*.pth", "*.bin", "*.pkl", "*.ckpt")


@dataclass
class Loaded:
    model: Any  # CodeFusion (torch), or numpy_model.NumpyCodeFusion
    config: RunConfig
    tokenizer: CodeTokenizer
    scheduler: Any  # SqrtScheduler; None for the numpy engine, which reads the config's schedule


def build(cfg: RunConfig, tokenizer: CodeTokenizer) -> tuple[CodeFusion, SqrtScheduler]:
    """A fresh model and scheduler for `cfg`, sized to the tokenizer's vocabulary."""
    import dataclasses

    from cf_assistant.diffusion.network import CodeFusion
    from cf_assistant.diffusion.scheduler import SqrtScheduler

    mcfg = dataclasses.replace(cfg.model, vocab_size=tokenizer.vocab_size)
    model = CodeFusion(mcfg, self_condition=cfg.diffusion.self_condition)
    sched = SqrtScheduler(cfg.diffusion.steps, cfg.diffusion.s, cfg.diffusion.prediction)
    return model, sched


def save(folder: Path, model: CodeFusion, cfg: RunConfig, tokenizer: CodeTokenizer,
         card: str, optimizer: torch.optim.Optimizer | None = None,
         state: dict | None = None) -> None:
    """Write the folder (atomically per file); `optimizer`/`state` add the resume files."""
    from safetensors.torch import save_file

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    weights = {k: v.detach().cpu().contiguous() for k, v in model.trainable_state().items()}
    _atomic(folder / WEIGHTS, lambda p: save_file(weights, str(p), metadata={"format": "pt"}))
    import dataclasses

    full = cfg.replace(model=dataclasses.replace(cfg.model, vocab_size=tokenizer.vocab_size))
    _atomic(folder / CONFIG, lambda p: p.write_text(full.to_json(), encoding="utf-8"))
    _atomic(folder / TOKENIZER, lambda p: p.write_text(tokenizer.to_str(), encoding="utf-8"))
    _atomic(folder / CARD, lambda p: p.write_text(card, encoding="utf-8"))
    if optimizer is not None and state is not None:
        tensors, meta = _flatten_optimizer(optimizer)
        tensors.update({f"rng.{k}": v for k, v in state.get("rng", {}).items()})
        meta["state"] = {k: v for k, v in state.items() if k != "rng"}
        _atomic(folder / STATE_T, lambda p: save_file(tensors, str(p)))
        _atomic(folder / STATE_J, lambda p: p.write_text(json.dumps(meta), encoding="utf-8"))


def _atomic(path: Path, write) -> None:
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    tmp.replace(path)


def _flatten_optimizer(opt: torch.optim.Optimizer) -> tuple[dict, dict]:
    import torch

    sd = opt.state_dict()
    tensors = {}
    for idx, st in sd["state"].items():
        for name, value in st.items():
            t = value if isinstance(value, torch.Tensor) else torch.tensor(value)
            tensors[f"opt.{idx}.{name}"] = t.detach().cpu().contiguous()
    return tensors, {"param_groups": sd["param_groups"]}


def check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise CheckpointError(f"{folder}: no such model folder; train one with `cfa train`")
    for pattern in PICKLES:
        found = sorted(folder.glob(pattern))
        if found and not (folder / WEIGHTS).exists():
            raise CheckpointError(f"{found[0]}: pickled weights are refused; convert to safetensors")
    for name in (WEIGHTS, CONFIG, TOKENIZER):
        if not (folder / name).is_file():
            raise CheckpointError(f"{folder / name}: missing from the model folder")


def read_config(folder: Path) -> RunConfig:
    path = Path(folder) / CONFIG
    try:
        return RunConfig.from_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, CfaError, TypeError, ValueError) as exc:
        raise CheckpointError(f"{path}: not a valid config ({exc})") from exc


def read_tensors(path: Path, framework: str = "pt") -> dict[str, Any]:
    """The tensors of a safetensors file, as torch tensors ("pt") or numpy arrays ("np")."""
    if framework == "np":
        from safetensors.numpy import load_file
    else:
        from safetensors.torch import load_file
    try:
        return load_file(str(path))
    except (SafetensorError, OSError, ValueError, RuntimeError) as exc:
        raise CheckpointError(f"{path}: corrupt or truncated safetensors file ({exc})") from exc


def _config_and_tokenizer(folder: Path) -> tuple[RunConfig, CodeTokenizer]:
    """The folder checked, its config and its code tokenizer, whose vocabulary must be the
    config's (both engines' loaders)."""
    check_folder(folder)
    cfg = read_config(folder)
    tok = CodeTokenizer.load(folder / TOKENIZER)
    if tok.vocab_size != cfg.model.vocab_size:
        raise CheckpointError(f"{folder / TOKENIZER}: vocabulary {tok.vocab_size} does not match "
                              f"config.json's {cfg.model.vocab_size}")
    return cfg, tok


def load(folder: Path, device: str | torch.device = "cpu") -> Loaded:
    """The model, config, code tokenizer and scheduler stored in `folder`."""
    folder = Path(folder)
    cfg, tok = _config_and_tokenizer(folder)
    model, sched = build(cfg, tok)
    load_weights(model, folder / WEIGHTS)
    model.to(device).eval()
    return Loaded(model, cfg, tok, sched)


def load_numpy(folder: Path) -> Loaded:
    """`load` for the numpy engine (`numpy_model`): the same folder and checks, no torch."""
    from cf_assistant.diffusion import numpy_model

    folder = Path(folder)
    cfg, tok = _config_and_tokenizer(folder)
    weights = read_tensors(folder / WEIGHTS, "np")
    return Loaded(numpy_model.build(cfg, weights, folder / WEIGHTS), cfg, tok, None)


NEIGHBOUR_MODULES = ("neighbour", "denoiser.aligned", "decoder.aligned")  # the retrieval context


def load_weights(model: CodeFusion, path: Path, new_modules: tuple[str, ...] = ()) -> None:
    """Weights from `path` into `model`; `new_modules` name the modules (dotted paths) that
    `path` may lack (they keep their fresh initialisation: warm starts that add a module)."""
    load_state(model, read_tensors(path), path, new_modules)


def load_state(model: CodeFusion, state: dict[str, torch.Tensor], path: Path,
               new_modules: tuple[str, ...] = ()) -> None:
    """`load_weights` for tensors already read from `path` (named in the errors)."""
    expected = model.trainable_state()
    current = model.state_dict()  # once: each call walks every module
    missing = sorted(k for k in set(expected) - set(state)
                     if not any(k.startswith(m + ".") for m in new_modules))
    unexpected = sorted(set(state) - set(current))
    if missing or unexpected:
        raise CheckpointError(f"{path}: weights do not match config.json (missing {missing[:3]}, "
                              f"unexpected {unexpected[:3]})")
    for k, v in state.items():
        if current[k].shape != v.shape:
            raise CheckpointError(f"{path}: tensor {k} has shape {tuple(v.shape)}, config.json "
                                  f"expects {tuple(current[k].shape)}")
    model.load_state_dict({k: v.float() for k, v in state.items()}, strict=False)


def load_train_state(folder: Path, optimizer: torch.optim.Optimizer) -> dict:
    """Restore the optimizer from `folder`; returns the saved state (step, rng tensors, ...)."""
    folder = Path(folder)
    for name in (STATE_T, STATE_J):
        if not (folder / name).is_file():
            raise CheckpointError(f"{folder / name}: missing; cannot resume (train without --resume)")
    tensors = read_tensors(folder / STATE_T)
    try:
        meta = json.loads((folder / STATE_J).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CheckpointError(f"{folder / STATE_J}: not valid JSON ({exc})") from exc
    opt_state: dict = {}
    for key, value in tensors.items():
        if key.startswith("opt."):
            _, idx, name = key.split(".", 2)
            opt_state.setdefault(int(idx), {})[name] = value
    try:
        optimizer.load_state_dict({"state": opt_state, "param_groups": meta["param_groups"]})
    except (KeyError, ValueError, RuntimeError) as exc:
        raise CheckpointError(f"{folder / STATE_T}: optimizer state does not match ({exc})") from exc
    state = dict(meta.get("state", {}))
    state["rng"] = {k[4:]: v for k, v in tensors.items() if k.startswith("rng.")}
    return state
