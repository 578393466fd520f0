"""Latency of `cfa lsp` (issue 20's targets), through the real server process and a pygls client.

    python benchmarks/lsp_latency.py [--n 20] [--langs bash python] [--lines 2000] [--skip-generate] [--json OUT]

1. Generate, per --langs (default bash and python): a script holds one comment per request (the
   first --n utterances of the language's dev split, as benchmarks/suggest_speed.py takes them);
   for each, the client lists the code actions on the comment and resolves "cf-assistant: generate
   Bash" (or Python) with the shipped model, already warm (the server preloads it on open, and one
   untimed resolve runs first). Reported:
   median and p90 of the resolve round trip (target: median <= 300 ms), the listing round trip,
   and, in the same run, in-process for the same requests: `Assistant.suggest` (the model always
   runs) and the server's own path (`Assistant.suggest_valid`: suggest only where the examples
   do not decide; what the server cannot go below), with the count of requests for which that
   path ran the model.
2. Diagnostics of a --lines script: the first single-line commands of the Bash train split that
   the validator accepts, plus one broken line at the end. Reported: in-process `diagnose` with an
   empty verdict cache (cold) and again (warm), after a one-line edit, and the server's round trips:
   didOpen to the first publishDiagnostics (the top of the script, sent after the server's first
   budget) and to the complete one (cold), and a one-line didChange to the complete publish minus
   the server's debounce (target: <= 200 ms). Also the Python validator on a 2,000-line file.

Wall times: the numbers mean something only on an otherwise idle machine; say when it was not.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

SERVER = [sys.executable, "-m", "cf_assistant.cli.app", "lsp"]


def _ms(seconds: float) -> float:
    return round(1000 * seconds, 1)


def _summary(times: list[float]) -> dict:
    ordered = sorted(times)
    return {"n": len(times), "median_ms": round(statistics.median(ordered), 1),
            "p90_ms": round(ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))], 1),
            "max_ms": round(ordered[-1], 1)}


def dev_utterances(lang: str, n: int) -> list[str]:
    from cf_assistant import data
    from cf_assistant.paths import default_data_dir

    dev, _ = data.load_split(default_data_dir() / lang / "train.json", "dev", lang=lang)
    return [" ".join(r.utterance.split()) for r in dev[:n]]


def bash_script(lines: int) -> str:
    """`lines` valid single-line commands of the train split, then one broken line."""
    from cf_assistant import data
    from cf_assistant.languages import get_language
    from cf_assistant.paths import default_data_dir

    train, _ = data.load_split(default_data_dir() / "bash" / "train.json", "train", lang="bash")
    bash, body = get_language("bash"), []
    for r in train:
        code = r.code.strip()
        if "\n" not in code and bash.validate(code).valid:
            body.append(code)
        if len(body) == lines - 1:
            break
    return "\n".join(body + ["echo 'this quote is never closed"]) + "\n"


def python_script(lines: int) -> str:
    block = ["def f{i}(items):", "    total = 0", "    for x in sorted(items):", "        total += x * {i}",
             "    return total", ""]
    out = [line.format(i=i) for i in range(lines // len(block) + 1) for line in block]
    return "\n".join(out[:lines - 1] + ["print(f0([1, 2, 3])"]) + "\n"


def in_process_diagnostics(script: str, py: str) -> dict:
    from cf_assistant.lsp import diagnostics

    diagnostics._verdict.cache_clear()
    start = time.perf_counter()
    found, _ = diagnostics.diagnose(script, "bash")
    cold = time.perf_counter() - start
    start = time.perf_counter()
    diagnostics.diagnose(script, "bash")
    warm = time.perf_counter() - start
    lines = script.split("\n")
    lines[len(lines) // 2] += " | sort"
    start = time.perf_counter()
    diagnostics.diagnose("\n".join(lines), "bash")
    edit = time.perf_counter() - start
    start = time.perf_counter()
    py_found, _ = diagnostics.diagnose(py, "python")
    return {"bash_cold_ms": _ms(cold), "bash_warm_ms": _ms(warm), "bash_after_edit_ms": _ms(edit),
            "bash_problems": len(found), "python_ms": _ms(time.perf_counter() - start),
            "python_problems": len(py_found)}


def in_process_suggest(lang: str, utterances: list[str]) -> dict:
    """`Assistant.suggest` (the model always runs) and the server's own path
    (`Assistant.suggest_valid`: the model runs only where the examples do not decide), request
    by request; the model's calls on that path are counted at its source."""
    from cf_assistant.assistant import Assistant, SuggestRequest
    from cf_assistant.lsp.server import K

    assistant = Assistant()
    assistant.load(lang)
    source = assistant.suggester(lang).source
    calls = [0]
    generate = source.generate_scored

    def counted(*args, **kwargs):
        calls[0] += 1
        return generate(*args, **kwargs)

    times, server_times, model_runs = [], [], 0
    for text in utterances:
        req = SuggestRequest(text=text, lang=lang, k=K)
        for timed, path in ((times, assistant.suggest), (server_times, assistant.suggest_valid)):
            before = calls[0]
            source.generate_scored = counted if path is assistant.suggest_valid else generate
            start = time.perf_counter()
            try:
                path(req)
            except Exception:  # noqa: BLE001 - a request without a valid candidate still took its time
                pass
            timed.append(1000 * (time.perf_counter() - start))
            model_runs += path is assistant.suggest_valid and calls[0] > before
    source.generate_scored = generate
    return {"suggest": _summary(times), "server_path": {**_summary(server_times), "model_runs": model_runs}}


class _Client(LanguageClient):
    """A pygls client that notes when each document's diagnostics arrive."""

    def __init__(self):
        super().__init__("lsp-latency", "1")
        self.published: dict[str, tuple[float, list]] = {}
        self.events: dict[str, asyncio.Event] = {}

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(params: types.PublishDiagnosticsParams) -> None:
            self.published[params.uri] = (time.perf_counter(), params.diagnostics)
            self.events.setdefault(params.uri, asyncio.Event()).set()

    async def diagnostics(self, uri: str, timeout: float = 120.0) -> tuple[float, list]:
        event = self.events.setdefault(uri, asyncio.Event())
        await asyncio.wait_for(event.wait(), timeout)
        event.clear()
        return self.published[uri]

    def open(self, uri: str, text: str, language_id: str = "shellscript") -> float:
        self.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
            uri=uri, language_id=language_id, version=1, text=text)))
        return time.perf_counter()


async def _resolve_once(client: _Client, uri: str, line: int) -> tuple[float, float, str | None]:
    """(listing s, resolve s, the inserted text) for the comment on `line`."""
    start = time.perf_counter()
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(line, 2), types.Position(line, 2)),
        context=types.CodeActionContext(diagnostics=[])))
    listed = time.perf_counter()
    done = await client.code_action_resolve_async(actions[0])
    resolved = time.perf_counter()
    edits = done.edit.changes[uri] if done.edit else []
    return listed - start, resolved - listed, edits[0].new_text if edits else None


async def server_generate(client: _Client, lang: str, utterances: list[str]) -> dict:
    uri = f"file:///bench/generate.{'sh' if lang == 'bash' else 'py'}"
    text = "# list the files in the current folder\n" + "".join(f"# {u}\n" for u in utterances)
    client.open(uri, text, "shellscript" if lang == "bash" else "python")
    await client.diagnostics(uri)
    await _resolve_once(client, uri, 0)  # untimed: waits for the preload, warms every path
    listing, resolving, empty = [], [], 0
    for line in range(1, 1 + len(utterances)):
        listed, resolved, inserted = await _resolve_once(client, uri, line)
        listing.append(1000 * listed)
        resolving.append(1000 * resolved)
        empty += inserted is None
    return {"resolve": _summary(resolving), "listing": _summary(listing), "no_valid_candidate": empty}


async def _until_last_line(client: _Client, uri: str, last: int) -> tuple[float, float, int]:
    """(first publish, the publish that reports the broken last line, its problem count)."""
    first = None
    while True:
        arrived, found = await client.diagnostics(uri)
        first = arrived if first is None else first
        if any(d.range.start.line == last for d in found):
            return first, arrived, len(found)


async def server_diagnostics(client: _Client, script: str, debounce_s: float) -> dict:
    uri = "file:///bench/long.sh"
    lines = script.split("\n")
    last = len(lines) - 2  # the broken line (the script ends with a newline)
    await asyncio.sleep(1.0)  # the server warms its validators after `initialized`
    sent = client.open(uri, script)
    first, complete, problems = await _until_last_line(client, uri, last)
    middle = len(lines) // 2
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(middle, len(lines[middle])), types.Position(middle, len(lines[middle]))),
            text=" | sort")]))
    changed = time.perf_counter()
    _, after_change, _ = await _until_last_line(client, uri, last)
    return {"open_to_first_publish_ms": _ms(first - sent), "open_to_complete_publish_ms": _ms(complete - sent),
            "problems": problems, "change_to_publish_minus_debounce_ms": _ms(after_change - changed - debounce_s)}


async def through_server(utterances: dict[str, list[str]], script: str) -> dict:
    from cf_assistant.lsp.server import DEBOUNCE_S

    client = _Client()
    await client.start_io(*SERVER, env=dict(os.environ))
    resolve = types.ClientCodeActionResolveOptions(properties=["edit"])  # as VS Code and Neovim
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            code_action=types.CodeActionClientCapabilities(resolve_support=resolve, data_support=True)))))
    client.initialized(types.InitializedParams())
    out = {"diagnostics": await server_diagnostics(client, script, DEBOUNCE_S)}
    for lang, texts in utterances.items():
        out[f"generate_{lang}"] = await server_generate(client, lang, texts)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20, help="generate requests timed")
    parser.add_argument("--langs", nargs="+", default=["bash", "python"], choices=["bash", "python"])
    parser.add_argument("--lines", type=int, default=2000, help="lines of the diagnostics script")
    parser.add_argument("--skip-generate", action="store_true", help="time the diagnostics only")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    utterances = {} if args.skip_generate else {lang: dev_utterances(lang, args.n) for lang in args.langs}
    script = bash_script(args.lines)
    result = {"cores": os.cpu_count(), "load_average": os.getloadavg(), "lines": args.lines,
              "in_process_diagnostics": in_process_diagnostics(script, python_script(args.lines))}
    for lang, texts in utterances.items():
        result[f"in_process_suggest_{lang}"] = in_process_suggest(lang, texts)
    result["server"] = asyncio.run(through_server(utterances, script))
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
