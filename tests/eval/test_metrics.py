"""Each metric on hand-made cases, including cases that must not match."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest

from cf_assistant.eval import metrics
from cf_assistant.data import Record
from cf_assistant.eval.metrics import (
    corpus_bleu,
    distinct_ngrams,
    edit_distance,
    exact_match,
    is_valid,
    template_match,
)

TABLE = [["Index", "Value"], [0, "3"], [1, "5"], [2, "7"], [3, ""], [4, "abc"]]


# --------------------------------------------------------------------------- exact / template


@pytest.mark.parametrize("lang, a, b, same", [
    ("cf", "GreaterThanOrEqual(5)", "GreaterThanEqual(5.0)", True),
    ("cf", "TextEquals(Done)", "TextEquals('Done')", True),
    ("cf", "top(10%)", "TopPercent(10)", True),
    ("cf", "TextEquals(Done)", "TextEquals(done!)", False),
    ("cf", "Top(10)", "TopPercent(10)", False),
    ("bash", "ls   -l  /tmp", "ls -l /tmp", True),
    ("bash", "ls -l", "ls -la", False),
    ("bash", "echo 'a  b'", "echo 'a b'", False),
    ("python", "f( 'a' ,b)", 'f("a", b)', True),
    ("python", "x=[1,2]", "x = [ 1, 2 ]", True),
    ("python", "f(a)", "f(b)", False),
    ("python", "a.sort()", "sorted(a)", False),
])
def test_exact_match(lang, a, b, same):
    assert exact_match(lang, a, b) is same
    assert exact_match(lang, a, a)


@pytest.mark.parametrize("a, b, same", [
    ('find . -name "*.txt"', 'find /tmp -name "*.py"', True),
    ("sudo /usr/bin/find . -type f", "find /home -type f", True),
    ("ls -la", "ls -l -a", True),
    ("find . -name a", "find . -iname a", False),
    ("ls -l | wc -l", "ls -l", False),
    ("grep -r foo .", "grep foo .", False),
])
def test_template_match(a, b, same):
    assert template_match(a, b) is same


def test_validity():
    assert is_valid("cf", "Between(1, 2)") and not is_valid("cf", "Between(1, 2")
    assert is_valid("python", "x = f(1)") and not is_valid("python", "x = = 1")
    assert is_valid("bash", "ls -l | wc -l") and not is_valid("bash", "ls |")
    assert not is_valid("python", "") and not is_valid("bash", "   ")


# --------------------------------------------------------------------------- summaries


def _verdicts(lang, records, candidates):
    return [metrics.judge_record(lang, r, c) for r, c in zip(records, candidates)]


def test_top_k_and_returned():
    recs = [Record(id=i, utterance="u", code="GreaterThan(5)", data=TABLE, lang="cf") for i in range(4)]
    cands = [
        ["GreaterThan(5)"],                                         # top-1 hit
        ["LessThan(1)", "Blanks()", "NOT(LessThanEqual(5))"],      # top-3 hit
        ["Blanks(", "GreaterThan(5)"],                              # invalid first: returned hits
        [],                                                         # nothing at all
    ]
    m = metrics.summarise("cf", recs, cands, _verdicts("cf", recs, cands))
    assert m["execution_match"] == {"top1": 25.0, "top3": 75.0, "top5": 75.0, "returned_top1": 50.0,
                                    "returned_top3": 75.0, "returned_top5": 75.0}
    assert m["exact_match"]["top3"] == 50.0  # NOT(LessThanEqual(5)) is not the same text
    assert m["validity_raw_top1"] == 50.0  # the invalid first candidate and the empty list
    assert m["validity_returned_top1"] == 75.0


def test_returned_top_k_skips_invalid_candidates():
    """Returned top-k looks at the first k *valid* candidates: an invalid one uses no slot."""
    recs = [Record(id=0, utterance="u", code="GreaterThan(5)", data=TABLE, lang="cf")]
    cands = [["Blanks(", "LessThan(1)", "Blanks(", "Blanks()", "Blanks(", "GreaterThan(5)"]]
    m = metrics.summarise("cf", recs, cands, _verdicts("cf", recs, cands))
    assert m["exact_match"]["top3"] == 0.0 and m["exact_match"]["top5"] == 0.0
    assert m["exact_match"]["returned_top1"] == 0.0
    assert m["exact_match"]["returned_top3"] == 100.0  # LessThan(1), Blanks(), GreaterThan(5)


def test_reference_scores_100_on_every_language():
    for lang, code in (("cf", "TextContains(abc)"), ("bash", "ls -l"), ("python", "print(1)")):
        rec = Record(id=1, utterance="u", code=code, data=TABLE if lang == "cf" else None, lang=lang)
        m = metrics.summarise(lang, [rec], [[code]], _verdicts(lang, [rec], [[code]]))
        for name in metrics.match_metrics(lang):
            if name != "codebert_score":
                assert m[name]["top1"] == 100.0
    assert m["codebert_score"] is None and "codebert" in m["codebert_score_note"]
    assert m["bleu4"] == 100.0


# --------------------------------------------------------------------------- diversity, BLEU


def _levenshtein(a, b):
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[:], i
        for j, y in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x != y))
    return row[-1]


def test_edit_distance_agrees_with_the_textbook_loop():
    rng = np.random.default_rng(0)
    for _ in range(300):
        a = "".join(rng.choice(list("abcé"), rng.integers(0, 9)))
        b = "".join(rng.choice(list("abcé"), rng.integers(0, 9)))
        assert edit_distance(a, b) == _levenshtein(a, b)
    assert edit_distance("kitten", "sitting") == 3
    assert metrics.normalised_edit_distance("ab", "ab") == 0.0
    assert metrics.normalised_edit_distance("ab", "cd") == 1.0


def test_distinct_ngrams():
    assert distinct_ngrams([["a", "b"], ["a", "b"]], 1) == 0.5
    assert distinct_ngrams([["a", "b", "c"], ["a", "b", "d"]], 2) == 3 / 4
    assert distinct_ngrams([["a"]], 2) is None


class _FakeEmbedder:
    """Unit vectors from character counts, so similarities are known."""

    config = SimpleNamespace(hidden_size=3)

    def embed(self, texts):
        out = np.array([[t.count("a"), t.count("b"), 1.0] for t in texts])
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_diversity_pairs_and_embeddings():
    d = metrics.diversity("bash", [["echo a", "echo b", "echo a"], ["ls"]], _FakeEmbedder())
    assert d["records_with_pairs"] == 1
    assert d["distinct_ngrams"]["1"] == pytest.approx(((3 / 6) + 1.0) / 2)
    assert d["edit_distance"]["min"] == 0.0 and d["edit_distance"]["max"] == pytest.approx(1 / 6, abs=1e-4)
    assert d["embedding_similarity"]["max"] == pytest.approx(1.0)
    assert d["embedding_similarity"]["min"] == pytest.approx(0.5)


def test_corpus_bleu():
    ref = "x = sorted ( a , key = len )".split()
    assert corpus_bleu([ref], [ref]) == 100.0
    assert corpus_bleu([ref], [["y"]]) < 1.0
    short = ref[:5]  # a perfect prefix is penalised for brevity
    expected = 100 * math.exp(1 - len(ref) / len(short))
    assert corpus_bleu([ref], [short]) == pytest.approx(expected, abs=0.01)
    assert corpus_bleu([ref], [[]]) == 0.0


# --------------------------------------------------------------------------- CodeBERTScore


@pytest.fixture
def tiny_bert(tmp_path):
    transformers = pytest.importorskip("transformers")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "x", "=", "sorted", "(", ")", "a", "b",
             "print", ",", "key", "len"]
    (tmp_path / "vocab.txt").write_text("\n".join(vocab) + "\n")
    config = transformers.BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1,
                                     num_attention_heads=2, intermediate_size=32)
    import torch

    torch.manual_seed(0)
    transformers.BertModel(config).save_pretrained(tmp_path)
    transformers.BertTokenizerFast(str(tmp_path / "vocab.txt")).save_pretrained(tmp_path)
    return tmp_path


def test_codebert_score_from_a_local_folder(tiny_bert):
    scorer = metrics.CodeBertScorer(tiny_bert)
    assert scorer.f1("x = sorted(a)", "x = sorted(a)") == pytest.approx(1.0, abs=1e-5)
    assert scorer.f1("x = sorted(a)", "print(b, key)") < 0.99
    rec = Record(id=1, utterance="u", code="x = sorted(a)", lang="python")
    v = [metrics.judge_record("python", rec, ["print(b)", "x = sorted(a)"], scorer)]
    m = metrics.summarise("python", [rec], [["print(b)", "x = sorted(a)"]], v)
    assert m["codebert_score"]["top3"] == pytest.approx(100.0, abs=0.01)
    assert m["codebert_score"]["top1"] < 99.0


def test_codebert_missing_folder_is_bad_input(tmp_path):
    from cf_assistant.errors import BadInputError

    with pytest.raises(BadInputError, match="not found"):
        metrics.CodeBertScorer(tmp_path / "nope")


def test_latency_and_memory():
    assert metrics.latency_summary([1, 2, 3, 4, 100])["median"] == 3.0
    assert metrics.latency_summary([])["p90"] is None
    assert metrics.peak_rss_mb() > 10
