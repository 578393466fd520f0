"""End to end: the real `cfa lsp` process, a pytest-lsp client, the fake model of fake_assistant."""

from __future__ import annotations

import asyncio
import time

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from tests.lsp.conftest import diagnostics_for, model_calls, open_doc

pytestmark = pytest.mark.asyncio(loop_scope="module")

SCRIPT = "#!/bin/bash\n# find all txt files under /tmp\necho done\n"
PY = "import os\n\ndef main():\n    # print items sorted\n    return 1\n"


def _range(line: int, character: int, end_line: int | None = None, end_character: int | None = None):
    return types.Range(types.Position(line, character),
                       types.Position(line if end_line is None else end_line,
                                      character if end_character is None else end_character))


async def _actions(client: LanguageClient, uri: str, rng: types.Range) -> list[types.CodeAction]:
    got = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=rng,
        context=types.CodeActionContext(diagnostics=[])))
    return list(got or [])


async def test_initialize_advertises_the_features(client: LanguageClient):
    caps = client.server_capabilities
    assert caps.hover_provider
    assert caps.code_action_provider.resolve_provider is True
    assert list(caps.code_action_provider.code_action_kinds) == [types.CodeActionKind.RefactorRewrite]
    assert caps.text_document_sync is not None


async def test_bash_diagnostics_for_a_broken_line_and_none_for_a_valid_one(client: LanguageClient):
    open_doc(client, "file:///tmp/ok.sh", "ls -la /tmp | sort\nfor f in *.log; do gzip \"$f\"; done\n", "shellscript")
    assert await diagnostics_for(client, "file:///tmp/ok.sh") == []
    open_doc(client, "file:///tmp/bad.sh", "ls /tmp\necho 'not closed\n", "shellscript")
    [d] = await diagnostics_for(client, "file:///tmp/bad.sh")
    assert d.range.start.line == 1 and d.severity == types.DiagnosticSeverity.Error
    assert d.source == "cf-assistant" and d.code == "BASH002"
    assert "unterminated" in d.message and "\n" not in d.message


async def test_python_diagnostics_for_a_broken_line_and_none_for_a_valid_one(client: LanguageClient):
    open_doc(client, "file:///tmp/ok.py", "import os\nprint(os.getcwd())\n", "python")
    assert await diagnostics_for(client, "file:///tmp/ok.py") == []
    open_doc(client, "file:///tmp/bad.py", "x = 1\ndef f(:\n    pass\n", "python")
    found = await diagnostics_for(client, "file:///tmp/bad.py")
    assert found and found[0].range.start.line == 1
    assert all(d.code.startswith("PY") and "\n" not in d.message for d in found)


async def test_positions_are_in_utf16_units_after_astral_characters(client: LanguageClient):
    uri = "file:///tmp/emoji.sh"
    open_doc(client, uri, "echo '😀😀' )\n", "shellscript")
    [d] = await diagnostics_for(client, uri)
    assert (d.range.start.character, d.range.end.character) == (12, 13)  # ')' after 2 x 2 UTF-16 units
    open_doc(client, "file:///tmp/emoji.md", "😀 GreaterThan(5)\n", "markdown")
    got = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri="file:///tmp/emoji.md"), position=types.Position(0, 4)))
    assert got.range == _range(0, 3, 0, 17)


async def test_a_change_is_checked_again(client: LanguageClient):
    uri = "file:///tmp/change.sh"
    open_doc(client, uri, "echo hi\n", "shellscript")
    assert await diagnostics_for(client, uri) == []
    client.diagnostics.pop(uri)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=_range(0, 7), text=" | grep (")]))
    [d] = await diagnostics_for(client, uri)
    assert d.range.start.line == 0


async def test_listing_does_not_run_the_model_and_resolving_inserts_the_best_valid_candidate(client: LanguageClient):
    uri = "file:///tmp/gen.sh"
    open_doc(client, uri, SCRIPT, "shellscript")
    before = len(model_calls())
    [action] = await _actions(client, uri, _range(1, 5))
    assert action.title == "cf-assistant: generate Bash" and action.edit is None
    assert len(model_calls()) == before  # listing ran no model
    done = await client.code_action_resolve_async(action)
    [edit] = done.edit.changes[uri]
    assert edit.range == _range(2, 0) and edit.new_text == "find /tmp -name '*.txt'\n"
    calls = model_calls()
    assert len(calls) == before + 1 and calls[-1] == {"lang": "bash", "utterances": ["find all txt files under /tmp"]}
    again = await _actions(client, uri, _range(1, 0))
    assert [a.title.split(":")[1].strip() for a in again] == [
        "generate Bash", "Bash candidate 2", "Bash candidate 3"]
    assert again[1].edit.changes[uri][0].new_text == "find /tmp -type f -name '*.txt'\n"
    assert len(model_calls()) == before + 1  # the other candidates came from the first resolve


async def test_the_generate_command_applies_the_edit_for_clients_without_resolve(client: LanguageClient):
    uri = "file:///tmp/command.sh"
    open_doc(client, uri, "# list txt files in tmp\n", "shellscript")
    [action] = await _actions(client, uri, _range(0, 4))
    assert action.command is None  # this client resolves
    applied = []

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams):
        applied.append(params.edit)
        return types.ApplyWorkspaceEditResult(applied=True)

    await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="cf-assistant.generate", arguments=[action.data]))
    [edit] = applied[0].changes[uri]
    assert edit.range == _range(1, 0) and edit.new_text == "find /tmp -name '*.txt'\n"


async def test_python_action_keeps_the_comment_indentation(client: LanguageClient):
    uri = "file:///tmp/gen.py"
    open_doc(client, uri, PY, "python")
    [action] = await _actions(client, uri, _range(3, 8))
    done = await client.code_action_resolve_async(action)
    [edit] = done.edit.changes[uri]
    assert edit.range == _range(4, 0)
    assert edit.new_text == "    for x in sorted(items):\n        print(x)\n"


async def test_no_action_off_a_comment_and_one_per_language_for_a_selection(client: LanguageClient):
    uri = "file:///tmp/notes.txt"
    open_doc(client, uri, "list the files\n# heading\n", "plaintext")
    assert await _actions(client, uri, _range(1, 3)) == []
    titles = [a.title for a in await _actions(client, uri, _range(0, 0, 0, 14))]
    assert titles == ["cf-assistant: generate Bash", "cf-assistant: generate Python"]


@pytest.mark.parametrize("request_text, said", [
    ("nothing valid please", "cf-assistant: no valid candidate among k=5"),
    ("explode please", "cf-assistant: the Bash model failed: fake model exploded"),
])
async def test_no_candidate_leaves_the_action_without_an_edit_and_says_why_in_one_line(
        client: LanguageClient, request_text: str, said: str):
    uri = "file:///tmp/none.sh"
    open_doc(client, uri, f"# {request_text}\n", "shellscript")
    [action] = await _actions(client, uri, _range(0, 2))
    client.messages.clear()
    done = await client.code_action_resolve_async(action)
    assert done.edit is None
    for _ in range(100):
        if client.messages:
            break
        await asyncio.sleep(0.02)
    [message] = client.messages
    assert message.message.startswith(said) and "\n" not in message.message
    assert message.type == types.MessageType.Warning


async def test_the_server_answers_other_requests_while_the_model_runs(client: LanguageClient):
    uri = "file:///tmp/slow.sh"
    open_doc(client, uri, "# slow please\nGreaterThan(5)\n", "shellscript")
    [action] = await _actions(client, uri, _range(0, 2))
    start = time.perf_counter()
    resolving = asyncio.ensure_future(client.code_action_resolve_async(action))
    await asyncio.sleep(0.5)  # the model thread is now busy for 3 s
    got = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(1, 3)))
    assert "GreaterThan(5)" in got.contents.value and time.perf_counter() - start < 2.5
    assert not resolving.done()
    assert (await resolving).edit is not None


async def test_hover_over_a_cf_rule_in_any_document(client: LanguageClient):
    uri = "file:///tmp/rules.md"
    open_doc(client, uri, "Use AND(GreaterThan(5), NOT(Blanks())) or top(10%) here.\n", "markdown")
    got = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 12)))
    assert got.range == _range(0, 4, 0, 38)
    text = got.contents.value
    assert "`AND(GreaterThan(5), NOT(Blanks()))`" in text and "=AND(" in text and "Meaning:" in text
    top = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 44)))
    assert "Top" in top.contents.value and "10" in top.contents.value
    assert await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 1))) is None


async def test_binary_and_huge_documents_do_not_break_the_server(client: LanguageClient):
    open_doc(client, "file:///tmp/blob.sh", "\x00\x01\x02ELF\x7f" * 1000, "shellscript")
    [d] = await diagnostics_for(client, "file:///tmp/blob.sh")
    assert d.severity == types.DiagnosticSeverity.Information and "binary" in d.message
    start = time.perf_counter()
    open_doc(client, "file:///tmp/huge.sh", "echo " + "a" * 1_000_000 + " '\n", "shellscript")
    open_doc(client, "file:///tmp/huge.py", "x = [" + "1, " * 333_333 + "\n", "python")
    assert len(await diagnostics_for(client, "file:///tmp/huge.sh")) == 1
    assert len(await diagnostics_for(client, "file:///tmp/huge.py")) >= 1
    assert time.perf_counter() - start < 20
    await test_hover_over_a_cf_rule_in_any_document(client)  # still serving


async def test_malformed_requests_get_errors_not_a_dead_server(client: LanguageClient):
    uri = "file:///tmp/gen.sh"
    bogus = types.CodeAction(title="x", data={"uri": uri, "lang": "cobol", "text": "", "after": -3})
    assert (await client.code_action_resolve_async(bogus)).edit is None
    far = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(10_000, 99)))
    assert far is None
    assert await _actions(client, "file:///tmp/gen.sh", _range(500, 3)) == []
    with pytest.raises(JsonRpcException):
        await client.protocol.send_request_async("cfa/noSuchMethod", {"x": 1})
    await test_hover_over_a_cf_rule_in_any_document(client)  # still serving
