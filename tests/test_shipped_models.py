"""The models shipped in model/: complete folders, small, safetensors only, and the README's
first command answers as documented."""

from __future__ import annotations

import json

import pytest

from cf_assistant.paths import MODEL_DIR

SHIPPED = sorted(p.name for p in MODEL_DIR.iterdir() if p.is_dir()) if MODEL_DIR.is_dir() else []
MAX_MB = 60


def test_every_language_has_a_shipped_model():
    assert SHIPPED == ["bash", "cf", "python"]


@pytest.mark.parametrize("lang", SHIPPED)
def test_shipped_folder_is_complete_small_and_pickle_free(lang):
    folder = MODEL_DIR / lang
    names = {p.name for p in folder.iterdir()}
    assert {"model.safetensors", "config.json", "tokenizer.json", "model_card.md"} <= names
    assert not [n for n in names if n.endswith((".pt", ".pth", ".bin", ".pkl", ".ckpt"))]
    assert (folder / "model.safetensors").stat().st_size < MAX_MB * 2**20
    config = json.loads((folder / "config.json").read_text())
    assert config["lang"] == lang
    card = (folder / "model_card.md").read_text()
    assert "cfa train" in card and "dev" in card


@pytest.mark.slow
def test_readme_first_command_answers_greater_than_5(cli):
    code, out, err = cli("suggest", "highlight cells > 5", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["candidates"][0]["code"] == "GreaterThan(5)"
    assert all(c["valid"] for c in doc["candidates"])
