"""`cfa serve` as a real process: uvicorn on a free 127.0.0.1 port, ready, answering, stopped by PID."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx

# the child process: the real CLI and app, the fake candidate source of conftest
CHILD = """
import sys
from cf_assistant.assistant import pipeline
from tests.server.conftest import FakeSource
pipeline.source_factory = lambda *a, **k: FakeSource()
pipeline.example_factory = lambda lang, source: None
from cf_assistant.cli.app import main
main(["serve", "--port", sys.argv[1], "--threads", "1", "--log-level", "warning"])
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cfa_serve_process(tmp_path):
    port = _free_port()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = {**os.environ, "PYTHONPATH": root, "OMP_NUM_THREADS": "1"}
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(port)], cwd=root, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                if httpx.get(base + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "cfa serve never became ready"
            time.sleep(0.2)
        got = httpx.post(base + "/v1/suggest", json={"text": "top 3", "k": 1}, timeout=10)
        assert got.status_code == 200 and got.json()["candidates"][0]["code"] == "Top(3)"
        bad = httpx.post(base + "/v1/suggest", content=b"{", headers={"content-type": "application/json"})
        assert bad.status_code == 400 and bad.headers["content-type"] == "application/problem+json"
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
        log.close()
    # uvicorn shuts down gracefully, then re-raises the SIGTERM it caught
    assert proc.returncode in (0, -signal.SIGTERM), (tmp_path / "serve.log").read_text()
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def test_cfa_serve_refuses_bad_options(cli):
    assert cli("serve", "--port", "70000")[0] == 2
    code, _out, err = cli("serve", "--workers", "0")
    assert code == 2 and err.startswith("error: --workers")
    code, _out, err = cli("serve", "--engine", "onnx")
    assert code == 2 and err.startswith("error: --engine must be auto, numpy or torch")
    code, _out, err = cli("serve", "--precision", "fp16")
    assert code == 2 and err.startswith("error: --precision must be fp32 or bf16")
    code, _out, err = cli("serve", "--precision", "bf16", "--engine", "numpy")
    assert code == 2 and err.startswith("error: --precision bf16 needs --engine torch")


def test_the_server_runs_the_engine_its_settings_name(monkeypatch):
    """`cfa serve --engine` reaches the model's generator through the Assistant (torch by
    default: faster in the server's batches, docs/SERVER.md)."""
    from cf_assistant.assistant import pipeline
    from cf_assistant.server.app import _assistant
    from cf_assistant.server.settings import Settings

    asked = []
    monkeypatch.setattr(pipeline, "source_factory", lambda *a, **k: asked.append(k) or object())
    for settings, want, precision in ((Settings(), "torch", "fp32"), (Settings(engine="numpy"), "numpy", "fp32"),
                                      (Settings(precision="bf16"), "torch", "bf16")):
        _assistant(settings, None).suggester("cf").source  # noqa: B018 - made on first use
        assert asked[-1] == {"engine": want, "precision": precision}
