"""The server's own CPU per suggest request, without the model's: what HTTP adds to the API call.

    python benchmarks/load_http_cpu.py [--levels 8,32] [--n 600] [--model-ms 35 | --model] [--k 5]
                                       [--root DIR] [--profile FILE]

The load benchmark's server CPU per request (`load_server.py`) is the model's ~33 ms plus the
rest, and the model's part swings by more than the rest on a shared CPU. Here the server process
replays the model: its assistant samples each CF dev request once at start (the real model, seed
0, k as given), and then `Assistant.sample` sleeps `--model-ms` per request of the batch (no CPU,
so that batches form as under real load) and returns those samples. Everything else is the real
server: uvicorn with uvloop and httptools as `cfa serve` runs it, the app, the batcher, the work
after the model (`Assistant.finish`), the JSON and Office.js answer. For each concurrency level an
async httpx client (this process) sends --n requests; the report is the server process's CPU ms
per request (user + system, /proc) in all, per thread (the event loop, the work pool, the model
threads), and the same requests' `Assistant.finish` alone in one thread of the server process
before the load, second pass (the part that is not the server's own). `--model` keeps the real
model instead (the server's whole CPU per request, as `load_server.py` reports it, per thread). `--root` runs the server from another
checkout's `cf_assistant` (PYTHONPATH), to compare two trees back to back; `--profile FILE`
records the server with py-spy (raw stacks) during the last level.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load_server as ls  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

SERVER = r'''
import json, sys, threading, time
import uvicorn
from cf_assistant.assistant import Assistant, SuggestRequest
from cf_assistant.server.app import create_app
from cf_assistant.server.settings import Settings

port, k, model_ms, texts = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), json.loads(sys.argv[4])
settings = Settings(port=port)
torch_threads = settings.threads()
import torch
torch.set_num_threads(torch_threads)
assistant = Assistant(seed=settings.seed)
assistant.load("cf")
canned = {t: s[0] for t in texts for s in [assistant.sample("cf", [t], k)]}
for rep in range(2):  # the second pass is timed: the parse cache warm, as in a running server
    start = time.thread_time()
    for t in texts:
        try:
            assistant.finish(SuggestRequest(t, k=k), canned[t])
        except Exception:
            pass
    finish_ms = 1000 * (time.thread_time() - start) / len(texts)
real_sample = assistant.sample

def replay(lang, batch, k_):
    time.sleep(model_ms / 1000 * len(batch))
    return [canned[t] if t in canned else real_sample(lang, [t], k_)[0] for t in batch]

if model_ms >= 0:  # else the real model answers (--model)
    assistant.sample = replay
print("FINISH_MS", round(finish_ms, 3), flush=True)
app = create_app(settings, assistant)
if len(sys.argv) > 5:  # cProfile of the event loop's thread, written at exit
    import cProfile
    profile = cProfile.Profile()
    profile.enable()
    try:
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
    finally:
        profile.disable()
        profile.dump_stats(sys.argv[5])
else:
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
'''


def thread_cpu(pid: int, names: dict[str, str]) -> dict[str, float]:
    """CPU seconds per named thread of `pid` (others summed as "other")."""
    out: dict[str, float] = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = Path(f"/proc/{pid}/task/{tid}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        name = names.get(tid, "other")
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


def thread_names(pid: int) -> dict[str, str]:
    """OS thread id -> Python thread name (py-spy dump), grouped: model, work, event loop."""
    import re

    dump = subprocess.run(["py-spy", "dump", "-p", str(pid)], capture_output=True, text=True).stdout
    groups = {"MainThread": "event loop", "cfa-model": "model threads", "cfa-work": "work pool"}
    names = {}
    for tid, name in re.findall(r'Thread (\d+) \([^)]*\): "([^"]+)"', dump):
        names[tid] = next((g for prefix, g in groups.items() if name.startswith(prefix)), "other")
    return names


async def drive(base: str, bodies: list[dict], concurrency: int, n: int) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    statuses: dict[int, int] = {}
    todo = iter(range(n))
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        async def worker() -> None:
            for i in todo:
                response = await client.post(base + "/v1/suggest", json=bodies[i % len(bodies)])
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return statuses


def start(root: Path, port: int, k: int, model_ms: float, texts: list[str],
          cprofile: Path | None = None) -> tuple[subprocess.Popen, float]:
    env = dict(os.environ, PYTHONPATH=str(root))
    extra = [str(cprofile.resolve())] if cprofile else []
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port), str(k), str(model_ms), json.dumps(texts), *extra],
                            cwd=root, env=env, stdout=subprocess.PIPE, text=True)
    finish_ms = float(proc.stdout.readline().split()[1])
    import httpx

    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return proc, finish_ms
        except httpx.TransportError:
            time.sleep(0.1)
    ls.stop_server(proc)
    raise SystemExit("the server was not ready in time")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--levels", default="8,32")
    p.add_argument("--n", type=int, default=600, help="requests per level")
    p.add_argument("--model-ms", type=float, default=35.0, help="replayed model time per request (sleep)")
    p.add_argument("--model", action="store_true", help="the real model answers (no replay): all of a request's CPU")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--root", type=Path, default=ROOT, help="the checkout whose cf_assistant serves")
    p.add_argument("--profile", type=Path, help="py-spy raw stacks of the server during the last level")
    p.add_argument("--cprofile", type=Path, help="cProfile stats of the event loop's thread, whole run")
    a = p.parse_args(argv)
    bodies = ls.requests(a.k)
    port = ls.free_port()
    proc, finish_ms = start(a.root.resolve(), port, a.k, -1.0 if a.model else a.model_ms, sorted({b["text"] for b in bodies}),
                           a.cprofile)
    base = f"http://127.0.0.1:{port}"
    try:
        asyncio.run(drive(base, bodies, 8, 64))  # warm-up: every thread started
        names = thread_names(proc.pid)
        levels = [int(c) for c in a.levels.split(",")]
        for c in levels:
            spy = None
            if a.profile and c == levels[-1]:
                spy = subprocess.Popen(["py-spy", "record", "-p", str(proc.pid), "-r", "250", "--format", "raw",
                                        "-o", str(a.profile), "--threads", "--nonblocking"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            before, wall = thread_cpu(proc.pid, names), time.perf_counter()
            statuses = asyncio.run(drive(base, bodies, c, a.n))
            after, wall = thread_cpu(proc.pid, names), time.perf_counter() - wall
            if spy is not None:
                spy.send_signal(2)
                spy.wait()
            per = {g: round(1000 * (after[g] - before.get(g, 0.0)) / a.n, 2) for g in sorted(after)}
            print(json.dumps({"root": str(a.root), "concurrency": c, "n": a.n, "wall_s": round(wall, 1),
                              "server_cpu_ms_per_request": round(sum(per.values()), 2), "threads": per,
                              "finish_alone_ms": finish_ms, "statuses": statuses}), flush=True)
    finally:
        if a.cprofile and proc.poll() is None:  # SIGINT: uvicorn stops and the profile is written
            proc.send_signal(2)
            proc.wait(timeout=30)
        ls.stop_server(proc)


if __name__ == "__main__":
    main()
