"""Benchmark readers, the dev split rule and the pre-training corpora, on tiny fixture files."""

from __future__ import annotations

import ast
import hashlib
import json

import pytest

from cf_assistant.data import (
    Record,
    is_dev,
    load_split,
    pretrain_corpus,
    python_stdlib_corpus,
    split_dev,
)
from cf_assistant.errors import DataError


def _write(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def _cf_file(tmp_path):
    records = [
        {"ID": 1, "NL Utterance": "over 5", "Code": "GreaterThan(5)",
         "Data": [["Index", "Value"], [0, "3"], [1, "7"]], "Labels": [0, 0, 1]},
        {"ID": 2, "NL Utterance": "says Done", "Code": "TextEquals(Done)",
         "Data": [["Index", "Value"], [0, "Done"]], "Labels": [0]},
        {"ID": 3, "NL Utterance": "blank", "Code": "Blanks()",
         "Data": [["Index", "Value"]], "Labels": [0]},
        {"ID": 4, "NL Utterance": "labels too long", "Code": "Errors()",
         "Data": [["Index", "Value"], [0, "x"]], "Labels": [0, 0, 0]},
    ]
    return _write(tmp_path / "cf" / "train.json", {"train": records, "test": records[:1]})


def test_dev_rule_is_exactly_the_sha1_rule():
    for i in list(range(200)) + ["abc", 41067960]:
        expected = int(hashlib.sha1(str(i).encode()).hexdigest(), 16) % 10 == 0
        assert is_dev(i) == expected
    assert 5 <= sum(is_dev(i) for i in range(200)) <= 40


def test_split_dev_partitions_in_order():
    recs = [Record(id=i, utterance="u", code="c") for i in range(100)]
    train, dev = split_dev(recs)
    assert len(train) + len(dev) == 100
    assert all(is_dev(r.id) for r in dev) and not any(is_dev(r.id) for r in train)
    assert [r.id for r in dev] == sorted(r.id for r in dev)


def test_load_cf_split_labels_and_lang(tmp_path):
    recs, skipped = load_split(_cf_file(tmp_path), "train")
    assert skipped == 0 and [r.lang for r in recs] == ["cf"] * 4
    assert recs[0].data[1] == [0, "3"] and recs[0].labels == [0, 0, 1]
    assert recs[1].labels is None  # the [0] placeholder on a table with data rows
    assert recs[2].labels == [0] and not recs[2].has_data_rows
    assert recs[3].labels is None  # wrong length
    assert [r.id for r in load_split(_cf_file(tmp_path), "test")[0]] == [1]


def test_derived_splits(tmp_path):
    records = [{"ID": i, "NL Utterance": f"u{i}", "Code": f"c{i}"} for i in range(60)]
    path = _write(tmp_path / "bash" / "train.json", {"train": records})
    dev, _ = load_split(path, "dev")
    rest, _ = load_split(path, "train-minus-dev")
    assert {r.id for r in dev} == {i for i in range(60) if is_dev(i)}
    assert len(dev) + len(rest) == 60 and dev


def test_unknown_split_names_the_available_ones(tmp_path):
    with pytest.raises(DataError, match="available: train, test, dev"):
        load_split(_cf_file(tmp_path), "tets")
    with pytest.raises(DataError, match="did you mean 'test'"):
        load_split(_cf_file(tmp_path), "tets")


def test_missing_file_and_bad_lang(tmp_path):
    with pytest.raises(DataError, match="not found"):
        load_split(tmp_path / "nope.json", "train", lang="cf")
    path = _write(tmp_path / "data.json", {"train": []})
    with pytest.raises(DataError, match="language"):
        load_split(path, "train")


def test_bash_values_are_stripped(tmp_path):
    path = _write(tmp_path / "b.json", {"train": [{"ID": 0, "NL Utterance": "list\n", "Code": "ls -l\n"}]})
    (rec,), _ = load_split(path, "train", lang="bash")
    assert rec.utterance == "list" and rec.code == "ls -l" and rec.lang == "bash"


def test_null_utterance_uses_conala_or_is_skipped(tmp_path):
    py = tmp_path / "python"
    records = [
        {"ID": 10, "NL Utterance": None, "Code": "b()"},
        {"ID": 11, "NL Utterance": "keep", "Code": "c()"},
        {"ID": 12, "NL Utterance": None, "Code": "d()"},
    ]
    path = _write(py / "train.json", {"train": records})
    recs, skipped = load_split(path, "train")
    assert skipped == 2 and [r.id for r in recs] == [11]
    conala = [
        {"question_id": 10, "intent": "other q", "rewritten_intent": "rewritten other", "snippet": "a()"},
        {"question_id": 10, "intent": "raw intent", "rewritten_intent": None, "snippet": "b()"},
        {"question_id": 12, "intent": "d intent", "rewritten_intent": "d rewritten", "snippet": "x()"},
    ]
    _write(py / "conala-train.json", conala)  # found beside the file by default
    recs, skipped = load_split(path, "train")
    assert skipped == 0
    assert [r.utterance for r in recs] == ["raw intent", "keep", "d rewritten"]


def test_jsonl_whole_file_or_split_field(tmp_path):
    plain = tmp_path / "cf.jsonl"
    plain.write_text('{"ID": 1, "NL Utterance": "a", "Code": "Blanks()"}\n\n'
                     '{"ID": 2, "NL Utterance": "b", "Code": "Errors()"}\n')
    recs, _ = load_split(plain, "test")
    assert [r.code for r in recs] == ["Blanks()", "Errors()"]
    assert load_split(plain, "dev")[0] == [r for r in recs if is_dev(r.id)]
    tagged = tmp_path / "cf_tagged.jsonl"
    tagged.write_text('{"ID": 1, "NL Utterance": "a", "Code": "Blanks()", "split": "test"}\n'
                      '{"ID": 2, "NL Utterance": "b", "Code": "Errors()", "split": "train"}\n')
    recs, _ = load_split(tagged, "test", lang="cf")
    assert [r.id for r in recs] == [1]
    with pytest.raises(DataError, match="available: test, train"):
        load_split(tagged, "valid", lang="cf")


def test_pretrain_corpus_dedups_in_order(tmp_path):
    folder = tmp_path / "cf" / "pretrain"
    folder.mkdir(parents=True)
    (folder / "s.txt").write_text("Blanks()\nLessThan(0)\n\nBlanks()\nErrors()\n")
    assert pretrain_corpus("cf", tmp_path) == ["Blanks()", "LessThan(0)", "Errors()"]
    with pytest.raises(DataError):
        pretrain_corpus("bash", tmp_path)


def test_python_corpus_from_a_source_tree(tmp_path):
    (tmp_path / "mod.py").write_text(
        '"""Doc."""\nimport os\nx = os.path.join("a", "b")\n'
        "def f(y):\n    '''doc'''\n    return g(y,\n             2)\n"
        f"z = {'1 + ' * 80}1\nx = os.path.join('a', 'b')\n"
    )
    (tmp_path / "test").mkdir()
    (tmp_path / "test" / "t.py").write_text("secret = 1\n")
    corpus = python_stdlib_corpus(root=tmp_path)
    # ast.walk order: the statements of the module first, then the calls inside them; the
    # multi-line return, the over-long sum and the docstrings are left out, and so are tests
    assert corpus == ['import os', 'x = os.path.join("a", "b")', "x = os.path.join('a', 'b')",
                      'os.path.join("a", "b")', "os.path.join('a', 'b')"]
    assert all(ast.parse(s) for s in corpus)
    assert python_stdlib_corpus(root=tmp_path) == corpus
