"""Load benchmark of `cfa serve` on loopback: the in-process ceiling first, then HTTP at each level.

    python benchmarks/load_server.py [--duration 60] [--levels 1,8,32] [--soak 0] [--k 5]
                                     [--max-batch 12] [--max-wait-ms 2] [--client httpx|raw]
                                     [--httpx-levels 32] [--out FILE.json]

Requests: the CF dev split's utterances (the dev part of /work/shared/data/cf/train.json; nothing
is trained or chosen on them here), `{"text", "k"}` each, cycled.

1. Ceiling: the assistant API in this process on the same requests, `suggest_many` over batches
   of each --ceiling-batches size for --ceiling-seconds each, from as many threads at once as the
   server has model threads, each with the server's torch threads:
   requests/s per batch size, the best being the machine's limit for this work; and the median
   latency of one request alone (`suggest` on every request in turn, after a warm-up pass, as the
   server warms before /readyz), which the HTTP latency at concurrency 1 is compared with. Then the same API driven
   as the server drives it, without HTTP (`--pipelined-batches`): the server's own `Batcher`
   (model calls on the model threads, each request's finish on the finishing thread) fed by as
   many in-process callers as the highest level, each sending its next request when the last is
   answered: requests/s and p50/p95/p99 latency. The ceiling is the better of the two; the
   pipelined latencies say what the CPU allows at that concurrency before any HTTP.
2. `cfa serve` as a fresh process on a free 127.0.0.1 port (access log off): the time until
   /readyz is 200 (cold start), then for each concurrency level a client with that many workers
   (each its own keep-alive connection) for --duration seconds: httpx's AsyncClient by default
   (the client issue 21 names), or with `--client raw` the lean `RawConnection` on uvloop (about
   0.2-0.3 ms of CPU per request against httpx's 1.6 ms on this machine, where client and server
   share two cores: it leaves more of them to the server, as add-ins calling from their own
   machines do); with `--client raw`, `--httpx-levels 32` runs the named levels again with httpx in
   the same run, after the others.
   Per level: requests/s (200s only), p50/p95/p99 latency, error and 503 rates, the batch-size histogram (from /stats), the model's share of the time (timing_ms),
   the server's resident and peak memory (/proc), and the server process's CPU time per answered
   request (user + system, /proc: unlike the wall times it hardly moves when other jobs share
   the CPU, so it compares runs taken on a busy machine), and this client's own CPU time per
   request (it shares the machine's cores with the server). --soak S runs S seconds at concurrency 8
   and reports the server's memory at its start and end.
Prints a Markdown report; --out also writes the numbers as JSON. Run it on an idle machine: the
numbers are wall times and the client shares the CPU with the server.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def requests(k: int) -> list[dict]:
    from cf_assistant import data
    from cf_assistant.paths import default_data_dir

    dev, _ = data.load_split(default_data_dir() / "cf" / "train.json", "dev", lang="cf")
    return [{"text": r.utterance, "k": k} for r in dev]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


# ------------------------------------------------------------------ the in-process ceiling


def ceiling(bodies: list[dict], batches: list[int], seconds: float, threads: int, callers: int = 1,
            engine: str = "torch") -> dict:
    """Requests/s of the assistant API per batch size, and one request's median latency."""
    from cf_assistant.diffusion.runtime import pinned_threads, set_threads

    with pinned_threads(threads):  # as the server: loading the model keeps this count
        return _ceiling(bodies, batches, seconds, callers, set_threads, engine)


def _ceiling(bodies: list[dict], batches: list[int], seconds: float, callers: int, init,
             engine: str = "torch") -> dict:
    """`ceiling` with `callers` threads calling the API at once, as the server's model threads
    (`init` sets each thread's torch threads), on the server's model engine."""
    from concurrent.futures import ThreadPoolExecutor

    from cf_assistant.assistant import Assistant, SuggestRequest

    assistant = Assistant(engine=engine)
    assistant.load("cf")
    reqs = [SuggestRequest(b["text"], k=b["k"]) for b in bodies]
    single = []
    for timed in (False, True):  # a warm-up pass first, as the server warms before /readyz; every
        for req in reqs:  # request, as the HTTP levels cycle through them all (the first 40 alone run faster)
            start = time.perf_counter()
            try:
                assistant.suggest(req)
            except Exception:  # a request without a valid candidate costs the same
                pass
            if timed:
                single.append((time.perf_counter() - start) * 1000)
    rates, cpu = {}, {}
    with ThreadPoolExecutor(callers, initializer=init) as pool:
        for size in batches:
            start, cpu_start = time.perf_counter(), time.process_time()
            done = sum(pool.map(lambda c, size=size: _calls(assistant, reqs, size, c * 7, start + seconds),
                                range(callers)))
            rates[size] = done / (time.perf_counter() - start)
            cpu[size] = 1000 * (time.process_time() - cpu_start) / done
    best = max(rates, key=rates.get)
    return {"rps_by_batch": rates, "best_batch": best, "ceiling_rps": rates[best], "callers": callers,
            "cpu_ms_by_batch": cpu, "single_p50_ms": statistics.median(single), "assistant": assistant}


def pipelined(assistant, bodies: list[dict], batches: list[int], seconds: float,
              model_threads: int, finish_threads: int, concurrency: int) -> dict:
    """The API in-process, driven as the server drives it but without HTTP: the server's own
    `Batcher` (model calls on `model_threads` threads, each request's finish on the finishing
    pool) fed by `concurrency` in-process callers, each submitting its next request as soon as
    the last is answered; per max batch size: requests/s, latency percentiles, CPU ms per request.
    What it leaves out of the server's work is transport only (HTTP, JSON, Office.js payloads)."""
    from concurrent.futures import ThreadPoolExecutor

    from cf_assistant.assistant import SuggestRequest
    from cf_assistant.diffusion.runtime import set_threads
    from cf_assistant.errors import NoValidCandidateError
    from cf_assistant.server.batching import Batcher

    def finish(req, samples, batch):
        try:
            return assistant.finish(req, samples)
        except NoValidCandidateError as exc:  # answered all the same (the server's 200 with none)
            return exc

    async def caller(batcher, offset: int, stop_at: float, out: list) -> None:
        i = offset
        while time.perf_counter() < stop_at:
            body = bodies[i % len(bodies)]
            start = time.perf_counter()
            await batcher.submit("cf", body["text"], body["k"], SuggestRequest(body["text"], k=body["k"]))
            out.append((time.perf_counter() - start) * 1000)
            i += 1

    async def one(size: int) -> dict:
        with ThreadPoolExecutor(model_threads, "ceil-model", initializer=set_threads) as model_pool, \
                ThreadPoolExecutor(finish_threads, "ceil-finish", initializer=set_threads) as finish_pool:
            batcher = Batcher(lambda *a: assistant.sample(*a), finish, model_pool, finish_pool,
                              size, 2.0, 1024, model_threads)
            out: list[float] = []
            start, cpu_start = time.perf_counter(), time.process_time()
            await asyncio.gather(*(caller(batcher, c * 7, start + seconds, out) for c in range(concurrency)))
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            await batcher.close()
        return {"rps": len(out) / elapsed, "p50_ms": percentile(out, 50), "p95_ms": percentile(out, 95),
                "p99_ms": percentile(out, 99), "cpu_ms": 1000 * cpu / max(1, len(out)),
                "batches": dict(sorted(batcher.histogram.items()))}

    by_batch = {size: asyncio.run(one(size)) for size in batches}
    best = max(by_batch, key=lambda b: by_batch[b]["rps"])
    return {"concurrency": concurrency, "by_batch": by_batch, "best_batch": best,
            "rps": by_batch[best]["rps"]}


def _calls(assistant, reqs: list, size: int, i: int, stop_at: float) -> int:
    """`suggest_many` on batches of `size` from reqs[i:], cycled, until `stop_at`; requests done."""
    done = 0
    while time.perf_counter() < stop_at:
        assistant.suggest_many([reqs[(i + j) % len(reqs)] for j in range(size)])
        done, i = done + size, i + size
    return done


# ------------------------------------------------------------------ the server process


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _family(pid: int) -> list[int]:
    """The process and its live child processes (`cfa serve --workers N`: the workers)."""
    out = [pid]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            pass
    return out


def memory_mb(pid: int) -> dict:
    """Resident and peak resident memory of a process and its children, summed, MiB (Linux /proc)."""
    out = {"rss": 0.0, "peak": 0.0}
    for member in _family(pid):
        try:
            lines = Path(f"/proc/{member}/status").read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out["rss" if key == "VmRSS" else "peak"] += int(value.split()[0]) / 1024
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process and its live children have used so far, seconds (Linux /proc)."""
    total = 0
    for member in _family(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def start_server(args: list[str], timeout: float = 180.0, ready_in_a_row: int = 1
                 ) -> tuple[subprocess.Popen, str, float]:
    """`cfa serve ARGS` on a free port; (process, base URL, seconds until /readyz was 200
    `ready_in_a_row` times in a row: with several workers, each answers some of them)."""
    import httpx

    port = free_port()
    cmd = [sys.executable, "-m", "cf_assistant.cli.app", "serve", "--port", str(port),
           "--log-level", "warning", *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    streak = 0
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"cfa serve exited with {proc.returncode}")
        try:
            with httpx.Client(timeout=2) as client:  # a new connection each time: any worker may answer
                streak = streak + 1 if client.get(base + "/readyz").status_code == 200 else 0
            if streak >= ready_in_a_row:
                return proc, base, time.perf_counter() - start
        except httpx.TransportError:
            streak = 0
        time.sleep(0.1 if streak == 0 else 0.01)
    stop_server(proc)
    raise SystemExit("cfa serve was not ready in time")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


# ------------------------------------------------------------------ HTTP load


async def _worker(client, base, bodies, offset, stop_at, out) -> None:
    i = offset
    while time.perf_counter() < stop_at:
        body = bodies[i % len(bodies)]
        i += 1
        start = time.perf_counter()
        try:
            response = await client.post(base + "/v1/suggest", json=body)
            status = response.status_code
            model = response.json().get("timing_ms", {}).get("model") if status == 200 else None
        except Exception as exc:  # a transport error counts as an error
            status, model = type(exc).__name__, None
        out.append((time.perf_counter() - start, status, model))


class RawConnection:
    """One keep-alive HTTP/1.1 connection that POSTs JSON bodies rendered once, on asyncio streams.

    The lean client: the load generator shares the machine's two cores with the server it
    measures, and httpx spends about 1.6 ms of CPU per request here (its pool, URL and header
    models); this spends a fraction of that, so more of the machine is left to the server, as
    when the add-ins call it from their own machines. It reads the status line, the headers and
    a Content-Length body (what uvicorn sends for a JSON answer); anything else is an error."""

    def __init__(self, host: str, port: int):
        self.host, self.port, self.reader, self.writer = host, port, None, None

    async def post(self, path: str, body: bytes) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(b"POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
                          b"Content-Length: %d\r\n\r\n%s" % (path.encode(), self.host.encode(), len(body), body))
        status = int((await self.reader.readline()).split(b" ", 2)[1])
        length, close = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        payload = await self.reader.readexactly(length)
        if close:
            self.close()
        return status, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _raw_worker(base, bodies, offset, stop_at, out) -> None:
    host, port = base.rsplit("//", 1)[1].split(":")
    conn, i = RawConnection(host, int(port)), offset
    rendered = [json.dumps(b).encode() for b in bodies]
    while time.perf_counter() < stop_at:
        body = rendered[i % len(rendered)]
        i += 1
        start = time.perf_counter()
        try:
            status, payload = await conn.post("/v1/suggest", body)
            model = json.loads(payload).get("timing_ms", {}).get("model") if status == 200 else None
        except Exception as exc:  # a transport or protocol error counts as an error
            status, model = type(exc).__name__, None
            conn.close()
        out.append((time.perf_counter() - start, status, model))
    conn.close()


async def level(base: str, bodies: list[dict], concurrency: int, seconds: float, pid: int,
                client_kind: str = "raw") -> dict:
    """`concurrency` workers of the `client_kind` client ("raw": RawConnection, or "httpx") for
    `seconds`: the numbers of one row of the report."""
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        before = (await client.get(base + "/stats")).json()
        cpu, own = cpu_seconds(pid), time.process_time()
        out: list = []
        start = time.perf_counter()
        if client_kind == "raw":
            workers = [_raw_worker(base, bodies, w * 7, start + seconds, out) for w in range(concurrency)]
        else:
            workers = [_worker(client, base, bodies, w * 7, start + seconds, out) for w in range(concurrency)]
        await asyncio.gather(*workers)
        elapsed = time.perf_counter() - start
        cpu, own = cpu_seconds(pid) - cpu, time.process_time() - own
        after = (await client.get(base + "/stats")).json()
    ok = [t * 1000 for t, s, _ in out if s == 200]
    statuses = Counter(str(s) for _, s, _ in out)
    models = [m for _, s, m in out if s == 200 and m is not None]
    hist = {size: n - before.get("batches", {}).get(size, 0) for size, n in after["batches"].items()}
    return {"concurrency": concurrency, "client": client_kind, "seconds": round(elapsed, 1), "requests": len(out),
            "rps": len(ok) / elapsed, "p50_ms": percentile(ok, 50), "p95_ms": percentile(ok, 95),
            "p99_ms": percentile(ok, 99), "error_rate": 1 - len(ok) / max(1, len(out)),
            "rate_503": statuses.get("503", 0) / max(1, len(out)), "statuses": dict(statuses),
            "batches": {s: n for s, n in sorted(hist.items(), key=lambda kv: int(kv[0])) if n},
            "model_ms_p50": percentile(models, 50), "cpu_ms_per_request": 1000 * cpu / max(1, len(ok)),
            "client_cpu_ms_per_request": 1000 * own / max(1, len(out))}


async def soak(base: str, pid: int, bodies: list[dict], seconds: float, client_kind: str = "raw") -> dict:
    """Concurrency 8 for `seconds`; the server's memory every 10 s."""
    samples = [memory_mb(pid)["rss"]]
    task = asyncio.create_task(level(base, bodies, 8, seconds, pid, client_kind))
    while not task.done():
        await asyncio.sleep(min(10.0, seconds))
        samples.append(memory_mb(pid)["rss"])
    result = await task
    result.update(rss_start_mb=samples[1] if len(samples) > 1 else samples[0], rss_end_mb=samples[-1],
                  rss_samples_mb=[round(s, 1) for s in samples])
    return result


def _run(coro, client_kind: str):
    """Run a level: the raw client on uvloop where it is installed (the server's own loop), httpx
    on asyncio's loop as it always ran."""
    if client_kind == "raw":
        try:
            import uvloop
        except ImportError:
            uvloop = None
        if uvloop is not None:
            with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
                return runner.run(coro)
    return asyncio.run(coro)


# ------------------------------------------------------------------ report


def _pipelined_lines(ceil: dict) -> list[str]:
    """The pipelined ceiling's line (none when it was skipped)."""
    pipe = ceil.get("pipelined")
    if not pipe:
        return []
    return [f"In-process, pipelined as the server (its Batcher, no HTTP), {pipe['concurrency']} callers: "
            + ", ".join(f"max batch {b}: {r['rps']:.1f} req/s, p50 {r['p50_ms']:.0f} / p95 {r['p95_ms']:.0f} / "
                        f"p99 {r['p99_ms']:.0f} ms, {r['cpu_ms']:.1f} CPU ms/req"
                        for b, r in pipe["by_batch"].items())
            + f". Ceiling: the better of the two, {ceil['ceiling_rps']:.1f} req/s.", ""]


def report(cfg: dict, ceil: dict, cold: float, levels: list[dict], soaked: dict | None, mem: dict) -> str:
    lines = [f"## cfa serve load test ({cfg['cpus']} CPUs, k={cfg['k']}, {cfg['n']} CF dev requests, "
             f"max batch {cfg['max_batch']}, max wait {cfg['max_wait_ms']} ms, model threads "
             f"{cfg['model_threads']} x torch threads {cfg['threads']}, finish threads {cfg['finish_threads']})", "",
             f"In-process ceiling (Assistant.suggest_many, {ceil['callers']} callers at once): " + ", ".join(
                 f"batch {b}: {r:.1f} req/s" for b, r in ceil["rps_by_batch"].items())
             + f"; best {ceil.get('direct_rps', ceil['ceiling_rps']):.1f} req/s at batch {ceil['best_batch']}; one request alone "
             f"{ceil['single_p50_ms']:.1f} ms median. CPU ms per request: " + ", ".join(
                 f"batch {b}: {c:.1f}" for b, c in ceil["cpu_ms_by_batch"].items()) + ".", "",
             *_pipelined_lines(ceil),
             f"Server cold start (process start to /readyz 200): {cold:.1f} s; memory after the run "
             f"{mem['rss']:.0f} MiB resident, peak {mem['peak']:.0f} MiB.", "",
             "| concurrency | client | s | req/s | % of ceiling | p50 ms | p95 ms | p99 ms | errors | 503 | batch sizes | model ms p50 | server CPU ms/req | client CPU ms/req |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in levels + ([soaked] if soaked else []):
        hist = " ".join(f"{s}:{n}" for s, n in r["batches"].items())
        lines.append(f"| {r['concurrency']}{' (soak)' if r is soaked else ''} | {r.get('client', 'httpx')} | {r['seconds']} | {r['rps']:.1f} | "
                     f"{100 * r['rps'] / ceil['ceiling_rps']:.0f}% | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
                     f"{r['p99_ms']:.1f} | {100 * r['error_rate']:.2f}% | {100 * r['rate_503']:.2f}% | {hist} | "
                     f"{r['model_ms_p50']:.1f} | {r['cpu_ms_per_request']:.1f} | {r['client_cpu_ms_per_request']:.1f} |")
    main_levels = [r for r in levels if r.get("client") == cfg.get("client", "httpx")] or levels
    one = next((r for r in main_levels if r["concurrency"] == 1), None)
    if one:
        lines += ["", f"HTTP added latency at concurrency 1: {one['p50_ms'] - ceil['single_p50_ms']:.1f} ms "
                  f"median ({one['p50_ms']:.1f} through HTTP vs {ceil['single_p50_ms']:.1f} in-process)."]
        lone = ceil.get("pipelined_one")
        if lone:
            lines.append(f"Against the same API through the server's Batcher, one caller, no HTTP "
                         f"({lone['p50_ms']:.1f} ms median, {lone['cpu_ms']:.1f} CPU ms per request): "
                         f"{one['p50_ms'] - lone['p50_ms']:.1f} ms for the HTTP layer itself.")
        top = max(main_levels, key=lambda r: r["concurrency"])
        lines.append(f"Throughput at {top['concurrency']}: {top['rps'] / one['rps']:.2f}x the one-at-a-time throughput.")
    if soaked:
        lines.append(f"Soak: resident memory {soaked['rss_start_mb']:.0f} MiB at the start, "
                     f"{soaked['rss_end_mb']:.0f} MiB at the end ({soaked['seconds']} s at 8).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--duration", type=float, default=60.0, help="seconds per concurrency level")
    p.add_argument("--levels", default="1,8,32")
    p.add_argument("--soak", type=float, default=0.0, help="seconds at concurrency 8 (600 = 10 min)")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--max-batch", type=int, default=12)
    p.add_argument("--max-wait-ms", type=float, default=2.0)
    p.add_argument("--ceiling-batches", default="1,4,8,16,32")
    p.add_argument("--ceiling-seconds", type=float, default=15.0)
    p.add_argument("--pipelined-batches", default="16", help="max batch sizes of the pipelined "
                   "in-process ceiling (the server's Batcher without HTTP); empty: skip it")
    p.add_argument("--ceiling-concurrency", type=int, help="in-process callers of the pipelined "
                   "ceiling (default: the highest --levels)")
    p.add_argument("--threads", type=int, help="torch threads per model call, server and ceiling "
                   "(default: the server's, cores / model threads)")
    p.add_argument("--model-threads", type=int, help="the server's model calls at once, and the ceiling's "
                   "callers at once (default: the server's, one per core)")
    p.add_argument("--finish-threads", type=int, default=1, help="the server's threads for the work after the model")
    p.add_argument("--workers", type=int, default=1, help="the server's worker processes (each gets "
                   "model threads / workers model calls at once; memory and CPU are the workers' summed)")
    p.add_argument("--client", choices=("httpx", "raw"), default="httpx", help="the load client: httpx "
                   "(AsyncClient on asyncio's own loop, as issue 21 names it) or raw (RawConnection on "
                   "uvloop, the lean one)")
    p.add_argument("--httpx-levels", default="", help="with --client raw: levels run again with httpx, "
                   "after the others")
    p.add_argument("--engine", choices=("torch", "numpy", "auto"), default="torch",
                   help="the model's engine, for the server and the ceiling alike")
    p.add_argument("--precision", choices=("fp32", "bf16"), default="fp32",
                   help="the torch engine's arithmetic, for the server and the ceiling alike")
    p.add_argument("--out", type=Path)
    a = p.parse_args(argv)
    os.environ["CFA_PRECISION"] = a.precision  # the in-process ceiling's assistants read it
    from cf_assistant.server.settings import Settings

    chosen = Settings(torch_threads=a.threads, model_threads=a.model_threads)
    a.threads, a.model_threads = chosen.threads(), chosen.models()
    bodies = requests(a.k)
    ceil = ceiling(bodies, [int(x) for x in a.ceiling_batches.split(",")], a.ceiling_seconds, a.threads,
                   a.model_threads, a.engine)
    assistant = ceil.pop("assistant")
    if a.pipelined_batches:
        from cf_assistant.diffusion.runtime import pinned_threads

        with pinned_threads(a.threads):
            ceil["pipelined"] = pipelined(
                assistant, bodies, [int(x) for x in a.pipelined_batches.split(",")], a.ceiling_seconds,
                a.model_threads, a.finish_threads,
                a.ceiling_concurrency or max(int(c) for c in a.levels.split(",")))
            # one caller: the server's lone-request path (model and finish on a model thread) without HTTP
            ceil["pipelined_one"] = pipelined(assistant, bodies, [a.max_batch], a.ceiling_seconds,
                                              a.model_threads, a.finish_threads, 1)["by_batch"][a.max_batch]
        ceil["direct_rps"] = ceil["ceiling_rps"]
        ceil["ceiling_rps"] = max(ceil["ceiling_rps"], ceil["pipelined"]["rps"])
    del assistant
    proc, base, cold = start_server(["--engine", a.engine, "--precision", a.precision, "--workers", str(a.workers),
                                     "--threads", str(a.threads),
                                     "--model-threads", str(max(1, a.model_threads // a.workers)),
                                     "--max-batch", str(a.max_batch), "--max-wait-ms", str(a.max_wait_ms),
                                     "--finish-threads", str(a.finish_threads)],
                                    ready_in_a_row=1 if a.workers == 1 else 20)
    try:
        runs = [(int(c), a.client) for c in a.levels.split(",")]
        runs += [(int(c), "httpx") for c in a.httpx_levels.split(",") if c and a.client != "httpx"]
        levels = [_run(level(base, bodies, c, a.duration, proc.pid, kind), kind) for c, kind in runs]
        soaked = _run(soak(base, proc.pid, bodies, a.soak, a.client), a.client) if a.soak > 0 else None
        mem = memory_mb(proc.pid)
    finally:
        stop_server(proc)
    cfg = {"cpus": os.cpu_count(), "k": a.k, "n": len(bodies), "max_batch": a.max_batch,
           "threads": a.threads, "model_threads": a.model_threads, "finish_threads": a.finish_threads,
           "max_wait_ms": a.max_wait_ms, "duration": a.duration, "client": a.client, "engine": a.engine,
           "precision": a.precision, "workers": a.workers,
           "command": " ".join(sys.argv)}
    print(report(cfg, ceil, cold, levels, soaked, mem))
    if a.out:
        a.out.write_text(json.dumps({"config": cfg, "ceiling": ceil, "cold_start_s": cold, "levels": levels,
                                     "soak": soaked, "memory_mb": mem}, indent=1))


if __name__ == "__main__":
    main()
