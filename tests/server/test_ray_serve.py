"""The Ray Serve deployment serves the same app on a local Ray instance (only where ray is installed:
`pip install -e '.[ray]'`; skipped otherwise)."""

from __future__ import annotations

import socket
import time

import pytest

ray = pytest.importorskip("ray", reason="ray is not installed (optional extra: pip install -e '.[ray]')")
serve = pytest.importorskip("ray.serve", reason="ray[serve] is not installed")


def test_ray_serve_runs_the_same_app():
    import httpx

    from cf_assistant.assistant import Assistant
    from cf_assistant.server import ray_serve
    from cf_assistant.server.settings import Settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        serve.run(ray_serve.deployment(Settings(langs=(), torch_threads=1)), route_prefix="/")
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while httpx.get(base + "/readyz").status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert httpx.get(base + "/healthz").json() == {"status": "ok"}
        body = {"rule": "top(10%)", "values": ["1", "2", "30"]}
        assert httpx.post(base + "/v1/rule", json=body).json() == Assistant().rule("top(10%)", values=["1", "2", "30"])
        bad = httpx.post(base + "/v1/suggest", content=b"{", headers={"content-type": "application/json"})
        assert bad.status_code == 400 and bad.headers["content-type"] == "application/problem+json"
    finally:
        serve.shutdown()
        ray.shutdown()
