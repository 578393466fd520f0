"""`cfa lsp` with the shipped Bash model (slow: loads the model in the server process)."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest
from lsprotocol import types
from pygls.lsp.client import LanguageClient

from cf_assistant.paths import MODEL_DIR, default_data_dir

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (MODEL_DIR / "bash" / "model.safetensors").is_file(), reason="no shipped Bash model"),
    pytest.mark.skipif(not (default_data_dir() / "bash" / "train.json").is_file(),
                       reason="no Bash benchmark data (the example bank)"),
]


@pytest.mark.asyncio
async def test_the_shipped_bash_model_answers_a_comment_with_valid_bash():
    from cf_assistant.languages import get_language

    env = {k: v for k, v in os.environ.items() if k not in ("CFA_LSP_ASSISTANT", "CFA_FAKE_LOG")}
    client = LanguageClient("test", "1")
    await client.start_io(sys.executable, "-m", "cf_assistant.cli.app", "lsp", env=env)
    try:
        resolve = types.ClientCodeActionResolveOptions(properties=["edit"])
        await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(
            text_document=types.TextDocumentClientCapabilities(
                code_action=types.CodeActionClientCapabilities(resolve_support=resolve, data_support=True)))))
        client.initialized(types.InitializedParams())
        uri = "file:///tmp/real.sh"
        client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
            uri=uri, language_id="shellscript", version=1, text="# find all txt files under /tmp\n")))
        [action] = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=types.Range(
                types.Position(0, 3), types.Position(0, 3)), context=types.CodeActionContext(diagnostics=[])))
        done = await asyncio.wait_for(client.code_action_resolve_async(action), 300)  # loads the model
        [edit] = done.edit.changes[uri]
        assert edit.range.start == types.Position(1, 0)
        assert get_language("bash").validate(edit.new_text).valid
        await client.shutdown_async(None)
        client.exit(None)
    finally:
        await client.stop()
