"""Fixtures of the server tests: the real app and the real assistant over a fake candidate source
(the pipeline's `source_factory` hook), so that no model loads and each test is fast."""

from __future__ import annotations

import threading
import time

import pytest

CANNED = {  # request text -> what the fake model samples for it (code, score)
    "highlight cells greater than 5": [("GreaterThan(5)", -0.1), ("LessThan(5)", -2.0), ("GreaterThan(", -3.0)],
    "top 3": [("Top(3)", -0.2)],
    "nothing valid": [("GreaterThan(", -1.0)],
    "today's rows that are not blank": [("AND(Today(), NotBlanks())", -0.1)],
}


class FakeSource:
    """A candidate source that answers from CANNED and records every model call's batch."""

    def __init__(self, delay: float = 0.0, fail_on: str | None = None):
        self.delay, self.fail_on = delay, fail_on
        self.calls: list[list[str]] = []
        self.lock = threading.Lock()

    def generate_scored(self, utterances: list[str], k: int) -> list[list[tuple[str, float]]]:
        with self.lock:
            self.calls.append(list(utterances))
        if self.fail_on is not None and self.fail_on in utterances:
            raise RuntimeError("the fake model fails on this batch")
        time.sleep(self.delay)
        return [CANNED.get(u, [("Blanks()", -1.0)])[:k] for u in utterances]


@pytest.fixture
def fake_source(monkeypatch):
    from cf_assistant.assistant import pipeline

    source = FakeSource()
    monkeypatch.setattr(pipeline, "source_factory", lambda *args, **kwargs: source)
    return source


@pytest.fixture
def make_client(fake_source):
    """make_client(**settings) -> a started TestClient (lifespan run, models 'warm')."""
    import torch
    from fastapi.testclient import TestClient

    from cf_assistant.server.app import create_app
    from cf_assistant.server.settings import Settings

    clients = []

    def make(**overrides):
        overrides.setdefault("torch_threads", torch.get_num_threads())  # leave the test process as it is
        client = TestClient(create_app(Settings(**overrides)), raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        wait_ready(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client):
    return make_client()


def wait_ready(client, timeout: float = 20.0) -> None:
    """Until the app's models are warm (or their loading failed)."""
    state = client.app.state.cfa
    deadline = time.monotonic() + timeout
    while not (state.ready or state.error):
        assert time.monotonic() < deadline, "the server never became ready"
        time.sleep(0.01)


def assert_problem(response, status: int | tuple[int, ...]) -> dict:
    """A problem+json answer with that status and a one-line detail, no traceback."""
    statuses = status if isinstance(status, tuple) else (status,)
    assert response.status_code in statuses, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    doc = response.json()
    assert doc["status"] == response.status_code and doc["title"] and doc["type"]
    assert "\n" not in doc["detail"] and "Traceback" not in response.text
    return doc
