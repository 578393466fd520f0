"""The load benchmark's pipelined in-process ceiling drives the server's own Batcher: every
caller's request is answered, batches form when callers wait together, and the percentiles are
those of the answered requests."""

from __future__ import annotations

import sys
import time

from set_files import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import load_server  # noqa: E402


class _Slow:
    """An assistant whose model call takes 20 ms a batch and whose finish echoes the request."""

    def __init__(self):
        self.sizes: list[int] = []
        self.finished: list[str] = []

    def sample(self, lang, texts, k):
        self.sizes.append(len(texts))
        time.sleep(0.02)
        return [[(f"code of {t}", 0.0)] for t in texts]

    def finish(self, req, samples):
        self.finished.append(req.text)
        return samples


def test_pipelined_ceiling_batches_waiting_callers_and_times_each_request():
    fake = _Slow()
    bodies = [{"text": f"request {i}", "k": 5} for i in range(10)]
    out = load_server.pipelined(fake, bodies, [4, 1], 0.3, model_threads=1, finish_threads=1,
                                concurrency=8)
    four, one = out["by_batch"][4], out["by_batch"][1]
    assert max(fake.sizes) == 4 and set(one["batches"]) == {1}  # batch 4 formed; batch 1 never more
    assert sum(n * size for size, n in four["batches"].items()) >= 8
    assert four["rps"] > one["rps"] > 0  # 8 callers wait: four at a time beat one at a time
    assert out["best_batch"] == 4 and out["rps"] == four["rps"]
    assert 20 <= one["p50_ms"] <= one["p95_ms"] <= one["p99_ms"]  # each waits for its 20 ms call
    assert set(fake.finished) <= {b["text"] for b in bodies}
