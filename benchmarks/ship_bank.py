"""Ship a language's example-bank embeddings with its model: model/<lang>/bank.safetensors.

    python benchmarks/ship_bank.py --lang bash [--data FILE]

Embeds the utterances of the benchmark's `train` split (default: <data folder>/<lang>/train.json,
the records `cfa suggest` reads as its example bank) with the frozen MiniLM encoder, as the bank
does, and writes them float16, tagged with the hash of those utterances, so the first `cfa
suggest --lang <lang>` on a new machine does not embed them (cf_assistant/retrieval/store.py).
Only the embeddings ship, never the benchmark's text. A cached embedding of the same texts is
reused. Rerun it whenever the training data changes: a stale file is ignored, not wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from cf_assistant.data import load_split
    from cf_assistant.diffusion.minilm import MiniLM
    from cf_assistant.eval.metrics import embed_texts
    from cf_assistant.paths import default_data_dir
    from cf_assistant.retrieval import store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", required=True, choices=("cf", "bash", "python"))
    ap.add_argument("--data", type=Path, help="benchmark file (default: the data folder's)")
    args = ap.parse_args(argv)
    data = args.data or default_data_dir() / args.lang / "train.json"
    records, _ = load_split(data, "train", args.lang)
    texts = [r.utterance for r in records]
    matrix = store.embeddings(texts, lambda: embed_texts(MiniLM.from_package(), texts),
                              model_dir=ROOT / "no-shipped-banks")  # never copy the old file
    out = store.save_shipped(ROOT / "model" / args.lang / store.SHIPPED, texts, matrix)
    print(f"{out}: {len(texts)} x {matrix.shape[1]} float16, "
          f"{out.stat().st_size / 2**20:.1f} MiB, texts {store.texts_key(texts)[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
