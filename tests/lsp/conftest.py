"""The real `cfa lsp` started as a subprocess and driven by pytest-lsp's client.

The server gets the fake model of `fake_assistant` (CFA_LSP_ASSISTANT) and logs each model call
to a file the tests read (CFA_FAKE_LOG); one server serves every test of a module.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

HERE = Path(__file__).resolve().parent
SERVER = [sys.executable, "-m", "cf_assistant.cli.app", "lsp"]
# one path per test process (this module may be imported twice: as conftest and by name)
MODEL_LOG = Path(tempfile.gettempdir()) / f"cfa-lsp-test-{os.getpid()}-model-calls.jsonl"


def server_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
    env.update({"CFA_LSP_ASSISTANT": "fake_assistant:make", "CFA_FAKE_LOG": str(MODEL_LOG),
                "OMP_NUM_THREADS": "1"}, **extra)
    return env


def model_calls() -> list[dict]:
    """The fake model's calls so far, without the preload's warm-up call."""
    if not MODEL_LOG.exists():
        return []
    calls = [json.loads(line) for line in MODEL_LOG.read_text().splitlines() if line.strip()]
    return [c for c in calls if c["utterances"] != ["warm up"]]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, server_env=server_env()),
                    scope="module")
async def client(lsp_client: LanguageClient):
    resolve = types.ClientCodeActionResolveOptions(properties=["edit"])  # as VS Code and Neovim
    capabilities = types.ClientCapabilities(text_document=types.TextDocumentClientCapabilities(
        code_action=types.CodeActionClientCapabilities(resolve_support=resolve, data_support=True)))
    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities, process_id=os.getpid()))
    lsp_client.server_capabilities = result.capabilities
    yield
    await lsp_client.shutdown_session()
    MODEL_LOG.unlink(missing_ok=True)


async def diagnostics_for(client: LanguageClient, uri: str, timeout: float = 20.0) -> list[types.Diagnostic]:
    """The next diagnostics published for `uri` (tests pop the old ones before a change)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while uri not in client.diagnostics:
        if loop.time() > deadline:
            raise AssertionError(f"no diagnostics for {uri} within {timeout} s")
        await asyncio.sleep(0.02)
    return list(client.diagnostics[uri])


def open_doc(client: LanguageClient, uri: str, text: str, language_id: str) -> None:
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=1, text=text)))
