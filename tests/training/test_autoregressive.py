"""The auto-regressive baseline: training on a tiny benchmark, checkpoints, beam candidates, CLI."""

from __future__ import annotations

import dataclasses

import pytest

from cf_assistant.training.autoregressive import ARConfig, load, preset, train_autoregressive
from cf_assistant.data import Record
from cf_assistant.errors import CheckpointError
from cf_assistant.generators import get_generator


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    import json

    from tests.conftest import CODES, UTTERANCES

    root = tmp_path_factory.mktemp("ar")
    (root / "data" / "cf" / "pretrain").mkdir(parents=True)
    records = [{"ID": i, "NL Utterance": u, "Code": c, "Data": [["Value"]], "Labels": [0]}
               for i, (u, c) in enumerate(zip(UTTERANCES, CODES))]
    (root / "data" / "cf" / "train.json").write_text(json.dumps({"train": records}))
    (root / "data" / "cf" / "pretrain" / "s.txt").write_text("\n".join(CODES * 2))
    cfg = dataclasses.replace(preset("tiny", "cf"), pretrain_steps=5, finetune_steps=150)
    result = train_autoregressive("cf", root / "data", root / "ckpt", None, None, seed=1, cfg=cfg,
                                  progress=False)
    return root / "ckpt", result


def test_training_runs_both_phases_and_lowers_the_loss(trained):
    _, result = trained
    assert result.steps == {"pretrain": 5, "finetune": 150}
    assert result.losses[-1] < result.losses[5] / 2
    assert set(result.dev) == {"n", "exact_match"}


def test_generator_returns_k_distinct_candidates_with_literals(trained):
    folder, _ = trained
    gen = get_generator("autoregressive", "cf", [], checkpoint=folder, steps=7)  # steps: dropped
    recs = [Record(id=1, utterance="cells greater than 42", code="?", lang="cf"),
            Record(id=2, utterance="duplicate values", code="?", lang="cf")]
    outs = gen.generate(recs, 5)
    assert len(outs) == 2
    for cands in outs:
        assert 1 <= len(cands) <= 5 and len(set(cands)) == len(cands)
    assert len(outs[1]) >= 3
    assert not any("<N" in c for c in outs[0])  # slots replaced by the utterance's numbers
    scored = gen.generate_scored(["duplicate values"], 3)[0]
    assert [s for _, s in scored] == sorted((s for _, s in scored), reverse=True)


def test_checkpoint_is_safetensors_and_round_trips(trained):
    folder, _ = trained
    assert (folder / "model.safetensors").is_file() and not list(folder.glob("*.bin"))
    a, b = load(folder), load(folder)
    assert a.generate(["empty cells"], 3) == b.generate(["empty cells"], 3)


def test_bad_checkpoints_are_refused(tmp_path, trained):
    with pytest.raises(CheckpointError, match="missing"):
        load(tmp_path)
    folder, _ = trained
    bad = tmp_path / "bad"
    bad.mkdir()
    for name in ("tokenizer.json", "model.safetensors"):
        (bad / name).write_bytes((folder / name).read_bytes())
    (bad / "config.json").write_text('{"kind": "diffusion"}')
    with pytest.raises(CheckpointError, match="auto-regressive"):
        load(bad)
    (bad / "config.json").write_text((folder / "config.json").read_text())
    (bad / "model.safetensors").write_bytes(b"junk")
    with pytest.raises(CheckpointError, match="corrupt"):
        load(bad)


def test_config_round_trips_and_rejects_unknown_keys():
    cfg = preset("small", "bash")
    assert ARConfig.from_json(cfg.to_json()) == cfg and cfg.code_len == 64
    with pytest.raises(CheckpointError, match="unknown"):
        ARConfig.from_json('{"kind": "autoregressive", "colour": 1}')


def test_cli_train_ar_bad_input(cli, tmp_path):
    code, _, err = cli("train-ar", "--out", str(tmp_path / "o"), "--data", str(tmp_path / "none"))
    assert code == 2 and "no such folder" in err
    code, _, err = cli("train-ar", "--out", str(tmp_path / "o"), "--finetune-minutes", "0",
                       "--pretrain-minutes", "0")
    assert code == 2 and "not both 0" in err
    code, _, err = cli("train-ar", "--out", str(tmp_path / "o"), "--finetune-minutes", "-1")
    assert code == 2 and "finetune-minutes" in err


def test_two_commands_pretrain_then_finetune_from_init(trained, tmp_path):
    folder, _ = trained
    data = folder.parent / "data"
    cfg = dataclasses.replace(preset("tiny", "cf"), pretrain_steps=3, finetune_steps=4)
    pre = train_autoregressive("cf", data, tmp_path / "pre", None, 0, cfg=cfg, progress=False)
    assert pre.steps == {"pretrain": 3} and pre.dev == {}
    ft = train_autoregressive("cf", data, tmp_path / "ft", 0, None, cfg=cfg, progress=False,
                              init=tmp_path / "pre")
    assert ft.steps == {"finetune": 4} and ft.dev["n"] >= 0
    assert (tmp_path / "ft" / "tokenizer.json").read_text() == \
        (tmp_path / "pre" / "tokenizer.json").read_text()


def test_assistant_generator_uses_an_autoregressive_checkpoint_as_its_source(trained):
    from cf_assistant.generators.autoregressive import AutoregressiveGenerator

    folder, _ = trained
    gen = get_generator("assistant", "cf", [], checkpoint=folder)
    assert isinstance(gen.model, AutoregressiveGenerator)
    (cands,) = gen.generate([Record(id=1, utterance="cells greater than 42", code="?", lang="cf")], 3)
    assert 1 <= len(cands) <= 3
