"""Shared fixtures: the CLI runner. Tests make their own small data; the benchmark is never read
unless CFA_DATA tests are explicitly marked."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(autouse=True)
def _no_corpus_examples(monkeypatch):
    """The suggest pipeline's default example finder reads the benchmark's training records
    (cf_assistant.retrieval.examples); tests that want examples give their own finder."""
    from cf_assistant.assistant import pipeline as suggest

    monkeypatch.setattr(suggest, "example_factory", lambda lang, source: None)


@pytest.fixture
def cli():
    """Run `cfa ARGS...` in-process with typer's CliRunner; returns (exit_code, stdout, stderr)."""
    from typer.testing import CliRunner

    from cf_assistant.cli.app import _register, app

    _register()
    runner = CliRunner()

    def run(*args: str):
        result = runner.invoke(app, list(args), catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return run


# The model tests' tiny CF-like benchmark (tests/diffusion, training, retrieval, eval).
CODES = [
    "GreaterThan(5)", "LessThan(12)", "TextContains(Error)", "TextEquals(In Progress)",
    "Between(3, 9)", "Duplicates()", "Blanks()", "AND(GreaterThan(1),LessThan(7))",
    "TextStartsWith(abc)", "Top(10)", "Bottom(3)", "NotBlanks()", "Errors()",
    "NOT(TextContains(適))", "AboveAverage()", "Equals(2006)",
]
UTTERANCES = [
    "cells greater than 5", "values below 12", "cells containing Error", "status is In Progress",
    "between 3 and 9", "duplicate values", "empty cells", "more than 1 and less than 7",
    "text starting with abc", "top 10 values", "bottom 3 values", "cells that are not empty",
    "error cells", "cells without 適", "above average", "the year 2006",
]


@pytest.fixture
def pairs():
    return list(zip(UTTERANCES, CODES))


@pytest.fixture
def data_dir(tmp_path):
    root = tmp_path / "data"
    (root / "cf" / "pretrain").mkdir(parents=True)
    records = [{"ID": i, "NL Utterance": u, "Code": c, "Data": [["Value"]], "Labels": [0]}
               for i, (u, c) in enumerate(zip(UTTERANCES, CODES))]
    (root / "cf" / "train.json").write_text(json.dumps({"train": records}), encoding="utf-8")
    (root / "cf" / "pretrain" / "snippets.txt").write_text("\n".join(CODES * 2), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def tok():
    from cf_assistant.diffusion.tokenizer import CodeTokenizer

    return CodeTokenizer.train(CODES * 4, 300)


def train_tiny_neighbour_model(data_dir, out, steps: int = 2, **train):
    """A tiny CF model with an 8-token retrieval context, fine-tuned `steps` steps on `data_dir`
    (TrainConfig overrides in `train`); returns the run's result. Its checkpoint is in `out`."""
    import dataclasses

    from cf_assistant.config import preset
    from cf_assistant.training.loop import Options, run

    cfg = preset("tiny", "cf")
    cfg = cfg.replace(model=dataclasses.replace(cfg.model, neighbour_len=8),
                      train=dataclasses.replace(cfg.train, finetune_steps=steps, batch=4, **train))
    return run(cfg, Options(phase="finetune", data_dir=data_dir, out=out, eval_every=0,
                            save_every=0, progress=False))
