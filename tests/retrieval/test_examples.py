"""Corpus examples: literal adaptation, the finder, and how the suggest pipeline fills free slots."""

from __future__ import annotations

import json
import math
from types import SimpleNamespace

import numpy as np
import pytest

from cf_assistant.assistant import pipeline
from cf_assistant.data import Record
from cf_assistant.errors import BadInputError, NoValidCandidateError
from cf_assistant.retrieval.examples import Example, ExampleFinder, adapt, finder_for
from cf_assistant.assistant.pipeline import Suggester


class LetterEmbedder:
    """A stand-in for MiniLM: unit-length letter counts, so that similar words are near."""

    def embed(self, texts):
        rows = np.zeros((len(texts), 26))
        for i, t in enumerate(texts):
            for ch in t.lower():
                if "a" <= ch <= "z":
                    rows[i, ord(ch) - 97] += 1
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


def finder(pairs, lang="bash"):
    records = [Record(id=i, utterance=u, code=c, lang=lang) for i, (u, c) in enumerate(pairs)]
    emb = LetterEmbedder()
    return ExampleFinder(records, emb, emb.embed([r.utterance for r in records]))


class FakeSource:
    def __init__(self, samples, examples_order=None):
        self.samples = samples
        if examples_order is not None:
            self.examples_order = examples_order  # as a diffusion model's config sets it

    def generate_scored(self, utterances, k):
        return [list(self.samples[:k]) for _ in utterances]


class FixedFinder:
    """Returns the given examples, nearest first; records the calls."""

    def __init__(self, codes):
        self.codes = codes
        self.calls = []

    def nearest(self, utterance, k):
        self.calls.append((utterance, k))
        return [Example(c, f"request for {c}", 0.9 - i / 10) for i, c in enumerate(self.codes[:k])]


# ------------------------------------------------------------------ adapt


def test_a_number_the_example_named_becomes_the_users():
    assert adapt("find /tmp -size +10M", "find files over 10 MB", "find files over 5 MB") == "find /tmp -size +5M"


def test_numbers_and_texts_are_adapted_slot_by_slot():
    code = "grep -rn 'foo' . | head -n 20"
    assert adapt(code, "first 20 lines with 'foo'", "first 3 lines with 'bar'") == "grep -rn 'bar' . | head -n 3"


def test_an_example_is_unchanged_when_the_request_lacks_a_literal_it_needs():
    assert adapt("head -n 20 f.txt", "first 20 lines", "first lines") == "head -n 20 f.txt"


def test_backticked_names_are_adapted_by_position_as_whole_words():
    code = "pd.concat([df_1, df_2.sort_values('y')])"
    assert adapt(code, "concatenate `df_1` to `df_2` sorted by column 'y'",
                 "concatenate `a` with `b` sorted by column 'z'") == "pd.concat([a, b.sort_values('z')])"
    assert adapt("x + y", "add `x` and `y`", "add `y` and `x`") == "y + x"  # one pass, no chain
    assert adapt("obj.s(s)", "call `s`", "call `t`") == "obj.s(t)"  # never an attribute after a dot
    assert adapt("x + y", "add `x` and `y`", "add `q`") == "x + y"  # a name the request lacks


def test_a_literal_like_word_where_the_requests_differ_is_adapted():
    assert adapt("file utf8.txt", "describe the type of utf8.txt",
                 "describe the type of ascii.txt") == "file ascii.txt"
    assert adapt('dirname "${SRC}" $SRC', "where file $SRC is located",
                 "where file $f is located") == 'dirname "${f}" $f'
    # plain words are never swapped, even where the two requests differ in one word
    assert adapt("sort file | uniq", "sort the lines of file", "count the lines of file") == "sort file | uniq"
    # nor is a word that the code writes only inside a longer one
    assert adapt("cat a.txt.bak", "show a.txt please", "show b.txt please") == "cat a.txt.bak"


def test_an_example_without_literals_is_unchanged():
    assert adapt("ls -la", "list all files", "list 3 files") == "ls -la"


# ------------------------------------------------------------------ the finder


def test_the_finder_returns_distinct_codes_nearest_first():
    f = finder([("list files", "ls"), ("list the files", " ls "), ("show disk usage", "du -sh ."),
                ("count lines", "wc -l")])
    got = f.nearest("list files", 2)
    # " ls " (the second record) is the first one's code again: skipped, not counted against k
    assert [e.code for e in got] == ["ls", "wc -l"]
    assert got[0].utterance == "list files" and math.isclose(got[0].similarity, 1.0)
    assert got[0].similarity > got[1].similarity


def test_the_finder_adapts_literals_and_gives_nothing_for_k_0():
    f = finder([("print the first 10 lines", "head -n 10 file")])
    assert [e.code for e in f.nearest("print the first 3 lines", 1)] == ["head -n 3 file"]
    assert f.nearest("x", 0) == []


def test_finder_for_reuses_the_model_bank_and_needs_records():
    emb = LetterEmbedder()
    records = [Record(id=1, utterance="list files", code="ls", lang="bash")]
    bank = SimpleNamespace(records=records, embedder=emb, matrix=emb.embed(["list files"]))
    f = finder_for("bash", SimpleNamespace(bank=bank))
    assert f.records == records and f.matrix is bank.matrix
    assert finder_for("bash", None, []) is None


# ------------------------------------------------------------------ the pipeline


def test_free_slots_are_filled_after_the_models_answers_with_valid_examples():
    ex = FixedFinder(["for x in", "ls -la", "echo hi", "du -sh ."])  # "for x in" is not valid Bash
    s = Suggester("bash", source=FakeSource([("echo hi", -0.5), ("if then", -0.1)]), examples=ex)
    result = s.suggest("say hi", k=3)
    assert [(c.code, c.origin, c.rank) for c in result.candidates] == [
        ("echo hi", "model", 1), ("ls -la", "example", 2), ("du -sh .", "example", 3)]
    assert [c.code for c in result.invalid] == ["if then"]  # the model's own invalid stay apart
    second = result.to_json()["candidates"][1]
    assert second["origin"] == "example" and second["example_of"] == "request for ls -la"
    assert second["score"] is None and "examples" in result.timing_ms


def test_no_example_is_asked_for_when_the_model_fills_every_slot():
    ex = FixedFinder(["ls"])
    result = Suggester("bash", source=FakeSource([("echo a", -0.1), ("echo b", -0.2)]),
                       examples=ex).suggest("x", k=2)
    assert [c.origin for c in result.candidates] == ["model", "model"] and ex.calls == []
    assert "examples" not in result.timing_ms


def test_examples_answer_when_the_model_has_no_valid_candidate():
    result = Suggester("python", source=FakeSource([("def (", -0.1)]),
                       examples=FixedFinder(["print(1)"])).suggest("x", k=1)
    assert [(c.code, c.origin) for c in result.candidates] == [("print(1)", "example")]


def test_without_examples_no_valid_candidate_is_still_an_error():
    with pytest.raises(NoValidCandidateError):
        Suggester("python", source=FakeSource([("def (", -0.1)])).suggest("x", k=1)


def test_cf_examples_merge_with_the_models_answers_by_canonical_form_and_are_explained():
    ex = FixedFinder(["greaterthan( 5 )", "Blanks()"])
    result = Suggester("cf", source=FakeSource([("GreaterThan(5)", -0.1)]), examples=ex).suggest("x", k=3)
    assert [(c.code, c.origin) for c in result.candidates] == [
        ("GreaterThan(5)", "model"), ("Blanks()", "example")]
    assert result.candidates[1].explanation and result.candidates[1].formula


def test_first_puts_examples_before_the_models_answers_and_keeps_k():
    ex = FixedFinder(["ls -la", "echo hi", "du -sh ."])
    s = Suggester("bash", source=FakeSource([("echo hi", -0.1), ("pwd", -0.2)]), examples=ex,
                  examples_order="first")
    got = [(c.code, c.origin, c.rank) for c in s.suggest("x", k=4).candidates]
    # the model's "echo hi" is an example already; its "pwd" fills the one slot left
    assert got == [("ls -la", "example", 1), ("echo hi", "example", 2), ("du -sh .", "example", 3),
                   ("pwd", "model", 4)]
    assert [c.origin for c in s.suggest("x", k=2).candidates] == ["example", "example"]


def test_the_order_defaults_to_the_models_and_can_be_overridden():
    ex = FixedFinder(["ls -la"])
    first = FakeSource([("pwd", -0.1)], examples_order="first")
    assert [c.code for c in Suggester("bash", source=first, examples=ex).suggest("x", k=2).candidates] == [
        "ls -la", "pwd"]
    assert [c.code for c in Suggester("bash", source=first, examples=ex, examples_order="after")
            .suggest("x", k=2).candidates] == ["pwd", "ls -la"]
    plain = FakeSource([("pwd", -0.1)])  # a source that says nothing: after
    assert [c.code for c in Suggester("bash", source=plain, examples=ex).suggest("x", k=2).candidates] == [
        "pwd", "ls -la"]


def test_an_unknown_order_is_refused():
    with pytest.raises(BadInputError, match="after or first"):
        Suggester("bash", source=FakeSource([]), examples=True, examples_order="middle")


def test_the_shipped_configs_put_examples_first_only_where_the_model_is_weaker():
    from cf_assistant.config import RunConfig
    from cf_assistant.paths import MODEL_DIR

    orders = {lang: RunConfig.from_json((MODEL_DIR / lang / "config.json").read_text()).sample.examples
              for lang in ("cf", "bash", "python")}
    assert orders == {"cf": "after", "bash": "first", "python": "first"}


def test_the_default_finder_is_made_once_and_only_when_needed(monkeypatch):
    made = []

    def factory(lang, source):
        made.append(lang)
        return FixedFinder(["ls"])

    monkeypatch.setattr(pipeline, "example_factory", factory)
    s = Suggester("bash", source=FakeSource([("echo a", -0.1)]), examples=True)
    s.suggest("x", k=1)
    assert made == []
    s.suggest("x", k=2)
    s.suggest("y", k=2)
    assert made == ["bash"]


def test_no_training_records_means_the_models_answers_alone(monkeypatch):
    monkeypatch.setattr(pipeline, "example_factory", lambda lang, source: None)
    result = Suggester("bash", source=FakeSource([("echo a", -0.1)]), examples=True).suggest("x", k=3)
    assert [c.origin for c in result.candidates] == ["model"]


# ------------------------------------------------------------------ the command


@pytest.fixture
def bash_cli(monkeypatch):
    made = []

    def factory(lang, source):
        made.append(lang)
        return FixedFinder(["ls -la"])

    monkeypatch.setattr(pipeline, "source_factory", lambda *a: FakeSource([("echo a", -0.1)]))
    monkeypatch.setattr(pipeline, "example_factory", factory)
    return made


def test_cfa_suggest_marks_examples_and_names_their_request(cli, bash_cli):
    code, out, err = cli("suggest", "list files", "--lang", "bash", "-k", "2")
    assert code == 0, err
    assert "2. ls -la  (example)" in out and "request for ls -la" in out
    code, out, _ = cli("suggest", "list files", "--lang", "bash", "-k", "2", "--json")
    assert [c.get("origin", "model") for c in json.loads(out)["candidates"]] == ["model", "example"]


def test_cfa_suggest_examples_off_never_builds_a_finder(cli, bash_cli):
    code, out, _ = cli("suggest", "list files", "--lang", "bash", "-k", "2", "--examples", "off", "--json")
    assert code == 0 and len(json.loads(out)["candidates"]) == 1 and bash_cli == []


def test_cfa_suggest_examples_first(cli, bash_cli):
    code, out, _ = cli("suggest", "list files", "--lang", "bash", "-k", "2", "--examples", "first", "--json")
    assert code == 0
    assert [c["code"] for c in json.loads(out)["candidates"]] == ["ls -la", "echo a"]


def test_cfa_suggest_refuses_an_unknown_examples_order_in_one_line(cli, bash_cli):
    code, _, err = cli("suggest", "list files", "--lang", "bash", "--examples", "sometimes")
    assert code == 2 and "--examples must be auto, after, first or off" in err
    assert len([line for line in err.splitlines() if line.strip()]) == 1 and bash_cli == []


def test_default_records_are_cached_and_follow_the_file(tmp_path, monkeypatch):
    from cf_assistant.retrieval.examples import default_records

    monkeypatch.setenv("CFA_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert default_records("bash") == []  # no data folder: no examples
    path = tmp_path / "data" / "bash" / "train.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"train": [{"ID": 1, "NL Utterance": "list files", "Code": "ls"}]}))
    first = default_records("bash")
    assert [(r.utterance, r.code) for r in first] == [("list files", "ls")]
    assert len(list((tmp_path / "cache" / "cf-assistant").glob("examples-*.json"))) == 1
    path.write_text(json.dumps({"train": [{"ID": 1, "NL Utterance": "show disk usage", "Code": "du -sh"}]}))
    assert [(r.utterance, r.code) for r in default_records("bash")] == [("show disk usage", "du -sh")]


def test_cf_examples_must_keep_to_the_request():
    # nearest first: one contradicts the comparison named, one brings its own number, one its own
    # text, one ranks where the request names a comparison and no ranking
    ex = FixedFinder(["LessThan(5)", "GreaterThan(6)", 'TextEquals("Nil")', "Top(5)", "Blanks()"])
    result = Suggester("cf", source=FakeSource([("GreaterThan(5)", -0.1)]), examples=ex).suggest(
        "highlight cells greater than 5", k=5)
    assert [c.code for c in result.candidates if c.origin != "alternative"] == ["GreaterThan(5)", "Blanks()"]
    # Bash and Python examples are never held to this (their literals are the user's business)
    bash = Suggester("bash", source=FakeSource([]), examples=FixedFinder(["head -n 20 f"]))
    assert [c.code for c in bash.suggest("first 3 lines", k=1).candidates] == ["head -n 20 f"]


def test_a_broken_training_file_costs_the_examples_not_the_answer(tmp_path, monkeypatch, caplog):
    from cf_assistant.retrieval.examples import default_records

    monkeypatch.setenv("CFA_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "data" / "bash" / "train.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    assert default_records("bash") == []
    assert "no corpus examples" in caplog.text
