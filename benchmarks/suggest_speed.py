"""Speed and memory of the assistant on this machine (issue 5's targets).

    python benchmarks/suggest_speed.py [--lang cf] [--model DIR] [--n 40] [--steps 20 ...]

1. Model time: median and p90 wall time of generating k = 5 candidates (one batch) for the first
   --n dev utterances, after the model is loaded (one warm-up call first), for each --steps.
2. Cold start: wall time of `cfa suggest "highlight cells > 5"` as a fresh process (3 runs), and
   the peak resident memory of those processes.
The model's engine is the generator's default (numpy for the shipped models); CFA_ENGINE=torch
measures the torch engine. Prints a Markdown table. Run it on an otherwise idle machine: the
numbers are wall times.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def model_times(lang: str, model: Path | None, n: int, steps: int, k: int) -> list[float]:
    from cf_assistant import data
    from cf_assistant.generators.diffusion import DiffusionGenerator
    from cf_assistant.paths import default_data_dir

    dev, _ = data.load_split(default_data_dir() / lang / "train.json", "dev", lang=lang)
    gen = DiffusionGenerator(lang=lang, checkpoint=model, steps=steps)
    gen.generate_scored([dev[0].utterance], k)  # warm-up
    times = []
    for r in dev[:n]:
        t = time.perf_counter()
        gen.generate_scored([r.utterance], k)
        times.append(1000 * (time.perf_counter() - t))
    return times


# Each run is timed, and its peak memory read, by a small fresh Python that starts `cfa suggest`:
# a child forked from this process (which has loaded a model) would count this process's
# resident pages as its own until it execs, so its peak RSS would be this process's.
_TIMED = ("import resource, subprocess, sys, time\n"
          "t = time.perf_counter()\n"
          "subprocess.run(['cfa', 'suggest', sys.argv[1]], check=False, capture_output=True)\n"
          "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def cold_start(utterance: str, runs: int = 3) -> tuple[list[float], float]:
    times, peaks = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _TIMED, utterance], check=True,
                             capture_output=True, text=True).stdout.split()
        times.append(float(out[0]))
        peaks.append(int(out[1]) / 1024)
    return times, max(peaks)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="cf")
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("-k", type=int, default=5)
    ap.add_argument("--steps", type=int, nargs="+", default=[20])
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's)")
    ap.add_argument("--no-cold", action="store_true")
    args = ap.parse_args(argv)
    if args.threads:  # note: the diffusion generator sets its own (half the cores)
        import torch

        torch.set_num_threads(args.threads)
    print(f"| {args.lang} k={args.k} | steps | median ms | p90 ms | n |")
    print("| --- | --- | --- | --- | --- |")
    for steps in args.steps:
        ts = sorted(model_times(args.lang, args.model, args.n, steps, args.k))
        p90 = ts[min(len(ts) - 1, int(0.9 * len(ts)))]
        print(f"| model time | {steps} | {statistics.median(ts):.0f} | {p90:.0f} | {len(ts)} |")
    if not args.no_cold:
        times, peak = cold_start("highlight cells > 5")
        print()
        print(f"cold start `cfa suggest \"highlight cells > 5\"`: "
              f"{', '.join(f'{t:.2f}' for t in times)} s; peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
