"""`cfa bench -g assistant` with corpus examples: the option reaches the pipeline and the saved
command, and the examples come from the training records the benchmark gives (a tiny model)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from cf_assistant.config import preset
from cf_assistant.training.loop import Options, run


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def tiny_model(data_dir, tmp_path):
    cfg = preset("tiny", "cf")
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, finetune_steps=2, batch=4))
    run(cfg, Options(phase="finetune", data_dir=data_dir, out=tmp_path / "r", eval_every=0,
                     save_every=0, progress=False))
    return tmp_path / "r"


def _bench(cli, data_dir, model, out, *extra):
    code, stdout, err = cli("bench", "--lang", "cf", "--data", str(data_dir / "cf" / "train.json"),
                            "--split", "train", "--generator", "assistant", "--checkpoint", str(model),
                            "--steps", "1", "-k", "3", "--no-embedding-diversity", "--no-progress",
                            "--json", "--out", str(out), *extra)
    assert code == 0, err
    return json.loads(stdout)


def test_the_examples_option_is_used_and_saved_in_the_command(cli, data_dir, tiny_model, tmp_path):
    first = _bench(cli, data_dir, tiny_model, tmp_path / "first", "--examples", "first")
    assert "--examples first" in first["command"]
    off = _bench(cli, data_dir, tiny_model, tmp_path / "off", "--examples", "off")
    assert "--examples off" in off["command"]
    # the training split is the bank here, so examples first find each record's own code
    top1 = lambda res: res["metrics"]["exact_match"]["top1"]  # noqa: E731
    assert top1(first) == 100.0 and top1(off) < 100.0


def test_a_one_column_record_gives_its_cells_never_its_labels_and_no_cells_is_saved(cli, data_dir,
                                                                                   tiny_model, tmp_path):
    from cf_assistant.data import Record
    from cf_assistant.generators.assistant import AssistantGenerator

    record = Record(id=1, utterance="vegan dishes", code='TextContains("vegan")',
                    data=[["Dish"], ["Vegan curry"], ["5"], [None]], labels=[1, 0, 0])
    data = AssistantGenerator._column(record)
    assert data.table.header == ["Dish"] and data.labels == ("Vegan curry", "5", "")
    assert data.table.column(0) == ["Vegan curry", 5.0, None]  # typed as Excel types them
    wide = dataclasses.replace(record, data=[["Dish", "Price"], ["Vegan curry", "5"]])
    assert AssistantGenerator._column(wide) is None
    bare = _bench(cli, data_dir, tiny_model, tmp_path / "bare", "--no-cells", "--limit", "2")
    assert "--no-cells" in bare["command"]
