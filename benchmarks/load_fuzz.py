"""Fuzz `cfa serve` with malformed requests: never a 500, and still answering afterwards.

    python benchmarks/load_fuzz.py [--n 2400] [--seed 0] [--concurrency 8] [--out FILE.json]

Starts `cfa serve` (the shipped CF model) on a free 127.0.0.1 port and sends --n requests drawn
from these families, in a seeded random order: random JSON documents; each field of /v1/suggest
and /v1/rule with a wrong type or an out-of-range value; huge fields (long texts, long value
lists, bodies over the 1 MiB limit); broken bodies (random bytes, truncated JSON, invalid UTF-8,
wrong content types); uploads to /v1/validate and /v1/apply (random bytes, truncated and corrupted
workbooks, zips without a workbook, missing fields, an upload over the 20 MiB limit); unknown
paths and methods. Counts the answers by status; a failure is any 500 (or other 5xx but 503),
any error answer that is not application/problem+json, or a transport error; then checks that
/healthz and a valid /v1/suggest still answer. Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import random
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_server import start_server, stop_server  # noqa: E402

WRONG = [None, True, -1, 0, 1.5, 10**30, "", "x" * 300, [], [1, "a"], {}, {"a": {"b": [None]}}]


def _random_json(rng: random.Random, depth: int = 0):
    kind = rng.randrange(7 if depth < 3 else 4)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.choice([rng.randint(-10**12, 10**12), rng.random() * 1e308, -0.0])
    if kind == 2:
        return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0xD7FF), rng.randrange(0xD800, 0xE000)]))
                       for _ in range(rng.randrange(30)))
    if kind == 3:
        return rng.choice(["text", "lang", "k", "values", "rule", "range", "today"])
    if kind in (4, 5):
        return {rng.choice(["text", "lang", "k", "values", "rule", "range", "today", "zz"]): _random_json(rng, depth + 1)
                for _ in range(rng.randrange(5))}
    return [_random_json(rng, depth + 1) for _ in range(rng.randrange(5))]


def _xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for i, v in enumerate([3, 7, None, "abc"], start=2):
        wb.active.cell(row=i, column=1, value=v)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def json_case(rng: random.Random) -> dict:
    path = rng.choice(["/v1/suggest", "/v1/rule"])
    roll = rng.random()
    if roll < 0.3:
        return {"path": path, "json": _random_json(rng)}
    base = {"text": "highlight cells greater than 5"} if path == "/v1/suggest" else {"rule": "GreaterThan(5)"}
    field = rng.choice(["text", "lang", "k", "values", "range", "today"] if path == "/v1/suggest"
                       else ["rule", "values", "today"])
    if roll < 0.75:
        return {"path": path, "json": {**base, field: rng.choice(WRONG)}}
    if roll < 0.8:  # lone surrogates, which JSON escapes can spell
        return {"path": path, "content": json.dumps({**base, field: "ok \ud800 " + field}).encode(),
                "headers": {"content-type": "application/json"}}
    huge = rng.choice([{"text": "a" * rng.choice([1001, 100_000, 2_000_000])},
                       {"values": [str(i) for i in range(rng.choice([100_001, 300_000]))]},
                       {"k": 10**rng.randrange(3, 40)}, {"values": ["x" * 100_000] * 5}])
    return {"path": path, "json": {**base, **huge}}


def bytes_case(rng: random.Random) -> dict:
    path = rng.choice(["/v1/suggest", "/v1/rule", "/v1/validate", "/v1/apply"])
    body = rng.choice([
        bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))),
        b'{"text": "abc', b'{"text": "\xff\xfe"}', b"\x00" * 64, b"[" * 5000 + b"]" * 5000,
        json.dumps({"text": "x"}).encode()[: rng.randrange(1, 12)],
    ])
    ctype = rng.choice(["application/json", "text/plain", "multipart/form-data; boundary=zz",
                        "application/x-www-form-urlencoded", "application/xml", ""])
    return {"path": path, "content": body, "headers": {"content-type": ctype} if ctype else {}}


def upload_case(rng: random.Random, good: bytes) -> dict:
    path = rng.choice(["/v1/validate", "/v1/apply"])
    cut = rng.randrange(1, len(good))
    corrupt = bytearray(good)
    for _ in range(rng.randrange(1, 20)):
        corrupt[rng.randrange(len(corrupt))] = rng.randrange(256)
    content = rng.choice([
        bytes(rng.randrange(256) for _ in range(rng.randrange(0, 2000))), good[:cut], bytes(corrupt),
        _zip({"xl/workbook.xml": bytes(rng.randrange(256) for _ in range(200))}),
        _zip({"a.txt": b"hello"}), bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600,
    ])
    data = rng.choice([{}, {"rule": "GreaterThan(5)"}, {"rule": "GreaterThan(5)", "range": "A2:A5"},
                       {"rule": "GreaterThan(", "range": "A2:A5"}, {"rule": "Top(3)", "range": "ZZZ0:A"},
                       {"rule": "Top(3)", "range": "A2:A5", "sheet": "\x00"}])
    field = rng.choice(["file", "file", "file", "upload"])
    return {"path": path, "files": {field: ("b.xlsx", content)}, "data": data}


def misc_case(rng: random.Random) -> dict:
    return rng.choice([
        {"method": rng.choice(["GET", "PUT", "DELETE", "PATCH"]), "path": "/v1/suggest"},
        {"method": "GET", "path": "/" + "".join(rng.choice("abc/%.") for _ in range(rng.randrange(1, 40)))},
        {"path": "/v1/validate", "content": b"x" * (21 << 20), "headers": {"content-type": "multipart/form-data; boundary=zz"}},
    ])


def cases(n: int, seed: int) -> list[dict]:
    rng, good = random.Random(seed), _xlsx()
    makers = [json_case] * 5 + [bytes_case] * 3 + [lambda r: upload_case(r, good)] * 3 + [misc_case]
    out = [rng.choice(makers)(rng) for _ in range(n)]
    out[0] = {"path": "/v1/validate", "content": b"x" * (21 << 20), "headers": {"content-type": "multipart/form-data; boundary=zz"}}  # over the limit, once at least
    return out


async def send(client, base: str, case: dict) -> tuple[str, str]:
    method = case.get("method", "POST")
    content, headers = case.get("content"), case.get("headers")
    if "json" in case:  # escaped (ensure_ascii): lone surrogates travel as \ud800
        content, headers = json.dumps(case["json"]).encode(), {"content-type": "application/json"}
    try:
        response = await client.request(method, base + case["path"], content=content, headers=headers,
                                        files=case.get("files"), data=case.get("data"))
    except Exception as exc:
        return type(exc).__name__, ""
    return str(response.status_code), response.headers.get("content-type", "")


async def run(base: str, todo: list[dict], concurrency: int) -> list[tuple[str, str]]:
    import httpx

    out: list = [None] * len(todo)
    queue = list(enumerate(todo))
    async with httpx.AsyncClient(timeout=60) as client:
        async def worker():
            while queue:
                i, case = queue.pop()
                out[i] = await send(client, base, case)
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return out


def main(argv: list[str] | None = None) -> None:
    import httpx

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=2400)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--out", type=Path)
    a = p.parse_args(argv)
    todo = cases(a.n, a.seed)
    proc, base, _ = start_server([])
    try:
        start = time.perf_counter()
        answers = asyncio.run(run(base, todo, a.concurrency))
        elapsed = time.perf_counter() - start
        health = httpx.get(base + "/healthz", timeout=10).status_code
        valid = httpx.post(base + "/v1/suggest", json={"text": "highlight cells greater than 5"}, timeout=30).status_code
    finally:
        stop_server(proc)
    statuses = Counter(s for s, _ in answers)
    bad = [(s, t) for s, t in answers
           if not s.isdigit() or (s.startswith("5") and s != "503") or (int(s) >= 400 and not t.startswith("application/problem+json"))]
    print(f"{len(answers)} malformed requests in {elapsed:.0f} s (concurrency {a.concurrency}, seed {a.seed}): "
          + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))
    print(f"500 responses: {statuses.get('500', 0)}; failures (5xx but 503, non-problem errors, transport): {len(bad)}"
          + (f" e.g. {bad[:5]}" if bad else ""))
    print(f"afterwards: /healthz {health}, a valid /v1/suggest {valid}")
    if a.out:
        a.out.write_text(json.dumps({"n": len(answers), "statuses": dict(statuses), "failures": len(bad),
                                     "healthz": health, "valid_suggest": valid, "seconds": elapsed}))
    sys.exit(1 if bad or health != 200 or valid != 200 else 0)


if __name__ == "__main__":
    main()
