"""`cfa lsp` spoken to byte by byte: malformed messages, TCP, and a clean exit (status 0)."""

from __future__ import annotations

import json
import queue
import socket
import subprocess
import threading
import time

import pytest

from tests.lsp.conftest import SERVER, server_env

TIMEOUT = 30.0


def frame(body: bytes | dict) -> bytes:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(data), data)


def _reader(stream, out: queue.Queue) -> None:
    """Put each framed message from `stream` (a binary file) on `out`; None at the end."""
    while True:
        length = None
        while True:
            line = stream.readline()
            if not line:
                out.put(None)
                return
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
            if line in (b"\r\n", b"\n"):
                break
        out.put(json.loads(stream.read(length)))


def answer(messages: queue.Queue, msg_id: int) -> dict:
    """The response to request `msg_id` (notifications from the server are skipped)."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        message = messages.get(timeout=max(0.1, deadline - time.monotonic()))
        assert message is not None, "the server closed the connection"
        if message.get("id") == msg_id and "method" not in message:
            return message
    raise AssertionError(f"no answer to request {msg_id}")


def initialize(msg_id: int = 1) -> dict:
    return {"jsonrpc": "2.0", "id": msg_id, "method": "initialize",
            "params": {"processId": None, "rootUri": None, "capabilities": {}}}


def talk(send, messages: queue.Queue) -> None:
    """Initialize, survive garbage, then shut down and exit."""
    send(frame(initialize()))
    assert "capabilities" in answer(messages, 1)["result"]
    send(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
    send(frame(b"{this is not json"))
    send(frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": 5}}))
    assert answer(messages, 2)["error"]["code"] == -32602  # InvalidParams, and an answer at all
    send(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": []}}))
    send(frame({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///nowhere.txt"}, "position": {"line": 0, "character": 0}}}))
    assert answer(messages, 3)["result"] is None  # a document that was never opened
    send(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": "file:///x.sh", "languageId": "shellscript", "version": 1, "text": "# list files\n"}}}))
    send(frame({"jsonrpc": "2.0", "id": 5, "method": "textDocument/codeAction", "params": {
        "textDocument": {"uri": "file:///x.sh"}, "context": {"diagnostics": []},
        "range": {"start": {"line": 0, "character": 3}, "end": {"line": 0, "character": 3}}}}))
    got = answer(messages, 5)
    assert "result" in got, got
    [action] = got["result"]  # this client cannot resolve: it gets the command
    assert "edit" not in action and action["command"]["command"] == "cf-assistant.generate"
    send(frame({"jsonrpc": "2.0", "id": 4, "method": "shutdown"}))
    assert answer(messages, 4)["result"] is None
    send(frame({"jsonrpc": "2.0", "method": "exit"}))


def test_stdio_survives_malformed_messages_and_exits_cleanly():
    proc = subprocess.Popen(SERVER + ["--no-preload"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=server_env())
    messages: queue.Queue = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, messages), daemon=True).start()

    def send(data: bytes) -> None:
        proc.stdin.write(data)
        proc.stdin.flush()

    try:
        talk(send, messages)
        assert proc.wait(timeout=TIMEOUT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _connect(port: int, proc: subprocess.Popen) -> socket.socket:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"cfa lsp --tcp exited with {proc.returncode}")
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        except OSError:
            time.sleep(0.1)
    pytest.fail("cfa lsp --tcp never listened")


def test_tcp_serves_one_client_on_loopback_and_exits_cleanly():
    port = _free_port()
    proc = subprocess.Popen(SERVER + ["--no-preload", "--tcp", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=server_env())
    try:
        with _connect(port, proc) as sock:
            messages: queue.Queue = queue.Queue()
            threading.Thread(target=_reader, args=(sock.makefile("rb"), messages), daemon=True).start()
            talk(sock.sendall, messages)
            assert proc.wait(timeout=TIMEOUT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_bad_port_is_one_line_and_exit_2():
    done = subprocess.run(SERVER + ["--tcp", "70000"], capture_output=True, text=True, timeout=TIMEOUT,
                          env=server_env())
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["error: --tcp must be a port number between 1 and 65535 (got 70000)"]
