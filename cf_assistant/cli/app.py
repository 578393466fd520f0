"""The `cfa` command: one typer app, one small module per command.

`main()` is the console-script entry point. It turns the project's own errors into one line on
stderr and the error's exit code (2 bad input, 1 negative result); a traceback only with
CFA_DEBUG=1. Commands are imported lazily so that `cfa rule` never pays for torch.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys

import typer
from typer.core import TyperGroup


class _Cfa(TyperGroup):
    """The `cfa` group: every error one line on stderr with its exit code, also under typer's
    CliRunner (which calls this `main`)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             windows_expand_args=True, **extra):
        _show_notices()
        _one_line_errors(lambda: super(_Cfa, self).main(
            args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False,
            windows_expand_args=windows_expand_args, **extra))


def _one_line_errors(run) -> None:
    """Run the command line; exit with its code, turning the project's errors, usage errors and
    interrupts into one line on stderr (a traceback only with CFA_DEBUG=1)."""
    from cf_assistant.errors import CfaError

    debug = os.environ.get("CFA_DEBUG") == "1"
    try:
        result = run()
    except typer.exceptions.TyperException as exc:  # usage errors: bad option, missing argument
        if debug:
            raise
        if type(exc).__name__ == "NoArgsIsHelpError":
            typer.echo(exc.format_message(), err=True)
        else:
            typer.echo(f"error: {' '.join(exc.format_message().split())}", err=True)
        sys.exit(2)
    except typer.Abort:
        typer.echo("error: aborted", err=True)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except CfaError as exc:
        if debug:
            raise
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        typer.echo(f"error: {message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("error: interrupted", err=True)
        sys.exit(130)
    except (MemoryError, OSError) as exc:
        if debug:
            raise
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    sys.exit(result if isinstance(result, int) else 0)


def main(argv: list[str] | None = None) -> None:
    """The console script: `cfa ARGS...`."""
    _register()
    app(args=argv)


app = typer.Typer(
    name="cfa",
    help="cf-assistant: natural language to Excel conditional-formatting rules, Bash and Python.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=_Cfa,
)

# command name -> module under cf_assistant.cli holding a function `command`
COMMANDS = {
    "suggest": "suggest",
    "rule": "rule",
    "validate": "validate",
    "bench": "bench",
    "train": "train",
    "train-ar": "train_ar",
    "lsp": "lsp",
    "serve": "serve",
}


_registered = False


@app.callback()
def _root() -> None:
    """cf-assistant: natural language to Excel conditional-formatting rules, Bash and Python."""


def _register() -> None:
    from cf_assistant.cli.ranges import checked

    global _registered
    if _registered:
        return
    _registered = True
    for name, module in COMMANDS.items():
        try:
            mod = importlib.import_module(f"cf_assistant.cli.{module}")
        except ModuleNotFoundError as exc:  # a command module not written yet
            if exc.name == f"cf_assistant.cli.{module}":
                continue
            raise
        app.command(name, help=mod.__doc__.strip().splitlines()[0] if mod.__doc__ else None)(
            checked(name, mod.command)  # every numeric option range-checked: one line, exit 2
        )


def fail(message: str, code: int = 2) -> None:
    """Print one line on stderr and exit with `code`."""
    typer.echo(f"error: {message}", err=True)
    raise SystemExit(code)


class _Notices(logging.Handler):
    """The library's INFO notices (e.g. a one-time slow step) as lines on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(self.format(record) + "\n")


def _show_notices() -> None:
    log = logging.getLogger("cf_assistant")
    if not any(isinstance(h, _Notices) for h in log.handlers):
        log.addHandler(_Notices())
        log.setLevel(logging.INFO)
        log.propagate = False


if __name__ == "__main__":
    main()
