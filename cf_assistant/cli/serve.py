"""Serve the assistant over HTTP for an Excel add-in, editors and scripts (FastAPI on uvicorn).

`cfa serve` listens on 127.0.0.1:8000 (`--host`, `--port`), loads and warms the models of
`--lang` (default cf) before `GET /readyz` answers 200, and serves `POST /v1/suggest`, `/v1/rule`,
`/v1/validate`, `/v1/apply`, the task pane page at `/` and the OpenAPI page at `/docs`. Concurrent
suggest requests are batched into one model call per language (`--max-batch`, `--max-wait-ms`,
`--queue-size`), up to `--model-threads` model calls at once (default: one per core), each on
`--threads` torch threads (default: the cores left to it, 1 on 2 cores); a full queue or a request
over `--timeout` answers 503 with Retry-After. CORS is off unless `--cors-origin URL` names an
allowed origin (repeatable). `--workers N` starts N processes that share the cores (the server
keeps no state between requests).
`--ssl-certfile`/`--ssl-keyfile` serve HTTPS (the Excel add-in, addin/manifest.xml, needs it).

This module only parses options; the app is cf_assistant.server.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional

import typer


def command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    lang: Optional[List[str]] = typer.Option(None, "--lang", help="Languages loaded at start (repeatable; default cf). Others load on first use."),
    workers: int = typer.Option(1, "--workers", help="Worker processes (each loads the models)."),
    threads: Optional[int] = typer.Option(None, "--threads", help="Torch threads per model call (default: cores / workers / model threads)."),
    model_threads: Optional[int] = typer.Option(None, "--model-threads", help="Model calls at once per worker (default: cores / workers / --threads)."),
    finish_threads: int = typer.Option(1, "--finish-threads", help="Threads for each suggest request's work after the model."),
    work_threads: int = typer.Option(2, "--work-threads", help="Threads for /v1/rule, /v1/validate, /v1/apply and the checks before the model."),
    max_batch: int = typer.Option(12, "--max-batch", help="Requests per model call."),
    max_wait_ms: float = typer.Option(2.0, "--max-wait-ms", help="How long a batch waits for more requests."),
    queue_size: int = typer.Option(256, "--queue-size", help="Waiting requests per language before 503."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds a request may take before 503."),
    max_body: int = typer.Option(1 << 20, "--max-body", help="Largest JSON body in bytes (413 above)."),
    max_upload: int = typer.Option(20 << 20, "--max-upload", help="Largest workbook upload in bytes (413 above)."),
    cors_origin: Optional[List[str]] = typer.Option(None, "--cors-origin", help="An origin allowed to call the API from a browser (repeatable)."),
    seed: int = typer.Option(0, "--seed", help="Random seed of the sampler."),
    engine: str = typer.Option("torch", "--engine", help="The model's engine: torch (faster in the server's batches), numpy or auto."),
    precision: str = typer.Option("fp32", "--precision", help="The torch engine's arithmetic: fp32 (the same answers as cfa suggest) or bf16 (faster where the CPU multiplies bfloat16: AMX, AVX-512 BF16; docs/SERVER.md)."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn's log level."),
    ssl_certfile: Optional[Path] = typer.Option(None, "--ssl-certfile", help="HTTPS certificate (Office add-ins load over HTTPS only)."),
    ssl_keyfile: Optional[Path] = typer.Option(None, "--ssl-keyfile", help="HTTPS private key (with --ssl-certfile)."),
) -> None:
    from cf_assistant.errors import BadInputError

    problems = [
        (not 0 < port < 65536, f"--port must be 1..65535 (got {port})"),
        (workers < 1, "--workers must be at least 1"),
        (threads is not None and threads < 1, "--threads must be at least 1"),
        (model_threads is not None and model_threads < 1, "--model-threads must be at least 1"),
        (finish_threads < 1 or work_threads < 1, "--finish-threads and --work-threads must be at least 1"),
        (max_batch < 1 or queue_size < 1, "--max-batch and --queue-size must be at least 1"),
        (max_wait_ms < 0 or timeout <= 0, "--max-wait-ms must be >= 0 and --timeout > 0"),
        (max_body < 1 or max_upload < 1, "--max-body and --max-upload must be positive"),
        (engine not in ("auto", "numpy", "torch"), f"--engine must be auto, numpy or torch (got {engine})"),
        (precision not in ("fp32", "bf16"), f"--precision must be fp32 or bf16 (got {precision})"),
        (precision == "bf16" and engine == "numpy", "--precision bf16 needs --engine torch"),
        ((ssl_certfile is None) != (ssl_keyfile is None), "--ssl-certfile and --ssl-keyfile go together"),
        (any(p is not None and not p.is_file() for p in (ssl_certfile, ssl_keyfile)), "--ssl-certfile/--ssl-keyfile: no such file"),
    ]
    for bad, message in problems:
        if bad:
            raise BadInputError(message)
    from cf_assistant.server.settings import ENV_VAR, Settings

    settings = Settings(
        host=host, port=port, langs=tuple(lang or ("cf",)), max_batch=max_batch,
        max_wait_ms=max_wait_ms, queue_size=queue_size, timeout_s=timeout, max_body_bytes=max_body,
        max_upload_bytes=max_upload, cors_origins=tuple(cors_origin or ()), torch_threads=threads,
        workers=workers, seed=seed, engine=engine, precision=precision, finish_threads=finish_threads, work_threads=work_threads, model_threads=model_threads,
    )
    import uvicorn

    os.environ[ENV_VAR] = settings.to_env()  # read by each worker's app factory
    uvicorn.run("cf_assistant.server.app:app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level=log_level,
                ssl_certfile=str(ssl_certfile) if ssl_certfile else None,
                ssl_keyfile=str(ssl_keyfile) if ssl_keyfile else None)
