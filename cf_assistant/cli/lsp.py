"""Run the language server (LSP) for editors: generate Bash/Python from a comment, diagnostics, CF hovers.

`cfa lsp` speaks the Language Server Protocol on stdin/stdout (what editors start); `--tcp PORT`
listens on 127.0.0.1:PORT instead (one client). `--no-preload` keeps the Bash and Python models
unloaded until the first generate request (by default opening a script loads its model in the
background). Logs go to stderr. The server lives in cf_assistant.lsp; docs/EDITORS.md shows how
to set up VS Code and Neovim.
"""

from __future__ import annotations

import logging
from typing import Optional

import typer

from cf_assistant.errors import BadInputError


class _OneLine(logging.Formatter):
    """Log records as one line each, without tracebacks (those come with --verbose)."""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return (super().format(record).splitlines() or [""])[0]


def command(
    tcp: Optional[int] = typer.Option(None, "--tcp", help="Listen on 127.0.0.1:PORT instead of stdio."),
    preload: bool = typer.Option(True, "--preload/--no-preload",
                                 help="Load a language's model in the background when a script opens."),
    verbose: bool = typer.Option(False, "--verbose", help="Log the protocol's messages on stderr."),
) -> None:
    if tcp is not None and not 1 <= tcp <= 65535:
        raise BadInputError(f"--tcp must be a port number between 1 and 65535 (got {tcp})")
    handler = logging.StreamHandler()  # stderr: stdout carries the protocol
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s") if verbose
                         else _OneLine("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, handlers=[handler], force=True)
    from cf_assistant.lsp.server import serve

    serve(tcp_port=tcp, preload=preload)
