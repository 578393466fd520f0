"""The retrieval context: the example bank, the model's extra memory, training and sampling."""

from __future__ import annotations

import dataclasses
import json

import pytest
import torch

from cf_assistant.diffusion import checkpoint
from cf_assistant.retrieval import neighbours
from cf_assistant.diffusion import targets
from cf_assistant.diffusion import sampler
from cf_assistant.config import preset
from cf_assistant.data import Record
from cf_assistant.errors import BadInputError, CheckpointError
from cf_assistant.diffusion.network import CodeFusion
from cf_assistant.diffusion.scheduler import SqrtScheduler
from tests.conftest import train_tiny_neighbour_model


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _records(pairs, ids=None):
    ids = ids if ids is not None else list(range(len(pairs)))
    return [Record(id=i, utterance=u, code=c, lang="cf") for i, (u, c) in zip(ids, pairs)]


def _model(tok, neighbour_len):
    cfg = preset("tiny", "cf").model
    return CodeFusion(dataclasses.replace(cfg, vocab_size=tok.vocab_size,
                                          neighbour_len=neighbour_len))


def test_padded_ids_pads_and_marks_missing_neighbours(tok):
    ids, pad = targets.padded_ids(tok, ["GreaterThan(5)", ""], 8)
    n = len(tok.encode("GreaterThan(5)"))
    assert ids.shape == pad.shape == (2, 8)
    assert not pad[0, :n].any() and pad[0, n:].all()
    assert pad[1].all() and (ids[1] == tok.pad_id).all()


def test_with_neighbours_appends_memory_and_is_a_no_op_without(tok):
    model = _model(tok, 8).eval()
    E_s, E_pad = model.encode(["cells greater than 5", "empty cells"])
    ids, pad = targets.padded_ids(tok, ["GreaterThan(5)", ""], 8)
    E2, P2 = model.with_neighbours(E_s, E_pad, ids, pad)
    assert E2.shape == (2, E_s.shape[1] + 8, E_s.shape[2])
    assert torch.equal(P2[:, E_s.shape[1]:], pad)
    none = model.with_neighbours(E_s, E_pad, None, None)  # a block with no token: no neighbour
    assert none[0].shape == E2.shape and none[1][:, E_s.shape[1]:].all()
    short = model.with_neighbours(E_s, E_pad, ids[:, :3], pad[:, :3])  # padded to the length
    assert short[0].shape == E2.shape and short[1][:, E_s.shape[1] + 3:].all()
    plain = _model(tok, 0)
    assert plain.with_neighbours(E_s, E_pad, ids, pad)[0] is E_s


def test_aligned_path_starts_at_zero_and_sees_token_i_at_position_i(tok):
    model = _model(tok, 8).eval()
    E_s, E_pad = model.encode(["cells greater than 5"])
    E2, P2 = model.with_neighbours(E_s, E_pad, *targets.padded_ids(tok, ["Blanks()"], 8))
    aligned = model.denoiser.aligned
    assert aligned(E2, P2, model.cfg.code_len).abs().max() == 0  # zero-initialised
    torch.nn.init.eye_(aligned.proj.weight)
    out = aligned(E2, P2, model.cfg.code_len)
    n = len(tok.encode("Blanks()"))
    assert out.shape == (1, model.cfg.code_len, E2.shape[2])
    assert torch.allclose(out[0, :n], E2[0, E_s.shape[1] : E_s.shape[1] + n])
    assert out[0, n:].abs().max() == 0  # padded neighbour positions add nothing


def test_the_neighbour_changes_the_output(tok):
    torch.manual_seed(0)
    model = _model(tok, 8).eval()
    sched = SqrtScheduler(preset("tiny", "cf").diffusion.steps)
    utt = ["cells greater than 5"]
    a = targets.padded_ids(tok, ["GreaterThan(5)"], 8)
    b = targets.padded_ids(tok, ["TextContains(Error)"], 8)
    with torch.no_grad():
        E_s, E_pad = model.encode(utt)
        ea, _ = model.with_neighbours(E_s, E_pad, *a)
        eb, _ = model.with_neighbours(E_s, E_pad, *b)
    assert not torch.allclose(ea, eb)
    assert sampler.generate(model, sched, tok, utt, 1, 2, neighbour=a)  # runs end to end


def test_warm_start_may_add_only_the_named_module(tok, tmp_path):
    cfg = preset("tiny", "cf")
    cfg = cfg.replace(model=dataclasses.replace(cfg.model, vocab_size=tok.vocab_size))
    plain, _ = checkpoint.build(cfg, tok)
    checkpoint.save(tmp_path / "p", plain, cfg, tok, "card")
    wide = _model(tok, 8)
    with pytest.raises(CheckpointError):
        checkpoint.load_weights(wide, tmp_path / "p" / checkpoint.WEIGHTS)
    with pytest.raises(CheckpointError):  # all three new modules must be named
        checkpoint.load_weights(wide, tmp_path / "p" / checkpoint.WEIGHTS, ("neighbour",))
    checkpoint.load_weights(wide, tmp_path / "p" / checkpoint.WEIGHTS,
                            checkpoint.NEIGHBOUR_MODULES)
    assert torch.equal(wide.head.weight, plain.head.weight)


def test_bank_never_pairs_a_record_with_its_own_id(pairs):
    # records 0 and 1 share an ID (rewrites of one question): neither may be the other's neighbour
    bank = neighbours.ExampleBank(_records(pairs, [0, 0] + list(range(2, len(pairs)))), "cf",
                                  use_literals=True, canonical=False)
    pools = bank.training_neighbours(3)
    assert len(pools) == len(pairs)
    for i, pool in enumerate(pools):
        assert len(pool) == 3 and i not in pool
    assert 1 not in pools[0] and 0 not in pools[1]


def test_bank_nearest_gives_distinct_targets_in_slot_form(pairs):
    records = _records(pairs + [("values above 7", "GreaterThan(7)")])
    bank = neighbours.ExampleBank(records, "cf", use_literals=True, canonical=False)
    near = bank.nearest(["cells greater than 9"], 3)[0]
    assert len(near) == 3 == len(set(near))
    assert near[0] == "GreaterThan(<N0>)"  # both 'greater than N' examples, one slot form


def test_bank_refuses_an_empty_example_list():
    with pytest.raises(BadInputError, match="training examples"):
        neighbours.ExampleBank([], "cf", use_literals=True, canonical=False)


def test_training_with_a_retrieval_context_saves_and_generates(data_dir, tmp_path):
    from cf_assistant.generators.diffusion import DiffusionGenerator

    result = train_tiny_neighbour_model(data_dir, tmp_path / "r", steps=3)
    assert result.steps == {"finetune": 3} and all(l == l for l in result.losses)
    lo = checkpoint.load(tmp_path / "r")
    assert lo.model.neighbour is not None and lo.config.model.neighbour_len == 8
    from cf_assistant.data import load_split

    train, _ = load_split(data_dir / "cf" / "train.json", "train", "cf")
    gen = DiffusionGenerator("cf", train_records=train, checkpoint=tmp_path / "r", steps=2)
    assert gen.bank is not None and len(gen.bank) == len(train)
    assert gen.bank.embedder is gen.loaded.model.encoder.backbone.net  # no second MiniLM loaded
    assert len(gen.generate_scored(["cells greater than 5"], 3)[0]) == 3
    bare = DiffusionGenerator("cf", checkpoint=tmp_path / "r", steps=2, neighbours=False)
    assert bare.bank is None and len(bare.generate_scored(["cells greater than 5"], 2)[0]) == 2


def test_bench_can_switch_the_retrieval_context_off_and_says_so(data_dir, tmp_path, cli):
    train_tiny_neighbour_model(data_dir, tmp_path / "r")
    code, out, err = cli("bench", "--lang", "cf", "--data", str(data_dir / "cf" / "train.json"),
                         "--split", "train", "--generator", "diffusion", "--checkpoint",
                         str(tmp_path / "r"), "--steps", "2", "-k", "2", "--no-neighbours",
                         "--no-embedding-diversity", "--no-progress", "--json",
                         "--out", str(tmp_path / "res"))
    assert code == 0, err
    assert "--no-neighbours" in json.loads(out)["command"]
    code, out, err = cli("bench", "--lang", "cf", "--data", str(data_dir / "cf" / "train.json"),
                         "--split", "train", "--generator", "diffusion", "--checkpoint",
                         str(tmp_path / "r"), "--steps", "2", "-k", "2", "--no-embedding-diversity",
                         "--no-progress", "--json", "--out", str(tmp_path / "res"))
    assert code == 0, err
    assert "embedding 16 examples for the retrieval context, once" in err  # the slow step, said
    json.loads(out)  # stdout stays a clean JSON document


def test_bank_embeddings_are_cached_on_disk(pairs, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = neighbours.ExampleBank(_records(pairs), "cf", use_literals=True, canonical=False)
    files = list((tmp_path / "cf-assistant").glob("bank-*.npy"))  # this test's own cache home
    assert len(files) == 1
    calls = []
    monkeypatch.setattr("cf_assistant.retrieval.nearest.embed_texts", lambda *a: calls.append(a))
    again = neighbours.ExampleBank(_records(pairs), "cf", use_literals=True, canonical=False)
    assert calls == [] and (again.matrix == first.matrix).all()
