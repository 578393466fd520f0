"""Shared fixtures: the CLI runner. Tests make their own small data; the benchmark is never read
unless CFA_DATA tests are explicitly marked."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_corpus_examples(monkeypatch):
    """The suggest pipeline's default example finder reads the benchmark's training records
    (cf_assistant.examples); tests that want examples give their own finder."""
    from cf_assistant import suggest

    monkeypatch.setattr(suggest, "example_factory", lambda lang, source: None)


@pytest.fixture
def cli(capsys):
    """Run `cfa ARGS...` in-process; returns (exit_code, stdout, stderr)."""
    from cf_assistant.cli.app import main

    def run(*args: str):
        code = 0
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run
