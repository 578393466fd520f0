"""Where a suggest request's time goes, per stage, in-process: the model core and the work after it.

    python benchmarks/load_profile.py [--batches 1,16] [--passes 3] [--values] [--threads 1] [--cpu] [--fresh]

Runs `Assistant.suggest_many` over the CF dev split's utterances (k = 5, as `load_server.py`
sends them), in batches of each size, after one warm-up pass, and times each stage by wrapping
the functions that do it (exclusive time: a stage nested in another is not counted twice), and
keeps each stage's least time over the passes (the CPU may be shared: the least is the stage's
own cost, the rest is waiting for the core). Then
the server's own step after `finish`: the result as JSON and each candidate's Office.js payload
(`cf_assistant.languages.cf.officejs.from_code`). Prints ms per request for each stage and batch
size, and the requests/s of the fastest pass. `--values` gives every request a column of 20 values, so
that each candidate is also executed on them (the benchmark's requests carry none). `--cpu` times
the stages in this thread's CPU time instead of wall time: with one torch thread that is all the
work, and other jobs on a shared CPU hardly move it.

`--fresh` warms up on the first half of the requests and times one pass over the second half:
the readers keep small per-request caches of the texts they read, so passes over the same
requests would see those texts again; a user's request is new.

The wrappers cost a few microseconds per call; compare runs of this script with each other, not
with `load_server.py`'s wall times.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

VALUES = ["12", "7", "", "abc", "3.5", "100", "-2", "2024-01-05", "Done", "urgent fix", "0", "55",
          "42", "x@gmail.com", "TRUE", "9", "1,200", "15%", "Open", "7"]


class Stages:
    """Exclusive wall time per stage: time in a nested stage is its own, not its caller's."""

    def __init__(self, clock=time.perf_counter):
        self.clock = clock  # wall time, or this thread's CPU time (--cpu)
        self.ms: dict[str, float] = defaultdict(float)
        self._stack: list[list] = []

    def wrap(self, owner, attr: str, stage: str) -> None:
        inner = getattr(owner, attr, None)
        if inner is None:  # an older tree without this step
            return

        def timed(*args, **kwargs):
            self._stack.append([stage, 0.0])
            start = self.clock()
            try:
                return inner(*args, **kwargs)
            finally:
                spent = self.clock() - start
                _, nested = self._stack.pop()
                self.ms[stage] += (spent - nested) * 1000
                if self._stack:
                    self._stack[-1][1] += spent

        setattr(owner, attr, timed)

    def reset(self) -> None:
        self.ms.clear()


def instrument(stages: Stages) -> None:
    from cf_assistant.assistant import api, pipeline
    from cf_assistant.diffusion import minilm, network, sampler
    from cf_assistant.generators import diffusion
    from cf_assistant.languages.cf import CFLanguage
    from cf_assistant.retrieval import examples

    for owner, attr, stage in [
        (api.Assistant, "suggest_many", "api (grouping, checks)"),
        (diffusion.DiffusionGenerator, "generate_scored", "model: utterance prep, literals"),
        (sampler, "generate", "model: noise, softmax, token decoding"),
        (network.CodeFusion, "encode", "model: MiniLM encoder + proj"),
        (network.CodeFusion, "denoise", "model: denoiser steps"),
        (network.CodeFusion, "decode", "model: decoder + head"),
        (network.CodeFusion, "logits", "model: decoder + head"),
        (pipeline.Suggester, "finish", "finish: other"),
        (pipeline.Suggester, "_with_repairs", "finish: repairs (+canonical)"),
        (pipeline, "dedupe", "finish: dedupe (canonical)"),
        (CFLanguage, "validate", "finish: validation"),
        (CFLanguage, "faithful", "finish: faithful"),
        (CFLanguage, "annotate", "finish: annotate (explain, formula, execute)"),
        (pipeline, "rank", "finish: ranking"),
        (examples.ExampleFinder, "nearest", "examples: lookup + adapt"),
        (examples.ExampleFinder, "queries", "examples: query pooled from the encoder's states"),
        (minilm.MiniLM, "embed", "examples: MiniLM query embed"),
        (CFLanguage, "fits_request", "examples: fits_request"),
    ]:
        stages.wrap(owner, attr, stage)


def serve_json(results, stages: Stages) -> None:
    """What the server does after finish: to_json, then officejs per candidate."""
    from cf_assistant.languages.cf import officejs

    start = stages.clock()
    for result in results:
        if isinstance(result, Exception):
            result = getattr(result, "result", None)
            if result is None:
                continue
        doc = result.to_json()
        for cand in doc["candidates"]:
            cand["officejs"] = officejs.from_code(cand["code"], None, None)
    stages.ms["server: JSON + officejs"] += (stages.clock() - start) * 1000


def run_pass(assistant, reqs, size: int, stages: Stages) -> float:
    """One pass over `reqs` in batches of `size`; its wall seconds."""
    start = time.perf_counter()
    for i in range(0, len(reqs), size):
        serve_json(assistant.suggest_many(reqs[i : i + size]), stages)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--batches", default="1,16")
    p.add_argument("--passes", type=int, default=3, help="timed passes per batch size")
    p.add_argument("--values", action="store_true", help="20 column values per request")
    p.add_argument("--threads", type=int, default=1, help="torch threads (the server's per model call)")
    p.add_argument("--cpu", action="store_true", help="time the stages in CPU time of this thread, not "
                   "wall time: other jobs on the CPU hardly move it (with --threads 1)")
    p.add_argument("--fresh", action="store_true", help="warm up on the first half of the requests and "
                   "time one pass over the second half, which the process has not seen (one batch size)")
    a = p.parse_args(argv)
    if a.fresh and "," in a.batches:
        p.error("--fresh times one batch size")
    try:
        from cf_assistant.diffusion.runtime import pinned_threads
    except ImportError:  # an older tree: loading the model put 1 thread back on 2 cores
        import contextlib

        import torch

        torch.set_num_threads(a.threads)
        pinned_threads = lambda n: contextlib.nullcontext()  # noqa: E731
    with pinned_threads(a.threads):  # loading the model keeps it
        profile(a)


def profile(a) -> None:
    from cf_assistant.assistant import Assistant, SuggestRequest
    from load_server import requests

    assistant = Assistant()
    assistant.load("cf")
    values = VALUES if a.values else None
    reqs = [SuggestRequest(b["text"], k=b["k"], values=values) for b in requests(5)]
    stages = Stages(time.thread_time if a.cpu else time.perf_counter)
    instrument(stages)
    table: dict[int, dict[str, float]] = {}
    rates: dict[int, float] = {}
    warm, timed = (reqs[: len(reqs) // 2], reqs[len(reqs) // 2:]) if a.fresh else (reqs, reqs)
    for size in [int(x) for x in a.batches.split(",")]:
        run_pass(assistant, warm, size, stages)  # warm-up
        best: dict[str, float] = {}
        seconds = []
        for _ in range(1 if a.fresh else a.passes):
            stages.reset()
            seconds.append(run_pass(assistant, timed, size, stages))
            for stage, ms in stages.ms.items():
                best[stage] = min(best.get(stage, ms), ms)
        table[size] = {stage: ms / len(timed) for stage, ms in best.items()}
        rates[size] = len(timed) / min(seconds)
    print_table(table, rates, len(timed), a)


def print_table(table: dict[int, dict[str, float]], rates: dict[int, float], n: int, a) -> None:
    sizes = list(table)
    names = sorted({s for row in table.values() for s in row}, key=lambda s: (s.split(":")[0], s))
    passes = "one pass over requests not seen before" if a.fresh else f"least of {a.passes} passes"
    print(f"{'CPU' if a.cpu else 'wall'} ms per request by stage, {passes} ({n} CF dev requests, k=5, torch threads "
          f"{a.threads}, values: {'20' if a.values else 'none'})\n")
    print("| stage | " + " | ".join(f"batch {s}" for s in sizes) + " |")
    print("| --- |" + " --- |" * len(sizes))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{table[s].get(name, 0.0):.2f}" for s in sizes) + " |")
    print("| **total (stages)** | " + " | ".join(f"{sum(table[s].values()):.2f}" for s in sizes) + " |")
    print("| **req/s (fastest pass)** | " + " | ".join(f"{rates[s]:.1f}" for s in sizes) + " |")


if __name__ == "__main__":
    main()
