"""The generator registry and the reference and retrieval generators."""

from __future__ import annotations

import pytest

from cf_assistant.data import Record
from cf_assistant.errors import BadInputError
from cf_assistant.generators import Generator, generator_names, get_generator, uses_training_records

TRAIN = [
    Record(id=1, utterance="highlight values greater than 10", code="GreaterThan(10)", lang="cf"),
    Record(id=2, utterance="values greater than 10 in red", code="GreaterThan(10.0)", lang="cf"),
    Record(id=3, utterance="cells that contain the word error", code="TextContains(error)", lang="cf"),
    Record(id=4, utterance="blank cells", code="Blanks()", lang="cf"),
    Record(id=5, utterance="duplicate values", code="Duplicates()", lang="cf"),
]


def test_registry_names_and_unknown_name():
    assert {"reference", "retrieval", "diffusion"} <= set(generator_names())
    with pytest.raises(BadInputError, match="did you mean 'retrieval'"):
        get_generator("retreival", "cf", TRAIN)
    assert uses_training_records("retrieval") and not uses_training_records("reference")


def test_reference_returns_the_records_own_code():
    gen = get_generator("reference", "cf", [], method="ignored")
    assert isinstance(gen, Generator) and gen.name == "reference"
    assert gen.generate(TRAIN[:2], 5) == [["GreaterThan(10)"], ["GreaterThan(10.0)"]]
    assert gen.generate(TRAIN[:1], 0) == [[]]


def test_retrieval_tfidf_nearest_distinct_codes():
    gen = get_generator("retrieval", "cf", TRAIN, method="tfidf")
    query = Record(id=99, utterance="greater than 10", code="?", lang="cf")
    (cands,) = gen.generate([query], 3)
    # GreaterThan(10.0) has the same canonical form as GreaterThan(10): only one of them
    assert cands[0] == "GreaterThan(10)" and "GreaterThan(10.0)" not in cands
    assert len(cands) == 3 and len(set(cands)) == 3
    (blank,) = gen.generate([Record(id=98, utterance="the blank cells", code="?")], 1)
    assert blank == ["Blanks()"]


def test_retrieval_never_returns_the_query_record_itself():
    gen = get_generator("retrieval", "cf", TRAIN, method="tfidf")
    (cands,) = gen.generate([TRAIN[3]], 5)  # "blank cells", id 4
    assert "Blanks()" not in cands


def test_retrieval_needs_training_records_and_a_known_method():
    with pytest.raises(BadInputError, match="training records"):
        get_generator("retrieval", "cf", [])
    with pytest.raises(BadInputError, match="unknown retrieval method"):
        get_generator("retrieval", "cf", TRAIN, method="bm25")


def test_retrieval_minilm_is_the_default():
    gen = get_generator("retrieval", "cf", TRAIN)
    assert gen.method == "minilm"
    (cands,) = gen.generate([Record(id=99, utterance="find empty cells", code="?")], 2)
    assert cands[0] == "Blanks()"


def test_retrieval_can_fit_the_requests_literals_into_the_examples_slots():
    train = [Record(id=1, utterance="find files larger than 10 MB under '/var'",
                    code="find /var -size +10M", lang="bash"),
             Record(id=2, utterance="list the files in '/etc' modified 3 days ago",
                    code="find /etc -mtime 3", lang="bash")]
    query = Record(id=9, utterance="find files larger than 25 MB", code="?", lang="bash")
    plain = get_generator("retrieval", "bash", train, method="tfidf")
    fitted = get_generator("retrieval", "bash", train, method="tfidf", fit_literals=True)
    assert plain.generate([query], 1) == [["find /var -size +10M"]]
    # 25 takes the slot of 10; '/var' has no counterpart in the request and stays
    assert fitted.generate([query], 1) == [["find /var -size +25M"]]
    both = Record(id=8, utterance="list the files in '/tmp' modified 7 days ago", code="?",
                  lang="bash")
    assert fitted.generate([both], 1) == [["find /tmp -mtime 7"]]


def test_refit_moves_literals_slot_by_slot_and_keeps_the_unmatched_ones():
    from cf_assistant.diffusion import literals

    own, given = literals.extract('files over 10 MB named "a.txt"'), literals.extract("over 5")
    assert literals.refit("find -size +10M -name a.txt", own, given) == \
        "find -size +5M -name a.txt"
    assert literals.refit("echo 10", own, literals.extract("nothing")) == "echo 10"
