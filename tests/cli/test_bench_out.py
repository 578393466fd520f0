"""`cfa bench` writes under the current folder (or --out), never into the source tree, and an
evaluation file without a train split borrows the default training data, with a note."""

from __future__ import annotations

import json

from cf_assistant.paths import BENCHMARKS_DIR

TRAIN = [{"ID": i, "NL Utterance": u, "Code": c, "Data": [["Value"], ["7"]], "Labels": [0]}
         for i, (u, c) in enumerate([("cells greater than 5", "GreaterThan(5)"),
                                     ("cells less than 3", "LessThan(3)"),
                                     ("empty cells", "Blanks()"),
                                     ("cells above 9", "GreaterThan(9)")])]
EVAL = {"dev": [{"ID": 100, "NL Utterance": "cells greater than 5", "Code": "GreaterThan(5)",
                 "Data": [["Value"], ["7"]], "Labels": [1]}],
        "test": [{"ID": 101, "NL Utterance": "blank cells", "Code": "Blanks()",
                  "Data": [["Value"], [""]], "Labels": [1]}]}


def _data(tmp_path, monkeypatch):
    root = tmp_path / "data"
    (root / "cf").mkdir(parents=True)
    (root / "cf" / "train.json").write_text(json.dumps({"train": TRAIN}), encoding="utf-8")
    monkeypatch.setenv("CFA_DATA", str(root))
    path = tmp_path / "everyday.json"
    path.write_text(json.dumps(EVAL), encoding="utf-8")
    return path


def test_the_default_out_is_under_the_current_folder(cli, tmp_path, monkeypatch):
    path = _data(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in (BENCHMARKS_DIR / "results").glob("*")) if (BENCHMARKS_DIR / "results").is_dir() else []
    code, _, err = cli("bench", "--data", str(path), "--split", "test", "-g", "reference", "--no-progress")
    assert code == 0, err
    assert [p.suffix for p in sorted((tmp_path / "bench-results").iterdir())] == [".json", ".md"]
    after = sorted(p.name for p in (BENCHMARKS_DIR / "results").glob("*")) if (BENCHMARKS_DIR / "results").is_dir() else []
    assert after == before


def test_a_file_without_train_split_uses_the_default_training_data(cli, tmp_path, monkeypatch):
    path = _data(tmp_path, monkeypatch)
    for split, expected in (("dev", "GreaterThan(5)"), ("test", "Blanks()")):
        out = tmp_path / f"out-{split}"
        code, stdout, err = cli("bench", "--data", str(path), "--split", split, "-g", "retrieval",
                                "--method", "tfidf", "--out", str(out), "--no-progress", "--json",
                                "--no-embedding-diversity")
        assert code == 0, err
        assert "note:" in err and "has no" in err and str(tmp_path / "data") in err
        assert json.loads(stdout)["metrics"]["exact_match"]["top1"] == 100.0, expected


def test_a_missing_default_training_file_is_one_line_exit_2(cli, tmp_path, monkeypatch):
    path = _data(tmp_path, monkeypatch)
    monkeypatch.setenv("CFA_DATA", str(tmp_path / "nowhere"))
    code, _, err = cli("bench", "--data", str(path), "--split", "dev", "-g", "retrieval",
                       "--method", "tfidf", "--out", str(tmp_path / "o"), "--no-progress")
    assert code == 2 and len(err.strip().splitlines()) <= 2 and "Traceback" not in err
