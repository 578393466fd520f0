"""`cfa bench` on tiny fixture benchmark files."""

from __future__ import annotations

import json

import pytest

FIXTURES = {
    "cf": [
        {"ID": 1, "NL Utterance": "greater than 5", "Code": "GreaterThan(5)",
         "Data": [["Index", "Value"], [0, "3"], [1, "7"]], "Labels": [0, 0, 1]},
        {"ID": 2, "NL Utterance": "cells saying done", "Code": "TextEquals(Done)",
         "Data": [["Index", "Value"]], "Labels": [0]},
        {"ID": 3, "NL Utterance": "less than 5", "Code": "LessThan(5)",
         "Data": [["Index", "Value", "Score"], [0, "3", 1]], "Labels": [0]},
        {"ID": 4, "NL Utterance": "an office script", "Code": "$A2=$A3",
         "Data": [["Index", "Value"], [0, "x"]], "Labels": [0]},
    ],
    "bash": [
        {"ID": 0, "NL Utterance": "list files\n", "Code": "ls -l\n"},
        {"ID": 1, "NL Utterance": "find text files\n", "Code": "find . -name '*.txt'\n"},
        {"ID": 2, "NL Utterance": "count lines\n", "Code": "wc -l file.txt\n"},
    ],
    "python": [
        {"ID": 10, "NL Utterance": "sort list a", "Code": "sorted(a)"},
        {"ID": 11, "NL Utterance": None, "Code": "print('hi')"},
        {"ID": 12, "NL Utterance": "reverse list a", "Code": "a[::-1]"},
    ],
}
SHAPE = {"lang", "split", "generator", "n", "skipped", "metrics"}


def _file(tmp_path, lang):
    path = tmp_path / lang / "train.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"train": FIXTURES[lang], "test": FIXTURES[lang][:2]}))
    return path


@pytest.mark.parametrize("lang", ["cf", "bash", "python"])
def test_reference_scores_100_on_every_match_metric(cli, tmp_path, lang):
    code, out, err = cli("bench", "--lang", lang, "--data", str(_file(tmp_path, lang)), "--split",
                         "train", "--generator", "reference", "--out", str(tmp_path / "res"), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert SHAPE <= set(result) and result["lang"] == lang and result["split"] == "train"
    m = result["metrics"]
    expected = {"cf": ["execution_match", "exact_match"], "bash": ["exact_match", "template_match"],
                "python": ["exact_match"]}[lang]
    for name in expected:
        assert {m[name][k] for k in ("top1", "top3", "top5")} == {100.0}
        # what the assistant returns is the first valid candidate: none when the reference is invalid
        assert m[name]["returned_top1"] == m["validity_returned_top1"]
    for key in ("validity_raw_top1", "validity_returned_top1", "diversity", "peak_rss_mb"):
        assert key in m
    assert set(m["latency_ms"]) >= {"median", "p90"}
    if lang == "python":
        assert m["codebert_score"] is None and result["skipped"] == 1 and result["n"] == 2
    if lang == "cf":  # `$A2=$A3` is outside the CF language: 3 of 4 references parse
        assert m["validity_raw_top1"] == 75.0
        assert result["invalid_top1_examples"][0]["id"] == 4
        assert "code" not in result["invalid_top1_examples"][0]  # benchmark text stays out
        assert not list((tmp_path / "res").glob("*.records.jsonl"))  # only with --records
    assert (tmp_path / "res" / f"{lang}-train-reference.json").is_file()
    assert "| exact_match | 100.00" in (tmp_path / "res" / f"{lang}-train-reference.md").read_text()


def test_retrieval_and_table_output(cli, tmp_path):
    code, out, err = cli("bench", "--lang", "bash", "--data", str(_file(tmp_path, "bash")),
                         "--split", "test", "--generator", "retrieval", "--method", "tfidf", "-k", "2",
                         "--out", str(tmp_path), "--no-embedding-diversity", "--no-progress", "--records")
    assert code == 0, err
    assert "template_match" in out and "wrote" in err
    lines = (tmp_path / "bash-test-retrieval.records.jsonl").read_text().splitlines()
    first = json.loads(lines[0])
    assert first["id"] == 0 and "ls -l" not in first["candidates"]  # never its own record


def test_retrieval_fits_literals_on_request_and_saves_it_in_the_command(cli, tmp_path):
    path = tmp_path / "bash" / "train.json"
    path.parent.mkdir(parents=True)
    train = [{"ID": 0, "NL Utterance": "show the last 10 lines of 'log.txt'",
              "Code": "tail -n 10 log.txt"}]
    test = [{"ID": 1, "NL Utterance": "show the last 25 lines of 'log.txt'",
             "Code": "tail -n 25 log.txt"}]
    path.write_text(json.dumps({"train": train, "test": test}))
    args = ["bench", "--lang", "bash", "--data", str(path), "--split", "test", "--generator",
            "retrieval", "--method", "tfidf", "-k", "1", "--out", str(tmp_path / "res"),
            "--no-embedding-diversity", "--no-progress", "--json"]
    code, out, err = cli(*args)
    assert code == 0, err
    assert json.loads(out)["metrics"]["exact_match"]["top1"] == 0.0
    code, out, err = cli(*args, "--fit-literals")
    assert code == 0, err
    result = json.loads(out)
    assert result["metrics"]["exact_match"]["top1"] == 100.0  # 10 took the request's 25
    assert "--fit-literals" in result["command"]


@pytest.mark.parametrize("args, message", [
    (["--split", "tset"], "no split 'tset'; did you mean 'test'"),
    (["--generator", "retreival"], "did you mean 'retrieval'"),
    (["--lang", "pyhton"], "unknown language"),
    (["-k", "0"], "-k must be at least 1"),
])
def test_bad_input_is_one_line_exit_2(cli, tmp_path, args, message):
    base = ["bench", "--lang", "bash", "--data", str(_file(tmp_path, "bash")), "--split", "train",
            "--out", str(tmp_path)]
    code, out, err = cli(*base, *args)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_missing_file_is_exit_2(cli, tmp_path):
    code, _, err = cli("bench", "--lang", "cf", "--data", str(tmp_path / "none.json"))
    assert code == 2 and "not found" in err and "Traceback" not in err
