"""The server's settings: one frozen dataclass, the same for `cfa serve`, tests and Ray Serve.

`Settings.to_env()` / `Settings.from_env()` carry them to uvicorn's worker processes
(`cfa serve --workers N` starts each worker from an import string, so the settings travel in the
`CFA_SERVE_SETTINGS` environment variable as JSON).

The batching defaults come from a measurement on the 2-core machine (docs/SERVER.md,
benchmarks/load_server.py): in-process the shipped CF model serves 19.4 req/s at batch 4 and
19.5 at 8 (17.9 at 16), and through the server at 32 concurrent batch 4 gave 22.2 req/s, p99
1.55 s (20 s run) against 20.0 req/s, p99 2.01 s with batch 8 (60 s run): smaller batches let the
work after the model overlap the next model call. `max_wait_ms` only applies while other requests
are in flight, so a lone request never waits.

Those runs had one torch thread whatever `--threads` said (the model's loader put its default,
half the cores, back: `runtime.pinned_threads` now keeps the server's count), so the model used
one core of two. The default is now one model call per core at a time (`model_threads`), each on
one torch thread: two batches run side by side. Two torch threads in one call instead spin and
thrash when the other core is busy (in-process at batch 8 on the shared machine: 113 CPU ms per
request against 36 with one).

Since then the work after the model has its own pool of one thread (`finish_threads`; /v1/rule,
validate, apply and the checks before the model keep `work_threads`): on two cores a second
finishing thread only fights the model threads for the GIL. Quiet runs at 32 concurrent (60 s
each, 21:03-21:15 UTC, benchmarks/load_server.py --levels 32): two finishing threads and batch 4
served 44.1, 44.0 and 44.5 req/s; one thread and batch 8 48.6, 47.5 and 45.9 (batch 16: 48.6,
p99 935 ms against 775-830 at batch 8; one thread at batch 4: 45.2), so batch 8 and one thread.
Session 10 raised the batch to 16 (heavier readers), session 14 lowered it to 12 (the work after
the model a third lighter: at 32 concurrent p99 990 ms against 1,052-1,124 at 16, the same
requests per second; docs/SERVER.md).
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field

ENV_VAR = "CFA_SERVE_SETTINGS"


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    langs: tuple[str, ...] = ("cf",)  # loaded and warmed before /readyz is 200
    max_batch: int = 12  # requests per model call (A/B in docs/SERVER.md: 12 over 16 at 32 concurrent, session 14)
    max_wait_ms: float = 2.0  # how long the first request of a batch waits for company
    queue_size: int = 256  # per language; a full queue answers 503 with Retry-After
    timeout_s: float = 10.0  # per request, queueing included; then 503
    max_body_bytes: int = 1 << 20  # JSON bodies (the values of a long column fit)
    max_upload_bytes: int = 20 << 20  # workbook uploads (/v1/validate, /v1/apply)
    cors_origins: tuple[str, ...] = ()  # off by default; an add-in's origin, e.g. https://localhost:3000
    torch_threads: int | None = None  # per model call; None: the cores left to each model thread
    model_threads: int | None = None  # model calls at once per worker; None: its cores / torch threads
    finish_threads: int = 1  # threads for suggest's work after the model
    work_threads: int = 2  # threads for the checks before it, /v1/rule, /v1/validate, /v1/apply
    workers: int = 1
    seed: int = 0
    engine: str = "torch"  # the model's engine: torch serves batches faster than numpy (docs/SERVER.md)
    precision: str = "fp32"  # torch's arithmetic; bf16 is faster on CPUs with AMX (docs/SERVER.md, session 17)
    extra: dict = field(default_factory=dict)  # Assistant keyword arguments (e.g. checkpoints)

    def models(self) -> int:
        """Model calls a worker process runs at once: the given number, else the worker's share of
        the cores (cores // workers) divided by the torch threads of each call, if given (>= 1)."""
        if self.model_threads:
            return self.model_threads
        return max(1, (os.cpu_count() or 1) // max(1, self.workers) // (self.torch_threads or 1))

    def threads(self) -> int:
        """Torch threads of each model call: the given number, else the worker's share of the
        cores divided among its model threads (>= 1)."""
        if self.torch_threads:
            return self.torch_threads
        return max(1, (os.cpu_count() or 1) // max(1, self.workers) // self.models())

    def cpus(self) -> int:
        """The cores one worker process keeps busy with model calls."""
        return self.models() * self.threads()

    def to_env(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_env(cls) -> "Settings":
        raw = json.loads(os.environ.get(ENV_VAR, "{}"))
        for name in ("langs", "cors_origins"):
            if name in raw:
                raw[name] = tuple(raw[name])
        return cls(**raw)
