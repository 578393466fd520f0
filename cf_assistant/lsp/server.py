"""The cf-assistant language server (pygls 2): generate code actions, diagnostics and CF hovers.

`serve(tcp_port=None)` runs the server on stdio, or on TCP 127.0.0.1:PORT. Features:

- `textDocument/codeAction` + `codeAction/resolve`: "cf-assistant: generate Bash/Python" on a
  comment line or a selection (`generate`). Listing never runs the model; resolving runs the
  assistant's `suggest` on a one-thread model executor (off the event loop) and returns the edit;
  where the assistant's corpus examples come first and already fill the candidates, they are the
  answer and the model is not run (`Assistant.suggest_valid`: the same candidates).
  A client that cannot resolve an action's edit gets the same actions with the command
  `cf-assistant.generate` instead, which computes the edit and applies it (workspace/applyEdit).
- diagnostics published on open at once and on change after `DEBOUNCE_S` of quiet, computed on a
  separate one-thread executor (`diagnostics`), so a model call never delays them; a result for a
  version that has since changed is dropped. A Bash script not read within `FIRST_PUBLISH_S`
  (bashlex takes ~0.3 ms a statement) gets its top part's diagnostics then, and all of them when
  it is read to the end.
- `textDocument/hover` over a CF rule in any document (`hover`, the assistant's `rule`).

The assistant is `cf_assistant.assistant.Assistant()` built on first need (in the model thread,
so that torch is never imported on the event loop). `CFA_LSP_ASSISTANT=module:callable` names
another zero-argument factory instead (the end-to-end tests give one with a fake model). With
`preload` on, the first diagnostics of a Bash or Python document are followed by loading that
language's model in the background.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable
from urllib.parse import unquote

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import ServerTextPosition, ServerTextRange

from cf_assistant.errors import CfaError
from cf_assistant.lsp import generate, hover
from cf_assistant.lsp.diagnostics import Problem, diagnose
from cf_assistant.lsp.documents import language_of

DEBOUNCE_S = 0.3
FIRST_PUBLISH_S = 0.15  # a long Bash script: publish what is read by then, the rest when done
K = 5  # candidates asked of the assistant per generate request
FACTORY_ENV = "CFA_LSP_ASSISTANT"
log = logging.getLogger("cf_assistant.lsp")


def default_assistant() -> Any:
    from cf_assistant.assistant import Assistant

    return Assistant()


def _factory_from_env() -> Callable[[], Any]:
    spec = os.environ.get(FACTORY_ENV, "").strip()
    if not spec:
        return default_assistant
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "make")


_ANSWERED = object()  # a request already answered with an error while it was being read


class _Protocol(LanguageServerProtocol):
    """pygls' protocol, except that a request whose params do not fit its method gets an
    InvalidParams error response (pygls logs it and never answers, so the client would wait)."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if "id" in data and "method" in data and isinstance(data["id"], (int, str)):
                self._send_response(data["id"], error=exc.to_response_error())
                return _ANSWERED
            raise

    def handle_message(self, message: Any) -> None:
        if message is not _ANSWERED:
            super().handle_message(message)


class AssistantServer(LanguageServer):
    """The language server with its executors, its assistant and its per-document state."""

    def __init__(self, assistant_factory: Callable[[], Any] | None = None, preload: bool = True):
        from cf_assistant import __version__

        super().__init__("cf-assistant", __version__, protocol_cls=_Protocol)
        self.factory = assistant_factory or _factory_from_env()
        self.preload = preload
        self.model_pool = ThreadPoolExecutor(1, thread_name_prefix="cfa-model")
        self.check_pool = ThreadPoolExecutor(1, thread_name_prefix="cfa-check")
        self.hover_pool = ThreadPoolExecutor(1, thread_name_prefix="cfa-hover")  # never behind a long check
        self.candidates = generate.Candidates()
        self._assistant: Any = None
        self._assistant_lock = threading.Lock()
        self._loaded: set[str] = set()
        self._checks: dict[str, asyncio.Task] = {}

    def assistant(self) -> Any:
        """The assistant, built on first call (call it from an executor thread)."""
        with self._assistant_lock:
            if self._assistant is None:
                self._assistant = self.factory()
            return self._assistant

    def shutdown(self) -> None:
        for pool in (self.model_pool, self.check_pool, self.hover_pool):
            pool.shutdown(wait=False, cancel_futures=True)
        super().shutdown()

    # -- generation (runs in the model thread)
    def generate(self, request: generate.Request) -> tuple[str, ...]:
        """The valid candidates for a request, best first; CfaError when there are none. The
        model runs only when the corpus examples alone do not already decide them
        (`Assistant.suggest_valid`)."""
        from cf_assistant.assistant import SuggestRequest

        assistant = self.assistant()
        req = SuggestRequest(text=request.text, lang=request.lang, k=K)
        suggest_valid = getattr(assistant, "suggest_valid", None)  # CFA_LSP_ASSISTANT may lack it
        result = suggest_valid(req) if suggest_valid is not None else assistant.suggest(req)
        codes = tuple(c.code for c in result.candidates if c.valid)
        self.candidates.put(request.lang, request.text, codes)
        return codes

    def warm(self, lang: str) -> None:
        if lang in self._loaded:
            return
        self._loaded.add(lang)
        try:
            self.assistant().load(lang)
        except Exception as exc:  # a missing model shows on the first resolve instead
            log.warning("cf-assistant: could not load the %s model: %s", lang, exc)

    def run_in(self, pool: ThreadPoolExecutor, fn: Callable, *args: Any) -> asyncio.Future:
        return asyncio.get_running_loop().run_in_executor(pool, fn, *args)


def _open(ls: AssistantServer, uri: str) -> TextDocument | None:
    """The open document at `uri`, or None: documents the editor has not opened are not read."""
    return ls.workspace.text_documents.get(unquote(uri))


def _lines(doc: TextDocument) -> list[str]:
    return doc.source.split("\n")


def _to_client(ls: AssistantServer, keep: list[str], problem: Problem) -> types.Diagnostic:
    """An LSP diagnostic; `keep` are the document's lines split on "\n" only, with their "\n"."""
    rng = ServerTextRange(ServerTextPosition(problem.line, problem.column),
                          ServerTextPosition(problem.line, problem.end_column))
    return types.Diagnostic(
        range=ls.workspace.position_codec.range_to_client_units(keep, rng),
        message=problem.message, code=problem.code, source="cf-assistant",
        severity=types.DiagnosticSeverity.Error if problem.error else types.DiagnosticSeverity.Information)


async def _check(ls: AssistantServer, uri: str, delay: float) -> None:
    """Validate a document (after `delay` s of quiet) and publish its diagnostics."""
    if delay:
        await asyncio.sleep(delay)
    doc = _open(ls, uri)
    lang = language_of(doc.language_id, uri) if doc is not None else None
    if lang is None:
        return
    version, text = doc.version, doc.source
    keep, complete, budget = [line + "\n" for line in text.split("\n")], False, FIRST_PUBLISH_S
    while not complete:
        problems, complete = await ls.run_in(ls.check_pool, diagnose, text, lang, budget)
        now = _open(ls, uri)
        if now is None or now.version != version:
            return  # changed or closed meanwhile; the check scheduled by a change publishes
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=[_to_client(ls, keep, p) for p in problems]))
        budget = None  # the rest in one go; the statements already read come from the cache
    if ls.preload and lang not in ls._loaded:  # after the diagnostics: loading holds the GIL a while
        ls.model_pool.submit(ls.warm, lang)


def _schedule(ls: AssistantServer, uri: str, delay: float) -> None:
    previous = ls._checks.pop(uri, None)
    if previous is not None:
        previous.cancel()
    task = asyncio.ensure_future(_check(ls, uri, delay))
    ls._checks[uri] = task
    task.add_done_callback(lambda t: _finished(ls, uri, t))


def _finished(ls: AssistantServer, uri: str, task: asyncio.Task) -> None:
    if ls._checks.get(uri) is task:
        del ls._checks[uri]
    if not task.cancelled() and task.exception() is not None:
        log.error("cf-assistant: checking %s failed: %s", uri, task.exception())


def build(preload: bool = True, assistant_factory: Callable[[], Any] | None = None) -> AssistantServer:
    """A new server with every feature registered."""
    ls = AssistantServer(assistant_factory, preload)
    _register_sync(ls)
    _register_actions(ls)
    _register_hover(ls)
    return ls


def _warm_validators() -> None:
    """Import and run the validators and the CF parser once, before the first document comes."""
    diagnose("echo hi\n", "bash")
    diagnose("x = 1\n", "python")
    hover.rule_spans("GreaterThan(5)", 1)


def _register_sync(ls: AssistantServer) -> None:
    @ls.feature(types.INITIALIZED)
    def initialized(ls: AssistantServer, params: types.InitializedParams) -> None:
        ls.check_pool.submit(_warm_validators)

    @ls.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: AssistantServer, params: types.DidOpenTextDocumentParams) -> None:
        _schedule(ls, params.text_document.uri, 0.0)

    @ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: AssistantServer, params: types.DidChangeTextDocumentParams) -> None:
        _schedule(ls, params.text_document.uri, DEBOUNCE_S)

    @ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: AssistantServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        pending = ls._checks.pop(uri, None)
        if pending is not None:
            pending.cancel()
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def _units(ls: AssistantServer) -> Callable[[str], int]:
    codec = ls.workspace.position_codec
    return lambda line: codec.client_num_units(line)


def _resolves_edits(ls: AssistantServer) -> bool:
    """Whether the client fills in an action's edit through codeAction/resolve."""
    action = ls.client_capabilities.text_document and ls.client_capabilities.text_document.code_action
    support = action.resolve_support if action else None
    return bool(support and "edit" in support.properties)


def _register_actions(ls: AssistantServer) -> None:
    options = types.CodeActionOptions(code_action_kinds=[generate.KIND], resolve_provider=True)

    @ls.feature(types.TEXT_DOCUMENT_CODE_ACTION, options)
    def code_actions(ls: AssistantServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        only = params.context.only
        if only and not any(generate.KIND == kind or generate.KIND.startswith(f"{kind}.") for kind in only):
            return None
        doc = _open(ls, params.text_document.uri)
        if doc is None:
            return None
        lines = _lines(doc)
        selection = _server_range(ls, lines, params.range)
        requests = generate.requests_at(lines, doc.uri, language_of(doc.language_id, doc.uri), selection)
        actions = generate.list_actions(requests, ls.candidates, lines, _units(ls))
        if not _resolves_edits(ls):  # such a client runs the command instead of resolving
            for action in actions:
                if action.edit is None:
                    action.command = types.Command(title=action.title, command=generate.COMMAND, arguments=[action.data])
        return actions or None

    @ls.feature(types.CODE_ACTION_RESOLVE)
    async def resolve(ls: AssistantServer, action: types.CodeAction) -> types.CodeAction:
        request = generate.Request.from_data(action.data)
        if request is not None and action.edit is None:
            action.edit = await _edit_for(ls, request)
        return action

    @ls.command(generate.COMMAND)
    async def generate_command(ls: AssistantServer, *args: Any) -> None:
        request = generate.Request.from_data(args[0] if args else None)
        edit = await _edit_for(ls, request) if request is not None else None
        if edit is not None:
            await ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label="cf-assistant"))


async def _edit_for(ls: AssistantServer, request: generate.Request) -> types.WorkspaceEdit | None:
    """The edit inserting the request's candidate (the model runs here, off the event loop, unless
    the candidates are known); None, with a message to the user, when there is none."""
    codes = ls.candidates.get(request.lang, request.text)
    if codes is None:
        try:
            codes = await ls.run_in(ls.model_pool, ls.generate, request)
        except CfaError as exc:
            _tell(ls, f"cf-assistant: {_one_line(exc)}")
            return None
        except Exception as exc:  # a broken model or install: one line for the user, the log has the rest
            log.exception("cf-assistant: generating %s failed", request.lang)
            _tell(ls, f"cf-assistant: the {generate.DISPLAY[request.lang]} model failed: {_one_line(exc)}")
            return None
    doc = _open(ls, request.uri)
    lines = _lines(doc) if doc is not None else []
    placed = generate.locate(request, lines)
    if placed is None or request.index >= len(codes):
        _tell(ls, "cf-assistant: the request is no longer in the document" if placed is None
              else f"cf-assistant: no candidate {request.index + 1} for this request")
        return None
    return generate.insertion(placed, codes[request.index], lines, _units(ls))


def _one_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _tell(ls: AssistantServer, message: str) -> None:
    ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=message))


def _server_range(ls: AssistantServer, lines: list[str], rng: types.Range) -> types.Range:
    """A client range in code points (for indexing lines), clamped to the document."""
    keep = [line + "\n" for line in lines]
    codec = ls.workspace.position_codec
    start = codec.position_from_client_units(keep, _clamp(rng.start, len(lines)))
    end = codec.position_from_client_units(keep, _clamp(rng.end, len(lines)))
    return types.Range(types.Position(start.line, start.character), types.Position(end.line, end.character))


def _clamp(position: types.Position, n_lines: int) -> types.Position:
    line = min(max(position.line, 0), max(n_lines - 1, 0))
    return types.Position(line, max(position.character, 0))


def _register_hover(ls: AssistantServer) -> None:
    @ls.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: AssistantServer, params: types.HoverParams) -> types.Hover | None:
        doc = _open(ls, params.text_document.uri)
        lines = _lines(doc) if doc is not None else []
        if not 0 <= params.position.line < len(lines):
            return None
        at = _server_range(ls, lines, types.Range(params.position, params.position)).start
        line = lines[at.line]
        found = await ls.run_in(ls.hover_pool, _describe, ls, line, at.character)
        if found is None:
            return None
        (start, end), result = found
        rng = ServerTextRange(ServerTextPosition(at.line, start), ServerTextPosition(at.line, end))
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=hover.markdown(result)),
            range=ls.workspace.position_codec.range_to_client_units([l + "\n" for l in lines], rng))


def _describe(ls: AssistantServer, line: str, column: int) -> tuple[tuple[int, int], dict] | None:
    """The outermost CF rule on `line` around `column` that parses, with what `rule` says."""
    for start, end in hover.rule_spans(line, column):
        try:
            return (start, end), ls.assistant().rule(line[start:end])
        except CfaError:
            continue
        except Exception:  # noqa: BLE001 - a hover never fails the request; the log says why
            log.exception("cf-assistant: describing %r failed", line[start:end][:100])
            return None
    return None


def serve(tcp_port: int | None = None, preload: bool = True) -> None:
    """Run the language server on stdio, or on TCP 127.0.0.1:`tcp_port`, until the client exits."""
    ls = build(preload=preload)
    if tcp_port is None:
        ls.start_io()
    else:
        ls.start_tcp("127.0.0.1", tcp_port)
