"""cfa train --extra-data / --extra-ratio: generated pairs mixed into fine-tuning batches."""

import dataclasses
import json

import torch
from cf_assistant.config import preset
from cf_assistant.languages.cf.synth import main as write_synth
from cf_assistant.training.loop import Options, extra_pairs, mixed_batch


def test_the_ratio_decides_the_share_of_extra_pairs_and_the_generator_the_draw():
    batch, extra = [("b", str(i)) for i in range(400)], [("e", "x")]
    assert mixed_batch(batch, extra, 0.0, torch.Generator().manual_seed(0)) == batch
    assert mixed_batch(batch, extra, 1.0, torch.Generator().manual_seed(0)) == extra * 400
    half = mixed_batch(batch, extra, 0.5, torch.Generator().manual_seed(1))
    assert 150 < sum(p == ("e", "x") for p in half) < 250
    assert half == mixed_batch(batch, extra, 0.5, torch.Generator().manual_seed(1))


def test_extra_pairs_are_prepared_as_the_benchmark_s_with_text_slots(tmp_path):
    path = tmp_path / "synth.json"
    write_synth(["--n", "50", "--seed", "2", "--out", str(path)])
    cfg = preset("tiny", "cf")
    cfg = cfg.replace(train=dataclasses.replace(cfg.train, text_slots=True,
                                                canonical_targets=True))
    pairs = extra_pairs(cfg, Options(extra_data=path))
    codes = [r["Code"] for r in json.loads(path.read_text())["train"]]
    assert len(pairs) == len(codes) == 50
    assert any("<Q0>" in target for _, target in pairs)  # bare texts became slots
    assert extra_pairs(cfg, Options()) == []


def test_cli_refuses_a_bad_ratio_or_a_missing_file(cli, tmp_path):
    code, _, err = cli("train", "--preset", "tiny", "--out", str(tmp_path / "r"),
                       "--extra-ratio", "2")
    assert code == 2 and "--extra-ratio" in err
    code, _, err = cli("train", "--preset", "tiny", "--out", str(tmp_path / "r"),
                       "--extra-data", str(tmp_path / "none.json"))
    assert code == 2 and "--extra-data" in err
