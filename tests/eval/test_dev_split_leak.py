"""Scoring the dev split never lets a dev record into what the generator reads: the training
records `cfa bench` hands a generator (its example bank, its corpus examples, retrieval's index)
are the train split minus dev, and the diffusion and assistant generators build their banks from
exactly those records, never from the default data folder (which holds the dev records)."""

from __future__ import annotations

import json

import pytest

from cf_assistant.data import is_dev
from cf_assistant.eval import bench
from cf_assistant.generators import generator_names, uses_training_records


class _Captured(Exception):
    pass


@pytest.fixture
def cf_file(tmp_path):
    recs = [{"ID": i, "NL Utterance": f"cells greater than {i}", "Code": f"GreaterThan({i})",
             "Data": [["Value"], [i + 1]], "Labels": [0, 1]} for i in range(60)]
    path = tmp_path / "cf.json"
    path.write_text(json.dumps({"train": recs}), encoding="utf-8")
    assert any(is_dev(i) for i in range(60))
    return path


@pytest.mark.parametrize("generator", [g for g in generator_names() if uses_training_records(g)])
def test_bench_on_dev_hands_the_generator_no_dev_record(cf_file, monkeypatch, generator):
    seen = {}

    def capture(name, lang, train_records=(), **options):
        seen["ids"] = [r.id for r in train_records]
        raise _Captured

    monkeypatch.setattr(bench, "get_generator", capture)
    with pytest.raises(_Captured):
        bench.run_bench("cf", split="dev", generator=generator, data=cf_file, progress=False)
    assert seen["ids"] and not any(is_dev(i) for i in seen["ids"])
    assert len(seen["ids"]) == sum(not is_dev(i) for i in range(60))


def test_training_records_reach_the_diffusion_and_assistant_banks_unchanged(data_dir, tmp_path,
                                                                             monkeypatch):
    from tests.conftest import train_tiny_neighbour_model

    from cf_assistant.data import load_split
    from cf_assistant.generators import get_generator
    from cf_assistant.generators import diffusion
    from cf_assistant.retrieval import examples

    train_tiny_neighbour_model(data_dir, tmp_path / "ck")
    for module, name in ((diffusion, "_default_examples"), (examples, "default_records")):
        monkeypatch.setattr(module, name,  # the default data folder: dev records included
                            lambda lang: pytest.fail("the default data folder was read"))
    rest, _ = load_split(data_dir / "cf" / "train.json", "train-minus-dev", "cf")
    gen = get_generator("diffusion", "cf", rest, checkpoint=tmp_path / "ck")
    assert [r.id for r in gen.bank.records] == [r.id for r in rest]
    assistant = get_generator("assistant", "cf", rest, checkpoint=tmp_path / "ck",
                              examples="after")
    assert [r.id for r in assistant.model.bank.records] == [r.id for r in rest]
    assert [r.id for r in assistant.suggester.examples.records] == [r.id for r in rest]
