"""Weight decay is a switch: the `paper` preset trains AdamW without it, as the paper does, the
smaller presets keep 0.01; `cfa train --weight-decay` sets it, the optimizer gets it, the run's
config and card record it, and every shipped model card says which value its model used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from cf_assistant.config import PRESETS, preset

MODEL_DIR = Path(__file__).resolve().parents[2] / "model"


@pytest.mark.parametrize("name", PRESETS)
def test_paper_preset_has_no_weight_decay_and_the_others_keep_it(name):
    assert preset(name, "cf").train.weight_decay == (0.0 if name == "paper" else 0.01)


def test_cli_weight_decay_reaches_the_optimizer_config_and_card(cli, data_dir, tmp_path,
                                                                monkeypatch):
    seen = []
    adamw = torch.optim.AdamW

    def spy(params, **kw):
        seen.append(kw["weight_decay"])
        return adamw(params, **kw)

    monkeypatch.setattr(torch.optim, "AdamW", spy)
    out = tmp_path / "ck"
    code, _, err = cli("train", "--preset", "tiny", "--phase", "finetune", "--steps", "2",
                       "--data", str(data_dir), "--out", str(out), "--eval-every", "0",
                       "--weight-decay", "0.03", "--no-progress")
    assert code == 0, err
    assert seen == [0.03]
    assert json.loads((out / "config.json").read_text())["train"]["weight_decay"] == 0.03
    assert "weight decay 0.03" in (out / "model_card.md").read_text()


@pytest.mark.parametrize("value", ["-0.1", "1", "nan"])
def test_cli_refuses_a_weight_decay_outside_zero_to_one(cli, tmp_path, value):
    code, _, err = cli("train", "--preset", "tiny", "--out", str(tmp_path / "q"),
                       "--weight-decay", value)
    assert code == 2 and "--weight-decay" in err


@pytest.mark.parametrize("lang", ["cf", "bash", "python"])
def test_each_shipped_card_says_its_weight_decay(lang):
    folder = MODEL_DIR / lang
    decay = json.loads((folder / "config.json").read_text())["train"]["weight_decay"]
    assert f"weight decay {decay:g}" in (folder / "model_card.md").read_text()
